#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev128 -- 150 hand-written mails of an invented German liability insurer.

Theme: private and business liability claims with and without personal injury
(neighbours, guests, customers in shops, tradesmen's accidents, dog bites, falls on
icy pavements, injured parties' lawyers, health insurers' recourse) plus ordinary
office mail written as traps.

    python make_corpus.py          writes mails/d128-0001.eml ... d128-0150.eml and labels.tsv
    python make_corpus.py --check  re-parses every mail, validates labels and attachments,
                                   and checks that a rebuild is byte-identical

Standard library only, deterministic (fixed dates, boundaries, Message-IDs, ZIP times),
no network.  Everything (insurer, people, numbers, addresses) is invented; every domain
ends in .example; every IBAN is checksum-valid but invented.
"""

import base64
import csv
import datetime as _dt
import hashlib
import io
import os
import quopri
import re
import struct
import sys
import zipfile
import zlib
from email import policy as _policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, format_datetime
from xml.etree import ElementTree as ET

SEED = 128
NN = "128"
HERE = os.path.dirname(os.path.abspath(__file__))
INS = "kaltenbach-versicherung.example"

# ---------------------------------------------------------------------------
# people of the insurer (invented)
# ---------------------------------------------------------------------------
P = {
    "thielmann": ("Jana Thielmann", "jana.thielmann@" + INS),
    "dreyer": ("Markus Dreyer", "markus.dreyer@" + INS),
    "aydin": ("Selin Aydın", "selin.aydin@" + INS),
    "kranich": ("Tobias Kranich", "tobias.kranich@" + INS),
    "hollweg": ("Dr. Birgit Hollweg", "datenschutz@" + INS),
    "oberndorfer": ("Frank Oberndorfer", "frank.oberndorfer@" + INS),
    "lueders": ("Hannah Lüders", "hannah.lueders@" + INS),
    "natarajan": ("Priya Natarajan", "priya.natarajan@" + INS),
    "brandt": ("Oliver Brandt", "oliver.brandt@" + INS),
    "vogt": ("Lena Vogt", "lena.vogt@" + INS),
    "sommer": ("Kai-Uwe Sommer", "kai-uwe.sommer@" + INS),
    "oezdemir": ("Martina Özdemir", "martina.oezdemir@" + INS),
    "kowalczyk": ("David Kowalczyk", "david.kowalczyk@" + INS),
    "hale": ("Rebecca Hale", "rebecca.hale@" + INS),
    "poststelle": ("Kaltenbach Posteingang", "posteingang@" + INS),
    "hpschaden": ("Kaltenbach Haftpflicht-Schaden", "haftpflicht-schaden@" + INS),
    "service": ("Kaltenbach Kundenservice", "service@" + INS),
    "newsletter": ("Kaltenbach Versicherung", "newsletter@" + INS),
    "noreply": ("Kaltenbach SecureMail", "noreply@" + INS),
    "claimsdesk": ("Kaltenbach International Claims", "international-claims@" + INS),
    "einkauf": ("Kaltenbach Einkauf", "einkauf@" + INS),
    "presse": ("Kaltenbach Unternehmenskommunikation", "presse@" + INS),
}


def who(key_or_pair):
    if isinstance(key_or_pair, str):
        if key_or_pair in P:
            name, addr = P[key_or_pair]
        elif "<" in key_or_pair:
            return key_or_pair
        else:
            return key_or_pair
    else:
        name, addr = key_or_pair
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


SIG_JT = """Mit freundlichen Grüßen

Jana Thielmann
Schadenregulierung Privat-Haftpflicht
Kaltenbach Versicherung AG
Wilhelmshöher Allee 212, 34119 Kassel
Tel. 0561 7788-4132 | Fax 0561 7788-4199"""

DISCLAIMER_DE = """--
Kaltenbach Versicherung AG | Sitz Kassel | Amtsgericht Kassel HRB 90128
Vorstand: Dr. Renate Kühl (Vors.), Matthias Overbeck, Sven Adomeit
Vorsitzender des Aufsichtsrats: Prof. Dr. Claus Wiegand
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese Nachricht."""

DISCLAIMER_EN = """--
Kaltenbach Versicherung AG | registered office Kassel | Local Court Kassel HRB 90128
Management Board: Dr. Renate Kuehl (Chair), Matthias Overbeck, Sven Adomeit
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this message."""

# ---------------------------------------------------------------------------
# MIME building (raw bytes, fully deterministic)
# ---------------------------------------------------------------------------
_CUR = {"n": 0, "b": 0}


def _boundary():
    _CUR["b"] += 1
    return "----=_Part_%s_%04d_%02d" % (NN, _CUR["n"], _CUR["b"])


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = headers  # list of (name, value)
        self.body = body
        self.children = children
        self.boundary = boundary

    def to_bytes(self):
        out = b""
        for k, v in self.headers:
            out += ("%s: %s\n" % (k, v)).encode("ascii")
        out += b"\n"
        if self.children is None:
            out += self.body
        else:
            if self.body:
                out += self.body
            for c in self.children:
                out += b"--" + self.boundary.encode() + b"\n"
                out += c.to_bytes()
                if not out.endswith(b"\n"):
                    out += b"\n"
            out += b"--" + self.boundary.encode() + b"--\n"
        return out


def _enc_body(raw, cte):
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw)
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return enc
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "7bit":
        raw.decode("ascii")
    for line in raw.split(b"\n"):
        assert len(line) < 990, "line too long for %s" % cte
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False,
         disposition=None, filename=None):
    raw = body.encode(charset)
    ct = "text/%s; charset=%s" % (subtype, '"%s"' % charset if charset != "us-ascii" else "us-ascii")
    if flowed:
        ct += "; format=flowed"
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disposition:
        hs.append(("Content-Disposition", disposition + (_fname(filename) if filename else "")))
    return Part(hs, _enc_body(raw, cte))


def _fname(filename):
    try:
        filename.encode("ascii")
        return '; filename="%s"' % filename
    except UnicodeEncodeError:
        from urllib.parse import quote
        return "; filename*=utf-8''%s" % quote(filename)


def attach(data, ctype, filename, cte="base64", disposition="attachment", extra_ct=""):
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        filename.encode("ascii")
        nm = '; name="%s"' % filename
    except UnicodeEncodeError:
        nm = ""
    hs = [("Content-Type", ctype + extra_ct + nm),
          ("Content-Transfer-Encoding", cte),
          ("Content-Disposition", disposition + _fname(filename))]
    return Part(hs, _enc_body(data, cte))


def rfc822(msgbytes, filename=None):
    hs = [("Content-Type", "message/rfc822")]
    if any(b > 127 for b in msgbytes):
        hs.append(("Content-Transfer-Encoding", "8bit"))
    else:
        hs.append(("Content-Transfer-Encoding", "7bit"))
    hs.append(("Content-Disposition", "attachment" + (_fname(filename) if filename else "")))
    if not msgbytes.endswith(b"\n"):
        msgbytes += b"\n"
    return Part(hs, msgbytes)


def multi(subtype, *parts, preamble=True):
    b = _boundary()
    hs = [("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, b))]
    pre = b"This is a multi-part message in MIME format.\n\n" if preamble and subtype == "mixed" else b""
    return Part(hs, pre, list(parts), b)


def _subject(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76, header_name="Subject").encode()


def _date(y, mo, d, h, mi, s=0):
    off = 2 if 4 <= mo <= 10 else 1
    tz = _dt.timezone(_dt.timedelta(hours=off))
    return format_datetime(_dt.datetime(y, mo, d, h, mi, s, tzinfo=tz))


def _mid(n, date, salt=""):
    h = hashlib.sha1(("%d-%d-%s-%s" % (SEED, n, date, salt)).encode()).hexdigest()[:12]
    return "<%s.%s@mail.%s>" % (h, "d%s-%04d" % (NN, n), INS)


def mail(frm, to, subject, date, part, cc=None, reply_to=None, extra=None,
         subj_charset="utf-8", n=None, mid_salt="", in_reply_to=None, xmailer=None):
    """Assemble a complete message.  date = (y, m, d, h, mi[, s])."""
    n = n if n is not None else _CUR["n"]
    ds = _date(*date)
    hs = [("From", who(frm))]
    tos = to if isinstance(to, list) else [to]
    hs.append(("To", ", ".join(who(t) for t in tos)))
    if cc:
        ccs = cc if isinstance(cc, list) else [cc]
        hs.append(("Cc", ", ".join(who(c) for c in ccs)))
    if reply_to:
        hs.append(("Reply-To", who(reply_to)))
    hs.append(("Subject", _subject(subject, subj_charset)))
    hs.append(("Date", ds))
    hs.append(("Message-ID", _mid(n, ds, mid_salt)))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
        hs.append(("References", in_reply_to))
    if xmailer:
        hs.append(("X-Mailer", xmailer))
    for k, v in (extra or []):
        hs.append((k, v))
    hs.append(("MIME-Version", "1.0"))
    top = Part(hs + part.headers, part.body, part.children, part.boundary)
    return top.to_bytes()


def plain(body, charset="utf-8", cte="quoted-printable", flowed=False):
    return text(body, "plain", charset, cte, flowed)


def html(body, charset="utf-8", cte="quoted-printable"):
    return text(body, "html", charset, cte)


def alt(plain_body, html_body, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", plain(plain_body, charset, cte), html(html_body, charset, cte))


def fwd_ref(tag):
    return "<%s@mail.%s>" % (hashlib.sha1((str(SEED) + tag).encode()).hexdigest()[:16], INS)


# ---------------------------------------------------------------------------
# attachment writers
# ---------------------------------------------------------------------------
ZDATE = (2025, 1, 2, 8, 0, 0)


def _zip(members, stored_first=None, date=ZDATE):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return bio.getvalue()


def zipfile_bytes(members, date=ZDATE):
    return _zip(members, date=date)


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def pdf(lines, title="Dokument", author="Kaltenbach Versicherung AG", fontsize=10):
    """Minimal valid PDF 1.4 with Helvetica/WinAnsi text; paginates at 60 lines."""
    pages = [lines[i:i + 60] for i in range(0, max(len(lines), 1), 60)] or [[]]
    objs = []  # (num, bytes)

    def esc(s):
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    npages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(npages))
    objs.append((1, b"<< /Type /Catalog /Pages 2 0 R >>"))
    objs.append((2, ("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, npages)).encode()))
    objs.append((3, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"))
    objs.append((4, b"<< /Title (" + esc(title) + b") /Author (" + esc(author) +
                 b") /Producer (Kaltenbach DocGen 3.2) /CreationDate (D:20250102080000+01'00') >>"))
    for i, pg in enumerate(pages):
        content = b"BT /F1 %d Tf 50 790 Td %d TL\n" % (fontsize, fontsize + 3)
        for ln in pg:
            content += b"(" + esc(ln) + b") '\n"
        content += b"ET\n"
        pnum, cnum = 5 + 2 * i, 6 + 2 * i
        objs.append((pnum, ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                            "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cnum).encode()))
        objs.append((cnum, b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream"))
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for num, body in objs:
        offs[num] = len(out)
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref = len(out)
    size = len(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offs[num]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return out


def docx(paragraphs, tables=None):
    """paragraphs: list of str (a str starting with '# ' is bold); tables: list of row lists
    appended after the paragraphs."""
    body = ""
    for p in paragraphs:
        if p.startswith("# "):
            body += ('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                     % _x(p[2:]))
        else:
            body += '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p)
    for tbl in tables or []:
        body += "<w:tbl>"
        for row in tbl:
            body += "<w:tr>" + "".join(
                '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(str(c))
                for c in row) + "</w:tr>"
        body += "</w:tbl>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/'
              'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1"):
    xml_rows = ""
    for r, row in enumerate(rows, 1):
        cells = ""
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells += '<c r="%s"><v>%s</v></c>' % (ref, v)
            else:
                cells += '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v)))
        xml_rows += '<row r="%d">%s</row>' % (r, cells)
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % xml_rows)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/'
              'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
              'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def _odf(mimetype, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
               '<office:body>%s</office:body></office:document-content>' % body)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return _zip([("mimetype", mimetype), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                stored_first="mimetype")


def odt(paragraphs):
    body = "".join("<text:p>%s</text:p>" % _x(p) for p in paragraphs)
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % body)


def ods(rows, sheet="Tabelle1"):
    trs = ""
    for row in rows:
        tds = ""
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                tds += ('<table:table-cell office:value-type="float" office:value="%s">'
                        '<text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                tds += ('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                        '</table:table-cell>' % _x(str(v)))
        trs += "<table:table-row>%s</table:table-row>" % tds
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>'
                % (_x(sheet), trs))


def csvdata(rows, encoding="utf-8", delimiter=";"):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue().encode(encoding)


def ics(summary, start, end, location="", description="", uid="", organizer=None, attendees=()):
    """start/end: 'YYYYMMDDTHHMMSS' local Europe/Berlin."""
    def fold(line):
        b = line.encode("utf-8")
        out = []
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut])
            b = b[cut:]
        out.append(b)
        return b"\r\n ".join(out).decode("utf-8")

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kaltenbach Versicherung AG//Kalender 7.1//DE",
             "METHOD:REQUEST", "BEGIN:VEVENT",
             "UID:%s@%s" % (uid or hashlib.sha1((summary + start).encode()).hexdigest()[:20], INS),
             "DTSTAMP:20250102T080000Z",
             "DTSTART;TZID=Europe/Berlin:%s" % start, "DTEND;TZID=Europe/Berlin:%s" % end,
             "SUMMARY:%s" % esc(summary)]
    if location:
        lines.append("LOCATION:%s" % esc(location))
    if description:
        lines.append("DESCRIPTION:%s" % esc(description))
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    for a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (a[0], a[1]))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


def png(w=24, h=16, seed=0):
    """Tiny valid PNG (deterministic pseudo-photo noise)."""
    rnd = hashlib.sha256(("%d-%d" % (SEED, seed)).encode()).digest()
    raw = b""
    for y in range(h):
        raw += b"\x00"
        for x in range(w):
            v = rnd[(x * 7 + y * 13) % 32]
            raw += bytes([(v + x * 5) % 256, (v + y * 9) % 256, (v * 3) % 256])

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_ODT = "application/vnd.oasis.opendocument.text"
CT_ODS = "application/vnd.oasis.opendocument.spreadsheet"

# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------
MAILS = {}


def M(label, lang, kind, reason):
    def deco(fn):
        n = int(fn.__name__[1:])
        assert n not in MAILS
        MAILS[n] = (fn, label, lang, kind, reason)
        return fn
    return deco


# ===========================================================================
# the mails
# ===========================================================================
@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "icy-pavement fall: named pedestrian with distal radius fracture and surgery, owner's house-and-land liability claim")
def m001():
    body = """Sehr geehrte Frau Hartwig,

vielen Dank für Ihren Anruf vom Freitag. Wie besprochen fasse ich den Stand
zusammen.

Ihr Vertrag: Haus- und Grundbesitzerhaftpflicht 66-3318072
Schadennummer: 25-HS-004117
Schadentag: 09.01.2025, ca. 7:40 Uhr
Schadenort: Gehweg vor Ihrem Haus, Am Weinberg 14, 34131 Kassel

Herr Reinhard Pauly ist nach seinen Angaben auf dem nicht gestreuten Gehweg
vor Ihrem Grundstück ausgerutscht. Er hat sich dabei eine distale
Radiusfraktur rechts zugezogen, die am 10.01. im Klinikum operativ mit einer
Platte versorgt wurde. Er ist Rechtshänder und derzeit krankgeschrieben.
Seine Krankenkasse hat sich bereits bei uns gemeldet.

Damit wir die Haftungsfrage klären können, benötigen wir von Ihnen:

1. Wer war am 09.01. für den Winterdienst zuständig (Sie selbst, ein
   Mieter laut Mietvertrag oder ein beauftragter Dienst)?
2. Wann wurde an diesem Morgen zuletzt geräumt bzw. gestreut?
3. Falls ein Dienst beauftragt war: Kopie des Vertrags.
4. Gibt es Zeugen oder Fotos vom Zustand des Gehwegs?

Bitte geben Sie gegenüber Herrn Pauly oder seinem Anwalt keine
Schuldanerkenntnisse ab und leiten Sie uns alle Schreiben weiter, die Sie
erhalten. Wir prüfen die Haftung und wehren unberechtigte Ansprüche für Sie
ab – das gehört zu Ihrem Versicherungsschutz.

""" + SIG_JT + "\n\n" + DISCLAIMER_DE + "\n"
    return mail("thielmann", ("Gisela Hartwig", "g.hartwig@posteo-mail.example"),
                "Ihr Schaden 25-HS-004117 – Sturz auf dem Gehweg Am Weinberg 14",
                (2025, 1, 13, 10, 42), plain(body))


@M("NORMAL", "de", "newsletter",
   "trap: customer newsletter on snow-clearing duty with fractures, Schmerzensgeld and court cases, no identifiable person")
def m002():
    h = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Kaltenbach Kundenbrief Januar 2025</title></head>
<body style="font-family:Arial,sans-serif;color:#222;max-width:640px">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b3d6e;color:#fff;padding:14px">
<b>Kaltenbach Kundenbrief</b> &middot; Januar 2025</td></tr></table>
<h1 style="font-size:22px">Glatt, gefährlich, teuer: Ihre Streupflicht im Winter</h1>
<p>Jedes Jahr melden uns Hauseigentümerinnen und Vermieter Hunderte Stürze auf
vereisten Wegen. Die typischen Folgen: Handgelenks- und Sprunggelenksbrüche,
Prellungen, bei älteren Menschen auch Oberschenkelhalsfrakturen. Für die
Verletzten geht es um Schmerzensgeld, Verdienstausfall und Behandlungskosten
&ndash; und die Krankenkassen holen sich ihre Ausgaben beim Verantwortlichen zurück.</p>
<h2 style="font-size:17px">Was Sie wissen sollten</h2>
<ul>
<li><b>Wann?</b> Werktags meist ab 7 Uhr, sonn- und feiertags ab 8 oder 9 Uhr &ndash;
maßgeblich ist die Satzung Ihrer Gemeinde.</li>
<li><b>Wie breit?</b> In der Regel so, dass zwei Fußgänger aneinander vorbeikommen
(ca. 1 bis 1,5 m).</li>
<li><b>Womit?</b> Viele Städte verbieten Streusalz auf Gehwegen. Splitt oder
Granulat sind erlaubt.</li>
<li><b>Übertragen?</b> Auf Mieter nur mit klarer Regelung im Mietvertrag &ndash; und
Sie müssen trotzdem kontrollieren.</li>
</ul>
<h2 style="font-size:17px">Aus der Rechtsprechung</h2>
<p>Ein Oberlandesgericht sprach einer Fußgängerin, die sich bei einem Sturz vor einem
Mehrfamilienhaus das Sprunggelenk brach, 7.500&nbsp;Euro Schmerzensgeld zu. Der
Eigentümer hatte den Winterdienst zwar an eine Firma vergeben, die Arbeit aber
nie überprüft.</p>
<p style="background:#eef4fa;padding:10px">Gut zu wissen: Ihre Haus- und
Grundbesitzerhaftpflicht prüft, ob Ansprüche berechtigt sind, zahlt berechtigte
Forderungen und wehrt unberechtigte ab. Selbst genutzte Einfamilienhäuser sind
in unserer Privathaftpflicht Komfort bereits mitversichert.</p>
<p><a href="https://www.kaltenbach-versicherung.example/winter">Checkliste Winterdienst herunterladen</a></p>
<hr>
<p style="font-size:11px;color:#666">Sie erhalten diesen Kundenbrief, weil Sie ihn
abonniert haben. <a href="https://www.kaltenbach-versicherung.example/newsletter/abmelden">Abmelden</a><br>
Kaltenbach Versicherung AG, Wilhelmshöher Allee 212, 34119 Kassel</p>
</body></html>
"""
    return mail("newsletter", ("", "kundenbrief@lists." + INS),
                "Kundenbrief Januar: Streupflicht – so vermeiden Sie teure Stürze",
                (2025, 1, 8, 6, 30), html(h),
                extra=[("List-Unsubscribe", "<https://www.kaltenbach-versicherung.example/newsletter/abmelden>"),
                       ("Precedence", "bulk")])


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "expat customer's son broke neighbour's window, policy and claim number, nobody hurt")
def m003():
    body = """Dear Mr Whitfield,

Thank you for reporting the incident on Saturday. I'm sorry to hear about the
window - but glad, as you wrote, that nobody was standing behind it.

For your records:

  Policy:       Private liability 61-7720415 (family cover)
  Claim no.:    25-HS-004302
  Date of loss: 18 January 2025
  Third party:  Mr and Mrs Brenneke, Goethestrasse 31, 34119 Kassel

As your son Oliver is 11, his own liability depends on whether he could
understand the risk (German law, section 828 BGB). In practice, for a ball
through a neighbour's window, we usually settle the glazier's invoice directly
with the neighbour. Please ask the Brennekes to send us the invoice or a quote
from their glazier, quoting the claim number above.

Two more things would help:
- a photo of the broken pane, if you have one;
- a short description (who was playing where, and how the ball got there).

You can simply reply to this e-mail.

Kind regards

Priya Natarajan
International Claims Desk
Kaltenbach Versicherung AG
Phone +49 561 7788-4460

""" + DISCLAIMER_EN + "\n"
    return mail("natarajan", ("James Whitfield", "james.whitfield@mailbox-uk.example"),
                "Your claim 25-HS-004302 - broken window at your neighbours'",
                (2025, 1, 20, 14, 5), plain(body, charset="us-ascii", cte="7bit"))


@M("NORMAL", "de", "internal",
   "trap: out-of-office of the bodily-injury specialist mentioning Personenschäden and Arztberichte, no person")
def m004():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 31.01.2025 nicht im Büro und lese meine E-Mails
nicht. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Personenschadenfällen (z. B. Vorschussanforderungen, Fristen
von Gerichten oder Anwälten) wenden Sie sich bitte an unser Teampostfach
personenschaden@kaltenbach-versicherung.example oder an Herrn Markus Dreyer,
Tel. 0561 7788-4100.

Arztberichte, Gutachten und Schweigepflichtentbindungen senden Sie bitte
nicht per unverschlüsselter E-Mail, sondern über unser SecureMail-Portal
oder per Post.

Thank you for your message. I am out of the office until 31 January 2025.

Selin Aydın
Personenschaden & Regress
"""
    return mail("aydin", "jana.thielmann@" + INS,
                "Automatische Antwort: Rückfrage Akte Brinkmann",
                (2025, 1, 22, 9, 3), plain(body, cte="8bit"),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
   "dog bite: client's forearm bite wound, stitches, tetanus shot, advance on Schmerzensgeld")
def m005():
    body = """Sehr geehrter Herr Rechtsanwalt Brückner,

in der Sache

  Ihre Mandantin: Frau Claudia Nehrkorn
  unser VN: Herr Dieter Wollschläger (Hundehalterhaftpflicht 64-2290561)
  Schaden-Nr.: 25-HS-003968
  Ihr Zeichen: 14/25 BW

bestätigen wir den Eingang Ihres Schreibens vom 15.01.2025 nebst
Durchgangsarztbericht und Fotos.

Nach Aktenlage hat der Schäferhundmischling unseres Versicherungsnehmers Ihre
Mandantin am 28.12.2024 beim Joggen am Fuldaufer in den linken Unterarm
gebissen. Die Bisswunde wurde ambulant gereinigt und mit vier Stichen
genäht, außerdem erfolgte eine Tetanusauffrischung sowie eine
Antibiotikagabe über sieben Tage. Nach dem Bericht war Ihre Mandantin
zwei Wochen arbeitsunfähig.

Die Haftung unseres Versicherungsnehmers aus § 833 BGB stellen wir dem
Grunde nach nicht in Abrede. Ohne Präjudiz für die Höhe zahlen wir einen
Vorschuss auf das Schmerzensgeld von

    1.500,00 EUR

auf Ihr Kanzleikonto. Für die abschließende Bemessung benötigen wir den
Abschlussbericht der behandelnden Chirurgin, insbesondere zur Frage, ob eine
Narbe verbleibt und ob die angegebenen Schlafstörungen ärztlich behandelt
werden. Eine von Ihrer Mandantin unterzeichnete Schweigepflichtentbindung
liegt uns bislang nicht vor.

Mit freundlichen Grüßen

Selin Aydın
Personenschaden & Regress
Kaltenbach Versicherung AG
Tel. 0561 7788-4137
"""
    return mail("aydin", ("RA Jens Brückner", "j.brueckner@brueckner-weil.example"),
                "Ihr Zeichen 14/25 BW – Nehrkorn ./. Wollschläger, Schaden 25-HS-003968",
                (2025, 1, 21, 15, 18), plain(body))


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "tenant's washing-machine hose flooded downstairs flat: names, addresses, claim number, bank details asked; iso-8859-1 8bit")
def m006():
    body = """Guten Tag Herr Sieverding,

wir haben Ihre Schadenmeldung erhalten und unter der Schadennummer
25-HS-004055 angelegt.

Nach Ihrer Schilderung ist am 11.01.2025 der Zulaufschlauch Ihrer
Waschmaschine geplatzt. Das Wasser ist durch die Decke in die Wohnung von
Frau Ingrid Sauerborn im 1. OG gelaufen (Habichtswalder Str. 8, Kassel).
Verletzt wurde niemand.

So geht es weiter:

- Schäden am Gebäude selbst (Decke, Estrich) reguliert in der Regel der
  Gebäudeversicherer Ihres Vermieters. Er kann sich später an uns wenden.
- Schäden an den Sachen von Frau Sauerborn (Möbel, Teppich, Bücher)
  übernimmt Ihre Privathaftpflicht, soweit Sie dafür haften.
- Wir melden uns bei Frau Sauerborn direkt und bitten um eine Aufstellung.

Für eventuelle Erstattungen an Sie (z. B. Trocknungsgeräte, die Sie selbst
bezahlt haben) teilen Sie uns bitte Ihre Bankverbindung mit. Bitte
schicken Sie keine Kontodaten an andere Adressen als diese.

Freundliche Grüße

Martina Özdemir
Kundenservice Schaden
Kaltenbach Versicherung AG
"""
    return mail("oezdemir", ("Lukas Sieverding", "lukas.sieverding@webpost.example"),
                "Schadenmeldung Leitungswasser - Ihre Privathaftpflicht 61-5071184",
                (2025, 1, 14, 11, 27), plain(body, charset="iso-8859-1", cte="8bit"),
                subj_charset="iso-8859-1")


@M("NORMAL", "en", "internal",
   "trap: quarterly slip-and-fall statistics by injury type and age band in XLSX, aggregated, no person")
def m007():
    rows = [["Kaltenbach - private & property-owner liability - slip/trip/fall claims Q4 2024"],
            [],
            ["Injury type", "Claims", "Avg reserve EUR", "Avg paid EUR", "Share open"],
            ["Wrist / forearm fracture", 41, 9200, 6100, "44%"],
            ["Ankle fracture", 28, 11800, 7400, "54%"],
            ["Hip / femoral neck fracture", 9, 38500, 21000, "78%"],
            ["Head injury / concussion", 12, 7600, 3900, "33%"],
            ["Contusions, sprains", 77, 1900, 1400, "18%"],
            ["Other / unknown", 15, 4300, 2200, "40%"],
            [],
            ["Age band of injured party", "Claims"],
            ["0-17", 11], ["18-39", 38], ["40-64", 71], ["65-79", 44], ["80+", 18],
            [],
            ["Cells < 5 merged into 'Other'. Source: claims DWH extract 06.01.2025"]]
    body = """Hi all,

attached the Q4 slip-and-fall figures for Thursday's portfolio call. Short version:

* 182 new claims (Q4 2023: 139), driven by the cold snap in the first half of December
* hip fractures are only 5 % of the count but almost a third of the reserves
* age band 65+ = 34 % of claims

No individual data in the sheet - everything is aggregated and small cells are
merged, so feel free to forward to the reinsurance team.

Cheers,
David

--
David Kowalczyk
Actuarial & Reinsurance | Kaltenbach Versicherung AG
"""
    return mail("kowalczyk", ["markus.dreyer@" + INS, "priya.natarajan@" + INS],
                "Q4 slip & fall figures for Thursday",
                (2025, 1, 9, 16, 48),
                multi("mixed", plain(body),
                      attach(xlsx(rows, "Q4 2024"), CT_XLSX, "slip_fall_Q4_2024.xlsx")),
                cc=["selin.aydin@" + INS])


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-claimant",
   "British hotel guest fell on unlit stairs, ankle fracture; prefilled medical-release form in PDF")
def m008():
    body = """Dear Mr Oakes,

I am writing on behalf of Kaltenbach Versicherung AG, the liability insurer of
Hotel Zur Alten Kanzlei, Kassel. The hotel has passed on your letter of
2 February 2025 about your fall on the staircase to the breakfast room on
26 January.

I was sorry to read that you broke your right ankle and had to be operated on
at the Marien-Krankenhaus before flying home, and that you are still on
crutches.

To assess your claim we need some medical information. Please:

1. sign the enclosed authority (form "Release of medical confidentiality"),
   which allows us to request the operation report and the discharge letter
   from the Marien-Krankenhaus and your follow-up notes from your GP in
   Norwich;
2. send us copies of any invoices you paid yourself (hospital, taxi,
   rebooking of your flight);
3. let us know whether the NHS or a private health insurer has covered part
   of the treatment.

The hotel disputes that the stair light was defective; we are looking into
this and have asked for the maintenance log. This letter is not an admission
of liability.

Claim reference: 25-HG-000871 (please quote it in all correspondence)

Yours sincerely

Priya Natarajan
International Claims Desk
Kaltenbach Versicherung AG, Wilhelmshoeher Allee 212, 34119 Kassel, Germany
"""
    form = pdf([
        "Kaltenbach Versicherung AG - International Claims Desk",
        "Wilhelmshoeher Allee 212, 34119 Kassel, Germany",
        "",
        "RELEASE OF MEDICAL CONFIDENTIALITY / SCHWEIGEPFLICHTENTBINDUNG",
        "",
        "Claim reference: 25-HG-000871",
        "Policyholder: Hotel Zur Alten Kanzlei GmbH, Kassel",
        "",
        "Injured party: Mr Graham Oakes, born 17/03/1968",
        "Address: 22 Colegate Row, Norwich NR3 1BX, United Kingdom",
        "",
        "Injury reported: fracture of the right ankle (bimalleolar), open reduction",
        "and internal fixation on 27 January 2025, Marien-Krankenhaus Kassel.",
        "",
        "I release the following from their duty of confidentiality towards",
        "Kaltenbach Versicherung AG in respect of the above incident only:",
        "  [ ] Marien-Krankenhaus Kassel, Department of Trauma Surgery",
        "  [ ] my general practitioner: ____________________________",
        "  [ ] physiotherapist: ____________________________________",
        "",
        "This release covers reports, findings and invoices from 26/01/2025",
        "onwards and previous treatment of the right ankle only.",
        "",
        "Place, date: _______________   Signature: ______________________",
    ], title="Release of medical confidentiality 25-HG-000871")
    return mail("natarajan", ("Graham Oakes", "graham.oakes@norfolkmail.example"),
                "Your fall at Hotel Zur Alten Kanzlei on 26 January - our ref. 25-HG-000871",
                (2025, 2, 6, 10, 15),
                multi("mixed", plain(body, charset="us-ascii", cte="7bit"),
                      attach(form, "application/pdf", "Release_medical_confidentiality_25-HG-000871.pdf")),
                cc=["claimsdesk"])


@M("NORMAL", "de", "insurer-to-supplier",
   "trap: purchase order for road salt, grit and first-aid kits for the insurer's own premises; company bank data only")
def m009():
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvereinbarung RV-2023-118 zur Lieferung an
unseren Standort Kassel, Wilhelmshöher Allee 212 (Anlieferung Tor 3,
Mo–Fr 7–15 Uhr):

Pos  Menge  Art.-Nr.    Bezeichnung                               EP netto
 1     40   SG-25       Auftausalz 25-kg-Sack (nur Parkdeck/Zufahrt)  8,90
 2     30   SP-25       Streusplitt 2–5 mm, 25 kg (Gehwege)           6,40
 3      4   SK-200      Streugutbehälter 200 l, gelb, abschließbar  149,00
 4     12   VK-13157    Betriebsverbandkasten DIN 13157             34,50
 5      6   VK-13169    Betriebsverbandkasten groß DIN 13169        71,00
 6     20   KP-1        Kältesofortkompresse                         1,95

Bestellnummer: EK-2025-00214
Kostenstelle: 4100 Facility Management
Liefertermin: spätestens 17.01.2025 (Frostwarnung für das Wochenende)

Die Rechnung richten Sie bitte an rechnungseingang@kaltenbach-versicherung.example.
Zahlung innerhalb 30 Tagen auf Ihr bei uns hinterlegtes Geschäftskonto.

Mit freundlichen Grüßen
i. A. Oliver Brandt
Einkauf / Facility Management
Kaltenbach Versicherung AG
"""
    return mail("einkauf", ("Streudienst Meyer GmbH", "auftrag@meyer-winterdienst.example"),
                "Bestellung EK-2025-00214 Streugut und Verbandkästen",
                (2025, 1, 14, 8, 2), plain(body), cc=["oliver.brandt@" + INS])


@M("CONFIDENTIAL", "de", "broker",
   "broker's claim report forwarded: client's child scratched parked car with bicycle, policy number, address, nobody hurt")
def m010():
    body = """Hallo Jana,

kannst du das bitte übernehmen? Kommt von Henrichs, Kundin ist bei uns
über den Makler. Vertrag hab ich geprüft, läuft, Beitrag bezahlt.

Danke & Gruß
Hannah

-----Ursprüngliche Nachricht-----
Von: Torsten Henrichs <t.henrichs@henrichs-makler.example>
Gesendet: Montag, 27. Januar 2025 17:52
An: Lüders, Hannah <hannah.lueders@kaltenbach-versicherung.example>
Betreff: Schadenmeldung PHV 61-8804127 Kubisch

Hallo Frau Lüders,

anbei Schadenmeldung für meine Kundin:

VN: Nadine Kubisch, Breitscheidstr. 40, 34119 Kassel
Vertrag: PHV Familie 61-8804127
Schadentag: 25.01.2025
Hergang: Sohn Finn (9 J.) ist mit dem Fahrrad auf dem Gehweg gegen den
geparkten Pkw des Nachbarn (Hr. Schöttler, KS-MS 418) geschrammt. Kratzer
über Beifahrertür und hinteren Kotflügel. Verletzt wurde niemand, Finn ist
nur erschrocken.
Nachbar hat einen KVA der Fa. Autolack Gerlach über 1.186,40 EUR brutto.

Bitte um kurze Info, ob die Kinderklausel greift (unter 10, aber nicht im
Straßenverkehr im engeren Sinn?). Fotos kann ich nachreichen.

Beste Grüße
Torsten Henrichs
Assekuranzmakler Henrichs GmbH
Friedrich-Ebert-Str. 77, 34117 Kassel
"""
    return mail("lueders", "thielmann", "WG: Schadenmeldung PHV 61-8804127 Kubisch",
                (2025, 1, 28, 8, 31), plain(body, cte="8bit", flowed=True))


@M("STRICTLY_CONFIDENTIAL", "de", "health-insurer",
   "statutory health insurer's § 116 SGB X recourse forwarded: insured woman, femoral neck fracture S72.0, hospital and rehab costs")
def m011():
    body = """Bitte an Frau Aydın (Personenschaden/Regress) – Eingang per Fax heute, als
Text erfasst. Original geht per Hauspost.

Posteingang / Scan-Center

============================================================
Gesundheitskasse Fulda-Eder
Regress / Ersatzansprüche
Postfach 1188, 36003 Fulda

An
Kaltenbach Versicherung AG
Haftpflicht-Schaden

Unser Zeichen: RE-3-2025-00417 / Ka
Ihr Zeichen: 25-HS-004117? (bitte prüfen)
Datum: 03.02.2025

Ersatzanspruch gemäß § 116 SGB X
Versicherte: Ursula Kamps, geb. 04.07.1946
Ereignis: Sturz auf vereister Zuwegung am 15.01.2025, Grundstück
Lindenstraße 3, 34346 Hann. Münden (Eigentümer: Ihr VN Herr Holger Fenske)

Sehr geehrte Damen und Herren,

unsere Versicherte hat sich bei dem oben genannten Ereignis eine
Schenkelhalsfraktur links (ICD-10 S72.0) zugezogen. Sie wurde vom 15.01. bis
24.01.2025 stationär behandelt (Duokopfprothese am 16.01.2025) und befindet
sich seit dem 27.01.2025 in einer Anschlussheilbehandlung.

Wir machen den auf uns übergegangenen Anspruch geltend und bitten um
Anerkennung dem Grunde nach. Bisherige Aufwendungen:

  Krankenhausbehandlung (DRG I47B)          9.874,12 EUR
  Krankentransport                            412,60 EUR
  Anschlussheilbehandlung (vorläufig)       4.230,00 EUR
  Hilfsmittel (Rollator, Toilettensitzerhöhung) 186,90 EUR

Weitere Aufwendungen, insbesondere für häusliche Krankenpflege, sind zu
erwarten. Eine Bezifferung erfolgt nach Abschluss der Behandlung.

Mit freundlichen Grüßen
i. A. Kerstin Abel
Sachbearbeiterin Regress
============================================================
"""
    return mail("poststelle", "aydin",
                "Fax-Eingang: Regress § 116 SGB X Gesundheitskasse Fulda-Eder / Kamps",
                (2025, 2, 4, 7, 55), plain(body), cc=["hpschaden"])


@M("NORMAL", "en", "insurer-to-partner",
   "trap: reinsurer bordereau of liability large losses with injury type and age band only, CSV, no names or claim numbers")
def m012():
    rows = [["loss_year", "line", "cause", "injury_category", "age_band", "incurred_eur", "status"],
            ["2022", "Private liability", "Trampoline / garden play", "Spinal cord injury", "0-17", "2140000", "open"],
            ["2022", "Property owner liability", "Fall from balcony (railing)", "Multiple trauma", "40-64", "612000", "open"],
            ["2023", "Dog owner liability", "Dog attack", "Facial injuries, scarring", "0-17", "318000", "open"],
            ["2023", "Commercial liability (trades)", "Falling object from scaffold", "Traumatic brain injury", "18-39", "1475000", "open"],
            ["2023", "Private liability", "Cycling on footpath", "Hip fracture", "80+", "264000", "closed"],
            ["2024", "Property owner liability", "Icy pavement", "Femoral neck fracture", "65-79", "251000", "open"],
            ["2024", "Commercial liability (retail)", "Wet floor in shop", "Tibial plateau fracture", "40-64", "287000", "open"],
            ["2024", "Private liability", "Fire spread to neighbour", "Smoke inhalation, burns", "40-64", "930000", "open"]]
    body = """Dear Fiona,

as agreed on our call, please find attached the large-loss bordereau for the
liability treaty (XL 250k xs 250k and above) as at 31 December 2024.

As per clause 7.3 of the treaty the list is anonymised: no names, no claim or
policy numbers, injury category and age band only. Individual loss advices
with full details for the two files above EUR 1m will follow through the
secure channel as usual once you confirm you need them for the renewal.

Best regards

David Kowalczyk
Actuarial & Reinsurance
Kaltenbach Versicherung AG
"""
    return mail("kowalczyk", ("Fiona McLaren", "fiona.mclaren@albion-re.example"),
                "Liability XL - large loss bordereau 31.12.2024 (anonymised)",
                (2025, 1, 16, 11, 20),
                multi("mixed", plain(body, charset="us-ascii", cte="7bit"),
                      attach(csvdata(rows, delimiter=";"), "text/csv", "LL_bordereau_liab_2024Q4_anon.csv")))


@M("CONFIDENTIAL", "en", "insurer-to-lawyer",
   "UK solicitors for a London landlord: insured German student damaged flat flooring, names, address, policy and claim numbers, property only")
def m013():
    body = """Dear Ms Pell,

Your ref: HP/LL/2291 - Mr Anthony Drummond v. Ms Sophie Gerlach
Our ref: 25-HS-002990 (private liability policy 61-9914370)

Thank you for your letter of 9 January 2025 and the check-out report from
Bramley Lettings.

We have now received our policyholder's comments. Ms Gerlach accepts that
the oak flooring in the living room of Flat 4, 18 Cavendish Road, London NW6
was damaged when a radiator valve she had been told not to touch started to
leak in November 2024. She disputes the extent of the damage to the hallway,
which in her view pre-dates her tenancy (see photo 11 in the inventory of
September 2023).

Our position is as follows:

- Living room: we accept liability in principle. The contractor's quote of
  GBP 4,860 includes replacement of the whole floor; the floor was about
  twelve years old. We offer GBP 2,900, taking into account betterment.
- Hallway: not accepted on the present evidence.
- Deposit: we understand GBP 1,750 of Ms Gerlach's deposit is still held in
  the tenancy deposit scheme. Any settlement should take this into account.

Please let us know whether your client will accept the offer. Payment can be
made by international transfer to your client account within 10 days of
acceptance.

Yours sincerely

Priya Natarajan
International Claims Desk, Kaltenbach Versicherung AG
"""
    return mail("natarajan", ("Harriet Pell", "h.pell@hargreavespell.example"),
                "Your ref HP/LL/2291 Drummond v Gerlach - our ref 25-HS-002990",
                (2025, 1, 24, 13, 40), plain(body, charset="us-ascii", cte="7bit"))


@M("STRICTLY_CONFIDENTIAL", "de", "internal",
   "tradesman's accident: electrician fell from ladder at customer's house, heel and rib fractures, only in the DOCX field report")
def m014():
    rep = docx([
        "# Außenregulierung – Besichtigungsbericht",
        "Schaden-Nr.: 25-HS-003411   Vertrag: PHV 61-2207748",
        "VN: Herr Matthias Grundmann, Im Rosental 6, 34302 Guxhagen",
        "Geschädigter: Herr Piotr Nowicki, Elektroinstallateur, angestellt bei Elektro Brandau GmbH",
        "Besichtigung am 30.01.2025, anwesend: VN, Ehefrau des VN, Unterzeichner",
        "# Hergang",
        "Herr Nowicki montierte am 20.01.2025 im Flur des VN eine Deckenleuchte auf einer Stehleiter. "
        "Der Labrador des VN (frei im Haus) sprang nach Angaben der Ehefrau an der Leiter hoch, die Leiter "
        "kippte. Herr Nowicki stürzte aus ca. 2 m Höhe auf den Fliesenboden.",
        "# Verletzungen (lt. Angaben Arbeitgeber / BG-Meldung)",
        "Calcaneusfraktur rechts, operativ versorgt am 22.01.2025; Fraktur der 7. und 8. Rippe links; "
        "Platzwunde am Hinterkopf. Stationär bis 29.01.2025, voraussichtlich 3–4 Monate arbeitsunfähig.",
        "# Bewertung",
        "Haftung nach § 833 BGB (Tierhalter) naheliegend; Mitverschulden des Geschädigten (Leiter nicht "
        "gesichert, Hund nicht aus dem Raum geschickt) prüfen. Regress der BG Handwerk Mitte ist zu erwarten, "
        "Arbeitgeber macht Entgeltfortzahlung geltend.",
        "Empfehlung: Rückstellung Personenschaden 45.000 EUR, Akte an Personenschaden (Fr. Aydın).",
        "Kassel, 31.01.2025 – T. Kranich",
    ])
    body = """Hallo Selin, hallo Markus,

Bericht zur Besichtigung Guxhagen im Anhang. Bitte einmal drüberschauen,
ich würde die Akte dann an Selin abgeben.

Fotos der Leiter und des Flurs liegen im DMS.

Gruß Tobias

--
Tobias Kranich
Außenregulierung Nordhessen
Kaltenbach Versicherung AG
mobil 0171 5503 128
"""
    return mail("kranich", ["aydin", "dreyer"],
                "Besichtigungsbericht 25-HS-003411",
                (2025, 1, 31, 17, 12),
                multi("mixed", plain(body, cte="8bit"),
                      attach(rep, CT_DOCX, "Bericht_25-HS-003411_Grundmann.docx")))


@M("NORMAL", "de", "internal",
   "trap: data-protection meeting minutes on medical reports in liability files, no individual case")
def m015():
    body = """Protokoll Jour fixe Datenschutz Schaden, 05.02.2025, 10:00–11:15, Raum 4.12

Teilnehmende: Dr. B. Hollweg (DSB), M. Dreyer (TL Haftpflicht-Schaden),
S. Aydın (Personenschaden), F. Oberndorfer (IT), K.-U. Sommer (Gewerbe)
Protokoll: B. Hollweg

TOP 1  Arztberichte und Gutachten in Haftpflichtakten
- Gesundheitsdaten Dritter (Geschädigte) sind besondere Kategorien nach
  Art. 9 DSGVO; Rechtsgrundlage ist Art. 9 Abs. 2 lit. f (Rechtsansprüche).
- Ab 01.03. werden Arztberichte, OP-Berichte, Gutachten im DMS mit der
  Dokumentklasse "MED" abgelegt; Zugriff nur Rolle Personenschaden.
- Bisher in allgemeinen Akten abgelegte Berichte: IT erstellt eine Liste
  (Anzahl je Team, keine Inhalte), Bereinigung bis 30.06.

TOP 2  E-Mail-Versand an Anwälte und Krankenkassen
- Schreiben mit Diagnosen, Behandlungskosten oder Gutachten nur
  verschlüsselt (Gateway-Verschlüsselung oder SecureMail-Portal).
- Reine Sachschäden ("niemand verletzt") weiterhin über TLS zulässig.
- Offene Frage: Teilungsabkommen-Meldungen an Krankenkassen – laufen über
  das Verbandsportal, nicht per E-Mail. M. Dreyer klärt mit den Kassen.

TOP 3  Löschfristen
- Personenschadenakten: 10 Jahre nach Abschluss, bei Dauerschäden und
  Rentenzahlungen ab letzter Zahlung. Sachschäden: 6 Jahre.

TOP 4  Verschiedenes
- Schulung "Gesundheitsdaten in der Haftpflicht" für alle Sachbearbeitenden
  im April (Termin folgt).

Nächster Termin: 07.05.2025
"""
    return mail("hollweg", ["dreyer", "aydin", "oberndorfer", "sommer"],
                "Protokoll Jour fixe Datenschutz Schaden 05.02.2025",
                (2025, 2, 6, 9, 10), plain(body))


@M("CONFIDENTIAL", "mixed", "insurer-to-customer",
   "Dutch customer, English/German: sofa delivery damaged stairwell of rented building, claim and policy number, landlord named")
def m016():
    body = """Dear Mrs Van der Linden, sehr geehrte Frau Van der Linden,

thank you for your e-mail - I'll answer in English and add the German terms
you will need for your Hausverwaltung.

Claim number / Schadennummer: 25-HS-004560
Policy / Vertrag: Privathaftpflicht 61-3380961

What happened (as you described it): on 1 February your new sofa was
carried up to your flat on the 3rd floor (Friedrich-Ebert-Str. 119, Kassel).
You and your partner carried it yourselves, the delivery company had left
it at the front door. On the second landing the sofa hit the wall and broke
two banister posts (Geländerstäbe) and scratched the paint (Wandanstrich).
Nobody was hurt.

What we need / was wir brauchen:
- the quote from the landlord's carpenter (Kostenvoranschlag Tischler)
- the name of the property management (Hausverwaltung) and their address
- one or two photos of the stairwell (Treppenhaus)

Important: damage to the shared stairwell is covered; damage to your own
sofa is not part of a liability policy.

Wenn die Hausverwaltung Sie direkt anschreibt, leiten Sie das Schreiben bitte
einfach an uns weiter (haftpflicht-schaden@kaltenbach-versicherung.example).

Met vriendelijke groet / mit freundlichen Grüßen

Martina Özdemir
Kundenservice Schaden, Kaltenbach Versicherung AG
"""
    return mail("oezdemir", ("Marieke Van der Linden", "marieke.vdlinden@postnl-mail.example"),
                "Claim 25-HS-004560 - stairwell damage / Schaden im Treppenhaus",
                (2025, 2, 4, 12, 58), plain(body))


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
   "request to an Irish GP for a report on a dog-bite victim: wound infection, scar, anxiety; consent referenced")
def m017():
    body = """Dear Dr O'Sullivan,

Re: Ms Aoife Brennan, date of birth 22/06/1994, 14 Ardee Terrace, Drogheda
Our reference: 25-HS-003752 (dog bite in Kassel, 30 December 2024)

Ms Brennan has asked us to write to you directly. She was bitten on the right
calf by a dog owned by our policyholder while visiting Kassel over the New
Year. She was treated at the emergency department of the Klinikum Kassel
(wound debridement, antibiotic prophylaxis) and, according to her, was seen
by you after returning home on 3 January because the wound became infected.

Her signed authority is attached to her e-mail to us of 10 February; we
enclose a copy for your records (to follow by post). We would be grateful
for a short report covering:

1. the findings at your first consultation and the treatment given
   (including any further antibiotics and the dates of wound checks);
2. the current state of the wound and whether a permanent scar is expected;
3. her account of sleep problems and fear of dogs, and whether you have
   referred her for counselling;
4. periods during which she was unfit for work.

We will of course pay your reasonable fee for the report; please send your
invoice with the report.

Yours sincerely

Selin Aydin
Bodily Injury & Recoveries
Kaltenbach Versicherung AG, Kassel, Germany
"""
    return mail("aydin", ("Dr Ciaran O'Sullivan", "reception@laurence-st-surgery.example"),
                "Medical report request - Ms Aoife Brennan (DOB 22/06/1994) - our ref 25-HS-003752",
                (2025, 2, 12, 9, 48), plain(body, charset="us-ascii", cte="7bit"))


@M("NORMAL", "de", "insurer-to-customer",
   "trap: prospect asking about dog-owner liability gets generic product info (bite injuries, 10 Mio. cover), no contract or personal data")
def m018():
    body = """Guten Tag,

vielen Dank für Ihr Interesse an unserer Hundehalterhaftpflicht. Gern
beantworte ich Ihre Fragen allgemein – ein konkretes Angebot erstelle ich
Ihnen, sobald Sie mir Rasse und Alter Ihres Hundes nennen.

Was ist versichert?
Personen-, Sach- und Vermögensschäden, die Ihr Hund anderen zufügt, z. B.
wenn er jemanden beißt und Behandlungskosten, Schmerzensgeld oder
Verdienstausfall gefordert werden, oder wenn er auf die Straße läuft und
einen Unfall verursacht.

Deckungssumme: 10 Mio. EUR pauschal für Personen- und Sachschäden (Tarif
Basis), 20 Mio. EUR im Tarif Plus.

Mitversichert sind u. a.
- Mietsachschäden an Wohnräumen und Ferienwohnungen
- ungewollter Deckakt
- Welpen bis 12 Monate
- Hüter (z. B. Nachbarn, die den Hund ausführen)
- Auslandsaufenthalte bis 12 Monate

Nicht versichert sind Schäden an Ihrem eigenen Hund und Tierarztkosten für
ihn – dafür gibt es unsere Tier-OP-Versicherung.

In Hessen brauchen Halter bestimmter Rassen einen Sachkundenachweis; die
Versicherung selbst ist dort (anders als z. B. in Niedersachsen oder
Hamburg) nicht für alle Hunde Pflicht. Empfehlenswert ist sie immer.

Beitrag Tarif Basis ab 58,90 EUR jährlich.

Freundliche Grüße

Martina Özdemir
Kundenservice
Kaltenbach Versicherung AG
"""
    return mail("service", ("", "hundefreundin.ks@webpost.example"),
                "AW: Anfrage Hundehaftpflicht",
                (2025, 2, 5, 15, 2), plain(body, cte="8bit"))


@M("CONFIDENTIAL", "de", "insurer-to-claimant",
   "neighbour's fence damaged by insured's tree branch: settlement with claimant's IBAN, nobody hurt; multipart/alternative")
def m019():
    p = """Sehr geehrter Herr Lindemann,

zu dem Schaden an Ihrem Gartenzaun (Schaden-Nr. 25-HS-003845, unser
Versicherungsnehmer: Herr Gerd Pietsch, Nachbargrundstück Am Lindenberg 9)
haben wir die Prüfung abgeschlossen.

Der herabgefallene Ast stammte aus der Kiefer auf dem Grundstück unseres
Versicherungsnehmers. Nach dem Gutachten des Baumsachverständigen war der
Ast bereits länger abgestorben; die Haftung erkennen wir daher an.

Regulierung:
  Zaunelemente Doppelstabmatte (3 Felder), Material   612,00 EUR
  Montage lt. Angebot Fa. Zaunbau Kühne               380,00 EUR
  Entsorgung Astholz                                    95,00 EUR
  ------------------------------------------------------------
  Zahlbetrag                                          1.087,00 EUR

Der Betrag wird in den nächsten Tagen auf Ihr Konto
IBAN DE54 2446 0813 3331 6068 62 (Kontoinhaber: Wolfgang Lindemann)
überwiesen.

Verletzt wurde nach Ihren Angaben niemand; damit ist der Schaden für uns
abgeschlossen.

Mit freundlichen Grüßen
Jana Thielmann
Kaltenbach Versicherung AG
"""
    h = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Lindemann,</p>
<p>zu dem Schaden an Ihrem Gartenzaun (Schaden-Nr. <b>25-HS-003845</b>, unser
Versicherungsnehmer: Herr Gerd Pietsch, Nachbargrundstück Am Lindenberg 9)
haben wir die Prüfung abgeschlossen.</p>
<p>Der herabgefallene Ast stammte aus der Kiefer auf dem Grundstück unseres
Versicherungsnehmers. Nach dem Gutachten des Baumsachverständigen war der Ast
bereits länger abgestorben; die Haftung erkennen wir daher an.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td>Zaunelemente Doppelstabmatte (3 Felder), Material</td><td align="right">612,00 EUR</td></tr>
<tr><td>Montage lt. Angebot Fa. Zaunbau Kühne</td><td align="right">380,00 EUR</td></tr>
<tr><td>Entsorgung Astholz</td><td align="right">95,00 EUR</td></tr>
<tr><td><b>Zahlbetrag</b></td><td align="right"><b>1.087,00 EUR</b></td></tr>
</table>
<p>Der Betrag wird in den nächsten Tagen auf Ihr Konto<br>
IBAN DE54 2446 0813 3331 6068 62 (Kontoinhaber: Wolfgang Lindemann)<br>
überwiesen.</p>
<p>Verletzt wurde nach Ihren Angaben niemand; damit ist der Schaden für uns abgeschlossen.</p>
<p>Mit freundlichen Grüßen<br>Jana Thielmann<br>Kaltenbach Versicherung AG</p>
</body></html>
"""
    return mail("thielmann", ("Wolfgang Lindemann", "w.lindemann@t-net-mail.example"),
                "Regulierung Zaunschaden – Schaden-Nr. 25-HS-003845",
                (2025, 2, 7, 10, 3), alt(p, h))


@M("STRICTLY_CONFIDENTIAL", "de", "claimant",
   "injured shop customer's own e-mail forwarded: slipped on wet bakery floor, hip contusion, physiotherapy, asks for Schmerzensgeld")
def m020():
    body = """Kai-Uwe,

Eingang über das Kontaktformular, gehört zu deinem Betrieb Bäckerei
Ruppert (BHV 70-1150392). Schadennummer noch nicht vergeben.

Gruß Martina

---------- Weitergeleitete Nachricht ----------
Von: Elfriede Hasselbach <e.hasselbach@gmx-post.example>
Datum: Mo., 10. Feb. 2025 um 19:41 Uhr
Betreff: Mein Sturz in der Bäckerei Ruppert
An: <service@kaltenbach-versicherung.example>

Sehr geehrte Damen und Herren,

die Bäckerei Ruppert in der Friedrichstraße hat mir Ihre Adresse gegeben.
Ich bin dort am Samstag, 1. Februar, gegen 9 Uhr auf dem frisch gewischten
Boden ausgerutscht und auf die linke Hüfte gefallen. Es stand kein
Warnschild da, das kann die Verkäuferin bestätigen.

Ich war am Montag beim Orthopäden, Dr. Wenzel. Gebrochen ist zum Glück
nichts, aber eine starke Prellung mit einem großen Bluterguss, ich habe
Ibuprofen 600 bekommen und 6x Krankengymnastik verschrieben. Ich kann
seitdem nur schlecht schlafen und nicht auf der Seite liegen. Wegen meiner
Osteoporose hat er mir geraten, sehr vorsichtig zu sein.

Ich bin 79 Jahre alt und auf die Einkäufe angewiesen, meine Tochter muss
jetzt für mich einkaufen fahren.

Ich möchte ein Schmerzensgeld und die Zuzahlungen für die Krankengymnastik
und die Taxifahrten zum Arzt (bisher 46 Euro) erstattet haben.

Mit freundlichen Grüßen
Elfriede Hasselbach
Kölnische Str. 52
34117 Kassel
"""
    return mail("oezdemir", "sommer", "WG: Mein Sturz in der Bäckerei Ruppert",
                (2025, 2, 11, 8, 12), plain(body, charset="iso-8859-1", cte="quoted-printable"),
                subj_charset="iso-8859-1")


@M("NORMAL", "en", "newsletter",
   "trap: newcomer guide on German liability insurance mentioning injuries, dog bites, medical costs; generic, no person")
def m021():
    p = """KALTENBACH EXPAT NEWS - February 2025

Liability insurance in Germany: the one policy almost everybody has

New in Germany? You will soon hear the word "Haftpflicht". Under German law
(section 823 of the Civil Code) anyone who negligently injures another person
or damages their property has to pay for it - without an upper limit. That
includes hospital bills, loss of earnings and compensation for pain and
suffering (Schmerzensgeld).

Typical claims we see every week:
 - a guest trips over a rug in your flat and breaks a wrist
 - your child's football goes through the neighbour's window
 - your dog bites a jogger in the park
 - you forget the bath tap and water runs into the flat below
 - you drop a borrowed laptop

Three tips:
 1. Landlords often ask for proof of liability cover - keep your policy
    schedule handy.
 2. Dogs need their own dog-owner liability policy; in several federal
    states it is compulsory.
 3. Never admit liability on the spot. Report the incident to us and let us
    check the claim.

Questions? Our International Claims Desk answers in English:
international-claims@kaltenbach-versicherung.example

Unsubscribe: https://www.kaltenbach-versicherung.example/newsletter/unsubscribe
Kaltenbach Versicherung AG, Wilhelmshoeher Allee 212, 34119 Kassel, Germany
"""
    h = """<html><head><meta charset="utf-8"><title>Kaltenbach Expat News</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;max-width:600px;margin:auto">
<div style="background:#0b3d6e;color:white;padding:12px"><b>KALTENBACH EXPAT NEWS</b> &ndash; February 2025</div>
<h2>Liability insurance in Germany: the one policy almost everybody has</h2>
<p>New in Germany? You will soon hear the word <i>Haftpflicht</i>. Under German law (section 823 of the
Civil Code) anyone who negligently injures another person or damages their property has to pay for
it &ndash; without an upper limit. That includes hospital bills, loss of earnings and compensation for
pain and suffering (<i>Schmerzensgeld</i>).</p>
<h3>Typical claims we see every week</h3>
<ul><li>a guest trips over a rug in your flat and breaks a wrist</li>
<li>your child's football goes through the neighbour's window</li>
<li>your dog bites a jogger in the park</li>
<li>you forget the bath tap and water runs into the flat below</li>
<li>you drop a borrowed laptop</li></ul>
<h3>Three tips</h3>
<ol><li>Landlords often ask for proof of liability cover &ndash; keep your policy schedule handy.</li>
<li>Dogs need their own dog-owner liability policy; in several federal states it is compulsory.</li>
<li>Never admit liability on the spot. Report the incident to us and let us check the claim.</li></ol>
<p>Questions? Our International Claims Desk answers in English:
<a href="mailto:international-claims@kaltenbach-versicherung.example">international-claims@kaltenbach-versicherung.example</a></p>
<p style="font-size:11px;color:#777"><a href="https://www.kaltenbach-versicherung.example/newsletter/unsubscribe">Unsubscribe</a>
&middot; Kaltenbach Versicherung AG, Wilhelmsh&ouml;her Allee 212, 34119 Kassel, Germany</p>
</body></html>
"""
    return mail("newsletter", ("", "expat-news@lists." + INS),
                "Expat News: liability insurance in Germany explained",
                (2025, 2, 3, 7, 0), alt(p, h),
                extra=[("Precedence", "bulk"),
                       ("List-Unsubscribe", "<https://www.kaltenbach-versicherung.example/newsletter/unsubscribe>")])


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-health-insurer",
   "reply to company health fund contesting rehab costs in recourse: named insured, knee injury, pre-existing arthrosis")
def m022():
    body = """Sehr geehrter Herr Vollmer,

Ihr Zeichen: ER 77-2024-1186 / Versicherter: Herr Bernd Oschmann
unser Zeichen: 24-HS-018823 (VN: Frau Anke Riedesel)

vielen Dank für Ihre Forderungsaufstellung vom 20.01.2025 über
insgesamt 14.612,38 EUR.

Die Haftung unserer Versicherungsnehmerin für den Sturz Ihres Versicherten
über die ungesicherte Kellertreppe bei der Feier am 14.09.2024 haben wir
bereits anerkannt (Quote 100 %). Zur Höhe bestehen jedoch Bedenken:

1. Krankenhausbehandlung 14.–19.09.2024 (Tibiakopffraktur rechts,
   Osteosynthese): unstreitig, 8.904,51 EUR.

2. Stationäre Reha 07.10.–04.11.2024 (5.120,00 EUR): Nach dem
   Entlassungsbericht bestand bei Herrn Oschmann eine vorbekannte
   Gonarthrose Grad III rechts, wegen der bereits 2023 eine
   Knie-TEP erwogen wurde. Die Reha diente nach unserer Auffassung zu
   einem erheblichen Teil der Behandlung dieser Vorerkrankung. Wir bitten
   um Übersendung des Reha-Antrags und der ärztlichen Begründung.

3. Physiotherapie ab 11/2024 (587,87 EUR): Die Verordnungen lauten auf
   "Gonarthrose bds." – bitte erläutern Sie den Unfallbezug.

Bis zur Klärung überweisen wir den unstreitigen Betrag von 8.904,51 EUR.

Mit freundlichen Grüßen

Selin Aydın
Personenschaden & Regress
Kaltenbach Versicherung AG
"""
    return mail("aydin", ("Uwe Vollmer", "regress@bkk-werra.example"),
                "ER 77-2024-1186 Oschmann – Ihre Forderung vom 20.01.2025",
                (2025, 2, 10, 14, 33), plain(body))


@M("CONFIDENTIAL", "de", "internal",
   "sole-trader inn's commercial liability: guest's coat ruined in cloakroom, guest named with address, payment; no injury")
def m023():
    body = """Markus,

kurze Info zur Freigabe, liegt über meiner Vollmacht wegen der
Kulanzkomponente:

Betrieb: Landgasthof Eichhof, Inh. Bernd Saalfeld (e. K.), BHV 70-0884315
Schaden: 25-HG-000402, 18.01.2025
Geschädigte: Frau Dr. Miriam Kestner, Kastanienweg 2, 34225 Baunatal

Bei einer Geburtstagsfeier wurde der Wollmantel (Max Mara, gekauft 2022,
Beleg liegt vor) von Frau Kestner an der unbewachten Garderobe mit
Rotweinsoße verschmutzt – eine Servicekraft ist mit dem Tablett dagegen
gestoßen. Reinigung erfolglos (Bestätigung Textilreinigung Adler).

Zeitwert nach Tabelle: 310 EUR. Frau Kestner möchte 540 EUR. Herr
Saalfeld bittet um Entgegenkommen, sie ist Stammgast.

Vorschlag: 420 EUR, SB des VN 150 EUR wird abgezogen.

Gruß
Kai-Uwe
"""
    return mail("sommer", "dreyer", "Freigabe 25-HG-000402 Eichhof / Kestner",
                (2025, 2, 3, 16, 7), plain(body, cte="8bit"))


@M("NORMAL", "de", "internal",
   "trap: ICS invitation to training on Schmerzensgeld assessment, brain injury and fracture case law, no person")
def m024():
    desc = ("Inhalte: aktuelle Schmerzensgeldrechtsprechung (Frakturen, HWS, Schädel-Hirn-Trauma), "
            "taggenaue Bemessung, Haushaltsführungsschaden, Umgang mit Arztberichten und "
            "Gutachten, Verhandlung mit Geschädigtenanwälten. Referentin: RAin Dr. Annette Sauer. "
            "Bitte Laptop mitbringen.")
    cal = ics("Schulung: Schmerzensgeldbemessung aktuell", "20250312T090000", "20250312T163000",
              location="Kassel, Raum 2.01 (Schulungszentrum)", description=desc,
              organizer=("Markus Dreyer", "markus.dreyer@" + INS),
              attendees=[("Team Haftpflicht-Schaden", "haftpflicht-schaden@" + INS),
                         ("Team Gewerbe-Schaden", "gewerbe-schaden@" + INS)])
    body = """Liebe Kolleginnen und Kollegen,

anbei die Einladung zur Schulung "Schmerzensgeldbemessung aktuell" am
12. März. Die Teilnahme ist für alle, die Personenschäden bis 25.000 EUR
selbst regulieren, verpflichtend.

Bitte bringt keine Originalakten mit – Fallbeispiele stellt die
Referentin anonymisiert bereit.

Viele Grüße
Markus Dreyer
Teamleiter Haftpflicht-Schaden
"""
    return mail("dreyer", [("Team Haftpflicht-Schaden", "haftpflicht-schaden@" + INS),
                           ("Team Gewerbe-Schaden", "gewerbe-schaden@" + INS)],
                "Einladung: Schulung Schmerzensgeldbemessung aktuell (12.03.)",
                (2025, 2, 10, 11, 0),
                multi("mixed", plain(body),
                      attach(cal, "text/calendar", "einladung.ics", extra_ct="; method=REQUEST; charset=utf-8")))


@M("STRICTLY_CONFIDENTIAL", "en", "internal",
   "trampoline accident at neighbours': named 9-year-old with spinal cord injury, paraplegia, reserve and reinsurance notification")
def m025():
    body = """Markus, David,

quick heads-up before the formal large loss advice goes out.

Claim 24-HS-021506, private liability 61-4412093, policyholders Stefan and
Katrin Herbold, Vellmar.

On 24 August 2024 Milan Krüger (9), a friend of the Herbolds' daughter, fell
from the family's garden trampoline (safety net had been taken down for
repairs). The discharge summary from the paediatric spinal unit we received
last week confirms an incomplete spinal cord injury at T11 (ASIA C). He is
now in inpatient rehab; the doctors expect him to remain dependent on a
wheelchair for longer distances. The family home will need adapting and he
may need a care level assessment.

Parents are represented by Kanzlei Sauer. Liability: supervision by the
Herbolds was clearly inadequate (four children on the trampoline, no adult
present). I see no real defence.

Reserve proposal: EUR 1.85m (pain and suffering ~400k, care and future
medical costs, home adaptation, loss of future earnings, health insurer
recourse). This exceeds the treaty notification threshold of EUR 500k, so
David - please notify Albion Re this week. I'll send you the medical
documents through the DMS, not by mail.

Thanks
Selin
"""
    return mail("aydin", ["dreyer", "kowalczyk"],
                "24-HS-021506 Herbold - reserve increase / RI notification",
                (2025, 1, 27, 12, 26), plain(body))


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "lost keys of a rented flat: customer named with policy and claim number, landlord's locking system replacement")
def m026():
    body = """Hi Emily,

thanks for the quick reply and the invoice from Schlüsseldienst Kassel Mitte.

I can confirm that loss of keys to a rented flat is covered under your
private liability policy 61-6650277 (extension "Schlüsselverlust", limit
EUR 20,000, excess EUR 150).

Claim 25-HS-004688, keys lost on 30 January 2025 (bag stolen at the
Königsplatz tram stop - thanks for the police report number).

Your landlord, Mr Reuter, has replaced the cylinders of the front door,
cellar and your flat door: EUR 1,314.20 in total. We will pay him directly,
minus your excess of EUR 150.00, so you will only need to pay him the EUR
150.00. If you'd rather we pay everything to him and collect the excess from
you, just let me know.

Best wishes,
Priya

Priya Natarajan | International Claims Desk | Kaltenbach Versicherung AG
"""
    return mail("natarajan", ("Emily Carter", "emily.carter@outlook-mail.example"),
                "RE: Lost keys - claim 25-HS-004688",
                (2025, 2, 6, 17, 40), plain(body, cte="8bit", flowed=True),
                in_reply_to=fwd_ref("m026-orig"))


@M("NORMAL", "de", "insurer-to-supplier",
   "trap: winter-service contract for the insurer's own office buildings, liability clauses about falls and injuries, GmbH supplier only")
def m027():
    body = """Sehr geehrter Herr Meyer,

anbei unsere Anmerkungen zu Ihrem Vertragsentwurf "Winterdienst
Liegenschaften Kassel 2025–2027" (Ihr Angebot W-2024-311):

§ 2 Leistungsumfang
 - Räum- und Streuzeiten bitte an die Straßenreinigungssatzung anpassen:
   werktags bis 6:30 Uhr (Schichtbeginn Rechenzentrum 6:45 Uhr), sonn- und
   feiertags bis 8:00 Uhr.
 - Die Fußwege zwischen Parkhaus und Haupteingang sowie die Rampe an
   Tor 3 bitte ausdrücklich aufnehmen.

§ 5 Dokumentation
 - Wir benötigen je Einsatz ein Protokoll mit Uhrzeit, Flächen und
   Streumittel (gern digital). Erfahrungsgemäß ist das im Fall eines
   Sturzes mit Verletzungsfolgen das entscheidende Beweismittel.

§ 8 Haftung
 - Ihre Haftung für Personen- und Sachschäden aus Verletzung der
   übernommenen Verkehrssicherungspflicht bitte nicht auf 250.000 EUR
   begrenzen. Wir erwarten eine Betriebshaftpflicht mit mindestens
   5 Mio. EUR pauschal für Personen- und Sachschäden; bitte Nachweis
   beifügen.
 - Freistellung von Ansprüchen Dritter (Besucher, Lieferanten,
   Beschäftigte von Fremdfirmen) wie in Ziffer 8.3 unseres Musters.

§ 11 Vergütung
 - Pauschale je Saison wie angeboten (18.400 EUR netto), Einsätze über 60
   je Saison nach Stundensatz.

Wenn Sie einverstanden sind, schicke ich Ihnen die Reinfassung zur
Unterschrift.

Mit freundlichen Grüßen
Oliver Brandt
Einkauf / Facility Management
Kaltenbach Versicherung AG
"""
    return mail("brandt", ("Jürgen Meyer", "j.meyer@meyer-winterdienst.example"),
                "Vertragsentwurf Winterdienst 2025–2027 – unsere Anmerkungen",
                (2025, 3, 18, 13, 15), plain(body, cte="8bit"))


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "insured dog bit the postman: thigh bite wound, work accident, accident insurer's recourse, named victim")
def m028():
    body = """Sehr geehrte Frau Lohmeyer,

wir kommen zurück auf den Vorfall vom 03.02.2025 in Ihrem Vorgarten
(Hundehalterhaftpflicht 64-1093376, Schaden-Nr. 25-HS-004721).

Inzwischen liegt uns die Unfallanzeige vor. Danach hat Ihr Hund "Bruno"
den Zusteller Herrn Marco Esposito beim Einwerfen der Post in den rechten
Oberschenkel gebissen. Herr Esposito wurde in der Notaufnahme behandelt
(tiefe Bisswunde, Wundversorgung, Antibiotikum) und war zehn Tage
arbeitsunfähig. Da es sich um einen Arbeitsunfall handelt, trägt zunächst
die Unfallversicherung seines Arbeitgebers die Kosten. Sie wird diese
voraussichtlich bei uns zurückfordern; ebenso kann Herr Esposito selbst
ein Schmerzensgeld verlangen.

Wir bitten Sie um folgende Angaben:
- War das Gartentor geschlossen? Gibt es ein Schild "Vorsicht Hund"?
- Ist Bruno bereits früher auffällig geworden?
- Hat die Stadt ein Verfahren (z. B. Wesenstest) eingeleitet?

Bitte nehmen Sie zu Herrn Esposito keinen Kontakt wegen Zahlungen auf;
das übernehmen wir für Sie.

""" + SIG_JT + "\n"
    return mail("thielmann", ("Petra Lohmeyer", "petra.lohmeyer@freenet-post.example"),
                "Ihr Schaden 25-HS-004721 – Ihr Hund Bruno / Zusteller",
                (2025, 2, 14, 10, 5), plain(body))


@M("NORMAL", "en", "internal",
   "trap: IT ticket about the mailroom scanner for medical reports, no document content or person")
def m029():
    body = """Ticket INC-2025-018334 has been updated.

Status:        In progress
Priority:      2 - High
Category:      Hardware / Scanner
Configuration: SCAN-KS-PO-03 (Kodak i4250, mailroom ground floor)
Reported by:   Posteingang / Scan-Center
Assigned to:   Frank Oberndorfer

Description (reporter):
Scanner 03 jams on every batch since Monday. This is the one we use for
medical reports, hospital discharge letters and expert opinions for the
bodily injury team (document class MED). Those batches are now piling up -
about 300 envelopes. Please fix asap or tell us which scanner we may use
instead (MED documents must not go through the general scanners 01/02
because of the access rights on the import folder).

Work note (Frank Oberndorfer, 12.02.2025 14:10):
Feed rollers worn, replacement kit ordered (delivery tomorrow). Workaround:
scanner 04 in room 0.18 has been given the MED import profile until Friday.
Please use only profile "MED-Import" on that device.

You can view the ticket at https://servicedesk.kaltenbach-versicherung.example/ticket/INC-2025-018334

This is an automatic notification - please do not reply.
"""
    return mail(("Kaltenbach IT Service Desk", "servicedesk@" + INS), "poststelle",
                "[INC-2025-018334] Scanner MED mailroom jams - updated",
                (2025, 2, 12, 14, 11), plain(body, charset="us-ascii", cte="7bit"),
                extra=[("Auto-Submitted", "auto-generated")])


@M("CONFIDENTIAL", "de", "insurer-to-lawyer",
   "neighbour's lawyer on water damage from insured's garden hose: names, addresses, claim number, property only")
def m030():
    body = """Sehr geehrte Frau Rechtsanwältin Sauer,

Ihr Zeichen: 031/25 Keil ./. Mühlhaus
unser Zeichen: 25-HS-003610

in der Angelegenheit Ihres Mandanten Herrn Arno Keil, Sandweg 12, 34266
Niestetal, gegen unseren Versicherungsnehmer Herrn Friedhelm Mühlhaus
(Sandweg 14) teilen wir Folgendes mit:

Unser Versicherungsnehmer hat am Abend des 05.01.2025 vergessen, den
Gartenschlauch an der Außenwand abzudrehen. Der Schlauch ist über Nacht
gefroren und geplatzt; das Wasser ist über den Lichtschacht in den
Kellerraum Ihres Mandanten gelaufen.

Den Sachschaden am Kellerinventar (Waschmaschine, Trockner, Regale,
eingelagerte Kartons) regulieren wir nach Vorlage der Belege. Die
Trocknungskosten der Fa. Trocknungstechnik Hessen (2.341,60 EUR) sind nach
unseren Informationen bereits vom Gebäudeversicherer Ihres Mandanten
übernommen worden; insoweit wird sich dieser an uns wenden.

Ihre Gebührenrechnung nach einem Gegenstandswert von 4.980 EUR können wir
in Höhe einer 1,3-Geschäftsgebühr übernehmen.

Mit freundlichen Grüßen

Jana Thielmann
Kaltenbach Versicherung AG
"""
    return mail("thielmann", ("RAin Dr. Annette Sauer", "kanzlei@sauer-recht.example"),
                "031/25 Keil ./. Mühlhaus – Schaden 25-HS-003610",
                (2025, 2, 13, 9, 20), plain(body))


@M("STRICTLY_CONFIDENTIAL", "de", "lawyer",
   "claimant lawyer's demand quoted in a forward: icy-pavement fall, Weber-B ankle fracture, surgery, metal removal, 8.000 EUR")
def m031():
    body = """Selin, zur Info – das ist der Anwalt von Herrn Pauly (Akte Hartwig,
25-HS-004117). Ich habe die Akte an dich umgeschlüsselt, Personenschaden
ist jetzt deins. Haftung ist noch offen, Frau Hartwig hat den
Winterdienstvertrag noch nicht geschickt.

Jana

> Von: RA Dr. Konstantin Weil <k.weil@brueckner-weil.example>
> Gesendet: Dienstag, 18. Februar 2025 11:04
> An: haftpflicht-schaden@kaltenbach-versicherung.example
> Betreff: Pauly ./. Hartwig – Anspruchsschreiben
>
> Sehr geehrte Damen und Herren,
>
> wir zeigen an, dass wir Herrn Reinhard Pauly, Kirchweg 71, 34119 Kassel,
> vertreten. Vollmacht anbei.
>
> Unser Mandant stürzte am 09.01.2025 auf dem nicht geräumten Gehweg vor
> dem Anwesen Ihrer Versicherungsnehmerin. Er erlitt neben der distalen
> Radiusfraktur rechts – anders als bislang mitgeteilt – zusätzlich eine
> Sprunggelenksfraktur links vom Typ Weber B, die am 14.01.2025 operativ
> versorgt wurde (Plattenosteosynthese, Stellschraube). Die Stellschraube
> wurde am 25.02. entfernt; eine Metallentfernung ist für das kommende
> Jahr geplant. Unser Mandant leidet weiterhin unter Belastungsschmerzen
> und kann seinen Beruf als Fliesenleger nicht ausüben.
>
> Wir fordern namens und in Vollmacht unseres Mandanten:
>
>   1. ein angemessenes Schmerzensgeld, das wir mit
>      mindestens 8.000,00 EUR beziffern;
>   2. Verdienstausfall (wird gesondert beziffert);
>   3. Fahrtkosten und Zuzahlungen, bisher 312,40 EUR;
>   4. Feststellung der Ersatzpflicht für künftige Schäden.
>
> Frist: 18.03.2025.
>
> Mit freundlichen Grüßen
> Dr. Weil
> Rechtsanwalt
> Brückner & Weil Rechtsanwälte PartG mbB
"""
    return mail("thielmann", "aydin", "WG: Pauly ./. Hartwig – Anspruchsschreiben",
                (2025, 2, 18, 13, 2), plain(body, cte="8bit"))


@M("NORMAL", "de", "internal",
   "trap: anonymised Schmerzensgeld case-law overview (ages, fractures, amounts) in ODT, parties not identifiable")
def m032():
    doc = odt([
        "Rechtsprechungsübersicht Schmerzensgeld – Stürze und Tierbisse (Stand 02/2025)",
        "Nur für den internen Gebrauch. Alle Angaben aus veröffentlichten Entscheidungen, Parteien anonymisiert.",
        "",
        "1. OLG (Süd), Urteil 2023: Klägerin, 67 J., Sturz auf nicht gestreutem Gehweg, Oberschenkelhalsfraktur, "
        "Hüft-TEP, 3 Wochen stationär, Gehstrecke dauerhaft eingeschränkt – 25.000 EUR.",
        "2. LG (Nord), Urteil 2024: Kläger, 41 J., Sprunggelenksfraktur Weber C nach Sturz im Supermarkt "
        "(Salatblatt), 50 % Mitverschulden wegen Ablenkung durch Mobiltelefon – 4.500 EUR (nach Quote).",
        "3. LG (West), Urteil 2022: Klägerin, 8 J., Hundebiss ins Gesicht, sichtbare Narbe an der Wange, "
        "Angststörung mit Verhaltenstherapie – 12.000 EUR.",
        "4. AG (Mitte), Urteil 2024: Kläger, 34 J., Bisswunde Unterschenkel, folgenlos verheilt – 1.200 EUR.",
        "5. OLG (Ost), Urteil 2023: Kläger, 52 J., Handwerker, Sturz von Leiter auf fremdem Grundstück wegen "
        "morschen Dachbodens, LWK-1-Fraktur, 6 Monate AU – 18.000 EUR.",
        "",
        "Hinweis: Beträge nicht schematisch übernehmen; Bemessung immer anhand der konkreten Verletzungsfolgen.",
    ])
    body = """Hallo zusammen,

wie in der Teamrunde versprochen: die aktualisierte
Rechtsprechungsübersicht als ODT. Ich habe zwei neue Entscheidungen
(Nr. 2 und 4) ergänzt.

Grüße
Selin
"""
    return mail("aydin", ("Team Haftpflicht-Schaden", "haftpflicht-schaden@" + INS),
                "Rechtsprechungsübersicht Schmerzensgeld – Update Februar",
                (2025, 2, 19, 15, 45),
                multi("mixed", plain(body),
                      attach(doc, CT_ODT, "Rechtsprechung_Schmerzensgeld_2025-02.odt")))


@M("CONFIDENTIAL", "en", "broker",
   "English broker's claim for a sole-trader painter: paint spray on a client's car, policy number, names, nobody hurt")
def m033():
    body = """Kai-Uwe - another one from Crestwood, their client is the British painter
in Melsungen. English only, sorry. Can you take it? Policy is active.

Hannah

-----Original Message-----
From: Gareth Lloyd <g.lloyd@crestwood-brokers.example>
Sent: 20 February 2025 09:17
To: Hannah Lueders <hannah.lueders@kaltenbach-versicherung.example>
Subject: New claim - Mark Ellison Decorating - public liability 70-3321508

Hi Hannah,

our client Mark Ellison, trading as Mark Ellison Decorating (sole trader),
Am Markt 4, 34212 Melsungen, has asked us to report the following:

Date: 17/02/2025
Location: Kasseler Str. 88, Melsungen (customer's house)
What happened: while spray-painting the customer's garden shed, Mark didn't
notice the wind had picked up. Fine white spray mist settled on the
customer's car parked in the drive (black Audi A4, reg. HR-AK 202) and on
part of the neighbour's conservatory roof.
Customer: Mr Andreas Kolbe. Neighbour: Mrs Renate Stiehl.
Nobody hurt, no other damage.

Mr Kolbe has had a valet firm look at the car: machine polish and clay
treatment quoted at EUR 680. Neighbour hasn't come back yet.

Mark is happy for you to contact the customer directly. Photos attached to
our portal upload (ref CW-25-0091).

Thanks,
Gareth

Gareth Lloyd | Account Executive | Crestwood Insurance Brokers Ltd
"""
    return mail("lueders", "sommer",
                "FW: New claim - Mark Ellison Decorating - public liability 70-3321508",
                (2025, 2, 20, 9, 40), plain(body, charset="windows-1252", cte="quoted-printable"))


@M("STRICTLY_CONFIDENTIAL", "en", "claimant",
   "exchange student's own mail forwarded: bitten at a barbecue, hand surgery, scar, plastic surgeon")
def m034():
    body = """Selin,

the student from the Herwig barbecue wrote again, this time in English.
Forwarding for the file 25-HS-004012. I have not replied.

Priya

---------- Forwarded message ---------
From: Jordan Alvarez <jordan.alvarez@uni-mail.example>
Date: Wed, 19 Feb 2025 at 22:03
Subject: Re: dog bite claim
To: International Claims <international-claims@kaltenbach-versicherung.example>

Hello,

thank you for the letter. To answer your questions:

The bite happened on January 11 at the barbecue at Mr Herwig's house. His
dog (Rocky) grabbed my left hand when I reached for my plate. I had surgery
the same night at the hand surgery department, two tendons in the index and
middle finger were repaired. I had a splint for 6 weeks and now do hand
therapy twice a week.

The surgeon says I will probably have limited movement in the index finger
and a visible scar on the back of the hand. My mom wants me to see a
plastic surgeon when I am back in Texas in June, is this something you
would pay for?

I am a music student (piano), so this is a big deal for me. I missed my
semester exams.

My student health insurance (ISO Student Health) paid the hospital, I paid
the therapy co-payments myself.

Jordan Alvarez
"""
    return mail("natarajan", "aydin", "Fwd: Re: dog bite claim",
                (2025, 2, 20, 8, 5), plain(body, charset="us-ascii", cte="7bit"))


@M("NORMAL", "de", "insurer-to-customer",
   "trap: content-free SecureMail portal notification, no name, no claim reference")
def m035():
    body = """Guten Tag,

in Ihrem Kaltenbach SecureMail-Postfach liegt eine neue Nachricht für Sie
bereit.

Bitte melden Sie sich unter
https://securemail.kaltenbach-versicherung.example
mit Ihrer E-Mail-Adresse und Ihrem Passwort an, um die Nachricht zu lesen.

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte und
keine Anhänge. Wir fragen Sie niemals per E-Mail nach Ihrem Passwort.

Nachrichten im Postfach werden nach 90 Tagen automatisch gelöscht.

Ihre Kaltenbach Versicherung AG

Dies ist eine automatisch erstellte Nachricht. Antworten an diese Adresse
werden nicht gelesen.
"""
    return mail("noreply", ("", "k.weil@brueckner-weil.example"),
                "Neue Nachricht in Ihrem SecureMail-Postfach",
                (2025, 2, 21, 10, 2), plain(body, charset="iso-8859-1", cte="quoted-printable"),
                extra=[("Auto-Submitted", "auto-generated")])


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "HTML-only rejection: borrowed projector dropped, excluded in basic tariff; customer, policy and claim number, friend named")
def m036():
    h = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10.5pt">
<p>Sehr geehrter Herr Dornbusch,</p>
<p>vielen Dank für Ihre Schadenmeldung vom 12.02.2025.</p>
<table style="font-size:10pt" cellpadding="2">
<tr><td>Vertrag:</td><td>Privathaftpflicht Basis, Nr. 61-1187734</td></tr>
<tr><td>Schaden-Nr.:</td><td>25-HS-004990</td></tr>
<tr><td>Schadentag:</td><td>08.02.2025</td></tr>
<tr><td>Geschädigter:</td><td>Herr Yannick Brosche (Eigentümer des Beamers)</td></tr>
</table>
<p>Sie haben sich von Ihrem Freund Herrn Brosche einen Beamer für einen
Filmabend geliehen. Beim Abbauen ist Ihnen das Gerät von der Leiter gefallen,
das Gehäuse und die Linse sind gebrochen.</p>
<p>Leider können wir den Schaden nicht übernehmen. Nach Ziffer 3.4 der
Besonderen Bedingungen zu Ihrem Tarif <b>Basis</b> sind Schäden an Sachen,
die Sie gemietet, geliehen oder gepachtet haben, nicht versichert. Dieser
Baustein ist erst ab dem Tarif <b>Komfort</b> enthalten (bis 5.000&nbsp;EUR,
Selbstbeteiligung 150&nbsp;EUR).</p>
<p>Wenn Sie künftig in den Tarif Komfort wechseln möchten, ist das jederzeit
zur nächsten Hauptfälligkeit oder sofort möglich – für bereits eingetretene
Schäden gilt der Wechsel allerdings nicht.</p>
<p>Bei Fragen erreichen Sie mich unter 0561&nbsp;7788-4132.</p>
<p>Mit freundlichen Grüßen<br>
Jana Thielmann<br>
Schadenregulierung Privat-Haftpflicht<br>
Kaltenbach Versicherung AG</p>
<p style="font-size:8pt;color:#888">Kaltenbach Versicherung AG · Sitz Kassel · Amtsgericht Kassel HRB 90128</p>
</body></html>
"""
    return mail("thielmann", ("Felix Dornbusch", "felix.dornbusch@mailfix.example"),
                "Ihre Schadenmeldung 25-HS-004990 (Beamer)",
                (2025, 2, 17, 11, 50), html(h))


@M("NORMAL", "en", "insurer-to-partner",
   "trap: association circular on sharing agreements with health insurers, 2025 quotas and aggregate volumes, no case")
def m037():
    body = """Dear colleagues,

please find below our comments on the association's draft circular
"Sharing agreements (Teilungsabkommen) with statutory health and accident
insurers - quotas 2025", for the working group meeting on 6 March.

1. Quotas
   We support keeping the standard quota for private liability at 55 % and
   for property-owner liability at 60 %. The proposed increase for
   dog-owner liability to 70 % is not supported by our data: in 2024 our
   recourse claims under sharing agreements in that line averaged EUR 2,140
   (n = 212), almost unchanged from 2023.

2. Limit ("Limit je Schadenfall")
   The proposed limit of EUR 60,000 per case is fine for us. Cases above
   the limit are rare (7 of 1,930 recourse claims in 2024 across all
   liability lines).

3. Obvious lack of causal connection ("Kausalitaetsausschluss")
   We would welcome the new wording that treatments clearly unrelated to
   the accident (e.g. long-standing chronic conditions) are excluded.

4. Data exchange
   Please keep the recommendation that case notifications are exchanged
   only through the association's portal and not by plain e-mail, as they
   regularly contain diagnoses.

Kind regards

Markus Dreyer
Head of Liability Claims
Kaltenbach Versicherung AG
"""
    return mail("dreyer", ("WG Liability Claims", "ag-haftpflicht@versichererverband.example"),
                "Draft circular sharing agreements 2025 - comments Kaltenbach",
                (2025, 2, 24, 16, 30), plain(body, charset="us-ascii", cte="7bit"))


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "8-year-old pushed neighbour's child off climbing frame: collarbone fracture, concussion check; § 828 BGB explained")
def m038():
    body = """Sehr geehrte Frau Yilmaz, sehr geehrter Herr Yilmaz,

vielen Dank für das Telefonat heute Morgen. Ich fasse zusammen:

Am 22.02.2025 hat Ihr Sohn Emir (8 Jahre) auf dem Spielplatz Am Auepark
beim Spielen die Nachbarstochter Lotta Henning (7) vom Klettergerüst
geschubst. Lotta ist aus ca. 1,5 m Höhe gefallen. Im Kinderkrankenhaus
Park Schönfeld wurde ein Schlüsselbeinbruch links festgestellt; wegen
kurzer Bewusstlosigkeit blieb sie eine Nacht zur Beobachtung. Sie trägt
jetzt einen Rucksackverband, ein Eingriff war nicht nötig.

Ob Emir selbst haftet, hängt nach § 828 Abs. 3 BGB davon ab, ob er die
nötige Einsicht hatte zu erkennen, dass Schubsen auf dem Klettergerüst
gefährlich ist. Bei Achtjährigen wird das von Gerichten häufig bejaht.
Eine Haftung von Ihnen als Eltern (Aufsichtspflicht) sehen wir eher
nicht, da Kinder in diesem Alter auf einem Spielplatz nicht ständig
beaufsichtigt werden müssen.

Emir ist über Ihre Familien-Privathaftpflicht (61-3049925) mitversichert.
Wir werden die Eltern von Lotta anschreiben und um die ärztlichen
Unterlagen bitten. Bitte schildern Sie uns den Hergang noch einmal kurz
schriftlich, auch wer dabei war.

Schaden-Nr.: 25-HS-005204

""" + SIG_JT + "\n"
    return mail("thielmann", ("Aylin und Murat Yilmaz", "familie.yilmaz@webpost.example"),
                "Schaden 25-HS-005204 – Spielplatz Am Auepark",
                (2025, 2, 25, 14, 20), plain(body, cte="8bit"))


@M("NORMAL", "de", "internal",
   "trap: personnel announcement for the bodily-injury team naming a colleague, no personal data beyond role")
def m039():
    body = """Liebe Kolleginnen und Kollegen,

ab dem 1. März verstärkt Frau Dr. Johanna Peltzer unser Team
Personenschaden & Regress. Frau Dr. Peltzer ist Juristin und kommt vom
Schadenbereich eines Industrieversicherers, wo sie zuletzt Großschäden
mit schweren Personenschäden (Schädel-Hirn-Verletzungen, Querschnitt)
betreut hat.

Sie übernimmt die Akten ab 100.000 EUR Reserve sowie die Regresse der
Berufsgenossenschaften. Die Zuständigkeiten für Krankenkassenregresse
bleiben unverändert bei Selin Aydın.

Frau Dr. Peltzer sitzt in Raum 4.08, Tel. 0561 7788-4139.

Bitte heißt sie herzlich willkommen!

Markus Dreyer
Teamleiter Haftpflicht-Schaden
"""
    return mail("dreyer", ("Bereich Schaden", "bereich-schaden@" + INS),
                "Neue Kollegin im Team Personenschaden",
                (2025, 2, 26, 8, 45), plain(body))


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "base64 body: premium invoice for private liability with address, policy number, customer number and SEPA IBAN")
def m040():
    body = """Kaltenbach Versicherung AG · Wilhelmshöher Allee 212 · 34119 Kassel

Herrn
Sebastian Frerichs
Querallee 27
34119 Kassel

Kundennummer: 4 118 203 77
Vertrag: Privathaftpflicht Komfort (Single), 61-2604498
Datum: 03.03.2025

Beitragsrechnung zur Hauptfälligkeit 01.04.2025

Versicherungszeitraum     01.04.2025 – 01.04.2026
Deckungssumme             50 Mio. EUR pauschal
Selbstbeteiligung         keine
Jahresbeitrag netto       73,53 EUR
Versicherungsteuer 19 %   13,97 EUR
Jahresbeitrag brutto      87,50 EUR

Der Betrag wird am 01.04.2025 von Ihrem Konto
IBAN DE09 7597 2490 8238 2037 18
eingezogen (Gläubiger-ID DE22ZZZ00000128001, Mandatsreferenz
KV-61-2604498-01).

Sie hatten im laufenden Versicherungsjahr keinen Schaden. Ihr Beitrag
bleibt daher unverändert.

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift
gültig.
"""
    return mail(("Kaltenbach Versicherung AG", "dokumente@" + INS),
                ("Sebastian Frerichs", "s.frerichs@posteo-mail.example"),
                "Ihre Beitragsrechnung 2025/2026 – Vertrag 61-2604498",
                (2025, 3, 3, 5, 12), plain(body, cte="base64"))


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-health-insurer",
   "reply to Dutch health insurer's recourse: named Dutch tourist, fall on icy path at holiday cottage, wrist surgery, discharge letter asked")
def m041():
    body = """Dear Mr de Groot,

Your ref.: ZD-REG-2025-00319
Your insured: Mr Joost Hendriks, born 11 March 1959
Our ref.: 25-HS-004402 - our policyholder: Mrs Heike Mangold (property owner
liability, holiday cottage "Haus Edersee", Waldeck)

Thank you for your letter of 14 February 2025 claiming EUR 6,118.40 under
your right of subrogation.

We have reviewed the documents. Before we can take a decision we need:

1. the itemised invoice of the Stadtkrankenhaus Korbach (you sent the
   summary only);
2. the discharge letter, to verify the diagnosis (your letter refers to a
   "comminuted distal radius fracture, ORIF" and a "minor head injury"; the
   ambulance report mentions a fall "after two glasses of wine at dinner");
3. the invoices for the physiotherapy in Utrecht (12 sessions) with the
   referral.

On liability: the path from the car park to the cottage was covered with
ice on 3 January. Our policyholder had arranged for a caretaker to grit the
path; we are obtaining his statement. Contributory negligence will also
have to be considered given the ambulance report.

Please send the documents through a secure channel (we can provide a
SecureMail account) and not by ordinary e-mail.

Kind regards

Selin Aydin
Bodily Injury & Recoveries
Kaltenbach Versicherung AG
"""
    return mail("aydin", ("Ruud de Groot", "verhaal@zorgdelta.example"),
                "ZD-REG-2025-00319 Hendriks - your subrogation claim",
                (2025, 2, 27, 10, 12), plain(body, charset="us-ascii", cte="7bit"))


@M("NORMAL", "de", "internal",
   "trap: letter template requesting a medical-confidentiality release, only «placeholders», no person")
def m042():
    body = """Hallo zusammen,

der Textbaustein PS-017 "Anforderung Schweigepflichtentbindung
Geschädigte/r" ist überarbeitet (neue Rechtsgrundlage, kürzer). Er ist ab
sofort im Textsystem freigegeben. Zur Ansicht hier der Wortlaut:

------------------------------------------------------------------
«Anrede» «Titel» «Nachname»,

Sie haben uns mitgeteilt, dass Sie bei dem Ereignis vom «Schadendatum»
verletzt wurden. Um Ihre Ansprüche gegen unsere/n Versicherungsnehmer/in
«VN_Name» prüfen zu können, benötigen wir Auskünfte der Sie behandelnden
Ärztinnen, Ärzte und Krankenhäuser.

Bitte senden Sie uns die beigefügte Erklärung unterschrieben zurück. Sie
können die Erklärung auf einzelne Behandelnde beschränken und jederzeit
widerrufen. Wir verwenden die Angaben nur für die Bearbeitung dieses
Schadens (Art. 9 Abs. 2 lit. f DSGVO).

Unser Zeichen: «Schadennummer»
Ihre Ansprechpartnerin/Ihr Ansprechpartner: «SB_Name», «SB_Telefon»
------------------------------------------------------------------

Wichtig: Die Anlage "Erklärung" nicht mehr mit Diagnose vorbefüllen
(Feld «Verletzung» ist entfallen).

Viele Grüße
Selin
"""
    return mail("aydin", ("Team Haftpflicht-Schaden", "haftpflicht-schaden@" + INS),
                "Textbaustein PS-017 Schweigepflichtentbindung überarbeitet",
                (2025, 3, 4, 9, 30), plain(body))


@M("CONFIDENTIAL", "en", "insurer-to-claimant",
   "payment to Irish claimant for e-bike damaged by insured's falling ladder: name, IBAN, claim number, nobody hurt")
def m043():
    body = """Dear Ms Quinn,

Our ref.: 25-HS-004198 - damage to your e-bike on 29 January 2025
Our policyholder: Mr Thomas Eckhardt, Kassel

Thank you for sending the repair estimate from Radhaus Nordstadt and the
photos.

As you know, Mr Eckhardt's aluminium ladder fell over in the wind while he
was cleaning his gutters and landed on your e-bike, which was parked
against the fence. Luckily you were not nearby when it happened.

We accept the claim in full:

  Replacement of display and handlebar unit   EUR 389.00
  Rear derailleur and hanger                  EUR 112.50
  Labour                                      EUR  96.00
  Total                                       EUR 597.50

As requested, we will transfer the amount to your Irish account:

  Account holder: Niamh Quinn
  IBAN: IE68 AIBK 9311 5287 6543 21

Please allow 3-5 working days for the SEPA transfer.

Kind regards

Priya Natarajan
International Claims Desk
Kaltenbach Versicherung AG
"""
    return mail("natarajan", ("Niamh Quinn", "niamh.quinn@eircom-mail.example"),
                "Your e-bike - payment confirmation, our ref 25-HS-004198",
                (2025, 2, 28, 11, 6), plain(body, charset="us-ascii", cte="7bit"))


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
   "orthopaedic expert report commissioned for a 74-year-old with femoral neck fracture after stairwell fall; PDF order")
def m044():
    order = pdf([
        "Kaltenbach Versicherung AG - Personenschaden & Regress",
        "Wilhelmshöher Allee 212, 34119 Kassel",
        "",
        "Gutachtenauftrag (orthopädisch/unfallchirurgisch)",
        "",
        "Schaden-Nr.: 24-HS-019977",
        "Versicherungsnehmer: Hausgemeinschaft Kohlenstraße 40 GbR (Haus- und Grundbesitzerhaftpflicht)",
        "Geschädigte: Frau Helga Brinkmann, geb. 02.05.1950, Kohlenstraße 40, 34121 Kassel",
        "",
        "Ereignis: Sturz im Treppenhaus am 29.11.2024 (lose Stufenkante, 2. OG)",
        "Bekannte Diagnosen lt. Entlassungsbrief Klinikum Kassel vom 12.12.2024:",
        "  - mediale Schenkelhalsfraktur rechts (S72.00), Hüft-TEP am 30.11.2024",
        "  - Prellung linke Schulter",
        "  - Vorerkrankungen: Osteoporose, Vorhofflimmern (Marcumar), Diabetes mellitus Typ 2",
        "",
        "Fragen an den Sachverständigen:",
        "1. Welche Verletzungen sind unfallbedingt entstanden?",
        "2. Welche Dauer der Arbeits-/Haushaltsführungsunfähigkeit ist unfallbedingt?",
        "3. Verbleibt ein Dauerschaden? Wenn ja, in welchem Umfang (MdE)?",
        "4. Inwieweit beeinflussen Osteoporose und Antikoagulation Verlauf und Prognose?",
        "5. Ist eine Pflegebedürftigkeit unfallbedingt zu erwarten?",
        "",
        "Untersuchung der Geschädigten erforderlich. Schweigepflichtentbindung liegt vor (Anlage).",
        "Honorar nach Rahmenvereinbarung, Kostenrahmen 1.800 EUR netto.",
        "",
        "Kassel, 05.03.2025   Selin Aydin",
    ], title="Gutachtenauftrag 24-HS-019977")
    body = """Sehr geehrter Herr Dr. Rehm,

anbei erhalten Sie unseren Gutachtenauftrag in der Sache Brinkmann
(24-HS-019977). Die Krankenunterlagen (Entlassungsbrief, OP-Bericht,
Reha-Bericht) stellen wir Ihnen über das SecureMail-Portal bereit.

Frau Brinkmann ist telefonisch am besten vormittags über ihre Tochter,
Frau Sabine Kolb, erreichbar: 0561 40 22 918.

Mit freundlichen Grüßen
Selin Aydın
Personenschaden & Regress
"""
    return mail("aydin", ("Dr. med. Ulrich Rehm", "gutachten@rehm-gutachten.example"),
                "Gutachtenauftrag 24-HS-019977 Brinkmann",
                (2025, 3, 5, 13, 55),
                multi("mixed", plain(body), attach(order, "application/pdf", "Gutachtenauftrag_24-HS-019977.pdf")))


@M("NORMAL", "en", "internal",
   "trap: notice that the international claims desk is closed on Carnival Monday, routing for urgent injury claims, no person")
def m045():
    body = """Hi everyone,

a reminder that the Kassel office is closed on Monday, 3 March (Rosenmontag
is a local holiday for us this year - works council agreement).

International Claims Desk coverage:
- the shared mailbox will be checked once at 10:00 by Priya;
- urgent bodily injury matters (hospital guarantees, court deadlines,
  police requests) -> on-call phone +49 561 7788-4000;
- everything else will be answered from Tuesday.

If a claimant or a lawyer sends medical documents over the long weekend,
please don't forward them to your private devices "to have a quick look".
They stay in the DMS.

Thanks and enjoy the long weekend!
Rebecca

--
Rebecca Hale
Head of International Claims Desk
Kaltenbach Versicherung AG
"""
    return mail("hale", ("International Claims Team", "international-claims-team@" + INS),
                "Office closed Monday 3 March - desk coverage",
                (2025, 2, 27, 15, 5), plain(body, charset="us-ascii", cte="7bit"))


@M("CONFIDENTIAL", "de", "insurer-to-broker",
   "status answer to broker: client's guest scratched parquet, payment, claim and policy numbers, names; no injury")
def m046():
    body = """Hallo Herr Henrichs,

kurzer Stand zu Ihrer Anfrage von heute früh:

Kundin: Frau Svenja Brandes, PHV 61-5520184
Schaden: 25-HS-004377 vom 26.01.2025

Der Parkettboden in der Wohnung von Frau Brandes' Freundin, Frau Annika
Wetzel, wurde beim Verrücken eines Sessels auf ca. 3 m Länge zerkratzt.
Den Kostenvoranschlag (Abschleifen und Neuversiegeln Wohnzimmer, 1.460 EUR)
haben wir geprüft; da ohnehin nur eine Teilfläche betroffen ist und das
Parkett bereits Gebrauchsspuren hatte, haben wir uns mit Frau Wetzel auf
980 EUR geeinigt. Die Zahlung ist gestern an Frau Wetzel rausgegangen.

Ihre Kundin hat keine Selbstbeteiligung. Aus unserer Sicht ist der
Schaden damit erledigt.

Viele Grüße nach Kassel-Mitte
Hannah Lüders
Maklerbetreuung Nordhessen
Kaltenbach Versicherung AG
Tel. 0561 7788-2210
"""
    return mail("lueders", ("Torsten Henrichs", "t.henrichs@henrichs-makler.example"),
                "AW: Sachstand Brandes 25-HS-004377",
                (2025, 3, 5, 15, 48), plain(body, cte="8bit", flowed=True))


@M("STRICTLY_CONFIDENTIAL", "de", "accident-insurer",
   "harmless forwarding body; attached .eml from employers' liability fund: roofer fell through skylight at insured's property, spine fracture")
def m047():
    inner_body = """Berufsgenossenschaft Handwerk Mitte
Bezirksverwaltung Kassel - Regress

Sehr geehrte Damen und Herren,

Unser Zeichen: 3 / 25 / 1184-Reg / Versicherter: Herr Kevin Rudolph,
geb. 30.11.1991, beschäftigt bei Dachbau Eckert GmbH

Ihr Versicherungsnehmer: Herr Ralf Diegelmann, Gut Wilhelmsthal 3,
34379 Calden (Haus- und Grundbesitzerhaftpflicht)

Am 13.02.2025 brach unser Versicherter bei Reparaturarbeiten auf dem
Scheunendach Ihres Versicherungsnehmers durch eine nicht gekennzeichnete,
mit Dachpappe überdeckte Lichtplatte und stürzte ca. 5 m tief auf den
Betonboden. Er erlitt eine Berstungsfraktur des 1. Lendenwirbelkörpers
(S32.01) sowie eine Radiusfraktur links. Operative Stabilisierung
(dorsale Spondylodese Th12-L2) am 14.02.2025; derzeit stationäre
BG-Rehabilitation.

Wir haben den Unfall als Arbeitsunfall anerkannt. Gemäß § 116 SGB X sind
die Ansprüche unseres Versicherten auf uns übergegangen. Wir bitten um
Bestätigung der Eintrittspflicht dem Grunde nach und um Verzicht auf die
Einrede der Verjährung bis 31.12.2028.

Bisherige Aufwendungen (vorläufig): 41.877,20 EUR
(Heilbehandlung, Verletztengeld).

Mit freundlichen Grüßen
Im Auftrag
Dörte Kienast
"""
    inner = mail(("Dörte Kienast", "regress.kassel@bg-handwerk-mitte.example"),
                 ("Haftpflicht-Schaden", "haftpflicht-schaden@" + INS),
                 "Regress 3/25/1184 - Ihr VN Diegelmann",
                 (2025, 3, 6, 11, 22), plain(inner_body), mid_salt="inner")
    body = """Hallo Frau Aydın,

anbei ein Eingang für Sie, kam heute ins Teampostfach. Bitte Akte anlegen,
die Schadennummer ist noch nicht vergeben. VN-Vertrag habe ich nicht
geprüft.

Danke und Gruß
Posteingang
"""
    return mail("poststelle", "aydin", "WG: Regress 3/25/1184",
                (2025, 3, 6, 13, 0),
                multi("mixed", plain(body, cte="8bit"), rfc822(inner, "Regress 3_25_1184.eml")))


@M("NORMAL", "de", "insurer-to-supplier",
   "trap: order for secure shredding of medical reports and expert opinions, company supplier, no content or person")
def m048():
    body = """Sehr geehrte Frau Albers,

wir beauftragen Sie gemäß Rahmenvertrag vom 12.05.2023 mit einer
zusätzlichen Abholung am Standort Kassel:

- 14 Datenschutzbehälter 240 l (Sicherheitsstufe P-4 nach DIN 66399),
  Inhalt: Papierakten Personenschaden abgeschlossen bis 2014, darunter
  Arztberichte, Krankenhausunterlagen, medizinische Gutachten und
  Rechnungen von Krankenkassen
- 2 Behälter Datenträger (CD/DVD, Sicherheitsstufe T-4), Inhalt:
  Röntgenbilder auf CD aus denselben Akten

Abholtermin: Donnerstag, 20.03.2025, ab 8:00 Uhr, Tor 3, Ansprechpartner
vor Ort Herr Pawlik (Hausmeister).

Bitte senden Sie uns nach Vernichtung das Vernichtungsprotokoll mit
Behälternummern an datenschutz@kaltenbach-versicherung.example.

Bestellnummer: EK-2025-00377

Mit freundlichen Grüßen
i. A. Oliver Brandt
Einkauf / Facility Management
"""
    return mail("einkauf", ("Ina Albers", "disposition@aktenvernichtung-nord.example"),
                "Auftrag EK-2025-00377 – Sonderabholung Aktenvernichtung P-4/T-4",
                (2025, 3, 10, 9, 15), plain(body, charset="windows-1252", cte="8bit"),
                cc=["hollweg"], subj_charset="utf-8")


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "answer to a data-subject access request: PDF with birth date, address, bank data and claim history, no health data")
def m049():
    rep = pdf([
        "Kaltenbach Versicherung AG - Data Protection Office",
        "Information pursuant to Art. 15 GDPR",
        "",
        "Data subject: Mr Daniel Osei",
        "Date of birth: 09/09/1987",
        "Address: Wolfhager Str. 204, 34127 Kassel",
        "E-mail: daniel.osei@protonmail-example.example",
        "Customer number: 4 207 118 35",
        "",
        "Contracts",
        "  Private liability Komfort (single) 61-7741206, since 01/06/2021",
        "  Household contents 82-1190487, since 01/06/2021",
        "",
        "Bank account (direct debit): IBAN DE37 2948 2628 2417 1921 31, account holder Daniel Osei",
        "",
        "Claims",
        "  23-HS-011406 (private liability): neighbour's car mirror broken by a falling",
        "    flower box, 14/07/2023, paid EUR 286.00 to the third party, closed.",
        "  25-HS-003301 (private liability): red wine on a sofa at a friend's flat,",
        "    11/01/2025, paid EUR 410.00, closed.",
        "",
        "Recipients: reinsurer (aggregated data only), claims assessors (none in your case),",
        "IT service provider (hosting, under Art. 28 GDPR).",
        "Retention: contract data 10 years after end of contract; claims 6 years after closure.",
        "",
        "Kassel, 11 March 2025 - Dr. Birgit Hollweg, Data Protection Officer",
    ], title="Art. 15 GDPR information Daniel Osei", author="Kaltenbach Datenschutz")
    body = """Dear Mr Osei,

thank you for your request of 17 February 2025 under Article 15 GDPR.

Please find attached the information about the personal data we store about
you, the purposes, recipients and retention periods. We have not stored any
health data or other special categories of data about you.

As you asked us to reply by e-mail, we are sending the document as a PDF.
If you would prefer a copy by post, please let us know.

Kind regards

Dr. Birgit Hollweg
Data Protection Officer
Kaltenbach Versicherung AG
"""
    return mail("hollweg", ("Daniel Osei", "daniel.osei@protonmail-example.example"),
                "Your request for information under Art. 15 GDPR",
                (2025, 3, 11, 12, 0),
                multi("mixed", plain(body, charset="us-ascii", cte="7bit"),
                      attach(rep, "application/pdf", "Art15_information_Osei.pdf")))


@M("STRICTLY_CONFIDENTIAL", "en", "lawyer",
   "UK solicitor's letter of claim forwarded: client slipped in insured café in Kassel, wrist fracture, surgery, anxiety")
def m050():
    body = """Selin - letter of claim for the café file, see below. They are asking for
a response within 21 days (English pre-action protocol, which of course
doesn't bind us, but let's be polite). Medical records are in the DMS.

Priya

> -----Original Message-----
> From: Oliver Fenwick <o.fenwick@fenwick-solicitors.example>
> Sent: 10 March 2025 15:30
> To: International Claims <international-claims@kaltenbach-versicherung.example>
> Subject: Letter of Claim - Mrs Deborah Marsh - Café Lindgren, Kassel
>
> Dear Sirs,
>
> We are instructed by Mrs Deborah Marsh of 7 Elm Close, Harrogate, in
> connection with an accident on 4 January 2025 at Café Lindgren,
> Friedrichsplatz, Kassel, which we understand you insure.
>
> Our client slipped on melted snow at the entrance, which had not been
> mopped and where no mat or warning sign was in place. She fell onto her
> outstretched left hand.
>
> Injuries: displaced fracture of the left distal radius, treated by open
> reduction and plate fixation at the Klinikum Kassel on 5 January 2025;
> bruising to the left hip. Since her return she has been treated by her GP
> for anxiety and poor sleep and has been referred for six sessions of CBT.
> She is left-handed and works as a dental hygienist; she was off work for
> nine weeks.
>
> Special damages so far: GBP 4,212 (loss of earnings, prescription
> charges, travel, rebooked flights).
>
> Please confirm within 21 days whether liability is admitted.
>
> Yours faithfully
> Fenwick & Co Solicitors
"""
    return mail("natarajan", "aydin",
                "FW: Letter of Claim - Mrs Deborah Marsh - Café Lindgren, Kassel",
                (2025, 3, 11, 9, 2), plain(body))


@M("NORMAL", "de", "newsletter",
   "trap: broker newsletter on the 2025 private-liability product update (injury limits, default cover), no customer")
def m051():
    p = """Kaltenbach MaklerInfo 03/2025

PHV 2025: Was sich für Ihre Kunden ändert

Ab 01.04.2025 gelten für Neuverträge die PHV-Bedingungen 2025. Die
wichtigsten Änderungen im Überblick:

* Deckungssumme Komfort: 50 Mio. EUR (bisher 20 Mio.), Premium 100 Mio. EUR
* Forderungsausfalldeckung: jetzt auch bei Personenschäden durch Tiere
  Dritter (z. B. Hundebiss durch einen nicht versicherten Hund)
* Gefälligkeitsschäden: bis 100.000 EUR, auch bei Personenschäden von
  Umzugs- und Renovierungshelfern
* Schlüsselverlust: auch berufliche Schlüssel bis 50.000 EUR
* Deliktsunfähige Kinder: Schäden bis 50.000 EUR auf Wunsch auch ohne
  Haftung (Kulanz statt Streit unter Nachbarn)

Umstellung Bestandsverträge: Ihre Kunden können ohne Gesundheitsfragen
und ohne neue Antragsprüfung umstellen. Eine Liste der umstellbaren
Verträge Ihres Bestands finden Sie ab 17.03. im Maklerportal unter
Bestand > Aktionen.

Webinar: "PHV 2025 in 30 Minuten", 26.03.2025, 11:00 Uhr
Anmeldung: https://makler.kaltenbach-versicherung.example/webinare

Ihre Maklerbetreuung Nordhessen
Hannah Lüders, Tel. 0561 7788-2210

Abmelden: https://makler.kaltenbach-versicherung.example/newsletter
"""
    h = """<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<h2 style="color:#0b3d6e">Kaltenbach MaklerInfo 03/2025</h2>
<h3>PHV 2025: Was sich für Ihre Kunden ändert</h3>
<p>Ab 01.04.2025 gelten für Neuverträge die PHV-Bedingungen 2025. Die wichtigsten Änderungen im Überblick:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:12px">
<tr style="background:#dde7f0"><th>Baustein</th><th>bisher</th><th>PHV 2025</th></tr>
<tr><td>Deckungssumme Komfort</td><td>20 Mio. EUR</td><td>50 Mio. EUR</td></tr>
<tr><td>Forderungsausfall</td><td>nur Sach- und Personenschäden durch Personen</td><td>auch Personenschäden durch Tiere Dritter (z.&nbsp;B. Hundebiss)</td></tr>
<tr><td>Gefälligkeitsschäden</td><td>bis 20.000 EUR</td><td>bis 100.000 EUR, auch Personenschäden von Helfern</td></tr>
<tr><td>Schlüsselverlust</td><td>privat 20.000 EUR</td><td>auch beruflich, 50.000 EUR</td></tr>
<tr><td>Deliktsunfähige Kinder</td><td>bis 10.000 EUR</td><td>bis 50.000 EUR</td></tr>
</table>
<p><b>Umstellung Bestandsverträge:</b> ohne Gesundheitsfragen und ohne neue Antragsprüfung. Die Liste der
umstellbaren Verträge finden Sie ab 17.03. im Maklerportal unter Bestand &gt; Aktionen.</p>
<p><b>Webinar</b> &bdquo;PHV 2025 in 30 Minuten&ldquo;, 26.03.2025, 11:00 Uhr &ndash;
<a href="https://makler.kaltenbach-versicherung.example/webinare">Anmeldung</a></p>
<p>Ihre Maklerbetreuung Nordhessen<br>Hannah Lüders, Tel. 0561 7788-2210</p>
<p style="font-size:10px;color:#888"><a href="https://makler.kaltenbach-versicherung.example/newsletter">Abmelden</a></p>
</body></html>
"""
    return mail(("Kaltenbach MaklerInfo", "maklerinfo@" + INS), ("", "maklerinfo-nordhessen@lists." + INS),
                "MaklerInfo 03/2025: PHV 2025 – neue Deckungen ab 1. April",
                (2025, 3, 12, 7, 30), alt(p, h), extra=[("Precedence", "bulk")])


@M("CONFIDENTIAL", "de", "insurer-to-claimant",
   "neighbour's garage roof hit by insured's spruce in storm: claimant's name and address, claim number, estimate asked; nobody hurt")
def m052():
    body = """Sehr geehrte Frau Kessler,

Ihr Nachbar, Herr Ewald Baumbach (Lange Str. 17, 34233 Fuldatal), hat uns
als seine Haftpflichtversicherung mitgeteilt, dass beim Sturm am
08.03.2025 eine Fichte von seinem Grundstück auf Ihr Garagendach gefallen
ist. Nach seiner Auskunft befand sich zu dem Zeitpunkt niemand in der
Garage oder in der Nähe.

Wir haben den Schaden unter der Nummer 25-HS-005731 angelegt.

Bitte beachten Sie: Bei Sturmschäden haftet der Baumeigentümer nur, wenn
der Baum erkennbar krank oder nicht standsicher war. Bei gesunden Bäumen
handelt es sich um höhere Gewalt; dann kommt in der Regel Ihre eigene
Wohngebäudeversicherung (Sturm) für den Garagenschaden auf.

Damit wir die Haftungsfrage prüfen können, senden Sie uns bitte
- Fotos des Baumstumpfs bzw. der Bruchstelle (falls noch vorhanden),
- einen Kostenvoranschlag für die Reparatur des Garagendachs,
- den Namen Ihres Gebäudeversicherers, falls Sie den Schaden dort
  ebenfalls gemeldet haben.

Unser Außenregulierer, Herr Kranich, wird sich wegen eines
Besichtigungstermins bei Ihnen melden.

""" + SIG_JT + "\n"
    return mail("thielmann", ("Doris Kessler", "doris.kessler@kabelpost.example"),
                "Ihr Garagendach - Schaden-Nr. 25-HS-005731",
                (2025, 3, 12, 10, 44), plain(body, charset="iso-8859-1", cte="quoted-printable"),
                subj_charset="iso-8859-1")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-claimant",
   "advance on Schmerzensgeld to the injured woman from the icy-access fall: hip fracture, rehab, questionnaire, IBAN")
def m053():
    body = """Sehr geehrte Frau Kamps,

Ihr Sohn, Herr Jörg Kamps, hat uns in Ihrem Namen mitgeteilt, dass Sie
nach dem Sturz am 15.01.2025 auf der Zuwegung zum Haus Lindenstraße 3
(Eigentümer: unser Versicherungsnehmer Herr Holger Fenske) inzwischen aus
der Anschlussheilbehandlung entlassen sind.

Es tut uns leid, dass Sie sich bei dem Sturz die Hüfte gebrochen haben
und nun eine Hüftprothese tragen. Ihre Krankenkasse hat uns die
Behandlungskosten bereits mitgeteilt; diese regeln wir direkt mit ihr.

Ihr eigener Anspruch auf Schmerzensgeld ist davon unabhängig. Da Herr
Fenske den Weg an diesem Morgen nicht gestreut hatte, erkennen wir die
Haftung an. Als Vorschuss überweisen wir Ihnen heute

    2.000,00 EUR

auf das von Ihrem Sohn angegebene Konto
IBAN DE16 5242 6859 4957 2936 08 (Kontoinhaberin: Ursula Kamps).

Für die abschließende Bemessung bitten wir Sie, den beiliegenden
Fragebogen auszufüllen: Wie lange sind Sie auf den Rollator angewiesen?
Brauchen Sie Hilfe im Haushalt, beim Einkaufen oder bei der Körperpflege?
Ist ein Pflegegrad beantragt? Wenn Sie möchten, kann Ihr Sohn den
Fragebogen auch für Sie ausfüllen.

Schaden-Nr.: 25-HS-004533 (bitte immer angeben)

Mit freundlichen Grüßen

Selin Aydın
Personenschaden & Regress
Kaltenbach Versicherung AG
Tel. 0561 7788-4137
"""
    return mail("aydin", ("Jörg Kamps", "joerg.kamps@kabelpost.example"),
                "Vorschuss Schmerzensgeld – Schaden-Nr. 25-HS-004533 (Frau Ursula Kamps)",
                (2025, 3, 13, 11, 25), plain(body))


@M("NORMAL", "en", "insurer-to-partner",
   "trap: ICS invitation to the liability treaty renewal meeting with the reinsurer, agenda mentions bodily-injury trends only")
def m054():
    cal = ics("Kaltenbach / Albion Re - liability treaty renewal 2026", "20250408T100000", "20250408T150000",
              location="Kassel, Wilhelmshoeher Allee 212, room 6.01 / video link on request",
              description=("Agenda: 1) portfolio development 2024; 2) bodily injury inflation and "
                           "Schmerzensgeld trends; 3) large loss development (anonymised bordereau); "
                           "4) cat and accumulation scenarios; 5) terms 2026. Lunch provided."),
              organizer=("David Kowalczyk", "david.kowalczyk@" + INS),
              attendees=[("Fiona McLaren", "fiona.mclaren@albion-re.example"),
                         ("Thomas Winter", "thomas.winter@albion-re.example"),
                         ("Markus Dreyer", "markus.dreyer@" + INS)])
    body = """Dear Fiona, dear Thomas,

as discussed, here is the invitation for our renewal meeting on 8 April in
Kassel. Agenda in the calendar entry. We will present the development of
bodily injury claims (pain-and-suffering awards, health insurer recourse,
care costs) on an aggregated basis only.

Looking forward to seeing you.

Best regards
David
"""
    return mail("kowalczyk", [("Fiona McLaren", "fiona.mclaren@albion-re.example"),
                              ("Thomas Winter", "thomas.winter@albion-re.example")],
                "Invitation: liability treaty renewal 2026 - 8 April, Kassel",
                (2025, 3, 14, 9, 0),
                multi("mixed", plain(body, charset="us-ascii", cte="7bit"),
                      attach(cal, "text/calendar", "invite.ics", extra_ct="; method=REQUEST; charset=utf-8")),
                cc=["dreyer"])


@M("CONFIDENTIAL", "de", "internal",
   "building insurer's recourse against an insured tenant for water damage: names, address, claim number, amounts")
def m055():
    body = """Hallo Jana,

zu deiner Akte Sieverding (25-HS-004055) ist heute der Regress des
Gebäudeversicherers gekommen:

Gläubiger: Hessische Gebäudeversicherung Nord AG, Regressabteilung,
Zeichen LW-2025-08812
Anspruch: 7.936,18 EUR (Trocknung, Estrich, Deckenputz, Malerarbeiten
Wohnung EG und 1. OG Habichtswalder Str. 8)
Grundlage: Leitungswasserschaden 11.01.2025, Ursache geplatzter
Waschmaschinenschlauch in der Mietwohnung unseres VN Lukas Sieverding

Hinweis: Wir sind dem Regressverzichtsabkommen der Feuerversicherer
bei Mieterregress beigetreten – gilt aber nur für Brand, nicht für
Leitungswasser. Also voll zu prüfen. Die Rechnung Trocknungstechnik
scheint mir mit 19 Tagen Trocknung für zwei Räume recht lang.

Ich habe das Schreiben in die Akte gelegt.

Gruß
Markus
"""
    return mail("dreyer", "thielmann", "Regress Gebäudeversicherer zu 25-HS-004055 Sieverding",
                (2025, 3, 14, 14, 38), plain(body, cte="8bit"))


@M("STRICTLY_CONFIDENTIAL", "de", "doctor",
   "orthopaedist's report on the shop-fall claimant forwarded: hip contusion, osteoporosis, medication, physiotherapy")
def m056():
    body = """Kai-Uwe,

der Bericht von Dr. Wenzel zu Frau Hasselbach ist da (Bäckerei Ruppert,
jetzt 25-HG-000518). Schweigepflichtentbindung lag vor. Unten der Text
aus dem Fax, das Original ist im DMS unter MED.

Martina

-------- Fax vom 14.03.2025, 08:52 --------
Praxis für Orthopädie und Unfallchirurgie
Dr. med. Henning Wenzel
Königsstraße 35, 34117 Kassel

Ärztlicher Bericht an die Kaltenbach Versicherung AG

Patientin: Frau Elfriede Hasselbach, geb. 21.08.1945

Erstvorstellung 03.02.2025: Z. n. Sturz auf die linke Hüfte am
01.02.2025. Ausgedehntes Hämatom trochantär links, Druckschmerz,
Bewegungsumfang schmerzhaft eingeschränkt. Röntgen Becken/Hüfte links:
keine Fraktur, deutliche Osteopenie. Bekannte Osteoporose (M81.0),
Therapie mit Alendronsäure 70 mg wöchentlich seit 2021.

Diagnose: Hüftprellung links (S70.0), ausgedehntes Hämatom.

Therapie: Ibuprofen 600 mg bei Bedarf, Pantoprazol 20 mg, KG 6x,
Hüftprotektor empfohlen. Kontrolle 24.02.2025: deutliche Besserung,
Restbeschwerden beim Liegen auf der linken Seite. Eine dauerhafte
Beeinträchtigung ist nicht zu erwarten. Behandlungsende voraussichtlich
Ende März.

gez. Dr. med. H. Wenzel
"""
    return mail("oezdemir", "sommer", "WG: Arztbericht Dr. Wenzel – Hasselbach",
                (2025, 3, 14, 9, 10), plain(body))


@M("NORMAL", "de", "internal",
   "trap: anonymised training case for apprentices (supermarket fall, broken ankle) with fictitious names")
def m057():
    body = """Liebe Azubis,

für den Berufsschulblock nächste Woche hier der Übungsfall. Alle Namen
sind frei erfunden, Ähnlichkeiten mit echten Akten wären Zufall.

Fall 4: "Der Sturz im Supermarkt"

Frau A. (fiktiv, ca. 60 Jahre) kauft am Samstagvormittag im Markt der
Fa. B-Frisch GmbH (VN, Betriebshaftpflicht) ein. In der Obstabteilung
rutscht sie auf einer zertretenen Weintraube aus und bricht sich das
rechte Sprunggelenk. Die letzte Kontrolle des Gangs laut Kontrollplan
war 45 Minuten vorher. Frau A. trägt Sandalen. Ihre Krankenkasse
verlangt 6.400 EUR Behandlungskosten, ihr Anwalt 6.000 EUR Schmerzensgeld.

Aufgaben:
1. Welche Anspruchsgrundlagen kommen in Betracht?
2. Hat die B-Frisch GmbH ihre Verkehrssicherungspflicht verletzt?
   (Stichwort: Kontrollintervalle im Lebensmitteleinzelhandel)
3. Spielt das Schuhwerk eine Rolle (§ 254 BGB)?
4. Wie gehen Sie mit den Arztberichten um, die der Anwalt per E-Mail
   schickt? Wer in der Akte darf sie sehen?
5. Formulieren Sie einen Zwischenbescheid an den Anwalt.

Abgabe bis Freitag, 11 Uhr, bei mir.

Viele Grüße
Kai-Uwe Sommer
Ausbildungsbeauftragter Schaden
"""
    return mail("sommer", ("Azubis Schaden", "azubis-schaden@" + INS),
                "Übungsfall 4 für den Berufsschulblock",
                (2025, 3, 14, 12, 30), plain(body, cte="8bit"))


@M("CONFIDENTIAL", "en", "insurer-to-assessor",
   "instruction to loss adjuster: insured's drone crashed into neighbour's greenhouse, names, address, photos attached; nobody hurt")
def m058():
    body = """Dear Mr Hoffmann,

please inspect the following claim for us:

  Claim no.:   25-HS-005560
  Policy:      private liability 61-9051833 (incl. drones up to 5 kg)
  Insured:     Mr Aaron Whitlock, Am Sonnenhang 21, 34292 Ahnatal
  Third party: Mr and Mrs Tiedemann, Am Sonnenhang 23 (greenhouse)

On 9 March Mr Whitlock lost control of his DJI drone (battery warning)
and it crashed through the roof of the neighbours' greenhouse. Four
polycarbonate panels are broken and one aluminium strut is bent. The
Tiedemanns were not in the garden at the time; no one was hurt.

The neighbours' gardener has quoted EUR 2,480 for a new roof section; we
think partial repair should be possible. Please check whether the panels
are still available and whether the greenhouse was already weathered.

Mr Whitlock speaks English and basic German; the Tiedemanns speak German
only. Contact: Mr Whitlock 0176 2281 9043, Mrs Tiedemann 0561 49 71 30.

Three photos from Mr Whitlock are attached.

Thanks and regards

Priya Natarajan
International Claims Desk
Kaltenbach Versicherung AG
"""
    return mail("natarajan", ("Bernd Hoffmann", "b.hoffmann@schadenservice-nordhessen.example"),
                "Instruction 25-HS-005560 - drone / greenhouse, Ahnatal",
                (2025, 3, 17, 10, 11),
                multi("mixed", plain(body, charset="us-ascii", cte="7bit"),
                      attach(png(32, 24, 1), "image/png", "greenhouse_roof_1.png"),
                      attach(png(32, 24, 2), "image/png", "greenhouse_roof_2.png"),
                      attach(png(24, 32, 3), "image/png", "drone_wreck.png")))


@M("STRICTLY_CONFIDENTIAL", "en", "internal",
   "request to the group medical adviser: dog-bite claimant's hand surgery, tendon repair, finger stiffness, scar")
def m059():
    body = """Dear Dr Lindqvist,

could you please review the medical documents in claim 25-HS-004012
(claimant: Jordan Alvarez, 22, music student from Austin, Texas, currently
on exchange in Kassel)?

Background: bitten in the left hand by our policyholder's dog on
11 January. Flexor tendon repair of index and middle finger the same
night; splint for six weeks; hand therapy since.

Documents in the DMS (folder MED):
- operation report, Klinikum Kassel, 12/01/2025
- hand therapy report of 10/03/2025: index finger PIP extension deficit
  of 25 degrees, grip strength 60 % of the right side
- photos of the scar (dorsal hand, approx. 4 cm)

Questions:
1. Is a permanent functional impairment likely? The claimant is a
   pianist; what prognosis would you expect for fine motor use?
2. Is scar revision by a plastic surgeon medically indicated, and what
   would be a reasonable cost range in the US?
3. Are the 24 further hand therapy sessions requested appropriate?

We have a signed medical authority on file.

Many thanks
Selin
"""
    return mail("aydin", ("Dr Karin Lindqvist", "medical-adviser@kaltenbach-group.example"),
                "Medical review request - claim 25-HS-004012",
                (2025, 3, 18, 9, 30), plain(body, charset="us-ascii", cte="7bit"))


@M("NORMAL", "de", "insurer-to-partner",
   "trap: press release with total bodily-injury payouts, dog bites and slip figures, no person")
def m060():
    body = """PRESSEMITTEILUNG – zur sofortigen Veröffentlichung

Kaltenbach Versicherung: 41 Millionen Euro für Personenschäden in der
Privathaftpflicht

Kassel, 19. März 2025. Die Kaltenbach Versicherung AG hat 2024 in der
Privat-, Hunde- und Haus- und Grundbesitzerhaftpflicht insgesamt 41,3 Mio.
Euro für Personenschäden gezahlt – 9 Prozent mehr als im Vorjahr.

Die häufigsten Ursachen:
- Stürze auf Gehwegen und Treppen: 1.140 Fälle, durchschnittlich 7.900 Euro
- Hundebisse: 612 Fälle, durchschnittlich 3.400 Euro
- Unfälle beim gemeinsamen Sport und Spiel: 498 Fälle
- Radfahrende auf Gehwegen: 302 Fälle

"Schmerzensgelder steigen, und die Krankenkassen fordern ihre
Behandlungskosten konsequent zurück", sagt Matthias Overbeck,
Vorstand Schaden. "Ein einziger Sturz vor dem eigenen Haus kann schnell
sechsstellig werden – etwa wenn ein älterer Mensch danach dauerhaft
pflegebedürftig ist."

Der Versicherer rät Hauseigentümern, den Winterdienst schriftlich zu
regeln und zu dokumentieren, und Hundehaltern, ihre Tiere in
unbekannten Situationen anzuleinen.

Pressekontakt:
Lena Vogt, Unternehmenskommunikation
Tel. 0561 7788-1050, presse@kaltenbach-versicherung.example
"""
    return mail("presse", [("Redaktion Nordhessen Kurier", "redaktion@nordhessen-kurier.example"),
                           ("Wirtschaftsredaktion", "wirtschaft@hessen-rundfunk.example")],
                "Pressemitteilung: 41 Mio. Euro für Personenschäden in der Privathaftpflicht",
                (2025, 3, 19, 10, 0), plain(body), extra=[("Precedence", "bulk")])


@M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
   "German letter with English summary: friend fell from ladder helping with gutters, heel fracture, favour cover, health-insurer recourse")
def m061():
    body = """Sehr geehrter Herr Coleman,

wie telefonisch besprochen (English summary below):

Schaden-Nr.: 25-HS-005088, Vertrag: Privathaftpflicht 61-0448126

Ihr Freund Herr Stefan Reimold hat Ihnen am 01.03.2025 beim Reinigen der
Dachrinne geholfen und ist von der Leiter gestürzt, als diese auf dem
nassen Pflaster weggerutscht ist. Er hat sich das rechte Fersenbein
gebrochen (Calcaneusfraktur, OP am 03.03.) und ist voraussichtlich drei
Monate arbeitsunfähig.

Schäden bei Gefälligkeitshilfen sind in Ihrem Tarif Komfort bis 100.000
EUR mitversichert, auch wenn Ihnen nur leichte Fahrlässigkeit vorzuwerfen
ist. Bitte teilen Sie uns mit, wer die Leiter aufgestellt hat und ob sie
gesichert war. Die Krankenkasse von Herrn Reimold wird sich
voraussichtlich bei uns melden.

English summary:
Your friend Stefan Reimold broke his right heel bone when the ladder
slipped while he was helping you clean the gutters on 1 March. He had
surgery on 3 March and will be off work for about three months. Injuries
to people helping you as a favour are covered under your Komfort policy
up to EUR 100,000. Please tell us who set up the ladder and whether it
was secured. His health insurer will probably contact us to recover its
costs - please forward any letters you receive.

Mit freundlichen Grüßen / Kind regards

Jana Thielmann
Kaltenbach Versicherung AG
"""
    return mail("thielmann", ("Ryan Coleman", "ryan.coleman@mailbox-us.example"),
                "Schaden 25-HS-005088 – Leitersturz Herr Reimold / ladder accident",
                (2025, 3, 19, 14, 2), plain(body))


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "tenant move-out damage (burn mark in laminate): customer, landlord, claim and policy number, deduction for age, excess")
def m062():
    body = """Hallo Frau Thomsen,

danke für die Unterlagen. Zu Ihrem Mietsachschaden (25-HS-005311,
Privathaftpflicht 61-6129057):

Ihre Vermieterin, Frau Rosemarie Jäger, verlangt für den Brandfleck im
Laminat des Schlafzimmers (Bügeleisen umgefallen, Oktober 2024) den
Austausch des gesamten Bodens im Raum, 1.240 EUR laut Angebot Fa.
Bodenwelt Vellmar.

Das Laminat wurde nach dem Übergabeprotokoll 2014 verlegt, ist also über
zehn Jahre alt. Bei Laminat rechnen wir mit einer Lebensdauer von etwa
15 Jahren. Wir ersetzen deshalb den Zeitwert, das sind hier rund ein
Drittel des Neupreises:

  Neuwert lt. Angebot        1.240,00 EUR
  Abzug neu für alt (2/3)   - 826,67 EUR
  Zeitwert                    413,33 EUR
  Ihre Selbstbeteiligung    - 150,00 EUR
  Zahlung an Frau Jäger       263,33 EUR

Den Rest kann Frau Jäger nicht von Ihnen verlangen; sie darf ihn auch
nicht mit der Kaution verrechnen. Sollte sie widersprechen, geben Sie ihr
gern meine Durchwahl.

Viele Grüße
Martina Özdemir
Kundenservice Schaden
Kaltenbach Versicherung AG
"""
    return mail("oezdemir", ("Carla Thomsen", "carla.thomsen@webpost.example"),
                "Ihr Mietsachschaden 25-HS-005311 – Abrechnung",
                (2025, 3, 20, 16, 22), plain(body, charset="windows-1252", cte="quoted-printable"))


@M("NORMAL", "en", "insurer-to-supplier",
   "trap: purchase order for AEDs and first-aid training for staff, supplier company, no person")
def m063():
    body = """Dear Mr Kramer,

further to your quotation Q-2025-0412, we hereby order:

 Item  Qty  Description                                      Unit price
 1      3   AED "LifeStart Pro" incl. wall cabinet + alarm   EUR 1,890.00
 2      6   Spare electrode pads adult                       EUR    49.00
 3      2   Spare electrode pads paediatric                  EUR    54.00
 4      1   First-aid training (first aiders refresher),
            2 days, max. 20 participants, on our premises    EUR 1,450.00
 5      1   Introduction to AED use for all staff,
            4 x 90 min (online)                              EUR   480.00

PO number: EK-2025-00452
Delivery address: Kaltenbach Versicherung AG, Facility Management,
Wilhelmshoeher Allee 212, 34119 Kassel (gate 3)
Installation: reception, canteen, data centre corridor.

Training dates: please propose two dates in May. The list of participants
will be sent by our occupational health and safety officer; you will only
receive first names and departments.

Invoice to: invoices@kaltenbach-versicherung.example, quoting the PO number.

Kind regards
Oliver Brandt
Procurement / Facility Management
Kaltenbach Versicherung AG
"""
    return mail("einkauf", ("Henrik Kramer", "sales@rescue-equipment.example"),
                "PO EK-2025-00452 - AEDs and first-aid training",
                (2025, 3, 20, 8, 40), plain(body, charset="us-ascii", cte="7bit"))


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-claimant",
   "Polish care worker attacked by insured's dog: PTSD symptoms, trauma therapy, therapist report requested")
def m064():
    body = """Dear Ms Wiśniewska,

thank you for your e-mail of 14 March and for sending the invoices.

We have noted that, following the attack by Mrs Pohlmann's dog on
6 February while you were on your way to a client in Lohfelden, you are
no longer able to go out alone, have nightmares and have started trauma
therapy with Ms Dipl.-Psych. Carola Franke in Kassel. We also have the
emergency department report about the bites to both forearms and your
left thigh.

Our policyholder's dog-owner liability insurance covers the cost of your
therapy insofar as it is not paid by your health insurance, as well as
compensation for pain and suffering. To assess the psychological injury
we need a short report from Ms Franke (diagnosis, number of sessions so
far and planned, prognosis, whether you are fit to work). Please ask her
to send it to us directly; the signed authority you sent covers her.

We have today transferred a further advance of EUR 1,500 to your account
with PKO Bank.

If it is easier for you, we can also communicate in Polish - a colleague
in our team speaks Polish and can call you.

Claim reference: 25-HS-004860

Kind regards

Selin Aydin
Bodily Injury & Recoveries
Kaltenbach Versicherung AG
"""
    return mail("aydin", ("Agnieszka Wiśniewska", "a.wisniewska@poczta-mail.example"),
                "Your claim 25-HS-004860 - therapy and further advance",
                (2025, 3, 21, 11, 35), plain(body))


@M("CONFIDENTIAL", "en", "insurer-to-broker",
   "reply to English broker: client's holiday-villa damage in Mallorca (broken glass door), policy, claim, reserve, nobody hurt")
def m065():
    body = """Hi Gareth,

re your client Mrs Pamela Hurst (private liability 61-8830512), claim
25-HS-005402:

- Incident: 27 February 2025, rented villa "Ca'n Bou", Pollenca, Mallorca.
  Her grandson kicked a football against the glass patio door, which
  shattered. Nobody was hurt - he was standing well back, fortunately.
- Cover: damage to rented holiday accommodation is included (limit EUR
  500,000, excess EUR 150). Grandson is a visiting minor, not living with
  Mrs Hurst, so technically he is a third party; but as she was
  supervising him and accepts responsibility, we will handle it as her
  claim under the supervision duty.
- Owner's agent (Illa Rentals S.L.) has quoted EUR 1,960 incl. IVA for a
  new tempered glass door. Reserve set at EUR 2,000.
- We have asked the agent whether the holiday deposit of EUR 800 was
  retained; if so, we will reimburse Mrs Hurst instead of paying the
  owner.

I'll keep you posted.

Best,
Priya
"""
    return mail("natarajan", ("Gareth Lloyd", "g.lloyd@crestwood-brokers.example"),
                "RE: Hurst - claim 25-HS-005402 (Mallorca)",
                (2025, 3, 21, 16, 1), plain(body, charset="us-ascii", cte="7bit"),
                in_reply_to=fwd_ref("m065"))


@M("NORMAL", "de", "internal",
   "trap: quarterly KPI report for liability claims with bodily-injury counts, durations and payouts, aggregated only")
def m066():
    body = """Hallo Markus,

hier die KPIs Haftpflicht-Schaden Q4/2024 für den Bereichsbericht. Zahlen
aus dem DWH, Stand 08.01.2025.

                                  Q4/2023   Q4/2024   Veränd.
Neue Schäden gesamt                 4.812     5.106    +6,1 %
  davon Sachschäden                 4.274     4.492    +5,1 %
  davon Personenschäden               538       614   +14,1 %
Erledigungsquote (Anzahl)           71,4 %    69,8 %
Ø Laufzeit Sachschaden (Tage)          24        26
Ø Laufzeit Personenschaden (Tage)     212       231
Ø Zahlung Personenschaden (EUR)     6.870     7.410    +7,9 %
Regresse Krankenkassen (Anzahl)       301       346
Anwaltlich vertretene Geschädigte    38 %      41 %
Beschwerden (BaFin/Ombudsmann)          4         6

Auffällig:
- Der Anstieg bei den Personenschäden kommt fast vollständig aus
  Glätteunfällen im Dezember (Kältewelle 2.–12.12.).
- Die Laufzeit steigt, weil wir bei Arztberichten im Schnitt 41 Tage
  auf die Schweigepflichtentbindungen warten.

Grafiken schicke ich dir separat als PowerPoint.

Gruß
David
"""
    return mail("kowalczyk", "dreyer", "KPIs Haftpflicht-Schaden Q4/2024",
                (2025, 1, 10, 12, 15), plain(body, cte="8bit"))


@M("STRICTLY_CONFIDENTIAL", "de", "internal",
   "short approval on top; the quoted request holds the settlement with permanent knee damage, MdE and amounts")
def m067():
    body = """Ok, freigegeben. Bitte Abfindungserklärung mit Vorbehalt für
materielle Zukunftsschäden, nicht für immaterielle.

Markus

Am 24.03.2025 um 10:12 schrieb Selin Aydın:
> Hallo Markus,
>
> bitte um Freigabe (über meiner Vollmacht von 25.000 EUR):
>
> Akte 24-HS-018823, Geschädigter Bernd Oschmann (62), VN Anke Riedesel
> Sturz Kellertreppe 14.09.2024, Tibiakopffraktur rechts, Osteosynthese.
> Laut Gutachten Dr. Rehm vom 10.03.: Dauerschaden mit
> Bewegungseinschränkung des rechten Knies (Beugung 0/5/95), MdE 20 %,
> posttraumatische Arthrose wahrscheinlich, Knie-TEP in 3–5 Jahren zu
> erwarten (teilweise unfallbedingt, Vorschaden Gonarthrose III).
>
> Vergleichsvorschlag RA Brückner:
>   Schmerzensgeld                      22.000 EUR
>   Haushaltsführungsschaden            4.860 EUR
>   Fahrtkosten / Zuzahlungen             712 EUR
>   Anwaltskosten (RVG)                 2.118 EUR
>   --------------------------------------------
>   gesamt                              29.690 EUR
>
> Mein Vorschlag: annehmen. Vor Gericht sehe ich eher 20–25 TEUR plus
> Kosten. Regress der BKK Werra läuft getrennt.
>
> Selin
"""
    return mail("dreyer", "aydin", "AW: Freigabe Vergleich 24-HS-018823",
                (2025, 3, 24, 11, 3), plain(body), in_reply_to=fwd_ref("m067"))


@M("CONFIDENTIAL", "de", "company",
   "property manager's letter forwarded: insured tenant damaged stairwell, tenant and flat named, invoice; no injury")
def m068():
    body = """Hallo Martina, gehört zu 25-HS-004560 (Van der Linden). Die
Hausverwaltung hat jetzt direkt an uns geschrieben. Rechnung liegt als
Scan im DMS.

Jana

-------- Original-Nachricht --------
Betreff: Schaden Treppenhaus Friedrich-Ebert-Str. 119 / Mieterin Van der Linden
Datum: 24.03.2025 14:51
Von: Sandra Rößler <s.roessler@hausverwaltung-fulda-tal.example>
An: haftpflicht-schaden@kaltenbach-versicherung.example

Sehr geehrte Damen und Herren,

als Verwalterin des Objekts Friedrich-Ebert-Str. 119, 34119 Kassel,
(Eigentümergemeinschaft) teilen wir mit, dass der Schaden im Treppenhaus
vom 01.02.2025 inzwischen beseitigt ist. Verursacherin ist die Mieterin
der Wohnung 3. OG links, Frau Marieke Van der Linden, die uns Ihre
Schadennummer genannt hat.

Tischlerei Gundlach: 2 Geländerstäbe Eiche, Anpassung, Montage
  642,60 EUR brutto
Malerbetrieb Schuchardt: Ausbesserung Wandanstrich 2. OG
  298,50 EUR brutto

Wir bitten um Überweisung von 941,10 EUR auf das Konto der WEG
Friedrich-Ebert-Str. 119 bei der Kasseler Sparkasse (siehe Rechnung).

Mit freundlichen Grüßen
Sandra Rößler
Hausverwaltung Fulda-Tal GmbH
"""
    return mail("thielmann", "oezdemir", "WG: Schaden Treppenhaus Friedrich-Ebert-Str. 119 / Mieterin Van der Linden",
                (2025, 3, 25, 8, 20), plain(body, cte="8bit"))


@M("NORMAL", "en", "internal",
   "trap: data-protection e-learning quiz on medical evidence in liability claims with invented scenarios")
def m069():
    body = """Hi all,

our quarterly data protection quiz is live. 10 questions, takes about
5 minutes. Here are the first three as a teaser - answers at the end.

Q1. A claimant's solicitor e-mails you an MRI report. Where do you store
    it?
    a) in the general claim folder
    b) in the DMS with document class MED
    c) on the shared drive "Scans"

Q2. A health insurer asks for "everything you have" on its insured in a
    recourse case. What do you send?
    a) the full claim file
    b) only what is needed to settle its recourse claim
    c) nothing, ever

Q3. Your colleague is on holiday and a hospital discharge letter for her
    file lands in your inbox. You...
    a) forward it to her private e-mail so she can look at it
    b) save it to her file and tell her when she is back
    c) print it and put it on her desk

Answers: 1b, 2b, 3b.

The scenarios are invented; please don't use real claim files when you
discuss the quiz with your teams.

Full quiz: https://learning.kaltenbach-versicherung.example/quiz/dp-2025-q1

Rebecca
"""
    return mail("hale", ("International Claims Team", "international-claims-team@" + INS),
                "Data protection quiz Q1 - medical evidence",
                (2025, 3, 25, 9, 0), plain(body, charset="us-ascii", cte="7bit"))


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
   "liability accepted at 70 % for the icy-pavement fall, injuries listed, contributory negligence for footwear")
def m070():
    body = """Sehr geehrter Herr Dr. Weil,

Ihr Zeichen: 22/25 W – Pauly ./. Hartwig
unser Zeichen: 25-HS-004117

nach Prüfung der Unterlagen nehmen wir wie folgt Stellung:

1. Haftung
Unsere Versicherungsnehmerin hatte den Winterdienst einem
Hausmeisterservice übertragen, diesen jedoch nicht kontrolliert. Am
09.01.2025 wurde nach dessen Protokoll erst um 8:15 Uhr gestreut. Eine
Verletzung der Verkehrssicherungspflicht erkennen wir daher dem Grunde
nach an.

Ihr Mandant trug nach Angaben der Zeugin Frau Mertens Turnschuhe mit
glatter Sohle und war mit dem Mobiltelefon beschäftigt. Bei erkennbarer
Glätte (Eisregen seit 5 Uhr) sehen wir ein Mitverschulden von 30 %
(§ 254 BGB). Wir regulieren auf Basis einer Haftungsquote von 70 %.

2. Verletzungen
Wir legen zugrunde: distale Radiusfraktur rechts (Plattenosteosynthese
10.01.2025), Sprunggelenksfraktur links Typ Weber B (Osteosynthese
14.01.2025, Stellschraubenentfernung 25.02.2025), geplante
Metallentfernung 2026. Für die behauptete Dauerschädigung des
Handgelenks bitten wir um den aktuellen Befund der Handchirurgie.

3. Zahlung
Auf das Schmerzensgeld zahlen wir einen weiteren Vorschuss von
3.000,00 EUR (insgesamt 4.500,00 EUR). Den Verdienstausfall bitten wir
anhand der Lohnabrechnungen und der Krankengeldbescheinigung zu beziffern.

Die Ansprüche der Krankenkasse Ihres Mandanten regulieren wir direkt.

Mit freundlichen Grüßen

Selin Aydın
Personenschaden & Regress
Kaltenbach Versicherung AG
"""
    return mail("aydin", ("RA Dr. Konstantin Weil", "k.weil@brueckner-weil.example"),
                "Pauly ./. Hartwig – unsere Stellungnahme, Ihr Zeichen 22/25 W",
                (2025, 3, 26, 15, 20), plain(body))


@M("CONFIDENTIAL", "mixed", "insurer-to-customer",
   "German/English: child's ball broke neighbour's solar panel, names, address, claim and policy number, nobody hurt")
def m071():
    body = """Hello Mrs Okafor,

as promised a short summary in English first, the official German letter
follows below for your neighbour and your files.

Your son Daniel's football broke one solar panel on the roof of Mr
Siebert's carport (Am Eichwald 5). We will pay for the repair; the solar
installer's quote is fine. No need to do anything else - we will contact
Mr Siebert directly. Good to hear that nobody was hurt.

Best regards, Jana Thielmann

------------------------------------------------------------------------

Sehr geehrte Frau Okafor,

Schaden-Nr.: 25-HS-005907
Vertrag: Privathaftpflicht Familie 61-2277310
Schadentag: 22.03.2025

am 22.03.2025 hat Ihr Sohn Daniel (12) beim Fußballspielen im Garten ein
Photovoltaikmodul auf dem Carportdach Ihres Nachbarn, Herrn Klaus
Siebert, Am Eichwald 5, 34128 Kassel, beschädigt (Glasbruch).

Die Kosten laut Angebot der Fa. Solartechnik Reinhardswald GmbH in Höhe
von 486,00 EUR (Modul, Montage, Prüfung) übernehmen wir vollständig. Eine
Selbstbeteiligung ist in Ihrem Vertrag nicht vereinbart.

Mit freundlichen Grüßen
Jana Thielmann
Kaltenbach Versicherung AG
"""
    return mail("thielmann", ("Chioma Okafor", "chioma.okafor@webpost.example"),
                "Solarmodul Herr Siebert / solar panel – Schaden 25-HS-005907",
                (2025, 3, 27, 10, 5), plain(body, cte="8bit", flowed=True))


@M("NORMAL", "de", "insurer-to-customer",
   "trap: one-time password for SecureMail portal registration, no name, no claim reference")
def m072():
    body = """Guten Tag,

Sie haben sich für das Kaltenbach SecureMail-Portal registriert.

Ihr Einmal-Passwort lautet:

    Kf7#pQ2w-Lm9x

Das Passwort ist 72 Stunden gültig. Bei der ersten Anmeldung werden Sie
aufgefordert, ein eigenes Passwort und eine Sicherheitsfrage festzulegen.

Anmeldung: https://securemail.kaltenbach-versicherung.example/erstanmeldung

Falls Sie sich nicht registriert haben, ignorieren Sie diese Nachricht
bitte. Ihr Zugang wird dann nach Ablauf der Frist automatisch gelöscht.

Ihre Kaltenbach Versicherung AG
(automatisch erstellte Nachricht)
"""
    return mail("noreply", ("", "kanzlei@sauer-recht.example"),
                "Ihre Registrierung im SecureMail-Portal – Einmal-Passwort",
                (2025, 3, 27, 16, 42), plain(body), extra=[("Auto-Submitted", "auto-generated")])


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
   "large loss advice to the reinsurer: child's spinal cord injury on a trampoline, initials, age, claim number, reserve")
def m073():
    body = """LARGE LOSS ADVICE - LIABILITY XL TREATY 2025

To:        Albion Re, Liability Claims (Fiona McLaren)
From:      Kaltenbach Versicherung AG, Actuarial & Reinsurance
Date:      28 March 2025
Treaty:    Liability XL 2024, layer EUR 250k xs 250k and above
Our ref:   24-HS-021506
Line:      Private liability (family)
Date of loss: 24 August 2024
Location:  Vellmar, Hesse (policyholders' private garden)

Circumstances:
Claimant M.K., male, 9 years old at the date of loss, fell from a garden
trampoline at the policyholders' home while visiting their daughter. The
safety net had been removed. No adult supervision.

Injuries:
Incomplete spinal cord injury at T11 (ASIA C) with burst fracture T11,
posterior stabilisation on 25 August 2024. Inpatient paediatric spinal
rehabilitation since October 2024. Expected outcome: partial walking
ability, wheelchair for longer distances, neurogenic bladder dysfunction.
Care level assessment pending.

Liability: clear (breach of supervision duty). No contributory negligence
of a 9-year-old to be expected.

Reserve:
  Pain and suffering                 EUR   400,000
  Medical / care (capitalised)       EUR   780,000
  Home adaptation, aids, vehicle     EUR   180,000
  Loss of future earnings            EUR   350,000
  Health insurer recourse            EUR   140,000
  Total incurred                     EUR 1,850,000
  Paid to date                       EUR    25,000

Claimant represented by Kanzlei Dr. Sauer, Kassel.

Next review: September 2025 (end of inpatient rehab).

David Kowalczyk
"""
    return mail("kowalczyk", ("Fiona McLaren", "fiona.mclaren@albion-re.example"),
                "Large loss advice - our ref 24-HS-021506",
                (2025, 3, 28, 10, 30), plain(body, charset="us-ascii", cte="7bit"),
                extra=[("Sensitivity", "Company-Confidential")])


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "dog bit neighbour's cat: vet bill (animal health, not human), names, policy and claim number; windows-1252 8bit")
def m074():
    body = """Sehr geehrter Herr Zimmermann,

vielen Dank für Ihre Nachricht. Zu dem Vorfall vom 15.03.2025 zwischen
Ihrem Jack-Russell-Terrier "Fritz" und der Katze Ihrer Nachbarin, Frau
Hildegard Krause, teile ich Ihnen mit:

Hundehalterhaftpflicht 64-5518873, Schaden-Nr. 25-HS-005650

Die Tierarztrechnung der Kleintierpraxis am Bergpark über 437,82 EUR
(Wundversorgung unter Narkose, Antibiotikum, zwei Nachkontrollen) haben
wir geprüft. Sie ist nach der Gebührenordnung für Tierärzte korrekt
abgerechnet. Wir überweisen den Betrag direkt an Frau Krause.

Frau Krause hat zusätzlich 150 EUR "Schmerzensgeld für die Katze"
verlangt. Ein Schmerzensgeld für Tiere sieht das Gesetz nicht vor; das
haben wir ihr freundlich erklärt.

Fritz ist nach Ihren Angaben nicht verletzt worden. Sollte die Stadt
wegen des Vorfalls eine Leinenpflicht anordnen, informieren Sie uns
bitte.

Mit freundlichen Grüßen

Jana Thielmann
Kaltenbach Versicherung AG
"""
    return mail("thielmann", ("Horst Zimmermann", "horst.zimmermann@t-net-mail.example"),
                "Ihr Hund Fritz / Katze Frau Krause - Schaden 25-HS-005650",
                (2025, 3, 28, 13, 14), plain(body, charset="windows-1252", cte="8bit"))


@M("NORMAL", "de", "internal",
   "trap: lessons-learned minutes of the winter season with aggregated fall and injury counts, no individual case")
def m075():
    body = """Ergebnisprotokoll "Lessons learned Winter 2024/25"
Termin: 31.03.2025, 14:00–15:30, Teams
Teilnehmende: Dreyer, Aydın, Thielmann, Kranich, Kowalczyk, Vogt

1. Zahlen (Meldezeitraum 01.11.–31.03.)
   - 1.472 Glätteschäden gemeldet (Vorjahr 1.035)
   - davon 618 mit Personenschaden, 26 mit stationärer Behandlung > 14
     Tage, 3 Todesfälle (alle über 80 Jahre)
   - Spitze: KW 50 mit 311 Meldungen an einem Tag im Callcenter
   - 44 % der Geschädigten waren bei Meldung bereits anwaltlich vertreten

2. Was gut lief
   - Sonderteam "Glätte" aus 6 Personen hat Erstkontakt innerhalb von
     48 Stunden geschafft (Ziel 72 h)
   - Kundenbrief Januar (Streupflicht) wurde 41.000-mal geöffnet

3. Was schlecht lief
   - Winterdienstverträge der VN lagen oft nicht vor; Vorschlag: bei
     Haus- und Grundbesitzer-Anträgen künftig abfragen
   - Schweigepflichtentbindungen kamen oft unvollständig zurück
     (Krankenhaus fehlte). Textbaustein PS-017 ist angepasst.
   - Zu viele Arztberichte per unverschlüsselter E-Mail eingegangen →
     Hinweis auf SecureMail in allen Erstbriefen

4. Aufgaben
   - Vogt: Kampagne "Winter ready" für Oktober vorbereiten
   - Kowalczyk: Reservierungsmodell Glätte überarbeiten
   - Dreyer: Personalplanung Sonderteam 2025/26

Protokoll: J. Thielmann
"""
    return mail("thielmann", ["dreyer", "aydin", "kranich", "kowalczyk", "vogt"],
                "Protokoll Lessons learned Winter 2024/25",
                (2025, 4, 1, 9, 12), plain(body))


@M("STRICTLY_CONFIDENTIAL", "de", "health-insurer",
   "harmless body; attached PDF of a private health insurer's § 86 VVG recourse: roof tile hit a passer-by, concussion, head wound, CT")
def m076():
    letter = pdf([
        "Medicura Krankenversicherung AG",
        "Leistungsregress · Postfach 40 12 28 · 80712 München",
        "",
        "Kaltenbach Versicherung AG",
        "Haftpflicht-Schaden",
        "34119 Kassel",
        "",
        "München, 28.03.2025",
        "Unser Zeichen: LR-25-00871-Sch",
        "",
        "Forderungsübergang nach § 86 VVG",
        "Versicherte Person: Herr Dr. Martin Schaper, geb. 19.10.1971",
        "Ihr Versicherungsnehmer: Herr Wilfried Engelhardt, Untere Königsstraße 60, Kassel",
        "",
        "Sehr geehrte Damen und Herren,",
        "",
        "am 21.02.2025 wurde unser Versicherter auf dem Gehweg vor dem Anwesen Ihres",
        "Versicherungsnehmers von einem herabfallenden Dachziegel am Kopf getroffen.",
        "Er erlitt eine Kopfplatzwunde parietal (8 cm) und eine Gehirnerschütterung",
        "(S06.0). Die Behandlung erfolgte in der Notaufnahme des Klinikums Kassel",
        "(CT Schädel ohne Blutung, Wundnaht) mit anschließender stationärer",
        "Überwachung für zwei Nächte. Wegen anhaltender Kopfschmerzen und",
        "Schwindel folgten neurologische Kontrollen (MRT am 10.03.2025).",
        "",
        "Unsere Leistungen:",
        "  Klinikum Kassel, Wahlleistung Chefarzt/Zweibettzimmer    3.912,44 EUR",
        "  Radiologie Kassel-Mitte (MRT)                              612,18 EUR",
        "  Neurologische Praxis Dr. Feld (3 Konsultationen)           488,60 EUR",
        "  Summe                                                    5.013,22 EUR",
        "",
        "Wir bitten um Ausgleich binnen vier Wochen.",
        "",
        "Mit freundlichen Grüßen",
        "Medicura Krankenversicherung AG - i. A. B. Schindler",
    ], title="Regress LR-25-00871", author="Medicura Krankenversicherung AG")
    body = """Hallo Frau Aydın,

anbei Scan aus der Tagespost zur weiteren Bearbeitung.

Posteingang
"""
    return mail("poststelle", "aydin", "Scan Tagespost 31.03. – Medicura",
                (2025, 3, 31, 12, 40),
                multi("mixed", plain(body, cte="8bit"),
                      attach(letter, "application/pdf", "Scan_20250331_124011.pdf")),
                subj_charset="utf-8")


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "policy schedule PDF for an expat: birth date, address, policy number and premium; no health data")
def m077():
    sched = pdf([
        "Kaltenbach Versicherung AG",
        "POLICY SCHEDULE - PRIVATE LIABILITY INSURANCE (translation for information)",
        "",
        "Policy number: 61-9470228",
        "Policyholder: Mr Rahul Mehta, born 04/12/1990",
        "Address: Heinrich-Heine-Str. 9, 34121 Kassel",
        "Co-insured: Mrs Ananya Mehta (spouse), born 27/07/1992",
        "",
        "Tariff: Komfort (family)",
        "Sum insured: EUR 50,000,000 per occurrence (bodily injury, property damage, financial loss)",
        "Excess: none",
        "Period: 01/04/2025 - 01/04/2026, renews annually",
        "Annual premium incl. 19 % insurance tax: EUR 112.40",
        "Payment: annual direct debit",
        "",
        "Included: rented property damage, loss of private keys (EUR 20,000),",
        "damage to borrowed items (EUR 5,000), drones up to 5 kg, worldwide cover up to 3 years.",
        "",
        "The German policy document is legally binding.",
    ], title="Policy schedule 61-9470228")
    body = """Dear Mr Mehta,

welcome to Kaltenbach! As requested, please find attached an English
translation of your policy schedule, e.g. for your landlord.

Your contract starts on 1 April 2025. The legally binding German documents
are in your customer portal.

Kind regards

Kaltenbach Kundenservice
International desk
"""
    return mail("service", ("Rahul Mehta", "rahul.mehta@mailbox-in.example"),
                "Your policy schedule (English translation) - 61-9470228",
                (2025, 4, 1, 10, 30),
                multi("mixed", plain(body, charset="us-ascii", cte="7bit"),
                      attach(sched, "application/pdf", "Policy_schedule_61-9470228_EN.pdf")))


@M("NORMAL", "en", "newsletter",
   "trap: HTML-only customer newsletter with winter safety tips, falls and fractures in general, no person")
def m078():
    h = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Winter safety</title></head>
<body style="font-family:Georgia,serif;max-width:620px;margin:auto;color:#1c1c1c">
<p style="font-size:12px;color:#888">Kaltenbach Expat News &middot; December special</p>
<h1 style="font-size:24px">Five winter rules that keep you out of A&amp;E &ndash; and out of court</h1>
<p>Every winter thousands of people in Germany slip on icy pavements. Broken wrists, ankles and hips are the
most common injuries, and older people are hit hardest. If the fall happens in front of your house,
the injured person may claim against you.</p>
<ol>
<li><b>Know your duty.</b> In most towns owners &ndash; and often tenants, via the lease &ndash; must clear and grit
the pavement in front of the building on working days from 7 a.m.</li>
<li><b>Grit, don't just sweep.</b> Many towns ban road salt on pavements; use grit or sand.</li>
<li><b>Going away?</b> Arrange a neighbour or a service and write it down.</li>
<li><b>Document.</b> A quick photo with a time stamp can settle a dispute months later.</li>
<li><b>Check your cover.</b> Private liability covers your own home; landlords need property-owner liability.</li>
</ol>
<p>Fell yourself? Personal accident insurance pays regardless of who is to blame &ndash; ask us for a quote.</p>
<p style="font-size:11px;color:#888">Kaltenbach Versicherung AG &middot; Wilhelmsh&ouml;her Allee 212 &middot; 34119 Kassel<br>
<a href="https://www.kaltenbach-versicherung.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    return mail("newsletter", ("", "expat-news@lists." + INS),
                "Five winter rules that keep you out of A&E",
                (2024, 12, 2, 7, 0), html(h, charset="us-ascii", cte="7bit"),
                extra=[("Precedence", "bulk")])


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "rejection for intent: insured punched a man at a party, broken nose; pending criminal proceedings (special category)")
def m079():
    body = """Sehr geehrter Herr Kraushaar,

Ihr Vertrag: Privathaftpflicht 61-3917560
Schaden-Nr.: 25-HS-005122

Sie haben uns mitgeteilt, dass Herr Dennis Lohse Sie auf Zahlung von
Schmerzensgeld und Behandlungskosten in Anspruch nimmt. Nach der uns
vorliegenden Strafanzeige und der Ladung der Staatsanwaltschaft Kassel
(Az. 8610 Js 4471/25) wird Ihnen vorgeworfen, Herrn Lohse am 01.03.2025
auf einer Geburtstagsfeier in Baunatal nach einem Wortwechsel mit der
Faust ins Gesicht geschlagen zu haben. Herr Lohse erlitt eine
Nasenbeinfraktur, die operativ reponiert wurde, und eine Platzwunde an
der Oberlippe.

Nach § 103 VVG und Ziffer 7.1 der Allgemeinen Versicherungsbedingungen
besteht kein Versicherungsschutz, wenn der Versicherungsnehmer den
Schaden vorsätzlich herbeigeführt hat. Ein gezielter Faustschlag ins
Gesicht ist eine vorsätzliche Körperverletzung; die Nasenbeinfraktur als
Folge haben Sie zumindest billigend in Kauf genommen.

Wir lehnen den Versicherungsschutz daher ab. Auch die Abwehr der
Ansprüche von Herrn Lohse übernehmen wir nicht.

Sollte das Strafverfahren zu einem anderen Ergebnis kommen (etwa
Notwehr), teilen Sie uns dies bitte mit; wir prüfen dann erneut.

Mit freundlichen Grüßen

Markus Dreyer
Teamleiter Haftpflicht-Schaden
Kaltenbach Versicherung AG
"""
    return mail("dreyer", ("Jens Kraushaar", "jens.kraushaar@gmx-post.example"),
                "Ihr Schaden 25-HS-005122 – Ablehnung des Versicherungsschutzes",
                (2025, 4, 2, 14, 0), plain(body))


@M("CONFIDENTIAL", "de", "insurer-to-claimant",
   "shop customer's coat torn on a protruding shelf screw in insured boutique: claimant named, IBAN, claim number; no injury")
def m080():
    body = """Sehr geehrte Frau Ahrens,

Ihre Reklamation vom 28.03.2025 gegenüber dem Modehaus Gerhold
(Inhaberin Frau Tanja Gerhold, Betriebshaftpflicht bei uns) haben wir
geprüft.

Schaden-Nr.: 25-HG-000655

Nach Ihrer Schilderung sind Sie beim Vorbeigehen an einem Regal mit dem
Ärmel an einer hervorstehenden Schraube hängen geblieben; der Ärmel Ihrer
Daunenjacke ist auf ca. 10 cm aufgerissen. Sie selbst wurden nicht
verletzt. Frau Gerhold hat bestätigt, dass die Abdeckkappe der Schraube
fehlte.

Die Jacke wurde im November 2022 für 229 EUR gekauft. Eine Reparatur ist
laut Änderungsschneiderei nicht sinnvoll möglich. Wir erstatten den
Zeitwert von 115,00 EUR.

Bitte bestätigen Sie uns kurz Ihre Bankverbindung
IBAN DE83 6281 4095 6612 1610 52 - Kontoinhaberin Jutta Ahrens
(wie in Ihrem Schreiben angegeben), dann überweisen wir umgehend.

Mit freundlichen Grüßen
Kai-Uwe Sommer
Schadenregulierung Gewerbe-Haftpflicht
Kaltenbach Versicherung AG
"""
    return mail("sommer", ("Jutta Ahrens", "jutta.ahrens@mailfix.example"),
                "Ihre Jacke / Modehaus Gerhold – Schaden 25-HG-000655",
                (2025, 4, 2, 16, 11), plain(body, charset="iso-8859-1", cte="quoted-printable"),
                subj_charset="utf-8")


@M("NORMAL", "de", "insurer-to-partner",
   "trap: annual settlement of a sharing agreement with a health insurer, case counts and sums only, in ODS")
def m081():
    sheet = ods([
        ["Teilungsabkommen Kaltenbach / Gesundheitskasse Fulda-Eder – Jahresabrechnung 2024"],
        ["Sparte", "Anzahl Fälle", "Aufwendungen Kasse EUR", "Quote", "Zahlbetrag Kaltenbach EUR"],
        ["Privathaftpflicht", 214, 512830.40, "55 %", 282056.72],
        ["Haus- und Grundbesitzer", 96, 388104.10, "60 %", 232862.46],
        ["Hundehalter", 71, 139422.85, "55 %", 76682.57],
        ["Betriebshaftpflicht", 58, 244960.00, "50 %", 122480.00],
        ["Summe", 439, 1285317.35, "", 714081.75],
        [],
        ["Fälle über Limit (60.000 EUR) – außerhalb des Abkommens", 3],
        ["Bereits geleistete Abschläge", "", "", "", 650000.00],
        ["Restzahlung", "", "", "", 64081.75],
    ], sheet="Abrechnung 2024")
    body = """Sehr geehrte Frau Abel,

anbei unsere Jahresabrechnung 2024 zum Teilungsabkommen (Stand
31.12.2024, Stichtag der Meldungen 15.01.2025). Einzelfallbezogene Daten
enthält die Tabelle nicht; die Fallliste haben Sie wie vereinbart über das
Verbandsportal erhalten.

Die Restzahlung von 64.081,75 EUR überweisen wir nach Ihrer Bestätigung
auf das Konto der Gesundheitskasse.

Mit freundlichen Grüßen
Selin Aydın
Personenschaden & Regress
Kaltenbach Versicherung AG
"""
    return mail("aydin", ("Kerstin Abel", "regress@gk-fulda-eder.example"),
                "Teilungsabkommen – Jahresabrechnung 2024",
                (2025, 4, 3, 10, 0),
                multi("mixed", plain(body), attach(sheet, CT_ODS, "TA_Jahresabrechnung_2024.ods")),
                cc=["dreyer"])


@M("STRICTLY_CONFIDENTIAL", "en", "internal",
   "pregnant guest slipped on insured's wet terrace: premature contractions, hospital observation; pregnancy is health data")
def m082():
    body = """Rebecca,

one for your awareness, as it may escalate.

Claim 25-HS-006014, policyholders Mr and Mrs Lindholm (Swedish, private
liability 61-5530871), Kassel-Wilhelmshoehe.

At a dinner party on 29 March their guest, Ms Hanna Berglund, slipped on
the wet wooden terrace (no anti-slip strips, it had been raining). She is
30 weeks pregnant. She fell on her side, had abdominal pain and premature
contractions in the evening and was admitted to the maternity ward of the
Klinikum for three days of observation and tocolysis. According to her
partner, mother and baby are fine and she was discharged on 2 April with
bed rest until further notice.

Nothing is claimed yet, but the partner has already asked the Lindholms
"which insurance will pay if something happens to the baby". I'd suggest
we reach out early and offer to cover out-of-pocket costs, and that the
file goes to Selin's team straight away.

Priya
"""
    return mail("natarajan", "hale", "25-HS-006014 Lindholm - pregnant guest fell on terrace",
                (2025, 4, 3, 11, 48), plain(body, charset="us-ascii", cte="7bit"), cc=["aydin"])


@M("CONFIDENTIAL", "de", "insurer-to-lawyer",
   "roof avalanche damaged a parked car: claimant's lawyer, names, addresses, plate, claim number; nobody hurt")
def m083():
    body = """Sehr geehrter Herr Rechtsanwalt Tamm,

Ihr Zeichen: T-118/25 Volkmann
unser Zeichen: 25-HS-004970, VN: Eheleute Gudrun und Peter Scheffler

am 05.02.2025 rutschte vom Dach des Hauses unserer Versicherungsnehmer
(Brückenhofstraße 22, Kassel) eine Dachlawine auf den am Straßenrand
geparkten Pkw Ihres Mandanten, Herrn Niklas Volkmann (VW Golf, KS-NV 77).
Personen kamen nicht zu Schaden.

Eine Haftung unserer Versicherungsnehmer besteht nach ständiger
Rechtsprechung nur, wenn besondere Umstände Schutzmaßnahmen erforderten
(z. B. ortsübliche Schneefanggitter, außergewöhnliche Schneelage,
Warnhinweise). Nach der Bauordnung der Stadt Kassel sind Schneefanggitter
nicht vorgeschrieben; das Dach ist mit 30° nur mäßig geneigt; an dem
Tag lagen ca. 15 cm Schnee, was in Kassel nicht außergewöhnlich ist.

Wir sehen daher keine Verletzung der Verkehrssicherungspflicht und lehnen
die Ansprüche Ihres Mandanten (Reparaturkosten 3.412,80 EUR laut
Gutachten, Nutzungsausfall, Pauschale) ab.

Mit freundlichen Grüßen
Jana Thielmann
Kaltenbach Versicherung AG
"""
    return mail("thielmann", ("RA Holger Tamm", "tamm@kanzlei-tamm.example"),
                "T-118/25 Volkmann ./. Scheffler – unser Zeichen 25-HS-004970",
                (2025, 4, 4, 9, 35), plain(body, cte="8bit"))


@M("NORMAL", "en", "insurer-to-customer",
   "trap: generic English product answer to a prospect about private liability and injuries to guests, no data")
def m084():
    body = """Hello,

thank you for your enquiry via our website. Happy to explain how private
liability insurance (Privathaftpflichtversicherung) works in Germany.

What it covers
If you accidentally injure someone or damage their property, the policy
pays justified claims and defends you against unjustified ones. Typical
examples: a guest slips in your bathroom and breaks an arm; you knock over
a friend's TV; your child scratches a parked car.

What it doesn't cover
Damage you cause on purpose, damage to your own things, and accidents
with your car (that's motor insurance). Dogs and horses need their own
policy.

Our tariffs
  Basis    EUR 10m cover, from EUR 49 a year
  Komfort  EUR 50m cover, borrowed items, key loss, from EUR 79 a year
  Premium  EUR 100m cover, all extras, from EUR 109 a year

Family cover includes your partner and children. You can sign up online
in English at https://www.kaltenbach-versicherung.example/en/liability - it
takes about five minutes and cover can start the next day.

Kind regards

Kaltenbach Customer Service
International desk
"""
    return mail("service", ("", "newcomer.kassel@mailbox-uk.example"),
                "RE: Question about liability insurance",
                (2025, 4, 4, 14, 20), plain(body, charset="us-ascii", cte="7bit"))


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
   "request to a GP about prior knee complaints of a claimant with meniscus tear after tripping over a garden hose")
def m085():
    body = """Sehr geehrte Frau Dr. Lehnhardt,

Ihre Patientin, Frau Marlene Dietz, geb. 17.01.1966, Im Grund 9, 34260
Kaufungen, macht gegen unseren Versicherungsnehmer Ansprüche aus einem
Sturz am 16.02.2025 geltend. Sie ist im Garten ihrer Nachbarin über einen
quer über den Weg liegenden Gartenschlauch gestolpert. Laut MRT vom
03.03.2025 besteht ein Korbhenkelriss des Innenmeniskus links, der am
12.03.2025 arthroskopisch genäht wurde.

Eine von Frau Dietz unterzeichnete Schweigepflichtentbindung, die sich
ausdrücklich auch auf Sie als Hausärztin bezieht, fügen wir als Kopie bei
(per Post).

Wir bitten um Beantwortung folgender Fragen:

1. Wurde Frau Dietz vor dem 16.02.2025 wegen Beschwerden am linken Knie
   behandelt? Wenn ja, wann und mit welcher Diagnose?
2. Sind degenerative Veränderungen (z. B. Gonarthrose) bekannt?
3. Seit wann ist Frau Dietz arbeitsunfähig, und ist ein Ende absehbar?

Für Ihren Befundbericht erstatten wir die Gebühr nach GOÄ (Nr. 75) zzgl.
Porto. Ein Freiumschlag liegt dem Postversand bei.

Schaden-Nr.: 25-HS-004894

Mit freundlichen Grüßen
Selin Aydın
Personenschaden & Regress
Kaltenbach Versicherung AG
"""
    return mail("aydin", ("Praxis Dr. Lehnhardt", "praxis@hausarzt-kaufungen.example"),
                "Anfrage Befundbericht – Ihre Patientin Frau Marlene Dietz",
                (2025, 4, 7, 8, 55), plain(body))


@M("CONFIDENTIAL", "de", "internal",
   "calendar invitation for an on-site inspection: claimant's name, address and phone in ICS, garage roof damage, no injury")
def m086():
    cal = ics("Besichtigung 25-HS-005731 Kessler / Baumbach (Garagendach)", "20250410T100000", "20250410T110000",
              location="Lange Str. 15, 34233 Fuldatal",
              description=("Geschädigte: Frau Doris Kessler, Tel. 0561 81 20 447. Fichte vom Grundstück "
                           "VN Ewald Baumbach (Lange Str. 17, HuG 66-2048815). Baumstumpf ansehen "
                           "(Fäulnis?), Garagendach Wellblech, Kostenvoranschlag Dachdecker 2.960 EUR. "
                           "Keine Personen verletzt."),
              organizer=("Tobias Kranich", "tobias.kranich@" + INS),
              attendees=[("Jana Thielmann", "jana.thielmann@" + INS)])
    body = """Jana,

Termin in Fuldatal steht, Einladung anbei. Frau Kessler hat den Baumstumpf
nicht entfernen lassen – gut so. Ich nehme den Baumgutachter Herrn Adam
mit, wenn er Zeit hat.

Tobias
"""
    return mail("kranich", "thielmann", "Besichtigung Fuldatal 10.04. – 25-HS-005731",
                (2025, 4, 7, 13, 2),
                multi("mixed", plain(body, cte="8bit"),
                      attach(cal, "text/calendar", "Besichtigung_Kessler.ics", extra_ct="; method=REQUEST; charset=utf-8")))


@M("NORMAL", "de", "internal",
   "trap: IT change notice introducing the document class 'Arztbericht' with access roles, no document or person")
def m087():
    body = """Change CHG-2025-0093 – Ankündigung

Was: Neue Dokumentklasse "MED – Arztbericht/Gutachten" im Schadensystem
     SchadenPlus und im DMS
Wann: Samstag, 15.03.2025, 06:00–12:00 Uhr (Wartungsfenster)
Wer ist betroffen: alle Schadenteams, Posteingang/Scan-Center

Änderungen:
1. Dokumente der Klasse MED (Arztberichte, Entlassungsbriefe,
   OP-Berichte, medizinische Gutachten, Rechnungen mit Diagnosen) sind
   nur noch für die Rollen "Personenschaden", "Regress" und "Medizinischer
   Dienst" sichtbar.
2. Beim Scannen erkennt die Klassifizierung Stichworte wie "Diagnose",
   "ICD", "Befund", "Entlassungsbrief" und schlägt MED vor; die
   Sachbearbeitung bestätigt.
3. Der Export von MED-Dokumenten per E-Mail ist nur noch über die
   Funktion "Sicher versenden" (Portal) möglich.
4. Altbestand: bleibt zunächst unverändert, Migration folgt (siehe
   Protokoll Datenschutz vom 05.02.).

Rückfragen: Frank Oberndorfer, IT-Anwendungsbetreuung Schaden, -3317

Dies ist eine Information des Change Managements.
"""
    return mail("oberndorfer", ("Bereich Schaden", "bereich-schaden@" + INS),
                "[Change] CHG-2025-0093 Dokumentklasse MED – Wartungsfenster 15.03.",
                (2025, 3, 10, 15, 30), plain(body, cte="8bit"))


@M("STRICTLY_CONFIDENTIAL", "de", "claimant",
   "mother's mail forwarded: 6-year-old daughter bitten in the face, stitches; wound photo attached (PNG)")
def m088():
    body = """Hallo Jana,

die Mutter des gebissenen Mädchens hat an den Service geschrieben und ein
Foto geschickt. Gehört wohl zu eurem Hundeschaden Ramadani. Ich habe ihr
geschrieben, dass sich die Sachbearbeitung meldet.

Martina

-----Ursprüngliche Nachricht-----
Von: Melanie Gröning <melli.groening@webpost.example>
Gesendet: Dienstag, 8. April 2025 21:17
An: service@kaltenbach-versicherung.example
Betreff: Hundebiss meine Tochter Leonie

Hallo,

meine Tochter Leonie (6) wurde am Sonntag auf dem Spielplatz am
Tannenwäldchen vom Hund von Herrn Ramadani ins Gesicht gebissen (linke
Wange und Ohr). Sie ist im Kinderkrankenhaus unter Vollnarkose genäht
worden, 11 Stiche. Der Arzt sagt, es bleibt wahrscheinlich eine Narbe und
wir sollen in einem halben Jahr zum plastischen Chirurgen.

Leonie will seitdem nicht mehr raus und schläft nur noch bei uns im Bett.

Herr Ramadani hat gesagt, er ist bei Ihnen versichert. Was müssen wir
jetzt machen? Foto von der Wunde hänge ich an.

Melanie Gröning
"""
    return mail("oezdemir", "thielmann", "WG: Hundebiss meine Tochter Leonie",
                (2025, 4, 9, 8, 3),
                multi("mixed", plain(body),
                      attach(png(20, 20, 88), "image/png", "IMG_20250406_Leonie_Wange.png")))


@M("CONFIDENTIAL", "en", "company",
   "Edinburgh letting agent's letter forwarded: insured German student's bath overflow damaged ceiling below; names, address, policy")
def m089():
    body = """Priya - letting agent from Edinburgh, for your file 25-HS-006120.

Jana

-----Original Message-----
From: Fraser Dunlop <fraser@dunlop-lettings.example>
Sent: 09 April 2025 16:44
To: haftpflicht-schaden@kaltenbach-versicherung.example
Subject: Water damage - 3F2, 41 Marchmont Crescent - your insured Mr Tim Roeder

Dear Sir/Madam,

We act for the landlord of the above property. Your insured, Mr Tim Roeder
(tenant of flat 3F2 since September 2024, student at the University),
has given us your details and policy number 61-2840096.

On 2 April 2025 Mr Roeder left the bath running and water came through the
ceiling of flat 2F2 below (tenants Mr and Ms Campbell). The Campbells
were not at home; no one was injured. Damage:

 - 2F2 bathroom and hall ceiling: plaster and redecoration  GBP 1,850
 - 2F2 tenants' belongings (rug, books, laptop bag)         GBP   420
 - 3F2 bath panel and flooring                              GBP   640
 - Emergency plumber call-out                               GBP   165

The building insurer will deal with the structural part and may contact
you. Please confirm how you wish to proceed with the remaining items.

Kind regards
Fraser Dunlop
Dunlop Lettings, Edinburgh
"""
    return mail("thielmann", "natarajan", "FW: Water damage - 3F2, 41 Marchmont Crescent - your insured Mr Tim Roeder",
                (2025, 4, 10, 8, 14), plain(body, charset="us-ascii", cte="7bit"))


@M("NORMAL", "en", "internal",
   "trap: group compliance memo on classifying medical reports and health data in claims e-mails, no person")
def m090():
    body = """MEMO - Group Compliance

To:      All claims units (DE, AT, NL branches)
From:    Rebecca Hale, on behalf of Group Compliance
Date:    10 April 2025
Subject: Classification of e-mails containing health information

1. What counts as health information
   Diagnoses (in words or ICD-10 codes), injuries, treatment, medication,
   hospital stays, rehabilitation, psychological treatment, disability and
   care levels, pregnancy - about an identifiable person, including third
   party claimants and deceased persons.

2. How to send it
   - Strictly confidential: only through encrypted e-mail (S/MIME or the
     gateway) or the SecureMail portal.
   - Put [streng vertraulich] or [secure] in the subject line if you are
     unsure whether the gateway recognises the content.
   - Never in the subject line itself ("broken hip Mrs X") - the subject is
     visible in notification mails.

3. What is not health information
   Statistics and aggregated figures, anonymised case studies, product
   descriptions, templates with placeholders, training material.

4. Property damage claims
   Name, address and claim number of a person are still confidential
   personal data; "nobody was hurt" does not make a claim e-mail public.

Questions: compliance@kaltenbach-versicherung.example
"""
    return mail("hale", ("All claims units", "claims-all@" + INS),
                "Memo: classification of e-mails containing health information",
                (2025, 4, 10, 12, 0), plain(body, charset="us-ascii", cte="7bit"))


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
   "reply to English solicitors: liability admitted for café fall, interim payment, wrist fracture and CBT evidence requested")
def m091():
    body = """Dear Mr Fenwick,

Your client: Mrs Deborah Marsh
Our policyholder: Café Lindgren, Kassel (commercial liability 70-2283157)
Our ref.: 25-HG-000493

Thank you for your letter of claim of 10 March 2025.

Liability: having reviewed the CCTV footage and the café's cleaning log,
we admit primary liability. There was no entrance mat on 4 January
despite snowfall. We reserve the right to argue contributory negligence
(our policyholder's staff say Mrs Marsh was wearing heeled boots), but we
will not pursue this for the purposes of an early settlement.

Medical evidence: we have the Klinikum Kassel discharge letter (distal
radius fracture left, ORIF on 5 January 2025). Please provide:
 - the fracture clinic notes from Harrogate District Hospital,
 - the GP records relating to anxiety and sleep disturbance, and the
   CBT assessment, and
 - confirmation whether removal of the plate is planned.

Interim payment: we will make an interim payment of EUR 3,000 (approx.
GBP 2,550) on account of general damages and past losses, payable to your
client account on receipt of your bank details on headed paper.

Kind regards

Selin Aydin
Bodily Injury & Recoveries, Kaltenbach Versicherung AG
"""
    return mail("aydin", ("Oliver Fenwick", "o.fenwick@fenwick-solicitors.example"),
                "Mrs Deborah Marsh v Café Lindgren - our ref 25-HG-000493",
                (2025, 4, 10, 15, 45), plain(body), cc=["natarajan"])


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "sole-trader painter damaged a customer's parquet: commercial liability, customer named, claim and policy number, QP")
def m092():
    body = """Guten Tag Herr Wiegand,

zu Ihrer Schadenmeldung aus dem Auftrag bei Familie Sander
(Schaden 25-HG-000702, Betriebshaftpflicht Maler- und Lackierermeister
Uwe Wiegand, 70-4471920):

Beim Abkleben und Abdecken im Wohnzimmer der Familie Sander, Am Hang 11,
34132 Kassel, ist nach Ihrer Schilderung Abbeizer durch die Folie auf
das Eichenparkett gelaufen. Die Flecken lassen sich nicht entfernen.

Zwei Punkte vorab:

1. Schäden an der Sache, die Sie bearbeiten (hier die Wände), sind
   nicht versichert. Das Parkett war aber nicht Gegenstand Ihres
   Auftrags – dieser sogenannte Tätigkeitsschaden ist in Ihrem Vertrag
   bis 50.000 EUR mitversichert.

2. Bitte beauftragen Sie nicht selbst einen Parkettleger. Wir lassen
   den Schaden von unserem Außenregulierer Herrn Kranich ansehen; er
   meldet sich bei Frau Sander wegen eines Termins.

Ihre Selbstbeteiligung beträgt laut Vertrag 250 EUR je Schaden.

Mit freundlichen Grüßen
Kai-Uwe Sommer
Schadenregulierung Gewerbe-Haftpflicht
Kaltenbach Versicherung AG
"""
    return mail("sommer", ("Uwe Wiegand", "info@malermeister-wiegand.example"),
                "Ihr Schaden 25-HG-000702 – Parkett Familie Sander",
                (2025, 4, 11, 9, 12), plain(body))


@M("NORMAL", "de", "insurer-to-supplier",
   "trap: framework agreement price list with a medical expert firm (fees per report type), no case or person")
def m093():
    body = """Sehr geehrter Herr Dr. Rehm,

vielen Dank für die Preisliste 2025. Wir bestätigen die neuen Honorare
für die Rahmenvereinbarung "Medizinische Gutachten Haftpflicht" ab
01.05.2025 wie folgt (netto, zzgl. USt. soweit anfallend):

Gutachten nach Aktenlage (bis 20 Seiten)                 620 EUR
Gutachten mit Untersuchung, orthopädisch/unfallchir.   1.150 EUR
  Zuschlag Zusatzgutachten Neurologie/Psychiatrie        780 EUR
  Zuschlag bildgebende Diagnostik (nach Aufwand)     max. 450 EUR
Ergänzende Stellungnahme                                 240 EUR
Kurzstellungnahme Kausalität (bis 3 Seiten)              190 EUR
Fahrtkosten                                     0,42 EUR/km

Bearbeitungszeit: 6 Wochen ab Eingang der vollständigen Unterlagen;
Untersuchungstermine innerhalb von 3 Wochen.

Unterlagen und Gutachten tauschen wir weiterhin ausschließlich über das
SecureMail-Portal aus. Bitte senden Sie keine Gutachten als
E-Mail-Anhang, auch nicht an die Teampostfächer.

Mit freundlichen Grüßen
i. A. Oliver Brandt
Einkauf
Kaltenbach Versicherung AG
"""
    return mail("einkauf", ("Dr. med. Ulrich Rehm", "gutachten@rehm-gutachten.example"),
                "Rahmenvereinbarung Gutachten – Honorare ab 01.05.2025",
                (2025, 4, 14, 11, 0), plain(body), cc=["aydin"])


@M("STRICTLY_CONFIDENTIAL", "de", "internal",
   "data-breach report: discharge letter of a named claimant sent to the wrong lawyer; diagnosis and claim named")
def m094():
    body = """[streng vertraulich]

Meldung Datenschutzvorfall DSV-2025-007

Gemeldet von: Jana Thielmann, 14.04.2025, 16:20 Uhr
Entdeckt: 14.04.2025, 15:55 Uhr (Rückruf RA Tamm)

Was ist passiert?
Im Schaden 25-HS-004894 (Geschädigte Frau Marlene Dietz, Kaufungen) habe
ich heute um 11:42 Uhr den Arztbericht der Orthopädischen Klinik Kassel
vom 21.03.2025 versehentlich an RA Holger Tamm (Vertreter in einer
anderen Akte, 25-HS-004970) statt an RA Sauer geschickt. Grund:
Autovervollständigung im Adressfeld.

Betroffene Daten: Name, Geburtsdatum, Anschrift von Frau Dietz;
Diagnose Korbhenkelriss Innenmeniskus links, Z. n. arthroskopischer
Meniskusnaht, Vorbefund Chondromalazie Grad II, AU-Zeiten.

Maßnahmen bisher:
- RA Tamm hat telefonisch zugesagt, die Mail ungelesen zu löschen;
  schriftliche Bestätigung angefordert.
- Bericht ist jetzt korrekt an RA Sauer über das Portal gegangen.

Die Entscheidung über Meldung an die Aufsichtsbehörde (Art. 33) und
Information von Frau Dietz (Art. 34) liegt bei dir.

Jana
"""
    return mail("thielmann", "hollweg", "[streng vertraulich] Datenschutzvorfall – Fehlversand Arztbericht",
                (2025, 4, 14, 16, 25), plain(body), cc=["dreyer"])


@M("CONFIDENTIAL", "de", "broker",
   "broker's quoted request: add a second dog, customer's birth date, address, contract and past claim; no injury")
def m095():
    body = """Hannah, kannst du Herrn Henrichs antworten? Zweiter Hund ist
bei 64er-Verträgen kein Problem, Beitrag steigt auf 98,40. Vorschaden ist
abgeschlossen (Katze Krause, 437,82 EUR), kein Grund für Ablehnung.

Jana

Am 15.04.2025 schrieb Torsten Henrichs:
> Hallo Frau Lüders,
>
> mein Kunde Horst Zimmermann, geb. 12.06.1958, Am Bergpark 3, 34131
> Kassel, Hundehalterhaftpflicht 64-5518873, möchte seinen zweiten Hund
> mitversichern: Beagle-Hündin "Lotte", 2 Jahre, Chipnummer
> 276098100442871.
>
> Er fragt, ob der Vorfall mit der Nachbarskatze im März Auswirkungen auf
> den Beitrag hat oder ob Sie den Vertrag deswegen kündigen könnten.
> Bitte um kurze Info und Nachtrag.
>
> Danke und Gruß
> Torsten Henrichs
"""
    return mail("thielmann", "lueders", "AW: Nachtrag zweiter Hund – Zimmermann 64-5518873",
                (2025, 4, 15, 10, 2), plain(body, cte="8bit"))


@M("NORMAL", "mixed", "internal",
   "trap: bilingual agenda for the international claims team offsite with injury-claim topics, no case or person")
def m096():
    body = """Liebe Kolleg:innen, dear colleagues,

here is the agenda for our offsite on 22 May in the Bergpark-Hotel
(Anreise / arrival 8:45). Sessions are in English unless marked (DE).

09:00  Welcome & results 2024 - Rebecca
09:30  Bodily injury claims from abroad: UK pre-action protocol, Dutch
       "letselschade" practice, Irish PIAB - what it means for our letters
10:30  Coffee
10:45  (DE) Regress ausländischer Krankenversicherer: Forderungsübergang,
       Nachweise, Wechselkurse – Selin
11:45  Data protection: medical evidence from abroad, secure channels,
       consent forms in six languages - Dr. Hollweg
12:30  Lunch
13:30  Workshop: plain-language letters to injured claimants
       ("we are sorry to hear..." vs. "Ihr Schaden wurde angelegt")
15:00  (DE) Teamorganisation Sommer, Urlaubsplanung
16:00  Ende / end

Bitte keine echten Akten mitbringen; Fallbeispiele sind anonymisiert.
Please don't bring real files; all case examples are anonymised.

Dress code: casual. Abendessen / dinner 18:30 im Hotelrestaurant.

Priya
"""
    return mail("natarajan", ("International Claims Team", "international-claims-team@" + INS),
                "Offsite 22 May – Agenda / Tagesordnung",
                (2025, 4, 16, 13, 30), plain(body, cte="8bit", flowed=True))


@M("NORMAL", "de", "internal",
   "trap: anonymised dog-bite injury statistics by body region and breed group for product pricing, no person")
def m097():
    body = """Hallo Lena, hallo Markus,

für den Produktworkshop Hundehalterhaftpflicht am Donnerstag hier die
gewünschte Auswertung. Basis: alle Personenschäden aus Hundebissen
2021–2024 (n = 2.318), anonymisiert, Felder Körperregion und
Rassengruppe aus der Schadenbeschreibung codiert.

Körperregion          Anteil   Ø Aufwand EUR   davon Kinder < 12
Hand/Unterarm          41 %        2.350              9 %
Bein/Wade              27 %        1.980              6 %
Gesicht/Kopf           11 %       11.400             58 %
Rumpf/Gesäß             8 %        2.010              5 %
mehrere Regionen        6 %       14.900             31 %
psychische Folgen*      7 %        6.700             22 %
(* ohne körperliche Verletzung dokumentiert bzw. als Hauptfolge)

Rassengruppe (nach Gewicht)  Anteil Fälle  Anteil Aufwand
unter 10 kg                      14 %           6 %
10–25 kg                         39 %          31 %
über 25 kg                       47 %          63 %

Fazit aus meiner Sicht: Gesichtsverletzungen bei Kindern treiben den
Aufwand, Gewichtsklasse erklärt mehr als die Rasse. Einzelfälle sind in
der Auswertung nicht enthalten; die Rohdaten bleiben im DWH.

Viele Grüße
David
"""
    return mail("kowalczyk", ["vogt", "dreyer"], "Auswertung Hundebisse 2021–2024 für den Produktworkshop",
                (2025, 4, 16, 17, 5), plain(body))


@M("CONFIDENTIAL", "en", "insurer-to-claimant",
   "settlement for a colleague's laptop ruined by insured's coffee: claimant name, German IBAN, claim number, no injury")
def m098():
    body = """Dear Mr Achterberg,

Our ref.: 25-HS-006233
Our policyholder: Ms Laura Finch

Thank you for the repair shop's report. As the logic board of your
MacBook Pro (bought in 2022) was damaged beyond economic repair after Ms
Finch knocked her coffee over it in your shared office on 7 April, we
will pay the current value of the device rather than the repair.

  Purchase price 2022 (invoice)          EUR 2,399.00
  Current value (approx. 45 %)           EUR 1,080.00
  Data recovery (Datenrettung Kassel)    EUR   149.00
  Total                                  EUR 1,229.00

We will transfer this amount within five working days to:
  Account holder: Jonas Achterberg
  IBAN: DE67 5797 9377 3600 5436 77

If your employer owns the laptop, please let us know before then - in
that case we must pay the employer.

Kind regards

Priya Natarajan
International Claims Desk, Kaltenbach Versicherung AG
"""
    return mail("natarajan", ("Jonas Achterberg", "jonas.achterberg@uni-kassel-mail.example"),
                "Your laptop - settlement, our ref 25-HS-006233",
                (2025, 4, 17, 10, 20), plain(body, charset="us-ascii", cte="7bit"))


@M("NORMAL", "de", "internal",
   "trap: holiday cover plan naming colleagues and dates without reasons (organisational, no personal data beyond role)")
def m099():
    body = """Hallo Team,

hier die Vertretungsregelung Ostern/Mai, bitte einmal prüfen:

Zeitraum        abwesend            Vertretung
14.–25.04.      Jana Thielmann      Martina Özdemir (Privat-HP A–K),
                                    Tobias Kranich (Besichtigungen)
22.04.–02.05.   Kai-Uwe Sommer      Markus Dreyer
28.04.–09.05.   Selin Aydin         Dr. Johanna Peltzer (Regresse),
                                    Markus Dreyer (Freigaben)
05.–16.05.      Priya Natarajan     Rebecca Hale

Regeln wie immer:
- Abwesenheitsnotiz mit Vertretung und Teampostfach einrichten.
- Wiedervorlagen der Abwesenheitszeit vorher auf die Vertretung legen.
- Fristen (Gericht, Anwälte, Verjährung) bitte in die Fristenliste.

Danke!
Markus
"""
    return mail("dreyer", ("Team Haftpflicht-Schaden", "haftpflicht-schaden@" + INS),
                "Vertretungsplan Ostern/Mai",
                (2025, 4, 8, 12, 0), plain(body, charset="windows-1252", cte="quoted-printable"),
                subj_charset="utf-8")


@M("STRICTLY_CONFIDENTIAL", "en", "health-insurer",
   "Dutch health insurer's documents forwarded: itemised hospital invoice, discharge diagnoses, blood alcohol note")
def m100():
    body = """Selin,

Zorgdelta replied with the documents you asked for (Hendriks,
25-HS-004402). Copied the key parts from their PDF below; full PDF in DMS.

Priya

-------- Forwarded Message --------
Subject: RE: ZD-REG-2025-00319 Hendriks - your subrogation claim
Date: Tue, 22 Apr 2025 09:12:40 +0200
From: Ruud de Groot <verhaal@zorgdelta.example>
To: international-claims@kaltenbach-versicherung.example

Dear Ms Aydin,

please find the requested documents enclosed.

Discharge letter Stadtkrankenhaus Korbach, 07/01/2025 (translated
summary):
  Patient: Joost Hendriks, born 11/03/1959
  Admission 03/01/2025 21:40 via emergency service
  Diagnoses: comminuted intra-articular distal radius fracture right
  (S52.51), mild concussion (S06.0), laceration of the forehead.
  Blood alcohol on admission: 0.9 per mille.
  Known conditions: hypertension (ramipril 5 mg), type 2 diabetes
  (metformin).
  Treatment: ORIF with volar plate 04/01/2025, observation for
  concussion, discharged 07/01/2025.

Itemised invoice Stadtkrankenhaus Korbach          EUR 4,928.16
Physiotherapy Utrecht, 12 sessions (referral enclosed) EUR 744.00
Repatriation transport Korbach - Utrecht           EUR   446.24
Total                                              EUR 6,118.40

Kind regards
Ruud de Groot
Zorgverzekeraar Delta - Verhaal
"""
    return mail("natarajan", "aydin", "Fwd: RE: ZD-REG-2025-00319 Hendriks - documents",
                (2025, 4, 22, 10, 3), plain(body, charset="us-ascii", cte="7bit"))


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "claim acknowledgement (plain + HTML): hedge trimmer scratched neighbour's car, names, plate, policy and claim number")
def m101():
    p = """Sehr geehrte Frau Pfeiffer,

vielen Dank für Ihre Schadenmeldung. Wir haben Ihren Schaden angelegt:

Schaden-Nr.:   25-HS-006301
Vertrag:       Privathaftpflicht Komfort 61-4008815
Schadentag:    19.04.2025
Geschädigter:  Herr Bernhard Lamprecht, Fahrzeug KS-BL 1212
Hergang:       Beim Schneiden der Hecke mit der Heckenschere ist die
               Leiter gekippt; die Heckenschere hat die Motorhaube des
               Fahrzeugs Ihres Nachbarn zerkratzt. Verletzt wurde
               niemand.

Wie geht es weiter?
1. Bitte reichen Sie uns den Kostenvoranschlag der Werkstatt Ihres
   Nachbarn ein (Foto genügt).
2. Wir prüfen die Unterlagen und melden uns innerhalb von 10 Werktagen.

Dokumente können Sie bequem in unserem Kundenportal hochladen:
https://portal.kaltenbach-versicherung.example/schaden

Ihre Kaltenbach Versicherung
"""
    h = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Frau Pfeiffer,</p>
<p>vielen Dank für Ihre Schadenmeldung. Wir haben Ihren Schaden angelegt:</p>
<table cellpadding="3" style="font-size:10pt;border:1px solid #ccc">
<tr><td><b>Schaden-Nr.</b></td><td>25-HS-006301</td></tr>
<tr><td><b>Vertrag</b></td><td>Privathaftpflicht Komfort 61-4008815</td></tr>
<tr><td><b>Schadentag</b></td><td>19.04.2025</td></tr>
<tr><td><b>Geschädigter</b></td><td>Herr Bernhard Lamprecht, Fahrzeug KS-BL 1212</td></tr>
<tr><td><b>Hergang</b></td><td>Beim Schneiden der Hecke mit der Heckenschere ist die Leiter gekippt; die
Heckenschere hat die Motorhaube des Fahrzeugs Ihres Nachbarn zerkratzt. Verletzt wurde niemand.</td></tr>
</table>
<p><b>Wie geht es weiter?</b></p>
<ol><li>Bitte reichen Sie uns den Kostenvoranschlag der Werkstatt Ihres Nachbarn ein (Foto genügt).</li>
<li>Wir prüfen die Unterlagen und melden uns innerhalb von 10 Werktagen.</li></ol>
<p>Dokumente können Sie bequem in unserem
<a href="https://portal.kaltenbach-versicherung.example/schaden">Kundenportal</a> hochladen.</p>
<p>Ihre Kaltenbach Versicherung</p>
</body></html>
"""
    return mail("service", ("Renate Pfeiffer", "renate.pfeiffer@kabelpost.example"),
                "Eingangsbestätigung Ihrer Schadenmeldung 25-HS-006301",
                (2025, 4, 22, 6, 15), alt(p, h))


@M("NORMAL", "en", "insurer-to-partner",
   "trap: answer to a journalist with aggregated dog-bite claim figures and child face injuries in general, no case")
def m102():
    body = """Dear Ms Hargreaves,

thank you for your enquiry for your feature on dog bites in Germany.
Here are our figures (Kaltenbach Versicherung AG, dog-owner liability,
Germany):

- 2024: 612 bodily injury claims from dog bites (2023: 571)
- average cost per claim: EUR 3,400; claims involving the face of a child
  are on average more than three times as expensive
- about 1 in 5 claims involves postal or delivery workers
- around 7 % of claimants receive treatment for psychological after-effects

We cannot comment on individual cases or provide contact details of
claimants or policyholders. Our head of liability claims, Markus Dreyer,
is available for a short phone interview next week (in English).

Best regards

Lena Vogt
Corporate Communications
Kaltenbach Versicherung AG
Tel. +49 561 7788-1050
"""
    return mail("vogt", ("Sarah Hargreaves", "s.hargreaves@europe-desk-news.example"),
                "RE: Press enquiry - dog bite claims in Germany",
                (2025, 4, 23, 11, 45), plain(body, charset="us-ascii", cte="7bit"))


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-claimant",
   "letter to a widow: husband died after a fall on icy outdoor stairs of insured landlord; cause of death, Hinterbliebenengeld")
def m103():
    body = """Sehr geehrte Frau Reinhardt,

zunächst möchten wir Ihnen und Ihrer Familie unser aufrichtiges Beileid
zum Tod Ihres Mannes aussprechen.

Wir sind der Haftpflichtversicherer von Herrn Konrad Fleischhauer, dem
Vermieter des Hauses Am Rathaus 6 in Hofgeismar. Ihr Sohn hat uns
mitgeteilt, dass Ihr Mann, Herr Günter Reinhardt, am 18.01.2025 auf der
vereisten Außentreppe zum Hauseingang gestürzt ist. Nach dem
Entlassungs- bzw. Sterbebericht des Klinikums erlitt er ein
Schädel-Hirn-Trauma mit einer Hirnblutung und ist am 23.01.2025 auf der
Intensivstation verstorben, ohne das Bewusstsein wiederzuerlangen.

Herr Fleischhauer war für den Winterdienst an der Außentreppe zuständig;
die Treppe war nach den Zeugenaussagen nicht gestreut. Wir erkennen die
Haftung an.

Folgende Ansprüche möchten wir mit Ihnen klären:
- Hinterbliebenengeld nach § 844 Abs. 3 BGB für Sie und Ihre Kinder
- Beerdigungskosten (bitte Rechnung des Bestattungsinstituts senden)
- ggf. Unterhaltsschaden, falls Sie auf das Einkommen bzw. die Rente
  Ihres Mannes angewiesen waren

Als erste Zahlung überweisen wir Ihnen 10.000 EUR auf das Konto, das Ihr
Sohn uns genannt hat. Sie müssen nichts sofort entscheiden. Wenn Sie
möchten, besuchen wir Sie zu Hause oder sprechen mit Ihrem Anwalt.

Ihre Ansprechpartnerin: Dr. Johanna Peltzer, Tel. 0561 7788-4139
Schaden-Nr.: 25-HS-004781

Mit freundlichen Grüßen
Dr. Johanna Peltzer
Personenschaden & Regress
Kaltenbach Versicherung AG
"""
    return mail(("Dr. Johanna Peltzer", "johanna.peltzer@" + INS),
                ("Frank Reinhardt", "frank.reinhardt@t-net-mail.example"),
                "Ihr Vater Günter Reinhardt – Schaden-Nr. 25-HS-004781",
                (2025, 4, 24, 10, 0), plain(body))


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "cancellation after a claim (three claims in two years): customer name, address, policy and claim numbers")
def m104():
    body = """Sehr geehrter Herr Brinkhoff,

Ihr Vertrag: Privathaftpflicht Basis, Nr. 61-0981477
Ihre Anschrift: Ahnatalstraße 40, 34128 Kassel

wir haben den Schaden 25-HS-005850 vom 04.03.2025 (Beschädigung eines
Mietwagens Ihres Bekannten beim Einparken-Helfen, 640 EUR) reguliert.

Es ist der dritte Schaden innerhalb von zwei Jahren:
  24-HS-007712  Glastisch bei Bekannten, 310 EUR
  24-HS-016044  Schlüsselverlust Arbeitgeber, 1.780 EUR
  25-HS-005850  siehe oben, 640 EUR

Nach § 111 VVG und Ziffer 19 unserer Bedingungen können beide Seiten den
Vertrag nach einem Schadenfall kündigen. Wir machen von diesem Recht
Gebrauch und kündigen Ihren Vertrag mit einer Frist von einem Monat
zum 31.05.2025.

Den anteiligen Beitrag für die Zeit nach dem 31.05.2025 erstatten wir
Ihnen auf Ihr bekanntes Konto.

Bitte sorgen Sie rechtzeitig für neuen Versicherungsschutz.

Mit freundlichen Grüßen
Kaltenbach Versicherung AG
Vertragsservice Haftpflicht
"""
    return mail(("Kaltenbach Vertragsservice", "vertrag@" + INS),
                ("Marc Brinkhoff", "marc.brinkhoff@mailfix.example"),
                "Kündigung Ihres Vertrags 61-0981477 nach Schadenfall",
                (2025, 4, 25, 8, 0), plain(body, cte="8bit"))


@M("NORMAL", "de", "internal",
   "trap: occupational-health invitation to staff (flu and tick vaccination, blood pressure check), no individual")
def m105():
    body = """Liebe Kolleginnen und Kollegen,

unser betriebsärztlicher Dienst bietet im Mai wieder an:

- FSME-Impfung (Zecken) – Erst- und Auffrischimpfung
- Blutdruck- und Blutzuckermessung
- Beratung zu Bildschirmarbeitsplatz und Sehtest

Termine: 13., 14. und 20.05.2025, jeweils 8:30–12:00 Uhr, Raum 0.14
(Sanitätsraum). Anmeldung über das Intranet, Stichwort "Betriebsarzt".

Bitte bringen Sie Ihren Impfausweis mit. Die Ergebnisse der Messungen
erhalten nur Sie selbst; der Arbeitgeber erfährt nichts über Ihre
Gesundheitsdaten, nur die Gesamtzahl der Teilnehmenden.

Die Grippeimpfung bieten wir wie gewohnt im Oktober an.

Ihr Team Arbeitssicherheit & Gesundheit
"""
    return mail(("Arbeitssicherheit & Gesundheit", "gesundheit@" + INS),
                ("Alle Mitarbeitenden Kassel", "alle-kassel@" + INS),
                "Betriebsarzt im Mai: FSME-Impfung und Gesundheits-Check",
                (2025, 4, 28, 9, 0), plain(body))


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "expat customer's visiting mother-in-law tripped over toys: hip fracture and hip replacement, family-exclusion question")
def m106():
    body = """Dear Mr Andersson,

thank you for your call this morning and I'm sorry to hear that your
mother-in-law, Mrs Margareta Holm, is still in hospital.

Claim no.: 25-HS-006402, private liability 61-7385104

To summarise what you told me: Mrs Holm (78) was visiting you from Malmo.
On 25 April she tripped over a toy car left on the stairs by your son and
fell down four steps. She fractured her left hip and received a total hip
replacement at the Elisabeth-Krankenhaus on 26 April. She will need
several weeks of rehabilitation before she can fly home.

You asked whether your policy covers this, since she is "family".
The exclusion in our conditions applies to relatives who live in your
household. Mrs Holm lives in Sweden and was only visiting, so claims by
her against you are covered in principle. Whether you are actually
liable (duty of care for your own stairs, supervision of your son) we
still need to assess.

Her Swedish health insurance and the Swedish social insurance agency may
ask us to reimburse their costs. Please pass on my details if they
contact you.

Kind regards

Priya Natarajan
International Claims Desk
Kaltenbach Versicherung AG
"""
    return mail("natarajan", ("Erik Andersson", "erik.andersson@mail-se.example"),
                "Claim 25-HS-006402 - Mrs Holm's fall",
                (2025, 4, 29, 13, 10), plain(body, charset="us-ascii", cte="7bit"))


@M("CONFIDENTIAL", "en", "internal",
   "payee set-up request for a third-party claimant: name, address, Irish IBAN, claim number; property damage only")
def m107():
    body = """Hi Payments team,

please set up the following third-party payee for claim 25-HS-005920
(private liability, policyholder Mr Kevin Doyle; damage to a rented
camper van's awning, nobody hurt):

  Payee:    Ms Siobhan Kearney
  Address:  3 Harbour View, Kinsale, Co. Cork, Ireland
  IBAN:     IE36 BOFI 9000 1753 1842 60
  BIC:      BOFIIE2D
  Amount:   EUR 875.00
  Reference: "25-HS-005920 Kaltenbach"

Four-eyes check: Rebecca has approved in the claims system (task
ZA-2025-11873).

Thanks!
Priya
"""
    return mail("natarajan", ("Zahlungsverkehr", "zahlungsverkehr@" + INS),
                "New payee - claim 25-HS-005920",
                (2025, 4, 30, 10, 55), plain(body, charset="us-ascii", cte="7bit"), cc=["hale"])


@M("NORMAL", "de", "newsletter",
   "trap: staff intranet newsletter about ice on the company car park and a fall in general terms, no person named")
def m108():
    h = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt;max-width:640px">
<div style="background:#e8eef5;padding:8px"><b>Kaltenbach intern</b> · Ausgabe 4/2025</div>
<h2>Vorsicht auf dem Parkdeck!</h2>
<p>In den letzten Wochen ist es morgens auf der Auffahrt zum Parkdeck mehrfach spiegelglatt gewesen. Eine
Kollegin ist gestürzt und hat sich dabei verletzt – ihr geht es inzwischen wieder gut, und wir wünschen
ihr auf diesem Weg alles Gute.</p>
<p>Der Streudienst ist ab sofort verpflichtet, bis 6:30 Uhr fertig zu sein. Trotzdem bitten wir euch:</p>
<ul><li>Fußgänger bitte den Treppenturm Nord benutzen, nicht die Rampe.</li>
<li>Glätte bitte sofort an den Empfang melden (Tel. -1000).</li>
<li>Jeder Sturz auf dem Arbeitsweg oder Gelände ist ein Arbeits- bzw. Wegeunfall: bitte bei der
Personalabteilung melden, auch wenn es zunächst harmlos aussieht.</li></ul>
<h2>Außerdem in dieser Ausgabe</h2>
<ul><li>Kantine: neue vegetarische Linie ab Mai</li>
<li>Firmenlauf am 12. Juni – noch 14 Startplätze frei</li>
<li>Neue Kollegin im Team Personenschaden</li></ul>
<p style="font-size:9pt;color:#777">Redaktion: Unternehmenskommunikation, intern@kaltenbach-versicherung.example</p>
</body></html>
"""
    return mail(("Kaltenbach intern", "intern@" + INS), ("Alle Mitarbeitenden", "alle@" + INS),
                "Kaltenbach intern 4/2025: Vorsicht auf dem Parkdeck",
                (2025, 3, 3, 7, 45), html(h, cte="base64"), extra=[("Precedence", "bulk")])


@M("STRICTLY_CONFIDENTIAL", "de", "lawyer",
   "harmless body; statement of claim only in the PDF: dog bite to the face of a child, scars, anxiety disorder, 12.000 EUR")
def m109():
    klage = pdf([
        "Brückner & Weil Rechtsanwälte PartG mbB",
        "Königsplatz 48, 34117 Kassel",
        "",
        "An das Landgericht Kassel – Zivilkammer –",
        "",
        "KLAGE",
        "",
        "der minderjährigen Leonie Gröning, geb. 14.09.2018,",
        "gesetzlich vertreten durch ihre Eltern Melanie und Sven Gröning,",
        "Tannenweg 3, 34128 Kassel                                  – Klägerin –",
        "",
        "gegen",
        "",
        "Herrn Arben Ramadani, Nordshäuser Str. 21, 34132 Kassel        – Beklagter –",
        "",
        "wegen Schmerzensgeld und Feststellung",
        "Streitwert: 17.000,00 EUR",
        "",
        "Wir beantragen,",
        "1. den Beklagten zu verurteilen, an die Klägerin ein angemessenes Schmerzensgeld,",
        "   mindestens jedoch 12.000,00 EUR, nebst Zinsen zu zahlen;",
        "2. festzustellen, dass der Beklagte verpflichtet ist, der Klägerin alle weiteren",
        "   materiellen und immateriellen Schäden aus dem Ereignis vom 06.04.2025 zu ersetzen.",
        "",
        "Begründung:",
        "Am 06.04.2025 biss der nicht angeleinte Rottweiler-Mischling des Beklagten die damals",
        "sechsjährige Klägerin auf dem Spielplatz am Tannenwäldchen in das Gesicht.",
        "Die Klägerin erlitt eine 4 cm lange Risswunde an der linken Wange sowie eine",
        "Verletzung der linken Ohrmuschel, die im Kinderkrankenhaus Park Schönfeld in",
        "Vollnarkose versorgt wurden (11 Nähte).",
        "Beweis: Arztbrief vom 07.04.2025 (Anlage K 2), Lichtbilder (Anlage K 3).",
        "",
        "Es verbleibt eine sichtbare, gerötete Narbe im Gesicht; eine Narbenkorrektur wird",
        "frühestens in 12 Monaten erwogen. Die Klägerin leidet seit dem Vorfall unter einer",
        "Anpassungsstörung mit Ängsten (F43.2), Ein- und Durchschlafstörungen und nässt",
        "wieder ein. Sie befindet sich in kinderpsychotherapeutischer Behandlung.",
        "Beweis: Bericht der Kinder- und Jugendlichenpsychotherapeutin (Anlage K 4).",
        "",
        "Dr. Weil, Rechtsanwalt",
    ], title="Klage Gröning ./. Ramadani", author="Brückner & Weil")
    body = """Hallo Jana,

anbei zur Kenntnis die Abschrift der Klage, die RA Dr. Weil uns
vorab geschickt hat (Zustellung an den VN folgt). Ich lege eine Frist
für die Verteidigungsanzeige an und spreche wegen eines Prozessanwalts
mit Markus.

Gruß
Johanna
"""
    return mail(("Dr. Johanna Peltzer", "johanna.peltzer@" + INS), "thielmann",
                "WG: Klageabschrift zur Kenntnis",
                (2025, 6, 3, 14, 18),
                multi("mixed", plain(body),
                      attach(klage, "application/pdf", "Klage_LG_Kassel_vorab.pdf")))


@M("CONFIDENTIAL", "de", "insurer-to-claimant",
   "moving helper dropped a cabinet on neighbour's car: claimant's name and plate, insured named, claim number; nobody hurt")
def m110():
    body = """Sehr geehrte Frau Hollenbach,

unser Versicherungsnehmer, Herr Philipp Storck, hat uns gemeldet, dass
beim Umzug am 26.04.2025 in der Jordanstraße 12 ein Hängeschrank aus dem
Transporter gerutscht und auf die Motorhaube Ihres dort geparkten
Fahrzeugs (Mazda CX-3, KS-AH 530) gefallen ist. Herr Storck hat beim Umzug
eines Freundes als Helfer mitgeholfen. Personen wurden nicht verletzt.

Unser Zeichen: 25-HS-006510

Wir übernehmen die Reparaturkosten. Sie haben zwei Möglichkeiten:

a) Sie lassen das Fahrzeug in einer Werkstatt Ihrer Wahl reparieren und
   senden uns die Rechnung, oder
b) Sie lassen ein Gutachten bzw. einen Kostenvoranschlag erstellen und
   wir zahlen die Nettoreparaturkosten (fiktive Abrechnung).

Einen Mietwagen bzw. Nutzungsausfall übernehmen wir für die Dauer der
Reparatur.

Bitte teilen Sie uns mit, wie Sie vorgehen möchten.

Mit freundlichen Grüßen

Martina Özdemir
Kundenservice Schaden
Kaltenbach Versicherung AG
"""
    return mail("oezdemir", ("Anja Hollenbach", "anja.hollenbach@webpost.example"),
                "Schaden an Ihrem Fahrzeug KS-AH 530 – unser Zeichen 25-HS-006510",
                (2025, 4, 30, 14, 40), plain(body, cte="8bit"))


@M("NORMAL", "en", "insurer-to-broker",
   "trap: webinar invitation for international brokers on trades liability (falls, injuries, recourse), generic, plain+HTML")
def m111():
    p = """Dear broker partners,

we warmly invite you to our English-language webinar

  "Trades & crafts liability in Germany - what your clients need to know"
  Wednesday, 21 May 2025, 15:00-16:00 CET

Topics:
- typical claims: a roofer's tile injures a passer-by, a painter's ladder
  falls on a customer, a customer slips on a building site
- recourse by employers' liability funds (Berufsgenossenschaften) and
  health insurers - why bodily injury claims take years
- activity damage ("Taetigkeitsschaeden") and damage to work in progress
- what documents we need from your clients after an accident

Speakers: Kai-Uwe Sommer (commercial liability claims), Hannah Lueders
(broker support)

Register: https://makler.kaltenbach-versicherung.example/webinars/trades-en

Kind regards
Your Kaltenbach broker support team
"""
    h = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear broker partners,</p>
<p>we warmly invite you to our English-language webinar</p>
<p style="font-size:16px;color:#0b3d6e"><b>Trades &amp; crafts liability in Germany &ndash; what your clients need to know</b><br>
Wednesday, 21 May 2025, 15:00&ndash;16:00 CET</p>
<ul><li>typical claims: a roofer's tile injures a passer-by, a painter's ladder falls on a customer, a customer slips on a building site</li>
<li>recourse by employers' liability funds (<i>Berufsgenossenschaften</i>) and health insurers &ndash; why bodily injury claims take years</li>
<li>activity damage (<i>T&auml;tigkeitssch&auml;den</i>) and damage to work in progress</li>
<li>what documents we need from your clients after an accident</li></ul>
<p>Speakers: Kai-Uwe Sommer (commercial liability claims), Hannah L&uuml;ders (broker support)</p>
<p><a href="https://makler.kaltenbach-versicherung.example/webinars/trades-en" style="background:#0b3d6e;color:#fff;padding:6px 12px;text-decoration:none">Register now</a></p>
<p>Kind regards<br>Your Kaltenbach broker support team</p>
</body></html>
"""
    return mail(("Kaltenbach Broker Support", "maklerinfo@" + INS), ("", "brokers-international@lists." + INS),
                "Webinar invitation: trades & crafts liability in Germany (21 May)",
                (2025, 5, 2, 9, 0), alt(p, h, charset="us-ascii", cte="7bit"), extra=[("Precedence", "bulk")])


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-health-insurer",
   "answer to statutory health insurer: recourse for a named insured settled under sharing agreement; hip prosthesis, care services")
def m112():
    body = """Sehr geehrte Frau Abel,

Ihr Zeichen: RE-3-2025-00417 / Ka – Versicherte Frau Ursula Kamps
unser Zeichen: 25-HS-004533 (bitte künftig dieses Zeichen verwenden;
das in Ihrem Schreiben genannte Zeichen 25-HS-004117 betrifft einen
anderen Fall)

wir bestätigen, dass der Fall unter das Teilungsabkommen fällt
(Haus- und Grundbesitzerhaftpflicht, Quote 60 %, Limit 60.000 EUR).

Ihre bisherigen Aufwendungen:
  Krankenhausbehandlung 15.–24.01.2025 (Duokopfprothese)   9.874,12 EUR
  Krankentransport                                           412,60 EUR
  Anschlussheilbehandlung 27.01.–17.02.2025                4.230,00 EUR
  Hilfsmittel (Rollator, Toilettensitzerhöhung)             186,90 EUR
  Summe                                                   14.703,62 EUR
  davon 60 %                                               8.822,17 EUR

Den Betrag überweisen wir in den nächsten Tagen. Die angekündigten
Kosten der häuslichen Krankenpflege (Wundversorgung,
Kompressionsstrümpfe) melden Sie bitte wie gewohnt über das
Verbandsportal nach.

Mit freundlichen Grüßen
Selin Aydın
Personenschaden & Regress
Kaltenbach Versicherung AG
"""
    return mail("aydin", ("Kerstin Abel", "regress@gk-fulda-eder.example"),
                "RE-3-2025-00417 Kamps – Abrechnung nach Teilungsabkommen",
                (2025, 5, 5, 10, 40), plain(body))


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "loose dog made a cyclist swerve: bicycle and clothing damaged, names, policy and claim number, explicitly nobody hurt")
def m113():
    body = """Hallo Frau Schenk,

danke für Ihren Anruf. Zu dem Vorfall mit Ihrer Hündin "Maja" am
03.05.2025 am Fulda-Radweg:

Hundehalterhaftpflicht 64-0772391, Schaden 25-HS-006688

Maja hat sich nach Ihrer Schilderung von der Leine gerissen und ist vor
das Fahrrad von Herrn Oliver Dressler gelaufen. Herr Dressler hat
ausgewichen und ist in die Böschung gefahren. Er hat sich – zum Glück –
nicht verletzt, wie er Ihnen an Ort und Stelle gesagt hat. Am Rad sind
Vorderrad und Schaltwerk verbogen, die Regenjacke ist gerissen.

Als Halterin haften Sie nach § 833 BGB auch ohne Verschulden. Bitte geben
Sie Herrn Dressler unsere Schadennummer; er soll uns die Rechnung bzw.
den Kostenvoranschlag der Fahrradwerkstatt und den Kaufbeleg der Jacke
schicken.

Noch eine Frage: Welche Leine hatten Sie dabei (Flexi-Leine,
Schleppleine)? Das brauchen wir für die Akte.

Viele Grüße
Jana Thielmann
Kaltenbach Versicherung AG
"""
    return mail("thielmann", ("Katharina Schenk", "k.schenk@posteo-mail.example"),
                "Ihre Hündin Maja / Radfahrer – Schaden 25-HS-006688",
                (2025, 5, 5, 15, 22), plain(body, cte="8bit", flowed=True))


@M("NORMAL", "de", "insurer-to-partner",
   "trap: answer to the association's survey on animal-owner liability with aggregated bite and injury counts in CSV")
def m114():
    rows = [["Jahr", "Tierart", "Schaeden_gesamt", "davon_Personenschaden", "davon_Kinder_unter_14",
             "Aufwand_Personenschaden_EUR", "Aufwand_Sachschaden_EUR"],
            ["2022", "Hund", "1944", "548", "121", "1712400", "1390200"],
            ["2023", "Hund", "2011", "571", "134", "1866300", "1452800"],
            ["2024", "Hund", "2103", "612", "140", "2080800", "1510900"],
            ["2022", "Pferd", "188", "41", "9", "622500", "391000"],
            ["2023", "Pferd", "175", "37", "7", "588100", "402700"],
            ["2024", "Pferd", "192", "44", "6", "701900", "417300"]]
    body = """Sehr geehrte Damen und Herren,

anbei unsere Meldung zur Umfrage "Tierhalterhaftpflicht 2022–2024"
(Rundschreiben H 07/2025). Die Daten sind je Jahr und Tierart
aggregiert; Fallzahlen unter 5 kommen nicht vor.

Hinweis zu Spalte "davon_Kinder_unter_14": Alter des Geschädigten zum
Schadenzeitpunkt, soweit bekannt (ca. 6 % ohne Angabe).

Mit freundlichen Grüßen
David Kowalczyk
Aktuariat & Rückversicherung
Kaltenbach Versicherung AG
"""
    return mail("kowalczyk", ("Statistik Haftpflicht", "statistik@versichererverband.example"),
                "Umfrage H 07/2025 Tierhalterhaftpflicht – Meldung Kaltenbach",
                (2025, 5, 6, 11, 15),
                multi("mixed", plain(body),
                      attach(csvdata(rows, encoding="cp1252"), "application/vnd.ms-excel",
                             "H07-2025_Kaltenbach_Tierhalter.csv")))


@M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-claimant",
   "German/English letter to a Spanish student who slipped in an insured supermarket: torn knee ligament, MRI, surgery planned")
def m115():
    body = """Sehr geehrte Frau García Romero, dear Ms García Romero,

(deutsch unten / German below)

We are the liability insurer of Frischmarkt Kassel-Nord GmbH. The store
manager passed on your note about your fall in the vegetable aisle on
29 April. We were sorry to hear that, according to the MRI, you tore the
anterior cruciate ligament of your right knee and that an operation is
planned for June.

To check your claim we need: the MRI report and the letter from the
orthopaedic surgeon, your health insurance details (Spanish EHIC or
German student insurance?), and a short description of what you slipped
on. The store's cleaning log is already with us.

------------------------------------------------------------------

Wir sind der Haftpflichtversicherer der Frischmarkt Kassel-Nord GmbH.
Sie sind am 29.04.2025 in der Gemüseabteilung gestürzt; laut MRT haben
Sie sich einen Riss des vorderen Kreuzbands rechts zugezogen, eine
Operation ist für Juni geplant.

Bitte senden Sie uns den MRT-Befund, den Bericht des Orthopäden, Angaben
zu Ihrer Krankenversicherung (spanische EHIC oder deutsche
Studierendenversicherung?) und eine kurze Schilderung, worauf Sie
ausgerutscht sind.

Schaden-Nr. / claim no.: 25-HG-000811

Mit freundlichen Grüßen / Kind regards
Kai-Uwe Sommer
Schadenregulierung Gewerbe-Haftpflicht
Kaltenbach Versicherung AG
"""
    return mail("sommer", ("Lucía García Romero", "lucia.garcia@estudiantes-mail.example"),
                "Ihr Sturz im Frischmarkt / your fall at Frischmarkt – 25-HG-000811",
                (2025, 5, 7, 9, 50), plain(body))


@M("CONFIDENTIAL", "de", "insurer-to-broker",
   "electronic broker post: CSV of the broker's customers eligible for the PHV 2025 switch, names, birth dates, addresses, policies; only in the attachment")
def m116():
    rows = [["Vertragsnummer", "Name", "Vorname", "Geburtsdatum", "Strasse", "PLZ", "Ort",
             "Tarif_alt", "Beitrag_alt", "Tarif_neu", "Beitrag_neu"],
            ["61-8804127", "Kubisch", "Nadine", "03.08.1986", "Breitscheidstr. 40", "34119", "Kassel",
             "Komfort Familie 2019", "96,80", "Komfort Familie 2025", "99,40"],
            ["61-5520184", "Brandes", "Svenja", "21.01.1994", "Wilhelmsstr. 5", "34117", "Kassel",
             "Komfort Single 2019", "64,20", "Komfort Single 2025", "66,90"],
            ["61-3372045", "Ochs", "Reinhold", "30.05.1951", "Lindenallee 18", "34225", "Baunatal",
             "Basis Single 2016", "49,00", "Komfort Single 2025", "66,90"],
            ["61-7001938", "Stegmann", "Britta", "12.12.1979", "Am Wall 2", "34346", "Hann. Münden",
             "Komfort Familie 2019", "96,80", "Premium Familie 2025", "124,10"],
            ["64-2203117", "Faust", "Helmut", "07.04.1963", "Feldstr. 9", "34292", "Ahnatal",
             "Hund Basis 2018", "58,90", "Hund Plus 2025", "72,30"]]
    body = """Sehr geehrter Herr Henrichs,

in Ihrem elektronischen Postkorb liegt ein neues Dokument:

  Dokumentart:  Bestandsliste Aktion "PHV 2025 – Umstellung"
  Vertragspartner: Assekuranzmakler Henrichs GmbH (VP-Nr. 10 4471)
  Anzahl Verträge: 5

Das Dokument ist dieser Nachricht zusätzlich als CSV angehängt, da Ihr
Maklerverwaltungsprogramm den Abruf derzeit nicht unterstützt.

Mit freundlichen Grüßen
Ihre Maklerbetreuung
Kaltenbach Versicherung AG
"""
    return mail(("Kaltenbach Vermittlerpost", "vermittlerpost@" + INS),
                ("Torsten Henrichs", "t.henrichs@henrichs-makler.example"),
                "Vermittlerpost: Bestandsliste PHV 2025 – Umstellung",
                (2025, 3, 17, 6, 0),
                multi("mixed", plain(body),
                      attach(csvdata(rows, encoding="utf-8"), "text/csv", "Bestand_PHV2025_VP104471.csv",
                             extra_ct="; charset=utf-8")))


@M("NORMAL", "en", "internal",
   "trap: release notes (TXT) adding an injury-type picklist with ICD chapter labels to the claims system, no data")
def m117():
    notes = """SchadenPlus 8.4.0 - release notes
===================================

Release date: 17 May 2025 (maintenance window 06:00-10:00)

New
---
* Claim screen "Bodily injury": new mandatory picklist "Injury type"
  (replaces free text for statistics). Values follow the ICD-10 chapters:
    S00-S09  Injuries to the head
    S20-S29  Injuries to the thorax
    S40-S49  Injuries to shoulder and upper arm
    S50-S59  Injuries to elbow and forearm
    S60-S69  Injuries to wrist and hand
    S70-S79  Injuries to hip and thigh
    S80-S89  Injuries to knee and lower leg
    S90-S99  Injuries to ankle and foot
    T14      Injury of unspecified body region
    F43      Reaction to severe stress (psychological after-effects)
    W54      Bitten or struck by dog (cause code)
* Field is visible to the roles "Bodily injury", "Recovery" and
  "Medical service" only.
* DWH export: picklist value only, no free text, no names.

Fixed
-----
* #4471 Reserve history not shown for reopened claims
* #4502 Letter template PS-017 placeholder <<SB_Telefon>> empty

Known issues
------------
* Picklist is not yet available in the mobile app for field adjusters.
"""
    body = """Hi all,

release notes for SchadenPlus 8.4.0 attached (TXT). Main change for you:
the new "Injury type" picklist on the bodily injury screen. Please use it
from 19 May for all new bodily injury claims; the statistics team will
stop reading the free-text field.

Frank
"""
    return mail("oberndorfer", [("Claims key users", "keyuser-schaden@" + INS)],
                "SchadenPlus 8.4.0 - release notes (injury type picklist)",
                (2025, 5, 9, 16, 0),
                multi("mixed", plain(body, charset="us-ascii", cte="7bit"),
                      attach(notes.encode("ascii"), "text/plain", "SchadenPlus_8.4.0_release_notes.txt",
                             cte="7bit", extra_ct="; charset=us-ascii")))


@M("STRICTLY_CONFIDENTIAL", "de", "internal",
   "harmless body; ZIP for trial counsel holds DOCX status report with child's facial scar and anxiety disorder plus CSV of costs")
def m118():
    rep = docx([
        "# Sachstandsbericht für Prozessbevollmächtigte",
        "Akte: 25-HS-007001 (Hundehalterhaftpflicht 64-3390112)",
        "Rechtsstreit: Gröning ./. Ramadani, LG Kassel, Az. 4 O 611/25",
        "VN/Beklagter: Herr Arben Ramadani, Nordshäuser Str. 21, 34132 Kassel",
        "Klägerin: Leonie Gröning, geb. 14.09.2018, vertreten durch die Eltern",
        "# Haftung",
        "Biss unstreitig, Hund nicht angeleint (Leinenpflicht auf Spielplätzen lt. Gefahrenabwehrverordnung). "
        "Haftung nach § 833 BGB dem Grunde nach nicht zu bestreiten.",
        "# Verletzungen",
        "Risswunde linke Wange 4 cm, Teilabriss linke Ohrmuschel, Versorgung in ITN am 06.04.2025. "
        "Nach Fotos vom 20.05.2025 gerötete, leicht erhabene Narbe. Kinderpsychotherapeutin diagnostiziert "
        "Anpassungsstörung (F43.2), 12 Sitzungen bewilligt. Sekundäre Enuresis lt. Mutter.",
        "# Bewertung Höhe",
        "Vergleichbare Entscheidungen 8.000–15.000 EUR. Empfehlung: Vergleichsbereitschaft bis 11.000 EUR, "
        "Feststellungsantrag anerkennen.",
        "Kassel, 06.06.2025, Dr. J. Peltzer",
    ])
    costs = csvdata([["Datum", "Position", "Betrag_EUR", "Zahlungsempfaenger"],
                     ["14.04.2025", "Vorschuss Schmerzensgeld", "2000,00", "Eltern Groening"],
                     ["02.05.2025", "Regress Gesundheitskasse (Klinikkosten)", "3184,22", "Gesundheitskasse Fulda-Eder"],
                     ["20.05.2025", "Psychotherapie Sitzungen 1-6 (Zuzahlung)", "0,00", "-"],
                     ["03.06.2025", "Anwaltskosten Gegenseite vorgerichtlich", "1029,35", "Brueckner & Weil"]],
                    encoding="cp1252")
    z = zipfile_bytes([("Groening_Ramadani/Sachstand_25-HS-007001.docx", rep),
                       ("Groening_Ramadani/Zahlungen_25-HS-007001.csv", costs)])
    body = """Markus,

anbei das Paket für RA Dr. Kern (Prozessvertretung). Bitte kurz
freigeben, dann geht es über das Portal raus.

Johanna
"""
    return mail(("Dr. Johanna Peltzer", "johanna.peltzer@" + INS), "dreyer",
                "Unterlagen Prozessanwalt – bitte Freigabe",
                (2025, 6, 6, 11, 30),
                multi("mixed", plain(body), attach(z, "application/zip", "Akte_25-HS-007001_Prozess.zip")))


@M("CONFIDENTIAL", "en", "broker",
   "broker mail forwarded: café company's staff spilled coffee on a guest's laptop; contact person and guest named; property only")
def m119():
    body = """Kai-Uwe, FYI - Crestwood again, commercial liability of the café on
Königsplatz. Not our Café Lindgren; different client. Property only.

Hannah

-----Original Message-----
From: Gareth Lloyd <g.lloyd@crestwood-brokers.example>
Sent: 12 May 2025 11:03
To: Hannah Lueders <hannah.lueders@kaltenbach-versicherung.example>
Subject: Claim notification - Bean Counter Coffee GmbH - 70-5120448

Hi Hannah,

claim notification for our client Bean Counter Coffee GmbH, Kassel
(commercial liability 70-5120448). Contact person at the client: Ms Claire
Donovan, operations manager, +49 561 920 4471.

On 10 May a barista tripped over a bag strap while carrying a tray and
spilled two cappuccinos over the laptop of a guest, Mr Tobias Engel, who
was working at a table by the window. The laptop (Lenovo ThinkPad, 2023)
no longer starts. Mr Engel also claims his wool jacket was stained.
Nobody was injured - the coffee was not hot enough to scald, as Mr Engel
himself confirmed.

Mr Engel's contact: tobias.engel@webpost.example. He has asked for a
quick decision as he needs the laptop for work.

Thanks,
Gareth
"""
    return mail("lueders", "sommer", "FW: Claim notification - Bean Counter Coffee GmbH - 70-5120448",
                (2025, 5, 12, 11, 20), plain(body))


@M("NORMAL", "de", "internal",
   "trap: mail-merge template for premium adjustment with «placeholders» (name, IBAN, contract), no real data")
def m120():
    body = """Hallo Frank,

für den Serienlauf Beitragsanpassung Haftpflicht 2025 bitte folgende
Vorlage hinterlegen (Vorlagen-ID BA-HP-2025-02). Die Felder in «»
kommen aus dem Bestandssystem.

----------------------------------------------------------------------
«Anrede» «Vorname» «Nachname»
«Strasse» «Hausnummer»
«PLZ» «Ort»

Ihr Vertrag «Vertragsnummer» – Beitragsanpassung zum «Faelligkeit»

«Briefanrede»,

der unabhängige Treuhänder hat die Schadenentwicklung in der
Privathaftpflicht geprüft. Gestiegene Kosten, vor allem für
Personenschäden (Schmerzensgeld, Behandlungskosten, Pflege), machen eine
Anpassung erforderlich.

Ihr bisheriger Jahresbeitrag: «Beitrag_alt» EUR
Ihr neuer Jahresbeitrag:     «Beitrag_neu» EUR

Der Beitrag wird wie bisher von Ihrem Konto «IBAN_maskiert» eingezogen.

Sie können den Vertrag innerhalb eines Monats nach Zugang dieses
Schreibens zum Zeitpunkt des Wirksamwerdens der Anpassung kündigen.
----------------------------------------------------------------------

Testdatensatz für den Probedruck bitte nur mit dem fiktiven Kunden
"Erika Mustermann (Testkunde), Musterweg 1, 34119 Kassel" erzeugen,
nicht mit Echtdaten.

Danke
Martina
"""
    return mail("oezdemir", "oberndorfer", "Serienbrief-Vorlage BA-HP-2025-02",
                (2025, 5, 13, 9, 5), plain(body))


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-assessor",
   "instruction of a psychologist to assess a named dog-attack victim for PTSD; therapy, nightmares, earlier depression")
def m121():
    body = """Dear Dr Novak,

thank you for agreeing to prepare an expert psychological report in
English/Polish. Details:

Claimant:  Ms Agnieszka Wisniewska, born 02/02/1983, Lohfelden
Claim:     25-HS-004860 (dog-owner liability, policyholder Mrs Pohlmann)
Incident:  dog attack on 6 February 2025, bites to both forearms and the
           left thigh (treated as outpatient, no surgery)

Information so far:
- the claimant reports nightmares, flashbacks, avoidance of going outside
  alone and inability to resume her work as a home care assistant;
- trauma therapist Ms Franke diagnoses post-traumatic stress disorder
  (F43.1), 25 sessions of trauma-focused therapy so far;
- the claimant's GP records show a depressive episode in 2019 treated
  with sertraline for one year.

Questions:
1. Does the claimant suffer from a psychological disorder, and which?
2. Is it causally related to the dog attack? What role does the earlier
   depressive episode play?
3. Prognosis, need for further treatment, and fitness for work (now and
   expected).

Please examine the claimant in person; an interpreter is not needed as
you speak Polish. Fee as per our framework agreement (psychiatric /
psychological supplementary report). Documents via the SecureMail portal.

Kind regards
Selin Aydin
Bodily Injury & Recoveries, Kaltenbach Versicherung AG
"""
    return mail("aydin", ("Dr. Ewa Novak", "praxis@psychologie-novak.example"),
                "Instruction: psychological report - claim 25-HS-004860",
                (2025, 5, 14, 10, 10), plain(body, charset="us-ascii", cte="7bit"))


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "pre-filled claim form (ODT) for a broken glass table at a friend's flat: customer's data, birth date, policy; no injury")
def m122():
    form = odt([
        "Kaltenbach Versicherung AG – Schadenanzeige Privathaftpflicht",
        "Schaden-Nr.: 25-HS-006902",
        "Versicherungsnehmer: Herr Dominik Albrecht, geb. 11.11.1991",
        "Anschrift: Goethestraße 70, 34119 Kassel",
        "Vertrag: Privathaftpflicht Komfort 61-1460332",
        "Telefon: 0157 3318 2274",
        "Schadentag: 10.05.2025, ca. 22:30 Uhr",
        "Schadenort: Wohnung Frau Lea Hofmann, Kölnische Straße 9, 34117 Kassel",
        "Hergang (bitte prüfen/ergänzen): Beim Aufstehen vom Sofa bin ich gegen den Couchtisch gestoßen, "
        "die Glasplatte ist auf den Fliesenboden gefallen und zersprungen.",
        "Personenschaden: nein",
        "Geschädigte Sache: Couchtisch mit Glasplatte, gekauft 2021, Neupreis ca. 380 EUR",
        "Ist die Geschädigte mit Ihnen verwandt oder lebt sie in Ihrem Haushalt? nein",
        "",
        "Ort, Datum, Unterschrift: ______________________________",
    ])
    body = """Sehr geehrter Herr Albrecht,

vielen Dank für Ihren Anruf. Wie besprochen haben wir die Schadenanzeige
mit Ihren Angaben vorausgefüllt. Bitte prüfen Sie die Angaben, ergänzen
Sie den Hergang falls nötig und schicken Sie uns das Formular
unterschrieben zurück (Scan oder Foto genügt), zusammen mit einem Foto
des Tisches.

Mit freundlichen Grüßen
Martina Özdemir
Kundenservice Schaden
"""
    return mail("oezdemir", ("Dominik Albrecht", "d.albrecht@mailfix.example"),
                "Ihre Schadenanzeige 25-HS-006902 zum Unterschreiben",
                (2025, 5, 14, 14, 45),
                multi("mixed", plain(body, charset="iso-8859-1", cte="8bit"),
                      attach(form, CT_ODT, "Schadenanzeige_25-HS-006902.odt")),
                subj_charset="utf-8")


@M("NORMAL", "de", "internal",
   "trap: birthday cake collection for a colleague, organisational, no sensitive data")
def m123():
    body = """Hallo ihr Lieben,

Tobias hat am Freitag Geburtstag (den wievielten verrate ich nicht 😉).
Wir wollen ihm in der Kaffeeküche 4. OG um 10 Uhr einen Kuchen
hinstellen und eine Karte überreichen.

Wer mag, wirft bis Donnerstag 3–5 Euro in die Dose bei mir am Platz
(Raum 4.05). Die Karte liegt auch da.

Bitte nichts verraten – er ist den ganzen Donnerstag im Außendienst,
liest aber seine Mails. Deshalb steht er nicht im Verteiler.

Liebe Grüße
Martina
"""
    return mail("oezdemir", ["thielmann", "dreyer", "aydin", "sommer", "natarajan"],
                "Freitag 10 Uhr Kaffeeküche 🎂",
                (2025, 5, 20, 12, 30), plain(body))


@M("NORMAL", "en", "newsletter",
   "trap: commercial newsletter for hair and beauty salons on allergic reactions and chemical burns, generic, plain+HTML")
def m124():
    p = """KALTENBACH BUSINESS - Hair & Beauty edition, June 2025

Allergic reactions and chemical burns: the most expensive five minutes
in a salon

Hair dye allergies (PPD), scalp burns from bleach, infected piercings,
eyelash glue in the eye: bodily injury claims against salons are rare,
but when they happen they are costly - pain and suffering, doctor's
bills, sometimes a permanent scar or hair loss.

Our checklist:
1. Patch test 48 hours before every colouring with new products - and
   write down the result.
2. Ask about previous reactions and note the answer (without storing
   more health information than you need).
3. Follow the manufacturer's exposure times; use a timer.
4. Stop immediately if a client reports burning; rinse; document.
5. Report every incident to us within a week, even if the client says
   it's "nothing".

Your commercial liability policy covers claims by clients. Damage to
your own equipment or treatments that simply "didn't turn out nicely"
are not covered.

Kaltenbach Versicherung AG, commercial lines
Unsubscribe: https://www.kaltenbach-versicherung.example/business/unsubscribe
"""
    h = """<html><body style="font-family:Helvetica,Arial,sans-serif;max-width:600px">
<p style="color:#999;font-size:11px">KALTENBACH BUSINESS &ndash; Hair &amp; Beauty edition, June 2025</p>
<h2>Allergic reactions and chemical burns: the most expensive five minutes in a salon</h2>
<p>Hair dye allergies (PPD), scalp burns from bleach, infected piercings, eyelash glue in the eye: bodily
injury claims against salons are rare, but when they happen they are costly &ndash; pain and suffering,
doctor's bills, sometimes a permanent scar or hair loss.</p>
<h3>Our checklist</h3>
<ol><li>Patch test 48 hours before every colouring with new products &ndash; and write down the result.</li>
<li>Ask about previous reactions and note the answer (without storing more health information than you need).</li>
<li>Follow the manufacturer's exposure times; use a timer.</li>
<li>Stop immediately if a client reports burning; rinse; document.</li>
<li>Report every incident to us within a week, even if the client says it's &ldquo;nothing&rdquo;.</li></ol>
<p>Your commercial liability policy covers claims by clients. Damage to your own equipment or treatments that
simply &ldquo;didn't turn out nicely&rdquo; are not covered.</p>
<p style="font-size:11px;color:#999">Kaltenbach Versicherung AG, commercial lines &middot;
<a href="https://www.kaltenbach-versicherung.example/business/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    return mail(("Kaltenbach Business", "business-news@" + INS), ("", "business-hairbeauty@lists." + INS),
                "Allergic reactions & chemical burns - salon checklist",
                (2025, 6, 2, 7, 0), alt(p, h, charset="us-ascii", cte="7bit"), extra=[("Precedence", "bulk")])


@M("CONFIDENTIAL", "en", "insurer-to-claimant",
   "rejection of a car-damage claim after a healthy tree fell in a storm: claimant named, plate, insured named, claim number")
def m125():
    body = """Dear Mr Brennan-Walsh,

Our ref.: 25-HS-005744
Our policyholder: Mrs Hannelore Grebe, Kassel-Harleshausen

Thank you for your patience. We have now received the arborist's report
on the lime tree that fell onto your car (Toyota Corolla, KS-JB 4410)
during storm "Zoe" on 8 March 2025.

The report finds that the tree was healthy: no rot, no fungal growth, no
dead wood, and the root plate was intact. The tree was uprooted by wind
gusts of up to 118 km/h measured at Kassel airport that night. The last
inspection by a tree care company took place in October 2024 and found
no defects.

Under German law, a tree owner is only liable if he or she could have
recognised a danger and failed to act. That was not the case here; the
damage was caused by a natural event ("hoehere Gewalt"). We are
therefore unable to accept your claim against Mrs Grebe.

Damage to cars caused by storms is usually covered by the partial cover
(Teilkasko) of your own motor insurance. We enclose no documents, but we
are happy to send a copy of the arborist's report to your motor insurer
on request.

Kind regards
Priya Natarajan
International Claims Desk, Kaltenbach Versicherung AG
"""
    return mail("natarajan", ("Jack Brennan-Walsh", "jack.bw@mailbox-uk.example"),
                "Your claim against Mrs Grebe - our ref 25-HS-005744",
                (2025, 5, 21, 11, 0), plain(body, charset="us-ascii", cte="7bit"))


@M("NORMAL", "en", "newsletter",
   "trap: HTML-only broker newsletter on dog-owner liability rules by federal state and bite claims in general, no person")
def m126():
    h = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;max-width:640px">
<h2 style="color:#0b3d6e">Broker Briefing &ndash; Dog-owner liability in Germany</h2>
<p>Many of your international clients move to Germany with a dog. Whether dog-owner liability insurance is
compulsory depends on the federal state:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:12px">
<tr style="background:#dde7f0"><th>State</th><th>Compulsory?</th><th>Minimum cover</th></tr>
<tr><td>Berlin, Hamburg, Lower Saxony, Saxony-Anhalt, Schleswig-Holstein, Thuringia</td><td>all dogs</td><td>usually EUR 500k / 250k</td></tr>
<tr><td>North Rhine-Westphalia</td><td>dogs over 40 cm or 20 kg, listed breeds</td><td>EUR 500k / 250k</td></tr>
<tr><td>Hesse, Bavaria, Baden-W&uuml;rttemberg and others</td><td>listed breeds / dangerous dogs</td><td>varies</td></tr>
</table>
<p>Bite injuries are the most expensive part of the line: a bite to a child's face with scarring can easily
reach five figures in pain and suffering alone, plus health insurer recourse. Our tariff covers up to
EUR 20m and includes claims by dog sitters.</p>
<p>Quotes in English: <a href="https://makler.kaltenbach-versicherung.example/en/dog">broker portal</a></p>
<p style="font-size:11px;color:#888">Kaltenbach Versicherung AG &middot; Broker Support &middot;
<a href="https://makler.kaltenbach-versicherung.example/newsletter">manage subscription</a></p>
</body></html>
"""
    return mail(("Kaltenbach Broker Support", "maklerinfo@" + INS), ("", "brokers-international@lists." + INS),
                "Broker Briefing: dog-owner liability by federal state",
                (2025, 5, 26, 8, 0), html(h), extra=[("Precedence", "bulk")])


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "body only asks for a questionnaire; the subject names the domestic cleaner and her injuries (pelvic contusion, wrist)")
def m127():
    body = """Sehr geehrter Herr Dr. Falkenberg,

anbei wie besprochen der Fragebogen zum Hergang. Bitte füllen Sie ihn
aus und senden Sie ihn zusammen mit Fotos der Treppe an uns zurück.

Bitte geben Sie außerdem an, ob Ihre Haushaltshilfe bei der Minijob-
Zentrale angemeldet ist; davon hängt ab, ob die Unfallkasse zuständig ist.

Mit freundlichen Grüßen
Jana Thielmann
Kaltenbach Versicherung AG
"""
    q = docx([
        "# Fragebogen zum Schadenhergang",
        "1. Wann genau ist der Unfall passiert (Datum, Uhrzeit)?",
        "2. Wo genau (Raum, Treppe, Stufe)?",
        "3. War die Treppe feucht oder frisch gewischt? Wer hat gewischt?",
        "4. Gab es einen Handlauf, und war die Beleuchtung eingeschaltet?",
        "5. Wer war anwesend, wer hat den Unfall gesehen?",
        "6. Ist die Haushaltshilfe angemeldet (Minijob-Zentrale, Haushaltsscheck)? Seit wann?",
        "Ort, Datum, Unterschrift: ____________________",
    ])
    return mail("thielmann", ("Dr. Ansgar Falkenberg", "a.falkenberg@kanzlei-falkenberg.example"),
                "Schaden 25-HS-007204 – Treppensturz Ihrer Haushaltshilfe Frau Dorota Lis "
                "(Beckenprellung, Handgelenksfraktur)",
                (2025, 5, 27, 10, 18),
                multi("mixed", plain(body), attach(q, CT_DOCX, "Fragebogen_Hergang.docx")))


@M("CONFIDENTIAL", "de", "insurer-to-lawyer",
   "cost schedule (XLSX) of a property-damage claim for the claimant's lawyer: names, address, claim number, amounts; only in the attachment")
def m128():
    rows = [["Schaden 25-HS-003610 – Keil ./. Mühlhaus – Regulierungsaufstellung"],
            ["Geschädigter: Arno Keil, Sandweg 12, 34266 Niestetal"],
            ["VN: Friedhelm Mühlhaus, Sandweg 14, 34266 Niestetal"],
            [],
            ["Position", "gefordert EUR", "anerkannt EUR", "Begründung"],
            ["Waschmaschine (2019)", 649.00, 292.05, "Zeitwert 45 %"],
            ["Wäschetrockner (2021)", 799.00, 479.40, "Zeitwert 60 %"],
            ["Schwerlastregale (3 Stk.)", 267.00, 160.20, "Zeitwert 60 %"],
            ["Kartons mit Büchern/Unterlagen", 900.00, 450.00, "pauschal, Belege fehlen"],
            ["Entsorgung", 120.00, 120.00, ""],
            ["Trocknung", 2341.60, 0.00, "vom Gebäudeversicherer übernommen"],
            ["Summe", 5076.60, 1501.65, ""],
            [],
            ["RA-Gebühren 1,3 aus 1.501,65 EUR zzgl. Auslagen und USt.", "", 255.85, ""]]
    body = """Sehr geehrte Frau Dr. Sauer,

anbei unsere Regulierungsaufstellung in der Sache Keil ./. Mühlhaus. Den
anerkannten Betrag überweisen wir nach Ihrer Bestätigung auf Ihr
Anderkonto.

Mit freundlichen Grüßen
Jana Thielmann
"""
    return mail("thielmann", ("RAin Dr. Annette Sauer", "kanzlei@sauer-recht.example"),
                "031/25 Keil ./. Mühlhaus – Regulierungsaufstellung",
                (2025, 5, 28, 9, 0),
                multi("mixed", plain(body), attach(xlsx(rows, "Aufstellung"), CT_XLSX, "Aufstellung_25-HS-003610.xlsx")))


@M("NORMAL", "de", "insurer-to-supplier",
   "trap: payment advice to a GmbH supplier with company IBANs (supplier's and insurer's own), no natural person")
def m129():
    body = """Zahlungsavis

Sehr geehrte Damen und Herren,

wir haben heute folgende Rechnungen beglichen:

Rechnung      Datum        Bestellung      Betrag EUR
RE-25-01187   20.01.2025   EK-2025-00214     1.734,91
RE-25-01402   03.02.2025   EK-2025-00214       412,58
RE-25-02118   03.03.2025   Rahmenvertrag   5.474,33
Summe                                      7.621,82

Empfänger:   Streudienst Meyer GmbH
IBAN:        DE04 7640 1128 6315 4051 60
Auftraggeber: Kaltenbach Versicherung AG
IBAN:        DE73 2198 4017 1597 2679 56
Verwendungszweck: Zahlungsavis ZA-2025-04411

Bei Rückfragen wenden Sie sich bitte an kreditoren@kaltenbach-versicherung.example.

Kaltenbach Versicherung AG
Kreditorenbuchhaltung
(Diese Nachricht wurde automatisch erstellt.)
"""
    return mail(("Kaltenbach Kreditorenbuchhaltung", "kreditoren@" + INS),
                ("Streudienst Meyer GmbH", "buchhaltung@meyer-winterdienst.example"),
                "Zahlungsavis ZA-2025-04411",
                (2025, 3, 20, 5, 30), plain(body, charset="iso-8859-1", cte="quoted-printable"))


@M("STRICTLY_CONFIDENTIAL", "en", "internal",
   "one-line body; XLSX reserve review lists open bodily-injury claims with claimant names and injuries")
def m130():
    rows = [["Open bodily injury claims > EUR 25k - reserve review June 2025"],
            ["Claim", "Claimant", "Injury", "Status", "Reserve EUR", "Proposal EUR", "Handler"],
            ["24-HS-021506", "Milan Krueger (9)", "Spinal cord injury T11, ASIA C", "rehab", 1850000, 1850000, "Peltzer"],
            ["25-HS-004117", "Reinhard Pauly", "Radius fracture R, Weber B ankle L", "advance paid", 32000, 38000, "Aydin"],
            ["25-HS-004533", "Ursula Kamps", "Femoral neck fracture, hemiarthroplasty", "advance paid", 41000, 41000, "Aydin"],
            ["25-HS-004781", "Guenter Reinhardt (deceased)", "TBI, intracranial haemorrhage, death", "open", 65000, 70000, "Peltzer"],
            ["25-HS-004860", "Agnieszka Wisniewska", "Bites, PTSD", "expert report", 28000, 35000, "Aydin"],
            ["25-HG-000493", "Deborah Marsh", "Distal radius fracture L, anxiety", "interim paid", 30000, 30000, "Aydin"],
            ["25-HS-007001", "Leonie Groening (6)", "Facial bite, scar, adjustment disorder", "litigation", 26000, 30000, "Peltzer"],
            ["25-HS-003411", "Piotr Nowicki", "Calcaneus fracture, rib fractures", "BG recourse", 45000, 52000, "Peltzer"]]
    body = """See attached for Thursday.

Selin
"""
    return mail("aydin", ["dreyer", ("Dr. Johanna Peltzer", "johanna.peltzer@" + INS), "kowalczyk"],
                "Reserve review June",
                (2025, 6, 10, 17, 55),
                multi("mixed", plain(body, charset="us-ascii", cte="7bit"),
                      attach(xlsx(rows, "BI > 25k"), CT_XLSX, "reserve_review_2025-06.xlsx")))


@M("NORMAL", "mixed", "internal",
   "trap: SEPA test cases with the published example IBAN and fictitious 'Max Mustermann', bilingual dev-team mail, CSV")
def m131():
    rows = [["testcase", "payee_name", "iban", "bic", "amount", "purpose", "expected"],
            ["TC-01", "Max Mustermann (fiktiv)", "DE89370400440532013000", "COBADEFFXXX", "1087.00",
             "25-HS-TEST-0001 Regulierung", "OK"],
            ["TC-02", "Erika Mustermann (fiktiv)", "DE89 3704 0044 0532 0130 00", "COBADEFFXXX", "0.01",
             "Testbuchung", "OK (spaces stripped)"],
            ["TC-03", "Test Payee (fictitious)", "DE00123456780000000000", "", "50.00", "Invalid check digits",
             "REJECT"],
            ["TC-04", "Max Mustermann (fiktiv)", "", "", "100.00", "missing IBAN", "REJECT"]]
    body = """Hi Frank, hallo Team,

for the new claims payment interface (SchadenPlus -> SEPA XML) I have put
the test cases into the attached CSV. Alle Datensätze sind fiktiv: we use
only the published example IBAN DE89 3704 0044 0532 0130 00 and the
usual "Mustermann" names. TC-03 has an intentionally wrong check digit
and must be rejected by the validator.

Bitte keine echten Schadenzahlungen in die Testumgebung kopieren – the
last time someone did, we had real claimants' IBANs in the test logs.

Thanks / Danke
Aleksander Wójcik
Payments IT
"""
    return mail(("Aleksander Wójcik", "aleksander.wojcik@" + INS), ["oberndorfer", ("Payments IT", "payments-it@" + INS)],
                "SEPA test cases claims payments / Testfälle",
                (2025, 6, 11, 10, 30),
                multi("mixed", plain(body),
                      attach(csvdata(rows, delimiter=";"), "text/csv", "sepa_testcases_claims.csv")))


@M("NORMAL", "en", "internal",
   "trap: ICS for a winter-readiness call on grit bins and ice on the insurer's own site, no person")
def m132():
    cal = ics("Winter readiness call - Kassel site (grit, snow clearing, liability)", "20251015T140000",
              "20251015T143000", location="Teams",
              description=("1) grit bins: refill and new positions at car park ramp; 2) winter service "
                           "contractor: start times and logs; 3) reporting of falls on site (HR / "
                           "occupational safety); 4) our own liability cover for visitors."),
              organizer=("Oliver Brandt", "oliver.brandt@" + INS),
              attendees=[("Facility Management", "facility@" + INS),
                         ("Occupational Safety", "arbeitssicherheit@" + INS)])
    body = """Hi all,

short call before the season starts - invitation attached. 30 minutes.

Oliver
"""
    return mail("brandt", [("Facility Management", "facility@" + INS),
                           ("Occupational Safety", "arbeitssicherheit@" + INS)],
                "Invitation: Winter readiness call 15 Oct",
                (2025, 9, 29, 9, 5),
                multi("mixed", plain(body, charset="us-ascii", cte="7bit"),
                      attach(cal, "text/calendar", "winter_readiness.ics", extra_ct="; method=REQUEST; charset=utf-8")))


@M("NORMAL", "mixed", "internal",
   "trap: bilingual glossary of bodily-injury claim terms (Schmerzensgeld, Haushaltsführungsschaden, Pflegegrad), no person")
def m133():
    body = """Hallo zusammen / Hi everyone,

as requested in the offsite, here is the first version of our glossary.
Ergänzungen bitte direkt ins Wiki.

Schmerzensgeld ........................ pain and suffering (general damages)
Haushaltsführungsschaden .............. loss of housekeeping capacity
Verdienstausfall ...................... loss of earnings
Vermehrte Bedürfnisse ................. increased needs (care, aids, adaptations)
Hinterbliebenengeld ................... bereavement damages
Mitverschulden (§ 254 BGB) ............ contributory negligence
Verkehrssicherungspflicht ............. duty of care (occupier's liability)
Streupflicht .......................... duty to grit / clear snow
Tierhalterhaftung (§ 833 BGB) ......... strict liability of animal owners
Forderungsübergang (§ 116 SGB X) ...... statutory subrogation of social insurers
Teilungsabkommen ...................... sharing agreement (with health/accident insurers)
Berufsgenossenschaft .................. employers' liability insurance association
Schweigepflichtentbindung ............. medical authority / release of confidentiality
Dauerschaden / MdE .................... permanent impairment / reduction in earning capacity
Pflegegrad ............................ care level (1–5)
Abfindungsvergleich ................... full and final settlement
Durchgangsarzt ........................ accident surgeon (D-Arzt) for work accidents

Selin & Priya
"""
    return mail("aydin", ("International Claims Team", "international-claims-team@" + INS),
                "Glossar Personenschaden DE/EN – Version 1",
                (2025, 6, 2, 15, 40), plain(body, cte="8bit"), cc=["natarajan"])


@M("CONFIDENTIAL", "en", "broker",
   "broker's mail attached as .eml: client's son damaged rented skis in Austria, names, policy number; nobody hurt")
def m134():
    inner_body = """Hi Priya,

another small one for you. Our client Mr Andrew Pryce (private liability
61-6604418, family cover) was skiing in Saalbach in February. His son
Ethan (15) damaged a pair of rented skis when he went off-piste over some
rocks - the bases and one edge are ruined. Ethan was fine, not a scratch.

The rental shop (Sport Hinterholzer) has charged EUR 420 to Mr Pryce's
credit card as the skis were not insured through the shop. Invoice and
rental contract attached in our portal (CW-25-0144).

Would you reimburse Mr Pryce? His bank details are on file with you.

Cheers
Gareth

Gareth Lloyd | Account Executive | Crestwood Insurance Brokers Ltd
"""
    inner = mail(("Gareth Lloyd", "g.lloyd@crestwood-brokers.example"),
                 ("International Claims", "international-claims@" + INS),
                 "Claim - Pryce - rented skis Austria", (2025, 3, 4, 9, 41),
                 plain(inner_body, charset="us-ascii", cte="7bit"), mid_salt="inner134")
    body = """Jana - attaching the broker mail for the file. Rented skis: borrowed/rented
items are covered in his Komfort tariff (EUR 5,000, excess EUR 150). Could
you set up the claim? I'm on holiday from tomorrow.

Thanks, Priya
"""
    return mail("natarajan", "thielmann", "Fwd: Claim - Pryce - rented skis Austria",
                (2025, 5, 2, 16, 50),
                multi("mixed", plain(body, charset="us-ascii", cte="7bit"), rfc822(inner, "Claim_Pryce.eml")))


@M("NORMAL", "de", "internal",
   "trap: blank bodily-injury checklist for field adjusters (injuries, doctors, health insurer fields), no case")
def m135():
    body = """Liebe Kollegen im Außendienst,

ab sofort bitte bei jeder Besichtigung mit Personenschaden die
folgende Checkliste verwenden (liegt auch als Formular in der App):

CHECKLISTE PERSONENSCHADEN – ERSTBESICHTIGUNG
[ ] Geschädigte/r: Name, Anschrift, Geburtsdatum, Telefon
[ ] Verletzungen laut Geschädigtem (nicht selbst bewerten!)
[ ] Erstbehandlung: Krankenhaus / Arzt / Durchgangsarzt
[ ] Krankenkasse / Berufsgenossenschaft / private KV
[ ] Arbeitsunfall? Wegeunfall?
[ ] Schweigepflichtentbindung übergeben (Formular PS-017-A)
[ ] Fotos der Unfallstelle (keine Fotos von Verletzungen machen!)
[ ] Zeugen mit Kontaktdaten
[ ] Winterdienst-/Reinigungsprotokolle, Verträge
[ ] Hinweis auf SecureMail für ärztliche Unterlagen gegeben

Das ausgefüllte Formular geht automatisch in die Dokumentklasse MED.
Bitte die Angaben zur Verletzung nicht in den Freitext des
Besichtigungsberichts schreiben.

Danke
Markus
"""
    return mail("dreyer", ("Außenregulierung", "aussenregulierung@" + INS),
                "Neue Checkliste Personenschaden für Besichtigungen",
                (2025, 6, 4, 8, 15), plain(body, cte="8bit"), cc=["kranich"])


@M("STRICTLY_CONFIDENTIAL", "en", "claimant",
   "harmless one-line forward; attached .eml from the café-fall claimant about ongoing pain, physiotherapy and antidepressants")
def m136():
    inner_body = """Dear Ms Natarajan,

I hope you don't mind me writing to you directly - my solicitor is on
holiday.

It is now five months since my fall in the café and my wrist is still
not right. I can't grip properly and it aches every evening. My GP has
referred me back to the fracture clinic and I have started another
course of physiotherapy (8 sessions). The consultant mentioned that the
plate may have to come out.

I am also still on sertraline for the anxiety and have not been able to
go back to full hours at work - I do three days a week at the moment.

Could you please tell me whether the costs of the private physio will be
paid? I have paid GBP 360 so far.

Kind regards
Deborah Marsh
"""
    inner = mail(("Deborah Marsh", "deb.marsh@harrogate-mail.example"),
                 ("Priya Natarajan", "priya.natarajan@" + INS),
                 "My wrist - physiotherapy costs", (2025, 6, 9, 20, 14),
                 plain(inner_body), mid_salt="inner136")
    body = """FYI for the file.

P.
"""
    return mail("natarajan", "aydin", "Fwd: My wrist - physiotherapy costs",
                (2025, 6, 10, 8, 2),
                multi("mixed", plain(body, charset="us-ascii", cte="7bit"), rfc822(inner, "My wrist.eml")))


@M("NORMAL", "en", "internal",
   "trap: internal job ad for a bodily-injury claims specialist (medical knowledge, brain injuries), no person")
def m137():
    body = """INTERNAL VACANCY - please share with anyone who might be interested

Bodily Injury Claims Specialist (m/f/d), International Claims Desk, Kassel
Full-time or 80 %, permanent

Your tasks
- handling complex bodily injury claims from private and commercial
  liability with foreign claimants: fractures, head and spinal injuries,
  psychological injuries, fatal accidents
- negotiating with solicitors and foreign health and social insurers
- instructing medical experts and reviewing medical reports
- reserving and reporting large losses to reinsurers

Your profile
- degree in law or insurance, or claims experience of 3+ years
- good understanding of medical terminology (training provided)
- fluent English and German; a third language is a plus
- sensitivity in dealing with injured people and bereaved families

Apply by 30 June via the internal job portal (job ID 2025-117).
Contact: Rebecca Hale, Head of International Claims Desk.
"""
    return mail("hale", ("All staff Kassel", "alle-kassel@" + INS),
                "Internal vacancy: Bodily Injury Claims Specialist (job ID 2025-117)",
                (2025, 6, 12, 9, 0), plain(body, charset="us-ascii", cte="7bit"))


@M("NORMAL", "en", "insurer-to-partner",
   "trap: generic bodily-injury claims handling guidelines (DOCX) sent to the reinsurer, no case or person")
def m138():
    guide = docx([
        "# Kaltenbach Versicherung AG – Bodily Injury Claims Handling Guidelines (extract, v3.2)",
        "1. First contact with the injured party within 3 working days of notification; in fatal and "
        "catastrophic cases within 24 hours, by phone where possible.",
        "2. Medical evidence is requested only with a signed authority limited to the incident; medical "
        "documents are stored in the restricted document class MED.",
        "3. Interim payments: up to EUR 5,000 by the handler, above that with team lead approval.",
        "4. Reserves: reviewed at least every 6 months; claims above EUR 250,000 are notified to the "
        "reinsurer within 30 days of reaching the threshold.",
        "5. Recourse by health and social insurers is settled under sharing agreements where applicable.",
        "6. Rehabilitation management is offered in all cases with an expected reserve above EUR 100,000.",
        "7. Settlement authority matrix:",
    ], tables=[[["Role", "Authority (EUR)"], ["Claims handler", "25,000"], ["Senior specialist", "100,000"],
                ["Team lead", "250,000"], ["Head of claims", "1,000,000"], ["Board", "> 1,000,000"]]])
    body = """Dear Thomas,

as requested for your claims audit next month, please find attached
the extract from our bodily injury claims handling guidelines. The file
sample for the audit (20 claims) will be made available on site only,
as agreed.

Best regards
Markus Dreyer
Head of Liability Claims
"""
    return mail("dreyer", ("Thomas Winter", "thomas.winter@albion-re.example"),
                "Claims audit - our BI handling guidelines",
                (2025, 6, 13, 11, 20),
                multi("mixed", plain(body, charset="us-ascii", cte="7bit"),
                      attach(guide, CT_DOCX, "BI_claims_guidelines_v3.2_extract.docx")))


@M("NORMAL", "de", "internal",
   "trap: sales campaign mail on commercial liability for roofers and trades (falling tiles, injured passers-by), no customer")
def m139():
    body = """Liebe Kolleginnen und Kollegen im Vertrieb,

ab 1. Juli startet unsere Aktion "Sicher am Bau" für Handwerksbetriebe.

Zielgruppe: Dachdecker, Zimmerer, Gerüstbauer, Maler, Elektriker mit bis
zu 20 Beschäftigten.

Argumente aus der Schadenpraxis:
- Ein herabfallender Dachziegel, der einen Passanten am Kopf trifft, kann
  schnell 50.000 EUR und mehr kosten (Behandlung, Schmerzensgeld,
  Verdienstausfall, Regress der Krankenkasse).
- Stürzt der Mitarbeiter eines Subunternehmers durch ein ungesichertes
  Dach, holt sich die Berufsgenossenschaft ihre Leistungen zurück –
  oft sechsstellig.
- Tätigkeitsschäden (z. B. Parkett beim Kunden) sind bei uns bis
  50.000 EUR mitversichert.

Aktionskonditionen: 15 % Nachlass im ersten Jahr bei Abschluss bis
30.09.2025, Deckungssumme 10 Mio. EUR pauschal.

Flyer und Beispielrechnungen findet ihr im Vertriebsportal.

Viele Grüße
Lena Vogt
Marketing
"""
    return mail("vogt", ("Vertrieb Gewerbe", "vertrieb-gewerbe@" + INS),
                "Aktion „Sicher am Bau“ ab 1. Juli",
                (2025, 6, 16, 10, 0), plain(body))


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "address change confirmation: customer's new and old address, policy numbers, insured co-residents; no health data")
def m140():
    body = """Dear Ms Harrington,

thank you for letting us know about your move. We have updated your
details:

  Customer:     Ms Olivia Harrington
  Old address:  Schillerstrasse 14, 34117 Kassel
  New address:  Brueder-Grimm-Platz 2, 34117 Kassel (from 1 July 2025)
  Contracts:    private liability 61-5087722 (single -> family)
                household contents 82-3301194

As your partner, Mr Lukas Brand, is moving in with you, we have changed
your private liability policy to family cover from 1 July 2025. New
annual premium: EUR 99.40 (previously EUR 66.90). The difference for this
year will be collected with the next direct debit.

Please also check the sum insured of your household contents policy for
the new flat (currently EUR 45,000 for 60 sqm; the new flat has 82 sqm).

Kind regards
Kaltenbach Customer Service
"""
    return mail("service", ("Olivia Harrington", "olivia.harrington@mailbox-uk.example"),
                "Change of address and family cover - your contracts",
                (2025, 6, 18, 14, 10), plain(body, charset="us-ascii", cte="7bit"))


@M("NORMAL", "de", "internal",
   "trap: social-media plan for the winter campaign with posts about falls, fractures and Schmerzensgeld, no person")
def m141():
    body = """Hallo Markus, hallo Selin,

bevor die Posts für die Kampagne "Winter ready" im Oktober rausgehen,
bitte einmal fachlich drüberschauen (bis 12.09.):

Post 1 (Instagram, Karussell)
"Glatteis vor der Tür? 🧊 Als Eigentümer*in musst du räumen und streuen –
sonst haftest du, wenn jemand stürzt. Ein gebrochenes Handgelenk kann
schnell 5.000 € Schmerzensgeld kosten."

Post 2 (Facebook)
"Jeder dritte Glätteunfall, den wir 2024 reguliert haben, betraf Menschen
über 65. Für sie endet ein Sturz oft mit einem Oberschenkelhalsbruch.
Bitte denkt an eure älteren Nachbar*innen! #Winterdienst"

Post 3 (LinkedIn)
"41 Mio. € für Personenschäden in der Privathaftpflicht: Was wir aus
1.472 Glätteschäden gelernt haben." + Link auf Pressemitteilung

Keine echten Fälle, keine Fotos von Verletzten – nur Symbolbilder aus
der Datenbank.

Danke!
Lena
"""
    return mail("vogt", ["dreyer", "aydin"], "Review Social-Media-Posts Winterkampagne",
                (2025, 9, 1, 11, 30), plain(body))


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-claimant",
   "full-and-final settlement offer to the dog-bite student: tendon injury, scar, therapy; PDF release form")
def m142():
    rel = pdf([
        "Kaltenbach Versicherung AG - Bodily Injury & Recoveries",
        "",
        "FULL AND FINAL SETTLEMENT (Abfindungserklaerung)",
        "",
        "Claim: 25-HS-004012   Policyholder: Mr Heiko Herwig, Kassel (dog-owner liability)",
        "Claimant: Mr Jordan Alvarez, born 05/02/2003, currently Menzelstrasse 9, 34121 Kassel",
        "",
        "Incident: dog bite to the left hand on 11/01/2025 (flexor tendon injuries index and middle",
        "finger, tendon repair 12/01/2025, residual extension deficit of the index finger, scar 4 cm).",
        "",
        "In full and final settlement of all claims arising from the incident, including future",
        "claims, the insurer pays:",
        "  Pain and suffering                        EUR 9,500.00",
        "  Hand therapy co-payments                  EUR   612.00",
        "  Future scar revision (lump sum)           EUR 4,000.00",
        "  Loss of semester fees / exam re-sit       EUR   860.00",
        "  Total                                     EUR 14,972.00",
        "  less advance paid on 28/02/2025           EUR  1,000.00",
        "  Balance                                   EUR 13,972.00",
        "",
        "Excluded from this settlement: claims of health insurers and social insurers.",
        "",
        "Place, date: _______________    Signature claimant: ______________________",
    ], title="Settlement 25-HS-004012")
    body = """Dear Mr Alvarez,

we have now received the report of our medical adviser and the latest
hand therapy report. I'm glad to read that your grip strength has
improved, although the index finger will probably stay slightly stiff.

We would like to offer you a full and final settlement of EUR 14,972.00
(EUR 13,972.00 after the advance). The breakdown is in the attached
release form. It includes a lump sum for a scar revision by a plastic
surgeon in the US, so you can decide yourself whether and when to have
it done.

Because this settlement also covers future claims, please take your time
and consider getting independent advice before you sign. If you accept,
please sign the form and send it back; we will pay within 10 days.

Kind regards

Selin Aydin
Bodily Injury & Recoveries
Kaltenbach Versicherung AG
"""
    return mail("aydin", ("Jordan Alvarez", "jordan.alvarez@uni-mail.example"),
                "Settlement offer - claim 25-HS-004012",
                (2025, 6, 20, 10, 45),
                multi("mixed", plain(body, charset="us-ascii", cte="7bit"),
                      attach(rel, "application/pdf", "Settlement_25-HS-004012.pdf")))


@M("CONFIDENTIAL", "de", "insurer-to-lawyer",
   "neighbour dispute: hedge roots lifted claimant's paving; lawyer, both neighbours named, addresses, claim number; property only")
def m143():
    body = """Sehr geehrter Herr Rechtsanwalt Tamm,

Ihr Zeichen: T-204/25 Engelbrecht
unser Zeichen: 25-HS-007388, VN: Frau Irmgard Vössing, Am Hegelsberg 31

Ihr Mandant, Herr Wolfram Engelbrecht (Am Hegelsberg 33), verlangt von
unserer Versicherungsnehmerin Ersatz für die Pflasterfläche seiner
Zufahrt, die durch Wurzeln der Thujahecke auf dem Grundstück unserer
Versicherungsnehmerin angehoben wurde (Kostenvoranschlag Garten- und
Landschaftsbau Riedel: 4.870 EUR).

Wir weisen auf Folgendes hin:
1. Der Beseitigungsanspruch (§ 1004 BGB) – also das Kappen der Wurzeln
   und das Entfernen der Hecke – ist kein Schadenersatzanspruch und
   daher nicht Gegenstand der Haftpflichtversicherung.
2. Für den Schaden am Pflaster kommt ein nachbarrechtlicher
   Ausgleichsanspruch in Betracht. Nach den Fotos war die Pflasterung
   bereits vor dem Wurzeleinwuchs abgesackt (fehlender Unterbau).
3. Wir bieten ohne Anerkennung einer Rechtspflicht 50 % der
   Pflasterkosten, also 2.435 EUR, zur Erledigung an.

Verletzt wurde niemand; der von Ihnen erwähnte "Beinahe-Sturz" der
Ehefrau Ihres Mandanten ist nicht Gegenstand dieses Angebots.

Mit freundlichen Grüßen
Jana Thielmann
Kaltenbach Versicherung AG
"""
    return mail("thielmann", ("RA Holger Tamm", "tamm@kanzlei-tamm.example"),
                "T-204/25 Engelbrecht ./. Vössing – unser Zeichen 25-HS-007388",
                (2025, 6, 24, 11, 12), plain(body, cte="8bit"))


@M("NORMAL", "en", "insurer-to-lawyer",
   "trap: answer to a law firm's request for the insurer's S/MIME certificate and secure-mail options, no case")
def m144():
    body = """Dear Mr Fenwick,

thank you for asking how to send medical evidence to us securely.

You have three options:

1. S/MIME: our gateway certificate for the domain
   kaltenbach-versicherung.example is published in our LDAP directory
   (ldap://certs.kaltenbach-versicherung.example) and can also be
   downloaded at https://www.kaltenbach-versicherung.example/securemail.
   SHA-256 fingerprint:
   4C:1A:9E:77:0B:D2:53:8F:61:3A:EE:90:12:C4:7D:5B:
   08:9F:3E:21:AA:64:C0:17:9D:52:8B:E3:40:76:F1:2C
   Valid until 31 March 2027.

2. TLS: our mail servers enforce TLS 1.2 or higher; if your firm's
   gateway supports mandatory TLS, that is acceptable for correspondence
   without medical content.

3. SecureMail portal: we can set up a portal account for your firm. You
   will receive a one-time password by separate e-mail.

Please do not send medical records as unencrypted attachments.

Kind regards
Frank Oberndorfer
IT Services, Kaltenbach Versicherung AG
"""
    return mail("oberndorfer", ("Oliver Fenwick", "o.fenwick@fenwick-solicitors.example"),
                "Secure e-mail with Kaltenbach - certificate and options",
                (2025, 6, 25, 9, 30), plain(body, charset="us-ascii", cte="7bit"))


@M("STRICTLY_CONFIDENTIAL", "de", "internal",
   "HTML-only team overview table of open bodily-injury claims with names, injuries and next steps")
def m145():
    h = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hallo zusammen,</p>
<p>für die Teamrunde morgen die Übersicht der offenen Personenschäden (Privat-HP), sortiert nach nächster Frist:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#d9e2ef"><th>Schaden</th><th>Geschädigte/r</th><th>Verletzung</th><th>nächster Schritt</th><th>Frist</th><th>SB</th></tr>
<tr><td>25-HS-004894</td><td>Marlene Dietz</td><td>Innenmeniskus-Korbhenkelriss li., Meniskusnaht</td><td>Befund Hausärztin anmahnen</td><td>04.07.</td><td>Aydın</td></tr>
<tr><td>25-HS-005088</td><td>Stefan Reimold</td><td>Calcaneusfraktur re., OP</td><td>Regress Krankenkasse prüfen</td><td>07.07.</td><td>Thielmann</td></tr>
<tr><td>25-HS-006014</td><td>Hanna Berglund</td><td>Sturz in der 30. SSW, vorzeitige Wehen</td><td>Geburt abwarten, Kontakt Partner</td><td>15.07.</td><td>Aydın</td></tr>
<tr><td>25-HS-006402</td><td>Margareta Holm</td><td>Hüft-TEP li. nach Schenkelhalsfraktur</td><td>Reha-Bericht anfordern</td><td>18.07.</td><td>Natarajan</td></tr>
<tr><td>25-HS-007204</td><td>Dorota Lis</td><td>Beckenprellung, Handgelenksfraktur re.</td><td>Zuständigkeit Unfallkasse klären</td><td>21.07.</td><td>Thielmann</td></tr>
</table>
<p>Bitte jeweils kurz Sachstand (2 Min.) vorbereiten.</p>
<p>Viele Grüße<br>Markus</p>
</body></html>
"""
    return mail("dreyer", ("Team Haftpflicht-Schaden", "haftpflicht-schaden@" + INS),
                "Teamrunde morgen – offene Personenschäden",
                (2025, 6, 30, 16, 40), html(h))


@M("NORMAL", "en", "insurer-to-supplier",
   "trap: reply to a medico-legal agency about its 2025 rate card (report types, interpreter fees), no case or person")
def m146():
    body = """Dear Ms Whitaker,

thank you for your updated rate card for 2025. We can accept the
following fees for medico-legal reports on UK claimants under our
framework agreement from 1 August 2025:

  Orthopaedic report incl. examination        GBP 650
  Psychiatric / psychological report          GBP 850
  Plastic surgery (scarring) report           GBP 700
  Addendum / answers to questions             GBP 180
  Records review only (up to 300 pages)       GBP 400
  Interpreter, per hour                       GBP  45

We cannot accept the proposed "urgent report" surcharge of 40 %; we
would agree to 20 % for reports delivered within 10 working days.

As before, instructions, medical records and reports must be exchanged
through our SecureMail portal only. Invoices can be sent by ordinary
e-mail to invoices@kaltenbach-versicherung.example as long as they show
only our claim reference and no medical details.

Kind regards
Oliver Brandt
Procurement, Kaltenbach Versicherung AG
"""
    return mail("einkauf", ("Helen Whitaker", "contracts@medlegal-reports.example"),
                "Your rate card 2025 - our response",
                (2025, 7, 2, 14, 0), plain(body, charset="us-ascii", cte="7bit"), cc=["natarajan"])


@M("NORMAL", "de", "insurer-to-customer",
   "trap: prospect asks about insuring snow-clearing duty; generic answer on property-owner liability, no contract data")
def m147():
    body = """Guten Tag,

vielen Dank für Ihre Anfrage über unser Kontaktformular. Eine eigene
"Streupflicht-Versicherung" gibt es nicht – das Risiko ist aber gut
abgesichert:

- Bewohnen Sie Ihr Haus selbst (Ein- oder Zweifamilienhaus), ist die
  Haftung als Eigentümer in unserer Privathaftpflicht Komfort und Premium
  bereits enthalten. Stürzt jemand auf Ihrem nicht gestreuten Gehweg,
  prüfen wir die Ansprüche und zahlen berechtigte Forderungen –
  Behandlungskosten, Schmerzensgeld, Verdienstausfall.
- Vermieten Sie ein Haus oder eine Wohnung, benötigen Sie eine Haus- und
  Grundbesitzerhaftpflicht. Der Beitrag richtet sich nach der Zahl der
  Wohneinheiten (ab 69 EUR im Jahr für ein Mehrfamilienhaus bis 6
  Einheiten).
- Haben Sie den Winterdienst an eine Firma vergeben, bleiben Sie zur
  Kontrolle verpflichtet. Auch dieses "Überwachungsverschulden" ist
  versichert.

Gern erstelle ich Ihnen ein unverbindliches Angebot. Dafür brauche ich
nur die Art des Gebäudes, die Zahl der Wohneinheiten und ob Sie selbst
darin wohnen.

Freundliche Grüße
Martina Özdemir
Kundenservice
Kaltenbach Versicherung AG
"""
    return mail("service", ("", "hausbesitzer-anfrage@webpost.example"),
                "AW: Gibt es eine Versicherung für die Streupflicht?",
                (2025, 10, 20, 11, 5), plain(body, charset="windows-1252", cte="quoted-printable"),
                subj_charset="utf-8")


@M("NORMAL", "mixed", "insurer-to-partner",
   "trap: bilingual agenda for a process meeting with a Dutch health insurer on recourse handling, no individual case")
def m148():
    body = """Dear Mr de Groot, sehr geehrte Damen und Herren,

thank you for proposing a meeting on our cooperation in recourse cases.
Here is our draft agenda / Entwurf der Tagesordnung:

1. Volumen 2024/2025 – number of recourse cases between Zorgdelta and
   Kaltenbach (2024: 23 cases, 2025 so far: 11; mostly falls of Dutch
   tourists in holiday homes and on icy paths)
2. Documents: which medical documents we need (discharge letter,
   itemised invoices) and which we don't (full patient files)
3. Secure exchange: SecureMail portal accounts for your recourse team
   instead of plain e-mail
4. Currency and interest: invoices in EUR, default interest
5. Optional: a simplified settlement for claims below EUR 2,500
   (vereinfachte Abwicklung ohne Einzelprüfung)

Please note that we will not discuss individual cases in this meeting;
those stay in the normal correspondence.

Proposed date: 9 or 10 October 2025, video call, 60 minutes.

Met vriendelijke groet / mit freundlichen Grüßen
Selin Aydın
Personenschaden & Regress, Kaltenbach Versicherung AG
"""
    return mail("aydin", ("Ruud de Groot", "verhaal@zorgdelta.example"),
                "Meeting on recourse process / Abstimmung Regressverfahren – agenda",
                (2025, 9, 15, 13, 20), plain(body))


@M("CONFIDENTIAL", "en", "insurer-to-witness",
   "request for a witness statement: witness named with address, claim, insured and claimant named; property damage only")
def m149():
    body = """Dear Mr Oyelaran,

Our ref.: 25-HS-007455

Mr Thorsten Kuhlmann, whom we insure, has given us your name as a
witness to an incident on 14 September 2025 in front of the building
Lutherplatz 7, Kassel, where you live. According to Mr Kuhlmann, a
parasol from his balcony on the 2nd floor was blown into the street and
hit the parked car of Ms Beatrix Hoffmeister. Nobody was hurt.

Ms Hoffmeister says the parasol was not secured at all; Mr Kuhlmann says
it was tied to the railing and a sudden gust tore the strap.

Could you tell us briefly, in your own words:
- what you saw and where you were standing;
- whether the parasol was open or closed and how it was fixed, if you
  noticed;
- what the weather was like at the time.

A few lines by e-mail are enough. Your statement will only be used for
this claim, and we will pass your name and address on to the parties
only if it becomes necessary for court proceedings.

Thank you for your help.

Kind regards
Priya Natarajan
International Claims Desk, Kaltenbach Versicherung AG
"""
    return mail("natarajan", ("Tunde Oyelaran", "t.oyelaran@mailbox-uk.example"),
                "Witness statement - incident Lutherplatz 7, 14 September",
                (2025, 9, 22, 10, 25), plain(body, charset="us-ascii", cte="7bit"))


@M("NORMAL", "de", "internal",
   "trap: year-end reserving note with IBNR and bodily-injury reserves per line, aggregated, no claim or person")
def m150():
    body = """Hallo Markus,

wie besprochen die vorläufigen Zahlen für den Jahresabschluss 2025,
Haftpflicht (selbst abgeschlossenes Geschäft, brutto, TEUR):

                          Einzelreserven   IBNR    Spätschaden-  gesamt
                          bekannt                  zuschlag PS
Privathaftpflicht             48.210      6.900      3.100      58.210
Hundehalter                    7.440      1.150        600       9.190
Haus- und Grundbesitzer       19.870      3.400      2.200      25.470
Betriebshaftpflicht           31.050      5.800      1.900      38.750
Summe                        106.570     17.250      7.800     131.620

Anmerkungen:
- Der Spätschadenzuschlag Personenschäden (PS) steigt wegen der
  Schmerzensgeldentwicklung und längerer Laufzeiten bei Pflegefällen.
- Zwei Großschäden über 1 Mio. EUR sind in den Einzelreserven
  enthalten; Rückversicherungsanteil wird getrennt ausgewiesen.
- Abwicklungsergebnis Vorjahre: +2,1 Mio. EUR (v. a. Sachschäden).

Einzelfalldaten bleiben wie immer im Reservierungstool; diese Mail
enthält nur Summen.

Gruß
David
"""
    return mail("kowalczyk", "dreyer", "Jahresabschluss 2025 – Reserven Haftpflicht (vorläufig)",
                (2025, 12, 15, 17, 20), plain(body, cte="8bit"))


# ===========================================================================
# build and check
# ===========================================================================
LABEL_SET = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
LANG_SET = ("de", "en", "mixed")
EXPECT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
# IBAN-like strings that are deliberately not checksum-valid:
# d128-0131 test case TC-03 ("invalid check digits", must be rejected by the validator)
INVALID_IBAN_OK = {"DE00123456780000000000"}


def build_all():
    out = {}
    for n in range(1, 151):
        fn = MAILS[n][0]
        _CUR["n"] = n
        _CUR["b"] = 0
        data = fn()
        assert isinstance(data, bytes), n
        out["d%s-%04d.eml" % (NN, n)] = data
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in range(1, 151):
        _, label, lang, kind, reason = MAILS[n]
        rows.append("d%s-%04d.eml\t%s\t%s\t%s\t%s" % (NN, n, label, lang, kind, reason))
    labels = ("\n".join(rows) + "\n").encode("utf-8")
    return out, labels


def write():
    out, labels = build_all()
    md = os.path.join(HERE, "mails")
    os.makedirs(md, exist_ok=True)
    for name, data in out.items():
        with open(os.path.join(md, name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(labels)
    print("wrote %d mails and labels.tsv" % len(out))


def _iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _check_pdf(data):
    assert data.startswith(b"%PDF-1."), "pdf header"
    assert data.rstrip().endswith(b"%%EOF"), "pdf eof"
    sx = int(data[data.rindex(b"startxref") + 9:].split()[0])
    assert data[sx:sx + 4] == b"xref", "startxref"
    lines = data[sx:].split(b"\n")
    first, cnt = map(int, lines[1].split())
    for i in range(1, cnt):
        off = int(lines[2 + i][:10])
        assert data[off:].startswith(b"%d 0 obj" % (first + i)), "xref entry %d" % i
    text = b""
    for m in re.finditer(rb"stream\n(.*?)endstream", data, re.S):
        text += m.group(1)
    return text.decode("cp1252", "replace")


def _check_zip(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, "zip crc"
    names = z.namelist()
    txt = ""
    if kind in ("docx", "xlsx"):
        assert "[Content_Types].xml" in names
    if kind in ("odt", "ods"):
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
    for nm in names:
        b = z.read(nm)
        if nm.endswith(".xml") or nm.endswith(".rels"):
            root = ET.fromstring(b)
            txt += " ".join(root.itertext()) + "\n"
        elif kind == "zip":
            txt += _check_attachment(nm, b) + "\n"
    return txt


def _check_png(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos = 8
    while pos < len(data):
        ln, = struct.unpack(">I", data[pos:pos + 4])
        t = data[pos + 4:pos + 8]
        d = data[pos + 8:pos + 8 + ln]
        crc, = struct.unpack(">I", data[pos + 8 + ln:pos + 12 + ln])
        assert zlib.crc32(t + d) & 0xffffffff == crc, "png crc"
        if t == b"IDAT":
            zlib.decompress(d)
        pos += 12 + ln
    return ""


def _check_attachment(fname, data):
    ext = fname.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return _check_pdf(data)
    if ext in ("docx", "xlsx", "odt", "ods", "zip"):
        return _check_zip(data, ext)
    if ext == "png":
        return _check_png(data)
    if ext == "ics":
        t = data.decode("utf-8").replace("\r\n ", "")
        assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR")
        return t
    if ext == "csv":
        for enc in ("utf-8", "cp1252"):
            try:
                t = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        list(csv.reader(io.StringIO(t), delimiter=";"))
        return t
    if ext in ("txt", "log"):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252")
    if ext == "eml":
        return _walk(BytesParser(policy=_policy.default).parsebytes(data))
    raise AssertionError("unknown attachment type " + fname)


def _walk(msg):
    txt = "%s\n%s\n%s\n%s\n" % (msg.get("Subject", ""), msg.get("From", ""), msg.get("To", ""),
                               msg.get("Cc", ""))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) else inner
            txt += _walk(inner)
            continue
        fname = part.get_filename()
        if ct.startswith("text/") and not fname:
            txt += part.get_content() + "\n"
            continue
        data = part.get_payload(decode=True)
        assert data, "empty attachment"
        assert fname, "attachment without filename (%s)" % ct
        txt += fname + "\n" + _check_attachment(fname, data) + "\n"
    return txt


def check():
    errors = []
    out, labels = build_all()
    out2, labels2 = build_all()
    if out != out2 or labels != labels2:
        errors.append("two in-memory builds differ")
    md = os.path.join(HERE, "mails")
    on_disk = sorted(f for f in os.listdir(md) if f.endswith(".eml")) if os.path.isdir(md) else []
    if on_disk != sorted(out):
        errors.append("mails/ does not hold exactly the 150 expected files")
    for name, data in out.items():
        p = os.path.join(md, name)
        if not os.path.exists(p) or open(p, "rb").read() != data:
            errors.append("%s: rebuild not byte-identical (run without --check first)" % name)
    lp = os.path.join(HERE, "labels.tsv")
    if not os.path.exists(lp) or open(lp, "rb").read() != labels:
        errors.append("labels.tsv not byte-identical to rebuild")

    rows = labels.decode("utf-8").rstrip("\n").split("\n")
    if rows[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("labels.tsv header")
    cnt, lang, kinds, cross = {}, {}, {}, {}
    for r in rows[1:]:
        f = r.split("\t")
        if len(f) != 5 or not all(x.strip() for x in f):
            errors.append("bad row: %r" % r)
            continue
        if f[1] not in LABEL_SET or f[2] not in LANG_SET:
            errors.append("bad label/lang: %r" % r)
        cnt[f[1]] = cnt.get(f[1], 0) + 1
        lang[f[2]] = lang.get(f[2], 0) + 1
        kinds[f[3]] = kinds.get(f[3], 0) + 1
        cross[(f[1], f[2])] = cross.get((f[1], f[2]), 0) + 1
        if f[1] == "NORMAL" and "trap" not in f[4]:
            errors.append("%s: NORMAL reason without 'trap'" % f[0])
    if len(rows) != 151:
        errors.append("labels.tsv has %d data rows" % (len(rows) - 1))
    if cnt != EXPECT:
        errors.append("label counts %r != %r" % (cnt, EXPECT))

    mids = set()
    addr_re = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
    url_re = re.compile(r"https?://([\w.-]+)")
    iban_re = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
    formats = {}
    atts = {}
    for name, data in sorted(out.items()):
        try:
            msg = BytesParser(policy=_policy.default).parsebytes(data)
            for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
                if msg[h] is None:
                    errors.append("%s: missing %s" % (name, h))
            if not msg["From"].addresses[0].domain.endswith(INS):
                errors.append("%s: not sent from the insurer" % name)
            mid = msg["Message-ID"]
            if mid in mids:
                errors.append("%s: duplicate Message-ID" % name)
            mids.add(mid)
            ct = msg.get_content_type()
            formats[ct] = formats.get(ct, 0) + 1
            for part in msg.walk():
                fn = part.get_filename()
                if fn:
                    e = fn.rsplit(".", 1)[-1].lower()
                    atts[e] = atts.get(e, 0) + 1
                if part.get_content_type() == "message/rfc822":
                    atts["message/rfc822"] = atts.get("message/rfc822", 0) + 1
            txt = _walk(msg)
            raw_headers = data.split(b"\n\n", 1)[0].decode("ascii")
            for line in data.split(b"\n"):
                if len(line) > 998:
                    errors.append("%s: line longer than 998" % name)
            for dom in addr_re.findall(txt + raw_headers) + url_re.findall(txt):
                dom = dom.rstrip(".").lower()
                if not dom.endswith(".example"):
                    errors.append("%s: domain not .example: %s" % (name, dom))
            for ib in iban_re.findall(txt):
                s = ib.replace(" ", "")
                if "ZZZ" in s:  # SEPA creditor identifier, not an IBAN
                    continue
                if s[:2] in ("DE", "AT", "NL", "IE", "GB", "ES", "PL", "FR", "IT", "BE", "CH", "LU", "DK") \
                        and len(s) >= 15 and s not in INVALID_IBAN_OK and not _iban_ok(s):
                    errors.append("%s: IBAN fails checksum: %s" % (name, ib))
        except Exception as e:  # noqa
            errors.append("%s: %s: %s" % (name, type(e).__name__, e))

    print("mails: %d, labels: %s" % (len(out), ", ".join("%s %d" % (k, cnt.get(k, 0)) for k in LABEL_SET)))
    print("languages: %s" % ", ".join("%s %d" % (k, lang.get(k, 0)) for k in LANG_SET))
    print("label x lang: %s" % ", ".join("%s/%s %d" % (a, b, cross.get((a, b), 0))
                                         for a in LABEL_SET for b in LANG_SET))
    print("kinds: %s" % ", ".join("%s %d" % kv for kv in sorted(kinds.items(), key=lambda x: -x[1])))
    print("top-level types: %s" % ", ".join("%s %d" % kv for kv in sorted(formats.items())))
    print("attachments: %s" % ", ".join("%s %d" % kv for kv in sorted(atts.items())))
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("CHECK FAILED (%d errors)" % len(errors))
        return 1
    print("CHECK OK: all mails parse, attachments open, labels valid, rebuild byte-identical")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
