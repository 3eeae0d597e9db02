#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel test corpus dev90 -- elderly customers, guardians, attorneys, annuitants.

All content is fictitious and written by hand in m001 ... m150.  The helpers below only
turn that content into MIME messages and attachment files.  Deterministic: fixed dates,
Message-IDs, boundaries and ZIP timestamps.  Standard library only.

    python make_corpus.py          # writes mails/d90-0001.eml ... and labels.tsv
    python make_corpus.py --check  # re-parses and validates everything
"""
import csv
import datetime
import io
import os
import random
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime

NN = 90
SEED = 90
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
ZIP_TS = (2024, 11, 4, 8, 30, 0)
_rng = random.Random(SEED)  # only used for Message-ID local parts

# ---------------------------------------------------------------- attachments

def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, title="Dokument"):
    """Tiny text PDF (Helvetica, WinAnsi). lines: list of str; '\f' starts a new page."""
    pages, cur = [], []
    for ln in lines:
        if ln == "\f" or len(cur) >= 52:
            pages.append(cur)
            cur = [] if ln == "\f" else [ln]
        else:
            cur.append(ln)
    pages.append(cur)
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(("<< /Title (%s) /Producer (dev90 generator) /CreationDate (D:20241104083000) >>"
                 % _pdf_esc(title)).encode("cp1252"))
    for i, pg in enumerate(pages):
        cs = ["BT", "/F1 10 Tf", "13 TL", "56 790 Td"]
        for ln in pg:
            cs.append("(%s) Tj T*" % _pdf_esc(ln))
        cs.append("ET")
        stream = "\n".join(cs).encode("cp1252")
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * i)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def _zip(members, first_stored=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED if name == first_stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def make_docx(paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
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


def make_xlsx(rows, sheet="Tabelle1"):
    xr = []
    for r, row in enumerate(rows):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
        xr.append('<row r="%d">%s</row>' % (r + 1, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mimetype, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return _zip([("mimetype", mimetype), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                first_stored="mimetype")


def make_odt(paragraphs):
    body = "".join("<text:p>%s</text:p>" % _x(p) for p in paragraphs)
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % body)


def make_ods(rows, sheet="Tabelle1"):
    trs = []
    for row in rows:
        tds = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                tds.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p>'
                           '</table:table-cell>' % (v, v))
            else:
                tds.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                           % _x(str(v)))
        trs.append("<table:table-row>%s</table:table-row>" % "".join(tds))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>'
                % (_x(sheet), "".join(trs)))


MIMES = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "zip": ("application", "zip"),
}


def att_bytes(a):
    """Turn an attachment spec into (filename, bytes). Used for ZIP members."""
    kind = a[0]
    if kind == "pdf":
        return a[1], make_pdf(a[2], title=a[1])
    if kind == "docx":
        return a[1], make_docx(a[2])
    if kind == "xlsx":
        return a[1], make_xlsx(a[2])
    if kind == "odt":
        return a[1], make_odt(a[2])
    if kind == "ods":
        return a[1], make_ods(a[2])
    if kind in ("csv", "txt", "ics", "html"):
        cs = a[3] if len(a) > 3 else "utf-8"
        return a[1], a[2].replace("\n", "\r\n").encode(cs)
    if kind == "zip":
        return a[1], _zip([att_bytes(m) for m in a[2]])
    raise ValueError(kind)


# ---------------------------------------------------------------- MIME

def _date(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    summer = 4 <= d.month <= 10
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return format_datetime(d.replace(tzinfo=tz))


def build(m, n, nested=0):
    """m: dict written by a mail function. Returns EmailMessage."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = _date(m["date"])
    local = "%s.%04d.%06x" % (m["date"][:10].replace("-", ""), n * 10 + nested, _rng.randrange(16 ** 6))
    dom = m["frm"].rsplit("@", 1)[1].rstrip(">").strip()
    msg["Message-ID"] = m.get("msgid") or "<%s@%s>" % (local, dom)
    for k, v in m.get("headers", []):
        msg[k] = v
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    params = {"format": "flowed"} if m.get("flowed") else None
    body = m.get("body")
    html = m.get("html")
    if body is not None:
        msg.set_content(body, charset=cs, cte=cte, params=params)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=cs, cte="quoted-printable")
    else:
        msg.set_content(html, subtype="html", charset=cs, cte=cte)
    for a in m.get("atts", []):
        kind = a[0]
        if kind == "eml":
            msg.add_attachment(build(a[1], n, nested + 1), filename=a[1].get("fname"))
        elif kind in ("csv", "txt", "ics", "html"):
            cs2 = a[3] if len(a) > 3 else "utf-8"
            sub = {"csv": "csv", "txt": "plain", "ics": "calendar", "html": "html"}[kind]
            if kind == "csv" and cs2 != "utf-8":
                msg.add_attachment(a[2].replace("\n", "\r\n").encode(cs2), maintype="application",
                                   subtype="vnd.ms-excel", filename=a[1])
            else:
                extra = {"params": {"method": "REQUEST"}} if kind == "ics" else {}
                msg.add_attachment(a[2], subtype=sub, charset=cs2, filename=a[1],
                                   cte="quoted-printable", **extra)
        elif kind == "bin":  # (bin, filename, spec-of-real-type)
            fn, data = att_bytes(a[2])
            msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=a[1])
        else:
            fn, data = att_bytes(a)
            mt, st = MIMES[kind]
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("----=_d90_%04d_%d_%d" % (n, nested, i))
    return msg


# ================================================================ mails 001-025

def m001():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="annuity contract of a named annuitant, life certificate received, monthly pension amount, birth date; written to the daughter holding a Vorsorgevollmacht",
        frm="Sabine Kreutzkamp <rentenservice@rheinauen.example>",
        to="Birgit Hambloch-Reuter <birgit.reuter@posteo.example>",
        subject="AW: Lebensbescheinigung meiner Mutter - RV 30-118 427",
        date="2025-01-14 10:42",
        body="""Sehr geehrte Frau Hambloch-Reuter,

vielen Dank für die Übersendung der Lebensbescheinigung Ihrer Mutter, Frau Gertrud Hambloch
(geb. 03.05.1936). Die Bescheinigung ist am 13.01.2025 bei uns eingegangen und vollständig.

Die Rentenzahlung aus der Rentenversicherung Nr. RV 30-118 427 läuft damit unverändert weiter.
Die nächste Zahlung in Höhe von 412,38 EUR erfolgt wie gewohnt zum 01.02.2025 auf das bekannte
Konto Ihrer Mutter.

Ihre Vorsorgevollmacht vom 19.06.2019 liegt uns vor und ist im Vertrag hinterlegt. Sie erhalten
künftig eine Kopie aller Schreiben an Ihre Mutter, so wie Sie es gewünscht haben.

Die nächste Lebensbescheinigung benötigen wir erst wieder im Januar 2026. Wir schicken Ihnen
das Formular rechtzeitig zu.

Mit freundlichen Grüßen

Sabine Kreutzkamp
Rentenservice Leben

Rheinauen Lebensversicherung AG
Auenring 12 · 40221 Düsseldorf
Telefon 0211 4907-2210 · www.rheinauen.example
Vorstand: Dr. Matthias Terfloth (Vors.), Ute Kahlenberg, Sven Raddatz
Sitz Düsseldorf · Amtsgericht Düsseldorf HRB 48210

-----Ursprüngliche Nachricht-----
Von: Birgit Hambloch-Reuter <birgit.reuter@posteo.example>
Gesendet: Sonntag, 12. Januar 2025 19:03
An: rentenservice@rheinauen.example
Betreff: Lebensbescheinigung meiner Mutter - RV 30-118 427

Guten Tag,

anbei wie besprochen die Lebensbescheinigung für meine Mutter. Das Bürgeramt hat
gestempelt, ich habe das Original gestern in die Post gegeben und schicke Ihnen vorab
den Scan. Bitte sorgen Sie dafür, dass die Rente nicht wieder ausgesetzt wird wie letztes
Jahr, das hat meiner Mutter große Sorgen gemacht.

Viele Grüße
Birgit Hambloch-Reuter
""")


def m002():
    text = """RHEINAUEN 60plus - Ihr Newsletter für die besten Jahre
Ausgabe Februar 2025

Liebe Leserinnen und Leser,

der Winter zieht sich, und viele von Ihnen nutzen die ruhigeren Wochen, um Papiere zu
ordnen. Deshalb geht es in dieser Ausgabe um Vorsorge - und um ein paar Dinge, die den
Alltag leichter machen.

1) Vorsorgevollmacht: lieber früh als zu spät
Wer soll für Sie entscheiden, wenn Sie es selbst einmal nicht mehr können? Ohne Vollmacht
bestellt im Ernstfall das Betreuungsgericht eine Betreuerin oder einen Betreuer - auch für
Ehepartner gilt das seit 2023 nur noch eingeschränkt (Notvertretungsrecht für maximal sechs
Monate, nur in Gesundheitsangelegenheiten). Unser Tipp: Vollmacht im Zentralen
Vorsorgeregister eintragen lassen und uns eine Kopie schicken, dann können Ihre
Bevollmächtigten auch Ihre Verträge bei uns verwalten.

2) Gut hören, gut leben
Jeder Dritte über 65 hört schlechter, aber nur ein Teil trägt ein Hörgerät. Was die
gesetzliche Kasse zahlt, was ein Festbetrag ist und warum sich ein Vergleich beim
Akustiker lohnt, lesen Sie auf unserer Ratgeberseite.

3) Stolperfallen zu Hause
Teppichkanten, schlecht beleuchtete Treppen, nasse Badfliesen: Die meisten Stürze
passieren in den eigenen vier Wänden. Unsere Checkliste "Sicher wohnen" zum Ausdrucken
finden Sie unter www.rheinauen.example/sicher-wohnen.

4) Rätselecke
Auflösung aus dem Januar: "Schneegestöber". Gewonnen haben drei Leser aus Neuss,
Solingen und Wuppertal - herzlichen Glückwunsch!

Sie möchten den Newsletter nicht mehr erhalten? Abmelden: www.rheinauen.example/abmelden
Rheinauen Versicherungsgruppe · Auenring 12 · 40221 Düsseldorf
"""
    html = """<html><body style="font-family:Georgia,serif;font-size:18px;color:#222">
<h1 style="color:#1b5e7a">RHEINAUEN 60plus</h1>
<p><i>Ihr Newsletter für die besten Jahre &middot; Ausgabe Februar 2025</i></p>
<p>Liebe Leserinnen und Leser,</p>
<p>der Winter zieht sich, und viele von Ihnen nutzen die ruhigeren Wochen, um Papiere zu ordnen.
Deshalb geht es in dieser Ausgabe um Vorsorge &ndash; und um ein paar Dinge, die den Alltag leichter machen.</p>
<h2>1) Vorsorgevollmacht: lieber früh als zu spät</h2>
<p>Wer soll für Sie entscheiden, wenn Sie es selbst einmal nicht mehr können? Ohne Vollmacht bestellt im
Ernstfall das Betreuungsgericht eine Betreuerin oder einen Betreuer &ndash; auch für Ehepartner gilt das seit 2023
nur noch eingeschränkt (Notvertretungsrecht für maximal sechs Monate, nur in Gesundheitsangelegenheiten).
Unser Tipp: Vollmacht im Zentralen Vorsorgeregister eintragen lassen und uns eine Kopie schicken.</p>
<h2>2) Gut hören, gut leben</h2>
<p>Jeder Dritte über 65 hört schlechter, aber nur ein Teil trägt ein Hörgerät. Was die gesetzliche Kasse zahlt,
was ein Festbetrag ist und warum sich ein Vergleich beim Akustiker lohnt, lesen Sie auf unserer Ratgeberseite.</p>
<h2>3) Stolperfallen zu Hause</h2>
<p>Teppichkanten, schlecht beleuchtete Treppen, nasse Badfliesen: Die meisten Stürze passieren in den eigenen
vier Wänden. <a href="https://www.rheinauen.example/sicher-wohnen">Checkliste &bdquo;Sicher wohnen&ldquo;</a></p>
<h2>4) Rätselecke</h2>
<p>Auflösung aus dem Januar: &bdquo;Schneegestöber&ldquo;. Gewonnen haben drei Leser aus Neuss, Solingen und Wuppertal.</p>
<hr><p style="font-size:13px">Abmelden: <a href="https://www.rheinauen.example/abmelden">www.rheinauen.example/abmelden</a><br>
Rheinauen Versicherungsgruppe &middot; Auenring 12 &middot; 40221 Düsseldorf</p>
</body></html>"""
    return dict(
        label="NORMAL", lang="de", kind="newsletter",
        reason="trap: seniors' newsletter about Vorsorgevollmacht, Betreuungsgericht, hearing aids and falls; no person concerned",
        frm="Rheinauen 60plus <newsletter@news.rheinauen.example>",
        to="60plus-verteiler@news.rheinauen.example",
        subject="60plus im Februar: Vorsorgevollmacht, gutes Hören und Stolperfallen",
        date="2025-02-04 07:00",
        headers=[("List-Unsubscribe", "<https://www.rheinauen.example/abmelden>")],
        body=text, html=html)


def m003():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="motor policy of a named customer cancelled after car sale (stopped driving, no health reason), plate and refund",
        frm="Melanie Oberdörster <kfz@rheinauen.example>",
        to="Daniel Pfeiffer <d.pfeiffer@northmail.example>",
        subject="Re: Cancelling my father's car insurance (KF 77 412 095)",
        date="2025-01-20 14:05",
        body="""Dear Mr Pfeiffer,

thank you for your e-mail and for sending the signed cancellation together with the copy
of the sales contract.

We have cancelled the motor policy KF 77 412 095 of your father, Mr Horst Pfeiffer,
with effect from 17 January 2025, the day the car (VW Golf, registration D-HP 318)
was handed over to the buyer. As the premium had been paid for the whole year, your
father will receive a refund of EUR 86.40 for the unused period. The amount will be
transferred to the account from which the premium was collected; no action is needed
on his side.

Your father has reached no-claims class SF 31. If anyone in the family wants to take
over this no-claims bonus for their own car, please let us know within the next twelve
months - we will then send the transfer form (Übertragungserklärung).

Kind regards

Melanie Oberdörster
Motor Contracts

Rheinauen Allgemeine Versicherung AG
Auenring 12, 40221 Düsseldorf, Germany

> -----Original Message-----
> From: Daniel Pfeiffer
> Sent: 18 January 2025 21:47
> Subject: Cancelling my father's car insurance
>
> Hello,
> my father (Horst Pfeiffer, Neuss) has decided he does not need the car any more now
> that he lives right next to the tram stop, so we sold it yesterday. I live in Leeds
> and help him with his paperwork - he has signed the attached letter. Could you
> please confirm in English? His German letters I can read, but slowly :-)
> Thanks, Daniel
""")


def m004():
    pdf = [
        "Amtsgericht Düsseldorf - Betreuungsgericht -",
        "Az.: 96 XVII 1183/24",
        "",
        "Beschluss",
        "",
        "In dem Betreuungsverfahren für",
        "Herrn Werner Quadflieg, geb. 12.09.1939,",
        "wohnhaft Haus St. Josef, Kaiserswerther Str. 210, 40474 Düsseldorf,",
        "",
        "1. Für den Betroffenen wird eine Betreuerin bestellt.",
        "2. Zur Betreuerin wird bestellt: Rechtsanwältin Claudia Esser, Berufsbetreuerin,",
        "   Graf-Adolf-Platz 4, 40213 Düsseldorf.",
        "3. Aufgabenkreise: Vermögenssorge, Gesundheitssorge, Aufenthaltsbestimmung,",
        "   Vertretung gegenüber Behörden, Versicherungs- und Rententrägern,",
        "   Entgegennahme, Öffnen und Anhalten der Post.",
        "4. Ein Einwilligungsvorbehalt wird für den Aufgabenkreis Vermögenssorge angeordnet.",
        "5. Das Gericht wird spätestens bis zum 30.10.2031 über eine Aufhebung oder",
        "   Verlängerung der Maßnahme beschließen.",
        "",
        "Gründe:",
        "Der Betroffene leidet nach dem Gutachten des Sachverständigen Dr. med. F. Hoevel",
        "vom 02.10.2024 an einer mittelschweren bis schweren Demenz vom Alzheimer-Typ",
        "(ICD-10 F00.1). Er kann seine Angelegenheiten in den genannten Bereichen nicht",
        "mehr selbst besorgen. Eine Vorsorgevollmacht liegt nicht vor.",
        "",
        "Düsseldorf, 30.10.2024",
        "Dr. Lenzen, Richterin am Amtsgericht",
    ]
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
        reason="court order appointing a guardian for a named annuitant with Alzheimer dementia (F00.1) in the PDF; life and annuity contract numbers",
        frm="Kerstin Brühl <vollmachten@rheinauen.example>",
        to="rentenservice@rheinauen.example",
        cc="leistung-leben@rheinauen.example",
        subject="Betreuung eingerichtet - Quadflieg, Werner - RV 30-204 551 / L 20-558 301",
        date="2024-11-06 09:18",
        body="""Hallo zusammen,

für Herrn Werner Quadflieg ist eine Berufsbetreuerin bestellt worden, Beschluss anbei.
Betreuerin ist RAin Claudia Esser, Aufgabenkreis u. a. Vermögenssorge und Vertretung
gegenüber Versicherungen. Einwilligungsvorbehalt für die Vermögenssorge ist angeordnet,
d. h. Erklärungen von Herrn Quadflieg selbst bitte ab sofort nicht mehr umsetzen.

Ich habe in beiden Verträgen den Sperrvermerk "Betreuung - nur über Betreuerin" gesetzt
und die Postanschrift auf die Kanzlei umgestellt:

  RV 30-204 551  Rentenversicherung, laufende Rente
  L 20-558 301   Kapital-LV, Ablauf 01.12.2026

Der Betreuerausweis kommt laut Frau Esser noch per Post. Bitte bei der Rentenzahlung
nichts ändern, das Konto bleibt.

Gruß
Kerstin Brühl
Vollmachten & Betreuungen
App. 2274
""",
        atts=[("pdf", "Beschluss_AG_Duesseldorf_96XVII1183-24.pdf", pdf)])


def m005():
    rows = [
        ["Rücklauf Lebensbescheinigungen 2024", "", "", "", "", ""],
        ["Monat", "versandt", "eingegangen bis Frist", "1. Erinnerung", "Zahlung ausgesetzt", "Quote %"],
        ["Januar", 2184, 1902, 282, 41, 87.1],
        ["Februar", 176, 151, 25, 4, 85.8],
        ["März", 163, 140, 23, 6, 85.9],
        ["April", 158, 139, 19, 3, 88.0],
        ["Mai", 171, 149, 22, 5, 87.1],
        ["Juni", 149, 131, 18, 2, 87.9],
        ["Juli", 166, 141, 25, 7, 84.9],
        ["August", 152, 129, 23, 4, 84.9],
        ["September", 160, 142, 18, 3, 88.8],
        ["Oktober", 174, 150, 24, 6, 86.2],
        ["November", 157, 138, 19, 2, 87.9],
        ["Dezember", 141, 117, 24, 5, 83.0],
        ["Summe", 4051, 3529, 522, 88, 87.1],
        ["davon Ausland", 612, 471, 141, 29, 77.0],
    ]
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: aggregated monthly statistics of life-certificate returns and suspended pensions, no person",
        frm="Sabine Kreutzkamp <rentenservice@rheinauen.example>",
        to="Jörg Haverkamp <leistung-leben@rheinauen.example>",
        subject="Auswertung Rücklauf Lebensbescheinigungen 2024",
        date="2025-01-09 16:30",
        body="""Hallo Jörg,

wie besprochen die Jahresauswertung zu den Lebensbescheinigungen, Stand 08.01.
Auffällig ist wie jedes Jahr das Ausland (Quote 77 %), da hängen wir vor allem an den
Bescheinigungen aus Spanien und der Türkei, die oft erst nach der zweiten Erinnerung kommen.

Vorschlag für den Jour fixe: Fristen fürs Ausland von 6 auf 10 Wochen verlängern.

VG Sabine
""",
        atts=[("ods", "Ruecklauf_LB_2024.ods", rows)])


def m006():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="named customer's motor policy ended after deregistration, plate, no-claims class and grandson's name; no health content",
        frm="Kfz-Vertrag Rheinauen <kfz@rheinauen.example>",
        to="heinz-dieter.bollig@tonline.example",
        subject="Ihre Kfz-Versicherung KF 77 309 846 - Vertragsende",
        date="2025-02-11 08:55",
        body="""Sehr geehrter Herr Bollig,

Ihr Fahrzeug mit dem Kennzeichen NE-HB 412 wurde uns von der Zulassungsstelle am 07.02.2025
als abgemeldet gemeldet. Ihre Kfz-Versicherung KF 77 309 846 endet daher zu diesem Tag.
Den zu viel gezahlten Beitrag von 143,22 EUR erstatten wir auf Ihr Konto.

Sie hatten am Telefon gefragt, ob Ihr Enkel Lukas Bollig Ihren Schadenfreiheitsrabatt
(SF 25) übernehmen kann. Das geht, wenn Ihr Enkel das Fahrzeug in den letzten Jahren
regelmäßig mitgefahren ist und Sie ihm den Rabatt schriftlich übertragen. Das Formular
"Übertragung Schadenfreiheitsrabatt" legen wir Ihnen per Post bei. Ihr Enkel kann höchstens
so viele schadenfreie Jahre übernehmen, wie er selbst den Führerschein hat.

Mit freundlichen Grüßen
Ihr Kfz-Team der Rheinauen
""")


def m007():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="customer",
        reason="forwarded mail from annuitant's daughter: stroke, assisted living, annuity contract and birth date",
        frm="Fiona McAllister <international-annuities@rheinauen.example>",
        to="rentenservice@rheinauen.example",
        subject="FW: Life certificate Ingrid Schaller-Moore / RV 30-087 219",
        date="2024-10-02 11:27",
        body="""Hi Sabine,

see below - life certificate for Mrs Schaller-Moore arrived by mail today, notarised in
Ohio with apostille, so formally fine. Please lift the payment suspension from 01.10.
I've scanned it into the file. The daughter asks for all future letters to go to her
address; she has a durable power of attorney, copy in the file too.

Cheers, Fiona

---------- Forwarded message ----------
From: Karen Moore-Haynes <karen.mh@lakeshore-mail.example>
Date: Sun, Sep 29, 2024 at 8:12 PM
Subject: Life certificate - Ingrid Schaller-Moore, DOB 11/02/1938, contract RV 30-087 219
To: international-annuities@rheinauen.example

Dear Sir or Madam,

I am so sorry this is late. My mother Ingrid Schaller-Moore had a stroke in August and
spent three weeks in the hospital in Columbus. She is now living in an assisted living
facility (Maple Grove Senior Living, Westerville) and cannot write anymore with her right
hand, so I had a notary come to the facility. The original with the apostille is in the
mail to you.

Please do not stop her pension, she needs it for the facility. I have a durable power of
attorney (attached) - can you please send everything to me from now on?

Thank you,
Karen Moore-Haynes
1840 Linden Ave, Westerville, OH
""")


def m008():
    log = """2025-02-26T23:10:04 INFO  RBM-EXPORT job rbm_zfa_2024 started (run-id 8812)
2025-02-26T23:10:04 INFO  reporting year 2024, sender profile ZFA-PROD
2025-02-26T23:11:58 INFO  records selected: 18 402
2025-02-26T23:14:30 INFO  records validated: 18 377, rejected: 25 (rule IDNR_MISSING)
2025-02-26T23:14:31 INFO  packaging 19 files of max 1000 records
2025-02-26T23:15:02 ERROR transfer file 07/19: TLS handshake failed (peer zfa-gateway.test.example:443)
2025-02-26T23:15:02 ERROR retry 1/3 ... failed
2025-02-26T23:16:02 ERROR retry 2/3 ... failed
2025-02-26T23:17:02 ERROR retry 3/3 ... failed
2025-02-26T23:17:02 FATAL job aborted, files 07-19 not transmitted
"""
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: IT incident about the pension tax certificate (RBM) transmission batch; counts and error codes only",
        frm="IT Service Desk <servicedesk@rheinauen.example>",
        to="rentenservice@rheinauen.example",
        cc="it-batch@rheinauen.example",
        subject="[INC-2025-0419] RBM transmission to ZfA aborted - files 07-19 pending",
        date="2025-02-27 07:41",
        body="""Hello,

the nightly job rbm_zfa_2024 (Rentenbezugsmitteilungen reporting year 2024) aborted
yesterday at 23:17 after three failed TLS handshakes with the gateway. Files 01-06 were
transmitted, 07-19 are pending. Root cause: the client certificate on the batch server
was renewed on 25 Feb, but the new intermediate was not imported. Fix is scheduled for
tonight, job will be re-run at 22:00.

Deadline for the transmission is 28 Feb, so we are still within the window. 25 records
were rejected for missing tax ID - same rule as every year, the business list is
available in the usual folder, not attached here.

Log excerpt attached.

Regards
Paul Nießen
IT Service Desk / Batch Operations
""",
        atts=[("txt", "rbm_zfa_2024_run8812.log", log)])


def m009():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="named customer's household contract cancelled after moving in with her daughter, addresses and contract number; no health reason given",
        frm="Tobias Wendeler <sach@rheinauen.example>",
        to="Martina Schöler <m.schoeler@mailbox.example>",
        subject="Hausratversicherung Ihrer Mutter HR-5 20 4471 - Aufhebung zum 28.02.2025",
        date="2025-02-18 13:12",
        body="""Sehr geehrte Frau Schöler,

vielen Dank für Ihren Anruf und die Kopie der Vorsorgevollmacht Ihrer Mutter,
Frau Elfriede Kamphausen.

Da Ihre Mutter ihre Wohnung in der Heerdter Landstraße 54, 40549 Düsseldorf, zum
28.02.2025 aufgibt und dauerhaft in Ihren Haushalt nach 40667 Meerbusch, Am Pfarrgarten 9,
zieht, heben wir die Hausratversicherung HR-5 20 4471 zu diesem Datum auf. Der anteilige
Beitrag wird erstattet.

Gut zu wissen: Die Sachen Ihrer Mutter sind in Ihrer eigenen Hausratversicherung bei uns
(HR-5 18 0932) mitversichert, weil sie jetzt zu Ihrem Haushalt gehört. Bitte prüfen Sie,
ob die Versicherungssumme noch reicht - zusätzliche Möbel und Schmuck erhöhen den Wert
Ihres Hausrats. Eine Anpassung ist telefonisch möglich.

Mit freundlichen Grüßen

Tobias Wendeler
Sachversicherung Privatkunden
Rheinauen Allgemeine Versicherung AG
""")


def m010():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="named customer's lost hearing aid, care home stay, acoustician's quote - hearing impairment is health data",
        frm="Schadenservice Rheinauen <schaden@rheinauen.example>",
        to="Konrad Leuchtenberg <k.leuchtenberg@web.example>",
        subject="Ihr Schaden S-2025-041 187 - Verlust Hörgerät",
        date="2025-03-03 10:20",
        body="""Sehr geehrter Herr Leuchtenberg,

wir haben Ihre Schadenmeldung zur Hörgeräte-Versicherung (Vertrag EL-3 44 1208) erhalten.
Sie schreiben, dass Ihr rechtes Hörgerät (HdO-Gerät, Anpassung 05/2023) während Ihres
Kurzzeitpflege-Aufenthalts im Seniorenzentrum Rosenhof in Hilden verloren gegangen ist
und trotz Suche durch das Pflegepersonal nicht wiedergefunden wurde.

Verlust ist bei Ihrem Tarif mitversichert. Für die Regulierung benötigen wir noch:

- den Kostenvoranschlag Ihres Hörakustikers für das Ersatzgerät (Sie nannten
  telefonisch ca. 1.890 EUR),
- die Bestätigung der Einrichtung über den Verlust,
- die Angabe, welcher Betrag von Ihrer Krankenkasse übernommen wird.

Von der Entschädigung ziehen wir die vereinbarte Selbstbeteiligung von 150 EUR ab.

Gute Besserung und freundliche Grüße
Ihr Schadenservice
Rheinauen Allgemeine Versicherung AG
""")


def m011():
    html = """<html><body style="font-family:Arial,sans-serif">
<div style="background:#f4efe6;padding:20px">
<h2 style="color:#7a5a1b">Seniorenresidenz Am Kurpark &ndash; Leben mit Stil in Bad Honnef</h2>
<p>Sehr geehrte Damen und Herren,</p>
<p>als Versicherer mit vielen Kundinnen und Kunden im Ruhestand wissen Sie: Die Frage nach dem
passenden Wohnen im Alter kommt oft plötzlich. Wir möchten Ihnen eine Kooperation vorschlagen.</p>
<ul>
<li>68 Apartments von 38 bis 92 m&sup2;, barrierefrei, mit Balkon oder Terrasse</li>
<li>Restaurant, Schwimmbad, Bibliothek, Concierge rund um die Uhr</li>
<li>ambulanter Pflegedienst im Haus, stationäre Pflege im benachbarten Haus Rheinblick</li>
<li>Probewohnen ab 79 &euro; pro Nacht</li>
</ul>
<p><b>Unser Angebot:</b> Für Kundinnen und Kunden der Rheinauen entfällt die Aufnahmegebühr (1.500 &euro;).
Gern stellen wir Ihnen Flyer für Ihre Servicecenter zur Verfügung.</p>
<p>Mit herzlichen Grüßen<br>Annika Brosch, Vertrieb &amp; Kooperationen<br>
Seniorenresidenz Am Kurpark GmbH &middot; Kurpark-Allee 3 &middot; 53604 Bad Honnef<br>
<a href="https://www.am-kurpark-residenz.example">www.am-kurpark-residenz.example</a></p>
</div></body></html>"""
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: care-home advertisement / cooperation offer forwarded to marketing; only a sales contact",
        frm="Ines Schwarzer <marketing@rheinauen.example>",
        to="kooperationen@rheinauen.example",
        subject="WG: Kooperationsanfrage Seniorenresidenz Am Kurpark",
        date="2024-09-17 15:02",
        body="""Hallo Team Kooperationen,

kam heute an info@ rein. Passt eher nicht zu unserer Linie (wir empfehlen keine einzelnen
Häuser), aber vielleicht für die 60plus-Veranstaltung im Herbst als Aussteller? Bitte kurz
Meinung bis Freitag.

Ines

---------- Weitergeleitete Nachricht ----------
Von: Seniorenresidenz Am Kurpark <kooperation@am-kurpark-residenz.example>
Betreff: Kooperation: Wohnen im Alter für Ihre Kundinnen und Kunden

Seniorenresidenz Am Kurpark - Leben mit Stil in Bad Honnef
68 Apartments, barrierefrei, Restaurant, Schwimmbad, Concierge rund um die Uhr,
ambulanter Pflegedienst im Haus. Probewohnen ab 79 EUR pro Nacht.
Für Kundinnen und Kunden der Rheinauen entfällt die Aufnahmegebühr (1.500 EUR).
Annika Brosch, Vertrieb & Kooperationen
""",
        html=html)


def m012():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="mixed", kind="internal",
        reason="annuitant abroad in hospital after heart surgery, life certificate (fe de vida), contract number - German/English internal exchange",
        frm="Fiona McAllister <international-annuities@rheinauen.example>",
        to="Sabine Kreutzkamp <rentenservice@rheinauen.example>",
        subject="RE: Ortmann, Klaus - RV 30-151 006 - fe de vida / Zahlung März",
        date="2025-03-12 09:03",
        body="""Hi Sabine,

short update on Mr Ortmann (Alicante): we now have the "fe de vida" from the Registro Civil,
dated 05.03.2025 - but it's only a copy, the original is still with the daughter. Given
the circumstances I'd suggest we accept the copy this time and release the March payment.
The daughter says he is still in the Hospital General de Alicante after the bypass
operation and the Registro only issued it because a nurse confirmed his identity.

Can you release it on your side? I can't in ARIS (no Freigabe-Recht for suspensions).

Thanks!
Fiona

-----Ursprüngliche Nachricht-----
Von: Sabine Kreutzkamp
Gesendet: Dienstag, 11. März 2025 17:20
An: Fiona McAllister
Betreff: Ortmann, Klaus - RV 30-151 006 - fe de vida / Zahlung März

Hi Fiona,

bei Herrn Ortmann (geb. 27.08.1937) ist die Rente seit 01.03. ausgesetzt, weil die
Lebensbescheinigung fehlt. Die Tochter hat gestern angerufen, ziemlich aufgelöst - er liegt
wohl seit Mitte Februar im Krankenhaus (Herz-OP). Weißt du, ob da schon was aus Spanien
gekommen ist? Monatsrente 688,12 EUR, die brauchen das Geld.

Danke dir, Sabine
""")


def m013():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-broker",
        reason="named clients' buildings policy, vacancy after move into a retirement residence, addresses and sum insured; no care reason",
        frm="Dirk Spelleken <maklerbetreuung@rheinauen.example>",
        to="James Whitfield <j.whitfield@rhine-expat-brokers.example>",
        subject="Re: Lindqvist - buildings policy WG-7 11 3092 - house vacant from April",
        date="2025-03-20 12:48",
        body="""Dear James,

thanks for the heads-up regarding Margaret and Peter Lindqvist.

For the buildings policy WG-7 11 3092 (Am Gratenpoet 17, 40882 Ratingen, sum insured
value 1914 x 25.4) the following applies once the house is empty from 1 April:

- Vacancy must be reported; we can keep cover unchanged for up to 6 months if the
  heating is kept running or the water system is drained and shut off, and the
  house is checked at least once a week.
- After the sale, the policy passes to the buyer by law (§ 95 VVG); the buyer may
  cancel within one month after entry in the land register.
- The contents policy HR-5 27 5510 moves with them to the new address:
  Residenz Rheinpark, App. 3.14, Rotterdamer Str. 30, 40474 Düsseldorf. Please send
  us the size of the new apartment (m²) so we can adjust the premium.

Best regards
Dirk Spelleken
Broker Support, Rheinauen Allgemeine Versicherung AG

> From: James Whitfield
> Sent: Wednesday, 19 March 2025 16:05
> Dirk, my clients the Lindqvists are moving into the Residenz Rheinpark (serviced
> apartments) on 1 April and the Ratingen house goes on the market. Anything they
> need to do for the buildings and contents cover? Thanks, James
""")


def m014():
    pdf = [
        "Merkblatt: Ihre Lebensbescheinigung",
        "",
        "Warum brauchen wir eine Lebensbescheinigung?",
        "Renten aus einer privaten Rentenversicherung werden lebenslang gezahlt. Damit die",
        "Zahlung an die richtige Person geht, bitten wir einmal im Jahr um eine Bestätigung,",
        "dass die versicherte Person lebt.",
        "",
        "Wer darf die Bescheinigung ausstellen?",
        "- Einwohnermeldeamt / Bürgerbüro Ihrer Gemeinde",
        "- Notarin oder Notar, Konsulat oder Botschaft (bei Wohnsitz im Ausland)",
        "- in Pflegeeinrichtungen: die Einrichtungsleitung mit Stempel der Einrichtung",
        "",
        "Wer darf unterschreiben, wenn ich es nicht mehr selbst kann?",
        "Bevollmächtigte oder Betreuer unterschreiben mit dem Zusatz \"i. V.\". Bitte legen Sie",
        "beim ersten Mal eine Kopie der Vollmacht oder des Betreuerausweises bei.",
        "",
        "Was passiert, wenn die Bescheinigung nicht kommt?",
        "Nach zwei Erinnerungen setzen wir die Rente vorübergehend aus. Sobald die",
        "Bescheinigung eingeht, zahlen wir alle ausstehenden Beträge nach.",
        "",
        "Fragen? Rentenservice 0211 4907-2210, Mo-Fr 8-18 Uhr",
        "Rheinauen Lebensversicherung AG, Auenring 12, 40221 Düsseldorf",
        "Stand 01/2025 - Formular-Nr. LV-LB-07",
    ]
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: information leaflet on life certificates, guardians and attorneys; generic",
        frm="Unternehmenskommunikation <kommunikation@rheinauen.example>",
        to="alle-kundenservice@rheinauen.example",
        subject="Neues Merkblatt Lebensbescheinigung (LV-LB-07) ab sofort im Einsatz",
        date="2025-01-07 08:15",
        body="""Liebe Kolleginnen und Kollegen,

ab sofort ersetzt das überarbeitete Merkblatt LV-LB-07 die bisherige Version 03/2021.
Neu sind die Abschnitte zu Pflegeeinrichtungen und zur Unterschrift durch Bevollmächtigte
und Betreuer - danke an das Team 60plus für die Hinweise aus den Kundengesprächen.

Das Merkblatt wird automatisch mit jeder Anforderung verschickt. Für Rückfragen am Telefon
liegt es als PDF anbei und im Intranet unter Formulare > Leben > Rente.

Viele Grüße
Ihre Unternehmenskommunikation
""",
        atts=[("pdf", "Merkblatt_Lebensbescheinigung_LV-LB-07.pdf", pdf)])


def m015():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="doctor",
        reason="GP certificate on a named customer's incapacity with Alzheimer diagnosis and ICD codes, forwarded internally",
        frm="Kerstin Brühl <vollmachten@rheinauen.example>",
        to="Jörg Haverkamp <leistung-leben@rheinauen.example>",
        subject="WG: Attest Pütz, Hedwig - L 20-331 870 - bitte Einschätzung",
        date="2024-12-02 14:37",
        body="""Hallo Jörg,

der Sohn von Frau Pütz möchte den Rückkauf der LV L 20-331 870 veranlassen und hat statt
Vollmacht nur das unten stehende Attest geschickt. Eine Vollmacht gibt es nicht, eine
Betreuung ist laut Sohn "beantragt". Ich würde das so nicht umsetzen - siehst du das auch so?
Dann schreibe ich ihm, dass wir den Betreuerausweis abwarten müssen.

Gruß Kerstin

---- Text des Attests (Scan in der Akte) ----

Dr. med. Ulrich Brenner
Facharzt für Allgemeinmedizin - Hausärztliche Versorgung
Benrather Schlossallee 88, 40597 Düsseldorf

Ärztliche Bescheinigung

Frau Hedwig Pütz, geb. 22.01.1934, ist seit 2016 in meiner hausärztlichen Behandlung.
Bei der Patientin besteht eine fortgeschrittene Demenz bei Alzheimer-Krankheit mit spätem
Beginn (G30.1 G, F00.1 G), zusätzlich ein Zustand nach Schenkelhalsfraktur rechts 2023.
Die Patientin ist zeitlich und örtlich nicht orientiert (MMST 11/30) und nach meiner
Einschätzung nicht mehr in der Lage, die Tragweite rechtsgeschäftlicher Erklärungen zu
erkennen. Sie ist in allen Angelegenheiten auf die Hilfe ihres Sohnes angewiesen.

Düsseldorf, 25.11.2024
Dr. med. U. Brenner
""")


def m016():
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: out-of-office reply from the international annuities desk mentioning life certificates; no person",
        frm="Fiona McAllister <international-annuities@rheinauen.example>",
        to="Ricardo Alves <r.alves@gss.rheinauen.example>",
        subject="Automatic reply: Q1 life certificate reminders - country split",
        date="2025-04-14 08:01",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        body="""Thank you for your message. I am out of the office until 25 April 2025 with
limited access to e-mail.

For life certificates and payments to annuitants living abroad please contact
rentenservice@rheinauen.example or call +49 211 4907-2210.
For pension tax certificates (Rentenbezugsmitteilung) please contact Sabine Kreutzkamp.

Best regards
Fiona McAllister
International Annuities Desk
""")


def m017():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="customer",
        reason="son with power of attorney changes the IBAN for his parents' liability policy; names, contract and bank data",
        frm="Marco Lüttgens <service60plus@rheinauen.example>",
        to="beitragsbuchhaltung@rheinauen.example",
        subject="WG: Neue Bankverbindung Eltern Weyers PH-5 31 0982",
        date="2024-11-19 11:50",
        body="""Bitte neue Bankverbindung ab nächster Fälligkeit (01.01.) einpflegen. Vollmacht ist
geprüft und im Vertrag hinterlegt (Generalvollmacht vom 03.03.2022, beide Eltern).
Neues SEPA-Mandat kommt per Post, Unterschrift Sohn als Bevollmächtigter.

Danke, Marco

> Von: Frank Weyers <frank.weyers@mailbox.example>
> Gesendet: Montag, 18. November 2024 20:31
> An: service60plus@rheinauen.example
> Betreff: Neue Bankverbindung Eltern
>
> Hallo,
> meine Eltern Hans und Ilse Weyers haben bei Ihnen die Haftpflicht PH-5 31 0982.
> Wir haben die Konten zusammengelegt, das alte Konto bei der Sparkasse wird zum
> Jahresende geschlossen. Bitte ab Januar abbuchen von:
>
>   Kontoinhaber: Hans Weyers und Ilse Weyers
>   IBAN DE37 7456 2569 7812 3740 03
>
> Ich habe von beiden eine Generalvollmacht, die haben Sie seit 2022.
> Gruß Frank Weyers
""")


def m018():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="pension tax certificate details of a named annuitant: tax ID, annuity paid in 2024, taxable portion - annuity is a life contract",
        frm="Sabine Kreutzkamp <rentenservice@rheinauen.example>",
        to="Robert Kessler <rob.kessler@thamesmail.example>",
        subject="Your aunt's pension tax certificate 2024 - contract RV 30-240 775",
        date="2025-03-05 15:22",
        body="""Dear Mr Kessler,

as promised on the phone, here is an explanation of the "Rentenbezugsmitteilung" for your
aunt, Mrs Marlene Kessler, which we have reported to the German central pension tax office
(ZfA) for the year 2024.

  Contract:             RV 30-240 775 (private annuity)
  Tax ID (IdNr):        47 120 583 916
  Start of annuity:     01.07.2009, at age 65
  Annuity paid 2024:    EUR 5,148.60 (12 x EUR 429.05)
  Type of annuity:      private annuity, taxed with its income portion
                        (Ertragsanteil) under § 22 No. 1 sentence 3 a) bb) EStG
  Income portion:       18 % = EUR 926.75

Only the income portion of EUR 926.75 has to be entered in line 14 of the form "Anlage R"
of her German tax return. The tax office already has the figures electronically.

Your power of attorney is on file, so we can continue to correspond with you in English.

Kind regards
Sabine Kreutzkamp
Annuity Service, Rheinauen Lebensversicherung AG
""")


def m019():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Rheinauen//Outlook Export//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:20250325-vortrag-vorsorge@rheinauen.example
DTSTAMP:20250303T090000Z
DTSTART;TZID=Europe/Berlin:20250325T160000
DTEND;TZID=Europe/Berlin:20250325T173000
SUMMARY:Vortrag: Vorsorgevollmacht und Betreuungsverfügung
LOCATION:Servicecenter Düsseldorf, Raum Rhein (EG)
ORGANIZER;CN=Marco Lüttgens:mailto:service60plus@rheinauen.example
DESCRIPTION:Referent: Notar a.D. Dr. Bernhard Schäfers. Für alle Kolleginnen und Kollegen mit Kundenkontakt. Keine Anmeldung nötig.
END:VEVENT
END:VCALENDAR
"""
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: staff talk invitation on Vorsorgevollmacht/Betreuungsverfügung with ICS; no customer",
        frm="Marco Lüttgens <service60plus@rheinauen.example>",
        to="alle-kundenservice@rheinauen.example",
        subject="Einladung: Vorsorgevollmacht und Betreuungsverfügung - was wir am Telefon wissen müssen",
        date="2025-03-03 10:00",
        body="""Liebe Kolleginnen und Kollegen,

immer öfter rufen Angehörige an, die "eine Vollmacht haben" - und wir müssen entscheiden,
was wir ihnen sagen dürfen. Notar a.D. Dr. Bernhard Schäfers erklärt uns am 25.03. in
90 Minuten den Unterschied zwischen Vorsorgevollmacht, Betreuungsverfügung, Betreuung
und dem neuen Notvertretungsrecht für Ehegatten - mit vielen Beispielen aus der Praxis.

Termin im Anhang. Bringt gern eure Fragen mit!

Viele Grüße
Marco Lüttgens
Team Kundenservice 60plus
""",
        atts=[("ics", "Vortrag_Vorsorgevollmacht.ics", ics)])


def m020():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="lawyer",
        reason="estate lawyer on a deceased policyholder's motor and household contracts, heirs, plate and contract numbers; no cause of death",
        frm="Kundenservice Rheinauen <kundenservice@rheinauen.example>",
        to="kfz@rheinauen.example",
        cc="sach@rheinauen.example",
        subject="WG: Nachlass Herbert Klinkhammer - Kfz KF 77 118 442 / Hausrat HR-5 09 2217",
        date="2024-11-04 09:33",
        body="""Zur Bearbeitung in euren Sparten. Sterbeurkunde und Erbschein liegen im DMS
(Vorgang 2024-11-0187). Bitte direkt an die Kanzlei antworten.

--------- Weitergeleitete Nachricht ---------
Von: RA Michael Vossen <vossen@brandt-vossen-recht.example>
Datum: 31.10.2024 16:48
Betreff: Nachlass Herbert Klinkhammer, verst. am 14.10.2024

Sehr geehrte Damen und Herren,

wir vertreten die Erbengemeinschaft nach dem am 14.10.2024 verstorbenen Herrn Herbert
Klinkhammer, zuletzt wohnhaft Kölner Landstraße 301, 40589 Düsseldorf, bestehend aus
Frau Renate Klinkhammer-Busch und Herrn Oliver Klinkhammer. Vollmacht und Erbschein des
AG Düsseldorf (Az. 91 VI 2208/24) fügen wir in Kopie bei.

Bei Ihnen bestehen nach unseren Unterlagen:
1. Kfz-Haftpflicht/Teilkasko KF 77 118 442, Ford Fiesta, D-HK 7702
2. Hausratversicherung HR-5 09 2217

Das Fahrzeug wurde am 29.10.2024 an das Autohaus Breuer verkauft und abgemeldet; die
Abmeldebestätigung liegt bei. Die Wohnung wird zum 31.12.2024 geräumt übergeben.

Wir bitten um Aufhebung beider Verträge und Erstattung etwaiger Beiträge auf das
Anderkonto der Kanzlei. Korrespondenz bitte ausschließlich über uns.

Mit freundlichen Grüßen
Vossen, Rechtsanwalt
Brandt & Vossen Rechtsanwälte · Königsallee 60 · 40212 Düsseldorf
""")


def m021():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="funeral-expenses life policy paid to the daughter after the insured's death; life line, amounts and IBAN",
        frm="Jörg Haverkamp <leistung-leben@rheinauen.example>",
        to="Sonja Wirtz-Baumeister <sonja.wb@tonline.example>",
        subject="Sterbegeldversicherung Ihrer Mutter - SG 60-017 344 - Auszahlung",
        date="2024-11-21 11:05",
        body="""Sehr geehrte Frau Wirtz-Baumeister,

zunächst möchten wir Ihnen und Ihrer Familie unser herzliches Beileid zum Tod Ihrer Mutter,
Frau Anneliese Wirtz, aussprechen.

Die Sterbeurkunde haben wir erhalten. Aus der Sterbegeldversicherung SG 60-017 344 zahlen
wir an Sie als bezugsberechtigte Person:

  Versicherungssumme                6.000,00 EUR
  Überschussbeteiligung               412,17 EUR
  Auszahlungsbetrag                 6.412,17 EUR

Die Überweisung erfolgt in den nächsten drei Bankarbeitstagen auf Ihr Konto
IBAN DE53 5762 6750 8752 3124 97. Die Versicherung ist damit beendet.

Wenn Sie Fragen haben, rufen Sie mich gern direkt an: 0211 4907-2351.

Mit freundlichen Grüßen
Jörg Haverkamp
Leistung Leben
Rheinauen Lebensversicherung AG
""")


def m022():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-press",
        reason="trap: press release on dementia-friendly customer service; no person's data",
        frm="Rheinauen Press Office <presse@rheinauen.example>",
        to="newsdesk@insurance-monitor.example",
        subject="Press release: Rheinauen trains all 640 service staff as 'Dementia Friends'",
        date="2025-05-13 10:00",
        body="""PRESS RELEASE - for immediate release

Rheinauen trains all 640 service staff as "Dementia Friends"

Düsseldorf, 13 May 2025 - Rheinauen Versicherungsgruppe has completed a training
programme for all 640 employees in its customer service, claims and annuity teams,
based on the German "Demenz Partner" initiative. Around 1.8 million people in Germany
live with dementia; many of them still hold insurance contracts and pensions of their own.

"Our customers grow old with us. When someone calls for the third time about the same
letter, the right reaction is patience, not a process," said Ute Kahlenberg, member of
the Board responsible for customer service.

The programme includes:
- a 90-minute module on recognising signs of dementia on the phone
- clear rules on when relatives, attorneys and court-appointed guardians can act
- large-print letters on request and a callback service for customers aged 75+

About Rheinauen: Rheinauen Versicherungsgruppe, Düsseldorf, insures around 1.2 million
customers in life, health, property and motor insurance.

Press contact: Lea Fromm, +49 211 4907-1100, presse@rheinauen.example
""")


def m023():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="company",
        reason="care home asks to redirect a named resident's annuity to the home account; care level 4, IBAN, contract number",
        frm="Sabine Kreutzkamp <rentenservice@rheinauen.example>",
        to="vollmachten@rheinauen.example",
        subject="WG: Rentenzahlung Frau Scholven an Heimkonto? RV 30-066 902",
        date="2025-01-28 12:10",
        body="""Kerstin, kannst du das bitte prüfen? Uns liegt weder eine Vollmacht für das Heim noch
eine Betreuung vor. Ich würde ablehnen und an Frau Scholven selbst bzw. an Angehörige
verweisen. Oder gibt es bei dir schon was?

Sabine

> -----Ursprüngliche Nachricht-----
> Von: Heimverwaltung Haus Lindenhof <verwaltung@haus-lindenhof-pflege.example>
> Gesendet: Montag, 27. Januar 2025 14:55
> An: rentenservice@rheinauen.example
> Betreff: Bewohnerin Margarete Scholven - Rentenzahlung
>
> Sehr geehrte Damen und Herren,
>
> Frau Margarete Scholven, geb. 14.06.1931, lebt seit dem 01.12.2024 in unserer
> Einrichtung (vollstationäre Pflege, Pflegegrad 4). Die Heimkosten-Eigenanteile von
> derzeit 2.874,30 EUR monatlich sind seit Dezember offen.
>
> Wir bitten, die private Rente von Frau Scholven (Vertrag RV 30-066 902) künftig direkt
> auf unser Heimkonto zu überweisen:
> Haus Lindenhof Seniorenpflege gGmbH, IBAN DE22 8735 1068 8807 9029 66
>
> Frau Scholven ist mit dieser Regelung einverstanden, kann aber selbst nicht mehr
> schreiben. Eine Angehörige ist nicht bekannt.
>
> Mit freundlichen Grüßen
> Petra Gosejacob, Heimverwaltung
> Haus Lindenhof Seniorenpflege gGmbH, Lindenallee 5, 41469 Neuss
""")


def m024():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="named customer's home contents policy; son acting under a UK Lasting Power of Attorney, addresses; no health content",
        frm="Kerstin Brühl <vollmachten@rheinauen.example>",
        to="Thomas Abendroth <t.abendroth@brightmail.example>",
        subject="Your mother's home contents policy HR-5 31 7780 - Lasting Power of Attorney",
        date="2025-02-05 10:44",
        body="""Dear Mr Abendroth,

thank you for your e-mail of 2 February and for the scan of the Lasting Power of Attorney
for property and financial affairs that your mother, Mrs Ruth Abendroth, made in England.

To register you as her attorney for the home contents policy HR-5 31 7780 (Flat 2,
Lessingstraße 11, 40227 Düsseldorf) we need:

1. a certified copy of the LPA, showing the registration stamp of the Office of the
   Public Guardian on every page (a plain scan is not sufficient), and
2. a copy of your passport or ID card.

A German translation is not needed. Once we have both documents, you can change the
policy, receive correspondence and give instructions on your mother's behalf.

Until then we can only send letters to your mother's address in Düsseldorf.

Kind regards
Kerstin Brühl
Powers of Attorney & Guardianships
Rheinauen Allgemeine Versicherung AG
""")


def m025():
    paras = [
        "Rheinauen Lebensversicherung AG · Rentenservice · Auenring 12 · 40221 Düsseldorf",
        "«Anrede» «Vorname» «Nachname»",
        "«Straße Hausnummer»",
        "«PLZ» «Ort»",
        "Vertragsnummer: «VS-Nr»        Datum: «Datum»",
        "Lebensbescheinigung",
        "Hiermit wird bestätigt, dass",
        "Name, Vorname: ______________________________   geboren am: ______________",
        "wohnhaft in: ___________________________________________________________",
        "am heutigen Tage lebt. Die Identität wurde geprüft anhand von: ( ) Personalausweis ( ) Reisepass ( ) persönlich bekannt",
        "Ort, Datum: ________________    Stempel und Unterschrift der bestätigenden Stelle: ______________________",
        "Unterschrift der versicherten Person bzw. des Bevollmächtigten / Betreuers (i. V.): _____________________",
        "Bitte senden Sie die Bescheinigung bis zum «Frist» an uns zurück.",
        "Formular LV-LB-01, Version 2025-01",
    ]
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: blank life-certificate template with «placeholders»",
        frm="Formularwesen <formulare@rheinauen.example>",
        to="rentenservice@rheinauen.example",
        subject="Freigabe Vorlage LV-LB-01 Lebensbescheinigung (Version 2025-01)",
        date="2024-12-16 13:40",
        body="""Hallo Rentenservice,

anbei die überarbeitete Serienbrief-Vorlage LV-LB-01 zur Freigabe. Änderungen:
- Feld für Unterschrift Bevollmächtigte/Betreuer mit "i. V." ergänzt
- Identitätsprüfung als Ankreuzfeld
- Platzhalter «Frist» statt fest 6 Wochen

Bitte bis 20.12. freigeben, dann geht sie zum Januar-Lauf in Produktion.

Gruß aus dem Formularwesen
Gabi Ostermann
""",
        atts=[("docx", "LV-LB-01_Lebensbescheinigung_2025-01.docx", paras)])

# ================================================================ mails 026-050

def m026():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="broker",
        reason="broker reports a named client's care level 3 for a care annuity claim; birth date, contract, Pflegekasse notice",
        frm="Dirk Spelleken <maklerbetreuung@rheinauen.example>",
        to="leistung-pflege@rheinauen.example",
        subject="WG: Leistungsantrag Pflegerente - Frau Dorothea Schwerdtfeger - PR 40-009 118",
        date="2025-02-19 16:02",
        body="""Hallo Pflege-Leistung,

bitte Vorgang anlegen, Unterlagen hat der Makler per Post angekündigt.
Beste Grüße, Dirk

-------- Original-Nachricht --------
Betreff: Leistungsantrag Pflegerente - Frau Dorothea Schwerdtfeger - PR 40-009 118
Datum: 19.02.2025 15:41
Von: Versicherungsmakler Rolf Hütter <r.huetter@rhein-makler.example>

Moin Herr Spelleken,

meine Kundin Frau Dorothea Schwerdtfeger, geb. 30.07.1946, hat bei Ihnen seit 2011 die
Pflegerentenversicherung PR 40-009 118 (Pflegerente 1.200 EUR ab Pflegegrad 2, 100 % ab
Pflegegrad 4).

Die Pflegekasse hat mit Bescheid vom 10.02.2025 Pflegegrad 3 festgestellt, rückwirkend ab
01.12.2024. Hintergrund ist ihre Parkinson-Erkrankung, die sich im letzten Herbst deutlich
verschlechtert hat, dazu zwei Stürze. Sie wird jetzt zu Hause von ihrem Mann und einem
ambulanten Pflegedienst versorgt.

Leistungsantrag (unterschrieben vom Ehemann als Vorsorgebevollmächtigtem), Bescheid der
Pflegekasse, MD-Gutachten und Vollmacht gehen heute per Einschreiben raus. Können Sie mir
sagen, wie hoch die Rente bei PG 3 ist (laut Bedingungen 60 %?) und ob die Beitragsbefreiung
automatisch greift?

Danke und viele Grüße
Rolf Hütter
Versicherungsmakler, Haupstraße 3, 41460 Neuss
""")


def m027():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="motor policy transferred to a named widow after her husband's death (no cause), plate, no-claims class, contract number",
        frm="Melanie Oberdörster <kfz@rheinauen.example>",
        to="Roswitha Engels <r.engels@freenet-mail.example>",
        subject="Kfz-Versicherung KF 77 226 570 - Umschreibung auf Sie",
        date="2024-12-09 09:40",
        body="""Sehr geehrte Frau Engels,

mit großem Bedauern haben wir vom Tod Ihres Mannes, Herrn Willi Engels, erfahren.
Unser aufrichtiges Beileid.

Wie am Telefon besprochen, schreiben wir die Kfz-Versicherung KF 77 226 570 für den Opel Astra
mit dem Kennzeichen ME-WE 55 ab dem 01.12.2024 auf Sie um. Den Schadenfreiheitsrabatt Ihres
Mannes (SF 35) können Sie als Ehefrau übernehmen, wenn Sie uns die beiliegende
Übertragungserklärung unterschreiben. Sie fahren dann mit demselben Beitrag weiter.

Bitte denken Sie daran, das Fahrzeug bei der Zulassungsstelle des Kreises Mettmann
innerhalb der nächsten Wochen auf sich umzuschreiben. Dafür brauchen Sie die elektronische
Versicherungsbestätigung (eVB): VPKX7T2.

Ihre Unterlagen erhalten Sie in den nächsten Tagen per Post.

Mit freundlichen Grüßen
Melanie Oberdörster
Kfz-Vertrag
""")


def m028():
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: data-protection FAQ on disclosing contract data to relatives, attorneys and guardians; no customer",
        frm="Dr. Annette Pohlmann <datenschutz@rheinauen.example>",
        to="gss-service-leads@gss.rheinauen.example",
        subject="FAQ: Talking to relatives, attorneys and guardians (v2, for the Lisbon team)",
        date="2024-10-08 14:15",
        body="""Dear colleagues,

as requested after the last audit, here is the English version of our internal FAQ.
Please share it with all agents who handle calls from German customers' relatives.

Q1: A daughter calls and says her mother has dementia. Can I tell her the balance of the
    mother's annuity?
A:  No - not without a power of attorney or a guardianship order on file. Being a close
    relative does not give any right to information. Offer to send information to the
    customer's own address.

Q2: The caller has a "Vorsorgevollmacht". Is that enough?
A:  Only once it has been checked by the Powers of Attorney team and flagged in the contract.
    Until then: no details, only general information.

Q3: What is a "Betreuer"?
A:  A guardian appointed by the guardianship court (Betreuungsgericht). Check the
    "Aufgabenkreise" on the Betreuerausweis - only "Vermögenssorge" or "Vertretung gegenüber
    Versicherungen" allows contract matters.

Q4: The husband says he may act because of the new "Ehegattennotvertretungsrecht".
A:  That right (section 1358 BGB) only covers health care decisions for up to six months. It
    does not cover insurance contracts or pensions. Refer to Q2.

Q5: A care home asks us to pay the pension to the home's account.
A:  Never without a written instruction of the customer, the attorney or the guardian.

Questions to datenschutz@rheinauen.example.

Annette Pohlmann
Data Protection Officer
""")


def m029():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="accident insurance claim for a named customer: fall at home, hip fracture (S72.0), hospital stay, assistance services",
        frm="Stefanie Gerritzen <leistung-unfall@rheinauen.example>",
        to="Patricia Hollingsworth <pat.hollingsworth@brightmail.example>",
        subject="Your husband's accident claim U-2025-00 871 - Senior accident policy UV 50-044 302",
        date="2025-03-26 13:30",
        body="""Dear Mrs Hollingsworth,

thank you for reporting the accident of your husband, Mr Geoffrey Hollingsworth, on
14 March 2025. We understand that he slipped on the wet terrace at home in Freiburg, broke
his left hip (femoral neck fracture, ICD-10 S72.0) and was operated on the same day at the
University Hospital; he is now in a rehabilitation clinic until about 11 April.

Under his senior accident policy UV 50-044 302 the following benefits apply:

1. Hospital daily allowance: EUR 30 per day in hospital (14-21 March = 8 days), EUR 240.
2. Assistance services after discharge for up to 6 months, organised by our partner
   Care Assist: emergency call system, meals on wheels, shopping and cleaning help,
   transport to doctor's appointments. Please call +49 211 4907-3900 about a week before
   he comes home so that everything is in place.
3. Disability lump sum: we can only assess a permanent impairment once treatment is
   complete, at the latest 15 months after the accident. We will contact you again.

To pay the hospital allowance, please send us the hospital discharge report
(Entlassungsbericht) and the confirmation of the stay.

We wish your husband a good recovery.

Kind regards
Stefanie Gerritzen
Accident Claims
Rheinauen Versicherung AG
""")


def m030():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="household claim of a named elderly customer (distraction burglary by fake plumber), claim number, stolen items; declined; no health",
        frm="Tobias Wendeler <schaden-sach@rheinauen.example>",
        to="Eleonore Wißkirchen <e.wisskirchen@tonline.example>",
        subject="Ihr Schaden S-2025-022 316 zur Hausratversicherung HR-5 14 6620",
        date="2025-02-06 15:18",
        charset="iso-8859-1",
        body="""Sehr geehrte Frau Wißkirchen,

es tut uns sehr leid, was Ihnen am 28.01.2025 passiert ist. Nach Ihrer Schilderung und der
Anzeige bei der Polizei Düsseldorf (Tagebuch-Nr. 2025-011874) haben sich zwei Männer als
Mitarbeiter der Stadtwerke ausgegeben. Während einer von ihnen mit Ihnen im Bad den
"Wasserdruck geprüft" hat, hat der andere aus dem Schlafzimmer Schmuck und 1.200 EUR
Bargeld mitgenommen.

Leider müssen wir Ihnen mitteilen, dass wir diesen Schaden aus Ihrer Hausratversicherung
nicht ersetzen können. Versichert ist ein Diebstahl nach einem Einbruch, also wenn der
Täter gewaltsam oder mit falschen Schlüsseln in die Wohnung eindringt. Wenn Täter mit einer
Täuschung in die Wohnung gelassen werden, liegt kein Einbruch im Sinne der Bedingungen
vor (Abschnitt A § 3 VHB 2016).

Wir wissen, dass diese Antwort enttäuschend ist. Wenn Sie möchten, prüfen wir gern
zusammen mit Ihnen, ob wir den Einschluss "Trickdiebstahl" (bis 2.000 EUR) für die
Zukunft in Ihren Vertrag aufnehmen. Rufen Sie mich einfach an: 0211 4907-4415.

Mit freundlichen Grüßen
Tobias Wendeler
Schadenservice Sach
""")


def m031():
    paras = [
        "Schulungsunterlage: Kommunikation mit Kundinnen und Kunden mit Demenz",
        "Modul 3 der Reihe \"Service 60plus\" - Stand März 2025",
        "1. Woran erkenne ich am Telefon, dass jemand Unterstützung braucht?",
        "- wiederholte Anrufe zum selben Schreiben, Verwechslung von Datum oder Vertrag",
        "- Unsicherheit, wer wir sind (\"Sind Sie die Sparkasse?\")",
        "- Angst, Geld zu verlieren, Misstrauen gegenüber Angehörigen",
        "2. Was tun?",
        "- langsam sprechen, kurze Sätze, eine Information pro Satz",
        "- nicht korrigieren oder diskutieren; Inhalte schriftlich in Großdruck nachsenden",
        "- Rückrufservice anbieten, Ansprechpartner mit Durchwahl nennen",
        "3. Was dürfen wir nicht?",
        "- keine Diagnose vermuten oder im CRM notieren (\"wirkt dement\")",
        "- keine Vertragsänderungen auf Zuruf von Angehörigen ohne geprüfte Vollmacht",
        "- Verdacht auf finanziellen Missbrauch: an Team Vollmachten & Betreuungen melden, nicht selbst ermitteln",
        "4. Übung: Rollenspiele A-D (fiktive Fälle, siehe Trainerhandbuch)",
    ]
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: training material on communicating with customers with dementia, ODT; no person",
        frm="Personalentwicklung <personalentwicklung@rheinauen.example>",
        to="trainer-service@rheinauen.example",
        subject="Modul 3 \"Demenz\" - finale Teilnehmerunterlage",
        date="2025-03-10 11:11",
        body="""Liebe Trainerinnen und Trainer,

anbei die finale Teilnehmerunterlage für Modul 3. Die Rollenspiele sind unverändert, neu
ist Abschnitt 3 nach Abstimmung mit dem Datenschutz (keine Vermutungen zu Diagnosen im CRM!).

Bitte ab den Terminen im April nur noch diese Version verwenden.

Viele Grüße
Nadine Hülsmann
Personalentwicklung
""",
        atts=[("odt", "Modul3_Demenz_Teilnehmerunterlage.odt", paras)])


def m032():
    csvtext = """Vertrag;Name;Vorname;Geburtsdatum;Wohnsitz;Rente mtl. EUR;LB angefordert;1. Erinnerung;Status
RV 30-033 187;Kirschbaum;Hildegard;09.04.1932;Düsseldorf;318,40;06.01.2025;17.02.2025;Zahlung ausgesetzt ab 01.04.
RV 30-071 902;Ostendorf;Karl-Heinz;21.11.1940;Ratingen;1.044,15;06.01.2025;17.02.2025;Betreuer angeschrieben
RV 30-102 566;Pesch;Maria;02.02.1936;Neuss;276,90;06.01.2025;17.02.2025;Pflegeheim, Tel. Heimleitung
RV 30-118 009;Tillmanns;Günter;15.08.1943;Mönchengladbach;512,00;06.01.2025;17.02.2025;offen
RV 30-140 233;Yilmaz;Ayse;30.06.1944;Izmir (TR);233,60;06.01.2025;17.02.2025;Konsulat angefragt
RV 30-151 006;Ortmann;Klaus;27.08.1937;Alicante (ES);688,12;06.01.2025;17.02.2025;im Krankenhaus lt. Tochter
"""
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
        reason="CSV list of named annuitants with birth dates, pension amounts, care-home and hospital remarks; only in the attachment",
        frm="Sabine Kreutzkamp <rentenservice@rheinauen.example>",
        to="team-rente@rheinauen.example",
        subject="Offene LB nach 1. Erinnerung - bitte bis Freitag abtelefonieren",
        date="2025-03-18 08:22",
        body="""Moin zusammen,

anbei die Fälle, bei denen nach der 1. Erinnerung noch nichts da ist. Bitte bis Freitag
nach Möglichkeit telefonisch klären, Ergebnis in die Spalte Status. Ausland macht Fiona.

Danke!
Sabine
""",
        atts=[("csv", "LB_offen_2025-03-18.csv", csvtext, "cp1252")])


def m033():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="named customer with birth date and liability/contents contracts; stays abroad half the year; no health",
        frm="Marco Lüttgens <service60plus@rheinauen.example>",
        to="Gerald Fairbanks <g.fairbanks@coastmail.example>",
        subject="Re: Spending winters in Spain - my policies PH-5 40 2281 and HR-5 40 2282",
        date="2024-10-15 10:02",
        body="""Dear Mr Fairbanks,

thank you for your questions. I have checked your two policies (policyholder Gerald
Fairbanks, born 04 July 1949, Grafenberger Allee 120, 40237 Düsseldorf):

Personal liability PH-5 40 2281: Cover applies worldwide for stays of up to 5 years, so
your winters in Torrevieja are covered without any change.

Home contents HR-5 40 2282: Your flat in Düsseldorf remains insured while you are away.
Please note that for absences of more than 60 days in a row the flat must be checked
regularly (e.g. by a neighbour) and the water supply should be turned off. Items you take
with you to Spain are covered for up to 3 months under "external insurance"; for longer
stays we would recommend a separate Spanish contents policy for the apartment there.

If you would like us to write to you in Spain from November to March, just send us the
address.

Kind regards
Marco Lüttgens
Customer Service 60plus
""")


def m034():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-supplier",
        reason="trap: purchase order for hearing loops and magnifiers for service counters; no person concerned",
        frm="Helga Termath <einkauf@rheinauen.example>",
        to="orders@assistive-av-solutions.example",
        subject="PO 4500187723 - counter hearing loops for Düsseldorf and Essen service centres",
        date="2025-01-22 09:15",
        body="""Dear Ms Corrigan,

following your quote Q-2025-0112 of 15 January, we order:

  Pos  Qty  Item                                            Unit EUR     Total EUR
  10   6    Counter induction loop system CL-200, incl.      389.00      2,334.00
            signage "hearing loop available"
  20   2    Portable loop for meeting room, PL-50            249.00        498.00
  30   10   LED desk magnifier 3x, black                      42.50        425.00
  40   1    Installation and staff briefing (half day)       480.00        480.00
                                                             Net          3,737.00
                                                             VAT 19 %       710.03
                                                             Gross        4,447.03

Delivery address: Rheinauen Versicherungsgruppe, Service Centre, Auenring 12,
40221 Düsseldorf, goods receipt gate 2. Installation Essen: Kettwiger Str. 40, 45127 Essen.
Requested delivery: calendar week 7.

Invoices to rechnungseingang@rheinauen.example quoting the PO number.

Kind regards
Helga Termath
Purchasing
""")


def m035():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="complaint reply about letters to a customer with dementia, endowment maturity, contract number and amounts",
        frm="Beschwerdemanagement Rheinauen <beschwerde@rheinauen.example>",
        to="Claudia Nießen-Rademacher <c.rademacher@mailbox.example>",
        subject="Ihre Beschwerde vom 03.02.2025 - Lebensversicherung Ihrer Mutter L 20-214 553",
        date="2025-02-12 14:48",
        body="""Sehr geehrte Frau Nießen-Rademacher,

vielen Dank für Ihre offenen Worte. Sie haben uns geschrieben, dass Ihre Mutter,
Frau Irmgard Rademacher, an einer Demenz erkrankt ist und durch unsere drei Schreiben zum
Ablauf ihrer Lebensversicherung L 20-214 553 sehr verunsichert war. Sie hat Sie mehrfach
nachts angerufen, weil sie glaubte, ihr Geld sei verloren. Das tut uns aufrichtig leid.

Wir haben den Vorgang geprüft:

- Ihre Vorsorgevollmacht lag uns seit dem 14.10.2024 vor, war aber durch einen Fehler in
  unserer Bearbeitung nicht im Vertrag vermerkt. Dadurch gingen die Ablaufschreiben nur an
  Ihre Mutter. Das ist jetzt korrigiert: Alle Schreiben gehen künftig an Sie.
- Die Ablaufleistung zum 01.03.2025 beträgt 23.418,66 EUR (Versicherungssumme
  18.000,00 EUR zzgl. Überschussbeteiligung 5.418,66 EUR). Sie wird wie von Ihnen gewünscht
  auf das Konto Ihrer Mutter überwiesen, Sie erhalten eine Abrechnung.

Als kleine Entschuldigung haben wir die Gebühr für die Ersatzurkunde (25 EUR) storniert.
Wenn Sie möchten, rufe ich Sie gern an: 0211 4907-1780.

Mit freundlichen Grüßen
Anja Bergheim
Beschwerdemanagement
Rheinauen Lebensversicherung AG
""")


def m036():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: internal note on the guardianship law reform and spouses' emergency representation; legal information, no person",
        frm="Recht & Compliance <recht@rheinauen.example>",
        to="vollmachten@rheinauen.example",
        cc="rentenservice@rheinauen.example, service60plus@rheinauen.example",
        subject="Kurzinfo: Betreuungsrecht seit 01.01.2023 / § 1358 BGB - Auswirkungen auf die Legitimationsprüfung",
        date="2024-09-05 10:30",
        body="""Liebe Kolleginnen und Kollegen,

aus aktuellem Anlass (mehrere Rückfragen in den letzten Wochen) fassen wir zusammen:

1. Betreuungsrechtsreform
   - Die §§ 1896 ff. BGB a. F. heißen jetzt §§ 1814 ff. BGB. Betreuerausweise und
     Beschlüsse aus der Zeit vor 2023 gelten weiter.
   - Genehmigungspflichten: Für Kündigung oder Rückkauf einer Lebens- oder
     Rentenversicherung durch Betreuer ist weiterhin grundsätzlich eine Genehmigung des
     Betreuungsgerichts erforderlich (§ 1854 BGB n. F. i. V. m. § 1849 ff. BGB). Bitte nicht
     auszahlen, bevor der rechtskräftige Genehmigungsbeschluss vorliegt.
   - Ehrenamtliche Betreuer aus der Familie sind von manchen Pflichten befreit (§ 1859 BGB);
     das ändert aber nichts an der Genehmigungspflicht nach § 1854.

2. Notvertretungsrecht der Ehegatten (§ 1358 BGB)
   - gilt nur für Gesundheitssorge (Einwilligung in Behandlungen, Krankenhausverträge,
     Ansprüche gegen Kranken- und Pflegeversicherung), höchstens 6 Monate, Bescheinigung
     des Arztes erforderlich.
   - Für Sach-, Kfz-, Lebens- und Rentenversicherungen gibt es daraus keine
     Vertretungsmacht. Für die Krankenversicherung: bitte im Einzelfall mit uns abstimmen.

3. Vorsorgevollmacht
   - Prüfung wie bisher; notarielle Beurkundung ist nicht Voraussetzung, bei Unterschrift
     ohne Beglaubigung aber besondere Sorgfalt bei Auszahlungen über 10.000 EUR.

Bei Fragen: Recht & Compliance, Dr. Felix Ahrweiler, App. 1560.
""")


def m037():
    rows = [
        ["Bestandsübersicht Eheleute Dahmen (Stand 03/2025)", "", "", "", "", ""],
        ["VN", "Geb.-Datum", "Sparte", "Vertrag", "Jahresbeitrag EUR", "Bemerkung"],
        ["Dahmen, Wilhelm", "17.03.1941", "Kfz-Haftpflicht/VK", "KF 77 150 388", 612.40, "Mercedes B 180, D-WD 41, SF 30"],
        ["Dahmen, Wilhelm", "17.03.1941", "Wohngebäude", "WG-7 02 8816", 1184.20, "Rheinallee 71, Meerbusch"],
        ["Dahmen, Wilhelm", "17.03.1941", "Privathaftpflicht", "PH-5 02 8817", 98.50, "Familie"],
        ["Dahmen, Gisela", "29.10.1943", "Hausrat", "HR-5 02 8818", 286.90, "VS 96.000 EUR, inkl. Elementar"],
        ["Dahmen, Gisela", "29.10.1943", "Rechtsschutz", "RS-8 19 4420", 341.00, "Privat/Wohnen, SB 150"],
    ]
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-broker",
        reason="portfolio overview of a named couple in non-personal lines with birth dates, plate and premiums, in the XLSX",
        frm="Dirk Spelleken <maklerbetreuung@rheinauen.example>",
        to="Rolf Hütter <r.huetter@rhein-makler.example>",
        subject="Bestandsübersicht Dahmen für Ihr Generationengespräch",
        date="2025-03-04 11:36",
        body="""Hallo Herr Hütter,

anbei wie gewünscht die Bestandsübersicht der Eheleute Dahmen für Ihr Gespräch mit der
Familie am Donnerstag. Die Lebensversicherungen sind nicht enthalten, die laufen über die
Rheinauen Leben und Sie haben dafür keine Bestandsrechte - die müsste Herr Dahmen bei uns
direkt anfordern.

Zum Thema Kfz: Wenn Herr Dahmen das Auto abgibt und die Tochter es übernimmt, kann sie den
SF-Rabatt nur übernehmen, wenn sie Ihren Vater auch in der Vergangenheit regelmäßig als
Fahrerin im Vertrag hatte. Das war hier nicht der Fall.

Viele Grüße
Dirk Spelleken
Maklerbetreuung
""",
        atts=[("xlsx", "Bestand_Dahmen_2025-03.xlsx", rows)])


def m038():
    pdf = [
        "St. Elisabeth Hospital Duisburg - Department of Geriatrics",
        "Discharge summary (translation from German)",
        "",
        "Patient: Mrs Elfriede Brocker, DOB 19.12.1937",
        "Admission: 03.02.2025   Discharge: 21.02.2025 to Seniorenheim Am Wasserturm",
        "",
        "Diagnoses:",
        "- Vascular dementia with delirium (F01.3, F05.1)",
        "- Type 2 diabetes mellitus, insulin-dependent (E11.90)",
        "- Recurrent falls, gait disorder (R26.8), urinary incontinence (R32)",
        "",
        "Course: Admitted after a fall at home with confusion. Delirium resolved under",
        "treatment. Patient requires help with all activities of daily living and constant",
        "supervision. Return to her flat is not possible; long-term residential care arranged.",
        "",
        "Medication on discharge: Metformin 500 mg 1-0-1, Insulin glargine 14 IU at night,",
        "Quetiapine 25 mg at night, Ramipril 5 mg 1-0-0.",
        "",
        "Dr. med. K. Oyelaran, senior physician",
    ]
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="customer",
        reason="son forwards his mother's hospital discharge summary (dementia, diabetes, medication) for a care daily allowance claim; health data only in PDF",
        frm="Yvonne Kallenbach <leistung-pflege@rheinauen.example>",
        to="pflege-posteingang@rheinauen.example",
        subject="FW: Care allowance claim for my mother - PT 42-117 630",
        date="2025-03-02 17:20",
        body="""Bitte zum Vorgang PT 42-117 630 (Pflegetagegeld, VP Elfriede Brocker) nehmen. Sohn lebt
in Kanada, Korrespondenz auf Englisch gewünscht. Vollmacht liegt vor.
Y. Kallenbach

-----Original Message-----
From: Michael Brocker <mbrocker@mapleleaf-mail.example>
Sent: Saturday, March 1, 2025 9:54 PM
To: leistung-pflege@rheinauen.example
Subject: Care allowance claim for my mother - PT 42-117 630

Hello,

as discussed with your colleague on the phone, attached is the English translation of the
hospital discharge report for my mother. The German original follows by post together with
the claim form. She moved into the nursing home on 21 February.

The care level assessment by the Medical Service is scheduled for 12 March.

Best regards,
Michael Brocker (son, attorney-in-fact)
Ottawa, Canada
""",
        atts=[("pdf", "Discharge_summary_Brocker_EN.pdf", pdf)])


def m039():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:15px">
<p>Hello,</p>
<p>there is a new message for you in your Rheinauen secure mailbox.</p>
<p><a href="https://securemail.rheinauen.example/login">Open secure mailbox</a></p>
<p style="color:#666;font-size:12px">For your security this e-mail does not contain the message itself.
Please do not reply to this e-mail. If you did not expect a message from us, call +49 211 4907-0.</p>
</body></html>"""
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-customer",
        reason="trap: portal notification without content",
        frm="Rheinauen SecureMail <noreply@securemail.rheinauen.example>",
        to="k.moore-haynes@lakeshore-mail.example",
        subject="You have a new secure message",
        date="2024-10-03 08:02",
        body="""Hello,

there is a new message for you in your Rheinauen secure mailbox.
Open it here: https://securemail.rheinauen.example/login

For your security this e-mail does not contain the message itself.
Please do not reply to this e-mail.
""",
        html=html)


def m040():
    return dict(
        label="CONFIDENTIAL", lang="mixed", kind="customer",
        reason="son writes in German/English: father gives up his licence voluntarily, car to be sold; plate and policy; no health reason",
        frm="Melanie Oberdörster <kfz@rheinauen.example>",
        to="kfz-vertrag-team@rheinauen.example",
        subject="WG: Auto von meinem Vater / car insurance KF 77 205 913",
        date="2025-04-07 08:49",
        body="""Zur Info ans Team - Kündigung zum Verkaufsdatum vormerken, Kaufvertrag kommt noch.
Ich antworte ihm auf Englisch. Melanie

-----Ursprüngliche Nachricht-----
Von: Jeroen Theißen <jeroen.theissen@polder-mail.example>
Gesendet: Samstag, 5. April 2025 22:16
An: kfz@rheinauen.example
Betreff: Auto von meinem Vater / car insurance KF 77 205 913

Hallo,

sorry, mein Deutsch ist nicht mehr so gut, ich wohne seit 20 Jahren in Utrecht.
My father Heinrich Theißen (Kleve) has decided to hand in his driving licence - he is 86
and says he doesn't feel comfortable on the Autobahn any more, which honestly we are
all relieved about. Das Auto (Toyota Yaris, KLE-HT 86) wird nächste Woche an den Nachbarn
verkauft.

Can you tell me what we need to send you to end the insurance? And does he get money back,
he paid for the whole year in January.

Vielen Dank und groeten,
Jeroen Theißen
""")


def m041():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="household claim for a named customer's stolen rollator (walking aid) - mobility aid is health data",
        frm="Tobias Wendeler <schaden-sach@rheinauen.example>",
        to="Annemarie Klöcker <annemarie.kloecker@web.example>",
        subject="Ihr Schaden S-2024-198 003 - Diebstahl Rollator aus dem Hausflur",
        date="2024-12-03 10:05",
        body="""Sehr geehrte Frau Klöcker,

vielen Dank für Ihre Schadenmeldung. Ihr Rollator (Leichtgewicht-Rollator mit Sitz und
Stockhalter, gekauft 03/2023 im Sanitätshaus für 389 EUR) wurde in der Nacht zum 28.11.2024
aus dem verschlossenen Hausflur Ihres Mehrfamilienhauses gestohlen.

Gute Nachricht: In Ihrer Hausratversicherung HR-5 33 0471 sind Krankenfahrstühle, Rollatoren
und Gehhilfen auch im gemeinschaftlich genutzten Hausflur gegen einfachen Diebstahl
mitversichert (Klausel 7712, bis 1.000 EUR).

Wir ersetzen den Neuwert abzüglich des Anteils, den Ihre Krankenkasse für die Ersatzbeschaffung
übernimmt. Bitte schicken Sie uns deshalb:
- die Kaufrechnung oder das Rezept Ihrer Hausärztin für den neuen Rollator,
- den Bescheid der Krankenkasse über die Kostenübernahme (falls vorhanden).

Eine Anzeige bei der Polizei haben Sie bereits erstattet - vielen Dank.

Mit freundlichen Grüßen
Tobias Wendeler
Schadenservice Sach
""")


def m042():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: job advertisement for the annuity service team mentioning life certificates, tax certificates and guardians",
        frm="Nadine Hülsmann <hr@rheinauen.example>",
        to="intranet-stellenmarkt@rheinauen.example",
        subject="Interne Ausschreibung: Sachbearbeiter/in Rentenservice Leben (m/w/d), Kennziffer 2025-031",
        date="2025-04-02 09:00",
        body="""Interne Stellenausschreibung - Kennziffer 2025-031

Sachbearbeiter/in Rentenservice Leben (m/w/d), Vollzeit/Teilzeit, Düsseldorf

Ihre Aufgaben
- Betreuung von rund 18.000 Rentenbezieherinnen und -beziehern aus privaten
  Renten- und Pensionsversicherungen
- Anforderung und Prüfung von Lebensbescheinigungen, auch aus dem Ausland
- Rentenbezugsmitteilungen an die ZfA, Klärfälle zur Steuer-ID
- Zusammenarbeit mit Bevollmächtigten, Betreuerinnen und Betreuern, Heimen und Nachlassgerichten
- Bearbeitung von Überzahlungen nach Todesfällen

Ihr Profil
- Ausbildung Kaufmann/-frau für Versicherungen und Finanzanlagen oder vergleichbar
- Geduld, Freude an Gesprächen mit älteren Menschen und ihren Angehörigen
- Englischkenntnisse von Vorteil

Bewerbungen bis 25.04.2025 über das Mitarbeiterportal. Ansprechpartnerin: Nadine Hülsmann,
Personalabteilung, App. 1322.
""")


def m043():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="named customer's new Dutch IBAN for motor and household premiums; contract numbers",
        frm="Beitragsbuchhaltung Rheinauen <beitragsbuchhaltung@rheinauen.example>",
        to="Hendrik van der Linden <h.vanderlinden@polder-mail.example>",
        subject="Confirmation: new bank account for your premiums",
        date="2025-01-30 07:58",
        body="""Dear Mr van der Linden,

we confirm that from 1 March 2025 the premiums for the following contracts will be
collected from your new account:

  Motor insurance      KF 77 330 128
  Home contents        HR-5 44 0916

  Account holder:      H. van der Linden
  IBAN:                NL78 ABNA 5176 7366 72
  SEPA mandate ref.:   RHV-5440916-002

The first direct debit from the new account will be on 1 March 2025. Your old mandate for
the German account has been cancelled.

Kind regards
Premium Accounting
Rheinauen Allgemeine Versicherung AG · Creditor ID DE98ZZZ00000412345
""")


def m044():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="lawyer",
        reason="guardian's lawyer requests information on a ward's life and annuity contracts; guardianship for a named person",
        frm="Kerstin Brühl <vollmachten@rheinauen.example>",
        to="leistung-leben@rheinauen.example",
        subject="WG: Auskunftsersuchen Betreuung Ostendorf, Karl-Heinz - RV 30-071 902",
        date="2025-02-25 13:15",
        body="""Hallo Leben,

Betreuerausweis liegt vor (Aufgabenkreis Vermögenssorge, Vertretung ggü. Versicherungen),
Legitimation also ok. Bitte die gewünschte Aufstellung direkt an die Kanzlei schicken.
Zum Rückkauf der Kapital-LV: Genehmigung des Betreuungsgerichts abwarten!

Kerstin

----- Weitergeleitet von Kerstin Brühl -----
Von: Kanzlei Dr. Schmitz-Reinartz <betreuung@schmitz-reinartz.example>
Datum: 24.02.2025
Betreff: Betreuungssache Karl-Heinz Ostendorf, geb. 21.11.1940 - AG Ratingen 8 XVII 402/24

Sehr geehrte Damen und Herren,

mit Beschluss des Amtsgerichts Ratingen vom 09.12.2024 wurde ich zur Berufsbetreuerin von
Herrn Karl-Heinz Ostendorf bestellt. Der Betreuerausweis ist beigefügt.

Für das Vermögensverzeichnis gegenüber dem Betreuungsgericht benötige ich:
1. Bestätigung über die laufende Rente aus RV 30-071 902 (Höhe, Zahlweg, Dauer),
2. den aktuellen Rückkaufswert der Lebensversicherung L 20-440 181,
3. Angaben zu Bezugsberechtigungen in beiden Verträgen.

Da Herr Ostendorf die Heimkosten nicht mehr aus laufenden Einkünften decken kann, prüfe ich
die Kündigung der Lebensversicherung; die Genehmigung werde ich ggf. beim Gericht beantragen.

Mit freundlichen Grüßen
Dr. Beate Schmitz-Reinartz, Rechtsanwältin, Berufsbetreuerin
Bahnstraße 21, 40878 Ratingen
""")


def m045():
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:14px">
<p><b>Seniorenforum Rhein-Ruhr e.V. &ndash; Monthly digest, March 2025</b></p>
<ol>
<li><b>Care-home costs keep rising.</b> The average co-payment for residential care in
North Rhine-Westphalia is now above 3,200 euros per month in the first year. Our advice
sessions on &ldquo;Hilfe zur Pflege&rdquo; take place every Tuesday.</li>
<li><b>Hearing aids: what the statutory fund pays.</b> The fixed amount for a pair of
hearing aids is around 1,500 euros. Always ask for a no-co-payment model.</li>
<li><b>Beware of the &ldquo;grandchild trick&rdquo;.</b> Police in Essen report new calls by
fake relatives asking for cash. Never hand over money at the door.</li>
<li><b>Excursion:</b> Keukenhof, 16 April, seats left. Walkers and wheelchairs welcome, bus has a lift.</li>
</ol>
<p>Seniorenforum Rhein-Ruhr e.V. &middot; <a href="https://www.seniorenforum-rr.example">www.seniorenforum-rr.example</a></p>
</body></html>"""
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: forwarded digest of a seniors' association (care-home costs, hearing aids, walkers); HTML only, no person",
        frm="Ricardo Alves <r.alves@gss.rheinauen.example>",
        to="service60plus@rheinauen.example",
        subject="FW: Seniorenforum digest March - useful for our FAQ?",
        date="2025-03-07 12:30",
        html="""<html><body style="font-family:Calibri,sans-serif"><p>Hi Marco,</p>
<p>I translated the Seniorenforum digest for the Lisbon team &ndash; point 3 might be good for the
customer FAQ (fraud warnings). What do you think?</p><p>Ricardo</p><hr>""" + html.split("<body", 1)[1].split(">", 1)[1])


def m046():
    pdf = [
        "Rheinauen Lebensversicherung AG · Rentenservice · Auenring 12 · 40221 Düsseldorf",
        "",
        "Herrn",
        "Günter Tillmanns",
        "Eickener Str. 77",
        "41063 Mönchengladbach",
        "",
        "Düsseldorf, 31.03.2025",
        "Rentenversicherung Nr. RV 30-118 009 - 2. Erinnerung Lebensbescheinigung",
        "",
        "Sehr geehrter Herr Tillmanns,",
        "",
        "leider haben wir Ihre Lebensbescheinigung für 2025 trotz unserer Schreiben vom",
        "06.01.2025 und 17.02.2025 noch nicht erhalten.",
        "",
        "Bitte senden Sie uns die Bescheinigung bis zum 30.04.2025. Geht sie bis dahin nicht ein,",
        "müssen wir Ihre monatliche Rente von 512,00 EUR ab 01.05.2025 vorübergehend aussetzen.",
        "Sobald die Bescheinigung vorliegt, zahlen wir alle Beträge nach.",
        "",
        "Können Sie das Formular nicht selbst unterschreiben, kann dies eine bevollmächtigte",
        "Person oder Ihr Betreuer mit dem Zusatz \"i. V.\" tun.",
        "",
        "Mit freundlichen Grüßen",
        "Ihr Rentenservice",
    ]
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="harmless body; PDF is a named annuitant's second life-certificate reminder with contract and pension amount",
        frm="Rentenservice Rheinauen <rentenservice@rheinauen.example>",
        to="guenter.tillmanns@tonline.example",
        subject="Unser Schreiben vom 31.03.2025",
        date="2025-03-31 14:00",
        body="""Sehr geehrte Damen und Herren,

anbei erhalten Sie unser Schreiben vom 31.03.2025 als PDF.

Mit freundlichen Grüßen
Ihre Rheinauen

Diese E-Mail wurde automatisch erstellt.
""",
        atts=[("pdf", "Schreiben_2025-03-31.pdf", pdf)])


def m047():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="motor policy transfer from father to daughter: names, VIN, plate, eVB, birth date; base64 body",
        frm="Kfz-Vertrag Rheinauen <kfz@rheinauen.example>",
        to="Stefanie Hardering <steffi.hardering@mailbox.example>",
        subject="Ihre eVB für den Halterwechsel - Skoda Fabia",
        date="2025-04-15 16:44",
        cte="base64",
        body="""Hallo Frau Hardering,

wie gewünscht versichern wir den Skoda Fabia Ihres Vaters, Herrn Bernhard Hardering, ab
dem Tag der Umschreibung auf Sie.

Ihre elektronische Versicherungsbestätigung (eVB): 8KT4M2R
Fahrzeug-Identifizierungsnummer: TMBEG6NJ5KZ018832
bisheriges Kennzeichen: VIE-BH 202 (Wunschkennzeichen kann mitgenommen werden)
Versicherungsnehmerin: Stefanie Hardering, geb. 11.09.1979
Neuer Vertrag: KF 77 341 590, Haftpflicht und Teilkasko 300 EUR SB

Der Vertrag Ihres Vaters (KF 77 061 204) endet mit der Ummeldung; den Restbeitrag erstatten wir
ihm. Den SF-Rabatt Ihres Vaters können Sie nicht übernehmen, weil Sie nicht als regelmäßige
Fahrerin eingetragen waren; Sie starten mit Ihrer eigenen SF-Klasse aus dem Vertrag Ihres
Zweitwagens.

Gute Fahrt!
Ihr Kfz-Team der Rheinauen
""")


def m048():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: minutes of a working group on customers aged 80+, aggregated figures and named colleagues only",
        frm="Marco Lüttgens <service60plus@rheinauen.example>",
        to="ag-80plus@rheinauen.example",
        subject="Protokoll AG Kunden 80plus - Sitzung 14.11.2024",
        date="2024-11-15 16:10",
        body="""Protokoll AG Kunden 80plus
Sitzung vom 14.11.2024, 14:00-15:30 Uhr, Raum Rhein / Teams

Teilnehmende: M. Lüttgens (Leitung), S. Kreutzkamp (Rente), K. Brühl (Vollmachten),
M. Oberdörster (Kfz), Dr. A. Pohlmann (Datenschutz), I. Schwarzer (Marketing)

TOP 1 Kennzahlen
- Kundinnen/Kunden 80+: 61.400 (Vorjahr 58.900), davon 9.200 mit hinterlegter Vollmacht
  oder Betreuung.
- Beschwerden mit Bezug "Angehörige/Vollmacht": 112 in Q1-Q3 (Vorjahr 147).
- Durchschnittliche Bearbeitungszeit Vollmachtsprüfung: 6,4 Arbeitstage (Ziel: 3).

TOP 2 Großdruckbriefe
- Pilot seit 01.07.: 1.480 Kunden nutzen Großdruck (16 pt). Positives Feedback.
- Beschluss: Ausweitung auf alle Sparten ab Q2/2025, Kosten klärt Frau Schwarzer.

TOP 3 Kfz-Kündigung bei Fahrverzicht
- Frau Oberdörster: Angehörige kündigen oft ohne Vollmacht. Neuer Textbaustein mit
  Hinweis auf Vollmacht und SF-Übertragung wird erstellt (Entwurf bis 12.12.).

TOP 4 Verdacht auf finanziellen Missbrauch
- Bisher kein einheitlicher Meldeweg. Frau Brühl und Frau Dr. Pohlmann erarbeiten eine
  Handlungsanweisung. Keine Einzelfälle im Protokoll (Hinweis Datenschutz).

Nächste Sitzung: 13.02.2025
gez. Lüttgens
""")


def m049():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="internal",
        reason="suspected financial abuse of a named annuitant with dementia by a relative; contract, payments and diagnosis",
        frm="Ricardo Alves <r.alves@gss.rheinauen.example>",
        to="vollmachten@rheinauen.example",
        cc="datenschutz@rheinauen.example",
        subject="Escalation: possible misuse of POA - annuitant Hildegard Kirschbaum, RV 30-033 187",
        date="2025-04-03 15:27",
        body="""Dear Ms Brühl,

I'm escalating a case from our call centre, following the new procedure for suspected
financial abuse.

Customer: Mrs Hildegard Kirschbaum, born 09.04.1932, annuity RV 30-033 187 (EUR 318.40/month)
Attorney on file: grandson Dennis Kirschbaum, general power of attorney dated 2023.

What happened:
- 11 March: grandson changed the payment account to an account at an online bank in his
  own name.
- 24 March: he asked by phone whether the annuity could be "commuted into a lump sum" and
  said his grandmother "doesn't know what day it is any more, she has Alzheimer's, so I
  decide everything".
- 2 April: a niece, Mrs Ulrike Behrendt, called. She says Mrs Kirschbaum has been in a
  nursing home in Hilden since January, the home fees have not been paid for three months,
  and the home is threatening to give notice.

Agents gave no information to the niece. We have not changed anything in the contract.
Could your team review whether the account change should be reversed or whether the
guardianship court should be informed?

Notes are in the CRM under case 2025-GSS-04471.

Best regards
Ricardo Alves
Team Lead, Group Service Centre Lisbon
""")


def m050():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="customer",
        reason="daughter cancels her mother's household and glass insurance after moving her in; names, birth date, contract; no health",
        frm="Marco Lüttgens <service60plus@rheinauen.example>",
        to="sach@rheinauen.example",
        subject="WG: Kündigung Hausrat + Glas meiner Mutter",
        date="2024-10-21 09:07",
        cte="8bit",
        flowed=True,
        body="""Bitte bearbeiten, Vollmacht (notariell) ist im Vertrag seit 2021.
Gruß Marco

-------- Weitergeleitete Nachricht --------
Betreff: Kündigung Hausrat + Glas meiner Mutter
Datum: Sun, 20 Oct 2024 18:40:12 +0200
Von: Jutta Kremer <jutta.kremer@web.example>
An: service60plus@rheinauen.example

Hallo liebes Rheinauen Team,

meine Mutter Maria Kremer (geb 08.01.1938) wohnt seit 1. Oktober bei uns im Haus in
Grevenbroich, die Wohnung in Neuss (Further Str. 12) ist aufgelöst und seit dem 15.10. an
den Vermieter zurückgegeben.

Darum bitte die Hausratversicherung HR-5 07 3310 und die Glasversicherung dazu kündigen,
zum 15.10. oder wann es halt geht. Die paar Möbel die mitgekommen sind, sind ja jetzt bei
uns in der Hausrat mit drin hab ich gelesen ?

Vollmacht hab ich, die haben sie schon (notariell).

Danke und Grüße
Jutta Kremer
""")

# ================================================================ mails 051-075

def m051():
    return dict(
        label="NORMAL", lang="de", kind="insurer-to-customer",
        reason="trap: one-time password for an attorney's portal access; no contract or personal data",
        frm="Rheinauen Kundenportal <noreply@portal.rheinauen.example>",
        to="jutta.kremer@web.example",
        subject="Ihr Einmal-Passwort für den Zugang als Bevollmächtigte/r",
        date="2024-10-24 18:31",
        body="""Guten Tag,

Sie haben einen Zugang als bevollmächtigte Person im Rheinauen Kundenportal beantragt.

Ihr Einmal-Passwort lautet: 7Qm-4xT-9Lb

Es ist 48 Stunden gültig. Bitte melden Sie sich unter https://portal.rheinauen.example an
und vergeben Sie ein eigenes Passwort. Die Verträge der vollmachtgebenden Person sehen Sie
erst, wenn unser Team die Vollmacht geprüft und freigeschaltet hat.

Sie haben nichts beantragt? Dann ignorieren Sie diese E-Mail bitte.

Ihr Rheinauen Kundenportal
Diese Nachricht wurde automatisch versendet.
""")


def m052():
    pdf = [
        "HörWelt Akustik Meisterbetrieb · Schadowstr. 41 · 40212 Düsseldorf",
        "",
        "Kostenvoranschlag Nr. KV-25-0318        Datum: 18.03.2025",
        "",
        "Kunde: Herr Friedhelm Oberhausen, geb. 05.11.1942",
        "Krankenkasse: AOK Rheinland/Hamburg, Vers.-Nr. B482117093",
        "Verordnung: Dr. med. S. Yurt, HNO, vom 03.03.2025",
        "Audiogramm: beidseitige Innenohrschwerhörigkeit, Hörverlust re 55 dB / li 60 dB",
        "(ICD-10 H90.3)",
        "",
        "Pos. Artikel                                  Menge   Einzelpreis   Gesamt",
        "1    RIC-Hörsystem Premium, Akku, Bluetooth     2     2.390,00      4.780,00",
        "2    Otoplastik / Ex-Hörer-Schirmchen           2        65,00        130,00",
        "3    Anpassung, Feinanpassung, Nachbetreuung    1       420,00        420,00",
        "     Summe                                                         5.330,00",
        "     abzgl. Festbetrag GKV (2 x 733,59)                           -1.467,18",
        "     Eigenanteil des Versicherten                                  3.862,82",
        "",
        "Kassenmodell ohne Mehrkosten wurde angeboten und im Vergleich getestet.",
    ]
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="hearing-aid cost estimate for a named customer with diagnosis H90.3, audiogram, health insurance number; in the PDF",
        frm="Stefanie Gerritzen <leistung-kranken@rheinauen.example>",
        to="Friedhelm Oberhausen <f.oberhausen@tonline.example>",
        subject="Ihr Kostenvoranschlag Hörgeräte - Tarif ZA-Hören, KZ 61-220 418",
        date="2025-03-24 11:19",
        body="""Sehr geehrter Herr Oberhausen,

vielen Dank für den Kostenvoranschlag Ihres Hörakustikers, den Sie uns zur Prüfung vor dem
Kauf geschickt haben (Kopie anbei zu Ihren Unterlagen).

Ihr Zusatztarif ZA-Hören erstattet 80 % des Eigenanteils, höchstens 1.500 EUR je Ohr alle
vier Jahre. Bezogen auf den Eigenanteil von 3.862,82 EUR ergibt das:

  80 % von 3.862,82 EUR       = 3.090,26 EUR
  Höchstbetrag (2 x 1.500)    = 3.000,00 EUR
  voraussichtliche Erstattung = 3.000,00 EUR

Bitte reichen Sie nach der Anpassung die Rechnung mit dem Nachweis über die Zahlung der
Krankenkasse ein. Die Zusage gilt sechs Monate.

Mit freundlichen Grüßen
Stefanie Gerritzen
Leistung Krankenzusatz
Rheinauen Krankenversicherung AG
""",
        atts=[("pdf", "KV-25-0318_HoerWelt.pdf", pdf)])


def m053():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="broker",
        reason="broker cancels a named retired couple's household and liability contracts before they move to Ireland; Irish IBAN for refund",
        frm="Dirk Spelleken <maklerbetreuung@rheinauen.example>",
        to="sach-vertrag@rheinauen.example",
        subject="FW: Byrne - cancellation HR-5 38 1174 / PH-5 38 1175 - move to Ireland",
        date="2025-05-06 10:12",
        body="""Please process - cancellation by broker with client's signature (attached in DMS).
Refund to the Irish account below. Thanks, Dirk

From: Siobhan Kearney <s.kearney@liffey-brokers.example>
Sent: Monday, 5 May 2025 17:02
To: maklerbetreuung@rheinauen.example
Subject: Byrne - cancellation HR-5 38 1174 / PH-5 38 1175

Hi Dirk,

my clients Eamon and Bridget Byrne are leaving Germany for good after 31 years in Bonn -
they're going back to Galway to be closer to the grandchildren now that they're both
retired. Their flat at Kessenicher Str. 88, 53129 Bonn is handed back on 30 June.

Please cancel the household policy HR-5 38 1174 and the personal liability PH-5 38 1175
with effect from 30 June 2025 (extraordinary cancellation due to moving abroad / risk
ceases). Signed letter attached.

Any refund please to:
  Account holder: Eamon Byrne
  IBAN: IE06 AIBK 9311 5255 3049 67

Many thanks,
Siobhan Kearney
Liffey Insurance Brokers Ltd (German desk)
""")


def m054():
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: anonymised training case (customer A, 84, guardian, dementia) with no identifiable person",
        frm="Nadine Hülsmann <personalentwicklung@rheinauen.example>",
        to="trainer-gss@gss.rheinauen.example",
        subject="Case studies for module 4 (anonymised) - please review",
        date="2025-04-09 13:05",
        body="""Hi all,

below the two case studies for module 4. Both are fictitious composites of real call
patterns; names, places and contract numbers are invented or removed. Please check the
English before we print.

CASE A
Customer A (84) has a private annuity. Her son calls: his mother has "gone downhill"
since her stroke, lives in a care home now, and he wants the annuity paid to his account
"because he pays the home". There is no power of attorney on file. A guardianship
procedure is pending at the local court.
Questions: What may the agent say? What should be documented - and what not?

CASE B
Customer B (79) cancels his car insurance on the phone because he "can't see well at
night any more". The agent notes "eye disease" in the CRM.
Questions: Was this note necessary? How do you cancel the contract without recording
health details?

Model answers are in the trainer notes (not for distribution).

Nadine
""")


def m055():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="motor cancellation; the quoted customer mail names macular degeneration and the eye doctor's advice",
        frm="Melanie Oberdörster <kfz@rheinauen.example>",
        to="Elisabeth Kaiser <elisabeth.kaiser1941@web.example>",
        subject="AW: Kündigung Autoversicherung",
        date="2025-01-09 12:26",
        body="""Sehr geehrte Frau Kaiser,

vielen Dank für Ihre Nachricht. Wir haben Ihre Kfz-Versicherung KF 77 098 455 zum
31.01.2025 gekündigt, wie Sie es wünschen. Sobald das Fahrzeug abgemeldet oder verkauft ist,
schicken Sie uns bitte eine Kopie der Abmeldebescheinigung bzw. des Kaufvertrags; dann
erstatten wir den Beitrag ggf. auch für die Zeit davor.

Alles Gute für Sie!

Mit freundlichen Grüßen
Melanie Oberdörster
Kfz-Vertrag

-----Ursprüngliche Nachricht-----
Von: Elisabeth Kaiser <elisabeth.kaiser1941@web.example>
Gesendet: Dienstag, 7. Januar 2025 10:58
An: kfz@rheinauen.example
Betreff: Kündigung Autoversicherung

Sehr geehrte Damen und Herren

hiermit kündige ich meine Autoversicherung für den Polo (ME-EK 19) zum Ende des Monats.
Mein Augenarzt hat mir nach der letzten Untersuchung dringend geraten nicht mehr zu fahren,
die feuchte Makuladegeneration ist links schlechter geworden trotz der Spritzen. Schweren
Herzens, aber man muß vernünftig sein. Den Wagen übernimmt vielleicht mein Neffe.

Mit freundlichen Grüßen
Elisabeth Kaiser
Mettmann
""")


def m056():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="internal",
        reason="internal note on no-claims transfer from grandmother to grandson with both birth dates, licence date and contract numbers",
        frm="Melanie Oberdörster <kfz@rheinauen.example>",
        to="kfz-vertrag-team@rheinauen.example",
        subject="SF-Übertragung Oma -> Enkel, bitte 2. Blick: KF 77 014 772 -> KF 77 350 066",
        date="2025-04-22 11:47",
        body="""Hallo ihr,

kurze Frage zur SF-Übertragung, bevor ich buche:

Abgebende: Hannelore Sieverding, geb. 02.03.1939, KF 77 014 772, SF 35, Vertrag endet
           zum 31.03.2025 (Fahrzeug auf den Enkel umgemeldet)
Übernehmender: Jonas Sieverding, geb. 26.06.2001, Führerschein seit 12.09.2019,
           neuer Vertrag KF 77 350 066
Erklärung: beide unterschrieben, Oma bestätigt, dass Jonas seit 2020 regelmäßig gefahren ist
           (war als Fahrer im Vertrag seit 04/2020 eingetragen)

Er kann maximal so viele Jahre übernehmen, wie er den Führerschein hat -> 5 Jahre seit 09/2019,
also SF 5. Oma bekommt nichts mehr zurück, ihr Rabatt ist damit weg. Seht ihr das auch so?

Danke, Melanie
""")


def m057():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: HR offer for employees caring for relatives with care-home open day; no person",
        frm="Nadine Hülsmann <hr@rheinauen.example>",
        to="alle-mitarbeitenden@rheinauen.example",
        subject="Pflege und Beruf: Beratungstag, Tag der offenen Tür im Seniorenstift St. Anna",
        date="2025-05-05 09:30",
        body="""Liebe Kolleginnen und Kollegen,

etwa jede/r Zehnte von uns kümmert sich neben der Arbeit um Angehörige. Deshalb bieten wir
im Mai zwei Termine an:

1. Beratungstag "Pflege und Beruf" am 15.05.2025, 10-15 Uhr, Betriebsrestaurant
   - Pflegezeit und Familienpflegezeit: was steht mir zu?
   - Pflegegrade, Pflegegeld, Entlastungsbetrag - Beraterinnen der Pflegestützpunkte
   - Einzelgespräche vertraulich, Anmeldung nicht nötig

2. Tag der offenen Tür im Seniorenstift St. Anna (Kooperationspartner unseres
   Familienservice), 17.05.2025, 11-16 Uhr, Grafenberger Allee 310
   - Führungen durch Kurzzeitpflege und Tagespflege
   - Informationen zu Wartelisten und Kosten

Außerdem zur Erinnerung: Bis zu 10 Tage bezahlte Freistellung bei akut auftretender
Pflegesituation nach unserer Betriebsvereinbarung. Ansprechpartnerin in der Personalabteilung
bin ich.

Herzliche Grüße
Nadine Hülsmann
Personalabteilung
""")


def m058():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="annual statement of annuity payments to a named British annuitant: amounts, tax ID, UK bank data",
        frm="Fiona McAllister <international-annuities@rheinauen.example>",
        to="Derek Ashworth <derek.ashworth@thamesmail.example>",
        subject="Your annual statement of pension payments 2024 - RV 30-188 452",
        date="2025-02-20 10:35",
        body="""Dear Mr Ashworth,

as every year, please find below your statement of payments from your private pension
with Rheinauen Lebensversicherung AG for the calendar year 2024. You may need it for
HMRC.

  Annuitant:                 Derek John Ashworth, born 14/03/1944
  Contract:                  RV 30-188 452 (deferred annuity, payments since 01/04/2009)
  German tax ID:             58 931 204 667
  Gross annuity 2024:        EUR 7,862.40 (12 x EUR 655.20)
  German tax withheld:       none (payment reported to the German tax office, see below)
  Paid to:                   GB43 NWBK 6016 1318 6980 95

Under the Germany-UK double taxation agreement, private pensions are taxed only in the UK.
We have nevertheless reported the payments to the German central office (ZfA) as required
by law ("Rentenbezugsmitteilung"); this does not lead to German tax.

Your life certificate for 2025 was received on 3 February - thank you.

Kind regards
Fiona McAllister
International Annuities Desk
Rheinauen Lebensversicherung AG
""")


def m059():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="named customer's buildings policy: vacancy after move to assisted-living flat (no care reason), addresses, contract",
        frm="Tobias Wendeler <sach@rheinauen.example>",
        to="Paul Rehbein <paul.rehbein@mailbox.example>",
        subject="Wohngebäudeversicherung WG-7 05 4410 - Leerstand Ihres Hauses",
        date="2024-11-27 14:02",
        body="""Sehr geehrter Herr Rehbein,

danke für Ihre Mitteilung, dass Sie seit dem 01.11.2024 in einer Wohnung im Betreuten Wohnen
"Am Stadtwald", Hülser Str. 102, 47803 Krefeld, leben und Ihr Haus in der Kliedbruchstraße 9,
47803 Krefeld, derzeit leer steht. Sie möchten es im Frühjahr verkaufen.

Für Ihre Wohngebäudeversicherung WG-7 05 4410 bedeutet das:

- Der Versicherungsschutz bleibt bestehen. Leerstand ist aber eine Gefahrerhöhung, die Sie
  uns - wie jetzt geschehen - anzeigen müssen.
- Bitte sorgen Sie dafür, dass das Haus mindestens einmal pro Woche kontrolliert wird
  (z. B. durch Ihren Sohn) und in der Heizperiode ausreichend beheizt oder alle
  wasserführenden Leitungen abgesperrt und entleert sind. Sonst besteht bei
  Leitungswasser- oder Frostschäden kein Versicherungsschutz.
- Ein Beitragszuschlag fällt bei einem Leerstand bis 12 Monate nicht an.

Ihre Hausratversicherung haben wir bereits auf die neue Adresse umgestellt (HR-5 05 4411,
neue Wohnfläche 54 m², neuer Jahresbeitrag 96,30 EUR).

Mit freundlichen Grüßen
Tobias Wendeler
Sachversicherung Privatkunden
""")


def m060():
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: IT change request for an 'authorised representative / guardian' role in the CRM; field list only",
        frm="Paul Nießen <it-demand@rheinauen.example>",
        to="crm-change-board@rheinauen.example",
        subject="CR-2025-117: CRM role 'Authorised representative / court-appointed guardian'",
        date="2025-02-03 15:50",
        body="""Change request CR-2025-117

Requested by: Powers of Attorney & Guardianships (K. Brühl), Customer Service 60plus
Priority: high (audit finding A-24-09)

Problem
Attorneys and guardians are currently stored as free-text notes on the contract. Letters
therefore go to the customer only, and the call centre cannot see the scope of authority.

Proposal: new partner role REPR with the fields
- type: {Vorsorgevollmacht, Generalvollmacht, Betreuung, Kontovollmacht, Notvertretung §1358}
- scope (checkboxes): property/contracts, health, residence, mail
- valid from / valid to, court file number (for Betreuung), review date
- document ID in DMS
- flag "consent reservation" (Einwilligungsvorbehalt)
- correspondence: {copy to representative, only to representative}

Out of scope: storing diagnoses or medical certificates (data protection sign-off obtained
on 28 Jan - the reason for a guardianship is NOT to be stored).

Effort estimate: 34 PD. Target release: 2025-R3.
""")


def m061():
    inner = dict(
        frm="Amtsgericht Ratingen - Betreuungsgericht <poststelle@ag-ratingen.justiz-nrw.example>",
        to="vollmachten@rheinauen.example",
        subject="8 XVII 402/24 - Genehmigung - Ostendorf",
        date="2025-04-10 10:02",
        fname="8_XVII_402-24_Genehmigung.eml",
        body="""Amtsgericht Ratingen
- Betreuungsgericht -
Az.: 8 XVII 402/24

Beschluss

In der Betreuungssache
Karl-Heinz Ostendorf, geb. 21.11.1940, Seniorenzentrum Haus am Angerbach, Ratingen,

Betreuerin: Rechtsanwältin Dr. Beate Schmitz-Reinartz, Ratingen

wird die Kündigung der Kapitallebensversicherung Nr. L 20-440 181 bei der Rheinauen
Lebensversicherung AG durch die Betreuerin und die Entgegennahme des Rückkaufswerts
betreuungsgerichtlich genehmigt (§§ 1854 Nr. 1, 1855 BGB).

Gründe: Der Betroffene lebt seit Oktober 2024 dauerhaft in einer vollstationären
Pflegeeinrichtung (Pflegegrad 4). Seine laufenden Einkünfte reichen zur Deckung der
Heimkosten nicht aus. Die Verwertung der Lebensversicherung ist wirtschaftlich geboten.

Der Beschluss ist seit dem 09.04.2025 rechtskräftig.

Ratingen, 18.03.2025
Kallweit, Rechtspflegerin
""")
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="court",
        reason="forwarded court approval (message/rfc822) for a guardian to surrender a named ward's life policy; care home, care level 4",
        frm="Kerstin Brühl <vollmachten@rheinauen.example>",
        to="leistung-leben@rheinauen.example",
        subject="WG: 8 XVII 402/24 - Genehmigung - Ostendorf",
        date="2025-04-10 11:20",
        body="""Hallo Leben,

die Genehmigung für den Rückkauf L 20-440 181 ist da, rechtskräftig seit 09.04.
Originalnachricht vom Gericht hängt an. Auszahlung bitte an das Betreuungskonto laut
Schreiben der Betreuerin vom 24.02.

Gruß Kerstin
""",
        atts=[("eml", inner)])


def m062():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="liability claim of a named policyholder (water from garden hose into neighbour's basement), son with POA; nobody hurt",
        frm="Tobias Wendeler <schaden-sach@rheinauen.example>",
        to="Oliver Brandes <oliver.brandes@brightmail.example>",
        subject="Liability claim H-2025-031 552 - your father's policy PH-5 12 7709",
        date="2025-06-16 09:52",
        body="""Dear Mr Brandes,

thank you for reporting the incident on behalf of your father, Mr Günther Brandes, for whom
we hold your power of attorney.

As we understand it, on 9 June your father left the garden hose running overnight; the
water flowed through the light well into the basement of his neighbour, Mrs Kaminski
(Lindenweg 6, Hilden). Carpets and a freezer were damaged; nobody was hurt.

Your father's personal liability policy PH-5 12 7709 covers damage caused to third parties.
We have appointed a loss adjuster, Mr Ralf Kuhnt (Sachverständigenbüro Kuhnt), who will
contact Mrs Kaminski directly this week. Please ask your father not to admit liability or
promise payment himself - we will settle directly with the neighbour.

Kind regards
Tobias Wendeler
Property & Liability Claims
""")


def m063():
    return dict(
        label="NORMAL", lang="de", kind="newsletter",
        reason="trap: seniors' newsletter (plain text) with tips on care-home search, hearing aids, life certificates; no person",
        frm="Rheinauen 60plus <newsletter@news.rheinauen.example>",
        to="60plus-verteiler@news.rheinauen.example",
        subject="60plus im Dezember: Heimplatz finden, Lebensbescheinigung, Weihnachtsrätsel",
        date="2024-12-03 07:00",
        body="""RHEINAUEN 60plus - Ausgabe Dezember 2024
==========================================

Liebe Leserinnen und Leser,

das Jahr geht zu Ende - Zeit für ein paar Hinweise, die viele von Ihnen betreffen.

*** Lebensbescheinigung: Post kommt im Januar ***
Wenn Sie eine private Rente bei uns beziehen, erhalten Sie Anfang Januar das Formular für
Ihre Lebensbescheinigung. Bitte lassen Sie es beim Bürgerbüro, Notar oder - wenn Sie im
Pflegeheim wohnen - von der Heimleitung bestätigen. Tipp: Kopie für die eigenen Unterlagen
machen!

*** Einen Heimplatz finden - aber wie? ***
Die Wartelisten sind lang. Der Pflegestützpunkt Ihrer Stadt hilft kostenlos, die Pflegekasse
schickt Ihnen eine Liste der Einrichtungen mit Preisen. Fragen Sie nach Kurzzeitpflege als
"Einstieg" und besichtigen Sie mindestens drei Häuser.

*** Hörgeräte-Batterien ***
Wer noch Geräte mit Zink-Luft-Batterien hat: Kälte verkürzt die Laufzeit. Ersatz gehört in
die Jackentasche, nicht ins Handschuhfach.

*** Weihnachtsrätsel ***
Welches Wort suchen wir? Es hat 11 Buchstaben, beginnt mit "V" und sollte jede und jeder
ab 18 haben ... Lösung an raetsel@news.rheinauen.example, Einsendeschluss 31.12.

Frohe Feiertage wünscht Ihr 60plus-Team
Abmelden: https://www.rheinauen.example/abmelden
""")


def m064():
    paras = [
        "Leistungsprüfung Pflegerente - Vermerk",
        "Vertrag: PR 40-009 118   Versicherte Person: Dorothea Schwerdtfeger, geb. 30.07.1946",
        "Antrag vom 19.02.2025 (Ehemann als Vorsorgebevollmächtigter)",
        "Unterlagen: Bescheid Pflegekasse vom 10.02.2025 (PG 3 ab 01.12.2024), MD-Gutachten vom 28.01.2025",
        "Auszug MD-Gutachten: Diagnosen: Idiopathisches Parkinson-Syndrom, akinetisch-rigider Typ (G20.1), "
        "Sturzneigung (R29.6), leichte kognitive Störung (F06.7). Gesamtpunktwert 58,75 (Modul 1 Mobilität: 12,5; "
        "Modul 4 Selbstversorgung: 25).",
        "Hilfsmittel: Rollator, Toilettensitzerhöhung, Duschhocker; Hausnotruf vorhanden.",
        "Bewertung: PG 3 nach SGB XI entspricht nach § 2 Abs. 3 AVB PR-2010 der Leistungsstufe 60 %.",
        "Pflegerente: 60 % von 1.200 EUR = 720 EUR monatlich ab 01.12.2024; Beitragsbefreiung ab 01.12.2024.",
        "Nachzahlung Dezember bis März: 4 x 720 EUR = 2.880 EUR; Beitragserstattung 3 x 41,80 EUR.",
        "Nachprüfung: Wiedervorlage 02/2026 (Änderung Pflegegrad).",
        "Freigabe: Y. Kallenbach, 03.03.2025",
    ]
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
        reason="care annuity assessment note in the DOCX: named insured, Parkinson G20.1, care level, benefits",
        frm="Yvonne Kallenbach <leistung-pflege@rheinauen.example>",
        to="Dirk Spelleken <maklerbetreuung@rheinauen.example>",
        subject="Pflegerente Schwerdtfeger - Vermerk zur Info für den Makler",
        date="2025-03-03 15:40",
        body="""Hallo Dirk,

anbei der Prüfvermerk. Leistung ist anerkannt, das Schreiben an die Kundin und den Ehemann
geht heute raus. Für Herrn Hütter bitte nur das Ergebnis (Höhe, Beginn, Beitragsbefreiung) -
den Vermerk nicht weiterleiten, da stehen die Diagnosen drin.

Gruß
Yvonne
""",
        atts=[("docx", "Vermerk_PR40-009118.docx", paras)])


def m065():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="attorney registered for a named customer's household and liability contracts; birth date and contract numbers",
        frm="Kerstin Brühl <vollmachten@rheinauen.example>",
        to="Ralf Mertens <ralf.mertens@freenet-mail.example>",
        subject="Ihre Vollmacht für Frau Gerda Mertens ist hinterlegt",
        date="2025-01-16 10:26",
        body="""Sehr geehrter Herr Mertens,

wir haben die Vorsorgevollmacht Ihrer Mutter, Frau Gerda Mertens (geb. 12.12.1940), vom
05.08.2020 geprüft und für folgende Verträge hinterlegt:

  Hausratversicherung       HR-5 21 0884
  Privathaftpflicht         PH-5 21 0885

Sie können ab sofort Auskünfte erhalten, Änderungen veranlassen und Schäden melden. Wie
gewünscht erhalten Sie Kopien aller Schreiben; die Originale gehen weiterhin an Ihre Mutter.

Für einen Online-Zugang zum Kundenportal als Bevollmächtigter können Sie sich unter
https://portal.rheinauen.example/vollmacht registrieren.

Mit freundlichen Grüßen
Kerstin Brühl
Vollmachten & Betreuungen
""")


def m066():
    rows = [
        ["Annuitant experience 2020-2024 (all annuity tariffs, in payment)", "", "", "", ""],
        ["Age band", "Exposure (years)", "Deaths observed", "Deaths expected DAV 2004 R", "A/E %"],
        ["65-69", 18240, 121, 148.2, 81.6],
        ["70-74", 22105, 262, 301.7, 86.8],
        ["75-79", 19880, 410, 452.9, 90.5],
        ["80-84", 13420, 566, 598.1, 94.6],
        ["85-89", 6310, 602, 611.3, 98.5],
        ["90+", 1988, 361, 354.0, 102.0],
        ["Total", 81943, 2322, 2466.2, 94.2],
        ["Note: age bands 95+ merged into 90+ (fewer than 10 deaths per year)", "", "", "", ""],
    ]
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-partner",
        reason="trap: aggregated annuitant mortality experience for the reinsurer, merged small cells, no person",
        frm="Dr. Jan-Ole Brinkmann <aktuariat@rheinauen.example>",
        to="longevity.team@centralre.example",
        subject="Longevity swap renewal - annuitant experience 2020-2024",
        date="2025-05-20 17:12",
        body="""Dear Hannah,

as agreed for the renewal discussions, attached is our annuitant experience by age band for
2020-2024, lives-weighted, all tariffs in payment. Amounts-weighted figures follow next week.

As you'll see, the A/E ratio approaches 100 % at the oldest ages. Part of the lighter
experience at 65-79 is due to the larger share of higher-income policyholders in the
2005-2012 generation of tariffs.

Happy to walk you through it on Thursday.

Best regards
Jan-Ole Brinkmann
Chief Actuary Life, Rheinauen Lebensversicherung AG
""",
        atts=[("xlsx", "Annuitant_experience_2020-2024.xlsx", rows)])


def m067():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
        reason="son's mail: father after stroke in a care home, wants to surrender the life policy to pay care costs; contract and amounts",
        frm="Jörg Haverkamp <leistung-leben@rheinauen.example>",
        to="vollmachten@rheinauen.example",
        subject="WG: Rückkauf Lebensversicherung Vater - L 20-097 366",
        date="2025-05-12 08:36",
        body="""Kerstin, liegt euch für Herrn Lentzen eine Vollmacht vor? Im Vertrag finde ich nichts.
Ohne Vollmacht/Betreuung kann ich nicht auszahlen, würde ihm aber gern schnell antworten,
die Familie ist offensichtlich unter Druck.
Jörg

Von: Andreas Lentzen <a.lentzen@tonline.example>
Gesendet: Freitag, 9. Mai 2025 23:14
An: leistung-leben@rheinauen.example
Betreff: Rückkauf Lebensversicherung Vater - L 20-097 366

Sehr geehrte Damen und Herren,

ich schreibe Ihnen wegen der Lebensversicherung meines Vaters Josef Lentzen, Nr. L 20-097 366.
Mein Vater hatte am 2. März einen schweren Schlaganfall, er ist rechtsseitig gelähmt und kann
nicht mehr sprechen. Nach Krankenhaus und Reha ist er seit dem 28. April im Pflegeheim
St. Martin in Kaarst, Pflegegrad 5 ist beantragt.

Das Heim kostet 3.480 EUR im Monat Eigenanteil, seine Rente reicht dafür bei weitem nicht.
Meine Mutter ist selbst 81 und völlig überfordert. Wir möchten die Lebensversicherung
kündigen (laut letzter Mitteilung ca. 14.900 EUR Rückkaufswert), damit wir das Heim die
nächsten Monate bezahlen können, bevor wir Sozialhilfe beantragen müssen.

Eine Vollmacht hat er leider nie gemacht. Das Gericht sagt, eine Betreuung dauert mindestens
zwei Monate. Gibt es keinen anderen Weg? Meine Mutter könnte doch als Ehefrau unterschreiben?

Mit verzweifelten Grüßen
Andreas Lentzen
""")


def m068():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
        reason="car dealer asks about the end of a named elderly seller's motor policy; plate, VIN, contract; no health",
        frm="Melanie Oberdörster <kfz@rheinauen.example>",
        to="verkauf@autohaus-breuer.example",
        subject="AW: Fahrzeugankauf Frau Lambertz - Versicherungsende KF 77 044 913",
        date="2024-09-25 10:15",
        body="""Sehr geehrter Herr Breuer,

Frau Lambertz hat uns telefonisch erlaubt, Ihnen Auskunft zu geben. Die Kfz-Versicherung
KF 77 044 913 für den Renault Clio (FIN VF15RBJ0A57211904, Kennzeichen D-AL 1937) besteht
bis zur Abmeldung. Die Außerbetriebsetzung können Sie als Händler vornehmen; wir erhalten die
Meldung dann automatisch von der Zulassungsstelle.

Mit freundlichen Grüßen
Melanie Oberdörster
Kfz-Vertrag

> Von: Autohaus Breuer GmbH, Ankauf <verkauf@autohaus-breuer.example>
> Gesendet: Dienstag, 24. September 2024 16:30
> Betreff: Fahrzeugankauf Frau Lambertz
>
> Guten Tag, wir haben von Ihrer Kundin Frau Adelheid Lambertz (Düsseldorf-Gerresheim)
> den Clio angekauft, sie gibt das Autofahren auf. Das Fahrzeug steht bei uns, wir melden
> es morgen ab. Bitte bestätigen Sie, dass bis dahin noch Versicherungsschutz besteht, wir
> müssen es noch vom Hof der Kundin zu uns überführen.
> Mit freundlichen Grüßen, Hubert Breuer, Autohaus Breuer GmbH
""")


def m069():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: fraud warning about fake calls to seniors in the insurer's name, call script; no victim named",
        frm="Konzernsicherheit Rheinauen <sicherheit@rheinauen.example>",
        to="alle-kundenservice@rheinauen.example",
        subject="WARNUNG: Falsche \"Rheinauen-Mitarbeiter\" rufen ältere Kunden an",
        date="2025-04-24 13:00",
        body="""Liebe Kolleginnen und Kollegen,

seit letzter Woche melden sich vermehrt Kundinnen und Kunden über 75, die von angeblichen
Rheinauen-Mitarbeitern angerufen wurden. Masche:

- Der Anrufer behauptet, die "Rentenversicherung müsse wegen eines Systemfehlers neu
  bestätigt" werden, sonst werde die Rente eingestellt.
- Er fragt nach IBAN, Geburtsdatum und einer TAN "zur Freischaltung".
- Teilweise wird ein "Kollege" angekündigt, der die Lebensbescheinigung zu Hause abholt.

Was ihr tun könnt:
1. Anrufende beruhigen: Wir fragen nie am Telefon nach TANs und holen nichts zu Hause ab.
2. Empfehlen, Anzeige bei der Polizei zu erstatten (110 bzw. Onlinewache).
3. Ticket in der Queue SEC-BETRUG anlegen - bitte nur Vertragsnummer und Datum, keine
   weiteren Details in den Freitext.

Die Warnung steht ab heute auch auf www.rheinauen.example/sicherheit und geht mit dem
nächsten 60plus-Newsletter raus.

Konzernsicherheit
""")


def m070():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="household claim for a named customer's stolen mobility scooter, needed because of COPD - health data",
        frm="Tobias Wendeler <schaden-sach@rheinauen.example>",
        to="Margaret O'Donoghue <m.odonoghue@coastmail.example>",
        subject="Claim S-2025-077 190 - theft of mobility scooter",
        date="2025-06-02 14:25",
        body="""Dear Mrs O'Donoghue,

we are very sorry to hear that your electric mobility scooter was stolen from the carport of
your building in Bonn-Bad Godesberg on 27 May. We understand from your letter that since your
COPD got worse last year you cannot walk more than about 100 metres and rely on the scooter
for shopping and for your appointments at the lung clinic.

Your home contents policy HR-5 36 2207 covers mobility aids against theft also outside the
flat on the property, up to EUR 3,000. We will pay the replacement value of the scooter
(purchased in 2023 for EUR 2,790) minus 10 % for age, i.e. EUR 2,511.

Please send us the police report number and the invoice of the new scooter if you have one.
If your health insurer pays part of a replacement, please tell us, as we can only pay the
remaining amount.

Kind regards
Tobias Wendeler
Property Claims
""")


def m071():
    return dict(
        label="CONFIDENTIAL", lang="mixed", kind="internal",
        reason="German/English internal exchange on cancelling a deceased customer's motor policy: name, plate, policy, date of death",
        frm="Ricardo Alves <r.alves@gss.rheinauen.example>",
        to="Melanie Oberdörster <kfz@rheinauen.example>",
        subject="RE: AW: Kfz-Vertrag KF 77 120 664 - Todesfall Schumacher",
        date="2024-12-18 12:02",
        body="""Hi Melanie,

done - the policy is flagged "deceased" from 29.11. and the cancellation letter to the son
is in the print queue. The car (D-FS 823) is still registered though, so I kept cover until
the deregistration, as you said.

Br, Ricardo

-----Ursprüngliche Nachricht-----
Von: Melanie Oberdörster
Gesendet: Mittwoch, 18. Dezember 2024 09:41
An: Ricardo Alves
Betreff: AW: Kfz-Vertrag KF 77 120 664 - Todesfall Schumacher

Hi Ricardo,

yes please: VN Franz Schumacher ist am 29.11. verstorben, Sterbeurkunde liegt vor
(DMS 2024-12-0451). Der Sohn, Herr Markus Schumacher, ist Erbe und will den Vertrag nicht
übernehmen. Bitte NICHT sofort beenden - solange das Auto zugelassen ist, muss Versicherungsschutz
bestehen. Letter to the son in German please, Vorlage K-112.

Danke!
Melanie

-----Original Message-----
From: Ricardo Alves
Sent: Tuesday, 17 December 2024 18:20
Subject: Kfz-Vertrag KF 77 120 664 - Todesfall Schumacher

Hi Melanie, the son of Mr Schumacher called and asked us to cancel his late father's car
policy. Shall we end it at the date of death?
""")


def m072():
    return dict(
        label="NORMAL", lang="de", kind="insurer-to-supplier",
        reason="trap: quote request to a print provider for large-print letters for older customers; no person",
        frm="Helga Termath <einkauf@rheinauen.example>",
        to="vertrieb@druckzentrum-niederrhein.example",
        subject="Anfrage Großdruck-Briefe (16 pt) ab Q2/2025",
        date="2025-01-27 11:45",
        body="""Sehr geehrter Herr Kemper,

wir planen, ab dem zweiten Quartal allen Kundinnen und Kunden, die das wünschen, ihre
Schreiben in Großdruck zu schicken. Bitte machen Sie uns ein Angebot für:

- Volumen ca. 38.000 Sendungen/Jahr, Schwankung saisonal (Januar Spitze wegen
  Lebensbescheinigungen und Rentenbezugsmitteilungen)
- Schrift 16 pt, Zeilenabstand 1,5, kontrastreich, Format A4, 1-4 Blatt
- Kuvertierung in C4 statt DIN lang (wegen weniger Falzen)
- Datenanlieferung als PDF/A über die bestehende SFTP-Strecke
- Produktion innerhalb von 24 Stunden

Bitte auch Preise für Braille-Ausdrucke auf Anforderung (geschätzt 200 Sendungen/Jahr).

Angebot bitte bis 14.02.2025.

Mit freundlichen Grüßen
Helga Termath
Einkauf
Rheinauen Versicherungsgruppe
""")


def m073():
    pdf = [
        "Rheinauen Lebensversicherung AG - Mitteilung über korrigierte Leistungen 2023",
        "(Rentenbezugsmitteilung nach § 22a EStG - Korrektur)",
        "",
        "Leistungsempfängerin: Frau Waltraud Esch, geb. 16.02.1939",
        "Steuerliche Identifikationsnummer: 29 471 038 556",
        "Vertrag: RV 30-176 110, Rentenbeginn 01.03.2004",
        "",
        "                                   bisher gemeldet     korrigiert",
        "Leibrente (Ertragsanteil, § 22 Nr. 1 S. 3 a bb EStG)",
        "  Rentenbetrag 2023                    4.920,00 EUR     5.087,40 EUR",
        "  Ertragsanteil 20 %                     984,00 EUR     1.017,48 EUR",
        "Leistungen aus Altersvorsorgevertrag (§ 22 Nr. 5 EStG)      -               -",
        "",
        "Grund der Korrektur: Dynamik-Erhöhung 01.07.2023 nicht berücksichtigt.",
        "Die Korrektur wurde am 21.03.2025 an die Zentrale Zulagenstelle für Altersvermögen",
        "übermittelt.",
    ]
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="corrected pension tax certificate for a named annuitant (tax ID, birth date, amounts); attachment PDF; sent to the guardian",
        frm="Sabine Kreutzkamp <rentenservice@rheinauen.example>",
        to="Ulrich Esch <ulrich.esch@mailbox.example>",
        subject="Korrigierte Rentenbezugsmitteilung 2023 für Ihre Mutter",
        date="2025-03-21 16:05",
        body="""Sehr geehrter Herr Esch,

als Betreuer Ihrer Mutter (Aufgabenkreis Vermögenssorge) erhalten Sie anbei die korrigierte
Mitteilung über die Rentenleistungen 2023. Bei der ersten Meldung hatten wir die Erhöhung
der Rente zum 01.07.2023 nicht berücksichtigt - dafür bitten wir um Entschuldigung.

Das Finanzamt erhält die Korrektur elektronisch. Falls der Steuerbescheid 2023 Ihrer Mutter
schon ergangen ist, wird er voraussichtlich von Amts wegen geändert; die Abweichung beträgt
beim steuerpflichtigen Anteil 33,48 EUR.

Mit freundlichen Grüßen
Sabine Kreutzkamp
Rentenservice Leben
""",
        atts=[("bin", "RBM_Korrektur_2023_RV30-176110.pdf", ("pdf", "RBM_Korrektur_2023_RV30-176110.pdf", pdf))])


def m074():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="named customer's motorcycle policy cancelled after sale; plate, policy number, refund; no health content",
        frm="Melanie Oberdörster <kfz@rheinauen.example>",
        to="Raymond Kowalczyk <ray.kowalczyk@eaglemail.example>",
        subject="Your motorcycle policy KR 78 004 319 - cancellation confirmed",
        date="2025-06-23 11:31",
        body="""Dear Mr Kowalczyk,

thank you for your letter. As requested we have cancelled your motorcycle policy
KR 78 004 319 (Harley-Davidson Road King, WI-RK 1944) as of 20 June 2025, the date of sale.
The remaining premium of EUR 118.75 will be refunded to your account within the next
two weeks.

Your car insurance KF 77 301 858 is not affected.

Fifty years on two wheels is quite an achievement - we wish you many more good years.

Kind regards
Melanie Oberdörster
Motor Contracts
Rheinauen Allgemeine Versicherung AG
""")


def m075():
    return dict(
        label="NORMAL", lang="en", kind="newsletter",
        reason="trap: bulletin for annuitants living abroad about life certificates and tax certificates in general",
        frm="Rheinauen International <international@news.rheinauen.example>",
        to="annuitants-abroad@news.rheinauen.example",
        subject="Annuitants abroad bulletin - life certificates 2025: what's new",
        date="2024-12-10 09:00",
        body="""ANNUITANTS ABROAD BULLETIN - December 2024

Dear customers,

in January we will again ask all annuitants living outside Germany to confirm that they
are alive. This year there are three changes:

1. Digital life certificate - pilot
   Customers in Austria, the Netherlands and Spain can confirm by video call with our
   partner ID-Check. Details follow in your January letter.

2. Who can sign
   Besides notaries, consulates and local registry offices, we now also accept
   confirmations from the management of a care home, stamped and signed, if you live
   in one. If you have an attorney or guardian, they may sign on your behalf and enclose
   a copy of their authority the first time.

3. Deadline
   You now have 10 weeks instead of 6 weeks to send the certificate back.

Tax: Annuities paid abroad are still reported to the German tax authorities
("Rentenbezugsmitteilung"). Whether you have to pay tax in Germany depends on the double
taxation agreement with your country of residence.

Questions? international-annuities@rheinauen.example, +49 211 4907-2230
Unsubscribe: https://www.rheinauen.example/unsubscribe
""")

# ================================================================ mails 076-100

def m076():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
        reason="funeral-expenses life policy of a named care-home resident discussed with the home's social service; guardian, care level",
        frm="Jörg Haverkamp <leistung-leben@rheinauen.example>",
        to="sozialdienst@seniorenzentrum-angerbach.example",
        cc="betreuung@schmitz-reinartz.example",
        subject="AW: Bestattungsvorsorge Herr Ostendorf - Sterbegeldversicherung SG 60-044 207",
        date="2025-04-28 10:47",
        body="""Sehr geehrte Frau Kowalski,

Frau Dr. Schmitz-Reinartz hat uns als Betreuerin von Herrn Ostendorf erlaubt, Ihnen Auskunft
zu geben; sie ist in Kopie.

Zu Ihren Fragen:
1. Die Sterbegeldversicherung SG 60-044 207 besteht seit 1998, Versicherungssumme
   5.000 EUR, beitragsfrei. Bezugsberechtigt im Todesfall ist derzeit "der Überbringer
   des Versicherungsscheins". Wenn der Betrag an ein Bestattungsinstitut gehen soll, kann die
   Betreuerin das Bezugsrecht ändern oder die Ansprüche abtreten.
2. Bei der Berechnung der Hilfe zur Pflege gilt eine angemessene Sterbegeldversicherung in
   der Regel als Schonvermögen. Das Sozialamt kann dazu eine Bestätigung von uns bekommen;
   bitte lassen Sie uns wissen, an welche Stelle wir sie schicken sollen.
3. Herr Ostendorf muss dafür nichts unterschreiben.

Mit freundlichen Grüßen
Jörg Haverkamp
Leistung Leben

> Von: Sozialdienst Seniorenzentrum Haus am Angerbach
> Gesendet: 25.04.2025 14:12
> Betreff: Bestattungsvorsorge Herr Ostendorf
>
> Guten Tag, unser Bewohner Herr Karl-Heinz Ostendorf (Pflegegrad 4) hat laut seinen
> Unterlagen eine Sterbegeldversicherung bei Ihnen. Wir unterstützen die Betreuerin beim
> Antrag auf Hilfe zur Pflege und müssen wissen, ob die Versicherung geschützt ist.
> Herr Ostendorf hat den Wunsch geäußert, vom Bestattungshaus Pütz beerdigt zu werden.
> Freundliche Grüße, Marta Kowalski, Sozialdienst
""")


def m077():
    pdf = [
        "Vorsorgevollmacht (Generalvollmacht)",
        "",
        "Ich, Wilhelm Dahmen, geb. 17.03.1941, wohnhaft Rheinallee 71, 40667 Meerbusch,",
        "erteile hiermit meiner Tochter",
        "Sabine Dahmen-Urbach, geb. 02.05.1968, wohnhaft Im Kämpchen 4, 40670 Meerbusch,",
        "Vollmacht, mich in allen vermögensrechtlichen Angelegenheiten gerichtlich und",
        "außergerichtlich zu vertreten, insbesondere Verträge mit Banken und Versicherungen",
        "abzuschließen, zu ändern und zu kündigen, Zahlungen zu leisten und entgegenzunehmen.",
        "",
        "Die Vollmacht gilt über meinen Tod hinaus. Sie ist nicht auf den Fall meiner",
        "Geschäftsunfähigkeit beschränkt. Die Bevollmächtigte ist von den Beschränkungen",
        "des § 181 BGB befreit.",
        "",
        "Meerbusch, den 14.01.2025",
        "gez. Wilhelm Dahmen                      gez. Sabine Dahmen-Urbach",
        "",
        "Beglaubigung der Unterschrift: Notar Dr. Kühnen, Meerbusch, UR-Nr. 77/2025",
    ]
    return dict(
        label="CONFIDENTIAL", lang="de", kind="broker",
        reason="broker forwards a named customer's general power of attorney (birth dates, addresses) for his buildings contract; PDF",
        frm="Dirk Spelleken <maklerbetreuung@rheinauen.example>",
        to="vollmachten@rheinauen.example",
        subject="WG: Vollmacht Dahmen für WG-7 02 8816 / KF 77 150 388",
        date="2025-03-12 12:31",
        body="""Hallo Vollmachten-Team,

vom Makler Hütter: Generalvollmacht von Herrn Wilhelm Dahmen für die Tochter. Bitte für
Wohngebäude, Kfz, PHV hinterlegen. Beglaubigt ist sie, Original hat die Tochter.

Danke, Dirk

--- Weitergeleitete Nachricht ---
Von: Rolf Hütter <r.huetter@rhein-makler.example>
Betreff: Vollmacht Dahmen

Moin, anbei die Vollmacht von Herrn Dahmen für seine Tochter, Frau Dahmen-Urbach. Die
Tochter kümmert sich ab jetzt um alles, Herr Dahmen möchte sich "nicht mehr mit Papierkram
ärgern". Bitte Korrespondenz zu Wohngebäude und Auto in Kopie an die Tochter.
Gruß Rolf Hütter
""",
        atts=[("pdf", "Vollmacht_Dahmen_2025-01-14.pdf", pdf)])


def m078():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: letter templates for motor cancellation when a customer stops driving, with «placeholders»",
        frm="Melanie Oberdörster <kfz@rheinauen.example>",
        to="ag-80plus@rheinauen.example",
        subject="Entwurf Textbausteine K-118/K-119: Kündigung Kfz bei Fahrverzicht",
        date="2024-12-11 17:05",
        body="""Hallo zusammen,

wie in der AG besprochen, hier der Entwurf für zwei neue Textbausteine. Bitte Feedback bis
20.12., dann geht es an das Formularwesen.

--- K-118 (Kündigung durch die versicherte Person selbst) ---

Sehr geehrte/r «Anrede» «Nachname»,

Sie möchten Ihr Fahrzeug «Kennzeichen» nicht mehr fahren - vielen Dank, dass Sie uns
informieren. Ihre Kfz-Versicherung «VS-Nr» endet mit der Abmeldung oder dem Verkauf des
Fahrzeugs. Den Beitrag für die Zeit danach erstatten wir.

Ihr Schadenfreiheitsrabatt (SF «SF-Klasse») bleibt sieben Jahre gespeichert. Sie können ihn
auch einem Familienmitglied übertragen, das Ihr Fahrzeug regelmäßig gefahren hat.

Bitte teilen Sie uns den Grund für Ihren Fahrverzicht NICHT mit - wir brauchen ihn nicht.

--- K-119 (Kündigung durch Angehörige) ---

Sehr geehrte/r «Anrede» «Nachname»,

Sie haben uns mitgeteilt, dass «Name VN» das Fahrzeug «Kennzeichen» nicht mehr nutzt.
Damit wir die Versicherung beenden können, benötigen wir entweder die Unterschrift von
«Name VN» oder eine Kopie Ihrer Vollmacht bzw. Ihres Betreuerausweises. Ist das Fahrzeug
bereits abgemeldet, genügt die Abmeldebescheinigung.

Viele Grüße
Melanie
""")


def m079():
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: process description of the life-certificate control for group audit; no person",
        frm="Sabine Kreutzkamp <rentenservice@rheinauen.example>",
        to="group-audit@rheinauen.example",
        subject="Audit 2025-L-04: process description 'life certificate control' (draft answers)",
        date="2025-06-05 14:10",
        body="""Dear Mr Okonkwo,

please find our answers to your questions 1-6 of the audit request.

1. Purpose: to avoid paying annuities after the death of the annuitant. Deaths in Germany
   are reported to us monthly by the registry data matching service; the annual life
   certificate covers cases not captured by it (mainly annuitants living abroad).
2. Population: all annuities in payment where the annuitant is aged 75 or older, or lives
   outside Germany, or has had no contact for 3 years. 2024: 4,051 requests.
3. Timeline: request in January (abroad: 10 weeks to reply), reminder after 6 weeks,
   second reminder after 12 weeks, suspension of payment from the following month.
4. Accepted issuers: registry office, notary, consulate, care-home management.
   Attorneys and guardians may sign for the annuitant with proof of authority.
5. Four-eyes principle: lifting a suspension requires approval by a second person.
6. Overpayments after death: recovered from the estate; 2024: 23 cases, EUR 41,880 in
   total, of which EUR 36,210 recovered so far.

Process chart and the list of controls follow as separate documents.

Kind regards
Sabine Kreutzkamp
Annuity Service
""")


def m080():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="legal expenses cover for a named elderly couple's rent dispute over a serviced flat; claim and contract numbers; no health",
        frm="Rechtsschutz-Service Rheinauen <rechtsschutz@rheinauen.example>",
        to="Harold and Ingeborg Pemberton <pembertons@coastmail.example>",
        subject="Your legal expenses claim R-2025-010 337 - cover confirmed",
        date="2025-02-14 09:22",
        body="""Dear Mr and Mrs Pemberton,

thank you for your letter of 10 February. You dispute the rent increase of 14 % and the new
"service flat fee" of EUR 185 per month that the landlord of your flat in the Residenz
Am Schwanenspiegel (Düsseldorf) announced for 1 April 2025.

We confirm cover under your legal expenses policy RS-8 30 1186 (private and residential
module) for:
- an initial consultation and out-of-court representation by a lawyer of your choice,
- court proceedings at first instance if the landlord sues for the increase.

Your deductible is EUR 150. If you do not yet have a lawyer, we can recommend one who
specialises in tenancy law and speaks English - just let us know.

Kind regards
Legal Expenses Claims
Rheinauen Allgemeine Versicherung AG
""")


def m081():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Rheinauen//Outlook Export//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:20250611-demenzpartner-2@rheinauen.example
DTSTAMP:20250520T120000Z
DTSTART;TZID=Europe/Berlin:20250611T090000
DTEND;TZID=Europe/Berlin:20250611T103000
SUMMARY:Demenz-Partner-Schulung (Gruppe 2)
LOCATION:Microsoft Teams
ORGANIZER;CN=Personalentwicklung:mailto:personalentwicklung@rheinauen.example
DESCRIPTION:Basisschulung nach dem Konzept der Initiative Demenz Partner. Pflicht für alle Mitarbeitenden mit Kundenkontakt.
END:VEVENT
END:VCALENDAR
"""
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: calendar invitation to dementia-partner training; no person concerned",
        frm="Personalentwicklung <personalentwicklung@rheinauen.example>",
        to="schaden-sach@rheinauen.example, kfz-vertrag-team@rheinauen.example",
        subject="Einladung: Demenz-Partner-Schulung (Gruppe 2) am 11.06.",
        date="2025-05-20 14:00",
        body="""Liebe Kolleginnen und Kollegen aus Schaden Sach und Kfz,

ihr seid für Gruppe 2 der Demenz-Partner-Schulung eingeplant. 90 Minuten, online,
Teilnahmebescheinigung gibt es im Anschluss. Falls der Termin nicht passt: Gruppe 3 am 25.06.

Viele Grüße
Personalentwicklung
""",
        atts=[("ics", "Demenz-Partner_Gruppe2.ics", ics)])


def m082():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="short confirmation that a named customer's hearing aids are now insured - hearing aids reveal health data",
        frm="Sachversicherung Rheinauen <sach@rheinauen.example>",
        to="h.gruetering@web.example",
        subject="Nachtrag zu Ihrer Hausratversicherung HR-5 29 6631",
        date="2025-02-26 15:33",
        body="""Sehr geehrter Herr Grütering,

wie gewünscht sind Ihre beiden neuen Hörgeräte (Kaufpreis 4.200 EUR) ab 01.03.2025 in Ihrer
Hausratversicherung HR-5 29 6631 gegen Verlust, Diebstahl und Beschädigung mitversichert.
Mehrbeitrag: 7,90 EUR monatlich. Den Nachtrag erhalten Sie per Post.

Mit freundlichen Grüßen
Ihre Rheinauen
""")


def m083():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="premium arrears reminder for a named customer's household policy sent to the attorney; amounts, contract, account",
        frm="Beitragsbuchhaltung Rheinauen <beitragsbuchhaltung@rheinauen.example>",
        to="Petra Hambüchen <petra.hambuechen@mailbox.example>",
        subject="Zahlungserinnerung Hausratversicherung HR-5 17 3390 (Ihr Vater, Herr Johann Hambüchen)",
        date="2024-10-10 08:12",
        body="""Sehr geehrte Frau Hambüchen,

als Bevollmächtigte Ihres Vaters erhalten Sie diese Erinnerung in Kopie.

Der Jahresbeitrag für die Hausratversicherung HR-5 17 3390 über 187,40 EUR, fällig am
01.09.2024, konnte nicht abgebucht werden (Rücklastschrift der Bank: "Konto erloschen").
Zusätzlich sind Rücklastschriftgebühren von 3,50 EUR entstanden.

Bitte überweisen Sie 190,90 EUR bis zum 31.10.2024 auf unser Konto bei der
Rheinauen Bank, IBAN DE81 4553 1090 7392 5013 68, Verwendungszweck HR-5 17 3390,
oder teilen Sie uns eine neue Bankverbindung mit.

Wenn Ihr Vater inzwischen umgezogen ist oder die Wohnung aufgelöst wurde, sagen Sie uns
bitte Bescheid - dann passen wir den Vertrag an.

Mit freundlichen Grüßen
Beitragsbuchhaltung
Rheinauen Allgemeine Versicherung AG
""")


def m084():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-customer",
        reason="trap: portal password reset with security question, no personal or contract data",
        frm="Rheinauen Customer Portal <noreply@portal.rheinauen.example>",
        to="ray.kowalczyk@eaglemail.example",
        subject="Reset your password",
        date="2025-06-24 19:02",
        body="""Hello,

we received a request to reset the password for your Rheinauen customer portal account.

To continue, click the link below and answer your security question:
https://portal.rheinauen.example/reset?token=9f3b27c1d8

The link is valid for 30 minutes. If you did not request a reset, you can ignore this
e-mail; your password will not be changed.

Rheinauen Customer Portal
This is an automatic message. Please do not reply.
""")


def m085():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="mixed", kind="customer",
        reason="son's German/English mail: mother in a nursing home with care level 4, life certificate signed by home management; annuity contract",
        frm="Marco Lüttgens <service60plus@rheinauen.example>",
        to="rentenservice@rheinauen.example",
        subject="WG: Lebensbescheinigung Mama / life certificate - RV 30-102 566",
        date="2025-03-19 09:55",
        body="""Hi Sabine, das ist einer aus eurer Abtelefonier-Liste (Pesch). LB per Post unterwegs,
Heimleitung hat unterschrieben - das akzeptieren wir ja seit dem neuen Merkblatt.
Gruß Marco

-----Ursprüngliche Nachricht-----
Von: Tobias Pesch <tobias.pesch@bayarea-mail.example>
Gesendet: Dienstag, 18. März 2025 19:40
An: service60plus@rheinauen.example
Betreff: Lebensbescheinigung Mama / life certificate - RV 30-102 566

Hallo,

sorry for the mix of languages, I've been living in California for 15 years.

Meine Mutter Maria Pesch (RV 30-102 566) lebt seit letztem Sommer im Pflegeheim
Haus St. Quirin in Neuss, Pflegegrad 4 - she barely recognises me on video calls any more.
Your colleague called my sister because the Lebensbescheinigung is missing. My sister
had it signed by the Heimleitung yesterday and mailed it to you. Is that OK or do you need
the Bürgeramt? Getting Mama to the Bürgeramt is really not possible.

Also: Could you please put my sister Claudia Pesch-Rommerskirchen (she has the
Vorsorgevollmacht) as contact for everything? Thanks a lot!

Best,
Tobias Pesch
""")


def m086():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
        reason="notary sends a named customer's notarised power of attorney for motor and household contracts; birth dates, addresses",
        frm="Kerstin Brühl <vollmachten@rheinauen.example>",
        to="notariat@notare-kuehnen-berg.example",
        subject="AW: UR-Nr. 412/2024 - Vorsorgevollmacht Rosemarie Heuser",
        date="2024-10-30 14:57",
        body="""Sehr geehrte Frau Wolters,

vielen Dank. Die Ausfertigung ist eingegangen; wir haben die Vollmacht für Herrn Bernd Heuser
in der Kfz-Versicherung KF 77 088 123 und der Hausratversicherung HR-5 08 7702 seiner Mutter
hinterlegt. Eine Bestätigung geht an beide Beteiligten per Post.

Mit freundlichen Grüßen
Kerstin Brühl
Vollmachten & Betreuungen

-----Ursprüngliche Nachricht-----
Von: Notariat Dr. Kühnen & Berg <notariat@notare-kuehnen-berg.example>
Gesendet: Montag, 28. Oktober 2024 11:20
Betreff: UR-Nr. 412/2024 - Vorsorgevollmacht Rosemarie Heuser

Sehr geehrte Damen und Herren,

im Auftrag unserer Mandantin Frau Rosemarie Heuser, geb. 23.04.1937, Lank-Latumer Str. 15,
40668 Meerbusch, übersenden wir eine Ausfertigung der notariell beurkundeten
Vorsorgevollmacht vom 21.10.2024 zugunsten ihres Sohnes, Herrn Bernd Heuser, geb.
30.11.1962, Moerser Str. 200, 47803 Krefeld.

Die Vollmacht ist im Zentralen Vorsorgeregister der Bundesnotarkammer registriert.
Frau Heuser bittet, künftig alle Vertragsangelegenheiten (Kfz-Versicherung KF 77 088 123,
Hausratversicherung HR-5 08 7702) mit ihrem Sohn abzuwickeln.

Mit freundlichen Grüßen
i. A. Sandra Wolters, Notarfachangestellte
Notare Dr. Kühnen & Berg, Meerbusch
""")


def m087():
    csvtext = """Sparte;Verträge gesamt;davon VN 80+;Anteil 80+ %;davon mit Vollmacht/Betreuung
Kfz;412880;21904;5,3;2211
Hausrat;298410;34772;11,7;4938
Privathaftpflicht;352160;28115;8,0;3650
Wohngebäude;118330;17290;14,6;2108
Rechtsschutz;96420;7385;7,7;611
Renten (in Zahlung);18402;11210;60,9;3944
Sterbegeld;41260;19877;48,2;2870
"""
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: aggregated share of customers aged 80+ per line incl. those with attorney or guardian; no person",
        frm="Controlling Privatkunden <controlling@rheinauen.example>",
        to="Marco Lüttgens <service60plus@rheinauen.example>",
        subject="Daten für die AG 80plus: Anteil VN 80+ je Sparte (Stichtag 31.12.2024)",
        date="2025-01-31 10:40",
        body="""Hallo Herr Lüttgens,

anbei die gewünschte Auswertung, Stichtag 31.12.2024. "Mit Vollmacht/Betreuung" basiert auf
dem Freitextvermerk im Bestandssystem und ist daher eher eine Untergrenze. Pflege- und
Krankenzusatz sind nicht enthalten, die liegen bei der Rheinauen Kranken.

Viele Grüße
Lars Tiemann
Controlling Privatkunden
""",
        atts=[("csv", "VN80plus_je_Sparte_2024.csv", csvtext)])


def m088():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="customer",
        reason="letter of a named 90-year-old annuitant: failing eyesight, cataract surgery, asks for large print; contract number",
        frm="Fiona McAllister <international-annuities@rheinauen.example>",
        to="formulare@rheinauen.example",
        cc="service60plus@rheinauen.example",
        subject="FW: letter from Mrs Whitcombe - large print please (RV 30-061 550)",
        date="2024-11-12 10:18",
        body="""Hello Formularwesen,

can we set the large-print flag for this customer? Letter transcribed below (the original is
handwritten and very hard to read).

Thanks, Fiona

----- transcription -----

Dear Sirs,

I am 90 years old this month and I have been receiving my little pension from your company
since my husband and I lived in Düsseldorf in the seventies. My contract number is on the
enclosed envelope: RV 30-061 550.

My eyes are getting worse. I had the cataract operation on my right eye in September, but
the left one is still cloudy and the doctor says the macula is also not good. I cannot read
your letters any more, the print is much too small, and the form for the life certificate
had so many little boxes that my neighbour had to fill it in for me.

Could you please write to me in big letters in future? And in English, if it is not too much
trouble. My German is long gone.

Yours faithfully,
Mrs Edith Whitcombe
12 Rosemary Close, Harrogate
""")


def m089():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="internal",
        reason="suspected forged power of attorney presented by a nephew for a named customer's household contract; no health content",
        frm="Kerstin Brühl <vollmachten@rheinauen.example>",
        to="Ricardo Alves <r.alves@gss.rheinauen.example>",
        cc="sicherheit@rheinauen.example",
        subject="Do NOT act on POA for HR-5 26 0413 (Mrs Gisela Ronsdorf) - possible forgery",
        date="2025-05-27 16:45",
        body="""Hi Ricardo,

please flag in your team: a Mr Sven Ronsdorf (nephew) sent us a "Generalvollmacht" for the
household policy HR-5 26 0413 of Mrs Gisela Ronsdorf, Benrather Str. 5, Düsseldorf, asking
to change the address for correspondence to a P.O. box and to pay out the jewellery
valuables cover as "cash value".

Reasons for doubt:
- The signature differs clearly from the one on her 2019 application.
- The document is dated 02.05.2025, but Mrs Ronsdorf called us herself on 20.05. about her
  premium and did not mention any nephew.
- Household contents policies have no "cash value".

I have written to Mrs Ronsdorf at her home address and asked her to call us. Until then:
no changes, no information to the nephew. Group Security is in copy.

Thanks
Kerstin
""")


def m090():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: German out-of-office reply of the guardianship desk; no person",
        frm="Kerstin Brühl <vollmachten@rheinauen.example>",
        to="Jörg Haverkamp <leistung-leben@rheinauen.example>",
        subject="Abwesenheitsnotiz: WG: Betreuerausweis fehlt noch?",
        date="2025-07-21 07:30",
        headers=[("Auto-Submitted", "auto-replied")],
        body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 08.08.2025 im Urlaub. Ihre E-Mail wird nicht weitergeleitet.

Vollmachten, Betreuerausweise und Beschlüsse der Betreuungsgerichte bearbeitet in dieser
Zeit meine Kollegin Frau Demir (vollmachten@rheinauen.example, App. 2276).

Mit freundlichen Grüßen
Kerstin Brühl
Vollmachten & Betreuungen
""")


def m091():
    csvtext = """Kunden-Nr;Name;Vorname;geb.;Art;Az. Betreuungsgericht;Betreuer/in;Aufgabenkreise;Einwilligungsvorbehalt;Sperrvermerk gesetzt
100 482 77;Quadflieg;Werner;12.09.1939;Betreuung;AG Düsseldorf 96 XVII 1183/24;RAin Claudia Esser;VS, GS, ABR, Behörden, Post;ja;06.11.2024
100 771 02;Ostendorf;Karl-Heinz;21.11.1940;Betreuung;AG Ratingen 8 XVII 402/24;RAin Dr. B. Schmitz-Reinartz;VS, Versicherungen;nein;25.02.2025
101 203 44;Esch;Waltraud;16.02.1939;Betreuung;AG Neuss 41 XVII 88/23;Ulrich Esch (Sohn, ehrenamtlich);VS;nein;14.03.2023
101 559 10;Hövelmann;Peter;03.10.1958;Betreuung;AG Mönchengladbach 13 XVII 271/22;Betreuungsverein Lebenshilfe MG;VS, GS, Wohnung;ja;02.09.2022
102 004 87;Kessler;Marlene;22.01.1944;Vorsorgevollmacht;-;Robert Kessler (Neffe);alle;-;11.02.2024
"""
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
        reason="list of named customers under court-ordered guardianship with birth dates and scopes incl. health care; inside a ZIP",
        frm="Kerstin Brühl <vollmachten@rheinauen.example>",
        to="Paul Nießen <it-demand@rheinauen.example>",
        subject="CR-2025-117 Migration: Testbestand für die neue Rolle REPR",
        date="2025-06-30 11:02",
        body="""Hallo Paul,

für die Migrationsprobe zur neuen Rolle REPR hier wie besprochen die ersten fünf echten
Fälle (Passwort für das ZIP kommt per Telefon - ach nein, das ZIP ist ohne Passwort, unser
Tool kann das nicht; bitte nur auf dem abgesicherten Laufwerk ablegen und danach löschen).

Abkürzungen: VS = Vermögenssorge, GS = Gesundheitssorge, ABR = Aufenthaltsbestimmung.

Gruß
Kerstin
""",
        atts=[("zip", "REPR_Migrationsprobe.zip", [("csv", "REPR_Probe_5_Faelle.csv", csvtext)])])


def m092():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="named retired couple's motorhome policy switched to seasonal plate; plate, contract, premium",
        frm="Kfz-Vertrag Rheinauen <kfz@rheinauen.example>",
        to="Dieter und Ursula Kampmann <kampmann.reisen@tonline.example>",
        subject="Ihr Wohnmobil - Saisonkennzeichen ab 2025 (KF 77 210 044)",
        date="2024-11-08 13:44",
        body="""Sehr geehrte Frau Kampmann, sehr geehrter Herr Kampmann,

wie telefonisch besprochen stellen wir die Versicherung für Ihr Wohnmobil (Hymer, Kennzeichen
KR-DK 57H) ab 01.01.2025 auf ein Saisonkennzeichen 04-10 um. In den Monaten November bis März
besteht Ruheversicherung (Teilkasko-Schutz in der Garage/auf dem Stellplatz).

Neuer Jahresbeitrag: 684,20 EUR statt bisher 1.012,90 EUR. Die SF-Klasse läuft bei einer
Saison von mindestens sechs Monaten normal weiter.

Bitte lassen Sie das Saisonkennzeichen bei der Zulassungsstelle eintragen, dafür brauchen Sie
die eVB 3RW8K0P.

Eine schöne Reisesaison 2025 wünscht
Ihr Kfz-Team der Rheinauen
""")


def m093():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-supplier",
        reason="trap: supplier proposal for a digital life-certificate video check; generic, no person",
        frm="Helga Termath <einkauf@rheinauen.example>",
        to="sales@id-check-solutions.example",
        cc="rentenservice@rheinauen.example",
        subject="RFP 2025-07 digital life certificate - clarification questions",
        date="2025-07-02 10:08",
        body="""Dear Mr Lindgren,

thank you for your proposal for the digital life certificate. Before our steering committee
on 15 July we have a few questions:

1. Accessibility: can the video call be done with a relative or carer helping the
   annuitant, and is there a text-to-speech / large-font mode in the app?
2. Proof of life: how do you detect a pre-recorded video or a photo of the person?
3. Care homes: can a nurse use one device for several residents?
4. Data: where is the video stored, for how long, and do you use it for training any
   biometric model? (We would require deletion after 30 days and no secondary use.)
5. Pricing: your price of EUR 6.40 per check - does it include failed attempts?

Kind regards
Helga Termath
Purchasing, Rheinauen Versicherungsgruppe
""")


def m094():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="doctor",
        reason="ophthalmologist's certificate on a named customer's unfitness to drive (glaucoma, visual field) sent with a motor cancellation",
        frm="Melanie Oberdörster <kfz@rheinauen.example>",
        to="kfz-vertrag-team@rheinauen.example",
        subject="WG: Sonderkündigung KF 77 177 020 - Bescheinigung Augenarzt",
        date="2025-05-15 09:12",
        body="""Zur Info: Der Kunde hat die Bescheinigung unten geschickt, weil er dachte, er braucht einen
"Grund" für die Kündigung. Brauchen wir nicht - ich habe ihm geantwortet, dass wir einfach
zum Abmeldedatum beenden. Bitte die Bescheinigung NICHT ins DMS, ich lösche sie hier.
Melanie

-----Ursprüngliche Nachricht-----
Von: Augenarztpraxis Dr. Tanja Reuvers <praxis@augen-reuvers.example>
Im Auftrag von: Gerhard Mülfarth
Gesendet: Mittwoch, 14. Mai 2025 11:03
An: kfz@rheinauen.example
Betreff: Bescheinigung für Herrn Mülfarth

Sehr geehrte Damen und Herren,

auf Wunsch unseres Patienten Herrn Gerhard Mülfarth, geb. 19.06.1938, bescheinigen wir:

Bei Herrn Mülfarth besteht ein fortgeschrittenes primäres Offenwinkelglaukom beidseits
(H40.1 B) mit konzentrischer Gesichtsfeldeinschränkung. Die Anforderungen an das
Sehvermögen nach Anlage 6 FeV werden nicht mehr erfüllt. Vom Führen eines Kraftfahrzeugs
haben wir dringend abgeraten.

Mit freundlichen Grüßen
Dr. med. Tanja Reuvers, Fachärztin für Augenheilkunde, Mönchengladbach
""")


def m095():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="buildings policy passes to the buyer after named owners' daughters sell the house; names, address, contract",
        frm="Tobias Wendeler <sach@rheinauen.example>",
        to="Emma Sørensen-Vogt <emma.sv@nordmail.example>",
        cc="Katrin Vogt <katrin.vogt@mailbox.example>",
        subject="Sale of your parents' house - buildings policy WG-7 09 2276",
        date="2025-08-11 15:17",
        body="""Dear Ms Sørensen-Vogt,

thank you for letting us know that the house of your parents, Mr and Mrs Rainer and
Hannelore Vogt, at Krahnenburgstraße 22, 40629 Düsseldorf, has been sold. We have noted
the following from the notarial contract you sent:

  Transfer of ownership (entry in the land register):  expected October 2025
  Buyers:  Mr Luca Marchetti and Ms Jana Marchetti

By law (§ 95 VVG) the buildings policy WG-7 09 2276 passes to the buyers on the day they
are entered in the land register. Until then your parents remain policyholders and pay the
premium. Please give the buyers our contact details so they can decide whether to keep the
policy; they may cancel it within one month after the entry.

The home contents policy of your parents has already been moved to their new apartment in
the Residenz Grafenberg.

Kind regards
Tobias Wendeler
Property Insurance
""")


def m096():
    pdf = [
        "Merkblatt: Rentenbezugsmitteilung - Fragen und Antworten",
        "",
        "Was ist eine Rentenbezugsmitteilung?",
        "Alle Stellen, die Renten zahlen, müssen diese Zahlungen jedes Jahr bis Ende Februar",
        "an die Zentrale Zulagenstelle für Altersvermögen (ZfA) melden (§ 22a EStG). Die ZfA",
        "leitet die Daten an Ihr Finanzamt weiter.",
        "",
        "Muss ich deshalb Steuern zahlen?",
        "Nicht unbedingt. Bei privaten Rentenversicherungen ist nur der Ertragsanteil",
        "steuerpflichtig, z. B. 18 % bei Rentenbeginn mit 65 Jahren. Ob Steuer anfällt,",
        "hängt von Ihren gesamten Einkünften ab.",
        "",
        "Warum brauchen Sie meine Steuer-Identifikationsnummer?",
        "Ohne Steuer-ID können wir die Meldung nicht abgeben. Fehlt sie, fragt die ZfA sie",
        "beim Bundeszentralamt für Steuern ab.",
        "",
        "Ich habe einen Betreuer / eine Vollmacht. Wer bekommt die Mitteilung?",
        "Die Mitteilung geht an die Person, die bei uns für Ihre Post eingetragen ist.",
        "",
        "Rheinauen Lebensversicherung AG, Rentenservice, Stand 01/2025",
    ]
    return dict(
        label="NORMAL", lang="de", kind="insurer-to-association",
        reason="trap: generic FAQ leaflet on pension tax certificates sent to a city seniors' council; no contract data",
        frm="Rentenservice Rheinauen <rentenservice@rheinauen.example>",
        to="info@seniorenbeirat-hilden.example",
        subject="Ihre Anfrage: Merkblatt Rentenbezugsmitteilung für Ihre Sprechstunde",
        date="2025-02-03 11:55",
        body="""Sehr geehrte Frau Dahlhaus,

gern stellen wir dem Seniorenbeirat unser Merkblatt zur Rentenbezugsmitteilung für Ihre
Sprechstunde zur Verfügung (PDF anbei). Sie dürfen es ausdrucken und weitergeben.
Gedruckte Exemplare schicken wir Ihnen auf Wunsch gern zu - wie viele brauchen Sie?

Mit freundlichen Grüßen
Ihr Rentenservice
""",
        atts=[("pdf", "Merkblatt_Rentenbezugsmitteilung.pdf", pdf)])


def m097():
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: aggregated customer satisfaction survey of customers aged 65+, no individual answers",
        frm="Customer Insights <insights@rheinauen.example>",
        to="management-privatkunden@rheinauen.example",
        subject="Customer survey 65+ (2025) - key results",
        date="2025-07-08 08:45",
        body="""Dear all,

key results of this year's survey among customers aged 65 and over (n = 2,140, online and
paper, fieldwork April-May 2025):

                                               2025    2024
  Overall satisfaction (top-2 box)              78 %    74 %
  "Letters are easy to understand"              51 %    43 %
  "I can reach someone on the phone quickly"    62 %    64 %
  Uses the customer portal                      19 %    15 %
  Has a relative who handles insurance matters  34 %    31 %
  ... of whom relative has a power of attorney  58 %    n/a

Most frequent verbatim topics: small print, life-certificate forms ("too many boxes"),
waiting times, praise for the callback service. Respondents with hearing or sight problems
rated phone and letters clearly lower; we will report that split separately (cells
below 30 respondents suppressed).

Full report on the intranet.
Customer Insights
""")


def m098():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="granddaughter asks to be added as driver on her grandmother's car policy; names, birth date, plate",
        frm="Kfz-Vertrag Rheinauen <kfz@rheinauen.example>",
        to="Lea Wirtz <lea.wirtz2003@mailbox.example>",
        subject="AW: Oma's Auto - mich als Fahrerin eintragen",
        date="2025-09-02 16:20",
        body="""Hallo Frau Wirtz,

danke für Ihre Nachricht. Eintragen können wir Sie gern - aber nur mit dem Einverständnis
Ihrer Großmutter als Versicherungsnehmerin. Bitte lassen Sie Frau Wirtz kurz selbst anrufen
oder das beiliegende Formular unterschreiben. Der Mehrbeitrag für eine Fahrerin unter
23 Jahren beträgt bei diesem Tarif ca. 21 EUR im Monat.

Freundliche Grüße
Ihr Kfz-Team

> Von: Lea Wirtz
> Gesendet: 01.09.2025 21:05
>
> Hi, ich bin die Enkelin von Margot Wirtz (Vertrag KF 77 265 380, Kennzeichen GV-MW 22).
> Oma fährt nicht mehr so gern weite Strecken und ich soll sie jetzt öfter zum
> Einkaufen und zu Besuchen fahren. Können Sie mich als Fahrerin eintragen? Ich bin
> am 14.02.2003 geboren und hab den Führerschein seit 2021.
> LG Lea Wirtz
""")


def m099():
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<table width="600" align="center" style="border:1px solid #ddd"><tr><td style="padding:24px">
<h1 style="color:#8a5a44">Golden Years Living</h1>
<p><b>New residences in Düsseldorf-Kaiserswerth and Essen-Kettwig &ndash; opening autumn 2025</b></p>
<p>Independent living, assisted living and a dedicated memory care floor for residents living with dementia.
Fully accessible, 24/7 care staff, physiotherapy and hearing-aid service on site.</p>
<p>Partner programme for insurers, banks and private wealth advisers: refer a client and receive a
<b>&euro;500 donation</b> to a charity of your choice.</p>
<p><a href="https://www.goldenyears-living.example/partners">Become a partner</a></p>
<p style="font-size:11px;color:#999">Golden Years Living GmbH, Speditionstr. 9, 40221 Düsseldorf.
You receive this e-mail because your company registered at our partner fair 2024.
<a href="https://www.goldenyears-living.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>"""
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: care-home chain advertising (memory care, hearing-aid service) forwarded to sales; no person",
        frm="Ines Schwarzer <marketing@rheinauen.example>",
        to="vertrieb-privatkunden@rheinauen.example",
        subject="FW: Golden Years Living - partner programme (FYI, no action)",
        date="2025-06-18 13:27",
        body="""FYI - please do NOT sign up for referral programmes of this kind (compliance: no
commissions or donations for referring customers). Just so you know what is going around.
Ines

-------- Forwarded message --------
Golden Years Living - New residences in Düsseldorf-Kaiserswerth and Essen-Kettwig
Independent living, assisted living and a dedicated memory care floor.
Partner programme: refer a client and receive a EUR 500 donation.
""",
        html="""<html><body><p>FYI - please do NOT sign up for referral programmes of this kind
(compliance: no commissions or donations for referring customers). Just so you know what is
going around.<br>Ines</p><hr>""" + html.split("<body", 1)[1].split(">", 1)[1])


def m100():
    return dict(
        label="NORMAL", lang="mixed", kind="internal",
        reason="trap: IT ticket (German/English) on the life-certificate print run using fictitious test data (Erika Mustermann)",
        frm="Paul Nießen <servicedesk@rheinauen.example>",
        to="Ricardo Alves <r.alves@gss.rheinauen.example>",
        cc="formulare@rheinauen.example",
        subject="[INC-2025-0087] Druckstrecke LV-LB-01: Platzhalter «Frist» not resolved",
        date="2025-01-03 14:02",
        body="""Hi Ricardo,

in the test run for the January life certificate letters the placeholder «Frist» is printed
as is - siehe Testausdruck unten. Ursache: Feldname in der Vorlage heißt "Frist", im
Datenexport "FRIST_DATUM". Fix ist im Test, Produktionslauf bitte erst nach Freigabe durch
Formularwesen starten (geplant 06.01., 18:00).

Testfall (fiktiv, Testmandant T01):

  Frau Erika Mustermann (fiktiv)
  Musterstraße 1, 12345 Musterstadt
  Vertragsnummer: RV 99-000 001 (Testvertrag)
  "Bitte senden Sie die Bescheinigung bis zum «Frist» an uns zurück."

No production data involved.

Gruß / regards
Paul
IT Service Desk
""")

# ================================================================ mails 101-125

def m101():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="motor liability claim of a named elderly driver (car park scrape, nobody hurt), claim number, plates",
        frm="Kfz-Schaden Rheinauen <kfz-schaden@rheinauen.example>",
        to="Hubert Pallenberg <h.pallenberg@tonline.example>",
        subject="Ihr Kfz-Haftpflichtschaden K-2025-118 204",
        date="2025-08-19 10:50",
        body="""Sehr geehrter Herr Pallenberg,

vielen Dank für Ihre Schadenmeldung. Sie sind am 12.08.2025 beim Ausparken auf dem Parkplatz
des Edeka-Markts in Hilden-Nord mit Ihrem Fahrzeug (ME-HP 340) gegen den geparkten VW Tiguan
von Frau Sandra Ohligschläger (SG-SO 715) gestoßen. Verletzt wurde niemand.

Wir regulieren den Schaden an dem Fahrzeug von Frau Ohligschläger direkt mit ihr bzw. ihrer
Werkstatt. Sie müssen nichts weiter tun.

Ihr Vertrag KF 77 062 551 wird zum 01.01.2026 von SF 32 auf SF 20 zurückgestuft. Sie können
das vermeiden, wenn Sie uns den Schadenbetrag (voraussichtlich unter 1.500 EUR) innerhalb von
sechs Monaten nach unserer Abrechnung erstatten. Wir schreiben Ihnen dazu gesondert.

Mit freundlichen Grüßen
Ihr Kfz-Schadenteam
""")


def m102():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: farewell of a colleague into retirement ('Ruhestand', 'Rente'); organisational, no sensitive data",
        frm="Sabine Kreutzkamp <rentenservice@rheinauen.example>",
        to="leben-alle@rheinauen.example",
        subject="Wolfgang geht in Rente - Abschied am 27.06.",
        date="2025-06-10 12:00",
        body="""Liebe Kolleginnen und Kollegen,

nach 41 Jahren bei der Rheinauen geht unser Wolfgang Schiefer Ende Juni in den Ruhestand.
Er hat im Rentenservice mehr Lebensbescheinigungen gesehen als jeder andere von uns und
kennt noch jede Tariftabelle aus den Achtzigern auswendig.

Wir verabschieden ihn am Freitag, 27.06., ab 14 Uhr auf der Dachterrasse (bei Regen in der
Kantine). Für ein Geschenk geht ein Umschlag rum - oder ihr werft etwas in die Dose bei
Sabine. Wolfgang wünscht sich angeblich "nichts, was man abstauben muss".

Viele Grüße
Sabine
""")


def m103():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="beneficiary change on a named person's life policy requested by her attorney-in-fact; life line",
        frm="Jörg Haverkamp <leistung-leben@rheinauen.example>",
        to="Christopher Adeyemi <c.adeyemi@brightmail.example>",
        subject="Re: Change of beneficiary - life policy L 20-301 944 (Mrs Helen Adeyemi)",
        date="2025-03-14 11:40",
        body="""Dear Mr Adeyemi,

thank you for your request to change the beneficiary of your mother's life policy
L 20-301 944 from "the spouse" (your late father) to "the children of the insured person in
equal shares".

Before we can make this change we have to check that your power of attorney covers it.
Changing a beneficiary is a gift-like disposition; your power of attorney of 2022 allows
"all financial matters" but excludes gifts except for customary occasions. We will therefore
need either:

- a declaration signed by your mother herself, if she is able to sign, or
- a power of attorney that expressly includes changes of beneficiary.

If your mother can no longer decide herself, please talk to us before taking any further
steps - in that case the guardianship court may have to be involved.

Kind regards
Jörg Haverkamp
Life Benefits
Rheinauen Lebensversicherung AG
""")


def m104():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="locating a named customer's household policy using her birth date; contract number and address confirmed to the attorney",
        frm="Marco Lüttgens <service60plus@rheinauen.example>",
        to="Annika Lund <annika.lund@nordmail.example>",
        subject="Re: Which insurance does my mother have with you?",
        date="2025-04-29 14:33",
        body="""Dear Ms Lund,

thank you for the date of birth and the copy of your power of attorney - that helped.

We have found one contract for your mother, Mrs Ingrid Lund, born 30 November 1942,
Hohe Str. 31, 40213 Düsseldorf:

  Home contents insurance HR-5 16 4087, annual premium EUR 154.20,
  paid by direct debit on 1 July.

We found no motor, liability or other property contracts in her name. Please note that
contracts with our life and health companies are handled separately; if you want us to
check those too, please tell us, and we will forward your request.

Kind regards
Marco Lüttgens
Customer Service 60plus
""")


def m105():
    return dict(
        label="NORMAL", lang="de", kind="insurer-to-prospect",
        reason="trap: generic product information on funeral-expenses insurance answering a prospect, no contract or health data",
        frm="Kundenservice Rheinauen <kundenservice@rheinauen.example>",
        to="g.ruetten@web.example",
        subject="Ihre Anfrage zur Sterbegeldversicherung",
        date="2025-05-22 09:15",
        body="""Sehr geehrter Herr Rütten,

vielen Dank für Ihr Interesse an unserer Sterbegeldversicherung "Rheinauen Abschied".

Das Wichtigste in Kürze:
- Abschluss bis zum Alter von 85 Jahren, ohne Gesundheitsfragen
- Versicherungssummen von 3.000 bis 15.000 EUR
- Wartezeit: Bei Tod in den ersten 24 Monaten zahlen wir die eingezahlten Beiträge zurück,
  bei Unfalltod sofort die volle Summe
- Beitragszahlung bis maximal Alter 90, danach beitragsfrei
- Auf Wunsch Bezugsrecht für ein Bestattungsinstitut

Ein persönliches Angebot rechnen wir Ihnen gern, dafür brauchen wir nur Ihr Geburtsjahr und
die gewünschte Summe. Das Produktinformationsblatt finden Sie unter
www.rheinauen.example/sterbegeld.

Mit freundlichen Grüßen
Ihr Kundenservice
""")


def m106():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
        reason="phone note about a named customer with Alzheimer's, annuity option, daughter's power of attorney; life contract",
        frm="Jörg Haverkamp <leistung-leben@rheinauen.example>",
        to="rentenservice@rheinauen.example",
        subject="Telefonnotiz: Kapitalwahlrecht RV 30-290 117 (Brunnhuber) - Tochter mit VV",
        date="2025-07-14 15:58",
        body="""Telefonnotiz 14.07.2025, 15:20 Uhr
Anruferin: Frau Sandra Brunnhuber-Kox (Tochter, Vorsorgevollmacht liegt vor, geprüft 2023)
Vertrag: RV 30-290 117, VP Theresia Brunnhuber, geb. 07.07.1945, Rentenbeginn 01.10.2025

Inhalt:
- Mutter hat seit 2024 diagnostizierte Alzheimer-Demenz, lebt noch zu Hause mit
  Pflegedienst, Umzug ins Heim absehbar.
- Tochter fragt, ob sie statt der Rente das Kapitalwahlrecht ausüben kann
  (Kapital lt. Standmitteilung ca. 68.400 EUR, alternativ Rente ca. 292 EUR mtl.).
- Frist für Kapitalwahl: 3 Monate vor Rentenbeginn = 30.06.2025 -> bereits abgelaufen!
  Habe erklärt, dass wir das prüfen (Kulanz?).

To do Rentenservice: bitte prüfen, ob Kulanz wegen der Umstände möglich. Rückruf an Tochter
bis Freitag zugesagt, Tel. siehe CRM.

J. Haverkamp
""")


def m107():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5">
<p>Sehr geehrte Frau Vennekel,</p>
<p>vielen Dank für Ihre Umzugsmitteilung. Wir haben Ihre Hausratversicherung umgestellt:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Vertrag</th><td>HR-5 11 9037</td></tr>
<tr><th align="left">Versicherungsnehmerin</th><td>Christel Vennekel</td></tr>
<tr><th align="left">bisherige Anschrift</th><td>Hauptstraße 120, 40789 Monheim am Rhein</td></tr>
<tr><th align="left">neue Anschrift ab 01.09.2025</th><td>Seniorenwohnanlage Rheinbogen, Whg. 2.07, Frohnstraße 2, 40789 Monheim am Rhein</td></tr>
<tr><th align="left">Wohnfläche</th><td>48 m&sup2; (bisher 86 m&sup2;)</td></tr>
<tr><th align="left">Versicherungssumme</th><td>31.200 EUR</td></tr>
<tr><th align="left">neuer Jahresbeitrag</th><td>89,40 EUR (bisher 158,70 EUR)</td></tr>
</table>
<p>Den zu viel gezahlten Beitrag erstatten wir auf Ihr Konto. Den Nachtrag erhalten Sie per Post &ndash;
wie gewünscht in Großdruck.</p>
<p>Wir wünschen Ihnen ein gutes Ankommen in Ihrem neuen Zuhause!</p>
<p>Mit freundlichen Grüßen<br>Ihre Sachversicherung der Rheinauen</p>
</body></html>"""
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="HTML-only table: named customer's household contract moved to a senior housing flat; addresses, premium; no care reason",
        frm="Sachversicherung Rheinauen <sach@rheinauen.example>",
        to="christel.vennekel@tonline.example",
        subject="Bestätigung Ihrer Umzugsmitteilung - Hausratversicherung",
        date="2025-08-28 10:04",
        html=html)


def m108():
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: summary of supervisory guidance on vulnerable and elderly customers; no person",
        frm="Recht & Compliance <recht@rheinauen.example>",
        to="group-compliance@rheinauen.example",
        subject="Summary: supervisory expectations on vulnerable (older) customers",
        date="2025-04-16 17:20",
        body="""Dear colleagues,

for the group compliance meeting, a one-page summary of what the supervisors currently expect
regarding older and vulnerable customers (EIOPA thematic review, national guidance, industry
code of conduct):

1. Identify vulnerability - but only as far as needed for good service. Do not build
   "vulnerability scores" or store health details for this purpose.
2. Communication: plain language, large print and accessible formats on request,
   enough time for decisions, no pressure selling of long-term products after age 75.
3. Third parties: clear procedures for attorneys, guardians and relatives; train staff
   to recognise possible financial abuse.
4. Product governance: target market for annuities and funeral plans must reflect older
   customers; review surrender and payout options for people entering care.
5. Complaints: monitor complaints by age group; report trends, not individual cases.

Our gaps (self-assessment): no documented abuse escalation yet (in progress, see AG 80plus),
CRM cannot record representatives in a structured way (CR-2025-117).

Regards
Dr. Felix Ahrweiler
Legal & Compliance
""")


def m109():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="body only asks for a signature; the quoted mail names the annuitant, hospice stay and cancer, contract and pension",
        frm="Sabine Kreutzkamp <rentenservice@rheinauen.example>",
        to="Heike Dombrowski <heike.dombrowski@web.example>",
        subject="AW: Lebensbescheinigung Papa",
        date="2025-02-17 11:30",
        body="""Liebe Frau Dombrowski,

danke, angekommen. Es fehlt nur noch der Stempel der Einrichtung neben der Unterschrift
der Leitung - ein Foto per Mail reicht uns. Dann ist alles erledigt.

Herzliche Grüße
Sabine Kreutzkamp

-----Ursprüngliche Nachricht-----
Von: Heike Dombrowski <heike.dombrowski@web.example>
Gesendet: Sonntag, 16. Februar 2025 20:12
An: Sabine Kreutzkamp
Betreff: Lebensbescheinigung Papa

Hallo Frau Kreutzkamp,

danke für Ihren netten Anruf letzte Woche. Anbei die Lebensbescheinigung für meinen Vater
Egon Dombrowski (Vertrag RV 30-133 871). Die Leiterin des Hospizes am Kaiserpark hat sie
unterschrieben. Papa ist seit drei Wochen dort, der Bauchspeicheldrüsenkrebs hat gestreut
und die Ärzte sagen, es geht jetzt um Wochen.

Bitte sorgen Sie dafür, dass die Rente (die 640 Euro) bis zuletzt auf sein Konto kommt, wir
zahlen davon den Eigenanteil im Hospiz nicht, aber seine Miete läuft ja noch.

Viele Grüße
Heike Dombrowski
""")


def m110():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="two-line confirmation of a named customer's motor cancellation with contract number",
        frm="Kfz-Vertrag Rheinauen <kfz@rheinauen.example>",
        to="a.stommel@freenet-mail.example",
        subject="Ihre Kündigung KF 77 183 009",
        date="2025-10-06 08:03",
        body="""Sehr geehrter Herr Stommel,

Ihre Kündigung der Kfz-Versicherung KF 77 183 009 zum 31.12.2025 haben wir vermerkt.

Ihr Kfz-Team der Rheinauen
""")


def m111():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Rheinauen//Outlook Export//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:jourfixe-rentenservice-2025@rheinauen.example
DTSTAMP:20250108T080000Z
DTSTART;TZID=Europe/Berlin:20250113T093000
DTEND;TZID=Europe/Berlin:20250113T101500
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20251222T235959Z
SUMMARY:Jour fixe Rentenservice / Leistung Leben
LOCATION:Raum Auen 3.12 / Teams
ORGANIZER;CN=Sabine Kreutzkamp:mailto:rentenservice@rheinauen.example
DESCRIPTION:Themen: Rücklauf Lebensbescheinigungen, RBM-Lauf, Klärfälle Betreuung/Vollmacht. Bitte keine Kundendaten in die Agenda.
END:VEVENT
END:VCALENDAR
"""
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: recurring meeting invite for the annuity team (life certificates, RBM, guardianship) without customer data",
        frm="Sabine Kreutzkamp <rentenservice@rheinauen.example>",
        to="team-rente@rheinauen.example, leistung-leben@rheinauen.example",
        subject="Jour fixe Rentenservice / Leistung Leben 2025 (montags 9:30)",
        date="2025-01-08 09:00",
        body="""Hallo zusammen,

hier die Serie für 2025. Agenda wie immer im Teams-Kanal, Einzelfälle bitte nur mit
Vertragsnummer und nicht in der Einladung.

Sabine
""",
        atts=[("ics", "Jourfixe_Rentenservice_2025.ics", ics)])


def m112():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="doctor",
        reason="nursing-home physician's confirmation that a named annuitant is alive, with advanced dementia and bedridden state",
        frm="Fiona McAllister <international-annuities@rheinauen.example>",
        to="rentenservice@rheinauen.example",
        subject="FW: Confirmation of life - Mr Brendan Gallagher (RV 30-209 338)",
        date="2025-03-27 09:44",
        body="""Sabine - the Irish registry won't issue anything for residents of nursing homes, so the
family had the house doctor write this. I'd accept it together with the home's stamp.
OK for you?   Fiona

-------- Forwarded Message --------
From: Dr. Niamh Flanagan <medical.office@stbrigids-nursinghome.example>
Date: 25/03/2025 16:02
Subject: Confirmation of life - Mr Brendan Gallagher

To whom it may concern,

I confirm that I examined Mr Brendan Gallagher, date of birth 22/06/1935, resident of
St Brigid's Nursing Home, Ballina, Co. Mayo, on 25 March 2025, and that he is alive.

Mr Gallagher has advanced Alzheimer's disease and has been bedbound since a fall in
November 2024. He is not able to sign documents or to attend any office in person.
His daughter, Mrs Siobhan Gallagher-Reid, holds an enduring power of attorney.

Yours faithfully,
Dr. Niamh Flanagan MB MICGP
Medical Officer, St Brigid's Nursing Home
""")


def m113():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="household policy transferred to a named widow after her husband's death (no cause); contract, address, IBAN",
        frm="Tobias Wendeler <sach@rheinauen.example>",
        to="Janet Moreau-Lehmann <janet.ml@coastmail.example>",
        subject="Home contents policy HR-5 02 6651 - change of policyholder",
        date="2024-10-01 11:58",
        body="""Dear Mrs Moreau-Lehmann,

please accept our sincere condolences on the death of your husband, Mr Klaus Lehmann.

As you requested, we have changed the policyholder of the home contents policy
HR-5 02 6651 (Nordstraße 44, 40477 Düsseldorf) to you with effect from 12 September 2024.
Cover continues without interruption and on the same terms.

The premium will in future be collected from your own account:
  IBAN DE06 5962 7851 9908 9641 91, account holder Janet Moreau-Lehmann.

There is nothing else you need to do. If you would like to review the sum insured at some
point, we are happy to help.

Kind regards
Tobias Wendeler
Property Insurance
""")


def m114():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: mailroom process note on returned letters marked 'Empfänger verstorben'; no individual case",
        frm="Zentrale Poststelle <poststelle@rheinauen.example>",
        to="alle-sachbearbeitung@rheinauen.example",
        subject="Neuer Ablauf: Rückläufer \"Empfänger verstorben\" / \"unbekannt verzogen\"",
        date="2024-09-23 08:40",
        body="""Liebe Kolleginnen und Kollegen,

ab 01.10.2024 gilt für Rückläufer folgender Ablauf:

1. "Empfänger verstorben" (Vermerk der Post oder handschriftlich)
   - Poststelle scannt den Umschlag und legt eine Aufgabe in der Queue NACHLASS an.
   - Die Sparte prüft, ob eine Sterbemeldung vorliegt. Wenn nicht: Anfrage beim
     Einwohnermeldeamt über das Meldeportal; keine Auszahlungen bis zur Klärung.
   - Renten: sofortiger Zahlungsstopp durch den Rentenservice, Nachlass-Schreiben K-140.
2. "Unbekannt verzogen"
   - Adressermittlung über den Dienstleister (automatisch), bei Rentenbeziehern
     zusätzlich Rückfrage bei hinterlegten Bevollmächtigten oder Betreuern.
3. Pflegeheime: Wird ein Brief mit "Bewohner nicht mehr im Haus" zurückgeschickt, bitte
   NICHT als verstorben kennzeichnen - oft ist es nur ein Umzug innerhalb des Trägers.

Fragen an die Poststelle, App. 1009.
""")


def m115():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
        reason="funeral home claims funeral-expenses benefit of a named deceased insured under an assignment; death certificate, life contract",
        frm="Jörg Haverkamp <leistung-leben@rheinauen.example>",
        to="info@bestattungen-puetz.example",
        subject="AW: Abtretung Sterbegeld - Verstorbene Frau Luise Hemmers, SG 60-031 908",
        date="2025-09-09 13:22",
        body="""Sehr geehrter Herr Pütz,

die Abtretungserklärung vom 12.03.2021 zugunsten Ihres Hauses liegt uns vor und ist wirksam.
Nach Eingang der Sterbeurkunde zahlen wir die Versicherungssumme von 4.000 EUR zzgl.
Überschuss (218,44 EUR) an Sie aus, höchstens jedoch den Rechnungsbetrag. Einen etwaigen
Restbetrag erhält der Nachlass.

Bitte senden Sie uns noch Ihre Rechnung über die Bestattung.

Mit freundlichen Grüßen
Jörg Haverkamp
Leistung Leben

> Von: Bestattungen Pütz e.K. <info@bestattungen-puetz.example>
> Gesendet: Montag, 8. September 2025 17:45
>
> Sehr geehrte Damen und Herren, Frau Luise Hemmers, geb. 11.11.1933, zuletzt wohnhaft im
> Seniorenzentrum Haus am Angerbach, ist am 04.09.2025 verstorben. Sterbeurkunde anbei.
> Frau Hemmers hat ihre Sterbegeldversicherung SG 60-031 908 an uns abgetreten
> (Bestattungsvorsorgevertrag vom 12.03.2021). Bitte zahlen Sie auf unser Konto
> DE17 2931 6335 8931 8469 02.
> Mit freundlichen Grüßen, Johannes Pütz, Bestattermeister
""")


def m116():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="internal",
        reason="internal refund instruction for a named 89-year-old's motor premium with IBAN and contract",
        frm="Melanie Oberdörster <kfz@rheinauen.example>",
        to="beitragsbuchhaltung@rheinauen.example",
        subject="Beitragserstattung KF 77 047 215 Hr. Kurt Zimmermann - abweichende Bankverbindung",
        date="2025-03-06 14:12",
        body="""Hallo Beitragsbuchhaltung,

bitte die Erstattung aus der Kündigung KF 77 047 215 (Restbeitrag 211,60 EUR) nicht auf das
Lastschriftkonto, sondern auf das neue Konto des Kunden überweisen. Das alte Konto wurde
aufgelöst; Herr Zimmermann (Jg. 1936) hat das schriftlich mit eigener Unterschrift
mitgeteilt, Brief im DMS.

Kontoinhaber: Kurt Zimmermann
IBAN: DE57600171001455075913

Danke und Gruß
Melanie Oberdörster
""")


def m117():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-supplier",
        reason="trap: translation agency order for the blank life-certificate form in six languages",
        frm="Helga Termath <einkauf@rheinauen.example>",
        to="projects@lingua-bridge.example",
        subject="Order: translation of life certificate form LV-LB-01 into 6 languages",
        date="2025-08-04 10:30",
        body="""Dear Ms Petrovic,

we accept your quote LB-25-233 and order the translation of our blank life certificate form
LV-LB-01 (1 page, approx. 180 words) and the covering letter template (approx. 320 words)
into English, Spanish, Portuguese, Turkish, Italian and Polish.

Please keep all placeholders in «double angle brackets» unchanged and deliver DOCX files
with the same layout. Terms to use (glossary attached to your quote):
  Lebensbescheinigung - life certificate / fe de vida / prova de vida / hayat belgesi ...
  Bevollmächtigte/r, Betreuer/in - keep the German term in brackets.

Delivery by 29 August 2025. Invoice to rechnungseingang@rheinauen.example, PO 4500191108.

Kind regards
Helga Termath
Purchasing
""")


def m118():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="broker",
        reason="broker asks for annuity capital payout of a named client to fund a stairlift because of knee arthrosis; life contract",
        frm="Dirk Spelleken <maklerbetreuung@rheinauen.example>",
        to="rentenservice@rheinauen.example",
        subject="WG: Teilkapitalauszahlung RV 30-221 480 (Kunde Bruckhaus) - Treppenlift",
        date="2025-05-28 10:55",
        body="""Hallo Rentenservice, geht das tarifllich überhaupt bei laufender Rente? Danke, Dirk

-----Ursprüngliche Nachricht-----
Von: Rolf Hütter <r.huetter@rhein-makler.example>
Gesendet: Dienstag, 27. Mai 2025 18:11
Betreff: Teilkapitalauszahlung RV 30-221 480

Hallo Herr Spelleken,

mein Kunde Herr Ewald Bruckhaus (82) bezieht seit 2008 eine Rente aus RV 30-221 480. Er hat
eine schwere Gonarthrose beidseits, die OP am rechten Knie ist wegen seines Herzens
abgelehnt worden, und er kommt die Treppe in seinem Haus nicht mehr hoch. Ein Treppenlift
kostet 14.800 EUR, die Pflegekasse gibt 4.180 EUR als wohnumfeldverbessernde Maßnahme.

Kann er einen Teil seiner Rente kapitalisieren oder die Rentengarantiezeit "abrufen", um den
Rest zu bezahlen? Er möchte unbedingt im eigenen Haus bleiben.

Beste Grüße
Rolf Hütter
""")


def m119():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-broker",
        reason="broker requests policy schedules of a named client for estate planning, birth date and motor/home contracts",
        frm="Dirk Spelleken <maklerbetreuung@rheinauen.example>",
        to="James Whitfield <j.whitfield@rhine-expat-brokers.example>",
        subject="Re: Estate planning meeting - schedules for Mr Tanaka",
        date="2025-09-17 09:20",
        body="""Hi James,

the duplicates of the schedules for Mr Hiroshi Tanaka (born 03/08/1947) are in your broker
post box since this morning:

  Motor   KF 77 240 518   Lexus UX, D-HT 8011
  Home    HR-5 41 0726    Immermannstraße 26, 40210 Düsseldorf
  PLI     PH-5 41 0727

His life policies with Rheinauen Leben are not in your portfolio rights, as you know - Mr
Tanaka would need to request those himself or give you a separate authorisation.

Best
Dirk

> James Whitfield wrote on 16.09.2025:
> Dirk - Mr Tanaka is meeting his notary next week to sort out his will and a power of
> attorney for his son in Osaka. Could you send me copies of his current schedules?
""")


def m120():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: care-home mass advertisement ('Pflegeplätze frei') reported to the spam-filter team; no person",
        frm="Kundenservice Rheinauen <kundenservice@rheinauen.example>",
        to="it-security-mailfilter@rheinauen.example",
        subject="Spam-Welle an kundenservice@: \"Pflegeplätze sofort frei!\"",
        date="2025-10-13 08:17",
        body="""Hallo Mailfilter-Team,

seit Freitag kommen hier täglich 40-50 Mails mit Pflegeheim-Werbung an, immer gleicher Text,
wechselnde Absender. Könnt ihr das blocken? Beispiel unten (Header hängen im Ticket).

Danke!
Kundenservice, Schicht Früh

----- Beispiel -----
Betreff: Pflegeplätze sofort frei! Ohne Wartezeit!
Von: "Pflegevermittlung NRW" <angebot@pflegeplatz-sofort.example>

Sie suchen einen Pflegeplatz für Mama oder Papa? Wir haben SOFORT freie Plätze in über
120 Einrichtungen in NRW! Auch bei Demenz, Pflegegrad 2-5, Kurzzeitpflege.
Kostenlose Vermittlung - jetzt anrufen! Nur noch diese Woche!
Abmelden: www.pflegeplatz-sofort.example/stop
""")


def m121():
    pdf1 = [
        "Rheinauen Lebensversicherung AG - Annual annuity statement 2024",
        "Annuitant: Mrs Dorothy Whitlock-Bauer, born 21/09/1940",
        "Contract RV 30-096 603 - annuity in payment since 01/10/2005",
        "Monthly annuity 2024: EUR 561.30 (from 01/07/2024: EUR 566.91)",
        "Total paid 2024: EUR 6,769.26",
        "Guaranteed period ended 30/09/2015. Death benefit: none.",
        "Attorney on file: Mr Simon Whitlock (son), POA dated 18/04/2021",
    ]
    pdf2 = [
        "Mitteilung nach § 22a EStG (Rentenbezugsmitteilung) - Kopie für Ihre Unterlagen",
        "Leistungsempfängerin: Dorothy Whitlock-Bauer, geb. 21.09.1940",
        "Identifikationsnummer: 71 064 328 195",
        "Leibrente, Ertragsanteil 18 %: Rentenbetrag 6.769,26 EUR, Ertragsanteil 1.218,47 EUR",
    ]
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="harmless body; ZIP holds a named annuitant's annual statement and pension tax certificate (tax ID, amounts)",
        frm="Fiona McAllister <international-annuities@rheinauen.example>",
        to="Simon Whitlock <simon.whitlock@thamesmail.example>",
        subject="Documents as requested",
        date="2025-03-10 12:05",
        body="""Dear Mr Whitlock,

as requested, please find the documents attached in one file.

Kind regards
Fiona McAllister
International Annuities Desk
""",
        atts=[("zip", "Documents_2024.zip", [
            ("pdf", "Annual_statement_2024.pdf", pdf1),
            ("pdf", "Rentenbezugsmitteilung_2024_Kopie.pdf", pdf2)])])


def m122():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="motor policy change for a named couple: driver restricted to the wife, birth date, plate, premium",
        frm="Kfz-Vertrag Rheinauen <kfz@rheinauen.example>",
        to="Marianne Löhrer <m.loehrer@web.example>",
        subject="Änderung Fahrerkreis - Ihr Vertrag KF 77 133 870",
        date="2025-11-03 13:50",
        body="""Sehr geehrte Frau Löhrer,

wie gewünscht haben wir den Fahrerkreis für Ihren Ford Focus (NE-ML 310) ab 01.11.2025
geändert:

  bisher:  Versicherungsnehmerin und Ehepartner
  neu:     nur Versicherungsnehmerin (Marianne Löhrer, geb. 25.01.1950)

Ihr Mann, Herr Dieter Löhrer, ist damit nicht mehr als Fahrer versichert. Fährt er das
Fahrzeug trotzdem, zahlen wir zwar den Schaden des Unfallgegners, verlangen aber eine
Vertragsstrafe.

Der Jahresbeitrag sinkt von 548,30 EUR auf 471,10 EUR. Die Differenz verrechnen wir mit der
nächsten Fälligkeit.

Mit freundlichen Grüßen
Ihr Kfz-Team der Rheinauen
""")


def m123():
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: strategy town-hall summary on ageing customers (life certificates, care, dementia) with aggregate figures",
        frm="Board Office <vorstandsbuero@rheinauen.example>",
        to="fuehrungskraefte@rheinauen.example",
        subject="Town hall recap: 'Growing old with Rheinauen' - strategy 2030",
        date="2025-09-25 17:00",
        body="""Dear leaders,

thank you for joining yesterday's town hall. The key messages in short:

- Demographics: 31 % of our private customers are 70 or older; by 2030 it will be 38 %.
  Annuities in payment will grow from 18,400 to about 24,000.
- Service: every customer aged 75+ gets a named contact person for complex matters
  (attorneys, guardians, moves into care, deaths). Pilot in Düsseldorf from Q1/2026.
- Digital: digital life certificate via video check from 2026; the paper form remains
  available for everyone who prefers it.
- Products: review of surrender and payout options for customers entering long-term
  care; funeral-expenses insurance with simplified claims for care homes.
- Culture: all customer-facing staff trained as "Dementia Friends" (done: 640 of 640).

Slides are on the intranet. Please discuss the recap in your next team meeting.

Board Office
""")


def m124():
    return dict(
        label="NORMAL", lang="mixed", kind="internal",
        reason="trap: German-English glossary of guardianship, power-of-attorney and pension terms for the service centre; no person",
        frm="Ricardo Alves <r.alves@gss.rheinauen.example>",
        to="gss-agents-de@gss.rheinauen.example",
        subject="Glossar / glossary: Vollmacht, Betreuung, Rente - v3",
        date="2025-02-10 10:10",
        body="""Hi team / Hallo zusammen,

updated glossary after the last quality review - please use these terms in notes and
English letters:

  Vorsorgevollmacht ............. lasting power of attorney (general + health)
  Generalvollmacht .............. general power of attorney
  Bevollmächtigte/r ............. attorney(-in-fact)
  Betreuer/in ................... court-appointed guardian (NOT "carer"!)
  Betreuungsgericht ............. guardianship court (part of the local court)
  Betreuerausweis ............... guardian's certificate of appointment
  Aufgabenkreise ................ scope of the guardianship
  Einwilligungsvorbehalt ........ consent reservation
  Lebensbescheinigung ........... life certificate / proof of life
  Rentenbezugsmitteilung ........ pension tax report to the tax authority (ZfA)
  Ertragsanteil ................. taxable income portion of a private annuity
  Pflegegrad .................... care level (1-5) - never note it in the CRM unless the
                                  Pflege claims team asks for it
  Sterbegeldversicherung ........ funeral-expenses insurance
  Nachlass / Erben .............. estate / heirs

Danke! Ricardo
""")


def m125():
    return dict(
        label="NORMAL", lang="de", kind="newsletter",
        reason="trap: newsletter on care reform amounts (care levels, care allowance, co-payments) in general terms",
        frm="Rheinauen Vorsorge aktuell <newsletter@news.rheinauen.example>",
        to="vorsorge-aktuell@news.rheinauen.example",
        subject="Vorsorge aktuell: Was sich 2025 bei der Pflege ändert",
        date="2025-01-15 07:00",
        body="""VORSORGE AKTUELL - Januar 2025

Pflege 2025: die wichtigsten Zahlen

Zum 1. Januar 2025 sind die Leistungen der sozialen Pflegeversicherung um 4,5 % gestiegen.
Einige Beispiele (monatlich):

  Pflegegrad   Pflegegeld   Pflegesachleistung   vollstationär
  2            347 EUR      796 EUR              805 EUR
  3            599 EUR      1.497 EUR            1.319 EUR
  4            800 EUR      1.859 EUR            1.855 EUR
  5            990 EUR      2.299 EUR            2.096 EUR

Trotzdem steigen die Eigenanteile im Heim weiter - in NRW im ersten Jahr auf durchschnittlich
über 3.200 EUR im Monat. Eine private Pflegezusatzversicherung schließt diese Lücke, am
günstigsten, wenn man sie früh abschließt.

Außerdem in dieser Ausgabe:
- Vorsorgevollmacht und Patientenverfügung: Vordrucke des Bundesjustizministeriums
- Lebensbescheinigung: Warum wir danach fragen (und wer sie ausstellen darf)

Mehr unter www.rheinauen.example/pflege
Abmelden: www.rheinauen.example/abmelden
""")

# ================================================================ mails 126-150

def m126():
    html = """<html><body style="font-family:Georgia,serif;font-size:18px;max-width:640px">
<h1 style="color:#1b5e7a">60plus &ndash; English edition</h1>
<p><i>For our customers who prefer English &middot; Autumn 2025</i></p>
<h2>Moving into care: what happens to your insurance?</h2>
<p>Many readers asked. In short: your <b>home contents</b> cover follows you to a care home or
assisted-living flat, but the sum insured may need to go down; your <b>personal liability</b>
cover stays; your <b>car insurance</b> can be cancelled as soon as the car is sold or deregistered
&ndash; and your no-claims bonus can go to a family member who has driven the car regularly.</p>
<h2>Who can speak for you?</h2>
<p>A lasting power of attorney made in the UK, Ireland or the US can be accepted in Germany, but we need
a certified copy. Tip: ask your notary for an apostille right away.</p>
<h2>Hearing the phone</h2>
<p>Our service line now offers a &ldquo;slow and loud&rdquo; option: press 9 after the greeting.</p>
<p style="font-size:13px;color:#666">Rheinauen Versicherungsgruppe &middot; Auenring 12 &middot; 40221 Düsseldorf &middot;
<a href="https://www.rheinauen.example/unsubscribe">unsubscribe</a></p>
</body></html>"""
    return dict(
        label="NORMAL", lang="en", kind="newsletter",
        reason="trap: English seniors' newsletter on moving into care, powers of attorney, hearing; HTML only, no person",
        frm="Rheinauen 60plus <newsletter@news.rheinauen.example>",
        to="60plus-en@news.rheinauen.example",
        subject="60plus English edition: moving into care - what happens to your insurance?",
        date="2025-10-02 07:00",
        html=html)


def m127():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="company",
        reason="guardianship association (professional guardian) requests all contracts of a named ward; scope incl. health care, birth date",
        frm="Kerstin Brühl <vollmachten@rheinauen.example>",
        to="kundenservice@rheinauen.example",
        subject="WG: Betreuungssache Hövelmann - Anfrage Vertragsübersicht alle Gesellschaften",
        date="2025-07-29 10:37",
        body="""Hallo Kundenservice,

bitte spartenübergreifende Vertragsübersicht (Sach, Leben, Kranken) für Herrn Hövelmann
erstellen und an den Betreuungsverein schicken. Ausweis geprüft, Aufgabenkreise passen
(VS, GS). Bitte per SecureMail, nicht unverschlüsselt!

Kerstin

-------- Weitergeleitete Nachricht --------
Von: Betreuungsverein Lebenshilfe Mönchengladbach e.V. <betreuung@lebenshilfe-mg.example>
Datum: 28.07.2025 15:20
Betreff: Betreuungssache Peter Hövelmann, geb. 03.10.1958 - AG Mönchengladbach 13 XVII 271/22

Sehr geehrte Damen und Herren,

die Betreuung für Herrn Peter Hövelmann ist mit Beschluss vom 15.07.2025 auf unsere
Mitarbeiterin Frau Dipl.-Soz.-Päd. Anja Fritzsche übergegangen (Betreuerwechsel,
Betreuerausweis anbei). Aufgabenkreise: Vermögenssorge, Gesundheitssorge,
Wohnungsangelegenheiten; Einwilligungsvorbehalt für die Vermögenssorge.

Herr Hövelmann lebt seit seinem Schädel-Hirn-Trauma 2021 in einer besonderen Wohnform der
Eingliederungshilfe. Wir bitten um eine Übersicht aller bei Ihnen bestehenden Verträge
(einschließlich Kranken- und Unfallversicherung) mit Beitragsstand.

Mit freundlichen Grüßen
Anja Fritzsche
Betreuungsverein Lebenshilfe Mönchengladbach e.V.
""")


def m128():
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Dear Mrs Hofbauer,</p>
<p>as agreed on the phone, we have made the following changes:</p>
<ul>
<li>Motor policy <b>KF 77 192 406</b> (VW Passat, D-RH 640) is transferred from your father,
Mr Rudolf Hofbauer, to you as new policyholder from 1 October 2025.</li>
<li>Your father's no-claims class SF 28 is transferred to you (you have been a named driver since 2012).</li>
<li>New postal address of your father: c/o Hofbauer, Gumpendorfer Straße 61, 1060 Wien, Austria.</li>
<li>Refund of EUR 64.80 from your father's old contract to his Austrian account AT69 8192 1805 8840 1395.</li>
</ul>
<p>Kind regards<br>Melanie Oberdörster<br>Motor Contracts</p>
</body></html>"""
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="motor policy moved from a named father (moved to his daughter in Vienna) to the daughter; plate, SF class, AT IBAN",
        frm="Melanie Oberdörster <kfz@rheinauen.example>",
        to="Katharina Hofbauer <k.hofbauer@donau-mail.example>",
        subject="Transfer of your father's car insurance to you",
        date="2025-09-24 16:05",
        body="""Dear Mrs Hofbauer,

as agreed on the phone, we have made the following changes:

- Motor policy KF 77 192 406 (VW Passat, D-RH 640) is transferred from your father,
  Mr Rudolf Hofbauer, to you as new policyholder from 1 October 2025.
- Your father's no-claims class SF 28 is transferred to you (you have been a named
  driver since 2012).
- New postal address of your father: c/o Hofbauer, Gumpendorfer Straße 61, 1060 Wien,
  Austria.
- Refund of EUR 64.80 from your father's old contract to his Austrian account
  AT69 8192 1805 8840 1395.

Kind regards
Melanie Oberdörster
Motor Contracts
""",
        html=html)


def m129():
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: English out-of-office of the guardianship desk deputy; no person",
        frm="Aylin Demir <vollmachten@rheinauen.example>",
        to="Ricardo Alves <r.alves@gss.rheinauen.example>",
        subject="Automatic reply: Guardian certificate for case 2025-GSS-05102",
        date="2025-08-15 12:41",
        headers=[("Auto-Submitted", "auto-replied")],
        body="""Thank you for your e-mail. I am attending a training course today and will reply on
Monday, 18 August.

Urgent matters concerning powers of attorney, guardianship orders or suspected financial
abuse: please call the team line +49 211 4907-2270.

Aylin Demir
Powers of Attorney & Guardianships
""")


def m130():
    inner = dict(
        frm="Heimverwaltung Haus St. Quirin <verwaltung@haus-st-quirin.example>",
        to="claudia.pesch-rommerskirchen@web.example",
        subject="Heimkostenabrechnung September 2025 - Frau Maria Pesch",
        date="2025-10-01 09:12",
        fname="Heimkostenabrechnung_Pesch_09-2025.eml",
        body="""Sehr geehrte Frau Pesch-Rommerskirchen,

anbei die Abrechnung für Ihre Mutter, Frau Maria Pesch, Zimmer 214, für September 2025:

  Pflegebedingte Aufwendungen (Pflegegrad 4)     4.012,55 EUR
  abzgl. Leistung Pflegekasse                   -1.855,00 EUR
  abzgl. Leistungszuschlag § 43c SGB XI (30 %)    -647,27 EUR
  Unterkunft und Verpflegung                     1.048,20 EUR
  Investitionskosten                               612,30 EUR
  Ausbildungsumlage                                 98,10 EUR
  -----------------------------------------------------------
  Eigenanteil                                     3.268,88 EUR

Die Einkünfte Ihrer Mutter (Altersrente 1.104,66 EUR, Witwenrente 511,20 EUR, private Rente
Rheinauen 276,90 EUR) reichen dafür nicht aus. Bitte denken Sie an den Antrag auf Hilfe zur
Pflege beim Sozialamt des Rhein-Kreises Neuss.

Mit freundlichen Grüßen
Verwaltung Haus St. Quirin
""")
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="company",
        reason="forwarded care-home invoice (message/rfc822) for a named resident: care level 4, pensions incl. private annuity",
        frm="Sabine Kreutzkamp <rentenservice@rheinauen.example>",
        to="leistung-leben@rheinauen.example",
        subject="WG: Pesch RV 30-102 566 - Tochter fragt nach Kapitalisierung",
        date="2025-10-06 14:20",
        body="""Hallo Jörg,

Frau Pesch-Rommerskirchen (Vorsorgevollmacht für ihre Mutter, geprüft) hat die Heimabrechnung
angehängt und fragt, ob man die private Rente ihrer Mutter "auf einmal auszahlen" kann, damit
das Sozialamt nicht sofort einspringen muss. Tariflich sehe ich keine Abfindung bei laufender
Rente. Kannst du das bestätigen? Dann antworte ich ihr.

Sabine
""",
        atts=[("eml", inner)])


def m131():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="glass breakage claim on a named customer's household policy, handled with the attorney; claim number, address",
        frm="Schadenservice Rheinauen <schaden@rheinauen.example>",
        to="Martin Oduya <martin.oduya@brightmail.example>",
        subject="Claim S-2025-102 877 - broken balcony door, your mother's flat",
        date="2025-07-22 09:30",
        body="""Dear Mr Oduya,

thank you for reporting the broken glass of the balcony door in your mother's flat
(Mrs Grace Oduya, Kalkumer Str. 14, 40468 Düsseldorf) under her home contents policy
HR-5 35 5028, which includes glass cover.

Please commission a local glazier directly - we accept invoices up to EUR 800 without
prior approval. Send us the invoice with the claim number S-2025-102 877; we will pay the
glazier or reimburse you, as you prefer. Your power of attorney is on file, so you may
sign the claim form on your mother's behalf.

Kind regards
Claims Service
Rheinauen Allgemeine Versicherung AG
""")


def m132():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: letter template to guardians asking for the guardian's certificate, with «placeholders»",
        frm="Formularwesen <formulare@rheinauen.example>",
        to="vollmachten@rheinauen.example",
        subject="Textbaustein V-204 \"Betreuerausweis fehlt\" - Entwurf zur Abstimmung",
        date="2025-06-12 10:25",
        body="""Hallo Kerstin,

hier der Entwurf für V-204. Bitte bis Ende nächster Woche Rückmeldung.

--- V-204 ---
«Anrede» «Titel» «Nachname»,

Sie haben uns mitgeteilt, dass Sie zur Betreuerin / zum Betreuer von «Name Betreute Person»
bestellt wurden. Vielen Dank.

Damit wir Ihnen Auskunft geben und Ihre Erklärungen umsetzen können, benötigen wir eine
Kopie Ihres Betreuerausweises (Vorder- und Rückseite). Aus dem Ausweis müssen das
Aktenzeichen des Betreuungsgerichts und die Aufgabenkreise hervorgehen. Den Beschluss mit
seiner Begründung brauchen wir nicht - bitte schicken Sie uns keine ärztlichen Gutachten.

Bis dahin schreiben wir weiterhin an «Name Betreute Person».

Mit freundlichen Grüßen
«Sachbearbeiter/in»
--- Ende ---

Gruß aus dem Formularwesen
Gabi Ostermann
""")


def m133():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-broker",
        reason="trap: broker information on a new hearing-aid supplementary tariff; product data only, no person",
        frm="Rheinauen Broker Info <maklerinfo@rheinauen.example>",
        to="broker-newsletter@maklerinfo.rheinauen.example",
        subject="New: supplementary tariff ZA-Hören Plus - hearing aids up to EUR 2,000 per ear",
        date="2025-09-01 08:30",
        body="""Dear brokers,

from 1 October 2025 your clients can choose our new supplementary health tariff
ZA-Hören Plus:

- 80 % of the co-payment for hearing aids, max. EUR 2,000 per ear every 4 years
- batteries and repairs up to EUR 150 per year
- no waiting period for hearing aids if the client switches from ZA-Hören
- entry age up to 80, simplified health questions (3 questions)

Premium example: age 70, EUR 14.90 per month. Commission and product sheet in the broker
portal (Products > Health > Supplementary).

Webinar for brokers: 17 September, 10:00, register at
https://maklerportal.rheinauen.example/webinare

Your Rheinauen broker team
""")


def m134():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="elderly customer's short typo-laden motor cancellation (stops driving, no reason given), plate and contract; windows-1252",
        frm="Kfz-Vertrag Rheinauen <kfz@rheinauen.example>",
        to="Josefine Heidkamp <josefine.heidkamp@tonline.example>",
        subject="AW: Kündigen Auto",
        date="2025-10-20 11:02",
        charset="windows-1252",
        body="""Sehr geehrte Frau Heidkamp,

danke für Ihre Nachricht. Wir haben die Kfz-Versicherung KF 77 055 308 zum 30.11.2025
gekündigt. Bitte schicken Sie uns nach dem Verkauf oder der Abmeldung noch die Bescheinigung,
dann erstatten wir den Beitrag für die Zeit danach.

Freundliche Grüße
Ihr Kfz-Team

>-----Ursprüngliche Nachricht-----
>Von: Josefine Heidkamp
>Gesendet: Samstag, 18. Oktober 2025 09:51
>Betreff: Kündigen Auto
>
>sehr geehrte damen und herren
>
>ich möchte die Versicherung für mein Auto kündigen ich fahre nicht mehr.
>Kennzeichen D-JH 73, Vertrag KF77055308 glaube ich.
>Das Auto kauft mein Nachbar der Herr Schmitz im November.
>
>mit freundlichem Gruß
>Josefine Heidkamp
>
>Von meinem iPad gesendet
""")


def m135():
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: quarterly KPIs of annuity payments, suspensions and overpayments, aggregated",
        frm="Controlling Life <controlling-leben@rheinauen.example>",
        to="leben-management@rheinauen.example",
        subject="Q3/2025 KPI pack - annuities in payment",
        date="2025-10-09 12:00",
        body="""Hello,

Q3/2025 key figures, annuities in payment (Rheinauen Lebensversicherung AG):

                                         Q3/2025     Q2/2025
  Annuities in payment                    18,911      18,764
  New annuities started                      402         377
  Annuities ended (death)                    255         241
  Payments suspended (no life cert.)          21          34
  Overpayments after death (cases)             6           4
  Overpayments after death (EUR)          10,420       7,180
  Average monthly annuity (EUR)           412.60      410.85
  Share with attorney/guardian on file      21 %        21 %

Comment: suspensions down thanks to the longer deadline for customers abroad. Overpayment
cases all recovered or in recovery.

Controlling Life
""",
        atts=[("html", "KPI_annuities_Q3-2025.html", """<html><head><meta charset="utf-8"><title>KPI Q3/2025</title></head><body>
<h3>Annuities in payment - KPI Q3/2025</h3>
<table border="1" cellpadding="4">
<tr><th>KPI</th><th>Q3/2025</th><th>Q2/2025</th></tr>
<tr><td>Annuities in payment</td><td>18,911</td><td>18,764</td></tr>
<tr><td>Payments suspended (no life certificate)</td><td>21</td><td>34</td></tr>
<tr><td>Overpayments after death (cases / EUR)</td><td>6 / 10,420</td><td>4 / 7,180</td></tr>
<tr><td>Share with attorney/guardian on file</td><td>21 %</td><td>21 %</td></tr>
</table></body></html>
""")])


def m136():
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: legal note that insurers cannot query the central register of powers of attorney; general, no person",
        frm="Recht & Compliance <recht@rheinauen.example>",
        to="gss-service-leads@gss.rheinauen.example",
        subject="Can we check the 'Zentrales Vorsorgeregister' ourselves? (answer: no)",
        date="2025-05-08 11:45",
        body="""Dear colleagues,

several agents asked whether we can verify a power of attorney by querying the German
central register of powers of attorney (Zentrales Vorsorgeregister, ZVR) kept by the
Federal Chamber of Notaries.

Short answer: no. Only the guardianship courts and, in certain cases, doctors may query
the register. For us, registration only means that the document exists - it tells us
nothing about whether it is still valid or has been revoked.

What to do instead:
- check the original or a certified copy (notarised POA: "Ausfertigung"),
- check that the scope covers the request (e.g. "Versicherungsangelegenheiten"),
- in case of doubt, contact the principal directly if he or she can still be reached,
- escalate suspicious cases to the Powers of Attorney team.

Regards
Legal & Compliance
""")


def m137():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="company",
        reason="property manager reports water damage in a named elderly customer's empty flat; contract, address, access arrangements",
        frm="Tobias Wendeler <schaden-sach@rheinauen.example>",
        to="claims-intake@rheinauen.example",
        subject="FW: Water damage flat 3rd floor Jülicher Str. 40 - your customer Mr Bernhard Kaltwasser",
        date="2025-11-11 08:58",
        body="""Please open a claim on HR-5 19 2240 (household) and check with the building insurer of the
owners' association. Customer himself not reachable - son is contact (POA on file).
Tobias

-----Original Message-----
From: Kessel Property Management <office@kessel-hausverwaltung.example>
Sent: Monday, 10 November 2025 17:33
Subject: Water damage flat 3rd floor Jülicher Str. 40

Dear Sir or Madam,

we manage the building at Jülicher Str. 40, 40477 Düsseldorf. On 8 November a pipe burst in
the flat of your policyholder Mr Bernhard Kaltwasser (3rd floor left). The flat has been
unoccupied since the summer, Mr Kaltwasser now lives with his son in Ratingen. Water
penetrated into the flat below.

We had the water shut off and a drying company installed. Keys are with us; the son,
Mr Frank Kaltwasser, agreed that your adjuster may enter. Please contact us to arrange a date.

Kind regards
Jessica Kessel
Kessel Hausverwaltung GmbH
""")


def m138():
    return dict(
        label="NORMAL", lang="mixed", kind="internal",
        reason="trap: German/English data-protection quiz on relatives, attorneys and guardians with invented persons",
        frm="Dr. Annette Pohlmann <datenschutz@rheinauen.example>",
        to="alle-kundenservice@rheinauen.example, gss-agents-de@gss.rheinauen.example",
        subject="Datenschutz-Quiz Nr. 12 / Data protection quiz no. 12: \"Darf ich der Tochter Auskunft geben?\"",
        date="2025-11-17 09:00",
        body="""Liebe Kolleginnen und Kollegen, dear colleagues,

unser Quiz des Monats - alle Personen sind erfunden / all persons are invented.

1) Frau A. ruft an: "Ich bin die Tochter von Herrn B., er liegt im Krankenhaus. Wie hoch ist
   seine Rente?" Keine Vollmacht im Vertrag.
   a) Auskunft geben, es ist ja die Tochter
   b) keine Auskunft, Schreiben an Herrn B. anbieten
   c) Auskunft, wenn sie sein Geburtsdatum kennt

2) A guardian sends the full court order including a psychiatric report. What do you store?
   a) everything, for completeness
   b) only the guardian's certificate (court file no., scope, guardian), and you shred or
      delete the medical report
   c) nothing

3) Ein Ehemann beruft sich auf § 1358 BGB und möchte die Kfz-Versicherung seiner Frau
   kündigen.
   a) geht, das Notvertretungsrecht gilt für alles
   b) geht nicht, § 1358 BGB gilt nur für Gesundheitsangelegenheiten
   c) geht, wenn ein Arzt unterschreibt

Auflösung nächste Woche / answers next week. Mitmachen lohnt sich: drei Kinogutscheine!

Annette Pohlmann
Datenschutzbeauftragte / Data Protection Officer
""")


def m139():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="recovery of annuity paid after a named annuitant's death from the heirs; life contract, death date, amounts",
        frm="Rentenservice Rheinauen <rentenservice@rheinauen.example>",
        to="Jürgen Hambloch <j.hambloch@mailbox.example>",
        cc="Birgit Hambloch-Reuter <birgit.reuter@posteo.example>",
        subject="Rentenversicherung RV 30-118 427 Ihrer verstorbenen Mutter - überzahlte Rente",
        date="2025-11-04 10:15",
        body="""Sehr geehrter Herr Hambloch,

wir haben erst jetzt durch die Mitteilung des Einwohnermeldeamts erfahren, dass Ihre Mutter,
Frau Gertrud Hambloch, bereits am 19.08.2025 verstorben ist. Unser herzliches Beileid.

Die Rente aus der Rentenversicherung RV 30-118 427 endet mit dem Monat des Todes. Für die
Monate September bis November 2025 wurde die Rente noch gezahlt:

  3 x 412,38 EUR = 1.237,14 EUR

Wir haben die Bank Ihrer Mutter gebeten, den Betrag zurückzuüberweisen (§ 118 Abs. 3 SGB VI
analog, Rücküberweisungsersuchen). Falls das Konto bereits aufgelöst ist oder das Guthaben
nicht reicht, bitten wir die Erben, den offenen Betrag zu erstatten. Wir melden uns dazu
noch einmal, sobald die Antwort der Bank vorliegt.

Eine Rentengarantiezeit oder Todesfallleistung ist in diesem Vertrag nicht vereinbart.

Mit freundlichen Grüßen
Sabine Kreutzkamp
Rentenservice Leben
""")


def m140():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: product note on a voluntary driving check discount for drivers 70+; general, no person",
        frm="Produktmanagement Kfz <produkt-kfz@rheinauen.example>",
        to="kfz-vertrag-team@rheinauen.example, vertrieb-privatkunden@rheinauen.example",
        subject="Neu ab 01.01.2026: Bonus \"Fahrfitness-Check 70plus\"",
        date="2025-11-26 15:10",
        body="""Hallo zusammen,

zum 01.01.2026 führen wir im Tarif Kfz-Komfort den Baustein "Fahrfitness-Check 70plus" ein:

- Wer ab 70 freiwillig eine Rückmeldefahrt mit einer Fahrlehrerin / einem Fahrlehrer
  (60 Minuten, z. B. beim ADAC oder einer Fahrschule) macht, bekommt 5 % Nachlass auf
  Haftpflicht und Kasko für drei Jahre.
- Es gibt kein "Bestehen" oder "Durchfallen" - das Ergebnis bekommt nur die Fahrerin bzw.
  der Fahrer, wir brauchen nur die Teilnahmebestätigung.
- Bitte KEINE Ergebnisse, Seh- oder Hörtests oder ärztlichen Unterlagen annehmen oder
  speichern. Wenn Kunden so etwas schicken: zurückgeben bzw. löschen.

FAQ und Textbausteine folgen bis Mitte Dezember.

Viele Grüße
Produktmanagement Kfz
""")


def m141():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-broker",
        reason="trap: broker webinar invitation on advising clients aged 70+ (care, POA, guardianship), no client data",
        frm="Rheinauen Broker Academy <academy@maklerinfo.rheinauen.example>",
        to="broker-newsletter@maklerinfo.rheinauen.example",
        subject="Webinar 12 Nov: Advising clients 70+ - powers of attorney, guardianship, moving into care",
        date="2025-10-21 08:00",
        body="""Dear brokers,

more and more of your clients' contracts are managed by their children, attorneys or
court-appointed guardians. In our 60-minute webinar we cover:

- What you need before acting on a client's behalf: power of attorney vs. guardianship
- Portfolio rights and data protection when relatives call you
- What happens to motor, home and liability cover when a client moves into care
- Annuities and funeral plans: life certificates, payout options, beneficiaries
- Q&A with our Powers of Attorney team

Wednesday, 12 November 2025, 10:00-11:00 CET, 1 hour IDD training time
Register: https://maklerportal.rheinauen.example/webinare/70plus

Your Rheinauen Broker Academy
""")


def m142():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="customer",
        reason="daughter's mail about her father's Parkinson's disease and falls, asking to keep his accident insurance; accident line",
        frm="Stefanie Gerritzen <leistung-unfall@rheinauen.example>",
        to="unfall-vertrag@rheinauen.example",
        subject="FW: My father's accident insurance UV 50-018 775 - please don't cancel",
        date="2025-12-01 13:14",
        body="""Bitte prüfen: Vertrag hat Altersumstellung mit 80 (Senioren-Unfall), kein Kündigungsrecht
unsererseits wegen Erkrankung. Antwort auf Englisch an die Tochter, Vollmacht liegt vor.
Steffi

-----Original Message-----
From: Rachel Lindemann-Price <rachel.lp@brightmail.example>
Sent: Friday, 28 November 2025 22:40
To: leistung-unfall@rheinauen.example
Subject: My father's accident insurance UV 50-018 775

Hello,

my father, Manfred Lindemann, has had Parkinson's for six years. Since the summer he has
fallen three times at home (luckily only bruises), and his neurologist has increased his
medication. We are now worried that you will cancel his accident insurance because of
his illness, or that falls caused by Parkinson's are not covered.

He turns 80 in January - I read something about the contract changing then. Could you
please explain what happens, in English if possible? I have his power of attorney.

Thank you,
Rachel Lindemann-Price
""")


def m143():
    paras = [
        "Bestätigung über die Hinterlegung einer Vollmacht",
        "Vollmachtgeber: Herr Alfons Terhorst, geb. 08.08.1939, Hochstraße 18, 47798 Krefeld",
        "Bevollmächtigte: Frau Monika Terhorst-Lenz, geb. 27.02.1966, Uerdinger Str. 412, 47800 Krefeld",
        "Art der Vollmacht: Vorsorgevollmacht (privatschriftlich, Unterschrift beglaubigt durch die Betreuungsbehörde Krefeld am 03.06.2025)",
        "Umfang laut Vollmacht: Vermögensangelegenheiten einschließlich Versicherungen; Post",
        "Hinterlegt für: Kfz-Versicherung KF 77 071 640, Hausratversicherung HR-5 10 3381, Privathaftpflicht PH-5 10 3382",
        "Korrespondenz: Kopie an Bevollmächtigte",
        "Hinterlegt am: 16.06.2025 durch K. Brühl",
    ]
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="ODT confirmation of a power of attorney: named principal and attorney with birth dates, addresses and contracts",
        frm="Kerstin Brühl <vollmachten@rheinauen.example>",
        to="Monika Terhorst-Lenz <monika.terhorst-lenz@freenet-mail.example>",
        subject="Bestätigung Hinterlegung Vollmacht",
        date="2025-06-16 15:40",
        body="""Sehr geehrte Frau Terhorst-Lenz,

anbei unsere Bestätigung, dass Ihre Vollmacht in den Verträgen Ihres Vaters hinterlegt ist.
Bitte prüfen Sie die Angaben; bei Fehlern melden Sie sich gern.

Mit freundlichen Grüßen
Kerstin Brühl
Vollmachten & Betreuungen
""",
        atts=[("odt", "Bestaetigung_Vollmacht_Terhorst.odt", paras)])


def m144():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: minutes of a talk at a city seniors' council, anonymous questions; no person's data",
        frm="Marco Lüttgens <service60plus@rheinauen.example>",
        to="ag-80plus@rheinauen.example",
        subject="Kurzbericht: Besuch beim Seniorenbeirat Hilden am 04.11.",
        date="2025-11-05 16:45",
        body="""Hallo zusammen,

kurzer Bericht von unserem Vortrag beim Seniorenbeirat der Stadt Hilden (ca. 45 Zuhörende,
8 Mitglieder des Beirats):

Thema: "Versicherungen im Alter - was muss ich regeln?"

Häufigste Fragen aus dem Publikum (ohne Namen notiert):
- Muss ich meine Autoversicherung kündigen, wenn ich 80 werde? (Nein.)
- Zahlt die Hausratversicherung auch im Pflegeheim? (Ja, Außenversicherung bzw. Umzug melden.)
- Warum muss ich jedes Jahr beweisen, dass ich lebe? (Lebensbescheinigung - viel Gelächter.)
- Kann mein Sohn einfach für mich anrufen? (Nur mit Vollmacht.)
- Wie erkenne ich falsche Anrufer? (Flyer "Betrugsmasche" verteilt, 60 Stück weg.)

Feedback: Die Großdruck-Flyer kamen sehr gut an. Der Beirat wünscht sich einen Folgetermin
im Frühjahr zum Thema Vorsorgevollmacht, gern mit Notar.

Gruß
Marco
""")


def m145():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="mixed", kind="insurer-to-partner",
        reason="German/English exchange with a Swiss partner about a named annuitant in hospital in Lucerne, life certificate, CH IBAN",
        frm="Fiona McAllister <international-annuities@rheinauen.example>",
        to="Reto Ammann <reto.ammann@helvetia-partner-leben.example>",
        cc="rentenservice@rheinauen.example",
        subject="AW: Lebensbescheinigung Frau Veronika Schnyder-Brandt / RV 30-120 588",
        date="2025-02-24 11:08",
        body="""Dear Mr Ammann, lieber Herr Ammann,

vielen Dank für Ihre Hilfe. We can accept the confirmation from the Luzerner Kantonsspital
as the life certificate for this year, as it is signed by the ward physician and stamped.
Die Rente für März wird damit regulär gezahlt, ebenso die ausgesetzte Februarrate.

Bankverbindung bleibt unverändert: CH93 0076 2011 6238 5295 7.

Best regards / freundliche Grüße
Fiona McAllister

-----Ursprüngliche Nachricht-----
Von: Reto Ammann
Gesendet: Freitag, 21. Februar 2025 15:40
Betreff: Lebensbescheinigung Frau Veronika Schnyder-Brandt / RV 30-120 588

Grüezi Frau McAllister,

Ihre Kundin Frau Veronika Schnyder-Brandt (geb. 05.05.1936), die bei uns ebenfalls eine
Rente bezieht, liegt seit dem 30. Januar nach einer Hirnblutung im Luzerner Kantonsspital,
Neurologie, und kann die Lebensbescheinigung nicht beim Einwohneramt holen. Die Spitalärztin
hat uns beiliegende Bestätigung ausgestellt, dass sie lebt. Ich schicke sie Ihnen mit dem
Einverständnis des Sohnes mit - können Sie damit arbeiten?

Freundliche Grüsse
Reto Ammann
Partner Leben AG, Rentenadministration, Luzern
""")


def m146():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="liability claim: named grandfather's bicycle hit a parked car, nobody hurt; claim and policy numbers, plate",
        frm="Tobias Wendeler <schaden-sach@rheinauen.example>",
        to="Albert Feldkamp <albert.feldkamp@coastmail.example>",
        subject="Your liability claim H-2025-118 090",
        date="2025-09-30 10:33",
        body="""Dear Mr Feldkamp,

thank you for your report. On 24 September you lost your balance on your bicycle while
getting off at the bakery on Hauptstraße in Erkrath and fell against a parked Audi A4
(ME-KT 4410). The wing mirror and the left front door were scratched. Nobody was hurt.

Your personal liability policy PH-5 07 4419 covers this damage. We will settle directly with
the car owner, Mr Kai Tönnissen, and have asked him for a repair estimate. You do not need
to pay anything yourself; your policy has no deductible.

Kind regards
Tobias Wendeler
Liability Claims
""")


def m147():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-press",
        reason="trap: press release on large-print letters and callback service for older customers; no person",
        frm="Rheinauen Press Office <presse@rheinauen.example>",
        to="newsdesk@insurance-monitor.example",
        subject="Press release: Rheinauen offers large-print letters to all customers",
        date="2025-04-01 10:00",
        body="""PRESS RELEASE

Rheinauen offers large-print letters to all customers

Düsseldorf, 1 April 2025 - From today, every customer of Rheinauen Versicherungsgruppe can ask
for all letters in large print (16 point). The service is free and covers all lines, from
car insurance to private pensions. Customers can also ask for a personal callback instead of
waiting in the phone queue.

"Many of our annuitants told us they cannot read our letters without a magnifying glass -
including the form for the annual life certificate," said Ute Kahlenberg, Board member for
customer service. In a pilot in 2024, 1,480 customers used the service.

Braille letters are available on request.

Press contact: Lea Fromm, +49 211 4907-1100, presse@rheinauen.example
""")


def m148():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="reply to a volunteer guardian on surrendering a named ward's life policy (dementia, court approval); base64 body",
        frm="Jörg Haverkamp <leistung-leben@rheinauen.example>",
        to="Ulrich Esch <ulrich.esch@mailbox.example>",
        subject="Kündigung Lebensversicherung L 20-188 022 Ihrer Mutter",
        date="2025-12-03 09:47",
        cte="base64",
        body="""Sehr geehrter Herr Esch,

vielen Dank für Ihre Kündigung der Lebensversicherung L 20-188 022 Ihrer Mutter,
Frau Waltraud Esch, als ihr Betreuer.

Bevor wir den Rückkaufswert (zum 01.01.2026 voraussichtlich 9.214,30 EUR) auszahlen dürfen,
brauchen wir die Genehmigung des Betreuungsgerichts (§ 1854 Nr. 1 BGB) mit
Rechtskraftvermerk. Das gilt auch für Angehörige als ehrenamtliche Betreuer.

Sie schreiben, dass Ihre Mutter wegen ihrer fortschreitenden Demenz inzwischen in den
geschützten Wohnbereich des Heims umgezogen ist und das Geld für die höheren Heimkosten
gebraucht wird. Das Gericht wird das in seiner Entscheidung berücksichtigen; legen Sie
Ihrem Antrag am besten die aktuelle Heimkostenabrechnung bei. Ärztliche Unterlagen brauchen
wir selbst nicht.

Bis zur Genehmigung bleibt der Vertrag unverändert bestehen.

Mit freundlichen Grüßen
Jörg Haverkamp
Leistung Leben
""")


def m149():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-broker",
        reason="trap: broker newsletter with an anonymised case (client moving into a care home) and general advice",
        frm="Rheinauen Broker Info <maklerinfo@rheinauen.example>",
        to="broker-newsletter@maklerinfo.rheinauen.example",
        subject="Broker briefing 11/2025: when a client moves into a care home",
        date="2025-11-12 08:30",
        body="""BROKER BRIEFING - November 2025

Case of the month (anonymised)
A client in her late eighties moves from her flat into a care home. Her son calls the broker
and asks him to "cancel everything". What should happen?

- Home contents: not cancel, but adjust - personal belongings in the care home remain
  insured; reduce the sum insured and report the new address.
- Personal liability: keep - care homes often ask residents to have it.
- Motor: cancel once the car is sold or deregistered; check who can take over the no-claims
  bonus.
- Buildings (if she owns the flat): report vacancy, keep heating on or drain pipes.
- Annuity and funeral plan: keep; make sure the life certificate can be signed by the home
  management and that the attorney is on file.

And always first: is there a power of attorney or guardianship? Without it, the son cannot
cancel anything on his mother's behalf.

Your Rheinauen broker team
""")


def m150():
    return dict(
        label="NORMAL", lang="de", kind="newsletter",
        reason="trap: mass mailing offering driving-safety courses for seniors to motor customers; no personal data",
        frm="Rheinauen Kfz-Service <kfz-news@news.rheinauen.example>",
        to="kfz-kunden@news.rheinauen.example",
        subject="Sicher unterwegs mit 70plus: Fahrsicherheitstraining zum halben Preis",
        date="2025-12-08 07:00",
        body="""Liebe Kundinnen und Kunden,

Autofahren bedeutet Unabhängigkeit - gerade im Alter. Damit das so bleibt, laden wir Sie ein:

Fahrsicherheitstraining "Sicher unterwegs 70plus"
- 4 Stunden auf dem Übungsplatz in Grevenbroich oder Wuppertal, mit dem eigenen Auto
- Bremsen, Ausweichen, toter Winkel, neue Verkehrsregeln, Assistenzsysteme
- kleine Gruppen, kein Test, keine Meldung an Behörden oder an uns
- für Kfz-Kunden der Rheinauen: 59 EUR statt 118 EUR

Termine März bis Oktober 2026, Anmeldung unter www.rheinauen.example/70plus-training
oder telefonisch 0211 4907-5500.

Und wenn Sie eines Tages nicht mehr selbst fahren möchten: Rufen Sie uns an. Wir zeigen
Ihnen, wie Sie Ihren Schadenfreiheitsrabatt an Kinder oder Enkel weitergeben können.

Gute Fahrt!
Ihr Kfz-Service der Rheinauen

Abmelden: www.rheinauen.example/abmelden
""")

# ================================================================ driver

def all_mails():
    out = []
    for i in range(1, 151):
        f = globals().get("m%03d" % i)
        if f is None:
            continue
        out.append((i, f()))
    return out


def write():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for n, m in all_mails():
        msg = build(m, n)
        data = msg.as_bytes(policy=policy.SMTP)
        fn = "d%02d-%04d.eml" % (NN, n)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        for k in ("label", "lang", "kind", "reason"):
            assert "\t" not in m[k] and "\n" not in m[k], (n, k)
        rows.append((fn, m["label"], m["lang"], m["kind"], m["reason"]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    print("wrote %d mails" % len(rows))


# ---------------------------------------------------------------- check

IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "GB": 22, "ES": 24, "CH": 21, "IE": 22, "PT": 25,
            "FR": 27, "IT": 27, "BE": 16, "LU": 20, "PL": 28, "DK": 18}
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_URL = re.compile(r"(?:https?://|www\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)", re.I)
_IBAN_START = re.compile(r"\b([A-Z]{2})(\d{2})(?=[ ]?[A-Z0-9])")


def iban_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def find_ibans(text):
    found = []
    for mo in _IBAN_START.finditer(text):
        cc = mo.group(1)
        if cc not in IBAN_LEN:
            continue
        want = IBAN_LEN[cc]
        s = cc + mo.group(2)
        j = mo.end()
        while len(s) < want and j < len(text):
            ch = text[j]
            if ch.isalnum() and ch.isascii():
                s += ch.upper()
            elif ch == " " and j + 1 < len(text) and text[j + 1].isalnum():
                pass
            else:
                break
            j += 1
        if len(s) == want and not (j < len(text) and text[j].isalnum() and text[j].isascii()):
            found.append(s)
    return found


def _pdf_text(data):
    assert data.startswith(b"%PDF-"), "not a PDF"
    assert b"%%EOF" in data[-32:], "PDF without EOF"
    sx = int(data.rsplit(b"startxref", 1)[1].split()[0])
    assert data[sx:sx + 4] == b"xref", "bad startxref"
    parts = re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data)
    return "\n".join(re.sub(rb"\\(.)", rb"\1", p).decode("cp1252") for p in parts)


def _zip_text(data, name):
    texts = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None, "corrupt zip " + name
        names = z.namelist()
        low = name.lower()
        if low.endswith((".odt", ".ods")):
            assert names[0] == "mimetype", "ODF mimetype not first"
            assert z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        for nm in names:
            b = z.read(nm)
            assert z.getinfo(nm).date_time == ZIP_TS, "zip timestamp"
            if nm.endswith(".xml") or nm.endswith(".rels"):
                root = ET.fromstring(b)
                texts.append(" ".join(t for t in root.itertext()))
            elif low.endswith(".zip"):
                texts.append(_file_text(nm, b))
    return "\n".join(texts)


def _file_text(name, data, charset=None):
    low = name.lower()
    if low.endswith(".pdf"):
        return _pdf_text(data)
    if low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
        return _zip_text(data, name)
    try:
        txt = data.decode(charset or "utf-8")
    except UnicodeDecodeError:
        txt = data.decode("cp1252")
    if low.endswith(".csv"):
        rows = list(csv.reader(io.StringIO(txt), delimiter=";" if txt.count(";") > txt.count(",") else ","))
        assert len(rows) >= 2, "csv too short"
    if low.endswith(".ics"):
        assert txt.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in txt, "bad ics"
    return txt


def check_message(msg, where, texts, addrs):
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        assert msg[h], "%s: missing header %s" % (where, h)
    parsedate_to_datetime(str(msg["Date"]))
    for h in ("From", "To", "Cc", "Reply-To"):
        for a in msg.get_all(h, []):
            addrs.extend(x.addr_spec for x in a.addresses)
    texts.append(str(msg["Subject"]))
    for part in msg.iter_parts() if msg.is_multipart() else [msg]:
        check_part(part, where, texts, addrs)


def check_part(part, where, texts, addrs):
    ct = part.get_content_type()
    if ct == "message/rfc822":
        inner = part.get_content()
        check_message(inner, where + "/rfc822", texts, addrs)
        return
    if part.is_multipart():
        for p in part.iter_parts():
            check_part(p, where, texts, addrs)
        return
    fn = part.get_filename()
    if fn:
        data = part.get_payload(decode=True)
        texts.append(_file_text(fn, data, part.get_content_charset()))
    elif part.get_content_maintype() == "text":
        texts.append(part.get_content())
    else:
        raise AssertionError("%s: unnamed non-text part %s" % (where, ct))


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "labels header"
    rows = [l.split("\t") for l in lines[1:] if l]
    counts = {k: 0 for k in LABELS}
    langs = {}
    files = set()
    for r in rows:
        if len(r) != 5 or not all(r):
            errors.append("bad label row %r" % (r,))
            continue
        files.add(r[0])
        if r[1] not in LABELS:
            errors.append("bad label %r" % r[1])
        else:
            counts[r[1]] += 1
        if r[2] not in ("de", "en", "mixed"):
            errors.append("bad lang %r" % r[2])
        langs[r[2]] = langs.get(r[2], 0) + 1
        if r[4].startswith("trap:") and r[1] != "NORMAL":
            errors.append("%s: trap reason on non-NORMAL" % r[0])
    emls = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    expected = ["d%02d-%04d.eml" % (NN, i) for i in range(1, 151)]
    if emls != expected:
        errors.append("mail files: %d found, expected d%02d-0001..0150" % (len(emls), NN))
    if files != set(expected):
        errors.append("labels.tsv rows do not match files (%d rows)" % len(rows))
    if counts != {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}:
        errors.append("label counts %r" % counts)
    n_iban = n_att = 0
    ids = set()
    for fn in emls:
        raw = open(os.path.join(OUT, fn), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("%s: not pure CRLF" % fn)
        if max(len(l) for l in raw.split(b"\r\n")) > 998:
            errors.append("%s: line longer than 998" % fn)
        try:
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            if msg.defects:
                errors.append("%s: defects %r" % (fn, msg.defects))
            mid = str(msg["Message-ID"])
            if mid in ids:
                errors.append("%s: duplicate Message-ID" % fn)
            ids.add(mid)
            texts, addrs = [], []
            check_message(msg, fn, texts, addrs)
            n_att += sum(1 for p in msg.walk() if p.get_filename())
            for a in addrs:
                if not a.lower().endswith(".example"):
                    errors.append("%s: address %s" % (fn, a))
            blob = "\n".join(texts)
            for d in _EMAIL.findall(blob) + _URL.findall(blob):
                if not d.lower().endswith(".example"):
                    errors.append("%s: domain %s" % (fn, d))
            for ib in find_ibans(blob):
                n_iban += 1
                if not iban_ok(ib):
                    errors.append("%s: IBAN checksum %s" % (fn, ib))
        except Exception as e:  # noqa
            errors.append("%s: %s: %s" % (fn, type(e).__name__, e))
    print("mails: %d   labels: %s   langs: %s" % (len(emls), counts, dict(sorted(langs.items()))))
    print("attachments checked: %d   IBANs validated: %d" % (n_att, n_iban))
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    write()
