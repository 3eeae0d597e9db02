#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev77 for Siegel: death and estates at a (fictitious) German insurer.

Every mail is written by hand in its own function m001 ... m150. The helpers below only
turn that content into MIME (fixed boundaries, dates, Message-IDs) or into attachment
files (PDF, DOCX, XLSX, ODT, ODS, ZIP written with the standard library).

    python make_corpus.py          writes mails/d77-NNNN.eml and labels.tsv
    python make_corpus.py --check  re-parses everything and validates it
Standard library only, Python 3.8+, deterministic, no network.
"""
import io
import os
import re
import sys
import zipfile
import datetime
import xml.dom.minidom
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

NN = "77"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
ZIP_TS = (2024, 3, 1, 9, 0, 0)
INSURER = "elbauen-versicherung.example"


# ---------------------------------------------------------------- attachment helpers
def _crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def pdf(lines, title="Dokument"):
    """A small valid PDF (Helvetica, WinAnsi) with the given text lines; 46 lines a page."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    pages = [lines[i:i + 46] for i in range(0, max(len(lines), 1), 46)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids_placeholder = len(objs)
    objs.append(b"")  # pages, filled later
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(("<< /Title (%s) /Producer (Elbauen Dokumentenservice) >>" % esc(title)).encode("cp1252"))
    page_ids = []
    for pl in pages:
        parts = ["BT /F1 10 Tf 13 TL 56 790 Td"]
        for ln in pl:
            parts.append("(%s) Tj T*" % esc(ln))
        parts.append("ET")
        stream = "\n".join(parts).encode("cp1252")
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objs)
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_id).encode())
        page_ids.append(len(objs))
    objs[kids_placeholder] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % i for i in page_ids), len(page_ids))).encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def _zip(files):
    """files: list of (name, bytes[, stored]) -> zip bytes with fixed timestamps."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for f in files:
            name, data = f[0], f[1]
            stored = len(f) > 2 and f[2]
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zipped(files):
    return _zip([(n, d) for n, d in files])


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx(paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
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
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
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
    return _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                 ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbrels.encode()),
                 ("xl/worksheets/sheet1.xml", sh.encode("utf-8"))])


def _odf(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
               '<office:body>%s</office:body></office:document-content>' % body)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime.encode(), True), ("content.xml", content.encode("utf-8")),
                 ("META-INF/manifest.xml", manifest.encode())])


def odt(paragraphs):
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join("<text:p>%s</text:p>" % _x(p) for p in paragraphs))


def ods(rows, sheet="Tabelle1"):
    trs = "".join("<table:table-row>%s</table:table-row>" % "".join(
        '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(str(v))
        for v in row) for row in rows)
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>' % (_x(sheet), trs))


def ics(text):
    return _crlf(text.strip("\n") + "\n").encode("utf-8")


MIMETYPES = {
    "pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text", "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "zip": "application/zip", "csv": "text/csv", "ics": "text/calendar", "txt": "text/plain",
    "html": "text/html",
}


# ---------------------------------------------------------------- MIME helper
_MAILS = []


def mail(n, label, lang, kind, reason, frm, to, subject, body=None, html=None, date=None,
         cc=None, atts=(), charset="utf-8", cte=None, flowed=False, headers=None, reply_to=None):
    """Turn hand-written content into a message. atts: (filename, bytes) or (filename, bytes, mimetype)
    or (None, EmailMessage) for a forwarded message/rfc822."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    if date is None:
        date = DATES.get(n)
    if date is None:
        base = datetime.datetime(2024, 2, 28, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
        d = base + datetime.timedelta(days=(n * 29) % 9, hours=7 + (n * 7) % 11, minutes=(n * 17) % 60,
                                      seconds=(n * 31) % 60)
        while d.weekday() > 4:
            d += datetime.timedelta(days=1)
        date = format_datetime(d)
    msg["Date"] = date
    msg["Message-ID"] = "<d%s-%04d.%s@%s>" % (NN, n, "7c%05x" % (n * 7919 % 1048575), INSURER)
    msg["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        msg[k] = v
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    if body is not None:
        kw = {"charset": charset}
        if cte:
            kw["cte"] = cte
        msg.set_content(_crlf(body), **kw)
        if flowed:
            msg.set_param("format", "flowed")
        if html is not None:
            msg.add_alternative(_crlf(html), subtype="html", charset="utf-8")
    elif html is not None:
        msg.set_content(_crlf(html), subtype="html", charset=charset, **({"cte": cte} if cte else {}))
    for a in atts:
        if a[0] is None:
            msg.add_attachment(a[1])
            continue
        fname, data = a[0], a[1]
        mt = a[2] if len(a) > 2 else MIMETYPES[fname.rsplit(".", 1)[1].lower()]
        if isinstance(data, str):
            data = data.encode("utf-8")
        maint, subt = mt.split("/")
        if maint == "text":
            msg.add_attachment(data, maintype=maint, subtype=subt, filename=fname, cte="base64")
        else:
            msg.add_attachment(data, maintype=maint, subtype=subt, filename=fname)
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_d%s_%04d_b%d" % (NN, n, i))
            i += 1
    _MAILS.append(dict(n=n, label=label, lang=lang, kind=kind, reason=reason, msg=msg))
    return msg


def inner(frm, to, subject, date, body, charset="utf-8", atts=()):
    """A forwarded mail (message/rfc822) written by hand."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["MIME-Version"] = "1.0"
    m.set_content(_crlf(body), charset=charset)
    for fname, data in atts:
        mt = MIMETYPES[fname.rsplit(".", 1)[1].lower()]
        maint, subt = mt.split("/")
        m.add_attachment(data, maintype=maint, subtype=subt, filename=fname)
    for i, part in enumerate(p for p in m.walk() if p.get_content_maintype() == "multipart"):
        part.set_boundary("=_inner_fw_%d" % i)
    return m


# ================================================================= the mails
# Dates set by hand where the story needs them (threads, deadlines); all other mails get a
# fixed working-day date between 28 Feb and 8 Mar 2024 from mail().
DATES = {
    1: "Tue, 13 Feb 2024 08:12:40 +0100", 4: "Thu, 22 Feb 2024 10:05:13 +0100",
    7: "Mon, 19 Feb 2024 15:32:08 +0100", 9: "Mon, 26 Feb 2024 09:47:51 +0100",
    10: "Fri, 23 Feb 2024 11:20:02 +0100", 11: "Tue, 27 Feb 2024 07:30:00 +0100",
    18: "Tue, 13 Feb 2024 11:02:19 +0100", 19: "Thu, 22 Feb 2024 13:44:37 +0100",
    21: "Fri, 23 Feb 2024 08:21:55 +0100", 24: "Wed, 28 Feb 2024 10:18:26 +0100",
    25: "Thu, 22 Feb 2024 14:09:33 +0100", 28: "Tue, 20 Feb 2024 12:00:00 +0100",
    36: "Thu, 15 Feb 2024 16:51:04 +0100", 44: "Mon, 19 Feb 2024 09:36:12 +0100",
    45: "Wed, 21 Feb 2024 13:15:48 +0100", 46: "Thu, 22 Feb 2024 18:42:17 +0100",
    49: "Tue, 20 Feb 2024 10:27:43 +0100", 61: "Fri, 23 Feb 2024 09:58:21 +0100",
    80: "Mon, 26 Feb 2024 13:02:45 +0100", 117: "Wed, 28 Feb 2024 08:15:00 +0100",
    122: "Mon, 26 Feb 2024 16:21:37 +0100",
}

# Insurer: Elbauen Versicherung (Elbauen Lebensversicherung AG / Elbauen Allgemeine Versicherung AG),
# Am Strombrückenzug 12, 39114 Magdeburg. Everything is invented.

SIG_LEBEN = """--
Katrin Möbius
Leistung Leben | Team Sterbefall
Elbauen Lebensversicherung AG
Am Strombrückenzug 12, 39114 Magdeburg
Tel. 0391 5508-2214 | katrin.moebius@elbauen-versicherung.example

Elbauen Lebensversicherung AG, Sitz Magdeburg, Amtsgericht Stendal HRB 40771
Vorstand: Dr. Gerd Lammers (Vors.), Anja Rethmeier, Carsten Woyke"""


def m001():
    return mail(1, "CONFIDENTIAL", "de", "customer",
                "son cancels late father's motor policy, plate and policy number, SF transfer; no health data",
                "Nico Baumgart <nico.baumgart@elbauen-versicherung.example>",
                "kfz-bestand@elbauen-versicherung.example",
                "WG: Kündigung Autoversicherung meines Vaters",
                body="""Hallo Kollegen,

bitte übernehmen, kam über das Kontaktformular rein. Kfz-Vertrag ist bei euch.

Gruß
Nico Baumgart
Kundenservice

-------- Weitergeleitete Nachricht --------
Betreff: Kündigung Autoversicherung meines Vaters
Datum: Mon, 12 Feb 2024 19:47:02 +0100
Von: Dennis Ruckdeschel <d.ruckdeschel@mailbox.example>
An: service@elbauen-versicherung.example

Sehr geehrte Damen und Herren,

mein Vater Helmut Ruckdeschel ist am 3. Februar verstorben. Er hatte bei Ihnen
seinen Golf versichert (Vertragsnummer KF-88 4201173, Kennzeichen MD-HR 519).

Das Auto wird am 20.02. abgemeldet, ich mache das mit der Zulassungsstelle.
Bitte kündigen Sie die Versicherung zum Abmeldedatum. Die Sterbeurkunde kann
ich Ihnen gerne schicken, wenn Sie die brauchen.

Noch eine Frage: kann ich seinen Schadenfreiheitsrabatt übernehmen? Ich bin
mit ihm früher immer als Zweitfahrer eingetragen gewesen. Mein eigenes Auto ist
bei der HUK, ich weiß nicht ob das dann geht.

Mit freundlichen Grüßen
Dennis Ruckdeschel
Hegelstr. 41
39104 Magdeburg
""")


def m002():
    return mail(2, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "death benefit of a term life policy: document request to the widow, incl. physician's statement on the cause of death",
                "Katrin Möbius <katrin.moebius@elbauen-versicherung.example>",
                "Renate Olbrich <renate.olbrich@web.example>",
                "Ihr Leistungsantrag – Risikolebensversicherung Nr. LV 2019-0448213 / Schaden-Nr. LS-2024-001873",
                body="""Sehr geehrte Frau Olbrich,

zunächst möchten wir Ihnen zum Tod Ihres Mannes, Herrn Bernd Olbrich, unsere
aufrichtige Anteilnahme aussprechen.

Wir haben Ihre Mitteilung vom 14.02.2024 erhalten und den Leistungsfall unter der
oben genannten Nummer angelegt. Sie sind im Vertrag als Bezugsberechtigte für den
Todesfall eingetragen (widerrufliches Bezugsrecht). Die versicherte Summe beträgt
120.000,00 EUR.

Damit wir die Leistung prüfen und auszahlen können, benötigen wir noch:

1. eine Sterbeurkunde (beglaubigte Kopie genügt),
2. die "Ärztliche Bescheinigung zum Todesfall" (Formular liegt bei) – bitte vom
   behandelnden Arzt oder dem Arzt ausfüllen lassen, der die Leichenschau
   vorgenommen hat; die Kosten hierfür übernehmen wir,
3. den Versicherungsschein im Original (falls nicht auffindbar, reicht eine
   formlose Verlusterklärung),
4. Ihre Bankverbindung für die Auszahlung und eine Kopie Ihres Personalausweises
   (Identifizierung nach dem Geldwäschegesetz).

Da der Vertrag erst am 01.07.2021 begonnen hat, also weniger als drei Jahre vor
dem Tod, müssen wir außerdem die Angaben im Antrag überprüfen. Bitte füllen Sie
dazu die beiliegende Schweigepflichtentbindung aus. Wir melden uns, sobald alle
Unterlagen vorliegen; in der Regel dauert die Prüfung danach zwei bis drei Wochen.

Für Rückfragen bin ich direkt für Sie erreichbar.

Mit freundlichen Grüßen

""" + SIG_LEBEN)


def m003():
    return mail(3, "CONFIDENTIAL", "en", "insurer-to-customer",
                "household contents policy of a deceased mother, heir in the UK, vacancy clause, address and policy number",
                "Oliver Grant <oliver.grant@elbauen-versicherung.example>",
                "Margaret Holloway <m.holloway@britmail.example>",
                "RE: My late mother's home contents insurance - policy HR 52-117804",
                body="""Dear Ms Holloway,

Thank you for your email and please accept our condolences on the loss of your
mother, Mrs Gisela Holloway.

Regarding the household contents policy HR 52-117804 for the flat at
Gohliser Straße 17, 04155 Leipzig:

* The policy does not end automatically on death. It continues for the heirs
  until the flat has been cleared, at the latest two months after the death,
  unless you cancel earlier.
* Please note the vacancy clause in our conditions (VHB 2020, section B 3.3): if
  the flat stays empty for more than 60 days, please let us know so that we can
  agree on how often someone checks the property (heating in winter!).
* Once the flat has been cleared and handed back to the landlord, just send us a
  short note with the date. Any premium paid in advance will be refunded to the
  estate.

For the refund we will need proof that you are entitled to act for the estate -
a German certificate of inheritance (Erbschein) is not strictly required; a copy
of the will together with the probate court's opening record, or a UK Grant of
Probate with a certified translation, is fine.

Kind regards

Oliver Grant
International Customer Desk
Elbauen Allgemeine Versicherung AG
Am Strombrückenzug 12, 39114 Magdeburg, Germany
+49 391 5508-3310

> -----Original Message-----
> From: Margaret Holloway <m.holloway@britmail.example>
> Sent: 19 February 2024 21:14
> Subject: My late mother's home contents insurance
>
> Hello, my mother passed away on 28 January in Leipzig. I live in Leeds and
> will not be able to clear her flat before April. Her letters show a home
> insurance with your company. What do I need to do? Does it continue?
> Margaret
""")


def m004():
    cert = pdf([
        "Elbauen Lebensversicherung AG - Ärztliche Bescheinigung zum Todesfall",
        "Vertrag: LV 2017-0392155      Leistungsfall: LS-2024-002014",
        "",
        "Verstorbene Person: Gerlinde Paasch, geb. 17.09.1958",
        "Sterbedatum: 06.02.2024     Sterbeort: Klinikum Elbtal, Schönebeck",
        "",
        "1. Seit wann waren Sie Hausarzt/Hausärztin der verstorbenen Person?",
        "   Seit 2009 in meiner Behandlung.",
        "2. Unmittelbare Todesursache:",
        "   Akuter Myokardinfarkt (I21.9), kardiogener Schock",
        "3. Zugrunde liegende Erkrankungen:",
        "   Diabetes mellitus Typ 2 (E11.9) seit ca. 2012, arterielle Hypertonie (I10.90),",
        "   KHK, 2-Gefäß-Erkrankung, Stent-Implantation RCA 11/2019",
        "4. Bestanden diese Erkrankungen bereits vor dem 01.03.2017?",
        "   Diabetes und Hypertonie ja; KHK erstmals diagnostiziert 10/2019.",
        "5. Nikotin / Alkohol: Raucherin bis 2019 (ca. 20 Zig./Tag), Alkohol gelegentlich",
        "6. Todesart: natürlicher Tod",
        "",
        "Schönebeck, 21.02.2024",
        "Dr. med. Reinhard Vogt, Facharzt für Allgemeinmedizin",
        "Praxis Dr. Vogt, Magdeburger Str. 8, 39218 Schönebeck",
    ], "Aerztliche Bescheinigung")
    return mail(4, "STRICTLY_CONFIDENTIAL", "de", "doctor",
                "harmless body; attached GP certificate gives cause of death, ICD codes and pre-existing conditions",
                "Aylin Demir <aylin.demir@elbauen-versicherung.example>",
                "Dr. Ulrike Feldmann <ulrike.feldmann@elbauen-versicherung.example>",
                "LS-2024-002014 Arztbericht eingegangen",
                body="""Hallo Frau Dr. Feldmann,

anbei die Bescheinigung vom Hausarzt, heute per Post gekommen und eingescannt.
Bitte einmal drüberschauen wegen Antragsfragen, Beginn war 2017.

Danke und Gruß
Aylin Demir
Leistung Leben
""", atts=[("Aerztliche_Bescheinigung_LS-2024-002014.pdf", cert)])


def m005():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Elbauen Vorsorge-Brief März 2024</title></head>
<body style="font-family:Arial,sans-serif;color:#1d2b36">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0b4f6c;color:#fff;padding:18px"><b>Elbauen Vorsorge-Brief</b> | März 2024</td></tr>
<tr><td style="padding:18px">
<h1 style="font-size:22px">Würdevoll Abschied nehmen – ohne Sorgen für die Familie</h1>
<p>Eine Bestattung kostet in Deutschland heute schnell 7.000 bis 10.000 Euro. Das gesetzliche
Sterbegeld der Krankenkassen gibt es seit 2004 nicht mehr. Mit der <b>Elbauen Sterbegeldversicherung</b>
sorgen Sie vor, damit Ihre Angehörigen im Trauerfall nicht auch noch finanzielle Sorgen haben.</p>
<ul>
<li>Versicherungssumme von 2.500 bis 15.000 Euro frei wählbar</li>
<li>Aufnahme bis 85 Jahre – <b>ohne Gesundheitsfragen</b></li>
<li>Volle Leistung bei Unfalltod ab dem ersten Tag, sonst nach 24 Monaten Wartezeit</li>
<li>Doppelte Leistung bei Unfalltod (optional)</li>
<li>Auszahlung direkt an das Bestattungsinstitut möglich</li>
</ul>
<p><b>Beispiel:</b> Eintrittsalter 60, Versicherungssumme 6.000 Euro, Beitragszahlung bis 85:
monatlich 24,90 Euro.*</p>
<p style="text-align:center"><a href="https://www.elbauen-versicherung.example/sterbegeld?utm_source=vorsorgebrief&amp;utm_medium=email"
style="background:#e07a1f;color:#fff;padding:10px 22px;text-decoration:none">Beitrag berechnen</a></p>
<p>Außerdem in dieser Ausgabe: Checkliste „Was ist im Todesfall zu tun?“ und unser neuer
Ratgeber zum digitalen Nachlass.</p>
<p style="font-size:11px;color:#666">* Beispielrechnung, Tarif SG 2024, Stand 01.03.2024. Die Beiträge
sind abhängig vom Eintrittsalter. Maßgeblich sind allein die Versicherungsbedingungen.<br>
Elbauen Lebensversicherung AG, Am Strombrückenzug 12, 39114 Magdeburg.
<a href="https://www.elbauen-versicherung.example/newsletter/abmelden">Newsletter abbestellen</a></p>
</td></tr></table></body></html>
"""
    return mail(5, "NORMAL", "de", "newsletter",
                "trap: funeral-cover product newsletter (Sterbegeld, Unfalltod, Gesundheitsfragen) without any person",
                "Elbauen Vorsorge-Brief <newsletter@elbauen-versicherung.example>",
                "vorsorgebrief-abonnenten@elbauen-versicherung.example",
                "Würdevoll Abschied nehmen – Ihre Sterbegeldversicherung ab 9,90 € im Monat",
                html=html, cte="quoted-printable")


def m006():
    rows = [["Age band", "Exposure (policy years)", "Actual deaths", "Expected deaths DAV 2008 T (agg.)",
             "A/E ratio", "Comment"],
            ["20-29", 18420, 6, 9.1, 0.66, "low credibility"],
            ["30-39", 41077, 21, 27.8, 0.76, ""],
            ["40-49", 52310, 64, 83.5, 0.77, ""],
            ["50-59", 46882, 141, 176.0, 0.80, ""],
            ["60-69", 21540, 157, 182.7, 0.86, ""],
            ["70+", 3915, 48, 51.2, 0.94, "mainly endowments / funeral cover"],
            ["Total", 184144, 437, 530.3, 0.82, "2019-2023, term life + endowment, lives"],
            [],
            ["Source: policy admin extract 31.12.2023, claims incurred by date of death, IBNR not included."]]
    return mail(6, "NORMAL", "en", "internal",
                "trap: actuarial experience study of mortality (A/E vs DAV 2008 T) by age band, aggregate only",
                "Henrik Voss <henrik.voss@elbauen-versicherung.example>",
                "actuarial-life@elbauen-versicherung.example",
                "Mortality experience 2019-2023 - first cut",
                body="""Hi all,

first cut of the mortality experience study attached, lives basis, aggregate
(smoker/non-smoker split follows next week once IT has fixed the status field).

Headlines:
- overall A/E 82% against DAV 2008 T aggregate, so still a healthy margin in the
  first-order table;
- 2021/2022 are visibly higher (COVID excess), 2023 back to trend;
- 70+ is almost at 94% - that's the funeral cover block, where we underwrite
  without health questions. Expected, but let's keep an eye on it for the
  repricing of SG 2025.

Please don't forward outside the team yet, numbers are not reconciled with
accounting.

Cheers
Henrik

--
Henrik Voss, Aktuar DAV
Actuarial Life | Elbauen Lebensversicherung AG
""", atts=[("mortality_experience_2019-2023_v0.3.xlsx", xlsx(rows, "A_E by age"))])


def m007():
    return mail(7, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "claim notification to reinsurer: named insured, suicide within the 3-year period, sum at risk",
                "Jens Paulick <jens.paulick@elbauen-versicherung.example>",
                "life-claims@nordicre.example",
                "Claim advice - treaty QS/XL 2022-L - policy LV 2021-0581127",
                cc="Katrin Möbius <katrin.moebius@elbauen-versicherung.example>",
                body="""Dear colleagues,

please find below a claim advice under the surplus treaty 2022-L.

Insured life:        Marco Stellmacher, born 03 May 1987
Policy:              LV 2021-0581127, term life, commencement 01.09.2021
Sum insured:         450,000 EUR (level), our retention 150,000 EUR
Reinsured amount:    300,000 EUR
Date of death:       11 February 2024
Cause of death:      suicide (hanging), confirmed by police report and
                     death certificate (non-natural death, investigation closed)

Death occurred within the 3-year period of section 161 VVG (policy start
01.09.2021). Subject to review, we therefore currently expect NO liability
for the sum insured; only the surrender value (approx. 1,180 EUR) is payable
to the beneficiary. The beneficiary's lawyer has already indicated that they
will argue that the act was committed in a state of mental disorder excluding
free will (section 161 (1) sentence 2 VVG) and has referred to an inpatient
psychiatric stay in 2023.

We have requested the psychiatric records and will share the medical officer's
opinion with you once available. No reserve change for your share at this
stage; we will update you within 30 days.

Best regards

Jens Paulick
Head of Life Claims
Elbauen Lebensversicherung AG
""")


def m008():
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elbauen Versicherung//Maklerakademie//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:maklerakademie-2024-04-18-erbrecht@elbauen-versicherung.example
DTSTAMP:20240220T090000Z
DTSTART:20240418T080000Z
DTEND:20240418T140000Z
SUMMARY:Maklerakademie: Erbrecht und Versicherungen
LOCATION:Elbauen Forum\\, Am Strombrückenzug 12\\, Magdeburg
DESCRIPTION:Bezugsrecht vs. Nachlass\\, Erbschein und Testamentseröffnung\\, Sterbegeld und Bestattungsvorsorge\\, Erbschaftsteuer auf Versicherungsleistungen. 5 Stunden IDD-Weiterbildung.
ORGANIZER;CN=Maklerakademie:mailto:maklerakademie@elbauen-versicherung.example
END:VEVENT
END:VCALENDAR
""")
    return mail(8, "NORMAL", "de", "insurer-to-broker",
                "trap: seminar invitation on inheritance law, Erbschein, Sterbegeld for brokers; no client data",
                "Maklerakademie Elbauen <maklerakademie@elbauen-versicherung.example>",
                "maklerverteiler-nord@elbauen-versicherung.example",
                "Einladung: Erbrecht und Versicherungen – 18.04.2024, Magdeburg (5 h IDD)",
                body="""Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

was passiert mit der Lebensversicherung, wenn kein Bezugsberechtigter genannt ist?
Wann braucht der Versicherer wirklich einen Erbschein? Und wer bekommt das Sterbegeld,
wenn der Bestatter eine Abtretung vorlegt?

Diese und viele Fragen aus Ihrer Praxis beantworten am

    Donnerstag, 18. April 2024, 10:00 bis 16:00 Uhr
    Elbauen Forum, Am Strombrückenzug 12, Magdeburg

- Notarin Dr. Claudia Wendt: Testament, Erbvertrag, Erbschein – was Vermittler wissen müssen
- Jens Paulick, Leitung Leistung Leben: Der Leistungsfall Tod – Ablauf, Unterlagen, typische Stolpersteine
- RA Matthias Kühne, Fachanwalt für Erbrecht: Bezugsrecht, Schenkung und Pflichtteil
- Steuerberaterin Ines Kolb: Erbschaftsteuer auf Versicherungsleistungen, Gestaltung über Kreuz

Die Veranstaltung wird mit 5 Stunden Weiterbildungszeit nach § 34d GewO anerkannt.
Teilnahmegebühr: keine, für Mittagessen ist gesorgt. Den Termin für Ihren Kalender
finden Sie im Anhang; bitte melden Sie sich bis 05.04. unter
https://makler.elbauen-versicherung.example/akademie an.

Mit freundlichen Grüßen
Ihre Maklerakademie der Elbauen Versicherung
""", atts=[("Erbrecht_und_Versicherungen_18-04-2024.ics", cal)])


def m009():
    tpl = docx([
        "Elbauen Lebensversicherung AG · Am Strombrückenzug 12 · 39114 Magdeburg",
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «Hausnummer»",
        "«PLZ» «Ort»",
        "Vertrag: «Vertragsnummer»     Leistungsfall: «Schadennummer»",
        "«Anrede_Brief»,",
        "zum Tod von «Verstorbene_Anrede» «Verstorbene_Name» möchten wir Ihnen unser aufrichtiges Beileid aussprechen. "
        "Wir wissen, dass in dieser Zeit vieles auf Sie zukommt, und möchten Ihnen die Formalitäten mit uns so leicht wie möglich machen.",
        "[BAUSTEIN A – Bezugsberechtigte Person bekannt] Sie sind im Vertrag als bezugsberechtigte Person eingetragen. "
        "Für die Auszahlung benötigen wir nur noch die unten genannten Unterlagen.",
        "[BAUSTEIN B – kein Bezugsrecht] Im Vertrag ist keine bezugsberechtigte Person benannt. Die Leistung fällt daher in den Nachlass. "
        "Bitte weisen Sie uns die Erbfolge durch einen Erbschein oder ein eröffnetes notarielles Testament nach.",
        "Unterlagen: «Unterlagenliste»",
        "Wenn Sie Fragen haben, erreichen Sie «SB_Name» direkt unter «SB_Telefon».",
        "Mit freundlichen Grüßen",
        "«SB_Name»",
        "Hinweis für Sachbearbeitung: Baustein A oder B löschen. Keine Angaben zur Todesursache in diesen Brief!",
    ])
    return mail(9, "NORMAL", "de", "internal",
                "trap: condolence letter template with «placeholders» for death claims, no person",
                "Jens Paulick <jens.paulick@elbauen-versicherung.example>",
                "team-sterbefall@elbauen-versicherung.example",
                "Neue Textvorlage Kondolenz / Erstanschreiben Todesfall (gültig ab 01.03.)",
                body="""Liebe Kolleginnen und Kollegen,

nach den Rückmeldungen aus der Kundenbefragung haben wir das Erstanschreiben im
Todesfall überarbeitet (kürzer, weniger Amtsdeutsch, Beileid an den Anfang).
Die Vorlage ist ab 01.03. in der Textverarbeitung unter "LL_TOD_ERST_02" hinterlegt,
anbei die Word-Fassung zur Info.

Bitte ab sofort nicht mehr die alte Vorlage LL_TOD_ERST_01 nehmen.

Viele Grüße
Jens
""", atts=[("LL_TOD_ERST_02_Kondolenz_Vorlage.docx", tpl)])


def m010():
    return mail(10, "STRICTLY_CONFIDENTIAL", "de", "internal",
                "medical officer's opinion on pre-contractual disclosure: diagnoses of a deceased insured found in hospital records",
                "Dr. Ulrike Feldmann <ulrike.feldmann@elbauen-versicherung.example>",
                "Aylin Demir <aylin.demir@elbauen-versicherung.example>",
                "AW: LS-2024-002014 Arztbericht eingegangen",
                cc="Jens Paulick <jens.paulick@elbauen-versicherung.example>",
                body="""Hallo Frau Demir,

habe mir den Fall Paasch angesehen.

Antrag vom 14.02.2017, Gesundheitsfragen 2a (Herz-Kreislauf) und 2c
(Stoffwechsel) jeweils mit "nein" beantwortet. Laut Hausarzt bestand ein
Diabetes mellitus Typ 2 (E11.9) seit ca. 2012 und eine behandelte Hypertonie.
Beides war danach eindeutig anzeigepflichtig. Die KHK ist erst 2019 aufgetreten,
also nach Antragstellung, und spielt für die Anzeigepflicht keine Rolle.

Tarifierung: Mit Diabetes Typ 2 (damals HbA1c lt. Akte um 7,4 %) und Hypertonie
hätten wir bei einer 58-Jährigen mit +75 % Zuschlag angenommen, nicht abgelehnt.
Damit kommt nach § 19 Abs. 4 VVG kein Rücktritt in Betracht, allenfalls die
rückwirkende Vertragsanpassung; außerdem ist die 5-Jahres-Frist des § 21 Abs. 3
VVG seit Februar 2022 abgelaufen – ohne Arglist also gar nichts mehr zu machen.
Hinweise auf Arglist sehe ich nicht.

Empfehlung: Leistung freigeben.

Gruß
U. Feldmann
Gesellschaftsärztin

> Hallo Frau Dr. Feldmann,
> anbei die Bescheinigung vom Hausarzt, heute per Post gekommen und eingescannt.
> Bitte einmal drüberschauen wegen Antragsfragen, Beginn war 2017.
""")


def m011():
    return mail(11, "NORMAL", "en", "insurer-to-partner",
                "trap: press release with aggregate death-claim payouts and average age; no person",
                "Presse Elbauen <presse@elbauen-versicherung.example>",
                "newsdesk@finanzpresse.example",
                "Press release: Elbauen Life paid out EUR 87.4m in death benefits in 2023",
                body="""PRESS RELEASE - for immediate publication

Elbauen Life paid out EUR 87.4 million in death benefits in 2023

Magdeburg, 27 February 2024 - Elbauen Lebensversicherung AG paid death benefits
totalling EUR 87.4 million to bereaved families in 2023 (2022: EUR 91.0 million).
In 1,934 death claims the company settled 96 percent within ten working days
after receipt of the complete documents.

"When a family loses someone, they should not have to chase paperwork," said
Anja Rethmeier, member of the Executive Board responsible for Life. "Since last
year, relatives can report a death online and upload the death certificate
directly. We also pay funeral cover straight to the undertaker if the family
wishes."

Key figures 2023:
- death claims settled: 1,934 (term life 612, endowment 701, funeral cover 621)
- average sum paid: EUR 45,200 (funeral cover: EUR 6,100)
- average age at death: 71 years (funeral cover 82, term life 58)
- claims declined: 1.1 percent, mainly due to waiting periods in funeral cover
  and pre-contractual non-disclosure

About Elbauen: Elbauen Versicherung is a regional insurance group based in
Magdeburg with 1,150 employees and about 640,000 customers.

Press contact: Miriam Tesch, +49 391 5508-1001, presse@elbauen-versicherung.example
""")


def m012():
    return mail(12, "NORMAL", "de", "internal",
                "trap: internal FAQ on when an Erbschein is required (case law), no real person",
                "Dr. Felix Brandauer <felix.brandauer@elbauen-versicherung.example>",
                "leistung-leben@elbauen-versicherung.example; bestand-sach@elbauen-versicherung.example",
                "FAQ Erbnachweis – wann dürfen wir einen Erbschein verlangen?",
                body="""Liebe Kolleginnen und Kollegen,

weil die Frage immer wieder aus den Fachbereichen kommt, hier die Kurzfassung
aus der Rechtsabteilung. Die ausführliche Fassung steht im Intranet unter
Recht > Erbrecht > Erbnachweis.

1. Ist ein Bezugsberechtigter benannt (Leben, Sterbegeld, Unfall mit Todesfall-
   leistung), fällt die Leistung NICHT in den Nachlass. Ein Erbnachweis ist dann
   überhaupt nicht nötig – Identifizierung des Bezugsberechtigten reicht.

2. Fällt die Leistung in den Nachlass (kein Bezugsrecht, Beitragsrückerstattung
   in Sach, Guthaben etc.), dürfen wir einen Erbnachweis verlangen. Aber:
   - Nach der Rechtsprechung des BGH (Urteil vom 8.10.2013, XI ZR 401/12, zu
     Banken, übertragbar) kann der Erbe sein Erbrecht auch anders nachweisen,
     insbesondere durch ein notarielles Testament/einen Erbvertrag mit
     Eröffnungsprotokoll des Nachlassgerichts.
   - Ein eigenhändiges Testament mit Eröffnungsprotokoll genügt, wenn es die
     Erbfolge eindeutig ausweist.
   - AGB-Klauseln, die pauschal einen Erbschein verlangen, sind unwirksam.

3. Kleinbeträge (Faustregel bis 3.000 EUR, bitte mit Gruppenleitung abstimmen):
   Auszahlung auf das Nachlasskonto oder an einen Erben gegen Erklärung, dass er
   im Innenverhältnis für die übrigen Erben handelt.

4. Ausländische Nachweise: Europäisches Nachlasszeugnis wird wie ein Erbschein
   behandelt. Grant of Probate / Letters of Administration (UK) oder Letters
   Testamentary (USA) nur mit beglaubigter Übersetzung und Apostille.

Fragen gerne an mich.

Viele Grüße
Felix Brandauer

Dr. Felix Brandauer
Rechtsabteilung / Syndikusrechtsanwalt
Elbauen Versicherung
""")


def m013():
    return mail(13, "NORMAL", "de", "insurer-to-supplier",
                "trap: purchase order for condolence cards and envelopes, supplier company data only",
                "Einkauf Elbauen <einkauf@elbauen-versicherung.example>",
                "auftrag@papeterie-lorenz.example",
                "Bestellung 4500018823 – Trauerkarten und Umschläge",
                body="""Sehr geehrte Damen und Herren,

wir bestellen gemäß Ihrem Angebot AN-2024-0117 vom 09.02.2024:

Pos. Art.-Nr.   Bezeichnung                                   Menge   EP netto
10   TK-210-GR  Trauerkarte Klappkarte DIN lang, grau, mit      2.000    0,42 EUR
                Einleger, Motiv "Elbe im Nebel", Logo Prägung
20   KU-DL-SW   Kuvert DIN lang, schwarz umrandet, haftklebend  2.000    0,09 EUR
30   KB-A4-LE   Kondolenzbuch A4, Leinen schwarz                    3   29,50 EUR

Lieferadresse: Elbauen Versicherung, Poststelle / Warenannahme, Tor 2,
Am Strombrückenzug 12, 39114 Magdeburg
Liefertermin: KW 11
Rechnung bitte an rechnungseingang@elbauen-versicherung.example unter Angabe der
Bestellnummer.

Mit freundlichen Grüßen
Petra Hinz
Einkauf / Büromaterial
""")


def m014():
    return mail(14, "CONFIDENTIAL", "de", "insurer-to-customer",
                "motor policy cancelled after death, premium refund to estate account with IBAN; no health data",
                "Ralf Szymanski <kfz-bestand@elbauen-versicherung.example>",
                "Dennis Ruckdeschel <d.ruckdeschel@mailbox.example>",
                "Ihre Kfz-Versicherung KF-88 4201173 – Beendigung wegen Abmeldung",
                body="""Sehr geehrter Herr Ruckdeschel,

mit Bedauern haben wir vom Tod Ihres Vaters erfahren. Unser herzliches Beileid.

Die Kfz-Versicherung KF-88 4201173 für das Fahrzeug MD-HR 519 haben wir zum
Abmeldedatum 20.02.2024 beendet; die Abmeldebestätigung der Zulassungsstelle
liegt uns elektronisch vor. Eine Sterbeurkunde brauchen wir dafür nicht.

Für die Zeit vom 21.02. bis 31.12.2024 erstatten wir 412,36 EUR Beitrag. Wie
besprochen überweisen wir den Betrag auf das Nachlasskonto Ihres Vaters:

    Kontoinhaber: Nachlass Helmut Ruckdeschel
    IBAN: DE57 4533 3147 8932 8804 07

Zur Übernahme des Schadenfreiheitsrabatts: Nach unseren Bedingungen kann der SFR
eines verstorbenen Versicherungsnehmers auf einen Angehörigen übertragen werden,
wenn dieser das Fahrzeug regelmäßig genutzt hat. Das müssten Sie uns mit der
beiliegenden Erklärung bestätigen. Ihr aktueller Versicherer (HUK) holt die
Übertragung dann bei uns an; wir bestätigen nur die Daten (SF 24, schadenfrei).

Mit freundlichen Grüßen
Ralf Szymanski
Kfz-Bestand
Elbauen Allgemeine Versicherung AG
""")


def m015():
    return mail(15, "CONFIDENTIAL", "de", "insurer-to-customer",
                "buildings policy passes to community of heirs; names, address, policy number; Erbschein options",
                "Birte Hansen <birte.hansen@elbauen-versicherung.example>",
                "Uwe Kasprzak <uwe.kasprzak@t-post.example>",
                "Wohngebäudeversicherung WG 61-009372, Lindenweg 4, 39326 Wolmirstedt",
                body="""Sehr geehrter Herr Kasprzak,

vielen Dank für Ihren Anruf heute Vormittag.

Wie besprochen geht die Wohngebäudeversicherung für das Haus Ihrer verstorbenen
Mutter, Frau Elfriede Kasprzak, mit dem Erbfall auf die Erben über. Der Vertrag
läuft also unverändert weiter und das Haus bleibt versichert – auch wenn es
jetzt leer steht. Bitte denken Sie daran, im Winter die Heizung nicht
abzustellen oder die Wasserleitungen zu entleeren (Obliegenheit nach § 16 VGB).

Damit wir den Vertrag auf die Erbengemeinschaft (Sie und Ihre Schwester, Frau
Monika Arndt) umschreiben können, brauchen wir einen Nachweis der Erbfolge. Das
kann sein:

- ein Erbschein, oder
- das notarielle Testament Ihrer Mutter zusammen mit dem Eröffnungsprotokoll
  des Amtsgerichts Haldensleben.

Eine Kopie reicht. Teilen Sie uns bitte außerdem mit, an wen wir künftig die
Beitragsrechnung schicken sollen und ob der Beitrag weiter vom bisherigen Konto
abgebucht werden soll – das Konto Ihrer Mutter wird die Bank vermutlich bald
auflösen.

Mit freundlichen Grüßen
Birte Hansen
Bestand Sach – Wohngebäude
Elbauen Allgemeine Versicherung AG
Tel. 0391 5508-3152
""")


def m016():
    return mail(16, "CONFIDENTIAL", "en", "insurer-to-lawyer",
                "burglary at the empty house of a deceased policyholder, claim number, US estate attorney; no health data",
                "Birte Hansen <birte.hansen@elbauen-versicherung.example>",
                "Rachel Kowalski <rkowalski@kowalski-estates.example>",
                "Your client: Estate of Dieter Hamann - claim HS-2024-00517 (burglary, Halle)",
                body="""Dear Ms Kowalski,

thank you for your letter of 16 February 2024 in which you inform us that you
represent Mr. Thomas Hamann, executor of the estate of the late Mr. Dieter
Hamann (policyholder, household contents policy HR 51-338120).

We have registered the burglary at Rathenauplatz 9, 06114 Halle (Saale),
reported to the police on 9 February 2024 (police file no. 0401-003318-24/2),
under claim number HS-2024-00517.

Before we can assess the claim we need:

1. Letters Testamentary or an equivalent court document showing that Mr.
   Thomas Hamann may act for the estate, with an apostille and a certified
   German translation;
2. a list of stolen items with approximate age and purchase price
   (Stehlgutliste), also sent to the police;
3. confirmation of when the flat was last occupied or checked. Please note
   that the policy requires the insured premises to be checked regularly
   if they are unoccupied for more than 60 days.

Any payment would be made to the estate. Please tell us the account of the
estate or of the executor; a U.S. account is possible, but we will need the
bank's SWIFT/BIC and routing details.

Yours sincerely

Birte Hansen
Property Claims
Elbauen Allgemeine Versicherung AG
Am Strombrückenzug 12, 39114 Magdeburg, Germany
""")


def m017():
    return mail(17, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
                "funeral cover (a life line) paid to the undertaker by assignment; named deceased and policy",
                "Sterbegeld-Service <sterbegeld@elbauen-versicherung.example>",
                "Bestattungshaus Ahlers <buero@bestattungen-ahlers.example>",
                "Abtretung Sterbegeld – Herr Kurt Wedemeyer, Vertrag SG 0937715",
                body="""Sehr geehrte Frau Ahlers,

vielen Dank für die Übersendung der Abtretungserklärung vom 15.02.2024 und Ihrer
Rechnung Nr. 2024-0231 über die Bestattung von Herrn Kurt Wedemeyer.

Die Sterbegeldversicherung SG 0937715 besteht seit 1998; die Versicherungs-
summe beträgt 5.000,00 EUR zzgl. Überschussbeteiligung von 1.287,40 EUR.
Bezugsberechtigt war laut Vertrag die Tochter, Frau Susanne Ebeling, die der
Abtretung in Höhe Ihrer Rechnung zugestimmt hat.

Wir zahlen daher heute:
- an Sie:            4.912,80 EUR (Rechnung 2024-0231)
- an Frau Ebeling:   1.374,60 EUR (Restbetrag)

Die Überweisung an Sie erfolgt auf das in Ihrer Rechnung angegebene Geschäfts-
konto bei der Börde-Sparkasse. Bitte senden Sie uns künftig zusammen mit der
Abtretung immer auch die Sterbeurkunde mit; in diesem Fall hatten wir sie
bereits von Frau Ebeling erhalten.

Mit freundlichen Grüßen
Aylin Demir
Sterbegeld-Service
Elbauen Lebensversicherung AG
""")


def m018():
    return mail(18, "CONFIDENTIAL", "de", "customer",
                "widow asks to take over liability policy of her late husband; her birth date and policy number; no health data",
                "Nico Baumgart <nico.baumgart@elbauen-versicherung.example>",
                "bestand-sach@elbauen-versicherung.example",
                "WG: Haftpflicht umschreiben",
                body="""Zur Bearbeitung – PHV, Umschreibung auf Witwe.
Gruß N. Baumgart

> Von: Hildegard Schuster <hilde.schuster@gmx-post.example>
> Gesendet: Dienstag, 13. Februar 2024 10:21
> An: service@elbauen-versicherung.example
> Betreff: Haftpflicht umschreiben
>
> Guten Tag,
>
> mein Mann Erwin Schuster ist im Januar verstorben. Wir hatten zusammen die
> Privathaftpflicht bei Ihnen, Nr. PH 40-771205, die lief auf seinen Namen.
> Ich möchte die gerne weiter behalten, auf meinen Namen. Ich bin geboren am
> 02.11.1949. Die Adresse bleibt gleich, Am Anger 3, 39179 Barleben.
> Das Geld kann weiter von unserem Konto abgebucht werden, das ist jetzt auf
> mich umgeschrieben.
>
> Brauchen Sie die Sterbeurkunde? Ich habe noch Kopien.
>
> Mit freundlichem Gruß
> Hildegard Schuster
""")


def m019():
    return mail(19, "CONFIDENTIAL", "de", "internal",
                "returned mail 'addressee deceased' for a motor customer; name, address, policy number",
                "Poststelle Elbauen <poststelle@elbauen-versicherung.example>",
                "kfz-bestand@elbauen-versicherung.example",
                "Postrückläufer 22.02.2024 – Vermerk \"Empfänger verstorben\"",
                body="""Rückläufer Tagespost 22.02.2024, Kfz

Empfänger:    Herr Gottfried Lammich, Kastanienallee 12, 39288 Burg
Schreiben:    Beitragsrechnung 2024, Vertrag KF-87 1190436
Vermerk DP:   "Empfänger verstorben" (handschriftlich, Zusteller)

Original liegt im Scan-Eingang unter Vorgang PR-2024-02-22-017. Bitte
Bestandsvermerk setzen und Erben ermitteln bzw. Halterabfrage KBA veranlassen,
Fahrzeug BRG-GL 77 ist laut Vertrag noch zugelassen.

Poststelle / Scan-Center
""")


def m020():
    return mail(20, "NORMAL", "en", "internal",
                "trap: IT ticket about the 'cause of death' field, only a fictitious test case",
                "ServiceDesk <servicedesk@elbauen-versicherung.example>",
                "Team Life Claims Apps <lc-apps@elbauen-versicherung.example>",
                "[INC0048815] LS-Workbench: field 'Cause of death (ICD)' not saved after validation",
                body="""Incident INC0048815 has been assigned to your group.

Priority:      3 - moderate
Service:       LS-Workbench (life claims)
Environment:   TEST (lsw-test02)
Reported by:   Aylin Demir

Description:
When a new death claim is created in TEST and the field "Cause of death (ICD)"
is filled with a valid code (tried I21.9 and C25.9), the validation shows a
green tick, but after "Save" the field is empty again. Field "Cause of death
(free text)" is saved correctly. PROD not affected as far as we know.

Steps to reproduce:
1. Create claim for test policy LV-TEST-000001 (Max Mustermann (fiktiv),
   synthetic test data set 'TD-LEBEN-07').
2. Tab "Death details" > enter date of death 01.01.2024, cause I21.9.
3. Save > reopen > field empty.

Log excerpt (lsw-test02, 23.02.2024 14:02:11):
  WARN  c.e.lsw.claim.DeathDetailsMapper - column ICD_CODE truncated (len 5 > 4)

Please update the ticket within 3 working days.
-- ServiceDesk Elbauen IT
""")


def m021():
    return mail(21, "STRICTLY_CONFIDENTIAL", "mixed", "customer",
                "son (English/German) reports mother's death from pancreatic cancer, term life payout question",
                "Katrin Möbius <katrin.moebius@elbauen-versicherung.example>",
                "Dr. Ulrike Feldmann <ulrike.feldmann@elbauen-versicherung.example>",
                "WG: Death of my mother / Risikolebensversicherung LV 2020-0517740",
                body="""Frau Dr. Feldmann,

zur Info vorab – Vertrag erst seit 2020, Diagnose laut Sohn 2022. Sieht
unkritisch aus, aber bitte trotzdem kurz Ihr Okay, wenn der Arztbericht kommt.

Gruß K. Möbius

---------- Forwarded message ---------
From: James Albrecht-Reid <james.ar@northmail.example>
Date: Thu, 22 Feb 2024 at 23:05
Subject: Death of my mother / Risikolebensversicherung LV 2020-0517740
To: <leistung-leben@elbauen-versicherung.example>

Sehr geehrte Damen und Herren,

sorry, my German is not good enough for this, I hope English is ok.

My mother, Christiane Albrecht, died on 9 February 2024 in the hospice in
Halberstadt. She had pancreatic cancer (Pankreaskarzinom), diagnosed in
autumn 2022, with liver metastases; she had chemotherapy (FOLFIRINOX) until
last November and then palliative care only.

She had a Risikolebensversicherung with you, Vertrag LV 2020-0517740, and I
think I am the Bezugsberechtigter. My sister Lena says it may be both of us.
Could you tell me who is named in the policy, and what documents you need?
I live in Edinburgh but will be in Germany until 4 March to sort out her flat.

Vielen Dank und viele Grüße
James Albrecht-Reid
""")


def m022():
    return mail(22, "NORMAL", "de", "internal",
                "trap: out-of-office reply pointing to the death-claims mailbox; no person concerned",
                "Katrin Möbius <katrin.moebius@elbauen-versicherung.example>",
                "Marco Feig <marco.feig@elbauen-versicherung.example>",
                "Automatische Antwort: Rückfrage Sterbefallmeldung",
                headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
                body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 08.03.2024 nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet.

Neue Sterbefallmeldungen und Unterlagen (Sterbeurkunde, Erbschein, ärztliche
Bescheinigungen) senden Sie bitte an leistung-leben@elbauen-versicherung.example,
in dringenden Fällen erreichen Sie das Team Sterbefall unter 0391 5508-2200.

Mit freundlichen Grüßen
Katrin Möbius
""")


def m023():
    return mail(23, "NORMAL", "de", "internal",
                "trap: job ad for a death-claims handler (Sterbefall, Erbschein, ärztliche Unterlagen)",
                "Personalabteilung <personal@elbauen-versicherung.example>",
                "alle-mitarbeitenden@elbauen-versicherung.example",
                "Interne Stellenausschreibung: Sachbearbeiter/in Leistung Leben – Sterbefall (m/w/d)",
                body="""Interne Stellenausschreibung Nr. 2024-017

Für unser Team Sterbefall in der Abteilung Leistung Leben suchen wir zum
nächstmöglichen Zeitpunkt eine/n

    Sachbearbeiter/in Leistung Leben – Sterbefall (m/w/d)
    Vollzeit/Teilzeit (mind. 30 Std.), unbefristet, Tarifgruppe VI

Ihre Aufgaben:
- Bearbeitung von Todesfallleistungen aus Risiko-, Kapital- und Sterbegeld-
  versicherungen sowie Hinterbliebenenrenten aus der bAV
- Prüfung von Sterbeurkunden, Erbscheinen, Testamenten und Bezugsrechten
- Anforderung und Vorprüfung ärztlicher Unterlagen in Zusammenarbeit mit dem
  gesellschaftsärztlichen Dienst
- einfühlsame telefonische Beratung von Hinterbliebenen
- Zusammenarbeit mit Bestattern, Notaren und Nachlassgerichten

Ihr Profil:
- Ausbildung zur/zum Kauffrau/Kaufmann für Versicherungen und Finanzanlagen
- Kenntnisse im Erbrecht wünschenswert
- Empathie, Belastbarkeit und Freude am Kontakt mit Menschen

Bewerbungen bitte bis 15.03.2024 über das Stellenportal im Intranet.
Ansprechpartnerin: Sina Morawe, Personalreferentin, Tel. -1420.
""")


def m024():
    return mail(24, "CONFIDENTIAL", "en", "insurer-to-customer",
                "premium refund for a late father's car policy to a son's Dutch account (IBAN), policy number",
                "Ralf Szymanski <kfz-bestand@elbauen-versicherung.example>",
                "Pieter van Dalen <p.vandalen@zeemail.example>",
                "Refund motor policy KF-86 5530291 - bank details",
                body="""Dear Mr van Dalen,

Thank you for sending the copy of the European Certificate of Succession. We
have cancelled your late father's motor policy KF-86 5530291 (vehicle SDL-WD
204) with effect from 31 January 2024, the date the car was deregistered.

The refund of EUR 286.14 will be paid to the account you gave us:

    Account holder: P.J. van Dalen
    IBAN: NL05 INGB 2006 6362 14
    BIC: INGBNL2A

Please allow 5 to 7 working days. If the account holder is not correct, let us
know before 8 March.

Kind regards

Ralf Szymanski
Motor Portfolio
Elbauen Allgemeine Versicherung AG
""")


def m025():
    calc = pdf([
        "Elbauen Lebensversicherung AG - Betriebliche Altersversorgung",
        "Berechnung der Hinterbliebenenrente",
        "",
        "Versicherte Person (verstorben): Frank Dobberkau, geb. 21.06.1961, gest. 29.01.2024",
        "Arbeitgeber: Elbtal Armaturen GmbH, Schönebeck",
        "Vertrag: Direktversicherung BV 2003-1177420 (Rentenbezug seit 01.07.2023)",
        "",
        "Hinterbliebene Ehefrau: Petra Dobberkau, geb. 08.12.1963",
        "",
        "Garantierte Altersrente des Verstorbenen zum 01.01.2024:   612,18 EUR",
        "zzgl. Überschussrente:                                      44,90 EUR",
        "Witwenrente 60 % der Gesamtrente:                          394,25 EUR",
        "Rentenbeginn Witwenrente: 01.02.2024 (Monat nach dem Tod)",
        "Sterbevierteljahr (Feb.-Apr.): volle Rente 657,08 EUR monatlich",
        "ab 01.05.2024: 394,25 EUR monatlich",
        "",
        "Beitragspflicht zur Kranken- und Pflegeversicherung (KVdR): wird gemeldet",
        "Zahlung auf: DE11 2386 2551 1848 7333 11",
    ], "Hinterbliebenenrente BV 2003-1177420")
    return mail(25, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "widow's pension from a bAV direct insurance: amounts, birth dates, IBAN in the attached calculation",
                "Martina Kowalczyk <martina.kowalczyk@elbauen-versicherung.example>",
                "Petra Dobberkau <petra.dobberkau@elbnet.example>",
                "Ihre Witwenrente aus der Direktversicherung BV 2003-1177420",
                body="""Sehr geehrte Frau Dobberkau,

mit großer Anteilnahme haben wir vom Tod Ihres Mannes erfahren.

Aus der Direktversicherung, die sein früherer Arbeitgeber für ihn abgeschlossen
hat, erhalten Sie ab dem 01.02.2024 eine Witwenrente. In den ersten drei Monaten
(Sterbevierteljahr) zahlen wir die Rente in der bisherigen Höhe weiter, danach
60 % – die genaue Berechnung finden Sie im Anhang.

Die Rente unterliegt der Beitragspflicht in der Kranken- und Pflegeversicherung.
Wir melden den Rentenbezug an Ihre Krankenkasse; dafür benötigen wir noch den
Namen Ihrer Krankenkasse und Ihre Versichertennummer. Außerdem brauchen wir
einmal Ihre Steuer-Identifikationsnummer, damit wir den Rentenbezugsmitteilungen
an das Finanzamt nachkommen können.

Bitte teilen Sie uns eine Wiederheirat mit; die Witwenrente endet in diesem Fall
nach den Versicherungsbedingungen.

Mit freundlichen Grüßen
Martina Kowalczyk
bAV-Leistung / Hinterbliebenenversorgung
Elbauen Lebensversicherung AG
Tel. 0391 5508-2480
""", atts=[("Berechnung_Hinterbliebenenrente_BV2003-1177420.pdf", calc)])

def m026():
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000090A1B2C3D4E5F6070000000000000000100000007A
DTSTAMP:20240219T101500Z
DTSTART;TZID=W. Europe Standard Time:20240314T100000
DTEND;TZID=W. Europe Standard Time:20240314T123000
SUMMARY:Treaty review 2024 - Elbauen Life / Nordic Re
LOCATION:Teams
DESCRIPTION:Agenda: 1) Mortality experience 2019-2023 (A/E by age band and product) 2) COVID excess mortality 2021-2022 and run-off 3) Funeral cover block without underwriting - retention 4) Suicide clause and 3-year period - market practice 5) Renewal terms 2025
ORGANIZER;CN="Henrik Voss":mailto:henrik.voss@elbauen-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Sofie Lindqvist":mailto:s.lindqvist@nordicre.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Jens Paulick":mailto:jens.paulick@elbauen-versicherung.example
END:VEVENT
END:VCALENDAR
""")
    return mail(26, "NORMAL", "en", "insurer-to-partner",
                "trap: treaty review invitation with mortality, COVID excess mortality and suicide clause on the agenda; no person",
                "Henrik Voss <henrik.voss@elbauen-versicherung.example>",
                "Sofie Lindqvist <s.lindqvist@nordicre.example>",
                "Invitation: Treaty review 2024 - Elbauen Life / Nordic Re",
                cc="Jens Paulick <jens.paulick@elbauen-versicherung.example>",
                body="""Hi Sofie,

as discussed, here's the invite for the annual treaty review. I'll send the
experience study (aggregate A/E tables) a week before. If you want anything
specific on the funeral cover block, let me know by end of next week.

Best
Henrik
""", atts=[("invite.ics", cal)])


def m027():
    return mail(27, "NORMAL", "de", "newsletter",
                "trap: industry newsletter on death registers, Erbschein statistics and funeral-cost survey; no person",
                "Verband Versicherungswirtschaft Mitte <info@vvm-verband.example>",
                "rundschreiben@elbauen-versicherung.example",
                "Rundschreiben L 07/2024: Sterbefallmitteilungen, Zentrales Testamentsregister, Bestattungskosten",
                body="""Verband der Versicherungswirtschaft Mitte e.V.
Rundschreiben L 07/2024 – Sparte Leben

1. Sterbefallmitteilungen der Standesämter
Das Bundesministerium des Innern plant, die elektronische Übermittlung von
Sterbefallmitteilungen an Versicherer über eine zentrale Stelle zu ermöglichen.
Der Verband hat hierzu Stellung genommen (Anlage 1, im Mitgliederbereich).
Datenschutzrechtlich gilt: Die DSGVO schützt Verstorbene nicht; die
Geheimhaltungspflichten nach § 203 StGB und die Code-of-Conduct-Regeln der
Branche gelten aber fort.

2. Zentrales Testamentsregister
Die Bundesnotarkammer meldet für 2023 rund 1,1 Mio. registrierte Sterbefälle
mit Prüfung gegen das Register; in 38 % der Fälle lag eine erbfolgerelevante
Urkunde vor. Für Versicherer bleibt es dabei: eine Auskunft aus dem Register
erhalten nur Gerichte und Notare.

3. Bestattungskosten – Umfrage 2024
Nach der Mitgliederumfrage liegen die durchschnittlichen Kosten einer
Erdbestattung bei 8.400 EUR, einer Feuerbestattung bei 6.100 EUR. Die
durchschnittliche Versicherungssumme neuer Sterbegeldverträge ist auf 7.250 EUR
gestiegen.

4. Termine
- Arbeitskreis Leistung Leben: 23.04.2024, Leipzig
- Fachtagung Biometrie: 12.06.2024, online

Mit freundlichen Grüßen
Dr. Stefanie Urban
Geschäftsführerin Leben
https://www.vvm-verband.example
""")


def m028():
    return mail(28, "NORMAL", "de", "internal",
                "trap/grey: internal obituary for a retired colleague (no cause of death, no insurance relation) -> NORMAL",
                "Vorstandssekretariat <vorstand@elbauen-versicherung.example>",
                "alle-mitarbeitenden@elbauen-versicherung.example",
                "Nachruf: Wolfgang Tiedge",
                body="""Liebe Kolleginnen und Kollegen,

wir haben die traurige Nachricht erhalten, dass unser ehemaliger Kollege

    Wolfgang Tiedge

am 17. Februar 2024 im Alter von 78 Jahren verstorben ist.

Wolfgang Tiedge hat von 1990 bis 2010 die Schadenabteilung Kraftfahrt aufgebaut
und geleitet. Viele von uns haben bei ihm gelernt, wie man einen Schaden
reguliert: schnell, fair und mit einem offenen Ohr für die Kunden. Mit seinem
trockenen Humor und seiner Leidenschaft für den 1. FC Magdeburg bleibt er uns
in Erinnerung.

Unser Mitgefühl gilt seiner Frau und seiner Familie.

Die Trauerfeier findet am Freitag, 1. März 2024, um 13 Uhr in der Kapelle des
Westfriedhofs Magdeburg statt. Die Familie bittet statt Blumen um eine Spende
an die Magdeburger Tafel. Im Foyer liegt ab Montag ein Kondolenzbuch aus.

Für den Vorstand
Dr. Gerd Lammers
""")


def m029():
    return mail(29, "NORMAL", "en", "insurer-to-partner",
                "trap: death claims by ICD chapter and age band for the reinsurer; aggregate, small cells merged",
                "Jens Paulick <jens.paulick@elbauen-versicherung.example>",
                "Sofie Lindqvist <s.lindqvist@nordicre.example>",
                "Death claims 2023 by cause (ICD chapter) - as requested",
                html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Sofie,</p>
<p>as requested for the treaty review, death claims 2023 (term life and endowment, funeral cover excluded)
by cause of death. Causes are taken from the physician's statement; cells below 5 are merged into "other".</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde7ee"><th>ICD-10 chapter</th><th>&lt;50</th><th>50-64</th><th>65+</th><th>Total</th><th>Share</th></tr>
<tr><td>C00-D48 Neoplasms</td><td>41</td><td>188</td><td>214</td><td>443</td><td>33.9 %</td></tr>
<tr><td>I00-I99 Circulatory system</td><td>22</td><td>131</td><td>248</td><td>401</td><td>30.7 %</td></tr>
<tr><td>J00-J99 Respiratory system</td><td>6</td><td>29</td><td>97</td><td>132</td><td>10.1 %</td></tr>
<tr><td>V01-Y98 External causes (accidents, suicide)</td><td>37</td><td>33</td><td>19</td><td>89</td><td>6.8 %</td></tr>
<tr><td>U07 COVID-19</td><td>&lt;5</td><td>9</td><td>31</td><td>43</td><td>3.3 %</td></tr>
<tr><td>Other / unknown</td><td>18</td><td>61</td><td>119</td><td>198</td><td>15.2 %</td></tr>
<tr style="font-weight:bold"><td>Total</td><td>127</td><td>451</td><td>728</td><td>1,306</td><td>100 %</td></tr>
</table>
<p>No individual data leaves the house for this purpose, as agreed in the treaty wording (clause 14.2).</p>
<p>Best regards<br>Jens</p>
</body></html>
""")


def m030():
    form = pdf([
        "Elbauen Lebensversicherung AG",
        "STERBEFALLANZEIGE",
        "Bitte in Druckbuchstaben ausfüllen und mit der Sterbeurkunde einsenden.",
        "",
        "Vertragsnummer(n): ______________________________",
        "Name, Vorname der verstorbenen Person: ______________________________",
        "Geburtsdatum: ____.____.________     Sterbedatum: ____.____.________",
        "Sterbeort: ______________________________",
        "Todesursache (soweit bekannt): [ ] Krankheit  [ ] Unfall  [ ] unbekannt",
        "Behandelnde/r Ärztin/Arzt (Name, Anschrift): ______________________________",
        "",
        "Angaben zur meldenden Person",
        "Name, Vorname: ______________________________",
        "Verhältnis zur verstorbenen Person: ______________________________",
        "Anschrift, Telefon, E-Mail: ______________________________",
        "",
        "Bankverbindung für die Auszahlung (Kontoinhaber/in, IBAN): ______________________________",
        "",
        "Beizufügen: Sterbeurkunde, Versicherungsschein, ggf. Erbschein oder Testament",
        "mit Eröffnungsprotokoll, Ärztliche Bescheinigung (Formular L 214).",
        "",
        "Ort, Datum, Unterschrift: ______________________________",
        "Formular L 210 - Stand 01/2024",
    ], "Sterbefallanzeige L 210")
    return mail(30, "NORMAL", "de", "insurer-to-customer",
                "trap: blank death-notification form sent to an enquirer who asked without naming anyone",
                "Kundenservice Elbauen <service@elbauen-versicherung.example>",
                "k.lehnert@posteo-mail.example",
                "Ihre Anfrage: Formular Sterbefallmeldung",
                body="""Guten Tag,

wie gewünscht senden wir Ihnen unser Formular zur Meldung eines Sterbefalls.
Sie können es ausgefüllt per Post zurücksenden oder die Unterlagen direkt über
https://www.elbauen-versicherung.example/sterbefall hochladen.

Wenn Sie uns die Vertragsnummer nennen, können wir Ihnen vorab sagen, welche
Unterlagen wir im konkreten Fall brauchen.

Freundliche Grüße
Ihr Kundenservice der Elbauen Versicherung
""", atts=[("Formular_L210_Sterbefallanzeige.pdf", form)])


def m031():
    return mail(31, "CONFIDENTIAL", "de", "insurer-to-customer",
                "second car of the late husband transferred to the widow with no-claims class; plates, policy numbers",
                "Ralf Szymanski <kfz-bestand@elbauen-versicherung.example>",
                "Irmgard Pohle <irmgard.pohle@elbnet.example>",
                "Umschreibung Kfz-Versicherung KF-85 2290118 (HZ-EP 88) auf Ihren Namen",
                body="""Sehr geehrte Frau Pohle,

vielen Dank für Ihr Schreiben und die Kopie der Sterbeurkunde Ihres Mannes.

Wir haben die Kfz-Versicherung für den Skoda Octavia, amtliches Kennzeichen
HZ-EP 88, zum 01.03.2024 auf Sie umgeschrieben. Die neue Vertragsnummer ist
KF-85 2290118-01; Sie erhalten in den nächsten Tagen einen neuen
Versicherungsschein.

Den Schadenfreiheitsrabatt Ihres Mannes (SF 31, 30 %) haben wir wie gewünscht
übertragen. Ihr eigener Vertrag für den Fiat Panda (HZ-IP 12) bleibt mit SF 9
unverändert.

Bitte lassen Sie auch die Zulassungsbescheinigung Teil I und II bei der
Zulassungsstelle Halberstadt auf Ihren Namen ändern. Die Versicherung übermittelt
die Daten dazu elektronisch; eine neue eVB brauchen Sie nicht, die Nummer steht
aber zur Sicherheit hier: eVB K7N3Q2X.

Der Beitrag ab 01.03.2024 beträgt 38,41 EUR monatlich und wird wie bisher vom
Konto abgebucht, das auf Sie umgeschrieben wurde.

Mit freundlichen Grüßen
Ralf Szymanski
Kfz-Bestand
Elbauen Allgemeine Versicherung AG
""")


def m032():
    return mail(32, "NORMAL", "en", "newsletter",
                "trap: law-firm webinar invitation on cross-border estates and the European Certificate of Succession",
                "Hartley & Finch Events <events@hartleyfinch.example>",
                "oliver.grant@elbauen-versicherung.example",
                "Webinar 21 March: When an expat dies - cross-border estates, probate and life policies",
                body="""HARTLEY & FINCH LLP - Private Client Webinar Series

When an expat dies: cross-border estates, probate and life policies
Thursday 21 March 2024, 12:30-13:30 GMT, online

More than 300,000 British citizens live in the EU. When one of them dies, families
and their advisers face two legal systems at once. Our speakers explain:

* which law governs the succession under EU Regulation 650/2012 - and why the UK
  is not part of it;
* when a European Certificate of Succession is accepted and when a Grant of
  Probate is needed, including apostille and translation requirements;
* how German insurers deal with nominated beneficiaries (Bezugsberechtigung)
  versus policies falling into the estate;
* inheritance tax in both countries and double taxation relief.

Speakers: Eleanor Hartley (Partner, Private Client), Dr. Jonas Reuter
(Rechtsanwalt, Cologne office).

Register: https://www.hartleyfinch.example/events/expat-estates-2024
1 CPD hour. This webinar is free of charge.

You receive this email because you attended one of our events. Unsubscribe:
https://www.hartleyfinch.example/unsubscribe
Hartley & Finch LLP, 12 Bishopsgate Court, London. Authorised and regulated by the
Solicitors Regulation Authority.
""")


def m033():
    return mail(33, "NORMAL", "de", "insurer-to-customer",
                "trap: generic portal notification, no name, no content",
                "Elbauen SecureMail <securemail@elbauen-versicherung.example>",
                "s.wolter@kabelpost.example",
                "Neue Nachricht in Ihrem Elbauen-Postfach",
                body="""Guten Tag,

in Ihrem persönlichen Postfach im Elbauen-Kundenportal liegt eine neue Nachricht
für Sie bereit.

Bitte melden Sie sich unter https://portal.elbauen-versicherung.example an, um die
Nachricht zu lesen. Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.

Elbauen Versicherung | Am Strombrückenzug 12 | 39114 Magdeburg
""")


def m034():
    return mail(34, "CONFIDENTIAL", "en", "internal",
                "sanctions-screening hit for an heir (name, birth date, nationality) before a household-refund payment",
                "Compliance Screening <screening@elbauen-versicherung.example>",
                "Birte Hansen <birte.hansen@elbauen-versicherung.example>",
                "Screening alert SCR-2024-0291 - payment to heir, HR 53-204417",
                body="""Hi Birte,

the payment run flagged your refund payment for review (list match, score 84).

Payee:            Aleksandr Morozov
Date of birth:    14.08.1979
Nationality:      German / Russian
Address:          Breiter Weg 201, 39104 Magdeburg
Reason:           refund of household contents premium, estate of Valentina
                  Morozova, policy HR 53-204417, EUR 118.40

List entry:       "MOROZOV, Aleksandr Viktorovich", born 1963, EU consolidated
                  list

Different year of birth and middle name not matching the ID copy in the file -
we consider this a false positive and have released the payment. Nothing for
you to do, just for your file note. Closing the alert.

Regards
Jana Keßler
Compliance / Sanctions Screening
""")


def m035():
    return mail(35, "NORMAL", "en", "internal",
                "trap: chief actuary's memo on new mortality tables and reserve impact; aggregate only",
                "Dr. Claas Birkholz <claas.birkholz@elbauen-versicherung.example>",
                "vorstand@elbauen-versicherung.example",
                "Memo: Biometric assumptions 2024 - mortality tables and reserve strengthening",
                cc="Henrik Voss <henrik.voss@elbauen-versicherung.example>",
                body="""To: Executive Board
From: Responsible Actuary (Verantwortlicher Aktuar)
Re: Biometric assumptions for the 2024 annual statements

1. Death benefits (term life, endowment, funeral cover)
   We continue to use DAV 2008 T (first order) for reserving. Our own experience
   2019-2023 shows A/E of 82 % overall, so the safety margin remains adequate.
   The funeral cover block (no underwriting, entry ages up to 85) runs at 94 %;
   no strengthening needed, but the margin is thin.

2. Annuities (incl. widows' and orphans' pensions in bAV)
   DAV 2004 R remains the basis. The longevity trend of the last DAV review
   leads to an additional reserve of EUR 6.2m for the annuity portfolio,
   of which EUR 0.9m for the survivor benefits in group pension schemes.

3. Disability (BU)
   DAV 1997 I with company-specific adjustments; see separate memo.

Recommendation: approve the assumptions as proposed. The full actuarial report
will follow with the annual statements.

Dr. Claas Birkholz
""")


def m036():
    return mail(36, "STRICTLY_CONFIDENTIAL", "de", "internal",
                "accidental-death claim: police report, blood alcohol, autopsy findings of a named insured",
                "Sven Richter <sven.richter@elbauen-versicherung.example>",
                "Jens Paulick <jens.paulick@elbauen-versicherung.example>",
                "UV 30-118204 Unfalltod Tobias Kranz – Stand / BAK",
                body="""Hallo Jens,

kurzer Stand zum Unfalltod Kranz (Unfallversicherung UV 30-118204,
Todesfallleistung 50.000 EUR, Bezugsberechtigte: Ehefrau Melanie Kranz):

- Unfall am 27.01.2024 gegen 23:40 auf der B 81 bei Egeln, Alleinunfall,
  Pkw gegen Baum. Herr Kranz verstarb noch an der Unfallstelle.
- Ermittlungsakte der StA Magdeburg liegt seit gestern vor (Akteneinsicht über
  RA Schiller). Blutalkohol 1,41 Promille (Entnahme 01:15), Drogenscreening
  negativ.
- Obduktion: Polytrauma, Aortenruptur, SHT; keine Hinweise auf ein
  vorausgegangenes inneres Ereignis (kein Infarkt, kein Krampfanfall).

Damit greift Ziff. 5.1.1 AUB 2014 (Unfälle durch Bewusstseinsstörungen infolge
Trunkenheit). Ab 1,1 Promille gehen die Gerichte beim Kraftfahrer von absoluter
Fahruntüchtigkeit aus; die Ursächlichkeit wird vermutet. Ich würde ablehnen.
Die Ehefrau hat angerufen und weiß noch nichts von der BAK – der Anwalt hat ihr
das offenbar nicht gesagt. Bitte einmal gemeinsam draufschauen, bevor ich das
Schreiben rausschicke; ich möchte das lieber telefonisch vorbereiten.

Gruß
Sven

Sven Richter
Leistung Unfall
""")


def m037():
    return mail(37, "CONFIDENTIAL", "de", "insurer-to-lawyer",
                "lawyer as estate administrator: list of the deceased's property/liability contracts with numbers and refund",
                "Dr. Felix Brandauer <felix.brandauer@elbauen-versicherung.example>",
                "RA Matthias Kühne <kanzlei@kanzlei-kuehne.example>",
                "Nachlassverwaltung Günter Wieprecht – AG Magdeburg 54 VI 118/24 – Ihr Schreiben vom 19.02.2024",
                body="""Sehr geehrter Herr Kollege Kühne,

wir bestätigen den Eingang Ihres Schreibens nebst Bestallungsurkunde des
Amtsgerichts Magdeburg vom 12.02.2024, wonach Sie zum Nachlassverwalter über den
Nachlass des am 04.01.2024 verstorbenen Herrn Günter Wieprecht, zuletzt wohnhaft
Olvenstedter Str. 66, 39108 Magdeburg, bestellt wurden.

Bei der Elbauen Allgemeine Versicherung AG bestanden folgende Verträge:

1. Hausratversicherung HR 50-661903, Versicherungssumme 45.000 EUR
   – beendet zum 29.02.2024 (Wohnungsauflösung), Beitragsguthaben 64,20 EUR
2. Privathaftpflichtversicherung PH 40-227186
   – beendet zum 04.01.2024 (Tod des Versicherungsnehmers), Guthaben 51,73 EUR

Das Guthaben von insgesamt 115,93 EUR überweisen wir auf das von Ihnen genannte
Nachlassverwaltungskonto. Offene Schadenfälle bestehen nicht.

Zu etwaigen Verträgen bei der Elbauen Lebensversicherung AG erhalten Sie eine
gesonderte Antwort von der dortigen Fachabteilung, da es sich um ein anderes
Unternehmen der Gruppe handelt.

Mit freundlichen kollegialen Grüßen
Dr. Felix Brandauer
Rechtsabteilung
""")


def m038():
    return mail(38, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
                "UK executor's solicitor: endowment policy payout into the estate, sum and policy number (life line)",
                "Oliver Grant <oliver.grant@elbauen-versicherung.example>",
                "Eleanor Hartley <e.hartley@hartleyfinch.example>",
                "Estate of the late Ms Brigitte Ashworth - endowment policy LV 1998-0077314",
                body="""Dear Ms Hartley,

Thank you for your letter of 14 February 2024 and the sealed copy of the Grant
of Probate issued by the Principal Registry of the Family Division on 2 February
2024, naming you and Mr Colin Ashworth as executors of the estate of the late
Ms Brigitte Ashworth, who died in Manchester on 18 November 2023.

Ms Ashworth held an endowment policy with us, policy LV 1998-0077314,
commencement 1 March 1998, originally maturing 1 March 2028. No beneficiary
was nominated, so the death benefit falls into the estate.

Death benefit:                      EUR 38,346.00
Terminal bonus / surplus share:     EUR  9,120.55
Total payable to the estate:        EUR 47,466.55

We do not deduct German withholding tax, because the policy was taken out
before 2005 and ran for more than 12 years. However, we are obliged to report
the payment to the German inheritance tax office (Finanzamt Magdeburg,
Erbschaftsteuerstelle) under section 33 ErbStG, since the deceased's last
residence was abroad and the policy is German-situs.

To pay, we need:
1. the certified German translation of the Grant (your translator's copy is fine,
   apostille already received);
2. a certified copy of the death certificate;
3. the executors' client account details (sterling accounts are possible; please
   state the currency).

Yours sincerely

Oliver Grant
International Customer Desk
Elbauen Lebensversicherung AG
""")


def m039():
    return mail(39, "CONFIDENTIAL", "de", "insurer-to-customer",
                "legal-expenses policy of the deceased ends; heirs informed about inheritance-law advice cover; names, policy",
                "Rechtsschutz-Service <rechtsschutz@elbauen-versicherung.example>",
                "Carola Fiebig <c.fiebig@t-post.example>",
                "Rechtsschutzversicherung RS 77-450118 Ihres verstorbenen Vaters",
                body="""Sehr geehrte Frau Fiebig,

unser aufrichtiges Beileid zum Tod Ihres Vaters, Herrn Joachim Fiebig.

Die Rechtsschutzversicherung RS 77-450118 endet mit dem Tod des Versicherungs-
nehmers nicht sofort: Nach § 12 ARB 2021 besteht der Versicherungsschutz bis zum
Ende der laufenden Beitragsperiode fort, also bis zum 30.06.2024, wenn der Beitrag
bezahlt ist – das ist der Fall.

Sie fragten, ob die Beratung durch einen Anwalt zum Testament Ihres Vaters
versichert ist. Leider nein: Der Beratungsrechtsschutz im Erbrecht gilt nur für
den Versicherungsnehmer selbst und seine mitversicherten Personen. Sie waren in
dem Vertrag nicht mitversichert (Single-Tarif).

Wenn Sie den Vertrag über den 30.06. hinaus für sich fortführen möchten, rufen
Sie mich gerne an. Andernfalls endet er automatisch; ein Guthaben entsteht nicht.

Mit freundlichen Grüßen
Tanja Wegener
Rechtsschutz-Service
Elbauen Allgemeine Versicherung AG
""")


def m040():
    return mail(40, "CONFIDENTIAL", "en", "insurer-to-customer",
                "condolence letter to a daughter abroad about her late mother's household policy (name, policy, address)",
                "Oliver Grant <oliver.grant@elbauen-versicherung.example>",
                "Anna Whitcombe <anna.whitcombe@kiwimail.example>",
                "Your mother's home contents policy - with our condolences",
                body="""Dear Mrs Whitcombe,

We were very sorry to learn from your brother that your mother, Mrs Ursula
Whitcombe, passed away. Please accept our heartfelt condolences.

Your brother mentioned that you will be handling your mother's affairs from
New Zealand. There is no rush on our side: the home contents policy HR 52-870144
for her flat at Breite Straße 28, 38855 Wernigerode continues for now and the
contents remain insured.

When you are ready, simply let us know the date from which the flat is cleared
or let to someone else, and we will end the policy and refund any premium
paid in advance. Nothing else is needed from you at this time.

With kind regards

Oliver Grant
International Customer Desk
Elbauen Allgemeine Versicherung AG
""")


def m041():
    return mail(41, "CONFIDENTIAL", "de", "insurer-to-broker",
                "broker informed that a client died: household and liability contracts ended, commission reversal; no health data",
                "Maklerbetreuung Elbauen <maklerbetreuung@elbauen-versicherung.example>",
                "Thomas Gerlach <info@gerlach-finanz.example>",
                "Ihr Kunde Hans-Jürgen Böttcher – Vertragsbeendigung wegen Tod (VN 2210447)",
                body="""Sehr geehrter Herr Gerlach,

zur Information: Ihr Kunde Herr Hans-Jürgen Böttcher, Vermittlernummer 2210447,
ist am 08.02.2024 verstorben. Die Tochter hat uns die Sterbeurkunde übersandt.

Folgende Verträge aus Ihrem Bestand haben wir beendet:

  HR 50-993412  Hausrat         Ende 31.03.2024 (Wohnungsauflösung)
  PH 41-102277  Privathaftpflicht  Ende 08.02.2024

Die anteilige Courtage für das laufende Jahr wird nach Ziff. 6.3 der
Courtagevereinbarung mit der nächsten Abrechnung verrechnet (voraussichtlich
- 23,18 EUR).

Die Tochter, Frau Stefanie Böttcher, hat angekündigt, dass sie das Haus
übernehmen und eventuell eine eigene Hausrat- und Haftpflichtversicherung
brauchen wird. Vielleicht möchten Sie sich bei ihr melden – sie war damit
einverstanden, dass wir Ihnen ihre Telefonnummer geben: 0160 5531278.

Mit freundlichen Grüßen
Maklerbetreuung Nord
Elbauen Versicherung
""")


def m042():
    return mail(42, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "private health insurance of the deceased ended; palliative ward and hospice bills still reimbursed",
                "Tobias Renner <tobias.renner@elbauen-versicherung.example>",
                "Gisela Matthes <gisela.matthes@web.example>",
                "Krankenversicherung KV 3306719-02 Ihres verstorbenen Mannes – Beendigung und offene Rechnungen",
                body="""Sehr geehrte Frau Matthes,

zunächst unser herzliches Beileid zum Tod Ihres Mannes, Herrn Dr. Wolfram Matthes.

Die private Krankenversicherung KV 3306719-02 endet mit dem Todestag, dem
16.02.2024. Den für Februar bereits abgebuchten Beitrag erstatten wir anteilig
(14 Tage, 302,17 EUR) auf Ihr gemeinsames Konto.

Zu den Rechnungen, die Sie uns geschickt haben:

- Klinikum Elbtal, Palliativstation, 22.01.–09.02.2024,
  DRG-Rechnung 11.482,90 EUR: wird zu 100 % erstattet (Ihr Mann war im Tarif
  KS 1 stationär Einbettzimmer versichert), Wahlleistung Einbettzimmer
  1.960,00 EUR ebenfalls.
- Hospiz am Elbufer, 09.–16.02.2024: Der Eigenanteil von 5 % (281,40 EUR) ist
  nach Tarif erstattungsfähig, die übrigen 95 % zahlt die Pflegeversicherung
  bzw. das Hospiz selbst – bitte reichen Sie die Rechnung des Hospizes zusätzlich
  bei unserer Pflegeabteilung ein.
- Rechnung Dr. med. Kerstin Lau (SAPV, Schmerzpumpe, Hausbesuche):
  1.214,37 EUR, wird erstattet.

Die Erstattung geht nach den Bedingungen an den Versicherungsnehmer bzw. nach
seinem Tod an die Erben. Da Sie laut Ihrem Schreiben Alleinerbin sind und das
Konto bereits auf Sie umgeschrieben ist, zahlen wir direkt auf Ihr Konto. Ihre
eigene Krankenversicherung (KV 3306719-01) läuft unverändert weiter.

Mit freundlichen Grüßen
Tobias Renner
Krankenversicherung – Leistung
Elbauen Krankenversicherung AG
""")


def m043():
    return mail(43, "CONFIDENTIAL", "mixed", "insurer-to-customer",
                "German/English letter to an heir in Switzerland, household refund to a CH IBAN, names and policy",
                "Oliver Grant <oliver.grant@elbauen-versicherung.example>",
                "Lukas Imhof <lukas.imhof@alpenpost.example>",
                "Rückerstattung Hausratversicherung HR 51-412089 / refund household policy",
                body="""Sehr geehrter Herr Imhof,
dear Mr Imhof,

(English version below)

wir haben die Hausratversicherung HR 51-412089 Ihrer verstorbenen Tante,
Frau Hannelore Imhof, zum 31.01.2024 beendet. Das Beitragsguthaben von
97,50 EUR überweisen wir laut Ihrer Erbenerklärung auf Ihr Konto:

    IBAN CH45 1468 1970 2572 1284 4, Kontoinhaber Lukas Imhof

Bitte beachten Sie, dass Ihre Bank für Zahlungen in EUR Gebühren berechnen kann.

---

we have ended the household contents policy HR 51-412089 of your late aunt,
Mrs Hannelore Imhof, as of 31 January 2024. The refund of EUR 97.50 will be
paid to the account you gave in your declaration of heirship
(IBAN CH45 1468 1970 2572 1284 4, account holder Lukas Imhof).
Your bank may charge a fee for incoming EUR payments.

Mit freundlichen Grüßen / Kind regards
Oliver Grant
Elbauen Allgemeine Versicherung AG
""")


def m044():
    return mail(44, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
                "request to a hospital for the medical records of a deceased insured (ICU stay) for a life claim",
                "Dr. Ulrike Feldmann <ulrike.feldmann@elbauen-versicherung.example>",
                "Medical Records Department <records@stmarys-hospital.example>",
                "Request for medical records - deceased patient Ms Julia Brandt, DOB 22/06/1984",
                body="""Dear Sir or Madam,

We are the life insurer of the late Ms Julia Brandt, born 22/06/1984, who died
at your hospital on 3 February 2024 after admission to the intensive care unit
on 29 January 2024.

Ms Brandt's husband, Mr Kai Brandt, has claimed the death benefit under her
term life policy LV 2022-0691184 (start 1 April 2022). Because the policy had
been in force for less than two years, we need to check the answers to the
health questions in her application.

We therefore kindly request copies of:
- the discharge summary / death summary of the ICU stay,
- the admission record including the medical history (previous illnesses,
  medication, earlier admissions),
- any records of treatment at your hospital between 2019 and 2022.

A consent form signed by Ms Brandt at application (release from medical
confidentiality) and the declaration of her husband as her sole heir are
attached to our letter by post. We will of course pay your usual fee for copies.

Please send the records by secure mail or to the postal address below, marked
"Medical - confidential".

Yours faithfully

Dr. Ulrike Feldmann
Chief Medical Officer
Elbauen Lebensversicherung AG
Am Strombrückenzug 12, 39114 Magdeburg, Germany
""")


def m045():
    return mail(45, "STRICTLY_CONFIDENTIAL", "de", "notary",
                "notary sends Erbschein and asks for payout of an endowment policy to her escrow account (life line, IBAN)",
                "Katrin Möbius <katrin.moebius@elbauen-versicherung.example>",
                "leistung-leben@elbauen-versicherung.example",
                "WG: UR-Nr. 412/2024 W – Nachlass Ingeborg Senst, LV 2004-0119356",
                body="""Zur Akte LS-2024-002230, Erbschein liegt damit vor. Bitte Auszahlung auf
Anderkonto vorbereiten, Freigabe durch mich nach Vier-Augen-Prüfung.

Katrin Möbius

-----Ursprüngliche Nachricht-----
Von: Notariat Dr. Wendt <sekretariat@notariat-wendt.example>
Gesendet: Mittwoch, 21. Februar 2024 11:32
An: leistung-leben@elbauen-versicherung.example
Betreff: UR-Nr. 412/2024 W – Nachlass Ingeborg Senst, LV 2004-0119356

Sehr geehrte Damen und Herren,

in der Nachlasssache Ingeborg Senst, geb. Rauschert, geboren am 30.11.1940,
verstorben am 02.01.2024 in Stendal, übersende ich in der Anlage eine
Ausfertigung des gemeinschaftlichen Erbscheins des Amtsgerichts Stendal vom
15.02.2024 (Az. 7 VI 31/24). Erben sind danach die Kinder der Erblasserin,
Herr Rainer Senst und Frau Kerstin Voigt, zu je 1/2.

Die Erben haben mich beauftragt, den Nachlass abzuwickeln. Ich bitte Sie, die
Leistung aus der Kapitallebensversicherung LV 2004-0119356 der Erblasserin, für
die nach Ihrer Auskunft kein Bezugsrecht bestand, auf mein Notaranderkonto zu
überweisen:

    Notaranderkonto Dr. Claudia Wendt
    IBAN DE24 3879 8113 5119 7181 47
    Verwendungszweck: UR 412/2024 W

Eine Vollmacht beider Erben liegt bei.

Mit freundlichen Grüßen
i.A. Sabine Krüger, Notarfachangestellte
für Notarin Dr. Claudia Wendt, Stendal
""")


def m046():
    rows = [["LS-Nr.", "Vertrag", "Versicherte Person", "geb.", "Sterbedatum", "Todesursache lt. Bescheinigung",
             "Vertragsbeginn", "Summe EUR", "Status", "SB"],
            ["LS-2024-001873", "LV 2019-0448213", "Olbrich, Bernd", "04.03.1966", "10.02.2024", "offen (Bescheinigung fehlt)",
             "01.07.2021", 120000, "Unterlagen angefordert", "MÖ"],
            ["LS-2024-002014", "LV 2017-0392155", "Paasch, Gerlinde", "17.09.1958", "06.02.2024", "Myokardinfarkt I21.9",
             "01.03.2017", 60000, "GA-Prüfung erledigt, Freigabe", "DE"],
            ["LS-2024-002077", "LV 2020-0517740", "Albrecht, Christiane", "11.05.1961", "09.02.2024",
             "Pankreaskarzinom C25.9", "01.10.2020", 80000, "Bezugsrecht klären", "MÖ"],
            ["LS-2024-002101", "LV 2021-0581127", "Stellmacher, Marco", "03.05.1987", "11.02.2024", "Suizid",
             "01.09.2021", 450000, "§ 161 VVG, RA-Schreiben", "PA"],
            ["LS-2024-002230", "LV 2004-0119356", "Senst, Ingeborg", "30.11.1940", "02.01.2024", "Pneumonie J18.9",
             "01.12.2004", 21400, "Auszahlung Anderkonto", "MÖ"],
            ["LS-2024-002244", "SG 1102388", "Lindner, Horst", "27.07.1936", "15.02.2024", "Herzinsuffizienz I50.9",
             "01.04.2012", 6000, "Abtretung Bestatter", "DE"],
            ["LS-2024-002260", "LV 2022-0691184", "Brandt, Julia", "22.06.1984", "03.02.2024", "Sepsis A41.9",
             "01.04.2022", 200000, "KH-Unterlagen angefordert", "FE"]]
    return mail(46, "STRICTLY_CONFIDENTIAL", "de", "internal",
                "harmless body; attached XLSX lists pending death claims with names, birth dates and causes of death",
                "Jens Paulick <jens.paulick@elbauen-versicherung.example>",
                "team-sterbefall@elbauen-versicherung.example",
                "Offene Leistungsfälle KW 8 – für die Teamrunde",
                body="""Moin zusammen,

für die Teamrunde morgen 9 Uhr die Liste der offenen Fälle (Stand heute
Abend). Bitte eure Fälle vorher kurz durchgehen, Status aktualisiere ich
danach im System.

Jens
""", atts=[("offene_LS_KW08.xlsx", xlsx(rows, "offen KW08"))])


def m047():
    return mail(47, "NORMAL", "en", "internal",
                "trap: phishing warning about fake 'inheritance from a deceased client' mails; no real person",
                "IT Security <it-security@elbauen-versicherung.example>",
                "all-staff@elbauen-versicherung.example",
                "Warning: phishing mails about \"unclaimed life insurance of a deceased client\"",
                body="""Dear colleagues,

since Monday we have seen a wave of phishing mails sent to our team mailboxes
(leistung-leben@, sterbefall@, service@). Typical features:

  Subject:  "URGENT: Unclaimed life policy of late client - next of kin"
  Sender:   a "barrister" or "private banker" from a free-mail address
  Content:  a customer of ours has allegedly died without heirs; you are asked
            to confirm the policy value and to "co-operate as next of kin"
            for a share of the payout; attachment "Death_Certificate.zip" or a
            link to a "secure document portal"

Do NOT open the attachment or the link. The ZIP contains malware.
Please report such mails with the "Report phishing" button in Outlook and
delete them. If you have already clicked, call the IT Service Desk at -4444
immediately.

Genuine death notifications from relatives, notaries or undertakers are of
course to be processed as usual.

IT Security Team
""")


def m048():
    return mail(48, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "funeral cover paid out to the daughter with condolences; named deceased, policy and amount (life line)",
                "Sterbegeld-Service <sterbegeld@elbauen-versicherung.example>",
                "Manuela Lindner <manu.lindner@kabelpost.example>",
                "Auszahlung Sterbegeldversicherung SG 1102388 – Horst Lindner",
                body="""Sehr geehrte Frau Lindner,

wir möchten Ihnen zum Tod Ihres Vaters unser herzliches Beileid aussprechen.

Aus der Sterbegeldversicherung SG 1102388 zahlen wir Ihnen als Bezugs-
berechtigter:

  Versicherungssumme                  6.000,00 EUR
  Schlussüberschuss                     418,62 EUR
  abzgl. an Bestattungshaus Ahlers   - 4.750,00 EUR (Abtretung vom 16.02.2024)
  Auszahlung an Sie                   1.668,62 EUR

Der Betrag wird in den nächsten zwei bis drei Werktagen Ihrem Konto gutgeschrieben.
Da die Leistung an eine bezugsberechtigte Person geht, fällt sie nicht in den
Nachlass; einen Erbschein benötigen wir daher nicht. Erbschaftsteuer fällt bei
diesem Betrag wegen des Freibetrags für Kinder (400.000 EUR) nicht an. Wir sind
trotzdem verpflichtet, die Zahlung dem Finanzamt zu melden.

Mit freundlichen Grüßen
Aylin Demir
Sterbegeld-Service
Elbauen Lebensversicherung AG
""")


def m049():
    return mail(49, "STRICTLY_CONFIDENTIAL", "en", "company",
                "employer HR reports an employee's death under a group life scheme, with salary and cause (life line, income)",
                "Group Benefits <group-benefits@elbauen-versicherung.example>",
                "Jens Paulick <jens.paulick@elbauen-versicherung.example>",
                "FW: Group life scheme GL-0042 - death of employee",
                body="""Jens, new group life claim, forwarded from the employer. Please create the
claim; I'll send the scheme rules and the beneficiary nomination on file.

Stefan (Group Benefits)

---------- Forwarded message ----------
From: Laura Brennecke <hr@saxonia-logistics.example>
To: group-benefits@elbauen-versicherung.example
Date: Tue, 20 Feb 2024 08:51:33 +0100
Subject: Group life scheme GL-0042 - death of employee

Dear Sir or Madam,

we regret to inform you that our employee

  Name:            Mehmet Aydın
  Personnel no.:   10473
  Date of birth:   14/03/1979
  Employed since:  01/06/2015, Senior Dispatcher
  Annual base salary 2024: EUR 52,800

passed away on 16 February 2024. According to his wife he suffered a brain
haemorrhage at home and died two days later at the Uniklinikum.

Under our group life scheme GL-0042 the benefit is 2x annual base salary. His
wife, Mrs Elif Aydın, has a copy of the nomination form he signed in 2019.
Please let us know what you need from us (salary confirmation, death
certificate?) and whom the family should contact.

Kind regards
Laura Brennecke
HR Business Partner, Saxonia Logistics GmbH
""")


def m050():
    rows = ["Tarif SG 2025 – Monatsbeiträge je 1.000 EUR Versicherungssumme",
            "Beitragszahlung bis Alter 85, Überschussbeteiligung nicht enthalten",
            "",
            "Eintrittsalter;Frauen;Männer",
            "40;1,82;2,04", "45;2,21;2,53", "50;2,76;3,21", "55;3,52;4,18", "60;4,71;5,62",
            "65;6,58;7,95", "70;9,84;11,71", "75;16,02;18,90", "80;31,50;36,25", "85;kein Abschluss;kein Abschluss"]
    return mail(50, "NORMAL", "de", "insurer-to-broker",
                "trap: new funeral-cover premium table by entry age (unisex note), no person",
                "Produktmanagement Leben <produkt-leben@elbauen-versicherung.example>",
                "maklerverteiler-nord@elbauen-versicherung.example",
                "Vorab-Info: Sterbegeldtarif SG 2025 – neue Beiträge ab 01.01.2025",
                body="""Sehr geehrte Vertriebspartner,

zum 01.01.2025 lösen wir den Sterbegeldtarif SG 2024 durch SG 2025 ab. Die
wichtigsten Änderungen:

- Wartezeit 24 Monate bleibt (außer bei Unfalltod), Aufnahme ohne Gesundheitsfragen
  weiterhin bis Eintrittsalter 80 (bisher 85),
- neue Option "Bestattungsvorsorge plus": Leistung direkt an einen Bestatter
  Ihrer Wahl, auch als Treuhandlösung,
- Beiträge für Eintrittsalter ab 70 steigen um ca. 6 %, darunter leicht sinkend.

Die Beitragstabelle (je 1.000 EUR Versicherungssumme) liegt als CSV bei. Die
Werte nach Geschlecht gelten nur für die interne Kalkulation; der Kundenbeitrag
ist nach EuGH-Vorgabe unisex und wird im Tarifrechner ausgewiesen.

Ihr Produktmanagement Leben
""", atts=[("SG2025_Beitragstabelle.csv", "\r\n".join(rows).encode("cp1252"), "text/csv")])

def m051():
    return mail(51, "CONFIDENTIAL", "en", "internal",
                "heir's access request for the deceased's data: names, household and liability policy numbers; no health data",
                "Sabine Oertel <datenschutz@elbauen-versicherung.example>",
                "Birte Hansen <birte.hansen@elbauen-versicherung.example>",
                "Access request by heir - Estate of Rüdiger Kampe (HR 50-118826, PH 40-889101)",
                body="""Hi Birte,

we received a "subject access request under Art. 15 GDPR" from Mr Daniel
Kampe, who lives in Dublin, asking for "all data you hold about my late father
Rüdiger Kampe", who died on 30 December 2023.

Strictly speaking, the GDPR does not apply to the deceased, so Art. 15 is not
the right basis. But as heir (he has sent the Erbschein of Amtsgericht
Wernigerode, sole heir) he steps into the contractual position and is entitled
to information about the contracts under § 1922 BGB and the general duty to
provide information.

On our side only two contracts exist:
- household contents HR 50-118826 (ended 31.01.2024, refund paid to estate)
- personal liability PH 40-889101 (ended on death, no claims)

Could you please send me the contract history and correspondence of both
contracts by Friday? I'll reply to him in English and explain the legal
position. Please do NOT include anything from other group companies - if he
wants information about life or health contracts, he must ask them separately.

Thanks
Sabine

Sabine Oertel
Data Protection Officer
Elbauen Versicherung
""")


def m052():
    return mail(52, "CONFIDENTIAL", "de", "insurer-to-customer",
                "household refund: holographic will with opening record accepted instead of Erbschein; names, policy",
                "Birte Hansen <birte.hansen@elbauen-versicherung.example>",
                "Jörg Ehrentraut <joerg.ehrentraut@posteo-mail.example>",
                "AW: Erbschein wirklich nötig? – Hausrat HR 52-339017",
                body="""Sehr geehrter Herr Ehrentraut,

Sie haben recht, ein Erbschein ist für die Erstattung nicht zwingend nötig.

Das handschriftliche Testament Ihrer Mutter, Frau Ilse Ehrentraut, zusammen
mit dem Eröffnungsprotokoll des Amtsgerichts Burg vom 06.02.2024 weist Sie
eindeutig als Alleinerben aus. Das genügt uns.

Wir erstatten daher den Beitrag der Hausratversicherung HR 52-339017 für die
Zeit ab 01.03.2024 (Übergabe der Wohnung an den Vermieter am 29.02.) in Höhe
von 91,40 EUR auf Ihr Konto bei der Volksbank, das Sie uns genannt haben.

Entschuldigen Sie bitte den Standardbrief vom letzten Mittwoch, in dem pauschal
ein Erbschein verlangt wurde – das war nicht richtig.

Mit freundlichen Grüßen
Birte Hansen
Bestand Sach
Elbauen Allgemeine Versicherung AG

> Sehr geehrte Frau Hansen,
> ein Erbschein kostet mich über 300 Euro beim Amtsgericht, für 90 Euro
> Erstattung! Meine Mutter hat ein Testament gemacht, das ist eröffnet
> worden, das Protokoll habe ich Ihnen geschickt. Reicht das nicht?
> J. Ehrentraut
""")


def m053():
    return mail(53, "CONFIDENTIAL", "de", "insurer-to-customer",
                "dog liability and dog surgery cover of a deceased owner transferred to the niece; the dog's health (animal) -> CONFIDENTIAL",
                "Tierversicherung Elbauen <tier@elbauen-versicherung.example>",
                "Franziska Tamm <f.tamm@mailbox.example>",
                "Hundehaftpflicht und OP-Versicherung für \"Balu\" – Übernahme",
                body="""Liebe Frau Tamm,

schön, dass Balu bei Ihnen ein neues Zuhause gefunden hat – und unser Beileid
zum Tod Ihres Onkels, Herrn Manfred Tamm.

Wir haben beide Verträge zum 01.03.2024 auf Sie umgeschrieben:

  TH 20-004418  Hundehaftpflicht, Deckung 10 Mio. EUR
  TO 20-004419  OP-Kostenversicherung Hund

Sie hatten gefragt, ob die Kreuzband-OP vom letzten Herbst Folgen für die
OP-Versicherung hat: Die Operation hat Ihr Onkel damals bei uns eingereicht, sie
wurde bezahlt. Weitere Behandlungen am rechten Knie sind weiterhin versichert;
eine Wartezeit entsteht durch die Übernahme nicht neu. Die Zahnsanierung, die
der Tierarzt empfohlen hat, ist dagegen keine Operation im Sinne des Vertrags.

Der Beitrag (zusammen 21,90 EUR monatlich) wird ab März von Ihrem Konto
abgebucht; das SEPA-Mandat haben Sie uns ja schon geschickt.

Herzliche Grüße
Janine Pflug
Tierversicherung
Elbauen Allgemeine Versicherung AG
""")


def m054():
    return mail(54, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "orphans' pensions from a bAV contract: children's names, birth dates, amounts, school certificate",
                "Martina Kowalczyk <martina.kowalczyk@elbauen-versicherung.example>",
                "Nadine Gebauer <nadine.gebauer@elbnet.example>",
                "Waisenrente für Jonas und Mia – Pensionskassenvertrag PK 2011-0448820",
                body="""Sehr geehrte Frau Gebauer,

wie telefonisch besprochen hier die Zusammenfassung zu den Waisenrenten aus der
betrieblichen Altersversorgung Ihres verstorbenen Mannes, Herrn Sebastian
Gebauer (Pensionskassenvertrag PK 2011-0448820, Arbeitgeber Stadtwerke
Bernburg GmbH).

Ihre Witwenrente (monatlich 311,20 EUR) läuft bereits seit 01.02.2024.

Zusätzlich erhalten Ihre Kinder je eine Halbwaisenrente von 10 % der
versicherten Altersrente:

  Jonas Gebauer, geb. 19.08.2008   51,87 EUR monatlich
  Mia Gebauer, geb. 02.04.2013     51,87 EUR monatlich

Die Waisenrente wird bis zum 18. Geburtstag gezahlt, darüber hinaus bis
längstens zum 25. Geburtstag, solange sich das Kind in Schul- oder
Berufsausbildung oder im Studium befindet. Für Jonas benötigen wir daher im
August eine Schulbescheinigung für das Schuljahr 2024/25; wir erinnern Sie
rechtzeitig.

Die Renten zahlen wir auf Ihr Konto, da Sie die gesetzliche Vertreterin beider
Kinder sind. Bitte schicken Sie uns noch die Steuer-Identifikationsnummern der
Kinder; ohne diese müssen wir die Zahlungen dem Finanzamt mit Ersatzdaten
melden.

Mit freundlichen Grüßen
Martina Kowalczyk
bAV-Leistung / Hinterbliebenenversorgung
Elbauen Lebensversicherung AG
""")


def m055():
    sample = "\r\n".join([
        "record_id;surname;first_name;date_of_birth;postcode;match_status;date_of_death",
        "T-0001;Mustermann;Max;01.01.1950;99999;confirmed;15.01.2024",
        "T-0002;Musterfrau;Erika;12.08.1942;99999;no match;",
        "T-0003;Beispiel;Hans;30.06.1938;99999;probable (name variant);02.02.2024",
        "# synthetic test records for demonstration only - not real persons",
    ]).encode("utf-8")
    return mail(55, "NORMAL", "en", "insurer-to-supplier",
                "trap: vendor pitch for death-register matching with clearly synthetic sample records",
                "Henrik Voss <henrik.voss@elbauen-versicherung.example>",
                "Tom Ellery <tom.ellery@lifetrace-data.example>",
                "RE: LifeTrace mortality screening - demo file",
                body="""Hi Tom,

thanks for the call and the demo file (attached again for my colleagues). As
mentioned, we can only run a pilot if the matching runs on our premises or in
the EU, and we would need a data processing agreement and a DPIA before any
real policy data is used. For the pilot please quote:

- one-off screening of approx. 60,000 in-force annuity and bAV pension records
- monthly delta screening
- match rates you achieved with other German insurers (aggregate only)

Best regards
Henrik

> From: Tom Ellery <tom.ellery@lifetrace-data.example>
> Hi Henrik, great talking to you. As promised, our demo output with the
> fictitious Max Mustermann data set. Typical findings in a first screening
> of an annuity book: 0.3-0.8 % of annuitants already deceased, pensions
> still being paid. Happy to set up a pilot.
> Tom
""", atts=[("LifeTrace_demo_output_synthetic.csv", sample, "text/csv")])


def m056():
    return mail(56, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "travel health cover: repatriation of mortal remains after death abroad from a stroke; named deceased",
                "Assistance Desk <assistance@elbauen-versicherung.example>",
                "Christopher Hain <chris.hain@globemail.example>",
                "Repatriation of Mr Klaus Hain - case AS-2024-00381",
                body="""Dear Mr Hain,

We are very sorry for the loss of your father.

We confirm that the repatriation of your father's mortal remains from Málaga to
Dessau is covered under his annual travel insurance RK 60-220193 (travel health,
section 4.3 "Transport of the deceased", up to EUR 15,000).

According to the death certificate of Hospital Costa del Sol, Mr Klaus Hain died
on 21 February 2024 following an ischaemic stroke (ICD I63.9); he had been
admitted on 17 February. The treating hospital has confirmed that no autopsy
was ordered, so the body can be released.

Next steps:
1. Our partner undertaker in Spain, Funeraria Sol y Mar, will collect your
   father on 26 February and prepare the international transfer (zinc coffin,
   "laissez-passer" for the corpse).
2. The transfer by road to Bestattungshaus Ahlers in Dessau is expected to take
   three days.
3. The hospital invoice for the four days in intensive care has been settled
   by us directly with the hospital.

Costs of the funeral itself in Germany are not covered by the travel policy.
Please contact us at any time on +49 391 5508-9999 (24 hours).

Kind regards

María Delgado Vogel
Assistance Desk
Elbauen Allgemeine Versicherung AG
""")


def m057():
    fwd = inner(
        "Bestattungshaus Ahlers <buero@bestattungen-ahlers.example>",
        "sterbegeld@elbauen-versicherung.example",
        "Sterbefall Else Wunderlich – Sterbegeld SG 0871143",
        "Fri, 16 Feb 2024 15:12:44 +0100",
        """Sehr geehrte Damen und Herren,

wir zeigen Ihnen den Sterbefall Ihrer Versicherten an:

Frau Else Wunderlich, geb. Hoppe, geb. 03.10.1931,
verstorben am 14.02.2024 im Seniorenzentrum Am Lindenpark, Dessau-Roßlau.
Todesursache laut Totenschein: Herz-Kreislauf-Versagen bei fortgeschrittener
Demenz (Alzheimer), Pflegegrad 5, bettlägerig seit 2022.

Die Tochter, Frau Renate Kühn (Bezugsberechtigte), hat uns mit der Bestattung
beauftragt und den Anspruch aus der Sterbegeldversicherung SG 0871143 in Höhe
der Bestattungskosten an uns abgetreten (Abtretung anbei). Unsere Rechnung
folgt nach der Beisetzung am 28.02.

Mit freundlichen Grüßen
Monika Ahlers
Bestattungshaus Ahlers, Dessau
""")
    return mail(57, "STRICTLY_CONFIDENTIAL", "de", "company",
                "body says only 'please file'; forwarded undertaker mail (message/rfc822) gives cause of death, dementia, care level",
                "Aylin Demir <aylin.demir@elbauen-versicherung.example>",
                "Scan-Center <scan-center@elbauen-versicherung.example>",
                "WG: Sterbefall – bitte zur Akte",
                body="""Bitte zur Akte SG 0871143 nehmen, Abtretung kommt per Post.
Danke, A. Demir
""", atts=[(None, fwd)])


def m058():
    return mail(58, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "BU pension paid after the insured's death reclaimed from the heirs; BU is a life line; amounts and names",
                "Leistung BU <leistung-bu@elbauen-versicherung.example>",
                "Steffen Brückner <steffen.brueckner@web.example>",
                "Berufsunfähigkeitsrente BU 2014-0227561 – Rückforderung überzahlter Rente",
                body="""Sehr geehrter Herr Brückner,

wir bedauern den Tod Ihres Bruders, Herrn Andreas Brückner, sehr.

Ihr Bruder bezog aus seiner Berufsunfähigkeitsversicherung BU 2014-0227561
seit 2019 eine monatliche Rente von 1.250,00 EUR. Mit seinem Tod am 28.12.2023
ist der Anspruch erloschen. Weil wir erst am 12.02.2024 von seinem Tod erfahren
haben, wurden die Renten für Januar und Februar 2024 noch auf sein Konto
überwiesen.

Die Rentenbank hat die Februarrente auf unsere Rückforderung hin
zurückgebucht. Die Januarrente (1.250,00 EUR) konnte nicht zurückgebucht werden,
weil über das Konto bereits verfügt wurde.

Sie haben uns mitgeteilt, dass Sie gemeinsam mit Ihrer Schwester Erbe sind. Wir
bitten Sie daher als Erben, den Betrag von 1.250,00 EUR bis zum 31.03.2024 auf
unser Konto bei der Deutschen Bundesbank zu überweisen (Verwendungszweck:
BU 2014-0227561 Rückforderung). Falls Sie das Erbe ausgeschlagen haben, lassen
Sie uns bitte eine Kopie der Ausschlagungserklärung zukommen.

Mit freundlichen Grüßen
Leistung Berufsunfähigkeit
Elbauen Lebensversicherung AG
""")


def m059():
    return mail(59, "CONFIDENTIAL", "de", "insurer-to-customer",
                "frost damage in the empty house of a deceased owner: claim number, address, heirs; no health data",
                "Schaden Sach <schaden-sach@elbauen-versicherung.example>",
                "Björn Weidlich <bjoern.weidlich@t-post.example>",
                "Schaden WG-2024-01188 – Leitungswasser/Frost, Siedlungsweg 7, 06449 Aschersleben",
                body="""Sehr geehrter Herr Weidlich,

Ihre Schadenmeldung zum Frostschaden im Haus Ihres verstorbenen Vaters, Herrn
Rolf Weidlich, haben wir unter der Schadennummer WG-2024-01188 erfasst
(Wohngebäudeversicherung WG 60-441272).

Nach Ihrer Schilderung ist am 20.01.2024 eine Wasserleitung im Bad im
Obergeschoss geplatzt; das Haus steht seit dem Tod Ihres Vaters im November
leer. Der Schaden wurde am 24.01. von der Nachbarin bemerkt.

Bitte beantworten Sie uns noch folgende Fragen:
1. War die Heizung eingeschaltet, und auf welche Temperatur war sie eingestellt?
2. Wer hat das Haus seit dem Tod Ihres Vaters kontrolliert, und wie oft?
3. Wurden die Wasserleitungen entleert oder der Haupthahn abgesperrt?

Hintergrund: Nach § 16 Nr. 1 b VGB müssen in nicht genutzten Gebäuden alle
wasserführenden Anlagen abgesperrt, entleert und entleert gehalten oder
ausreichend beheizt werden. Wir wissen, dass nach einem Todesfall vieles
gleichzeitig zu regeln ist, und werden das bei der Prüfung berücksichtigen.

Ein Sachverständiger (Herr Dipl.-Ing. Lutz Hartwig) wird sich wegen eines
Besichtigungstermins bei Ihnen melden.

Mit freundlichen Grüßen
Schadenservice Sach
Elbauen Allgemeine Versicherung AG
""")


def m060():
    return mail(60, "NORMAL", "de", "internal",
                "trap: data-protection training notes on data of deceased persons and § 203 StGB; fictitious examples only",
                "Sabine Oertel <datenschutz@elbauen-versicherung.example>",
                "team-sterbefall@elbauen-versicherung.example; leistung-unfall@elbauen-versicherung.example",
                "Unterlagen Datenschutz-Schulung \"Daten Verstorbener\" vom 27.02.",
                body="""Liebe Kolleginnen und Kollegen,

danke für die rege Beteiligung an der Schulung. Hier die wichtigsten Punkte
zum Nachlesen:

1. Die DSGVO gilt nur für lebende Personen (Erwägungsgrund 27). Trotzdem:
   - Gesundheitsdaten Verstorbener unterliegen weiter § 203 StGB; die
     Schweigepflicht endet nicht mit dem Tod.
   - Fast jede Sterbefallakte enthält Daten Lebender: Hinterbliebene, Erben,
     Bezugsberechtigte, Bankverbindungen. Für die gilt die DSGVO voll.

2. Todesursache ist Gesundheitsdatum. Sie gehört nicht in Schreiben an Erben,
   Bestatter oder Notare, außer wenn es für die Leistungsentscheidung zwingend
   erklärt werden muss (z. B. Ablehnung nach § 161 VVG) – und dann nur an den
   Anspruchsteller.

3. Auskunft an Angehörige: Nur an Bezugsberechtigte, Erben (mit Nachweis) oder
   Bevollmächtigte mit Vollmacht über den Tod hinaus. Der Satz "Ich bin die
   Tochter" am Telefon reicht nicht.

4. Beispiel aus der Übung (fiktiv): "Frau A. ruft an und fragt, woran ihr Vater
   gestorben ist, steht das in Ihrer Akte?" – Antwort: Wir geben keine
   Auskunft zur Todesursache am Telefon; der behandelnde Arzt ist der richtige
   Ansprechpartner.

5. E-Mail: Alles, was einen Vertrag in Leben/Kranken/Unfall betrifft, geht nur
   verschlüsselt raus – auch wenn "nur" eine Bankverbindung drinsteht.

Die Folien liegen im Intranet unter Datenschutz > Schulungen.

Viele Grüße
Sabine Oertel
Datenschutzbeauftragte
""")


def m061():
    return mail(61, "STRICTLY_CONFIDENTIAL", "en", "internal",
                "claims committee minutes: rescission case, non-disclosed depression (F33.1) of a deceased insured",
                "Jens Paulick <jens.paulick@elbauen-versicherung.example>",
                "claims-committee-life@elbauen-versicherung.example",
                "Minutes - Life Claims Committee 22 Feb 2024",
                body="""MINUTES - LIFE CLAIMS COMMITTEE
Date: 22 February 2024, 14:00-15:10, room 4.12 / Teams
Present: A. Rethmeier (chair), J. Paulick, Dr. U. Feldmann, Dr. F. Brandauer,
         S. Lindqvist (Nordic Re, item 2 only)

1. Approval of minutes of 25 January - approved.

2. Claim LS-2023-011472, insured Sören Hildebrand (born 1979), term life
   LV 2021-0603390, sum insured EUR 300,000, death 14.11.2023 (road accident,
   no alcohol).
   - Hospital records obtained show outpatient and inpatient treatment for
     recurrent depressive disorder (F33.1) in 2019-2020, incl. 6 weeks in a
     psychosomatic clinic in 2020. The application of 03/2021 answered the
     question on psychiatric/psychotherapeutic treatment in the last 5 years
     with "no".
   - Medical officer: with this history we would have applied a 5-year
     exclusion for suicide-related claims and a +50 % loading, not declined.
     The cause of death (accident) is unrelated to the non-disclosed condition.
   - Legal: rescission under section 19 (2) VVG requires at least gross
     negligence; fraud cannot be proven. Because the non-disclosed condition
     did not cause the insured event (section 21 (2) VVG), we remain liable
     even after rescission.
   DECISION: pay the full sum insured to the beneficiary (partner, Ms Nele
   Strauß). Nordic Re agrees (share EUR 150,000).

3. Any other business - none.

Minutes: J. Paulick
""")


def m062():
    return mail(62, "NORMAL", "de", "internal",
                "trap: works council note on special leave in the event of a death in the family; general rules, no person",
                "Betriebsrat Elbauen <betriebsrat@elbauen-versicherung.example>",
                "alle-mitarbeitenden@elbauen-versicherung.example",
                "Info des Betriebsrats: Sonderurlaub bei Todesfällen",
                body="""Liebe Kolleginnen und Kollegen,

in den letzten Wochen kamen mehrere Fragen dazu, wie viel Freistellung es gibt,
wenn ein Angehöriger stirbt. Nach § 14 MTV und unserer Betriebsvereinbarung
"Arbeitsbefreiung" gilt:

- Tod des Ehegatten/eingetragenen Lebenspartners, eines Kindes oder Elternteils:
  2 Arbeitstage bezahlte Freistellung (BV: zusätzlich 1 Tag)
- Tod von Geschwistern, Großeltern, Schwiegereltern: 1 Arbeitstag
- Teilnahme an der Beerdigung bei anderen nahen Angehörigen: nach Absprache
  mit der Führungskraft, Gleitzeit oder Urlaub

Den Antrag stellt ihr wie gewohnt im Zeitportal unter "Sonderurlaub" – eine
Sterbeurkunde müsst ihr NICHT vorlegen, eine kurze Erklärung reicht.

Außerdem erinnern wir an unsere Sozialberatung: Frau Dörte Kahl ist auch für
Gespräche in Trauersituationen da, vertraulich und während der Arbeitszeit
(Tel. -1155).

Euer Betriebsrat
""")


def m063():
    return mail(63, "NORMAL", "en", "internal",
                "trap: weekly excess mortality figures from official statistics, population aggregates only",
                "Henrik Voss <henrik.voss@elbauen-versicherung.example>",
                "risk-committee@elbauen-versicherung.example",
                "Excess mortality update - weeks 1-7/2024",
                body="""Hi all,

short update for the risk dashboard. Official provisional death counts
(federal statistics office, special evaluation, all of Germany):

  week    deaths 2024   median 2020-2023   difference
  01      22,410        24,730             -9 %
  02      21,985        24,105             -9 %
  03      20,870        23,390             -11 %
  04      20,320        22,690             -10 %
  05      19,910        22,085             -10 %
  06      19,650        21,740             -10 %
  07      19,480        21,110             -8 %

Saxony-Anhalt follows the national pattern. The mild flu season means no
signal for our portfolio; no need to adjust the IBNR for death claims in Q1.

Henrik
""")


def m064():
    return mail(64, "CONFIDENTIAL", "en", "insurer-to-customer",
                "liability claim against the estate of a deceased policyholder (water damage to neighbour): names, claim no.",
                "Claims Liability <schaden-haftpflicht@elbauen-versicherung.example>",
                "Sarah Okafor <sarah.okafor@londonmail.example>",
                "Claim PH-2024-00842 - water damage caused by your late father's flat",
                body="""Dear Ms Okafor,

thank you for your email. We understand how difficult it must be to deal with
this in addition to the loss of your father.

On 11 January 2024, before your father, Mr Emmanuel Okafor, died, water
escaped from a burst washing machine hose in his flat at Leipziger Str. 54,
39112 Magdeburg, and damaged the ceiling of the flat below (tenant: Mr Paul
Franke). The claim is covered by your father's personal liability policy
PH 41-660372, which was in force at the time of the damage.

You do not have to pay anything yourself. We will deal directly with Mr Franke
and the building's insurer. As one of the heirs you may be contacted by the
landlord; please refer them to us and quote claim number PH-2024-00842.

We do not need anything else from you at the moment.

Kind regards

Jan Wöhlert
Liability Claims
Elbauen Allgemeine Versicherung AG
""")


def m065():
    return mail(65, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
                "request to a GP for information on a deceased insured's COPD and smoking, with confidentiality waiver",
                "Dr. Ulrike Feldmann <ulrike.feldmann@elbauen-versicherung.example>",
                "Praxis Dr. Vogt <praxis@praxis-vogt.example>",
                "Anfrage ärztliche Auskunft – Herr Egon Schreiber, geb. 02.07.1955, verst. 12.02.2024",
                body="""Sehr geehrter Herr Kollege Vogt,

Ihr Patient, Herr Egon Schreiber, geb. 02.07.1955, wohnhaft Wilhelmstraße 3,
39218 Schönebeck, ist am 12.02.2024 verstorben. Laut Todesbescheinigung war die
Todesursache eine akut exazerbierte COPD (J44.1) mit respiratorischer
Insuffizienz.

Herr Schreiber hat im Mai 2022 bei uns eine Risikolebensversicherung beantragt
und dabei angegeben, Nichtraucher zu sein und in den letzten fünf Jahren nicht
wegen Erkrankungen der Atemwege behandelt worden zu sein.

Wir bitten Sie daher um folgende Auskünfte:
1. Seit wann war Herr Schreiber wegen COPD oder anderer Lungenerkrankungen in
   Ihrer Behandlung? Bitte nennen Sie GOLD-Stadium und Medikation
   (z. B. LAMA/LABA) mit Datum der Erstverordnung.
2. Bestand Nikotinkonsum? Wenn ja, in welchem Umfang und bis wann?
3. Lagen Befunde von Lungenfunktionsprüfungen vor Mai 2022 vor? Falls ja,
   bitten wir um Kopien.

Eine Schweigepflichtentbindungserklärung des Verstorbenen aus dem Antrag und
die Einwilligung der Erbin (Ehefrau, Frau Waltraud Schreiber) liegen bei. Für
Ihre Auskunft vergüten wir Ihnen 45,00 EUR zzgl. Kopierkosten nach Ziff. 80
GOÄ analog. Bitte senden Sie die Unterlagen per Post oder Fax an die
gesellschaftsärztliche Abteilung.

Mit freundlichen kollegialen Grüßen
Dr. med. Ulrike Feldmann
Gesellschaftsärztin, Elbauen Lebensversicherung AG
Fax 0391 5508-2299
""")


def m066():
    return mail(66, "NORMAL", "de", "internal",
                "trap: hotline hours on Totensonntag; no person",
                "Kundenservice Teamleitung <service-leitung@elbauen-versicherung.example>",
                "kundenservice-alle@elbauen-versicherung.example",
                "Erreichbarkeit rund um Totensonntag / Hinweis Sterbefall-Hotline",
                body="""Hallo zusammen,

kurze Planung für November (ja, früh, aber der Dienstplan muss raus):

- Buß- und Bettag (20.11.): normale Besetzung, in Sachsen-Anhalt kein Feiertag.
- Totensonntag (24.11.): Hotline geschlossen wie jeden Sonntag. Die
  Sterbefall-Hotline leitet wie üblich auf den Assistance-Dienst um, der
  Meldungen aufnimmt und Rückrufe für Montag einstellt.
- Montag 25.11.: erfahrungsgemäß viele Anrufe zu Sterbefällen, bitte ab 8 Uhr
  zwei Kolleg:innen zusätzlich im Skill "Leben/Sterbefall".

Wer tauschen möchte, bitte bis Ende des Monats bei mir melden.

Danke!
Ina
""")


def m067():
    tvz = pdf([
        "Amtsgericht Genthin - Nachlassgericht",
        "Geschäftsnummer: 3 VI 44/24",
        "",
        "TESTAMENTSVOLLSTRECKERZEUGNIS",
        "",
        "Herr Marcel Lüdecke, geboren am 17.05.1982, wohnhaft Am Elbdeich 9, 39307 Genthin,",
        "ist zum Testamentsvollstrecker über den Nachlass des am 22.12.2023 in Genthin",
        "verstorbenen Herrn Eberhard Lüdecke, geboren am 09.01.1944, zuletzt wohnhaft",
        "Brandenburger Str. 15, 39307 Genthin, ernannt worden.",
        "",
        "Der Testamentsvollstrecker ist in der Verwaltung des Nachlasses nicht beschränkt.",
        "",
        "Genthin, 01.02.2024",
        "Rechtspflegerin Schwabe",
        "(Ausfertigung)",
    ], "Testamentsvollstreckerzeugnis")
    return mail(67, "CONFIDENTIAL", "de", "customer",
                "private executor cancels motor and liability policies; attached certificate of executorship with birth dates",
                "Nico Baumgart <nico.baumgart@elbauen-versicherung.example>",
                "bestand-sach@elbauen-versicherung.example; kfz-bestand@elbauen-versicherung.example",
                "WG: Kündigung Verträge Eberhard Lüdecke",
                body="""Hallo zusammen,
Kfz und PHV, Testamentsvollstreckerzeugnis hängt an. Bitte jeweils in eurer
Sparte bearbeiten.
Danke, Nico

Von: Marcel Lüdecke <marcel.luedecke@freenet-post.example>
Gesendet: Sonntag, 25. Februar 2024 20:13
Betreff: Kündigung Verträge Eberhard Lüdecke

Hallo,

als Testamentsvollstrecker für meinen Onkel Eberhard Lüdecke kündige ich
hiermit alle seine Verträge bei Ihnen zum nächstmöglichen Termin:
- Kfz (Opel Astra, JL-EL 44, Vertrag KF-84 7730015), Wagen ist verkauft am 19.02.
- Haftpflicht PH 40-501876
Zeugnis vom Amtsgericht anbei. Guthaben bitte auf das Nachlasskonto, das
steht in meinem Brief vom Januar.

Gruß M. Lüdecke
""", atts=[("TV-Zeugnis_AG_Genthin.pdf", tvz)])


def m068():
    return mail(68, "NORMAL", "en", "insurer-to-supplier",
                "trap: translation agency rate quote for death certificates, wills and probate documents; no person",
                "Oliver Grant <oliver.grant@elbauen-versicherung.example>",
                "Kirsten Maaß <office@uebersetzungen-maass.example>",
                "RE: Framework agreement certified translations 2024",
                body="""Dear Ms Maaß,

thank you for the revised offer. To confirm what we agreed for 2024:

  Document type                                  price per document
  Death certificate (EN/FR/ES/IT/PL -> DE)       EUR 39.00 flat
  Grant of Probate / Letters of Administration   EUR 1.70 per standard line
  Wills, court orders, notarial deeds            EUR 1.70 per standard line
  Apostille check and certification stamp        EUR 12.00
  Express (48 h) surcharge                       +50 %

Documents will be sent to you via our secure file transfer only; please make
sure your staff do not forward them by ordinary e-mail. Invoices per case,
quoting our reference, to rechnungseingang@elbauen-versicherung.example.

The purchase order will follow from our procurement team.

Kind regards
Oliver Grant
International Customer Desk
""")


def m069():
    return mail(69, "NORMAL", "de", "insurer-to-broker",
                "trap: broker's general question whether an Erbschein is needed; answered in general, no client",
                "Maklerbetreuung Elbauen <maklerbetreuung@elbauen-versicherung.example>",
                "Vorsorgekontor Weser GmbH <service@vorsorgekontor.example>",
                "AW: Allgemeine Frage Erbschein bei Lebensversicherung",
                body="""Hallo Herr Sturm,

kurz und allgemein:

- Ist im Vertrag ein Bezugsberechtigter eingetragen, brauchen wir keinen
  Erbschein – nur Sterbeurkunde, ggf. ärztliche Bescheinigung, Ausweiskopie und
  Bankverbindung des Bezugsberechtigten.
- Nur wenn niemand eingetragen ist (oder der Eingetragene vorverstorben ist),
  fällt die Leistung in den Nachlass. Dann reicht auch ein notarielles Testament
  mit Eröffnungsprotokoll.
- Bei Sterbegeld mit Abtretung an den Bestatter zahlen wir bis zur Höhe der
  Rechnung direkt an den Bestatter.

Für konkrete Fälle schicken Sie uns gern die Vertragsnummer über das
Maklerportal, dann schaut das Team Sterbefall individuell drauf.

Viele Grüße
Maklerbetreuung Nord

> Moin, kurze Grundsatzfrage für unser Beratungshandbuch: Wann verlangt ihr bei
> Leben einen Erbschein? Haben öfter Kunden, die da unsicher sind.
> Gruß, H. Sturm
""")


def m070():
    return mail(70, "NORMAL", "de", "insurer-to-supplier",
                "trap: order for secure destruction of death-claim files after retention; volumes only, no person",
                "Facility Management <facility@elbauen-versicherung.example>",
                "disposition@aktenvernichtung-mitte.example",
                "Auftrag Aktenvernichtung Sicherheitsstufe P-4 – Leistungsakten Leben Jahrgänge bis 2013",
                body="""Sehr geehrte Damen und Herren,

hiermit beauftragen wir gemäß Rahmenvertrag RV-2022-07:

- Vernichtung von ca. 14,5 t Papierakten (Leistungsakten Leben, Sterbefälle und
  Abläufe, Jahrgänge 2003–2013, Aufbewahrungsfrist abgelaufen)
- Sicherheitsstufe P-4 nach DIN 66399, Schutzklasse 3 (besonders sensible
  Daten, § 203 StGB)
- Abholung in verplombten Sicherheitsbehältern (240 l), ca. 60 Behälter
- Abholtermin: 18.03.2024 ab 7:00 Uhr, Rampe Tor 2, Ansprechpartner
  Herr Kühnel (0391 5508-1720)
- Vernichtungsprotokoll mit Behälternummern und Gewicht bitte an
  facility@elbauen-versicherung.example

Mit freundlichen Grüßen
Facility Management
Elbauen Versicherung
""")


def m071():
    sheet = ods([
        ["Erbengemeinschaft nach Edeltraud Bischoff, verst. 07.12.2023 – Wohngebäude WG 61-220954, Thälmannstr. 21, 39387 Oschersleben"],
        ["Erbe/Erbin", "geb.", "Anschrift", "Erbquote", "Zustellbevollmächtigt"],
        ["Bischoff, Ralf", "11.03.1960", "Thälmannstr. 21, 39387 Oschersleben", "1/2", "ja"],
        ["Kunze, Birgit geb. Bischoff", "24.10.1963", "Lindenring 8, 38820 Halberstadt", "1/4", "nein"],
        ["Bischoff, Tim", "05.02.1991", "Kantstr. 102, 10627 Berlin", "1/8", "nein"],
        ["Bischoff, Lara", "18.07.1994", "Rua Augusta 41, Lisboa", "1/8", "nein"],
        ["Quelle: Erbschein AG Oschersleben 4 VI 201/23 vom 30.01.2024"],
    ], "Erben")
    return mail(71, "CONFIDENTIAL", "de", "insurer-to-customer",
                "harmless body; attached ODS lists heirs of a building owner with birth dates, addresses, shares",
                "Birte Hansen <birte.hansen@elbauen-versicherung.example>",
                "Ralf Bischoff <r.bischoff@boerdemail.example>",
                "Ihre Unterlagen – bitte prüfen",
                body="""Guten Tag Herr Bischoff,

anbei wie besprochen unsere Aufstellung. Bitte prüfen Sie die Angaben und
geben Sie mir kurz Bescheid, ob alles stimmt – dann stellen wir den Vertrag um.

Viele Grüße
Birte Hansen
Elbauen Allgemeine Versicherung AG
""", atts=[("Aufstellung.ods", sheet)])


def m072():
    return mail(72, "NORMAL", "mixed", "internal",
                "trap: German/English text modules for condolence paragraphs; placeholders only",
                "Oliver Grant <oliver.grant@elbauen-versicherung.example>",
                "Katrin Möbius <katrin.moebius@elbauen-versicherung.example>",
                "Textbausteine Kondolenz EN – bitte gegenlesen",
                body="""Hi Katrin,

für die englischen Leistungsbriefe habe ich die neuen Kondolenzbausteine
übersetzt. Kannst du kurz drüberschauen, ob die Tonalität passt? Our UK
customers tend to find the German originals a bit "stiff".

LL_TOD_ERST_02 Absatz 1
DE: "zum Tod von «Verstorbene_Anrede» «Verstorbene_Name» möchten wir Ihnen
     unser aufrichtiges Beileid aussprechen."
EN: "We were very sorry to hear of the death of «Deceased_Title»
     «Deceased_Name». Please accept our sincere condolences."

LL_TOD_ERST_02 Absatz 2
DE: "Wir wissen, dass in dieser Zeit vieles auf Sie zukommt ..."
EN: "We know there is a great deal to deal with at this time, and we want to
     make things with us as simple as possible for you."

Baustein A (Bezugsrecht)
EN: "You are named in the policy as the beneficiary. To pay the benefit, we
     only need the documents listed below."

Baustein B (Nachlass)
EN: "No beneficiary is named in the policy, so the benefit forms part of the
     estate. Please send us proof of who the heirs are - for example a
     certificate of inheritance (Erbschein), a Grant of Probate with a
     certified translation, or a European Certificate of Succession."

Thanks & cheers
Oliver
""")


def m073():
    return mail(73, "NORMAL", "en", "internal",
                "trap: internal audit summary on death-claims process; sample statistics, no names",
                "Internal Audit <internal-audit@elbauen-versicherung.example>",
                "Anja Rethmeier <anja.rethmeier@elbauen-versicherung.example>",
                "Audit report IA-2024-03 Death claims Life - executive summary",
                cc="Jens Paulick <jens.paulick@elbauen-versicherung.example>",
                body="""Executive summary - Audit IA-2024-03 "Death claims processing (Life)"

Scope: death claims settled 01.07.2022-30.06.2023 (term, endowment, funeral
cover, bAV survivor pensions). Random sample of 60 files, plus a targeted
sample of 15 claims above EUR 250,000.

Overall rating: SATISFACTORY with two findings of medium priority.

Finding 1 (medium): In 7 of 60 files the identity of the payee was checked
only against a copy of an ID card that had not been certified (AML procedure
requires video-ident or certified copy for payments above EUR 15,000).

Finding 2 (medium): In 4 of 60 files, letters to heirs or undertakers contained
information on the cause of death which was not needed for the decision. This
contradicts the data protection instruction DS-07. Recommendation: revise the
text modules and add a check to the four-eyes review.

Observation: Average processing time after complete documents was 6.8
working days (target 10). The two-week "courtesy period" before asking for
documents is appreciated in customer feedback.

Management response is due by 31 March 2024.

Internal Audit
""")


def m074():
    ipid = pdf([
        "Versicherungsprodukt-Informationsblatt (IPID)",
        "Elbauen Lebensversicherung AG - Produkt: Sterbegeldversicherung SG 2024",
        "",
        "Um welche Art von Versicherung handelt es sich?",
        "Eine Kapitalversicherung auf den Todesfall zur Deckung der Bestattungskosten.",
        "",
        "Was ist versichert?",
        "+ Auszahlung der vereinbarten Versicherungssumme (2.500 bis 15.000 EUR) bei Tod",
        "+ Überschussbeteiligung",
        "+ sofortiger voller Schutz bei Unfalltod",
        "",
        "Was ist nicht versichert?",
        "- bei Tod durch Krankheit in den ersten 24 Monaten: nur Rückzahlung der Beiträge",
        "- bei Selbsttötung in den ersten drei Jahren: nur Rückkaufswert (§ 161 VVG)",
        "",
        "Gibt es Deckungsbeschränkungen?",
        "! keine Gesundheitsprüfung; Eintrittsalter 40 bis 85 Jahre",
        "",
        "Wann und wie zahle ich? Monatlich, viertel-, halb- oder jährlich per Lastschrift.",
        "Wie kann ich den Vertrag kündigen? Jederzeit zum Ende der Versicherungsperiode.",
    ], "IPID Sterbegeld SG 2024")
    return mail(74, "NORMAL", "de", "insurer-to-customer",
                "trap: product information sheet for funeral cover sent to a prospect; no personal or health data",
                "Kundenservice Elbauen <service@elbauen-versicherung.example>",
                "Herbert Stoll <h.stoll@seniorennetz.example>",
                "Ihre Anfrage Sterbegeldversicherung",
                body="""Sehr geehrter Herr Stoll,

vielen Dank für Ihr Interesse an unserer Sterbegeldversicherung. Anbei finden
Sie das Produktinformationsblatt. Gesundheitsfragen stellen wir bei diesem
Tarif nicht.

Für ein persönliches Angebot benötigen wir nur die gewünschte Versicherungs-
summe und Ihr Eintrittsalter – gern rufen wir Sie auch an, wenn Sie uns eine
Telefonnummer nennen.

Mit freundlichen Grüßen
Ihr Kundenservice
Elbauen Versicherung
""", atts=[("IPID_Sterbegeld_SG2024.pdf", ipid)])


def m075():
    memo = docx([
        "Kanzlei Kühne & Partner – Rechtsanwälte – Erbrecht",
        "Aktenvermerk vom 23.02.2024, Az. 24/0117 Schrader ./. Schrader",
        "Gegenstand: Wirksamkeit des Testaments vom 11.05.2022 / Änderung des Bezugsrechts der LV 2009-0268841",
        "Die Erblasserin, Frau Ruth Schrader (geb. 05.09.1937, verst. 26.01.2024), hat am 11.05.2022 ein privatschriftliches "
        "Testament errichtet und am 20.05.2022 gegenüber der Elbauen Lebensversicherung AG das Bezugsrecht von ihrem Sohn "
        "Uwe Schrader auf ihre Nachbarin Frau Doris Engel geändert.",
        "Nach dem Entlassungsbericht der Geriatrischen Klinik Elbtal vom 03.03.2022 bestand zu diesem Zeitpunkt eine "
        "mittelschwere Alzheimer-Demenz (F00.1 G30.1), MMST 16/30; es wurde eine Betreuung für Gesundheitssorge angeregt.",
        "Der Hausarzt hat in seinem Attest vom 19.04.2022 eine Verschlechterung mit zeitlicher Desorientierung beschrieben.",
        "Bewertung: Es bestehen erhebliche Zweifel an der Testierfähigkeit (§ 2229 Abs. 4 BGB) und an der Geschäftsfähigkeit "
        "bei der Bezugsrechtsänderung (§ 104 Nr. 2 BGB). Gutachten eines Psychiaters anregen.",
        "Vorgehen: Versicherer auffordern, bis zur Klärung nicht an Frau Engel auszuzahlen; ggf. Hinterlegung nach § 372 BGB.",
    ])
    schreiben = pdf([
        "Kühne & Partner Rechtsanwälte, Breiter Weg 18, 39104 Magdeburg",
        "An: Elbauen Lebensversicherung AG, Leistung Leben",
        "Unser Zeichen: 24/0117",
        "Ihr Vertrag LV 2009-0268841 - Versicherte Person Ruth Schrader, verst. 26.01.2024",
        "",
        "Wir vertreten Herrn Uwe Schrader, den Sohn und testamentarischen Alleinerben",
        "nach dem Testament von 2015. Wir widersprechen der Auszahlung an Frau Doris Engel.",
        "Die Bezugsrechtsänderung vom 20.05.2022 ist wegen Geschäftsunfähigkeit der",
        "Versicherungsnehmerin (fortgeschrittene Demenz) unwirksam. Belege anbei.",
        "Wir fordern Sie auf, die Versicherungssumme bis zur Klärung zu hinterlegen.",
        "",
        "RA Matthias Kühne",
    ], "Schreiben 24-0117")
    bundle = zipped([("24-0117_Schreiben_Elbauen.pdf", schreiben), ("24-0117_Aktenvermerk.docx", memo)])
    return mail(75, "STRICTLY_CONFIDENTIAL", "de", "lawyer",
                "body only says 'documents'; ZIP from a law firm: contested beneficiary change, dementia diagnosis (F00.1) of the deceased",
                "Katrin Möbius <katrin.moebius@elbauen-versicherung.example>",
                "Dr. Felix Brandauer <felix.brandauer@elbauen-versicherung.example>",
                "WG: 24/0117 Unterlagen",
                body="""Felix, kannst du dir das bitte anschauen? Kam heute als ZIP von der Kanzlei
Kühne. Ich halte die Auszahlung erst mal an.

Katrin
""", atts=[("24-0117_Unterlagen.zip", bundle)])

def m076():
    text = """What to do when someone dies in Germany - a practical checklist

Losing someone is hard enough. If the death happens in Germany, these are the
first steps - and how we can help.

Within 36 hours
- A doctor must examine the deceased and issue the death certificate
  (Todesbescheinigung). If the person dies at home, call the family doctor or
  the on-call medical service (116 117).
- Contact an undertaker (Bestatter). They will usually register the death at
  the registry office (Standesamt) for you and obtain the official death
  certificate (Sterbeurkunde). Ask for several certified copies.

Within the first days
- Tell the insurers. Life insurance and funeral cover should be reported within
  a few days; most policies pay the beneficiary directly, without a
  certificate of inheritance.
- Cancel or transfer contracts: car insurance ends when the car is
  deregistered or transferred, home contents insurance continues until the
  flat is cleared (at most two months), liability insurance ends on death.
- Check whether a will exists. Wills kept at home must be handed to the probate
  court (Nachlassgericht) without delay.

Within six weeks
- Decide whether to accept or disclaim the inheritance. A disclaimer must be
  declared to the probate court within six weeks (six months if the deceased
  lived abroad).

Our Elbauen family service: call 0391 5508-2200 - one contact for all contracts.
"""
    html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h2>What to do when someone dies in Germany &ndash; a practical checklist</h2>
<p>Losing someone is hard enough. If the death happens in Germany, these are the first steps &ndash; and how we can help.</p>
<h3>Within 36 hours</h3>
<ul><li>A doctor must examine the deceased and issue the death certificate (<i>Todesbescheinigung</i>). If the person dies at home, call the family doctor or the on-call medical service (116 117).</li>
<li>Contact an undertaker (<i>Bestatter</i>). They will usually register the death at the registry office and obtain the official death certificate (<i>Sterbeurkunde</i>).</li></ul>
<h3>Within the first days</h3>
<ul><li>Tell the insurers. Life insurance and funeral cover usually pay the beneficiary directly, without a certificate of inheritance.</li>
<li>Car insurance ends when the car is deregistered or transferred, home contents insurance continues until the flat is cleared (at most two months), liability insurance ends on death.</li>
<li>Wills kept at home must be handed to the probate court without delay.</li></ul>
<h3>Within six weeks</h3>
<p>Decide whether to accept or disclaim the inheritance (six months if the deceased lived abroad).</p>
<p><a href="https://www.elbauen-versicherung.example/en/bereavement">Read more on our website</a> &middot; Family service 0391 5508-2200</p>
</body></html>
"""
    return mail(76, "NORMAL", "en", "insurer-to-partner",
                "trap: bereavement checklist article for the English website (death certificate, heirs, insurance); no person",
                "Lea Hoffmann <lea.hoffmann@elbauen-versicherung.example>",
                "Webredaktion Agentur Kranich <team@agentur-kranich.example>",
                "Text for /en/bereavement - final version",
                body=text, html=html)


def m077():
    return mail(77, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "contested beneficiary change shortly before death; payout withheld; names, policy, sums (life line)",
                "Katrin Möbius <katrin.moebius@elbauen-versicherung.example>",
                "Daniel Mercer <daniel.mercer@maplepost.example>",
                "Policy LV 2016-0301558 (late Mr Alan Mercer) - beneficiary dispute",
                body="""Dear Mr Mercer,

thank you for your email of 20 February.

We can confirm that your late father, Mr Alan Mercer, changed the beneficiary
of his life insurance policy LV 2016-0301558 on 9 January 2024, i.e. four weeks
before his death on 6 February 2024. The new beneficiary is his partner,
Ms Heike Borchert. Until then, you and your sister were the beneficiaries in
equal shares.

You have told us that you believe this change was not made by your father
himself. The change request we received was signed and came with a copy of his
passport. We have no indication so far that it is not genuine. However, since
you have announced legal action, we will not pay out the death benefit of
EUR 95,000 for the time being.

If we do not receive proof of a court action within four weeks, we will pay the
beneficiary named in the policy. Alternatively, we may deposit the amount with
the local court (Amtsgericht Magdeburg) under section 372 of the German Civil
Code, so that the court decides who is entitled.

Please understand that we cannot send you a copy of the change request, as it
contains personal data of the new beneficiary; your lawyer may request access.

Yours sincerely

Katrin Möbius
Life Claims - Death Benefits
Elbauen Lebensversicherung AG
""")


def m078():
    return mail(78, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "long-term care: care allowance (Pflegegrad 4) paid after death reclaimed from the son; care data of deceased",
                "Pflegeversicherung Elbauen <pflege@elbauen-versicherung.example>",
                "Thomas Reinecke <th.reinecke@t-post.example>",
                "Private Pflegepflichtversicherung PV 3310442 – Ihre Mutter Frau Hedwig Reinecke",
                body="""Sehr geehrter Herr Reinecke,

zum Tod Ihrer Mutter, Frau Hedwig Reinecke, sprechen wir Ihnen unser Beileid
aus.

Ihre Mutter erhielt seit dem 01.06.2022 Pflegegeld nach Pflegegrad 4 in Höhe von
800,00 EUR monatlich sowie seit Oktober 2023 zusätzlich Leistungen für den
Pflegedienst "Ambulante Pflege Sonnenschein" (Pflegesachleistung als
Kombinationsleistung, 58 % ausgeschöpft).

Das Pflegegeld wird für den Sterbemonat noch voll gezahlt (§ 37 Abs. 2 SGB XI).
Für März 2024 wurde es jedoch bereits am 29.02. überwiesen, obwohl Ihre Mutter
am 23.02.2024 verstorben ist. Wir bitten Sie daher, als Erbe den Betrag von
336,00 EUR (anteiliges Pflegegeld März, Kombinationsleistung berücksichtigt) an
uns zurückzuzahlen. Den Leihrollstuhl und das Pflegebett holt unser
Hilfsmittelpartner Reha-Service Elbe nach Absprache mit Ihnen ab.

Die Rechnung des Pflegedienstes für Februar begleichen wir direkt.

Die Kranken- und Pflegeversicherung Ihrer Mutter endet mit dem Todestag. Für den
Abschluss benötigen wir noch eine Kopie der Sterbeurkunde.

Mit freundlichen Grüßen
Pflegeversicherung – Leistung
Elbauen Krankenversicherung AG
""")


def m079():
    return mail(79, "CONFIDENTIAL", "en", "company",
                "fleet policy: employer reports that a named employee driver died; car and plate reassigned; no cause",
                "Fleet Desk <fleet@elbauen-versicherung.example>",
                "kfz-bestand@elbauen-versicherung.example",
                "FW: Fleet policy FL-0219 - change of driver, vehicle MD-SL 2207",
                body="""Please update driver list FL-0219, vehicle no. 14. Thanks, Fleet Desk

-----Original Message-----
From: Fleet Manager <fleet@saxonia-logistics.example>
Sent: Monday, February 26, 2024 9:02 AM
To: fleet@elbauen-versicherung.example
Subject: Fleet policy FL-0219 - change of driver, vehicle MD-SL 2207

Hello,

sadly our colleague Mr Mehmet Aydın, the named driver of company car
MD-SL 2207 (VW Passat Variant, VIN WVWZZZ3CZNE112233), passed away last week.
The car has been returned and will be assigned to Ms Ilka Voigtländer
(born 09.09.1990, licence since 2009) from 1 March 2024.

Please update the driver list. There are no open claims on this vehicle.

Regards
Dirk Pabst
Fleet Manager, Saxonia Logistics GmbH
""")


def m080():
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elbauen Versicherung//Terminplaner//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:hb-2024-03-05-dobberkau@elbauen-versicherung.example
DTSTAMP:20240226T120000Z
DTSTART:20240305T090000Z
DTEND:20240305T103000Z
SUMMARY:Hausbesuch Fr. Dobberkau – Witwenrente BV 2003-1177420
LOCATION:Petra Dobberkau\\, Gartenstr. 19\\, 39218 Schönebeck
DESCRIPTION:Witwenrente 394\\,25 EUR ab 05/2024 erklären\\, KVdR-Meldung (Krankenkasse fehlt noch)\\, Steuer-ID aufnehmen. Kundin ist seit dem Tod des Mannes in psychotherapeutischer Behandlung (Trauerreaktion)\\, Termin bitte ruhig und nicht zu lang. Unterlagen: Berechnung\\, Formular KVdR.
ORGANIZER;CN=Martina Kowalczyk:mailto:martina.kowalczyk@elbauen-versicherung.example
ATTENDEE;CN=Gerd Harnisch:mailto:gerd.harnisch@elbauen-versicherung.example
END:VEVENT
END:VCALENDAR
""")
    return mail(80, "STRICTLY_CONFIDENTIAL", "de", "internal",
                "calendar invitation only: home visit to a widow about her bAV pension; ICS notes her psychotherapy",
                "Martina Kowalczyk <martina.kowalczyk@elbauen-versicherung.example>",
                "Gerd Harnisch <gerd.harnisch@elbauen-versicherung.example>",
                "Einladung: Hausbesuch Schönebeck 05.03. 10:00",
                body="""Hallo Gerd,
kannst du mich am Dienstag begleiten? Details im Termin.
Martina
""", atts=[("Hausbesuch.ics", cal)])


def m081():
    return mail(81, "NORMAL", "de", "internal",
                "trap: steering committee minutes of a digital estate project (OCR of death certificates, KPIs); no person",
                "Projektbüro Nachlass-Digital <pmo-nachlass@elbauen-versicherung.example>",
                "lenkungsausschuss-nachlass@elbauen-versicherung.example",
                "Protokoll Lenkungsausschuss \"Nachlass digital\" – 3. Sitzung",
                body="""Protokoll – Lenkungsausschuss Projekt "Nachlass digital"
Sitzung 3, 26.02.2024, 10:00–11:30 Uhr

Teilnehmende: A. Rethmeier (Vorsitz), J. Paulick, B. Hansen, S. Oertel,
T. Lenz (IT), M. Brauer (PMO)

TOP 1 Status
- Online-Sterbefallmeldung: seit 01.02. live, 318 Meldungen im Februar,
  davon 71 % mit hochgeladener Sterbeurkunde.
- OCR-Auslese Sterbeurkunde: Erkennungsquote Name/Sterbedatum 94 %, Standesamt
  62 %. Ziel 90 % bis Juni.
- Spartenübergreifende Meldung (ein Formular für Leben, Sach, Kfz, Kranken):
  Konzept steht, Datenschutz prüft die Weitergabe zwischen den Gesellschaften.

TOP 2 Datenschutz
- S. Oertel: Todesursache darf nicht im spartenübergreifenden Formular abgefragt
  werden, nur im Leben-Teil und dort als Upload der ärztlichen Bescheinigung.
  Beschluss: so umsetzen.

TOP 3 Budget
- Verbrauch 58 % bei 50 % Laufzeit, Ampel gelb. Mehraufwand OCR.

TOP 4 Nächste Sitzung: 25.03.2024

gez. M. Brauer
""")


def m082():
    return mail(82, "CONFIDENTIAL", "de", "insurer-to-customer",
                "heir disclaimed the inheritance, so no premium demand; names, court file number, policy",
                "Forderungsmanagement <forderungen@elbauen-versicherung.example>",
                "Yvonne Schellhase <y.schellhase@mailbox.example>",
                "Ihr Schreiben vom 22.02.2024 – Hausratversicherung HR 50-778312",
                body="""Sehr geehrte Frau Schellhase,

vielen Dank für Ihr Schreiben und die Kopie der Niederschrift des Amtsgerichts
Zerbst (Az. 5 VI 77/24) über die Ausschlagung der Erbschaft nach Ihrem Bruder,
Herrn Marko Schellhase.

Da Sie die Erbschaft form- und fristgerecht ausgeschlagen haben, sind Sie nicht
Erbin geworden und haften nicht für den offenen Beitrag aus der Hausrat-
versicherung HR 50-778312 in Höhe von 142,80 EUR. Wir haben das Mahnverfahren
Ihnen gegenüber eingestellt; die Mahnung vom 12.02.2024 ist damit gegenstandslos.

Wir werden die Forderung beim Nachlassgericht anmelden. Sie müssen nichts weiter
tun.

Mit freundlichen Grüßen
Forderungsmanagement
Elbauen Allgemeine Versicherung AG
""")


def m083():
    return mail(83, "CONFIDENTIAL", "en", "broker",
                "UK broker writes about a late client's German car policy; names, plate, policy; no health data",
                "Maklerbetreuung Elbauen <maklerbetreuung@elbauen-versicherung.example>",
                "kfz-bestand@elbauen-versicherung.example",
                "FW: Late client Mr Graham Pike - car policy KF-86 3319027",
                body="""Bitte Kfz-Bestand – Makler aus UK, hat Vollmacht der Witwe (liegt im MVP).
Gruß Maklerbetreuung

----- Forwarded -----
From: Neil Ashby <neil@ashby-brokers.example>
Date: 23 February 2024 16:40
Subject: Late client Mr Graham Pike - car policy KF-86 3319027

Dear colleagues,

we act for Mrs Karen Pike, widow of our client Mr Graham Pike, who died on
2 February 2024 at their home in Wernigerode. Mr Pike's BMW (WR-GP 71) is
insured with you under KF-86 3319027.

Mrs Pike intends to keep the car and continue the insurance in her name. She
has held a UK licence since 1988 and a German licence (exchanged) since 2016.
Can she take over his no-claims class? She has no insurance record of her own
in Germany.

The signed authority from Mrs Pike is in your broker portal.

Kind regards
Neil Ashby
Ashby Insurance Brokers Ltd
""")


def m084():
    return mail(84, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "life payout to a US beneficiary: tax forms, SSN request, sum and policy (life line)",
                "Oliver Grant <oliver.grant@elbauen-versicherung.example>",
                "Melissa Grünewald-Carter <mgcarter@lakeshoremail.example>",
                "Death benefit policy LV 2011-0350902 - tax documentation needed (FATCA)",
                body="""Dear Ms Grünewald-Carter,

once again our condolences on the death of your mother, Mrs Ingrid Grünewald.

You are the sole beneficiary of her endowment policy LV 2011-0350902. The
benefit amounts to EUR 28,774.10 (sum insured EUR 25,000 plus bonuses).

As you are a U.S. citizen resident in Illinois, we must meet the reporting
requirements under FATCA before we can pay. Please send us:

1. a completed and signed IRS Form W-9 with your Social Security Number
   (we report the payment to the German Federal Central Tax Office, which
   forwards it to the IRS),
2. a copy of your passport,
3. your U.S. bank account details (account holder, account number, ABA
   routing number, SWIFT code of the bank).

Because the policy was taken out in 2011 and has run for less than twelve years,
the income portion (EUR 3,774.10) is subject to German withholding tax. We will
send you a tax certificate.

Please do not send the W-9 by ordinary email - use the secure upload link we
will send you separately.

Kind regards
Oliver Grant
International Customer Desk
Elbauen Lebensversicherung AG
""")


def m085():
    return mail(85, "NORMAL", "en", "internal",
                "trap: aggregated satisfaction survey of bereaved customers (NPS); no person",
                "Customer Insights <insights@elbauen-versicherung.example>",
                "Anja Rethmeier <anja.rethmeier@elbauen-versicherung.example>",
                "NPS bereaved customers Q4/2023",
                body="""Hi Anja,

results of the survey among beneficiaries and heirs whose death claim was
closed in Q4/2023 (invited 412, responses 131, rate 32 %):

  NPS overall                      +41  (Q3: +35)
  "Condolence felt sincere"        78 % agree
  "Knew which documents to send"   64 % agree (!)
  "Processing time acceptable"     83 % agree
  Contact by phone preferred       57 %

Top verbatims (anonymised):
- "The letter about the doctor's form was confusing, I didn't know which doctor."
- "Very kind lady on the phone, she called me back as promised."
- "Why do I have to send the death certificate three times for three contracts?"

Suggestions: one document checklist for all contracts of the deceased;
clearer explanation of the physician's statement.

Best
Customer Insights
""")


def m086():
    return mail(86, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "base64-encoded body: child accident policy ended after a child's death from leukaemia; condolence",
                "Leistung Unfall <leistung-unfall@elbauen-versicherung.example>",
                "Familie Hentschel <hentschel.family@elbnet.example>",
                "Kinderunfallversicherung KU 31-052207 – Leonie Hentschel",
                cte="base64",
                body="""Sehr geehrte Frau Hentschel, sehr geehrter Herr Hentschel,

wir haben Ihren Brief erhalten und sind tief betroffen vom Tod Ihrer Tochter
Leonie. Wir möchten Ihnen und Ihrer Familie von Herzen unser Mitgefühl
aussprechen.

Sie hatten gefragt, ob aus der Kinderunfallversicherung KU 31-052207 eine
Leistung möglich ist. Leonie ist an den Folgen ihrer akuten lymphatischen
Leukämie verstorben. Die Kinderunfallversicherung leistet bei Unfällen; die
Leistung "Krankheit" aus dem Baustein Kinderinvalidität greift bei einem
Invaliditätsgrad ab 50 % zu Lebzeiten und nicht im Todesfall. Zu Lebzeiten war
keine Invalidität festgestellt worden; die Therapie lief seit Juli 2023 im
Universitätsklinikum.

Wir haben den Vertrag zum Todestag, dem 09.02.2024, beendet und erstatten die
im Voraus gezahlten Beiträge (61,20 EUR) auf Ihr Konto. Außerdem haben wir
die Hinweise im Kundenkonto gelöscht, damit Sie keine weiteren Schreiben zu
diesem Vertrag erhalten.

Wenn Sie Fragen haben, rufen Sie mich bitte direkt an.

Mit stillem Gruß
Annett Rosin
Leistung Unfall
Elbauen Allgemeine Versicherung AG
Tel. 0391 5508-2620
""")


def m087():
    return mail(87, "CONFIDENTIAL", "de", "insurer-to-lawyer",
                "estate insolvency administrator: property and motor contracts of the deceased, claims against the estate",
                "Forderungsmanagement <forderungen@elbauen-versicherung.example>",
                "RA Dr. Hauke Timm <insolvenz@timm-insolvenz.example>",
                "Nachlassinsolvenzverfahren Kurt Polenz – AG Magdeburg 340 IN 21/24 – Forderungsanmeldung",
                body="""Sehr geehrter Herr Dr. Timm,

in dem Nachlassinsolvenzverfahren über den Nachlass des am 27.11.2023
verstorbenen Herrn Kurt Polenz, zuletzt wohnhaft Neustädter Platz 4,
39124 Magdeburg, melden wir folgende Forderungen zur Tabelle an:

1. Kfz-Haftpflicht/Teilkasko KF-87 4418290 (MD-KP 300):
   rückständige Beiträge 10/2023–11/2023          187,44 EUR
2. Hausratversicherung HR 51-902117:
   rückständiger Jahresbeitrag 2023 (anteilig)      88,15 EUR
3. Mahnkosten                                       10,00 EUR
   Summe                                           285,59 EUR

Den Kfz-Vertrag haben wir nach Abmeldung des Fahrzeugs zum 15.12.2023 beendet,
den Hausratvertrag zum 31.01.2024 (Räumung der Wohnung durch den Vermieter).

Ein Beitragsguthaben besteht nicht. Belege über die Beitragsforderungen
reichen wir auf Anforderung nach.

Mit freundlichen Grüßen
Forderungsmanagement
Elbauen Allgemeine Versicherung AG
""")


def m088():
    return mail(88, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "Riester pension contract on death: transfer to the widower's contract, subsidy repayment avoided; names, amounts",
                "Leistung Leben <leistung-leben@elbauen-versicherung.example>",
                "Holger Kerski <holger.kerski@web.example>",
                "Riester-Rentenversicherung RR 2008-0412277 Ihrer verstorbenen Ehefrau",
                body="""Sehr geehrter Herr Kerski,

mit Anteilnahme haben wir vom Tod Ihrer Ehefrau, Frau Sabine Kerski, erfahren.

Aus der Riester-Rentenversicherung RR 2008-0412277 steht im Todesfall das
gebildete Kapital zur Verfügung. Stand 23.02.2024:

  Vertragsguthaben                         18.904,33 EUR
  davon staatliche Zulagen                  2.548,00 EUR
  davon Steuervorteile (§ 10a EStG)           911,40 EUR

Wird das Guthaben einfach ausgezahlt, handelt es sich um eine "schädliche
Verwendung": Zulagen und Steuervorteile (3.459,40 EUR) müssten zurückgezahlt
werden. Das lässt sich vermeiden, weil Sie als Ehemann zum Todeszeitpunkt mit
Ihrer Frau zusammengelebt haben und beide in der EU wohnen:

  Das Kapital kann auf einen auf Ihren Namen lautenden Riester-Vertrag
  übertragen werden (§ 93 Abs. 1 Satz 4 Buchst. c EStG).

Sie haben bereits einen Riester-Vertrag bei uns (RR 2010-0509913). Wenn Sie
einverstanden sind, übertragen wir das Guthaben dorthin. Bitte senden Sie uns
dafür das beiliegende Formular "Übertragung im Todesfall" unterschrieben zurück
und eine Kopie der Sterbeurkunde.

Mit freundlichen Grüßen
Leistung Leben – Altersvorsorge
Elbauen Lebensversicherung AG
""")


def m089():
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Liebe Kolleginnen und Kollegen im Außendienst,</p>
<p>ab sofort können Sie Ihren Kundinnen und Kunden unseren neuen Flyer <b>„Bestattungsvorsorge mit Elbauen“</b>
mitgeben. Er erklärt in einfachen Worten den Unterschied zwischen</p>
<ul>
<li>einem <b>Bestattungsvorsorgevertrag</b> mit einem Bestatter (was soll bei meiner Beerdigung passieren?),</li>
<li>einem <b>Treuhandkonto</b> (Geld liegt sicher beim Treuhänder, z.&nbsp;B. der Deutschen Bestattungsvorsorge Treuhand),</li>
<li>und unserer <b>Sterbegeldversicherung</b> (Geld für die Kosten, Auszahlung auf Wunsch direkt an den Bestatter).</li>
</ul>
<p>Gut zu wissen: Ein angemessenes Bestattungsvorsorgevermögen ist beim Bezug von Sozialhilfe geschützt (Schonvermögen).
Unsere Partner-Bestatter in Sachsen-Anhalt finden Sie in der Vertriebsplattform unter „Kooperationen“.</p>
<p>Druckexemplare (Pakete à 50 Stück) bestellen Sie über den Werbemittelshop, Artikel WM-4471.</p>
<p>Viele Grüße<br>Ihr Vertriebsmarketing</p>
</body></html>
"""
    return mail(89, "NORMAL", "de", "insurer-to-broker",
                "trap: HTML-only sales note on funeral provision products and undertaker partners; no person",
                "Vertriebsmarketing <vertriebsmarketing@elbauen-versicherung.example>",
                "aussendienst-alle@elbauen-versicherung.example",
                "Neu: Flyer Bestattungsvorsorge",
                html=html)


def m090():
    return mail(90, "STRICTLY_CONFIDENTIAL", "en", "internal",
                "fraud investigation: suspected fake death abroad for a life claim; named insured, forged certificate",
                "Special Investigations Unit <siu@elbauen-versicherung.example>",
                "Jens Paulick <jens.paulick@elbauen-versicherung.example>",
                "SIU-2024-007 - death claim LV 2019-0470633 (Mr Dragan Petrović) - interim report",
                body="""Jens,

interim report on the death claim for Mr Dragan Petrović (born 1974), term life
LV 2019-0470633, sum insured EUR 250,000, beneficiary his wife Snežana Petrović.

Reported: death on 3 January 2024 in a village near Niš (Serbia), cause stated
as "cardiac arrest" on a local death certificate; burial on 5 January.

Red flags:
1. Policy increased from EUR 100,000 to 250,000 in March 2023, with a short
   health declaration (no medical history declared).
2. The death certificate was issued by a municipal office, not the registry in
   Niš; the doctor's name does not appear in the Serbian medical register.
3. Our local agent found no grave at the cemetery named in the burial
   record.
4. A German mobile number registered to Mr Petrović was active in Dortmund
   on 20 January (information from the bank's fraud team, via court order in
   the parallel criminal complaint).

Next steps: verification via the German embassy in Belgrade (legal
confirmation of the civil status record), request for exhumation not yet
considered. Please do NOT pay or send any final decision. We will inform
Nordic Re under the fraud clause.

Marek Szulc
Special Investigations Unit
""")


def m091():
    return mail(91, "CONFIDENTIAL", "de", "customer",
                "widow states her small pension income and asks for instalments on the motor premium; no health data",
                "Nico Baumgart <nico.baumgart@elbauen-versicherung.example>",
                "forderungen@elbauen-versicherung.example",
                "WG: Bitte um Ratenzahlung – KF-85 6601930",
                body="""Hallo Forderungsmanagement,
bitte Ratenzahlung prüfen, Kundin ist sehr aufgelöst am Telefon gewesen.
Nico

> Sehr geehrte Damen und Herren,
> seit mein Mann Lothar im Dezember gestorben ist, bekomme ich nur noch meine
> eigene Rente von 980 Euro und die Witwenrente von 412 Euro. Die Rechnung für
> das Auto über 468,20 Euro (Vertrag KF-85 6601930) kann ich nicht auf einmal
> bezahlen, die Beerdigung hat alles aufgefressen. Kann ich das in Raten
> zahlen, vielleicht 4 mal? Das Auto brauche ich, um zu meiner Schwester nach
> Staßfurt zu fahren.
> Mit freundlichen Grüßen
> Elke Wendland, Straße der Einheit 12, 39435 Egeln
""")


def m092():
    note = odt([
        "Gesprächsnotiz – Leistungsfall LS-2024-002311",
        "Datum: 27.02.2024, Telefonat, Dauer ca. 25 Min.",
        "Gesprächspartnerin: Frau Carmen Wolf, Ehefrau und Bezugsberechtigte",
        "Versicherte Person: Ronny Wolf, geb. 13.01.1972, verst. 15.02.2024",
        "Vertrag: LV 2021-0566204 (Beginn 01.06.2021)",
        "Frau Wolf berichtet, ihr Mann sei an einer Leberzirrhose gestorben. Er habe seit vielen Jahren zu viel getrunken, "
        "2019 eine Entgiftung im Fachklinikum Bernburg gemacht, danach zwei Jahre trocken, ab 2022 Rückfall. "
        "Der Hausarzt habe ihn wegen Alkoholabhängigkeit (F10.2) und erhöhter Leberwerte behandelt.",
        "Im Antrag vom April 2021 wurde die Frage nach Alkohol-/Drogenmissbrauch und Entzugsbehandlungen verneint.",
        "Frau Wolf fragt, ob das Geld trotzdem gezahlt wird; sie habe von der Entgiftung gewusst, beim Antrag aber nicht daran gedacht.",
        "To do: GA-Prüfung (Dr. Feldmann), Unterlagen Fachklinikum anfordern, Rechtsabteilung wegen Arglist.",
        "Notiz: A. Demir",
    ])
    return mail(92, "STRICTLY_CONFIDENTIAL", "de", "internal",
                "harmless body; attached ODT call note: deceased insured's alcohol dependency (F10.2), detox, cirrhosis",
                "Aylin Demir <aylin.demir@elbauen-versicherung.example>",
                "Dr. Ulrike Feldmann <ulrike.feldmann@elbauen-versicherung.example>",
                "Gesprächsnotiz LS-2024-002311",
                body="""Hallo Frau Dr. Feldmann,

anbei meine Notiz vom Telefonat heute. Bitte um GA-Prüfung.

Gruß
Aylin Demir
""", atts=[("Gespraechsnotiz_LS-2024-002311.odt", note)])


def m093():
    return mail(93, "NORMAL", "en", "insurer-to-partner",
                "trap: large death claims 2023 for the reinsurer by age band and cause category, no names",
                "Jens Paulick <jens.paulick@elbauen-versicherung.example>",
                "Sofie Lindqvist <s.lindqvist@nordicre.example>",
                "Large death claims 2023 (> EUR 250k) - anonymised list",
                body="""Hi Sofie,

as agreed, the large claims list without policy numbers or names. Ages in
bands; cause only as category.

 #  product     age band  sum at risk EUR  cause category     status
 1  term life   40-49       500,000        circulatory        paid
 2  term life   30-39       450,000        external (other)   declined, s.161
 3  term life   50-59       400,000        neoplasm           paid
 4  endowment   60-69       320,000        neoplasm           paid
 5  term life   40-49       300,000        external (road)    paid
 6  group life  50-59       280,000        circulatory        paid
 7  term life   40-49       260,000        respiratory        paid (after review)

Total paid 2,560,000; your share 1,130,000 (already settled in the Q4
account). Individual files can be reviewed on site under the audit clause as
usual.

Regards
Jens
""")


def m094():
    return mail(94, "NORMAL", "de", "internal",
                "trap: S/MIME certificate for the death-claims mailbox expires; no person",
                "PKI-Team <pki@elbauen-versicherung.example>",
                "team-sterbefall@elbauen-versicherung.example",
                "Ablauf S/MIME-Zertifikat für sterbefall@elbauen-versicherung.example am 31.03.2024",
                body="""Hallo,

das S/MIME-Zertifikat des Funktionspostfachs sterbefall@elbauen-versicherung.example
läuft am 31.03.2024 ab.

Seriennummer: 4A:7F:19:C2:00:00:00:3E:11
Aussteller:   Elbauen Issuing CA 02

Wir erneuern das Zertifikat automatisch in der Nacht zum 18.03.2024. Danach
müssen Notare, Kanzleien und Bestatter, die verschlüsselt an das Postfach
schreiben, den neuen öffentlichen Schlüssel verwenden; er wird über den
Gateway-Verzeichnisdienst veröffentlicht. Ein Handeln eurerseits ist nur nötig,
wenn ihr das Postfach in Outlook zusätzlich mit eigenem Profil nutzt.

PKI-Team / IT-Sicherheit
""")


def m095():
    return mail(95, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-partner",
                "German/English exchange with the reinsurance liaison on a group life claim: cause of death, salary",
                "Jens Paulick <jens.paulick@elbauen-versicherung.example>",
                "Sofie Lindqvist <s.lindqvist@nordicre.example>",
                "AW: GL-0042 Aydın - cause of death?",
                cc="Dr. Ulrike Feldmann <ulrike.feldmann@elbauen-versicherung.example>",
                body="""Hi Sofie,

short answer to your question: the death certificate (Todesbescheinigung,
vertraulicher Teil via Gesundheitsamt) states "intrazerebrale Blutung
(I61.9) bei hypertensiver Krise", no autopsy. Frau Dr. Feldmann hat sich die
Unterlagen angesehen: keine Vorerkrankung bekannt, group scheme without
individual underwriting below the free cover limit anyway.

Benefit 2 x 52,800 = 105,600 EUR, under your retention of 150k, so this is
only FYI for the bordereau, no claim on the treaty.

Viele Grüße / best
Jens

> Jens, quick one - the group life claim GL-0042 on the bordereau, do we know
> the cause? Just for the experience file. Sofie
""")


def m096():
    return mail(96, "STRICTLY_CONFIDENTIAL", "de", "hospital",
                "hospital short discharge letter of a deceased patient (sepsis A41.9) forwarded into a life claim",
                "Dr. Ulrike Feldmann <ulrike.feldmann@elbauen-versicherung.example>",
                "Katrin Möbius <katrin.moebius@elbauen-versicherung.example>",
                "WG: Kurzbrief Verstorbene Brandt – Ihre Anfrage",
                body="""Hallo Frau Möbius,

Unterlagen vom Krankenhaus zu LS-2024-002260 sind da. Aus meiner Sicht keine
Vorerkrankung erkennbar, die im Antrag hätte angegeben werden müssen; Sepsis
nach Pyelonephritis ohne relevante Vorgeschichte. Bitte freigeben.

U. Feldmann

-------- Weitergeleitete Nachricht --------
Von: Sekretariat Intensivmedizin <its-sekretariat@klinikum-elbtal.example>
Betreff: Kurzbrief Verstorbene Brandt – Ihre Anfrage

Klinikum Elbtal – Klinik für Intensivmedizin
Kurzbrief (Todesfall)

Patientin: Julia Brandt, geb. 22.06.1984
Aufnahme: 29.01.2024 über ZNA, Verlegung ITS 29.01.2024
Exitus: 03.02.2024, 04:12 Uhr

Diagnosen:
- Septischer Schock bei Urosepsis (A41.9, R57.2)
- Akute Pyelonephritis rechts (N10), E. coli (3MRGN)
- Multiorganversagen (ARDS, akutes Nierenversagen KDIGO 3)

Verlauf: Aufnahme mit Fieber 40,1 °C, Flankenschmerz, Hypotonie. Trotz
kalkulierter Antibiose (Meropenem), Volumen- und Katecholamintherapie
progredientes Multiorganversagen, CVVHDF ab 31.01. Exitus letalis am 03.02.
Keine relevanten Vorerkrankungen bekannt, keine Dauermedikation.

Mit kollegialen Grüßen
OA Dr. med. Stefan Pietsch
""")


def m097():
    return mail(97, "NORMAL", "en", "internal",
                "trap: English out-of-office of the international desk mentioning probate and death certificates; no person",
                "Oliver Grant <oliver.grant@elbauen-versicherung.example>",
                "Sofie Lindqvist <s.lindqvist@nordicre.example>",
                "Automatic reply: Large death claims 2023",
                headers={"Auto-Submitted": "auto-replied"},
                body="""Thank you for your message. I am out of the office until 11 March 2024 with
limited access to email.

For estates, probate documents and death certificates from abroad please
write to international@elbauen-versicherung.example. For urgent matters call
+49 391 5508-3300.

Oliver Grant
International Customer Desk
""")


def m098():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p><b>Elbauen Kundenportal – Mitteilung</b></p>
<p>Sehr geehrte Frau Raschke,</p>
<p>wir bestätigen die Beendigung der Kfz-Versicherung Ihres verstorbenen Vaters, Herrn Detlef Raschke:</p>
<table cellpadding="5" style="border-collapse:collapse;border:1px solid #999">
<tr><td>Vertrag</td><td>KF-83 0922814</td></tr>
<tr><td>Fahrzeug</td><td>Ford Focus Turnier, SK-DR 633</td></tr>
<tr><td>Versicherungsnehmer</td><td>Detlef Raschke, Hallesche Str. 40, 06217 Merseburg</td></tr>
<tr><td>Beendet zum</td><td>16.02.2024 (Außerbetriebsetzung)</td></tr>
<tr><td>Beitragserstattung</td><td>231,07 EUR an das Nachlasskonto</td></tr>
</table>
<p>Mit freundlichen Grüßen<br>Ihre Elbauen Versicherung</p>
</body></html>
"""
    return mail(98, "CONFIDENTIAL", "de", "insurer-to-customer",
                "HTML-only portal message: motor cancellation after death with address, plate and refund; no health data",
                "Elbauen Kundenportal <portal@elbauen-versicherung.example>",
                "Sabrina Raschke <sabrina.raschke@mailbox.example>",
                "Bestätigung: Beendigung Kfz-Versicherung KF-83 0922814",
                html=html, cte="quoted-printable")


def m099():
    return mail(99, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "accidental death benefit declined: death caused by heart attack, not the fall; widow in English",
                "Leistung Unfall <leistung-unfall@elbauen-versicherung.example>",
                "Janet Kowalski-Hughes <janet.kh@rosemail.example>",
                "Your claim under accident policy UV 30-207718 - decision",
                body="""Dear Mrs Kowalski-Hughes,

we are sorry for the loss of your husband, Mr Piotr Kowalski, and we
appreciate the patience you have shown while we examined your claim.

You claimed the accidental death benefit of EUR 40,000 under his accident policy
UV 30-207718 after he fell from a ladder in your garden on 8 January 2024 and
died the same day.

We have received the emergency doctor's report and the autopsy report of the
Institute of Forensic Medicine Magdeburg. According to the autopsy, your
husband suffered an acute myocardial infarction (occlusion of the left anterior
descending artery) before the fall; the injuries from the fall (rib fractures,
minor head laceration) were not the cause of death.

An accident within the meaning of the policy (section 1.3 AUB 2014) requires a
sudden external event causing the damage to health. A heart attack is an
internal event. As the fall was a consequence of the heart attack, and not its
cause, we are unfortunately unable to pay the accidental death benefit.

Please note: your husband's term life policy with Elbauen Life is a separate
contract and is not affected by this decision.

You may ask the insurance ombudsman (Versicherungsombudsmann e.V.) to review
this decision free of charge.

Yours sincerely

Annett Rosin
Accident Claims
Elbauen Allgemeine Versicherung AG
""")


def m100():
    return mail(100, "STRICTLY_CONFIDENTIAL", "de", "company",
                "bank holds a security assignment of a deceased's life policy and claims the payout to a loan account",
                "Katrin Möbius <katrin.moebius@elbauen-versicherung.example>",
                "leistung-leben@elbauen-versicherung.example",
                "WG: Sicherungsabtretung LV 2015-0287731 – Darlehen 7700412233",
                body="""Zur Akte; Abtretungsanzeige vom 2015 liegt uns vor (Scan 14.04.2015).
Vorrang Bank bis Höhe Restschuld, Rest an Bezugsberechtigte (Ehefrau).
K. Möbius

> Von: Baufinanzierung Börde-Sparkasse <baufi@boerde-sparkasse.example>
> Datum: 26.02.2024 10:14
> Betreff: Sicherungsabtretung LV 2015-0287731 – Darlehen 7700412233
>
> Sehr geehrte Damen und Herren,
>
> unser Darlehensnehmer, Herr Michael Zeidler, geb. 04.07.1961, ist am
> 18.02.2024 verstorben. Zur Sicherung des Baudarlehens Nr. 7700412233 wurden
> uns die Ansprüche aus der Risikolebensversicherung LV 2015-0287731
> (Versicherungssumme 180.000 EUR) abgetreten; die Abtretung wurde Ihnen am
> 09.04.2015 angezeigt.
>
> Wir bitten um Auszahlung in Höhe der Restschuld von 131.406,72 EUR
> (Stand 29.02.2024) auf das Darlehenskonto
> IBAN DE49 8158 0699 8339 7626 00.
>
> Mit freundlichen Grüßen
> Börde-Sparkasse, Baufinanzierung / Kreditsicherheiten
""")

def m101():
    spec = """openapi: 3.0.3
info:
  title: Elbauen Bereavement API (death notification)
  version: 0.9.0-draft
paths:
  /v1/death-notifications:
    post:
      summary: Report a death (relatives, undertakers, notaries)
      requestBody:
        content:
          application/json:
            example:
              deceased: {surname: "Mustermann", firstName: "Max", dateOfBirth: "1950-01-01",
                         dateOfDeath: "2024-01-15", note: "FICTITIOUS TEST PERSON"}
              reporter: {name: "Erika Mustermann", relation: "spouse", email: "erika@test.example"}
              payout: {accountHolder: "Erika Mustermann", iban: "DE89370400440532013000"}
              documents: [{type: "DEATH_CERTIFICATE", uploadId: "tmp-0001"}]
      responses:
        '202': {description: accepted, returns caseId}
# Note: causeOfDeath is intentionally NOT part of this endpoint (see DPIA-2024-02).
"""
    return mail(101, "NORMAL", "en", "insurer-to-supplier",
                "trap: API draft for death notifications with a fictitious example person and the published example IBAN",
                "Tobias Lenz <tobias.lenz@elbauen-versicherung.example>",
                "dev-team@kranich-software.example",
                "Bereavement API v0.9 draft - please review before sprint planning",
                body="""Hi team,

attached the draft OpenAPI spec for the death notification endpoint. The
example uses the standard fictitious Max/Erika Mustermann and the example
IBAN from the banking docs - please use only these in tests, no production
data in the dev environment.

Open points:
- max upload size for scanned certificates (we suggest 20 MB),
- virus scan before the documents reach the claims system,
- rate limiting for undertakers who report in bulk.

Sprint planning Thursday 10:00.

Thanks
Tobias
""", atts=[("bereavement-api-v0.9.yaml", spec.encode("utf-8"), "text/plain")])


def m102():
    return mail(102, "CONFIDENTIAL", "de", "insurer-to-customer",
                "travel cancellation because of the grandmother's death (no cause stated): names, booking, policy, refund",
                "Reiseversicherung Elbauen <reise@elbauen-versicherung.example>",
                "Laura Zimmermann <laura.zimmermann@mailbox.example>",
                "Reiserücktritt RR-2024-00712 – Stornierung Mallorca-Reise",
                body="""Sehr geehrte Frau Zimmermann,

herzliches Beileid zum Tod Ihrer Großmutter.

Wir haben Ihre Stornokosten aus der Reiserücktrittsversicherung (Jahrespolice
RV 70-118062) geprüft. Der Tod eines Angehörigen ersten oder zweiten Grades ist
ein versichertes Rücktrittsereignis – Großeltern gehören dazu. Die Kopie der
Sterbeurkunde reicht uns als Nachweis.

Reise: Pauschalreise Palma de Mallorca, 09.–16.03.2024, 2 Personen,
Buchungsnummer TUX-5528019
Stornokosten lt. Rechnung des Veranstalters (40 %):      1.036,00 EUR
abzüglich Selbstbehalt (Tarif Basis, 20 %):              - 207,20 EUR
Erstattung:                                                828,80 EUR

Der Betrag geht in den nächsten Tagen auf Ihr Konto, das in der Police
hinterlegt ist.

Mit freundlichen Grüßen
Reiseversicherung – Leistung
Elbauen Allgemeine Versicherung AG
""")


def m103():
    return mail(103, "NORMAL", "de", "internal",
                "trap: training quiz on death-claim handling with a fictitious case and invented names marked as such",
                "Ausbildung Elbauen <ausbildung@elbauen-versicherung.example>",
                "azubis-2023@elbauen-versicherung.example",
                "Lernkontrolle Leistungsfall Tod – bis Freitag bearbeiten",
                body="""Hallo zusammen,

zur Vorbereitung auf den Einsatz im Team Sterbefall bitte folgenden Fall bis
Freitag bearbeiten (alle Namen erfunden):

Fall: Frau Erika Beispiel (fiktiv) meldet den Tod ihres Mannes Hans Beispiel.
Er hatte eine Kapitallebensversicherung (Beginn 2001) ohne eingetragenes
Bezugsrecht und eine Sterbegeldversicherung mit Bezugsrecht für die Tochter.
Ein handschriftliches Testament setzt Frau Beispiel als Alleinerbin ein. Der
Bestatter legt eine Abtretung über 4.200 EUR vor, unterschrieben von Frau
Beispiel.

Fragen:
1. Wem steht die Leistung aus der Kapitallebensversicherung zu? Welchen
   Erbnachweis verlangen Sie?
2. Wem steht das Sterbegeld zu? Ist die Abtretung wirksam?
3. Welche Unterlagen fordern Sie an? Brauchen Sie eine ärztliche
   Bescheinigung?
4. Was teilen Sie dem Finanzamt mit?

Lösungen besprechen wir am Montag in der Azubi-Runde.

Viele Grüße
Ausbildungsteam
""")


def m104():
    return mail(104, "CONFIDENTIAL", "en", "insurer-to-customer",
                "e-bike insurance of a late husband ends on sale; names, policy, frame number; no health data",
                "Bestand Sach <bestand-sach@elbauen-versicherung.example>",
                "Fiona Brandes <fiona.brandes@thistlemail.example>",
                "E-bike policy FR 45-031177 - your late husband's bike",
                body="""Dear Mrs Brandes,

thank you for letting us know, and please accept our condolences on the death
of your husband, Mr Matthias Brandes.

You told us that you have sold his e-bike (Cube Kathmandu Hybrid, frame number
WCU2419K0087, insured under policy FR 45-031177) to a neighbour on 24 February.
The insurance does not pass to the buyer in this case because we agreed
that with you on the phone: we have cancelled the policy as of 24 February 2024.

The premium for the remaining months (EUR 48.60) will be refunded to the joint
account the premium was collected from, which you confirmed is still active.

Kind regards
Bestand Sach
Elbauen Allgemeine Versicherung AG
""")


def m105():
    return mail(105, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
                "request to a public health office for the confidential part of a death certificate; named deceased, claim",
                "Dr. Ulrike Feldmann <ulrike.feldmann@elbauen-versicherung.example>",
                "Gesundheitsamt Landkreis Harz <gesundheitsamt@kreis-harz.example>",
                "Antrag auf Einsicht in den vertraulichen Teil der Todesbescheinigung – Herr Dietmar Kolbe, verst. 19.01.2024",
                body="""Sehr geehrte Damen und Herren,

wir beantragen Einsicht in den vertraulichen Teil der Todesbescheinigung
bzw. die Übersendung einer Abschrift für folgenden Sterbefall:

  Name:           Dietmar Kolbe
  geboren:        28.02.1969 in Quedlinburg
  verstorben:     19.01.2024 in Thale
  Standesamt:     Thale, Registernummer S 14/2024

Herr Kolbe war bei uns mit einer Risikolebensversicherung versichert
(LV 2022-0712045, Beginn 01.12.2022). Die Witwe und Bezugsberechtigte, Frau
Nicole Kolbe, hat die Leistung beantragt. Da der Tod innerhalb der ersten drei
Jahre nach Vertragsbeginn eingetreten ist, müssen wir die Todesursache kennen.
Die Ehefrau gibt an, die Ursache nicht zu kennen; der Hausarzt hat die
Leichenschau nicht durchgeführt und verweist auf den Notarzt, der nicht
ermittelbar ist.

Ein berechtigtes Interesse nach § 22 Bestattungsgesetz Sachsen-Anhalt liegt
damit vor. Die Einwilligung von Frau Kolbe sowie die vom Verstorbenen im Antrag
erteilte Schweigepflichtentbindung fügen wir bei (per Post).

Die Gebühr überweisen wir nach Rechnungsstellung.

Mit freundlichen Grüßen
Dr. med. Ulrike Feldmann
Gesellschaftsärztin
Elbauen Lebensversicherung AG
""")


def m106():
    return mail(106, "CONFIDENTIAL", "de", "insurer-to-customer",
                "post-mortem power of attorney accepted for a household refund; names, policy, IBAN",
                "Birte Hansen <birte.hansen@elbauen-versicherung.example>",
                "Martin Grabowski <m.grabowski@kabelpost.example>",
                "Hausrat HR 53-018844 – Ihre Vollmacht über den Tod hinaus",
                body="""Sehr geehrter Herr Grabowski,

vielen Dank für die Kopie der notariellen Vorsorgevollmacht Ihrer Tante, Frau
Waltraud Grabowski, vom 14.06.2019. Die Vollmacht gilt ausdrücklich über den
Tod hinaus ("transmortal"). Sie können daher für die Erben handeln, ohne dass
wir einen Erbschein benötigen.

Wir haben die Hausratversicherung HR 53-018844 zum 29.02.2024 beendet und
überweisen das Guthaben von 73,30 EUR wie gewünscht auf das Konto

  Kontoinhaber: Waltraud Grabowski (Nachlass)
  IBAN: DE60 0705 6148 9707 1248 10

Sollten die Erben die Vollmacht widerrufen, bitten wir um kurze Nachricht.

Mit freundlichen Grüßen
Birte Hansen
Bestand Sach
Elbauen Allgemeine Versicherung AG
""")


def m107():
    return mail(107, "NORMAL", "en", "internal",
                "trap: Solvency II mortality/longevity stress results; portfolio aggregates only",
                "Risk Management <risk@elbauen-versicherung.example>",
                "Dr. Claas Birkholz <claas.birkholz@elbauen-versicherung.example>",
                "SCR life underwriting risk Q4/2023 - mortality, longevity, catastrophe",
                body="""Claas,

final figures for the Q4 SCR, life underwriting risk module (EUR m, gross /
net of reinsurance):

  sub-module        gross    net
  mortality          41.2   24.8   (+15 % qx shock, term life and funeral cover)
  longevity          63.7   63.7   (-20 % qx, annuities incl. survivor pensions)
  disability          9.4    6.1
  lapse              88.0   88.0
  expense            22.5   22.5
  life catastrophe   12.9    4.3   (+0.15 %-points qx in year 1)
  diversification   -71.3  -62.1
  total life UW     166.4  147.3

Mortality and longevity offset only partly because the books are separate
(mortality sits in Elbauen Life term business, longevity in bAV annuities).

Can you sign off by Wednesday? The QRT S.25.01 is due on 8 April.

Thanks
Katharina Vogel
Risk Management
""")


def m108():
    scan = pdf([
        "Standesamt Wolmirstedt",
        "STERBEURKUNDE",
        "Registernummer S 31/2024",
        "",
        "Familienname: Pfeiffer      Vornamen: Günther Horst",
        "Geburtsdatum: 17.03.1946    Geburtsort: Colbitz",
        "Letzter Wohnsitz: Birkenweg 2, 39326 Wolmirstedt",
        "Familienstand: verheiratet mit Ursula Pfeiffer geb. Kramer",
        "Sterbedatum: 20.02.2024, 06:40 Uhr    Sterbeort: Wolmirstedt",
        "",
        "Wolmirstedt, 22.02.2024    Die Standesbeamtin: Hertel",
        "",
        "--- Seite 2 (Kopie, vom Kunden mitgeschickt) ---",
        "Todesbescheinigung - nichtvertraulicher Teil: Todesart: natürlich",
        "Handschriftliche Notiz der Witwe: 'Herzschwäche, lag zuletzt 3 Wochen im",
        "Krankenhaus Haldensleben, Herzkatheter ging nicht mehr. Sterbegeld bitte",
        "an Bestattung Ahlers, Lebensversicherung an mich.'",
    ], "Scan")
    return mail(108, "STRICTLY_CONFIDENTIAL", "de", "customer",
                "body 'AW: Unterlagen'; scanned PDF sent as octet-stream: death certificate plus widow's note on heart failure, life and funeral cover",
                "Scan-Center <scan-center@elbauen-versicherung.example>",
                "leistung-leben@elbauen-versicherung.example",
                "AW: Unterlagen",
                body="""Eingang E-Mail-Postfach Kunde, automatisch weitergeleitet.
Absender: u.pfeiffer@boerdemail.example
Text der Kundin: "anbei die Unterlagen, mfg U. Pfeiffer"
""", atts=[("scan_20240223_0915.pdf", scan, "application/octet-stream")])


def m109():
    return mail(109, "STRICTLY_CONFIDENTIAL", "en", "company",
                "Austrian undertaker's invoice for repatriation, cause of death (pulmonary embolism) and travel health cover; AT IBAN",
                "Assistance Desk <assistance@elbauen-versicherung.example>",
                "reise@elbauen-versicherung.example",
                "FW: Invoice repatriation Mrs Roswitha Kempe - case AS-2024-00402",
                body="""For payment under RK 60-301455 (travel health, transport of the deceased).
Medical report in file, cause confirmed. Please pay directly to the undertaker.
María

-----Original Message-----
From: Bestattung Gasteiner <office@bestattung-gasteiner.example>
Sent: Tuesday, 27 February 2024 11:05
To: assistance@elbauen-versicherung.example
Subject: Invoice repatriation Mrs Roswitha Kempe - case AS-2024-00402

Dear Sir or Madam,

please find our invoice for the transfer of the late Mrs Roswitha Kempe
(born 12.12.1951), who died on 19 February 2024 at the Kardinal Schwarzenberg
Klinikum Schwarzach of a pulmonary embolism after a skiing accident (lower leg
fracture, surgery on 15 February).

  Collection from hospital, cooling (3 days)        EUR   480.00
  Coffin for international transfer (zinc insert)    EUR 1,350.00
  Sanitary care, laying out                          EUR   290.00
  Transfer Schwarzach - Burg (b. Magdeburg), 812 km  EUR 2,436.00
  Death certificate translation, permits             EUR   165.00
  Total (VAT included)                               EUR 4,721.00

Payable to: Bestattung Gasteiner GmbH, IBAN AT56 3639 7345 3157 9972

Kind regards
Bestattung Gasteiner, Bad Hofgastein
""")


def m110():
    return mail(110, "CONFIDENTIAL", "de", "court",
                "probate court asks about a deceased's contracts for the estate inventory; names, file number, household/motor",
                "Dr. Felix Brandauer <felix.brandauer@elbauen-versicherung.example>",
                "bestand-sach@elbauen-versicherung.example",
                "WG: Nachlasssache Gisela Trautmann, AG Stendal 7 VI 90/24 – Anfrage Nachlasspflegschaft",
                body="""Hallo Bestand Sach,
bitte Auskunft an die Nachlasspflegerin vorbereiten (Hausrat/Kfz). Bestallung
liegt mir vor, Auskunft ist zulässig.
Gruß Felix Brandauer

-------- Weitergeleitete Nachricht --------
Von: Amtsgericht Stendal – Nachlassgericht <nachlass@ag-stendal.example>
Betreff: Nachlasssache Gisela Trautmann, AG Stendal 7 VI 90/24

In der Nachlasssache
Gisela Trautmann, geb. 03.04.1947, verstorben am 11.01.2024,
zuletzt wohnhaft Uenglinger Str. 33, 39576 Stendal,

ist für die unbekannten Erben Nachlasspflegschaft angeordnet und Frau
Rechtsanwältin Corinna Baas zur Nachlasspflegerin bestellt worden.

Die Nachlasspflegerin hat mitgeteilt, dass nach den Unterlagen der
Erblasserin Versicherungsverträge bei Ihnen bestehen (Hausrat, Kfz). Sie
werden gebeten, der Nachlasspflegerin Auskunft über Bestand, Guthaben und
offene Forderungen zu erteilen.

Stendal, 23.02.2024
Brandt, Rechtspflegerin
""")


def m111():
    return mail(111, "CONFIDENTIAL", "en", "insurer-to-company",
                "reply to an heir-hunting genealogy firm: only confirms an estate file exists for a named deceased; refund held",
                "Dr. Felix Brandauer <felix.brandauer@elbauen-versicherung.example>",
                "Research Team <research@heritage-tracers.example>",
                "RE: Unclaimed funds - estate of the late Mr Heinz Oswald (Magdeburg)",
                body="""Dear Sirs,

thank you for your letter of 19 February 2024.

We can confirm that a refund of premium from a household contents policy held
by the late Mr Heinz Oswald, last resident in Magdeburg, is being held by us
for his heirs. As the heirs are unknown, the probate court of Magdeburg has
appointed an estate guardian (Nachlasspfleger), to whom we will pay the
amount.

We are not able to give you any further information, such as the amount,
the policy number or details of other contracts, nor to enter into an
agreement on a finder's fee. Please contact the estate guardian through the
probate court (file 54 VI 402/23) if you have information on possible heirs.

Yours faithfully

Dr. Felix Brandauer
Legal Department
Elbauen Versicherung
""")


def m112():
    return mail(112, "NORMAL", "de", "newsletter",
                "trap: case-law newsletter on beneficiary designation after divorce (anonymised published judgment)",
                "Rechtsprechungsdienst <urteile@versicherungsrecht-aktuell.example>",
                "recht@elbauen-versicherung.example",
                "VersR aktuell 05/2024: BGH zum Bezugsrecht \"meine Ehefrau\" nach Scheidung",
                body="""VERSICHERUNGSRECHT AKTUELL – Ausgabe 05/2024

BGH, Urteil vom 22.11.2023 – IV ZR 88/22 (Leitsatz der Redaktion)
Ist in einer Lebensversicherung als Bezugsberechtigte "die Ehefrau des
Versicherungsnehmers" benannt, ist im Zweifel die Ehefrau gemeint, mit der der
Versicherungsnehmer bei Festlegung des Bezugsrechts verheiratet war – auch wenn
die Ehe später geschieden wurde und der Versicherungsnehmer erneut geheiratet
hat.

Sachverhalt (vereinfacht): Der Erblasser hatte 1998 eine Kapitallebens-
versicherung abgeschlossen und "meine Ehefrau" als Bezugsberechtigte benannt.
Nach Scheidung und Wiederheirat verstarb er 2020. Die zweite Ehefrau und
Alleinerbin verlangte die Leistung; der Versicherer zahlte an die geschiedene
Ehefrau. Der BGH bestätigte die Auszahlung.

Praxishinweis: Versicherer sollten Kunden bei Scheidung aktiv auf eine
Überprüfung des Bezugsrechts hinweisen. Eine namentliche Benennung vermeidet
Streit.

Weitere Themen: OLG Celle zur Arglist bei verschwiegener Psychotherapie;
LG Leipzig zur Abtretung von Sterbegeld an Bestatter.

Abo verwalten: https://www.versicherungsrecht-aktuell.example/abo
""")


def m113():
    text = """Sehr geehrte Frau Hoffmeister,

anbei die Abrechnung der Leistung aus der Kapitallebensversicherung Ihres
verstorbenen Mannes. Sie sind als Bezugsberechtigte eingetragen.

Vertrag LV 2009-0261437, versicherte Person Rainer Hoffmeister, verstorben 02.02.2024

  Versicherungssumme Todesfall            40.000,00 EUR
  Überschussbeteiligung                   11.236,18 EUR
  Bewertungsreserven                         412,55 EUR
  Leistung brutto                         51.648,73 EUR
  Kapitalerträge (steuerpflichtig)         9.886,14 EUR
  - Kapitalertragsteuer 25 %              -2.357,07 EUR
  - Solidaritätszuschlag                     -129,63 EUR
  - Kirchensteuer rk 9 %                     -212,13 EUR
  Auszahlung                              48.949,90 EUR

Die Kirchensteuer haben wir nach dem Religionsmerkmal aus der Abfrage beim
Bundeszentralamt für Steuern (römisch-katholisch) einbehalten. Der Betrag wird
auf Ihr Konto DE97 3431 2220 0386 9967 84 überwiesen. Ihre Steuerbescheinigung
erhalten Sie mit getrennter Post.

Mit freundlichen Grüßen
Leistung Leben
Elbauen Lebensversicherung AG
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrte Frau Hoffmeister,</p>
<p>anbei die Abrechnung der Leistung aus der Kapitallebensversicherung Ihres verstorbenen Mannes. Sie sind als Bezugsberechtigte eingetragen.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th colspan="2">Vertrag LV 2009-0261437 &ndash; Rainer Hoffmeister, verstorben 02.02.2024</th></tr>
<tr><td>Versicherungssumme Todesfall</td><td align="right">40.000,00 EUR</td></tr>
<tr><td>Überschussbeteiligung</td><td align="right">11.236,18 EUR</td></tr>
<tr><td>Bewertungsreserven</td><td align="right">412,55 EUR</td></tr>
<tr><td>Leistung brutto</td><td align="right">51.648,73 EUR</td></tr>
<tr><td>Kapitalerträge (steuerpflichtig)</td><td align="right">9.886,14 EUR</td></tr>
<tr><td>Kapitalertragsteuer 25 %</td><td align="right">-2.357,07 EUR</td></tr>
<tr><td>Solidaritätszuschlag</td><td align="right">-129,63 EUR</td></tr>
<tr><td>Kirchensteuer rk 9 %</td><td align="right">-212,13 EUR</td></tr>
<tr><td><b>Auszahlung</b></td><td align="right"><b>48.949,90 EUR</b></td></tr>
</table>
<p>Die Kirchensteuer haben wir nach dem Religionsmerkmal aus der Abfrage beim Bundeszentralamt für Steuern (römisch-katholisch) einbehalten.
Der Betrag wird auf Ihr Konto DE97 3431 2220 0386 9967 84 überwiesen.</p>
<p>Mit freundlichen Grüßen<br>Leistung Leben<br>Elbauen Lebensversicherung AG</p>
</body></html>
"""
    return mail(113, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "endowment death-benefit settlement: tax deductions incl. church tax (religion), IBAN, named deceased",
                "Leistung Leben <leistung-leben@elbauen-versicherung.example>",
                "Brigitte Hoffmeister <b.hoffmeister@elbnet.example>",
                "Abrechnung Todesfallleistung LV 2009-0261437",
                body=text, html=html)


def m114():
    rows = [["Abgang Kfz wegen Tod – Februar 2024", "", "", "", "", ""],
            ["Vertrag", "VN", "Kennzeichen", "FIN", "Abgang zum", "Erstattung EUR"],
            ["KF-88 4201173", "Ruckdeschel, Helmut", "MD-HR 519", "WVWZZZ1KZ8W123456", "20.02.2024", 412.36],
            ["KF-87 1190436", "Lammich, Gottfried", "BRG-GL 77", "VF1RFB00X56789012", "offen (Halterabfrage)", 0],
            ["KF-84 7730015", "Lüdecke, Eberhard", "JL-EL 44", "W0L0AHL3555123987", "19.02.2024", 198.12],
            ["KF-83 0922814", "Raschke, Detlef", "SK-DR 633", "WF0FXXGCDF4A55221", "16.02.2024", 231.07],
            ["KF-86 5530291", "van Dalen, Willem", "SDL-WD 204", "TMBJJ7NE0J0123321", "31.01.2024", 286.14]]
    return mail(114, "CONFIDENTIAL", "de", "internal",
                "harmless body; attached XLSX lists motor contracts ended by death with names, plates, VINs, refunds",
                "Ralf Szymanski <ralf.szymanski@elbauen-versicherung.example>",
                "Controlling Kfz <controlling-kfz@elbauen-versicherung.example>",
                "Monatsliste Abgänge 02/2024",
                body="""Hi,
wie jeden Monat die Abgangsliste für euren Storno-Report.
Ralf
""", atts=[("Abgaenge_Tod_2024-02.xlsx", xlsx(rows, "Feb 2024"))])


def m115():
    return mail(115, "NORMAL", "en", "newsletter",
                "trap: conference invitation on fraud in death claims and digital death certificates; no person",
                "International Claims Forum <registration@claims-forum.example>",
                "jens.paulick@elbauen-versicherung.example",
                "ICF 2024 Vienna: Fake deaths, forged certificates and how to spot them",
                body="""INTERNATIONAL CLAIMS FORUM 2024
Vienna, 6-7 June 2024 | Life & Health Claims Track

Session highlights:
- "Dead or alive?" - case studies of staged deaths abroad and how insurers
  verify foreign death certificates (speakers from three European SIUs)
- Digital death registers: what the EU interconnection of civil status
  records could mean for life insurers
- Suicide clauses across Europe: 1, 2 or 3 years?
- Supporting bereaved families: claims handling with empathy

Early bird fee EUR 890 until 31 March.
Register: https://www.claims-forum.example/2024/register

You are receiving this because you attended ICF 2023.
""")


def m116():
    return mail(116, "STRICTLY_CONFIDENTIAL", "en", "customer",
                "widow in Ireland asks about her late husband's life policy; he died of ALS (motor neurone disease)",
                "Oliver Grant <oliver.grant@elbauen-versicherung.example>",
                "leistung-leben@elbauen-versicherung.example",
                "FW: my husband's life insurance",
                body="""Kolleginnen, bitte Leistungsfall anlegen, Vertrag LV 2018-0429955.
Ich übernehme die Korrespondenz auf Englisch. Oliver

-----Original Message-----
From: Siobhán Reuter <siobhan.reuter@shamrockmail.example>
Sent: 26 February 2024 22:48
To: international@elbauen-versicherung.example
Subject: my husband's life insurance

Hello,

my husband Frank Reuter died on 10 February here in Galway. He had motor
neurone disease (ALS) for about three years, diagnosed in Dublin in spring
2021, and in the end he could not breathe on his own anymore. He had a life
insurance with your company from when we lived in Magdeburg, number
LV 2018-0429955 I think. I am not sure whether I am the beneficiary or if it
goes to his estate.

The death certificate is in English - do you need a translation? And the
doctor's form you mention on your website, can the neurologist in Dublin fill
it in?

Thank you,
Siobhán Reuter
""")


def m117():
    return mail(117, "NORMAL", "de", "insurer-to-partner",
                "trap/grey: press release on the death of a former CEO (public figure, no cause, no insurance data)",
                "Presse Elbauen <presse@elbauen-versicherung.example>",
                "verteiler-presse@elbauen-versicherung.example",
                "Pressemitteilung: Elbauen trauert um ehemaligen Vorstandsvorsitzenden Dr. Hans-Georg Fenske",
                body="""PRESSEMITTEILUNG

Elbauen trauert um ehemaligen Vorstandsvorsitzenden Dr. Hans-Georg Fenske

Magdeburg, 28. Februar 2024 – Die Elbauen Versicherung trauert um ihren
ehemaligen Vorstandsvorsitzenden Dr. Hans-Georg Fenske, der am 25. Februar im
Alter von 84 Jahren verstorben ist.

Dr. Fenske führte das Unternehmen von 1991 bis 2005. Unter seiner Leitung wurde
aus der früheren Elbauen Feuersozietät eine moderne Versicherungsgruppe mit
Lebens-, Kranken- und Sachversicherung. Er war Gründungsmitglied des Vereins
"Magdeburger Wirtschaft hilft" und Ehrenbürger der Stadt Schönebeck.

"Wir verlieren einen Menschen, der dieses Haus geprägt hat wie kein anderer",
sagte der Vorstandsvorsitzende Dr. Gerd Lammers.

Die Trauerfeier findet im engsten Familienkreis statt.

Pressekontakt: Miriam Tesch, Tel. 0391 5508-1001
""")


def m118():
    return mail(118, "NORMAL", "en", "internal",
                "trap: rate-calculator bug with an example applicant (age 40, non-smoker); no real person",
                "Tobias Lenz <tobias.lenz@elbauen-versicherung.example>",
                "Produktmanagement Leben <produkt-leben@elbauen-versicherung.example>",
                "Term life calculator: wrong premium for non-smokers above EUR 250k",
                body="""Hi,

quick heads-up before we fix it tonight: the online term life calculator
applies the smoker rate to non-smokers when the sum insured is above
EUR 250,000.

Example (from our test suite, no real applicant):
  age 40, non-smoker, sum insured 300,000, term 20 years, BMI 24
  expected: EUR 27.18/month   calculator shows: EUR 61.40/month

Impact: 41 quotes in the last 14 days were shown too high. No policies were
issued at the wrong rate because underwriting recalculates. Marketing wants to
know whether we should contact the prospects - I'd say no, since we only have
an email address for those who saved the quote; your call.

Fix goes live with release 24.03.1 tonight 22:00.

Tobias
""")


def m119():
    return mail(119, "NORMAL", "en", "internal",
                "trap: German-English glossary of estate and death-claim terms for the international desk",
                "Oliver Grant <oliver.grant@elbauen-versicherung.example>",
                "international@elbauen-versicherung.example",
                "Glossary bereavement terms DE-EN (v2)",
                body="""Team,

updated glossary - please use these terms consistently in letters.

Sterbeurkunde .................. death certificate (civil register)
Todesbescheinigung ............. medical certificate of cause of death
Leichenschau ................... post-mortem examination (external)
Obduktion ...................... autopsy
Erbschein ...................... certificate of inheritance
Europäisches Nachlasszeugnis ... European Certificate of Succession
Testamentsvollstrecker ......... executor
Testamentsvollstreckerzeugnis .. certificate of executorship
Nachlasspfleger ................ estate guardian (for unknown heirs)
Nachlassverwalter .............. estate administrator
Ausschlagung ................... disclaimer of inheritance
Bezugsrecht (widerruflich) ..... (revocable) beneficiary designation
Sterbegeldversicherung ......... funeral expenses insurance / funeral cover
Hinterbliebenenrente ........... survivor's pension (widow's/orphan's)
Sterbevierteljahr .............. three-month continued pension after death
Abtretung ...................... assignment

Avoid "heritage" for Erbschaft (use "estate" or "inheritance").

Oliver
""")


def m120():
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elbauen Versicherung//Personalentwicklung//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:pe-2024-04-09-trauer@elbauen-versicherung.example
DTSTAMP:20240227T080000Z
DTSTART:20240409T070000Z
DTEND:20240409T143000Z
SUMMARY:Seminar: Gespräche mit Hinterbliebenen führen
LOCATION:Schulungsraum 2.07
DESCRIPTION:Trainerin: Anke Rösler (Trauerbegleiterin). Inhalte: Trauerphasen\\, Sprache am Telefon\\, Umgang mit Wut und Vorwürfen\\, eigene Grenzen.
ORGANIZER;CN=Personalentwicklung:mailto:pe@elbauen-versicherung.example
END:VEVENT
END:VCALENDAR
""")
    return mail(120, "NORMAL", "de", "internal",
                "trap: internal seminar invitation on talking to bereaved relatives (ICS); no person concerned",
                "Personalentwicklung <pe@elbauen-versicherung.example>",
                "team-sterbefall@elbauen-versicherung.example; kundenservice-alle@elbauen-versicherung.example",
                "Seminar \"Gespräche mit Hinterbliebenen führen\" am 09.04.",
                body="""Liebe Kolleginnen und Kollegen,

wer täglich mit Angehörigen von Verstorbenen spricht, weiß: Diese Gespräche
sind anders. Frau Anke Rösler, Trauerbegleiterin aus Halle, gibt Ihnen in
einem Tagesseminar Werkzeuge an die Hand.

Es gibt 14 Plätze; Anmeldung über das Lernportal bis 22.03. Den Termin finden
Sie im Anhang.

Ihre Personalentwicklung
""", atts=[("Seminar_Hinterbliebene.ics", cal)])


def m121():
    return mail(121, "NORMAL", "en", "insurer-to-partner",
                "trap: mortality improvement assumptions exchanged with the reinsurer; tables only",
                "Henrik Voss <henrik.voss@elbauen-versicherung.example>",
                "Sofie Lindqvist <s.lindqvist@nordicre.example>",
                "Mortality improvement - your question on the trend assumption",
                body="""Hi Sofie,

on your question from the call: for pricing term life we use the DAV 2008 T
base table with company-specific selection factors and NO future improvement
(prudent for death cover). For the annuity block (incl. survivor pensions) we
use DAV 2004 R with the trend function of the table, i.e. long-term
improvement of about 1.5 % p.a. for ages 60-80, grading down to 0.5 % at 95.

Life expectancy at 65 on that basis (cohort, 2024):
  men    21.9 years     women    24.6 years

If you want to compare with your own trend model, I can send the qx vectors
as CSV.

Cheers
Henrik
""")


def m122():
    return mail(122, "STRICTLY_CONFIDENTIAL", "de", "internal",
                "short reply on top; deep in the quoted chain the suicide of a named insured and the 3-year clause",
                "Jens Paulick <jens.paulick@elbauen-versicherung.example>",
                "Katrin Möbius <katrin.moebius@elbauen-versicherung.example>",
                "AW: AW: AW: Rückruf Frau Stellmacher",
                body="""ok, erledigt. Ich hab sie zurückgerufen.

J.

Am 26.02.2024 um 16:02 schrieb Katrin Möbius:
> Danke dir!
>
> Am 26.02.2024 um 15:40 schrieb Jens Paulick:
>> Ich kümmere mich, mach dir keinen Kopf.
>>
>> Am 26.02.2024 um 15:11 schrieb Katrin Möbius:
>>> Jens, die Mutter von Herrn Stellmacher (LV 2021-0581127) hat jetzt
>>> dreimal angerufen und will wissen, warum wir nicht zahlen. Sie ist nicht
>>> Bezugsberechtigte (das ist die Lebensgefährtin), ich darf ihr also nichts
>>> sagen. Sie weiß aber, dass ihr Sohn sich das Leben genommen hat, und sagt,
>>> er sei seit der Klinik 2023 "nie wieder richtig auf die Beine gekommen"
>>> und die Versicherung dürfe sich nicht hinter der Dreijahresfrist
>>> verstecken. Kannst du sie bitte zurückrufen und erklären, dass wir nur mit
>>> der Bezugsberechtigten bzw. deren Anwalt sprechen? Ich schaffe das heute
>>> emotional nicht mehr.
>>> Katrin
""")


def m123():
    return mail(123, "CONFIDENTIAL", "mixed", "insurer-to-customer",
                "German/English letter to an heir in Poland: buildings policy refund to a PL IBAN; names, address, policy",
                "Birte Hansen <birte.hansen@elbauen-versicherung.example>",
                "Agnieszka Nowak <agnieszka.nowak@wislamail.example>",
                "Wohngebäudeversicherung WG 60-774105 – Verkauf des Hauses / sale of the house",
                body="""Sehr geehrte Frau Nowak,

vielen Dank für Ihre E-Mail. Da Ihr Deutsch und unser Polnisch nicht perfekt
sind, schreibe ich wie vereinbart auf Deutsch und Englisch.

Das Haus Ihres verstorbenen Vaters, Herrn Tadeusz Nowak, in der Feldstraße 11,
39240 Calbe (Saale), wurde am 15.02.2024 notariell verkauft; Besitzübergang war
am 01.03.2024. Die Wohngebäudeversicherung WG 60-774105 geht nach § 95 VVG auf
die Käufer über, sofern diese nicht innerhalb eines Monats kündigen. Für die Zeit
bis zum 29.02.2024 erstatten wir keinen Beitrag, ab dann rechnen wir mit den
Käufern ab. Die Erbengemeinschaft erhält 119,02 EUR zurück auf:

  IBAN PL78 6544 0445 1307 8715 6096 4382 (Agnieszka Nowak)

In English: the house of your late father was sold and handed over on
1 March 2024. The buildings insurance passes to the buyers by law. The heirs
will receive a refund of EUR 119.02 to your Polish account above.

Mit freundlichen Grüßen / Kind regards
Birte Hansen
""")


def m124():
    return mail(124, "NORMAL", "de", "internal",
                "trap: ombudsman annual statistics on life complaints (Bezugsrecht, Sterbegeld waiting period); aggregates",
                "Beschwerdemanagement <beschwerden@elbauen-versicherung.example>",
                "Anja Rethmeier <anja.rethmeier@elbauen-versicherung.example>",
                "Ombudsmann-Jahresbericht 2023 – unsere Zahlen Leben",
                body="""Liebe Frau Rethmeier,

der Versicherungsombudsmann hat seinen Jahresbericht 2023 veröffentlicht.
Unsere Zahlen für die Lebensversicherung:

  zulässige Beschwerden gesamt               38  (2022: 44)
  davon Leistungsfall Tod                    11
    - Bezugsrecht / Streit unter Erben        4
    - Wartezeit Sterbegeld                    3
    - Anzeigepflichtverletzung                2
    - Bearbeitungsdauer                       2
  Erfolgsquote für Beschwerdeführer          18 %  (Markt: 21 %)

Auffällig: Die drei Wartezeit-Fälle betreffen alle Kunden, die beim Abschluss
über 80 waren. Wir schlagen vor, im Beratungsprotokoll deutlicher auf die
24-monatige Wartezeit hinzuweisen.

Viele Grüße
Beschwerdemanagement
""")


def m125():
    rows = ["Sterbefalldatenabgleich bAV-Rentner - Lieferung Meldedatenabgleich 02/2024",
            "Vertrag;Name;Vorname;Geburtsdatum;PLZ;Sterbedatum lt. Meldebehörde;Rente mtl. EUR;Rente gezahlt bis;Hinterbliebene lt. Vertrag",
            "BV 1998-0044120;Kühnel;Werner;21.04.1938;39114;28.01.2024;412,30;02/2024;Ehefrau Anneliese (geb. 1941)",
            "BV 2001-0081733;Stolze;Irene;30.08.1940;39218;04.02.2024;188,75;02/2024;keine",
            "PK 1999-0120044;Dörge;Manfred;11.11.1944;06449;17.02.2024;603,12;02/2024;Ehefrau Christa (geb. 1947)",
            "BV 2003-1177420;Dobberkau;Frank;21.06.1961;39218;29.01.2024;657,08;01/2024;Ehefrau Petra (geb. 1963) - bereits bearbeitet",
            "PK 2002-0099610;Jähnig;Ursula;05.05.1936;39326;09.02.2024;244,00;02/2024;keine"]
    return mail(125, "STRICTLY_CONFIDENTIAL", "de", "internal",
                "body is a one-liner; attached CSV (windows-1252) lists deceased bAV pensioners with birth dates and pensions",
                "Rentenservice <rentenservice@elbauen-versicherung.example>",
                "Martina Kowalczyk <martina.kowalczyk@elbauen-versicherung.example>",
                "Abgleich 02/2024",
                body="""Hallo Martina, Lieferung Februar anbei, 5 Treffer. Gruß Rentenservice
""", atts=[("Sterbefallabgleich_2024-02.csv", "\r\n".join(rows).encode("cp1252"), "application/vnd.ms-excel")])

def m126():
    return mail(126, "CONFIDENTIAL", "en", "insurer-to-customer",
                "motorcycle policy of a late husband cancelled after sale; names, plate, VIN, refund; no health data",
                "Ralf Szymanski <kfz-bestand@elbauen-versicherung.example>",
                "Helen Stroud-Lehmann <helen.sl@brightmail.example>",
                "Motorcycle policy KF-82 6604431 - cancellation after sale",
                body="""Dear Mrs Stroud-Lehmann,

we are sorry to hear about the death of your husband, Mr Jörg Lehmann.

Thank you for sending the sales contract for his motorcycle (Honda CB 650 R,
plate MD-JL 65, VIN JH2RH1100LK012345). As the buyer registered the
motorcycle in his own name on 22 February 2024, your husband's policy
KF-82 6604431 ended on that date.

Because the seasonal plate period (03-10) had not yet started, the premium for
2024 had not been collected; there is therefore nothing to refund and nothing
to pay.

If you need a confirmation of your husband's claims-free years for yourself or
a family member, please let us know.

Kind regards

Ralf Szymanski
Motor Portfolio
Elbauen Allgemeine Versicherung AG
""")


def m127():
    return mail(127, "NORMAL", "de", "insurer-to-customer",
                "trap: general answer to a prospect's question about term life and health questions; no personal data",
                "Kundenservice Elbauen <service@elbauen-versicherung.example>",
                "j.baumann@kabelpost.example",
                "AW: Frage zur Risikolebensversicherung",
                body="""Guten Tag,

vielen Dank für Ihre Frage.

Bei der Risikolebensversicherung stellen wir im Antrag Gesundheitsfragen zu den
letzten fünf Jahren (ambulante Behandlungen) bzw. zehn Jahren (stationäre
Aufenthalte). Eine Vorerkrankung bedeutet nicht automatisch eine Ablehnung;
häufig ist eine Annahme mit Zuschlag oder Ausschluss möglich. Bis zu einer
Versicherungssumme von 250.000 EUR ist in der Regel keine ärztliche Untersuchung
nötig.

Stirbt die versicherte Person während der Laufzeit, zahlen wir die vereinbarte
Summe an die von Ihnen benannte bezugsberechtigte Person – unabhängig vom
Nachlass und ohne Erbschein.

Ein unverbindliches Angebot können Sie unter
https://www.elbauen-versicherung.example/risikoleben berechnen.

Freundliche Grüße
Ihr Kundenservice

> Hallo, wenn ich eine Risikolebensversicherung für meine Familie abschließe,
> muss ich dann zum Arzt? Und was ist, wenn man schon mal was hatte?
""")


def m128():
    return mail(128, "NORMAL", "en", "insurer-to-supplier",
                "trap: vendor offer for a bereavement counselling hotline for customers; no person",
                "Anja Rethmeier <anja.rethmeier@elbauen-versicherung.example>",
                "Caroline Webb <c.webb@compassionline.example>",
                "RE: Bereavement support line for policyholders - offer",
                body="""Dear Ms Webb,

thank you for your offer of 20 February for a bereavement support line for
our customers (German-speaking counsellors, 24/7, up to five sessions per
bereaved household).

Before we can take this further we need:
- a clear statement that counsellors receive no data from us other than a
  voucher code, i.e. customers contact you themselves;
- your price model per activated voucher vs. flat fee (we expect about
  2,000 death claims per year);
- references from other insurers in Germany.

I have asked our procurement and data protection teams to join the next call.

Kind regards
Anja Rethmeier
Member of the Executive Board, Life
""")


def m129():
    erbschein = pdf([
        "Amtsgericht Haldensleben - Nachlassgericht",
        "Az. 12 VI 58/24",
        "",
        "ERBSCHEIN",
        "",
        "Es wird bezeugt, dass der am 09.12.2023 in Haldensleben verstorbene",
        "Herr Gerhard Mewes, geboren am 19.08.1941,",
        "zuletzt wohnhaft Gartenstraße 6, 39340 Haldensleben,",
        "beerbt worden ist von",
        "  a) seiner Ehefrau Renate Mewes, geb. Schulze, geboren am 02.02.1944, zu 1/2,",
        "  b) seinem Sohn Andreas Mewes, geboren am 11.06.1968, zu 1/4,",
        "  c) seiner Tochter Katja Riedel, geb. Mewes, geboren am 29.09.1971, zu 1/4.",
        "",
        "Haldensleben, 14.02.2024",
        "Kaiser, Rechtspflegerin",
    ], "Erbschein 12 VI 58-24")
    return mail(129, "CONFIDENTIAL", "de", "broker",
                "broker forwards a certificate of inheritance (birth dates of heirs) for a buildings policy transfer",
                "Maklerbetreuung Elbauen <maklerbetreuung@elbauen-versicherung.example>",
                "Birte Hansen <birte.hansen@elbauen-versicherung.example>",
                "WG: Erbschein Mewes – WG 61-118050",
                body="""Hallo Frau Hansen,
von Makler Gerlach, bitte VN-Wechsel auf Erbengemeinschaft.
Gruß Maklerbetreuung

> Von: Thomas Gerlach <info@gerlach-finanz.example>
> Betreff: Erbschein Mewes – WG 61-118050
>
> Moin, anbei der Erbschein zum Haus Mewes in Haldensleben (Wohngebäude
> WG 61-118050). Die Witwe wohnt weiter drin, Ansprechpartner für alles ist
> der Sohn Andreas. Beitrag bitte weiter vom bisherigen Konto, das ist
> jetzt ein Gemeinschaftskonto der Erben. Danke und Gruß, Th. Gerlach
""", atts=[("Erbschein_Mewes.pdf", erbschein)])


def m130():
    sched = docx([
        "Elbauen Allgemeine Versicherung AG",
        "Versicherungsschein / Policy schedule – Hausratversicherung HR 52-611028 (Copy / Zweitschrift)",
        "Versicherungsnehmer: Konrad Weiß, geb. 14.03.1939",
        "Versicherungsort: Otto-von-Guericke-Str. 88, 39104 Magdeburg, 3. OG links",
        "Versicherungssumme: 52.000 EUR, Unterversicherungsverzicht, Tarif Komfort 2019",
        "Einschluss Fahrraddiebstahl bis 1.000 EUR, Elementarschäden: nein",
        "Jahresbeitrag: 138,40 EUR, Zahlweise jährlich per Lastschrift",
        "Hinweis: Zweitschrift ausgestellt für die Erbin Frau Dr. Nora Weiß am 27.02.2024",
    ])
    return mail(130, "CONFIDENTIAL", "en", "insurer-to-customer",
                "copy of a late father's household policy schedule for the heir; birth date and address in the DOCX",
                "Oliver Grant <oliver.grant@elbauen-versicherung.example>",
                "Dr. Nora Weiss <nora.weiss@alpinemail.example>",
                "Copy of policy schedule - household contents HR 52-611028",
                body="""Dear Dr Weiss,

as requested, please find attached a copy of your late father's household
contents policy schedule. It may help with the estate inventory for the
notary.

As you are the sole heir according to the will and opening record you sent, we
are happy to provide further documents on request.

Kind regards
Oliver Grant
International Customer Desk
Elbauen Allgemeine Versicherung AG
""", atts=[("Policy_schedule_HR52-611028_copy.docx", sched)])


def m131():
    return mail(131, "NORMAL", "en", "internal",
                "trap: first-aid/AED refresher invitation mentioning cardiac arrest and resuscitation; no person",
                "Occupational Safety <arbeitssicherheit@elbauen-versicherung.example>",
                "first-aiders@elbauen-versicherung.example",
                "First aid refresher: CPR and AED - dates in April",
                body="""Dear first aiders,

the annual refresher for our company first aiders takes place on 16 and 18
April (8:00-15:30, room 0.14). Focus this year: recognising cardiac arrest,
CPR with the new AED units on every floor, and stroke (FAST test).

Reminder: first aid certificates must be renewed every two years, otherwise
you are no longer counted as a first aider under DGUV rule 1.

Please book one of the dates in the learning portal.

Occupational Safety Team
""")


def m132():
    return mail(132, "CONFIDENTIAL", "de", "insurer-to-customer",
                "confirmation of the late father's no-claims record for his son; names, policy, SF class",
                "Ralf Szymanski <kfz-bestand@elbauen-versicherung.example>",
                "Dennis Ruckdeschel <d.ruckdeschel@mailbox.example>",
                "SF-Bescheinigung zur Übertragung – Vertrag KF-88 4201173",
                body="""Sehr geehrter Herr Ruckdeschel,

wie besprochen bestätigen wir Ihnen zur Vorlage bei Ihrem Versicherer:

  Versicherungsnehmer:       Helmut Ruckdeschel (verstorben 03.02.2024)
  Vertrag:                   KF-88 4201173, Kfz-Haftpflicht und Vollkasko
  Versicherungsdauer:        01.01.1999 bis 20.02.2024
  SF-Klasse Haftpflicht:     SF 24   Vollkasko: SF 24
  Schäden in den letzten 5 Jahren: keine
  Übertragung an:            Dennis Ruckdeschel, geb. 07.10.1984
                             (Erklärung über regelmäßige Nutzung liegt vor)

Ihr Versicherer kann den Rabatt nach seinen Bedingungen übernehmen. Der
Schadenfreiheitsrabatt Ihres Vaters ist damit bei uns verbraucht.

Mit freundlichen Grüßen
Ralf Szymanski
Kfz-Bestand
""")


def m133():
    return mail(133, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "term life death benefit approved after review of medical records; cause (pancreatic cancer) named, amounts",
                "Katrin Möbius <katrin.moebius@elbauen-versicherung.example>",
                "James Albrecht-Reid <james.ar@northmail.example>",
                "Decision on claim LS-2024-002077 - policy LV 2020-0517740",
                body="""Dear Mr Albrecht-Reid,

we have completed the review of the claim under your late mother's term life
policy LV 2020-0517740.

Our medical officer has reviewed the reports from the oncology department of
Klinikum Halberstadt and from her GP. The pancreatic cancer was first
diagnosed in October 2022, two years after the policy started; there were no
symptoms or examinations before the application that should have been
declared. We are therefore paying the full sum insured.

The policy names "my children in equal shares" as beneficiaries. We will pay:

  James Albrecht-Reid         EUR 40,000.00
  Lena Albrecht               EUR 40,000.00

to the accounts you both gave us. Your sister will receive a separate letter.

Please accept once more our sincere condolences.

Kind regards
Katrin Möbius
Life Claims - Death Benefits
Elbauen Lebensversicherung AG
""")


def m134():
    return mail(134, "NORMAL", "en", "internal",
                "trap: team offsite agenda for life claims (turnaround times, empathy, fraud); no person",
                "Jens Paulick <jens.paulick@elbauen-versicherung.example>",
                "team-sterbefall@elbauen-versicherung.example",
                "Offsite 14 March - agenda",
                body="""Hi team,

agenda for our offsite at the Herrenkrug (bus leaves 8:15 from gate 1):

09:00  Where we stand - turnaround times, backlog, customer feedback (Jens)
09:45  "One death, one contact" - joint process with Sach/Kfz (Birte, Ralf)
11:00  Physician's statement: new form, fewer queries to GPs (Dr. Feldmann)
12:00  Lunch
13:00  Red flags in death claims - what SIU wants from us (Marek)
14:00  Looking after ourselves - workshop with the company counsellor
15:30  Wrap-up, drinks

Please bring your laptops - no customer files, though.

Jens
""")


def m135():
    return mail(135, "NORMAL", "de", "insurer-to-partner",
                "trap: answer to a journalist on average payout times in death claims; general, no person",
                "Presse Elbauen <presse@elbauen-versicherung.example>",
                "Kai Ostermann <k.ostermann@volksstimme-redaktion.example>",
                "AW: Anfrage Ratgeberseite \"Wenn der Partner stirbt\"",
                body="""Sehr geehrter Herr Ostermann,

gern beantworten wir Ihre Fragen für die Ratgeberseite:

1. Wie schnell zahlt eine Lebensversicherung nach dem Tod?
   Bei uns im Schnitt innerhalb von sieben Arbeitstagen, nachdem alle
   Unterlagen vorliegen. Bei Verträgen, die jünger als drei Jahre sind,
   prüfen wir die Gesundheitsangaben im Antrag; das kann einige Wochen dauern.

2. Welche Unterlagen braucht man?
   Sterbeurkunde, Versicherungsschein, bei Risikoverträgen eine ärztliche
   Bescheinigung zur Todesursache. Einen Erbschein nur, wenn niemand als
   Bezugsberechtigter eingetragen ist.

3. Muss man Erbschaftsteuer zahlen?
   Versicherungsleistungen zählen zum Erwerb von Todes wegen. Wir melden jede
   Auszahlung ab 5.000 EUR dem Finanzamt. Ehepartner haben einen Freibetrag von
   500.000 EUR, Kinder von 400.000 EUR.

4. Tipp: Die Versicherungsunterlagen an einem Ort aufbewahren und den
   Angehörigen sagen, wo sie liegen.

Für ein Zitat steht Ihnen Jens Paulick, Leiter Leistung Leben, zur Verfügung.

Mit freundlichen Grüßen
Miriam Tesch
Unternehmenskommunikation
""")


def m136():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Leistungsübersicht</title></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrte Frau Kranz,</p>
<p>hier die Übersicht über alle Verträge Ihres verstorbenen Mannes, Herrn Tobias Kranz (geb. 30.11.1982, verst. 27.01.2024),
bei der Elbauen-Gruppe, wie am Telefon besprochen:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e8eef2"><th>Vertrag</th><th>Sparte</th><th>Leistung</th><th>Status</th></tr>
<tr><td>LV 2016-0322871</td><td>Risikolebensversicherung</td><td>150.000,00 EUR an Sie (Bezugsrecht)</td><td>ausgezahlt am 21.02.2024</td></tr>
<tr><td>SG 1204417</td><td>Sterbegeldversicherung</td><td>7.500,00 EUR</td><td>ausgezahlt am 14.02.2024</td></tr>
<tr><td>UV 30-118204</td><td>Unfallversicherung (Unfalltod)</td><td>50.000,00 EUR</td><td>abgelehnt (Ziff. 5.1.1 AUB, Blutalkohol 1,41 &permil;)</td></tr>
<tr><td>KF-86 2200417</td><td>Kfz</td><td>Totalschaden, Kasko-Leistung</td><td>in Prüfung (Trunkenheit)</td></tr>
</table>
<p>Gegen die Ablehnung in der Unfallversicherung können Sie sich an den Versicherungsombudsmann wenden.</p>
<p>Mit freundlichen Grüßen<br>Jens Paulick<br>Leitung Leistung Leben</p>
</body></html>
"""
    return mail(136, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "HTML-only overview for a widow: life, funeral and accident benefits, refusal for blood alcohol",
                "Jens Paulick <jens.paulick@elbauen-versicherung.example>",
                "Melanie Kranz <melanie.kranz@boerdemail.example>",
                "Übersicht Ihrer Leistungen",
                html=html)


def m137():
    return mail(137, "NORMAL", "en", "newsletter",
                "trap: customer newsletter article on digital legacy and passwords after death; no person",
                "Elbauen Newsletter <newsletter@elbauen-versicherung.example>",
                "newsletter-en@elbauen-versicherung.example",
                "Your digital legacy - who gets your passwords?",
                body="""ELBAUEN NEWSLETTER - March 2024

Your digital legacy: who gets your passwords?

Email accounts, online banking, social media, cloud photos: most of us leave a
digital estate. Under German law, heirs inherit the deceased's contracts with
online providers - including the right to access the account, as the Federal
Court of Justice confirmed in 2018. In practice, however, heirs often spend
months trying to get in.

Three tips:
1. Keep a list of your accounts (not the passwords!) with your will.
2. Use a password manager with an emergency access feature.
3. Decide what should happen to each account: delete, memorialise or hand over.

Our legal expenses insurance includes an initial consultation on wills and
digital estates with a lawyer of your choice.

Read more: https://www.elbauen-versicherung.example/en/digital-legacy

Unsubscribe: https://www.elbauen-versicherung.example/newsletter/unsubscribe
""")


def m138():
    return mail(138, "CONFIDENTIAL", "de", "insurer-to-customer",
                "letter 'to the heirs of' a deceased household customer about premium arrears; iso-8859-1; names, policy",
                "Forderungsmanagement <forderungen@elbauen-versicherung.example>",
                "Erben Klaus-Dieter Heise <kd.heise@post-elbe.example>",
                "An die Erben des Herrn Klaus-Dieter Heise – Hausrat HR 51-503388",
                charset="iso-8859-1", cte="quoted-printable",
                body="""An die Erben des verstorbenen
Herrn Klaus-Dieter Heise
Am Stadtpark 14, 06406 Bernburg

Sehr geehrte Damen und Herren,

uns ist bekannt geworden, dass unser Versicherungsnehmer, Herr Klaus-Dieter
Heise, verstorben ist. Wir sprechen den Angehörigen unser Beileid aus.

Für die Hausratversicherung HR 51-503388 ist der Beitrag für das erste Quartal
2024 (37,15 EUR) noch offen. Die Lastschrift wurde von der Bank mangels
Kontoinhaber zurückgegeben.

Wir schreiben diese E-Mail an die letzte uns bekannte E-Mail-Adresse. Falls
Sie Erbe oder Erbin sind, melden Sie sich bitte bei uns, damit wir klären
können, ob der Vertrag beendet werden soll. Bis zur Auflösung der Wohnung
besteht der Versicherungsschutz fort.

Mit freundlichen Grüßen
Forderungsmanagement
Elbauen Allgemeine Versicherung AG
""")


def m139():
    return mail(139, "NORMAL", "de", "internal",
                "trap: reminder about a further-training module 'life insurance and death benefits'; no person",
                "Bildungsakademie <akademie@elbauen-versicherung.example>",
                "fachwirt-kurs-2024@elbauen-versicherung.example",
                "Erinnerung: Fachwirt Modul 7 \"Lebensversicherung und Leistungsfall Tod\" am Samstag",
                body="""Hallo zusammen,

kleine Erinnerung an Modul 7 am Samstag, 9:00–16:00 Uhr, Raum 1.22:

- Todesfallleistung, Bezugsrecht und Nachlass
- Sterbegeld, Hinterbliebenenrente in der bAV
- Anzeigepflichtverletzung und Rücktritt (§§ 19 ff. VVG)
- Selbsttötungsklausel (§ 161 VVG)

Bitte die Fallsammlung aus dem Lernportal ausgedruckt mitbringen, wir rechnen
die Aufgaben 7.3 bis 7.9 gemeinsam. Taschenrechner nicht vergessen!

Kaffee und Brötchen gibt es ab 8:30.

Eure Bildungsakademie
""")


def m140():
    return mail(140, "STRICTLY_CONFIDENTIAL", "en", "customer",
                "daughter in the US reports her father's death in a care home (dementia), asks for funeral cover payout",
                "Sterbegeld-Service <sterbegeld@elbauen-versicherung.example>",
                "Oliver Grant <oliver.grant@elbauen-versicherung.example>",
                "WG: Funeral insurance of my father Heinrich Bode",
                body="""Hallo Oliver, kannst du ihr bitte auf Englisch antworten? Vertrag SG 0766201,
Bezugsrecht: Tochter. Danke! Aylin

-----Ursprüngliche Nachricht-----
Von: Karen Bode-Miller <karenbm@prairiemail.example>
Gesendet: Dienstag, 27. Februar 2024 03:12
An: sterbegeld@elbauen-versicherung.example
Betreff: Funeral insurance of my father Heinrich Bode

Dear Sir or Madam,

my father Heinrich Bode (born 1932) passed away on 24 February in the
Pflegeheim St. Elisabeth in Magdeburg. He had vascular dementia for many years
and in January he stopped eating. The nursing home called me in Ohio.

I found a letter from you about a "Sterbegeldversicherung" SG 0766201. I
think I am the beneficiary. My cousin Uwe in Magdeburg is organizing the
funeral with the Bestattungshaus, can you pay the funeral home directly? I
will sign whatever is needed.

Thank you for your help,
Karen Bode-Miller
""")


def m141():
    return mail(141, "NORMAL", "mixed", "internal",
                "trap: German/English vendor meeting notes for a bereavement portal; no person",
                "Tobias Lenz <tobias.lenz@elbauen-versicherung.example>",
                "pmo-nachlass@elbauen-versicherung.example",
                "Notes vendor call Kranich Software – Hinterbliebenenportal",
                body="""Kurzprotokoll Call 28.02., 14:00–14:45
Teilnehmer: Kranich Software (Mia Schenk, Ravi Patel), Elbauen (T. Lenz, M. Brauer)

1. Upload of death certificates: max 20 MB, PDF/JPG/HEIC, virus scan via
   our ICAP service. Kranich will deliver the adapter in sprint 14.
2. Identifizierung der meldenden Person: Video-Ident nur bei Auszahlung
   > 15.000 EUR, sonst E-Mail-Verifizierung + Ausweis-Upload.
3. Languages: DE/EN at go-live, PL/TR later.
4. Datenschutz: No cause-of-death field in the shared form (Beschluss LA 3).
   Ravi asked whether free text could contain it anyway – yes, so the free
   text goes only to the Leben back office, not to Sach/Kfz.
5. Next call: 13.03., Demo im Testsystem mit Dummy-Daten.

T. Lenz
""")


def m142():
    return mail(142, "CONFIDENTIAL", "de", "insurer-to-notary",
                "confirmation for a notary (estate sale): buildings policy of a deceased owner, address, sum, premiums; windows-1252",
                "Birte Hansen <birte.hansen@elbauen-versicherung.example>",
                "Notariat Dr. Wendt <sekretariat@notariat-wendt.example>",
                "UR-Nr. 455/2024 W – Versicherungsbestätigung Wohngebäude, Grundstück Hallstraße 3, Stendal",
                charset="windows-1252", cte="quoted-printable",
                body="""Sehr geehrte Frau Krüger,

für den Kaufvertrag (UR-Nr. 455/2024 W) bestätigen wir:

Für das Grundstück Hallstraße 3, 39576 Stendal (Gemarkung Stendal, Flur 12,
Flurstück 341) besteht bei uns die Wohngebäudeversicherung WG 60-559201.
Versicherungsnehmerin war die am 02.01.2024 verstorbene Frau Ingeborg Senst;
der Vertrag wird seitdem für die Erbengemeinschaft (Herr Rainer Senst,
Frau Kerstin Voigt) fortgeführt.

Versicherte Gefahren: Feuer, Leitungswasser, Sturm/Hagel, Elementar
Versicherungssumme: Wert 1914 = 24.800 Mark (gleitender Neuwert)
Beitrag: bezahlt bis 31.12.2024 (Jahresbeitrag 612,40 EUR)
Offene Schäden: keine

Mit dem Eigentumsübergang geht der Vertrag nach § 95 VVG auf die Käufer über.
Bitte teilen Sie uns die Daten der Erwerber und den Tag des Besitzübergangs mit.

Mit freundlichen Grüßen
Birte Hansen
Bestand Sach
""")


def m143():
    return mail(143, "STRICTLY_CONFIDENTIAL", "de", "customer",
                "daughter reports father's death in a care home with Parkinson's disease; life policy number (8bit, format=flowed)",
                "Nico Baumgart <nico.baumgart@elbauen-versicherung.example>",
                "leistung-leben@elbauen-versicherung.example",
                "WG: Tod meines Vaters",
                cte="8bit", flowed=True,
                body="""Für euch, Leben. Gruß Nico

-------- Weitergeleitete Nachricht --------
Betreff: Tod meines Vaters
Von: Jana Kretschmer <jana.kretschmer@heidemail.example>
An: service@elbauen-versicherung.example

Hallo,

mein Vater, Horst Kretschmer, Vertrag LV 2007-0200316, ist letzte Woche im 
Pflegeheim in Gardelegen gestorben. Er hatte seit 12 Jahren Parkinson und 
konnte zuletzt nicht mehr schlucken, dann kam noch eine Lungenentzündung 
dazu. Ich hab seine Ordner durchgesehen und Ihre Versicherung gefunden. Ich 
weiß nicht ob da jemand eingetragen ist, meine Mutter lebt nicht mehr, ich 
bin das einzige Kind.

Was brauchen Sie von mir? Die Sterbeurkunde habe ich ab Montag.

Viele Grüße
Jana Kretschmer
Tel. 0170 4419023
""")


def m144():
    return mail(144, "CONFIDENTIAL", "en", "insurer-to-customer",
                "legal expenses cover confirmed for an heir's inheritance dispute (advice only); names, policy, file",
                "Rechtsschutz-Service <rechtsschutz@elbauen-versicherung.example>",
                "Daniel Mercer <daniel.mercer@maplepost.example>",
                "Legal expenses policy RS 77-612044 - your request for cover (inheritance matter)",
                body="""Dear Mr Mercer,

you asked whether your legal expenses insurance RS 77-612044 covers a lawyer
in the dispute about your late father's estate.

Your policy includes "advice in family and inheritance law" (section 2.2.10
ARB 2021): we pay for an initial consultation with a lawyer of your choice,
up to EUR 250 (fee for advice under section 34 RVG). Court proceedings in
inheritance matters - for example if you sue to establish who the heir is -
are excluded from cover.

We have registered the matter under file number RS-2024-03317. Please give
this number to your lawyer, who can send the invoice directly to us.

Kind regards
Tanja Wegener
Legal Expenses Insurance
Elbauen Allgemeine Versicherung AG
""")


def m145():
    return mail(145, "NORMAL", "en", "internal",
                "trap: retention schedule for claims files incl. death certificates and medical reports; rules only",
                "Records Management <records@elbauen-versicherung.example>",
                "all-claims@elbauen-versicherung.example",
                "Updated retention schedule for claims files (valid from 1 April)",
                body="""Dear colleagues,

the updated retention schedule applies from 1 April 2024. Extract for claims:

  document type                                   retention       legal basis
  death certificates, certificates of inheritance 10 years after  HGB 257, AO 147
                                                  final payment
  physicians' statements, hospital records        10 years after  VVG limitation,
  (life, accident)                                final decision  company policy
  correspondence with heirs and beneficiaries     6 years         HGB 257
  rejected claims with litigation                 30 years        BGB 197
  phone notes                                     6 years         HGB 257

Medical documents must be stored only in the restricted "GA" folder of the
e-file. Paper originals are returned to the sender or destroyed (P-4) after
scanning.

Questions: records@elbauen-versicherung.example

Records Management
""")


def m146():
    return mail(146, "NORMAL", "en", "internal",
                "trap: intranet notice about a new mailbox for death notifications; no person",
                "Intranet-Redaktion <intranet@elbauen-versicherung.example>",
                "all-staff@elbauen-versicherung.example",
                "News: one mailbox for all death notifications from 1 April",
                body="""From 1 April 2024, all death notifications - no matter which contract -
go to one mailbox: sterbefall@elbauen-versicherung.example.

Why? Bereaved families told us they had to send the same death certificate
to three departments. The new "family service" team will register the death
once, inform all departments (life, health, property, motor) and be the single
point of contact for the family.

What you need to do: if a death notification reaches your team mailbox,
forward it unchanged to sterbefall@ and do not reply to the customer yourself.

Questions? Ask the project team "Nachlass digital".

Your intranet team
""")


def m147():
    return mail(147, "CONFIDENTIAL", "en", "insurer-to-customer",
                "sole trader's business contents policy ended after his death; heir in the Netherlands, NL IBAN, refund",
                "Gewerbe-Bestand <gewerbe@elbauen-versicherung.example>",
                "Ruud Hofmann <ruud.hofmann@polderpost.example>",
                "Business contents policy GI 90-014473 (Bäckerei Hofmann, Burg) - closing the policy",
                body="""Dear Mr Hofmann,

thank you for informing us that the bakery of your late father, Mr Erich
Hofmann (sole trader, "Bäckerei Hofmann", Schartauer Str. 9, 39288 Burg), was
closed on 31 January 2024 and the equipment has been sold.

We have cancelled the business contents policy GI 90-014473 and the business
liability policy BH 91-014474 as of 31 January 2024. The premium refund of
EUR 604.18 will be paid to the account of the community of heirs, as stated in
your declaration:

  Account holder: R. Hofmann (erven E. Hofmann)
  IBAN: NL26 ABNA 5439 7384 61

The employers' liability association (BG Nahrungsmittel) must be informed
separately; we do not do this for you.

Kind regards
Commercial Lines Portfolio
Elbauen Allgemeine Versicherung AG
""")


def m148():
    return mail(148, "NORMAL", "en", "internal",
                "trap: clean-desk reminder mentioning scanned death certificates and medical forms; no person",
                "Sabine Oertel <datenschutz@elbauen-versicherung.example>",
                "floor4@elbauen-versicherung.example",
                "Clean desk - results of last week's walk-through",
                body="""Dear colleagues on floor 4,

during last Thursday's clean-desk walk-through after 18:00 we found:

- 3 unlocked screens,
- printouts of physicians' statements and a death certificate on a printer
  in the copy room (already destroyed),
- 2 cupboards with claims files not locked.

Please: lock your screen (Windows + L), collect printouts immediately
("secure print" with your badge is activated on all devices on floor 4), and
lock cupboards at the end of the day.

Thank you!
Sabine Oertel, Data Protection Officer
""")


def m149():
    return mail(149, "CONFIDENTIAL", "de", "internal",
                "internal note: vehicle of a deceased customer still registered, keeper query; name, plate, VIN, policy",
                "Ralf Szymanski <ralf.szymanski@elbauen-versicherung.example>",
                "Kfz-Betrieb <kfz-betrieb@elbauen-versicherung.example>",
                "KF-87 1190436 Lammich – Halteranfrage KBA",
                body="""Hallo Kfz-Betrieb,

zum Rückläufer vom 22.02. (VN Gottfried Lammich verstorben): Die Angehörigen
sind nicht ermittelbar, das Fahrzeug ist laut unseren Daten weiter zugelassen.

  Fahrzeug:   Renault Clio, BRG-GL 77, FIN VF1RFB00X56789012
  Vertrag:    KF-87 1190436, Haftpflicht, Beitrag bezahlt bis 31.03.2024

Bitte Halteranfrage beim KBA stellen und, falls kein Halterwechsel erfolgt ist,
zum 31.03. die Anzeige nach § 25 FZV an die Zulassungsstelle Jerichower Land
vorbereiten (Versicherungsschutz endet mangels Beitragszahlung). Das
Nachlassgericht Burg habe ich angeschrieben.

Danke
Ralf
""")


def m150():
    return mail(150, "CONFIDENTIAL", "de", "insurer-to-customer",
                "condolence letter to a widow listing her late husband's motor and household contracts that continue",
                "Nico Baumgart <nico.baumgart@elbauen-versicherung.example>",
                "Ursula Pfeiffer <u.pfeiffer@boerdemail.example>",
                "Ihre Verträge bei der Elbauen Allgemeine Versicherung",
                body="""Sehr geehrte Frau Pfeiffer,

mit großem Bedauern haben wir vom Tod Ihres Mannes erfahren. Wir möchten Ihnen
und Ihrer Familie unser herzliches Beileid aussprechen.

Sie müssen sich um die folgenden Verträge Ihres Mannes bei der Elbauen
Allgemeine Versicherung AG jetzt nicht kümmern – sie laufen unverändert weiter:

  Hausratversicherung       HR 50-215530   Birkenweg 2, 39326 Wolmirstedt
  Privathaftpflicht         PH 40-215531   (Sie sind mitversichert)
  Kfz-Versicherung          KF-85 9015502  Skoda Fabia, BK-GP 12

Wenn Sie die Verträge auf Ihren Namen umschreiben möchten, reicht ein kurzer
Anruf. Auch bei allen anderen Fragen ist unser Familienservice für Sie da.

Mit freundlichen Grüßen
Nico Baumgart
Kundenservice – Familienservice
Elbauen Allgemeine Versicherung AG
Tel. 0391 5508-2200
""")


# ================================================================= output and check
def build():
    _MAILS.clear()
    g = globals()
    for i in range(1, 151):
        f = g.get("m%03d" % i)
        if f is None:
            raise SystemExit("missing m%03d" % i)
        f()
    return list(_MAILS)


def write():
    mails = build()
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for m in mails:
        name = "d%s-%04d.eml" % (NN, m["n"])
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(m["msg"].as_bytes(policy=policy.SMTP))
        rows.append("\t".join([name, m["label"], m["lang"], m["kind"], m["reason"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (len(mails), OUT))


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "NL": 18, "GB": 22, "FR": 27, "ES": 24, "PL": 28, "IT": 27,
            "BE": 16, "LU": 20, "DK": 18}
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b", re.I)
# deliberately wrong IBANs (a customer's typo), per file
IBAN_TYPO_OK = {}  # none in this corpus


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return None
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def _office_text(data):
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        bad = z.testzip()
        if bad:
            raise ValueError("bad zip member " + bad)
        for n in z.namelist():
            if n.endswith(".xml"):
                raw = z.read(n)
                xml.dom.minidom.parseString(raw)
                out.append(re.sub(r"<[^>]+>", " ", raw.decode("utf-8")))
    return "\n".join(out)


def _pdf_text(data):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-10:]:
        raise ValueError("not a PDF")
    sx = int(re.search(rb"startxref\s+(\d+)", data).group(1))
    if data[sx:sx + 4] != b"xref":
        raise ValueError("bad startxref")
    for m in re.finditer(rb"(\d+) 0 obj", data):
        pass
    txt = [t.decode("cp1252").replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")
           for t in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data)]
    return "\n".join(txt)


def _att_text(name, data, ctype):
    low = (name or "").lower()
    if low.endswith(".pdf"):
        return _pdf_text(data)
    if low.endswith((".docx", ".xlsx", ".odt", ".ods")):
        if low.endswith((".odt", ".ods")):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                if z.namelist()[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
                    raise ValueError("ODF mimetype entry")
        return _office_text(data)
    if low.endswith(".zip"):
        out = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if z.testzip():
                raise ValueError("bad zip")
            for zi in z.infolist():
                if zi.date_time != ZIP_TS:
                    raise ValueError("zip timestamp")
                out.append(_att_text(zi.filename, z.read(zi.filename), ""))
        return "\n".join(out)
    if low.endswith(".ics"):
        t = data.decode("utf-8")
        if not t.startswith("BEGIN:VCALENDAR") or "END:VCALENDAR" not in t:
            raise ValueError("bad ics")
        return t
    if low.endswith((".csv", ".txt")):
        for enc in ("utf-8", "cp1252"):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
    if ctype == "application/octet-stream" and data.startswith(b"%PDF"):
        return _pdf_text(data)
    if ctype.startswith("text/"):
        return data.decode("utf-8", "replace")
    raise ValueError("unknown attachment type %s %s" % (name, ctype))


def _texts(msg, errs, where):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct == "message/rfc822":
            continue
        if fn or part.get_content_disposition() == "attachment":
            try:
                out.append(_att_text(fn, part.get_payload(decode=True), ct))
            except Exception as e:  # noqa
                errs.append("%s: attachment %s does not open: %s" % (where, fn, e))
        elif ct.startswith("text/"):
            out.append(part.get_content())
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.iter_parts():
                for h in ("From", "To", "Subject"):
                    out.append(str(sub.get(h, "")))
                out.extend(_texts(sub, errs, where + " (fwd)"))
    return out


def check():
    errs = []
    mails = build()
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errs.append("labels.tsv header")
    rows = [l.split("\t") for l in lines[1:] if l]
    if len(rows) != 150:
        errs.append("labels.tsv has %d rows" % len(rows))
    count, langs = {}, {}
    for r in rows:
        if len(r) != 5 or not all(r):
            errs.append("bad row %r" % r)
            continue
        count[r[1]] = count.get(r[1], 0) + 1
        langs[r[2]] = langs.get(r[2], 0) + 1
        if r[1] not in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
            errs.append("bad label " + r[1])
        if r[2] not in ("de", "en", "mixed"):
            errs.append("bad lang " + r[2])
    want = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
    if count != want:
        errs.append("label counts %r" % count)
    files = sorted(os.listdir(OUT))
    if files != ["d%s-%04d.eml" % (NN, i) for i in range(1, 151)]:
        errs.append("file list in mails/ is not d77-0001..0150")
    dom_re = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[\w-]+)|https?://([\w.-]+)", re.I)
    nib = 0
    for r, m in zip(rows, mails):
        name = r[0]
        path = os.path.join(OUT, name)
        raw = open(path, "rb").read()
        if raw != m["msg"].as_bytes(policy=policy.SMTP):
            errs.append(name + ": file differs from generator (not deterministic?)")
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errs.append(name + ": line ends not CRLF")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg.get(h):
                errs.append("%s: header %s missing" % (name, h))
        if r[1] != m["label"]:
            errs.append(name + ": label mismatch")
        texts = [str(msg.get(h, "")) for h in ("From", "To", "Cc", "Subject", "Reply-To")]
        texts += _texts(msg, errs, name)
        hdrs = [str(v) for part in msg.walk() for v in part.values()]
        blob = "\n".join(texts + hdrs)
        for mm in dom_re.finditer(blob):
            d = (mm.group(1) or mm.group(2) or "").rstrip(".").lower()
            if not d.endswith(".example"):
                errs.append("%s: domain not .example: %s" % (name, d))
        full = "\n".join(texts)
        for mm in IBAN_RE.finditer(full):
            ok = iban_ok(mm.group(1))
            if ok is None:
                continue
            nib += 1
            if not ok and mm.group(1).replace(" ", "").upper() not in IBAN_TYPO_OK.get(name, set()):
                errs.append("%s: IBAN checksum fails: %s" % (name, mm.group(1)))
    print("mails: %d, labels: %s, langs: %s, IBANs checked: %d" % (len(rows), count, langs, nib))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("check FAILED (%d errors)" % len(errs))
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
