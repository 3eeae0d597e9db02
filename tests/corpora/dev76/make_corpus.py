#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev76 for Siegel: motor and general liability claims with injured
third parties at the fictitious Lindenhof Versicherung AG, Kassel.

Every mail is written by hand in its own function m001 ... m150. The helpers
below only turn that content into MIME (email package, policy=SMTP) or into
attachment files (PDF, DOCX, XLSX, ODT, ODS, CSV, ICS, ZIP).

    python make_corpus.py          writes mails/d76-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses and validates everything

Standard library only, deterministic, no network.
"""
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
from email.utils import format_datetime, parsedate_to_datetime

NN = 76
SEED = 76
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
N = "NORMAL"
C = "CONFIDENTIAL"
S = "STRICTLY_CONFIDENTIAL"
ZIP_TIME = (2024, 11, 4, 8, 0, 0)

# legal footer the mail system appends to external mail (written once by hand)
FOOT_DE = (
    "--\r\n"
    "Lindenhof Versicherung AG · Wilhelmshöher Allee 212 · 34119 Kassel\r\n"
    "Sitz Kassel · Amtsgericht Kassel HRB 99871 · USt-IdNr. DE000000000\r\n"
    "Vorstand: Dr. Henrike Sahl (Vors.), Matthias Kern, Yvonne Drescher\r\n"
    "Vorsitzender des Aufsichtsrats: Rüdiger Bolle\r\n"
    "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der\r\n"
    "richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie\r\n"
    "diese E-Mail. Informationen zum Datenschutz: www.lindenhof-versicherung.example/datenschutz\r\n"
)
FOOT_EN = (
    "--\r\n"
    "Lindenhof Versicherung AG · Wilhelmshoeher Allee 212 · 34119 Kassel · Germany\r\n"
    "Registered office Kassel · Local court Kassel HRB 99871\r\n"
    "Management board: Dr Henrike Sahl (CEO), Matthias Kern, Yvonne Drescher\r\n"
    "This e-mail may contain confidential information. If you are not the intended\r\n"
    "recipient, please notify the sender and delete it. Privacy notice:\r\n"
    "www.lindenhof-versicherung.example/en/privacy\r\n"
)


# ---------------------------------------------------------------- MIME helpers
def _tz_offset(dt):
    """CET/CEST for a naive local datetime (last Sunday of March/October)."""
    def last_sunday(year, month):
        d = datetime.date(year, month, 31)
        return d - datetime.timedelta(days=(d.weekday() + 1) % 7)
    start = datetime.datetime.combine(last_sunday(dt.year, 3), datetime.time(2))
    end = datetime.datetime.combine(last_sunday(dt.year, 10), datetime.time(3))
    return 2 if start <= dt < end else 1


def _date(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    tz = datetime.timezone(datetime.timedelta(hours=_tz_offset(dt)))
    return format_datetime(dt.replace(tzinfo=tz))


def _text(s):
    # content is written with \n; the SMTP policy writes CRLF
    return s.replace("\r\n", "\n")


def mail(n, frm, to, subject, date, body=None, html=None, cc=None, atts=(),
         charset="utf-8", cte=None, flowed=False, reply=None, mailer=None,
         extra=None):
    """Assemble one message. n is the mail number (fixed ids and boundaries)."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = _date(date)
    stamp = date.replace("-", "").replace(" ", "").replace(":", "")
    msg["Message-ID"] = "<%s.d%02d-%04d@lindenhof-versicherung.example>" % (stamp, NN, n)
    if reply:
        msg["In-Reply-To"] = reply
        msg["References"] = reply
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in (extra or []):
        msg[k] = v
    if body is not None:
        kw = {"subtype": "plain", "charset": charset}
        if cte:
            kw["cte"] = cte
        msg.set_content(_text(body), **kw)
        if flowed:
            msg.set_param("format", "flowed")
        if html is not None:
            msg.add_alternative(_text(html), subtype="html", charset="utf-8")
    elif html is not None:
        msg.set_content(_text(html), subtype="html", charset="utf-8",
                        cte=cte or "quoted-printable")
    for a in atts:
        if isinstance(a, EmailMessage):
            msg.add_attachment(a, filename=None)
        elif isinstance(a, tuple) and len(a) == 2 and isinstance(a[1], EmailMessage):
            msg.add_attachment(a[1], filename=a[0])
        else:
            fn, ctype, data = a
            mt, st = ctype.split("/")
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary("----=_Part_d%02d_%04d_%d" % (NN, n, i))
    return msg


def inner(frm, to, subject, date, body, cc=None, charset="utf-8", atts=(), mid=None):
    """A forwarded original (message/rfc822)."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = _date(date)
    m["Message-ID"] = mid or "<orig.%s@%s>" % (date.replace("-", "").replace(" ", "").replace(":", ""),
                                               frm.split("@")[-1].rstrip(">"))
    m.set_content(_text(body), subtype="plain", charset=charset)
    for fn, ctype, data in atts:
        mt, st = ctype.split("/")
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    i = 0
    for part in m.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary("----=_Inner_%s_%d" % (m["Message-ID"].strip("<>").split("@")[0], i))
    return m


# ---------------------------------------------------------- attachment helpers
def _zip(entries, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        if stored_first:
            zi = zipfile.ZipInfo(stored_first[0], ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, stored_first[1])
        for name, data in entries:
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zipfile_of(entries):
    """ZIP archive from [(name, bytes)]."""
    return _zip(entries)


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def pdf(lines, title="Dokument"):
    """Simple text PDF (Helvetica, WinAnsi), one line per list item."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    pages = [lines[i:i + 60] for i in range(0, max(len(lines), 1), 60)] or [[]]
    objs = []
    npages = len(pages)
    kids = " ".join("%d 0 R" % (5 + 2 * k) for k in range(npages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, npages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(("<< /Title (%s) /Producer (Lindenhof DMS 4.2) /CreationDate (D:20241104080000+01'00') >>"
                 % esc(title)).encode("cp1252", "replace"))
    for k, pl in enumerate(pages):
        content = "BT /F1 10 Tf 13 TL 50 800 Td\n"
        for ln in pl:
            content += "(%s) Tj T*\n" % esc(ln)
        content += "ET\n"
        cb = content.encode("cp1252", "replace")
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * k)).encode())
        objs.append(b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"endstream")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ("%d 0 obj\n" % (i + 1)).encode() + o + b"\nendobj\n"
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref)).encode()
    return out


def docx(blocks):
    """blocks: str = paragraph, list of lists = table."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b))
        else:
            rows = []
            for r in b:
                cells = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c)
                                for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % (W, "".join(body)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: [(name, rows)]; numbers stay numbers, everything else inline strings."""
    ct_sheets = "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1)
                        for i in range(len(sheets)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.sheet.main+xml"/>%s</Types>' % ct_sheets)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s'
          '</sheets></workbook>' % "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(nm), i + 1, i + 1)
                                          for i, (nm, _) in enumerate(sheets)))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
              '</Relationships>' % "".join(
                  '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                  'relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1)
                  for i in range(len(sheets))))
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels)]
    for i, (_, rows) in enumerate(sheets):
        xr = []
        for r, row in enumerate(rows):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r + 1)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                elif v is None or v == "":
                    continue
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
            xr.append('<row r="%d">%s</row>' % (r + 1, "".join(cells)))
        ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s'
              '</sheetData></worksheet>' % "".join(xr))
        files.append(("xl/worksheets/sheet%d.xml" % (i + 1), ws))
    return _zip(files)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mimetype, body):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body>%s'
               '</office:body></office:document-content>' % (_ODF_NS, body))
    return _zip([("META-INF/manifest.xml", manifest), ("content.xml", content)],
                stored_first=("mimetype", mimetype))


def odt(paragraphs):
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join("<text:p>%s</text:p>" % _x(p) for p in paragraphs))


def ods(rows, name="Tabelle1"):
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p>'
                             '</table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                             % _x(v))
        xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>'
                % (_x(name), "".join(xr)))


def csvb(text, enc="utf-8"):
    """CSV written by hand as text; CRLF line ends, given encoding."""
    return _text(text).replace("\n", "\r\n").encode(enc)


def ics(text):
    return _text(text).replace("\n", "\r\n").encode("utf-8")


# --------------------------------------------------------------------- mails
def m001():
    csv = """Quartal;Sparte;Verletzungsart (Leitdiagnose);ICD-10-Gruppe;Anzahl Schäden;davon anwaltlich vertreten;Ø Schmerzensgeld EUR;Ø Laufzeit Tage
2024-Q3;KH;HWS-Distorsion;S13.4;412;301;1.870;214
2024-Q3;KH;Prellungen/Schürfwunden;S00-S90 (ohne Frakt.);288;129;640;96
2024-Q3;KH;Frakturen obere Extremität;S42/S52/S62;97;88;6.950;402
2024-Q3;KH;Frakturen untere Extremität;S72/S82;61;58;14.300;611
2024-Q3;KH;Schädel-Hirn-Trauma;S06;23;23;22.800;742
2024-Q3;KH;psychische Unfallfolgen;F43.-;19;17;4.100;530
2024-Q3;KH;Sonstige/unklar;-;44;21;980;188
2024-Q3;AH;Sturz (Verkehrssicherung);W01/W10;57;33;3.200;301
2024-Q3;AH;Hundebiss;W54;14;6;1.450;144
2024-Q3;KH;Summe;;1.015;676;;
"""
    body = """Hallo zusammen,

anbei wie jeden Monat die Auswertung Personenschäden, diesmal Q3 komplett. Grundlage ist der Abzug aus ClaimsDesk vom 07.10., Stichtag 30.09.

Auffällig:
- Anwaltsquote bei HWS jetzt bei 73 % (Q2: 68 %). Legal-Tech-Portale machen sich bemerkbar.
- Ø Laufzeit bei Frakturen untere Extremität weiter über 600 Tage, das hängt v. a. an den offenen Gutachten.
- Psychische Unfallfolgen (F43) stark gestiegen, allerdings auf niedrigem Niveau (19 Fälle). Fälle < 5 sind wie immer unter "Sonstige" zusammengefasst.

Die Werte sind ohne Großschäden > 250 TEUR, die kommen separat mit dem Rückversicherungsreport.

Bitte nicht extern weitergeben, das ist noch nicht mit dem Controlling abgestimmt.

Viele Grüße
Claudia Reimers
Schadencontrolling | Lindenhof Versicherung AG
Tel. 0561 7081-2290
"""
    msg = mail(1, "Claudia Reimers <claudia.reimers@lindenhof-versicherung.example>",
               "Abteilungsleitung Schaden <al-schaden@lindenhof-versicherung.example>",
               "Monatsreport Personenschaden – Q3 2024", "2024-10-08 09:14", body,
               cc="Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               atts=[("PS-Auswertung_2024-Q3.csv", "text/csv", csvb(csv, "cp1252"))])
    return msg, N, "de", "internal", "trap: aggregated personal-injury statistics with ICD groups, no person"


def m002():
    body = """Sehr geehrter Herr Blumenthal,

wie telefonisch besprochen haben wir den Schaden vom 14.09.2024 auf dem Parkplatz des Einkaufszentrums in Baunatal reguliert.

Schaden-Nr.: 51-24-011392
Versicherungsschein-Nr.: KF 402 118 337
Ihr Fahrzeug: KS-DB 220
Anspruchsteller: Herr Olaf Krummacher, Fahrzeug KS-OK 91 (Skoda Octavia)

Gezahlt haben wir an den Anspruchsteller:
Reparaturkosten netto lt. Kostenvoranschlag   1.486,20 EUR
Kostenpauschale                                  25,00 EUR
Summe                                          1.511,20 EUR

Verletzt wurde bei dem Vorfall niemand.

Da wir für Sie leisten mussten, wird Ihr Vertrag zum 01.01.2025 von SF 14 in SF 6 zurückgestuft. Sie haben die Möglichkeit, den Schaden innerhalb von sechs Monaten nach unserer Mitteilung zurückzukaufen, indem Sie uns den Betrag von 1.511,20 EUR erstatten. Nach unserer Berechnung lohnt sich das für Sie: Der Mehrbeitrag durch die Rückstufung läge in den nächsten Jahren bei insgesamt etwa 1.930 EUR.

Wenn Sie zurückkaufen möchten, überweisen Sie bitte unter Angabe der Schaden-Nr. auf unser Konto bei der Kasseler Sparkasse, IBAN DE44 5001 0517 5407 3249 31.

Mit freundlichen Grüßen

Mehmet Aydın
Kraftfahrt-Sachschaden
Telefon 0561 7081-4230

""" + FOOT_DE
    msg = mail(2, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Dieter Blumenthal <d.blumenthal@posteo-mail.example>",
               "Ihr Kfz-Haftpflichtschaden 51-24-011392 – Regulierung und Rückkaufmöglichkeit",
               "2024-10-08 11:02", body)
    return msg, C, "de", "insurer-to-customer", "named customer, policy and claim number, plate, SF class; property damage only, nobody hurt"


def m003():
    body = """Kanzlei Dr. Petersen & Kollegen
z. Hd. Herrn Rechtsanwalt Dr. Jan-Henrik Petersen
per E-Mail: petersen@kanzlei-petersen.example

Ihr Zeichen: 318/24 JP/ks
Unser Zeichen: 51-24-006618 / Kr
Unfall vom 02.05.2024, B 3 Kassel–Göttingen, Höhe Abzweig Dransfeld
Ihre Mandantin: Frau Anke Vossberg, geb. 17.03.1987
Unser VN: Herr Lothar Quentmeier

Sehr geehrter Herr Dr. Petersen,

wir kommen zurück auf Ihr Schreiben vom 19.09.2024 und den beigefügten Entlassungsbericht der Orthopädischen Klinik Hann. Münden sowie den Befundbericht von Frau Dr. med. Schwerdtfeger.

Die Haftung unseres Versicherungsnehmers ist dem Grunde nach unstreitig (Auffahrunfall).

Nach den vorliegenden Unterlagen hat Ihre Mandantin eine HWS-Distorsion (S13.4) sowie eine Thoraxprellung links (S20.2) erlitten. Es bestand Arbeitsunfähigkeit vom 02.05. bis 16.06.2024, danach wurden 12 Einheiten Physiotherapie verordnet. Im MRT vom 21.05.2024 zeigte sich kein Hinweis auf eine strukturelle Verletzung; der von Ihnen angesprochene Bandscheibenvorfall C5/C6 ist nach dem Bericht als degenerativ vorbestehend beschrieben.

Wir rechnen wie folgt ab:

1. Schmerzensgeld
   Unter Berücksichtigung der Beschwerdedauer von rund sechs Wochen und der fortdauernden Physiotherapie halten wir ein Schmerzensgeld von 2.500,00 EUR für angemessen.
2. Heilbehandlungskosten (Zuzahlungen Physiotherapie, Medikamente lt. Quittungen)  84,50 EUR
3. Fahrtkosten zu Arzt und Physiotherapie, 22 Fahrten à 18 km x 0,30 EUR  118,80 EUR
4. Haushaltsführungsschaden
   Für die Zeit der AU erkennen wir eine Minderung der Haushaltsführung von 30 % für 6 Wochen an, bei 18 Std./Woche und 10,00 EUR/Std.  324,00 EUR
5. Allgemeine Unkostenpauschale  25,00 EUR
                                                        --------------
Summe                                                  3.052,30 EUR

Den Betrag überweisen wir auf Ihr Kanzleikonto. Ihre Gebühren erstatten wir nach einem Gegenstandswert von 3.052,30 EUR (1,3 Geschäftsgebühr zzgl. Auslagen und USt.).

Soweit Ihre Mandantin weiterhin Beschwerden hat, bitten wir um einen aktuellen Befundbericht des behandelnden Orthopäden. Eine Abfindung können wir derzeit noch nicht anbieten.

Mit freundlichen Grüßen

i. A. Sabine Kröger
Schadenregulierung Kraftfahrt – Personenschaden
Lindenhof Versicherung AG
Telefon 0561 7081-4412 | Fax 0561 7081-4499

""" + FOOT_DE
    msg = mail(3, "Sabine Kröger <sabine.kroeger@lindenhof-versicherung.example>",
               "RA Dr. Jan-Henrik Petersen <petersen@kanzlei-petersen.example>",
               "Ihr Zeichen 318/24 JP/ks – Vossberg ./. Quentmeier – Abrechnung",
               "2024-10-08 15:47", body, cte="quoted-printable")
    return msg, S, "de", "insurer-to-lawyer", "claimant's injuries (S13.4, S20.2), sick leave, physiotherapy, birth date, Schmerzensgeld"


def m004():
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Motor Claims Pulse Q3/2024</title></head>
<body style="font-family:Arial,sans-serif;color:#1d2a3a;max-width:680px">
<table width="100%" style="background:#0b4f6c;color:#fff"><tr><td style="padding:14px">
<b>LINDENHOF</b> | Motor Claims Pulse &middot; Q3/2024</td></tr></table>
<h2>Whiplash claims: Europe is not one market</h2>
<p>Soft-tissue neck injuries (ICD-10 S13.4) remain the most frequent bodily injury in motor third-party liability.
But what a claimant receives differs widely. In Germany, courts typically award between EUR 500 and EUR 3,000 in
general damages for an uncomplicated whiplash injury. In the UK, the Whiplash Injury Regulations 2021 set a tariff;
in Italy, claims without objective clinical findings are rarely compensated at all.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e8f1f5"><th>Country</th><th>Share of BI claims that are whiplash</th><th>Typical general damages</th></tr>
<tr><td>Germany</td><td>approx. 40 %</td><td>EUR 500 &ndash; 3,000</td></tr>
<tr><td>United Kingdom</td><td>approx. 65 %</td><td>tariff GBP 240 &ndash; 4,345</td></tr>
<tr><td>Netherlands</td><td>approx. 35 %</td><td>EUR 750 &ndash; 2,500</td></tr>
<tr><td>Poland</td><td>approx. 30 %</td><td>PLN 3,000 &ndash; 15,000</td></tr>
</table>
<p style="font-size:12px">Source: Lindenhof international claims desk, market studies; rounded figures.</p>
<h3>Also in this issue</h3>
<ul>
<li>Rehab management: why early physiotherapy lowers total claims cost</li>
<li>Hire car charges after the latest BGH rulings</li>
<li>Our Claims Academy: new webinar dates for fleet managers</li>
</ul>
<p style="font-size:11px;color:#777">You receive this newsletter because you subscribed at
<a href="https://www.lindenhof-versicherung.example/newsletter">lindenhof-versicherung.example/newsletter</a>.
<a href="https://www.lindenhof-versicherung.example/newsletter/unsubscribe">Unsubscribe</a>.</p>
</body></html>
"""
    msg = mail(4, "Lindenhof Motor Claims Pulse <newsletter@lindenhof-versicherung.example>",
               "Partner distribution list <partner-news@lindenhof-versicherung.example>",
               "Motor Claims Pulse Q3/2024: whiplash across Europe", "2024-10-09 07:30", html=html,
               extra=[("List-Unsubscribe", "<https://www.lindenhof-versicherung.example/newsletter/unsubscribe>")])
    return msg, N, "en", "newsletter", "trap: newsletter on whiplash (S13.4) tariffs across Europe, market figures only"


def m005():
    body = """Dear Ms Dunmore,

Your ref: CD/PRY/4471
Our ref: 51-24-007702 (please quote on all correspondence)
Your client: Mr Gareth Pryce, date of birth 09/11/1979
Accident: 21 June 2024, motorway A7 southbound near Kassel-Nord, our policyholder's van changed lanes into your client's motorcycle

Thank you for your letter of 30 September. We confirm again that liability is not in dispute.

To value the claim we need the following documents:

1. Discharge letter from Klinikum Kassel (admission 21-27 June 2024). You mention a fracture of the left scaphoid and a tibial plateau fracture with surgery (ORIF) on 22 June. We have only the German operation note so far.
2. Your client's GP records from two years before the accident up to today. We note the reference in the A&E notes to a previous knee arthroscopy in 2019 and need to see whether there was any ongoing complaint.
3. The report of the physiotherapist in Swansea and the expected end of treatment.
4. For the loss of earnings claim: your client is a self-employed electrician. Please send his tax returns (SA302) for 2021/22, 2022/23 and 2023/24 and the accountant's statement of profit for the period off work. The figure of GBP 4,850 per month in your schedule appears high compared with the returns you enclosed for 2022/23 (net profit GBP 38,260).

We are prepared to make an interim payment of EUR 7,500 on account of general damages. Please confirm the client account to which we should transfer the amount; we do not pay to the claimant directly while he is represented.

We also propose a medical examination by an orthopaedic surgeon; as your client lives in Wales, we are happy to instruct a UK expert of your choice from a list of three names we will send you.

Kind regards

Hannah Kowalczyk
International Claims Desk – Bodily Injury
Lindenhof Versicherung AG
Phone +49 561 7081-4710

""" + FOOT_EN
    msg = mail(5, "Hannah Kowalczyk <hannah.kowalczyk@lindenhof-versicherung.example>",
               "Charlotte Dunmore <c.dunmore@harrowgate-finch.example>",
               "Your client Mr G. Pryce – accident 21.06.2024 – our ref 51-24-007702",
               "2024-10-09 10:21", body)
    return msg, S, "en", "insurer-to-lawyer", "UK claimant's fractures, surgery, GP records, date of birth and self-employed income"


def m006():
    body = """Sehr geehrter Herr Lüdtke,

bitte erstellen Sie für uns ein Schadengutachten (Haftpflicht) zu folgendem Fall:

Schaden-Nr.: 51-24-011870
Schadentag: 23.09.2024, Kassel, Frankfurter Straße / Ecke Kohlenstraße
Anspruchstellerin: Frau Petra Scholz-Nadler, Tischbeinstraße 41, 34121 Kassel
Telefon: 0561 2839-114 (tagsüber erreichbar ab 14 Uhr)
Fahrzeug: VW Golf VIII Variant, amtl. Kennzeichen KS-PN 418, EZ 03/2021, ca. 38.000 km
Besichtigungsort: Autohaus Fiedler, Leipziger Straße 160, Kassel (Fahrzeug steht dort)

Schadenhergang lt. Anspruchstellerin: Unser VN ist beim Abbiegen mit dem linken vorderen Kotflügel gegen die Beifahrerseite gefahren. Vordere und hintere Tür rechts eingedrückt, Seitenwand hinten rechts beschädigt.

Bitte beachten Sie:
- Es liegt bereits ein Kostenvoranschlag des Autohauses über 6.912,44 EUR netto vor (anbei nicht, folgt per Post).
- Bitte prüfen Sie Wertminderung und Reparaturdauer, die Anspruchstellerin macht Nutzungsausfall geltend.
- Falls Totalschaden: bitte Restwertangebote aus der regionalen Börse, mindestens drei.

Die Gebühren rechnen Sie bitte nach der BVSK-Honorarbefragung ab. Bitte vereinbaren Sie den Termin direkt mit Frau Scholz-Nadler.

Vielen Dank und freundliche Grüße
Mehmet Aydın
Kraftfahrt-Sachschaden
Lindenhof Versicherung AG, Tel. 0561 7081-4230

""" + FOOT_DE
    msg = mail(6, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Kfz-Sachverständigenbüro Lüdtke <auftrag@sv-luedtke.example>",
               "Gutachtenauftrag 51-24-011870 – Scholz-Nadler, KS-PN 418", "2024-10-09 13:05", body)
    return msg, C, "de", "insurer-to-assessor", "vehicle damage appraisal order: named claimant, address, phone, plate"


def m007():
    cal = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:schadenakademie-2024-11-12-ps01@lindenhof-versicherung.example
DTSTAMP:20241010T080000Z
DTSTART;TZID=W. Europe Standard Time:20241112T090000
DTEND;TZID=W. Europe Standard Time:20241112T160000
SUMMARY:Schadenakademie: Personenschaden kompakt – Schmerzensgeldbemessung und HWS-Fälle
LOCATION:Schulungsraum 3.14\\, Zentrale Kassel / MS Teams
ORGANIZER;CN=Jens Albers:mailto:jens.albers@lindenhof-versicherung.example
DESCRIPTION:Agenda: Schmerzensgeldtabellen richtig lesen\\; HWS-Distorsion S13
 .4 – Rechtsprechung und Biomechanik\\; Haushaltsführungsschaden nach Pardey\\;
 Verdienstausfall bei Selbständigen\\; Regress der Sozialversicherungsträger
  (§ 116 SGB X). Bitte Laptop mitbringen.
END:VEVENT
END:VCALENDAR
"""
    body = """Liebe Kolleginnen und Kollegen,

hiermit lade ich euch zur nächsten Präsenzschulung der Schadenakademie ein. Zielgruppe sind die neuen Kolleginnen und Kollegen in KH-Personenschaden und AH-Schaden sowie alle, die ihre Regulierungsvollmacht auf 25 TEUR erweitern möchten.

Inhalte:
- Schmerzensgeldtabellen (Hacks/Wellner/Häcker, Slizyk) richtig lesen
- HWS-Distorsion: was die Rechtsprechung zur Harmlosigkeitsgrenze heute sagt
- Haushaltsführungsschaden nach Pardey, mit Rechenübung
- Verdienstausfall bei Angestellten und Selbständigen
- Regress der Kranken- und Unfallversicherungsträger, Teilungsabkommen

Wir arbeiten ausschließlich mit anonymisierten Übungsfällen. Bitte keine echten Akten mitbringen.

Anmeldung bitte über die Terminanfrage.

Viele Grüße
Jens Albers
Schadenakademie
"""
    msg = mail(7, "Jens Albers <jens.albers@lindenhof-versicherung.example>",
               "KH-Personenschaden <kh-personenschaden@lindenhof-versicherung.example>",
               "Einladung: Personenschaden kompakt am 12.11.2024", "2024-10-10 10:00", body,
               cc="AH-Schaden <ah-schaden@lindenhof-versicherung.example>",
               atts=[("einladung.ics", "text/calendar", ics(cal))])
    return msg, N, "de", "internal", "trap: training invitation on pain and suffering, whiplash and SGB X recourse, no case"


def m008():
    body = """Sehr geehrte Frau Köhler,

wir bestellen hiermit zu den Konditionen Ihres Angebots Nr. 2024-0877 vom 02.10.2024:

Pos. 1  40 Stück  Kfz-Verbandkasten nach DIN 13164:2022, Softbox   à 9,80 EUR
Pos. 2  40 Stück  Warnweste EN ISO 20471, gelb                    à 2,15 EUR
Pos. 3   6 Stück  Betriebsverbandkasten DIN 13157, Wandhalterung   à 41,90 EUR
Pos. 4   2 Stück  Ersatz-Elektrodenpads für AED Lifeguard P2      à 58,00 EUR

Die Verbandkästen sind für unsere Poolfahrzeuge (Außenregulierung und Sachverständige) bestimmt, die Betriebsverbandkästen für die Etagen 2 bis 7 der Zentrale.

Lieferanschrift: Lindenhof Versicherung AG, Warenannahme Tor 2, Wilhelmshöher Allee 212, 34119 Kassel
Rechnungsanschrift: wie oben, Kostenstelle 4410 (Fuhrparkmanagement)
Bestellnummer: BANF 4500187233, bitte auf der Rechnung angeben.

Liefertermin: bis 31.10.2024.

Mit freundlichen Grüßen
Ines Wollenweber
Einkauf / Facility Management
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(8, "Ines Wollenweber <ines.wollenweber@lindenhof-versicherung.example>",
               "Sanitätsbedarf Köhler GmbH <vertrieb@koehler-sanibedarf.example>",
               "Bestellung BANF 4500187233 – Verbandkästen und AED-Pads", "2024-10-10 14:26", body)
    return msg, N, "de", "insurer-to-supplier", "trap: purchase of first-aid kits and AED pads for pool cars"


def m009():
    rows = [
        ["Forderungsaufstellung BKK Weserbergland – Regress § 116 SGB X", "", "", "", ""],
        ["Versicherter", "Marco Lindqvist, geb. 28.08.1991, KVNR R418227736", "", "", ""],
        ["Schadentag", "11.04.2024", "", "", ""],
        ["Position", "Zeitraum", "Leistungserbringer", "Diagnose/Leistung", "Betrag EUR"],
        ["Rettungsdienst", "11.04.2024", "Rettungsdienst Landkreis Kassel", "RTW-Einsatz", 812.00],
        ["Krankenhaus stationär", "11.04.–19.04.2024", "Klinikum Kassel", "DRG I13B, S82.2 Tibiaschaftfraktur li., OPS 5-790.2f", 9846.31],
        ["Anschlussheilbehandlung", "06.05.–27.05.2024", "Reha-Zentrum Bad Wildungen", "AHB orthopädisch", 3118.50],
        ["Heilmittel", "06/2024–09/2024", "Physio am Königstor", "KG, 36 Einheiten", 1044.00],
        ["Hilfsmittel", "04/2024", "Sanitätshaus Rupp", "Unterarmgehstützen, Orthese", 186.40],
        ["Krankengeld", "23.05.–30.08.2024", "", "100 Tage à 74,12", 7412.00],
        ["Summe", "", "", "", 22419.21],
        ["Quote lt. Teilungsabkommen 55 %", "", "", "", 12330.57],
    ]
    body = """Sehr geehrte Frau Wiegand,

vielen Dank für Ihre Forderungsaufstellung vom 24.09.2024 zu Ihrem Versicherten Herrn Marco Lindqvist (Ihr Az. R-2024-0415-LI, unser Schaden 51-24-004129).

Wir haben die Aufstellung übernommen (siehe Anlage) und wie folgt geprüft:

- Die Krankenhauskosten (DRG I13B) und die AHB erkennen wir an.
- Das Krankengeld erkennen wir für die Zeit bis 30.08.2024 an. Für die Zeit danach bitten wir um Vorlage der AU-Bescheinigungen; nach dem Bericht des Reha-Zentrums war Herr Lindqvist ab 02.09. wieder arbeitsfähig für leichte Tätigkeiten.
- Die Hilfsmittelrechnung des Sanitätshauses Rupp bitten wir in Kopie nachzureichen.

Es gilt das Teilungsabkommen vom 01.01.2019 mit einer Quote von 55 %; das Limit von 40.000 EUR ist nicht überschritten. Wir überweisen daher 12.330,57 EUR unter Angabe Ihres Aktenzeichens.

Mit freundlichen Grüßen
Julia Brandhorst
Regress / Teilungsabkommen
Lindenhof Versicherung AG
Tel. 0561 7081-4615

""" + FOOT_DE
    msg = mail(9, "Julia Brandhorst <julia.brandhorst@lindenhof-versicherung.example>",
               "BKK Weserbergland Regress <regress@bkk-weserbergland.example>",
               "Ihr Az. R-2024-0415-LI / unser Schaden 51-24-004129 – Teilungsabkommen",
               "2024-10-10 16:12", body,
               atts=[("Forderung_Lindqvist_geprueft.xlsx",
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      xlsx([("Forderung", rows)]))])
    return msg, S, "de", "insurer-to-health-insurer", "health insurer recourse: named insured, hospital DRG, fracture, rehab, sick pay"


def m010():
    rows = [
        ["Lindenhof Versicherung AG – Fleet claims report September 2024", "", "", "", "", "", "", ""],
        ["Customer: Meridian Field Services Deutschland GmbH", "Fleet policy FL 77 30 4412", "", "", "", "", "", ""],
        ["Claim no.", "Date", "Plate", "Driver", "Type", "Third party", "Paid EUR", "Reserve EUR"],
        ["52-24-020114", "2024-09-02", "DO-MF 1207", "Kevin Straub", "Parking damage, rear bumper", "yes", 1840.55, 0],
        ["52-24-020388", "2024-09-06", "DO-MF 1318", "Aylin Kaya", "Rear-end collision at lights, no injuries", "yes", 0, 4200],
        ["52-24-020901", "2024-09-13", "KS-MF 2231", "Marek Nowicki", "Mirror clipped by lorry", "no", 312.00, 0],
        ["52-24-021455", "2024-09-19", "DO-MF 1402", "Sven Hollmann", "Gate of customer's premises damaged", "yes", 0, 2600],
        ["52-24-021872", "2024-09-27", "KS-MF 2240", "Jana Pietsch", "Windscreen (stone chip)", "no", 389.90, 0],
    ]
    body = """Dear Mr de Graaf,

please find attached the monthly claims report for your German fleet for September 2024.

Five new claims, all property damage only. Two third-party claims are still open:
- 52-24-020388 (Ms Kaya): the other party's lawyer has sent a repair estimate, we expect to settle in October. No personal injury claimed.
- 52-24-021455 (Mr Hollmann): the damaged gate belongs to a client of yours in Dortmund; their facility manager is getting quotes.

Year to date your loss ratio stands at 61 % (same period last year 74 %). The drop is mostly due to fewer parking damages since the reversing cameras were retrofitted.

Happy to go through it in our quarterly call on 24 October.

Best regards
Patrick Nowak
Key Account Manager Fleet
Lindenhof Versicherung AG | +49 561 7081-3310

""" + FOOT_EN
    msg = mail(10, "Patrick Nowak <patrick.nowak@lindenhof-versicherung.example>",
               "Ruud de Graaf <r.degraaf@meridian-fs.example>",
               "Fleet claims report 09/2024 – Meridian Field Services Deutschland", "2024-10-11 08:45", body,
               cc="Lisa Brenner <l.brenner@meridian-fs.example>",
               atts=[("Meridian_claims_2024-09.xlsx",
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      xlsx([("Sep 2024", rows)]))])
    return msg, C, "en", "insurer-to-company", "fleet claims list with named drivers, plates and claim numbers, no injuries"


def m011():
    body = """Thank you for your message.

I am out of the office until Monday, 21 October 2024, and have no access to my e-mails.

For urgent matters concerning bodily injury claims from the UK and Ireland, please contact my colleague Daniel Reuter (daniel.reuter@lindenhof-versicherung.example, +49 561 7081-4712). Green Card matters from other countries: ic-desk@lindenhof-versicherung.example.

Your e-mail will not be forwarded.

Hannah Kowalczyk
International Claims Desk
"""
    msg = mail(11, "Hannah Kowalczyk <hannah.kowalczyk@lindenhof-versicherung.example>",
               "Daniel Reuter <daniel.reuter@lindenhof-versicherung.example>",
               "Automatic reply: IC desk rota November", "2024-10-11 12:00", body,
               extra=[("Auto-Submitted", "auto-replied")])
    return msg, N, "en", "internal", "trap: out-of-office mentioning bodily injury claims, no case"


def m012():
    body = """Sehr geehrter Herr Kollege Hempel,

in der Schadensache Ihres Mandanten Herrn Kai-Uwe Pfannkuch (Ihr Az. 241/24, unser Schaden 51-24-009214, Unfall vom 29.07.2024 in Vellmar) rechnen wir auf Grundlage des Gutachtens des SV Lüdtke vom 16.08.2024 wie folgt ab:

Reparaturkosten netto lt. Gutachten           4.118,63 EUR
merkantile Wertminderung                        350,00 EUR
Sachverständigenkosten                          842,70 EUR
Nutzungsausfall 8 Tage à 43,00 EUR (Gruppe D)   344,00 EUR
Kostenpauschale                                  25,00 EUR
                                              ------------
                                              5.680,33 EUR

Die geltend gemachten Abschleppkosten (214,20 EUR) sind nicht nachgewiesen. Das Fahrzeug war nach dem Gutachten fahrbereit; bitte senden Sie uns die Rechnung des Abschleppunternehmens, falls es dennoch abgeschleppt wurde.

Die Zahlung erfolgt wie gewünscht auf Ihr Anderkonto
Kontoinhaber: Rechtsanwalt Jörg Hempel
IBAN DE90 5206 2215 0007 1246 06
Verwendungszweck: 241/24 Pfannkuch / 51-24-009214

Ihre Gebührenrechnung vom 04.09. gleichen wir gesondert aus.

Mit freundlichen Grüßen

Mehmet Aydın
Lindenhof Versicherung AG
Kraftfahrt-Sachschaden

""" + FOOT_DE
    msg = mail(12, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Rechtsanwalt Jörg Hempel <kanzlei@ra-hempel.example>",
               "AW: Pfannkuch ./. Lindenhof – Ihr Az. 241/24", "2024-10-11 14:33", body,
               reply="<241-24-pfannkuch.3@ra-hempel.example>")
    return msg, C, "de", "insurer-to-lawyer", "property damage settlement for named claimant; sole lawyer's trust account IBAN"


def m013():
    lines = [
        "Lindenhof Versicherung AG – Prozessabteilung",
        "Stellungnahme zur Klage fuer den Prozessbevollmaechtigten",
        "",
        "LG Kassel, Az. 4 O 1187/24",
        "Klaegerin: Jana Ostermeier, Hegelsbergstrasse 9, 34127 Kassel, geb. 02.12.1984",
        "Beklagte zu 1: Lindenhof Versicherung AG; Beklagter zu 2: Thorsten Bickel (VN/Fahrer)",
        "Unfall vom 18.01.2023, Auffahrunfall Kreuzung Holländische Str. / Weserspitze",
        "",
        "1. Haftung dem Grunde nach: unstreitig (Auffahrunfall, VN hat Ampelphase verkannt).",
        "",
        "2. Kausalitaet der Verletzungen: bestritten.",
        "   Die Klaegerin behauptet einen unfallbedingten Bandscheibenvorfall L4/L5 (M51.1)",
        "   mit Ausstrahlung ins rechte Bein, mikrochirurgische Operation am 14.06.2023",
        "   (Klinik am Weinberg), seitdem chronisches Schmerzsyndrom (R52.2) und",
        "   Einnahme von Tilidin/Naloxon 100/8 mg.",
        "   Nach dem Befund der Erstbehandlung (Notaufnahme Marienkrankenhaus, 18.01.2023)",
        "   wurden lediglich Nackenschmerzen bei HWS-Distorsion (S13.4) dokumentiert.",
        "   Lumbale Beschwerden sind erst am 27.02.2023 beim Hausarzt vermerkt.",
        "   Im Vorerkrankungsverzeichnis der Techniker-Kasse (Anlage B 3) finden sich",
        "   Behandlungen wegen Lumboischialgie (M54.4) in 2019 und 2021.",
        "",
        "3. Beweisangebot: biomechanisches Gutachten (kollisionsbedingte",
        "   Geschwindigkeitsaenderung nach Reparaturkosten von 2.104 EUR ca. 8-10 km/h)",
        "   und orthopaedisches Sachverstaendigengutachten.",
        "",
        "4. Hoehe: Das geforderte Schmerzensgeld von 25.000 EUR ist ueberhoeht.",
        "   Fuer die HWS-Distorsion sind bereits 1.500 EUR vorgerichtlich gezahlt.",
        "   Verdienstausfall (Klaegerin ist Erzieherin, Teilzeit 75 %, netto 2.140 EUR)",
        "   fuer 11 Monate wird bestritten, soweit er auf die LWS-Beschwerden gestuetzt ist.",
        "",
        "5. Vergleichsbereitschaft: bis 4.000 EUR zusaetzlich, Abstimmung mit Dr. Wendland.",
        "",
        "Kassel, 14.10.2024 – Svenja Mertens, Prozessabteilung",
    ]
    body = """Sehr geehrter Herr Lange,

in der Sache LG Kassel 4 O 1187/24 übersende ich Ihnen unsere Stellungnahme zur Klage als PDF. Die Anlagen B 1 bis B 6 (Notaufnahmebericht, Hausarztkartei, Vorerkrankungsverzeichnis, Fotos der Fahrzeuge, Reparaturrechnung, Abrechnungsschreiben) folgen über den sicheren Dateiaustausch.

Die Klageerwiderungsfrist läuft am 28.11.2024 ab. Für Rückfragen bin ich bis Freitag im Haus.

Mit freundlichen Grüßen
Svenja Mertens
Prozessabteilung / Rechtsschutz Schaden
Lindenhof Versicherung AG
Telefon 0561 7081-4830

""" + FOOT_DE
    msg = mail(13, "Svenja Mertens <svenja.mertens@lindenhof-versicherung.example>",
               "RA Dr. Konstantin Lange <lange@brueckner-lange.example>",
               "LG Kassel 4 O 1187/24 – Stellungnahme zur Klage", "2024-10-14 11:20", body,
               atts=[("Stellungnahme_4O1187-24.pdf", "application/pdf",
                      pdf(lines, "Stellungnahme 4 O 1187/24"))])
    return msg, S, "de", "insurer-to-lawyer", "harmless body; PDF to panel counsel holds plaintiff's disc prolapse, surgery, opioid, prior illnesses, income"


def m014():
    blocks = [
        "Schadenakademie – Baustein 4: Haushaltsführungsschaden",
        "Übungsfall (fiktiv). Alle Namen und Daten sind frei erfunden.",
        "Geschädigte: Erika Musterfrau (fiktiv), 42 Jahre, 4-Personen-Haushalt, Teilzeit berufstätig.",
        "Verletzung im Übungsfall: Radiusfraktur rechts (S52.5), Gips 6 Wochen, danach Physiotherapie.",
        "Aufgabe 1: Ermitteln Sie den wöchentlichen Arbeitszeitbedarf nach Tabelle 8 (Pardey, Der Haushaltsführungsschaden, 10. Aufl.).",
        "Aufgabe 2: Bestimmen Sie die konkrete Beeinträchtigung (MdH) je Zeitabschnitt.",
        [["Zeitraum", "MdH", "Std./Woche", "Stundensatz EUR", "Wochen", "Betrag EUR"],
         ["Woche 1–6", "60 %", "38,5", "12,00", "6", "1.663,20"],
         ["Woche 7–10", "30 %", "38,5", "12,00", "4", "554,40"],
         ["Woche 11–14", "10 %", "38,5", "12,00", "4", "184,80"],
         ["Summe", "", "", "", "", "2.402,40"]],
        "Hinweis: Der Stundensatz ist regional unterschiedlich; die OLG-Rechtsprechung liegt derzeit zwischen 8,50 und 14,00 EUR netto.",
        "Lösungsweg und Diskussion in der Präsenzschulung am 12.11.2024.",
    ]
    body = """Hi zusammen,

wie versprochen vorab die Unterlage zum Baustein Haushaltsführungsschaden mit dem Übungsfall. Bitte bis zur Schulung einmal durchrechnen, die Musterlösung gibt es erst vor Ort.

Gruß
Jens
"""
    msg = mail(14, "Jens Albers <jens.albers@lindenhof-versicherung.example>",
               "Teilnehmende Schadenakademie <akademie-ps-2024-11@lindenhof-versicherung.example>",
               "Vorbereitung Baustein 4 – Haushaltsführungsschaden", "2024-10-14 16:05", body,
               atts=[("Baustein4_Haushaltsfuehrungsschaden_Uebung.docx",
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      docx(blocks))])
    return msg, N, "de", "internal", "trap: training DOCX with fictitious injured person and fracture code"


def m015():
    body = """Hallo Frank,

kannst du bei Frau Hollenbach einen Hausbesuch machen? Ich denke, wir sollten hier früh mit Reha-Management einsteigen, bevor sich das verfestigt. Die Anwältin ist einverstanden, Telefonnummer der Mandantin steht unten. Bitte auch den Haushaltsführungsschaden vor Ort aufnehmen (zwei Kinder, 4 und 7).

Danke dir
Sabine

-------- Weitergeleitete Nachricht --------
Betreff: Hollenbach ./. Lindenhof – Unfall 06.08.2024 – Ihr Schaden 51-24-009980
Datum: Fri, 11 Oct 2024 15:02:41 +0200
Von: RAin Miriam Rademacher <m.rademacher@voss-rademacher.example>
An: kh-personenschaden@lindenhof-versicherung.example

Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Frau Birgit Hollenbach, Am Lindenberg 7, 37269 Eschwege, mit der Wahrnehmung ihrer Interessen beauftragt hat. Vollmacht anbei.

Unsere Mandantin wurde am 06.08.2024 als Radfahrerin auf der L 3403 bei Eschwege von Ihrem Versicherungsnehmer beim Überholen erfasst. Sie erlitt eine Tibiakopffraktur rechts (S82.1) sowie eine Radiusköpfchenfraktur links (S52.1). Die Tibiakopffraktur wurde am 07.08.2024 im Klinikum Werra-Meißner osteosynthetisch versorgt, stationär bis 16.08.2024. Seit 02.09.2024 befindet sich unsere Mandantin in einer ambulanten Rehabilitation; eine Vollbelastung ist frühestens ab Dezember zu erwarten. Sie ist als Pflegefachkraft in Vollzeit tätig und seit dem Unfall arbeitsunfähig.

Unsere Mandantin ist verheiratet und hat zwei Kinder im Alter von 4 und 7 Jahren. Sie hat den Haushalt bis zum Unfall überwiegend allein geführt. Derzeit wird sie von ihrer Mutter unterstützt.

Wir machen geltend:
1. einen Vorschuss auf das Schmerzensgeld von 10.000 EUR,
2. Haushaltsführungsschaden, vorläufig 1.800 EUR,
3. Zuzahlungen und Fahrtkosten lt. Anlage,
4. Sachschaden am Fahrrad (Pedelec, Rechnung anbei) 2.340 EUR.

Einem Hausbesuch durch Ihren Außendienst stimmt unsere Mandantin zu, bitte Terminabsprache unter 05651 339-482.

Mit freundlichen Grüßen
Rademacher
Rechtsanwältin
Voss Rademacher Rechtsanwälte, Hannover
"""
    msg = mail(15, "Sabine Kröger <sabine.kroeger@lindenhof-versicherung.example>",
               "Frank Hüsing <frank.huesing@lindenhof-versicherung.example>",
               "WG: Hollenbach ./. Lindenhof – Unfall 06.08.2024 – Ihr Schaden 51-24-009980",
               "2024-10-15 08:37", body, charset="utf-8", cte="8bit", flowed=True,
               mailer="Mozilla Thunderbird 115.15.0")
    return msg, S, "de", "lawyer", "inline-forwarded lawyer letter: cyclist's fractures, surgery, rehab, sick leave, family"


def m016():
    body = """Dear Sir or Madam,

Your insured: Van Rijswijk Transport B.V., Nijmegen – lorry registration 73-BKL-4
Your ref.: unknown
Our ref.: 53-24-003318 (recourse)
Accident: 02 August 2024, A44 Dortmund–Kassel, car park Rasthof Hasselburg

Our policyholder, Mr Holger Wiese (Warburg), had parked his car, Audi A4 Avant, registration HX-HW 808, in the car park of the service area. While manoeuvring, your insured's lorry hit the rear left side of the vehicle. The driver of the lorry left his details with the station staff and admitted fault in writing (copy attached to our letter of 20 August). Nobody was in the car and nobody was injured.

We have indemnified our policyholder under his comprehensive (Vollkasko) cover:

Repair costs (net, invoice Autohaus Weber, Warburg)   EUR 7,318.40
Expert's fee                                         EUR   521.60
Total                                                EUR 7,840.00

Our policyholder's own excess of EUR 300 and his loss of use are claimed directly by him.

Under § 86 VVG his claim against your insured has passed to us. Please pay EUR 7,840.00 within 30 days to:
Lindenhof Versicherung AG, IBAN DE44 5001 0517 5407 3249 31, reference 53-24-003318.

This is our second request. Without a reply by 15 November 2024 we will instruct the Dutch Green Card bureau.

Yours faithfully
Daniel Reuter
International Claims Desk / Recourse
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(16, "Daniel Reuter <daniel.reuter@lindenhof-versicherung.example>",
               "Zeeland Schadeverzekeringen <claims@zeeland-schade.example>",
               "Recourse claim 53-24-003318 – your insured Van Rijswijk Transport – second request",
               "2024-10-15 10:40", body)
    return msg, C, "en", "insurer-to-partner", "recourse for named policyholder's car damage, plate; nobody injured"


def m017():
    body = """PRESSEMITTEILUNG

Lindenhof Versicherung: Wildunfälle im Herbst – jetzt besonders vorsichtig fahren

Kassel, 16. Oktober 2024. Mit der Zeitumstellung am 27. Oktober fällt der Berufsverkehr wieder in die Dämmerung – und damit in die Zeit, in der Rehe, Wildschweine und Hirsche besonders aktiv sind. Die Lindenhof Versicherung hat im vergangenen Jahr rund 4.800 Wildunfälle reguliert, 12 Prozent mehr als im Vorjahr. Der durchschnittliche Schaden lag bei 3.460 Euro.

"Die meisten Wildunfälle gehen mit Blechschaden aus, aber jeder zehnte Unfall, bei dem ein Fahrer ausweicht, endet mit Verletzten", sagt Dr. Tobias Wendland, Leiter Personenschaden bei der Lindenhof. "Wer ausweicht, riskiert einen Baum oder den Gegenverkehr. Deshalb gilt: Bremsen, Lenkrad festhalten, hupen – und nicht ausweichen."

Was nach einem Wildunfall zu tun ist:
- Unfallstelle sichern, Warnblinker, Warnweste, Warndreieck
- Bei Verletzten den Notruf 112 wählen und Erste Hilfe leisten
- Polizei oder Jagdpächter informieren, das Tier nicht anfassen
- Wildunfallbescheinigung ausstellen lassen, Fotos machen

Über die Lindenhof Versicherung
Die Lindenhof Versicherung AG mit Sitz in Kassel versichert rund 610.000 Fahrzeuge und ist Partner von über 2.000 Vermittlern.

Pressekontakt:
Carolin Benecke, Unternehmenskommunikation
presse@lindenhof-versicherung.example, Telefon 0561 7081-1020
"""
    msg = mail(17, "Lindenhof Presse <presse@lindenhof-versicherung.example>",
               "Presseverteiler <presseverteiler@lindenhof-versicherung.example>",
               "PM: Wildunfälle im Herbst – jetzt besonders vorsichtig fahren", "2024-10-16 09:00", body)
    return msg, N, "de", "newsletter", "trap: press release on deer collisions and injuries, statistics only"


def m018():
    body = """Ticket INC0098812 – updated by Oliver Strate (IT Service Desk)

Short description: ClaimsDesk – upload of medical reports (Arztberichte) fails for PDFs > 20 MB
Category: Application / ClaimsDesk / Document upload
Priority: 3 – moderate
Affected group: KH-Personenschaden, AH-Schaden

Work notes:
We reproduced the issue with a 23 MB test PDF (scanned dummy document, no customer data). The upload stops at 99 % and the DMS returns HTTP 413. Root cause is the new reverse proxy limit introduced with change CHG0041190 on 14 Oct. The vendor has confirmed that the limit should be 100 MB for the medical-report document class ("ARZTBERICHT", "GUTACHTEN_MED").

Workaround until the fix (planned with the release on 23 Oct): split large scans with the PDF tool in the software centre, or ask the sender for a version with lower scan resolution. Please do NOT send medical documents via personal mailboxes or USB sticks as a workaround.

Next update: 22 Oct.

--
IT Service Desk | Lindenhof Versicherung AG | ext. 7777
"""
    msg = mail(18, "IT Service Desk <it-servicedesk@lindenhof-versicherung.example>",
               "KH-Personenschaden <kh-personenschaden@lindenhof-versicherung.example>",
               "[INC0098812] ClaimsDesk – upload of medical reports fails (>20 MB)", "2024-10-16 13:18", body)
    return msg, N, "en", "internal", "trap: IT ticket about uploading medical reports, dummy file only"


def m019():
    body = """Dear colleagues,

Patient: Mr Joris Bakker, born 14 February 1996, Arnhem
Admission: 28 August 2024, via emergency department
Our claim reference: 51-24-010655

We are the motor liability insurer of the car driver who collided with Mr Bakker on 28 August 2024 in Zevenaar while he was cycling. Mr Bakker is claiming compensation from us through his legal adviser, Van der Meulen Advocaten, Utrecht.

To assess the claim we kindly ask for:
- the discharge summary (ontslagbrief) of his stay from 28 August to 4 September 2024,
- the operation report for the treatment of the clavicle fracture and the surgical report on the splenic injury, if any surgery took place,
- a short statement on the current state and the expected duration of outpatient treatment,
- your invoice for the inpatient treatment, if it is not covered by his Dutch health insurer.

Mr Bakker's signed authorisation releasing you from medical confidentiality towards our company and our consulting physician is attached to this e-mail via his lawyer's letter of 2 October (PDF, page 3). We will of course reimburse your fees for the report; please send your invoice with the report.

As the documents contain health data, we kindly ask you to send them by the secure link that we will send in a separate message, and not as a normal e-mail attachment.

Kind regards

Hannah Kowalczyk
International Claims Desk – Bodily Injury
Lindenhof Versicherung AG, Kassel, Germany
Phone +49 561 7081-4710

""" + FOOT_EN
    msg = mail(19, "Hannah Kowalczyk <hannah.kowalczyk@lindenhof-versicherung.example>",
               "Medische Administratie Ziekenhuis De Linde <medische.administratie@delinde-ziekenhuis.example>",
               "Request for medical records – Mr J. Bakker (born 14-02-1996) – our ref 51-24-010655",
               "2024-10-17 09:55", body)
    return msg, S, "en", "insurer-to-hospital", "Dutch cyclist's hospital stay, clavicle fracture, spleen injury; date of birth"


def m020():
    body = """Sehr geehrte Frau Demirtaş,

wir haben eine Schadenmeldung zu Ihrem Kfz-Haftpflichtvertrag erhalten.

Versicherungsschein-Nr.: KF 409 774 210
Schaden-Nr.: 51-24-012206
Ihr Fahrzeug: KS-GD 19 (Renault Clio)
Schadentag: 12.10.2024, Kassel, Parkhaus Friedrichsplatz

Herr Stefan Wolters aus Baunatal teilt uns mit, dass Sie beim Ausparken mit Ihrem Fahrzeug gegen die Fahrertür seines Fahrzeugs (KS-SW 4402) gestoßen sind. Verletzt wurde nach seinen Angaben niemand. Er verlangt Ersatz der Reparaturkosten.

Bevor wir regulieren, brauchen wir Ihre Schilderung. Bitte füllen Sie die Schadenanzeige aus, entweder online unter www.lindenhof-versicherung.example/schaden mit der Schaden-Nr. oder auf dem Formular, das wir Ihnen per Post schicken. Bitte sagen Sie uns auch, ob es Zeugen gibt.

Wichtig: Bitte geben Sie gegenüber Herrn Wolters kein Schuldanerkenntnis ab und zahlen Sie nichts selbst. Wir prüfen für Sie, ob und in welcher Höhe der Anspruch berechtigt ist, und wehren unberechtigte Forderungen ab.

Wir freuen uns über Ihre Antwort innerhalb von zwei Wochen.

Mit freundlichen Grüßen

Mehmet Aydın
Kraftfahrt-Sachschaden
Telefon 0561 7081-4230

""" + FOOT_DE
    msg = mail(20, "Kfz-Schaden Lindenhof <kfz-schaden@lindenhof-versicherung.example>",
               "Gülay Demirtaş <guelay.demirtas@webpost.example>",
               "Ihr Vertrag KF 409 774 210 – Schadenmeldung 51-24-012206", "2024-10-17 11:31", body)
    return msg, C, "de", "insurer-to-customer", "customer and third party named, policy/claim numbers, plates; nobody injured"


def m021():
    body = """Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

ab dem 4. November 2024 können Ihre Kundinnen und Kunden Kfz-Schäden rund um die Uhr über unsere neue Online-Schadenmeldung melden – mit Foto-Upload und Rückrufwunsch.

Das ändert sich für Sie:
- Sie sehen neue Schadenmeldungen Ihrer Kunden am nächsten Werktag in Ihrem Maklerportal (Bestandsrechte vorausgesetzt).
- Über die BiPRO-Schnittstelle erhält Ihr MVP die Schadennummer und den Status.
- Haftpflichtschäden mit Verletzten bitten wir weiterhin telefonisch unter 0561 7081-4400 zu melden. Unser Team Personenschaden ruft innerhalb von 24 Stunden zurück und kümmert sich auf Wunsch um Reha-Management.

Die Online-Strecke erreichen Sie unter www.lindenhof-versicherung.example/schaden. Eine Kurzanleitung für Ihre Kundenkommunikation finden Sie im Maklerportal unter Downloads > Schaden.

Fragen beantwortet gern Ihre Maklerbetreuung.

Mit freundlichen Grüßen
Ihre Lindenhof Versicherung AG
Maklervertrieb Komposit

Sie erhalten diese Information als Vertriebspartner der Lindenhof Versicherung AG.
"""
    msg = mail(21, "Lindenhof Maklervertrieb <maklerinfo@lindenhof-versicherung.example>",
               "Vertriebspartner Komposit <makler-komposit@lindenhof-versicherung.example>",
               "Maklerinfo 19/2024: Neue Online-Schadenmeldung Kfz ab 04.11.", "2024-10-17 14:00", body)
    return msg, N, "de", "insurer-to-broker", "trap: broker circular on claim reporting incl. injured persons, no case"


def m022():
    body = """Dear Mr Whitlock,

thank you for calling us yesterday. As discussed, here is a short summary in English.

Your policy: KF 411 208 655 (motor liability and partial cover)
Claim number: 51-24-012317
Your vehicle: KS-AW 714 (Ford Kuga)
Date: 15 October 2024, car park of the Rewe supermarket in Kassel-Wilhelmshöhe

The owner of the other car, Ms Renate Hofmeister, says you scratched the left rear door of her car (KS-RH 2) when reversing. She has a note from another shopper with your registration number. You told us you did not notice any contact.

What we need from you:
1. A short written statement in your own words (English is fine).
2. Photos of your rear bumper, if you still have the car in its current condition.
3. Please let us know whether you want us to have your car inspected by an independent expert.

Please do not pay Ms Hofmeister directly. If she contacts you, refer her to us with the claim number above.

Nobody was injured, so this is a property damage claim only. If we have to pay, it will count as a claim in your no-claims class (SF). We will explain the options once the amount is known.

Kind regards
Mehmet Aydın
Motor Claims – Property Damage
Lindenhof Versicherung AG
Phone +49 561 7081-4230

""" + FOOT_EN
    msg = mail(22, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Aaron Whitlock <aaron.whitlock@mailbox-de.example>",
               "Your claim 51-24-012317 – summary of our call", "2024-10-18 10:12", body)
    return msg, C, "en", "insurer-to-customer", "expat customer's policy and claim numbers, plates, third party named; no injury"


def m023():
    body = """Sehr geehrter Herr Ebeling,

wir kommen auf Ihre Schadenanzeige vom 30.09.2024 zum Unfall vom 26.09.2024 am Fußgängerüberweg Wolfhager Straße zurück (Schaden-Nr. 51-24-011101, Versicherungsschein KF 402 655 190).

Inzwischen hat sich die Tochter der verletzten Fußgängerin, Frau Ilse Marquardt, bei uns gemeldet. Frau Marquardt (78 Jahre) hat bei dem Sturz eine Oberschenkelhalsfraktur links erlitten und wurde im Klinikum Kassel mit einer Hüftprothese versorgt. Sie befindet sich derzeit in der geriatrischen Frührehabilitation; ob sie wieder allein in ihrer Wohnung leben kann, ist nach Auskunft der Tochter offen.

Sie haben uns außerdem mitgeteilt, dass die Staatsanwaltschaft Kassel gegen Sie ein Ermittlungsverfahren wegen fahrlässiger Körperverletzung (§ 229 StGB) eingeleitet hat (Az. 4622 Js 18734/24) und Sie zur Stellungnahme aufgefordert wurden.

Dazu unsere Hinweise:
1. Die zivilrechtlichen Ansprüche von Frau Marquardt regulieren wir für Sie. Bitte leiten Sie uns jedes Schreiben der Familie oder eines Anwalts sofort weiter und geben Sie selbst keine Zusagen ab.
2. Im Strafverfahren vertreten wir Sie nicht. Bitte prüfen Sie, ob Sie eine Verkehrsrechtsschutzversicherung haben, und besprechen Sie eine Stellungnahme zuerst mit einem Anwalt. Sie müssen sich zum Vorwurf nicht äußern.
3. Für unsere Haftungsprüfung bitten wir um die Kopie des Anhörungsbogens und, sobald vorhanden, die Akteneinsicht über Ihren Anwalt.

Wir wissen, dass Sie dieser Unfall sehr belastet. Wenn Sie Fragen haben, rufen Sie mich gern direkt an.

Mit freundlichen Grüßen

Sabine Kröger
Schadenregulierung Kraftfahrt – Personenschaden
Telefon 0561 7081-4412

""" + FOOT_DE
    msg = mail(23, "Sabine Kröger <sabine.kroeger@lindenhof-versicherung.example>",
               "Reinhard Ebeling <r.ebeling@t-net.example>",
               "Ihr Schaden 51-24-011101 – Unfall vom 26.09.2024", "2024-10-18 13:44", body)
    return msg, S, "de", "insurer-to-customer", "pedestrian's hip fracture and rehab; criminal investigation against the customer"


def m024():
    plain = """Hallo Team,

hier die neuen Entscheidungen für unsere interne Schmerzensgeld-Übersicht (Stand 21.10.2024). Alle Urteile sind veröffentlicht, Parteien anonymisiert; ich habe nur Gericht, Az., Verletzungen und Betrag übernommen.

Gericht / Az.                    | Verletzung                                   | ICD     | Betrag
OLG Celle 14 U 88/23             | HWS-Distorsion, 4 Wochen AU                  | S13.4   | 1.000 EUR
LG Nürnberg-Fürth 8 O 4409/22    | Kalkaneusfraktur, 2 OPs, Dauerschaden        | S92.0   | 25.000 EUR
OLG Hamm 7 U 61/23               | Schädel-Hirn-Trauma II°, Wesensänderung      | S06.2   | 80.000 EUR
LG Köln 32 O 11/23               | PTBS nach Auffahrunfall, Psychotherapie 1 J. | F43.1   | 7.500 EUR
OLG Frankfurt 11 U 19/24         | Hundebiss Unterarm, Narbe                    | S51.8   | 3.000 EUR

Bitte beachtet: Die Beträge sind Einzelfälle und ersetzen nicht die Prüfung im konkreten Fall. Die komplette Tabelle liegt im Teams-Kanal "PS-Wissen".

Viele Grüße
Tobias
"""
    html = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hallo Team,</p>
<p>hier die neuen Entscheidungen f&uuml;r unsere interne Schmerzensgeld-&Uuml;bersicht (Stand 21.10.2024). Alle Urteile sind ver&ouml;ffentlicht, Parteien anonymisiert; ich habe nur Gericht, Az., Verletzungen und Betrag &uuml;bernommen.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Gericht / Az.</th><th>Verletzung</th><th>ICD</th><th>Betrag</th></tr>
<tr><td>OLG Celle 14 U 88/23</td><td>HWS-Distorsion, 4 Wochen AU</td><td>S13.4</td><td>1.000 EUR</td></tr>
<tr><td>LG N&uuml;rnberg-F&uuml;rth 8 O 4409/22</td><td>Kalkaneusfraktur, 2 OPs, Dauerschaden</td><td>S92.0</td><td>25.000 EUR</td></tr>
<tr><td>OLG Hamm 7 U 61/23</td><td>Sch&auml;del-Hirn-Trauma II&deg;, Wesens&auml;nderung</td><td>S06.2</td><td>80.000 EUR</td></tr>
<tr><td>LG K&ouml;ln 32 O 11/23</td><td>PTBS nach Auffahrunfall, Psychotherapie 1 J.</td><td>F43.1</td><td>7.500 EUR</td></tr>
<tr><td>OLG Frankfurt 11 U 19/24</td><td>Hundebiss Unterarm, Narbe</td><td>S51.8</td><td>3.000 EUR</td></tr>
</table>
<p>Bitte beachtet: Die Betr&auml;ge sind Einzelf&auml;lle und ersetzen nicht die Pr&uuml;fung im konkreten Fall. Die komplette Tabelle liegt im Teams-Kanal &quot;PS-Wissen&quot;.</p>
<p>Viele Gr&uuml;&szlig;e<br>Tobias</p>
</body></html>
"""
    msg = mail(24, "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "KH-Personenschaden <kh-personenschaden@lindenhof-versicherung.example>",
               "Schmerzensgeld-Übersicht: neue Entscheidungen Oktober", "2024-10-21 08:20", plain, html=html)
    return msg, N, "de", "internal", "trap: published court decisions with injuries, ICD codes and amounts, no parties"


def m025():
    body = """Tobias,

zur Info und mit der Bitte um Freigabe der Reserve. Die Kanzlei hat jetzt den vollständigen Claims Notification Form geschickt. Mrs Hurst war Beifahrerin im britischen Mietwagen, unser VN (Herr Gerd Pollmann, KF 404 118 902) ist an der Kreuzung B 83 / Kasseler Straße in Hofgeismar vorfahrtswidrig eingebogen. Haftung 100 % bei uns.

Ich würde die Reserve von 8.000 auf 35.000 EUR anheben (Schulter-OP wahrscheinlich, plus UK-Verdienstausfall). Einverstanden?

Gruß Daniel

-----Ursprüngliche Nachricht-----
Von: Priya Okafor <p.okafor@bramley-okafor.example>
Gesendet: Montag, 21. Oktober 2024 11:07
An: ic-desk@lindenhof-versicherung.example
Betreff: Our client Mrs Danielle Hurst – RTA 03/09/2024, Hofgeismar – your ref 51-24-010902

Dear Sirs

We act for Mrs Danielle Hurst (DOB 22/06/1984) of 14 Carrow Road, Norwich, in respect of injuries sustained in the road traffic accident on 3 September 2024 when your insured's vehicle collided with the hire car in which our client was a front-seat passenger.

Our client was taken to Kreisklinik Hofgeismar and discharged the same evening with a diagnosis of whiplash-associated disorder grade II and a contusion of the right shoulder. Since her return to the UK she has continued to suffer shoulder pain; an MRI at the Norfolk and Norwich hospital on 10 October showed a partial-thickness supraspinatus tear. Her GP has referred her to an orthopaedic surgeon. She also reports anxiety when travelling by car and has been prescribed sertraline 50 mg.

Our client is employed as a dental hygienist on a salary of GBP 36,500 per annum and has been signed off work since 4 September 2024.

Please confirm your position on liability within 21 days and that you will fund early rehabilitation (physiotherapy and CBT) under the Rehabilitation Code.

Yours faithfully
Bramley Okafor Solicitors
"""
    msg = mail(25, "Daniel Reuter <daniel.reuter@lindenhof-versicherung.example>",
               "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "WG: Our client Mrs Danielle Hurst – RTA 03/09/2024 – Reserve 51-24-010902",
               "2024-10-21 12:15", body, mailer="Microsoft Outlook 16.0")
    return msg, S, "mixed", "lawyer", "German note plus quoted UK solicitor letter: passenger's injuries, MRI, antidepressant, salary, DOB"


def m026():
    body = """Sehr geehrter Herr Dr. Lange,

in dem Rechtsstreit

Amtsgericht Kassel, Az. 435 C 2281/24
Rainer Gottschalk ./. Lindenhof Versicherung AG und Yvonne Pflug
(unser Schaden 51-24-005530, Unfall vom 03.04.2024, Kassel-Bettenhausen)

bitten wir Sie, uns und unsere Versicherungsnehmerin Frau Pflug zu vertreten. Klage ist am 07.10.2024 zugestellt, Frist zur Verteidigungsanzeige zwei Wochen.

Zum Sachverhalt: Die Haftung haben wir vorgerichtlich zu 100 % anerkannt und die Reparaturkosten, die Wertminderung und die Sachverständigenkosten vollständig bezahlt (insgesamt 6.214,88 EUR). Streitig sind allein die Mietwagenkosten:

- Der Kläger hat für 16 Tage einen Mercedes C-Klasse bei der Autovermietung Sommer GmbH angemietet, Rechnung 3.612,00 EUR brutto (Unfallersatztarif).
- Die Reparaturdauer lt. Gutachten beträgt 6 Arbeitstage. Die Werkstatt hat das Fahrzeug erst nach 9 Tagen erhalten, weil der Kläger das Gutachten abwarten wollte.
- Sein eigenes Fahrzeug (Skoda Superb, Gruppe F) rechtfertigt allenfalls eine Anmietung in Gruppe F. Nach Fraunhofer/Schwacke-Mittelwert halten wir für 10 Tage 980,00 EUR für angemessen; gezahlt haben wir 1.100,00 EUR.
- Eine Anmietung ohne vorherige Preisvergleiche trotz Hinweis in unserem Schreiben vom 05.04.2024 (Anlage).

Personenschäden werden nicht geltend gemacht.

Streitwert nach unserer Rechnung: 2.512,00 EUR. Die Akte stellen wir Ihnen über den Datenraum bereit; die Zugangsdaten kommen separat.

Mit freundlichen Grüßen
Svenja Mertens
Prozessabteilung
Lindenhof Versicherung AG
Telefon 0561 7081-4830

""" + FOOT_DE
    msg = mail(26, "Svenja Mertens <svenja.mertens@lindenhof-versicherung.example>",
               "RA Dr. Konstantin Lange <lange@brueckner-lange.example>",
               "Mandat: AG Kassel 435 C 2281/24 – Gottschalk ./. Lindenhof u. a. (Mietwagenkosten)",
               "2024-10-22 09:30", body)
    return msg, C, "de", "insurer-to-lawyer", "property damage lawsuit: named plaintiff and customer, claim number; no injuries"


def m027():
    rows = [
        ["Lindenhof Versicherung AG – Motor TPL XL 2024, large loss bordereau (anonymised)", "", "", "", "", "", ""],
        ["Period: accident years 2019-2024, status 30/09/2024, amounts in EUR", "", "", "", "", "", ""],
        ["Loss ref (RI)", "Accident year", "Injury category", "Age band", "Paid", "Outstanding", "Incurred"],
        ["XL-19-004", 2019, "Severe brain injury", "18-25", 1210400, 2930000, 4140400],
        ["XL-20-011", 2020, "Paraplegia", "26-35", 960000, 3150000, 4110000],
        ["XL-21-002", 2021, "Fatal, 3 dependants", "36-45", 812300, 95000, 907300],
        ["XL-22-007", 2022, "Multiple fractures, loss of earnings", "46-55", 410800, 690000, 1100800],
        ["XL-23-003", 2023, "Tetraplegia", "18-25", 305000, 5800000, 6105000],
        ["XL-24-001", 2024, "Amputation lower limb", "26-35", 60000, 1440000, 1500000],
        ["Total", "", "", "", 3758500, 14105000, 17863500],
    ]
    body = """Dear Alistair,

as agreed for the renewal meeting, please find attached the updated large loss bordereau for the motor TPL excess of loss programme. Figures as at 30 September 2024.

The list is in the anonymised format we agreed in 2022 (RI reference, accident year, injury category, age band only). Claim files for individual losses above the notification threshold are shared through the secure data room in the usual way.

Main movements since the last bordereau:
- XL-23-003: reserve increased by EUR 1.9m following the care needs report; we now assume lifelong 24h care at home.
- XL-21-002: the dependency claim was settled in August; we expect to close the file in Q1 2025.
- XL-24-001 is new.

We would like to discuss the indexation clause and the capitalisation of annuities (Rentenkapitalisierung) in the renewal.

Best regards
Claudia Reimers
Claims Controlling
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(27, "Claudia Reimers <claudia.reimers@lindenhof-versicherung.example>",
               "Alistair Penrose <a.penrose@btre.example>",
               "Motor TPL XL 2025 renewal – large loss bordereau Q3/2024", "2024-10-22 11:45", body,
               cc="Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               atts=[("LargeLoss_Bordereau_MTPL_2024Q3.xlsx",
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      xlsx([("Bordereau", rows)]))])
    return msg, N, "en", "insurer-to-partner", "trap: anonymised large-loss bordereau with injury categories and age bands only"


def m028():
    body = """Protokoll Teamrunde KH-Personenschaden, 22.10.2024, 13:00-13:45
Teilnehmende: Wendland, Kröger, Hüsing (Teams), Brandhorst, Mertens (TOP 3), Albers (TOP 4)
Protokoll: Kröger

TOP 1 Rückstände
- Posteingang aktuell 214 Vorgänge (Vorwoche 260). Ziel bis Monatsende < 150.
- Eingänge über Legal-Tech-Portale steigen weiter; Sammelanschreiben werden ab November zentral von Frau Brandhorst vorsortiert.

TOP 2 Urlaub und Vertretung
- Frau Kowalczyk (IC-Desk) ist ab 28.10. eine Woche nicht da, Vertretung Herr Reuter.
- Herr Hüsing ist vom 04. bis 08.11. nicht im Außendienst erreichbar; Hausbesuche in der Zeit bitte über Region Süd anfragen.

TOP 3 Prozesse
- Neue Zuständigkeit Panelkanzlei für LG Göttingen ab 01.11.: Kanzlei Brückner Lange übernimmt auch dort.
- Bitte bei Klagen immer sofort die Prozessabteilung informieren, nicht erst nach Ablauf der Verteidigungsfrist.

TOP 4 Schulung
- Präsenzschulung Personenschaden kompakt am 12.11., Anmeldungen bisher 11.

TOP 5 Verschiedenes
- Der Drucker auf Etage 4 (Flur links) druckt wieder. Trotzdem bitte Ausdrucke mit Gesundheitsdaten sofort abholen.

Nächste Teamrunde: 05.11.2024
"""
    msg = mail(28, "Sabine Kröger <sabine.kroeger@lindenhof-versicherung.example>",
               "KH-Personenschaden <kh-personenschaden@lindenhof-versicherung.example>",
               "Protokoll Teamrunde 22.10.", "2024-10-22 15:02", body)
    return msg, N, "de", "internal", "trap: team minutes naming colleagues' absences without reasons, no case data"


def m029():
    blocks = [
        "Lindenhof Versicherung AG – Gutachtenauftrag (Haftpflicht, außergerichtlich)",
        "Auftragnehmer: Prof. Dr. med. Arne Vollmer, Facharzt für Orthopädie und Unfallchirurgie",
        [["Schaden-Nr.", "51-23-014418"],
         ["Zu begutachtende Person", "Herr Dominik Faust, geb. 05.07.1990, Wiesenweg 3, 34317 Habichtswald"],
         ["Unfalltag", "19.11.2023 (Frontalkollision, Fahrer des Gegenfahrzeugs)"],
         ["Bevollmächtigter", "RA Jörg Hempel, Kassel"],
         ["Schweigepflichtentbindung", "liegt vor (unterzeichnet 02.09.2024)"]],
        "Bekannte Diagnosen lt. Entlassungsbericht Klinikum Kassel vom 04.12.2023:",
        "- Sprunggelenksfraktur rechts Typ Weber C (S82.6), ORIF am 20.11.2023",
        "- Sternumfraktur (S22.2), konservativ",
        "- Handgelenksdistorsion links (S63.5)",
        "Weitere Unterlagen: Reha-Entlassungsbericht Bad Sooden-Allendorf (AHB 08.01.-29.01.2024), Befundberichte Dr. Beyer (Hausarzt), Röntgenbilder auf CD.",
        "Fragen an den Sachverständigen:",
        "1. Welche Verletzungen hat der Geschädigte durch den Unfall erlitten?",
        "2. Bestehen unfallunabhängige Vorerkrankungen (insbesondere Arthrose OSG rechts)? Falls ja: Anteil an den heutigen Beschwerden?",
        "3. Wie lange bestand unfallbedingte Arbeitsunfähigkeit in seinem Beruf als Dachdecker?",
        "4. Ist eine dauerhafte Minderung der Erwerbsfähigkeit zu erwarten? Kann er den Beruf als Dachdecker weiter ausüben?",
        "5. Ist mit einer posttraumatischen Arthrose und einer späteren Arthrodese zu rechnen (Zukunftsschaden)?",
        "6. Welche Einschränkung in der Haushaltsführung bestand in welchen Zeiträumen (in %)?",
        "Vergütung nach JVEG, Honorargruppe M2; bei Mehraufwand bitte vorher Rücksprache.",
        "Kassel, 23.10.2024 – Dr. Tobias Wendland",
    ]
    body = """Sehr geehrter Herr Professor Vollmer,

wie telefonisch mit Ihrem Sekretariat besprochen, erhalten Sie anbei unseren Gutachtenauftrag im Fall Faust. Der Geschädigte und sein Anwalt sind mit Ihnen als Gutachter einverstanden. Bitte vereinbaren Sie den Untersuchungstermin direkt mit Herrn Faust (Tel. 05606 884 10 12).

Die Behandlungsunterlagen und die Röntgen-CD gehen Ihnen per Kurier zu.

Mit freundlichen Grüßen
Dr. Tobias Wendland
Leiter Personen-Großschaden
Lindenhof Versicherung AG | Tel. 0561 7081-4401

""" + FOOT_DE
    msg = mail(29, "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "Sekretariat Prof. Vollmer <sekretariat@gutachten-vollmer.example>",
               "Gutachtenauftrag 51-23-014418 (Faust)", "2024-10-23 10:10", body,
               atts=[("Gutachtenauftrag_51-23-014418.docx",
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      docx(blocks))])
    return msg, S, "de", "insurer-to-assessor", "medical expert order: named claimant, DOB, fractures and questions on permanent disability (DOCX)"


def m030():
    body = """Sehr geehrte Frau Brix,

vielen Dank für Ihren Anruf und Ihre E-Mail mit den Fotos und der Rechnung.

Zu Ihrem Schaden vom 01.10.2024 (unser Schaden-Nr. 51-24-011640) – unser Versicherungsnehmer hat beim Rangieren in Ihrer Einfahrt in Fuldabrück Ihren Gartenzaun und das Tor beschädigt – haben wir heute folgenden Betrag angewiesen:

Rechnung Metallbau Riemenschneider vom 14.10.2024     1.972,35 EUR
Kostenpauschale                                          25,00 EUR
Zahlbetrag                                             1.997,35 EUR

Empfängerin: Hannelore Brix
IBAN: DE09 5305 0180 0003 3197 74
Verwendungszweck: Schaden 51-24-011640

Das Geld sollte in zwei bis drei Bankarbeitstagen auf Ihrem Konto sein. Damit ist der Schaden für uns abgeschlossen. Falls Sie noch etwas brauchen, melden Sie sich gern.

Mit freundlichen Grüßen
Mehmet Aydın
Lindenhof Versicherung AG
Kraftfahrt-Sachschaden, Tel. 0561 7081-4230

""" + FOOT_DE
    msg = mail(30, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Hannelore Brix <hannelore.brix@gmx-mail.example>",
               "Ihr Schaden 51-24-011640 – Zahlung angewiesen", "2024-10-23 14:55", body,
               reply="<b3e1c9a0-brix@gmx-mail.example>")
    return msg, C, "de", "insurer-to-claimant", "third party's property damage paid to her IBAN"


def m031():
    body = """Dear all,

the agenda for the Group Claims Conference in London is now final. Please register by 8 November if you have not done so yet.

Group Claims Conference 2024
Venue: Lindenhof UK Branch, 42 Mincing Lane (3rd floor), London
Date: 27-28 November 2024

Day 1
09:30 Welcome and claims strategy 2025 (Dr Henrike Sahl)
10:15 Claims inflation: spare parts, labour rates and bodily injury
11:30 Workshop A: Serious injury – rehab case management across borders
11:30 Workshop B: Fleet customers – telematics data in claims handling
14:00 Panel: Periodical payment orders vs. lump sums – what reinsurers want
16:00 Fraud: organised staged accidents in the EU – patterns and data sharing

Day 2
09:00 Green Card system and claims representatives: lessons from 2024
10:30 Data protection in cross-border personal injury files (Monika Feld, DPO)
12:00 Close

Hotel contingent at the Tower Bridge Inn is available until 1 November under the code LH-GCC24.

Best regards
Daniel Reuter
on behalf of the organising team
"""
    msg = mail(31, "Daniel Reuter <daniel.reuter@lindenhof-versicherung.example>",
               "Group Claims Conference <gcc2024@lindenhof-versicherung.example>",
               "Group Claims Conference London – final agenda", "2024-10-24 08:05", body)
    return msg, N, "en", "internal", "trap: conference agenda on serious injury, rehab and fraud, no case"


def m032():
    body = """Hallo Frau Lüders,

bitte die Zahlung zu 51-24-010377 (Sachschaden Kruse) noch anhalten. Die IBAN, die Herr Kruse uns geschickt hat, ist laut ClaimsDesk ungültig (Prüfziffer passt nicht). Ich habe ihn angeschrieben und um Korrektur gebeten. Sobald er antwortet, gebe ich die Zahlung neu frei.

Danke und Gruß
Mehmet Aydin

-----Ursprüngliche Nachricht-----
Von: Thomas Kruse <th.kruse@freenet-post.example>
Gesendet: Mittwoch, 23. Oktober 2024 19:42
An: kfz-schaden@lindenhof-versicherung.example
Betreff: Schaden 51-24-010377 bankverbindung

Guten Tag,

anbei wie gewünscht meine Bankverbindung für die Erstattung der Reparatur (Spiegel und Kotflügel, Ihr Kunde ist mir am 17.9. in der Goethestraße rein gefahren).

Thomas Kruse
IBAN DE22 5207 0024 0309 1288 58
Kasseler Bank

Bitte überweisen sie auch die 25 euro Pauschale, der Gutachter hat gesagt das steht mir zu.

MfG T. Kruse
Gesendet von meinem iPhone
"""
    msg = mail(32, "Mehmet Aydin <mehmet.aydin@lindenhof-versicherung.example>",
               "Zahlungsverkehr Schaden <zahlungsverkehr-schaden@lindenhof-versicherung.example>",
               "WG: Schaden 51-24-010377 bankverbindung", "2024-10-24 09:12", body,
               charset="iso-8859-1")
    return msg, C, "de", "claimant", "quoted claimant mail with his IBAN (checksum typo) for property damage"


def m033():
    body = """Sehr geehrte Frau Kollegin Rademacher,

in Sachen Hollenbach ./. Lindenhof (Ihr Az. 2024/1187, unser Schaden 51-24-009980) nehmen wir zum geltend gemachten Verdienstausfall Stellung.

Nach der Verdienstbescheinigung der Werra-Meißner Pflege gGmbH vom 01.10.2024 betrug das Nettoeinkommen Ihrer Mandantin in den letzten drei Monaten vor dem Unfall durchschnittlich 2.486,17 EUR (brutto 3.712,00 EUR, Steuerklasse IV, zzgl. Schichtzulagen von durchschnittlich 214,50 EUR netto).

Die Lohnfortzahlung lief bis 16.09.2024. Seit 17.09.2024 bezieht Ihre Mandantin Krankengeld von der Gesundheitskasse Nordhessen in Höhe von 77,43 EUR kalendertäglich. Der Anspruch auf Ersatz des Verdienstausfalls ist insoweit nach § 116 SGB X auf die Krankenkasse bzw. nach § 6 EFZG auf den Arbeitgeber übergegangen.

Ihrer Mandantin verbleibt damit die Differenz zwischen Nettoeinkommen und Krankengeld:

2.486,17 EUR - (30 x 77,43 EUR = 2.322,90 EUR) = 163,27 EUR monatlich
zzgl. entgangene Nachtzuschläge (steuerfrei) lt. Bescheinigung 138,00 EUR monatlich

Für September (anteilig) und Oktober zahlen wir 447,42 EUR. Solange die Arbeitsunfähigkeit nach dem Bericht der Reha-Klinik andauert (derzeit bis voraussichtlich 15.12.2024), zahlen wir den Differenzbetrag monatlich weiter, jeweils nach Vorlage der Krankengeldbescheinigung.

Mit freundlichen Grüßen
Sabine Kröger
Lindenhof Versicherung AG
KH-Personenschaden

""" + FOOT_DE
    msg = mail(33, "Sabine Kröger <sabine.kroeger@lindenhof-versicherung.example>",
               "RAin Miriam Rademacher <m.rademacher@voss-rademacher.example>",
               "Hollenbach ./. Lindenhof – Ihr Az. 2024/1187 – Verdienstausfall", "2024-10-24 11:40", body)
    return msg, S, "de", "insurer-to-lawyer", "loss of earnings: named claimant's net pay, sick pay, incapacity and rehab"


def m034():
    body = """Sehr geehrter Herr Strüver,

vielen Dank für Ihr Angebot vom 15.10.2024. Wir beauftragen Sie hiermit mit der datenschutzgerechten Vernichtung unseres Altaktenbestands aus dem Archiv Kassel-Waldau:

- ca. 620 Archivkartons Schadenakten Kraftfahrt und Allgemeine Haftpflicht (Aufbewahrungsfrist abgelaufen, Schadenjahre bis 2012), darunter Personenschadenakten mit ärztlichen Unterlagen
- Vernichtung nach DIN 66399, Schutzklasse 3, Sicherheitsstufe P-4
- Abholung in verschlossenen Sicherheitsbehältern, Transport im verplombten Fahrzeug
- Vernichtungsprotokoll je Abholung mit Gewicht und Behälternummern

Abholtermine: 11. und 12.11.2024, jeweils ab 7:30 Uhr, Ansprechpartner vor Ort Herr Kasimir (Hausmeisterei), Tel. 0561 7081-1188.

Der Auftragsverarbeitungsvertrag nach Art. 28 DSGVO liegt von Ihrer Seite unterschrieben vor; das gegengezeichnete Exemplar erhalten Sie mit der Post.

Rechnung bitte an Kostenstelle 1720 (Zentralarchiv), Bestellnummer 4500188102.

Mit freundlichen Grüßen
Ines Wollenweber
Einkauf / Facility Management
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(34, "Ines Wollenweber <ines.wollenweber@lindenhof-versicherung.example>",
               "Reißwolf Nordhessen GmbH <auftrag@reisswolf-nordhessen.example>",
               "Auftrag 4500188102 – Aktenvernichtung Archiv Waldau", "2024-10-24 15:20", body)
    return msg, N, "de", "insurer-to-supplier", "trap: shredding order for old personal-injury files, no person"


def m035():
    body = """Dear Alistair,

in accordance with clause 9 of the Motor TPL XL treaty we notify the following loss, which we expect to exceed 50 % of the priority:

Our claim ref.: 51-24-010211
RI ref.: XL-24-002 (new)
Date of loss: 31 August 2024, approx. 22:40
Location: K 12 between Kaufungen and Helsa, Hesse
Circumstances: our insured (private car, young driver, 19) overtook on a bend and collided head-on with a motorcycle.

Injured party: motorcyclist, male, 23 years (initials M.K.), resident in Helsa, apprentice car mechanic.
Injuries: fracture of the thoracic spine T11/T12 with complete spinal cord injury (paraplegia, ASIA A), multiple rib fractures, haemopneumothorax, fracture of the left femur. Initially in intensive care at Klinikum Kassel, since 14 October in the spinal cord injury centre in Bad Wildungen.

Liability: 100 % our insured. The public prosecutor has opened proceedings against our insured for negligent bodily injury; the blood sample showed 0.6 per mille.

Initial reserve:
Pain and suffering            EUR   650,000
Loss of earnings (lifetime)   EUR 1,400,000
Care and increased needs      EUR 2,900,000
Housing adaptation, vehicle   EUR   250,000
Recourse social insurers      EUR   800,000
Total                         EUR 6,000,000

We have instructed RehaPlan Fallmanagement for case management. We will send the medical records through the data room once the claimant's lawyer has returned the consent form.

Kind regards
Dr. Tobias Wendland
Head of Serious Injury Claims
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(35, "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "Alistair Penrose <a.penrose@btre.example>",
               "Loss notification XL-24-002 – Motor TPL – date of loss 31/08/2024", "2024-10-25 10:00", body,
               cc="Claudia Reimers <claudia.reimers@lindenhof-versicherung.example>")
    return msg, S, "en", "insurer-to-partner", "reinsurer notification: identifiable claimant's paraplegia and injuries; driver's blood alcohol and prosecution"


def m036():
    body = """Dear Mr Zieliński,

thank you for your e-mail and the invoice from the workshop in Słubice.

Claim number: 51-24-009651
Accident: 09 August 2024, A 7 service area Kassel-Ost, our insured's car reversed into your parked car (Opel Astra, registration FSL 41KP2)

We accept the claim in full and have transferred today:

Repair costs (invoice AutoSerwis Nowak, 12 September 2024)  PLN 6,480.00 = EUR 1,512.60
Towing to the workshop (invoice dated 10 August)            EUR   280.00
General expenses                                           EUR    25.00
Total                                                      EUR 1,817.60

Account holder: Piotr Zieliński
IBAN: PL29 1090 1014 0000 0712 1981 2674

The amount in PLN was converted at the ECB rate on the invoice date. Your bank may charge a fee for the incoming foreign payment; we cannot reimburse that.

With this payment the claim is closed. If you have any questions, please reply to this e-mail.

Kind regards
Hannah Kowalczyk
International Claims Desk
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(36, "Hannah Kowalczyk <hannah.kowalczyk@lindenhof-versicherung.example>",
               "Piotr Zieliński <p.zielinski@poczta-pl.example>",
               "Claim 51-24-009651 – payment", "2024-10-25 13:25", body)
    return msg, C, "en", "insurer-to-claimant", "Polish claimant's property damage payment with his IBAN and plate"


def m037():
    body = """Liebe Kolleginnen und Kollegen,

zur Info: Die folgende Stellenanzeige geht morgen auf unserer Karriereseite und bei den Jobportalen online. Wenn ihr jemanden kennt – Empfehlungsprämie gibt es wie immer.

---

Schadenregulierer Personenschaden Kraftfahrt (m/w/d)
Standort Kassel, Vollzeit oder Teilzeit (ab 30 Std.), hybrides Arbeiten möglich

Ihre Aufgaben
- Sie regulieren Personenschäden aus der Kfz-Haftpflicht – vom Schleudertrauma bis zum schweren Unfall mit Dauerfolgen.
- Sie bewerten ärztliche Berichte und Gutachten, bemessen Schmerzensgeld, Verdienstausfall und Haushaltsführungsschaden.
- Sie verhandeln mit Anwaltskanzleien und Sozialversicherungsträgern und steuern Reha-Management.

Ihr Profil
- Abgeschlossene Ausbildung als Kaufmann/-frau für Versicherungen und Finanzanlagen oder Studium der Rechtswissenschaft
- Erste Erfahrung in der Haftpflichtregulierung, idealerweise Personenschaden
- Verhandlungsgeschick, Einfühlungsvermögen im Umgang mit Verletzten und Angehörigen

Wir bieten
- 38-Stunden-Woche, 13,8 Gehälter, betriebliche Altersversorgung
- Schadenakademie mit Zertifikat "Personenschadenmanagement"
- JobRad, Kantine, Betriebsarzt

Kontakt: Svenja Hartig, Recruiting, karriere@lindenhof-versicherung.example
www.lindenhof-versicherung.example/karriere

---

Viele Grüße
Svenja Hartig
Personal / Recruiting
"""
    msg = mail(37, "Svenja Hartig <svenja.hartig@lindenhof-versicherung.example>",
               "Schaden Kraftfahrt <schaden-kraftfahrt-alle@lindenhof-versicherung.example>",
               "Stellenanzeige Schadenregulierer Personenschaden (m/w/d) – geht morgen online",
               "2024-10-28 09:40", body)
    return msg, N, "de", "internal", "trap: job ad mentioning whiplash, medical reports, pain and suffering"


def m038():
    body = """Hi Oliver,

here are the test cases for the regression test of the new payment interface (ClaimsDesk -> SAP FI-CA), release 24.11. All data is synthetic. Please load them into TEST2 only.

TC-PAY-01 Third-party property damage, payee private person
  Claimant: John Doe (test), 1 Test Street, 34119 Kassel
  IBAN: DE89 3704 0044 0532 0130 00 (standard example IBAN, not a real account)
  Amount: 1,234.56 EUR, reference TEST-51-00-000001

TC-PAY-02 Bodily injury, interim payment to lawyer's client account
  Claimant: Jane Roe (test), injury code in test data: S13.4 (dummy)
  Payee: Test Law Firm, IBAN: DE89 3704 0044 0532 0130 00
  Amount: 2,500.00 EUR, reference TEST-51-00-000002

TC-PAY-03 Recourse payment to health insurer (Teilungsabkommen), payee: "Test BKK"
  Expected: payment blocked, because payee master data missing (negative test)

TC-PAY-04 IBAN with wrong check digits: DE00 3704 0044 0532 0130 00
  Expected: validation error "IBAN ungültig"

Expected results and screenshots go into the Jira test plan CLM-TP-311.

Thanks
Karin
"""
    msg = mail(38, "Karin Lüders <karin.lueders@lindenhof-versicherung.example>",
               "Oliver Strate <oliver.strate@lindenhof-versicherung.example>",
               "Test cases payment interface release 24.11 (synthetic data)", "2024-10-28 11:15", body)
    return msg, N, "en", "internal", "trap: synthetic test cases with published example IBAN and dummy injury code"


def m039():
    csv = """TA-Abrechnung;Kasse;BKK Weserbergland;Zeitraum;2024-Q3;Quote;55 %
Lfd;Schaden-Nr;Versicherte/r;Geb.-Datum;Schadentag;Diagnose;Leistungsart;Forderung EUR;TA-Betrag EUR
1;51-24-002231;Renate Obermeier;12.09.1958;14.02.2024;S72.0 Schenkelhalsfraktur;KH/Reha;18.402,77;10.121,52
2;51-24-003118;Luca Brenneke;30.01.2007;02.03.2024;S06.0 Gehirnerschütterung;KH;2.311,40;1.271,27
3;51-24-004129;Marco Lindqvist;28.08.1991;11.04.2024;S82.2 Tibiaschaftfraktur;KH/Reha/KG;22.419,21;12.330,57
4;51-24-005902;Sevgi Aktaş;17.11.1979;07.05.2024;S13.4 HWS-Distorsion;amb./Heilm.;684,20;376,31
5;51-24-006877;Heinz-Dieter Klapproth;03.06.1949;21.05.2024;S32.0 LWK-Fraktur, I21.9 Myokardinfarkt (unfallunabh.?);KH;31.870,05;strittig
"""
    body = """Sehr geehrte Frau Wiegand,

anbei erhalten Sie unsere Abrechnung zum Teilungsabkommen für das 3. Quartal 2024. Zu lfd. Nr. 5 melden wir uns gesondert.

Mit freundlichen Grüßen
Julia Brandhorst
Regress / Teilungsabkommen
Lindenhof Versicherung AG
"""
    msg = mail(39, "Julia Brandhorst <julia.brandhorst@lindenhof-versicherung.example>",
               "BKK Weserbergland Regress <regress@bkk-weserbergland.example>",
               "TA-Abrechnung Q3/2024", "2024-10-28 14:02", body,
               atts=[("TA_BKK-Weserbergland_2024Q3.csv", "text/csv", csvb(csv, "utf-8"))])
    return msg, S, "de", "insurer-to-health-insurer", "harmless body; CSV lists named insured persons with birth dates and diagnoses"


def m040():
    csv = """Schaden-Nr;Datum;Kennzeichen;Fahrzeug;Fahrer/in;Schadenhergang;Gegner;Personenschaden;Status;Zahlung EUR
52-24-019004;02.09.2024;KS-SF 311;Caddy Entstörung;Bernd Hilgenberg;Beim Rückwärtsfahren Poller touchiert;Stadt Kassel;nein;erledigt;1.120,00
52-24-019377;09.09.2024;KS-SF 318;Transporter Zählerwechsel;Nadine Gries;Spiegel an Spiegel mit Pkw KS-LM 62;Lars Möhle;nein;offen;
52-24-020050;18.09.2024;KS-SF 402;Pkw Poolfahrzeug;Holger Weinreich;Auffahrunfall Stau A49, Gegner Pkw HR-AK 771;Andrea Koch;nein;offen;
52-24-020613;26.09.2024;KS-SF 290;Bagger (Anhänger);Mario Sander;Gartenzaun bei Baustelle beschädigt;Familie Schreiber;nein;erledigt;845,60
"""
    body = """Sehr geehrter Herr Oetzel,

wie besprochen die Schadenliste Ihrer Flotte für September als CSV für Ihr Fuhrparkprogramm. Zu 52-24-019377 und 52-24-020050 brauchen wir noch die Fahrerberichte von Frau Gries und Herrn Weinreich; die Formulare hatten wir Ihnen am 20.09. geschickt.

Erfreulich: Im September gab es keinen Schaden mit Verletzten.

Freundliche Grüße
Patrick Nowak
Key Account Flotte
Lindenhof Versicherung AG | 0561 7081-3310

""" + FOOT_DE
    msg = mail(40, "Patrick Nowak <patrick.nowak@lindenhof-versicherung.example>",
               "Jürgen Oetzel <j.oetzel@sw-fuldatal.example>",
               "Flotte Stadtwerke Fuldatal – Schadenliste 09/2024", "2024-10-29 08:50", body,
               atts=[("Schadenliste_SWF_2024-09.csv", "text/csv", csvb(csv, "cp1252"))])
    return msg, C, "de", "insurer-to-company", "fleet claims CSV with drivers and third parties named, plates; no injuries"


def m041():
    body = """Hallo zusammen,

die Pflichtschulung Datenschutz 2024 endet am 30.11. Zum Aufwärmen fünf Fragen aus dem neuen Modul "Personenschaden". Antworten unten – erst selbst überlegen!

1. Ein Anwalt bittet per E-Mail um Kopie des Arztberichts seiner Mandantin. Darf ich den Bericht als normale Mail-Anlage schicken?
2. Darf ich in eine Teams-Nachricht an eine Kollegin die Diagnose eines Geschädigten schreiben?
3. Die Krankenkasse fragt telefonisch nach dem Stand eines Regresses. Was prüfe ich zuerst?
4. Welche Daten gehören in eine Meldung an den Rückversicherer?
5. Der Versicherungsnehmer fragt, wie schwer der Fußgänger verletzt ist, den er angefahren hat. Darf ich es ihm sagen?

Antworten:
1. Nein. Gesundheitsdaten nur verschlüsselt (Siegel stuft solche Mails als streng vertraulich ein) oder über den sicheren Dateiaustausch.
2. Nein. Fallbezogene Gesundheitsdaten gehören in die Schadenakte, nicht in Chats.
3. Die Identität des Anrufers: Rückruf nur über die bekannte Rufnummer der Kasse.
4. Nur, was der Vertrag verlangt; pseudonymisiert, wo es geht. Medizinische Unterlagen nur über den Datenraum.
5. Nur mit Einwilligung des Verletzten; allgemein ("Personenschaden wird reguliert") ist in Ordnung.

Fragen an datenschutz@lindenhof-versicherung.example.

Monika Feld
Datenschutzbeauftragte
"""
    msg = mail(41, "Monika Feld <monika.feld@lindenhof-versicherung.example>",
               "Schaden Kraftfahrt <schaden-kraftfahrt-alle@lindenhof-versicherung.example>",
               "Datenschutz-Quiz: 5 Fragen zum Personenschaden", "2024-10-29 12:30", body)
    return msg, N, "de", "internal", "trap: data-protection quiz about medical reports and diagnoses, no person"


def m042():
    body = """Sehr geehrter Herr Lüdtke,

vielen Dank für Ihr Gutachten vom 21.10.2024 im Fall Scholz-Nadler (51-24-011870, KS-PN 418).

Sie kommen auf Reparaturkosten von 7.208,15 EUR netto bei einem Wiederbeschaffungswert von 16.400 EUR, keine Wertminderung. Die Anspruchstellerin hat inzwischen über ihren Anwalt mitgeteilt, dass sie das Fahrzeug in der Markenwerkstatt reparieren lässt.

Zwei Punkte bitte noch:
1. Der Kostenvoranschlag des Autohauses enthielt eine neue Seitenwand hinten rechts; Sie kalkulieren Instandsetzung. Bitte kurze Begründung für die Akte, der Anwalt wird das sicher angreifen.
2. Nach Angaben von Frau Scholz-Nadler war am Fahrzeug bereits ein Vorschaden hinten rechts (Parkrempler 2022, nicht repariert?). Können Sie das bei einer Nachbesichtigung in der Werkstatt klären? Die Werkstatt erwartet Ihren Anruf (Herr Jablonski, Serviceannahme).

Vielen Dank
Mehmet Aydın
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(42, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Kfz-Sachverständigenbüro Lüdtke <auftrag@sv-luedtke.example>",
               "AW: Gutachten 51-24-011870 Scholz-Nadler – Nachbesichtigung", "2024-10-29 15:10", body,
               reply="<gutachten-2024-1187@sv-luedtke.example>")
    return msg, C, "de", "insurer-to-assessor", "named claimant's vehicle damage, plate, prior damage; no injury"


def m043():
    body = """Dear Mr Kessler,

Re: Estate of Ms Caroline Ashby (deceased) / your clients Mr Robert Ashby and Ms Emily Ashby
Accident of 14 July 2024, federal road B 7 near Hessisch Lichtenau
Our ref.: 51-24-008214

Thank you for your letter of 15 October. Please accept once again our sincere condolences to your clients.

As stated before, liability of our insured is accepted in full. Based on the investigation file of the public prosecutor's office in Kassel, Ms Ashby died at the scene from a severe traumatic brain injury and internal bleeding; she did not regain consciousness. Her husband, who was driving, suffered fractures of the right forearm and three ribs and was treated at Klinikum Kassel until 22 July.

Under German law your clients may claim the following:

1. Funeral costs and repatriation of the body to Ohio: the invoices you sent (USD 18,940 funeral home, EUR 6,210 repatriation by Kassel-based undertakers) are accepted in full.
2. Bereavement damages (Hinterbliebenengeld, § 844 (3) BGB): we offer EUR 15,000 for Mr Ashby and EUR 12,000 for Ms Emily Ashby (daughter, 24, living in her own household).
3. Loss of maintenance (Unterhaltsschaden, § 844 (2) BGB): Ms Ashby worked part-time as a school librarian. To calculate the loss, we need her US tax returns for 2021 to 2023 and the family's household budget; please also state whether Mr Ashby receives survivor benefits from Social Security.
4. Mr Ashby's own injuries: please send the discharge report and any US follow-up treatment records so that we can make an offer for pain and suffering.

We are prepared to make an immediate payment of EUR 30,000 on account. Please provide the details of your client trust account.

Yours sincerely
Dr. Tobias Wendland
Head of Serious Injury Claims
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(43, "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "Michael Kessler <mkessler@kesslerbrandt.example>",
               "Ashby – accident 14 July 2024 – our ref 51-24-008214", "2024-10-30 16:20", body,
               cc="International Claims Desk <ic-desk@lindenhof-versicherung.example>")
    return msg, S, "en", "insurer-to-lawyer", "fatal accident: cause of death, husband's fractures, bereavement damages, income"


def m044():
    body = """Dear Fiona,

thanks for your call. Here is the short overview you asked for ahead of your client pitch. All terms are indicative and subject to underwriting.

Lindenhof Fleet Motor – key facts for international fleets with German-registered vehicles
- From 10 vehicles, no upper limit; all vehicle types incl. light commercial and tractors
- Motor third-party liability EUR 100m flat, personal injury max. EUR 15m per person
- Own damage with excess per claim from EUR 500, glass without excess
- Claims service: dedicated fleet claims team in Kassel, English-speaking contact, monthly claims reports in Excel or via API
- Bodily injury claims are handled by our specialised personal injury team; early rehabilitation management is included at no extra cost
- Risk management: driver trainings, telematics pilot, quarterly loss review

For a quote we need the vehicle list (type, first registration, use), the claims history of the last five years (as a loss list from the current insurer) and the desired start date.

Best regards
Patrick Nowak
Key Account Manager Fleet
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(44, "Patrick Nowak <patrick.nowak@lindenhof-versicherung.example>",
               "Fiona Marsh <fiona.marsh@ashcombe-risk.example>",
               "Lindenhof Fleet Motor – key facts", "2024-10-31 09:05", body)
    return msg, N, "en", "insurer-to-broker", "trap: product facts mentioning bodily injury and rehab, no client data"


def m045():
    body = """Besuchsbericht Außenregulierung – VERTRAULICH

Schaden-Nr.: 51-24-009980
Geschädigte: Frau Birgit Hollenbach, geb. 21.04.1986, Am Lindenberg 7, 37269 Eschwege
Besuch am: 30.10.2024, 10:00-11:40 Uhr, in der Wohnung der Geschädigten
Anwesend: Frau Hollenbach, Ehemann Herr Sven Hollenbach, Unterzeichner
Bevollmächtigte: RAin Rademacher (mit Besuch einverstanden)

1. Unfallfolgen / aktueller Zustand
Frau H. geht an zwei Unterarmgehstützen, Teilbelastung rechts mit 20 kg. Nach Auskunft des Operateurs (Dr. Kemmerich, Klinikum Werra-Meißner) ist die Fraktur knöchern noch nicht durchbaut; Kontrolle am 18.11. Bewegungsumfang Knie rechts derzeit Streckung/Beugung 0-5-90. Das linke Ellenbogengelenk ist frei beweglich, Schmerzen beim Heben. Sie nimmt Ibuprofen 600 bei Bedarf, nachts schlecht schlafend. Sie berichtet von Schreckhaftigkeit im Straßenverkehr und Albträumen; Hausarzt hat eine Psychotherapie empfohlen, Wartezeit 5 Monate.

2. Beruf
Pflegefachkraft, Vollzeit, ambulanter Pflegedienst (Werra-Meißner Pflege gGmbH). Tätigkeit mit viel Heben und Autofahren. Eine Rückkehr in den alten Beruf hält sie selbst für unsicher. Der Arbeitgeber hat Gespräche über BEM angeboten.

3. Haushalt
4-Personen-Haushalt, Einfamilienhaus, ca. 140 m², Garten 400 m². Kinder 4 und 7 Jahre. Ehemann Schichtarbeiter (Conti, Werk Korbach). Bis zum Unfall hat Frau H. nach eigener Angabe etwa 80 % der Hausarbeit erledigt. Seit dem Unfall: Mutter (Frau Ursula Grebe, 64) täglich 4-5 Std., Nachbarin bringt Kinder zur Kita. Keine bezahlte Haushaltshilfe.

4. Wohnsituation / Mehrbedarf
Schlafzimmer im OG, Treppe ohne zweiten Handlauf. Badewanne, keine Dusche. Empfehlung: zweiter Handlauf (ca. 400 EUR), Badewannenlifter leihweise über Sanitätshaus.

5. Reha-Management
Frau H. ist mit Reha-Management einverstanden und hat die Schweigepflichtentbindung für RehaPlan unterschrieben (Original beigefügt). Ziele: intensivere Physiotherapie (derzeit 2x/Woche), Vorstellung in BG-Sprechstunde zur Einschätzung, zeitnahe Psychotherapie (ggf. Privattermin auf unsere Kosten), berufliche Perspektive.

6. Einschätzung
Sehr kooperativ, nachvollziehbare Schilderung. Ich empfehle einen weiteren Vorschuss auf das Schmerzensgeld von 5.000 EUR und die Übernahme einer Haushaltshilfe für 10 Std./Woche bis Jahresende. Reserve sollte von 45.000 auf 75.000 EUR erhöht werden.

Frank Hüsing
Außenregulierer Personenschaden, Region Nord
Mobil 0160 5550 2871
"""
    msg = mail(45, "Frank Hüsing <frank.huesing@lindenhof-versicherung.example>",
               "Sabine Kröger <sabine.kroeger@lindenhof-versicherung.example>",
               "Besuchsbericht Hollenbach 51-24-009980", "2024-10-31 18:22", body,
               cc="Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               mailer="Microsoft Outlook for iOS")
    return msg, S, "de", "internal", "field adjuster's home-visit report: injuries, medication, mental symptoms, family, DOB"


def m046():
    body = """Mehmet,

the UK engineer's report for the Pemberton claim came in today. Repairs were done in the UK before we saw the car, so we have to rely on this. Looks plausible to me, but the labour rate is high. Could you have a look and tell me if we can accept it? The claimant's solicitor wants a decision by 15 November.

Thanks, Hannah

---------- Forwarded message ---------
From: Graham Holt <g.holt@holt-engineers.example>
Date: Thu, 31 Oct 2024 at 14:51
Subject: Engineer's report – Pemberton – BMW 320d – EY19 KTO
To: <ic-desk@lindenhof-versicherung.example>

Our ref: HE/24/7781
Instructed by: Lindenhof Versicherung AG, ref 51-24-010533
Vehicle owner: Mr Simon Pemberton, 6 Lark Rise, Banbury OX16
Vehicle: BMW 320d M Sport Touring, registration EY19 KTO, mileage 61,204
Incident: 23/08/2024, Kassel (Germany) – vehicle struck in nearside rear by reversing van (your insured)
Inspection: 03/10/2024 at Banbury Prestige Bodyworks (vehicle under repair, photos before repair supplied by repairer)

Damage: nearside rear door, quarter panel, rear bumper, PDC sensor, nearside rear light cluster.
Repair method: replace rear bumper cover, PDC sensor, light cluster; repair and refinish door and quarter panel.

Costs (GBP, excl. VAT):
Parts 1,284.60
Labour 14.5 h at 68.00 = 986.00
Paint and materials 612.40
Total 2,883.00
VAT 576.60
Total incl. VAT 3,459.60

Diminution in value: none. Vehicle was roadworthy after the incident; no injuries were reported to us.

Graham Holt MIAEA
Holt Independent Engineers Ltd
"""
    msg = mail(46, "Hannah Kowalczyk <hannah.kowalczyk@lindenhof-versicherung.example>",
               "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Fwd: Engineer's report – Pemberton – BMW 320d – EY19 KTO", "2024-10-31 16:04", body)
    return msg, C, "en", "assessor", "forwarded UK engineer's report: named claimant, address, plate, damage; no injuries"


def m047():
    body = """Sehr geehrte Frau Dr. Rosenthal,

anbei der unterschriebene Rahmenvertrag über die Erstellung medizinischer Gutachten in Haftpflicht-Personenschäden (Laufzeit 01.01.2025 bis 31.12.2027). Die Änderungen aus unserem Termin am 17.10. sind eingearbeitet:

§ 4 Vergütung
- Aktenlagegutachten: 450 EUR pauschal
- Gutachten mit Untersuchung, einfach: 850 EUR; mittel: 1.300 EUR; schwierig (z. B. neuropsychologisch, mehrere Fachgebiete): nach Aufwand, max. 95 EUR/Std. in Anlehnung an JVEG M3
- Zusatzuntersuchungen (Röntgen, MRT) nach GOÄ 1,0-fach, nur nach Freigabe
- Fahrtkosten 0,42 EUR/km

§ 6 Fristen: Terminvergabe innerhalb von 3 Wochen, Gutachten 4 Wochen nach Untersuchung.

§ 9 Datenschutz: Die Vereinbarung zur gemeinsamen Verantwortung ist nicht nötig; Ihre Gutachter handeln als eigene Verantwortliche, die Schweigepflichtentbindungen holen wir ein. Übermittlung aller Unterlagen ausschließlich über den sicheren Datenraum.

Rechnungen bitte monatlich als Sammelrechnung. Unsere Zahlungen gehen wie bisher auf Ihr Geschäftskonto der MedGutachten Netzwerk GmbH, IBAN DE50 5204 0000 0099 3340 12.

Mit freundlichen Grüßen
Dr. Tobias Wendland
Leiter Personen-Großschaden

""" + FOOT_DE
    msg = mail(47, "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "Dr. Sabine Rosenthal <s.rosenthal@medgutachten-netzwerk.example>",
               "Rahmenvertrag medizinische Gutachten 2025-2027 – unterschrieben", "2024-11-04 10:30", body)
    return msg, N, "de", "insurer-to-company", "trap: framework contract with expert network GmbH, fee schedule, company IBAN"


def m048():
    lines = [
        "Lindenhof Versicherung AG - Schadenabteilung Personenschaden",
        "Wilhelmshoeher Allee 212, 34119 Kassel",
        "",
        "FRAGEBOGEN FUER ANSPRUCHSTELLER MIT PERSONENSCHADEN",
        "Schaden-Nr.: ____________________",
        "",
        "1. Angaben zur Person",
        "   Name, Vorname: __________________________   Geburtsdatum: ____________",
        "   Anschrift: _____________________________________________________",
        "   Telefon / E-Mail: _______________________________________________",
        "   Krankenversicherung (Name der Kasse): ___________________________",
        "",
        "2. Verletzungen",
        "   Welche Verletzungen haben Sie erlitten? ________________________",
        "   Erstbehandelnder Arzt / Krankenhaus: ___________________________",
        "   Stationaer behandelt? [ ] nein  [ ] ja, von ______ bis ______",
        "",
        "3. Arbeitsunfaehigkeit",
        "   Beruf: ______________________  Arbeitgeber: _____________________",
        "   Arbeitsunfaehig von ________ bis ________",
        "   Nettoeinkommen monatlich (Nachweis beifuegen): _______________ EUR",
        "",
        "4. Haushaltsfuehrung",
        "   Anzahl Personen im Haushalt: ____   Wohnflaeche: ____ m2",
        "",
        "5. Schweigepflichtentbindung",
        "   Ich entbinde die mich behandelnden Aerzte ... (siehe gesondertes Formular S-PS-17)",
        "",
        "Ort, Datum, Unterschrift: ____________________________________________",
        "",
        "Formular S-PS-12 / Stand 11/2024",
    ]
    body = """Hallo Sabine,

anbei die überarbeitete Fassung des Fragebogens für Anspruchsteller (S-PS-12), jetzt mit eigenem Feld für die Krankenkasse und ohne die alte Frage nach Vorerkrankungen (auf Wunsch des Datenschutzes, die holen wir nur noch bei Bedarf über die Schweigepflichtentbindung).

Wenn du einverstanden bist, gebe ich das Formular in der Vorlagenverwaltung frei.

Gruß
Lena
"""
    msg = mail(48, "Lena Osterkamp <lena.osterkamp@lindenhof-versicherung.example>",
               "Sabine Kröger <sabine.kroeger@lindenhof-versicherung.example>",
               "Fragebogen S-PS-12 überarbeitet – bitte Freigabe", "2024-11-04 13:45", body,
               atts=[("S-PS-12_Fragebogen_Anspruchsteller_2024-11.pdf", "application/pdf",
                      pdf(lines, "Fragebogen S-PS-12"))])
    return msg, N, "de", "internal", "trap: blank claimant questionnaire asking for injuries, income, birth date"


def m049():
    lines = [
        "Polizeipraesidium Nordhessen - Polizeistation Hann. Muenden",
        "Verkehrsunfallanzeige  VU-Nr. 0418-24-07731   (Auszug aus der Ermittlungsakte)",
        "Staatsanwaltschaft Kassel, Az. 4622 Js 21107/24",
        "",
        "Unfallzeit: Sa., 12.10.2024, 23:15 Uhr",
        "Unfallort: B 80, km 4,2, Hann. Muenden-Hilwartshausen",
        "Unfallart: Abkommen von der Fahrbahn nach rechts, Kollision mit entgegenkommendem Pkw",
        "",
        "Beteiligter 01 (Verursacher): Pkw VW Polo, GOE-TH 233",
        "  Fahrer: Tim Hoppe, geb. 11.02.2003, Goettingen",
        "  Halter: Annette Hoppe (Mutter), versichert bei Lindenhof Versicherung AG",
        "  Atemalkoholtest 23:52 Uhr: 0,91 mg/l; Blutentnahme 00:40 Uhr angeordnet (§ 81a StPO)",
        "  Fuehrerschein sichergestellt (§ 94 StPO)",
        "  Verletzungen: Schnittwunden an der Stirn, ambulant behandelt",
        "",
        "Beteiligter 02: Pkw Skoda Fabia, HMue-MB 90",
        "  Fahrerin: Monika Brauns, geb. 27.09.1961, Hann. Muenden",
        "  Verletzungen: schwer verletzt, Verdacht auf Beckenfraktur und Milzriss,",
        "  mit RTH Christoph 7 ins Klinikum Kassel",
        "  Beifahrer: Horst Brauns, geb. 02.03.1958, leicht verletzt (Prellungen Brustkorb),",
        "  RTW ins Klinikum Hann. Muenden",
        "",
        "Strafrechtlich: Verdacht der Gefaehrdung des Strassenverkehrs (§ 315c Abs. 1 Nr. 1a StGB)",
        "und der fahrlaessigen Koerperverletzung (§ 229 StGB).",
        "",
        "Zeugen: Kai Lorenz (nachfolgender Pkw), Tel. in der Akte",
        "Sachbearbeiter: PK Dreyer",
    ]
    body = """Hallo Sabine,

der Akteneinsichtsdienst hat uns den Auszug aus der Ermittlungsakte zum Unfall vom 12.10. (Hoppe) geschickt, 51-24-012144. Ich habe ihn in ClaimsDesk abgelegt und hänge ihn dir zusätzlich an, weil du den Fall ja mit dem Regress wegen Alkohol zusammen bearbeitest.

Die Blutprobe ist noch nicht ausgewertet. Die Gegnerin liegt noch im Klinikum.

LG Lena
"""
    msg = mail(49, "Lena Osterkamp <lena.osterkamp@lindenhof-versicherung.example>",
               "Sabine Kröger <sabine.kroeger@lindenhof-versicherung.example>",
               "Auszug Ermittlungsakte Hoppe / 51-24-012144", "2024-11-05 09:20", body,
               atts=[("VU-Anzeige_0418-24-07731_Auszug.pdf", "application/pdf",
                      pdf(lines, "Verkehrsunfallanzeige Auszug"))])
    return msg, S, "de", "police", "police accident report (PDF): drunk driving investigation, injuries of named persons, birth dates"


def m050():
    body = """Sehr geehrte Frau Krämer-Loos,

wir haben für Sie einen Kfz-Haftpflichtschaden reguliert. Das wirkt sich auf Ihren Beitrag aus. Hier die Einzelheiten:

Versicherungsschein-Nr.: KF 407 330 816
Fahrzeug: KS-KL 1960, Mazda CX-5
Schaden-Nr.: 51-24-008801 vom 19.07.2024 (Auffahrunfall Holländischer Platz, nur Sachschaden)
Gezahlte Entschädigung an den Unfallgegner: 4.762,90 EUR

Schadenfreiheitsklasse Kfz-Haftpflicht
bisher:      SF 9  (Beitragssatz 44 %)
ab 01.01.2025: SF 4  (Beitragssatz 59 %)

Ihr Jahresbeitrag Kfz-Haftpflicht steigt dadurch voraussichtlich von 312,40 EUR auf 418,90 EUR.

Rückkauf: Sie können die Rückstufung vermeiden, wenn Sie uns die Entschädigung von 4.762,90 EUR innerhalb von sechs Monaten nach Zugang dieses Schreibens erstatten. Bei diesem Betrag lohnt sich der Rückkauf nach unserer Berechnung nicht; wir empfehlen ihn daher nicht. Sprechen Sie uns gern an, wenn Sie eine Vergleichsrechnung wünschen.

Ihre neue Beitragsrechnung erhalten Sie im Dezember.

Mit freundlichen Grüßen
Kundenservice Kraftfahrt
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(50, "Kundenservice Kraftfahrt <kundenservice-kfz@lindenhof-versicherung.example>",
               "Birgit Krämer-Loos <b.kraemer-loos@web-mail.example>",
               "Ihr Vertrag KF 407 330 816 – Rückstufung nach Schaden", "2024-11-05 11:00", body,
               cte="quoted-printable")
    return msg, C, "de", "insurer-to-customer", "named customer's policy, SF class downgrade and premium after property-damage claim"


def m051():
    plain = """Hi all,

October KPIs for bodily injury (BI) claims, motor TPL, claims closed in the month:

Country of claimant | closed | avg days to first contact | avg days to settlement | share with lawyer
Germany             | 842    | 2.1                       | 318                    | 67 %
Netherlands         | 31     | 3.4                       | 402                    | 94 %
Poland              | 27     | 4.0                       | 289                    | 41 %
United Kingdom      | 18     | 2.8                       | 511                    | 100 %
Other               | 22     | 3.9                       | 377                    | 73 %

Target for first contact is 2 working days. The UK figure is driven by three old serious-injury files closed in October.

Full dashboard: Power BI > Claims > BI Monitor.

Cheers
Claudia
"""
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Hi all,</p><p>October KPIs for bodily injury (BI) claims, motor TPL, claims closed in the month:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>Country of claimant</th><th>closed</th><th>avg days to first contact</th><th>avg days to settlement</th><th>share with lawyer</th></tr>
<tr><td>Germany</td><td>842</td><td>2.1</td><td>318</td><td>67 %</td></tr>
<tr><td>Netherlands</td><td>31</td><td>3.4</td><td>402</td><td>94 %</td></tr>
<tr><td>Poland</td><td>27</td><td>4.0</td><td>289</td><td>41 %</td></tr>
<tr><td>United Kingdom</td><td>18</td><td>2.8</td><td>511</td><td>100 %</td></tr>
<tr><td>Other</td><td>22</td><td>3.9</td><td>377</td><td>73 %</td></tr>
</table>
<p>Target for first contact is 2 working days. The UK figure is driven by three old serious-injury files closed in October.</p>
<p>Full dashboard: Power BI &gt; Claims &gt; BI Monitor.</p><p>Cheers<br>Claudia</p>
</body></html>
"""
    msg = mail(51, "Claudia Reimers <claudia.reimers@lindenhof-versicherung.example>",
               "IC Desk <ic-desk@lindenhof-versicherung.example>",
               "BI KPIs October 2024", "2024-11-05 14:30", plain, html=html,
               cc="Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>")
    return msg, N, "en", "internal", "trap: bodily-injury KPI table per country, aggregates only"


def m052():
    body = """Hallo Herr Thielemann,

zu Ihrer Anfrage wegen Ihres Kunden Herrn Jannik Sauerland (KF 405 902 117):

Der Schaden vom 02.10.2024 (51-24-011977, Auffahrunfall in Lohfelden) ist dem Grunde nach klar, Ihr Kunde ist aufgefahren. Der Gegner, Herr Wilfried Anacker, ist anwaltlich vertreten und macht Reparaturkosten nach Gutachten (3.940 EUR), Wertminderung und Nutzungsausfall geltend. Personenschäden wurden nicht angemeldet.

Wir warten noch auf die Reparaturrechnung; danach regulieren wir. Für Ihren Kunden bedeutet das leider eine Rückstufung in der Haftpflicht von SF 7 auf SF 3 zum 01.01.2025. Über den Rückkauf informieren wir ihn nach der Zahlung.

Die Vollkasko ist nicht betroffen, den eigenen Schaden am Fahrzeug (Frontschaden) möchte Herr Sauerland selbst tragen.

Viele Grüße
Mehmet Aydın
Kraftfahrt-Sachschaden

""" + FOOT_DE
    msg = mail(52, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Maklerbüro Thielemann <info@thielemann-makler.example>",
               "AW: Kunde Sauerland – Stand Schaden?", "2024-11-06 09:05", body,
               reply="<20241105173301.thielemann@thielemann-makler.example>")
    return msg, C, "de", "insurer-to-broker", "broker told client's claim, policy number, opponent's name, SF downgrade; no injuries"


def m053():
    body = """Dear Ms Okonkwo,

thank you for sending us the documents about the incident with your dog Bailey on 20 October 2024 in the Bergpark Wilhelmshöhe.

Your policy: private and dog owner's liability PH 330 418 776
Claim number: 61-24-004390

The injured jogger, Mr Florian Seidel, has now written to us himself and sent a report from the emergency department of the Elisabeth-Krankenhaus. According to the report, he had two bite wounds on the right calf, which were cleaned and stitched (4 stitches), and he received a tetanus booster. He was given antibiotics (amoxicillin/clavulanic acid) for seven days because one wound became inflamed. He could not work for 9 days (he is a self-employed physiotherapist) and could not run for six weeks.

As the dog owner you are liable regardless of fault (§ 833 BGB), so we will settle Mr Seidel's claim for you. We intend to pay pain and suffering of around EUR 1,200 plus his proven loss of income and the damaged running clothes. You do not need to do anything else for the moment.

Please note: the city's public order office may ask you about the incident (dangerous dogs regulations). That is a separate procedure, and we cannot act for you there.

Kind regards
Lena Osterkamp
General Liability Claims
Lindenhof Versicherung AG | +49 561 7081-4520

""" + FOOT_EN
    msg = mail(53, "Lena Osterkamp <lena.osterkamp@lindenhof-versicherung.example>",
               "Adaeze Okonkwo <adaeze.okonkwo@inbox-mail.example>",
               "Your claim 61-24-004390 – dog incident 20 October", "2024-11-06 11:30", body)
    return msg, S, "en", "insurer-to-customer", "dog bite: injured jogger's wounds, antibiotics, incapacity; customer's policy"


def m054():
    blocks = [
        "ABFINDUNGSERKLÄRUNG (Vorlage S-PS-40, Stand 11/2024)",
        "Anspruchsteller/in: «Vorname» «Name», geb. «Geburtsdatum», «Anschrift»",
        "Schaden-Nr.: «Schadennummer»   Unfalltag: «Unfalltag»   VN: «VN_Name»",
        "Gegen Zahlung eines Betrages von «Betrag» EUR (in Worten: «Betrag_Worte») erkläre ich mich wegen aller Ansprüche aus dem Unfall vom «Unfalltag» für jetzt und für die Zukunft für abgefunden, gleichgültig ob sie bekannt oder unbekannt, vorhersehbar oder nicht vorhersehbar sind.",
        "[Optionaler Baustein V1 – Vorbehalt materieller Zukunftsschaden]",
        "Ausgenommen sind materielle Zukunftsschäden aus «Verletzung», soweit sie nicht auf Sozialversicherungsträger oder sonstige Dritte übergehen. Die Verjährung dieser Ansprüche ist bis zum «Datum» gehemmt.",
        "[Optionaler Baustein V2 – Vorbehalt Folgeoperation]",
        "Ausgenommen ist eine erforderliche «OP_Art» einschließlich des damit verbundenen Verdienstausfalls.",
        "Die Ansprüche von Sozialversicherungsträgern (§ 116 SGB X) bleiben unberührt.",
        "Ort, Datum: «Ort_Datum»        Unterschrift: ____________________",
        "Hinweis für Sachbearbeitung: Vorbehalte nur mit Freigabe TL; bei Minderjährigen familiengerichtliche Genehmigung prüfen (§ 1851 BGB).",
    ]
    body = """Hallo Tobias,

die neue Vorlage für die Abfindungserklärung mit den beiden optionalen Vorbehaltsbausteinen. Rechtsabteilung hat drübergeschaut (Mail von Frau Dr. Kuhlmann vom 04.11.). Wenn du okay gibst, spiele ich sie ins Textsystem ein.

Viele Grüße
Svenja
"""
    msg = mail(54, "Svenja Mertens <svenja.mertens@lindenhof-versicherung.example>",
               "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "Neue Vorlage Abfindungserklärung S-PS-40", "2024-11-06 15:40", body,
               atts=[("S-PS-40_Abfindungserklaerung_Vorlage.docx",
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      docx(blocks))])
    return msg, N, "de", "internal", "trap: settlement template with «placeholders» for name, birth date, injury"


def m055():
    body = """Sehr geehrte Frau Hentschel,

wir sind der Haftpflichtversicherer der Bäckerei Wenzel in Melsungen (Inhaber Herr Gunther Wenzel) und kommen auf Ihren Sturz am 13.01.2024 vor dem Eingang der Filiale am Marktplatz zurück. Unser Zeichen: 62-24-000512.

Vielen Dank für die Unterlagen, die Sie uns geschickt haben: den Bericht der Notaufnahme des Krankenhauses Melsungen, den OP-Bericht und die Physiotherapieverordnungen.

Danach haben Sie sich bei dem Sturz auf dem nicht gestreuten Gehweg eine distale Radiusfraktur rechts (S52.5) zugezogen, die am 15.01.2024 mit einer Platte versorgt wurde. Sie waren bis 28.03.2024 in ergotherapeutischer Behandlung. Nach dem Bericht von Dr. Albrecht vom 02.09.2024 ist die Beweglichkeit des Handgelenks noch leicht eingeschränkt; die Entfernung der Platte ist für Februar 2025 geplant.

Unser Versicherungsnehmer hat eingeräumt, dass an diesem Morgen nicht rechtzeitig gestreut war. Wir übernehmen deshalb Ihren Schaden vollständig:

- Schmerzensgeld: 6.000 EUR; darin ist die geplante Metallentfernung bereits berücksichtigt.
- Zuzahlungen, Fahrtkosten, Kosten der Haushaltshilfe (Ihre Nachbarin) lt. Aufstellung: 1.412,60 EUR
- die zerbrochene Brille (Rechnung Optik Kühn): 389,00 EUR

Gesamt: 7.801,60 EUR

Wenn Sie einverstanden sind, schicken Sie uns bitte die beigefügte Abfindungserklärung unterschrieben zurück; materielle Kosten der Metallentfernung sind darin ausdrücklich vorbehalten. Sie können sich vorher selbstverständlich auch anwaltlich beraten lassen; die Kosten eines Anwalts würden wir übernehmen.

Mit freundlichen Grüßen
Lena Osterkamp
Allgemeine Haftpflicht – Schaden
Lindenhof Versicherung AG, Tel. 0561 7081-4520

""" + FOOT_DE
    msg = mail(55, "Lena Osterkamp <lena.osterkamp@lindenhof-versicherung.example>",
               "Gisela Hentschel <gisela.hentschel@t-net.example>",
               "Ihr Sturz am 13.01.2024 vor der Bäckerei Wenzel – unser Angebot", "2024-11-07 10:15", body)
    return msg, S, "de", "insurer-to-claimant", "slip-and-fall: claimant's wrist fracture, surgery, therapy, Schmerzensgeld offer"


def m056():
    body = """Hi Fiona,

quick update on the three open claims of your client Harbour Freight Solutions GmbH (fleet policy FL 77 31 0098), as asked for their board meeting:

1. 52-24-017720 – 14/06/2024 – truck HB-HF 4410, driver Mr Oleksandr Petrenko – side-swiped a parked car in Bremen. Third party (Mr Ingo Bartels) claims EUR 5,820 repair costs. Settled on 28/10.
2. 52-24-019901 – 04/09/2024 – van HB-HF 2207, driver Ms Carina Wulf – damaged the loading ramp of a customer in Hanover (Lindemann Logistik KG). Their insurer claims EUR 14,300; we have asked for an expert inspection because the ramp was 20 years old.
3. 52-24-021033 – 01/10/2024 – truck HB-HF 4415, driver Mr Dennis Krohn – rear-end collision on the A1. No injuries. Third party's lawyer claims total loss of a 2018 Mercedes Vito (EUR 19,500). Our expert has seen the vehicle; report expected next week.

Please note your client's internal contact has changed: from now on Ms Julia Schomaker (fleet manager) instead of Mr Tessmer.

Best regards
Patrick

--
Patrick Nowak | Key Account Manager Fleet | Lindenhof Versicherung AG
"""
    msg = mail(56, "Patrick Nowak <patrick.nowak@lindenhof-versicherung.example>",
               "Fiona Marsh <fiona.marsh@ashcombe-risk.example>",
               "RE: Harbour Freight – open claims for board meeting", "2024-11-07 13:50", body,
               reply="<AM0PR07MB4411.fiona@ashcombe-risk.example>")
    return msg, C, "en", "insurer-to-broker", "fleet client's open claims with named drivers, third parties, plates; no injuries"


def m057():
    body = """LINDENHOF RECHTSPRECHUNGS-NEWSLETTER HAFTPFLICHT · Ausgabe 11/2024

1. Dashcam-Aufnahmen als Beweismittel
Der BGH hat erneut bestätigt, dass anlasslose Dashcam-Aufnahmen zwar datenschutzrechtlich problematisch, im Unfallhaftpflichtprozess aber regelmäßig verwertbar sind (BGH, Urt. v. 15.05.2018 – VI ZR 233/17). Praxistipp: Aufnahmen von Kunden immer sichern lassen, aber nicht ungefragt an Dritte weitergeben.

2. Haushaltsführungsschaden: Stundensatz
Das OLG Celle hält für eine Ersatzkraft weiterhin 10 EUR netto pro Stunde für angemessen; andere Oberlandesgerichte gehen inzwischen bis 14 EUR. Einheitliche Linie gibt es nicht.

3. HWS-Distorsion bei geringer Geschwindigkeitsänderung
Eine "Harmlosigkeitsgrenze" gibt es nicht, entscheidend ist die Würdigung aller Umstände im Einzelfall (BGH, Urt. v. 28.01.2003 – VI ZR 139/02). Ein biomechanisches Gutachten allein reicht für die Abweisung nicht.

4. Hinterbliebenengeld
Die Rechtsprechung orientiert sich weiter am Richtwert von rund 10.000 EUR, Abweichungen nach oben bei Verlust eines Kindes.

5. Termine
- 13.11.2024, 16 Uhr: Webinar "Personenschaden für Einsteiger", Anmeldung über die Schadenakademie

Redaktion: Prozessabteilung, Svenja Mertens
Abmeldung: newsletter-recht@lindenhof-versicherung.example
"""
    msg = mail(57, "Rechtsprechungs-Newsletter <newsletter-recht@lindenhof-versicherung.example>",
               "Verteiler Schaden Haftpflicht <verteiler-haftpflicht@lindenhof-versicherung.example>",
               "Rechtsprechungs-Newsletter Haftpflicht 11/2024", "2024-11-08 07:45", body)
    return msg, N, "de", "newsletter", "trap: case-law newsletter on dashcams, whiplash, bereavement damages"


def m058():
    body = """Dear Sir or Madam,

with reference to the circular of the Council of Bureaux dated 30 September 2024, we inform you of the following changes to our details as claims representative (Schadenregulierungsbeauftragter) under the 4th and 6th Motor Insurance Directives:

New postal address for claims correspondence from 1 December 2024:
Lindenhof Versicherung AG, International Claims Desk, Postfach 10 22 40, 34022 Kassel, Germany

New functional mailbox: ic-desk@lindenhof-versicherung.example
Phone: +49 561 7081-4700 (Mon-Fri 8:00-17:00 CET)

Please update your list of correspondents and forward this notice to your member companies. The old address "Abt. KH-Ausland" will be redirected until 31 March 2025.

Kind regards
Daniel Reuter
International Claims Desk
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(58, "Daniel Reuter <daniel.reuter@lindenhof-versicherung.example>",
               "Green Card Bureau Correspondents <correspondents@gcb-network.example>",
               "Change of address – Lindenhof Versicherung AG claims representative", "2024-11-08 10:00", body)
    return msg, N, "en", "insurer-to-partner", "trap: change-of-address notice to Green Card bureaux, no claim"


def m059():
    body = """Dear Ms Kowalska,

Your reference: ZR/OL/2024/11873
Our reference: 51-24-006402
Insured person: Mr Bartosz Wróbel, PESEL 88061412345, born 14 June 1988
Accident: 29 May 2024, Kassel-Niederzwehren, construction site access road – our insured's tipper truck reversed into Mr Wróbel

Thank you for your recourse claim of 11 October 2024 in respect of the benefits paid to Mr Wróbel.

We accept liability in full. Regarding the amounts claimed:

1. Sickness allowance (zasiłek chorobowy) from 29 May to 24 November 2024 (180 days): PLN 41,220.00 – accepted in principle. Please send the certificates of incapacity for work (ZUS ZLA) or a list of the periods, so that we can check them against the medical reports on Mr Wróbel's pelvic fracture and the subsequent treatment for the injury to the urethra.
2. Rehabilitation allowance from 25 November 2024: we cannot accept future payments in advance. Please claim them when paid.
3. Costs of hospital treatment at the Wojewódzki Szpital in Opole after his transfer on 12 June 2024: as these are costs of the National Health Fund (NFZ), please ask the NFZ to contact us directly.

Please note that the treatment in Germany (Klinikum Kassel, 29 May to 12 June 2024) has already been paid by us to the hospital directly.

Yours sincerely
Julia Brandhorst
Recourse / Social Insurance Claims
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(59, "Julia Brandhorst <julia.brandhorst@lindenhof-versicherung.example>",
               "Agnieszka Kowalska <a.kowalska@zus-regres.example>",
               "Your ref. ZR/OL/2024/11873 – Mr B. Wróbel – recourse", "2024-11-08 14:25", body)
    return msg, S, "en", "insurer-to-health-insurer", "social insurer recourse: named worker's pelvic fracture, urethral injury, sick pay, ID number"


def m060():
    body = """Sehr geehrte Frau Kollegin Adomeit,

in Sachen Ihrer Mandantin Frau Christiane Fricke (Ihr Zeichen F-114/24, unser Schaden 51-24-009443), Unfall vom 25.08.2024 an der Einmündung Ihringshäuser Straße / Fuldatalstraße in Kassel:

Wir bleiben bei unserer Auffassung, dass eine Haftungsteilung von 50:50 angemessen ist. Nach der polizeilichen Unfallmitteilung, die Sie uns dankenswerterweise überlassen haben, hat Ihre Mandantin beim Einfahren aus dem Grundstück (§ 10 StVO) ein Verwarnungsgeld von 35 EUR akzeptiert; unser Versicherungsnehmer, Herr Bernd Lachmann, hat seinerseits die zulässige Geschwindigkeit um etwa 15 km/h überschritten (Verwarnungsgeld 50 EUR). Beide Verstöße haben sich auf den Unfall ausgewirkt.

Auf dieser Grundlage regulieren wir:

Reparaturkosten netto lt. Gutachten                   5.244,10 EUR
Wertminderung                                            400,00 EUR
Sachverständigenkosten                                   912,34 EUR
Nutzungsausfall 7 Tage à 59,00 EUR                       413,00 EUR
Kostenpauschale                                           25,00 EUR
                                                      ------------
                                                      6.994,44 EUR
davon 50 %                                            3.497,22 EUR

Verletzt wurde nach übereinstimmenden Angaben niemand.

Für eine Klage sehen wir wenig Aussicht. Sollten Sie neue Zeugen benennen können, prüfen wir gern erneut.

Mit freundlichen Grüßen
Mehmet Aydın
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(60, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "RAin Sandra Adomeit <kanzlei@adomeit-recht.example>",
               "Fricke ./. Lindenhof – Ihr Zeichen F-114/24 – Haftungsquote", "2024-11-11 09:35", body)
    return msg, C, "de", "insurer-to-lawyer", "named claimant and customer, administrative fines, 50:50 liability; nobody hurt"


def m061():
    body = """Hallo zusammen,

zum 01.01.2025 tritt die neue ICD-10-GM-Version in Kraft. Für uns in der Personenschadenregulierung ändert sich wenig. Damit ihr Arztberichte und Forderungen der Kassen richtig lest, hier die Codes, die uns am häufigsten begegnen (Auswahl, unverändert gültig):

S13.4   Verstauchung und Zerrung der Halswirbelsäule ("HWS-Distorsion", "Schleudertrauma")
S06.0   Gehirnerschütterung
S22.3-  Rippenfraktur
S42.0-  Klavikulafraktur
S52.5-  Distale Radiusfraktur
S72.0-  Schenkelhalsfraktur
S82.-   Unterschenkelfraktur
T91.-   Folgen von Verletzungen des Halses und des Rumpfes
F43.1   Posttraumatische Belastungsstörung
G44.3   Chronischer posttraumatischer Kopfschmerz
V-Codes (V01-V99) Transportmittelunfälle – stehen in Krankenhausabrechnungen oft als Zusatzschlüssel

Zusatzkennzeichen: G = gesichert, V = Verdacht, Z = Zustand nach, A = ausgeschlossen; Seitenangabe R/L/B.
Tipp: Ein "V" (Verdacht) im Notaufnahmebericht ist keine gesicherte Diagnose – bitte so auch gegenüber den Anwälten argumentieren.

Die vollständige Liste gibt es beim BfArM. Eine Übersicht zum Ausdrucken liegt im Teams-Kanal "PS-Wissen".

Viele Grüße
Dr. Ulrike Hennig
Beratungsärztin Personenschaden
"""
    msg = mail(61, "Dr. Ulrike Hennig <ulrike.hennig@lindenhof-versicherung.example>",
               "KH-Personenschaden <kh-personenschaden@lindenhof-versicherung.example>",
               "ICD-10-GM 2025 – Codes, die wir oft sehen", "2024-11-11 12:10", body,
               cc="AH-Schaden <ah-schaden@lindenhof-versicherung.example>")
    return msg, N, "de", "internal", "trap: ICD-10-GM reference list for claims staff, no patient"


def m062():
    lines = [
        "Polizeipraesidium Nordhessen - Polizeirevier Kassel-Mitte",
        "Unfallmitteilung fuer die Beteiligten (Kleinunfall, § 4 Unfallmitteilungserlass)",
        "Vorgangsnummer: 0301-24-115420",
        "",
        "Datum/Zeit: 28.10.2024, 07:48 Uhr",
        "Ort: Kassel, Kurt-Schumacher-Strasse, Hoehe Hausnummer 12",
        "Hergang: Fahrstreifenwechsel ohne ausreichende Beachtung des nachfolgenden Verkehrs",
        "",
        "Beteiligter 1: Pkw Opel Corsa, KS-ES 507",
        "  Fahrerin/Halterin: Elif Sahin, Kassel",
        "  Versicherer: Lindenhof Versicherung AG",
        "  Verwarnungsgeld: 35 EUR (§ 7 Abs. 5 StVO) - angenommen",
        "",
        "Beteiligter 2: Pkw Toyota Yaris Hybrid, KS-HJ 2214",
        "  Fahrer: Hans-Joachim Vogt, Kassel",
        "  Halterin: Taxi Vogt e. K.",
        "",
        "Personenschaden: nein",
        "Sachschaden geschaetzt: Bet. 1 ca. 800 EUR, Bet. 2 ca. 2.500 EUR",
        "Aufnehmender Beamter: POK Siebert",
    ]
    body = """Lena,

kleiner Nachtrag zu Sahin/Vogt (51-24-012502): Die Polizei hat beiden Beteiligten die Unfallmitteilung ausgehändigt, Herr Vogt hat sie seinem Anspruchsschreiben beigelegt. Damit ist der Hergang für mich klar, wir regulieren 100 %. Der Verdienstausfall des Taxis kommt noch, den schaue ich mir an.

Schönen Gruß
Mehmet
"""
    msg = mail(62, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Lena Osterkamp <lena.osterkamp@lindenhof-versicherung.example>",
               "Unfallmitteilung Sahin/Vogt 51-24-012502", "2024-11-11 15:05", body,
               atts=[("Unfallmitteilung_0301-24-115420.pdf", "application/pdf",
                      pdf(lines, "Unfallmitteilung"))])
    return msg, C, "de", "police", "police notice of minor accident: named drivers, plates, administrative fine; no injury"


def m063():
    body = """Sehr geehrte Frau Dr. Schwerdtfeger,

Ihre Patientin Frau Anke Vossberg, geb. 17.03.1987, Hann. Münden, macht bei uns Ansprüche aus einem Verkehrsunfall vom 02.05.2024 geltend (unser Schaden 51-24-006618). Frau Vossberg hat Sie mit der beigefügten Erklärung vom 21.10.2024 von der ärztlichen Schweigepflicht uns gegenüber entbunden.

Wir bitten Sie um einen kurzen Befundbericht zu folgenden Fragen:

1. Wegen welcher Beschwerden befindet sich Frau Vossberg seit dem 16.06.2024 noch in Ihrer Behandlung?
2. Welche Befunde haben Sie bei der letzten Untersuchung erhoben (Beweglichkeit HWS, neurologische Ausfälle)?
3. Waren die Beschwerden im Bereich der HWS vor dem Unfall bekannt? Falls ja: seit wann und in welcher Form behandelt?
4. Welche weitere Behandlung ist geplant, und wann rechnen Sie mit Beschwerdefreiheit?

Für den Bericht vergüten wir Ihnen nach GOÄ Nr. 75 (ausführlicher schriftlicher Krankheits- und Befundbericht) zzgl. Porto; bitte legen Sie Ihre Rechnung bei.

Bitte senden Sie den Bericht per Post oder per Fax an 0561 7081-4499 und nicht per unverschlüsselter E-Mail.

Mit freundlichen Grüßen
Sabine Kröger
Lindenhof Versicherung AG
KH-Personenschaden, Tel. 0561 7081-4412

""" + FOOT_DE
    msg = mail(63, "Sabine Kröger <sabine.kroeger@lindenhof-versicherung.example>",
               "Praxis Dr. Schwerdtfeger <praxis@dr-schwerdtfeger.example>",
               "Befundbericht Frau Anke Vossberg, geb. 17.03.1987 – Schaden 51-24-006618",
               "2024-11-12 08:55", body)
    return msg, S, "de", "insurer-to-doctor", "request to GP for medical report on named patient's neck complaints, DOB"


def m064():
    body = """Sehr geehrter Herr Eckhardt,

anbei die Eckpunkte zur Verlängerung der Partnerwerkstatt-Vereinbarung ab 01.01.2025, wie in unserem Gespräch am 07.11. besprochen:

1. Stundenverrechnungssätze (netto)
   Mechanik/Elektrik      AW 12,40 EUR (bisher 11,80)
   Karosserie             AW 12,90 EUR (bisher 12,20)
   Lack                   AW 13,60 EUR (bisher 12,90)
   Lackmaterial           Eurolack-Faktor 38 % (unverändert)

2. Hol- und Bringservice für Haftpflichtgeschädigte unserer Versicherungsnehmer kostenfrei im Umkreis von 25 km.
3. Ersatzfahrzeug: Klasse A/B für Haftpflichtgeschädigte zum Tagessatz von 39 EUR netto, abgerechnet direkt mit uns.
4. Reparaturdauer: Rückmeldung an uns, wenn sich die im Gutachten kalkulierte Dauer um mehr als 2 Arbeitstage verlängert.
5. Rechnungsstellung elektronisch (XRechnung) an rechnungseingang@lindenhof-versicherung.example.

Der Vertragsentwurf folgt bis Ende November über unseren Einkauf.

Mit freundlichen Grüßen
Mehmet Aydın
Kraftfahrt-Sachschaden / Werkstattsteuerung

""" + FOOT_DE
    msg = mail(64, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Karosserie & Lack Eckhardt GmbH <service@eckhardt-karosserie.example>",
               "Partnerwerkstatt-Vereinbarung 2025 – Eckpunkte", "2024-11-12 11:20", body)
    return msg, N, "de", "insurer-to-supplier", "trap: body-shop framework terms for third-party claimants, no person"


def m065():
    lines = [
        "Klinik fuer Unfallchirurgie und Orthopaedie - Klinikum Kassel",
        "Arztbrief / Entlassungsbericht",
        "",
        "Patient: Dominik Faust, geb. 05.07.1990, Wiesenweg 3, 34317 Habichtswald",
        "Aufnahme: 19.11.2023 (Schockraum)   Entlassung: 04.12.2023",
        "",
        "Diagnosen:",
        "  S82.6 R  Sprunggelenksfraktur rechts, Typ Weber C, mit Syndesmosenruptur",
        "  S22.2    Sternumfraktur, nicht disloziert",
        "  S63.5 L  Distorsion Handgelenk links",
        "  Nebendiagnose: E66.0 Adipositas Grad I, Z72.0 Nikotinabusus",
        "",
        "Therapie:",
        "  20.11.2023 offene Reposition und Plattenosteosynthese Fibula rechts,",
        "  Stellschraube Syndesmose (OPS 5-794.k6, 5-79b.0k)",
        "  Thromboseprophylaxe Enoxaparin 40 mg s.c. fuer 6 Wochen",
        "",
        "Verlauf: komplikationslos, Wunde reizlos. Mobilisation an Unterarmgehstuetzen",
        "mit 15 kg Teilbelastung im Vacoped-Stiefel.",
        "",
        "Procedere: Stellschraubenentfernung nach 8 Wochen, AHB beantragt,",
        "AU bis auf Weiteres (Beruf: Dachdecker).",
        "",
        "Dr. med. K. Lambrecht, Oberarzt",
    ]
    body = """Liebe Frau Dr. Hennig,

z. K. – bitte um Ihre beratungsärztliche Stellungnahme bis 20.11. (Auftrag Prof. Vollmer läuft parallel).

Danke und Gruß
T. Wendland
"""
    msg = mail(65, "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "Dr. Ulrike Hennig <ulrike.hennig@lindenhof-versicherung.example>",
               "WG: 51-23-014418 Entlassungsbericht", "2024-11-12 16:45", body,
               atts=[("Entlassungsbericht_Klinikum_Kassel_2023-12-04.pdf", "application/pdf",
                      pdf(lines, "Arztbrief"))])
    return msg, S, "de", "doctor", "body says only 'z. K.'; hospital discharge letter PDF with diagnoses, surgery, medication"


def m066():
    body = """Dear Mr Fairbanks,

thank you for reporting the incident on your personal liability policy.

Policy: PH 331 902 445 (private liability, single)
Claim number: 61-24-004512
Date: 8 November 2024, Friedrich-Ebert-Straße, Kassel

You wrote that you lost control of your bicycle on wet tram rails and fell against a parked car, a silver Hyundai i30 (KS-MB 3317). The owner, Ms Martina Beck, left a note on the windscreen and has now sent us photos and a quote for EUR 1,168.40 (repair of the front passenger door and the wing mirror).

We will cover the claim for you. Before we pay, we need:
- your confirmation that the description above is correct,
- the name of the friend who was with you, in case we need a witness.

Luckily nobody was hurt, and the car was empty. Please do not pay Ms Beck anything yourself; we deal with her directly.

Best wishes
Lena Osterkamp
General Liability Claims
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(66, "Lena Osterkamp <lena.osterkamp@lindenhof-versicherung.example>",
               "Nathan Fairbanks <nfairbanks@uni-kassel-students.example>",
               "Claim 61-24-004512 – bicycle and parked car", "2024-11-13 10:05", body)
    return msg, C, "en", "insurer-to-customer", "private liability claim: customer, policy and claim number, third party and plate; nobody hurt"


def m067():
    html = """<html><body style="font-family:Arial;font-size:14px;color:#222">
<p style="font-size:20px;color:#0b4f6c"><b>Webinar for fleet managers: Fewer accidents, fewer injuries</b></p>
<p>Wednesday, 4 December 2024, 10:00&ndash;11:15 CET &middot; online &middot; free of charge</p>
<p>Rear-end collisions in stop-and-go traffic cause one in three claims in commercial fleets &mdash; and most of the
whiplash injuries that follow. In this webinar our claims and risk experts show:</p>
<ul>
<li>what your fleet's claims data tells you (and what it does not),</li>
<li>how a driver safety programme pays off within a year,</li>
<li>what to do in the first hour after an accident with injured persons,</li>
<li>how our rehab management helps injured third parties &mdash; and keeps your claims costs down.</li>
</ul>
<p><a href="https://events.lindenhof-versicherung.example/fleet-webinar-2024-12">Register now</a></p>
<p style="font-size:11px;color:#777">Lindenhof Versicherung AG &middot; Wilhelmsh&ouml;her Allee 212 &middot; 34119 Kassel<br>
You receive this invitation as a registered contact of our fleet programme.
<a href="https://www.lindenhof-versicherung.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    text = """Webinar for fleet managers: Fewer accidents, fewer injuries
Wednesday, 4 December 2024, 10:00-11:15 CET, online, free of charge

Rear-end collisions in stop-and-go traffic cause one in three claims in commercial fleets - and most of the whiplash injuries that follow. In this webinar our claims and risk experts show:
- what your fleet's claims data tells you (and what it does not),
- how a driver safety programme pays off within a year,
- what to do in the first hour after an accident with injured persons,
- how our rehab management helps injured third parties - and keeps your claims costs down.

Register: https://events.lindenhof-versicherung.example/fleet-webinar-2024-12

Unsubscribe: https://www.lindenhof-versicherung.example/newsletter/unsubscribe
"""
    msg = mail(67, "Lindenhof Fleet Services <fleet-events@lindenhof-versicherung.example>",
               "Fleet contacts <fleet-contacts@lindenhof-versicherung.example>",
               "Invitation: webinar for fleet managers on 4 December", "2024-11-13 08:00", text, html=html)
    return msg, N, "en", "newsletter", "trap: fleet webinar invitation about injuries and rehab, mass mailing"


def m068():
    body = """Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unser betriebsärztlicher Dienst allen Beschäftigten eine kostenlose Grippeschutzimpfung an.

Termine: 19., 20. und 21. November 2024, jeweils 8:30-12:00 Uhr
Ort: Betriebsarztpraxis, Erdgeschoss Gebäude B, Raum 0.12
Impfstoff: quadrivalenter Influenza-Impfstoff der Saison 2024/2025

Bitte bringen Sie Ihren Impfpass mit. Eine Anmeldung ist nicht nötig. Die Impfzeit gilt als Arbeitszeit.

Wer zusätzlich eine Auffrischung gegen COVID-19 wünscht, bespricht das bitte direkt mit Frau Dr. Reinecke in der Sprechstunde.

Ihr Betriebsärztlicher Dienst und das Team Arbeitssicherheit
"""
    msg = mail(68, "Arbeitssicherheit <arbeitssicherheit@lindenhof-versicherung.example>",
               "Alle Beschäftigten Kassel <alle-kassel@lindenhof-versicherung.example>",
               "Grippeschutzimpfung 19.–21.11.", "2024-11-13 12:00", body)
    return msg, N, "de", "internal", "trap: staff flu vaccination announcement, no person"


def m069():
    body = """Daniel,

I need your sign-off on the reserve for the Kjeldsen file before Friday's reserving committee.

Claim: 51-24-009120, accident 17/08/2024, A 7 near Flensburg-Harrislee
Claimant: Mr Mads Kjeldsen, 41, Aabenraa (Denmark), motorcyclist, represented by Advokatfirma Holm & Riis
Liability: 100 % our insured (lorry of Nordhessen Frischdienst GmbH, lane change)

Medical update (report of Sønderborg hospital, translated, received 11/11):
- open fracture of the right tibia and fibula, treated with external fixator, then intramedullary nail
- infection of the fracture site in October, second operation 21/10, IV antibiotics for 6 weeks
- fracture of the right radius, healed
- the surgeons think a further operation is likely; there is a risk of non-union
- he works as a ship's engineer on ferries; return to sea service doubtful, currently on Danish sickness benefit (sygedagpenge)

Current reserve EUR 90,000. I suggest EUR 240,000:
- pain and suffering (German law applies, lex loci) EUR 45,000
- loss of earnings 2 years at ca. EUR 5,400 net per month EUR 130,000
- treatment costs / recourse Danish region EUR 40,000
- household, travel, other EUR 25,000

OK from your side?

Hannah
"""
    msg = mail(69, "Hannah Kowalczyk <hannah.kowalczyk@lindenhof-versicherung.example>",
               "Daniel Reuter <daniel.reuter@lindenhof-versicherung.example>",
               "Reserve Kjeldsen 51-24-009120 – your OK please", "2024-11-13 15:30", body)
    return msg, S, "en", "internal", "reserve request: Danish claimant's open fracture, infection, income and benefits"


def m070():
    body = """Sehr geehrte Frau Rohrbach,

vielen Dank für Ihre Meldung zu Ihrer Privathaftpflichtversicherung (PH 330 115 982, Schaden-Nr. 61-24-004601).

Sie schreiben, dass Ihr Sohn Lukas (7 Jahre) am 09.11.2024 mit seinem Fahrrad auf dem Gehweg vor Ihrem Haus in Lohfelden gegen den geparkten Pkw Ihres Nachbarn, Herrn Erwin Hammerschmidt (KS-EH 74), gefahren ist. Dabei ist ein Kratzer an der hinteren Tür entstanden. Verletzt hat sich niemand.

Zur Rechtslage: Kinder unter zehn Jahren haften für Schäden, die sie im fließenden Verkehr verursachen, grundsätzlich nicht (§ 828 Abs. 2 BGB). Ein geparktes Auto gehört nach der Rechtsprechung aber nicht dazu – hier kommt es darauf an, ob Lukas die Gefahr erkennen konnte. Außerdem prüfen wir, ob eine Aufsichtspflichtverletzung vorliegt. In Ihrem Tarif sind Schäden durch deliktunfähige Kinder bis 15.000 EUR mitversichert, auch wenn keine Haftung besteht. Wir werden den Schaden daher in jedem Fall übernehmen, wenn die Höhe stimmt.

Herr Hammerschmidt hat uns einen Kostenvoranschlag über 640,20 EUR geschickt. Wenn Sie dem Hergang so zustimmen, zahlen wir direkt an ihn.

Mit freundlichen Grüßen
Lena Osterkamp
Allgemeine Haftpflicht – Schaden

""" + FOOT_DE
    msg = mail(70, "Lena Osterkamp <lena.osterkamp@lindenhof-versicherung.example>",
               "Katrin Rohrbach <katrin.rohrbach@post-mail.example>",
               "Ihr Haftpflichtschaden 61-24-004601 – Lukas und das Auto von Herrn Hammerschmidt",
               "2024-11-14 09:45", body)
    return msg, C, "de", "insurer-to-customer", "liability claim: customer, her child's name and age, neighbour, plate; nobody hurt"


def m071():
    body = """Dear Alistair,

thanks for your questions after the renewal meeting. Some general points on how we reserve serious bodily injury claims, without reference to individual files:

1. Annuities vs. lump sums
German claimants can choose a periodical payment (Rente) for future loss of earnings and increased needs (§ 843 BGB). In practice most serious injury claims are settled by capitalised lump sums. We capitalise at an interest rate of currently 1.5 % and use the German mortality table 2020/22 with a loading for reduced life expectancy only where a medical expert states it explicitly.

2. Care costs
We reserve 24h care at home at EUR 16-19k per month (professional care at home) unless there are family carers. For care provided by relatives, courts award the net wage of a comparable carer.

3. Indexation
Our reserves include 3 % p.a. inflation on care costs and 2 % on loss of earnings. We understand you would like to see a sensitivity at 4 %.

4. Social insurers
Recourse by statutory health, care and accident insurers is reserved on a case basis. For claims under a sharing agreement (Teilungsabkommen), the quota applies up to the agreed limit.

Happy to send the actuarial note on the capitalisation factors.

Best regards
Dr. Tobias Wendland

""" + FOOT_EN
    msg = mail(71, "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "Alistair Penrose <a.penrose@btre.example>",
               "RE: Reserving methodology serious bodily injury", "2024-11-14 11:30", body)
    return msg, N, "en", "insurer-to-partner", "trap: reinsurer Q&A on bodily-injury reserving, no individual file"


def m072():
    body = """Sehr geehrter Herr Lindemann,

wir sind der Haftpflichtversicherer von Herrn und Frau Jaeschke, Grundstück Am Mühlgraben 4 in Guxhagen (Schaden-Nr. 63-24-001288).

Während des Sturms am 26.10.2024 ist die Birke auf dem Grundstück unserer Versicherungsnehmer umgestürzt und auf Ihren am Straßenrand geparkten Pkw (Seat Ateca, HR-CL 812) gefallen. Nach dem Gutachten des Baumpflegers war der Baum im Wurzelbereich von Pilzbefall geschwächt, was bei einer regelmäßigen Sichtkontrolle hätte auffallen können. Wir erkennen die Haftung daher an.

Wir zahlen Ihnen:

Wiederbeschaffungswert lt. Gutachten Sachverständigenbüro Lüdtke  18.900,00 EUR
abzgl. Restwert (Angebot Autoverwertung Nordhessen)               -3.150,00 EUR
Gutachterkosten                                                     1.104,30 EUR
An- und Abmeldekosten                                                  85,00 EUR
Nutzungsausfall 14 Tage à 59,00 EUR                                   826,00 EUR
Kostenpauschale                                                        25,00 EUR
Summe                                                              17.790,30 EUR

Bitte überweisen Sie nichts an den Verwerter; er holt das Fahrzeug nach Ihrer Terminabsprache ab und zahlt Ihnen den Restwert von 3.150 EUR direkt.

Unsere Zahlung geht an das von Ihnen angegebene Konto:
Kontoinhaber: Christian Lindemann
IBAN DE52 5202 0500 0008 0051 31

Mit freundlichen Grüßen
Lena Osterkamp
Allgemeine Haftpflicht – Schaden
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(72, "Lena Osterkamp <lena.osterkamp@lindenhof-versicherung.example>",
               "Christian Lindemann <c.lindemann@mailfix.example>",
               "Ihr Schaden durch umgestürzten Baum – Abrechnung 63-24-001288", "2024-11-14 14:00", body)
    return msg, C, "de", "insurer-to-claimant", "property damage (tree on car): named claimant, plate, customers named, IBAN"


def m073():
    blocks = [
        "ABFINDUNGSVERGLEICH",
        "zwischen Herrn Dominik Faust, geb. 05.07.1990, Wiesenweg 3, 34317 Habichtswald,",
        "vertreten durch Rechtsanwalt Jörg Hempel, Kassel – nachstehend Geschädigter –",
        "und der Lindenhof Versicherung AG, Kassel, als Kfz-Haftpflichtversicherer des Herrn Uwe Baumbach (Schaden-Nr. 51-23-014418).",
        "§ 1 Gegenstand: Ansprüche aus dem Verkehrsunfall vom 19.11.2023 auf der L 3218 bei Habichtswald.",
        "§ 2 Verletzungsfolgen: Sprunggelenksfraktur rechts Typ Weber C mit Syndesmosenruptur, Sternumfraktur, Handgelenksdistorsion links; nach dem Gutachten Prof. Dr. Vollmer vom 28.10.2024 verbleibt eine Bewegungseinschränkung im OSG rechts; eine posttraumatische Arthrose ist wahrscheinlich. Der Geschädigte kann seinen Beruf als Dachdecker nicht mehr ausüben und wird ab 01.02.2025 zum Bauzeichner umgeschult.",
        [["Position", "Betrag EUR"],
         ["Schmerzensgeld", "35.000,00"],
         ["Verdienstausfall 19.11.2023–31.01.2025 (netto, abzgl. Krankengeld/Übergangsgeld)", "11.842,16"],
         ["Verdienstminderung nach Umschulung, kapitalisiert", "48.000,00"],
         ["Haushaltsführungsschaden", "6.300,00"],
         ["Mehrbedarf, Fahrtkosten, Zuzahlungen", "3.117,40"],
         ["abzgl. Vorschüsse", "-20.000,00"],
         ["Zahlbetrag", "84.259,56"]],
        "§ 3 Vorbehalt: Ausgenommen sind materielle Zukunftsschäden aus einer Arthrodese des oberen Sprunggelenks rechts; die Verjährung ist insoweit für 30 Jahre gehemmt.",
        "§ 4 Übergegangene Ansprüche der BG Bau und der Krankenkasse bleiben unberührt.",
        "Kassel / Habichtswald, den ______________",
    ]
    body = """Sehr geehrter Herr Kollege Hempel,

wie in unserem Telefonat vom 13.11. besprochen, übersende ich Ihnen den Entwurf des Abfindungsvergleichs. Die Zahlen entsprechen unserer Einigung (Schmerzensgeld 35.000 EUR, Vorbehalt Arthrodese).

Bitte prüfen Sie den Text mit Ihrem Mandanten. Nach Rücklauf der unterschriebenen Fassung zahlen wir innerhalb von 10 Tagen auf Ihr Anderkonto.

Mit freundlichen Grüßen
Dr. Tobias Wendland
Leiter Personen-Großschaden
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(73, "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "Rechtsanwalt Jörg Hempel <kanzlei@ra-hempel.example>",
               "Faust ./. Lindenhof – Entwurf Abfindungsvergleich", "2024-11-15 09:10", body,
               atts=[("Abfindungsvergleich_Faust_Entwurf.docx",
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      docx(blocks))])
    return msg, S, "de", "insurer-to-lawyer", "filled settlement DOCX: claimant's DOB, injuries, permanent damage, retraining, amounts"


def m074():
    body = """Hallo zusammen,

hier die Halbjahreszahlen aus der Kooperation mit RehaPlan Fallmanagement GmbH (01-06/2024), wie im Steuerkreis vereinbart. Alle Werte aggregiert, ohne Einzelfallbezug:

Fälle neu ins Reha-Management:       38 (davon KH 31, AH 7)
Ø Tage Unfall -> Erstkontakt Reha:   41 (Ziel: 30)
Einwilligungsquote Geschädigte:      79 %
Rückkehr in Beruf nach 12 Monaten:   64 % der abgeschlossenen Fälle
Ø Kosten Reha-Management je Fall:    4.850 EUR
geschätzte Einsparung je Fall:       ca. 21.000 EUR (Verdienstausfall, Mehrbedarf)

Wichtigste Hebel laut RehaPlan: früher Erstkontakt und schnelle Facharzttermine. Die Anwälte stimmen häufiger zu, wenn wir die Kosten einer unabhängigen Beratung übernehmen.

Nächster Steuerkreis: 10.12.2024.

Gruß
Tobias
"""
    msg = mail(74, "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "Abteilungsleitung Schaden <al-schaden@lindenhof-versicherung.example>",
               "Reha-Management: Halbjahreszahlen 2024", "2024-11-15 13:30", body)
    return msg, N, "de", "internal", "trap: aggregated rehab-management figures, no individual case"


def m075():
    body = """Dear Mr de Graaf,

I am sorry to contact you with bad news. On Monday, 18 November, at around 7:20 a.m., one of your German service vans (DO-MF 1318, driver Ms Aylin Kaya) was involved in an accident in Dortmund-Hörde. According to the police, the van turned right and hit a cyclist who was going straight ahead on the cycle lane.

The cyclist, a 16-year-old schoolboy, was taken to hospital with a head injury and a broken collarbone. His parents' lawyer has already informed us; we understand that he is still in the paediatric intensive care unit for observation.

What we need from you, as soon as possible:
1. Ms Kaya's written account of the accident (our driver's report form is attached to the policy documents; English or German is fine).
2. The data from the van's telematics box and the dashcam, if fitted. Please secure the data now, before it is overwritten.
3. The name of Ms Kaya's supervisor in case the police want to interview her.

Please also tell Ms Kaya that she should not make any statements to the family or on social media, and that she has the right to consult a lawyer before speaking to the police. If she needs support herself after this experience, your employee assistance programme may help.

We will handle the claims of the injured boy and his family for your company.

Best regards
Patrick Nowak
Key Account Manager Fleet
Lindenhof Versicherung AG | +49 561 7081-3310

""" + FOOT_EN
    msg = mail(75, "Patrick Nowak <patrick.nowak@lindenhof-versicherung.example>",
               "Ruud de Graaf <r.degraaf@meridian-fs.example>",
               "Urgent: accident with injured cyclist – DO-MF 1318 – 18 November", "2024-11-19 09:05", body)
    return msg, S, "en", "insurer-to-company", "fleet accident: injured minor's head injury and fracture, named driver, police"


def m076():
    body = """Dear Ms Gallagher,

Your ref.: SWR-DE-24-08813
Our claim no.: 51-24-011455
Rental agreement: RA 4471-0932, Kassel-Wilhelmshöhe station, 12-15 October 2024
Vehicle: VW T-Roc, registration F-SW 4471
Renter/driver: Mr Karsten Weidemann, Fritzlar

Thank you for your damage invoice of 30 October.

Our policyholder, Ms Sonja Krug, accepts that she hit the rental car while it was parked in front of the station on 14 October. The damage to the left front wing and the headlamp is not disputed. We can, however, only pay the following:

- Repair costs according to your in-house estimate: EUR 2,318.70 net (your company is entitled to deduct VAT)
- Loss of use: we need evidence that the vehicle could not be rented out. Please send the fleet utilisation for the repair period; a flat "loss of rental income" of EUR 89 per day is not enough.
- Administration fee EUR 95: not recoverable; we will pay the usual flat rate of EUR 25.

No one was injured; Mr Weidemann was not in the car at the time.

Please send us your company's bank details on letterhead; we do not accept bank details sent only by e-mail.

Kind regards
Mehmet Aydın
Motor Claims – Property Damage
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(76, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Orla Gallagher <claims.de@swiftcar-rental.example>",
               "Your ref SWR-DE-24-08813 – rental car F-SW 4471 – our claim 51-24-011455",
               "2024-11-19 11:40", body)
    return msg, C, "en", "insurer-to-company", "rental car damage: renter and customer named, plates, claim number; no injury"


def m077():
    body = """Sehr geehrte Damen und Herren,

zum 01.01.2025 passen wir die Zusammenarbeit mit unseren Panelkanzleien in Haftpflichtprozessen an. Die wichtigsten Punkte:

1. Vergütung: Es bleibt bei der Abrechnung nach RVG. Für Personenschadenprozesse mit Streitwert über 100.000 EUR ist eine Zeithonorarvereinbarung (240 EUR/Std. netto) möglich, nach vorheriger Abstimmung mit der Prozessabteilung.
2. Berichtswesen: Bitte berichten Sie nach jedem Termin innerhalb von drei Werktagen mit Einschätzung der Prozessaussichten in Prozent und einem Vergleichsvorschlag.
3. Übermittlung: Schriftsätze, Gutachten und medizinische Unterlagen bitte ausschließlich über den sicheren Datenraum oder beA/beBPo, nicht per unverschlüsselter E-Mail.
4. Ansprechpartnerin in der Prozessabteilung bleibt Frau Svenja Mertens.

Die angepasste Rahmenvereinbarung erhalten Sie Anfang Dezember zur Unterschrift.

Mit freundlichen Grüßen
Dr. Tobias Wendland
Leiter Personen-Großschaden
Svenja Mertens
Prozessabteilung

""" + FOOT_DE
    msg = mail(77, "Svenja Mertens <svenja.mertens@lindenhof-versicherung.example>",
               "Panelkanzleien Haftpflicht <panel-kanzleien@lindenhof-versicherung.example>",
               "Panelkanzleien: Anpassungen ab 01.01.2025", "2024-11-19 14:10", body)
    return msg, N, "de", "insurer-to-lawyer", "trap: circular to panel law firms about fees and medical documents, no case"


def m078():
    body = """You have received a new secure message from Lindenhof Versicherung AG.

Sender: International Claims Desk
Received: 20/11/2024 09:12

To read the message, please log in to the Lindenhof SecureMail portal:
https://securemail.lindenhof-versicherung.example

If you have not registered yet, you will receive an initial password from your contact person by separate means. Do not reply to this notification; replies to this address are not read.

This notification contains no content of the message itself.

Lindenhof Versicherung AG
"""
    msg = mail(78, "Lindenhof SecureMail <securemail-noreply@lindenhof-versicherung.example>",
               "Charlotte Dunmore <c.dunmore@harrowgate-finch.example>",
               "New secure message from Lindenhof Versicherung AG", "2024-11-20 09:12", body)
    return msg, N, "en", "insurer-to-lawyer", "trap: portal notification without any content"


def m079():
    body = """Sehr geehrte Damen und Herren,

Ihr Mitarbeiter, Herr Kevin Aschenbrenner (geb. 03.03.1995, Personal-Nr. laut Schreiben des Anwalts 100482), wurde am 12.09.2024 bei einem Verkehrsunfall verletzt, den unser Versicherungsnehmer verursacht hat (unser Schaden 51-24-010877). Herr Aschenbrenner macht über seinen Anwalt Verdienstausfall geltend und ist mit der Auskunft an uns einverstanden (Erklärung anbei).

Für die Berechnung bitten wir um:

1. eine Verdienstbescheinigung über die letzten drei Monate vor dem Unfall (brutto, netto, Zuschläge, Überstunden),
2. die Zeiten der Arbeitsunfähigkeit, für die Sie Entgeltfortzahlung geleistet haben (nach unserer Kenntnis 12.09. bis 23.10.2024),
3. den Betrag der fortgezahlten Vergütung einschließlich der Arbeitgeberanteile zur Sozialversicherung – diesen Betrag können Sie nach § 6 EFZG bei uns geltend machen,
4. die Information, ob Herr Aschenbrenner nach seiner Rückkehr zunächst mit reduzierter Stundenzahl (Wiedereingliederung) arbeitet.

Nach den ärztlichen Unterlagen hatte er eine Kahnbeinfraktur links (S62.0) und konnte als Lagerlogistiker mit Staplerfahrten bis zur knöchernen Heilung nicht eingesetzt werden.

Mit freundlichen Grüßen
Sabine Kröger
KH-Personenschaden
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(79, "Sabine Kröger <sabine.kroeger@lindenhof-versicherung.example>",
               "Personalabteilung Fuldaer Lagerhaus <personal@fuldaer-lagerhaus.example>",
               "Ihr Mitarbeiter Kevin Aschenbrenner – Verdienstausfall – Schaden 51-24-010877",
               "2024-11-20 10:30", body)
    return msg, S, "de", "insurer-to-company", "employer asked for pay data of named injured employee: DOB, scaphoid fracture, sick leave"


def m080():
    body = """Sehr geehrte Damen und Herren,

Schaden-Nr.: 51-24-012206
Geschädigter: Herr Stefan Wolters, Baunatal
Fahrzeug: VW Passat Variant, KS-SW 4402

Herr Wolters hat uns Ihre Reparaturkostenübernahmebestätigung sowie die Sicherungsabtretung vom 18.11.2024 übersandt.

Wir bestätigen die Übernahme der Reparaturkosten entsprechend dem Kostenvoranschlag vom 15.11.2024 über 2.914,66 EUR netto zzgl. USt (Herr Wolters ist nicht vorsteuerabzugsberechtigt). Die Abtretung nehmen wir zur Kenntnis; wir zahlen nach Vorlage der Rechnung direkt an Sie.

Bitte beachten Sie: Ersatzteile für die Fahrertür bitte nach Kostenvoranschlag; Mehrarbeiten über 10 % nur nach Rücksprache mit uns. Ein Ersatzfahrzeug stellen Sie Herrn Wolters nach seiner Aussage selbst zur Verfügung; abrechnen können Sie Klasse C zu unserem Partnertarif.

Mit freundlichen Grüßen
Mehmet Aydın
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(80, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Autohaus Baunataler Tor <service@autohaus-baunataler-tor.example>",
               "Reparaturfreigabe 51-24-012206 – Wolters, KS-SW 4402", "2024-11-20 13:15", body)
    return msg, C, "de", "insurer-to-supplier", "repair release for named claimant's car, plate, assignment of claim"


def m081():
    body = """Guten Tag,

Sie haben sich für das Lindenhof Kundenportal "Mein Lindenhof" registriert. Ihr Zugang ist fast fertig.

Ihren Benutzernamen haben Sie bei der Registrierung selbst gewählt. Ihr Initialpasswort senden wir Ihnen aus Sicherheitsgründen in einem Brief an Ihre bei uns hinterlegte Anschrift. Der Brief ist in zwei bis drei Werktagen bei Ihnen.

Nach der ersten Anmeldung werden Sie gebeten, ein eigenes Passwort und eine Sicherheitsfrage festzulegen.

Im Kundenportal können Sie unter anderem Schäden melden, Dokumente hochladen und den Stand Ihrer Schadenmeldung verfolgen.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf. Bei Fragen erreichen Sie uns unter 0561 7081-0.

Ihre Lindenhof Versicherung
https://www.lindenhof-versicherung.example/mein-lindenhof
"""
    msg = mail(81, "Mein Lindenhof <noreply-portal@lindenhof-versicherung.example>",
               "t.bartholomae@web-mail.example",
               "Ihre Registrierung bei Mein Lindenhof", "2024-11-20 18:02", body)
    return msg, N, "de", "insurer-to-customer", "trap: portal registration mail, password by letter, no contract data"


def m082():
    body = """Sehr geehrter Herr Vogt,

in Ihrer Schadensache (unser Schaden 51-24-012502, Unfall vom 28.10.2024 in der Kurt-Schumacher-Straße) haben wir die Reparaturkosten Ihres Taxis bereits bezahlt. Heute geht es um den Verdienstausfall für die Ausfallzeit.

Sie machen für 6 Tage einen entgangenen Gewinn von 310 EUR je Tag geltend. Als Nachweis haben Sie uns die Auswertungen Ihres Taxameters für September 2024 und Ihre Einnahmen-Überschuss-Rechnung 2023 geschickt. Daraus ergibt sich:

Umsatz 2023 (netto)                    71.480 EUR
variable Kosten (Kraftstoff, Wartung)  -14.920 EUR
Betriebstage 2023                        288
Deckungsbeitrag je Betriebstag         ca. 196 EUR

Den Ausfall Ihres Fahrers für die Nachtschicht haben Sie nicht gesondert nachgewiesen; der Lohn ist nach Ihren Angaben weitergezahlt worden und daher als Kosten ohnehin angefallen.

Wir bieten Ihnen daher für 6 Tage einen Verdienstausfall von 1.176,00 EUR an. Ein Ersatztaxi stand nach Ihren Angaben nicht zur Verfügung.

Wenn Sie einverstanden sind, zahlen wir auf das Konto der Firma Taxi Vogt e. K., Inhaber Hans-Joachim Vogt, IBAN DE47 5212 0300 0044 1087 73.

Mit freundlichen Grüßen
Mehmet Aydın
Kraftfahrt-Sachschaden
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(82, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Taxi Vogt <taxi-vogt@kassel-taxi.example>",
               "Ihr Verdienstausfall – Schaden 51-24-012502", "2024-11-21 09:40", body)
    return msg, C, "de", "insurer-to-claimant", "sole trader taxi owner's income figures and IBAN; property damage only"


def m083():
    body = """Sehr geehrter Herr Bode,

Ihr Zeichen: 2024/0381/RG-Ka
Unser Schaden: 51-24-010877
Versicherter: Herr Kevin Aschenbrenner, geb. 03.03.1995
Unfall vom 12.09.2024 auf dem Weg zur Arbeit (Wegeunfall)

vielen Dank für Ihre Regressanmeldung nach § 116 SGB X vom 04.11.2024.

Die Haftung unseres Versicherungsnehmers erkennen wir zu 100 % an. Zu Ihren Leistungen:

1. Heilbehandlung: Die Kosten der Behandlung im D-Arzt-Verfahren (Dr. Lenz, Fulda), der CT-Diagnostik und der Operation der Kahnbeinfraktur links (Herbert-Schraube, 16.09.2024, ambulant) erkennen wir nach Vorlage der Einzelrechnungen an.
2. Verletztengeld: Bitte teilen Sie uns den Zeitraum und die Höhe mit. Nach unseren Unterlagen endete die Entgeltfortzahlung am 23.10.2024; die Arbeitsunfähigkeit bestand bis 15.11.2024.
3. Ergotherapie: 20 Einheiten lt. Verordnung vom 28.10. – anerkannt.
4. Eine MdE-Rente halten wir nicht für wahrscheinlich; der Durchgangsarzt beschreibt im Bericht vom 11.11. eine knöcherne Konsolidierung mit freier Beweglichkeit.

Wir schlagen vor, die Sache nach Abschluss der Behandlung insgesamt abzurechnen.

Mit freundlichen Grüßen
Julia Brandhorst
Regress / Sozialversicherungsträger
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(83, "Julia Brandhorst <julia.brandhorst@lindenhof-versicherung.example>",
               "Christoph Bode <regress@bgtn.example>",
               "Ihr Zeichen 2024/0381/RG-Ka – Aschenbrenner – Regress § 116 SGB X", "2024-11-21 11:05", body)
    return msg, S, "de", "insurer-to-health-insurer", "accident insurer recourse: named insured's fracture, surgery, injury benefit"


def m084():
    body = """Liebe Kolleginnen und Kollegen,

heute Morgen gab es im Parkhaus der Zentrale auf Ebene 2 an der Rampe einen Auffahrunfall zwischen zwei Fahrzeugen. Verletzt wurde niemand, die Beteiligten haben alles unter sich geklärt.

Wir nehmen das zum Anlass, noch einmal zu erinnern:
- Im Parkhaus gilt Schrittgeschwindigkeit (max. 10 km/h).
- An der Rampe zwischen Ebene 1 und 2 ist die Sicht eingeschränkt; bitte vor der Kurve kurz hupen.
- Die Beleuchtung auf Ebene 2 wird bis Ende November auf LED umgestellt.

Unfälle auf dem Betriebsgelände bitte immer auch dem Facility Management melden (Tel. 1188), damit wir Gefahrenstellen erkennen.

Viele Grüße
Ihr Facility Management
"""
    msg = mail(84, "Facility Management <facility@lindenhof-versicherung.example>",
               "Alle Beschäftigten Kassel <alle-kassel@lindenhof-versicherung.example>",
               "Parkhaus Ebene 2: bitte langsam fahren", "2024-11-21 12:30", body)
    return msg, N, "de", "internal", "trap: car park collision notice, nobody named, nobody hurt"


def m085():
    body = """Dear Mrs Thompson,

Our reference: 51-24-010306
Accident: 7 August 2024, Kassel, Königsplatz tram stop

Thank you for your e-mail of 12 November and the documents you sent. We are sorry to hear that the recovery from your injuries has taken so long.

Our insured was the driver of the delivery van that hit you while you were crossing to the tram stop. We accept full responsibility for the accident.

From the reports you sent we understand that you suffered:
- a fracture of the left wrist (distal radius), treated with a cast for six weeks at the Marienkrankenhaus,
- a cut to your forehead that needed 8 stitches and has left a scar of about 3 cm,
- bruising of the left hip.

Your family doctor in Halifax (Nova Scotia) confirms that you still have some stiffness in the wrist and that you have seen a physiotherapist 14 times since returning to Canada.

Our offer:
Pain and suffering (Schmerzensgeld), including the scar   EUR 5,500.00
Physiotherapy in Canada (CAD 1,260.00)                    EUR   846.30
Cancelled tour of the Rhine Valley (invoice)              EUR   690.00
Damaged glasses and coat                                  EUR   412.00
Flat rate for expenses                                    EUR    25.00
Total                                                     EUR 7,473.30

As you are not represented by a lawyer, we recommend that you have the offer checked independently before accepting it. If you do instruct a lawyer, we will pay reasonable fees under German law.

If you agree, please sign the enclosed settlement form and tell us your bank details.

Kind regards
Hannah Kowalczyk
International Claims Desk – Bodily Injury
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(85, "Hannah Kowalczyk <hannah.kowalczyk@lindenhof-versicherung.example>",
               "Margaret Thompson <m.thompson@seaside-mail.example>",
               "Your accident in Kassel on 7 August – our offer", "2024-11-21 15:55", body)
    return msg, S, "en", "insurer-to-claimant", "self-represented Canadian claimant: wrist fracture, scar, physiotherapy, offer"


def m086():
    body = """Hi Daniel,

can you take over the French file while I'm away? Summary:

Claim: 51-24-011902
Our insured: Mr Matthias Pfeffer, Baunatal, policy KF 403 221 760, car KS-MP 2024 (VW Tiguan)
Accident: 25/10/2024, Strasbourg, Rue du Faubourg National, rear-end collision in slow traffic – our insured hit the car in front
Third party: Mme Isabelle Roux, Peugeot 308, FR-482-LK, insured with Mutuelle Alsace Lorraine (their ref. MAL-24-77123)
Constat amiable signed by both drivers, box 8 ticked for our insured ("heurtait à l'arrière"). No injuries ticked, both drivers confirmed this on the phone.

Status:
- The French insurer has indemnified Mme Roux and claims EUR 2,640 repair costs from us (expert report attached to their letter of 18/11).
- I have asked Mr Pfeffer for photos of his front bumper; not received yet.

Next step: check the report and pay if plausible. The customer wants to know if he can buy back the claim to keep his SF 18 – please send him the calculation once we've paid.

Thanks!
Hannah
"""
    msg = mail(86, "Hannah Kowalczyk <hannah.kowalczyk@lindenhof-versicherung.example>",
               "Daniel Reuter <daniel.reuter@lindenhof-versicherung.example>",
               "Handover: French claim 51-24-011902 (Pfeffer / Roux)", "2024-11-22 08:40", body)
    return msg, C, "en", "internal", "handover: named customer and French third party, policy, plates; no injuries"


def m087():
    body = """Hello team leads,

here is the completion status of the mandatory e-learning "Bodily injury basics" (deadline 31 December):

Team                     | staff | completed | in progress | not started
KH Personal Injury       | 24    | 19        | 3           | 2
General Liability Claims | 15    | 9         | 4           | 2
Motor Property Damage    | 31    | 12        | 6           | 13
International Desk       | 6     | 6         | 0           | 0
Recourse                 | 8     | 5         | 1           | 2

The module takes about 90 minutes and covers: types of injury and typical healing times, reading medical reports, pain and suffering tables, loss of earnings, data protection for health data.

Could you please remind the colleagues who have not started yet? I will send individual reminders via the learning platform next week; I won't share names by e-mail.

Thanks
Jens Albers
Claims Academy
"""
    msg = mail(87, "Jens Albers <jens.albers@lindenhof-versicherung.example>",
               "Claims team leads <teamleads-schaden@lindenhof-versicherung.example>",
               "E-learning 'Bodily injury basics' – completion status", "2024-11-22 10:00", body)
    return msg, N, "en", "internal", "trap: e-learning completion counts per team, no names"


def m088():
    body = """Sehr geehrte Frau Dr. Wittkamp,

vielen Dank für die Gelegenheit zur Stellungnahme zum Entwurf der Verbandsempfehlung "Regulierung von Hinterbliebenengeld nach § 844 Abs. 3 BGB" (Ihr Rundschreiben H 27/2024).

Aus Sicht der Lindenhof Versicherung AG regen wir an:

1. Richtwert: Wir unterstützen einen Orientierungswert von 10.000 EUR für Ehegatten und Eltern, halten aber eine starre Staffelung nach Verwandtschaftsgrad für nicht sachgerecht. Entscheidend ist das tatsächliche Näheverhältnis.
2. Verhältnis zum Schockschaden: Der Entwurf sollte klarstellen, dass bei nachgewiesener eigener Gesundheitsverletzung des Angehörigen ein Schmerzensgeld vorrangig ist und das Hinterbliebenengeld darin aufgeht (BGH, Urt. v. 06.12.2022 – VI ZR 73/21).
3. Erste Kontaktaufnahme: Wir begrüßen die Empfehlung, Angehörige nicht vor Ablauf von zwei Wochen nach dem Todesfall schriftlich anzuschreiben, sofern sie sich nicht selbst melden.
4. Mitverschulden des Getöteten: Die Kürzung nach § 846 BGB sollte im Text ausdrücklich genannt werden.

Die Stellungnahme füge ich wie gewünscht zusätzlich im ODF-Format bei.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
Dr. Tobias Wendland
Leiter Personen-Großschaden
Lindenhof Versicherung AG

""" + FOOT_DE
    doc = odt([
        "Lindenhof Versicherung AG – Stellungnahme zum Entwurf H 27/2024",
        "Regulierung von Hinterbliebenengeld nach § 844 Abs. 3 BGB",
        "1. Richtwert: Orientierungswert 10.000 EUR für Ehegatten und Eltern; keine starre Staffelung nach Verwandtschaftsgrad.",
        "2. Verhältnis zum Schockschaden: Vorrang des Schmerzensgeldes bei eigener Gesundheitsverletzung (BGH VI ZR 73/21).",
        "3. Erste Kontaktaufnahme: schriftlich nicht vor Ablauf von zwei Wochen nach dem Todesfall.",
        "4. Mitverschulden des Getöteten: Kürzung nach § 846 BGB ausdrücklich nennen.",
        "Kassel, 22.11.2024 – Dr. Tobias Wendland",
    ])
    msg = mail(88, "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "Dr. Marion Wittkamp <m.wittkamp@versicherungsverband.example>",
               "Stellungnahme zum Entwurf H 27/2024 – Hinterbliebenengeld", "2024-11-22 14:20", body,
               atts=[("Stellungnahme_Lindenhof_H27-2024.odt", "application/vnd.oasis.opendocument.text", doc)])
    return msg, N, "de", "insurer-to-partner", "trap: position paper on bereavement damages, case law only"


def m089():
    body = """Sehr geehrter Herr Dr. Lange,

in der Sache LG Kassel 2 O 614/23 – Yilmaz ./. Lindenhof u. a. – haben wir das Gutachten des gerichtlichen Sachverständigen Dr. med. Friedhelm Scharf (Psychiatrie und Psychotherapie) vom 30.10.2024 ausgewertet. Unsere Beratungsärztin Frau Dr. Hennig hat es ebenfalls gelesen. Für Ihre Stellungnahme innerhalb der gesetzten Frist (06.12.2024) folgende Punkte:

1. Der Sachverständige bestätigt beim Kläger, Herrn Emre Yilmaz, eine posttraumatische Belastungsstörung (F43.1) nach dem Unfall vom 09.03.2022 und eine mittelgradige depressive Episode (F32.1). Er hält beides für unfallbedingt.

2. Nicht gewürdigt hat er die Vorbefunde: Nach der Akte der Techniker-Kasse (Bl. 212 ff.) war Herr Yilmaz bereits 2019 wegen einer Anpassungsstörung (F43.2) nach seiner Scheidung sechs Monate in psychotherapeutischer Behandlung und erhielt Escitalopram. Das Gutachten erwähnt diese Behandlung nur in einem Nebensatz.

3. Der Kläger hat zwei Monate nach dem Unfall wieder Auto fahren können (Fahrtenbuch seines Arbeitgebers, Anlage B 9). Das steht in Spannung zu der beschriebenen ausgeprägten Vermeidung.

4. Die Beschwerdevalidierung (Testverfahren SFSS/TOMM) fehlt ganz.

Wir bitten daher, Ergänzungsfragen zu stellen und die Ladung des Sachverständigen zur mündlichen Erläuterung zu beantragen (§ 411 Abs. 3 ZPO). Ein Obergutachten würden wir erst nach der Anhörung anregen.

Das Vergleichsangebot bleibt: 18.000 EUR Schmerzensgeld insgesamt, zzgl. Verdienstausfall nach Abrechnung.

Mit freundlichen Grüßen
Svenja Mertens
Prozessabteilung
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(89, "Svenja Mertens <svenja.mertens@lindenhof-versicherung.example>",
               "RA Dr. Konstantin Lange <lange@brueckner-lange.example>",
               "LG Kassel 2 O 614/23 Yilmaz – Gutachten Dr. Scharf", "2024-11-25 09:30", body)
    return msg, S, "de", "insurer-to-lawyer", "lawsuit: plaintiff's PTSD, depression, prior psychotherapy and medication"


def m090():
    csv = """Schaden-Nr;Datum;Gerät/Fahrzeug;Kennzeichen;Fahrer;Beschreibung;Geschädigter;Forderung EUR;Status
52-24-018830;21.08.2024;Radlader Liebherr L 538;KS-GB 538;Uwe Kaltwasser;Pflasterfläche Hofeinfahrt beschädigt;Eheleute Grebe, Schauenburg;3.880,00;reguliert
52-24-020477;17.09.2024;Lkw MAN TGS Kipper;KS-GB 1204;Dariusz Kowal;Steinschlag durch Ladung auf Pkw KS-AN 907;Anna Neumeyer;1.412,50;offen
52-24-021366;04.10.2024;Sprinter Pritsche;KS-GB 771;Peter Gerlach jun.;Außenspiegel Pkw im Vorbeifahren;Dr. Klaus Ritter;486,20;reguliert
"""
    lines = [
        "Bauunternehmung Gerlach GmbH & Co. KG",
        "Fahrerbericht zum Schaden 52-24-020477",
        "Fahrer: Dariusz Kowal, Personal-Nr. 0217",
        "Datum: 17.09.2024, ca. 10:30 Uhr, B 251 Richtung Wolfhagen",
        "Ladung: Schotter 0/32, Plane war aufgezogen, hintere Ecke links lose.",
        "Geschaedigte Pkw-Fahrerin hat mich an der Ampel Hohenkirchen angesprochen,",
        "Steinschlag Windschutzscheibe und Motorhaube. Niemand verletzt.",
        "Unterschrift: D. Kowal",
    ]
    zdata = zipfile_of([
        ("Schadenliste_Gerlach_Q3.csv", csvb(csv, "cp1252")),
        ("Fahrerbericht_52-24-020477.pdf", pdf(lines, "Fahrerbericht")),
    ])
    body = """Hallo Frau Gerlach,

anbei wie besprochen die Schadenliste Q3 und der Fahrerbericht von Herrn Kowal als ZIP für Ihre Unterlagen. Wegen des offenen Steinschlagschadens (Frau Neumeyer) melde ich mich, sobald die Werkstattrechnung da ist.

Viele Grüße
Patrick Nowak
Key Account Flotte
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(90, "Patrick Nowak <patrick.nowak@lindenhof-versicherung.example>",
               "Stefanie Gerlach <s.gerlach@gerlach-bau.example>",
               "Schadenliste Q3 und Fahrerbericht", "2024-11-25 11:10", body,
               atts=[("Gerlach_Q3_2024.zip", "application/zip", zdata)])
    return msg, C, "de", "insurer-to-company", "ZIP with fleet claims list and driver report: named drivers and third parties, plates; no injury"


def m091():
    body = """Hi all,

reminder: next Tuesday we run the 60-minute fraud awareness session "Staged accidents – spotting the patterns". Teams link in the calendar invite.

Preview of the red flags we'll discuss (all examples anonymised and partly invented):
- rear-end collision at night on an industrial estate, no independent witnesses
- older premium vehicle with existing damage, claimant insists on cash settlement based on the expert report
- several occupants in the claimant car, all with whiplash-type complaints reported days later, all treated by the same practice
- same lawyer, same expert, same towing company across seemingly unrelated claims
- driver of the "causing" vehicle has only had the policy for a few weeks

Remember: a red flag is not proof. Never accuse a claimant; refer the file to SIU via the ClaimsDesk referral button and document neutrally.

Cheers
Tim Engelke
Special Investigations Unit (SIU)
"""
    msg = mail(91, "Tim Engelke <tim.engelke@lindenhof-versicherung.example>",
               "Claims all <schaden-alle@lindenhof-versicherung.example>",
               "Reminder: fraud awareness session on staged accidents", "2024-11-25 16:00", body)
    return msg, N, "en", "internal", "trap: fraud training with anonymised staged-accident patterns and whiplash"


def m092():
    body = """Dear Mr van Dijk,

Your client: Mr Sander Vermeulen, Nijmegen
Your ref.: 24/0917/PvD
Our ref.: 51-24-011118
Accident: 4 October 2024, A 44 near Zierenberg, our insured's car pulled out of the service area and hit the rear right side of your client's caravan combination

Thank you for your letter of 14 November with the expertise report of Schadeexpertise Oost B.V.

We accept the following:
Repair costs Volvo XC60 (net, your client is a private person, VAT included)   EUR 4,886.12
Caravan Hobby 495 UL, economic total loss: replacement value EUR 11,500 minus salvage EUR 1,200   EUR 10,300.00
Expert fees                                                                    EUR   743.00
Towing of the caravan to Nijmegen                                             EUR   960.00
Costs of early return from the holiday (campsite fees Bavaria, non-refundable) EUR   284.00
General costs                                                                  EUR    25.00
Total                                                                          EUR 17,198.12

Your fees will be settled separately according to the German RVG, as Dutch extrajudicial costs are not recoverable under German law beyond that.

We note that your client and his wife were not injured.

We will pay to your client's account as requested:
Account holder: S. Vermeulen
IBAN NL43 ABNA 0417 1643 88

Kind regards
Hannah Kowalczyk
International Claims Desk
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(92, "Hannah Kowalczyk <hannah.kowalczyk@lindenhof-versicherung.example>",
               "mr. Pieter van Dijk <p.vandijk@vdmeulen-advocaten.example>",
               "Your ref 24/0917/PvD – Vermeulen – settlement", "2024-11-26 09:25", body)
    return msg, C, "en", "insurer-to-lawyer", "Dutch claimant's property damage settlement with his IBAN; no injuries"


def m093():
    body = """Beratungsärztliche Stellungnahme (intern)

Schaden: 51-24-006618
Geschädigte: Anke Vossberg, geb. 17.03.1987
Anfrage: Frau Kröger, 14.11.2024 – Kausalität Beschwerden HWS / Bandscheibenvorfall C5/C6

Vorliegende Unterlagen:
- Notaufnahmebericht Klinikum Hann. Münden 02.05.2024
- MRT HWS 21.05.2024 (Radiologie am Wall)
- Befundbericht Dr. Schwerdtfeger 25.11.2024 (Allgemeinmedizin)
- Vorerkrankungsverzeichnis AOK (2019-2024), übermittelt mit Einwilligung

Bewertung:
1. Unfallmechanismus: Heckanprall, delta-v nach Reparaturumfang geschätzt 10-12 km/h. Geeignet, eine HWS-Distorsion (Quebec Task Force Grad I-II) zu verursachen.
2. Die MRT zeigt eine breitbasige Protrusion C5/C6 mit Osteochondrose und Spondylarthrose. Die Begleitveränderungen sind chronisch und älter als drei Wochen. Ein frischer traumatischer Bandscheibenvorfall ist damit nicht belegt.
3. Im Vorerkrankungsverzeichnis finden sich 2021 und 2022 je eine Verordnung von Krankengymnastik wegen "Zervikalneuralgie" (M54.2) und eine AU von 9 Tagen 2022.
4. Die aktuell beschriebenen Beschwerden (Nackenschmerz, Verspannung, keine neurologischen Ausfälle) lassen sich überwiegend dem degenerativen Vorschaden zuordnen. Unfallbedingt halte ich eine vorübergehende Verschlimmerung für etwa 3 Monate für nachvollziehbar, also bis Anfang August 2024.

Empfehlung: Schmerzensgeld im Bereich 2.500-3.500 EUR abschließend; kein orthopädisches Fremdgutachten erforderlich, falls die Anwaltsseite nicht widerspricht.

Dr. med. Ulrike Hennig
Beratungsärztin
"""
    msg = mail(93, "Dr. Ulrike Hennig <ulrike.hennig@lindenhof-versicherung.example>",
               "Sabine Kröger <sabine.kroeger@lindenhof-versicherung.example>",
               "Stellungnahme 51-24-006618 (Vossberg)", "2024-11-26 13:00", body)
    return msg, S, "de", "internal", "consulting physician's opinion: MRI findings, prior illnesses with ICD, causality, DOB"


def m094():
    body = """Hallo Julia, hallo Tobias,

die Regresseingänge und -ausgänge 2024 (Jan–Okt) nach Kassen, wie für die Jahresgespräche gewünscht (Tabelle auch als ODS anbei). Nur Summen, keine Einzelfälle:

Träger                         | Fälle | Forderungen EUR | gezahlt EUR | TA-Quote
BKK Weserbergland              |   87  |   1.204.300     |   662.400   | 55 %
Gesundheitskasse Nordhessen    |  214  |   3.918.700     | 2.351.200   | 60 %
Ersatzkassen (Sammel-TA)       |  302  |   4.660.100     | 2.563.100   | 55 %
BG Transport Nordwest          |   19  |     812.500     |   640.000   | ohne TA
Deutsche Rentenversicherung    |   11  |     388.900     |   171.000   | ohne TA
Pflegekassen                   |    9  |     410.300     |   205.200   | ohne TA

Auffällig: Die Forderungen der Ersatzkassen sind gegenüber Vorjahr um 18 % gestiegen (Krankenhauspreise). Die Rentenversicherung macht vermehrt Beitragsregress geltend.

Viele Grüße
Claudia
"""
    msg = mail(94, "Claudia Reimers <claudia.reimers@lindenhof-versicherung.example>",
               "Julia Brandhorst <julia.brandhorst@lindenhof-versicherung.example>",
               "Regressstatistik 2024 nach Trägern", "2024-11-26 15:45", body,
               cc="Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               atts=[("Regressstatistik_2024_Jan-Okt.ods", "application/vnd.oasis.opendocument.spreadsheet",
                      ods([["Träger", "Fälle", "Forderungen EUR", "gezahlt EUR", "TA-Quote"],
                           ["BKK Weserbergland", 87, 1204300, 662400, "55 %"],
                           ["Gesundheitskasse Nordhessen", 214, 3918700, 2351200, "60 %"],
                           ["Ersatzkassen (Sammel-TA)", 302, 4660100, 2563100, "55 %"],
                           ["BG Transport Nordwest", 19, 812500, 640000, "ohne TA"],
                           ["Deutsche Rentenversicherung", 11, 388900, 171000, "ohne TA"],
                           ["Pflegekassen", 9, 410300, 205200, "ohne TA"]], "Regress 2024"))])
    return msg, N, "de", "internal", "trap: recourse statistics per health insurer, totals only"


def m095():
    rows = [
        ["SCHEDULE OF LOSS – Gareth Pryce v Lindenhof Versicherung AG", "", "", ""],
        ["Claimant: Gareth Pryce, DOB 09/11/1979, self-employed electrician, Swansea", "", "", ""],
        ["Head of loss", "Period / basis", "Amount GBP", "Notes"],
        ["General damages (PSLA)", "tibial plateau fracture ORIF, scaphoid fracture, post-traumatic arthritis risk", 65000, "JC Guidelines 17th ed., ch. 7(M)(b)"],
        ["Past loss of earnings", "21/06/2024 - 31/12/2024, GBP 4,850 x 6.3 months", 30555, "accountant's letter awaited"],
        ["Future loss of earnings", "reduced capacity 40 %, 18 years to retirement, multiplier 14.1", 164000, "Ogden tables"],
        ["Care and assistance", "wife, 3 h/day for 10 weeks, then 5 h/week", 6480, "at aggregate rate"],
        ["Travel, prescriptions", "hospital visits, ibuprofen/co-codamol, knee brace", 1240, ""],
        ["Motorcycle (Triumph Tiger 900)", "total loss less salvage", 8950, "engineer's report"],
        ["Total", "", 276225, ""],
    ]
    orig = inner("Charlotte Dunmore <c.dunmore@harrowgate-finch.example>",
                 "Hannah Kowalczyk <hannah.kowalczyk@lindenhof-versicherung.example>",
                 "Pryce – Schedule of Loss (without prejudice save as to costs)",
                 "2024-11-26 17:12",
                 """Dear Ms Kowalczyk

Further to your letter of 9 October, please find attached our client's preliminary Schedule of Loss. The medical evidence of Mr Rhys Morgan FRCS (T&O) will follow once our client has been examined on 9 December.

Our client remains unable to work on site. He has been told by his surgeon that he is likely to need a total knee replacement within ten years.

Kind regards
Charlotte Dunmore
Associate, Harrowgate & Finch Solicitors LLP
""",
                 atts=[("Pryce_Schedule_of_Loss_v1.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        xlsx([("Schedule", rows)]))],
                 mid="<HF-4471-20241126-1712@harrowgate-finch.example>")
    body = """Tobias,

forwarding the Pryce schedule of loss as received (original e-mail attached). GBP 276k total, future loss of earnings is the big item and in my view far too high for a knee with good function. I'll prepare a counter-schedule once we have the medical report.

Hannah
"""
    msg = mail(95, "Hannah Kowalczyk <hannah.kowalczyk@lindenhof-versicherung.example>",
               "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "Fwd: Pryce – Schedule of Loss", "2024-11-27 08:30", body,
               atts=[("Pryce_Schedule_of_Loss.eml", orig)])
    return msg, S, "en", "lawyer", "forwarded solicitor mail (message/rfc822) with XLSX: fractures, knee replacement, income, DOB"


def m096():
    body = """Sehr geehrter Herr Dittmar,

Sie haben uns den Mahnbescheid des Amtsgerichts Hünfeld (zentrales Mahngericht) vom 22.11.2024 weitergeleitet. Vielen Dank, dass Sie das so schnell getan haben.

Antragsteller: Herr Frank Mehler, Kassel
Anspruch: 2.380,00 EUR Schadenersatz aus dem Verkehrsunfall vom 30.07.2024 (Parkplatz Baumarkt Kassel-Waldau) zzgl. Zinsen und Kosten
Ihr Vertrag: KF 406 519 003, unser Schaden 51-24-008993

Wir haben die Forderung im September abgelehnt, weil die Beschädigung am Fahrzeug von Herrn Mehler (Delle in der Heckklappe) nach dem Gutachten unseres Sachverständigen nicht zu Ihrem Anhängerkupplungsbereich passt.

Wir legen für Sie fristgerecht Widerspruch ein. Das Formular dazu haben Sie mit dem Mahnbescheid erhalten; bitte füllen Sie es NICHT selbst aus. Wir haben unsere Anwälte, die Kanzlei Brückner Lange in Kassel, beauftragt, den Widerspruch in Ihrem Namen zu erheben. Sie erhalten eine Kopie.

Bitte leiten Sie uns auch jedes weitere Schreiben des Gerichts sofort weiter. Für Sie entstehen keine Kosten.

Mit freundlichen Grüßen
Svenja Mertens
Prozessabteilung
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(96, "Svenja Mertens <svenja.mertens@lindenhof-versicherung.example>",
               "Werner Dittmar <werner.dittmar@t-net.example>",
               "Ihr Mahnbescheid vom 22.11.2024 – wir legen Widerspruch ein", "2024-11-27 10:20", body)
    return msg, C, "de", "insurer-to-customer", "court payment order against named customer, policy and claim number; property only"


def m097():
    body = """Dear Ms Brennan,

thank you for your offer of 12 November. We are pleased to confirm the framework agreement for translation services for our claims department from 1 January 2025, on the following terms:

- Languages: English, Dutch, Polish, Danish, French, Italian <> German
- Document types: correspondence with lawyers and insurers, police reports, expert reports and medical reports
- Rate: EUR 1.55 per standard line (55 characters) of target text; medical reports +20 %; certified translations EUR 25 per document surcharge
- Turnaround: 5 working days, express (48 h) +40 %
- Confidentiality: translators bound by confidentiality agreements; processing under the data processing agreement (Art. 28 GDPR) signed on 15 November; files exchanged via our secure data room only, never by e-mail
- Invoicing: monthly, to our accounts payable, purchase order 4500189030

Please confirm and send us the list of translators who will work on medical documents, including their professional qualifications.

Kind regards
Ines Wollenweber
Procurement
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(97, "Ines Wollenweber <ines.wollenweber@lindenhof-versicherung.example>",
               "Siobhan Brennan <s.brennan@lingua-bridge.example>",
               "Framework agreement translation services 2025", "2024-11-27 13:40", body)
    return msg, N, "en", "insurer-to-supplier", "trap: translation framework covering medical reports, no document"


def m098():
    cal = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:jf-grossschaden-2024-12@lindenhof-versicherung.example
DTSTAMP:20241128T080000Z
DTSTART;TZID=W. Europe Standard Time:20241205T100000
DTEND;TZID=W. Europe Standard Time:20241205T113000
RRULE:FREQ=MONTHLY;BYDAY=1TH;COUNT=6
SUMMARY:Jour fixe Großschäden Personenschaden
LOCATION:Besprechungsraum 5.02 / MS Teams
ORGANIZER;CN=Dr. Tobias Wendland:mailto:tobias.wendland@lindenhof-versicherung.example
DESCRIPTION:Ständige TOPs: Reserveveränderungen > 100 TEUR\\; Neue Großschä
 den\\; Rückversicherungsmeldungen\\; Reha-Management\\; Prozesse. Die Fallli
 ste wird wie bisher vorab im geschützten Teams-Kanal bereitgestellt\\, nicht
  per Mail.
END:VEVENT
END:VCALENDAR
"""
    body = """Hallo zusammen,

ab Dezember findet der Jour fixe Großschäden monatlich am ersten Donnerstag statt. Die Fallliste stelle ich wie bisher vorab in den geschützten Teams-Kanal, bitte nicht per Mail verteilen.

Gruß
Tobias
"""
    msg = mail(98, "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "Team Großschaden <team-grossschaden@lindenhof-versicherung.example>",
               "Jour fixe Großschäden – neue Serie ab Dezember", "2024-11-28 09:00", body,
               atts=[("jourfixe.ics", "text/calendar", ics(cal))])
    return msg, N, "de", "internal", "trap: meeting series about serious-injury claims, no case list"


def m099():
    body = """Dear Mr Harrington,

thank you for calling us about the accident in your rental property at Goethestraße 31, Kassel. I am writing in English as you asked.

Your policy: landlord's liability (Haus- und Grundbesitzerhaftpflicht) HG 340 228 117
Claim number: 64-24-000722

Your tenant, Ms Kerstin Wehner (2nd floor left), fell on the staircase on 15 November at about 19:00. According to her letter, the staircase light did not work and she missed the last step. She broke her right ankle (bimalleolar fracture) and had surgery at the Rotes Kreuz Krankenhaus on 16 November; she expects to be on crutches for 8 weeks and cannot work as a hairdresser during that time.

To assess whether you are liable, we need:
1. Who is responsible for the staircase light (you, a caretaker, a service company)? When was the defect reported to you or your caretaker?
2. Any maintenance records or invoices for the lighting from the last 12 months.
3. Photos of the staircase and the last step.

Please do not discuss the question of fault with Ms Wehner and do not make any payment. If she or her lawyer contacts you, please refer them to us. You may of course wish her a speedy recovery.

Kind regards
Lena Osterkamp
General Liability Claims
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(99, "Lena Osterkamp <lena.osterkamp@lindenhof-versicherung.example>",
               "James Harrington <j.harrington@harrington-lettings.example>",
               "Claim 64-24-000722 – fall in the staircase, Goethestraße 31", "2024-11-28 11:15", body)
    return msg, S, "en", "insurer-to-customer", "landlord liability: tenant's ankle fracture, surgery, sick leave"


def m100():
    body = """Sehr geehrter Herr Riedesel,

vielen Dank für Ihre schnelle Rückmeldung. Sie schreiben, dass zum Unfallzeitpunkt am 19.11.2024 nicht Sie, sondern Ihr Sohn gefahren ist:

> Gefahren ist mein Sohn Jonas Riedesel, geb. 24.05.2006, wohnhaft bei uns.
> Er hat den Führerschein seit Juni 2024 (begleitetes Fahren ab 17 vorher).

Vielen Dank. Für die Regulierung des Schadens von Frau Elke Stiebing (Schaden-Nr. 51-24-012870, Auffahrunfall Ihr Fahrzeug KS-AR 318) ist das unerheblich – wir zahlen dem Grunde nach. Für Ihren Vertrag KF 408 712 455 hat es aber eine Folge: Sie haben bei Vertragsabschluss als Fahrerkreis "nur Versicherungsnehmer und Partner ab 25 Jahren" angegeben. Da Ihr Sohn 18 Jahre alt ist, müssen wir den Beitrag rückwirkend ab Juni 2024 nach dem Tarif für Fahrer unter 23 Jahren berechnen. Eine Vertragsstrafe erheben wir nicht, weil Sie uns den Fahrer von sich aus genannt haben.

Die Nachberechnung erhalten Sie in den nächsten Tagen. Bitte melden Sie Ihren Sohn über das Kundenportal oder formlos per Mail als Fahrer an.

Mit freundlichen Grüßen
Kundenservice Kraftfahrt
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(100, "Kundenservice Kraftfahrt <kundenservice-kfz@lindenhof-versicherung.example>",
               "Andreas Riedesel <a.riedesel@freenet-post.example>",
               "AW: Schaden 51-24-012870 – Fahrer", "2024-11-28 14:30", body,
               reply="<7a1d2e-riedesel@freenet-post.example>")
    return msg, C, "de", "insurer-to-customer", "customer's son with birth date as driver, policy and claim number, premium recalculation"


def m101():
    body = """Dear Mr Okafor-Lewis,

thank you for your enquiry through our website. Lindenhof does insure fleets of companies based abroad, provided the vehicles are registered in Germany.

For a first indication we need:
- a list of the vehicles (make, model, first registration, registration district),
- the intended use (delivery, service, pool cars, sales staff),
- a loss history of the last three to five years from your current insurer, including any bodily injury claims and their reserves,
- the requested cover (third-party liability only, or own damage as well) and excess.

Please note we cannot quote for vehicles used for the carriage of passengers for hire (taxis, minibuses).

Our key account team will get back to you within five working days after receiving the documents. You are also welcome to use a broker of your choice.

Kind regards
Patrick Nowak
Key Account Manager Fleet
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(101, "Patrick Nowak <patrick.nowak@lindenhof-versicherung.example>",
               "Daniel Okafor-Lewis <d.okafor-lewis@brightline-services.example>",
               "Your enquiry: fleet insurance for German-registered vehicles", "2024-11-29 09:10", body)
    return msg, N, "en", "insurer-to-company", "trap: prospect's fleet enquiry answered generically, asks for BI loss history"


def m102():
    body = """Dear Mrs Lindgren-Hoffmann,

we have received your accident report and the Italian form (CAI – constatazione amichevole) about the collision in Verona on 16 November 2024.

Your policy: KF 410 044 918
Claim number: 51-24-012966
Your car: KS-LH 88 (Volvo V60)
Other party: Mr Giorgio Benedetti, Fiat Panda, plate GF 128 KT, insured with Assicurazioni Adige S.p.A.

From the form, both of you ticked box 10 ("svoltava a destra"), and the sketch shows that Mr Benedetti turned right into your lane. You ticked that nobody was injured and that there was only damage to the vehicles.

As the accident happened in Italy, you can claim your damage in Germany from the German claims representative of the Italian insurer (4th Motor Insurance Directive). We will send you the contact details. We will defend you against any claim by Mr Benedetti.

Please send us a copy of the page with Mr Benedetti's signature, which is missing from your scan.

Kind regards
Daniel Reuter
International Claims Desk
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(102, "Daniel Reuter <daniel.reuter@lindenhof-versicherung.example>",
               "Karin Lindgren-Hoffmann <karin.lh@mailbox-de.example>",
               "Your accident in Verona on 16 November – claim 51-24-012966", "2024-11-29 11:25", body)
    return msg, C, "en", "insurer-to-customer", "accident abroad: customer, Italian third party, plates, policy/claim; no injury"


def m103():
    csv = """Passenger;Age;Seat;Injury reported;Treatment;Hospital;Contact via
Margaret Ellison;71;3A;head wound (cut above right eye), concussion;stitched, kept overnight;Klinikum Kassel;tour leader
Derek Ellison;74;3B;bruised chest (seat belt);examined, released;Klinikum Kassel;tour leader
Patricia Moore;68;7C;fractured left wrist (fell in aisle);cast, surgery planned in UK;Klinikum Kassel;daughter
Sheila Hartley;79;1D;neck pain, shock;paracetamol, released;Klinikum Kassel;tour leader
Brian Cartwright;66;12A;knee contusion;none;-;tour leader
"""
    note = """Dalesway Coaches Ltd - incident of 22/11/2024, A7 near Kassel-Ost
Passenger list with injuries as reported by our tour leader, Ms Gail Pritchard.
Coach: YX70 DWC. Driver: Mr Neil Shaw. 41 passengers on board.
Emergency braking after a car cut in from the slip road.
"""
    zdata = zipfile_of([("passenger_injuries_22-11-2024.csv", csvb(csv, "utf-8")),
                        ("readme_tour_leader.txt", csvb(note, "utf-8"))])
    body = """Dear Mr Ackroyd,

thank you for sending the passenger information. As you know, we are the motor liability insurer of the car (KS-RT 515) whose driver cut in front of your coach on 22 November; our claim number is 51-24-013104. Our insured has admitted that he changed lanes without looking.

We have put the passenger information into the attached list, which we will use for our file. Could you please check with your tour leader that the names and the injuries are complete and correct? We will contact the injured passengers through the tour leader or their relatives and will write to each of them in English.

Please note that the passengers' own claims are against us directly; your company does not need to settle anything. Your own costs (replacement coach from Kassel, hotel night, driver's hours) please send to us separately.

Kind regards
Hannah Kowalczyk
International Claims Desk – Bodily Injury
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(103, "Hannah Kowalczyk <hannah.kowalczyk@lindenhof-versicherung.example>",
               "Graham Ackroyd <operations@dalesway-coaches.example>",
               "Coach YX70 DWC – incident 22 November – our claim 51-24-013104", "2024-11-29 14:00", body,
               atts=[("Dalesway_passengers_22-11-2024.zip", "application/zip", zdata)])
    return msg, S, "en", "insurer-to-company", "ZIP with named coach passengers' ages and injuries (concussion, fractures)"


def m104():
    body = """Lindenhof Kundenmagazin "Unterwegs" · Winter 2024

Nach dem Unfall: Was jetzt zu tun ist

Ein Unfall passiert schnell – und dann ist die Aufregung groß. Mit dieser Checkliste behalten Sie den Überblick:

1. Sichern: Warnblinker an, Warnweste anziehen, Warndreieck aufstellen (innerorts 50 m, auf der Autobahn mindestens 150 m).
2. Helfen: Gibt es Verletzte? Dann sofort 112 anrufen und Erste Hilfe leisten. Niemand muss Arzt sein – wichtig ist, überhaupt zu helfen.
3. Dokumentieren: Fotos vom Unfallort, den Fahrzeugen und Kennzeichen. Namen und Anschriften der Beteiligten und Zeugen notieren. Den Europäischen Unfallbericht finden Sie in unserer App.
4. Melden: Melden Sie uns den Schaden so schnell wie möglich – in der App, online oder telefonisch. Wir kümmern uns auch um die Ansprüche des Unfallgegners.
5. Nichts unterschreiben: Geben Sie kein Schuldanerkenntnis ab. Das ist nicht nötig, damit wir den Schaden bezahlen.

Übrigens: Ein Erste-Hilfe-Kurs liegt bei vielen von uns Jahre zurück. Unsere Kooperationspartner bieten Auffrischungskurse an – für Lindenhof-Kunden 20 % günstiger.

Mehr Tipps: www.lindenhof-versicherung.example/unterwegs

Sie erhalten das Kundenmagazin, weil Sie es abonniert haben. Abmelden: www.lindenhof-versicherung.example/newsletter/abmelden
"""
    msg = mail(104, "Lindenhof Kundenmagazin <magazin@lindenhof-versicherung.example>",
               "Abonnenten Unterwegs <unterwegs-abo@lindenhof-versicherung.example>",
               "Unterwegs Winter 2024: Was nach einem Unfall zu tun ist", "2024-12-02 07:00", body)
    return msg, N, "de", "newsletter", "trap: customer magazine on first aid and injured persons after accidents"


def m105():
    body = """Sehr geehrter Herr Kollege Brüning,

in der Sache Ihres Mandanten Herrn Tim Hoppe (Schaden 51-24-012144, Unfall vom 12.10.2024 auf der B 80) kommen wir auf den Regress zurück.

Nach dem rechtskräftigen Strafbefehl des Amtsgerichts Hann. Münden vom 19.11.2024 (Az. 6 Cs 4622 Js 21107/24) ist Ihr Mandant wegen fahrlässiger Gefährdung des Straßenverkehrs in Tateinheit mit fahrlässiger Körperverletzung zu einer Geldstrafe von 60 Tagessätzen verurteilt worden; die Fahrerlaubnis wurde entzogen, Sperrfrist 10 Monate. Die Blutalkoholkonzentration betrug zur Tatzeit 1,21 Promille.

Ihr Mandant war als berechtigter Fahrer des Fahrzeugs seiner Mutter mitversichert. Das Fahren unter Alkoholeinfluss ist eine Obliegenheitsverletzung nach D.1.2 AKB i. V. m. § 5 Abs. 1 Nr. 5 KfzPflVV. Wir sind gegenüber den Geschädigten zur Leistung verpflichtet, können aber bei Ihrem Mandanten bis zu 5.000 EUR Regress nehmen.

Bisher haben wir geleistet:
- an Frau Monika Brauns: Vorschuss Schmerzensgeld 15.000 EUR (Beckenfraktur, Milzentfernung, sie ist weiterhin in stationärer Reha), Fahrzeugschaden 8.400 EUR
- an Herrn Horst Brauns: Schmerzensgeld 800 EUR (Thoraxprellung)

Wir fordern Ihren Mandanten daher auf, 5.000 EUR bis zum 31.12.2024 zu zahlen. Eine Ratenzahlung (z. B. 200 EUR monatlich) sind wir bereit zu vereinbaren, wenn Sie uns die Einkommensverhältnisse Ihres Mandanten (Ausbildungsvergütung) nachweisen.

Mit freundlichen Grüßen
Sabine Kröger
KH-Personenschaden / Regress
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(105, "Sabine Kröger <sabine.kroeger@lindenhof-versicherung.example>",
               "RA Malte Brüning <bruening@verkehrsrecht-bruening.example>",
               "Hoppe – Regress wegen Trunkenheitsfahrt – Schaden 51-24-012144", "2024-12-02 10:40", body)
    return msg, S, "de", "insurer-to-lawyer", "recourse against drunk driver: criminal conviction, BAC, victims' injuries"


def m106():
    body = """Dear colleagues,

Our claim no.: 51-24-011118
Claimant: Mr Sander Vermeulen, Nijmegen (represented by Van der Meulen Advocaten)
Vehicle: Volvo XC60, NL registration R-418-FD; caravan Hobby 495 UL, NL registration WV-22-XK

We have received your expertise report of 8 November on the caravan. Before we pay, please clarify:

1. You value the caravan (model year 2012) at EUR 11,500. The Dutch market listings we found for comparable caravans range from EUR 8,900 to 10,400. Please send the comparable offers you used.
2. The salvage value of EUR 1,200 – was the caravan offered on a salvage platform? Please send the bids.
3. The photos show older water damage in the rear corner (discolouration of the wall panel). Was this taken into account?

Please reply by e-mail; a supplement to the report is sufficient.

Kind regards
Hannah Kowalczyk
International Claims Desk
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(106, "Hannah Kowalczyk <hannah.kowalczyk@lindenhof-versicherung.example>",
               "Schadeexpertise Oost <rapport@schadeexpertise-oost.example>",
               "Report caravan WV-22-XK – Vermeulen – questions", "2024-12-02 13:30", body)
    return msg, C, "en", "insurer-to-assessor", "Dutch claimant named with plates and claim number, valuation questions"


def m107():
    body = """Data Protection FAQ – Claims (new entries, December 2024)

Q: A claimant's solicitor asks us for a copy of the police report. Can I send it?
A: Police reports often contain data of several persons (witnesses, injured persons, alcohol tests). Send only what the requester is entitled to, usually via their own access to the prosecution file. If in doubt, ask the Prozessabteilung. Never send it unencrypted.

Q: Can I tell our policyholder how badly the third party was injured?
A: Only in general terms ("personal injury claim being handled") unless the injured person has agreed. The policyholder does have a legitimate interest in knowing that a claim exists and roughly how large it is (for buy-back decisions and criminal proceedings).

Q: A reinsurer wants a copy of the discharge letter for a large loss. Allowed?
A: Only if the treaty requires it and the claimant's consent covers it. Use the data room, pseudonymise where possible.

Q: An injured person sends us medical reports by normal e-mail. Do I have to complain?
A: No. We process what we receive. But in our reply, we offer the secure portal and we never send health data back unencrypted.

Questions: datenschutz@lindenhof-versicherung.example
"""
    msg = mail(107, "Data Protection Office <datenschutz@lindenhof-versicherung.example>",
               "Claims all <schaden-alle@lindenhof-versicherung.example>",
               "Data protection FAQ for claims – new entries", "2024-12-03 09:00", body)
    return msg, N, "en", "internal", "trap: data-protection FAQ about police reports, injuries and discharge letters"


def m108():
    body = """Hallo Claudia,

meine Planung für die Gutachterkosten 2025 (Kraftfahrt und AH), Basis Ist Jan–Okt 2024 hochgerechnet:

Kostenart                           | Ist 2024 (hochger.) | Plan 2025 | Veränderung
Kfz-Schadengutachten (Sachschaden)  |  4,82 Mio. EUR      | 5,05 Mio. | +4,8 %
Unfallanalytik / Biomechanik        |  0,31 Mio. EUR      | 0,34 Mio. | +9,7 %
Medizinische Gutachten (Netzwerk)   |  0,88 Mio. EUR      | 0,95 Mio. | +8,0 %
Ärztliche Befundberichte (GOÄ 75)   |  0,12 Mio. EUR      | 0,12 Mio. | ±0
Reha-Management                     |  0,19 Mio. EUR      | 0,24 Mio. | +26 %
Summe                               |  6,32 Mio. EUR      | 6,70 Mio. | +6,0 %

Annahmen: BVSK-Honorare +4 %, Fallzahl Personenschaden konstant, Reha-Management wird auf AH ausgeweitet.

Viele Grüße
Tobias
"""
    msg = mail(108, "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "Claudia Reimers <claudia.reimers@lindenhof-versicherung.example>",
               "Planung Gutachterkosten 2025", "2024-12-03 11:45", body)
    return msg, N, "de", "internal", "trap: budget for medical and vehicle expert reports, totals only"


def m109():
    body = """SIU referral – case summary (RESTRICTED)

Claim: 51-24-011544 (motor TPL, bodily injury + property)
Referred by: Sabine Kröger, 26/11/2024
SIU handler: Tim Engelke

Facts
- 03/11/2024, 23:10, Kassel, industrial estate Waldau, Otto-Hahn-Straße. Our insured, Mr Ramazan Kaya (policy taken out 09/10/2024), rear-ended a BMW 530d (KS-DK 442) at a stop sign.
- In the BMW: driver Mr Denis Krasniqi and passengers Mr Arben Hoxha and Mr Leon Berisha.
- All three occupants report HWS distortion and lumbar strain; first medical contact 06/11 at the same orthopaedic practice in Kassel-Nord, each with 4 weeks' sick note.
- Expert report on the BMW (Sachverständigenbüro Rauschenbach) shows repair costs of EUR 11,800 – on a vehicle with existing unrepaired damage from a 2023 claim with another insurer (HIS hit).

Findings so far
- HIS query: Mr Krasniqi involved in 3 previous claims since 2021, two of them as claimant with bodily injury.
- Mr Kaya and Mr Hoxha are connected on social media and work for the same car-wash company.
- The police were not called.

Status
- 28/11/2024: criminal complaint filed with Kassel police for attempted insurance fraud (§ 263 StGB); Staatsanwaltschaft Kassel proceedings Az. 3400 Js 22915/24 against Mr Kaya, Mr Krasniqi and Mr Hoxha.
- Payments blocked. Letter to claimants' lawyer: liability not accepted pending investigation.

Please do not discuss this case outside SIU and the claims team.
"""
    msg = mail(109, "Tim Engelke <tim.engelke@lindenhof-versicherung.example>",
               "Sabine Kröger <sabine.kroeger@lindenhof-versicherung.example>",
               "SIU case 51-24-011544 – summary", "2024-12-03 15:20", body,
               cc="Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>")
    return msg, S, "en", "internal", "fraud investigation: named suspects, criminal proceedings, claimed injuries and sick notes"


def m110():
    html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Ruud,</p>
<p>as promised, the Q3 review for your German fleet (policy FL 77 30 4412) ahead of our call.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#e8f1f5"><th></th><th>Q3 2024</th><th>Q3 2023</th></tr>
<tr><td>Vehicles</td><td>212</td><td>204</td></tr>
<tr><td>Claims</td><td>19</td><td>27</td></tr>
<tr><td>Claims frequency</td><td>35.8 %</td><td>52.9 %</td></tr>
<tr><td>Incurred (EUR)</td><td>48,210</td><td>71,930</td></tr>
<tr><td>Loss ratio</td><td>61 %</td><td>74 %</td></tr>
</table>
<p><b>Largest claims Q3</b> (all property damage only):</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#e8f1f5"><th>Claim</th><th>Driver</th><th>Vehicle</th><th>Description</th><th>Incurred EUR</th></tr>
<tr><td>52-24-016602</td><td>Tobias Reinhardt</td><td>DO-MF 1290</td><td>Rear-end collision A40, third-party car total loss</td><td>14,900</td></tr>
<tr><td>52-24-020388</td><td>Aylin Kaya</td><td>DO-MF 1318</td><td>Rear-end collision at traffic lights</td><td>4,200</td></tr>
<tr><td>52-24-017115</td><td>Kevin Straub</td><td>DO-MF 1207</td><td>Reversing into a delivery gate</td><td>3,640</td></tr>
</table>
<p>Mr Straub has had three claims this year; you may want to consider him for the next driver training.</p>
<p>Best regards<br>Patrick Nowak<br>Key Account Manager Fleet, Lindenhof Versicherung AG</p>
</body></html>
"""
    msg = mail(110, "Patrick Nowak <patrick.nowak@lindenhof-versicherung.example>",
               "Ruud de Graaf <r.degraaf@meridian-fs.example>",
               "Q3 fleet review – Meridian Field Services Deutschland", "2024-12-04 08:30", html=html)
    return msg, C, "en", "insurer-to-company", "HTML-only fleet review naming drivers with their claims record; no injuries"


def m111():
    body = """MOTOR MARKET NOTES – Lindenhof Group Claims – December 2024

Repair cost inflation slows, bodily injury costs keep rising
- Average repair cost per motor TPL property claim: +5.1 % year on year (2023: +9.8 %). Spare parts prices have stabilised; labour rates are still rising.
- Average cost per bodily injury claim: +7.4 %, driven by hospital prices, longer loss-of-earnings periods and higher care costs in serious injury cases.
- The share of claims with a lawyer keeps growing, now 67 % of bodily injury claims in Germany.

Regulatory watch
- EU: Motor Insurance Directive amendments fully applicable; check the new rules on claims for accidents caused by insolvent insurers.
- Germany: the annual adjustment of the Düsseldorf table affects maintenance claims in fatal accident cases.

Reading tip
The new edition of the German pain and suffering tables (Hacks/Wellner/Häcker) includes more than 300 new decisions on psychological injuries.

Group Claims, Kassel
Internal distribution only – please do not forward outside the group.
"""
    msg = mail(111, "Group Claims Kassel <group-claims@lindenhof-versicherung.example>",
               "Claims management <claims-management@lindenhof-versicherung.example>",
               "Motor Market Notes – December 2024", "2024-12-04 10:00", body)
    return msg, N, "en", "newsletter", "trap: market notes on bodily-injury cost inflation, no person"


def m112():
    body = """Sehr geehrte Frau Dörr,

es tut uns leid, dass Ihr Hund Emil bei dem Unfall am 21.11.2024 in Niestetal verletzt wurde. Unser Versicherungsnehmer hat bestätigt, dass er Emil beim Rückwärtsfahren aus der Einfahrt übersehen hat (Schaden-Nr. 51-24-013011).

Aus der Rechnung der Tierklinik am Warteberg ergibt sich, dass Emil eine Beckenfraktur hatte, die operativ mit einer Platte versorgt wurde, und drei Tage stationär in der Tierklinik war. Die Kontrolle am 05.12. ist noch nicht abgerechnet.

Wir übernehmen:

Rechnung Tierklinik am Warteberg vom 25.11.2024 (OP, stationär, Röntgen)   2.684,37 EUR
Fahrtkosten zur Tierklinik (4 Fahrten)                                        38,40 EUR
Kostenpauschale                                                                25,00 EUR
Summe                                                                      2.747,77 EUR

Die Rechnung für die Nachkontrolle und die Physiotherapie für Emil reichen Sie bitte nach. Nach der Rechtsprechung sind Tierarztkosten auch dann zu ersetzen, wenn sie den Wert des Tieres übersteigen (§ 251 Abs. 2 Satz 2 BGB).

Wir zahlen auf Ihr Konto:
Kontoinhaberin: Sabrina Dörr
IBAN DE61 5204 0021 0773 1024 48

Wir wünschen Emil gute Besserung.

Mit freundlichen Grüßen
Mehmet Aydın
Kraftfahrt-Sachschaden
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(112, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Sabrina Dörr <sabrina.doerr@gmx-mail.example>",
               "Ihr Hund Emil – Schaden 51-24-013011 – Tierarztkosten", "2024-12-04 13:50", body)
    return msg, C, "de", "insurer-to-claimant", "dog injured by car: animal health, vet bill, claimant's IBAN (no human injury)"


def m113():
    body = """Sehr geehrte Frau Scholl,

wie telefonisch besprochen beauftragen wir Sie mit dem Reha-Management für folgenden Geschädigten:

Schaden-Nr.: 51-24-010211
Geschädigter: Herr Marvin Kühne, geb. 08.02.2001, Lindenstraße 22, 34298 Helsa
derzeit: Querschnittgelähmtenzentrum Bad Wildungen, Station 3
Bevollmächtigter: RA Dr. Jan-Henrik Petersen, Göttingen (mit dem Reha-Management einverstanden, Schweigepflichtentbindung liegt vor)
Ansprechpartner in der Familie: Mutter, Frau Doris Kühne, Tel. 05605 2231-07

Unfall: 31.08.2024, Frontalkollision als Motorradfahrer

Verletzungen lt. Verlegungsbericht Klinikum Kassel:
- BWK-11/12-Luxationsfraktur mit kompletter Querschnittlähmung sub Th11 (ASIA A)
- Femurschaftfraktur links (Marknagel), Rippenserienfraktur rechts, Hämatopneumothorax
- neurogene Blasen- und Darmfunktionsstörung

Herr Kühne war Auszubildender zum Kfz-Mechatroniker im 3. Lehrjahr (Autohaus Fiedler, Kassel). Er lebte bei seinen Eltern in einem Einfamilienhaus mit Treppe zum Obergeschoss.

Auftrag:
1. Bedarfsermittlung für die Entlassung (voraussichtlich Februar 2025): Wohnsituation (Umbau Elternhaus oder barrierefreie Wohnung), Hilfsmittel (Aktivrollstuhl, Handbike), Pflegebedarf, Kfz-Umrüstung
2. Abstimmung mit Gesundheitskasse Nordhessen, Pflegekasse und Rentenversicherung zu Leistungen und Zuständigkeiten
3. berufliche Perspektive: Umschulung (z. B. technischer Zeichner, kaufmännisch), Kontakt mit Arbeitgeber und Agentur für Arbeit
4. psychologische Begleitung von Herrn Kühne und seiner Familie

Budget zunächst 15.000 EUR; Bericht nach dem Erstbesuch innerhalb von vier Wochen.

Mit freundlichen Grüßen
Dr. Tobias Wendland
Leiter Personen-Großschaden
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(113, "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "Annette Scholl <a.scholl@rehaplan.example>",
               "Auftrag Reha-Management 51-24-010211 – Kühne", "2024-12-05 09:15", body)
    return msg, S, "de", "insurer-to-assessor", "rehab case manager order: paraplegia, bladder dysfunction, DOB, family, job"


def m114():
    body = """Sehr geehrte Damen und Herren,

wir bestätigen die mit Ihnen vereinbarten Konditionen für Unfallersatzfahrzeuge für Haftpflichtgeschädigte unserer Versicherungsnehmer ab 01.01.2025 (Direktabrechnung mit uns):

Fahrzeuggruppe (nach Schwacke)  | Tagespreis netto | Wochenpreis netto | Freikilometer/Tag
A/B  (Kleinwagen)              | 39 EUR           | 245 EUR           | 200
C/D  (Kompaktklasse)           | 49 EUR           | 305 EUR           | 250
E/F  (Mittelklasse)            | 62 EUR           | 390 EUR           | 300
G/H  (obere Mittelklasse)      | 79 EUR           | 495 EUR           | 300
Transporter bis 3,5 t          | 85 EUR           | 530 EUR           | 200

Zustellung und Abholung im Umkreis von 30 km um Ihre Stationen kostenfrei. Haftungsbefreiung mit 500 EUR Selbstbeteiligung inklusive.

Bitte rechnen Sie weiterhin pro Schadenfall mit Angabe unserer Schadennummer ab; Rechnungen ohne Schadennummer können wir nicht zuordnen.

Mit freundlichen Grüßen
Mehmet Aydın
Werkstatt- und Dienstleistersteuerung
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(114, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Autovermietung Sommer GmbH <zentrale@sommer-autovermietung.example>",
               "Konditionen Unfallersatzfahrzeuge 2025", "2024-12-05 11:30", body)
    return msg, N, "de", "insurer-to-supplier", "trap: rental price list for accident replacement cars, no person"


def m115():
    body = """Dear Mr Whitcombe,

Your insured: Mr Oliver Stanton, Guildford – vehicle registration LK21 FXO (Land Rover Discovery)
Your ref.: PM/MTR/552190
Our ref. (as your claims representative in Germany): 58-24-000941
Accident: 27 October 2024, Bad Hersfeld, Linggplatz – pedestrian crossing

As your claims representative in Germany we report as follows:

1. Facts: Your insured turned left from Dudenstraße and hit a pedestrian, Mrs Gudrun Heiderich (born 1952), on the pedestrian crossing. The police report (received 28/11) records a green light for pedestrians. Mr Stanton told the police that he was blinded by the low sun. He received a police caution; criminal proceedings for negligent bodily injury are pending against him at the public prosecutor's office in Fulda.

2. Injuries: Mrs Heiderich was taken to Klinikum Bad Hersfeld with a fracture of the right upper arm (proximal humerus), treated with a shoulder prosthesis on 29/10, a laceration of the scalp and a suspected minor brain injury that was ruled out by CT. She was discharged to short-term care on 08/11; her daughter reports that she now needs help with dressing and personal hygiene. Her care insurer has applied for a care level assessment.

3. Liability: in our view 100 % your insured.

4. Reserve recommendation: EUR 85,000 (pain and suffering EUR 25-30k, care and household help, recourse of the health and care insurers, lawyer's fees).

We need your authority to make an advance payment of EUR 10,000 to Mrs Heiderich's lawyer. Please confirm by return.

Kind regards
Daniel Reuter
International Claims Desk
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(115, "Daniel Reuter <daniel.reuter@lindenhof-versicherung.example>",
               "Peter Whitcombe <p.whitcombe@pennine-motor.example>",
               "Your insured O. Stanton – accident Bad Hersfeld 27/10/2024 – report and reserve",
               "2024-12-05 14:45", body)
    return msg, S, "en", "insurer-to-partner", "report to UK insurer: pedestrian's fracture, prosthesis, care needs; driver's criminal proceedings"


def m116():
    body = """Sehr geehrter Herr Kollege Wiegmann,

in der Sache Ihres Mandanten Herrn Lutz Brandes (Ihr Az. 88/24 W, unser Schaden 51-24-010640, Unfall vom 04.09.2024 an der Einmündung Leipziger Straße / Umgehungsstraße in Kassel-Bettenhausen) bestreiten Sie weiterhin den Rotlichtverstoß Ihres Mandanten.

Nach unserer Kenntnis hat die Bußgeldstelle des Regierungspräsidiums Kassel gegen Ihren Mandanten einen Bußgeldbescheid wegen qualifizierten Rotlichtverstoßes erlassen (Az. 2.3-OWi-24-118802), gegen den Sie Einspruch eingelegt haben.

Wir bitten Sie, uns eine Kopie der Bußgeldakte zu überlassen, insbesondere die Aussagen der beiden Zeugen (Frau Wiebke Lorenz und Herr Gerhard Ochs) und die Auswertung der Ampelphasenschaltung. Sobald das Verfahren abgeschlossen ist, regulieren wir entsprechend; bis dahin halten wir die Reparaturkosten Ihres Mandanten (Gutachten 7.320 EUR) zurück.

Verletzt wurde bei dem Unfall niemand.

Mit freundlichen Grüßen
Mehmet Aydın
Kraftfahrt-Sachschaden
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(116, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "RA Henning Wiegmann <wiegmann@kanzlei-wiegmann.example>",
               "Brandes ./. Lindenhof – Ihr Az. 88/24 W – Bußgeldakte", "2024-12-06 09:10", body)
    return msg, C, "de", "insurer-to-lawyer", "property claim: named claimant's administrative fine proceedings, witnesses; nobody hurt"


def m117():
    body = """Liebe Kolleginnen und Kollegen,

die Liste der ausgebildeten Ersthelferinnen und Ersthelfer in der Zentrale ist aktualisiert. Im Notfall bitte zuerst 112 (aus dem Haus: 0-112) und dann die Ersthelfer eurer Etage rufen.

Etage 2: Ines Wollenweber (Durchwahl 1133), Marco Jäger (1412)
Etage 3: Jens Albers (2175), Petra Lindner (2210)
Etage 4: Sabine Kröger (4412), Mehmet Aydın (4230)
Etage 5: Claudia Reimers (2290), Uwe Bremer (5520)
Etage 6: Patrick Nowak (3310), Natalia Sommer (6104)
Etage 7: Empfang Vorstand (7000)

Der AED (Defibrillator) hängt im Erdgeschoss neben dem Empfang und auf Etage 4 gegenüber den Aufzügen.

Die nächste Erste-Hilfe-Auffrischung findet am 21.01.2025 statt; wer seit mehr als zwei Jahren keinen Kurs hatte, meldet sich bitte bei der Arbeitssicherheit.

Viele Grüße
Team Arbeitssicherheit
"""
    msg = mail(117, "Arbeitssicherheit <arbeitssicherheit@lindenhof-versicherung.example>",
               "Alle Beschäftigten Kassel <alle-kassel@lindenhof-versicherung.example>",
               "Aktualisierte Ersthelferliste Zentrale", "2024-12-06 11:00", body)
    return msg, N, "de", "internal", "trap: first-aider list naming colleagues, no health data"


def m118():
    body = """Planned maintenance – ClaimsDesk and DMS

When: Saturday, 14 December 2024, 06:00 – 14:00 CET
Affected: ClaimsDesk (all lines), document management (incl. medical report archive), payment interface, Maklerportal claims view
Not affected: e-mail, telephone, SecureMail portal

What happens: database upgrade and migration of the document archive to new storage. Payments released on Friday after 16:00 will be executed on Monday.

Please log off from ClaimsDesk on Friday evening. Unsaved entries may be lost.

Questions: IT Service Desk, ext. 7777, it-servicedesk@lindenhof-versicherung.example

Change reference: CHG0042317
"""
    msg = mail(118, "IT Service Desk <it-servicedesk@lindenhof-versicherung.example>",
               "Claims all <schaden-alle@lindenhof-versicherung.example>",
               "Planned maintenance ClaimsDesk/DMS – Sat 14 Dec", "2024-12-06 15:30", body)
    return msg, N, "en", "internal", "trap: maintenance notice mentioning the medical report archive"


def m119():
    body = """Staatsanwaltschaft Kassel
– Geschäftsstelle der Abteilung 46 –
per E-Mail an: poststelle-46@sta-kassel.example

Ermittlungsverfahren gegen Herrn Reinhard Ebeling
Az. 4622 Js 18734/24
wegen fahrlässiger Körperverletzung
Geschädigte: Frau Ilse Marquardt
hier: Antrag auf Akteneinsicht nach § 406e StPO / § 475 StPO

Sehr geehrte Damen und Herren,

wir sind der Kfz-Haftpflichtversicherer des Beschuldigten (Schaden-Nr. 51-24-011101). Die Geschädigte, Frau Marquardt, hat bei dem Unfall am 26.09.2024 am Fußgängerüberweg Wolfhager Straße eine Oberschenkelhalsfraktur erlitten; ihre Tochter macht als Betreuerin zivilrechtliche Ansprüche geltend.

Zur Prüfung der Haftung und der Höhe der Ansprüche beantragen wir Auskunft aus der Akte bzw. Akteneinsicht, insbesondere in:
- die Verkehrsunfallanzeige mit Unfallskizze und Lichtbildern,
- die Aussagen der Zeugen,
- ein etwaiges Unfallrekonstruktionsgutachten.

Ein berechtigtes Interesse besteht, weil wir nach § 115 VVG unmittelbar in Anspruch genommen werden. Medizinische Unterlagen der Geschädigten benötigen wir nicht; diese erhalten wir mit ihrer Einwilligung direkt.

Die Kosten der Akteneinsicht übernehmen wir. Bitte senden Sie die Akte an unsere Schadenabteilung oder teilen Sie uns mit, ob die Einsicht über unsere Anwälte (Kanzlei Brückner Lange, Kassel) erfolgen soll.

Mit freundlichen Grüßen
Svenja Mertens
Prozessabteilung
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(119, "Svenja Mertens <svenja.mertens@lindenhof-versicherung.example>",
               "StA Kassel Abt. 46 <poststelle-46@sta-kassel.example>",
               "Az. 4622 Js 18734/24 – Antrag auf Akteneinsicht", "2024-12-09 09:30", body)
    return msg, S, "de", "insurer-to-authority", "file request to prosecutor: criminal case against named customer, victim's hip fracture"


def m120():
    body = """Dear Sir or Madam,

Your insured: vehicle registration BV19 OKD (Vauxhall Astra), policyholder Mr Liam Boyce
Our ref.: 58-24-001022
Date and place: 30 November 2024, Kassel, Wilhelmshöher Allee 180 (parked cars)

Lindenhof Versicherung AG acts as your claims correspondent in Germany. We have received a claim from:

Claimant: Ms Friederike Hagedorn, Kassel
Claimant vehicle: Audi A3 Sportback, KS-FH 1106 (parked at the kerb)

According to the police notice, your insured's car touched the rear left corner of the parked Audi when leaving the parking space. Mr Boyce left a note with his name and mobile number on the windscreen and confirmed the incident to the police the next day. No injuries.

The claimant's expert estimates repair costs of EUR 2,188.40 net. We consider the claim justified in principle and intend to settle it in accordance with our correspondent agreement. Please confirm cover and your authority to settle up to EUR 3,000 within 10 working days.

Kind regards
Daniel Reuter
International Claims Desk
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(120, "Daniel Reuter <daniel.reuter@lindenhof-versicherung.example>",
               "Pennine Motor Claims <claims-international@pennine-motor.example>",
               "Green Card claim – your insured BV19 OKD – our ref 58-24-001022", "2024-12-09 11:20", body)
    return msg, C, "en", "insurer-to-partner", "Green Card correspondent: named claimant and policyholder, plates; no injuries"


def m121():
    body = """Hallo zusammen,

die Schadenquoten unserer Flottenkunden nach Segmenten (Geschäftsjahr bis 30.11.2024), als Grundlage für die Sanierungsgespräche im Januar:

Segment                        | Verträge | Fahrzeuge | Schadenhäufigkeit | Schadenquote
Handwerk/Bau (< 50 Fzg.)       |   312    |   4.120   |  38 %             |  71 %
Logistik/Kurier                |    48    |   2.870   |  61 %             |  96 %
Pflege-/Sozialdienste          |    74    |   1.310   |  47 %             |  84 %
Energieversorger/Stadtwerke    |    19    |     940   |  29 %             |  58 %
Vertrieb/Außendienst (Pkw)     |   126    |   3.450   |  33 %             |  63 %
Gesamt                         |   579    |  12.690   |  41 %             |  76 %

Logistik bleibt das Sorgenkind: viele Auffahrunfälle mit HWS-Ansprüchen der Gegner und hohe Personenschadenreserven. Vorschlag: Sanierung bei Quote > 90 % mit Fahrertraining und Telematik als Bedingung.

Einzelne Kunden bespreche ich nur im Termin.

Gruß
Patrick
"""
    msg = mail(121, "Patrick Nowak <patrick.nowak@lindenhof-versicherung.example>",
               "Underwriting Flotte <uw-flotte@lindenhof-versicherung.example>",
               "Flotten-Schadenquoten nach Segmenten 2024", "2024-12-09 14:05", body)
    return msg, N, "de", "internal", "trap: fleet loss ratios by segment mentioning whiplash claims, no customer"


def m122():
    lines = [
        "Kanzlei Hollstein & Partner Rechtsanwaelte, Baunatal",
        "",
        "Lindenhof Versicherung AG, Kfz-Schaden",
        "Ihr Versicherungsnehmer: Herr Nils Papenberg, KS-NP 5",
        "Unser Mandant: Herr Reinhold Fenske, Fuldabrueck",
        "Unfall vom 02.12.2024, Baunatal, Kreisel Altenbaunaer Strasse",
        "",
        "Sehr geehrte Damen und Herren,",
        "Ihr Versicherungsnehmer fuhr in den Kreisverkehr ein, ohne auf unseren",
        "Mandanten zu achten, der sich bereits im Kreisel befand. Am Fahrzeug unseres",
        "Mandanten (Mercedes GLC, KS-RF 760) entstand ein Schaden an der rechten Seite.",
        "Personen wurden nicht verletzt.",
        "",
        "Wir machen geltend:",
        "  Reparaturkosten lt. Gutachten Ing.-Buero Kessler   6.904,20 EUR",
        "  Wertminderung                                       750,00 EUR",
        "  Gutachterkosten                                     988,15 EUR",
        "  Nutzungsausfall 9 Tage a 79 EUR                     711,00 EUR",
        "  Kostenpauschale                                      30,00 EUR",
        "  Summe                                             9.383,35 EUR",
        "",
        "Zahlung bis 20.12.2024 auf unser Kanzleikonto.",
        "Hollstein, Rechtsanwalt",
    ]
    body = """Sehr geehrter Herr Papenberg,

zu Ihrem Unfall vom 02.12.2024 im Kreisel in Baunatal (Schaden-Nr. 51-24-013377, Vertrag KF 404 990 126) haben wir das beigefügte Anspruchsschreiben des Anwalts Ihres Unfallgegners erhalten.

Bitte lesen Sie es und teilen Sie uns bis zum 16.12. mit, ob der Hergang so stimmt. In Ihrer Schadenmeldung hatten Sie angegeben, dass Herr Fenske zu schnell in den Kreisel gefahren ist und Sie ihn deshalb nicht rechtzeitig sehen konnten. Haben Sie Zeugen?

Die Höhe der Forderung prüfen wir selbst.

Mit freundlichen Grüßen
Mehmet Aydın
Kraftfahrt-Sachschaden
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(122, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Nils Papenberg <nils.papenberg@web-mail.example>",
               "Ihr Schaden 51-24-013377 – Anspruchsschreiben des Gegners", "2024-12-10 09:00", body,
               atts=[("Anspruchsschreiben_Hollstein_2024-12-06.pdf", "application/pdf",
                      pdf(lines, "Anspruchsschreiben"))])
    return msg, C, "de", "insurer-to-customer", "customer gets opponent lawyer's claim letter (PDF): names, plates, amounts; nobody hurt"


def m123():
    body = """Tobias,

die Rückversicherung fragt zum Kühne-Schaden nach (siehe unten). Ich würde wie folgt antworten, bitte kurz drüberschauen, weil medizinische Details drinstehen – die Einwilligung von Herrn Kühne deckt die Weitergabe an den Rückversicherer ab (Ziff. 3 der Erklärung vom 14.11.).

Entwurf:
"Dear Alistair, Mr Kühne (XL-24-002) remains at the spinal cord injury centre. The paraplegia is complete (ASIA A, level T11); there is no neurological recovery. He had a pressure sore (sacral, grade 2) in November, which is healing. Discharge is planned for February 2025 to his parents' house, which will need adaptation; our rehab manager's first report is expected mid-January. Reserve unchanged at EUR 6.0m."

Passt das so?

Daniel

-----Ursprüngliche Nachricht-----
Von: Alistair Penrose <a.penrose@btre.example>
Gesendet: Dienstag, 10. Dezember 2024 09:12
An: Dr. Tobias Wendland; Daniel Reuter
Betreff: XL-24-002 – update for our year-end reserving

Dear Tobias, dear Daniel,

for our year-end reserving review, could you give us a short update on XL-24-002 (current medical status, discharge plans, any change to the EUR 6.0m reserve)?

Many thanks
Alistair
"""
    msg = mail(123, "Daniel Reuter <daniel.reuter@lindenhof-versicherung.example>",
               "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "WG: XL-24-002 – update for our year-end reserving", "2024-12-10 11:40", body)
    return msg, S, "mixed", "internal", "German note with English draft: named claimant's paraplegia, pressure sore, discharge plans"


def m124():
    body = """Dear Mr Lindqvist,

thank you for sending the document request list for the year-end audit of the claims provisions. As discussed, we will provide the following via the audit data room by 10 January 2025:

1. Reconciliation of the claims provision (ClaimsDesk to general ledger) as at 31 December 2024
2. Actuarial report on IBNR and the run-off triangles for motor TPL and general liability
3. Reserving guidelines for bodily injury claims, including the capitalisation tables
4. Minutes of the reserving committee (Q1–Q4 2024)
5. The list of large losses above EUR 250k (claim numbers and amounts only)

For your sample testing of individual claim files, please send us the sample list; we will give your team read-only access to the selected files on site. As agreed, no copies of medical documents will be taken, and the working papers will contain claim numbers only.

Kind regards
Claudia Reimers
Claims Controlling
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(124, "Claudia Reimers <claudia.reimers@lindenhof-versicherung.example>",
               "Erik Lindqvist <erik.lindqvist@audit-partners.example>",
               "Year-end audit 2024 – claims provisions – document list", "2024-12-10 14:15", body)
    return msg, N, "en", "insurer-to-partner", "trap: auditor document list mentioning bodily-injury reserves and medical files"


def m125():
    body = """Sehr geehrter Herr Hartung,

Ihre Frau, Frau Melanie Hartung, hat uns über ihre Anwältin mitgeteilt, dass sie als Beifahrerin in Ihrem Fahrzeug bei dem Unfall am 08.11.2024 auf der A 49 (Schaden-Nr. 51-24-012677) verletzt worden ist, und macht Ansprüche aus Ihrer Kfz-Haftpflichtversicherung geltend.

Das ist rechtlich möglich: Auch Familienangehörige im eigenen Auto sind durch die Kfz-Haftpflicht geschützt, wenn der Fahrer den Unfall verursacht hat. Ihre Versicherung zahlt dann Ihrer Frau ein Schmerzensgeld und ersetzt ihren Schaden – für Sie persönlich entstehen keine Kosten, es ist aber ein Schadenfall für Ihren Vertrag (KF 403 508 771).

Nach dem Bericht der Klinik hat Ihre Frau eine Brustbeinfraktur durch den Gurt und eine Gehirnerschütterung erlitten und war vier Tage im Krankenhaus. Sie ist noch krankgeschrieben.

Wir brauchen von Ihnen:
1. Ihre Schilderung des Unfallhergangs (Sie schrieben in der Schadenmeldung von Aquaplaning),
2. die Bestätigung, dass Ihre Frau angeschnallt war,
3. Ihr Einverständnis, dass wir mit der Anwältin Ihrer Frau direkt abrechnen.

Uns ist bewusst, dass diese Situation in einer Familie ungewohnt ist. Sie müssen sich gegenüber Ihrer Frau zu nichts äußern; Rückfragen beantworte ich gern telefonisch.

Mit freundlichen Grüßen
Sabine Kröger
KH-Personenschaden
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(125, "Sabine Kröger <sabine.kroeger@lindenhof-versicherung.example>",
               "Thomas Hartung <th.hartung@t-net.example>",
               "Ihr Schaden 51-24-012677 – Ansprüche Ihrer Frau als Beifahrerin", "2024-12-11 09:50", body)
    return msg, S, "de", "insurer-to-customer", "customer's wife as passenger: sternum fracture, concussion, hospital stay"


def m126():
    body = """Sehr geehrter Herr Novak, dear Mr Novak,

(English version below)

zu Ihrem Schaden vom 29.11.2024 (Schaden-Nr. 51-24-013250, Vertrag KF 412 300 564, Fahrzeug KS-TN 303): Die Gegnerin, Frau Hildegard Kurz, verlangt Ersatz für den beschädigten Außenspiegel und die Fahrertür ihres Fahrzeugs (KS-HK 1950), insgesamt 1.340,80 EUR nach Kostenvoranschlag. Verletzt wurde niemand. Bitte bestätigen Sie uns kurz, dass Sie beim Vorbeifahren in der engen Straße den Spiegel berührt haben.

---

regarding your claim of 29 November 2024 (claim no. 51-24-013250, policy KF 412 300 564, vehicle KS-TN 303): the other party, Ms Hildegard Kurz, is claiming for the damaged wing mirror and driver's door of her car (KS-HK 1950), EUR 1,340.80 in total according to the repair estimate. Nobody was injured. Please confirm briefly that you touched the mirror when passing her car in the narrow street.

Mit freundlichen Grüßen / Kind regards
Mehmet Aydın
Kraftfahrt-Sachschaden / Motor Claims
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(126, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Tomáš Novak <tomas.novak@mailbox-de.example>",
               "Schaden / claim 51-24-013250", "2024-12-11 13:30", body)
    return msg, C, "mixed", "insurer-to-customer", "bilingual: customer and third party named, policy/claim numbers, plates; no injury"


def m127():
    body = """Hallo zusammen,

kurze Zusammenfassung der Empfehlungen des Verkehrsgerichtstags, die für uns im Personenschaden relevant sind (veröffentlicht auf der Website des VGT, AK-Ergebnisse):

AK II – Schmerzensgeld bei psychischen Unfallfolgen
- Psychische Folgen sollen bei der Bemessung stärker berücksichtigt werden; Gerichte sollen frühzeitig fachpsychiatrische Gutachten einholen.
- Empfehlung an die Versicherer: psychologische Erstbetreuung bei schweren Unfällen anbieten.

AK IV – Haushaltsführungsschaden
- Empfehlung, den Stundensatz für eine Ersatzkraft bundeseinheitlich am Mindestlohn zu orientieren.

AK VI – Reha-Management
- Der AK begrüßt die Reha-Management-Modelle der Versicherer; die Unabhängigkeit der Reha-Dienste soll gesichert sein.

Für uns heißt das: Wir sollten die Fälle mit psychischen Unfallfolgen (F43.x) früher an die Beratungsärztin geben und das Reha-Management auch in diesen Fällen anbieten. Ich nehme das in den Jour fixe.

Gruß
Tobias
"""
    msg = mail(127, "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "KH-Personenschaden <kh-personenschaden@lindenhof-versicherung.example>",
               "Verkehrsgerichtstag: Empfehlungen für den Personenschaden", "2024-12-12 08:15", body)
    return msg, N, "de", "internal", "trap: summary of traffic-law conference recommendations on psychological injuries"


def m128():
    body = """Hi all / Hallo zusammen,

for our new colleague Ian and everyone who writes to foreign lawyers: here is the short glossary we use on the IC desk. Please use these terms consistently, especially in letters to UK and Irish firms.

Deutsch                         | English (UK usage)
Schmerzensgeld                  | general damages / damages for pain, suffering and loss of amenity (PSLA)
Verdienstausfall                | loss of earnings
Haushaltsführungsschaden        | loss of housekeeping capacity (no exact UK equivalent; explain)
vermehrte Bedürfnisse           | increased needs / future care and equipment
Hinterbliebenengeld             | bereavement damages
Unterhaltsschaden               | loss of dependency
Teilungsabkommen                | sharing agreement with social insurers
Forderungsübergang § 116 SGB X  | statutory subrogation of social insurers
Abfindungserklärung             | full and final settlement agreement
Vorbehalt                       | reservation (of future claims)
Schweigepflichtentbindung       | medical authority / consent to release medical records
Beratungsarzt                   | in-house medical adviser
Gutachter                       | expert (medical expert / motor engineer)

Viele Grüße / best
Hannah
"""
    msg = mail(128, "Hannah Kowalczyk <hannah.kowalczyk@lindenhof-versicherung.example>",
               "IC Desk <ic-desk@lindenhof-versicherung.example>",
               "Glossar / glossary bodily injury DE-EN", "2024-12-12 10:30", body)
    return msg, N, "mixed", "internal", "trap: bilingual glossary of injury-claim terms, no case"


def m129():
    cal = """BEGIN:VCALENDAR
PRODID:-//Lindenhof Versicherung AG//ClaimsDesk//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:ime-51-24-010902-20250114@lindenhof-versicherung.example
DTSTAMP:20241212T120000Z
DTSTART:20250114T143000Z
DTEND:20250114T160000Z
SUMMARY:Independent medical examination – Mrs Danielle Hurst – Mr A. Whitaker FRCS
LOCATION:Norwich Orthopaedic Rooms\\, 3 Unthank Road\\, Norwich NR2
DESCRIPTION:Examination of the right shoulder (partial-thickness supraspinat
 us tear) and the neck. Claimant to bring MRI images of 10/10/2024 and her l
 ist of current medication. Ref. 51-24-010902.
END:VEVENT
END:VCALENDAR
"""
    body = """Dear Ms Okafor,

Your client: Mrs Danielle Hurst
Our ref.: 51-24-010902

Further to our agreement of 3 December, we have arranged the independent orthopaedic examination of your client with Mr Andrew Whitaker FRCS (Tr & Orth):

Date: Tuesday, 14 January 2025, 14:30 (please arrive 15 minutes early)
Place: Norwich Orthopaedic Rooms, 3 Unthank Road, Norwich NR2

Mr Whitaker has been asked to report on the shoulder injury (partial-thickness supraspinatus tear), the neck symptoms and the prognosis, including the need for surgery. He will also comment on whether the anxiety your client describes needs a separate psychiatric report.

Please ask your client to bring the MRI images of 10 October 2024 and a list of her current medication. We will reimburse her travel costs.

A calendar entry is attached for your convenience.

Kind regards
Daniel Reuter
International Claims Desk – Bodily Injury
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(129, "Daniel Reuter <daniel.reuter@lindenhof-versicherung.example>",
               "Priya Okafor <p.okafor@bramley-okafor.example>",
               "Mrs D. Hurst – medical examination 14 January 2025", "2024-12-12 13:00", body,
               atts=[("IME_Hurst_2025-01-14.ics", "text/calendar", ics(cal))])
    return msg, S, "en", "insurer-to-lawyer", "medical examination appointment (also in ICS): named claimant's shoulder tear, anxiety"


def m130():
    body = """Sehr geehrte Damen und Herren,

Ihr Leasingvertrag: 2023-LV-448120
Leasingnehmerin: Frau Dr. Cornelia Vahle, Kassel
Fahrzeug: BMW iX1, KS-CV 2023, FIN WBA11EF0X05T44182
Unser Schaden: 51-24-012890 (Unfall vom 20.11.2024, Kassel, Wilhelmshöher Allee)

Frau Dr. Vahle hat uns mitgeteilt, dass das Fahrzeug bei Ihnen geleast ist, und den Sicherungsschein vorgelegt. Unser Versicherungsnehmer hat den Unfall allein verursacht.

Nach dem Gutachten liegt ein wirtschaftlicher Totalschaden vor:
Wiederbeschaffungswert (netto, Sie sind vorsteuerabzugsberechtigt)   41.200,00 EUR
Restwert (höchstes Angebot)                                         -18.600,00 EUR
Wiederbeschaffungsaufwand                                           22.600,00 EUR

Da der Anspruch auf Ersatz des Fahrzeugschadens Ihnen als Eigentümerin zusteht, zahlen wir diesen Betrag an Sie. Bitte teilen Sie uns Ihre Bankverbindung auf Ihrem Briefbogen mit und bestätigen Sie, dass Sie mit der Verwertung zum Restwert einverstanden sind.

Nutzungsausfall, Kostenpauschale und etwaige weitere Positionen der Leasingnehmerin regulieren wir direkt mit Frau Dr. Vahle. Verletzt wurde niemand.

Mit freundlichen Grüßen
Mehmet Aydın
Kraftfahrt-Sachschaden
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(130, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "FinaLease Schadenservice <schaden@finalease.example>",
               "Leasingvertrag 2023-LV-448120 – Totalschaden – Schaden 51-24-012890", "2024-12-12 15:10", body)
    return msg, C, "de", "insurer-to-company", "leasing company told of named lessee's total loss, plate, VIN; no injury"


def m131():
    body = """Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

wir laden Sie herzlich zu unserer Maklerschulung ein:

"Personenschaden in der Kfz-Haftpflicht – was Ihre Kunden wissen sollten"
Mittwoch, 22. Januar 2025, 14:00–16:00 Uhr, online

Themen:
- Was passiert, wenn Ihr Kunde jemanden verletzt? Ablauf der Regulierung aus Sicht des Versicherungsnehmers
- Strafverfahren und Zivilverfahren: wer zahlt was, wann braucht Ihr Kunde einen eigenen Anwalt?
- Schmerzensgeld, Verdienstausfall, Regress der Krankenkassen: Größenordnungen und typische Fragen
- Deckungssummen: Warum 100 Mio. EUR pauschal sinnvoll sind
- Fragen aus Ihrer Praxis

Die Schulung wird mit 2 Stunden Weiterbildungszeit (IDD) bestätigt.

Anmeldung im Maklerportal unter Veranstaltungen.

Mit freundlichen Grüßen
Ihre Maklerbetreuung Komposit
Lindenhof Versicherung AG
"""
    msg = mail(131, "Lindenhof Maklervertrieb <maklerinfo@lindenhof-versicherung.example>",
               "Vertriebspartner Komposit <makler-komposit@lindenhof-versicherung.example>",
               "Einladung Maklerschulung: Personenschaden in der Kfz-Haftpflicht", "2024-12-13 09:00", body)
    return msg, N, "de", "insurer-to-broker", "trap: broker training on personal injury, criminal proceedings, no client"


def m132():
    body = """Dear Mr Edwards,

thank you for your e-mail of 9 December. I understand your frustration and will try to explain our calculation.

Claim number: 51-24-011760
Accident: 14 October 2024, Kassel-Harleshausen, our insured hit the rear of your car (Kia Sportage, KS-JE 616) at a red light
Nobody was injured.

You rented a replacement car from 15 October to 8 November (25 days) and the rental company has invoiced EUR 2,450. We have paid EUR 1,120 so far. Our reasons:

1. According to the expert report, the repair should have taken 5 working days. The workshop started the repair only on 28 October because you approved the repair estimate on 25 October, ten days after the accident. The workshop could have started immediately after the report was available on 17 October.
2. We therefore accept 14 days of rental. For a car of your vehicle class, the usual local price is EUR 80 per day, i.e. EUR 1,120.

If there was a reason for the delay that we are not aware of (for example, you were away or the workshop could not take the car earlier), please let us know and send us proof; we will then review the claim again.

Kind regards
Mehmet Aydın
Motor Claims – Property Damage
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(132, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Jamal Edwards <jamal.edwards@fastmail-box.example>",
               "RE: rental car costs – claim 51-24-011760", "2024-12-13 11:45", body,
               reply="<CA+edwards-20241209@fastmail-box.example>")
    return msg, C, "en", "insurer-to-claimant", "hire car dispute: named claimant, plate, claim number; nobody injured"


def m133():
    body = """Sehr geehrte Frau Hüttenrauch,

Ihr Zeichen: PK-REG-24-0917
Unser Schaden: 51-24-011101
Versicherte: Frau Ilse Marquardt, geb. 04.01.1946, Kassel

wir bestätigen den Eingang Ihrer Regressanmeldung vom 05.12.2024 für die Pflegekasse der Gesundheitskasse Nordhessen.

Nach Ihren Angaben wurde Frau Marquardt nach der Begutachtung durch den Medizinischen Dienst vom 22.11.2024 rückwirkend ab 01.11.2024 in den Pflegegrad 3 eingestuft. Vor dem Unfall bestand kein Pflegegrad. Sie lebt seit der Entlassung aus der geriatrischen Rehabilitation in einer Kurzzeitpflege und soll ab Januar in eine vollstationäre Einrichtung wechseln.

Die Haftung unseres Versicherungsnehmers dem Grunde nach erkennen wir an. Zur Kausalität benötigen wir:
1. das Pflegegutachten des Medizinischen Dienstes vom 22.11.2024,
2. Angaben zu Vorerkrankungen, soweit sie für die Pflegebedürftigkeit relevant sind; im Entlassungsbericht werden eine beginnende Demenz (F03) und eine Herzinsuffizienz (I50.1) als Nebendiagnosen genannt,
3. eine Aufstellung der bisher erbrachten Leistungen (Kurzzeitpflege, Pflegesachleistungen).

Wir weisen darauf hin, dass bei vorbestehender Demenz ein Teil der Pflegebedürftigkeit möglicherweise auch ohne den Unfall eingetreten wäre. Das werden wir beratungsärztlich prüfen lassen.

Mit freundlichen Grüßen
Julia Brandhorst
Regress / Sozialversicherungsträger
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(133, "Julia Brandhorst <julia.brandhorst@lindenhof-versicherung.example>",
               "Pflegekasse GK Nordhessen Regress <pk-regress@gk-nordhessen.example>",
               "Ihr Zeichen PK-REG-24-0917 – Marquardt – Regress Pflegekasse", "2024-12-16 09:20", body)
    return msg, S, "de", "insurer-to-health-insurer", "care insurer recourse: named victim's care level, dementia and heart failure, DOB"


def m134():
    body = """Case study for the Claims Academy – "The cyclist and the van" (anonymised)

Names, places and dates have been changed; details from several real files have been combined. Do not try to identify the case.

The facts
A delivery van turns right and hits a cyclist (female, early thirties) going straight ahead. She suffers a fractured collarbone and a knee injury. Surgery on the collarbone, knee treated conservatively. Off work for 10 weeks (office job), physiotherapy for 5 months. She is represented by a lawyer from the start.

The questions
1. What information do you need in the first two weeks, and from whom?
2. Would you offer rehab management? What would you say to the lawyer to get consent?
3. How would you estimate the reserve on day 1 and after 3 months?
4. The van driver's employer calls and asks "how badly is she hurt?" – what do you answer?
5. The health insurer sends its recourse claim. Which costs are covered by the sharing agreement?

We will discuss the case in groups of four in the session on 21 January. Please read it before the session.

Jens Albers
Claims Academy
"""
    msg = mail(134, "Jens Albers <jens.albers@lindenhof-versicherung.example>",
               "Academy participants <akademie-ps-2025-01@lindenhof-versicherung.example>",
               "Case study for 21 January – The cyclist and the van", "2024-12-16 11:00", body)
    return msg, N, "en", "internal", "trap: anonymised composite case study with injuries, no identifiable person"


def m135():
    rows = [
        ["Großschaden-Reservemeldung (> 250 TEUR) – Stand 16.12.2024", "", "", "", "", ""],
        ["Schaden-Nr.", "Geschädigte/r", "Geb.", "Verletzungen", "Reserve alt EUR", "Reserve neu EUR"],
        ["51-24-010211", "Marvin Kühne", "08.02.2001", "Querschnittlähmung sub Th11 (ASIA A), Femurfraktur", 6000000, 6000000],
        ["51-24-008214", "Caroline Ashby (verstorben) / Hinterbliebene", "", "tödliches SHT; Ehemann Unterarm- und Rippenfrakturen", 420000, 385000],
        ["51-24-009120", "Mads Kjeldsen", "1983", "offene Unterschenkelfraktur re., Infekt, Pseudarthrose-Risiko", 90000, 240000],
        ["51-24-007702", "Gareth Pryce", "09.11.1979", "Tibiakopffraktur li. ORIF, Skaphoidfraktur", 180000, 310000],
        ["51-23-014418", "Dominik Faust", "05.07.1990", "Weber-C-Fraktur, Berufsaufgabe Dachdecker", 260000, 84260],
        ["51-24-009980", "Birgit Hollenbach", "21.04.1986", "Tibiakopffraktur re., Radiusköpfchenfraktur li., PTBS-Verdacht", 75000, 280000],
    ]
    body = """Hallo Claudia,

anbei die Reservemeldung für den Jahresabschluss.

Gruß
Tobias
"""
    msg = mail(135, "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "Claudia Reimers <claudia.reimers@lindenhof-versicherung.example>",
               "Reservemeldung Großschäden Dezember", "2024-12-16 14:30", body,
               atts=[("Reservemeldung_GS_2024-12.xlsx",
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      xlsx([("Großschäden", rows)]))])
    return msg, S, "de", "internal", "harmless body; XLSX lists named injured persons with birth dates, injuries and reserves"


def m136():
    body = """Hallo Frau Lüders,

bitte folgende Zahlungen aus Kfz-Haftpflicht (Sachschaden) noch vor dem Jahreswechsel ausführen. Freigaben im System sind erteilt, die Überweisungen gehen an Privatpersonen, deshalb hier die geprüften Bankverbindungen:

1. Schaden 51-24-010377 – Thomas Kruse, Kassel
   IBAN DE22 5207 0024 0309 1288 55 (korrigiert, Bestätigung des Kunden vom 02.12. liegt in der Akte)
   Betrag 1.412,66 EUR

2. Schaden 51-24-012502 – Taxi Vogt e. K., Inhaber Hans-Joachim Vogt
   IBAN DE47 5212 0300 0044 1087 73
   Betrag 1.176,00 EUR (Verdienstausfall)

3. Schaden 51-24-013011 – Sabrina Dörr, Niestetal
   IBAN DE61 5204 0021 0773 1024 48
   Betrag 2.747,77 EUR

Verwendungszweck jeweils: Schaden-Nr. + "Lindenhof Vers."

Danke!
Mehmet Aydın
"""
    msg = mail(136, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Zahlungsverkehr Schaden <zahlungsverkehr-schaden@lindenhof-versicherung.example>",
               "Zahlungen vor Jahresende – 3 Sachschäden", "2024-12-17 08:45", body, cte="base64")
    return msg, C, "de", "internal", "base64 body: payment order with named claimants' IBANs and amounts"


def m137():
    body = """Liebe Kolleginnen und Kollegen,

ab 01.01.2025 gelten neue Regulierungsvollmachten in der Schadenabteilung Haftpflicht/Kraftfahrt. Die Beträge gelten je Schadenfall und Zahlung (Personen- und Sachschaden getrennt).

Funktion                              | Sachschaden   | Personenschaden
Sachbearbeitung Sachschaden           | 15.000 EUR    | –
Sachbearbeitung Personenschaden       | 25.000 EUR    | 25.000 EUR
Spezialist/in Personenschaden         | 50.000 EUR    | 75.000 EUR
Teamleitung                           | 100.000 EUR   | 150.000 EUR
Leitung Personen-Großschaden          | 250.000 EUR   | 500.000 EUR
darüber                               | Abteilungsleitung + Vorstand Schaden

Abfindungsvergleiche mit Vorbehalt und Rentenzahlungen brauchen unabhängig vom Betrag die Freigabe der Teamleitung. Die Vollmachten sind in ClaimsDesk hinterlegt; bei Zahlungen darüber erscheint automatisch der Freigabeworkflow.

Die individuellen Vollmachtsurkunden erhaltet ihr bis Jahresende über die Teamleitungen.

Viele Grüße
Abteilungsleitung Schaden Haftpflicht/Kraftfahrt
"""
    msg = mail(137, "Abteilungsleitung Schaden <al-schaden@lindenhof-versicherung.example>",
               "Schaden Kraftfahrt <schaden-kraftfahrt-alle@lindenhof-versicherung.example>",
               "Regulierungsvollmachten ab 01.01.2025", "2024-12-17 10:30", body)
    return msg, N, "de", "internal", "trap: authority limits for personal-injury settlements, no case"


def m138():
    body = """Dear Ms Marsh,

your firm administrator has requested a new user account for you in the Lindenhof broker portal.

User name: ASHC-FMARSH
Firm: Ashcombe Risk Partners Ltd (partner no. 0048813)

For security reasons, your initial password will be sent to you by post to your firm's registered address. It is valid for 14 days. When you log in for the first time, you will be asked to set your own password and a security question.

Your firm administrator decides which portfolio rights you will have (e.g. access to your clients' claims status).

This is an automatically generated message. Please do not reply.

Lindenhof Versicherung AG – Broker Services
https://makler.lindenhof-versicherung.example
"""
    msg = mail(138, "Lindenhof Broker Services <broker-services@lindenhof-versicherung.example>",
               "Fiona Marsh <fiona.marsh@ashcombe-risk.example>",
               "Your new user account in the Lindenhof broker portal", "2024-12-17 12:00", body)
    return msg, N, "en", "insurer-to-broker", "trap: broker account notice, initial password by post"


def m139():
    body = """Dear Mr Kinsella,

Your client: Ms Aoife Brennan, Cork
Your ref.: OK/BRE/24-311
Our ref.: 51-24-007288
Accident: 19 May 2024, Fulda, our insured's car collided with the taxi in which your client was a rear-seat passenger

Thank you for the report of Dr Niamh Casey, consultant psychiatrist, of 28 November.

We note that Dr Casey diagnoses post-traumatic stress disorder of moderate severity and a secondary depressive episode, treated with sertraline 100 mg and weekly trauma-focused CBT since August. She reports flashbacks and that your client has not been able to return to her work as a secondary school teacher since September, and she expects a recovery period of 12 to 18 months.

Before we can make an offer, we would ask for:
1. the GP records for the five years before the accident; Dr Casey mentions "a previous episode of low mood in 2020" without further details,
2. the records of the CBT therapist,
3. confirmation from the school of your client's salary and of any sick pay received, and whether her employment is at risk.

We agree in principle to fund further therapy sessions directly; please ask the therapist to send us the invoices.

The physical injuries (seat-belt bruising, minor whiplash) have resolved, as you confirm. We propose to deal with the psychological injury as the main head of claim.

Yours sincerely
Daniel Reuter
International Claims Desk – Bodily Injury
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(139, "Daniel Reuter <daniel.reuter@lindenhof-versicherung.example>",
               "Eoin Kinsella <e.kinsella@ork-solicitors.example>",
               "Your client Ms A. Brennan – our ref 51-24-007288", "2024-12-17 14:20", body)
    return msg, S, "en", "insurer-to-lawyer", "Irish claimant's PTSD, depression, medication, therapy, prior low mood, salary"


def m140():
    body = """Hi Claudia,

for the year-end review here are the open property-only TPL files on the IC desk older than 90 days, with reserves (ClaimsDesk export attached). No bodily injury in any of them.

Claim          | Claimant / other party           | Country | Reserve EUR | Reason open
51-24-005118   | Mr Tomasz Wiśniewski (truck)     | PL      | 18,400      | waiting for Polish expert report
51-24-006040   | Mrs Hanneke de Boer              | NL      |  3,900      | VAT question, private lease
51-24-007511   | Mr Jacques Morel (Peugeot 5008)  | FR      |  7,250      | liability disputed, no witness
51-24-008330   | Mr Søren Lund                    | DK      |  2,100      | claimant does not reply
51-24-009651   | Mr Piotr Zieliński               | PL      |      0      | paid 25/10, to be closed

I will close 51-24-009651 this week and chase Mr Lund one last time before setting the reserve to zero.

Cheers
Daniel
"""
    export = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>ClaimsDesk export – IC desk open files</title></head>
<body><h3>ClaimsDesk – Report OPEN_FILES_AGE &gt; 90 d – Unit IC-DESK – 18.12.2024 08:55</h3>
<table border="1">
<tr><th>Claim</th><th>Claimant</th><th>Country</th><th>Line</th><th>Reserve EUR</th><th>Last activity</th></tr>
<tr><td>51-24-005118</td><td>Tomasz Wiśniewski</td><td>PL</td><td>KH-Sach</td><td>18400.00</td><td>2024-11-02</td></tr>
<tr><td>51-24-006040</td><td>Hanneke de Boer</td><td>NL</td><td>KH-Sach</td><td>3900.00</td><td>2024-12-03</td></tr>
<tr><td>51-24-007511</td><td>Jacques Morel</td><td>FR</td><td>KH-Sach</td><td>7250.00</td><td>2024-11-28</td></tr>
<tr><td>51-24-008330</td><td>Søren Lund</td><td>DK</td><td>KH-Sach</td><td>2100.00</td><td>2024-09-30</td></tr>
<tr><td>51-24-009651</td><td>Piotr Zieliński</td><td>PL</td><td>KH-Sach</td><td>0.00</td><td>2024-10-25</td></tr>
</table><p>5 rows. Generated by ClaimsDesk reporting, user DREUTER.</p></body></html>
"""
    msg = mail(140, "Daniel Reuter <daniel.reuter@lindenhof-versicherung.example>",
               "Claudia Reimers <claudia.reimers@lindenhof-versicherung.example>",
               "IC desk – open property files > 90 days", "2024-12-18 09:10", body,
               atts=[("ClaimsDesk_open_files_IC_2024-12-18.html", "text/html", export.encode("utf-8"))])
    return msg, C, "en", "internal", "list of named foreign claimants with claim numbers and reserves; property only"


def m141():
    body = """Hallo zusammen,

für den Baustein "Schadenbilder erkennen" habe ich aus unserem Bildarchiv 40 Fotos von typischen Schäden zusammengestellt (Heckanprall, Parkrempler, Seitenanstoß, Wildschaden, Hagel, Vandalismus). Alle Kennzeichen, Gesichter und Hausnummern sind verpixelt, Schadennummern und EXIF-Daten entfernt.

Die Bilder liegen unter \\\\fs-kassel\\akademie\\schadenbilder_2025. Bitte nicht aus dem Ordner herauskopieren – auch wenn sie anonymisiert sind, sind es Fotos aus echten Schäden.

Übungsaufgabe für euch: Bei welchen Bildern würdet ihr einen Sachverständigen beauftragen, bei welchen reicht ein Kostenvoranschlag? Und bei welchen würdet ihr wegen des Schadenbilds eine HWS-Verletzung der Insassen für plausibel halten?

Viele Grüße
Jens
"""
    msg = mail(141, "Jens Albers <jens.albers@lindenhof-versicherung.example>",
               "Teilnehmende Schadenakademie <akademie-sach-2025-01@lindenhof-versicherung.example>",
               "Schadenbilder für den Baustein 2 (anonymisiert)", "2024-12-18 11:00", body,
               charset="windows-1252")
    return msg, N, "de", "internal", "trap: anonymised damage photos for training, plates blurred"


def m142():
    body = """Dear Ms Brenner,

Claim: 52-24-022410
Date: 12 December 2024, Kassel, Ludwig-Erhard-Straße, company car park of your client Hübner Medizintechnik
Vehicle: KS-MF 2251 (VW Caddy), driver according to your fleet system: Mr Florian Adebayo

The facility manager of Hübner Medizintechnik GmbH has reported that your van damaged the barrier at the car park exit (barrier arm and control unit). The barrier company quotes EUR 3,480 net. Nobody was hurt.

Could you please ask Mr Adebayo to fill in the driver's report (attached to our fleet handbook, page 14) and return it by 10 January? In particular we need to know whether the barrier opened and closed again too early – that would be relevant for liability.

Many thanks and happy holidays
Patrick Nowak
Key Account Manager Fleet
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(142, "Patrick Nowak <patrick.nowak@lindenhof-versicherung.example>",
               "Lisa Brenner <l.brenner@meridian-fs.example>",
               "Claim 52-24-022410 – barrier damage – driver's report please", "2024-12-18 14:15", body)
    return msg, C, "en", "insurer-to-company", "fleet claim: named employee driver, plate, claim number; nobody hurt"


def m143():
    body = """Sehr geehrte Frau Seibert,

wir sind der Haftpflichtversicherer des Lkw-Fahrers, der am 29.10.2024 auf der B 27 bei Bebra den Unfall verursacht hat, bei dem Ihr Mann, Herr Walter Seibert, ums Leben gekommen ist. Es tut uns sehr leid, was Ihrer Familie geschehen ist. Wir haben Ihnen bewusst erst jetzt geschrieben, nachdem uns Ihr Sohn mitgeteilt hat, dass Sie sich selbst um die Angelegenheit kümmern möchten.

Unser Zeichen: 51-24-012033

Nach dem Bericht der Staatsanwaltschaft ist Ihr Mann noch an der Unfallstelle an seinen schweren inneren Verletzungen verstorben. Die Schuld an dem Unfall liegt allein bei unserem Versicherungsnehmer. Wir werden alles übernehmen, was Ihnen nach dem Gesetz zusteht. Das sind vor allem:

1. die Beerdigungskosten (bitte schicken Sie uns die Rechnungen des Bestatters, der Friedhofsverwaltung und des Steinmetzes, sobald sie vorliegen),
2. ein Hinterbliebenengeld für Sie persönlich; wir bieten Ihnen 15.000 EUR an,
3. ein Hinterbliebenengeld für Ihre beiden Kinder, wenn sie es geltend machen möchten,
4. der Ausgleich für den Unterhalt, den Ihr Mann Ihnen geleistet hätte. Ihr Mann war Rentner; wir benötigen dazu seine Rentenbescheide und Ihren eigenen Rentenbescheid sowie den Bescheid über die Witwenrente, sobald er vorliegt.
5. die Kosten, die Ihnen selbst entstanden sind (Fahrtkosten, Trauerkleidung), und der Schaden am Fahrzeug.

Als ersten Betrag haben wir heute 10.000 EUR auf das Konto überwiesen, das Ihr Sohn uns genannt hat, damit Sie die ersten Rechnungen bezahlen können.

Sie können sich jederzeit anwaltlich beraten lassen; die Kosten übernehmen wir. Wenn Sie lieber telefonieren möchten, rufen Sie mich gern an; ich bin Ihre feste Ansprechpartnerin.

Mit freundlichen Grüßen
Sabine Kröger
KH-Personenschaden
Lindenhof Versicherung AG
Telefon 0561 7081-4412

""" + FOOT_DE
    msg = mail(143, "Sabine Kröger <sabine.kroeger@lindenhof-versicherung.example>",
               "Erika Seibert <erika.seibert@t-net.example>",
               "Unfall Ihres Mannes am 29.10.2024", "2024-12-19 10:00", body)
    return msg, S, "de", "insurer-to-claimant", "widow: husband's death and cause, bereavement damages, pensions"


def m144():
    body = """Hallo zusammen,

zur Info die Mail aus der Group, die am Freitag kam. Für uns in KH/AH relevant: Ab dem Q1-Abschluss müssen die Personenschadenreserven mit Rentenanteil getrennt ausgewiesen werden. Claudia und ich stimmen das mit dem Aktuariat ab; für die Sachbearbeitung ändert sich erst mal nichts.

Gruß
Tobias

-------- Original Message --------
From: Group Finance Reporting <group-finance@lindenhof-versicherung.example>
Sent: Friday, 13 December 2024 16:40
Subject: IFRS 17 – changes to claims reporting from Q1 2025

Dear colleagues,

following the review of our IFRS 17 measurement model, we will change the following from the Q1 2025 close:

1. Liability for incurred claims (LIC): bodily injury claims with annuity components (loss of earnings, care) must be reported separately from lump-sum claims, to allow a separate discount curve.
2. Risk adjustment: the confidence level stays at 75 %.
3. Claims handling expenses (ULAE): new allocation key based on handling time per claim type; personal injury files will carry a higher weight.

Templates will be published in the reporting portal by 15 January. No individual claim data is required at group level.

Group Finance Reporting
"""
    msg = mail(144, "Dr. Tobias Wendland <tobias.wendland@lindenhof-versicherung.example>",
               "KH-Personenschaden <kh-personenschaden@lindenhof-versicherung.example>",
               "WG: IFRS 17 – changes to claims reporting from Q1 2025", "2024-12-19 11:30", body)
    return msg, N, "mixed", "internal", "trap: German note on forwarded English IFRS 17 mail about bodily-injury reserves"


def m145():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:10pt">
<p>Daniel, for payment please &ndash; invoice from the Dutch physio for Mr Bakker, checked against the treatment plan. Details below as received (copied from their PDF).</p>
<p>Hannah</p>
<hr>
<p><b>Fysiotherapie Zevenaar Centrum</b><br>Invoice 2024-1187, 10 December 2024<br>
Patient: J. Bakker, born 14-02-1996, Zevenaar<br>
Referral: Ziekenhuis De Linde, orthopaedics (dr. M. Smits)<br>
Diagnosis: status after ORIF of a right clavicle fracture (S42.0), shoulder stiffness; status after splenic contusion (conservative)</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Date</th><th>Treatment</th><th>Code</th><th>Amount EUR</th></tr>
<tr><td>16-09-2024</td><td>Intake and examination</td><td>1864</td><td>62.00</td></tr>
<tr><td>18-09 &ndash; 29-11-2024</td><td>Individual treatment, 22 sessions</td><td>1000</td><td>946.00</td></tr>
<tr><td>04-12-2024</td><td>Evaluation, report to GP</td><td>1870</td><td>48.00</td></tr>
<tr><td colspan="3"><b>Total</b></td><td><b>1,056.00</b></td></tr>
</table>
<p>Not reimbursed by the patient's health insurance (basic policy, no supplementary physio cover). Payment to IBAN NL10 RABO 0331 8709 22, Fysiotherapie Zevenaar Centrum.</p>
</body></html>
"""
    msg = mail(145, "Hannah Kowalczyk <hannah.kowalczyk@lindenhof-versicherung.example>",
               "Daniel Reuter <daniel.reuter@lindenhof-versicherung.example>",
               "Bakker 51-24-010655 – physio invoice for payment", "2024-12-19 13:10", html=html)
    return msg, S, "en", "doctor", "HTML-only: physiotherapist's invoice with patient DOB, diagnosis (S42.0), treatments"


def m146():
    body = """Dear Mr Yıldız,

Claim: 51-24-013402 (your ref. CF-DMG-2024-3381)
Date: 8 December 2024, Kassel, Friedrich-Ebert-Straße
Your car-sharing vehicle: Renault Zoe, KS-CF 140

Thank you for the user data you sent us. According to your booking system, the car was rented at the time by:

Customer: Ms Leonie Kaufmann, Kassel, customer no. 448812
Driving licence: B, issued 2019, licence no. B072X4R1193 (checked by your app on registration)

Our policyholder's vehicle was parked and empty; your user reversed into its front bumper and reported the damage in the app herself. No one was injured.

As the motor liability insurer of your fleet, we will settle our policyholder's claim (EUR 1,604.30 according to the estimate). The excess of EUR 500 under your terms and conditions, which you will charge to Ms Kaufmann, is a matter between you and your customer.

Kind regards
Mehmet Aydın
Motor Claims – Property Damage
Lindenhof Versicherung AG

""" + FOOT_EN
    msg = mail(146, "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "Emre Yıldız <damage@cityflitz.example>",
               "Claim 51-24-013402 – car-sharing user data", "2024-12-19 15:40", body)
    return msg, C, "en", "insurer-to-company", "car-sharing user named with customer and driving licence number; no injury"


def m147():
    body = """Landgericht Kassel
– Verwaltung / Zentrale Posteingangsstelle –

Mitteilung über geänderte Anschrift und Zustellwege der Lindenhof Versicherung AG

Sehr geehrte Damen und Herren,

wir teilen mit, dass die Prozessabteilung der Lindenhof Versicherung AG ab dem 01.01.2025 wie folgt erreichbar ist:

Lindenhof Versicherung AG
Prozessabteilung
Postfach 10 22 40, 34022 Kassel

Elektronische Zustellungen erbitten wir weiterhin über unser besonderes elektronisches Behördenpostfach bzw. über unsere Prozessbevollmächtigten. Die bisherige Hausanschrift Wilhelmshöher Allee 212 bleibt für Boten und Paketzustellungen gültig.

Wir bitten, die Angaben in Ihren Verzeichnissen zu aktualisieren. Für laufende Verfahren gilt die Mitteilung entsprechend; eine gesonderte Mitteilung je Verfahren erfolgt nicht.

Mit freundlichen Grüßen
Svenja Mertens
Prozessabteilung
Lindenhof Versicherung AG

""" + FOOT_DE
    msg = mail(147, "Svenja Mertens <svenja.mertens@lindenhof-versicherung.example>",
               "LG Kassel Verwaltung <verwaltung@lg-kassel.example>",
               "Geänderte Anschrift Prozessabteilung Lindenhof Versicherung AG ab 01.01.2025",
               "2024-12-20 09:00", body, charset="windows-1252", cte="quoted-printable")
    return msg, N, "de", "insurer-to-court", "trap: change-of-address notice to a court, no proceedings named"


def m148():
    body = """Liebe Kolleginnen und Kollegen, dear colleagues,

das Programm der Schadenakademie für das 1. Halbjahr 2025 steht. / The Claims Academy programme for the first half of 2025 is now available.

Januar / January
- 21.01. Personenschaden: Fallstudien / Bodily injury case studies (EN)
- 28.01. Erste-Hilfe-Auffrischung für Ersthelfer (DE)
Februar / February
- 11.02. Regress der Sozialversicherungsträger, Teilungsabkommen (DE)
- 25.02. Cross-border claims: Green Card, 4th Directive, foreign law (EN)
März / March
- 12.03. Psychische Unfallfolgen richtig einschätzen – mit Beratungsärztin Dr. Hennig (DE)
- 26.03. Fraud awareness II: organised staged accidents (EN)
April–Juni / April–June
- Reha-Management in der Praxis, Haushaltsführungsschaden, Fuhrpark-Risikomanagement

Anmeldung über das Lernportal. / Please register via the learning portal.

Viele Grüße / best regards
Jens Albers
Schadenakademie / Claims Academy
"""
    msg = mail(148, "Jens Albers <jens.albers@lindenhof-versicherung.example>",
               "Schaden alle <schaden-alle@lindenhof-versicherung.example>",
               "Schadenakademie / Claims Academy – Programm H1 2025", "2024-12-20 10:30", body)
    return msg, N, "mixed", "internal", "trap: bilingual training programme on injuries, recourse and fraud"


def m149():
    body = """Sehr geehrte Frau Kollegin Rademacher,

der Vorschuss von 5.000 EUR und die Kosten der Haushaltshilfe für November und Dezember (1.240 EUR) sind heute angewiesen. Die Abrechnung der weiteren Positionen folgt im Januar.

Frohe Feiertage
Sabine Kröger
KH-Personenschaden
Lindenhof Versicherung AG

> -----Ursprüngliche Nachricht-----
> Von: RAin Miriam Rademacher <m.rademacher@voss-rademacher.example>
> Gesendet: Montag, 16. Dezember 2024 17:21
> An: Sabine Kröger
> Betreff: Hollenbach ./. Lindenhof – Ihr Schaden 51-24-009980
>
> Sehr geehrte Frau Kröger,
>
> nach der Kontrolluntersuchung am 18.11. ist bei unserer Mandantin eine
> verzögerte Knochenheilung des Tibiakopfes festgestellt worden; eine
> Re-Operation mit Spongiosaplastik ist für den 14.01.2025 geplant. Sie
> bleibt daher bis mindestens Ende März arbeitsunfähig. Die Psychotherapie
> hat inzwischen begonnen (Diagnose: posttraumatische Belastungsstörung),
> die erste Rechnung der Privatpraxis über 5 Sitzungen à 120 EUR füge ich bei.
>
> Ihr Nettoverdienst von 2.486,17 EUR monatlich entgeht ihr weiterhin
> abzüglich Krankengeld. Wir bitten um Zahlung eines weiteren
> Schmerzensgeldvorschusses von 5.000 EUR sowie der Haushaltshilfe.
>
> Mit freundlichen Grüßen
> Rademacher
> Rechtsanwältin
"""
    msg = mail(149, "Sabine Kröger <sabine.kroeger@lindenhof-versicherung.example>",
               "RAin Miriam Rademacher <m.rademacher@voss-rademacher.example>",
               "AW: Hollenbach ./. Lindenhof – Ihr Schaden 51-24-009980", "2024-12-20 14:45", body,
               reply="<VR-2024-1187-1216@voss-rademacher.example>")
    return msg, S, "de", "insurer-to-lawyer", "short reply; quoted lawyer letter holds delayed healing, re-operation, PTSD, net income"


def m150():
    body = """Hallo Mehmet,

kannst du das übernehmen? Die Österreicher wollen von uns den Regress für die Reparatur des Lieferwagens ihres Kunden. Unser VN (Herr Karl-Heinz Rudolph, KF 401 337 820) hat auf dem Rastplatz Kirchheim beim Einparken den Wagen gestreift. Laut Schadenmeldung unseres VN stimmt das so. Niemand verletzt, also reine Sachschadenregulierung. Die Rechnung ist plausibel, ich würde zahlen.

Danke, Hannah

-----Original Message-----
From: Claims Department <schaden@alpenland-versicherung.example>
Sent: Thursday, 19 December 2024 10:02
To: ic-desk@lindenhof-versicherung.example
Subject: Recourse – our insured Bäckerei Huber KG – your insured vehicle KS-KR 770

Dear colleagues,

on 14 November 2024 your insured vehicle KS-KR 770 (driver Mr Karl-Heinz Rudolph) damaged the delivery van of our insured, Bäckerei Huber KG, Salzburg (registration S-482 HB), in the car park of the Kirchheim service area (A 7). We have paid the repair costs of EUR 2,917.60 (invoice attached) under the comprehensive cover and claim reimbursement from you under § 67 VersVG.

Please transfer the amount to our account IBAN AT58 2011 1822 7183 0490, reference AV-2024-88121.

Kind regards
Claims Department
Alpenland Versicherung AG
"""
    msg = mail(150, "Hannah Kowalczyk <hannah.kowalczyk@lindenhof-versicherung.example>",
               "Mehmet Aydın <mehmet.aydin@lindenhof-versicherung.example>",
               "WG: Recourse – our insured Bäckerei Huber KG – your insured vehicle KS-KR 770",
               "2024-12-20 16:00", body)
    return msg, C, "mixed", "internal", "German note on English recourse mail: named customer and driver, policy, plates; no injury"


# ------------------------------------------------------------------ building
TOTAL = 150
WANT = {N: 60, C: 45, S: 45}
LANGS = ("de", "en", "mixed")
DOMAIN = "lindenhof-versicherung.example"
# deliberately invalid: customer typo that the mail itself reports (d76-0032) and
# the negative test case in synthetic test data (d76-0038)
INVALID_IBAN_OK = {"DE22520700240309128858", "DE00370400440532013000"}
IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "PL": 28, "GB": 22, "IE": 22, "DK": 18,
            "FR": 27, "BE": 16, "CH": 21, "LU": 20, "IT": 27, "ES": 24}


def build_all():
    out = []
    for i in range(1, TOTAL + 1):
        fn = globals().get("m%03d" % i)
        if fn is None:
            continue
        msg, label, lang, kind, reason = fn()
        data = msg.as_bytes(policy=policy.SMTP)
        out.append(("d%02d-%04d.eml" % (NN, i), data, label, lang, kind, reason))
    return out


def write():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for name, data, label, lang, kind, reason in build_all():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (len(rows) - 1, OUT))


# ------------------------------------------------------------------ checking
def _iban_ok(s):
    s = s.replace(" ", "").upper()
    n = int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4]))
    return n % 97 == 1


def _pdf_text(data):
    assert data.startswith(b"%PDF-"), "no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), "no %%EOF"
    sx = int(data[data.rindex(b"startxref") + 9:].split()[0])
    assert data[sx:sx + 4] == b"xref", "startxref does not point to xref"
    txt = []
    for m in re.finditer(rb"\((.*?)(?<!\\)\) Tj", data):
        txt.append(m.group(1).replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\")
                   .decode("cp1252"))
    return "\n".join(txt)


def _zip_text(data, name):
    z = zipfile.ZipFile(io.BytesIO(data))
    bad = z.testzip()
    assert bad is None, "corrupt member %s" % bad
    names = z.namelist()
    low = name.lower()
    if low.endswith(".docx"):
        assert "word/document.xml" in names
    if low.endswith(".xlsx"):
        assert "xl/workbook.xml" in names
    if low.endswith((".odt", ".ods")):
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert "content.xml" in names
    txt = []
    for nm in names:
        info = z.getinfo(nm)
        assert info.date_time == ZIP_TIME, "zip timestamp not fixed"
        raw = z.read(nm)
        if nm.endswith(".xml") or nm.endswith(".rels"):
            root = ET.fromstring(raw)
            txt.append(" ".join(t for t in root.itertext()))
        elif nm == "mimetype":
            continue
        else:
            txt.append(_attachment_text(nm, raw))
    return "\n".join(txt)


def _attachment_text(name, data, charset=None):
    low = name.lower()
    if low.endswith(".pdf"):
        return _pdf_text(data)
    if low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
        return _zip_text(data, name)
    if low.endswith(".ics"):
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR"), "bad ICS"
        assert "BEGIN:VEVENT" in t and "\r\n" in t
        return t
    if low.endswith((".html", ".htm")):
        t = data.decode(charset or "utf-8")
        assert "<html" in t.lower() and "</html>" in t.lower(), "bad HTML attachment"
        return t
    if low.endswith((".csv", ".txt", ".eml")):
        for enc in ([charset] if charset else []) + ["utf-8", "cp1252"]:
            try:
                return data.decode(enc)
            except (UnicodeDecodeError, LookupError, TypeError):
                continue
        raise AssertionError("undecodable text attachment")
    raise AssertionError("unknown attachment type %s" % name)


def _collect(msg, texts, stats):
    for part in msg.walk():
        for h in ("From", "To", "Cc", "Reply-To", "Subject"):
            if part.get(h):
                texts.append(str(part.get(h)))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = part.get_filename()
        if ctype == "message/rfc822":
            continue
        if fn:
            stats["att"] += 1
            data = part.get_payload(decode=True)
            texts.append(_attachment_text(fn, data, part.get_content_charset()))
        elif part.get_content_maintype() == "text":
            texts.append(part.get_content())
        else:
            raise AssertionError("unnamed non-text part %s" % ctype)


def check():
    errors = []
    built = build_all()
    if len(built) != TOTAL:
        errors.append("expected %d mail functions, found %d" % (TOTAL, len(built)))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("labels.tsv header wrong")
    rows = [ln.split("\t") for ln in lines[1:] if ln]
    if len(rows) != TOTAL:
        errors.append("labels.tsv has %d rows" % len(rows))
    counts = {N: 0, C: 0, S: 0}
    langs = {}
    table = {}
    traps = 0
    for r in rows:
        if len(r) != 5 or not all(r):
            errors.append("bad row %r" % (r,))
            continue
        if r[1] not in counts:
            errors.append("bad label %r" % (r,))
            continue
        if r[2] not in LANGS:
            errors.append("bad lang %r" % (r,))
        counts[r[1]] += 1
        langs[r[2]] = langs.get(r[2], 0) + 1
        table[(r[1], r[2])] = table.get((r[1], r[2]), 0) + 1
        if r[1] == N and r[4].startswith("trap:"):
            traps += 1
        if r[1] != N and r[4].startswith("trap:"):
            errors.append("trap reason on non-NORMAL %s" % r[0])
    if counts != WANT:
        errors.append("label counts %r != %r" % (counts, WANT))
    expected = {b[0]: b for b in built}
    stats = {"att": 0, "ibans": 0, "multipart": 0}
    files = sorted(os.listdir(OUT)) if os.path.isdir(OUT) else []
    if files != ["d%02d-%04d.eml" % (NN, i) for i in range(1, TOTAL + 1)]:
        errors.append("mails/ does not hold exactly d%02d-0001 ... d%02d-%04d" % (NN, NN, TOTAL))
    row_by_file = {r[0]: r for r in rows}
    for name in files:
        try:
            raw = open(os.path.join(OUT, name), "rb").read()
            b = expected.get(name)
            assert b is not None, "no generator function"
            assert raw == b[1], "file differs from generator output (not deterministic?)"
            rr = row_by_file.get(name)
            assert rr and tuple(rr[1:]) == b[2:], "labels.tsv row differs from generator"
            assert raw.count(b"\n") == raw.count(b"\r\n"), "bare LF"
            assert raw.count(b"\r") == raw.count(b"\r\n"), "bare CR"
            assert max(len(x) for x in raw.split(b"\r\n")) <= 998, "line > 998 octets"
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
                assert msg.get(h), "missing header %s" % h
            parsedate_to_datetime(str(msg["Date"]))
            assert DOMAIN in str(msg["From"]), "not sent from the insurer"
            if msg.is_multipart():
                stats["multipart"] += 1
            texts = []
            _collect(msg, texts, stats)
            blob = "\n".join(texts)
            for m in re.finditer(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+\.)+[A-Za-z0-9\-]+", blob):
                addr = m.group(0).rstrip(".")
                assert addr.lower().endswith(".example"), "non-.example address %s" % addr
            for m in re.finditer(r"(?:https?://|www\.)([A-Za-z0-9.\-]+)", blob):
                host = m.group(1).rstrip(".")
                assert host.lower().endswith(".example") or host.lower() == "example", \
                    "non-.example host %s" % host
            for m in re.finditer(r"(?<![A-Za-z0-9])([A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?)",
                                 blob):
                cand = m.group(1).replace(" ", "").upper()
                cc = cand[:2]
                if cc not in IBAN_LEN or len(cand) < IBAN_LEN[cc]:
                    continue
                cand = cand[:IBAN_LEN[cc]]
                if not cand[2:].isalnum() or not cand[4:].replace(" ", "").isalnum():
                    continue
                if cc in ("DE", "AT", "PL") and not cand[2:].isdigit():
                    continue
                stats["ibans"] += 1
                if cand in INVALID_IBAN_OK:
                    continue
                assert _iban_ok(cand), "IBAN checksum fails: %s" % cand
        except Exception as e:  # noqa
            errors.append("%s: %s" % (name, e))
    print("mails: %d  labels: %s" % (len(files), ", ".join("%s=%d" % kv for kv in counts.items())))
    print("lang: %s" % ", ".join("%s=%d" % (k, langs.get(k, 0)) for k in LANGS))
    for lab in (N, C, S):
        print("  %-22s %s" % (lab, "  ".join("%s=%d" % (k, table.get((lab, k), 0)) for k in LANGS)))
    print("NORMAL traps: %d  multipart mails: %d  attachments checked: %d  IBANs checked: %d"
          % (traps, stats["multipart"], stats["att"], stats["ibans"]))
    if errors:
        print("CHECK FAILED")
        for e in errors:
            print("  " + e)
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
