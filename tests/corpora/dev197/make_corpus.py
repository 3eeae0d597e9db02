#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel independent mail corpus dev197 ("d197-"): one ordinary month (March 2026)
of outgoing mail of the fictitious composite insurer Brückenthal Versicherungsgruppe,
Paderborn, from every department.

Python standard library only. Deterministic: fixed dates, Message-IDs, MIME boundaries,
ZIP member times, office metadata and PDF dates.

    python3 make_corpus.py           # writes mails/d197-0001.eml ... and labels.tsv
    python3 make_corpus.py --check   # rebuilds into a temp folder, compares byte for byte,
                                     # parses and checks every mail and attachment

All persons, companies, numbers and addresses are fictitious. Every host ends in .example.
"""

import argparse
import datetime
import email
import email.policy
import email.utils
import hashlib
import io
import os
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
from email.message import EmailMessage
from xml.dom import minidom
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d197-"
POL = email.policy.SMTP          # CRLF line endings, RFC 2047 headers
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")

# ---------------------------------------------------------------------------
# dates: everything happens in March 2026 (CET, from Sunday 29 March 03:00 CEST)
# ---------------------------------------------------------------------------
CET = datetime.timezone(datetime.timedelta(hours=1))
CEST = datetime.timezone(datetime.timedelta(hours=2))


def when(day, hh, mm, ss=0, month=3):
    tz = CET
    if month > 3 or (month == 3 and (day > 29 or (day == 29 and hh >= 3))):
        tz = CEST
    return datetime.datetime(2026, month, day, hh, mm, ss, tzinfo=tz)


def hdate(day, hh, mm, ss=0, month=3):
    return email.utils.format_datetime(when(day, hh, mm, ss, month))


def _h(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


def mid(n, style="exch", host="brueckenthal.example"):
    """Deterministic Message-ID in the style of the sending client."""
    h = _h("mid", n, style, host)
    if style == "exch":
        return "<%s%s@EXMB0%d.ad.brueckenthal.example>" % (h[:24].upper(), "A", int(h[24], 16) % 4 + 1)
    if style == "tb":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], host)
    if style == "ios":
        return "<%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper(), host)
    if style == "app":
        return "<%s.%s@%s>" % (h[:16], n, host)
    if style == "web":
        return "<trinity-%s-%s@%s>" % (h[:8], h[8:20], host)
    raise ValueError(style)


# ---------------------------------------------------------------------------
# message construction
# ---------------------------------------------------------------------------
_SPECIALS = re.compile(r'[][\\().,:;@]')


def _fixaddr(value):
    """Quote display names with specials ("Dr. X", "Kanzlei A, B") as mail clients do."""
    out = []
    for name, addr in email.utils.getaddresses([value]):
        if name and _SPECIALS.search(name):
            out.append('"%s" <%s>' % (name.replace('"', ''), addr))
        elif name:
            out.append("%s <%s>" % (name, addr))
        else:
            out.append(addr)
    return ", ".join(out)


def new(frm, to, subject, date, msgid, cc=None, reply_to=None, irt=None, refs=None,
        extra=()):
    m = EmailMessage(policy=POL)
    m["From"] = _fixaddr(frm)
    m["To"] = _fixaddr(to)
    if cc:
        m["Cc"] = _fixaddr(cc)
    if reply_to:
        m["Reply-To"] = _fixaddr(reply_to)
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in extra:
        m[k] = v
    return m


def body(m, text, charset="utf-8", cte=None, flowed=False, html=None):
    """Set the main text. html: optional HTML alternative."""
    params = {"format": "flowed"} if flowed else None
    if charset == "utf-8":
        m.set_content(text, cte=cte, params=params)
    else:
        m.set_content(text, charset=charset, cte=cte, params=params)
    if html is not None:
        m.add_alternative(html, subtype="html", cte="quoted-printable")
    return m


def html_only(m, html, charset="utf-8", cte="quoted-printable"):
    m.set_content(html, subtype="html", charset=charset, cte=cte)
    return m


def attach_bytes(m, data, mtype, filename):
    ma, su = mtype.split("/")
    m.add_attachment(data, maintype=ma, subtype=su, filename=filename)
    return m


def attach_text(m, text, subtype, filename, charset="utf-8", cte=None, params=None):
    m.add_attachment(text, subtype=subtype, charset=charset, filename=filename,
                     cte=cte or "quoted-printable", params=params)
    return m


def attach_mail(m, inner, filename=None):
    m.add_attachment(inner, filename=filename)
    return m


def _strip_mime_version(part, is_message):
    """email puts MIME-Version into every sub-part; real clients only in (embedded) messages."""
    if not is_message and "MIME-Version" in part:
        del part["MIME-Version"]
    if part.get_content_type() == "message/rfc822":
        _strip_mime_version(part.get_payload()[0], True)
    elif part.is_multipart():
        for sub in part.get_payload():
            _strip_mime_version(sub, False)


def fix_boundaries(m, n, style):
    _strip_mime_version(m, True)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            h = _h("b", n, i)
            if style == "exch":
                b = "_%03d_%s%s_" % (i, h[:20].upper(), "EXMB")
            elif style == "tb":
                b = "------------%s" % h[:24]
            elif style == "ios":
                b = "Apple-Mail-%s-%s" % (h[:8].upper(), h[8:16].upper())
            else:
                b = "=_Part_%d_%s" % (i, h[:18])
            part.set_boundary(b)
            i += 1
    return m


# ---------------------------------------------------------------------------
# attachments built by hand: ZIP, XLSX, DOCX, ODT, ODS, PDF, ICS
# ---------------------------------------------------------------------------
def zip_bytes(members, day=10, hh=9, mm=0):
    """members: list of (name, bytes). Fixed member times."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for k, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, day, hh, mm, 2 * k % 60))
            if name == "mimetype":
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return buf.getvalue()


XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, author="Brückenthal", day=10):
    """sheets: list of (name, rows); cells are str, int or float (None = empty)."""
    ct = [XML_HEAD, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    wb = [XML_HEAD, '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    rels = [XML_HEAD, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    members = []
    for si, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
        wb.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), si, si))
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (si, si))
        x = [XML_HEAD, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for ri, row in enumerate(rows, 1):
            x.append('<row r="%d">' % ri)
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)):
                    x.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    x.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(v)))
            x.append("</row>")
        x.append("</sheetData></worksheet>")
        members.append(("xl/worksheets/sheet%d.xml" % si, "".join(x).encode("utf-8")))
    ct.append("</Types>")
    wb.append("</sheets></workbook>")
    rels.append("</Relationships>")
    root = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = _core(author, day)
    out = [("[Content_Types].xml", "".join(ct).encode()), ("_rels/.rels", root.encode()),
           ("docProps/core.xml", core.encode()),
           ("xl/workbook.xml", "".join(wb).encode()),
           ("xl/_rels/workbook.xml.rels", "".join(rels).encode())] + members
    return zip_bytes(out, day=day)


def _core(author, day):
    return (XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-03-%02dT08:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % (xesc(author), day))


def _wrun(t, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xesc(t))


def docx(blocks, author="Brückenthal", day=10):
    """blocks: str (paragraph), ('h', str) bold heading, ('table', rows)."""
    b = []
    for blk in blocks:
        if isinstance(blk, str):
            b.append("<w:p>%s</w:p>" % _wrun(blk))
        elif blk[0] == "h":
            b.append("<w:p>%s</w:p>" % _wrun(blk[1], True))
        elif blk[0] == "table":
            b.append('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                     '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>')
            for row in blk[1]:
                b.append("<w:tr>" + "".join("<w:tc><w:p>%s</w:p></w:tc>" % _wrun(str(c)) for c in row) + "</w:tr>")
            b.append("</w:tbl><w:p/>")
    doc = (XML_HEAD + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(b) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    ct = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return zip_bytes([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                      ("docProps/core.xml", _core(author, day).encode()),
                      ("word/document.xml", doc.encode())], day=day)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mimetype, inner, day):
    content = (XML_HEAD + '<office:document-content %s><office:body>%s</office:body></office:document-content>'
               % (ODF_NS, inner))
    manifest = (XML_HEAD + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return zip_bytes([("mimetype", mimetype.encode()), ("content.xml", content.encode()),
                      ("META-INF/manifest.xml", manifest.encode())], day=day)


def odt(paragraphs, day=10):
    inner = "<office:text>" + "".join("<text:p>%s</text:p>" % xesc(p) for p in paragraphs) + "</office:text>"
    return _odf("application/vnd.oasis.opendocument.text", inner, day)


def ods(name, rows, day=10):
    t = ['<office:spreadsheet><table:table table:name="%s">' % xesc(name)]
    for row in rows:
        t.append("<table:table-row>")
        for v in row:
            if isinstance(v, (int, float)):
                t.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                t.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
        t.append("</table:table-row>")
    t.append("</table:table></office:spreadsheet>")
    return _odf("application/vnd.oasis.opendocument.spreadsheet", "".join(t), day)


def _pdfstr(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(line, width):
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width)
        if cut <= 0:
            cut = width
        out.append(line[:cut])
        line = line[cut:].lstrip()
    out.append(line)
    return out


def pdf(lines, title="", day=10, producer="Brückenthal Dokumentenservice 4.2"):
    """lines: str, or ('h', str) for a bold heading. Helvetica (WinAnsi), A4, text layer."""
    flat = []
    for ln in lines:
        if isinstance(ln, tuple):
            flat.append(("h", ln[1]))
        else:
            for w in _wrap(ln, 92) if ln else [""]:
                flat.append(("t", w))
    pages = [flat[i:i + 56] for i in range(0, len(flat), 56)] or [[]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    nxt = 5
    for pg in pages:
        cs = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 790 Td"]
        for kind, t in pg:
            if kind == "h":
                cs.append(b"/F2 11 Tf (" + _pdfstr(t) + b") Tj T* /F1 10 Tf")
            else:
                cs.append(b"(" + _pdfstr(t) + b") Tj T*")
        cs.append(b"ET")
        raw = zlib.compress(b"\n".join(cs), 6)
        objs[nxt + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(raw) + raw + b"\nendstream"
        objs[nxt] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (nxt + 1))
        kids.append(nxt)
        nxt += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    info = nxt
    objs[info] = (b"<< /Title (" + _pdfstr(title) + b") /Producer (" + _pdfstr(producer) +
                  b") /CreationDate (D:202603%02d090000+01'00') >>" % day)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (info + 1)
    for k in range(1, info + 1):
        out += b"%010d 00000 n \n" % offs[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (info + 1, info, xref)
    return bytes(out)


def ics(uid, summary, start, end, location="", description="", organizer="", attendees=(),
        method="REQUEST", stamp="20260302T080000Z"):
    """start/end: 'YYYYMMDDTHHMMSS' local Europe/Berlin."""
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
         "VERSION:2.0", "METHOD:%s" % method,
         "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
         "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
         "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
         "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
         "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%s" % stamp,
         "DTSTART;TZID=Europe/Berlin:%s" % start, "DTEND;TZID=Europe/Berlin:%s" % end,
         "SUMMARY:%s" % _icsesc(summary)]
    if location:
        L.append("LOCATION:%s" % _icsesc(location))
    if organizer:
        L.append("ORGANIZER:mailto:%s" % organizer)
    for a in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % a)
    if description:
        L.append("DESCRIPTION:%s" % _icsesc(description))
    L += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in L:                       # fold at 75 octets
        b = ln.encode("utf-8")
        first = True
        while len(b) > 74:
            cut = 74 if first else 73
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append((b"" if first else b" ") + b[:cut])
            b = b[cut:]
            first = False
        out.append((b"" if first else b" ") + b)
    return (b"\r\n".join(out) + b"\r\n").decode("utf-8")


def _icsesc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def quote(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.strip("\n").split("\n"))


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------
MAILS = {}


def mail(n, label, lang, kind, reason, style="exch"):
    assert label in LABELS and lang in ("de", "en") and "\t" not in reason and "\n" not in reason
    assert n not in MAILS, n

    def deco(fn):
        MAILS[n] = dict(label=label, lang=lang, kind=kind, reason=reason, fn=fn, style=style)
        return fn
    return deco


# ---------------------------------------------------------------------------
# the invented world: Brückenthal Versicherungsgruppe, Brückenthaler Platz 1, 33102 Paderborn
# Only staff signatures and legal footers are shared between mails.
# ---------------------------------------------------------------------------
D = "brueckenthal.example"

FOOT_ALLG = """--
Brückenthal Allgemeine Versicherung AG · Brückenthaler Platz 1 · 33102 Paderborn
Sitz Paderborn · Amtsgericht Paderborn HRB 6021
Vorstand: Dr. Almut Regensberg (Vorsitzende), Jörg Kettenbach, Nilufar Demirtas
Vorsitzender des Aufsichtsrats: Konrad Pielhau"""

FOOT_LEBEN = """--
Brückenthal Lebensversicherung AG · Brückenthaler Platz 1 · 33102 Paderborn
Sitz Paderborn · Amtsgericht Paderborn HRB 6022
Vorstand: Dr. Almut Regensberg (Vorsitzende), Jörg Kettenbach, Malte Overhage
Vorsitzender des Aufsichtsrats: Konrad Pielhau"""

FOOT_KRANKEN = """--
Brückenthal Krankenversicherung a.G. · Brückenthaler Platz 1 · 33102 Paderborn
Sitz Paderborn · Amtsgericht Paderborn HRB 6030
Vorstand: Dr. Almut Regensberg (Vorsitzende), Nilufar Demirtas, Dr. Felix Unterberg
Vorsitzende des Aufsichtsrats: Prof. Dr. Hedwig Lammersmann"""

FOOT_EN = """--
Brückenthal Versicherungsgruppe · Brückenthaler Platz 1 · 33102 Paderborn · Germany
This e-mail may contain confidential information. If you are not the intended recipient,
please notify the sender and delete it. Registered office Paderborn, Local Court Paderborn."""

SIG = {
    "ostermeier": """Mit freundlichen Grüßen

Dennis Ostermeier
Kfz-Schadenservice
Brückenthal Allgemeine Versicherung AG
Telefon 05251 8830-4417 · Fax 05251 8830-4499
dennis.ostermeier@brueckenthal.example""",

    "quast": """Viele Grüße
Sabine Quast
Teamleitung Kfz-Schaden Privatkunden
Brückenthal Allgemeine Versicherung AG
Tel. 05251 8830-4402""",

    "wennemar": """Freundliche Grüße

Tobias Wennemar
Schadenregulierung Sach / Gebäude
Brückenthal Allgemeine Versicherung AG
Telefon 05251 8830-4520
Mobil 0171 5530 284""",

    "fruendt": """Liebe Grüße
Lea Fründt
Hausrat- und Fahrradschaden
Brückenthal Allgemeine Versicherung AG | Tel. 05251 8830-4538""",

    "heitkamp": """Mit freundlichen Grüßen

i. A. Markus Heitkamp
Haftpflicht-Schaden
Brückenthal Allgemeine Versicherung AG
Tel.: 05251 8830-4610""",

    "boekamp": """Mit freundlichen Grüßen

Carina Bökamp
Rechtsschutz – Leistung
Brückenthal Allgemeine Versicherung AG
Telefon 05251 8830-4705""",

    "sandfort": """Mit freundlichen kollegialen Grüßen

Dr. med. Ulrike Sandfort
Beratungsärztin / Leistungsmedizin
Brückenthal Krankenversicherung a.G. · Brückenthal Lebensversicherung AG
Tel. 05251 8830-6090""",

    "mertensmeier": """Mit freundlichen Grüßen

Jana Mertensmeier
Leistungsservice Krankenversicherung
Brückenthal Krankenversicherung a.G.
Telefon 05251 8830-6142""",

    "raghunathan": """Kind regards,

Priya Raghunathan
Claims & Care Management | Brückenthal Global Health
Brückenthal Krankenversicherung a.G.
T +49 5251 8830-6210 | 24/7 assistance +49 5251 8830-6999""",

    "toelle": """Mit freundlichen Grüßen

Henrik Tölle
Leistungsprüfung Berufsunfähigkeit
Brückenthal Lebensversicherung AG
Telefon 05251 8830-5310""",

    "schwerdtfeger": """Mit freundlichen Grüßen

Annika Schwerdtfeger
Vertragsservice Leben und Vorsorge
Brückenthal Lebensversicherung AG
Tel. 05251 8830-5204""",

    "vahle": """Gruß
Kerstin Vahle
Risikoprüfung Leben/BU
Tel. 05251 8830-5120""",

    "engemann": """Mit freundlichen Grüßen

Ralf Engemann
Unfall-Leistung
Brückenthal Allgemeine Versicherung AG
Telefon 05251 8830-4810""",

    "brinkhege": """Best regards / Mit freundlichen Grüßen

Oliver Brinkhege
Marine & Cargo Underwriting
Brückenthal Allgemeine Versicherung AG
T +49 5251 8830-4905 | M +49 171 5530 911""",

    "amelunxen": """Mit freundlichen Grüßen

Svenja Amelunxen
Firmenkunden – Underwriting Haftpflicht, Cyber, D&O
Brückenthal Allgemeine Versicherung AG
Telefon 05251 8830-4930""",

    "iking": """Beste Grüße aus Paderborn

Frank Iking
Maklerbetreuung Ostwestfalen-Lippe
Brückenthal Versicherungsgruppe
Mobil 0160 9921 4407 | Büro 05251 8830-3150""",

    "dreier": """Mit freundlichen Grüßen

Melanie Dreier
Vertriebsinnendienst Makler
Brückenthal Versicherungsgruppe
Tel. 05251 8830-3172""",

    "lueke": """Mit freundlichen Grüßen

Stefan Lüke
Beitragsinkasso
Brückenthal Versicherungsgruppe
Telefon 05251 8830-2240""",

    "hunstiege": """Viele Grüße / Best regards
Birgit Hunstiege
Rechnungswesen / Abschluss
Brückenthal Versicherungsgruppe · Tel. 05251 8830-2105""",

    "rennekamp": """Freundliche Grüße

Tim Rennekamp
Kfz-Vertragsservice
Brückenthal Allgemeine Versicherung AG
Telefon 05251 8830-4340""",

    "koetter": """Mit freundlichen Grüßen

Simone Kötter
Vertragsservice Krankenversicherung
Brückenthal Krankenversicherung a.G.
Telefon 05251 8830-6020""",

    "reise": """Kind regards / Freundliche Grüße

Travel Insurance Claims | Reiseversicherung – Schadenservice
Brückenthal Allgemeine Versicherung AG
+49 5251 8830-4760""",

    "kleinebrahm": """Herzliche Grüße

Nadine Kleinebrahm
Personalabteilung
Brückenthal Versicherungsgruppe
Telefon 05251 8830-1130""",

    "rabe": """Viele Grüße
Jonas Rabe
IT-Service-Desk | Tel. -1999 | servicedesk@brueckenthal.example""",

    "nowak": """Cheers,
Aleksandra Nowak
Information Security Officer
Brückenthal Versicherungsgruppe | ext. -1940""",

    "menon": """Thanks,
Rahul Menon
Lead Developer, Claims Platform
Brückenthal Versicherungsgruppe""",

    "schmitz": """Gruß
Werner Schmitz
Haustechnik / Facility Management
Tel. -1310 · Mobil 0171 5530 102""",

    "falkenrath": """Mit freundlichen Grüßen

Dr. Ines Falkenrath
Datenschutzbeauftragte der Brückenthal Versicherungsgruppe
Tel. 05251 8830-1020 | datenschutz@brueckenthal.example""",

    "overbeck": """Beste Grüße
Moritz Overbeck
Recht & Compliance
Brückenthal Versicherungsgruppe | Tel. -1070""",

    "wiethoff": """Mit freundlichen Grüßen

Claudia Wiethoff
Beschwerdemanagement
Brückenthal Versicherungsgruppe
Telefon 05251 8830-2310""",

    "beverungen": """Best regards

Thomas Beverungen
Reinsurance & Actuarial Analytics
Brückenthal Versicherungsgruppe
T +49 5251 8830-7015""",

    "moenkemoeller": """Viele Grüße
Lisa Mönkemöller
Unternehmenskommunikation
Brückenthal Versicherungsgruppe · Tel. 05251 8830-1210""",

    "thiel": """Freundliche Grüße
Pascal Thiel
Kundenservice
Brückenthal Versicherungsgruppe
Telefon 05251 8830-0""",

    "brandhorst": """Mit freundlichen Grüßen

Heike Brandhorst
Assistenz des Vorstands
Brückenthal Versicherungsgruppe
Telefon 05251 8830-1002""",

    "lindqvist": """Best,
Maja Lindqvist
HR Business Partner IT & Data
Brückenthal Versicherungsgruppe""",

    "hueser": """Viele Grüße
Tamara Hüser
Betriebliches Gesundheitsmanagement
Tel. -1160""",
}

IPHONE_DE = "Von meinem iPhone gesendet"
IPHONE_EN = "Sent from my iPhone"


# ===========================================================================
# MAILS — March 2026, in the order they left the gateway
# ===========================================================================

@mail(1, "NORMAL", "de", "internal",
      "trap: canteen menu with Schonkost, diabetic and allergen wording; no person concerned")
def m1():
    m = new("Betriebsrestaurant Brückenthal <betriebsrestaurant@%s>" % D,
            "Alle Mitarbeitenden Paderborn <alle-paderborn@%s>" % D,
            "Speiseplan KW 10 (2.–6. März)", hdate(2, 7, 40), mid(1))
    body(m, """Guten Morgen zusammen,

anbei der Speiseplan für diese Woche. Kurz das Wichtigste:

Mo  Linsensuppe mit Würstchen | vegan: Linsen-Dal (A, I) | Schonkost: Hühnerbrühe mit Reis
Di  Hähnchen-Geschnetzeltes, Spätzle (A, C, G) | Gemüsestrudel (A, G)
Mi  Westfälischer Pfefferpotthast | Ofenkartoffel mit Kräuterquark (G)
Do  Seelachs in Senfsoße (D, G, J) | Pasta Arrabbiata (A)
Fr  Reibeplätzchen mit Apfelmus (A, C) | Chili sin Carne

Die mit "DG" markierten Gerichte sind für Diabetiker geeignet (Kohlenhydrate in BE am Tresen
ausgeschildert). Laktosefreie Milch für den Kaffee steht ab sofort dauerhaft am Automaten im EG.

Wer eine Lebensmittelallergie hat und unsicher ist: bitte einfach an der Ausgabe fragen,
die Allergenliste liegt dort aus. Achtung Mittwoch: der Pfefferpotthast enthält Sellerie (I).

Am Freitag ist die Cafeteria ab 14:00 Uhr wegen Grundreinigung geschlossen.

Guten Appetit!
Ihr Team vom Betriebsrestaurant
Durchwahl -1400
""")
    attach_bytes(m, pdf([("h", "Betriebsrestaurant Brückenthal – Speiseplan KW 10/2026"),
                         "Montag 02.03.: Linsensuppe mit Würstchen (A, I) 3,40 € | vegan: Linsen-Dal 3,10 € | Schonkost: Hühnerbrühe mit Reis 2,60 €",
                         "Dienstag 03.03.: Hähnchen-Geschnetzeltes mit Spätzle (A, C, G) 4,90 € | Gemüsestrudel (A, G) 4,20 €",
                         "Mittwoch 04.03.: Westfälischer Pfefferpotthast (I) 5,20 € | Ofenkartoffel mit Kräuterquark (G) 3,80 € DG",
                         "Donnerstag 05.03.: Seelachs in Senfsoße (D, G, J) 5,10 € | Pasta Arrabbiata (A) 3,60 €",
                         "Freitag 06.03.: Reibeplätzchen mit Apfelmus (A, C) 3,90 € | Chili sin Carne 3,70 € DG",
                         "",
                         "Allergene: A Gluten, C Ei, D Fisch, G Milch/Laktose, I Sellerie, J Senf. DG = für Diabetiker geeignet.",
                         "Salatbar täglich 1,25 €/100 g. Änderungen vorbehalten."],
                        title="Speiseplan KW 10", day=2), "application/pdf", "Speiseplan_KW10_2026.pdf")
    return m


@mail(2, "CONFIDENTIAL", "de", "insurer-to-customer",
      "named customer's motor claim: claim number, number plate, policy number, parking damage, nobody hurt")
def m2():
    m = new("Dennis Ostermeier <dennis.ostermeier@%s>" % D,
            "Yannick Brökelmann <y.broekelmann@mailbox.example>",
            "Ihr Schaden KS-2026-0311845 – PB-YB 417 – Eingangsbestätigung", hdate(2, 9, 12), mid(2),
            irt="<CAK4x7a1+Pq9@mailbox.example>")
    body(m, """Sehr geehrter Herr Brökelmann,

vielen Dank für Ihre Schadenmeldung vom Samstag. Wir haben den Vorgang unter der Schadennummer KS-2026-0311845 angelegt; bitte geben Sie diese bei allen Rückfragen an.

Zusammengefasst haben Sie uns Folgendes mitgeteilt: Am 28.02.2026 gegen 17:30 Uhr sind Sie auf dem Parkplatz des Verbrauchermarkts an der Detmolder Straße in Paderborn beim Rückwärtsausparken mit Ihrem Pkw (VW Golf, amtl. Kennzeichen PB-YB 417) gegen den hinteren Kotflügel eines geparkten Skoda Octavia gestoßen. Verletzt wurde niemand. Die Halterin des Skoda, Frau Rieke Daldrup, haben Sie vor Ort angetroffen und die Daten ausgetauscht.

Den Fremdschaden regulieren wir über Ihre Kfz-Haftpflichtversicherung (Vertrag KH 58-2204-771). Bitte beachten Sie: Sie müssen sich gegenüber Frau Daldrup nicht selbst äußern oder Zahlungen zusagen – wir setzen uns direkt mit ihr in Verbindung.

Für Ihren eigenen Wagen (Kratzer und Delle am Stoßfänger hinten rechts) besteht Vollkaskoschutz mit 300 € Selbstbeteiligung. Ob sich die Inanspruchnahme lohnt, hängt von der Reparaturhöhe ab; ab der Rückstufung Ihrer Schadenfreiheitsklasse (derzeit SF 12) rechnen wir Ihnen das gern vor, sobald der Kostenvoranschlag vorliegt.

Was wir noch von Ihnen brauchen:
- 3–4 Fotos von Ihrem Fahrzeug (gesamt und Nahaufnahme der Schadenstelle)
- den Kostenvoranschlag Ihrer Werkstatt, falls Sie den Kaskoschaden melden möchten

Sie können die Unterlagen einfach als Antwort auf diese E-Mail schicken.

""" + SIG["ostermeier"] + "\n\n" + FOOT_ALLG + "\n")
    return m


@mail(3, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "health claim settlement: physiotherapy for named customer, diagnosis M54.5, reduction explained; PDF statement")
def m3():
    m = new("Jana Mertensmeier <jana.mertensmeier@%s>" % D,
            "Dorothea Ahlemeyer <doro.ahlemeyer@t-net.example>",
            "Ihre Leistungsabrechnung vom 27.02.2026 – Rückfrage Physiotherapie", hdate(2, 10, 31), mid(3),
            irt="<000f01dcaa31$7e2b1c40$7a8154c0$@t-net.example>")
    body(m, """Sehr geehrte Frau Ahlemeyer,

Sie hatten telefonisch gefragt, warum wir von der Rechnung der Praxis "Physio am Maspernplatz" vom 12.02.2026 nicht den vollen Betrag erstattet haben. Gern erkläre ich Ihnen das noch einmal schriftlich.

Verordnet waren 10 x Krankengymnastik und 10 x Wärmetherapie (Fango) wegen Ihrer Kreuzschmerzen (Diagnose auf der Verordnung: M54.5 Kreuzschmerz). Die Behandlung ist medizinisch notwendig und nach Ihrem Tarif KomfortAmbulant 90 erstattungsfähig.

Die Praxis hat für die Krankengymnastik jedoch 38,50 € je Sitzung berechnet. Ihr Tarif erstattet Heilmittel bis zu den im Tarif festgelegten Höchstsätzen; für Krankengymnastik sind das derzeit 32,00 €. Die Differenz von 6,50 € je Sitzung (insgesamt 65,00 €) konnten wir deshalb leider nicht übernehmen. Die Wärmetherapie haben wir vollständig erstattet.

Erstattet wurden damit 549,00 € x 90 % = 494,10 €; der Betrag ist am 27.02. auf Ihr bekanntes Konto überwiesen worden. Die detaillierte Abrechnung hänge ich Ihnen nochmals an.

Mein Tipp für die Folgeverordnung: Sprechen Sie die Praxis vorab auf die Höchstsätze an – viele Praxen rechnen bei Privatversicherten auf Wunsch zu diesen Sätzen ab.

""" + SIG["mertensmeier"] + "\n\n" + FOOT_KRANKEN + "\n")
    attach_bytes(m, pdf([("h", "Brückenthal Krankenversicherung a.G. – Leistungsabrechnung"),
                         "Versicherte Person: Dorothea Ahlemeyer, geb. 19.06.1961",
                         "Versicherungsnummer: KV 310-448 172-0 | Tarif KomfortAmbulant 90",
                         "Abrechnung vom 27.02.2026 | Beleg-Nr. 2026-02-0088413",
                         "",
                         "Leistungserbringer: Physio am Maspernplatz, Paderborn | Rechnung vom 12.02.2026",
                         "Diagnose laut Verordnung: M54.5 Kreuzschmerz",
                         "Position                     Anzahl   berechnet   erstattungsfähig",
                         "Krankengymnastik (KG)          10      385,00 €        320,00 €",
                         "Wärmetherapie (Fango)          10      229,00 €        229,00 €",
                         "Summe                                  614,00 €        549,00 €",
                         "Erstattung 90 %                                        494,10 €",
                         "",
                         "Hinweis: Kürzung KG um 6,50 € je Sitzung (tariflicher Höchstsatz 32,00 €).",
                         "Zahlung am 27.02.2026 auf das hinterlegte Konto DE** **** **** **** **07 76."],
                        title="Leistungsabrechnung", day=2), "application/pdf", "Leistungsabrechnung_2026-02-27.pdf")
    return m


@mail(4, "NORMAL", "en", "internal",
      "trap: maintenance notice for the health and life claims platform and medical-invoice scanning; no person")
def m4():
    m = new("IT Operations <it-operations@%s>" % D,
            "IT Announcements <it-announce@%s>" % D,
            "[Maintenance] HELIX claims platform (health/life) – Sat 7 March, 06:00–14:00", hdate(2, 11, 5), mid(4))
    body(m, """Hi all,

planned maintenance on the HELIX claims platform this Saturday:

  When:     Saturday, 7 March 2026, 06:00 – 14:00 CET
  Affected: HELIX Health (PKV benefits, care, Global Health), HELIX Life (BU/life claims),
            inbound scanning of medical invoices and hospital bills (DocIn lane 3)
  Not affected: motor/property claims (SCHADEN+), customer portal, e-mail

What happens:
- Database upgrade to the new cluster (PostgreSQL 16) and the quarterly patch set.
- Scanned doctors' invoices and hospital cost-coverage requests that arrive during the window
  are queued and processed automatically from 14:00. Nothing gets lost.
- The 24/7 Global Health assistance line works as usual; for urgent hospital guarantees on
  Saturday morning the on-call team uses the fallback form (see Confluence page "HELIX downtime
  procedure").

Please log out of HELIX by Friday evening. Unsaved claim notes in open sessions will be lost.

Questions -> #it-ops on Teams or the service desk.

Thanks,
IT Operations
""")
    return m


@mail(5, "CONFIDENTIAL", "de", "insurer-to-broker",
      "policy schedule for named private customers (address of the insured building, policy number) sent to their broker")
def m5():
    m = new("Melanie Dreier <melanie.dreier@%s>" % D,
            "Vertragsabteilung Welling <vertrag@welling-makler.example>",
            "Policierung Wohngebäude Siekmann – WG 4471-208815", hdate(2, 14, 20), mid(5),
            irt="<7d2e90aa-3311-4f62-9a0c-2b55e1c0f801@welling-makler.example>")
    body(m, """Hallo Herr Welling, hallo Frau Rüther,

der Antrag vom 19.02. ist policiert. Anbei der Versicherungsschein für

Versicherungsnehmer: Kathrin und Bernd Siekmann
Risikoort: Am Ziegelfeld 9, 33175 Bad Lippspringe
Vertrag: WG 4471-208815, Beginn 01.03.2026, Tarif Wohngebäude Premium
Bausteine: Feuer, Leitungswasser, Sturm/Hagel, Elementar (ZÜRS-Zone 1), Photovoltaik

Jahresbeitrag 1.184,60 € inkl. VSt., Zahlweise jährlich per Lastschrift.

Die im Antrag angegebene Wohnfläche (186 m²) haben wir übernommen; der Unterversicherungsverzicht gilt damit. Die Vorversicherung bei der alten Gesellschaft läuft laut Kunde zum 28.02. aus – falls doch eine Überschneidung entsteht, bitte kurz melden, dann verschieben wir den Beginn.

Das Original geht wie gewohnt per Post an die Kunden, die Courtage läuft mit der April-Abrechnung.

""" + SIG["dreier"] + "\n\n" + FOOT_ALLG + "\n")
    attach_bytes(m, pdf([("h", "Versicherungsschein Wohngebäudeversicherung"),
                         "Brückenthal Allgemeine Versicherung AG, Brückenthaler Platz 1, 33102 Paderborn",
                         "Versicherungsschein-Nr.: WG 4471-208815 | Ausfertigung vom 02.03.2026",
                         "Versicherungsnehmer: Kathrin Siekmann und Bernd Siekmann, Am Ziegelfeld 9, 33175 Bad Lippspringe",
                         "Vermittler: Assekuranzkontor Welling GmbH, Vermittlernummer 30-1187",
                         "Versicherungsort: Am Ziegelfeld 9, 33175 Bad Lippspringe; Einfamilienhaus, Baujahr 1998, massiv, harte Bedachung",
                         "Wohnfläche: 186 m² | Versicherungswert: gleitender Neuwert",
                         "Versicherungsbeginn: 01.03.2026, 0 Uhr | Ablauf: 01.03.2027, 0 Uhr, Verlängerung um jeweils ein Jahr",
                         "Versicherte Gefahren: Feuer, Leitungswasser, Sturm/Hagel, weitere Elementargefahren, PV-Anlage bis 15 kWp",
                         "Selbstbeteiligung: 250 € je Versicherungsfall; Elementar 10 %, mind. 500 €, max. 5.000 €",
                         "Jahresbeitrag: 995,46 € zzgl. 19 % VSt. 189,14 € = 1.184,60 €",
                         "Zahlweise: jährlich, SEPA-Lastschrift, Mandatsreferenz BT-WG-208815-01",
                         "Es gelten die Allgemeinen Wohngebäude-Versicherungsbedingungen VGB 2024 (Stand 01/2026)."],
                        title="Versicherungsschein WG 4471-208815", day=2), "application/pdf", "VS_WG_4471-208815.pdf")
    return m


@mail(6, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health member: pre-authorisation of knee MRI with suspected meniscal tear, hospital guarantee")
def m6():
    m = new("Brückenthal Global Health <globalhealth@%s>" % D,
            "Daniel Okafor <d.okafor@pacificmail.example>",
            "Pre-authorisation approved – MRI right knee – ref. PA-26-01944", hdate(2, 16, 48), mid(6),
            cc="Priya Raghunathan <priya.raghunathan@%s>" % D,
            irt="<CAF=9v2Lm0QnZ@pacificmail.example>")
    body(m, """Dear Mr Okafor,

thank you for sending the referral from Dr Lim this morning. I'm pleased to confirm that we have approved the following under your Brückenthal Global Health plan (member no. BGH-20418-07, plan Global Select, area of cover worldwide excl. USA):

  Treatment:   MRI scan of the right knee, without contrast
  Reason:      suspected tear of the medial meniscus after a football injury on 22 February,
               persisting swelling and locking of the joint
  Provider:    Kallang Orthopaedic Centre, Singapore
  Date:        on or before 16 March 2026
  Guarantee:   direct settlement up to SGD 1,450; no excess applies to diagnostic imaging

We have sent the guarantee of payment to the imaging department directly, so you should not be asked to pay on the day. Please take your membership card and passport.

If the MRI confirms a tear and Dr Lim recommends arthroscopic surgery, please ask the centre to send us the report and a cost estimate before booking the operation – we usually turn these around within 48 hours. Physiotherapy after surgery is covered up to 20 sessions per year under your plan.

Wishing you a quick recovery.

""" + SIG["raghunathan"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(7, "NORMAL", "de", "insurer-to-broker",
      "trap: broker newsletter about new BU and dental tariffs, health questions and waiting periods; no person")
def m7():
    m = new("Brückenthal Maklerservice <maklerservice@%s>" % D,
            "Vertriebspartner OWL <makler-owl@%s>" % D,
            "Makler-Info März 2026: BU Kompass, DentPlus und Webinar-Termine", hdate(3, 8, 30), mid(7))
    text = """Makler-Info März 2026
=====================

Liebe Vertriebspartnerinnen und Vertriebspartner,

1) BU Kompass 2026 ist da
Ab 1. April können Sie die neue Berufsunfähigkeitsversicherung anbieten. Neu:
- vereinfachte Gesundheitsfragen für Azubis und Studierende bis 30 Jahre
  (5 Jahre ambulant, 10 Jahre stationär, keine Fragen zu Psychotherapie
  länger als 5 Jahre zurück)
- Nachversicherungsgarantie bei Heirat, Geburt eines Kindes und Gehaltssprung
- Beitragsbeispiel: Bürokauffrau, 25 J., 1.500 € BU-Rente bis 67: 61,20 € mtl.

2) DentPlus: Wartezeit entfällt bis 30.06.
Für Neuabschlüsse der Zahnzusatzversicherung DentPlus 90 verzichten wir auf
die 8-monatige Wartezeit für Zahnersatz, sofern keine Behandlung angeraten ist.
Implantate, Inlays und professionelle Zahnreinigung (bis 150 €/Jahr) sind
eingeschlossen.

3) Webinare
- 12.03., 10:00 Uhr: "BU Kompass in 45 Minuten"
- 26.03., 14:00 Uhr: "Pflegezusatz: Was Kunden zu Pflegegrad 2 wissen müssen"
Anmeldung über das Maklerportal unter "Termine".

4) Service
Die Antragsstrecke im Maklerportal ist seit 23.02. auf BiPRO 430.4 umgestellt.
Bitte melden Sie Auffälligkeiten an maklerservice@brueckenthal.example.

Beste Grüße
Ihr Maklerservice der Brückenthal Versicherungsgruppe

Sie erhalten diese Information als angebundener Vertriebspartner.
Abmelden: https://makler.brueckenthal.example/newsletter/abmelden
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<h2 style="color:#0b4f6c">Makler-Info M&auml;rz 2026</h2>
<p>Liebe Vertriebspartnerinnen und Vertriebspartner,</p>
<h3>1) BU Kompass 2026 ist da</h3>
<p>Ab 1. April k&ouml;nnen Sie die neue Berufsunf&auml;higkeitsversicherung anbieten. Neu:</p>
<ul><li>vereinfachte Gesundheitsfragen f&uuml;r Azubis und Studierende bis 30 Jahre (5 Jahre ambulant, 10 Jahre station&auml;r, keine Fragen zu Psychotherapie l&auml;nger als 5 Jahre zur&uuml;ck)</li>
<li>Nachversicherungsgarantie bei Heirat, Geburt eines Kindes und Gehaltssprung</li>
<li>Beitragsbeispiel: B&uuml;rokauffrau, 25 J., 1.500 &euro; BU-Rente bis 67: 61,20 &euro; mtl.</li></ul>
<h3>2) DentPlus: Wartezeit entf&auml;llt bis 30.06.</h3>
<p>F&uuml;r Neuabschl&uuml;sse der Zahnzusatzversicherung DentPlus 90 verzichten wir auf die 8-monatige Wartezeit f&uuml;r Zahnersatz, sofern keine Behandlung angeraten ist. Implantate, Inlays und professionelle Zahnreinigung (bis 150 &euro;/Jahr) sind eingeschlossen.</p>
<h3>3) Webinare</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Datum</th><th>Thema</th></tr>
<tr><td>12.03., 10:00</td><td>BU Kompass in 45 Minuten</td></tr>
<tr><td>26.03., 14:00</td><td>Pflegezusatz: Was Kunden zu Pflegegrad 2 wissen m&uuml;ssen</td></tr></table>
<h3>4) Service</h3>
<p>Die Antragsstrecke im Maklerportal ist seit 23.02. auf BiPRO 430.4 umgestellt. Bitte melden Sie Auff&auml;lligkeiten an <a href="mailto:maklerservice@brueckenthal.example">maklerservice@brueckenthal.example</a>.</p>
<p>Beste Gr&uuml;&szlig;e<br>Ihr Maklerservice der Brückenthal Versicherungsgruppe</p>
<p style="font-size:11px;color:#777">Sie erhalten diese Information als angebundener Vertriebspartner. <a href="https://makler.brueckenthal.example/newsletter/abmelden">Abmelden</a></p>
</body></html>
"""
    body(m, text, html=html)
    return m


@mail(8, "CONFIDENTIAL", "en", "insurer-to-broker",
      "cargo certificate for a named corporate policyholder with contact person, shipment and insured value; bilingual",
      style="exch")
def m8():
    m = new("Oliver Brinkhege <oliver.brinkhege@%s>" % D,
            "Harriet Cole <h.cole@pellworth.example>",
            "RE: Lippetal Maschinenbau – certificate no. 0412 under open cover OC-2023-118", hdate(3, 10, 2), mid(8),
            cc="Jens Tappe <j.tappe@lippetal-mb.example>",
            irt="<LO2P265MB3410B7C1E2@pellworth.example>")
    body(m, """Dear Harriet,

please find attached certificate no. 0412 for the shipment below. I've copied Mr Tappe (logistics, Lippetal Maschinenbau GmbH) as he asked for the PDF for the customs broker.

  Assured:        Lippetal Maschinenbau GmbH, Industriestraße 14, 59510 Lippetal
  Open cover:     OC-2023-118
  Goods:          2 x CNC milling centre LMB 850, seaworthy packed in crates
  Voyage:         Lippetal – Hamburg (truck) – Felixstowe (vessel "Nordic Teal") – Leeds (truck)
  ETD Hamburg:    10 March 2026
  Sum insured:    EUR 612,400.00 (CIF + 10 %)
  Conditions:     ICC (A) 2009, Institute War and Strikes Clauses, DTV-Maschinenklausel

Premium at the agreed rate of 0.085 % will go on the monthly declaration for March.

Jens, kurze Ergänzung auf Deutsch: Bitte achten Sie darauf, dass die Kisten vor der Verladung fotografiert werden (Neigungsindikatoren sichtbar). Das hat uns beim Schaden im letzten Herbst viel Diskussion erspart.

""" + SIG["brinkhege"] + "\n\n" + FOOT_EN + """

-----Original Message-----
From: Harriet Cole <h.cole@pellworth.example>
Sent: Monday, 2 March 2026 17:41
To: Oliver Brinkhege <oliver.brinkhege@brueckenthal.example>
Subject: Lippetal Maschinenbau – certificate under open cover OC-2023-118

Hi Oliver,
could you issue a certificate for Lippetal's shipment of two milling centres to their UK customer? Details in the booking note from Jens Tappe below. Value EUR 556,727 CIF.
Many thanks, Harriet

Harriet Cole | Account Executive, Cargo
Pellworth & Grange Ltd | 40 Lime Street | London EC3M 7AW
""")
    attach_bytes(m, pdf([("h", "CERTIFICATE OF INSURANCE No. 0412"),
                         "Issued under Open Cover OC-2023-118 by Brückenthal Allgemeine Versicherung AG, Paderborn, Germany",
                         "Assured: Lippetal Maschinenbau GmbH, Industriestraße 14, 59510 Lippetal, Germany",
                         "Subject-matter: 2 x CNC milling centre LMB 850, serial nos. 850-2611 and 850-2614, in seaworthy crates",
                         "Conveyance: truck / vessel Nordic Teal / truck | From Lippetal to Leeds via Hamburg and Felixstowe",
                         "Sum insured: EUR 612,400.00",
                         "Conditions: Institute Cargo Clauses (A) 1/1/09, Institute War Clauses (Cargo), Institute Strikes Clauses (Cargo), DTV machinery clause",
                         "Claims: to be notified immediately to Brückenthal Marine Claims, marine-claims@brueckenthal.example. Surveyor in the UK: Halden Marine Surveys, Hull.",
                         "Place and date of issue: Paderborn, 3 March 2026",
                         "This certificate is not valid unless countersigned. Signed for the insurer: O. Brinkhege"],
                        title="Certificate 0412", day=3), "application/pdf", "Certificate_0412_OC-2023-118.pdf")
    return m


@mail(9, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "internal BU claim review: named insured with recurrent depression F33.1, medical reports and disability degree")
def m9():
    m = new("Henrik Tölle <henrik.toelle@%s>" % D,
            "\"Dr. Ulrike Sandfort\" <ulrike.sandfort@%s>" % D,
            "BU-Leistungsantrag Kortekamp, LV 7720-114-093 – Bitte um beratungsärztliche Stellungnahme", hdate(3, 11, 44), mid(9))
    body(m, """Hallo Ulrike,

ich bräuchte bitte deine Einschätzung zu folgendem Fall, Akte liegt in HELIX unter Aufgabe BU-26-0217:

Versicherte: Melanie Kortekamp, 44 J., Erzieherin (Kita-Leitung), BU-Rente 1.400 €/Monat
Leistungsantrag vom 14.11.2025, geltend gemacht BU seit 01.09.2025

Vorliegende Unterlagen:
- Befundbericht Hausarzt Dr. Vössing (Salzkotten) vom 02.12.2025: rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (F33.1), AU seit 18.08.2025
- Entlassungsbericht Tagesklinik am Fürstenweg, Paderborn, Aufenthalt 06.10.–28.11.2025, Medikation Sertralin 100 mg, zusätzlich Schlafstörungen
- Bericht der behandelnden Psychotherapeutin (Frau Dipl.-Psych. Gerdes) vom 20.01.2026: Prognose "vorsichtig günstig", stufenweise Wiedereingliederung frühestens ab Mai denkbar
- Tätigkeitsbeschreibung der VN: überwiegend Leitungsaufgaben, Elterngespräche, Personalplanung, ca. 30 % Gruppendienst

Meine Fragen:
1. Ist aus deiner Sicht eine Beeinträchtigung von mindestens 50 % für voraussichtlich 6 Monate plausibel belegt, oder brauchen wir ein externes Gutachten?
2. Reicht der Bericht der Therapeutin, oder sollten wir die Krankenkassenauskunft (Vorerkrankungen 2019/2020) noch anfordern? Im Antrag 2017 war keine psychische Vorerkrankung angegeben.

Frist für unsere Entscheidung nach den AVB ist Mitte April. Die Akte ist für dich freigegeben.

Danke dir!
Henrik

""" + SIG["toelle"] + "\n")
    return m


@mail(10, "NORMAL", "en", "internal",
      "trap: internal job advert mentioning ICD-10, OPS, hospital bills and health data as skills; no person")
def m10():
    m = new("Maja Lindqvist <maja.lindqvist@%s>" % D,
            "All staff <alle-mitarbeitenden@%s>" % D,
            "Internal vacancy: Data Engineer (m/f/d) – Health Claims Analytics", hdate(3, 13, 15), mid(10))
    body(m, """Hello everyone,

we're growing the analytics team in Health & Life Claims and are looking for a

  Data Engineer (m/f/d) – Health Claims Analytics
  Paderborn or hybrid (up to 3 days remote), full-time, unlimited

What you'll do
- build and run the pipelines that bring doctors' invoices, hospital bills (DRG), dental cost plans
  and care assessments from HELIX into the analytics platform
- work with coded health data (ICD-10-GM, OPS, GOÄ/GOZ positions) in a pseudonymised environment
- help the actuaries and the fraud team with clean, well-documented data sets
- keep access control and deletion concepts for special-category data up to date, together with
  the Data Protection Officer

What you bring
- 3+ years with SQL and Python (dbt or Airflow a plus)
- experience with medical coding systems is a real advantage but not a must
- good German or English; our team works in both

Internal applicants: please send a short note and your CV to hr-recruiting@brueckenthal.example
by 20 March. Talk to your manager first if you like – we'll treat your application confidentially
until the first interview.

Referrals for external candidates are welcome, too (referral bonus EUR 1,500 after probation).

""" + SIG["lindqvist"] + "\n")
    return m


@mail(11, "CONFIDENTIAL", "de", "insurer-to-customer",
      "returned direct debit of a named customer: IBAN, amount, insufficient funds, household contents contract")
def m11():
    m = new("Beitragsinkasso Brückenthal <inkasso@%s>" % D,
            "Murat Kaya <murat.kaya@web-post.example>",
            "Rücklastschrift zu Ihrem Vertrag HR 3301-55672", hdate(3, 15, 22), mid(11),
            extra=[("Reply-To", "Stefan Lüke <stefan.lueke@%s>" % D)])
    body(m, """Sehr geehrter Herr Kaya,

die Lastschrift für den Jahresbeitrag Ihrer Hausratversicherung (Vertrag HR 3301-55672) über 214,80 EUR wurde von Ihrer Bank nicht eingelöst. Als Rückgabegrund hat uns die Bank "Konto weist keine ausreichende Deckung auf" (MS03/AM04) gemeldet.

Belastet werden sollte das Konto
IBAN DE14 4726 0100 0008 8133 54
Kontoinhaber: Murat Kaya
Mandatsreferenz BT-HR-55672-02

Für die Rücklastschrift hat uns die Bank 3,50 EUR Gebühren berechnet, die wir Ihnen leider weiterbelasten müssen.

Sie haben zwei Möglichkeiten:
1. Sie überweisen 218,30 EUR bis zum 17.03.2026 auf unser Beitragskonto bei der Sparkasse an der Pader, IBAN DE51 4765 0130 0000 0711 00, Verwendungszweck "HR 3301-55672".
2. Sie antworten uns kurz, dann ziehen wir den Betrag am 16.03.2026 erneut ein.

Wenn Sie lieber monatlich zahlen möchten (Zuschlag 3 %), stellen wir das gern um.

""" + SIG["lueke"] + "\n\n" + FOOT_ALLG + "\n", charset="iso-8859-1", cte="quoted-printable")
    return m


@mail(12, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "accident insurer asks treating surgeon for a report on a named patient's wrist fracture; signed release with birth date in PDF")
def m12():
    m = new("Ralf Engemann <ralf.engemann@%s>" % D,
            "Praxis Dr. Harnischmacher <info@praxis-harnischmacher.example>",
            "Anforderung Befundbericht – Ihre Patientin Svenja Plöger, geb. 11.04.1987 – UV 61-3308-27", hdate(4, 8, 55), mid(12))
    body(m, """Sehr geehrter Herr Dr. Harnischmacher,
sehr geehrte Damen und Herren,

Ihre Patientin, Frau Svenja Plöger (geb. 11.04.1987, wohnhaft Husener Straße 71, 33098 Paderborn), hat bei uns Leistungen aus ihrer privaten Unfallversicherung beantragt. Nach ihren Angaben ist sie am 14.01.2026 auf dem Weg zur Arbeit auf Glatteis gestürzt und hat sich dabei eine distale Radiusfraktur rechts zugezogen, die Sie am 15.01.2026 operativ mit einer winkelstabilen Platte versorgt haben.

Für die Prüfung der Invaliditätsleistung bitten wir Sie um einen kurzen Befundbericht mit folgenden Angaben:

1. Diagnose(n) mit ICD-10 und Datum der Erstbehandlung
2. Art der Versorgung und bisheriger Heilverlauf (Komplikationen? Metallentfernung geplant?)
3. aktuelle Bewegungsmaße des rechten Handgelenks (Neutral-Null-Methode) und Kraftminderung
4. Vorerkrankungen oder Vorschäden am rechten Arm, soweit Ihnen bekannt
5. Ist mit einem Dauerschaden zu rechnen, und wann ist der Endzustand voraussichtlich erreicht?

Die von Frau Plöger unterschriebene Schweigepflichtentbindung liegt bei. Für den Bericht vergüten wir Ihnen 46,92 € (GOÄ Nr. 75, 2,3-fach zzgl. Porto); bitte fügen Sie Ihre Rechnung bei.

Am einfachsten antworten Sie verschlüsselt über unser Ärzteportal (Zugangscode liegt dem Postanschreiben bei) oder per Fax an 05251 8830-4899.

Vielen Dank für Ihre Unterstützung.

""" + SIG["engemann"] + "\n\n" + FOOT_ALLG + "\n")
    attach_bytes(m, pdf([("h", "Erklärung zur Entbindung von der Schweigepflicht"),
                         "Versicherungsnehmerin / versicherte Person: Svenja Plöger, geb. 11.04.1987",
                         "Anschrift: Husener Straße 71, 33098 Paderborn",
                         "Vertrag: Unfallversicherung UV 61-3308-27 | Schaden-Nr. U-2026-00412 | Unfalltag 14.01.2026",
                         "",
                         "Ich entbinde die nachfolgend genannten Ärzte und Einrichtungen von ihrer Schweigepflicht, soweit die",
                         "Brückenthal Allgemeine Versicherung AG Angaben zur Prüfung ihrer Leistungspflicht aus dem o. g. Unfall benötigt:",
                         "- Dr. med. Carsten Harnischmacher, Facharzt für Orthopädie und Unfallchirurgie, Paderborn",
                         "- St.-Liborius-Krankenhaus Paderborn, Klinik für Unfallchirurgie (stationär 15.01.–17.01.2026)",
                         "- Ergotherapie Schloß Neuhaus (Handtherapie seit 02.02.2026)",
                         "Die Einwilligung gilt für Angaben ab dem 14.01.2021 und kann jederzeit widerrufen werden.",
                         "",
                         "Paderborn, 24.02.2026                    gez. Svenja Plöger"],
                        title="Schweigepflichtentbindung Plöger", day=4), "application/pdf",
                 "Schweigepflichtentbindung_Ploeger_U-2026-00412.pdf")
    return m


@mail(13, "NORMAL", "en", "insurer-to-partner",
      "trap: reinsurance bordereau timetable with life/health and accident totals by age band only; no person")
def m13():
    m = new("Thomas Beverungen <thomas.beverungen@%s>" % D,
            "Ingrid Solheim <ingrid.solheim@skagerrak-re.example>",
            "Q1 2026 bordereaux – timetable and format changes", hdate(4, 9, 40), mid(13),
            cc="Birgit Hunstiege <birgit.hunstiege@%s>" % D)
    body(m, """Dear Ingrid,

as discussed on Friday, here is the timetable for the Q1 2026 bordereaux under our treaties with Skagerrak Re:

  Treaty                                   Content                          Delivery
  Life & Health Quota Share 30 % (LQS-12)   premium & claims, aggregated     24 April
  Accident Surplus (ACC-S-07)               claims > EUR 100k, case list     24 April
  Property Cat XL (CAT-26)                  event report Storm "Gerlinde"    10 April (prelim.)
  Motor XL (MXL-19)                         large-loss notifications         ongoing, as usual

Changes compared with 2025:
1. For LQS-12 we will report the in-force business by five-year age band and tariff group only
   (policy count, sum at risk, premium). The per-policy listing is no longer needed since the
   treaty amendment of 1 January – please confirm your actuaries are fine with that.
2. Claims in LQS-12 come as totals per cause group (death, disability, critical illness,
   hospital, outpatient), no individual case data. Large individual life/BU claims above the
   retention will still be notified separately under the facultative procedure.
3. File format: CSV (UTF-8, semicolon) instead of the old XLS template.

Preliminary Q1 figures for LQS-12 (ceded share, EUR thousands): premium 4,812; claims paid
2,966; change in reserves 310. Final figures follow with the bordereau.

Could you send me the new Skagerrak column specification by 20 March?

""" + SIG["beverungen"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(14, "CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses cover confirmation: named policyholder's tenancy dispute with landlord, claim and policy number")
def m14():
    m = new("Carina Bökamp <carina.boekamp@%s>" % D,
            "Florian Gieseke <florian.gieseke@kabelmail.example>",
            "Deckungszusage Rechtsschutz – Ihr Schaden RS-2026-01377 (Mieterhöhung)", hdate(4, 11, 10), mid(14),
            cc="Kanzlei Driever & Aslan <kanzlei@driever-aslan.example>")
    body(m, """Sehr geehrter Herr Gieseke,

vielen Dank für Ihre Unterlagen. Ihre Vermieterin, die Hellweg Wohnbau GmbH, verlangt mit Schreiben vom 05.02.2026 eine Zustimmung zur Mieterhöhung für Ihre Wohnung in der Giersstraße 33, Paderborn, von 742 € auf 861 € Nettokaltmiete. Sie halten die Erhöhung für unwirksam, weil die angeführten Vergleichswohnungen nicht vergleichbar seien.

Wir bestätigen Ihnen hiermit Versicherungsschutz aus Ihrer Rechtsschutzversicherung (Vertrag RS 40-7718-305, Baustein Wohnungs- und Grundstücks-Rechtsschutz für Mieter) für

- die außergerichtliche Interessenwahrnehmung durch Rechtsanwältin Aslan (Kanzlei Driever & Aslan, Paderborn) und
- im Fall einer Zustimmungsklage der Vermieterin die Verteidigung in der ersten Instanz vor dem Amtsgericht Paderborn.

Ihre vereinbarte Selbstbeteiligung beträgt 150 € je Rechtsschutzfall. Die Kanzlei rechnet direkt mit uns ab; die Selbstbeteiligung stellt sie Ihnen gesondert in Rechnung.

Frau Aslan erhält diese E-Mail in Kopie. Bitte beachten Sie, dass die Zustimmungsfrist nach Ihrem Vortrag am 30.04.2026 endet.

""" + SIG["boekamp"] + "\n\n" + FOOT_ALLG + "\n")
    return m


@mail(15, "NORMAL", "de", "insurer-to-customer",
      "trap: generic dental insurance information to a prospect (Zahnersatz, Implantate, Wartezeit); no contract, no health data")
def m15():
    m = new("Pascal Thiel <pascal.thiel@%s>" % D,
            "Sandra Pollmeier <s.pollmeier@mailbox.example>",
            "AW: Frage Zahnzusatzversicherung", hdate(4, 14, 3), mid(15),
            irt="<6b1f0d2e-77aa-49d8-b0a3-f21c55e01a9d@mailbox.example>")
    body(m, """Hallo Frau Pollmeier,

danke für Ihre Anfrage! Gern ein kurzer Überblick über unsere Zahnzusatzversicherung DentPlus:

- DentPlus 70 / 90: Erstattung von 70 bzw. 90 % für Zahnersatz (Kronen, Brücken, Implantate, Inlays) inkl. Vorleistung der gesetzlichen Kasse
- Zahnbehandlung (z. B. Kunststofffüllungen, Wurzel- und Parodontosebehandlung): 90 % in beiden Tarifen
- Professionelle Zahnreinigung bis 150 € im Jahr
- Kieferorthopädie für Kinder bei KIG 1–2 bis 1.500 € (nur DentPlus 90)

Beitragsbeispiele für Erwachsene (Monatsbeitrag, Eintrittsalter 35–39): DentPlus 70 = 18,40 €, DentPlus 90 = 27,90 €. Für Kinder bis 20 Jahre: 9,60 € bzw. 13,20 €.

Wichtig: Bereits angeratene oder laufende Behandlungen sind nicht versichert. In den ersten vier Jahren gelten Höchstbeträge (z. B. 1.000 € im ersten Jahr). Bei Abschluss bis 30.06.2026 entfällt die Wartezeit für Zahnersatz.

Einen Beitragsrechner und die Versicherungsbedingungen finden Sie unter https://www.brueckenthal.example/zahn. Wenn Sie möchten, ruft Sie auch gern eine Kollegin aus unserer Beratung zurück – sagen Sie mir einfach, wann es Ihnen passt.

""" + SIG["thiel"] + """

-----Ursprüngliche Nachricht-----
Von: Sandra Pollmeier <s.pollmeier@mailbox.example>
Gesendet: Dienstag, 3. März 2026 21:17
An: info@brueckenthal.example
Betreff: Frage Zahnzusatzversicherung

Guten Abend,
was kostet bei Ihnen so eine Zahnzusatzversicherung für Erwachsene und für Kinder, und ab wann zahlt die? Wir sind 4 Personen (2 Erw., 2 Kinder). Danke!
Sandra Pollmeier
""" + "\n" + FOOT_KRANKEN + "\n")
    return m


@mail(16, "STRICTLY_CONFIDENTIAL", "en", "internal",
      "HR reply; quoted team-lead mail on a named employee's burnout sick leave and graded return plan (only in the quote)")
def m16():
    m = new("Maja Lindqvist <maja.lindqvist@%s>" % D,
            "Rahul Menon <rahul.menon@%s>" % D,
            "RE: Lukas – return to work from 16 March", hdate(4, 16, 30), mid(16),
            irt="<" + "9C1E44A7D2B0F3E6A1C8B5D4A@EXMB02.ad.brueckenthal.example>")
    body(m, """Hi Rahul,

thanks, that's really helpful. I've set up the BEM meeting for Thursday 12 March, 10:00, room 2.14 – Lukas has agreed, and the works council will join (he asked for it). I'll bring the template for the stufenweise Wiedereingliederung so we can fill in the plan together with him.

Please don't forward the doctor's plan any further; I've filed it in the BEM folder, not in the personnel file.

Best,
Maja

""" + SIG["lindqvist"] + """

From: Rahul Menon <rahul.menon@brueckenthal.example>
Sent: Wednesday, 4 March 2026 14:52
To: Maja Lindqvist <maja.lindqvist@brueckenthal.example>
Subject: Lukas – return to work from 16 March

Hi Maja,

Lukas Hoppe called me today. He's been off since mid-December with burnout (he said he's OK with me telling HR) and his psychiatrist now suggests a graded return under the Hamburg model, starting 16 March:

  weeks 1–2: 4 h/day, no on-call, no release nights
  weeks 3–4: 6 h/day
  from week 5: full time, on-call only after review

He's still on medication and sees his therapist on Tuesday afternoons, so he'd like Tuesdays to end at 13:00 for now. The plan from the doctor (Wiedereingliederungsplan, signed) is attached to his mail, I'll forward it to you only.

From my side: happy to take him off the incident rota until May and give him the reporting migration, which is calm work. Can we do the BEM talk before the 16th?

""" + SIG["menon"] + "\n")
    return m


@mail(17, "CONFIDENTIAL", "en", "insurer-to-customer",
      "motor insurance confirmation (eVB) for a named customer with birth date, address and vehicle; PDF")
def m17():
    m = new("Kfz-Antragsservice <kfz-antrag@%s>" % D,
            "Aoife Brennan <aoife.brennan@irishpost.example>",
            "Your electronic insurance confirmation (eVB) – VW ID.3 – contract K 58-3319-402", hdate(5, 9, 5), mid(17))
    body(m, """Dear Ms Brennan,

thank you for choosing Brückenthal for your new car. As requested on the phone, here is your electronic insurance confirmation (eVB) for the registration office:

  eVB number:   A7K3M9P
  Valid until:  4 April 2026

When you register the car at the Kreis Paderborn registration office (Zulassungsstelle), simply give them this code; they will send the registration details to us electronically. You don't need to print anything.

Your contract details:
  Policyholder:  Aoife Brennan, born 14 September 1990
  Address:       Bahnhofstraße 12a, 33129 Delbrück
  Vehicle:       Volkswagen ID.3 Pro, VIN WVWZZZE1ZRP043187
  Cover:         third-party liability + comprehensive (Vollkasko), excess EUR 500 / partial cover EUR 150
  No-claims:     SF 4 (transferred from your Irish insurer based on the certificate of 12 February)
  Premium:       EUR 86.40 per month, first debit after registration

The confirmation letter with all details is attached as PDF. The policy schedule follows by post once the car is registered.

Safe driving!

Kfz-Antragsservice
Brückenthal Allgemeine Versicherung AG
+49 5251 8830-4300

""" + FOOT_EN + "\n")
    attach_bytes(m, pdf([("h", "Versicherungsbestätigung (eVB) / Insurance confirmation"),
                         "eVB-Nummer: A7K3M9P | gültig bis 04.04.2026",
                         "Versicherungsnehmerin: Aoife Brennan, geb. 14.09.1990, Bahnhofstraße 12a, 33129 Delbrück",
                         "Fahrzeug: Volkswagen ID.3 Pro, FIN WVWZZZE1ZRP043187, Elektro, 150 kW",
                         "Vertrag: K 58-3319-402 | Haftpflicht 100 Mio. EUR pauschal, Vollkasko SB 500 EUR, Teilkasko SB 150 EUR",
                         "Schadenfreiheitsklasse: SF 4 (Vorversicherer: Shannon Mutual Insurance DAC, Nachweis vom 12.02.2026)",
                         "Beitrag: 86,40 EUR monatlich",
                         "Ausgestellt am 05.03.2026, Brückenthal Allgemeine Versicherung AG, Paderborn"],
                        title="eVB A7K3M9P", day=5), "application/pdf", "eVB_A7K3M9P.pdf")
    return m


@mail(18, "NORMAL", "de", "internal",
      "trap: facilities notice on first-aider refresher, defibrillator check and evacuation drill; no person's health")
def m18():
    m = new("Werner Schmitz <werner.schmitz@%s>" % D,
            "Alle Mitarbeitenden Paderborn <alle-paderborn@%s>" % D,
            "Ersthelfer, Defibrillatoren und Räumungsübung im März", hdate(5, 10, 20), mid(18))
    body(m, """Hallo zusammen,

drei Dinge aus der Haustechnik für diesen Monat:

1. Defibrillatoren (AED)
Am Dienstag, 10.03., prüft die Firma Medilux unsere sechs AED-Geräte (Foyer, Kantine, je Etage am Aufzug). Die Geräte sind dabei jeweils ca. 15 Minuten nicht verfügbar. Bei einem Notfall in der Zeit: Notruf 112 und Pforte (-1111) anrufen, die Pforte schickt den nächsten Ersthelfer mit dem Ersatzgerät.

2. Ersthelfer-Auffrischung
Wir brauchen dringend neue Ersthelferinnen und Ersthelfer, vor allem im 3. und 5. OG. Der nächste Lehrgang (9 Unterrichtseinheiten, Kosten trägt die BG) ist am 25. und 26.03. im Schulungsraum EG. Wer mitmachen möchte, meldet sich bitte bis 13.03. bei mir. Die aktuelle Ersthelferliste hängt an jedem Aufzug aus.

3. Räumungsübung
Am Dienstag, 24.03., vormittags, gibt es eine angekündigte Räumungsübung. Sammelplatz ist wie immer der Parkplatz P2. Kolleginnen und Kollegen, die beim Verlassen des Gebäudes Unterstützung brauchen, melden sich bitte vertraulich bei ihrer Führungskraft oder direkt bei mir, damit wir einen Räumungshelfer einteilen – Details dazu müsst ihr nicht nennen.

Und bitte: Verbandkästen nicht plündern. Wer ein Pflaster braucht, findet welche in der Pforte.

""" + SIG["schmitz"] + "\n")
    return m


@mail(19, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life insurance maturity payout for a named customer: contract, amount, tax, bank details (personal line); PDF")
def m19():
    m = new("Annika Schwerdtfeger <annika.schwerdtfeger@%s>" % D,
            "Gerhard Wöstemeyer <g.woestemeyer@t-net.example>",
            "Ablauf Ihrer Lebensversicherung LV 2203-447-118 zum 01.04.2026", hdate(5, 11, 48), mid(19))
    body(m, """Sehr geehrter Herr Wöstemeyer,

Ihre Kapitallebensversicherung LV 2203-447-118 läuft zum 01.04.2026 planmäßig ab. Wir freuen uns, Ihnen die Ablaufleistung ankündigen zu können:

Garantierte Versicherungssumme       30.677,00 €
Laufende Überschussbeteiligung       12.904,35 €
Schlussüberschuss                     4.011,20 €
Beteiligung an Bewertungsreserven       720,22 €
Ablaufleistung gesamt                48.312,77 €

Da Ihr Vertrag nach dem 31.12.2004 abgeschlossen wurde und die Laufzeit mindestens 12 Jahre beträgt, ist nach § 20 Abs. 1 Nr. 6 EStG nur die Hälfte des Ertrags (Ablaufleistung abzüglich eingezahlter Beiträge von 38.410,00 €) zu versteuern. Die Kapitalertragsteuer behalten wir zunächst auf den vollen Ertrag ein; den hälftigen Ansatz berücksichtigt Ihr Finanzamt über die Steuererklärung.

Damit wir pünktlich auszahlen können, benötigen wir bis zum 20.03.2026:
- die unterschriebene Auszahlungserklärung (anbei),
- Ihre steuerliche Identifikationsnummer, falls sie sich geändert hat,
- einen Freistellungsauftrag, falls Sie noch Freibetrag übrig haben.

Die Auszahlung erfolgt auf das bei uns hinterlegte Konto IBAN DE32 4764 0000 0211 0944 78 – bitte prüfen Sie kurz, ob diese Verbindung noch aktuell ist.

Wenn Sie das Geld ganz oder teilweise wieder anlegen möchten, etwa in eine Sofortrente, berät Sie gern Ihr Ansprechpartner Herr Iking.

""" + SIG["schwerdtfeger"] + "\n\n" + FOOT_LEBEN + "\n")
    attach_bytes(m, pdf([("h", "Auszahlungserklärung – Lebensversicherung LV 2203-447-118"),
                         "Versicherungsnehmer und versicherte Person: Gerhard Wöstemeyer, geb. 02.08.1961",
                         "Anschrift: Im Wiesengrund 4, 33106 Paderborn",
                         "Ablauftermin: 01.04.2026 | Ablaufleistung: 48.312,77 €",
                         "Zahlungsempfänger: Gerhard Wöstemeyer | IBAN: DE32 4764 0000 0211 0944 78",
                         "Steuer-ID: ______________________ (nur bei Änderung)",
                         "",
                         "Ich bestätige, dass die Versicherungspolice nicht abgetreten oder verpfändet ist.",
                         "",
                         "Ort, Datum ____________________     Unterschrift ____________________"],
                        title="Auszahlungserklärung LV 2203-447-118", day=5), "application/pdf",
                 "Auszahlungserklaerung_LV2203-447-118.pdf")
    return m


@mail(20, "NORMAL", "en", "insurer-to-partner",
      "trap: auditor request list mentioning claims files, health reserves and pseudonymised samples; no person")
def m20():
    m = new("Birgit Hunstiege <birgit.hunstiege@%s>" % D,
            "Dr. Philipp Zell <philipp.zell@hz-wp.example>",
            "FY2025 audit – open items / PBC list status 5 March", hdate(5, 14, 35), mid(20),
            cc="Thomas Beverungen <thomas.beverungen@%s>" % D)
    body(m, """Dear Philipp,

quick status on the open PBC items for the FY2025 audit (the full list is in the data room, folder 03_PBC):

  #   Item                                                    Owner        Status
  14  Reconciliation premium reserve life (HGB/Solvency II)  Actuarial    delivered 03/03
  17  IBNR health & care, run-off triangles 2016–2025         Actuarial    due 09/03
  22  Claims sample motor/property (40 files)                 Claims       in data room
  23  Claims sample health (25 files, pseudonymised)          HELIX team   due 11/03
  31  Bank confirmations (7 accounts)                         Treasury     5 of 7 received
  38  Legal letters (pending litigation > EUR 250k)           Legal        due 13/03

For item 23: as agreed with your IT audit colleagues, the health and BU claims files are provided in a pseudonymised extract (policy number replaced by a surrogate key, no names, no dates of birth, diagnoses grouped by ICD chapter). If your team needs to see a full file for a specific case, please ask and we will arrange an on-site review in Paderborn; we cannot send medical documents to the data room.

The two outstanding bank confirmations (Sparkasse an der Pader, Weser-Landesbank) have been chased again today.

Could we move Tuesday's call to 14:00?

""" + SIG["hunstiege"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(21, "CONFIDENTIAL", "de", "insurer-to-company",
      "liability claim of a corporate policyholder with named contact, third party sole trader, amount; nobody injured")
def m21():
    m = new("Markus Heitkamp <markus.heitkamp@%s>" % D,
            "Petra Kramer <p.kramer@senne-baeckerei.example>",
            "Ihr Haftpflichtschaden BH-2026-00871 – Markise Café Lindgrün", hdate(5, 15, 50), mid(21),
            irt="<a1f4c2d0-1b7e-4e59-8f1f-77c0de5a2b91@senne-baeckerei.example>")
    body(m, """Sehr geehrte Frau Kramer,

danke für die schnelle Meldung und die Fotos. Ich fasse den Schaden kurz zusammen, damit wir vom selben Stand ausgehen:

Versicherungsnehmerin: Senne Bäckerei Kramer KG, Betriebshaftpflicht BHV 77-1402-66
Schadentag: 27.02.2026, ca. 6:10 Uhr
Ort: Café Lindgrün, Marienplatz 3, Paderborn (Inhaberin Frau Jasmin Wolff)
Hergang: Ihr Fahrer, Herr Önder, hat beim Rückwärtsrangieren mit dem Lieferwagen (PB-SK 220) die ausgefahrene Markise des Cafés gestreift. Gestänge und Tuch sind beschädigt. Personen wurden nicht verletzt.

Den Schaden an der Markise übernehmen wir aus Ihrer Betriebshaftpflicht, soweit er beim Be- und Entladen entstanden ist; Schäden, die durch den Gebrauch des Fahrzeugs entstehen, fallen dagegen grundsätzlich unter die Kfz-Haftpflicht. Da der Wagen nach Ihrer Schilderung gerade rangiert wurde, werden wir den Vorgang intern an unsere Kfz-Schadenabteilung abgeben – für Sie ändert sich dadurch nichts, der Lieferwagen ist ebenfalls bei uns versichert.

Frau Wolff hat einen Kostenvoranschlag der Firma Sonnenschutz Hücker über 2.380,00 € brutto eingereicht. Wir zahlen direkt an sie, sobald sie uns bestätigt, ob sie vorsteuerabzugsberechtigt ist. Eine Selbstbeteiligung fällt in der Kfz-Haftpflicht nicht an.

Bitte richten Sie Herrn Önder aus, dass er sich gegenüber dem Café nicht weiter zur Schuldfrage äußern muss.

""" + SIG["heitkamp"] + "\n\n" + FOOT_ALLG + "\n")
    return m


@mail(22, "STRICTLY_CONFIDENTIAL", "de", "customer",
      "service forwards a daughter's mail about her mother's stroke, care grade 3 and nursing home move (long-term care claim)")
def m22():
    m = new("Pascal Thiel <pascal.thiel@%s>" % D,
            "Leistung Pflege <leistung-pflege@%s>" % D,
            "WG: Pflegegeld meine Mutter Hildegard Brinkmann KV 310-102 447-3", hdate(6, 8, 14), mid(22))
    body(m, """Hallo liebes Pflege-Team,

die Tochter unserer Versicherten hat gestern Abend an info@ geschrieben, siehe unten. Vollmacht liegt laut HELIX seit 2024 vor (Vorsorgevollmacht, gescannt am 11.06.2024). Könnt ihr bitte direkt antworten? Ich habe ihr gesagt, dass sich jemand bis Mitte nächster Woche meldet.

Danke & Gruß
Pascal

""" + SIG["thiel"] + """

-----Ursprüngliche Nachricht-----
Von: Martina Brinkmann-Sökeland <martina.soekeland@webmail.example>
Gesendet: Donnerstag, 5. März 2026 22:48
An: info@brueckenthal.example
Betreff: Pflegegeld meine Mutter Hildegard Brinkmann KV 310-102 447-3

Sehr geehrte Damen und Herren,

ich schreibe für meine Mutter Hildegard Brinkmann (geb. 23.10.1939), sie ist bei Ihnen Kranken und Pflegeversichert. Meine Mutter hatte im Januar einen schweren Schlaganfall und war danach 4 wochen im Krankenhaus und dann in der Reha in Bad Lippspringe. Sie ist rechtsseitig gelähmt und kann nicht mehr alleine laufen oder sich waschen, ausserdem ist das sprechen sehr schwer.

Der Gutachter war am 19.02. da und hat Pflegegrad 3 festgestellt, den Bescheid habe ich aber noch nicht bekommen?? Seit 2. März ist sie jetzt im Pflegeheim St. Elisabeth in Salzkotten (vollstationär), weil wir das zuhause nicht mehr schaffen.

Meine Fragen:
1. Bekommt sie jetzt Pflegegeld oder geht das direkt ans Heim?
2. Sie hat doch auch noch die Pflegetagegeldversicherung bei Ihnen, muss ich dafür extra was einreichen?
3. Die Rechnung vom Heim für März ist 3.870 Euro Eigenanteil, wie soll sie das bezahlen, ihre Rente ist 1.640 Euro.

Ich habe eine Vorsorgevollmacht, die hatte ich Ihnen schon mal geschickt.

Vielen Dank und viele Grüße
Martina Brinkmann-Sökeland
Tel 0176 22871904
""")
    return m


@mail(23, "NORMAL", "de", "insurer-to-customer",
      "portal notification mail: 'new secure message' without any content, contract or person data")
def m23():
    m = new("Brückenthal Kundenportal <noreply-portal@%s>" % D,
            "r.ahrens@mailbox.example",
            "Sie haben eine neue Nachricht in Ihrem Kundenpostfach", hdate(6, 9, 0, 12), mid(23, "app", "portal.brueckenthal.example"))
    html_only(m, """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Neue Nachricht</title></head>
<body style="margin:0;background:#f2f4f5;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="24" cellspacing="0" style="background:#ffffff;margin:24px 0">
<tr><td style="border-bottom:4px solid #0b4f6c"><img src="https://portal.brueckenthal.example/static/logo.png" alt="Brückenthal" width="160"></td></tr>
<tr><td>
<p style="font-size:16px">Guten Tag,</p>
<p style="font-size:15px;line-height:1.5">in Ihrem persönlichen Kundenpostfach liegt eine neue Nachricht für Sie bereit.
Aus Sicherheitsgründen versenden wir den Inhalt nicht per E-Mail.</p>
<p style="text-align:center;margin:28px 0"><a href="https://portal.brueckenthal.example/postfach" style="background:#0b4f6c;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">Zum Kundenpostfach</a></p>
<p style="font-size:13px;color:#555">Sie haben Ihr Passwort vergessen? Über „Passwort zurücksetzen“ erhalten Sie nach Beantwortung Ihrer Sicherheitsfrage einen neuen Zugang.</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;background:#fafafa">Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht darauf.<br>
Brückenthal Versicherungsgruppe · Brückenthaler Platz 1 · 33102 Paderborn · <a href="https://www.brueckenthal.example/datenschutz">Datenschutz</a> · <a href="https://www.brueckenthal.example/impressum">Impressum</a></td></tr>
</table></td></tr></table>
</body></html>
""")
    return m


@mail(24, "CONFIDENTIAL", "en", "insurer-to-broker",
      "cyber renewal terms for a named corporate client with CFO contact, turnover, prior incident and premium; PDF offer")
def m24():
    m = new("Svenja Amelunxen <svenja.amelunxen@%s>" % D,
            "Callum Reid <callum.reid@harbourline.example>",
            "Detmold Precision Optics GmbH – cyber renewal 1 April 2026 – our terms", hdate(6, 10, 40), mid(24),
            irt="<DB9PR02MB7712C0A5@harbourline.example>")
    body(m, """Hi Callum,

thanks for the renewal submission and the completed questionnaire from Mr Lüttgenhorst. Please find our renewal terms for Detmold Precision Optics GmbH attached; in short:

- Limit EUR 3m any one claim / aggregate (unchanged), sublimit cyber crime / fake president EUR 250k
- Retention EUR 25k (up from 10k), business interruption waiting period 12 hours
- Premium EUR 21,400 net p.a. (expiring EUR 16,900)

The increase reflects the ransomware event of August 2025 (claim CY-2025-0093, paid EUR 186k incl. forensics and BI) and the client's revenue growth to EUR 38.6m. We have given credit for the measures implemented since: MFA for all remote access, EDR on all endpoints and the offline backup tested monthly.

Two subjectivities before binding:
1. Confirmation that the legacy Windows Server 2012 machines in the measuring lab are segmented (Arne mentioned they would be gone by March).
2. Signed declaration of no known circumstances as at inception.

Terms are valid until 25 March. Happy to have a call with you and the client's CFO if that helps.

""" + SIG["amelunxen"] + "\n\n" + FOOT_EN + "\n")
    attach_bytes(m, pdf([("h", "Renewal terms – Cyber Insurance – Brückenthal CyberProtect Business"),
                         "Insured: Detmold Precision Optics GmbH, Lemgoer Straße 118, 32756 Detmold",
                         "Contact: Arne Lüttgenhorst, CFO | Broker: Harbour Line Insurance Brokers Ltd, London",
                         "Policy: CY 90-0418-22 | Period: 01.04.2026 – 01.04.2027",
                         "Revenue (FY2025): EUR 38.6m | Employees: 212 | Sites: Detmold, Brno",
                         "Limit: EUR 3,000,000 any one claim and in the aggregate",
                         "Sublimits: cyber crime EUR 250,000; PCI fines EUR 100,000; reputational harm EUR 150,000",
                         "Retention: EUR 25,000 | BI waiting period: 12 hours",
                         "Claims history: 08/2025 ransomware (LockBit variant), CY-2025-0093, EUR 186,400 paid",
                         "Annual premium: EUR 21,400.00 net plus 19 % insurance tax",
                         "Subjectivities: segmentation of legacy servers; no known circumstances declaration",
                         "Offer valid until 25.03.2026"],
                        title="Renewal terms CY 90-0418-22", day=6), "application/pdf",
                 "DPO_Cyber_Renewal_2026_terms.pdf")
    return m


@mail(25, "NORMAL", "de", "internal",
      "trap: month-end close timetable with health IBNR, BU reserves and loss ratios as totals; no person")
def m25():
    m = new("Birgit Hunstiege <birgit.hunstiege@%s>" % D,
            "Abschluss-Team <abschluss@%s>" % D,
            "Monatsabschluss Februar – Termine und Besonderheiten", hdate(6, 12, 10), mid(25),
            cc="Thomas Beverungen <thomas.beverungen@%s>" % D)
    body(m, """Hallo zusammen,

der Februar-Abschluss läuft, anbei der Terminplan (auch im Teams-Kanal). Die wichtigsten Punkte:

- Buchungsschluss Nebenbücher: heute, 18:00 Uhr
- Schadenreserven Sach/HUK/Kfz: Montag 09.03., 12:00 Uhr (Schadenabteilungen)
- IBNR Kranken und Pflege, Deckungsrückstellung Leben: Dienstag 10.03. (Aktuariat)
- Provisionen und Courtagen: Dienstag 10.03. (Vertriebscontrolling)
- Vorläufiges Ergebnis an den Vorstand: Donnerstag 12.03.

Besonderheiten Februar:
1. Sturm "Gerlinde" (16./17.02.): bisher 1.412 Schadenmeldungen Wohngebäude/Hausrat, Reserve derzeit 6,9 Mio. € brutto, 4,1 Mio. € nach Rückversicherung.
2. Kranken: Die Leistungsausgaben ambulant liegen 8 % über Plan (Grippewelle, viele Arztrechnungen aus Januar erst im Februar eingereicht). Bitte bei der IBNR-Schätzung berücksichtigen.
3. BU: Zwei große Leistungsfälle wurden anerkannt; die Rückstellung wird auf Basis der Einzelreserven gebildet, Details nur im HELIX-Bericht, bitte nicht per Mail verschicken.

Wer Urlaub hat oder krank ist, sorgt bitte für Vertretung und trägt sie in der Tabelle ein.

""" + SIG["hunstiege"] + "\n")
    attach_bytes(m, xlsx([("Terminplan", [
        ["Monatsabschluss Februar 2026", None, None, None],
        ["Schritt", "Verantwortlich", "Termin", "Vertretung"],
        ["Buchungsschluss Nebenbücher", "Rechnungswesen", "06.03.2026 18:00", "B. Hunstiege / K. Dierkes"],
        ["Inkasso-Abstimmung", "Beitragsinkasso", "09.03.2026 10:00", "S. Lüke"],
        ["Schadenreserven Sach/HUK/Kfz", "Schaden", "09.03.2026 12:00", "S. Quast"],
        ["IBNR Kranken/Pflege", "Aktuariat", "10.03.2026 12:00", "T. Beverungen"],
        ["Deckungsrückstellung Leben/BU", "Aktuariat", "10.03.2026 16:00", "T. Beverungen"],
        ["Provisionen/Courtagen", "Vertriebscontrolling", "10.03.2026 16:00", ""],
        ["Rückversicherungsabrechnung", "Reinsurance", "11.03.2026 12:00", "T. Beverungen"],
        ["Vorläufiges Ergebnis Vorstand", "Rechnungswesen", "12.03.2026 09:00", "B. Hunstiege"]]),
        ("Kennzahlen", [
        ["Sparte", "Schadenquote Feb. (%)", "Plan (%)"],
        ["Wohngebäude", 148.2, 72.0], ["Hausrat", 61.5, 48.0], ["Kfz", 88.1, 91.0],
        ["Kranken (Leistungsquote)", 84.9, 78.5], ["Unfall", 41.3, 45.0]])],
        author="Birgit Hunstiege", day=6),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Terminplan_MA_2026-02.xlsx")
    return m


@mail(26, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "cost-coverage declaration to a hospital for a named patient with birth date, appendicitis K35.8 and elective services")
def m26():
    m = new("Krankenhausabrechnung Brückenthal <kh-abrechnung@%s>" % D,
            "Patientenaufnahme St.-Liborius-Krankenhaus <aufnahme@st-liborius-pb.example>",
            "Kostenübernahmeerklärung – Hüttemann, Bernd, geb. 03.05.1958 – Aufnahme 08.03.2026", hdate(9, 8, 20), mid(26))
    body(m, """Sehr geehrte Damen und Herren,

zu Ihrer Anfrage vom 08.03.2026 (Ihr Fall-Nr. 2026-031187) erklären wir die Kostenübernahme wie folgt:

Patient:            Bernd Hüttemann, geb. 03.05.1958
                    Lange Wenne 26, 33102 Paderborn
Versicherungs-Nr.:  KV 310-771 023-1, Tarife KomfortStationär 1 (Zweibettzimmer, Chefarzt)
Aufnahme:           08.03.2026, Notaufnahme
Aufnahmediagnose:   K35.8 Akute Appendizitis, nicht näher bezeichnet
Geplanter Eingriff: laparoskopische Appendektomie (OPS 5-470.11)

Übernommen werden:
- allgemeine Krankenhausleistungen nach dem KHEntgG (DRG-Fallpauschale) zu 100 %
- Wahlleistung Unterkunft Zweibettzimmer
- wahlärztliche Leistungen nach GOÄ bis zum 3,5-fachen Satz

Die Kostenübernahme gilt zunächst für 7 Tage. Für eine längere Verweildauer benötigen wir einen kurzen ärztlichen Verlängerungsantrag mit Begründung.

Bitte senden Sie die Rechnungen im Direktabrechnungsverfahren an uns (IK 168 220 417); die Wahlarztrechnung erhält der Patient und reicht sie bei uns ein.

Mit freundlichen Grüßen

Ihr Team Krankenhausabrechnung
Brückenthal Krankenversicherung a.G.
Telefon 05251 8830-6300 · Fax 05251 8830-6399

""" + FOOT_KRANKEN + "\n")
    return m


@mail(27, "NORMAL", "en", "newsletter",
      "trap: member newsletter on travel vaccinations, heat, mental-health helpline and hospital network; no person")
def m27():
    m = new("Brückenthal Global Health <news@globalhealth.brueckenthal.example>",
            "members@globalhealth.brueckenthal.example",
            "Your Global Health update – March 2026", hdate(9, 9, 30), mid(27, "app", "news.brueckenthal.example"),
            extra=[("List-Unsubscribe", "<https://globalhealth.brueckenthal.example/unsubscribe>"),
                   ("Precedence", "bulk")])
    html_only(m, """<html><body style="font-family:Georgia,serif;color:#1d2b33;max-width:640px">
<h1 style="color:#0b4f6c;font-weight:normal">Global Health update &ndash; March 2026</h1>

<h2>Travelling this spring? Check your vaccinations</h2>
<p>Yellow fever, typhoid, hepatitis A and rabies &ndash; what you need depends on where you go and for how long.
Travel vaccinations recommended by a doctor are covered under all Global Select and Global Premium plans
(up to EUR 500 per year). Our <a href="https://globalhealth.brueckenthal.example/vaccinations">destination checker</a>
lists the recommendations of the German STIKO and the WHO for 190 countries.</p>

<h2>Heat season in the Gulf and South-East Asia</h2>
<p>Drink before you feel thirsty, avoid exercise at midday, and know the signs of heat stroke: confusion,
hot dry skin, fast pulse. In an emergency call local emergency services first, then our 24/7 line.</p>

<h2>Talking helps &ndash; our mental health line</h2>
<p>Living abroad can be lonely. Members can now book up to eight confidential video sessions with a
licensed psychologist per year, in English, German, Spanish or Arabic, without a referral and without
any effect on your premium. Booking: <a href="https://globalhealth.brueckenthal.example/talk">globalhealth.brueckenthal.example/talk</a>.</p>

<h2>New in our direct-billing network</h2>
<table border="0" cellpadding="6" style="font-size:14px">
<tr><td><b>Dubai</b></td><td>Al Safa Family Clinic (outpatient, paediatrics)</td></tr>
<tr><td><b>Singapore</b></td><td>Kallang Orthopaedic Centre (imaging, day surgery)</td></tr>
<tr><td><b>Nairobi</b></td><td>Westlands Women&rsquo;s Hospital (maternity)</td></tr>
</table>

<p style="font-size:12px;color:#667">24/7 assistance: +49 5251 8830-6999 &middot; You receive this newsletter as a Brückenthal Global Health member.
<a href="https://globalhealth.brueckenthal.example/unsubscribe">Unsubscribe</a><br>
Brückenthal Krankenversicherung a.G., Brückenthaler Platz 1, 33102 Paderborn, Germany</p>
</body></html>
""")
    return m


@mail(28, "CONFIDENTIAL", "en", "insurer-to-customer",
      "household burglary claim of a named customer: address, stolen items with values, police reference, contract number")
def m28():
    m = new("Lea Fründt <lea.fruendt@%s>" % D,
            "Samuel Whitford <sam.whitford@mailbox.example>",
            "Your burglary claim HR-2026-00733 – what we need next", hdate(9, 10, 45), mid(28),
            irt="<CAOx1pQ+77u=Whf@mailbox.example>")
    body(m, """Dear Mr Whitford,

I'm sorry to hear about the break-in at your flat. I've registered the claim under your household contents policy HR 3301-60418 as claim HR-2026-00733.

From your e-mail and the police report (Polizei Paderborn, reference 2026-PB-014472) I have noted:

  Date:     Friday, 6 March 2026, between 08:15 and 17:40
  Address:  Kamp 19, 2nd floor, 33098 Paderborn
  Entry:    balcony door levered open
  Stolen:   MacBook Pro 14" (2024)              approx. EUR 2,300
            Omega Seamaster watch                approx. EUR 4,800
            Canon EOS R6 with two lenses         approx. EUR 3,100
            cash approx. EUR 350
  Damage:   balcony door frame and lock

Please note that cash is covered up to EUR 1,500 and jewellery/watches outside a safe up to EUR 20,000 under your tariff, so all items above are within the limits.

What I need from you:
1. receipts, bank statements or photos showing the items (for the watch, the certificate or the last service invoice would be ideal);
2. the "Stehlgutliste" – the list of stolen items you give to the police – if you haven't sent it to them yet, please do, and copy me;
3. a quote from a carpenter or locksmith for the balcony door. If you rent the flat, your landlord's building insurance may pay for the door; please tell me who your landlord is.

Don't worry if you can't find every receipt – photos or credit card statements help a lot.

""" + SIG["fruendt"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(29, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "term life policy of a named customer: beneficiary change with partner's name and birth date (personal line)")
def m29():
    m = new("Annika Schwerdtfeger <annika.schwerdtfeger@%s>" % D,
            "Elena Vasquez <elena.vasquez@webmail.example>",
            "Beneficiary change – term life policy RL 8810-2231-57", hdate(9, 13, 10), mid(29),
            irt="<2f8c1a44-9b12-4d3e-bd8a-0e6f0fb4a2c1@webmail.example>")
    body(m, """Dear Ms Vasquez,

thank you for your signed form of 2 March. We have changed the beneficiary for your term life insurance as requested:

  Policy:                RL 8810-2231-57 (term life, sum insured EUR 250,000, term until 2051)
  Insured person:        Elena Vasquez
  Previous beneficiary:  "my children in equal shares"
  New beneficiary:       Jonas Hoffmann, born 7 November 1986 (60 %)
                         your children Lucía and Mateo Vasquez in equal shares (40 %)
  Type:                  revocable ("widerrufliches Bezugsrecht")
  Effective:             4 March 2026 (date of receipt)

Because the designation is revocable, you can change it again at any time in writing. Please keep in mind that a change in your personal situation (for example marriage or separation) does not change the beneficiary automatically.

As Mr Hoffmann is not your spouse or registered partner, the payment would be subject to inheritance tax with the lower personal allowance. If you are planning to marry or want to look at a cross-over policy (each partner insures the other), your adviser Mr Iking can explain the options.

A written confirmation follows by post.

""" + SIG["schwerdtfeger"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(30, "NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for shredding containers for medical reports and doctors' invoices; no person")
def m30():
    m = new("Einkauf Brückenthal <einkauf@%s>" % D,
            "Auftragsannahme AktenSafe OWL <auftrag@aktensafe-owl.example>",
            "Bestellung 4500018842 – zusätzliche Sicherheitsbehälter 3. OG", hdate(9, 14, 25), mid(30),
            cc="Werner Schmitz <werner.schmitz@%s>" % D)
    body(m, """Sehr geehrte Damen und Herren,

auf Basis des Rahmenvertrags RV-2024-017 bestellen wir:

Pos. 1  6 Stück Datenschutz-Rollbehälter 240 l, abschließbar, Einwurfschlitz
Pos. 2  Abholung/Leerung im 14-tägigen Rhythmus, ab KW 12
Pos. 3  Vernichtung nach DIN 66399, Schutzklasse 3, Sicherheitsstufe P-4, mit Vernichtungsprotokoll je Leerung

Aufstellort: Brückenthaler Platz 1, 3. OG, Flur B (Leistungsabteilung Kranken und BU-Leistungsprüfung), Räume 3.08 bis 3.22.

Hintergrund: In den Abteilungen fallen derzeit durch die Umstellung auf die digitale Akte viele Papierakten an (Arztberichte, Krankenhausrechnungen, Gutachten, Rezepte). Die Behälter müssen deshalb bis zur Leerung dauerhaft verschlossen sein; die Schlüssel bleiben ausschließlich bei Herrn Schmitz (Haustechnik). Bitte stellen Sie sicher, dass Ihr Fahrer die Behälter nur in Begleitung unserer Haustechnik abholt und ein Protokoll mit Behälternummern unterschreibt.

Lieferung bitte bis 16.03.2026, Anlieferung über die Tiefgarage (Einfahrt Rathenaustraße), Ansprechpartner vor Ort Herr Schmitz, Mobil 0171 5530 102.

Preise gemäß Rahmenvertrag. Bitte bestätigen Sie den Auftrag unter Angabe unserer Bestellnummer.

Mit freundlichen Grüßen

i. A. Heike Peitz
Einkauf / Zentrale Dienste
Brückenthal Versicherungsgruppe
Telefon 05251 8830-1340

""" + FOOT_ALLG + "\n")
    return m


@mail(31, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motor premium change of a named customer after a comprehensive claim: no-claims class, premium, plate; PDF endorsement")
def m31():
    m = new("Kfz-Vertragsservice <kfz-vertrag@%s>" % D,
            "Ingrid Tewes <ingrid.tewes@t-net.example>",
            "AW: Warum ist mein Beitrag gestiegen? Vertrag K 58-1987-230", hdate(9, 15, 40), mid(31),
            irt="<001201dcaf02$9a1b7c10$ce507430$@t-net.example>")
    body(m, """Sehr geehrte Frau Tewes,

Sie fragen zu Recht nach – die Beitragsrechnung zum 01.04. ist deutlich höher als im Vorjahr. Der Grund ist der Kaskoschaden vom 21.10.2025 (Auffahrunfall auf der B 64, Schaden-Nr. KS-2025-0277104), den wir mit 4.863,20 € reguliert haben.

Für Ihren Ford Focus (PB-IT 64) gilt deshalb ab dem 01.04.2026:

                      bisher          neu
Haftpflicht           SF 9 (40 %)     SF 9 (40 %)
Vollkasko             SF 9 (39 %)     SF 4 (58 %)
Jahresbeitrag         612,30 €        788,90 €

Zur Haftpflicht: Da der Schaden nur an Ihrem eigenen Fahrzeug entstanden ist und kein Fremdschaden reguliert wurde, bleibt Ihre Haftpflicht-Einstufung unverändert. Zurückgestuft wird nur die Vollkasko.

Sie können die Rückstufung vermeiden, indem Sie uns den Schadenbetrag von 4.863,20 € innerhalb von sechs Monaten nach unserer Mitteilung erstatten ("Schadenrückkauf"). Ob sich das lohnt, sehen Sie an der Beitragsdifferenz: über die nächsten Jahre bis zum Wiedererreichen von SF 9 zahlen Sie nach unserer Rechnung insgesamt rund 1.150 € mehr. Ein Rückkauf wäre also nicht wirtschaftlich.

Der Nachtrag mit der neuen Einstufung hängt an.

""" + SIG["rennekamp"] + "\n\n" + FOOT_ALLG + """

-----Ursprüngliche Nachricht-----
Von: Ingrid Tewes <ingrid.tewes@t-net.example>
Gesendet: Freitag, 6. März 2026 18:02
An: kfz-vertrag@brueckenthal.example
Betreff: Warum ist mein Beitrag gestiegen? Vertrag K 58-1987-230

Hallo, ich habe die neue Rechnung bekommen und soll jetzt fast 180 Euro mehr bezahlen. Das kann doch nicht sein? Bitte um Erklärung. I. Tewes
""")
    attach_bytes(m, pdf([("h", "Nachtrag zum Versicherungsschein K 58-1987-230"),
                         "Versicherungsnehmerin: Ingrid Tewes, Alter Hellweg 8, 33154 Salzkotten",
                         "Fahrzeug: Ford Focus Turnier, amtl. Kennzeichen PB-IT 64, FIN WF0PXXGCHPLA20418",
                         "Gültig ab: 01.04.2026 | Grund: Rückstufung Vollkasko nach Schaden KS-2025-0277104",
                         "Kfz-Haftpflicht: SF 9, Beitragssatz 40 %, Jahresbeitrag 301,10 €",
                         "Vollkasko (SB 300 €): SF 4, Beitragssatz 58 %, Jahresbeitrag 487,80 €",
                         "Gesamtbeitrag jährlich: 788,90 € inkl. 19 % Versicherungsteuer",
                         "Alle übrigen Vereinbarungen bleiben unverändert."],
                        title="Nachtrag K 58-1987-230", day=9), "application/pdf", "Nachtrag_K58-1987-230.pdf")
    return m


@mail(32, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "underwriting decision on a named BU applicant: spinal exclusion after disc prolapse M51.2 and asthma loading")
def m32():
    m = new("Kerstin Vahle <kerstin.vahle@%s>" % D,
            "Frank Iking <frank.iking@%s>" % D,
            "Votum BU-Antrag Steffens (Makler Tegeler & Partner) – Antrag 26-BU-004418", hdate(9, 16, 55), mid(32))
    body(m, """Hi Frank,

wie versprochen das Votum zum BU-Antrag von Jannik Steffens (29 J., Physiotherapeut, angestellt, BU-Rente 1.800 €), damit du mit Tegeler & Partner sprechen kannst, bevor das Schreiben rausgeht:

1. Bandscheibenvorfall L4/L5 (M51.2) im Mai 2023, konservativ behandelt, 6 Wochen AU, danach 2 x Reha-Sport. Laut Attest Dr. Kuhlmann seit 2024 beschwerdefrei, aber bei dem Beruf (viel Heben, Rumpfvorneige) kommen wir um eine Klausel nicht herum:
   -> Ausschluss "Erkrankungen und Verletzungen der Lendenwirbelsäule einschließlich Folgen"
   -> Überprüfung des Ausschlusses auf Antrag nach 5 Jahren Beschwerdefreiheit möglich

2. Asthma bronchiale seit Kindheit, Dauertherapie mit Budesonid/Formoterol, keine Krankenhausaufenthalte, Lungenfunktion laut Facharztbericht normal:
   -> Risikozuschlag 15 %

3. Raucher? Im Antrag verneint, im Arztbericht steht "Ex-Raucher seit 2021" – passt.

Alternativ ohne Ausschluss nur mit Zuschlag 50 %, das würde ich dem Kunden aber nicht empfehlen.

Wenn der Makler noch einen aktuellen orthopädischen Befund (nicht älter als 3 Monate, mit Bewegungsmaßen LWS) nachreicht, schaue ich mir den Ausschluss gern noch einmal an.

""" + SIG["vahle"] + "\n")
    return m


@mail(33, "NORMAL", "en", "internal",
      "trap: phishing simulation results per department, lure about health reimbursement and bank details; no person")
def m33():
    m = new("Aleksandra Nowak <aleksandra.nowak@%s>" % D,
            "Führungskräfte <fuehrungskraefte@%s>" % D,
            "Phishing simulation February – results per department", hdate(10, 8, 10), mid(33))
    body(m, """Hi all,

here are the results of the February phishing simulation (sent 17 Feb to all 1,148 mailboxes). Figures per department are attached; no individual results are stored or shared – the tool only counts clicks per organisational unit.

Lure used: "Erstattung Ihrer Arztrechnung – bitte Bankverbindung bestätigen", a fake message from our own health-claims department asking to confirm bank details for a reimbursement.

  Overall click rate:          11.8 % (Nov 2025: 14.2 %)
  Entered credentials:          3.1 % (Nov: 4.0 %)
  Reported via "Phish" button: 41.5 % (Nov: 33.9 %)

Observations
- The lure worked best where people actually deal with reimbursements – which is exactly why
  attackers use it. Please discuss it in your next team meeting.
- Reporting rates are up everywhere. Thank you!
- Mobile clicks (Outlook app) account for 38 % of all clicks; the warning banner is smaller there.

Next steps: short e-learning module "Bank details by e-mail" for all staff in April; next simulation
in May (topic will of course not be announced).

""" + SIG["nowak"] + "\n")
    attach_bytes(m, xlsx([("Results Feb 2026", [
        ["Department", "Mailboxes", "Clicked", "Click rate %", "Credentials entered", "Reported"],
        ["Health & Care Claims", 142, 24, 16.9, 6, 51],
        ["Life & BU", 96, 11, 11.5, 3, 40],
        ["Motor & Property Claims", 188, 21, 11.2, 5, 77],
        ["Customer Service", 164, 25, 15.2, 7, 58],
        ["Sales & Broker Service", 121, 14, 11.6, 4, 46],
        ["Finance & Actuarial", 78, 5, 6.4, 1, 39],
        ["IT", 134, 6, 4.5, 0, 88],
        ["HR, Legal, Facilities, Staff units", 225, 29, 12.9, 10, 78],
        ["Total", 1148, 135, 11.8, 36, 477]])], author="Aleksandra Nowak", day=10),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "phishing_sim_2026-02_results.xlsx")
    return m


@mail(34, "CONFIDENTIAL", "en", "insurer-to-customer",
      "travel baggage claim of a named customer: lost suitcase, reimbursement amount and UK IBAN; no health content")
def m34():
    m = new("Reiseversicherung Brückenthal <reise-schaden@%s>" % D,
            "Oliver Haines <ohaines@britmail.example>",
            "Baggage claim RG-2026-00318 – settlement", hdate(10, 9, 20), mid(34),
            irt="<CAH7q=ZK1+kT0@britmail.example>")
    body(m, """Dear Mr Haines,

thank you for sending the Property Irregularity Report and the airline's final letter. As your suitcase was not found within 21 days, we treat it as lost and settle the claim under your annual travel insurance (policy RV 12-4410-087) as follows:

  Suitcase (Samsonite, bought 2022, time value)        EUR   140.00
  Clothing and shoes (list of 4 March, time value)     EUR   690.00
  Toiletries and replacement purchases in Lisbon      EUR   176.40
  Electric toothbrush and hair trimmer                 EUR   133.60
  Total                                                EUR 1,140.00
  less compensation paid by the airline                EUR  -350.00
  Payment                                              EUR   790.00

Items older than two years are valued at their current value, not the purchase price. The excess does not apply because you have the Premium tariff.

As requested, we will transfer the amount to your UK account:
  Account holder: Oliver J. Haines
  IBAN: GB18 BARC 2032 5367 4920 18

Please allow 3–5 working days for international transfers. If the airline finds the suitcase after all, please let us know; you can then either keep the suitcase and repay our payment, or give the suitcase to us.

""" + SIG["reise"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(35, "NORMAL", "de", "insurer-to-customer",
      "trap: one-time password mail for portal registration (Einmal-Passwort, Sicherheitsfrage); no contract or personal data")
def m35():
    m = new("Brückenthal Kundenportal <noreply-portal@%s>" % D,
            "m.schaper84@webmail.example",
            "Ihr Einmal-Passwort für die Registrierung", hdate(10, 10, 2, 41), mid(35, "app", "portal.brueckenthal.example"))
    body(m, """Guten Tag,

Sie haben sich soeben im Brückenthal Kundenportal registriert. Ihr Einmal-Passwort lautet:

    4Q7-KX2-91T

Es ist 30 Minuten gültig und kann nur einmal verwendet werden. Nach der ersten Anmeldung
vergeben Sie ein eigenes Passwort und legen eine Sicherheitsfrage fest.

Sie haben sich nicht registriert? Dann ignorieren Sie diese E-Mail bitte – ohne das
Einmal-Passwort kann niemand ein Konto für Sie anlegen.

Wir fragen Sie niemals per E-Mail oder Telefon nach Ihrem Passwort, Ihrer Bankverbindung
oder nach Gesundheitsdaten.

Ihr Brückenthal Kundenportal
https://portal.brueckenthal.example

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
""")
    return m


@mail(36, "NORMAL", "en", "internal",
      "trap: invitation to data-protection training on health data in e-mail (ICD codes, diagnoses); no person; ICS")
def m36():
    m = new("\"Dr. Ines Falkenrath\" <ines.falkenrath@%s>" % D,
            "Claims teams Health Life Accident <claims-personal-lines@%s>" % D,
            "Invitation: 45-minute refresher \"Health data in e-mail\" – 19 March (German & English session)", hdate(10, 11, 30), mid(36))
    body(m, """Dear colleagues,

as announced in the February team leads' meeting, we're running a short refresher for everyone who handles claims in health, care, life/BU and accident:

  "Health data in e-mail – what may go out how?"
  Thursday, 19 March 2026
  10:00–10:45 German session | 11:00–11:45 English session
  Teams (link in the calendar entry) or room 1.05

Content
- What counts as health data: diagnoses and ICD-10 codes, medication, invoices from doctors
  and hospitals – and also the plain fact that somebody has a health or life contract with us
- When the gateway encrypts automatically, when you should add [streng vertraulich] yourself
- Replying to customers who send medical reports unencrypted
- Three real (anonymised) near-misses from 2025

The session is recorded for colleagues who can't attend. Attendance counts as the annual data protection instruction.

Please accept the calendar invitation attached.

""" + SIG["falkenrath"] + "\n")
    attach_text(m, ics("d197-36-dp-refresher@brueckenthal.example", "Refresher: Health data in e-mail (DE 10:00 / EN 11:00)",
                       "20260319T100000", "20260319T114500", location="Teams / Raum 1.05",
                       description="Refresher data protection for claims teams health, care, life/BU, accident. Recording will be available.",
                       organizer="ines.falkenrath@brueckenthal.example",
                       attendees=["claims-personal-lines@brueckenthal.example"]),
                "calendar", "invite.ics", params={"method": "REQUEST"})
    return m


@mail(37, "CONFIDENTIAL", "de", "insurer-to-customer",
      "water damage claim of named policyholders: insured address, claim number, assessor appointment")
def m37():
    m = new("Tobias Wennemar <tobias.wennemar@%s>" % D,
            "Familie Rehermann <rehermann.familie@kabelmail.example>",
            "Leitungswasserschaden LW-2026-01204 – Gutachtertermin am Freitag", hdate(10, 13, 15), mid(37),
            cc="Sachverständigenbüro Lohmeier <buero@sv-lohmeier.example>")
    body(m, """Sehr geehrte Frau Rehermann, sehr geehrter Herr Rehermann,

wie telefonisch besprochen, schaut sich Herr Lohmeier (öffentlich bestellter Sachverständiger für Feuchte- und Wasserschäden) den Schaden in Ihrem Haus an:

Termin: Freitag, 13.03.2026, 10:30 Uhr
Ort: Sudetenstraße 41, 33106 Paderborn-Elsen
Schaden-Nr.: LW-2026-01204 (Wohngebäudeversicherung WG 4471-113390)

Er wird die Ursache (nach Ihrer Schilderung ein Haarriss im Kupferrohr hinter der Duschwand im OG) und den Umfang der Durchfeuchtung im Badezimmer und in der Decke des darunterliegenden Wohnzimmers aufnehmen und Feuchtemessungen machen. Bitte halten Sie, falls vorhanden, die Rechnung des Installateurs und Fotos vom Tag des Schadens bereit.

Bis dahin:
- Das Trocknungsgerät der Firma Trockenbau Ilse darf weiterlaufen; die Stromkosten erstatten wir pauschal (1,50 € pro Gerät und Tag).
- Bitte noch keine Fliesen oder Deckenplatten entfernen lassen, bevor Herr Lohmeier da war.

Die Kosten für den Sachverständigen tragen wir.

""" + SIG["wennemar"] + "\n\n" + FOOT_ALLG + "\n")
    return m


@mail(38, "STRICTLY_CONFIDENTIAL", "en", "doctor",
      "German note forwarding a Spanish doctor's English report on a named traveller's ankle fracture and surgery; mixed language")
def m38():
    m = new("Ralf Engemann <ralf.engemann@%s>" % D,
            "\"Dr. Ulrike Sandfort\" <ulrike.sandfort@%s>" % D,
            "WG: Medical report Mr. Kai Lüning – Hospital Costa Blanca – AR 26-0412", hdate(10, 14, 40), mid(38))
    body(m, """Hallo Ulrike,

kurze Bitte: der Bericht unten kam heute von der Klinik in Alicante. Herr Lüning ist bei uns reisekranken- und unfallversichert. Reicht dir das für die Rücktransport-Entscheidung (Linienflug mit Begleitung vs. Ambulanzjet), oder brauchst du noch die Röntgenbilder? Meridian Assist wartet auf unser OK.

Danke, Ralf

-------- Weitergeleitete Nachricht --------
Betreff: Medical report Mr. Kai Lüning – AR 26-0412
Datum: Tue, 10 Mar 2026 12:07:31 +0100
Von: Dr. Javier Ortuño <jortuno@hospital-costablanca.example>
An: claims@meridian-assist.example, unfall-leistung@brueckenthal.example

Dear colleagues,

medical report regarding your insured Mr. Kai Lüning, male, date of birth 21/06/1971, German citizen.

Admission: 7 March 2026, 18:40, via emergency department, after a fall on wet stairs at his holiday apartment.
Diagnosis: trimalleolar fracture of the left ankle (S82.81), displaced. No head injury. Known arterial hypertension, on ramipril 5 mg.
Treatment: open reduction and internal fixation on 8 March 2026 under spinal anaesthesia. Uneventful post-operative course. Thrombosis prophylaxis with enoxaparin 40 mg s.c. daily, to be continued for 6 weeks.
Current status: mobilised with two crutches, no weight bearing on the left leg for 6 weeks. Wound dry.
Fit to fly: from 12 March 2026 on a scheduled flight, seat with extra legroom or business class, with a medical escort not required; a non-medical companion is recommended.

Best regards
Dr. Javier Ortuño
Traumatology and Orthopaedic Surgery
Hospital Costa Blanca, Alicante
""")
    return m


@mail(39, "NORMAL", "de", "insurer-to-broker",
      "trap: roadshow invitation about care supplement insurance and care grades; no person; ICS attached")
def m39():
    m = new("Frank Iking <frank.iking@%s>" % D,
            "Vertriebspartner OWL <makler-owl@%s>" % D,
            "Einladung Maklerfrühstück: Pflegezusatz und BU Kompass – 25. März, Bielefeld", hdate(10, 16, 5), mid(39))
    body(m, """Liebe Partnerinnen und Partner in OWL,

nach dem Webinar kommt das Frühstück: Ich lade Sie herzlich zu unserem Maklerfrühstück ein.

Wann: Mittwoch, 25. März 2026, 8:30 bis 11:00 Uhr
Wo: Hotel Teutoburger Hof, Bielefeld (Parkplätze vor dem Haus)

Programm
- Pflegezusatz: Was die Pflegegrade 1–5 in Euro bedeuten, wie groß die Versorgungslücke bei vollstationärer Pflege wirklich ist (Eigenanteil in NRW derzeit im Schnitt über 3.200 € im Monat) und wie unser Pflegetagegeld PflegePlus sie schließt.
- BU Kompass 2026: die neuen vereinfachten Gesundheitsfragen für junge Kunden und unsere Annahmerichtlinien bei Rückenbeschwerden, Allergien und psychotherapeutischer Behandlung – anhand anonymisierter Beispielfälle aus der Risikoprüfung.
- Ihre Fragen an Kerstin Vahle (Risikoprüfung) und mich.

Die Veranstaltung ist mit 2 Stunden IDD-Weiterbildungszeit anerkannt. Anmeldung bitte bis 18.03. per Antwort auf diese Mail; Kalendereintrag anbei.

Ich freue mich auf Sie!

""" + SIG["iking"] + "\n\n" + FOOT_ALLG + "\n")
    attach_text(m, ics("d197-39-maklerfruehstueck@brueckenthal.example", "Maklerfrühstück Brückenthal: Pflegezusatz & BU Kompass",
                       "20260325T083000", "20260325T110000", location="Hotel Teutoburger Hof, Bielefeld",
                       description="Pflegezusatz und BU Kompass 2026. 2 Stunden IDD-Weiterbildung.",
                       organizer="frank.iking@brueckenthal.example"),
                "calendar", "Maklerfruehstueck_2026-03-25.ics", params={"method": "REQUEST"})
    return m


@mail(40, "CONFIDENTIAL", "de", "broker",
      "broker's motor application for a named customer forwarded internally: birth date, IBAN, previous insurer (attached mail)")
def m40():
    inner = new("Sven Tegeler <s.tegeler@tegeler-partner.example>",
                "Melanie Dreier <melanie.dreier@%s>" % D,
                "Kfz-Antrag Kundin Laura Hölscher – neuer Wagen ab 16.03.", hdate(10, 17, 44), "<20260310174402.77c1@tegeler-partner.example>")
    inner.set_content("""Hallo Frau Dreier,

anbei die Daten für den Kfz-Antrag unserer Kundin, bitte mit Beginn 16.03.2026 policieren und eVB schicken:

VN: Laura Hölscher, geb. 27.01.1995
Anschrift: Warburger Straße 102, 33098 Paderborn
Fahrzeug: Seat Ibiza 1.0 TSI, EZ 04/2022, HSN/TSN 7593/ALN
Nutzer: nur VN, ca. 9.000 km/Jahr, Garage
Vorversicherer: Weserland Versicherung AG, SF 6 Haftpflicht / SF 6 VK (Kündigung zum 15.03. liegt vor)
Deckung: KH + VK 500/150
Zahlung: monatlich per Lastschrift
IBAN DE44 4465 0000 0081 7732 19, Kontoinhaberin Laura Hölscher

SEPA-Mandat unterschrieben, schicke ich mit der Post.

Danke und Gruß
Sven Tegeler
Tegeler & Partner Versicherungsmakler PartG, Bielefeld
""", cte="quoted-printable")
    m = new("Melanie Dreier <melanie.dreier@%s>" % D,
            "Kfz-Antragsservice <kfz-antrag@%s>" % D,
            "WG: Kfz-Antrag Kundin Laura Hölscher – neuer Wagen ab 16.03.", hdate(11, 8, 25), mid(40))
    body(m, """Guten Morgen,

bitte den angehängten Antrag von Tegeler & Partner erfassen und die eVB direkt an den Makler schicken. Die Vorversicherer-Anfrage wegen SF 6 bitte wie immer über GDV-Auskunft, nicht über den Makler.

Danke!

""" + SIG["dreier"] + "\n")
    attach_mail(m, inner, filename="Kfz-Antrag Kundin Laura Hölscher.eml")
    return m


@mail(41, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "daily sickness allowance for a named self-employed customer: incapacity after shoulder surgery M75.1, payments")
def m41():
    m = new("Jana Mertensmeier <jana.mertensmeier@%s>" % D,
            "Dirk Anemüller <tischlerei.anemueller@handwerk-mail.example>",
            "Krankentagegeld ab 05.03.2026 – Ihr Vertrag KV 310-559 810-2", hdate(11, 9, 35), mid(41),
            irt="<b2d9e7a1-43c0-4a8e-9d61-ff30c1a7b5e2@handwerk-mail.example>")
    body(m, """Sehr geehrter Herr Anemüller,

danke für die Zusendung der Folgebescheinigung von Dr. Rüschoff. Damit kann ich Ihnen die Zahlung des Krankentagegelds bestätigen:

- arbeitsunfähig seit: 22.01.2026
- Diagnose laut Bescheinigung: Ruptur der Rotatorenmanschette rechts (M75.1), operiert am 26.01.2026
- Karenzzeit Ihres Tarifs TG 43: 42 Tage, Leistungsbeginn damit am 05.03.2026
- Tagegeld: 150,00 € je Kalendertag

Für den Zeitraum 05.03. bis 10.03.2026 (6 Tage) haben wir heute 900,00 € an Sie überwiesen. Weitere Zahlungen leisten wir jeweils nach Eingang der nächsten Folgebescheinigung, am besten alle 14 Tage.

Die Bescheinigung weist eine voraussichtliche Arbeitsunfähigkeit bis 31.03.2026 aus. Da Sie als Tischlermeister überwiegend körperlich arbeiten, gehen wir davon aus, dass Sie Ihre Tätigkeit bis dahin auch nicht teilweise ausüben. Sollten Sie früher wieder – auch stundenweise – im Betrieb mitarbeiten, teilen Sie uns das bitte mit; das Krankentagegeld setzt volle Arbeitsunfähigkeit voraus.

Ab der 13. Woche der Arbeitsunfähigkeit würden wir Sie um einen kurzen Bericht des Operateurs zur weiteren Prognose bitten. Das Formular schicke ich Ihnen dann rechtzeitig.

Gute Besserung weiterhin!

""" + SIG["mertensmeier"] + "\n\n" + FOOT_KRANKEN + "\n", cte="8bit")
    return m


@mail(42, "NORMAL", "en", "insurer-to-partner",
      "reinsurance treaty wording comments (hours clause, event definition); no personal data")
def m42():
    m = new("Thomas Beverungen <thomas.beverungen@%s>" % D,
            "Ingrid Solheim <ingrid.solheim@skagerrak-re.example>",
            "CAT-26 wording – our comments on draft 3", hdate(11, 10, 50), mid(42),
            cc="Moritz Overbeck <moritz.overbeck@%s>" % D)
    body(m, """Dear Ingrid,

thanks for draft 3 of the Property Cat XL wording. Moritz (legal) and I went through it yesterday; our comments:

Art. 4 (Loss Occurrence)
- 168 hours for windstorm/hail is fine. For flood we would like 504 hours instead of 336, in line
  with the market wording we have with the other panel members. The July 2021 events showed that
  336 hours is too short for river flooding in our region.
- "Storm surge" should be listed under windstorm, not flood, as in the 2025 wording.

Art. 7 (Reinstatement)
- One reinstatement at 100 % additional premium as time: agreed.

Art. 12 (Claims cooperation)
- We cannot accept the new clause giving the reinsurer the right to inspect "all underlying
  claims files, including personal data of claimants". For property claims we can offer access
  to loss adjuster reports and payment data; anything with personal data would be provided
  pseudonymised or on site. Suggested wording attached to Moritz's mark-up.

Art. 18 (Sanctions)
- Fine, please use the LMA 3100 text.

Could you come back to us by 20 March? Then we can still sign before 1 April.

""" + SIG["beverungen"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(43, "CONFIDENTIAL", "en", "insurer-to-company",
      "cargo claim of a named corporate insured with contact person, container, damage amount; survey report in PDF")
def m43():
    m = new("Oliver Brinkhege <oliver.brinkhege@%s>" % D,
            "Katarzyna Wójcik <k.wojcik@lippe-kunststoff.example>",
            "Your claim MC-2026-0041 – container MSKU 448210-3 – survey result", hdate(11, 13, 5), mid(43),
            irt="<AM6PR10MB2291F1E0@lippe-kunststoff.example>")
    body(m, """Dear Ms Wójcik,

the surveyor's report on the damaged shipment to your customer in Rotterdam arrived this morning; I've attached it.

In short: the container (MSKU 448210-3, 40' HC) was found with a hole of approx. 6 cm in the roof, presumably caused during lashing at the terminal in Bremerhaven. Rainwater entered and soaked the top two layers of cartons. Of 64 pallets of injection-moulded housings, 11 pallets are a total loss and 5 pallets can be repacked.

  Invoice value damaged goods (11 pallets)         EUR 28,930.00
  Repacking 5 pallets, labour and material         EUR  1,240.00
  Survey fee                                       EUR    860.00  (paid by us directly)
  Deductible under the policy                      EUR   -500.00
  Proposed settlement                              EUR 29,670.00

We accept the claim under policy TR 95-2210-04 (ICC A). Payment goes to Lippe Kunststofftechnik GmbH's account on file once we have your signed discharge form and the assignment of rights against the carrier (both attached to the surveyor's report, pages 6 and 7). We will then take recourse against Nordhafen Shipping.

Please keep the 11 damaged pallets until 31 March; the salvage buyer may want to collect them.

""" + SIG["brinkhege"] + "\n\n" + FOOT_EN + "\n")
    attach_bytes(m, pdf([("h", "Survey Report No. HMS-26-0311 – Water damage to cargo"),
                         "Principal: Brückenthal Allgemeine Versicherung AG, Marine Claims | Claim MC-2026-0041",
                         "Assured: Lippe Kunststofftechnik GmbH, Lagesche Straße 220, 32657 Lemgo (contact: Katarzyna Wójcik, logistics)",
                         "Consignee: Van der Wal Behuizingen B.V., Rotterdam",
                         "Container: MSKU 448210-3, 40' HC, seal intact (ML-DE 7720114)",
                         "Survey: 6 March 2026 at consignee's warehouse, Rotterdam Waalhaven",
                         "Findings: perforation approx. 6 cm in roof panel near door end, fresh scratch marks consistent with lashing equipment.",
                         "Cargo: 64 pallets injection-moulded housings; 11 pallets soaked, mould spots, unsaleable; 5 pallets outer cartons wet, contents dry.",
                         "Cause: ingress of rainwater through roof damage sustained during handling at Bremerhaven container terminal.",
                         "Loss: 11 pallets x EUR 2,630.00 = EUR 28,930.00; repacking EUR 1,240.00",
                         "Recommendation: accept under ICC (A); recourse against carrier Nordhafen Shipping within one year (Hague-Visby).",
                         "Page 6: Discharge form | Page 7: Letter of subrogation",
                         "Halden Marine Surveys B.V., Rotterdam, 10 March 2026"],
                        title="Survey HMS-26-0311", day=11, producer="Halden Marine Surveys ReportWriter 3.1"), "application/pdf", "Survey_HMS-26-0311.pdf")
    return m


@mail(44, "NORMAL", "de", "internal",
      "trap: staff health day invitation (blood pressure, skin screening, back training); no individual results; ICS")
def m44():
    m = new("Tamara Hüser <tamara.hueser@%s>" % D,
            "Alle Mitarbeitenden Paderborn <alle-paderborn@%s>" % D,
            "Gesundheitstag am 26. März – jetzt Zeitfenster buchen", hdate(11, 14, 20), mid(44))
    body(m, """Liebe Kolleginnen und Kollegen,

am Donnerstag, 26. März, findet von 9 bis 15 Uhr im Foyer und in den Schulungsräumen EG unser Gesundheitstag statt. Mit dabei sind unser Betriebsarzt Dr. Wedekind, die Physiotherapiepraxis Rückgrat und ein Team des Hautarztzentrums Paderborn.

Angebote (kostenlos, während der Arbeitszeit):
- Blutdruck-, Blutzucker- und Cholesterinmessung (nüchtern ist nicht nötig)
- Hautkrebs-Screening mit Auflichtmikroskop (15 Minuten, Anmeldung erforderlich)
- Rückenfit am Arbeitsplatz: 20-minütige Kurzeinheiten, jeweils zur vollen Stunde
- Augentest und Beratung zur Bildschirmarbeitsplatzbrille
- Vortrag 12:15 Uhr: "Schlaf, Stress und Schichtdienst" (auch im Stream)

Wichtig: Alle Messergebnisse erhalten nur Sie selbst. Weder die Personalabteilung noch Ihre Führungskraft erfahren, wer welches Angebot genutzt hat.

Zeitfenster für das Hautkrebs-Screening bitte über das Buchungstool im Intranet (Gesundheit > Gesundheitstag) reservieren. Den Kalendereintrag für den Tag finden Sie anbei.

""" + SIG["hueser"] + "\n")
    attach_text(m, ics("d197-44-gesundheitstag@brueckenthal.example", "Gesundheitstag Brückenthal",
                       "20260326T090000", "20260326T150000", location="Foyer und Schulungsräume EG",
                       description="Messungen, Hautkrebs-Screening (Anmeldung), Rückenfit, Vortrag 12:15 Uhr.",
                       organizer="tamara.hueser@brueckenthal.example", method="PUBLISH"),
                "calendar", "Gesundheitstag_2026.ics", params={"method": "PUBLISH"})
    return m


@mail(45, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident insurance disability payout for a named customer: index finger loss, limb table percentage, amount")
def m45():
    m = new("Ralf Engemann <ralf.engemann@%s>" % D,
            "Wilfried Strotmann <w.strotmann@landpost.example>",
            "Ihre Unfallversicherung UV 61-1120-88 – Invaliditätsleistung", hdate(11, 15, 30), mid(45))
    body(m, """Sehr geehrter Herr Strotmann,

nach Eingang des abschließenden Befundberichts der Handchirurgie des Klinikums am Rosenberg kann ich Ihnen heute unsere Entscheidung über die Invaliditätsleistung mitteilen.

Unfall vom 08.05.2025: Verletzung an der Tischkreissäge in Ihrer Werkstatt, Amputation des rechten Zeigefingers im Grundglied, Teilverlust des Mittelfingers im Endglied.

Bemessung nach der Gliedertaxe Ihres Vertrags:
- Verlust des Zeigefingers: 10 %
- Verlust des Mittelfinger-Endglieds: 1/3 von 5 % = 1,67 %
- Invaliditätsgrad gesamt: 11,67 %

Invaliditätsgrundsumme: 120.000 €
Progression 350 % – sie wirkt erst ab einem Invaliditätsgrad über 25 %, daher hier ohne Auswirkung.

Invaliditätsleistung: 11,67 % von 120.000 € = 14.004,00 €

Abzüglich der bereits gezahlten Vorschüsse (5.000 €) überweisen wir Ihnen 9.004,00 € in den nächsten Tagen auf Ihr Konto bei der Volksbank.

Die Phantomschmerzen, die Dr. Oevermann beschreibt, sind in der Gliedertaxe bereits mit abgegolten. Sie und wir können den Invaliditätsgrad innerhalb von drei Jahren nach dem Unfall jährlich erneut ärztlich bemessen lassen, falls sich der Zustand verändert.

""" + SIG["engemann"] + "\n\n" + FOOT_ALLG + "\n")
    return m


@mail(46, "CONFIDENTIAL", "de", "insurer-to-customer",
      "private liability claim of a named customer: lost employer keys, cylinder replacement cost, claim number")
def m46():
    m = new("Markus Heitkamp <markus.heitkamp@%s>" % D,
            "Janine Ruhe <janine.ruhe@mailbox.example>",
            "AW: Schlüssel verloren – Schaden PH-2026-02218", hdate(11, 16, 48), mid(46, "tb", D),
            irt="<7a0cf1e2-2d14-4b55-9f3b-80a1d94e1c07@mailbox.example>")
    body(m, """Hallo Frau Ruhe,

danke für die Rückmeldung. Ja, der Verlust des Generalschlüssels Ihres Arbeitgebers ist über Ihre Privathaftpflicht (PHV 70-3314-59, Tarif Komfort) mitversichert – bis 30.000 € für fremde Schlüssel von Schließanlagen, die Ihnen beruflich überlassen wurden.

Damit wir zahlen können, brauche ich noch:
- die Bestätigung Ihres Arbeitgebers, der Zahnarztpraxis Dr. Berhorst, dass der Schlüssel zur zentralen Schließanlage gehört und die Anlage getauscht werden muss,
- das Angebot oder die Rechnung des Schlüsseldienstes (Sie schrieben von ca. 3.400 €).

Die Verlustanzeige bei der Polizei haben Sie ja schon gemacht – bitte schicken Sie mir davon noch eine Kopie.

Viele Grüße nach Borchen

""" + SIG["heitkamp"] + """

Am 11.03.2026 um 12:31 schrieb Janine Ruhe <janine.ruhe@mailbox.example>:
> Hallo Herr Heitkamp,
> ich hab am Samstag beim Joggen meinen Schlüsselbund verloren, da war der
> Generalschlüssel von der Praxis dran wo ich arbeite (Zahnarztpraxis Dr.
> Berhorst in Borchen). Mein Chef sagt die ganze Schließanlage muss jetzt
> getauscht werden, das kostet ca 3400 Euro. Zahlt das meine Haftpflicht???
> Bin total fertig.
> LG Janine Ruhe
""" + "\n" + FOOT_ALLG + "\n")
    return m


@mail(47, "NORMAL", "en", "internal",
      "trap: bug ticket on ICD-10 code field with synthetic test patients (Max Mustermann, fictitious); CSV of fake cases")
def m47():
    m = new("Rahul Menon <rahul.menon@%s>" % D,
            "HELIX dev team <helix-dev@%s>" % D,
            "[CLAIMS-4471] ICD-10 field truncates codes with diagnosis certainty suffix", hdate(12, 8, 40), mid(47))
    body(m, """Team,

new bug from UAT, priority high because it blocks the April release:

Summary
  The diagnosis field in the HELIX invoice capture screen is VARCHAR(6). ICD-10-GM codes with
  the certainty suffix (G = confirmed, V = suspected, Z = condition after, A = excluded) and the
  side marker (R/L/B) are cut off, e.g. "M54.5 G" becomes "M54.5 ", "S82.81 L" becomes "S82.81".
  For outpatient invoices the suffix matters (a "V" diagnosis must not trigger the chronic
  illness flag).

Steps to reproduce (test environment UAT-2 only)
  1. Import tests/fixtures/icd_suffix_cases.csv (attached, all persons fictitious)
  2. Open case TST-000017 "Max Mustermann (fiktiv)", invoice line 2
  3. Field shows "F32.1 " instead of "F32.1 G"

Proposed fix
  - widen column to VARCHAR(12), split into code / certainty / side in the API model
  - migration script for the 3,218 UAT records; production has not received the change yet
  - add the cases to the regression suite

Reminder: only use the synthetic fixtures for tests. Never copy real claims into JIRA, not even
"just the ICD code and the amount".

Pawel, can you pick this up today? Review by me or Sina.

""" + SIG["menon"] + "\n")
    attach_text(m, """case_id;name;birth_date;invoice_line;icd_code;certainty;side;amount_eur;comment
TST-000011;Max Mustermann (fiktiv);1970-01-01;1;M54.5;G;;68.40;synthetic
TST-000017;Max Mustermann (fiktiv);1970-01-01;2;F32.1;G;;112.50;synthetic
TST-000018;Erika Musterfrau (fiktiv);1980-12-24;1;S82.81;G;L;1420.00;synthetic
TST-000019;Erika Musterfrau (fiktiv);1980-12-24;2;Z96.6;Z;L;0.00;synthetic
TST-000023;Testkind Muster (fiktiv);2015-06-15;1;J06.9;V;;45.20;synthetic
TST-000031;Hans Test (fiktiv);1955-05-05;1;M17.0;G;B;236.90;synthetic
TST-000032;Hans Test (fiktiv);1955-05-05;2;I10.90;A;;0.00;synthetic
""", "csv", "icd_suffix_cases.csv")
    return m


@mail(48, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "reminder for unpaid private health insurance premiums of a named customer; warning about emergency tariff (personal line)")
def m48():
    m = new("Beitragsinkasso Brückenthal <inkasso@%s>" % D,
            "Kevin Sudbrock <kevin.sudbrock@web-post.example>",
            "Mahnung – Beitragsrückstand in Ihrer Krankenversicherung KV 310-884 105-7", hdate(12, 9, 15), mid(48),
            extra=[("Reply-To", "Stefan Lüke <stefan.lueke@%s>" % D)])
    body(m, """Sehr geehrter Herr Sudbrock,

leider konnten wir die Beiträge für Ihre private Krankenversicherung (Vertrag KV 310-884 105-7, Tarife KomfortAmbulant 90, KomfortStationär 2, Pflegepflichtversicherung) für Januar und Februar 2026 nicht einziehen. Der Rückstand beträgt:

Beitrag Januar 2026                      574,30 EUR
Beitrag Februar 2026                     574,30 EUR
Säumniszuschlag (1 % je Monat)            11,49 EUR
Offener Betrag                         1.160,09 EUR

Bitte überweisen Sie diesen Betrag bis zum 26.03.2026 auf unser Konto IBAN DE51 4765 0130 0000 0711 00 (Verwendungszweck: KV 310-884 105-7).

Bitte nehmen Sie diese Mahnung ernst. Nach § 193 Abs. 6 VVG müssen wir Sie darauf hinweisen: Ist der Rückstand zwei Monate nach Zugang dieser Mahnung noch höher als ein Monatsbeitrag, ruht Ihr Vertrag und Sie werden in den Notlagentarif umgestellt. Dort werden nur noch Aufwendungen für akute Erkrankungen, Schmerzzustände, Schwangerschaft und Mutterschaft erstattet.

Wenn Sie gerade in finanziellen Schwierigkeiten sind, sprechen Sie uns bitte an. Wir können eine Ratenzahlung vereinbaren oder mit Ihnen über einen Wechsel in einen günstigeren Tarif oder eine höhere Selbstbeteiligung sprechen. Bei Hilfebedürftigkeit im Sinne des Sozialrechts kommt auch der Basistarif in Betracht.

""" + SIG["lueke"] + "\n\n" + FOOT_KRANKEN + "\n", charset="windows-1252", cte="quoted-printable")
    return m


@mail(49, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motor total loss settlement for a named customer (deer collision, nobody hurt): values, deductible, IBAN; PDF")
def m49():
    m = new("Dennis Ostermeier <dennis.ostermeier@%s>" % D,
            "Sevgi Aydın <sevgi.aydin@kundenmail.example>",
            "Abrechnung Ihres Wildschadens KS-2026-0308712 – Totalschaden", hdate(12, 10, 40), mid(49))
    body(m, """Sehr geehrte Frau Aydın,

das Gutachten des Sachverständigenbüros Lohmeier zu Ihrem Renault Clio (PB-SA 1107) liegt vor. Wie befürchtet, lohnt sich nach dem Zusammenstoß mit dem Reh auf der L 751 bei Hövelhof eine Reparatur nicht mehr: die Reparaturkosten (9.870 €) liegen über dem Wiederbeschaffungswert.

Wir rechnen den Schaden deshalb als wirtschaftlichen Totalschaden aus Ihrer Teilkaskoversicherung ab:

Wiederbeschaffungswert (brutto, differenzbesteuert)   11.400,00 €
abzüglich Restwert (höchstes Angebot)                  - 2.150,00 €
abzüglich Selbstbeteiligung Teilkasko                    - 150,00 €
Auszahlung                                               9.100,00 €

Zum Restwert: Das Angebot der Firma Autoverwertung Sennestadt über 2.150 € ist drei Wochen gültig; der Händler holt den Wagen kostenlos bei Ihnen ab. Sie können den Wagen auch anderweitig verkaufen, wir rechnen aber mit dem Restwert aus dem Gutachten.

Die Auszahlung geht auf Ihr Konto IBAN DE63 4747 2601 0000 0394 17, sobald Sie uns bestätigen, dass das Fahrzeug nicht finanziert oder geleast ist. Den Fahrzeugbrief (Zulassungsbescheinigung Teil II) müssen Sie uns nicht schicken.

Gut, dass Ihnen nichts passiert ist. Die Jagdpächter-Bescheinigung haben wir erhalten, vielen Dank.

Die Abrechnung finden Sie auch als PDF im Anhang.

""" + SIG["ostermeier"] + "\n\n" + FOOT_ALLG + "\n")
    attach_bytes(m, pdf([("h", "Schadenabrechnung Teilkasko – KS-2026-0308712"),
                         "Versicherungsnehmerin: Sevgi Aydın, Lippstädter Weg 15, 33161 Hövelhof",
                         "Vertrag: K 58-2760-114 | Fahrzeug: Renault Clio TCe 90, PB-SA 1107, FIN VF1RJA00X64511872",
                         "Schadentag: 03.03.2026, 06:20 Uhr, L 751 zwischen Hövelhof und Riege, Zusammenstoß mit Haarwild (Reh)",
                         "Wildunfallbescheinigung: Jagdbezirk Hövelhof-Nord, ausgestellt 03.03.2026",
                         "Gutachten: Sachverständigenbüro Lohmeier, Nr. 26-0417 vom 10.03.2026",
                         "Reparaturkosten brutto 9.870,00 € | Wiederbeschaffungswert 11.400,00 € | Restwert 2.150,00 €",
                         "Selbstbeteiligung Teilkasko 150,00 €",
                         "Auszahlungsbetrag 9.100,00 € an IBAN DE63 4747 2601 0000 0394 17",
                         "Hinweis: Die Schadenfreiheitsklasse wird durch Teilkaskoschäden nicht berührt."],
                        title="Abrechnung KS-2026-0308712", day=12), "application/pdf", "Abrechnung_KS-2026-0308712.pdf")
    return m


@mail(50, "NORMAL", "de", "insurer-to-customer",
      "trap: out-of-office auto-reply naming doctors' invoices and hospital stays as topics; no person or contract")
def m50():
    m = new("Jana Mertensmeier <jana.mertensmeier@%s>" % D,
            "a.luehrmann@familie-luehrmann.example",
            "Automatische Antwort: Rechnungen Februar", hdate(12, 11, 2, 7), mid(50),
            irt="<5f8c7a10-6c2b-4a71-b0c1-3e3a2d11f0aa@familie-luehrmann.example>",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    body(m, """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 20.03.2026, nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

Für Fragen zu eingereichten Arztrechnungen, Rezepten und Heil- und Kostenplänen erreichen Sie meine Kolleginnen und Kollegen im Leistungsservice unter 05251 8830-6100 oder leistung-kranken@brueckenthal.example.

Kostenübernahmen für Krankenhausaufenthalte: 05251 8830-6300 (Mo–Fr 7–19 Uhr). Im Notfall im Ausland: +49 5251 8830-6999 (rund um die Uhr).

Bitte senden Sie Rechnungen bevorzugt über die Brückenthal-App oder das Kundenportal – dort sind sie verschlüsselt übertragen.

Mit freundlichen Grüßen
Jana Mertensmeier
""")
    return m


@mail(51, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat maternity claim: named member's caesarean birth in Dubai, newborn's NICU stay, settlement amounts")
def m51():
    m = new("Priya Raghunathan <priya.raghunathan@%s>" % D,
            "Hannah Kersting <hannah.kersting@gulfmail.example>",
            "Maternity claim GH-26-00519 – settlement and adding baby Emil to your plan", hdate(12, 13, 25), mid(51),
            irt="<CA+Zf0x9kL2@gulfmail.example>")
    body(m, """Dear Hannah,

first of all, congratulations on the birth of Emil! I hope you are both home and settling in.

I've now settled the invoices from Al Safa Women's Hospital, Dubai, under your Global Premium plan (member BGH-30772-01):

  Antenatal care (12 visits, scans, blood tests)          AED  9,850   paid 100 %
  Planned caesarean section on 24 Feb 2026, 4 nights      AED 38,400   paid 100 % (direct billing)
  Anaesthetist and paediatrician fees                     AED  6,120   paid 100 %
  Neonatal intensive care, 2 nights (low blood sugar)     AED 14,300   paid under the newborn benefit
  Total                                                   AED 68,670

Nothing is left for you to pay, and the maternity waiting period was completed in 2024. The hospital has confirmed it received our guarantee.

To add Emil to your plan from birth without health questions, we need the application within 60 days of birth, i.e. by 25 April. Please send:
  - the birth certificate (Arabic/English version is fine),
  - his passport or the passport application receipt,
  - the completed "add a dependant" form (you can download it from the member app).

The postnatal check-ups for you and the paediatric check-ups and vaccinations for Emil are covered under the wellbeing benefit; no pre-authorisation needed.

Warm wishes to you and your family,

""" + SIG["raghunathan"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(52, "NORMAL", "en", "internal",
      "trap: actuarial loss ratios by health tariff and age band in XLSX (aggregates, small cells merged); no person")
def m52():
    m = new("Thomas Beverungen <thomas.beverungen@%s>" % D,
            "Pricing committee <pricing-committee@%s>" % D,
            "Health tariffs – claims ratios 2025 by tariff and age band (input for the 2027 premium review)", hdate(12, 14, 50), mid(52))
    body(m, """Dear all,

attached are the 2025 claims ratios for the comprehensive health tariffs, as input for next Thursday's pricing committee. Headlines:

- KomfortAmbulant 90: claims ratio 84.1 % (2024: 79.6 %), driven by outpatient psychotherapy (+22 %)
  and the new GOÄ-analogue billing for digital health applications.
- KomfortStationär 1/2: 76.3 % (2024: 77.0 %), stable; average length of stay down to 5.1 days.
- DentPlus 90: 71.9 %; implants are 48 % of benefits, orthodontics for children 9 %.
- The "trigger" for a premium adjustment (benefits deviation > 5 % per tariff and gender) is
  reached for KomfortAmbulant 90, both genders, and PflegePlus (women).

All figures are aggregates. Age bands with fewer than 50 insured persons are merged with the
neighbouring band (marked *), so no individual can be identified; please keep it that way if you
re-cut the data.

Medical cost inflation assumption for 2027: 5.5 % outpatient, 4.0 % inpatient, 3.5 % dental.

""" + SIG["beverungen"] + "\n")
    attach_bytes(m, xlsx([
        ("Claims ratio by tariff", [
            ["Tariff", "Insured persons", "Earned premium EUR k", "Benefits EUR k", "Claims ratio %", "Trigger reached"],
            ["KomfortAmbulant 90", 41208, 118422, 99593, 84.1, "yes (m/f)"],
            ["KomfortAmbulant 70", 18830, 42106, 30780, 73.1, "no"],
            ["KomfortStationär 1", 22614, 37260, 28439, 76.3, "no"],
            ["KomfortStationär 2", 19477, 21950, 16748, 76.3, "no"],
            ["DentPlus 90", 55302, 16718, 12020, 71.9, "no"],
            ["PflegePlus", 30115, 14882, 9675, 65.0, "yes (f)"]]),
        ("KomfortAmbulant 90 by age", [
            ["Age band", "Insured (m)", "Insured (f)", "Benefits per head m EUR", "Benefits per head f EUR"],
            ["0-19", 6120, 5890, 1204, 1188], ["20-29", 2210, 2475, 1388, 1910],
            ["30-39", 3905, 4120, 1702, 2356], ["40-49", 4480, 4215, 2195, 2604],
            ["50-59", 3710, 3390, 2988, 3102], ["60-69", 2260, 1815, 4210, 3985],
            ["70-79", 838, 615, 6120, 5740], ["80+ *", 92, 83, 8905, 8110]])],
        author="Thomas Beverungen", day=12),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Health_claims_ratios_2025.xlsx")
    return m


@mail(53, "CONFIDENTIAL", "de", "insurer-to-customer",
      "cancellation confirmation for a named customer's household insurance with refund; IBAN only in the quoted customer mail")
def m53():
    m = new("Kundenservice Brückenthal <service@%s>" % D,
            "Marlene Schüttler <marlene.schuettler@posteo-mail.example>",
            "AW: Kündigung Hausrat wegen Umzug zu meinem Partner", hdate(12, 16, 10), mid(53),
            irt="<e81b72d0-3f0c-45a2-9a3b-1c9d77a4f210@posteo-mail.example>")
    body(m, """Sehr geehrte Frau Schüttler,

wir bestätigen Ihnen die Beendigung Ihrer Hausratversicherung HR 3301-41287 zum 31.03.2026. Da Ihr Hausrat ab April in den Haushalt Ihres Partners eingeht, der bereits eine eigene Hausratversicherung hat, ist der Wegfall des Interesses ein zulässiger Beendigungsgrund.

Den im Januar gezahlten Jahresbeitrag erstatten wir anteilig für April bis Dezember: 121,05 €. Die Erstattung überweisen wir in den nächsten Tagen auf die unten von Ihnen angegebene neue Bankverbindung.

Ihre Privathaftpflichtversicherung läuft unverändert weiter; bitte teilen Sie uns Ihre neue Anschrift ab 01.04. noch mit.

Alles Gute für den Umzug!

""" + SIG["thiel"] + "\n\n" + FOOT_ALLG + """

Von: Marlene Schüttler <marlene.schuettler@posteo-mail.example>
Gesendet: Mittwoch, 11. März 2026 20:05
An: service@brueckenthal.example
Betreff: Kündigung Hausrat wegen Umzug zu meinem Partner

Hallo,

ich ziehe zum 1.4. zu meinem Freund nach Bad Wünnenberg und er hat schon eine Hausratversicherung. Ich möchte meine Hausrat (HR 3301-41287) deshalb zum 31.3. kündigen. Die Erstattung bitte auf mein neues Konto:
Marlene Schüttler
IBAN DE92 4404 0000 0012 2114 56

Danke und Gruß
Marlene Schüttler
""", cte="8bit")
    return m


@mail(54, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "complaint to the regulator about a rejected BU claim: named complainant, diagnoses, draft statement in DOCX")
def m54():
    m = new("Claudia Wiethoff <claudia.wiethoff@%s>" % D,
            "Henrik Tölle <henrik.toelle@%s>" % D,
            "BaFin-Beschwerde Schnittker (GZ VA 23-Q 5000-2026/0417) – Entwurf Stellungnahme, Frist 27.03.", hdate(13, 8, 35), mid(54),
            cc="Moritz Overbeck <moritz.overbeck@%s>" % D)
    body(m, """Hallo Henrik,

die BaFin hat uns die Beschwerde von Herrn Reinhard Schnittker (LV 7720-098-311, BU-Zusatzversicherung) zur Stellungnahme übersandt. Er beschwert sich über die Ablehnung seines BU-Antrags vom Dezember.

Kernpunkte der Beschwerde:
- Er sei als Lkw-Fahrer seit dem Herzinfarkt (Juni 2025, Stent-Implantation) und wegen der anschließenden Angststörung berufsunfähig; die Fahrerlaubnis der Klasse CE sei ihm laut Verkehrsmediziner für mindestens 12 Monate nicht zu erteilen.
- Wir hätten nur auf das kardiologische Gutachten abgestellt, das ihm "volle Belastbarkeit" bescheinige, und die psychiatrische Behandlung nicht gewürdigt.

Ich habe einen ersten Entwurf der Stellungnahme angehängt (Sachverhalt aus HELIX, Chronologie). Kannst du bitte die medizinische Bewertung ergänzen und mit Ulrike abstimmen? Ehrlich gesagt sehe ich beim Punkt Fahrerlaubnis ein Risiko – wenn er CE nicht fahren darf, kann er seinen Beruf in der konkreten Ausprägung nicht ausüben. Moritz, bitte einmal rechtlich drüberschauen.

Frist gegenüber der BaFin: 27.03.2026. Ich bräuchte eure Ergänzungen bis 20.03.

""" + SIG["wiethoff"] + "\n")
    attach_bytes(m, docx([
        ("h", "Entwurf – Stellungnahme an die BaFin, GZ VA 23-Q 5000-2026/0417"),
        "Beschwerdeführer: Reinhard Schnittker, geb. 14.02.1969, Delbrück",
        "Vertrag: LV 7720-098-311 mit Berufsunfähigkeits-Zusatzversicherung (BU-Rente 1.200 € mtl.)",
        ("h", "1. Sachverhalt"),
        "Herr Schnittker ist seit 2004 als Berufskraftfahrer (Fernverkehr, Klasse CE) tätig. Am 17.06.2025 erlitt er einen Hinterwandinfarkt (I21.1) und wurde im Herz- und Gefäßzentrum Senne mit einem Stent versorgt [bitte Entlassungsdatum ergänzen].",
        "Seit August 2025 befindet er sich wegen einer Angststörung mit Panikattacken (F41.0) in ambulanter psychiatrischer Behandlung.",
        "Leistungsantrag vom 02.10.2025; Ablehnung mit Schreiben vom 16.12.2025 auf Grundlage des kardiologischen Gutachtens Prof. Dr. Eikelmann (LVEF 55 %, Belastbarkeit bis 150 Watt).",
        ("h", "2. Bewertung [Ergänzung Leistungsprüfung / Beratungsärztin]"),
        "[offen: Würdigung des psychiatrischen Befundberichts vom 04.11.2025; Bedeutung der Fahrerlaubnis-Begutachtung nach Anlage 4 FeV]",
        ("h", "3. Ergebnis"),
        "[offen]",
        ("table", [["Datum", "Vorgang"], ["17.06.2025", "Herzinfarkt, Stent"], ["02.10.2025", "Leistungsantrag"],
                   ["04.11.2025", "Befundbericht Psychiatrie"], ["16.12.2025", "Ablehnung"], ["02.03.2026", "Beschwerde BaFin"]])],
        author="Claudia Wiethoff", day=13),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Entwurf_Stellungnahme_BaFin_Schnittker.docx")
    return m


@mail(55, "NORMAL", "en", "internal",
      "trap: town hall invitation with health/life business results and premium figures as company totals; no person; ICS")
def m55():
    m = new("\"Heike Brandhorst\" <heike.brandhorst@%s>" % D,
            "All staff <alle-mitarbeitenden@%s>" % D,
            "Town hall with the Board – Tuesday 24 March, 15:00 (German with English subtitles)", hdate(13, 9, 50), mid(55))
    body(m, """Dear colleagues,

the Board invites you to the spring town hall:

  Tuesday, 24 March 2026, 15:00–16:15
  Canteen (ground floor) and live stream for Bielefeld, Münster and mobile colleagues

Agenda
1. 2025 in numbers (Dr. Almut Regensberg): gross written premium EUR 1.94bn (+6.1 %), of which health
   EUR 612m and life EUR 498m; combined ratio property & casualty 96.8 % despite storm "Gerlinde"
2. Our customers: complaint figures, the new claims app, what we learned from the health-claims
   backlog in autumn
3. Strategy 2028: Global Health growth, BU Kompass, the end of paper files in claims
4. Your questions – please submit them in advance via Slido (code #BT2403) or ask live

The session will be held in German with live English subtitles. The recording will be on the intranet afterwards.

Coffee and cake from 14:30.

""" + SIG["brandhorst"] + "\n")
    attach_text(m, ics("d197-55-townhall@brueckenthal.example", "Town hall mit dem Vorstand / with the Board",
                       "20260324T150000", "20260324T161500", location="Betriebsrestaurant EG / Live-Stream",
                       organizer="heike.brandhorst@brueckenthal.example"),
                "calendar", "Townhall_2026-03-24.ics", params={"method": "REQUEST"})
    return m


@mail(56, "CONFIDENTIAL", "en", "insurer-to-customer",
      "address change of a named customer's household insurance: old and new address, new premium, contract number")
def m56():
    m = new("Kundenservice Brückenthal <service@%s>" % D,
            "Mei Lin Chua <meilin.chua@mailbox.example>",
            "Your move – household insurance HR 3301-70552 updated", hdate(13, 11, 20), mid(56),
            irt="<3b1a7f92-5c0d-47e1-8c22-a9d1b7e0c4f5@mailbox.example>")
    body(m, """Dear Ms Chua,

thank you for letting us know about your move. We have updated your household contents insurance:

  Contract:     HR 3301-70552
  Old address:  Neuhäuser Straße 27, 33102 Paderborn (cover ends 31 March 2026, 24:00)
  New address:  Am Wäldchen 6, 33175 Bad Lippspringe (cover from 15 March 2026)
  Living space: 94 m² (previously 61 m²)
  Sum insured:  EUR 61,100 (EUR 650 per m², no underinsurance)

During the move, and until 31 March, your belongings are covered at both addresses.

Because the flat is larger and Bad Lippspringe is in a different risk zone, the annual premium changes from EUR 118.40 to EUR 163.20. We will collect the difference for the rest of the year (EUR 36.60) with the next direct debit.

Please note: the bicycle cover in your contract only applies to bikes locked to a fixed object or in a locked room. The shared bicycle cellar at your new address counts as a locked room.

Welcome to Bad Lippspringe!

""" + SIG["thiel"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(57, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "medical officer asks an orthopaedic surgeon about indication for a named patient's knee replacement (osteoarthritis, BMI)")
def m57():
    m = new("\"Dr. Ulrike Sandfort\" <ulrike.sandfort@%s>" % D,
            "\"Dr. med. Thorsten Bielemeier\" <bielemeier@ortho-westfalen.example>",
            "Ihre Patientin Frau Gisela Niggemeier – geplante Knie-TEP links – Rückfrage zur Indikation", hdate(13, 13, 5), mid(57))
    body(m, """Sehr geehrter Herr Kollege Bielemeier,

Ihre Patientin Frau Gisela Niggemeier (geb. 30.09.1956) hat uns Ihren Kostenvoranschlag für die Implantation einer Knie-Totalendoprothese links (OPS 5-822.g1) in der Klinik am Rosenberg zum 14.04.2026 vorgelegt. Frau Niggemeier hat uns von der Schweigepflicht entbunden.

Bevor wir die Kostenzusage erteilen, habe ich als Beratungsärztin zwei kollegiale Rückfragen:

1. In Ihrem Befundbericht vom 23.02.2026 beschreiben Sie eine Gonarthrose Grad III nach Kellgren-Lawrence (M17.1) bei einem BMI von 36. Nach der aktuellen Leitlinie wird vor einer TEP ein mindestens dreimonatiger konservativer Therapieversuch empfohlen. Aus den Unterlagen geht hervor, dass Frau Niggemeier bisher Ibuprofen bei Bedarf und sechs Einheiten Physiotherapie erhalten hat. Gab es darüber hinaus Injektionen, Gewichtsreduktion oder eine Orthesenversorgung?

2. Sie erwähnen einen nicht eingestellten Diabetes mellitus Typ 2 (HbA1c 8,4 %). Ist eine präoperative Optimierung geplant?

Ich möchte ausdrücklich betonen, dass wir die Operation nicht grundsätzlich in Frage stellen; uns geht es um eine vollständige Dokumentation. Eine Zweitmeinung durch unser Netzwerk steht Frau Niggemeier kostenfrei offen – sie entscheidet selbst, ob sie das möchte.

Für eine kurze Antwort, gern auch telefonisch (05251 8830-6090), wäre ich dankbar.

""" + SIG["sandfort"] + "\n\n" + FOOT_KRANKEN + "\n")
    return m


@mail(58, "NORMAL", "de", "insurer-to-supplier",
      "trap: cleaning order for the first-aid room and the company doctor's rooms (disinfection, couch); no person")
def m58():
    m = new("Werner Schmitz <werner.schmitz@%s>" % D,
            "Objektleitung Glanzwerk <objektleitung@glanzwerk-gebaeudeservice.example>",
            "Sonderreinigung Sanitätsraum und Betriebsarztpraxis – KW 12", hdate(13, 14, 30), mid(58))
    body(m, """Hallo Frau Krüger,

wie am Telefon besprochen, bitte für KW 12 zusätzlich zur Unterhaltsreinigung einplanen:

1. Sanitätsraum EG (Raum 0.09)
   - Grundreinigung Boden, Wischdesinfektion Liege, Waschbecken, Schränke außen
   - Entsorgung des Abfallbehälters (keine spitzen Gegenstände, die entsorgt der Betriebsarzt selbst)

2. Betriebsarztpraxis 1. OG (Räume 1.20–1.23) inkl. Wartebereich
   - Wischdesinfektion aller Kontaktflächen (Untersuchungsliege, Blutdruckmessgeräte außen, Türklinken)
   - Fenster innen und außen
   - Bitte nur zwischen 7:00 und 8:00 Uhr oder nach 16:00 Uhr, da vormittags Sprechstunde ist

3. Ruheraum 2. OG
   - Bezüge der zwei Liegen wechseln (Wäsche über Ihre Wäscherei)

Ihre Mitarbeitenden dürfen in der Betriebsarztpraxis keine Schränke oder Schubladen öffnen; die Aktenschränke sind verschlossen. Schlüssel bitte wie immer bei der Pforte gegen Unterschrift.

Abrechnung bitte als Sonderleistung auf Auftragsnummer FM-2026-0312.

""" + SIG["schmitz"] + "\n")
    return m


@mail(59, "CONFIDENTIAL", "de", "insurer-to-customer",
      "transfer of no-claims class from father to son: both named, son's birth date and driving licence date, motor contract")
def m59():
    m = new("Kfz-Vertragsservice <kfz-vertrag@%s>" % D,
            "Heinz Bröckling <heinz.broeckling@t-net.example>",
            "Übertragung Schadenfreiheitsrabatt auf Ihren Sohn Niklas – Vertrag K 58-0412-775", hdate(13, 15, 45), mid(59),
            cc="Niklas Bröckling <niklas.broeckling@studmail.example>")
    body(m, """Sehr geehrter Herr Bröckling,
hallo Niklas,

die Übertragungserklärung ist bei uns eingegangen, vielen Dank. Damit übertragen wir den Schadenfreiheitsrabatt aus dem Vertrag K 58-0412-775 (VW Passat, PB-HB 55) zum 01.04.2026 auf Niklas.

Zur Prüfung haben wir folgende Angaben herangezogen:
- Niklas Bröckling, geb. 16.07.2003, Führerschein Klasse B seit 22.08.2021
- der Passat wurde seit 08/2021 laut Ihrer Erklärung überwiegend von Niklas gefahren

Übertragen werden kann nur der Schadenverlauf, den Niklas selbst "erfahren" haben kann, also maximal die Jahre seit seinem Führerscheinerwerb. Für den neuen Vertrag von Niklas (Opel Corsa, PB-NB 316) ergibt das die SF-Klasse 4 in der Haftpflicht und in der Vollkasko.

Für Sie, Herr Bröckling, bedeutet das: Der Passat-Vertrag wird zum 01.04. abgemeldet bzw. falls Sie ihn weiter nutzen, in SF 0 eingestuft. Ihr eigener Zweitwagen-Vertrag ist davon nicht betroffen.

Die neuen Unterlagen für Niklas gehen per Post an seine Anschrift in Münster.

""" + SIG["rennekamp"] + "\n\n" + FOOT_ALLG + "\n")
    return m


@mail(60, "CONFIDENTIAL", "de", "insurer-to-customer",
      "short mobile reply on a named customer's e-bike theft claim: claim number, bike value, police report", style="ios")
def m60():
    m = new("Lea Fründt <lea.fruendt@%s>" % D,
            "Tim Oberschelp <tim.oberschelp@radpost.example>",
            "Re: E-Bike geklaut – Schaden FA-2026-00911", hdate(14, 10, 12), mid(60, "ios", D),
            irt="<CAJ8p0uR3=7Yq@radpost.example>")
    body(m, """Hallo Herr Oberschelp,

kurz vom Handy: Rechnung vom Stevens E-Bike (3.299 €) ist angekommen, danke! Mir fehlt nur noch die Anzeigebestätigung der Polizei mit Rahmennummer. Sobald die da ist, zahle ich den Neuwert aus, Ihr Tarif hat ja Neuwertersatz bis 5.000 €.

Schönes Wochenende
Lea Fründt

""" + IPHONE_DE + """

> Am 14.03.2026 um 09:47 schrieb Tim Oberschelp <tim.oberschelp@radpost.example>:
>
> Hallo Frau Fründt, hier die Rechnung vom Rad. Anzeige hab ich gestern gemacht, Bestätigung kommt per Post sagt die Polizei. Rahmennr. ist WSB 2214 7781. Grüße T. Oberschelp
""", flowed=True)
    return m


@mail(61, "NORMAL", "de", "insurer-to-customer",
      "automatic acknowledgement with ticket number only; no contract, claim or personal data")
def m61():
    m = new("Brückenthal Kundenservice <service@%s>" % D,
            "fam.dreisewerd@kabelmail.example",
            "Eingangsbestätigung [Ticket #2026031500418]", hdate(15, 19, 33, 52), mid(61, "app", "crm.brueckenthal.example"),
            irt="<b97e2c11-8d30-4a6e-a1f7-5e8b0c3d2f19@kabelmail.example>",
            extra=[("Auto-Submitted", "auto-replied")])
    body(m, """Guten Tag,

vielen Dank für Ihre Nachricht. Wir haben sie unter der Ticketnummer #2026031500418 erfasst
und melden uns in der Regel innerhalb von zwei Werktagen bei Ihnen.

Bitte antworten Sie nicht auf diese E-Mail, sondern geben Sie bei Rückfragen einfach die
Ticketnummer an.

Schnelle Hilfe:
- Schaden melden (Kfz, Haus, Haftpflicht): https://www.brueckenthal.example/schaden
- Rechnungen einreichen (Krankenversicherung): Brückenthal-App oder Kundenportal
- Notruf-Hotline rund um die Uhr: 05251 8830-0

Ihr Kundenservice der Brückenthal Versicherungsgruppe
""")
    return m


@mail(62, "CONFIDENTIAL", "de", "insurer-to-broker",
      "commission statement for a sole-trader broker: his IBAN and tax number, customers' names with motor/property contracts in CSV")
def m62():
    m = new("Provisionsabrechnung Brückenthal <courtage@%s>" % D,
            "Björn Suermann <info@finanzhaus-suermann.example>",
            "Courtageabrechnung Februar 2026 – Vermittlernummer 30-2044", hdate(16, 7, 55), mid(62))
    body(m, """Sehr geehrter Herr Suermann,

anbei erhalten Sie Ihre Courtageabrechnung für Februar 2026.

Abrechnungssumme (netto)         2.418,36 EUR
Stornoreserve (10 %)              -241,84 EUR
Auszahlung                       2.176,52 EUR

Die Auszahlung erfolgt am 18.03.2026 auf Ihr Konto
Finanzhaus Suermann e.K., Inh. Björn Suermann
IBAN DE12 4747 2601 0004 4155 20
Steuernummer 339/5071/2214 (Finanzamt Paderborn)

Die Einzelpositionen finden Sie in der CSV-Datei (Semikolon-getrennt, für Ihr MVP). Über die BiPRO-Schnittstelle steht die Abrechnung ab morgen ebenfalls bereit.

Mit freundlichen Grüßen
Ihre Provisionsabrechnung
Brückenthal Versicherungsgruppe
Telefon 05251 8830-3190

""" + FOOT_ALLG + "\n", charset="windows-1252", cte="quoted-printable")
    csv = """Vermittler;Vertrag;Versicherungsnehmer;Sparte;Beginn;Beitrag;Satz;Courtage;Art
30-2044;K 58-3102-440;Weidemann, Carsten;Kfz;01.02.2026;684,20;5,0;34,21;laufend
30-2044;K 58-3102-488;Feldhans, Sabine;Kfz;01.02.2026;512,90;5,0;25,65;laufend
30-2044;WG 4471-208560;Hagemeier, Ulrich und Petra;Wohngebäude;15.02.2026;1.402,10;25,0;350,53;Abschluss
30-2044;HR 3301-66104;Kemper, Lisa;Hausrat;01.02.2026;96,60;25,0;24,15;Abschluss
30-2044;PHV 70-4410-22;Kemper, Lisa;Privathaftpflicht;01.02.2026;78,40;25,0;19,60;Abschluss
30-2044;BHV 77-1580-03;Schreinerei Lütkemeier GmbH;Betriebshaftpflicht;01.01.2026;3.860,00;15,0;579,00;Abschluss
30-2044;GE 82-0071-18;Autohaus Delbrück Nord GmbH;Gewerbe-Inhalt;01.02.2026;5.220,00;15,0;783,00;Abschluss
30-2044;K 58-2290-105;Nolte, Friedhelm;Kfz;01.02.2026;1.012,40;5,0;50,62;laufend
30-2044;RS 40-7790-218;Nolte, Friedhelm;Rechtsschutz;01.02.2026;398,00;15,0;59,70;laufend
30-2044;diverse;Bestandspflege Sach;Sach;Feb 2026;;;491,90;Bestand
"""
    m.add_attachment(csv, subtype="csv", charset="windows-1252", filename="Courtage_30-2044_2026-02.csv",
                     cte="quoted-printable")
    return m


@mail(63, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "critical illness claim: named customer's colon cancer diagnosis C18.7, surgery, lump sum payment")
def m63():
    m = new("Henrik Tölle <henrik.toelle@%s>" % D,
            "Gareth Pryce <gareth.pryce@britmail.example>",
            "Your critical illness claim – policy SL 6620-0417-31 – decision", hdate(16, 9, 10), mid(63),
            irt="<CAB9w2nT=Qp4@britmail.example>")
    body(m, """Dear Mr Pryce,

thank you for your patience and for sending the pathology report so quickly. I am glad to let you know that we have accepted your claim under the critical illness benefit of your policy SL 6620-0417-31.

The reports of the Klinikum am Rosenberg confirm the diagnosis of a malignant tumour of the sigmoid colon (ICD-10 C18.7), stage II (pT3 pN0 M0), treated by laparoscopic sigmoid resection on 12 February 2026. This meets the definition of "cancer" in section 3.1 of your policy conditions; the exclusion for early-stage tumours does not apply.

  Critical illness sum insured:       EUR 75,000.00
  Payment date:                       18 March 2026
  Account:                            your account ending in 9946 (as held for premiums)

The payment is tax-free in Germany. Your life cover of EUR 150,000 continues unchanged; from the next due date your premium is waived for the critical illness component only.

Your oncologist mentioned that no chemotherapy is planned at the moment. Should further treatment become necessary, you do not need to inform us for this policy – the claim is settled in full.

We wish you all the best for your recovery.

""" + SIG["toelle"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(64, "NORMAL", "de", "internal",
      "trap: IT ticket about a printer in the health claims department not printing doctors' invoices; no person data")
def m64():
    m = new("IT-Service-Desk <servicedesk@%s>" % D,
            "Leistungsservice Kranken Team 2 <lk-team2@%s>" % D,
            "[INC0048817] Drucker PR-3OG-07 druckt Arztrechnungen nur einseitig / abgeschnitten – gelöst", hdate(16, 10, 25), mid(64))
    body(m, """Hallo zusammen,

Ihr Ticket INC0048817 ist gelöst:

Problem: Beim Druck aus HELIX (Belegansicht "Arztrechnung", "Krankenhausrechnung") wurden Seiten im Format A4 quer abgeschnitten und Rückseiten nicht gedruckt.
Ursache: Nach dem Treiber-Update am Patchday (10.03.) war am Gerät PR-3OG-07 der Duplex-Modus deaktiviert und das Standardformat auf "Letter" zurückgesetzt.
Lösung: Treiberprofil "BT-Duplex-A4" wieder zugewiesen, Testdruck erfolgreich.

Bitte beachten: Die Druckaufträge vom 10.–13.03., die abgeschnitten waren, liegen ggf. noch im Ausgabefach oder im Papierkorb neben dem Gerät. Bitte alles, was Patientendaten oder Rechnungen enthält, in die Datenschutzbehälter geben und nicht ins Altpapier.

Das Ticket wird in 3 Tagen automatisch geschlossen. Falls das Problem wieder auftritt, einfach auf diese Mail antworten.

""" + SIG["rabe"] + "\n")
    return m


@mail(65, "CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses cover for a named customer's unfair-dismissal suit: employer, gross monthly salary, value in dispute")
def m65():
    m = new("Carina Bökamp <carina.boekamp@%s>" % D,
            "Alexander Voß <alex.voss@mailbox.example>",
            "Ihr Rechtsschutzfall RS-2026-01502 – Kündigungsschutzklage", hdate(16, 11, 50), mid(65),
            irt="<f0a3e9b1-11cc-4d75-8e62-7d2b5c8a9e04@mailbox.example>")
    body(m, """Sehr geehrter Herr Voß,

wir haben Ihre Unterlagen zur Kündigung durch die Westfalen Fensterbau GmbH geprüft und bestätigen Ihnen Kostenschutz aus Ihrem Arbeits-Rechtsschutz (Vertrag RS 40-6652-117) für

- die Erhebung der Kündigungsschutzklage vor dem Arbeitsgericht Paderborn und
- die Vertretung in der ersten Instanz durch Rechtsanwalt Hartmut Böhmer, Paderborn.

Die Klage muss innerhalb von drei Wochen nach Zugang der Kündigung erhoben werden; die Kündigung ist Ihnen laut Ihrer Mitteilung am 06.03.2026 zugegangen, die Frist endet also am 27.03.2026.

Für die Berechnung der Kosten gehen wir von einem Gegenstandswert von 14.550 € aus (drei Bruttomonatsgehälter à 4.850 €, wie in Ihrer Gehaltsabrechnung für Januar ausgewiesen). Sollte Ihr Anwalt zusätzlich Weiterbeschäftigung oder ein Zeugnis einklagen, erhöht sich der Wert; das stimmen wir dann mit ihm direkt ab.

Bitte beachten Sie: In der ersten Instanz vor dem Arbeitsgericht trägt jede Partei ihre Anwaltskosten selbst – auch wenn Sie gewinnen. Diese Kosten übernehmen wir abzüglich Ihrer Selbstbeteiligung von 250 €.

Einen außergerichtlichen Abfindungsvergleich können Sie jederzeit schließen; die Kosten einer Einigungsgebühr sind mitversichert.

""" + SIG["boekamp"] + "\n\n" + FOOT_ALLG + "\n")
    return m


@mail(66, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "motor liability injury claim to claimant's solicitor: named cyclist's clavicle fracture, concussion, pain and suffering offer")
def m66():
    m = new("Markus Heitkamp <markus.heitkamp@%s>" % D,
            "Fiona Marsh <f.marsh@marsh-whitcombe.example>",
            "Your client Thomas Ashworth – accident Paderborn 9 Jan 2026 – our ref. KH-2026-0014411", hdate(16, 13, 40), mid(66),
            irt="<LO4P123MB6021A9@marsh-whitcombe.example>")
    body(m, """Dear Ms Marsh,

thank you for your letter of 2 March and the medical documents on your client Mr Thomas Ashworth. We are the motor liability insurer of the car driver involved, and liability is not in dispute: our insured turned right without seeing Mr Ashworth on the cycle lane.

On the basis of the documents we have noted the following injuries:
- displaced fracture of the right clavicle, plate osteosynthesis at St.-Liborius-Krankenhaus on 10 January 2026, inpatient 10–13 January;
- concussion with headaches for about three weeks (CT without findings);
- abrasions to the right forearm and knee.
Mr Ashworth was unable to work as a software developer for six weeks and has received physiotherapy in the UK since his return on 20 January. According to Dr Patel's report of 18 February, full recovery is expected; the plate may be removed in about a year.

We offer:
  Pain and suffering (Schmerzensgeld)                 EUR 6,500.00
  Damage to bicycle (invoice Rad & Tat, Paderborn)    EUR 2,140.00
  Clothing and helmet (lump sum)                      EUR   380.00
  Travel costs to medical appointments                EUR   212.60
  Total                                               EUR 9,232.60

The loss of earnings claim has to be coordinated with his employer's continued salary payment; please send us the employer's confirmation of the sick pay paid for the six weeks, then we will settle this item separately. Future costs for the removal of the plate are reserved.

Your reasonable legal costs will be reimbursed in line with the German Lawyers' Remuneration Act on the settled amount.

""" + SIG["heitkamp"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(67, "NORMAL", "de", "internal",
      "trap: staff newsletter with blood donation drive, back training, anniversaries and sickness statistics as totals; no person's health")
def m67():
    m = new("Unternehmenskommunikation <kommunikation@%s>" % D,
            "Alle Mitarbeitenden <alle-mitarbeitenden@%s>" % D,
            "Brückenthal intern – März 2026", hdate(16, 15, 0), mid(67))
    text = """BRÜCKENTHAL INTERN · März 2026

Blutspende im Haus – 31. März
Das DRK kommt wieder zu uns: Dienstag, 31.03., 11–17 Uhr, Schulungsräume EG.
Wer zum ersten Mal spendet, bringt bitte den Personalausweis mit. Spenden ist
während der Arbeitszeit möglich; bitte mit der Führungskraft abstimmen.

Rückenschule startet neu
Ab 13. April montags 17:00 Uhr, 8 Termine, Kursgebühr übernimmt das BGM.
Anmeldung bei Tamara Hüser.

Krankenstand 2025: 5,2 %
Der Krankenstand im Konzern lag 2025 bei 5,2 % (2024: 5,6 %). Die häufigsten
Gründe waren – wie überall – Atemwegserkrankungen, gefolgt von Muskel-Skelett-
Beschwerden. Das BGM baut deshalb die Angebote zu Bewegung und Ergonomie aus.

Jubiläen im März
25 Jahre: Birgit Hunstiege (Rechnungswesen), Werner Schmitz (Haustechnik)
10 Jahre: Dennis Ostermeier (Kfz-Schaden), Annika Schwerdtfeger (Leben)
Herzlichen Glückwunsch und danke für eure Treue!

Neu an Bord
Maja Lindqvist verstärkt seit 1. März als HR Business Partner die Bereiche IT
und Data. Willkommen!

Firmenlauf Paderborn: 11. Juni – Anmeldung ab sofort im Intranet.

Redaktion: Lisa Mönkemöller, kommunikation@brueckenthal.example
"""
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h1 style="color:#0b4f6c;font-size:22px">BRÜCKENTHAL INTERN &middot; März 2026</h1>
<h2 style="font-size:16px">Blutspende im Haus &ndash; 31. März</h2>
<p>Das DRK kommt wieder zu uns: Dienstag, 31.03., 11&ndash;17 Uhr, Schulungsräume EG. Wer zum ersten Mal spendet, bringt bitte den Personalausweis mit. Spenden ist während der Arbeitszeit möglich; bitte mit der Führungskraft abstimmen.</p>
<h2 style="font-size:16px">Rückenschule startet neu</h2>
<p>Ab 13. April montags 17:00 Uhr, 8 Termine, Kursgebühr übernimmt das BGM. Anmeldung bei Tamara Hüser.</p>
<h2 style="font-size:16px">Krankenstand 2025: 5,2&nbsp;%</h2>
<p>Der Krankenstand im Konzern lag 2025 bei 5,2&nbsp;% (2024: 5,6&nbsp;%). Die häufigsten Gründe waren &ndash; wie überall &ndash; Atemwegserkrankungen, gefolgt von Muskel-Skelett-Beschwerden. Das BGM baut deshalb die Angebote zu Bewegung und Ergonomie aus.</p>
<h2 style="font-size:16px">Jubiläen im März</h2>
<ul><li>25 Jahre: Birgit Hunstiege (Rechnungswesen), Werner Schmitz (Haustechnik)</li>
<li>10 Jahre: Dennis Ostermeier (Kfz-Schaden), Annika Schwerdtfeger (Leben)</li></ul>
<p>Herzlichen Glückwunsch und danke für eure Treue!</p>
<h2 style="font-size:16px">Neu an Bord</h2>
<p>Maja Lindqvist verstärkt seit 1. März als HR Business Partner die Bereiche IT und Data. Willkommen!</p>
<p><b>Firmenlauf Paderborn:</b> 11. Juni &ndash; Anmeldung ab sofort im Intranet.</p>
<p style="color:#777">Redaktion: Lisa Mönkemöller, kommunikation@brueckenthal.example</p>
</body></html>
"""
    body(m, text, html=html)
    return m


@mail(68, "CONFIDENTIAL", "en", "insurer-to-company",
      "fleet renewal data for a corporate policyholder: named drivers with birth dates, licence dates and claims in CSV")
def m68():
    m = new("Svenja Amelunxen <svenja.amelunxen@%s>" % D,
            "Dariusz Kowalczyk <d.kowalczyk@hoevelhof-logistik.example>",
            "Fleet policy FL 58-9001-12 – driver list for the 1 April renewal", hdate(16, 16, 20), mid(68),
            irt="<PR3P195MB0817D2@hoevelhof-logistik.example>")
    body(m, """Dear Mr Kowalczyk,

thank you for the updated vehicle list. For the renewal of your fleet policy FL 58-9001-12 on 1 April, I have merged it with our driver and claims data; please check the attached file and correct anything that's out of date by 25 March.

What I noticed:
- Three drivers are under 25 (rows 4, 9 and 12). Under the fleet conditions, drivers under 23 need our prior approval for vehicles over 7.5 t; this affects one person.
- Driver no. 7 had two at-fault claims in 2025 (reversing in the yard). We won't surcharge the fleet for this, but we recommend the reversing-camera retrofit we discussed; we'd contribute EUR 400 per vehicle.
- Two trailers on your list are not yet on the policy (PB-HL 812 and PB-HL 813).

Overall the fleet's loss ratio for 2025 was 58 %, so the renewal premium stays at the 2025 rate per vehicle.

Please handle the driver data confidentially on your side as well – the file contains birth dates.

""" + SIG["amelunxen"] + "\n\n" + FOOT_EN + "\n")
    attach_text(m, """no;driver;date_of_birth;licence_class;licence_since;vehicle;plate;claims_2025;at_fault_2025
1;Kowalczyk, Dariusz;1979-04-02;C/CE;1999-06-14;MAN TGX 18.470;PB-HL 701;0;0
2;Brune, Stefan;1968-11-23;C/CE;1988-02-01;MAN TGX 18.470;PB-HL 702;1;0
3;Yilmaz, Ercan;1985-07-30;C/CE;2006-09-12;Mercedes Actros 1845;PB-HL 705;0;0
4;Ahlers, Finn;2002-03-17;C/CE;2021-05-20;Mercedes Actros 1845;PB-HL 706;0;0
5;Pieper, Holger;1974-01-09;C;1995-10-04;MAN TGL 8.190;PB-HL 720;0;0
6;Nowicki, Pawel;1990-08-25;C/CE;2012-03-30;DAF XF 480;PB-HL 731;1;1
7;Dreckmann, Jörg;1971-12-02;C/CE;1992-07-15;DAF XF 480;PB-HL 732;2;2
8;Schäfers, Tanja;1988-05-11;B;2006-06-01;VW Crafter;PB-HL 750;0;0
9;Lange, Marvin;2001-10-06;B;2019-11-22;VW Crafter;PB-HL 751;1;0
10;Hagedorn, Elke;1966-02-14;B;1984-04-03;VW Caddy;PB-HL 760;0;0
11;Rustemeier, Kai;1993-09-19;C/CE;2015-01-28;Scania R 450;PB-HL 740;0;0
12;Bozkurt, Emre;2004-01-27;C;2023-02-15;MAN TGL 8.190;PB-HL 721;0;0
""", "csv", "FL58-9001-12_drivers_renewal_2026.csv")
    return m


@mail(69, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "health tariff change of a named customer: health questions, sleep apnoea G47.3 and hypertension, risk loading")
def m69():
    m = new("Vertragsservice Krankenversicherung <vertrag-kranken@%s>" % D,
            "\"Dr. Matthias Ewers\" <m.ewers@ewers-architekten.example>",
            "Ihr Tarifwechsel nach § 204 VVG – Ergebnis der Gesundheitsprüfung für die Mehrleistung", hdate(17, 8, 50), mid(69),
            irt="<4e7d1c2a-90bb-4f1e-a7c3-62d0e8f51b93@ewers-architekten.example>")
    body(m, """Sehr geehrter Herr Dr. Ewers,

Sie möchten zum 01.05.2026 aus dem Tarif KomfortStationär 2 (Zweibettzimmer) in den Tarif KomfortStationär 1 (Einbettzimmer, Chefarztbehandlung ohne Höchstsatzbegrenzung) wechseln. Für die höheren Leistungen des Zieltarifs ("Mehrleistung") dürfen wir nach § 204 VVG eine Gesundheitsprüfung durchführen. Vielen Dank für die ausgefüllten Gesundheitsfragen und den Bericht Ihres Hausarztes.

Ergebnis:
Angegeben haben Sie eine arterielle Hypertonie (seit 2019, medikamentös mit Candesartan 16 mg gut eingestellt) und ein obstruktives Schlafapnoe-Syndrom (G47.3), das seit 2023 mit einer CPAP-Maske behandelt wird. Beides ist gut kontrolliert; für die Mehrleistung berechnen wir einen Risikozuschlag von 18 % auf den Mehrbeitrag.

Beitrag bisher (KomfortStationär 2)               96,40 €
Beitrag neu (KomfortStationär 1)                 138,70 €
davon Mehrbeitrag                                 42,30 €
Risikozuschlag 18 % auf den Mehrbeitrag            7,61 €
Neuer Monatsbeitrag stationär                    146,31 €

Alternativ können Sie den Tarifwechsel ohne Zuschlag mit einem Leistungsausschluss für die Mehrleistung vornehmen: Dann würden Krankenhausaufenthalte wegen Herz-Kreislauf-Erkrankungen und Schlafstörungen weiterhin nur nach dem Umfang von KomfortStationär 2 erstattet. Für die übrigen Leistungen gilt KomfortStationär 1 voll.

Ihre aus dem bisherigen Tarif erworbenen Rechte und Alterungsrückstellungen bleiben in beiden Varianten vollständig erhalten.

Bitte teilen Sie uns bis zum 10.04.2026 mit, welche Variante Sie wählen.

""" + SIG["koetter"] + "\n\n" + FOOT_KRANKEN + "\n")
    return m


@mail(70, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "care daily allowance for a named insured in a nursing home, care grade 3, paid to her authorised daughter")
def m70():
    m = new("Leistung Pflege Brückenthal <leistung-pflege@%s>" % D,
            "Martina Brinkmann-Sökeland <martina.soekeland@webmail.example>",
            "Ihre Mutter Hildegard Brinkmann – Pflegegrad 3, Pflegepflichtversicherung und Pflegetagegeld", hdate(17, 10, 5), mid(70),
            irt="<" + "c7f0a2e5-6a18-4a3f-9b90-d4e1c2b3a7f6@webmail.example>")
    body(m, """Sehr geehrte Frau Brinkmann-Sökeland,

vielen Dank für Ihre Nachricht an unseren Kundenservice; Ihre Vorsorgevollmacht liegt uns vor. Zunächst: Es tut uns leid, dass Ihre Mutter nach dem Schlaganfall so schwer beeinträchtigt ist.

Zu Ihren Fragen:

1. Pflegegrad und Heimkosten
Das Gutachten vom 19.02.2026 bestätigt den Pflegegrad 3 ab 01.02.2026 (Antragsmonat). Der Bescheid ist am 12.03. an Ihre Mutter ins Pflegeheim gegangen; eine Kopie hängen wir nicht an, Sie können sie über das Kundenportal abrufen. Weil Ihre Mutter seit 02.03. vollstationär versorgt wird, zahlt die Pflegepflichtversicherung ab März den Leistungsbetrag für vollstationäre Pflege von 1.262 € monatlich direkt an das Haus St. Elisabeth, außerdem den Leistungszuschlag zum Eigenanteil (im ersten Jahr 15 % des pflegebedingten Eigenanteils). Pflegegeld für Februar (häusliche Pflege vor dem Umzug) zahlen wir anteilig aus.

2. Pflegetagegeld (Tarif PflegePlus)
Hier müssen Sie nichts extra einreichen – der Pflegegrad aus der Pflegepflichtversicherung gilt. Im Pflegegrad 3 zahlt PflegePlus 60 % des vereinbarten Tagessatzes von 50 €, also 30 € je Tag, bei vollstationärer Pflege zusätzlich ohne Kürzung. Für März sind das 930 €. Die Zahlung geht auf das Konto Ihrer Mutter, das für die Beiträge hinterlegt ist.

3. Eigenanteil
Wenn Rente und Pflegetagegeld den Eigenanteil nicht decken, kann beim Sozialamt des Kreises "Hilfe zur Pflege" beantragt werden. Unsere Pflegeberatung (kostenlos, auch vor Ort) unterstützt Sie dabei: 05251 8830-6400.

Mit freundlichen Grüßen

Ihr Team Leistung Pflege
Brückenthal Krankenversicherung a.G.

""" + FOOT_KRANKEN + "\n")
    return m


@mail(71, "NORMAL", "en", "insurer-to-partner",
      "trap: monthly assistance SLA report with counts of medical repatriations and hospital guarantees; aggregates only")
def m71():
    m = new("Priya Raghunathan <priya.raghunathan@%s>" % D,
            "Service Management Meridian Assist <service.management@meridian-assist.example>",
            "February SLA report – Brückenthal Global Health & travel", hdate(17, 11, 30), mid(71))
    body(m, """Hi Ciarán,

thanks for the February figures. I've put them into our template (attached) and compared them with the SLAs in the service agreement. Summary:

  Calls handled                          2,914    (Jan: 3,322)
  answered within 20 s                   91.2 %   SLA 90 %    met
  Hospital guarantees issued               377    within 4 h: 96.0 %   SLA 95 %   met
  Medical repatriations                     14    (air ambulance 3, scheduled flight with escort 11)
  Repatriations of mortal remains            2
  Second medical opinions                    9
  Complaints                                 4    (3 about waiting times, 1 about a hotel booking)

Two points for our monthly call on Thursday:
1. Weekend staffing for the German-speaking line – the 20-second target was missed on 3 of 8
   weekend days.
2. The air-ambulance invoices still arrive as paper; can we switch them to the encrypted upload
   by April?

No case-level data in the report, as agreed – case questions go through the secure case portal.

""" + SIG["raghunathan"] + "\n\n" + FOOT_EN + "\n")
    attach_text(m, """kpi;unit;target;feb_2026;jan_2026;status
calls_handled;count;;2914;3322;
answered_20s;percent;90.0;91.2;88.7;met
guarantees_issued;count;;377;410;
guarantees_4h;percent;95.0;96.0;94.1;met
repatriation_air_ambulance;count;;3;5;
repatriation_scheduled_escort;count;;11;9;
repatriation_remains;count;;2;1;
second_opinions;count;;9;7;
complaints;count;;4;6;
weekend_de_answered_20s;percent;90.0;84.5;86.0;missed
""", "csv", "SLA_Meridian_2026-02.csv")
    return m


@mail(72, "NORMAL", "de", "insurer-to-partner",
      "trap: cooperation draft with a nursing-home operator on care counselling and care grades; no person; DOCX")
def m72():
    m = new("Simone Kötter <simone.koetter@%s>" % D,
            "Geschäftsführung Pflegeverbund Senne <gf@pflegeverbund-senne.example>",
            "Kooperation Pflegeberatung – Vertragsentwurf zur Abstimmung", hdate(17, 13, 15), mid(72),
            cc="Moritz Overbeck <moritz.overbeck@%s>" % D)
    body(m, """Sehr geehrter Herr Dr. Lakämper,

vielen Dank für das gute Gespräch letzte Woche. Wie vereinbart, erhalten Sie anbei unseren Entwurf einer Kooperationsvereinbarung zur Pflegeberatung für unsere Versicherten in Ihren sieben Einrichtungen.

Die wesentlichen Punkte:
- Unsere Pflegeberaterinnen bieten in Ihren Häusern einmal im Monat eine offene Sprechstunde für Bewohnerinnen, Bewohner und Angehörige an (Fragen zu Pflegegraden, Leistungen der Pflegepflicht- und Pflegezusatzversicherung, Höherstufungsanträgen).
- Die Einrichtungen stellen dafür einen geschlossenen Raum zur Verfügung.
- Es werden keine Daten von Bewohnerinnen und Bewohnern zwischen Ihren Häusern und uns ausgetauscht; Beratungen finden nur auf Wunsch der Versicherten statt, Unterlagen geben diese selbst weiter.
- Keine Vergütung in beide Richtungen; jede Seite trägt ihre Kosten.

Unser Rechtsbereich (Herr Overbeck, in Kopie) hat den Entwurf bereits geprüft. Ich freue mich auf Ihre Anmerkungen bis Ende März.

""" + SIG["koetter"] + "\n\n" + FOOT_KRANKEN + "\n")
    attach_bytes(m, docx([
        ("h", "Kooperationsvereinbarung Pflegeberatung (Entwurf Stand 17.03.2026)"),
        "zwischen der Brückenthal Krankenversicherung a.G., Brückenthaler Platz 1, 33102 Paderborn – nachfolgend „Brückenthal“ –",
        "und der Pflegeverbund Senne gGmbH, Sennelager Straße 40, 33104 Paderborn – nachfolgend „Pflegeverbund“ –",
        ("h", "§ 1 Gegenstand"),
        "Brückenthal bietet in den Einrichtungen des Pflegeverbunds kostenlose Pflegeberatung nach § 7a SGB XI für Versicherte der Brückenthal an.",
        ("h", "§ 2 Durchführung"),
        "Die Beratung findet monatlich als offene Sprechstunde statt. Der Pflegeverbund stellt einen geschlossenen Raum zur Verfügung.",
        ("h", "§ 3 Datenschutz"),
        "Die Parteien tauschen keine personenbezogenen Daten aus. Unterlagen zur Beratung übergeben ausschließlich die Versicherten oder ihre Bevollmächtigten.",
        ("h", "§ 4 Kosten"),
        "Jede Partei trägt ihre eigenen Kosten. Eine Vergütung oder Zuweisung von Versicherten findet nicht statt.",
        ("h", "§ 5 Laufzeit"),
        "Die Vereinbarung beginnt am 01.05.2026 und kann mit einer Frist von drei Monaten zum Quartalsende gekündigt werden."],
        author="Simone Kötter", day=17),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Kooperation_Pflegeberatung_Entwurf.docx")
    return m


@mail(73, "NORMAL", "de", "newsletter",
      "storm warning to customers in the region with general claim tips; mass mailing, no personal or contract data")
def m73():
    m = new("Brückenthal Versicherungsgruppe <info@news.brueckenthal.example>",
            "kunden-owl@news.brueckenthal.example",
            "Sturmwarnung für OWL: So sind Sie vorbereitet", hdate(17, 14, 0), mid(73, "app", "news.brueckenthal.example"),
            extra=[("List-Unsubscribe", "<https://www.brueckenthal.example/newsletter/abmelden>"), ("Precedence", "bulk")])
    text = """Sturmwarnung für Ostwestfalen-Lippe

Liebe Kundinnen und Kunden,

der Deutsche Wetterdienst erwartet für Mittwochnacht und Donnerstag Orkanböen
bis 110 km/h. Mit diesen Tipps sind Sie vorbereitet:

- Gartenmöbel, Trampoline und Mülltonnen sichern
- Fenster und Dachluken schließen, Markisen einfahren
- Autos nicht unter Bäumen oder neben Baugerüsten parken
- Nach dem Sturm: Schäden fotografieren, bevor Sie aufräumen

Schaden melden geht am schnellsten online unter
https://www.brueckenthal.example/schaden oder in der Brückenthal-App.
Halten Sie dafür Ihre Versicherungsnummer bereit (steht auf Ihrem
Versicherungsschein). Notmaßnahmen wie das Abdecken eines beschädigten Daches
dürfen Sie sofort beauftragen – die Kosten sind mitversichert.

Bleiben Sie sicher!
Ihre Brückenthal Versicherungsgruppe

Newsletter abbestellen: https://www.brueckenthal.example/newsletter/abmelden
"""
    html = """<html><body style="font-family:Arial,sans-serif;max-width:600px">
<div style="background:#b3261e;color:#fff;padding:14px;font-size:20px"><b>Sturmwarnung für Ostwestfalen-Lippe</b></div>
<p>Liebe Kundinnen und Kunden,</p>
<p>der Deutsche Wetterdienst erwartet für Mittwochnacht und Donnerstag Orkanböen bis 110&nbsp;km/h. Mit diesen Tipps sind Sie vorbereitet:</p>
<ul><li>Gartenmöbel, Trampoline und Mülltonnen sichern</li><li>Fenster und Dachluken schließen, Markisen einfahren</li>
<li>Autos nicht unter Bäumen oder neben Baugerüsten parken</li><li>Nach dem Sturm: Schäden fotografieren, bevor Sie aufräumen</li></ul>
<p>Schaden melden geht am schnellsten online unter <a href="https://www.brueckenthal.example/schaden">brueckenthal.example/schaden</a> oder in der Brückenthal-App. Halten Sie dafür Ihre Versicherungsnummer bereit (steht auf Ihrem Versicherungsschein). Notmaßnahmen wie das Abdecken eines beschädigten Daches dürfen Sie sofort beauftragen &ndash; die Kosten sind mitversichert.</p>
<p>Bleiben Sie sicher!<br>Ihre Brückenthal Versicherungsgruppe</p>
<p style="font-size:11px;color:#888"><a href="https://www.brueckenthal.example/newsletter/abmelden">Newsletter abbestellen</a></p>
</body></html>
"""
    body(m, text, html=html)
    return m


@mail(74, "CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only payment reminder for a named customer's motor insurance: contract, plate, amount, dunning fee")
def m74():
    m = new("Beitragsinkasso Brückenthal <inkasso@%s>" % D,
            "Pierre Lambrecht <p.lambrecht@web-post.example>",
            "Zahlungserinnerung Kfz-Versicherung K 58-2915-063", hdate(17, 15, 35), mid(74, "app", "inkasso.brueckenthal.example"))
    html_only(m, """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrter Herr Lambrecht,</p>
<p>für Ihre Kfz-Versicherung ist der folgende Beitrag noch offen:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#e8eef1"><th>Vertrag</th><th>Fahrzeug</th><th>Fälligkeit</th><th>Betrag</th></tr>
<tr><td>K 58-2915-063</td><td>BMW 320d, PB-PL 909</td><td>01.03.2026</td><td align="right">246,15 &euro;</td></tr>
<tr><td colspan="3">Mahngebühr</td><td align="right">5,00 &euro;</td></tr>
<tr><td colspan="3"><b>Gesamt</b></td><td align="right"><b>251,15 &euro;</b></td></tr>
</table>
<p>Bitte überweisen Sie den Betrag bis zum <b>31.03.2026</b> auf unser Konto IBAN DE51&nbsp;4765&nbsp;0130&nbsp;0000&nbsp;0711&nbsp;00 unter Angabe der Vertragsnummer.</p>
<p>Bitte beachten Sie: Wird der Folgebeitrag nicht rechtzeitig gezahlt, sind wir nach Ablauf der Zahlungsfrist von der Leistung frei und können den Vertrag kündigen (§ 38 VVG). Für Schäden, die Sie Dritten zufügen, bleibt der gesetzlich vorgeschriebene Schutz gegenüber den Geschädigten bestehen, wir können dann aber bei Ihnen Regress nehmen.</p>
<p>Haben Sie bereits gezahlt? Dann betrachten Sie dieses Schreiben bitte als gegenstandslos.</p>
<p>Mit freundlichen Grüßen<br>Beitragsinkasso<br>Brückenthal Allgemeine Versicherung AG</p>
<p style="font-size:8pt;color:#666">Brückenthal Allgemeine Versicherung AG &middot; Brückenthaler Platz 1 &middot; 33102 Paderborn &middot; Amtsgericht Paderborn HRB 6021</p>
</body></html>
""", charset="windows-1252")
    return m


@mail(75, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "HR notice of a named employee's workplace accident: ankle sprain, hip contusion, two weeks unfit, accident report to BG")
def m75():
    m = new("Nadine Kleinebrahm <nadine.kleinebrahm@%s>" % D,
            "Werner Schmitz <werner.schmitz@%s>" % D,
            "Arbeitsunfall Treppenhaus B am 16.03. – Unfallanzeige BG", hdate(17, 16, 40), mid(75),
            cc="Fachkraft für Arbeitssicherheit <arbeitssicherheit@%s>" % D)
    body(m, """Hallo Werner,

zur Info und mit einer Bitte: Frau Renate Kuhlmann (Beitragsinkasso, 4. OG) ist gestern gegen 7:45 Uhr im Treppenhaus B zwischen 2. und 3. OG auf einer nassen Stufe ausgerutscht. Sie war beim Durchgangsarzt (Dr. Harnischmacher): Distorsion des rechten Sprunggelenks und Prellung der Hüfte, kein Bruch. Sie ist voraussichtlich bis 27.03. arbeitsunfähig.

Da die Arbeitsunfähigkeit mehr als drei Tage dauert, melde ich den Unfall heute an die VBG (Unfallanzeige ist raus, Aktenzeichen folgt).

Meine Bitte: Kannst du mir bis Freitag sagen,
1. wann das Treppenhaus B gestern Morgen gereinigt wurde (Glanzwerk-Plan) und ob ein Warnschild stand,
2. ob es in dem Bereich schon früher Meldungen zu Nässe gab (Dachfenster?).
Die Fachkraft für Arbeitssicherheit braucht das für die Unfalluntersuchung.

Bitte die Gesundheitsdaten von Frau Kuhlmann nicht weitergeben; für die Reinigungsfirma reicht "Sturz einer Mitarbeiterin".

""" + SIG["kleinebrahm"] + "\n")
    return m


@mail(76, "NORMAL", "de", "internal",
      "trap: staff survey on psychological strain by department (aggregates, n>=10, burnout/stress wording); no person; PDF")
def m76():
    m = new("Nadine Kleinebrahm <nadine.kleinebrahm@%s>" % D,
            "Führungskräfte <fuehrungskraefte@%s>" % D,
            "Gefährdungsbeurteilung psychische Belastung 2026 – Ergebnisse", hdate(18, 8, 30), mid(76),
            cc="Betriebsrat <betriebsrat@%s>" % D)
    body(m, """Liebe Führungskräfte,

die Ergebnisse der Befragung zur Gefährdungsbeurteilung psychischer Belastung liegen vor (Teilnahmequote 68 %). Der Bericht des Instituts hängt an; die Bereichsergebnisse besprechen wir in den Workshops im April.

Einige Punkte vorab:
- Insgesamt liegen wir bei den Belastungsfaktoren im Branchenmittel. Auffällig hoch sind "Zeitdruck" und "Unterbrechungen" in der Leistungsabteilung Kranken und im Kundenservice.
- 21 % aller Befragten geben an, sich häufig erschöpft zu fühlen; 2023 waren es 24 %.
- Ergebnisse werden nur für Einheiten mit mindestens 10 Antworten ausgewiesen. Kleinere Teams sind mit der nächsthöheren Einheit zusammengefasst. Rückschlüsse auf einzelne Personen sind dadurch nicht möglich – bitte versucht das auch nicht, etwa durch Nachfragen im Team.

Das BGM und der Betriebsrat haben bereits Maßnahmen vorgeschlagen (ruhige Arbeitszeiten ohne Telefon, Rotation am Hotline-Dienst, Führungskräfte-Training "Gesund führen").

""" + SIG["kleinebrahm"] + "\n")
    attach_bytes(m, pdf([("h", "Gefährdungsbeurteilung psychische Belastung 2026 – Ergebnisbericht (Auszug)"),
                         "Auftraggeber: Brückenthal Versicherungsgruppe | Durchführung: Institut für Arbeit und Gesundheit OWL",
                         "Befragungszeitraum: 19.01.–13.02.2026 | Rücklauf: 781 von 1.148 (68 %)",
                         "Mindestgröße für Auswertungen: 10 Antworten; kleinere Einheiten zusammengefasst (*)",
                         "",
                         "Skala 1 (geringe Belastung) bis 5 (hohe Belastung)    Zeitdruck  Unterbrechungen  Handlungsspielraum  Erschöpfung häufig",
                         "Leistung Kranken/Pflege (n=97)                           3,9        4,1               2,8                 29 %",
                         "Leben/BU (n=64)                                          3,4        3,2               3,3                 19 %",
                         "Kfz-/Sachschaden (n=131)                                 3,6        3,7               3,1                 22 %",
                         "Kundenservice (n=108)                                    4,0        4,3               2,5                 31 %",
                         "Vertrieb/Maklerservice (n=83)                            3,3        3,0               3,6                 15 %",
                         "IT (n=96)                                                3,1        3,4               3,8                 14 %",
                         "Stabsbereiche und Zentrale Dienste* (n=202)              3,0        2,9               3,5                 16 %",
                         "Gesamt (n=781)                                           3,5        3,5               3,2                 21 %",
                         "",
                         "Empfehlungen: störungsfreie Zeiten, Rotation im Telefondienst, Qualifizierung 'Gesund führen', Nachbefragung 2027."],
                        title="Ergebnisbericht GBU Psyche 2026", day=18), "application/pdf", "GBU_Psyche_2026_Ergebnisbericht.pdf")
    return m


@mail(77, "CONFIDENTIAL", "en", "insurer-to-customer",
      "pet health claim of a named customer: dog's cruciate ligament surgery, vet invoice, reimbursement (animal health, no human health)")
def m77():
    m = new("Tierversicherung Brückenthal <tier-leistung@%s>" % D,
            "Rachel Donnelly <rachel.donnelly@mailbox.example>",
            "Claim TK-2026-00582 – Bruno's knee surgery – reimbursement", hdate(18, 9, 45), mid(77),
            irt="<CAM5t2bR0+fZ@mailbox.example>")
    body(m, """Dear Ms Donnelly,

we've processed the invoice from Tierklinik Sennestadt for Bruno's cruciate ligament surgery (TPLO, left hind leg) on 2 March. Your pet health policy TK 88-1044-09 (Labrador Retriever "Bruno", born 05/2020) covers surgery at up to the 3-fold rate of the veterinary fee schedule (GOT).

  Invoice total                                    EUR 3,412.80
  of which above the 3-fold GOT rate               EUR  -186.30
  Eligible                                         EUR 3,226.50
  Excess (20 %)                                    EUR  -645.30
  Reimbursement                                    EUR 2,581.20

The amount will be paid to your account within the next three working days.

Follow-up physiotherapy for Bruno (hydrotherapy) is covered under the same policy up to EUR 500 per year; please send us those invoices together once the course is finished.

We hope Bruno is back on all four paws soon!

Kind regards
Pet Insurance Claims
Brückenthal Allgemeine Versicherung AG
+49 5251 8830-4780

""" + FOOT_EN + "\n")
    return m


@mail(78, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "private pension (life) contract of a named customer: premium holiday during parental leave, values (personal line)")
def m78():
    m = new("Annika Schwerdtfeger <annika.schwerdtfeger@%s>" % D,
            "Yvonne Kleffmann <yvonne.kleffmann@kundenmail.example>",
            "AW: Beiträge pausieren während Elternzeit – PR 3310-5521-07", hdate(18, 11, 0), mid(78),
            irt="<9e7a6b5c-4d3e-42f1-80a9-b8c7d6e5f4a3@kundenmail.example>")
    body(m, """Liebe Frau Kleffmann,

herzlichen Glückwunsch zur Geburt Ihrer Tochter! Gern erkläre ich Ihnen die Möglichkeiten für Ihre private Rentenversicherung PR 3310-5521-07 während der Elternzeit:

1. Beitragspause (Stundung) bis zu 24 Monate
   Der Vertrag läuft voll weiter, einschließlich der Beitragsbefreiung bei Berufsunfähigkeit. Die gestundeten Beiträge (2 x 12 x 125 € = 3.000 €) zahlen Sie danach nach, auf Wunsch in Raten über 24 Monate oder per Verrechnung mit dem Vertragsguthaben. Zinsen berechnen wir für Elternzeit nicht.

2. Beitragsfreistellung
   Ab 01.04.2026 zahlen Sie keine Beiträge mehr; die garantierte Rente sinkt von 612,40 € auf 441,80 € monatlich ab Rentenbeginn 2058. Nach der Elternzeit können Sie die Beitragszahlung innerhalb von 36 Monaten ohne neue Gesundheitsprüfung wieder aufnehmen.

Ihr aktuelles Vertragsguthaben beträgt 18.920,45 € (Stand 01.03.2026).

Für Ihre Situation würde ich die Stundung empfehlen, weil der BU-Schutz vollständig erhalten bleibt. Schicken Sie mir einfach eine kurze Nachricht mit Ihrer Wahl, den Nachweis über die Elternzeit brauche ich nicht.

""" + SIG["schwerdtfeger"] + "\n\n" + FOOT_LEBEN + """

-----Ursprüngliche Nachricht-----
Von: Yvonne Kleffmann <yvonne.kleffmann@kundenmail.example>
Gesendet: Montag, 16. März 2026 21:40
An: leben@brueckenthal.example
Betreff: Beiträge pausieren während Elternzeit

Hallo, ich bin seit Februar in Elternzeit (2 Jahre) und möchte meine Rentenversicherung solange pausieren. Geht das und was passiert dann? Vertragsnr. PR 3310-5521-07. Viele Grüße Yvonne Kleffmann
""")
    return m


@mail(79, "NORMAL", "en", "insurer-to-supplier",
      "trap: order for AED electrode pads, first-aid kits and a vaccine fridge thermometer; no person")
def m79():
    m = new("Werner Schmitz <werner.schmitz@%s>" % D,
            "Medilux Order Desk <orders@medilux-medical.example>",
            "Order: AED pads, batteries and first-aid refills – customer no. 44-1180", hdate(18, 12, 20), mid(79),
            cc="Einkauf Brückenthal <einkauf@%s>" % D)
    body(m, """Hello,

following your technician's inspection of our six defibrillators on 10 March, please send:

  Qty  Item                                              Your art. no.
  6    Adult electrode pads (expiry 04/2026 on all units)  ZX-PAD-A
  2    Paediatric pads (for canteen and crèche units)      ZX-PAD-P
  2    Lithium battery packs                                ZX-BAT-5
  12   First-aid kit refill DIN 13157                       FA-13157-R
  4    Burn dressing sets                                   FA-BURN-4
  1    Digital min/max thermometer for the company
       doctor's vaccine fridge                              TH-MINMAX-1

Delivery address: Brückenthal Versicherungsgruppe, Haustechnik, Brückenthaler Platz 1, 33102 Paderborn, Germany (goods entrance via car park).
Invoice address: as on file, PO number 4500018977.

Could you confirm delivery before 24 March? That's the date of our evacuation drill, and I'd like all units fully equipped.

""" + SIG["schmitz"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(80, "CONFIDENTIAL", "de", "insurer-to-company",
      "cyber claim of a small corporate policyholder with named managing director: ransomware, forensics, business interruption")
def m80():
    m = new("Svenja Amelunxen <svenja.amelunxen@%s>" % D,
            "Ludger Stüken <l.stueken@elektro-stueken.example>",
            "Ihr Cyberschaden CY-2026-0021 – nächste Schritte nach dem Forensik-Bericht", hdate(18, 14, 15), mid(80),
            cc="Incident Response Cordova Security <ir@cordova-security.example>")
    body(m, """Sehr geehrter Herr Stüken,

gestern Abend kam der vorläufige Bericht der Forensiker. Ich fasse das Wichtigste für Sie zusammen und sage Ihnen, was wir übernehmen.

Was passiert ist
Am 09.03.2026 wurden die Server der Elektro Stüken GmbH (Buchhaltung, Auftragsverwaltung, Dateiablage) verschlüsselt. Einstieg war nach dem Bericht ein VPN-Zugang eines ehemaligen Auszubildenden, der nicht gesperrt worden war. Es gibt Hinweise, dass vor der Verschlüsselung rund 14 GB Daten abgeflossen sind, darunter Angebote, Lieferantenrechnungen und die Lohnordner.

Was wir übernehmen (Vertrag CY 90-0233-40)
- Kosten der Forensik und Wiederherstellung (bisher 18.600 € netto, Rechnung Cordova Security)
- Ihren Betriebsunterbrechungsschaden für die Tage ohne Auftragsbearbeitung (09.–13.03.) nach Nachweis; wir brauchen dafür die Umsätze der Vergleichswochen 2025
- Kosten der Rechtsberatung zur Meldung an die Datenschutzaufsicht und zur Information Ihrer Mitarbeitenden

Lösegeld zahlen wir nicht; Sie haben dankenswerterweise auch nicht gezahlt.

Wichtig: Weil Lohndaten betroffen sind, muss die Meldung an die Landesdatenschutzbeauftragte NRW innerhalb von 72 Stunden ab Kenntnis erfolgen – die Kanzlei hat das am 11.03. erledigt. Die Information der 23 Beschäftigten sollten Sie diese Woche verschicken; einen Musterbrief hat die Kanzlei Ihnen gegeben.

Selbstbehalt: 2.500 €.

""" + SIG["amelunxen"] + "\n\n" + FOOT_ALLG + "\n")
    return m


@mail(81, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "disability income (BU) claim of a named teacher: PTSD F43.1 after accident, psychiatric report, requests therapist report")
def m81():
    m = new("Henrik Tölle <henrik.toelle@%s>" % D,
            "Rebecca Thornton <rebecca.thornton@teachmail.example>",
            "Your disability income claim BU-26-0198 – next steps", hdate(18, 16, 5), mid(81),
            irt="<CAE2s8oP9=tv@teachmail.example>")
    body(m, """Dear Ms Thornton,

thank you for your letter of 9 March and for the report of Dr Ilse Marquardt, your psychiatrist. I have read everything carefully, and I'm sorry that the last months have been so hard.

To summarise what we have so far: since the motorway accident on 4 October 2025 you have suffered from post-traumatic stress disorder (ICD-10 F43.1) with flashbacks, severe sleep disturbance and panic attacks, and you have not been able to teach at the international school since 6 October. Dr Marquardt confirms ongoing trauma therapy (EMDR) and medication, and estimates that you will be unable to work as a teacher for at least another six months.

To decide on your claim under policy BU 7740-3310-15 (monthly benefit EUR 2,100), we still need:

1. a short report from your trauma therapist, Ms Kessler, on the course of therapy so far (our form is attached to the letter we sent by post; her costs are paid by us);
2. your job description from the school (teaching load, supervision duties, class trips);
3. the report of the hospital in Bielefeld where you were treated after the accident.

We will not ask you for a personal interview at this stage. If it becomes necessary later, we would arrange it by video and in English.

You don't have to send anything by e-mail – the upload in our customer portal is encrypted. If you have questions, please call me directly.

""" + SIG["toelle"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(82, "NORMAL", "de", "insurer-to-partner",
      "aggregated motor theft statistics for the insurers' association; no personal data (CSV)")
def m82():
    m = new("Sabine Quast <sabine.quast@%s>" % D,
            "Statistik Kfz <statistik-kfz@versicherungsverband.example>",
            "Meldung Kfz-Diebstahlstatistik 2025 – Brückenthal Allgemeine (Unternehmensnr. 5471)", hdate(18, 16, 45), mid(82))
    body(m, """Sehr geehrte Damen und Herren,

anbei unsere Meldung zur Kfz-Diebstahlstatistik 2025 im vereinbarten Format (aggregiert nach Hersteller, Modellgruppe und Bundesland, ohne Einzelfalldaten).

Zusammenfassung:
- 312 entwendete Pkw (2024: 287), davon 41 wieder aufgefunden
- Schadenaufwand Teilkasko Diebstahl: 6,84 Mio. €
- Schwerpunkt weiterhin Keyless-Go-Fahrzeuge der oberen Mittelklasse

Die Zahl der Motorraddiebstähle ist mit 58 Fällen nahezu unverändert.

Für Rückfragen stehe ich gern zur Verfügung.

""" + SIG["quast"] + "\n\n" + FOOT_ALLG + "\n")
    attach_text(m, """Unternehmen;Jahr;Bundesland;Hersteller;Modellgruppe;Anzahl_entwendet;Anzahl_aufgefunden;Schadenaufwand_EUR
5471;2025;NW;Land Rover;Range Rover Evoque;18;1;792400
5471;2025;NW;Toyota;RAV4 Hybrid;24;3;811300
5471;2025;NW;Audi;Q5;15;2;604100
5471;2025;NW;BMW;X5;11;0;688200
5471;2025;NW;Mercedes-Benz;GLC;14;2;702900
5471;2025;NW;Volkswagen;Golf;22;6;298600
5471;2025;NW;sonstige;sonstige;187;25;2514700
5471;2025;NI;alle;alle;21;2;427800
""", "csv", "Kfz-Diebstahl_2025_5471.csv")
    return m


@mail(83, "CONFIDENTIAL", "en", "insurer-to-customer",
      "trip cancellation due to a named customer's redundancy: employer, termination date, cancellation costs; no health data")
def m83():
    m = new("Reiseversicherung Brückenthal <reise-schaden@%s>" % D,
            "Aaron Whitlock <a.whitlock@mailbox.example>",
            "Trip cancellation RR-2026-00207 – Vancouver, 2–16 April", hdate(19, 8, 35), mid(83),
            irt="<CAP4u0m=xV7@mailbox.example>")
    body(m, """Dear Mr Whitlock,

thank you for your claim under your annual travel cancellation insurance (policy RV 12-5530-218).

You have cancelled your trip to Vancouver (2–16 April 2026, booked on 11 November 2025 with Nordlicht Reisen) because your employer, Kettler Automotive Systems GmbH in Bielefeld, terminated your employment for operational reasons with effect from 31 March 2026. Unexpected loss of employment through dismissal by the employer is an insured event under section 2.4 of your conditions.

So far we have received the booking confirmation, the cancellation invoice (EUR 2,960.00 = 80 % of the travel price of EUR 3,700.00) and your e-mail. To complete the claim please send us:

1. a copy of the termination letter from Kettler Automotive Systems GmbH (salary details can be blacked out);
2. confirmation that you were employed there for at least 12 months without interruption.

Once we have these, we will reimburse EUR 2,960.00 less your excess of EUR 100.00, i.e. EUR 2,860.00, to your account on file.

I'm sorry about the job, and I hope Vancouver works out another time.

""" + SIG["reise"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(84, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "trip cancellation due to a named customer's herniated disc M51.1: medical certificate, reimbursement")
def m84():
    m = new("Reiseversicherung Brückenthal <reise-schaden@%s>" % D,
            "Nadia Rahman <nadia.rahman@webmail.example>",
            "Re: Cancellation Lisbon trip – claim RR-2026-00219", hdate(19, 9, 50), mid(84, "tb", D),
            irt="<BY5PR04MB7a1@webmail.example>")
    body(m, """Dear Ms Rahman,

we have received the medical certificate from Dr Fleer, thank you. It confirms that on 10 March 2026, three days before your planned departure, you were diagnosed with an acute herniated disc L5/S1 (M51.1) with sciatica on the left side and that you were unfit to travel. An unexpected serious illness is an insured event, so we accept your claim.

  Cancellation costs, package tour Lisbon (13–20 March)     EUR 1,386.00
  Cancellation fee, concert tickets                          EUR   118.00
  Excess (20 % for cancellation due to illness, min. 25)    EUR  -300.80
  Reimbursement                                             EUR 1,203.20

Payment will be made to your account within the next few days.

Please note: your travel companion, Ms Julia Brandes, is insured under her own policy with us. As she did not travel either, she can submit her claim too; a short note that she cancelled because of your illness is enough, together with her cancellation invoice.

Get well soon!

""" + SIG["reise"] + "\n\n" + FOOT_EN + """

> On 17 Mar 2026, at 19:22, Nadia Rahman <nadia.rahman@webmail.example> wrote:
>
> Hello, attached the certificate from my orthopaedist. Sorry it took so long, I could hardly sit at the computer. Nadia
""")
    return m


@mail(85, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental cost plan check for a named customer: implant region 36, bone graft, GOZ positions, reimbursement (base64 body)")
def m85():
    m = new("Zahnleistung Brückenthal <zahnleistung@%s>" % D,
            "Bernhard Kötting <b.koetting@t-net.example>",
            "Prüfung Ihres Heil- und Kostenplans vom 05.03.2026 – DentPlus 90", hdate(19, 11, 5), mid(85, "app", "helix.brueckenthal.example"))
    body(m, """Sehr geehrter Herr Kötting,

wir haben den Heil- und Kostenplan von Frau Dr. Pahlsmeier (Zahnarztpraxis am Rathausplatz, Salzkotten) vom 05.03.2026 geprüft.

Geplante Behandlung: Implantat in Region 36 (Unterkiefer links) nach Verlust des Zahns durch eine nicht erhaltungsfähige Wurzelfraktur, mit Knochenaufbau (Augmentation) und anschließender Implantatkrone.

Position / Leistung                                          Kosten laut Plan
GOZ 9010 Implantatinsertion                                      612,40 €
GOZ 9100 Augmentation                                            498,90 €
GOZ 2200 Implantatkrone vollkeramisch                            531,20 €
Material- und Laborkosten                                      1.096,00 €
Summe                                                          2.738,50 €

Ihr Tarif DentPlus 90 erstattet 90 % der Kosten für Zahnersatz einschließlich Implantaten, in Ihrem dritten Versicherungsjahr bis zu 3.000 € Erstattung. Die geplanten Kosten sind in voller Höhe erstattungsfähig.

Voraussichtliche Erstattung: 2.464,65 €
Ihr voraussichtlicher Eigenanteil: 273,85 €

Bitte reichen Sie nach Abschluss der Behandlung die Rechnung und die Laborrechnung ein. Dies ist eine Leistungszusage unter dem Vorbehalt, dass die Behandlung wie geplant durchgeführt wird.

Mit freundlichen Grüßen

Katrin Rolf
Zahnleistung
Brückenthal Krankenversicherung a.G.
Telefon 05251 8830-6160

""" + FOOT_KRANKEN + "\n", cte="base64")
    return m


@mail(86, "CONFIDENTIAL", "de", "insurer-to-broker",
      "previous claims of a named customer disclosed to his broker: claim dates, causes and amounts in household insurance")
def m86():
    m = new("Lea Fründt <lea.fruendt@%s>" % D,
            "Jana Rüther <j.ruether@welling-makler.example>",
            "AW: Vorschäden Hausrat Mersch HR 3301-28804", hdate(19, 13, 20), mid(86),
            irt="<2b90e4f3-8a17-4c6d-b5f0-31a9c8d7e6b2@welling-makler.example>")
    body(m, """Hallo Frau Rüther,

gern, hier die Schäden aus dem Hausratvertrag von Herrn Jörg Mersch (HR 3301-28804) der letzten fünf Jahre:

- 14.08.2023  Fahrraddiebstahl aus dem Keller, Holzweg 4, Paderborn  – reguliert 1.180,00 €
- 02.01.2025  Leitungswasser (geplatzter Schlauch Waschmaschine)    – reguliert 3.412,75 €

Weitere Schäden gab es nicht. Die Erhöhung der Versicherungssumme auf 85.000 € können wir ohne Risikozuschlag machen; den Einschluss "grobe Fahrlässigkeit" hat er schon.

Schicken Sie mir einfach den unterschriebenen Änderungsantrag, dann stelle ich um.

""" + SIG["fruendt"] + """

Von: Jana Rüther <j.ruether@welling-makler.example>
Gesendet: Donnerstag, 19. März 2026 09:12
An: Lea Fründt <lea.fruendt@brueckenthal.example>
Betreff: Vorschäden Hausrat Mersch HR 3301-28804

Hallo Frau Fründt,
unser Kunde Herr Mersch möchte seine Hausrat-Summe erhöhen (neue Einbauküche und Möbel). Können Sie mir die Vorschäden der letzten 5 Jahre nennen, damit ich den Antrag korrekt ausfülle? Vollmacht liegt Ihnen vor.
Danke, Jana Rüther
Assekuranzkontor Welling GmbH
""")
    return m


@mail(87, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "health insurer's recourse against a car driver's liability insurer: named insured's whiplash and hospital costs")
def m87():
    m = new("Jana Mertensmeier <jana.mertensmeier@%s>" % D,
            "Regress Kranken <regress-kranken@%s>" % D,
            "Regress § 86 VVG – VN Ole Finke, KV 310-620 447-9 – Auffahrunfall 02.02.2026", hdate(19, 14, 35), mid(87))
    body(m, """Hallo zusammen,

bitte einen Regressvorgang anlegen:

Versicherter: Ole Finke, geb. 12.12.1988, KV 310-620 447-9
Ereignis: Auffahrunfall am 02.02.2026 auf der A 33 bei Paderborn-Elsen, unser Versicherter stand im Stau, der Unfallgegner ist aufgefahren.
Gegner: Fahrer Patrick Lödige, Fahrzeug MI-PL 482, Kfz-Haftpflicht bei der Weserland Versicherung AG, deren Schaden-Nr. 26-K-118032; Haftung nach Polizeibericht eindeutig.

Unsere Leistungen bisher (alle unfallbedingt):
- Notaufnahme und stationäre Aufnahme Klinikum am Rosenberg 02.–05.02.2026, HWS-Distorsion Grad II (S13.4) und Thoraxprellung: 3.216,40 €
- ambulante Nachbehandlung Orthopädie, MRT HWS: 684,12 €
- Physiotherapie 12 x: 417,70 €
Summe: 4.318,22 €

Krankentagegeld: Herr Finke hat keinen KT-Tarif bei uns, also nichts.

Die Belege sind in HELIX unter dem Ereignis "Unfall 02.02.2026" verschlagwortet. Herr Finke hat im Leistungsantrag angegeben, dass er selbst einen Anwalt (Kanzlei Driever & Aslan) für das Schmerzensgeld beauftragt hat – bitte abstimmen, damit wir uns nicht gegenseitig in die Quere kommen.

Danke!
Jana

""" + SIG["mertensmeier"] + "\n")
    return m


@mail(88, "NORMAL", "en", "internal",
      "trap: mail gateway certificate renewal notice mentioning S/MIME, strictly confidential routing and partner domains; no person")
def m88():
    m = new("Aleksandra Nowak <aleksandra.nowak@%s>" % D,
            "Messaging team <messaging@%s>" % D,
            "Gateway certificates expiring – renewal plan (domain cert + 3 partner certs)", hdate(19, 16, 0), mid(88))
    body(m, """Hi team,

our certificate monitor flagged the following for the mail gateway:

  Certificate                                      Expires       Action
  S/MIME domain certificate brueckenthal.example   2026-04-14    renew via CA portal, 2-year validity
  Partner cert meridian-assist.example             2026-04-02    ask partner for new public key
  Partner cert skagerrak-re.example                2026-05-30    no action yet
  TLS cert mx1.brueckenthal.example                2026-04-20    auto-renew (ACME), check logs

Plan
1. Create the CSR for the domain certificate on the HSM this week (Jonas and me, four-eyes).
2. Publish the new certificate to the partner list and the LDAP directory by 2 April, keep the
   old one valid in parallel until it expires.
3. Meridian: Priya's team depends on this for the case files, which are strictly confidential
   and must go S/MIME or portal – if their new key doesn't arrive by 30 March, the gateway will
   fall back to the portal for that domain automatically. Please warn the Global Health team.

Test afterwards: send a test mail with [streng vertraulich] in the subject to the partner test
mailboxes and check that it goes out signed and encrypted.

""" + SIG["nowak"] + "\n")
    return m


@mail(89, "CONFIDENTIAL", "en", "insurer-to-partner",
      "confirmation of buildings insurance for a named customer's mortgage lender: address, sum insured, policy; security certificate")
def m89():
    m = new("Tobias Wennemar <tobias.wennemar@%s>" % D,
            "Mortgage Services Rijnland Hypotheekbank <mortgages@rijnland-hypotheek.example>",
            "Security certificate (Sicherungsschein) – borrowers van den Berg – WG 4471-301266", hdate(19, 16, 55), mid(89),
            irt="<AS8PR07MB51D0@rijnland-hypotheek.example>")
    body(m, """Dear Mr de Graaf,

as requested for your loan file HB-2026-3381, we confirm the following buildings insurance:

  Policyholders:     Sander and Eline van den Berg
  Insured property:  Detmolder Straße 212, 33100 Paderborn (detached house, built 2009)
  Policy:            WG 4471-301266, from 1 March 2026
  Cover:             fire, burst pipes, storm/hail, natural hazards; new replacement value (gleitender Neuwert)
  Sum insured 1914:  EUR 31,200 (corresponds to approx. EUR 745,000 at today's building costs)
  Premium:           paid annually, next due 1 March 2027, currently no arrears

We have issued a security certificate (Sicherungsschein) in favour of Rijnland Hypotheekbank N.V. for a loan amount of EUR 420,000. This means in particular that we will inform you if the premium is not paid or the contract is terminated, and that payments for damage to the building above EUR 5,000 are made only with your consent.

The signed certificate goes to your Utrecht office by post today.

""" + SIG["wennemar"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(90, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "occupational pension (direct life insurance) of a named employee moving to a new employer: values, transfer; PDF")
def m90():
    m = new("bAV-Service Brückenthal <bav@%s>" % D,
            "Thomas Hagemeister <t.hagemeister@webmail.example>",
            "Ihre Direktversicherung bei Arbeitgeberwechsel – DV 5520-0881-14", hdate(20, 8, 45), mid(90),
            irt="<d7c6b5a4-9382-4716-a5b4-c3d2e1f0a9b8@webmail.example>")
    body(m, """Sehr geehrter Herr Hagemeister,

Sie wechseln zum 01.04.2026 von der Ravensberger Landmaschinen GmbH zur Firma Teutotec Antriebe GmbH und möchten Ihre Direktversicherung mitnehmen. Dafür gibt es zwei Wege:

1. Fortführung beim neuen Arbeitgeber
Teutotec übernimmt den Vertrag als Versicherungsnehmerin, Sie zahlen weiter per Entgeltumwandlung (bisher 220 € monatlich, davon 33 € Arbeitgeberzuschuss). Alle garantierten Werte bleiben erhalten. Dafür brauchen wir die anhängende Übernahmevereinbarung, unterschrieben von Ihnen, Ravensberger und Teutotec.

2. Übertragung nach § 4 Abs. 3 BetrAVG
Falls Teutotec einen eigenen Versorgungsträger hat, können Sie innerhalb eines Jahres verlangen, dass das Übertragungskapital dorthin überwiesen wird. Ihr Übertragungswert beträgt derzeit 27.614,08 € (Stand 01.03.2026).

Sollte keiner der Wege klappen, wird der Vertrag zum 31.03.2026 beitragsfrei gestellt und auf Sie als Versicherungsnehmer übertragen. Sie können ihn dann privat weiterführen – die steuerliche Förderung entfällt dann aber.

Ihre aktuelle Hochrechnung: garantierte Rente ab 67: 318,20 € monatlich, mit Überschüssen prognostiziert 402,55 €, oder Kapitalabfindung garantiert 79.830 €.

Bei Fragen zur Übernahme kann sich die Personalabteilung von Teutotec gern direkt an uns wenden.

Mit freundlichen Grüßen

Ihr bAV-Service
Brückenthal Lebensversicherung AG
Telefon 05251 8830-5400

""" + FOOT_LEBEN + "\n")
    attach_bytes(m, pdf([("h", "Übernahmevereinbarung zur Direktversicherung DV 5520-0881-14"),
                         "Versicherte Person: Thomas Hagemeister, geb. 28.05.1984, Am Lichtenberg 3, 33154 Salzkotten",
                         "Bisherige Versicherungsnehmerin: Ravensberger Landmaschinen GmbH, Bielefeld",
                         "Neue Versicherungsnehmerin: Teutotec Antriebe GmbH, Gütersloh",
                         "Zeitpunkt der Übernahme: 01.04.2026",
                         "Beitrag: 220,00 € monatlich aus Entgeltumwandlung, Arbeitgeberzuschuss 15 % (33,00 €)",
                         "Übertragungswert zum 01.03.2026: 27.614,08 €",
                         "Bezugsrecht: unwiderruflich für die versicherte Person; im Todesfall Ehefrau Katharina Hagemeister",
                         "",
                         "Unterschrift versicherte Person ____________   bisheriger Arbeitgeber ____________   neuer Arbeitgeber ____________"],
                        title="Übernahmevereinbarung DV 5520-0881-14", day=20), "application/pdf",
                 "Uebernahmevereinbarung_DV5520-0881-14.pdf")
    return m


@mail(91, "NORMAL", "de", "internal",
      "trap: press release draft on dental premium cuts with implant and orthodontics figures; company totals only; DOCX")
def m91():
    m = new("Lisa Mönkemöller <lisa.moenkemoeller@%s>" % D,
            "\"Heike Brandhorst\" <heike.brandhorst@%s>" % D,
            "Freigabe PM \"DentPlus günstiger\" – bitte bis Mittwoch an Frau Dr. Regensberg", hdate(20, 10, 10), mid(91),
            cc="Thomas Beverungen <thomas.beverungen@%s>" % D)
    body(m, """Hallo Heike,

anbei der Entwurf der Pressemitteilung zur Beitragssenkung in DentPlus. Thomas hat die Zahlen geprüft (Leistungsquote, Anzahl Versicherte). Könntest du sie bitte Frau Dr. Regensberg zur Freigabe vorlegen? Sperrfrist wäre der 01.04., 10:00 Uhr.

Das Zitat habe ich aus ihrem Interview mit der Neuen Westfälischen übernommen und leicht gekürzt.

Danke!

""" + SIG["moenkemoeller"] + "\n")
    attach_bytes(m, docx([
        ("h", "PRESSEMITTEILUNG – SPERRFRIST 01.04.2026, 10:00 UHR"),
        ("h", "Brückenthal senkt Beiträge in der Zahnzusatzversicherung um bis zu 9 Prozent"),
        "Paderborn. Die Brückenthal Krankenversicherung a.G. senkt zum 1. Juli 2026 die Beiträge ihrer Zahnzusatztarife DentPlus 70 und DentPlus 90 um bis zu 9 Prozent. Grund ist eine günstigere Leistungsentwicklung als kalkuliert: 2025 lag die Leistungsquote in DentPlus 90 bei 71,9 Prozent.",
        "Rund 55.000 Versicherte profitieren. Für eine 40-jährige Kundin in DentPlus 90 sinkt der Monatsbeitrag von 27,90 Euro auf 25,50 Euro.",
        "Fast die Hälfte der Leistungen entfiel 2025 auf Implantate, gefolgt von Kronen und Brücken sowie der professionellen Zahnreinigung. Kieferorthopädie für Kinder machte neun Prozent aus.",
        "„Unsere Kundinnen und Kunden sollen direkt davon profitieren, wenn die Kosten günstiger verlaufen als gedacht“, sagt Dr. Almut Regensberg, Vorstandsvorsitzende der Brückenthal Versicherungsgruppe.",
        ("h", "Über Brückenthal"),
        "Die Brückenthal Versicherungsgruppe mit Sitz in Paderborn bietet Kranken-, Lebens-, Sach- und Haftpflichtversicherungen an. Sie betreut rund 640.000 Kundinnen und Kunden und beschäftigt 1.150 Mitarbeitende.",
        "Pressekontakt: Lisa Mönkemöller, Unternehmenskommunikation, Telefon 05251 8830-1210, presse@brueckenthal.example"],
        author="Lisa Mönkemöller", day=20),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PM_DentPlus_Beitragssenkung_Entwurf_v3.docx")
    return m


@mail(92, "NORMAL", "en", "internal",
      "trap: code review of IBAN validation using the published example IBAN and obviously fake test data; no person")
def m92():
    m = new("Rahul Menon <rahul.menon@%s>" % D,
            "Pawel Zielinski <pawel.zielinski@%s>" % D,
            "Re: [PR !2214] payout: validate IBAN before creating SEPA credit transfer", hdate(20, 11, 40), mid(92),
            cc="HELIX dev team <helix-dev@%s>" % D,
            irt="<mr-2214-note-8812@gitlab.brueckenthal.example>")
    body(m, """Pawel,

looks good overall, a few comments before I approve:

1. validate_iban() – please strip spaces AND lower-case input before the mod-97 check; the portal
   sends lower-case sometimes.

2. Tests: don't invent IBANs that might belong to someone. Use the published example ones only:
     DE89 3704 0044 0532 0130 00   (the standard German example)
     GB82 WEST 1234 5698 7654 32   (UK example)
   and a broken one with a wrong check digit for the negative case.

3. The log line in payout_service.py:118 prints the full IBAN at INFO level:
       log.info("creating SCT for %s to %s", claim_id, iban)
   Please mask it (last 4 digits only) – logs go to Splunk, and Splunk is not approved for bank data.

4. Error message for the clerk: "IBAN ungültig – bitte beim Kunden nachfragen" is fine, but
   put it in the translation file, not inline.

Once 3 is fixed I'll approve. Nice work on the retry logic.

""" + SIG["menon"] + """

> Pawel Zielinski wrote on 20.03.2026 09:02:
> Ready for review: adds IBAN validation (ISO 13616 mod 97) before the payout job creates the
> SEPA credit transfer. Fixes CLAIMS-4380 (rejected payments for typos in reimbursement requests).
""")
    return m


@mail(93, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "facultative life referral to the reinsurer: named applicant's diabetes, HbA1c, medical evidence in a ZIP")
def m93():
    m = new("Kerstin Vahle <kerstin.vahle@%s>" % D,
            "Skagerrak Re Life Underwriting <life.uw@skagerrak-re.example>",
            "[streng vertraulich] Facultative referral – applicant J. Hollenbeck – term life EUR 1.8m", hdate(20, 13, 5), mid(93),
            cc="Thomas Beverungen <thomas.beverungen@%s>" % D)
    body(m, """Dear colleagues,

we would like to refer the following application for facultative cover, as the sum at risk exceeds our retention of EUR 750,000:

  Applicant:   Dr. Johannes Hollenbeck, male, born 03/11/1972, non-smoker, managing partner of a law firm
  Product:     term life, sum insured EUR 1,800,000, term 20 years (keyman / partnership protection)
  Our share:   EUR 750,000; requested facultative share: EUR 1,050,000

Medical summary
- Type 2 diabetes since 2019, metformin 1,000 mg bid, HbA1c 6.9 % (Feb 2026), 7.2 % (Aug 2025)
- BMI 29.8, BP 134/84 on ramipril 5 mg
- No retinopathy, no nephropathy (albumin/creatinine ratio normal), resting ECG normal
- Father: myocardial infarction at 61

Our own assessment: +75 % extra mortality, standard for the rest. We'd appreciate your view by 27 March – the client's partnership agreement is being signed on 1 April.

The medical evidence (GP report, lab results, ECG report) and our underwriting worksheet are in the attached ZIP; password by phone as usual.

""" + SIG["vahle"] + "\nRisk Assessment Life & Disability, Brückenthal Lebensversicherung AG\n\n" + FOOT_EN + "\n")
    lab = pdf([("h", "Laborbefund / Laboratory report"),
               "Patient: Hollenbeck, Johannes, geb. 03.11.1972 | Einsender: Dr. med. Eva Kortmann, Paderborn",
               "Entnahme: 24.02.2026 07:50 nüchtern",
               "HbA1c                6,9 %         (Ref. < 5,7)",
               "Glukose nüchtern     142 mg/dl     (Ref. 70–99)",
               "Cholesterin gesamt   212 mg/dl",
               "LDL                  128 mg/dl",
               "HDL                   46 mg/dl",
               "Triglyzeride         188 mg/dl",
               "Kreatinin            0,94 mg/dl    eGFR > 90",
               "Albumin/Kreatinin i.U.  18 mg/g   (Ref. < 30)",
               "GOT 28 U/l, GPT 41 U/l, GGT 52 U/l"], title="Laborbefund Hollenbeck", day=20, producer="LabOWL LIS 7.4")
    gp = pdf([("h", "Ärztlicher Bericht zum Versicherungsantrag"),
              "Antragsteller: Dr. Johannes Hollenbeck, geb. 03.11.1972",
              "Diagnosen: Diabetes mellitus Typ 2 (E11.9) seit 2019; arterielle Hypertonie (I10.90) seit 2021; Adipositas Grad I",
              "Medikation: Metformin 1000 mg 1-0-1; Ramipril 5 mg 1-0-0",
              "Verlauf: gute Stoffwechseleinstellung, keine Hypoglykämien, augenärztliche Kontrolle 01/2026 ohne Retinopathie.",
              "Ruhe-EKG 24.02.2026: Sinusrhythmus 68/min, Lagetyp normal, keine Erregungsrückbildungsstörungen.",
              "Familienanamnese: Vater Herzinfarkt mit 61 Jahren.",
              "Paderborn, 26.02.2026, Dr. med. Eva Kortmann, Fachärztin für Allgemeinmedizin"], title="Arztbericht Hollenbeck", day=20, producer="MediDok Praxis 12")
    ws = """field;value
application_no;26-RL-000917
applicant;Hollenbeck, Johannes
date_of_birth;1972-11-03
sum_insured_eur;1800000
retention_eur;750000
fac_share_eur;1050000
debit_diabetes_pct;50
debit_build_bp_pct;25
family_history_pct;0
total_extra_mortality_pct;75
underwriter;K. Vahle
"""
    z = zip_bytes([("Hollenbeck_Laborbefund_2026-02-24.pdf", lab), ("Hollenbeck_Arztbericht.pdf", gp),
                   ("UW_worksheet_26-RL-000917.csv", ws.encode("utf-8"))], day=20, hh=12, mm=40)
    attach_bytes(m, z, "application/zip", "FAC_26-RL-000917_evidence.zip")
    return m


@mail(94, "NORMAL", "en", "insurer-to-partner",
      "trap: anonymised large-loss list for the reinsurer with causes (stroke, cancer, accident) and age bands only; XLSX")
def m94():
    m = new("Thomas Beverungen <thomas.beverungen@%s>" % D,
            "Ingrid Solheim <ingrid.solheim@skagerrak-re.example>",
            "Large-loss list LQS-12 / ACC-S-07, 2025 – anonymised", hdate(20, 14, 30), mid(94))
    body(m, """Dear Ingrid,

as promised, the 2025 large-loss list for the life/health quota share and the accident surplus treaty. In line with the new treaty wording, it is anonymised: no names, no policy numbers, no exact dates – only a surrogate case ID, age band, gender, cause group and amounts. Cases in the same cause group with fewer than three claims are merged into "other".

Short overview:
- 17 life/BU claims above EUR 250k (2024: 14); main cause groups cancer (7), cardiovascular incl.
  stroke (5), mental disorders (3)
- 6 accident claims above EUR 100k, all traffic accidents, two with high disability degrees

Total ceded share: EUR 3.9m. Happy to walk your analysts through it next week.

""" + SIG["beverungen"] + "\n\n" + FOOT_EN + "\n")
    attach_bytes(m, xlsx([
        ("Life_BU_2025", [
            ["case_id", "treaty", "age_band", "gender", "cause_group", "benefit_type", "gross_amount_eur", "ceded_eur"],
            ["L25-001", "LQS-12", "50-54", "m", "cancer", "death", 420000, 126000],
            ["L25-002", "LQS-12", "45-49", "f", "cancer", "critical illness", 300000, 90000],
            ["L25-003", "LQS-12", "55-59", "m", "cardiovascular", "death", 510000, 153000],
            ["L25-004", "LQS-12", "40-44", "f", "mental disorders", "BU annuity (PV)", 612000, 183600],
            ["L25-005", "LQS-12", "35-39", "m", "mental disorders", "BU annuity (PV)", 734000, 220200],
            ["L25-006", "LQS-12", "60-64", "m", "cardiovascular", "death", 280000, 84000],
            ["L25-007", "LQS-12", "45-49", "m", "cancer", "death", 350000, 105000],
            ["L25-008", "LQS-12", "50-54", "f", "other", "BU annuity (PV)", 455000, 136500]]),
        ("Accident_2025", [
            ["case_id", "treaty", "age_band", "gender", "cause_group", "disability_pct_band", "gross_amount_eur", "ceded_eur"],
            ["A25-001", "ACC-S-07", "25-29", "m", "traffic", "50-74", 412000, 212000],
            ["A25-002", "ACC-S-07", "40-44", "f", "traffic", "75-100", 688000, 488000],
            ["A25-003", "ACC-S-07", "55-59", "m", "traffic", "25-49", 168000, 68000]])],
        author="Thomas Beverungen", day=20),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "LargeLoss_2025_anonymised.xlsx")
    return m


@mail(95, "NORMAL", "de", "internal",
      "trap: training material with anonymised health and BU case studies (diagnoses, fictitious persons); DOCX")
def m95():
    m = new("Jana Mertensmeier <jana.mertensmeier@%s>" % D,
            "Neue Kolleg*innen Leistung <onboarding-leistung@%s>" % D,
            "Unterlagen für den Einarbeitungstag am Dienstag – Fallbeispiele", hdate(20, 15, 20), mid(95),
            cc="\"Dr. Ulrike Sandfort\" <ulrike.sandfort@%s>" % D)
    body(m, """Hallo ihr Neuen,

für Dienstag (24.03., 9 Uhr, Raum 3.30) hier schon einmal die Fallbeispiele, die wir gemeinsam durchgehen. Alle Fälle sind frei erfunden bzw. so stark verändert, dass niemand wiederzuerkennen ist – Namen, Daten und Orte sind fiktiv. Trotzdem: bitte nicht außerhalb der Schulung weitergeben, damit niemand auf die Idee kommt, es seien echte Fälle.

Bitte lest die drei Fälle vorher durch und überlegt euch:
- Welche Unterlagen braucht ihr noch?
- Was ist medizinisch notwendig, was nicht?
- Wie formuliert ihr die Antwort an den Kunden verständlich?

Ulrike kommt um 11 Uhr dazu und erklärt die medizinischen Hintergründe.

Bis Dienstag!

""" + SIG["mertensmeier"] + "\n")
    attach_bytes(m, docx([
        ("h", "Einarbeitung Leistungsservice – Fallbeispiele (fiktiv)"),
        ("h", "Fall 1: Frau A. (fiktiv), 52 J., Tarif KomfortAmbulant 90"),
        "Eingereicht: Rechnung Orthopäde, Diagnose M54.5 (Kreuzschmerz), 6 x Akupunktur, Stoßwellentherapie. Frage: Welche Positionen sind erstattungsfähig? Analogbewertung GOÄ?",
        ("h", "Fall 2: Herr B. (fiktiv), 38 J., Krankentagegeld ab 43. Tag"),
        "AU wegen Burnout (Z73.0) bzw. depressiver Episode (F32.1). Der Kunde arbeitet nach eigenen Angaben stundenweise im Homeoffice. Frage: Besteht volle Arbeitsunfähigkeit?",
        ("h", "Fall 3: Kind C. (fiktiv), 9 J., DentPlus 90"),
        "Kieferorthopädischer Behandlungsplan, KIG 3, Kosten 4.200 €. Frage: Leistung laut Tarif, Höchstbeträge, Vorleistung GKV?",
        ("table", [["Fall", "Lernziel"], ["1", "GOÄ-Prüfung, Analogziffern"], ["2", "Begriff Arbeitsunfähigkeit"], ["3", "KIG-Einstufung, Begrenzungen"]]),
        "Lösungen werden in der Schulung besprochen."],
        author="Jana Mertensmeier", day=20),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Fallbeispiele_Einarbeitung_fiktiv.docx")
    return m


@mail(96, "NORMAL", "de", "newsletter",
      "trap: health newsletter to insured persons on check-ups, cancer screening and vaccinations; mass mailing, no person")
def m96():
    m = new("Brückenthal Gesundheit <gesundheit@news.brueckenthal.example>",
            "versicherte-kranken@news.brueckenthal.example",
            "Ihr Gesundheitsbrief im Frühling: Vorsorge, die sich lohnt", hdate(21, 9, 0), mid(96, "app", "news.brueckenthal.example"),
            extra=[("List-Unsubscribe", "<https://www.brueckenthal.example/newsletter/abmelden>"), ("Precedence", "bulk")])
    html_only(m, """<html><body style="font-family:Georgia,serif;color:#1d2b33;max-width:620px">
<h1 style="color:#0b4f6c;font-weight:normal">Ihr Gesundheitsbrief &ndash; Frühling 2026</h1>
<h2>Vorsorge: Welche Untersuchungen ab welchem Alter?</h2>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px">
<tr style="background:#e8eef1"><th>Untersuchung</th><th>empfohlen ab</th><th>Intervall</th></tr>
<tr><td>Gesundheits-Check-up</td><td>18 Jahre</td><td>einmal, ab 35 alle 3 Jahre</td></tr>
<tr><td>Hautkrebs-Screening</td><td>35 Jahre</td><td>alle 2 Jahre</td></tr>
<tr><td>Darmkrebsvorsorge (Darmspiegelung)</td><td>50 Jahre</td><td>2 x im Abstand von 10 Jahren</td></tr>
<tr><td>Mammographie-Screening</td><td>50 Jahre</td><td>alle 2 Jahre bis 75</td></tr>
<tr><td>Prostatakrebs-Früherkennung</td><td>45 Jahre</td><td>jährlich</td></tr>
</table>
<p>Gut zu wissen: Vorsorgeuntersuchungen nach den gesetzlich eingeführten Programmen erstatten wir in allen Kompakt- und Komforttarifen zu 100&nbsp;% &ndash; ohne Anrechnung auf Ihre Selbstbeteiligung und ohne Einfluss auf die Beitragsrückerstattung.</p>
<h2>Impfungen nicht vergessen</h2>
<p>Zeckensaison beginnt: Die FSME-Impfung wird für Ostwestfalen nicht generell empfohlen, wohl aber für Reisen nach Süddeutschland und Österreich. Ihr Impfpass ist veraltet? Fragen Sie in Ihrer Hausarztpraxis nach einem Check.</p>
<h2>Neu in der App</h2>
<p>Rechnungen und Rezepte einfach fotografieren &ndash; die Erstattung erfolgt im Schnitt in 4 Tagen.</p>
<p style="font-size:12px;color:#667">Sie erhalten diesen Newsletter, weil Sie ihn im Kundenportal abonniert haben. <a href="https://www.brueckenthal.example/newsletter/abmelden">Abmelden</a><br>
Brückenthal Krankenversicherung a.G. &middot; Brückenthaler Platz 1 &middot; 33102 Paderborn</p>
</body></html>
""")
    return m


@mail(97, "NORMAL", "de", "internal",
      "compliance reminder on gifts and invitations with value limits; no personal data")
def m97():
    m = new("Moritz Overbeck <moritz.overbeck@%s>" % D,
            "Alle Mitarbeitenden <alle-mitarbeitenden@%s>" % D,
            "Erinnerung: Geschenke und Einladungen – Ostern steht vor der Tür", hdate(23, 8, 15), mid(97))
    body(m, """Liebe Kolleginnen und Kollegen,

rund um Ostern erreichen uns erfahrungsgemäß wieder Präsentkörbe, Einladungen und Gutscheine von Maklern, Dienstleistern und Werkstätten. Kurz zur Erinnerung, was unsere Richtlinie "Zuwendungen" (Intranet > Compliance) vorsieht:

- Geschenke bis 35 € Wert (z. B. Schokolade, Kalender) dürfen angenommen werden, wenn sie nicht im Zusammenhang mit einer konkreten Entscheidung stehen.
- Alles darüber: bitte höflich ablehnen oder über die Compliance-Stelle melden. Präsentkörbe, die sich nicht zurückschicken lassen, landen beim Betriebsrestaurant-Team und werden verlost.
- Bargeld und Gutscheine: nie, auch nicht in kleiner Höhe.
- Einladungen zu Veranstaltungen mit fachlichem Bezug (z. B. Maklermessen) sind in Ordnung, wenn Reise und Übernachtung wir selbst bezahlen.
- Schadenregulierung und Einkauf: besonders sensibel. Bitte keine Einladungen von Werkstätten, Gutachtern, Handwerkern oder Lieferanten annehmen, mit denen ihr gerade zu tun habt.

Im Zweifel: kurze Mail an compliance@brueckenthal.example – wir antworten in der Regel am selben Tag.

Frohe Ostertage schon einmal!

""" + SIG["overbeck"] + "\n")
    return m


@mail(98, "CONFIDENTIAL", "en", "insurer-to-customer",
      "transit insurance for a named family's household move abroad: addresses, inventory values, premium; no health data")
def m98():
    m = new("Oliver Brinkhege <oliver.brinkhege@%s>" % D,
            "Ewan MacLeod <ewan.macleod@scotmail.example>",
            "Your removal to Edinburgh – transit insurance UG 96-0077-21 confirmed", hdate(23, 9, 30), mid(98),
            irt="<CAN3kP7=w2Q@scotmail.example>")
    body(m, """Dear Mr MacLeod,

thank you for the packing list from Weserland Umzüge. I confirm cover for your household removal:

  Insured:        Ewan and Ruth MacLeod
  From:           Kilianstraße 8, 33098 Paderborn
  To:             14 Comely Bank Row, Edinburgh EH4 1DR, United Kingdom
  Dates:          loading 7 April, delivery expected 10 April 2026
  Sum insured:    EUR 68,500 (household goods EUR 61,000 as per inventory, plus piano EUR 7,500)
  Cover:          all risks including breakage, door to door, incl. 30 days' storage in transit
  Excess:         EUR 250 per claim; breakage of items you packed yourselves is covered only for
                  damage visible on the outside of the box
  Premium:        EUR 479.50 (0.7 %), incl. insurance tax

Items on the inventory with a single value above EUR 2,500 (the piano, the antique writing desk and the painting by R. Hamsun) are covered only if the removal company wraps them; please make sure they do.

If anything is damaged, please note it on the delivery receipt before signing and send us photos within 10 days.

Have a good move!

""" + SIG["brinkhege"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(99, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
      "group accident insurance: named employee's fall at work, fractured vertebra, hospital stay; company HR quoted in German; mixed")
def m99():
    m = new("Ralf Engemann <ralf.engemann@%s>" % D,
            "Grace Ofori <grace.ofori@kroes-logistics.example>",
            "RE: Unfallmeldung Herr Mehmet Arslan – group accident policy GU 61-9004-02", hdate(23, 10, 50), mid(99),
            irt="<DB8PR09MB4410EE@kroes-logistics.example>")
    body(m, """Dear Ms Ofori,

thank you for reporting Mr Arslan's accident under your group accident policy GU 61-9004-02; we have opened claim U-2026-00688.

As your colleague's report below is in German, a short summary in English for your files: Mr Mehmet Arslan (warehouse, Hövelhof site) fell from a loading ramp on 18 March. He sustained a compression fracture of the first lumbar vertebra (L1) and was admitted to hospital for five days; he was discharged on 23 March with a back brace.

Under the group policy he is insured for hospital daily allowance (EUR 30 per day), a recovery benefit and, should a permanent impairment remain, a disability benefit. To pay the hospital allowance we need the hospital's discharge letter or a certificate of the inpatient stay. As these are medical documents, Mr Arslan may prefer to send them to us directly – he does not need to go through HR. I'll write to him separately.

Please note that this is an occupational accident, so you must also report it to the employers' liability insurance association (BG Verkehr) if he is off work for more than three days – our group policy pays in addition to the statutory benefits.

""" + SIG["engemann"] + "\n\n" + FOOT_EN + """

From: Grace Ofori <grace.ofori@kroes-logistics.example>
Sent: Friday, 20 March 2026 16:08
To: unfall-leistung@brueckenthal.example
Subject: Unfallmeldung Herr Mehmet Arslan – group accident policy GU 61-9004-02

Hello,
please find below the accident report from our site manager in Hövelhof. Please let me know what you need.
Grace Ofori, HR Business Partner, Kroes Logistics GmbH

---
Unfallmeldung Standort Hövelhof
Mitarbeiter: Mehmet Arslan, geb. 09.09.1981, Lagerist, Personalnr. 40217
Unfallzeit: 18.03.2026, 14:20 Uhr, Rampe 4
Hergang: Beim Zurücksetzen eines Hubwagens rückwärts von der Rampe gestürzt (ca. 1,20 m), auf den Rücken gefallen.
Verletzung: laut Krankenhaus Kompressionsfraktur LWK 1, stationär im Klinikum am Rosenberg.
Erste Hilfe: Ersthelfer vor Ort, RTW.
Zeugen: Dirk Wessel, Sandra Grüter
gez. Uwe Lütke-Wöstmann, Standortleitung
""")
    return m


@mail(100, "NORMAL", "de", "insurer-to-supplier",
      "trap: water damage in the insurer's own building affecting the company doctor's practice and medical archive room; no person")
def m100():
    m = new("Werner Schmitz <werner.schmitz@%s>" % D,
            "Notdienst Haustechnik Rehage <notdienst@rehage-haustechnik.example>",
            "Dringend: Wasserschaden 2. OG über Betriebsarztpraxis – Auftrag Leckortung und Trocknung", hdate(23, 12, 5), mid(100))
    body(m, """Hallo Herr Rehage,

wie eben telefonisch besprochen, der Auftrag schriftlich:

Am Wochenende ist im 2. OG (Teeküche, Raum 2.11) die Zuleitung der Spülmaschine undicht geworden. Das Wasser ist durch die Decke in die darunterliegende Betriebsarztpraxis (Räume 1.20–1.22) und in den kleinen Archivraum 1.24 gelaufen. Die Deckenplatten im Untersuchungsraum sind durchweicht, in 1.24 steht Wasser auf dem Boden.

Bitte heute noch:
1. Leckortung und Reparatur der Zuleitung in 2.11
2. Feuchtemessung Decke und Estrich in 1.20–1.24
3. Aufstellen von Trocknungsgeräten; Strom über die Steckdosen im Flur

Wichtig für Ihre Monteure: Die Betriebsarztpraxis enthält vertrauliche Unterlagen. Der Betriebsarzt räumt die Aktenschränke in 1.24 gerade selbst in einen trockenen Raum; bitte die Räume erst betreten, wenn ich oder er dabei sind. Die Sprechstunde fällt heute und morgen aus.

Die Geräte in der Praxis (Ultraschall, EKG) sind abgedeckt und sollen nicht bewegt werden.

Kostenübernahme erfolgt über unsere eigene Gebäudeversicherung; bitte Fotos und Messprotokoll mit der Rechnung einreichen. Auftragsnummer FM-2026-0347.

Ich bin unter 0171 5530 102 erreichbar.

""" + SIG["schmitz"] + "\n\n" + FOOT_ALLG + "\n")
    return m


@mail(101, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "BU follow-up review of a named recipient: current reports on multiple sclerosis G35, treatment, work situation")
def m101():
    m = new("Henrik Tölle <henrik.toelle@%s>" % D,
            "Stefanie Lakenbrink <s.lakenbrink@mailbox.example>",
            "Nachprüfung Ihrer Berufsunfähigkeitsrente – LV 7720-087-442", hdate(23, 13, 40), mid(101))
    body(m, """Sehr geehrte Frau Lakenbrink,

seit Oktober 2022 erhalten Sie aus Ihrer Berufsunfähigkeitsversicherung eine monatliche Rente von 1.150 €. Wir haben Ihre Berufsunfähigkeit damals wegen der schubförmig remittierenden Multiplen Sklerose (G35.1) mit Fatigue und Gangunsicherheit anerkannt.

Nach den Versicherungsbedingungen überprüfen wir in größeren Abständen, ob die Voraussetzungen weiterhin vorliegen. Das ist ein Routinevorgang und hat nichts mit einem konkreten Anlass zu tun. Bitte schicken Sie uns bis zum 30.04.2026:

1. einen aktuellen Befundbericht Ihres Neurologen (Dr. Kampmann) zu Krankheitsverlauf, Schüben seit 2024, aktueller Therapie (laut letztem Bericht Ocrelizumab) und EDSS-Wert – wir haben ihm das Formular bereits geschickt, Sie müssen es nur freigeben,
2. eine kurze Mitteilung, ob und in welchem Umfang Sie derzeit beruflich tätig sind, auch geringfügig oder ehrenamtlich.

Die Kosten für den ärztlichen Bericht übernehmen wir. Ihre Rente zahlen wir während der Prüfung selbstverständlich weiter.

""" + SIG["toelle"] + "\n\n" + FOOT_LEBEN + "\n")
    return m


@mail(102, "CONFIDENTIAL", "de", "insurer-to-customer",
      "windscreen claim of a named customer: partial cover, plate, direct billing with glazier, deductible")
def m102():
    m = new("Dennis Ostermeier <dennis.ostermeier@%s>" % D,
            "Rüdiger Schlepphorst <r.schlepphorst@landpost.example>",
            "Glasschaden PB-RS 280 – Freigabe Scheibentausch", hdate(23, 15, 10), mid(102),
            irt="<8a7b6c5d-4e3f-4a21-9b0c-d1e2f3a4b5c6@landpost.example>")
    body(m, """Hallo Herr Schlepphorst,

danke für die Fotos. Der Steinschlag sitzt mit knapp 2 cm direkt im Sichtfeld des Fahrers, eine Reparatur ist da leider nicht zulässig. Wir geben den Austausch der Frontscheibe an Ihrem Skoda Kodiaq (PB-RS 280) frei.

Schaden-Nr.: KS-2026-0331902
Vertrag: K 58-3340-617, Teilkasko mit 150 € Selbstbeteiligung

Wenn Sie zu unserem Partner Scheibenprofi Paderborn (Frankfurter Weg 40) gehen, rechnet die Werkstatt direkt mit uns ab und Sie zahlen dort nur Ihre Selbstbeteiligung; die Kamera für den Spurhalteassistenten wird dort gleich mit kalibriert. Termine gibt es meist innerhalb von zwei Tagen, auch mit Hol- und Bringservice.

Ein Teilkaskoschaden hat keinen Einfluss auf Ihren Schadenfreiheitsrabatt.

""" + SIG["ostermeier"] + "\n\n" + FOOT_ALLG + "\n")
    return m


@mail(103, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "rejection of naturopath invoice items for a named customer: diagnosis, treatments (ozone, bioresonance), amounts")
def m103():
    m = new("Jana Mertensmeier <jana.mertensmeier@%s>" % D,
            "Anja Wellmann <anja.wellmann@kundenmail.example>",
            "Ihre Heilpraktikerrechnung vom 02.03.2026 – teilweise Erstattung", hdate(23, 16, 25), mid(103))
    body(m, """Sehr geehrte Frau Wellmann,

vielen Dank für die Einreichung der Rechnung von Heilpraktikerin Frau Sabine Tönnies (Naturheilpraxis Bad Lippspringe) über 684,00 €.

Diagnose laut Rechnung: chronische Erschöpfung, Reizdarmsyndrom (K58.9), Verdacht auf Nahrungsmittelunverträglichkeit.

Erstattet haben wir (Tarif KomfortAmbulant 90, Heilpraktikerleistungen bis 1.000 € im Jahr nach GebüH):
- Anamnese und Untersuchung (GebüH 1, 4) 64,00 €
- Akupunktur, 4 Sitzungen (GebüH 21.2) 168,00 €
- Neuraltherapie, 2 Sitzungen 92,00 €
Erstattungsfähig 324,00 €, davon 90 % = 291,60 €

Nicht erstattet:
- Bioresonanztherapie (6 x 45 €): Diese Methode ist weder in der Schulmedizin noch in der Naturheilkunde als wirksam anerkannt; sie ist in Ihrem Tarif ausgeschlossen.
- Ozon-Eigenbluttherapie (2 x 45 €): Für diese Behandlung bei den genannten Diagnosen liegen keine ausreichenden Wirksamkeitsnachweise vor.

Sie haben in diesem Jahr noch 708,40 € Ihres Heilpraktiker-Budgets zur Verfügung.

Wenn Ihre Beschwerden anhalten, empfehlen wir eine gastroenterologische Abklärung; diese wäre vollständig erstattungsfähig.

""" + SIG["mertensmeier"] + "\n\n" + FOOT_KRANKEN + "\n")
    return m


@mail(104, "NORMAL", "de", "internal",
      "trap: data protection officer's monthly report with counts of access requests and misdirected benefit statements; no person")
def m104():
    m = new("\"Dr. Ines Falkenrath\" <ines.falkenrath@%s>" % D,
            "Vorstand <vorstand@%s>" % D,
            "Datenschutz-Monatsbericht Februar 2026", hdate(24, 8, 5), mid(104),
            cc="Moritz Overbeck <moritz.overbeck@%s>" % D)
    body(m, """Sehr geehrte Frau Dr. Regensberg, sehr geehrte Herren Vorstände,

anbei die Kennzahlen Datenschutz für Februar 2026:

                                              Feb 2026   Jan 2026   Ø 2025
Auskunftsersuchen Art. 15 DSGVO                     41         38       33
  davon Kranken/Leben (Gesundheitsdaten)             19         17       14
  fristgerecht beantwortet (1 Monat)              100 %       97 %     96 %
Löschersuchen Art. 17                               12          9       11
Datenschutzvorfälle intern gemeldet                  6          4        5
  davon Fehlversand (falscher Empfänger)             4          3        3
  davon meldepflichtig nach Art. 33                  1          0     0,4
Beschwerden bei der Aufsichtsbehörde                 1          0     0,3

Zum meldepflichtigen Vorfall: Eine Leistungsabrechnung der Krankenversicherung ging wegen eines Zahlendrehers in der Hausnummer per Post an einen Nachbarn. Die Meldung an die LDI NRW ist fristgerecht erfolgt, die betroffene Person wurde informiert. Als Maßnahme prüfen wir eine Adressvalidierung vor dem Druck.

Die Beschwerde bei der Aufsichtsbehörde betrifft eine verspätete Auskunft aus Dezember; die Stellungnahme ist abgegeben.

Schulungen: Die Auffrischung "Gesundheitsdaten im E-Mail-Verkehr" findet am 19.03. statt (ca. 240 Teilnehmende erwartet).

""" + SIG["falkenrath"] + "\n")
    return m


@mail(105, "CONFIDENTIAL", "de", "insurer-to-customer",
      "data subject access response: body names no contract; the PDF holds the named customer's birth date, address, motor/property contracts and IBAN")
def m105():
    m = new("Datenschutz Brückenthal <datenschutz@%s>" % D,
            "Frederik Nüßing <frederik.nuessing@posteo-mail.example>",
            "Ihre Anfrage nach Art. 15 DSGVO vom 26.02.2026", hdate(24, 9, 10), mid(105),
            irt="<c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f@posteo-mail.example>")
    body(m, """Sehr geehrter Herr Nüßing,

vielen Dank für Ihre Anfrage. Wie von Ihnen gewünscht, erhalten Sie die Auskunft über die bei uns gespeicherten Daten als PDF per E-Mail.

Das Dokument enthält eine Übersicht der zu Ihrer Person gespeicherten Stammdaten, Verträge, Zahlungsdaten und Kontakte der letzten drei Jahre sowie Angaben zu Zwecken, Empfängern und Speicherdauer.

Wenn Sie Fragen zur Auskunft haben oder eine Berichtigung wünschen, antworten Sie einfach auf diese E-Mail.

""" + SIG["falkenrath"] + "\n\n" + FOOT_ALLG + "\n")
    attach_bytes(m, pdf([("h", "Auskunft nach Art. 15 DSGVO – Brückenthal Versicherungsgruppe"),
                         "Betroffene Person: Frederik Nüßing | Anfrage vom 26.02.2026 | Auskunft vom 24.03.2026",
                         ("h", "1. Stammdaten"),
                         "Name: Frederik Nüßing | Geburtsdatum: 17.01.1979 | Geburtsort: Lippstadt",
                         "Anschrift: Hatzfelder Straße 31, 33104 Paderborn | Telefon: 0157 32281904",
                         "E-Mail: frederik.nuessing@posteo-mail.example | Familienstand: verheiratet",
                         ("h", "2. Verträge"),
                         "Kfz-Versicherung K 58-2207-318 (Audi A4 Avant, PB-FN 1979), seit 01.01.2019, SF 14",
                         "Hausratversicherung HR 3301-31870, Hatzfelder Straße 31, Versicherungssumme 72.000 €",
                         "Privathaftpflicht PHV 70-2298-11, Familientarif",
                         "Rechtsschutz RS 40-5512-009, Privat, Beruf, Verkehr",
                         ("h", "3. Zahlungsdaten"),
                         "SEPA-Mandat BT-K-2207318-01, IBAN DE54 4747 2601 0000 8855 16, Kontoinhaber Frederik Nüßing",
                         ("h", "4. Schäden"),
                         "KS-2023-0192231 Parkschaden (Kfz-Haftpflicht), reguliert 1.840,50 €",
                         "RS-2024-00871 Verkehrs-OWi (Rechtsschutz), Anwaltskosten 612,00 €",
                         ("h", "5. Zwecke, Empfänger, Speicherdauer"),
                         "Vertragsdurchführung, Schadenbearbeitung, gesetzliche Aufbewahrung (HGB/AO: 6 bzw. 10 Jahre).",
                         "Empfänger: Rückversicherer (nur bei Großschäden), Dienstleister (Druck, IT) als Auftragsverarbeiter, HIS-Meldung: keine."],
                        title="Auskunft Art. 15 DSGVO", day=24), "application/pdf", "Auskunft_Art15_DSGVO_2026-03-24.pdf")
    return m


@mail(106, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only hospital daily allowance statement for a named customer: inpatient stay, diagnosis, daily rate table")
def m106():
    m = new("Leistungsservice Kranken <leistung-kranken@%s>" % D,
            "Friedrich Tappe <f.tappe@senioren-post.example>",
            "Ihre Abrechnung Krankenhaustagegeld – Beleg 2026-03-0141172", hdate(24, 10, 30), mid(106, "app", "helix.brueckenthal.example"))
    html_only(m, """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrter Herr Tappe,</p>
<p>für Ihren Krankenhausaufenthalt haben wir Krankenhaustagegeld aus Ihrem Tarif KT-Stationär 50 abgerechnet:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e8eef1"><th>Versicherte Person</th><td>Friedrich Tappe, geb. 08.02.1949</td></tr>
<tr><th>Vertrag</th><td>KV 310-205 118-6</td></tr>
<tr><th>Krankenhaus</th><td>Klinikum am Rosenberg, Paderborn – Kardiologie</td></tr>
<tr><th>Aufenthalt</th><td>02.03.2026 bis 11.03.2026 (10 Tage)</td></tr>
<tr><th>Diagnose</th><td>I48.1 Vorhofflimmern, persistierend; elektrische Kardioversion, Einstellung auf Apixaban</td></tr>
<tr><th>Tagessatz</th><td>50,00 &euro;</td></tr>
<tr><th>Auszahlung</th><td><b>500,00 &euro;</b></td></tr>
</table>
<p>Der Betrag wird in den nächsten Tagen auf Ihr Konto überwiesen. Die Krankenhausrechnung selbst rechnet die Klinik direkt mit uns ab.</p>
<p>Wir wünschen Ihnen weiterhin gute Besserung.</p>
<p>Mit freundlichen Grüßen<br>Ihr Leistungsservice Krankenversicherung</p>
<p style="font-size:11px;color:#777">Brückenthal Krankenversicherung a.G. &middot; Brückenthaler Platz 1 &middot; 33102 Paderborn &middot; Amtsgericht Paderborn HRB 6030</p>
</body></html>
""")
    return m


@mail(107, "NORMAL", "en", "insurer-to-broker",
      "technical notice to brokers and software vendors about a BiPRO API change; no personal data")
def m107():
    m = new("Brückenthal Broker API <broker-api@%s>" % D,
            "Broker software partners <mvp-partner@%s>" % D,
            "BiPRO 430 broker post API – new endpoint version on 20 April, old version retired 30 June", hdate(24, 11, 15), mid(107))
    body(m, """Dear partners,

this notice goes to all broker firms and broker-management-software (MVP) vendors using our BiPRO 430 interface for electronic broker post.

What changes
- New version 430.4.6 of the transfer service at https://bipro.brueckenthal.example/430/v46
  goes live on 20 April 2026. Test environment available from today:
  https://bipro-test.brueckenthal.example/430/v46
- Documents are delivered with the new category codes for "Leistungsabrechnung Kranken" and
  "Nachtrag Leben". Please map them in your software; unknown categories are delivered as
  "Sonstiges" until 30 June.
- Authentication: client certificates only; username/password login via STS ends on 30 June.
- Rate limit: 120 requests per minute per partner firm.

What you need to do
1. Download the updated WSDL and the category list from the partner portal.
2. Test with your firm's test user; firm administrators can create it in the portal under
   "Users & rights".
3. Switch production before 30 June.

Technical questions: broker-api@brueckenthal.example. Please do not send customer data or
screenshots with customer data to this address – use ticket IDs instead.

Brückenthal Broker API Team

""" + FOOT_EN + "\n")
    return m


@mail(108, "CONFIDENTIAL", "en", "broker",
      "London broker's yacht submission for a named private owner (address, hull value, claims) forwarded internally with a German note")
def m108():
    m = new("Oliver Brinkhege <oliver.brinkhege@%s>" % D,
            "Svenja Amelunxen <svenja.amelunxen@%s>" % D,
            "WG: New business – private yacht \"Seeschwalbe\" – Mr K. Rehbein", hdate(24, 13, 0), mid(108))
    body(m, """Hi Svenja,

kannst du die Yacht von Herrn Rehbein bitte übernehmen? Ich bin ab Donnerstag bis Ostern im Urlaub und Harriet möchte bis 3. April quotiert haben. Vorschaden 2024 ist geklärt (Propeller, EUR 4,200), sonst sauber. Mit Blick auf den Skipper-Schein sehe ich keine Probleme.

Danke!
Oliver

""" + SIG["brinkhege"] + """

From: Harriet Cole <h.cole@pellworth.example>
Sent: Tuesday, 24 March 2026 11:26
To: Oliver Brinkhege <oliver.brinkhege@brueckenthal.example>
Subject: New business – private yacht "Seeschwalbe" – Mr K. Rehbein

Hi Oliver,

new one for you – a private client of ours who lives in Germany and keeps his boat in Kiel:

  Owner:          Konstantin Rehbein, Fürstenweg 112, 33102 Paderborn
  Vessel:         "Seeschwalbe", Hallberg-Rassy 412, built 2019, HIN SE-HRY41219K819
  Hull & machinery value: EUR 485,000 agreed value
  Home port:      Kiel-Schilksee; cruising area Baltic incl. Norway and Sweden
  Skipper:        owner, SKS licence since 2006, offshore experience
  Claims:         2024 propeller damage (grounding), EUR 4,200
  Current insurer: expiring 14 April, no renewal offered (portfolio exit)
  Wanted:         hull all risks, third-party liability EUR 5m, personal effects EUR 15,000

Could you quote by 3 April?

Thanks,
Harriet

Harriet Cole | Account Executive, Cargo
Pellworth & Grange Ltd | 40 Lime Street | London EC3M 7AW
""")
    return m


@mail(109, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "short reply confirming reimbursement for a named customer's hearing aids; hearing loss diagnosis in the quoted customer mail")
def m109():
    m = new("Jana Mertensmeier <jana.mertensmeier@%s>" % D,
            "Hannelore Schürmann <hannelore.schuermann@t-net.example>",
            "AW: Rechnung Hörgeräte", hdate(24, 14, 45), mid(109),
            irt="<002a01dcbb10$3f4e5d60$bd5f1820$@t-net.example>")
    body(m, """Sehr geehrte Frau Schürmann,

die Rechnung ist geprüft: Wir erstatten 2.480,00 € (80 % von 3.100,00 €, Hilfsmittel-Höchstsatz nicht überschritten). Das Geld ist morgen auf Ihrem Konto.

""" + SIG["mertensmeier"] + """

-----Ursprüngliche Nachricht-----
Von: Hannelore Schürmann <hannelore.schuermann@t-net.example>
Gesendet: Sonntag, 22. März 2026 16:12
An: leistung-kranken@brueckenthal.example
Betreff: Rechnung Hörgeräte

Sehr geehrte Damen und Herren,

anbei schicke ich die Rechnung vom Hörakustiker Becker für meine beiden neuen Hörgeräte (3.100 Euro). Der HNO-Arzt Dr. Wiemers hat eine beidseitige Innenohrschwerhörigkeit festgestellt (die Verordnung lag Ihnen schon vor), das alte Gerät war 7 Jahre alt und ging nicht mehr richtig.

Meine Versicherungsnummer ist KV 310-044 902-5.

Mit freundlichen Grüßen
Hannelore Schürmann
""" + "\n" + FOOT_KRANKEN + "\n")
    return m


@mail(110, "CONFIDENTIAL", "de", "insurer-to-customer",
      "offer to add natural-hazard cover for a named customer's house: address, flood zone, premium surcharge")
def m110():
    m = new("Melanie Dreier <melanie.dreier@%s>" % D,
            "Gudrun und Wilhelm Brakmann <brakmann.gw@kabelmail.example>",
            "Angebot Elementarschutz für Ihr Haus An der Alme 5 – Vertrag WG 4471-090217", hdate(24, 16, 10), mid(110),
            irt="<77a8b9c0-d1e2-4f3a-8b4c-5d6e7f8a9b0c@kabelmail.example>")
    body(m, """Sehr geehrte Frau Brakmann, sehr geehrter Herr Brakmann,

nach dem Sturm im Februar hatten Sie gefragt, ob Sie Ihr Haus auch gegen Hochwasser und Starkregen versichern können. Das ist möglich; hier unser Angebot zur Erweiterung Ihrer Wohngebäudeversicherung WG 4471-090217:

Versicherungsort: An der Alme 5, 33142 Büren
Einstufung: ZÜRS-Gefährdungsklasse 2 (Hochwasser statistisch seltener als einmal in 10 Jahren, aber häufiger als einmal in 100 Jahren); Starkregengefährdung mittel
Baustein: weitere Elementargefahren (Überschwemmung, Rückstau, Starkregen, Erdrutsch, Schneedruck)
Selbstbeteiligung: 10 % des Schadens, mindestens 500 €, höchstens 5.000 €
Mehrbeitrag: 212,40 € jährlich (bisheriger Jahresbeitrag 836,70 €, neu 1.049,10 €)

Voraussetzung ist eine funktionierende Rückstauklappe im Keller. Nach Ihrer Mail wurde sie 2021 eingebaut – bitte bestätigen Sie uns kurz, dass sie regelmäßig gewartet wird.

Der Schutz beginnt nach einer Wartezeit von einem Monat, wenn Sie bis 31.03. zusagen also am 01.05.2026.

""" + SIG["dreier"] + "\n\n" + FOOT_ALLG + "\n")
    return m


@mail(111, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motor liability claim caused by a named customer: other party's car damage paid, no-claims downgrade; nobody injured")
def m111():
    m = new("Sabine Quast <sabine.quast@%s>" % D,
            "Leonie Krügerhaus <leonie.kruegerhaus@mailbox.example>",
            "Ihr Unfall vom 27.02.2026 – Regulierung des Fremdschadens KS-2026-0302291", hdate(25, 8, 40), mid(111))
    body(m, """Sehr geehrte Frau Krügerhaus,

wir haben den Schaden der Unfallgegnerin jetzt abschließend reguliert und möchten Sie darüber informieren.

Unfall: 27.02.2026, Kreuzung Bahnhofstraße/Westernstraße in Paderborn. Sie sind mit Ihrem Mini Cooper (PB-LK 712) beim Linksabbiegen mit dem entgegenkommenden Fahrzeug von Frau Heike Bultmann (Opel Astra) zusammengestoßen. Nach Polizeibericht und Ihren eigenen Angaben hatte Frau Bultmann Vorfahrt. Verletzt wurde zum Glück niemand.

Gezahlt haben wir aus Ihrer Kfz-Haftpflichtversicherung (Vertrag K 58-3007-904):
- Reparaturkosten Opel Astra laut Gutachten        5.912,40 €
- Gutachterkosten                                    648,00 €
- Nutzungsausfall 9 Tage à 43 €                      387,00 €
- Kostenpauschale                                     25,00 €
Summe                                              6.972,40 €

Den Schaden an Ihrem eigenen Wagen hatten Sie nicht über die Vollkasko gemeldet.

Folge für Ihren Vertrag: Zum 01.01.2027 wird Ihre Kfz-Haftpflicht von SF 7 auf SF 3 zurückgestuft. Der Beitrag steigt dann voraussichtlich um rund 190 € im Jahr. Sie können die Rückstufung vermeiden, wenn Sie uns die 6.972,40 € innerhalb von sechs Monaten erstatten. Sagen Sie uns gern Bescheid, wenn wir Ihnen das genau durchrechnen sollen.

""" + SIG["quast"] + "\n\n" + FOOT_ALLG + "\n")
    return m


@mail(112, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health claim: named customer's ureteral stone N20.1 treated in a US hospital (CT, ureteroscopy, stent), bills settled")
def m112():
    m = new("Priya Raghunathan <priya.raghunathan@%s>" % D,
            "Megan Porter <megan.porter@usmail.example>",
            "Your travel health claim RK-2026-01177 – Orlando Medical Pavilion", hdate(25, 9, 55), mid(112),
            irt="<CADz3=Lm8pQ1@usmail.example>")
    body(m, """Dear Ms Porter,

I have good news on your claim under your annual travel health insurance (policy RK 14-2208-339).

The documents from Orlando Medical Pavilion confirm that you were admitted to the emergency department on 27 February 2026 with severe flank pain. A CT scan showed a 7 mm stone in the left ureter (kidney stone, ICD-10 N20.1). You were treated with pain relief and an ureteroscopic stone removal on 28 February, and discharged on 1 March with a stent that was removed in Paderborn on 12 March.

  Hospital bill (ER, CT, OR, 2 nights)           USD 18,420.00
  Urologist fee                                   USD  2,960.00
  Anaesthesia                                     USD  1,140.00
  Pharmacy (oral analgesics, tamsulosin)          USD     86.40
  Total                                           USD 22,606.40

Our assistance partner negotiated the hospital bill down to USD 11,280.00 and paid it directly. The urologist and anaesthesia fees you paid by credit card are reimbursed in full: EUR 3,815.27 at the exchange rate of the day of payment. The stent removal in Germany falls under your regular health insurance, not the travel policy.

Nothing is left for you to pay. If you receive any further bills from the US, please don't pay them – just forward them to me.

""" + SIG["raghunathan"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(113, "NORMAL", "en", "internal",
      "facilities notice on car park closure and EV charging; no personal data")
def m113():
    m = new("Werner Schmitz <werner.schmitz@%s>" % D,
            "All staff <alle-mitarbeitenden@%s>" % D,
            "Car park P1 closed 30 March – 3 April (EV chargers being installed) / Tiefgarage P1 gesperrt", hdate(25, 10, 35), mid(113))
    body(m, """Dear colleagues / liebe Kolleginnen und Kollegen,

from Monday 30 March to Friday 3 April the underground car park P1 will be closed while 24 new EV charging points are installed.

  - Please use P2 (Rathenaustraße) or P3 (behind the canteen) during that week.
  - Reserved disabled parking spaces are moved to P2, level 0, next to the lift.
  - Bicycle cage in P1 stays accessible via the stairs from the main entrance.
  - Cars still in P1 on Monday morning at 6:00 will be towed to P3 (free of charge).

From 7 April you can charge at work for EUR 0.32/kWh using your employee ID card.

Questions: facility@brueckenthal.example

""" + SIG["schmitz"] + "\n")
    return m


@mail(114, "CONFIDENTIAL", "en", "internal",
      "HR letter to a named employee on her salary increase and bonus: old and new gross salary")
def m114():
    m = new("Maja Lindqvist <maja.lindqvist@%s>" % D,
            "Sina Hartmann <sina.hartmann@%s>" % D,
            "Your salary from 1 April 2026", hdate(25, 11, 50), mid(114),
            extra=[("Sensitivity", "Private")])
    body(m, """Dear Sina,

following your review with Rahul, I'm happy to confirm the following changes to your employment contract as of 1 April 2026:

  Position:               Senior Software Engineer, Claims Platform (previously Software Engineer)
  Salary group (PVT):     tariff group 8 -> above-tariff contract
  Annual gross salary:    EUR 72,000 (previously EUR 68,400), paid in 13 instalments
  Variable bonus target:  10 % of annual salary (previously 8 %)
  Working hours:          39 h/week, unchanged

The one-off bonus for 2025 of EUR 4,150 will be paid with the April payroll.

The formal contract amendment will be in your personal inbox in the HR portal this week; please sign it there electronically.

Congratulations, and thank you for the great work on the payout module!

""" + SIG["lindqvist"] + "\n")
    return m


@mail(115, "STRICTLY_CONFIDENTIAL", "en", "internal",
      "HR informs a manager about a named employee's pregnancy, due date and maternity protection restrictions")
def m115():
    m = new("Maja Lindqvist <maja.lindqvist@%s>" % D,
            "Rahul Menon <rahul.menon@%s>" % D,
            "Chiara – maternity protection, please read before Thursday", hdate(25, 13, 15), mid(115),
            extra=[("Sensitivity", "Confidential")])
    body(m, """Hi Rahul,

Chiara Benedetti told us on Monday that she is pregnant and has given her consent for me to inform you as her manager. She would like to tell the team herself next week, so please keep it to yourself until then.

What this means under the Maternity Protection Act:
- Expected due date is 22 August 2026; the protection period starts six weeks before, on 11 July.
  Her last working day will therefore be 10 July.
- From now on: no night work and no work after 20:00, so please take her off the on-call rota
  for production incidents immediately.
- Her doctor has confirmed she can keep working normally otherwise. She may need time for
  check-ups; these count as working time.
- Our occupational physician will do the risk assessment for her workplace this week (it's a
  desk job, so this should be quick).

Let's talk on Thursday about her handover plan and whether we need an interim replacement for the release management.

Best,
Maja

""" + SIG["lindqvist"] + "\n")
    return m


@mail(116, "NORMAL", "de", "insurer-to-partner",
      "distribution cooperation draft with a savings bank (commission rates, products); company data only; ODT")
def m116():
    m = new("Frank Iking <frank.iking@%s>" % D,
            "Jörn Niggemann <joern.niggemann@sparkasse-pader.example>",
            "Kooperation Sachversicherung – Vertragsentwurf Version 2", hdate(25, 14, 40), mid(116),
            cc="Moritz Overbeck <moritz.overbeck@%s>" % D)
    body(m, """Hallo Herr Niggemann,

anbei die überarbeitete Fassung unserer Kooperationsvereinbarung (als ODT, weil Ihre IT keine Makros in Word-Dateien durchlässt). Die Änderungen gegenüber Version 1:

- § 3: Provisionssätze für Hausrat und Wohngebäude wie besprochen 20 % Abschluss + 5 % Bestand
- § 5: Schadenmeldungen nehmen Ihre Berater nur entgegen und leiten sie über unser Schadenportal weiter; eine Regulierung durch die Sparkasse findet nicht statt
- § 7: Datenschutz – die Sparkasse ist für die Beratung eigenständig Verantwortliche, für die Vertragsverwaltung sind wir es; es gibt keinen Datenaustausch außer dem Antrag

Herr Overbeck aus unserem Rechtsbereich hat den Entwurf freigegeben. Wenn Ihr Vorstand zustimmt, könnten wir zum 01.06. starten.

""" + SIG["iking"] + "\n\n" + FOOT_ALLG + "\n")
    attach_bytes(m, odt([
        "Kooperationsvereinbarung Sachversicherung – Entwurf Version 2 (25.03.2026)",
        "zwischen der Brückenthal Allgemeine Versicherung AG, Paderborn, und der Sparkasse an der Pader, Paderborn",
        "§ 1 Gegenstand: Die Sparkasse vermittelt Hausrat-, Wohngebäude-, Privathaftpflicht- und Fahrradversicherungen der Brückenthal an ihre Privatkundinnen und Privatkunden.",
        "§ 2 Produkte: Hausrat Komfort, Wohngebäude Premium, PHV Komfort, Fahrrad Plus.",
        "§ 3 Vergütung: Abschlussprovision 20 % des ersten Jahresnettobeitrags; Bestandsprovision 5 % p. a.; Stornohaftung 24 Monate.",
        "§ 4 Schulung: Brückenthal schult die Beraterinnen und Berater der Sparkasse (IDD-Weiterbildung, 15 Stunden p. a.).",
        "§ 5 Schadenmeldungen: Die Sparkasse nimmt Schadenmeldungen entgegen und leitet sie unverzüglich über das Schadenportal weiter.",
        "§ 6 Werbung: Gemeinsame Werbemaßnahmen bedürfen der Zustimmung beider Parteien.",
        "§ 7 Datenschutz: Jede Partei ist für ihre Verarbeitung eigenständig verantwortlich.",
        "§ 8 Laufzeit: Beginn 01.06.2026, Kündigung mit sechs Monaten zum Jahresende."], day=25),
        "application/vnd.oasis.opendocument.text", "Kooperation_Sparkasse_Sach_v2.odt")
    return m


@mail(117, "CONFIDENTIAL", "en", "insurer-to-customer",
      "hit-and-run damage to a named customer's parked car: comprehensive claim, plate, police reference; nobody hurt")
def m117():
    m = new("Dennis Ostermeier <dennis.ostermeier@%s>" % D,
            "Declan Murphy <declan.murphy@irishpost.example>",
            "Your claim KS-2026-0334478 – parked car damaged by unknown driver", hdate(25, 16, 20), mid(117),
            irt="<CAG1e9Tk+N4w@irishpost.example>")
    body(m, """Dear Mr Murphy,

thank you for reporting the damage to your Toyota Corolla (PB-DM 355). You found the car damaged on the morning of 21 March in the public car park at Maspernplatz; the driver responsible left without leaving their details. You reported it to the police (reference 2026-PB-018803). Nobody was hurt.

As the driver is unknown, we settle the damage under your comprehensive cover (Vollkasko, contract K 58-3122-770, excess EUR 300):

  Repair estimate, Autohaus Senne (rear door and wing, left)   EUR 2,340.00
  less excess                                                  EUR  -300.00
  Payment after repair                                         EUR 2,040.00

Please note that a comprehensive claim will move your no-claims class for comprehensive cover from SF 6 to SF 3 from 1 January 2027. If the police find the other driver, we will claim the amount from their insurer and your no-claims class stays as it is.

You may go ahead with the repair. Please send us the final invoice.

""" + SIG["ostermeier"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(118, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "child accident insurance: named 8-year-old's dental trauma (two incisors lost), treatment plan, benefits")
def m118():
    m = new("Ralf Engemann <ralf.engemann@%s>" % D,
            "Carolin Diekmann <carolin.diekmann@familienpost.example>",
            "Unfall Ihres Sohnes Luca am 14.03.2026 – Kinderunfallversicherung KU 62-4410-31", hdate(26, 8, 25), mid(118),
            irt="<0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e@familienpost.example>")
    body(m, """Sehr geehrte Frau Diekmann,

vielen Dank für Ihre Unfallmeldung und den Bericht der Kinderzahnärztin. Es tut mir leid, dass Luca so einen Schreck hatte.

Zum Unfall: Luca (8 Jahre) ist am 14.03.2026 auf dem Spielplatz an der Pader vom Klettergerüst gefallen und mit dem Gesicht auf die Einfassung gestürzt. Dabei wurden die beiden oberen mittleren Schneidezähne (11 und 21, bleibende Zähne) vollständig ausgeschlagen; Zahn 21 konnte replantiert werden, Zahn 11 war nicht mehr auffindbar. Außerdem eine Platzwunde an der Oberlippe, die genäht wurde.

Aus der Kinderunfallversicherung Ihres Sohnes leisten wir:
- Unfall-Sofortleistung bei Zahnverlust: 1.000 € (zahlen wir diese Woche)
- Kosmetische Operationen und Zahnersatz nach Unfall: bis 10.000 €, soweit nicht die Krankenkasse zahlt. Bei Kindern wird ein endgültiger Zahnersatz (Implantat) meist erst nach Abschluss des Kieferwachstums gemacht; bis dahin ist eine Kinderprothese oder ein kieferorthopädischer Lückenhalter üblich. Bitte schicken Sie uns jeweils den Heil- und Kostenplan, bevor die Behandlung beginnt.
- Invaliditätsleistung: Ein Zahnverlust führt nach den Bedingungen nicht zu einer Invalidität; sollte die Lippennarbe bleibend entstellend sein, prüfen wir das nach einem Jahr erneut.

Die Leistungen der gesetzlichen Krankenkasse (Luca ist über Sie familienversichert) gehen vor; wir übernehmen den verbleibenden Eigenanteil.

Gute Besserung für Luca!

""" + SIG["engemann"] + "\n\n" + FOOT_ALLG + "\n")
    return m


@mail(119, "NORMAL", "de", "internal",
      "trap: office move of the life/BU department with locked boxes for medical files; logistics only, no person")
def m119():
    m = new("Werner Schmitz <werner.schmitz@%s>" % D,
            "Abteilung Leben und BU <leben-bu-alle@%s>" % D,
            "Umzug ins 4. OG am 2./3. April – Ablauf und Kisten", hdate(26, 9, 40), mid(119),
            cc="Henrik Tölle <henrik.toelle@%s>" % D)
    body(m, """Hallo zusammen,

jetzt ist es so weit: Leben und BU ziehen am Donnerstag/Freitag, 2./3. April, vom 3. ins 4. OG. Damit es reibungslos klappt:

Kisten
- Die Umzugskisten werden am Montag, 30.03., auf die Flure gestellt (pro Person 8 Stück + 2 Sicherheitskisten mit Plombe).
- Alles, was Leistungsakten, Arztberichte, Gutachten oder Antragsunterlagen enthält, kommt ausschließlich in die grauen Sicherheitskisten. Die Kisten werden mit Plombe verschlossen und nur mit der Kistennummer beschriftet – bitte keine Namen, Vertragsnummern oder "BU-Fälle" außen drauf.
- Die Plombennummern tragt ihr bitte in die Liste ein, die bei Henrik liegt. Beim Auspacken prüfen wir, ob alle Plomben unversehrt sind.

Ablauf
- Donnerstag ab 14 Uhr: PCs abbauen (macht die IT), Kisten packen bis 16 Uhr.
- Freitag 7–12 Uhr: Transport durch die Firma Weserland Umzüge; die Sicherheitskisten transportiert unsere Haustechnik selbst.
- Freitag ab 13 Uhr: Auspacken, PCs laufen ab 14 Uhr wieder.

Telefone ziehen mit, Durchwahlen bleiben gleich. Die Sitzplanung hängt im Teams-Kanal.

""" + SIG["schmitz"] + "\n")
    return m


@mail(120, "CONFIDENTIAL", "de", "insurer-to-customer",
      "confirmation of a new SEPA mandate for a named customer: IBAN, bank, mandate reference, buildings policy")
def m120():
    m = new("Beitragsinkasso Brückenthal <inkasso@%s>" % D,
            "Oliver Kampmann <oliver.kampmann@web-post.example>",
            "Bestätigung Ihres neuen SEPA-Lastschriftmandats", hdate(26, 10, 15), mid(120, "app", "inkasso.brueckenthal.example"))
    text = """Sehr geehrter Herr Kampmann,

vielen Dank für die Änderung Ihrer Bankverbindung über das Kundenportal. Wir bestätigen Ihnen das neue SEPA-Lastschriftmandat:

Vertrag:            Wohngebäudeversicherung WG 4471-155203
Kontoinhaber:       Oliver Kampmann
IBAN:               DE61 4807 0000 0019 2733 04
Mandatsreferenz:    BT-WG-155203-03
Gläubiger-ID:       DE44BTV00000412233
Gültig ab:          01.04.2026

Der nächste Beitrag (Jahresbeitrag 742,30 EUR) wird zum 01.04.2026 von diesem Konto eingezogen. Das bisherige Mandat BT-WG-155203-02 ist damit erloschen.

Sie haben die Änderung nicht veranlasst? Dann rufen Sie uns bitte sofort an: 05251 8830-2200.

Mit freundlichen Grüßen
Beitragsinkasso
Brückenthal Allgemeine Versicherung AG
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrter Herr Kampmann,</p>
<p>vielen Dank für die Änderung Ihrer Bankverbindung über das Kundenportal. Wir bestätigen Ihnen das neue SEPA-Lastschriftmandat:</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Vertrag:</td><td>Wohngebäudeversicherung WG 4471-155203</td></tr>
<tr><td>Kontoinhaber:</td><td>Oliver Kampmann</td></tr>
<tr><td>IBAN:</td><td>DE61 4807 0000 0019 2733 04</td></tr>
<tr><td>Mandatsreferenz:</td><td>BT-WG-155203-03</td></tr>
<tr><td>Gläubiger-ID:</td><td>DE44BTV00000412233</td></tr>
<tr><td>Gültig ab:</td><td>01.04.2026</td></tr></table>
<p>Der nächste Beitrag (Jahresbeitrag 742,30 EUR) wird zum 01.04.2026 von diesem Konto eingezogen. Das bisherige Mandat BT-WG-155203-02 ist damit erloschen.</p>
<p><b>Sie haben die Änderung nicht veranlasst?</b> Dann rufen Sie uns bitte sofort an: 05251 8830-2200.</p>
<p>Mit freundlichen Grüßen<br>Beitragsinkasso<br>Brückenthal Allgemeine Versicherung AG</p>
</body></html>
"""
    body(m, text, html=html)
    return m


@mail(121, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
      "life insurance applicant asked about disclosed depression and thyroid treatment; medical questions")
def m121():
    m = new("Kerstin Vahle <kerstin.vahle@%s>" % D,
            "Arjun Mehta <arjun.mehta@techmail.example>",
            "Your term life application 26-RL-001042 – two questions about your health declaration", hdate(26, 11, 30), mid(121))
    body(m, """Dear Mr Mehta,

thank you for your application for term life insurance (sum insured EUR 400,000, 25 years). Before we can make a decision, I need a little more information on two points from your health declaration:

1. You stated that you received treatment for a depressive episode in 2022. Could you tell us:
   - the period of treatment and whether it was outpatient or inpatient,
   - which medication you took and whether you still take it,
   - whether there were any periods of sick leave and, if so, how long,
   - the name of the treating doctor or psychotherapist.

2. You also mentioned taking levothyroxine. Please let us know the diagnosis (e.g. underactive thyroid, Hashimoto's) and the date of your last blood test.

If it is easier for you, you can ask your GP to fill in our short medical questionnaire instead; we pay the fee.

Please reply through the secure upload link in our letter of today rather than by e-mail. Your answers are used only for assessing this application.

""" + SIG["vahle"] + "\nRisk Assessment Life & Disability, Brückenthal Lebensversicherung AG\n\n" + FOOT_EN + "\n")
    return m


@mail(122, "NORMAL", "en", "internal",
      "trap: monthly KPI dashboard with claims cycle times for health, care, BU and motor; aggregates only")
def m122():
    m = new("Data & Analytics <analytics@%s>" % D,
            "Management KPI list <kpi-report@%s>" % D,
            "KPI dashboard February 2026 is online", hdate(26, 12, 45), mid(122))
    body(m, """Hello,

the KPI dashboard for February 2026 has been refreshed: https://bi.brueckenthal.example/kpi/2026-02

Highlights

  Claims cycle time (median days, notification to payment)     Feb    Jan    target
  Health – outpatient invoices                                   4.1    4.8      5
  Health – hospital bills (direct billing)                      11.3   12.0     14
  Long-term care – first assessment to decision                 23.5   25.2     25
  BU – application to decision                                    97    104     90
  Motor – liability claims without injury                        9.2    8.7     10
  Property – storm claims (Gerlinde)                            16.8     –      15

  Customer satisfaction (tNPS after claim)                       +41    +44    +40
  Complaints per 10,000 contracts                                 3.2    2.9     3.0

Notes
- BU decisions are still above target; the backlog of medical reports from external assessors is
  being reduced (62 open > 60 days, down from 88).
- The storm "Gerlinde" claims pushed property cycle times up; 71 % of storm claims are closed.

All figures are aggregates from the data warehouse; drill-down to case level is only available in
the source systems with the usual permissions.

Data & Analytics
Brückenthal Versicherungsgruppe
""")
    return m


@mail(123, "CONFIDENTIAL", "de", "insurer-to-partner",
      "request to the previous motor insurer for a named customer's claims history and no-claims class")
def m123():
    m = new("Kfz-Antragsservice <kfz-antrag@%s>" % D,
            "Vorversicherer-Auskunft Weserland <vvauskunft@weserland-versicherung.example>",
            "Anfrage Schadenverlauf / SF-Klasse – Laura Hölscher, geb. 27.01.1995", hdate(26, 14, 0), mid(123))
    body(m, """Sehr geehrte Damen und Herren,

Ihre Versicherungsnehmerin hat bei uns zum 16.03.2026 einen Kfz-Vertrag abgeschlossen und den Vertrag bei Ihnen zum 15.03.2026 gekündigt. Wir bitten um Auskunft über den Schadenverlauf nach den Tarifbestimmungen:

Versicherungsnehmerin: Laura Hölscher, geb. 27.01.1995
Anschrift: Warburger Straße 102, 33098 Paderborn
Ihr Vertrag: KF 7710448203 (lt. Angabe der Kundin)
Fahrzeug bei Ihnen: VW Polo, PB-LH 95

Bitte teilen Sie uns mit:
1. SF-Klasse Haftpflicht und Vollkasko zum Vertragsende
2. regulierte Schäden in den letzten fünf Jahren mit Datum und Sparte
3. ob Beitragsrückstände bestehen

Unser Vertrag: K 58-3344-051. Bitte antworten Sie gern über die GDV-Vorversicherer-Auskunft, falls Sie daran teilnehmen.

Mit freundlichen Grüßen

Kfz-Antragsservice
Brückenthal Allgemeine Versicherung AG
Telefon 05251 8830-4300

""" + FOOT_ALLG + "\n")
    return m


@mail(124, "STRICTLY_CONFIDENTIAL", "de", "hospital",
      "harmless forwarding note with case number only; the attached PDF is the hospital's discharge letter (appendicitis, complications)")
def m124():
    m = new("Krankenhausabrechnung Brückenthal <kh-abrechnung@%s>" % D,
            "\"Dr. Ulrike Sandfort\" <ulrike.sandfort@%s>" % D,
            "WG: Entlassungsbrief zu Fall 2026-031187 – Verweildauer", hdate(26, 15, 25), mid(124))
    body(m, """Hallo Frau Dr. Sandfort,

das Krankenhaus hat für den Fall 2026-031187 eine Verlängerung über die zugesagten 7 Tage hinaus abgerechnet (insgesamt 11 Tage). Der Entlassungsbrief ist jetzt gekommen, siehe Anhang. Können Sie bitte kurz bestätigen, ob die Verweildauer medizinisch begründet ist? Dann geben wir die Rechnung frei.

Vielen Dank
Ihr Team Krankenhausabrechnung
Tel. -6300
""")
    attach_bytes(m, pdf([("h", "St.-Liborius-Krankenhaus Paderborn – Klinik für Allgemein- und Viszeralchirurgie"),
                         "Entlassungsbrief",
                         "Patient: Bernd Hüttemann, geb. 03.05.1958, Lange Wenne 26, 33102 Paderborn",
                         "Aufenthalt: 08.03.2026 – 19.03.2026 | Fall-Nr. 2026-031187",
                         "Diagnosen: K35.31 Akute Appendizitis mit lokalisierter Peritonitis mit Perforation; K65.0 Perityphlitischer Abszess;",
                         "E11.9 Diabetes mellitus Typ 2; I10.90 Arterielle Hypertonie",
                         "Prozeduren: 5-470.11 Laparoskopische Appendektomie (08.03.2026); 8-190.21 Vakuumversiegelung; CT-gesteuerte Abszessdrainage (12.03.2026)",
                         "Verlauf: Intraoperativ perforierte Appendix mit lokaler Peritonitis. Am 4. postoperativen Tag Fieber und CRP-Anstieg auf 186 mg/l,",
                         "im CT Abszess im rechten Unterbauch, CT-gesteuerte Drainage. Antibiotische Therapie mit Piperacillin/Tazobactam i. v. über 7 Tage,",
                         "anschließend oral Amoxicillin/Clavulansäure. Blutzucker perioperativ mit Insulin eingestellt.",
                         "Entlassung in gutem Allgemeinzustand, reizlose Wundverhältnisse.",
                         "Medikation bei Entlassung: Amoxicillin/Clavulansäure 875/125 mg 1-0-1 für 5 Tage, Metformin 1000 mg 1-0-1, Ramipril 5 mg 1-0-0",
                         "Empfehlung: Wundkontrolle beim Hausarzt in 3 Tagen, Fadenzug am 10. Tag, körperliche Schonung 4 Wochen.",
                         "Dr. med. Anna Lückemeyer, Oberärztin"],
                        title="Entlassungsbrief 2026-031187", day=26, producer="KIS Arztbriefschreibung St. Liborius"), "application/pdf", "Entlassungsbrief_2026-031187.pdf")
    return m


@mail(125, "NORMAL", "de", "insurer-to-customer",
      "generic private liability product information to a prospect; no contract or personal data")
def m125():
    m = new("Pascal Thiel <pascal.thiel@%s>" % D,
            "Malte Ostendorf <malte.ostendorf@studmail.example>",
            "AW: Haftpflicht für Studenten?", hdate(27, 8, 20), mid(125),
            irt="<CAF7hQ2=pL0x@studmail.example>")
    body(m, """Hallo Herr Ostendorf,

gute Frage! Kurz vorweg: Solange Sie in Ihrer ersten Ausbildung oder im Erststudium sind und nicht verheiratet, sind Sie in der Regel über die Privathaftpflicht Ihrer Eltern mitversichert – auch wenn Sie in Münster eine eigene Wohnung haben. Fragen Sie am besten zuerst bei Ihren Eltern nach, bei welchem Versicherer sie versichert sind.

Falls Sie doch eine eigene Versicherung brauchen, hier unsere Tarife für Singles:

PHV Basis:   Deckungssumme 10 Mio. €, 150 € Selbstbeteiligung     4,10 € mtl.
PHV Komfort: Deckungssumme 50 Mio. €, ohne Selbstbeteiligung,
             inkl. Schlüsselverlust, Mietsachschäden, Forderungsausfall   6,90 € mtl.

Für Studierende unter 30 gibt es auf PHV Komfort 20 % Nachlass. Abschließen können Sie online unter https://www.brueckenthal.example/haftpflicht in etwa fünf Minuten.

""" + SIG["thiel"] + """

-----Ursprüngliche Nachricht-----
Von: Malte Ostendorf <malte.ostendorf@studmail.example>
Gesendet: Donnerstag, 26. März 2026 23:04
An: info@brueckenthal.example
Betreff: Haftpflicht für Studenten?

hi, brauch ich als student ne eigene haftpflicht? was kostet das bei euch? danke
""" + "\n" + FOOT_ALLG + "\n")
    return m


@mail(126, "CONFIDENTIAL", "en", "insurer-to-applicant",
      "harmless job-offer cover mail; the attached PDF holds the named applicant's salary, birth date and address")
def m126():
    m = new("HR Recruiting <hr-recruiting@%s>" % D,
            "Tomás Ferreira <tomas.ferreira@devmail.example>",
            "Your offer – Data Engineer (m/f/d) Health Claims Analytics", hdate(27, 9, 35), mid(126),
            cc="Maja Lindqvist <maja.lindqvist@%s>" % D)
    body(m, """Dear Tomás,

thank you again for the great conversations last week. We're delighted to offer you the position of Data Engineer in our Health Claims Analytics team!

Please find our offer letter and the draft employment contract attached. If you have any questions, Maja is happy to talk them through with you – just reply to this mail or call her.

We'd be grateful for your decision by 10 April.

Looking forward to working with you!

Your HR Recruiting Team
Brückenthal Versicherungsgruppe

""" + FOOT_EN + "\n")
    attach_bytes(m, pdf([("h", "Offer of Employment"),
                         "Tomás Ferreira, born 02/05/1993, Rua do Salitre 41, 1250-198 Lisboa, Portugal",
                         "Paderborn, 27 March 2026",
                         "Position: Data Engineer (m/f/d), Health Claims Analytics, reporting to Rahul Menon",
                         "Start date: 1 June 2026 (or earlier by agreement) | Place of work: Paderborn, hybrid (up to 3 days remote)",
                         "Annual gross salary: EUR 71,500, payable in 13 instalments",
                         "Variable bonus: target 8 % of annual salary | Relocation allowance: EUR 5,000 gross, one-off",
                         "Company pension: employer contribution of 4 % of salary into the group pension plan",
                         "Probation: 6 months | Notice period: 3 months to the end of a month",
                         "Working time: 39 hours per week, 30 days of annual leave",
                         "This offer is subject to the receipt of your signed contract by 10 April 2026.",
                         "For Brückenthal Versicherungsgruppe: Nadine Kleinebrahm, Head of HR | Maja Lindqvist, HR Business Partner"],
                        title="Offer Tomás Ferreira", day=27), "application/pdf", "Offer_Letter_T_Ferreira.pdf")
    return m


@mail(127, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "psychotherapy cost approval for a named customer: adjustment disorder F43.2, 25 sessions, therapist")
def m127():
    m = new("Jana Mertensmeier <jana.mertensmeier@%s>" % D,
            "Lukas Tiemann <lukas.tiemann@mailbox.example>",
            "Kostenzusage ambulante Psychotherapie – KV 310-733 508-4", hdate(27, 10, 50), mid(127))
    body(m, """Sehr geehrter Herr Tiemann,

wir haben den Antrag Ihres Psychotherapeuten, Herrn Dipl.-Psych. Jonas Wübbeke (Praxis für Verhaltenstherapie, Kamp 30, Paderborn), geprüft und sagen Ihnen die Kostenübernahme zu:

Diagnose laut Bericht: Anpassungsstörung mit depressiver Reaktion (F43.2) nach Trennung und Arbeitsplatzverlust
Verfahren: Verhaltenstherapie, Einzelbehandlung
Umfang: 25 Sitzungen à 50 Minuten (Kurzzeittherapie), zuzüglich der bereits erfolgten 5 probatorischen Sitzungen
Zeitraum: bis 31.03.2027
Erstattung: 80 % nach GOÄ bis zum 2,3-fachen Satz, Tarif KomfortAmbulant 90 (Psychotherapie-Stufe)

Die probatorischen Sitzungen erstatten wir nach Einreichung der Rechnung. Sollte eine Verlängerung notwendig werden, reicht uns ein kurzer Folgebericht Ihres Therapeuten – Sie selbst müssen dazu nichts schreiben.

Für den Bericht des Therapeuten haben wir Ihnen 48,26 € (GOÄ 80) erstattet.

Wir wünschen Ihnen alles Gute.

""" + SIG["mertensmeier"] + "\n\n" + FOOT_KRANKEN + "\n")
    return m


@mail(128, "NORMAL", "de", "internal",
      "trap: supervisory board meeting invitation with agenda items on BU claims review and health loss ratio; no person; ICS")
def m128():
    m = new("\"Heike Brandhorst\" <heike.brandhorst@%s>" % D,
            "Vorstand <vorstand@%s>" % D,
            "Aufsichtsratssitzung 23.04.2026 – Tagesordnung und Zulieferungen", hdate(27, 12, 10), mid(128),
            cc="Bereichsleitungen <bereichsleitungen@%s>" % D)
    body(m, """Sehr geehrte Frau Dr. Regensberg, sehr geehrte Herren,
liebe Bereichsleitungen,

die ordentliche Aufsichtsratssitzung findet am Donnerstag, 23.04.2026, 10:00 bis ca. 15:00 Uhr im Konferenzraum 6.01 statt. Der Kalendereintrag liegt bei.

Vorläufige Tagesordnung
1. Jahresabschluss 2025, Bericht des Abschlussprüfers (Hartung Zell)
2. Solvency-II-Bericht (SFCR) 2025
3. Geschäftsentwicklung Q1 2026, u. a. Leistungsquote Kranken und Sturmschaden "Gerlinde"
4. Bericht der Leistungsprüfung BU: Bearbeitungszeiten, Anerkennungsquote, BaFin-Beschwerden
5. Beitragsanpassung Kranken 2027 (Vorbereitung, Auslösende Faktoren)
6. IT-Sicherheit und Datenschutz (Jahresbericht ISB/DSB)
7. Verschiedenes

Bitte schicken Sie mir Ihre Vorlagen bis spätestens Mittwoch, 08.04.2026. Zu TOP 4 gilt wie immer: nur aggregierte Zahlen, keine Einzelfälle mit Namen; Fallbeispiele bitte anonymisieren.

""" + SIG["brandhorst"] + "\n")
    attach_text(m, ics("d197-128-ar-sitzung@brueckenthal.example", "Aufsichtsratssitzung Brückenthal",
                       "20260423T100000", "20260423T150000", location="Konferenzraum 6.01",
                       organizer="heike.brandhorst@brueckenthal.example",
                       attendees=["vorstand@brueckenthal.example"]),
                "calendar", "AR-Sitzung_2026-04-23.ics", params={"method": "REQUEST"})
    return m


@mail(129, "CONFIDENTIAL", "de", "insurer-to-customer",
      "dog owner's liability claim: named customer's dog bit another dog, vet costs of the third party (animal health only)")
def m129():
    m = new("Markus Heitkamp <markus.heitkamp@%s>" % D,
            "Sandra Vielhaber <sandra.vielhaber@kundenmail.example>",
            "Ihr Hundehaftpflichtschaden TH-2026-00340 – Regulierung", hdate(27, 13, 55), mid(129),
            irt="<91a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8@kundenmail.example>")
    body(m, """Sehr geehrte Frau Vielhaber,

wir haben den Schaden vom 07.03.2026 abschließend geprüft. Ihr Schäferhund-Mischling "Rocky" hat beim Spaziergang an der Lippe den Dackel "Wilma" von Frau Monika Gerling gebissen. Menschen wurden nicht verletzt.

Aus Ihrer Tierhalterhaftpflichtversicherung (Vertrag TH 72-1183-06) zahlen wir an Frau Gerling:
- Tierarztrechnung Tierklinik Sennestadt (Wundversorgung, Narkose, Naht, Nachkontrollen)   1.186,40 €
- Fahrtkosten zur Tierklinik                                                                  38,00 €
Summe                                                                                   1.224,40 €

Ihre Selbstbeteiligung beträgt 150 €; wir zahlen an Frau Gerling den vollen Betrag und fordern die Selbstbeteiligung bei Ihnen an, oder Sie zahlen sie direkt an Frau Gerling – bitte sagen Sie uns, was Ihnen lieber ist.

Weil es schon der zweite Vorfall innerhalb von 12 Monaten ist, bitten wir Sie, Rocky außerhalb Ihres Grundstücks künftig an der Leine zu führen. Ein weiterer Schaden könnte dazu führen, dass wir den Vertrag nur noch mit höherer Selbstbeteiligung fortführen.

""" + SIG["heitkamp"] + "\n\n" + FOOT_ALLG + "\n")
    return m


@mail(130, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
      "harmless renewal cover mail; the XLSX lists named employees with birth dates, salaries and group life death benefits")
def m130():
    m = new("bAV-Service Brückenthal <bav@%s>" % D,
            "Lena Vogt <lena.vogt@ostwind-energy.example>",
            "Group life plan GL 5600-0221 – renewal schedule 1 April 2026", hdate(27, 15, 10), mid(130),
            irt="<VI1PR06MB8812CC@ostwind-energy.example>")
    body(m, """Dear Ms Vogt,

as requested, please find attached the renewal schedule for your group life plan GL 5600-0221 as of 1 April 2026, based on the payroll data you sent on 16 March.

Summary: 14 insured employees (3 new entrants, 1 leaver), total annual premium EUR 18,942.60. The new entrants are covered without health questions because their benefits are below the free cover limit of EUR 300,000.

Please check the file and let us know about any corrections by 31 March. Invoices follow with the April premium run.

Kind regards
bAV-Service
Brückenthal Lebensversicherung AG
+49 5251 8830-5400

""" + FOOT_EN + "\n")
    rows = [["Staff no.", "Name", "Date of birth", "Annual salary EUR", "Death benefit (2x salary) EUR", "Entry", "Annual premium EUR", "Note"],
            ["1004", "Vogt, Lena", "1986-06-19", 64000, 128000, "2021-01-01", 512.00, ""],
            ["1007", "Sørensen, Mikkel", "1979-02-03", 118000, 236000, "2021-01-01", 2024.40, ""],
            ["1011", "Hüsken, Marco", "1990-11-27", 72500, 145000, "2021-01-01", 638.00, ""],
            ["1015", "Ortiz, Lucía", "1984-04-08", 69800, 139600, "2022-03-01", 782.00, ""],
            ["1019", "Brune, Katja", "1972-09-30", 88200, 176400, "2022-07-01", 2340.20, ""],
            ["1023", "Amadi, Chinedu", "1988-12-14", 75400, 150800, "2023-01-01", 724.00, ""],
            ["1027", "Wessels, Jan-Hendrik", "1969-05-22", 132000, 264000, "2023-01-01", 4118.40, ""],
            ["1031", "Lemke, Svenja", "1995-03-11", 52000, 104000, "2024-02-01", 312.00, ""],
            ["1036", "Nakamura, Aiko", "1991-08-05", 79000, 158000, "2024-10-01", 695.20, ""],
            ["1040", "Pohlmann, Dirk", "1977-01-16", 91500, 183000, "2025-01-01", 1976.40, ""],
            ["1043", "Çelik, Deniz", "1998-07-29", 48500, 97000, "2026-04-01", 271.60, "new entrant"],
            ["1044", "Fischer, Anna", "1993-10-02", 61000, 122000, "2026-04-01", 414.80, "new entrant"],
            ["1045", "Mbeki, Thabo", "1985-04-25", 83000, 166000, "2026-04-01", 1112.20, "new entrant"],
            ["1046", "Rasmussen, Ole", "1981-12-08", 97000, 194000, "2021-01-01", 3021.40, ""],
            ["1009", "Kraft, Benedikt", "1975-06-01", 0, 0, "2021-01-01", 0, "leaver 31.03.2026"]]
    attach_bytes(m, xlsx([("GL5600-0221 renewal", rows)], author="bAV-Service", day=27),
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "GL5600-0221_renewal_2026-04-01.xlsx")
    return m


@mail(131, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "weekend instruction to the assistance partner: named traveller's stroke in Mallorca, hemiparesis, air ambulance approved")
def m131():
    m = new("Brückenthal Global Health <globalhealth@%s>" % D,
            "Meridian Assist Medical Desk <medical.desk@meridian-assist.example>",
            "[streng vertraulich] AR 26-0518 Gausepohl – repatriation approved (air ambulance)", hdate(28, 11, 20), mid(131),
            cc="Priya Raghunathan <priya.raghunathan@%s>" % D)
    body(m, """Dear Medical Desk,

following this morning's call between your Dr Byrne and our on-call medical officer, we approve the repatriation of our insured:

  Insured:        Werner Gausepohl, born 14.06.1954, travel health policy RK 14-1907-552
  Current:        Clínica Son Verí, Palma de Mallorca, stroke unit
  Diagnosis:      ischaemic stroke of the left middle cerebral artery (I63.4) on 25 March,
                  thrombolysis within 3 hours, residual right-sided hemiparesis and aphasia
  Status:         stable, no ventilation, swallowing assessment pending, on apixaban
  Transport:      air ambulance with physician and intensive care nurse, bed-to-bed
  Destination:    Klinikum am Rosenberg, Paderborn, neurology/stroke unit –
                  bed confirmed by Dr. Hollmann for Monday 30 March
  Companion:      wife (Mrs Ingrid Gausepohl) may fly on the air ambulance if space permits

Cost approval up to EUR 24,000 for the transport, direct billing to us. Please send us the treating hospital's medical report and the invoice to date via the secure case portal (not by e-mail).

Many thanks for the quick work over the weekend.

Brückenthal Global Health – 24/7 on-call team
+49 5251 8830-6999

""" + FOOT_EN + "\n")
    return m


@mail(132, "NORMAL", "en", "insurer-to-customer",
      "bilingual out-of-office auto-reply of a cargo underwriter; no personal, contract or claim data")
def m132():
    m = new("Oliver Brinkhege <oliver.brinkhege@%s>" % D,
            "j.vandermeulen@vdm-forwarding.example",
            "Automatic reply: Shipment Rotterdam – Leeds week 15", hdate(29, 10, 4, 19), mid(132),
            irt="<AM9PR02MB33A1@vdm-forwarding.example>",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    body(m, """Thank you for your e-mail. I am on leave until Tuesday, 7 April 2026, and will not be reading e-mail.

New cargo and marine business: Svenja Amelunxen, svenja.amelunxen@brueckenthal.example
Certificates under open covers: marine@brueckenthal.example
Claims: marine-claims@brueckenthal.example, +49 5251 8830-4950

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 7. April 2026 im Urlaub. In dringenden Fällen wenden Sie sich bitte an die oben genannten Adressen.

Oliver Brinkhege
""")
    return m


@mail(133, "NORMAL", "de", "internal",
      "trap: statistics of returned direct debits by reason code and line of business (aggregates, IBAN wording); ODS")
def m133():
    m = new("Stefan Lüke <stefan.lueke@%s>" % D,
            "Team Beitragsinkasso <inkasso-team@%s>" % D,
            "Rücklastschriften Februar – Auswertung und Maßnahmen", hdate(30, 8, 20), mid(133),
            cc="Birgit Hunstiege <birgit.hunstiege@%s>" % D)
    body(m, """Moin zusammen,

anbei die Auswertung der Rücklastschriften Februar (ODS, weil der Export aus SAP das so ausspuckt). Kurzfassung:

- 1.912 Rücklastschriften bei 214.300 Einzügen (0,89 %, Januar 0,97 %)
- häufigster Grund wie immer "keine Deckung" (AM04), danach "Konto erloschen" (AC04) und Widerspruch (MD06)
- Kranken liegt mit 1,21 % vorn – die Beiträge sind dort einfach höher

Maßnahmen ab April:
1. Bei AC04 schicken wir keine zweite Lastschrift mehr, sondern direkt die Bitte um neue Bankverbindung (Textbaustein R-17).
2. Die IBAN-Prüfung im Kundenportal meldet jetzt Tippfehler sofort; das sollte die AC01-Fälle ("IBAN fehlerhaft") deutlich senken.
3. Bei Widerspruch (MD06) bitte immer erst anrufen, bevor die Mahnung rausgeht.

Einzelfälle bitte weiter nur in SAP besprechen, nicht per Mail.

""" + SIG["lueke"] + "\n")
    attach_bytes(m, ods("Rücklastschriften 2026-02", [
        ["Sparte", "Einzüge", "Rücklastschriften", "Quote %", "AM04 Deckung", "AC04 Konto erloschen", "MD06 Widerspruch", "AC01 IBAN fehlerhaft", "sonstige"],
        ["Kfz", 61200, 498, 0.81, 301, 88, 62, 21, 26],
        ["Sach (Hausrat/Wohngebäude)", 48900, 352, 0.72, 203, 71, 44, 17, 17],
        ["Haftpflicht/Rechtsschutz", 39700, 268, 0.68, 149, 61, 33, 12, 13],
        ["Kranken/Pflege", 41800, 506, 1.21, 352, 64, 51, 18, 21],
        ["Leben/Rente/BU", 22700, 288, 1.27, 190, 41, 34, 9, 14],
        ["Gesamt", 214300, 1912, 0.89, 1195, 325, 224, 77, 91]], day=30),
        "application/vnd.oasis.opendocument.spreadsheet", "Ruecklastschriften_2026-02.ods")
    return m


@mail(134, "NORMAL", "de", "insurer-to-supplier",
      "trap: print order for blank application forms with health questions and a blank confidentiality-release form; PDF proof")
def m134():
    m = new("Einkauf Brückenthal <einkauf@%s>" % D,
            "Druckvorstufe Hellweg Druck <druckvorstufe@hellweg-druck.example>",
            "Druckfreigabe und Bestellung Formulare 2026/2 (Auftrag 4500019102)", hdate(30, 9, 15), mid(134))
    body(m, """Sehr geehrte Damen und Herren,

die Proofs sind geprüft. Wir erteilen die Druckfreigabe und bestellen:

Formular                                                         Auflage   Format
F-LV-12 Antrag Berufsunfähigkeitsversicherung inkl. Gesundheitsfragen  5.000   A4, 8 Seiten, geheftet
F-KV-07 Erklärung zur Entbindung von der Schweigepflicht           10.000   A4, 2 Seiten
F-KV-21 Heil- und Kostenplan-Einreichung Zahn                       3.000   A4, 1 Seite
F-AL-03 SEPA-Lastschriftmandat                                     10.000   A4, 1 Seite

Bei F-KV-07 bitte die Korrektur aus unserer Mail vom 24.03. beachten (neue Adresse des Datenschutzbeauftragten). Den freigegebenen Proof für F-KV-07 hängen wir zur Sicherheit noch einmal an.

Lieferung bitte bis 17.04.2026 an unser Zentrallager, Rampe 2.

Mit freundlichen Grüßen

i. A. Heike Peitz
Einkauf / Zentrale Dienste
Brückenthal Versicherungsgruppe
Telefon 05251 8830-1340

""" + FOOT_ALLG + "\n")
    attach_bytes(m, pdf([("h", "F-KV-07 (03/2026) – Erklärung zur Entbindung von der Schweigepflicht – PROOF"),
                         "Versicherte Person: Name, Vorname ______________________________  Geburtsdatum ____.____.________",
                         "Versicherungsnummer: ____________________",
                         "",
                         "Ich entbinde die nachfolgend genannten Ärztinnen und Ärzte, Zahnärztinnen und Zahnärzte, Krankenhäuser und",
                         "sonstigen Einrichtungen von ihrer Schweigepflicht, soweit die Brückenthal Krankenversicherung a.G. die Angaben",
                         "zur Prüfung der Leistungspflicht benötigt:",
                         "1. ______________________________________________",
                         "2. ______________________________________________",
                         "",
                         "Diese Erklärung gilt für Behandlungen der letzten fünf Jahre vor Antragstellung und kann jederzeit widerrufen werden.",
                         "Hinweise zum Datenschutz: Datenschutzbeauftragte der Brückenthal Versicherungsgruppe, Brückenthaler Platz 1,",
                         "33102 Paderborn, datenschutz@brueckenthal.example",
                         "",
                         "Ort, Datum ____________________      Unterschrift ____________________"],
                        title="Proof F-KV-07", day=30), "application/pdf", "Proof_F-KV-07_2026-03.pdf")
    return m


@mail(135, "CONFIDENTIAL", "en", "insurer-to-customer",
      "rent deposit guarantee for a named expat tenant: net income check, landlord, flat address, guarantee amount")
def m135():
    m = new("Kautionsservice Brückenthal <kaution@%s>" % D,
            "Ana Lucía Romero <analucia.romero@webmail.example>",
            "Your rent deposit guarantee – approved (KB 84-0092-61)", hdate(30, 10, 30), mid(135),
            irt="<CAL2mT9+sY@webmail.example>")
    body(m, """Dear Ms Romero,

good news: your application for a rent deposit guarantee has been approved.

  Tenant:            Ana Lucía Romero
  Flat:              Riemekestraße 55, 2nd floor right, 33102 Paderborn
  Landlord:          Immobilienverwaltung Grothe GmbH
  Guarantee amount:  EUR 2,490.00 (three months' net rent of EUR 830)
  Annual fee:        EUR 124.50 (5 % of the guarantee), first payment 1 April 2026

We checked your employment contract and the last three payslips from the University of Paderborn (net monthly income EUR 3,412) and your SCHUFA information; everything is fine.

The guarantee certificate ("Mietkautionsbürgschaft") will be sent by post to your landlord's address today, with a copy to you. Your landlord can only claim from the guarantee for rent arrears or damage to the flat after the end of the tenancy; we would inform you before paying anything.

Welcome to your new home!

Kind regards
Rent Deposit Service
Brückenthal Allgemeine Versicherung AG

""" + FOOT_EN + "\n")
    return m


@mail(136, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "death benefit from a named customer's life insurance: date and cause of death, documents, payout to the widow")
def m136():
    m = new("Annika Schwerdtfeger <annika.schwerdtfeger@%s>" % D,
            "Renate Berkemeier <renate.berkemeier@t-net.example>",
            "Lebensversicherung Ihres Mannes – LV 2203-610-402", hdate(30, 11, 40), mid(136),
            irt="<001f01dcbc44$aa21b7e0$fe6527a0$@t-net.example>")
    body(m, """Sehr geehrte Frau Berkemeier,

zunächst möchte ich Ihnen zum Tod Ihres Mannes, Herrn Hubert Berkemeier, mein aufrichtiges Beileid aussprechen.

Vielen Dank, dass Sie uns trotz allem so schnell die Unterlagen geschickt haben. Uns liegen jetzt vor:
- die Sterbeurkunde (verstorben am 02.03.2026 in Paderborn),
- die ärztliche Bescheinigung über die Todesursache: Herzversagen bei bekannter dilatativer Kardiomyopathie,
- der Versicherungsschein im Original.

Da der Vertrag seit 2009 besteht, ist keine weitere Prüfung erforderlich. Sie sind als Ehefrau die unwiderruflich Bezugsberechtigte.

Todesfallleistung:
Versicherungssumme                         25.000,00 €
Überschussbeteiligung                       6.318,44 €
Auszahlung                                 31.318,44 €

Wir überweisen den Betrag in den nächsten drei Werktagen auf Ihr Konto IBAN DE12 4947 2601 0000 5177 42. Die Leistung ist einkommensteuerfrei; wir melden sie wie gesetzlich vorgeschrieben an das Finanzamt für Erbschaftsteuer in Bielefeld – bei Ehegatten liegt der Freibetrag bei 500.000 €.

Wenn Sie Fragen haben oder Unterstützung bei weiteren Verträgen Ihres Mannes bei uns brauchen, rufen Sie mich gern direkt an.

""" + SIG["schwerdtfeger"] + "\n\n" + FOOT_LEBEN + "\n")
    return m


@mail(137, "NORMAL", "de", "insurer-to-broker",
      "trap: ZIP of blank forms (health questions, confidentiality release, SEPA mandate) sent to a broker; no person")
def m137():
    m = new("Melanie Dreier <melanie.dreier@%s>" % D,
            "Sven Tegeler <s.tegeler@tegeler-partner.example>",
            "AW: aktuelle Antragsformulare BU und Schweigepflichtentbindung", hdate(30, 13, 0), mid(137),
            irt="<20260330101522.9a3f@tegeler-partner.example>")
    body(m, """Hallo Herr Tegeler,

anbei wie gewünscht die aktuellen Blanko-Formulare als ZIP:

- F-LV-12 Antrag BU (Stand 03/2026) – mit den neuen vereinfachten Gesundheitsfragen für Azubis
- F-KV-07 Schweigepflichtentbindung (Stand 03/2026)
- F-AL-03 SEPA-Lastschriftmandat

Die alten Stände von 2025 bitte ab 01.04. nicht mehr verwenden; Anträge auf alten Formularen nehmen wir noch bis 30.06. an.

Und der Hinweis, den Sie ja kennen: ausgefüllte Anträge mit Gesundheitsangaben bitte nicht per normaler E-Mail zurück, sondern über das Maklerportal hochladen.

""" + SIG["dreier"] + "\n\n" + FOOT_ALLG + "\n")
    f1 = pdf([("h", "F-LV-12 Antrag Berufsunfähigkeitsversicherung (03/2026) – Blanko"),
              "Zu versichernde Person: Name ______________ Vorname ______________ Geburtsdatum __________",
              "Beruf: ______________  Anteil körperlicher Tätigkeit: ___ %",
              ("h", "Gesundheitsfragen"),
              "1. Sind Sie in den letzten 5 Jahren ambulant untersucht, beraten oder behandelt worden? [ ] nein [ ] ja",
              "2. Waren Sie in den letzten 10 Jahren in stationärer Behandlung? [ ] nein [ ] ja",
              "3. Wurden Sie in den letzten 5 Jahren psychotherapeutisch behandelt? [ ] nein [ ] ja",
              "4. Bestehen Krankheiten, Beschwerden oder Behinderungen? [ ] nein [ ] ja",
              "Bei ja: Diagnose, Zeitraum, Behandler, Folgen: _________________________________"],
             title="F-LV-12 blanko", day=30)
    f2 = pdf([("h", "F-KV-07 Erklärung zur Entbindung von der Schweigepflicht (03/2026) – Blanko"),
              "Versicherte Person: ______________________  Geburtsdatum: __________",
              "Ich entbinde die folgenden Ärztinnen, Ärzte und Einrichtungen von der Schweigepflicht: ____________________",
              "Ort, Datum __________  Unterschrift __________"], title="F-KV-07 blanko", day=30)
    f3 = pdf([("h", "F-AL-03 SEPA-Lastschriftmandat – Blanko"),
              "Gläubiger: Brückenthal Versicherungsgruppe, Gläubiger-ID DE44BTV00000412233",
              "Kontoinhaber: ______________________  IBAN: DE__ ____ ____ ____ ____ __  BIC: ___________",
              "Ort, Datum __________  Unterschrift __________"], title="F-AL-03 blanko", day=30)
    z = zip_bytes([("Formulare_2026-03/F-LV-12_Antrag_BU_blanko.pdf", f1),
                   ("Formulare_2026-03/F-KV-07_Schweigepflichtentbindung_blanko.pdf", f2),
                   ("Formulare_2026-03/F-AL-03_SEPA-Mandat_blanko.pdf", f3)], day=30, hh=12, mm=45)
    attach_bytes(m, z, "application/zip", "Formulare_2026-03_blanko.zip")
    return m


@mail(138, "CONFIDENTIAL", "de", "insurer-to-company",
      "insurance confirmation to a leasing company: named private lessee, vehicle VIN, comprehensive cover; PDF")
def m138():
    m = new("Kfz-Vertragsservice <kfz-vertrag@%s>" % D,
            "Vertragsverwaltung OWL-Leasing <vertraege@owl-leasing.example>",
            "Versicherungsbestätigung Leasingvertrag LV-2026-11873 – Leasingnehmer Christian Rahe", hdate(30, 14, 20), mid(138),
            irt="<4410ab73-owl-leasing-req-11873@owl-leasing.example>")
    body(m, """Sehr geehrte Damen und Herren,

wie angefordert bestätigen wir den Versicherungsschutz für das unten genannte Leasingfahrzeug. Die Bestätigung mit dem Sicherungsschein liegt als PDF bei.

Leasingnehmer und Versicherungsnehmer: Christian Rahe, Paderborn
Fahrzeug: Cupra Born 58 kWh, FIN VSSZZZK1ZRP512288
Vertrag: K 58-3351-220, Beginn 01.04.2026
Vollkasko mit 500 € Selbstbeteiligung, GAP-Deckung eingeschlossen

""" + SIG["rennekamp"] + "\n\n" + FOOT_ALLG + "\n")
    attach_bytes(m, pdf([("h", "Versicherungsbestätigung und Sicherungsschein für Leasingfahrzeuge"),
                         "Leasinggeberin: OWL-Leasing GmbH, Bielefeld | Leasingvertrag LV-2026-11873",
                         "Leasingnehmer / Versicherungsnehmer: Christian Rahe, geb. 21.10.1987, Am Rothebach 7, 33100 Paderborn",
                         "Fahrzeug: Cupra Born 58 kWh, FIN VSSZZZK1ZRP512288, amtl. Kennzeichen PB-CR 2187 (ab Zulassung)",
                         "Versicherungsvertrag: K 58-3351-220 | Beginn: 01.04.2026",
                         "Kfz-Haftpflicht: 100 Mio. € pauschal | Vollkasko SB 500 €, Teilkasko SB 150 € | GAP-Deckung: ja",
                         "Der Versicherer verpflichtet sich, die Leasinggeberin über Beitragsrückstände, Kündigung und Totalschäden zu informieren.",
                         "Entschädigungen aus der Fahrzeugversicherung werden an die Leasinggeberin gezahlt.",
                         "Paderborn, 30.03.2026 – Brückenthal Allgemeine Versicherung AG"],
                        title="Versicherungsbestätigung LV-2026-11873", day=30), "application/pdf",
                 "Sicherungsschein_LV-2026-11873.pdf")
    return m


@mail(139, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat plan orthodontic approval for a named 11-year-old: malocclusion, treatment plan, amounts")
def m139():
    m = new("Priya Raghunathan <priya.raghunathan@%s>" % D,
            "Farah Haddad <farah.haddad@gulfmail.example>",
            "Orthodontic treatment for Omar – approved (GH-26-00731)", hdate(30, 15, 30), mid(139),
            irt="<CAK9pz=Q1Lw@gulfmail.example>")
    body(m, """Dear Ms Haddad,

thank you for sending Dr Mansour's treatment plan for Omar. I'm happy to confirm cover under your family's Global Premium plan (member BGH-28815-03, Omar Haddad, age 11):

  Diagnosis:  Class II division 1 malocclusion with increased overjet (9 mm) and deep bite
              (ICD-10 K07.2), indication grade comparable to KIG D4
  Treatment:  functional appliance (Twin Block) for 12 months, followed by fixed braces on
              both jaws for about 18 months, then retainers
  Cost plan:  AED 21,600 in total, invoiced quarterly
  Our share:  80 % up to the lifetime orthodontic limit of EUR 6,000 (approx. AED 24,000)

The clinic can bill us directly each quarter. Please note that lost or broken appliances are covered once during the treatment; replacement retainers after the end of active treatment are not covered.

Best of luck to Omar with the braces!

""" + SIG["raghunathan"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(140, "NORMAL", "en", "internal",
      "trap: staff FAQ on how the gateway encrypts mail with health data, ICD codes and IBANs; examples only, no person")
def m140():
    m = new("Aleksandra Nowak <aleksandra.nowak@%s>" % D,
            "All staff <alle-mitarbeitenden@%s>" % D,
            "FAQ: How our mail gateway protects sensitive mail – and when you should tag it yourself", hdate(30, 16, 10), mid(140))
    body(m, """Hi all,

after the data protection refresher we got a lot of questions about the mail gateway. Here are the answers in one place (German version on the intranet):

Q: Do I have to encrypt mail myself?
A: No. The gateway checks every outgoing mail and picks the protection: normal mail goes out via TLS; mail with confidential data (e.g. bank details, birth dates, the fact that someone is a customer) is at least TLS-enforced; mail with health data or anything from personal lines (health, life, accident) goes out S/MIME-encrypted or via the secure portal.

Q: How does it know?
A: Partly from the mailbox (e.g. everything from the health claims department is treated as strictly confidential), partly from the content – things like diagnosis codes, words such as "diagnosis" or "hospital invoice", bank account numbers. It is good, but not perfect.

Q: When should I tag the subject?
A: Whenever you know the mail is sensitive and it might not be obvious – e.g. a short reply like "see attachment" to a customer's medical report. Put [streng vertraulich] for health data, [vertraulich] for other personal data. Example subject: "[streng vertraulich] Your claim – documents".

Q: Can I remove a tag the gateway added?
A: No. If you think the classification is wrong, open a ticket with the mail's Message-ID; don't forward the mail to the service desk.

Q: The customer says they can't open the portal message.
A: The notification mail only says there is a new message; the customer needs their portal login. Password reset works via the security question.

""" + SIG["nowak"] + "\n")
    return m


@mail(141, "NORMAL", "en", "newsletter",
      "trap: cyber risk bulletin for business clients about fake invoices and changed bank details (CEO fraud); mass mailing")
def m141():
    m = new("Brückenthal Business <business@news.brueckenthal.example>",
            "firmenkunden@news.brueckenthal.example",
            "Cyber Risk Bulletin 1/2026: fake invoices, changed bank details and what to do", hdate(30, 17, 0), mid(141, "app", "news.brueckenthal.example"),
            extra=[("List-Unsubscribe", "<https://www.brueckenthal.example/newsletter/abmelden>"), ("Precedence", "bulk")])
    text = """CYBER RISK BULLETIN 1/2026

1. "Please note our new bank details"
The most common cyber-crime loss among our SME clients in 2025 was not ransomware but
payment diversion: criminals intercept a supplier's e-mail and send an invoice with a
changed IBAN. Average loss: EUR 38,000. What helps:
- Confirm every change of bank details by phone, using a number you already have.
- Four-eyes principle for new payees.
- Don't trust the sender name – check the actual address.

2. Payroll fraud
A variant: "an employee" asks HR to pay the salary to a new account. Same rule: call back.

3. Ransomware: test your backups
Backups that are online during an attack are usually encrypted too. Keep one copy offline
and test the restore every quarter.

4. Your policy
Social-engineering losses are covered under CyberProtect Business only if the sublimit
"cyber crime" is included. Ask your broker.

Brückenthal Business · Brückenthaler Platz 1 · 33102 Paderborn
Unsubscribe: https://www.brueckenthal.example/newsletter/abmelden
"""
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;max-width:640px">
<h1 style="color:#0b4f6c">Cyber Risk Bulletin 1/2026</h1>
<h2>1. &ldquo;Please note our new bank details&rdquo;</h2>
<p>The most common cyber-crime loss among our SME clients in 2025 was not ransomware but payment diversion: criminals intercept a supplier&rsquo;s e-mail and send an invoice with a changed IBAN. Average loss: EUR&nbsp;38,000. What helps:</p>
<ul><li>Confirm every change of bank details by phone, using a number you already have.</li><li>Four-eyes principle for new payees.</li><li>Don&rsquo;t trust the sender name &ndash; check the actual address.</li></ul>
<h2>2. Payroll fraud</h2><p>A variant: &ldquo;an employee&rdquo; asks HR to pay the salary to a new account. Same rule: call back.</p>
<h2>3. Ransomware: test your backups</h2><p>Backups that are online during an attack are usually encrypted too. Keep one copy offline and test the restore every quarter.</p>
<h2>4. Your policy</h2><p>Social-engineering losses are covered under CyberProtect Business only if the sublimit &ldquo;cyber crime&rdquo; is included. Ask your broker.</p>
<p style="font-size:11px;color:#888">Brückenthal Business &middot; Brückenthaler Platz 1 &middot; 33102 Paderborn &middot; <a href="https://www.brueckenthal.example/newsletter/abmelden">Unsubscribe</a></p>
</body></html>
"""
    body(m, text, html=html)
    return m


@mail(142, "CONFIDENTIAL", "de", "insurer-to-customer",
      "surge damage to a named customer's photovoltaic inverter: insured address, claim number, amounts, deductible")
def m142():
    m = new("Tobias Wennemar <tobias.wennemar@%s>" % D,
            "Bernd Siekmann <bernd.siekmann@landpost.example>",
            "Überspannungsschaden PV-Anlage – Schaden WG-2026-01388", hdate(31, 8, 30), mid(142),
            irt="<5c4d3e2f-1a0b-4c9d-8e7f-6a5b4c3d2e1f@landpost.example>")
    body(m, """Sehr geehrter Herr Siekmann,

ärgerlich, dass es gleich im ersten Monat nach Vertragsbeginn passiert – aber dafür ist die Versicherung ja da. Ich habe den Schaden an Ihrer Photovoltaikanlage unter der Nummer WG-2026-01388 angelegt.

Nach Ihrer Meldung und dem Bericht des Elektrikers (Solartechnik Lippspringe) hat ein Blitzeinschlag in der Nähe Ihres Hauses Am Ziegelfeld 9 in der Nacht zum 25.03.2026 eine Überspannung verursacht; dabei wurde der Wechselrichter (SMA Sunny Tripower 10.0) zerstört. Die Module selbst sind laut Messprotokoll in Ordnung.

Überspannung durch Blitz ist in Ihrer Wohngebäudeversicherung WG 4471-208815 mit dem Baustein Photovoltaik versichert.

Kostenvoranschlag neuer Wechselrichter inkl. Montage     2.865,00 €
Ertragsausfall (ca. 12 Tage, pauschal)                       96,00 €
abzüglich Selbstbeteiligung                                -250,00 €
Voraussichtliche Entschädigung                            2.711,00 €

Sie können den Austausch sofort beauftragen. Bitte schicken Sie mir danach die Rechnung und das alte Typenschild-Foto; den defekten Wechselrichter heben Sie bitte bis zur Zahlung auf.

""" + SIG["wennemar"] + "\n\n" + FOOT_ALLG + "\n")
    return m


@mail(143, "NORMAL", "de", "internal",
      "trap: company doctor's consultation hours in April (vaccinations, eye tests, check-ups); no person")
def m143():
    m = new("Tamara Hüser <tamara.hueser@%s>" % D,
            "Alle Mitarbeitenden Paderborn <alle-paderborn@%s>" % D,
            "Betriebsarzt im April: geänderte Sprechzeiten und Impfangebote", hdate(31, 9, 5), mid(143))
    body(m, """Liebe Kolleginnen und Kollegen,

nach dem Wasserschaden im 1. OG ist die Praxis unseres Betriebsarztes Dr. Wedekind wieder trocken, ab 7. April gelten neue Sprechzeiten:

Dienstag   8:00 – 12:00 Uhr
Donnerstag 13:00 – 16:00 Uhr
Termine über das Buchungstool im Intranet oder unter -1165.

Angebote im April
- Arbeitsmedizinische Vorsorge Bildschirmarbeit (G 37) inkl. Sehtest: Wer eine Einladung bekommen hat, bucht bitte bis 30.04.
- Auffrischimpfungen Tetanus/Diphtherie/Keuchhusten und FSME für Dienstreisende in Risikogebiete
- Beratung zu Reiseimpfungen für Kolleginnen und Kollegen von Global Health, die im Mai zur Partnerkonferenz nach Nairobi fliegen

Alles, was Sie mit Dr. Wedekind besprechen, unterliegt der ärztlichen Schweigepflicht. Die Personalabteilung erhält bei Vorsorgeuntersuchungen nur die Bescheinigung, dass die Vorsorge stattgefunden hat – keine Befunde.

""" + SIG["hueser"] + "\n")
    return m


@mail(144, "CONFIDENTIAL", "en", "insurer-to-customer",
      "cargo policy of a sole-trader importer (natural person): shipments, premium invoice, his IBAN for the direct debit")
def m144():
    m = new("Svenja Amelunxen <svenja.amelunxen@%s>" % D,
            "Kwame Asante <kwame@asante-textiles.example>",
            "Annual cargo policy TR 95-3107-12 – Asante Textiles e.K. – premium adjustment 2025", hdate(31, 10, 15), mid(144),
            irt="<PA4PR05MB77E1@asante-textiles.example>")
    body(m, """Dear Mr Asante,

thank you for your declaration of shipments for 2025. As you are trading as a sole trader (Asante Textiles e.K., Paderborn), the policy is in your own name; covering 23 import shipments of fabrics and finished garments from Accra and Izmir.

  Declared annual turnover insured (2025)     EUR 412,800.00
  Rate                                         0.18 %
  Adjusted annual premium                      EUR     743.04
  Deposit premium paid                         EUR     600.00
  Balance due                                  EUR     143.04  (plus 19 % insurance tax = EUR 170.22)

We will collect EUR 170.22 on 10 April from your account
  IBAN GB82 LOYD 3096 3812 7744 90 (Kwame Asante)
as agreed in your SEPA mandate. For 2026 the deposit premium is set at EUR 750.

One recommendation: two of last year's shipments from Izmir were packed in non-waterproof bales. Please ask your supplier to use shrink-wrapped bales; otherwise we'll have to apply a special excess for wet damage from 2027.

""" + SIG["amelunxen"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(145, "STRICTLY_CONFIDENTIAL", "de", "customer",
      "complaints team forwards a customer's angry mail (attached as message) about a rejected rehab stay after spinal surgery")
def m145():
    inner = new("Gerd Kuhlenkamp <gerd.kuhlenkamp@web-post.example>",
                "info@%s" % D,
                "Beschwerde!!! Ablehnung Reha KV 310-398 661-0", hdate(30, 22, 41), "<trinity-8c1e22ab-4d71-4f0e-b6a2-93f5d0c1e7aa-1774906860@web-post.example>")
    inner.set_content("""Sehr geehrte Damen und Herren,

ich bin jetzt seit 31 Jahren bei Ihnen versichert und habe NOCH NIE so eine Frechheit erlebt. Ich hatte am 12. Januar eine Bandscheiben OP (L4/L5, Nukleotomie) im Klinikum am Rosenberg, seit dem habe ich immer noch Schmerzen ins linke Bein und Taubheit im Fuß. Mein Orthopäde Dr. Harnischmacher hat mir eine stationäre Reha in Bad Lippspringe verordnet, 3 Wochen.

Und Sie lehnen ab mit der Begründung mein Tarif würde "Kuren" nicht zahlen??? Das ist keine Kur sondern eine Anschluss Reha nach OP!!! Die Rentenversicherung ist nicht zuständig weil ich seit 2 Jahren Rentner bin, hat mir die Klinik gesagt.

Ich verlange dass Sie das nochmal prüfen, sonst gehe ich zum Ombudsmann und zur Zeitung. Die Klinik hat mir einen Platz ab 14.04. zugesagt, bis dahin brauche ich eine Antwort.

Gerd Kuhlenkamp
Schloß Neuhaus
Tel 05254 938217
""", cte="quoted-printable")
    m = new("Claudia Wiethoff <claudia.wiethoff@%s>" % D,
            "Leistung Kranken Stationär <leistung-stationaer@%s>" % D,
            "WG: Beschwerde!!! Ablehnung Reha KV 310-398 661-0 – bitte Prüfung bis 07.04.", hdate(31, 11, 25), mid(145),
            cc="\"Dr. Ulrike Sandfort\" <ulrike.sandfort@%s>" % D)
    body(m, """Liebe Kolleginnen und Kollegen,

anbei die Beschwerde von Herrn Kuhlenkamp (Originalmail als Anhang). Ich habe mir die Ablehnung vom 19.03. angesehen: Dort steht tatsächlich der Textbaustein "Kur- und Sanatoriumsbehandlung ist nach § 5 Abs. 1 d) MB/KK nicht versichert". Nach der Schilderung geht es aber um eine Anschlussheilbehandlung nach Bandscheiben-OP, die in seinem Tarif KomfortStationär 2 als stationäre Rehabilitation bis 30 Tage versichert ist, wenn sie innerhalb von 14 Tagen nach Entlassung beginnt – hier wohl nicht (OP 12.01.). Bitte prüft, ob eine medizinisch notwendige Reha unabhängig davon in Betracht kommt, Ulrike ist in Kopie.

Der Kunde will bis 14.04. Bescheid wissen und droht mit Ombudsmann. Ich würde ihm gern bis 07.04. antworten.

Danke!

""" + SIG["wiethoff"] + "\n")
    attach_mail(m, inner, filename="Beschwerde Ablehnung Reha KV 310-398 661-0.eml")
    return m


@mail(146, "NORMAL", "de", "newsletter",
      "product newsletter on bicycle insurance and spring bike check; mass mailing, no personal data")
def m146():
    m = new("Brückenthal Versicherungsgruppe <info@news.brueckenthal.example>",
            "kunden-newsletter@news.brueckenthal.example",
            "Frühlingscheck fürs Fahrrad – und was Ihre Versicherung bei Diebstahl zahlt", hdate(31, 12, 0), mid(146, "app", "news.brueckenthal.example"),
            extra=[("List-Unsubscribe", "<https://www.brueckenthal.example/newsletter/abmelden>"), ("Precedence", "bulk")])
    text = """Frühlingscheck fürs Fahrrad

Die Saison beginnt! Bevor Sie losfahren:
- Reifendruck prüfen, Kette ölen, Bremsen testen
- Licht vorn und hinten – auch tagsüber bei schlechter Sicht
- Beim E-Bike: Akku langsam auf Temperatur bringen, nicht in der kalten Garage laden

Diebstahl: was zahlt die Versicherung?
In der Hausratversicherung sind Fahrräder nur mitversichert, wenn der Baustein
"Fahrraddiebstahl" vereinbart ist – und meist nur, wenn das Rad mit einem Schloss an
einem festen Gegenstand angeschlossen war. Für teure E-Bikes lohnt sich unsere
Fahrrad Plus: Neuwert, weltweit, auch Akku-Schäden und Verschleiß nach Unfall.

Bei Diebstahl: Anzeige bei der Polizei, Rahmennummer bereithalten, Schaden online melden.

Gute Fahrt!
Ihre Brückenthal Versicherungsgruppe
https://www.brueckenthal.example/fahrrad
Abmelden: https://www.brueckenthal.example/newsletter/abmelden
"""
    html = """<html><body style="font-family:Arial,sans-serif;max-width:600px">
<h1 style="color:#2e7d32">Frühlingscheck fürs Fahrrad</h1>
<p>Die Saison beginnt! Bevor Sie losfahren:</p>
<ul><li>Reifendruck prüfen, Kette ölen, Bremsen testen</li><li>Licht vorn und hinten &ndash; auch tagsüber bei schlechter Sicht</li>
<li>Beim E-Bike: Akku langsam auf Temperatur bringen, nicht in der kalten Garage laden</li></ul>
<h2>Diebstahl: was zahlt die Versicherung?</h2>
<p>In der Hausratversicherung sind Fahrräder nur mitversichert, wenn der Baustein &bdquo;Fahrraddiebstahl&ldquo; vereinbart ist &ndash; und meist nur, wenn das Rad mit einem Schloss an einem festen Gegenstand angeschlossen war. Für teure E-Bikes lohnt sich unsere <a href="https://www.brueckenthal.example/fahrrad">Fahrrad Plus</a>: Neuwert, weltweit, auch Akku-Schäden und Verschleiß nach Unfall.</p>
<p>Bei Diebstahl: Anzeige bei der Polizei, Rahmennummer bereithalten, Schaden online melden.</p>
<p>Gute Fahrt!<br>Ihre Brückenthal Versicherungsgruppe</p>
<p style="font-size:11px;color:#888"><a href="https://www.brueckenthal.example/newsletter/abmelden">Abmelden</a></p>
</body></html>
"""
    body(m, text, html=html)
    return m


@mail(147, "NORMAL", "en", "internal",
      "trap: incident post-mortem on delayed scanning of medical invoices and hospital bills; counts only; log file attached")
def m147():
    m = new("IT Operations <it-operations@%s>" % D,
            "IT Announcements <it-announce@%s>" % D,
            "Post-mortem INC0049210 – DocIn scanning backlog for health invoices (26–27 March)", hdate(31, 13, 40), mid(147),
            cc="Jana Mertensmeier <jana.mertensmeier@%s>" % D)
    body(m, """Hi all,

post-mortem for last week's scanning incident.

What happened
On Thursday 26 March at 14:52 the OCR cluster of DocIn lane 3 (doctors' invoices, hospital bills, dental cost plans, prescriptions) stopped processing after a certificate on the internal message queue expired. Incoming documents were stored correctly but not classified. 11,482 documents queued up; the health claims teams saw no new work items for about 19 hours.

Impact
- No documents were lost; all were processed by Friday 27 March, 15:30.
- Average reimbursement time for outpatient invoices went up by about one day for that week.
- No personal data left our systems; this was an availability incident only, not a data breach.

Root cause
The certificate for mq-docin-03 was issued manually in 2024 and was not in the certificate monitor.

Actions
1. All MQ certificates added to the monitor (done).
2. Switch MQ certificates to automatic renewal (owner: Messaging team, due 30 April).
3. Alert if a DocIn lane has zero output for more than 30 minutes during business hours (due 15 April).

The relevant log excerpt is attached (no document contents).

IT Operations
""")
    attach_text(m, """2026-03-26T14:51:58.214+01:00 INFO  docin-lane3 worker-2 batch 88412 classified 64 docs (type=INVOICE_OUTPATIENT:41, HOSPITAL_BILL:9, DENTAL_PLAN:6, PRESCRIPTION:8)
2026-03-26T14:52:03.771+01:00 ERROR docin-lane3 mq-client TLS handshake failed: certificate expired (CN=mq-docin-03.int.brueckenthal.example, notAfter=2026-03-26T13:52:00Z)
2026-03-26T14:52:03.772+01:00 WARN  docin-lane3 mq-client reconnect in 30s (attempt 1)
2026-03-26T14:52:33.802+01:00 ERROR docin-lane3 mq-client TLS handshake failed: certificate expired
2026-03-26T15:30:00.000+01:00 INFO  docin-ingest queue depth lane3=612
2026-03-27T06:00:00.000+01:00 INFO  docin-ingest queue depth lane3=9140
2026-03-27T09:41:17.305+01:00 INFO  docin-lane3 mq-client certificate reloaded (notAfter=2028-03-27T08:30:00Z)
2026-03-27T09:41:18.002+01:00 INFO  docin-lane3 mq-client connected
2026-03-27T15:30:12.480+01:00 INFO  docin-ingest queue depth lane3=0
""", "plain", "docin-lane3_2026-03-26.log")
    return m


@mail(148, "NORMAL", "en", "insurer-to-partner",
      "trap: Solvency II report review with health SLT provisions and mortality assumptions as company totals; no person")
def m148():
    m = new("Thomas Beverungen <thomas.beverungen@%s>" % D,
            "\"Dr. Philipp Zell\" <philipp.zell@hz-wp.example>",
            "SFCR 2025 – final draft for your review (sections D and E)", hdate(31, 14, 50), mid(148),
            cc="Birgit Hunstiege <birgit.hunstiege@%s>" % D)
    body(m, """Dear Philipp,

the final draft of the SFCR 2025 is in the data room (folder 07_SFCR, file SFCR_2025_v0.9.pdf). Sections D (valuation) and E (capital management) have changed since your last review:

- D.2 Technical provisions: health SLT best estimate EUR 1,284m (v0.7: 1,291m) after the updated
  lapse assumptions; life best estimate EUR 2,907m; risk margin EUR 188m in total.
- D.2.3: new paragraph on the mortality and morbidity tables (DAV 2008 T, DAV 2018 I for
  critical illness, own BU incidence and termination tables based on 2015–2024 experience).
- E.2: SCR EUR 612m, eligible own funds EUR 1,342m, solvency ratio 219 % (2024: 211 %).
- E.2.2: the health underwriting risk module now includes the mass accident scenario for the
  group accident portfolio.

Publication date is 8 April. Could we have your comments by 3 April?

""" + SIG["beverungen"] + "\n\n" + FOOT_EN + "\n")
    return m


@mail(149, "NORMAL", "en", "internal",
      "trap: March close kick-off with claims reserves for health, BU and accident as totals; XLSX checklist")
def m149():
    m = new("Birgit Hunstiege <birgit.hunstiege@%s>" % D,
            "Abschluss-Team <abschluss@%s>" % D,
            "Q1 / March close – kick-off and checklist (English version for the Global Health and IT colleagues)", hdate(31, 15, 45), mid(149))
    body(m, """Hi all,

March is also our Q1 quarter-end, so this close is a bit bigger than usual. The checklist is attached; deadlines are one day earlier than in February because of Easter (3–6 April).

Key dates
  1 April, 18:00   cut-off sub-ledgers (premiums, claims payments, commissions)
  2 April, 12:00   claims reserves P&C incl. final storm "Gerlinde" reserve
  7 April, 12:00   IBNR health and long-term care; Global Health reserves in AED/SGD converted at 31 March rates
  7 April, 16:00   life/BU reserves, accident annuities
  9 April          preliminary Q1 result to the Board
 24 April          Q1 bordereaux to Skagerrak Re

Current estimates (EUR m, gross): health claims paid Q1 163.4; BU annuities in payment 41.7;
accident disability benefits 8.9; motor 72.0; property 58.6 (of which storm 21.3).

Thank you all for February – we closed on time despite the storm.

""" + SIG["hunstiege"] + "\n")
    attach_bytes(m, xlsx([("Q1 close checklist", [
        ["#", "Task", "Owner", "Due", "Status"],
        [1, "Cut-off premium sub-ledger", "Accounting", "2026-04-01 18:00", "open"],
        [2, "Cut-off claims payments (all lines)", "Accounting", "2026-04-01 18:00", "open"],
        [3, "Claims reserves P&C incl. storm Gerlinde", "Claims P&C", "2026-04-02 12:00", "open"],
        [4, "IBNR health & LTC", "Actuarial", "2026-04-07 12:00", "open"],
        [5, "Global Health reserves FX conversion", "Global Health / Accounting", "2026-04-07 12:00", "open"],
        [6, "Life/BU reserves, accident annuities", "Actuarial", "2026-04-07 16:00", "open"],
        [7, "Reinsurance accounts Q1", "Reinsurance", "2026-04-08 12:00", "open"],
        [8, "Preliminary Q1 result to the Board", "Accounting", "2026-04-09 09:00", "open"],
        [9, "Q1 bordereaux Skagerrak Re", "Reinsurance", "2026-04-24", "open"]])], author="Birgit Hunstiege", day=31),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Q1_2026_close_checklist.xlsx")
    return m


@mail(150, "NORMAL", "de", "internal",
      "Easter on-call rota for the claims hotline with staff names and business mobiles; organisational only; ODS")
def m150():
    m = new("Sabine Quast <sabine.quast@%s>" % D,
            "Schaden-Hotline Rufbereitschaft <hotline-rufbereitschaft@%s>" % D,
            "Rufbereitschaft Schaden-Hotline über Ostern (03.–06.04.)", hdate(31, 16, 55), mid(150),
            cc="Kundenservice Leitung <kundenservice-leitung@%s>" % D)
    body(m, """Hallo zusammen,

hier der Plan für die Rufbereitschaft über Ostern. Die Hotline ist wie immer rund um die Uhr erreichbar; die Erstannahme macht der Dienstleister, ihr werdet nur für Großschäden, Notmaßnahmen über 5.000 € und Rückfragen der Assisteure angerufen.

Bitte denkt daran:
- Diensthandy geladen und Ton an, VPN-Token dabei
- Bei Personenschäden (Kfz-Haftpflicht mit Verletzten, Unfall) sofort an die Rufbereitschaft Personenschaden übergeben, nicht selbst regulieren
- Kurzprotokoll jedes Einsatzes im Teams-Kanal "Rufbereitschaft" – ohne Namen von Kunden, nur Schadennummer

Tauscht ihr untereinander, tragt es bitte direkt in die Tabelle ein und gebt mir Bescheid.

Frohe Ostern!

""" + SIG["quast"] + "\n")
    attach_bytes(m, ods("Rufbereitschaft Ostern", [
        ["Datum", "Zeit", "Sach/Kfz", "Diensthandy", "Personenschaden", "Diensthandy"],
        ["Fr 03.04.2026", "08:00–20:00", "Dennis Ostermeier", "0171 5530 417", "Ralf Engemann", "0171 5530 481"],
        ["Fr 03.04.2026", "20:00–08:00", "Tobias Wennemar", "0171 5530 284", "Ralf Engemann", "0171 5530 481"],
        ["Sa 04.04.2026", "ganztags", "Lea Fründt", "0171 5530 538", "Markus Heitkamp", "0171 5530 461"],
        ["So 05.04.2026", "ganztags", "Sabine Quast", "0171 5530 402", "Markus Heitkamp", "0171 5530 461"],
        ["Mo 06.04.2026", "ganztags", "Dennis Ostermeier", "0171 5530 417", "Ralf Engemann", "0171 5530 481"]], day=31),
        "application/vnd.oasis.opendocument.spreadsheet", "Rufbereitschaft_Ostern_2026.ods")
    return m

# ---------------------------------------------------------------------------
# build and check
# ---------------------------------------------------------------------------
def build(outdir):
    md = os.path.join(outdir, "mails")
    os.makedirs(md, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in sorted(MAILS):
        spec = MAILS[n]
        m = spec["fn"]()
        fix_boundaries(m, n, spec["style"])
        data = m.as_bytes(policy=POL)
        name = "%s%04d.eml" % (PREFIX, n)
        with open(os.path.join(md, name), "wb") as f:
            f.write(data)
        rows.append("\t".join([name, spec["label"], spec["lang"], spec["kind"], spec["reason"]]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "GB": 22, "ES": 24, "FR": 27, "CH": 21, "IE": 22,
            "LU": 20, "BE": 16, "IT": 27, "PL": 28, "DK": 18, "AE": 23, "PT": 25, "SE": 24}
IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})(\d{2})")


def iban_ok(s):
    s = s.upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def find_ibans(text):
    """Every country code + 2 digits followed by enough alphanumerics (single spaces allowed)."""
    found = []
    for mo in IBAN_START.finditer(text):
        cc = mo.group(1)
        if cc not in IBAN_LEN:
            continue
        need = IBAN_LEN[cc]
        cand = cc + mo.group(2)
        i = mo.end()
        while len(cand) < need and i < len(text):
            ch = text[i]
            if ch.isascii() and ch.isalnum():
                cand += ch
            elif ch == " " and i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isalnum():
                pass
            else:
                break
            i += 1
        if len(cand) == need and cand[4:].isalnum() and cand[2:4].isdigit():
            if cc == "DE" and not cand[4:].isdigit():
                continue
            found.append(cand)
    return found


def pdf_text(data):
    assert data.startswith(b"%PDF-"), "not a PDF"
    assert b"%%EOF" in data[-40:], "PDF without EOF"
    txt = []
    for mo in re.finditer(rb"<<([^>]*?/Length (\d+)[^>]*?)>>\nstream\n", data):
        ln = int(mo.group(2))
        raw = data[mo.end():mo.end() + ln]
        if b"/FlateDecode" in mo.group(1):
            raw = zlib.decompress(raw)
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            t = re.sub(rb"\\(.)", rb"\1", s.group(1))
            txt.append(t.decode("cp1252"))
    return "\n".join(txt)


def office_text(data, ext):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    names = z.namelist()
    need = {"xlsx": "xl/workbook.xml", "docx": "word/document.xml",
            "odt": "content.xml", "ods": "content.xml"}[ext]
    assert need in names, "%s lacks %s" % (ext, need)
    if ext in ("odt", "ods"):
        assert names[0] == "mimetype", "ODF mimetype not first"
    out = []
    for nm in names:
        if nm.endswith(".xml") or nm.endswith(".rels"):
            dom = minidom.parseString(z.read(nm))
            if nm in (need, "xl/worksheets/sheet1.xml") or nm.startswith("xl/worksheets/"):
                out.append(" ".join(t.data for t in _texts(dom)))
    return "\n".join(out)


def _texts(node):
    for c in node.childNodes:
        if c.nodeType == c.TEXT_NODE:
            yield c
        else:
            yield from _texts(c)


def check_blob(name, data, errs, texts, stats):
    ext = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    stats[ext] = stats.get(ext, 0) + 1
    try:
        if ext in ("xlsx", "docx", "odt", "ods"):
            texts.append(office_text(data, ext))
        elif ext == "zip":
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None
            for nm in z.namelist():
                if not nm.endswith("/"):
                    check_blob(nm, z.read(nm), errs, texts, stats)
        elif ext == "pdf":
            t = pdf_text(data)
            assert len(t.strip()) > 20, "PDF text layer empty"
            texts.append(t)
        elif ext == "ics":
            t = data.decode("utf-8")
            assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, "ICS incomplete"
            texts.append(t.replace("\r\n ", ""))          # unfold
        elif ext in ("csv", "txt", "log"):
            try:
                texts.append(data.decode("utf-8"))
            except UnicodeDecodeError:
                texts.append(data.decode("cp1252"))
    except Exception as e:  # noqa
        errs.append("%s: %s: %r" % (name, ext, e))


ADDR_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"https?://([^/\s\"'<>)]+)")


def check_message(fname, data, errs, stats, seen_ids, top=True):
    texts = []
    if top:
        if re.search(rb"(?<!\r)\n", data):
            errs.append(fname + ": bare LF")
        if any(len(ln) > 998 for ln in data.split(b"\r\n")):
            errs.append(fname + ": line > 998")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append("%s: defects %r" % (fname, part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("%s: header %s defects %r" % (fname, k, v.defects))
    if top:
        mi = msg["Message-ID"]
        if not mi or mi in seen_ids:
            errs.append(fname + ": Message-ID missing or duplicate")
        seen_ids.add(mi)
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if (d.year, d.month) != (2026, 3):
            errs.append(fname + ": date outside March 2026")
        if not re.search(r"[@.]" + re.escape(D) + r">?$", str(msg["From"]).lower()):
            errs.append(fname + ": not sent from " + D)
        stats.setdefault("top", {}).setdefault(msg.get_content_type(), 0)
        stats["top"][msg.get_content_type()] += 1
    for k in ("From", "To", "Cc", "Reply-To"):
        for v in msg.get_all(k, []):
            for a in ADDR_RE.findall(str(v)):
                if not a.lower().endswith(".example"):
                    errs.append("%s: host %s in %s" % (fname, a, k))
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            stats["eml"] = stats.get("eml", 0) + 1
            inner = part.get_payload()[0]
            check_message(fname + "/rfc822", inner.as_bytes(policy=POL), errs, stats, seen_ids, top=False)
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text" and not (fn and fn.lower().endswith((".csv", ".ics"))):
            cs = part.get_content_charset() or "us-ascii"
            try:
                t = payload.decode(cs)
            except Exception as e:  # noqa
                errs.append("%s: text part does not decode as %s: %r" % (fname, cs, e))
                continue
            if fn:
                stats[fn.rsplit(".", 1)[-1].lower()] = stats.get(fn.rsplit(".", 1)[-1].lower(), 0) + 1
            texts.append(t)
            stats.setdefault("charset", {}).setdefault(cs, 0)
            stats["charset"][cs] += 1
        elif fn:
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    payload.decode(cs)
                except Exception as e:  # noqa
                    errs.append("%s: %s does not decode as %s: %r" % (fname, fn, cs, e))
            check_blob(fn, payload, errs, texts, stats)
        else:
            errs.append("%s: non-text part without filename (%s)" % (fname, ct))
    alltext = "\n".join(texts)
    for ib in find_ibans(alltext):
        stats["_ibans"] = stats.get("_ibans", 0) + 1
        if not iban_ok(ib):
            errs.append("%s: invalid IBAN %s" % (fname, ib))
    for h in ADDR_RE.findall(alltext) + URL_RE.findall(alltext):
        h = h.lower().rstrip(".")
        if not (h.endswith(".example") or h in ("", )):
            errs.append("%s: host %s in text" % (fname, h))
    return errs


def check(outdir):
    errs = []
    with tempfile.TemporaryDirectory() as tmp:
        build(tmp)
        for sub in ("labels.tsv",):
            if open(os.path.join(tmp, sub), "rb").read() != open(os.path.join(outdir, sub), "rb").read():
                errs.append("labels.tsv differs from a fresh build")
        fresh = sorted(os.listdir(os.path.join(tmp, "mails")))
        have = sorted(os.listdir(os.path.join(outdir, "mails")))
        if fresh != have:
            errs.append("file lists differ: %s" % sorted(set(fresh) ^ set(have)))
        for f in fresh:
            a = open(os.path.join(tmp, "mails", f), "rb").read()
            p = os.path.join(outdir, "mails", f)
            if not os.path.exists(p) or open(p, "rb").read() != a:
                errs.append(f + ": differs from a fresh build (not deterministic or stale)")
    stats = {}
    seen = set()
    count = {}
    kinds = {}
    with open(os.path.join(outdir, "labels.tsv"), encoding="utf-8") as fh:
        rows = [ln.rstrip("\n").split("\t") for ln in fh]
    assert rows[0] == ["file", "label", "lang", "kind", "reason"], rows[0]
    for r in rows[1:]:
        if len(r) != 5 or r[1] not in LABELS or r[2] not in ("de", "en") or not r[4].strip():
            errs.append("bad labels row %r" % (r,))
            continue
        count[(r[1], r[2])] = count.get((r[1], r[2]), 0) + 1
        kinds.setdefault(r[3], {}).setdefault(r[1], 0)
        kinds[r[3]][r[1]] += 1
        if r[1] != "NORMAL" and r[4].startswith("trap:"):
            errs.append(r[0] + ": trap reason on a sensitive mail")
        data = open(os.path.join(outdir, "mails", r[0]), "rb").read()
        check_message(r[0], data, errs, stats, seen)
    if len(rows) - 1 != len(MAILS) or sorted(MAILS) != list(range(1, len(MAILS) + 1)):
        errs.append("mail numbering has gaps")
    print("mails: %d" % (len(rows) - 1))
    print("%-22s %4s %4s %5s" % ("label", "de", "en", "total"))
    for lab in LABELS:
        de, en = count.get((lab, "de"), 0), count.get((lab, "en"), 0)
        print("%-22s %4d %4d %5d" % (lab, de, en, de + en))
    de = sum(v for (l, g), v in count.items() if g == "de")
    en = sum(v for (l, g), v in count.items() if g == "en")
    print("%-22s %4d %4d %5d" % ("total", de, en, de + en))
    traps = sum(1 for r in rows[1:] if r[1] == "NORMAL" and r[4].startswith("trap:"))
    print("traps: %d" % traps)
    print("kinds:")
    for k in sorted(kinds, key=lambda k: -sum(kinds[k].values())):
        print("  %-24s %3d  %s" % (k, sum(kinds[k].values()), kinds[k]))
    print("top-level types:", stats.pop("top", {}))
    print("charsets:", stats.pop("charset", {}))
    print("IBANs found and check-digit verified: %d" % stats.pop("_ibans", 0))
    print("attachments:", stats)
    if errs:
        print("\nERRORS (%d):" % len(errs))
        for e in errs:
            print("  " + e)
        return 1
    print("\ncheck passed")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="rebuild into a temp folder, compare and check")
    a = ap.parse_args()
    if a.check:
        sys.exit(check(HERE))
    if os.path.isdir(os.path.join(HERE, "mails")):
        for f in os.listdir(os.path.join(HERE, "mails")):
            if f.startswith(PREFIX) and f.endswith(".eml"):
                os.remove(os.path.join(HERE, "mails", f))
    build(HERE)
    print("wrote %d mails to %s" % (len(MAILS), os.path.join(HERE, "mails")))


if __name__ == "__main__":
    main()
