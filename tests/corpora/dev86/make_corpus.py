#!/usr/bin/env python3
"""Siegel test corpus dev86 - civil servants, Beihilfe and the private top-up.

Every mail is written by hand in its own function m001 ... m150. The helpers
below only turn that content into MIME messages or attachment files.
Standard library only, deterministic, no network.

    python make_corpus.py          writes mails/d86-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses everything and validates it
"""
import csv
import io
import os
import re
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from xml.dom import minidom

HERE = os.path.dirname(os.path.abspath(__file__))
NN = 86
N_MAILS = 150
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
INS = "kurfuerst-versicherung.example"
TZ = timezone(timedelta(hours=1))
ZIP_TS = (2026, 1, 2, 8, 0, 0)

# ---------------------------------------------------------------- MIME helpers

def _date(n, date):
    if date:
        y, mo, d, h, mi = date
        return datetime(y, mo, d, h, mi, 0, tzinfo=TZ)
    # six mails per working day from Monday 16 Feb 2026, office hours
    day = datetime(2026, 2, 16, 0, 0, 0, tzinfo=TZ)
    left = (n - 1) // 6
    while left:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day + timedelta(hours=8 + ((n - 1) % 6) * 1.5, minutes=(n * 37) % 60)


def mail(n, frm, to, subject, body=None, *, cc=None, html=None, html_only=False,
         atts=(), charset="utf-8", cte=None, flowed=False, reply_to=None,
         headers=(), date=None, in_reply_to=None):
    """Turn hand-written content into an EmailMessage with fixed ids/dates.

    n is the mail number, or (number, (y, m, d, h, min)) for a hand-set date."""
    if isinstance(n, tuple):
        n, date = n
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(_date(n, date))
    m["Message-ID"] = "<d%d.%04d.%s@mail.%s>" % (NN, n, format(n * 7919 % 65521, "x"), INS)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in headers:
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte or "quoted-printable")
    else:
        params = {"format": "flowed"} if flowed else {}
        m.set_content(body, charset=charset, cte=cte or "quoted-printable", params=params)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte="quoted-printable")
    for a in atts:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
            continue
        fname, mtype, data = a[0], a[1], a[2]
        extra = a[3] if len(a) > 3 else {}
        maintype, subtype = mtype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname,
                         params=extra)
    _fix_boundaries(m, n)
    return m


def inner(frm, to, subject, body, date, msgid, atts=()):
    """A forwarded message (message/rfc822 part)."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    y, mo, d, h, mi = date
    m["Date"] = format_datetime(datetime(y, mo, d, h, mi, 0, tzinfo=TZ))
    m["Message-ID"] = msgid
    m.set_content(body, cte="quoted-printable")
    for fname, mtype, data in atts:
        maintype, subtype = mtype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m


def _fix_boundaries(m, n):
    k = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_type() != "message/rfc822":
            k += 1
            part.set_boundary("=_d%d_%04d_b%d" % (NN, n, k))


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")

# ---------------------------------------------------------- attachment helpers

def _pdf_str(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(lines, size=10):
    """Minimal text PDF (Helvetica, WinAnsiEncoding), one or more pages."""
    per_page = 60
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pl in enumerate(pages):
        content = b"BT /F1 %d Tf 50 800 Td 13 TL\n" % size
        for ln in pl:
            content += b"(" + _pdf_str(ln) + b") Tj T*\n"
        content += b"ET"
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _zip(files, first_stored=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED if name == first_stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def zipf(files):
    """files: list of (name, bytes)."""
    return _zip(files)


def docx(paras):
    """paras: strings, or ('table', rows) for a simple table."""
    body = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == "table":
            rows = "".join("<w:tr>" + "".join(
                "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p></w:tc>" % _x(c)
                for c in r) + "</w:tr>" for r in p[1])
            body.append("<w:tbl>%s</w:tbl>" % rows)
        else:
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % _x(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % "".join(body))
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
    """rows: lists of str/int/float; numbers become numeric cells."""
    xr = []
    for ri, r in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(r):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
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


def _odf(mtype, body_xml):
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
               '<office:body>%s</office:body></office:document-content>' % body_xml)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mtype)
    return _zip([("mimetype", mtype), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                first_stored="mimetype")


def odt(paras):
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join("<text:p>%s</text:p>" % _x(p) for p in paras))


def ods(rows, sheet="Tabelle1"):
    trs = "".join("<table:table-row>%s</table:table-row>" % "".join(
        '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(c)
        for c in r) for r in rows)
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>'
                % (_x(sheet), trs))


def csvb(text, enc="utf-8"):
    return crlf(text).encode(enc)


def ics(text):
    return crlf(text).encode("utf-8")


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
PDF = "application/pdf"

# ------------------------------------------------------------ hand-written mails
# Signatures of the insurer's staff (content, written once and reused).

SIG_OBERLAENDER = """Mit freundlichen Grüßen

Sabine Oberländer
Leistungsservice Beihilfetarife
Kurfürst Krankenversicherung a.G.
Kurfürstenallee 12, 55116 Mainz
Telefon 06131 4482-317
sabine.oberlaender@kurfuerst-versicherung.example

Kurfürst Krankenversicherung a.G. · Sitz Mainz · Amtsgericht Mainz HRB 40917
Vorstand: Dr. Reinhold Aumann (Vors.), Katja Brenner, Michael Teuber
Vorsitzender des Aufsichtsrats: Prof. Dr. Ewald Lüning"""

SIG_RENNER = """Viele Grüße aus dem Beamten-Service-Center Koblenz

Tobias Renner
Fachberater öffentlicher Dienst
Kurfürst Versicherungen · Löhrstraße 88 · 56068 Koblenz
Tel. 0261 91277-40 · mobil 0171 5523190
tobias.renner@kurfuerst-versicherung.example"""

SIG_WICHERT = """Mit freundlichen Grüßen

Frank Wichert
Schadenservice Haftpflicht / Diensthaftpflicht
Kurfürst Allgemeine Versicherung AG
Kurfürstenallee 12, 55116 Mainz
Tel. 06131 4482-560, Fax 06131 4482-599

Kurfürst Allgemeine Versicherung AG · Sitz Mainz · Amtsgericht Mainz HRB 40918"""

SIG_LINDQVIST = """Kind regards

Petra Lindqvist
International Desk - Civil Servants & Academics
Kurfürst Krankenversicherung a.G.
Kurfürstenallee 12, 55116 Mainz, Germany
Phone +49 6131 4482-140
petra.lindqvist@kurfuerst-versicherung.example"""

SIG_KOWALCZYK = """Freundliche Grüße
Jens Kowalczyk
Antrags- und Risikoprüfung Kranken
Kurfürst Krankenversicherung a.G. | Kurfürstenallee 12 | 55116 Mainz
Tel. 06131 4482-226"""

SIG_FELDHAUS = """Beste Grüße

Marco Feldhaus
Maklerbetreuung öffentlicher Dienst
Kurfürst Versicherungen
Tel. 06131 4482-701 | Mobil 0160 4471829
marco.feldhaus@kurfuerst-versicherung.example"""

DISCLAIMER = """--
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese Nachricht. Das unerlaubte Kopieren sowie die unbefugte Weitergabe
dieser E-Mail sind nicht gestattet."""


def m001():
    body = """Sehr geehrte Frau Hinterseer,

vielen Dank für die Einreichung Ihrer Belege vom 03.02.2026. Wir haben die
Rechnungen geprüft und wie folgt abgerechnet (Tarif B50 – Restkosten-
versicherung zur Beihilfe, Versicherungsnummer 31 402 887-3):

Rechnung Dr. med. Ulrike Fassbender, Orthopädie, vom 21.01.2026
  GOÄ 1   Beratung                       2,3-fach    10,72 EUR
  GOÄ 7   Untersuchung Organsystem       2,3-fach    21,45 EUR
  GOÄ 410 Sonographie                    1,8-fach    20,98 EUR
  GOÄ 3306 Chirotherapeutischer Eingriff 2,3-fach    10,72 EUR
  Diagnose lt. Rechnung: M54.5 G Kreuzschmerz
  Rechnungsbetrag                                    63,87 EUR
  erstattungsfähig zu 50 %                           31,94 EUR

Rezept Physiotherapie Praxis Lahnblick, 6 x Krankengymnastik à 32,00 EUR
  Rechnungsbetrag                                   192,00 EUR
  erstattungsfähig zu 50 %                           96,00 EUR

Gesamterstattung                                    127,94 EUR

Der Betrag wird in den nächsten Tagen auf Ihr bei uns hinterlegtes Konto
überwiesen. Bitte denken Sie daran, die Belege auch bei Ihrer Beihilfestelle
einzureichen – die Originale erhalten Sie mit separater Post zurück.

""" + SIG_OBERLAENDER
    return (mail(1, "Sabine Oberländer <sabine.oberlaender@kurfuerst-versicherung.example>",
                 "Kerstin Hinterseer <k.hinterseer@posteo-mail.example>",
                 "Ihre Leistungsabrechnung vom 10.02.2026 – Vers.-Nr. 31 402 887-3", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "benefit statement of a named teacher: GOÄ items, diagnosis M54.5, physiotherapy")


def m002():
    body = """Zur Info an alle im Team Beamte/öD – das aktuelle Rundschreiben vom
Landesbund, u. a. mit den geplanten Änderungen bei den Bemessungssätzen.
Bitte bei Kundenanfragen nicht vorgreifen, das ist noch Entwurf.

Gruß Tobias

-------- Weitergeleitete Nachricht --------
Betreff: Landesbund-Info 04/2026: Beihilfe – was sich ändern soll
Datum: Mon, 9 Feb 2026 06:02:11 +0100
Von: Beamtenbund Landesbund Rheinhessen-Pfalz <info@lbrp-beamtenbund.example>

LANDESBUND-INFO 04/2026

Liebe Kolleginnen und Kollegen,

die Landesregierung hat den Referentenentwurf zur Änderung der
Beihilfenverordnung vorgelegt. Die wichtigsten Punkte im Überblick:

1. Bemessungssätze: Der erhöhte Bemessungssatz von 70 % soll künftig
   bereits ab dem ersten berücksichtigungsfähigen Kind gelten (bisher ab
   zwei Kindern). Für Versorgungsempfängerinnen und -empfänger bleibt es
   bei 70 %, für Kinder bei 80 %.

2. Kostendämpfungspauschale: Die Staffelung nach Besoldungsgruppen wird
   angepasst. A 6 bis A 9: 100 Euro, A 10 bis A 13: 150 Euro, ab A 14:
   250 Euro jährlich. Anwärterinnen und Anwärter bleiben befreit.

3. Wahlleistungen im Krankenhaus (Chefarzt, Zweibettzimmer) bleiben
   gegen einen Eigenbeitrag von monatlich 26 Euro beihilfefähig. Die
   Erklärungsfrist nach Verbeamtung wird von 5 auf 6 Monate verlängert.

4. Heilpraktikerleistungen: Die Höchstbeträge werden erstmals seit 2013
   angehoben.

Der Landesbund hat in der Anhörung eine Absenkung der
Kostendämpfungspauschale gefordert. Wir halten euch auf dem Laufenden.

Mit kollegialen Grüßen
Eure Landesleitung

Sie erhalten diesen Newsletter, weil Sie sich auf lbrp-beamtenbund.example
angemeldet haben. Abmelden: https://lbrp-beamtenbund.example/newsletter/ab
"""
    return (mail(2, "Tobias Renner <tobias.renner@kurfuerst-versicherung.example>",
                 "team-oed@kurfuerst-versicherung.example",
                 "WG: Landesbund-Info 04/2026: Beihilfe – was sich ändern soll", body),
            "NORMAL", "de", "newsletter",
            "trap: association newsletter on Beihilfe rates, Wahlleistungen, Heilpraktiker - no person")


def m003():
    body = """Sehr geehrter Herr Pfannkuch,

wir bestätigen den Eingang Ihrer Schadenmeldung zu Ihrer Diensthaftpflicht-
versicherung (Vertrag DH 7 220 415, Tarif Lehrkräfte mit Schlüsselrisiko).

Schadennummer: S-2026-0418832
Schadentag:    06.02.2026
Schadenort:    Integrierte Gesamtschule Nieder-Olm, Lehrerzimmer
Hergang:       Verlust des Generalschlüssels der Schulanlage (Schließgruppe
               Hauptgebäude) auf dem Heimweg, Verlustanzeige bei der
               Polizeiinspektion liegt vor

Der Schulträger (Verbandsgemeindeverwaltung) hat Ihnen angekündigt, die
Kosten für den Austausch der Schließanlage bei Ihnen geltend zu machen. Bitte
geben Sie gegenüber dem Schulträger kein Schuldanerkenntnis ab und leiten Sie
uns die Kostenaufstellung bzw. das Schreiben des Dienstherrn weiter, sobald es
Ihnen vorliegt. Ihr Vertrag umfasst den Verlust fremder Schlüssel bis
50.000 EUR je Versicherungsfall, die Selbstbeteiligung beträgt 150 EUR.

""" + SIG_WICHERT
    return (mail(3, "Frank Wichert <frank.wichert@kurfuerst-versicherung.example>",
                 "Jörg Pfannkuch <joerg.pfannkuch@t-netz.example>",
                 "Ihre Schadenmeldung Diensthaftpflicht – Schlüsselverlust, Schaden-Nr. S-2026-0418832",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "named teacher's official-liability claim (lost master key), contract and claim number")


def m004():
    body = """Dear colleagues at the International Office,

as promised at the welcome day, here is our short overview for newly
appointed professors from abroad. Feel free to pass it on to your
incoming faculty - it contains no personal information.

HEALTH COVER FOR CIVIL SERVANTS ("BEAMTE") IN GERMANY - THE BASICS

1. Beihilfe. As a civil servant (e.g. a W2/W3 professor appointed as
   "Beamter auf Lebenszeit") you do not join the statutory scheme's
   employer contribution model. Instead your employer (the "Dienstherr")
   reimburses a percentage of your medical costs directly: usually 50 %
   for you, 70 % for a spouse, 80 % for children. The percentage is
   called "Bemessungssatz".

2. Private top-up. The remaining share is covered by a private
   "Restkostenversicherung" (e.g. 50 % tariff). Premiums depend on age
   at entry and health at application, not on salary.

3. Opening offer. In the first six months after appointment, private
   insurers that take part in the "Öffnungsaktion" must accept you
   regardless of pre-existing conditions; any risk surcharge is capped
   at 30 %.

4. Claims. You pay the doctor's bill ("Rechnung", based on the GOÄ fee
   schedule), then claim from both: the Beihilfestelle and the insurer.

5. Long-term care insurance (Pflegeversicherung) is compulsory and works
   on the same split.

Questions? Our International Desk answers in English:
+49 6131 4482-140 or international@kurfuerst-versicherung.example.

""" + SIG_LINDQVIST
    return (mail(4, "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "International Office <welcome@uni-rheinhessen.example>",
                 "Beihilfe explained - handout for incoming professors", body),
            "NORMAL", "en", "insurer-to-partner",
            "trap: generic explainer on Beihilfe, pre-existing conditions, claims - no person")


def m005():
    body = """Hallo Sabine,

kannst du bitte prüfen, ob wir Herrn Brückner aus der Anwartschaft
problemlos in den B30/B50 umstellen können? Er geht zum 01.07. in den
Ruhestand. Seine Mail unten, Anwartschaft läuft seit 2009.

Danke & Gruß
Tobias

-----Ursprüngliche Nachricht-----
Von: Reinhard Brückner <r.brueckner@gmx-post.example>
Gesendet: Dienstag, 10. Februar 2026 19:48
An: Renner, Tobias <tobias.renner@kurfuerst-versicherung.example>
Betreff: Ruhestand und Krankenversicherung

Sehr geehrter Herr Renner,

ich bin Polizeihauptkommissar bei der PI Worms und trete mit Ablauf des
30. Juni in den Ruhestand. Bisher hatte ich ja freie Heilfürsorge, ab Juli
bekomme ich dann Beihilfe mit 70 %. Bei Ihnen habe ich seit 2009 die
Anwartschaftsversicherung (Vers.-Nr. 31 118 204-9).

Was muss ich tun, damit das nahtlos umgestellt wird? Meine Frau ist über
mich beihilfeberechtigt und bei Ihnen schon mit 30 % versichert.

Vielleicht noch wichtig: ich hatte im November eine Meniskus-OP am
rechten Knie (ambulant, Polizeiarzt hat das über die Heilfürsorge laufen
lassen) und bin jetzt noch in der Reha-Sport. Spielt das für die
Umstellung eine Rolle? Im Antrag damals war das ja noch nicht.

Mit freundlichen Grüßen
Reinhard Brückner
"""
    return (mail(5, "Tobias Renner <tobias.renner@kurfuerst-versicherung.example>",
                 "Sabine Oberländer <sabine.oberlaender@kurfuerst-versicherung.example>",
                 "WG: Ruhestand und Krankenversicherung", body),
            "STRICTLY_CONFIDENTIAL", "de", "customer",
            "police officer's health contract change at retirement; meniscus surgery, rehab")


def m006():
    body = """Sehr geehrter Herr Schreiber,

anbei erhalten Sie Ihre Provisionsabrechnung für Januar 2026 als PDF. Die
Auszahlung erfolgt wie gewohnt zum 15. auf Ihr Konto.

Auf einen Blick:
  Abschlussprovision Sach (Hausrat, PHV, Diensthaftpflicht)   1.284,60 EUR
  Bestandsprovision Sach                                          412,35 EUR
  Stornoreserve-Einbehalt (10 %)                                 -169,70 EUR
  Auszahlungsbetrag                                             1.527,25 EUR

Bankverbindung: DE88 5001 0517 0934 7182 56 (Thomas Schreiber)
Steuernummer:   26 831 04472 (Finanzamt Mainz)

Bitte prüfen Sie die Abrechnung; Rückfragen gern direkt an mich.

""" + SIG_FELDHAUS
    att = pdf([
        "Kurfürst Versicherungen - Provisionsabrechnung 01/2026",
        "Vermittler: Thomas Schreiber, Beamtenberatung Schreiber, Vermittler-Nr. 0447-112",
        "Steuernummer 26 831 04472 - umsatzsteuerfrei nach § 4 Nr. 11 UStG",
        "",
        "Sparte      Anzahl  Provision",
        "Hausrat         11     486,20",
        "PHV              9     301,40",
        "Diensthaftpf.   14     497,00",
        "Bestand Sach           412,35",
        "Stornoreserve         -169,70",
        "Auszahlung           1.527,25",
        "",
        "Konto: DE88 5001 0517 0934 7182 56",
    ])
    return (mail(6, "Marco Feldhaus <marco.feldhaus@kurfuerst-versicherung.example>",
                 "Thomas Schreiber <info@beamtenberatung-schreiber.example>",
                 "Provisionsabrechnung 01/2026", body,
                 atts=[("Provisionsabrechnung_2026-01_0447-112.pdf", PDF, att)]),
            "CONFIDENTIAL", "de", "insurer-to-broker",
            "sole-trader broker's commission income, IBAN and tax number")


def m007():
    body = """Liebe Kolleginnen und Kollegen im Vertrieb,

ab 01.04.2026 gelten für unsere Ausbildungstarife neue Beiträge. Hier die
Übersicht für Beamtenanwärterinnen und -anwärter (Monatsbeiträge, Eintritts-
alter 18–34, ohne Risikozuschläge):

Tarif          Bemessung   Alter 20   Alter 25   Alter 30
B50-A          50 %        48,90      54,30      61,70
B30-A          30 %        31,10      34,80      39,40
B20-A          20 %        22,60      25,10      28,40
BE-A (Ergänzung)           9,80       11,20      13,50
PVB (Pflege)               4,10       4,10       4,10

Wichtig für die Beratung:
- Umstellung in den Normaltarif spätestens 6 Monate nach Ernennung auf
  Probe, ohne erneute Gesundheitsprüfung.
- Anwärter im Polizeivollzug mit Heilfürsorge: nur Anwartschaft (AW-K
  oder AW-G) anbieten, kein B-Tarif.
- Öffnungsaktion gilt auch für Anwärter: Annahme garantiert, Zuschlag
  max. 30 %, keine Leistungsausschlüsse.

Die neuen Produktblätter liegen im Vertriebsportal unter
https://vertrieb.kurfuerst-versicherung.example/produkte/ausbildung

Viele Grüße
Produktmanagement Kranken
"""
    return (mail(7, "Produktmanagement Kranken <produkt-kv@kurfuerst-versicherung.example>",
                 "vertrieb-alle@kurfuerst-versicherung.example",
                 "Tarifinformation: Ausbildungstarife Beamtenanwärter ab 01.04.2026", body),
            "NORMAL", "de", "internal",
            "trap: tariff information for trainees with premiums, risk surcharges - no person")


def m008():
    body = """Dear Professor Whitcombe,

thank you for returning the application for our 50 % Beihilfe top-up
(tariff B50) and the long-term care cover. Since your appointment as
W3 professor took effect on 1 December 2025, your application falls
within the six-month opening offer ("Öffnungsaktion") and we will
accept it in any case.

Based on your answers to the health questions - asthma bronchiale
(J45.0) treated with an inhaled corticosteroid since 2014, and the
hospital stay in Leeds in 2021 for a severe exacerbation - our medical
underwriting sets a risk surcharge of 18 % on the B50 premium:

  B50 standard premium                    287.40 EUR
  risk surcharge 18 %                      51.73 EUR
  long-term care (PVB)                     31.20 EUR
  monthly total                           370.33 EUR

No exclusions apply. If you agree, please confirm by e-mail; the
policy documents will then be sent to your home address in Mainz.
Cover starts retroactively from 1 December 2025.

""" + SIG_LINDQVIST
    return (mail(8, "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "Prof. Alastair Whitcombe <a.whitcombe@uni-rheinhessen.example>",
                 "Your application - tariff B50 / underwriting result", body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "underwriting decision for named professor: asthma J45.0, hospital stay, surcharge")


def m009():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.02.2026 nicht im Büro. Ihre E-Mail wird
nicht weitergeleitet. In dringenden Fällen zu Beihilfe- und Leistungs-
fragen wenden Sie sich bitte an unsere Hotline 06131 4482-300
(Mo–Fr 8–18 Uhr) oder an leistung@kurfuerst-versicherung.example.

Bitte senden Sie Arztrechnungen und Rezepte nicht per E-Mail, sondern
über die Kurfürst-App oder per Post.

Mit freundlichen Grüßen
Sabine Oberländer
"""
    return (mail(9, "Sabine Oberländer <sabine.oberlaender@kurfuerst-versicherung.example>",
                 "Monika Ulbrich <m.ulbrich@web-post.example>",
                 "Abwesenheitsnotiz: AW: Rückfrage Rechnung", body,
                 headers=[("Auto-Submitted", "auto-replied")]),
            "NORMAL", "de", "insurer-to-customer",
            "trap: out-of-office mentioning Beihilfe, Arztrechnungen - no content about the recipient")


def m010():
    body = """Hallo Frau Oberländer,

anbei wie telefonisch besprochen der Bescheid.

Gruß
M. Ulbrich

Von meinem iPhone gesendet
"""
    fwd = """WG von Kundin Ulbrich, Bescheid liegt als PDF bei. Bitte an Leistung KV zur
Prüfung Restbetrag.
S. Oberländer

"""
    att = pdf([
        "Landesamt für Finanzen und Bezüge - Beihilfestelle",
        "Postfach 3120, 56021 Koblenz",
        "",
        "Frau Monika Ulbrich, Oberstudienrätin",
        "Am Mühlbach 7, 55232 Alzey",
        "Personalnummer 0773 4412 - Beihilfe-Nr. B 55-204871",
        "",
        "BEIHILFEBESCHEID vom 04.02.2026 - Antrag vom 12.01.2026",
        "Bemessungssatz: 50 v.H.",
        "",
        "Lfd  Beleg vom   Leistungserbringer        Betrag   beihilfef.  Beihilfe",
        "1    18.12.2025  Zahnarztpraxis Dr. Kleinschmidt  2.846,30  2.311,80  1.155,90",
        "     GOZ 2210 Vollkrone (2x), GOZ 5120 Brücke, Material- u. Laborkosten",
        "     Hinweis 14: Material- und Laborkosten zu 40 v.H. beihilfefähig",
        "2    08.01.2026  Apotheke am Markt, Amoxicillin 1000 mg, Ibuprofen 600 mg",
        "                                             23,84     23,84     11,92",
        "",
        "Summe Beihilfe                                                1.167,82",
        "abzgl. Kostendämpfungspauschale 2026                          -150,00",
        "Auszahlung                                                    1.017,82",
        "",
        "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats",
        "nach Bekanntgabe Widerspruch erhoben werden.",
    ])
    return (mail(10, "Sabine Oberländer <sabine.oberlaender@kurfuerst-versicherung.example>",
                 "leistung-kv@kurfuerst-versicherung.example",
                 "WG: Bescheid", fwd + "-----Ursprüngliche Nachricht-----\n" + body,
                 atts=[("Scan_20260210_0932.pdf", PDF, att)]),
            "STRICTLY_CONFIDENTIAL", "de", "customer",
            "body says only 'anbei der Bescheid'; PDF Beihilfebescheid with dental crowns and medication")


def m011():
    body = """Sehr geehrte Frau Polizeioberrätin Dahlke,

vielen Dank nochmals, dass wir am 26.02.2026 ab 18:00 Uhr im Hörsaal 2
unseren Infoabend "Krankenversicherung und Absicherung im Polizeidienst"
für die Studierenden des Einstellungsjahrgangs 2025 durchführen dürfen.

Wie von der Wache gewünscht, erhalten Sie anbei die Liste der
angemeldeten Teilnehmerinnen und Teilnehmer für die Einlasskontrolle am
Tor. Die Anmeldung erfolgte über unser Formular; eine Einwilligung zur
Weitergabe für die Zutrittskontrolle liegt vor. Die Liste bitte nach der
Veranstaltung löschen.

""" + SIG_RENNER
    att = csvb("""Nachname;Vorname;Geburtsdatum;Kurs;Ausweis-Nr. Hochschule
Aydin;Melike;14.03.2003;PK 25/3;HdP-25-0312
Baumgart;Jonas;02.11.2001;PK 25/1;HdP-25-0107
Claußen;Lea;27.06.2004;PK 25/3;HdP-25-0331
Durmaz;Okan;09.09.2002;PK 25/2;HdP-25-0218
Engelhardt;Finn;30.01.2003;PK 25/1;HdP-25-0122
Fröhlich;Sarah;18.05.2000;PK 25/4;HdP-25-0405
Gerlach;Tim;11.12.2002;PK 25/2;HdP-25-0240
Hoxha;Arben;04.08.2001;PK 25/4;HdP-25-0419
""", "windows-1252")
    return (mail(11, "Tobias Renner <tobias.renner@kurfuerst-versicherung.example>",
                 "Birte Dahlke <birte.dahlke@hdp-polizei.example>",
                 "Infoabend 26.02. – Teilnehmerliste für die Einlasskontrolle", body,
                 atts=[("Teilnehmer_Infoabend_26-02.csv", "text/csv", att, {"charset": "windows-1252"})]),
            "CONFIDENTIAL", "de", "insurer-to-company",
            "CSV attachment: police trainees with birth dates (no contract, no health)")


def m012():
    body = """Hallo zusammen,

kurze Zusammenfassung der BBhV-Änderungen, die zum 01.01.2026 in Kraft
getreten sind (Bund), soweit für unsere Beihilfeergänzungstarife relevant:

* § 6 BBhV: Material- und Laborkosten bei Zahnersatz weiterhin nur zu
  40 % beihilfefähig -> Lücke deckt unser BE-Tarif (Zahn-Baustein).
* § 22 BBhV: Arznei- und Verbandmittel - Eigenbehalt 10 %, min. 5,
  max. 10 Euro je Mittel; Kappung bei Belastungsgrenze unverändert.
* § 25 BBhV i.V.m. Anlage 11: Höchstbeträge für Sehhilfen und Hörgeräte
  angehoben (Hörgerät 1.500 Euro je Ohr, alle 5 Jahre).
* Anlage 2: Heilpraktiker-Höchstbeträge erstmals angepasst.
* § 26 BBhV: Wahlleistungen Krankenhaus - beim Bund weiterhin ohne
  Eigenbeitrag beihilfefähig (Abzug 15 Euro/Tag Zweibettzimmer).

Auswirkungen auf die Leistungsprüfung: die Prüfregeln im System (Modul
BH-PRUEF) werden zum Release 26.2 angepasst. Bis dahin bitte bei Hörgeräten
die neuen Höchstbeträge manuell berücksichtigen.

Die Synopse der Länderregelungen (Stand 02/2026) liegt im Wiki:
https://wiki.kurfuerst-versicherung.example/leistung/beihilfe-synopse

Viele Grüße
Annette Krüger
Grundsatz Leistung Kranken
"""
    return (mail(12, "Annette Krüger <annette.krueger@kurfuerst-versicherung.example>",
                 "leistung-kv@kurfuerst-versicherung.example",
                 "BBhV 2026 – Änderungen mit Relevanz für BE-Tarife", body),
            "NORMAL", "de", "internal",
            "trap: regulation summary (BBhV, hearing aids, dentures, drugs) - no person")


def m013():
    body = """Hallo Herr Dr. Sauer,

bitte um kurze Einschätzung aus ärztlicher Sicht, bevor wir die
Wahlleistungsrechnung regulieren:

VN/VP:        Dr. Franziska Weidinger, Richterin am Amtsgericht (R 1)
Vers.-Nr.:    31 556 012-4, Tarife B50 + BW (Wahlleistung Krankenhaus)
Beihilfe:     Baden-Württemberg, 50 %, Wahlleistungsoption nach § 6a BVO
              NICHT gewählt -> Wahlleistungen nicht beihilfefähig, unser
              BW-Tarif leistet daher 100 % der Wahlleistungskosten

Aufenthalt:   Klinikum am Neckarbogen, 12.01.–19.01.2026
Diagnose:     K80.10 Cholezystolithiasis mit akuter Cholezystitis
OPS:          5-511.11 laparoskopische Cholezystektomie
Chefarztrechnung Prof. Dr. Hummel: 3.412,66 EUR (Steigerung überwiegend
3,5-fach, Begründung "erschwerte Präparation bei Adhäsionen")
Zweibettzimmerzuschlag: 7 x 64,50 EUR

Frage: ist der 3,5-fache Satz bei der Begründung für Sie nachvollziehbar
oder sollen wir auf 2,3 kürzen und den Arzt anschreiben?

Danke und Gruß
Sabine Oberländer
"""
    return (mail(13, "Sabine Oberländer <sabine.oberlaender@kurfuerst-versicherung.example>",
                 "Dr. Matthias Sauer <matthias.sauer@kurfuerst-versicherung.example>",
                 "Rückfrage ärztl. Dienst – Wahlleistungsrechnung Weidinger", body),
            "STRICTLY_CONFIDENTIAL", "de", "internal",
            "named judge's hospital stay, diagnosis K80.10, OPS code, chief-physician bill")


def m014():
    body = """Dear Mr Okonkwo-Reuter,

thank you for letting us know about your posting. We have updated your
household contents policy (HR 5 903 318) as follows:

- Removal of household goods from Bonn to the Embassy residence in
  Windhoek, Namibia: transit cover for the container shipment is
  included from 2 March 2026 (pick-up by the removal company) until
  delivery, sum insured 85,000 EUR.
- Your flat in Bonn, Poppelsdorfer Allee 112, will be covered until the
  handover on 31 March 2026.
- From 1 April 2026 the policy continues as "Auslandshausrat" for
  seconded civil servants at the new address: Residence B, 14 Nelson
  Mandela Avenue, Windhoek.

The new premium is 214.80 EUR per year, collected as before.

Please send us the packing list from the removal company before
pick-up; without a list a claim for individual items is hard to prove.

Have a good start in Windhoek.

""" + SIG_LINDQVIST
    return (mail(14, "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "Daniel Okonkwo-Reuter <d.okonkwo-reuter@diplo-mail.example>",
                 "Your household insurance during your posting to Windhoek", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "diplomat's household contents policy, addresses, removal (non-personal line)")


def m015():
    body = """Dear Ms van Houten,

please find below the figures you requested for the renewal of the
stop-loss treaty on our civil-servant portfolio. All numbers are
aggregated at portfolio level; no individual data is included.

Claims per insured person (top-up tariffs B20-B50, 2025, EUR)

  age band   Beamte active   Versorgungsempf.   employees (comp.)
  20-29            412              -                 1,106
  30-39            588              -                 1,402
  40-49            791              -                 1,866
  50-59          1,132            1,488               2,511
  60-69          1,540            2,207               3,380
  70+                -            3,964                   -

Note: values for Beamte are after Beihilfe, i.e. only the insured
share (mostly 30-50 %), which explains the lower level.

Large losses above 100,000 EUR: 7 cases (2024: 5), thereof 4
oncology, 2 neonatology, 1 transplant. Average 162,300 EUR.

Happy to walk you through it in our call on Thursday.

Best regards
Daniel Okafor
Actuarial Department Health
Kurfürst Krankenversicherung a.G.
"""
    return (mail(15, "Daniel Okafor <daniel.okafor@kurfuerst-versicherung.example>",
                 "Femke van Houten <f.vanhouten@nordic-re.example>",
                 "Stop-loss renewal 2026 - civil servant portfolio statistics", body),
            "NORMAL", "en", "insurer-to-partner",
            "trap: aggregated claims per age band, large losses by category - no person")


def m016():
    body = """Dear Captain Hallorann,

thank you for your call this morning. To sum up what we discussed:

1. As a career soldier (Berufssoldat) you receive free military medical
   care (unentgeltliche truppenärztliche Versorgung), so you only hold
   our long-term care cover and the "large" standby policy (AW-G,
   policy no. 31 774 530-1). This keeps your health status as of 2019
   for the later switch to the 30 % top-up when you retire.

2. Your wife, Mrs Janine Hallorann, is entitled to Beihilfe at 70 % and
   is insured with us in tariff B30 under the same policy.

3. Congratulations on the pregnancy! Expected date of delivery is
   14 August 2026 according to the maternity record ("Mutterpass") you
   mentioned. Your wife's B30 covers 30 % of the obstetric care, the
   hospital stay and the midwife; Beihilfe pays the other 70 %.

4. The baby can be added without health questions if you register the
   child within two months of birth (§ 198 VVG). The child's Beihilfe
   rate will be 80 %, so we will set up tariff B20 for the child.

Please send us a copy of the birth certificate after the delivery.

""" + SIG_LINDQVIST
    return (mail(16, "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "Capt. Ryan Hallorann <r.hallorann@bw-mail.example>",
                 "Your policy 31 774 530-1 - summary of our call", body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "soldier's standby policy and wife's pregnancy, expected delivery date")


def m017():
    body = """Hallo Herr Wichert,

hier wie besprochen die Infos zu dem Vorfall, vielleicht können Sie das ja
schon mal anlegen. Vertrag ist die Diensthaftpflicht über die GdP, Nummer
hab ich grad nicht, läuft auf meinen Namen (Kevin Lautenschläger, PK).

Am 04.02. so gegen 23:10 bin ich mit dem Funkstreifenwagen (VW Passat,
amtl. Kennzeichen MZ-3541) bei einer Einsatzfahrt ohne Sonderrechte auf
dem Parkplatz vom Edeka in Bodenheim rückwärts gegen einen Betonpoller
gefahren. Es war dunkel und die Rückfahrkamera war beschlagen. Verletzt
wurde niemand, am Wagen ist die Heckstoßstange und die Heckklappe
eingedrückt. Das Präsidium sagt jetzt grobe Fahrlässigkeit und will
laut Anhörungsschreiben 2.870,40 € von mir zurück (Regress nach § 48
BeamtStG). Das Schreiben hab ich abfotografiert und hänge es an.

Muss ich mich bis 27.02. äußern? Oder machen Sie das?

Gruß
Kevin Lautenschläger
"""
    fwd = """Frank, zur Anlage Schaden Diensthaftpflicht. Kunde hat angerufen, Vertrag
gefunden: DH 7 301 992. VG Aylin

-------- Original-Nachricht --------
"""
    return (mail(17, "Aylin Demir <aylin.demir@kurfuerst-versicherung.example>",
                 "Frank Wichert <frank.wichert@kurfuerst-versicherung.example>",
                 "WG: Unfall mit Streifenwagen / Regress", fwd + body),
            "CONFIDENTIAL", "de", "customer",
            "police officer's official-liability claim (recourse for patrol car), nobody hurt")


def m018():
    body = """Hallo Frau Lorenz,

wie in der Schulung angekündigt anbei unser Musterschreiben für einen
Widerspruch gegen einen Beihilfebescheid. Das Dokument ist ein leeres
Muster mit Platzhaltern und kann so an Kunden herausgegeben werden,
wenn die Beihilfestelle z. B. Steigerungsfaktoren kürzt.

Gruß Marco Feldhaus
"""
    att = docx([
        "«Vorname» «Nachname»",
        "«Straße Hausnummer»",
        "«PLZ» «Ort»",
        "",
        "An die Beihilfestelle «Name der Beihilfestelle»",
        "«Anschrift»",
        "",
        "Personalnummer / Beihilfenummer: «Nummer»",
        "",
        "Widerspruch gegen den Beihilfebescheid vom «Datum»",
        "",
        "Sehr geehrte Damen und Herren,",
        "gegen den o. g. Bescheid lege ich hiermit fristgerecht Widerspruch ein.",
        "Die Kürzung der Rechnung von «Leistungserbringer» vom «Rechnungsdatum» auf den "
        "Schwellenwert (2,3-fach) ist nicht gerechtfertigt. Die Überschreitung wurde vom "
        "Arzt nach § 12 Abs. 3 GOÄ schriftlich und nachvollziehbar begründet.",
        "Ich bitte um Abhilfe und Nachzahlung von «Betrag» Euro.",
        "",
        "Mit freundlichen Grüßen",
        "«Unterschrift»",
        "",
        "Anlagen: Rechnung, Begründung des Arztes, ggf. ärztliche Stellungnahme",
    ])
    return (mail(18, "Marco Feldhaus <marco.feldhaus@kurfuerst-versicherung.example>",
                 "Svenja Lorenz <lorenz@oed-finanzkontor.example>",
                 "Muster Widerspruch Beihilfebescheid", body,
                 atts=[("Muster_Widerspruch_Beihilfebescheid.docx", DOCX, att)]),
            "NORMAL", "de", "insurer-to-broker",
            "trap: blank objection template with «placeholders» (GOÄ, Beihilfebescheid)")


def m019():
    body = """Hallo Herr Schreiber,

zu Ihrer Anfrage vom Montag wegen Ihrer Kundin:

Frau Lara Mittermeier, geb. 22.07.1996, Lehrerin z.A. (Ernennung zur
Beamtin auf Probe am 01.02.2026), Antrag B50 + PVB vom 09.02.2026.

Da der Antrag innerhalb von 6 Monaten nach Verbeamtung eingegangen ist,
nehmen wir ihn im Rahmen der Öffnungsaktion an, auch mit dem angegebenen
Diabetes mellitus Typ 1 (E10.90, Insulinpumpe seit 2017, HbA1c laut
Bericht der Diabetologin 6,9 %). Der Risikozuschlag ist auf 30 % begrenzt
und wird in voller Höhe erhoben:

  B50            238,10 EUR
  Zuschlag 30 %   71,43 EUR
  PVB             29,40 EUR
  gesamt         338,93 EUR mtl.

Leistungsausschlüsse gibt es keine. Die Police geht nächste Woche raus.
Bitte weisen Sie die Kundin darauf hin, dass der Zuschlag bei einem
späteren Tarifwechsel erneut geprüft werden kann.

""" + SIG_KOWALCZYK
    return (mail(19, "Jens Kowalczyk <jens.kowalczyk@kurfuerst-versicherung.example>",
                 "Thomas Schreiber <info@beamtenberatung-schreiber.example>",
                 "AW: Antrag Mittermeier – Öffnungsaktion", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
            "underwriting decision for named teacher: type 1 diabetes E10.90, surcharge, birth date")


def m020():
    body = """Guten Tag,

in Ihrem Kurfürst-Postfach liegt eine neue Nachricht für Sie bereit.

Aus Sicherheitsgründen versenden wir den Inhalt nicht per E-Mail. Bitte
melden Sie sich unter https://postfach.kurfuerst-versicherung.example an,
um die Nachricht zu lesen.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.

Ihre Kurfürst Versicherungen
"""
    return (mail(20, "Kurfürst Postfach <no-reply@kurfuerst-versicherung.example>",
                 "f.ziegenhals@mailbox-rlp.example",
                 "Neue Nachricht in Ihrem Kurfürst-Postfach", body),
            "NORMAL", "de", "insurer-to-customer",
            "trap: portal notification without content")


def m021():
    body = """Sehr geehrte Frau Kessler-Yıldız,

vielen Dank für Ihren Antrag auf Kfz-Haftpflicht und Vollkasko für Ihren
neuen Wagen. Wir haben den Vertrag wie gewünscht im Tarif "Öffentlicher
Dienst" angelegt:

Versicherungsschein-Nr.:   KF 88 412 775
Fahrzeug:                  Škoda Octavia Combi, FIN TMBJR7NX4RY108823
Kennzeichen:               AZ-KY 214
Beginn:                    01.03.2026
SF-Klasse:                 Haftpflicht SF 9, Vollkasko SF 7
Jahresbeitrag:             642,18 EUR (inkl. 19 % VersSt)

Den ÖD-Nachlass von 12 % können wir dauerhaft nur gewähren, wenn uns
innerhalb von vier Wochen ein Nachweis über Ihre Beschäftigung im
öffentlichen Dienst vorliegt, z. B. eine Bescheinigung Ihrer Schule bzw.
der Schulbehörde oder die erste Seite Ihrer Bezügemitteilung (Beträge
dürfen Sie schwärzen).

Die eVB-Nummer für die Zulassung lautet: 7K4MX2P.

Mit freundlichen Grüßen

Nadine Kraus
Kraftfahrt-Service
Kurfürst Allgemeine Versicherung AG
"""
    return (mail(21, "Nadine Kraus <nadine.kraus@kurfuerst-versicherung.example>",
                 "Derya Kessler-Yıldız <derya.ky@familie-ky.example>",
                 "Ihr Kfz-Vertrag KF 88 412 775 – Tarif Öffentlicher Dienst", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "named customer's motor contract, VIN, plate, eVB")


def m022():
    body = """Sehr geehrter Herr Kilian,

Sie haben uns mitgeteilt, dass Sie mit Ablauf des 31.03.2026 in den
Ruhestand treten und Ihr Beihilfe-Bemessungssatz ab 01.04.2026 von
50 % auf 70 % steigt. Herzlichen Glückwunsch zum Ruhestand!

Wir passen Ihren Versicherungsschutz (Vers.-Nr. 31 209 663-0) deshalb
zum 01.04.2026 an:

  bisher:  Tarif B50 + BE + PVB     monatlich 512,66 EUR
  künftig: Tarif B30 + BE + PVB     monatlich 331,42 EUR

Der Wechsel in den niedrigeren Prozentsatz ist ohne Gesundheitsprüfung
möglich. Ihre Alterungsrückstellungen bleiben vollständig erhalten.

Bitte reichen Sie uns noch eine Kopie der Festsetzung der Versorgungs-
bezüge bzw. die Mitteilung Ihrer Beihilfestelle über den neuen Bemessungs-
satz ein. Den neuen Versicherungsschein erhalten Sie per Post.

""" + SIG_OBERLAENDER
    return (mail(22, "Sabine Oberländer <sabine.oberlaender@kurfuerst-versicherung.example>",
                 "Herbert Kilian <herbert.kilian@kabelnetz-mail.example>",
                 "Anpassung Ihres Versicherungsschutzes zum Ruhestand", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "named person's health contract change at retirement (no medical word) - personal line")


def m023():
    body = """Hi Helge,

quick update from our side on the document-capture pilot:

- The classifier now recognises the layout of Beihilfe notices
  ("Beihilfebescheide") from all 16 federal states plus the federal
  scheme, and pulls the fields Bemessungssatz, beihilfefähiger Betrag,
  Kostendämpfungspauschale and the line items.
- Field accuracy on the test set is 97.2 % (line items 94.8 %).
- The test set is the synthetic one your team built (1,200 generated
  notices, all names are "Erika Musterfrau" / "Max Mustermann", amounts
  random). We have not received or processed any real customer notices.
- Open issue: Bavarian notices print the GOÄ number and the multiplier in
  one column - we need two more days for that.

Next step: security review with your DPO before any production data is
sent to our EU tenant. Can we book a slot in week 9?

Cheers,
Ciarán Doyle
Solutions Architect, Parsewell Document AI
"""
    return (mail(23, "Helge Sommerfeld <helge.sommerfeld@kurfuerst-versicherung.example>",
                 "it-projekt-bhscan@kurfuerst-versicherung.example",
                 "FW: Beihilfe notice capture - pilot status", "FYI - Helge\n\n----- Forwarded -----\nFrom: Ciarán Doyle <c.doyle@parsewell.example>\n\n" + body),
            "NORMAL", "en", "internal",
            "trap: vendor status on OCR of Beihilfe notices, synthetic Mustermann test data")


def m024():
    body = """Guten Tag Frau Kraus,

wie angefordert der Nachweis für den ÖD-Tarif.

Viele Grüße
Derya Kessler-Yıldız
"""
    fwd = """Nachweis ÖD zu KF 88 412 775 eingegangen, bitte Nachlass dauerhaft setzen.
Nadine

> """
    att = pdf([
        "Landesamt für Finanzen und Bezüge - Zentrale Bezügestelle",
        "Mitteilung über die Bezüge für März 2026",
        "",
        "Frau Derya Kessler-Yildiz, Studienrätin",
        "Personalnummer 0782 1190 5    Steuer-ID 47 118 293 065",
        "Dienststelle: Elisabeth-Langgässer-Gymnasium Alzey",
        "Besoldungsgruppe A 13 Stufe 5, Steuerklasse IV, Kinder 1,0",
        "",
        "Grundgehalt                       5.487,31",
        "Familienzuschlag Stufe 1            171,28",
        "Familienzuschlag Kind 1 (Stufe 2)   145,97",
        "Strukturzulage                       96,84",
        "Brutto                            5.901,40",
        "Lohnsteuer                         -987,25",
        "Solidaritätszuschlag                  0,00",
        "Kirchensteuer                       -78,98",
        "Netto                             4.835,17",
        "",
        "Überweisung auf DE24 5206 0410 0007 3918 46",
    ])
    return (mail(24, "Nadine Kraus <nadine.kraus@kurfuerst-versicherung.example>",
                 "kfz-bestand@kurfuerst-versicherung.example",
                 "WG: Nachweis öffentlicher Dienst", fwd + body.replace("\n", "\n> "),
                 atts=[("Bezuegemitteilung_03-2026.pdf", PDF, att)]),
            "CONFIDENTIAL", "de", "customer",
            "harmless body; PDF salary statement with income, tax ID, IBAN (Kfz proof)")


def m025():
    body = """Sehr geehrte Frau Bender,

vielen Dank für Ihren Anruf und die Unterlagen zu Ihrem Vater, Herrn
Gerhard Bender (Pflegepflichtversicherung PVB, Vers.-Nr. 31 044 178-2).
Sie haben uns die Vollmacht vom 14.01.2026 vorgelegt, daher antworten wir
Ihnen direkt.

Nach dem Gutachten von MEDICPROOF vom 02.02.2026 liegt bei Ihrem Vater
Pflegegrad 3 vor (Gesamtpunktwert 52,5; Schwerpunkte Mobilität und
Selbstversorgung nach dem Schlaganfall im Oktober). Die Leistungen stehen
ab dem Antragsmonat Januar 2026 zu.

Da Ihr Vater als Ruhestandsbeamter zu 70 % beihilfeberechtigt ist, zahlen
wir 30 % der Pflegeleistungen:

  Pflegegeld Pflegegrad 3 (Pflege durch Angehörige)  599,00 EUR
  davon 30 % durch uns                               179,70 EUR/Monat
  Nachzahlung Januar und Februar                     359,40 EUR

Die restlichen 70 % beantragen Sie bitte bei der Beihilfestelle; den
Gutachtenauszug legen wir Ihnen für diesen Zweck bei. Zusätzlich besteht
Anspruch auf den Entlastungsbetrag und Pflegehilfsmittel zum Verbrauch.

Mit freundlichen Grüßen

Heike Sturm
Pflegeservice
Kurfürst Krankenversicherung a.G.
"""
    return (mail(25, "Heike Sturm <heike.sturm@kurfuerst-versicherung.example>",
                 "Claudia Bender <claudia.bender@lahnpost.example>",
                 "Pflegeleistungen für Herrn Gerhard Bender – Pflegegrad 3", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "care level 3 of named retired civil servant after stroke, care allowance split")


def m026():
    body = """Hi all,

as part of this year's data-protection awareness week, please complete
the short quiz below by Friday. Answers go to me, not to your team lead.

1. A customer e-mails you a photo of her Beihilfe notice and asks you
   to "just check it quickly". The notice lists her dental treatment.
   Which category is this data?
   a) normal  b) confidential  c) strictly confidential (health data)

2. A broker asks for the Bemessungssatz of a client (50 % or 70 %).
   May you answer by plain e-mail?

3. Is the fact that a police officer is covered by free health care
   (Heilfürsorge) instead of Beihilfe health data?

4. You receive a list of trainee teachers with dates of birth from a
   teacher-training college. Where do you store it and when do you
   delete it?

5. True or false: ICD-10 codes are not health data as long as the
   diagnosis is not written out.

Solutions and a short explanation will be presented in the team
meeting on 5 March.

Thanks,
Ute Brandstätter
Data Protection Officer
Kurfürst Versicherungen
"""
    return (mail(26, "Ute Brandstätter <datenschutz@kurfuerst-versicherung.example>",
                 "alle-leistung@kurfuerst-versicherung.example",
                 "Data protection awareness week - quiz (5 questions)", body),
            "NORMAL", "en", "internal",
            "trap: DPO quiz about health data, Beihilfe notices, ICD-10 - hypothetical cases only")


def m027():
    fwd = """Petra, this one is for you (English). Customer is with us since 2023,
B50 + BE. Please reply directly. Thanks, Aylin

"""
    body = """From: Siobhan Gallagher-Brandt <siobhan.gb@eursc-mail.example>
Sent: Wednesday, 18 February 2026 21:14
To: service@kurfuerst-versicherung.example
Subject: Physio in Brussels - claim?

Hello,

I am a German civil servant (Studienrätin) seconded to the European
School in Brussels since September, policy 31 690 455-7. My Beihilfe
still comes from Rhineland-Palatinate.

After my shoulder operation in Mainz in December (rotator cuff repair,
the hospital bills went in already) my surgeon prescribed 20 sessions
of physiotherapy. I am doing them here in Ixelles with a Belgian
kinésithérapeute, €38 per session, and he gives me "attestations de
soins" in French, no German invoice.

Will you accept these for the 50 %? Do you need a translation? The
Beihilfestelle told me they need the prescription plus the Belgian
receipts and will convert to the German fee rates. Is that the same
for you?

Many thanks,
Siobhan Gallagher-Brandt
"""
    return (mail(27, "Aylin Demir <aylin.demir@kurfuerst-versicherung.example>",
                 "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "FW: Physio in Brussels - claim?", fwd + body),
            "STRICTLY_CONFIDENTIAL", "en", "customer",
            "seconded teacher's shoulder surgery and physiotherapy claim abroad")


def m028():
    body = """Dear Professor Lindemann-Adeyemi,

we have reviewed your request for cover under your legal expenses
policy (RS 6 114 870, module "Beamte / Dienstrecht") regarding the
dispute with the university about your performance-related pay.

From your documents we understand:
- you were appointed W2 professor on 1 October 2023;
- the university pays basic salary of 7,214.96 EUR plus a performance
  bonus ("Leistungsbezug") of 450.00 EUR per month;
- at the appointment negotiations a bonus of 900.00 EUR was promised in
  writing, subject to evaluation after two years;
- the university's decision of 12 January 2026 keeps the bonus at
  450.00 EUR; your objection was rejected on 9 February 2026.

The dispute falls under civil-service law and the waiting period has
expired, so we confirm cover for an action before the administrative
court (Verwaltungsgericht), including court fees and your lawyer's
statutory fees. The deductible is 250 EUR. Claim number: R-2026-02231.

Please ask your lawyer to send the fee note directly to us.

Kind regards

Lars Hoffmeister
Legal Expenses Claims
Kurfürst Allgemeine Versicherung AG
"""
    return (mail(28, "Lars Hoffmeister <lars.hoffmeister@kurfuerst-versicherung.example>",
                 "Prof. Nkechi Lindemann-Adeyemi <lindemann-adeyemi@th-bingen.example>",
                 "Legal expenses cover - your claim R-2026-02231", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "professor's salary and bonus in a legal-expenses claim (no health)")


def m029():
    body = """Sehr geehrte Damen und Herren,

für unseren Versicherten, Herrn Oberamtsrat Wolfram Ehrlich (Beihilfe-Nr.
B 31-558120, geb. 03.05.1961), liegt uns eine Abtretungserklärung und
Schweigepflichtentbindung vor. Das Klinikum Idar-Oberstein hat für den
stationären Aufenthalt vom 19.01. bis 06.02.2026 (Fachabteilung Kardiologie,
DRG F24A, Implantation eines Herzschrittmachers, I44.2) die Direkt-
abrechnung mit uns und Ihrer Beihilfestelle gewählt.

Gesamtbetrag der allgemeinen Krankenhausleistungen: 14.862,37 EUR.
Unser Anteil (Tarif B50) von 7.431,19 EUR ist am 16.02.2026 an das Klinikum
überwiesen worden.

Das Klinikum teilt mit, dass der Beihilfeanteil noch offen ist. Könnten
Sie uns bitte den Bearbeitungsstand mitteilen, damit wir Herrn Ehrlich
entsprechend informieren können? Eine Kopie der Abtretung liegt bei.

Mit freundlichen Grüßen

Sabine Oberländer
Leistungsservice Beihilfetarife
Kurfürst Krankenversicherung a.G.
"""
    return (mail(29, "Sabine Oberländer <sabine.oberlaender@kurfuerst-versicherung.example>",
                 "beihilfe@lfb-koblenz.example",
                 "Direktabrechnung Klinikum Idar-Oberstein – Beihilfe-Nr. B 31-558120", body,
                 atts=[("Abtretung_Ehrlich.pdf", PDF, pdf([
                     "Abtretungserklärung und Entbindung von der Schweigepflicht",
                     "Ich, Wolfram Ehrlich, geb. 03.05.1961, trete meine Ansprüche auf",
                     "Beihilfe und Versicherungsleistungen für den Krankenhausaufenthalt",
                     "im Klinikum Idar-Oberstein an das Klinikum ab.",
                     "Birkenfeld, 19.01.2026   gez. W. Ehrlich"]))]),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-beihilfestelle",
            "named official's cardiology stay, pacemaker I44.2, DRG, to the Beihilfestelle")


def m030():
    body = """Liebe Partnerinnen und Partner im Maklervertrieb,

die Öffnungsaktion der PKV für Beamtinnen und Beamte läuft weiter – hier
noch einmal die Spielregeln, die in der Beratung oft verwechselt werden:

• Zielgruppe: Beamtenanfänger (Anwärter, Probe, Lebenszeit bei erster
  Verbeamtung) sowie deren Angehörige mit eigenem Beihilfeanspruch.
• Frist: Antrag innerhalb von 6 Monaten nach erstmaliger Verbeamtung.
• Keine Ablehnung aus Risikogründen, keine Leistungsausschlüsse.
• Risikozuschlag höchstens 30 % des Tarifbeitrags.
• Gilt nur für die beihilfekonformen Tarife (B-Tarife, PVB), nicht für
  Ergänzungsbausteine wie BE oder Krankenhaustagegeld.

Praxistipp: Auch wenn die Kundin "kerngesund" ist – Vorerkrankungen aus
den letzten 5 Jahren (ambulant) bzw. 10 Jahren (stationär) vollständig
angeben lassen. Eine vorvertragliche Anzeigepflichtverletzung kann auch
innerhalb der Öffnungsaktion zum Rücktritt führen.

Unser nächstes Webinar "Beamte richtig beraten" findet am 12.03.2026
statt. Anmeldung über https://makler.kurfuerst-versicherung.example/webinare

Herzliche Grüße
Ihr Maklerbetreuungsteam öffentlicher Dienst
"""
    return (mail(30, "Maklerbetreuung öD <makler-oed@kurfuerst-versicherung.example>",
                 "makler-newsletter@kurfuerst-versicherung.example",
                 "Makler-Info 03/2026: Öffnungsaktion für Beamte – die Regeln", body,
                 html="""<html><body style="font-family:Arial,sans-serif">
<h2>Makler-Info 03/2026: Öffnungsaktion für Beamte</h2>
<ul>
<li>Zielgruppe: Beamtenanfänger sowie Angehörige mit eigenem Beihilfeanspruch</li>
<li>Frist: Antrag innerhalb von 6 Monaten nach erstmaliger Verbeamtung</li>
<li>Keine Ablehnung aus Risikogründen, keine Leistungsausschlüsse</li>
<li>Risikozuschlag höchstens 30 %</li>
<li>Nur beihilfekonforme Tarife (B-Tarife, PVB)</li>
</ul>
<p><b>Praxistipp:</b> Vorerkrankungen vollständig angeben lassen.</p>
<p>Webinar am 12.03.2026 &ndash; <a href="https://makler.kurfuerst-versicherung.example/webinare">Anmeldung</a></p>
</body></html>"""),
            "NORMAL", "de", "newsletter",
            "trap: broker newsletter on opening offer, pre-existing conditions - no person")


def m031():
    body = """Jens,

quick note for the file before I leave - application no. A-26-01877:

Applicant: Moritz Hagedorn, legal trainee (Rechtsreferendar, public-law
training relationship, Beihilfe 50 % from the Land), tariff B50-A + PVB.

Health questions: ADHD diagnosed in 2012 (F90.0), methylphenidate
(Medikinet adult 30 mg) until 2022, currently no medication. One
outpatient psychotherapy (behavioural therapy, 24 sessions) in 2021
for exam anxiety, completed. No hospital stays.

Assessment: not within the opening offer (trainees in a public-law
training relationship are eligible, but the application came 7 months
after the start of the traineeship). Proposal: accept with 15 %
surcharge, no exclusion. Please double-check with Dr Sauer whether we
need the therapist's final report - I'd say no, treatment is closed.

Cheers
Jana

--
Jana Steinhoff
Underwriting Health
Kurfürst Krankenversicherung a.G.
"""
    return (mail(31, "Jana Steinhoff <jana.steinhoff@kurfuerst-versicherung.example>",
                 "Jens Kowalczyk <jens.kowalczyk@kurfuerst-versicherung.example>",
                 "A-26-01877 Hagedorn - underwriting note", body),
            "STRICTLY_CONFIDENTIAL", "en", "internal",
            "underwriting note on named legal trainee: ADHD F90.0, medication, psychotherapy")


def m032():
    body = """Dear Mr Sørensen-Kraft,

thank you for your claim under your travel cancellation insurance
(policy RR 4 402 918, booking no. 77-KRT-5521).

You booked a holiday in Crete for 14-28 June 2026 for yourself and
your partner, Ms Hanna Vollrath, total price 3,486.00 EUR. On 13 February
2026 the Federal Police headquarters cancelled all leave for officers
of your unit for the period of the G7 summit (Urlaubssperre) and you
had to cancel the trip.

A leave ban ordered by the employer is an insured event under clause
4.2 (k) of your policy ("Aufhebung des genehmigten Urlaubs durch den
Dienstherrn"). We therefore reimburse the cancellation fee of 40 %
charged by the tour operator:

  cancellation fee        1,394.40 EUR
  deductible                 50.00 EUR
  payment                 1,344.40 EUR

The payment will be made to your account ending in ...3190.

Kind regards

Lena Marquardt
Travel Claims
Kurfürst Allgemeine Versicherung AG
"""
    return (mail(32, "Lena Marquardt <lena.marquardt@kurfuerst-versicherung.example>",
                 "Jesper Sørensen-Kraft <j.soerensen-kraft@bpol-mail.example>",
                 "Your travel cancellation claim - leave ban during G7 summit", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "travel cancellation of named officers due to leave ban, no health content")


def m033():
    body = """We're hiring: Claims Specialist Health (m/f/d) - Beihilfe top-up tariffs
Location: Mainz or hybrid | full-time | permanent

About the role
You will assess claims from civil servants, judges, soldiers' families
and retired officials insured in our Beihilfe top-up tariffs. You check
doctors' and dentists' invoices against the GOÄ/GOZ fee schedules,
coordinate with Beihilfe offices and explain decisions to customers -
in German and, for our international academics, in English.

What you bring
- training as a health insurance professional (Kaufmann/-frau im
  Gesundheitswesen or Sozialversicherungsfachangestellte/r) or similar
- good knowledge of GOÄ, GOZ and ideally the federal Beihilfe rules
- German C1, English B2

What we offer
- 38-hour week, flexible hours, 30 days' holiday
- company pension and subsidised health cover

Apply by 31 March via https://karriere.kurfuerst-versicherung.example/job/2026-114
Contact: Birgit Althaus, HR, +49 6131 4482-900
"""
    return (mail(33, "Birgit Althaus <birgit.althaus@kurfuerst-versicherung.example>",
                 "jobs@academic-careers-rheinmain.example",
                 "Job posting 2026-114 for your portal - Claims Specialist Health", body),
            "NORMAL", "en", "insurer-to-partner",
            "trap: job ad mentioning claims, doctors' invoices, Beihilfe - no person")


def m034():
    body = """Moin Herr Kowalczyk,

anbei die Antworten meiner Mandantin zu Ihren Rückfragen (Antrag vom
02.02., Polizeikommissaranwärterin, Anwartschaft AW-G). Hab sie Ihnen
aus ihrer WhatsApp rauskopiert, Original unterschrieben kommt per Post.

Gruß, Timo Brandes
ÖD-Finanzkontor GmbH

---
Frage 3 (Augen): Brille seit der 5. Klasse, aktuell re -2,5 dpt, li -2,75,
Zylinder -0,5. Keine OP geplant. Beim Polizeiarzt (Einstellungsuntersuchung)
war das mit Kontaktlinsen ok.
Frage 5 (Allergien): Heuschnupfen (Birke, Gräser), nehme im Frühjahr
Cetirizin, keine Hyposensibilisierung.
Frage 7 (Psyche): nein.
Frage 9 (Krankenhaus): 2019 Blinddarm-OP, 3 Tage stationär, Klinikum
Oldenburg, komplikationslos.
Frage 11 (Sport): Kreuzbandriss links 2018 beim Handball, konservativ
behandelt, Physio 12x, seither keine Beschwerden.

Jule Harms, geb. 05.10.2004
"""
    return (mail(34, "Jens Kowalczyk <jens.kowalczyk@kurfuerst-versicherung.example>",
                 "antrag-kv@kurfuerst-versicherung.example",
                 "WG: Rückfragen Antrag Harms", "zur Akte A-26-01502 / JK\n\n" + body),
            "STRICTLY_CONFIDENTIAL", "de", "broker",
            "police trainee's answers to health questions: myopia, allergy, surgery, ACL rupture")


def m035():
    body = """Sehr geehrter Herr Thieme,

Ihre Anfrage vom 16.02.2026 zu Ihrer Rechtsschutzversicherung
(RS 6 208 331, Baustein "Dienstrecht für Beamte") haben wir geprüft.

Sachverhalt nach Ihren Angaben: Sie sind Studienrat (A 13) an der
Realschule plus Ingelheim. In der Regelbeurteilung 2025 wurden Sie mit
"entspricht den Anforderungen" (Gesamturteil C) bewertet. Bei der
Besetzung der Funktionsstelle "Fachbereichsleitung MINT" (A 14) wurde
eine Mitbewerberin mit Gesamturteil B ausgewählt. Sie halten die
Beurteilung für fehlerhaft, weil der Beurteiler Sie im Zeitraum nur
zweimal im Unterricht besucht hat.

Für das Widerspruchsverfahren gegen die Beurteilung sowie ein
Eilverfahren (Konkurrentenstreit) vor dem Verwaltungsgericht Mainz
besteht Versicherungsschutz. Die Selbstbeteiligung beträgt 150 EUR.
Schadennummer: R-2026-02187.

Bitte beachten Sie die kurze Frist: Die Mitteilung über die
Auswahlentscheidung datiert vom 11.02.2026 – Ihr Anwalt sollte zügig
tätig werden, bevor die Stelle besetzt wird.

Mit freundlichen Grüßen

Lars Hoffmeister
Schadenservice Rechtsschutz
Kurfürst Allgemeine Versicherung AG
"""
    return (mail(35, "Lars Hoffmeister <lars.hoffmeister@kurfuerst-versicherung.example>",
                 "Benedikt Thieme <b.thieme@rlp-mail.example>",
                 "Deckungszusage Rechtsschutz – Konkurrentenstreit, R-2026-02187", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "named teacher's legal-expenses claim: appraisal grade, promotion dispute")


def m036():
    body = """Liebe Kolleginnen und Kollegen,

anbei die Einladung für unseren Infoabend am Studienseminar für die
neuen Lehramtsanwärterinnen und -anwärter (Einstellungstermin Februar).
Bitte in euren Kalender übernehmen; Flyer und Roll-up bringe ich mit.

Tobias
"""
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kurfuerst Versicherungen//Termine//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:d86-036-infoabend@kurfuerst-versicherung.example
DTSTAMP:20260219T090000Z
DTSTART;TZID=Europe/Berlin:20260310T170000
DTEND;TZID=Europe/Berlin:20260310T190000
SUMMARY:Infoabend LAA: Beihilfe\\, Restkostenversicherung\\, Dienstunfähigkeit
LOCATION:Studienseminar Koblenz\\, Raum 1.14
DESCRIPTION:Vortrag für Lehramtsanwärter (ca. 60 Teilnehmende): Beihilfe u
 nd PKV\\, Öffnungsaktion\\, Anwärtertarife\\, Dienstunfähigkeitsabsicherung
 \\, Diensthaftpflicht. Keine Teilnehmerliste - Anmeldung über das Seminar.
ORGANIZER;CN=Tobias Renner:mailto:tobias.renner@kurfuerst-versicherung.example
ATTENDEE;CN=Team öD Koblenz:mailto:team-oed@kurfuerst-versicherung.example
END:VEVENT
END:VCALENDAR
""")
    return (mail(36, "Tobias Renner <tobias.renner@kurfuerst-versicherung.example>",
                 "team-oed@kurfuerst-versicherung.example",
                 "Einladung: Infoabend LAA Studienseminar Koblenz, 10.03.", body,
                 atts=[("einladung.ics", "text/calendar", cal, {"method": "REQUEST"})]),
            "NORMAL", "de", "internal",
            "trap: calendar invite for a trainee info evening (Beihilfe, Dienstunfähigkeit) - no person")


def m037():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Dear Dr Moreau-Kaplan,</p>
<p>as requested, here is an overview of the claims we settled for you and
your family under policy <b>31 801 276-5</b> since 1 January 2026.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>Date</th><th>Person</th><th>Provider</th><th>Treatment</th><th>Invoice EUR</th><th>Paid EUR</th><th>Tariff</th></tr>
<tr><td>08.01.2026</td><td>Dr. Julien Moreau-Kaplan</td><td>Dr. A. Henning, dermatology</td><td>excision of naevus, histology</td><td>286.14</td><td>143.07</td><td>B50</td></tr>
<tr><td>15.01.2026</td><td>Élise Moreau-Kaplan</td><td>Kinderarztpraxis Gonsenheim</td><td>U9 check-up, vaccination MMR</td><td>118.40</td><td>23.68</td><td>B20</td></tr>
<tr><td>29.01.2026</td><td>Nadia Moreau-Kaplan</td><td>Praxis für Logopädie Weber</td><td>speech therapy, 10 sessions</td><td>480.00</td><td>144.00</td><td>B30</td></tr>
<tr><td>04.02.2026</td><td>Dr. Julien Moreau-Kaplan</td><td>Optik Kaiser</td><td>varifocal glasses</td><td>689.00</td><td>150.00</td><td>BE</td></tr>
<tr><td colspan="5"><b>Total paid</b></td><td><b>460.75</b></td><td></td></tr>
</table>
<p>The Beihilfe shares (50 % / 70 % / 80 %) are paid by your Beihilfe office and are not included.</p>
<p>Kind regards<br>Petra Lindqvist<br>International Desk<br>Kurfürst Krankenversicherung a.G.</p>
</body></html>"""
    return (mail(37, "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "Dr. Julien Moreau-Kaplan <moreau-kaplan@mpi-chemie-mz.example>",
                 "Claims overview 2026", html=html, html_only=True),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "HTML-only table of a family's treatments (dermatology, vaccination, speech therapy)")


def m038():
    body = """Hi Ms Papadakis,

thanks for your message. We have changed the direct debit for your
personal liability policy (PHV 3 551 072) and your bicycle insurance
(FR 3 551 073) to your new account:

  account holder: Eleni Papadakis
  IBAN: DE34 6605 0101 0023 4587 16
  first debit under the new mandate: 1 April 2026, 84.60 EUR (annual)

The SEPA mandate reference is KV-PHV-3551072-02. Your old account
will no longer be debited.

Best wishes
Aylin Demir
Customer Service
Kurfürst Allgemeine Versicherung AG
"""
    return (mail(38, "Aylin Demir <aylin.demir@kurfuerst-versicherung.example>",
                 "Eleni Papadakis <eleni.papadakis@schulmail-ka.example>",
                 "Your new bank details - liability and bicycle policies", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "named customer's IBAN and liability/bicycle policies")


def m039():
    body = """Dear Board members,

attached is the summary of complaints for Q4/2025 in the public-sector
segment, as discussed in the last risk committee.

Complaints received                      218   (Q3: 241)
  thereof via BaFin                        6
  thereof via PKV ombudsman               11
Top reasons
  1. delay in claims settlement           71   (target: 10 working days)
  2. GOÄ multiplier reduced               38
  3. Beihilfe/insurer share unclear       29
  4. premium increase 01/2026             27
  5. refusal of sanatorium / spa cure     14
Upheld in favour of the customer        46 %
Average handling time                   8.4 days

Actions: new explanation letter for GOÄ reductions (live since
February), extra staff in the Beihilfe claims team until June.

Regards,
Quality Management
"""
    return (mail(39, "Qualitätsmanagement <qm@kurfuerst-versicherung.example>",
                 "vorstand-buero@kurfuerst-versicherung.example",
                 "Complaints report Q4/2025 - public sector", body),
            "NORMAL", "en", "internal",
            "trap: aggregated complaint figures (GOÄ, sanatorium refusal) - no person")


def m040():
    body = """Sehr geehrte Frau Dipl.-Psych. Wendland,

unsere Versicherte, Frau Oberstudienrätin Katrin Vogelsang (geb.
19.11.1974, Tarif B50), hat uns Ihren Antrag auf Kostenübernahme für eine
Verhaltenstherapie vorgelegt. Eine Entbindung von der Schweigepflicht
uns gegenüber liegt vor.

Nach Ihrem Bericht vom 09.02.2026 behandeln Sie Frau Vogelsang seit
Dezember wegen einer mittelgradigen depressiven Episode (F32.1) im
Zusammenhang mit einer beruflichen Überlastung; beantragt sind 24
Sitzungen Kurzzeittherapie (GOÄ 870) zzgl. 5 probatorische Sitzungen.

Die Beihilfestelle hat nach ihrem Gutachterverfahren bereits 24 Sitzungen
anerkannt. Wir schließen uns dieser Anerkennung an und übernehmen 50 %
der Kosten nach dem 2,3-fachen Satz. Einen gesonderten Bericht an unseren
Gutachter benötigen wir nicht.

Für eine Verlängerung (Langzeittherapie) bitten wir um rechtzeitige
Vorlage eines Folgeantrags, möglichst zeitgleich mit dem Antrag an die
Beihilfe.

Mit freundlichen Grüßen

Dr. med. Matthias Sauer
Ärztlicher Dienst
Kurfürst Krankenversicherung a.G.
"""
    return (mail(40, "Dr. Matthias Sauer <matthias.sauer@kurfuerst-versicherung.example>",
                 "Praxis Wendland <praxis@psychotherapie-wendland.example>",
                 "Kostenübernahme Psychotherapie – Frau K. Vogelsang", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
            "psychotherapy approval for named teacher, F32.1, to her therapist")


def m041():
    body = """Hallo Herr Wendt,

wie heute im Jahresgespräch besprochen, hier die Eckdaten Ihrer
Vergütung ab 01.04.2026 (Tarifgruppe VII / außertariflicher Anteil):

  Monatsgehalt (tariflich)         5.120,00 EUR
  AT-Zulage                          380,00 EUR
  Zielvereinbarung Beamtenmarkt    bis 6.000,00 EUR p.a.
  Dienstwagen (1 %-Regel, BLP 41.800 EUR)

Die Zielvereinbarung 2026 (Neugeschäft B-Tarife in der Region Koblenz-
Trier, Gewichtung 60/40 mit Bestandsbetreuung) schicke ich Ihnen
separat zur Unterschrift.

Bitte behandeln Sie die Zahlen vertraulich.

Viele Grüße
Birgit Althaus
Personal
"""
    return (mail(41, "Birgit Althaus <birgit.althaus@kurfuerst-versicherung.example>",
                 "Stefan Wendt <stefan.wendt@kurfuerst-versicherung.example>",
                 "Ihre Vergütung ab 01.04.2026", body),
            "CONFIDENTIAL", "de", "internal",
            "employee's salary and bonus (income)")


def m042():
    body = """Hi Sean, willkommen im Team!

As promised, a mini glossary for your first weeks in Leistung Kranken.
You'll hear these every day:

Beihilfe            - the employer's share of medical costs for Beamte
Beihilfestelle      - the office that pays it (per Land / Bund)
Bemessungssatz      - the Beihilfe percentage (50/70/80 %)
Restkostentarif     - our tariff for the rest (B50, B30, B20)
Heilfürsorge        - free health care for police / fire brigade
Anwartschaft        - "standby" policy, e.g. for police until retirement
Dienstunfähigkeit   - unfit for service; civil-service version of BU
Versorgungsempfänger - retired civil servant receiving a pension
GOÄ / GOZ           - fee schedules for doctors / dentists
Steigerungssatz     - multiplier, 2,3 is the standard

Mittagessen heute um 12:15 in der Kantine, wir holen dich ab.

LG
Annika
"""
    return (mail(42, "Annika Voss <annika.voss@kurfuerst-versicherung.example>",
                 "Sean Mulcahy <sean.mulcahy@kurfuerst-versicherung.example>",
                 "Glossar / glossary + Mittagessen", body),
            "NORMAL", "mixed", "internal",
            "trap: onboarding glossary of Beihilfe terms, lunch - no person's data")


def m043():
    body = """Dear Mr Bielefeld-Mensah,

we have received your claim from Nairobi, sent via the Federal Foreign
Office's courier together with your Beihilfe application.

Patient:   Konstantin Bielefeld-Mensah (policy holder), Legation
           Counsellor, Embassy Nairobi
Treatment: Aga Khan University Hospital, 2-5 February 2026,
           inpatient, diagnosis: Plasmodium falciparum malaria (B50.9),
           IV artesunate, followed by artemether-lumefantrine
Invoice:   KES 412,600 = 2,951.44 EUR (exchange rate of the invoice date)

Your foreign-service Beihilfe rate is 50 %. Our tariff B50 with the
worldwide option reimburses the remaining 50 %:

  eligible amount            2,951.44 EUR
  our share 50 %             1,475.72 EUR

Please note that for stays abroad the Beihilfe office may cap the
amount at the costs that would have arisen in Germany; our tariff pays
the full 50 % of the actual costs, so any gap on the Beihilfe side is
not covered by us unless you hold tariff BE-Ausland.

Get well soon.

""" + SIG_LINDQVIST
    return (mail(43, "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "Konstantin Bielefeld-Mensah <k.bielefeld-mensah@diplo-mail.example>",
                 "Your claim - hospital treatment in Nairobi", body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "diplomat's hospital stay with malaria B50.9 and medication")


def m044():
    body = """Dear Major Deschamps-Wolff,

regarding your request under your legal expenses insurance (policy RS
6 330 904, modules private, tenancy, civil-service law):

You rent a house in Übach-Palenberg (Karlstraße 19) while serving at the
NATO air base in Geilenkirchen. Your landlord, Mr Heinz-Dieter Ploog,
retained 2,300 EUR of your 3,450 EUR deposit after you moved out on
31 December 2025, claiming that the parquet had been damaged.

Tenancy disputes are covered. We confirm cover for the out-of-court
representation and, if necessary, proceedings before the local court
(Amtsgericht Geilenkirchen). No deductible applies to your policy.

Claim number: R-2026-02314. You are free to choose your lawyer; if you
would like a recommendation of an English-speaking tenancy lawyer in the
Aachen area, our partner network can help.

Kind regards

Lars Hoffmeister
Legal Expenses Claims
Kurfürst Allgemeine Versicherung AG
"""
    return (mail(44, "Lars Hoffmeister <lars.hoffmeister@kurfuerst-versicherung.example>",
                 "Maj. Céline Deschamps-Wolff <c.deschamps-wolff@nato-geilenkirchen.example>",
                 "Legal expenses - deposit dispute, claim R-2026-02314", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "officer's legal-expenses claim over tenancy deposit, address, landlord named")


def m045():
    body = """Forwarding for the FAQ team - might be useful for our English pages.
Petra

----- Forwarded message -----
From: Expat Academics Rhine-Main <newsletter@expat-academics-rm.example>
Subject: Newsletter March 2026 - Becoming a "Beamter": what happens to your health insurance?

EXPAT ACADEMICS RHINE-MAIN - NEWSLETTER MARCH 2026

Becoming a "Beamter": what happens to your health insurance?

Many of you have been offered a permanent professorship with civil-
servant status. Congratulations! Here is what our members found most
confusing:

* You will probably leave the statutory health insurance (TK, AOK etc.)
  and take a private policy that covers the part Beihilfe doesn't pay.
  Some federal states (e.g. Hamburg, Berlin, Brandenburg, Thuringia,
  Bremen, Saxony, Baden-Württemberg, Lower Saxony and others) offer a
  "flat-rate Beihilfe" instead, so you can stay in the statutory scheme
  - check your state's rules before deciding, because the choice is
  usually irrevocable.
* Apply within six months of appointment. After that, insurers can
  refuse you or charge unlimited surcharges for pre-existing conditions.
* Pregnancy, chronic illness or a disabled child? Exactly the cases
  where the six-month window matters most.
* Keep every invoice: you will claim twice.

Next meetup: 19 March, 7 pm, "Pensions and Beihilfe for non-German
civil servants", Café Extrablatt Mainz.

Unsubscribe: https://expat-academics-rm.example/unsubscribe
"""
    return (mail(45, "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "faq-team@kurfuerst-versicherung.example",
                 "FW: Newsletter March 2026 - Becoming a Beamter", body),
            "NORMAL", "en", "newsletter",
            "trap: network newsletter on Beihilfe, pregnancy, chronic illness - general advice")


def m046():
    body = """Hallo Leistungsteam Zahn,

Kunde hat den HKP per Mail an den Außendienst geschickt, ich leite die
Originalnachricht weiter. Bitte Vorab-Prüfung, er möchte vor Behandlungs-
beginn wissen, was er selbst trägt.

Tobias Renner
"""
    inner_body = """Hallo Herr Renner,

anbei der Heil- und Kostenplan von meinem Zahnarzt. Die Beihilfe hat mir
gesagt, dass sie bei Implantaten nur zwei pro Kieferhälfte zahlen und die
Labor- und Materialkosten nur zu 40 %. Was zahlt die Kurfürst dazu?

Schöne Grüße
Dieter Wollenweber
JVA Diez, Justizvollzugsobersekretär
Vers.-Nr. 31 377 091-8
"""
    hkp = pdf([
        "Zahnarztpraxis Dr. Ilka Seibold - Heil- und Kostenplan (privat)",
        "Patient: Dieter Wollenweber, geb. 27.08.1969",
        "Befund: Zahn 36 und 37 fehlend (Extraktion 10/2025 nach Parodontitis),",
        "        Zahn 35 Karies profunda, Knochenangebot reduziert",
        "Planung: 2 Implantate Regio 36, 37 mit Sinuslift extern, Kronen 35-37",
        "GOZ 9010 Implantatinsertion 2x 3,5-fach      1.208,74",
        "GOZ 9120 Sinusbodenelevation 1x 2,3-fach       541,91",
        "GOZ 2200 Vollkrone 3x 2,3-fach                 467,73",
        "Material- und Laborkosten (geschätzt)        2.380,00",
        "Gesamtkosten geschätzt                       4.598,38 EUR",
    ])
    fw = inner("Dieter Wollenweber <d.wollenweber@web-post.example>",
               "Tobias Renner <tobias.renner@kurfuerst-versicherung.example>",
               "HKP Implantate", inner_body, (2026, 2, 20, 17, 3),
               "<a71c@web-post.example>", atts=[("HKP_Seibold.pdf", PDF, hkp)])
    return (mail(46, "Tobias Renner <tobias.renner@kurfuerst-versicherung.example>",
                 "leistung-zahn@kurfuerst-versicherung.example",
                 "WG: HKP Implantate", body, atts=[fw]),
            "STRICTLY_CONFIDENTIAL", "de", "customer",
            "forwarded message/rfc822 with dental treatment plan (implants, periodontitis) of named officer")


def m047():
    body = """Sehr geehrte Frau Hübner-Salewski,

wir bestätigen Ihnen die Regulierung des Leitungswasserschadens in Ihrem
Einfamilienhaus, Im Wingert 4, 55270 Klein-Winternheim.

Vertrag:        Wohngebäudeversicherung WG 2 781 406
Schaden-Nr.:    S-2026-0419907
Schadentag:     27.01.2026 (Rohrbruch Warmwasserleitung im Bad OG)

Gutachten Sachverständigenbüro Pfeil vom 10.02.2026:
  Leckageortung und Rohrreparatur           1.184,20 EUR
  Technische Trocknung (14 Tage)            2.306,50 EUR
  Estrich und Fliesen Bad                   6.912,00 EUR
  Malerarbeiten Flur EG                     1.048,30 EUR
  Summe                                    11.451,00 EUR
  abzgl. Selbstbeteiligung                   -500,00 EUR
  Entschädigung                            10.951,00 EUR

Die Zahlung erfolgt an den Handwerksbetrieb bzw. an Sie, je nach
Abtretung. Bitte schicken Sie uns die Schlussrechnung des Fliesenlegers.

Mit freundlichen Grüßen

Johannes Brucker
Schadenservice Sach
Kurfürst Allgemeine Versicherung AG
"""
    return (mail(47, "Johannes Brucker <johannes.brucker@kurfuerst-versicherung.example>",
                 "Ines Hübner-Salewski <ines.huebner@rheinhessen-net.example>",
                 "Leitungswasserschaden S-2026-0419907 – Regulierung", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "named homeowner's water damage claim, address, contract number")


def m048():
    body = """Liebe Maklerpartner,

für Ihre Beratungsgespräche anbei die aktuelle Besoldungstabelle A
(Land, gültig ab 01.02.2026, Grundgehälter monatlich in Euro, Auszug):

Gruppe   Stufe 1    Stufe 4    Stufe 8
A 7      2.895,41   3.153,07   3.505,30
A 9      3.291,56   3.625,90   4.107,61
A 11     3.902,48   4.335,19   4.991,30
A 12     4.187,74   4.688,40   5.399,55
A 13     4.673,12   5.229,86   6.040,08

Familienzuschlag Stufe 1 (verheiratet): 171,28
je Kind (Stufe 2 ff.):                  145,97
Anwärtergrundbetrag (A 9 / A 13):       1.512,66 / 1.707,84

Die Tabelle ist öffentlich (Landesbesoldungsgesetz, Anlage 6). Nutzen
Sie sie, um die Versorgungslücke bei Dienstunfähigkeit zu zeigen: Der
Mindestruhegehalt liegt bei 35 % der ruhegehaltfähigen Dienstbezüge bzw.
der amtsunabhängigen Mindestversorgung.

Ihr Maklerbetreuungsteam öffentlicher Dienst
"""
    return (mail(48, "Maklerbetreuung öD <makler-oed@kurfuerst-versicherung.example>",
                 "makler-newsletter@kurfuerst-versicherung.example",
                 "Besoldungstabelle A 2026 für Ihre Beratung", body),
            "NORMAL", "de", "newsletter",
            "trap: public pay scale, family allowance, Dienstunfähigkeit - no person")


def m049():
    body = """Dear Judge Ferreira-Blum,

thank you for your letter. I understand this is a difficult time and
I will try to keep the answer simple.

Your husband, Mr Tomás Ferreira-Blum, has been insured with us in
tariff B30 because, as your spouse, he was entitled to Beihilfe at
70 %. You wrote that his income from his consulting firm in 2025 was
about 34,500 EUR. That is above the income limit for spouses (20,000
EUR in the year before the claim), so the Beihilfe office has told you
that his treatment costs from 2026 are no longer eligible.

This matters especially because of his chemotherapy (colon carcinoma,
C18.7) which started in January at the Universitätsmedizin. Our B30
only pays 30 %.

Good news: under § 199 (2) VVG, if the Beihilfe entitlement ends, he
can increase his cover to 100 % without new health questions, provided
he applies within six months of the Beihilfe office's decision. We
have attached the form. The new monthly premium would be 1,018.40 EUR
(tariff K100 + PVN) instead of 287.10 EUR; the change can take effect
retroactively from 1 January 2026 so there is no gap for the current
treatment.

""" + SIG_LINDQVIST
    return (mail(49, "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "Dr. Marta Ferreira-Blum <m.ferreira-blum@justiz-rlp.example>",
                 "Your husband's cover after the end of Beihilfe", body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "spouse's income above Beihilfe limit and chemotherapy for colon carcinoma C18.7")


def m050():
    body = """Sehr geehrter Herr Van den Broeck,

dear Mr Van den Broeck,

vielen Dank für Ihre Unterlagen. Ihr Kfz-Vertrag ist angelegt / your
motor policy has been set up:

Versicherungsschein / policy:  KF 88 503 129
Fahrzeug / vehicle:            BMW 320d Touring, FIN WBA8K31090K377412
Kennzeichen / plate:           MZ-VB 512
Beginn / start:                15.03.2026

Da Sie als Bundesbeamter an die EU-Kommission abgeordnet sind, gilt
weiterhin unser Tarif "Öffentlicher Dienst". As a federal civil servant
seconded to the European Commission you keep the public-sector discount;
we only need the secondment notice (Abordnungsverfügung) for our files.

Ihre belgische Schadenfreiheit (attestation de sinistralité, 11 Jahre
schadenfrei) haben wir als SF 11 anerkannt.

Mit freundlichen Grüßen / Kind regards
Nadine Kraus
Kraftfahrt-Service
Kurfürst Allgemeine Versicherung AG
"""
    return (mail(50, "Nadine Kraus <nadine.kraus@kurfuerst-versicherung.example>",
                 "Pieter Van den Broeck <p.vandenbroeck@ec-seconded.example>",
                 "Ihr Kfz-Vertrag / your motor policy KF 88 503 129", body),
            "CONFIDENTIAL", "mixed", "insurer-to-customer",
            "seconded civil servant's motor policy, VIN, plate, claims history")


def m051():
    body = """Ticket INC-2026-004471 – Priorität 2

Betreff: Kurfürst-App: Upload "Beihilfebescheid" bricht ab

Beschreibung:
Seit dem App-Release 7.4.0 (iOS) brechen Uploads in der Kategorie
"Beihilfebescheid / Arztrechnung" bei PDFs > 8 MB mit Fehler
"UPL-413 Payload too large" ab. Android nicht betroffen. Betroffen laut
Monitoring ca. 3 % der Uploads seit 17.02.

Reproduktion: mit Testdokument "bescheid_test_12MB.pdf" (Dummy aus dem
Testdatenpool, keine Kundendaten) im Testkonto 9999-0001.

Workaround für die Hotline: Kundinnen und Kunden bitten, den Scan in
geringerer Auflösung zu erstellen oder die Belege einzeln hochzuladen.

Zugewiesen an: Team Mobile / Gateway
Gemeldet von: H. Sommerfeld
"""
    return (mail(51, "IT-Servicedesk <servicedesk@kurfuerst-versicherung.example>",
                 "team-mobile@kurfuerst-versicherung.example",
                 "[INC-2026-004471] Kurfürst-App: Upload Beihilfebescheid bricht ab", body),
            "NORMAL", "de", "internal",
            "trap: IT ticket about upload of Beihilfebescheide/Arztrechnungen, dummy test data")


def m052():
    body = """Sehr geehrter Herr Stojanović,

leider konnten wir die fälligen Beiträge zu Ihrer Krankenversicherung
(Vers.-Nr. 31 482 306-1, Tarife B50, BE, PVB) für die Monate Januar und
Februar 2026 nicht einziehen. Die Lastschrift von Ihrem Konto
DE47 3002 0900 0154 8726 30 wurde von Ihrer Bank zurückgegeben
(Rückgabegrund: Konto erloschen).

  Beitrag Januar 2026           406,82 EUR
  Beitrag Februar 2026          406,82 EUR
  Rücklastschriftgebühr           3,50 EUR
  offen                         817,14 EUR

Bitte überweisen Sie den Betrag bis zum 13.03.2026 auf unser Konto bei
der Mainzer Volksbank oder teilen Sie uns Ihre neue Bankverbindung mit.

Bitte beachten Sie: Bei einem Beitragsrückstand von zwei Monatsbeiträgen
sind wir nach § 193 Abs. 6 VVG verpflichtet, Sie zu mahnen; bleibt der
Rückstand bestehen, ruht der Vertrag und wir leisten nur noch im
Notlagentarif. Das möchten wir Ihnen gern ersparen – melden Sie sich
bei Zahlungsschwierigkeiten einfach bei uns.

Mit freundlichen Grüßen

Beitragsservice
Kurfürst Krankenversicherung a.G.
"""
    return (mail(52, "Beitragsservice <beitrag@kurfuerst-versicherung.example>",
                 "Milan Stojanović <milan.stojanovic@mailfabrik.example>",
                 "Zahlungserinnerung – Vers.-Nr. 31 482 306-1", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "premium arrears in a named person's health contract with IBAN (personal line, no medical word)")


def m053():
    body = """Frank,

hier das Schreiben der Jugendherberge zu dem Schaden bei der Klassenfahrt,
bitte zum Vorgang S-2026-0420518 (Diensthaftpflicht Frau Schick,
DH 7 190 227). Die Schule selbst hat keine Versicherung für so was,
sagt die Kundin.

VG Aylin

-------- Weitergeleitete Nachricht --------
Von: Jugendherberge Bacharach – Burg Stahleck <bacharach@jh-rheinland.example>
An: Frau Annemarie Schick, IGS Budenheim
Betreff: Schadensersatzforderung Aufenthalt 9a, 09.–13.02.2026

Sehr geehrte Frau Schick,

bei der Abnahme der Zimmer nach Abreise Ihrer Klasse 9a wurden folgende
Schäden festgestellt:

- Zimmer 212: Brandfleck im Teppich (Glätteisen), Austausch 8 m²
- Zimmer 214: Tür zum Bad aus den Angeln gehoben, Zarge gebrochen
- Flur 2. OG: Feuerlöscher entleert, Wiederbefüllung und Reinigung

Gesamt laut Kostenvoranschlag Fa. Hommerich: 1.934,60 EUR.

Als verantwortliche Lehrkraft haben Sie das Übergabeprotokoll
unterschrieben. Wir bitten um Regulierung bzw. Angabe Ihrer
Haftpflichtversicherung bis zum 10.03.2026.

Mit freundlichen Grüßen
Herbergsleitung
"""
    return (mail(53, "Aylin Demir <aylin.demir@kurfuerst-versicherung.example>",
                 "Frank Wichert <frank.wichert@kurfuerst-versicherung.example>",
                 "WG: Schadensersatzforderung Aufenthalt 9a", body),
            "CONFIDENTIAL", "de", "company",
            "teacher's official-liability claim after school trip, claim and contract number")


def m054():
    body = """Dear all,

please find below the management summary of the DPIA for the new
"Beihilfe & Claims" feature in our app. Full document in the DPIA
register, ID DPIA-2026-03.

Processing: customers photograph doctors' invoices, prescriptions and
Beihilfe notices; the app extracts amounts and sends the images to
claims processing. Optional: the app reminds customers to submit the
same invoices to their Beihilfe office.

Data categories: health data (Art. 9 GDPR) - diagnoses on invoices,
medication, treatment dates; identification and contract data; bank
details for refunds.

Main risks and measures:
1. Images stored on the device -> stored only in the app sandbox,
   deleted after upload confirmation.
2. OCR by an external processor -> EU region only, DPA signed, no
   training on customer data.
3. Misdirected reminders -> no push messages containing content;
   notifications say only "new message".

Residual risk: low. Recommendation: go-live after pen test.

Ute Brandstätter
Data Protection Officer
"""
    return (mail(54, "Ute Brandstätter <datenschutz@kurfuerst-versicherung.example>",
                 "projekt-app@kurfuerst-versicherung.example",
                 "DPIA-2026-03 Beihilfe & Claims feature - management summary", body),
            "NORMAL", "en", "internal",
            "trap: DPIA summary listing health-data categories - no person")


def m055():
    body = """Dear Professor Hargreaves,

thank you for sending the invoice from Hörakustik Lemke for your two
new hearing aids together with the ENT specialist's prescription
(bilateral sensorineural hearing loss, H90.3).

Invoice: 2 x Phonak Audéo, fitting and accessories   5,980.00 EUR

As a retired professor you receive Beihilfe at 70 %. The Beihilfe
office reimburses at most 1,500 EUR per ear (every five years), i.e.
70 % of 3,000 EUR = 2,100 EUR. Our tariff B30 covers 30 % of the
eligible costs, and your supplementary tariff BE tops up hearing aids
up to 1,000 EUR per ear:

  B30: 30 % of 5,980.00 EUR              1,794.00 EUR
  BE:  supplement (2 x 1,000 EUR max.)   2,000.00 EUR, capped at the
       amount not covered by Beihilfe and B30: 2,086.00 EUR
       -> paid                            2,000.00 EUR
  total payment                           3,794.00 EUR

Your own share is therefore 86.00 EUR.

""" + SIG_LINDQVIST
    return (mail(55, "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "Prof. em. Gordon Hargreaves <g.hargreaves@emeriti-mainz.example>",
                 "Your hearing aids - claim settled", body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "retired professor's hearing aids and hearing loss H90.3")


def m056():
    body = """PRESSEMITTEILUNG

Kurfürst Krankenversicherung: Neue Anwartschaft für Polizei und
Feuerwehr sichert Gesundheitszustand bis zur Pension

Mainz, 26. Februar 2026. Polizeivollzugsbeamtinnen und -beamte sowie
Angehörige der Berufsfeuerwehr erhalten in den meisten Ländern freie
Heilfürsorge. Mit dem Eintritt in den Ruhestand endet diese – ab dann
gilt die Beihilfe, und für den Rest ist eine private Krankenversicherung
nötig. Wer erst mit 60 einen Antrag stellt, muss Gesundheitsfragen
beantworten; Vorerkrankungen aus dem oft belastenden Einsatzdienst
können dann zu Zuschlägen oder Ablehnungen führen.

Die neue "Kurfürst Anwartschaft Plus" (AW-P) friert den Gesundheits-
zustand bei Vertragsbeginn ein und baut zusätzlich Alterungsrückstellungen
auf. Der Beitrag beginnt bei 19,80 Euro monatlich für 25-Jährige.

"Gerade im Schichtdienst entstehen Rücken-, Knie- und Schlafprobleme,
die später den Versicherungsschutz verteuern", sagt Katja Brenner,
Vorständin Vertrieb. "Mit der Anwartschaft ist das abgesichert."

Pressekontakt:
Carolin Vogt, Unternehmenskommunikation
presse@kurfuerst-versicherung.example, 06131 4482-111
"""
    return (mail(56, "Carolin Vogt <presse@kurfuerst-versicherung.example>",
                 "redaktion@polizeispiegel-online.example",
                 "PM: Neue Anwartschaft für Polizei und Feuerwehr", body),
            "NORMAL", "de", "insurer-to-partner",
            "trap: press release on Heilfürsorge standby tariff, back/knee problems in general")


def m057():
    body = """Dear Mr Oyelaran,

we are sorry to hear that your e-bike was stolen. Your claim has been
registered:

  policy:       FR 3 612 448 (bicycle insurance, part of household policy)
  claim no.:    S-2026-0421075
  bike:         Riese & Müller Charger4, frame no. WRM 7H 228416
  date:         24 February 2026, between 7:40 and 14:10
  place:        bicycle shelter of Gymnasium am Kaiserdom, Speyer
  police ref.:  PI Speyer, Tgb.-Nr. 0412/26

Please send us the original purchase invoice (or a copy) and the two
keys of the frame lock. As the bike was locked to a fixed object, the
"night-time clause" does not apply and we expect to pay the replacement
value minus the 100 EUR deductible.

Kind regards
Johannes Brucker
Property Claims
Kurfürst Allgemeine Versicherung AG
"""
    return (mail(57, "Johannes Brucker <johannes.brucker@kurfuerst-versicherung.example>",
                 "Adebayo Oyelaran <a.oyelaran@gym-speyer.example>",
                 "Your e-bike theft - claim S-2026-0421075", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "named teacher's bicycle theft claim, frame number, police reference")


def m058():
    body = """Liebe Kolleginnen und Kollegen,

ab dem 01.03.2026 ändern sich die Servicezeiten der Beihilfe-Hotline:

  Mo–Do   7:30 – 18:30 Uhr
  Fr      7:30 – 16:00 Uhr
  Sa      geschlossen (bisher 9–13 Uhr)

Hintergrund: die Samstagsanrufe lagen zuletzt bei unter 40 pro Tag. Die
Kapazität geht in die Rückrufbearbeitung (Ziel: Rückruf am selben Tag).

Bitte Ansagetexte, Website und E-Mail-Signaturen bis Freitag anpassen.
Textbaustein für Kundinnen und Kunden:
"Unsere Beihilfe-Hotline erreichen Sie montags bis donnerstags von
7:30 bis 18:30 Uhr und freitags bis 16:00 Uhr."

Viele Grüße
Teamleitung Kundenservice Kranken
"""
    return (mail(58, "Teamleitung KS Kranken <ks-leitung@kurfuerst-versicherung.example>",
                 "kundenservice-kv@kurfuerst-versicherung.example",
                 "Neue Servicezeiten Beihilfe-Hotline ab 01.03.", body),
            "NORMAL", "de", "internal",
            "trap: hotline opening hours")


def m059():
    body = """Sehr geehrter Herr Feldhaus,

wie im Gruppenversicherungsvertrag Diensthaftpflicht (GV 40-112) vereinbart,
übersenden wir die Zugangsmeldungen unserer Mitglieder für März 2026. Die
Mitglieder haben mit dem Beitritt in die Übermittlung eingewilligt.

Mit freundlichen Grüßen
Gewerkschaft der Polizei – Landesbezirk Rheinhessen
Mitgliederverwaltung
i. A. Sandra Pelzer
"""
    att = xlsx([
        ["Mitgl.-Nr.", "Name", "Vorname", "Geburtsdatum", "Dienststelle", "Amtsbez.", "Beitritt GdP", "Beginn DH"],
        ["GdP-RH-20931", "Krämer", "Lukas", "12.03.1998", "PI Mainz 2", "PK", "01.02.2026", "01.03.2026"],
        ["GdP-RH-20932", "Yilmaz", "Elif", "27.09.2000", "PI Bingen", "PKin", "03.02.2026", "01.03.2026"],
        ["GdP-RH-20935", "Böhm", "Christian", "05.06.1987", "KI Mainz", "KHK", "10.02.2026", "01.03.2026"],
        ["GdP-RH-20940", "Stadler", "Nina", "21.01.1995", "PI Worms", "POKin", "14.02.2026", "01.03.2026"],
        ["GdP-RH-20944", "Okoro", "Daniel", "30.11.1999", "Bereitschaftspolizei Enkenbach", "PK", "17.02.2026", "01.03.2026"],
    ], sheet="Zugänge 03-2026")
    fwd = """Bitte in den GV 40-112 einbuchen. Hinweis Datenschutz: Liste enthält die
Gewerkschaftszugehörigkeit – nur im Gruppenvertrags-Laufwerk ablegen.
Marco

"""
    return (mail(59, "Marco Feldhaus <marco.feldhaus@kurfuerst-versicherung.example>",
                 "gruppenvertraege@kurfuerst-versicherung.example",
                 "WG: Zugänge GV 40-112 Diensthaftpflicht März 2026", fwd + body,
                 atts=[("GdP_RH_Zugaenge_2026-03.xlsx", XLSX, att)]),
            "STRICTLY_CONFIDENTIAL", "de", "company",
            "XLSX: union members (trade-union membership, special category) with birth dates")


def m060():
    body = """Dear colleagues,

customers are reporting a phishing e-mail that pretends to come from us:

  Subject: "Your Beihilfe refund of 412.80 EUR is waiting"
  Sender:  kurfuerst-erstattung@secure-refund-portal.example
  Link:    "Confirm your bank details" -> fake login page

Please tell customers who call:
- we never ask for bank details or passwords by e-mail;
- they should not click the link and should delete the mail;
- if they entered data, they should call their bank and change their
  portal password.

We have reported the domain. If you receive the mail yourself, forward
it as an attachment to phishing@kurfuerst-versicherung.example.

IT Security
"""
    return (mail(60, "IT Security <it-security@kurfuerst-versicherung.example>",
                 "alle@kurfuerst-versicherung.example",
                 "Warning: phishing mail 'Your Beihilfe refund'", body),
            "NORMAL", "en", "internal",
            "trap: phishing warning about fake Beihilfe refund and bank details")


def m061():
    body = """Sehr geehrter Herr Hauptfeldwebel Krawczyk,

vielen Dank für Ihre Unterlagen zur Rechtsschutzversicherung
(RS 6 287 015, Baustein Dienstrecht Soldaten).

Sie wenden sich gegen Ihre Versetzung vom Logistikbataillon 461 in
Walldürn zum Logistikzentrum in Wilhelmshaven zum 01.04.2026. Ihre
Beschwerde nach der Wehrbeschwerdeordnung vom 05.01.2026 wurde am
12.02.2026 zurückgewiesen. Sie machen geltend, dass Ihre Ehefrau als
Beamtin (Finanzamt Mosbach) nicht versetzt werden kann und die
Familienzusammenführung nicht berücksichtigt wurde.

Für den Antrag auf gerichtliche Entscheidung beim Truppendienstgericht
Süd besteht Versicherungsschutz. Schadennummer R-2026-02402. Die
Kosten des von Ihnen beauftragten Rechtsanwalts Dr. Hüttenberger
übernehmen wir im Rahmen der gesetzlichen Gebühren.

Mit freundlichen Grüßen

Lars Hoffmeister
Schadenservice Rechtsschutz
Kurfürst Allgemeine Versicherung AG
"""
    return (mail(61, "Lars Hoffmeister <lars.hoffmeister@kurfuerst-versicherung.example>",
                 "Andrzej Krawczyk <a.krawczyk@bw-privat.example>",
                 "Deckungszusage – Versetzung / Wehrbeschwerde, R-2026-02402", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "soldier's legal-expenses claim about transfer, family circumstances")


def m062():
    body = """Hallo Frau Dr. Kessel,

für die Fallkonferenz am Donnerstag anbei die Liste der Beihilfe-Versicherten
mit Leistungsausgaben > 25.000 EUR seit 01.07.2025, die für das
Fallmanagement (Reha-/Hilfsmittelberatung) infrage kommen. Bitte nicht
weiterleiten.

Gruß
Sabine Oberländer
"""
    att = xlsx([
        ["Vers.-Nr.", "Name", "Geb.", "Status", "BH-Satz", "Hauptdiagnose", "Ausgaben EUR (Anteil KV)", "Vorschlag"],
        ["31 044 178-2", "Bender, Gerhard", "1944", "Versorgungsempf.", "70 %", "I63.5 Hirninfarkt", 28412.50, "Hilfsmittelberatung"],
        ["31 291 774-3", "Reuschenbach, Elke", "1968", "Lehrerin", "50 %", "C50.4 Mamma-Ca", 41870.12, "Onko-Lotse"],
        ["31 337 508-9", "Fuchs, Harald", "1957", "Polizei a.D.", "70 %", "M17.0 Gonarthrose bds.", 26003.40, "Reha-Beratung"],
        ["31 402 119-1", "Ahmadi, Soraya", "2019", "Kind", "80 %", "E84.0 Mukoviszidose", 33119.88, "Familienlotse"],
        ["31 512 630-6", "Kowarsch, Uwe", "1961", "Richter", "50 %", "N18.5 Niereninsuff. Dialyse", 58240.00, "Dialyse-Koordination"],
    ], sheet="Fallmanagement")
    return (mail(62, "Sabine Oberländer <sabine.oberlaender@kurfuerst-versicherung.example>",
                 "Dr. Helena Kessel <helena.kessel@kurfuerst-versicherung.example>",
                 "Liste Fallkonferenz Do.", body,
                 atts=[("Fallmanagement_Liste_2026-02.xlsx", XLSX, att)]),
            "STRICTLY_CONFIDENTIAL", "de", "internal",
            "harmless body; XLSX with named insured persons and diagnoses (case management)")


def m063():
    body = """Liebe Personalratsmitglieder,

danke für Ihr Interesse an unserem Seminar "Dienstunfähigkeit – was dann?"
am 17.03.2026. Vorab die Fallbeispiele, die wir gemeinsam durchrechnen.
Alle Personen sind frei erfunden.

Fall 1: Beamter A, 38 Jahre, A 10, seit 12 Jahren im Dienst, wird wegen
einer psychischen Erkrankung dauerhaft dienstunfähig.
-> Ruhegehalt nach Dienstjahren nur ca. 22 % -> Mindestversorgung greift
   (ca. 1.980 EUR brutto). Lücke zum letzten Netto: ca. 1.100 EUR.

Fall 2: Beamtin B, 29 Jahre, Beamtin auf Probe, Bandscheibenvorfall,
dienstunfähig vor Ablauf von 5 Jahren.
-> kein Anspruch auf Ruhegehalt, Nachversicherung in der gesetzlichen
   Rentenversicherung -> Rente ca. 310 EUR.

Fall 3: Polizeibeamter C, 51 Jahre, polizeidienstunfähig, aber
allgemein dienstfähig -> Verwendung im Verwaltungsdienst, keine
Versorgung.

Diskussion: Wann hilft eine Dienstunfähigkeitsversicherung mit "echter
DU-Klausel", wann eine spezielle Polizeidienstunfähigkeitsklausel?

Bis zum 17.!
Tobias Renner
Kurfürst Versicherungen
"""
    return (mail(63, "Tobias Renner <tobias.renner@kurfuerst-versicherung.example>",
                 "personalrat@pp-rheinpfalz.example",
                 "Seminar Dienstunfähigkeit – Fallbeispiele (fiktiv)", body),
            "NORMAL", "de", "insurer-to-partner",
            "trap: fictitious case examples (mental illness, herniated disc) for a works-council seminar")


def m064():
    body = """Dear Ms Lindqvist,

please add the following new teaching staff to our group policy for
professional liability (GV 40-207, "International School Mainz -
Staff Liability") from 1 March 2026. Our teachers on German civil-
service leave keep their own Diensthaftpflicht; these are locally
hired staff.

Name                  Date of birth   Subject          Start
Rebecca Thornbury     1991-04-17      English/Drama    2026-03-01
Mateo Ibáñez Ruiz     1987-10-02      Spanish/IB Econ  2026-03-01
Priya Raghunathan     1994-01-29      Chemistry        2026-03-01
Lukas Obermaier       1989-07-08      PE               2026-03-01

Could you confirm by e-mail and send us the updated staff list for our
records?

Many thanks,
Charlotte Ashworth
HR Manager, International School Mainz gGmbH
"""
    fwd = "Please enrol from 01.03. in GV 40-207 and confirm to the school. Petra\n\n---------- Forwarded message ---------\n"
    return (mail((64, (2026, 2, 24, 9, 12)), "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "gruppenvertraege@kurfuerst-versicherung.example",
                 "FW: New staff for group liability policy GV 40-207", fwd + body),
            "CONFIDENTIAL", "en", "company",
            "school's list of named teachers with birth dates joining group liability policy")


def m065():
    body = """Dear Mr Gerhards,

thank you for your request. For encrypted mail between your Beihilfe
office and our claims department we use S/MIME domain certificates
(gateway to gateway):

  our domain:         kurfuerst-versicherung.example
  certificate:        attached (kurfuerst-domain-2026.pem)
  issuer:             Example Trust Services CA 3
  valid until:        31 January 2028
  SHA-256 fingerprint 3F:A2:91:0C:7E:55:B8:14:2D:6B:90:EE:41:73:C5:08:
                      9A:1F:D2:66:0B:84:37:CE:52:19:A0:7D:E3:4B:66:F1

Please send us your gateway certificate for beihilfe@lfb-koblenz.example
in the same way. Once both sides have imported the certificates, mail
will be encrypted automatically; no action is needed from your staff.

Best regards
Helge Sommerfeld
IT Mail Security
Kurfürst Versicherungen
"""
    pem = crlf("""-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUKURGMDg2LUtVUkZVRVJTVC1ET01BSU4wCgYIKoZIzj0EAwIw
LzEtMCsGA1UEAwwkRXhhbXBsZSBUcnVzdCBTZXJ2aWNlcyBDQSAzIChkdW1teSkwHhcN
MjYwMjAxMDAwMDAwWhcNMjgwMTMxMDAwMDAwWjAtMSswKQYDVQQDDCJrdXJmdWVyc3Qt
dmVyc2ljaGVydW5nLmV4YW1wbGUgKGR1bW15KTBZMBMGByqGSM49AgEGCCqGSM49AwEH
A0IABHN1bW15LWtleS1mb3ItdGVzdC1jb3JwdXMtZDg2LW5vdC1hLXJlYWwta2V5LWp1
c3QtYnl0ZXMtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLTAKBggq
hkjOPQQDAgNIADBFAiEAZHVtbXktc2lnbmF0dXJlLWQ4Ni0wNjUtLS0tLS0tLS0tLQIg
ZHVtbXktc2lnbmF0dXJlLWQ4Ni0wNjUtLS0tLS0tLS0tLS0=
-----END CERTIFICATE-----
""").encode("ascii")
    return (mail(65, "Helge Sommerfeld <helge.sommerfeld@kurfuerst-versicherung.example>",
                 "Markus Gerhards <it-sicherheit@lfb-koblenz.example>",
                 "S/MIME domain certificate for mail with your Beihilfe office", body,
                 atts=[("kurfuerst-domain-2026.pem", "application/x-pem-file", pem)]),
            "NORMAL", "en", "insurer-to-partner",
            "trap: certificate exchange with a Beihilfe office, no personal data")


def m066():
    body = """Sehr geehrte Frau Dornbusch,

vielen Dank für die Einreichung der Rechnungen des Klinikums Bad Kreuznach
und der Handchirurgie Dr. Alberti.

Aus dem Notaufnahmebericht geht hervor, dass Sie sich die distale
Radiusfraktur links (S52.51) am 11.02.2026 während der Skifreizeit der
Klasse 8 in Oberstdorf zugezogen haben, als Sie einen Schüler auf der
Piste begleitet haben. Das ist nach unserer Einschätzung ein Dienstunfall
im Sinne von § 31 BeamtVG bzw. dem Landesbeamtenversorgungsgesetz.

Bei einem Dienstunfall trägt Ihr Dienstherr im Rahmen der Unfallfürsorge
die Heilbehandlungskosten vollständig (nicht nur zum Beihilfe-Bemessungs-
satz). Unsere Leistungen aus dem Tarif B50 sind insoweit nachrangig.
Bitte melden Sie den Unfall über Ihre Schulleitung innerhalb der Frist
von zwei Jahren, besser sofort, bei der ADD – Referat Unfallfürsorge.

Wir haben die Rechnungen (Osteosynthese mit Platte, 2 Tage stationär,
anschließend 10 x Ergotherapie) daher vorerst zurückgestellt. Sollte der
Dienstunfall nicht anerkannt werden, rechnen wir selbstverständlich nach
Ihrem Tarif ab – bitte schicken Sie uns dann den Ablehnungsbescheid.

Gute Besserung!

""" + SIG_OBERLAENDER
    return (mail(66, "Sabine Oberländer <sabine.oberlaender@kurfuerst-versicherung.example>",
                 "Verena Dornbusch <v.dornbusch@schule-kh.example>",
                 "Ihre Rechnungen vom 18.02. – Hinweis Dienstunfall", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "teacher's wrist fracture S52.51 on school trip, surgery, occupational-accident referral")


def m067():
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag Nr. RV-2024-17 für unseren
Standort Mainz, Kurfürstenallee 12:

Pos. 1  Sicherheitsbehälter 240 l (Schutzklasse 3, Sicherheitsstufe P-4),
        Aufstellung Leistungsabteilung Kranken, 3. OG     12 Stück
Pos. 2  Abholung und Vernichtung der Behälterinhalte (Belege,
        Beihilfebescheide, Arztrechnungen nach Scan), 14-täglich
Pos. 3  Vernichtungsprotokoll nach DIN 66399 je Abholung

Ansprechpartnerin vor Ort: Frau Yvonne Roth, Facility Management,
Tel. 06131 4482-055. Lieferung bitte bis 16.03.2026.

Rechnungsanschrift: Kurfürst Versicherungen, Kreditorenbuchhaltung,
Kurfürstenallee 12, 55116 Mainz, Bestell-Nr. 4500318822.

Mit freundlichen Grüßen
Einkauf
Kurfürst Versicherungen
"""
    return (mail(67, "Einkauf <einkauf@kurfuerst-versicherung.example>",
                 "auftrag@aktenwolf-entsorgung.example",
                 "Bestellung 4500318822 – Datenschutzbehälter Leistungsabteilung", body),
            "NORMAL", "de", "insurer-to-supplier",
            "trap: shredding order for Beihilfebescheide/Arztrechnungen - no person")


def m068():
    body = """Hallo Herr Akgül,

danke für die Info zu Ihrem Umzug. Ich habe Ihre Verträge umgestellt:

  Hausrat HR 5 944 201 und Privathaftpflicht PHV 3 588 930
  neue Anschrift ab 01.03.2026:
  Finanzschule Edenkoben, Wohnheim Haus C, Zi. 118
  Weinstraße 41, 67480 Edenkoben

Für die Zeit der Ausbildung an der Landesfinanzschule gilt Ihr Hausrat
auch im Wohnheimzimmer (Außenversicherung bis 10.000 EUR). Ihre
bisherige Wohnung in Ludwigshafen bleibt bis zur Kündigung zum 30.04.
mitversichert.

Der Beitrag bleibt gleich, der Anwärter-Nachlass gilt bis zum Ende Ihrer
Ausbildung (voraussichtlich 31.07.2028).

Viele Grüße aus Koblenz
Tobias Renner
"""
    return (mail(68, "Tobias Renner <tobias.renner@kurfuerst-versicherung.example>",
                 "Emre Akgül <emre.akguel@fin-anwaerter.example>",
                 "Ihr Umzug – Hausrat und Haftpflicht umgestellt", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "trainee's new address with household and liability contract numbers")


def m069():
    body = """Hi Jens,

hope you're well. Quick one on a client of ours before we submit:

Lt Col Bastian Achterberg, Bundeswehr career officer (free military
medical care), born 14/03/1979, wants the AW-G standby policy plus
B30 for retirement in 2035. Health history from his military medical
file (he gave us a copy):

- lumbar disc herniation L4/L5 (M51.1) in 2020, treated
  conservatively, 6 weeks off duty, physio
- recurring lower back pain since, ~2 episodes a year
- tinnitus left ear after a firing exercise in 2016 (H93.1), no
  hearing loss
- nothing psychological, no hospital stays apart from the above

Would you accept with a surcharge or exclude the spine? He's fine
with a surcharge, not with an exclusion. Happy to send the full file.

Cheers
Oliver Pennington
Pennington & Graf Financial Services for Forces
(German Forces & NATO personnel)
"""
    fwd = "Jens, the broker's mail below - for your assessment. Marco\n\n"
    return (mail(69, "Marco Feldhaus <marco.feldhaus@kurfuerst-versicherung.example>",
                 "Jens Kowalczyk <jens.kowalczyk@kurfuerst-versicherung.example>",
                 "FW: Achterberg - standby policy, risk pre-check", fwd + body),
            "STRICTLY_CONFIDENTIAL", "en", "broker",
            "broker's risk pre-check for named officer: disc herniation M51.1, tinnitus H93.1, birth date")


def m070():
    body = """Dear Sir or Madam,

we are pleased to invite you to the 9th Public Sector Insurance Forum
on 23-24 April 2026 in Frankfurt am Main.

Programme highlights:
- "Beihilfe reform in the federal states - what changes for private
  top-up tariffs?"
- "Flat-rate Beihilfe: five years of experience in Hamburg"
- "Disability of civil servants: trends in early retirement due to
  mental illness" (with data from three federal states)
- Panel: unions, Beihilfe offices and insurers on digital claims

Speakers include representatives of Beihilfe offices, the police union,
the teachers' association and actuaries from four insurers.

Early-bird fee until 15 March: 690 EUR plus VAT.
Registration: https://psi-forum.example/2026

Kind regards
The PSI Forum team
Conference Partners Rhein-Main GmbH
"""
    return (mail(70, "Carolin Vogt <presse@kurfuerst-versicherung.example>",
                 "vorstand-buero@kurfuerst-versicherung.example",
                 "FW: Invitation - Public Sector Insurance Forum 2026",
                 "Zur Info – sollen wir jemanden schicken? Carolin\n\n" + body),
            "NORMAL", "mixed", "newsletter",
            "trap: conference invitation on Beihilfe reform, early retirement due to mental illness")


def m071():
    body = """Hallo Herr Petermann,

die Rezepte für Insulin (Fiasp PenFill, Tresiba FlexTouch, PZN 11024289
und 10076538) und die Teststreifen haben wir zu 50 % erstattet:
214,63 EUR, Zahlung heute. Die Pumpenkatheter laufen über die
Hilfsmittelabrechnung, das kommt gesondert.

Gruß
Aylin Demir
Kundenservice Kranken
"""
    return (mail(71, "Aylin Demir <aylin.demir@kurfuerst-versicherung.example>",
                 "Ralf Petermann <ralf.petermann@gemeinde-post.example>",
                 "AW: Rezepte Januar", body, cte="base64"),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "base64 body: named customer's insulin prescriptions and pump supplies")


def m072():
    body = """Liebe Kolleginnen und Kollegen,

zur Info das aktuelle Verbandsrundschreiben (Auszug), v. a. Punkt 2 ist
für die Beihilfetarife relevant.

Viele Grüße
Annette Krüger

------------------------------------------------------------
Verband der privaten Krankenversicherer – Rundschreiben K 07/2026

1. GOÄ-Novelle: Der Bundesrat hat den Entwurf an die Ausschüsse
   überwiesen. Inkrafttreten frühestens 01.01.2027.

2. Analogbewertungen: Die Bundesärztekammer hat neue Empfehlungen zu
   Analogbewertungen veröffentlicht (u. a. Stoßwellentherapie,
   digitale Gesundheitsanwendungen, Videosprechstunde). Die
   Beihilfestellen des Bundes und mehrerer Länder haben angekündigt,
   die Empfehlungen anzuerkennen. Wir empfehlen, die Leistungs-
   prüfung für Beihilfetarife entsprechend anzupassen.

3. Notlagentarif: Statistik 2025 – 96.400 Versicherte (Vorjahr 98.100).

4. Öffnungsaktion Beamte: 2025 wurden 2.314 Anträge im Rahmen der
   Öffnungsaktion angenommen, davon 61 % ohne Risikozuschlag.
------------------------------------------------------------
"""
    return (mail(72, "Annette Krüger <annette.krueger@kurfuerst-versicherung.example>",
                 "leistung-kv@kurfuerst-versicherung.example",
                 "Verbandsrundschreiben K 07/2026 (GOÄ, Analogbewertungen)", body),
            "NORMAL", "de", "newsletter",
            "trap: association circular (GOÄ, emergency tariff statistics) - no person")


def m073():
    body = """Sehr geehrte Frau Liebscher,

unser herzliches Beileid zum Tod Ihres Mannes.

Sie haben uns gebeten, die Verträge von Herrn Eberhard Liebscher
(Regierungsdirektor a.D.) auf Sie umzuschreiben. Das haben wir für die
folgenden Verträge zum 01.03.2026 erledigt:

  Hausratversicherung   HR 5 117 380   neue VN: Gisela Liebscher
  Wohngebäude           WG 2 408 117   neue VN: Gisela Liebscher
  Privathaftpflicht     PHV 3 204 556  Umstellung auf Single-Tarif

Der Beitrag für die Haftpflicht sinkt dadurch auf 58,90 EUR jährlich.
Die Beiträge werden weiterhin vom gemeinsamen Konto bei der
Sparkasse Rhein-Haardt abgebucht, bis Sie uns etwas anderes mitteilen.

Die Unterlagen zu den übrigen Verträgen Ihres Mannes bearbeitet eine
Kollegin gesondert; sie meldet sich bei Ihnen.

Mit freundlichen Grüßen

Aylin Demir
Kundenservice
Kurfürst Versicherungen
"""
    return (mail((73, (2026, 2, 23, 10, 48)), "Aylin Demir <aylin.demir@kurfuerst-versicherung.example>",
                 "Gisela Liebscher <gisela.liebscher@pfalz-online.example>",
                 "Umschreibung Ihrer Verträge", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "widow takes over household/building/liability contracts; death named, no cause, no personal line")


def m074():
    body = """Hi everyone,

for Thursday's broker training, here is the anonymised case we will
discuss. It is based on a real file, but all identifying details have
been removed or changed (age rounded, state and dates changed).

CASE: "The late application"

A police trainee in her mid-twenties, in a state with free health care
for police officers, is advised by a friend to take out "the normal
50 % tariff". After eight months she notices that she only needs a
standby policy while in Heilfürsorge. Meanwhile she has been treated
for a knee injury.

Questions for the group:
1. Which product would have been right from the start?
2. Does the opening offer still apply after eight months?
3. What happens to the knee injury in the health questions?
4. What should the broker document in the advice protocol?

Solution sheet will be handed out after the discussion.

Marco
"""
    return (mail(74, "Marco Feldhaus <marco.feldhaus@kurfuerst-versicherung.example>",
                 "schulung-makler@kurfuerst-versicherung.example",
                 "Broker training Thursday - anonymised case", body),
            "NORMAL", "en", "internal",
            "trap: anonymised training case (police trainee, knee injury) - not identifiable")


def m075():
    body = """Dear Mr Pennington,

please note the following clawback in your commission statement for
February 2026:

  customer:      Ms Tamsin Achterberg-Lowe
  contract:      household contents HR 5 977 043 (start 01.06.2025)
  cancelled:     31.01.2026 (customer moved to the UK)
  commission paid at inception:          318.40 EUR
  clawback (pro rata, 8 of 12 months):  -212.27 EUR

The amount will be deducted from your next payment on 15 March to your
business account. If you can retain the customer with a policy in the
UK through one of your partners, please let me know - in that case the
cancellation reason would change.

""" + SIG_FELDHAUS.replace("Beste Grüße", "Best regards")
    return (mail(75, "Marco Feldhaus <marco.feldhaus@kurfuerst-versicherung.example>",
                 "Oliver Pennington <o.pennington@pennington-graf.example>",
                 "Commission clawback - HR 5 977 043", body),
            "CONFIDENTIAL", "en", "insurer-to-broker",
            "named customer's cancelled household contract and broker clawback")


def m076():
    body = """Sehr geehrter Herr Polizeioberkommissar Vukovic,

Sie sind als Bundespolizist über die freie Heilfürsorge abgesichert und
haben bei uns zusätzlich den Ergänzungstarif HW (Wahlleistungen im
Krankenhaus) sowie die Anwartschaft AW-G (Vers.-Nr. 31 650 218-4).

Die Rechnungen zu Ihrem Aufenthalt in der Wirbelsäulenchirurgie der
BG-Klinik Ludwigshafen vom 02.–09.02.2026 haben wir erhalten. Die
allgemeinen Krankenhausleistungen (Mikrodiskektomie L5/S1 bei Band-
scheibenvorfall, M51.1) hat die Heilfürsorge übernommen. Aus dem Tarif HW
erstatten wir:

  Einbettzimmerzuschlag 7 Tage x 98,40 EUR           688,80 EUR
  Chefarztbehandlung Prof. Dr. Reinhardt (GOÄ)     2.146,23 EUR
  Gesamt                                           2.835,03 EUR

Die Gutschrift erfolgt auf Ihr Konto bei der PSD Bank. Für die
anschließende ambulante Reha (EAP) ist wieder die Heilfürsorge zuständig.

Mit freundlichen Grüßen

Sabine Oberländer
Leistungsservice Beihilfetarife
Kurfürst Krankenversicherung a.G.
"""
    return (mail(76, "Sabine Oberländer <sabine.oberlaender@kurfuerst-versicherung.example>",
                 "Marko Vukovic <marko.vukovic@bpol-privat.example>",
                 "Ihre Krankenhausrechnungen – Tarif HW", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "federal police officer's disc surgery M51.1, hospital bill, Heilfürsorge")


def m077():
    body = """KURFÜRST STANDBY COVER FOR SOLDIERS
Product sheet for English-speaking members of the Bundeswehr and their families

Who is it for?
Career and fixed-term soldiers who receive free military medical care
("unentgeltliche truppenärztliche Versorgung") and will need private
cover after leaving the service.

What does it do?
- "Small" standby (AW-K): secures your right to switch into our tariffs
  later, with health questions.
- "Large" standby (AW-G): freezes your state of health at the start of
  the policy - no new health questions, no new surcharges when you
  switch at the end of your service. Ageing reserves are built up.

Your family
Spouses and children are not covered by military medical care. They
receive Beihilfe (70 % / 80 %) and need a top-up (B30 / B20).

Monthly premiums (examples, entry age 25 / 35 / 45)
  AW-K    6.90 /  8.20 / 11.40 EUR
  AW-G   24.60 / 38.90 / 61.20 EUR

This sheet is for information only; the policy terms apply.
Kurfürst Krankenversicherung a.G., Mainz
"""
    return (mail(77, "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "Familienbetreuungszentrum <fbz-info@bw-standort-zw.example>",
                 "Product sheet in English for your info stand", "Dear Ms Kuhlmann,\n\nas agreed, the English product sheet for your welcome day for international families is below and attached.\n\nKind regards\nPetra Lindqvist\n\n" + body,
                 atts=[("Kurfuerst_Standby_Soldiers_EN.pdf", PDF, pdf(body.splitlines()))]),
            "NORMAL", "en", "insurer-to-partner",
            "trap: product sheet on standby cover for soldiers, state of health - no person")


def m078():
    body = """Hallo Herr Renner,

passt so, dann bis Donnerstag. Die Unterlagen bringe ich mit.

Viele Grüße
Jana Hilgers

Am 24.02.2026 um 16:02 schrieb Tobias Renner <tobias.renner@kurfuerst-versicherung.example>:
> Hallo Frau Hilgers,
>
> danke für die Unterlagen. Für die Voranfrage beim Beamtendarlehen
> unserer Partnerbank habe ich folgende Daten aufgenommen - bitte
> kurz prüfen:
>
>   Darlehensnehmerin:   Jana Hilgers, geb. 08.02.1990
>   Status:              Polizeikommissarin, Beamtin auf Lebenszeit
>                        seit 01.09.2016, PI Andernach
>   Besoldung:           A 10 Stufe 6, Grundgehalt 4.104,77 EUR,
>                        Familienzuschlag Stufe 2 (1 Kind) 317,25 EUR
>   Netto lt. Bezügemitteilung 01/2026: 3.388,12 EUR
>   Mitdarlehensnehmer:  Sven Hilgers, geb. 19.06.1988, Elektro-
>                        meister, netto ca. 2.950 EUR
>   Objekt:              Reihenhaus, Ahornweg 22, 56626 Andernach
>   Kaufpreis:           389.000 EUR, Eigenkapital 60.000 EUR
>   Wunsch:              Beamtendarlehen 200.000 EUR, Rest Annuität
>
> Termin zur Besprechung: Donnerstag, 26.02., 17:30 Uhr bei uns im
> Büro Löhrstraße.
>
> Viele Grüße aus Koblenz
> Tobias Renner
"""
    return (mail((78, (2026, 2, 25, 7, 12)), "Tobias Renner <tobias.renner@kurfuerst-versicherung.example>",
                 "baufi-partner@kurfuerst-versicherung.example",
                 "WG: AW: Beamtendarlehen – Ihre Daten",
                 "Zur Vorbereitung der Bankanfrage, Kundin hat bestätigt.\nTR\n\n" + body),
            "CONFIDENTIAL", "de", "customer",
            "short reply; quoted loan data with birth dates, civil-servant pay, net income, property")


def m079():
    body = """Zur Kenntnis – neues Rundschreiben des Ministeriums zur Beihilfe bei
Pflege. Für unsere PVB-Leistungsprüfung relevant ist Nr. 3 (Anrechnung).

Heike

------------------------------------------------------------
Ministerium der Finanzen
Rundschreiben Nr. 12/2026 – Beihilfe in Pflegefällen

An die Beihilfestellen des Landes

1. Ab 01.04.2026 werden die Pauschalbeihilfen bei häuslicher Pflege an
   die Beträge nach § 37 SGB XI angepasst. Beihilfeberechtigte mit
   einem Bemessungssatz von 50 % erhalten die Hälfte, bei 70 % entsprechend
   70 % des Pflegegeldes.
2. Aufwendungen für Verhinderungspflege und Kurzzeitpflege können künftig
   aus einem gemeinsamen Jahresbetrag beansprucht werden.
3. Leistungen der privaten Pflegepflichtversicherung sind vorrangig
   anzurechnen; die Beihilfe ergänzt bis zur Höhe des Bemessungssatzes.
4. Für Pflegegrad 1 bleibt es beim Entlastungsbetrag.

Die Hinweise zum Vollzug (Anlage) ersetzen das Rundschreiben 7/2023.
------------------------------------------------------------
"""
    return (mail(79, "Heike Sturm <heike.sturm@kurfuerst-versicherung.example>",
                 "pflegeservice@kurfuerst-versicherung.example",
                 "WG: Rundschreiben 12/2026 Beihilfe in Pflegefällen", body),
            "NORMAL", "de", "internal",
            "trap: ministry circular on Beihilfe for long-term care, care levels - no person")


def m080():
    body = """Dear Dr Nakamura-Heßler,

thank you for sending the orthodontic treatment plan for your son
Kenji (born 2014-05-03), who is co-insured under your policy
31 733 902-6 in tariff B20.

Dr Lenz classified the malocclusion as KIG D4 (increased overjet of
7 mm) with crowding in the upper jaw. The plan covers 16 quarters of
active treatment with fixed brackets, estimated total 5,870 EUR.

As the child of a civil servant, Kenji is eligible for Beihilfe at
80 %. Beihilfe requires a prior approval for orthodontics; please
submit the plan to your Beihilfe office before treatment starts. We
confirm our share of 20 % of the eligible costs (after Beihilfe
approval) - approx. 1,174 EUR spread over the treatment period.

Retainers after active treatment are covered for a further two years.

Kind regards
Leistungsteam Zahn
Kurfürst Krankenversicherung a.G.
"""
    return (mail(80, "Leistungsteam Zahn <leistung-zahn@kurfuerst-versicherung.example>",
                 "Dr. Aiko Nakamura-Heßler <nakamura-hessler@uni-kl.example>",
                 "Orthodontic treatment plan for Kenji - confirmation", body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "child's orthodontic treatment KIG D4, birth date, co-insured")


def m081():
    body = """Hallo Jörg,

für den "Tag der offenen Tür" an der Hochschule der Polizei am 18.04.:

- Standfläche 4 x 3 m im Foyer, Strom vorhanden
- Roll-ups: "Heilfürsorge & Anwartschaft", "Dienstunfähigkeit absichern"
- Glücksrad mit Preisen (Trinkflaschen, Taschenlampen, 2 Gutscheine)
- Teilnahmekarten Gewinnspiel: KEINE Geburtsdaten abfragen, nur Name
  und E-Mail, Einwilligung Werbung als eigenes Kästchen (Vorgabe DSB)
- Besetzung: Tobias, Annika, ich

Kannst du bis 10.04. beim Marketing 300 Flyer "Beihilfe kompakt" und
200 Kugelschreiber bestellen?

Danke, Stefan
"""
    return (mail(81, "Stefan Wendt <stefan.wendt@kurfuerst-versicherung.example>",
                 "Jörg Bauer <joerg.bauer@kurfuerst-versicherung.example>",
                 "Messestand HdP 18.04.", body),
            "NORMAL", "de", "internal",
            "trap: stand logistics (Heilfürsorge, Dienstunfähigkeit roll-ups, no birth dates)")


def m082():
    body = """Dear Mr Wichert,

I'm afraid I have to report a claim under my Diensthaftpflicht (policy
DH 7 412 880).

On Monday, 23 February, during my 3rd period English lesson in room
B 204 at the Gutenberg-Gymnasium Mainz, I tripped over the cable of
the school's ceiling projector while it was being set up, and the
projector (Epson EB-992F, inventory no. 2019/0447) was pulled off its
mount and broke. Nobody was hurt.

The head teacher says the school authority (Stadt Mainz, Amt für
Schulen) will ask me to pay for it, as I had been told to use the
cable duct. Replacement cost according to the caretaker: approx.
1,150 EUR.

I'm a British-born Studienrätin (civil servant since 2019) - sorry for
writing in English, my German for formal letters is still a bit
shaky. Please tell me what you need from me.

Best wishes
Harriet Ashby-Klein
"""
    fwd = "Frank, neue Meldung DH 7 412 880, bitte Schaden anlegen und Kundin auf Englisch antworten. Aylin\n\n"
    return (mail(82, "Aylin Demir <aylin.demir@kurfuerst-versicherung.example>",
                 "Frank Wichert <frank.wichert@kurfuerst-versicherung.example>",
                 "FW: Claim - broken projector at school", fwd + body),
            "CONFIDENTIAL", "en", "customer",
            "teacher's official-liability claim (projector), policy number, nobody hurt")


def m083():
    body = """Hi team,

February figures, public-sector segment (new business, annual premium):

region            B-tariffs    standby    liability/DH   total
Koblenz-Trier       182,400     21,300       14,820     218,520
Mainz-Rheinhessen   241,900     18,750       19,410     280,060
Pfalz               163,200     27,900       12,330     203,430
Saar                 88,700      9,100        6,220     104,020
total               676,200     77,050       52,780     806,030

Opening-offer share of B-tariff applications: 38 % (Jan: 41 %).
Average surcharge where applied: 17.4 %.
Conversion rate after trainee info evenings: 22 %.

Well done, Pfalz - standby policies for police trainees are way up after
the academy event.

Stefan
"""
    return (mail(83, "Stefan Wendt <stefan.wendt@kurfuerst-versicherung.example>",
                 "vertrieb-oed@kurfuerst-versicherung.example",
                 "Public sector new business - February", body),
            "NORMAL", "en", "internal",
            "trap: aggregated sales figures, surcharge averages - no person")


def m084():
    body = """Sehr geehrte Frau Weißgerber,

herzlichen Glückwunsch zur Ernennung zur Regierungsinspektorin auf Probe!

Mit dem Ende Ihres Vorbereitungsdienstes stellen wir Ihren Vertrag
(Vers.-Nr. 31 598 440-2) wie vereinbart vom Ausbildungstarif in den
Normaltarif um – ohne erneute Gesundheitsprüfung:

                    bis 31.03.2026       ab 01.04.2026
  Tarif B50-A       58,70 EUR            –
  Tarif B50         –                    231,40 EUR
  Tarif BE-A / BE   11,20 EUR            24,80 EUR
  PVB               4,10 EUR             27,90 EUR
  Summe             74,00 EUR            284,10 EUR

Der bei Vertragsbeginn vereinbarte Risikozuschlag von 10 % gilt im
Normaltarif fort und ist in den Beträgen enthalten.

Den Nachtrag zum Versicherungsschein erhalten Sie in Ihr Kurfürst-
Postfach.

""" + SIG_OBERLAENDER
    return (mail(84, "Sabine Oberländer <sabine.oberlaender@kurfuerst-versicherung.example>",
                 "Lisa Weißgerber <lisa.weissgerber@verwaltung-mail.example>",
                 "Umstellung Ihres Krankenversicherungsvertrags zum 01.04.2026", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "named trainee's health contract switched to normal tariff, existing risk surcharge")


def m085():
    body = """Raum 3.12 ist für die Fallbesprechung am Mittwoch 10-11 gebucht.
Room 3.12 is booked for Wednesday's case meeting, 10-11. Beamer ist da,
bring your laptop.

Annika
"""
    return (mail(85, "Annika Voss <annika.voss@kurfuerst-versicherung.example>",
                 "leistung-bh-team@kurfuerst-versicherung.example",
                 "Raum Fallbesprechung / room booking", body),
            "NORMAL", "mixed", "internal",
            "room booking for a case meeting, no content")


def m086():
    body = """Sehr geehrte Frau Ruppert-Demir,

Ihre Anfrage vom 20.02.2026 zur Rechtsschutzversicherung (RS 6 199 742)
haben wir geprüft.

Nach Ihren Angaben sind Sie Justizhauptsekretärin (A 8) beim Amtsgericht
Bad Kreuznach. Seit der Geburt Ihrer Zwillinge am 14.09.2025 (Emil und
Mia) zahlt die Bezügestelle den Familienzuschlag nur für ein Kind
(145,97 EUR statt 291,94 EUR monatlich), weil der Kindergeldbescheid der
Familienkasse erst für ein Kind vorlag. Ihr Antrag auf Nachzahlung für
September 2025 bis Januar 2026 (729,85 EUR) wurde mit Bescheid vom
05.02.2026 abgelehnt.

Für den Widerspruch und ggf. eine Klage vor dem Verwaltungsgericht besteht
Versicherungsschutz im Baustein Dienstrecht. Schadennummer R-2026-02455.

Tipp: Häufig genügt es, der Bezügestelle den vollständigen Kindergeld-
bescheid für beide Kinder nachzureichen – dann ist der Widerspruch
meist schnell erledigt.

Mit freundlichen Grüßen

Lars Hoffmeister
Schadenservice Rechtsschutz
Kurfürst Allgemeine Versicherung AG
"""
    return (mail(86, "Lars Hoffmeister <lars.hoffmeister@kurfuerst-versicherung.example>",
                 "Sevgi Ruppert-Demir <s.ruppert-demir@justiz-post.example>",
                 "Rechtsschutz – Familienzuschlag, R-2026-02455", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "family allowance dispute: pay grade, allowance amounts, children's birth date (no health)")


def m087():
    body = """Dear Ms Whitfield-Braun,

please find attached your annual statement 2025 for your private
pension policy (Riester, contract LV 9 034 771). As a civil servant you
are entitled to the state allowances because you gave your consent to
the transfer of data by your pay office (Bezügestelle).

Summary as at 31 December 2025:

  contributions paid 2025 (incl. allowances)    2,100.00 EUR
  basic allowance (Grundzulage)                    175.00 EUR
  child allowance (2 children born after 2008)     600.00 EUR
  guaranteed capital at retirement (1 Oct 2051) 58,412.00 EUR
  projected monthly pension from 67                 312.40 EUR
  current value of your contract                 24,916.37 EUR

To receive the full allowances in 2026 your own contribution must be
at least 4 % of your previous year's pensionable salary minus the
allowances. Based on your 2025 salary (A 12, 61,380 EUR) that is
1,680.20 EUR for the year.

Kind regards
Life & Pensions Service
Kurfürst Lebensversicherung AG
"""
    att = pdf([
        "Kurfürst Lebensversicherung AG - Jährliche Information 2025 / Annual statement",
        "Vertrag LV 9 034 771 - Altersvorsorgevertrag (Riester)",
        "Versicherte Person: Rachel Whitfield-Braun, geb. 11.10.1984",
        "Beginn 01.10.2015 - Rentenbeginn 01.10.2051",
        "Eigenbeiträge 2025: 1.325,00 EUR - Zulagen: 775,00 EUR",
        "Garantiertes Kapital: 58.412,00 EUR - Vertragswert: 24.916,37 EUR",
        "Hinterbliebenenschutz: Beitragsrückgewähr an Ehegatten",
    ])
    return (mail(87, "Life & Pensions Service <leben-service@kurfuerst-versicherung.example>",
                 "Rachel Whitfield-Braun <r.whitfield-braun@schule-wi.example>",
                 "Your annual pension statement 2025 - LV 9 034 771", body,
                 atts=[("Jahresmitteilung_2025_LV9034771.pdf", PDF, att)]),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "named civil servant's life/pension contract statement (personal line), salary, birth date")


def m088():
    body = """DENTAL NEWS FOR CIVIL SERVANTS - Spring 2026
Kurfürst Krankenversicherung - customer magazine, English edition

What does a crown cost - and who pays?
A ceramic crown is billed under the dental fee schedule GOZ (item 2210)
plus laboratory costs. Typical total in 2026: 800-1,200 EUR.

- Beihilfe pays its percentage (e.g. 50 %) of the dentist's fee, but
  many states limit laboratory and material costs to 40-60 %.
- Your top-up tariff pays its percentage of the same amount.
- The gap on lab costs can be closed with our supplementary tariff BE.

Implants: Beihilfe rules differ by state - some pay for at most two
implants per jaw half, others for any number. Always send a treatment
plan ("Heil- und Kostenplan") to your Beihilfe office and to us
before treatment.

Professional cleaning: usually eligible twice a year.

Questions? Call our dental team: +49 6131 4482-330.
You are receiving this magazine as a subscriber. Unsubscribe at
https://www.kurfuerst-versicherung.example/newsletter
"""
    return (mail(88, "Kurfürst Newsletter <newsletter@kurfuerst-versicherung.example>",
                 "newsletter-en@lists.kurfuerst-versicherung.example",
                 "Dental news for civil servants - spring 2026", body),
            "NORMAL", "en", "newsletter",
            "trap: customer magazine on crowns, implants, Beihilfe rates - no person")


def m089():
    body = """Guten Tag Herr Lindenschmidt,

hiermit bestätige ich unseren Beratungstermin. Die Einladung hängt an.

Viele Grüße
Tobias Renner
"""
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kurfuerst Versicherungen//Termine//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:d86-089-beratung@kurfuerst-versicherung.example
DTSTAMP:20260226T080000Z
DTSTART;TZID=Europe/Berlin:20260305T180000
DTEND;TZID=Europe/Berlin:20260305T193000
SUMMARY:Beratung Lindenschmidt - Hausrat/Kfz/Diensthaftpflicht
LOCATION:Beim Kunden: Moselweißer Str. 61\\, 56073 Koblenz
DESCRIPTION:Kunde: Markus Lindenschmidt\\, Feuerwehrbeamter (BM)\\, Beruf
 sfeuerwehr Koblenz. Bestand: HR 5 870 114\\, KF 88 219 650 (VW Tiguan K
 O-ML 770)\\, DH 7 288 415. Themen: Versicherungssumme Hausrat nach Anba
 u\\, Zweitwagen Ehefrau\\, Diensthaftpflicht Atemschutzgeräteträger. Unte
 rlagen: Fahrzeugschein Zweitwagen mitbringen lassen.
ORGANIZER;CN=Tobias Renner:mailto:tobias.renner@kurfuerst-versicherung.example
ATTENDEE;CN=Markus Lindenschmidt:mailto:m.lindenschmidt@feuerwehr-privat.example
END:VEVENT
END:VCALENDAR
""")
    return (mail((89, (2026, 2, 26, 9, 5)), "Tobias Renner <tobias.renner@kurfuerst-versicherung.example>",
                 "Markus Lindenschmidt <m.lindenschmidt@feuerwehr-privat.example>",
                 "Termin 05.03. 18:00 Uhr", body,
                 atts=[("Beratung_05-03.ics", "text/calendar", cal, {"method": "REQUEST"})]),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "harmless body; ICS with customer's address, contract numbers, plate")


def m090():
    body = """Sehr geehrte Frau Dr. Kranich,

vielen Dank für den Behandlungsplan des Kinderwunschzentrums Mainz für
die geplante IVF/ICSI-Behandlung (3 Zyklen) und die Bestätigung, dass
Sie und Ihr Mann, Herr Florian Kranich, verheiratet sind.

Nach den Unterlagen liegt bei Ihnen eine tubare Sterilität (N97.1)
nach Eileiterschwangerschaft 2023 vor; bei Ihrem Mann ist der Befund
unauffällig. Die Voraussetzungen (Altersgrenze, Erfolgsaussicht, Ehe)
sind damit erfüllt.

Ihre Beihilfestelle übernimmt nach der Landesbeihilfeverordnung 50 % der
Kosten der Behandlungen, die auf Sie entfallen. Die verbleibenden 50 %
erstatten wir aus Ihrem Tarif B50 (Vers.-Nr. 31 711 063-9) für bis zu
drei Versuche. Die Kosten der Maßnahmen am Ehemann (ICSI-Aufbereitung)
trägt dessen Krankenversicherung (AOK) nach ihren Regeln.

Voraussichtliche Kosten laut Plan je Zyklus ca. 4.200 EUR zzgl.
Medikamente (Stimulation mit Gonal-f, Ovitrelle, Progesteron).

Wir wünschen Ihnen alles Gute!

Mit freundlichen Grüßen
Dr. med. Matthias Sauer
Ärztlicher Dienst
Kurfürst Krankenversicherung a.G.
"""
    return (mail(90, "Dr. Matthias Sauer <matthias.sauer@kurfuerst-versicherung.example>",
                 "Dr. Eva Kranich <eva.kranich@uni-mainz-mail.example>",
                 "Ihr Kinderwunschbehandlungsplan – Kostenzusage", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "IVF approval: infertility N97.1, ectopic pregnancy, medication")


def m091():
    body = """Hallo Daniel,

wie besprochen die Auswertung Leistungsausgaben Beihilfetarife 2025 nach
ICD-Kapiteln (Hauptdiagnose der Rechnung), nur Summen, Zellen unter 10
Fällen zusammengefasst. Für die Präsentation im Produktausschuss.

Gruß Annette
"""
    att = ods([
        ["ICD-Kapitel", "Bezeichnung", "Fälle", "Ausgaben EUR (KV-Anteil)", "Anteil"],
        ["IX", "Krankheiten des Kreislaufsystems", "18412", "9.884.210", "14,2 %"],
        ["XIII", "Muskel-Skelett-System", "26730", "8.902.115", "12,8 %"],
        ["II", "Neubildungen", "6105", "8.450.003", "12,1 %"],
        ["V", "Psychische und Verhaltensstörungen", "9812", "5.120.448", "7,4 %"],
        ["K02-K14", "Zähne (GOZ)", "31207", "11.706.330", "16,8 %"],
        ["übrige", "alle anderen Kapitel", "58120", "25.594.870", "36,7 %"],
        ["Summe", "", "150386", "69.657.976", "100 %"],
    ], sheet="ICD 2025")
    return (mail(91, "Annette Krüger <annette.krueger@kurfuerst-versicherung.example>",
                 "Daniel Okafor <daniel.okafor@kurfuerst-versicherung.example>",
                 "Auswertung Leistungsausgaben 2025 nach ICD-Kapitel", body,
                 atts=[("Leistungsausgaben_ICD_2025.ods", ODS, att)]),
            "NORMAL", "de", "internal",
            "trap: ODS with claims by ICD chapter, aggregated, small cells merged")


def m092():
    body = """Dear Mr Oduya-Schenk,

thank you for the meeting last Tuesday. As promised, a short summary of
your pension situation, based on the pension estimate
(Versorgungsauskunft) from your pay office dated 15 January 2026:

- current salary: A 14, step 8, 6,512.43 EUR gross per month plus
  family allowance 317.25 EUR
- pensionable service until your planned retirement at 66 (31 July
  2040): 34.5 years -> pension rate 61.88 %
- estimated gross pension: 4,030.00 EUR per month (before tax and
  before your share of the health insurance premium)
- if you retire at 63 with the 3 x 3.6 % reduction: approx. 3,390 EUR

Your net income will fall by roughly 1,350 EUR per month at 66. We
discussed covering part of this gap with your existing savings and a
fund-based plan; I will send you two proposals next week.

Best regards
Tobias Renner
Kurfürst Versicherungen, Koblenz
"""
    return (mail(92, "Tobias Renner <tobias.renner@kurfuerst-versicherung.example>",
                 "Samuel Oduya-Schenk <s.oduya-schenk@bundesamt-ko.example>",
                 "Summary of our meeting - your civil-service pension", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "named official's salary and pension estimate (income, no life/health contract)")


def m093():
    body = """Zur Info für die Hotline.

-------- Weitergeleitete Nachricht --------
Von: Beihilfestelle Landesamt für Finanzen und Bezüge <newsletter@lfb-koblenz.example>
Betreff: Beihilfe-Info: aktuelle Bearbeitungszeiten

Sehr geehrte Beihilfeberechtigte,

aufgrund des hohen Antragsaufkommens zum Jahresbeginn beträgt die
Bearbeitungszeit für Beihilfeanträge derzeit ca. 6 Wochen.

Bitte sehen Sie von Sachstandsanfragen ab; diese verlängern die
Bearbeitung. Nutzen Sie für neue Anträge bevorzugt die Beihilfe-App.
Abschlagszahlungen sind bei Rechnungen über 1.500 Euro (z. B.
Krankenhaus) auf Antrag möglich.

Ihre Beihilfestelle
"""
    return (mail(93, "Aylin Demir <aylin.demir@kurfuerst-versicherung.example>",
                 "kundenservice-kv@kurfuerst-versicherung.example",
                 "WG: Beihilfe-Info: aktuelle Bearbeitungszeiten", body),
            "NORMAL", "de", "newsletter",
            "trap: Beihilfe office bulletin on processing times, no person")


def m094():
    body = """Hallo Heike, hallo Sabine,

zum Sterbefall Eberhard Liebscher, Regierungsdirektor a.D., Vers.-Nr.
31 006 552-0 (B30, BE, PVB), verstorben am 02.02.2026 im Hospiz
St. Martin, Koblenz:

- Sterbeurkunde liegt vor, Todesursache laut Hospiz-Rechnung:
  metastasiertes Pankreaskarzinom (C25.0).
- Offene Rechnungen: Hospiz (Eigenanteil), SAPV-Team, Apotheke
  (Morphin-Perfusor) - bitte noch abrechnen, Erstattung an die Witwe
  als Erbin (Erbschein nicht nötig, Kontovollmacht liegt vor).
- Pflegeleistungen PVB (Pflegegrad 4 seit 11/2025) bitte zum 28.02.
  einstellen.
- Witwe Gisela Liebscher ist als Ehefrau mit B30 mitversichert; sie
  erhält künftig Witwengeld und bleibt mit 70 % beihilfeberechtigt.
  Vertrag auf sie als VN umstellen.

Sachverträge hat Aylin schon umgeschrieben.

Danke
Jörg Bauer
Bestandsservice Kranken
"""
    return (mail((94, (2026, 2, 25, 13, 20)), "Jörg Bauer <joerg.bauer@kurfuerst-versicherung.example>",
                 "Heike Sturm <heike.sturm@kurfuerst-versicherung.example>",
                 "Sterbefall Liebscher – offene Punkte KV/PV",
                 body, cc="Sabine Oberländer <sabine.oberlaender@kurfuerst-versicherung.example>"),
            "STRICTLY_CONFIDENTIAL", "de", "internal",
            "death of named retired official: cause of death C25.0, hospice, care level 4")


def m095():
    body = """Dear Mr Kessler,

thank you for the sponsoring agreement for the International Police
Football Tournament in Worms (6-7 June 2026). We confirm:

- sponsoring amount: 2,500 EUR (package "Silver")
- in return: our logo on the tournament poster and shirts of the
  referees, one information stand near the pitch
- payment by 30 April to the association's account:
  Polizeisportverein Rhein-Nahe e.V.
  IBAN DE02 7002 0270 0039 1648 25

Please send us the invoice with the association's tax number for our
accounts. We are looking forward to the tournament - and to meeting the
teams from the Netherlands, Poland and Austria.

Kind regards
Carolin Vogt
Corporate Communications
Kurfürst Versicherungen
"""
    return (mail(95, "Carolin Vogt <presse@kurfuerst-versicherung.example>",
                 "Rainer Kessler <vorstand@psv-rhein-nahe.example>",
                 "Sponsoring International Police Football Tournament 2026", body),
            "NORMAL", "en", "insurer-to-partner",
            "trap: sponsoring contract with a registered association's IBAN (not a natural person)")


def m096():
    body = """Sehr geehrter Herr Hauptbrandmeister Lindenschmidt,

vielen Dank für die Bescheinigung der Berufsfeuerwehr Koblenz über Ihre
Fahrpraxis mit Dienstfahrzeugen. Wir übernehmen diese wie besprochen für
den Zweitwagen:

  Vertrag:          KF 88 219 651 (neu)
  Fahrzeug:         Opel Corsa F, FIN W0V P2XHN0P4217730, KO-ML 771
  Halterin/Fahrerin: Stefanie Lindenschmidt (Ehefrau)
  Einstufung:       SF 4 (Sonderregel Zweitwagen) statt SF 1/2

Für Ihren eigenen Vertrag KF 88 219 650 bestätigt die Bescheinigung
unfallfreie Fahrten mit Löschfahrzeugen seit 01.03.2014 ohne verschuldeten
Schaden. Eine Übertragung auf Ihren privaten SF-Rabatt ist nach unseren
Bedingungen nicht möglich, sie bleibt aber für einen späteren Vertrag
vermerkt.

Mit freundlichen Grüßen
Nadine Kraus
Kraftfahrt-Service
"""
    return (mail(96, "Nadine Kraus <nadine.kraus@kurfuerst-versicherung.example>",
                 "Markus Lindenschmidt <m.lindenschmidt@feuerwehr-privat.example>",
                 "Ihr Zweitwagen KF 88 219 651", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "firefighter's and wife's motor contracts, VIN, plate, driving record")


def m097():
    body = """Protokoll Abstimmungstermin Kooperation Lehrerverband
Datum: 24.02.2026, 14:00–15:30 Uhr, Mainz / Teams

Teilnehmende: Verband Bildung und Erziehung Rheinhessen (Geschäftsführung,
Referent Besoldung), Kurfürst (Vertrieb öD, Produktmanagement Kranken,
Recht)

1. Rahmenvertrag: Verlängerung bis 31.12.2028 ohne Änderungen der
   Konditionen (Nachlass 5 % Diensthaftpflicht für Mitglieder, 3 % auf
   Beihilfeergänzungstarif BE).
2. Datenschutz: Der Verband übermittelt KEINE Mitgliederlisten. Die
   Mitgliedschaft wird nur auf Wunsch der Kundin/des Kunden beim Antrag
   durch Vorlage des Mitgliedsausweises nachgewiesen.
3. Veranstaltungen: zwei gemeinsame Infoabende für Referendarinnen und
   Referendare (Mai, Oktober), Thema "Beihilfe, PKV und Dienst-
   unfähigkeit".
4. Verbandszeitschrift: Anzeige 1/2 Seite, Ausgaben 3 und 9.

Nächster Termin: September 2026.
Protokoll: A. Voss
"""
    return (mail(97, "Annika Voss <annika.voss@kurfuerst-versicherung.example>",
                 "vertrieb-oed@kurfuerst-versicherung.example",
                 "Protokoll Kooperation Lehrerverband 24.02.", body),
            "NORMAL", "de", "internal",
            "trap: minutes of teachers' union cooperation, no member data")


def m098():
    body = """Dear Ms MacLeod,

welcome on board! Your broker agreement has been countersigned and your
agency number is 0447-219. For our records and for commission payments
we have registered:

  name:           Fiona MacLeod (sole trader), trading as
                  "MacLeod Independent Advice for International Staff"
  address:        Kaiserstraße 7, 55116 Mainz
  register no.:   D-W-140-MX8K-27 (§ 34d GewO)
  tax number:     26 293 18764 (Finanzamt Mainz)
  VAT:            not applicable (§ 4 Nr. 11 UStG)
  bank account:   DE94 4805 0161 0065 3190 72
  date of birth:  02/04/1983 (required for the register check)

Your login details for the broker portal will follow in two separate
mails (user name and one-time password).

""" + SIG_FELDHAUS.replace("Beste Grüße", "Best regards")
    return (mail(98, "Marco Feldhaus <marco.feldhaus@kurfuerst-versicherung.example>",
                 "Fiona MacLeod <fiona@macleod-advice.example>",
                 "Your broker agreement - registration details", body),
            "CONFIDENTIAL", "en", "insurer-to-broker",
            "sole-trader broker's tax number, IBAN and birth date")


def m099():
    body = """Hallo liebes Kurfürst-Team,

unsere Tochter Frieda ist am 19.02.2026 um 03:12 Uhr im St. Vincenz
Limburg auf die Welt gekommen (3.240 g, 51 cm) - per Kaiserschnitt, weil
sie in Beckenendlage lag, aber beiden geht's gut!

Bitte nehmt Frieda ab Geburt bei mir mit in die Versicherung auf (ich bin
Lehrerin, Beamtin, Vertrag 31 742 815-0, B50). Sie bekommt dann 80 %
Beihilfe, also brauche ich für sie den 20%-Tarif, oder? Die Geburts-
urkunde schicke ich nach, sobald das Standesamt sie ausstellt.

Die Rechnungen vom Krankenhaus (Wahlleistung Einbettzimmer) und von der
Hebamme reiche ich dann über die App ein.

Liebe Grüße
Johanna Seelbach-Ortiz
(gerade in Elternzeit)
"""
    fwd = "Bitte Kindernachversicherung anlegen, Frist 2 Monate läuft ab 19.02. - Aylin\n\n"
    return (mail((99, (2026, 2, 23, 8, 31)), "Aylin Demir <aylin.demir@kurfuerst-versicherung.example>",
                 "bestand-kv@kurfuerst-versicherung.example",
                 "WG: Nachwuchs!", fwd + "---------- Weitergeleitete Nachricht ----------\n" + body,
                 charset="iso-8859-1", cte="8bit"),
            "STRICTLY_CONFIDENTIAL", "de", "customer",
            "birth by caesarean section, newborn to be added to teacher's health contract")


def m100():
    body = """Hallo zusammen,

unsere Außenstellen haben kaum noch Vordrucke. Bitte bis Ende März
nachdrucken und liefern (Druckerei Rheinbogen, Rahmenvertrag):

  Formular KV-L 01 "Leistungsantrag Beihilfetarife"      5.000 Stück
  Formular KV-L 07 "Erklärung Beihilfe-Bemessungssatz"   2.000 Stück
  Formular KV-A 03 "Antrag Anwartschaft Heilfürsorge"    1.500 Stück
  Rückumschläge DIN C5, bedruckt "Leistung Kranken"     10.000 Stück

Die Druckvorlagen (Stand 01/2026) liegen im DMS. Bitte darauf achten,
dass auf KV-L 01 die neue Hotline-Zeit steht.

Danke, Jörg
"""
    return (mail(100, "Jörg Bauer <joerg.bauer@kurfuerst-versicherung.example>",
                 "einkauf@kurfuerst-versicherung.example",
                 "Nachdruck Formulare Leistung/Anwartschaft", body),
            "NORMAL", "de", "internal",
            "trap: ordering blank claim/application forms")


def m101():
    body = """Hi Kai,

für die Abnahme der neuen Beitragseinzugs-Schnittstelle (BEZ-API v3) hier
die Testfälle, die wir gegen die Staging-Umgebung fahren. Es werden nur
die offiziellen Beispieldaten verwendet, keine Kundendaten.

TC-01  Lastschrift anlegen, gültige IBAN
       {"iban": "DE89 3704 0044 0532 0130 00", "mandateRef": "TEST-0001",
        "holder": "Max Mustermann (fiktiv)", "amount": 287.40}
       erwartet: 201 Created
TC-02  Lastschrift anlegen, Prüfziffer falsch
       (Beispiel-IBAN aus TC-01, letzte Ziffer um 1 erhöht)
       erwartet: 422 IBAN_CHECKSUM
TC-03  Beitrag Beihilfetarif B50 mit Risikozuschlag 30 %
       {"tariff": "B50", "surcharge": 0.30, "base": 238.10}
       erwartet: amount = 309.53
TC-04  Rücklastschrift "Konto erloschen" (R-Code MS03) simulieren
       erwartet: Mahnlauf-Flag = true, Stufe 1

Bitte die Ergebnisse im Testprotokoll im Confluence eintragen:
https://wiki.kurfuerst-versicherung.example/it/bez-api-v3/abnahme

Gruß
Helge
"""
    return (mail(101, "Helge Sommerfeld <helge.sommerfeld@kurfuerst-versicherung.example>",
                 "Kai Brenneis <kai.brenneis@kurfuerst-versicherung.example>",
                 "BEZ-API v3 – Testfälle Abnahme", body),
            "NORMAL", "de", "internal",
            "trap: API test cases with the published example IBAN and a fictitious Mustermann")


def m102():
    body = """Hallo Frau Dr. Kessel,

bitte um ärztliche Stellungnahme zum folgenden Leistungsantrag aus der
Dienstunfähigkeitsversicherung (SBU mit Polizeidienstunfähigkeitsklausel):

Vertrag:    LV 9 118 403, VP Dennis Hartung, geb. 23.06.1986,
            Polizeioberkommissar, PP Rheinpfalz, Dienstgruppe B
Leistung:   BU-Rente 1.500 EUR mtl., Beitragsbefreiung
Antrag vom: 02.02.2026

Sachlage:
- Einsatz am 14.06.2025 (Schusswaffengebrauch bei einer Geiselnahme,
  Kollege schwer verletzt); seitdem dienstunfähig erkrankt.
- Diagnose lt. Polizeiärztlichem Gutachten vom 19.01.2026:
  posttraumatische Belastungsstörung (F43.1), mittelgradige
  depressive Episode (F32.1); stationäre Behandlung in der Psycho-
  somatischen Klinik Bad Dürkheim 08–10/2025.
- Der Dienstherr hat mit Verfügung vom 28.01.2026 die Polizeidienst-
  unfähigkeit nach § 110 LBG festgestellt; eine Verwendung im Verwal-
  tungsdienst wird geprüft.

Frage: Reicht die Feststellung der Polizeidienstunfähigkeit nach der
Klausel für die Leistung aus, oder ist eine eigene Begutachtung
angezeigt? Die Klausel verlangt nur die Feststellung durch den
Dienstherrn - ich tendiere zur Anerkennung ab 01.02.2026.

Viele Grüße
Maren Eckstein
Leistung Leben/BU
"""
    return (mail(102, "Maren Eckstein <maren.eckstein@kurfuerst-versicherung.example>",
                 "Dr. Helena Kessel <helena.kessel@kurfuerst-versicherung.example>",
                 "BU/DU-Leistungsantrag LV 9 118 403 – Stellungnahme", body),
            "STRICTLY_CONFIDENTIAL", "de", "internal",
            "police officer's disability claim: PTSD F43.1, depression, clinic stay, birth date")


def m103():
    body = """Sehr geehrter Herr Kriminalkommissar Ebersbach,

danke für Ihren Anruf. Wir haben den Schaden unter Ihrer Diensthaftpflicht
(DH 7 356 208) aufgenommen:

  Schaden-Nr.:  S-2026-0422910
  Schadentag:   19.02.2026
  Hergang:      Beim Umsetzen eines sichergestellten Fahrzeugs (Audi A6,
                Kennzeichen des Eigentümers: LU-RT 3003) vom Gelände der
                KI Ludwigshafen auf den Verwahrplatz streiften Sie das
                Tor der Einfahrt. Schaden am rechten Kotflügel und der
                Beifahrertür, Kostenvoranschlag 2.214,70 EUR.
                Personen kamen nicht zu Schaden.

Der Eigentümer hat sich über seinen Anwalt an das Polizeipräsidium
gewandt; das Präsidium prüft einen Rückgriff gegen Sie wegen grober
Fahrlässigkeit. Bitte leiten Sie uns jedes Schreiben des Dienstherrn
sofort weiter, äußern Sie sich nicht zur Schuldfrage und lassen Sie uns
die Stellungnahme zur Anhörung formulieren.

""" + SIG_WICHERT
    return (mail(103, "Frank Wichert <frank.wichert@kurfuerst-versicherung.example>",
                 "Ralf Ebersbach <r.ebersbach@polizei-privat.example>",
                 "Ihr Schaden S-2026-0422910 – Diensthaftpflicht", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "officer's official-liability claim (seized car), third party's plate, nobody hurt")


def m104():
    body = """Dear Ms MacLeod,

your access to the Kurfürst broker portal has been set up.

User name: fmacleod-0447219

For security reasons your one-time password will be sent in a separate
e-mail. You must change it at your first login at
https://makler.kurfuerst-versicherung.example

This is an automated message. Please do not reply.

Kurfürst Versicherungen - Broker Portal
"""
    return (mail(104, "Maklerportal <no-reply@kurfuerst-versicherung.example>",
                 "Fiona MacLeod <fiona@macleod-advice.example>",
                 "Your broker portal access - user name", body),
            "NORMAL", "en", "insurer-to-broker",
            "trap: portal registration mail with user name only")


def m105():
    body = """Guten Tag,

Ihr Einmal-Passwort für das Kurfürst-Maklerportal lautet:

    Kx7#pQ2m-Lr9v

Das Passwort ist 72 Stunden gültig und muss bei der ersten Anmeldung
geändert werden. Den Benutzernamen haben Sie mit separater E-Mail
erhalten. Bitte legen Sie im Anschluss Ihre Sicherheitsfrage fest.

Diese Nachricht wurde automatisch erstellt.

Kurfürst Versicherungen – Maklerportal
"""
    return (mail(105, "Maklerportal <no-reply@kurfuerst-versicherung.example>",
                 "Fiona MacLeod <fiona@macleod-advice.example>",
                 "Ihr Einmal-Passwort für das Maklerportal", body),
            "NORMAL", "de", "insurer-to-broker",
            "trap: one-time password mail, no personal data")


def m106():
    body = """Dear Mr and Mrs Grünewald-Price,

we have received the invoice from the Landeskrankenhaus Hall in Tirol
for your daughter Matilda (co-insured, tariff B20, policy 31 688 017-4).

According to the discharge letter, Matilda fell during the school ski
course in Obergurgl on 9 February 2026 and suffered a fracture of the
left tibia (S82.20), treated with intramedullary nailing; inpatient
9-13 February 2026.

  invoice (general ward, surgery)       6,482.30 EUR
  ambulance / helicopter (Christophorus) 3,940.00 EUR
  Beihilfe (80 %) - paid by your Beihilfe office
  our share B20 (20 %)                   2,084.46 EUR

The helicopter rescue is covered under our tariff because it was
medically necessary (see emergency doctor's report). As the accident
happened during a school trip, please also report it to the school
accident insurance (Unfallkasse); if the Unfallkasse pays, we will ask
for the amount to be refunded.

Get well soon, Matilda!

""" + SIG_LINDQVIST
    return (mail(106, "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "Oliver Grünewald-Price <o.gp@familie-gp.example>",
                 "Matilda's hospital invoice from Austria", body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "child's tibia fracture S82.20, surgery, hospital stay, helicopter rescue")


def m107():
    body = """Dear Mr Achebe-Lorenz,

thank you for your form. For your building society savings contract
(Bausparvertrag BS 14 771 209 with Kurfürst Bausparkasse) we have
registered the capital-forming payments ("vermögenswirksame Leistungen")
from your employer:

  employer / pay office:  Landesamt für Finanzen und Bezüge, Koblenz
  personnel number:       0791 4402 8
  monthly VL amount:      6.65 EUR (civil servants A 9 and above)
  your own top-up:        33.35 EUR, debited from
                          DE78 7603 0080 0421 8765 30
  start:                  1 April 2026

Please hand the enclosed confirmation to your pay office so that they
can start the transfers. The employee savings allowance depends on your
taxable income; we will check it automatically with your annual
statement.

Kind regards
Kurfürst Bausparkasse AG - Customer Service
"""
    return (mail(107, "Bausparkasse Service <bauspar@kurfuerst-versicherung.example>",
                 "Chidi Achebe-Lorenz <c.achebe-lorenz@finanzamt-post.example>",
                 "Your VL payments - BS 14 771 209", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "civil servant's personnel number, savings contract and IBAN")


def m108():
    body = """Zur Info an Petra und das Team Soldaten – interessant für die Anwartschaften.

-------- Weitergeleitete Nachricht --------
Von: Verbandsnachrichten Bundeswehrverband Bezirk West <news@bwv-west.example>
Betreff: Aktuell: Truppenärztliche Versorgung – was 2026 kommt

Kameradinnen und Kameraden,

das Ministerium hat angekündigt, die unentgeltliche truppenärztliche
Versorgung für Soldatinnen und Soldaten auf Zeit mit weniger als vier
Dienstjahren zu überarbeiten. Diskutiert werden:

- Wahlrecht zwischen utV und Beihilfe für Soldaten mit Familie,
- Zuschuss zur Anwartschaftsversicherung für SaZ ab 8 Jahren,
- bessere Übergänge bei Dienstzeitende (Beihilfe nach Ausscheiden nur
  noch bei Berufsförderung).

Unser Verband fordert, dass Anwartschaftsbeiträge vollständig vom
Dienstherrn übernommen werden. Wir berichten weiter.

Euer Bezirksvorstand West
"""
    return (mail(108, "Stefan Wendt <stefan.wendt@kurfuerst-versicherung.example>",
                 "team-soldaten@kurfuerst-versicherung.example",
                 "WG: Aktuell: Truppenärztliche Versorgung – was 2026 kommt", body),
            "NORMAL", "de", "newsletter",
            "trap: soldiers' association newsletter on military medical care - no person")


def m109():
    body = """Sehr geehrter Herr Fendel,

Sie haben uns den Antrag auf Kostenübernahme für eine stationäre
Rehabilitation in der Klinik Hohenfreudenstadt vorgelegt (ärztliche
Bescheinigung Dr. Wiegand vom 12.02.2026).

Nach den Unterlagen leiden Sie seit einer COVID-19-Infektion im Oktober
2024 an einem Post-COVID-Syndrom (U09.9) mit ausgeprägter Fatigue,
Belastungsintoleranz (PEM) und Konzentrationsstörungen; Sie sind seit
November 2025 dienstunfähig erkrankt und können Ihren Unterricht an der
BBS Wittlich nicht ausüben.

Ihre Beihilfestelle hat die Maßnahme mit Bescheid vom 18.02.2026 als
beihilfefähige Rehabilitationsbehandlung (nicht als Sanatoriums-
behandlung) anerkannt, Dauer 28 Tage. Wir schließen uns an und
übernehmen 50 % der Kosten für Unterkunft, Verpflegung und Behandlung
nach dem Tagessatz der Klinik (234,00 EUR/Tag), außerdem die Fahrtkosten
im Rahmen Ihres Tarifs.

Für eine eventuelle Verlängerung benötigen wir rechtzeitig eine
Begründung der Klinik.

Gute Besserung und eine erholsame Reha!

""" + SIG_OBERLAENDER
    return (mail(109, "Sabine Oberländer <sabine.oberlaender@kurfuerst-versicherung.example>",
                 "Ulrich Fendel <u.fendel@bbs-mail.example>",
                 "Ihre Rehabilitation – Kostenzusage", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "teacher's post-COVID syndrome U09.9, sick leave, rehabilitation approval")


def m110():
    body = """Sehr geehrter Herr Rechtsanwalt Dr. Gräbner,

in der Angelegenheit Ihres Mandanten, Herrn Oberstudienrat Holger
Wenzlaff (unser VN, Diensthaftpflicht DH 7 144 905, Schaden-Nr.
S-2026-0420033), erhalten Sie anbei das Schreiben der ADD vom 16.02.2026,
das uns Ihr Mandant weitergeleitet hat.

Die ADD verlangt Ersatz von 1.248,00 EUR für das Dienst-Notebook, das
Herrn Wenzlaff am 22.01.2026 aus seinem unverschlossenen Pkw auf dem
Parkplatz eines Supermarkts entwendet wurde. Nach unserer Bewertung ist
grobe Fahrlässigkeit nicht offensichtlich, da das Notebook im
Kofferraum lag und das Fahrzeug nach Angaben Ihres Mandanten
verschlossen war – die Polizei hat allerdings "keine Aufbruchspuren"
vermerkt.

Wir übernehmen die Abwehr des Anspruchs. Bitte nehmen Sie gegenüber der
ADD Stellung; Ihre Gebühren nach RVG rechnen Sie bitte direkt mit uns ab.

""" + SIG_WICHERT
    inner_body = """Sehr geehrter Herr Wenzlaff,

Aufsichts- und Dienstleistungsdirektion – Referat 33

Betreff: Verlust des dienstlichen Notebooks Inventar-Nr. SCH-NB-2291;
hier: Anhörung zur Geltendmachung eines Schadensersatzanspruchs nach
§ 48 BeamtStG

Nach Ihrer Verlustmeldung vom 23.01.2026 wurde das Ihnen überlassene
Notebook aus Ihrem Privatfahrzeug entwendet. Nach Aktenlage haben Sie
das Fahrzeug nicht ordnungsgemäß verschlossen. Wir beabsichtigen, Sie
wegen grob fahrlässiger Verletzung Ihrer Dienstpflichten in Höhe des
Zeitwerts von 1.248,00 EUR in Anspruch zu nehmen. Sie erhalten
Gelegenheit zur Stellungnahme bis zum 16.03.2026.

Im Auftrag
Brandt
"""
    fw = inner("Holger Wenzlaff <h.wenzlaff@lehrer-post.example>",
               "Frank Wichert <frank.wichert@kurfuerst-versicherung.example>",
               "Schreiben ADD Notebook", inner_body, (2026, 2, 21, 9, 14),
               "<c44e@lehrer-post.example>")
    return (mail(110, "Frank Wichert <frank.wichert@kurfuerst-versicherung.example>",
                 "Dr. Jonas Gräbner <kanzlei@graebner-beamtenrecht.example>",
                 "Wenzlaff ./. ADD – Ihr Mandat, unser Schaden S-2026-0420033", body,
                 atts=[fw]),
            "CONFIDENTIAL", "de", "insurer-to-lawyer",
            "teacher's recourse claim for stolen service laptop, forwarded authority letter (rfc822)")


def m111():
    body = """Dear Ms Haverkamp,

please find our next translation job below (German -> English, for our
website section "Civil servants"). Approx. 1,900 words, deadline 27
March. Please keep the German terms in brackets the first time they
appear (e.g. "Beihilfe", "Heilfürsorge", "Anwartschaft",
"Dienstunfähigkeit", "Bemessungssatz") - our customers search for them.

Texts:
1. "Beihilfe und private Krankenversicherung - so funktioniert's"
2. "Freie Heilfürsorge: Warum Polizistinnen und Polizisten eine
   Anwartschaft brauchen"
3. "Was passiert bei Dienstunfähigkeit?"
4. "Familienzuschlag, Kinder und Beihilfe"

The texts contain no customer data. Source files in the shared folder
https://transfer.kurfuerst-versicherung.example/tr-2026-07

Purchase order no. 4500319014, rate as per framework agreement.

Best regards
Carolin Vogt
Corporate Communications
"""
    return (mail(111, "Carolin Vogt <presse@kurfuerst-versicherung.example>",
                 "Ines Haverkamp <projects@lingua-rheinmain.example>",
                 "Translation job TR-2026-07 - website civil servants", body),
            "NORMAL", "en", "insurer-to-supplier",
            "trap: translation order for web texts on Beihilfe, Dienstunfähigkeit - no data")


def m112():
    body = """Hallo Jörg,

anbei die finale Textvorlage für die Beitragsanpassung 01.07.2026 in den
Beihilfetarifen, abgestimmt mit Recht und dem Treuhänder-Termin. Bitte an
den Druckdienstleister geben; die Felder werden dort aus dem Bestand
befüllt.

Gruß Annette
"""
    att = docx([
        "«Anrede» «Titel» «Vorname» «Nachname»",
        "«Straße» «Hausnummer», «PLZ» «Ort»",
        "",
        "Versicherungsnummer: «VersNr»",
        "",
        "Ihre Beiträge ab 1. Juli 2026",
        "",
        "«Briefanrede»,",
        "die Leistungsausgaben in den Beihilfetarifen sind stärker gestiegen als "
        "kalkuliert, insbesondere für Krankenhausbehandlungen und Arzneimittel. "
        "Der unabhängige Treuhänder hat der Anpassung zugestimmt.",
        ("table", [["Tarif", "bisher", "neu", "Veränderung"],
                   ["«Tarif1»", "«Beitrag_alt1»", "«Beitrag_neu1»", "«Diff1»"],
                   ["«Tarif2»", "«Beitrag_alt2»", "«Beitrag_neu2»", "«Diff2»"]]),
        "Ihr neuer Gesamtbeitrag: «Gesamt_neu» EUR monatlich.",
        "Sie haben ein Recht auf Tarifwechsel nach § 204 VVG. Ein Sonderkündigungs"
        "recht besteht innerhalb von zwei Monaten nach Zugang dieses Schreibens.",
        "",
        "Mit freundlichen Grüßen",
        "Kurfürst Krankenversicherung a.G.",
    ])
    return (mail(112, "Annette Krüger <annette.krueger@kurfuerst-versicherung.example>",
                 "Jörg Bauer <joerg.bauer@kurfuerst-versicherung.example>",
                 "Textvorlage BAP 07/2026 Beihilfetarife (final)", body,
                 atts=[("BAP_2026-07_Beihilfetarife_Vorlage.docx", DOCX, att)]),
            "NORMAL", "de", "internal",
            "trap: premium-increase letter template with «placeholders» only")


def m113():
    body = """Dear Dr Halvorsen,

as requested, please find attached the certificate of your health and
long-term care insurance contributions for 2025 for your German tax
return. The amounts for the basic cover ("Basisabsicherung") are fully
deductible as special expenses.

Best regards
Beitragsservice
Kurfürst Krankenversicherung a.G.
"""
    att = odt([
        "Kurfürst Krankenversicherung a.G. - Bescheinigung nach § 10 Abs. 2a EStG",
        "Beitragsjahr 2025",
        "Versicherungsnehmer: Dr. Ingrid Halvorsen, Kaiser-Wilhelm-Ring 40, 55118 Mainz",
        "Steuerliche Identifikationsnummer: 58 204 719 336",
        "Versicherungsnummer: 31 719 844-0",
        "Tarife: B50, BE, PVB",
        "Beiträge zur Basisabsicherung Krankenversicherung: 3.124,80 EUR",
        "Beiträge zur Pflegepflichtversicherung: 348,00 EUR",
        "Beiträge für Wahlleistungen/Ergänzung (BE): 298,80 EUR",
        "Beitragsrückerstattung für 2024 ausgezahlt in 2025: 0,00 EUR",
        "Die Daten wurden elektronisch an die Finanzverwaltung übermittelt.",
    ])
    return (mail(113, "Beitragsservice <beitrag@kurfuerst-versicherung.example>",
                 "Dr. Ingrid Halvorsen <i.halvorsen@hs-mainz-mail.example>",
                 "Tax certificate 2025", body,
                 atts=[("Beitragsbescheinigung_2025.odt", ODT, att)]),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "ODT tax certificate of a named person's health contract with tax ID (personal line)")


def m114():
    body = """Dear Mrs Brandner,

thank you for reporting the accident with your car (policy KF 88 677 304,
comprehensive cover). Claim number: S-2026-0423381.

What happened, as you told us: on 25 February 2026 at about 6:20 am your
husband, Hauptmann Florian Brandner, was driving your VW Golf (plate
DAU-EB 28) to the barracks in Gerolstein on the B 410 when a deer ran
into the front of the car. Nobody was hurt. The forest ranger issued a
"Wildunfallbescheinigung" (game accident certificate).

Damage: bumper, bonnet, left headlight, radiator - the car was towed to
Autohaus Schneider in Daun.

Under your partial cover ("Teilkasko") collisions with game are covered
without loss of your no-claims bonus; the deductible is 150 EUR. Our
assessor will inspect the car at the garage this week. Please send us
the ranger's certificate.

Kind regards
Nadine Kraus
Motor Claims
Kurfürst Allgemeine Versicherung AG
"""
    return (mail((114, (2026, 2, 26, 11, 40)), "Nadine Kraus <nadine.kraus@kurfuerst-versicherung.example>",
                 "Emily Brandner <emily.brandner@eifel-mail.example>",
                 "Your claim S-2026-0423381 - collision with a deer", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "motor claim (deer), named driver, plate, nobody hurt")


def m115():
    body = """Liebe Kolleginnen und Kollegen,

kurze Einordnung einer aktuellen Entscheidung für die Leistungsprüfung:

BVerwG, Urteil vom 11.12.2025 – 5 C 14.24 (veröffentlicht)

Sachverhalt (anonymisiert wie veröffentlicht): Die Klägerin, eine
Landesbeamtin, begehrte Beihilfe für eine ambulante Liposuktion bei
Lipödem. Die Beihilfestelle lehnte ab, weil die Methode nach der
Landesbeihilfeverordnung ausgeschlossen sei.

Entscheidung: Der Ausschluss ist wirksam, soweit er sich auf das
Stadium I und II bezieht; für Stadium III hat das Land die Ausnahme-
regelung des Bundes (Anlage 1 BBhV) nicht nachvollzogen – insoweit
verstößt der Ausschluss gegen die Fürsorgepflicht.

Bedeutung für uns: Unsere B-Tarife erstatten unabhängig von der Beihilfe
nach medizinischer Notwendigkeit. Die Entscheidung ändert unsere Praxis
nicht, wird aber zu mehr Rückfragen von Kundinnen führen, deren
Beihilfeantrag abgelehnt wurde. Textbaustein kommt.

Dr. Anja Pohlmann
Recht Kranken
"""
    return (mail(115, "Dr. Anja Pohlmann <anja.pohlmann@kurfuerst-versicherung.example>",
                 "leistung-kv@kurfuerst-versicherung.example",
                 "BVerwG 5 C 14.24 – Beihilfe Liposuktion bei Lipödem", body),
            "NORMAL", "de", "internal",
            "trap: published court decision on lipedema treatment, anonymous plaintiff")


def m116():
    body = """Hallo Herr Feldhaus,

wie am Telefon besprochen, anbei meine Bestandsliste Sach zum Abgleich
mit Ihrem System – bei drei Verträgen stimmt die Courtage nicht.
Auffällige Zeilen sind gelb... ach nein, in der Spalte "Bemerkung".

Danke & Gruß
Thomas Schreiber
Beamtenberatung Schreiber
"""
    att = xlsx([
        ["Kunde", "Vorname", "Sparte", "Vertrag", "Beginn", "Jahresbeitrag", "Courtage lt. MVP", "Bemerkung"],
        ["Pfannkuch", "Jörg", "Diensthaftpflicht", "DH 7 220 415", "01.08.2023", 98.40, 19.68, ""],
        ["Pfannkuch", "Jörg", "Hausrat", "HR 5 812 003", "01.08.2023", 142.60, 28.52, ""],
        ["Mittermeier", "Lara", "Privathaftpflicht", "PHV 3 601 447", "01.02.2026", 61.20, 12.24, "fehlt in Abrechnung 02/26"],
        ["Kessler-Yıldız", "Derya", "Kfz", "KF 88 412 775", "01.03.2026", 642.18, 32.11, "Satz 5 % statt 7 %?"],
        ["Thieme", "Benedikt", "Rechtsschutz", "RS 6 208 331", "01.01.2022", 318.00, 47.70, ""],
        ["Hübner-Salewski", "Ines", "Wohngebäude", "WG 2 781 406", "01.05.2019", 611.90, 91.79, "Bestandsprov. 01/26 fehlt"],
    ], sheet="Bestand Sach")
    return (mail(116, "Marco Feldhaus <marco.feldhaus@kurfuerst-versicherung.example>",
                 "provisionen@kurfuerst-versicherung.example",
                 "WG: Bestandsabgleich Schreiber", "Bitte Abgleich, 3 Differenzen. MF\n\n" + body,
                 atts=[("Bestand_Sach_Schreiber_2026-02.xlsx", XLSX, att)]),
            "CONFIDENTIAL", "de", "broker",
            "XLSX: broker's portfolio of named customers with non-personal-line contracts")


def m117():
    body = """Sehr geehrter Herr Hartung,

wir haben Ihren Antrag auf Leistungen aus Ihrer Berufsunfähigkeits-
versicherung mit Dienstunfähigkeitsklausel (Vertrag LV 9 118 403) geprüft.

Wir erkennen unsere Leistungspflicht ab dem 01.02.2026 an:

  monatliche Rente                       1.500,00 EUR
  Beitragsbefreiung ab                   01.02.2026
  erste Zahlung (Februar und März)       3.000,00 EUR am 16.03.2026

Grundlage ist die Verfügung Ihres Dienstherrn über die Feststellung der
Polizeidienstunfähigkeit. Eine Nachprüfung behalten wir uns nach den
Bedingungen vor; insbesondere bitten wir Sie, uns mitzuteilen, wenn Sie
im Verwaltungsdienst weiterverwendet werden oder wieder in den
Polizeivollzugsdienst zurückkehren.

Wir wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
Maren Eckstein
Leistung Leben/BU
Kurfürst Lebensversicherung AG
"""
    return (mail(117, "Maren Eckstein <maren.eckstein@kurfuerst-versicherung.example>",
                 "Dennis Hartung <dennis.hartung@pfalz-mail.example>",
                 "Leistungsanerkenntnis LV 9 118 403", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "acceptance of a named officer's disability claim (life/BU line, no diagnosis in text)")


def m118():
    body = """Dear Sir or Madam,

under our framework agreement please deliver to our five customer
service centres (addresses in the attached list):

  item 1  first-aid kit DIN 13157, wall-mounted        10 pcs
  item 2  refill set DIN 13157                          10 pcs
  item 3  AED training unit (for staff first-aid course) 1 pc
  item 4  eye-wash station 500 ml                        5 pcs

Delivery by 20 March 2026. Please quote PO 4500319102 on the invoice.
The first-aid courses for our staff will take place in April; the
occupational health service will contact you about the AED unit.

Kind regards
Purchasing
Kurfürst Versicherungen
"""
    return (mail(118, "Einkauf <einkauf@kurfuerst-versicherung.example>",
                 "orders@medsafe-supplies.example",
                 "PO 4500319102 - first-aid kits for customer service centres", body,
                 atts=[("Lieferadressen.csv", "text/csv", csvb("""centre;street;postcode;city;contact
Mainz;Kurfürstenallee 12;55116;Mainz;Facility Management
Koblenz;Löhrstraße 88;56068;Koblenz;Front Office
Trier;Nagelstraße 3;54290;Trier;Front Office
Kaiserslautern;Fackelstraße 20;67655;Kaiserslautern;Front Office
Saarbrücken;Bahnhofstraße 54;66111;Saarbrücken;Front Office
"""))]),
            "NORMAL", "en", "insurer-to-supplier",
            "trap: purchase order for first-aid kits and AED trainer")


def m119():
    body = """Dear Ms Ferreira-Oduya,

we are very sorry about the burglary in your flat. We have registered
your claim under your household contents insurance:

  policy:    HR 5 990 612
  claim no.: S-2026-0423705
  address:   Hindenburgstraße 31, 2nd floor left, 55118 Mainz
  date:      26 February 2026, between 7:15 am and 3:30 pm
  police:    PI Mainz 1, case no. 1702/26

Stolen items according to your list: laptop (private), jewellery
(a necklace and two rings, inherited), 400 EUR cash, a camera. The
school tablet you mentioned belongs to your employer - please report
it to your school; it is not covered by your household policy, but
your official liability insurance may be relevant if the school
authority claims against you.

Please send us receipts or photos of the items and the police's list
of stolen property. A locksmith may repair the door immediately; keep
the invoice.

Kind regards
Johannes Brucker
Property Claims
Kurfürst Allgemeine Versicherung AG
"""
    return (mail((119, (2026, 2, 27, 9, 15)), "Johannes Brucker <johannes.brucker@kurfuerst-versicherung.example>",
                 "Luísa Ferreira-Oduya <luisa.fo@schulnetz-mz.example>",
                 "Burglary at your flat - claim S-2026-0423705", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "named teacher's burglary claim, home address, police case number")


def m120():
    text = """Familienzuschlag – was Beamtinnen und Beamte wissen sollten

Kurfürst Beamten-Newsletter, März 2026

Der Familienzuschlag ist Teil der Besoldung. Er richtet sich nach dem
Familienstand und der Zahl der Kinder:

Stufe 1  verheiratet / eingetragene Lebenspartnerschaft    171,28 EUR
Stufe 2  zusätzlich 1. Kind                                145,97 EUR
Stufe 3  zusätzlich 2. Kind                                145,97 EUR
ab 3. Kind je Kind deutlich höher (Land: 455,38 EUR)

Was hat das mit Ihrer Krankenversicherung zu tun?
- Mit dem zweiten berücksichtigungsfähigen Kind steigt der Beihilfe-
  Bemessungssatz von 50 % auf 70 %. Dann können Sie Ihren Tarif
  absenken – ohne Gesundheitsprüfung, auf Antrag.
- Fällt das Kindergeld weg (z. B. Studienende), sinkt der Satz wieder –
  dann müssen Sie aufstocken. Dafür haben Sie 6 Monate Zeit ohne
  Gesundheitsprüfung.

Tipp: Melden Sie uns Änderungen beim Familienstand und beim Kindergeld
frühzeitig.
"""
    html = """<html><body style="font-family:Georgia,serif">
<h1>Familienzuschlag &ndash; was Beamtinnen und Beamte wissen sollten</h1>
<p><i>Kurfürst Beamten-Newsletter, März 2026</i></p>
<table border="1" cellpadding="3"><tr><th>Stufe</th><th>Voraussetzung</th><th>Betrag</th></tr>
<tr><td>1</td><td>verheiratet / eingetragene Lebenspartnerschaft</td><td>171,28 EUR</td></tr>
<tr><td>2</td><td>zusätzlich 1. Kind</td><td>145,97 EUR</td></tr>
<tr><td>3</td><td>zusätzlich 2. Kind</td><td>145,97 EUR</td></tr></table>
<p>Mit dem zweiten berücksichtigungsfähigen Kind steigt der Beihilfe-Bemessungssatz von 50&nbsp;% auf 70&nbsp;%.
Fällt das Kindergeld weg, sinkt der Satz wieder &ndash; dann bitte aufstocken (6 Monate ohne Gesundheitsprüfung).</p>
</body></html>"""
    return (mail(120, "Kurfürst Newsletter <newsletter@kurfuerst-versicherung.example>",
                 "beamte-newsletter@lists.kurfuerst-versicherung.example",
                 "Beamten-Newsletter März: Familienzuschlag und Beihilfe", text, html=html),
            "NORMAL", "de", "newsletter",
            "trap: newsletter on family allowance amounts and Beihilfe rates - no person")


def m121():
    body = """Sehr geehrter Herr Nussbaum,

herzlichen Glückwunsch zur Übernahme in den Polizeivollzugsdienst der
Bundespolizei zum 01.03.2026!

Ab diesem Tag erhalten Sie freie Heilfürsorge. Ihre bisherige
Versicherung als Zollbeamter im Tarif B50 (Vers.-Nr. 31 623 077-5) wird
daher nicht mehr benötigt. Wie mit Ihnen am Telefon vereinbart, stellen
wir Ihren Vertrag zum 01.03.2026 um:

  Tarif B50 + BE         endet am 28.02.2026
  Anwartschaft AW-G      ab 01.03.2026, 38,90 EUR monatlich
  PVB (Pflege)           läuft unverändert weiter (Pflicht)

Durch die große Anwartschaft bleiben Ihre Alterungsrückstellungen
erhalten, und Sie können bei Eintritt in den Ruhestand ohne erneute
Gesundheitsprüfung in den B30 zurückkehren.

Bitte senden Sie uns noch eine Kopie der Ernennungsurkunde bzw. der
Bescheinigung über den Heilfürsorgeanspruch.

""" + SIG_OBERLAENDER
    return (mail((121, (2026, 2, 20, 10, 2)), "Sabine Oberländer <sabine.oberlaender@kurfuerst-versicherung.example>",
                 "Kai Nussbaum <kai.nussbaum@mail-rlp.example>",
                 "Umstellung auf Anwartschaft wegen Heilfürsorge", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "named officer's health contract converted to standby policy (personal line)")


def m122():
    html = """<html><body style="font-family:Arial;font-size:12px">
<p><b>Cloudbridge Integration Services GmbH</b><br>Rheinallee 5, 55118 Mainz</p>
<p>INVOICE No. CB-2026-0219<br>Date: 27 February 2026<br>Customer no. 10077 &ndash; Kurfürst Versicherungen, IT</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Item</th><th>Description</th><th>Days</th><th>Rate</th><th>Amount EUR</th></tr>
<tr><td>1</td><td>Interface Beihilfe-App &rarr; claims system (sprint 14)</td><td>12</td><td>1,080.00</td><td>12,960.00</td></tr>
<tr><td>2</td><td>Load test upload service (dummy documents)</td><td>3</td><td>1,080.00</td><td>3,240.00</td></tr>
<tr><td colspan="4">Net</td><td>16,200.00</td></tr>
<tr><td colspan="4">VAT 19 %</td><td>3,078.00</td></tr>
<tr><td colspan="4"><b>Total</b></td><td><b>19,278.00</b></td></tr>
</table>
<p>Payable within 30 days to Cloudbridge Integration Services GmbH,<br>
IBAN DE73 8306 5408 0003 7182 94, Commerzbank Mainz.<br>
Register court Mainz HRB 51234, VAT ID DE 318 204 991.</p>
</body></html>"""
    return (mail(122, "Kreditorenbuchhaltung <kreditoren@kurfuerst-versicherung.example>",
                 "IT Controlling <it-controlling@kurfuerst-versicherung.example>",
                 "FW: Invoice CB-2026-0219 - please approve", html=html, html_only=True),
            "NORMAL", "en", "internal",
            "trap: supplier (GmbH) invoice with company IBAN, Beihilfe-App work, HTML only")


def m123():
    body = """Hallo Herr Renner,

kurze Info: ich bin zum 1.4. an die JVA Wittlich versetzt
worden (bisher JVA Zweibrücken). Wir ziehen am 21.3. um.

Neue Adresse ab 21.3.:
Kurt Schumacher Str. 14
54516 Wittlich

Betrifft: Hausrat, Haftpflicht, Diensthaftpflicht und
das Auto (WIL-Kennzeichen holen wir noch, sag ich dann).

Bis dahin alte Adresse: Hofenfelsstraße 9, 66482 Zweibrücken.

Gruß
Mehmet Tunç
"""
    fwd = """Adressänderung Tunç zum 21.03. bitte für HR 5 733 290, PHV 3 471 006,
DH 7 264 118, KF 88 390 227. Tobias

> """
    return (mail(123, "Tobias Renner <tobias.renner@kurfuerst-versicherung.example>",
                 "bestand-sach@kurfuerst-versicherung.example",
                 "WG: Umzug / Versetzung", fwd + body.replace("\n", "\n> "), flowed=True,
                 cte="8bit"),
            "CONFIDENTIAL", "de", "customer",
            "prison officer's transfer, old and new address, four contract numbers (format=flowed)")


def m124():
    body = """Dear Dr Lindgren-Adebayo,

thank you for your application for tariff B50 and long-term care cover
(application no. A-26-02011), received on 16 February 2026.

We have carefully reviewed your answers to the health questions and
the report from your psychiatrist, Dr Vollmer, dated 2 February 2026.
You were appointed junior professor (W1, civil servant for a limited
period) on 1 April 2025, so your application was received more than six
months after your appointment and the opening offer no longer applies.

Given the diagnosis of bipolar affective disorder (F31.7, currently in
remission) with two inpatient stays in 2019 and 2022 and ongoing
treatment with lithium, we regret that we are unable to offer you cover
in the B50 tariff. We can offer you the compulsory long-term care
insurance (PVB) without surcharge, which you must hold by law.

You may still be able to obtain cover: please ask your Beihilfe office
whether the state offers flat-rate Beihilfe for statutory insurance, or
contact the basic tariff ("Basistarif") of any private insurer, which
must accept you.

We are sorry not to have better news.

Jens Kowalczyk
Underwriting Health
Kurfürst Krankenversicherung a.G.
"""
    return (mail(124, "Jens Kowalczyk <jens.kowalczyk@kurfuerst-versicherung.example>",
                 "Dr. Sofia Lindgren-Adebayo <s.lindgren-adebayo@uni-tr.example>",
                 "Your application A-26-02011", body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "underwriting rejection: bipolar disorder F31.7, inpatient stays, lithium")


def m125():
    body = """Einladung zur Fallbesprechung – bitte Termin annehmen.
"""
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kurfuerst Versicherungen//Termine//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:d86-125-fallbesprechung@kurfuerst-versicherung.example
DTSTAMP:20260227T110000Z
DTSTART;TZID=Europe/Berlin:20260304T100000
DTEND;TZID=Europe/Berlin:20260304T110000
SUMMARY:Fallbesprechung Beihilfe-Restkosten (anonymisiert)
LOCATION:Raum 3.12
DESCRIPTION:Agenda: 1. Kürzung Steigerungssatz >3\\,5 bei Psychotherapie
 – Abstimmung mit Beihilfepraxis. 2. Hörgeräte nach neuen Höchstbeträgen.
 3. Dienstunfall vs. Krankheit – wer zahlt zuerst? Fälle werden ohne Namen
  und Versicherungsnummern vorgestellt.
ORGANIZER;CN=Annika Voss:mailto:annika.voss@kurfuerst-versicherung.example
ATTENDEE;CN=Leistung BH-Team:mailto:leistung-bh-team@kurfuerst-versicherung.example
END:VEVENT
END:VCALENDAR
""")
    return (mail((125, (2026, 2, 27, 11, 5)), "Annika Voss <annika.voss@kurfuerst-versicherung.example>",
                 "leistung-bh-team@kurfuerst-versicherung.example",
                 "Einladung: Fallbesprechung Beihilfe-Restkosten", body,
                 atts=[("invite.ics", "text/calendar", cal, {"method": "REQUEST"})]),
            "NORMAL", "de", "internal",
            "trap: meeting invite on psychotherapy/hearing aids topics, cases anonymised")


def m126():
    body = """Dear Ms Lindqvist,

as every year, here is the list of our seconded teachers
(Auslandsdienstlehrkräfte) who join the group household contents policy
for German staff abroad (GV 40-311) from the new school year. They keep
their German civil-servant status during the secondment.

Please insure the flats listed below from the date of arrival.

Kind regards
Dr. Wieland Kreutzer
Principal, Deutsche Schule Dublin
"""
    att = csvb("""name,first_name,date_of_birth,home_state,flat_address_dublin,arrival
Schaaf,Katharina,1985-03-22,Rheinland-Pfalz,"14 Leinster Road, Rathmines, Dublin 6",2026-08-10
Oberdorfer,Matthias,1979-12-05,Saarland,"Apt 3, 27 Anglesea Road, Ballsbridge, Dublin 4",2026-08-12
Nwosu-Engel,Adaeze,1990-07-30,Hessen,"9 Castlewood Park, Dublin 6",2026-08-15
""")
    return (mail(126, "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "gruppenvertraege@kurfuerst-versicherung.example",
                 "FW: GV 40-311 - new seconded teachers 2026/27",
                 "Please enrol - list attached. Petra\n\n---------- Forwarded message ---------\n" + body,
                 atts=[("new_staff_2026-27.csv", "text/csv", att, {"charset": "utf-8"})]),
            "CONFIDENTIAL", "en", "company",
            "CSV: seconded teachers with birth dates and home addresses for group household cover")


def m127():
    body = """Dear Femke,

thanks for your questions on the disability cover with civil-service
clause ("DU-Klausel") in our life book. Answers below, all at portfolio
level:

1. Policies in force with DU clause: 14,230 (of which police clause:
   3,910).
2. New claims 2021-2025 per 1,000 policy years:
     teachers           2.9
     police             4.1
     administration     1.8
     other public       2.2
3. Main causes (share of new claims, 2021-2025): mental disorders 44 %,
   musculoskeletal 21 %, neoplasms 12 %, nervous system 8 %, other 15 %.
4. Share of claims where we accepted the employer's finding of
   unfitness for service without our own assessment: 71 %.

We do not have a split by federal state with enough cases per cell, so
we left it out.

Best regards
Daniel Okafor
Actuarial Department
"""
    return (mail(127, "Daniel Okafor <daniel.okafor@kurfuerst-versicherung.example>",
                 "Femke van Houten <f.vanhouten@nordic-re.example>",
                 "RE: DU clause portfolio - your questions", body),
            "NORMAL", "en", "insurer-to-partner",
            "trap: disability incidence by profession and cause, aggregated")


def m128():
    body = """Hallo Frau Oberländer,

danke, dann warte ich ab. Schönes Wochenende!

Gruß B. Fassbinder

-----Ursprüngliche Nachricht-----
Von: Oberländer, Sabine
Gesendet: Freitag, 27. Februar 2026 10:41
An: 'Brigitte Fassbinder'
Betreff: AW: AW: Heilpraktiker

Sehr geehrte Frau Fassbinder,

wir prüfen die Rechnung noch einmal mit unserem ärztlichen Dienst und
melden uns bis Mitte März.

Mit freundlichen Grüßen
Sabine Oberländer

-----Ursprüngliche Nachricht-----
Von: Brigitte Fassbinder
Gesendet: Donnerstag, 26. Februar 2026 20:17
An: Oberländer, Sabine
Betreff: AW: Heilpraktiker

Sehr geehrte Frau Oberländer,

ich verstehe nicht, warum Sie nur 50 % von den Höchstbeträgen zahlen.
Die Beihilfe hat mir geschrieben (ich zitiere aus dem Bescheid vom
19.02.):

  "Lfd. Nr. 3: Heilpraktikerin Anneliese Kromer, Rechnung vom
   15.01.2026, 612,00 EUR (Akupunktur, Neuraltherapie, Eigenblut-
   behandlung wegen Migräne und Reizdarmsyndrom). Beihilfefähig nur bis
   zu den Höchstbeträgen nach Anlage 2: 248,30 EUR. Eigenbluttherapie
   nicht beihilfefähig (Anlage 1 Nr. 1.3)."

Ich bin seit 1998 bei Ihnen versichert (Vers.-Nr. 31 077 315-6) und
dachte, der BE-Tarif zahlt den Rest. Die Migräne ist seit der
Akupunktur viel besser, ich habe nur noch 2 Attacken im Monat statt 8
und brauche fast kein Sumatriptan mehr.

Mit freundlichen Grüßen
Brigitte Fassbinder
Amtsrätin, Finanzamt Neustadt
"""
    return (mail((128, (2026, 2, 27, 15, 2)), "Sabine Oberländer <sabine.oberlaender@kurfuerst-versicherung.example>",
                 "Dr. Matthias Sauer <matthias.sauer@kurfuerst-versicherung.example>",
                 "WG: AW: AW: AW: Heilpraktiker",
                 "Matthias, bitte einmal drüberschauen (unten). Danke, Sabine\n\n" + body),
            "STRICTLY_CONFIDENTIAL", "de", "customer",
            "top reply harmless; deep quote: Beihilfe notice with naturopath, migraine, IBS, medication")


def m129():
    body = """Sehr geehrte Frau Kraus,

ich möchte fragen ob ich den Jahresbeitrag für die Kfz-Versicherung
(KF 88 455 019) in Raten zahlen kann. Ich bin noch in der Ausbildung
(Finanzanwärterin, 2. Jahr) und die Anwärterbezüge sind nicht so hoch,
1.512,66 € brutto, netto ca. 1.356 €, da sind 588 € auf einmal im
April schwierig.

Die Bezügemitteilung für Februar hab ich angehängt falls Sie das
brauchen. Konto ist das gleiche wie bisher (DE06 4306 0967 0071 2349 88).

Vielen Dank und freundliche Grüße
Anna-Lena Brettschneider
Hauptstr. 12a, 67454 Haßloch
"""
    fwd = "Bitte auf monatlich umstellen (Ratenzuschlag 5 % entfällt bei ÖD-Anwärtern). NK\n\n-----Ursprüngliche Nachricht-----\n"
    return (mail(129, "Nadine Kraus <nadine.kraus@kurfuerst-versicherung.example>",
                 "kfz-bestand@kurfuerst-versicherung.example",
                 "WG: Ratenzahlung Kfz", fwd + body, charset="windows-1252"),
            "CONFIDENTIAL", "de", "customer",
            "trainee's pay, IBAN, address and motor contract (windows-1252)")


def m130():
    body = """Hallo zusammen,

kurzer Vermerk zum Gesetzentwurf "pauschale Beihilfe" im Nachbarland, der
am 24.02. im Kabinett war:

- Neue Beamtinnen und Beamte können wählen: individuelle Beihilfe
  (+ PKV-Restkosten) ODER pauschale Beihilfe = hälftiger Zuschuss zur
  GKV bzw. zu einer PKV-Vollversicherung.
- Die Wahl ist unwiderruflich; bei Dienstherrnwechsel in ein Land ohne
  Pauschale verfällt der Zuschuss.
- Inkrafttreten geplant 01.01.2027.

Einschätzung Vertrieb/Produkt: Für junge, gesunde Anwärter bleibt die
Kombination Beihilfe + B-Tarif meist günstiger; für Beamtinnen mit
Kindern und Partner ohne eigenes Einkommen sowie für Menschen mit
Vorerkrankungen kann die Pauschale attraktiv sein. Wir brauchen einen
Vergleichsrechner bis Herbst.

Gruß
Produktmanagement Kranken
"""
    return (mail(130, "Produktmanagement Kranken <produkt-kv@kurfuerst-versicherung.example>",
                 "vertrieb-oed@kurfuerst-versicherung.example",
                 "Vermerk: Gesetzentwurf pauschale Beihilfe", body),
            "NORMAL", "de", "internal",
            "trap: memo on a draft law (flat-rate Beihilfe), pre-existing conditions in general")


def m131():
    body = """AW: Beleg
"""
    scan = pdf([
        "Optik Wallenstein - Meisterbetrieb - Rechnung Nr. 2026-0381",
        "Kunde: Herr Bernd Schlichting, Justizamtsinspektor, Trier",
        "Verordnung Augenärztin Dr. Haferkamp vom 03.02.2026:",
        "Diagnose: Myopie mit Astigmatismus, beginnende Presbyopie (H52.1, H52.2, H52.4)",
        "R: sph -3,25 cyl -1,00 A 175 Add 1,75   L: sph -2,75 cyl -0,75 A 10 Add 1,75",
        "1 Paar Gleitsichtgläser Kunststoff 1,6 entspiegelt     2 x 389,00",
        "Fassung Titan                                          189,00",
        "Summe                                                  967,00 EUR",
    ])
    fw = "Bitte bearbeiten - Brillenbeleg Schlichting, Vers.-Nr. 31 560 402-7, B50 + BE.\n\n" + body
    return (mail(131, "Aylin Demir <aylin.demir@kurfuerst-versicherung.example>",
                 "leistung-kv@kurfuerst-versicherung.example",
                 "FW: AW: Beleg", fw,
                 atts=[("SCAN0042.pdf", "application/octet-stream", scan)]),
            "STRICTLY_CONFIDENTIAL", "de", "customer",
            "body 'AW: Beleg'; scanned PDF as octet-stream: optician bill with eye diagnoses H52.x")


def m132():
    body = """Dear Mr Thorvaldsen,

thank you for your interest. You mentioned that you will start as a
research group leader at a federal research institute in Mainz in
September and that your contract may include civil-servant status later.

Attached you will find our English brochure "Health cover for civil
servants and academics". In short:

- as long as you are an employee (not a Beamter), you are normally in
  the statutory scheme or, above the income threshold, may choose
  private full cover;
- once you are appointed as a civil servant, Beihilfe applies and you
  need a top-up for the rest;
- a "standby policy" can secure good terms in the meantime.

When you know your status, we are happy to prepare a personal quote.
No information about your health is needed at this stage.

""" + SIG_LINDQVIST
    return (mail(132, "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "Erik Thorvaldsen <erik.thorvaldsen@uib-mail.example>",
                 "Your enquiry - health cover in Germany", body,
                 atts=[("Kurfuerst_Civil_Servants_Academics_EN.pdf", PDF, pdf([
                     "Health cover for civil servants and academics - Kurfürst Krankenversicherung",
                     "Beihilfe + top-up tariffs B20 / B30 / B50 - standby policies - long-term care",
                     "General product information. No personal data."]))]),
            "NORMAL", "en", "insurer-to-customer",
            "prospect's generic enquiry answered with brochure, no contract or health data")


def m133():
    body = """Dear Mr Kowalski-Reed,

we have received the claim against you under your dog owner's liability
policy (HH 3 814 520, dog "Bruno", Rhodesian Ridgeback).

According to the neighbour, Mrs Edith Schwan, Bruno bit her dachshund
"Fritzi" on the dog meadow in Zweibrücken on 21 February. The vet's
invoice (Tierarztpraxis am Hornbach) lists:

  wound treatment under sedation, 2 sutures (GOT 1,5-fold)   186.42 EUR
  antibiotic (Synulox 50 mg), painkiller (Metacam)            38.90 EUR
  follow-up visit                                             24.80 EUR
  total                                                      250.12 EUR

As you confirmed that Bruno was off the lead, we will pay the vet's
invoice directly to Mrs Schwan. Claim number: S-2026-0424118. There is
no deductible. Thank you for reporting it so promptly - and we hope
Fritzi recovers well.

Kind regards
Frank Wichert
Liability Claims
Kurfürst Allgemeine Versicherung AG
"""
    return (mail(133, "Frank Wichert <frank.wichert@kurfuerst-versicherung.example>",
                 "Major Adam Kowalski-Reed <a.kowalski-reed@bw-mail.example>",
                 "Dog liability claim S-2026-0424118", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "dog liability claim: animal treatment (vet bill), named neighbour, policy number")


def m134():
    body = """Release Notes Beihilfe-Rechner Website – Version 2.3 (live seit 26.02.)

Neu:
* Bemessungssätze für alle 16 Länder und den Bund, Stand 01.01.2026
* Berücksichtigung der Kostendämpfungspauschale nach Besoldungsgruppe
* Option "Wahlleistungen über Beihilfe abgesichert?" (nur Länder mit
  Wahlleistungsbeitrag)
* Anzeige der Beiträge für B-Tarife inkl. PVB, Eintrittsalter 16–65

Behoben:
* Kinder mit 80 % wurden bei mehr als drei Kindern falsch berechnet
* Anwärter Baden-Württemberg: falscher Hinweis zur Öffnungsaktion

Datenschutz: Der Rechner speichert keine Eingaben; Geburtsjahr und
Besoldungsgruppe werden nur im Browser verarbeitet. Kein Tracking.

Bekannte Einschränkungen: Pauschale Beihilfe noch nicht abgebildet.

Team Digital
"""
    return (mail(134, "Team Digital <digital@kurfuerst-versicherung.example>",
                 "vertrieb-oed@kurfuerst-versicherung.example",
                 "Release Notes Beihilfe-Rechner 2.3", body),
            "NORMAL", "de", "internal",
            "trap: release notes of a Beihilfe calculator, no stored inputs")


def m135():
    body = """Sehr geehrter Herr Polizeihauptmeister Scholz-Wendling,

wir bestätigen den Eingang Ihrer Schadenmeldung zur Rechtsschutz-
versicherung (RS 6 240 185, Baustein Straf-Rechtsschutz für Beamte).

Gegen Sie ist bei der Staatsanwaltschaft Frankenthal ein Ermittlungs-
verfahren wegen Körperverletzung im Amt (§ 340 StGB) anhängig,
Az. 5420 Js 3318/26. Hintergrund ist nach Ihren Angaben die Festnahme
eines Tatverdächtigen am 31.01.2026 in Ludwigshafen-Oggersheim, bei der
der Betroffene eine Schulterverletzung erlitten hat und nun Anzeige
erstattet hat. Parallel hat der Dienstherr ein Disziplinarverfahren
eingeleitet und bis zum Abschluss des Strafverfahrens ausgesetzt.

Für die Verteidigung im Ermittlungsverfahren besteht Versicherungs-
schutz. Bei einem Vergehen, das nur vorsätzlich begangen werden kann,
gilt der Schutz zunächst vorläufig; wird rechtskräftig eine vorsätz-
liche Tat festgestellt, müssten Sie die Kosten erstatten. Die Kosten
Ihres Verteidigers, RA Yıldırım, übernehmen wir bis zur Höhe der
gesetzlichen Gebühren zzgl. vereinbarter Honorarzuschlag nach Tarif.

Schadennummer: R-2026-02519.

Mit freundlichen Grüßen

Lars Hoffmeister
Schadenservice Rechtsschutz
Kurfürst Allgemeine Versicherung AG
"""
    return (mail(135, "Lars Hoffmeister <lars.hoffmeister@kurfuerst-versicherung.example>",
                 "Timo Scholz-Wendling <t.scholz-wendling@pfalz-post.example>",
                 "Ihr Rechtsschutzfall R-2026-02519", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "criminal investigation against named officer (offence data); legal-expenses line")


def m136():
    body = """Hallo Frau Gül,

danke für Ihre Anfrage. Wie besprochen hier Ihr Angebot für die
Diensthaftpflicht im Anwärtertarif:

  Antragstellerin:  Melek Gül, geb. 07.11.2003
  Status:           Kommissaranwärterin, Hochschule der Polizei,
                    Einstellungsjahrgang 2025
  Tarif:            Diensthaftpflicht Polizei – Anwärter, inkl.
                    Dienstschlüssel bis 30.000 EUR, Regress Dienstfahrzeug
                    bis 50.000 EUR
  Beitrag:          39,00 EUR jährlich (bis Ende der Ausbildung), danach
                    78,00 EUR
  Beginn:           zum nächsten Monatsersten nach Unterschrift

Angebot gültig bis 31.03.2026. Zum Abschluss einfach den Antrag
unterschrieben zurückschicken oder über den Link im Angebot digital
unterschreiben.

Viele Grüße
Tobias Renner
"""
    return (mail(136, "Tobias Renner <tobias.renner@kurfuerst-versicherung.example>",
                 "Melek Gül <melek.guel@studmail-hdp.example>",
                 "Ihr Angebot Diensthaftpflicht Anwärter", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "named trainee's liability quote with birth date (non-personal line)")


def m137():
    body = """Dear colleagues,

the Internal Audit plan 2026 includes an audit of the claims process in
the Beihilfe top-up tariffs (audit no. IA-2026-04, April-May).

Scope:
- four-eyes principle for payments above 5,000 EUR
- handling of GOÄ/GOZ multipliers above the threshold (2.3 / 3.5)
- coordination with Beihilfe offices (direct billing with hospitals)
- access rights to the document archive (invoices, medical reports)
- deletion periods for scanned receipts

We will draw a random sample of 120 claims from the system. Case data
will be viewed in the system only; no lists with names or diagnoses will
be exported or e-mailed. The audit report will contain aggregated
findings only.

Kick-off: 7 April, 10:00, room 2.05.

Best regards
Internal Audit
"""
    return (mail(137, "Interne Revision <revision@kurfuerst-versicherung.example>",
                 "leitung-leistung-kv@kurfuerst-versicherung.example",
                 "Audit IA-2026-04 claims process Beihilfe tariffs - announcement", body),
            "NORMAL", "en", "internal",
            "trap: audit announcement on claims, medical reports, GOÄ - no case data")


def m138():
    body = """Hallo Petra,

kannst du der Kundin bitte auf Englisch antworten? Sie ist NATO-Zivil-
angestellte, ihr Mann ist bei uns über die Bundeswehr-Familienbeihilfe
versichert. Mail unten.

Danke, Aylin

-----Original Message-----
From: Sarah Vandermeer-Koch <s.vandermeer-koch@nato-geilenkirchen.example>
Sent: Friday, 27 February 2026 08:55
To: service@kurfuerst-versicherung.example
Subject: Physiotherapie meines Mannes / my husband's physio

Sehr geehrte Damen und Herren, sorry, I'll continue in English.

My husband, Stefan Koch (policy 31 745 208-3, tariff B30, Beihilfe 70 %
as spouse of a soldier), had a hip replacement (Hüft-TEP rechts) at the
Luisenhospital Aachen in January because of severe arthrosis. He now
has 18 sessions of physiotherapy and 6 of "manuelle Lymphdrainage"
prescribed. The physio practice in Geilenkirchen charges 42 EUR per
session - is that within your limits? The Beihilfe office only accepts
their own maximum rates (Höchstbeträge).

Vielen Dank!
Sarah Vandermeer-Koch
"""
    return (mail((138, (2026, 2, 27, 10, 2)), "Aylin Demir <aylin.demir@kurfuerst-versicherung.example>",
                 "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "WG: Physiotherapie meines Mannes / my husband's physio", body),
            "STRICTLY_CONFIDENTIAL", "mixed", "customer",
            "spouse's hip replacement for arthrosis, physiotherapy (German/English)")


def m139():
    body = """Dear Judge Osterhagen,

regarding your request under your legal expenses insurance (RS 6 402 377,
modules private and family law advice):

Your divorce proceedings before the family court in Bad Kreuznach
(case 12 F 118/25) include the statutory pension splitting
("Versorgungsausgleich"). According to the information from the
court, your civil-service pension rights acquired during the marriage
(R 2, marriage 2009-2025) are valued at a monthly pension of
1,184.23 EUR; your wife's statutory pension rights at 412.70 EUR. The
court intends to split them internally and externally.

Legal expenses insurance does not cover divorce proceedings
themselves, but your policy includes an initial consultation with a
lawyer on family law (up to 250 EUR). We confirm this for a
consultation on the pension splitting. Claim no. R-2026-02561.

Kind regards
Lars Hoffmeister
Legal Expenses Claims
Kurfürst Allgemeine Versicherung AG
"""
    return (mail(139, "Lars Hoffmeister <lars.hoffmeister@kurfuerst-versicherung.example>",
                 "Dr. Carsten Osterhagen <c.osterhagen@privat-mail.example>",
                 "Family law consultation - claim R-2026-02561", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "judge's divorce with pension-splitting amounts (income, family law), no health")


def m140():
    body = """Hi Petra,

draft of the next FAQ entry for the English website - could you check
the tone? No customer cases in it.

---
Q: Does my policy pay for a Heilpraktiker (non-medical practitioner)?

A: The federal Beihilfe and most federal states reimburse treatment by
a Heilpraktiker only up to fixed maximum amounts per treatment
("Höchstbeträge") and exclude certain methods altogether. Our top-up
tariffs B20-B50 pay their percentage of the same maximum amounts. If
you want more, our supplementary tariff BE pays up to 80 % of the
remaining costs, up to 800 EUR a year, for methods listed in the
Hufeland directory - for example acupuncture, homeopathy or
osteopathy. Please send us the invoice with the diagnosis and the
treatment items (GebüH numbers).
---

Thanks!
Sean
"""
    return (mail(140, "Sean Mulcahy <sean.mulcahy@kurfuerst-versicherung.example>",
                 "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "FAQ draft: Heilpraktiker", body),
            "NORMAL", "en", "internal",
            "trap: FAQ draft on naturopath reimbursement, no person")


def m141():
    body = """Sehr geehrte Frau Dr. Wachtendonk,

vielen Dank für die Unterlagen zu Ihrer Rechtsschutzanfrage
(RS 6 377 140, Baustein Dienstrecht).

Ihr Antrag auf Genehmigung einer Nebentätigkeit als Lehrbeauftragte an
der Hochschule Koblenz (4 SWS, Vergütung 3.840 EUR je Semester) wurde von
Ihrer Dienststelle, dem Landesamt für Umwelt, mit Bescheid vom
10.02.2026 abgelehnt. Begründet wird dies mit der Höchstgrenze: Sie
beziehen bereits Einkünfte aus einer genehmigten Gutachtertätigkeit von
ca. 9.600 EUR jährlich, zusammen würde die Grenze von 40 % Ihres
jährlichen Endgrundgehalts (A 15) überschritten.

Für den Widerspruch und eine mögliche Klage vor dem Verwaltungsgericht
besteht Versicherungsschutz. Schadennummer: R-2026-02583.

Mit freundlichen Grüßen

Lars Hoffmeister
Schadenservice Rechtsschutz
Kurfürst Allgemeine Versicherung AG
"""
    return (mail(141, "Lars Hoffmeister <lars.hoffmeister@kurfuerst-versicherung.example>",
                 "Dr. Ruth Wachtendonk <r.wachtendonk@lfu-mail.example>",
                 "Rechtsschutz Nebentätigkeit – R-2026-02583", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "named official's side income and pay grade in a legal-expenses claim")


def m142():
    body = """Dear Mr Abernathy,

as requested for your tax adviser, the attached archive contains the
list of all invoices we reimbursed for you and your family in 2025
(CSV) and our annual summary (PDF). The password for the archive is not
needed - please store it safely.

Kind regards
Customer Service Health
Kurfürst Krankenversicherung a.G.
"""
    lst = csvb("""date;person;provider;type;invoice_eur;paid_eur;tariff
2025-01-14;Ian Abernathy;Dr. Schöneberger, internal medicine;gastroscopy, biopsy (K21.0);412.66;206.33;B50
2025-03-02;Ian Abernathy;Apotheke am Dom;pantoprazole 40 mg;38.20;19.10;B50
2025-04-22;Clara Abernathy;Dr. Weiland, gynaecology;check-up, ultrasound;164.18;49.25;B30
2025-06-09;Finn Abernathy;Kinderarztpraxis Gonsenheim;tonsillitis (J03.9), antibiotic;96.30;19.26;B20
2025-09-30;Ian Abernathy;Zahnarztpraxis Dr. Lenz;filling, professional cleaning;318.45;159.23;B50
2025-11-18;Clara Abernathy;Physio Rheinufer;6 x physiotherapy (neck);192.00;57.60;B30
""")
    summ = pdf([
        "Kurfürst Krankenversicherung a.G. - Leistungsübersicht 2025",
        "Versicherungsnehmer: Ian Abernathy, Vers.-Nr. 31 702 551-9",
        "Mitversichert: Clara Abernathy (B30), Finn Abernathy (B20)",
        "Erstattungen gesamt 2025: 510,77 EUR",
        "Keine Beitragsrückerstattung für 2025 (Leistungen in Anspruch genommen).",
    ])
    z = zipf([("Abernathy_2025/claims_2025.csv", lst), ("Abernathy_2025/summary_2025.pdf", summ)])
    return (mail(142, "Kundenservice Kranken <service@kurfuerst-versicherung.example>",
                 "Ian Abernathy <ian.abernathy@uni-rheinhessen.example>",
                 "Your documents for the tax return 2025", body,
                 atts=[("Abernathy_claims_2025.zip", "application/zip", z)]),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "ZIP with CSV of the family's treatments and diagnoses (K21.0, J03.9) and PDF summary")


def m143():
    body = """Hallo zusammen / hello all,

wir bekommen immer öfter Anfragen von Bundesbeamten, die zu EU-
Institutionen abgeordnet oder beurlaubt werden. Kurz die Regeln,
damit wir einheitlich antworten:

- Abordnung (secondment as "national expert", SNE): Beihilfe from the
  German employer continues - our B-tariffs stay unchanged; worldwide
  cover option recommended.
- Beurlaubung ohne Bezüge (leave on personal grounds, EU staff contract):
  no Beihilfe during leave -> the EU's Joint Sickness Insurance Scheme
  (JSIS) covers them; our contract can be switched to a standby policy
  (Anwartschaft) to keep the terms for the return.
- Kinder: Beihilfe für Kinder läuft bei Abordnung weiter, bei
  Beurlaubung nicht.

Bitte keine individuellen Zusagen ohne Rücksprache mit Grundsatz
Leistung.

Petra / International Desk
"""
    return (mail(143, "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "kundenservice-kv@kurfuerst-versicherung.example",
                 "EU-Abordnung / EU secondment - how we answer", body),
            "NORMAL", "mixed", "internal",
            "trap: general rules for seconded civil servants (Beihilfe, JSIS), no person")


def m144():
    body = """Sehr geehrter Herr Prof. Castellanos,
dear Professor Castellanos,

welcome to Germany! Your household contents policy is in place / Ihre
Hausratversicherung ist angelegt:

  policy / Vertrag:         HR 5 998 317
  insured address:          Am Römerberg 3, 55270 Zornheim
  sum insured:              95,000 EUR
  start / Beginn:           01.03.2026

Your removal goods from Ann Arbor (container, Maersk, B/L MAEU 2201 9934)
are covered until they arrive in Zornheim (sea transit cover, valuation
as per inventory list of 68 items, incl. a Steinway upright piano,
value 14,000 EUR).

Die Prämie von 186,40 EUR p.a. wird jährlich abgebucht. The premium of
186.40 EUR per year will be debited annually from your new account at
Mainzer Volksbank.

Mit freundlichen Grüßen / Kind regards
Petra Lindqvist
"""
    return (mail(144, "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "Prof. Diego Castellanos <d.castellanos@uni-rheinhessen.example>",
                 "Ihre Hausratversicherung / your household insurance HR 5 998 317", body),
            "CONFIDENTIAL", "mixed", "insurer-to-customer",
            "named professor's household policy, address and valuable removal goods")


def m145():
    body = """Thank you for your e-mail.

I am out of the office until 9 March 2026 with limited access to e-mail.
For questions about claims, Beihilfe or your policy please contact our
International Desk team at international@kurfuerst-versicherung.example
or +49 6131 4482-140.

Please do not send medical reports or invoices by unencrypted e-mail;
use the upload in your customer portal instead.

Petra Lindqvist
"""
    return (mail((145, (2026, 2, 27, 16, 40)), "Petra Lindqvist <petra.lindqvist@kurfuerst-versicherung.example>",
                 "Dr. Julien Moreau-Kaplan <moreau-kaplan@mpi-chemie-mz.example>",
                 "Out of office: Re: Claims overview 2026", body,
                 headers=[("Auto-Submitted", "auto-replied")]),
            "NORMAL", "en", "insurer-to-customer",
            "trap: out-of-office mentioning claims, medical reports - no content")


def m146():
    body = """Dear Dr Sauer,

Re: Dr Aoife Brennan-Stahl, policy 31 655 830-2 - your letter of
20 February 2026 (rescission of contract)

We act for Dr Brennan-Stahl, Akademische Rätin at the University of
Trier. A power of attorney is attached.

You rescinded the contract under § 19 (2) VVG on the ground that our
client did not disclose a "recurrent depressive disorder" (F33.1) and
outpatient psychotherapy in 2020 in her application of 14 May 2024.

Our client disputes that she was asked about this in a way she could
understand. The application was completed with your field agent in
German; our client's German was then at B1 level and the question
"Bestanden in den letzten 5 Jahren Beschwerden oder Behandlungen
psychischer Art?" was, as she recalls, explained to her as referring
to "psychiatric hospital treatment". She had 12 sessions of counselling
after her father's death, which she did not regard as treatment of an
illness. She has not been treated since 2020 and works full time.

In addition, the application was made within six months of her
appointment as a civil servant on 1 December 2023 (Öffnungsaktion); in
that case you would have accepted her in any event, with a surcharge
of at most 30 %. Rescission is therefore excluded under § 19 (4) VVG.

We ask you to withdraw the rescission by 3 April 2026.

Yours sincerely
Niamh O'Rourke, Rechtsanwältin
O'Rourke & Pietsch Rechtsanwälte, Trier
"""
    fwd = "Zur Kenntnis Recht Kranken – Anwaltsschreiben (engl.) zum Rücktritt Brennan-Stahl. Bitte Stellungnahme vorbereiten. M. Sauer\n\n"
    return (mail(146, "Dr. Matthias Sauer <matthias.sauer@kurfuerst-versicherung.example>",
                 "Dr. Anja Pohlmann <anja.pohlmann@kurfuerst-versicherung.example>",
                 "FW: Rescission Brennan-Stahl - lawyer's letter", fwd + body),
            "STRICTLY_CONFIDENTIAL", "en", "lawyer",
            "lawyer's letter on rescission: recurrent depression F33.1, psychotherapy, personal line")


def m147():
    text = """Sehr geehrter Herr Dreesbach,

hier Ihre Beitragsrechnung 2026 für Ihre Sachversicherungen:

Hausrat HR 5 661 209                 168,40 EUR
Privathaftpflicht PHV 3 377 812       72,90 EUR
Diensthaftpflicht Lehrer DH 7 208 651 98,40 EUR
Glas GL 1 104 388                     31,20 EUR
Summe                                370,90 EUR

Abbuchung am 01.04.2026 von IBAN DE54 2519 0001 0601 2384 75
(Kontoinhaber: Volker Dreesbach), Mandatsreferenz KV-SACH-5661209.

Mit freundlichen Grüßen
Kurfürst Allgemeine Versicherung AG
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrter Herr Dreesbach,</p>
<p>hier Ihre Beitragsrechnung 2026 für Ihre Sachversicherungen:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Vertrag</th><th>Nummer</th><th>Jahresbeitrag</th></tr>
<tr><td>Hausrat</td><td>HR 5 661 209</td><td>168,40 EUR</td></tr>
<tr><td>Privathaftpflicht</td><td>PHV 3 377 812</td><td>72,90 EUR</td></tr>
<tr><td>Diensthaftpflicht Lehrer</td><td>DH 7 208 651</td><td>98,40 EUR</td></tr>
<tr><td>Glas</td><td>GL 1 104 388</td><td>31,20 EUR</td></tr>
<tr><td colspan="2"><b>Summe</b></td><td><b>370,90 EUR</b></td></tr>
</table>
<p>Abbuchung am 01.04.2026 von IBAN DE54 2519 0001 0601 2384 75 (Kontoinhaber: Volker Dreesbach),
Mandatsreferenz KV-SACH-5661209.</p>
<p>Mit freundlichen Grüßen<br>Kurfürst Allgemeine Versicherung AG</p>
</body></html>"""
    return (mail(147, "Beitragsservice Sach <beitrag-sach@kurfuerst-versicherung.example>",
                 "Volker Dreesbach <v.dreesbach@schulen-nr.example>",
                 "Ihre Beitragsrechnung 2026", text, html=html),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "premium invoice for non-personal lines with the customer's IBAN (text + HTML table)")


def m148():
    body = """Liebe Kolleginnen und Kollegen,

am Donnerstag, 19. März, findet unser Gesundheitstag im Foyer statt:

09:00–12:00  Grippeschutzimpfung durch den Betriebsarzt (bitte Impfpass
             mitbringen; Anmeldung über das Intranet, begrenzte Plätze)
10:00–15:00  Rückencheck und Beratung zur Bildschirmarbeit
11:00        Vortrag "Stress im Kundenservice – was hilft?"
ganztägig    Blutdruck- und Blutzuckermessung (freiwillig, anonym,
             Ergebnisse nur für Sie)

Die Teilnahme ist Arbeitszeit. Ergebnisse werden nicht an Vorgesetzte
oder die Personalabteilung weitergegeben.

Euer Team Betriebliches Gesundheitsmanagement
"""
    return (mail((148, (2026, 3, 9, 9, 30)), "BGM <bgm@kurfuerst-versicherung.example>",
                 "alle@kurfuerst-versicherung.example",
                 "Gesundheitstag 19.03. – Grippeimpfung, Rückencheck", body),
            "NORMAL", "de", "internal",
            "trap: staff health day announcement (flu vaccination, blood pressure) - no person")


def m149():
    body = """Sehr geehrter Herr Kaltenbach,

vielen Dank für Ihre Mitteilung. Da Sie mit Ablauf des 31.07.2026 als
Polizeihauptkommissar in den Ruhestand treten, benötigen Sie die
Diensthaftpflicht nicht mehr. Wir beenden den Vertrag DH 7 119 334 wie
gewünscht zum 31.07.2026.

Den anteiligen Beitrag für August bis Dezember (32,50 EUR) erstatten wir
Ihnen auf Ihr Konto bei der Sparda-Bank.

Für Schäden aus Ihrer aktiven Dienstzeit, die erst nach dem
31.07.2026 geltend gemacht werden, besteht Nachhaftung von fünf Jahren.

Ihre Privathaftpflicht (PHV 3 109 225) läuft unverändert weiter. Als
Ruheständler erhalten Sie dort ab 01.08.2026 den Seniorentarif,
Beitrag künftig 54,10 EUR statt 71,80 EUR jährlich.

Wir wünschen Ihnen einen schönen Ruhestand!

Mit freundlichen Grüßen
Aylin Demir
Kundenservice
Kurfürst Allgemeine Versicherung AG
"""
    return (mail(149, "Aylin Demir <aylin.demir@kurfuerst-versicherung.example>",
                 "Gerd Kaltenbach <gerd.kaltenbach@t-netz.example>",
                 "Kündigung Diensthaftpflicht DH 7 119 334 zum Ruhestand", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "officer's retirement date and liability contracts (non-personal lines)")


def m150():
    body = """FYI - press release from the police union's federal board, might lead
to questions from our police customers.
Stefan

----- Forwarded -----
From: Police Union - Federal Press Office <press@polizeigewerkschaft-bund.example>
Subject: PRESS RELEASE: Union calls for free health care for all police officers

Berlin, 2 March 2026 - The police union calls on the federal states that
still grant Beihilfe instead of free health care ("Heilfürsorge") to
their police officers to change their systems by 2028.

"Officers in shift work, with night duty and constant exposure to
violence, have a higher risk of illness than other civil servants,"
said the union's chairwoman. "It is not acceptable that in some
states they have to buy a private top-up policy out of their own
pocket while colleagues in other states are fully covered."

The union also demands:
- that standby policies for officers with Heilfürsorge be subsidised
  by the employer;
- a statutory ban on risk surcharges for illnesses caused in the line
  of duty;
- faster recognition of PTSD as an occupational accident.

Press contact: press@polizeigewerkschaft-bund.example
"""
    return (mail((150, (2026, 3, 2, 15, 10)), "Stefan Wendt <stefan.wendt@kurfuerst-versicherung.example>",
                 "team-oed@kurfuerst-versicherung.example",
                 "FW: PRESS RELEASE: Union calls for free health care for all police officers", body),
            "NORMAL", "en", "newsletter",
            "trap: union press release on Heilfürsorge, PTSD, risk surcharges - no person")


# ------------------------------------------------------------------ build/check

LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
LANGS = ("de", "en", "mixed")
IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "BE": 16, "FR": 27, "IE": 22, "LU": 20, "CH": 21}


def all_mails():
    out = []
    for i in range(1, N_MAILS + 1):
        fn = globals()["m%03d" % i]
        msg, label, lang, kind, reason = fn()
        out.append((i, msg, label, lang, kind, reason))
    return out


def build():
    mdir = os.path.join(HERE, "mails")
    os.makedirs(mdir, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, msg, label, lang, kind, reason in all_mails():
        name = "d%d-%04d.eml" % (NN, i)
        buf = io.BytesIO()
        BytesGenerator(buf, policy=policy.SMTP).flatten(msg)
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(buf.getvalue())
        rows.append("\t".join([name, label, lang, kind, reason]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s and labels.tsv" % (N_MAILS, mdir))


# --- check helpers

def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _pdf_text(data, errs, where):
    if not data.startswith(b"%PDF-"):
        errs.append("%s: not a PDF" % where)
        return ""
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF", data)
    if not m or data[int(m.group(1)):int(m.group(1)) + 4] != b"xref":
        errs.append("%s: broken startxref" % where)
        return ""
    xref = int(m.group(1))
    hdr = re.match(rb"xref\s+0 (\d+)\s+", data[xref:])
    n = int(hdr.group(1))
    entries = re.findall(rb"(\d{10}) (\d{5}) ([nf]) ", data[xref:])
    for k, (off, _gen, typ) in enumerate(entries[:n]):
        if typ == b"n" and not data[int(off):].startswith(b"%d 0 obj" % k):
            errs.append("%s: xref offset of object %d wrong" % (where, k))
    texts = re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data)
    out = []
    for t in texts:
        t = re.sub(rb"\\(.)", rb"\1", t)
        out.append(t.decode("cp1252"))
    return "\n".join(out)


def _xml_text(data):
    dom = minidom.parseString(data)
    out = []

    def walk(n):
        if n.nodeType == n.TEXT_NODE:
            out.append(n.data)
        for c in n.childNodes:
            walk(c)
    walk(dom)
    return " ".join(out)


def _zip_text(data, errs, where, kind):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        errs.append("%s: bad zip" % where)
        return ""
    if z.testzip() is not None:
        errs.append("%s: zip CRC error" % where)
    names = z.namelist()
    out = []
    if kind in ("docx", "xlsx"):
        if "[Content_Types].xml" not in names:
            errs.append("%s: no [Content_Types].xml" % where)
    if kind in ("odt", "ods"):
        if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
            errs.append("%s: ODF mimetype not first/stored" % where)
    for nm in names:
        info = z.getinfo(nm)
        if info.date_time != ZIP_TS:
            errs.append("%s: zip timestamp not fixed (%s)" % (where, nm))
        b = z.read(nm)
        if nm.endswith(".xml") or nm.endswith(".rels"):
            try:
                out.append(_xml_text(b))
            except Exception as e:  # noqa
                errs.append("%s: XML %s does not parse: %s" % (where, nm, e))
        elif kind == "zip":
            out.append(_att_text(nm, None, b, errs, where + "/" + nm))
    return "\n".join(out)


def _att_text(fname, ctype, data, errs, where, charset=None):
    ext = fname.lower().rsplit(".", 1)[-1] if "." in fname else ""
    if ext == "pdf":
        return _pdf_text(data, errs, where)
    if ext in ("docx", "xlsx", "odt", "ods", "zip"):
        return _zip_text(data, errs, where, ext)
    if ext == "csv":
        txt = data.decode(charset or "utf-8")
        rows = list(csv.reader(io.StringIO(txt), delimiter=";" if ";" in txt.splitlines()[0] else ","))
        if len(rows) < 2 or len({len(r) for r in rows if r}) != 1:
            errs.append("%s: CSV rows of unequal length" % where)
        return txt
    if ext == "ics":
        txt = data.decode("utf-8")
        if not (txt.startswith("BEGIN:VCALENDAR\r\n") and txt.rstrip().endswith("END:VCALENDAR")):
            errs.append("%s: not an iCalendar file" % where)
        if re.search(r"(?<!\r)\n", txt):
            errs.append("%s: ICS without CRLF" % where)
        return txt
    if ext == "pem":
        txt = data.decode("ascii")
        if "BEGIN CERTIFICATE" not in txt:
            errs.append("%s: PEM without certificate" % where)
        return txt
    errs.append("%s: unknown attachment type %s" % (where, fname))
    return ""


def _msg_text(msg, errs, where):
    """All human-readable text of a message incl. attachments and nested mails."""
    out = []
    for h in ("From", "To", "Cc", "Reply-To", "Subject"):
        for v in msg.get_all(h, []):
            out.append(str(v))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == "message/rfc822":
                sub = part.get_payload()[0]
                out.append(_msg_text(sub, errs, where + "/rfc822"))
            continue
        fname = part.get_filename()
        if fname:
            data = part.get_payload(decode=True)
            out.append(_att_text(fname, ct, data, errs, where + "/" + fname,
                                 part.get_content_charset()))
        elif ct.startswith("text/"):
            out.append(part.get_content())
        else:
            errs.append("%s: unexpected part %s" % (where, ct))
    return "\n".join(out)


def check():
    errs = []
    mdir = os.path.join(HERE, "mails")
    files = sorted(f for f in os.listdir(mdir) if f.endswith(".eml"))
    want_files = ["d%d-%04d.eml" % (NN, i) for i in range(1, N_MAILS + 1)]
    if files != want_files:
        errs.append("mail files differ from d%d-0001 ... d%d-%04d" % (NN, NN, N_MAILS))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errs.append("labels.tsv: bad header")
    rows = [l.split("\t") for l in lines[1:] if l]
    if len(rows) != N_MAILS:
        errs.append("labels.tsv: %d rows" % len(rows))
    count = {k: 0 for k in LABELS}
    langs = {k: 0 for k in LANGS}
    for r in rows:
        if len(r) != 5 or not all(x.strip() for x in r):
            errs.append("labels.tsv: bad row %r" % (r,))
            continue
        if r[1] not in LABELS:
            errs.append("labels.tsv: bad label %r" % r[1])
            continue
        if r[2] not in LANGS:
            errs.append("labels.tsv: bad lang %r" % r[2])
        count[r[1]] += 1
        langs[r[2]] = langs.get(r[2], 0) + 1
        if r[4].startswith("trap:") and r[1] != "NORMAL":
            errs.append("%s: trap reason on a sensitive mail" % r[0])
    if [r[0] for r in rows] != want_files:
        errs.append("labels.tsv: file column out of order")
    if count != WANT:
        errs.append("label counts %r != %r" % (count, WANT))
    msgids, n_att, n_iban = set(), 0, 0
    for fn in files:
        raw = open(os.path.join(mdir, fn), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errs.append("%s: line ends are not CRLF" % fn)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg.get(h):
                errs.append("%s: header %s missing" % (fn, h))
        mid = msg.get("Message-ID")
        if mid in msgids:
            errs.append("%s: duplicate Message-ID" % fn)
        msgids.add(mid)
        for h in ("From", "To", "Cc", "Reply-To"):
            for v in msg.get_all(h, []):
                for a in v.addresses:
                    if not a.domain.lower().endswith(".example"):
                        errs.append("%s: %s domain %s" % (fn, h, a.domain))
        text = _msg_text(msg, errs, fn)
        n_att += sum(1 for p in msg.walk() if p.get_filename() or p.get_content_type() == "message/rfc822")
        for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if not dom.lower().endswith(".example"):
                errs.append("%s: mail domain %s" % (fn, dom))
        for host in re.findall(r"https?://([^/\s\"'<>)]+)", text):
            if not host.lower().endswith(".example"):
                errs.append("%s: URL host %s" % (fn, host))
        for m in re.finditer(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b", text):
            cand = m.group(1).replace(" ", "")
            if cand[:2] in IBAN_LEN:
                n_iban += 1
                if len(cand) != IBAN_LEN[cand[:2]] or not iban_ok(cand):
                    errs.append("%s: invalid IBAN %s" % (fn, m.group(1)))
    for e in errs:
        print("ERROR", e)
    print("mails: %d, labels: %s" % (len(files), ", ".join("%s %d" % kv for kv in count.items())))
    print("languages: %s" % ", ".join("%s %d" % kv for kv in langs.items()))
    print("attachments/forwarded parts: %d, IBAN occurrences checked: %d" % (n_att, n_iban))
    print("check: %s" % ("OK" if not errs else "%d error(s)" % len(errs)))
    return not errs


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
