#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel test corpus dev82 -- field sales force (Aussendienst, Generalagenturen).

Every mail is written by hand in its own function m001 ... m150.  The helpers
below only turn that content into MIME (email package, policy=SMTP, CRLF,
fixed boundaries, dates and Message-IDs) or into attachment files (PDF, DOCX,
XLSX, ODT, ODS, ZIP with fixed timestamps).  Standard library only.

    python make_corpus.py           writes mails/d82-0001.eml ... and labels.tsv
    python make_corpus.py --check   re-parses and validates everything
"""
import base64
import datetime
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

NN = 82
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mails")
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
ZIP_TIME = (2025, 1, 2, 8, 0, 0)
TZ = datetime.timezone(datetime.timedelta(hours=1))

META = {}


def mail(label, lang, kind, reason):
    """Attach the hand-written label to a mail function."""
    assert label in LABELS and lang in ("de", "en", "mixed")

    def deco(fn):
        META[fn.__name__] = (label, lang, kind, reason)
        return fn
    return deco


# ---------------------------------------------------------------- attachments

def _pdf_str(s):
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return s.encode("cp1252", "replace")


def pdf(lines, title="Dokument"):
    """Minimal one- or multi-page PDF (Helvetica, WinAnsi), uncompressed text."""
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pg in enumerate(pages):
        stream = b"BT /F1 10 Tf 50 800 Td 13 TL\n"
        for ln in pg:
            stream += b"(" + _pdf_str(ln) + b") Tj T*\n"
        stream += b"ET"
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    info_no = len(objs) + 1
    objs.append(b"<< /Title (" + _pdf_str(title) + b") /Producer (dev82) /CreationDate (D:20250102080000+01'00') >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, info_no, xref)
    return bytes(out)


def _zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, *rest in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if rest and rest[0] == "stored" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zipfile_of(members):
    """members: list of (name, bytes)."""
    return _zip(members)


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace('"', "&quot;"))


def docx(paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
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
    return _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                 ("word/document.xml", doc.encode())])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1"):
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
        xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                 ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbrels.encode()),
                 ("xl/worksheets/sheet1.xml", ws.encode())])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mime, content):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime.encode(), "stored"), ("META-INF/manifest.xml", manifest.encode()),
                 ("content.xml", content.encode())])


def odt(paragraphs):
    body = "".join("<text:p>%s</text:p>" % _x(p) for p in paragraphs)
    c = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
         '<office:body><office:text>%s</office:text></office:body></office:document-content>' % (_ODF_NS, body))
    return _odf("application/vnd.oasis.opendocument.text", c)


def ods(rows, sheet="Tabelle1"):
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(str(v)))
        xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    c = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
         '<office:body><office:spreadsheet><table:table table:name="%s">%s</table:table>'
         '</office:spreadsheet></office:body></office:document-content>' % (_ODF_NS, _x(sheet), "".join(xr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", c)


def textfile(text, charset="utf-8"):
    """Text attachment (CSV, ICS, TXT, HTML) with CRLF line ends."""
    t = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return t.encode(charset)


CTYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "zip": "application/zip",
    "csv": "text/csv",
    "ics": "text/calendar",
    "txt": "text/plain",
    "html": "text/html",
    "vcf": "text/vcard",
}


# ---------------------------------------------------------------- MIME

def _date(n, when):
    if when:
        d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    else:
        # spread over working days from Mon 3 Feb 2025, 07:30-18:30
        day = datetime.date(2025, 2, 3)
        for _ in range((n * 7) // 24):
            day += datetime.timedelta(days=1)
            while day.weekday() >= 5:
                day += datetime.timedelta(days=1)
        minutes = 450 + (n * 137) % 660
        d = datetime.datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=TZ)
    return format_datetime(d)


def _subject(msg, subject):
    """Subject as a mail client writes it: non-ASCII subjects as a run of
    base64 encoded-words of at most 39 octets each, one per folded line."""
    if all(ord(c) < 128 for c in subject):
        if len(subject) + 9 <= 78:
            msg["Subject"] = subject
            return
        lines, cur = [], ""
        for w in subject.split(" "):
            if cur and len(cur) + 1 + len(w) + (9 if not lines else 1) > 78:
                lines.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(cur)
        msg._headers.append(("Subject", "\r\n ".join(lines)))
        return
    words, cur = [], ""
    for ch in subject:
        if len((cur + ch).encode("utf-8")) > 39:
            words.append(cur)
            cur = ""
        cur += ch
    words.append(cur)
    enc = ["=?UTF-8?B?%s?=" % base64.b64encode(w.encode("utf-8")).decode("ascii") for w in words]
    msg._headers.append(("Subject", "\r\n ".join(enc)))


def _fill(msg, frm, to, subject, date, msgid, cc=None, headers=None):
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    _subject(msg, subject)
    msg["Date"] = date
    msg["Message-ID"] = msgid
    for k, v in (headers or {}).items():
        msg[k] = v


def _content(msg, body, html, html_only, charset, cte):
    if html_only:
        msg.set_content(html, subtype="html", charset=charset, cte=cte or "quoted-printable")
    else:
        msg.set_content(body, charset=charset, cte=cte or "quoted-printable")
        if html:
            msg.add_alternative(html, subtype="html", charset=charset, cte="quoted-printable")


def _attach(msg, atts):
    for a in atts or []:
        if isinstance(a, EmailMessage):
            msg.add_attachment(a, disposition="attachment",
                               filename=re.sub(r"[^\w.-]+", "_", str(a["Subject"]))[:60] + ".eml")
            continue
        name, data = a[0], a[1]
        ctype = a[2] if len(a) > 2 else CTYPES[name.rsplit(".", 1)[1].lower()]
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)


def forwarded(frm, to, subject, when, body, cc=None, atts=None, html=None, charset="utf-8", msgid=None):
    """A complete earlier mail, to be attached as message/rfc822."""
    m = EmailMessage(policy=policy.SMTP)
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    _fill(m, frm, to, subject, format_datetime(d),
          msgid or "<%s@%s>" % (d.strftime("%Y%m%d%H%M") + ".fw", frm.split("@")[-1].rstrip(">")), cc)
    _content(m, body, html, False, charset, None)
    _attach(m, atts)
    return m


def build(n, spec):
    msg = EmailMessage(policy=policy.SMTP)
    frm = spec["frm"]
    dom = frm.split("@")[-1].rstrip(">")
    _fill(msg, frm, spec["to"], spec["subject"], _date(n, spec.get("date")),
          "<d%d-%04d.%s@%s>" % (NN, n, "%05x" % (n * 7919 % 1048576), dom),
          spec.get("cc"), spec.get("headers"))
    _content(msg, spec.get("body", ""), spec.get("html"), spec.get("html_only", False),
             spec.get("charset", "utf-8"), spec.get("cte"))
    _attach(msg, spec.get("atts"))
    k = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part and not part.get("Message-ID"):
            del part["MIME-Version"]
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary("----=_LG82_%04d_%d" % (n, k))
    return msg


# ============================================================ the mails
# Insurer: Lindgrün Versicherung AG (Kassel), Vertriebsdirektion Mitte.
# Field force: Generalagentur Bertram Kessler (Fulda), Agentur Melanie Hagedorn
# (Bad Hersfeld), Tobias Grünwald (Marburg), Ayşe Demir (Kassel), International
# Desk Frankfurt (Daniel O'Connor, Priya Raman, Lena Fischer).

SIG_KESSLER = """--
Bertram Kessler
Generalagent der Lindgrün Versicherung
Generalagentur Bertram Kessler
Bahnhofstraße 14 · 36037 Fulda
Tel. 0661 555-2740 · Mobil 0170 555-8812
b.kessler@agentur.lindgruen.example"""

SIG_ROTH = """Mit freundlichen Grüßen
Sabine Roth
Agenturinnendienst
Generalagentur Bertram Kessler · Bahnhofstraße 14 · 36037 Fulda
Tel. 0661 555-2741"""

DISCLAIMER = """
Lindgrün Versicherung AG · Sitz Kassel · Amtsgericht Kassel HRB 0470
Vorstand: Dr. Gesa Marquardt (Vors.), Holger Brenneke, Anja Vöhringer
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese Nachricht."""

SIG_ODC = """Kind regards,
Daniel O'Connor
International Desk · Lindgrün Versicherung
Agentur für internationale Kunden · Mainzer Landstraße 61 · 60329 Frankfurt am Main
+49 69 555 30410 · d.oconnor@agentur.lindgruen.example"""

SIG_RAMAN = """Best regards
Priya Raman
International Desk Frankfurt – Lindgrün Versicherung
Tel +49 69 555 30412"""


@mail("NORMAL", "de", "internal",
      "trap: Wettbewerbs-Zwischenstand mit Punkten je Agentur, keine Kunden- oder Einkommensdaten")
def m001():
    return dict(
        date="2025-02-10 08:15",
        frm="Frank Ullrich <frank.ullrich@lindgruen.example>",
        to="GA Mitte Verteiler <vd-mitte-agenturen@lindgruen.example>",
        cc="Carina Beck <carina.beck@lindgruen.example>",
        subject="Gipfelstürmer 2025 – Zwischenstand nach KW 6",
        body="""Liebe Kolleginnen und Kollegen,

der Januar ist durch und die ersten Punkte für den Gipfelstürmer sind vergeben.
Hier der Zwischenstand der Vertriebsdirektion Mitte (Bewertungspunkte lt.
Wettbewerbsbedingungen, Stand Freitag 18 Uhr):

 Platz  Agentur                          Punkte   Ziel Q1   Erfüllung
   1    GA Kessler, Fulda                 3.412     6.000     57 %
   2    Agentur Demir, Kassel-W.          2.980     5.000     60 %
   3    Agentur Hagedorn, Bad Hersfeld    2.455     5.500     45 %
   4    International Desk Frankfurt      2.104     4.500     47 %
   5    Agentur Grünwald, Marburg           987     3.000     33 %

Zur Erinnerung: Leben/BU zählen doppelt, Kfz-Neugeschäft einfach, Sach-Bündel
mit mind. 3 Sparten bekommen 150 Bonuspunkte. Stornos innerhalb der ersten
sechs Monate werden wieder abgezogen.

Die ersten drei Agenturen der Direktion fahren im Mai mit nach Lissabon.
Tobias – Marburg holt auf, da geht noch was!

Sportliche Grüße
Frank Ullrich
Bezirksdirektor · Vertriebsdirektion Mitte
Lindgrün Versicherung AG
""" + DISCLAIMER)


@mail("CONFIDENTIAL", "de", "agent-to-backoffice",
      "neue IBAN und Anschrift eines namentlich genannten Kunden mit Kfz- und Hausrat-Vertragsnummern")
def m002():
    return dict(
        frm="Sabine Roth <s.roth@agentur.lindgruen.example>",
        to="Vertriebsinnendienst Mitte <vid-mitte@lindgruen.example>",
        subject="Änderung Bankverbindung + Anschrift – Ebert, Ralf – KdNr 100 482 331",
        body="""Hallo zusammen,

bitte bei folgendem Kunden Anschrift und Bankverbindung ändern (Kunde war
gestern persönlich in der Agentur, SEPA-Mandat unterschrieben liegt hier im
Original, Scan kommt per Agenturportal):

Kunde:        Ralf Ebert, KdNr 100 482 331
neue Anschrift ab 01.03.2025:  Am Frauenberg 7, 36039 Fulda
neue IBAN:    DE65 2784 2242 0679 1348 21
Kontoinhaber: Ralf Ebert

betroffene Verträge:
- Kfz  KR-4471-228190 (FD-RE 412)
- Hausrat HR 30 558 217 – Versicherungsort ändert sich mit, bitte Wohnfläche
  neu: 78 m² (vorher 64 m²), Tarifzone prüfen!
- PHV  PH 20 118 904

Danke und viele Grüße aus Fulda

""" + SIG_ROTH)


@mail("STRICTLY_CONFIDENTIAL", "de", "agent-to-backoffice",
      "BU-Antrag: Nachreichung zu Bandscheibenvorfall M51.2, Physiotherapie, Arbeitsunfähigkeit einer Antragstellerin")
def m003():
    return dict(
        date="2025-02-05 08:12",
        frm="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        to="Risikoprüfung Leben <risikopruefung-leben@lindgruen.example>",
        subject="AW: Rückfrage BU-Antrag Pfeifer, Jana – Antrag 25-BU-0193377",
        headers={"In-Reply-To": "<rp.20250204.0193377@lindgruen.example>"},
        body="""Hallo Frau Vogt,

zu Ihrer Rückfrage vom 04.02.: ich war gestern Abend nochmal bei Frau Pfeifer
und wir haben die Gesundheitsfragen 3b und 5 gemeinsam nachgearbeitet.

- Bandscheibenvorfall L5/S1 (M51.2) im Mai 2023, konservativ behandelt, keine OP
- 12 x Krankengymnastik bis August 2023, danach Rückenschule über die Krankenkasse
- AU vom 08.05. bis 16.06.2023, seitdem keine Fehlzeiten mehr wegen Rücken
- behandelnder Arzt: Dr. med. Olaf Seibert, Orthopädie, Fulda
- aktuell beschwerdefrei, Ibuprofen nur „ganz selten“

Die Schweigepflichtentbindung für Dr. Seibert hat sie unterschrieben, geht
heute mit der Post raus. Den ausgefüllten Fragebogen Wirbelsäule hänge ich
morgen ins Agenturportal.

Falls es auf einen Ausschluss Wirbelsäule hinausläuft: die Kundin würde das
akzeptieren, ein Zuschlag wäre ihr lieber als gar nichts. Bitte dann kurz
Bescheid, damit ich mit ihr rede, bevor die Police rausgeht.

Gruß
B. Kessler

""" + SIG_KESSLER + """

> Von: Katrin Vogt, Risikoprüfung Leben
> Gesendet: Dienstag, 4. Februar 2025 10:12
> Betreff: Rückfrage BU-Antrag Pfeifer, Jana – Antrag 25-BU-0193377
>
> Sehr geehrter Herr Kessler,
> im Antrag ist Frage 5 (Behandlungen Wirbelsäule letzte 5 Jahre) mit „ja,
> 2023“ beantwortet, Details fehlen. Bitte um Angaben zu Diagnose, Dauer,
> Therapie und aktuellen Beschwerden.
> Mit freundlichen Grüßen
> Katrin Vogt
""")


@mail("NORMAL", "de", "agent-to-customer",
      "trap: namentlicher Interessent mit Termin für ein Wohngebäude-Angebot, aber kein Vertrag, kein Geburtsdatum, keine Bankdaten")
def m004():
    return dict(
        frm="Tobias Grünwald <t.gruenwald@agentur.lindgruen.example>",
        to="Holger Wiegand <h.wiegand@mailbox.example>",
        subject="Ihr Termin am Donnerstag",
        body="""Guten Tag Herr Wiegand,

vielen Dank für Ihren Anruf heute. Wie besprochen komme ich am
Donnerstag, 13.02., um 18:00 Uhr bei Ihnen vorbei.

Damit ich Ihnen ein passendes Angebot für die Wohngebäudeversicherung
rechnen kann, wäre es hilfreich, wenn Sie schon einmal bereitlegen:
- Baujahr und ungefähre Wohnfläche
- ggf. die Police Ihres bisherigen Versicherers
- Infos zu Heizung/Photovoltaik, falls vorhanden

Sollte etwas dazwischenkommen, erreichen Sie mich unter 06421 555-390.

Freundliche Grüße
Tobias Grünwald
Lindgrün Versicherung – Agentur Grünwald
Universitätsstraße 22 · 35037 Marburg
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Besuchsbericht: Geburt, Elternzeit, Kurzarbeit, bestehende Risikolebensversicherung des Kunden, Erhöhung geplant")
def m005():
    return dict(
        date="2025-02-12 07:55",
        frm="Ayşe Demir <a.demir@agentur.lindgruen.example>",
        to="Vertriebsinnendienst Mitte <vid-mitte@lindgruen.example>",
        subject="LIVIA-Besuchsbericht Brandt, Familie – bitte ins CRM übernehmen",
        body="""Hallo Marcel,

mein LIVIA auf dem Tablet synchronisiert seit gestern nicht, daher der
Besuchsbericht per Mail. Bitte bei KdNr 100 377 904 als Kontakt erfassen.

Besuch:      11.02.2025, 19:30–21:00, beim Kunden zu Hause (Kassel, Kirchweg 33)
Anwesend:    Dennis und Laura Brandt
Anlass:      Geburt Tochter Mila am 19.01.2025

Situation:
- Laura in Elternzeit bis Jan 2026, danach 20 Std.
- Dennis: Arbeitgeber hat Kurzarbeit angekündigt (ab März 80 %), macht sich Sorgen
- Haus 2023 gekauft, Darlehen 310 T€ bei der Sparkasse

Bestand bei uns:
- Risiko-LV LV 7.112.845.3 auf Dennis, VS 150.000 € – reicht mit Kind und
  Darlehen nicht mehr
- Wohngebäude, Hausrat, PHV (Single-Tarif von Laura noch nicht umgestellt!)

Vereinbart / To do:
1. Angebot Erhöhung Risiko-LV auf 300 T€, verbundene Leben prüfen
2. Kinderunfall für Mila (Angebot Kompakt + Invaliditätsleistung 250 T€)
3. PHV auf Familie umstellen, Single-Vertrag Laura kündigen
4. Wiedervorlage 04.03. – vorher Kurzarbeit abwarten, nicht überfordern

Gruß
Ayşe

Ayşe Demir · Lindgrün Agentur Kassel-Wilhelmshöhe
Wilhelmshöher Allee 250 · 34119 Kassel
""")


@mail("NORMAL", "de", "newsletter",
      "trap: Vertriebsnewsletter zu Lebensereignissen (Geburt, Scheidung, Pflegefall, Jobverlust) ganz ohne Personen")
def m006():
    return dict(
        frm="Vertrieb aktuell <vertrieb-aktuell@lindgruen.example>",
        to="Alle Agenturen <alle-agenturen@lindgruen.example>",
        subject="Vertrieb aktuell 03/2025: Lebensereignisse sind Beratungsanlässe",
        html_only=True,
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#2e7d32">Vertrieb aktuell 03/2025</h2>
<p>Liebe Partnerinnen und Partner im Außendienst,</p>
<p>Kundinnen und Kunden melden sich selten, „weil mal wieder ein Check fällig ist“.
Sie melden sich, wenn sich im Leben etwas ändert. Unsere Auswertung der
Neugeschäftsanlässe 2024 zeigt: In fast jedem zweiten BU- oder Risiko-LV-Abschluss
stand ein Lebensereignis am Anfang.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Lebensereignis</th><th>typische Fragen</th><th>passende Produkte</th></tr>
<tr><td>Geburt eines Kindes</td><td>Wer zahlt, wenn mir etwas passiert?</td><td>Risiko-LV, Kinderunfall, PHV Familie, Kinder-Vorsorge</td></tr>
<tr><td>Heirat / Zusammenzug</td><td>Brauchen wir zwei Hausratverträge?</td><td>Hausrat, PHV, verbundene Risiko-LV</td></tr>
<tr><td>Trennung / Scheidung</td><td>Wer ist jetzt Versicherungsnehmer?</td><td>Vertragsaufteilung, Bezugsrechte prüfen, eigene PHV</td></tr>
<tr><td>Pflegefall in der Familie</td><td>Was kostet ein Heimplatz wirklich?</td><td>Pflegetagegeld, Pflege-Bahr</td></tr>
<tr><td>Jobverlust / Jobwechsel</td><td>Was kann ich beitragsfrei stellen?</td><td>Beitragspause, bAV-Mitnahme, Rechtsschutz</td></tr>
</table>
<p><b>Tipp:</b> In LIVIA können Sie unter <i>Kontakte &gt; Anlass</i> jetzt „Lebensereignis“
auswählen. Die Wiedervorlage wird automatisch nach 6 Wochen gesetzt.</p>
<p>Schulungsunterlagen finden Sie im Vertriebsportal:
<a href="https://vertriebsportal.lindgruen.example/anlaesse">vertriebsportal.lindgruen.example/anlaesse</a></p>
<p>Ihr Team Vertriebsunterstützung</p>
<p style="font-size:11px;color:#777">Lindgrün Versicherung AG · Kassel · Nur für den internen Gebrauch im Vertrieb.</p>
</body></html>""")


@mail("CONFIDENTIAL", "de", "agent-to-customer",
      "Scheidung: Umschreibung Kfz-Vertrag mit Kennzeichen, SF-Klasse und Vertragsnummer auf die Ex-Ehefrau")
def m007():
    return dict(
        frm="Melanie Hagedorn <m.hagedorn@agentur.lindgruen.example>",
        to="Kerstin Vollmer <kerstin.vollmer@webpost.example>",
        subject="Ihr Kfz-Vertrag KR-4402-118733 – Umschreibung nach der Trennung",
        body="""Liebe Frau Vollmer,

danke für das offene Gespräch am Montag. Ich weiß, dass das gerade keine
leichte Zeit für Sie ist – umso mehr soll wenigstens das mit dem Auto
unkompliziert laufen.

Zusammengefasst, was wir besprochen haben:

1. Der Skoda Octavia (HEF-KV 218) bleibt bei Ihnen. Versicherungsnehmer ist
   bisher Ihr Mann, Herr Jörg Vollmer. Wir schreiben den Vertrag
   KR-4402-118733 zum 01.03.2025 auf Sie um.
2. Schadenfreiheitsklasse: Ihr Mann hat SF 14. Die SF-Klasse kann nur
   übertragen werden, wenn er schriftlich zustimmt (Formular
   „SF-Übertragung“ hängt an meiner nächsten Mail). Er verliert sie dann.
   Ohne Übertragung würden Sie als Zweitfahrerin mit SF 8 eingestuft –
   Sie sind ja seit 2017 regelmäßig mitgefahren.
3. Die Beiträge laufen bis Ende Februar noch über sein Konto. Für die
   Umschreibung brauche ich von Ihnen ein SEPA-Mandat für Ihr eigenes Konto.

Sobald ich die Zustimmung habe, kümmere ich mich um den Rest. Und wenn Sie
magst – Entschuldigung, mögen – schauen wir im März gemeinsam auf Hausrat
und Haftpflicht, da brauchen Sie jetzt eigene Verträge.

Herzliche Grüße
Melanie Hagedorn
Lindgrün Versicherung – Agentur Hagedorn
Linggplatz 5 · 36251 Bad Hersfeld · Tel. 06621 555-170
""")


@mail("NORMAL", "de", "internal",
      "Wartungsankündigung CRM, keine Personen")
def m008():
    return dict(
        frm="IT-Service Vertrieb <it-vertrieb@lindgruen.example>",
        to="Alle Agenturen <alle-agenturen@lindgruen.example>",
        subject="LIVIA: Wartungsfenster Samstag 15.02., 06:00–14:00 Uhr",
        body="""Liebe Agenturen,

am Samstag, 15.02.2025, spielen wir das LIVIA-Release 25.1 ein.
Zwischen 06:00 und 14:00 Uhr sind LIVIA, der Angebotsrechner Sach und das
Agenturportal nicht erreichbar. Die Offline-App auf dem Tablet funktioniert,
synchronisiert aber erst nach Ende der Wartung.

Neu mit 25.1:
- Anlass „Lebensereignis“ bei Kontakten
- Export der Wiedervorlagen als CSV
- Fehlerbehebung: doppelte Kontakte bei Haushaltsverknüpfung

Bei Problemen ab Montag bitte Ticket über den Service-Desk (Kategorie LIVIA).

Ihr IT-Service Vertrieb
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "weitergeleitete Kundenmail: Herzinfarkt des Ehemanns, Beitragsstundung der Lebensversicherung")
def m009():
    return dict(
        date="2025-02-10 08:30",
        frm="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        to="Bestandsservice Leben <bestand-leben@lindgruen.example>",
        subject="WG: Lebensversicherung Stundung",
        body="""Hallo Bestandsservice,

bitte Stundung für 6 Monate prüfen und mir Bescheid geben, was möglich ist
(Beitragspause oder Stundung mit Nachzahlung). Familie ist seit 20 Jahren
bei mir, ich möchte da eine Lösung ohne Beitragsfreistellung.

Danke
B. Kessler

-----Ursprüngliche Nachricht-----
Von: Monika Hertel <monika.hertel@kabelnet.example>
Gesendet: Sonntag, 9. Februar 2025 21:47
An: Bertram Kessler
Betreff: Lebensversicherung Stundung

Hallo Herr Kessler,

ich muss mich leider melden weil mein Mann Günter vor drei Wochen einen
Herzinfarkt hatte. Er war 10 Tage im Klinikum und ist jetzt seit letzter
Woche in der Reha in Bad Salzschlirf. Die Ärzte sagen er wird wohl nicht
vor dem Sommer wieder arbeiten können und Krankengeld ist ja deutlich weniger.

Können wir die Beiträge für die Lebensversicherung (die mit der Nummer
LV 6.904.221.7) eine Zeitlang aussetzen? Ich will die auf keinen Fall
kündigen, die ist doch für unsere Rente.

Die Kfz bitte normal weiter abbuchen.

Viele Grüße
Monika Hertel

Von meinem iPhone gesendet
""")


@mail("NORMAL", "de", "internal",
      "trap: Webinar-Einladung zur Beratung bei Pflegebedürftigkeit in der Familie, mit ICS, keine Person")
def m010():
    ics = textfile("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindgruen Akademie//Webinar//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:akademie-2025-0311-pflege@lindgruen.example
DTSTAMP:20250205T090000Z
DTSTART;TZID=Europe/Berlin:20250311T090000
DTEND;TZID=Europe/Berlin:20250311T103000
SUMMARY:Webinar: Wenn Eltern pflegebedürftig werden – Beratung mit Herz und Zahlen
LOCATION:https://akademie.lindgruen.example/live/pflege
DESCRIPTION:1,5 Std. IDD-Weiterbildung (gut beraten). Referentin: Dr. Renate Falk.
END:VEVENT
END:VCALENDAR
""")
    return dict(
        frm="Lindgrün Akademie <akademie@lindgruen.example>",
        to="Alle Agenturen <alle-agenturen@lindgruen.example>",
        subject="Einladung Webinar 11.03.: Wenn Eltern pflegebedürftig werden",
        body="""Liebe Vertriebspartnerinnen und Vertriebspartner,

jede fünfte Beratung zur Pflegezusatzversicherung beginnt mit dem Satz:
„Bei meiner Mutter haben wir gesehen, was das kostet.“

Im Webinar am 11.03.2025, 09:00–10:30 Uhr, zeigen wir:
- wie sich Pflegegrade 1–5 auf den Eigenanteil auswirken (Durchschnittswerte
  stationär nach Bundesland),
- wie Sie das Thema Demenz ansprechen, ohne Angst zu machen,
- wie Sie den Pflegetagegeld-Rechner im Kundengespräch einsetzen,
- welche Gesundheitsfragen im Antrag gestellt werden und warum.

Anrechnung: 1,5 Stunden IDD-Weiterbildung.
Anmeldung einfach über den Kalendereintrag im Anhang oder im Akademie-Portal.

Ihre Lindgrün Akademie
""",
        atts=[("Webinar_Pflege_2025-03-11.ics", ics, "text/calendar")])


@mail("NORMAL", "en", "internal",
      "trap: training note on life-event selling (divorce, new baby, illness, redundancy), no real customer")
def m011():
    return dict(
        frm="Astrid Lund <astrid.lund@lindgruen.example>",
        to="International Desk <international-desk@agentur.lindgruen.example>",
        cc="Frank Ullrich <frank.ullrich@lindgruen.example>",
        subject="Life-event selling – pilot session notes & role-play cases",
        body="""Hi all,

thanks for joining the pilot on Thursday – you were the first team to try the
life-event conversation guide in English, and your feedback was gold.

Key takeaways we agreed on:

1. Don't lead with the product. Lead with the change: "You mentioned you've
   just moved in together – what would happen to the flat if one of you
   couldn't work for a year?"
2. Divorce and separation: never take sides, and never discuss the other
   spouse's contracts with the customer. Check beneficiaries, joint policies
   and who the policyholder is – that's where the real risks sit.
3. New baby: the window for the Kindernachversicherung in health is short.
   Mention it, but leave the details to the health back office.
4. Serious illness in the family: listen first. Don't try to sell critical
   illness cover to someone whose sister was just diagnosed. Book a follow-up.
5. Redundancy: show what can be paused before anything is cancelled.

Role-play cases for next week (all fictitious, please don't add real
customer details to the shared deck):
- Case A: "Tom, 38, software tester, just had twins, rents in Frankfurt"
- Case B: "Mariana, 45, separated, two teenagers, self-employed designer"
- Case C: "Raj, 52, made redundant after 19 years, mortgage still running"

Deck is in the Academy SharePoint under Sales Excellence > Life Events.

Cheers,
Astrid

Astrid Lund
Head of Sales Excellence
Lindgrün Versicherung AG · Kassel
""")


@mail("CONFIDENTIAL", "en", "agent-to-customer",
      "motor policy for a named expat: eVB, plate, VIN, policy number, Irish no-claims history")
def m012():
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Siobhan Kearney <siobhan.kearney@mailbox.example>",
        subject="Your car insurance – eVB number and next steps",
        body="""Hi Siobhan,

great news – underwriting accepted your no-claims letter from your Irish
insurer, so we can start you in SF class 6 rather than as a beginner.

Here is everything you need for the registration office (Zulassungsstelle):

  eVB number:      R7K4M2P
  Vehicle:         VW Golf Variant, VIN WVWZZZCDZMW412876
  Requested plate: F-SK 2207 (reserved online, per your screenshot)
  Policy number:   KR-4480-307715 (will show on your schedule)
  Start date:      3 March 2025
  Cover:           third-party liability + comprehensive (Vollkasko),
                   EUR 300 deductible

The eVB is valid for 6 months. Bring it along with your passport,
Anmeldebestätigung and the SEPA mandate for the road tax.

Your policy schedule will come by post to Schweizer Straße 88 within about
ten days after registration. If anything is unclear at the Zulassungsstelle,
just call me – happy to talk to the clerk if needed.

""" + SIG_ODC)


@mail("STRICTLY_CONFIDENTIAL", "en", "agent-to-customer",
      "pregnancy of the customer's wife, due date, adding the newborn to private health insurance")
def m013():
    return dict(
        date="2025-02-10 12:15",
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="Arjun Mehta <arjun.mehta@freemail.example>",
        subject="Re: Baby and our health insurance",
        body="""Dear Arjun,

congratulations to you and Kavya – wonderful news!

To answer your questions:

1. Because both of you are privately insured with us (KV 88 412 553-01 and
   -02), the baby can be added without any health questions and without
   waiting periods, as long as we receive the registration within two months
   of the birth. With the due date on 28 June, please send us the birth
   certificate by end of August at the latest.
2. Kavya's maternity care (check-ups, ultrasound, midwife, hospital stay) is
   covered under her tariff. The extra screening that her gynaecologist
   recommended because of the gestational diabetes is also reimbursable –
   please submit the invoices as usual via the app.
3. The Mutterschaftsgeld from your employer's side does not affect the
   health insurance premium.

I'll put a reminder in my calendar for early July to check in with you.

""" + SIG_RAMAN + """

On Mon, 10 Feb 2025 at 08:14, Arjun Mehta wrote:
> Hi Priya, we just found out Kavya is pregnant, due end of June. Do we need to
> do anything now for the baby's insurance? Her doctor also said she has
> gestational diabetes and needs more check-ups. Are they paid?
> Thanks, Arjun
""")


@mail("NORMAL", "en", "agent-to-customer",
      "trap: prospect asks about income protection and health questions, answered with generic product info only")
def m014():
    return dict(
        frm="Lena Fischer <l.fischer@agentur.lindgruen.example>",
        to="Oliver Grant <o.grant@webpost.example>",
        subject="Information on income protection (Berufsunfähigkeitsversicherung)",
        body="""Dear Mr Grant,

thank you for your enquiry through our website.

Income protection in Germany is called Berufsunfähigkeitsversicherung (BU).
It pays a monthly pension if you can no longer work in your profession for
health reasons – for example after an accident, a back condition or a mental
illness – at least 50 % for an expected period of six months.

A few general points:
- The application includes health questions covering the last 5 years
  (10 years for inpatient treatment). Undisclosed conditions can put the
  cover at risk, so it is worth preparing them carefully.
- Pre-existing conditions do not automatically mean a rejection. Often the
  cover is granted with an exclusion or a surcharge.
- The earlier you start, the lower the premium.

I attached nothing personal to this mail – our English product sheet can be
downloaded here: https://www.lindgruen.example/en/income-protection

Daniel O'Connor or Priya Raman would be happy to meet you in person or by
video call. Just reply with two or three times that suit you.

Kind regards
Lena Fischer
Office Manager, International Desk Frankfurt
""")


@mail("CONFIDENTIAL", "mixed", "internal",
      "customer's job loss, premium reduction on household and liability, Irish IBAN for new SEPA mandate")
def m015():
    return dict(
        date="2025-02-13 09:05",
        frm="Lena Fischer <l.fischer@agentur.lindgruen.example>",
        to="Vertriebsinnendienst Mitte <vid-mitte@lindgruen.example>",
        subject="WG: Change of bank details / reduce cover – Walsh, Ciarán",
        body="""Hallo Heike,

bitte für Herrn Walsh (KdNr 100 512 776) die Bankverbindung ändern – er hat
sein deutsches Konto nach der Kündigung aufgelöst und zahlt vorerst von
seinem irischen Konto. Neues SEPA-Mandat liegt als Scan im Agenturportal.

Außerdem: Hausrat HR 30 771 402 Versicherungssumme von 65.000 auf 40.000 €
reduzieren (Untervermietung, zwei Zimmer leer geräumt) und PHV PH 20 540 118
bleibt. Daniel hat das mit ihm telefonisch so besprochen.

Danke dir!
Lena

---------- Forwarded message ---------
From: Ciarán Walsh <ciaran.walsh@mailbox.example>
Date: Wed, 12 Feb 2025 at 19:02
Subject: Change of bank details / reduce cover
To: Daniel O'Connor <d.oconnor@agentur.lindgruen.example>

Daniel,

as discussed – I was let go at the end of January (the whole Frankfurt team
was closed down) so I'm trying to cut costs until I find something new.
Please take the premiums from my Irish account from March:

IBAN IE79 BOFI 5252 9261 4778 29
BIC BOFIIE2D
Account holder: Ciarán Walsh

and lower the contents cover like we said. Thanks for your help, much
appreciated.

Ciarán
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier",
      "incentive trip rooming list with an agent's type 1 diabetes (insulin) and a companion's wheelchair assistance")
def m016():
    return dict(
        frm="Carina Beck <carina.beck@lindgruen.example>",
        to="Bluewave Incentives – Lisbon team <lisbon@bluewave-incentives.example>",
        subject="Gipfelstürmer trip Lisbon – special requests (please treat confidentially)",
        body="""Hello Marta,

following up on the rooming list: please note the special requests below for
the hotel and the airline. These are personal, so please only pass them on
to the people who need to know.

- Bertram Kessler (agent, room 1 of 2 for GA Kessler): type 1 diabetic,
  needs a fridge in the room for his insulin and a doctor's certificate for
  carrying pens and needles through security – he'll bring the certificate.
- Gisela Kessler (companion): wheelchair assistance at FRA and LIS both ways,
  she had a hip replacement in November and can't walk long distances yet.
- Ayşe Demir: halal meals at all dinners please, no alcohol in the welcome
  pack.
- Melanie Hagedorn: vegetarian.

Could you confirm by Friday that the airline has the WCHR booking?

Many thanks
Carina Beck
Vertriebsassistenz · Vertriebsdirektion Mitte
Lindgrün Versicherung AG
""")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: incentive trip logistics (flights, hotel, programme) by agency, no personal data")
def m017():
    return dict(
        frm="Carina Beck <carina.beck@lindgruen.example>",
        to="Bluewave Incentives – Lisbon team <lisbon@bluewave-incentives.example>",
        subject="Gipfelstürmer 2025 – programme draft v3",
        body="""Hi Marta,

thanks for draft v2. Our changes for v3:

Day 1 (Thu 22 May)  FRA 09:40 – LIS 11:55, transfer to hotel, afternoon free,
                    welcome dinner at the Time Out Market (group area please)
Day 2 (Fri 23 May)  morning: 90-min workshop "Sales from the heart" in the
                    hotel (room with projector, 45 pax), afternoon tram 28 +
                    Alfama walking tour, evening free
Day 3 (Sat 24 May)  day trip Sintra/Cascais, gala dinner with award ceremony
Day 4 (Sun 25 May)  check-out 11:00, LIS 14:20 – FRA 18:30

Participants: 42 in total (winning agencies plus companions, 6 directorates).
Final names come after the contest closes on 31 March.

Budget stays at EUR 2,150 per person all-in. Please quote the gala dinner
separately, incl. a live band option.

Best
Carina
""")


@mail("CONFIDENTIAL", "de", "agent-office",
      "Body harmlos; nur im XLSX-Anhang: Geburtstagsliste mit Namen, Geburtsdaten und Anschriften von Kunden")
def m018():
    rows = [["KdNr", "Anrede", "Vorname", "Nachname", "geb.", "Alter", "Straße", "PLZ", "Ort", "Karte/Anruf"],
            ["100 311 842", "Frau", "Gertrud", "Möller", "03.03.1945", 80, "Heinrichstraße 12", "36037", "Fulda", "Anruf + Blumen"],
            ["100 402 119", "Herr", "Stefan", "Arnold", "07.03.1975", 50, "Petersberger Str. 40", "36037", "Fulda", "Karte"],
            ["100 288 530", "Frau", "Nadine", "Kurz", "11.03.1985", 40, "Am Rosengarten 3", "36043", "Fulda", "Karte"],
            ["100 455 071", "Herr", "Werner", "Schick", "19.03.1955", 70, "Lindenstraße 8", "36100", "Petersberg", "Anruf"],
            ["100 377 120", "Frau", "Elke", "Rommel", "24.03.1965", 60, "Dalbergstraße 2", "36037", "Fulda", "Karte"],
            ["100 509 966", "Herr", "Jannik", "Stoll", "30.03.2007", 18, "Kreuzgasse 17", "36093", "Künzell", "Karte + Kfz-Angebot!"]]
    return dict(
        frm="Sabine Roth <s.roth@agentur.lindgruen.example>",
        to="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        cc="Jonas Wetzel <j.wetzel@agentur.lindgruen.example>",
        subject="Runde Geburtstage März",
        body="""Hallo Bertram,

anbei die runden Geburtstage für März aus LIVIA. Karten schreibt Jonas
diese Woche, die Anrufe bei den zwei Älteren machst du bitte selbst.

Gruß Sabine
""",
        atts=[("Geburtstage_2025-03.xlsx", xlsx(rows, "März"))])


@mail("NORMAL", "de", "internal",
      "trap: Briefvorlage Glückwunsch zur Geburt mit Platzhaltern, keine echte Person")
def m019():
    doc = docx([
        "«Agentur_Name» · «Agentur_Straße» · «Agentur_PLZ_Ort»",
        "«Anrede» «Vorname» «Nachname»",
        "«Straße»",
        "«PLZ» «Ort»",
        "",
        "«Ort_Agentur», «Datum»",
        "Herzlichen Glückwunsch zur Geburt von «Vorname_Kind»!",
        "«Briefanrede»,",
        "wir freuen uns mit Ihnen über die Geburt von «Vorname_Kind» und wünschen Ihrer Familie einen guten Start in diese aufregende Zeit.",
        "Als kleines Willkommensgeschenk liegt diesem Brief ein Lindgrün-Kuscheltier bei.",
        "Mit einem Kind ändert sich vieles – auch beim Versicherungsschutz. Gerne zeigen wir Ihnen in einem kurzen Gespräch, worauf es jetzt ankommt: Kinderunfall, Familienhaftpflicht und die Absicherung der Familie, falls einem Elternteil etwas zustößt.",
        "Herzliche Grüße",
        "«Vermittler_Name»",
    ])
    return dict(
        frm="Vertriebsunterstützung <vertriebsunterstuetzung@lindgruen.example>",
        to="Alle Agenturen <alle-agenturen@lindgruen.example>",
        subject="Neue Briefvorlage „Glückwunsch zur Geburt“ (Serienbrief)",
        body="""Liebe Agenturen,

viele von Ihnen haben danach gefragt: anbei die überarbeitete Serienbrief-
Vorlage „Glückwunsch zur Geburt“. Die Platzhalter passen zum LIVIA-Export
„Serienbrief Haushalt“. Das Kuscheltier (Art.-Nr. WM-0412) können Sie wie
gewohnt im Werbemittelshop bestellen.

Bitte die Vorlage nur verwenden, wenn uns die Geburt vom Kunden selbst
mitgeteilt wurde – nicht auf Basis von Zeitungsanzeigen o. Ä.

Ihr Team Vertriebsunterstützung
""",
        atts=[("Vorlage_Glueckwunsch_Geburt.docx", doc)])


@mail("STRICTLY_CONFIDENTIAL", "de", "agent-to-backoffice",
      "Unfallmeldung: Armbruch (S52.5) eines Kindes, Kinderunfallversicherung, Krankenhaus, Gips")
def m020():
    return dict(
        frm="Melanie Hagedorn <m.hagedorn@agentur.lindgruen.example>",
        to="Leistung Unfall <leistung-unfall@lindgruen.example>",
        subject="Unfallmeldung Kinderunfall UV-620 1187 – Luca Schreiber",
        body="""Sehr geehrte Damen und Herren,

hiermit melde ich im Auftrag der Versicherungsnehmerin einen Unfall:

Vertrag:            UV-620 1187 (Kinderunfall Plus)
Versicherungsnehmerin: Daniela Schreiber, Bad Hersfeld
versicherte Person: Luca Schreiber, geb. 14.08.2016
Unfalltag:          08.02.2025, ca. 15:30 Uhr
Hergang:            Sturz mit dem Fahrrad auf dem Schulweg (Glätte),
                    auf den rechten Arm gefallen
Verletzung:         distale Radiusfraktur rechts (S52.5), Notaufnahme
                    Klinikum Bad Hersfeld, Reposition unter Narkose,
                    Oberarmgips für 6 Wochen
stationär:          08.02.–10.02.2025

Die Mutter fragt nach dem Krankenhaustagegeld und ob eine Invalidität
infrage kommt, falls die Beweglichkeit eingeschränkt bleibt. Ich habe ihr
gesagt, dass das erst später beurteilt werden kann.

Die Unfallanzeige (unterschrieben) und den Entlassbrief schicke ich per
Agenturportal nach.

Freundliche Grüße
Melanie Hagedorn
Agentur Hagedorn · Agentur-Nr. 0471/31
""")


@mail("NORMAL", "de", "agent-office",
      "trap: Werbemittelbestellung Flyer Pflegezusatz und Kinderunfall, keine Personen")
def m021():
    return dict(
        frm="Petra Lenz <p.lenz@agentur.lindgruen.example>",
        to="Werbemittelshop <werbemittel@lindgruen.example>",
        subject="Bestellung Agentur 0471/31",
        body="""Hallo,

für die Agentur Hagedorn (0471/31) bitte folgende Werbemittel:

WM-0288  Flyer „Pflegezusatz – Wenn Mama Pflege braucht“     500 Stk
WM-0301  Flyer „Kinderunfall – weil Kinder Kinder sind“       250 Stk
WM-0412  Kuscheltier Lindi                                      20 Stk
WM-0150  Kugelschreiber grün                                   200 Stk
WM-0077  Roll-up „Gesundheitstag“ (Leihgabe, 14.–16.03.)         1 Stk

Lieferung bitte an die Agentur, Linggplatz 5, 36251 Bad Hersfeld.
Das Roll-up brauchen wir für den Gesundheitstag im Einkaufszentrum, bitte
rechtzeitig!

Danke & Gruß
Petra Lenz
Büro Agentur Hagedorn
""")


@mail("CONFIDENTIAL", "de", "agent-to-customer",
      "Terminbestätigung Jahresgespräch mit Auflistung der Sachverträge und Nummern des Kunden, ICS")
def m022():
    ics = textfile("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindgruen Agentur Demir//LIVIA//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:livia-termin-250220-1830-demir@agentur.lindgruen.example
DTSTAMP:20250214T081500Z
DTSTART;TZID=Europe/Berlin:20250220T183000
DTEND;TZID=Europe/Berlin:20250220T193000
SUMMARY:Jahresgespräch Lindgrün – Agentur Demir
LOCATION:Agentur Demir\\, Wilhelmshöher Allee 250\\, 34119 Kassel
ORGANIZER;CN=Ayşe Demir:mailto:a.demir@agentur.lindgruen.example
ATTENDEE;CN=Thomas Reuter:mailto:thomas.reuter@webpost.example
END:VEVENT
END:VCALENDAR
""")
    return dict(
        frm="Ayşe Demir <a.demir@agentur.lindgruen.example>",
        to="Thomas Reuter <thomas.reuter@webpost.example>",
        subject="Terminbestätigung Jahresgespräch 20.02., 18:30 Uhr",
        body="""Hallo Herr Reuter,

hiermit bestätige ich unseren Termin am Donnerstag, 20.02.2025, 18:30 Uhr
in meiner Agentur. Die Einladung für Ihren Kalender hängt an.

Wir gehen Ihre Verträge durch:
- Kfz-Versicherung KR-4455-190228 (KS-TR 77), Vollkasko läuft seit 2019 –
  bei dem Fahrzeugalter lohnt sich evtl. Teilkasko
- Hausrat HR 30 602 558 (Versicherungssumme 52.000 €)
- Privathaftpflicht PH 20 330 917
- Rechtsschutz RS 40 118 226 (Verkehr + Privat)

Bitte bringen Sie, wenn möglich, die letzte Beitragsrechnung Ihres
Wohngebäudeversicherers mit – da können wir bestimmt was machen.

Bis Donnerstag!
Ayşe Demir
Lindgrün Versicherung – Agentur Kassel-Wilhelmshöhe
Tel. 0561 555-6620
""",
        atts=[("Termin_Jahresgespraech.ics", ics, "text/calendar")])


@mail("STRICTLY_CONFIDENTIAL", "de", "agent-to-customer",
      "Termin zur Altersvorsorge: private Rentenversicherung (Leben) mit Vertragsnummer, Bruttoeinkommen, Geburtsdatum")
def m023():
    return dict(
        frm="Tobias Grünwald <t.gruenwald@agentur.lindgruen.example>",
        to="Katharina Lorenz <k.lorenz@freemail.example>",
        subject="Unser Termin am 26.02. – Rentencheck",
        body="""Hallo Frau Lorenz,

wie besprochen sehen wir uns am Mittwoch, 26.02., um 17:30 Uhr per
Videocall (Link kommt am Vortag).

Zur Vorbereitung habe ich schon mal gerechnet, mit den Angaben aus Ihrem
Fragebogen:
- geb. 17.09.1988, Beamtin auf Lebenszeit (A11), Hessen
- Bruttobezüge ca. 4.380 € / Monat
- bestehende private Rentenversicherung LV 7.203.118.4 bei uns,
  Beitrag 100 € mtl., garantierte Rente lt. Standmitteilung 2024: 212,40 €

Ihre Versorgungslücke mit 67 liegt nach meiner Rechnung bei rund 640 € im
Monat. Ich habe zwei Varianten vorbereitet (Dynamik erhöhen vs. zweiter
fondsgebundener Vertrag), die zeige ich Ihnen am Mittwoch.

Viele Grüße
Tobias Grünwald
Agentur Grünwald · Marburg
""")


@mail("NORMAL", "de", "internal",
      "trap: Stornoquoten Leben/BU je Agentur, aggregiert, keine Kunden")
def m024():
    csv = textfile("""Agentur;Agentur-Nr;Verträge Leben/BU Bestand;Stornos 2024;Stornoquote;davon Frühstorno <6 Mon.
GA Kessler Fulda;0471/12;1.284;38;2,96 %;4
Agentur Demir Kassel;0471/27;842;31;3,68 %;7
Agentur Hagedorn Bad Hersfeld;0471/31;955;22;2,30 %;2
International Desk Frankfurt;0471/40;611;29;4,75 %;9
Agentur Grünwald Marburg;0471/44;198;11;5,56 %;5
VD Mitte gesamt;;3.890;131;3,37 %;27
""", "windows-1252")
    return dict(
        frm="Frank Ullrich <frank.ullrich@lindgruen.example>",
        to="GA Mitte Verteiler <vd-mitte-agenturen@lindgruen.example>",
        subject="Stornoquoten Leben/BU 2024 – bitte vor dem Quartalsgespräch anschauen",
        body="""Hallo zusammen,

anbei die Stornoquoten Leben/BU 2024 je Agentur. Direktionsschnitt 3,37 %,
Zielwert bleibt unter 3 %.

Auffällig sind die Frühstornos beim International Desk und in Marburg. Das
ist kein Vorwurf – viele Kunden ziehen weg oder wechseln den Job. Wir
schauen uns im Quartalsgespräch gemeinsam an, wo wir mit besserer
Bedarfsanalyse vorbeugen können.

Gruß
Frank Ullrich
""",
        atts=[("Stornoquote_LV_BU_2024_VD_Mitte.csv", csv, "application/vnd.ms-excel")])


@mail("CONFIDENTIAL", "de", "internal",
      "Provisionsabrechnung eines Einzelunternehmer-Agenten mit Beträgen und privater IBAN")
def m025():
    return dict(
        frm="Provisionsabrechnung <provision@lindgruen.example>",
        to="Tobias Grünwald <t.gruenwald@agentur.lindgruen.example>",
        subject="Ihre Provisionsabrechnung Januar 2025 – Agentur 0471/44",
        body="""Sehr geehrter Herr Grünwald,

Ihre Provisionsabrechnung für Januar 2025 steht im Agenturportal bereit.
Die Übersicht:

Abschlussprovision Leben/BU         2.184,60 €
Abschlussprovision Sach/Kfz           611,25 €
Bestandspflegeprovision               418,90 €
Stornoreserve (Einbehalt 10 %)       -218,46 €
Rückbelastung Storno LV 7.198.004.2  -390,00 €
Zuschuss Agenturaufbau (Monat 14/36)  750,00 €
------------------------------------------------
Auszahlungsbetrag                   3.356,29 €

Die Überweisung erfolgt am 14.02.2025 auf Ihr Konto
DE40 7155 7172 0354 0858 76 (Tobias Grünwald).

Bitte beachten Sie: Als selbständiger Handelsvertreter nach § 84 HGB sind
Sie für die Versteuerung selbst verantwortlich. Umsatzsteuer fällt nach
§ 4 Nr. 11 UStG nicht an.

Mit freundlichen Grüßen
Ihre Provisionsabrechnung
Lindgrün Versicherung AG
""")


@mail("NORMAL", "de", "internal",
      "Erinnerung an IDD-Weiterbildungspflicht allgemein, keine Personen")
def m026():
    return dict(
        frm="Lindgrün Akademie <akademie@lindgruen.example>",
        to="Alle Agenturen <alle-agenturen@lindgruen.example>",
        subject="IDD-Weiterbildung 2025: 15 Stunden – so behalten Sie den Überblick",
        body="""Liebe Vertriebspartnerinnen und Vertriebspartner,

auch 2025 gilt: 15 Stunden Weiterbildung nach § 34d Abs. 9 GewO bzw.
§ 48 Abs. 2 VersVermV – für Sie selbst und für alle Mitarbeitenden in der
Agentur, die unmittelbar an der Vermittlung mitwirken.

Tipps:
- Ihr aktuelles Stundenkonto sehen Sie im Akademie-Portal unter „Mein Konto“.
- Webinare werden automatisch gutgeschrieben, Präsenzseminare nach Eingang
  der Teilnehmerliste (ca. 2 Wochen).
- Externe Nachweise bitte als PDF hochladen, nicht per Mail schicken.

Das Jahresprogramm 2025 ist online. Highlights: „Biometrie verkaufen ohne
Angst“, „Gewerbe-Sach für Einsteiger“, „Kommunikation am Telefon“.

Ihre Lindgrün Akademie
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "agent-to-backoffice",
      "CRM-Notiz: Jobverlust und depressive Episode (F32.1) eines Kunden, Krankentagegeld, BU-Anfrage")
def m027():
    return dict(
        date="2025-02-14 16:40",
        frm="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        to="Vertriebsinnendienst Mitte <vid-mitte@lindgruen.example>",
        subject="LIVIA-Notiz Jung, Michael – bitte erfassen + Rückfrage KT",
        body="""Heike, bitte als Notiz zu KdNr 100 290 447 (Jung, Michael) erfassen:

---
14.02.25, Telefonat 20 Min. (Kunde rief an)
Kunde ist seit 31.12. arbeitslos (Betriebsschließung Druckerei). Seit
Oktober krankgeschrieben, Diagnose lt. Kunde „mittelgradige depressive
Episode“ (F32.1), ambulante Psychotherapie 1x wöchentlich, Sertralin.
Fragt, ob das Krankentagegeld (KV 88 377 104-01, Tarif KT42) weiterläuft,
obwohl er keinen Arbeitgeber mehr hat. Außerdem, ob er aus der
BU (BU-2210457) was bekommen kann.
Kunde wirkte sehr niedergeschlagen. Nicht verkaufen, nur helfen!
WV: 28.02. nachfragen.
---

Rückfrage an euch: wie ist das mit dem KT bei Arbeitslosigkeit – ruht
das nicht? Kannst du das mit der Leistungsabteilung klären, bevor ich ihm
was Falsches sage? Und die BU-Leistungsantragsunterlagen bitte direkt an
ihn schicken, er traut sich nicht, das selbst anzufordern.

Danke, Bertram
""")


@mail("NORMAL", "de", "internal",
      "trap: IT-Ticket zum BU-Rechner mit Testfall Max Mustermann (fiktiv), Gesundheitsfragen nur als Feldnamen")
def m028():
    return dict(
        date="2025-02-18 10:45",
        frm="Jonas Wetzel <j.wetzel@agentur.lindgruen.example>",
        to="Service-Desk <servicedesk@lindgruen.example>",
        subject="Ticket LIVIA: BU-Angebotsrechner – Gesundheitsfragen werden nicht gedruckt",
        body="""Hallo Service-Desk,

im BU-Angebotsrechner (LIVIA 25.1) fehlt seit dem Update im PDF-Ausdruck
der Block „Gesundheitsfragen 1–9“. Auf dem Bildschirm ist er da, im
Druck-PDF ist die Seite leer.

Nachgestellt mit unserem Testkunden:
  Name:      Max Mustermann (fiktiver Testkunde der Agentur)
  Beruf:     Bürokaufmann, Berufsgruppe 1
  Rente:     1.500 € / Endalter 67
  Diagnosen: keine (alle Fragen mit „nein“ beantwortet)

Schritte: Angebot neu → BU Vital → Gesundheitsfragen ausfüllen →
„Angebot drucken“ → Seite 4 leer.
Browser: Edge 121, Tablet-App gleicher Fehler.

Betrifft vermutlich alle Agenturen. Bitte dringend, wir haben diese Woche
vier BU-Termine.

Viele Grüße
Jonas Wetzel (Auszubildender)
GA Kessler, Fulda · Agentur-Nr. 0471/12
""")


@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "Versicherungsbestätigung für Scheidungsanwältin: Eheleute als VN von Wohngebäude und Hausrat, Summen, Vertragsnummern")
def m029():
    return dict(
        frm="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        to="RAin Dr. Claudia Seeger <seeger@kanzlei-seeger-fulda.example>",
        subject="Ihr Zeichen 0117/25 Sch – Versicherungsverhältnisse Eheleute Schulz",
        body="""Sehr geehrte Frau Dr. Seeger,

Ihre Mandantin, Frau Anja Schulz, hat mich mit Vollmacht vom 10.02.2025
gebeten, Ihnen die bei uns bestehenden Sachversicherungen zu bestätigen.
Die Vollmacht liegt mir im Original vor.

1. Wohngebäudeversicherung WG 50 118 332
   Versicherungsort: Eichenweg 4, 36119 Neuhof
   Versicherungsnehmer: Anja und Markus Schulz (gemeinsam)
   Versicherungssumme Wert 1914: 24.800 Mark, Jahresbeitrag 912,40 €
2. Hausratversicherung HR 30 214 776
   Versicherungsnehmer: Markus Schulz
   Versicherungssumme: 85.000 €, inkl. Wertsachen bis 20 %

Schäden in den letzten fünf Jahren: ein Leitungswasserschaden 2021
(Regulierung 6.230 €).

Zu weiteren Verträgen Ihrer Mandantin bzw. des Ehemannes kann ich ohne
dessen Zustimmung keine Auskunft geben.

Mit freundlichen Grüßen
Bertram Kessler
Generalagent der Lindgrün Versicherung
""")


@mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "BU-Antrag eines Expats: englischer Arztbrief mit Asthma J45.0 und Salbutamol als Zitat in deutscher Mail")
def m030():
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Risikoprüfung Leben <risikopruefung-leben@lindgruen.example>",
        subject="BU-Antrag 25-BU-0194012 Hughes, Rebecca – Arztbericht (englisch)",
        body="""Hallo Frau Vogt,

zu Antrag 25-BU-0194012 (Rebecca Hughes, geb. 02/11/1990, Projektmanagerin)
hier der Bericht ihres Hausarztes aus Manchester, den Sie angefordert hatten.
Die Kundin hat ihn mir abfotografiert, ich habe ihn abgetippt – Original
kommt per Post. Eine Übersetzung brauchen Sie hoffentlich nicht?

----- Bericht -----
Dr. Alan Whitfield, MBBS MRCGP
Chorlton Family Practice, Manchester

To whom it may concern,
Ms Rebecca Hughes has been registered with this practice since 2009. She
has mild intermittent asthma (ICD-10 J45.0), diagnosed in childhood. She
uses a salbutamol inhaler 100 micrograms as required, on average less than
once a week. No hospital admissions, no oral steroids in the last ten
years. Lung function in March 2023 was normal. She does not smoke.
In my opinion her condition does not limit her ability to work.
Yours faithfully, A. Whitfield
----- Ende -----

Wenn das für eine Annahme zu Normalbedingungen reicht, wäre die Kundin sehr
froh – sie hat bei einem anderen Versicherer einen Ausschluss Atemwege
angeboten bekommen.

Viele Grüße
Daniel O'Connor
International Desk Frankfurt
""")


@mail("NORMAL", "en", "internal",
      "trap: product launch note for a new income-protection tariff, health questions and diagnoses only in general terms")
def m031():
    return dict(
        frm="Astrid Lund <astrid.lund@lindgruen.example>",
        to="International Desk <international-desk@agentur.lindgruen.example>",
        subject="BU Vital launch on 1 April – what changes for your customers",
        body="""Hi team,

a quick English summary of the BU Vital launch, since the official product
mail went out in German only (sorry about that – we're working on it).

What's new
- Only 9 health questions instead of 14; look-back period 3 years for
  outpatient treatment (5 years for psychotherapy), 5 years inpatient.
- Conditions that no longer need to be disclosed if fully healed and
  treatment ended more than 12 months ago: e.g. uncomplicated fractures,
  allergies without regular medication, a single episode of back pain.
- Conditions that still go to underwriting as before: diabetes, depression
  and anxiety disorders, cancer, heart disease, slipped discs.
- New "Einstiegs-Option" for young professionals: lower premium for the
  first 5 years.
- Guaranteed increase option on marriage, birth of a child, buying a
  property or a salary increase of 10 %+, without new health questions.

Sales material in English (product sheet, FAQ, objection handling) will be
in the Academy by 20 March. Until then please use the German calculator
and translate on the fly – you're good at that anyway.

Astrid
""")


@mail("CONFIDENTIAL", "en", "agent-to-customer",
      "household and liability quote for a named couple with birth dates, new shared address and marriage date")
def m032():
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="Tomasz Nowak <tomasz.nowak@webpost.example>",
        cc="Elin Nowak <elin.nowak@webpost.example>",
        subject="Your quote – household contents & personal liability (family)",
        html="""<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Dear Tomasz, dear Elin,</p>
<p>congratulations again on the wedding! As promised, here is the quote for your new flat.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th align="left">Policyholders</th><td>Tomasz Nowak (born 21/04/1991) and Elin Nowak (born 09/12/1993)</td></tr>
<tr><th align="left">Address insured</th><td>Oeder Weg 112, 60318 Frankfurt am Main, 3rd floor</td></tr>
<tr><th align="left">Household contents</th><td>sum insured EUR 58,500 (90 m&sup2; &times; 650), incl. bicycles up to EUR 3,000</td></tr>
<tr><th align="left">Personal liability</th><td>family tariff, EUR 50 m, incl. rented property damage</td></tr>
<tr><th align="left">Start</th><td>1 March 2025 (date of the marriage certificate: 7 Feb 2025)</td></tr>
<tr><th align="left">Premium</th><td>EUR 24.90 per month in total</td></tr>
</table>
<p>Elin's old liability policy with her previous insurer can be cancelled with the marriage as a special reason &ndash; I've attached nothing yet, just let me know and I'll prepare the letter.</p>
<p>Best regards<br>Priya Raman<br>International Desk Frankfurt &ndash; Lindgr&uuml;n Versicherung</p>
</body></html>""",
        body="""Dear Tomasz, dear Elin,

congratulations again on the wedding! As promised, here is the quote for your
new flat.

Policyholders:      Tomasz Nowak (born 21/04/1991) and Elin Nowak (born 09/12/1993)
Address insured:    Oeder Weg 112, 60318 Frankfurt am Main, 3rd floor
Household contents: sum insured EUR 58,500 (90 m² x 650), incl. bicycles up to EUR 3,000
Personal liability: family tariff, EUR 50 m, incl. rented property damage
Start:              1 March 2025 (date of the marriage certificate: 7 Feb 2025)
Premium:            EUR 24.90 per month in total

Elin's old liability policy with her previous insurer can be cancelled with
the marriage as a special reason - I've attached nothing yet, just let me
know and I'll prepare the letter.

Best regards
Priya Raman
International Desk Frankfurt - Lindgrün Versicherung
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "forwarded customer mail: trip cancelled because mother hospitalised with cancer, travel cancellation claim")
def m033():
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Leistung Reise <leistung-reise@lindgruen.example>",
        subject="FW: Cancelled trip to Goa – claim / Reiserücktritt RR-7730442",
        body="""Hallo Reise-Team,

Schadenmeldung Reiserücktritt für Herrn Pillai, Vertrag RR-7730442
(Jahresvertrag Familie). Er hat die Reise wegen der Erkrankung seiner Mutter
storniert – nach den AVB ist die Mutter als Angehörige mitversichert, oder?
Stornorechnung und ärztliches Attest aus Kochi hat er mir geschickt, ich
lade beides ins Portal.

Danke!
Daniel

-----Original Message-----
From: Vivek Pillai <vivek.pillai@mailbox.example>
Sent: Thursday, February 13, 2025 11:26 PM
To: Daniel O'Connor
Subject: Cancelled trip to Goa

Hi Daniel,

sorry for the late mail. We had to cancel our family holiday to Goa (flight
on 20 Feb, 4 persons, EUR 3,860 incl. hotel). My mother was admitted to
Amrita hospital in Kochi last week, they found a tumour in her colon and she
is having surgery on Monday. I'm flying there alone on Saturday instead.

The tour operator charged 80 % cancellation fee. Can I claim this on our
travel insurance? I have the doctor's letter (in English) and the invoice.

Thanks, Vivek
""")


@mail("NORMAL", "en", "internal",
      "trap: colleague out Thu/Fri without a reason, office logistics")
def m034():
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Lena Fischer <l.fischer@agentur.lindgruen.example>",
        cc="Priya Raman <p.raman@agentur.lindgruen.example>",
        subject="next week",
        body="""Lena,

couple of things for next week:
- I'm out Thu/Fri, Priya covers my calls. Please move the Tuesday 4pm to
  Wednesday if the client agrees.
- The big printer is jamming again, can you call the Kyocera guy?
- Team lunch Wednesday at the Vietnamese place, my treat (Gipfelstürmer
  points are looking good).

D.
""")


@mail("CONFIDENTIAL", "en", "agent-to-company",
      "fleet policy of a company: named fleet contact, drivers list with names and licence dates, plates, policy number")
def m035():
    xl = xlsx([
        ["Plate", "Vehicle", "Main driver", "Licence since", "Use"],
        ["F-BL 1001", "Tesla Model 3", "Hannah Becker", "2011", "pool"],
        ["F-BL 1002", "VW ID.4", "Marcus Oyelaran", "2004", "sales"],
        ["F-BL 1003", "VW ID.4", "Sofia Marchetti", "2016", "sales"],
        ["F-BL 1004", "Skoda Enyaq", "Jens Albrecht", "1998", "management"],
        ["F-BL 1005", "VW ID. Buzz Cargo", "pool (all staff)", "", "facility"],
    ], "Fleet")
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="Hannah Becker <h.becker@brightlake-systems.example>",
        subject="Fleet policy KR-FL-90 4471 – updated vehicle & driver list",
        body="""Dear Hannah,

thanks for the updated list. I've added the Enyaq and the ID. Buzz to the
fleet policy KR-FL-90 4471 (Brightlake Systems GmbH) from 1 March. Please
double-check the attached list – the main driver for F-BL 1004 is new
(Mr Albrecht), and I need to know whether employees under 23 ever use the
pool van, because that changes the rating.

Premium adjustment for the two new vehicles: EUR 1,912.40 p.a. pro rata.
Updated fleet schedule follows by post.

""" + SIG_RAMAN,
        atts=[("Brightlake_fleet_2025-03.xlsx", xl)])


@mail("STRICTLY_CONFIDENTIAL", "en", "company",
      "body harmless; CSV from employer HR lists employees' names, birth dates and salary conversion for bAV direct insurance")
def m036():
    csv = textfile("""employee_id,last_name,first_name,date_of_birth,start_date,gross_salary_eur,conversion_eur_month,tariff
BL-0148,Oyelaran,Marcus,1983-06-14,2025-04-01,78400,302,DI-Klassik
BL-0173,Marchetti,Sofia,1995-02-27,2025-04-01,56200,150,DI-Fonds
BL-0190,Yamamoto,Ken,1989-10-03,2025-04-01,91000,302,DI-Fonds
BL-0211,Becker,Hannah,1986-01-19,2025-04-01,64800,200,DI-Klassik
BL-0225,Kaya,Deniz,1999-08-08,2025-04-01,47500,100,DI-Fonds
""")
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="bAV-Service <bav-service@lindgruen.example>",
        subject="FW: bAV enrolment April – Brightlake Systems GmbH (RV-GR 2201)",
        body="""Hallo bAV-Team,

anbei die Anmeldungen zum 01.04. für den Gruppenvertrag RV-GR 2201
(Brightlake Systems GmbH), Liste kommt direkt von der Personalabteilung.
Bitte Policen an die Firma, Kopie an mich.

Danke, Priya

---------- Forwarded message ---------
From: Hannah Becker <h.becker@brightlake-systems.example>
Date: Fri, 14 Feb 2025 at 16:40
Subject: bAV enrolment April
To: Priya Raman <p.raman@agentur.lindgruen.example>

Hi Priya, here are the five new sign-ups for April. Ken's conversion is the
maximum tax-free amount. Thanks! Hannah

Hannah Becker · People & Culture · Brightlake Systems GmbH
""",
        atts=[("bAV_enrolment_2025-04.csv", csv, "text/csv")])


@mail("NORMAL", "en", "newsletter",
      "trap: sales newsletter story about critical-illness sales at a health fair, no customer identifiable")
def m037():
    return dict(
        frm="Sales Excellence <sales-excellence@lindgruen.example>",
        to="All agencies EN <agencies-en@lindgruen.example>",
        subject="Sales Excellence Monthly – February",
        html_only=True,
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;max-width:640px">
<h1 style="font-size:22px;color:#1b5e20">Sales Excellence Monthly &middot; February 2025</h1>
<h2 style="font-size:17px">Spotlight: 14 critical illness policies in one weekend</h2>
<p>Agency Demir in Kassel set up a stand at the regional health fair last autumn.
Visitors could have their blood pressure measured by a local pharmacy, and Ay&scedil;e and
her team used the waiting time for short conversations about &ldquo;what happens to your
income if you get seriously ill&rdquo;.</p>
<p>The result: 112 conversations, 31 appointments, 14 critical illness and 6 income
protection policies. &ldquo;People talk very openly about cancer, heart attacks and strokes in
their families when you give them time,&rdquo; says Ay&scedil;e. &ldquo;We never ask for details on
the spot &ndash; that belongs in the application, not at the stand.&rdquo;</p>
<h2 style="font-size:17px">Numbers of the month</h2>
<ul><li>Referral rate across all agencies: 18 % (+3 pts)</li>
<li>Average time from first meeting to signed application: 23 days</li>
<li>Top product in new business: household contents bundle</li></ul>
<p style="font-size:11px;color:#666">Lindgr&uuml;n Versicherung AG &middot; Sales Excellence &middot; internal use only</p>
</body></html>""")


@mail("CONFIDENTIAL", "en", "agent-to-customer",
      "motor claim without injuries: claim number, plate, no-claims downgrade and new premium for a named customer")
def m038():
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Megan Sullivan <megan.sullivan@freemail.example>",
        subject="Re: Accident on the A66 – what happens to my premium?",
        body="""Hi Megan,

glad to hear nobody was hurt – that's the main thing.

Your claim is registered under KS-25-0031887 (policy KR-4471-556902,
F-MS 414). The other driver's insurer has already confirmed contact. As you
hit the car in front, our liability cover pays the other party's damage;
your own damage goes through your comprehensive cover (EUR 500 deductible).

Effect on your premium from 1 January 2026:
  current SF class 9  -> SF class 4 after one liability claim
  liability premium:  EUR 412 -> approx. EUR 574 per year

Tip: if the other party's damage ends up below roughly EUR 1,200, it can be
cheaper to repay it yourself and keep your SF class. We'll get a letter
about that option once the claim is settled.

""" + SIG_ODC + """

> On 12 Feb 2025, Megan Sullivan wrote:
> Daniel, I rear-ended someone in the traffic jam near Hofheim this morning.
> Nobody hurt, both cars drivable. What do I do now and will my insurance go up?
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "agent-to-customer",
      "term life / critical illness application: underwriting asks for thyroid disease details (Hashimoto, E06.3, levothyroxine)")
def m039():
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="Claire Dubois <claire.dubois@mailbox.example>",
        subject="Your application 25-RL-0087721 – one more question from underwriting",
        body="""Dear Claire,

quick update on your term life and critical illness application
(25-RL-0087721): underwriting has looked at everything and has just one
question left about the thyroid condition you mentioned in the health
questions.

They would like:
1. the diagnosis as stated by your endocrinologist (you wrote "Hashimoto",
   the ICD code on your invoice was E06.3),
2. your current dose of levothyroxine (you mentioned 75 µg, is that still
   right?),
3. the last TSH value and date of the check-up.

A copy of the last lab report is enough – you can upload it via the link I
sent last week or simply reply to this mail with the PDF.

Good news is that they don't expect a surcharge for a stable, treated
Hashimoto, so we should be able to close this quickly.

""" + SIG_RAMAN)


@mail("NORMAL", "en", "internal",
      "contest rules FAQ in English, no personal data")
def m040():
    return dict(
        frm="Carina Beck <carina.beck@lindgruen.example>",
        to="International Desk <international-desk@agentur.lindgruen.example>",
        subject="Gipfelstürmer 2025 – rules in English (FAQ)",
        body="""Hi all,

as requested, the most important contest rules in English:

Q: Which period counts?
A: Applications received between 1 January and 31 March 2025, policies
   issued by 30 April.

Q: How are points calculated?
A: Annual premium x factor. Life/income protection factor 2, health
   supplementary 1.5, motor 1, property bundle (3+ lines) 1 + 150 bonus.

Q: Do cancellations count against us?
A: Yes, if the policy is cancelled within 6 months the points are deducted
   again.

Q: Can an agency bring a companion to Lisbon?
A: One companion per winning agent. Office staff of winning agencies join
   as a group of max. two.

Q: Who decides in case of a tie?
A: The higher number of new customers.

Full rules (German, legally binding) are in the sales portal.

Carina
""")


@mail("NORMAL", "mixed", "internal",
      "agent asks the academy whether a training exists in English; seminar titles only")
def m041():
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Lindgrün Akademie <akademie@lindgruen.example>",
        subject="Seminar „Biometrie verkaufen ohne Angst“ auf Englisch?",
        body="""Hallo liebes Akademie-Team,

gibt es das Seminar „Biometrie verkaufen ohne Angst“ auch auf Englisch oder
zumindest die Unterlagen? Wir beraten am International Desk fast nur auf
Englisch und die Kolleginnen würden gern teilnehmen.

Falls nicht, hier ein Vorschlag, was uns am meisten helfen würde:

  "Talking about health questions with international clients – why German
   insurers ask more, what 'vorvertragliche Anzeigepflicht' means and how
   to explain it without scaring people off"

Wir könnten auch selbst ein paar Fallbeispiele beisteuern (anonymisiert
natürlich).

Danke und viele Grüße
Daniel O'Connor
International Desk Frankfurt
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "agent-to-backoffice",
      "health claim: ski accident with ACL rupture (S83.53), MRI, surgery, physiotherapy invoices of a named customer")
def m042():
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="KV Leistung International <kv-leistung-international@lindgruen.example>",
        subject="Invoices Jensen, Mads – KV 88 509 230-01 – ski accident",
        body="""Hello colleagues,

Mr Mads Jensen (KV 88 509 230-01, tariff Expat Premium) asked me to forward
the following invoices after his ski accident in Ischgl on 25 January. He
can't upload them himself because the app keeps rejecting the Austrian PDFs.

1. Ambulanz Ischgl, first aid and X-ray                 EUR   412.00
2. Sportklinik Frankfurt, MRI right knee (27 Jan)      EUR   718.33
   diagnosis: rupture of the anterior cruciate ligament (S83.53),
   bone bruise lateral femoral condyle
3. Sportklinik Frankfurt, arthroscopic ACL
   reconstruction, 2 nights inpatient (5-7 Feb)         EUR 6,904.12
4. Physiotherapie am Main, 10 sessions KG + lymph       EUR   486.00
5. Orthopädie-Technik Lenz, knee brace                  EUR   289.90

He asks whether the hospital daily allowance (Krankenhaustagegeld) is paid
automatically or if he has to apply separately. He'll be on sick leave
until mid-March.

Scans are uploaded to the agency portal under case ID 25-0211-MJ.

Thanks
Daniel
""")


@mail("CONFIDENTIAL", "en", "agent-to-customer",
      "cancellation of household policy on moving abroad: policy number, refund and the customer's Dutch IBAN")
def m043():
    return dict(
        frm="Lena Fischer <l.fischer@agentur.lindgruen.example>",
        to="Pieter van Dijk <pieter.vandijk@webpost.example>",
        subject="Confirmation: cancellation of your household insurance HR 30 699 184",
        body="""Dear Mr van Dijk,

we confirm the cancellation of your household contents insurance
HR 30 699 184 with effect from 28 February 2025, the date you move back to
Utrecht. Your personal liability policy PH 20 611 053 ends on the same date.

You have paid the annual premium until 31 December 2025, so you will receive
a refund of EUR 142.35 within about three weeks to the account you gave us:

  IBAN NL60 ABNA 0677 2770 51
  Account holder: P. J. van Dijk

Please send us the Abmeldebestätigung from the Bürgeramt as soon as you
have it – we need it for our files.

We wish you all the best for the move. If you ever come back to Frankfurt,
you know where to find us!

Kind regards
Lena Fischer
International Desk Frankfurt
""")


@mail("NORMAL", "en", "agent-to-customer",
      "trap: prospect postpones a first meeting because of a 'family emergency', no health detail, no contract")
def m044():
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="Samuel Adeyemi <s.adeyemi@mailbox.example>",
        subject="Re: Meeting Thursday",
        body="""Dear Samuel,

no problem at all, family comes first. I hope everything is alright.

Just let me know when things have calmed down and we'll find a new date
for the first meeting – evenings and Saturdays are fine for me too.

Best regards
Priya

> Hi Priya, I'm sorry but I need to cancel Thursday, we have a family
> emergency and I have to travel to Lagos tomorrow. I'll get back to you.
> Samuel
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "visit report: divorce, custody, customer in therapy, beneficiary change of his term life policy")
def m045():
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        subject="visit report Fitzgerald – for CRM + your view on the beneficiary thing",
        body="""Daniel,

could you enter this in LIVIA for me (KdNr 100 498 311)? My tablet is
with IT.

Visit 17 Feb, 7pm, at the client's new flat in Sachsenhausen.
Present: Liam Fitzgerald.

- Divorce filed in December, wife moved back to Cork with the kids in
  January. Joint custody, kids with the mother during the school year.
- Liam says he's "not doing great", sees a therapist since the separation
  and is on antidepressants. Wanted to talk about "making sure the kids are
  OK if something happens".
- Term life LV 7.150.662.0 (EUR 400k): beneficiary is still his wife
  (revocable). He wants to change it to the two children, 50/50, and a
  trustee until they are 25. Needs proper form + maybe a lawyer.
- Household: new flat, new policy needed, old one was in the wife's name.

Next steps: beneficiary change form (LV-BZ 12) sent; household quote by
Friday; follow-up call 3 March.

My question: can we set up a trustee clause or does he need a will for
that? You had a similar case last year, didn't you?

P.
""")


@mail("NORMAL", "de", "internal",
      "Einladung Quartalsgespräch mit ICS, keine Personendaten")
def m046():
    ics = textfile("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindgruen//Outlook//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:vd-mitte-q1-2025@lindgruen.example
DTSTAMP:20250217T070000Z
DTSTART;TZID=Europe/Berlin:20250407T100000
DTEND;TZID=Europe/Berlin:20250407T153000
SUMMARY:Quartalsgespräch VD Mitte Q1/2025
LOCATION:Direktion Kassel\\, Raum Habichtswald (3. OG)
ORGANIZER;CN=Frank Ullrich:mailto:frank.ullrich@lindgruen.example
DESCRIPTION:Agenda: Zielerreichung Q1\\, Storno\\, Gipfelstürmer\\, BU Vital\\, LIVIA-Feedback. Mittagessen inklusive.
END:VEVENT
END:VCALENDAR
""")
    return dict(
        frm="Frank Ullrich <frank.ullrich@lindgruen.example>",
        to="GA Mitte Verteiler <vd-mitte-agenturen@lindgruen.example>",
        subject="Einladung: Quartalsgespräch VD Mitte Q1/2025",
        body="""Hallo zusammen,

hiermit die Einladung zum Quartalsgespräch am 07.04., 10:00–15:30 Uhr, in
der Direktion. Bitte bringt eure Planung Q2 mit und zwei konkrete
Kundenanlässe, bei denen die Bedarfsanalyse gut oder schlecht gelaufen ist
(ohne Namen, bitte!).

Gruß
Frank
""",
        atts=[("Quartalsgespraech_Q1.ics", ics, "text/calendar")])


@mail("CONFIDENTIAL", "de", "agent-to-backoffice",
      "Kfz-Schadenmeldung ohne Personenschaden: Namen, Kennzeichen, Vertragsnummer, Unfallgegner")
def m047():
    return dict(
        frm="Ayşe Demir <a.demir@agentur.lindgruen.example>",
        to="Kfz-Schaden <kfz-schaden@lindgruen.example>",
        subject="Schadenmeldung Kfz – VN Yusuf Arslan – KR-4455-301127",
        body="""Sehr geehrte Damen und Herren,

Schadenmeldung für unseren Kunden:

VN / Fahrer:      Yusuf Arslan, Kassel
Vertrag:          KR-4455-301127, Haftpflicht + Teilkasko
Fahrzeug:         Ford Focus, KS-YA 1904
Schadentag/-ort:  17.02.2025, 07:50 Uhr, Kassel, Kreuzung Wolfhager Str./
                  Hegelsbergstraße
Hergang:          Kunde wollte links abbiegen, Gegenverkehr (Linienbus)
                  übersehen, seitlicher Zusammenstoß mit geringer
                  Geschwindigkeit
Gegner:           KVG Kassel, Bus KS-VG 552, Fahrer Herr Wendt
Verletzte:        keine – Polizei vor Ort, nur Sachschaden, kein Verwarngeld
Schaden eigenes Fz.: Kotflügel + Scheinwerfer links, fahrbereit

Der Kunde ist sehr zerknirscht, ist sein erster Unfall in 22 Jahren.
Bitte Rückstufung erst mal nicht kommunizieren, das mache ich persönlich.

Fotos und Unfallskizze lade ich ins Portal.

Mit freundlichen Grüßen
Ayşe Demir
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "agent-to-backoffice",
      "Antrag Pflegetagegeld: Blutdruckmedikament und Hausarzt der Antragstellerin nachgemeldet")
def m048():
    return dict(
        frm="Melanie Hagedorn <m.hagedorn@agentur.lindgruen.example>",
        to="Antragsservice Kranken/Pflege <antrag-kv@lindgruen.example>",
        subject="Nachmeldung zu Antrag PT 25-044187 - Frau Ingrid Fuchs",
        charset="iso-8859-1",
        body="""Hallo Antragsservice,

zu Antrag PT 25-044187 (Pflegetagegeld PTG 3, Frau Ingrid Fuchs,
geb. 02.06.1962) muss ich was nachmelden.

Im Gespräch hatten wir Frage 2 (Medikamente in den letzten 3 Jahren)
mit "nein" beantwortet. Beim Kaffee hinterher hat sie dann erwähnt, dass sie
"nur was gegen den Blutdruck" nimmt - Ramipril 5 mg seit 2022, verordnet
vom Hausarzt Dr. Kranz in Bad Hersfeld. Sonst nichts, keine Behandlung
beim Facharzt, keine Klinik.

Hintergrund: Die Mutter von Frau Fuchs ist seit letztem Jahr in Pflegegrad
4 im Heim, deshalb will sie unbedingt vorsorgen.

Bitte den Antrag entsprechend ergänzen, geänderte Seite 3 mit Unterschrift
der Kundin kommt per Post. Lieber jetzt korrekt als später
Anzeigepflichtverletzung.

Gruß
Melanie Hagedorn
Agentur Hagedorn
""")


@mail("NORMAL", "de", "agent-office",
      "trap: Abwesenheiten ohne Gesundheitsgrund (Berufsschule, Überstunden; Zahnarzt im Haus nur als Flyer-Kooperation)")
def m049():
    return dict(
        frm="Sabine Roth <s.roth@agentur.lindgruen.example>",
        to="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        subject="Woche ab 24.2.",
        body="""Hi Bertram,

kurz zur Planung nächste Woche:
- Jonas ist Mo+Di in der Berufsschule, Freitag hat er frei (Überstunden)
- ich bin Mittwochnachmittag beim Zahnarzt-Kollegen im Haus wegen der
  Kooperation (Flyer auslegen), ab 15 Uhr wieder da
- Rosenmontag 03.03. machen wir um 12 zu, Aushang hängt

Die Kaffeemaschine ist übrigens repariert, 89 € – Rechnung liegt auf deinem
Tisch.

Sabine
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "agent-office",
      "Krankmeldung einer Agenturmitarbeiterin mit Diagnose (Magen-Darm-Infekt) und AU-Dauer")
def m050():
    return dict(
        frm="Sabine Roth <s.roth@agentur.lindgruen.example>",
        to="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        subject="Jonas krank",
        body="""Bertram,

Jonas hat eben angerufen, er hat sich den Magen-Darm-Virus eingefangen,
der gerade in der Berufsschule rumgeht. Er war heute früh beim Arzt,
AU bis einschließlich Mittwoch, die Bescheinigung kommt per Post. Ich
hab ihm gesagt, er soll sich auskurieren und bloß nicht mit Fieber hier
auftauchen.

Seine Termine:
- Di 10:00 Frau Möller Geburtstagsbesuch -> mache ich
- Mi Werbemittel-Inventur -> verschieben

Sabine

Von meinem Samsung Galaxy Smartphone gesendet.
""")


@mail("CONFIDENTIAL", "de", "agent-to-customer",
      "Jobverlust: Rechtsschutz-Deckungszusage für Kündigungsschutzklage, Arbeitgeber, Kündigungsdatum, Vertragsnummer")
def m051():
    return dict(
        frm="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        to="Andreas Kunz <andreas.kunz@kabelnet.example>",
        subject="Deckungszusage Rechtsschutz – Ihre Kündigung",
        body="""Hallo Herr Kunz,

gute Nachricht: Die Rechtsschutzabteilung hat heute die Deckungszusage für
die Kündigungsschutzklage erteilt.

Vertrag:        RS 40 207 719 (Privat-, Berufs- und Verkehrsrechtsschutz)
Schadennummer:  RS-25-0004418
Gegner:         Hessmann Antriebstechnik GmbH, Fulda
Kündigung:      betriebsbedingt zum 31.05.2025, zugegangen am 06.02.2025
Selbstbeteiligung: 150 €

Wichtig: Die Klage muss innerhalb von drei Wochen nach Zugang der
Kündigung beim Arbeitsgericht sein, also bis 27.02.! Sie hatten ja schon
Kontakt mit Herrn RA Brückner – die Schadennummer bitte an ihn geben, er
rechnet direkt mit uns ab.

Und wie besprochen: Um Ihre Kfz- und die Hausratversicherung machen wir uns
erst Gedanken, wenn klar ist, wie es weitergeht. Da ändern wir jetzt
nichts überstürzt.

Alles Gute und Kopf hoch!
Bertram Kessler
""" + "\n" + SIG_KESSLER)


@mail("NORMAL", "de", "internal",
      "trap: Produktinfo Hausrat 2025 mit Beitragsbeispielen für fiktive Musterhaushalte")
def m052():
    return dict(
        frm="Produktmanagement Sach <produkt-sach@lindgruen.example>",
        to="Alle Agenturen <alle-agenturen@lindgruen.example>",
        subject="Hausrat Komfort 2025 – neue Tarife ab 01.04.",
        html="""<html><body style="font-family:Arial">
<p>Liebe Vertriebspartner,</p>
<p>ab 01.04.2025 gilt der neue Tarif <b>Hausrat Komfort 2025</b>. Die wichtigsten Neuerungen:</p>
<ul>
<li>Fahrraddiebstahl rund um die Uhr bis 5.000 &euro; ohne Nachtzeitklausel</li>
<li>Unterversicherungsverzicht bei 750 &euro;/m&sup2;</li>
<li>Neu: Baustein &bdquo;Smart Home&ldquo; und Elementar ohne Wartezeit bei Vorversicherung</li>
</ul>
<p><b>Beitragsbeispiele</b> (Jahresbeitrag, Tarifzone 3, ohne Elementar):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Musterhaushalt</th><th>Wohnfläche</th><th>VS</th><th>Beitrag</th></tr>
<tr><td>Single, 28 J., Mietwohnung</td><td>45 m&sup2;</td><td>33.750 &euro;</td><td>79,20 &euro;</td></tr>
<tr><td>Paar, Mietwohnung</td><td>70 m&sup2;</td><td>52.500 &euro;</td><td>118,80 &euro;</td></tr>
<tr><td>Familie, 2 Kinder, Eigenheim</td><td>130 m&sup2;</td><td>97.500 &euro;</td><td>205,40 &euro;</td></tr>
<tr><td>Senioren, 70+, Eigentumswohnung</td><td>85 m&sup2;</td><td>63.750 &euro;</td><td>131,60 &euro;</td></tr>
</table>
<p>Umstellungsaktion Bestand: Kunden mit Tarifen vor 2018 bekommen im Mai ein Umstellungsangebot. Die Liste Ihrer Kunden finden Sie ab 15.04. in LIVIA.</p>
<p>Ihr Produktmanagement Sach</p>
</body></html>""",
        body="""Liebe Vertriebspartner,

ab 01.04.2025 gilt der neue Tarif Hausrat Komfort 2025. Die wichtigsten Neuerungen:
- Fahrraddiebstahl rund um die Uhr bis 5.000 € ohne Nachtzeitklausel
- Unterversicherungsverzicht bei 750 €/m²
- Neu: Baustein „Smart Home“ und Elementar ohne Wartezeit bei Vorversicherung

Beitragsbeispiele (Jahresbeitrag, Tarifzone 3, ohne Elementar):
Single, 28 J., Mietwohnung         45 m²   33.750 €    79,20 €
Paar, Mietwohnung                  70 m²   52.500 €   118,80 €
Familie, 2 Kinder, Eigenheim      130 m²   97.500 €   205,40 €
Senioren, 70+, Eigentumswohnung    85 m²   63.750 €   131,60 €

Umstellungsaktion Bestand: Kunden mit Tarifen vor 2018 bekommen im Mai ein
Umstellungsangebot. Die Liste Ihrer Kunden finden Sie ab 15.04. in LIVIA.

Ihr Produktmanagement Sach
""")


@mail("CONFIDENTIAL", "de", "agent-to-backoffice",
      "Zweitwagen für Sohn des Kunden: Geburtsdatum, Führerschein, begleitetes Fahren, Kennzeichen, Vertragsnummer")
def m053():
    return dict(
        frm="Ayşe Demir <a.demir@agentur.lindgruen.example>",
        to="Kfz-Service <kfz-service@lindgruen.example>",
        subject="Zweitwagen Öztürk – Sondereinstufung Fahranfänger?",
        body="""Hallo Kfz-Service,

Familie Öztürk (VN Murat Öztürk, Erstfahrzeug KR-4455-118004, SF 19) möchte
für den Sohn einen Zweitwagen versichern:

Fahrer:      Emre Öztürk, geb. 23.07.2007
Führerschein: Klasse B seit 24.07.2024, vorher BF17 seit 08/2023
Fahrzeug:    Opel Corsa F, EZ 2019, Kennz. KS-EÖ 723 (reserviert)
VN:          soll der Vater sein, Emre alleiniger Fahrer

Frage: Bekommen wir die Zweitwagenregelung mit SF ½ und dem Bonus für
begleitetes Fahren? Der Vater hat ja SF 19 und ist seit 1998 Kunde.
Telematik-Tarif „Lindi Drive“ wäre auch ok, Emre ist einverstanden.

Danke und Gruß
Ayşe Demir
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "agent-to-backoffice",
      "Risikolebensantrag: Raucherstatus, Größe/Gewicht (BMI 31), Bluthochdruck eines Antragstellers")
def m054():
    return dict(
        frm="Tobias Grünwald <t.gruenwald@agentur.lindgruen.example>",
        to="Risikoprüfung Leben <risikopruefung-leben@lindgruen.example>",
        subject="Antrag RL 25-RL-0088105 Schmitt, Patrick – Korrektur Raucherstatus",
        body="""Sehr geehrte Damen und Herren,

zum Antrag 25-RL-0088105 (Risikoleben, Patrick Schmitt, geb. 30.01.1984,
VS 250.000 €, Absicherung Baufinanzierung) bitte ich um folgende
Korrekturen, die der Kunde mir heute telefonisch mitgeteilt hat:

- Raucherstatus: nicht „Nichtraucher seit 2020“, sondern gelegentlicher
  Raucher (Partys, ca. 2–3 Zigaretten im Monat). Der Kunde möchte das
  korrekt angeben.
- Größe/Gewicht: 1,78 m / 98 kg (im Antrag versehentlich 89 kg)
- Blutdruck: wird seit Herbst vom Hausarzt beobachtet, bisher keine
  Medikamente, letzte Messung 145/92

Mir ist klar, dass das den Beitrag ändert. Bitte Raucher-Tarif neu
berechnen, ich bespreche das dann mit dem Kunden. Die Bank braucht die
Police bis 31.03.

Mit freundlichen Grüßen
Tobias Grünwald
Agentur Grünwald · Agentur-Nr. 0471/44
""")


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: Buchung einer Apotheke für Blutdruckmessung am Agentur-Gesundheitstag, keine Personen")
def m055():
    return dict(
        frm="Melanie Hagedorn <m.hagedorn@agentur.lindgruen.example>",
        to="Stadt-Apotheke Bad Hersfeld <info@stadtapotheke-hef.example>",
        subject="Gesundheitstag im Hersfelder Tor 14.–16.03. – Blutdruckmessung",
        body="""Sehr geehrte Frau Weidner,

vielen Dank für das nette Telefonat. Wie besprochen fasse ich zusammen:

Veranstaltung: Gesundheitstag im Einkaufszentrum Hersfelder Tor
Termine:       Fr 14.03. 14–19 Uhr, Sa 15.03. 10–16 Uhr
Ihr Angebot:   kostenlose Blutdruck- und Blutzuckermessung durch zwei
               PTA, Beratung zu Reiseapotheke und Vitamin D
Unser Part:    Stand, Tische, Getränke, Standmiete; Information zu
               Pflegezusatz und Unfallversicherung

Wichtig für uns: Messergebnisse bleiben bei Ihnen bzw. bei den Besuchern.
Wir notieren keine Werte und sprechen Besucher erst nach der Messung an,
wenn sie das möchten.

Aufwandsentschädigung: 350 € pauschal, Rechnung bitte an die Agentur.

Ich freue mich auf die Zusammenarbeit!

Melanie Hagedorn
Lindgrün Versicherung – Agentur Hagedorn
""")


@mail("CONFIDENTIAL", "de", "agent-to-backoffice",
      "Einbruchdiebstahl Hausrat: VN, Anschrift, Aktenzeichen der Polizei; Stehlgutliste nur im XLSX-Anhang")
def m056():
    xl = xlsx([
        ["Pos", "Gegenstand", "Kaufjahr", "Neuwert €", "Beleg vorhanden"],
        [1, "Notebook Lenovo ThinkPad", 2023, 1349, "ja"],
        [2, "Goldkette 585 (Erbstück)", "", 1800, "Gutachten 2019"],
        [3, "Armbanduhr Junghans", 2018, 890, "ja"],
        [4, "Spielkonsole + 4 Spiele", 2022, 640, "teilweise"],
        [5, "Bargeld", "", 420, "nein"],
        [6, "Haustür-Schließzylinder (Reparatur)", 2025, 185, "Rechnung Schlüsseldienst"],
    ], "Stehlgut")
    return dict(
        frm="Petra Lenz <p.lenz@agentur.lindgruen.example>",
        to="Schaden Sach <schaden-sach@lindgruen.example>",
        cc="Melanie Hagedorn <m.hagedorn@agentur.lindgruen.example>",
        subject="Einbruch HR 30 488 902 – Familie Marx",
        body="""Guten Tag,

Schadenmeldung Hausrat:

VN:            Sven Marx
Vertrag:       HR 30 488 902
Schadenort:    Breitenstraße 19, 36251 Bad Hersfeld (EG)
Schadentag:    15.02.2025 zwischen 18 und 22 Uhr, Familie war bei
               Verwandten
Hergang:       Terrassentür aufgehebelt
Polizei:       Anzeige erstattet, PI Bad Hersfeld, Az. 2025/0188342

Stehlgutliste im Anhang (hat der Kunde selbst ausgefüllt). Die Liste geht
auch an die Polizei.

Mit freundlichen Grüßen
Petra Lenz
Büro Agentur Hagedorn
""",
        atts=[("Stehlgutliste_Marx.xlsx", xl)])


@mail("NORMAL", "de", "internal",
      "Reiseinfo an Wettbewerbsgewinner ohne Personendaten")
def m057():
    return dict(
        frm="Carina Beck <carina.beck@lindgruen.example>",
        to="GA Mitte Verteiler <vd-mitte-agenturen@lindgruen.example>",
        subject="Gipfelstürmer Lissabon – bitte jetzt schon Reisepässe prüfen",
        body="""Liebe Agenturen,

es sind noch sechs Wochen Wettbewerb, aber eine Bitte schon heute: Falls
ihr (und eure Begleitung) noch keinen gültigen Personalausweis oder
Reisepass habt – jetzt beantragen, die Bearbeitungszeit liegt gerade bei
vier bis sechs Wochen.

Die Teilnehmerdaten (Name laut Ausweis, Begleitperson, besondere Wünsche)
fragen wir erst ab, wenn die Gewinner feststehen – und zwar über ein
Formular, nicht per Mail.

Viele Grüße
Carina Beck
Vertriebsassistenz VD Mitte
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Bezirksdirektor meldet Burnout-Krankschreibung eines Agenten an Vertriebscontrolling")
def m058():
    return dict(
        frm="Frank Ullrich <frank.ullrich@lindgruen.example>",
        to="Vertriebscontrolling <vertriebscontrolling@lindgruen.example>",
        subject="Agentur 0471/44 – Zielvereinbarung aussetzen",
        body="""Hallo Frau Hofmann,

bitte die Zielvereinbarung 2025 und den Aufbauzuschuss-Check der Agentur
0471/44 (Tobias Grünwald, Marburg) vorerst aussetzen.

Herr Grünwald ist seit 10.03. krankgeschrieben, nach seinen eigenen Worten
„Burnout, der Arzt sagt mindestens sechs Wochen“. Er hat mich gebeten, das
nicht in der Direktion breitzutreten – deshalb nur an Sie persönlich. Die
Vertretung für seine Bestandskunden übernimmt vorübergehend Frau Demir.

Bitte keine automatischen Mahnungen wegen Zielverfehlung Q1 an ihn
schicken. Wir sprechen nach seiner Rückkehr über die Ziele.

Danke
Frank Ullrich
""",
        date="2025-03-12 08:05")


@mail("NORMAL", "de", "newsletter",
      "trap: Gesundheitstipps für den Außendienst (Rücken im Auto), allgemein, keine Person")
def m059():
    return dict(
        frm="Lindgrün Akademie <akademie@lindgruen.example>",
        to="Alle Agenturen <alle-agenturen@lindgruen.example>",
        subject="Fit im Außendienst: Ihr Rücken fährt mit",
        body="""Liebe Außendienstlerinnen und Außendienstler,

bis zu 30.000 Kilometer im Jahr, dazu Wohnzimmersofas, Küchentische und
Laptops auf dem Schoß – der Rücken im Außendienst hat es nicht leicht.
Rückenschmerzen sind bei uns die häufigste Ursache für Arbeitsunfähigkeit,
und viele Bandscheibenvorfälle kündigen sich über Jahre an.

Drei Tipps von unserer Betriebsärztin:
1. Alle 90 Minuten Fahrt: 5 Minuten raus, Schultern kreisen.
2. Beim Kunden: lieber am Esstisch als auf dem tiefen Sofa beraten.
3. Tablet auf Augenhöhe, nicht auf den Knien.

Neu im Gesundheitsportal: ein 12-Wochen-Rückenprogramm mit Videos, anrechenbar
im Bonusprogramm für unsere Agenturpartner.

Bleiben Sie gesund!
Ihre Lindgrün Akademie
""")


@mail("CONFIDENTIAL", "de", "agent-to-customer",
      "Heirat: Namensänderung (geb. Yıldız), neue Anschrift, Hausrat/Glas-Vertragsnummern und IBAN der Kundin")
def m060():
    return dict(
        frm="Ayşe Demir <a.demir@agentur.lindgruen.example>",
        to="Selin Kaplan <selin.kaplan@mailbox.example>",
        subject="Ihre Verträge nach der Hochzeit – Änderungen erledigt",
        body="""Liebe Frau Kaplan,

zuerst noch einmal herzlichen Glückwunsch zur Hochzeit!

Folgende Änderungen habe ich veranlasst, gültig ab 01.03.2025:

- Name:        Selin Kaplan, geb. Yıldız
- Anschrift:   Goethestraße 71, 34119 Kassel (gemeinsame Wohnung)
- Hausrat HR 30 650 277: Versicherungsort neu, Wohnfläche 84 m²,
  Ihr Mann als mitversicherte Person eingetragen
- Glas GL 10 220 145: Versicherungsort neu
- Beiträge ab März vom gemeinsamen Konto
  DE62 6464 0541 3403 0511 95 (Kontoinhaber: Selin und Burak Kaplan)

Die Hausratversicherung Ihres Mannes bei seinem bisherigen Versicherer kann
er wegen Zusammenlegung kündigen – das Schreiben habe ich vorbereitet, er
muss es nur noch unterschreiben.

Herzliche Grüße
Ayşe Demir
Lindgrün Versicherung – Agentur Kassel-Wilhelmshöhe
""")


@mail("NORMAL", "de", "internal",
      "trap: anonymisierte Fallbesprechung (BU nach Brustkrebs abgelehnt) ohne identifizierbare Person")
def m061():
    return dict(
        frm="Frank Ullrich <frank.ullrich@lindgruen.example>",
        to="GA Mitte Verteiler <vd-mitte-agenturen@lindgruen.example>",
        subject="Fallbesprechung Quartalsgespräch – zwei Beispiele vorab",
        body="""Hallo zusammen,

wie angekündigt zwei Fälle für das Quartalsgespräch – bewusst anonymisiert,
bitte auch in der Diskussion keine Namen nennen.

Fall 1: Kundin, Anfang 40, vor vier Jahren Brustkrebs, seit drei Jahren
rezidivfrei. BU wurde abgelehnt. Die Kundin war enttäuscht, die Agentur
auch. Frage an uns: Was bieten wir stattdessen an (Grundfähigkeit,
Unfall mit Invaliditätsrente, Erwerbsunfähigkeit)? Wie kommuniziert man
eine Ablehnung, ohne den Kunden zu verlieren?

Fall 2: Ehepaar, Trennung, beide wollen „ihre“ Verträge behalten. Die
Agentur hatte beide jahrelang betreut und steht jetzt zwischen den Fronten.
Frage: Wie bleiben wir neutral, was dürfen wir wem sagen?

Bringt gern eigene Erfahrungen mit.

Frank
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "agent-to-backoffice",
      "Beitragsrückstand in der Zahnzusatzversicherung nach Trennung, Bitte um Mahnstopp")
def m062():
    return dict(
        frm="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        to="Inkasso Kranken <inkasso-kv@lindgruen.example>",
        subject="Mahnstopp bitte – KV 88 201 665-01/-02 Krämer",
        body="""Hallo Inkasso-Team,

bei Familie Krämer (Zahnzusatz ZahnPlus 90, KV 88 201 665-01 für Frau
Tanja Krämer und -02 für Tochter Lea) ist eine 2. Mahnung über 187,60 €
rausgegangen. Hintergrund: Das Ehepaar hat sich getrennt, der Mann ist
ausgezogen und hat das Konto, von dem abgebucht wurde, aufgelöst, ohne
Bescheid zu sagen. Frau Krämer wusste von nichts.

Sie zahlt den Rückstand bis 10.03. selbst, neues SEPA-Mandat auf ihr Konto
kommt diese Woche. Bitte Mahnstopp bis 15.03. setzen – die Tochter ist
gerade mitten in der kieferorthopädischen Behandlung, da darf der Vertrag
auf keinen Fall ruhen.

Danke
Bertram Kessler
GA Kessler · 0471/12
""")


@mail("CONFIDENTIAL", "de", "agent-to-customer",
      "Arbeitslosigkeit: Umstellung auf monatliche Zahlung, Beiträge und Vertragsnummern Kfz/Hausrat des Kunden")
def m063():
    return dict(
        frm="Ayşe Demir <a.demir@agentur.lindgruen.example>",
        to="Dirk Henning <dirk.henning@webpost.example>",
        subject="Ihre Beiträge – monatliche Zahlung ab März",
        body="""Hallo Herr Henning,

wie am Telefon besprochen, habe ich Ihre Verträge auf monatliche Zahlweise
umgestellt, damit Sie nicht im April auf einen Schlag die Jahresbeiträge
zahlen müssen, solange Sie Arbeitslosengeld bekommen.

Kfz KR-4455-207761 (KS-DH 66)   bisher 684,00 €/Jahr  ->  59,85 €/Monat
Hausrat HR 30 590 314             bisher 142,80 €/Jahr  ->  12,50 €/Monat
PHV PH 20 402 889                 bisher  68,40 €/Jahr  ->   5,99 €/Monat

Der Ratenzuschlag beträgt 5 %, das ist leider nicht zu vermeiden. Sobald
Sie wieder eine feste Stelle haben, stellen wir gern zurück auf jährlich.

Und falls das Vorstellungsgespräch bei den Stadtwerken klappt: Drücke
die Daumen!

Viele Grüße
Ayşe Demir
""")


@mail("NORMAL", "de", "agent-to-customer",
      "trap: Einladung an Kunden (BCC) zum Gesundheitstag mit Blutdruckmessung, keine Personendaten")
def m064():
    return dict(
        frm="Melanie Hagedorn <m.hagedorn@agentur.lindgruen.example>",
        to="Agentur Hagedorn <m.hagedorn@agentur.lindgruen.example>",
        subject="Einladung: Gesundheitstag im Hersfelder Tor – 14. und 15. März",
        html="""<html><body style="font-family:Georgia,serif;font-size:15px">
<p>Liebe Kundinnen und Kunden,</p>
<p>wir laden Sie herzlich zu unserem <b>Gesundheitstag</b> im Einkaufszentrum Hersfelder Tor ein:</p>
<p><b>Freitag, 14. März, 14&ndash;19 Uhr &middot; Samstag, 15. März, 10&ndash;16 Uhr</b></p>
<ul>
<li>kostenlose Blutdruck- und Blutzuckermessung durch die Stadt-Apotheke</li>
<li>Vortrag &bdquo;Pflegefall &ndash; was jetzt?&ldquo; (Samstag, 11 Uhr)</li>
<li>Kinderecke mit Glücksrad und Lindi, unserem Maskottchen</li>
</ul>
<p>Ihre Messwerte bleiben selbstverständlich bei Ihnen &ndash; wir notieren nichts.</p>
<p>Wir freuen uns auf Sie!<br>Ihre Melanie Hagedorn und Team</p>
<p style="font-size:11px">Sie erhalten diese Einladung, weil Sie Kunde der Agentur Hagedorn sind. Wenn Sie keine Einladungen mehr erhalten m&ouml;chten, antworten Sie einfach mit &bdquo;Abmelden&ldquo;.</p>
</body></html>""",
        body="""Liebe Kundinnen und Kunden,

wir laden Sie herzlich zu unserem Gesundheitstag im Einkaufszentrum
Hersfelder Tor ein:

Freitag, 14. März, 14–19 Uhr · Samstag, 15. März, 10–16 Uhr

- kostenlose Blutdruck- und Blutzuckermessung durch die Stadt-Apotheke
- Vortrag „Pflegefall – was jetzt?“ (Samstag, 11 Uhr)
- Kinderecke mit Glücksrad und Lindi, unserem Maskottchen

Ihre Messwerte bleiben selbstverständlich bei Ihnen – wir notieren nichts.

Wir freuen uns auf Sie!
Ihre Melanie Hagedorn und Team

Sie erhalten diese Einladung, weil Sie Kunde der Agentur Hagedorn sind.
Wenn Sie keine Einladungen mehr erhalten möchten, antworten Sie einfach
mit „Abmelden“.
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "Risikoprüfung fordert Arztbericht zu Bandscheibenvorfall einer BU-Antragstellerin beim Orthopäden an")
def m065():
    return dict(
        frm="Katrin Vogt <katrin.vogt@lindgruen.example>",
        to="Praxis Dr. Seibert <praxis@orthopaedie-seibert.example>",
        cc="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        subject="Anforderung ärztlicher Bericht – Frau Jana Pfeifer, geb. 11.05.1993",
        body="""Sehr geehrter Herr Dr. Seibert,

Ihre Patientin, Frau Jana Pfeifer, geb. 11.05.1993, wohnhaft in Fulda, hat
bei uns eine Berufsunfähigkeitsversicherung beantragt und Sie von der
Schweigepflicht entbunden (Erklärung liegt bei, per Post).

Wir bitten um einen kurzen Bericht zu folgenden Punkten:
1. Diagnose(n) im Zusammenhang mit dem Bandscheibenvorfall 2023 (M51.2)
2. Art und Dauer der Behandlung, ggf. Bildgebung (MRT-Befund)
3. Bestehen aktuell Beschwerden, neurologische Ausfälle oder
   Einschränkungen der Belastbarkeit?
4. Prognose

Für Ihren Aufwand vergüten wir nach GOÄ Nr. 75 zzgl. Auslagen. Bitte
senden Sie den Bericht an die unten genannte Adresse oder per Fax.

Mit freundlichen Grüßen
Katrin Vogt
Risikoprüfung Leben/BU
Lindgrün Lebensversicherung AG · Kölnische Straße 120 · 34119 Kassel
""" + DISCLAIMER)


@mail("CONFIDENTIAL", "de", "internal",
      "Bestandsübertragung: CSV im ZIP-Anhang mit Kundennamen, Anschriften, Geburtsdaten und Sachvertragsnummern")
def m066():
    csv = textfile("""KdNr;Name;Vorname;geb.;Straße;PLZ;Ort;Verträge;Beitrag p.a.
100 120 445;Bachmann;Erich;12.04.1951;Am Schloßgarten 3;36088;Hünfeld;WG, HR, PHV;1.184,20
100 133 902;Leister;Monika;28.09.1967;Lindenweg 11;36088;Hünfeld;HR, GL;214,60
100 140 337;Kraft;Uwe;03.01.1972;Fuldaer Str. 40;36088;Hünfeld;Kfz (2), PHV, RS;1.902,75
100 152 110;Dietz;Anneliese;19.11.1944;Kirchplatz 2;36132;Eiterfeld;WG, HR;866,10
100 171 508;Heil;Carsten;07.07.1980;Bahnhofstr. 9;36088;Hünfeld;Kfz, HR, PHV;1.045,30
""", "windows-1252")
    z = zipfile_of([("Bestand_Weller_an_Kessler_Sach.csv", csv),
                    ("Hinweise.txt", textfile("Nur Sach/Kfz/RS. Leben/Kranken folgt separat über den Bestandsservice Leben.\nÜbertragung zum 01.04.2025.\n"))])
    return dict(
        frm="Marcel Pohl <marcel.pohl@lindgruen.example>",
        to="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        subject="Bestandsübertragung Weller -> GA Kessler, Teil 1 (Sach)",
        body="""Hallo Herr Kessler,

anbei Teil 1 der Bestandsübertragung aus der Agentur Weller (Hünfeld) zum
01.04. – alles Sach/Kfz/RS, insgesamt 212 Kunden. Hier die ersten fünf zur
Plausibilisierung, der Rest kommt über LIVIA.

Bitte die Datei nach dem Abgleich löschen, die Daten stehen ab 01.04. in LIVIA.

Viele Grüße
Marcel Pohl
Vertriebsinnendienst Mitte
""",
        atts=[("Bestand_Weller_Teil1.zip", z)])


@mail("NORMAL", "de", "internal",
      "Ankündigung Ruhestand eines Agenten und Bestandsübertragung ohne Kundendaten")
def m067():
    return dict(
        frm="Frank Ullrich <frank.ullrich@lindgruen.example>",
        to="GA Mitte Verteiler <vd-mitte-agenturen@lindgruen.example>",
        subject="Horst Weller verabschiedet sich in den Ruhestand",
        body="""Liebe Kolleginnen und Kollegen,

nach 38 Jahren als Lindgrün-Agent in Hünfeld geht Horst Weller zum 31.03.
in den wohlverdienten Ruhestand. Er hat in dieser Zeit über 600 Familien
betreut und war für viele von uns ein Vorbild.

Sein Bestand geht zum 01.04. an die Generalagentur Kessler in Fulda. Die
Kundinnen und Kunden werden von Horst und Bertram gemeinsam angeschrieben.

Abschied feiern wir am Freitag, 28.03., ab 17 Uhr im Hünfelder Brauhaus.
Bitte kurze Rückmeldung an Carina, wer kommt.

Frank Ullrich
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Besuchsbericht: Tod des Ehemanns durch Schlaganfall, Todesfallleistung Lebensversicherung, Witwe")
def m068():
    return dict(
        frm="Melanie Hagedorn <m.hagedorn@agentur.lindgruen.example>",
        to="Leistung Leben <leistung-leben@lindgruen.example>",
        cc="Petra Lenz <p.lenz@agentur.lindgruen.example>",
        subject="Todesfall LV 6.733.019.2 – Werner Ritter – Unterlagen folgen",
        body="""Sehr geehrte Damen und Herren,

ich melde den Tod unseres Kunden Werner Ritter, geb. 15.10.1958, versicherte
Person und VN der Kapitallebensversicherung LV 6.733.019.2.

Herr Ritter ist am 14.02.2025 im Klinikum Bad Hersfeld an den Folgen eines
Schlaganfalls verstorben. Er lag nach dem Schlaganfall am 09.02. fünf Tage
auf der Stroke Unit.

Bezugsberechtigt ist lt. Vertrag die Ehefrau, Frau Hildegard Ritter. Ich
war gestern bei ihr; sie ist sehr gefasst, aber mit dem Papierkram
überfordert. Die Sterbeurkunde und die Todesbescheinigung (mit Angabe der
Todesursache) hat sie mir in Kopie mitgegeben; ich lade beides heute ins
Portal. Das Original des Versicherungsscheins sucht die Tochter noch.

Bitte die Auszahlung auf das Konto von Frau Ritter, die Bankverbindung
reiche ich nach.

Können Sie mir bitte auch sagen, ob die Unfallversicherung UV-620 0455
betroffen ist? Nach meinem Verständnis nicht, da kein Unfall.

Mit freundlichen Grüßen
Melanie Hagedorn
""")


@mail("NORMAL", "de", "internal",
      "trap: Produktinfo zur digitalen Schweigepflichtentbindung im Agenturportal, keine Person")
def m069():
    return dict(
        frm="Agenturportal-Team <agenturportal@lindgruen.example>",
        to="Alle Agenturen <alle-agenturen@lindgruen.example>",
        subject="Neu im Agenturportal: Schweigepflichtentbindung digital unterschreiben",
        body="""Liebe Agenturen,

ab sofort können Kundinnen und Kunden die Schweigepflichtentbindungs-
erklärung (SEE) für Leben, BU und Kranken digital unterschreiben.

So funktioniert es:
1. Im Antrag unter „Dokumente“ die SEE-Variante wählen (Einzelermächtigung
   oder Generalermächtigung).
2. Der Kunde bekommt einen Link per SMS, liest die Erklärung auf dem
   eigenen Gerät und unterschreibt mit dem Finger.
3. Das Dokument landet direkt in der Antragsakte. Sie als Agentur sehen
   nur den Status „unterschrieben“ – keine Gesundheitsdaten.

Bitte keine Arztberichte oder Befunde mehr per Mail an die Agentur
schicken lassen. Wenn Kunden sie trotzdem mailen: über den Upload im
Portal weiterleiten und die Mail danach löschen.

Ihr Agenturportal-Team
""")


@mail("CONFIDENTIAL", "de", "agent-to-customer",
      "Sturmschaden Wohngebäude: Schadennummer, Vertragsnummer, Anschrift, Gutachtertermin")
def m070():
    return dict(
        date="2025-02-20 11:20",
        frm="Sabine Roth <s.roth@agentur.lindgruen.example>",
        to="Gerhard Pfaff <g.pfaff@kabelnet.example>",
        subject="Sturmschaden – Ihr Gutachtertermin",
        body="""Sehr geehrter Herr Pfaff,

zu Ihrem Sturmschaden vom 16.02. (Sturmtief „Ivo“) an Ihrem Haus in der
Brunnenstraße 6, 36093 Künzell:

Vertrag:      WG 50 107 823
Schadennummer: SA-25-0017445

Der Sachverständige, Herr Dipl.-Ing. Mertens, kommt am Mittwoch, 26.02.,
zwischen 9 und 11 Uhr. Bitte heben Sie die heruntergefallenen Dachziegel
und das Stück Dachrinne bis dahin auf und machen Sie Fotos vom Dachboden,
falls Wasser eingedrungen ist.

Die Rechnung des Dachdeckers für die Notabdichtung (Plane) können Sie uns
schon schicken, die wird ohne Gutachten bezahlt.

""" + SIG_ROTH)


@mail("NORMAL", "de", "agent-to-customer",
      "Kundenrundbrief (BCC) zum Umzug der Agentur, keine personenbezogenen Daten")
def m071():
    return dict(
        frm="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        to="Generalagentur Kessler <b.kessler@agentur.lindgruen.example>",
        subject="Wir ziehen um – ab 1. April am Universitätsplatz",
        body="""Liebe Kundinnen und Kunden,

nach 17 Jahren in der Bahnhofstraße wird es uns zu eng: Ab dem 1. April
2025 finden Sie die Generalagentur Kessler am Universitätsplatz 3 in Fulda,
direkt über der Buchhandlung, mit Aufzug und zwei Kundenparkplätzen.

Telefonnummern und E-Mail-Adressen bleiben gleich.

Am Samstag, 5. April, laden wir von 10 bis 14 Uhr zum Tag der offenen Tür
ein – mit Kaffee, Kuchen und einer kleinen Überraschung für die Kinder.

Herzliche Grüße
Ihr Bertram Kessler, Sabine Roth und Jonas Wetzel
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "company",
      "Handwerksbetrieb fragt Gruppenunfall an: Mitarbeiterliste mit Geburtsdaten und Arbeitsunfall (Fingeramputation)")
def m072():
    return dict(
        frm="Tobias Grünwald <t.gruenwald@agentur.lindgruen.example>",
        to="Firmenkunden Unfall <firmen-unfall@lindgruen.example>",
        subject="WG: Gruppenunfall Schreinerei Bauer – Angebot",
        body="""Hallo Firmenkunden-Team,

bitte Angebot Gruppenunfall für die Schreinerei (6 Mitarbeiter,
Gefahrengruppe B). Der Chef will das als Mitarbeiterbonus, auch
Freizeitunfälle. Wegen Herrn Wolf bitte Risikoprüfung, siehe unten.

Gruß Tobias Grünwald

-------- Weitergeleitete Nachricht --------
Betreff: Unfallversicherung Mitarbeiter
Datum: Tue, 18 Feb 2025 17:22:09 +0100
Von: Schreinerei Bauer GmbH <info@schreinerei-bauer.example>
An: t.gruenwald@agentur.lindgruen.example

Hallo Herr Grünwald,

hier wie besprochen meine Leute:

Jürgen Bauer (ich), geb. 04.03.1969, Meister
Stefan Wolf, geb. 17.08.1975, Geselle
Nico Hartmann, geb. 22.12.1996, Geselle
Lukas Brand, geb. 09.06.2004, Azubi 3. Lj.
Marie Seidel, geb. 30.01.1990, Büro (Teilzeit)
Olga Bauer, geb. 14.07.1971, Büro

Bei Stefan müssen Sie wissen, dass er 2022 an der Kreissäge den halben
Zeigefinger links verloren hat (Arbeitsunfall, BG hat bezahlt). Er
arbeitet aber wieder voll. Ist das ein Problem?

Gruß J. Bauer
Schreinerei Bauer GmbH · Cappeler Str. 55 · 35039 Marburg
""")


@mail("CONFIDENTIAL", "de", "internal",
      "Vermittlerregister: Meldung einer neuen Agenturmitarbeiterin mit Geburtsdatum und Privatanschrift")
def m073():
    return dict(
        date="2025-02-19 10:30",
        frm="Vermittlerbetreuung <vermittlerbetreuung@lindgruen.example>",
        to="Ayşe Demir <a.demir@agentur.lindgruen.example>",
        subject="Registrierung Ihrer neuen Mitarbeiterin – Angaben vollständig?",
        body="""Sehr geehrte Frau Demir,

für die Meldung Ihrer neuen Mitarbeiterin (unmittelbar an der Vermittlung
beteiligt, § 48 Abs. 2 VersVermV) haben wir folgende Angaben erfasst:

Name:             Jasmin Krause
geb.:             14.11.1998 in Baunatal
Privatanschrift:  Heinrich-Heine-Str. 21, 34225 Baunatal
Qualifikation:    Kauffrau für Versicherungen und Finanzen (IHK 2021)
Beginn:           01.03.2025, 30 Std./Woche

Bitte prüfen Sie die Angaben und senden Sie uns bis 28.02. noch das
Führungszeugnis (Belegart O) und die Schufa-Selbstauskunft zu – gern über
den sicheren Upload im Agenturportal, nicht per Mail.

Mit freundlichen Grüßen
Vermittlerbetreuung
Lindgrün Versicherung AG
""")


@mail("CONFIDENTIAL", "de", "agent-to-backoffice",
      "Fahrzeugwechsel eines Kunden: Vertragsnummer, FIN, Kennzeichen, eVB-Anforderung")
def m074():
    return dict(
        date="2025-02-27 10:10",
        frm="Sabine Roth <s.roth@agentur.lindgruen.example>",
        to="Kfz-Service <kfz-service@lindgruen.example>",
        subject="Fahrzeugwechsel KR-4471-093355 / Bitte eVB",
        cte="8bit",
        body="""Hallo Kfz-Service,

Fahrzeugwechsel für

VN:            Claudia Weigand, Fulda
Vertrag:       KR-4471-093355, SF 11 / VK SF 9
altes Fz.:     Toyota Yaris, FD-CW 88 – wird am 03.03. verkauft
neues Fz.:     Toyota Yaris Cross Hybrid, FIN JTDKBABB30A118254,
               EZ 02/2025, Neuwagen, Finanzierung über Toyota Bank
               (Sicherungsschein bitte an die Bank!)
Kennzeichen:   FD-CW 88 wird übernommen

Bitte eVB erzeugen, das Portal hängt bei mir gerade („Fehler 503“).

Danke!
Sabine Roth
GA Kessler
""")


@mail("NORMAL", "de", "internal",
      "trap: Cross-Selling-Kampagne mit Zielgruppenkriterien, ohne konkrete Kunden")
def m075():
    return dict(
        date="2025-02-26 09:00",
        frm="Vertriebssteuerung <vertriebssteuerung@lindgruen.example>",
        to="GA Mitte Verteiler <vd-mitte-agenturen@lindgruen.example>",
        subject="Kampagne „Bündelbonus Frühjahr“ – Selektion ab 03.03. in LIVIA",
        body="""Liebe Agenturen,

ab 03.03. finden Sie in LIVIA unter Kampagnen > Bündelbonus Frühjahr Ihre
Kundenselektion. Kriterien:

- Kunde hat Kfz bei Lindgrün, aber keine Hausrat oder keine PHV
- Alter 25–45, Haushalt mit mindestens 2 Personen
- keine offene Beschwerde, kein Mahnverfahren
- Werbewiderspruch nicht gesetzt, Einwilligung Telefon/Mail vorhanden

Angebot: 15 % Bündelnachlass im ersten Jahr bei Abschluss von mindestens
zwei weiteren Sachsparten. Punkte im Gipfelstürmer zählen zusätzlich.

Gesprächsleitfaden und Anschreiben (Serienbrief) hängen in der Kampagne.
Bitte keine Kundenlisten aus LIVIA exportieren und per Mail verschicken.

Ihre Vertriebssteuerung
""")


@mail("NORMAL", "en", "internal",
      "trap: objection-handling sheet mentioning pre-existing conditions, cancer and depression in general terms")
def m076():
    return dict(
        frm="Astrid Lund <astrid.lund@lindgruen.example>",
        to="International Desk <international-desk@agentur.lindgruen.example>",
        subject="Cheat sheet: top 5 objections in income protection (EN)",
        body="""Hi all,

here's the one-pager we promised after the pilot. Print it, stick it in
your notebook, adapt the wording to your style.

1. "I already have cover through work."
   -> Employer cover usually ends when the job ends. Ask: "What happens if
      you change jobs after a serious illness?"
2. "I'm young and healthy."
   -> That's exactly why it's cheap now. Every year and every doctor's
      visit makes it harder.
3. "I had depression / a back problem / a cancer scare years ago, they'll
   reject me anyway."
   -> Not necessarily. Many conditions lead to an exclusion or surcharge,
      not a rejection. We can send an anonymous pre-check
      (Risikovoranfrage) before a formal application.
4. "The health questions are too intrusive."
   -> Explain the German duty of disclosure honestly. Never help fill in
      answers you know are incomplete.
5. "I'll think about it."
   -> Agree on a concrete date for the follow-up call.

Astrid
""")


@mail("CONFIDENTIAL", "en", "agent-to-customer",
      "rent-deposit guarantee after separation: named customer, net salary, employer, new landlord")
def m077():
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Katarzyna Wiśniewska <k.wisniewska@freemail.example>",
        subject="Rent deposit guarantee – your application",
        body="""Hi Katarzyna,

thanks for sending the documents so quickly. I know the move is stressful
enough after the separation, so let's get this off your list.

Your application for the rent deposit guarantee (Mietkautionsbürgschaft):

  Tenant:          Katarzyna Wiśniewska
  New flat:        Günthersburgallee 27, 60316 Frankfurt, from 1 April
  Landlord:        Hausverwaltung Kern & Söhne
  Deposit:         EUR 3,150 (3 x net cold rent EUR 1,050)
  Employer:        Medivance Diagnostics GmbH, permanent contract since 2021
  Net income:      EUR 3,480 per month (per your last three payslips)
  Annual fee:      EUR 141.75 (4.5 %)

Credit check came back fine, so the guarantee certificate should be issued
within 3 working days. I'll send it to you and, if you like, directly to
the property management.

""" + SIG_ODC)


@mail("STRICTLY_CONFIDENTIAL", "en", "agent-to-customer",
      "hospital supplement claim: child's tonsillectomy (J35.0), hospital stay and single-room surcharge")
def m078():
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="Hiroshi Tanaka <hiroshi.tanaka@mailbox.example>",
        subject="Re: Yuki's operation – what is covered?",
        body="""Dear Hiroshi,

I hope Yuki is feeling better already!

I checked with our health claims team. Under her hospital supplement
(KV 88 530 447-03, tariff StationärPlus):

- Tonsillectomy (J35.0, chronic tonsillitis) at Bürgerhospital,
  3 nights from 10 to 13 February: the statutory insurance pays the
  standard hospital costs.
- Our supplement pays the chief physician treatment (Chefarzt) and the
  single-room surcharge, and the parent's rooming-in, as she is under 10.
- The ice cream, I'm afraid, is on you.

Please send us the hospital's invoice for the single room and the chief
physician's invoice (GOÄ) when they arrive, and a copy of the discharge
letter. Photo via the app is fine.

""" + SIG_RAMAN + """

> Hi Priya, Yuki (our youngest, 6) needs her tonsils out next week at the
> Bürgerhospital. The doctor offered a single room and that the head
> physician operates. Will the supplementary insurance pay for that?
> Hiroshi
""")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: translation order for product sheets on income protection and health questions, no personal data")
def m079():
    return dict(
        frm="Lena Fischer <l.fischer@agentur.lindgruen.example>",
        to="Wordbridge Translations <projects@wordbridge-translations.example>",
        subject="Quote request: 4 product documents DE > EN",
        body="""Hello,

we'd like a quote for translating the following documents from German into
British English (insurance terminology, customer-facing):

1. Produktinformationsblatt BU Vital (4 pages, ~1,300 words)
2. Gesundheitsfragen BU Vital incl. explanations (6 pages, ~2,100 words) –
   the medical terms (e.g. "Erkrankungen der Wirbelsäule", "psychische
   Erkrankungen", "Bluthochdruck") need to be consistent with our glossary
3. Merkblatt vorvertragliche Anzeigepflicht (2 pages, ~800 words)
4. Flyer Pflegezusatz (1 page, ~350 words)

Glossary and previous translations (TMX) will follow once we confirm.
Deadline would be 14 March. Please include a price for a second
proofreader.

Thank you!
Lena Fischer
International Desk Frankfurt · Lindgrün Versicherung
""")


@mail("CONFIDENTIAL", "en", "internal",
      "agent to assistant: new car of a named customer, plate, policy number, old insurer's SF letter")
def m080():
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Lena Fischer <l.fischer@agentur.lindgruen.example>",
        subject="Kowalczyk – car",
        body="""Lena, can you sort this tomorrow morning?

Pawel Kowalczyk (KdNr 100 520 904) bought a second-hand BMW 320d Touring,
registering Monday. He wants it on his existing motor policy
KR-4480-288140 as a replacement for the Mazda (F-PK 1212 stays).
He faxed (!) the no-claims letter from his Polish insurer for the second
car – it's in the tray. If underwriting accepts it, second car in SF 3,
otherwise SF 1/2.

Call him after 6pm, mobile 0151 555 47119, he's at work all day.

Thx
D.
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "body says only 'see attached'; forwarded customer mail (rfc822) with hearing-aid invoice and audiogram details")
def m081():
    inner = forwarded(
        "Margaret Hollis <m.hollis@webpost.example>",
        "Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        "hearing aids invoice",
        "2025-02-19 10:04",
        """Dear Mr O'Connor,

my ENT doctor finally prescribed hearing aids for both ears after the last
hearing test showed a moderate loss of about 50 dB on the right and 45 dB on
the left (age-related, he says). I chose the Phonak model the acoustician
recommended, the invoice is EUR 4,380 and my statutory fund pays EUR 1,460.

Does my supplementary policy cover the rest? The policy number is
KV 88 470 218-01. I am 71 and I don't use the app.

Kind regards
Margaret Hollis
""")
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="KV Leistung International <kv-leistung-international@lindgruen.example>",
        subject="FW: hearing aids invoice",
        body="""see attached – customer doesn't use the app, please send her the decision by post. Thanks, Daniel
""",
        atts=[inner])


@mail("NORMAL", "en", "newsletter",
      "trap: expat customer newsletter on health insurance obligation and liability, generic")
def m082():
    return dict(
        frm="Lindgrün International Desk <international-desk@agentur.lindgruen.example>",
        to="Expat newsletter <expat-newsletter@agentur.lindgruen.example>",
        subject="New in Germany? Your insurance checklist for 2025",
        html_only=True,
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px;max-width:600px">
<h2 style="color:#2e7d32">Welcome to Germany &ndash; your insurance checklist</h2>
<p>Every month we meet new clients who have just arrived in Frankfurt. Here are the questions we hear most often.</p>
<h3>1. Health insurance is mandatory</h3>
<p>Everyone living in Germany must have health insurance &ndash; statutory (GKV) or private (PKV). Your visa or Blue Card usually requires proof. If you come with a pre-existing condition such as diabetes or asthma, the statutory system accepts you without health questions; private insurers will ask.</p>
<h3>2. Personal liability &ndash; not mandatory, but essential</h3>
<p>Around 85 % of German households have it. It costs less than a coffee a week.</p>
<h3>3. Car insurance</h3>
<p>Bring a no-claims letter from your previous insurer &ndash; in English is fine.</p>
<h3>4. Income protection</h3>
<p>If you can&rsquo;t work because of illness, the statutory disability pension is low, and often zero for newcomers.</p>
<p>Questions? Book a free 30-minute call: <a href="https://www.lindgruen.example/en/international-desk">lindgruen.example/en/international-desk</a></p>
<p style="font-size:10px;color:#888">You receive this newsletter because you subscribed. Unsubscribe: reply with &ldquo;unsubscribe&rdquo;.</p>
</body></html>""")


@mail("CONFIDENTIAL", "en", "company",
      "employer HR reports an employee's dismissal and removal from the fleet policy drivers list, plate, policy")
def m083():
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="Kfz-Flotte <kfz-flotte@lindgruen.example>",
        subject="FW: Fleet KR-FL-90 4471 – driver change F-BL 1003",
        body="""Hallo Flotten-Team,

bitte Fahrer für F-BL 1003 ändern (siehe unten), Vertrag KR-FL-90 4471.
Danke!
Priya

-----Original Message-----
From: Hannah Becker <h.becker@brightlake-systems.example>
Sent: Wednesday, February 19, 2025 9:12 AM
To: Priya Raman
Subject: Fleet – driver change

Hi Priya,

Sofia Marchetti is leaving us – we terminated her contract during the
probation period, last working day 28 February. She hands back the
ID.4 (F-BL 1003) that day. From 1 March the car goes to Ken Yamamoto
(licence since 2008). Please keep this discreet, the team doesn't know yet.

Thanks,
Hannah
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "agent-to-customer",
      "critical-illness claim after breast cancer diagnosis (C50.9): documents, oncologist, payout")
def m084():
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Rachel Moore <rachel.moore@mailbox.example>",
        subject="Your critical illness claim – next steps",
        body="""Dear Rachel,

thank you for calling me yesterday. I'm so sorry about the diagnosis, and I
want you to know that we'll take care of the paperwork so you can focus on
your treatment.

Your critical illness cover (policy LV 7.188.502.6, sum insured
EUR 100,000) pays out on a confirmed diagnosis of invasive cancer. For the
claim we need:

1. the histology report confirming the breast cancer (C50.9) – your
   gynaecologist's referral letter is not enough on its own,
2. the oncologist's letter with the date of diagnosis and planned treatment
   (you mentioned surgery at the Brustzentrum on 4 March, then
   chemotherapy),
3. the claim form (attached to my next mail, I'll pre-fill it),
4. the confidentiality release for the Brustzentrum.

Once we have 1 and 2 the claims team usually decides within two weeks.
The payment is tax-free and you can use it for whatever you need.

Thinking of you.

""" + SIG_ODC)


@mail("NORMAL", "en", "agent-to-customer",
      "prospect asks which documents are needed for car insurance; general answer, no data")
def m085():
    return dict(
        frm="Lena Fischer <l.fischer@agentur.lindgruen.example>",
        to="Ana Ribeiro <ana.ribeiro@webpost.example>",
        subject="Re: car insurance for a newcomer",
        body="""Dear Ms Ribeiro,

thank you for your message. For a car insurance quote we need:

- the vehicle registration document or, for a new car, the offer from the
  dealer (make, model, HSN/TSN numbers)
- your driving licence (date of issue – a Portuguese EU licence is fine)
- a no-claims confirmation from your previous insurer, if you have one;
  it can save a lot of money
- where the car will be parked overnight (garage, street)

Please don't send copies by normal e-mail; you can bring them to the
meeting or upload them via our secure link, which we'll send with the
appointment confirmation.

Kind regards
Lena Fischer
International Desk Frankfurt
""")


@mail("CONFIDENTIAL", "mixed", "agent-to-customer",
      "zweisprachige SEPA-Bestätigung mit IBAN und Vertragsnummern eines Kunden")
def m086():
    return dict(
        frm="Lena Fischer <l.fischer@agentur.lindgruen.example>",
        to="Bastian Lee <bastian.lee@freemail.example>",
        subject="Bestätigung SEPA-Lastschriftmandat / Confirmation of direct debit mandate",
        body="""Sehr geehrter Herr Lee,
(English version below)

wir bestätigen das SEPA-Lastschriftmandat für Ihre Verträge
Hausrat HR 30 715 094 und Privathaftpflicht PH 20 566 730.

Kontoinhaber: Bastian Lee
IBAN: DE25 0696 0458 3176 0186 58
Mandatsreferenz: LG-SEPA-100533871-01
Erste Abbuchung: 01.03.2025, danach monatlich

---

Dear Mr Lee,

we confirm the SEPA direct debit mandate for your household contents
(HR 30 715 094) and personal liability (PH 20 566 730) policies.

Account holder: Bastian Lee
IBAN: DE25 0696 0458 3176 0186 58
Mandate reference: LG-SEPA-100533871-01
First collection: 1 March 2025, monthly thereafter

Mit freundlichen Grüßen / Kind regards
Lena Fischer
International Desk Frankfurt
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "colleague note: customer's wife had a miscarriage, newborn registration for private health cancelled")
def m087():
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        cc="Lena Fischer <l.fischer@agentur.lindgruen.example>",
        subject="Mehta – please read before you call them",
        body="""Daniel, Lena,

Arjun Mehta called this morning. Kavya lost the baby last week (14th week),
she was in the Markus-Krankenhaus for two days. They are devastated.

Please:
- cancel my follow-up reminder for July (newborn registration KV 88 412 553)
  – Lena, can you remove it from LIVIA and the shared calendar?
- do NOT send the standard "congratulations" mailing that LIVIA triggers
  from the pregnancy note – I've deleted the note, but check the campaign
  queue anyway.
- the hospital invoices will come through the normal claims process, Arjun
  knows.

I'll call him again in a few weeks, nothing sales-related.

Priya
""")


@mail("NORMAL", "en", "internal",
      "IT notice about VPN certificate renewal on agency laptops")
def m088():
    return dict(
        date="2025-02-28 15:00",
        frm="IT-Service Vertrieb <it-vertrieb@lindgruen.example>",
        to="International Desk <international-desk@agentur.lindgruen.example>",
        subject="Action required: VPN certificate renewal by 7 March",
        body="""Dear colleagues,

the VPN certificates on agency laptops expire on 7 March 2025. Please renew
yours before then:

1. Connect to the VPN as usual.
2. Open "Lindgrün Self Service" > Certificates > Renew VPN certificate.
3. Restart the laptop.

If the certificate has already expired you won't be able to connect; in
that case call the service desk on extension 4400 and have your laptop
asset number ready (sticker on the bottom).

IT-Service Vertrieb
""")


@mail("NORMAL", "mixed", "internal",
      "trap: Anmeldung zum Pflege-Webinar, nur Mitarbeitende, Frage nach Pflegegraden allgemein")
def m089():
    return dict(
        frm="Lena Fischer <l.fischer@agentur.lindgruen.example>",
        to="Lindgrün Akademie <akademie@lindgruen.example>",
        subject="Anmeldung Webinar 11.03. Pflege – International Desk",
        body="""Hallo Akademie,

bitte folgende Kolleginnen und Kollegen für das Webinar „Wenn Eltern
pflegebedürftig werden“ am 11.03. anmelden:

- Daniel O'Connor (0471/40)
- Priya Raman (0471/40)
- Lena Fischer (0471/40, Innendienst)

Quick question in English, as Priya asked me to: will the slides be shared
afterwards, and is there any English material on Pflegegrade we could give
to clients whose parents live in Germany? Many of our expats are asking
about their parents abroad too – is that covered in the webinar?

Danke!
Lena
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "agent-to-backoffice",
      "body harmless; PDF attachment lists health answers of an expat family PKV application incl. child's ADHD (F90.0)")
def m090():
    p = pdf([
        "Lindgrün Krankenversicherung AG – Anlage Gesundheitsfragen",
        "Antrag KV 25-KV-0311204 · Vermittler 0471/40 (O'Connor)",
        "",
        "1. Antragsteller: Benjamin Carter, geb. 08.02.1984",
        "   Frage 3 (ambulante Behandlungen 3 J.): ja – Knie-Arthroskopie re. 2022, folgenlos",
        "   Frage 6 (Medikamente): nein",
        "",
        "2. Ehefrau: Olivia Carter, geb. 27.06.1986",
        "   Frage 3: ja – Hashimoto-Thyreoiditis (E06.3), L-Thyroxin 50 µg täglich",
        "   Frage 8 (Schwangerschaft): nein",
        "",
        "3. Kind: Noah Carter, geb. 15.09.2015",
        "   Frage 3: ja – ADHS (F90.0), Diagnose 2021 in London (Great Ormond St.)",
        "   Frage 6: ja – Methylphenidat retard 20 mg an Schultagen",
        "   Frage 7 (Psychotherapie): ja – Verhaltenstherapie 2021–2023, abgeschlossen",
        "",
        "4. Kind: Ella Carter, geb. 03.04.2019 – alle Fragen nein",
        "",
        "Angaben vom Antragsteller am 18.02.2025 bestätigt. Arztberichte (englisch) folgen.",
    ], "Anlage Gesundheitsfragen Carter")
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Antrag KV International <antrag-kv-international@lindgruen.example>",
        subject="Application 25-KV-0311204 – supplementary health answers",
        body="""Hello team,

please find attached the supplementary page for application 25-KV-0311204
(family of four, relocating from London on 1 April, all on Expat Premium).
The family would like a decision before they sign the lease, so ideally by
mid-March.

Thanks,
Daniel
""",
        atts=[("Anlage_Gesundheitsfragen_25-KV-0311204.pdf", p)])


@mail("NORMAL", "de", "internal",
      "trap: Wettbewerbs-Ranking als PDF-Anhang, nur Agenturen, Punkte und Neukundenzahlen")
def m091():
    p = pdf([
        "Gipfelstürmer 2025 – Vertriebsdirektion Mitte – Stand 07.03.2025",
        "",
        "Platz  Agentur                          Punkte  Neukunden  Leben/BU-Anteil",
        "1      GA Kessler, Fulda                 5.214        41       38 %",
        "2      Agentur Demir, Kassel-W.          4.870        36       44 %",
        "3      International Desk Frankfurt      4.102        52       51 %",
        "4      Agentur Hagedorn, Bad Hersfeld    3.966        29       35 %",
        "5      Agentur Grünwald, Marburg         1.420        12       40 %",
        "",
        "Bundesweit: VD Mitte auf Platz 2 von 6 Direktionen.",
        "Stichtag Antragseingang: 31.03.2025. Policierung bis 30.04.2025.",
    ], "Gipfelstürmer Zwischenstand")
    return dict(
        frm="Carina Beck <carina.beck@lindgruen.example>",
        to="GA Mitte Verteiler <vd-mitte-agenturen@lindgruen.example>",
        subject="Gipfelstürmer – Zwischenstand 07.03.",
        body="""Hallo zusammen,

anbei der aktuelle Stand. Frankfurt hat Hersfeld überholt – es wird
spannend um Platz 3!

Viele Grüße
Carina
""",
        atts=[("Gipfelstuermer_Stand_2025-03-07.pdf", p)],
        date="2025-03-07 16:12")


@mail("STRICTLY_CONFIDENTIAL", "de", "agent-to-backoffice",
      "BU-Leistungsantrag eines Maurers wegen Kniearthrose (M17.0), Operationen, AU – Vertretung durch andere Agentur")
def m092():
    return dict(
        frm="Ayşe Demir <a.demir@agentur.lindgruen.example>",
        to="Leistung BU <leistung-bu@lindgruen.example>",
        cc="Vertriebsinnendienst Mitte <vid-mitte@lindgruen.example>",
        subject="BU-Leistungsantrag Klein, Rüdiger – BU-2104883 (Vertretung Agentur 0471/44)",
        body="""Sehr geehrte Damen und Herren,

ich betreue vorübergehend die Kunden der Agentur Grünwald (Marburg) und
reiche für Herrn Rüdiger Klein, Maurer, BU-Vertrag BU-2104883
(BU-Rente 1.800 €/Monat), den Leistungsantrag ein.

Kurz zum Sachverhalt, so wie der Kunde es mir geschildert hat:
- beidseitige Gonarthrose, rechts stärker (M17.0)
- 2023 Arthroskopie rechts, 11/2024 Umstellungsosteotomie rechts
- seit 18.11.2024 durchgehend arbeitsunfähig
- Orthopäde und Reha-Klinik sagen, dass er nicht mehr auf dem Bau
  arbeiten kann (Knien, Treppen, Lasten über 10 kg)

Der Kunde ist 57 und hat 40 Jahre auf dem Bau gearbeitet. Eine
Umorganisation im Betrieb ist laut Chef nicht möglich (Kleinbetrieb,
3 Mitarbeiter).

Leistungsantrag, Arztberichte und Reha-Entlassbericht lade ich ins Portal.

Mit freundlichen Grüßen
Ayşe Demir
Agentur Kassel-Wilhelmshöhe (i. V. Agentur 0471/44)
""")


@mail("CONFIDENTIAL", "de", "agent-to-customer",
      "Vorstellungsschreiben nach Bestandsübertragung mit Verträgen und Nummern eines namentlich genannten Kunden")
def m093():
    return dict(
        frm="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        to="Uwe Kraft <uwe.kraft@mailbox.example>",
        subject="Ihr neuer Ansprechpartner bei der Lindgrün – Generalagentur Kessler",
        body="""Sehr geehrter Herr Kraft,

wie Herr Weller Ihnen sicher schon erzählt hat, geht er Ende März in den
Ruhestand. Ab dem 1. April bin ich Ihr Ansprechpartner für Ihre
Versicherungen bei der Lindgrün:

- Kfz-Versicherung KR-4471-310026 (FD-UK 72, VW Passat)
- Kfz-Versicherung KR-4471-310027 (FD-UK 73, Fiat 500 Ihrer Frau)
- Privathaftpflicht PH 20 108 554
- Rechtsschutz RS 40 099 312

An Ihren Verträgen ändert sich nichts. Ich würde mich trotzdem freuen,
Sie kennenzulernen – vielleicht bei einer Tasse Kaffee in unserer neuen
Agentur am Universitätsplatz oder gern auch bei Ihnen in Hünfeld.

Mit freundlichen Grüßen
Bertram Kessler
""" + "\n" + SIG_KESSLER)


@mail("CONFIDENTIAL", "de", "agent-office",
      "Telefonnotiz des Azubis: Kunde mit Kfz-Vertrags- und Schadennummer, Rückrufwunsch")
def m094():
    return dict(
        frm="Jonas Wetzel <j.wetzel@agentur.lindgruen.example>",
        to="Sabine Roth <s.roth@agentur.lindgruen.example>",
        subject="Rückruf Herr Heil",
        body="""Hallo Sabine,

Herr Carsten Heil (einer von den Weller-Kunden, Hünfeld) hat angerufen,
wegen seinem Glasschaden am Kfz KR-4471-310114, Schadennummer hat er
schon: KS-25-0040227. Die Werkstatt will eine Kostenübernahme bevor
sie die Scheibe tauscht. Er ist bis 17 Uhr unter 06652 555 318 zu
erreichen.

Ich hab gesagt du rufst zurück, weil ich bei Glas noch nicht so firm bin.

LG Jonas
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "agent-to-backoffice",
      "Pflegetagegeld-Leistungsfall: Vater des Kunden Pflegegrad 3 nach Demenzdiagnose; Details nur im ODT-Anhang")
def m095():
    doc = odt([
        "Gesprächsnotiz Agentur Hagedorn – 21.02.2025",
        "Kunde: Klaus Engel (Sohn), Vollmacht liegt vor",
        "Versicherte Person: Heinrich Engel, geb. 02.09.1941, Pflegetagegeld PT 4 40 118 (seit 2012)",
        "Begutachtung MD am 06.02.2025: Pflegegrad 3 ab 01.01.2025 (Bescheid Pflegekasse liegt in Kopie vor)",
        "Diagnosen lt. Bescheid: Alzheimer-Demenz (G30.1), Z. n. Oberschenkelhalsbruch 2024",
        "Versorgung: zu Hause durch Ehefrau und Pflegedienst Sonnenschein, Tagespflege 2x wöchentlich",
        "Kunde fragt: Höhe Pflegetagegeld PG 3, Rückwirkung ab Januar, Beitragsbefreiung?",
        "Unterlagen: Bescheid Pflegekasse, MD-Gutachten (12 Seiten), Vollmacht – per Portal am 21.02.",
    ])
    return dict(
        date="2025-02-21 17:30",
        frm="Melanie Hagedorn <m.hagedorn@agentur.lindgruen.example>",
        to="Leistung Pflege <leistung-pflege@lindgruen.example>",
        subject="Leistungsantrag Pflegetagegeld – Engel",
        body="""Hallo Leistung Pflege,

anbei meine Gesprächsnotiz zum neuen Leistungsfall. Die Unterlagen sind im
Portal. Der Sohn ist etwas ungeduldig, bitte möglichst zügig.

Danke!
Melanie Hagedorn
""",
        atts=[("Gespraechsnotiz_Engel_2025-02-21.odt", doc)])


@mail("NORMAL", "de", "internal",
      "trap: allgemeine Checkliste für Vertragsänderungen im Todesfall (Sterbeurkunde, Bezugsrecht), keine Person")
def m096():
    return dict(
        frm="Heike Sommer <heike.sommer@lindgruen.example>",
        to="GA Mitte Verteiler <vd-mitte-agenturen@lindgruen.example>",
        subject="Checkliste: Was tun, wenn ein Kunde verstorben ist?",
        body="""Liebe Agenturen,

weil die Frage zuletzt öfter kam, hier unsere Checkliste für Todesfälle.
Bitte mit Fingerspitzengefühl – oft ist die Agentur der erste Kontakt der
Angehörigen.

Leben/BU/Unfall:
- Sterbeurkunde (Kopie reicht zunächst), Versicherungsschein im Original
- Todesbescheinigung bzw. ärztliche Bescheinigung zur Todesursache
  (nur direkt an Leistung Leben, nicht über die Agentur sammeln!)
- Bezugsrecht prüfen: widerruflich/unwiderruflich, Erbschein nur, wenn kein
  Bezugsrecht besteht

Sach/Kfz:
- Verträge gehen auf die Erben über; Kfz erst beim Halterwechsel ändern
- Hausrat endet spätestens zwei Monate nach dem Tod, wenn der Haushalt
  aufgelöst wird

Kranken:
- Tarif endet mit dem Todestag, Beiträge für Folgemonate werden erstattet

Muster-Kondolenzkarte: Werbemittel WM-0510.

Heike Sommer
Vertriebsinnendienst Mitte
""")


@mail("CONFIDENTIAL", "de", "agent-to-backoffice",
      "Tierhalterhaftpflicht: Hund des Kunden beißt Nachbarshund, Tierarztrechnung, Vertragsnummer")
def m097():
    return dict(
        frm="Ayşe Demir <a.demir@agentur.lindgruen.example>",
        to="Schaden Haftpflicht <schaden-hpf@lindgruen.example>",
        subject="Hundehaftpflicht TH 70 033 618 – Schadenmeldung Beißvorfall",
        body="""Hallo Haftpflicht-Team,

für einen Kunden der Agentur Grünwald (ich vertrete gerade):

VN:        Florian Berger, Marburg
Vertrag:   Tierhalterhaftpflicht TH 70 033 618, Hund „Bruno“, Schäferhund-Mix
Schadentag: 22.02.2025, Lahnwiesen Marburg
Hergang:   Bruno war angeleint, hat sich losgerissen und den Labrador der
           Geschädigten (Frau Sonja Reinhardt, Marburg) in die Schulter
           gebissen
Schaden:   Tierklinik Marburg, Wundversorgung unter Narkose, Antibiotika,
           Kontrolltermine – Rechnung 684,20 € (liegt vor)
Personen:  niemand verletzt, Frau Reinhardt hatte nur einen Schreck

Der Kunde erkennt die Haftung an und möchte, dass die Rechnung schnell
bezahlt wird, es sind Nachbarn.

Gruß Ayşe Demir
""")


@mail("NORMAL", "de", "agent-to-customer",
      "trap: allgemeine Auskunft zu Kinderunfall (Invalidität, Krankenhaustagegeld) an Interessentin ohne Vertrag")
def m098():
    return dict(
        frm="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        to="Nicole Baumann <n.baumann@webpost.example>",
        subject="AW: Frage Kinderunfallversicherung",
        body="""Hallo Frau Baumann,

gerne beantworte ich Ihre Fragen allgemein, ein konkretes Angebot rechne
ich Ihnen beim Termin:

- Die gesetzliche Unfallversicherung gilt nur in Kita, Schule und auf dem
  direkten Weg dorthin. Die meisten Kinderunfälle passieren aber in der
  Freizeit – auf dem Spielplatz, beim Fußball, mit dem Fahrrad.
- Wichtigste Leistung ist die Invaliditätsleistung. Bei Kindern empfehle
  ich mindestens 200.000 € Grundsumme mit Progression.
- Krankenhaustagegeld, Gipsgeld und Schmerzensgeld sind nett, aber
  zweitrangig.
- Für Kinder gibt es keine Gesundheitsfragen wie bei der BU, nur bei
  schweren Vorerkrankungen oder Behinderung wird nachgefragt.

Ein Tarif für ein Kind kostet bei uns je nach Leistung zwischen 6 und 15 €
im Monat.

Herzliche Grüße
Bertram Kessler

> Guten Tag, unsere Tochter kommt im Sommer in die Schule. Lohnt sich eine
> Kinderunfallversicherung und was zahlt die genau? Viele Grüße, N. Baumann
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "weitergeleitete Kundenmail: Scheidung, Bezugsrecht der Risikolebensversicherung soll auf die Schwester geändert werden")
def m099():
    return dict(
        frm="Melanie Hagedorn <m.hagedorn@agentur.lindgruen.example>",
        to="Bestandsservice Leben <bestand-leben@lindgruen.example>",
        subject="WG: Bezugsrecht ändern – LV 7.044.310.9",
        body="""Hallo Bestandsservice,

bitte Formular Bezugsrechtsänderung an die Kundin schicken (Adresse neu,
siehe unten). Das Bezugsrecht ist widerruflich, sollte also kein Problem
sein.

Danke, M. Hagedorn

---------- Weitergeleitete Nachricht ----------
Von: Sandra Hoppe <sandra.hoppe@kabelnet.example>
Datum: So., 23. Feb. 2025 um 20:14
Betreff: Bezugsrecht ändern
An: <m.hagedorn@agentur.lindgruen.example>

Liebe Frau Hagedorn,

die Scheidung ist jetzt durch (seit 12.02. rechtskräftig). In meiner
Risikolebensversicherung LV 7.044.310.9 steht immer noch mein Ex-Mann
Thorsten Hoppe als Bezugsberechtigter. Das soll sich bitte ändern, neu
soll meine Schwester Martina Sauer eingetragen werden, bis die Kinder
volljährig sind.

Ich wohne jetzt in der Dudenstraße 14, 36251 Bad Hersfeld.

Viele Grüße
Sandra Hoppe
""")


@mail("CONFIDENTIAL", "de", "agent-to-backoffice",
      "Verbeamtung einer Kundin: Beamtentarif Kfz/Hausrat, Dienstherr und Besoldungsgruppe")
def m100():
    return dict(
        frm="Sabine Roth <s.roth@agentur.lindgruen.example>",
        to="Vertriebsinnendienst Mitte <vid-mitte@lindgruen.example>",
        subject="Umstellung Beamtentarif – Nadine Kurz, KdNr 100 288 530",
        body="""Hallo Heike,

Frau Nadine Kurz ist zum 01.02.2025 verbeamtet worden (Studienrätin,
Land Hessen, A13, Domgymnasium Fulda). Ernennungsurkunde liegt in Kopie
vor.

Bitte umstellen auf Beamtentarif (öffentlicher Dienst):
- Kfz KR-4471-187730 (FD-NK 11)
- Hausrat HR 30 533 902
- PHV PH 20 290 118 – hier bitte zusätzlich Diensthaftpflicht
  (Lehrerhaftpflicht inkl. Schlüsselverlust) einschließen

Rückwirkend zum 01.02., wenn möglich.

Danke
Sabine
""")


@mail("NORMAL", "de", "internal",
      "trap: Formular für Essenswünsche und Reiseunterstützung angekündigt, keine Angaben einer Person")
def m101():
    return dict(
        frm="Carina Beck <carina.beck@lindgruen.example>",
        to="GA Mitte Verteiler <vd-mitte-agenturen@lindgruen.example>",
        subject="Lissabon: Teilnehmerformular ist online",
        body="""Liebe Agenturen,

das Teilnehmerformular für die Lissabon-Reise ist ab sofort freigeschaltet:
https://events.lindgruen.example/gipfelstuermer-2025

Bitte dort eintragen: Name laut Ausweis, Begleitperson, Essenswünsche und
eventuelle Unterstützung bei der Reise. Die Daten sieht nur unsere
Reiseagentur und ich. Bitte schickt mir solche Angaben nicht per Mail –
ich weiß, einige haben das schon getan, ich habe die Mails gelöscht und
die Angaben selbst ins Formular übertragen.

Die Teilnahme steht erst nach dem 31.03. fest, das Formular ist
unverbindlich.

Carina
""")


@mail("CONFIDENTIAL", "de", "internal",
      "Kündigungseingänge Kfz: Liste mit Kundennamen, Vertragsnummern und Wechselgrund (CSV)")
def m102():
    csv = textfile("""Agentur;KdNr;Name;Vertrag;Kennz.;Beitrag alt;Kündigungsgrund lt. Kunde;Rückgewinnung
0471/12;100 402 119;Stefan Arnold;KR-4471-204518;FD-SA 50;712,40;Vergleichsportal, 180 € günstiger;ja, Termin 04.03.
0471/12;100 377 120;Elke Rommel;KR-4471-166302;FD-ER 1;498,10;Fahrzeug abgemeldet;nein
0471/12;100 455 071;Werner Schick;KR-4471-098877;FD-WS 55;604,90;Sohn übernimmt Auto, Versicherung über Arbeitgeber;prüfen
0471/12;100 140 337;Uwe Kraft;KR-4471-310027;FD-UK 73;388,00;Zweitwagen verkauft;nein
""", "windows-1252")
    return dict(
        frm="Marcel Pohl <marcel.pohl@lindgruen.example>",
        to="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        cc="Sabine Roth <s.roth@agentur.lindgruen.example>",
        subject="Kfz-Kündigungen Hauptfälligkeit – Nachzügler",
        body="""Hallo Herr Kessler,

anbei die Nachzügler bei den Kfz-Kündigungen zur Hauptfälligkeit, die
nach dem 10.01. noch eingegangen sind. Rückgewinnungsversuch bitte in
LIVIA dokumentieren.

Gruß
Marcel Pohl
""",
        atts=[("Kfz_Kuendigungen_Nachzuegler_0471-12.csv", csv, "text/csv")])


@mail("NORMAL", "de", "agent-to-customer",
      "trap: Beitragsbeispiele Pflegezusatz nach Eintrittsalter an Interessenten, keine Gesundheitsangaben einer Person")
def m103():
    return dict(
        frm="Melanie Hagedorn <m.hagedorn@agentur.lindgruen.example>",
        to="Rainer Vogel <rainer.vogel@mailbox.example>",
        subject="Ihre Frage vom Gesundheitstag: Was kostet eine Pflegezusatzversicherung?",
        body="""Sehr geehrter Herr Vogel,

schön, dass Sie am Samstag an unserem Stand waren! Wie versprochen ein paar
Beispielbeiträge für das Pflegetagegeld PTG 3 (1.500 € Monatsleistung in
Pflegegrad 5, gestaffelt nach Pflegegrad):

Eintrittsalter 35:   24,10 € / Monat
Eintrittsalter 45:   38,70 € / Monat
Eintrittsalter 55:   67,20 € / Monat
Eintrittsalter 65:  122,90 € / Monat

Bei Demenz wird schon ab Pflegegrad 2 ein erhöhter Anteil gezahlt. Es gibt
einige Gesundheitsfragen – die gehen wir gern in Ruhe gemeinsam durch,
nicht per Mail.

Ich rufe Sie wie vereinbart nächste Woche an.

Mit freundlichen Grüßen
Melanie Hagedorn
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "agent-to-backoffice",
      "Zahnzusatz-Antrag: fehlende Zähne, laufende Parodontosebehandlung, angeratene Brücke")
def m104():
    return dict(
        frm="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        to="Antragsservice Kranken/Pflege <antrag-kv@lindgruen.example>",
        subject="Antrag ZahnPlus 90 – Herr Stefan Arnold – Rückfrage Zahnstatus",
        charset="windows-1252",
        body="""Hallo Antragsservice,

zum Antrag ZahnPlus 90 für Herrn Stefan Arnold (geb. 07.03.1975) – Ihr
Rückfrageschreiben ist angekommen. Die Angaben lt. Kunde und Zahnarzt-
Heil- und Kostenplan:

- fehlende Zähne: 2 (36 und 46), nicht ersetzt
- Parodontosebehandlung läuft seit 01/2025 (Zahnarzt Dr. Lämmle, Fulda)
- angeraten: Brücke 35–37, noch nicht begonnen

Mir ist klar, dass die angeratene Brücke ausgeschlossen ist und die
fehlenden Zähne einen Zuschlag auslösen. Der Kunde möchte trotzdem
abschließen, vor allem wegen Prophylaxe und künftigen Implantaten.

Die Seite 2 mit dem Zahnschema hat er unterschrieben, kommt per Post.

Gruß
Bertram Kessler
""")


@mail("NORMAL", "de", "internal",
      "trap: Datenschutzhinweis an Agenturen zu Gesundheitsdaten und Messenger, keine Person")
def m105():
    return dict(
        frm="Datenschutzbeauftragter <datenschutz@lindgruen.example>",
        to="Alle Agenturen <alle-agenturen@lindgruen.example>",
        subject="Datenschutz-Tipp des Monats: Arztberichte gehören nicht in WhatsApp",
        body="""Liebe Agenturen,

in den letzten Wochen haben uns mehrere Fälle erreicht, in denen Kunden
Arztberichte, Krankenhausentlassbriefe oder Rezepte per WhatsApp an ihre
Agentur geschickt haben – gut gemeint, aber riskant.

Gesundheitsdaten sind besondere Kategorien personenbezogener Daten
(Art. 9 DSGVO) und unterliegen zusätzlich der Schweigepflicht nach
§ 203 StGB. Deshalb:

1. Bitten Sie Kunden, Unterlagen über den Upload im Agenturportal oder
   per Post zu schicken.
2. Wenn doch etwas per Messenger oder normaler Mail kommt: in das Portal
   übertragen und die Nachricht auf dem Handy löschen.
3. Diagnosen gehören nicht in LIVIA-Freitextnotizen. Schreiben Sie
   „Gesundheitsangaben an Risikoprüfung übermittelt“ statt der Diagnose.
4. Für Mails mit Gesundheitsdaten an die Direktion: Betreff-Tag
   [streng vertraulich] setzen.

Fragen? Wir sind für Sie da.
Ihr Datenschutzteam
""")


@mail("CONFIDENTIAL", "de", "agent-to-customer",
      "Fahrraddiebstahl Hausrat: Schadennummer, Auszahlungsbetrag und IBAN der Kundin")
def m106():
    return dict(
        frm="Ayşe Demir <a.demir@agentur.lindgruen.example>",
        to="Lisa Brückner <lisa.brueckner@webpost.example>",
        subject="Ihr E-Bike – Entschädigung ist angewiesen",
        body="""Hallo Frau Brückner,

gute Nachrichten: Für Ihr gestohlenes E-Bike (Schaden SA-25-0019902,
Hausrat HR 30 640 005) wurde heute die Entschädigung angewiesen:

Neupreis lt. Rechnung 2023:   3.299,00 €
Entschädigung (Neuwert, Fahrradklausel bis 5.000 €): 3.299,00 €
abzgl. Selbstbeteiligung:      -150,00 €
Auszahlung:                   3.149,00 €

auf Ihr Konto DE26 7151 6766 5908 7538 10.

Das Geld sollte in zwei bis drei Werktagen da sein. Und wenn Sie das neue
Rad haben, schicken Sie mir bitte die Rechnung, damit wir die
Versicherungssumme anpassen können.

Viele Grüße
Ayşe Demir
""")


@mail("NORMAL", "de", "internal",
      "Ausbildungsplan Azubis, keine personenbezogenen Daten außer Vornamen")
def m107():
    return dict(
        date="2025-02-24 09:30",
        frm="Lindgrün Akademie <akademie@lindgruen.example>",
        to="Ausbilder Agenturen <ausbilder-agenturen@lindgruen.example>",
        subject="Azubi-Prüfungsvorbereitung Sommer 2025 – Termine",
        body="""Liebe Ausbilderinnen und Ausbilder,

die Abschlussprüfung Kaufleute für Versicherungen und Finanzen findet am
06./07.05. (schriftlich) statt. Unsere Vorbereitungskurse in Kassel:

Block 1  Sach- und Haftpflicht, Kfz       17.–19.03.
Block 2  Leben, Kranken, Pflege, BU       24.–26.03.
Block 3  WiSo, Rechnungswesen             31.03.–02.04.
Mündliche Prüfung: Rollenspiel-Training   14.04. (halber Tag)

Unterkunft im Tagungshotel ist gebucht, Anreise bitte mit der Bahn
(Fahrtkosten übernimmt die Akademie).

Bitte die Teilnahme Ihrer Azubis bis 07.03. im Akademie-Portal bestätigen.

Ihre Lindgrün Akademie
""")


@mail("NORMAL", "en", "internal",
      "trap: Q1 sales excellence figures aggregated by team, with product lines and no persons")
def m108():
    return dict(
        frm="Astrid Lund <astrid.lund@lindgruen.example>",
        to="Sales leadership <sales-leadership@lindgruen.example>",
        subject="Q1 flash: life events pilot – first numbers",
        body="""Hi all,

first numbers from the life-events pilot (Jan 1 – Mar 7), pilot teams vs.
control group:

                               Pilot (4 teams)   Control (9 teams)
Appointments with a life event       212               301
  of which new baby                   41                38
  of which marriage/moving in         63                79
  of which separation/divorce         29                22
  of which illness in the family      24                17
  of which job loss/change            55               145
Closing rate                          46 %              31 %
Avg. products per closed case         1.9               1.3
Income protection applications        38                24
Complaints                             0                 2

Small numbers, so don't over-interpret. But the pattern is clear: when the
conversation starts with the customer's situation, not with our product,
people buy more and complain less.

Full report after Q1 close.

Astrid
""")


@mail("CONFIDENTIAL", "en", "agent-to-customer",
      "pet insurance claim: dog's cruciate ligament surgery, vet invoice, policy number of named customer")
def m109():
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="Chloe Martin <chloe.martin@freemail.example>",
        subject="Re: Bella's surgery – claim TK-25-00871",
        body="""Dear Chloe,

I'm glad Bella came through the operation well!

Your claim for the cruciate ligament surgery (TPLO, left hind leg) is
registered under TK-25-00871, policy TK 80 114 302 (Dog surgery cover,
Premium).

The vet clinic's invoice of EUR 2,846.50 (GOT rate 2x) is within the
covered amount. After the 20 % co-payment, EUR 2,277.20 will be
transferred to your account in the next days. The follow-up physiotherapy
for Bella is covered for 8 weeks after surgery – please send those invoices
separately.

Give her a treat from me.

""" + SIG_RAMAN)


@mail("STRICTLY_CONFIDENTIAL", "en", "agent-to-customer",
      "income-protection claim after long COVID (U09.9), fatigue, sick leave, claim forms")
def m110():
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Thomas Whitaker <t.whitaker@mailbox.example>",
        subject="Your income protection – starting the claim",
        body="""Dear Tom,

thanks for explaining everything so openly on the phone. Here's a summary
and the next steps for your claim under BU-2230915.

What you told me:
- Covid infection in September 2024, since then severe fatigue, brain fog
  and heart racing on exertion; your GP diagnosed post-COVID syndrome
  (U09.9) in December
- on sick leave since 14 October 2024, currently in the long-COVID
  outpatient programme at the Uniklinik
- as a software architect you can currently work about 2 hours a day at most

For the claim we need:
1. the claim form (attached to the next mail, parts A and B for you,
   part C for your employer about your job description),
2. reports from your GP and the long-COVID clinic,
3. the confidentiality release so our claims team can ask your doctors
   directly – that usually speeds things up.

The policy pays from 50 % disability expected for six months. Your sick
leave since October counts towards that.

Please don't worry about doing it all at once – send what you have and
I'll chase the rest.

""" + SIG_ODC)


@mail("NORMAL", "en", "agent-to-customer",
      "thank-you note to a fair contact for passing on a card, no contract data")
def m111():
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="Oksana Melnyk <oksana.melnyk@webpost.example>",
        subject="Thank you!",
        body="""Dear Oksana,

just a quick note to say thank you for passing our card on to your colleague
after the Expat Fair – we met yesterday and it was a really nice conversation.

As a small thank-you, a voucher for the Kleinmarkthalle is on its way to
you by post.

Have a lovely weekend!
Priya
""")


@mail("CONFIDENTIAL", "en", "agent-to-customer",
      "travel cancellation because of job loss (no health content): policy, booking, cost, employer letter")
def m112():
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Luca Bianchi <luca.bianchi@freemail.example>",
        subject="Re: Can I cancel Thailand because I lost my job?",
        body="""Hi Luca,

sorry to hear about the job – that's a rough start to the year.

Good news though: your annual travel cancellation policy RR-7730918 covers
"unexpected loss of employment through the employer's termination", as long
as you didn't know about it when you booked. You booked in October and got
the termination letter on 31 January, so that fits.

For the claim please send:
- the booking confirmation (Bangkok/Krabi, 2 persons, EUR 4,120)
- the tour operator's cancellation invoice
- the termination letter from Kestrel Logistics (redundancy, not for cause)
- proof of registration with the Agentur für Arbeit

The deductible is 20 % of the cancellation costs. Cancel with the tour
operator as soon as possible – the fee goes up the closer you get to the
travel date.

""" + SIG_ODC)


@mail("STRICTLY_CONFIDENTIAL", "en", "company",
      "employer HR: employee on long-term sick leave after surgery, bAV contributions suspended, salary conversion")
def m113():
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="bAV-Service <bav-service@lindgruen.example>",
        subject="FW: Deniz Kaya – bAV contributions during sick leave",
        body="""Hallo bAV-Team,

kurze Frage von Brightlake, s. u. – Gruppenvertrag RV-GR 2201. Können wir
den Vertrag von Herrn Kaya beitragsfrei stellen und später ohne neue
Gesundheitsprüfung wieder aufnehmen?

Danke, Priya

-----Original Message-----
From: Hannah Becker <h.becker@brightlake-systems.example>
Sent: Monday, March 3, 2025 2:05 PM
To: Priya Raman
Subject: Deniz Kaya – bAV

Hi Priya,

Deniz Kaya (enrolled in April, contract in the DI-Fonds tariff) has been on
sick leave since mid-January after a heart operation and is now on
Krankengeld from his health fund. As we no longer pay salary, the salary
conversion of EUR 100/month stops. What happens to his direct insurance,
and can he restart when he's back? He's hoping for June.

Thanks,
Hannah
""")


@mail("NORMAL", "en", "internal",
      "trap: named prospect with an income-protection enquiry, no contract, birth date or health data")
def m114():
    return dict(
        frm="Lena Fischer <l.fischer@agentur.lindgruen.example>",
        to="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        subject="Tomorrow 10:00",
        body="""Hi Daniel,

meeting room 2 is booked for your 10:00 (first meeting, Mr Grant, the
income protection enquiry from the website). Coffee and the English
brochures are on the table. The projector remote is in my drawer, not in
the room – someone keeps taking it.

Lena
""")


@mail("CONFIDENTIAL", "en", "agent-to-customer",
      "water damage in a rented flat, nobody hurt: claim and policy numbers, landlord, address")
def m115():
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="Emma Johansson <emma.johansson@mailbox.example>",
        subject="Your water damage claim SA-25-0021344",
        body="""Dear Emma,

thank you for the photos. A quick summary of where we are:

Claim SA-25-0021344, household contents policy HR 30 702 661,
Leipziger Straße 9, 60487 Frankfurt.

- The leak came from the washing machine hose of your upstairs neighbour,
  so damage to the building (ceiling, parquet) is for the landlord's
  building insurance – please inform Hausverwaltung Roth today if you
  haven't yet.
- Your damaged belongings (sofa, rug, books, the lower kitchen cabinets
  you bought yourself) are covered under your contents policy.
- Please don't throw anything away until our loss adjuster has been –
  appointment Thursday 11:00.

Glad nobody was hurt and the cat is fine!

""" + SIG_RAMAN)


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "named applicant's HIV infection on ART mentioned by mistake in a request for an anonymous pre-check")
def m116():
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Priya Raman <p.raman@agentur.lindgruen.example>",
        subject="pre-check question",
        body="""Priya,

you did a Risikovoranfrage for an HIV-positive client last year, didn't you?
I have one now: Jonathan Price (the architect from the Städel event), 41,
HIV positive since 2016, on antiretroviral therapy, viral load undetectable
for years, otherwise healthy. He wants term life for the mortgage and
maybe income protection.

Which form did you use, and did underwriting accept with a surcharge? I
don't want him to get a formal rejection on file.

I'll of course anonymise it before it goes to underwriting.

D.
""")


@mail("NORMAL", "en", "internal",
      "trap: anonymous underwriting pre-check (type 1 diabetes, HbA1c) without name, birth date or other identifiers")
def m117():
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="Risikovoranfrage <risikovoranfrage@lindgruen.example>",
        subject="Anonymous pre-check (Risikovoranfrage) – BU Vital / term life",
        body="""Hello underwriting team,

anonymous pre-check, no application yet, please do not create a customer
record:

Applicant:       anonymous, male, age band 30–35
Occupation:      office job, IT, no travel (Berufsgruppe 1)
Cover requested: BU Vital EUR 2,000/month to 67; term life EUR 300,000
Health:          type 1 diabetes since childhood, insulin pump, HbA1c last
                 three values 6.8 / 6.9 / 7.1, no retinopathy, no
                 nephropathy, no hypoglycaemia with third-party help in
                 the last 5 years
Other:           non-smoker, BMI 24

Question: acceptance possible, and if so with which surcharge or
exclusion?

Thank you!
Priya Raman
International Desk Frankfurt (0471/40)
""")


@mail("CONFIDENTIAL", "en", "agent-to-customer",
      "name change back to maiden name after divorce, address, policy numbers of household and motor")
def m118():
    return dict(
        frm="Lena Fischer <l.fischer@agentur.lindgruen.example>",
        to="Isabel Santos <isabel.santos@webpost.example>",
        subject="Your name change – policies updated",
        body="""Dear Ms Santos,

we have updated your policies following your divorce and the change back
to your maiden name (formerly Isabel Hartmann):

- Household contents HR 30 688 215 – policyholder now Isabel Santos,
  Berger Straße 201, 60385 Frankfurt
- Motor KR-4480-251904 (F-IH 390) – policyholder and registered keeper
  Isabel Santos; please also update the registration at the
  Zulassungsstelle, as the vehicle documents still show the old name

Updated policy schedules will be sent by post.

Kind regards
Lena Fischer
International Desk Frankfurt
""")


@mail("NORMAL", "mixed", "internal",
      "Diskussion über Wettbewerbspunkte mit englischem Zitat, keine Kunden")
def m119():
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Frank Ullrich <frank.ullrich@lindgruen.example>",
        subject="Gipfelstürmer – Punkte für Expat-Bündel?",
        body="""Hallo Frank,

kurze Frage zur Wertung: Unsere typischen Expat-Bündel sind Hausrat + PHV +
Kfz + Auslandsreise-KV. Zählt die Reise-KV als dritte Sachsparte für den
Bündelbonus oder nicht? Astrid meinte in der Pilot-Runde:

> Travel health counts as health for contest purposes, so factor 1.5,
> but it's not a property line, so no bundle bonus. Carina has the final
> word though.

Wenn das so bleibt, verlieren wir gut 600 Punkte. Kannst du das mit
Carina klären? Geht nicht um Lissabon, nur um Fairness. OK, ein bisschen
auch um Lissabon.

Gruß
Daniel
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "agent-to-backoffice",
      "newborn registration in private health: premature birth at 34 weeks, neonatal intensive care")
def m120():
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="KV Leistung International <kv-leistung-international@lindgruen.example>",
        subject="Kindernachversicherung Novak – born 27 Feb, NICU",
        body="""Hello colleagues,

please register the newborn of our clients Marko and Ivana Novak
(KV 88 498 117-01/-02) under the Kindernachversicherung, same tariff as the
mother (Expat Premium, no deductible):

Child:       Luka Novak, born 27 February 2025, Klinikum Höchst
Birth:       premature at 34+2 weeks, 2,180 g, emergency caesarean
             because of pre-eclampsia
Current:     neonatal intensive care unit, expected to stay 2–3 weeks,
             breathing support for the first days

Birth certificate (Geburtsurkunde) is uploaded in the portal. As the child
is registered within two months of birth, there must be no health check
and no waiting period – please confirm this to the parents in writing,
they are worried about the NICU costs.

Thank you
Priya Raman
""",
        date="2025-03-03 09:20")


@mail("NORMAL", "de", "internal",
      "Wettbewerbsergebnis je Agentur, keine Kunden- oder Einkommensdaten")
def m121():
    return dict(
        frm="Frank Ullrich <frank.ullrich@lindgruen.example>",
        to="GA Mitte Verteiler <vd-mitte-agenturen@lindgruen.example>",
        subject="Gipfelstürmer 2025: Wir fahren nach Lissabon!",
        body="""Liebe Kolleginnen und Kollegen,

der Wettbewerb ist entschieden (vorbehaltlich Policierung bis 30.04.):

  1. GA Kessler, Fulda                 7.902 Punkte
  2. Agentur Demir, Kassel-W.          7.455 Punkte
  3. International Desk Frankfurt      6.618 Punkte
  4. Agentur Hagedorn, Bad Hersfeld    6.390 Punkte

Melanie, das war unfassbar knapp – ich habe mit Carina gesprochen, eine
Person aus deiner Agentur fährt als Sonderpreis für den Gesundheitstag mit.

Danke an alle, auch an Marburg, die unter schwierigen Bedingungen
weitergemacht haben.

Frank
""",
        date="2025-04-02 11:30")


@mail("STRICTLY_CONFIDENTIAL", "de", "agent-to-backoffice",
      "nur HTML mit Tabelle: Unfallmeldung Oberschenkelhalsbruch (S72.0) einer älteren Kundin, Klinik, Reha")
def m122():
    return dict(
        frm="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        to="Leistung Unfall <leistung-unfall@lindgruen.example>",
        subject="Unfallmeldung UV-610 3392 – Dietz, Anneliese",
        html_only=True,
        html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>f&uuml;r eine Kundin aus dem Bestand Weller (seit 01.04. bei uns) melde ich folgenden Unfall:</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td><b>Vertrag</b></td><td>UV-610 3392 (Senioren-Unfall mit Assistance)</td></tr>
<tr><td><b>Versicherte Person</b></td><td>Anneliese Dietz, geb. 19.11.1944, Kirchplatz 2, 36132 Eiterfeld</td></tr>
<tr><td><b>Unfall</b></td><td>28.03.2025, Sturz auf nasser Kellertreppe</td></tr>
<tr><td><b>Verletzung</b></td><td>Oberschenkelhalsbruch links (S72.0), H&uuml;ft-TEP am 29.03. im Klinikum Fulda</td></tr>
<tr><td><b>weiterer Verlauf</b></td><td>Anschlussreha ab ca. 10.04. in Bad Soden-Salm&uuml;nster; danach Unterst&uuml;tzung zu Hause n&ouml;tig</td></tr>
<tr><td><b>Meldung durch</b></td><td>Tochter, Frau Petra Dietz-Held (Vollmacht folgt)</td></tr>
</table>
<p>Bitte die Assistance-Leistungen (Menüservice, Haushaltshilfe, Fahrdienst) nach der Reha direkt mit der Tochter abstimmen. Die Kundin hat Sorge, dass sie nicht mehr allein wohnen kann.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Bertram Kessler<br>Generalagentur Kessler &middot; Fulda</p>
</body></html>""",
        date="2025-04-01 15:48")


@mail("CONFIDENTIAL", "de", "agent-to-customer",
      "Jobverlust: Firmenwagen zurückgegeben, eigenes Auto versichern, SF-Übernahme mit Arbeitgeberbescheinigung")
def m123():
    return dict(
        frm="Melanie Hagedorn <m.hagedorn@agentur.lindgruen.example>",
        to="Oliver Stein <oliver.stein@mailbox.example>",
        subject="Ihr neues Auto – SF-Klasse vom Firmenwagen",
        body="""Hallo Herr Stein,

schade, dass es bei Ihrem Arbeitgeber so gekommen ist – aber gut, dass Sie
schnell ein eigenes Auto gefunden haben.

Damit Sie nicht bei SF 0 anfangen müssen, können wir die schadenfreien
Jahre aus dem Firmenwagen übernehmen. Dafür brauche ich von der
Kanzlei Berg & Partner (Ihrem bisherigen Arbeitgeber) bzw. deren
Flottenversicherer eine Bescheinigung:

- Sie waren vom 01.09.2019 bis 28.02.2025 alleiniger Nutzer des Firmenwagens
- keine Schäden in dieser Zeit, die Sie verursacht haben

Dann stufe ich Ihren neuen Vertrag KR-4402-331908 (Seat Leon, HEF-OS 512)
in SF 5 ein statt SF ½. Das macht rund 420 € im Jahr aus.

Das Formular zur Bescheinigung hängt an meiner nächsten Mail.

Viele Grüße
Melanie Hagedorn
""")


@mail("NORMAL", "de", "agent-office",
      "trap: Auswertung Gesundheitstag mit Besucher- und Messungszahlen, aggregiert, keine Personen")
def m124():
    return dict(
        frm="Petra Lenz <p.lenz@agentur.lindgruen.example>",
        to="Melanie Hagedorn <m.hagedorn@agentur.lindgruen.example>",
        cc="Carina Beck <carina.beck@lindgruen.example>",
        subject="Gesundheitstag – Zahlen für den Bericht an die Direktion",
        body="""Hallo Melanie,

hier die Zahlen für deinen Bericht an Carina (Apotheke hat ihre
Strichliste geschickt, Namen haben die ja keine notiert):

Besucher am Stand (geschätzt)           ca. 340
Blutdruckmessungen                        118
Blutzuckermessungen                        63
davon Empfehlung „bitte zum Hausarzt“      21  (lt. Apotheke)
Gespräche Pflegezusatz                     37
Gespräche Unfall/Kinderunfall              22
vereinbarte Termine                        14
Teilnehmer Vortrag „Pflegefall“            29
Glücksrad-Gewinne (Lindi)                  86 – wir brauchen Nachschub!

Kosten: Apotheke 350 €, Standmiete 400 €, Getränke/Brezeln 126,40 €.

Fotos ohne Gesichter liegen im Ordner Marketing.

Petra
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Kundenbeschwerde: Agenturmitarbeiterin erwähnte am Messestand die Psychotherapie einer Kundin")
def m125():
    return dict(
        frm="Beschwerdemanagement <beschwerde@lindgruen.example>",
        to="Melanie Hagedorn <m.hagedorn@agentur.lindgruen.example>",
        cc="Frank Ullrich <frank.ullrich@lindgruen.example>",
        subject="[streng vertraulich] Beschwerde B-25-00412 – Bitte um Stellungnahme bis 04.04.",
        body="""Sehr geehrte Frau Hagedorn,

uns liegt folgende Beschwerde vor, zu der wir Sie um Stellungnahme bitten:

Beschwerdeführerin: Frau Carolin Weiß, Bad Hersfeld
Verträge:           BU-2187740, KV 88 355 902-01 (Ergänzung ambulant)

Frau Weiß schreibt, sie sei am 15.03. am Stand Ihrer Agentur beim
Gesundheitstag im Hersfelder Tor gewesen. Eine Mitarbeiterin habe sie in
Hörweite anderer Besucher gefragt, ob „die Psychotherapie inzwischen
abgeschlossen“ sei und ob man „die BU jetzt wieder erhöhen“ könne. Frau
Weiß befindet sich seit 2024 wegen einer Angststörung in Behandlung; die
Information stammt aus einem Beratungsgespräch in Ihrer Agentur. Sie fühlt
sich bloßgestellt und erwägt, sich an die Datenschutzaufsicht zu wenden.

Bitte schildern Sie uns den Vorgang aus Ihrer Sicht und teilen Sie mit,
welche Mitarbeiterin betroffen war und welche Maßnahmen Sie ergreifen.
Bitte antworten Sie ausschließlich auf diese Mail und setzen Sie den
Betreff-Tag nicht zurück.

Mit freundlichen Grüßen
Beschwerdemanagement
Lindgrün Versicherung AG
""",
        date="2025-03-21 10:02")


@mail("CONFIDENTIAL", "de", "internal",
      "Beschwerde über Kfz-Beitragserhöhung: Name, Vertragsnummer, Typklasse, SF-Klasse eines Kunden")
def m126():
    return dict(
        frm="Frank Ullrich <frank.ullrich@lindgruen.example>",
        to="Ayşe Demir <a.demir@agentur.lindgruen.example>",
        subject="WG: Beschwerde Beitragserhöhung Kfz – Herr Reuter",
        body="""Hallo Ayşe,

der Kunde hat direkt an den Vorstand geschrieben, die Beschwerde landete
bei mir. Kannst du ihn anrufen? Die Erhöhung ist sachlich korrekt
(Typklasse Haftpflicht 18 -> 20, Regionalklasse Kassel +1), aber der Ton
unserer Beitragsrechnung war wohl nicht sehr freundlich.

Danke, Frank

-----Ursprüngliche Nachricht-----
Von: Thomas Reuter
Betreff: Frechheit
Vertrag KR-4455-190228, KS-TR 77

Sehr geehrter Vorstand, seit 1996 bin ich Ihr Kunde, SF 26, kein einziger
Schaden, und jetzt 94 Euro mehr im Jahr für dasselbe Auto?! Meine
Agentin Frau Demir ist sehr nett, aber die Zentrale hat offensichtlich
kein Interesse an treuen Kunden. Ich erwarte eine Erklärung.
T. Reuter
""")


@mail("NORMAL", "de", "internal",
      "Pflicht-E-Learning Geldwäscheprävention, keine Personen")
def m127():
    return dict(
        frm="Compliance <compliance@lindgruen.example>",
        to="Alle Agenturen <alle-agenturen@lindgruen.example>",
        subject="Pflicht-E-Learning Geldwäscheprävention 2025 – bis 30.04.",
        body="""Liebe Agenturen,

auch in diesem Jahr ist das E-Learning „Geldwäscheprävention in der
Lebensversicherung“ für alle Vermittler und Mitarbeitenden mit
Kundenkontakt Pflicht (Dauer ca. 45 Minuten, Abschlusstest 10 Fragen).

Neu in diesem Jahr: Fallbeispiele zu Einmalbeiträgen über 15.000 € und
zu Zahlungen von Dritten. Die Teilnahme wird mit 0,75 Stunden auf die
IDD-Weiterbildung angerechnet.

Link: https://akademie.lindgruen.example/elearning/gwg-2025

Ihre Compliance
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "agent-to-backoffice",
      "Body harmlos; ODS-Wochenbericht der Besuche enthält Schwangerschaft und BU-Antrag einer Kundin")
def m128():
    rows = [
        ["Datum", "KdNr", "Kunde", "Anlass", "Ergebnis", "Wiedervorlage"],
        ["17.03.2025", "100 377 904", "Brandt, Dennis", "Angebot Risiko-LV Erhöhung", "Antrag unterschrieben", ""],
        ["18.03.2025", "100 530 221", "Yıldırım, Deniz", "Kfz Neuwagen", "eVB erstellt", ""],
        ["18.03.2025", "100 488 610", "Hahn, Melanie", "BU Vital, schwanger (21. SSW), will vor Elternzeit abschließen",
         "Antrag erst nach Geburt, Risikoprüfung wegen Schwangerschaftsdiabetes", "15.09.2025"],
        ["19.03.2025", "100 290 885", "Kaiser, Ralf", "Hausrat Umzug", "Anpassung VS", ""],
        ["20.03.2025", "100 612 004", "Schuster, Jana", "Erstgespräch", "kein Bedarf", ""],
    ]
    return dict(
        frm="Ayşe Demir <a.demir@agentur.lindgruen.example>",
        to="Vertriebsinnendienst Mitte <vid-mitte@lindgruen.example>",
        subject="Wochenbericht KW 12 Agentur 0471/27",
        body="""Hallo Marcel,

anbei mein Wochenbericht KW 12 für LIVIA (Tablet-Sync geht immer noch
nicht zuverlässig).

Gruß Ayşe
""",
        atts=[("Wochenbericht_KW12_0471-27.ods", ods(rows, "KW12"))])


@mail("NORMAL", "de", "internal",
      "trap: Ticketlösung zum BU-Rechner mit fiktivem Testkunden, Gesundheitsfragen nur als Funktionsname")
def m129():
    return dict(
        frm="Service-Desk <servicedesk@lindgruen.example>",
        to="Jonas Wetzel <j.wetzel@agentur.lindgruen.example>",
        subject="[Ticket SD-2025-04418] gelöst: BU-Angebotsrechner – Gesundheitsfragen werden nicht gedruckt",
        body="""Hallo Herr Wetzel,

Ihr Ticket SD-2025-04418 wurde gelöst.

Ursache: Im Release 25.1 wurde die Druckvorlage für den Block
„Gesundheitsfragen 1–9“ nicht mit ausgeliefert. Mit Hotfix 25.1.2 (heute
06:00 eingespielt) ist der Block wieder im Druck-PDF enthalten.

Getestet mit Ihrem Testfall „Max Mustermann (fiktiv), Bürokaufmann, BU-Rente
1.500 €“ sowie mit drei weiteren Testfällen mit Ja-Antworten (Testdaten
„Erika Musterfrau“, Diagnosefelder mit Platzhaltertext).

Vielen Dank für die gute Fehlerbeschreibung!

Ihr Service-Desk
""")


@mail("CONFIDENTIAL", "de", "agent-to-customer",
      "Trennung: Wohngebäudevertrag wird auf die Ehefrau allein umgeschrieben, Grundbuch, Vertragsnummer")
def m130():
    return dict(
        frm="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        to="Anja Schulz <anja.schulz@webpost.example>",
        subject="Wohngebäude WG 50 118 332 – Umschreibung auf Sie",
        body="""Liebe Frau Schulz,

Ihre Anwältin hat mir die notarielle Vereinbarung geschickt, nach der das
Haus im Eichenweg 4 in Neuhof auf Sie allein übergeht und Ihr Mann im
Grundbuch ausgetragen wird.

Ich habe deshalb veranlasst:
- Wohngebäudeversicherung WG 50 118 332: Versicherungsnehmerin ab
  01.04.2025 nur noch Sie
- die Beiträge laufen ab April von Ihrem Konto, das Mandat haben Sie
  bereits unterschrieben
- die Hausratversicherung Ihres Mannes (HR 30 214 776) ist davon nicht
  betroffen; über die muss er selbst entscheiden

Für Ihren neuen Hausrat schicke ich Ihnen bis Freitag ein Angebot – dann
sind Sie ab dem Auszug Ihres Mannes nicht ohne Schutz.

Herzliche Grüße
Bertram Kessler
""")


@mail("NORMAL", "de", "agent-to-customer",
      "trap: leerer Vorbereitungsbogen zur Bedarfsanalyse (DOCX) mit Feldern für Geburtsdatum, Einkommen, IBAN, Vorerkrankungen")
def m131():
    doc = docx([
        "Agentur Hagedorn – Ihre Vorbereitung auf unser Beratungsgespräch",
        "Name: ______________________________",
        "Geburtsdatum: ____________  Familienstand: ____________",
        "Kinder (Alter): ______________________",
        "Beruf / Arbeitgeber: ______________________________",
        "Bruttoeinkommen monatlich: ____________ €  Nettoeinkommen: ____________ €",
        "Bankverbindung (IBAN): DE__ ____ ____ ____ ____ __",
        "Bestehende Versicherungen (bitte Policen mitbringen): ______________________",
        "Gesundheit: Bitte tragen Sie hier KEINE Vorerkrankungen ein. Gesundheitsfragen besprechen wir persönlich, wenn Sie eine BU, Risikoleben oder Pflegeversicherung wünschen.",
        "Was ist Ihnen besonders wichtig? ______________________________",
    ])
    return dict(
        frm="Melanie Hagedorn <m.hagedorn@agentur.lindgruen.example>",
        to="Julia Neumann <julia.neumann@freemail.example>",
        subject="Vorbereitung auf unseren Termin",
        body="""Liebe Frau Neumann,

ich freue mich auf unser Gespräch am Dienstag! Damit wir die Zeit gut
nutzen, hänge ich einen kurzen Vorbereitungsbogen an. Sie müssen ihn nicht
ausfüllen – es hilft nur, schon mal die Unterlagen zusammenzusuchen.

Bitte schicken Sie mir den Bogen NICHT ausgefüllt per Mail zurück,
sondern bringen Sie ihn einfach mit.

Bis Dienstag
Melanie Hagedorn
""",
        atts=[("Vorbereitungsbogen_Beratung.docx", doc)])


@mail("STRICTLY_CONFIDENTIAL", "de", "agent-to-customer",
      "Annahmeentscheidung Risikolebensversicherung mit Raucherzuschlag und Blutdruckbefund")
def m132():
    return dict(
        frm="Ayşe Demir <a.demir@agentur.lindgruen.example>",
        to="Patrick Schmitt <patrick.schmitt@kabelnet.example>",
        subject="Ihre Risikolebensversicherung – Annahme durch die Risikoprüfung",
        body="""Hallo Herr Schmitt,

ich betreue Sie vertretungsweise für Herrn Grünwald und habe gute
Nachrichten zu Ihrem Antrag 25-RL-0088105:

Die Risikoprüfung hat Ihre Risikolebensversicherung über 250.000 €
angenommen – allerdings im Rauchertarif und wegen des erhöhten Blutdrucks
mit einem Zuschlag von 25 % auf den Risikobeitrag.

Monatsbeitrag:  bisher angeboten 18,40 € (Nichtraucher)
                jetzt            41,95 € (Raucher, inkl. Zuschlag)

Gut zu wissen: Wenn Sie 12 Monate rauchfrei sind, können Sie den
Nichtrauchertarif beantragen. Und wenn Ihr Hausarzt in einem Jahr normale
Blutdruckwerte bestätigt, prüfen wir den Zuschlag neu.

Die Police geht direkt an Sie, die Bank bekommt eine Kopie der
Abtretungsanzeige.

Viele Grüße
Ayşe Demir
Agentur Kassel-Wilhelmshöhe (i. V. Agentur Grünwald)
""")


@mail("CONFIDENTIAL", "de", "agent-to-backoffice",
      "Hausverkauf einer Kundin: Wohngebäude-Übergang auf Käufer, Kaufvertrag, Vertragsnummer, neue Anschrift")
def m133():
    return dict(
        frm="Sabine Roth <s.roth@agentur.lindgruen.example>",
        to="Vertriebsinnendienst Mitte <vid-mitte@lindgruen.example>",
        subject="Veräußerung Wohngebäude – Möller, Gertrud – WG 50 092 714",
        body="""Hallo Heike,

Frau Gertrud Möller hat ihr Haus verkauft und zieht zu ihrer Tochter in
die Einliegerwohnung.

Wohngebäude WG 50 092 714, Heinrichstraße 12, 36037 Fulda
Käufer:             Eheleute Jan und Mira Feldmann
Kaufvertrag:        Notar Dr. Hense, UR-Nr. 412/2025 vom 03.03.2025
Besitzübergang:     01.05.2025

Der Vertrag geht nach § 95 VVG auf die Käufer über; Herr Feldmann hat
schon angerufen, er will kündigen und zu seinem eigenen Versicherer. Bitte
entsprechend vormerken.

Hausrat HR 30 101 228 bitte ab 01.05. auf die neue Anschrift umstellen:
Am Aschenberg 9, 36039 Fulda, Wohnfläche 55 m².

Danke
Sabine
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Abwesenheit einer Innendienstmitarbeiterin mit Grund: Reha nach Knie-OP")
def m134():
    return dict(
        frm="Marcel Pohl <marcel.pohl@lindgruen.example>",
        to="GA Mitte Verteiler <vd-mitte-agenturen@lindgruen.example>",
        subject="Vertretung VID – Heike bis Ende April nicht da",
        body="""Hallo zusammen,

Heike ist nach ihrer Knie-OP (Kreuzband, beim Skifahren) ab Montag für
drei Wochen in der Reha in Bad Wildungen und danach noch eine Woche zu
Hause. Sie lässt alle grüßen und sagt, ihr sollt ihr keine Mails
schicken, sie liest sie eh nicht.

Bis voraussichtlich 25.04. bitte alles an vid-mitte@ oder direkt an mich.

Marcel
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "base64-kodierter Body: weitergeleitete Kundenmail mit AU-Diagnose (J06.9/J20.9) für Krankentagegeld")
def m135():
    return dict(
        frm="Bertram Kessler <b.kessler@agentur.lindgruen.example>",
        to="KV Leistung <kv-leistung@lindgruen.example>",
        subject="WG: Krankentagegeld Hofmann – AU",
        cte="base64",
        body="""Bitte Krankentagegeld prüfen, Kunde ist Selbständiger (KT ab 22. Tag).
Gruß B. Kessler

-----Ursprüngliche Nachricht-----
Von: Sebastian Hofmann <s.hofmann@malerbetrieb-hofmann.example>
Gesendet: Montag, 24. März 2025 07:12
An: Bertram Kessler
Betreff: Krankentagegeld

Moin Herr Kessler,

ich lieg jetzt seit 3 1/2 Wochen flach. Erst Grippe, dann
Bronchitis obendrauf, der Hausarzt hat mich bis 04.04. krankgeschrieben.
Auf der AU steht J06.9 und J20.9. Die Baustelle in Petersberg muss mein
Geselle allein machen. Ab wann zahlt das Krankentagegeld? Vertrag ist
KV 88 260 993-01.

Die AU-Bescheinigungen schick ich per Post.

Gruß Sebastian Hofmann
Malerbetrieb Hofmann, Petersberg
""")


@mail("CONFIDENTIAL", "de", "agent-to-customer",
      "Geburt eines Kindes: Name und Geburtsdatum des Babys in PHV/Hausrat, Vertragsnummern, ohne medizinische Angaben")
def m136():
    return dict(
        frm="Ayşe Demir <a.demir@agentur.lindgruen.example>",
        to="Laura Brandt <laura.brandt@familie-brandt.example>",
        cc="Dennis Brandt <dennis.brandt@familie-brandt.example>",
        subject="Mila ist jetzt mitversichert",
        body="""Liebe Familie Brandt,

kurze Rückmeldung: Mila (geb. 19.01.2025) ist jetzt in Ihrer
Privathaftpflicht PH 20 377 104 als Kind mitversichert. Dazu habe ich den
Vertrag wie besprochen vom Single- auf den Familientarif umgestellt und
Lauras alten Single-Vertrag PH 20 298 456 zum 01.04. gekündigt.

Hausrat HR 30 560 791: Die Versicherungssumme habe ich um 5.000 € erhöht
(Kinderwagen, Babyausstattung). Beitrag steigt um 0,90 € im Monat.

Ich wünsche Ihnen weiterhin viel Freude mit der Kleinen!

Herzliche Grüße
Ayşe Demir
""")


@mail("NORMAL", "de", "newsletter",
      "trap: Vertriebsnewsletter mit Wettbewerbssiegern, BU-Start und Lebensereignissen, keine Kunden")
def m137():
    return dict(
        frm="Vertrieb aktuell <vertrieb-aktuell@lindgruen.example>",
        to="Alle Agenturen <alle-agenturen@lindgruen.example>",
        subject="Vertrieb aktuell 04/2025",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#2e7d32">Vertrieb aktuell 04/2025</h2>
<h3>Gipfelst&uuml;rmer: Die Sieger stehen fest</h3>
<p>42 Agenturen aus sechs Direktionen fliegen im Mai nach Lissabon. Herzlichen Gl&uuml;ckwunsch! In der VD Mitte liegt die GA Kessler (Fulda) vorn.</p>
<h3>BU Vital ist gestartet</h3>
<p>Seit 1. April gibt es nur noch neun Gesundheitsfragen. Erste R&uuml;ckmeldung aus den Agenturen: deutlich weniger R&uuml;ckfragen der Risikopr&uuml;fung bei R&uuml;ckenbeschwerden und Allergien. Psychische Erkrankungen werden weiterhin f&uuml;nf Jahre abgefragt.</p>
<h3>Lebensereignisse: Das Pilotprojekt zeigt Wirkung</h3>
<p>Abschlussquote 46 % statt 31 %, null Beschwerden. Ab Juni rollen wir den Gespr&auml;chsleitfaden bundesweit aus.</p>
<h3>Erinnerung Datenschutz</h3>
<p>Diagnosen geh&ouml;ren nicht in LIVIA-Notizen und nicht in unverschl&uuml;sselte Mails.</p>
</body></html>""",
        body="""Vertrieb aktuell 04/2025

Gipfelstürmer: Die Sieger stehen fest
42 Agenturen aus sechs Direktionen fliegen im Mai nach Lissabon. Herzlichen
Glückwunsch! In der VD Mitte liegt die GA Kessler (Fulda) vorn.

BU Vital ist gestartet
Seit 1. April gibt es nur noch neun Gesundheitsfragen. Erste Rückmeldung aus
den Agenturen: deutlich weniger Rückfragen der Risikoprüfung bei
Rückenbeschwerden und Allergien. Psychische Erkrankungen werden weiterhin
fünf Jahre abgefragt.

Lebensereignisse: Das Pilotprojekt zeigt Wirkung
Abschlussquote 46 % statt 31 %, null Beschwerden. Ab Juni rollen wir den
Gesprächsleitfaden bundesweit aus.

Erinnerung Datenschutz
Diagnosen gehören nicht in LIVIA-Notizen und nicht in unverschlüsselte Mails.
""",
        date="2025-04-03 08:00")


@mail("NORMAL", "en", "insurer-to-supplier",
      "incentive trip: final headcount and budget, no names or special requests")
def m138():
    return dict(
        frm="Carina Beck <carina.beck@lindgruen.example>",
        to="Bluewave Incentives – Lisbon team <lisbon@bluewave-incentives.example>",
        subject="Gipfelstürmer Lisbon – final headcount",
        body="""Hi Marta,

final numbers after the contest closed:

- 42 travellers in total (27 agents, 11 companions, 4 office staff)
- 2 Lindgrün hosts (Frank Ullrich, me)
- 21 double rooms, 2 single rooms

Names and special requests will reach you only through the registration
platform by 11 April – please don't accept them by e-mail from our agents,
just point them to the form.

Gala dinner with live band: approved. Please send the final invoice to
our accounts payable, PO 4500187731.

Obrigada!
Carina
""",
        date="2025-04-02 14:10")


@mail("CONFIDENTIAL", "en", "agent-to-customer",
      "moped insurance for a named customer's 15-year-old son: birth date, licence class AM, plate, policy")
def m139():
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Fiona Campbell <fiona.campbell@mailbox.example>",
        subject="Moped insurance for Jamie – plate is in the post",
        body="""Hi Fiona,

all done for Jamie's scooter:

  Rider:          Jamie Campbell, born 12 January 2010
  Licence:        class AM, issued 14 February 2025
  Vehicle:        Piaggio Zip 50, 45 km/h
  Insurance plate: 2025 season, number 418 FKT (blue, valid until
                  end of February 2026)
  Policy:         MV-25-118 204, policyholder Fiona Campbell
  Premium:        EUR 89 for the season, liability + partial casco

The plate and the insurance certificate are on their way to you by post
(Gartenstraße 14, Bad Homburg). Jamie must not ride before the plate is
mounted!

""" + SIG_ODC)


@mail("STRICTLY_CONFIDENTIAL", "en", "agent-to-customer",
      "policy issued for term life and critical illness after thyroid disease review: underwriting decision")
def m140():
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="Claire Dubois <claire.dubois@mailbox.example>",
        subject="Good news – your term life & critical illness policy is issued",
        body="""Dear Claire,

underwriting has reviewed your lab report and accepted your application
25-RL-0087721 at standard rates – no surcharge and no exclusion for the
Hashimoto's thyroiditis.

Your policy:
  Term life:         LV 7.221.094.8, EUR 350,000, term 25 years
  Critical illness:  LV 7.221.095.6, EUR 80,000
  Beneficiary (life): Julien Dubois (husband), revocable
  Monthly premium:   EUR 46.30 in total

The policy documents come by post within a week. Please check the health
answers printed in the application copy once more – if anything is missing
or wrong, tell me within the 30-day period.

Congratulations, and thank you for your patience with all the paperwork!

""" + SIG_RAMAN)


@mail("NORMAL", "en", "internal",
      "trap: DE–EN glossary of health and insurance terms for agents, no person")
def m141():
    csv = textfile("""Deutsch;English;Hinweis / note
Berufsunfähigkeit (BU);occupational disability / income protection;not the same as UK "critical illness"
Gesundheitsfragen;health questions;
vorvertragliche Anzeigepflicht;pre-contractual duty of disclosure;§ 19 VVG
Schweigepflichtentbindung;confidentiality release / medical records authorisation;
Bandscheibenvorfall;slipped (herniated) disc;
Bluthochdruck;high blood pressure / hypertension;
psychische Erkrankung;mental health condition;
Pflegegrad;care level (1-5);
Krankentagegeld;daily sickness allowance;
Kindernachversicherung;newborn cover without health check;within 2 months of birth
Risikovoranfrage;anonymous underwriting pre-check;
Zuschlag / Ausschluss;surcharge / exclusion;
""")
    return dict(
        frm="Astrid Lund <astrid.lund@lindgruen.example>",
        to="International Desk <international-desk@agentur.lindgruen.example>",
        subject="Glossary DE–EN for client conversations (v1)",
        body="""Hi all,

attached a first glossary of the terms you asked for. Please add anything
that's missing – especially the medical terms where you've had
misunderstandings with clients. Don't add any client examples to the file.

Astrid
""",
        atts=[("Glossary_DE_EN_v1.csv", csv, "text/csv")])


@mail("CONFIDENTIAL", "en", "agent-to-customer",
      "annual statement of a customer's property policies in an HTML table with premiums and IBAN")
def m142():
    return dict(
        frm="Lena Fischer <l.fischer@agentur.lindgruen.example>",
        to="Ciarán Walsh <ciaran.walsh@mailbox.example>",
        subject="Overview of your policies and payment change",
        html="""<html><body style="font-family:Calibri,Arial">
<p>Dear Mr Walsh,</p>
<p>as requested, an overview of your policies with us after the changes in March:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Policy</th><th>Number</th><th>Sum insured</th><th>Premium</th></tr>
<tr><td>Household contents</td><td>HR 30 771 402</td><td>EUR 40,000</td><td>EUR 9.20 / month</td></tr>
<tr><td>Personal liability</td><td>PH 20 540 118</td><td>EUR 50 m</td><td>EUR 5.90 / month</td></tr>
<tr><td>Legal expenses</td><td>RS 40 322 810</td><td>unlimited</td><td>EUR 21.40 / month</td></tr>
</table>
<p>Premiums are collected monthly from IBAN IE79 BOFI 5252 9261 4778 29 (Ci&aacute;r&aacute;n Walsh).</p>
<p>Congratulations on the new job &ndash; once your German account is open again, just send me the new IBAN.</p>
<p>Kind regards<br>Lena Fischer<br>International Desk Frankfurt</p>
</body></html>""",
        body="""Dear Mr Walsh,

as requested, an overview of your policies with us after the changes in March:

Household contents  HR 30 771 402  EUR 40,000  EUR 9.20 / month
Personal liability  PH 20 540 118  EUR 50 m    EUR 5.90 / month
Legal expenses      RS 40 322 810  unlimited   EUR 21.40 / month

Premiums are collected monthly from IBAN IE79 BOFI 5252 9261 4778 29
(Ciarán Walsh).

Congratulations on the new job - once your German account is open again,
just send me the new IBAN.

Kind regards
Lena Fischer
International Desk Frankfurt
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "body only 'FYI'; attached forwarded customer mail asks about psychotherapy reimbursement for anxiety (F41.1)")
def m143():
    inner = forwarded(
        "Sophie Laurent <sophie.laurent@webpost.example>",
        "Priya Raman <p.raman@agentur.lindgruen.example>",
        "Therapy – is it covered?",
        "2025-03-24 22:41",
        """Hi Priya,

a bit embarrassing to ask, but: since the autumn I've had panic attacks and
my GP referred me to a psychotherapist (diagnosis on the referral is F41.1,
generalised anxiety disorder). The therapist is private, EUR 120 per
session, 25 sessions planned, she's applying for approval now.

My private health policy is KV 88 522 671-01. Will you pay, and do I need
to do anything before the first session? I don't want my employer to know.

Thank you,
Sophie
""")
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="KV Leistung International <kv-leistung-international@lindgruen.example>",
        subject="FW: Therapy – is it covered?",
        body="""FYI – could you send Ms Laurent the application form for psychotherapy
(Antrag auf Kostenzusage) directly? Thanks, Priya
""",
        atts=[inner])


@mail("NORMAL", "en", "agent-to-customer",
      "automatic out-of-office reply, no content")
def m144():
    return dict(
        date="2025-03-27 11:05",
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Jonathan Price <j.price@architekten-price.example>",
        subject="Automatic reply: Re: term life – documents",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        body="""Thank you for your message. I'm at a training course in Kassel today
and tomorrow (27/28 March) with limited access to e-mail. For urgent matters please contact my
colleague Priya Raman (p.raman@agentur.lindgruen.example, +49 69 555 30412)
or our office on +49 69 555 30400.

Vielen Dank für Ihre Nachricht. Ich bin am 27. und 28. März nicht im Büro.

Daniel O'Connor
International Desk Frankfurt
""")


@mail("CONFIDENTIAL", "en", "company",
      "company cyber claim (ransomware) with named contact person, policy and claim numbers, ransom demand")
def m145():
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="Cyber-Schaden <cyber-schaden@lindgruen.example>",
        subject="FW: URGENT – ransomware incident Brightlake Systems, CY-30 0417",
        body="""Hallo Cyber-Team,

Notfall bei Brightlake (Cyber-Police CY-30 0417). Bitte sofort
Krisenhotline/Forensik-Dienstleister aktivieren. Ansprechpartner ist der
CTO, Mobilnummer unten.

Priya

-----Original Message-----
From: Jens Albrecht <j.albrecht@brightlake-systems.example>
Sent: Wednesday, March 26, 2025 6:48 AM
To: Priya Raman
Subject: URGENT – ransomware

Priya,

our file servers were encrypted overnight, ransom note demands 12 BTC.
We've disconnected everything. Under our cyber policy we're supposed to
call the hotline first – I can't find the number. Please have someone call
me: +49 172 555 0931.

Jens Albrecht, CTO, Brightlake Systems GmbH
""",
        date="2025-03-26 07:05")


@mail("STRICTLY_CONFIDENTIAL", "en", "agent-to-backoffice",
      "travel health claim: customer hospitalised in Spain with appendicitis (K35.8), surgery, repatriation question")
def m146():
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Reise-Assistance <assistance@lindgruen.example>",
        subject="Travel health RK-5520871 – Sullivan, Megan – hospital Valencia",
        body="""Hello Assistance team,

our client Megan Sullivan (travel health RK-5520871, annual policy) called
me from Valencia:

- admitted on 23 March to Hospital Clínico Universitario with acute
  appendicitis (K35.8), laparoscopic appendectomy the same night
- expected discharge 27 March, doctors advise no flight for 7–10 days
- the hospital asks for a cost guarantee, otherwise they want a credit card
  deposit of EUR 5,000

Could you please contact the hospital (international office,
+34 96 555 8800) and issue the cost guarantee? She also asks whether the
policy covers the rebooking of her flight and extra hotel nights for the
no-fly period.

She speaks English only.

Thanks
Daniel
""",
        date="2025-03-24 10:37")


@mail("NORMAL", "en", "internal",
      "team celebration after contest, no personal data")
def m147():
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="International Desk <international-desk@agentur.lindgruen.example>",
        subject="WE'RE GOING TO LISBON 🎉",
        body="""Team!!!

Third place in the direction – we made it. Thank you Lena for keeping the
office running while Daniel and I were out every evening, and Daniel for
the 600 bundle points you fought for.

Drinks on Friday at 5, the good prosecco is in the fridge.

P.
""",
        date="2025-04-02 12:02")


@mail("CONFIDENTIAL", "en", "agent-to-customer",
      "moving in with partner: new address, partner added as driver with birth date and licence date, motor policy")
def m148():
    return dict(
        frm="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        to="Megan Sullivan <megan.sullivan@freemail.example>",
        subject="Address change and second driver – done",
        body="""Hi Megan,

welcome back from Spain!

As requested, I've updated your motor policy KR-4471-556902 (F-MS 414):

  New address:     Wolfsgangstraße 38, 60322 Frankfurt (from 1 April)
  Additional driver: Tobias Krämer, born 5 August 1990,
                   licence since 2008
  Premium change:  + EUR 3.10 per month (driver over 25, new regional class)

Congratulations on moving in together! When you're ready, let's look at
household contents and liability – two policies for one flat is money
wasted.

""" + SIG_ODC)


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "visit report: father abroad had a stroke and needs care, customer mentions own burnout and sick leave")
def m149():
    return dict(
        frm="Priya Raman <p.raman@agentur.lindgruen.example>",
        to="Daniel O'Connor <d.oconnor@agentur.lindgruen.example>",
        cc="Lena Fischer <l.fischer@agentur.lindgruen.example>",
        subject="CRM note Kowalczyk (please enter, tablet still broken)",
        body="""Daniel, Lena – for LIVIA, KdNr 100 520 904:

26 Mar, 6:30pm, call with Pawel Kowalczyk (45 min)
- His father (78, lives in Wrocław) had a stroke in February, right side
  paralysed, now in a care home. Pawel pays EUR 900/month towards it and
  flies there every second weekend.
- He's been on sick leave himself for two weeks, "burnout, my doctor says",
  first time in his life. Worried about his job.
- Asked about long-term care cover for himself and his wife ("I don't want
  my kids to go through this").
- Income protection BU-2229107 exists (EUR 2,500), he asked whether the
  current sick leave affects it – told him no, not by itself, but if it
  goes on for months he should call us.
Next steps: long-term care quotes for both (health questions to go through
in person, NOT by phone), follow-up 16 April.

P.
""",
        date="2025-03-27 08:44")


@mail("NORMAL", "mixed", "agent-to-customer",
      "zweisprachige Kundeninfo zu Öffnungszeiten an Ostern, keine Personen")
def m150():
    return dict(
        frm="Lena Fischer <l.fischer@agentur.lindgruen.example>",
        to="International Desk <international-desk@agentur.lindgruen.example>",
        subject="Öffnungszeiten Ostern / Easter opening hours",
        body="""Liebe Kundinnen und Kunden,
Dear clients,

über Ostern ist unser Büro wie folgt erreichbar:
our office hours over Easter:

Gründonnerstag / Maundy Thursday, 17.04.   09:00–13:00
Karfreitag / Good Friday, 18.04.           geschlossen / closed
Ostermontag / Easter Monday, 21.04.        geschlossen / closed

Im Schadenfall erreichen Sie die Lindgrün-Schadenhotline rund um die Uhr:
In case of a claim, our 24/7 claims hotline: 0800 555 4700

Frohe Ostern! Happy Easter!
Ihr / Your International Desk Frankfurt
""",
        date="2025-04-10 09:15")


# ---------------------------------------------------------------- driver

def all_mails():
    fns = []
    for i in range(1, 151):
        fn = globals().get("m%03d" % i)
        assert fn is not None, "missing m%03d" % i
        assert fn.__name__ in META, "no label for m%03d" % i
        fns.append(fn)
    return fns


def write():
    os.makedirs(MAILDIR, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, fn in enumerate(all_mails(), 1):
        name = "d%d-%04d.eml" % (NN, i)
        msg = build(i, fn())
        with open(os.path.join(MAILDIR, name), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        label, lang, kind, reason = META[fn.__name__]
        assert "\t" not in reason and "\n" not in reason
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (len(rows) - 1, MAILDIR))


# ---------------------------------------------------------------- check

ADDR_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?i)\b(?:https?://|www\.)([A-Za-z0-9.-]+)")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
IBAN_LC_RE = re.compile(r"\b([a-z]{2}\d{2}(?:[a-z0-9]{4}){3,7}[a-z0-9]{0,3})\b")
IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "IE": 22, "CH": 21, "FR": 27, "LU": 20, "BE": 16}


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _pdf_text(data, where):
    assert data.startswith(b"%PDF-"), where + ": not a PDF"
    assert data.rstrip().endswith(b"%%EOF"), where + ": no %%EOF"
    sx = int(re.search(rb"startxref\s+(\d+)", data).group(1))
    assert data[sx:sx + 4] == b"xref", where + ": bad startxref"
    return " ".join(m.decode("cp1252") for m in re.findall(rb"\(((?:[^()\\]|\\.)*)\) Tj", data))


def _zip_text(data, where):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, where + ": bad zip member"
    out = []
    for zi in z.infolist():
        assert zi.date_time == ZIP_TIME, where + ": zip timestamp not fixed"
        b = z.read(zi)
        if zi.filename.endswith(".xml") or zi.filename.endswith(".rels"):
            root = ET.fromstring(b)
            out.append(" ".join(t for t in root.itertext()))
        elif "." in zi.filename and zi.filename != "mimetype":
            out.append(_att_text(zi.filename, b, where + "/" + zi.filename))
    return "\n".join(out)


def _att_text(name, data, where):
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return _pdf_text(data, where)
    if ext in ("docx", "xlsx", "odt", "ods", "zip"):
        if ext in ("odt", "ods"):
            assert data[30:38] == b"mimetype", where + ": mimetype not first"
        return _zip_text(data, where)
    try:
        t = data.decode("utf-8")
    except UnicodeDecodeError:
        t = data.decode("cp1252")
    if ext == "ics":
        assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR"), where + ": bad ICS"
        assert "\r\n" in t, where + ": ICS without CRLF"
    if ext == "vcf":
        assert t.startswith("BEGIN:VCARD"), where + ": bad vCard"
    return t


def check():
    errors = []
    files = sorted(f for f in os.listdir(MAILDIR) if f.endswith(".eml"))
    want = ["d%d-%04d.eml" % (NN, i) for i in range(1, 151)]
    if files != want:
        errors.append("file list mismatch: %d files" % len(files))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "bad labels header"
    rows = [l.split("\t") for l in lines[1:] if l]
    counts, langs = {}, {}
    for r in rows:
        if len(r) != 5 or r[1] not in LABELS or r[2] not in ("de", "en", "mixed") or not r[4]:
            errors.append("bad label row %r" % r)
            continue
        counts[r[1]] = counts.get(r[1], 0) + 1
        langs[r[2]] = langs.get(r[2], 0) + 1
        if r[4].startswith("trap:") and r[1] != "NORMAL":
            errors.append("%s: trap but not NORMAL" % r[0])
    if [r[0] for r in rows] != want:
        errors.append("labels.tsv file column mismatch")
    if counts != EXPECTED:
        errors.append("label counts %r != %r" % (counts, EXPECTED))
    n_att = n_iban = 0
    for name in files:
        p = os.path.join(MAILDIR, name)
        raw = open(p, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append(name + ": line end not CRLF")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            errors.append(name + ": line longer than 998")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg[h]:
                errors.append("%s: header %s missing" % (name, h))
        if msg.defects:
            errors.append("%s: defects %r" % (name, msg.defects))
        texts = []
        for part in msg.walk():
            for h in ("From", "To", "Cc", "Reply-To", "Message-ID", "In-Reply-To", "References"):
                if part[h]:
                    texts.append(str(part[h]))
            if part.get_content_type() == "message/rfc822":
                inner = part.get_payload(0)
                if not (inner["From"] and inner["Date"] and inner["Subject"]):
                    errors.append("%s: forwarded message/rfc822 lacks headers" % name)
                n_att += 1
            if part.is_multipart():
                continue
            fn = part.get_filename()
            try:
                if fn:
                    n_att += 1
                    texts.append(_att_text(fn, part.get_content() if not isinstance(part.get_content(), str)
                                           else part.get_content().encode("utf-8"), name + ":" + fn))
                elif part.get_content_maintype() == "text":
                    texts.append(part.get_content())
            except Exception as e:  # noqa
                errors.append("%s: attachment %s does not open: %s" % (name, fn, e))
        blob = "\n".join(texts)
        blob_nohtml = re.sub(r"<[^>]+>", " ", blob)
        for m in ADDR_RE.finditer(blob):
            if not m.group(1).lower().endswith(".example"):
                errors.append("%s: non-.example address %s" % (name, m.group(0)))
        for m in URL_RE.finditer(blob):
            host = m.group(1).rstrip(".").lower()
            if host.startswith("schemas.") or host.startswith("www.w3.org") or host == "w3.org":
                continue
            if not host.endswith(".example"):
                errors.append("%s: non-.example URL host %s" % (name, host))
        for m in list(IBAN_RE.finditer(blob_nohtml)) + list(IBAN_LC_RE.finditer(blob_nohtml)):
            cand = m.group(1)
            if cand[:2].upper() in IBAN_LEN and len(cand.replace(" ", "")) >= 15:
                n_iban += 1
                if not iban_ok(cand):
                    errors.append("%s: IBAN checksum fails: %s" % (name, cand))
    for e in errors:
        print("ERROR", e)
    print("files: %d  labels: %s  langs: %s" % (len(files), counts, langs))
    print("attachments opened: %d  IBANs validated: %d" % (n_att, n_iban))
    print("check: %s" % ("FAILED (%d errors)" % len(errors) if errors else "OK"))
    return not errors


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    write()
