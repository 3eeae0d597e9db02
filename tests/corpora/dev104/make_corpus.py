#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev104 for Siegel: meeting minutes, agendas, case conferences,
jour fixe notes, committee / works-council minutes, status reports and
steering-committee decks at the (invented) Elbstrom Versicherung AG.

Every mail is written by hand in its own function m001 ... m150.
The helpers below only turn that content into MIME or attachment files.

    python make_corpus.py          # writes mails/d104-0001.eml ... and labels.tsv
    python make_corpus.py --check  # re-parses and validates everything
"""
import csv
import datetime
import io
import os
import re
import sys
import zipfile
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
NN = 104
TOTAL = 150
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
ZIP_TS = (2024, 3, 1, 9, 0, 0)
TZ = datetime.timezone(datetime.timedelta(hours=1))
CEST = datetime.timezone(datetime.timedelta(hours=2))


def _tz(d):
    """Europe/Berlin offset for 2024 (summer time 31 Mar - 27 Oct)."""
    return CEST if datetime.datetime(2024, 3, 31, 2) <= d < datetime.datetime(2024, 10, 27, 3) else TZ

MAILS = {}
DATES = {}  # send dates of mails that do not pass date= themselves


def reg(label, lang, kind, reason):
    """Register a hand-written mail function with its label row."""
    def deco(fn):
        n = int(fn.__name__[1:])
        MAILS[n] = (fn, label, lang, kind, reason)
        return fn
    return deco


# ---------------------------------------------------------------- MIME helpers

def _date(n, date):
    date = date or DATES.get(n)
    if date:
        d = datetime.datetime.strptime(date, "%Y-%m-%d %H:%M")
        return format_datetime(d.replace(tzinfo=_tz(d)))
    base = datetime.datetime(2024, 2, 5, 8, 12, tzinfo=TZ)
    return format_datetime(base + datetime.timedelta(hours=n * 13 + (n * 7) % 50, minutes=(n * 17) % 60))


def att(filename, data, ctype):
    """An attachment: filename, bytes (or str -> utf-8), 'type/subtype'."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return (filename, data, ctype)


def mail(n, frm, to, subject, text=None, html=None, cc=None, atts=(), date=None,
         charset="utf-8", cte="quoted-printable", headers=None, flowed=False,
         inner=None, inner_name=None):
    """Build an EmailMessage from hand-written parts."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = _date(n, date)
    msg["Message-ID"] = "<d104.%04d.%s@elbstrom.example>" % (n, "7f3a%02x" % (n % 251))
    for k, v in (headers or {}).items():
        msg[k] = v
    if text is not None:
        msg.set_content(text, subtype="plain", charset=charset, cte=cte)
        if flowed:
            msg.set_param("format", "flowed")
        if html is not None:
            msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    if inner is not None:
        if msg.get_content_maintype() != "multipart":
            msg.make_mixed()
        part = EmailMessage(policy=policy.SMTP)
        part.set_content(inner)
        part["Content-Disposition"] = "attachment" + (
            '; filename="%s"' % inner_name if inner_name else "")
        msg.attach(part)
    for fname, data, ctype in atts:
        maintype, subtype = ctype.split("/", 1)
        if maintype == "text":
            params = {}
            if subtype == "calendar":
                params["method"] = "REQUEST"
            msg.add_attachment(data, maintype=maintype, subtype=subtype,
                               filename=fname, cte="base64", params=params)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("=_elb104_%04d_%d" % (n, i))
    return msg


def inner_mail(frm, to, subject, text, date, msgid, cc=None):
    """A forwarded message (message/rfc822 content), written by hand."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    d = datetime.datetime.strptime(date, "%Y-%m-%d %H:%M")
    d = d.replace(tzinfo=_tz(d))
    m["Date"] = format_datetime(d)
    m["Message-ID"] = msgid
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    return m


# ------------------------------------------------------- attachment builders

def _zip(members, mimetype=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        if mimetype:
            zi = zipfile.ZipInfo("mimetype", ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, mimetype)
        for name, data in members:
            zi = zipfile.ZipInfo(name, ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zip_file(members):
    """members: list of (name, bytes or str)."""
    return _zip([(n, d.encode("utf-8") if isinstance(d, str) else d) for n, d in members])


def docx(paragraphs):
    """paragraphs: list of str; a str starting with '# ' becomes bold; a list becomes a table row set."""
    body = []
    for p in paragraphs:
        if isinstance(p, list):
            rows = []
            for row in p:
                cells = "".join(
                    '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(c)
                    for c in row)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append("<w:tbl>%s</w:tbl>" % "".join(rows))
        elif p.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p))
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
    return _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                 ("word/document.xml", doc.encode("utf-8"))])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1"):
    """rows: list of lists of str/int/float."""
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
        out.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(out))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
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
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                 ("xl/workbook.xml", wb.encode("utf-8")), ("xl/_rels/workbook.xml.rels", wbrels.encode()),
                 ("xl/worksheets/sheet1.xml", sh.encode("utf-8"))])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content %s><office:body>%s</office:body></office:document-content>' % (_ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("content.xml", content.encode("utf-8")), ("META-INF/manifest.xml", manifest.encode())],
                mimetype=mime)


def odt(paragraphs):
    body = "".join("<text:p>%s</text:p>" % xesc(p) for p in paragraphs)
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % body)


def ods(rows, sheet="Tabelle1"):
    trs = []
    for row in rows:
        tds = "".join('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(c))
                      for c in row)
        trs.append("<table:table-row>%s</table:table-row>" % tds)
    body = '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>' % (
        xesc(sheet), "".join(trs))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", body)


def _pdfesc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, title=None):
    """A one- or multi-page PDF with plain text lines (Helvetica, WinAnsi)."""
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)] or [[]]
    objs = []
    npages = len(pages)
    # 1 catalog, 2 pages, 3 font, then (page, content) pairs
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(npages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, npages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pl in enumerate(pages):
        parts = ["BT /F1 10 Tf 50 800 Td 13 TL"]
        for ln in pl:
            parts.append("(%s) '" % _pdfesc(ln))
        parts.append("ET")
        stream = "\n".join(parts).encode("cp1252", "replace")
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    info = ""
    if title:
        info = ""
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def ics(uid, start, end, summary, location, organizer, attendees, description=""):
    """start/end 'YYYYMMDDTHHMMSS' local Europe/Berlin."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Elbstrom Versicherung//Outlook 16.0 MIMEDIR//DE",
             "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
             "UID:%s" % uid, "DTSTAMP:20240201T080000Z",
             "DTSTART;TZID=Europe/Berlin:%s" % start, "DTEND;TZID=Europe/Berlin:%s" % end,
             "SUMMARY:%s" % summary, "LOCATION:%s" % location,
             "ORGANIZER:mailto:%s" % organizer]
    for a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % a)
    if description:
        lines.append("DESCRIPTION:%s" % description.replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def csv_bytes(rows, encoding="utf-8", delim=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX_PDF = "application/pdf"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"


# =====================================================================
# Mails 001-025
# =====================================================================
DATES.update({
    1: "2024-02-22 15:40", 2: "2024-02-14 11:20", 3: "2024-02-21 09:05", 4: "2024-03-01 17:48",
    5: "2024-03-11 08:55", 6: "2024-02-26 14:10", 7: "2024-02-08 12:31", 8: "2024-03-14 10:02",
    9: "2024-03-28 16:15", 10: "2024-03-11 15:22", 11: "2024-03-06 09:40", 12: "2024-03-05 13:00",
    13: "2024-02-28 18:07", 14: "2024-03-07 11:11", 15: "2024-03-13 10:45", 16: "2024-03-14 17:30",
    17: "2024-03-20 09:00", 18: "2024-03-04 10:30", 19: "2024-03-11 21:14", 20: "2024-03-20 08:41",
    21: "2024-03-05 16:55", 22: "2024-02-12 09:33", 23: "2024-03-19 14:25", 24: "2024-04-05 12:00",
    25: "2024-03-21 15:50",
})


@reg("NORMAL", "de", "internal", "trap: agenda Jour fixe Leistung Kranken with GOÄ, ICD-10-GM, Arztrechnungen, Hilfsmittel; no person")
def m001():
    text = """Hallo zusammen,

anbei die Einladung zum nächsten Jour fixe Leistung Kranken. Bitte Themen
bis Montagmittag an mich, dann verschicke ich die finale Agenda.

Agenda (Entwurf)
TOP 1  Protokoll letzter JF / offene Punkte (Wendler)
TOP 2  GOÄ-Novelle: Stand Gesetzgebung, Auswirkungen auf Rechnungsprüfung (Kersten)
TOP 3  Umstellung ICD-10-GM 2024 im Leistungssystem LEA – Regressionstest abgeschlossen? (IT/Fachbereich)
TOP 4  Rückstände Arztrechnungen ambulant / Zahn: Entwicklung KW 5-8 (Teamleiter)
TOP 5  Hilfsmittelverzeichnis: neue Preisobergrenzen Hörgeräte, Rollatoren
TOP 6  Beihilfeergänzungstarife – Schnittstelle zur Beihilfestelle Nord
TOP 7  Verschiedenes

Raum: 4.12 (Elbblick) bzw. Teams für die Kolleg:innen im Homeoffice.

Viele Grüße
Nadine Kowalczyk
Assistenz Leistung Kranken
Elbstrom Krankenversicherung AG
Überseering 41, 22297 Hamburg
"""
    cal = ics("jf-lk-2024-0226@elbstrom.example", "20240226T100000", "20240226T113000",
              "Jour fixe Leistung Kranken", "Raum 4.12 Elbblick / Teams",
              "nadine.kowalczyk@elbstrom.example",
              ["katrin.wendler@elbstrom.example", "tim.kersten@elbstrom.example",
               "leistung-kranken-tl@elbstrom.example"])
    return mail(1, "Nadine Kowalczyk <nadine.kowalczyk@elbstrom.example>",
                "leistung-kranken-tl@elbstrom.example",
                "Einladung: Jour fixe Leistung Kranken 26.02.",
                text, cc="Dr. Katrin Wendler <katrin.wendler@elbstrom.example>",
                atts=[att("Einladung.ics", cal, "text/calendar")])


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "Protokoll JF BU-Leistung: TOP 4 names a BU claimant with depressive disorder F33.1, AU and psychiatric expert opinion among general items")
def m002():
    text = """Protokoll Jour fixe BU-Leistung – KW 7/2024
Datum: 14.02.2024, 09:00–10:15, Raum 3.07 / Teams
Teilnehmer: J. Habermehl (Moderation), Dr. U. Brandhorst, S. Köhnke, M. Rühmann, L. Albers
Protokoll: L. Albers

TOP 1 Rückstände / Bestand
- Offene Erstprüfungen: 212 (Vormonat 236), davon älter 6 Monate: 41
- Nachprüfungen fällig Q1: 88, bisher angestoßen 53
- Ziel bleibt: Erstentscheidung innerhalb 6 Monaten bei 80 % der Fälle.

TOP 2 Gutachterpool
- Vertrag mit Gutachteninstitut Weserbergland läuft 06/2024 aus; Ausschreibung durch Einkauf.
- Wartezeit auf orthopädische Gutachten derzeit 14 Wochen (!). Dr. Brandhorst prüft zwei
  weitere Praxen in Hannover.

TOP 3 Leitfaden Nachprüfung
- Entwurf v0.4 liegt im Teams-Ordner. Kommentare bis 28.02. an S. Köhnke.

TOP 4 Einzelfälle
4.1 Weißgerber, Dirk – LV-Nr. 4-118.203.55, SBU-Tarif BU24
    Leistungsantrag vom 11.09.2023, zuletzt Industriemechaniker (Schichtbetrieb).
    AU durchgehend seit 27.03.2023, Diagnose lt. Befundbericht Dr. Tiedemann (FA Psychiatrie):
    rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (F33.1),
    zusätzlich Schlafstörung, stationärer Aufenthalt Klinik am Süntel 05–07/2023.
    Berufsbild liegt vor. Dr. Brandhorst: Befunde reichen für Entscheidung nicht aus, Grad der
    BU nicht ableitbar.
    -> Beschluss: psychiatrisches Zusatzgutachten beauftragen, VN schriftlich informieren,
       bis dahin keine Ablehnung. Verantwortlich: M. Rühmann, Termin 23.02.
4.2 Fall Vorlage Köhnke – verschoben auf nächsten JF (Unterlagen unvollständig).

TOP 5 Verschiedenes
- Urlaubsplanung Ostern: bitte bis Ende Februar im Teamkalender eintragen.
- Nächster JF: 28.02.2024.

gez. L. Albers
"""
    return mail(2, "Lea Albers <lea.albers@elbstrom.example>",
                "Jörg Habermehl <joerg.habermehl@elbstrom.example>, Dr. Ulrike Brandhorst <ulrike.brandhorst@elbstrom.example>, Sven Köhnke <sven.koehnke@elbstrom.example>, Maren Rühmann <maren.ruehmann@elbstrom.example>",
                "Protokoll JF BU-Leistung KW 7", text)


@reg("CONFIDENTIAL", "en", "internal", "Phoenix SteerCo minutes: incident item names a household policyholder debited twice, with policy number and IBAN")
def m003():
    text = """Project PHOENIX - Steering Committee #11 - Minutes
Date: 20 Feb 2024, 14:00-15:30, Board room 9 / Teams

Attendees: Dr. H. Vossberg (chair), T. Reinke (PL), P. Raman (Group IT), A. Lüders (PMO),
C. Petersen (Claims P&C), F. McAllister (Group Compliance), T. Nowak (CodeBridge)

1. Status overview
   Overall status AMBER (unchanged). Wave 2 (household, liability) dual-run since 05 Feb.
   Wave 3 (motor) cut-over plan to be re-baselined, see item 4.

2. Budget
   Spent to date EUR 14.2m of 21.6m; forecast at completion EUR 22.9m (+6 %).
   Change request CR-031 (additional test environment) approved.

3. Incidents during dual-run
   INC-4471: premium collection ran in both legacy (VIA) and new core for 312 household
   contracts on 15 Feb. 309 reversed automatically. Three manual cases, one escalated by the
   customer himself to the board office:
     - Lukas Brenner, Am Wall 18, 28195 Bremen, household policy HR-2208841,
       debited twice EUR 231.40 from DE67 1023 1179 8687 8364 00. Refund booked 19 Feb,
       apology letter by Customer Service (J. Feddersen). Goodwill EUR 25 approved.
   Root cause: SEPA file generation not switched off in legacy for wave-2 products.
   Action: T. Nowak to deliver fix + regression test by 27 Feb.

4. Motor wave re-plan
   Proposal to move cut-over from 01 Apr to 01 Jul accepted. PMO to update master plan.

5. AOB
   Next SteerCo 19 Mar 2024.

Minutes: A. Lüders
"""
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p><b>Project PHOENIX &ndash; Steering Committee #11 &ndash; Minutes</b><br>
Date: 20 Feb 2024, 14:00-15:30, Board room 9 / Teams</p>
<p>Attendees: Dr. H. Vossberg (chair), T. Reinke (PL), P. Raman (Group IT), A. L&uuml;ders (PMO),
C. Petersen (Claims P&amp;C), F. McAllister (Group Compliance), T. Nowak (CodeBridge)</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Topic</th><th>Outcome / action</th><th>Owner</th></tr>
<tr><td>1</td><td>Status overview</td><td>AMBER (unchanged). Wave 2 dual-run since 05 Feb.</td><td>Reinke</td></tr>
<tr><td>2</td><td>Budget</td><td>EUR 14.2m of 21.6m spent, EAC EUR 22.9m (+6 %). CR-031 approved.</td><td>L&uuml;ders</td></tr>
<tr><td>3</td><td>INC-4471 double collection</td><td>312 household contracts, 309 reversed automatically. Escalated case:
Lukas Brenner, Am Wall 18, 28195 Bremen, policy HR-2208841, debited twice EUR 231.40 from
DE67 1023 1179 8687 8364 00; refund booked 19 Feb, goodwill EUR 25.</td><td>Nowak / Feddersen</td></tr>
<tr><td>4</td><td>Motor wave re-plan</td><td>Cut-over moved to 01 Jul.</td><td>PMO</td></tr>
<tr><td>5</td><td>AOB</td><td>Next SteerCo 19 Mar 2024.</td><td>&ndash;</td></tr>
</table>
<p>Minutes: A. L&uuml;ders</p>
</body></html>"""
    return mail(3, "Anja Lüders <anja.lueders@elbstrom.example>",
                "phoenix-steerco@elbstrom.example",
                "PHOENIX SteerCo #11 - minutes", text, html=html,
                cc="Tomasz Nowak <tomasz.nowak@codebridge.example>")


@reg("NORMAL", "en", "internal", "weekly project status report, RAG and milestones, staff only in project roles")
def m004():
    text = """Hi all,

PHOENIX weekly status, CW 9.

Overall: AMBER
Scope: GREEN | Schedule: AMBER | Budget: AMBER | Resources: RED

Achieved this week
- Wave 2 dual-run day 18, reconciliation differences down to 0.4 % of records
- Fix for INC-4471 deployed to T2, regression 86 % executed
- Data migration rehearsal #3 for motor started (extract only)

Next week
- Go/no-go prep for wave 2 final switch (target 11 Mar)
- Interface spec BiPRO 430 broker post sign-off

Risks / issues
R-12 Two senior testers leave CodeBridge end of March -> replacement requested (Nowak)
R-19 Print vendor capacity in April (renewal run) -> alignment with Output Mgmt on 4 Mar
I-07 Test data for motor still not anonymised -> NO production extracts in T2 until DPO
     sign-off. Please respect this, I had to delete a copy on Tuesday.

Milestones
M5 Wave 2 switch                  11 Mar   at risk
M6 Motor migration rehearsal #4   08 Apr   on track
M7 Motor cut-over                 01 Jul   re-baselined

Cheers,
Anja

--
Anja Lüders | PMO Transformation | Elbstrom Versicherung AG
Überseering 41, 22297 Hamburg | +49 40 6021-4418
"""
    return mail(4, "Anja Lüders <anja.lueders@elbstrom.example>",
                "phoenix-core-team@elbstrom.example", "PHOENIX status CW09", text, cte="8bit")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "works-council minutes only in DOCX: hearing under § 102 BetrVG on illness-related dismissal of a named employee with sick days and spinal condition; body harmless")
def m005():
    text = """Liebe BR-Mitglieder,

anbei das Protokoll der 14. ordentlichen Sitzung vom 07.03. zur Kenntnis und Freigabe.
Änderungswünsche bitte bis Donnerstag an mich, sonst gilt es als genehmigt.

Bitte das Dokument nicht weiterleiten.

Gruß
Mehmet

Mehmet Aydın
stellv. Vorsitzender des Betriebsrats
Elbstrom Versicherung AG, Betrieb Hamburg
"""
    doc = docx([
        "# Betriebsrat der Elbstrom Versicherung AG – Betrieb Hamburg",
        "# Protokoll der 14. ordentlichen Betriebsratssitzung",
        "Datum: 07.03.2024, 13:00–16:20 Uhr, BR-Büro 1.03",
        "Anwesend: S. Ohlendorf (Vors.), M. Aydın, K. Brüggemann, P. Scholz, D. Wiechmann, H. Ilić, T. Kranz, G. Thiessen (SBV, beratend)",
        "Entschuldigt: R. Hauschild (Ersatzmitglied: B. Jürgens)",
        "Beschlussfähigkeit festgestellt (9 von 11).",
        "# TOP 1 Genehmigung des Protokolls der 13. Sitzung",
        "Einstimmig genehmigt.",
        "# TOP 2 Betriebsvereinbarung Mobiles Arbeiten – Verhandlungsstand",
        "Arbeitgeber bietet 60 % mobile Quote, BR fordert 70 %. Nächster Termin 21.03.",
        "# TOP 3 Anhörung nach § 102 BetrVG – beabsichtigte ordentliche Kündigung",
        "Mitarbeiter: Rainer Stölting, Sachbearbeiter Vertrag Kfz, Betriebszugehörigkeit seit 01.08.2006, 52 Jahre, verheiratet, zwei unterhaltspflichtige Kinder.",
        "Kündigungsgrund lt. Arbeitgeber: krankheitsbedingt (häufige Kurzerkrankungen und Langzeiterkrankung).",
        "Fehltage: 2021: 48 AT, 2022: 71 AT, 2023: 96 AT. Lt. Anhörungsschreiben überwiegend wegen Wirbelsäulenerkrankung (Bandscheibenvorfall L4/L5, zweimalige Operation), zuletzt Reha in Bad Bramstedt.",
        "BEM wurde am 12.05.2023 angeboten; Herr Stölting hat lt. Arbeitgeber abgelehnt. Herr Stölting hat gegenüber G. Thiessen angegeben, ein GdB-Antrag (Schwerbehinderung) laufe beim Versorgungsamt.",
        "Diskussion: Negative Gesundheitsprognose nicht belegt, leidensgerechter Arbeitsplatz (Innendienst ohne Außentermine, höhenverstellbarer Tisch) nicht geprüft; bei laufendem GdB-Antrag ggf. Zustimmung Integrationsamt erforderlich.",
        "Beschluss: Der BR widerspricht der Kündigung gem. § 102 Abs. 3 Nr. 3 BetrVG (9 Ja, 0 Nein, 0 Enthaltung). S. Ohlendorf formuliert den Widerspruch, Frist 14.03.",
        "# TOP 4 Eingruppierungen / Versetzungen (§ 99 BetrVG)",
        "Vier Vorgänge, alle Zustimmung (siehe Anlage 2, separat).",
        "# TOP 5 Verschiedenes",
        "Betriebsversammlung 18.04., Raum Alster; Einladung durch S. Ohlendorf.",
        "Protokoll: M. Aydın",
    ])
    return mail(5, "Mehmet Aydın <mehmet.aydin@elbstrom.example>",
                "betriebsrat-hamburg@elbstrom.example",
                "Protokoll 14. BR-Sitzung zur Freigabe", text,
                atts=[att("Protokoll_BR_14_Sitzung_2024-03-07.docx", doc, DOCX)])


@reg("NORMAL", "de", "internal", "trap: ASA minutes with sickness rate, commuting accidents count, flu vaccination, AED, first aiders; aggregates, no person")
def m006():
    text = """Protokoll Arbeitsschutzausschuss (ASA) – Sitzung I/2024
Datum: 22.02.2024, 10:00–11:45 Uhr
Teilnehmer: Hr. Dr. Vossberg (AG), Fr. Timmermann (HR), Hr. Dr. Reimer (Betriebsarzt, arbeitsmedizin nord),
Fr. Sandmann (Fachkraft für Arbeitssicherheit), Fr. Ohlendorf und Hr. Kranz (BR), Fr. Thiessen (SBV)

1. Unfallgeschehen 2023
   3 meldepflichtige Wegeunfälle (Vorjahr 5), 0 Arbeitsunfälle im Gebäude.
   Schwerpunkt weiterhin Glätte im Winter auf dem Weg zur U-Bahn; Hinweis im Intranet im November.

2. Krankenstand
   Gesamt 2023: 5,9 % (2022: 6,4 %). Auswertung nach Bereichen nur für Einheiten > 20 MA,
   siehe Folie 4 der Präsentation. Keine Einzelauswertung.

3. Betriebsärztliche Angebote
   - Grippeschutzimpfung 2024: 14.10. und 15.10. im Gesundheitsraum EG, Anmeldung über das Intranet.
   - Bildschirmarbeitsplatz-Vorsorge (G37 neu: Angebotsvorsorge) läuft, Quote 41 %.
   - Sprechstunde Dr. Reimer weiterhin jeden 2. Dienstag.

4. Erste Hilfe / AED
   Ersthelfer: 38 (Soll nach DGUV 33). Auffrischungskurse im Mai mit den Johannitern.
   AED im Foyer und im 6. OG; Elektroden im 6. OG ablaufend 08/2024 -> Nachbestellung (Sandmann).

5. Gefährdungsbeurteilung psychische Belastung
   Befragung im Leistungsbereich abgeschlossen, Rücklauf 63 %. Ergebnisse nur aggregiert;
   Workshop mit Führungskräften im April.

6. Verschiedenes
   Nächste Sitzung: 23.05.2024.

f.d.R. Sandmann
"""
    return mail(6, "Britta Sandmann <britta.sandmann@elbstrom.example>",
                "asa@elbstrom.example", "Protokoll ASA I/2024", text)


@reg("CONFIDENTIAL", "de", "internal", "Fallkonferenz Kfz-Großschaden: named policyholder, plate, EV fire in garage, reserve; explicitly no personal injury")
def m007():
    text = """Moin zusammen,

kurzes Ergebnisprotokoll unserer Fallkonferenz von heute Vormittag.

Fallkonferenz Kfz-Großschaden
Schaden-Nr.: 24-KF-0019822
VN: Hanna Liebig, Eppendorfer Landstraße 112, 20251 Hamburg
Fzg.: Tesla Model Y, amtl. Kz. HH-EL 4471, VK mit SB 500 €
Schadentag: 03.02.2024, Brand in Tiefgarage WEG Eppendorfer Landstraße 110-114

Sachstand
- Fahrzeug ausgebrannt, Totalschaden. WBW lt. Gutachten Dekra 41.800 €.
- Übergriff auf 6 weitere Fahrzeuge + Gebäudeschaden (Decke, Elektrik, Sprinkler).
- Personenschäden: keine. Feuerwehr hat Garage gesperrt, Bewohner konnten in der Nacht zurück.
- Brandursache noch offen; Fahrzeug steht sichergestellt bei Fa. Kaltenbach (Brandursachenermittler).

Reserve
- Kasko 41.300 €
- KH (Fremdfahrzeuge + Gebäude): Erstreserve 340.000 €, Anzeige an Rückversicherung ab 250 T€ -> erledigt.

Beschlüsse
1. Regress gegen Hersteller prüfen, sobald Brandgutachten vorliegt (C. Petersen / Regress).
2. Gebäudeversicherer der WEG (Hanseatische Feuer) kontaktieren, Teilungsabkommen? (S. Grote)
3. VN erhält Abschlag 20.000 € auf Kasko, Rest nach Klärung Finanzierung (Bank hat Sicherungsschein).

Nächste Fallkonferenz in 4 Wochen oder bei neuem Sachstand.

Gruß
Claas Petersen
Leitung Schaden Komposit
"""
    return mail(7, "Claas Petersen <claas.petersen@elbstrom.example>",
                "Svenja Grote <svenja.grote@elbstrom.example>, regress@elbstrom.example",
                "Ergebnis Fallkonferenz KF 24-KF-0019822", text)


@reg("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner", "reinsurer claims review minutes only in PDF: deceased life insured with cause of death (pancreatic carcinoma C25.0), non-disclosure review; body harmless")
def m008():
    text = """Dear Eleanor,

Thank you again for hosting us in Cologne. Please find attached our minutes of the quarterly
claims review of 12 March. Items 2 and 3 need your feedback before the treaty meeting in May.

Kind regards,
Stefan

Stefan Grabowski
Head of Underwriting & Claims Life
Elbstrom Lebensversicherung AG
"""
    p = pdf([
        "Elbstrom Lebensversicherung AG / Baltic Re SE",
        "Quarterly Claims Review Q1 2024 - Minutes",
        "Date: 12 March 2024, Baltic Re office Cologne",
        "Participants: E. Whitfield, K. Osei (Baltic Re); S. Grabowski, Dr. U. Brandhorst (Elbstrom)",
        "",
        "1. Portfolio overview",
        "   Death claims Q4 2023: 61 (plan 58). Sum at risk paid EUR 7.4m, thereof ceded EUR 2.1m.",
        "   Disability (BU) new claims: 94, acceptance rate 71 %.",
        "",
        "2. Large claim L-2023-117 (treaty surplus, retention EUR 500k)",
        "   Insured life: Gerd Hallstein, born 21.06.1964, policy 2-447.190.02, term life,",
        "   sum insured EUR 1,200,000, inception 01.04.2021 (within 3 years).",
        "   Date of death: 02.11.2023. Cause of death per death certificate:",
        "   metastatic adenocarcinoma of the pancreas (C25.0), first diagnosis 06/2023.",
        "   Medical records from GP (2018-2021) requested under consent: no indication of",
        "   pre-contractual symptoms; one ultrasound 2020 for gallstones (K80.2) disclosed in",
        "   the application. Dr. Brandhorst: no breach of disclosure duty.",
        "   Elbstrom proposes full payment. Baltic Re to confirm by 29 March.",
        "",
        "3. Large claim L-2024-009 - documents pending, discussed at next meeting.",
        "",
        "4. Reporting format",
        "   Bordereaux to move to the new template (CSV, semicolon) from Q2.",
        "",
        "Next review: June 2024, Hamburg.",
    ])
    return mail(8, "Stefan Grabowski <stefan.grabowski@elbstrom.example>",
                "Eleanor Whitfield <eleanor.whitfield@balticre.example>",
                "Minutes - Quarterly Claims Review Q1 2024", text,
                cc="Kwame Osei <kwame.osei@balticre.example>",
                atts=[att("Minutes_QCR_Q1_2024.pdf", p, "application/pdf")])


@reg("NORMAL", "en", "internal", "trap: DPO committee agenda on health-data DPIA, Art. 9 special categories, medical reports retention, § 203 StGB; no person")
def m009():
    text = """Dear members of the Data Protection Committee,

please find below the agenda for our Q2 meeting on 16 April, 13:30-15:00 (Teams only).

1. Minutes Q1 and open actions (Brockmann)
2. DPIA "Rechnungs-App 2.0": upload of doctors' invoices, prescriptions and hospital
   discharge letters by customers; OCR via cloud service in the EU - risk assessment and
   residual risk sign-off (Brockmann / Martens)
3. Art. 9 GDPR special categories in the CRM free-text field - proposal to block
   diagnosis terms and ICD codes in notes (Feddersen)
4. Retention of medical reports in BU claims after claim closure: 10 vs. 6 years (Legal)
5. § 203 StGB and IT service providers: update of the confidentiality undertakings for
   CodeBridge staff working on the health core system (Procurement)
6. Revision of the consent and release-from-confidentiality form (Schweigepflicht-
   entbindungserklärung) following the GDV model wording 2024
7. Data breach log Q1: 4 incidents, none reportable (for information)
8. AOB

Documents will be in the committee channel by 12 April.

Best regards
Lena Brockmann
Data Protection Officer
Elbstrom Versicherung AG | Elbstrom Lebensversicherung AG | Elbstrom Krankenversicherung AG
"""
    return mail(9, "Lena Brockmann <lena.brockmann@elbstrom.example>",
                "dsk-mitglieder@elbstrom.example", "Agenda Data Protection Committee Q2 - 16 April", text)


@reg("CONFIDENTIAL", "de", "internal", "Jour fixe Kundenservice: among KPIs one board complaint of a named customer about a burglary household claim with claim number")
def m010():
    text = """Hallo Team,

hier die Notizen vom JF heute. Bitte insbesondere Punkt 3 beachten.

1) Erreichbarkeit
   Servicelevel KW 10: 78 % (Ziel 80/20). Montag und Dienstag weiterhin Engpass
   zwischen 9 und 11 Uhr. Pausenplanung wird angepasst.

2) Telefonie-Umstellung
   Go-live neue Telefonie am 15.04. Schulungstermine kommen von Jan Ostrowski.

3) Eskalationen / Vorstandsbeschwerden
   - Frau Marlies Jankowski, Kassel, Hausrat 7-330-118204, Schaden 24-HR-330172
     (Einbruchdiebstahl vom 28.12.). Hat sich am Montag per Brief an Herrn Dr. Vossberg
     gewandt, wartet seit 9 Wochen auf Regulierung, Stehlgutliste ist seit 17.01. bei uns.
     -> Rückruf heute durch mich erfolgt, Fachbereich Sach (Hr. Grote) sagt Prüfung bis Freitag zu.
     -> Antwortschreiben Vorstandsbüro Entwurf bis Mittwoch.
   - Sonst keine neuen.

4) Wissensdatenbank
   Artikel "Beitragsanpassung" ist veraltet -> Lisa überarbeitet.

5) Sonstiges
   Teamevent 19.04. – bitte in die Umfrage eintragen.

LG Jana

Jana Feddersen
Teamleitung Kundenservice
"""
    return mail(10, "Jana Feddersen <jana.feddersen@elbstrom.example>",
                "kundenservice-team2@elbstrom.example", "Notizen JF Kundenservice 11.03.", text, cte="8bit")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "BEM team minutes: named employee after knee replacement, sick days, graduated return to work")
def m011():
    text = """VERTRAULICH – nur für das BEM-Team

Ergebnisvermerk BEM-Gespräch (2. Gespräch)

Beschäftigte: Yvonne Marquardt, Personal-Nr. 10 4471, Schadenregulierung Sach, Team 3
Datum: 05.03.2024
Teilnehmende: Frau Marquardt, Frau Timmermann (HR), Frau Thiessen (SBV, auf Wunsch der Beschäftigten),
Herr Kranz (BR), Herr Dr. Reimer (Betriebsarzt) ab 10:30

1. Ausgangslage
   AU-Zeiten in den letzten 12 Monaten: 64 Arbeitstage. Knie-TEP links am 09.01.2024
   (Asklepios Klinik Nord), anschließend AHB bis 16.02. Frau Marquardt ist weiterhin AU bis 31.03.

2. Stufenweise Wiedereingliederung (Hamburger Modell)
   Ab 02.04.2024: 2 Wochen 4 Std./Tag, 2 Wochen 6 Std./Tag, danach voll.
   Wiedereingliederungsplan des behandelnden Orthopäden liegt vor; Krankenkasse (Techniker)
   ist informiert.

3. Maßnahmen am Arbeitsplatz
   - höhenverstellbarer Schreibtisch (Bestellung durch Facility, Kostenstelle 4120)
   - Arbeitsplatz im 2. OG statt 5. OG (Aufzug ist vorhanden, aber Fluchtweg)
   - keine Außendiensttermine bis mind. Ende Juni
   - Frau Marquardt wünscht für April 2 Tage mobiles Arbeiten zusätzlich -> Zustimmung.

4. Nächstes Gespräch: Mitte Mai, Einladung HR.

Die Beschäftigte hat dem Vermerk zugestimmt. Ablage nur in der BEM-Akte, nicht in der Personalakte.

Frauke Timmermann
HR Business Partner
"""
    return mail(11, "Frauke Timmermann <frauke.timmermann@elbstrom.example>",
                "Gesa Thiessen <gesa.thiessen@elbstrom.example>, Torsten Kranz <torsten.kranz@elbstrom.example>",
                "BEM Ergebnisvermerk 05.03. – vertraulich", text,
                cc="Dr. Jens Reimer <j.reimer@arbeitsmedizin-nord.example>")


@reg("NORMAL", "de", "internal", "trap: steering committee minutes Leistungsmanagement with hospital bills, DRG, doctors' invoices KPIs; no person")
def m012():
    text = """Sehr geehrte Mitglieder des Lenkungsausschusses,

anbei das Ergebnisprotokoll der 3. Sitzung „Leistungsmanagement 2025“.

Beschlüsse
B-3.1  Der Dienstleistungsvertrag zur Prüfung von Krankenhausrechnungen (DRG, Fallpauschalen
       > 5.000 €) wird um 24 Monate verlängert. Einsparquote 2023: 3,1 % des geprüften Volumens.
B-3.2  Ziel Dunkelverarbeitung Arztrechnungen ambulant 2025: 62 % (2023: 48 %).
       Voraussetzung: Anbindung eRezept und strukturierte GOÄ-Rechnungsdaten über die PVS.
B-3.3  Die Pilotierung der Zahn-HKP-Vorprüfung mit KI-Unterstützung wird gestartet;
       Datenschutz-Folgenabschätzung vor Produktionsstart (DSB eingebunden).
B-3.4  Budget 2025: 3,4 Mio. € Projektkosten, davon 1,1 Mio. € Eigenleistung.

Kennzahlen (Anlage 1 der Präsentation)
- Durchlaufzeit Arztrechnungen: Median 4,2 Tage (Ziel 3)
- Durchlaufzeit Krankenhaus-Direktabrechnung: 9,8 Tage
- Beschwerdequote Leistung: 0,41 je 1.000 Belege

Nächste Sitzung: 06.06.2024, 14 Uhr, Vorstandsetage.

Mit freundlichen Grüßen
i. A. Anja Lüders
PMO
"""
    return mail(12, "Anja Lüders <anja.lueders@elbstrom.example>",
                "lenkungsausschuss-lm2025@elbstrom.example",
                "Ergebnisprotokoll 3. Lenkungsausschuss Leistungsmanagement 2025", text)


@reg("CONFIDENTIAL", "en", "internal", "group large-loss committee minutes: commercial fire at a GmbH with named managing director as contact and policy number")
def m013():
    text = """Large Loss Committee - minutes of meeting 2024/03
Nordhaven Group / Elbstrom Versicherung AG (DE)
Date: 27 Feb 2024 (video call)

Present: M. Sartori (Group Claims), C. Petersen (Elbstrom), E. Whitfield (Baltic Re, guest),
R. Dahl (Group Reinsurance)

1. New large losses > EUR 1m since last meeting
   a) Fire - Kröger Kunststofftechnik GmbH, Industriestraße 7, 31515 Wunstorf
      Policy IND-55-200417 (property + business interruption), loss date 14 Feb 2024.
      Fire in injection-moulding hall 2, cause suspected short circuit in a dryer.
      Contact: Ralf Kröger (managing director), mobile +49 171 5550 2931.
      Property reserve EUR 2.8m, BI reserve EUR 1.4m (12-month indemnity period).
      Loss adjuster: Hanse Loss Adjusting (Mr. Behrens) on site since 15 Feb.
      No injuries reported.
   b) Water damage data centre - Logistik Nord AG, reserve EUR 1.1m, unchanged.

2. Development of open large losses
   3 closed, 2 increased (see table in the deck, slide 6).

3. Reinsurance recoveries
   Cat XL not triggered. Per-risk XL notification for (a) sent 19 Feb.

Actions
- Petersen: BI assessment update by 22 Mar
- Dahl: check reinstatement premium for per-risk XL

Next meeting 26 Mar 2024.
Minutes: R. Dahl
"""
    return mail(13, "Claas Petersen <claas.petersen@elbstrom.example>",
                "Marco Sartori <marco.sartori@nordhaven-group.example>",
                "LLC 2024/03 minutes - DE part for review", text,
                cc="Rasmus Dahl <rasmus.dahl@nordhaven-group.example>")


@reg("NORMAL", "en", "internal", "architecture board minutes, technical decisions only")
def m014():
    text = """Architecture Board #42 - decisions

- ADR-118 accepted: event streaming for claims status changes via the group Kafka cluster
  (topic naming: elb.claims.status.v1). Schema registry mandatory.
- ADR-119 rejected: direct DB access of the broker portal to the policy DB. Use the
  policy API (v3) instead.
- ADR-120 deferred: replacement of the document archive. Need cost comparison first.
- Tech radar: Java 21 to "adopt", Angular 14 to "hold".

Action: O. Martens to present the pen-test plan for the new customer portal next time.

Ole
"""
    return mail(14, "Ole Martens <ole.martens@elbstrom.example>",
                "architecture-board@elbstrom.example", "AB#42 decisions", text, cte="7bit")


@reg("CONFIDENTIAL", "de", "internal", "Jour fixe HR/Betriebsrat: regrouping and new hire with named employees and monthly salaries")
def m015():
    text = """Hallo Sabine, hallo Mehmet,

wie besprochen die Punkte aus dem JF HR/BR vom Dienstag, damit ihr die § 99-Vorgänge für
die Sitzung am 21.03. vorbereiten könnt.

1. Umgruppierung
   Jannik Seidel, Underwriting Komposit, TG VI/Stufe 3 -> TG VII/Stufe 1 ab 01.04.2024
   (Übernahme Spezialistenrolle Cyber). Monatsgehalt bisher 4.512 €, neu 4.987 € (13,5 Gehälter).

2. Einstellung
   Olga Berg, Kundenservice, befristet 24 Monate ab 02.05.2024, TG V/Stufe 1, 3.980 € brutto,
   Sachgrundlos befristet. Vorstellungsgespräch mit BR-Beteiligung hat stattgefunden (P. Scholz).

3. Versetzung
   Team Hausrat -> Team Gebäude: zwei Kolleginnen auf eigenen Wunsch, Unterlagen folgen.

4. Allgemein
   - Tariferhöhung 01.09. wird automatisch über SAP HCM eingespielt.
   - Stellenausschreibungen Q2: 11 Stellen, Liste im Teams-Kanal „HR–BR“.

Viele Grüße
Frauke
"""
    return mail(15, "Frauke Timmermann <frauke.timmermann@elbstrom.example>",
                "Sabine Ohlendorf <sabine.ohlendorf@elbstrom.example>, Mehmet Aydın <mehmet.aydin@elbstrom.example>",
                "JF HR/BR 12.03. – Vorgänge § 99", text)


@reg("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner", "expat health case conference in HTML-only table: named insured in Singapore with NSTEMI I21.4, catheterisation and cost guarantee")
def m016():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Dr. Lim, dear colleagues,</p>
<p>thank you for joining today's case conference. Below the summary as agreed; please correct
anything I got wrong before we close the item.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde7f0"><th colspan="2">Case conference - International Health (Expat) - 14 Mar 2024</th></tr>
<tr><td>Insured</td><td>Markus Vogt, DOB 09/02/1977, tariff EXPAT Premium, policy K-9-701.553</td></tr>
<tr><td>Employer</td><td>Hanseatic Marine Logistics Pte. Ltd., Singapore (group contract)</td></tr>
<tr><td>Admission</td><td>Mount Elara Hospital, Singapore, 11 Mar 2024 via A&amp;E</td></tr>
<tr><td>Diagnosis</td><td>NSTEMI (I21.4), coronary angiography 12 Mar, 2 drug-eluting stents RCA</td></tr>
<tr><td>Current status</td><td>stable, transfer to general ward, planned discharge 16 Mar</td></tr>
<tr><td>Costs</td><td>estimate SGD 38,500; cost guarantee issued up to SGD 45,000</td></tr>
<tr><td>Repatriation</td><td>not required; patient wishes follow-up in Hamburg in May (cardiology, rehab to be clarified)</td></tr>
<tr><td>Actions</td><td>Assistance (Dr. Lim): final invoice + discharge summary by 20 Mar.<br>
Elbstrom case management (B. Hollmann): contact insured after discharge re. cardiac rehab.</td></tr>
</table>
<p>Kind regards<br>Benedikt Hollmann<br>Case Management Health<br>Elbstrom Krankenversicherung AG</p>
</body></html>"""
    return mail(16, "Benedikt Hollmann <benedikt.hollmann@elbstrom.example>",
                "Dr. Wei Lim <wei.lim@asiacare-assist.example>",
                "Case conference 14 Mar - summary", html=html)


@reg("NORMAL", "de", "internal", "trap: invitation to training on handling suicide threats on the phone; no case, no person")
def m017():
    text = """Liebe Kolleginnen und Kollegen,

nach den Rückmeldungen aus der letzten Teamleiterrunde bieten wir eine Fallkonferenz-Schulung an:

  „Wenn Kund:innen am Telefon mit Suizid drohen – sicher reagieren, richtig dokumentieren“

Inhalte:
- Gesprächsführung in Krisensituationen (Referentin: Dipl.-Psych. Marion Kettler)
- Wann Notruf 112, wann Sozialpsychiatrischer Dienst
- Was kommt in die Notiz im Kundensystem und was nicht (Datenschutz: keine Diagnosen im Freitext!)
- Nachsorge für Mitarbeitende, Angebot der Mitarbeiterberatung

Die Fallbeispiele sind erfunden bzw. vollständig anonymisiert.

Termine: 17.04. oder 24.04., jeweils 13–16 Uhr, Raum Alster. Maximal 18 Teilnehmende pro Termin.
Anmeldung über das Lernportal (Kurs-ID KS-2024-07).

Viele Grüße
Personalentwicklung
Elbstrom Versicherung AG
"""
    cal = ics("schulung-ks-2024-07-a@elbstrom.example", "20240417T130000", "20240417T160000",
              "Schulung Krisengespräche am Telefon", "Raum Alster",
              "personalentwicklung@elbstrom.example", ["teamleitungen-service@elbstrom.example"])
    return mail(17, "Personalentwicklung <personalentwicklung@elbstrom.example>",
                "teamleitungen-service@elbstrom.example",
                "Schulung: Krisengespräche am Telefon (Fallkonferenz-Format)", text,
                atts=[att("Schulung_17-04.ics", cal, "text/calendar")])


@reg("CONFIDENTIAL", "de", "insurer-to-broker", "minutes of annual broker meeting sent to sole-trader broker: commission figures and his business IBAN")
def m018():
    text = """Sehr geehrter Herr Wendt,

vielen Dank für das angenehme Jahresgespräch am 29.02. in Lüneburg. Wie vereinbart erhalten
Sie unser Gesprächsprotokoll.

Teilnehmer: Thomas Wendt (Versicherungsmakler Thomas Wendt e.K.), Ralf Niemeyer und
Katja Brandt (Maklerbetreuung Elbstrom)

1. Geschäftsentwicklung 2023
   Neugeschäft Komposit: 184 Verträge, Bewertungssumme 96.400 €; Bestand 1.942 Verträge.
   Courtage 2023 gesamt: 71.280,55 € (Vorjahr 64.910,20 €), davon Bestandscourtage 38.115,– €.
2. Zielvereinbarung 2024
   Ausbau Gewerbe (Handwerksbetriebe), Ziel 40 neue Firmenkunden. Staffelbonus ab 110 % Ziel.
3. Technik
   Umstellung der Vermittlerpost auf BiPRO 430 zum 01.07. Ihr MVP (Assfinet) unterstützt das.
4. Abrechnung
   Neue Bankverbindung für die Courtageabrechnung ab April:
   Thomas Wendt e.K., Sparkasse Lüneburg, IBAN DE95 3228 2086 0272 3971 02
   Bitte bestätigen Sie diese Angabe noch einmal kurz schriftlich (Vier-Augen-Prinzip).
5. Nächstes Gespräch: Herbst 2024.

Mit freundlichen Grüßen

Ralf Niemeyer
Maklerbetreuung Nord
Elbstrom Versicherung AG
Telefon 040 6021-3380
"""
    return mail(18, "Ralf Niemeyer <ralf.niemeyer@elbstrom.example>",
                "Thomas Wendt <info@makler-wendt.example>",
                "Protokoll Jahresgespräch 29.02.2024", text,
                cc="Katja Brandt <katja.brandt@elbstrom.example>")


@reg("NORMAL", "mixed", "internal", "trap: steering deck PDF for a long-term-care product with care-grade statistics and premium calculation; aggregates only")
def m019():
    text = """Hi zusammen,

anbei das Deck für den SteerCo „Pflege 2.0“ am Donnerstag. Slides 5-7 sind neu (pricing
scenarios). Bitte v.a. die Pflegegrad-Verteilung checken, die kommt aus dem Aktuariat
und ist noch nicht final reviewed.

Thanks & LG
Pia

Pia Hoffmeister
Produktmanagement Kranken/Pflege
"""
    p = pdf([
        "SteerCo Pflege 2.0 - Produktentwicklung Pflegezusatz",
        "Deck v0.7 - 07.03.2024 - INTERNAL",
        "",
        "Slide 2  Agenda: Status, Market, Pricing scenarios, Decision needed",
        "Slide 3  Status: Tarifwerk PTG-24 (Pflegetagegeld) im Entwurf, BaFin-Anzeige geplant Q3",
        "Slide 4  Market: Pflegebedürftige in DE ca. 5 Mio.; Anteil ambulant 84 %",
        "Slide 5  Pflegegrad-Verteilung im Bestand PPV (Stichtag 31.12.2023, n = 38.412 Leistungsfälle):",
        "         PG1 21 % | PG2 38 % | PG3 24 % | PG4 12 % | PG5 5 %",
        "Slide 6  Pricing scenario A: Leistung PG5 100 %, PG4 80 %, PG3 60 % ... Beitrag Alter 40: 28,90 EUR",
        "         Pricing scenario B: mit Demenzbaustein, Beitrag Alter 40: 33,40 EUR",
        "Slide 7  Wartezeit 3 Jahre bei Demenz (F00-F03) vs. keine Wartezeit - impact on loss ratio +4 pp",
        "Slide 8  Decision needed: go for scenario B, target launch 01.01.2025",
        "Slide 9  Next steps: Gesundheitsfragen im Antrag reduzieren (5 statt 9 Fragen), UW-Richtlinie",
    ])
    return mail(19, "Pia Hoffmeister <pia.hoffmeister@elbstrom.example>",
                "steerco-pflege@elbstrom.example", "Deck SteerCo Pflege 2.0 – v0.7 for review", text,
                atts=[att("SteerCo_Pflege20_v0.7.pdf", p, "application/pdf")])


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "Leistungskonferenz Unfall: named insured, bicycle fall, distal radius fracture S52.51, disability degree")
def m020():
    text = """Hallo Herr Habermehl,

zur Info das Ergebnis der Leistungskonferenz Unfall (Invalidität) von gestern. Die Fälle 1 und 3
sind durch, Fall 2 braucht noch Ihr Votum wegen der Höhe.

Fall 2
VN/VP: Selin Aksoy, Unfall-Nr. U-24-00871, Tarif UnfallPlus, Progression 350 %
Unfall: 12.08.2023, Sturz mit dem Fahrrad auf nassem Kopfsteinpflaster, Altona
Verletzung: distale Radiusfraktur rechts (S52.51), operativ versorgt mit Plattenosteosynthese
(Asklepios Altona), Metallentfernung geplant.
Ärztliche Invaliditätsfeststellung (Dr. Schramm, 14.02.2024): Funktionsbeeinträchtigung
Hand rechts 2/10 Handwert, Dauerschaden wahrscheinlich.
Berechnung: Handwert 55 % x 2/10 = 11 % Invalidität, Grundsumme 150.000 € -> 16.500 €
(keine Progression unter 25 %).
Konferenz-Votum: Zahlung 16.500 €, Vorbehalt Neubemessung nach 3 Jahren (§ 188 VVG).

Bitte kurze Freigabe per Mail, dann geht die Abrechnung raus.

Gruß
Sven Köhnke
Leistung Unfall
"""
    return mail(20, "Sven Köhnke <sven.koehnke@elbstrom.example>",
                "Jörg Habermehl <joerg.habermehl@elbstrom.example>",
                "Leistungskonferenz Unfall 19.03. – Freigabe Fall 2", text)


@reg("CONFIDENTIAL", "en", "internal", "post-incident review minutes; the XLSX lists named motor customers with addresses and policy numbers whose renewals were misdirected (only in the attachment)")
def m021():
    text = """All,

minutes of today's post-incident review for INC-4519 (misdirected motor renewal letters)
below; the affected-customer list is in the attached workbook, please do not copy it elsewhere.

Summary
- Print run 2024-02-29, batch KFZ-REN-0412: 14 letters were enveloped with the address sheet
  of the preceding letter (inserter misfeed at the print vendor).
- Content disclosed: name, address, policy number, vehicle, premium. No bank data, no
  claims history.
- DPO assessment (L. Brockmann): risk to data subjects low-to-medium; notification to the
  supervisory authority done within 72 h as a precaution; customers informed by letter 06 Mar.

Actions
1. Print vendor to reactivate the camera check on inserter line 3 (done 04 Mar).
2. Output Mgmt to add a sample check for renewal batches > 5,000 letters.
3. Customer Service to log callbacks in CRM with tag INC-4519.

Regards
Ole Martens
Information Security
"""
    x = xlsx([
        ["Nr", "Empfänger lt. Umschlag", "Inhalt gehört zu", "Vertrag", "Fahrzeug", "Brief vom"],
        [1, "Heike Brandes, Moorweg 3, 21614 Buxtehude", "Frank Lübbers, Am Deich 9, 21635 Jork", "KF-7-120.554", "VW Golf STD-FL 212", "2024-02-29"],
        [2, "Frank Lübbers, Am Deich 9, 21635 Jork", "Anna-Lena Ruge, Bahnhofstr. 41, 21640 Horneburg", "KF-7-120.561", "Skoda Octavia STD-AR 77", "2024-02-29"],
        [3, "Anna-Lena Ruge, Bahnhofstr. 41, 21640 Horneburg", "Gerhard Peper, Lange Str. 2, 21680 Stade", "KF-7-120.570", "Opel Corsa STD-GP 51", "2024-02-29"],
        [4, "Gerhard Peper, Lange Str. 2, 21680 Stade", "Ilse Wiebalck, Hafenstr. 14, 21682 Stade", "KF-7-120.583", "Toyota Yaris STD-IW 3", "2024-02-29"],
        ["...", "(weitere 10 Zeilen siehe Ticket INC-4519)", "", "", "", ""],
    ], sheet="INC-4519")
    return mail(21, "Ole Martens <ole.martens@elbstrom.example>",
                "Lena Brockmann <lena.brockmann@elbstrom.example>, output-management@elbstrom.example, Jana Feddersen <jana.feddersen@elbstrom.example>",
                "PIR INC-4519 misdirected renewal letters - minutes", text,
                atts=[att("INC-4519_affected.xlsx", x, XLSX)])


@reg("NORMAL", "de", "internal", "trap: works-council minutes on mobile work, disabled-employee representative consultation hours, pay round; explicitly no hearings, no person")
def m022():
    text = """Protokoll der 12. ordentlichen Sitzung des Betriebsrats, 08.02.2024

TOP 1  Genehmigung Protokoll 11. Sitzung – einstimmig.
TOP 2  Mitteilungen der Vorsitzenden
       - Tarifabschluss Versicherungsgewerbe: +4,5 % ab 09/2024, Inflationsausgleichsprämie
         1.500 € netto mit dem Märzgehalt.
       - Kantinenpreise steigen ab April um durchschnittlich 6 %. Der BR hat Einwände erhoben.
TOP 3  BV Mobiles Arbeiten – Verhandlungsstand (siehe Anlage, nicht öffentlich).
TOP 4  Gefährdungsbeurteilung psychische Belastung – Vorstellung der aggregierten Ergebnisse
       durch die Fachkraft für Arbeitssicherheit. Auffällig: Zeitdruck im Leistungsbereich.
TOP 5  Personelle Einzelmaßnahmen – in dieser Sitzung keine Anhörungen / keine § 99-Vorgänge.
TOP 6  Schwerbehindertenvertretung: Sprechstunde künftig dienstags 10–12 Uhr, Raum 1.05,
       auch per Teams. Infoveranstaltung „Nachteilsausgleich und GdB“ am 13.03.
TOP 7  Verschiedenes: Sommerfest 05.07., Planungsgruppe gesucht.

Protokoll: P. Scholz
"""
    return mail(22, "Pia Scholz <pia.scholz@elbstrom.example>",
                "betriebsrat-hamburg@elbstrom.example", "Protokoll 12. Sitzung", text)


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "sales/underwriting jour fixe with forwarded underwriting note: named applicant with birth date, BMI and type 2 diabetes HbA1c, premium loading")
def m023():
    text = """Hi Ralf,

zu deiner Frage im JF Vertrieb/UW heute, warum der Antrag Maaß hängt – hier die Notiz vom
Underwriting. Bitte dem Makler nur das Ergebnis (Zuschlag) mitteilen, nicht die Begründung
im Detail, das macht der Brief an den Antragsteller.

Gruß Stefan

-------- Weitergeleitete Nachricht --------
Betreff: Risikoprüfung RL-Antrag 24-A-003318
Datum: 18.03.2024 16:02
Von: Kerstin Alpers <kerstin.alpers@elbstrom.example>
An: Stefan Grabowski <stefan.grabowski@elbstrom.example>

Antrag Risikoleben, VS 350.000 €, Laufzeit 25 J., Vermittler Wendt (Lüneburg)
Antragsteller / VP: Florian Maaß, geb. 17.05.1986, Elektroniker

Gesundheitsangaben + Arztbericht Dr. Nolte (Hausarzt):
- Größe 1,80 m, Gewicht 110 kg -> BMI 34
- Diabetes mellitus Typ 2 seit 2021 (E11.9), Metformin 1000 mg 2x tgl.,
  HbA1c zuletzt 7,9 % (01/2024), keine Folgeerkrankungen bekannt
- Hypertonie, medikamentös eingestellt (Ramipril 5 mg)
- Nichtraucher

Votum: Annahme mit Risikozuschlag 75 % auf den Beitrag, alternativ Rückstellung bis HbA1c < 7,0.
Rückversicherung nicht erforderlich (unter Autonomiegrenze).

Kerstin
"""
    return mail(23, "Stefan Grabowski <stefan.grabowski@elbstrom.example>",
                "Ralf Niemeyer <ralf.niemeyer@elbstrom.example>",
                "WG: Risikoprüfung RL-Antrag 24-A-003318 (JF Vertrieb/UW)", text)


@reg("NORMAL", "en", "insurer-to-partner", "trap: treaty renewal meeting minutes with mortality tables, BU incidence by ICD chapter and large-loss counts; aggregates")
def m024():
    text = """Dear Kwame,

as promised, our notes from the renewal pre-meeting. Happy to take your comments.

Treaty renewal 2025 - Life & Disability quota share / surplus - pre-meeting 04 Apr 2024

1. Experience
   - Mortality A/E 2021-2023: 87 % against DAV 2008 T (aggregate), 92 % for sums > EUR 500k.
   - BU incidence by ICD-10 chapter (new claims 2023, n = 412):
       F (mental)            41 %
       M (musculoskeletal)   22 %
       C/D (neoplasms)       15 %
       I (circulatory)        6 %
       other                 16 %
   - Large losses > EUR 1m: 4 (2022: 2).
2. Terms
   - Elbstrom asks for retention increase from EUR 500k to EUR 750k.
   - Baltic Re proposes a profit commission 20 % after 3-year carry forward.
3. Underwriting manual
   - Update of the psychiatric disorders chapter due in Q3; joint workshop proposed.
4. Next steps
   - Baltic Re to send quotes by 15 May.

Best regards
Stefan Grabowski
"""
    return mail(24, "Stefan Grabowski <stefan.grabowski@elbstrom.example>",
                "Kwame Osei <kwame.osei@balticre.example>",
                "Renewal 2025 - notes from pre-meeting", text,
                cc="Eleanor Whitfield <eleanor.whitfield@balticre.example>")


@reg("CONFIDENTIAL", "de", "internal", "Fallkonferenz Leitungswasser: named policyholders, address, claim number, hotel costs, expert; no health data")
def m025():
    text = """Protokoll Fallkonferenz Sach – 21.03.2024

Fall: Leitungswasserschaden Wohngebäude
Schaden-Nr. 24-WG-104431, Vertrag WG-3-088.120
VN: Jörn und Merle Petersen-Haas, Krögerskoppel 5, 22397 Hamburg-Duvenstedt
Schadentag: 26.01.2024 – Bruch der Zuleitung Fußbodenheizung im EG

Stand
- Trocknung läuft seit 05.02. (Fa. Trockenbau Nordheide), Dauer vorauss. bis 12.04.
- Haus aktuell unbewohnbar, Familie (2 Erwachsene, 2 Kinder) im Hotel Alstertal seit 27.01.
  Hotelkosten bislang 6.840 €; Höchstentschädigung Mietausfall/Hotel 100 Tage lt. VHB.
- SV Diekmann schätzt Gesamtschaden auf 118.000 € (Estrich, Parkett, Küche).
- VN möchte Küche durch höherwertiges Modell ersetzen -> nur Neuwert gleichartig.

Beschlüsse
1. Abschlagszahlung 40.000 € an VN (Freigabe C. Petersen).
2. Prüfen, ob Ferienwohnung günstiger als Hotel (S. Grote bis 27.03.).
3. Nächste Konferenz nach Abschluss Trocknung.

Teilnehmer: C. Petersen, S. Grote, SV Diekmann (telefonisch), A. Wolter (Protokoll)
"""
    return mail(25, "Annika Wolter <annika.wolter@elbstrom.example>",
                "Claas Petersen <claas.petersen@elbstrom.example>, Svenja Grote <svenja.grote@elbstrom.example>",
                "Protokoll Fallkonferenz 24-WG-104431", text, cte="8bit")

# =====================================================================
# Mails 026-050
# =====================================================================

@reg("NORMAL", "de", "internal", "trap: Reha-Management training case conference with an explicitly fictitious disc-prolapse case; no real person")
def m026():
    text = """Hallo zusammen,

für die Fallwerkstatt am Mittwoch (Reha-Management, neue Kolleg:innen) hier der Übungsfall.
Der Fall ist frei erfunden, Ähnlichkeiten mit echten Leistungsfällen sind zufällig – bitte
trotzdem nicht ausdrucken und liegen lassen, sonst kommt wieder die Frage vom Datenschutz ;-)

Übungsfall „Herr M.“ (fiktiv)
- 48 Jahre, Berufskraftfahrer im Fernverkehr, BU-Versicherung mit 1.500 € Monatsrente
- Bandscheibenvorfall LWS, konservativ behandelt, AU seit 5 Monaten
- Hausarzt empfiehlt Umschulung, Versicherter möchte „auf jeden Fall wieder fahren“

Fragen für die Gruppenarbeit
1. Welche Unterlagen fordern wir an und auf welcher Rechtsgrundlage (Schweigepflichtentbindung)?
2. Wann lohnt sich ein Reha-Management-Angebot (Kosten/Nutzen, Erfolgsquote)?
3. Wie sprechen wir Verweisung an, ohne den Kunden zu verlieren?
4. Was dokumentieren wir im System, was nicht?

Ablauf: 20 Min Einzelarbeit, 40 Min Gruppen, 30 Min Auswertung.

Bis Mittwoch
Benedikt
"""
    return mail(26, "Benedikt Hollmann <benedikt.hollmann@elbstrom.example>",
                "reha-management@elbstrom.example", "Fallwerkstatt Mittwoch – Übungsfall", text,
                date="2024-03-25 10:14")


@reg("STRICTLY_CONFIDENTIAL", "en", "internal", "OCR project status mail; the attached defect CSV contains production invoice samples with patient names, ICD codes and GOÄ positions (only in the attachment)")
def m027():
    text = """Hi Priya,

status of the invoice-OCR pilot for this week's SteerCo, in short:

- Field accuracy on the gold set: 94.1 % (target 97 %). Worst fields: GOÄ multiplier
  (Steigerungsfaktor) and diagnosis text.
- 11 open defects, 3 critical. List attached (export from the defect tracker).
- Vendor wants more training documents. Not before the DPIA sign-off, as agreed.

One thing for the SteerCo: the defect export contains snippets from real invoices because
the testers pasted the OCR output into the tickets. I've asked the vendor to stop this.
We need to clean up the tracker.

Thanks
Tim

Tim Kersten
Leistung Kranken - Prozesse & Systeme
"""
    c = csv_bytes([
        ["Defect-ID", "Severity", "Summary", "OCR output (excerpt)", "Expected"],
        ["OCR-212", "critical", "Factor read as 23 instead of 2.3",
         "Pat.: Brigitte Vahldiek, geb. 03.11.1958 | GOÄ 1 x23 | Diagn.: Koxarthrose re. M16.1",
         "factor 2.3"],
        ["OCR-219", "critical", "ICD code split over two lines",
         "Pat.: Hauke Sievers | Diagnose: F32.1 mittelgradige depressive Episode | GOÄ 801, 804, 849",
         "F32.1 in one field"],
        ["OCR-224", "major", "Date of treatment missing", "Pat.: Yasemin Kara | 08.01.2024 Sono Abdomen GOÄ 410",
         "treatment date 08.01.2024"],
        ["OCR-230", "critical", "Amount with thousands separator lost",
         "Klinik Dr. Oetker-Stift | Pat. Rolf Deppe | Wahlleistung Chefarzt 1.284,60",
         "1284.60"],
        ["OCR-231", "minor", "Logo recognised as text", "(no patient data)", "ignore logo"],
    ])
    return mail(27, "Tim Kersten <tim.kersten@elbstrom.example>",
                "Priya Raman <priya.raman@nordhaven-group.example>",
                "Invoice OCR pilot - status for SteerCo", text,
                atts=[att("defects_OCR_pilot_2024-03-26.csv", c, "text/csv")],
                date="2024-03-26 18:22")


@reg("CONFIDENTIAL", "de", "internal", "Jour fixe Regress: named motor-liability debtor with instalment plan, net income and wage garnishment; no injury")
def m028():
    text = """Protokoll JF Regress Kfz – 27.03.2024

Teilnehmer: Petersen, Hübner, Okafor (Inkasso), Grote

1. Zahlen Q1
   Regresseinnahmen 1,27 Mio. € (Plan 1,1 Mio.). Quote Obliegenheitsverletzung steigt.

2. Einzelfall Ratenzahlung
   Schuldner: Dennis Pahl, Wilhelmsburg, Regress aus 23-KH-0077120 (Unfallflucht, Sachschaden
   an 3 parkenden Pkw, keine Verletzten), Forderung 8.912,40 €.
   Hat Selbstauskunft eingereicht: Nettoeinkommen 1.850 € (Lagerist), Miete 690 €, eine
   Unterhaltspflicht. Bietet 150 €/Monat.
   -> Annahme 200 €/Monat, sonst Lohnpfändung (Arbeitgeber bekannt: Hafenlogistik Süd GmbH).
   Hr. Okafor schreibt ihn bis 05.04. an.

3. Inkasso-Dienstleister
   Ausschreibung verschoben auf Q3.

4. Verschiedenes
   Vertretung Hübner KW 15/16: Grote.
"""
    return mail(28, "Lars Hübner <lars.huebner@elbstrom.example>",
                "regress@elbstrom.example", "Protokoll JF Regress Kfz 27.03.", text,
                date="2024-03-27 16:40")


@reg("NORMAL", "en", "internal", "trap: audit committee minutes on access rights to medical data in health claims; findings only, no person")
def m029():
    text = """Audit Committee - Elbstrom Krankenversicherung AG
Extract from the minutes of 18 March 2024, item 4 (for the action owners)

Item 4: Internal audit report IA-2023-14 "Access management health claims"
- Finding 1 (high): 37 users outside the claims department still had read access to medical
  reports and hospital discharge letters in the archive (role ARC_MED_READ) after job change.
- Finding 2 (medium): no periodic recertification of the role "Gesellschaftsarzt" since 2021.
- Finding 3 (low): logging of archive access kept for 12 months instead of the 24 months
  required by the internal policy.
Management response accepted. Deadlines: F1 30 April, F2 30 June, F3 30 September.
The committee asks for a short status in the June meeting.

Marco Sartori
Group Internal Audit
"""
    return mail(29, "Katrin Wendler <katrin.wendler@elbstrom.example>",
                "Ole Martens <ole.martens@elbstrom.example>, iam-team@elbstrom.example",
                "FW: Audit Committee 18 March - item 4 actions", text,
                date="2024-03-22 08:47")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "Fallbesprechung Pflege: named 84-year-old applicant, dementia, care grade 3 assessment")
def m030():
    text = """Hallo Frau Wendler,

kurze Zusammenfassung der Fallbesprechung Pflegepflichtversicherung von heute, weil Sie
wegen der Widerspruchsfrist gefragt hatten:

Versicherter: Wilhelm Gerdes, 84 J., Pinneberg, PPV-Vertrag P-1-550.881
Antrag auf Höherstufung vom 08.01.2024 (bisher PG 2).
Gutachten Medicproof (Hausbesuch 14.02.): 52,5 Gesamtpunkte -> Pflegegrad 3.
Schwerpunkte: Modul 2 (kognitive Fähigkeiten) – fortgeschrittene Alzheimer-Demenz,
nächtliche Unruhe, Weglauftendenz; Modul 4 Selbstversorgung deutlich eingeschränkt.
Pflege durch Ehefrau (81) und ambulanten Dienst Diakonie Pinneberg.

Tochter (Betreuerin, Vollmacht liegt vor) hat Widerspruch angekündigt, weil sie PG 4 erwartet.
Besprochen: Widerspruch abwarten, dann Zweitgutachten nach Aktenlage.
Pflegeberatung nach § 7a SGB XI wird zusätzlich angeboten (Compass).

Gruß
Hanna Vieth
Leistung Pflege
"""
    return mail(30, "Hanna Vieth <hanna.vieth@elbstrom.example>",
                "Dr. Katrin Wendler <katrin.wendler@elbstrom.example>",
                "Fallbesprechung PPV Gerdes – Zusammenfassung", text,
                date="2024-03-15 14:03")


@reg("NORMAL", "de", "internal", "trap: Jour fixe Datenschutz/IT on deletion concept for health data, release forms, breach counts; no person")
def m031():
    text = """Hallo Ole,

Kurzprotokoll unseres JF Datenschutz/IT:

- Löschkonzept Gesundheitsdaten Leistungsarchiv: Fachbereich bestätigt Fristen
  (ambulant 10 J. nach Belegdatum, BU 10 J. nach Leistungsende). Umsetzung Löschlauf
  im Archiv erst nach Phoenix-Welle 3.
- Schweigepflichtentbindungserklärungen: Scan-Qualität teilweise schlecht, Eingangskorb
  „Unterlagen Leistung“ prüfen lassen.
- Mail-Verschlüsselung: Pilot Siegel für die Leistungspostfächer ab Mai.
- Vorfälle: 2 Fehlversendungen (Briefe), 0 Mail. Nicht meldepflichtig.
- Offener Punkt aus dem Audit: Rezertifizierung Rolle ARC_MED_READ -> IAM-Team.

Nächster Termin in 4 Wochen.

Lena
"""
    return mail(31, "Lena Brockmann <lena.brockmann@elbstrom.example>",
                "Ole Martens <ole.martens@elbstrom.example>", "JF DS/IT – Kurzprotokoll", text,
                date="2024-04-03 12:19")


@reg("CONFIDENTIAL", "en", "internal", "portal UAT steering minutes: testers used a named customer's production account, with birth date, customer number and her motor/household contracts")
def m032():
    text = """Hi team,

minutes from the UAT steering call (customer portal release 3.2) - please read item 2 carefully.

1. UAT progress
   412 of 530 test cases executed, 38 defects open (5 blockers).

2. Use of production accounts - STOP
   During UAT on 02 Apr, two testers logged in to the pre-prod portal with the real account of
   Mrs. Dana Kühn (customer no. 5001-882211, date of birth 14 Apr 1990), because the
   pre-prod was connected to a copy of the production policy DB. They saw her motor
   policy KF-7-330.917 (VW ID.3, HH-DK 1404) and her household policy HR-2019930 with
   address Beim Schlump 27, 20144 Hamburg.
   -> Access removed 03 Apr. DPO informed. All testers must use synthetic accounts from the
      test data catalogue only. Team leads to confirm in writing by Friday.

3. Go-live
   Moved from 15 Apr to 29 Apr.

Regards
Jan Ostrowski
Digital Channels
"""
    return mail(32, "Jan Ostrowski <jan.ostrowski@elbstrom.example>",
                "portal-uat@elbstrom.example", "UAT steering portal 3.2 - minutes", text,
                cc="Lena Brockmann <lena.brockmann@elbstrom.example>",
                date="2024-04-04 09:12")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "Inklusionsteam minutes: named employee applying for equal status with GdB 30 and multiple sclerosis, workplace adaptation")
def m033():
    text = """Protokoll Sitzung Inklusionsteam – 10.04.2024
Teilnehmende: G. Thiessen (SBV), F. Timmermann (HR), T. Kranz (BR), Dr. J. Reimer (Betriebsarzt)

1. Inklusionsvereinbarung – Evaluation 2023: Beschäftigungsquote 5,4 % (Pflichtquote 5 %).

2. Einzelfall (Zustimmung der Beschäftigten liegt vor)
   Petra Lohmann, Kundenservice Team 1, seit 2011 im Haus.
   GdB 30 festgestellt (Versorgungsamt Hamburg, Bescheid 02/2024) wegen Multipler Sklerose
   (schubförmig-remittierend), Antrag auf Gleichstellung bei der Agentur für Arbeit gestellt.
   Bedarf: Arbeitszeit ohne Frühdienst (Fatigue), Bildschirmlupe, Telefonheadset mit
   Lautstärkebegrenzung, Parkplatz nahe Eingang.
   -> HR unterstützt Gleichstellungsantrag mit Stellungnahme (Timmermann, bis 19.04.)
   -> Technische Hilfen über Integrationsamt beantragen (Thiessen)
   -> Dienstplan ab Mai ohne Frühdienst (Teamleitung Feddersen informiert, ohne Diagnose)

3. Barrierefreiheit Intranet – Audit-Ergebnis Juni.

Protokoll: G. Thiessen
"""
    return mail(33, "Gesa Thiessen <gesa.thiessen@elbstrom.example>",
                "Frauke Timmermann <frauke.timmermann@elbstrom.example>, Torsten Kranz <torsten.kranz@elbstrom.example>, Dr. Jens Reimer <j.reimer@arbeitsmedizin-nord.example>",
                "Protokoll Inklusionsteam 10.04.", text, date="2024-04-11 11:30")


@reg("NORMAL", "en", "internal", "trap: HR analytics steering note with absence rates by department, EAP usage and burnout prevention; aggregates, small units merged")
def m034():
    text = """Dear all,

summary of the People Analytics steering round (Q1):

- Absence rate Q1 2024: 6.8 % (Q1 2023: 7.3 %). By division: Claims 7.9 %, Sales 5.1 %,
  IT 4.2 %, Staff functions 5.6 %. Teams below 15 FTE are merged into "other".
- Long-term absences (> 6 weeks): 31 cases group-wide, BEM offered in all cases.
- Employee Assistance Programme: 74 first contacts (top topics: stress, family, finances).
  No individual data is reported to us by the provider.
- Burnout prevention pilot for team leads in Claims: 2 cohorts, feedback 4.5/5.

Decision: continue the pilot, extend to Customer Service in H2.

Best
Frauke Timmermann
HR Business Partner
"""
    return mail(34, "Frauke Timmermann <frauke.timmermann@elbstrom.example>",
                "people-analytics-steering@nordhaven-group.example", "People Analytics steering Q1 - summary", text,
                date="2024-04-09 15:00")


@reg("CONFIDENTIAL", "de", "insurer-to-customer", "site-visit minutes sent to a named policyholder: storm damage to his roof, claim number, repair cost estimate")
def m035():
    text = """Sehr geehrter Herr Tamm,

wie vor Ort besprochen erhalten Sie das Protokoll unseres Ortstermins.

Besprechungsprotokoll Ortstermin
Schaden-Nr.: 24-WG-108812, Wohngebäudeversicherung WG-3-101.447
Objekt: Einfamilienhaus, Rosenweg 12, 25421 Pinneberg
Termin: 16.04.2024, 10:00 Uhr
Anwesend: Herr Uwe Tamm (VN), Herr Jens Lüth (Dachdeckerei Lüth), Frau Svenja Grote (Elbstrom)

1. Schadenbild: Sturm „Nadine“ vom 02.04. – ca. 18 m² Dachziegel abgedeckt, Unterspannbahn
   beschädigt, Wassereintritt im Dachgeschoss (Decke Kinderzimmer, Laminat).
2. Notabdeckung durch Dachdeckerei Lüth am 03.04. – Kosten 780,00 € werden übernommen.
3. Kostenvoranschlag Dach: 9.420,00 € brutto; Innenschäden schätzt der Maler auf ca. 2.100 €.
4. Vereinbarung: Sie beauftragen die Reparatur; wir zahlen nach Rechnung. Abschlag 5.000 €
   auf Ihr bekanntes Konto.
5. Fotos: siehe Schadenakte.

Bei Rückfragen erreichen Sie mich unter 040 6021-2275.

Mit freundlichen Grüßen
Svenja Grote
Schaden Sach
Elbstrom Versicherung AG
"""
    return mail(35, "Svenja Grote <svenja.grote@elbstrom.example>",
                "Uwe Tamm <uwe.tamm@posteo-mail.example>", "Ihr Schaden 24-WG-108812 – Protokoll Ortstermin", text,
                date="2024-04-16 17:05")


@reg("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner", "travel-health jour fixe with assistance company: one named insured hospitalised in Spain with femoral neck fracture, others anonymous")
def m036():
    text = """Hi Carmen,

thanks for the call. My notes from our weekly jour fixe:

1. Volume: 23 open inpatient cases abroad (Spain 9, Turkey 5, Austria 4, other 5).
2. Invoicing: please send the March collective invoice by 10 April; the February one had
   two duplicates (we will short-pay them).
3. Case review - only the one we discussed in detail:
   - Travel health policy RK-4-209.554, insured Hildegard Brammer (79), Palma de Mallorca,
     fall in the hotel on 29 Mar, femoral neck fracture left (S72.00), hemiarthroplasty at
     Clínica Son Verí on 31 Mar. Confused post-op, delirium treated. Daughter travelling on 5 Apr.
     Repatriation: lying transport by air ambulance not needed; stretcher on scheduled flight
     with medical escort once fit to fly (your doctor to assess on 8 Apr).
4. Next jour fixe: 11 Apr.

Best regards
Benedikt Hollmann
Case Management Health, Elbstrom Krankenversicherung AG
"""
    return mail(36, "Benedikt Hollmann <benedikt.hollmann@elbstrom.example>",
                "Carmen Ruiz <carmen.ruiz@iberassist.example>", "JF 04 Apr - notes", text,
                date="2024-04-04 16:48")


@reg("NORMAL", "de", "internal", "trap: agenda of staff assembly with reports on health management, sickness rate and disabled representative; no person")
def m037():
    text = """Liebe Kolleginnen und Kollegen,

hiermit lädt der Betriebsrat zur Betriebsversammlung ein:

Donnerstag, 18.04.2024, 9:30 bis ca. 12:30 Uhr, Raum Alster (Hybrid über Teams)

Tagesordnung
1. Begrüßung
2. Tätigkeitsbericht des Betriebsrats
3. Bericht des Arbeitgebers (Dr. Vossberg): wirtschaftliche Lage, Projekt Phoenix
4. Bericht der Schwerbehindertenvertretung
5. Betriebliches Gesundheitsmanagement: Krankenstand, Angebote Betriebsarzt,
   Ergebnisse der Gefährdungsbeurteilung psychische Belastung
6. Mobiles Arbeiten – Stand der Verhandlungen
7. Fragen und Aussprache

Die Teilnahme ist Arbeitszeit. Bitte stimmt euch in den Teams ab, damit die Erreichbarkeit
im Kundenservice gesichert ist.

Euer Betriebsrat
Sabine Ohlendorf, Vorsitzende
"""
    return mail(37, "Sabine Ohlendorf <sabine.ohlendorf@elbstrom.example>",
                "alle-hamburg@elbstrom.example", "Einladung Betriebsversammlung 18.04.", text,
                date="2024-04-02 07:58")


@reg("CONFIDENTIAL", "de", "internal", "SEPA-mandate migration status; the ODS defect list names customers with IBANs (only in the attachment)")
def m038():
    text = """Hallo Tobias,

Statusbericht Teilprojekt SEPA-Mandate (Phoenix Welle 2) für deinen Wochenbericht:

Status: GELB
- Migrierte Mandate: 118.402 von 121.960 (97,1 %)
- Fehlerklassen: Mandatsreferenz doppelt (1.204), IBAN ungültig im Altbestand (311),
  Kontoinhaber abweichend vom VN ohne Zweitmandat (2.043)
- Klärung der Kontoinhaber-Fälle durch Beitragsservice, Anschreiben ab KW 17

Die Stichprobe aus der Fehlerklasse „Kontoinhaber abweichend“ liegt als ODS bei
(Rückmeldung der Fachabteilung).

Grüße
Lukas Fendt
Beitragsservice / Inkasso
"""
    o = ods([
        ["Vertrag", "VN", "Kontoinhaber lt. Mandat", "IBAN", "Befund"],
        ["HR-2214470", "Ingrid Pfeiffer", "Klaus Pfeiffer", "DE10 9124 8651 5983 1078 72", "Ehemann, Zweitmandat fehlt"],
        ["WG-3-090.331", "Sönke Harms", "Harms & Söhne GbR", "DE53 7880 9040 3771 1393 91", "Gewerbekonto, prüfen"],
        ["KF-7-118.002", "Melanie Wirth", "Elke Wirth", "DE04 9419 2106 3265 8231 23", "Mutter zahlt, Mandat von 2009"],
    ], sheet="Stichprobe")
    return mail(38, "Lukas Fendt <lukas.fendt@elbstrom.example>",
                "Tobias Reinke <tobias.reinke@elbstrom.example>", "Status TP SEPA-Mandate KW 16", text,
                atts=[att("Stichprobe_Kontoinhaber_abweichend.ods", o, ODS)],
                date="2024-04-17 13:37")


@reg("NORMAL", "de", "internal", "trap: facility jour fixe about water damage in the doctor's practice leased in the insurer's building; no patient, no person")
def m039():
    text = """Hallo zusammen,

Kurzprotokoll JF Facility vom Montag:

1. Wasserschaden EG (Mieter Praxis für Allgemeinmedizin / Hausarztpraxis im Erdgeschoss)
   - Ursache: undichte Revisionsöffnung Steigleitung im 1. OG (unsere Teeküche).
   - Praxis musste Behandlungsraum 2 und das Labor einen Tag schließen; Patientenakten
     waren nicht betroffen (laut Praxisleitung alles digital).
   - Meldung an unseren Gebäudeversicherer erfolgt, Leckageortung 22.04.
2. Aufzug B: Wartung 25.04., Ausfall ca. 4 Stunden.
3. Sanitätsraum 3. OG: Liege ersetzt, Verbandkästen geprüft (Ablaufdaten ok).
4. Fahrradkeller: neue Ladestationen für E-Bikes ab Mai.

Gruß
Britta Sandmann
"""
    return mail(39, "Britta Sandmann <britta.sandmann@elbstrom.example>",
                "facility-jf@elbstrom.example", "Kurzprotokoll JF Facility", text,
                date="2024-04-16 09:05")


@reg("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner", "meeting minutes with hospital group on direct-billing disputes: one named patient case with DRG, diagnosis and length of stay")
def m040():
    text = """Dear Mr. Haverkamp,

thank you for the constructive meeting. Our minutes below; we would appreciate your
confirmation of item 3 by the end of the month.

Minutes - Elbstrom Krankenversicherung / Klinikverbund Nordlicht - 19 April 2024
Participants: S. Haverkamp, Dr. I. Marr (Nordlicht); Dr. K. Wendler, T. Kersten (Elbstrom)

1. Direct billing volume 2023: 4,812 cases, EUR 31.6m. Average time to payment 17 days.
2. Open disputes: 64 cases, EUR 1.9m. Main topics: secondary diagnoses (coding), upgrade to
   single-room surcharge without contract, chief-physician fees for deputies.
3. Individual case to be settled
   Patient: Gregor Albrecht, health policy K-2-448.063, admitted 02.01.2024 to Nordlicht
   Klinikum Harburg, discharged 19.01.2024.
   DRG billed: F06E (coronary bypass without complicating factors), main diagnosis
   I25.13 (three-vessel coronary heart disease), secondary diagnosis E11.90.
   Our medical reviewer disputes the two extra days of stay (no documented indication).
   Agreement in the meeting: hospital reduces by EUR 1,420.00; Elbstrom pays the remainder
   within 10 days after the corrected invoice.
4. Next meeting: October 2024 in Hamburg.

Kind regards
Dr. Katrin Wendler
Head of Health Claims, Elbstrom Krankenversicherung AG
"""
    return mail(40, "Dr. Katrin Wendler <katrin.wendler@elbstrom.example>",
                "Sören Haverkamp <s.haverkamp@klinikverbund-nordlicht.example>",
                "Minutes of our meeting on 19 April", text,
                cc="Dr. Ines Marr <i.marr@klinikverbund-nordlicht.example>, Tim Kersten <tim.kersten@elbstrom.example>",
                date="2024-04-22 10:31")


@reg("CONFIDENTIAL", "en", "internal", "compliance committee minutes: sanctions/PEP screening hit on a named customer with birth date and motor and household contracts")
def m041():
    text = """Compliance Committee Elbstrom - extract item 5 (for Customer Service and Sales)

5. Sanctions / PEP screening
   Monthly screening run 03/2024: 14 potential hits, 13 false positives closed.
   Open hit: customer Viktor Melnyk, DOB 22 Aug 1971, Elbchaussee 388, 22609 Hamburg,
   customer since 2019 with motor (KF-7-290.664, two vehicles) and household HR-2188760.
   Name match with a PEP list (former deputy minister, country of origin). Identity not yet
   confirmed; no sanctions list match.
   Decision: enhanced due diligence, Sales (broker Niemeyer's contact) to obtain copy of ID
   and source-of-funds statement for the single premium request (EUR 48,000 art collection).
   No contract changes until the check is closed. Owner: F. McAllister, due 30 April.

Other items of the meeting are not relevant for you.

Fiona McAllister
Group Compliance - Germany desk
"""
    return mail(41, "Fiona McAllister <fiona.mcallister@elbstrom.example>",
                "Jana Feddersen <jana.feddersen@elbstrom.example>, Ralf Niemeyer <ralf.niemeyer@elbstrom.example>",
                "Compliance Committee - item 5 extract", text, date="2024-04-12 12:44")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "Fallkonferenz Krankentagegeld: named self-employed roofer, burnout/AU, field visit, stated net income")
def m042():
    text = """Hallo Katrin,

Ergebnis der Fallkonferenz KTG von gestern, bevor der Außendienst nochmal rausfährt:

Fall: KTG-Leistungsfall, VN Marco Lindqvist, Dachdeckermeister, selbständig (2 Gesellen)
Tarif KT43, Krankentagegeld 180 €/Tag ab 43. Tag
AU seit 02.01.2024, Diagnose lt. AU-Bescheinigung: F43.2 Anpassungsstörung,
seit März zusätzlich F32.1 (Psychiater Dr. Amsel, Itzehoe), ambulante Psychotherapie ab April.

Besuchsbericht Außendienst (Hr. Lange, 04.04.):
- VN wirkt erschöpft, Betrieb läuft über Altgesellen weiter; VN erledigt „nur Büro“
  am Wochenende – Frage der teilweisen Tätigkeit (Tarif: bei AU keine Tätigkeit erlaubt).
- Nettoeinkommen lt. Steuerbescheid 2022: 61.300 € -> Tagessatz gedeckt, keine Überversicherung.

Beschluss:
1. Leistung läuft weiter, Hinweis auf Obliegenheit (keine berufliche Tätigkeit) schriftlich.
2. Nachuntersuchung durch Vertrauensarzt nach § 4 (5) MB/KT im Mai.
3. Kein Verdacht auf Berufsunfähigkeit derzeit, aber Wiedervorlage 6/2024.

Gruß
Maren Rühmann
"""
    return mail(42, "Maren Rühmann <maren.ruehmann@elbstrom.example>",
                "Dr. Katrin Wendler <katrin.wendler@elbstrom.example>",
                "Fallkonferenz KTG Lindqvist – Ergebnis", text, date="2024-04-10 08:52")


@reg("NORMAL", "en", "internal", "steering committee invitation with agenda for broker portal project; no personal data")
def m043():
    text = """Hello,

invitation for the Broker Portal 2.0 SteerCo #4.

Agenda
1. Release 1 retrospective (15 min)
2. BiPRO 430 go-live readiness - partner firms onboarded: 212 of 540 (20 min)
3. Firm administrator role: audit requirements (6-year retention) (15 min)
4. Budget request Release 2 (20 min)
5. Decisions & AOB (10 min)

Pre-read will follow on Monday.

Regards
Katja Brandt
"""
    cal = ics("bp20-steerco-4@elbstrom.example", "20240425T140000", "20240425T152000",
              "Broker Portal 2.0 SteerCo #4", "Board room 9 / Teams", "katja.brandt@elbstrom.example",
              ["henrik.vossberg@elbstrom.example", "ralf.niemeyer@elbstrom.example",
               "priya.raman@nordhaven-group.example", "ole.martens@elbstrom.example"])
    return mail(43, "Katja Brandt <katja.brandt@elbstrom.example>",
                "bp20-steerco@elbstrom.example", "SteerCo #4 Broker Portal 2.0", text,
                atts=[att("invite.ics", cal, "text/calendar")], date="2024-04-12 10:00")


@reg("NORMAL", "de", "internal", "trap: product committee minutes on dental/orthodontic tariff with waiting periods, implants and health questions; no person")
def m044():
    text = """Protokoll Produktausschuss Kranken – 16.04.2024 (Auszug)

TOP 2 Zahnzusatz ZahnPlus 24
- Erstattung Zahnersatz inkl. Implantate 90 %, Inlays, Kieferorthopädie für Kinder bis 18 J.
  (KIG 1-2 privat 80 %).
- Wartezeit: keine für Prophylaxe, 8 Monate für Zahnersatz; Begrenzung in den ersten
  4 Jahren (1.000/2.000/3.000/4.000 €).
- Gesundheitsfragen: 2 statt 3 (fehlende Zähne, laufende Behandlung/Parodontitis).
  Annahmerichtlinie: max. 3 fehlende, nicht ersetzte Zähne.
- Kalkulation: Schaden-Quote Ziel 78 %, Beitrag Alter 35: 24,60 €.
Beschluss: Freigabe zur Einreichung beim Treuhänder.

TOP 3 Ambulante Psychotherapie im Kompakttarif
- Vorschlag: 50 Sitzungen p.a. ohne Genehmigungsverfahren; Aktuariat rechnet Mehrkosten
  von 1,9 % Beitrag. Vertagt.

Protokoll: P. Hoffmeister
"""
    return mail(44, "Pia Hoffmeister <pia.hoffmeister@elbstrom.example>",
                "produktausschuss-kv@elbstrom.example", "Protokoll Produktausschuss KV 16.04. (Auszug)", text,
                date="2024-04-17 17:20")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "Protokoll JF Leistung Kranken: general items plus a customer complaint about rejected psychotherapy with diagnosis F43.1 deep in Verschiedenes")
def m045():
    text = """Protokoll Jour fixe Leistung Kranken – 26.02.2024

Teilnehmer: Dr. Wendler, Kersten, Vieth, Rühmann, Brenner-Lutz, Kowalczyk (Protokoll)

TOP 1 Offene Punkte: erledigt bis auf Hilfsmittel-Rahmenvertrag (Kersten, 04/2024).
TOP 2 GOÄ-Novelle: weiterhin kein Kabinettsentwurf. Keine Systemänderung vor 2025.
TOP 3 ICD-10-GM 2024: Regressionstest LEA abgeschlossen, 2 Mappingfehler behoben.
TOP 4 Rückstände: ambulant 6,1 Tage, Zahn 8,3 Tage, stationär 4,4 Tage. Sonderschicht Samstag 09.03.
TOP 5 Hilfsmittel: Preisobergrenzen Hörgeräte werden zum 01.04. angepasst.
TOP 6 Beihilfe: Schnittstelle Beihilfestelle Nord produktiv ab 15.03.
TOP 7 Verschiedenes
 - Beschwerde Herr Dr. Armin Kuhlmann (KV-Nr. K-1-022.614) über die Ablehnung der Kostenzusage
   für eine traumafokussierte Psychotherapie (Diagnose PTBS F43.1 nach Verkehrsunfall 2023),
   Antrag auf 45 Sitzungen. Ablehnung erfolgte, weil Therapeutin Heilpraktikerin für
   Psychotherapie ist (Tarif erstattet nur approbierte Behandler). Hr. Kuhlmann droht mit
   Ombudsmann. -> Vieth prüft Kulanz für 10 probatorische Sitzungen bei approbierter Therapeutin,
   Antwort bis 08.03.
 - Osterurlaub: Vertretungsplan bis 15.03.
"""
    html = """<html><body style="font-family:Calibri,sans-serif">
<h3>Protokoll Jour fixe Leistung Kranken &ndash; 26.02.2024</h3>
<p>Teilnehmer: Dr. Wendler, Kersten, Vieth, R&uuml;hmann, Brenner-Lutz, Kowalczyk (Protokoll)</p>
<ol>
<li>Offene Punkte: erledigt bis auf Hilfsmittel-Rahmenvertrag (Kersten, 04/2024).</li>
<li>GO&Auml;-Novelle: weiterhin kein Kabinettsentwurf. Keine System&auml;nderung vor 2025.</li>
<li>ICD-10-GM 2024: Regressionstest LEA abgeschlossen, 2 Mappingfehler behoben.</li>
<li>R&uuml;ckst&auml;nde: ambulant 6,1 Tage, Zahn 8,3 Tage, station&auml;r 4,4 Tage. Sonderschicht Samstag 09.03.</li>
<li>Hilfsmittel: Preisobergrenzen H&ouml;rger&auml;te werden zum 01.04. angepasst.</li>
<li>Beihilfe: Schnittstelle Beihilfestelle Nord produktiv ab 15.03.</li>
<li>Verschiedenes<ul>
<li>Beschwerde Herr Dr. Armin Kuhlmann (KV-Nr. K-1-022.614) &uuml;ber die Ablehnung der Kostenzusage
f&uuml;r eine traumafokussierte Psychotherapie (Diagnose PTBS F43.1 nach Verkehrsunfall 2023),
Antrag auf 45 Sitzungen. Ablehnung erfolgte, weil Therapeutin Heilpraktikerin f&uuml;r Psychotherapie ist.
Hr. Kuhlmann droht mit Ombudsmann. &rarr; Vieth pr&uuml;ft Kulanz f&uuml;r 10 probatorische Sitzungen, Antwort bis 08.03.</li>
<li>Osterurlaub: Vertretungsplan bis 15.03.</li></ul></li>
</ol></body></html>"""
    return mail(45, "Nadine Kowalczyk <nadine.kowalczyk@elbstrom.example>",
                "leistung-kranken-tl@elbstrom.example", "Protokoll JF Leistung Kranken 26.02.", text,
                html=html, date="2024-02-27 11:02")


@reg("CONFIDENTIAL", "mixed", "internal", "jour fixe with the Kraków service centre (EN/DE): named customer's motor total-theft claim with plate and police reference")
def m046():
    text = """Hi Magda, hallo zusammen,

short minutes of today's JF Kraków/Hamburg – Kfz-Schaden:

1. Backlog: 1.140 open tasks (−9 % vs. last week). Great job!
2. Quality check: error rate 2.3 %, main issue wrong Schadenart "Teilkasko Glas" vs. "Wild".
3. Escalated case (please handle with priority, Kunde ruft täglich an):
   Schaden 24-KF-0031907, VN Tobias Rehder, Norderstedt, Diebstahl BMW X3,
   amtl. Kennzeichen SE-TR 880, Anzeige Polizei Norderstedt Tgb.-Nr. 0451/24/118223.
   Schlüssel: only 1 of 2 keys returned by customer -> Rückfrage Schlüsselgutachten.
   Hamburg (Grote) bleibt Ansprechpartnerin, Kraków prepares the file.
4. Glossary DE/EN/PL updated in SharePoint – bitte nutzen.

Next JF Thursday 10:00.

Viele Grüße / Best
Svenja
"""
    return mail(46, "Svenja Grote <svenja.grote@elbstrom.example>",
                "Magdalena Wójcik <magdalena.wojcik@nordhaven-ssc.example>",
                "JF Kraków/HH Kfz – minutes", text, date="2024-04-18 12:06")


@reg("NORMAL", "de", "internal", "out-of-office reply from a manager attending a steering committee")
def m047():
    text = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 26.04. in Klausur (Lenkungsausschuss / Jahresplanung) und lese
meine E-Mails nur eingeschränkt. In dringenden Fällen wenden Sie sich bitte an
Frau Svenja Grote (svenja.grote@elbstrom.example, 040 6021-2275).

Mit freundlichen Grüßen
Claas Petersen
"""
    return mail(47, "Claas Petersen <claas.petersen@elbstrom.example>",
                "Lars Hübner <lars.huebner@elbstrom.example>",
                "Automatische Antwort: Protokoll JF Regress Kfz 27.03.", text,
                headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
                date="2024-04-24 08:00", cte="8bit")


@reg("STRICTLY_CONFIDENTIAL", "en", "internal", "group audit fieldwork minutes; the XLSX sample lists named BU claimants with diagnoses and decisions (only in the attachment)")
def m048():
    text = """Jörg,

as discussed in the closing meeting, attached the file sample we used for the BU claims
audit, with the auditor's remarks per file. Please provide your comments on the four files
marked "deviation" by 10 May. The draft report will go to the audit committee in June.

Minutes of the closing meeting (short):
- Overall rating: "needs improvement"
- Main topic: decisions without documented medical assessment in 4 of 25 files
- Positive: turnaround for first decisions improved

Marco

Marco Sartori | Group Internal Audit | Nordhaven Insurance Group
"""
    x = xlsx([
        ["File", "Insured", "Policy", "Diagnosis (main)", "Decision", "Auditor remark"],
        ["1", "Dirk Weißgerber", "4-118.203.55", "F33.1 recurrent depression", "pending (expert opinion)", "ok"],
        ["2", "Sabine Roloff", "4-120.901.11", "C50.9 breast cancer, chemo 2023", "accepted 100 %", "ok"],
        ["3", "Kai-Uwe Brodersen", "4-097.552.40", "M51.2 lumbar disc prolapse", "rejected (< 50 %)", "deviation: no medical assessment on file"],
        ["4", "Nils Ottersberg", "4-133.004.09", "G35 multiple sclerosis", "accepted 100 %", "ok"],
        ["5", "Manuela Grieß", "4-101.778.63", "F41.0 panic disorder", "rejected (non-disclosure)", "deviation: rescission letter without hearing"],
        ["6", "Heiko Stamer", "4-088.310.27", "I50.13 heart failure NYHA III", "accepted 100 %", "ok"],
    ], sheet="Sample")
    return mail(48, "Marco Sartori <marco.sartori@nordhaven-group.example>",
                "Jörg Habermehl <joerg.habermehl@elbstrom.example>",
                "BU claims audit - sample and closing meeting notes", text,
                atts=[att("IA-2024-03_BU_sample.xlsx", x, XLSX)], date="2024-04-26 14:14")


@reg("NORMAL", "en", "internal", "trap: medical advisory board minutes on underwriting guidelines for diabetes and cancer survivors; generic rules, no person")
def m049():
    text = """Medical Advisory Board - Life & Disability Underwriting
Minutes of 23 April 2024 (approved)

1. Diabetes mellitus type 2
   New rating grid: HbA1c <= 7.0 and no complications: +25 %; 7.1-8.0: +50-75 %;
   > 8.0 or insulin with complications: postpone. BMI loading now combined, not additive.
2. Cancer survivors (right to be forgotten debate in the EU)
   Board recommends standard rates 10 years after end of treatment for most solid tumours
   without recurrence; breast cancer stage I after 5 years with +50 % for years 5-10.
3. Mental health questions in the application
   Reduce look-back for psychotherapy from 10 to 5 years; exclude counselling < 10 sessions.
4. Genetic tests
   Reminder: results of predictive genetic tests must not be requested or used
   (GenDG § 18), except for sums above EUR 300,000 / EUR 30,000 annual pension.

Next meeting: September.
Dr. Ulrike Brandhorst (chair)
"""
    return mail(49, "Dr. Ulrike Brandhorst <ulrike.brandhorst@elbstrom.example>",
                "underwriting-life@elbstrom.example", "MAB minutes 23 April - approved", text,
                date="2024-04-29 09:30")


@reg("CONFIDENTIAL", "de", "internal", "extract of board minutes: goodwill decision for a named homeowner's claim with amount and claim number")
def m050():
    text = """Sehr geehrter Herr Petersen,

aus dem Protokoll der Vorstandssitzung vom 23.04.2024 übermittle ich Ihnen den Auszug zu TOP 6.3
mit der Bitte um Umsetzung.

TOP 6.3 Kulanzentscheidung Wohngebäude (Vorlage Schaden Komposit)
Schaden-Nr. 23-WG-099871, VN Ehepaar Gisela und Horst Dreyer, Am Mühlenteich 4, 21224 Rosengarten.
Sachverhalt: Rückstauschaden im Keller, Elementarbaustein nicht versichert (VN hatte 2021
auf Anraten des Vermittlers abgelehnt, Beratungsdokumentation unvollständig).
Beschluss: Kulanzzahlung 50 % des festgestellten Schadens, d.h. 23.650,00 €, ohne Anerkennung
einer Rechtspflicht. Vermittlerhaftung wird nicht weiterverfolgt.

Mit freundlichen Grüßen
i. A. Carola Heitmann
Vorstandsbüro
"""
    return mail(50, "Carola Heitmann <carola.heitmann@elbstrom.example>",
                "Claas Petersen <claas.petersen@elbstrom.example>",
                "Auszug Vorstandsprotokoll 23.04. – TOP 6.3", text, date="2024-04-25 11:48")

# =====================================================================
# Mails 051-075
# =====================================================================

@reg("NORMAL", "de", "internal", "trap: agenda of a fraud case-conference series with generic patterns (staged accidents, forged prescriptions); no case, no person")
def m051():
    text = """Hallo zusammen,

für die Fallkonferenz-Reihe „Betrugsprävention“ im 2. Quartal schlage ich folgende Themen vor.
Es geht um Muster, nicht um konkrete Fälle – Einzelfälle bitte weiter über die ZSB-Meldung.

23.05.  Gestellte Verkehrsunfälle: typische Konstellationen (Mietwagen, Auffahrunfall
        im Kreisverkehr, „Berliner Modell“), Auffälligkeiten in der HIS-Abfrage
06.06.  Rezept- und Rechnungsmanipulation in der Krankenversicherung: nachträglich
        geänderte Steigerungsfaktoren, Rezeptfälschungen bei Hochpreisern, Auslandsrechnungen
13.06.  BU/Unfall: Aggravation und Simulation – was dürfen Gutachter, was dürfen wir?
        (mit Dr. Brandhorst)
27.06.  Einbruchdiebstahl: Vorschäden, Stehlgutlisten mit Belegen aus dem Internet

Jeweils 14:00–15:00 Uhr, Teams. Gäste aus den Fachbereichen willkommen.

Gruß
Henning Brandes
Zentrale Stelle Betrugsabwehr (ZSB)
"""
    return mail(51, "Henning Brandes <henning.brandes@elbstrom.example>",
                "schadenleiter@elbstrom.example", "Fallkonferenz-Reihe Betrugsprävention Q2 – Themen", text,
                date="2024-04-30 15:25")


@reg("STRICTLY_CONFIDENTIAL", "de", "company", "forwarded rfc822 invitation from a rehab provider to a case conference: named insured after stroke with deficits; body says only 'zur Info'")
def m052():
    text = """Hallo Benedikt,

zur Info, siehe Anlage. Kannst du den Termin übernehmen? Ich bin da im Urlaub.

Danke
Maren
"""
    inner = inner_mail(
        "Kerstin Bahr <k.bahr@rehacare-nord.example>",
        "Maren Rühmann <maren.ruehmann@elbstrom.example>",
        "Einladung Fallkonferenz Hr. Rasmussen – Reha-Management",
        """Sehr geehrte Frau Rühmann,

wir laden Sie herzlich zur Fallkonferenz im Rahmen des Reha-Managements ein:

Versicherter: Holger Rasmussen, geb. 02.09.1969, BU-Leistungsfall 4-131.552.08
Termin: 21.05.2024, 11:00 Uhr, Neurologisches Rehazentrum Geesthacht, Besprechungsraum 2

Zum Stand: Herr Rasmussen befindet sich seit 08.04. in der Phase-C-Reha nach ischämischem
Schlaganfall (A. cerebri media links, I63.4) am 17.03. Es bestehen eine Hemiparese rechts
(armbetont) und eine leichte Aphasie; Gehen mit Rollator ca. 100 m. Ziel der Konferenz ist die
Planung der Phase D und eine realistische Einschätzung der Rückkehr in den Beruf
(Vertriebsingenieur, viel Außendienst, Pkw).

Teilnehmende: Herr Rasmussen und Ehefrau, Stationsarzt Dr. Hüttmann, Ergotherapie, Sozialdienst,
RehaCare Nord (Frau Bahr), Elbstrom (Sie bzw. Vertretung).

Mit freundlichen Grüßen
Kerstin Bahr
Reha-Beraterin
RehaCare Nord GmbH
""",
        "2024-05-02 09:14", "<5f1c2a@rehacare-nord.example>")
    return mail(52, "Maren Rühmann <maren.ruehmann@elbstrom.example>",
                "Benedikt Hollmann <benedikt.hollmann@elbstrom.example>", "WG: Einladung Fallkonferenz", text,
                inner=inner, inner_name="Einladung Fallkonferenz Hr. Rasmussen.eml", date="2024-05-02 10:40")


@reg("CONFIDENTIAL", "en", "internal", "cyber task-force minutes: phishing at a broker firm exposed named customers with birth dates and household/liability policies")
def m053():
    text = """Task force "Broker phishing" - minutes of call #2, 06 May 2024

Participants: O. Martens (chair), L. Brockmann (DPO), K. Brandt (broker mgmt), J. Ostrowski, external: IR retainer (NorthShield)

1. Facts so far
   - Partner firm Finanzkontor Altmark GmbH: one user account compromised via phishing on 29 Apr,
     attacker downloaded 3 customer records from the broker portal before MFA lock.
   - Records exposed (name, address, date of birth, policy data):
       * Sandra Köpke, 12.07.1982, household HR-2230114, private liability PH-880412
       * Ahmet Yıldırım, 30.01.1975, household HR-2230971
       * Bernd und Ute Schwieger, 18.10.1960 / 02.03.1963, buildings WG-3-112.006
   - No health or life contracts in the export (checked by IAM log).
2. Measures
   - Account locked, all sessions of the firm revoked, firm administrator reset.
   - Customers to be informed by letter (Art. 34 GDPR assessment: high risk due to
     identity theft potential -> yes). Draft letter by Brockmann until 08 May.
   - Notification to the supervisory authority filed 02 May (within 72 h).
3. Next call: 13 May.
"""
    return mail(53, "Ole Martens <ole.martens@elbstrom.example>",
                "tf-broker-phishing@elbstrom.example", "TF Broker phishing - minutes call #2", text,
                cc="NorthShield IR <ir@northshield.example>", date="2024-05-06 18:02")


@reg("NORMAL", "en", "internal", "trap: HTML-only claims KPI review with death claims, cancer share of BU, hospital cost trend; aggregates")
def m054():
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Hi all, here are the figures for tomorrow's Claims KPI review (Q1 2024). No changes vs. the pre-read except row 6.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#003a63;color:#fff"><th>#</th><th>KPI</th><th>Q1 2024</th><th>Q1 2023</th><th>Comment</th></tr>
<tr><td>1</td><td>Death claims reported (life)</td><td>68</td><td>59</td><td>flu season, within plan</td></tr>
<tr><td>2</td><td>BU new claims</td><td>101</td><td>96</td><td>share neoplasms 14 %, mental 43 %</td></tr>
<tr><td>3</td><td>Hospital costs per insured (health)</td><td>EUR 412</td><td>EUR 377</td><td>+9 %, DRG base rate</td></tr>
<tr><td>4</td><td>Outpatient invoices processed</td><td>611,204</td><td>574,880</td><td></td></tr>
<tr><td>5</td><td>Motor claims frequency</td><td>6.1 %</td><td>6.4 %</td><td></td></tr>
<tr><td>6</td><td>Complaints per 1,000 claims</td><td>2.3</td><td>2.9</td><td>corrected</td></tr>
</table>
<p>Cheers<br>Anja (PMO)</p></body></html>"""
    return mail(54, "Anja Lüders <anja.lueders@elbstrom.example>",
                "claims-kpi-review@elbstrom.example", "Claims KPI review Q1 - figures", html=html,
                date="2024-05-07 16:30")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "works-council minutes in ODT: named pregnant employee, employment ban and transfer; body harmless")
def m055():
    text = """Hallo zusammen,

im Anhang das Protokoll der Sondersitzung vom Freitag (ODT, bitte nicht als PDF in den
allgemeinen BR-Ordner legen, ich kümmere mich um die Ablage).

Sabine
"""
    o = odt([
        "Betriebsrat Elbstrom Versicherung AG – Betrieb Hamburg",
        "Protokoll der Sondersitzung vom 10.05.2024, 12:00–13:00 Uhr",
        "Anwesend: Ohlendorf, Aydın, Brüggemann, Scholz, Wiechmann, Ilić, Kranz, Hauschild, Jürgens",
        "TOP 1 Versetzung nach § 99 BetrVG – Frau Laura Kemper, Außendienst Kfz-Schadenbesichtigung",
        "Frau Kemper ist schwanger (errechneter Entbindungstermin 14.08.2024). Der Betriebsarzt hat ein teilweises Beschäftigungsverbot nach § 11 MuSchG für Tätigkeiten mit Fahrten > 2 Std./Tag und Heben von Lasten ausgesprochen; zusätzlich besteht laut Frau Kemper eine Schwangerschaftsdiabetes-Behandlung.",
        "Der Arbeitgeber beantragt die vorübergehende Versetzung in den Innendienst Schaden Kfz (Team Telefonie) bis zum Beginn der Schutzfrist, Vergütung unverändert.",
        "Beschluss: Zustimmung (9 Ja). Der BR bittet um Prüfung eines Home-Office-Anteils von 3 Tagen.",
        "TOP 2 Verschiedenes – keine.",
        "Protokoll: P. Scholz",
    ])
    return mail(55, "Sabine Ohlendorf <sabine.ohlendorf@elbstrom.example>",
                "betriebsrat-hamburg@elbstrom.example", "Protokoll Sondersitzung 10.05.", text,
                atts=[att("Protokoll_Sondersitzung_2024-05-10.odt", o, ODT)], date="2024-05-13 08:20")


@reg("NORMAL", "de", "internal", "trap: marketing jour fixe on a dental campaign with fictitious testimonials and stock photos; no person")
def m056():
    text = """Moin,

die Punkte aus dem JF Marketing:

- Kampagne ZahnPlus 24 startet 01.07. Claim: „Lächeln ist versichert.“
- Testimonials: Wir nehmen KEINE echten Kund:innen mit Behandlungsgeschichte, auch nicht mit
  Einwilligung (Entscheidung DSB/Recht). Stattdessen Agentur-Models, Texte fiktiv
  („Julia, 34, hat endlich ihr Implantat“ o.ä. – Rechtsabteilung prüft die Formulierungen).
- Landingpage mit Rechner: Beitrag nach Alter, Gesundheitsfragen erst im Antrag.
- Social Ads: Zielgruppe 30–55, keine Ausrichtung nach Gesundheitsinteressen (Plattformrichtlinie).
- Budget 180 T€, davon 60 % Online.

Nächster JF 29.05.
Pia
"""
    return mail(56, "Pia Hoffmeister <pia.hoffmeister@elbstrom.example>",
                "marketing-jf@elbstrom.example", "JF Marketing – Ergebnisse", text, date="2024-05-15 17:47")


@reg("CONFIDENTIAL", "de", "internal", "sales jour fixe notes in windows-1252: named customer wants to cancel household, liability and motor contracts, premiums")
def m057():
    text = """Hallo Ralf,

aus unserem JF Vertrieb/Service gestern noch der Rückgewinnungsfall, den du übernehmen wolltest:

Kundin: Angelika Struck, Lüneburger Str. 55, 21073 Hamburg, Kd.-Nr. 5001-440918
Verträge:
  - Hausrat HR-2107755, Jahresbeitrag 148,20 €
  - Privathaftpflicht PH-771203, 79,90 €
  - Kfz KF-7-204.118 (Mazda CX-5, HH-AS 551), 912,40 € inkl. VK
Kündigung aller drei Verträge zum 01.07. per Mail, Grund lt. Telefonat: Umzug zu ihrem Partner
nach Buchholz, „dort ist alles bei der HUK“. Kfz-Vertrag läuft ohnehin bis 31.12. (keine
Sonderkündigung).
Idee: Bündelrabatt 10 % anbieten, Rückruf bis Freitag.

Gruß
Jana
"""
    return mail(57, "Jana Feddersen <jana.feddersen@elbstrom.example>",
                "Ralf Niemeyer <ralf.niemeyer@elbstrom.example>", "Rückgewinnung Struck (aus JF)", text,
                charset="windows-1252", date="2024-05-16 09:58")


@reg("STRICTLY_CONFIDENTIAL", "en", "internal", "steering deck PDF with a 'customer story' slide naming a BU claimant with breast cancer and payout (only in the attachment)")
def m058():
    text = """Dear SteerCo members,

attached the deck for Thursday's Claims Excellence SteerCo (v1.0). Main decision: roll-out of
the new BU first-contact process to all teams.

Best regards
Jörg Habermehl
"""
    p = pdf([
        "Claims Excellence - Steering Committee #6 - 23 May 2024",
        "",
        "1  Agenda: results pilot 'BU first contact', customer feedback, roll-out decision",
        "2  Pilot results: time to first decision -31 %, NPS claims +18 points",
        "3  What changed: personal call within 48 h, document checklist, medical pre-assessment",
        "4  Customer story (from the pilot):",
        "   Sabine Roloff, 44, teacher from Kiel, BU policy 4-120.901.11,",
        "   diagnosed with breast cancer (C50.9) in March 2023, mastectomy and chemotherapy.",
        "   Claim filed 11 Apr 2023, accepted 100 % after 23 days, monthly pension EUR 1,850.",
        "   Quote from the call: 'I did not have to explain my illness five times.'",
        "5  Roll-out plan: wave 1 July (teams 1-3), wave 2 October (teams 4-6)",
        "6  Costs: EUR 240k (training, telephony), savings EUR 410k p.a.",
        "7  Decision requested: approve roll-out",
    ])
    return mail(58, "Jörg Habermehl <joerg.habermehl@elbstrom.example>",
                "claims-excellence-steerco@elbstrom.example", "Deck Claims Excellence SteerCo #6", text,
                atts=[att("ClaimsExcellence_SteerCo6_v1.0.pdf", p, "application/pdf")],
                date="2024-05-21 19:03")


@reg("NORMAL", "en", "internal", "trap: privacy champions network minutes discussing generic examples of health-data leaks and ICD codes in free text; no person")
def m059():
    text = """Privacy Champions Network - minutes, 14 May

Present: 17 champions (all divisions), L. Brockmann

1. Lessons learned (anonymised)
   - A diagnosis typed into the CRM free-text field ("patient has F32") was visible to the
     call centre. Since April the CRM blocks ICD patterns in notes.
   - An Excel list of hospital invoices was sent to the wrong distribution list. Outcome: recall
     and deletion confirmed. Reminder: use the secure share, not mail attachments.
   - A doctor's report was scanned into the motor claims inbox. Routing rule fixed.
2. Quiz results: 82 % correct on "which data is health data?" (hardest: hearing aids,
   glasses, pregnancy).
3. New: Siegel mail gateway pilot from June - classification of outgoing mail.

Next meeting: 09 July.
Lena
"""
    return mail(59, "Lena Brockmann <lena.brockmann@elbstrom.example>",
                "privacy-champions@elbstrom.example", "Privacy Champions - minutes 14 May", text,
                date="2024-05-15 10:10")


@reg("CONFIDENTIAL", "de", "internal", "ZIP with customer-advisory-council minutes and a CSV member list with names, birth dates, addresses and motor/household contracts")
def m060():
    text = """Hallo Frau Heitmann,

anbei die Unterlagen zur Sitzung des Kundenbeirats vom 15.05. (Protokoll und Teilnehmerliste
für die Aufwandsentschädigung) als ZIP.

Viele Grüße
Jana Feddersen
"""
    protokoll = """Kundenbeirat Elbstrom – 4. Sitzung, 15.05.2024, Hamburg
Moderation: J. Feddersen

1. Verständlichkeit der Schadenmeldung online – Testergebnisse: Mehrheit findet Upload von Fotos gut,
   Kritik an Pflichtfeldern.
2. Brief zur Beitragsanpassung Kfz – neuer Entwurf wird deutlich besser bewertet.
3. Wunsch: Rückrufservice mit Terminwahl.
4. Nächste Sitzung: November.
"""
    teiln = csv_bytes([
        ["Name", "Geburtsdatum", "Anschrift", "Kunde seit", "Verträge", "Aufwandsentschädigung"],
        ["Renate Oltmanns", "1956-04-19", "Kirchenstr. 3, 22848 Norderstedt", "1998", "Kfz, Hausrat", "150 EUR"],
        ["Mirko Schaper", "1988-12-02", "Osterstr. 70, 20259 Hamburg", "2017", "Kfz", "150 EUR"],
        ["Leonie Baumgart", "1995-07-30", "Weidenallee 12, 20357 Hamburg", "2021", "Hausrat, PHV", "150 EUR"],
        ["Friedrich Oesterle", "1949-01-11", "Am Brink 8, 21465 Reinbek", "1979", "Kfz, Wohngebäude", "150 EUR"],
    ], encoding="cp1252")
    z = zip_file([("Kundenbeirat_2024-05-15/Protokoll.txt", protokoll),
                  ("Kundenbeirat_2024-05-15/Teilnehmer.csv", teiln)])
    return mail(60, "Jana Feddersen <jana.feddersen@elbstrom.example>",
                "Carola Heitmann <carola.heitmann@elbstrom.example>", "Kundenbeirat 15.05. – Unterlagen", text,
                atts=[att("Kundenbeirat_2024-05-15.zip", z, "application/zip")], date="2024-05-17 13:13")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "two-line approval; BU case-conference minutes with a named insured's cancer diagnosis only in the quoted mail")
def m061():
    text = """Ja, passt so. Bitte so ans Team.

Jörg

Am 22.05.2024 um 15:41 schrieb Sven Köhnke:
> Hallo Jörg,
>
> hier mein Entwurf für das Kurzprotokoll der BU-Fallkonferenz, bitte kurz freigeben:
>
> Fallkonferenz BU 22.05.2024
> 1. Fall Nils Ottersberg (4-133.004.09): Nachprüfung – MS-Schübe weiter 2-3/Jahr, EDSS 4,5,
>    Leistung läuft weiter, nächste Nachprüfung 2026.
> 2. Fall Heike Arndt (4-140.223.18): Erstprüfung. Diagnose Mammakarzinom rechts (C50.4),
>    brusterhaltende OP 02/2024, adjuvante Chemo bis 08/2024, danach Bestrahlung.
>    Tätigkeit Krankenschwester Intensivstation (Schichtdienst). BU mind. 50 % für die
>    Therapiedauer plausibel -> befristetes Anerkenntnis 12 Monate (§ 173 Abs. 2 VVG).
> 3. Allgemein: neue Vorlage für befristete Anerkenntnisse ab Juni verwenden.
>
> Gruß Sven
"""
    return mail(61, "Jörg Habermehl <joerg.habermehl@elbstrom.example>",
                "Sven Köhnke <sven.koehnke@elbstrom.example>", "AW: Kurzprotokoll Fallkonferenz BU 22.05.", text,
                date="2024-05-22 16:05", cte="8bit")


@reg("NORMAL", "de", "internal", "room change for the project leads' jour fixe")
def m062():
    text = """Hallo zusammen,

der JF Projektleiter Phoenix findet morgen ausnahmsweise in Raum 6.02 statt (4.12 ist
wegen Handwerkern gesperrt). Teams-Link bleibt gleich.

Tobias
"""
    return mail(62, "Tobias Reinke <tobias.reinke@elbstrom.example>", "phoenix-pl@elbstrom.example",
                "JF PL morgen in 6.02", text, date="2024-05-27 16:59", cte="8bit")


@reg("STRICTLY_CONFIDENTIAL", "en", "customer", "insured's complaint about IVF cost reimbursement forwarded into a case-conference prep with treatment details")
def m063():
    text = """Benedikt,

for Wednesday's case conference - the customer's mail below. She wrote in English, the
case is with team Expat. Let's discuss whether the second cycle is covered under the
tariff wording (max. 3 attempts, age limit 40 for the woman).

Katrin

---------- Forwarded message ---------
From: Emma Lindgren-Scholz <emma.lindgren@mailbox-nord.example>
Date: Tue, 28 May 2024 at 21:37
Subject: Re: Your reimbursement claim K-9-703.118 / invoice Kinderwunschzentrum
To: health-claims@elbstrom.example

Dear Sir or Madam,

I am writing again about the rejection of my invoice from the fertility clinic
(Kinderwunschzentrum an der Alster) for our second IVF/ICSI cycle in March. The first cycle
in 2023 was reimbursed without any questions. Your letter says the "probability of success is
below 15 %". My doctor, Dr. Feldhusen, has written that my AMH values are low but that a
second cycle is medically reasonable, and I am only 38. I also had a miscarriage in week 9
after the first cycle, which your letter does not mention at all.

The invoice is EUR 6,842.19 including the medication (Gonal-f, Cetrotide).
I am very stressed by all this. Please review the decision.

Kind regards
Emma Lindgren-Scholz
"""
    return mail(63, "Dr. Katrin Wendler <katrin.wendler@elbstrom.example>",
                "Benedikt Hollmann <benedikt.hollmann@elbstrom.example>",
                "FW: Your reimbursement claim K-9-703.118 - for case conference Wed", text,
                date="2024-05-29 08:15")


@reg("CONFIDENTIAL", "en", "insurer-to-company", "D&O claim meeting minutes to the insured company, named CFO and directors, claim amount")
def m064():
    text = """Dear Ms. Franke,

thank you for meeting us on 3 June. As agreed, our minutes:

Meeting minutes - D&O policy DO-88-004512, Brightwater Solar AG
Participants: Judith Franke (CFO), Dr. Paul Eichler (General Counsel), Claas Petersen and
Dr. Nora Fischbach (Elbstrom), RA Dr. Kessler (panel counsel)

1. Claim notified on 16 May 2024: the insolvency administrator of a former subsidiary
   (Brightwater Projekt GmbH i.L.) claims EUR 3.4m from two former managing directors,
   Mr. Sebastian Holt and Mr. Erik Danner, for payments after insolvency maturity (§ 15b InsO).
2. Coverage: notified within the policy period; exclusion for deliberate breach not
   currently applicable. Defence costs covered under reservation of rights.
3. Panel counsel Dr. Kessler to represent both directors; conflict check done.
4. Next steps: documents (board minutes 2021-2022, liquidity plans) to counsel by 21 June.

Kind regards
Dr. Nora Fischbach
Financial Lines Claims, Elbstrom Versicherung AG
"""
    return mail(64, "Dr. Nora Fischbach <nora.fischbach@elbstrom.example>",
                "Judith Franke <j.franke@brightwater-solar.example>",
                "D&O DO-88-004512 - minutes of meeting 3 June", text,
                cc="Dr. Paul Eichler <p.eichler@brightwater-solar.example>, RA Dr. Kessler <kessler@kessler-partner.example>",
                date="2024-06-04 14:44")


@reg("NORMAL", "de", "internal", "trap: quality circle minutes on the release-from-confidentiality form with «placeholders» for name and birth date")
def m065():
    text = """Protokoll Qualitätszirkel Formulare – 29.05.2024

1. Schweigepflichtentbindungserklärung (SEE) nach GDV-Muster
   Neue Fassung mit Einzelermächtigung pro Anfrage. Kopfbereich künftig:
     Versicherte Person: «Vorname» «Nachname», geb. «Geburtsdatum»
     Vertragsnummer: «VSNR»
     Anfrage bei: «Arzt/Krankenhaus», Zeitraum: «von» bis «bis»
   Die Platzhalter werden aus dem Leistungssystem gefüllt, Freitext nicht mehr möglich.
2. Formular „Fragebogen Arbeitsunfähigkeit“ – Frage nach Diagnose entfällt, stattdessen
   Beiziehung des ärztlichen Attests.
3. Barrierefreie PDF-Formulare bis Q4.

Teilnehmer: Vieth, Rühmann, Kersten, Brockmann, Heitmann
"""
    return mail(65, "Hanna Vieth <hanna.vieth@elbstrom.example>",
                "qz-formulare@elbstrom.example", "Protokoll QZ Formulare 29.05.", text, date="2024-05-30 12:00")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "legal jour fixe litigation list: named plaintiff suing over rejected LASIK and refractive-surgery claim with visual acuity details")
def m066():
    text = """Hallo Katrin,

aus unserem JF Recht/Leistung die aktuellen Prozesse Kranken – zur Vorbereitung der
Rückstellungsplanung:

1. LG Hamburg 332 O 118/23 – Klägerin Nadine Uhlenbrock, K-1-118.420
   Streit: Kosten Femto-LASIK beidseits 4.980 €. Myopie -5,5 / -6,0 dpt, Kontaktlinsen-
   unverträglichkeit lt. Augenärztin. Wir hatten wegen fehlender medizinischer Notwendigkeit
   abgelehnt; BGH-Rechtsprechung (IV ZR 533/15) spricht eher für die Klägerin.
   Empfehlung: Vergleich 80 %. Termin 18.07.
2. AG Altona 318a C 45/24 – Streitwert 1.240 €, Heilpraktikerrechnung, Kläger unbekannt
   vertreten; Prozess läuft, Risiko gering.
3. Neue Klagen: keine.

Gruß
Dr. Nora Fischbach
(i.V. für die Rechtsabteilung)
"""
    return mail(66, "Dr. Nora Fischbach <nora.fischbach@elbstrom.example>",
                "Dr. Katrin Wendler <katrin.wendler@elbstrom.example>", "JF Recht/Leistung – Prozessliste KV", text,
                date="2024-06-05 09:26")


@reg("CONFIDENTIAL", "de", "internal", "payroll jour fixe note in a base64 body: named employee's wage garnishment with net salary")
def m067():
    text = """Hallo Frauke,

Nachtrag zum JF Entgeltabrechnung:

Für Herrn Kevin Ahlers (Pers.-Nr. 10 5120, Kundenservice) ist ein Pfändungs- und
Überweisungsbeschluss des AG Hamburg-Harburg eingegangen (Gläubiger: Autohaus Süderelbe,
Forderung 6.214,80 €). Nettoentgelt Mai: 2.186,43 €, unterhaltspflichtig für 1 Kind.
Pfändbarer Betrag nach Tabelle: 132,61 €. Wir führen ab Juni ab und geben die
Drittschuldnererklärung bis 14.06. ab.

Bitte nicht im Team thematisieren; Herr Ahlers wurde von uns informiert.

Gruß
Sylvia Mertens
Entgeltabrechnung
"""
    return mail(67, "Sylvia Mertens <sylvia.mertens@elbstrom.example>",
                "Frauke Timmermann <frauke.timmermann@elbstrom.example>", "JF Entgelt – Nachtrag Pfändung", text,
                cte="base64", date="2024-06-06 15:37")


@reg("NORMAL", "en", "internal", "change advisory board minutes, technical")
def m068():
    text = """CAB 2024-23 - approved changes

CHG-10442  Patch Oracle 19.22 on policy DB cluster (Sat 22:00-02:00)     approved
CHG-10447  New firewall rule broker portal -> BiPRO gateway                approved
CHG-10451  Upgrade document archive client to 7.4                           deferred (test report missing)
CHG-10455  Siegel pilot: mail flow for claims mailboxes via gateway         approved, rollback plan required

Emergency changes last week: 1 (certificate renewal customer portal).

IT Service Management
"""
    return mail(68, "IT Service Management <itsm@elbstrom.example>", "cab@elbstrom.example",
                "CAB 2024-23 minutes", text, date="2024-06-07 11:00", cte="7bit")


@reg("CONFIDENTIAL", "en", "insurer-to-broker", "minutes to an expat broker on a tenant-liability claim of a named student client; no one hurt")
def m069():
    text = """Dear Oliver,

following our call, short minutes on your client's claim:

Client: Mr. Callum Reid, student, Grindelallee 140, 20146 Hamburg
Policy: private liability PH-902215 (Elbstrom Expat Liability)
Claim: 24-PH-0029114 - water damage to the flat below after the washing machine hose burst on 20 May.
No one was hurt. Damage to the ceiling and a parquet floor of the neighbour (Mrs. Thiel).
- Our loss adjuster will inspect on 12 June.
- Landlord's buildings insurer may take the building part; we cover the neighbour's contents.
- Please ask Mr. Reid for the purchase date of the hose and photos.

Best regards
Svenja Grote
Property & Liability Claims
"""
    return mail(69, "Svenja Grote <svenja.grote@elbstrom.example>",
                "Oliver Bennett <o.bennett@expatcover-brokers.example>",
                "Claim 24-PH-0029114 Reid - minutes of our call", text, date="2024-06-07 16:20")


@reg("NORMAL", "de", "internal", "trap: health-management planning with skin-cancer screening, back school and blood-pressure checks; no person")
def m070():
    text = """Liebe Mitglieder des Steuerkreises BGM,

hier das Ergebnis unserer Jahresplanung Gesundheitstage 2024:

- 11.09. Hautkrebs-Screening (Dermatologin der Praxis am Überseering, 80 Termine à 10 Min.)
- 12.09. Rückenschule und Arbeitsplatzcheck (Physiotherapie Nordwind)
- 12.09. Blutdruck- und Blutzuckermessung, Beratung durch den Betriebsarzt
- 13.09. Vortrag „Schlaf und Schichtarbeit“, Achtsamkeits-Workshop
- Ganzjährig: Firmenfitness (Zuschuss 25 €/Monat), Raucherentwöhnungskurs ab Oktober

Die Ergebnisse der Messungen bekommen nur die Teilnehmenden selbst; an HR gehen nur
Teilnehmerzahlen. Budget: 38.000 €.

Viele Grüße
Britta Sandmann
"""
    return mail(70, "Britta Sandmann <britta.sandmann@elbstrom.example>",
                "steuerkreis-bgm@elbstrom.example", "Gesundheitstage 2024 – Planung", text, date="2024-06-10 10:48")


@reg("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer", "iso-8859-1 note of a conference call to the insured's lawyer: accident invalidity dispute with traumatic brain injury")
def m071():
    text = """Sehr geehrter Herr Rechtsanwalt Lorenzen,

vielen Dank für das Telefonat. Zur Dokumentation fasse ich die Ergebnisse unserer
Besprechung zusammen:

Ihr Mandant: Herr Timo Weidemann, Unfallversicherung U-7-330.508, Unfall vom 14.09.2022
(Sturz vom Gerüst, Schädel-Hirn-Trauma II. Grades, Kalottenfraktur links).

1. Streitig ist der Invaliditätsgrad: Unser Gutachten (Prof. Dr. Hesse, Neurologie) kommt auf
   20 % (Konzentrations- und Gedächtnisstörungen, posttraumatische Kopfschmerzen), das von
   Ihnen vorgelegte Privatgutachten auf 40 % (zusätzlich depressive Anpassungsstörung).
2. Wir schlagen ein Obergutachten durch einen gemeinsam benannten Neuropsychologen vor;
   Kosten trägt Elbstrom.
3. Bis zur Entscheidung zahlen wir unstreitig auf Basis 20 % (Grundsumme 100.000 Euro,
   Progression 225 %): 20.000 Euro, Zahlung veranlasst.
4. Die Frist nach Ziffer 2.1.1.1 AUB gilt durch unser Schreiben vom 02.03.2023 als gewahrt.

Mit freundlichen Grüßen
Sven Köhnke
Leistung Unfall
Elbstrom Versicherung AG
"""
    return mail(71, "Sven Köhnke <sven.koehnke@elbstrom.example>",
                "RA Jan Lorenzen <lorenzen@kanzlei-lorenzen.example>", "Ihr Mandant Weidemann - U-7-330.508",
                text, charset="iso-8859-1", date="2024-06-11 14:09")


@reg("NORMAL", "en", "internal", "trap: health data platform steering minutes about storing diagnosis codes, pseudonymisation and encryption; no person")
def m072():
    text = """Health Data Platform - SteerCo minutes #2

Decisions
1. Diagnosis codes (ICD-10-GM), OPS codes and GOÄ positions will be stored in a separate
   schema with column-level encryption; keys in the group HSM.
2. Analytics only on pseudonymised data (salted hash of the insured ID, salt rotated
   yearly). Re-identification only via the trustee function in Health Claims.
3. No free-text medical reports in the platform in phase 1.
4. DPIA approved by the DPO with two conditions (access review quarterly, deletion after
   10 years).

Budget phase 1: EUR 1.3m. Go-live target: Q1 2025.

Priya Raman, Group IT
"""
    return mail(72, "Priya Raman <priya.raman@nordhaven-group.example>",
                "hdp-steerco@elbstrom.example", "HDP SteerCo #2 minutes", text, date="2024-06-12 17:17")


@reg("CONFIDENTIAL", "de", "insurer-to-company", "steering meeting minutes with a fleet customer: company with named fleet manager, loss ratio and restructuring")
def m073():
    text = """Sehr geehrter Herr Brüning,

vielen Dank für das offene Gespräch. Anbei unsere Notizen aus dem Sanierungsgespräch:

Firmenkunde: Spedition Hansen & Voigt GmbH, Flottenvertrag KFL-55-00318 (84 Lkw, 12 Pkw)
Teilnehmer: Herr Markus Brüning (Fuhrparkleiter), Herr Andreas Voigt (Geschäftsführer),
Frau Katja Brandt und Herr Claas Petersen (Elbstrom)

1. Schadenverlauf 2021–2023: Schadenquote 118 % / 131 % / 124 %.
   Häufung von Rangierschäden auf dem Betriebshof und Auffahrunfällen auf der A1.
2. Maßnahmen Spedition: Fahrertraining (DEKRA) für alle Fahrer bis 09/2024, Abbiege-
   assistenten nachrüsten, Telematik-Pilot auf 10 Lkw.
3. Elbstrom: Beitragsanpassung +14 % zum 01.01.2025, SB in der VK von 1.000 € auf 2.500 €.
4. Überprüfung im Februar 2025.

Mit freundlichen Grüßen
Katja Brandt
Firmenkunden / Maklerbetreuung
"""
    return mail(73, "Katja Brandt <katja.brandt@elbstrom.example>",
                "Markus Brüning <m.bruening@hansen-voigt-logistik.example>",
                "Flotte KFL-55-00318 – Notizen Sanierungsgespräch", text,
                cc="Andreas Voigt <a.voigt@hansen-voigt-logistik.example>", date="2024-06-13 11:36")


@reg("STRICTLY_CONFIDENTIAL", "mixed", "internal", "jour fixe with the Lisbon life back office (EN/DE): death of a named insured, death certificate and beneficiary payout")
def m074():
    text = """Olá Rita, hallo zusammen,

JF Life Operations Lisbon/Hamburg – notes:

1. Backlog Auszahlungen: 37 (target < 30). Lisbon takes over 10 cases from Hamburg.
2. Pension statements (Standmitteilungen) 2024: print file approved, dispatch 17 June.
3. Death claim LV 2-301.774.19 – Versicherte Person Elfriede Sommerkamp, verstorben 28.05.2024
   in Lüneburg (Sterbeurkunde liegt vor, Todesursache lt. Totenschein: Herz-Kreislauf-Versagen
   bei bekannter Herzinsuffizienz). Bezugsberechtigt: Sohn Peter Sommerkamp (widerruflich).
   Ablaufleistung + Überschuss 24.311,07 €. Erbschein not required (named beneficiary).
   -> Lisbon prepares payment, Hamburg (Grabowski) four-eyes approval.
4. Next JF: 27 June.

Obrigada / Gruß
Stefan
"""
    return mail(74, "Stefan Grabowski <stefan.grabowski@elbstrom.example>",
                "Rita Carvalho <rita.carvalho@nordhaven-ssc.example>", "JF Life Ops LIS/HH – notes", text,
                date="2024-06-13 17:50")


@reg("NORMAL", "de", "internal", "trap: postponement of the BU case conference, only case counts, no person")
def m075():
    text = """Hallo zusammen,

die BU-Fallkonferenz am Mittwoch entfällt. Für 3 der 5 angemeldeten Fälle fehlen noch die
Gutachten bzw. Befundberichte, die anderen beiden entscheiden wir im Umlaufverfahren.
Neuer Termin: 26.06., 10 Uhr.

Gruß
Jörg
"""
    return mail(75, "Jörg Habermehl <joerg.habermehl@elbstrom.example>", "bu-leistung@elbstrom.example",
                "Fallkonferenz BU 19.06. entfällt", text, date="2024-06-17 08:04")

# =====================================================================
# Mails 076-100
# =====================================================================

@reg("NORMAL", "en", "insurer-to-partner", "trap: reinsurance workshop minutes on excess mortality and long-COVID disability claims; aggregates only")
def m076():
    text = """Dear Kwame, dear Eleanor,

thank you for the workshop. Our summary:

Workshop "Excess mortality & long COVID" - 18 June 2024
1. Excess mortality in the Elbstrom life portfolio: 2020 +3 %, 2021 +7 %, 2022 +6 %, 2023 +2 %
   vs. expected (DAV 2008 T adjusted). Concentrated in ages 75+ (annuities).
2. Long COVID (U09.9) as main diagnosis in BU claims: 2022: 11 claims, 2023: 19 claims,
   Q1 2024: 4. Acceptance rate 58 %, average age 46. Mostly fatigue / post-exertional malaise;
   overlap with depression diagnoses.
3. Underwriting: no general exclusion; individual assessment with questionnaire if symptoms
   longer than 3 months.
4. Baltic Re will share its European market study (anonymised) in August.

Kind regards
Stefan Grabowski
"""
    return mail(76, "Stefan Grabowski <stefan.grabowski@elbstrom.example>",
                "Kwame Osei <kwame.osei@balticre.example>, Eleanor Whitfield <eleanor.whitfield@balticre.example>",
                "Workshop excess mortality / long COVID - summary", text, date="2024-06-19 13:31")


@reg("CONFIDENTIAL", "de", "internal", "Jour fixe Kfz-Schaden with appraiser: named third-party claimant, plate, loss of use and rental car; uninjured")
def m077():
    text = """Protokoll JF Kfz-Schaden / Sachverständigenbüro Carstens – 20.06.2024

1. Durchlaufzeiten Gutachten: Ø 4,8 Tage (Ziel 5). Ok.
2. Restwertbörse: künftig mindestens 3 Angebote, regional im Umkreis 50 km.
3. Einzelfall KH 24-KH-0040117
   Anspruchsteller: Herr Philipp Wendland, Ahrensburg, VW Passat Variant OD-PW 318
   (unser VN ist am 07.06. an der Ampel aufgefahren; Herr Wendland und Beifahrerin unverletzt,
   lt. Polizeibericht keine Personenschäden).
   Reparaturkosten lt. Gutachten 7.860 €, merkantiler Minderwert 400 €.
   Mietwagen seit 08.06. (Klasse 6, Autovermietung Stormarn) – Reparaturdauer lt. SV 6 AT,
   Werkstatt hat aber Teilelieferung erst zum 28.06. Anwalt des Anspruchstellers (RA Timm)
   fordert Mietwagen bis Reparaturende.
   -> Hinweis auf Schadenminderungspflicht, Angebot Nutzungsausfall Gruppe F ab 21.06.
4. Nächster JF 18.07.

Protokoll: A. Wolter
"""
    return mail(77, "Annika Wolter <annika.wolter@elbstrom.example>",
                "Claas Petersen <claas.petersen@elbstrom.example>, buero@sv-carstens.example",
                "Protokoll JF SV Carstens 20.06.", text, date="2024-06-20 15:58")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "online BU application project: DOCX test protocol contains a real applicant's health answers (only in the attachment); body harmless")
def m078():
    text = """Hallo Tobias,

anbei das Testprotokoll aus dem Abnahmetest Antragsstrecke BU online für den Lenkungskreis.
Leider hat Testfall 14 mit einem echten Antrag aus der Produktion gearbeitet (der Kollege
aus dem Fachbereich hat die Daten „zum realistischen Testen“ kopiert). Ich habe ihn nicht
rausgenommen, weil der Lenkungskreis über den Umgang entscheiden soll – bitte vertraulich
behandeln und danach löschen.

Gruß
Melanie Krüger
Qualitätssicherung
"""
    d = docx([
        "# Testprotokoll Abnahme – Antragsstrecke BU online (Release 1.0)",
        "Testzeitraum 10.06.–19.06.2024, Umgebung T2, Tester: M. Krüger, K. Alpers",
        [["TF", "Beschreibung", "Ergebnis", "Bemerkung"],
         ["TF-11", "Antrag ohne Gesundheitsangaben, Normalannahme", "OK", ""],
         ["TF-12", "Abbruch und Wiederaufnahme nach 24 h", "OK", ""],
         ["TF-13", "BMI-Rechner Grenzwert 30,0", "FEHLER", "Zuschlag wird nicht ermittelt"],
         ["TF-14", "Gesundheitsfragen mit Vorerkrankung (Echtfall aus Produktion)", "OK",
          "Antragstellerin Lisa-Marie Hoyer, geb. 08.03.1992, Physiotherapeutin; Angaben: Hashimoto-Thyreoiditis (E06.3), L-Thyroxin 75 µg; ambulante Psychotherapie 2021 wegen Essstörung (F50.2), 25 Sitzungen, abgeschlossen; Knie-Arthroskopie rechts 2019. Ergebnis Strecke: Ausschluss psychische Erkrankungen angeboten."],
         ["TF-15", "Upload Arztbericht PDF > 10 MB", "FEHLER", "Timeout"]],
        "Abnahmeempfehlung: bedingte Abnahme nach Behebung TF-13 und TF-15.",
    ])
    return mail(78, "Melanie Krüger <melanie.krueger@elbstrom.example>",
                "Tobias Reinke <tobias.reinke@elbstrom.example>", "Testprotokoll Abnahme BU online", text,
                atts=[att("Testprotokoll_BU_online_R1.0.docx", d, DOCX)], date="2024-06-21 09:44")


@reg("NORMAL", "de", "internal", "trap: project status on ePA, eRezept and eAU connection; no person")
def m079():
    text = """Statusbericht Projekt „Digitale Gesundheitsdaten“ – Juni 2024

Ampel: GRÜN

- eRezept: Einreichung über die Kunden-App produktiv seit 03.06.; 12.400 Rezepte im ersten Monat,
  Erkennungsquote PZN 99,2 %.
- ePA für Privatversicherte: Anbindung an den ePA-Aktensystem-Anbieter vertraglich fixiert,
  Start Pilot mit Mitarbeitenden Q4; Zugriff der Versicherung auf ePA-Inhalte ist gesetzlich
  ausgeschlossen – wir stellen nur die Akte bereit.
- eAU für KTG-Versicherte: noch keine Rechtsgrundlage für PKV-Abruf, beobachten.
- Risiken: Zertifikatsbeschaffung (SMC-B) verzögert sich um 6 Wochen.

Tim Kersten
"""
    return mail(79, "Tim Kersten <tim.kersten@elbstrom.example>", "lenkungskreis-digital@elbstrom.example",
                "Statusbericht Digitale Gesundheitsdaten 06/2024", text, date="2024-06-28 12:12")


@reg("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital", "case-conference minutes with an Austrian hospital: named insured skier with spinal fracture and incomplete paraplegia, rehab and transport")
def m080():
    text = """Dear Dr. Pichler,

many thanks for organising today's interdisciplinary case conference. For your files and
to confirm the agreed steps:

Patient: Jonas Vierck, born 1995-11-23, travel health & accident policy RK-4-233.871
Admission: 24 Feb 2024, Landeskrankenhaus Feldkirch, after a skiing accident (Montafon)
Diagnosis: burst fracture L1 (S32.01) with incomplete paraplegia (ASIA C), dorsal stabilisation
Th12-L2 on 24 Feb; since 11 Mar on the spinal cord injury ward.
Status: sensory function improving, walking with support for short distances, bladder
function not yet restored (intermittent catheterisation).

Agreed
1. Transfer to BG Klinikum Hamburg (spinal cord injury centre) by ground ambulance with
   medical escort, target date 15 July; bed confirmed.
2. Elbstrom issues cost guarantee for the transport (EUR 4,900) and covers the Austrian
   inpatient costs until transfer under the travel health policy.
3. Hospital to send discharge report and imaging (CD) with the patient.
4. Accident claim (invalidity) to be handled separately after 12 months.

Kind regards
Benedikt Hollmann
Case Management, Elbstrom Krankenversicherung AG
"""
    return mail(80, "Benedikt Hollmann <benedikt.hollmann@elbstrom.example>",
                "Dr. Martina Pichler <martina.pichler@lkh-feldkirch.example>",
                "Case conference 02 July - Mr. Vierck - minutes", text, date="2024-07-02 17:26")


@reg("CONFIDENTIAL", "en", "internal", "payment-factory status report: failed P&C claim payments to named payees with IBANs and amounts")
def m081():
    text = """Hi Tobias,

payment factory - weekly status (CW 27):

- Payment runs executed: 5 of 5, volume EUR 18.7m, 14,220 items.
- Rejects from the bank (R-transactions): 23, thereof 20 resolved automatically.
- 3 manual cases (property/motor claims), details for the ops meeting:
    1) Payee Hatice Doğan, claim 24-HR-341102, EUR 1,280.00,
       IBAN DE60 3391 3068 3883 7370 14 - account closed (AC04), new IBAN requested.
    2) Payee Gunnar Ehlers, claim 24-KF-0038810, EUR 4,415.60,
       IBAN DE06 9163 8107 0636 9974 18 - name mismatch (beneficiary is his father).
    3) Payee Dorota Wiśniewska, claim 24-PH-0030221, EUR 640.00,
       IBAN PL67 6582 6154 8290 4070 8834 9104 - SEPA OK, but amount returned (MD07, deceased?)
       -> Claims to check before re-payment.
- Go-live of instant payments for claims: 09 Sep.

Regards
Lukas Fendt
"""
    return mail(81, "Lukas Fendt <lukas.fendt@elbstrom.example>", "Tobias Reinke <tobias.reinke@elbstrom.example>",
                "Payment factory status CW27", text, date="2024-07-05 10:03")


@reg("NORMAL", "de", "internal", "trap: invitation to the DPO's consultation hour on health data in mails and scans; no person")
def m082():
    text = """Liebe Kolleginnen und Kollegen aus Leistung und Kundenservice,

ab Juli biete ich eine offene Datenschutz-Sprechstunde an: jeden ersten Donnerstag im Monat,
14–15 Uhr, Teams.

Typische Fragen, die Sie mitbringen können:
- Darf ich einen Arztbericht per E-Mail an den Kunden zurückschicken?
- Was mache ich mit Befunden, die im falschen Postkorb gelandet sind?
- Wie lange dürfen Krankenhausentlassungsberichte im Teamlaufwerk liegen? (Antwort: gar nicht.)
- Wann brauchen wir eine Schweigepflichtentbindung, wann reicht die Einwilligung?

Bitte keine Echtfälle mit Namen in den Chat schreiben.

Lena Brockmann
Datenschutzbeauftragte
"""
    cal = ics("ds-sprechstunde-2024-07@elbstrom.example", "20240704T140000", "20240704T150000",
              "Datenschutz-Sprechstunde", "Microsoft Teams", "lena.brockmann@elbstrom.example",
              ["leistung-alle@elbstrom.example", "kundenservice-alle@elbstrom.example"])
    return mail(82, "Lena Brockmann <lena.brockmann@elbstrom.example>",
                "leistung-alle@elbstrom.example, kundenservice-alle@elbstrom.example",
                "Neu: Datenschutz-Sprechstunde", text,
                atts=[att("Sprechstunde.ics", cal, "text/calendar")], date="2024-06-27 08:30")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "team meeting notes mostly organisational, but one line gives a colleague's absence reason (disc surgery)")
def m083():
    text = """Hi zusammen,

Notizen aus dem Teammeeting heute:

- Urlaubsplanung Sommer steht, Lücke KW 33 – Jan übernimmt zusätzlich Frühschicht.
- Neue Kollegin ab 01.08.: Merve Öztürk (kommt aus der Ausbildung, Patin: Lisa).
- Lisa Brandhoff fällt bis voraussichtlich Ende August aus, sie wird am 15.07. an der
  Bandscheibe operiert (L5/S1) und geht danach direkt in die Reha. Sie hat gesagt, wir dürfen
  es im Team sagen, aber bitte nicht weitererzählen. Karte geht rum, Vertretung Postkorb
  Beschwerden: Jan und Tom.
- Telefonie: neues Wartefeld-Menü ab 22.07.
- Teamevent verschoben auf September (Kanu auf der Alster).

LG
Jana
"""
    return mail(83, "Jana Feddersen <jana.feddersen@elbstrom.example>", "kundenservice-team2@elbstrom.example",
                "Notizen Teammeeting 08.07.", text, date="2024-07-08 16:16", cte="8bit")


@reg("NORMAL", "en", "internal", "trap: benefits committee minutes on staff group accident insurance and company health insurance roll-out; participation rates only")
def m084():
    text = """Employee Benefits Committee - minutes, 09 July

1. Company health insurance (bKV) "Elbstrom Care" for all employees from 01 Oct:
   budget EUR 300 per employee per year for outpatient and dental treatment, glasses,
   preventive check-ups. No health questions, no waiting periods. Family members can join at
   own cost (with health questions).
2. Group accident insurance: sum insured raised to EUR 150,000 (invalidity) / EUR 30,000 (death).
3. Occupational disability (bAV) uptake: 38 % of eligible staff; information days in September.
4. Tax: bKV as benefit in kind within the EUR 50 monthly limit - Payroll to confirm.

Frauke Timmermann
"""
    return mail(84, "Frauke Timmermann <frauke.timmermann@elbstrom.example>", "benefits-committee@elbstrom.example",
                "Benefits Committee - minutes 09 July", text, date="2024-07-10 11:05")


@reg("CONFIDENTIAL", "de", "internal", "legal-expenses steering round: named customer's unfair-dismissal case with salary and cost commitment")
def m085():
    text = """Hallo Nora,

aus dem Lenkungskreis Rechtsschutz eine Bitte um Zweitmeinung zu einem Deckungsfall:

RS-Vertrag RS-5-044.709, VN Daniel Kurzweil, Leitender Angestellter (Vertriebsleiter) bei einem
Maschinenbauer in Lübeck. Arbeitgeber hat am 28.06. verhaltensbedingt gekündigt
(Vorwurf Spesenabrechnung). Bruttomonatsgehalt lt. Arbeitsvertrag 9.850 € + Dienstwagen.
Kündigungsschutzklage ArbG Lübeck eingereicht, Streitwert 3 Bruttogehälter = 29.550 €.
Anwalt möchte Honorarvereinbarung (Stundensatz 350 €) – Tarif deckt nur RVG.

Beschluss Lenkungskreis: Deckungszusage 1. Instanz nach RVG, keine Honorarvereinbarung.
Frage an dich: Stichentscheid, falls Anwalt Erfolgsaussicht gegen uns durchsetzen will?

Danke
Claas
"""
    return mail(85, "Claas Petersen <claas.petersen@elbstrom.example>", "Dr. Nora Fischbach <nora.fischbach@elbstrom.example>",
                "LK Rechtsschutz – Fall Kurzweil", text, date="2024-07-11 14:40")


@reg("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company", "onboarding minutes for a group income-protection scheme; the XLSX lists employees with birth dates, salaries and two on sick leave")
def m086():
    text = """Dear Mr. Kaminski,

thank you for the onboarding meeting. Minutes:

1. Group income protection (bAV, BU) for Quantiq Engineering GmbH starts 01 Sep 2024,
   78 eligible employees, simplified underwriting (no individual health questions) under the
   actively-at-work clause.
2. Employees not actively at work on the start date are included only from their return.
   Your HR team marked these in the census (see attachment).
3. Premium: 1.9 % of gross salary, paid by employer.
4. Next steps: policy documents by 15 Aug, employee info event 28 Aug.

Best regards
Stefan Grabowski
Elbstrom Lebensversicherung AG
"""
    x = xlsx([
        ["Personnel no.", "Name", "Date of birth", "Gross salary p.a. EUR", "Actively at work", "HR remark"],
        ["Q-1007", "Tanja Möller", "1984-02-17", 61200, "yes", ""],
        ["Q-1012", "Robert Langhans", "1979-09-30", 78400, "no", "on sick leave since 03/2024 (cancer treatment)"],
        ["Q-1019", "Sinan Erdem", "1990-05-04", 55900, "yes", ""],
        ["Q-1023", "Claudia Behrens", "1971-12-12", 69800, "no", "long-term sick, burnout, return planned 10/2024"],
        ["Q-1031", "Maximilian Frost", "1996-07-21", 48300, "yes", ""],
    ], sheet="Census")
    return mail(86, "Stefan Grabowski <stefan.grabowski@elbstrom.example>",
                "Piotr Kaminski <p.kaminski@quantiq-engineering.example>",
                "Group income protection - onboarding minutes", text,
                atts=[att("Quantiq_census_2024-07.xlsx", x, XLSX)], date="2024-07-12 16:00")


@reg("NORMAL", "de", "internal", "team meeting minutes naming colleagues only organisationally (new hire, holiday cover)")
def m087():
    text = """Protokoll Abteilungsmeeting Schaden Sach – 15.07.2024

1. Neue Kollegin: Frau Johanna Riese startet am 01.08. im Team Gebäude (vorher Provinzial).
   Einarbeitung durch Svenja Grote.
2. Urlaubsvertretung Claas Petersen 29.07.–16.08.: Svenja Grote.
3. Sturmsaison-Vorbereitung: Kapazitätsplan, Regulierer-Pool, Notfall-Hotline.
4. Qualitätsstichprobe Q2: 96 % ok.

Annika Wolter
"""
    return mail(87, "Annika Wolter <annika.wolter@elbstrom.example>", "schaden-sach@elbstrom.example",
                "Protokoll Abteilungsmeeting 15.07.", text, date="2024-07-15 15:15")


@reg("CONFIDENTIAL", "mixed", "internal", "cargo-claims jour fixe (DE with EN surveyor quotes): truck theft in Rotterdam, named driver's statement, insured company")
def m088():
    text = """Hallo zusammen,

Protokoll JF Transport/Cargo vom 16.07.:

1. Neuer Großschaden T-24-00771 – VN Nordhafen Elektronik GmbH (Ansprechpartnerin Frau Greta Lund,
   Logistikleitung), Warenwert ca. 612.000 € (Notebooks).
   Lkw mit Auflieger am 11.07. von einem unbewachten Parkplatz bei Rotterdam-Botlek entwendet.
   Surveyor report (Van Dijk Marine Surveyors), quote:
   "The driver, Mr. Dariusz Kowal (employed by subcontractor Trans-Kowal Sp. z o.o.), stated he
   parked at 21:40 and found the trailer missing at 05:15. Seal numbers confirmed. No CCTV on site.
   Police report Politie Rotterdam no. 2024-118745."
   -> Prüfung Obliegenheit „bewachter Parkplatz“ (Klausel 3.4 DTV-Güter), Regress gegen Frachtführer (CMR).
2. Deckungsanfrage Messeversicherung – erledigt.

Gruß
Rasmus Koch
Transport
"""
    return mail(88, "Rasmus Koch <rasmus.koch@elbstrom.example>", "cargo-claims@elbstrom.example",
                "Protokoll JF Cargo 16.07.", text, date="2024-07-16 17:08")


@reg("NORMAL", "en", "internal", "ESG committee minutes, corporate figures only")
def m089():
    text = """ESG Committee - minutes, 17 July 2024

1. CSRD: double materiality assessment finished; material topics: climate risk in
   underwriting, own operations emissions, customer data protection, employee wellbeing.
2. Scope 1+2 emissions 2023: 1,840 t CO2e (-12 %). Company car policy: EV only from 2025.
3. Investments: exclusion list extended (thermal coal > 10 % revenue).
4. Report timeline: draft to the audit committee in February 2025.

Minutes: A. Lüders
"""
    return mail(89, "Anja Lüders <anja.lueders@elbstrom.example>", "esg-committee@elbstrom.example",
                "ESG Committee minutes 17 July", text, date="2024-07-18 09:09")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "supervisory-board personnel committee extract: named board member's long illness after heart surgery and interim allocation")
def m090():
    text = """Streng vertraulich – nur Vorstandsbüro / Vorsitz Aufsichtsrat

Auszug aus dem Protokoll des Personalausschusses des Aufsichtsrats vom 18.07.2024

TOP 2 Vertretungsregelung Vorstand
Das Vorstandsmitglied Finanzen, Herr Dr. Matthias Kröll, ist seit dem 03.06. arbeitsunfähig.
Nach einer Bypass-Operation am 12.06. (Universitätsklinikum Eppendorf) befindet er sich in
einer Anschlussheilbehandlung; laut ärztlicher Auskunft ist mit einer Rückkehr frühestens
Ende September, zunächst in Teilzeit, zu rechnen.
Beschluss: Das Ressort Finanzen wird bis 30.09. kommissarisch von Herrn Dr. Vossberg geführt;
Geschäftsverteilungsplan wird angepasst, BaFin-Anzeige durch das Vorstandsbüro.
Kommunikation intern: „längere Abwesenheit aus persönlichen Gründen“, keine Details.

Carola Heitmann
Vorstandsbüro
"""
    return mail(90, "Carola Heitmann <carola.heitmann@elbstrom.example>",
                "Dr. Henrik Vossberg <henrik.vossberg@elbstrom.example>", "Auszug Protokoll Personalausschuss AR 18.07.",
                text, date="2024-07-19 10:22")


@reg("NORMAL", "de", "internal", "trap: working group minutes on addiction prevention agreement, step plan and counselling offer; no person")
def m091():
    text = """Protokoll Arbeitskreis Suchtprävention – 22.07.2024

Teilnehmende: BR (Kranz), HR (Timmermann), Betriebsarzt (Dr. Reimer), SBV (Thiessen), Sozialberatung

1. Entwurf Betriebsvereinbarung „Suchtprävention und Hilfe“ v0.3
   - Stufenplan mit 5 Gesprächsstufen bei Auffälligkeiten (Alkohol, Medikamente, Glücksspiel)
   - Punktnüchternheit bei Dienstfahrten, Alkoholverbot bei Betriebsfeiern wird NICHT eingeführt
   - Hilfeangebot vor Sanktion; Tilgung von Gesprächsnotizen nach 2 Jahren
2. Schulung Führungskräfte „Auffälligkeiten ansprechen“ – Termin Oktober
3. Statistik Sozialberatung 2023: 41 Beratungen, davon 9 mit Suchtbezug (keine weiteren Angaben).

Nächster Termin 16.09.
"""
    return mail(91, "Torsten Kranz <torsten.kranz@elbstrom.example>", "ak-sucht@elbstrom.example",
                "Protokoll AK Suchtprävention 22.07.", text, date="2024-07-23 08:41")


@reg("CONFIDENTIAL", "de", "internal", "broker jour fixe: named sole-trader broker's lapsed registration and private insolvency, commission blocked")
def m092():
    text = """Hallo Katja,

aus dem JF Vermittlerverwaltung zur Info:

- Vermittler Bernd Saathoff (Einzelunternehmer, Vermittler-Nr. 70 44 812, Stade):
  IHK-Registrierung nach § 34d GewO ist seit 30.06. gelöscht, weil die
  Vermögensschadenhaftpflicht nicht verlängert wurde. Zusätzlich Eintrag Insolvenz-
  bekanntmachungen: Verbraucherinsolvenzverfahren eröffnet (AG Tostedt, 14 IK 77/24).
  -> Courtageauszahlung ab sofort gesperrt (offen: 4.388,12 €), Abstimmung mit dem
     Insolvenzverwalter; Bestand (212 Verträge) übernimmt vorerst die Maklerbetreuung.
  -> Kundenanschreiben über Betreuerwechsel – Entwurf von dir?
- Sonst: 3 Neuanbindungen, alle Unterlagen vollständig.

Gruß
Ralf
"""
    return mail(92, "Ralf Niemeyer <ralf.niemeyer@elbstrom.example>", "Katja Brandt <katja.brandt@elbstrom.example>",
                "JF Vermittlerverwaltung – Saathoff", text, date="2024-07-24 13:52")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "jour fixe with a large-claims XLSX naming health insureds with haemophilia, CAR-T therapy etc.; body harmless")
def m093():
    text = """Hallo zusammen,

für TOP 3 im JF morgen die aktualisierte Großschadenliste (Stand 31.07.). Bitte vorab
anschauen, wir sprechen nur über die Veränderungen.

Viele Grüße
Nadine
"""
    x = xlsx([
        ["Rang", "Versicherte Person", "KV-Nr.", "Leistungen 2024 bis 31.07. EUR", "Hauptdiagnose / Therapie", "Bemerkung"],
        [1, "Jannes Ulrichs (12 J.)", "K-1-301.225", 418230.55, "Hämophilie A schwer (D66), Faktor-VIII-Prophylaxe", "Dauerfall"],
        [2, "Renate Kistner", "K-1-088.917", 352900.00, "DLBCL-Rezidiv (C83.3), CAR-T-Zelltherapie", "Rückversicherung informiert"],
        [3, "Hans-Peter Mohr", "K-2-150.446", 187410.20, "Polytrauma nach Motorradunfall, Intensivstation 41 Tage", "Regress Kfz-Haftpflicht prüfen"],
        [4, "Aylin Korkmaz", "K-1-277.030", 126880.00, "Frühgeburt 26. SSW (P07.2), Neonatologie", "Mutter und Kind versichert"],
        [5, "Walter Gebauer", "K-2-044.118", 104300.75, "Dialyse, Niereninsuffizienz Stadium 5 (N18.5)", ""],
    ], sheet="Großschäden")
    return mail(93, "Nadine Kowalczyk <nadine.kowalczyk@elbstrom.example>", "leistung-kranken-tl@elbstrom.example",
                "JF LK – Großschadenliste für TOP 3", text,
                atts=[att("Grossschadenliste_KV_2024-07-31.xlsx", x, XLSX)], date="2024-08-05 17:33")


@reg("NORMAL", "en", "insurer-to-supplier", "quarterly business review minutes with print and scan vendor, service levels only")
def m094():
    text = """Dear Henrik,

minutes of our QBR (Q2):

- Inbound scanning: 1.21m pages, SLA same-day 98.6 % (target 98 %).
- Outbound print: 2.9m letters; incident INC-4519 (misdirected renewals) closed, camera check
  active on all inserter lines since March, no repeat.
- Price indexation 2025: your proposal +4.2 %, we offer +2.5 %. To be concluded by 30 Sep.
- Innovation: hybrid mail API pilot in Q4.

Best regards
Jan Ostrowski
Output & Input Management, Elbstrom Versicherung AG
"""
    return mail(94, "Jan Ostrowski <jan.ostrowski@elbstrom.example>", "Henrik Aas <henrik.aas@printscan-nord.example>",
                "QBR Q2 - minutes", text, date="2024-08-07 12:25")


@reg("CONFIDENTIAL", "en", "internal", "fraud unit case conference minutes: named household claimant with prior claims and HIS entries; no criminal complaint yet")
def m095():
    text = """Fraud case conference - minutes (English for the group fraud desk)

Case: household claim 24-HR-352016, burglary 20 Jul 2024, claimed EUR 27,400
Policyholder: Sascha Brettschneider, Wandsbeker Chaussee 201, 22089 Hamburg, household HR-2241890
(inception 05/2024, i.e. 10 weeks before the loss)

Indicators
- 3 burglary claims with two other insurers 2021-2023 (HIS query, score 7)
- Receipts for a camera and two laptops from an online marketplace, serial numbers not provided
- No signs of forced entry according to the police report; policyholder states the balcony
  door was "tilted"

Decision
- No payment for now; interview of the policyholder by the external investigator (Mr. Voss)
- Request original packaging / serial numbers and bank statements of the purchases
- Re-assess after the interview. A criminal complaint is not being considered at this stage.

Henning Brandes, ZSB
"""
    return mail(95, "Henning Brandes <henning.brandes@elbstrom.example>",
                "Group Fraud Desk <fraud-desk@nordhaven-group.example>", "Case conference 24-HR-352016", text,
                date="2024-08-08 15:47")


@reg("STRICTLY_CONFIDENTIAL", "en", "internal", "short note on a child accident case conference: named 6-year-old with scald burns, skin grafts")
def m096():
    text = """Hi Sven,

quick note from the case conference with the expat team (the family speaks English only):

Child accident policy U-7-401.336, insured child Mila Okonjo (6), scald injury on 28 Jul at home
(hot water kettle): second-degree burns 12 % TBSA, chest and left arm, skin grafting at
Kinderkrankenhaus Wilhelmstift on 02 Aug. Scarring expected; compression garments for 12 months.
Parents ask about the hospital daily allowance and the "cosmetic surgery" benefit.
-> Hospital allowance can be paid now (EUR 50/day x 16 days). Cosmetic surgery benefit only after
   treatment is completed. Please send them the form in English.

Thanks
Benedikt
"""
    return mail(96, "Benedikt Hollmann <benedikt.hollmann@elbstrom.example>", "Sven Köhnke <sven.koehnke@elbstrom.example>",
                "Child accident U-7-401.336 - from case conference", text, date="2024-08-09 11:58")


@reg("NORMAL", "de", "internal", "trap: canteen committee minutes on allergen labelling, gluten-free and diabetic menus; no person")
def m097():
    text = """Protokoll Kantinenausschuss – 12.08.2024

1. Allergenkennzeichnung: künftig auch digital am Bildschirm (14 Hauptallergene).
2. Glutenfreie und laktosefreie Alternativen täglich; „Diabetiker-Menü“ wird in
   „zuckerreduziertes Menü“ umbenannt (Hinweis Ernährungsberatung).
3. Preiserhöhung 6 % ab 01.09. – BR-Einwände wurden teilweise berücksichtigt (Suppe bleibt 2,20 €).
4. Wasserspender 4. OG defekt – Facility informiert.

Protokoll: D. Wiechmann
"""
    return mail(97, "Dirk Wiechmann <dirk.wiechmann@elbstrom.example>", "kantinenausschuss@elbstrom.example",
                "Protokoll Kantinenausschuss 12.08.", text, date="2024-08-12 14:14", charset="windows-1252")


@reg("CONFIDENTIAL", "de", "internal", "accounting jour fixe: refund of motor premium to a named customer with IBAN")
def m098():
    text = """Hallo Lukas,

aus dem JF Rechnungswesen/Beitragsservice noch der Einzelfall:

Beitragsrückerstattung Kfz nach Abmeldung (Fahrzeug verkauft 30.06.):
VN Ingo Marschall, Vertrag KF-7-212.040, Erstattung 318,46 €.
Lastschrift ist zurückgegangen (Konto aufgelöst), neue Bankverbindung lt. Kundenbrief:
IBAN DE41 2850 9270 2846 0458 70, Kontoinhaber Ingo Marschall.
Bitte manuell anweisen, Beleg ist im DMS.

Danke & Gruß
Sylvia
"""
    return mail(98, "Sylvia Mertens <sylvia.mertens@elbstrom.example>", "Lukas Fendt <lukas.fendt@elbstrom.example>",
                "Rückerstattung Marschall (aus JF)", text, date="2024-08-14 09:01")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "field-sales jour fixe: one prospect's health-insurance application with pre-existing hypertension and past psychotherapy")
def m099():
    text = """Moin Team Vertrieb Nord,

die Punkte aus unserem JF Außendienst:

1. Abschlüsse Juli: KV-Voll 41 (Ziel 45), Zahn 188, Kfz 512.
2. Neue Gesundheitsprüfung online: Antworten gehen jetzt direkt ans Underwriting.
3. Rückfrage zum Fall von Tim Jaschinski: Antrag KV-Voll für Herrn Ole Vestergaard
   (Selbständiger, IT-Berater, 41): Vorerkrankungen lt. Antrag Bluthochdruck (seit 2020,
   Candesartan) und Psychotherapie 2019 (12 Sitzungen, Anpassungsstörung nach Trennung).
   Underwriting bietet Risikozuschlag 20 % für Hypertonie, Psychotherapie ohne Folgen
   -> keine Ausschlussklausel. Tim gibt das so weiter.
4. Schulung neue Tarife: 05.09.

Gruß
Ralf
"""
    return mail(99, "Ralf Niemeyer <ralf.niemeyer@elbstrom.example>", "vertrieb-nord@elbstrom.example",
                "JF Außendienst Nord – Punkte", text, date="2024-08-15 18:20")


@reg("NORMAL", "de", "internal", "trap: steering committee on mail-classification pilot discussing words like Befund, Diagnose, IBAN as detection rules; no person")
def m100():
    text = """Protokoll Lenkungskreis Pilot Mailverschlüsselung – 19.08.2024

1. Pilotergebnis Leistungspostfächer (Juni–Juli): 48.300 ausgehende Mails, davon
   61 % als streng vertraulich eingestuft (Portal oder verschlüsselt), 9 % vertraulich, 30 % normal.
2. Fehlklassifikationen laut Stichprobe: Newsletter mit dem Wort „Diagnose“ im Produkttext und
   Schulungsunterlagen mit Muster-IBANs wurden zu streng eingestuft; interne Protokolle mit
   Einzelfällen in der Anlage teilweise zu schwach.
3. Beschluss: Ausweitung auf Kundenservice und Vertrieb ab Oktober; Betriebsrat ist informiert
   (keine Leistungs- und Verhaltenskontrolle, nur Klassifikation, Protokolle 6 Jahre).
4. Offene Punkte: Umgang mit Anhängen > 25 MB, Signalisierungsmails im Portal.

Ole Martens
"""
    return mail(100, "Ole Martens <ole.martens@elbstrom.example>", "lk-mailverschluesselung@elbstrom.example",
                "Protokoll LK Pilot Mailverschlüsselung 19.08.", text, date="2024-08-19 16:49")

# =====================================================================
# Mails 101-125
# =====================================================================

@reg("NORMAL", "en", "internal", "trap: guideline committee minutes on accelerated benefits for terminal illness; generic rules, no person")
def m101():
    text = """Claims Guideline Committee Life - minutes 20 Aug 2024

1. Terminal illness benefit (accelerated death benefit)
   - Trigger: life expectancy < 12 months confirmed by a specialist; our CMO may request an
     independent opinion only in exceptional cases.
   - Target: decision within 5 working days after complete documents.
   - Communication: personal call by the team lead before the letter; no standard wording
     like "your illness" in the letter heading.
2. Dread disease: update of the definitions for heart attack (troponin-based) and stroke
   (permanent deficit 3 months) in line with the reinsurer's 2024 wording.
3. Statistics: 9 terminal illness payouts in H1 (all accepted).

Minutes: L. Albers
"""
    return mail(101, "Lea Albers <lea.albers@elbstrom.example>", "claims-guidelines-life@elbstrom.example",
                "CGC Life minutes 20 Aug", text, date="2024-08-21 10:00")


@reg("CONFIDENTIAL", "de", "internal", "curt jour fixe note with typos: named household customer's stolen e-bike with frame number and claim number")
def m102():
    text = """hi svenja,

kurz aus dem JF hausrat, weil du nicht da warst:

- ebike-diebstähle weiter hoch, jetzt 31 im juli (!!)
- fall kühl: VN Jasper Kühl, HR-2250338, schaden 24-HR-355870, Riese&Müller Load 75,
  Rahmennr. WRM4471093K, kaufpreis 6.899 €, war im fahrradkeller angeschlossen aber keller
  nicht abgeschl. -> klausel prüfen, kunde ist sauer weil wir 6 wochen brauchen
- neue regulierungsrichtline ebike ab sep, kommt per mail

gruß annika
"""
    return mail(102, "Annika Wolter <annika.wolter@elbstrom.example>", "Svenja Grote <svenja.grote@elbstrom.example>",
                "jf hausrat", text, date="2024-08-22 17:45", cte="8bit")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "HTML-only case-conference table on long-term-care daily allowance: named insured with Parkinson's disease and care grade")
def m103():
    html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Hallo Frau Vieth,</p>
<p>hier das Ergebnis der Fallkonferenz Pflegetagegeld in Tabellenform, wie besprochen f&uuml;r die Akte.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th align="left">Vertrag</th><td>PT-6-077.210 (Pflegetagegeld PTG-16)</td></tr>
<tr><th align="left">Versicherte</th><td>Ursula Hagedorn, Stade</td></tr>
<tr><th align="left">Erkrankung</th><td>Morbus Parkinson (G20.1), Diagnose 2018; seit 2024 Sturzneigung, On-Off-Fluktuationen, Levodopa-Pumpe geplant</td></tr>
<tr><th align="left">Pflegegrad</th><td>bisher PG 2, neu PG 3 ab 01.07.2024 (Gutachten Medicproof 09.08.)</td></tr>
<tr><th align="left">Leistung</th><td>PTG neu 60 % von 50 &euro;/Tag = 30 &euro;/Tag, Nachzahlung Juli/August 1.860 &euro;</td></tr>
<tr><th align="left">Beschluss</th><td>Zahlung anweisen; Hinweis Beitragsbefreiung ab PG 4 im Anschreiben</td></tr>
</table>
<p>Gru&szlig;<br>Maren R&uuml;hmann</p>
</body></html>"""
    return mail(103, "Maren Rühmann <maren.ruehmann@elbstrom.example>", "Hanna Vieth <hanna.vieth@elbstrom.example>",
                "Fallkonferenz PTG Hagedorn", html=html, date="2024-08-23 09:37")


@reg("NORMAL", "de", "internal", "trap: works-council committee minutes on overtime statistics and electronic sick notes process; aggregates")
def m104():
    text = """Protokoll BR-Ausschuss Arbeitszeit – 26.08.2024

1. Überstunden Q2: 18.400 Std. gesamt, Schwerpunkt Leistung Kranken (6.100 Std.) und IT.
   Der Ausschuss fordert Abbau bis Jahresende bzw. Freizeitausgleich.
2. eAU-Prozess: Seit 2023 rufen wir die AU-Daten bei den gesetzlichen Kassen ab; Beschäftigte
   müssen sich weiterhin am 1. Tag telefonisch krankmelden. Die Führungskraft erhält keine
   Diagnose (steht ohnehin nicht in der eAU). Für Privatversicherte weiterhin Papier-AU an HR.
3. Gleitzeitrahmen 6–20 Uhr bleibt.

Protokoll: H. Ilić
"""
    return mail(104, "Hana Ilić <hana.ilic@elbstrom.example>", "br-ausschuss-arbeitszeit@elbstrom.example",
                "Protokoll Ausschuss Arbeitszeit 26.08.", text, date="2024-08-27 08:58")


@reg("CONFIDENTIAL", "en", "insurer-to-lawyer", "minutes to a UK law firm on motor subrogation for a named customer's accident in England; no injuries")
def m105():
    text = """Dear Ms. Hartley,

thank you for the call this morning. To confirm what we agreed:

Our insured: Mr. Florian Büttner, Hamburg, motor policy KF-7-301.889, vehicle Audi A4 Avant,
registration HH-FB 2207.
Accident: 04 Aug 2024, M25 junction 10 (Surrey), rear-ended by a UK-registered van
(registration GK19 XWT). No injuries; police not called, details exchanged.
Our outlay so far: own-damage repair EUR 9,620.00, car hire EUR 1,140.00, towing GBP 310.
Instructions
1. Please pursue recovery against the van's insurer (Redhill Commercial) under English law.
2. Mr. Büttner's excess (EUR 500) to be included in the claim.
3. Your fee: as per the framework agreement, success-based 15 %.

Kind regards
Lars Hübner
Recoveries, Elbstrom Versicherung AG
"""
    return mail(105, "Lars Hübner <lars.huebner@elbstrom.example>", "Sophie Hartley <s.hartley@hartley-recoveries.example>",
                "Subrogation KF-7-301.889 Büttner - our call", text, date="2024-08-28 12:30")


@reg("STRICTLY_CONFIDENTIAL", "en", "internal", "migration SteerCo deck PDF: data-quality slide shows a named health insured with exclusion clause for knee condition (only in the attachment)")
def m106():
    text = """Dear all,

please find the deck for SteerCo #17 (wave 4 - health portfolio). Slide 6 shows examples of
the data-quality issues we found in the rehearsal; we will walk through them.

Regards
Tobias Reinke
Programme Manager PHOENIX
"""
    p = pdf([
        "PHOENIX - SteerCo #17 - Wave 4 Health - 03 Sep 2024",
        "",
        "Slide 2  Status: AMBER. Rehearsal #2 completed, 1.18m contracts extracted",
        "Slide 3  Reconciliation: premiums 99.97 %, tariff components 99.1 %",
        "Slide 4  Critical path: exclusion clauses (Leistungsausschluesse) stored as free text in legacy",
        "Slide 5  Volume: 41,300 contracts with individual exclusions or risk loadings",
        "Slide 6  Examples from rehearsal (production data!):",
        "         K-1-204.558 Sebastian Auerbach: exclusion 'Knie rechts nach Kreuzbandruptur 2017,",
        "                     Meniskus-OP 2019' not mapped -> would be lost in target system",
        "         K-1-204.990 (name masked): loading 30 % 'Asthma bronchiale' mapped correctly",
        "Slide 7  Proposal: manual review team of 12 FTE for 8 weeks, cost EUR 380k",
        "Slide 8  Decision needed: approve manual review, postpone wave 4 by 6 weeks",
    ])
    return mail(106, "Tobias Reinke <tobias.reinke@elbstrom.example>", "phoenix-steerco@elbstrom.example",
                "PHOENIX SteerCo #17 deck", text,
                atts=[att("PHOENIX_SteerCo17_Wave4.pdf", p, "application/pdf")], date="2024-08-30 18:11")


@reg("NORMAL", "de", "internal", "scheduling of the steering committee meeting")
def m107():
    text = """Liebe Mitglieder des Lenkungsausschusses,

der Termin am 12.09. kollidiert mit der Aufsichtsratssitzung. Bitte tragt euch bis Freitag
in die Umfrage ein – Optionen: 10.09. 14 Uhr, 13.09. 9 Uhr, 16.09. 11 Uhr.

https://umfrage.elbstrom.example/lenkungsausschuss-lm2025

Danke
Anja
"""
    return mail(107, "Anja Lüders <anja.lueders@elbstrom.example>", "lenkungsausschuss-lm2025@elbstrom.example",
                "Terminfindung LA Leistungsmanagement", text, date="2024-09-02 09:20")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "works-council request with HR's quoted answer: named employee's warning for alcohol at work and addiction counselling, deep in the quote")
def m108():
    text = """Hallo Torsten,

anbei die Antwort von HR auf unsere Anfrage aus der letzten Sitzung (TOP 5). Ich würde das
im Ausschuss Personelles am Dienstag besprechen, nicht im Plenum.

Sabine

> Von: Frauke Timmermann
> Gesendet: Mittwoch, 4. September 2024 16:12
> An: Sabine Ohlendorf
> Betreff: AW: Anfrage BR – Abmahnung Hr. Gerlach
>
> Hallo Sabine,
>
> zu eurer Anfrage: Herr Uwe Gerlach (IT-Betrieb) hat am 19.08. eine Abmahnung erhalten, weil
> er am 16.08. im Bereitschaftsdienst erkennbar alkoholisiert war (Atemalkoholtest freiwillig,
> 1,1 Promille). Es ist der zweite Vorfall nach dem Gespräch Stufe 2 im Mai.
> Er hat zugesagt, die Suchtberatung der Diakonie wahrzunehmen; erster Termin war am 28.08.
> Wir würden gern, wie in der neuen BV vorgesehen, eine ambulante Entwöhnung unterstützen
> (Freistellung für Therapietermine). Die Abmahnung bleibt bestehen.
>
> Viele Grüße
> Frauke
>
>> Hallo Frauke, der BR bittet um Information zur Abmahnung von Herrn Gerlach. Gruß Sabine
"""
    return mail(108, "Sabine Ohlendorf <sabine.ohlendorf@elbstrom.example>", "Torsten Kranz <torsten.kranz@elbstrom.example>",
                "WG: AW: Anfrage BR – Abmahnung Hr. Gerlach", text, date="2024-09-05 07:51")


@reg("NORMAL", "en", "internal", "trap: tabletop exercise minutes with a fictitious scenario of patient-data leak at a hospital partner; no person")
def m109():
    text = """Tabletop exercise "RANSOM-24" - minutes and lessons learned

Scenario (fictitious): a ransomware group claims to have exfiltrated 40,000 hospital discharge
letters and invoices of Elbstrom health customers from a hospital billing partner and threatens
publication on a leak site. Sample data shown to the participants was synthetic ("Erika Musterfrau,
born 01.01.1970" etc.).

Lessons learned
1. Decision authority for ransom payment unclear -> board policy (no payment) to be confirmed.
2. Art. 33/34 GDPR timelines: the 72 h clock starts when WE know, not when the partner knows.
3. Customer hotline script for health data breaches missing -> Customer Service by October.
4. Contact list of hospital partners' CISOs outdated.

Ole Martens, CISO office
"""
    return mail(109, "Ole Martens <ole.martens@elbstrom.example>", "crisis-team@elbstrom.example",
                "RANSOM-24 tabletop - minutes", text, date="2024-09-06 13:13")


@reg("CONFIDENTIAL", "de", "insurer-to-broker", "claim meeting minutes to a broker: named customer's dog bit another dog, vet bills; animal health only")
def m110():
    text = """Sehr geehrte Frau Mahnke,

wie telefonisch besprochen das Ergebnis unserer Schadenbesprechung:

Ihre Kundin: Frau Birte Carstensen, Tierhalterhaftpflicht TH-330.517 (Hund: Labrador-Mischling „Bruno“)
Schaden 24-TH-0008144 vom 25.08.2024, Hundewiese Stadtpark Norderstedt
Bruno hat den Hund der Anspruchstellerin (Frau Ritter, Jack-Russell-Terrier) gebissen.
Menschen wurden nicht verletzt.
Tierarztrechnungen der Anspruchstellerin: Wundversorgung, Drainage, Antibiotika, Nachkontrollen –
insgesamt 1.142,37 € (Tierklinik Norderstedt).
Ergebnis: Haftung dem Grunde nach gegeben (§ 833 BGB), Mitverschulden nicht erkennbar
(beide Hunde frei laufend – wir prüfen Tiergefahr des anderen Hundes mit 25 %).
Zahlung 856,78 € an Frau Ritter, Information an Ihre Kundin folgt.

Mit freundlichen Grüßen
Annika Wolter
Schaden Haftpflicht
"""
    return mail(110, "Annika Wolter <annika.wolter@elbstrom.example>", "Heike Mahnke <mahnke@versicherungsbuero-mahnke.example>",
                "Schaden 24-TH-0008144 Carstensen – Ergebnis Besprechung", text, date="2024-09-09 15:05")


@reg("NORMAL", "de", "internal", "trap: actuarial committee minutes on mortality table, technical interest and disability probabilities; no person")
def m111():
    text = """Protokoll Ausschuss Tarifierung Leben – 10.09.2024

1. Rechnungszins Neugeschäft 2025: Höchstrechnungszins 1,0 % – wir kalkulieren mit 1,0 %.
2. Sterbetafel: Wechsel Risikoleben auf eigene Selektionstafel (Basis DAV 2008 T, Bestand
   2016–2023, 1,9 Mio. Jahre unter Risiko). Raucher/Nichtraucher-Differenzierung bleibt.
3. BU: Invalidisierungswahrscheinlichkeiten DAV 1997 I modifiziert, Berufsgruppe 1+ neu.
   Reaktivierung nach psychischen Erkrankungen niedriger als angenommen -> Sicherheitszuschlag.
4. Kosten: Stückkosten 41 €/Vertrag.

Protokoll: Dr. Vahrenholt, Aktuariat
"""
    return mail(111, "Dr. Birgit Vahrenholt <birgit.vahrenholt@elbstrom.example>", "ausschuss-tarifierung@elbstrom.example",
                "Protokoll Ausschuss Tarifierung 10.09.", text, date="2024-09-11 16:40")


@reg("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company", "minutes to a client company on a group accident and group life claim: named employee killed in a work accident")
def m112():
    text = """Dear Ms. Obermeier,

thank you for meeting us so soon after the tragic accident. Our minutes:

Group accident GU-12-00418 and group life GL-12-00419, Baumann Stahlbau GmbH
Deceased employee: Mr. Krzysztof Zielinski, fitter, born 14 Feb 1981, employee no. 2271
Accident on 02 Sep 2024 on the building site Harburg Channel: fall from a height of 9 m;
died at the scene according to the police and the statutory accident insurer (BG BAU).
Beneficiaries: wife Agnieszka Zielinska and two children (per beneficiary nomination of 2019).
Benefits: group accident death benefit EUR 60,000; group life EUR 120,000 (2 x salary).
Documents needed: death certificate, police report, BG BAU notification, beneficiaries' IDs.
Elbstrom will pay an advance of EUR 10,000 to Mrs. Zielinska this week.

With our deepest sympathy,
Stefan Grabowski
"""
    return mail(112, "Stefan Grabowski <stefan.grabowski@elbstrom.example>", "Helga Obermeier <h.obermeier@baumann-stahlbau.example>",
                "Group accident/life - minutes of our meeting", text, date="2024-09-12 17:02")


@reg("CONFIDENTIAL", "en", "insurer-to-customer", "call notes sent to an expat customer: confirmation of motor no-claims class and policy for a UK insurer")
def m113():
    text = """Dear Mr. O'Sullivan,

as discussed on the phone, here is a summary of our call and the confirmation you asked for:

- Motor policy KF-7-188.402 (BMW 320d, HH-PO 7731) ran from 01.03.2019 to 31.08.2024.
- No-claims class at cancellation: SF 6 (6 claim-free years), no claims in the last 5 years.
- We will send the official no-claims certificate (in English) by post and as a PDF to this
  address; your new insurer in Dublin can request verification from us.
- Premium refund for the period after 31.08.: EUR 112.30 to your known account.

Kind regards
Customer Service, Elbstrom Versicherung AG
Jana Feddersen
"""
    return mail(113, "Jana Feddersen <jana.feddersen@elbstrom.example>", "Patrick O'Sullivan <patrick.osullivan@inbox-mail.example>",
                "Your motor policy KF-7-188.402 - summary of our call", text, date="2024-09-13 10:27")


@reg("NORMAL", "de", "internal", "meeting invitation with agenda (HTML and text) for a claims project, no personal data")
def m114():
    text = """Hallo zusammen,

Kick-off „Regulierungsbeauftragte Sturm“ am 24.09., 13–15 Uhr, Raum Alster.

Agenda
1. Ziel: externe Regulierer-Pools für Großwetterlagen vertraglich sichern
2. Erfahrungen Sturm „Nadine“ (April)
3. Anforderungen an Dienstleister (Qualifikation, Tablets, Schadenapp)
4. Zeitplan und Arbeitspakete

Gruß
Claas
"""
    html = """<html><body><p>Hallo zusammen,</p>
<p>Kick-off <b>&bdquo;Regulierungsbeauftragte Sturm&ldquo;</b> am 24.09., 13&ndash;15 Uhr, Raum Alster.</p>
<ol><li>Ziel: externe Regulierer-Pools f&uuml;r Gro&szlig;wetterlagen vertraglich sichern</li>
<li>Erfahrungen Sturm &bdquo;Nadine&ldquo; (April)</li>
<li>Anforderungen an Dienstleister (Qualifikation, Tablets, Schadenapp)</li>
<li>Zeitplan und Arbeitspakete</li></ol>
<p>Gru&szlig;<br>Claas</p></body></html>"""
    return mail(114, "Claas Petersen <claas.petersen@elbstrom.example>", "schaden-sach@elbstrom.example",
                "Kick-off Regulierungsbeauftragte Sturm 24.09.", text, html=html, date="2024-09-16 11:45")


@reg("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor", "follow-up to a phone conference with a GP: named BU claimant with fibromyalgia, questions for the medical report")
def m115():
    text = """Sehr geehrte Frau Dr. Wenzel,

vielen Dank für das Telefonat heute. Wie besprochen fasse ich die Fragen aus unserer
Fallkonferenz schriftlich zusammen. Die Schweigepflichtentbindung Ihrer Patientin liegt
Ihnen seit 12.09. vor.

Patientin: Frau Karin Lütjens, geb. 29.04.1976, Verwaltungsangestellte
Leistungsantrag BU vom 02.07.2024 wegen Fibromyalgie-Syndrom (M79.70) mit chronischer
Erschöpfung und Schlafstörungen.

Fragen:
1. Seit wann behandeln Sie Frau Lütjens wegen der Beschwerden, und welche Befunde liegen vor
   (Rheumatologie, Schmerzambulanz)?
2. Welche Therapien wurden durchgeführt (Medikation, multimodale Schmerztherapie)?
3. Wie schätzen Sie die Leistungsfähigkeit für eine überwiegend sitzende Bürotätigkeit ein
   (Stunden pro Tag)?
4. Bestehen weitere Erkrankungen, insbesondere psychische Begleiterkrankungen?

Für den Befundbericht vergüten wir nach GOÄ Nr. 75 (Brief), bitte Rechnung beilegen.

Mit freundlichen Grüßen
Maren Rühmann
BU-Leistung
"""
    return mail(115, "Maren Rühmann <maren.ruehmann@elbstrom.example>", "Dr. Sabine Wenzel <praxis@hausarzt-wenzel.example>",
                "BU-Leistungsantrag Karin Lütjens – Fragen zum Befundbericht", text, date="2024-09-17 15:33")


@reg("CONFIDENTIAL", "de", "internal", "address-cleansing project status; the CSV sample lists named customers with birth dates and old/new addresses (only in the attachment)")
def m116():
    text = """Hallo Tobias,

Statusbericht Teilprojekt Adressbereinigung (Phoenix Vorbereitung Welle 3):

- Abgleich mit Umzugsdatenbank abgeschlossen: 14.210 Treffer, davon 9.880 automatisch übernommen.
- Unsichere Treffer (Namensgleichheit, abweichendes Geburtsdatum): 412 -> manuelle Klärung.
- Stichprobe der manuellen Fälle anbei (CSV), für die Entscheidung im PL-JF, ob wir die
  Kunden anschreiben oder nur markieren.

Gruß
Lukas
"""
    c = csv_bytes([
        ["Kd-Nr", "Name", "Geburtsdatum (Bestand)", "Geburtsdatum (Umzugsdaten)", "Adresse alt", "Adresse neu", "Sparten"],
        ["5001-118209", "Thomas Krause", "12.03.1968", "12.03.1986", "Bahnhofstr. 4, 21244 Buchholz", "Lindenweg 22, 21244 Buchholz", "Kfz, Hausrat"],
        ["5001-220871", "Maria Schulz", "01.07.1959", "01.07.1959", "Eichenallee 9, 22926 Ahrensburg", "Am Markt 1, 23843 Bad Oldesloe", "Wohngebäude"],
        ["5001-309144", "Jan Peters", "23.11.1990", "23.11.1991", "Holstenstr. 80, 22767 Hamburg", "Mühlenkamp 12, 22303 Hamburg", "PHV"],
    ])
    return mail(116, "Lukas Fendt <lukas.fendt@elbstrom.example>", "Tobias Reinke <tobias.reinke@elbstrom.example>",
                "Status TP Adressbereinigung", text,
                atts=[att("Stichprobe_manuell.csv", c, "text/csv")], date="2024-09-18 10:50")


@reg("NORMAL", "en", "insurer-to-supplier", "trap: flu vaccination campaign logistics minutes with vaccine doses and time slots; no person")
def m117():
    text = """Dear Dr. Reimer,

thank you for the planning call. Minutes for both sides:

- Flu vaccination campaign 14/15 Oct, health room ground floor, 09:00-16:00.
- Vaccine: quadrivalent, 320 doses ordered via your practice; delivery 10 Oct, cold chain
  fridge in the health room checked by Facility.
- Booking via intranet, slots of 5 minutes; consent and anamnesis forms are handled only by
  your team and stay with you - we receive the number of vaccinations for billing.
- Invoice: EUR 18 per vaccination + call-out fee.

Best regards
Britta Sandmann
"""
    return mail(117, "Britta Sandmann <britta.sandmann@elbstrom.example>", "Dr. Jens Reimer <j.reimer@arbeitsmedizin-nord.example>",
                "Flu vaccination 2024 - planning minutes", text, date="2024-09-19 09:49")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "works-council jour fixe with HR: named employee's request for a prayer room and Friday prayer time off (religion)")
def m118():
    text = """Protokoll JF HR/BR – 24.09.2024

1. Mobiles Arbeiten: BV unterschrieben, gilt ab 01.10.
2. Stellenbesetzungen Q4: 9 Ausschreibungen, Liste im Kanal.
3. Antrag Herr Yusuf Arslan (Schaden Kfz): Er bittet als praktizierender Muslim um einen Raum
   für das Gebet während der Arbeitszeit und um Verschiebung der Mittagspause freitags auf
   12:45–13:45 für das Freitagsgebet in der Moschee Wilhelmsburg.
   -> HR: Raum 1.07 (Stiller Raum) steht allen offen; Pausenverschiebung mit Teamleitung klären.
   -> BR unterstützt. Antwort an Herrn Arslan durch HR bis 01.10.
4. Weihnachtsfeier: 06.12.

Frauke Timmermann / Mehmet Aydın
"""
    return mail(118, "Mehmet Aydın <mehmet.aydin@elbstrom.example>", "Frauke Timmermann <frauke.timmermann@elbstrom.example>, betriebsrat-hamburg@elbstrom.example",
                "Protokoll JF HR/BR 24.09.", text, date="2024-09-24 16:02")


@reg("NORMAL", "de", "internal", "trap: complaints jour fixe with ombudsman statistics on rejected psychotherapy and hospital bills; aggregates")
def m119():
    text = """Protokoll JF Beschwerdemanagement – Q3

- Ombudsmann PKV: 22 neue Verfahren (Q2: 19). Themen: Ablehnung ambulante Psychotherapie (7),
  Krankenhausrechnungen Wahlleistung (5), Hilfsmittel/Hörgeräte (4), Beitragsanpassung (6).
- Ombudsmann Versicherungen (Komposit): 14, davon 9 Kfz.
- BaFin-Beschwerden: 3, alle beantwortet.
- Maßnahme: Textbausteine für Ablehnungen Psychotherapie überarbeiten (verständlicher,
  Hinweis auf Zweitmeinung).

Jana Feddersen
"""
    return mail(119, "Jana Feddersen <jana.feddersen@elbstrom.example>", "beschwerdemanagement@elbstrom.example",
                "Protokoll JF Beschwerden Q3", text, date="2024-09-26 14:31")


@reg("CONFIDENTIAL", "en", "internal", "vendor onboarding minutes: freelance developer (natural person) with day rate, tax number and IBAN")
def m120():
    text = """Hi Priya,

minutes from the onboarding meeting with the freelancer for the HDP team:

- Contractor: Henrik Solberg (sole proprietor, no GmbH), Kiel
- Role: data engineer, 01 Oct 2024 - 31 Mar 2025, 4 days/week
- Day rate EUR 920 net, invoicing monthly
- Tax number 19/282/04416, VAT ID to follow
- Bank account for invoices: DE37 2227 1404 0175 1387 15 (Henrik Solberg)
- § 203 StGB confidentiality undertaking signed; access only to pseudonymised data
- Equipment: company laptop, no private devices

Procurement will create the supplier record.

Thanks
Tim
"""
    return mail(120, "Tim Kersten <tim.kersten@elbstrom.example>", "Priya Raman <priya.raman@nordhaven-group.example>",
                "Onboarding freelancer HDP - minutes", text, cc="einkauf@elbstrom.example", date="2024-09-27 11:11")


@reg("STRICTLY_CONFIDENTIAL", "mixed", "internal", "jour fixe with Spanish assistance (EN/DE): repatriation of a deceased named insured after cardiac arrest abroad")
def m121():
    text = """Hola Carmen, hallo Benedikt,

Notizen aus dem JF Reise-Kranken / Assistance:

1. Monthly volume: 41 new cases in September, 6 inpatient.
2. Repatriation of remains – Fall RK-4-241.009:
   Versicherter Herr Günther Wolff (71) ist am 25.09. in Torremolinos verstorben,
   Herzstillstand im Hotelpool, Reanimation erfolglos (Hospital Costa del Sol).
   Autopsy ordered by the court in Málaga – release of the body expected 02.10.
   Überführung nach Celle durch Bestattungsinstitut Moreno/Eickhoff, Kostenübernahme bis 12.000 €.
   Ehefrau vor Ort, Rückflug gebucht. Death certificate (certificado de defunción) and
   translation to be sent to us for the life policy as well (LV 2-288.510.33).
3. Next JF: 10 Oct.

Saludos / Gruß
Benedikt
"""
    return mail(121, "Benedikt Hollmann <benedikt.hollmann@elbstrom.example>", "Carmen Ruiz <carmen.ruiz@iberassist.example>",
                "JF Travel health / Assistance - notes", text, date="2024-09-30 17:19")


@reg("NORMAL", "en", "internal", "town hall Q&A summary, company topics only")
def m122():
    text = """Town hall 01 Oct - Q&A summary

Q: Will PHOENIX wave 4 be delayed again?
A: Yes, by 6 weeks, to 15 Feb 2025, because of manual review of individual exclusions.
Q: Will there be job cuts in Claims due to automation?
A: No operational redundancies until end of 2026 (agreement with the works council).
Q: Mobile work?
A: Agreement signed, 60 % quota, valid from today.
Q: Why is the canteen more expensive?
A: Food prices; the works council negotiated that soup stays at EUR 2.20.

Internal Communications
"""
    return mail(122, "Internal Communications <kommunikation@elbstrom.example>", "alle-mitarbeitenden@elbstrom.example",
                "Town hall Q&A summary", text, date="2024-10-02 12:00")


@reg("CONFIDENTIAL", "de", "insurer-to-company", "fleet jour fixe minutes: named company-car driver's administrative speeding fine and points")
def m123():
    text = """Sehr geehrter Herr Brüning,

Ergebnis unseres Quartals-JF Flotte (KFL-55-00318):

1. Schadenquote Q3: 97 % – deutliche Verbesserung nach dem Fahrertraining.
2. Telematik-Pilot: 10 Lkw, auffällig viele Harsh-Braking-Ereignisse auf der A7.
3. Zum Unfall 24-KF-0044601 (Pkw HH-HV 120, Fahrer Herr Kai Domröse, Vertriebsaußendienst):
   Laut Bußgeldbescheid der Stadt Neumünster vom 19.09. Geschwindigkeitsüberschreitung
   außerorts um 34 km/h (240 € Geldbuße, 1 Punkt, kein Fahrverbot). Es gab keine
   Verletzten. Für die Regulierung des Fremdschadens ist das ohne Einfluss; bei grober
   Fahrlässigkeit in der Vollkasko prüfen wir nur, wenn der Unfall ursächlich mit der
   Geschwindigkeit zusammenhängt – hier nicht der Fall.
4. Nächster JF: Januar.

Mit freundlichen Grüßen
Katja Brandt
"""
    return mail(123, "Katja Brandt <katja.brandt@elbstrom.example>", "Markus Brüning <m.bruening@hansen-voigt-logistik.example>",
                "JF Flotte Q3 – Ergebnis", text, date="2024-10-04 13:25")


@reg("NORMAL", "de", "internal", "trap: preparation meeting for a broker trade fair with BU calculator, care products and health-question demo; no person")
def m124():
    text = """Hallo zusammen,

Ergebnis Vorbereitungstermin Maklermesse (DKM, Dortmund):

- Standthemen: BU für junge Berufstätige, Pflegezusatz PTG-24, Zahn.
- Demo: BU-Rechner mit vereinfachten Gesundheitsfragen – Demo-Profile sind fiktiv
  (z.B. „Physiotherapeutin, 32, Heuschnupfen“), keine Echtdaten auf den Tablets!
- Give-aways: Stressbälle, Erste-Hilfe-Sets fürs Auto.
- Standbesetzung: Liste kommt von Ralf.

Pia
"""
    return mail(124, "Pia Hoffmeister <pia.hoffmeister@elbstrom.example>", "messe-team@elbstrom.example",
                "Vorbereitung DKM – Ergebnis", text, date="2024-10-07 10:10")


@reg("CONFIDENTIAL", "de", "internal", "Fallkonferenz rent-deposit guarantee: named tenant's rent arrears, landlord claim and stated income")
def m125():
    text = """Protokoll Fallkonferenz Mietkautionsbürgschaft – 08.10.2024

Bürgschaft MK-9-004.771, Mieterin: Jessica Wohlers, Veddeler Damm 14, 20539 Hamburg
Vermieter: Hafencity Wohnen GmbH, Inanspruchnahme über 2.850 € (3 Kaltmieten) am 01.10.

Sachverhalt
- Mietrückstände Juli–September lt. Vermieter; Mieterin bestreitet teilweise (Mietminderung
  wegen Schimmel im Bad, Mängelanzeige vom 12.06. liegt vor).
- Mieterin hat Einkommensnachweis vorgelegt: Teilzeit 1.420 € netto + Wohngeld 310 €.
- Ratenzahlungsangebot der Mieterin: 100 €/Monat.

Beschluss
1. Zahlung an Vermieter nur in unstreitiger Höhe (1.900 €), Rest nach Klärung Mietminderung.
2. Regress gegen Mieterin mit Ratenzahlung 100 €/Monat.

Teilnehmer: Hübner, Okafor, Wolter
"""
    return mail(125, "Lars Hübner <lars.huebner@elbstrom.example>", "Annika Wolter <annika.wolter@elbstrom.example>",
                "Protokoll FK Mietkaution Wohlers", text, date="2024-10-08 17:10")

# =====================================================================
# Mails 126-150
# =====================================================================

@reg("NORMAL", "en", "internal", "trap: group underwriting forum minutes on HIV and life cover guidelines; generic, no person")
def m126():
    text = """Group Underwriting Forum - minutes 09 Oct 2024

1. HIV and life insurance
   - Group guideline updated: applicants with HIV on stable antiretroviral therapy, viral load
     undetectable for 12 months and CD4 > 350 can be offered term life up to EUR 500,000 with
     loadings from +100 %. No questions about sexual orientation are permitted - ever.
   - Germany: Elbstrom adopts the guideline from 01 Jan 2025; reinsurer Baltic Re agrees.
2. Obesity: BMI tables harmonised across the group; GLP-1 medication treated like other
   weight-loss treatment (rating on current BMI plus 12 months stability).
3. Next forum: February 2025, Oslo.

Dr. Ulrike Brandhorst (Elbstrom representative)
"""
    return mail(126, "Dr. Ulrike Brandhorst <ulrike.brandhorst@elbstrom.example>", "underwriting-life@elbstrom.example",
                "Group UW Forum - minutes", text, date="2024-10-10 08:35")


@reg("CONFIDENTIAL", "de", "internal", "motor-contract jour fixe: named customer's eVB number, VIN and new vehicle registration")
def m127():
    text = """Hallo Kraków-Team, hallo Hamburg,

aus dem JF Kfz-Vertrag noch ein Klärungsfall (bitte heute erledigen, Zulassung morgen früh):

Kundin Ricarda Nowotny, Kd.-Nr. 5001-512230, neues Fahrzeug Hyundai Ioniq 5,
FIN KMHKN81AFPU118204, Wunschkennzeichen PI-RN 55.
eVB-Nummer A7K2M9Q wurde lt. Zulassungsstelle Pinneberg als „nicht gefunden“ abgewiesen –
Ursache: eVB wurde im Altsystem erzeugt, aber nicht an den GDV-Server übertragen.
-> Neue eVB erzeugen und der Kundin per SMS schicken, Vertrag KF-7-340.112 mit SF 12 (Übernahme
   vom Vorfahrzeug) anlegen.

Gruß
Svenja
"""
    return mail(127, "Svenja Grote <svenja.grote@elbstrom.example>", "kfz-vertrag@elbstrom.example",
                "Klärungsfall eVB Nowotny (aus JF)", text, date="2024-10-10 14:48")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "works-council minutes: dismissal in probation of a named employee who is a union member and election-board member (trade-union membership)")
def m128():
    text = """Protokoll der 24. ordentlichen Betriebsratssitzung – 14.10.2024 (Auszug TOP 4)

TOP 4 Anhörung § 102 BetrVG – Kündigung in der Probezeit
Mitarbeiter: Nico Brandstätter, Kundenservice, Eintritt 01.05.2024, Probezeit bis 31.10.
Arbeitgeber: Kündigung zum 31.10. „wegen mangelnder Eignung“ (Qualitätsstichproben).
Der BR weist darauf hin, dass Herr Brandstätter seit Juli ver.di-Mitglied und Vertrauensmann
ist und sich im September für den Wahlvorstand der Betriebsratswahl 2026 gemeldet hat; der
zeitliche Zusammenhang legt eine Maßregelung nahe (§ 612a BGB, Art. 9 Abs. 3 GG).
Beschluss: Der BR äußert Bedenken und fordert die Vorlage der Qualitätsstichproben (9 Ja, 1 Enthaltung).
ver.di-Bezirk Hamburg (Sekretärin Frau Ockenfels) wird auf Wunsch von Herrn Brandstätter informiert.

Protokoll: P. Scholz
"""
    return mail(128, "Pia Scholz <pia.scholz@elbstrom.example>", "betriebsrat-hamburg@elbstrom.example",
                "Auszug Protokoll 24. Sitzung – TOP 4", text, date="2024-10-15 09:12")


@reg("NORMAL", "de", "internal", "project jour fixe with ODS action-item list, no personal data")
def m129():
    text = """Hallo zusammen,

anbei die aktualisierte Maßnahmenliste aus dem JF „Vertragsänderungsstrecke“. Bitte eure
Punkte bis Freitag aktualisieren.

Gruß
Jan
"""
    o = ods([
        ["Nr", "Maßnahme", "Verantwortlich", "Termin", "Status"],
        ["1", "Adressänderung online ohne Medienbruch", "Ostrowski", "31.10.2024", "in Arbeit"],
        ["2", "Bankverbindung ändern mit SEPA-Mandat digital", "Fendt", "15.11.2024", "offen"],
        ["3", "Kfz-Fahrzeugwechsel mit eVB-Erzeugung", "Grote", "30.11.2024", "offen"],
        ["4", "Barrierefreiheitstest (BITV)", "Krüger", "15.12.2024", "geplant"],
    ], sheet="Massnahmen")
    return mail(129, "Jan Ostrowski <jan.ostrowski@elbstrom.example>", "vaes-projekt@elbstrom.example",
                "Maßnahmenliste JF Vertragsänderungsstrecke", text,
                atts=[att("Massnahmen_VAES.ods", o, ODS)], date="2024-10-16 15:20")


@reg("STRICTLY_CONFIDENTIAL", "en", "internal", "ZIP meeting pack: case summary for claims committee on gene therapy for a named infant with spinal muscular atrophy (genetic/health data only inside the ZIP)")
def m130():
    text = """Dear members of the Claims Committee Health,

the meeting pack for 23 October is attached (agenda and one case summary for decision).
Password-free this time because the ZIP goes only to the committee list.

Regards
Nadine Kowalczyk
"""
    agenda = pdf([
        "Claims Committee Health - 23 Oct 2024, 15:00, Board room 9",
        "1. Minutes of the last meeting",
        "2. Decision: cost coverage gene therapy (case summary CC-2024-07)",
        "3. Report: high-cost drugs H1 2024 (aggregated)",
        "4. AOB",
    ])
    case = docx([
        "# Case summary CC-2024-07 - for decision",
        "Insured person: Leon Brammer, born 2024-03-02 (7 months), co-insured on the policy of his mother Sina Brammer, K-1-310.442",
        "Diagnosis: spinal muscular atrophy type 1 (G12.0), genetic confirmation: homozygous deletion of SMN1 exon 7, 2 copies of SMN2 (newborn screening, confirmed by the university hospital)",
        "Requested treatment: one-time gene therapy onasemnogene abeparvovec, UKE Hamburg, planned 04 Nov 2024",
        "Cost: approx. EUR 1.95m (pharmacy purchase price) plus inpatient stay",
        "Medical opinion (Dr. Brandhorst): indication fulfilled per EMA label and G-BA assessment; no alternative with comparable benefit",
        "Reinsurance: stop-loss cover above EUR 500k, Baltic Re informed",
        "Proposal: approve cost coverage; agree pay-for-performance instalments with the manufacturer if offered",
    ])
    z = zip_file([("CC-2024-10-23/Agenda.pdf", agenda), ("CC-2024-10-23/Case_CC-2024-07.docx", case)])
    return mail(130, "Nadine Kowalczyk <nadine.kowalczyk@elbstrom.example>", "claims-committee-health@elbstrom.example",
                "Meeting pack Claims Committee Health 23 Oct", text,
                atts=[att("CC-2024-10-23.zip", z, "application/zip")], date="2024-10-17 18:40")


@reg("CONFIDENTIAL", "en", "insurer-to-customer", "renewal meeting minutes to a sole-trader bakery owner: business insurance, turnover and his personal income")
def m131():
    text = """Dear Mr. Haddad,

thank you for your time at the bakery on Tuesday - and for the excellent coffee. As promised,
here are my notes, in English as you asked.

Customer: Karim Haddad, sole trader "Bäckerei Haddad", Steindamm 61, 20099 Hamburg
Policies: commercial contents GI-40-118.003, business liability BH-40-118.004
1. Turnover 2023: EUR 486,000 (2022: 441,000); staff 7 (4 part-time).
2. New oven and cold room (EUR 62,000) -> contents sum insured raised from EUR 150,000 to
   EUR 220,000; premium +EUR 380 p.a.
3. Business interruption: you declined for now; your personal income from the business
   (approx. EUR 58,000 p.a. according to your tax advisor) would not be protected.
4. Cyber: not needed (no online shop).

Kind regards
Katja Brandt
Commercial Customers, Elbstrom Versicherung AG
"""
    return mail(131, "Katja Brandt <katja.brandt@elbstrom.example>", "Karim Haddad <info@baeckerei-haddad.example>",
                "Our meeting on Tuesday - notes", text, date="2024-10-18 12:05")


@reg("NORMAL", "de", "internal", "trap: workshop minutes on rejection letter templates with «Diagnose» and «Name» placeholders; no person")
def m132():
    text = """Protokoll Workshop Textbausteine Leistungsablehnung KV – 21.10.2024

Ergebnisse
1. Baustein A12 (medizinische Notwendigkeit) neu:
   „Sehr geehrte/r «Anrede» «Nachname», für die Behandlung vom «Behandlungsdatum» wegen
   «Diagnose_Klartext» können wir leider keine Kosten übernehmen, weil …“
   -> Diagnose nur, wenn der Kunde sie selbst eingereicht hat; sonst neutral „wegen der
      eingereichten Behandlung“.
2. Hinweis auf Zweitmeinung durch einen Arzt Ihres Vertrauens und auf den Ombudsmann.
3. Keine lateinischen Fachbegriffe ohne Erklärung.
4. Freigabe durch Recht und DSB bis 15.11.

Teilnehmende: Vieth, Rühmann, Kersten, Feddersen, Fischbach
"""
    return mail(132, "Hanna Vieth <hanna.vieth@elbstrom.example>", "leistung-kranken-tl@elbstrom.example",
                "Protokoll Workshop Textbausteine Ablehnung", text, date="2024-10-22 10:30")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "service jour fixe: named household customer asks for premium deferral because she is in chemotherapy (health info in a non-personal line)")
def m133():
    text = """Hallo Lukas,

aus dem JF Kundenservice eine Bitte um Kulanz bei der Beitragsstundung:

Kundin: Doris Feldmann, Hausrat HR-2099102 und Wohngebäude WG-3-077.815, Jahresbeiträge
zusammen 1.046,80 €, fällig 01.11.
Sie hat am Telefon erzählt, dass sie wegen Brustkrebs seit September in Chemotherapie ist,
krankgeschrieben, und das Krankengeld erst später kommt. Sie bittet um Stundung bis Ende
Januar oder Ratenzahlung.
-> Vorschlag: Stundung bis 31.01. ohne Mahngebühren, Versicherungsschutz bleibt bestehen.

Danke dir
Jana
"""
    return mail(133, "Jana Feddersen <jana.feddersen@elbstrom.example>", "Lukas Fendt <lukas.fendt@elbstrom.example>",
                "Stundung Feldmann (aus JF)", text, date="2024-10-23 16:44")


@reg("NORMAL", "en", "internal", "scrum retrospective notes, no personal data")
def m134():
    text = """Retro Sprint 41 - team "Claims API"

Went well
- Contract tests against the broker gateway finally green
- Pairing on the payment module

To improve
- Stand-ups too long (avg 24 min) -> timebox 15 min
- Test data refresh takes 2 days -> automate (synthetic generator)

Actions
- Timebox stand-up (SM)
- Ticket for synthetic test data generator (PO)

Next retro: 06 Nov
"""
    return mail(134, "Claims API Team <claims-api-team@elbstrom.example>", "claims-api-team@elbstrom.example",
                "Retro Sprint 41", text, date="2024-10-23 17:30", cte="7bit")


@reg("CONFIDENTIAL", "de", "internal", "collections jour fixe: named motor customer in dunning with instalment agreement and stated unemployment")
def m135():
    text = """Protokoll JF Beitragsservice/Inkasso – 24.10.2024

1. Mahnläufe Oktober: 3.110 Mahnungen Stufe 1, 402 Stufe 2, Kündigungen nach § 38 VVG: 41.
2. Einzelfall: VN Sergej Hoffmann, Kfz KF-7-266.310, Beitragsrückstand 684,20 €, 2. Mahnung.
   Herr Hoffmann hat angerufen: seit August arbeitslos, ALG I, bittet um Ratenzahlung.
   -> Vereinbarung 3 Raten à 228,07 €, Lastschrift von seinem Konto
      DE24 3141 5577 6839 3295 21 zum 01.11./01.12./01.01.
   -> Kein Ruhen des Versicherungsschutzes bei Einhaltung.
3. Neue Zahlungsart PayPal: Pilot ab Januar.

Protokoll: S. Mertens
"""
    return mail(135, "Sylvia Mertens <sylvia.mertens@elbstrom.example>", "beitragsservice@elbstrom.example",
                "Protokoll JF Inkasso 24.10.", text, date="2024-10-24 15:03")


@reg("NORMAL", "en", "internal", "trap: AI ethics board minutes on AI in health underwriting, disability discrimination and bias tests; no person")
def m136():
    text = """AI & Ethics Board - minutes 28 Oct 2024

1. Use case "AI pre-assessment of health questions in BU applications"
   - Model may propose a decision but never reject automatically (Art. 22 GDPR).
   - Bias test required: outcomes by age, gender, disability status (GdB yes/no) on a
     synthetic and on a historical, pseudonymised sample.
   - Diagnoses in free text (e.g. "depression", "ADHD") must not be used as features without
     medical review of the rule.
2. EU AI Act: life and health insurance pricing/underwriting is "high risk" - gap analysis by Q1.
3. Decision: pilot approved under conditions; re-review in 6 months.

Secretary: Dr. Birgit Vahrenholt
"""
    return mail(136, "Dr. Birgit Vahrenholt <birgit.vahrenholt@elbstrom.example>", "ai-ethics-board@elbstrom.example",
                "AI & Ethics Board - minutes", text, date="2024-10-29 11:20")


@reg("STRICTLY_CONFIDENTIAL", "en", "customer", "forwarded customer mail (rfc822) about her son's autism diagnosis and therapy costs, for a case conference; body brief")
def m137():
    text = """Hanna,

for Thursday's case conference - the customer's mail is attached. Could you bring the
tariff wording for "Heilmittel" and autism therapy?

Benedikt
"""
    inner = inner_mail(
        "Rebecca Thornton-Meier <rebecca.tm@familymail.example>",
        "Benedikt Hollmann <benedikt.hollmann@elbstrom.example>",
        "After our meeting - Oscar's therapy",
        """Dear Mr. Hollmann,

thank you for taking the time to meet me and my husband yesterday. As agreed, here is the
information you asked for.

Our son Oscar Meier (born 11 May 2019, co-insured on my policy K-1-288.901) was diagnosed in
August with autism spectrum disorder (F84.0) at the Werner Otto Institute. The recommendation is
intensive autism therapy (ABA-based), 4 hours per week, plus occupational therapy and speech
therapy. The autism therapy centre charges EUR 95 per hour. The statutory youth welfare office
has not decided on integration assistance yet.

Could you please confirm in writing which parts you will cover? We would like to start in
November.

Best wishes
Rebecca Thornton-Meier
""",
        "2024-10-30 20:12", "<c0ffee42@familymail.example>")
    return mail(137, "Benedikt Hollmann <benedikt.hollmann@elbstrom.example>", "Hanna Vieth <hanna.vieth@elbstrom.example>",
                "FW: After our meeting - Oscar's therapy", text,
                inner=inner, inner_name="After our meeting.eml", date="2024-10-31 08:22")


@reg("CONFIDENTIAL", "en", "internal", "data governance minutes: named customer's subject access request with birth date and motor/household contracts")
def m138():
    text = """Data Governance Board - extract, item 3 (DSAR backlog)

DSARs open: 17 (SLA 1 month). One overdue case for escalation:
- Requester: Mr. Lennart Schöning, DOB 05 Jun 1987, Eimsbütteler Chaussee 40, 20259 Hamburg;
  customer with motor KF-7-310.554 and household HR-2260017, request received 12 Sep.
  Overdue because the call recordings (3 calls) are in the old telephony archive.
  -> IT to restore recordings by 06 Nov; Privacy team sends the answer by 11 Nov with a short
     apology for the delay (extension under Art. 12(3) GDPR was not communicated in time).

Other items: see full minutes in the board channel.

Lena Brockmann
"""
    return mail(138, "Lena Brockmann <lena.brockmann@elbstrom.example>", "Ole Martens <ole.martens@elbstrom.example>, itsm@elbstrom.example",
                "DGB item 3 - overdue DSAR", text, date="2024-10-31 14:58")


@reg("NORMAL", "en", "internal", "trap: procurement committee minutes on shredding medical files and archive boxes of doctors' reports; no person")
def m139():
    text = """Procurement Committee - minutes 04 Nov

1. Secure destruction of paper files (incl. medical reports, hospital invoices, BU expert
   opinions): award to AktenWolf Nord GmbH, DIN 66399 protection class 3 / security level P-4,
   locked containers on every floor, destruction certificate per pickup. 3-year contract,
   EUR 48,000 p.a.
2. First-aid supplies and AED pads: framework agreement extended.
3. Laptops 2025: 420 units, tender in December.

Secretary: Procurement
"""
    return mail(139, "Einkauf <einkauf@elbstrom.example>", "procurement-committee@elbstrom.example",
                "Procurement Committee minutes 04 Nov", text, date="2024-11-04 16:16")


@reg("CONFIDENTIAL", "de", "internal", "payroll/HR jour fixe: company-car taxable benefit and salaries of named employees")
def m140():
    text = """Hallo Frauke,

Ergebnisse JF Entgelt/HR zum Thema Dienstwagen (ab 01.01.2025 nur noch E-Fahrzeuge):

Betroffene Wechsel zum Jahreswechsel (Listenpreis / geldwerter Vorteil 0,25 %):
- Katja Brandt: Skoda Enyaq, BLP 49.900 € -> 124,75 €/Monat; Gehalt 6.420 €/Monat
- Ralf Niemeyer: VW ID.7, BLP 56.995 € -> 142,49 €/Monat; Gehalt 6.180 €/Monat
- Claas Petersen: bleibt beim Verbrenner bis Leasingende 06/2025 (1 %-Regel, BLP 52.300 €)

Bitte an die Mitarbeitenden nur ihre eigene Zeile geben.

Sylvia
"""
    return mail(140, "Sylvia Mertens <sylvia.mertens@elbstrom.example>", "Frauke Timmermann <frauke.timmermann@elbstrom.example>",
                "JF Entgelt/HR – Dienstwagen 2025", text, date="2024-11-05 10:45")


@reg("CONFIDENTIAL", "mixed", "internal", "JF Hamburg/Kraków travel cancellation (DE/EN): named customer cancelled trip after job loss, costs and employer letter; no health content")
def m141():
    text = """Hi Magda, hallo zusammen,

JF Reise Storno – notes:

1. Volume October: 212 cancellations, 61 % illness-related (handled by Hamburg only, as agreed).
2. Case for Kraków (non-medical, please process):
   Reiserücktritt RR-8-044.190, VN Finn Albrecht, Kiel, Kreuzfahrt Nordland 14.12.–21.12.,
   Stornokosten 2.380 € (60 %).
   Grund: betriebsbedingte Kündigung durch Arbeitgeber (Werft Kiel-Holtenau) am 18.10.,
   Arbeitgeberschreiben liegt vor. Covered under clause 2.1.6 (unexpected job loss).
   -> Payment minus 20 % SB: 1.904 €.
3. Glossary: "Selbstbehalt" = "excess", not "deductible" (UK wording).

Svenja
"""
    return mail(141, "Svenja Grote <svenja.grote@elbstrom.example>", "Magdalena Wójcik <magdalena.wojcik@nordhaven-ssc.example>",
                "JF Reise Storno – notes", text, date="2024-11-06 13:40")


@reg("NORMAL", "de", "internal", "kick-off minutes for annual financial statements, corporate figures only")
def m142():
    text = """Protokoll Kick-off Jahresabschluss 2024 – 07.11.2024

1. Zeitplan: Fast Close bis 15.01., Testat Wirtschaftsprüfer bis 28.02., Aufsichtsrat 20.03.
2. Schwerpunkte: Schadenrückstellungen Sturm „Nadine“, Reserven BU, IFRS 17 Überleitung.
3. Inventurlisten Kapitalanlagen bis 05.01.
4. Urlaubssperre für das Team Rechnungswesen 27.12.–10.01.

Dr. Birgit Vahrenholt
"""
    return mail(142, "Dr. Birgit Vahrenholt <birgit.vahrenholt@elbstrom.example>", "jahresabschluss@elbstrom.example",
                "Protokoll Kick-off JA 2024", text, date="2024-11-07 17:55")


@reg("STRICTLY_CONFIDENTIAL", "en", "internal", "reactivation programme status report (text+HTML) with named BU claimants returning to work after depression and cancer")
def m143():
    text = """Reactivation programme BU - status Q3 2024

Figures: 48 participants, 11 returned to work (full or part-time), 6 dropped out.

Success stories for the board report (consent for internal use obtained):
- Dirk Weißgerber (4-118.203.55): after inpatient psychiatric treatment and the
  psychiatric expert opinion, back at work part-time (20 h) since 01 Sep as a
  maintenance planner; benefit reduced pro rata.
- Heike Arndt (4-140.223.18): chemotherapy finished 08/2024, graduated return to the
  intensive care unit planned for January.

Next steps: extend coaching offer to musculoskeletal cases.
Benedikt Hollmann
"""
    html = """<html><body style="font-family:Calibri,Arial">
<p><b>Reactivation programme BU &ndash; status Q3 2024</b></p>
<p>Figures: 48 participants, 11 returned to work (full or part-time), 6 dropped out.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Insured</th><th>Policy</th><th>Story</th></tr>
<tr><td>Dirk Wei&szlig;gerber</td><td>4-118.203.55</td><td>after inpatient psychiatric treatment and expert opinion back at work part-time (20 h) since 01 Sep; benefit reduced pro rata</td></tr>
<tr><td>Heike Arndt</td><td>4-140.223.18</td><td>chemotherapy finished 08/2024, graduated return to the ICU planned for January</td></tr>
</table>
<p>Next steps: extend coaching offer to musculoskeletal cases.<br>Benedikt Hollmann</p>
</body></html>"""
    return mail(143, "Benedikt Hollmann <benedikt.hollmann@elbstrom.example>", "Jörg Habermehl <joerg.habermehl@elbstrom.example>",
                "Reactivation programme - status Q3", text, html=html, date="2024-11-08 09:28")


@reg("CONFIDENTIAL", "de", "insurer-to-customer", "advice-meeting record sent to a named customer: household/buildings cover, birth date, valuables and sums insured")
def m144():
    text = """Sehr geehrter Herr Lindemann,

vielen Dank für das Beratungsgespräch am 08.11. bei Ihnen zu Hause. Anbei – wie gesetzlich
vorgesehen (§ 61 VVG) – die Zusammenfassung unseres Gesprächs:

Kunde: Matthias Lindemann, geb. 03.02.1979, Heidweg 7, 21149 Hamburg
Anlass: Umzug in das neu erworbene Einfamilienhaus

1. Wohngebäude: Neubau 2023, 168 m² Wohnfläche, gleitender Neuwert, inkl. Elementar.
   Beitrag 1.128,00 €/Jahr. PV-Anlage 9,8 kWp mitversichert.
2. Hausrat: Versicherungssumme 110.000 € (Unterversicherungsverzicht 650 €/m² x 168 m²).
   Wertsachen: Uhrensammlung ca. 18.000 € -> Entschädigungsgrenze Wertsachen auf 30 % erhöht,
   Aufbewahrung im Wertschutzschrank (VdS-Klasse I).
3. Fahrräder: 2 E-Bikes, Zusatzbaustein Fahrrad bis 8.000 €.
4. Sie haben sich gegen eine Glasversicherung entschieden.

Mit freundlichen Grüßen
Ralf Niemeyer
Elbstrom Versicherung AG
"""
    return mail(144, "Ralf Niemeyer <ralf.niemeyer@elbstrom.example>", "Matthias Lindemann <m.lindemann@webpost.example>",
                "Ihr Beratungsgespräch am 08.11. – Zusammenfassung", text, date="2024-11-11 11:17")


@reg("NORMAL", "en", "internal", "trap: training minutes for new joiners on special categories, with quiz answers on pregnancy, hearing aids, union membership; no person")
def m145():
    text = """New joiners' privacy training - minutes and quiz answers (November cohort, 14 participants)

Quiz answers, for those who asked:
1. Is the fact that a customer wears hearing aids health data? -> Yes.
2. Is a pregnancy mentioned in a travel cancellation claim health data? -> Yes.
3. Is trade-union membership of an employee a special category? -> Yes (Art. 9 GDPR).
4. Is the IBAN of a customer confidential? -> Yes, confidential, but not special category.
5. Is "Max Mustermann, born 01.01.1980" in a training slide personal data? -> No, fictitious.

Feedback: 4.6/5. Next cohort: January.

Privacy team
"""
    return mail(145, "Privacy Team <datenschutz@elbstrom.example>", "new-joiners-2024-11@elbstrom.example",
                "Privacy training - quiz answers", text, date="2024-11-12 15:00")


@reg("STRICTLY_CONFIDENTIAL", "de", "internal", "dental claims jour fixe: named insured's implant treatment plan and periodontitis, expert opinion")
def m146():
    text = """Protokoll JF Leistung Zahn – 13.11.2024

1. Rückstände HKP-Prüfung: 1.940 (Ziel < 1.500), Zusatzschicht Samstag.
2. Gutachterfälle:
   - VP Carsten Möhring, K-1-199.420: HKP Dr. Ahlf über 14.820 € – Implantate regio 36, 46,
     Sinuslift rechts, vorher systematische Parodontitistherapie (Stadium III, Grad B).
     Gutachter Dr. Schwarz: Implantat 46 medizinisch notwendig, 36 Brückenversorgung
     ausreichend. -> Zusage 46 + Sinuslift, 36 nur als Brücke erstattungsfähig.
3. GOZ-Analogleistungen: neue Prüfregel für 2197 ab Januar.

Protokoll: L. Brenner-Lutz
"""
    return mail(146, "Lisa Brenner-Lutz <lisa.brenner-lutz@elbstrom.example>", "leistung-zahn@elbstrom.example",
                "Protokoll JF Zahn 13.11.", text, date="2024-11-13 16:30")


@reg("CONFIDENTIAL", "en", "insurer-to-partner", "meeting minutes with a bank on a named customer's mortgage-linked buildings insurance, loan amount and security certificate")
def m147():
    text = """Dear Mr. van der Berg,

thank you for the meeting. Minutes:

1. Security certificate (Sicherungsschein) for the buildings policy WG-3-118.702 of your
   borrowers Mr. Jeroen and Mrs. Anke Visser, Deichstraße 3, 25761 Büsum, issued on 14 Nov
   in favour of your bank (loan no. 7700-4419-22, EUR 385,000).
2. Premium payment: the borrowers pay from their account NL83 ABNA 4657 0749 90; you will be
   notified if a premium is unpaid for more than 30 days.
3. Our general cooperation agreement (buildings insurance for mortgage customers) will be
   renewed for 2025 unchanged.

Kind regards
Katja Brandt
Elbstrom Versicherung AG
"""
    return mail(147, "Katja Brandt <katja.brandt@elbstrom.example>", "Maarten van der Berg <m.vanderberg@noordbank.example>",
                "Minutes - security certificate Visser / cooperation", text, date="2024-11-14 14:02")


@reg("NORMAL", "de", "internal", "team minutes naming an absent colleague without reason and a birthday breakfast")
def m148():
    text = """Kurzprotokoll Teamrunde Regress – 18.11.

- Lars ist bis 29.11. nicht im Büro, Vertretung Postkorb: Chidi.
- Regressquote Oktober 31 %.
- Geburtstagsfrühstück für Annika am Freitag, Liste für Mitbringsel hängt in der Teeküche.

Gruß Chidi
"""
    return mail(148, "Chidi Okafor <chidi.okafor@elbstrom.example>", "regress@elbstrom.example",
                "Teamrunde 18.11.", text, date="2024-11-18 12:41", cte="8bit")


@reg("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "minutes of a settlement talk sent to a named health insured: premium arrears, emergency tariff; no diagnosis")
def m149():
    text = """Sehr geehrter Herr Kowalski,

vielen Dank für das Gespräch heute in unserer Geschäftsstelle. Wie vereinbart fassen wir
die Ergebnisse zusammen:

Krankheitskostenvollversicherung K-2-071.338
1. Beitragsrückstand: 4.812,60 € (Beiträge Juni bis November 2024). Der Vertrag ruht seit
   dem 15.10. und wird nach § 193 Abs. 7 VVG im Notlagentarif geführt.
2. Sie haben uns Ihre Einkommenssituation erläutert (selbständig, Umsatzeinbruch seit
   dem Frühjahr).
3. Vereinbarung: Ratenzahlung 300 €/Monat ab 01.12.; sobald der Rückstand ausgeglichen ist,
   wird der Vertrag in Ihrem bisherigen Tarif fortgesetzt.
4. Wir haben Sie auf den Wechsel in den Basistarif bzw. einen Tarif mit höherem Selbstbehalt
   hingewiesen (Angebot folgt).

Mit freundlichen Grüßen
Lukas Fendt
Beitragsservice Kranken
Elbstrom Krankenversicherung AG
"""
    return mail(149, "Lukas Fendt <lukas.fendt@elbstrom.example>", "Adam Kowalski <adam.kowalski@t-post.example>",
                "Ihr Vertrag K-2-071.338 – Ergebnis unseres Gesprächs", text, date="2024-11-19 16:08")


@reg("NORMAL", "de", "internal", "trap: committee calendar 2025 listing BU case conferences, medical advisory board, works council and ASA dates; no person")
def m150():
    text = """Liebe Kolleginnen und Kollegen,

anbei der Gremienkalender 2025 (bitte in die Teamkalender übernehmen):

Betriebsrat (ordentliche Sitzungen)     jeden 2. und 4. Donnerstag, 13 Uhr
Arbeitsschutzausschuss (ASA)            20.02., 22.05., 21.08., 20.11.
Datenschutzkomitee                       15.01., 16.04., 16.07., 15.10.
Medizinischer Beirat Leben/BU           März und September (Termine folgen)
Fallkonferenz BU                         jeden 2. Mittwoch, 10 Uhr
Fallkonferenz Pflege                     monatlich, 1. Dienstag
Lenkungsausschuss Leistungsmanagement    quartalsweise
PHOENIX SteerCo                          monatlich, 3. Dienstag

Viele Grüße
Carola Heitmann
Vorstandsbüro
"""
    return mail(150, "Carola Heitmann <carola.heitmann@elbstrom.example>", "fuehrungskraefte@elbstrom.example",
                "Gremienkalender 2025", text, date="2024-11-20 09:00")


# ---------------------------------------------------------------- writer

def write_all():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for n in range(1, TOTAL + 1):
        fn, label, lang, kind, reason = MAILS[n]
        msg = fn()
        buf = io.BytesIO()
        BytesGenerator(buf, policy=policy.SMTP).flatten(msg)
        name = "d%d-%04d.eml" % (NN, n)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(buf.getvalue())
        rows.append((name, label, lang, kind, reason))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("wrote %d mails to %s" % (len(rows), OUT))


# ---------------------------------------------------------------- checker

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
DOMAIN_RE = re.compile(r"(?:@|https?://|www\.)([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9])")
IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "PL": 28, "CH": 21, "FR": 27, "GB": 22}


def iban_ok(s):
    s = s.replace(" ", "")
    if IBAN_LEN.get(s[:2]) != len(s):
        return None  # not an IBAN of a known country length -> ignore
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def _pdf_check(data, where):
    assert data.startswith(b"%PDF-"), where + ": no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), where + ": no EOF"
    m = re.search(rb"startxref\s+(\d+)", data)
    x = int(m.group(1))
    assert data[x:x + 4] == b"xref", where + ": bad startxref"
    tab = data[x:].split(b"trailer")[0].split(b"\n")
    cnt = int(tab[1].split()[1])
    for i in range(1, cnt):
        off = int(tab[2 + i].split()[0])
        assert data[off:].startswith(b"%d 0 obj" % i), where + ": bad xref offset %d" % i
    text = b" ".join(re.findall(rb"\((.*?)\) '", data)).decode("cp1252")
    return text


def _attachment_text(name, data, ctype, where):
    lname = name.lower()
    if lname.endswith(".pdf") or ctype == "application/pdf":
        return _pdf_check(data, where)
    if lname.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where + ": corrupt zip"
        texts = []
        if lname.endswith((".odt", ".ods")):
            assert z.namelist()[0] == "mimetype", where + ": mimetype not first"
        for m in z.namelist():
            d = z.read(m)
            if m.endswith(".xml") or m.endswith(".rels"):
                texts.append(_xml_text(d))
            elif lname.endswith(".zip"):
                texts.append(_attachment_text(m, d, "", where + "/" + m))
        return " ".join(texts)
    if lname.endswith(".ics"):
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in t, where + ": bad ics"
        return t
    if lname.endswith(".csv"):
        for enc in ("utf-8", "cp1252"):
            try:
                t = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        list(csv.reader(io.StringIO(t), delimiter=";"))
        return t
    if lname.endswith((".txt", ".log", ".md")):
        return data.decode("utf-8")
    if lname.endswith(".eml"):
        m = BytesParser(policy=policy.default).parsebytes(data)
        return _msg_text(m, where + "/eml")
    raise AssertionError(where + ": unknown attachment type " + name)


def _msg_text(msg, where):
    texts = []
    for h in ("From", "To", "Cc", "Subject", "Reply-To"):
        if msg[h]:
            texts.append(str(msg[h]))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        fname = part.get_filename()
        if fname or part.get_content_disposition() == "attachment":
            data = part.get_payload(decode=True)
            texts.append(_attachment_text(fname or "x.bin", data, ct, where + ":" + (fname or "?")))
        elif part.get_content_maintype() == "text":
            texts.append(part.get_content())
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.iter_parts():
                texts.append(_msg_text(sub, where + "/rfc822"))
    return "\n".join(texts)


def check():
    errors = []
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    exp = ["d%d-%04d.eml" % (NN, i) for i in range(1, TOTAL + 1)]
    if files != exp:
        errors.append("file list mismatch: %d files" % len(files))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "bad labels header"
    rows = [l.split("\t") for l in lines[1:] if l]
    counts = {}
    langs = {}
    for r in rows:
        if len(r) != 5:
            errors.append("bad row %r" % r)
            continue
        counts[r[1]] = counts.get(r[1], 0) + 1
        langs[r[2]] = langs.get(r[2], 0) + 1
        if r[2] not in ("de", "en", "mixed"):
            errors.append("bad lang %r" % r)
        if r[1] == "NORMAL" and "trap" in r[4] and not r[4].startswith("trap:"):
            errors.append("trap reason must start with trap: %s" % r[0])
    if counts != WANT:
        errors.append("label counts %r != %r" % (counts, WANT))
    if [r[0] for r in rows] != exp:
        errors.append("labels.tsv file column mismatch")
    n_iban = n_att = 0
    for fname in files:
        p = os.path.join(OUT, fname)
        raw = open(p, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append(fname + ": not pure CRLF")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg[h]:
                errors.append("%s: missing %s" % (fname, h))
        if msg.defects:
            errors.append("%s: defects %r" % (fname, msg.defects))
        try:
            text = _msg_text(msg, fname)
        except Exception as e:  # noqa
            errors.append("%s: attachment does not open: %s" % (fname, e))
            continue
        n_att += sum(1 for part in msg.walk() if part.get_filename() or part.get_content_type() == "message/rfc822")
        for d in DOMAIN_RE.findall(text):
            d = d.lower().rstrip(".")
            if not d.endswith(".example"):
                errors.append("%s: non-.example domain %s" % (fname, d))
        for ib in IBAN_RE.findall(text):
            ok = iban_ok(ib)
            if ok is None:
                continue
            n_iban += 1
            if not ok:
                errors.append("%s: bad IBAN checksum %s" % (fname, ib))
    print("files: %d, labels: %r, langs: %r, attachments: %d, IBANs checked: %d" % (
        len(files), counts, langs, n_att, n_iban))
    if errors:
        for e in errors:
            print("ERROR", e)
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    write_all()
