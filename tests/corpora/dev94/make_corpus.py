#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel independent development corpus dev94 (seed 94).

Theme: appointments and scheduling at a German insurer (Nordwall Versicherungsgruppe,
all fictitious): medical examinations and expert appointments, rehab and therapy dates,
home visits, video consultations, meeting invitations (ICS, Outlook/Teams), reminders,
reschedulings, cancellations, room bookings -- and their harmless look-alikes.

Every mail is written by hand in its own function m001 ... m150. The helpers below only
turn that content into MIME or into attachment files.

    python make_corpus.py          writes mails/d94-0001.eml ... d94-0150.eml and labels.tsv
    python make_corpus.py --check  re-parses and validates everything

Standard library only, Python 3.8+, deterministic, no network.
"""
import csv
import datetime as _dt
import hashlib
import io
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

SEED = 94
NN = "94"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
N_MAILS = 150
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
ZIP_TS = (2025, 1, 2, 8, 0, 0)
# IBAN-like strings that are deliberately wrong (a customer's typo); none else may fail.
INVALID_IBAN_OK = {"DE45440501990004127773"}

# ---------------------------------------------------------------------------
# MIME helpers (form only, no content)
# ---------------------------------------------------------------------------

def _date(s):
    """'2025-05-12 09:14' -> RFC 5322 date, German local time (CET/CEST, fixed rule)."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = (d.month, d.day) >= (3, 30) and (d.month, d.day) < (10, 26)
    tz = _dt.timezone(_dt.timedelta(hours=2 if summer else 1))
    return format_datetime(d.replace(tzinfo=tz))


def mail(frm, to, subject, date, body=None, *, cc=None, html=None, html_only=False,
         atts=(), charset="utf-8", cte=None, flowed=False, cal=None, extra=None,
         reply_to=None):
    """Build an EmailMessage from hand-written parts.

    body: text/plain; html: text/html (alternative or html_only);
    cal: ICS text added as text/calendar alternative (Outlook style);
    atts: list of (filename, bytes, 'type/subtype') or ('msg', EmailMessage).
    """
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = _date(date)
    for k, v in (extra or []):
        m[k] = v

    def text_part(target, text, sub="plain"):
        kw = {"subtype": sub, "charset": charset}
        if cte:
            kw["cte"] = cte
        target.set_content(text, **kw)
        if flowed and sub == "plain":
            target.set_param("format", "flowed")

    if html_only:
        text_part(m, html, "html")
    elif html is None and cal is None:
        text_part(m, body)
    else:
        text_part(m, body)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset,
                              cte=cte or "quoted-printable")
        if cal is not None:
            calm = cal[0] if isinstance(cal, tuple) else cal
            method = cal[1] if isinstance(cal, tuple) else "REQUEST"
            m.add_alternative(calm.encode("utf-8"), maintype="text", subtype="calendar",
                              cte="base64", params={"method": method, "charset": "utf-8"},
                              disposition=None)
            # add_alternative with bytes sets a disposition; remove it for the alt part
            last = m.get_payload()[-1]
            del last["Content-Disposition"]
    for a in atts:
        if a[0] == "msg":
            m.add_attachment(a[1])
            continue
        fname, data, ctype = a
        maint, subt = ctype.split("/")
        params = {}
        if ctype == "text/calendar":
            params = {"method": "REQUEST", "charset": "utf-8"}
        m.add_attachment(data, maintype=maint, subtype=subt, filename=fname, params=params)
    return m


def finish(m, n):
    """Fixed Message-ID and boundaries."""
    h = hashlib.sha1(("%s-%d-%s" % (SEED, n, m["Subject"])).encode("utf-8")).hexdigest()[:12]
    if "Message-ID" not in m:
        m["Message-ID"] = "<%s.d94-%04d@mx.nordwall.example>" % (h, n)
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    i = 0
    for part in m.walk():
        if part is not m and "MIME-Version" in part and "From" not in part:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_NW94_%04d_%02d_%s" % (n, i, h[:6]))
            i += 1
    return m


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------------------
# attachment builders (form only)
# ---------------------------------------------------------------------------

def _esc_ics(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics(summary, start, end, *, uid, organizer, attendees=(), location=None,
        description=None, method="REQUEST", status="CONFIRMED", sequence=0, rrule=None,
        alarm=None, tz="Europe/Berlin", stamp="20250401T080000Z", extra=(), events=None):
    """ICS text from hand-written values. start/end 'YYYYMMDDTHHMMSS' local time."""
    L = ["BEGIN:VCALENDAR", "PRODID:-//Nordwall Versicherungsgruppe//Terminplaner 4.2//DE",
         "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:" + method,
         "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
         "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
         "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
         "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
         "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
         "END:VTIMEZONE"]
    evs = events or [dict(summary=summary, start=start, end=end, uid=uid, location=location,
                          description=description, rrule=rrule, alarm=alarm)]
    for e in evs:
        L += ["BEGIN:VEVENT", "UID:" + e["uid"], "DTSTAMP:" + stamp,
              "DTSTART;TZID=%s:%s" % (tz, e["start"]), "DTEND;TZID=%s:%s" % (tz, e["end"]),
              "SUMMARY:" + _esc_ics(e["summary"])]
        if e.get("location"):
            L.append("LOCATION:" + _esc_ics(e["location"]))
        if e.get("description"):
            L.append("DESCRIPTION:" + _esc_ics(e["description"]))
        if e.get("rrule"):
            L.append("RRULE:" + e["rrule"])
        L.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
        for cn, addr in attendees:
            L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s"
                     % (cn, addr))
        L += ["SEQUENCE:%d" % sequence, "STATUS:" + status, "TRANSP:OPAQUE"]
        L += list(extra)
        if e.get("alarm"):
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Erinnerung",
                  "TRIGGER:" + e["alarm"], "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return "\r\n".join(_fold(x) for x in L) + "\r\n"


def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf(lines, title="Dokument"):
    """Simple text PDF (Helvetica, WinAnsi), pages of 48 lines; '#' prefix = bold line."""
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids_pos = len(objs)
    objs.append(None)  # pages, filled below
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    page_ids = []
    for pg in pages:
        ops = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 790 Td"]
        for ln in pg:
            if ln.startswith("#"):
                ops += [b"/F2 11 Tf", _pdf_str(ln[1:].strip()) + b" Tj T*", b"/F1 10 Tf"]
            else:
                ops.append(_pdf_str(ln) + b" Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        cid = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cid)
        page_ids.append(len(objs))
    objs[kids_pos] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids)
                      + b"] /Count %d >>" % len(page_ids))
    objs.append(b"<< /Title " + _pdf_str(title) + b" /Producer (Nordwall DocGen 3.1) "
                b"/CreationDate (D:20250401080000+02'00') >>")
    info = len(objs)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, info, x))
    return bytes(out)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return bio.getvalue()


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def docx(paragraphs, table=None):
    """paragraphs: list of str ('#' = bold); table: list of rows (after paragraphs)."""
    body = []
    for p in paragraphs:
        if p.startswith("#"):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                        % _x(p[1:].strip()))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    if table:
        rows = "".join("<w:tr>" + "".join(
            '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c)
            for c in r) + "</w:tr>" for r in table)
        body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>%s</w:tbl><w:p/>' % rows)
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


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1"):
    sd = []
    for ri, r in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(r):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, _x(str(v))))
        sd.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(sd))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


def _odf(mime, body_xml):
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
               '<office:body>%s</office:body></office:document-content>' % body_xml)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)])


def odt(paragraphs):
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(
                    "<text:p>%s</text:p>" % _x(p) for p in paragraphs))


def ods(rows, sheet="Tabelle1"):
    r = "".join("<table:table-row>%s</table:table-row>" % "".join(
        '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
        % _x(str(c)) for c in row) for row in rows)
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>'
                % (_x(sheet), r))


def zipped(members):
    return _zip(members)


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


T_PDF = "application/pdf"
T_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
T_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
T_ODT = "application/vnd.oasis.opendocument.text"
T_ODS = "application/vnd.oasis.opendocument.spreadsheet"
T_ICS = "text/calendar"
T_CSV = "text/csv"
T_ZIP = "application/zip"

# Signatures used by several staff members (plain text, hand-written)
SIG_VOLLMER = """--
Katrin Vollmer
Reha-Management Unfall | Leistung Personenversicherung
Nordwall Versicherungsgruppe
Am Wall 120, 28195 Bremen
Tel. +49 421 5592-3318 | Fax +49 421 5592-3399
katrin.vollmer@nordwall.example | www.nordwall.example"""

SIG_OHLSEN = """Mit freundlichen Grüßen

Jens Ohlsen
Leistung Unfall
Nordwall Lebensversicherung AG / Nordwall Allgemeine Versicherung AG
Am Wall 120, 28195 Bremen
Telefon 0421 5592-3342"""

SIG_PETERSEN = """Freundliche Grüße
Marco Petersen
Kfz-Schaden | Team Nord 2
Nordwall Allgemeine Versicherung AG
Tel. 0421 5592-4107 | schaden-kfz@nordwall.example"""

SIG_GALLAGHER = """Kind regards,
Fiona Gallagher
Case Manager | Nordwall Global Health
Nordwall Krankenversicherung AG, Am Wall 120, 28195 Bremen, Germany
T +49 421 5592-6120 | 24/7 assistance +49 421 5592-6000
fiona.gallagher@nordwall.example"""

DISCLAIMER = """
________________________________
Nordwall Versicherungsgruppe | Am Wall 120 | 28195 Bremen
Vorstand: Dr. Hauke Brüning (Vors.), Silke Ohmstede, Rainer Tietjen
Vorsitzender des Aufsichtsrats: Prof. Dr. Gerd Wübbenhorst
Sitz Bremen, Amtsgericht Bremen HRB 40815
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat
sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""

DISCLAIMER_EN = """
________________________________
Nordwall Versicherungsgruppe | Am Wall 120 | 28195 Bremen | Germany
Registered at Amtsgericht Bremen HRB 40815. This e-mail may contain confidential
information. If you are not the intended recipient, please notify the sender and delete it."""

TEAMS_DE = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil
Hier klicken, um an der Besprechung teilzunehmen<https://teams.nordwall.example/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Besprechungs-ID: {bid}
Kennung: {pw}
Weitere Informationen<https://aka.nordwall.example/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.nordwall.example/meetingOptions/>
________________________________________________________________________________"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.nordwall.example/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Meeting ID: {bid}
Passcode: {pw}
Learn More<https://aka.nordwall.example/JoinTeamsMeeting> | Meeting options<https://teams.nordwall.example/meetingOptions/>
________________________________________________________________________________"""


# ===========================================================================
# The mails. Each returns (message, label, lang, kind, reason).
# ===========================================================================

def m001():
    body = """Sehr geehrte Frau Rössler,

wie telefonisch besprochen, haben wir für Sie einen Untersuchungstermin zur Bemessung der
Invalidität vereinbart:

Termin:   Dienstag, 20. Mai 2025, 10:30 Uhr
Gutachter: Dr. med. Bernd Kaltwasser, Facharzt für Orthopädie und Unfallchirurgie
Adresse:  Gutachtenpraxis Kaltwasser, Contrescarpe 44, 28203 Bremen (2. OG, Aufzug vorhanden)

Bitte bringen Sie zum Termin mit:
- Personalausweis
- Röntgen- und CT-Aufnahmen des rechten Handgelenks (CD genügt)
- den Entlassungsbericht der Klinik sowie den OP-Bericht vom 14.11.2024, falls Ihnen vorliegend
- Ihren aktuellen Medikamentenplan

Die Untersuchung dauert erfahrungsgemäß ca. 60-90 Minuten. Die Kosten des Gutachtens trägt
die Nordwall. Fahrtkosten erstatten wir Ihnen auf Nachweis (Bahn 2. Klasse oder 0,30 EUR/km).

Sollten Sie den Termin nicht wahrnehmen können, geben Sie bitte spätestens 48 Stunden vorher
Bescheid, damit wir einen neuen Termin abstimmen können.

Das Einladungsschreiben finden Sie zusätzlich im Anhang.

Unfallversicherung Nr. UV 72-4418093
Schaden-Nr. US-2024-011872 (Unfall vom 09.11.2024)

""" + SIG_OHLSEN + DISCLAIMER
    letter = pdf([
        "#Nordwall Allgemeine Versicherung AG - Leistung Unfall",
        "Am Wall 120, 28195 Bremen",
        "",
        "Frau",
        "Heike Rössler",
        "Hollerland-Allee 7",
        "28357 Bremen",
        "",
        "Bremen, 06.05.2025",
        "",
        "#Ihr Unfall vom 09.11.2024 - Einladung zur ärztlichen Untersuchung",
        "Unfallversicherung UV 72-4418093, Schaden-Nr. US-2024-011872",
        "",
        "Sehr geehrte Frau Rössler,",
        "",
        "zur Feststellung des unfallbedingten Dauerschadens nach distaler Radiusfraktur rechts",
        "(operativ versorgt mit winkelstabiler Plattenosteosynthese) bitten wir Sie zu einer",
        "Untersuchung bei Herrn Dr. med. Bernd Kaltwasser am 20.05.2025 um 10:30 Uhr.",
        "",
        "Gemäß Ziffer 9.1 AUB sind Sie verpflichtet, sich von den durch uns beauftragten",
        "Ärzten untersuchen zu lassen. Die notwendigen Kosten tragen wir.",
        "",
        "Mit freundlichen Grüßen",
        "Nordwall Allgemeine Versicherung AG",
        "i. A. Jens Ohlsen",
    ], title="Einladung Untersuchung US-2024-011872")
    m = mail("Jens Ohlsen <jens.ohlsen@nordwall.example>",
             "Heike Rössler <heike.roessler@webpost.example>",
             "Ihr Untersuchungstermin am 20.05.2025 - Schaden US-2024-011872",
             "2025-05-06 11:02", body,
             atts=[("Einladung_Untersuchung_US-2024-011872.pdf", letter, T_PDF)])
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", \
        "accident claim: medical examination for invalidity, radius fracture in attached letter"


def m002():
    body = """Hallo zusammen,

anbei die Einladung für unseren Jour fixe Reha-Management. Agenda:

1. Fallzahlen April (aggregiert, siehe Dashboard): 47 neue Fälle, 31 abgeschlossen,
   Ø Zeit bis Erstkontakt 2,4 Arbeitstage
2. Neuer Rahmenvertrag RehaLotse - Stand Verhandlung
3. Urlaubsvertretung Juni
4. Verschiedenes

Bitte keine Einzelfälle mit Namen in den Chat schreiben, Fallbesprechungen machen wir wie
immer im separaten Termin.

Gruß
Katrin

""" + TEAMS_DE.format(mid="NzQ4ZGI5YjYtMzQ0Zi00", bid="371 552 908 114", pw="xY7pQ2")
    cal = ics("Jour fixe Reha-Management", "20250514T093000", "20250514T103000",
              uid="040000008200E00074C5B7101A82E00800000000A1C3F2D19B0BDB01",
              organizer=("Katrin Vollmer", "katrin.vollmer@nordwall.example"),
              attendees=[("Jens Ohlsen", "jens.ohlsen@nordwall.example"),
                         ("Nadine Schipper", "nadine.schipper@nordwall.example"),
                         ("Dr. Miriam Stade", "miriam.stade@nordwall.example")],
              location="Microsoft Teams-Besprechung; HB-A 4.10 Weser",
              description="Agenda siehe Mail. Fallbesprechungen bitte NICHT hier.",
              rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;COUNT=10")
    m = mail("Katrin Vollmer <katrin.vollmer@nordwall.example>",
             "Jens Ohlsen <jens.ohlsen@nordwall.example>, Nadine Schipper <nadine.schipper@nordwall.example>, Dr. Miriam Stade <miriam.stade@nordwall.example>",
             "Jour fixe Reha-Management (zweiwöchentlich)", "2025-05-07 16:40", body, cal=cal)
    return m, "NORMAL", "de", "internal", \
        "trap: recurring rehab-management team meeting, aggregate case numbers only"


def m003():
    body = """Hi Daniel,

Thanks for your call this morning. As discussed, we have booked an independent medical
examination (IME) for you with our consulting orthopaedic surgeon:

  Date:     Thursday, 22 May 2025, 14:00
  Doctor:   Dr Ruth Achterberg, FRCS (Orth)
  Address:  Meridian Medical Assessments, Hafenstraße 31, 20359 Hamburg, 3rd floor
  Duration: approx. 1.5 hours incl. functional capacity tests

Please bring your passport, the MRI CD from Klinikum Altona (lumbar spine, 28 March) and a
list of the medication you are currently taking (you mentioned pregabalin 75 mg and
ibuprofen as needed). If you need an interpreter, please let me know by Friday.

The assessment is part of our review of your income protection claim following the
L4/L5 disc prolapse (M51.1). We will cover reasonable travel costs; please keep your
train tickets.

Member no.: NGH-4471-0093
Claim ref.: GIP-2025-00388

""" + SIG_GALLAGHER + DISCLAIMER_EN
    m = mail("Fiona Gallagher <fiona.gallagher@nordwall.example>",
             "Daniel Okafor <d.okafor@okafor-family.example>",
             "Your independent medical examination on 22 May - claim GIP-2025-00388",
             "2025-05-08 10:17", body)
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", \
        "IME appointment for income-protection claimant, disc prolapse M51.1, medication"


def m004():
    body = """Ihre Raumbuchung wurde bestätigt.

Buchungsnummer:  RB-2025-06612
Raum:            HB-A 3.14 "Lesum" (8 Personen, Bildschirm, VC-Einheit)
Datum:           Mittwoch, 21.05.2025
Uhrzeit:         13:00 - 15:00 Uhr
Titel:           Gutachterbesprechung Leistung Unfall
Gebucht von:     Nadine Schipper (Leistung Unfall)
Bewirtung:       Kaffee/Wasser für 6 Personen (Kostenstelle 4410)

Bitte geben Sie den Raum frei, wenn Sie ihn nicht benötigen:
https://raumbuchung.nordwall.example/buchung/RB-2025-06612/storno

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
Facility Management | Nordwall Versicherungsgruppe"""
    m = mail("Raumbuchung <raumbuchung@nordwall.example>",
             "Nadine Schipper <nadine.schipper@nordwall.example>",
             "Buchungsbestätigung RB-2025-06612: HB-A 3.14 Lesum, 21.05.2025 13:00",
             "2025-05-09 08:31", body)
    return m, "NORMAL", "de", "internal", \
        "trap: room booking for an expert meeting, no claimant or case named"


def m005():
    body = """Sehr geehrter Herr Wiegand,

vielen Dank für Ihre Schadenmeldung. Für die Besichtigung Ihres Fahrzeugs haben wir das
Sachverständigenbüro Lüders & Partner beauftragt. Der Sachverständige, Herr Dipl.-Ing. (FH)
Ole Janßen, wird sich in den nächsten zwei Werktagen telefonisch bei Ihnen melden, um einen
Besichtigungstermin zu vereinbaren.

Schaden-Nr.:   KS-2025-041187
Fahrzeug:      VW Golf VIII Variant, amtl. Kennzeichen HB-SW 2209
Schadentag:    02.05.2025 (Auffahrunfall Stresemannstraße, keine Verletzten laut Ihrer Meldung)

Die Besichtigung kann in der Werkstatt Ihres Vertrauens oder bei Ihnen zu Hause erfolgen.
Bitte halten Sie Fahrzeugschein (Zulassungsbescheinigung Teil I) und Schlüssel bereit.

Mit der Reparatur beginnen Sie bitte erst nach Vorliegen des Gutachtens.

""" + SIG_PETERSEN
    m = mail("Marco Petersen <marco.petersen@nordwall.example>",
             "Stefan Wiegand <s.wiegand@mailbox-nord.example>",
             "Besichtigung Ihres Fahrzeugs - Schaden KS-2025-041187",
             "2025-05-05 14:22", body)
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", \
        "motor claim: assessor inspection appointment, claim no. and number plate, nobody hurt"


def m006():
    body = """Dear all,

Reminder: our weekly Global Health case management sync moves to Tuesdays from next week
(Wednesday clashes with the Medical Advisory Board prep). Same link, same time.

Standing agenda:
- SLA dashboard (pre-authorisations answered < 48h: 93 % last week)
- Provider network updates (new clinics Dubai, Lisbon)
- Escalations - names only in the case tool, not in the meeting chat please
- AOB

Thanks,
Rahul

""" + TEAMS_EN.format(mid="ODk0ZTQ3MmItYzkxNS00", bid="249 810 553 702", pw="Kq3v9P")
    cal = ics("Global Health - weekly case management sync", "20250520T100000", "20250520T104500",
              uid="nw-gh-sync-2025-weekly@nordwall.example",
              organizer=("Rahul Mehta", "rahul.mehta@nordwall.example"),
              attendees=[("Fiona Gallagher", "fiona.gallagher@nordwall.example"),
                         ("Sophie Lamprecht", "sophie.lamprecht@nordwall.example"),
                         ("Carlos Ibáñez", "carlos.ibanez@nordwall.example")],
              location="Microsoft Teams Meeting",
              rrule="FREQ=WEEKLY;BYDAY=TU")
    m = mail("Rahul Mehta <rahul.mehta@nordwall.example>",
             "GH Case Management <gh-casemanagement@nordwall.example>",
             "Updated: Global Health - weekly case management sync (now Tuesdays)",
             "2025-05-14 17:05", body, cal=cal)
    return m, "NORMAL", "en", "internal", \
        "trap: recurring team meeting of health case managers, SLA figures only"


def m007():
    body = """Sehr geehrter Herr Dr. Kaltwasser,

wie telefonisch mit Ihrer Praxis (Frau Meinecke) abgestimmt, bestätige ich den Termin für
die Begutachtung unserer Versicherungsnehmerin. Die Kalendereinladung sowie die
Auftragsunterlagen (Gutachtenauftrag, Unfallanzeige, Befundberichte) schicke ich Ihnen
getrennt über das Portal.

""" + SIG_OHLSEN
    cal = ics("Begutachtung Rössler, Heike (geb. 17.08.1968) - Z.n. distaler Radiusfraktur re., UV-Invalidität",
              "20250520T103000", "20250520T120000",
              uid="nw-lu-US-2024-011872-gut1@nordwall.example",
              organizer=("Jens Ohlsen", "jens.ohlsen@nordwall.example"),
              attendees=[("Dr. med. Bernd Kaltwasser", "praxis@praxis-kaltwasser.example")],
              location="Gutachtenpraxis Kaltwasser, Contrescarpe 44, 28203 Bremen",
              description="Schaden-Nr. US-2024-011872, UV 72-4418093. Fragestellung: "
                          "unfallbedingte Funktionsbeeinträchtigung der rechten Hand nach "
                          "Gliedertaxe (Ziff. 2.1.2.2.1 AUB), Vorinvalidität? Bitte Gutachten "
                          "binnen 4 Wochen.")
    m = mail("Jens Ohlsen <jens.ohlsen@nordwall.example>",
             "Dr. med. Bernd Kaltwasser <praxis@praxis-kaltwasser.example>",
             "Termin 20.05.2025 10:30", "2025-05-06 11:20", body,
             atts=[("Termin_20250520.ics", cal.encode("utf-8"), T_ICS)])
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor", \
        "harmless body; ICS summary names claimant, birth date and fracture for accident assessment"


def m008():
    body = """Liebe Kolleginnen und Kollegen,

am Donnerstag, 12. Juni 2025, findet wieder unser Gesundheitstag im Foyer und in den
Schulungsräumen EG statt. Auf dem Programm:

 09:00-15:00  Hautscreening (Dermatologin der Praxis am Ostertor), nur mit Termin
              (die Grippeschutzimpfung bieten wir dieses Jahr erst im Oktober an)
 09:30-14:30  Venen- und Blutdruckmessung (ohne Anmeldung)
 10:00 / 13:00  Rückenfit am Arbeitsplatz, 30 Minuten, Raum EG.04
 11:00        Vortrag "Gesund schlafen trotz Schichtarbeit" (Betriebsarzt Dr. Albers)
 ganztägig    Smoothie-Bar der Kantine, Fahrrad-Check durch den ADFC

Termine für das Hautscreening buchen Sie im Intranet unter Mitarbeiter > Gesundheit >
Gesundheitstag. Die Ergebnisse erhalten nur Sie persönlich; an das Unternehmen werden keine
Daten übermittelt.

Ihr BGM-Team
Betriebliches Gesundheitsmanagement / Personal"""
    m = mail("BGM-Team <bgm@nordwall.example>", "Alle Mitarbeitenden Bremen <alle-bremen@nordwall.example>",
             "Gesundheitstag am 12. Juni - jetzt Termine fürs Hautscreening buchen",
             "2025-05-12 09:00", body)
    return m, "NORMAL", "de", "internal", \
        "trap: company health day announcement with screenings, no individual"


def m009():
    quoted = """Hallo Herr Petersen,
der Termin mit dem Gutachter am Freitag passt leider gar nicht, ich bin bis Sonntag auf
Montage in Rostock. Geht es auch Montag ab 16 Uhr? Das Auto steht bei mir in der Garage,
Am Hulsberg 23. Handy 0171 4420918.
Gruß Stefan Wiegand"""
    body = """Hallo Herr Wiegand,

kein Problem, ich habe mit Herrn Janßen vom Büro Lüders & Partner gesprochen. Neuer Termin:

   Montag, 12.05.2025, 16:30 Uhr, bei Ihnen: Am Hulsberg 23, 28205 Bremen

Bitte Fahrzeugschein und Schlüssel für den VW Golf (HB-SW 2209) bereithalten.

""" + SIG_PETERSEN + """

-----Ursprüngliche Nachricht-----
Von: Stefan Wiegand <s.wiegand@mailbox-nord.example>
Gesendet: Mittwoch, 7. Mai 2025 19:48
An: Schaden Kfz <schaden-kfz@nordwall.example>
Betreff: AW: Besichtigung Ihres Fahrzeugs - Schaden KS-2025-041187

""" + quote(quoted)
    m = mail("Marco Petersen <marco.petersen@nordwall.example>",
             "Stefan Wiegand <s.wiegand@mailbox-nord.example>",
             "AW: Besichtigung Ihres Fahrzeugs - Schaden KS-2025-041187",
             "2025-05-08 08:55", body, cc="Ole Janßen <o.janssen@sv-lueders.example>")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", \
        "motor claim: assessor appointment moved, home address, phone, plate"


def m010():
    body = """Dear colleagues,

Following last week's audit findings we are repeating a simple rule for calendars:

  * Never put a diagnosis, treatment, clinic name or claimant name in the SUBJECT or
    LOCATION of a meeting invitation. Subjects are visible to everyone who can see your
    free/busy details, in room displays and on mobile lock screens.
  * Use the case reference only, e.g. "Case review GIP-2025-xxxxx".
  * Medical details belong in the case file, not in the invitation body.
  * Room displays in HB-A show the subject - "IME prep" is fine, "IME Mr X - PTSD" is not.

Examples of what we found (anonymised): "Physio schedule - knee TEP - [name]",
"Call with [clinic] re chemo cycle 3". Please check your recurring series.

Questions: datenschutz@nordwall.example

Frank Tiedemann
Data Protection Officer, Nordwall Versicherungsgruppe"""
    m = mail("Frank Tiedemann <frank.tiedemann@nordwall.example>",
             "Leistung Personenversicherung <leistung-pv@nordwall.example>",
             "Reminder: no health data in meeting subjects or locations",
             "2025-05-13 12:10", body)
    return m, "NORMAL", "en", "internal", \
        "trap: DPO guidance about diagnoses in calendar entries, placeholders only"


def m011():
    body = """Sehr geehrte Frau Jacobsen,

wie heute Vormittag telefonisch besprochen, kommt unser Außenregulierer Herr Uwe Harms am

    Donnerstag, 15.05.2025, zwischen 9:00 und 11:00 Uhr

zu Ihnen nach Hause (Lindenweg 14, 27721 Ritterhude), um sich den Sturmschaden am Dach und
an der Garage anzusehen. Bitte halten Sie, soweit vorhanden, Fotos vom 28.04., Rechnungen
der Notabdeckung (Dachdeckerei Brockmann) und die Police bereit.

Wohngebäudeversicherung Nr. WG 31-0078814
Schaden-Nr. SG-2025-007732

Falls Sie den Termin verschieben müssen, erreichen Sie Herrn Harms direkt unter
0160 9917 552.

Mit freundlichen Grüßen
Lena Kroll
Sach-Schaden Privatkunden
Nordwall Allgemeine Versicherung AG"""
    m = mail("Lena Kroll <lena.kroll@nordwall.example>",
             "Marlene Jacobsen <marlene.jacobsen@t-mailer.example>",
             "Ihr Termin mit unserem Außenregulierer am 15.05.2025",
             "2025-05-09 12:41", body, cc="Uwe Harms <uwe.harms@nordwall.example>")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", \
        "home visit for storm damage: buildings policy and claim no., insured address"


def m012():
    body = """Hallo Frau Nowicka,

für die neurologische Begutachtung eines unserer Versicherten benötigen wir eine Dolmetscherin
für Polnisch:

  Dienstag, 27.05.2025, 9:00 bis ca. 11:30 Uhr
  Neurologische Gemeinschaftspraxis Dr. Hensel / Dr. Ohm, Schwachhauser Heerstr. 61, Bremen
  Versicherter: Herr Andrzej Pohl (spricht nur wenig Deutsch)

Es geht um die Folgen eines Sturzes von der Leiter mit Schädel-Hirn-Trauma; der Gutachter
wird u. a. Gedächtnis- und Konzentrationstests durchführen, daher bitte jemanden mit
Erfahrung im medizinischen Dolmetschen. Abrechnung wie immer nach JVEG über Bestellnummer
BE-4410-2291.

Können Sie das bis Freitag bestätigen?

Danke und Gruß
Nadine Schipper
Leistung Unfall, Nordwall"""
    m = mail("Nadine Schipper <nadine.schipper@nordwall.example>",
             "Agata Nowicka <auftrag@sprachmittler-nord.example>",
             "Dolmetschereinsatz 27.05.2025 - Polnisch - BE-4410-2291",
             "2025-05-12 15:03", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier", \
        "interpreter booking reveals named insured's neurological assessment after traumatic brain injury"


def m013():
    body = """Hallo liebe Leistungsprüferinnen und Leistungsprüfer,

zum Jahreswechsel gab es wieder einige Änderungen in der ICD-10-GM (u. a. neue Kodes im
Kapitel U und Präzisierungen bei Long-COVID, U09.9!, sowie bei Post-COVID-Zustand). Wir
bieten deshalb eine 90-minütige Auffrischung an:

  Termin A: Di, 03.06.2025, 10:00-11:30 Uhr, Schulungsraum EG.02
  Termin B: Do, 05.06.2025, 14:00-15:30 Uhr, online (Teams)

Referentin: Dr. Miriam Stade (Gesellschaftsärztin)
Inhalte: Aufbau der ICD-10-GM, Zusatzkennzeichen G/V/Z/A, typische Kodierfehler in
Arztberichten, Zusammenhang mit OPS und DRG, Übungsfälle (fiktiv).

Anmeldung bitte über das Lernportal (Kurs-ID LP-2025-118), max. 16 Teilnehmende je Termin.

Viele Grüße
Nordwall Akademie"""
    m = mail("Nordwall Akademie <akademie@nordwall.example>",
             "Leistung Personenversicherung <leistung-pv@nordwall.example>",
             "Schulung: ICD-10-GM 2025 für die Leistungsprüfung - Termine im Juni",
             "2025-05-06 10:15", body)
    return m, "NORMAL", "de", "internal", \
        "trap: training invitation about ICD-10 coding, fictitious exercise cases"


def m014():
    body = """Dear Ms Raman,

Thank you for agreeing to a second medical opinion. I have scheduled a video consultation
with Prof. Dr. Ilse Vandermeer, consultant oncologist at our partner network:

  Monday, 26 May 2025, 16:00 CEST (19:30 IST)
  Link: https://video.nordwall.example/room/sec-op-55817
  Access code: 7720 1143

Prof. Vandermeer has received the histology report (invasive ductal carcinoma, left breast,
pT2 pN1a, ER/PR positive, HER2 negative) and the proposed treatment plan from Apollo Medical
Centre Chennai. Please have your current medication list at hand and, if possible, a family
member who can take notes.

The consultation is covered under your Expat Premium plan (member no. NGH-5520-0418); no
pre-authorisation is needed.

""" + SIG_GALLAGHER
    m = mail("Fiona Gallagher <fiona.gallagher@nordwall.example>",
             "Priya Raman <priya.raman@inboxmail.example>",
             "Second opinion - video consultation on 26 May",
             "2025-05-15 09:44", body,
             html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Ms Raman,</p>
<p>Thank you for agreeing to a second medical opinion. I have scheduled a video consultation
with Prof. Dr. Ilse Vandermeer, consultant oncologist at our partner network:</p>
<table border="0" cellpadding="3">
<tr><td><b>When</b></td><td>Monday, 26 May 2025, 16:00 CEST (19:30 IST)</td></tr>
<tr><td><b>Link</b></td><td><a href="https://video.nordwall.example/room/sec-op-55817">https://video.nordwall.example/room/sec-op-55817</a></td></tr>
<tr><td><b>Access code</b></td><td>7720 1143</td></tr></table>
<p>Prof. Vandermeer has received the histology report (invasive ductal carcinoma, left breast,
pT2 pN1a, ER/PR positive, HER2 negative) and the proposed treatment plan from Apollo Medical
Centre Chennai. Please have your current medication list at hand and, if possible, a family
member who can take notes.</p>
<p>The consultation is covered under your Expat Premium plan (member no. NGH-5520-0418); no
pre-authorisation is needed.</p>
<p>Kind regards,<br>Fiona Gallagher<br>Case Manager | Nordwall Global Health</p>
</body></html>""")
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", \
        "oncology second-opinion video consultation with histology details"


def m015():
    body = """Moin Uwe,

Tour für Dienstag, 20.05. - Termine sind alle bestätigt, Unterlagen im Laufwerk
S:\\Sach\\Außenregulierung\\2025\\KW21. Liste anbei.

Denk bitte an das Feuchtemessgerät für Frau Ueckermann (Leitungswasser, Estrich).

Lena"""
    rows = [["Uhrzeit", "Schaden-Nr.", "Sparte", "VN", "Adresse", "Telefon", "Anlass"],
            ["08:30", "SH-2025-010455", "Hausrat", "Karin Ueckermann", "Vegesacker Str. 88, 28219 Bremen", "0421 3398812", "Leitungswasser Küche/Estrich"],
            ["10:15", "SG-2025-007801", "Wohngebäude", "Thorsten Klatt", "Am Deich 3, 28879 Grasberg", "04208 91123", "Sturm, Dachziegel/Carport"],
            ["12:00", "SH-2025-010512", "Hausrat", "Ewa Nowak", "Kornstr. 201, 28201 Bremen", "0157 33021874", "Einbruchdiebstahl, Kellertür"],
            ["14:00", "SG-2025-007733", "Wohngebäude", "Jörg Behrendt", "Wümmeweg 9, 28865 Lilienthal", "04298 70455", "Überspannung/Blitz, Wärmepumpe"],
            ["15:30", "SG-2025-007732", "Wohngebäude", "Marlene Jacobsen", "Lindenweg 14, 27721 Ritterhude", "04292 8810", "Nachbesichtigung Dach"]]
    m = mail("Lena Kroll <lena.kroll@nordwall.example>", "Uwe Harms <uwe.harms@nordwall.example>",
             "Tourenplan Di 20.05.", "2025-05-16 15:12", body,
             atts=[("Tourenplan_KW21_Harms.xlsx", xlsx(rows, "Di 20.05."), T_XLSX)])
    return m, "CONFIDENTIAL", "de", "internal", \
        "tour plan of field adjuster in XLSX: named policyholders, addresses, property claim numbers"


def m016():
    body = """Sehr geehrte Damen und Herren,

im Rahmen der Leistungsprüfung zu Ihrer Berufsunfähigkeitsversicherung ist eine fachärztliche
Begutachtung erforderlich. Wir haben für Sie folgenden Termin vereinbart:

Datum/Uhrzeit:  Mittwoch, 04.06.2025, 9:00 Uhr (bitte 15 Minuten früher da sein)
Gutachter:      Dr. med. Friederike Lohse, Fachärztin für Psychiatrie und Psychotherapie,
                Sozialmedizin
Ort:            MedExpert Begutachtungsinstitut GmbH, Falkenstr. 12, 30449 Hannover

Die Begutachtung umfasst ein ausführliches Gespräch sowie testpsychologische Verfahren und
nimmt in der Regel einen ganzen Vormittag in Anspruch. Bitte bringen Sie eine Liste Ihrer
aktuellen Medikamente und, soweit vorhanden, die Berichte der Tagesklinik mit.

Wir weisen darauf hin, dass Sie nach § 4 der Bedingungen zur Mitwirkung verpflichtet sind.
Reisekosten (Bahnfahrt 2. Klasse) und Verdienstausfall werden erstattet.

Versicherungsnummer: LV 60-3318472
Vorgang: BU-L 2025/0447

Mit freundlichen Grüßen
Timo Brandes
BU-Leistungsprüfung
Nordwall Lebensversicherung AG"""
    m = mail("Timo Brandes <timo.brandes@nordwall.example>",
             "Claudia Hoffmeister <c.hoffmeister@fastmail-de.example>",
             "Ihre BU-Leistungsprüfung - Begutachtungstermin 04.06.2025",
             "2025-05-13 13:30", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", \
        "disability claim: psychiatric assessment appointment, day clinic, life insurer"


def m017():
    body = """Hi all,

Quick heads-up: the booking system now shows the new room names on the 4th floor after the
refurbishment.

  old 4.01 -> "Hunte"   (6 seats, screen)
  old 4.02 -> "Wümme"   (10 seats, VC unit)
  old 4.10 -> "Weser"   (16 seats, VC unit, hybrid camera)
  old 4.12 -> quiet room, not bookable

Existing bookings have been migrated automatically. Outlook room lists may take up to 24h
to refresh; if "Weser" does not show up, remove and re-add the room list "HB-A Etage 4".

Facility Management"""
    m = mail("Facility Management <facility@nordwall.example>", "Alle HB-A <alle-hba@nordwall.example>",
             "Room names 4th floor HB-A", "2025-05-05 08:05", body)
    return m, "NORMAL", "en", "internal", "trap: room renaming notice, no person or case"


def m018():
    orig = mail("Praxis Dr. Kaltwasser <praxis@praxis-kaltwasser.example>",
                "Leistung Unfall <leistung-unfall@nordwall.example>",
                "Ausfallhonorar Termin 13.05.2025 / Ihr Az. US-2025-00913",
                "2025-05-14 08:12",
                """Sehr geehrte Damen und Herren,

der für Herrn Sven Lindqvist am 13.05.2025, 8:30 Uhr, vereinbarte Untersuchungstermin
(Nachuntersuchung Schultergelenk links nach Rotatorenmanschettenruptur, Ihr Auftrag vom
22.04.2025) wurde vom Versicherten ohne Absage nicht wahrgenommen.

Gemäß unserer Vereinbarung berechnen wir ein Ausfallhonorar von 150,00 EUR. Die Rechnung
liegt bei. Einen Ersatztermin können wir frühestens am 10.06.2025 anbieten.

Mit freundlichen Grüßen
i. A. Sandra Meinecke
Praxismanagement
Gutachtenpraxis Dr. med. Bernd Kaltwasser""")
    body = """Hi Jens,

hier die Mail von Kaltwasser. Hr. Lindqvist ist nicht erschienen. Ruft er Dich an oder
sollen wir ihn anschreiben (Mitwirkungspflicht)? Ersatztermin 10.06. habe ich mal
vorläufig geblockt.

Nadine"""
    m = mail("Nadine Schipper <nadine.schipper@nordwall.example>", "Jens Ohlsen <jens.ohlsen@nordwall.example>",
             "WG: Ausfallhonorar Termin 13.05.2025 / Ihr Az. US-2025-00913",
             "2025-05-14 09:40", body, atts=[("msg", orig)])
    return m, "STRICTLY_CONFIDENTIAL", "de", "doctor", \
        "forwarded message/rfc822 from expert: insured missed follow-up exam, rotator cuff tear"


def m019():
    body = """Sehr geehrte Frau Reimers,

vielen Dank für Ihr Interesse an unserer Altersvorsorge. Gern bestätige ich Ihnen den
Beratungstermin:

   Freitag, 23.05.2025, 15:00 Uhr
   Kundencenter Bremen-Mitte, Obernstraße 2-12, 1. OG

Zur Vorbereitung können Sie sich gern vorab unsere Broschüre "Privat vorsorgen mit
Nordwall" ansehen: https://www.nordwall.example/vorsorge/broschuere.pdf

Sollte Ihnen etwas dazwischenkommen, genügt eine kurze Nachricht an mich.

Freundliche Grüße
Jannik Rohlfs
Kundenberater
Nordwall Versicherungsgruppe, Kundencenter Bremen-Mitte
Tel. 0421 5592-1120"""
    m = mail("Jannik Rohlfs <jannik.rohlfs@nordwall.example>", "Antje Reimers <antje.reimers@webpost.example>",
             "Ihr Beratungstermin am 23.05.2025", "2025-05-15 16:20", body)
    return m, "NORMAL", "de", "insurer-to-customer", \
        "trap: prospect's first advice appointment, no contract, no personal data beyond name"


def m020():
    body = """Hi Marco,

as agreed on the phone: the surveyor from Lüders & Partner will inspect the car on
Wednesday, 21 May, between 10:00 and 12:00 at Autohaus Nordstern, Hansator 1, Bremen.
Mr Whitfield will not be there himself (he is travelling), but the dealership has the keys.

Claim KS-2025-041590, BMW 320d Touring, HB-TW 818, VIN WBA8J11060K593106.

Can you send the assignment to Lüders today? Mr Whitfield asked for an English summary of
the report, he does not read German well.

Thanks
Sophie

Sophie Lamprecht
Kfz-Schaden Team Nord 2 / international customers"""
    m = mail("Sophie Lamprecht <sophie.lamprecht@nordwall.example>",
             "Marco Petersen <marco.petersen@nordwall.example>",
             "Whitfield - survey appointment Wed 21 May", "2025-05-16 11:08", body)
    return m, "CONFIDENTIAL", "en", "internal", \
        "motor claim of named customer: survey appointment, plate and VIN"


def m021():
    body = """Hallo Frau Demir,

ich bestätige Ihnen gern die Physiotherapie-Termine bei Physiotherapie Krüger, die wir im
Rahmen des Reha-Managements übernehmen (Verordnung: KG-ZNS, 2x wöchentlich, 12 Einheiten):

  Mo 19.05. 08:00 | Do 22.05. 08:00
  Mo 26.05. 08:00 | Mi 28.05. 08:00 (Do ist Feiertag)
  Mo 02.06. 08:00 | Do 05.06. 08:00
  ... die weiteren Termine vereinbart die Praxis direkt mit Ihnen.

Adresse: Physiotherapie Krüger, Am Dobben 90, 28203 Bremen. Die Praxis rechnet direkt mit uns
ab, Sie müssen nichts auslegen. Bitte denken Sie an die Schiene für das linke Sprunggelenk
und an bequeme Kleidung.

Wenn der Fahrdienst nicht pünktlich kommt, rufen Sie mich bitte an.

Herzliche Grüße
Katrin Vollmer

""" + SIG_VOLLMER
    m = mail("Katrin Vollmer <katrin.vollmer@nordwall.example>", "Gül Demir <guel.demir@mailbox-nord.example>",
             "Ihre Physiotherapie-Termine ab 19.05.", "2025-05-14 14:50", body,
             cc="Physiotherapie Krüger <termine@physio-krueger.example>")
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", \
        "rehab management: physiotherapy series, prescription and ankle splint"


def m022():
    body = """Hallo Team,

Urlaubsplanung Q3 - bitte bis 30.05. im Teamkalender eintragen, ich habe den Stand von heute
kurz zusammengefasst:

  Jens O.      14.07.-01.08.
  Nadine S.    04.08.-22.08.
  Katrin V.    verschoben, kommt noch
  Björn T.     08.09.-19.09.
  Melanie K.   Brückentage 02.10./31.10.

Mindestbesetzung in den Sommerferien: 3 Personen Leistung Unfall, 1 Person Reha-Management.
Begutachtungstermine, die in Eure Abwesenheit fallen, bitte vorher an die Vertretung
übergeben (Vertretungsregel siehe Wiki).

Danke!
Anke Thölken
Teamleitung Leistung Unfall"""
    m = mail("Anke Thölken <anke.thoelken@nordwall.example>", "Team Leistung Unfall <leistung-unfall-team@nordwall.example>",
             "Urlaubsplanung Q3", "2025-05-07 13:13", body)
    return m, "NORMAL", "de", "internal", \
        "trap: holiday planning with colleagues' names, no reasons"


def m023():
    body = """Dear Mr Brennan,

Thank you for your e-mail. I am sorry to hear the burglary has caused you so much trouble.
Our loss adjuster, Mr Uwe Harms, can visit you on

   Friday, 23 May 2025, 14:00-15:00
   Parkallee 58, 28209 Bremen (ground floor flat)

He will take photos, look at the damaged balcony door and go through the list of stolen items
with you. Please have the police report (Tagebuch-Nr. 250512-1418-043771) and any receipts
you still have for the laptop, camera and the watch ready.

Home contents policy: HR-7745120
Claim number: SH-2025-010598

Mr Harms speaks English. If the time does not suit you, please call him on +49 160 9917552.

Best regards
Lena Kroll
Property Claims, Nordwall Allgemeine Versicherung AG"""
    m = mail("Lena Kroll <lena.kroll@nordwall.example>", "Aoife Brennan <aoife.brennan@postbox-eu.example>",
             "Your home contents claim SH-2025-010598 - visit on 23 May",
             "2025-05-19 10:05", body)
    return m, "CONFIDENTIAL", "en", "insurer-to-customer", \
        "burglary claim: home visit, address, police report number, policy number"


def m024():
    body = """Ihr Termin wurde storniert.

Buchungsnummer:  RB-2025-06671
Raum:            HB-A 2.04 "Ochtum"
Datum:           Dienstag, 27.05.2025, 10:00 - 11:30 Uhr
Titel:           Fallkonferenz Reha
Storniert von:   Katrin Vollmer

Der Raum steht wieder zur Buchung zur Verfügung.

Facility Management | Raumbuchung"""
    m = mail("Raumbuchung <raumbuchung@nordwall.example>", "Katrin Vollmer <katrin.vollmer@nordwall.example>",
             "Storno RB-2025-06671: HB-A 2.04 Ochtum, 27.05.2025", "2025-05-20 07:58", body)
    return m, "NORMAL", "de", "internal", \
        "trap: cancelled room booking for a rehab case conference, no name"


def m025():
    body = """Hallo zusammen,

Fallkonferenz zu unserem Reha-Fall Behrendt. Bitte die aktuellen Berichte vorher lesen
(Akte US-2024-010377, Register "Reha").

Teilnehmende: Katrin (Reha-Mgmt.), Jens (Leistung), Dr. Stade (ärztl. Dienst),
Frau Brinkmann von RehaLotse telefonisch zugeschaltet.

Fragen:
- Neuropsychologische Reha in der Rehaklinik Sonnenhang verlängern (4 Wochen)?
- Stufenweise Wiedereingliederung beim Arbeitgeber ab Juli realistisch?
- Fahrtauglichkeit nach SHT - Gutachten nötig?

Gruß
Katrin"""
    cal = ics("Fallkonferenz Reha - Hr. Behrendt (SHT, Reha Sonnenhang)", "20250527T100000",
              "20250527T113000", uid="nw-reha-fk-behrendt-0527@nordwall.example",
              organizer=("Katrin Vollmer", "katrin.vollmer@nordwall.example"),
              attendees=[("Jens Ohlsen", "jens.ohlsen@nordwall.example"),
                         ("Dr. Miriam Stade", "miriam.stade@nordwall.example"),
                         ("Raum HB-A 2.04 Ochtum", "raum-hba-204@nordwall.example")],
              location="HB-A 2.04 Ochtum",
              description="Akte US-2024-010377. Fragen: Verlängerung neuropsych. Reha, "
                          "Wiedereingliederung, Fahrtauglichkeit.", alarm="-PT15M")
    m = mail("Katrin Vollmer <katrin.vollmer@nordwall.example>",
             "Jens Ohlsen <jens.ohlsen@nordwall.example>, Dr. Miriam Stade <miriam.stade@nordwall.example>",
             "Fallkonferenz Reha - Hr. Behrendt (SHT, Reha Sonnenhang)", "2025-05-20 08:03", body, cal=cal)
    return m, "STRICTLY_CONFIDENTIAL", "de", "internal", \
        "case conference invitation: named insured with brain injury, neuropsychological rehab"


def m026():
    body = """Thank you for your message. I am out of the office until Monday, 2 June 2025, with
limited access to e-mail.

For urgent pre-authorisations please contact our 24/7 assistance team on
+49 421 5592-6000 or gh-assistance@nordwall.example. For case management matters please
write to gh-casemanagement@nordwall.example.

Fiona Gallagher
Nordwall Global Health"""
    m = mail("Fiona Gallagher <fiona.gallagher@nordwall.example>", "Rahul Mehta <rahul.mehta@nordwall.example>",
             "Automatic reply: Case handover before your leave?", "2025-05-23 18:02", body,
             extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return m, "NORMAL", "en", "internal", "trap: out-of-office reply of a health case manager"


def m027():
    body = """Dear Mr Hartley,

Thank you for your call. I have set up a video call with you and our claims handler for
the cancellation claim:

  Tuesday, 27 May 2025, 11:00 (UK 10:00)
  https://video.nordwall.example/room/trv-30118
  PIN 4490 2217

To recap: you cancelled the family trip to Mallorca (booked 14 Feb, departure 7 June, total
cost EUR 4,186.00) because your employer, Calder Logistics Ltd, terminated your contract on
30 April. Please have the termination letter and the cancellation invoice from the tour
operator ready during the call.

Policy: Annual Travel Family, TR 88-2201547
Claim: RS-2025-003416

Kind regards
Björn Tammen
Travel Claims | Nordwall Allgemeine Versicherung AG"""
    m = mail("Björn Tammen <bjoern.tammen@nordwall.example>", "Gareth Hartley <g.hartley@hartley-home.example>",
             "Video call re your cancellation claim RS-2025-003416", "2025-05-20 13:49", body)
    return m, "CONFIDENTIAL", "en", "insurer-to-customer", \
        "travel cancellation claim for job loss: video call, no health content"


def m028():
    body = """Hello Rahul,

Thank you for the demo yesterday. As promised, a summary of how CalSync would handle IME
scheduling for Nordwall Global Health:

1. Case manager creates a booking request in CalSync (only case reference, specialty,
   preferred city; no diagnosis in the request).
2. CalSync polls the provider calendars (Meridian, MedExpert, 41 other panels) and offers
   three slots.
3. The member confirms via a one-time link; reminders go out 72 h and 24 h before.
4. No-shows are reported back to the case manager via webhook.

Pricing: EUR 1.20 per confirmed booking, minimum EUR 900/month, 12-month term. Hosting in
Frankfurt (ISO 27001). We can provide a DPA template and our TOMs list for your DPO.

Would the week of 16 June work for a pilot workshop?

Best regards
Hannah Becker
Account Executive, CalSync GmbH
https://www.calsync.example"""
    m = mail("Rahul Mehta <rahul.mehta@nordwall.example>", "Fiona Gallagher <fiona.gallagher@nordwall.example>",
             "FW: CalSync - IME scheduling summary and pricing", "2025-05-21 08:47",
             "Fiona, FYI - see below. Could you look at step 3 before we ask the DPO?\nR.\n\n"
             "From: Hannah Becker <hannah.becker@calsync.example>\nSent: 20 May 2025 17:31\n"
             "To: Rahul Mehta <rahul.mehta@nordwall.example>\nSubject: CalSync - IME scheduling summary and pricing\n\n" + body)
    return m, "NORMAL", "en", "internal", "trap: vendor pitch for IME scheduling software, process only"


def m029():
    body = """Sehr geehrter Herr Klatt,

Sie hatten uns gebeten, den Termin mit dem Rechtsanwalt zu verlegen. Die Kanzlei Brenner
Rechtsanwälte bestätigt die Erstberatung nun für

   Mittwoch, 28.05.2025, 17:00 Uhr, Sögestraße 17, 28195 Bremen (RA Dr. Felix Brenner)

Gegenstand: Kündigung Ihres Arbeitsverhältnisses durch die Grasberger Metallbau GmbH zum
30.06.2025. Die Deckungszusage für die Erstberatung im Arbeits-Rechtsschutz liegt der
Kanzlei vor. Bitte nehmen Sie Arbeitsvertrag, Kündigungsschreiben und die letzten drei
Gehaltsabrechnungen (zuletzt 3.840 EUR brutto) mit.

Rechtsschutzversicherung Nr. RS 17-5530981, Leistungsfall RSL-2025-02210

Mit freundlichen Grüßen
Yvonne Gerdes
Rechtsschutz-Service
Nordwall Allgemeine Versicherung AG"""
    m = mail("Yvonne Gerdes <yvonne.gerdes@nordwall.example>", "Thorsten Klatt <t.klatt@grasberg-net.example>",
             "Verlegung Ihres Beratungstermins - RSL-2025-02210", "2025-05-21 10:22", body)
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", \
        "legal expenses: lawyer appointment for dismissal, salary figure"


def m030():
    body = """Sehr geehrte Frau Lemke,

auf Wunsch Ihrer Tochter haben wir den Besuch unserer Pflegeberaterin verlegt. Neuer Termin:

  Montag, 02.06.2025, 10:00 Uhr, bei Ihnen zu Hause (Marcusallee 12, 28359 Bremen)
  Pflegeberaterin: Frau Heidrun Claassen, Pflegelotsen Nord

Frau Claassen wird mit Ihnen und Ihrer Tochter besprechen, welche Hilfen nach dem
Krankenhausaufenthalt sinnvoll sind (Haushaltshilfe, Hausnotruf, Umbau des Bades), und Sie
beim Antrag auf Höherstufung vom Pflegegrad 2 in den Pflegegrad 3 unterstützen. Die
Begutachtung selbst führt später ein Gutachter von MEDIPRÜF durch; dazu erhalten Sie eine
gesonderte Einladung.

Private Pflegepflichtversicherung, Vers.-Nr. PV 44-1092286

Mit freundlichen Grüßen
Ihre Nordwall Krankenversicherung AG
Pflegeservice, Tel. 0421 5592-2700"""
    m = mail("Pflegeservice Nordwall <pflegeservice@nordwall.example>", "Ursula Lemke <u.lemke@seniorennetz.example>",
             "Neuer Termin für Ihre Pflegeberatung zu Hause", "2025-05-22 11:30", body,
             cc="Birgit Lemke-Sander <birgit.lemke-sander@webpost.example>")
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", \
        "care insurance: home visit for care counselling, care level upgrade 2 to 3"


def m031():
    body = """Hallo zusammen,

für den Ersthelfer-Auffrischungskurs (9 UE, DGUV-Grundsatz 304-001) am 17.06.2025 bei den
Johannitern sind folgende Kolleginnen und Kollegen angemeldet:

  Tim Hasselbring (IT), Melanie Kuhlmann (Leistung Unfall), Gerrit Ahlers (Poststelle),
  Serap Yıldız (Kundencenter), Frank Oltmanns (Facility), Jana Witt (Kranken Leistung)

Beginn 8:00 Uhr, Ende ca. 16:00 Uhr, Ort: Johanniter Ausbildungszentrum, Hemelinger
Hafendamm 5. Die Teilnahme gilt als Arbeitszeit. Bitte bequeme Kleidung, es wird geübt
(HLW, stabile Seitenlage, AED).

Bitte gebt bis Freitag Bescheid, falls jemand nicht kann - es gibt eine Warteliste.

Viele Grüße
Arbeitssicherheit / Facility Management"""
    m = mail("Arbeitssicherheit <arbeitssicherheit@nordwall.example>",
             "Ersthelfer Bremen <ersthelfer-bremen@nordwall.example>",
             "Ersthelfer-Auffrischung 17.06. - Teilnehmerliste", "2025-05-22 14:10", body)
    return m, "NORMAL", "de", "internal", \
        "trap: first-aid refresher course with named participants, no health data"


def m032():
    body = """Hi Jens,

quick one - the Okafor IME (GIP-2025-00388) is on Thursday at Meridian Hamburg. He asked
today whether he can bring his wife as he still cannot sit for more than 20 minutes and she
drives. I said yes. Meridian wants the Physio-Berichte from Reha-Zentrum Altona beforehand -
kannst Du die bitte aus der Akte ziehen und direkt an Dr Achterberg schicken? Die haben
nur den MRT-Befund.

Danke!
Fiona"""
    m = mail("Fiona Gallagher <fiona.gallagher@nordwall.example>", "Jens Ohlsen <jens.ohlsen@nordwall.example>",
             "Okafor IME Thursday - physio reports", "2025-05-19 15:31", body)
    return m, "STRICTLY_CONFIDENTIAL", "mixed", "internal", \
        "mixed-language handover: named claimant's IME, sitting tolerance, MRI and physio reports"


def m033():
    body = """Sehr geehrte Damen und Herren,

wir laden Sie herzlich zum 9. Norddeutschen Reha-Fachtag ein:

  Donnerstag, 18. September 2025, 9:30-16:30 Uhr
  Congress Centrum Bremen, Saal Borgward

Schwerpunkte: Reha-Management nach Arbeits- und Freizeitunfällen, digitale Nachsorge,
Schnittstellen zwischen privater Unfallversicherung, Berufsgenossenschaften und
Rentenversicherung, Video-Sprechstunden in der Nachsorge.

Programm und Anmeldung: https://www.reha-fachtag-nord.example
Teilnahmegebühr 190 EUR (Mitglieder 140 EUR). Für Ihre Mitarbeitenden bieten wir ein
Kontingent zum Gruppenpreis an.

Mit freundlichen Grüßen
Organisationsbüro Reha-Fachtag Nord
c/o Arbeitskreis Rehabilitation Nord e. V."""
    m = mail("Katrin Vollmer <katrin.vollmer@nordwall.example>", "Anke Thölken <anke.thoelken@nordwall.example>",
             "WG: Einladung 9. Norddeutscher Reha-Fachtag", "2025-05-08 09:12",
             "Anke, wollen wir wieder zu dritt hin? Budget wäre noch da.\nK.\n\n"
             "-----Ursprüngliche Nachricht-----\nVon: Reha-Fachtag Nord <info@reha-fachtag-nord.example>\n"
             "Gesendet: Mittwoch, 7. Mai 2025 10:00\nBetreff: Einladung 9. Norddeutscher Reha-Fachtag\n\n" + body)
    return m, "NORMAL", "de", "internal", "trap: invitation to a rehab conference, forwarded"


def m034():
    body = """Dear Mr Chen,

I am writing to confirm the site visit for your subsidence claim:

  Date:      Wednesday, 28 May 2025, 09:30
  Property:  Im Suestal 4, 28357 Bremen (detached house)
  Engineer:  Dipl.-Ing. Maren Dierks, Ingenieurbüro Dierks (structural engineer)
  Our side:  Uwe Harms, loss adjuster

Ms Dierks will inspect the cracks in the north-east corner and the cellar, fit crack
monitors and may take a soil sample next to the foundation. The visit will take about two
hours; please make sure the cellar and the garden on the north side are accessible.

Buildings policy WG 31-0081937 (incl. elementary perils), claim SG-2025-007915.

Yours sincerely
Lena Kroll
Property Claims"""
    cal = ics("Site visit - Chen residence, subsidence claim SG-2025-007915", "20250528T093000",
              "20250528T113000", uid="nw-sach-SG-2025-007915-ov1@nordwall.example",
              organizer=("Lena Kroll", "lena.kroll@nordwall.example"),
              attendees=[("Mei Lin Chen", "meilin.chen@chen-family.example"),
                         ("Maren Dierks", "m.dierks@ib-dierks.example"),
                         ("Uwe Harms", "uwe.harms@nordwall.example")],
              location="Im Suestal 4, 28357 Bremen")
    m = mail("Lena Kroll <lena.kroll@nordwall.example>", "Mei Lin Chen <meilin.chen@chen-family.example>",
             "Site visit 28 May - claim SG-2025-007915", "2025-05-21 16:44", body,
             cc="Maren Dierks <m.dierks@ib-dierks.example>, Uwe Harms <uwe.harms@nordwall.example>",
             atts=[("invite.ics", cal.encode("utf-8"), T_ICS)])
    return m, "CONFIDENTIAL", "en", "insurer-to-customer", \
        "buildings subsidence claim: site visit with engineer, address and policy"


def m035():
    body = """[Vorlage TX-UV-17 "Einladung ärztliche Untersuchung" - Stand 05/2025, freigegeben
durch Recht/Datenschutz am 09.05.2025]

Sehr geehrte/r «Anrede» «Nachname»,

im Rahmen der Prüfung Ihrer Ansprüche aus Ihrer Unfallversicherung «Vertragsnummer» haben
wir für Sie einen Untersuchungstermin bei «Gutachter_Titel» «Gutachter_Name»,
«Gutachter_Fachgebiet», vereinbart:

  Termin: «Datum», «Uhrzeit» Uhr
  Ort:    «Praxisadresse»

Bitte bringen Sie zu dem Termin Ihren Personalausweis sowie alle Ihnen vorliegenden
Befunde, Röntgen-/MRT-Aufnahmen und Ihren Medikamentenplan mit.

Die Kosten der Untersuchung tragen wir. Fahrtkosten erstatten wir auf Nachweis.

Sollten Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte spätestens
48 Stunden vorher mit. [Hinweis für SB: KEINE Diagnose im Anschreiben nennen - die
Fragestellung steht nur im Gutachtenauftrag.]

Mit freundlichen Grüßen
«Sachbearbeiter»"""
    m = mail("Anke Thölken <anke.thoelken@nordwall.example>", "Team Leistung Unfall <leistung-unfall-team@nordwall.example>",
             "Neue Textvorlage TX-UV-17 Einladung Untersuchung", "2025-05-12 08:20",
             "Hallo zusammen,\n\nab sofort bitte nur noch die neue Vorlage verwenden (im Textsystem "
             "unter UV > Leistung > Einladungen). Der Text zur Info unten und als DOCX im Anhang.\n\nAnke",
             atts=[("TX-UV-17_Einladung_Untersuchung.docx",
                    docx(["#Vorlage TX-UV-17 Einladung ärztliche Untersuchung"] + body.split("\n")), T_DOCX)])
    return m, "NORMAL", "de", "internal", \
        "trap: letter template for examination invitations with «placeholders»"


def m036():
    body = """Guten Tag Frau Brinkmann,

anbei wie besprochen die Eckdaten für die Aufnahme in der Rehaklinik Sonnenhang. Die
Kostenübernahmeerklärung geht Ihnen per Fax zu.

Patient:       Jörg Behrendt, geb. 03.02.1979
Aufnahme:      Montag, 26.05.2025, 10:00 Uhr, Station 3 (Neurologie Phase C)
Dauer:         zunächst 4 Wochen, Verlängerung nach Zwischenbericht
Indikation:    Z. n. SHT II° mit Kontusionsblutung frontal re. (S06.33), kognitive Defizite,
               Fatigue
Transport:     Krankentransport Rollstuhl, Abholung 08:15 Uhr Wümmeweg 9, Lilienthal
Kostenträger:  Nordwall Allgemeine Versicherung AG, Reha-Management, Schaden US-2024-010377

Frau Behrendt (Ehefrau) begleitet am Aufnahmetag; Kontakt 0176 2249183.

Mit freundlichen Grüßen

""" + SIG_VOLLMER
    m = mail("Katrin Vollmer <katrin.vollmer@nordwall.example>", "Ute Brinkmann <u.brinkmann@rehalotse.example>",
             "Aufnahme Sonnenhang 26.05. - Behrendt", "2025-05-21 12:05", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier", \
        "rehab admission details: name, birth date, ICD S06.33, cognitive deficits"


def m037():
    body = """Hello everyone,

Wellbeing Week is back from 16 to 20 June! Highlights:

  Mon  Mental Health First Aiders - drop-in, 12:00-14:00, room Hunte
  Tue  Desk yoga (15 min) at 10:00 and 15:00 - Teams and room Weser
  Wed  Talk: "Managing stress in claims work" with Dr Henning Albers (occupational physician)
  Thu  Step challenge kick-off - join a team in the app
  Fri  Healthy breakfast in the staff restaurant

All sessions are optional and confidential - we do not record who attends the drop-in.
Calendar invitations for each session are in the intranet events calendar.

Your People & Culture team"""
    m = mail("People & Culture <people@nordwall.example>", "All staff <alle@nordwall.example>",
             "Wellbeing Week 16-20 June - save the dates", "2025-05-26 09:30", body,
             html="""<html><body><h2 style="color:#00507a">Wellbeing Week 16&ndash;20 June</h2>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Day</th><th>Session</th></tr>
<tr><td>Mon</td><td>Mental Health First Aiders - drop-in, 12:00-14:00, room Hunte</td></tr>
<tr><td>Tue</td><td>Desk yoga (15 min) at 10:00 and 15:00</td></tr>
<tr><td>Wed</td><td>Talk: "Managing stress in claims work" with Dr Henning Albers</td></tr>
<tr><td>Thu</td><td>Step challenge kick-off</td></tr>
<tr><td>Fri</td><td>Healthy breakfast in the staff restaurant</td></tr></table>
<p>All sessions are optional and confidential.</p><p>Your People &amp; Culture team</p></body></html>""")
    return m, "NORMAL", "en", "internal", "trap: wellbeing week programme incl. mental health drop-in"


def m038():
    body = """Hi,

Thanks for your mail. Yes, we can move the survey. New slot confirmed by the marine surveyor:

  Thursday, 5 June, 08:00, Hafen Vegesack, Steg C, berth 14
  Vessel: "Seeschwalbe II", Hallberg-Rassy 372, hull no. SE-HBR37214C404
  Surveyor: Capt. (ret.) Henrik Voss, Voss Marine Surveys

Please make sure the boat is out of the water by then if you want the hull and rudder
inspected, otherwise only the rigging and engine can be checked. Mr Lindqvist, the owner
may of course attend.

Yacht policy YA 05-0040187, claim YS-2025-00061 (lightning strike 11 May, electronics).

Regards
Heiko Meyerdierks
Transport & Yacht Claims, Nordwall Allgemeine"""
    m = mail("Heiko Meyerdierks <heiko.meyerdierks@nordwall.example>", "Sven Lindqvist <sven@lindqvist-segeln.example>",
             "RE: survey Seeschwalbe II - new date", "2025-05-27 09:11", body,
             cc="Henrik Voss <survey@voss-marine.example>")
    return m, "CONFIDENTIAL", "en", "insurer-to-customer", \
        "yacht claim survey appointment: owner, hull number, policy and claim"


def m039():
    body = """Hallo Anke,

kurze Info für die Teamplanung: ich bin ab 12.05. für drei Wochen in der Reha (nach der
Knie-OP im April, Klinik Hohe Geest), danach vermutlich noch zwei Wochen Wiedereingliederung
mit 4 Std./Tag. Meine Begutachtungstermine habe ich im Teamkalender als "Vertretung gesucht"
markiert. Die Fälle Rössler und Lindqvist hat Jens schon übernommen.

Ich bin in der Zeit nicht per Mail erreichbar, nur notfalls per Handy.

LG
Melanie"""
    m = mail("Melanie Kuhlmann <melanie.kuhlmann@nordwall.example>", "Anke Thölken <anke.thoelken@nordwall.example>",
             "Abwesenheit ab 12.05.", "2025-05-07 15:48", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "internal", \
        "colleague's own absence: rehab after knee surgery and phased return - health data of an employee"


def m040():
    body = """Dear Sir or Madam,

we would like to invite you to an information webinar for our broker partners:

   "Return to work after long-term sickness - how Nordwall's rehabilitation service works"
   Wednesday, 11 June 2025, 10:00-11:00 CEST (Teams Live)

Agenda: when we offer rehabilitation support in income protection and group income
protection; the role of the case manager; typical timelines from the first call to the
return-to-work plan; anonymised case examples; Q&A.

Registration: https://events.nordwall.example/broker-webinar-rtw-2025

CPD: 1 hour (IDD weiterbildungszeit).

Kind regards
Broker Relations | Nordwall Versicherungsgruppe"""
    m = mail("Broker Relations <broker-relations@nordwall.example>", "Fairbridge Insurance Brokers <info@fairbridge.example>",
             "Webinar invitation: Return to work after long-term sickness (11 June)", "2025-05-19 10:00", body)
    return m, "NORMAL", "en", "insurer-to-broker", \
        "trap: broker webinar on rehabilitation and sickness, anonymised examples"


def m041():
    body = """Sehr geehrter Herr Möller,

vielen Dank für Ihren Anruf. Wie besprochen kommt unser Sachverständiger für
Betriebsunterbrechungsschäden, Herr Dipl.-Kfm. Arne Wittkopf, am

   Montag, 26.05.2025, 7:00 Uhr (vor Öffnung der Filiale)

in Ihre Backstube, Hauptstraße 41, 28865 Lilienthal. Er möchte sich den ausgefallenen
Etagenbackofen ansehen und mit Ihnen die Umsatzausfälle seit dem 14.05. durchgehen. Bitte
halten Sie die Tagesumsätze (Kassenberichte) Mai 2024 und Mai 2025 sowie die Rechnung des
Kundendienstes bereit.

Versicherungsnehmer: Bäckerei Möller, Inh. Karl Möller e. K.
Police: Betriebsinhalts-/Ertragsausfallversicherung BI 82-0014452
Schaden-Nr.: BS-2025-000872

Mit freundlichen Grüßen
Dirk Stolle
Firmenkunden Schaden"""
    m = mail("Dirk Stolle <dirk.stolle@nordwall.example>", "Bäckerei Möller <info@baeckerei-moeller.example>",
             "Termin Sachverständiger 26.05. - Schaden BS-2025-000872", "2025-05-21 17:20", body,
             charset="iso-8859-1", cte="quoted-printable")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", \
        "sole trader's business interruption claim: assessor appointment, turnover records"


def m042():
    body = """Dear Dr Achterberg,

Following the IME for Mr Okafor on 22 May, could we schedule a 30-minute case conference
call to discuss your preliminary findings before the written report?

Proposed: Wednesday, 28 May, 13:30-14:00 CEST (Teams, invitation attached).

Points we would like to discuss:
 - your view on the functional capacity test (sitting tolerance, lifting 10 kg)
 - prognosis after the planned microdiscectomy L4/L5
 - whether a graded return to his previous role as logistics planner is realistic within
   3 months
 - whether a psychological assessment is indicated (he mentioned sleep problems and low mood)

Best regards
Fiona Gallagher"""
    cal = ics("Case conference GIP-2025-00388 (Okafor) - IME findings", "20250528T133000",
              "20250528T140000", uid="nw-gh-GIP-2025-00388-cc1@nordwall.example",
              organizer=("Fiona Gallagher", "fiona.gallagher@nordwall.example"),
              attendees=[("Dr Ruth Achterberg", "r.achterberg@meridian-ime.example"),
                         ("Dr. Miriam Stade", "miriam.stade@nordwall.example")],
              location="Microsoft Teams Meeting",
              description="Discuss IME findings (lumbar disc prolapse L4/L5, planned "
                          "microdiscectomy), RTW prognosis.")
    m = mail("Fiona Gallagher <fiona.gallagher@nordwall.example>", "Dr Ruth Achterberg <r.achterberg@meridian-ime.example>",
             "Case conference - GIP-2025-00388", "2025-05-23 10:02", body,
             cc="Dr. Miriam Stade <miriam.stade@nordwall.example>",
             atts=[("GIP-2025-00388_case_conference.ics", cal.encode("utf-8"), T_ICS)])
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor", \
        "case conference with IME doctor: prognosis, surgery, low mood of named claimant"


def m043():
    body = """Hi team,

the Q2 rehab outcomes review is scheduled for 24 June. Pre-read attached (aggregated, no
case-level data).

Headline figures for Jan-May 2025 (income protection, group income protection, accident):
  - 212 cases referred to rehab management (Jan-May 2024: 187)
  - median time from referral to first rehab measure: 19 days
  - return to work within 6 months: 64 % (musculoskeletal 71 %, mental health 48 %)
  - average rehab spend per case EUR 6,870

Please come with ideas for the mental health pathway - that's where we lose most time
waiting for therapy slots.

Thanks
Katrin"""
    rows = [["Diagnosegruppe (ICD-Kapitel)", "Fälle", "RTW < 6 Mon.", "Ø Kosten EUR"],
            ["M (Muskel-Skelett)", 98, "71 %", 5420],
            ["S/T (Verletzungen)", 61, "66 %", 8930],
            ["F (Psyche)", 39, "48 %", 7110],
            ["andere (G, I, C zusammengefasst)", 14, "50 %", 6980],
            ["gesamt", 212, "64 %", 6870]]
    m = mail("Katrin Vollmer <katrin.vollmer@nordwall.example>", "Rehab Steering <rehab-steering@nordwall.example>",
             "Q2 rehab outcomes review - pre-read", "2025-06-06 12:00", body,
             atts=[("Q2_rehab_outcomes_aggregated.xlsx", xlsx(rows, "Q2"), T_XLSX)])
    return m, "NORMAL", "en", "internal", \
        "trap: rehab outcome statistics by ICD chapter, aggregated, small groups merged"


def m044():
    body = """Sehr geehrte Frau Nowak,

ich habe versucht, Sie telefonisch zu erreichen. Die Besichtigung Ihrer Wohnung wegen des
Einbruchs muss leider verschoben werden, da unser Außenregulierer erkrankt ist.

Neuer Vorschlag: Dienstag, 27.05.2025, 12:00 Uhr. Bitte bestätigen Sie kurz per Mail oder
unter 0421 5592-4230, ob das passt.

Die Aufstellung der entwendeten Gegenstände können Sie uns gern vorab schicken.

Hausratversicherung HR 50-2217805, Schaden-Nr. SH-2025-010512

Mit freundlichen Grüßen
Lena Kroll"""
    m = mail("Lena Kroll <lena.kroll@nordwall.example>", "Ewa Nowak <ewa.nowak@skrzynka.example>",
             "Verschiebung Besichtigungstermin - SH-2025-010512", "2025-05-19 08:14", body)
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", \
        "burglary claim appointment moved; colleague ill without detail is not the customer's data"


def m045():
    body = """Dear Ms Whitmore,

Thank you for your application for the position of Claims Case Manager (m/f/d) - Global
Health. We would like to invite you to a first interview via Teams:

   Tuesday, 3 June 2025, 15:00-16:00 CEST

Interviewers: Rahul Mehta (Team Lead Case Management) and Jasmin Kück (Talent Acquisition).
The interview will be held in English and partly in German. You will receive a separate
calendar invitation with the link.

Kind regards
Jasmin Kück
Talent Acquisition, Nordwall Versicherungsgruppe"""
    m = mail("Jasmin Kück <jasmin.kueck@nordwall.example>", "Eleanor Whitmore <eleanor.whitmore@mailpoint.example>",
             "Interview invitation - Claims Case Manager Global Health", "2025-05-27 11:40", body)
    return m, "NORMAL", "en", "insurer-to-applicant", \
        "trap: job interview invitation, name and date only, no salary or health"


def m046():
    body = """Sehr geehrter Herr Pohl,

am 13.05.2025 waren Sie zu einer ärztlichen Untersuchung bei Herrn Dr. med. Kaltwasser
eingeladen. Leider haben Sie diesen Termin nicht wahrgenommen und uns auch nicht
benachrichtigt. Der Praxis sind dadurch Kosten entstanden.

Wir möchten Ihren Anspruch auf Invaliditätsleistung gern zügig prüfen. Dazu ist die
Untersuchung jedoch zwingend erforderlich. Wir haben deshalb einen neuen Termin vereinbart:

   Dienstag, 10.06.2025, 8:30 Uhr, Gutachtenpraxis Kaltwasser, Contrescarpe 44, Bremen

Bitte beachten Sie: Nach Ziffer 7.3 der Allgemeinen Unfallversicherungs-Bedingungen sind Sie
verpflichtet, sich von den von uns beauftragten Ärzten untersuchen zu lassen. Nehmen Sie
auch diesen Termin ohne ausreichende Entschuldigung nicht wahr, können wir nach Aktenlage
entscheiden; dies kann zu einer Kürzung oder zum Wegfall der Leistung führen (Ziffer 8 AUB).

Falls Sie gesundheitlich nicht in der Lage sind, den Termin wahrzunehmen, senden Sie uns
bitte eine ärztliche Bescheinigung.

Unfallversicherung UV 72-5590114, Schaden-Nr. US-2025-00913

""" + SIG_OHLSEN
    m = mail("Jens Ohlsen <jens.ohlsen@nordwall.example>", "Andrzej Pohl <a.pohl@poczta-nord.example>",
             "Versäumter Untersuchungstermin - Ihr Unfall, Schaden US-2025-00913",
             "2025-05-16 10:40", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", \
        "accident claim: missed medical exam, new date, duty to cooperate"


def m047():
    body = """Hi Sarah,

Thanks for organising the assessment of Bruno. Confirmed:

  Dog:      Bruno, Bernese mountain dog, male, 6 years, chip no. 276098106337118
  Owner:    Ms Sarah Kowalski, Am Wandrahm 9, 28195 Bremen
  Vet:      Tierärztliche Klinik Weserland, Dr. Konstanze Bley, orthopaedic consultation
  When:     Friday, 30 May 2025, 11:15

Question for the vet: is the cruciate ligament rupture (left hind leg) pre-existing, given
the limping noted at the vaccination in January 2024? Surgery (TPLO) estimate is
EUR 3,480.

Policy: Pet Health Plus, TK 09-0031442, claim TKS-2025-00219.

Regards
Oliver Gehrke
Pet Claims"""
    m = mail("Oliver Gehrke <oliver.gehrke@nordwall.example>", "Sarah Kowalski <sarah.k@mailpoint.example>",
             "Bruno - orthopaedic assessment on 30 May", "2025-05-26 14:16", body)
    return m, "CONFIDENTIAL", "en", "insurer-to-customer", \
        "pet insurance: vet assessment for a dog, owner named (animal health = confidential)"


def m048():
    body = """Hallo Frau Meinecke,

danke für den Anruf. Wie besprochen: Herr Lindqvist hat sich gemeldet, er lag am 13.05. mit
einer Lungenentzündung im Klinikum Nord (Bescheinigung liegt uns vor), daher das
Nichterscheinen. Wir übernehmen das Ausfallhonorar trotzdem, bitte Rechnung an uns.

Den Ersatztermin am 10.06., 8:30 Uhr, bestätige ich hiermit verbindlich. Die Fragestellung
bleibt unverändert (Dauerschaden Schulter links nach Rotatorenmanschettenruptur, Zustand nach
Naht 09/2024).

Gruß
Jens Ohlsen"""
    m = mail("Jens Ohlsen <jens.ohlsen@nordwall.example>", "Praxis Dr. Kaltwasser <praxis@praxis-kaltwasser.example>",
             "AW: Ausfallhonorar Termin 13.05.2025 / Ihr Az. US-2025-00913", "2025-05-15 12:02", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor", \
        "replacement exam date; insured was in hospital with pneumonia, shoulder injury"


def m049():
    body = """Liebe Kolleginnen und Kollegen,

bitte tragt für Eure Abwesenheiten im Outlook-Kalender immer eine Stellvertretung ein und
gebt Euren Teamkalender für die Vertretung mit der Berechtigung "Prüfer" frei. So geht's:

  1. Datei > Kontoeinstellungen > Zugriffsrechte für Stellvertretung
  2. Stellvertretung hinzufügen, Kalender: "Prüfer"
  3. Haken bei "Stellvertretung kann private Elemente sehen" NICHT setzen

Termine mit Versicherten (Begutachtungen, Hausbesuche, Video-Sprechstunden) bitte immer als
"Privat" markieren - dann sieht die Frei/Gebucht-Ansicht nur "Gebucht".

Bei Fragen: ServiceDesk, Tel. -5000

Euer IT-ServiceDesk"""
    m = mail("IT-ServiceDesk <servicedesk@nordwall.example>", "Alle Bremen <alle-bremen@nordwall.example>",
             "Tipp der Woche: Kalenderfreigabe und Stellvertretung", "2025-05-28 07:30", body)
    return m, "NORMAL", "de", "internal", "trap: IT tip on calendar delegation and private appointments"


def m050():
    body = """Dear Mr Moreau,

Welcome back home. As discussed with you and your wife, your outpatient neurological
rehabilitation at Reha-Zentrum am Kaiserhof will start next week. Your schedule for the
first two weeks:

  Mon 2 June   09:00 initial assessment (neurologist, Dr Sandberg)
               11:00 occupational therapy - fine motor skills right hand
  Tue 3 June   09:30 speech and language therapy (word-finding)
               13:00 physiotherapy - gait training
  Wed 4 June   09:00 physiotherapy, 10:30 neuropsychology
  Thu 5 June   09:30 speech therapy, 11:00 occupational therapy
  Fri 6 June   09:00 physiotherapy, 10:30 group session "living after stroke"
  ... week 2 identical, then review with the rehab team on Friday 13 June.

Transport: the taxi (Taxi Weserstadt) picks you up at 08:15 every day; the cost is covered.
Blood thinners: please continue apixaban as prescribed by the hospital; bring the
medication plan on Monday.

Your expat plan (member no. NGH-3309-1175) covers the programme in full (pre-authorisation
PA-2025-11842).

""" + SIG_GALLAGHER
    m = mail("Fiona Gallagher <fiona.gallagher@nordwall.example>", "Lucas Moreau <lucas.moreau@moreau-bremen.example>",
             "Your rehabilitation schedule from 2 June", "2025-05-28 16:35", body,
             cc="Camille Moreau <camille.moreau@moreau-bremen.example>")
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", \
        "post-stroke rehab schedule with therapies and anticoagulant"


def m051():
    body = """Moin Herr Aksoy,

Ihr Kunde Herr Franke hatte um einen gemeinsamen Termin zur Umdeckung seiner
Wohngebäudeversicherung gebeten. Ich schlage vor:

  Donnerstag, 05.06.2025, 10:00 Uhr, bei Herrn Franke vor Ort (Krummer Arm 6, 28865 Lilienthal)

Themen: Neubewertung nach Anbau 2024 (Wohnfläche jetzt 168 m²), Einschluss
Elementarschäden, Photovoltaikanlage 9,8 kWp. Die bisherige Police WG 31-0066210 läuft zum
01.09. aus; die Versicherungssumme 1914 liegt derzeit bei 24.300 Mark.

Können Sie das mit Herrn Franke abstimmen?

Viele Grüße
Malte Brünjes
Maklerbetreuung Nord
Nordwall Versicherungsgruppe"""
    m = mail("Malte Brünjes <malte.bruenjes@nordwall.example>", "Cem Aksoy <cem.aksoy@aksoy-versicherungsmakler.example>",
             "Termin Umdeckung WG Franke", "2025-05-27 15:05", body)
    return m, "CONFIDENTIAL", "de", "insurer-to-broker", \
        "broker appointment about named customer's buildings policy, address and policy no."


def m052():
    body = """Team,

just a reminder that the offsite on Thursday (Global Health, Hamburg) is cancelled because
of the announced rail strike. We will do a shortened 2-hour version on Teams instead:
Thursday 10:00-12:00, invite to follow. The hotel and the room at the Hafenkontor have been
cancelled free of charge.

Rahul"""
    m = mail("Rahul Mehta <rahul.mehta@nordwall.example>", "GH Team <gh-team@nordwall.example>",
             "Offsite Thursday cancelled (rail strike)", "2025-06-02 07:12", body)
    return m, "NORMAL", "en", "internal", "trap: team offsite cancelled, nothing personal"


def m053():
    body = """Dear Mr El-Sayed,

Thank you for applying for term life cover (EUR 350,000, 25 years) with Nordwall
Lebensversicherung. Because of the sum insured and your answers in the health questionnaire
(treated hypertension, raised cholesterol), our underwriters require a medical examination
before we can make a decision.

We have arranged a home visit by a paramedical examiner:

  Saturday, 7 June 2025, 09:00
  Your address: Helgolander Str. 22, 28217 Bremen
  Examiner: Ms Tanja Oetken, registered nurse, MediCheck Nord

The examination includes blood pressure (three readings), height/weight, a resting ECG and
a blood and urine sample (HbA1c, lipid profile, liver and kidney values, cotinine). Please do
not eat for 8 hours beforehand; water is fine. Please have your ID ready.

Application no.: AR-2025-119374

Kind regards
New Business Underwriting
Nordwall Lebensversicherung AG"""
    m = mail("Underwriting Leben <underwriting-leben@nordwall.example>", "Ahmed El-Sayed <ahmed.elsayed@mailpoint.example>",
             "Your life insurance application - medical examination at home on 7 June",
             "2025-05-28 10:50", body)
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant", \
        "life application: paramedical exam, hypertension and cholesterol in health questionnaire"


def m054():
    body = """Sehr geehrte Damen und Herren,

anbei unser Angebot über die Durchführung von Begutachtungen für die Leistung Unfall und die
BU-Leistungsprüfung 2025/2026.

Terminvergabe: Erstkontakt mit den Versicherten innerhalb von 3 Werktagen nach Auftragseingang,
Termin innerhalb von 15 Werktagen (psychiatrische Gutachten: 25 Werktage). Erinnerung der
Versicherten per SMS 48 Stunden vorher. Ausfallhonorar bei unentschuldigtem Nichterscheinen:
150 EUR.

Vergütung (netto, je Gutachten):
  Orthopädie/Unfallchirurgie, Standard             780 EUR
  Neurologie inkl. Zusatzuntersuchungen          1.150 EUR
  Psychiatrie/Psychosomatik inkl. Testpsychologie 1.480 EUR
  Aktenlagegutachten                              420 EUR
  Dolmetscher nach JVEG, Fahrtkosten nach Aufwand

Bankverbindung: MedExpert Begutachtungsinstitut GmbH, IBAN DE83 3705 0198 0022 4578 16

Mit freundlichen Grüßen
Dr. Arnd Feldkamp, Geschäftsführer
MedExpert Begutachtungsinstitut GmbH, Falkenstr. 12, 30449 Hannover"""
    m = mail("Einkauf Leistung <einkauf-leistung@nordwall.example>", "Anke Thölken <anke.thoelken@nordwall.example>",
             "WG: Angebot Begutachtungen 2025/2026 - MedExpert", "2025-05-09 14:00",
             "Zur Info / Prüfung der Konditionen. Rückmeldung bitte bis 23.05.\n\nEinkauf Leistung\n\n"
             "---------- Weitergeleitete Nachricht ----------\nVon: Dr. Arnd Feldkamp <a.feldkamp@medexpert-begutachtung.example>\n"
             "Datum: 08.05.2025 16:21\n\n" + body)
    return m, "NORMAL", "de", "insurer-to-supplier", \
        "trap: assessment institute's offer with prices and company IBAN, no person"


def m055():
    body = """Hallo Marco,

kannst Du mir bitte den Sachverständigentermin für Frau Hoffmeister noch mal bestätigen? Sie
hat heute angerufen und war unsicher, ob der Termin am Montag um 9 oder um 10 ist. Daten:

  Schaden KS-2025-041733, Audi A3 Sportback, HB-CH 1970
  Besichtigung: Autohaus Bremer Kreuz, Fehrfeld 44, Bremen
  Halterin: Claudia Hoffmeister, geb. 11.09.1970 (laut Zulassung)
  Rückruf: 0162 8830512

Danke!
Serap
Kundenservice Telefon"""
    m = mail("Serap Yıldız <serap.yildiz@nordwall.example>", "Marco Petersen <marco.petersen@nordwall.example>",
             "SV-Termin Hoffmeister Mo 9 oder 10 Uhr?", "2025-05-22 11:27", body)
    return m, "CONFIDENTIAL", "de", "internal", \
        "motor claim appointment query: keeper's birth date, plate, phone"


def m056():
    body = """Liebe Kolleginnen und Kollegen,

der DRK-Blutspendedienst kommt wieder zu uns ins Haus:

   Mittwoch, 25.06.2025, 9:00-14:00 Uhr, Konferenzbereich EG (Räume EG.01-EG.03)

Blutspenden ist während der Arbeitszeit möglich, bitte sprecht Euch mit Euren
Führungskräften ab. Termine können online reserviert werden unter
https://terminreservierung.blutspende-nordwest.example (Standort "Nordwall Am Wall").
Erstspenderinnen und Erstspender sind herzlich willkommen - bitte Personalausweis mitbringen.

Danach gibt es im Foyer einen Imbiss.

Euer BGM-Team"""
    m = mail("BGM-Team <bgm@nordwall.example>", "Alle Bremen <alle-bremen@nordwall.example>",
             "Blutspende im Haus am 25.06.", "2025-06-03 09:00", body)
    return m, "NORMAL", "de", "internal", "trap: blood donation day announcement"


def m057():
    body = """Guten Tag,

bitte für folgenden Einsatz einen Wagen mit Rampe (Rollstuhl, kein Umsetzen möglich):

  Datum:     Dienstag, 27.05.2025
  Abholung:  07:45 Uhr, Heerstraße 221, 28357 Bremen (Hinterhaus, Klingel "Pohl")
  Ziel:      Neurologische Gemeinschaftspraxis Dr. Hensel / Dr. Ohm, Schwachhauser Heerstr. 61
  Rückfahrt: ca. 11:30 Uhr, Praxis ruft an
  Fahrgast:  Herr Andrzej Pohl, mit Begleitperson (Dolmetscherin)

Abrechnung bitte über Rahmenvertrag Nr. 2023-17 an die Nordwall Allgemeine, Kostenstelle
4410, Bestellnummer BE-4410-2296.

Danke
Nadine Schipper
Leistung Unfall"""
    m = mail("Nadine Schipper <nadine.schipper@nordwall.example>", "Disposition <dispo@taxi-weserstadt.example>",
             "Fahrauftrag 27.05. Rollstuhl - BE-4410-2296", "2025-05-22 16:01", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier", \
        "transport order: named person in a wheelchair to a neurological practice for the insurer"


def m058():
    body = """Hello Tom,

Looking forward to seeing you and Priyanka next Tuesday. Proposed agenda for the service
review:

  1. Turnaround times new business (Fairbridge book, Q1: 6.2 working days)
  2. Claims service levels & escalation route
  3. Electronic broker post - switching to the BiPRO API
  4. Renewal season commercial property
  5. AOB

I have booked the room "Weser" on the 4th floor (10:00-12:30) and lunch at the staff
restaurant afterwards. Parking: please use the visitor spaces in the courtyard,
registration at reception.

Best wishes
Malte Brünjes
Broker Management Nord"""
    m = mail("Malte Brünjes <malte.bruenjes@nordwall.example>", "Tom Ashworth <tom.ashworth@fairbridge.example>",
             "Service review next Tuesday - agenda", "2025-05-29 13:45", body,
             cc="Priyanka Desai <priyanka.desai@fairbridge.example>")
    return m, "NORMAL", "en", "insurer-to-broker", "trap: broker service review meeting, no customer"


def m059():
    body = """Sehr geehrte Frau Ueckermann,

gerne bestätigen wir Ihnen den Termin zur Video-Schadenaufnahme:

   Mittwoch, 28.05.2025, 14:30 Uhr
   Link: https://video.nordwall.example/schaden/vs-4471-2280
   (Bitte mit dem Smartphone öffnen, keine App nötig.)

Unser Mitarbeiter führt Sie durch die Aufnahme: Zeigen Sie uns bitte die Küchenzeile, die
aufgequollene Arbeitsplatte und die Stelle am Eckventil, an der das Wasser ausgetreten ist.
Halten Sie außerdem die Rechnung des Installateurs bereit.

Hausratversicherung HR 50-1993421, Schaden-Nr. SH-2025-010455

Mit freundlichen Grüßen
Ihr Schadenservice Sach"""
    m = mail("Schadenservice Sach <schaden-sach@nordwall.example>", "Karin Ueckermann <k.ueckermann@t-mailer.example>",
             "Ihr Termin zur Video-Schadenaufnahme am 28.05.", "2025-05-23 09:37", body)
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", \
        "water damage: video claim inspection appointment, policy and claim no."


def m060():
    body = """Sehr geehrte Damen und Herren,

wir suchen zum 01.08.2025 in Vollzeit eine/n

   Medizinische/n Fachangestellte/n (m/w/d) für die Terminkoordination Begutachtung

Ihre Aufgaben: Koordination von Begutachtungs- und Untersuchungsterminen zwischen
Versicherten, Gutachterpraxen und Dolmetscherdiensten; Erinnerungen und Umbuchungen;
Anforderung von Befunden; Pflege des Gutachterverzeichnisses.

Ihr Profil: abgeschlossene Ausbildung als MFA, Erfahrung in Praxisorganisation, sicherer
Umgang mit medizinischer Terminologie, Freundlichkeit am Telefon.

Wir bieten: 38-Stunden-Woche, mobiles Arbeiten bis 60 %, Tarif privates
Versicherungsgewerbe, Jobrad, Kantine.

Bewerbung bis 15.06. über https://karriere.nordwall.example/stellen/2025-0412

Nordwall Versicherungsgruppe, Personalabteilung"""
    m = mail("Karriere Nordwall <karriere@nordwall.example>", "Jobportal Nord <anzeigen@jobportal-nord.example>",
             "Anzeigenauftrag: MFA Terminkoordination Begutachtung (2025-0412)", "2025-05-30 10:20", body)
    return m, "NORMAL", "de", "insurer-to-supplier", "trap: job ad for a medical assistant in appointment coordination"


def m061():
    body = """Hi Katrin,

wie gewünscht die Terminübersicht für die Begutachtungen KW 24 aus dem Gutachtenpool - bitte
prüfen, ob die Dolmetscher bei Pohl und Demir gebucht sind.

Grüße
Björn"""
    rows = [["Datum", "Uhrzeit", "Aktenzeichen", "Versicherte/r", "Fachrichtung", "Gutachter/in", "Dolmetscher", "Bemerkung"],
            ["10.06.2025", "08:30", "US-2025-00913", "Lindqvist, Sven", "Orthopädie", "Dr. Kaltwasser", "-", "Ersatztermin, Schulter li."],
            ["10.06.2025", "13:00", "US-2025-01022", "Demir, Gül", "Unfallchirurgie", "Dr. Kaltwasser", "Türkisch", "OSG li., Schiene"],
            ["11.06.2025", "09:00", "BU-L 2025/0447", "Hoffmeister, Claudia", "Psychiatrie", "Dr. Lohse (MedExpert)", "-", "Teil 2 Testpsychologie"],
            ["12.06.2025", "10:00", "US-2025-00877", "Pohl, Andrzej", "Neurologie", "Dr. Hensel", "Polnisch", "Rollstuhl, Taxi bestellt"],
            ["13.06.2025", "11:30", "BU-L 2025/0512", "Vogt, Hannes", "Kardiologie", "Prof. Dr. Seebeck", "-", "Belastungs-EKG"]]
    m = mail("Björn Tammen <bjoern.tammen@nordwall.example>", "Katrin Vollmer <katrin.vollmer@nordwall.example>",
             "Terminübersicht Begutachtungen KW 24", "2025-06-04 08:50", body,
             atts=[("Begutachtungen_KW24.xlsx", xlsx(rows, "KW24"), T_XLSX)])
    return m, "STRICTLY_CONFIDENTIAL", "de", "internal", \
        "attachment-only: XLSX list of named insureds with specialty and medical remarks"


def m062():
    body = """Moin,

kurze Frage: Der Kalender "Gutachtertermine Leistung Unfall" (freigegebenes Postfach
gutachtertermine-lu@) synchronisiert seit gestern Mittag nicht mehr auf die Diensthandys.
In Outlook am Rechner ist alles da, auf iOS fehlen alle Termine ab 03.06. Fehlermeldung:
"Kalender kann nicht aktualisiert werden (0x80072EE2)".

Betroffen sind mindestens vier Kolleginnen. Ticket-Prio bitte hoch, wir sind viel im
Außendienst.

Danke
Anke Thölken
Teamleitung Leistung Unfall, Tel. -3300"""
    m = mail("Anke Thölken <anke.thoelken@nordwall.example>", "IT-ServiceDesk <servicedesk@nordwall.example>",
             "Kalender Gutachtertermine synchronisiert nicht aufs Handy", "2025-06-04 09:15", body)
    return m, "NORMAL", "de", "internal", "trap: IT ticket about the expert-appointments calendar"


def m063():
    body = """Dear Ms Okonkwo,

Thank you for sending the ultrasound report. I have arranged your antenatal appointments
with Dr Lena Fischbach at Frauenarztpraxis am Wall, who speaks English:

  Tue 10 June, 08:40   routine check, week 24 (glucose tolerance test - please come fasting)
  Tue 8 July,  08:40   routine check, week 28
  Tue 22 July, 08:40   week 30 + anti-D prophylaxis (you are rhesus negative)

The practice will bill us directly. Your delivery at Klinikum Links der Weser (expected
date 29 September) is covered under the maternity benefit of your plan; please register
with the maternity ward by week 32.

Member no.: NGH-6610-2035

""" + SIG_GALLAGHER
    m = mail("Fiona Gallagher <fiona.gallagher@nordwall.example>", "Adaeze Okonkwo <adaeze.okonkwo@mailpoint.example>",
             "Your antenatal appointments", "2025-06-02 12:22", body)
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", \
        "pregnancy: antenatal appointments, rhesus negative, expected delivery date"


def m064():
    body = """Hallo Herr Janßen,

bitte übernehmen Sie die Besichtigung:

Auftrag Nr.:    SV-2025-1187
Schaden-Nr.:    KS-2025-041733 (Kasko, Hagelschaden 18.05.2025)
Fahrzeug:       Audi A3 Sportback 35 TFSI, HB-CH 1970, FIN WAUZZZ8Y1NA014672
Halterin / VN:  Claudia Hoffmeister, Parkallee 131, 28209 Bremen, Tel. 0162 8830512
Besichtigung:   Montag, 26.05.2025, 10:00 Uhr, Autohaus Bremer Kreuz, Fehrfeld 44
Umfang:         Hagel-Dellen Dach/Motorhaube, Kalkulation Smart Repair vs. Lackierung,
                Wertminderung nicht erforderlich (Fahrzeug älter als 3 Jahre)

Gutachten bitte bis 02.06. über das SV-Portal.

Gruß
Marco Petersen"""
    m = mail("Marco Petersen <marco.petersen@nordwall.example>", "Ole Janßen <o.janssen@sv-lueders.example>",
             "SV-Auftrag SV-2025-1187 - Besichtigung Mo 26.05. 10:00", "2025-05-22 12:10", body)
    return m, "CONFIDENTIAL", "de", "insurer-to-assessor", \
        "assessor assignment: policyholder name, address, plate, VIN, hail claim"



def m065():
    body = """Dear colleagues,

Please join us for a Lunch & Learn:

   "ICD-10 chapter F for non-clinicians - reading psychiatric reports in claims"
   Thursday, 19 June, 12:15-13:00, room Weser + Teams

Speaker: Dr. Miriam Stade, company medical officer. We will look at how depression, anxiety
and adjustment disorders are coded (F32/F33, F41, F43), what "remission" means in a report
and which questions to ask an assessor. All examples are invented.

Sandwiches provided - please register by 16 June so we can order enough.

Nordwall Academy"""
    m = mail("Nordwall Akademie <akademie@nordwall.example>", "Claims Global Health <gh-team@nordwall.example>",
             "Lunch & Learn: ICD-10 chapter F for non-clinicians (19 June)", "2025-06-03 11:00", body)
    return m, "NORMAL", "en", "internal", "trap: training on psychiatric ICD-10 codes with invented examples"


def m066():
    body = """Sehr geehrte Frau Ueckermann,

im Anhang erhalten Sie die Bestätigung Ihres Beratungstermins sowie das SEPA-Lastschriftmandat
für die neue Hausratversicherung zur Unterschrift. Bitte bringen Sie es zum Termin am
Dienstag, 03.06.2025, 16:00 Uhr, im Kundencenter Vegesack mit.

Mit freundlichen Grüßen
Sina Rademacher
Kundencenter Vegesack"""
    mandate = pdf(["#SEPA-Lastschriftmandat",
                   "Gläubiger: Nordwall Allgemeine Versicherung AG, Am Wall 120, 28195 Bremen",
                   "Gläubiger-Identifikationsnummer: DE71ZZZ00000418372",
                   "Mandatsreferenz: HR50-2240017-01",
                   "",
                   "Kontoinhaberin: Karin Ueckermann",
                   "Anschrift: Vegesacker Str. 88, 28219 Bremen",
                   "Geburtsdatum: 22.04.1957",
                   "IBAN: DE45 2105 0000 0063 3109 47",
                   "BIC: NOLADE21KIE",
                   "Vertrag: Hausratversicherung HR 50-2240017, Beginn 01.07.2025",
                   "Beitrag: 14,80 EUR monatlich",
                   "",
                   "Ich ermächtige die Nordwall Allgemeine Versicherung AG, Zahlungen von meinem",
                   "Konto mittels Lastschrift einzuziehen.",
                   "",
                   "Ort, Datum ____________________   Unterschrift ____________________"],
                  title="SEPA-Mandat HR50-2240017")
    m = mail("Sina Rademacher <sina.rademacher@nordwall.example>", "Karin Ueckermann <k.ueckermann@t-mailer.example>",
             "Ihr Termin am 03.06. - Unterlagen", "2025-05-30 11:45", body,
             atts=[("SEPA-Mandat_HR50-2240017.pdf", mandate, T_PDF)])
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", \
        "new household contract; PDF SEPA mandate adds IBAN and birth date"


def m067():
    body = """Sehr geehrte Frau Hoffmeister,

wir möchten Sie an Ihren Begutachtungstermin erinnern:

   Mittwoch, 04.06.2025, 9:00 Uhr
   MedExpert Begutachtungsinstitut, Falkenstr. 12, 30449 Hannover

Die Bahnfahrkarte (Bremen Hbf - Hannover Hbf, 2. Kl., Hinfahrt 06:51 Uhr) liegt als PDF bei.

Mit freundlichen Grüßen
Ihre Nordwall Lebensversicherung AG
Vorgang BU-L 2025/0447"""
    m = mail("BU-Leistung Terminservice <bu-termine@nordwall.example>",
             "Claudia Hoffmeister <c.hoffmeister@fastmail-de.example>",
             "Erinnerung: Ihr Termin am 04.06.2025", "2025-06-02 07:00", body,
             atts=[("Fahrkarte_BU-L_2025_0447.pdf",
                    pdf(["#Online-Ticket (Muster der Nordwall-Reisestelle)",
                         "Reisende: Claudia Hoffmeister",
                         "Hinfahrt 04.06.2025 Bremen Hbf 06:51 - Hannover Hbf 07:49, ICE 1093",
                         "Rückfahrt 04.06.2025 flexibel, Flexpreis 2. Klasse",
                         "Rechnungsempfänger: Nordwall Lebensversicherung AG, Kst. 5120"], title="Ticket"),
                    T_PDF)])
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", \
        "reminder of an assessment in a disability (life) claim, no diagnosis in the mail"


def m068():
    body = """Hi Lucía,

Re your question on the phone: the meeting room for the Atlantic Re claims audit is
booked.

  Wed 18 June - Fri 20 June, 09:00-17:00, room "Wümme" (4th floor, 10 seats)
  Access: visitor badges at reception, please send names of the two auditors by 13 June
  Wi-Fi: guest network "NW-Gast", daily voucher at reception

The files for the sample will be provided on two locked laptops in the room (pseudonymised
claim extracts, as agreed in the audit letter). No copies or photos please.

Best
Petra Jablonski
Office of the Board / Reinsurance"""
    m = mail("Petra Jablonski <petra.jablonski@nordwall.example>", "Lucía Fernández <lucia.fernandez@atlantic-re.example>",
             "Claims audit 18-20 June - room and access", "2025-06-05 10:33", body)
    return m, "NORMAL", "en", "insurer-to-partner", "trap: room booking for reinsurer audit, pseudonymised files"


def m069():
    body = """Hallo Dennis,

wie am Telefon: Termin für die Schadenbesprechung mit dem Fuhrparkleiter von
Weserland Logistik ist am Donnerstag, 12.06., 10:00 Uhr, bei denen in Achim
(Uesener Feldstr. 2). Herr Ralf Drewes (Fuhrparkleitung, 0171 6620041) bringt die
Unfallberichte seiner Fahrer mit.

Themen:
- Schadenquote Flotte 2024: 87 % (58 Schäden bei 140 Fahrzeugen)
- Rangierschäden am Lager, Vorschlag Fahrertraining
- Selbstbehalt-Erhöhung auf 1.000 EUR zur Sanierung
- Einzelfall KF-2025-00312 (Sattelzug HB-WL 4410 gegen Tor Spedition Hinrichs)

Flottenvertrag KF 70-0002281.

Gruß
Malte"""
    m = mail("Malte Brünjes <malte.bruenjes@nordwall.example>", "Dennis Franke <dennis.franke@nordwall.example>",
             "Termin Weserland Logistik 12.06. - Flottensanierung", "2025-06-04 13:20", body)
    return m, "CONFIDENTIAL", "de", "internal", \
        "fleet customer meeting: company contract with named contact, claim and plate"


def m070():
    body = """Sehr geehrte Damen und Herren,

hiermit sagen wir den für Frau Gül Demir am 10.06.2025, 13:00 Uhr, vereinbarten
Untersuchungstermin (Ihr Az. G-25-0419, unser Schaden US-2025-01022) ab.

Frau Demir wurde am 02.06. erneut am linken Sprunggelenk operiert (Revision mit
Arthrodese) und befindet sich voraussichtlich bis 20.06. in stationärer Behandlung. Die
Begutachtung ist frühestens sechs Monate nach der Operation sinnvoll; wir melden uns
rechtzeitig wegen eines neuen Termins. Das Ausfallhonorar entfällt, da die Absage mehr als
48 Stunden vorher erfolgt.

Bitte auch die bestellte Dolmetscherin (Türkisch) informieren.

""" + SIG_OHLSEN
    m = mail("Jens Ohlsen <jens.ohlsen@nordwall.example>", "Praxis Dr. Kaltwasser <praxis@praxis-kaltwasser.example>",
             "Absage Untersuchung 10.06.2025 13:00 - Demir", "2025-06-04 15:30", body,
             cc="Katrin Vollmer <katrin.vollmer@nordwall.example>")
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor", \
        "cancellation of exam because named insured had ankle revision surgery, inpatient"


def m071():
    body = """Dear all,

We have received several reports that Teams links in older meeting invitations no longer
work ("This meeting has ended" / "Link expired"). Cause: meetings created before the tenant
migration on 24 May still point to the old conference bridge.

Workaround: organiser opens the series, clicks "Teams meeting" > "Remove" and re-adds a new
Teams meeting, then sends the update. Recurring series (jour fixes, weekly syncs) are
affected most.

External participants (doctors, assessors, brokers) will receive the update automatically.

Incident INC-2025-004812 - status: workaround available, permanent fix by 13 June.

IT Service Desk"""
    m = mail("IT-ServiceDesk <servicedesk@nordwall.example>", "All staff <alle@nordwall.example>",
             "Known issue: Teams links in older invitations expired (INC-2025-004812)", "2025-06-02 09:10", body)
    return m, "NORMAL", "en", "internal", "trap: IT incident about meeting links"


def m072():
    body = """Hi Heiko,

kurze Abstimmung zum Termin mit der Reederei: Captain Voss can only do the survey of the
containers on Friday 13 June at 07:30, Neustädter Hafen, Terminal 2, row F.

Policyholder: Hanse Kaffee Import GmbH, contact Ms Ingrid Tönjes (Logistics Manager,
+49 421 69933-12). 2 x 40' HC reefer, B/L MSKU 7731920, cargo: green coffee, 38.4 t,
condensation damage suspected. Open cargo policy TR 40-0008871, claim TS-2025-00144.

Ich hab den Termin schon im Teamkalender eingetragen, Einladung an Frau Tönjes geht von
Dir raus?

Danke
Jana"""
    m = mail("Jana Witt <jana.witt@nordwall.example>", "Heiko Meyerdierks <heiko.meyerdierks@nordwall.example>",
             "Survey Hanse Kaffee Fr 13.06.", "2025-06-06 14:01", body)
    return m, "CONFIDENTIAL", "mixed", "internal", \
        "cargo claim survey: company policyholder with named contact, policy and claim no."


def m073():
    body = """Sehr geehrter Herr Vogt,

für die Prüfung Ihres Antrags auf Leistungen aus der Berufsunfähigkeits-Zusatzversicherung
benötigen wir eine kardiologische Untersuchung. Bitte stellen Sie sich vor bei:

  Prof. Dr. med. Jan Seebeck, Kardiologische Praxis am Stern, Hollerallee 2, 28209 Bremen
  Freitag, 13.06.2025, 11:30 Uhr

Geplant sind ein Belastungs-EKG, eine Echokardiographie und ein Langzeit-EKG (das Gerät
erhalten Sie vor Ort, Rückgabe am Folgetag). Bitte nehmen Sie Ihre Medikamente wie gewohnt
ein, den Betablocker bitte nach Rücksprache mit Ihrem Hausarzt 48 Stunden vorher absetzen,
sofern medizinisch vertretbar. Bringen Sie den Entlassungsbericht der Klinik nach dem
Herzinfarkt im Februar mit.

Versicherungsschein-Nr. LV 60-2871105, Vorgang BU-L 2025/0512

Mit freundlichen Grüßen
Timo Brandes
BU-Leistungsprüfung"""
    m = mail("Timo Brandes <timo.brandes@nordwall.example>", "Hannes Vogt <hannes.vogt@mailbox-nord.example>",
             "Untersuchungstermin 13.06.2025 - BU-L 2025/0512", "2025-06-02 10:05", body,
             flowed=True, cte="8bit")
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", \
        "disability claim: cardiology exam after heart attack, beta blocker"


def m074():
    body = """Liebe Kolleginnen und Kollegen,

für die Umstellung auf das neue Terminportal testen wir ab Montag die SMS-Erinnerungen. Hier
die freigegebenen Texte (max. 160 Zeichen, keine Diagnosen, keine Fachrichtung!):

T1 (72 h vorher):
"Nordwall: Erinnerung an Ihren Termin am {DATUM} um {UHRZEIT}, {ORT}. Fragen? 0421 5592-3300"

T2 (24 h vorher):
"Nordwall: Ihr Termin ist morgen, {UHRZEIT}. Bitte Ausweis und Unterlagen mitbringen."

T3 (Umbuchung):
"Nordwall: Ihr Termin wurde auf {DATUM}, {UHRZEIT} verlegt. Details per Post/Portal."

T4 (Absage):
"Nordwall: Ihr Termin am {DATUM} entfällt. Wir melden uns wegen eines neuen Termins."

Testdatensatz im Portal: "Erika Musterfrau (Testperson), 0151 00000000".

Gruß
Projekt Terminportal"""
    m = mail("Projekt Terminportal <terminportal-projekt@nordwall.example>", "Leistung Personenversicherung <leistung-pv@nordwall.example>",
             "Freigegebene SMS-Texte Terminerinnerung", "2025-06-05 08:40", body)
    return m, "NORMAL", "de", "internal", "trap: SMS reminder templates with placeholders and a test person"


def m075():
    body = """Hi Björn,

please find attached the invoice for the interview of Mr Gareth Hartley on 27 May
(cancellation claim RS-2025-003416, video call, 45 min) and the document review.

As a freelance claims interpreter I am not VAT-registered (Kleinunternehmer § 19 UStG).
Please transfer the amount to:

   Account holder: Moira Quinlan
   IBAN: DE25 7002 0270 0015 2274 30
   Tax no.: 60/214/33871

Thanks and best regards
Moira Quinlan
Freelance interpreter EN/DE"""
    m = mail("Björn Tammen <bjoern.tammen@nordwall.example>", "Kreditorenbuchhaltung <kreditoren@nordwall.example>",
             "FW: Invoice 2025-031 interpreting Hartley / RS-2025-003416", "2025-06-03 11:18",
             "Bitte zahlen, sachlich richtig. Kst. 6140.\nBjörn\n\n-------- Forwarded message --------\n"
             "From: Moira Quinlan <moira.quinlan@quinlan-translations.example>\nDate: 02.06.2025 18:40\n\n" + body,
             atts=[("Invoice_2025-031.pdf",
                    pdf(["#Moira Quinlan - Interpreting & Translation EN/DE",
                         "Invoice no. 2025-031, date 02.06.2025",
                         "To: Nordwall Allgemeine Versicherung AG, Travel Claims",
                         "Your ref: RS-2025-003416 (Hartley)",
                         "Video interview 27.05.2025, 45 min ............ EUR 85.00",
                         "Document review, 1 h .......................... EUR 75.00",
                         "Total (no VAT, § 19 UStG) ..................... EUR 160.00",
                         "IBAN DE25 7002 0270 0015 2274 30, Tax no. 60/214/33871"], title="Invoice 2025-031"),
                    T_PDF)])
    return m, "CONFIDENTIAL", "en", "internal", \
        "freelance interpreter's bank data and tax no., named travel claimant"


def m076():
    body = """Sehr geehrter Herr Hasselbring,

Sie waren in den letzten zwölf Monaten länger als sechs Wochen arbeitsunfähig. Nach § 167
Abs. 2 SGB IX bieten wir Ihnen deshalb ein Betriebliches Eingliederungsmanagement (BEM) an.
Die Teilnahme ist freiwillig; ohne Ihre Zustimmung findet kein BEM-Gespräch statt.

Wenn Sie das Angebot annehmen möchten, schlagen wir ein erstes Gespräch vor:

   Dienstag, 17.06.2025, 14:00 Uhr, Raum HB-B 1.07 (neutraler Raum, nicht in Ihrer Abteilung)

Teilnehmende: Annika Moll (BEM-Beauftragte, Personal), auf Ihren Wunsch zusätzlich ein
Mitglied des Betriebsrats und/oder die Schwerbehindertenvertretung. Der Betriebsarzt
Dr. Albers kann hinzugezogen werden, wenn Sie das möchten.

Informationen über Diagnosen müssen Sie nicht geben. Alle Angaben werden in einer
gesonderten BEM-Akte geführt, nicht in der Personalakte.

Bitte geben Sie mir bis 10.06. Bescheid, ob Sie teilnehmen möchten.

Mit freundlichen Grüßen
Annika Moll
Personal / BEM-Beauftragte"""
    m = mail("Annika Moll <annika.moll@nordwall.example>", "Tim Hasselbring <tim.hasselbring@nordwall.example>",
             "Angebot Betriebliches Eingliederungsmanagement - Gesprächstermin", "2025-06-02 13:00", body,
             extra=[("Sensitivity", "Private")])
    return m, "STRICTLY_CONFIDENTIAL", "de", "internal", \
        "BEM invitation reveals named employee's >6 weeks of sickness absence"


def m077():
    body = """Hi Tom,

Thanks for forwarding. Could you ask your client to confirm one of these slots for the
call with our underwriter about the renewal of her buildings cover:

  Mon 16 June 14:00 | Tue 17 June 10:00 | Wed 18 June 16:00 (CEST)

For the renewal quote we still need:
- the client's date of birth (we have 14/03/1962 on file for Mrs Harrow - please confirm)
- the rebuild value after the 2024 extension
- whether the holiday let at Strandweg 7, 26571 Juist is still let out more than 90 days a
  year

Current policy WG 31-0059904 (Mrs Penelope Harrow), expiry 1 August.

Best wishes
Malte Brünjes"""
    m = mail("Malte Brünjes <malte.bruenjes@nordwall.example>", "Tom Ashworth <tom.ashworth@fairbridge.example>",
             "RE: Harrow - renewal call slots", "2025-06-06 09:25", body)
    return m, "CONFIDENTIAL", "en", "insurer-to-broker", \
        "broker call about named client's buildings renewal, date of birth and address"


def m078():
    body = """Hallo zusammen,

hier die Liste für die Grippeschutzimpfung - Nachholtermin beim Betriebsarzt am 16.10.
(für alle, die am Gesundheitstag nicht konnten). Bitte NICHT weiterleiten.

  09:00  Gerrit Ahlers
  09:10  Serap Yıldız        (Hühnereiweißallergie - Dr. Albers informiert)
  09:20  Melanie Kuhlmann
  09:30  Frank Oltmanns      (unter Marcumar - bitte feinere Nadel, Nachbeobachtung 30 min)
  09:40  Jana Witt
  09:50  Tim Hasselbring

Raum: Betriebsärztlicher Dienst, HB-B EG.11. Impfpass mitbringen.

Gruß
BGM-Team"""
    m = mail("BGM-Team <bgm@nordwall.example>", "Dr. Henning Albers <h.albers@arbeitsmedizin-weser.example>",
             "Impfliste 16.10.", "2025-09-30 15:10", body,
             cc="Annika Moll <annika.moll@nordwall.example>")
    return m, "STRICTLY_CONFIDENTIAL", "de", "internal", \
        "vaccination slot list with named employees, egg allergy and anticoagulant"


def m079():
    body = """Liebe Kolleginnen und Kollegen,

unsere Betriebsärztliche Sprechstunde findet ab Juli nicht mehr donnerstags, sondern
dienstags von 8:00 bis 12:00 Uhr statt (HB-B EG.11). Termine für die arbeitsmedizinische
Vorsorge (Bildschirmarbeit, G37; Nachtarbeit) vereinbaren Sie bitte direkt mit der Praxis
Arbeitsmedizin an der Weser unter 0421 3370-410 oder über das Intranet.

Was Sie in der Sprechstunde besprechen, unterliegt der ärztlichen Schweigepflicht. Der
Arbeitgeber erhält nur die Vorsorgebescheinigung (Datum der Vorsorge und nächster
Termin), keine Befunde.

Personal / Arbeitssicherheit"""
    m = mail("Personal <personal@nordwall.example>", "Alle Bremen <alle-bremen@nordwall.example>",
             "Betriebsärztliche Sprechstunde ab Juli dienstags", "2025-06-10 10:00", body)
    return m, "NORMAL", "de", "internal", "trap: occupational physician's consultation hours changed"


def m080():
    quoted_customer = """Hi Fiona,
sorry to be a pain again. My dialysis schedule has changed from Mon/Wed/Fri mornings to
Tue/Thu/Sat 7-11am at the KfH centre in Walle, so the appointment with the transplant
clinic on Tuesday 17th won't work. Could you ask them for a Monday or Wednesday? Also the
nephrologist says my potassium was high again, so they want bloods done before the
transplant work-up, not after.
Thanks, James"""
    body = """Dear James,

No problem at all - I have asked the clinic and they offered Wednesday, 18 June, 13:00. I
have confirmed it; the written confirmation will follow from the clinic.

Best regards
Fiona

""" + SIG_GALLAGHER + """

-----Original Message-----
From: James Harrow <james.harrow@harrow-mail.example>
Sent: Friday, 6 June 2025 20:14
To: Fiona Gallagher <fiona.gallagher@nordwall.example>
Subject: Appointment 17th

""" + quote(quoted_customer)
    m = mail("Fiona Gallagher <fiona.gallagher@nordwall.example>", "James Harrow <james.harrow@harrow-mail.example>",
             "RE: Appointment 17th", "2025-06-10 09:02", body)
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", \
        "harmless reply; quoted customer mail reveals dialysis and transplant work-up"


def m081():
    body = """Moin Kollegen,

für den Kurs "BEM-Gespräche sicher führen" für Führungskräfte haben wir noch 4 freie Plätze:

  Mittwoch, 02.07.2025, 9:00-16:00 Uhr, Seminarhotel Munte am Stadtwald
  Trainerin: Dr. Ines Rasch (Arbeitspsychologin)

Inhalte: rechtlicher Rahmen § 167 SGB IX, Datenschutz in der BEM-Akte, Gesprächsführung,
Rollenspiele mit fiktiven Fällen, Zusammenarbeit mit Betriebsarzt und Integrationsamt.

Anmeldung über das Lernportal (LP-2025-131). Für neue Führungskräfte Pflicht im ersten Jahr.

Nordwall Akademie"""
    m = mail("Nordwall Akademie <akademie@nordwall.example>", "Führungskräfte <fuehrungskraefte@nordwall.example>",
             "Noch Plätze frei: BEM-Gespräche sicher führen (02.07.)", "2025-06-11 08:30", body)
    return m, "NORMAL", "de", "internal", "trap: BEM training for managers, fictitious cases"


def m082():
    body = """Dear Ms Tönjes,

Thank you for your time on the phone. As agreed, we will hold the meeting on the claim
with your CFO and our claims lawyer on

  Tuesday, 24 June 2025, 10:00-11:30, at your offices, Am Speicher XI 8, Bremen

Attendees (your side): Ms Ingrid Tönjes, Mr Volker Hinrichsen (CFO)
Attendees (our side): Heiko Meyerdierks, Dr. Nele Wichmann (Legal)

Topics: cargo claim TS-2025-00144 (condensation damage, 2 x 40' reefer, green coffee);
surveyor's preliminary report; quantum (invoice value USD 176,480 + 10 %); recourse
against the carrier.

Best regards
Heiko Meyerdierks"""
    m = mail("Heiko Meyerdierks <heiko.meyerdierks@nordwall.example>", "Ingrid Tönjes <i.toenjes@hanse-kaffee.example>",
             "Meeting 24 June - cargo claim TS-2025-00144", "2025-06-16 11:12", body)
    return m, "CONFIDENTIAL", "en", "insurer-to-company", \
        "cargo claim meeting with company contacts named, claim details"


def m083():
    body = """Sehr geehrte Frau Jacobsen,

zur Unterschrift der Änderung des Bezugsrechts in Ihrer Lebensversicherung haben wir den
Termin in unserem Kundencenter wie folgt vereinbart:

   Donnerstag, 19.06.2025, 11:00 Uhr, Kundencenter Bremen-Mitte, Obernstraße 2-12

Künftig soll das widerrufliche Bezugsrecht im Todesfall zu gleichen Teilen an Ihre Kinder
Lars Jacobsen und Wiebke Jacobsen-Tietz gehen statt an Ihren geschiedenen Ehemann. Bitte
bringen Sie Ihren Personalausweis und den Versicherungsschein mit.

Kapitallebensversicherung Nr. LV 10-0448172

Mit freundlichen Grüßen
Jannik Rohlfs"""
    m = mail("Jannik Rohlfs <jannik.rohlfs@nordwall.example>", "Marlene Jacobsen <marlene.jacobsen@t-mailer.example>",
             "Termin zur Änderung des Bezugsrechts am 19.06.", "2025-06-12 15:02", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", \
        "life insurance beneficiary change appointment (personal line), no medical word"


def m084():
    body = """Hi both,

Quick note on the expat medical evacuation for Mr Kessler. Die Repatriierung ist bestätigt:

  Flight: air ambulance (Learjet 45, Aero-Med Rescue), Faro -> Bremen
  Date:   Thursday, 12 June, departure Faro 09:30 local, ETA Bremen 14:10
  Patient: Rolf Kessler, 67, status after hip fracture right (operated in Faro 05/06),
           stable, bed-bound, catheter
  Receiving: Klinikum Bremen-Mitte, Unfallchirurgie, Station 7, Dr. Arnold Husmann
  Ambulance Bremen airport -> hospital: booked with ASB, 14:30

Travel health policy RK 90-1120553 (Auslandsreisekranken), case RKS-2025-01877. Die Ehefrau
fliegt linienmäßig am Freitag zurück, Ticket bezahlt der Kunde selbst.

Carlos"""
    m = mail("Carlos Ibáñez <carlos.ibanez@nordwall.example>",
             "Rahul Mehta <rahul.mehta@nordwall.example>, Sabine Wendt <sabine.wendt@nordwall.example>",
             "Repatriation Kessler - Thursday", "2025-06-10 18:22", body)
    return m, "STRICTLY_CONFIDENTIAL", "mixed", "internal", \
        "repatriation flight for named patient after hip fracture, travel health policy"


def m085():
    body = """Sehr geehrte Damen und Herren,

im Rahmen unseres Schadenverhütungsprogramms für gewerbliche Flotten bieten wir im Juli
wieder Fahrsicherheitstrainings für Lkw- und Transporterfahrer an:

  Termin 1: Samstag, 05.07.2025, 8:00-16:00 Uhr (max. 12 Fahrer)
  Termin 2: Samstag, 19.07.2025, 8:00-16:00 Uhr (max. 12 Fahrer)
  Ort:      Fahrsicherheitszentrum Weser-Ems, Am Flugplatz 3, Ganderkesee

Inhalte: Bremsen und Ausweichen mit Beladung, Rangieren und Rückwärtsfahren am Lager,
toter Winkel, Ladungssicherung. Die Teilnahmegebühr von 189 EUR je Fahrer übernehmen wir
zu 50 %. Anmeldung bitte mit Firmenname und Anzahl der Fahrer bis 20.06. an
schadenverhuetung@nordwall.example; Namen der Fahrer benötigen wir erst am Schulungstag.

Die Kalendertermine zum Weiterleiten an Ihre Disposition finden Sie im Anhang.

Mit freundlichen Grüßen
Dennis Franke
Firmenkunden Kfz / Schadenverhütung
Nordwall Allgemeine Versicherung AG"""
    cal = ics("Fahrsicherheitstraining Lkw", "20250705T080000", "20250705T160000",
              uid="nw-kf-schulung-1@nordwall.example",
              organizer=("Dennis Franke", "dennis.franke@nordwall.example"),
              events=[dict(summary="Fahrsicherheitstraining Lkw - Termin 1", start="20250705T080000",
                           end="20250705T160000", uid="nw-kf-schulung-1@nordwall.example",
                           location="Fahrsicherheitszentrum Weser-Ems, Am Flugplatz 3, Ganderkesee"),
                      dict(summary="Fahrsicherheitstraining Lkw - Termin 2", start="20250719T080000",
                           end="20250719T160000", uid="nw-kf-schulung-2@nordwall.example",
                           location="Fahrsicherheitszentrum Weser-Ems, Am Flugplatz 3, Ganderkesee")],
              method="PUBLISH")
    m = mail("Dennis Franke <dennis.franke@nordwall.example>", "Flottenkunden Nord <flottenkunden-nord@lists.nordwall.example>",
             "Fahrsicherheitstraining Juli - Termine", "2025-06-12 10:44", body,
             atts=[("Fahrsicherheitstraining.ics", cal.encode("utf-8"), T_ICS)])
    return m, "NORMAL", "de", "insurer-to-company", \
        "trap: driver safety training offer to a mailing list of fleet customers, no company or person named"


def m086():
    body = """Sehr geehrte Damen und Herren,

hiermit übersende ich Ihnen die Terminbestätigung der Praxis für unseren Mandanten, Herrn
Sven Lindqvist. Unser Mandant wird den Termin am 10.06.2025 wahrnehmen. Wir bitten jedoch
darum, dass die Untersuchung auf die Schulter beschränkt bleibt; eine Befragung zu
Vorerkrankungen der Wirbelsäule ist nicht Gegenstand des Gutachtenauftrags.

Ferner bitten wir um Übersendung einer Kopie des Gutachtens direkt an uns.

Mit freundlichen Grüßen
Dr. Felix Brenner
Rechtsanwalt, Fachanwalt für Versicherungsrecht
Kanzlei Brenner Rechtsanwälte, Sögestraße 17, 28195 Bremen"""
    m = mail("Jens Ohlsen <jens.ohlsen@nordwall.example>", "Dr. Miriam Stade <miriam.stade@nordwall.example>",
             "WG: Ihr Az. US-2025-00913 - Lindqvist ./. Nordwall - Untersuchungstermin",
             "2025-06-05 09:30",
             "Miriam, zur Info - der Anwalt will den Gutachtenumfang einschränken. Kannst Du "
             "dazu was sagen? LWS-Vorschaden ist ja dokumentiert (Bandscheibe 2019).\nJens\n\n"
             "---------- Weitergeleitete Nachricht ----------\n"
             "Von: Dr. Felix Brenner <f.brenner@kanzlei-brenner.example>\nDatum: 04.06.2025 17:02\n"
             "Betreff: Ihr Az. US-2025-00913 - Lindqvist ./. Nordwall - Untersuchungstermin\n\n" + body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "lawyer", \
        "forwarded lawyer letter on named client's exam, internal note about prior disc disease"


def m087():
    body = """Sehr geehrte Damen und Herren,

wir freuen uns, Ihnen mitteilen zu können, dass ab dem 1. Juli 2025 alle Versicherten der
Nordwall Krankenversicherung die Video-Sprechstunde "Nordwall Doc" nutzen können.

- Allgemeinmedizinische Beratung rund um die Uhr, auch am Wochenende
- Terminbuchung in der App oder unter https://doc.nordwall.example
- Ausstellung von Privatrezepten und Arbeitsunfähigkeitsbescheinigungen, wo ärztlich
  vertretbar
- Keine Zuzahlung, keine Anrechnung auf die Beitragsrückerstattung

Die Gespräche werden Ende-zu-Ende-verschlüsselt übertragen und nicht aufgezeichnet.

Ihre Nordwall Krankenversicherung

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden:
https://www.nordwall.example/newsletter/abmelden"""
    m = mail("Nordwall Newsletter <newsletter@nordwall.example>", "newsletter-kv@lists.nordwall.example",
             "Neu: Video-Sprechstunde für alle Versicherten", "2025-06-16 07:00", body,
             html="""<html><body style="font-family:Arial"><h1>Neu: Video-Sprechstunde &bdquo;Nordwall Doc&ldquo;</h1>
<p>Ab dem 1. Juli 2025 k&ouml;nnen alle Versicherten der Nordwall Krankenversicherung die
Video-Sprechstunde nutzen.</p><ul><li>Allgemeinmedizinische Beratung rund um die Uhr</li>
<li>Terminbuchung in der App oder unter <a href="https://doc.nordwall.example">doc.nordwall.example</a></li>
<li>Privatrezepte und AU-Bescheinigungen, wo &auml;rztlich vertretbar</li><li>Keine Zuzahlung</li></ul>
<p style="font-size:9pt">Abmelden: <a href="https://www.nordwall.example/newsletter/abmelden">hier</a></p></body></html>""")
    return m, "NORMAL", "de", "newsletter", "trap: newsletter announcing video consultations"


def m088():
    body = """Dear Mr Whitfield,

Your car has been inspected today by our surveyor. The repair costs are estimated at
EUR 6,912.40 net; the repair has been approved. Autohaus Nordstern will contact you about
a date for the repair; a courtesy car is included under your comprehensive cover.

Your claim: KS-2025-041590 | BMW 320d Touring, HB-TW 818
Policy: KF 11-7730219

If you would like the English summary of the report, we can send it by post or via our
secure portal.

Kind regards
Sophie Lamprecht
Motor Claims, Nordwall Allgemeine Versicherung AG"""
    m = mail("Sophie Lamprecht <sophie.lamprecht@nordwall.example>", "Thomas Whitfield <t.whitfield@whitfield-consult.example>",
             "Your motor claim KS-2025-041590 - survey done", "2025-05-21 17:40", body)
    return m, "CONFIDENTIAL", "en", "insurer-to-customer", "motor claim result after survey, plate and policy"


def m089():
    body = """Hallo Frau Brinkmann,

zur Info: Wir haben die Termine für die stufenweise Wiedereingliederung von Herrn Behrendt
mit seinem Arbeitgeber abgestimmt. Bitte in Ihre Planung übernehmen:

  ab 07.07.2025  2 Wochen à 3 Std./Tag (8-11 Uhr), nur Innendienst
  ab 21.07.2025  2 Wochen à 4 Std./Tag
  ab 04.08.2025  3 Wochen à 6 Std./Tag
  ab 25.08.2025  volle Arbeitszeit, sofern neuropsychologischer Verlauf stabil

Kein Führen von Dienstfahrzeugen bis zur verkehrsmedizinischen Begutachtung (Termin
02.09.2025, TÜV Nord Begutachtungsstelle für Fahreignung). Ansprechpartner beim
Arbeitgeber: Herr Kai Wessels, Personalleitung Lilienthaler Stahlbau.

Mit freundlichen Grüßen
Katrin Vollmer"""
    m = mail("Katrin Vollmer <katrin.vollmer@nordwall.example>", "Ute Brinkmann <u.brinkmann@rehalotse.example>",
             "Wiedereingliederung Behrendt - Stufenplan", "2025-06-18 14:20", body,
             charset="windows-1252", cte="quoted-printable")
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier", \
        "graded return-to-work plan and driving-fitness assessment of named insured"


def m090():
    body = """Hi all,

booking confirmation for the Medical Advisory Board, Q3 - Raum ist gebucht:

  Date:  Thursday, 25 September 2025, 13:00-17:00
  Room:  HB-A 4.10 "Weser" (hybrid), catering for 14
  Chair: Dr. Miriam Stade

Agenda will follow. Bitte wie immer nur anonymisierte Fälle in die Unterlagen (Alter,
Geschlecht, Tarif - keine Namen, keine Versicherungsnummern). Pre-reads bis 18.09. in den
MAB-Teamraum.

Petra"""
    m = mail("Petra Jablonski <petra.jablonski@nordwall.example>", "Medical Advisory Board <mab@nordwall.example>",
             "MAB Q3 - 25.09. - room booked", "2025-06-19 12:15", body)
    return m, "NORMAL", "mixed", "internal", "trap: room booking for the medical advisory board, anonymised cases only"


def m091():
    body = """Hallo Herr Petersen,

meine Tochter Emily (16) hat am Freitag ihre Zulassung fürs begleitete Fahren ab 17, wir
wollen den Polo auf mich angemeldet lassen und Emily als Fahrerin eintragen. Der Termin bei
der Zulassungsstelle ist Mittwoch 8:40 - brauche ich dafür eine neue eVB oder reicht die
alte? Kennzeichen HB-JF 377, Vertrag KF 11-6620478.

Gruß
Jan Fricke"""
    reply = """Hallo Herr Fricke,

für das Eintragen eines weiteren Fahrers brauchen Sie keine neue eVB, die Zulassung bleibt
ja unverändert. Ich habe Emily Fricke (geb. 02.12.2008) als Fahrerin ab 17 (BF17) zum
06.06.2025 in den Vertrag aufgenommen; der Beitrag erhöht sich um 11,40 EUR monatlich. Sie
erhalten einen Nachtrag per Post.

Zum Termin bei der Zulassungsstelle müssen Sie also gar nicht.

""" + SIG_PETERSEN + "\n\n" + quote(body)
    m = mail("Marco Petersen <marco.petersen@nordwall.example>", "Jan Fricke <jan.fricke@familie-fricke.example>",
             "AW: Termin Zulassungsstelle / BF17", "2025-06-04 16:12", reply)
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", \
        "motor contract: daughter's birth date added as driver, plate and contract"


def m092():
    body = """Hello,

Please find below the anonymised turnaround figures for independent medical examinations
in the ceded Group Income Protection portfolio, as requested for the treaty meeting on
3 July:

  Quarter   IMEs booked  median days referral->exam  no-show rate  reports < 10 days
  Q3/2024        41               17                     7 %            78 %
  Q4/2024        38               21                     5 %            74 %
  Q1/2025        52               16                     9 %            81 %
  Q2/2025*       29               15                     3 %            86 %
  * until 15 June

No individual data is shared; the case sample for the audit will follow via the data room.

Best regards
Petra Jablonski
Reinsurance Management, Nordwall Versicherungsgruppe"""
    m = mail("Petra Jablonski <petra.jablonski@nordwall.example>", "Lucía Fernández <lucia.fernandez@atlantic-re.example>",
             "GIP treaty meeting 3 July - IME turnaround figures", "2025-06-17 10:05", body)
    return m, "NORMAL", "en", "insurer-to-partner", "trap: aggregate IME statistics for the reinsurer"


def m093():
    body = """Sehr geehrter Herr Vogt,

wie gewünscht bestätige ich unsere Video-Sprechstunde mit unserer Gesellschaftsärztin
Frau Dr. Stade zu Ihrer Frage, ob ein Wechsel in den Tarif KomfortPlus ohne neue
Gesundheitsprüfung möglich ist:

  Dienstag, 24.06.2025, 17:30 Uhr
  Link: https://video.nordwall.example/sprechstunde/kv-20250624-1730

Da Sie nach dem Herzinfarkt im Februar einen Stent erhalten haben und seitdem in
kardiologischer Reha waren, wird Frau Dr. Stade mit Ihnen besprechen, welche Mehrleistungen
des neuen Tarifs einer Risikoprüfung unterliegen (§ 204 VVG) und ob ein Leistungsausschluss
oder Risikozuschlag in Betracht kommt. Bitte halten Sie den Reha-Entlassungsbericht bereit.

Krankheitskostenvollversicherung Nr. KV 881 204 557

Mit freundlichen Grüßen
Sabine Wendt
Bestand Krankenversicherung"""
    m = mail("Sabine Wendt <sabine.wendt@nordwall.example>", "Hannes Vogt <hannes.vogt@mailbox-nord.example>",
             "Video-Sprechstunde am 24.06. - Tarifwechsel", "2025-06-17 11:48", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", \
        "health tariff change video consultation: heart attack, stent, cardiac rehab"


def m094():
    body = """Liebe Kolleginnen und Kollegen,

in der Kantine startet am 23.06. die Aktionswoche "Gesund genießen": täglich ein
vegetarisches Gericht unter 600 kcal, Salatbar mit Proteinkomponente, Obst zum Mitnehmen
und am Mittwoch ein Vortrag der Ernährungsberaterin (12:30 Uhr, Raum Hunte).

Wer mag, kann sich für eine kostenlose Ernährungsberatung (20 Minuten) eintragen - die
Liste liegt an der Kasse aus; die Beratung ist vertraulich.

Euer Kantinen-Team"""
    m = mail("Kantine <kantine@nordwall.example>", "Alle Bremen <alle-bremen@nordwall.example>",
             "Aktionswoche Gesund genießen ab 23.06.", "2025-06-18 11:00", body)
    return m, "NORMAL", "de", "internal", "trap: canteen health week"


def m095():
    body = """Dear Dr Petrović,

Thank you for the treatment plan. We confirm cover for the following appointments for
Sophie Lindqvist (age 11) under the orthodontic benefit of the family plan:

  02 July 2025, 15:30   fitting of fixed appliance upper and lower jaw (KIG D4, Angle
                        class II/1, overjet 7 mm)
  monthly adjustments   Jul 2025 - Jun 2027 (24 appointments)
  retention phase       from Jul 2027

Approved amount: EUR 5,840.00 (80 % of EUR 7,300.00 per treatment plan dated 12 June);
additional costs for ceramic brackets are not covered.

Policy NGH-2207-0861 (Family Expat), pre-approval PA-2025-12977.

Kind regards
Claims Global Health"""
    m = mail("Claims Global Health <gh-claims@nordwall.example>", "Dr Jelena Petrović <praxis@kfo-petrovic.example>",
             "Pre-approval PA-2025-12977 - orthodontic treatment Sophie Lindqvist", "2025-06-19 14:37", body,
             cc="Sven Lindqvist <sven@lindqvist-segeln.example>")
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor", \
        "orthodontic treatment schedule and findings for a named child"


def m096():
    body = """Hallo Frau Rademacher,

ich muss unseren Termin am Dienstag leider absagen, ich fahre kurzfristig zu meiner
Tochter nach Dortmund. Können wir das in zwei Wochen nachholen?

Außerdem habe ich die Bank gewechselt, bitte ab Juli von meinem neuen Konto abbuchen:
DE45 4405 0199 0004 1277 73 (Sparkasse Dortmund, auf meinen Namen).

Viele Grüße
Karin Ueckermann"""
    reply = """Sehr geehrte Frau Ueckermann,

das ist selbstverständlich kein Problem - ich habe Ihnen den 17.06., 16:00 Uhr, vorgemerkt.

Bei der neuen IBAN stimmt leider die Prüfziffer nicht (wahrscheinlich ein Zahlendreher am
Ende). Könnten Sie die Nummer bitte noch einmal von Ihrer Bankkarte abschreiben oder uns
das neue SEPA-Mandat zum Termin mitbringen?

Hausratversicherung HR 50-2240017.

Gute Reise und viele Grüße
Sina Rademacher
Kundencenter Vegesack

""" + quote(body)
    m = mail("Sina Rademacher <sina.rademacher@nordwall.example>", "Karin Ueckermann <k.ueckermann@t-mailer.example>",
             "AW: Termin Dienstag", "2025-06-06 09:40", reply)
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", \
        "appointment cancelled; new IBAN with a customer typo (deliberately invalid) and household policy"


def m097():
    body = """Hi Fiona,

Confirmation from the clinic below, for the file. Shall I book the taxi?

Carlos"""
    clinic = mail("Patient Services <patientservices@clinica-sol-marbella.example>",
                  "Carlos Ibáñez <carlos.ibanez@nordwall.example>",
                  "Follow-up appointment - Mrs Aoife Brennan - ref. CSM-88412",
                  "2025-06-20 09:10",
                  """Dear Mr Ibáñez,

We confirm the follow-up appointment for your member:

Patient:     Mrs Aoife Brennan, DOB 04 July 1986
Date:        Monday, 23 June 2025, 10:15
Department:  Cardiology outpatients, Dr. Manuel Ortega
Reason:      control after admission 14-17 June (paroxysmal atrial fibrillation, new
             anticoagulation with rivaroxaban 20 mg), Holter ECG to be fitted

The guarantee of payment GOP-NW-2025-0611 covers this visit.

Kind regards
Patient Services, Clínica Sol Marbella""")
    m = mail("Carlos Ibáñez <carlos.ibanez@nordwall.example>", "Fiona Gallagher <fiona.gallagher@nordwall.example>",
             "FW: Follow-up appointment - ref. CSM-88412", "2025-06-20 09:26", body, atts=[("msg", clinic)])
    return m, "STRICTLY_CONFIDENTIAL", "en", "hospital", \
        "attachment-only: forwarded clinic mail with birth date, atrial fibrillation, anticoagulant"


def m098():
    body = """Hallo zusammen,

uns ist aufgefallen, dass in den letzten Wochen mehrfach Begutachtungstermine doppelt
vergeben wurden (gleicher Gutachter, gleicher Slot, zwei Versicherte). Ursache: Termine
werden teils im Gutachterportal, teils per Telefon direkt in der Praxis gebucht.

Ab 01.07. gilt deshalb:
1. Buchungen ausschließlich über das Gutachterportal, auch wenn telefonisch vorbesprochen.
2. Telefonisch vereinbarte Termine bitte noch am selben Tag im Portal nachtragen.
3. Im Betreff der Kalendereinladung nur das Aktenzeichen, keine Namen/Diagnosen.
4. Absagen bis spätestens 48 h vorher, damit kein Ausfallhonorar anfällt.

Danke Euch
Anke"""
    m = mail("Anke Thölken <anke.thoelken@nordwall.example>", "Team Leistung Unfall <leistung-unfall-team@nordwall.example>",
             "Doppelbuchungen Gutachtertermine - neue Regel ab 01.07.", "2025-06-16 08:10", body)
    return m, "NORMAL", "de", "internal", "trap: process memo about double-booked expert appointments"


def m099():
    body = """Dear Mr Osei,

Thank you for your interest in the position of Senior Underwriter Engineering Lines. We are
pleased to invite you to a second interview on site:

  Thursday, 26 June 2025, 10:00-12:30, Am Wall 120, Bremen, reception ground floor

As discussed with Mrs Kück, we note your salary expectation of EUR 92,000 gross per year
plus company car and your notice period of three months to the end of a quarter. Your
current package (EUR 84,500 + bonus up to 12 %) will be the basis for our offer.

Travel expenses (train, 1st class) will be reimbursed.

Kind regards
Jasmin Kück
Talent Acquisition"""
    m = mail("Jasmin Kück <jasmin.kueck@nordwall.example>", "Kwame Osei <kwame.osei@mailpoint.example>",
             "Second interview 26 June - Senior Underwriter Engineering Lines", "2025-06-17 16:02", body)
    return m, "CONFIDENTIAL", "en", "insurer-to-applicant", "applicant's salary and expectation (income data)"


def m100():
    body = """Sehr geehrte Frau Klatt,

wie telefonisch besprochen, möchte sich unser Gutachter, Herr Dr. med. Volker Imhoff
(Unfallchirurg), die Verletzungen Ihres Sohnes Leon ansehen, die er beim Sturz mit dem
Tretroller des Nachbarjungen erlitten hat. Der Schaden wird über die
Privathaftpflichtversicherung der Familie Schwarting abgewickelt.

Termin: Freitag, 27.06.2025, 15:00 Uhr
Ort:    Praxis Dr. Imhoff, Kirchhuchting 30, 28259 Bremen

Bitte bringen Sie den Entlassungsbericht des Klinikums Links der Weser (Unterarmfraktur
links, Frakturversorgung mit K-Drähten), das Kinderuntersuchungsheft und, wenn vorhanden,
die Rechnungen für Fahrten zur Physiotherapie mit.

Die Kosten der Untersuchung übernehmen wir. Bei Kindern ist die Begleitung durch einen
Elternteil erforderlich.

Unser Zeichen: PH-2025-006118 (Schaden unseres Versicherungsnehmers Schwarting)

Mit freundlichen Grüßen
Heike Bruns
Haftpflicht-Schaden Personenschäden
Nordwall Allgemeine Versicherung AG"""
    m = mail("Heike Bruns <heike.bruns@nordwall.example>", "Kerstin Klatt <kerstin.klatt@grasberg-net.example>",
             "Untersuchungstermin für Leon am 27.06. - Haftpflichtschaden PH-2025-006118",
             "2025-06-16 13:55", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", \
        "liability claim: third-party child's forearm fracture, medical exam appointment"


def m101():
    body = """Liebe Kolleginnen und Kollegen,

am Samstag, 28.06.2025, führt die Berufsfeuerwehr Bremen eine Rettungsübung im Parkhaus
Am Wall durch. Das Parkdeck P2 ist deshalb von Freitag 18:00 Uhr bis Samstag 16:00 Uhr
gesperrt. Bitte bis Freitagabend alle Fahrzeuge von P2 entfernen.

Besucherinnen und Besucher mit Terminen am Freitagnachmittag (z. B. Gutachter,
Kundentermine im Kundencenter) bitte auf das Parkhaus Ostertor hinweisen.

Facility Management"""
    m = mail("Facility Management <facility@nordwall.example>", "Alle Bremen <alle-bremen@nordwall.example>",
             "Sperrung Parkdeck P2 wegen Rettungsübung (27./28.06.)", "2025-06-23 08:00", body)
    return m, "NORMAL", "de", "internal", "trap: rescue exercise, car park closed"


def m102():
    body = """Dear Mr Brennan,

(Please note this mail is to Ms Aoife Brennan's husband as the authorised contact.)

The taxi for Aoife's cardiology follow-up on Monday will pick her up at Hotel Los Naranjos
at 09:30. After the visit, Dr Ortega will decide whether she is fit to fly; if so, we will
book the return flight Malaga - Bremen for Wednesday with an aisle seat and a wheelchair
service at both airports. Please make sure she takes the rivaroxaban with breakfast as
prescribed.

Travel health policy RK 90-1127740, case RKS-2025-02036.

Best regards
Carlos Ibáñez
Nordwall Global Health Assistance, 24/7: +49 421 5592-6000"""
    m = mail("Carlos Ibáñez <carlos.ibanez@nordwall.example>", "Conor Brennan <conor.brennan@postbox-eu.example>",
             "Taxi Monday and fit-to-fly", "2025-06-20 12:30", body)
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", \
        "travel health case: cardiology follow-up, fit-to-fly, anticoagulant of named insured"


def m103():
    body = """Hallo zusammen,

für unser Sommerfest-Orga-Team suche ich einen Termin für das erste Treffen (30 Minuten,
Teams). Bitte tragt Euch bis Mittwoch in die Umfrage ein:

  https://umfrage.nordwall.example/p/sommerfest-2025-orga

Vorschläge: Mo 30.06. 15:00 | Di 01.07. 9:30 | Do 03.07. 14:00

Danke!
Svenja (Betriebsrat)"""
    m = mail("Svenja Bührmann <svenja.buehrmann@nordwall.example>", "Sommerfest-Orga <sommerfest-orga@nordwall.example>",
             "Terminumfrage Orga-Treffen Sommerfest", "2025-06-23 13:30", body)
    return m, "NORMAL", "de", "internal", "trap: scheduling poll for summer party"


def m104():
    body = """Sehr geehrter Herr Aksoy,

vielen Dank für Ihre Nachricht. Gern vereinbaren wir einen gemeinsamen Beratungstermin mit
Ihrem Kunden. Zur Vorbereitung die Eckdaten aus dem Bestand:

  Kunde:           Dennis Franke, geb. 30.11.1982
  Wohngebäude:     WG 31-0066210, Krummer Arm 6, 28865 Lilienthal
  Hausrat:         HR 50-1880743
  Privathaftpfl.:  PH 20-4471902
  Beitragszahlung: jährlich, SEPA, DE42 2605 0001 0051 1988 34

Termin wie vorgeschlagen am 05.06., 10:00 Uhr, vor Ort.

Mit freundlichen Grüßen
Malte Brünjes"""
    m = mail("Malte Brünjes <malte.bruenjes@nordwall.example>", "Cem Aksoy <cem.aksoy@aksoy-versicherungsmakler.example>",
             "AW: Termin Umdeckung WG Franke", "2025-05-28 09:50", body)
    return m, "CONFIDENTIAL", "de", "insurer-to-broker", \
        "broker appointment prep: customer's birth date, IBAN, property contracts"


def m105():
    body = """Dear Member,

Your health matters wherever you are. From 1 July, Nordwall Global Health members can book
video consultations with English-, German-, French- and Spanish-speaking doctors 24/7 in
the MyNordwall app.

- GP advice, prescriptions where legally possible
- mental health first consultation within 48 hours
- no claim form needed, no excess

Book now: https://my.nordwall.example/telehealth

Nordwall Global Health
You receive this newsletter because you are a Nordwall Global Health member.
Unsubscribe: https://my.nordwall.example/unsubscribe"""
    m = mail("Nordwall Global Health <news@nordwall.example>", "gh-members@lists.nordwall.example",
             "Telehealth: see a doctor by video, 24/7", "2025-06-24 07:00", body,
             html="""<html><body style="font-family:Arial,sans-serif"><h2>See a doctor by video, 24/7</h2>
<p>From 1 July, Nordwall Global Health members can book video consultations in the MyNordwall app.</p>
<ul><li>GP advice, prescriptions where legally possible</li><li>mental health first consultation within 48 hours</li>
<li>no claim form needed, no excess</li></ul>
<p><a href="https://my.nordwall.example/telehealth">Book now</a></p>
<p style="font-size:8pt">Unsubscribe: <a href="https://my.nordwall.example/unsubscribe">here</a></p></body></html>""")
    return m, "NORMAL", "en", "newsletter", "trap: telehealth newsletter to expat members, no individual data"


def m106():
    body = """Hi Katrin,

die Liste mit den Besichtigungsterminen KW 23 für die Abstimmung mit dem Gutachterbüro,
CSV aus dem Schadensystem (Export mit Semikolon, Excel-kompatibel).

Lena"""
    csvtext = ("Termin;Uhrzeit;Schaden-Nr.;Sparte;Versicherungsnehmer;Anschrift;Gutachter;Status\r\n"
               "02.06.2025;09:00;SG-2025-007915;Wohngebäude;Mei Lin Chen;Im Suestal 4, 28357 Bremen;IB Dierks;bestätigt\r\n"
               "03.06.2025;11:00;SG-2025-007944;Wohngebäude;Hartmut Eilers;Deichstr. 19, 28844 Weyhe;IB Dierks;bestätigt\r\n"
               "04.06.2025;08:30;SH-2025-010633;Hausrat;Ewa Nowak;Kornstr. 201, 28201 Bremen;Harms;verschoben\r\n"
               "05.06.2025;13:30;SG-2025-007950;Wohngebäude;Dörte Spöring;Am Wall 3, 28870 Ottersberg;Lüders & Partner;offen\r\n"
               "06.06.2025;10:00;GL-2025-000912;Glas;Günther Meißner;Osterdeich 180, 28205 Bremen;Harms;bestätigt\r\n")
    m = mail("Lena Kroll <lena.kroll@nordwall.example>", "Katrin Vollmer <katrin.vollmer@nordwall.example>",
             "Besichtigungstermine KW 23", "2025-05-30 14:40", body,
             atts=[("Besichtigungen_KW23.csv", csvtext.encode("windows-1252"), "application/vnd.ms-excel")])
    return m, "CONFIDENTIAL", "de", "internal", \
        "attachment-only: windows-1252 CSV with named policyholders, addresses, property claim numbers"


def m107():
    body = """Dear Ms Kowalski,

Thank you for calling. We have scheduled the video call to record your bicycle theft:

  Thursday, 3 July 2025, 18:00
  https://video.nordwall.example/schaden/fd-2025-3381

Please have the purchase invoice of the e-bike (Riese & Müller Charger4, frame no.
WAW1234RM88216) and the police report ready, as well as the key of the frame lock.

Household policy with bicycle cover HR 50-2019338, claim FD-2025-003381.

Kind regards
Claims Service Property"""
    m = mail("Schadenservice Sach <schaden-sach@nordwall.example>", "Sarah Kowalski <sarah.k@mailpoint.example>",
             "Video call on 3 July - your e-bike theft", "2025-06-26 15:02", body)
    return m, "CONFIDENTIAL", "en", "insurer-to-customer", "bicycle theft: video call appointment, frame no., policy"


def m108():
    body = """Hallo Jens,

anbei das Protokoll vom Ortstermin gestern bei Frau Jacobsen (Nachbesichtigung Dach). Kurz:
Dachdecker hat ordentlich gearbeitet, Carport muss noch separat reguliert werden.

Uwe"""
    prot = odt(["Protokoll Ortstermin",
                "Schaden-Nr.: SG-2025-007732, Wohngebäude WG 31-0078814",
                "VN: Marlene Jacobsen, Lindenweg 14, 27721 Ritterhude",
                "Datum: 20.05.2025, 15:30-16:20 Uhr",
                "Anwesend: VN, Herr Brockmann (Dachdeckerei), Uwe Harms (Außenregulierung)",
                "Feststellungen: 38 Dachziegel ersetzt (Rechnung Brockmann Nr. 2025-188, 2.870,00 EUR), "
                "Unterspannbahn unbeschädigt. Carport: Pfosten hinten rechts gebrochen, Neuaufbau "
                "nach KV Holzbau Dreyer 1.940,00 EUR.",
                "Zahlung an VN auf bekanntes Konto. Nächster Schritt: Carport-Rechnung abwarten."])
    m = mail("Uwe Harms <uwe.harms@nordwall.example>", "Jens Ohlsen <jens.ohlsen@nordwall.example>",
             "Protokoll Ortstermin 20.05.", "2025-05-21 07:42", body,
             atts=[("Protokoll_Ortstermin_SG-2025-007732.odt", prot, T_ODT)])
    return m, "CONFIDENTIAL", "de", "internal", \
        "site-visit minutes (ODT) with policyholder's name, address and claim; body names her too"


def m109():
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir für die Vorstandssitzung am Donnerstag, 03.07.2025:

  12:00 Uhr  Lunch-Buffet für 11 Personen (davon 2 vegetarisch, 1 vegan, 1 glutenfrei)
  15:00 Uhr  Kaffee, Tee, Gebäck für 11 Personen
  ganztägig  Wasser still/medium, Säfte

Raum: Vorstandsetage, Sitzungszimmer "Roland" (6. OG)
Rechnung an: Nordwall Versicherungsgruppe, Kostenstelle 1000, Bestellnr. BE-1000-0771

Mit freundlichen Grüßen
Petra Jablonski
Vorstandsbüro"""
    m = mail("Petra Jablonski <petra.jablonski@nordwall.example>", "Bankett <bankett@hanse-catering.example>",
             "Bestellung Catering Vorstandssitzung 03.07.", "2025-06-26 10:10", body)
    return m, "NORMAL", "de", "insurer-to-supplier", "trap: catering order with dietary counts, no names"


def m110():
    body = """Hello Mr Ng,

Thank you for asking the claimant's employer to join. To confirm the return-to-work
meeting:

  Monday, 7 July 2025, 14:00-15:00, Teams
  Participants: Ms Sarah Kowalski (employee), Mr Ng (HR, Bremer Software Manufaktur GmbH),
                Ms Kowalski's line manager Mr Till Rohde, Fiona Gallagher (Nordwall)

Ms Kowalski has been on sick leave since 3 March with burnout and a moderate depressive
episode (F32.1); her psychiatrist supports a graded return from 14 July, starting with
3 hours a day, no customer-facing work and no on-call duty for the first 8 weeks. She has
agreed that we share this with you for planning purposes (consent form signed 27 June).

Group income protection contract GIP 77-0001934, claim GIP-2025-00471.

""" + SIG_GALLAGHER
    m = mail("Fiona Gallagher <fiona.gallagher@nordwall.example>", "Jonathan Ng <j.ng@bremer-software.example>",
             "Return-to-work meeting 7 July - Ms Kowalski", "2025-06-30 10:15", body,
             cc="Sarah Kowalski <sarah.k@mailpoint.example>")
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company", \
        "return-to-work meeting with employer: named employee's depression F32.1"


def m111():
    body = """Moin Herr Schwarting,

wir haben den Termin für die Schadenbesichtigung bei Ihrem Nachbarn (Glasschaden am
Wintergarten durch Ihren Rasenmäher-Steinschlag) für Montag, 30.06., 17:00 Uhr, vereinbart.
Unser Außenregulierer Herr Harms schaut sich den Wintergarten an; Sie müssen nicht dabei
sein. Verletzt wurde niemand.

Privathaftpflicht PH 20-3359017, Schaden PH-2025-006244.

Viele Grüße
Heike Bruns"""
    m = mail("Heike Bruns <heike.bruns@nordwall.example>", "Holger Schwarting <h.schwarting@huchting-net.example>",
             "Ihr Haftpflichtschaden PH-2025-006244 - Besichtigung am 30.06.", "2025-06-25 11:20", body)
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "liability property damage: inspection appointment, nobody hurt"


def m112():
    body = """Hallo zusammen,

anbei die anonymisierten Übungsfälle für den Workshop "Terminmanagement in der
Begutachtung" am 09.07. (bitte nicht mit echten Fällen verwechseln - alle Daten erfunden):

Fall 1: Versicherter, 52 J., Handwerker, Unfall mit Leitersturz. Termin dreimal verschoben
(Montage, Krankheit, "vergessen"). Wie gehen Sie mit der Mitwirkungspflicht um?

Fall 2: Versicherte, 38 J., spricht kaum Deutsch. Dolmetscher, Fahrdienst, Kinderbetreuung
müssen koordiniert werden. Wer übernimmt was?

Fall 3: Versicherter, 61 J., Rechtsanwalt meldet sich und verlangt Einschränkung der
Fragestellung. Was darf der Gutachter fragen?

Bitte vorher durchlesen.
Anke"""
    m = mail("Anke Thölken <anke.thoelken@nordwall.example>", "Team Leistung Unfall <leistung-unfall-team@nordwall.example>",
             "Workshop 09.07. - Übungsfälle (anonymisiert)", "2025-07-01 16:30", body,
             atts=[("Uebungsfaelle_Terminmanagement.docx",
                    docx(["#Workshop Terminmanagement in der Begutachtung - Übungsfälle (fiktiv)"]
                         + body.split("\n")[3:13]), T_DOCX)])
    return m, "NORMAL", "de", "internal", "trap: anonymised training cases, age and occupation only"


def m113():
    body = """Hi Rahul,

Two weeks of test data for the booking API are now on the staging server. All members are
fictitious (generated), e.g.:

  member_id  NGH-TEST-0001  name "John Doe (TEST)"   provider "Test Clinic Alpha"
  member_id  NGH-TEST-0002  name "Jane Roe (TEST)"   provider "Test Clinic Beta"
  slot       2025-07-10T09:00+02:00, specialty "orthopaedics", status "offered"

Endpoints: POST /bookings, PATCH /bookings/{id} (reschedule), DELETE /bookings/{id}
(cancel, reason codes C01-C07). Staging URL: https://api-staging.calsync.example/v2

No production data will be used before the DPA is signed.

Best
Hannah"""
    m = mail("Rahul Mehta <rahul.mehta@nordwall.example>", "GH IT <gh-it@nordwall.example>",
             "FW: CalSync staging - test data ready", "2025-07-01 09:12",
             "FYI for the pilot. R.\n\n-----Original Message-----\nFrom: Hannah Becker <hannah.becker@calsync.example>\n\n" + body)
    return m, "NORMAL", "en", "internal", "trap: fictitious test members for a booking API"


def m114():
    body = """Sehr geehrter Herr Behrendt,

anbei die Abrechnung Ihrer Fahrtkosten zu den Untersuchungs- und Therapieterminen im Mai
und Juni (Neurologie Dr. Hensel, Neuropsychologie Reha Sonnenhang, Physiotherapie Krüger).
Den Betrag von 412,60 EUR überweisen wir in den nächsten Tagen auf Ihr Konto
DE30 2905 0101 0081 4755 21.

Mit freundlichen Grüßen
Leistung Unfall"""
    rows = [["Datum", "Termin", "Strecke", "km", "Betrag EUR"],
            ["06.05.2025", "Neurologie Dr. Hensel (EEG, Kontrolle nach SHT)", "Lilienthal - Bremen", 34, 10.20],
            ["26.05.2025", "Aufnahme Reha Sonnenhang (Krankentransport, direkt abgerechnet)", "-", 0, 0],
            ["20.06.2025", "Entlassung Reha Sonnenhang", "Bad Hollenstein - Lilienthal", 296, 88.80],
            ["23.06.-04.07.", "Physiotherapie Krüger, 10 Termine", "Lilienthal - Bremen", 340, 102.00],
            ["Juni", "Neuropsych. Ambulanz, 6 Termine (Taxi)", "Taxi-Belege", 0, 211.60],
            ["", "Summe", "", "", 412.60]]
    m = mail("Leistung Unfall <leistung-unfall@nordwall.example>", "Jörg Behrendt <joerg.behrendt@wuemme-mail.example>",
             "Fahrtkostenerstattung US-2024-010377", "2025-07-07 10:55", body,
             cte="base64", atts=[("Fahrtkosten_Mai_Juni.xlsx", xlsx(rows, "Fahrtkosten"), T_XLSX)])
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", \
        "base64 body: travel costs to neurology/rehab appointments with IBAN; XLSX names brain injury"


def m115():
    body = """Hi Sophie,

Termin mit Mr Nakamura bestätigt: Donnerstag 10.07., 9:00 Uhr, Besichtigung in der
Werkstatt Auto Meyer in Delmenhorst. He says the other driver (Mr Stefan Kuhn, HB-KU 5521)
hit him at the roundabout while he was already inside; nobody was injured. Liability
claim against us: KH-2025-008812, our insured Mr Kuhn. Mr Nakamura's own car: Toyota Yaris
Hybrid, OL-YN 230.

Could you send him the English info sheet about what happens after the survey? Er hat
ausdrücklich darum gebeten.

Danke, Marco"""
    m = mail("Marco Petersen <marco.petersen@nordwall.example>", "Sophie Lamprecht <sophie.lamprecht@nordwall.example>",
             "Nakamura / KH-2025-008812 - Besichtigung Do", "2025-07-07 12:40", body)
    return m, "CONFIDENTIAL", "mixed", "internal", \
        "motor liability claim: named third party and insured, plates, no injuries"


def m116():
    body = """Hallo Herr Kaminski,

der Dienstwagen HB-NW 1204 (Skoda Octavia Combi, Pool Außenregulierung) muss zur
Inspektion und zum Reifenwechsel. Passt Ihnen Dienstag, 15.07., 7:30 Uhr Abgabe? Abholung
gern am selben Tag ab 16 Uhr. Bitte auch die Wischerblätter prüfen, die Klimaanlage riecht
muffig.

Rechnung wie immer an den Fuhrpark, Kostenstelle 8120.

Gruß
Frank Oltmanns
Facility / Fuhrpark"""
    m = mail("Frank Oltmanns <frank.oltmanns@nordwall.example>", "Werkstatt <service@autohaus-kaminski.example>",
             "Werkstatttermin HB-NW 1204", "2025-07-08 08:20", body)
    return m, "NORMAL", "de", "insurer-to-supplier", "trap: company pool car service appointment, plate of insurer's own car"


def m117():
    body = """Dear Dr Imhoff, dear colleagues,

Please find attached the invitation for the case conference on the critical illness claim
of Mr Ahmed Tahir. The ICS file contains the dial-in.

Kind regards
Dr. Miriam Stade
Company Medical Officer"""
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Dear Dr Imhoff, dear colleagues,</p>
<p>Please find attached the invitation for the case conference on the critical illness claim
of Mr Ahmed Tahir. Key facts for preparation:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">Policy</th><td>Critical illness cover LV 70-0031876, sum insured EUR 120,000</td></tr>
<tr><th align="left">Claimed event</th><td>Myocardial infarction (NSTEMI), 3 May 2025, PCI with 2 stents (LAD)</td></tr>
<tr><th align="left">Open question</th><td>Do troponin levels and ECG changes meet the policy definition (section 4.2)? Pre-existing angina 2022?</td></tr>
<tr><th align="left">Date</th><td>Wednesday, 16 July 2025, 11:00-11:45 CEST, Teams</td></tr>
</table>
<p>Kind regards<br>Dr. Miriam Stade<br>Company Medical Officer</p></body></html>"""
    cal = ics("Case conference CI claim LV 70-0031876", "20250716T110000", "20250716T114500",
              uid="nw-leben-ci-0031876-cc@nordwall.example",
              organizer=("Dr. Miriam Stade", "miriam.stade@nordwall.example"),
              attendees=[("Dr. Volker Imhoff", "v.imhoff@praxis-imhoff.example"),
                         ("Timo Brandes", "timo.brandes@nordwall.example")],
              location="Microsoft Teams Meeting")
    m = mail("Dr. Miriam Stade <miriam.stade@nordwall.example>", "Dr. Volker Imhoff <v.imhoff@praxis-imhoff.example>",
             "Case conference 16 July - CI claim", "2025-07-09 14:02", body, html=html,
             cc="Timo Brandes <timo.brandes@nordwall.example>",
             atts=[("case_conference.ics", cal.encode("utf-8"), T_ICS)])
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor", \
        "critical illness case conference; heart attack details only in the HTML table"


def m118():
    body = """Sehr geehrte Frau Spöring,

vielen Dank für Ihren Anruf. Gern bestätige ich den Termin zur Unterzeichnung Ihrer
Mietkautionsbürgschaft:

   Freitag, 11.07.2025, 10:30 Uhr, Kundencenter Bremen-Mitte

Die Bürgschaft über 2.850,00 EUR (drei Nettokaltmieten) wird zugunsten Ihres neuen
Vermieters, der GEWOBA-Nord Wohnungsbau GmbH, für die Wohnung Fedelhören 71, 28203 Bremen,
ausgestellt. Bitte bringen Sie Ihren Personalausweis und den unterschriebenen Mietvertrag
mit. Ihr Nettoeinkommen hatten Sie mit 2.640 EUR monatlich angegeben; die Bonitätsprüfung
ist positiv ausgefallen.

Vertragsnummer: MK 03-0017792

Mit freundlichen Grüßen
Jannik Rohlfs"""
    m = mail("Jannik Rohlfs <jannik.rohlfs@nordwall.example>", "Dörte Spöring <doerte.spoering@webpost.example>",
             "Ihr Termin am 11.07. - Mietkautionsbürgschaft", "2025-07-07 13:10", body)
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "rent deposit guarantee appointment: income, address, contract"


def m119():
    body = """Hallo zusammen,

wie jedes Jahr im Sommer: der Untersuchungsraum des Betriebsärztlichen Dienstes (HB-B EG.11)
wird am 21. und 22.07. grundgereinigt und desinfiziert, die Liege wird neu bezogen. Die
Sprechstunde findet an diesen Tagen im Raum EG.09 statt.

Bitte Reinigungsfirma ab 7:00 Uhr einlassen (Schlüssel an der Pforte).

Facility Management"""
    m = mail("Facility Management <facility@nordwall.example>", "Pforte <pforte@nordwall.example>",
             "Grundreinigung Untersuchungsraum Betriebsarzt 21./22.07.", "2025-07-10 09:00", body,
             cc="Dr. Henning Albers <h.albers@arbeitsmedizin-weser.example>")
    return m, "NORMAL", "de", "internal", "trap: cleaning of the occupational physician's room"


def m120():
    body = """Dear Mr Delacroix,

Following your call about your upcoming move from Bremen to Montréal, the survey of your
household goods for the transit insurance will take place on:

  Tuesday, 15 July 2025, 08:00-10:00
  Your apartment: Schwachhauser Ring 46, 28209 Bremen
  Surveyor: Mr Kai Lohmann, Hanseatic Cargo Surveyors

He will check the packing list (declared value EUR 68,500, incl. a Bechstein piano and
two oil paintings) and take photos of the pre-existing scratches on the furniture.

Relocation goods policy UG 12-0004417.

Best regards
Heiko Meyerdierks
Transport Insurance"""
    m = mail("Heiko Meyerdierks <heiko.meyerdierks@nordwall.example>", "Étienne Delacroix <e.delacroix@delacroix-famille.example>",
             "Survey of your household goods on 15 July", "2025-07-08 12:05", body)
    return m, "CONFIDENTIAL", "en", "insurer-to-customer", "relocation goods policy: survey at home, address, values"


def m121():
    body = """Ihr Vermittlerportal meldet:

Sie haben eine neue Nachricht in Ihrem Postfach.

Absender: Nordwall Lebensversicherung AG, BU-Leistung
Betreff: Terminbestätigung
Eingang: 10.07.2025, 11:42 Uhr

Bitte melden Sie sich zum Lesen im Vermittlerportal an:
https://vermittlerportal.nordwall.example

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte.

Ihre Nordwall Versicherungsgruppe"""
    m = mail("Vermittlerportal <no-reply@nordwall.example>", "Cem Aksoy <cem.aksoy@aksoy-versicherungsmakler.example>",
             "Neue Nachricht im Vermittlerportal", "2025-07-10 11:43", body)
    return m, "NORMAL", "de", "insurer-to-broker", "trap: portal notification without content"


def m122():
    body = """Hi Ms Kowalski,

Good news: your therapy sessions are approved. Your psychotherapist, Dipl.-Psych. Anja
Brenneke, has the following slots for you (cognitive behavioural therapy, 12 sessions,
then review):

  Wed 16 July 17:00 | Wed 23 July 17:00 | Wed 30 July 17:00 | Wed 6 Aug 17:00
  further dates to be agreed directly with the practice

Practice: Psychotherapeutische Praxis Brenneke, Rembertiring 8, 28195 Bremen.
The practice bills us directly under pre-approval PA-2025-13340.

Best wishes, and well done for pushing through the waiting list.
Fiona"""
    m = mail("Fiona Gallagher <fiona.gallagher@nordwall.example>", "Sarah Kowalski <sarah.k@mailpoint.example>",
             "Your therapy appointments from 16 July", "2025-07-09 17:20", body)
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "psychotherapy (CBT) sessions approved for named member"


def m123():
    body = """Moin Kollegen,

bitte folgenden Termin blocken: Regressbesprechung mit der Gegenseite (Haftpflichtversicherer
Hanseatische Kraftfahrt) zum Schaden unseres VN Andreas Pohl.

Andreas"""
    cal = ics("Regress KH-2025-008211 - Halter Andreas Pohl ./. Hanseatische Kraftfahrt",
              "20250717T140000", "20250717T150000", uid="nw-kfz-regress-008211@nordwall.example",
              organizer=("Andreas Rieke", "andreas.rieke@nordwall.example"),
              attendees=[("Marco Petersen", "marco.petersen@nordwall.example"),
                         ("Dr. Nele Wichmann", "nele.wichmann@nordwall.example")],
              location="HB-A 3.14 Lesum / Teams",
              description="Fahrzeug HB-AP 6612, Unfall 03.04.2025 A27 AS Bremen-Nord, "
                          "Quote 70:30 strittig. Kaskoleistung 14.380 EUR, Regressforderung "
                          "10.066 EUR. Keine Personenschäden.")
    m = mail("Andreas Rieke <andreas.rieke@nordwall.example>",
             "Marco Petersen <marco.petersen@nordwall.example>, Dr. Nele Wichmann <nele.wichmann@nordwall.example>",
             "Regress KH-2025-008211 - Halter Andreas Pohl ./. Hanseatische Kraftfahrt",
             "2025-07-10 15:00", body, cal=cal)
    return m, "CONFIDENTIAL", "de", "internal", "Teams/Outlook invite: motor recourse claim of named insured, plate, amounts"


def m124():
    body = """Dear Sir or Madam,

We are delighted to invite Nordwall Versicherungsgruppe to the 14th International
Rehabilitation & Return-to-Work Forum:

  Lisbon, 15-17 October 2025, Centro de Congressos

Sessions include digital case management, mental health pathways in income protection,
telerehabilitation, and a workshop on scheduling independent medical examinations across
borders. Early-bird registration until 31 July: https://www.irtw-forum.example

Kind regards
Forum Secretariat"""
    m = mail("Katrin Vollmer <katrin.vollmer@nordwall.example>", "Rahul Mehta <rahul.mehta@nordwall.example>",
             "FW: Invitation - International Rehabilitation & RTW Forum, Lisbon",
             "2025-07-11 08:40", "Rahul, is this something for your team too? Katrin\n\n"
             "---------- Forwarded message ----------\nFrom: IRTW Forum <secretariat@irtw-forum.example>\n\n" + body)
    return m, "NORMAL", "en", "internal", "trap: conference invitation on rehabilitation, forwarded"


def m125():
    body = """Hallo Herr Dr. Kaltwasser,

anbei wie besprochen die Unterlagen für die drei Begutachtungen am 22.07. als ZIP
(Kalendereinträge und Gutachtenaufträge). Passwort geht separat per SMS an Frau Meinecke.

Gruß
Jens Ohlsen"""
    a1 = ics("Begutachtung US-2025-01104", "20250722T083000", "20250722T100000",
             uid="nw-lu-US-2025-01104@nordwall.example",
             organizer=("Jens Ohlsen", "jens.ohlsen@nordwall.example"),
             attendees=[("Dr. med. Bernd Kaltwasser", "praxis@praxis-kaltwasser.example")],
             location="Gutachtenpraxis Kaltwasser",
             description="Versicherter: Paul Ahlborn, geb. 08.01.1991. Z. n. Skaphoidfraktur re. "
                         "(S62.0), Pseudarthrose, Spongiosaplastik 02/2025.")
    a2 = ics("Begutachtung US-2025-01131", "20250722T103000", "20250722T120000",
             uid="nw-lu-US-2025-01131@nordwall.example",
             organizer=("Jens Ohlsen", "jens.ohlsen@nordwall.example"),
             attendees=[("Dr. med. Bernd Kaltwasser", "praxis@praxis-kaltwasser.example")],
             location="Gutachtenpraxis Kaltwasser",
             description="Versicherte: Ingrid Vosteen, geb. 19.05.1949. Z. n. Schenkelhalsfraktur li., "
                         "Hüft-TEP (S72.0), Sturz im Pflegeheim.")
    auftrag = pdf(["#Gutachtenauftrag Unfallversicherung - Sammelauftrag 22.07.2025",
                   "1) US-2025-01104 Paul Ahlborn - Invalidität Hand re. nach Skaphoidpseudarthrose",
                   "2) US-2025-01131 Ingrid Vosteen - Invalidität Bein li. nach Hüft-TEP",
                   "3) US-2025-01140 Mirko Tadić - Nachuntersuchung nach Kniegelenksdistorsion,",
                   "   Innenbandruptur (S83.4), Fragestellung Dauerschaden / Vorinvalidität Meniskus",
                   "Bitte Gutachten binnen 4 Wochen, Gebühren nach Vereinbarung 2025."],
                  title="Sammelauftrag 22.07.2025")
    z = zipped([("Termine/US-2025-01104.ics", a1), ("Termine/US-2025-01131.ics", a2),
                ("Auftrag_Sammel_22-07-2025.pdf", auftrag)])
    m = mail("Jens Ohlsen <jens.ohlsen@nordwall.example>", "Dr. med. Bernd Kaltwasser <praxis@praxis-kaltwasser.example>",
             "Unterlagen 22.07.", "2025-07-14 10:30", body,
             atts=[("Begutachtungen_22-07-2025.zip", z, T_ZIP)])
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor", \
        "inside a ZIP: ICS and PDF with named insureds, birth dates and fractures"


def m126():
    body = """Hallo Anke,

wie gewünscht die No-Show-Auswertung der Begutachtungstermine 2024 nach Region als ODS.
Keine Einzelfälle, nur Zählungen; Regionen mit < 5 Terminen habe ich zusammengefasst.

Auffällig: Ostfriesland hat die höchste Quote - vermutlich wegen der Anfahrt nach Bremen.
Vielleicht sollten wir dort mehr Gutachter vor Ort einbinden.

Björn"""
    rows = [["Region", "Termine 2024", "nicht erschienen", "Quote", "davon kurzfristig abgesagt"],
            ["Bremen Stadt", "412", "24", "5,8 %", "31"],
            ["Umland Bremen", "288", "19", "6,6 %", "22"],
            ["Oldenburg/Wesermarsch", "174", "14", "8,0 %", "12"],
            ["Ostfriesland", "96", "13", "13,5 %", "9"],
            ["Hamburg/Stade", "133", "7", "5,3 %", "10"],
            ["sonstige (zusammengefasst)", "41", "3", "7,3 %", "4"],
            ["gesamt", "1144", "80", "7,0 %", "88"]]
    m = mail("Björn Tammen <bjoern.tammen@nordwall.example>", "Anke Thölken <anke.thoelken@nordwall.example>",
             "No-Show-Quote Begutachtungen 2024", "2025-07-14 15:10", body,
             atts=[("NoShow_Begutachtungen_2024.ods", ods(rows, "2024"), T_ODS)])
    return m, "NORMAL", "de", "internal", "trap: aggregated no-show statistics of medical assessments"


def m127():
    body = """Hello Mr Ng,

Thank you for your call. As requested by Ms Kowalski, below is the physiotherapy plan the
occupational health service recommended alongside her graded return. She asked us to send
it to HR so that the appointments can be taken during working time:

  Tuesdays and Thursdays, 07:30-08:15, Physio am Rembertiring
  8 sessions from 15 July; focus: neck and shoulder tension, ergonomic workplace set-up

A height-adjustable desk was also recommended. No diagnosis will be shared with the
employer beyond what Ms Kowalski consented to on 27 June.

Group income protection GIP 77-0001934, claim GIP-2025-00471.

""" + SIG_GALLAGHER
    m = mail("Fiona Gallagher <fiona.gallagher@nordwall.example>", "Jonathan Ng <j.ng@bremer-software.example>",
             "Ms Kowalski - physiotherapy appointments during working time", "2025-07-11 11:50", body)
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company", \
        "income protection claim: named employee's physiotherapy schedule sent to employer"


def m128():
    body = """Sehr geehrte Frau Meißner,

Ihr Mann feiert am 28. Juli seinen 70. Geburtstag - dazu gratulieren wir schon heute sehr
herzlich! Wie mit Ihnen am Telefon besprochen, besucht Sie Ihr Kundenbetreuer Herr Rohlfs
am Mittwoch, 30.07.2025, um 15:00 Uhr, um die Verträge einmal gemeinsam durchzusehen:

  Günther Meißner, geb. 28.07.1955
  Hausrat HR 50-0937712 (Versicherungssumme seit 2009 unverändert: 52.000 EUR)
  Glas GL 60-0937713
  Privathaftpflicht PH 20-0937714

Adresse: Osterdeich 180, 28205 Bremen.

Mit freundlichen Grüßen
Kundencenter Bremen-Mitte"""
    m = mail("Kundencenter Bremen-Mitte <kc-mitte@nordwall.example>", "Gisela Meißner <gisela.meissner@t-mailer.example>",
             "Besuch Ihres Kundenbetreuers am 30.07.", "2025-07-15 10:00", body)
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "customer visit: husband's birth date, property contracts, address"


def m129():
    body = """Dear colleagues,

Template GH-T-09 "Appointment confirmation" has been updated. Please use the new version
from today:

---
Dear [Member name],

We have arranged an appointment for you with [Provider name], [Specialty - only if the
member has agreed], on [Date] at [Time].

Address: [Provider address]
Please bring: your Nordwall Global Health card and photo ID.

If you cannot attend, please let us know at least 48 hours in advance so that we can
release the slot.

Kind regards,
[Case manager]
---

Note: the specialty is now optional - leave it out by default, several members complained
that family members read their e-mails.

Rahul"""
    m = mail("Rahul Mehta <rahul.mehta@nordwall.example>", "GH Case Management <gh-casemanagement@nordwall.example>",
             "Updated template GH-T-09 appointment confirmation", "2025-07-15 12:00", body)
    return m, "NORMAL", "en", "internal", "trap: appointment confirmation template with placeholders"


def m130():
    body = """Hi Rahul,

Unten der Vorschlag für den gemeinsamen Workshop mit Fairbridge zum Thema Terminvergabe bei
Gruppenverträgen. Tom hat zugesagt.

  Workshop: "Scheduling IMEs for UK employees in German group contracts"
  Date: Thursday, 24 July, 13:00-16:00 CEST, hybrid (room Weser + Teams)
  Agenda:
   1. Current process & pain points (Nordwall)
   2. Broker view: what HR departments ask (Fairbridge)
   3. Interpreters, travel, reminders - wer bezahlt was?
   4. Data protection: what may go into invitations (Frank Tiedemann, 20 min)

Keine Fallbeispiele mit echten Namen, bitte.

Malte"""
    m = mail("Malte Brünjes <malte.bruenjes@nordwall.example>", "Rahul Mehta <rahul.mehta@nordwall.example>",
             "Workshop mit Fairbridge 24.07. - scheduling IMEs", "2025-07-16 09:05", body,
             cc="Tom Ashworth <tom.ashworth@fairbridge.example>")
    return m, "NORMAL", "mixed", "insurer-to-broker", "trap: bilingual workshop invitation on IME scheduling, no cases"


def m131():
    body = """Hallo Herr Stolle,

hier die Rechnung für den Ortstermin in der Bäckerei Möller (BS-2025-000872) am 26.05. und
die Ausarbeitung des Gutachtens. Ich bin freiberuflich tätig; bitte überweisen Sie auf mein
Geschäftskonto:

   Arne Wittkopf, Sachverständiger für Ertragsausfall
   IBAN: DE77 5001 0517 5409 3681 27
   Steuernummer 60/145/28814, USt-IdNr. DE298114457

Honorar: 9,5 Std. à 115 EUR = 1.092,50 EUR zzgl. 19 % USt. = 1.300,08 EUR.

Mit freundlichen Grüßen
Arne Wittkopf"""
    m = mail("Dirk Stolle <dirk.stolle@nordwall.example>", "Kreditorenbuchhaltung <kreditoren@nordwall.example>",
             "WG: Rechnung Ortstermin Bäckerei Möller", "2025-06-02 10:30",
             "Bitte anweisen, Kst. 6310. Danke, D. Stolle\n\n-----Ursprüngliche Nachricht-----\n"
             "Von: Arne Wittkopf <a.wittkopf@sv-wittkopf.example>\nGesendet: Freitag, 30. Mai 2025 18:02\n\n" + body)
    return m, "CONFIDENTIAL", "de", "internal", "freelance assessor's IBAN and tax number; sole-trader customer's claim"


def m132():
    body = """Dear Ms Tan,

Thank you for your call this morning. As discussed, we will go through your cyber claim in
a video meeting:

  Friday, 25 July 2025, 09:00-10:00
  https://video.nordwall.example/room/cy-2025-00097

Attendees: you, your IT service provider Mr Bastian Ruhe (Ruhe IT), our incident manager
Ms Nadja Klose and a forensic analyst from Cyberlabs Nord.

We would like to understand the timeline of the ransomware attack on your design studio
(first encryption on 18 July), which customer data was affected and the status of the
restore from backup. Please have the ransom note and your last three invoices from Ruhe IT
ready.

Cyber policy CY 90-0002218 (Studio Tan Grafikdesign, Inh. Li Na Tan), claim CY-2025-00097.

Kind regards
Nadja Klose
Cyber Claims"""
    m = mail("Nadja Klose <nadja.klose@nordwall.example>", "Li Na Tan <lina@studio-tan.example>",
             "Video meeting 25 July - your cyber claim CY-2025-00097", "2025-07-21 11:15", body)
    return m, "CONFIDENTIAL", "en", "insurer-to-customer", "sole trader's cyber claim: video meeting, policy and claim"


def m133():
    body = """Sehr geehrte Damen und Herren,

wir laden Sie herzlich zu unserem Vermittler-Webinar ein:

   "BU-Leistungsfall: So läuft die ärztliche Begutachtung bei Nordwall ab"
   Mittwoch, 10.09.2025, 10:00-11:00 Uhr

Themen: Wann beauftragen wir Gutachten? Wie werden Termine vereinbart, wer trägt Fahrt- und
Dolmetscherkosten? Was dürfen Sie als Vermittler für Ihre Kunden tun, und was nicht?
Fragen aus der Praxis (anonym).

Anmeldung: https://events.nordwall.example/vermittler-webinar-bu-2025
1 Stunde IDD-Weiterbildung.

Ihre Maklerbetreuung Nord"""
    m = mail("Maklerbetreuung Nord <maklerbetreuung-nord@nordwall.example>",
             "Vermittler Nord <vermittler-nord@lists.nordwall.example>",
             "Einladung Webinar: Begutachtung im BU-Leistungsfall (10.09.)", "2025-07-22 09:00", body)
    return m, "NORMAL", "de", "insurer-to-broker", "trap: broker webinar on disability assessments"


def m134():
    html = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Dear Mr and Mrs Adeyemi,</p>
<p>Before your assignment to Lagos we have booked the travel vaccinations for the whole family at the
Tropenmedizinische Ambulanz am Klinikum Bremen-Mitte. Please bring all vaccination records.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#dde7f0"><th>Date / time</th><th>Family member</th><th>Vaccination</th><th>Note</th></tr>
<tr><td>Mon 28 July, 14:00</td><td>Tunde Adeyemi</td><td>Yellow fever, typhoid, hepatitis A/B (2nd)</td><td>&ndash;</td></tr>
<tr><td>Mon 28 July, 14:20</td><td>Folake Adeyemi</td><td>Typhoid, hepatitis A/B (2nd)</td><td>Yellow fever postponed &ndash; pregnancy (12th week), certificate of exemption</td></tr>
<tr><td>Mon 28 July, 14:40</td><td>Dayo Adeyemi (7)</td><td>Yellow fever, MMR booster, typhoid</td><td>egg allergy &ndash; observation 30 min</td></tr>
<tr><td>Tue 5 Aug, 08:30</td><td>all</td><td>Malaria prophylaxis consultation (atovaquone/proguanil)</td><td>&ndash;</td></tr>
</table>
<p>Costs are covered under your Expat Family plan NGH-7781-0090 (pre-travel benefit).</p>
<p>Kind regards,<br>Fiona Gallagher<br>Case Manager | Nordwall Global Health</p>
</body></html>"""
    m = mail("Fiona Gallagher <fiona.gallagher@nordwall.example>", "Tunde Adeyemi <tunde.adeyemi@adeyemi-home.example>",
             "Your travel vaccination appointments", "2025-07-18 13:25", html=html, html_only=True,
             cc="Folake Adeyemi <folake.adeyemi@adeyemi-home.example>")
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", \
        "HTML-only table: vaccinations of named family, pregnancy and child's egg allergy"


def m135():
    body = """Hallo Frau Gerdes,

ich hätte gern einen Termin bei einem Anwalt wegen meines Vermieters. Er will die Kaution
von 2.400 Euro nicht zurückzahlen, weil angeblich die Küche beschädigt ist. Ich bin schon
Ende März ausgezogen (Findorffstr. 14, jetzt wohne ich in der Neustadt). Geht das über
meine Rechtsschutz? Vertrag ist RS 17-6201155.

Danke
Ole Harms"""
    reply = """Hallo Herr Harms,

ja, das ist über Ihren Mietrechtsschutz gedeckt. Ich habe Ihnen einen Termin bei
Rechtsanwältin Sabine Kurth (Kanzlei Brenner) am Montag, 28.07., 16:30 Uhr, reserviert. Die
Deckungszusage (RSL-2025-02588) geht direkt an die Kanzlei; Ihre Selbstbeteiligung beträgt
150 EUR.

Viele Grüße
Yvonne Gerdes
Rechtsschutz-Service

""" + quote(body)
    m = mail("Yvonne Gerdes <yvonne.gerdes@nordwall.example>", "Ole Harms <ole.harms@mailbox-nord.example>",
             "AW: Termin Anwalt Kaution", "2025-07-22 14:48", reply)
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "legal expenses tenancy dispute: lawyer appointment, contract"


def m136():
    body = """Hallo zusammen,

anbei das Protokoll unseres Projekt-Jour-fixe "Terminportal Begutachtung" vom 17.07.

Kurzfassung:
- Go-live Pilot Leistung Unfall verschoben auf 01.10. (Schnittstelle Gutachterportal)
- SMS-Erinnerungen: Texte freigegeben, Versand über Dienstleister mit AV-Vertrag
- Kalendereinladungen an Gutachter enthalten künftig nur Aktenzeichen + Link ins Portal
- Offene Frage an den DSB: Speicherdauer abgesagter Termine (Vorschlag 6 Monate)

Nächster Termin: 31.07., 10:00 Uhr, Raum Lesum.

Viele Grüße
Projektbüro Terminportal"""
    prot = docx(["#Protokoll Projekt Terminportal Begutachtung - Jour fixe 17.07.2025",
                 "Teilnehmende: A. Thölken, K. Vollmer, B. Tammen, F. Tiedemann (DSB, TOP 3), IT: M. Lüken",
                 "TOP 1 Zeitplan: Pilot-Go-live 01.10.2025 (vorher 01.09.).",
                 "TOP 2 SMS-Erinnerungen: Texte T1-T4 freigegeben. Versanddienstleister: SMSHub Nord GmbH.",
                 "TOP 3 Datenschutz: keine Diagnosen/Fachrichtungen in Betreff, Ort, Beschreibung.",
                 "TOP 4 Aufbewahrung: Vorschlag 6 Monate für abgesagte Termine - Entscheidung DSB bis 31.07."],
                table=[["Nr.", "Aufgabe", "Verantwortlich", "Termin"],
                       ["1", "Schnittstellenspezifikation Gutachterportal", "IT (Lüken)", "25.07."],
                       ["2", "Löschkonzept Termine", "DSB / Projektbüro", "31.07."],
                       ["3", "Schulung Team Leistung Unfall", "Thölken", "September"]])
    m = mail("Projektbüro Terminportal <terminportal-projekt@nordwall.example>",
             "Projekt Terminportal <terminportal-team@nordwall.example>",
             "Protokoll Jour fixe Terminportal 17.07.", "2025-07-18 12:30", body,
             atts=[("Protokoll_JF_Terminportal_2025-07-17.docx", prot, T_DOCX)])
    return m, "NORMAL", "de", "internal", "trap: project minutes about the appointment portal, no cases"


def m137():
    body = """Dear Dr Lindemann,

Please find the calendar entry for the pre-authorisation call attached.

Kind regards
Claims Global Health"""
    cal = ics("Pre-authorisation call - MRI left knee - Whitfield, Thomas (NGH-3388-0412)",
              "20250724T083000", "20250724T084500", uid="nw-gh-pa-2025-13502@nordwall.example",
              organizer=("Claims Global Health", "gh-claims@nordwall.example"),
              attendees=[("Dr. Hauke Lindemann", "h.lindemann@ortho-schwachhausen.example")],
              location="Phone: +49 421 5592-6118",
              description="Member reports locking and swelling after football injury 12 July; "
                          "suspected medial meniscus tear (S83.2). Request: MRI left knee, "
                          "possible arthroscopy. PA-2025-13502.")
    m = mail("Claims Global Health <gh-claims@nordwall.example>", "Dr. Hauke Lindemann <h.lindemann@ortho-schwachhausen.example>",
             "Pre-authorisation call Thursday", "2025-07-22 16:00", body,
             atts=[("PA-2025-13502.ics", cal.encode("utf-8"), T_ICS)])
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor", \
        "harmless body; ICS names member with suspected meniscus tear for MRI pre-authorisation"


def m138():
    body = """Guten Tag Herr Brünjes,

mein Kunde Herr Hannes Vogt möchte einen Termin mit Ihnen und mir, um seine Hausrat- und
Glasversicherung auf den neuen Tarif umzustellen (Umzug nach Oyten zum 01.09., neue Adresse
Bremer Str. 77, 28876 Oyten, 94 m², Versicherungssumme 60.000 EUR). Passt Ihnen
Dienstag, 29.07., 11:00 Uhr in meinem Büro?

Verträge: HR 50-2117034 und GL 60-2117035.

Mit freundlichen Grüßen
Cem Aksoy
Versicherungsmakler, Aksoy Versicherungsmakler e. K.
Hastedter Heerstraße 140, 28207 Bremen
Erlaubnis nach § 34d Abs. 1 GewO, Reg.-Nr. D-ABC1-DEF23-45"""
    m = mail("Malte Brünjes <malte.bruenjes@nordwall.example>", "Kundencenter Oyten <kc-oyten@nordwall.example>",
             "WG: Terminanfrage Vogt - Umstellung Hausrat/Glas", "2025-07-23 08:55",
             "Hallo Oyten-Team, der Kunde zieht zu Euch ins Gebiet - könnt Ihr den Termin übernehmen?\nMalte\n\n"
             "-----Ursprüngliche Nachricht-----\nVon: Cem Aksoy <cem.aksoy@aksoy-versicherungsmakler.example>\n"
             "Gesendet: Dienstag, 22. Juli 2025 17:40\n\n" + body)
    return m, "CONFIDENTIAL", "de", "broker", "broker's appointment request: named customer's new address and household contracts"


def m139():
    body = """Thank you for your message. I am on holiday until 11 August and have no access to my
e-mails. Ich bin bis zum 11. August im Urlaub und habe keinen Zugriff auf meine E-Mails.

For urgent matters / In dringenden Fällen: Leistung Unfall, leistung-unfall@nordwall.example,
Tel. +49 421 5592-3300.

Katrin Vollmer"""
    m = mail("Katrin Vollmer <katrin.vollmer@nordwall.example>", "Ute Brinkmann <u.brinkmann@rehalotse.example>",
             "Automatische Antwort: Aufnahmetermine August", "2025-07-24 09:14", body,
             extra=[("Auto-Submitted", "auto-replied")])
    return m, "NORMAL", "mixed", "internal", "trap: bilingual out-of-office reply of the rehab manager"


def m140():
    body = """Dear Mr Hartley,

Thanks for your call. We have scheduled a short video call about your rental car excess
claim:

  Wednesday, 30 July 2025, 15:30 (UK 14:30)
  https://video.nordwall.example/room/trv-30457

The rental company (Solmar Rent a Car, Málaga) charged EUR 1,150 to your credit card for a
scratch on the rear bumper of the Seat Leon (rental agreement 4471-ML-2207). Please have the
damage report from the handover, the rental agreement and your card statement ready.
Nobody was hurt.

Policy: Annual Travel Family TR 88-2201547, claim RS-2025-003702.

Kind regards
Björn Tammen"""
    m = mail("Björn Tammen <bjoern.tammen@nordwall.example>", "Gareth Hartley <g.hartley@hartley-home.example>",
             "Video call 30 July - rental excess claim RS-2025-003702", "2025-07-24 12:00", body)
    return m, "CONFIDENTIAL", "en", "insurer-to-customer", "rental car excess claim: video call, policy and claim, no injury"


def m141():
    body = """Hi Sophie,

Before you go on leave, could we do a quick handover of your open property claims with
international customers? I've put 30 minutes in the calendar for Monday. The list is
attached as CSV (export from the claims system).

Thanks
Lena"""
    csvtext = ("claim_no,line,policyholder,email,property,status,next_step\n"
               "SH-2025-010598,household,Aoife Brennan,aoife.brennan@postbox-eu.example,\"Parkallee 58, 28209 Bremen\",open,awaiting receipts laptop/camera\n"
               "SG-2025-007915,buildings,Mei Lin Chen,meilin.chen@chen-family.example,\"Im Suestal 4, 28357 Bremen\",open,crack monitors - reading 1 Aug\n"
               "FD-2025-003381,household/bicycle,Sarah Kowalski,sarah.k@mailpoint.example,\"Am Wandrahm 9, 28195 Bremen\",open,video call done - price check\n"
               "UG-2025-000051,relocation goods,Etienne Delacroix,e.delacroix@delacroix-famille.example,\"Schwachhauser Ring 46, 28209 Bremen\",survey done,none\n")
    cal = ics("Handover property claims (international customers)", "20250728T093000", "20250728T100000",
              uid="nw-sach-handover-0728@nordwall.example",
              organizer=("Lena Kroll", "lena.kroll@nordwall.example"),
              attendees=[("Sophie Lamprecht", "sophie.lamprecht@nordwall.example")],
              location="Teams")
    m = mail("Lena Kroll <lena.kroll@nordwall.example>", "Sophie Lamprecht <sophie.lamprecht@nordwall.example>",
             "Handover open property claims - Monday", "2025-07-24 16:30", body, cal=cal,
             atts=[("open_claims_international.csv", crlf(csvtext).encode("utf-8"), T_CSV)])
    return m, "CONFIDENTIAL", "en", "internal", "attachment-only: CSV of named policyholders with addresses and claims"


def m142():
    body = """Hello colleagues,

From 1 August, all external visitors (doctors, assessors, brokers, customers) must be
registered in the visitor system at least one working day in advance. Meeting rooms with
external guests should be booked on the ground floor ("Hunte", "Lesum", "Ochtum") whenever
possible, so guests do not need to pass through the office floors.

Please only enter the visitor's name and company - no reason for the visit, no case
reference. Reception will print a badge and call you.

Facility Management / Security"""
    m = mail("Facility Management <facility@nordwall.example>", "All staff <alle@nordwall.example>",
             "New visitor registration rules from 1 August", "2025-07-25 08:00", body)
    return m, "NORMAL", "en", "internal", "trap: visitor registration and room rules"


def m143():
    body = """Sehr geehrter Herr Dr. Brenner,

vielen Dank für Ihren Vorschlag. Für das Vergleichsgespräch in der Sache Klatt ./.
Nordwall (Haftpflichtschaden PH-2025-005503, Wasserschaden aus der Wohnung unseres
Versicherungsnehmers Thorsten Klatt in der darunterliegenden Praxisetage) habe ich den
Besprechungsraum "Lesum" reserviert:

   Donnerstag, 07.08.2025, 14:00-15:30 Uhr, Nordwall, Am Wall 120, Erdgeschoss

Unsere Seite: Heike Bruns, Dr. Nele Wichmann (Recht). Wir sind grundsätzlich bereit, über
die Erstattung der Trocknungskosten (7.420 EUR) und des Mietausfalls hinaus zu sprechen;
die Forderung von 31.800 EUR für Betriebsunterbrechung halten wir für überhöht. Personen
kamen nicht zu Schaden.

Mit freundlichen Grüßen
Heike Bruns"""
    m = mail("Heike Bruns <heike.bruns@nordwall.example>", "Dr. Felix Brenner <f.brenner@kanzlei-brenner.example>",
             "Vergleichsgespräch PH-2025-005503 - 07.08.", "2025-07-25 10:40", body)
    return m, "CONFIDENTIAL", "de", "insurer-to-lawyer", "liability property claim: settlement meeting, named insured, amounts"


def m144():
    body = """Dear Mr Okafor,

Thank you for your e-mail. I have forwarded your request to Meridian; they will offer you a
new date for the follow-up examination in August.

Kind regards
Fiona"""
    fwd = """-----Original Message-----
From: Daniel Okafor <d.okafor@okafor-family.example>
Sent: Friday, 25 July 2025 07:58
To: Fiona Gallagher <fiona.gallagher@nordwall.example>
Subject: follow-up 5 Aug

Hi Fiona, I have to ask you to move the follow-up with Dr Achterberg on 5 August. The
surgeon moved my discectomy to 31 July, and I won't be able to travel to Hamburg 5 days
after the operation. Also they said the numbness in my left foot got worse so they want to
operate sooner. Sorry!
Daniel"""
    m = mail("Fiona Gallagher <fiona.gallagher@nordwall.example>", "Dr Ruth Achterberg <r.achterberg@meridian-ime.example>",
             "FW: follow-up 5 Aug", "2025-07-25 09:20",
             "Dear Dr Achterberg,\n\nPlease see Mr Okafor's message below - could your team offer a date in "
             "the second half of August?\n\nThanks\nFiona\n\n" + fwd,
             cc="Daniel Okafor <d.okafor@okafor-family.example>")
    return m, "STRICTLY_CONFIDENTIAL", "en", "customer", \
        "forwarded customer mail: surgery date and worsening numbness, IME follow-up moved"


def m145():
    body = """Dear colleagues,

Nordwall Versicherungsgruppe today announced that its health insurer now offers video
consultations to all private and expat health insurance customers. "Our customers want to
see a doctor when it suits them, not when the waiting room is empty," said Silke Ohmstede,
member of the board.

Since the pilot in 2024, more than 11,000 video consultations have taken place; 38 % took
place outside regular practice hours. The service is provided by a German telemedicine
partner; consultations are end-to-end encrypted.

Press contact: presse@nordwall.example, +49 421 5592-1010

(Draft for approval - embargo until 1 August, 09:00)"""
    m = mail("Unternehmenskommunikation <presse@nordwall.example>", "Vorstandsbüro <vorstandsbuero@nordwall.example>",
             "Press release draft: video consultations for all health customers", "2025-07-28 11:30", body)
    return m, "NORMAL", "en", "internal", "trap: press release draft on telemedicine, aggregate numbers"


def m146():
    body = """Liebe Kolleginnen und Kollegen,

der Datenschutzbeauftragte lädt zum Workshop ein:

   "Gesundheitsdaten in Kalendern, Raumbuchungen und Teams-Chats"
   Dienstag, 16.09.2025, 13:00-14:30 Uhr, Raum Weser (hybrid)

Wir schauen uns an, wo Gesundheitsdaten unbemerkt landen: Betreffzeilen von Einladungen,
Ortsangaben ("Reha-Klinik ..."), Raumdisplays, Kalenderfreigaben, Anhänge in Serienterminen,
Chatverläufe. Mit Übungen an anonymisierten Beispielen und einer Checkliste für die
Sachbearbeitung.

Zielgruppe: alle, die Termine mit Versicherten, Gutachtern oder Ärzten koordinieren.
Anmeldung über das Lernportal (LP-2025-162).

Frank Tiedemann
Datenschutzbeauftragter"""
    m = mail("Frank Tiedemann <frank.tiedemann@nordwall.example>", "Leistung Personenversicherung <leistung-pv@nordwall.example>",
             "Workshop: Gesundheitsdaten in Kalendern und Raumbuchungen (16.09.)", "2025-07-29 10:00", body)
    return m, "NORMAL", "de", "internal", "trap: DPO workshop about health data in calendars"


def m147():
    body = """Dear Ms Nowicka,

Thank you for the revised framework agreement. We confirm the following terms for
interpreting at medical examinations and case conferences from 1 September 2025:

  - booking at least 5 working days in advance via the booking form (case reference only;
    the name of the person and the address of the practice follow in the order)
  - on-site interpreting: fees according to JVEG (currently EUR 85/hour), travel time
    at 50 %
  - video interpreting: minimum charge 30 minutes
  - cancellation free of charge up to 48 hours before the appointment
  - languages: Polish, Russian, Ukrainian, Turkish, Arabic, Farsi, Tigrinya

Please return the signed agreement and the data processing agreement by 22 August.

Kind regards
Procurement Claims, Nordwall Versicherungsgruppe"""
    m = mail("Einkauf Leistung <einkauf-leistung@nordwall.example>", "Agata Nowicka <auftrag@sprachmittler-nord.example>",
             "Framework agreement interpreting services from 1 September", "2025-07-30 14:20", body)
    return m, "NORMAL", "en", "insurer-to-supplier", "trap: interpreter framework agreement, process and fees only"


def m148():
    body = """Dear members of the Medical Advisory Board,

Agenda for our meeting on 25 September (13:00-17:00, room Weser / Teams):

 1. Minutes of Q2 meeting
 2. Case 1 (anonymised): female, 44, income protection, chronic fatigue, three
    contradicting assessments - do we need a fourth?
 3. Case 2 (anonymised): male, 58, accident, amputation below knee, question of prior
    peripheral arterial disease
 4. Guideline update: assessments by video - when acceptable?
 5. Statistics: assessment turnaround times Q2 (aggregated)
 6. AOB

As usual, case documents are pseudonymised; please do not try to identify the members.

Petra Jablonski for Dr. Miriam Stade (Chair)"""
    m = mail("Petra Jablonski <petra.jablonski@nordwall.example>", "Medical Advisory Board <mab@nordwall.example>",
             "MAB 25 September - agenda", "2025-09-10 09:30", body)
    return m, "NORMAL", "en", "internal", "trap: advisory board agenda with anonymised cases (age band and sex only)"


def m149():
    body = """Dear Mr Nakamura,

As requested, I've booked an appointment with our customer advisor to take out household
contents insurance for your new flat:

  Tuesday, 5 August 2025, 17:00, Kundencenter Bremen-Mitte (English-speaking advisor)

We have prepared the application with the data you gave on the phone - please check:

  Name:           Kenji Nakamura, born 21/06/1984
  Address:        Am Dobben 112, 28203 Bremen (3rd floor, 71 m²)
  Sum insured:    EUR 46,150 (650 EUR/m²)
  Payment:        monthly direct debit from NL09 INGB 0007 3419 82

Please bring your passport and residence permit.

Kind regards
Jannik Rohlfs"""
    m = mail("Jannik Rohlfs <jannik.rohlfs@nordwall.example>", "Kenji Nakamura <kenji.nakamura@mailpoint.example>",
             "Your appointment on 5 August - household contents insurance", "2025-07-31 11:10", body)
    return m, "CONFIDENTIAL", "en", "insurer-to-customer", "appointment with birth date, address and Dutch IBAN for direct debit"


def m150():
    body = """Ihre Serienbuchung wurde bestätigt.

Buchungsnummer:  RB-2025-07730 (Serie)
Raum:            HB-B 1.07 (4 Personen)
Termine:         jeden 1. und 3. Dienstag im Monat, 09:00 - 11:00 Uhr, 02.09.2025 - 16.12.2025
Titel:           Sprechstunde Schwerbehindertenvertretung
Gebucht von:     Svenja Bührmann

Hinweis: Für diesen Raum ist die Anzeige des Titels am Raumdisplay deaktiviert.

Facility Management | Raumbuchung"""
    m = mail("Raumbuchung <raumbuchung@nordwall.example>", "Svenja Bührmann <svenja.buehrmann@nordwall.example>",
             "Serienbuchung RB-2025-07730 bestätigt: HB-B 1.07", "2025-08-01 07:45", body)
    return m, "NORMAL", "de", "internal", "trap: recurring room booking for the disability representatives' office hour, no person"


# ===========================================================================
# build and check
# ===========================================================================

def build():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith("d%s-" % NN) and f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n in range(1, N_MAILS + 1):
        m, label, lang, kind, reason = globals()["m%03d" % n]()
        finish(m, n)
        name = "d%s-%04d.eml" % (NN, n)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(m.as_bytes(policy=policy.SMTP))
        rows.append((name, label, lang, kind, reason))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    print("wrote %d mails to %s" % (len(rows), OUT))


IBAN_FMT = {"DE": (22, r"DE\d{20}"), "AT": (20, r"AT\d{18}"),
            "GB": (22, r"GB\d{2}[A-Z]{4}\d{14}"), "NL": (18, r"NL\d{2}[A-Z]{4}\d{10}")}


def iban_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def find_ibans(text):
    out = []
    for mt in re.finditer(r"\b(?=(?:DE|AT|GB|NL)\d{2})", text):
        run = re.match(r"[ A-Z0-9]{0,44}", text[mt.start():]).group(0)
        compact = run.replace(" ", "")
        cc = compact[:2]
        length, fmt = IBAN_FMT[cc]
        cand = compact[:length]
        if len(cand) == length and re.fullmatch(fmt, cand):
            out.append(cand)
    return out


def _pdf_text(data):
    out = []
    for mt in re.finditer(rb"\((?:\\.|[^\\)])*\)", data):
        s = mt.group(0)[1:-1]
        s = re.sub(rb"\\(.)", rb"\1", s)
        out.append(s.decode("cp1252", "replace"))
    return "\n".join(out)


def _check_pdf(data, errs, where):
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        errs.append("%s: PDF header/trailer" % where)
        return ""
    mt = re.search(rb"startxref\s+(\d+)", data)
    if not mt or data[int(mt.group(1)):int(mt.group(1)) + 4] != b"xref":
        errs.append("%s: PDF startxref" % where)
    xref = data[int(mt.group(1)):] if mt else b""
    offs = re.findall(rb"(\d{10}) 00000 n", xref)
    for i, o in enumerate(offs, 1):
        if not data[int(o):].startswith(b"%d 0 obj" % i):
            errs.append("%s: PDF object %d offset" % (where, i))
    return _pdf_text(data)


def _check_zip_office(data, errs, where, kind):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        errs.append("%s: bad zip" % where)
        return ""
    if z.testzip() is not None:
        errs.append("%s: zip CRC" % where)
    names = z.namelist()
    need = {"docx": ["[Content_Types].xml", "word/document.xml"],
            "xlsx": ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"],
            "odt": ["mimetype", "content.xml"], "ods": ["mimetype", "content.xml"]}[kind]
    for nm in need:
        if nm not in names:
            errs.append("%s: missing %s" % (where, nm))
    if kind in ("odt", "ods"):
        if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
            errs.append("%s: ODF mimetype must be first and stored" % where)
    text = []
    for nm in names:
        if nm.endswith(".xml") or nm.endswith(".rels"):
            try:
                root = ET.fromstring(z.read(nm))
                text.append(" ".join(t for t in root.itertext()))
            except ET.ParseError as e:
                errs.append("%s: XML %s: %s" % (where, nm, e))
    return "\n".join(text)


def _check_ics(text, errs, where):
    raw = text
    if "BEGIN:VCALENDAR" not in raw or "END:VCALENDAR" not in raw:
        errs.append("%s: ICS envelope" % where)
    for ln in raw.split("\r\n"):
        if len(ln.encode("utf-8")) > 75:
            errs.append("%s: ICS line longer than 75 octets" % where)
            break
    unf = raw.replace("\r\n ", "")
    evs = re.findall(r"BEGIN:VEVENT(.*?)END:VEVENT", unf, re.S)
    if not evs or unf.count("BEGIN:VEVENT") != unf.count("END:VEVENT"):
        errs.append("%s: ICS VEVENT" % where)
    for e in evs:
        for p in ("UID:", "DTSTART", "DTEND", "SUMMARY:", "ORGANIZER"):
            if p not in e:
                errs.append("%s: ICS event without %s" % (where, p))
    return unf


def _check_csv(text, errs, where):
    rows = list(csv.reader(io.StringIO(text), delimiter=";" if text.count(";") > text.count(",") else ","))
    if len(rows) < 2 or len({len(r) for r in rows if r}) != 1:
        errs.append("%s: CSV shape" % where)
    return text


def _attachment_text(fname, ctype, data, errs, where):
    lf = (fname or "").lower()
    if lf.endswith(".pdf") or ctype == T_PDF:
        return _check_pdf(data, errs, where)
    for ext in ("docx", "xlsx", "odt", "ods"):
        if lf.endswith("." + ext):
            return _check_zip_office(data, errs, where, ext)
    if lf.endswith(".zip"):
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            errs.append("%s: bad zip" % where)
            return ""
        if z.testzip() is not None:
            errs.append("%s: zip CRC" % where)
        return "\n".join(_attachment_text(nm, "", z.read(nm), errs, where + "!" + nm)
                         for nm in z.namelist())
    if lf.endswith(".ics"):
        return _check_ics(data.decode("utf-8"), errs, where)
    if lf.endswith(".csv"):
        enc = "windows-1252" if ctype == "application/vnd.ms-excel" else "utf-8"
        return _check_csv(data.decode(enc), errs, where)
    errs.append("%s: unknown attachment type %s" % (where, fname))
    return ""


def check():
    errs = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errs.append("labels.tsv header")
    rows = [l.split("\t") for l in lines[1:] if l]
    counts = {}
    langs = {}
    traps = 0
    for r in rows:
        if len(r) != 5 or not all(r):
            errs.append("labels.tsv row %r" % (r,))
            continue
        counts[r[1]] = counts.get(r[1], 0) + 1
        langs[(r[1], r[2])] = langs.get((r[1], r[2]), 0) + 1
        if r[2] not in ("de", "en", "mixed"):
            errs.append("bad lang %s" % r[0])
        if r[1] == "NORMAL" and r[4].startswith("trap:"):
            traps += 1
    if counts != EXPECTED:
        errs.append("label counts %r != %r" % (counts, EXPECTED))
    names = ["d%s-%04d.eml" % (NN, n) for n in range(1, N_MAILS + 1)]
    if [r[0] for r in rows] != names:
        errs.append("labels.tsv file column")
    present = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if present != names:
        errs.append("mails/ does not hold exactly %d expected files" % N_MAILS)
    msgids = set()
    n_ibans = n_att = 0
    for name in names:
        path = os.path.join(OUT, name)
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errs.append("%s: bare LF/CR" % name)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg[h]:
                errs.append("%s: missing %s" % (name, h))
        if msg["Message-ID"] in msgids:
            errs.append("%s: duplicate Message-ID" % name)
        msgids.add(msg["Message-ID"])
        texts = [str(msg[h]) for h in ("From", "To", "Cc", "Reply-To", "Subject", "Message-ID") if msg[h]]
        for part in msg.walk():
            ct = part.get_content_type()
            if part.is_multipart():
                if ct == "message/rfc822":
                    inner = part.get_payload(0)
                    if not inner["Subject"] or not inner["From"]:
                        errs.append("%s: nested message without headers" % name)
                    n_att += 1
                    texts += [str(inner[h]) for h in ("From", "To", "Subject") if inner[h]]
                continue
            fname = part.get_filename()
            where = "%s:%s" % (name, fname or ct)
            if fname:
                n_att += 1
                data = part.get_payload(decode=True)
                texts.append(_attachment_text(fname, ct, data, errs, where))
            elif ct == "text/calendar":
                texts.append(_check_ics(part.get_content(), errs, where))
            elif part.get_content_maintype() == "text":
                texts.append(part.get_content())
            else:
                errs.append("%s: unexpected part %s" % (name, ct))
        blob = "\n".join(texts)
        for mt in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", blob):
            if not mt.group(1).lower().endswith(".example"):
                errs.append("%s: non-.example address %s" % (name, mt.group(0)))
        for mt in re.finditer(r"https?://([^/\s<>\"')]+)", blob):
            if not mt.group(1).lower().endswith(".example"):
                errs.append("%s: non-.example URL host %s" % (name, mt.group(1)))
        for mt in re.finditer(r"\bwww\.[\w.-]*\w", blob):
            if not mt.group(0).lower().endswith(".example"):
                errs.append("%s: non-.example www host %s" % (name, mt.group(0)))
        for ib in find_ibans(blob):
            n_ibans += 1
            if not iban_ok(ib) and ib not in INVALID_IBAN_OK:
                errs.append("%s: IBAN checksum %s" % (name, ib))
    print("mails: %d, labels: %s" % (len(present), ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    print("by label x lang: " + ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(langs.items())))
    print("NORMAL traps: %d; attachments checked (incl. nested/ZIP containers): %d; IBANs checked: %d"
          % (traps, n_att, n_ibans))
    if errs:
        for e in errs:
            print("ERROR:", e)
        print("CHECK FAILED (%d errors)" % len(errs))
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
