#!/usr/bin/env python3
"""Generator of the d198 mail corpus (fictitious insurer Auenhain, Minden).

Python standard library only, deterministic.

    python3 make_corpus.py           # writes mails/d198-0001.eml ... and labels.tsv
    python3 make_corpus.py --check   # rebuilds into a temp folder, compares byte for byte,
                                     # parses every mail and opens every attachment

Every mail below is written on its own; only the staff signatures (SIG) and the
legal footers (FOOT_DE / FOOT_EN) are shared.
"""
import argparse
import csv
import datetime
import email
import email.policy
import email.utils
import io
import os
import re
import sys
import tempfile
import textwrap
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email.generator import BytesGenerator
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d198-"
POLICY = email.policy.SMTP
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")

# --------------------------------------------------------------------------
# time, ids
# --------------------------------------------------------------------------

def _tz(dt):
    # CEST between 29 March 2026 02:00 and 25 October 2026 03:00
    if datetime.datetime(2026, 3, 29, 2) <= dt < datetime.datetime(2026, 10, 25, 3):
        return datetime.timezone(datetime.timedelta(hours=2))
    return datetime.timezone(datetime.timedelta(hours=1))


def when(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return dt.replace(tzinfo=_tz(dt))


def rfcdate(s):
    return email.utils.format_datetime(when(s))


# --------------------------------------------------------------------------
# IBAN
# --------------------------------------------------------------------------

def iban_ok(iban):
    s = re.sub(r"\s", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


# --------------------------------------------------------------------------
# attachments, all hand-made
# --------------------------------------------------------------------------

ZIP_TIME = (2026, 1, 2, 8, 0, 0)


def _zip(members, time=ZIP_TIME, stored_first=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=time)
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            if stored_first and i == 0:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def zip_(members, time=ZIP_TIME):
    return _zip(members, time)


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, time=ZIP_TIME):
    """sheets: list of (name, rows); numbers become numeric cells."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    members = []
    for si, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
        wb.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), si, si))
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (si, si))
        sx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for ri, row in enumerate(rows, 1):
            sx.append('<row r="%d">' % ri)
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    sx.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                else:
                    sx.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
            sx.append('</row>')
        sx.append('</sheetData></worksheet>')
        members.append(("xl/worksheets/sheet%d.xml" % si, "".join(sx)))
    ct.append('</Types>')
    wb.append('</sheets></workbook>')
    rels.append('</Relationships>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                 '</Relationships>')
    return _zip([("[Content_Types].xml", "".join(ct)), ("_rels/.rels", root_rels),
                 ("xl/workbook.xml", "".join(wb)), ("xl/_rels/workbook.xml.rels", "".join(rels))]
                + members, time)


def docx(paras, time=ZIP_TIME):
    """paras: strings ('# ' = bold heading) or lists of rows (a table)."""
    body = []
    for p in paras:
        if isinstance(p, list):
            t = ['<w:tbl><w:tblPr><w:tblBorders>'
                 '<w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                 '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                 '</w:tblBorders></w:tblPr>']
            for row in p:
                t.append('<w:tr>')
                for cell in row:
                    t.append('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(cell))
                t.append('</w:tr>')
            t.append('</w:tbl>')
            body.append("".join(t))
        elif p.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + '</w:body></w:document>')
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)], time)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'office:version="1.2"')


def _odf(mime, content, time):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                time, stored_first=True)


def odt(paras, time=ZIP_TIME):
    b = []
    for p in paras:
        if p.startswith("# "):
            b.append('<text:h text:outline-level="1">%s</text:h>' % _x(p[2:]))
        else:
            b.append('<text:p>%s</text:p>' % _x(p))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (_ODF_NS, "".join(b)))
    return _odf("application/vnd.oasis.opendocument.text", content, time)


def ods(sheets, time=ZIP_TIME):
    t = []
    for name, rows in sheets:
        t.append('<table:table table:name="%s">' % _x(name))
        for row in rows:
            t.append('<table:table-row>')
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    t.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    t.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            t.append('</table:table-row>')
        t.append('</table:table>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document-content>'
               % (_ODF_NS, "".join(t)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", content, time)


def _pdfstr(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(text, producer="Auenhain DMS 4.2", created="20260105090000", per_page=52, compress=True):
    """text: str; lines starting with '# ' are set in bold. Wrapped at 92 chars."""
    lines = []
    for raw in text.split("\n"):
        bold = raw.startswith("# ")
        raw = raw[2:] if bold else raw
        parts = textwrap.wrap(raw, 92) or [""]
        lines.extend((bold, p) for p in parts)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Producer (" + _pdfstr(producer) + b") /CreationDate (D:" + created.encode()
               + b"+01'00') >>")
    kids = []
    n = 6
    for pg in pages:
        cs = [b"BT", b"14 TL", b"56 790 Td"]
        for bold, ln in pg:
            cs.append((b"/F2" if bold else b"/F1") + b" 10 Tf (" + _pdfstr(ln) + b") Tj T*")
        cs.append(b"ET")
        stream = b"\n".join(cs)
        if compress:
            data = zlib.compress(stream, 9)
            objs[n + 1] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)) + data + b"\nendstream"
        else:
            objs[n + 1] = (b"<< /Length %d >>\nstream\n" % len(stream)) + stream + b"\nendstream"
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (n + 1))
        kids.append(n)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for i in range(1, size):
        out += b"%010d 00000 n \n" % offs[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def csvb(rows, sep=";", enc="utf-8", bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(enc)
    return (b"\xef\xbb\xbf" + data) if bom else data


def ics(uid, start, end, summary, organizer, attendees=(), location="", description="",
        method="REQUEST", stamp="20260102T080000Z"):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        b = line.encode("utf-8")
        if len(b) <= 74:
            return line
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 73:
                out.append(cur)
                cur = " " + ch
            else:
                cur += ch
        out.append(cur)
        return "\r\n".join(out)
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Auenhain//Kalender 3.1//DE", "METHOD:" + method,
         "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
         "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "DTSTART:19700329T020000",
         "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
         "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "DTSTART:19701025T030000",
         "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
         "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp,
         "DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end,
         "SUMMARY:" + esc(summary), "ORGANIZER:" + organizer]
    for a in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:" + a)
    if location:
        L.append("LOCATION:" + esc(location))
    if description:
        L.append("DESCRIPTION:" + esc(description))
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(x) for x in L) + "\r\n").encode("utf-8")


# --------------------------------------------------------------------------
# people: each person always signs the same way
# --------------------------------------------------------------------------

P = {
    "kempf": "Britta Kempf-Oltmanns <britta.kempf-oltmanns@auenhain.example>",
    "feld": "Jonas Feldhusen <jonas.feldhusen@auenhain.example>",
    "sauer": "Dr. Meike Sauerland <meike.sauerland@auenhain.example>",
    "aydin": "Tarek Aydın <tarek.aydin@auenhain.example>",
    "brand": "Ulrike Brandhorst <ulrike.brandhorst@auenhain.example>",
    "voss": "Henrik Vossberg <henrik.vossberg@auenhain.example>",
    "lanwer": "Sophie Lanwer <datenschutz@auenhain.example>",
    "koll": "Mats Kollenrott <mats.kollenrott@auenhain.example>",
    "whit": "Claire Whitfield <claire.whitfield@auenhain.example>",
    "oye": "Daniel Oyelaran <daniel.oyelaran@auenhain.example>",
    "nie": "Petra Niemeyer-Haß <petra.niemeyer-hass@auenhain.example>",
    "woe": "Friedrich Wöhler <friedrich.woehler@auenhain.example>",
    "stro": "Annika Strothmann <annika.strothmann@auenhain.example>",
    "budde": "Lea Budde <lea.budde@auenhain.example>",
    "hartke": "Robin Hartke <robin.hartke@auenhain.example>",
    "karras": "Giorgos Karras <giorgos.karras@auenhain.example>",
    "willig": "Nadine Willig <nadine.willig@auenhain.example>",
    "holt": "Emma Holtkamp <emma.holtkamp@auenhain.example>",
}

SIG = {
    "kempf": """--
Britta Kempf-Oltmanns
Firmenkunden bAV | Kollektiv Leben
Auenhain Lebensversicherung AG
Tel. +49 571 8830-412 | Fax -499""",
    "feld": """Mit freundlichen Grüßen
Jonas Feldhusen
Gruppenunfall & Kollektiv-Leistung
Auenhain Versicherung AG, Auenhainer Allee 12, 32423 Minden
Telefon 0571 8830-437""",
    "sauer": """Dr. med. Meike Sauerland
Gesellschaftsärztin | Leistungs- und Risikoprüfung Leben/BU/Unfall
Auenhain Lebensversicherung AG
0571 8830-560""",
    "aydin": """Viele Grüße
Tarek Aydın
Kfz-Schaden
Auenhain Versicherung AG | Tel. 0571 8830-215""",
    "brand": """Freundliche Grüße aus Minden
Ulrike Brandhorst
Kundenservice Privat – Sach
Auenhain Versicherung AG
Tel. 0571 8830-120""",
    "voss": """Henrik Vossberg
Maklerbetreuung Firmenkunden / Broker Relations Corporate
Auenhain Versicherungsgruppe
M +49 171 5530 2291 | T +49 571 8830-330""",
    "lanwer": """Sophie Lanwer
Datenschutzbeauftragte der Auenhain Versicherungsgruppe
datenschutz@auenhain.example | 0571 8830-900""",
    "koll": """Mats Kollenrott
IT-Servicedesk | Auenhain Versicherungsgruppe
Durchwahl -777 | Ticketportal: https://servicedesk.auenhain.example""",
    "whit": """Kind regards,
Claire Whitfield
International Group Benefits
Auenhain Versicherungsgruppe | Minden, Germany
T +49 571 8830-455""",
    "oye": """Daniel Oyelaran
Actuarial & Reinsurance
Auenhain Versicherungsgruppe
+49 571 8830-610""",
    "nie": """Mit freundlichen Grüßen

Petra Niemeyer-Haß
Leistungsabteilung Krankenversicherung
Auenhain Krankenversicherung AG
Telefon 0571 8830-520""",
    "woe": """Mit freundlichen Grüßen
i. A. Friedrich Wöhler
Schaden Gewerbe & Haftpflicht
Auenhain Versicherung AG – Tel. 0571 8830-240""",
    "stro": """Annika Strothmann
Personalabteilung / HR
Auenhain Versicherungsgruppe | -050""",
    "budde": """Beste Grüße
Lea Budde
Betriebliche Krankenversicherung (bKV) – Firmenkunden
Auenhain Krankenversicherung AG
Tel. 0571 8830-470""",
    "hartke": """Robin Hartke
Unternehmenskommunikation
Auenhain Versicherungsgruppe
presse@auenhain.example | 0571 8830-080""",
    "karras": """Mit freundlichen Grüßen
Giorgos Karras
Leistung Leben privat
Auenhain Lebensversicherung AG
0571 8830-540""",
    "willig": """Freundliche Grüße
Nadine Willig
Rechtsschutz-Schaden
Auenhain Versicherung AG – 0571 8830-260""",
    "holt": """Viele Grüße
Emma Holtkamp
Kundenservice Privat – Kfz & Vertrag
Auenhain Versicherung AG
0571 8830-130""",
}

FOOT_DE = """______________________________________________________________
Auenhain Versicherungsgruppe: Auenhain Versicherung AG · Auenhain
Lebensversicherung AG · Auenhain Krankenversicherung AG
Auenhainer Allee 12 · 32423 Minden · www.auenhain.example
Sitz jeweils Minden · Amtsgericht Bad Oeynhausen HRB 40917 / 40918 / 40921
Vorstand: Dr. Carsten Rohlfing (Vors.), Yvonne Stallmeister, Bernd Quakernack
Vorsitzende der Aufsichtsräte: Gesine Tölle-Meinders
Diese Nachricht kann vertrauliche Informationen enthalten. Wenn Sie nicht
der richtige Adressat sind, informieren Sie bitte den Absender und löschen
Sie diese Nachricht."""

FOOT_EN = """______________________________________________________________
Auenhain Versicherungsgruppe (Auenhain Versicherung AG, Auenhain
Lebensversicherung AG, Auenhain Krankenversicherung AG), Auenhainer Allee 12,
32423 Minden, Germany. Registered at Amtsgericht Bad Oeynhausen HRB 40917 /
40918 / 40921. Management Board: Dr. Carsten Rohlfing (CEO), Yvonne
Stallmeister, Bernd Quakernack. This message may contain confidential
information. If you are not the intended recipient, please notify the sender
and delete it."""


def S(who):
    return SIG[who]


# --------------------------------------------------------------------------
# building a mail
# --------------------------------------------------------------------------

MAILS = []


def att(filename, data, mime=None, **params):
    return ("file", filename, data, mime, params)


def fwd(msg, filename=None):
    return ("msg", filename, msg, None, {})


def inner(frm, to, subject, date, body, mid, cc=None, charset="utf-8", cte=None, hdr=None, atts=()):
    """An embedded (forwarded) message."""
    m = EmailMessage(policy=POLICY)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = rfcdate(date)
    m["Message-ID"] = mid
    for k, v in (hdr or {}).items():
        m[k] = v
    m.set_content(body, charset=charset, cte=cte or "quoted-printable")
    for a in atts:
        _add(m, a)
    return m


_MIME = {
    ".pdf": "application/pdf",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".zip": "application/zip",
    ".csv": "text/csv",
    ".ics": "text/calendar",
    ".txt": "text/plain",
}


def _add(m, a):
    kind, filename, data, mime, params = a
    if kind == "msg":
        m.add_attachment(data, disposition="attachment" if filename else "inline",
                         **({"filename": filename} if filename else {}))
        return
    mime = mime or _MIME[os.path.splitext(filename)[1].lower()]
    maint, subt = mime.split("/")
    if maint == "text":
        cs = params.pop("charset", "utf-8")
        m.add_attachment(data.decode(cs) if isinstance(data, bytes) else data, subtype=subt,
                         charset=cs, filename=filename,
                         cte=params.pop("cte", "base64" if subt != "calendar" else "quoted-printable"))
        part = m.get_payload()[-1]
        for k, v in params.items():
            part.set_param(k, v)
    else:
        m.add_attachment(data, maintype=maint, subtype=subt, filename=filename)


def mail(n, label, lang, kind, reason, *, frm, to, subject, date, body=None, html=None,
         cc=None, atts=(), charset="utf-8", cte=None, hdr=None, flowed=False):
    assert label in LABELS and lang in ("de", "en") and "\n" not in reason and "\t" not in reason
    m = EmailMessage(policy=POLICY)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = rfcdate(date)
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = "<%s.%s%04d@%s>" % (when(date).strftime("%Y%m%d%H%M"), PREFIX.rstrip("-"), n, dom)
    for k, v in (hdr or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    if body is not None:
        m.set_content(body, charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset)
    else:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    for a in atts:
        _add(m, a)
    i = 0
    for part in m.walk():
        if part is not m and "From" not in part and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%s%04d_%d" % (PREFIX, n, i))
            i += 1
    MAILS.append(dict(n=n, label=label, lang=lang, kind=kind, reason=reason, msg=m))


def to_bytes(m):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=POLICY, mangle_from_=False).flatten(m)
    return buf.getvalue()


# ==========================================================================
# MAILS
# ==========================================================================
# ---- 0001 -------------------------------------------------------------
_m = inner(
    "Sandra Pöttker <sandra.poettker@weserbogen-logistik.example>",
    "Britta Kempf-Oltmanns <britta.kempf-oltmanns@auenhain.example>",
    "bAV Neuanmeldungen April 2026 - Weserbogen Logistik (Kollektiv KL-DV-0061)",
    "2026-03-27 14:52",
    """Hallo Frau Kempf-Oltmanns,

anbei wie besprochen die Neuanmeldungen zur Direktversicherung für April.
Alle vier haben die Entgeltumwandlungsvereinbarung unterschrieben, die
Originale liegen bei uns in der Personalakte. Herr Okafor fängt erst zum
15.04. an, bitte trotzdem schon zum 01.04. anmelden wenn das geht? Sonst
eben 01.05.

Der Arbeitgeberzuschuss ist wie immer pauschal 15 %.

Schönes Wochenende
Sandra Pöttker
Personalabteilung
Weserbogen Logistik GmbH | Hafenstraße 31 | 32457 Porta Westfalica
Tel. 0571 97712-30""",
    "<8d21f0c3a4e54b7f@weserbogen-logistik.example>",
    hdr={"X-Mailer": "Microsoft Outlook 16.0"},
    atts=[att("Neuanmeldungen_bAV_04-2026.xlsx", xlsx([("Neuzugänge", [
        ["Pers.-Nr.", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Brutto mtl. EUR", "Entgeltumwandlung mtl. EUR", "AG-Zuschuss EUR", "Tarif"],
        ["40187", "Kirchhoff", "Melanie", "03.09.1991", "01.03.2026", 3240, 150, 22.5, "DV-Klassik 26"],
        ["40191", "Okafor", "Emeka", "17.12.1988", "15.04.2026", 3980, 248, 37.2, "DV-Fonds 26"],
        ["40193", "Steinhage", "Lukas", "26.06.2001", "01.03.2026", 2710, 100, 15, "DV-Klassik 26"],
        ["40195", "Wiebking", "Doris", "08.02.1969", "01.04.2026", 3105, 200, 30, "DV-Klassik 26"],
    ])]))])
mail(1, "STRICTLY_CONFIDENTIAL", "de", "company",
     "forwarded HR mail with XLSX of four named joiners to the bAV direct insurance (life line) with birth dates and salaries",
     frm=P["kempf"], to="Kollektiv Leben Bestand <kollektiv-leben@auenhain.example>",
     subject="WG: bAV Neuanmeldungen April 2026 - Weserbogen Logistik (Kollektiv KL-DV-0061)",
     date="2026-03-30 08:14",
     body="""Hallo zusammen,

bitte die vier Neuzugänge von Weserbogen policieren. Okafor zum 01.05.,
Beginn vor Eintritt geht nicht, ich schreibe Frau Pöttker gleich selbst.

Danke!
Britta

""" + S("kempf"),
     atts=[fwd(_m, "bAV Neuanmeldungen April 2026.eml")],
     hdr={"X-Mailer": "Microsoft Outlook 16.0"})

# ---- 0002 -------------------------------------------------------------
mail(2, "NORMAL", "de", "insurer-to-company",
     "trap: webinar invitation for HR departments about the bAV portal; Entgeltumwandlung and salary upload named, no person",
     frm=P["kempf"],
     to="Jürgen Fleddermann <j.fleddermann@stadtwerke-luebbecke.example>",
     cc="Henrik Vossberg <henrik.vossberg@auenhain.example>",
     subject="Einladung: Online-Sprechstunde bAV-Portal für Personalabteilungen am 21. April",
     date="2026-04-07 11:03",
     body="""Sehr geehrter Herr Fleddermann,

wie angekündigt stellen wir die neue Version unseres bAV-Portals für
Personalabteilungen in einer kurzen Online-Sprechstunde vor:

  Dienstag, 21. April 2026, 10:00 bis 11:00 Uhr (Teams-Link in der Einladung)

Themen:
- Sammel-Upload von Gehaltsänderungen und Entgeltumwandlungen als CSV
- Neue Meldestrecke für Eintritte und Austritte (mit Plausibilitätsprüfung)
- Abruf der Beitragsrechnungen und Jahresmitteilungen
- Fragen aus Ihrem Haus – gerne vorab per Mail an mich

Bitte bringen Sie keine echten Mitarbeiterdaten in die Sitzung mit; wir
zeigen alles an einem Testmandanten.

Die Kalendereinladung hängt an. Leiten Sie sie gern an Ihre Kolleginnen
aus der Entgeltabrechnung weiter.

Mit freundlichen Grüßen

""" + S("kempf") + "\n\n" + FOOT_DE,
     atts=[att("Sprechstunde_bAV-Portal.ics", ics(
         "bav-portal-sprechstunde-20260421@auenhain.example", "20260421T100000", "20260421T110000",
         "Online-Sprechstunde bAV-Portal für Personalabteilungen",
         "mailto:britta.kempf-oltmanns@auenhain.example",
         ["mailto:j.fleddermann@stadtwerke-luebbecke.example"],
         location="Microsoft Teams",
         description="Vorstellung bAV-Portal 5.0: Sammel-Upload, Ein-/Austritte, Beitragsrechnungen. Testmandant, keine Echtdaten."),
         method="REQUEST")])

# ---- 0003 -------------------------------------------------------------
mail(3, "CONFIDENTIAL", "de", "insurer-to-customer",
     "named customer, household claim number for a stolen e-bike, insured address",
     frm=P["brand"], to="Malte Riechmann <malte.riechmann@mailbox.example>",
     subject="Ihr Schaden AS-S-26-004417 – Diebstahl E-Bike",
     date="2026-02-11 15:40",
     body="""Sehr geehrter Herr Riechmann,

vielen Dank für Ihre Schadenmeldung vom 09.02.2026 zu Ihrer
Hausratversicherung AS-H-2231904 (Versicherungsort Kuhlenstraße 8,
32427 Minden).

Damit wir den Diebstahl Ihres E-Bikes (Stevens E-Triton, Rahmennummer
laut Meldung WTU418877C) regulieren können, benötigen wir noch:

1. die Kopie der Kaufrechnung,
2. die Bestätigung der Polizei über die Anzeige (Tagebuchnummer reicht),
3. ein Foto oder die Rechnung des Schlosses, mit dem das Rad gesichert war.

Die Unterlagen können Sie einfach als Antwort auf diese Mail schicken.
Bitte geben Sie dabei immer die Schadennummer an.

""" + S("brand") + "\n\n" + FOOT_DE)

# ---- 0004 -------------------------------------------------------------
mail(4, "NORMAL", "en", "internal",
     "trap: IT ticket about a rejected HR upload file; the file content (employee data) is not quoted, only encoding errors",
     frm=P["koll"], to=P["whit"],
     subject="[SD-2026-08812] Meridian Freight upload rejected – encoding",
     date="2026-01-20 09:47",
     body="""Hi Claire,

quick update on ticket SD-2026-08812 (SFTP upload for Meridian Freight
B.V., group scheme import).

The nightly import rejected their January file with

  ERR 4031 line 1: unexpected byte 0xE9 in field 3 (expected UTF-8)

Their payroll tool exports Windows-1252, our importer expects UTF-8 since
the release on 12 January. I did not open the file beyond the header
line (it contains employee data, which is not for the service desk).

Two options:
a) they switch the export to UTF-8 (preferred, their admin can do it),
b) we add a charset option per client in the importer (change request,
   earliest in the March release).

Could you ask Joost van der Linde which one works for them? I'll keep
the ticket on "waiting for customer".

Cheers
""" + S("koll"))

# ---- 0005 -------------------------------------------------------------
mail(5, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
     "group income protection claim of a named employee accepted on medical grounds, benefit amount and rehab case manager",
     frm=P["whit"], to="Fiona McAllister <fiona.mcallister@nordlicht-software.example>",
     subject="Group Income Protection – claim GIP-2026-0117 (Jannik Ebersbach)",
     date="2026-03-05 16:20",
     body="""Dear Fiona,

I am pleased to let you know that we have accepted the income protection
claim for your employee Jannik Ebersbach (scheme NLS-GIP-01, member
no. 0093).

Our medical team has reviewed the reports from his treating specialists
and confirmed that he is currently unable to work in his own occupation.
For data protection reasons we do not share the diagnosis with the
employer; Jannik has received the full decision letter directly.

Benefit details:
- deferred period of 13 weeks ended on 28 February 2026
- benefit from 1 March 2026: 75 % of the insured salary of EUR 5,100,
  i.e. EUR 3,825.00 per month, paid via your payroll
- next review: 31 August 2026

We have also offered Jannik our rehabilitation service. A case manager,
Ms Hanna Voss, will contact him to discuss a graded return to work when
his doctors consider it appropriate. If you are happy to take part in a
phased return (e.g. 50 % hours for four weeks), please let me know who
on your side should be involved.

""" + S("whit") + "\n\n" + FOOT_EN,
     hdr={"Importance": "high"})

# ---- 0006 -------------------------------------------------------------
mail(6, "NORMAL", "de", "insurer-to-broker",
     "trap: bKV quote for a prospect firm with age bands and headcounts only, benefits like Zahnersatz/Heilpraktiker named generically",
     frm=P["budde"], to="Marcus Delacroix-Brenner <m.delacroix-brenner@consilia-benefits.example>",
     cc=P["voss"],
     subject="Angebot bKV Budgettarif – Rheinkiesel Bau GmbH (Ihr Zeichen MDB/2026-114)",
     date="2026-02-18 10:26",
     body="""Hallo Herr Delacroix-Brenner,

anbei unser Angebot für die betriebliche Krankenversicherung Ihres
Interessenten Rheinkiesel Bau GmbH. Grundlage ist die anonymisierte
Belegschaftsstruktur, die Sie uns am 10.02. geschickt haben (nur
Altersbänder, keine Namen – danke dafür).

Kurzfassung:
- Budgettarif "bKV Flex 600": 600 € Gesundheitsbudget je Mitarbeitendem
  und Kalenderjahr für Vorsorge, Sehhilfen, Zahnersatz, Heilpraktiker
- keine Gesundheitsprüfung, keine Wartezeiten bei Gruppen ab 10 Personen
- Beitrag 26,40 € je Person und Monat, unabhängig vom Alter
- Familienangehörige optional zu 31,90 € (mit vereinfachten Gesundheitsfragen)

Die Kalkulationsübersicht nach Altersbändern finden Sie im Anhang.
Gültig bis 31.05.2026.

""" + S("budde") + "\n\n" + FOOT_DE,
     atts=[att("Angebot_bKV_Rheinkiesel_Bau.xlsx", xlsx([
         ("Belegschaft", [
             ["Altersband", "Anzahl Mitarbeitende", "Anteil", "Beitrag je Person EUR", "Monatsbeitrag EUR"],
             ["18-29", 23, "18 %", 26.4, 607.2],
             ["30-39", 34, "27 %", 26.4, 897.6],
             ["40-49", 31, "25 %", 26.4, 818.4],
             ["50-59", 28, "22 %", 26.4, 739.2],
             ["60-67", 10, "8 %", 26.4, 264.0],
             ["Summe", 126, "100 %", "", 3326.8],
         ]),
         ("Leistungen", [
             ["Baustein", "Leistung"],
             ["Gesundheitsbudget", "600 EUR p.a. frei einsetzbar"],
             ["Vorsorge", "Gesundheits-Check-up, Hautkrebs-Screening über GKV-Umfang hinaus"],
             ["Sehhilfen", "Brillen und Kontaktlinsen im Rahmen des Budgets"],
             ["Zahn", "Zahnersatz, Prophylaxe, Kunststofffüllungen"],
             ["Heilpraktiker", "nach GebüH bis Budgetgrenze"],
         ])]))])

# ---- 0007 -------------------------------------------------------------
mail(7, "CONFIDENTIAL", "de", "insurer-to-customer",
     "named customer and daughter with birth date, motor contract number, no-claims class transfer and new premium",
     frm=P["holt"], to="Gerd Lammersiek <g.lammersiek@posteingang.example>",
     subject="SF-Übertragung auf Ihre Tochter – Kfz-Vertrag AS-K-8812035",
     date="2026-01-14 13:05",
     body="""Sehr geehrter Herr Lammersiek,

wir haben die Übertragung des Schadenfreiheitsrabatts von Ihrem
Zweitwagen (MI-GL 412) auf Ihre Tochter Lena Lammersiek, geb. 14.08.2006,
geprüft.

Da Lena den Wagen seit Januar 2024 nachweislich mitgefahren ist, können
wir ihr nur die SF-Jahre anrechnen, die sie selbst hätte erfahren können,
also SF 2. Die restlichen Jahre verbleiben bei Ihnen und verfallen
nach sieben Jahren, falls Sie sie nicht nutzen.

Lenas neuer Vertrag AS-K-8812035 beginnt am 01.02.2026:
  Haftpflicht SF 2 (63 %), Teilkasko 150 € SB
  Jahresbeitrag 712,40 €, Zahlung jährlich per Lastschrift

Die Unterschrift unter der Übertragungserklärung fehlt noch von Lena
selbst. Das Formular schicke ich ihr separat per Post.

""" + S("holt") + "\n\n" + FOOT_DE)

# ---- 0008 -------------------------------------------------------------
mail(8, "NORMAL", "de", "internal",
     "trap: data-protection reminder about employee lists and health data in group business, no person or case named",
     frm=P["lanwer"],
     to="Firmenkunden Leben/Kranken/Unfall <fk-alle@auenhain.example>",
     subject="Erinnerung: Mitarbeiterlisten und Gesundheitsdaten im Firmengeschäft",
     date="2026-02-03 08:30",
     body="""Liebe Kolleginnen und Kollegen,

aus gegebenem Anlass (zwei Vorfälle im Januar, beide ohne Schaden) noch
einmal die wichtigsten Regeln für den Austausch mit Personalabteilungen:

1. Mitarbeiterlisten (Anmeldungen, Gehaltsmeldungen, Austritte) kommen
   ausschließlich über das bAV-/Firmenportal oder SFTP. Wenn ein
   Arbeitgeber doch eine Excel-Liste per Mail schickt: annehmen, aber
   nicht unverschlüsselt weiterleiten und den Arbeitgeber freundlich auf
   das Portal hinweisen.

2. Gesundheitsangaben zu Beschäftigten (Diagnosen, Befunde, Ergebnisse
   von Gesundheitsfragen, Gründe einer Arbeitsunfähigkeit) gehen NIE an
   die Personalabteilung – auch nicht, wenn der Arbeitgeber Beitragszahler
   ist. Dem Arbeitgeber teilen wir nur das Ergebnis mit (angenommen /
   Zuschlag / abgelehnt), sofern die versicherte Person eingewilligt hat.

3. Leistungsfälle in der Gruppenunfall- und Gruppen-BU laufen direkt mit
   der versicherten Person. Der Arbeitgeber erfährt, dass eine Leistung
   gezahlt wird, wenn sie über die Lohnabrechnung läuft.

4. Verteiler: Bitte keine externen Adressen in Kopie setzen, die nicht
   zwingend gebraucht werden (Makler nur bei Maklerverträgen).

Die Kurzschulung "Firmengeschäft und Art. 9 DSGVO" ist bis 31.03.
für alle in der Abteilung Pflicht, Link im Intranet unter Lernen > DS-07.

Danke und viele Grüße
""" + S("lanwer"))

# ---- 0009 -------------------------------------------------------------
mail(9, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "leaver from a company pension (direct life insurance) named with policy number and vested pension amount",
     frm=P["kempf"], to="Thomas Gieselmann <t.gieselmann@kettler-rhode.example>",
     cc="Marion Kuhlmann <m.kuhlmann@kettler-rhode.example>",
     subject="Austritt Herr Dirk Wessel – Direktversicherung KL-DV-0088/0142",
     date="2026-04-09 10:41",
     body="""Sehr geehrter Herr Gieselmann,

zum Ausscheiden von Herrn Dirk Wessel zum 31.03.2026 haben wir die
Direktversicherung KL-DV-0088/0142 auf beitragsfrei umgestellt
(Ihre Austrittsmeldung vom 02.04.).

Stand der Versorgung zum Austrittsdatum:
- Die Anwartschaft ist gesetzlich unverfallbar (Entgeltumwandlung).
- Garantierte Altersrente ab 01.11.2043: 186,31 € monatlich
- Kapitalwert der Anwartschaft: 14.782,56 €

Herr Wessel hat nun drei Möglichkeiten, die wir ihm heute auch direkt
schriftlich erläutert haben:
a) Fortführung mit eigenen Beiträgen,
b) Übertragung auf den neuen Arbeitgeber (Übertragungsabkommen),
c) beitragsfreie Fortführung.

Von Ihrer Seite ist nichts weiter zu tun. Bitte stellen Sie die
Beitragszahlung über die Entgeltabrechnung ab April ein; ein eventuell
noch abgebuchter April-Beitrag wird Ihnen erstattet.

Mit freundlichen Grüßen

""" + S("kempf") + "\n\n" + FOOT_DE,
     hdr={"X-Mailer": "Microsoft Outlook 16.0"})

# ---- 0010 -------------------------------------------------------------
_h10 = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2b36">
<h2 style="color:#2e6b4f">Group Benefits Insights &ndash; Spring 2026</h2>
<p>Dear HR partners,</p>
<p>welcome to the spring issue of our newsletter for employers with Auenhain group schemes.</p>
<h3>1. What our 2025 portfolio tells us</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Cause of new income protection claims</th><th>Share 2024</th><th>Share 2025</th></tr>
<tr><td>Mental health (stress, depression, anxiety)</td><td>31 %</td><td>36 %</td></tr>
<tr><td>Musculoskeletal (back, joints)</td><td>27 %</td><td>24 %</td></tr>
<tr><td>Cancer</td><td>15 %</td><td>14 %</td></tr>
<tr><td>Cardiovascular</td><td>9 %</td><td>8 %</td></tr>
<tr><td>Other</td><td>18 %</td><td>18 %</td></tr>
</table>
<p>Basis: all 1,412 new claims across our German group book. Individual schemes are never reported.</p>
<h3>2. Early intervention pays off</h3>
<p>Employees who were referred to our rehabilitation service within eight weeks of going off sick
returned to work on average 11 weeks earlier than those referred later.</p>
<h3>3. Webinar: &ldquo;Talking about mental health at work&rdquo;</h3>
<p>14 May 2026, 14:00 CEST, with an occupational psychologist. Free for all scheme administrators.</p>
<p>Best wishes,<br>Claire Whitfield, International Group Benefits</p>
<p style="font-size:11px;color:#777">You receive this newsletter as a contact of an Auenhain group scheme.
Unsubscribe: reply with &ldquo;unsubscribe&rdquo;. Auenhain Versicherungsgruppe, Auenhainer Allee 12, 32423 Minden, Germany.</p>
</body></html>"""
mail(10, "NORMAL", "en", "newsletter",
     "trap: newsletter with portfolio-wide claim-cause statistics (mental health, cancer), no individual",
     frm="Auenhain Group Benefits <newsletter@auenhain.example>",
     to="Auenhain Group Benefits <newsletter@auenhain.example>",
     subject="Group Benefits Insights – Spring 2026",
     date="2026-04-15 07:00",
     body="""Group Benefits Insights - Spring 2026

Dear HR partners,

welcome to the spring issue of our newsletter for employers with Auenhain
group schemes.

1. What our 2025 portfolio tells us

Cause of new income protection claims     2024    2025
Mental health (stress, depression, ...)   31 %    36 %
Musculoskeletal (back, joints)            27 %    24 %
Cancer                                    15 %    14 %
Cardiovascular                             9 %     8 %
Other                                     18 %    18 %

Basis: all 1,412 new claims across our German group book. Individual
schemes are never reported.

2. Early intervention pays off

Employees who were referred to our rehabilitation service within eight
weeks of going off sick returned to work on average 11 weeks earlier than
those referred later.

3. Webinar: "Talking about mental health at work"
14 May 2026, 14:00 CEST, with an occupational psychologist. Free for all
scheme administrators.

Best wishes,
Claire Whitfield, International Group Benefits

You receive this newsletter as a contact of an Auenhain group scheme.
Unsubscribe: reply with "unsubscribe".
""",
     html=_h10,
     hdr={"List-Unsubscribe": "<mailto:newsletter@auenhain.example?subject=unsubscribe>",
          "Precedence": "bulk"})

# ---- 0011 -------------------------------------------------------------
mail(11, "CONFIDENTIAL", "en", "insurer-to-customer",
     "named customer, household contents claim with insured address and payout IBAN",
     frm=P["brand"], to="Siobhan Gallagher <siobhan.gallagher@inboxmail.example>",
     subject="Re: water damage in my flat – claim AS-S-26-002981",
     date="2026-02-24 12:18",
     body="""Dear Ms Gallagher,

thank you for the photos and the plumber's report. I'm sorry I have to
answer in English with my limited vocabulary, I hope it is clear.

We accept the claim under your contents policy AS-H-3390217 (Hofweg 17,
22085 Hamburg). The water came from the flat above, so the building
insurer of your landlord pays for the floor and walls; we pay for your
own things:

  Sofa (replacement value, 4 years old)      EUR 1,180.00
  Rug                                        EUR   240.00
  Books and bookshelf                        EUR   315.00
  Drying of clothes / laundry                EUR    64.50
  ------------------------------------------------------
  Total                                      EUR 1,799.50

There is no deductible in your contract. We will transfer the amount
within five working days to the account you gave us:

  Siobhan Gallagher, IBAN DE71 2005 0550 1268 4471 90

Please keep the damaged items until 15 March in case our loss adjuster
needs to see them.

""" + S("brand") + "\n\n" + FOOT_EN,
     cte="quoted-printable")

# ---- 0012 -------------------------------------------------------------
mail(12, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "request for a medical report on a named group-accident claimant, fracture and consent to release named",
     frm=P["feld"], to="Praxis Dr. Demirel <praxis@orthopaedie-demirel.example>",
     subject="Befundbericht erbeten – Herr Marek Nowicki, geb. 21.05.1984, Unfall vom 12.01.2026",
     date="2026-02-02 09:12",
     body="""Sehr geehrter Herr Dr. Demirel,

Ihr Patient Herr Marek Nowicki, geb. 21.05.1984, ist über seinen
Arbeitgeber in unserer Gruppenunfallversicherung KV-GU-000417 versichert
und hat uns einen Unfall vom 12.01.2026 gemeldet (Sturz von einer
Laderampe, laut Unfallanzeige Tibiakopffraktur rechts, operative
Versorgung im Klinikum Mindener Land).

Für die Prüfung der Leistungen bitten wir um einen kurzen Befundbericht:

- Diagnose(n) mit ICD-10 (uns liegt S82.1 vor)
- bisheriger Verlauf, aktuelle Behandlung, Physiotherapie
- voraussichtliche Dauer der Arbeitsunfähigkeit
- ist mit einer dauerhaften Beeinträchtigung zu rechnen?
- unfallunabhängige Vorschäden am rechten Knie?

Die Schweigepflichtentbindungserklärung von Herrn Nowicki vom 27.01.2026
liegt bei. Für den Bericht vergüten wir 45,00 € nach Nr. 75 GOÄ analog,
bitte Rechnung beilegen.

Bitte antworten Sie über unser sicheres Postfach oder per Fax an
0571 8830-438.

""" + S("feld") + "\n\n" + FOOT_DE,
     atts=[att("Schweigepflichtentbindung_Nowicki.pdf", pdf(
         """# Erklärung zur Entbindung von der Schweigepflicht
Versicherungsvertrag: Gruppenunfallversicherung KV-GU-000417 (Weserbogen Logistik GmbH)
Versicherte Person: Marek Nowicki, geb. 21.05.1984, Lindenweg 3, 32457 Porta Westfalica

Ich entbinde die mich wegen des Unfalls vom 12.01.2026 behandelnden Ärzte, insbesondere
Herrn Dr. med. Yusuf Demirel (Orthopädie, Bielefeld) und das Klinikum Mindener Land,
von der Schweigepflicht gegenüber der Auenhain Versicherung AG, soweit dies zur Prüfung
der Leistungspflicht aus dem Unfall erforderlich ist.

Die Erklärung gilt für Auskünfte zu Diagnosen, Behandlungsverlauf und Vorerkrankungen
des rechten Kniegelenks der letzten fünf Jahre.

Porta Westfalica, 27.01.2026          gez. Marek Nowicki""", created="20260127141500"))])

# ---- 0013 -------------------------------------------------------------
mail(13, "NORMAL", "de", "insurer-to-supplier",
     "trap: purchase order for first-aid kits and defibrillator pads for the insurer's own offices",
     frm="Einkauf Auenhain <einkauf@auenhain.example>",
     to="Medisafe Vertrieb <bestellung@medisafe-handel.example>",
     subject="Bestellung 4500031877 – Verbandkästen / AED-Zubehör",
     date="2026-01-28 10:02",
     body="""Guten Tag,

hiermit bestellen wir zur Lieferung an unseren Standort Minden,
Auenhainer Allee 12, Warenannahme Tor 2:

Pos  Menge  Artikel
10   14     Betriebsverbandkasten DIN 13157, Wandhalterung
20   6      Nachfüllset DIN 13157
30   4      Elektrodenpads Erwachsene für AED Typ LifeBeat 3
40   2      Akku für AED Typ LifeBeat 3
50   1      Rettungsdecken, Pack à 20

Die Wartung der drei Defibrillatoren (Foyer, Kantine, 4. OG) ist laut
Prüfplakette im März fällig – bitte schicken Sie uns dafür ein Angebot
und einen Terminvorschlag.

Rechnung bitte an rechnungseingang@auenhain.example, unter Angabe der
Bestellnummer. Zahlungsziel 30 Tage netto.

Mit freundlichen Grüßen
Carola Ebmeyer
Einkauf / Facility
Auenhain Versicherungsgruppe

""" + FOOT_DE)

# ---- 0014 -------------------------------------------------------------
mail(14, "CONFIDENTIAL", "de", "insurer-to-broker",
     "body harmless; PDF commission statement of a sole-trader broker with his IBAN and tax number, and customers' motor/household policies",
     frm="Provisionsabrechnung Auenhain <courtage@auenhain.example>",
     to="Jens Tegtmeier <jens@tegtmeier-makler.example>",
     subject="Ihre Courtageabrechnung 03/2026 – Vermittlernummer 70-4418",
     date="2026-04-03 06:15",
     body="""Sehr geehrter Herr Tegtmeier,

anbei erhalten Sie Ihre Courtageabrechnung für März 2026.

Diese Nachricht wurde automatisch erstellt. Bei Fragen wenden Sie sich
bitte an Ihren Maklerbetreuer.

Auenhain Versicherungsgruppe – Provisionsabrechnung

""" + FOOT_DE,
     atts=[att("Courtage_70-4418_2026-03.pdf", pdf(
         """# Courtageabrechnung März 2026
Vermittler: Jens Tegtmeier, Versicherungsmakler (Einzelunternehmen)
Mühlenstraße 22, 32469 Petershagen
Vermittlernummer 70-4418   Steuernummer 335/5012/4471   USt: steuerfrei nach § 4 Nr. 11 UStG
Auszahlung auf: DE21 4805 0161 0043 0061 18, Sparkasse Minden-Lübbecke (fiktiv)

# Abschlusscourtage
AS-K-8803311   Kfz   Bernd Hüsemann            Jahresbeitrag 684,20   Satz 8 %    54,74
AS-H-2240518   Hausrat   Petra Lohmeier           Jahresbeitrag 142,80   Satz 25 %   35,70
AS-P-1170442   Privathaftpflicht   Kevin Rüter    Jahresbeitrag 71,40   Satz 25 %   17,85

# Bestandscourtage
Bestand Sach/Kfz laut Anlage, 211 Verträge                                       1.204,66

# Stornoreserve
Einbehalt 10 % auf Abschlusscourtage                                               -10,83

Summe Auszahlung                                                                  1.302,12 EUR
Valuta 07.04.2026""", created="20260403060000", producer="Auenhain Provision 2.7"))])

# ---- 0015 -------------------------------------------------------------
mail(15, "NORMAL", "de", "insurer-to-company",
     "trap: blank group-accident enrolment form with empty fields for name, birth date and occupation",
     frm=P["feld"], to="Elke Hollmann-Witt <lohnbuero@hollmann-backstuben.example>",
     subject="Formular Anmeldung Gruppenunfall (leer) – wie gewünscht",
     date="2026-03-12 14:33",
     body="""Hallo Frau Hollmann-Witt,

wie eben am Telefon besprochen: anbei das leere Anmeldeformular für
neue Beschäftigte in Ihrer Gruppenunfallversicherung. Sie können es
ausdrucken oder am Bildschirm ausfüllen.

Wichtig für die Gefahrengruppe: Verkauf/Filiale = A, Backstube und
Auslieferung = B. Bei Aushilfen unter 10 Wochenstunden brauchen Sie
keine Anmeldung, die sind pauschal mitversichert.

Ausgefüllte Formulare bitte nicht per Mail, sondern über das
Firmenportal hochladen.

""" + S("feld") + "\n\n" + FOOT_DE,
     atts=[att("Anmeldung_Gruppenunfall_Formular.pdf", pdf(
         """# Anmeldung zur Gruppenunfallversicherung
Gruppenvertrag Nr.: ______________________   Arbeitgeber: ______________________________

# Angaben zur versicherten Person
Name, Vorname: ___________________________________________________
Geburtsdatum: ____.____.________        Personalnummer: __________________
Beschäftigt als: __________________________________   seit: ____.____.________
Gefahrengruppe:  [ ] A (kaufmännisch / Verkauf)   [ ] B (handwerklich / Fahrdienst)
Wöchentliche Arbeitszeit: ______ Stunden

# Versicherungssummen (laut Gruppenvertrag, bitte nur bei Abweichung ausfüllen)
Invalidität: ______________ EUR    Progression: [ ] 225 %  [ ] 350 %
Unfalltod: ______________ EUR      Krankenhaustagegeld: ______ EUR

Beginn der Versicherung: 01.____.________

Hinweis: Gesundheitsfragen werden in der Gruppenunfallversicherung nicht gestellt.
Bitte senden Sie dieses Formular über das Firmenportal an die Auenhain Versicherung AG.

Ort, Datum: __________________   Unterschrift Arbeitgeber: ______________________""",
         created="20260101120000", producer="Auenhain Formularserver"))])

# ---- 0016 -------------------------------------------------------------
mail(16, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
     "group life underwriting result for a named employee above the free cover limit, with medical findings (hypertension, diabetes, BMI)",
     frm=P["voss"], to="Marcus Delacroix-Brenner <m.delacroix-brenner@consilia-benefits.example>",
     subject="AW: Group Life Brightwater – evidence of health Mr Kowalczyk",
     date="2026-03-18 17:02",
     body="""Hi Marcus,

our CMO has finished the medical underwriting for Tomasz Kowalczyk
(Brightwater Analytics GmbH, group life scheme BWA-GL-02, requested cover
EUR 620,000, free cover limit EUR 400,000).

Outcome, as agreed with Mr Kowalczyk in his consent form:
- cover up to the free cover limit (EUR 400,000) unchanged at standard rates
- excess of EUR 220,000 accepted with a loading of +75 %
- reason: treated hypertension and type 2 diabetes (HbA1c 7.4 % in the
  GP report from February), BMI 33

If he brings a new HbA1c below 6.5 % within the next 12 months we will
review the loading. Please pass this on to him only – Priya Raman at
Brightwater only needs to know "accepted with loading for the excess".

Cheers
Henrik

> On 10 Mar 2026, at 09:41, Marcus Delacroix-Brenner wrote:
>
> Henrik, any news on Tomasz K.? Brightwater wants to close the annual
> renewal by end of month. Thx, Marcus

""" + S("voss") + "\n\n" + FOOT_EN)

# ---- 0017 -------------------------------------------------------------
mail(17, "NORMAL", "de", "internal",
     "trap: job advert draft with salary band and 'bAV', 'BU' and 'Gesundheitsprüfung' as job content, no person",
     frm=P["stro"], to=P["kempf"],
     subject="Entwurf Stellenanzeige Kollektiv Leben – bitte bis Do. gegenlesen",
     date="2026-02-09 12:44",
     body="""Hallo Britta,

hier der Entwurf für die Ausschreibung. Kannst du fachlich drüberschauen?
Die Gehaltsspanne hat Tarif schon freigegeben.

-----
Sachbearbeiter (m/w/d) Kollektiv Leben / betriebliche Altersversorgung
Minden, Vollzeit oder Teilzeit ab 30 Std., unbefristet

Ihre Aufgaben
- Sie betreuen Gruppenverträge in der Direktversicherung, Pensionskasse
  und Gruppen-Berufsunfähigkeitsversicherung für Firmenkunden.
- Sie bearbeiten Ein- und Austritte, Gehaltsänderungen und
  Beitragsfreistellungen und sind Ansprechpartner/in für
  Personalabteilungen.
- Sie wirken bei vereinfachten Gesundheitsprüfungen mit (in Abstimmung
  mit unserem ärztlichen Dienst).

Ihr Profil
- Ausbildung Kaufmann/-frau für Versicherungen und Finanzanlagen oder
  vergleichbar, gern mit Fachwirt oder bAV-Zertifikat
- Freude am Umgang mit Zahlen und Menschen

Wir bieten
- Gehalt nach Tarifvertrag der privaten Versicherungswirtschaft,
  Tarifgruppe VI, je nach Erfahrung ca. 52.000 bis 61.000 € im Jahr
- 38-Stunden-Woche, mobiles Arbeiten bis 60 %
- arbeitgeberfinanzierte bAV und bKV, JobRad
-----

Danke & LG
Annika
""" + "\n" + S("stro"))

# ---- 0018 -------------------------------------------------------------
mail(18, "CONFIDENTIAL", "de", "insurer-to-company",
     "fleet motor: XLSX of named drivers with birth dates and plates of company cars (non-personal line)",
     frm=P["aydin"], to="Heiko Brüning <h.bruening@weserbogen-logistik.example>",
     subject="Flottenvertrag AS-KF-0031 – Fahrerliste Dienstwagen zur Prüfung",
     date="2026-01-19 11:27",
     body="""Hallo Herr Brüning,

für die Verlängerung des Flottenvertrags AS-KF-0031 habe ich die
Fahrerliste der Dienstwagen aus unserem Bestand exportiert. Bitte prüfen
Sie, ob die Zuordnung noch stimmt, und ergänzen Sie neue Fahrer.

Hintergrund: Für Fahrer unter 23 Jahren gilt im Flottenvertrag ein
Zuschlag von 15 % auf das jeweilige Fahrzeug. Laut Liste betrifft das
aktuell ein Fahrzeug.

Rückmeldung gern bis Ende Januar.

""" + S("aydin") + "\n\n" + FOOT_DE,
     atts=[att("Fahrerliste_AS-KF-0031.xlsx", xlsx([("Fahrer", [
         ["Kennzeichen", "Fahrzeug", "Fahrer/in", "Geburtsdatum", "Führerschein seit", "Zuschlag U23"],
         ["MI-WL 101", "VW Passat Variant", "Heiko Brüning", "11.04.1970", "1988", "nein"],
         ["MI-WL 104", "Skoda Octavia", "Annegret Thielking", "30.07.1976", "1994", "nein"],
         ["MI-WL 107", "Skoda Octavia", "Rüdiger Blase", "02.12.1965", "1983", "nein"],
         ["MI-WL 112", "VW ID.4", "Sinan Yıldırım", "19.10.1989", "2007", "nein"],
         ["MI-WL 115", "Ford Transit Custom", "Jannis Hoppe", "07.03.2004", "2022", "ja"],
         ["MI-WL 118", "Ford Transit Custom", "Pool (wechselnde Fahrer)", "", "", "nein"],
     ])]))])

# ---- 0019 -------------------------------------------------------------
mail(19, "NORMAL", "en", "insurer-to-partner",
     "trap: reinsurance quarterly summary of group life claims by cause of death and age band, portfolio aggregate",
     frm=P["oye"], to="Alistair Brody <a.brody@nordhafen-re.example>",
     subject="Q1 2026 group life bordereau – summary",
     date="2026-04-22 15:55",
     body="""Hi Alistair,

the Q1 2026 bordereau for the group life quota share (treaty NHR-QS-GL-2019)
is on the SFTP as usual. Summary for your committee paper:

                           Q1 2025   Q1 2026
Death claims (number)          41        38
  cancer                       14        12
  cardiovascular               11        10
  accident / external cause     6         7
  other / not yet known        10         9
Total sums insured (EUR m)    5.92      5.61
Your share 40 % (EUR m)       2.37      2.24

Age bands of the deceased: 16 aged 55+, 14 aged 40-54, 8 under 40.
No single claim above the EUR 500k notification threshold this quarter,
so no individual notices follow.

IBNR estimate unchanged at 4 % of annual claims. Happy to walk you
through it on our call on 29 April.

Best
Daniel
""" + "\n" + S("oye") + "\n\n" + FOOT_EN)

# ---- 0020 -------------------------------------------------------------
mail(20, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "health insurance reimbursement to a named customer for physiotherapy with diagnosis M54.5 and payout",
     frm=P["nie"], to="Hildegard Schäpsmeier <h.schaepsmeier@t-mailbox.example>",
     subject="Erstattung Ihrer Rechnungen – Versicherungsnummer AK 77 310 552",
     date="2026-03-03 10:10",
     body="""Sehr geehrte Frau Schäpsmeier,

wir haben Ihre eingereichten Rechnungen geprüft und erstatten wie folgt:

Physiotherapiezentrum Weserufer, Verordnung Dr. Albersmeyer
Diagnose lt. Verordnung: M54.5 (Kreuzschmerz)
  6 x Krankengymnastik (je 32,90 €)           197,40 €
  6 x Wärmetherapie / Fango (je 14,20 €)       85,20 €
Dr. med. Katrin Albersmeyer, Rechnung vom 02.02.2026
  GOÄ 1, 5, 800 (2,3-fach)                     48,73 €
                                             ---------
Rechnungsbetrag                               331,33 €
Erstattung 100 % abzüglich Selbstbehalt
(Restselbstbehalt 2026: 18,73 €)              312,60 €

Der Betrag wird in den nächsten Tagen auf Ihr bekanntes Konto überwiesen.
Ihr Selbstbehalt für 2026 ist damit ausgeschöpft.

""" + S("nie") + "\n\n" + FOOT_DE)

# ---- 0021 -------------------------------------------------------------
mail(21, "NORMAL", "de", "insurer-to-company",
     "trap: reminder to HR to upload annual salary data for the group pension, no salaries or persons in the mail",
     frm=P["kempf"], to="Marion Kuhlmann <m.kuhlmann@kettler-rhode.example>",
     subject="Erinnerung: Gehaltsmeldung 2026 für die Pensionskasse bis 31.03.",
     date="2026-03-16 09:05",
     body="""Sehr geehrte Frau Kuhlmann,

kurze Erinnerung: Für die Beitragsberechnung 2026 Ihrer
Pensionskassenversorgung brauchen wir die ruhegehaltfähigen Jahresgehälter
mit Stand 01.01.2026 bis spätestens 31.03.2026.

Am einfachsten geht es im Firmenportal unter "Meldungen > Gehaltsmeldung
Jahreswechsel". Dort können Sie die Vorjahresliste herunterladen, die
Gehälter überschreiben und wieder hochladen. Das Portal prüft
Plausibilität (z. B. Gehaltssprünge über 30 %) und zeigt Ihnen Fehler an.

Bitte schicken Sie die Gehaltsliste nicht per Mail.

Falls bis Ende März keine Meldung vorliegt, rechnen wir mit den
Vorjahresgehältern weiter und korrigieren später.

Freundliche Grüße

""" + S("kempf") + "\n\n" + FOOT_DE)

# ---- 0022 -------------------------------------------------------------
mail(22, "CONFIDENTIAL", "en", "internal",
     "insurer's own HR: named employee's salary adjustment with old and new monthly salary",
     frm=P["stro"], to=P["whit"],
     subject="Salary review – Ewan Fraser",
     date="2026-04-28 13:37",
     body="""Hi Claire,

the board approved your request for Ewan. Summary for your 1:1 with him
on Thursday (please don't forward):

Ewan Fraser, International Group Benefits, employee no. 1-0744
Current base salary: EUR 4,310 gross / month (TG VI, step 3)
New base salary from 1 May 2026: EUR 4,690 gross / month
  (TG VII, step 1 - promotion to senior specialist)
Annual bonus target unchanged at 8 %

The letter goes to him by internal mail on Friday; payroll (Lohnbüro)
has the change already for the May run.

Thanks
Annika
""" + "\n" + S("stro"))

# ---- 0023 -------------------------------------------------------------
mail(23, "NORMAL", "en", "insurer-to-company",
     "trap: product overview of group income protection for a UK-owned client, illness and disability terms, no employee",
     frm=P["whit"], to="Priya Raman <priya.raman@brightwater-analytics.example>",
     subject="Group Income Protection – product overview for your German team",
     date="2026-02-05 10:50",
     body="""Dear Priya,

thank you for your call yesterday. As promised, attached is our product
overview for group income protection in Germany.

In short, and compared with the UK scheme you know from Leeds:
- Cover: 60 % or 75 % of salary if an employee cannot work in their own
  occupation because of illness or injury, after a deferred period of
  13, 26 or 52 weeks
- No individual medical underwriting up to the free cover limit for
  schemes with 20+ members and an actively-at-work confirmation
- Pre-existing conditions are covered (no exclusion clause) for schemes
  with 50+ members
- Rehabilitation service and employee assistance programme included

For a quote I will need an anonymised census: age, gender, salary band
and occupation group per employee – no names, please.

""" + S("whit") + "\n\n" + FOOT_EN,
     atts=[att("Auenhain_Group_Income_Protection_EN.pdf", pdf(
         """# Auenhain Group Income Protection (Gruppen-Berufsunfähigkeitsversicherung)
Product overview for employers, edition 01/2026

# Who is covered
All employees under a German employment contract who are actively at work on the start date.

# What is paid
A monthly benefit of 60 % or 75 % of the insured salary if an employee is unable to work in
their own occupation for at least six months due to illness, injury or loss of strength.
Benefits start after the deferred period and are paid until recovery or retirement age.

# Underwriting
Free cover limit: EUR 3,000 monthly benefit for schemes of 20-99 members, EUR 4,500 for 100+.
Above the free cover limit: short health questionnaire, medical evidence only if required.

# Typical causes of claims in our portfolio (2025)
Mental illness 36 %, musculoskeletal 24 %, cancer 14 %, cardiovascular 8 %, other 18 %.

# Services
Early intervention after 4 weeks of absence, case management, rehabilitation support,
employee assistance programme (24/7 counselling hotline).

Auenhain Lebensversicherung AG, Minden. This overview is not a contract.""",
         created="20260112100000", producer="Auenhain Marketing"))])

# ---- 0024 -------------------------------------------------------------
mail(24, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "body harmless; ODS of named joiners and leavers in the group accident insurance (personal line) with birth dates",
     frm=P["feld"], to="Elke Hollmann-Witt <lohnbuero@hollmann-backstuben.example>",
     subject="Bestandsabgleich 1. Quartal – KV-GU-000388",
     date="2026-04-08 08:55",
     body="""Guten Morgen Frau Hollmann-Witt,

anbei die bestätigte Bestandsliste zum 31.03. nach Ihren Meldungen
aus dem ersten Quartal. Bitte kurz gegenprüfen, ob alles stimmt.

Die Beitragsrechnung für das 2. Quartal folgt separat.

""" + S("feld"),
     atts=[att("KV-GU-000388_Zu-Abgaenge_Q1-2026.ods", ods([
         ("Zugänge", [
             ["Name", "Vorname", "Geburtsdatum", "Tätigkeit", "Gefahrengruppe", "Beginn"],
             ["Ahlert", "Saskia", "12.11.1998", "Verkauf Filiale Rehme", "A", "01.01.2026"],
             ["Demir", "Burak", "04.06.2003", "Backstube", "B", "15.01.2026"],
             ["Rohlfs", "Ingrid", "23.02.1962", "Verkauf Filiale Löhne", "A", "01.02.2026"],
             ["Schnatmeyer", "Tim", "30.09.2006", "Auslieferung", "B", "01.03.2026"],
         ]),
         ("Abgänge", [
             ["Name", "Vorname", "Geburtsdatum", "Ende", "Grund"],
             ["Kruse", "Heinz-Werner", "17.01.1959", "31.01.2026", "Rente"],
             ["Yilmaz", "Derya", "09.08.1995", "28.02.2026", "Kündigung AN"],
         ]),
         ("Bestand", [
             ["Stand", "Gefahrengruppe A", "Gefahrengruppe B", "gesamt"],
             ["31.03.2026", 58, 41, 99],
         ])]))])

# ---- 0025 -------------------------------------------------------------
mail(25, "NORMAL", "de", "insurer-to-company",
     "trap: out-of-office autoreply mentioning bKV claims and the health team's address, no case or person",
     frm=P["budde"], to="Carina Sieker <c.sieker@pflegedienst-wiehengebirge.example>",
     subject="Automatische Antwort: Rückfrage Gesundheitsbudget Mitarbeitende",
     date="2026-04-09 16:47",
     body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.04.2026 nicht im Büro und lese meine Mails
in dieser Zeit nicht. Ihre Nachricht wird nicht weitergeleitet.

Fragen zu Verträgen und Beiträgen der betrieblichen Krankenversicherung:
bkv-firmen@auenhain.example, Tel. 0571 8830-471

Leistungsfälle (Rechnungen, Kostenzusagen) Ihrer Mitarbeitenden: bitte
direkt über die Auenhain-Gesundheits-App einreichen lassen.

Beste Grüße
Lea Budde""",
     hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

# ---- 0026 -------------------------------------------------------------
_m = inner(
    "Joost van der Linde <j.vanderlinde@meridian-freight.example>",
    "Claire Whitfield <claire.whitfield@auenhain.example>",
    "Group life cover during long-term sickness - Ms Hendriks",
    "2026-02-16 10:04",
    """Hi Claire,

a question on our group life policy (MF-GL-2021). One of our planners in
Duisburg, Marieke Hendriks, has been off sick since October. She is in
chemotherapy for breast cancer and we do not expect her back before the
autumn. Her statutory sick pay ended last week, so she is now on
Krankengeld from her health fund and we are no longer paying salary.

Does her life cover continue while she is not on payroll? And do we
still have to pay the premium for her? She is 47 and has two kids, so
we really want to make sure nothing lapses.

Many thanks
Joost

--
Joost van der Linde
HR Business Partner Germany
Meridian Freight B.V. - Niederlassung Duisburg""",
    "<CAF7e1q0hX-MFR-77310@meridian-freight.example>",
    hdr={"X-Mailer": "Microsoft Outlook for Mac 16.81"})
mail(26, "STRICTLY_CONFIDENTIAL", "en", "company",
     "forwarded HR mail naming an employee in chemotherapy for breast cancer and her group life cover",
     frm=P["whit"], to="Kollektiv Leben Bestand <kollektiv-leben@auenhain.example>",
     cc=P["kempf"],
     subject="FW: Group life cover during long-term sickness - Ms Hendriks",
     date="2026-02-16 11:30",
     body="""Hallo Britta, hello team,

sorry for writing in English, the thread below is from Meridian's HR.
Could you check MF-GL-2021, member Hendriks: as far as I remember the
Meridian conditions have a waiver clause ("Beitragsbefreiung bei
Arbeitsunfähigkeit ohne Entgelt, max. 24 months"), so cover continues
and the employer stops paying. Can you confirm and set the waiver from
1 February?

I will answer Joost once you have confirmed, and I will remind him not
to send diagnoses to us by e-mail in future.

Thanks
Claire

""" + S("whit"),
     atts=[fwd(_m, "Group life cover during long-term sickness.eml")])

# ---- 0027 -------------------------------------------------------------
mail(27, "NORMAL", "en", "internal",
     "IT change notice about the mail gateway certificate renewal, no personal data",
     frm=P["koll"], to="All staff <alle@auenhain.example>",
     subject="[Change] Mail gateway certificate renewal, Sat 7 March 06:00-07:00",
     date="2026-03-02 16:12",
     body="""Dear colleagues,

on Saturday, 7 March 2026, between 06:00 and 07:00 we will renew the
S/MIME domain certificate of our mail gateway (auenhain.example). During
this window outgoing mail to partners with domain encryption may be
delayed by up to one hour. Nothing is lost; queued mail is sent after
the change.

What you need to do: nothing.

Partners who pinned our old certificate (some brokers and two hospital
groups) will receive the new public certificate from us on Monday.

Deutsche Version im Intranet unter IT > Changes > CHG-2026-0193.

""" + S("koll"))

# ---- 0028 -------------------------------------------------------------
mail(28, "CONFIDENTIAL", "de", "insurer-to-customer",
     "named customer, buildings policy storm claim with insured address, settlement amount and payout IBAN",
     frm=P["brand"], to="Familie Bekemeier <bekemeier.hille@heimnetz.example>",
     subject="Sturmschaden vom 17.02.2026 – Abrechnung Schaden AS-S-26-003315",
     date="2026-03-09 14:22",
     body="""Sehr geehrte Frau Bekemeier, sehr geehrter Herr Bekemeier,

unser Sachverständiger war am 04.03. bei Ihnen in Hille, Am Brink 9,
und hat den Sturmschaden an Ihrem Wohnhaus aufgenommen. Wir rechnen wie
folgt ab (Wohngebäudeversicherung AS-W-0990471):

Dacheindeckung Nordseite, 22 m², lt. Angebot Dachdeckerei Kröger   3.860,00 €
Dachrinne und Fallrohr erneuern                                      612,50 €
Gerüst                                                                940,00 €
Abzüglich Selbstbeteiligung                                          -250,00 €
Entschädigung                                                       5.162,50 €

Den Betrag überweisen wir auf Ihr Konto
IBAN DE06 2504 0000 0412 7783 01 (Kontoinhaber: Hartmut Bekemeier).

Der abgebrochene Ast der Eiche wurde laut Gutachten durch den Sturm
(Windstärke 9 laut DWD) abgerissen; die Baumfällung selbst ist nicht
versichert.

""" + S("brand") + "\n\n" + FOOT_DE)

# ---- 0029 -------------------------------------------------------------
mail(29, "NORMAL", "de", "insurer-to-company",
     "trap: model works agreement on salary conversion (DOCX) with placeholders, salary and pension terms but no employee",
     frm=P["kempf"], to="Jürgen Fleddermann <j.fleddermann@stadtwerke-luebbecke.example>",
     subject="Muster-Betriebsvereinbarung Entgeltumwandlung (Entwurf für Ihren Betriebsrat)",
     date="2026-01-22 15:15",
     body="""Sehr geehrter Herr Fleddermann,

wie gewünscht unser Muster für eine Betriebsvereinbarung zur
Entgeltumwandlung. Die gelb markierten Stellen in eckigen Klammern müssen
Sie mit Ihrem Betriebsrat abstimmen (Zuschuss, Mindestbetrag, Tarif).

Bitte beachten: Das Muster ersetzt keine Rechtsberatung; prüfen Sie die
Vereinbarung insbesondere mit Blick auf Ihren TV-V.

""" + S("kempf") + "\n\n" + FOOT_DE,
     atts=[att("Muster_BV_Entgeltumwandlung_2026.docx", docx([
         "# Betriebsvereinbarung über die betriebliche Altersversorgung durch Entgeltumwandlung",
         "zwischen der [Firma] (nachfolgend Arbeitgeber) und dem Betriebsrat der [Firma]",
         "# § 1 Geltungsbereich",
         "Diese Vereinbarung gilt für alle Arbeitnehmerinnen und Arbeitnehmer, die in der gesetzlichen Rentenversicherung pflichtversichert sind, einschließlich Auszubildender.",
         "# § 2 Anspruch auf Entgeltumwandlung",
         "Jede/r Beschäftigte kann verlangen, dass Teile des künftigen Bruttoentgelts bis zu 8 % der Beitragsbemessungsgrenze der allgemeinen Rentenversicherung (West) in eine Direktversicherung bei der Auenhain Lebensversicherung AG umgewandelt werden. Der Mindestbetrag beträgt [25] EUR monatlich.",
         "# § 3 Arbeitgeberzuschuss",
         "Der Arbeitgeber zahlt einen Zuschuss von [15] % des umgewandelten Betrags, soweit er Sozialversicherungsbeiträge spart.",
         "# § 4 Leistungen",
         "Versichert sind eine lebenslange Altersrente ab Rentenbeginn, eine Hinterbliebenenleistung und optional eine Berufsunfähigkeitsrente. Eine Gesundheitsprüfung findet bis zu einer BU-Rente von [1.000] EUR monatlich nicht statt.",
         "# § 5 Ein- und Austritt",
         "Der Arbeitgeber meldet Ein- und Austritte innerhalb von vier Wochen über das Firmenportal.",
         [["Tarif", "Garantiezins", "Kostenquote"], ["DV-Klassik 26", "1,0 %", "[…]"], ["DV-Fonds 26", "Beitragserhalt 80 %", "[…]"]],
         "[Ort], den [Datum]            Arbeitgeber                 Betriebsrat",
     ]))])

# ---- 0030 -------------------------------------------------------------
mail(30, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "only the quoted HR mail is sensitive: named employee's dental crown and its cost under the company health insurance",
     frm=P["budde"], to="Carina Sieker <c.sieker@pflegedienst-wiehengebirge.example>",
     subject="AW: Rückfrage Gesundheitsbudget Mitarbeitende",
     date="2026-04-21 09:18",
     body="""Hallo Frau Sieker,

danke für Ihre Nachricht und entschuldigen Sie die späte Antwort, ich
war im Urlaub.

Zu einzelnen Leistungsfällen Ihrer Mitarbeitenden darf ich Ihnen leider
keine Auskunft geben – das ist ein Versicherungsverhältnis zwischen uns
und der versicherten Person, auch wenn Sie den Beitrag zahlen. Bitten Sie
die Kollegin, sich direkt bei uns zu melden (0571 8830-471 oder über
die Gesundheits-App). Dann klären wir das gern mit ihr.

Allgemein: Zahnersatz ist im Budgettarif bis zum Jahresbudget von 600 €
erstattungsfähig, abzüglich der Vorleistung der gesetzlichen Kasse.

""" + S("budde") + """

-----Ursprüngliche Nachricht-----
Von: Carina Sieker <c.sieker@pflegedienst-wiehengebirge.example>
Gesendet: Donnerstag, 9. April 2026 16:47
An: Lea Budde <lea.budde@auenhain.example>
Betreff: Rückfrage Gesundheitsbudget Mitarbeitende

Hallo Frau Budde,

unsere Pflegefachkraft Anja Rehkopf hat im März eine Krone (Zahn 36)
bekommen und musste 380 € selbst zahlen, die Kasse hat nur den
Festzuschuss übernommen. Sie hat die Rechnung bei Ihnen eingereicht,
aber noch nichts gehört. Können Sie mal schauen? Sie ist seit Januar in
der bKV.

Danke!
Carina Sieker
Personal / Verwaltung
Ambulanter Pflegedienst Wiehengebirge gGmbH""",
     hdr={"X-Mailer": "Microsoft Outlook 16.0", "In-Reply-To": "<PD-WG-20260409164711@pflegedienst-wiehengebirge.example>"})

# ---- 0031 -------------------------------------------------------------
mail(31, "NORMAL", "en", "insurer-to-broker",
     "trap: group underwriting guidelines (free cover limits, medical evidence grid, actively-at-work) without any person",
     frm=P["voss"], to="Marcus Delacroix-Brenner <m.delacroix-brenner@consilia-benefits.example>",
     subject="Group risk underwriting guidelines 2026",
     date="2026-01-13 11:40",
     body="""Hi Marcus,

as requested for your new team members, here is the short version of our
group risk underwriting rules for 2026 (the full guide is in the broker
portal under Downloads > Firmenkunden).

Free cover limits (no individual health questions)
- group life: EUR 400,000 sum assured per member (schemes 20+ members)
- group income protection: EUR 3,000 monthly benefit (20-99 members),
  EUR 4,500 (100+ members)

Medical evidence grid above the free cover limit
- up to 1.5x FCL: short health questionnaire (7 questions)
- up to 3x FCL: full questionnaire plus GP report
- above 3x FCL: medical examination, blood profile, ECG

Actively at work
Members must be actively at work on the scheme start date or the date they
join. Anyone absent through illness on that date is covered from the day
they return to full duties.

Pre-existing conditions
No exclusion for schemes with 50+ members; below 50 members a 12-month
pre-existing conditions exclusion applies to income protection only.

Please make sure the census files you send us are anonymised: age,
gender, salary and occupation class only.

Cheers
Henrik

""" + S("voss") + "\n\n" + FOOT_EN)

# ---- 0032 -------------------------------------------------------------
mail(32, "CONFIDENTIAL", "en", "insurer-to-company",
     "business travel insurance: named employees travelling with dates and birth dates, no health content",
     frm=P["whit"], to="Priya Raman <priya.raman@brightwater-analytics.example>",
     subject="Business travel cover Singapore trip – confirmation BWA-BT-2026-07",
     date="2026-05-06 10:02",
     body="""Dear Priya,

confirming cover under your annual business travel policy BWA-BT-01 for
the trip to the Singapore client workshop:

Reference BWA-BT-2026-07, travel dates 18-29 May 2026

Traveller              Date of birth   Cover
Oliver Brandt          02/04/1985      baggage, delay, liability, legal
Ngozi Adeyemi-Schulz   19/11/1990      baggage, delay, liability, legal
Felix Hartung          07/07/1979      baggage, delay, liability, legal

The equipment extension for the two demo laptops (serials on your list,
EUR 4,200 in total) is included. Medical and repatriation cover runs
through each traveller's own health plan, as in your policy schedule.

A PDF certificate for the visa appointment is available in the portal.

""" + S("whit") + "\n\n" + FOOT_EN)

# ---- 0033 -------------------------------------------------------------
mail(33, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "international health plan member's hospital stay in Spain with appendectomy and cost guarantee",
     frm=P["whit"], to="Daniel Okonkwo-Reyes <d.okonkwo.reyes@globalpost.example>",
     cc="CareBridge Assistance <cases@carebridge-assistance.example>",
     subject="Your hospital stay in Málaga – guarantee of payment issued (case CB-26-04471)",
     date="2026-05-12 19:48",
     body="""Dear Mr Okonkwo-Reyes,

I hope you are recovering well.

Our assistance partner CareBridge informed us this afternoon that you
were admitted to Hospital Costa del Sol Norte in Málaga on 11 May with
acute appendicitis and underwent a laparoscopic appendectomy last night.

We have issued a guarantee of payment to the hospital under your
international health plan (Brightwater Analytics expatriate scheme,
member no. BWA-IHP-0027) for:

- inpatient stay, surgery and anaesthesia, estimated EUR 7,900
- up to 4 nights in a private room

You do not need to pay anything at discharge except personal items (TV,
phone). If the doctors say you should not fly for some days, CareBridge
will rebook your flight and cover a hotel for up to 3 nights.

Please keep the discharge report; we need a copy for our file.

Get well soon,
""" + S("whit") + "\n\n" + FOOT_EN,
     hdr={"Importance": "high"})

# ---- 0034 -------------------------------------------------------------
mail(34, "NORMAL", "de", "internal",
     "trap: actuarial note on mortality tables, interest rate and BU incidence for bAV tariffs, aggregate only",
     frm="Dr. Wiebke Hollenberg <wiebke.hollenberg@auenhain.example>",
     to=P["kempf"], cc=P["oye"],
     subject="Kalkulation DV-Klassik 27 – Rechnungsgrundlagen",
     date="2026-05-19 17:26",
     body="""Liebe Britta,

zur Abstimmung am Freitag die Eckpunkte für die Tarifgeneration 27 in der
Direktversicherung:

1. Biometrie
   - Rentnersterblichkeit: DAV 2004 R mit unternehmenseigenem Trend-
     Abschlag (Bestandsanalyse 2015-2025, Verhältnis tatsächlich/erwartet
     Frauen 94 %, Männer 97 %)
   - Todesfallrisiko Anwartschaft: DAV 2008 T, Selektionsabschlag entfällt
     im Kollektiv
   - BU-Zusatz: DAV 1997 I mit 125 % Aufschlag in Berufsgruppe 3/4 (die
     psychischen Erkrankungen treiben die Eintrittswahrscheinlichkeiten
     in unserem Bestand seit 2021 deutlich)

2. Rechnungszins 1,0 % (Höchstrechnungszins), Garantiegrad 100 % der
   Beiträge beim Klassik-Tarif, 80 % beim Fondstarif.

3. Kosten: Abschlusskosten 2,5 % der Beitragssumme gezillmert über 5 Jahre,
   Verwaltungskosten 4 % der Beiträge.

Offen ist noch die Unisex-Mischung, da der Frauenanteil in den neuen
Kollektiven (Pflege, Handel) deutlich über dem Bestand liegt. Ich bringe
dazu zwei Varianten mit.

Viele Grüße
Wiebke

Dr. Wiebke Hollenberg
Verantwortliche Aktuarin Leben
Auenhain Lebensversicherung AG | 0571 8830-601""")

# ---- 0035 -------------------------------------------------------------
mail(35, "CONFIDENTIAL", "de", "insurer-to-broker",
     "broker told status of a named private client's liability claim with claim number; property damage only",
     frm=P["woe"], to="Jens Tegtmeier <jens@tegtmeier-makler.example>",
     subject="AW: Ihr Kunde Kevin Rüter – Haftpflichtschaden AS-S-26-005102",
     date="2026-04-14 11:52",
     body="""Hallo Herr Tegtmeier,

zum Schaden Ihres Kunden Kevin Rüter (Privathaftpflicht AS-P-1170442):

Beim Rasenmähen am 28.03. hat ein hochgeschleuderter Stein die
Terrassentür des Nachbarn (Herr Ulrich Pohlmann, Uferstraße 12,
Petershagen) beschädigt. Verletzt wurde niemand.

Wir übernehmen den Austausch der Isolierglasscheibe lt. Kostenvoranschlag
Glaserei Wiebusch über 1.148,00 € direkt an den Geschädigten. Der Vorgang
ist damit für Ihren Kunden erledigt, eine Selbstbeteiligung ist nicht
vereinbart.

Eine Rückstufung gibt es in der Haftpflicht nicht, falls er fragt.

""" + S("woe") + """

> Moin Herr Wöhler, gibt's schon was Neues zum Rasenmäher-Schaden
> Rüter? Der Nachbar drängelt. Gruß J. Tegtmeier
""")

# ---- 0036 -------------------------------------------------------------
mail(36, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "company pension: named pensioner's death, widow's pension amount and death certificate requested from HR",
     frm=P["kempf"], to="Jürgen Fleddermann <j.fleddermann@stadtwerke-luebbecke.example>",
     subject="Betriebsrentner Erwin Tiemann (PK-SWL-0007/0031) – Hinterbliebenenrente",
     date="2026-03-11 13:08",
     body="""Sehr geehrter Herr Fleddermann,

vielen Dank für Ihre Nachricht, dass Ihr ehemaliger Mitarbeiter
Herr Erwin Tiemann am 02.03.2026 verstorben ist. Unser herzliches
Beileid an die Familie.

Aus der Pensionskassenversorgung PK-SWL-0007/0031 ergibt sich:
- Altersrente bis einschließlich März 2026: 688,00 € monatlich
  (die Zahlung für März wird nicht zurückgefordert)
- Witwenrente für Frau Gisela Tiemann ab 01.04.2026: 60 % = 412,80 €
  monatlich, lebenslang

Damit wir die Witwenrente zahlen können, brauchen wir von Frau Tiemann
- die Sterbeurkunde (Kopie genügt),
- ihre Steuer-Identifikationsnummer und Krankenkasse (für die Meldung
  nach § 202 SGB V),
- ihre Bankverbindung.

Wir schreiben Frau Tiemann heute direkt an. Sie müssen als Arbeitgeber
nichts weiter veranlassen; bitte informieren Sie uns nur, falls die
Familie sich bei Ihnen meldet.

Mit freundlichen Grüßen

""" + S("kempf") + "\n\n" + FOOT_DE)

# ---- 0037 -------------------------------------------------------------
mail(37, "NORMAL", "en", "insurer-to-company",
     "trap: minutes of a rollout meeting for a group accident scheme with headcounts and sums insured, no named employee",
     frm=P["whit"], to="Fiona McAllister <fiona.mcallister@nordlicht-software.example>",
     cc=P["feld"],
     subject="Minutes – kick-off group accident scheme Nordlicht, 24 Feb",
     date="2026-02-25 09:33",
     body="""Hi Fiona,

thanks again for hosting us in Hamburg. Minutes below; shout if I missed
anything.

Participants: Fiona McAllister, Lars Ohm (Nordlicht, Finance),
Jonas Feldhusen and Claire Whitfield (Auenhain)

1. Scope
   All 212 employees with a German contract, including working students;
   freelancers excluded. 24/7 cover, worldwide, work and leisure.

2. Benefits (per employee)
   - permanent disability EUR 150,000 with 350 % progression
   - accidental death EUR 50,000
   - hospital cash EUR 30/day, recovery benefit, cosmetic surgery
     up to EUR 10,000
   - premium: EUR 9.80 per employee per month, all in class A

3. Data flow
   No names needed at start - the scheme is "unnamed" (headcount basis).
   Nordlicht reports the headcount quarterly. Names are only needed when
   a claim is made, and then the employee contacts us directly.

4. Communication to staff
   Auenhain provides a one-page explainer (EN/DE) and joins the all-hands
   on 12 March for 15 minutes.

5. Next steps
   - Auenhain: policy documents by 6 March (Jonas)
   - Nordlicht: board sign-off, headcount as at 1 April (Lars)

Best
Claire

""" + S("whit") + "\n\n" + FOOT_EN)

# ---- 0038 -------------------------------------------------------------
mail(38, "CONFIDENTIAL", "de", "internal",
     "CSV of premium arrears with named customers, motor and household policy numbers, amounts and masked IBAN",
     frm=P["holt"], to="Inkasso <inkasso@auenhain.example>",
     subject="Rücklastschriften KW 6 – bitte Mahnstufe 2",
     date="2026-02-06 15:03",
     body="""Hallo Inkasso-Team,

anbei die Liste der Rücklastschriften aus KW 6 (Sach/Kfz). Bei den
drei Kfz-Verträgen bitte unbedingt Mahnstufe 2 mit Hinweis auf § 38 VVG,
die Fristen laufen sonst aus. Frau Osterhus hat angerufen, sie zahlt
selbst per Überweisung – bitte bei ihr nur vormerken.

Danke
Emma
""" + "\n" + S("holt"),
     atts=[att("Ruecklastschriften_KW06_2026.csv", csvb([
         ["Vertrag", "Sparte", "Versicherungsnehmer", "PLZ", "Betrag", "Rückgabegrund", "IBAN (maskiert)", "Bemerkung"],
         ["AS-K-8790214", "Kfz", "Andreas Meinders", "32429", "412,18", "AC04 Konto erloschen", "DE** **** **** **** **71 22", ""],
         ["AS-K-8801937", "Kfz", "Svetlana Morosow", "32423", "98,40", "AM04 Deckung", "DE** **** **** **** **40 09", ""],
         ["AS-K-8813350", "Kfz", "Renate Osterhus", "32469", "356,70", "MD06 Widerspruch", "DE** **** **** **** **17 65", "zahlt selbst"],
         ["AS-H-2219008", "Hausrat", "Okan Çelik", "32427", "14,90", "AM04 Deckung", "DE** **** **** **** **03 51", ""],
         ["AS-W-0987716", "Wohngebäude", "Gudrun und Wilfried Strate", "32425", "611,00", "AC04 Konto erloschen", "DE** **** **** **** **88 30", "Eigentümerwechsel?"],
     ], enc="cp1252"), charset="windows-1252")])

# ---- 0039 -------------------------------------------------------------
mail(39, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "long-term care daily allowance: named insured person's care grade 3 assessment and benefit",
     frm=P["nie"], to="Stefan Rottmann <stefan.rottmann@online-post.example>",
     subject="Pflegetagegeld für Ihre Mutter Frau Ilse Rottmann – Leistungszusage",
     date="2026-04-17 11:46",
     body="""Sehr geehrter Herr Rottmann,

vielen Dank für die Unterlagen, die Sie als Bevollmächtigter Ihrer Mutter
eingereicht haben.

Nach dem Gutachten des Medizinischen Dienstes vom 30.03.2026 wurde bei
Frau Ilse Rottmann (Pflegetagegeldversicherung AK 61 004 877) der
Pflegegrad 3 festgestellt. Grundlage sind vor allem die Einschränkungen
der Mobilität nach dem Oberschenkelhalsbruch im Januar und die
beginnende Demenz (Modul 2 und 3 des Gutachtens).

Leistung aus dem Tarif PTG-Plus:
- Pflegegrad 3, häusliche Pflege: 60 % von 50 € = 30 € täglich
- Beginn: 01.03.2026 (Antragseingang Pflegekasse)
- Nachzahlung März/April: 1.410,00 €, danach monatlich

Die Beitragsbefreiung greift ab Pflegegrad 3 ebenfalls ab 01.03.2026;
zu viel gezahlte Beiträge erstatten wir mit der Nachzahlung.

""" + S("nie") + "\n\n" + FOOT_DE)

# ---- 0040 -------------------------------------------------------------
mail(40, "NORMAL", "de", "insurer-to-supplier",
     "trap: shredding order for archived health and benefit files, volumes and dates only",
     frm="Carola Ebmeyer <einkauf@auenhain.example>",
     to="Aktenwolf Disposition <dispo@aktenwolf-vernichtung.example>",
     subject="Abholung Sicherheitsbehälter / Vernichtung Altakten Leistung Kranken – Auftrag 2026-014",
     date="2026-05-04 08:20",
     body="""Guten Morgen,

für die Vernichtung unserer Altakten nach Ablauf der Aufbewahrungsfrist
(Leistungsakten Krankenversicherung und Gruppen-BU bis Jahrgang 2015)
bitten wir um Abholung:

- 38 Sicherheitsbehälter à 240 l, Sicherheitsstufe P-4 nach DIN 66399
- Standort: Archiv UG, Auenhainer Allee 12, Zugang über Rampe Nord
- Wunschtermin: Dienstag, 12.05.2026, ab 07:30 Uhr

Wie beim letzten Mal bitte Vernichtung im verplombten Fahrzeug und
Vernichtungsprotokoll mit Behälternummern an datenschutz@auenhain.example.
Unsere Datenschutzbeauftragte Frau Lanwer ist bei der Übergabe dabei.

Mit freundlichen Grüßen
Carola Ebmeyer
Einkauf / Facility
Auenhain Versicherungsgruppe

""" + FOOT_DE)

# ---- 0041 -------------------------------------------------------------
mail(41, "STRICTLY_CONFIDENTIAL", "en", "internal",
     "group critical illness claim of a named member: breast cancer C50.4, histology and staging",
     frm=P["sauer"], to=P["whit"],
     subject="CI claim BWA-GCI-0011 – medical assessment",
     date="2026-05-27 16:41",
     body="""Dear Claire,

my assessment for the critical illness claim of Ms Harriet Lindqvist-Moor
(Brightwater group critical illness, member 0011):

Reported condition: invasive ductal carcinoma, left breast, upper outer
quadrant (ICD-10 C50.4), diagnosed on 14 April 2026.
Evidence: histology report (Pathologie Hamburg-Ost, 16.04.2026), tumour
board letter, staging pT1c pN0 M0, G2, hormone-receptor positive.

Definition in the policy: "malignant tumour with uncontrolled growth and
invasion of tissue" - met. Carcinoma in situ would be excluded, but the
histology clearly shows invasion.

Recommendation: pay the full sum assured of EUR 60,000. No further
evidence needed. The claim form is dated after the diagnosis date, the
waiting period of 3 months from joining (1 Sept 2025) has passed.

Please do not pass the details to Brightwater HR - the member has asked
us explicitly not to inform her employer beyond the fact that a claim
has been paid.

Best regards
""" + S("sauer"))

# ---- 0042 -------------------------------------------------------------
mail(42, "NORMAL", "de", "insurer-to-company",
     "trap: group accident quote for a prospect with premium per risk class and disability sums, no employee named",
     frm=P["feld"], to="Frank Aschemeier <info@tischlerei-aschemeier.example>",
     subject="Ihr Angebot Gruppenunfallversicherung – Tischlerei Aschemeier GmbH",
     date="2026-03-24 16:05",
     body="""Sehr geehrter Herr Aschemeier,

vielen Dank für das nette Gespräch. Wie besprochen unser Angebot für eine
Gruppenunfallversicherung für Ihre 17 Beschäftigten (ohne Namensliste,
Beitrag nach Kopfzahl):

Versicherungssummen je Person
  Invalidität 100.000 € mit 350 % Progression (max. 350.000 €)
  Unfalltod 20.000 €
  Unfallrente ab 50 % Invalidität 1.000 € monatlich
  Krankenhaustagegeld 25 €, Genesungsgeld 25 €
  Bergungskosten, kosmetische Operationen je 10.000 €

Beitrag monatlich je Person (inkl. 19 % VersSt)
  Büro / Verkauf (Gefahrengruppe A)          8,90 €
  Werkstatt / Montage (Gefahrengruppe B)    15,70 €

Bei 3 Personen in A und 14 in B ergibt sich ein Monatsbeitrag von
246,50 €. Die Versicherung gilt rund um die Uhr, beruflich und privat,
weltweit, und ergänzt die gesetzliche Unfallversicherung der BG Holz
und Metall.

Gesundheitsfragen gibt es keine. Wenn Sie einverstanden sind, schicke
ich Ihnen den Antrag.

""" + S("feld") + "\n\n" + FOOT_DE)

# ---- 0043 -------------------------------------------------------------
mail(43, "CONFIDENTIAL", "en", "insurer-to-customer",
     "motor claim of a named customer with plate, claim number and other party; explicitly no injuries",
     frm=P["aydin"], to="Graham Whitcombe <g.whitcombe@netpost.example>",
     subject="Your accident on 3 March – claim AS-S-26-003987",
     date="2026-03-06 10:15",
     body="""Dear Mr Whitcombe,

thank you for reporting the accident on 3 March in Bad Oeynhausen
(Mindener Straße, car park of the Werre-Park). As you wrote, nobody was
hurt.

Your policy AS-K-8827719 (VW Golf, MI-GW 808) covers the damage to the
other car (Opel Corsa, HF-KL 233, owner Mrs Kerstin Lüking) under your
third-party liability. We will contact her directly and pay her repair.

Your own car: you have comprehensive cover with EUR 300 deductible. Please
send us the repair estimate from your garage before you start the repair,
or tell us if you would like one of our partner garages.

Your no-claims class will be downgraded from SF 6 to SF 3 from 1 January
2027, unless you reimburse us the amount we pay to Mrs Lüking. We will
send you the figure when the claim is closed.

""" + S("aydin") + "\n\n" + FOOT_EN)

# ---- 0044 -------------------------------------------------------------
mail(44, "NORMAL", "en", "internal",
     "trap: blank onboarding checklist asking new staff for tax ID, bank details and health insurer, no person",
     frm=P["stro"], to="Team leads <teamleads@auenhain.example>",
     subject="Updated onboarding checklist (EN) for new starters",
     date="2026-01-08 14:00",
     body="""Dear team leads,

we have translated the onboarding checklist for colleagues who start in
English-speaking teams. Please use it from now on and send the completed
form back to HR - not by e-mail, but via the HR inbox in the intranet
(it will contain personal data once filled in).

------------------------------------------------------------
ONBOARDING CHECKLIST - NEW STARTERS
------------------------------------------------------------
Before day 1 (HR)
[ ] signed employment contract
[ ] tax identification number (Steuer-ID): ____________________
[ ] bank details for salary (IBAN): ____________________________
[ ] statutory health insurer / private insurer: ________________
[ ] social security number: ____________________________________
[ ] proof of residence permit (non-EU nationals)

Day 1 (team lead)
[ ] laptop, badge, parking card
[ ] data protection training DS-01 booked
[ ] introduction to the company pension and company health insurance
    offer (leaflet in the welcome pack)

Week 1
[ ] occupational health appointment for VDU work (optional)
[ ] buddy assigned: ____________________________
------------------------------------------------------------

Thanks
Annika
""" + "\n" + S("stro"))

# ---- 0045 -------------------------------------------------------------
mail(45, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "term life application: named applicant's asthma and medication, further health questions",
     frm=P["sauer"], to="Jana Wellmann <jana.wellmann@mailbox.example>",
     subject="Ihr Antrag auf Risikolebensversicherung – Rückfrage zu Ihren Gesundheitsangaben",
     date="2026-02-19 10:30",
     body="""Sehr geehrte Frau Wellmann,

vielen Dank für Ihren Antrag auf eine Risikolebensversicherung über
250.000 € (Antragsnummer AL-A-2026-03341).

Sie haben bei der Gesundheitsfrage 3 ein Asthma bronchiale angegeben,
behandelt mit Budesonid/Formoterol 160/4,5 µg bei Bedarf. Damit wir Ihren
Antrag abschließend prüfen können, benötigen wir noch:

1. Wie oft hatten Sie in den letzten zwei Jahren Anfälle, die eine
   Notfallbehandlung oder Kortisontabletten erforderten?
2. Gab es stationäre Aufenthalte wegen des Asthmas?
3. Den letzten Lungenfunktionsbefund (FEV1), falls vorhanden.

Alternativ können Sie uns erlauben, den Befund direkt bei Ihrer
Lungenfachärztin anzufordern; dazu schicke ich Ihnen die
Schweigepflichtentbindung zu.

Nach unserer Erfahrung ist ein gut eingestelltes Asthma meist ohne
Zuschlag versicherbar.

Mit freundlichen Grüßen

""" + S("sauer") + "\n\n" + FOOT_DE)

# ---- 0046 -------------------------------------------------------------
mail(46, "NORMAL", "de", "newsletter",
     "bulk storm warning newsletter to private property customers, general advice only",
     frm="Auenhain Kundenservice <service@auenhain.example>",
     to="Auenhain Kundenservice <service@auenhain.example>",
     subject="Sturmwarnung für Ostwestfalen – so schützen Sie Haus und Auto",
     date="2026-02-16 17:45",
     html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p><b>Sturmtief &bdquo;Leonore&ldquo; erreicht am Dienstag Ostwestfalen-Lippe</b></p>
<p>Liebe Kundinnen und Kunden,</p>
<p>der Deutsche Wetterdienst warnt für Dienstag vor Orkanböen bis 120 km/h. Ein paar Handgriffe helfen, Schäden zu vermeiden:</p>
<ul>
<li>Gartenmöbel, Trampoline und Mülltonnen sichern oder ins Haus holen</li>
<li>Fenster, Dachfenster und Garagentore schließen</li>
<li>Auto nicht unter Bäumen oder neben Baugerüsten parken</li>
<li>Nach dem Sturm: Schäden fotografieren, bevor Sie aufräumen</li>
</ul>
<p>Einen Schaden melden Sie am schnellsten in der Auenhain-App oder unter 0571 8830-100 (rund um die Uhr).
Notreparaturen, z.&nbsp;B. eine Plane auf dem Dach, dürfen Sie sofort beauftragen.</p>
<p>Bleiben Sie sicher!<br>Ihr Kundenservice der Auenhain Versicherung</p>
<p style="font-size:10px;color:#888">Sie erhalten diese Nachricht, weil Sie Serviceinformationen abonniert haben.
Abmelden: <a href="https://www.auenhain.example/abmelden">www.auenhain.example/abmelden</a></p>
</body></html>""",
     hdr={"Precedence": "bulk", "List-Unsubscribe": "<https://www.auenhain.example/abmelden>"})

# ---- 0047 -------------------------------------------------------------
mail(47, "CONFIDENTIAL", "de", "insurer-to-company",
     "commercial liability claim of a client firm naming the employee who caused property damage; no injury",
     frm=P["woe"], to="Thomas Gieselmann <t.gieselmann@kettler-rhode.example>",
     subject="Betriebshaftpflicht AS-BH-0442 – Schaden bei Kunde Brinkhege Kunststofftechnik",
     date="2026-05-08 13:25",
     body="""Sehr geehrter Herr Gieselmann,

wir haben die Schadenmeldung zum Vorfall bei Ihrem Kunden Brinkhege
Kunststofftechnik GmbH in Rahden erhalten (Schaden AS-S-26-006610).

Nach Ihrer Schilderung hat Ihr Monteur Herr Pascal Wienke beim Einbau der
neuen Spritzgießform am 29.04. die Hydraulikleitung der Bestandsmaschine
abgerissen; die Maschine stand drei Tage. Personen kamen nicht zu Schaden.

Für die weitere Prüfung benötigen wir:
- den Montagebericht und den Auftrag (Bearbeitungsschaden oder
  Montageleistung?),
- die Reparaturrechnung und die Aufstellung des Produktionsausfalls Ihres
  Kunden,
- eine kurze schriftliche Stellungnahme von Herrn Wienke.

Hinweis: Schäden an der bearbeiteten Sache selbst sind nach Ziffer 7.7
AHB ausgeschlossen, hier geht es aber nach erster Einschätzung um eine
andere Maschine – das sehen wir positiv.

""" + S("woe") + "\n\n" + FOOT_DE)

# ---- 0048 -------------------------------------------------------------
mail(48, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "expat group health plan: named member's wife pregnant, maternity pre-authorisation and due date",
     frm=P["whit"], to="Rahul Menon <rahul.menon@brightwater-analytics.example>",
     subject="Maternity pre-authorisation – BWA-IHP-0014 (dependant: Anjali Menon)",
     date="2026-06-03 11:11",
     body="""Dear Rahul,

congratulations to you and Anjali!

We have received the pre-authorisation request from Dr. Ewers'
gynaecology practice. Under your Brightwater international health plan
(member BWA-IHP-0014, dependant Anjali Menon) the following is approved:

- antenatal care and ultrasound scans as per German maternity guidelines
- delivery at Asklepios Klinik Barmbek, expected date 14 November 2026,
  including a private room (up to EUR 150 per night)
- midwife care before and after birth

The waiting period of 10 months for maternity was met on 1 May 2026,
so there is no limit apart from the plan maximum.

Please register the baby with us within 4 weeks after birth; newborns
are then covered from birth without health questions.

""" + S("whit") + "\n\n" + FOOT_EN)

# ---- 0049 -------------------------------------------------------------
mail(49, "NORMAL", "en", "insurer-to-partner",
     "trap: press release about a group critical illness product naming cancer, stroke and heart attack, no person",
     frm=P["hartke"], to="Editorial desk <news@benefits-review.example>",
     subject="Press release: Auenhain launches group critical illness cover for German employers",
     date="2026-06-09 08:00",
     body="""PRESS RELEASE - for immediate publication

Auenhain launches group critical illness cover for German employers

Minden, 9 June 2026 - Auenhain Lebensversicherung AG is bringing a group
critical illness product to the German market. Employers can offer their
staff a one-off lump sum of EUR 10,000 to EUR 100,000 on diagnosis of one
of 48 defined illnesses, including cancer, heart attack, stroke, multiple
sclerosis and kidney failure.

"Employees tell us the first months after a serious diagnosis are when
money worries hit hardest," says Yvonne Stallmeister, board member for
life and health. "A lump sum gives them breathing space - for a
household help, a second opinion or simply time off."

Key facts:
- from 10 insured employees, no individual health questions up to
  EUR 50,000
- employer-paid or voluntary (employee-paid) schemes
- cover continues for 12 months after leaving the employer

About Auenhain: the Auenhain insurance group, based in Minden, Germany,
serves around 410,000 private and 3,800 corporate customers.

Press contact:
""" + S("hartke"))

# ---- 0050 -------------------------------------------------------------
mail(50, "CONFIDENTIAL", "de", "insurer-to-customer",
     "eVB number for a named customer's new car with birth date, address and motor contract",
     frm=P["holt"], to="Nele Brinkmann <nele.brinkmann@posteingang.example>",
     subject="Ihre eVB-Nummer für die Zulassung",
     date="2026-05-15 12:02",
     body="""Hallo Frau Brinkmann,

wie gerade am Telefon besprochen, hier Ihre elektronische
Versicherungsbestätigung für die Zulassung Ihres neuen Wagens:

  eVB-Nummer: K7M4Q2X
  Versicherungsnehmerin: Nele Brinkmann, geb. 22.09.1993
  Anschrift: Bäckerstraße 41, 32423 Minden
  Fahrzeug: Seat Ibiza, FIN VSSZZZKJZRR104417
  Vertrag: AS-K-8839412, Beginn mit Zulassung
  Haftpflicht SF 7, Vollkasko SF 5, SB 500/150 €

Die eVB ist sechs Monate gültig. Den Versicherungsschein schicken wir
Ihnen, sobald die Zulassungsstelle uns das Kennzeichen gemeldet hat.

Gute Fahrt!
""" + S("holt") + "\n\n" + FOOT_DE,
     hdr={"X-Mailer": "Microsoft Outlook 16.0"})

# ---- 0051 -------------------------------------------------------------
mail(51, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "pension sharing after divorce of a named employee in the company pension (life line), court file and amounts",
     frm=P["kempf"], to="Marion Kuhlmann <m.kuhlmann@kettler-rhode.example>",
     subject="Versorgungsausgleich Herr Andreas Schwentker – Direktversicherung KL-DV-0088/0097",
     date="2026-05-21 10:48",
     body="""Sehr geehrte Frau Kuhlmann,

das Amtsgericht – Familiengericht – Bielefeld hat uns im Scheidungsverfahren
Ihres Mitarbeiters Herrn Andreas Schwentker (Az. 34 F 1187/25) um Auskunft
zu seiner Direktversicherung gebeten. Die Auskunft haben wir dem Gericht
heute erteilt:

- Ehezeit: 01.06.2011 bis 31.10.2025
- in der Ehezeit erworbenes Kapital: 21.406,38 €
- Vorschlag Ausgleichswert (hälftig, abzgl. Teilungskosten 250 €): 10.578,19 €
- interne Teilung, Vorschlag des Versorgungsträgers

Was das für Sie als Arbeitgeber bedeutet: Sobald der Beschluss
rechtskräftig ist, wird der Vertrag von Herrn Schwentker um den
Ausgleichswert gekürzt, und seine geschiedene Ehefrau erhält einen
eigenen Vertrag bei uns. Die laufende Entgeltumwandlung ändert sich
nicht; Sie müssen in der Lohnabrechnung nichts anpassen.

Bitte behandeln Sie die Information vertraulich; Herr Schwentker weiß,
dass wir Sie informieren.

Mit freundlichen Grüßen

""" + S("kempf") + "\n\n" + FOOT_DE)

# ---- 0052 -------------------------------------------------------------
mail(52, "NORMAL", "de", "insurer-to-broker",
     "trap: commission rates per line (bAV, BU, bKV, Gruppenunfall) for a broker firm, no customer or person",
     frm=P["voss"], to="Marcus Delacroix-Brenner <m.delacroix-brenner@consilia-benefits.example>",
     subject="Courtagesätze Firmengeschäft ab 01.07.2026",
     date="2026-05-29 14:14",
     body="""Hallo Marcus,

wie im Jahresgespräch angekündigt, gelten für die Consilia Benefits
Consulting GmbH ab 01.07.2026 folgende Courtagesätze im Firmengeschäft:

  Direktversicherung / Pensionskasse    25 ‰ der Beitragssumme (bisher 28 ‰)
  Gruppen-BU                            30 ‰ der Beitragssumme
  Gruppen-Leben / Critical Illness       12 % des Jahresbeitrags, laufend
  bKV (Budget- und Bausteintarife)       10 % laufend, keine Abschlusscourtage
  Gruppenunfall                          20 % laufend

Die Haftungszeit bleibt bei 60 Monaten. Für Kollektive ab 250 Personen
können wir individuelle Vereinbarungen treffen – sprich mich an.

Die aktualisierte Courtagevereinbarung kommt per Post zur Unterschrift.

Viele Grüße
Henrik

""" + S("voss") + "\n\n" + FOOT_DE)

# ---- 0053 -------------------------------------------------------------
mail(53, "CONFIDENTIAL", "en", "insurer-to-broker",
     "cyber policy of a client firm with named managing director as contact, incident and policy number; no health",
     frm=P["woe"], to="Marcus Delacroix-Brenner <m.delacroix-brenner@consilia-benefits.example>",
     subject="Cyber policy AS-CY-0219 Heider Feinmechanik – ransomware notification",
     date="2026-04-02 18:05",
     body="""Dear Mr Delacroix-Brenner,

thank you for notifying the incident at your client Heider Feinmechanik
GmbH (cyber policy AS-CY-0219) this afternoon.

Summary of what we know from the call with the managing director,
Mr Konstantin Heider (mobile +49 160 4471 2093):
- ransomware encrypted the file server and the ERP system on 2 April,
  around 05:30
- backups from 1 April are available offline
- no ransom has been paid; police (LKA NRW, ZAC) informed

Our incident response partner will call Mr Heider tonight. Please remind
him not to contact the attackers and not to pay anything without our
approval. Costs of the forensic firm are covered from the first hour.

A data protection assessment follows tomorrow; the firm holds employee
payroll data on the affected server, so a notification to the DPA within
72 hours may be necessary.

""" + S("woe") + "\n\n" + FOOT_EN,
     hdr={"Importance": "high"})

# ---- 0054 -------------------------------------------------------------
mail(54, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
     "short reply; the quoted earlier mail holds a named employee's group accident claim with finger amputation",
     frm=P["whit"], to="Joost van der Linde <j.vanderlinde@meridian-freight.example>",
     subject="Re: Re: accident Venlo dock 4 – Bram de Wit",
     date="2026-03-26 08:02",
     body="""Thanks Joost, that's fine - no need to send anything else from your side.

Claire

On 25/03/2026 17:40, Joost van der Linde wrote:
> ok thanks, I will tell him. He is back home since Monday.
> Joost
>
> On 25/03/2026 11:12, Claire Whitfield wrote:
>> Dear Joost,
>>
>> we have registered the accident of Bram de Wit (group accident scheme
>> MF-GU-2022, member 0311) on 19 March at dock 4 in Venlo: his left
>> hand was caught in the dock door and the tip of his ring finger had
>> to be amputated at the hospital in Venlo (VieCuri), he also has a
>> fracture of the middle finger.
>>
>> Under the scheme he will receive hospital cash for 3 days and, once
>> the final condition is clear (usually after 12 months), a disability
>> payment based on the finger scale. The loss of a finger tip is valued
>> at a fraction of 1/10 of the finger value, so the amount will be
>> modest, but we will check the middle finger too.
>>
>> We will write to Bram directly. Could you confirm his home address?
>>
>> Kind regards,
>> Claire
""" + "\n" + S("whit"),
     hdr={"In-Reply-To": "<MFR-20260325174011@meridian-freight.example>"})

# ---- 0055 -------------------------------------------------------------
mail(55, "NORMAL", "de", "internal",
     "trap: facility notice about water damage in the archive holding health claim files, no file content",
     frm="Haustechnik Auenhain <haustechnik@auenhain.example>",
     to="Leistung Kranken <leistung-kranken@auenhain.example>",
     cc=P["lanwer"],
     subject="Wasserschaden Archivraum UG-04 – Leistungsakten Kranken umgelagert",
     date="2026-01-26 07:48",
     body="""Guten Morgen,

in der Nacht ist im UG eine Frischwasserleitung undicht geworden. Im
Archivraum UG-04 stand ca. 2 cm Wasser. Betroffen sind die unteren
Regalböden mit den Leistungsakten Kranken (Jahrgänge 2019–2021,
Buchstaben K–M).

Sofortmaßnahmen:
- Leitung abgesperrt, Installateur ist beauftragt
- 46 Archivkartons wurden heute früh in den Besprechungsraum UG-01
  gebracht (abschließbar, Schlüssel bei der Haustechnik)
- 7 Kartons sind unten feucht geworden; die Trocknungsfirma kommt um
  10 Uhr. Die Kartons bleiben verschlossen, Frau Lanwer ist informiert.

Bitte bis auf Weiteres keine Akten aus UG-04 anfordern. Wir melden uns,
wenn der Raum wieder trocken ist (voraussichtlich Ende der Woche).

Kai Bruns
Haustechnik / Facility, Auenhain Versicherungsgruppe, -066""")

# ---- 0056 -------------------------------------------------------------
mail(56, "CONFIDENTIAL", "de", "insurer-to-customer",
     "legal expenses coverage for a named customer's tenancy dispute with landlord, policy and case numbers",
     frm=P["willig"], to="Dominik Hagemeier <dominik.hagemeier@mailbox.example>",
     subject="Deckungszusage Rechtsschutz – Mietstreitigkeit (RS-26-01193)",
     date="2026-02-27 11:21",
     body="""Sehr geehrter Herr Hagemeier,

für die Auseinandersetzung mit Ihrem Vermieter, der Wohnbau Nordstadt
GmbH, wegen der Nebenkostenabrechnung 2024 und der einbehaltenen
Mietkaution (1.650,00 €) erteilen wir Ihnen Deckungszusage aus Ihrer
Rechtsschutzversicherung AS-RS-5530871 (Baustein Wohnungs- und
Grundstücks-Rechtsschutz, Mieter).

Umfang:
- außergerichtliche Tätigkeit Ihres Anwalts,
- erste Instanz vor dem Amtsgericht Minden,
- Ihre Selbstbeteiligung beträgt 150 €.

Sie haben uns Rechtsanwältin Cornelia Steinkamp, Herford, genannt; wir
schicken ihr die Deckungszusage mit Ihrer Schadennummer RS-26-01193.

""" + S("willig") + "\n\n" + FOOT_DE)

# ---- 0057 -------------------------------------------------------------
mail(57, "NORMAL", "en", "insurer-to-company",
     "trap: wellbeing-day offer with flu vaccinations, blood pressure and back screening, no employee data",
     frm=P["whit"], to="Priya Raman <priya.raman@brightwater-analytics.example>",
     subject="Wellbeing day at your Hamburg office – proposal",
     date="2026-08-27 13:50",
     body="""Dear Priya,

as part of your group health plan, we can organise a wellbeing day at
your Hamburg office in October. Proposal:

Date: Thursday, 15 October 2026, 09:00-15:00
Place: your meeting rooms on the 3rd floor (we need two rooms)

Stations (all voluntary, 15-minute slots, booked by employees directly
in our booking tool - you will only see the total number of bookings):
- flu vaccination by a company doctor (vaccine for up to 60 people)
- blood pressure, blood sugar and cholesterol check
- back and posture screening with a physiotherapist
- 30-minute talk "Sleep and stress" at lunchtime

Results are given only to the employee on the spot; nothing is stored
by Auenhain or reported to Brightwater.

Cost: covered by the prevention budget of your scheme (EUR 1,800 of
EUR 2,500 for 2026).

If you're happy, I'll send you the poster for your intranet.

""" + S("whit") + "\n\n" + FOOT_EN)

# ---- 0058 -------------------------------------------------------------
mail(58, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
     "cost guarantee to a hospital for a named privately insured patient's knee replacement with OPS and diagnosis",
     frm=P["nie"], to="Patientenverwaltung Klinikum Mindener Land <patientenverwaltung@klinikum-mindener-land.example>",
     subject="Kostenübernahme – Frau Waltraud Kleine-Höpker, geb. 05.01.1951, Aufnahme 16.03.2026",
     date="2026-03-10 14:57",
     body="""Sehr geehrte Damen und Herren,

für unsere Versicherte

  Frau Waltraud Kleine-Höpker, geb. 05.01.1951
  Krankenversicherung AK 50 118 204, Tarif KOMFORT-S (Zweibettzimmer,
  Chefarztbehandlung)

übernehmen wir die Kosten der stationären Behandlung in Ihrem Haus ab
16.03.2026:

  Diagnose: Primäre Gonarthrose rechts (M17.1)
  geplante Leistung: Implantation einer Knie-Totalendoprothese
  (OPS 5-822.g1), DRG I44B
  voraussichtliche Verweildauer 7 Tage

Übernommen werden die allgemeinen Krankenhausleistungen nach DRG, die
Wahlleistung Unterkunft (Zweibettzimmer) und die wahlärztlichen
Leistungen nach GOÄ. Eine anschließende Anschlussheilbehandlung bitten
wir gesondert zu beantragen.

Die Rechnung senden Sie bitte direkt an uns (Direktabrechnung).

""" + S("nie") + "\n\n" + FOOT_DE,
     charset="iso-8859-1", cte="quoted-printable")

# ---- 0059 -------------------------------------------------------------
mail(59, "CONFIDENTIAL", "de", "internal",
     "insurer's own HR: new employee's bank details (IBAN), tax ID and salary for payroll",
     frm=P["stro"], to="Lohnbüro <lohnbuero@auenhain.example>",
     subject="Neueinstellung zum 01.06. – Stammdaten für die Abrechnung",
     date="2026-05-22 15:31",
     body="""Hallo Lohnbüro,

für die Juni-Abrechnung bitte anlegen:

Name: Merve Kaplan
Eintritt: 01.06.2026, Abteilung Kollektiv Leben, Personalnummer 1-0812
Tarifgruppe V / Stufe 2, Vollzeit 38 Std.: 3.985,00 € brutto mtl.
Steuer-ID: 58 203 917 446, Steuerklasse I
Bank: IBAN DE89 4905 0170 0088 1234 56
Krankenkasse und SV-Nummer liegen im Personalfragebogen (Papier, Fach
Lohnbüro).

Sie möchte ab Juli in die Entgeltumwandlung – das Formular kommt noch.

Danke!
Annika
""" + "\n" + S("stro"))

# ---- 0060 -------------------------------------------------------------
mail(60, "NORMAL", "de", "insurer-to-company",
     "trap: release notes of the HR portal naming salary upload, leavers and sick-leave waiver fields, no employee data",
     frm="Auenhain Firmenportal <firmenportal@auenhain.example>",
     to="Sandra Pöttker <sandra.poettker@weserbogen-logistik.example>",
     subject="Neu im Firmenportal: Version 5.1",
     date="2026-06-15 06:30",
     body="""Guten Tag,

seit heute steht Ihnen die Version 5.1 des Auenhain-Firmenportals zur
Verfügung. Die wichtigsten Neuerungen:

* Austritte: Sie können jetzt den Austrittsgrund (Kündigung, Rente,
  Tod, Elternzeit ohne Entgelt) direkt auswählen. Bei Elternzeit und
  Krankengeldbezug schlägt das Portal automatisch die Beitragsfreistellung
  bzw. Beitragsbefreiung vor.
* Gehaltsmeldungen: Upload als CSV oder XLSX, Vorlage unter Hilfe >
  Vorlagen. Abweichungen über 30 % zum Vorjahr werden markiert.
* Postfach: Schreiben zu einzelnen Mitarbeitenden liegen nicht mehr im
  allgemeinen Postfach, sondern im neuen Bereich "Personenbezogene
  Post", den nur berechtigte Nutzer sehen.
* Zwei-Faktor-Anmeldung ist ab 01.08.2026 Pflicht.

Die ausführliche Beschreibung finden Sie im Portal unter Hilfe >
Versionshinweise.

Ihr Team Firmenportal
Auenhain Versicherungsgruppe

Diese Nachricht wurde automatisch versandt. Antworten an diese Adresse
werden nicht gelesen.""")

# ---- 0061 -------------------------------------------------------------
mail(61, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "named employee's company pension contribution suspended during parental leave; life contract and salary conversion amounts",
     frm=P["kempf"], to="Sandra Pöttker <sandra.poettker@weserbogen-logistik.example>",
     subject="AW: Elternzeit Frau Kirchhoff – Entgeltumwandlung aussetzen",
     date="2026-06-18 11:02",
     body="""Hallo Frau Pöttker,

danke für die Info. Wir setzen die Direktversicherung von Frau Melanie
Kirchhoff (KL-DV-0061/0233) wie gewünscht für die Elternzeit vom
06.07.2026 bis 05.07.2027 beitragsfrei. Die Entgeltumwandlung von
150 € mtl. und Ihr Zuschuss von 22,50 € entfallen in dieser Zeit.

Der Versicherungsschutz für die Hinterbliebenenleistung bleibt in
Höhe des beitragsfreien Werts bestehen. Frau Kirchhoff kann die Beiträge
während der Elternzeit auch privat weiterzahlen, dann bleibt der volle
Schutz erhalten – wir schicken ihr dazu ein Schreiben.

Bitte melden Sie uns die Rückkehr über das Portal, dann läuft die
Umwandlung automatisch wieder an.

Viele Grüße

""" + S("kempf") + """

Von: Sandra Pöttker <sandra.poettker@weserbogen-logistik.example>
Gesendet: Dienstag, 16. Juni 2026 09:12
An: Britta Kempf-Oltmanns
Betreff: Elternzeit Frau Kirchhoff – Entgeltumwandlung aussetzen

Hallo Frau Kempf-Oltmanns,
Melanie Kirchhoff (Pers.-Nr. 40187) geht ab 06.07. für ein Jahr in
Elternzeit, ohne Teilzeit. Bitte die Entgeltumwandlung aussetzen.
Gruß S. Pöttker""")

# ---- 0062 -------------------------------------------------------------
mail(62, "NORMAL", "en", "insurer-to-partner",
     "trap: auditor's request list for reserves and a claims-file sample, to be provided in the data room, no file content",
     frm=P["oye"], to="Ingrid Lindqvist <i.lindqvist@kramer-lindqvist.example>",
     subject="RE: Audit 2026 – provided-by-client list, life & group",
     date="2026-01-30 12:27",
     body="""Hi Ingrid,

thanks for the PBC list. Status for the life and group items:

#  Item                                               Owner     Due    Status
1  Actuarial report on technical provisions 2025      Oyelaran  13/02  in progress
2  Reconciliation policy data vs. general ledger      Finance   13/02  done
3  Group life / group IP claims register 2025         Oyelaran  20/02  ready
4  Sample of 25 claims files (your random draw)       Claims    27/02  see note
5  Reinsurance statements Nordhafen Re Q1-Q4          Oyelaran  13/02  done
6  Run-off analysis IBNR group income protection      Oyelaran  20/02  in progress

Note on item 4: the claims files contain health data. As last year, your
team can inspect them in our Minden office or in the virtual data room
with view-only rights; we cannot send copies by e-mail. Please send the
list of drawn claim numbers via the data room as well.

Best regards
Daniel

""" + S("oye") + "\n\n" + FOOT_EN)

# ---- 0063 -------------------------------------------------------------
mail(63, "CONFIDENTIAL", "en", "insurer-to-customer",
     "travel cancellation claim of a named customer because of job loss; booking amounts, no health content",
     frm=P["brand"], to="Lucía Fernández Ortega <lucia.fo@correo-web.example>",
     subject="Your trip cancellation claim AS-R-26-000744",
     date="2026-02-13 15:09",
     body="""Dear Ms Fernández Ortega,

thank you for sending the termination letter from your employer. As you
were made redundant for operational reasons on 30 January and could not
have expected this when you booked, the cancellation is covered under
your travel cancellation policy AS-RR-6620193.

Booking: Lisbon, 7-14 March 2026, flight and apartment for 2 persons
Cancellation fees charged by the tour operator:      EUR 1,164.00
Deductible (20 %, min. EUR 25 per person)            EUR   232.80
Amount we pay                                        EUR   931.20

Payment goes to your account ending in ...4417 as stated in your claim
form. Your partner Javier Ruiz was insured on the same policy, so no
separate claim is needed for him.

I'm sorry about your job and wish you all the best.

""" + S("brand") + "\n\n" + FOOT_EN)

# ---- 0064 -------------------------------------------------------------
mail(64, "NORMAL", "de", "insurer-to-company",
     "trap: generic leaflet for HR on leavers (vesting, portability, sick-leave waiver), no employee named",
     frm=P["kempf"], to="Carina Sieker <c.sieker@pflegedienst-wiehengebirge.example>",
     subject="Merkblatt: Was tun, wenn Mitarbeitende mit bAV ausscheiden?",
     date="2026-07-02 10:15",
     body="""Hallo Frau Sieker,

Sie hatten nach einer Übersicht gefragt, was bei Austritten zu tun ist.
Anbei unser Merkblatt für Personalabteilungen. Es ist allgemein gehalten;
bei Einzelfällen rufen Sie mich gern an.

""" + S("kempf") + "\n\n" + FOOT_DE,
     atts=[att("Merkblatt_Austritt_bAV.pdf", pdf(
         """# Merkblatt für Personalabteilungen: Austritt von Mitarbeitenden mit bAV
Stand 06/2026 – Auenhain Lebensversicherung AG

# 1. Meldung
Melden Sie den Austritt innerhalb von vier Wochen im Firmenportal (Meldungen > Austritt).
Angaben: Austrittsdatum, Grund, letzter Beitragsmonat.

# 2. Unverfallbarkeit
Anwartschaften aus Entgeltumwandlung sind sofort unverfallbar. Arbeitgeberfinanzierte
Anwartschaften werden unverfallbar, wenn die Zusage mindestens drei Jahre bestanden hat und
die Person mindestens 21 Jahre alt ist (§ 1b BetrAVG).

# 3. Möglichkeiten der ausscheidenden Person
Fortführung mit eigenen Beiträgen, Übertragung auf den neuen Arbeitgeber (§ 4 BetrAVG,
Übertragungsabkommen), beitragsfreie Fortführung. Wir informieren die Person direkt.

# 4. Sonderfälle
Tod: Bitte melden Sie den Todesfall; wir wenden uns an die Hinterbliebenen.
Erwerbsminderung / längere Krankheit ohne Entgelt: Prüfen Sie mit uns, ob eine
Beitragsbefreiung oder BU-Leistung in Betracht kommt. Teilen Sie uns dabei keine
Diagnosen mit – die medizinische Prüfung erfolgt direkt mit der versicherten Person.
Elternzeit: Beitragsfreistellung oder private Fortführung.

# 5. Abfindung
Kleinstanwartschaften (Monatsrente bis 1 % der Bezugsgröße) können abgefunden werden.""",
         created="20260601080000", producer="Auenhain Marketing"))])

# ---- 0065 -------------------------------------------------------------
mail(65, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
     "request to a GP for records on a named group income protection claimant with low back pain and depression",
     frm=P["sauer"], to="Dr. Fenella Ashworth <practice@english-practice-hamburg.example>",
     subject="Medical report request – Mr Callum Reid, DOB 12/03/1982",
     date="2026-06-24 09:40",
     body="""Dear Dr Ashworth,

your patient Mr Callum Reid, born 12 March 1982, has claimed benefits
under his employer's group income protection scheme (Nordlicht Software
GmbH, scheme NLS-GIP-01). He has been unable to work since 9 February
2026; the sick notes you issued state M51.2 (lumbar disc displacement)
and, since April, F32.1 (moderate depressive episode).

To assess the claim, we would be grateful for a report covering:
1. history and course of both conditions, including any earlier
   episodes of back pain or depression before 2026
2. current treatment (medication, physiotherapy, psychotherapy)
3. specialist referrals and their findings (MRI, orthopaedic or
   psychiatric reports, if you hold them)
4. your view on his capacity for his job as a software developer and
   on a possible graded return

Mr Reid's signed consent to release medical information is attached.
We will pay your fee of EUR 60 on receipt of your invoice.

Please reply through our secure mailbox (link in the consent form) or
by fax to +49 571 8830-569, not by ordinary e-mail.

Kind regards,
""" + S("sauer") + "\n\n" + FOOT_EN,
     atts=[att("Consent_Reid_signed.pdf", pdf(
         """# Consent to release of medical information
Scheme: Nordlicht Software GmbH group income protection NLS-GIP-01
Member: Callum Reid, born 12/03/1982, Eppendorfer Weg 188, 20253 Hamburg

I authorise my general practitioner Dr Fenella Ashworth and the specialists who have
treated me for my back condition and for depression since 2021 to give Auenhain
Lebensversicherung AG the information needed to assess my claim.

I understand that Auenhain will not pass medical information to my employer.

Hamburg, 18 June 2026            signed: Callum Reid""",
         created="20260618171000", producer="Scanner Xerox WorkCentre"))])

# ---- 0066 -------------------------------------------------------------
mail(66, "CONFIDENTIAL", "de", "insurer-to-customer",
     "short mobile reply: named customer's windscreen claim with plate and claim number",
     frm=P["aydin"], to="Heike Kollmeier <heike.kollmeier@mailbox.example>",
     subject="AW: Steinschlag Windschutzscheibe",
     date="2026-03-27 17:58",
     body="""Hallo Frau Kollmeier,

passt, Sie können direkt zu Carglass Minden. Schadennummer für die
Werkstatt: AS-S-26-004890, Fahrzeug MI-HK 77, Teilkasko SB 150 €.
Rest rechnet die Werkstatt mit uns ab.

Gruß T. Aydın

Gesendet von Outlook für Android

________________________________
Von: Heike Kollmeier <heike.kollmeier@mailbox.example>
Gesendet: Freitag, März 27, 2026 5:31 PM
An: Tarek Aydın
Betreff: Steinschlag Windschutzscheibe

hallo herr aydin, hab nen riss in der scheibe quer durchs sichtfeld,
steinschlag auf der a30 heute morgen. kann ich einfach zu carglass? lg
heike kollmeier""",
     hdr={"X-Mailer": "Outlook for Android"})

# ---- 0067 -------------------------------------------------------------
mail(67, "NORMAL", "de", "internal",
     "trap: complaints KPI report with counts by line incl. health and accident claims, aggregated",
     frm="Beschwerdemanagement <beschwerden@auenhain.example>",
     to="Bereichsleitungen <bereichsleitungen@auenhain.example>",
     subject="Beschwerdebericht Q1/2026",
     date="2026-04-13 09:00",
     body="""Liebe Bereichsleitungen,

hier die Kennzahlen des Beschwerdemanagements für das erste Quartal 2026
(Vorjahresquartal in Klammern):

Sparte                      Beschwerden   davon berechtigt   Ø Bearbeitung
Krankenversicherung           118 (131)      41 %               6,2 Tage
  – Erstattung Arztrechnung    54
  – Beitragsanpassung          39
Leben / bAV                    47 (52)       32 %               8,9 Tage
Unfall (privat + Gruppe)       21 (18)       48 %               7,4 Tage
Kfz                            96 (88)       37 %               4,1 Tage
Sach privat                    63 (71)       29 %               5,0 Tage
Firmenkunden Sach/HUK          12 (9)        25 %               9,3 Tage
Gesamt                        357 (369)

BaFin-Beschwerden: 6 (davon 3 Kranken), Ombudsmann: 4.

Auffällig: Die Unfall-Beschwerden drehen sich überwiegend um die Dauer
der Invaliditätsfeststellung. Vorschlag Beschwerdemanagement: einen
Zwischenbescheid nach 3 Monaten als Standard einführen.

Der ausführliche Bericht liegt im Intranet unter Berichte > BM.

Viele Grüße
Dorothee Lütkemeyer
Beschwerdemanagement""",
     charset="windows-1252", cte="quoted-printable")

# ---- 0068 -------------------------------------------------------------
mail(68, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "daily sickness allowance: named customer's depression diagnosis F32.1 from sick notes and benefit decision",
     frm=P["nie"], to="Marco Stiegelmeyer <marco.stiegelmeyer@freemail-owl.example>",
     subject="Krankentagegeld – Ihre Arbeitsunfähigkeit seit 12.01.2026",
     date="2026-03-04 15:36",
     body="""Sehr geehrter Herr Stiegelmeyer,

vielen Dank für die weiteren Arbeitsunfähigkeitsbescheinigungen Ihres
Psychiaters Herrn Dr. Paschen bis 27.03.2026 (Diagnose F32.1,
mittelgradige depressive Episode).

Aus Ihrer Krankentagegeldversicherung (AK 77 402 913, Tarif KT43,
Krankentagegeld 95 € ab dem 43. Tag) zahlen wir:

  Leistungsbeginn: 23.02.2026 (43. Tag der AU)
  Zeitraum 23.02. bis 27.03.2026 = 33 Tage x 95 €   3.135,00 €

Für die Zeit ab 28.03. reichen Sie bitte die Folgebescheinigung ein. Ab
einer Dauer von sechs Monaten bitten wir erfahrungsgemäß um einen
ausführlicheren Befundbericht; wir melden uns dann rechtzeitig.

Wir wünschen Ihnen gute Besserung.

""" + S("nie") + "\n\n" + FOOT_DE,
     cte="base64")

# ---- 0069 -------------------------------------------------------------
mail(69, "NORMAL", "en", "internal",
     "phishing simulation results per department, aggregate percentages only",
     frm=P["koll"], to="Department heads <bereichsleitungen@auenhain.example>",
     subject="Phishing simulation March 2026 – results",
     date="2026-04-01 11:20",
     body="""Dear department heads,

results of the phishing simulation from 16-20 March ("Your parcel could
not be delivered"):

Department                 mails   clicked   entered password   reported
Claims (all lines)           212     9.0 %        2.8 %           61 %
Corporate customers           88     6.8 %        1.1 %           70 %
Customer service private     143    11.2 %        3.5 %           48 %
Finance / Actuarial           64     3.1 %        0.0 %           81 %
IT                            71     1.4 %        0.0 %           93 %
Total                        578     7.8 %        2.2 %           64 %

No individual results are shared with line managers, as agreed with the
works council. Everyone who entered a password got an automatic
micro-training and their password was reset.

Next simulation: June. Reminder: report suspicious mail with the
"Report phishing" button in Outlook.

""" + S("koll"))

# ---- 0070 -------------------------------------------------------------
mail(70, "CONFIDENTIAL", "en", "insurer-to-company",
     "employee device insurance: ZIP with CSV of named employees, devices and serials, plus a theft claim; no health",
     frm=P["brand"], to="Fiona McAllister <fiona.mcallister@nordlicht-software.example>",
     subject="Employee device cover NLS-EL-03 – confirmed list and one claim",
     date="2026-07-09 16:44",
     body="""Hello Ms McAllister,

attached is the confirmed list of insured devices for the employee
device cover NLS-EL-03 as of 1 July (zipped, as your mail system blocks
CSV files).

Regarding the stolen laptop of Mr Ole Brodersen (claim AS-S-26-009104,
theft from his car in Hamburg-Altona on 2 July): we accept the claim.
Replacement value EUR 1,940 minus deductible EUR 100; we pay EUR 1,840
to Nordlicht as the policyholder.

Kind regards
Ulrike Brandhorst
""" + "\n" + S("brand") + "\n\n" + FOOT_EN,
     atts=[att("NLS-EL-03_devices_2026-07.zip", zip_([
         ("NLS-EL-03_devices_2026-07.csv", csvb([
             ["employee_no", "name", "device", "serial", "value_eur", "since"],
             ["N-0112", "Ole Brodersen", "Laptop ThinkPad X1", "PF4KX2L9", "1940", "2024-03-01"],
             ["N-0131", "Aylin Kara", "Laptop MacBook Pro 14", "C02ZK19QMD6T", "2390", "2025-01-15"],
             ["N-0147", "Jakob Thiessen", "Smartphone Pixel 8", "35889110442178", "699", "2025-06-01"],
             ["N-0150", "Fiona McAllister", "Laptop MacBook Air 13", "C02ZL44WMD6M", "1499", "2023-09-01"],
             ["N-0166", "Rasmus Petersen", "Tablet iPad Air", "DMPZ61KQ2N", "779", "2026-02-01"],
         ], sep=",")),
         ("README.txt", "List of insured devices, NLS-EL-03, state 2026-07-01. Auenhain Versicherung AG.\r\n"),
     ], time=(2026, 7, 9, 16, 30, 0)))])

# ---- 0071 -------------------------------------------------------------
mail(71, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "group accident: confirmation to HR of a named employee's burn injury with hospital stay",
     frm=P["feld"], to="Elke Hollmann-Witt <lohnbuero@hollmann-backstuben.example>",
     subject="Unfallanzeige Herr Kemal Aksoy – Eingangsbestätigung KV-GU-000388",
     date="2026-03-06 13:40",
     body="""Hallo Frau Hollmann-Witt,

danke für die Unfallanzeige. Ich bestätige den Eingang:

  Versicherte Person: Kemal Aksoy, Backstube Bad Oeynhausen
  Unfalltag: 03.03.2026, ca. 04:15 Uhr
  Hergang laut Anzeige: beim Ausziehen eines Blechs aus dem Etagenofen
  abgerutscht, Verbrennung 2. Grades an der rechten Hand und am
  Unterarm, Behandlung im Johannes-Wesling-Klinikum, stationär bis 05.03.

Aus der Gruppenunfallversicherung kommen Krankenhaustagegeld und
Genesungsgeld in Betracht. Ich schreibe Herrn Aksoy direkt an und bitte
ihn um den Entlassbericht; die Unterlagen soll er bitte direkt an uns
schicken, nicht über Sie.

Die Meldung an die BG Nahrungsmittel und Gastgewerbe haben Sie ja
bereits gemacht – das ist von unserer Versicherung unabhängig.

""" + S("feld"))

# ---- 0072 -------------------------------------------------------------
mail(72, "NORMAL", "de", "insurer-to-public",
     "trap: answer to a student's thesis request about company pensions, general figures only",
     frm=P["kempf"], to="Lisa-Marie Oevermann <l.oevermann@stud.fh-bielefeld.example>",
     subject="AW: Anfrage Interview Bachelorarbeit bAV im Mittelstand",
     date="2026-04-29 16:22",
     body="""Hallo Frau Oevermann,

gern unterstütze ich Ihre Bachelorarbeit. Ein Interview von ca. 45 Minuten
können wir per Videocall machen, z. B. am 12. oder 13. Mai nachmittags.

Vorab ein paar allgemeine Zahlen aus unserem Haus, die Sie zitieren
dürfen (Quelle: Auenhain Lebensversicherung, Stand 31.12.2025):
- rund 3.800 Firmenkunden mit bAV, davon 71 % mit weniger als 50
  Beschäftigten
- Teilnahmequote an der Entgeltumwandlung im Durchschnitt 38 %, bei
  Arbeitgeberzuschuss über 20 % deutlich höher (52 %)
- durchschnittlicher Umwandlungsbetrag 137 € im Monat

Zu einzelnen Firmen oder Mitarbeitenden kann ich Ihnen natürlich nichts
sagen. Schicken Sie mir Ihren Interviewleitfaden gern vorab.

Viele Grüße

""" + S("kempf") + "\n\n" + FOOT_DE,
     cte="quoted-printable")

# ---- 0073 -------------------------------------------------------------
mail(73, "CONFIDENTIAL", "en", "internal",
     "data subject access request of a named household customer with address, policies and claim; no health",
     frm=P["brand"], to=P["lanwer"],
     subject="DSAR (Art. 15) – Mr Niall Brennan, household & liability",
     date="2026-05-05 10:06",
     body="""Hi Sophie,

we received an access request under Art. 15 GDPR from Mr Niall Brennan
(written in English, by post, signed, copy of ID attached - checked and
destroyed as per process). Details for the DSAR log:

Customer: Niall Brennan, Wilhelmstraße 15, 32545 Bad Oeynhausen
Customer no. 4411-082716
Contracts: household AS-H-2276610, private liability AS-P-1188204
Claims: one, AS-S-25-017742 (broken phone, settled Oct 2025, EUR 240)
Received: 30 April 2026 -> deadline 30 May 2026

I have pulled the data from our core system and the claims archive. Mr
Brennan has no life or health contracts with us. Could you please check
the draft reply before I send it? It's in the DSAR folder on the
shared drive.

Thanks,
Ulrike

""" + S("brand"))

# ---- 0074 -------------------------------------------------------------
mail(74, "NORMAL", "de", "insurer-to-company",
     "event invitation (ICS) for a regional HR managers' round table, no personal data",
     frm=P["voss"], to="Arbeitskreis Personal OWL <verteiler@ak-personal-owl.example>",
     subject="Einladung Arbeitskreis Personalleitungen OWL – 10. September in Minden",
     date="2026-08-04 09:55",
     body="""Liebe Mitglieder des Arbeitskreises,

die Auenhain Versicherungsgruppe freut sich, das nächste Treffen des
Arbeitskreises Personalleitungen OWL auszurichten:

  Donnerstag, 10. September 2026, 16:00 bis 19:00 Uhr
  Auenhain, Auenhainer Allee 12, Minden, Saal "Weserblick"

Programm
16:00  Begrüßung
16:15  "Fachkräfte binden mit bAV und bKV – was wirkt wirklich?"
       (Impuls, anschließend Diskussion)
17:15  Erfahrungsaustausch: Mobiles Arbeiten und Arbeitszeiterfassung
18:15  Imbiss und Gespräche

Anmeldung bitte bis 28. August mit der beigefügten Einladung (Zusage im
Kalender genügt). Parkplätze stehen im Hof zur Verfügung.

""" + S("voss") + "\n\n" + FOOT_DE,
     atts=[att("AK_Personal_OWL_2026-09-10.ics", ics(
         "ak-personal-owl-20260910@auenhain.example", "20260910T160000", "20260910T190000",
         "Arbeitskreis Personalleitungen OWL bei Auenhain",
         "mailto:henrik.vossberg@auenhain.example",
         ["mailto:verteiler@ak-personal-owl.example"],
         location="Auenhain Versicherungsgruppe, Auenhainer Allee 12, 32423 Minden",
         description="Impuls bAV/bKV, Erfahrungsaustausch, Imbiss.",
         stamp="20260804075500Z"))])

# ---- 0075 -------------------------------------------------------------
mail(75, "CONFIDENTIAL", "de", "insurer-to-customer",
     "flood damage (natural hazards) in a named customer's cellar, insured address, policy and advance payment",
     frm=P["brand"], to="Rainer Buschmann <r.buschmann@mailbox.example>",
     subject="Starkregen 22.06. – Ihr Schaden AS-S-26-008433, Abschlagszahlung",
     date="2026-06-25 12:40",
     body="""Sehr geehrter Herr Buschmann,

nach dem Starkregen am 22.06. stand in Ihrem Keller in der
Weserstraße 60, 32469 Petershagen, laut Ihren Fotos rund 40 cm Wasser.
Ihre Wohngebäudeversicherung AS-W-0992210 und Ihre Hausratversicherung
AS-H-2240071 enthalten beide den Baustein Elementarschäden.

Damit Sie mit dem Trocknen und Aufräumen beginnen können, zahlen wir
vorab einen Abschlag von 2.500 € auf Ihr bei uns hinterlegtes Konto.
Die Trocknungsfirma Ihrer Wahl können Sie direkt beauftragen.

Unser Regulierer Herr Kampmann meldet sich bis Freitag für einen
Termin. Bitte werfen Sie beschädigten Hausrat erst weg, wenn er ihn
gesehen oder Sie ihn fotografiert haben.

""" + S("brand") + "\n\n" + FOOT_DE)

# ---- 0076 -------------------------------------------------------------
mail(76, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "dental supplementary insurance: named customer's treatment plan for implants with tooth numbers and GOZ amounts",
     frm=P["nie"], to="Torsten Hücker <torsten.huecker@posteingang.example>",
     subject="Ihr Heil- und Kostenplan vom 02.04.2026 – Zahnzusatzversicherung AK 88 120 337",
     date="2026-04-16 09:51",
     body="""Sehr geehrter Herr Hücker,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin Frau Dr. Selin
Arslan geprüft:

  Regio 36 und 46: je ein Implantat mit implantatgetragener Krone
  (Zustand nach Extraktion wegen Wurzelfraktur bzw. tiefer Karies)
  Knochenaufbau Regio 46 (GOZ 9100)
  Gesamtkosten laut Plan: 7.842,15 €
  Festzuschuss Ihrer gesetzlichen Krankenkasse: 1.092,48 €

Ihr Tarif ZahnPlus 90 erstattet 90 % des Rechnungsbetrags abzüglich der
Kassenleistung, in den ersten vier Versicherungsjahren begrenzt auf
insgesamt 4.000 €. Ihr Vertrag läuft seit 01.09.2023, Sie sind also im
dritten Jahr.

Voraussichtliche Erstattung: 4.000,00 € (Begrenzung); ohne Begrenzung
wären es 6.074,68 €.

Bitte reichen Sie nach der Behandlung die Rechnung ein. Die Zusage gilt
unter dem Vorbehalt, dass der Befund wie im Plan beschrieben ist.

""" + S("nie") + "\n\n" + FOOT_DE)

# ---- 0077 -------------------------------------------------------------
mail(77, "NORMAL", "en", "internal",
     "trap: German-English glossary for the group benefits team with health and disability terms, no person",
     frm=P["whit"], to="International Group Benefits <igb-team@auenhain.example>",
     subject="Glossary DE-EN for group benefits letters (v3)",
     date="2026-03-20 12:03",
     body="""Hi all,

after the discussion about "incapacity" vs. "disability" last week, here
is version 3 of our glossary. Please use these terms in English letters
so that we're consistent with the policy wordings.

Arbeitsunfähigkeit (AU)          temporary incapacity for work
Berufsunfähigkeit (BU)           disability (own occupation)
Erwerbsminderung                 reduced earning capacity (state pension)
Gliedertaxe                      limb and organ scale (accident)
Invalidität                      permanent impairment (accident)
Krankentagegeld                  daily sickness benefit
Karenzzeit                       deferred period
Leistungsfall                    claim
Nachprüfung                      claim review
Schweigepflichtentbindung        consent to release medical information
Vorerkrankung                    pre-existing condition
Entgeltumwandlung                salary sacrifice / salary conversion
Unverfallbare Anwartschaft       vested (deferred) pension right
Beitragsbefreiung                waiver of premium

Suggestions welcome - just reply.

Claire

""" + S("whit"))

# ---- 0078 -------------------------------------------------------------
mail(78, "CONFIDENTIAL", "de", "insurer-to-company",
     "business-trip motor cover for employees' private cars: named employees with plates, no health",
     frm=P["aydin"], to="Elke Hollmann-Witt <lohnbuero@hollmann-backstuben.example>",
     subject="Dienstreise-Kasko AS-DK-0051 – gemeldete Fahrzeuge 2026",
     date="2026-01-29 10:38",
     body="""Hallo Frau Hollmann-Witt,

für die Dienstreise-Kaskoversicherung (Privatfahrzeuge der Mitarbeitenden
bei dienstlichen Fahrten) sind für 2026 folgende Fahrzeuge gemeldet:

  Christa Meyer-Oberschelp   HF-CM 414   Filialbetreuung
  Andrzej Wiśniewski         MI-AW 19    Auslieferung Springer
  Lennart Hollmann           BO-LH 101   Einkauf
  Yasemin Öztürk             HF-YÖ 88    Filialbetreuung

Jahresbeitrag pauschal 4 x 185 € = 740 €, bei 150 € Selbstbeteiligung je
Schaden. Versichert sind nur Fahrten, die im Fahrtenbuch bzw. in der
Reisekostenabrechnung stehen.

Falls Herr Wiśniewski nur vertretungsweise fährt, können wir ihn auf
"Springer" umstellen, dann kostet er die Hälfte – geben Sie mir kurz
Bescheid.

""" + S("aydin"))

# ---- 0079 -------------------------------------------------------------
mail(79, "NORMAL", "de", "internal",
     "trap: meeting invitation with agenda mentioning group BU loss ratio and bKV claims, aggregate topics only",
     frm=P["voss"], to="Firmenkunden Vertrieb <fk-vertrieb@auenhain.example>",
     cc=P["kempf"],
     subject="Quartalsrunde Firmenkunden Q2 – 7. Juli, 9 Uhr",
     date="2026-06-26 15:40",
     body="""Moin zusammen,

die Einladung zur Quartalsrunde hängt an. Agenda:

1. Neugeschäft H1 (bAV, bKV, Gruppenunfall) – Henrik
2. Schadenquote Gruppen-BU 2025/H1 2026 und Sanierung der zwei
   auffälligen Kollektive – Daniel (Zahlen nur aggregiert, keine
   Einzelfälle in der Runde bitte)
3. bKV: Leistungsquote Budgettarif vs. Bausteintarif – Lea
4. Roll-out Portal 5.1 bei den Top-20-Kunden – Britta
5. Verschiedenes

Henrik

""" + S("voss"),
     atts=[att("Quartalsrunde_FK_Q2.ics", ics(
         "fk-quartalsrunde-2026q2@auenhain.example", "20260707T090000", "20260707T110000",
         "Quartalsrunde Firmenkunden Q2",
         "mailto:henrik.vossberg@auenhain.example",
         ["mailto:fk-vertrieb@auenhain.example", "mailto:britta.kempf-oltmanns@auenhain.example"],
         location="Raum 3.14 / Teams", stamp="20260626134000Z"))])

# ---- 0080 -------------------------------------------------------------
mail(80, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "policy loan on a named customer's endowment life policy with amounts and bank account (personal line)",
     frm=P["karras"], to="Sebastian Clarke <sebastian.clarke@homepost.example>",
     subject="Policy loan on your life insurance AL-4402817-3",
     date="2026-05-13 14:28",
     body="""Dear Mr Clarke,

thank you for your application of 6 May. We are happy to grant a policy
loan (Policendarlehen) on your endowment policy AL-4402817-3:

  Surrender value as at 1 May 2026:       EUR 38,412.70
  Maximum loan (80 %):                    EUR 30,730.16
  Loan requested and granted:             EUR 20,000.00
  Interest rate: 4.9 % p.a., payable quarterly
  Term: until maturity (1 December 2034) or earlier repayment

The life cover remains in full. If the policy pays out (on maturity or
death), the outstanding loan and interest are deducted first.

We will transfer the amount to your account
IBAN DE54 4904 0000 0208 4470 01 within five working days after
receiving the signed loan agreement (attached to our letter by post).

""" + S("karras") + "\n\n" + FOOT_EN)

# ---- 0081 -------------------------------------------------------------
mail(81, "CONFIDENTIAL", "en", "insurer-to-customer",
     "yacht hull claim of a named private owner with boat name, marina, policy and claim numbers; nobody hurt",
     frm=P["woe"], to="Henrik Andersen <h.andersen@sailmail.example>",
     subject="Claim AS-S-26-010377 – collision in Marina Lemkenhafen",
     date="2026-07-21 09:14",
     body="""Dear Mr Andersen,

thank you for your report of the collision on 18 July in Marina
Lemkenhafen (Fehmarn). As described, your yacht "Frøya" (Hallberg-Rassy
34, hull policy AS-Y-0044128) was hit by a charter yacht while you were
moored; nobody was on board and nobody was hurt.

Next steps:
1. Our surveyor, Mr Jens Albrecht, will inspect the damage on 24 July at
   10:00 in the marina. Please let the harbour master know.
2. Please send us the name and insurer of the charter company and, if
   you have it, the statement of the charter skipper.
3. Do not start repairs except to prevent further damage (e.g. taping
   the gelcoat).

We will claim the costs back from the charter yacht's insurer; your
deductible of EUR 500 will be refunded if we are successful.

""" + S("woe") + "\n\n" + FOOT_EN)

# ---- 0082 -------------------------------------------------------------
mail(82, "NORMAL", "de", "insurer-to-company",
     "trap: example calculation of salary conversion for a fictitious model employee (gross pay, tax, pension)",
     frm=P["kempf"], to="Elke Hollmann-Witt <lohnbuero@hollmann-backstuben.example>",
     subject="Beispielrechnung Entgeltumwandlung für Ihren Aushang",
     date="2026-02-23 11:58",
     body="""Hallo Frau Hollmann-Witt,

für Ihren Aushang im Pausenraum hier die Beispielrechnung. Die Person ist
frei erfunden, die Zahlen sind gerundet und gelten für 2026.

  Musterperson: Verkäuferin, 35 Jahre, Steuerklasse I, keine Kinder,
  gesetzlich krankenversichert
  Bruttogehalt                                 2.800,00 €
  Entgeltumwandlung                              100,00 €
  + Arbeitgeberzuschuss 15 %                      15,00 €
  = Beitrag Direktversicherung                   115,00 €

  Nettogehalt ohne bAV                         1.946,80 €
  Nettogehalt mit bAV                          1.893,10 €
  Netto-Aufwand für 115 € Beitrag                 53,70 €

  Garantierte Altersrente mit 67 (DV-Klassik 26):   157 € mtl.
  Mögliche Rente inkl. Überschüssen (nicht garantiert): 211 € mtl.

Hinweis für den Aushang: Die Betriebsrente ist im Alter steuer- und
kranken-/pflegeversicherungspflichtig (Freibetrag 2026 beachten). Eine
individuelle Berechnung machen wir gern für jede/n Interessierte/n.

Viele Grüße

""" + S("kempf") + "\n\n" + FOOT_DE)

# ---- 0083 -------------------------------------------------------------
mail(83, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "body harmless; CSV of named employees with birth dates enrolled in the company health insurance (health line)",
     frm=P["budde"], to="Carina Sieker <c.sieker@pflegedienst-wiehengebirge.example>",
     subject="bKV Bestand zum 01.07.2026 – bitte abgleichen",
     date="2026-07-03 08:47",
     body="""Hallo Frau Sieker,

anbei wie jedes Quartal der Bestand Ihrer bKV zum Abgleich mit Ihrer
Lohnabrechnung. Bitte geben Sie mir nur Abweichungen durch.

""" + S("budde"),
     atts=[att("bKV_Bestand_Wiehengebirge_2026-07.csv", csvb([
         ["Versichertennr", "Name", "Vorname", "Geburtsdatum", "Tarif", "Beginn", "Beitrag"],
         ["BKV-WG-001", "Sieker", "Carina", "1987-05-14", "bKV Flex 600", "2026-01-01", "26,40"],
         ["BKV-WG-002", "Rehkopf", "Anja", "1979-11-02", "bKV Flex 600", "2026-01-01", "26,40"],
         ["BKV-WG-003", "Nolting", "Hauke", "1994-03-28", "bKV Flex 600", "2026-01-01", "26,40"],
         ["BKV-WG-004", "Stukenbrock", "Elvira", "1966-08-19", "bKV Flex 600", "2026-01-01", "26,40"],
         ["BKV-WG-005", "Ebeling", "Moritz", "2000-01-07", "bKV Flex 600", "2026-04-01", "26,40"],
         ["BKV-WG-006", "Kasprzak", "Monika", "1972-12-30", "bKV Flex 600", "2026-04-01", "26,40"],
         ["BKV-WG-007", "Adomeit", "Sabine", "1983-06-11", "bKV Flex 600 + Familie", "2026-07-01", "58,30"],
     ], enc="utf-8", bom=True))])

# ---- 0084 -------------------------------------------------------------
mail(84, "NORMAL", "en", "insurer-to-company",
     "process description for a group scheme's annual re-enrolment window, no employee data",
     frm=P["whit"], to="Joost van der Linde <j.vanderlinde@meridian-freight.example>",
     subject="Re-enrolment window 2026 – how it works",
     date="2026-09-01 10:30",
     body="""Hi Joost,

as discussed, here is how the annual re-enrolment window for your
voluntary group schemes works this year:

1. 1-30 October: employees log in to the Auenhain benefits site with
   their personal code (letters go out to home addresses on 28 Sept).
2. They can join, leave or change cover level for the voluntary group
   life top-up and the group accident top-up. No medical questions for
   increases within the window up to the free cover limit.
3. 6 November: you receive a payroll file with the new deductions per
   employee number (no cover details) via SFTP.
4. 1 January 2027: new cover starts.

What we need from you by 15 September: the list of employee numbers and
home addresses of new joiners since the last window, uploaded via SFTP
(not by e-mail).

Let me know if you'd like us to do a 20-minute briefing for your
payroll team.

""" + S("whit") + "\n\n" + FOOT_EN)

# ---- 0085 -------------------------------------------------------------
mail(85, "CONFIDENTIAL", "de", "insurer-to-customer",
     "rent deposit guarantee for a named tenant with landlord, flat address and guarantee amount",
     frm=P["holt"], to="Aleksandra Nowak <a.nowak@freemail-owl.example>",
     cc="Hausverwaltung Stillger <info@hv-stillger.example>",
     subject="Mietkautionsbürgschaft AS-MK-0031874 – Bürgschaftsurkunde",
     date="2026-08-14 13:13",
     body="""Sehr geehrte Frau Nowak,
sehr geehrte Damen und Herren der Hausverwaltung Stillger,

für das Mietverhältnis über die Wohnung Simeonstraße 14, 2. OG links,
32423 Minden, haben wir die Mietkautionsbürgschaft übernommen:

  Mieterin: Aleksandra Nowak
  Vermieter: Erbengemeinschaft Wiegmann, vertreten durch HV Stillger
  Bürgschaftsbetrag: 2.160,00 € (drei Nettokaltmieten)
  Jahresbeitrag: 97,20 €

Die Bürgschaftsurkunde im Original geht heute per Post an die
Hausverwaltung. Die Bürgschaft ist unbefristet und erlischt mit Rückgabe
der Urkunde.

""" + S("holt") + "\n\n" + FOOT_DE)

# ---- 0086 -------------------------------------------------------------
mail(86, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "motor liability claim with an injured named pedestrian: wrist fracture and whiplash, hospital treatment",
     frm=P["aydin"], to="Personenschaden Kfz <personenschaden@auenhain.example>",
     subject="Übergabe Personenschaden – AS-S-26-007211 (Fußgängerin Frau Gerlinde Möhring)",
     date="2026-06-08 14:19",
     body="""Hallo Personenschaden-Team,

ich gebe euch den Schaden AS-S-26-007211 ab, weil es jetzt doch einen
Personenschaden gibt:

Unser VN Herr Patrick Lübbert (AS-K-8815530, MI-PL 522) hat am 29.05. beim
Rückwärtsausparken auf dem Parkplatz des Marktkauf Minden die
Fußgängerin Frau Gerlinde Möhring (78 J.) angefahren. Sie ist gestürzt.

Heute kam das Schreiben ihres Sohnes mit dem Arztbericht der Mühlenkreis-
kliniken: distale Radiusfraktur links (S52.5), operativ mit Platte
versorgt, außerdem HWS-Distorsion. Stationär vom 29.05. bis 02.06.,
danach Kurzzeitpflege, weil sie allein lebt.

Haftung ist klar (Zeuge, Herr Lübbert gibt es zu). Sachschaden
(Brille, Handy) habe ich schon reguliert: 486 €.

Der Sohn fragt nach Schmerzensgeld und Erstattung der Kurzzeitpflege.
Unterlagen hängen in der Akte.

Danke
Tarek
""" + "\n" + S("aydin"))

# ---- 0087 -------------------------------------------------------------
mail(87, "NORMAL", "de", "insurer-to-partner",
     "trap: association survey answered with aggregated group accident figures (injury types, disability degrees)",
     frm=P["feld"], to="Fachverband Kollektivversicherung <statistik@fv-kollektiv.example>",
     subject="Umfrage Gruppenunfall 2025 – Rückmeldung Auenhain",
     date="2026-03-31 16:48",
     body="""Sehr geehrte Damen und Herren,

anbei unsere Angaben zur Verbandsumfrage Gruppenunfallversicherung,
Geschäftsjahr 2025 (alle Gruppenverträge, Deutschland):

  Anzahl Gruppenverträge                               1.107
  versicherte Personen (Jahresmittel)                  41.860
  gemeldete Unfälle                                     1.933
    davon Arbeits- und Wegeunfälle                        38 %
    davon Freizeit                                        62 %
  häufigste Verletzungen: Frakturen 41 %, Bänder-/Sehnenverletzungen
  27 %, Prellungen/Distorsionen 18 %, sonstige 14 %
  Invaliditätsleistungen (Anzahl)                          214
    Invaliditätsgrad bis 10 %                              58 %
    über 10 bis 50 %                                       36 %
    über 50 %                                               6 %
  Todesfallleistungen                                       19
  Schadenquote brutto                                      54,2 %

Einzeldaten übermitteln wir wie vereinbart nicht. Den ausgefüllten
Fragebogen finden Sie zusätzlich im Anhang.

""" + S("feld") + "\n\n" + FOOT_DE,
     atts=[att("Umfrage_Gruppenunfall_2025_Auenhain.odt", odt([
         "# Verbandsumfrage Gruppenunfallversicherung – Geschäftsjahr 2025",
         "Mitgliedsunternehmen: Auenhain Versicherung AG, Minden",
         "Ansprechpartner: Jonas Feldhusen, Gruppenunfall & Kollektiv-Leistung",
         "# Teil A – Bestand",
         "A1 Anzahl Gruppenverträge: 1.107",
         "A2 versicherte Personen (Jahresmittel): 41.860",
         "A3 davon namentlich geführte Verträge: 38 %, Verträge nach Kopfzahl: 62 %",
         "# Teil B – Schäden",
         "B1 gemeldete Unfälle: 1.933 (Arbeits- und Wegeunfälle 38 %, Freizeit 62 %)",
         "B2 Verletzungsarten: Frakturen 41 %, Bänder-/Sehnenverletzungen 27 %, Prellungen/Distorsionen 18 %, sonstige 14 %",
         "B3 Invaliditätsleistungen: 214 (bis 10 %: 58 %, über 10 bis 50 %: 36 %, über 50 %: 6 %)",
         "B4 Todesfallleistungen: 19",
         "B5 Schadenquote brutto: 54,2 %",
         "# Teil C – Anmerkungen",
         "Keine Einzelfalldaten. Werte unter 5 Fällen wurden nicht gesondert ausgewiesen.",
     ], time=(2026, 3, 31, 16, 30, 0)))])

# ---- 0088 -------------------------------------------------------------
mail(88, "CONFIDENTIAL", "de", "customer",
     "inline-forwarded customer complaint about a motor claim with name, policy, plate and claim number; no injury",
     frm=P["holt"], to=P["aydin"],
     subject="WG: Beschwerde – Schaden immer noch nicht bezahlt!!",
     date="2026-04-23 10:07",
     body="""Hallo Tarek,

die Beschwerde unten ist über das Kontaktformular gekommen. Kannst du
bitte heute noch zurückrufen? Beschwerdemanagement ist in Kopie über
das Ticket informiert.

Danke, Emma

---------- Weitergeleitete Nachricht ----------
Von: Friedhelm Oestreich <f.oestreich@heimnetz.example>
Datum: 22.04.2026, 21:44
Betreff: Beschwerde - Schaden immer noch nicht bezahlt!!
An: service@auenhain.example

Sehr geehrte Damen und Herren,

am 11. März hat mir jemand beim Einkaufen in Lübbecke den Kotflügel
eingedellt und ist abgehauen (Fahrerflucht, Anzeige ist gemacht). Mein
Wagen MI-FO 1956, Vertrag AS-K-8796604, ist vollkaskoversichert. Schaden-
nummer AS-S-26-004122.

Ich habe den Kostenvoranschlag am 20. März geschickt und seitdem NICHTS
gehört. Zweimal angerufen, zweimal hieß es "wird bearbeitet". Das Auto
hat eine Rostblase bekommen weil ich es nicht reparieren lassen kann.

Ich erwarte bis Ende der Woche eine Zusage, sonst kündige ich alle meine
Verträge bei Ihnen (Kfz, Hausrat, Haftpflicht) und gehe zur
Verbraucherzentrale.

F. Oestreich
Lübbecker Straße 201, 32312 Lübbecke

""" + S("holt"))

# ---- 0089 -------------------------------------------------------------
_h89 = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Marcus,</p>
<p>for the renewal meeting with Brightwater on 2 October, here is the claims experience of the expatriate health plan
(BWA-IHP, plan year 1 Sept 2025 &ndash; 31 Aug 2026). As requested per member; please use it only for the renewal
and don't forward it to Brightwater HR in this form.</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr style="background:#dde7e1"><th>Member</th><th>Dependants</th><th>Outpatient EUR</th><th>Inpatient EUR</th><th>Dental EUR</th><th>Maternity EUR</th><th>Total paid EUR</th></tr>
<tr><td>Okonkwo-Reyes, Daniel</td><td>0</td><td>412.30</td><td>8,133.60</td><td>0.00</td><td>0.00</td><td>8,545.90</td></tr>
<tr><td>Menon, Rahul</td><td>1</td><td>1,904.75</td><td>0.00</td><td>220.00</td><td>2,610.40</td><td>4,735.15</td></tr>
<tr><td>Lindqvist-Moor, Harriet</td><td>0</td><td>6,880.10</td><td>14,207.00</td><td>0.00</td><td>0.00</td><td>21,087.10</td></tr>
<tr><td>Kowalczyk, Tomasz</td><td>2</td><td>2,311.45</td><td>0.00</td><td>1,480.00</td><td>0.00</td><td>3,791.45</td></tr>
<tr><td>Adeyemi-Schulz, Ngozi</td><td>0</td><td>188.00</td><td>0.00</td><td>95.00</td><td>0.00</td><td>283.00</td></tr>
<tr><td colspan="6"><b>Total (27 members, 22 without claims not listed)</b></td><td><b>38,442.60</b></td></tr>
</table>
<p>Premium for the same period: EUR 61,560. Loss ratio 62 %. Our proposal is a renewal at +4.5 % (medical inflation only).</p>
<p>Cheers,<br>Henrik</p>
<pre>""" + SIG["voss"] + """</pre>
</body></html>"""
mail(89, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
     "HTML-only mail: per-member health claims table (inpatient, maternity, dental amounts) of named plan members",
     frm=P["voss"], to="Marcus Delacroix-Brenner <m.delacroix-brenner@consilia-benefits.example>",
     subject="Brightwater IHP – claims experience per member for renewal",
     date="2026-09-15 17:20",
     html=_h89)

# ---- 0090 -------------------------------------------------------------
mail(90, "NORMAL", "en", "insurer-to-supplier",
     "trap: translation order for group accident policy wording (impairment scale, hospital cash), no person",
     frm=P["whit"], to="Lingua Franca Übersetzungen <projekte@linguafranca-uebersetzungen.example>",
     subject="Translation order – group accident conditions AUB-G 2026 (DE>EN)",
     date="2026-02-12 09:26",
     body="""Dear Ms Ferreira,

please find our order for the translation of our group accident
insurance conditions into English:

Source: AUB-G 2026 (Allgemeine Unfallversicherungs-Bedingungen für
Gruppenverträge), 31 pages, approx. 11,800 words, DOCX
Target: English (UK), legally reviewed style as for AVB-BU last year
Glossary: please use our glossary v3 (attached to the project in your
portal), especially for "Invalidität" (permanent impairment),
"Gliedertaxe" (limb and organ scale) and "Krankenhaustagegeld"
(hospital cash benefit)
Deadline: 13 March 2026
Price: as per framework agreement, EUR 0.14 per word, PO 4500032240

The source file will be uploaded to your portal today. It contains no
personal data.

""" + S("whit") + "\n\n" + FOOT_EN)

# ---- 0091 -------------------------------------------------------------
mail(91, "CONFIDENTIAL", "en", "insurer-to-partner",
     "query to a bank about a returned direct debit with named customer, IBAN and household policy",
     frm="Auenhain Zahlungsverkehr <zahlungsverkehr@auenhain.example>",
     to="Lastschrift-Service Weserbank <sepa-service@weserbank.example>",
     subject="Return debit query – mandate AUH-M-20240311-0448",
     date="2026-03-13 11:45",
     body="""Dear colleagues,

we received a return (reason code MD01, no valid mandate) for the
following direct debit and would like to clarify it, since we hold a
signed SEPA mandate:

  Debtor: Thomas Ekwueme
  IBAN: DE03 3725 0501 3300 9012 44
  Mandate reference: AUH-M-20240311-0448, signed 11 March 2024
  Creditor ID: DE98ZZZ09999999999
  Amount: EUR 182.40, household insurance AS-H-2251178, annual premium
  Collection date: 2 March 2026

A copy of the mandate can be provided via your secure channel on
request. Could you please confirm whether the mandate was revoked by the
customer or whether the return was made in error?

Kind regards
Payment operations
Auenhain Versicherungsgruppe

""" + FOOT_EN)

# ---- 0092 -------------------------------------------------------------
mail(92, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "life insurance death benefit dispute: deceased policyholder, cause of death, contested beneficiary, sent to a lawyer",
     frm=P["karras"], to="RAin Cornelia Steinkamp <kanzlei@steinkamp-recht.example>",
     subject="Ihr Zeichen 112/26 St – Lebensversicherung AL-3988120-7, Erbengemeinschaft Vahlkamp",
     date="2026-07-14 15:05",
     body="""Sehr geehrte Frau Rechtsanwältin Steinkamp,

in der Angelegenheit Ihrer Mandantin Frau Ramona Vahlkamp nehmen wir
wie folgt Stellung:

Die versicherte Person, Herr Ewald Vahlkamp, ist am 18.04.2026 an den
Folgen eines Herzinfarkts verstorben (Todesbescheinigung, Abschnitt
Todesursache: akuter Myokardinfarkt bei koronarer Dreigefäßerkrankung).
Die Todesfallleistung aus der Lebensversicherung AL-3988120-7 beträgt
64.318,22 € einschließlich Überschussbeteiligung.

Bezugsberechtigt ist nach unseren Unterlagen seit der Änderung vom
03.11.2025 Frau Jutta Rensing, nicht Ihre Mandantin als Ehefrau. Ihren
Einwand, Herr Vahlkamp sei bei der Änderung wegen seiner beginnenden
Demenz nicht geschäftsfähig gewesen, haben wir zur Kenntnis genommen.
Uns liegen dazu keine ärztlichen Unterlagen vor.

Da zwei Personen die Leistung beanspruchen, werden wir den Betrag beim
Amtsgericht Minden hinterlegen (§ 372 BGB), sofern sich die Beteiligten
nicht bis 15.08.2026 einigen.

""" + S("karras") + "\n\n" + FOOT_DE)

# ---- 0093 -------------------------------------------------------------
mail(93, "NORMAL", "de", "internal",
     "short internal note about a broken coffee machine and meeting room, nothing sensitive",
     frm=P["budde"], to="Etage 3 <etage3@auenhain.example>",
     subject="Kaffeemaschine 3. OG",
     date="2026-05-06 08:12",
     body="""Moin,

die Kaffeemaschine im 3. OG zeigt wieder "Entkalken" und tut nix. Ticket
bei der Haustechnik ist auf. Bis dahin bitte die im 2. OG nutzen.

Und: Wer gestern im 3.09 war – das Flipchart mit den bKV-Tarifideen hängt
noch, bitte abnehmen, da ist heute um 10 ein Bewerbungsgespräch drin.

Lea""",
     flowed=True, hdr={"User-Agent": "Mozilla Thunderbird 128.6.0"})

# ---- 0094 -------------------------------------------------------------
mail(94, "CONFIDENTIAL", "de", "insurer-to-customer",
     "dog owner's liability: named customer's dog bit another dog, vet bill of the other owner (animal health only)",
     frm=P["woe"], to="Sabine Wittenbrink <s.wittenbrink@mailbox.example>",
     subject="Hundehalterhaftpflicht AS-TH-0338104 – Beißvorfall vom 02.08.",
     date="2026-08-12 10:33",
     body="""Sehr geehrte Frau Wittenbrink,

zum Vorfall am 02.08. auf der Hundewiese am Weserglacis: Ihr Rüde
"Bruno" (Schäferhund-Mischling) hat die Hündin "Lotte" von Herrn Dieter
Scholle gebissen. Menschen wurden nicht verletzt.

Herr Scholle hat uns die Tierarztrechnung der Tierklinik Minden
geschickt: Wundversorgung am Hals unter Narkose, zwei Nachkontrollen,
Antibiotikum, insgesamt 684,37 €. Wir übernehmen den Betrag aus Ihrer
Hundehalterhaftpflicht und zahlen direkt an Herrn Scholle; eine
Selbstbeteiligung ist nicht vereinbart.

Eine Rückfrage noch: War Bruno angeleint? Auf der Wiese gilt laut
Stadt keine Leinenpflicht, wir fragen nur für die Akte.

""" + S("woe") + "\n\n" + FOOT_DE)

# ---- 0095 -------------------------------------------------------------
mail(95, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "travel health: named customer's father had a stroke abroad; hospital, medical repatriation",
     frm=P["whit"], to="Katharina Brüggemann <k.brueggemann@inboxmail.example>",
     cc="CareBridge Assistance <cases@carebridge-assistance.example>",
     subject="Repatriation of your father – case CB-26-06120",
     date="2026-08-22 21:15",
     body="""Dear Ms Brüggemann,

following our phone call: I'm very sorry about your father's stroke.

Summary of what we have arranged under his travel health policy
AS-RK-7720014 (Mr Heinrich Brüggemann):
- He is stable on the stroke unit of Hospital Universitario de Canarias,
  Tenerife, since 19 August (ischaemic stroke, right-sided weakness,
  speech affected). The treating neurologist agreed to transport.
- CareBridge has booked an ambulance jet with a doctor and nurse for
  Tuesday, 25 August, to Hannover, with ground ambulance to the stroke
  unit of the Klinikum Minden, which has confirmed a bed.
- Costs of the hospital in Tenerife and of the repatriation are covered
  in full; you do not need to pay anything.
- Your flight back with him: there is one seat for a relative on the
  jet; please confirm if you will take it.

CareBridge (+49 571 8830-999, 24/7) will be your contact until he is in
Minden.

""" + S("whit") + "\n\n" + FOOT_EN,
     hdr={"Importance": "high"})

# ---- 0096 -------------------------------------------------------------
mail(96, "NORMAL", "en", "internal",
     "trap: IT ticket about a stuck scan queue for medical reports; no document content, only queue statistics",
     frm=P["koll"], to="Leistung Kranken <leistung-kranken@auenhain.example>",
     subject="[SD-2026-14410] Scan queue \"Arztberichte\" stuck – workaround",
     date="2026-07-28 10:41",
     body="""Hello,

the inbound scan queue "Arztberichte / medical reports" has been stuck
since 07:15 this morning (OCR service crashed after a Windows update).
Current status: 312 documents waiting, none lost.

Workaround until fixed: urgent documents (hospital cost guarantees)
can be found in the raw folder \\\\scan01.auenhain.example\\inbound\\urgent as before; please
do NOT save copies on your desktop.

Expected fix: today 14:00. I'll send an update.

Sorry for the trouble
""" + S("koll"))

# ---- 0097 -------------------------------------------------------------
mail(97, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "group accident: HR asks about a named employee's severe disability (GdB 50) and multiple sclerosis; reply with quote",
     frm=P["feld"], to="Thomas Gieselmann <t.gieselmann@kettler-rhode.example>",
     subject="AW: Gruppenunfall – neue Mitarbeiterin mit Schwerbehinderung",
     date="2026-05-26 14:02",
     body="""Hallo Herr Gieselmann,

gute Nachricht: In Ihrer Gruppenunfallversicherung KV-GU-000402 gibt es
keine Gesundheitsprüfung und keinen Ausschluss wegen einer
Schwerbehinderung. Frau Lindemann ist ab Eintritt ganz normal
mitversichert.

Eine Einschränkung gibt es, die Sie ihr sagen sollten: Wenn ein Unfall
eine bereits beeinträchtigte Körperfunktion trifft, wird die
Vorinvalidität bei der Bemessung abgezogen (Ziffer 2.1.2.2.3 AUB-G).
Und Unfälle, die durch einen MS-Schub verursacht werden (z. B. ein
Sturz wegen plötzlicher Lähmung), sind als Krankheitsfolge nicht
versichert – das ist aber die Ausnahme.

Bitte melden Sie Frau Lindemann einfach wie alle anderen im Portal an,
ohne Angaben zur Behinderung.

""" + S("feld") + """

-----Ursprüngliche Nachricht-----
Von: Thomas Gieselmann <t.gieselmann@kettler-rhode.example>
Gesendet: Montag, 25. Mai 2026 11:37
An: Jonas Feldhusen
Betreff: Gruppenunfall – neue Mitarbeiterin mit Schwerbehinderung

Hallo Herr Feldhusen,
zum 01.06. fängt Frau Petra Lindemann (Konstruktion) bei uns an. Sie hat
einen Schwerbehindertenausweis, GdB 50, wegen Multipler Sklerose, sitzt
aber nicht im Rollstuhl. Ist sie in der Gruppenunfall trotzdem
versichert oder müssen wir etwas melden?
Gruß T. Gieselmann""")

# ---- 0098 -------------------------------------------------------------
mail(98, "CONFIDENTIAL", "de", "insurer-to-customer",
     "motorcycle seasonal plate change for a named customer with plate, contract number and premium",
     frm=P["holt"], to="Uwe Sundermeier <uwe.sundermeier@posteingang.example>",
     subject="Ihr Motorrad MI-US 63 – Saisonkennzeichen 03-10",
     date="2026-02-20 16:16",
     body="""Hallo Herr Sundermeier,

wir haben Ihren Vertrag AS-K-8805177 (Honda CB 650R, MI-US 63) wie
gewünscht auf das Saisonkennzeichen 03–10 umgestellt. Der neue
Jahresbeitrag beträgt 198,60 € statt 286,90 €; die Differenz für das
laufende Jahr verrechnen wir mit der nächsten Abbuchung.

Außerhalb der Saison besteht Ruheversicherung: Das Motorrad ist in der
Garage gegen Brand, Diebstahl und Sturm versichert, darf aber nicht auf
öffentlichen Straßen bewegt werden.

Gute Saison!
""" + S("holt"))

# ---- 0099 -------------------------------------------------------------
mail(99, "NORMAL", "de", "insurer-to-company",
     "trap: portal access set up for a new HR user, one-time password announced via SMS, business contact only",
     frm="Auenhain Firmenportal <firmenportal@auenhain.example>",
     to="Katja Rosenbohm <k.rosenbohm@stadtwerke-luebbecke.example>",
     subject="Ihr Zugang zum Auenhain-Firmenportal wurde eingerichtet",
     date="2026-09-03 11:05",
     body="""Guten Tag Frau Rosenbohm,

Ihr Unternehmen Stadtwerke Lübbecke GmbH hat für Sie einen Zugang zum
Auenhain-Firmenportal beantragt. Ihr Benutzername lautet:

  k.rosenbohm@stadtwerke-luebbecke

Ihr Einmal-Passwort erhalten Sie in den nächsten Minuten per SMS an die
von Ihrem Administrator hinterlegte Mobilnummer. Bitte melden Sie sich
innerhalb von 7 Tagen unter https://firmen.auenhain.example an und
vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage.

Ihre Rolle: "Entgeltabrechnung – Meldungen bAV" (ohne Einsicht in
personenbezogene Post).

Wenn Sie diesen Zugang nicht erwartet haben, wenden Sie sich bitte an
firmenportal@auenhain.example.

Ihr Team Firmenportal
Auenhain Versicherungsgruppe""")

# ---- 0100 -------------------------------------------------------------
mail(100, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "body harmless; PDF annual statement of a named customer's private pension (life line) with IBAN and values",
     frm="Auenhain Lebensversicherung <kundenpost-leben@auenhain.example>",
     to="Roswitha Engelking <r.engelking@t-mailbox.example>",
     subject="Ihre jährliche Mitteilung 2026",
     date="2026-01-09 05:40",
     body="""Guten Tag,

Sie haben sich für den elektronischen Versand Ihrer Vertragspost
entschieden. Im Anhang finden Sie Ihre jährliche Mitteilung.

Ihre Auenhain Lebensversicherung

""" + FOOT_DE,
     atts=[att("Jahresmitteilung_2026.pdf", pdf(
         """# Auenhain Lebensversicherung AG – Jährliche Mitteilung nach § 155 VVG
Frau Roswitha Engelking, Hahler Straße 118, 32427 Minden
Versicherungsnummer AL-5107733-1   Tarif: Private Rente Klassik (R24)
Versicherte Person: Roswitha Engelking, geb. 04.07.1968

# Stand 01.01.2026
Beitrag monatlich: 120,00 EUR, Beitragszahlung bis 01.08.2035
Garantierte monatliche Altersrente ab 01.08.2035: 241,17 EUR
Rückkaufswert: 19.884,36 EUR
Überschussbeteiligung 2025: 214,02 EUR (verzinslich angesammelt)
Bewertungsreserven (Anteil): 12,50 EUR

# Beitragseinzug
SEPA-Lastschrift von IBAN DE22 3330 0606 0111 0229 98, Mandatsreferenz AUH-L-5107733

# Hinterbliebenenschutz
Rentengarantiezeit 10 Jahre; Beitragsrückgewähr bei Tod vor Rentenbeginn an:
Bezugsberechtigt: Ehemann Werner Engelking""",
         created="20260108230000", producer="Auenhain Output Management"))])

# ---- 0101 -------------------------------------------------------------
mail(101, "CONFIDENTIAL", "en", "insurer-to-company",
     "relocation goods insurance for a named employee moving from Leeds to Hamburg, addresses and declared value",
     frm=P["brand"], to="Priya Raman <priya.raman@brightwater-analytics.example>",
     subject="Transit cover for Mr Oliver Brandt's relocation – certificate AS-TR-26-0119",
     date="2026-06-30 11:36",
     body="""Dear Ms Raman,

as requested, we have insured the household goods of your employee
Mr Oliver Brandt for his move from Leeds to Hamburg:

  Certificate AS-TR-26-0119 under your open cover BWA-TR-01
  From: 14 Headingley Mount, Leeds LS6 3EL, UK
  To: Isestraße 71, 20149 Hamburg
  Removal company: Northern Star Removals Ltd, container road/ferry
  Loading 20 July 2026, delivery planned 24 July 2026
  Declared value: EUR 48,500 (inventory list of 6 pages received)
  Cover: all risks incl. breakage of professionally packed items,
  deductible EUR 250; jewellery and cash excluded

Premium EUR 291.00, invoiced to Brightwater as usual.

Please ask Mr Brandt to note any visible damage on the delivery receipt
and to report losses within 7 days.

Kind regards
Ulrike Brandhorst
""" + "\n" + S("brand") + "\n\n" + FOOT_EN)

# ---- 0102 -------------------------------------------------------------
mail(102, "NORMAL", "de", "insurer-to-company",
     "trap: draft framework contract for a company health insurance (pre-existing conditions, waiting periods), no employee",
     frm=P["budde"], to="Heiko Brüning <h.bruening@weserbogen-logistik.example>",
     cc="Sandra Pöttker <sandra.poettker@weserbogen-logistik.example>",
     subject="Entwurf Rahmenvertrag bKV – Weserbogen Logistik",
     date="2026-09-10 15:27",
     body="""Sehr geehrter Herr Brüning,

nach unserem Termin am Montag erhalten Sie anbei den Entwurf des
Rahmenvertrags für die betriebliche Krankenversicherung (Start
01.01.2027, alle rund 640 Beschäftigten, arbeitgeberfinanziert).

Die Punkte, über die wir gesprochen haben, sind in § 4 und § 6
eingearbeitet: keine Gesundheitsprüfung, keine Wartezeiten, laufende
Behandlungen und Vorerkrankungen mitversichert.

Bitte leiten Sie den Entwurf an Ihren Betriebsrat weiter; wir stellen
das Konzept gern in einer Betriebsratssitzung vor.

""" + S("budde") + "\n\n" + FOOT_DE,
     atts=[att("Rahmenvertrag_bKV_Weserbogen_Entwurf_v2.docx", docx([
         "# Rahmenvertrag über eine betriebliche Krankenversicherung (Entwurf v2)",
         "zwischen der Weserbogen Logistik GmbH, Hafenstraße 31, 32457 Porta Westfalica (Arbeitgeber) und der Auenhain Krankenversicherung AG, Minden (Versicherer)",
         "# § 1 Versicherte Personen",
         "Versichert sind alle Arbeitnehmerinnen und Arbeitnehmer des Arbeitgebers mit einem ungekündigten Arbeitsverhältnis, einschließlich Auszubildender. Ausgenommen sind geringfügig Beschäftigte.",
         "# § 2 Tarif",
         "Budgettarif bKV Flex 900: Gesundheitsbudget 900 EUR je Kalenderjahr für Vorsorge, Sehhilfen, Zahnersatz und Zahnprophylaxe, Heilpraktiker und Arznei- und Verbandmittel.",
         "# § 3 Beitrag",
         "Der Beitrag beträgt 34,90 EUR je versicherter Person und Monat und wird vom Arbeitgeber getragen (Sachbezug im Rahmen der 50-EUR-Grenze).",
         "# § 4 Gesundheitsprüfung und Wartezeiten",
         "Eine Gesundheitsprüfung findet nicht statt. Wartezeiten entfallen. Laufende Behandlungen und Vorerkrankungen sind mitversichert.",
         "# § 5 Meldungen",
         "Der Arbeitgeber meldet Ein- und Austritte monatlich über das Firmenportal. Gesundheitsdaten werden zwischen Versicherer und Arbeitgeber nicht ausgetauscht.",
         "# § 6 Familienangehörige",
         "Ehe- und Lebenspartner und Kinder können zu eigenen Beiträgen mit vereinfachten Gesundheitsfragen versichert werden.",
         [["Beschäftigte (ca.)", "Beitrag mtl.", "Jahresbeitrag"], ["640", "34,90 EUR", "268.032,00 EUR"]],
     ], time=(2026, 9, 10, 15, 0, 0)))])

# ---- 0103 -------------------------------------------------------------
mail(103, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "health insurance approval of psychotherapy for a named customer with diagnosis F41.1 and number of sessions",
     frm=P["nie"], to="Jasmin Kötter <jasmin.koetter@online-post.example>",
     subject="Kostenzusage Psychotherapie – AK 77 355 120",
     date="2026-05-18 13:24",
     body="""Sehr geehrte Frau Kötter,

Ihre Psychotherapeutin Frau Dipl.-Psych. Bettina Lohrmann hat für Sie
eine Verhaltenstherapie beantragt. Nach dem Bericht an den Gutachter
(Diagnose F41.1, generalisierte Angststörung) erteilen wir Ihnen für
Ihren Tarif KOMFORT-A folgende Zusage:

  Verhaltenstherapie, Einzelbehandlung
  zunächst 24 Sitzungen à 50 Minuten (GOP 870)
  Erstattung 80 % bis zum 2,3-fachen Satz
  Zeitraum: 01.06.2026 bis 31.05.2027

Die fünf probatorischen Sitzungen im April/Mai sind bereits erstattet.
Für eine Verlängerung über 24 Sitzungen hinaus benötigen wir einen
kurzen Verlaufsbericht.

Ihre Rechnungen reichen Sie wie gewohnt über die App ein.

""" + S("nie") + "\n\n" + FOOT_DE)

# ---- 0104 -------------------------------------------------------------
mail(104, "NORMAL", "en", "insurer-to-doctor",
     "trap: invitation to occupational physicians for a round table on return to work after illness, no patient",
     frm=P["sauer"], to="Dr. Katrin Albersmeyer <praxis@albersmeyer-allgemeinmedizin.example>",
     subject="Invitation: round table \"Return to work after long-term illness\", 22 October",
     date="2026-09-21 12:11",
     body="""Dear Dr Albersmeyer,

as in previous years, we invite occupational and general physicians from
the region to an informal round table:

  "Return to work after long-term illness - what helps employees,
   employers and insurers?"
  Thursday, 22 October 2026, 18:00-20:30, Auenhain, Minden
  (2 CME points applied for with the Ärztekammer Westfalen-Lippe)

Topics: graded return (Hamburg model) after mental illness and after
cancer treatment; the role of the company doctor; what group income
protection insurers can and cannot do. All cases discussed will be
anonymised.

This invitation is in English because several colleagues from the
international practices in Hamburg and Hannover will join; the event
itself will be in German with English support.

Please register by reply by 9 October.

With kind regards
""" + S("sauer") + "\n\n" + FOOT_EN)

# ---- 0105 -------------------------------------------------------------
mail(105, "CONFIDENTIAL", "de", "insurer-to-customer",
     "named customer's photovoltaic system damage by a marten, address, policy and claim amounts",
     frm=P["brand"], to="Jörg Niederhöfer <joerg.niederhoefer@mailbox.example>",
     subject="Marderbiss an Ihrer PV-Anlage – Schaden AS-S-26-011045",
     date="2026-09-29 10:02",
     body="""Sehr geehrter Herr Niederhöfer,

vielen Dank für die Rechnung der Firma Solartechnik Meier. Der Marder hat
unter den Modulen Ihres Hauses Zum Wiehenkamm 3, 32547 Bad Oeynhausen,
die DC-Leitungen von zwei Strings durchgebissen.

Aus Ihrer Photovoltaikversicherung AS-PV-0071255 erstatten wir:
  Austausch Leitungen und Stecker, Fehlersuche        842,60 €
  Marderschutzgitter (Nachrüstung)                    nicht versichert
  Ertragsausfall 19 Tage lt. Wechselrichterdaten      74,10 €
  abzüglich Selbstbeteiligung                        -150,00 €
  Entschädigung                                       766,70 €

Die Zahlung geht in den nächsten Tagen auf Ihr Konto. Das Schutzgitter
ist eine Vorsorgemaßnahme und daher nicht versichert, wir empfehlen es
aber sehr.

""" + S("brand") + "\n\n" + FOOT_DE)

# ---- 0106 -------------------------------------------------------------
_m = inner(
    "Fiona McAllister <fiona.mcallister@nordlicht-software.example>",
    "Claire Whitfield <claire.whitfield@auenhain.example>",
    "Accident at our team event - are we covered?",
    "2026-09-14 09:22",
    """Hi Claire,

bit of bad luck on our summer team event last Friday (11 Sept): one of
our developers, Lukas Brandes, came off his bike on the gravel trail
near Lüneburg and broke his right collarbone. He was treated at the
Städtisches Klinikum Lüneburg and operated on Saturday (plate), he's
home now and off work for probably 6 weeks.

It was a company event, so I assume the statutory accident insurance
(BG) covers this, but does our group accident scheme pay anything on
top? He asked me, and I honestly don't know.

Thanks,
Fiona

Fiona McAllister
People & Culture Lead | Nordlicht Software GmbH | Hamburg""",
    "<NLS.FMc.20260914092204@nordlicht-software.example>")
mail(106, "STRICTLY_CONFIDENTIAL", "en", "company",
     "forwarded HR mail about a named employee's broken collarbone, surgery and absence under the group accident scheme",
     frm=P["whit"], to=P["feld"],
     subject="FW: Accident at our team event - are we covered?",
     date="2026-09-14 10:05",
     body="""Hi Jonas,

kannst du das übernehmen? Nordlicht, scheme NLS-GU-01 (unnamed, headcount
basis). Lukas Brandes should be covered 24/7 incl. company events, so
hospital cash + maybe disability later. I'll tell Fiona that you will
contact Lukas directly and that she should not send us anything more.

Danke!
Claire

""" + S("whit"),
     atts=[fwd(_m)])

# ---- 0107 -------------------------------------------------------------
mail(107, "NORMAL", "de", "internal",
     "trap: DPIA meeting minutes for a health app (diagnoses, prescriptions upload) describing data categories, no person",
     frm=P["lanwer"], to=P["budde"],
     cc=P["koll"] + ", " + P["nie"],
     subject="Protokoll DSFA Gesundheits-App 3.0 (bKV) – Sitzung 2",
     date="2026-06-05 17:10",
     body="""Hallo zusammen,

hier das Protokoll unserer zweiten DSFA-Sitzung zur Gesundheits-App 3.0.

Teilnehmende: Lea Budde (Fachbereich bKV), Petra Niemeyer-Haß (Leistung
Kranken), Mats Kollenrott (IT), Sophie Lanwer (DSB)

1. Verarbeitete Daten (neu in 3.0)
   - Foto-Upload von Rezepten und Arztrechnungen (enthalten Diagnosen,
     ICD-Codes, Medikamente) – Art. 9 DSGVO
   - Anzeige der Erstattungshistorie je versicherter Person
   - NEU: Arbeitgeber-Dashboard mit Nutzungsquote. Festlegung: nur
     aggregiert, erst ab 10 Versicherten je Arbeitgeber, keine
     Aufschlüsselung nach Leistungsart.

2. Risiken
   - Rückschluss auf Erkrankungen Einzelner im Dashboard bei kleinen
     Betrieben → Schwelle 10, Werte gerundet
   - OCR-Dienstleister in der EU (AVV liegt vor, Löschung nach 30 Tagen)
   - Push-Nachrichten dürfen keine Leistungsinhalte zeigen
     ("Neue Nachricht" statt "Ihre Physiotherapie-Rechnung ...")

3. Offene Punkte
   - Penetrationstest vor Go-live (Mats, bis 15.08.)
   - Einwilligungstext für Familienangehörige (Sophie)

Nächster Termin: 19.06., 10 Uhr.

Sophie

""" + S("lanwer"))

# ---- 0108 -------------------------------------------------------------
mail(108, "CONFIDENTIAL", "de", "insurer-to-company",
     "company bike leasing insurance: XLSX of named employees' e-bikes with frame numbers and one theft claim",
     frm=P["brand"], to="Katja Rosenbohm <k.rosenbohm@stadtwerke-luebbecke.example>",
     subject="Dienstrad-Versicherung AS-DR-0017 – Bestand und Diebstahl Herr Twelsiek",
     date="2026-10-06 09:29",
     body="""Sehr geehrte Frau Rosenbohm,

anbei der aktuelle Bestand Ihrer Dienstrad-Versicherung (14 Räder).

Den Diebstahl des E-Bikes von Herrn Marcel Twelsiek am Bahnhof Lübbecke
(28.09., Schaden AS-S-26-011210) haben wir reguliert: Zeitwert laut
Leasingvertrag 2.870 € abzüglich 100 € Selbstbeteiligung, Zahlung an die
Leasinggesellschaft Radwerk Leasing GmbH.

Bitte melden Sie das Ersatzrad mit Rahmennummer, sobald es geliefert ist.

""" + S("brand") + "\n\n" + FOOT_DE,
     atts=[att("Dienstrad_AS-DR-0017_Bestand_2026-10.xlsx", xlsx([("Bestand", [
         ["Nr.", "Mitarbeiter/in", "Rad", "Rahmennummer", "Neupreis EUR", "Leasingbeginn", "Status"],
         [1, "Marcel Twelsiek", "Cube Kathmandu Hybrid", "WCU2241887K", 3299, "01.05.2024", "gestohlen 28.09.2026"],
         [2, "Jürgen Fleddermann", "Riese & Müller Charger4", "RM4419022TB", 5899, "01.03.2025", "aktiv"],
         [3, "Katja Rosenbohm", "Gazelle Ultimate C380", "GZ88120443", 3599, "01.09.2025", "aktiv"],
         [4, "Holger Westerwelle-Kamp", "Kalkhoff Endeavour 5", "KH5T001877", 3199, "01.04.2024", "aktiv"],
         [5, "Nadia Benali", "Cube Ella Ride", "WCU2230019E", 2399, "01.06.2025", "aktiv"],
         ["...", "(9 weitere Räder, siehe Portal)", "", "", "", "", ""],
     ])], time=(2026, 10, 6, 9, 0, 0)))])

# ---- 0109 -------------------------------------------------------------
mail(109, "NORMAL", "en", "insurer-to-partner",
     "trap: assistance partner SLA report with case counts by type (medical evacuation, hospital admissions), aggregate",
     frm=P["whit"], to="CareBridge Account Management <accounts@carebridge-assistance.example>",
     subject="SLA review Q2 2026 – our comments",
     date="2026-07-16 14:48",
     body="""Dear Sven,

thank you for the Q2 SLA report. Our comments before the quarterly call:

Volume Q2 2026 (all Auenhain travel and expat schemes)
  calls handled                       2,418
  hospital admissions abroad            131
  guarantees of payment issued          119
  medical repatriations (air)            14
  repatriations of mortal remains         3

SLA                        target    Q2     comment
answer within 20 s           90 %   86 %    below target in June (heatwave?)
GOP within 4 h               95 %   97 %    fine
case notes in portal 24 h    98 %   91 %    needs improvement

We need a plan for the call answering rate before the summer peak.
Also, please make sure medical reports are only shared through the
case portal, not as e-mail attachments - two cases in May came by
ordinary e-mail.

Best regards,
""" + S("whit") + "\n\n" + FOOT_EN)

# ---- 0110 -------------------------------------------------------------
mail(110, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "legal expenses: named customer's trade-union membership (special category) decides subsidiarity of cover",
     frm=P["willig"], to="Ralf Heemeier <ralf.heemeier@heimnetz.example>",
     subject="Ihr Arbeitsrechtsfall – Rechtsschutz AS-RS-5519022, RS-26-02240",
     date="2026-06-22 11:09",
     body="""Sehr geehrter Herr Heemeier,

vielen Dank für Ihre Schadenmeldung wegen der Abmahnung durch Ihren
Arbeitgeber, die Kettler & Rhode Maschinenbau KG.

Sie schreiben, dass Sie Mitglied der IG Metall sind. Nach § 3 Abs. 3 e
unserer ARB 2020 ist der Arbeits-Rechtsschutz subsidiär, soweit Sie
Rechtsschutz über Ihre Gewerkschaft erhalten können. Bitte wenden Sie
sich deshalb zunächst an die IG Metall Geschäftsstelle Bielefeld. Sollte
die Gewerkschaft den Rechtsschutz ablehnen, z. B. wegen der kurzen
Mitgliedschaftsdauer, übernehmen wir die Kosten (Selbstbeteiligung
150 €).

Bitte schicken Sie uns dann die Ablehnung der Gewerkschaft.

""" + S("willig") + "\n\n" + FOOT_DE)

# ---- 0111 -------------------------------------------------------------
mail(111, "NORMAL", "de", "insurer-to-broker",
     "maintenance notice for the broker portal, no personal data",
     frm="Auenhain Maklerportal <maklerportal@auenhain.example>",
     to="Jens Tegtmeier <jens@tegtmeier-makler.example>",
     subject="Wartungsarbeiten im Maklerportal am 17./18. Oktober",
     date="2026-10-09 16:00",
     body="""Sehr geehrte Vertriebspartnerin, sehr geehrter Vertriebspartner,

wegen der Umstellung auf neue Server ist das Auenhain-Maklerportal

  von Samstag, 17.10.2026, 20:00 Uhr
  bis Sonntag, 18.10.2026, 12:00 Uhr

nicht erreichbar. In dieser Zeit funktionieren auch der BiPRO-Abruf der
elektronischen Vermittlerpost durch Ihr Maklerverwaltungsprogramm und
die Tarifrechner nicht. Dokumente, die in der Zeit entstehen, stehen ab
Sonntagmittag zum Abruf bereit.

Bitte planen Sie eilige eVB-Anforderungen über die Hotline
0571 8830-333 ein.

Ihr Maklerportal-Team
Auenhain Versicherungsgruppe""")

# ---- 0112 -------------------------------------------------------------
mail(112, "CONFIDENTIAL", "en", "insurer-to-customer",
     "tenant liability claim of a named student for a burnt kitchen worktop, flat address, landlord and payout",
     frm=P["woe"], to="Tobias Lindgren <tobias.lindgren@studmail.example>",
     subject="Your claim AS-S-26-009877 – kitchen worktop",
     date="2026-07-30 12:55",
     body="""Dear Mr Lindgren,

thank you for the photos and the quote from your landlord, Mr Heinz
Steffens. The hot pan placed on the worktop in your flat (Königstraße 9,
flat 3, 32423 Minden) caused a burn mark of about 20 cm.

Your private liability insurance AS-P-1192270 (student tariff, including
damage to rented property) covers the repair. Since the worktop was
already 11 years old, we pay the time value:

  replacement worktop incl. fitting (quote)   EUR 960.00
  deduction for age (50 %)                   -EUR 480.00
  amount paid to Mr Steffens                  EUR 480.00

We will inform Mr Steffens directly. If he claims the remaining amount
from your deposit, please let us know - we can explain the calculation
to him.

""" + S("woe") + "\n\n" + FOOT_EN)

# ---- 0113 -------------------------------------------------------------
_p113 = {}
_p113["Kirchhoff"] = """# Versicherungsschein Direktversicherung KL-DV-0061/0233
Versicherungsnehmer: Weserbogen Logistik GmbH, Hafenstraße 31, 32457 Porta Westfalica
Versicherte Person: Melanie Kirchhoff, geb. 03.09.1991
Tarif: DV-Klassik 26   Versicherungsbeginn: 01.04.2026   Rentenbeginn: 01.10.2058
Beitrag monatlich: 172,50 EUR (Entgeltumwandlung 150,00 EUR, AG-Zuschuss 22,50 EUR)
Garantierte Altersrente: 212,40 EUR monatlich
Hinterbliebenenleistung: Beitragsrückgewähr bei Tod vor Rentenbeginn
Bezugsrecht: unwiderruflich versicherte Person"""
_p113["Steinhage"] = """# Versicherungsschein Direktversicherung KL-DV-0061/0234
Versicherungsnehmer: Weserbogen Logistik GmbH, Hafenstraße 31, 32457 Porta Westfalica
Versicherte Person: Lukas Steinhage, geb. 26.06.2001
Tarif: DV-Klassik 26   Versicherungsbeginn: 01.04.2026   Rentenbeginn: 01.07.2068
Beitrag monatlich: 115,00 EUR (Entgeltumwandlung 100,00 EUR, AG-Zuschuss 15,00 EUR)
Garantierte Altersrente: 189,75 EUR monatlich
Zusatzversicherung: keine
Bezugsrecht: unwiderruflich versicherte Person"""
_p113["Wiebking"] = """# Versicherungsschein Direktversicherung KL-DV-0061/0235
Versicherungsnehmer: Weserbogen Logistik GmbH, Hafenstraße 31, 32457 Porta Westfalica
Versicherte Person: Doris Wiebking, geb. 08.02.1969
Tarif: DV-Klassik 26   Versicherungsbeginn: 01.04.2026   Rentenbeginn: 01.03.2036
Beitrag monatlich: 230,00 EUR (Entgeltumwandlung 200,00 EUR, AG-Zuschuss 30,00 EUR)
Garantierte Altersrente: 96,80 EUR monatlich, Kapitalwahlrecht
Bezugsrecht: unwiderruflich versicherte Person; bei Tod: Ehegatte"""
mail(113, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "body harmless; ZIP of three PDF policy schedules of named employees' direct life insurance with birth dates",
     frm=P["kempf"], to="Sandra Pöttker <sandra.poettker@weserbogen-logistik.example>",
     subject="Versicherungsscheine Neuzugänge April",
     date="2026-04-14 12:30",
     body="""Hallo Frau Pöttker,

anbei die Versicherungsscheine für die Neuzugänge zum 01.04. zu Ihren
Unterlagen, gesammelt in einer ZIP-Datei. Der Schein für Herrn Okafor
folgt zum 01.05.

Viele Grüße

""" + S("kempf"),
     atts=[att("Versicherungsscheine_KL-DV-0061_04-2026.zip", zip_([
         ("KL-DV-0061-0233_Kirchhoff.pdf", pdf(_p113["Kirchhoff"], created="20260413180000", producer="Auenhain Output Management")),
         ("KL-DV-0061-0234_Steinhage.pdf", pdf(_p113["Steinhage"], created="20260413180100", producer="Auenhain Output Management")),
         ("KL-DV-0061-0235_Wiebking.pdf", pdf(_p113["Wiebking"], created="20260413180200", producer="Auenhain Output Management")),
     ], time=(2026, 4, 14, 12, 25, 0)))])

# ---- 0114 -------------------------------------------------------------
mail(114, "NORMAL", "en", "internal",
     "trap: pricing question about mortality loading for an occupation class in group life, no person",
     frm=P["whit"], to=P["oye"],
     subject="Group life – loading for offshore wind technicians?",
     date="2026-08-18 15:02",
     body="""Hi Daniel,

Consilia has a prospect in Cuxhaven (wind farm service company, 85
employees, about 40 of them offshore technicians who work on turbines
and transfer by boat/helicopter). They want group life at 3x salary.

Questions:
1. Do we rate offshore technicians in occupation class 4 with the
   standard +50 % mortality loading, or do you have something more
   specific (the reinsurer's manual mentions "offshore energy" separately)?
2. Free cover limit: keep EUR 400k, or lower for class 4?
3. Any helicopter exclusion needed, or is that covered in the treaty?

No census yet, just the headcount. I'd like to give them an indication
by next Friday.

Thanks!
Claire

""" + S("whit"),
     flowed=True, hdr={"User-Agent": "Mozilla Thunderbird 128.6.0"})

# ---- 0115 -------------------------------------------------------------
mail(115, "CONFIDENTIAL", "de", "insurer-to-customer",
     "confirmation of cancellation of a named customer's household insurance with customer and policy numbers, refund",
     frm=P["brand"], to="Helga Twelbeck <helga.twelbeck@t-mailbox.example>",
     subject="Bestätigung Ihrer Kündigung – Hausrat AS-H-2201455",
     date="2026-10-14 09:17",
     body="""Sehr geehrte Frau Twelbeck,

wir bestätigen die Kündigung Ihrer Hausratversicherung AS-H-2201455
(Kundennummer 4411-031188) wegen Ihres Umzugs in das Seniorenwohnen
Haus am Stadtpark zum 31.10.2026.

Den anteiligen Beitrag für November und Dezember (23,50 €) erstatten wir
auf Ihr Konto. Ihre Privathaftpflicht AS-P-1160029 läuft unverändert
weiter – bitte teilen Sie uns nur noch Ihre neue Anschrift mit.

Wir wünschen Ihnen einen guten Start im neuen Zuhause.

""" + S("brand") + "\n\n" + FOOT_DE)

# ---- 0116 -------------------------------------------------------------
mail(116, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "health policy change of first name and gender entry for a named customer under the self-determination act (gender identity)",
     frm=P["nie"], to="Noah Falkenberg <noah.falkenberg@mailbox.example>",
     subject="Change of name and gender entry – health insurance AK 77 418 006",
     date="2026-02-26 10:44",
     body="""Dear Mr Falkenberg,

thank you for sending the certificate from the registry office of
Bielefeld dated 3 February 2026. In accordance with the declaration under
the Self-Determination Act (SBGG), we have changed your health insurance
AK 77 418 006:

  first name: Noah (previously: Nora)
  gender entry: male (previously: female)

Your premium does not change (unisex tariffs), and all benefits remain
as before, including the ongoing hormone treatment approved in 2025.
Your new insurance card will arrive by post within ten days; please
destroy the old one.

Previous names are kept only in our protected archive and will not
appear on any letters or invoices.

I wrote in English as you requested.

""" + S("nie") + "\n\n" + FOOT_EN)

# ---- 0117 -------------------------------------------------------------
_h117 = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Firmenkunden-Newsletter 3/2026</title></head>
<body style="margin:0;padding:0;background:#f3f5f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#2e6b4f;color:#fff;font-size:20px"><b>Auenhain Firmenkunden-Newsletter 3/2026</b></td></tr>
<tr><td>
<p>Sehr geehrte Damen und Herren in den Personalabteilungen,</p>
<h3>Rechengrößen 2027 – vorläufige Werte</h3>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><th>Größe</th><th>2026</th><th>2027 (Entwurf)</th></tr>
<tr><td>Beitragsbemessungsgrenze RV (jährlich)</td><td>101.400 €</td><td>105.000 €</td></tr>
<tr><td>steuerfreier Höchstbetrag § 3 Nr. 63 EStG (8 %)</td><td>8.112 €</td><td>8.400 €</td></tr>
<tr><td>sozialversicherungsfrei (4 %)</td><td>4.056 €</td><td>4.200 €</td></tr>
<tr><td>Freibetrag Betriebsrenten KV</td><td>197,75 € mtl.</td><td>204,75 € mtl.</td></tr>
</table>
<p>Die endgültigen Werte folgen nach Verabschiedung der Sozialversicherungs-Rechengrößenverordnung. Denken Sie an die Anpassung der Entgeltumwandlungsvereinbarungen, wenn Mitarbeitende den Höchstbetrag ausschöpfen.</p>
<h3>bKV: Sachbezug bleibt bis 50 € steuerfrei</h3>
<p>Arbeitgeberfinanzierte bKV-Beiträge bleiben als Sachbezug steuer- und beitragsfrei, solange die 50-€-Freigrenze eingehalten wird.</p>
<h3>Termine</h3>
<p>Online-Sprechstunde Jahreswechsel: 19. November, 10 Uhr – Anmeldung im Firmenportal.</p>
<p style="font-size:11px;color:#777">Auenhain Versicherungsgruppe · Auenhainer Allee 12 · 32423 Minden · Abmelden: Antwort mit „Abmelden“</p>
</td></tr></table></td></tr></table>
</body></html>"""
mail(117, "NORMAL", "de", "newsletter",
     "trap: HTML-only HR newsletter with social-security ceilings, tax-free pension amounts and income figures, no person",
     frm="Auenhain Firmenkunden <firmenkunden-newsletter@auenhain.example>",
     to="Auenhain Firmenkunden <firmenkunden-newsletter@auenhain.example>",
     subject="Firmenkunden-Newsletter 3/2026: Rechengrößen 2027, bKV-Sachbezug",
     date="2026-10-20 07:30",
     html=_h117,
     hdr={"Precedence": "bulk", "List-Unsubscribe": "<mailto:firmenkunden-newsletter@auenhain.example?subject=Abmelden>"})

# ---- 0118 -------------------------------------------------------------
mail(118, "CONFIDENTIAL", "en", "insurer-to-company",
     "D&O claim notification against a named former CFO of a client firm (civil liability), policy and amounts",
     frm=P["woe"], to="Joost van der Linde <j.vanderlinde@meridian-freight.example>",
     cc="Legal Meridian Freight <legal@meridian-freight.example>",
     subject="D&O policy AS-DO-0088 – notification of circumstances, Mr Pieter Janssen",
     date="2026-11-04 14:37",
     body="""Dear Mr van der Linde,

we acknowledge receipt of the notification of circumstances under the
D&O policy AS-DO-0088 (Meridian Freight B.V., German branch) concerning
the former finance director of the branch, Mr Pieter Janssen.

As we understand it, the company considers claiming damages of about
EUR 1.3 m from Mr Janssen because he approved a fuel-hedging contract
in 2024 without board approval. No claim has been made yet.

We have registered the matter under reference AS-S-26-012566. The
notification preserves cover for a later claim. Please note:
- do not accept any liability on behalf of the insurer,
- Mr Janssen may choose a defence counsel; fees above the rates of the
  policy schedule require our prior approval,
- please send us the board minutes of 2024 and the hedging contract.

""" + S("woe") + "\n\n" + FOOT_EN)

# ---- 0119 -------------------------------------------------------------
mail(119, "NORMAL", "de", "internal",
     "facility notice: elevator maintenance and car park closure, nothing sensitive",
     frm="Haustechnik Auenhain <haustechnik@auenhain.example>",
     to="Alle Mitarbeitenden <alle@auenhain.example>",
     subject="Aufzug B außer Betrieb / Tiefgarage Ebene -2 gesperrt (26.–28.10.)",
     date="2026-10-22 13:30",
     body="""Liebe Kolleginnen und Kollegen,

von Montag, 26.10., bis Mittwoch, 28.10., wird Aufzug B (Treppenhaus
Nord) gewartet und ist nicht nutzbar. Bitte nutzen Sie Aufzug A.

In derselben Zeit wird die Ebene -2 der Tiefgarage gereinigt und neu
markiert. Die Stellplätze dort sind gesperrt; Ausweichparkplätze gibt es
auf dem Schotterplatz an der Ringstraße. Fahrzeuge, die am Montag um
6 Uhr noch auf -2 stehen, müssen leider umgesetzt werden.

Kolleginnen und Kollegen mit Schwerbehindertenparkplatz auf -2: Wir
haben für Sie Ersatzplätze auf -1 reserviert (Schilder "reserviert
Haustechnik").

Danke für Ihr Verständnis
Kai Bruns
Haustechnik / Facility, Auenhain Versicherungsgruppe, -066""")

# ---- 0120 -------------------------------------------------------------
mail(120, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "group disability (BU) benefit ends as a named employee returns after rehab via graded reintegration; amounts to HR",
     frm=P["kempf"], to="Sandra Pöttker <sandra.poettker@weserbogen-logistik.example>",
     subject="Gruppen-BU KL-BU-0019/0077 Herr Rüdiger Blase – Wiedereingliederung",
     date="2026-10-27 11:55",
     body="""Hallo Frau Pöttker,

Herr Rüdiger Blase hat uns mitgeteilt, dass er nach seiner
Rehabilitationsmaßnahme ab 02.11.2026 stufenweise wieder einsteigt
(Hamburger Modell, zunächst 4 Stunden täglich, ab 30.11. 6 Stunden).
Er ist damit einverstanden, dass wir Sie darüber informieren.

Für die Gruppen-Berufsunfähigkeitsversicherung KL-BU-0019/0077 bedeutet
das:
- Die BU-Rente von 1.150 € monatlich zahlen wir während der
  Wiedereingliederung weiter, längstens bis 31.01.2027.
- Die Beitragsbefreiung für seine bAV endet mit dem Monat, in dem er
  wieder volles Entgelt erhält. Bitte melden Sie uns diesen Termin über
  das Portal (Meldung "Wiederaufnahme Entgeltzahlung").
- Wir prüfen im Januar, ob die Leistungsvoraussetzungen weiter vorliegen.

Zu den medizinischen Hintergründen kann ich Ihnen nichts sagen; das
läuft direkt zwischen Herrn Blase und uns.

Viele Grüße

""" + S("kempf") + "\n\n" + FOOT_DE)

# ---- 0121 -------------------------------------------------------------
mail(121, "CONFIDENTIAL", "de", "insurer-to-customer",
     "correction of a named customer's birth date in her motor contract, premium consequence",
     frm=P["holt"], to="Olga Schmidtke <olga.schmidtke@freemail-owl.example>",
     subject="AW: falsches Geburtsdatum im Versicherungsschein",
     date="2026-01-16 08:49",
     body="""Guten Morgen Frau Schmidtke,

Sie haben recht, da ist uns ein Zahlendreher passiert. Wir haben Ihr
Geburtsdatum im Kfz-Vertrag AS-K-8819063 von 19.03.1986 auf 13.09.1986
korrigiert. Auf den Beitrag hat das keinen Einfluss, weil beide Daten in
dieselbe Altersgruppe fallen.

Den korrigierten Versicherungsschein finden Sie ab morgen in Ihrem
Kundenportal, per Post kommt er zusätzlich.

Entschuldigen Sie bitte den Fehler.

""" + S("holt") + """

> -----Ursprüngliche Nachricht-----
> Von: Olga Schmidtke
> Gesendet: Mittwoch, 14. Januar 2026 19:02
> Betreff: falsches Geburtsdatum im Versicherungsschein
>
> Hallo, in meinem neuen Versicherungsschein steht als Geburtsdatum der
> 19.03.1986, ich bin aber am 13.09.1986 geboren. Bitte ändern.
> MfG O. Schmidtke""")

# ---- 0122 -------------------------------------------------------------
mail(122, "NORMAL", "en", "insurer-to-company",
     "trap: quote for an annual business travel policy with medical-emergency limits and headcount, no traveller named",
     frm=P["whit"], to="Joost van der Linde <j.vanderlinde@meridian-freight.example>",
     subject="Quote: annual business travel insurance Meridian Freight (German branch)",
     date="2026-11-10 10:18",
     body="""Dear Joost,

here is our quote for an annual business travel policy for the German
branch, based on the figures you gave us (about 60 employees travelling,
approx. 420 trips per year, mainly Benelux, UK and Poland, some Asia).

Cover per trip (worldwide, max. 90 days per trip)
- emergency medical treatment abroad and medical repatriation: unlimited
- personal accident while travelling: EUR 100,000 death/disability
- baggage and business equipment: EUR 5,000
- travel delay and missed connection: EUR 1,000
- personal liability abroad: EUR 2 m
- legal costs abroad: EUR 50,000
- 24/7 assistance via CareBridge

Annual premium: EUR 5,880 incl. insurance tax, no traveller lists
required - all employees on business trips are covered automatically.

Valid for a start until 1 March 2027.

""" + S("whit") + "\n\n" + FOOT_EN)

# ---- 0123 -------------------------------------------------------------
mail(123, "STRICTLY_CONFIDENTIAL", "en", "internal",
     "insurer's own HR tells a manager about a named employee's knee surgery (cruciate ligament) and expected absence",
     frm=P["stro"], to=P["whit"],
     subject="Ewan – absence from 9 November",
     date="2026-11-02 16:50",
     body="""Hi Claire,

Ewan called me today and asked me to let you know, since you're on
leave tomorrow: his knee operation (cruciate ligament reconstruction,
after the football injury in September) has been scheduled for
9 November at the Mühlenkreiskliniken. He expects to be off for about
six weeks, followed by physio, and will probably work from home from
mid-December before he can drive again.

He's fine with you telling the team that he's "off for an operation",
but please keep the details to yourself.

We'll need a plan for his open group life renewals (Brightwater,
Meridian). Shall we talk on Wednesday?

Annika
""" + "\n" + S("stro"))

# ---- 0124 -------------------------------------------------------------
mail(124, "NORMAL", "de", "internal",
     "invitation to a farewell get-together for a retiring colleague, organisational only",
     frm=P["feld"], to="Firmenkunden Leben/Kranken/Unfall <fk-alle@auenhain.example>",
     subject="Abschied Gisbert – Freitag, 27.11., 14 Uhr",
     date="2026-11-16 12:25",
     body="""Liebe Kolleginnen und Kollegen,

nach 41 Jahren bei Auenhain geht unser Gisbert Ende November in den
Ruhestand. Wer ihn kennt, weiß: Ohne ihn hätte es die erste
Gruppenunfallversicherung in unserem Haus 1989 nicht gegeben.

Wir verabschieden ihn am Freitag, 27.11., ab 14 Uhr in der Kantine
(hinterer Bereich). Für das Abschiedsgeschenk (E-Bike-Zubehör, er will
jetzt den Weserradweg komplett fahren) steht bis Mittwoch eine Kasse
bei mir im Büro 2.21.

Jonas""")

# ---- 0125 -------------------------------------------------------------
mail(125, "CONFIDENTIAL", "en", "insurer-to-customer",
     "theft of a named customer's car with plate, VIN, claim number and settlement; no health",
     frm=P["aydin"], to="Marek Dvořák <marek.dvorak@inboxmail.example>",
     subject="Your stolen car – claim AS-S-26-010918 (MI-MD 424)",
     date="2026-11-19 13:59",
     body="""Dear Mr Dvořák,

the police informed us that the investigation into the theft of your
Toyota RAV4 Hybrid (MI-MD 424, VIN JTMW43FV60D512877) from the car park
at Minden station on 14 August has been closed without result. The car
has not been found within the one-month period, so we settle the claim
under your comprehensive cover AS-K-8830162:

  replacement value (DAT valuation)           EUR 27,400.00
  deductible                                 -EUR    300.00
  outstanding lease settled with Toyota Bank -EUR 18,611.42
  amount paid to you                          EUR  8,488.58

Please send us the second key. The registration certificate part II is
held by the leasing bank; we will request it there. If the car is found later, you can choose
within one month to take it back and repay the compensation.

""" + S("aydin") + "\n\n" + FOOT_EN)

# ---- 0126 -------------------------------------------------------------
mail(126, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
     "group life death claim: named deceased employee, cause of death, sum assured and beneficiaries",
     frm=P["whit"], to="Joost van der Linde <j.vanderlinde@meridian-freight.example>",
     subject="Group life MF-GL-2021 – death of Mr Sander Bakker",
     date="2026-11-23 15:12",
     body="""Dear Joost,

thank you for letting us know, and please pass on our condolences to
Mr Bakker's colleagues.

We have registered the death of Sander Bakker (member 0178), who died
on 15 November 2026 in a road accident on the A40 near Moers, according
to the death certificate and the police report you forwarded.

Benefit under the group life policy:
  sum assured 3x annual salary (EUR 61,200)   EUR 183,600.00
  accidental death top-up                      EUR  50,000.00
  total                                        EUR 233,600.00

Mr Bakker's nomination form names his partner, Ms Lotte Verhoeven, as
sole beneficiary. We will contact her directly and pay to her account
once we have her identification and bank details. The payment is not
part of the estate, so no certificate of inheritance is needed.

There is nothing further to do on your side except to remove him from
the next premium statement.

""" + S("whit") + "\n\n" + FOOT_EN)

# ---- 0127 -------------------------------------------------------------
mail(127, "NORMAL", "de", "internal",
     "trap: XLSX statistics of disability claims by ICD chapter and age band, aggregated with small cells merged",
     frm=P["sauer"], to=P["oye"], cc=P["kempf"],
     subject="BU-Leistungsfälle 2025 nach ICD-Kapitel – für die Bestandsanalyse",
     date="2026-02-10 13:46",
     body="""Hallo Daniel,

wie besprochen die Auswertung der neu anerkannten BU-Leistungsfälle 2025
(Einzel-BU und Gruppen-BU) nach ICD-Kapitel. Zellen unter 5 Fällen habe
ich zusammengefasst, es gibt keine Einzelfallinformationen.

Auffällig bleibt Kapitel F (psychische Erkrankungen): 38 % aller neuen
Fälle, in der Gruppen-BU sogar 44 %. Bei den unter 40-Jährigen dominiert
F noch stärker.

Viele Grüße
Meike

""" + S("sauer"),
     atts=[att("BU_Leistungsfaelle_2025_ICD.xlsx", xlsx([
         ("nach Kapitel", [
             ["ICD-10-Kapitel", "Bezeichnung", "Einzel-BU", "Gruppen-BU", "gesamt", "Anteil"],
             ["F", "Psychische und Verhaltensstörungen", 71, 52, 123, "38 %"],
             ["M", "Muskel-Skelett-System", 48, 27, 75, "23 %"],
             ["C/D", "Neubildungen", 31, 14, 45, "14 %"],
             ["I", "Kreislaufsystem", 17, 9, 26, "8 %"],
             ["G", "Nervensystem", 14, 7, 21, "6 %"],
             ["S/T", "Verletzungen", 11, 5, 16, "5 %"],
             ["übrige", "alle anderen Kapitel (zusammengefasst)", 14, 5, 19, "6 %"],
             ["", "Summe", 206, 119, 325, "100 %"],
         ]),
         ("nach Alter", [
             ["Altersband", "F", "M", "C/D", "übrige", "gesamt"],
             ["unter 40", 41, 12, 6, 11, 70],
             ["40-49", 38, 19, 11, 17, 85],
             ["50-59", 36, 31, 20, 26, 113],
             ["60+", 8, 13, 8, 28, 57],
         ])], time=(2026, 2, 10, 13, 30, 0)))])

# ---- 0128 -------------------------------------------------------------
mail(128, "CONFIDENTIAL", "de", "insurer-to-customer",
     "deer collision of a named customer with plate, claim number and partial-cover settlement; nobody hurt",
     frm=P["aydin"], to="Birgit Hollenhorst <birgit.hollenhorst@posteingang.example>",
     subject="Wildunfall 04.11. – Schaden AS-S-26-012701",
     date="2026-11-11 11:23",
     body="""Sehr geehrte Frau Hollenhorst,

zum Wildunfall am 04.11. auf der K 23 zwischen Hille und Holzhausen
(Reh, Wildunfallbescheinigung des Jagdpächters liegt vor): Wie gut, dass
Ihnen nichts passiert ist.

Der Schaden an Ihrem Skoda Fabia (MI-BH 210) ist über die Teilkasko
Ihres Vertrags AS-K-8802290 versichert. Laut Gutachten:

  Reparatur Frontschürze, Scheinwerfer rechts, Kühler   3.412,88 €
  abzüglich Selbstbeteiligung Teilkasko                   -150,00 €
  Zahlung an Autohaus Kemena (Reparaturfreigabe)         3.262,88 €

Ein Wildschaden in der Teilkasko hat keinen Einfluss auf Ihren
Schadenfreiheitsrabatt.

""" + S("aydin") + "\n\n" + FOOT_DE)

# ---- 0129 -------------------------------------------------------------
mail(129, "NORMAL", "en", "insurer-to-company",
     "trap: group life rate table per 1,000 sum assured by age and gender (ODS), no member data",
     frm=P["whit"], to="Priya Raman <priya.raman@brightwater-analytics.example>",
     subject="Group life renewal 2027 – rate table",
     date="2026-11-26 09:08",
     body="""Dear Priya,

for your budget planning, attached is the rate table for your group life
scheme BWA-GL-02 for 2027. The rates per EUR 1,000 sum assured are
unchanged for ages up to 49 and rise by 3-5 % above 50, in line with our
reinsurer's mortality update.

Your premium for 2027 will be calculated with these rates on the
membership as at 1 January 2027, which you will report via the portal.

""" + S("whit") + "\n\n" + FOOT_EN,
     atts=[att("BWA-GL-02_rates_2027.ods", ods([("Rates 2027", [
         ["Age band", "Annual rate per EUR 1,000 (male)", "Annual rate per EUR 1,000 (female)", "Change vs 2026"],
         ["18-29", 0.62, 0.41, "0 %"],
         ["30-39", 0.88, 0.59, "0 %"],
         ["40-49", 1.71, 1.12, "0 %"],
         ["50-54", 3.05, 2.08, "+3 %"],
         ["55-59", 4.86, 3.12, "+4 %"],
         ["60-67", 8.44, 5.27, "+5 %"],
     ])], time=(2026, 11, 25, 17, 0, 0)))])

# ---- 0130 -------------------------------------------------------------
mail(130, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "body harmless ('anbei Ihre Abrechnung'); PDF benefit statement for a named customer's hearing aids with diagnosis",
     frm="Auenhain Krankenversicherung <leistung-kranken@auenhain.example>",
     to="Wilhelm Rahe <w.rahe@t-mailbox.example>",
     subject="Ihre Leistungsabrechnung",
     date="2026-12-01 06:05",
     body="""Guten Tag Herr Rahe,

anbei erhalten Sie Ihre Leistungsabrechnung.

Mit freundlichen Grüßen
Ihre Auenhain Krankenversicherung

""" + FOOT_DE,
     atts=[att("Leistungsabrechnung_2026-12-01.pdf", pdf(
         """# Auenhain Krankenversicherung AG – Leistungsabrechnung vom 01.12.2026
Herrn Wilhelm Rahe, Ravensberger Straße 7, 32312 Lübbecke
Versicherungsnummer AK 50 207 719   Versicherte Person: Wilhelm Rahe, geb. 29.10.1948

# Eingereichte Belege
Hörakustik Weserland, Rechnung 2026-1184 vom 12.11.2026
2 Hinter-dem-Ohr-Hörgeräte (Phonak Audeo L90), Versorgung beidseitig
Verordnung Dr. med. Gunnar Lahrmann, HNO: Schallempfindungsschwerhörigkeit beidseitig (H90.3)
Rechnungsbetrag: 4.980,00 EUR

# Erstattung
Tarif KOMFORT-S, Hilfsmittel: 80 %, Hörgeräte höchstens 1.500 EUR je Ohr alle 5 Jahre
erstattungsfähig: 3.000,00 EUR   Erstattung 80 %: 2.400,00 EUR
Auszahlung auf IBAN DE39 4808 0000 0912 3477 00 am 03.12.2026

Die letzte Hörgeräteversorgung wurde im Oktober 2020 erstattet; die Frist von 5 Jahren ist abgelaufen.""",
         created="20261130230000", producer="Auenhain Output Management"))])

# ---- 0131 -------------------------------------------------------------
mail(131, "CONFIDENTIAL", "en", "insurer-to-broker",
     "professional indemnity for a sole-trader HR consultant: her turnover, tax number and policy (natural person)",
     frm=P["voss"], to="Marcus Delacroix-Brenner <m.delacroix-brenner@consilia-benefits.example>",
     subject="PI renewal – Ms Yvette Sandkühler, HR consulting (sole trader)",
     date="2026-11-30 16:31",
     body="""Hi Marcus,

renewal terms for your client Yvette Sandkühler (HR consulting, sole
trader, Düsseldorf), professional indemnity policy AS-VH-0081145:

  declared turnover 2025: EUR 186,400 (2024: EUR 161,900)
  tax number: 133/5077/2219 (for the insurance tax certificate she asked for)
  limit EUR 500,000 per claim, 2x aggregate
  deductible EUR 1,000
  premium 2027: EUR 1,248.50 incl. insurance tax (2026: EUR 1,129.30)

The increase only reflects her turnover. No claims in the last five
years. If she wants to add cover for payroll advice (she mentioned it
last year), please send us a short description of the activity.

Cheers
Henrik

""" + S("voss") + "\n\n" + FOOT_EN)

# ---- 0132 -------------------------------------------------------------
mail(132, "NORMAL", "de", "insurer-to-company",
     "change of HR contact person at a client firm confirmed; business contact data only",
     frm=P["kempf"], to="Thomas Gieselmann <t.gieselmann@kettler-rhode.example>",
     cc="Marion Kuhlmann <m.kuhlmann@kettler-rhode.example>",
     subject="AW: Neue Ansprechpartnerin Entgeltabrechnung ab 01.12.",
     date="2026-11-18 10:20",
     body="""Hallo Herr Gieselmann,

danke für die Info. Wir haben Frau Marion Kuhlmann ab 01.12.2026 als
Hauptansprechpartnerin für die bAV und die Gruppenunfall eingetragen;
Sie selbst bleiben als Personalleiter in Kopie. Frau Kuhlmann erhält
die Administratorrechte im Firmenportal, ihren bisherigen Zugang kann
sie weiter nutzen.

Alles Gute für Ihre neue Aufgabe im Werk Gütersloh!

""" + S("kempf"))

# ---- 0133 -------------------------------------------------------------
mail(133, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "annual salary report for the company pension: named employees missing, with policy numbers (life line)",
     frm=P["kempf"], to="Sandra Pöttker <sandra.poettker@weserbogen-logistik.example>",
     subject="Gehaltsmeldung 2026 – drei Personen fehlen",
     date="2026-04-06 14:11",
     body="""Hallo Frau Pöttker,

danke für die Gehaltsmeldung im Portal. Beim Abgleich mit unserem
Bestand fehlen drei Personen, für die wir noch laufende Beiträge
erhalten:

  KL-DV-0061/0088  Hartmut Ossenbrink   (Gehalt 2025: 3.870 €)
  KL-DV-0061/0142  Jelena Marković      (Gehalt 2025: 2.995 €)
  KL-DV-0061/0201  Finn-Ole Kiesewetter (Gehalt 2025: 3.120 €)

Sind die drei ausgeschieden, oder fehlen sie nur in der Datei? Bei
Austritt bitte die Austrittsmeldung nachholen, damit wir die Verträge
beitragsfrei stellen können.

Viele Grüße

""" + S("kempf"))

# ---- 0134 -------------------------------------------------------------
mail(134, "NORMAL", "en", "insurer-to-partner",
     "reinsurance treaty renewal terms (retention, commission, limits), no individual risk",
     frm=P["oye"], to="Alistair Brody <a.brody@nordhafen-re.example>",
     subject="Group life QS treaty 2027 – our position",
     date="2026-10-15 11:04",
     body="""Hi Alistair,

thanks for the renewal proposal for the group life quota share
(NHR-QS-GL-2019). Our position after the internal review:

1. Cession: we'd like to reduce from 40 % to 35 % (our solvency ratio
   allows a higher retention).
2. Reinsurance commission: 32 % + profit commission 40 % after 3-year
   loss carry-forward - we can't accept the reduction to 28 %.
3. Individual retention / surplus: keep EUR 500k per life.
4. Free cover limit: we'd like to move from EUR 400k to EUR 500k for
   schemes with 250+ members. Happy to share our experience analysis.
5. Pandemic clause: as 2026.

Can we discuss on 4 November? I'll bring Wiebke for point 4.

Best
Daniel

""" + S("oye") + "\n\n" + FOOT_EN)

# ---- 0135 -------------------------------------------------------------
mail(135, "CONFIDENTIAL", "de", "insurer-to-customer",
     "new bank details (IBAN) of a named customer for motor and household contracts, SEPA mandate confirmation",
     frm=P["holt"], to="Kemal Yavuz <kemal.yavuz@mailbox.example>",
     subject="Neue Bankverbindung – Bestätigung SEPA-Lastschriftmandat",
     date="2026-07-07 09:39",
     body="""Sehr geehrter Herr Yavuz,

wir haben Ihre neue Bankverbindung für folgende Verträge hinterlegt:

  Kfz AS-K-8811408 (MI-KY 1903)
  Hausrat AS-H-2268835
  Privathaftpflicht AS-P-1180720

  Kontoinhaber: Kemal Yavuz
  IBAN: DE68 4925 0105 0000 1122 33
  Mandatsreferenz: AUH-M-20260707-1144
  Gläubiger-ID: DE98ZZZ09999999999

Die nächste Abbuchung (Kfz, 1. August, 389,20 €) erfolgt bereits von
diesem Konto. Die Vorabinformation zu den einzelnen Abbuchungen finden
Sie in Ihrem Kundenportal.

""" + S("holt") + "\n\n" + FOOT_DE)

# ---- 0136 -------------------------------------------------------------
mail(136, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "group accident member: named employee's finger injuries assessed on the limb scale, disability payment",
     frm=P["feld"], to="Bram de Wit <bram.dewit@postvak.example>",
     subject="Your accident on 19 March 2026 – disability benefit (MF-GU-2022)",
     date="2026-12-07 10:48",
     body="""Dear Mr de Wit,

I'm writing in English as agreed on the phone.

Our medical adviser has now assessed the final condition of your left
hand, based on the report of Dr. Joris Hermans (VieCuri, Venlo) from
24 November 2026:
- ring finger: loss of the end phalanx (amputation at the distal joint)
- middle finger: healed fracture of the middle phalanx with a 20 degree
  reduction of movement in the middle joint

Limb scale of your group accident scheme (Meridian Freight, MF-GU-2022):
  ring finger, full value 5 %; loss of end phalanx = 1/3   1.67 %
  middle finger, full value 5 %; impairment 2/10           1.00 %
  total degree of permanent impairment                     2.67 %

Sum insured for permanent impairment: EUR 120,000
Payment: 2.67 % of EUR 120,000 = EUR 3,204.00

We will transfer the amount to your Dutch account within a week. The
hospital cash for 3 days (EUR 90) was already paid in April.

""" + S("feld") + "\n\n" + FOOT_EN)

# ---- 0137 -------------------------------------------------------------
mail(137, "NORMAL", "de", "insurer-to-company",
     "trap: group accident premium invoice of a firm by headcount with the company's own IBAN, no insured person",
     frm="Auenhain Beitragsrechnung <beitragsrechnung@auenhain.example>",
     to="Elke Hollmann-Witt <lohnbuero@hollmann-backstuben.example>",
     subject="Beitragsrechnung 1. Quartal 2027 – Gruppenunfall KV-GU-000388",
     date="2026-12-10 05:30",
     body="""Sehr geehrte Damen und Herren,

für Ihre Gruppenunfallversicherung KV-GU-000388 berechnen wir für das
1. Quartal 2027 (Bestand laut letzter Meldung):

  Gefahrengruppe A   58 Personen x 3 Monate x  8,90 €   1.548,60 €
  Gefahrengruppe B   41 Personen x 3 Monate x 15,70 €   1.931,10 €
  Summe (inkl. 19 % Versicherungsteuer)                  3.479,70 €

Der Betrag wird am 02.01.2027 von Ihrem Firmenkonto
Hollmann Backstuben GmbH & Co. KG, IBAN DE39 2629 0100 0000 4455 66,
eingezogen.

Zu- und Abgänge im Quartal verrechnen wir mit der nächsten Rechnung.

Auenhain Versicherung AG – Beitragsrechnung

""" + FOOT_DE)

# ---- 0138 -------------------------------------------------------------
mail(138, "CONFIDENTIAL", "en", "insurer-to-customer",
     "legal expenses cover for a named customer's speeding fine (administrative offence, not criminal)",
     frm=P["willig"], to="Samuel Okafor-Lange <s.okafor-lange@netpost.example>",
     subject="Legal expenses – speeding fine, reference RS-26-03318",
     date="2026-09-09 15:16",
     body="""Dear Mr Okafor-Lange,

thank you for sending the notice of the fine from the Kreis Minden-
Lübbecke (Bußgeldbescheid of 28 August 2026: 34 km/h over the limit
outside town on the B 61, EUR 200 fine, 1 point, 1 month driving ban).

Your traffic legal expenses cover (policy AS-RS-5524410) includes
defence against administrative fines. We confirm cover for
- a lawyer to file an objection and check the speed measurement,
- the costs of an expert report on the measuring device if the lawyer
  considers it promising,
- court costs in the local court.

The fine itself and the driving ban are not insured. Your deductible is
EUR 150. Please pass the reference RS-26-03318 to your lawyer.

""" + S("willig") + "\n\n" + FOOT_EN)

# ---- 0139 -------------------------------------------------------------
mail(139, "NORMAL", "de", "insurer-to-prospect",
     "trap: answer to a prospect's request for dental insurance brochure, general product information only",
     frm=P["nie"], to="Ines Dörmann <ines.doermann@freemail-owl.example>",
     subject="AW: Info Zahnzusatzversicherung",
     date="2026-03-25 14:40",
     body="""Sehr geehrte Frau Dörmann,

vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung. Gern
schicke ich Ihnen die Produktinformationen zu unseren Tarifen:

  ZahnBasis 60: 60 % für Zahnersatz, Prophylaxe bis 80 € im Jahr
  ZahnPlus 90: 90 % für Zahnersatz und Implantate, Prophylaxe bis 160 €,
               Kunststofffüllungen und Wurzelbehandlungen
  KFO Kids: Kieferorthopädie für Kinder bis 18 Jahre (KIG 1–2)

Beim Abschluss stellen wir drei Gesundheitsfragen (fehlende Zähne,
laufende Behandlungen, geplante Behandlungen). In den ersten vier Jahren
sind die Leistungen für Zahnersatz begrenzt.

Die Beiträge hängen vom Alter ab; einen Tarifrechner finden Sie unter
www.auenhain.example/zahn. Wenn Sie möchten, rufe ich Sie auch an.

""" + S("nie") + "\n\n" + FOOT_DE)

# ---- 0140 -------------------------------------------------------------
mail(140, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
     "large-claim notice to the reinsurer: named group life member with birth date and cause of death (ALS)",
     frm=P["oye"], to="Alistair Brody <a.brody@nordhafen-re.example>",
     subject="Large claim notice NHR-QS-GL-2019 – claim KL-GL-26-0412",
     date="2026-12-14 10:27",
     body="""Hi Alistair,

as per clause 9 of the treaty, notice of an individual claim above
EUR 500,000:

Claim: KL-GL-26-0412
Scheme: Brightwater Analytics GmbH group life BWA-GL-02
Member: Tomasz Kowalczyk, born 08/01/1974
Sum assured: EUR 620,000 (EUR 220,000 medically underwritten in 2026
with +75 % loading - hypertension, diabetes)
Date of death: 30 November 2026
Cause of death: amyotrophic lateral sclerosis (G12.2), diagnosed June
2026, rapid progression, respiratory failure
Your share (40 %): EUR 248,000

The ALS was not known or suspected at underwriting in March 2026 (the
GP report shows no neurological findings), so we will pay the claim in
full. Death certificate and treating neurologist's report are in the
claims portal for your review.

Best
Daniel

""" + S("oye") + "\n\n" + FOOT_EN)

# ---- 0141 -------------------------------------------------------------
mail(141, "CONFIDENTIAL", "de", "insurer-to-company",
     "cargo/haulier's liability claim of a client firm naming the truck driver, plate and damaged goods; no injuries",
     frm=P["woe"], to="Heiko Brüning <h.bruening@weserbogen-logistik.example>",
     subject="Verkehrshaftung AS-VH-0312 – Ladungsschaden Tour 2026-44817",
     date="2026-10-19 16:02",
     body="""Sehr geehrter Herr Brüning,

zum Ladungsschaden vom 14.10. (Schaden AS-S-26-011488):

Ihr Fahrer Herr Waldemar Reimer (Sattelzug MI-WL 862) musste laut
Fahrerbericht auf der A2 bei Bad Eilsen wegen eines Stauendes eine
Vollbremsung machen; die Ladung (22 Paletten Weißware für die Firma
Elektro Budde KG) ist verrutscht. Personen wurden nicht verletzt.

Der Empfänger hat 9 Paletten (37 Waschmaschinen) wegen Transportschäden
zurückgewiesen und fordert 14.218,00 €. Nach CMR/HGB ist die Haftung auf
8,33 Sonderziehungsrechte je kg begrenzt; bei 2.590 kg sind das ca.
25.300 €, also nicht begrenzend.

Wir brauchen noch die Fotos der Ladungssicherung vor Abfahrt und das
Beladeprotokoll. Gab es Spanngurte/Antirutschmatten? Das entscheidet,
ob ein Regress gegen den Verlader in Betracht kommt.

""" + S("woe") + "\n\n" + FOOT_DE)

# ---- 0142 -------------------------------------------------------------
mail(142, "NORMAL", "en", "internal",
     "IT notice about SFTP key rotation for corporate clients' HR uploads, company names only",
     frm=P["koll"], to=P["kempf"] + ", " + P["whit"] + ", " + P["budde"],
     subject="SFTP key rotation for HR upload clients – 1 December",
     date="2026-11-12 11:11",
     body="""Hi Britta, Claire, Lea,

on 1 December we rotate the SSH host keys of sftp.auenhain.example. The
following corporate clients upload HR files via SFTP and have to accept
the new key fingerprint:

  Weserbogen Logistik GmbH        (bAV, bKV from 2027)
  Kettler & Rhode Maschinenbau KG (bAV, group accident)
  Meridian Freight B.V.           (group life, group accident)
  Nordlicht Software GmbH         (group IP)
  Stadtwerke Lübbecke GmbH        (pension fund)

New fingerprint (ED25519):
SHA256:q3Vb1X7mE0cPz6Ykq2r9sJd8wTfHnLuA4gR5oM1iKxE

I will send the technical notice to their IT contacts; could you let
your HR contacts know so they are not surprised if the upload fails on
1 December? Old key is valid until 8 December.

Thanks
""" + S("koll"))

# ---- 0143 -------------------------------------------------------------
mail(143, "CONFIDENTIAL", "de", "insurer-to-customer",
     "address change of a named customer across motor and household contracts with old and new address",
     frm=P["holt"], to="Anneliese und Gerhard Stockmeier <stockmeier.familie@heimnetz.example>",
     subject="Ihre neue Anschrift – Verträge angepasst",
     date="2026-10-01 13:42",
     body="""Sehr geehrte Frau Stockmeier, sehr geehrter Herr Stockmeier,

wir haben Ihren Umzug von der Marienstraße 88 in Minden in die
Drosselweg 4, 32479 Hille, für alle Verträge eingetragen:

  Kfz AS-K-8793312 (MI-GS 51): Regionalklasse Hille – Beitrag sinkt um
  21,40 € im Jahr
  Hausrat AS-H-2210774: Versicherungsort neu ab 15.09.2026, die
  Versicherungssumme (78.000 €) haben wir wie besprochen beibehalten
  Privathaftpflicht AS-P-1158831: unverändert

Bitte denken Sie daran, die Ummeldung des Fahrzeugs bei der
Zulassungsstelle vorzunehmen, falls sich das Kennzeichen ändert.

""" + S("holt") + "\n\n" + FOOT_DE)

# ---- 0144 -------------------------------------------------------------
mail(144, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "group income protection review for a named claimant: psychiatric treatment, report requested, benefit continues",
     frm=P["sauer"], to="Jannik Ebersbach <jannik.ebersbach@freenet-post.example>",
     subject="Your income protection benefit – review in August",
     date="2026-07-20 09:35",
     body="""Dear Mr Ebersbach,

your benefit from the Nordlicht Software group income protection scheme
(claim GIP-2026-0117) is due for review on 31 August 2026.

I'm writing in English as your HR department told us this is your
preferred language; please say if you would rather receive German
letters.

For the review we would like to receive:
1. a short report from your psychiatrist, Dr. Henrike Mahlstedt, on the
   course of the depressive episode since March, your current
   medication and the planned further treatment;
2. the discharge letter from the day clinic (Tagesklinik) stay in May
   and June, if available;
3. your own view: how are you managing your daily routine, and have you
   discussed a graded return with your doctor?

Our case manager, Ms Hanna Voss, will call you next week if that is
convenient. Your benefit continues unchanged during the review.

Kind regards,
""" + S("sauer") + "\n\n" + FOOT_EN)

# ---- 0145 -------------------------------------------------------------
mail(145, "NORMAL", "de", "insurer-to-company",
     "meeting invitation (ICS) to present the company health insurance to a works council, no personal data",
     frm=P["budde"], to="Heiko Brüning <h.bruening@weserbogen-logistik.example>",
     cc="Betriebsrat Weserbogen <betriebsrat@weserbogen-logistik.example>",
     subject="Termin: Vorstellung bKV im Betriebsrat, 24.09., 13:30 Uhr",
     date="2026-09-15 08:58",
     body="""Sehr geehrter Herr Brüning,
sehr geehrte Mitglieder des Betriebsrats,

wie vereinbart stelle ich die geplante betriebliche Krankenversicherung
in Ihrer Betriebsratssitzung vor. Die Einladung hängt an.

Ich bringe mit: Leistungsübersicht, Beispiele aus dem Alltag
(Brille, Zahnreinigung, Heilpraktiker), Antworten auf die Fragen aus
Ihrer Mail (Datenschutz: der Arbeitgeber erfährt keine Leistungsdaten;
Austritt; Familienangehörige).

""" + S("budde") + "\n\n" + FOOT_DE,
     atts=[att("Vorstellung_bKV_Betriebsrat.ics", ics(
         "bkv-betriebsrat-weserbogen-20260924@auenhain.example", "20260924T133000", "20260924T150000",
         "Vorstellung betriebliche Krankenversicherung – Betriebsrat Weserbogen",
         "mailto:lea.budde@auenhain.example",
         ["mailto:h.bruening@weserbogen-logistik.example", "mailto:betriebsrat@weserbogen-logistik.example"],
         location="Weserbogen Logistik, Hafenstraße 31, Porta Westfalica, Besprechungsraum BR",
         stamp="20260915065800Z"))])

# ---- 0146 -------------------------------------------------------------
mail(146, "CONFIDENTIAL", "en", "insurer-to-customer",
     "household insurance premium adjustment of a named customer with insured address and bank account",
     frm=P["brand"], to="Siobhan Gallagher <siobhan.gallagher@inboxmail.example>",
     subject="Your contents insurance AS-H-3390217 – premium 2027",
     date="2026-11-27 12:06",
     body="""Dear Ms Gallagher,

every year the premium of our contents insurance is adjusted to the
price index for household goods. For your policy AS-H-3390217
(Hofweg 17, 22085 Hamburg) this means:

  sum insured 2026: EUR 62,000  ->  2027: EUR 64,100 (+3.4 %)
  annual premium 2026: EUR 171.60  ->  2027: EUR 177.40

The sum insured grows with the index, so you remain protected against
underinsurance. The premium will be collected on 1 January 2027 from
your account IBAN DE71 2005 0550 1268 4471 90, as before.

You don't need to do anything. If you have bought larger items
(furniture, electronics) since your water damage in February, you may
want to check the sum insured with our online calculator.

""" + S("brand") + "\n\n" + FOOT_EN)

# ---- 0147 -------------------------------------------------------------
mail(147, "NORMAL", "en", "insurer-to-company",
     "trap: follow-up after an all-hands session with a generic group accident explainer PDF (fractures, hospital cash)",
     frm=P["whit"], to="Fiona McAllister <fiona.mcallister@nordlicht-software.example>",
     subject="Thanks for the all-hands – explainer for your intranet",
     date="2026-03-13 16:24",
     body="""Hi Fiona,

thanks for having Jonas and me at the all-hands yesterday - lots of good
questions! As promised, attached is the one-page explainer (English and
German) for your intranet.

The most frequent questions, answered in the FAQ at the bottom:
- "Am I covered when cycling to work?" - yes, 24/7
- "What about sports injuries?" - yes, except professional sports
- "Does my employer learn about my claim?" - no, claims go directly to
  Auenhain

Best
Claire

""" + S("whit") + "\n\n" + FOOT_EN,
     atts=[att("Nordlicht_Group_Accident_Explainer.pdf", pdf(
         """# Your group accident insurance at Nordlicht Software / Ihre Gruppenunfallversicherung
Insurer: Auenhain Versicherung AG, scheme NLS-GU-01, from 1 April 2026

# What is covered?
Accidents at work and in your free time, worldwide, 24 hours a day. Examples: a broken arm after a
fall while skiing, a torn ligament playing football, an injury in a cycling accident on the way home.

# What do you get?
Permanent impairment: up to EUR 150,000 (with progression up to EUR 525,000)
Hospital cash: EUR 30 per day in hospital after an accident
Accidental death: EUR 50,000 for your family
Cosmetic surgery after an accident: up to EUR 10,000

# How to claim
Call +49 571 8830-437 or use the Auenhain app. Your claim is handled between you and Auenhain.
Nordlicht will not see any medical information.

# FAQ
Cycling to work: covered. Sports: covered, except professional sports and motor racing.
Illness (e.g. a heart attack or a slipped disc without an accident) is not covered.""",
         created="20260312170000", producer="Auenhain Marketing"))])

# ---- 0148 -------------------------------------------------------------
mail(148, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "motor recourse after a named customer's criminal conviction for drunk driving (§ 316 StGB, blood alcohol)",
     frm=P["aydin"], to="Dennis Kampmeier <dennis.kampmeier@mailbox.example>",
     subject="Regress aus Schaden AS-S-26-005530 – Trunkenheitsfahrt",
     date="2026-08-06 10:30",
     body="""Sehr geehrter Herr Kampmeier,

nach Einsicht in die Ermittlungsakte der Staatsanwaltschaft Bielefeld
steht fest: Sie sind mit Strafbefehl des Amtsgerichts Minden vom
02.07.2026 (Az. 14 Cs 512/26) wegen fahrlässiger Trunkenheit im Verkehr
(§ 316 StGB) rechtskräftig verurteilt worden. Die Blutprobe nach dem
Unfall am 18.04.2026 ergab 1,38 Promille.

Wir haben den Schaden des Unfallgegners aus Ihrer Kfz-Haftpflicht
AS-K-8824417 reguliert (6.942,15 €). Wegen der Obliegenheitsverletzung
(Fahren unter Alkoholeinfluss, D.1.1.2 AKB) sind wir berechtigt, bis zu
5.000 € von Ihnen zurückzufordern.

Wir fordern Sie auf, 5.000,00 € bis zum 15.09.2026 zu zahlen. Eine
Ratenzahlung ist nach Absprache möglich; bitte melden Sie sich dazu bei
mir.

""" + S("aydin") + "\n\n" + FOOT_DE)

# ---- 0149 -------------------------------------------------------------
mail(149, "CONFIDENTIAL", "de", "insurer-to-customer",
     "burglary claim of a named customer: insured address, police reference and list of stolen jewellery and cash",
     frm=P["brand"], to="Irina Wolters <irina.wolters@posteingang.example>",
     subject="Einbruch vom 05.12. – Ihr Schaden AS-S-26-013044",
     date="2026-12-09 15:50",
     body="""Sehr geehrte Frau Wolters,

es tut mir leid, dass bei Ihnen eingebrochen wurde. Ich habe Ihre
Meldung zur Hausratversicherung AS-H-2259910 (Kampstraße 31,
32423 Minden) erfasst. Die Polizei hat uns die Vorgangsnummer
PP Minden 561208/2026 bestätigt.

Ihre Stehlgutliste:
  Goldkette mit Anhänger (Erbstück), Wert lt. Gutachten 2019   1.850 €
  Ehering Ihres verstorbenen Mannes                            620 €
  Bargeld aus der Schublade                                    400 €
  Laptop HP Pavilion, 2 Jahre                                  690 €
  Tablet Samsung Galaxy Tab                                    310 €

Bargeld ist bis 1.500 € versichert, Schmuck außerhalb eines Tresors bis
20.000 €. Für die Goldkette reicht uns das Gutachten von 2019; für die
Elektronik bitte die Rechnungen, falls vorhanden.

Ein Glaser kann die aufgehebelte Terrassentür auf unsere Kosten
reparieren – die Rechnung schicken Sie uns einfach.

""" + S("brand") + "\n\n" + FOOT_DE)

# ---- 0150 -------------------------------------------------------------
mail(150, "CONFIDENTIAL", "en", "insurer-to-company",
     "mixed EN/DE: employee motor discount scheme list with named employees, plates and payroll deductions; no health",
     frm=P["holt"], to="Priya Raman <priya.raman@brightwater-analytics.example>",
     cc="Lohnbüro Brightwater <payroll.de@brightwater-analytics.example>",
     subject="Employee motor scheme / Mitarbeiter-Kfz – payroll deductions from January",
     date="2026-12-16 11:14",
     body="""Dear Ms Raman, liebe Kolleginnen im Lohnbüro,

for the employee motor scheme (group agreement BWA-KFZ-01, 10 % employee
discount) the following employees have chosen payroll deduction from
January 2027. Die Beträge bitte monatlich vom Nettogehalt einbehalten und
gesammelt an uns überweisen:

  Employee              Contract       Plate        monthly
  Oliver Brandt         AS-K-8841003   HH-OB 1985   EUR 61.20
  Ngozi Adeyemi-Schulz  AS-K-8841004   HH-NA 220    EUR 48.75
  Felix Hartung         AS-K-8841015   HH-FH 707    EUR 73.40
  Rahul Menon           AS-K-8841022   HH-RM 314    EUR 55.10

Total per month: EUR 238.45

Please let me know if someone leaves Brightwater; the discount then ends
and the contract continues at the normal rate with direct debit.

Viele Grüße / kind regards
Emma Holtkamp

""" + S("holt") + "\n\n" + FOOT_EN)

# END MAILS
# ==========================================================================
# writing and checking
# ==========================================================================

def build(outdir):
    md = os.path.join(outdir, "mails")
    os.makedirs(md, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for d in sorted(MAILS, key=lambda d: d["n"]):
        fn = "%s%04d.eml" % (PREFIX, d["n"])
        with open(os.path.join(md, fn), "wb") as f:
            f.write(to_bytes(d["msg"]))
        rows.append("\t".join([fn, d["label"], d["lang"], d["kind"], d["reason"]]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def _pdf_text(data):
    assert data.startswith(b"%PDF-"), "no PDF header"
    assert b"%%EOF" in data[-16:], "no EOF marker"
    out = []
    for mm in re.finditer(rb"<<([^>]*?)>>\s*stream\r?\n(.*?)\r?\nendstream", data, re.S):
        dic, st = mm.group(1), mm.group(2)
        if b"FlateDecode" in dic:
            st = zlib.decompress(st)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", st):
            s = re.sub(rb"\\(.)", rb"\1", t.group(1))
            out.append(s.decode("cp1252"))
    return "\n".join(out)


def _xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def _office_text(name, data):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    names = z.namelist()
    ext = os.path.splitext(name)[1].lower()
    if ext == ".xlsx":
        assert "[Content_Types].xml" in names and "xl/workbook.xml" in names
        ET.fromstring(z.read("xl/workbook.xml"))
        ET.fromstring(z.read("[Content_Types].xml"))
        sheets = [n for n in names if n.startswith("xl/worksheets/")]
        assert sheets
        return "\n".join(_xml_text(z.read(n)) for n in sheets)
    if ext == ".docx":
        assert "word/document.xml" in names
        ET.fromstring(z.read("[Content_Types].xml"))
        return _xml_text(z.read("word/document.xml"))
    if ext in (".odt", ".ods"):
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        mt = z.read("mimetype").decode()
        assert mt.endswith("text" if ext == ".odt" else "spreadsheet"), mt
        ET.fromstring(z.read("META-INF/manifest.xml"))
        return _xml_text(z.read("content.xml"))
    raise AssertionError("unknown office type " + name)


def _file_text(name, data, charset=None, depth=0):
    ext = os.path.splitext(name)[1].lower()
    if ext in (".xlsx", ".docx", ".odt", ".ods"):
        t = _office_text(name, data)
        assert t.strip(), "empty office file " + name
        return t
    if ext == ".pdf":
        t = _pdf_text(data)
        assert t.strip(), "PDF without text layer " + name
        return t
    if ext == ".zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        return "\n".join(_file_text(n, z.read(n), "utf-8", depth + 1) for n in z.namelist())
    if ext == ".ics":
        t = data.decode(charset or "utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR"), "bad ICS"
        return t
    if ext in (".csv", ".txt", ".eml"):
        if ext == ".eml":
            m = email.message_from_bytes(data, policy=email.policy.default)
            return _check_msg(m)
        if depth and charset == "utf-8":
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                return data.decode("cp1252")
        return data.decode(charset or "utf-8")
    raise AssertionError("unchecked attachment type " + name)


def _check_msg(m):
    texts = []
    for part in m.walk():
        assert not part.defects, "defects %r" % part.defects
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            txt = payload.decode(cs)   # strict
        if fn:
            texts.append(_file_text(fn, payload, part.get_content_charset()))
        elif part.get_content_maintype() == "text":
            texts.append(txt)
        else:
            raise AssertionError("unnamed non-text part " + ct)
    return "\n".join(texts)


IBAN_RE = re.compile(r"\b(DE|AT|NL|GB|FR|ES|CH|IE|BE|LU|IT)(\d{2})((?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b", re.I)
IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "GB": 22, "FR": 27, "ES": 24, "CH": 21, "IE": 22,
            "BE": 16, "LU": 20, "IT": 27}
INVALID_IBAN_OK = set()   # mails with a deliberately wrong IBAN


def check(outdir):
    problems = []
    nums = sorted(d["n"] for d in MAILS)
    if nums != list(range(1, len(nums) + 1)):
        problems.append("numbering has gaps or duplicates")
    mids = set()
    stats = {}
    ctypes = {}
    atypes = {}
    for d in sorted(MAILS, key=lambda d: d["n"]):
        fn = "%s%04d.eml" % (PREFIX, d["n"])
        data = open(os.path.join(outdir, "mails", fn), "rb").read()
        try:
            if b"\n" in data.replace(b"\r\n", b"") or b"\r" in data.replace(b"\r\n", b""):
                raise AssertionError("bare LF or CR")
            m = email.message_from_bytes(data, policy=email.policy.default)
            mid = m["Message-ID"]
            assert mid and mid not in mids, "Message-ID missing or duplicate"
            mids.add(mid)
            dt = email.utils.parsedate_to_datetime(m["Date"])
            assert dt.year == 2026, "date not in 2026"
            for h in ("From", "To", "Subject"):
                assert m[h], "missing " + h
            for h in ("From", "To", "Cc"):
                for a in (m.get_all(h) or []):
                    for _, addr in email.utils.getaddresses([str(a)]):
                        assert addr.endswith(".example"), "host not .example: " + addr
            text = _check_msg(m)
            for mm in IBAN_RE.finditer(text):
                cc = mm.group(1).upper()
                s = re.sub(r"\s", "", mm.group(0)).upper()
                if len(s) == IBAN_LEN[cc] and not iban_ok(s) and d["n"] not in INVALID_IBAN_OK:
                    raise AssertionError("invalid IBAN " + mm.group(0))
            ctypes[m.get_content_type()] = ctypes.get(m.get_content_type(), 0) + 1
            for part in m.walk():
                f = part.get_filename()
                if f:
                    e = os.path.splitext(f)[1].lower()
                    atypes[e] = atypes.get(e, 0) + 1
                elif part.get_content_type() == "message/rfc822":
                    atypes["message/rfc822"] = atypes.get("message/rfc822", 0) + 1
        except Exception as e:  # noqa
            problems.append("%s: %s: %s" % (fn, type(e).__name__, e))
        k = (d["label"], d["lang"])
        stats[k] = stats.get(k, 0) + 1
    with open(os.path.join(outdir, "labels.tsv"), encoding="utf-8") as f:
        rows = f.read().split("\n")
    if rows[0] != "file\tlabel\tlang\tkind\treason" or len([r for r in rows[1:] if r]) != len(MAILS):
        problems.append("labels.tsv header or row count wrong")
    for r in rows[1:]:
        if r and (len(r.split("\t")) != 5 or r.split("\t")[1] not in LABELS):
            problems.append("bad labels row: " + r[:60])
    print("label x lang:")
    for lab in LABELS:
        print("  %-22s de %3d  en %3d  total %3d" % (lab, stats.get((lab, "de"), 0),
              stats.get((lab, "en"), 0), stats.get((lab, "de"), 0) + stats.get((lab, "en"), 0)))
    print("  total                  de %3d  en %3d  total %3d" % (
        sum(v for (a, b), v in stats.items() if b == "de"),
        sum(v for (a, b), v in stats.items() if b == "en"), len(MAILS)))
    print("top-level types:", dict(sorted(ctypes.items())))
    print("attachments:", dict(sorted(atypes.items())))
    kinds = {}
    for d in MAILS:
        kinds.setdefault(d["kind"], [0, 0, 0])[LABELS.index(d["label"])] += 1
    print("kinds (N/C/S):", {k: tuple(v) for k, v in sorted(kinds.items())})
    traps = sum(1 for d in MAILS if d["label"] == "NORMAL" and d["reason"].startswith("trap:"))
    print("NORMAL traps:", traps)
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    if not a.check:
        build(HERE)
        print("wrote %d mails" % len(MAILS))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        build(tmp)
        problems = []
        for fn in sorted(os.listdir(os.path.join(tmp, "mails"))):
            mine = os.path.join(HERE, "mails", fn)
            if not os.path.exists(mine) or open(mine, "rb").read() != open(os.path.join(tmp, "mails", fn), "rb").read():
                problems.append("%s differs from the rebuild" % fn)
        if os.path.isdir(os.path.join(HERE, "mails")):
            extra = set(os.listdir(os.path.join(HERE, "mails"))) - set(os.listdir(os.path.join(tmp, "mails")))
            problems += ["stray file mails/%s" % x for x in sorted(extra)]
        if open(os.path.join(HERE, "labels.tsv"), "rb").read() != open(os.path.join(tmp, "labels.tsv"), "rb").read():
            problems.append("labels.tsv differs from the rebuild")
        problems += check(tmp)
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        return 1
    print("check passed: %d mails, byte-identical rebuild" % len(MAILS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
