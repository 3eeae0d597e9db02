#!/usr/bin/env python3
"""Siegel test corpus dev105 - small business owners as customers of a German insurer.

Every mail is written by hand in its own function m001 ... m150. The helpers below only
turn that content into MIME messages and attachment files (fixed dates, Message-IDs,
boundaries and ZIP timestamps, so the output is byte-identical on every run).

    python make_corpus.py           writes mails/d105-0001.eml ... and labels.tsv
    python make_corpus.py --check   re-parses and validates everything
"""
import csv
import datetime as _dt
import email.utils
import io
import os
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from xml.sax.saxutils import escape as _xesc
from xml.etree import ElementTree as _ET

NN = "105"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
ZIP_TS = (2024, 9, 1, 12, 0, 0)
DOM = "zunftkasse.example"
COUNTS = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
# deliberately invalid IBANs (negative API test case in d105-0094); the check expects them to FAIL
INVALID_IBANS = {"DE00000000000000000000"}

SIG_KROEGER = """\
--
Sabine Kröger
Firmenkunden Sach / Gewerbe
Zunftkasse Versicherung AG
Ständeplatz 11, 34117 Kassel
Tel. 0561 7788-2140
s.kroeger@zunftkasse.example"""

SIG_WENDT = """\
Mit freundlichen Grüßen

Dr. Helga Wendt
Leistungsprüfung Berufsunfähigkeit
Zunftkasse Lebensversicherung AG
Ständeplatz 11, 34117 Kassel
Tel. 0561 7788-3310 | Fax 0561 7788-3399"""

SIG_OWENS = """\
Kind regards,
Rachel Owens
International Desk - Commercial Customers
Zunftkasse Versicherung AG | Ständeplatz 11 | 34117 Kassel | Germany
+49 561 7788-2190 | r.owens@zunftkasse.example"""

DISCLAIMER = """\
Zunftkasse Versicherung AG, Sitz Kassel, Amtsgericht Kassel HRB 90105
Vorstand: Dr. Jörg Landgrebe (Vors.), Petra Hollenbach, Malte Siebert
Aufsichtsratsvorsitzender: Heinrich Vössing
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""

DISCLAIMER_EN = """\
Zunftkasse Versicherung AG, registered office Kassel, Local Court Kassel HRB 90105.
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this e-mail."""


# ---------------------------------------------------------------- attachments
def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines, title="Dokument"):
    """Simple text PDF (Helvetica, WinAnsi), 52 lines a page."""
    pages = [lines[i:i + 52] for i in range(0, max(len(lines), 1), 52)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    info = "<< /Title (%s) /Producer (Zunftkasse DMS 4.2) /CreationDate (D:20240901120000+02'00') >>" % _pdf_esc(title)
    objs.append(info.encode("cp1252", "replace"))
    for i, pg in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "13 TL", "56 790 Td"]
        for ln in pg:
            ops.append("(%s) Tj T*" % _pdf_esc(ln))
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252", "replace")
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * i)).encode())
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def docx_bytes(paras):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xesc(p) for p in paras)
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet="Tabelle1"):
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _xesc(str(v))))
        xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xesc(sheet))
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:office-value="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"')


def _odf(mime, inner):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, inner))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                stored_first="mimetype")


def odt_bytes(paras):
    inner = "<office:text>%s</office:text>" % "".join("<text:p>%s</text:p>" % _xesc(p) for p in paras)
    return _odf("application/vnd.oasis.opendocument.text", inner)


def ods_bytes(rows, sheet="Tabelle1"):
    xr = "".join("<table:table-row>%s</table:table-row>" % "".join(
        '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _xesc(str(v)) for v in row)
        for row in rows)
    inner = '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>' % (_xesc(sheet), xr)
    return _odf("application/vnd.oasis.opendocument.spreadsheet", inner)


def csv_text(rows, sep=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue()


# attachment constructors: (maintype, subtype, filename, payload, extra)
def PDF(name, lines, title=None):
    return ("application", "pdf", name, pdf_bytes(lines, title or name), {})


def OCTET(name, data):
    return ("application", "octet-stream", name, data, {})


def DOCX(name, paras):
    return ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document", name, docx_bytes(paras), {})


def XLSX(name, rows, sheet="Tabelle1"):
    return ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", name, xlsx_bytes(rows, sheet), {})


def ODT(name, paras):
    return ("application", "vnd.oasis.opendocument.text", name, odt_bytes(paras), {})


def ODS(name, rows, sheet="Tabelle1"):
    return ("application", "vnd.oasis.opendocument.spreadsheet", name, ods_bytes(rows, sheet), {})


def CSV(name, rows, charset="utf-8", sep=";", mstype="text/csv"):
    data = csv_text(rows, sep).encode(charset)
    mt, st = mstype.split("/")
    return (mt, st, name, data, {"charset": charset} if mt == "text" else {})


def ICS(name, text):
    return ("text", "calendar", name, text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"), {"method": "REQUEST", "charset": "utf-8"})


def HTMLATT(name, html):
    return ("text", "html", name, html.encode("utf-8"), {"charset": "utf-8"})


def TXT(name, text, charset="utf-8"):
    return ("text", "plain", name, text.encode(charset), {"charset": charset})


def ZIP(name, members):
    """members: list of attachment tuples (their filename and payload are used)."""
    mem = []
    for a in members:
        data = a[3]
        if isinstance(data, EmailMessage):
            data = data.as_bytes(policy=policy.SMTP)
        mem.append((a[2], data))
    return ("application", "zip", name, _zip(mem), {})


def EML(inner):
    return ("message", "rfc822", None, inner, {})


# ---------------------------------------------------------------- messages
def _last_sunday(year, month):
    d = _dt.date(year, month, 31)
    return d - _dt.timedelta(days=(d.weekday() + 1) % 7)


def _berlin(naive):
    """Attach the German offset (CET/CEST) to a naive local time."""
    summer = _last_sunday(naive.year, 3) <= naive.date() < _last_sunday(naive.year, 10)
    return naive.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=2 if summer else 1)))


def _date(n, d=None):
    if d:
        return _berlin(_dt.datetime.strptime(d, "%Y-%m-%d %H:%M"))
    # fallback: deterministic spread over office hours, September to December 2024
    x = _dt.datetime(2024, 9, 2, 7, 41) + _dt.timedelta(days=(n * 37) % 110, minutes=(n * 97) % 600)
    if x.weekday() >= 5:
        x += _dt.timedelta(days=7 - x.weekday())
    return _berlin(x)


def _fill(msg, body, html, charset, cte, flowed):
    if body is not None and html is not None:
        msg.set_content(body, charset=charset, cte=cte)
        msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(body, charset=charset, cte=cte)
        if flowed:
            msg.set_param("format", "flowed")


def inner_mail(frm, to, subject, body, date, cc=None, html=None, atts=(), charset="utf-8",
               cte="quoted-printable", msgid=None):
    """A message written by someone else (for message/rfc822 forwards)."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid or "<%s@%s>" % (re.sub(r"\W", "", date)[:20], frm.split("@")[-1].strip(">"))
    m["MIME-Version"] = "1.0"
    _fill(m, body, html, charset, cte, False)
    for a in atts:
        _attach(m, a)
    return m


def _attach(msg, a):
    mt, st, name, data, extra = a
    if mt == "message":
        msg.add_attachment(data)
        return
    if mt == "text":
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name, cte="base64" if st == "calendar" else "quoted-printable")
        part = msg.get_payload()[-1]
        for k, v in extra.items():
            part.set_param(k, v)
    else:
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)


REGISTRY = []


def M(n, label, lang, kind, reason, frm, to, subject, body=None, html=None, cc=None, atts=(),
      charset="utf-8", cte="quoted-printable", flowed=False, headers=None, d=None):
    assert label in COUNTS, label
    assert lang in ("de", "en", "mixed"), lang
    msg = EmailMessage(policy=policy.SMTP)
    d = _date(n, d)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(d)
    msg["Message-ID"] = "<%s.d%s-%04d@%s>" % (d.strftime("%Y%m%d%H%M%S"), NN, n, DOM)
    for k, v in (headers or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    _fill(msg, body, html, charset, cte, flowed)
    for a in atts:
        _attach(msg, a)
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_zk%s_%04d_%d" % (NN, n, i))
            i += 1
    return dict(n=n, label=label, lang=lang, kind=kind, reason=reason, msg=msg)


# ================================================================ the mails
def m001():
    return M(1, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "BU claim of a master baker: baker's asthma, lung function test, pneumologist report requested",
             "Dr. Helga Wendt <h.wendt@zunftkasse.example>",
             "Jürgen Hufnagel <baeckerei.hufnagel@t-mail.example>",
             "Ihr Leistungsantrag Berufsunfähigkeit – LV 80-2231945",
             """\
Sehr geehrter Herr Hufnagel,

vielen Dank für Ihren Leistungsantrag vom 28.08. und das ausführliche Telefonat am Freitag.

Damit wir Ihren Antrag zügig prüfen können, benötigen wir noch folgende Unterlagen:

1. den Befundbericht von Frau Dr. Ebeling (Pneumologie) inkl. der Lungenfunktionsprüfung
   und des Provokationstests mit Weizenmehl vom Juli,
2. den Bericht der Berufsgenossenschaft zur Berufskrankheit (BK 4301), sofern bereits vorliegend,
3. eine Tätigkeitsbeschreibung Ihrer Arbeit in der Backstube vor Eintritt der Beschwerden
   (bitte mit prozentualer Aufteilung: Teig herstellen, Ofen, Verkauf, Büro, Einkauf).

Zum letzten Punkt: Da Sie selbständig sind, prüfen wir auch, ob eine Umorganisation des Betriebs
möglich und zumutbar ist. Sie schrieben, dass Ihre Frau den Laden inzwischen allein führt und
die Backwaren seit September von der Bäckerei Rohde zugekauft werden – das hilft uns bei der
Einschätzung, bitte legen Sie dazu kurz dar, welche Aufgaben Sie trotz des Asthmas und unter
dem Salbutamol-Spray noch selbst übernehmen können.

Eine Schweigepflichtentbindung für Frau Dr. Ebeling liegt uns bereits vor.

""" + SIG_WENDT, d="2024-09-02 10:14")


def m002():
    return M(2, "NORMAL", "de", "newsletter",
             "trap: bakers' guild newsletter on flour dust, baker's asthma statistics and skin protection, no person",
             "Ole Brandt <o.brandt@zunftkasse.example>",
             "Risk Engineering Gewerbe <risk-gewerbe@zunftkasse.example>",
             "WG: Innungsbrief 09/2024 – Mehlstaub, Hautschutz, Ausbildungsbeginn",
             """\
Moin zusammen,

fürs Regal – der Abschnitt zu Mehlstaub ist für unsere Besichtigungen bei Bäckereien ganz
brauchbar (Absaugung an Knetmaschine, Mehl nicht mehr "schütten").

Gruß Ole

-------- Weitergeleitete Nachricht --------
Betreff: Innungsbrief 09/2024 – Mehlstaub, Hautschutz, Ausbildungsbeginn
Datum: Mon, 2 Sep 2024 06:12:40 +0200
Von: Bäcker-Innung Nordhessen <info@baeckerinnung-nordhessen.example>
An: Mitglieder und Fördermitglieder

BÄCKER-INNUNG NORDHESSEN – INNUNGSBRIEF 09/2024

1) Mehlstaub bleibt Thema Nr. 1
Das Bäckerasthma ist nach wie vor eine der häufigsten anerkannten Berufskrankheiten im
Lebensmittelhandwerk. Die BG weist darauf hin, dass staubarmes Arbeiten die Zahl der
Neuerkrankungen deutlich senkt:
 - Mehl aus geringer Höhe einschütten, nicht werfen
 - staubarmes Trennmehl verwenden
 - Knetmaschinen mit Deckel bzw. Absaugung
 - Kehren verboten – Industriesauger Staubklasse M
Den Flyer "Staubarm backen" erhalten Sie kostenlos in der Geschäftsstelle.

2) Hautschutz in Verkauf und Backstube
Handekzeme machen ca. ein Drittel der Verdachtsanzeigen aus. Bitte den Hautschutzplan
sichtbar aushängen (Vorlage unter www.baeckerinnung-nordhessen.example/hautschutz).

3) Ausbildungsbeginn 1. August
Die Innung begrüßt 23 neue Auszubildende im Bäcker- und 31 im Verkaufshandwerk.
Die überbetriebliche Lehrlingsunterweisung (ÜLU) Block 1 beginnt am 14.10.

4) Termine
 - 26.09. Obermeistertagung
 - 10.10. Infoabend "Betriebsübergabe und Nachfolge" mit der Kreishandwerkerschaft
 - 05.11. Brotprüfung in der Berufsschule

Ihre Geschäftsstelle
Bäcker-Innung Nordhessen · Kölnische Str. 51 · 34117 Kassel
""", d="2024-09-02 11:37")


def m003():
    return M(3, "CONFIDENTIAL", "de", "insurer-to-customer",
             "restaurant kitchen fire, contents claim of a sole trader with claim number, nobody hurt",
             "Sabine Kröger <s.kroeger@zunftkasse.example>",
             "Trattoria Da Pino <info@dapino-kassel.example>",
             "Schaden S-24-0918832 – Fettbrand Küche vom 06.09.2024",
             """\
Sehr geehrter Herr Esposito,

danke für Ihre schnelle Schadenmeldung. Gut, dass bei dem Fettbrand niemand verletzt wurde
und die Feuerwehr nur die Küche räumen musste.

Ihr Vertrag GS-7120-448813 (Inhaltsversicherung Gastronomie inkl. Betriebsunterbrechung)
ist betroffen; wir haben den Schaden unter der Nummer S-24-0918832 angelegt.

Für die Regulierung brauchen wir bitte:
- Rechnung bzw. Kaufbeleg des Kombidämpfers (Sie schrieben Baujahr 2019)
- Fotos der Dunstabzugshaube und der Fritteuse
- Nachweis der letzten Reinigung der Abluftanlage (Wartungsprotokoll)
- die Umsätze der letzten 12 Monate monatsweise (für die Betriebsunterbrechung; die Zahlen
  kann auch Ihr Steuerbüro direkt schicken)

Der Sachverständige, Herr Kessler, meldet sich morgen bei Ihnen für einen Termin vor Ort.
Bitte entsorgen Sie beschädigte Geräte erst nach seiner Besichtigung.

Mit freundlichen Grüßen

""" + SIG_KROEGER + "\n\n" + DISCLAIMER, d="2024-09-09 08:52")


def m004():
    return M(4, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "pub guest fell on cellar stairs, fractured ankle, surgery; public liability claim with guest's injuries",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Siobhan Gallagher <siobhan@crookedanchor.example>",
             "RE: guest fell on the stairs - claim S-24-1003417",
             """\
Dear Ms Gallagher,

thank you for your e-mail and for the photos of the staircase down to the toilets.

We have opened the claim under your public liability cover (policy GH-3390-120775).
According to the letter from Mr Tjarks' lawyer, Mr Henrik Tjarks suffered a fracture of the
right ankle (bimalleolar) on 14 September, was operated on at the Klinikum Altona on
16 September (plates and screws) and will be unable to work for about eight weeks.
His lawyer is claiming pain and suffering plus loss of earnings.

Before we can say anything about liability we need:
- the name of the staff member who was on shift and saw the fall
- whether the stair light was working that evening (you mentioned a faulty motion sensor)
- your cleaning log for that Saturday
- the CCTV clip, if there is one

Please do not discuss liability with Mr Tjarks or his lawyer directly and do not
promise any payment - we will handle all correspondence from here.

""" + SIG_OWENS,
             flowed=True, cte="8bit",
             headers={"In-Reply-To": "<CAK7f3a9Qe@crookedanchor.example>"}, d="2024-09-24 16:05")


def m005():
    return M(5, "NORMAL", "en", "insurer-to-partner",
             "trap: aggregated hospitality loss statistics for the reinsurer (fires, slips, BI days), no person",
             "Frank Dietz <f.dietz@zunftkasse.example>",
             "Lukas Mäder <lukas.maeder@balticre.example>",
             "Hospitality portfolio - loss figures 2021-2023 for the treaty renewal",
             """\
Hi Lukas,

as discussed in Hamburg, here are the aggregated figures for our small-hospitality book
(restaurants, cafés, pubs, snack bars; sum insured contents < EUR 500k). Individual
claims are not in the file - the large-loss list follows separately with the usual
anonymisation (no names, postcode area only).

                                   2021    2022    2023
Risks in force                    4,812   5,106   5,390
Fire claims (kitchen/fat fires)      61      74      69
  thereof with BI > 30 days           9      14      11
Water damage                        188     203     221
Burglary                             97     121     133
Public liability - bodily injury    142     167     158
  slips/trips of guests              88     102      97
  food-related illness               11      16      13
Owner-absence BI (illness clause)    n/a     23      41

The "owner-absence" line is the new add-on we launched in 2022 (max. 90 days, 21-day
waiting period). The frequency is higher than priced; we'll explain this on the call.

Best,
Frank

Frank Dietz
Betriebsunterbrechung / Business Interruption
Zunftkasse Versicherung AG
""", d="2024-09-05 14:20")


def m006():
    return M(6, "CONFIDENTIAL", "de", "broker",
             "broker request for commercial liability of an electrician GmbH: turnover, payroll, named managing director",
             "Murat Yıldız <m.yildiz@zunftkasse.example>",
             "Sabine Kröger <s.kroeger@zunftkasse.example>",
             "WG: Anfrage BHV Elektro Krause GmbH – bitte bis Do. kalkulieren",
             """\
Hallo Sabine,

kannst du das bitte bis Donnerstag rechnen? Feldmann ist ein guter Makler, will den Kunden
unbedingt von der Konkurrenz rüberholen. Vorvertrag läuft zum 01.01. aus.

Danke & Gruß
Murat

-----Ursprüngliche Nachricht-----
Von: Rüdiger Feldmann <r.feldmann@feldmann-makler.example>
Gesendet: Dienstag, 10. September 2024 16:48
An: Murat Yıldız <m.yildiz@zunftkasse.example>
Betreff: Anfrage BHV Elektro Krause GmbH

Hallo Herr Yıldız,

wie besprochen die Eckdaten für die Betriebshaftpflicht:

Firma:            Elektro Krause GmbH, Lossestraße 27, 34123 Kassel
Geschäftsführer:  Dennis Krause (Elektrotechnikermeister), Tel. 0171 5520914
Tätigkeit:        Elektroinstallation, PV-Anlagen bis 30 kWp, Wallboxen, E-Check
Mitarbeiter:      8 Gesellen, 2 Azubis, 1 Bürokraft (Frau Krause, 20 Std.)
Umsatz 2023:      1.240.000 € netto
Lohnsumme 2023:   486.000 €
Vorschäden:       2022 Kabelbrand bei Kunde, 14.300 € (Vorversicherer), sonst schadenfrei

Gewünscht: 5 Mio. pauschal, Bearbeitungsschäden, Schlüsselverlust, Mietsachschäden,
Auslandsdeckung Österreich (Baustelle in Salzburg ab März).

Bitte auch ein Angebot für die Inhaltsversicherung Werkstatt + Lager (VS 180.000 €).

Viele Grüße
Rüdiger Feldmann
Assekuranzmakler Feldmann e.K. · Wolfhager Str. 150 · 34127 Kassel
""", d="2024-09-11 09:03")


def m007():
    return M(7, "STRICTLY_CONFIDENTIAL", "de", "doctor",
             "dermatologist's report on a hairdresser (contact eczema, patch test) only in the PDF attachment; body says only 'Befund anbei'",
             "Dr. Helga Wendt <h.wendt@zunftkasse.example>",
             "Gutachtenstelle <gutachten@med-gutachten-nord.example>",
             "Auftrag 24-177 – Befund anbei",
             """\
Sehr geehrte Damen und Herren,

zu unserem Gutachtenauftrag 24-177 (BU, Frau Vogt) erhalten Sie anbei den Befund des
behandelnden Hautarztes zur Kenntnis.

""" + SIG_WENDT,
             atts=[PDF("Befund_Dr_Kaya_Vogt.pdf", [
                 "Hautarztpraxis Dr. med. Yusuf Kaya",
                 "Fachärztin/Facharzt für Dermatologie und Allergologie",
                 "Königsplatz 40, 34117 Kassel",
                 "",
                 "Befundbericht zur Vorlage bei der Zunftkasse Lebensversicherung AG",
                 "",
                 "Patientin: Nadine Vogt, geb. 03.05.1988, Friseurmeisterin",
                 "Behandlung seit: 11/2022",
                 "",
                 "Diagnosen:",
                 "  L23.5 G  Allergische Kontaktdermatitis durch Chemikalien (Friseurstoffe)",
                 "  L20.8 G  Atopisches Ekzem der Hände",
                 "",
                 "Epikutantest (DKG Standardreihe + Friseurreihe) vom 14.02.2024:",
                 "  Ammoniumpersulfat ++ (72 h), p-Phenylendiamin +++ (72 h),",
                 "  Glycerylthioglykolat + , Nickel(II)-sulfat negativ",
                 "",
                 "Verlauf: Trotz konsequentem Handschuhtragen rezidivierende, nässende",
                 "Ekzeme beider Hände mit Rhagaden. Kortisonhaltige Externa (Mometason)",
                 "intermittierend, zuletzt Alitretinoin 30 mg über 12 Wochen ohne",
                 "anhaltenden Erfolg. Stationäre Heilbehandlung nach § 3 BKV wurde",
                 "im Mai 2024 durchgeführt.",
                 "",
                 "Beurteilung: Aus dermatologischer Sicht ist eine weitere Tätigkeit mit",
                 "Kontakt zu Blondier- und Färbemitteln sowie Feuchtarbeit nicht zumutbar.",
                 "Tätigkeiten ohne Friseurstoffe (Beratung, Kasse, Verwaltung) sind möglich.",
                 "",
                 "Kassel, 22.08.2024",
                 "Dr. med. Y. Kaya"])], d="2024-09-03 13:41")


def m008():
    return M(8, "NORMAL", "de", "insurer-to-broker",
             "trap: broker sales newsletter with BU premium examples for model craftsmen (no real person)",
             "Zunftkasse Vertriebsinfo <vertriebsinfo@zunftkasse.example>",
             "Partnermakler <partnermakler@zunftkasse.example>",
             "Vertriebsinfo Handwerk 10/2024: BU für Dachdecker, Friseure & Bäcker – jetzt günstiger",
             """\
VERTRIEBSINFO HANDWERK 10/2024

Liebe Vertriebspartnerinnen und Vertriebspartner,

zum 01.10. senken wir die Beiträge in der Berufsunfähigkeitsversicherung "MeisterSchutz"
für 14 Handwerksberufe. Beispiele (Eintrittsalter 30, BU-Rente 1.500 €, Endalter 67,
Nichtraucher, Zahlbeitrag monatlich):

  Friseur/in (Meister)      bisher 98,40 €   neu 86,10 €
  Bäcker/in                 bisher 91,20 €   neu 84,75 €
  Dachdecker/in             bisher 156,90 €  neu 139,30 €
  Elektroniker/in           bisher 71,60 €   neu 66,05 €

Neu ist außerdem die vereinfachte Gesundheitsprüfung für Azubis im 1. Lehrjahr (nur drei
Fragen, max. 1.000 € Rente) und die Option "Inhaberausfall" in der Betriebsunterbrechung,
die sich mit der BU gut kombinieren lässt.

Alle Unterlagen finden Sie im Partnerportal unter https://partner.zunftkasse.example/handwerk

Ihr Vertriebsteam Handwerk
""",
             html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#8a1c1c">Vertriebsinfo Handwerk 10/2024</h2>
<p>Liebe Vertriebspartnerinnen und Vertriebspartner,</p>
<p>zum 01.10. senken wir die Beiträge in der Berufsunfähigkeitsversicherung
<b>&bdquo;MeisterSchutz&ldquo;</b> für 14 Handwerksberufe. Beispiele (Eintrittsalter 30,
BU-Rente 1.500&nbsp;&euro;, Endalter 67, Nichtraucher, Zahlbeitrag monatlich):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Beruf</th><th>bisher</th><th>neu</th></tr>
<tr><td>Friseur/in (Meister)</td><td>98,40 &euro;</td><td>86,10 &euro;</td></tr>
<tr><td>Bäcker/in</td><td>91,20 &euro;</td><td>84,75 &euro;</td></tr>
<tr><td>Dachdecker/in</td><td>156,90 &euro;</td><td>139,30 &euro;</td></tr>
<tr><td>Elektroniker/in</td><td>71,60 &euro;</td><td>66,05 &euro;</td></tr>
</table>
<p>Neu ist außerdem die vereinfachte Gesundheitsprüfung für Azubis im 1.&nbsp;Lehrjahr
(nur drei Fragen, max. 1.000&nbsp;&euro; Rente) und die Option &bdquo;Inhaberausfall&ldquo;
in der Betriebsunterbrechung.</p>
<p><a href="https://partner.zunftkasse.example/handwerk">Zum Partnerportal</a></p>
<p>Ihr Vertriebsteam Handwerk</p>
</body></html>
""", d="2024-09-26 07:30")


def m009():
    return M(9, "CONFIDENTIAL", "en", "insurer-to-customer",
             "food truck owner (sole trader): generator stolen from truck, policy and plate number",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Joe Miller <joe@smokeyjoes-bbq.example>",
             "RE: generator stolen!!",
             """\
Hi Joe,

sorry to hear that. I've logged the theft as claim S-24-1011290 under your food truck
policy (contents incl. equipment in the vehicle, GS-7155-302118, truck F-JM 482).

Two things I need before we can pay:
1. the police report number (Polizeirevier Frankfurt-Sachsenhausen, you said Saturday night)
2. proof of purchase for the Honda generator - a photo of the invoice or your bank statement
   is fine

Important: the policy only covers theft from the locked truck or a locked storage unit.
You wrote the generator was "chained to the truck" - can you send a picture of where/how
it was chained?

""" + SIG_OWENS + """

-----Original Message-----
From: Joe Miller <joe@smokeyjoes-bbq.example>
Sent: Monday, September 16, 2024 7:02 AM
To: Rachel Owens <r.owens@zunftkasse.example>
Subject: generator stolen!!

Rachel someone cut the chain and took my generator at the Mainufer lot over the weekend.
Cant run the smoker without it, I have the Bockenheim market wednesday. What do I do??
Joe
""", d="2024-09-16 09:48")


def m010():
    return M(10, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "accident insurance: carpenter lost finger parts at a table saw, disability by limb table",
             "Lea Hoffmann <l.hoffmann@zunftkasse.example>",
             "Tobias Lindner <info@schreinerei-lindner.example>",
             "Unfallversicherung UV 61-0049127 – Ihr Unfall vom 19.06.2024",
             """\
Sehr geehrter Herr Lindner,

der Abschlussbericht der BG Klinik liegt uns jetzt vor. Danach wurden bei dem Unfall an der
Formatkreissäge am 19.06.2024 der Zeigefinger links im Mittelgelenk und der Mittelfinger
links im Endgelenk amputiert; die Stümpfe sind verheilt, die Beweglichkeit des Ringfingers
ist durch die Sehnenverletzung leicht eingeschränkt.

Nach der Gliedertaxe Ihres Vertrags ergibt sich vorläufig:
  Zeigefinger (Verlust im Mittelgelenk, 2/3 von 10 %)     6,67 %
  Mittelfinger (Verlust im Endgelenk, 1/3 von 5 %)          1,67 %
  Ringfinger Funktionsbeeinträchtigung (1/5 von 5 %)        1,00 %
  Invaliditätsgrad gesamt                                  9,34 %

Bei einer Grundsumme von 150.000 € und der Progression 350 % (bis 25 % keine Steigerung)
zahlen wir 14.010,00 € Invaliditätsleistung. Die Zahlung geht in den nächsten Tagen auf das
bei uns hinterlegte Konto.

Die Leistung aus der Betriebsunterbrechungsversicherung für die sieben Wochen, in denen die
Werkstatt stand, bearbeitet Herr Dietz separat.

Eine endgültige Bemessung können Sie oder wir innerhalb von drei Jahren nach dem Unfall
verlangen.

Mit freundlichen Grüßen

Lea Hoffmann
Leistung Unfall
Zunftkasse Versicherung AG
""", d="2024-09-12 15:22")


def m011():
    return M(11, "NORMAL", "de", "internal",
             "trap: IT ticket about a broken letter template 'krankheitsbedingte Betriebsschließung', placeholders only",
             "IT-Servicedesk <servicedesk@zunftkasse.example>",
             "Frank Dietz <f.dietz@zunftkasse.example>",
             "[INC-0448172] Vorlage BU_Inhaberausfall_Anschreiben – Platzhalter werden nicht ersetzt",
             """\
Hallo Herr Dietz,

Ihr Ticket INC-0448172 wurde aktualisiert.

Status: In Bearbeitung (2nd Level Korrespondenz)

Beschreibung (Ihre Meldung):
> In der Vorlage "BU_Inhaberausfall_Anschreiben.dotx" werden seit dem Update am Montag die
> Felder «Name_Inhaber», «Erkrankt_seit» und «Karenz_Ende» nicht mehr gefüllt, im PDF steht
> dann wörtlich "Sehr geehrte(r) «Anrede» «Name_Inhaber», wegen Ihrer Erkrankung seit
> «Erkrankt_seit» ist Ihr Betrieb geschlossen...". Betrifft alle Vorlagen der Gruppe
> Betriebsunterbrechung/Inhaberausfall.

Kommentar 2nd Level (T. Gerlach):
Ursache ist das umbenannte Datenfeld im Bestandssystem (INH_NAME -> INHABER_NAME). Fix ist
gebaut und geht heute Abend mit dem Release 24.37.2 raus. Bitte bis dahin keine Briefe aus
der Vorlagengruppe erzeugen bzw. vor dem Versand prüfen.

Mit freundlichen Grüßen
Ihr IT-Servicedesk
Durchwahl 4444
""", d="2024-09-18 10:55")


def m012():
    return M(12, "CONFIDENTIAL", "de", "insurer-to-customer",
             "florist (sole trader) shop window broken, glass claim paid to her IBAN",
             "Claudia Neumaier <kundenservice@zunftkasse.example>",
             "Blumen Marx <blumen-marx@web-post.example>",
             "Glasbruch Schaufenster – Zahlung Schaden S-24-1020551",
             """\
Sehr geehrte Frau Marx,

wir haben die Rechnung der Glaserei Heupel über 2.386,50 € (Schaufensterscheibe VSG 8 mm,
Notverglasung und Austausch) geprüft und übernehmen sie vollständig.

Vertrag: GS-7108-220974 (Glasversicherung Geschäft)
Schaden: S-24-1020551
Zahlung: 2.386,50 € an Ute Marx, IBAN DE25 3704 0044 4492 1876 59
Wertstellung: voraussichtlich 27.09.2024

Eine Selbstbeteiligung ist in der Glasversicherung nicht vereinbart.

Freundliche Grüße
Claudia Neumaier
Kundenservice
Zunftkasse Versicherung AG · Tel. 0561 7788-0
""",
             charset="windows-1252", cte="quoted-printable", d="2024-09-25 11:09")


def m013():
    return M(13, "STRICTLY_CONFIDENTIAL", "en", "customer",
             "courier owner's stroke, cannot drive for months, asks for daily sickness benefit and owner-absence BI; forwarded to health claims",
             "Claudia Neumaier <kundenservice@zunftkasse.example>",
             "Leistung Kranken <leistung-kranken@zunftkasse.example>",
             "WG: daily allowance + business cover - Adam Nowak, Swift Cargo",
             """\
Liebe Kolleginnen,

zuständigkeitshalber zur Bearbeitung (KT-Vertrag KV 55 301 778-2). Das Thema
Betriebsunterbrechung/Inhaberausfall habe ich parallel an Herrn Dietz gegeben.
Kunde schreibt nur Englisch, bitte ggf. über Frau Owens antworten.

Gruß C. Neumaier

---------- Forwarded message ---------
From: Adam Nowak <adam@swiftcargo-kassel.example>
Date: Tue, 1 Oct 2024 at 21:14
Subject: daily allowance + business cover
To: <kundenservice@zunftkasse.example>

Hello,

my name is Adam Nowak, I have the courier company Swift Cargo (3 vans, 4 drivers) and I am
insured with you for health with the daily allowance and also the business policy.

On 12 September I had a stroke while I was loading the van. I was in hospital in the
Klinikum for 9 days (stroke unit) and now I am in rehab in Bad Wildungen until end of
October. Left arm is still weak and the doctors say no driving for at least 3 months, maybe
more. My wife and my brother Tomasz are trying to keep the company running but we lost two
big customers already because I did all the dispatching myself.

What do I need to send for the daily money? I have the hospital letter and the sick notes
from Dr. Schäfer. And does the business policy pay when the boss is sick? The broker said
something about "Inhaberausfall" when I signed.

Thank you
Adam Nowak
Swift Cargo Lieferservice
0176 22019843
""", d="2024-10-02 08:31")


def m014():
    return M(14, "NORMAL", "en", "insurer-to-supplier",
             "trap: order of first-aid kits, burn gel and eye wash for the insurer's own canteen after a price offer",
             "Facility Management <facility@zunftkasse.example>",
             "Sales Team <sales@safetyfirst-supplies.example>",
             "PO 4500387712 - first aid kits / your quote Q-24-0917",
             """\
Hello,

based on your quote Q-24-0917 of 17 September we order the following for our head office
canteen and the print room in Kassel:

Pos  Item                                          Qty   Unit price   Total
10   First aid kit DIN 13157, wall cabinet          4    EUR  48.90   EUR 195.60
20   Burn gel dressing 10x10 cm (pack of 10)        6    EUR  21.40   EUR 128.40
30   Eye wash station 2x500 ml, pH neutral          2    EUR  39.00   EUR  78.00
40   Blood-stopper bandage, medium (pack of 5)      4    EUR   9.80   EUR  39.20
50   Accident report book A5                        5    EUR   4.50   EUR  22.50
                                                              Net    EUR 463.70

Delivery address: Zunftkasse Versicherung AG, Goods receiving, Gate 3, Ständeplatz 11,
34117 Kassel. Please quote the PO number on the delivery note and invoice.
Invoices to rechnungseingang@zunftkasse.example (PDF only).

Payment terms as agreed: 30 days net.

Regards
Marco Stiehl
Facility Management
Zunftkasse Versicherung AG
""", d="2024-09-19 13:02")


def m015():
    return M(15, "CONFIDENTIAL", "de", "insurer-to-broker",
             "portfolio overview of a café owner (sole trader) for the broker, contracts and premiums only in the XLSX",
             "Sabine Kröger <s.kroeger@zunftkasse.example>",
             "Holger Weber <h.weber@weber-partner.example>",
             "Bestandsübersicht Café Kaffeeklatsch / Schulz",
             """\
Hallo Herr Weber,

wie gewünscht die Bestandsübersicht Ihrer Kundin für das Jahresgespräch, siehe Anlage.
Drin sind wie immer nur die Verträge der Sachgesellschaft, Stand heute, inkl.
Schadenzahl der letzten drei Jahre.

Viele Grüße aus Kassel
Sabine Kröger
""",
             atts=[XLSX("Bestand_Schulz_Kaffeeklatsch_2024.xlsx", [
                 ["Versicherungsnehmer", "Hanna Schulz, Café Kaffeeklatsch, Obere Königsstr. 8, 34117 Kassel"],
                 ["Vermittler", "Weber & Partner GmbH, VM-Nr. 30-4418"],
                 [],
                 ["Vertrag", "Sparte", "Beginn", "Hauptfälligkeit", "VS / Deckung", "Jahresbeitrag brutto", "Zahlweise", "Schäden 3J"],
                 ["GS-7120-301554", "Inhalt Gastronomie inkl. ED/LW/Sturm", "01.04.2019", "01.04.", "95.000 €", 1184.30, "jährlich", 1],
                 ["GS-7120-301555", "Betriebsunterbrechung (12 Mon.)", "01.04.2019", "01.04.", "140.000 €", 412.80, "jährlich", 0],
                 ["GH-3390-118802", "Betriebshaftpflicht Gastronomie", "01.04.2019", "01.04.", "3 Mio. pauschal", 336.60, "jährlich", 0],
                 ["GS-7108-190233", "Glas Geschäft", "01.04.2019", "01.04.", "Neuwert", 148.20, "jährlich", 1],
                 [],
                 ["Summe", "", "", "", "", 2081.90, "", ""],
             ], sheet="Bestand")], d="2024-09-20 15:47")


def m016():
    return M(16, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "café owner's daily sickness allowance after a slipped disc; daughter runs the café meanwhile",
             "Jana Pfeiffer <j.pfeiffer@zunftkasse.example>",
             "Hanna Schulz <hanna.schulz@kaffeeklatsch-kassel.example>",
             "Krankentagegeld KV 55 204 119-0 – Folgebescheinigung",
             """\
Sehr geehrte Frau Schulz,

die Arbeitsunfähigkeitsbescheinigung von Herrn Dr. Lamprecht bis einschließlich 18.10.
(Diagnose M51.1 G, lumbaler Bandscheibenvorfall L4/5 mit Radikulopathie) haben wir erhalten.
Für den Zeitraum 23.09. bis 18.10.2024 zahlen wir 26 Tage x 95,00 € = 2.470,00 €.

Kurz zu Ihrer Frage am Telefon: Dass Ihre Tochter Lena das Café während Ihrer
Arbeitsunfähigkeit weiterführt, ist kein Problem für das Krankentagegeld, solange Sie selbst
nicht mitarbeiten – auch nicht "nur mal kurz an der Kasse". Schreibtischarbeit wie die
Dienstpläne bitte ebenfalls erst wieder nach Rücksprache mit uns bzw. Ihrem Arzt.

Falls die geplante Operation im Klinikum Kassel-Nord stattfindet, schicken Sie uns bitte
den Entlassbericht; die stationäre Behandlung rechnet das Krankenhaus direkt mit uns ab.

Gute Besserung!

Mit freundlichen Grüßen
Jana Pfeiffer
Leistung Krankentagegeld
Zunftkasse Krankenversicherung AG
""", d="2024-10-21 10:33")


def m017():
    return M(17, "NORMAL", "de", "newsletter",
             "trap: hospitality association circular on allergen labelling, IfSG health instruction, minimum wage for seasonal staff",
             "Sabine Kröger <s.kroeger@zunftkasse.example>",
             "Holger Weber <h.weber@weber-partner.example>",
             "WG: Rundschreiben 14/2024 Gastro-Verband – für Ihre Gastro-Kunden",
             html="""\
<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hallo Herr Weber,</p>
<p>vielleicht interessant für Ihre Gastro-Kunden, v.a. Punkt 3 (Saisonkräfte).</p>
<p>Gruß<br>Sabine Kröger</p>
<hr>
<p><b>Von:</b> Gastro-Verband Nordhessen e.V. &lt;rundschreiben@gastro-nordhessen.example&gt;<br>
<b>Gesendet:</b> Mittwoch, 25. September 2024 08:00<br>
<b>Betreff:</b> Rundschreiben 14/2024</p>
<div style="border:1px solid #ccc;padding:10px">
<h3>Rundschreiben 14/2024</h3>
<p><b>1. Allergenkennzeichnung – Kontrollen der Lebensmittelüberwachung</b><br>
Die Kreise kontrollieren im Herbst verstärkt die Kennzeichnung der 14 Hauptallergene bei
loser Ware. Eine schriftliche Allergeninformation muss für Gäste jederzeit einsehbar sein,
mündliche Auskunft genügt nur mit dokumentierter Grundlage. Hauptmängel 2023: Sellerie,
Senf, Schalenfrüchte in Soßen und Dressings.</p>
<p><b>2. Belehrung nach § 43 IfSG</b><br>
Neue Mitarbeitende – auch Aushilfen – brauchen vor Arbeitsantritt die Erstbelehrung durch
das Gesundheitsamt; die Folgebelehrung alle zwei Jahre durch den Betrieb ist zu
dokumentieren. Vorlage im Mitgliederbereich.</p>
<p><b>3. Saisonkräfte und Mindestlohn</b><br>
Kurzfristig Beschäftigte (max. 70 Arbeitstage) sind sozialversicherungsfrei, der Mindestlohn
gilt trotzdem. Kost und Logis dürfen nur nach der Sachbezugsverordnung angerechnet werden.
Bitte Arbeitszeitaufzeichnungen sauber führen – der Zoll prüft in der Branche regelmäßig.</p>
<p><b>4. Seminar „Erste Hilfe im Gastbetrieb“</b><br>
12.11., 9–16 Uhr, Verbandshaus Kassel, 85 € für Mitglieder.
Anmeldung: <a href="https://www.gastro-nordhessen.example/seminare">www.gastro-nordhessen.example/seminare</a></p>
<p>Ihr Gastro-Verband Nordhessen e.V.</p>
</div>
</body></html>
""", d="2024-09-25 09:12")


def m018():
    return M(18, "CONFIDENTIAL", "en", "insurer-to-customer",
             "pub cellar flooded, stock claim of a sole trader with policy number; adjuster visit as ICS",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Siobhan Gallagher <siobhan@crookedanchor.example>",
             "Cellar flood - loss adjuster visit Thursday / claim S-24-1107760",
             """\
Hi Siobhan,

the loss adjuster, Mr Paulsen from Nordgutachter, can come on Thursday 14 November at 10:00.
I've attached an invite. He'll want to see:

- the cellar and the pump sump
- the damaged stock (please keep the kegs and the cases of spirits, don't throw anything out)
- your stock list from the last stocktake and the delivery notes from the brewery
- the invoice for the ice machine

Your policy GS-7120-455102 covers water from the burst pipe, and also the loss of stock.
The backflow from the street drain is a different story - that is only covered under
"Elementar" (natural hazards), which you don't have. Mr Paulsen will check which it was.

""" + SIG_OWENS,
             atts=[ICS("Besichtigung_Crooked_Anchor.ics", """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zunftkasse//Outlook Export//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:20241114T0800Z-S241107760@zunftkasse.example
DTSTAMP:20241111T101500Z
DTSTART:20241114T090000Z
DTEND:20241114T110000Z
SUMMARY:Besichtigung Wasserschaden Keller - The Crooked Anchor (S-24-1107760)
LOCATION:The Crooked Anchor, Hein-Hoyer-Str. 19, 20359 Hamburg
DESCRIPTION:Sachverständiger: Jan Paulsen (Nordgutachter)\\nVN: Siobhan Gallagher\\nVertrag GS-7120-455102
ORGANIZER;CN=Rachel Owens:mailto:r.owens@zunftkasse.example
ATTENDEE;CN=Siobhan Gallagher:mailto:siobhan@crookedanchor.example
ATTENDEE;CN=Jan Paulsen:mailto:paulsen@nordgutachter.example
END:VEVENT
END:VCALENDAR
""")], d="2024-11-11 11:15")


def m019():
    return M(19, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "roofer's BU claim after fall: vertebral fracture, rehab, restructuring test for self-employed",
             "Dr. Helga Wendt <h.wendt@zunftkasse.example>",
             "Stefan Brenner <s.brenner@dachdeckerei-brenner.example>",
             "BU-Leistungsprüfung LV 80-1987702 – Fragen zur Umorganisation Ihres Betriebs",
             """\
Sehr geehrter Herr Brenner,

wir haben inzwischen die Berichte der BG Unfallklinik (LWK-1-Fraktur, S32.01 G, dorsale
Stabilisierung Th12–L2 am 07.05.2024) und den Entlassbericht der Reha-Klinik am Hahnberg
erhalten. Nach dem Reha-Bericht können Sie dauerhaft nicht mehr auf Dächer steigen, keine
Lasten über 10 kg heben und nicht länger als 30 Minuten über Kopf arbeiten. Das Gerüst
ist damit für Sie tabu – daran zweifeln wir nicht.

Weil Sie als Inhaber eines Betriebs mit fünf Beschäftigten versichert sind, müssen wir nach
den Bedingungen (§ 2 Abs. 1 BU-Bedingungen MeisterSchutz) aber prüfen, ob Sie Ihren Betrieb
so umorganisieren können, dass Sie weiter mitarbeiten, ohne gesundheitlich überfordert zu
werden und ohne dass Ihr Einkommen auf Dauer erheblich sinkt. Dazu bitte ich Sie, den
beigefügten Fragebogen auszufüllen. Die wichtigsten Punkte vorab:

1. Wie hat sich Ihre Arbeitszeit vor dem Unfall verteilt (Dach, Aufmaß/Angebote,
   Kundengespräche, Materialeinkauf, Büro/Rechnungen, Ausbildung der Lehrlinge)?
2. Wer hat welche Tätigkeiten seit Mai übernommen? Sie erwähnten Ihren Vorarbeiter
   Herrn Kowalczyk und Ihre Frau, die bisher die Buchhaltung macht.
3. Ist Ihr Sohn (Geselle, Meisterschule ab 2025) bereits fest im Betrieb?
4. Wie haben sich Umsatz und Gewinn 2024 entwickelt? Hier reicht eine formlose Aufstellung
   Ihres Steuerberaters.

Unabhängig davon zahlen wir die vereinbarte Rente von 2.000 € monatlich ab 01.08.2024
zunächst befristet bis 31.07.2025 (§ 173 Abs. 2 VVG), weil die Prüfung der Umorganisation
noch Zeit braucht und Sie nicht so lange ohne Leistung dastehen sollen. Die Beiträge sind
für diesen Zeitraum gestundet bzw. werden erstattet.

Wenn Sie Fragen haben, rufen Sie mich gerne direkt an – das Thema Umorganisation ist für
viele Handwerksmeister neu und klingt schlimmer, als es meistens ist.

""" + SIG_WENDT + "\n\nAnlage: Fragebogen Selbständige (6 Seiten)", d="2024-09-30 14:48")


def m020():
    return M(20, "NORMAL", "de", "internal",
             "trap: training handout on BU restructuring test for self-employed with a fictitious master painter",
             "Dr. Helga Wendt <h.wendt@zunftkasse.example>",
             "Team BU-Leistung <bu-leistung@zunftkasse.example>",
             "Unterlage Teamschulung Do. – Umorganisation bei Selbständigen",
             """\
Liebe Kolleginnen und Kollegen,

anbei die Unterlage für Donnerstag (Raum 3.14, 13:30 Uhr). Das Fallbeispiel ist komplett
ausgedacht – bitte trotzdem nicht an Vermittler rausgeben, da stehen unsere internen
Prüfschritte drin.

Helga
""", atts=[DOCX("Schulung_Umorganisation_Selbstaendige.docx", [
                 "Teamschulung BU-Leistung – Umorganisation bei Selbständigen",
                 "Stand 09/2024 – nur für den internen Gebrauch",
                 "",
                 "1. Voraussetzungen (Prüfschema)",
                 "a) mitarbeitender Betriebsinhaber mit Direktionsrecht",
                 "b) Umorganisation betrieblich sinnvoll und wirtschaftlich zumutbar",
                 "c) keine dauerhafte erhebliche Einkommenseinbuße (Richtwert: mehr als 20 %)",
                 "d) keine Kapitalinvestition in erheblichem Umfang",
                 "e) verbleibendes Tätigkeitsfeld entspricht der Lebensstellung",
                 "f) Kleinstbetriebe (bis 3 Beschäftigte): Umorganisation in der Regel nicht zumutbar",
                 "",
                 "2. Fallbeispiel (fiktiv)",
                 "Malermeister Max Muster (fiktiv), 52 Jahre, 4 Gesellen, 1 Azubi.",
                 "Vor dem Leistungsfall: 60 % Baustelle, 20 % Angebote/Aufmaß, 20 % Büro.",
                 "Gesundheitliche Einschränkung im Beispiel: keine Überkopfarbeit, keine Leitern.",
                 "Frage an die Gruppe: Kann Herr Muster durch Einstellung eines Vorarbeiters",
                 "seinen Anteil an Aufmaß, Kundenakquise und Bauleitung auf 70 % erhöhen?",
                 "",
                 "3. Typische Fehler in der Sachbearbeitung",
                 "- Umorganisation unterstellt, ohne die Betriebszahlen anzufordern",
                 "- Ehepartner im Betrieb als 'kostenlose' Ersatzkraft eingerechnet",
                 "- Beweislast verkannt: Sie liegt für die Umorganisation beim Versicherer",
                 "",
                 "4. Textbausteine: siehe Vorlagengruppe BU_Selbst_01 bis BU_Selbst_07"])],
             d="2024-10-07 16:20")


def m021():
    return M(21, "CONFIDENTIAL", "mixed", "insurer-to-customer",
             "nail studio burglary (sole trader): police file number and owner's IBAN in the quoted customer mail",
             "Claudia Neumaier <kundenservice@zunftkasse.example>",
             "Linh Nguyen <nails.by.linh@gmx-post.example>",
             "AW: Einbruch im Studio / break-in",
             """\
Sehr geehrte Frau Nguyen,
dear Ms Nguyen,

vielen Dank, wir haben alles bekommen. Der Einbruch ist unter der Schadennummer
S-24-1063318 zu Ihrer Inhaltsversicherung GS-7111-508816 angelegt. Die Zahlung für die
gestohlenen Geräte und die Kasse geht auf das Konto, das Sie angegeben haben.

We have received everything. As soon as the locksmith's invoice for the door arrives,
please send it to us as well - the repair of the door is also covered.

Mit freundlichen Grüßen / kind regards
Claudia Neumaier
Kundenservice Zunftkasse

-----Ursprüngliche Nachricht-----
Von: Linh Nguyen <nails.by.linh@gmx-post.example>
Gesendet: Donnerstag, 10. Oktober 2024 22:51
An: kundenservice@zunftkasse.example
Betreff: Einbruch im Studio / break-in

Hallo,
sorry my German is not so good. Somebody broke in my nail studio "Nails by Linh",
Friedrich-Ebert-Str. 88 in Kassel, in the night from Tuesday to Wednesday. They took:
- 2 UV/LED Lampen (Sun 5 plus) each 189 Euro
- Fräser / e-file machine 420 Euro
- Kasse with 230 Euro Wechselgeld
- nail polish and gel ca. 600 Euro

Polizei Anzeige: Vorgangsnummer 24-0771932-K (Polizeirevier Mitte)
My Versicherungsnummer is GS-7111-508816.
Please pay to: Nguyen Thi Linh, IBAN DE72 5209 0000 0833 0925 67

Danke / thank you
Linh
""", d="2024-10-11 09:26")


def m022():
    return M(22, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "nail studio client developed acrylate allergy and nail bed infection, liability claim with dermatologist findings",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Linh Nguyen <nails.by.linh@gmx-post.example>",
             "Claim by your client Ms Hartung - liability S-24-1150042",
             """\
Dear Ms Nguyen,

we have received a letter from your client Ms Jessica Hartung. She says that after the gel
refill on 2 October her fingers became red, swollen and blistered, two nails came off, and
one nail bed got infected (paronychia) and had to be treated with antibiotics. Her
dermatologist has confirmed a contact allergy to HEMA (2-hydroxyethyl methacrylate) by patch
test and she can no longer wear gel or acrylic nails. She wants EUR 2,500 compensation for
pain and suffering and the costs of the dermatologist.

Your business liability policy GH-3390-140981 covers claims like this if you were at fault.
To assess that, please tell us (in English is fine):

1. Which gel system did you use, and was it the product's own primer?
2. Did you use an LED lamp approved for that gel? (Under-cured gel is the most common cause.)
3. Did gel touch her skin during application?
4. Did Ms Hartung tell you about any allergies or skin problems before? Do you have a client
   card for her?

Please do not answer Ms Hartung yourself. Send everything to me and we will reply to her.

""" + SIG_OWENS + "\n\n" + DISCLAIMER_EN, d="2024-11-06 10:02")


def m023():
    return M(23, "NORMAL", "en", "newsletter",
             "trap: beauty trade newsletter on HEMA/acrylate allergy prevention, no person",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Frank Dietz <f.dietz@zunftkasse.example>, Timo Albers <t.albers@zunftkasse.example>",
             "FW: Nail Pro Bulletin November - acrylate allergies",
             """\
FYI - explains the nail studio claims we keep getting. Worth a read, 3 minutes.
R.

> From: Nail Pro Bulletin <bulletin@nailpro-association.example>
> Subject: Nail Pro Bulletin November - acrylate allergies
>
> ACRYLATE ALLERGIES: WHAT EVERY NAIL TECH NEEDS TO KNOW
>
> Reports of allergic reactions to (meth)acrylates in nail products continue to rise across
> Europe. Dermatology networks now list HEMA among the most frequent contact allergens found
> in patch tests. Both clients and technicians can be affected - once sensitised, the
> allergy is lifelong and can also matter for later dental or orthopaedic treatment.
>
> Five rules for your salon:
>  1. Never let uncured product touch the skin - leave a 1 mm free margin.
>  2. Use the lamp the manufacturer recommends; a cheap lamp often under-cures.
>  3. Wear nitrile gloves - vinyl and latex are no barrier for acrylates.
>  4. Wipe files and brushes with the cleanser, not with your fingers.
>  5. Ask clients about earlier reactions and note it on the client card.
>
> Webinar "Safe gel work", 20 November, 7 pm CET - free for members.
> Nail Pro Association e.V. | www.nailpro-association.example | unsubscribe
""", d="2024-11-07 08:44")


def m024():
    return M(24, "CONFIDENTIAL", "de", "insurer-to-lawyer",
             "commercial legal expenses cover granted to a boutique owner (sole trader) in a rent dispute",
             "Rechtsschutz Gewerbe <rechtsschutz@zunftkasse.example>",
             "RAin Miriam Stolz <kanzlei@stolz-recht.example>",
             "Deckungszusage – Ihre Mandantin Marlene Kuhn ./. Immobilien Sander GbR – RS 40-228417",
             """\
Sehr geehrte Frau Rechtsanwältin Stolz,

in der Angelegenheit Ihrer Mandantin Marlene Kuhn (Boutique Marlene, Untere Königsstraße 31,
Kassel) gegen die Vermieterin Immobilien Sander GbR erteilen wir Versicherungsschutz aus dem
Firmen-Rechtsschutz (Vertrag RS 40-228417, Baustein Gewerbe-Mietrechtsschutz) für

- die außergerichtliche Interessenwahrnehmung wegen Mietminderung (Baugerüst und
  Zugangsbeschränkung seit 01.04.2024) sowie
- die Abwehr der Räumungsandrohung vom 09.09.2024.

Die Selbstbeteiligung beträgt 250 €. Für ein gerichtliches Verfahren bitten wir um erneute
Deckungsanfrage mit Klageentwurf.

Ihre Kostennote richten Sie bitte unter Angabe der Schadennummer R-24-0330915 an uns.

Mit freundlichen Grüßen
i. A. Sven Hallmann
Rechtsschutz Gewerbe
Zunftkasse Versicherung AG
""", d="2024-09-17 11:40")


def m025():
    return M(25, "STRICTLY_CONFIDENTIAL", "de", "company",
             "tax adviser's income certificate for a carpenter's daily sickness allowance increase; figures only in PDF",
             "Jana Pfeiffer <j.pfeiffer@zunftkasse.example>",
             "Antragsprüfung KV <antrag-kv@zunftkasse.example>",
             "WG: KT-Erhöhung Lindner – Einkommensnachweis StB",
             """\
Hallo zusammen,

zum Erhöhungsantrag Krankentagegeld Herr Lindner (KV 55 187 430-6, von 80 € auf 130 €
ab Tag 22): Einkommensnachweis der Steuerberaterin anbei. Gesundheitsfragen zur Erhöhung
hat er mit dem Antrag beantwortet, liegt in der E-Akte (Stichwort Fingerverletzung Juni,
Unfallbericht liegt der UV vor).

Gruß Jana

-----Ursprüngliche Nachricht-----
Von: Steuerkanzlei Heimann <post@kanzlei-heimann.example>
Gesendet: Montag, 14. Oktober 2024 12:03
An: j.pfeiffer@zunftkasse.example
Betreff: Mandant Tobias Lindner – Bescheinigung Einkommen

Sehr geehrte Frau Pfeiffer,

wie mit unserem Mandanten besprochen erhalten Sie anbei die Bescheinigung über seine
Einkünfte aus Gewerbebetrieb.

Mit freundlichen Grüßen
Carola Heimann
Steuerberaterin
""",
             atts=[PDF("Bescheinigung_Einkuenfte_Lindner.pdf", [
                 "Steuerkanzlei Carola Heimann · Steuerberaterin",
                 "Ständeplatz 3 · 34117 Kassel",
                 "",
                 "Bescheinigung zur Vorlage bei der Zunftkasse Krankenversicherung AG",
                 "",
                 "Hiermit bestätigen wir, dass unser Mandant",
                 "Herr Tobias Lindner, geb. 21.01.1981, Schreinermeister,",
                 "Inhaber der Schreinerei Lindner, Am Lossewerk 4, 34123 Kassel,",
                 "folgende Einkünfte aus Gewerbebetrieb (§ 15 EStG) erzielt hat:",
                 "",
                 "  2021   61.420,00 EUR  (lt. Steuerbescheid)",
                 "  2022   68.905,00 EUR  (lt. Steuerbescheid)",
                 "  2023   74.310,00 EUR  (lt. Erklärung, Bescheid steht aus)",
                 "",
                 "Durchschnitt der letzten drei Jahre: 68.211,67 EUR",
                 "",
                 "Kassel, 14.10.2024",
                 "Carola Heimann, Steuerberaterin"])], d="2024-10-14 15:18")


def m026():
    return M(26, "CONFIDENTIAL", "de", "company",
             "tax office figures (turnover, profit) of a restaurateur (sole trader) to set the BI sum insured",
             "Frank Dietz <f.dietz@zunftkasse.example>",
             "Underwriting Gewerbe <uw-gewerbe@zunftkasse.example>",
             "WG: Da Pino – Zahlen für BU-Summe (Betriebsunterbrechung!)",
             """\
Hi,

für die Anpassung der BU-Versicherungssumme (Betriebsunterbrechung, nicht verwechseln ;-))
bei Da Pino, Vertrag GS-7120-448813. Nach den Zahlen ist er mit 180 T€ deutlich
unterversichert, bitte Nachtrag auf 260 T€ rechnen, Unterversicherungsverzicht prüfen.

Frank

> -----Ursprüngliche Nachricht-----
> Von: Grasmück & Lenz Steuerberatung <info@grasmueck-lenz.example>
> Gesendet: Donnerstag, 19. September 2024 17:22
> An: f.dietz@zunftkasse.example
> Betreff: Mandant Giuseppe Esposito, Trattoria Da Pino – Ertragszahlen
>
> Sehr geehrter Herr Dietz,
>
> auf Wunsch unseres Mandanten, Herrn Giuseppe Esposito, übersenden wir die gewünschten
> Zahlen aus den Jahresabschlüssen (Einnahmen-Überschuss-Rechnung):
>
>                                2022          2023
>   Umsatzerlöse            512.880 €     571.340 €
>   Wareneinsatz            158.990 €     176.250 €
>   Personalkosten          164.310 €     182.900 €
>   Miete/Nebenkosten        54.000 €      56.400 €
>   Gewinn                   69.420 €      81.760 €
>
> Für die Betriebsunterbrechung relevant sind nach unserem Verständnis Gewinn plus
> fortlaufende Kosten (Personal, Miete, Leasing Spülmaschine 3.960 €/Jahr).
>
> Mit freundlichen Grüßen
> Dipl.-Kfm. Andreas Lenz, Steuerberater
""", d="2024-09-20 08:15")


def m027():
    return M(27, "NORMAL", "de", "insurer-to-partner",
             "trap: press release about a new owner-absence cover listing heart attack, stroke and burn-out as examples",
             "Presse Zunftkasse <presse@zunftkasse.example>",
             "Redaktion <redaktion@handwerk-aktuell.example>",
             "Pressemitteilung: Zunftkasse sichert Kleinbetriebe gegen Ausfall des Inhabers ab",
             """\
PRESSEMITTEILUNG – zur sofortigen Veröffentlichung

Zunftkasse sichert Kleinbetriebe gegen Ausfall des Inhabers ab

Kassel, 1. Oktober 2024. Wenn der Chef krank wird, steht im Kleinbetrieb oft alles still:
Der Bäcker mit Herzinfarkt, die Friseurin nach einem Bandscheibenvorfall, der
Transportunternehmer nach einem Schlaganfall – die Kosten für Miete, Leasing und Personal
laufen weiter, die Einnahmen brechen weg. Die Zunftkasse Versicherung AG erweitert deshalb
ihre Betriebsunterbrechungsversicherung für Betriebe bis 10 Beschäftigte um den Baustein
"Inhaberausfall".

Die wichtigsten Punkte:
- versichert sind Krankheit und Unfall des Inhabers bzw. eines mitarbeitenden Gesellschafters
- Leistung bis zu 12 Monate, Karenzzeit wahlweise 14 oder 21 Tage
- ersetzt werden fortlaufende Kosten und entgangener Gewinn
- Quarantäne nach dem Infektionsschutzgesetz ist mitversichert
- psychische Erkrankungen mit Leistung bis zu 3 Monate

"Viele Handwerker haben eine Berufsunfähigkeitsversicherung und ein Krankentagegeld für
sich selbst – aber der Betrieb bleibt ungeschützt", sagt Petra Hollenbach, Vorständin
Firmenkunden. "Genau diese Lücke schließen wir."

Der Baustein kostet für einen Friseursalon mit drei Angestellten ab 19 Euro im Monat.

Pressekontakt: Kathrin Opitz, Tel. 0561 7788-1010, presse@zunftkasse.example
Über die Zunftkasse: Die Zunftkasse Versicherungsgruppe mit Sitz in Kassel versichert seit
1908 Handwerk, Handel und Gastronomie.
""", d="2024-10-01 08:00")


def m028():
    return M(28, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "food truck guests with salmonella poisoning, one hospitalised; liability claim with health details",
             "Timo Albers <t.albers@zunftkasse.example>",
             "Joe Miller <joe@smokeyjoes-bbq.example>",
             "Salmonella claims Bockenheim market - liability S-24-1127815/816",
             """\
Dear Mr Miller,

we now have two claims from guests of your stand at the Bockenheim market on 9 October:

1) Ms Tanja Reuss (S-24-1127815): vomiting and diarrhoea from 10 October, stool sample
   positive for Salmonella Enteritidis, three days in hospital (Bürgerhospital) with
   IV fluids, unable to work for 12 days. Her lawyer is claiming EUR 3,000.
2) Mr Okan Demir (S-24-1127816): same symptoms, treated by his GP, 4 days off work.

The health office (Gesundheitsamt Frankfurt) confirmed the same strain in the leftover
pulled-pork coleslaw they tested from your cool box. That makes it difficult to deny
liability. We will most likely settle both claims under your liability policy
GH-3390-151207.

For our file please send:
- the temperature log of your cooler for 8-9 October
- your IfSG health certificates (Belehrung) for yourself and your helper that day
- the invoice of the egg supplier for the mayo (if home-made)

The health office also asked for stool samples from you and your staff - please let us
know the results when you have them.

Best regards
Timo Albers
Claims - Public & Products Liability
Zunftkasse Versicherung AG
""", d="2024-10-29 14:57")


def m029():
    return M(29, "CONFIDENTIAL", "en", "insurer-to-broker",
             "renewal terms for a pub owner (sole trader) with turnover, sums insured and premiums to the broker",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Emma Whitfield <e.whitfield@northbridge-brokers.example>",
             "Renewal 01/01/2025 - The Crooked Anchor (S. Gallagher) - GS-7120-455102 / GH-3390-120775",
             """\
Hi Emma,

renewal terms for your client Siobhan Gallagher (The Crooked Anchor, Hamburg):

                              current        renewal
Contents incl. stock          EUR 160,000    EUR 175,000 (indexed)
BI (12 months)                EUR 240,000    EUR 260,000
  based on declared turnover  EUR 690,000    EUR 742,000 (2023 accounts)
Public liability              EUR 3m         EUR 5m (requested)
Glass                         incl.          incl.
Deductible                    EUR 250        EUR 500
Annual premium (net)          EUR 3,412.60   EUR 3,960.30 + 19 % IPT

The increase is mainly the water claim (cellar, Nov 2024) and the liability claim from
September (guest fell on the stairs, still open). We'd also like to see the new stair
lighting and the anti-slip strips installed before 1 January; otherwise we'll add a
EUR 1,000 deductible for slip/trip claims on the staircase.

Let me know if she wants the natural hazards (Elementar) add-on quoted; after the
cellar flood I'd strongly recommend it.

Cheers
Rachel
""", d="2024-11-25 16:22")


def m030():
    return M(30, "NORMAL", "en", "insurer-to-customer",
             "trap: out-of-office auto-reply mentioning injured guests and sick owners as topics, no person",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Joe Miller <joe@smokeyjoes-bbq.example>",
             "Automatic reply: quick question",
             """\
Thank you for your e-mail. I am out of the office until Monday, 4 November and will have
limited access to e-mail.

For urgent matters please contact:
- new claims (fire, water, theft, injured guests or customers): schaden@zunftkasse.example
  or +49 561 7788-0 (24/7 hotline)
- owner's illness / business closure (owner-absence cover): Frank Dietz,
  f.dietz@zunftkasse.example
- contracts and invoices: kundenservice@zunftkasse.example

Your e-mail will not be forwarded.

Rachel Owens
International Desk - Commercial Customers
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
             d="2024-10-25 18:03")


def m031():
    return M(31, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "haulier's heart attack: daily sickness allowance, term life for the truck loan, owner-absence BI",
             "Frank Dietz <f.dietz@zunftkasse.example>",
             "Kemal Yılmaz <kemal@yilmaz-transporte.example>",
             "Ihr Herzinfarkt – was wir jetzt für Sie und die Firma tun",
             """\
Sehr geehrter Herr Yılmaz,

erst einmal: gute Besserung! Ihre Tochter hat mir am Telefon erzählt, dass Sie seit dem
Herzinfarkt am 27.09. (Stent-Implantation im Herzzentrum, danach Anschlussheilbehandlung
in Bad Nauheim) auf einem guten Weg sind, aber nach Auskunft der Kardiologen frühestens ab
Januar wieder arbeiten und mindestens sechs Monate keinen Lkw fahren dürfen
(Führerscheinklasse CE, Fahreignung nach Herzinfarkt).

Ich habe mit den Kolleginnen aus Kranken und Leben gesprochen, damit Sie nicht drei Stellen
einzeln abklappern müssen. Kurz der Stand:

1. Krankentagegeld (KV 55 318 602-4)
   Leistung ab dem 43. Tag, also ab 09.11.2024, 150 € pro Tag. Dafür brauchen wir den
   Entlassbericht des Herzzentrums und laufend die AU-Bescheinigungen.

2. Betriebsunterbrechung mit Inhaberausfall (GS-7160-620031)
   Karenz 21 Tage, danach ersetzen wir die fortlaufenden Kosten (Leasing der zwei Sattelzüge,
   Miete Halle, Löhne) und den entgangenen Gewinn, soweit Touren ausfallen. Wenn Ihr
   Disponent Herr Aksoy und Ihre Tochter einen Teil der Touren mit Subunternehmern fahren,
   mindert das den Schaden – das ist gut und ausdrücklich erwünscht, die Mehrkosten für die
   Subunternehmer übernehmen wir als Schadenminderungskosten.

3. Risikolebensversicherung (LV 80-2104477, abgetreten an die Kasseler Volksbank für das
   Fahrzeugdarlehen)
   Hier passiert nichts, der Vertrag läuft weiter. Beiträge bitte weiterzahlen; wenn es eng
   wird, können wir die Beiträge bis zu sechs Monate stunden.

Ihre Tochter Elif kann mir gerne die Unterlagen schicken, wenn Sie uns dafür kurz eine
Vollmacht unterschreiben (Formular liegt bei).

Mit freundlichen Grüßen

Frank Dietz
Betriebsunterbrechung
Zunftkasse Versicherung AG
Tel. 0561 7788-2175
""", d="2024-10-18 12:40")


def m032():
    return M(32, "CONFIDENTIAL", "de", "insurer-to-customer",
             "haulier (sole trader) carrier's liability claim: broken tiles, named driver and truck plate",
             "Timo Albers <t.albers@zunftkasse.example>",
             "Yılmaz Transporte <dispo@yilmaz-transporte.example>",
             "AW: Schaden Fliesen Lieferung Baumarkt Vellmar – VH-Schaden S-24-1048207",
             """\
Hallo Herr Aksoy,

danke für die Unterlagen. Zum Schaden aus der Verkehrshaftungsversicherung
(Vertrag VH-5520-77413, VN Kemal Yılmaz e.K.):

- Auftraggeber: Keramik Dreyer GmbH, 14 Paletten Feinsteinzeug, Ablieferung Baumarkt Vellmar
- Fahrzeug: KS-YT 310 / Auflieger KS-YT 311, Fahrer Andrzej Wiśniewski
- Schaden laut Quittung: 3 Paletten umgekippt, ca. 190 m² Bruch, geltend gemacht 8.740,20 €

Nach der Ladungsdokumentation war die Ladung nur mit zwei Gurten gesichert, keine
Antirutschmatten. Das wird uns der Auftraggeber vorhalten. Bitte schicken Sie mir noch die
Fahrerbefragung von Herrn Wiśniewski (wann hat er zuletzt nachgespannt, gab es eine
Vollbremsung?) und die Tachodaten vom 03.10.

Haftung nach HGB ist auf 8,33 SZR/kg begrenzt; bei 1.820 kg beschädigter Ware liegt die
Grenze bei ca. 18.500 €, also über dem Schaden. Wir regulieren voraussichtlich voll,
abzüglich 500 € Selbstbeteiligung.

Gruß
Timo Albers
Schaden Haftpflicht / Verkehrshaftung
""", d="2024-10-09 10:17")


def m033():
    return M(33, "NORMAL", "de", "internal",
             "trap: fire-safety inspection report of the insurer's own canteen kitchen, no customer or person data",
             "Ole Brandt <o.brandt@zunftkasse.example>",
             "Facility Management <facility@zunftkasse.example>",
             "Begehungsbericht Brandschutz Kantinenküche HV – 5 Mängel",
             """\
Hallo Herr Stiehl,

wie angekündigt haben wir unsere eigene Kantinenküche mal mit dem Bogen begangen, den wir bei
Gastro-Kunden verwenden. Ergebnis, kurz:

Nr  Befund                                               Priorität  Frist
1   Fettfilter Dunstabzug stark verharzt, Reinigung      hoch       sofort
    zuletzt vor >6 Monaten (Soll: vierteljährlich)
2   Fritteuse ohne Fettbrandlöscher Klasse F daneben     hoch       2 Wochen
    (nur CO2-Löscher vorhanden)
3   Notausgang Spülküche mit Rollwagen zugestellt        hoch       sofort
4   Elektroprüfung DGUV V3 Ortsveränderliche Geräte      mittel     4 Wochen
    überfällig (Prüfplakette 03/2023)
5   Brandschutzdecke fehlt an der Ausgabe                niedrig    nächste Bestellung

Positiv: Löschanlage über der Fritteuse vorhanden und gewartet, Gasabsperrung
gekennzeichnet, Fettabscheider frisch geleert.

Peinlich wäre, wenn wir bei unseren Kunden strenger sind als bei uns selbst ;-)
Können Sie die Punkte 1–3 bitte direkt mit dem Caterer klären?

Gruß
Ole Brandt
Risk Engineering Gewerbe
""", d="2024-10-02 13:25")


def m034():
    return M(34, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
             "group accident insurance: 17-year-old apprentice electrician with electric shock and burns",
             "Lea Hoffmann <l.hoffmann@zunftkasse.example>",
             "Elektro Krause GmbH <buero@elektro-krause.example>",
             "Gruppenunfall UV 62-0017736 – Unfall Ihres Auszubildenden Jonas Becker",
             """\
Sehr geehrte Frau Krause,

danke für die Unfallanzeige zu Ihrem Auszubildenden Jonas Becker (geb. 14.02.2007,
2. Lehrjahr). Nach dem Durchgangsarztbericht hat er am 08.10. beim Abklemmen einer
Unterverteilung einen Stromschlag (230 V) erlitten und sich Verbrennungen 2. Grades an
der rechten Hand und am Unterarm zugezogen (T23.2, T22.2). Er war zur Überwachung
(EKG, Troponin) eine Nacht im Klinikum; Herzrhythmusstörungen wurden ausgeschlossen.

Die Berufsgenossenschaft ist vorrangig zuständig, die Gruppenunfallversicherung leistet
zusätzlich:
- Krankenhaustagegeld 1 Tag x 50 € = 50 €
- Übergangsleistung oder Invalidität kommen erst in Frage, wenn eine dauerhafte
  Beeinträchtigung bleibt; das klären wir nach Abschluss der Behandlung (Hautarzt,
  eventuell Narbenbehandlung).

Bitte geben Sie uns die Bankverbindung von Jonas (bzw. seiner Eltern, er ist noch
minderjährig) und eine Einverständniserklärung der Eltern zur Datenverarbeitung.
Formular liegt bei.

Mit freundlichen Grüßen
Lea Hoffmann
Leistung Unfall
""", d="2024-10-16 09:05")


def m035():
    return M(35, "CONFIDENTIAL", "de", "insurer-to-company",
             "electrician GmbH liability claim: cable fire in a customer's kitchen, private customer's name and address, nobody hurt",
             "Timo Albers <t.albers@zunftkasse.example>",
             "Dennis Krause <d.krause@elektro-krause.example>",
             "BHV-Schaden S-24-1091544 – Kabelbrand Küche Reuter, Goethestr. 61",
             """\
Hallo Herr Krause,

zum Brand in der Küche der Familie Reuter (Goethestr. 61, 34119 Kassel) am 28.10. –
zum Glück war niemand zu Hause und es ist keiner zu Schaden gekommen.

Der Gutachter Ing.-Büro Kessler hat die Brandursache eingegrenzt: Lüsterklemme in der
Abzweigdose hinter dem Herd, die Ihr Geselle am 21.10. beim Anschluss des neuen Induktions-
kochfelds gesetzt hat, war nicht fest angezogen (Übergangswiderstand). Damit liegt die
Haftung voraussichtlich bei Ihnen.

Schadenaufstellung der Familie Reuter / Hausratversicherer:
  Einbauküche (Zeitwert)          9.800 €
  Malerarbeiten, Rußreinigung     3.450 €
  Hotel 6 Nächte                  1.020 €
  Summe                          14.270 €

Wir regulieren aus Ihrer Betriebshaftpflicht GH-3390-160022 direkt mit dem Hausrat-
versicherer der Familie Reuter. Die Kosten für die Nachbesserung Ihrer eigenen Arbeit
(neuer Anschluss Kochfeld) sind nicht versichert (Erfüllungsschaden).

Bitte schicken Sie uns noch das Prüfprotokoll nach DIN VDE 0100-600 für die Arbeit vom 21.10.

Gruß
Timo Albers
""", d="2024-11-04 15:31")


def m036():
    return M(36, "NORMAL", "en", "insurer-to-partner",
             "trap: reinsurer Q&A on owner-absence BI wording (illness, mental illness, pandemic exclusion), no person",
             "Frank Dietz <f.dietz@zunftkasse.example>",
             "Lukas Mäder <lukas.maeder@balticre.example>",
             "RE: Owner-absence clause - your questions on the wording",
             """\
Hi Lukas,

answers to your questions from Tuesday, in the order you asked:

1. "Illness" - we follow the German medical definition used in daily sickness insurance:
   total inability to work in the business, certified by a doctor, not just a reduced
   capacity. Partial incapacity is not covered.

2. Mental illness - covered, but capped at 3 months per insured event and 6 months over the
   term. We added this after the pricing team saw the burn-out share in our BU (disability)
   portfolio; without the cap the broker market would have pushed us to full cover.

3. Pandemic - only individual quarantine orders under the IfSG are covered. General
   closures by ordinance (like 2020) are excluded - see clause 4.3(b).

4. Key person - only the owner or one managing partner named in the schedule. No employees,
   not even family members working in the business.

5. Waiting period - 14 or 21 days, applies per event; relapse within 6 months counts as the
   same event.

The German and English wordings are attached to the treaty file (DMS folder
RV-2025/BI-Inhaber). Let me know if your cat team needs the accumulation scenario too.

Cheers
Frank
""", d="2024-10-23 11:12")


def m037():
    return M(37, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "hairdresser liability: client's chemical scalp burn from bleach, dermatology treatment costs",
             "Timo Albers <t.albers@zunftkasse.example>",
             "Salon Haarwerk <salon@haarwerk-vogt.example>",
             "Haftpflichtschaden S-24-1002608 – Ihre Kundin Frau Lorenz",
             """\
Hallo Frau Vogt,

inzwischen hat uns der Anwalt Ihrer Kundin Beate Lorenz die Unterlagen geschickt. Danach hat
Frau Lorenz nach dem Blondieren am 31.08. Verätzungen 2. Grades an der Kopfhaut erlitten
(Hinterkopf, ca. 4 x 6 cm), die in der Hautklinik ambulant behandelt wurden. Es ist eine
kahle Stelle geblieben; die Hautärztin hält eine narbige Alopezie an dieser Stelle für
wahrscheinlich dauerhaft. Frau Lorenz befindet sich außerdem wegen der Folgen in
psychotherapeutischer Behandlung.

Geltend gemacht werden:
  Schmerzensgeld                     6.000 €
  Zuzahlungen, Salben, Fahrtkosten     284 €
  Perücke/Haarteil                   1.150 €

Damit wir das beurteilen können, brauchen wir von Ihnen noch:
1. welches Blondierpulver und welcher Entwickler (3 %, 6 %, 9 %, 12 %?)
2. Einwirkzeit und ob mit Wärme (Climazon) gearbeitet wurde
3. wer die Behandlung gemacht hat – Sie selbst oder Ihre Auszubildende?
4. ob Frau Lorenz vorher über Kopfhautprobleme gesprochen hat (Karteikarte)

Bitte nichts direkt mit Frau Lorenz oder ihrem Anwalt besprechen.

Viele Grüße
Timo Albers
Schaden Betriebshaftpflicht
""", d="2024-09-23 14:06")


def m038():
    return M(38, "CONFIDENTIAL", "de", "insurer-to-customer",
             "new SEPA mandate of a hairdresser (sole trader) with her new IBAN and policy numbers",
             "Claudia Neumaier <kundenservice@zunftkasse.example>",
             "Nadine Vogt <salon@haarwerk-vogt.example>",
             "Bestätigung neues SEPA-Lastschriftmandat",
             """\
Sehr geehrte Frau Vogt,

wir haben Ihre neue Bankverbindung gespeichert und bestätigen das SEPA-Lastschriftmandat:

Kontoinhaberin:  Nadine Vogt
IBAN:            DE80 5204 0021 2522 1652 69
Mandatsreferenz: ZK-M-7731902
Gläubiger-ID:    DE98ZZZ09999999999

Gilt für die Verträge GH-3390-108877 (Betriebshaftpflicht Friseur) und GS-7111-403356
(Inhaltsversicherung Salon). Die nächste Abbuchung erfolgt zum 01.11.2024.

Freundliche Grüße
Claudia Neumaier
Kundenservice
""", d="2024-10-15 09:49")


def m039():
    return M(39, "NORMAL", "de", "insurer-to-customer",
             "trap: mass mailing (bcc) to commercial customers with frost and heating tips, no personal data",
             "Zunftkasse Firmenkunden <firmenkunden@zunftkasse.example>",
             "undisclosed-recipients:;",
             "Frostsaison: 6 Tipps, damit Ihr Betrieb im Winter nicht unter Wasser steht",
             """\
Liebe Kundin, lieber Kunde,

jedes Jahr zwischen Dezember und Februar melden uns Betriebe rund 400 Leitungswasserschäden
durch Frost. Die meisten lassen sich vermeiden:

1. Heizung über Weihnachten und Betriebsferien nicht abschalten – mind. 12 °C in allen Räumen.
2. Wasserleitungen in unbeheizten Lagern, Garagen und Außenbereichen entleeren und absperren.
3. Außenwasserhähne abdrehen und entleeren.
4. Kühlräume und Getränkekeller: Abläufe freihalten, Pumpensumpf prüfen.
5. Sprinkleranlagen: Trockenventilstation kontrollieren lassen.
6. Wer länger schließt: Jemanden zweimal pro Woche nach dem Rechten sehen lassen.

Bitte beachten Sie: Wer die Heizung abschaltet, ohne die Leitungen zu entleeren, riskiert
den Versicherungsschutz (Obliegenheitsverletzung).

Im Schadenfall erreichen Sie uns rund um die Uhr unter 0561 7788-0.

Ihre Zunftkasse
Sie erhalten diese Information als Firmenkunde der Zunftkasse. Abmelden:
https://www.zunftkasse.example/newsletter/abmelden
""", d="2024-12-02 07:30")


def m040():
    return M(40, "STRICTLY_CONFIDENTIAL", "en", "doctor",
             "gynaecologist's letter on a pub owner's high-risk pregnancy and work ban, only in the PDF; body neutral",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Medizinischer Dienst <med-beratung@zunftkasse.example>",
             "Gallagher - doctor's letter for review (KV 55 410 093-1)",
             """\
Hallo Dr. Brix,

could you please have a look at the attached letter (English, from her gynaecologist) and
tell me whether we can pay the daily allowance from 4 November? Customer is self-employed,
runs a pub in Hamburg.

Danke!
Rachel
""",
             atts=[PDF("Letter_Dr_McCarthy_Gallagher.pdf", [
                 "Dr. med. Fiona McCarthy - Gynaecology & Obstetrics",
                 "Private Practice, Mittelweg 117, 20149 Hamburg",
                 "",
                 "To whom it may concern                              Hamburg, 1 November 2024",
                 "",
                 "Re: Ms Siobhan Gallagher, born 11/07/1987",
                 "",
                 "Ms Gallagher is currently in the 24th week of her first pregnancy",
                 "(EDD 18/02/2025). She presented with cervical shortening (cervical",
                 "length 19 mm on transvaginal ultrasound) and recurrent contractions.",
                 "Diagnosis: O26.88 / O60.0 - threatened preterm labour.",
                 "",
                 "I have prescribed progesterone 200 mg vaginally daily and strict",
                 "physical rest. Standing for long periods, lifting (kegs, crates) and",
                 "night work must be avoided completely.",
                 "",
                 "In my opinion Ms Gallagher is fully unable to work in her occupation",
                 "as a publican from 4 November 2024 until further notice, expected",
                 "at least until delivery.",
                 "",
                 "Dr. med. Fiona McCarthy"])], d="2024-11-05 10:20")


def m041():
    return M(41, "CONFIDENTIAL", "de", "insurer-to-customer",
             "butcher (sole trader): cold store failure, spoiled goods, electronics insurance claim with claim number",
             "Sabine Kröger <s.kroeger@zunftkasse.example>",
             "Metzgerei Pfaff <metzgerei.pfaff@t-mail.example>",
             "Kühlzellenausfall 16./17.11. – Schaden S-24-1171203",
             """\
Sehr geehrter Herr Pfaff,

danke für Ihren Anruf heute früh. Ich habe den Schaden aus Ihrer Elektronik- und
Maschinenversicherung (GT-8840-090217, inkl. Kühlgutverderb) angelegt: S-24-1171203.

Wichtig für die nächsten Tage:
- Verdorbene Ware bitte NICHT sofort entsorgen, sondern fotografieren, wiegen und eine Liste
  machen (Artikel, kg, Einkaufspreis). Die Entsorgung über die Tierkörperbeseitigung bitte
  mit Beleg.
- Den Bericht des Kältetechnikers (Sie sagten: Verdichter durchgebrannt) brauchen wir schriftlich.
- Ausdruck des Temperaturschreibers der Kühlzelle für das Wochenende.

Der Sachverständige Herr Opitz ist morgen ab 14 Uhr bei Ihnen in Baunatal.

Kühlgutverderb ist mit 15.000 € versichert, Selbstbeteiligung 10 %, mindestens 250 €.

Mit freundlichen Grüßen

""" + SIG_KROEGER, d="2024-11-18 08:22")


def m042():
    return M(42, "NORMAL", "de", "insurer-to-supplier",
             "trap: price offer for temperature sensors for a butchers' prevention pilot, supplier GmbH only",
             "Ole Brandt <o.brandt@zunftkasse.example>",
             "Jörn Abicht <j.abicht@kaeltetechnik-nord.example>",
             "AW: Angebot 2024-1187 Funk-Temperaturlogger Pilot Fleischerhandwerk",
             """\
Hallo Herr Abicht,

danke für das Angebot. Wir würden mit 25 Sets starten (Pilot mit der Fleischer-Innung,
Laufzeit 12 Monate). Zwei Punkte noch:

1. Pos. 3 "SMS-Alarm an Betriebsinhaber" – die Handynummern bekommen Sie direkt von den
   Betrieben, nicht von uns. Wir wollen keine Kundendaten weitergeben.
2. Können Sie die Einrichtungspauschale auf 49 € drücken? Dann geht das heute noch raus.

Gruß
Ole Brandt

> Angebot 2024-1187
> Pos 1  Funk-Temperaturlogger LX-20, -40 bis +60 °C, IP65      25 x 64,00 €  1.600,00 €
> Pos 2  Gateway LTE inkl. 12 Monate Datentarif                   25 x 119,00 € 2.975,00 €
> Pos 3  Alarmierung SMS/App bei Grenzwertüberschreitung           25 x 36,00 €    900,00 €
> Pos 4  Einrichtungspauschale je Betrieb                          25 x 69,00 €  1.725,00 €
>                                                                   Netto       7.200,00 €
> Gültig bis 30.11.2024. Kältetechnik Nord GmbH, HRB 8821, USt-IdNr. DE299000111
""", d="2024-11-20 10:46")


def m043():
    return M(43, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "butcher's wife working in the shop: private accident claim after fall, knee surgery, Meniskus",
             "Lea Hoffmann <l.hoffmann@zunftkasse.example>",
             "Gisela Pfaff <metzgerei.pfaff@t-mail.example>",
             "Ihre Unfallmeldung – UV 61-0062580",
             """\
Sehr geehrte Frau Pfaff,

vielen Dank für Ihre Unfallmeldung. Sie sind am 04.11. im Verkaufsraum auf dem frisch
gewischten Boden ausgerutscht und auf das rechte Knie gefallen. Laut dem Bericht von
Dr. Rinke (Orthopädie Baunatal) wurde am 12.11. arthroskopisch ein Korbhenkelriss des
Innenmeniskus genäht (S83.2 R), dazu eine Knorpelschädigung festgestellt.

Aus Ihrer Unfallversicherung kommen folgende Leistungen in Betracht:
- Krankenhaustagegeld: 2 Nächte x 40 € = 80 € (zahlen wir sofort)
- Genesungsgeld: 2 Tage x 40 € = 80 €
- Invalidität: falls eine dauerhafte Beeinträchtigung des Knies bleibt; frühestens nach
  Abschluss der Reha feststellbar (Frist: ärztliche Feststellung innerhalb von 15 Monaten)

Achtung: Die bestehende Arthrose im Knie, die Dr. Rinke erwähnt, kann als Vorschaden
mindernd berücksichtigt werden (Mitwirkung von Krankheiten, Ziffer 3 AUB).

Bitte denken Sie auch daran, dass der Unfall als Arbeitsunfall bei der BG Nahrungsmittel
gemeldet werden sollte, wenn Sie im Betrieb Ihres Mannes angestellt sind.

Mit freundlichen Grüßen
Lea Hoffmann
Leistung Unfall
""", d="2024-11-22 11:58")


def m044():
    return M(44, "CONFIDENTIAL", "en", "insurer-to-customer",
             "courier firm (sole trader) van accident, no injuries; plates, claim number, no-claims class",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Swift Cargo <office@swiftcargo-kassel.example>",
             "Motor claim KF-24-0718829 - van KS-SC 107 / rear-end collision A7",
             """\
Hello Mrs Nowak,

thanks for the accident report form. Summary of what we have:

Date/place:  22 October 2024, A7 near Kassel-Nord, stop-and-go traffic
Our vehicle: Mercedes Sprinter KS-SC 107 (fleet policy KF-9100-55128)
Driver:      Piotr Zieliński
Other party: VW Golf HG-LK 442, driver braked suddenly
Injuries:    none reported by either side

Because your van hit the Golf from behind, we will very likely have to pay the other side's
damage under the motor liability cover. This will downgrade the van from no-claims class
SF 6 to SF 3 at renewal, unless you choose to repay the amount yourself (we'll tell you the
figure when the claim is closed - often worthwhile under EUR 1,500).

The damage to your own van is covered under the comprehensive (Vollkasko) with EUR 500
deductible. Please send the workshop estimate before the repair starts.

""" + SIG_OWENS, d="2024-10-24 14:19")


def m045():
    return M(45, "NORMAL", "en", "newsletter",
             "trap: logistics association newsletter on driver fatigue and sleep apnoea screening, no person",
             "Frank Dietz <f.dietz@zunftkasse.example>",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "FW: LogistikNetz Update - driver fatigue campaign",
             """\
Rachel, fyi - for your courier and haulage customers. The screening offer might be a nice
thing to mention in renewals.
F.

---------- Forwarded message ----------
From: LogistikNetz Nordhessen <update@logistiknetz-nh.example>
Subject: LogistikNetz Update - driver fatigue campaign

DRIVER FATIGUE: SMALL FIRMS, BIG RISK

- Up to a quarter of serious truck accidents on motorways are linked to fatigue.
- Obstructive sleep apnoea is often undiagnosed in professional drivers. Warning signs:
  loud snoring, daytime sleepiness, morning headaches.
- Since the revision of the driving licence rules, drivers with moderate or severe sleep
  apnoea need treatment and a medical certificate to keep their licence.

OUR OFFER FOR MEMBERS
Free screening day on 7 December at the Lohfelden truck stop: questionnaire plus overnight
home test device, evaluated by a partner sleep lab. Results go to the driver only, never
to the employer.

Also in this issue: new tolls for vans from 3.5 t, cargo theft hotspots in Hesse, and our
Christmas meeting (13 December, Autohof Lohfelden).

LogistikNetz Nordhessen e.V. | www.logistiknetz-nh.example
""", d="2024-11-13 09:37")


def m046():
    return M(46, "STRICTLY_CONFIDENTIAL", "mixed", "customer",
             "restaurant guest with nut anaphylaxis and emergency treatment; owner (German) and son (English) report the liability claim",
             "Timo Albers <t.albers@zunftkasse.example>",
             "Marco Esposito <marco@dapino-kassel.example>",
             "AW: Vorfall Samstag / incident Saturday – Gast Allergie",
             """\
Hallo Herr Esposito, hello Marco,

thank you both. I've registered this as a liability claim (S-24-1139066) under the
Betriebshaftpflicht GH-3390-144790. Bitte heben Sie den Bon und die Rezeptur der
Pesto-Soße auf, and please write down which staff member took the order and what exactly
the guest said about her allergy. Wir melden uns, sobald sich die Dame oder ihr Anwalt
bei uns meldet.

Timo Albers
Schaden Betriebshaftpflicht

-----Original Message-----
From: Marco Esposito <marco@dapino-kassel.example>
Sent: Sunday, November 10, 2024 11:48 PM
To: schaden@zunftkasse.example
Subject: Vorfall Samstag / incident Saturday – Gast Allergie

Hi, my father asked me to write, his German email is below. Short version in English:
on Saturday a guest (Mrs Sabine Kühnel, table 7) had an allergic reaction after the
"Trofie al pesto". She told the waiter she is allergic to nuts, the waiter said the pesto
has only pine nuts and cheese, but our pesto has cashews since we changed supplier in
October. Her throat swelled, she used her EpiPen and the ambulance took her to the hospital.
Her husband called today, she was kept overnight and is home now. He said they will
"get a lawyer".

---
Sehr geehrte Damen und Herren,
am Samstag 9.11. ca. 20:30 hat eine Frau in meinem Restaurant allergischen Schock bekommen,
Notarzt war da, Krankenhaus. Der Kellner (Aushilfe, Student) hat falsch gesagt was in der
Soße ist. Es tut mir sehr leid für die Frau. Was muss ich jetzt machen?
Giuseppe Esposito
Trattoria Da Pino
""", d="2024-11-11 09:14")


def m047():
    return M(47, "NORMAL", "de", "internal",
             "trap: data-protection reminder on where medical reports of commercial customers may be stored, no person",
             "Anke Sommer <datenschutz@zunftkasse.example>",
             "Firmenkunden alle <fk-alle@zunftkasse.example>",
             "Datenschutz-Hinweis: Arztberichte gehören nicht ins Sach-Postfach",
             """\
Liebe Kolleginnen und Kollegen im Firmenkundenbereich,

bei der letzten Stichprobe haben wir in den Funktionspostfächern der Sachsparten mehrere
Arztberichte, AU-Bescheinigungen und Krankenhausentlassberichte gefunden – meist, weil
Kunden bei Inhaberausfall, Haftpflichtschäden mit Personenschaden oder BU/KT-Fragen alles
in eine Mail packen.

Bitte beachten Sie:
1. Gesundheitsdaten nur in der E-Akte des zuständigen Bereichs ablegen (Leistung Kranken,
   Leben, Unfall bzw. HV-Personenschaden), nicht im Sach-Postfach liegen lassen.
2. Weiterleitung an die Kollegen der Personenversicherung nur über den internen Transfer,
   nicht per Outlook an private Adressen oder an Makler.
3. Für Gesundheitsdaten an Dritte (Gutachter, Anwälte) brauchen wir eine
   Schweigepflichtentbindung und die verschlüsselte Übermittlung.
4. Nach Übergabe: Mail im Postfach löschen (inkl. "Gelöschte Elemente").

Fragen gern an mich, Durchwahl 1290.

Anke Sommer
Datenschutzbeauftragte der Zunftkasse Versicherungsgruppe
""", d="2024-11-19 08:05")


def m048():
    return M(48, "CONFIDENTIAL", "de", "insurer-to-customer",
             "boutique burglary (sole trader): stolen goods list only in the CSV, police file number",
             "Sabine Kröger <s.kroeger@zunftkasse.example>",
             "Marlene Kuhn <boutique.marlene@web-post.example>",
             "AW: Stehlgutliste Einbruch 02.12. – S-24-1203388",
             """\
Liebe Frau Kuhn,

danke für die Liste. Ich habe sie für den Gutachter in unser Format übernommen, siehe Anhang
– bitte prüfen Sie die Einkaufspreise (Spalte EK netto) und schicken Sie mir zu Pos. 7 und 11
noch die Lieferantenrechnungen. Die Stehlgutliste geht mit unserem Aktenzeichen auch an die
Kripo.

Viele Grüße
Sabine Kröger
""",
             atts=[CSV("Stehlgutliste_S-24-1203388.csv", [
                 ["Schaden", "S-24-1203388", "VN", "Marlene Kuhn e.K. (Boutique Marlene)", "Vertrag", "GS-7111-377420"],
                 ["Polizei", "KK 21 Kassel", "Vorgang", "24-0882114-E", "Tatzeit", "02.12.2024 ca. 03:40"],
                 [],
                 ["Pos", "Artikel", "Lieferant", "Anzahl", "EK netto", "Summe"],
                 ["1", "Wollmantel Camel Gr. 36-42", "Lindqvist Fashion", "6", "148,00", "888,00"],
                 ["2", "Kaschmirpullover diverse", "Lindqvist Fashion", "14", "79,50", "1113,00"],
                 ["3", "Lederhandtasche Cognac", "Bellario Pelle", "5", "112,00", "560,00"],
                 ["4", "Seidenschal bedruckt", "Atelier Fabre", "22", "24,00", "528,00"],
                 ["5", "Jeans Slim div. Waschungen", "Denimwerk", "18", "46,00", "828,00"],
                 ["6", "Sneaker weiß Gr. 37-41", "Nordstep", "9", "52,00", "468,00"],
                 ["7", "Wechselgeldkasse", "-", "1", "310,00", "310,00"],
                 ["8", "Schaufensterpuppe Torso", "Deko Meyer", "1", "189,00", "189,00"],
                 ["9", "Gürtel Leder", "Bellario Pelle", "12", "19,00", "228,00"],
                 ["10", "Strickkleid", "Lindqvist Fashion", "7", "64,00", "448,00"],
                 ["11", "iPad Kassensystem", "-", "1", "429,00", "429,00"],
                 ["", "", "", "", "Summe", "5989,00"],
             ], charset="windows-1252", mstype="application/vnd.ms-excel")], d="2024-12-04 13:12")


def m049():
    return M(49, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "term life insurance of a boutique owner: beneficiary change after divorce (life line, no medical word)",
             "Bestandsservice Leben <leben-service@zunftkasse.example>",
             "Marlene Kuhn <boutique.marlene@web-post.example>",
             "Risikolebensversicherung LV 80-1766093 – Änderung Bezugsrecht",
             """\
Sehr geehrte Frau Kuhn,

wir haben das Bezugsrecht Ihrer Risikolebensversicherung LV 80-1766093
(Versicherungssumme 150.000 €, Ablauf 01.05.2039) wie gewünscht geändert:

bisher:  widerrufliches Bezugsrecht für den Ehegatten, Herrn Daniel Kuhn
neu:     widerrufliches Bezugsrecht für Ihre Tochter Emma Kuhn, geb. 17.06.2010

Da Ihre Tochter minderjährig ist, würde eine Auszahlung im Leistungsfall an den gesetzlichen
Vertreter erfolgen. Wenn Sie das nicht möchten, können Sie eine Testamentsvollstreckung oder
einen Pfleger bestimmen; sprechen Sie dazu am besten mit einem Notar.

Der Vertrag dient zusätzlich als Sicherheit für den Geschäftskredit der Sparkasse (Abtretung
vom 12.03.2021). Die Abtretung bleibt vorrangig bestehen.

Mit freundlichen Grüßen
Bestandsservice Leben
Zunftkasse Lebensversicherung AG
""", d="2024-09-27 10:31")


def m050():
    return M(50, "NORMAL", "en", "insurer-to-broker",
             "trap: broker portal access set up, one-time password sent separately, no customer data",
             "Partnerportal <partnerportal@zunftkasse.example>",
             "Emma Whitfield <e.whitfield@northbridge-brokers.example>",
             "Your access to the Zunftkasse partner portal",
             """\
Dear Ms Whitfield,

your user account for the Zunftkasse partner portal has been created.

User name:     EWHITFIELD.NB
Partner firm:  Northbridge Insurance Brokers GmbH (partner no. 30-5521)
Role:          broker user (portfolio rights as set by your firm administrator)

Your one-time password will be sent to you by text message. You will be asked to change it
and to set up a security question at your first login:
https://partner.zunftkasse.example/login

For security reasons we will never ask you for your password by e-mail or phone.

If you did not request this account, please tell your firm administrator or contact
partnerservice@zunftkasse.example.

Zunftkasse Partner Service
""", d="2024-09-10 07:58")


def m051():
    return M(51, "CONFIDENTIAL", "de", "broker",
             "sole-trader broker's new bank account and tax number for commission payments",
             "Provisionsabrechnung <provision@zunftkasse.example>",
             "Rüdiger Feldmann <r.feldmann@feldmann-makler.example>",
             "AW: Neue Bankverbindung Courtage – VM 30-2207",
             """\
Sehr geehrter Herr Feldmann,

die neue Bankverbindung ist ab der Courtageabrechnung November hinterlegt. Bitte prüfen Sie
die Daten:

> Vermittlernummer: 30-2207, Assekuranzmakler Feldmann e.K., Inhaber Rüdiger Feldmann
> Neue Bankverbindung: Kasseler Volksbank, IBAN DE54 5206 0208 3555 0356 51
> Steuernummer: 026 812 40177, Finanzamt Kassel II-Hofgeismar
> Umsatzsteuer: Versicherungsvermittlung steuerfrei nach § 4 Nr. 11 UStG

Die Abrechnung Oktober (7.412,36 €) wurde noch auf das alte Konto überwiesen.

Mit freundlichen Grüßen
Team Provisionsabrechnung
Zunftkasse Versicherung AG
""", d="2024-11-06 14:44")


def m052():
    return M(52, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "BU benefit acknowledgement for the master baker; body neutral, decision and diagnosis in the PDF",
             "Dr. Helga Wendt <h.wendt@zunftkasse.example>",
             "Jürgen Hufnagel <baeckerei.hufnagel@t-mail.example>",
             "Unser Schreiben vom 25.11.2024",
             """\
Sehr geehrter Herr Hufnagel,

anbei erhalten Sie vorab unser Schreiben vom heutigen Tag. Das Original geht Ihnen mit der
Post zu.

""" + SIG_WENDT,
             atts=[PDF("Schreiben_LV80-2231945_2024-11-25.pdf", [
                 "Zunftkasse Lebensversicherung AG · Ständeplatz 11 · 34117 Kassel",
                 "",
                 "Herrn Jürgen Hufnagel",
                 "Frankfurter Straße 212",
                 "34134 Kassel",
                 "                                                   Kassel, 25.11.2024",
                 "Berufsunfähigkeitsversicherung Nr. LV 80-2231945",
                 "Versicherte Person: Jürgen Hufnagel, geb. 09.03.1969",
                 "",
                 "Sehr geehrter Herr Hufnagel,",
                 "",
                 "wir haben Ihren Antrag auf Leistungen wegen Berufsunfähigkeit geprüft und",
                 "erkennen unsere Leistungspflicht ab dem 01.07.2024 an.",
                 "",
                 "Grundlage sind der Befundbericht von Frau Dr. Ebeling vom 14.10.2024",
                 "(Berufsbedingtes Asthma bronchiale durch Mehlstaub, J45.0 G, mit",
                 "Sensibilisierung gegen Weizen- und Roggenmehl sowie Alpha-Amylase) und",
                 "die Anerkennung als Berufskrankheit Nr. 4301 durch die BGN.",
                 "",
                 "Eine Umorganisation Ihres Betriebs ist nicht zumutbar: Die Backstube ist der",
                 "Kern des Betriebs, der Fremdbezug der Backwaren ändert das Geschäftsmodell und",
                 "Ihr verbleibender Anteil (Einkauf, Büro) läge unter 25 Prozent.",
                 "",
                 "Wir leisten:",
                 "  - monatliche BU-Rente 1.800,00 EUR ab 01.07.2024",
                 "  - Befreiung von der Beitragszahlungspflicht ab 01.07.2024",
                 "  - Nachzahlung Juli bis November 2024: 9.000,00 EUR",
                 "  - Beitragserstattung Juli bis November 2024: 812,50 EUR",
                 "",
                 "Wir werden in angemessenen Abständen prüfen, ob die Berufsunfähigkeit",
                 "fortbesteht (§ 174 VVG). Bitte teilen Sie uns mit, wenn Sie eine neue",
                 "berufliche Tätigkeit aufnehmen.",
                 "",
                 "Mit freundlichen Grüßen",
                 "Zunftkasse Lebensversicherung AG",
                 "Dr. Helga Wendt"])], d="2024-11-25 15:02")


def m053():
    return M(53, "NORMAL", "de", "internal",
             "trap: quarterly figures of 'BU' claims meaning Betriebsunterbrechung (business interruption), aggregated",
             "Frank Dietz <f.dietz@zunftkasse.example>",
             "Leitung Firmenkunden <fk-leitung@zunftkasse.example>",
             "BU-Schäden Q3/2024 – Kurzbericht",
             """\
Hallo zusammen,

Kurzbericht BU (Betriebsunterbrechung) Q3, Gesamtbestand Kleingewerbe:

                               Q3/2023   Q3/2024
Gemeldete BU-Schäden               118       141
  davon nach Brand                  37        33
  davon nach Leitungswasser         44        51
  davon Inhaberausfall (Krankheit)  21        39
  davon Inhaberausfall (Unfall)      9        12
Ø Unterbrechungsdauer (Tage)        34        41
Aufwand gesamt (T€)              2.913     3.806

Auffällig: Inhaberausfall wächst stark, v.a. Gastronomie und Friseure. Die durchschnittliche
Dauer bei Krankheit liegt bei 58 Tagen (Karenz abgezogen). Ich schlage vor, dass wir im
Jour fixe über die Karenz (21 statt 14 Tage als Standard) sprechen.

Gruß Frank
""", d="2024-10-08 08:59")


def m054():
    return M(54, "CONFIDENTIAL", "en", "insurer-to-customer",
             "premium reminder to a food truck owner (sole trader) with policy numbers, amount due and his IBAN",
             "Beitragsservice <beitragsservice@zunftkasse.example>",
             "Joe Miller <joe@smokeyjoes-bbq.example>",
             "Payment reminder - policies GS-7155-302118 / GH-3390-151207",
             """\
Dear Mr Miller,

we were unable to collect the quarterly premium of EUR 486.20 due on 1 October 2024. Your
bank returned the direct debit with the reason "insufficient funds" (account
DE31 2005 0550 5915 2688 97).

Policies:
  GS-7155-302118  Food truck contents and equipment   EUR 221.40
  GH-3390-151207  Business liability (food service)    EUR 264.80
  Return debit fee charged by your bank                 EUR   3.00

Please transfer EUR 489.20 to our account (Zunftkasse Versicherung AG,
IBAN DE49 5007 0010 9869 4819 65, reference "GS-7155-302118 Q4") by 28 October 2024.
If we do not receive the payment, we will try the direct debit again on 1 November.

This is a first reminder; there are no legal consequences yet. If you have difficulties
paying, please call us - we can split the amount.

Kind regards
Premium Service
Zunftkasse Versicherung AG
""", d="2024-10-14 07:45")


def m055():
    return M(55, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "private health insurance reimbursement of a knee MRI and orthopaedist bill (GOÄ) for a pub owner",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Siobhan Gallagher <siobhan@crookedanchor.example>",
             "Your invoices - health insurance KV 55 410 093-1",
             """\
Hi Siobhan,

quick update on the invoices you sent in August (I translated the statement for you):

Invoice                                       Amount      Reimbursed
Dr. Harms, orthopaedics, 05/08 (GOÄ 1, 5,     EUR 186.42  EUR 186.42
  3306, 7 - consultation, knee examination)
Radiologie Altona, MRI right knee, 09/08      EUR 612.73  EUR 612.73
  (GOÄ 5729 + 5731) - suspected meniscus
  tear, result: grade II degeneration
Physio Eppendorf, 6 x KG + 6 x ice therapy    EUR 298.80  EUR 254.40
  (capped at the tariff maximum)
Diclofenac 75 mg, pharmacy receipt            EUR  14.36  EUR   0.00
  (below your annual deductible)

Total paid: EUR 1,053.55 to your account ending ...6597 this Friday.

Your remaining deductible for 2024 is EUR 85.64.

""" + SIG_OWENS, d="2024-09-04 16:12")


def m056():
    return M(56, "NORMAL", "en", "insurer-to-customer",
             "trap: generic answer to a prospective pub owner about owner-absence and liability cover, no personal data",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Declan Byrne <declan.byrne@fastmail-post.example>",
             "RE: insurance for a new pub in Kassel?",
             """\
Hi Declan,

congratulations on the lease! In short, what most of our pub customers have:

1. Contents (Inhaltsversicherung): fit-out, furniture, stock, cash - against fire, water,
   burglary and storm. Natural hazards (flooding, backflow) as an add-on.
2. Business interruption: pays your running costs and lost profit if you have to close
   after such damage. Optional "owner absence" if you yourself are ill or injured.
3. Public liability: if a guest slips, or you damage something in the rented premises.
   In Germany many landlords require this in the lease.
4. Personal cover for you (disability, daily sickness benefit, health insurance) is
   usually arranged separately - a broker can compare this for you.

For a quote I'd need: address, size of the premises, seats, expected turnover, opening
hours (after 2 am?), live music, and whether there is a deep fryer.

Happy to do this in English. There's also an English product sheet:
https://www.zunftkasse.example/en/hospitality

""" + SIG_OWENS + """

> From: Declan Byrne
> Hi, I'm opening a small Irish pub in Kassel in spring (just signed the lease). What
> insurance do I actually need in Germany? What if I get sick, does anything cover that?
> Thanks, Declan
""", d="2024-10-10 12:27")


def m057():
    return M(57, "CONFIDENTIAL", "de", "insurer-to-customer",
             "car repair shop (sole trader): customer's car damaged on the lift, plate and owner named",
             "Timo Albers <t.albers@zunftkasse.example>",
             "Kfz-Werkstatt Özdemir <info@kfz-oezdemir.example>",
             "Obhutsschaden Audi A4 KS-MB 2217 – S-24-1066470",
             """\
Hallo Herr Özdemir,

zum Schaden am Audi A4 Ihres Kunden Herrn Matthias Bolte (KS-MB 2217), der am 07.10. von der
Hebebühne gerutscht ist:

Ihre Betriebshaftpflicht für das Kfz-Handwerk (GH-3390-133591) enthält die Obhuts- und
Bearbeitungsschäden an Kundenfahrzeugen bis 100.000 €, Selbstbeteiligung 1.000 €.

Das Gutachten des DEKRA-Sachverständigen liegt vor:
  Reparaturkosten netto     11.842,17 €
  Wertminderung                850,00 €
  Nutzungsausfall 9 Tage       585,00 €

Wir zahlen nach Eingang der Reparaturrechnung direkt an Herrn Bolte bzw. an die
reparierende Werkstatt. Da Sie selbst reparieren möchten: Bitte nur zu den Konditionen laut
Gutachten und mit Rechnung an Herrn Bolte, die Selbstbeteiligung verrechnen wir.

Noch eine Bitte: das letzte Prüfprotokoll der Hebebühne (UVV-Prüfung) brauchen wir für die Akte.

Gruß
Timo Albers
""", d="2024-10-17 13:38")


def m058():
    return M(58, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "car mechanic owner's daily sickness allowance after carpal tunnel surgery",
             "Jana Pfeiffer <j.pfeiffer@zunftkasse.example>",
             "Serkan Özdemir <info@kfz-oezdemir.example>",
             "KT-Leistung – OP Karpaltunnel",
             """\
Hallo Herr Özdemir,

kurze Rückmeldung zu Ihrer Frage von heute Morgen: Ja, für die Zeit nach der Operation am
rechten Handgelenk (Karpaltunnelsyndrom, OP am 02.12. ambulant bei Dr. Adamek) zahlen wir
Krankentagegeld, allerdings erst ab dem 22. Tag der Arbeitsunfähigkeit – so ist Ihr Tarif
KT 21 vereinbart. Bei der üblichen AU-Dauer von 4–6 Wochen nach so einer OP wären das
also ca. 1–3 Wochen x 110 €.

Schicken Sie uns bitte die AU mit Diagnose und später die Folgebescheinigungen. Bitte in der
Zeit nicht in der Werkstatt mitschrauben, auch nicht "nur mit links" – das gefährdet die Leistung.

Gruß
Jana Pfeiffer
Leistung Krankentagegeld
Zunftkasse Krankenversicherung AG
""", d="2024-11-26 11:20")


def m059():
    return M(59, "NORMAL", "de", "insurer-to-partner",
             "trap: invitation (ICS) to a craft association information evening on disability, sickness pay and BI",
             "Murat Yıldız <m.yildiz@zunftkasse.example>",
             "Kreishandwerkerschaft Kassel <info@khs-kassel.example>",
             "Infoabend 'Wenn der Meister ausfällt' – Termin und Ablauf",
             """\
Sehr geehrte Frau Grothe,

vielen Dank für die Einladung. Ich bestätige den Termin am 21.11. um 18:30 Uhr im Saal der
Kreishandwerkerschaft. Ablauf wie besprochen:

18:30  Begrüßung (Kreishandwerksmeister)
18:40  "Berufsunfähigkeit im Handwerk – was zahlt die gesetzliche Rente, was nicht?"
19:10  "Krankentagegeld für Selbständige – ab wann, wie viel?"
19:30  "Betrieb steht still: Betriebsunterbrechung und Inhaberausfall"
19:50  Fragen, danach Imbiss

Ich bringe Flyer mit, aber wir machen keine Einzelberatung vor Ort – wer möchte, kann einen
Termin vereinbaren. Den Kalendereintrag hänge ich an.

Mit freundlichen Grüßen
Murat Yıldız
Vertrieb Handwerk / Maklerbetreuung
""",
             atts=[ICS("Infoabend_KHS_2024-11-21.ics", """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zunftkasse//Outlook Export//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:20241121-infoabend-khs@zunftkasse.example
DTSTAMP:20241028T090000Z
DTSTART:20241121T173000Z
DTEND:20241121T200000Z
SUMMARY:Infoabend "Wenn der Meister ausfällt" - Kreishandwerkerschaft Kassel
LOCATION:Kreishandwerkerschaft Kassel\\, Saal 1
DESCRIPTION:Vorträge BU\\, Krankentagegeld\\, Betriebsunterbrechung/Inhaberausfall
ORGANIZER;CN=Murat Yildiz:mailto:m.yildiz@zunftkasse.example
ATTENDEE;CN=Kreishandwerkerschaft:mailto:info@khs-kassel.example
END:VEVENT
END:VCALENDAR
""")], d="2024-10-28 10:05")


def m060():
    return M(60, "NORMAL", "en", "insurer-to-partner",
             "trap: anonymised large-loss list for the reinsurer (age bands, postcode area, no names) in XLSX",
             "Frank Dietz <f.dietz@zunftkasse.example>",
             "Lukas Mäder <lukas.maeder@balticre.example>",
             "Large losses > EUR 100k small commercial 2022-2024 (anonymised)",
             """\
Hi Lukas,

the large-loss list as promised. Anonymised as per our treaty data agreement: no names,
no policy numbers, postcode area (2 digits) only, owner age in 10-year bands for the
owner-absence cases. Cells with fewer than 3 cases per trade/year are merged into "other".

Best
Frank
""",
             atts=[XLSX("LargeLosses_SmallCommercial_2022-2024_anon.xlsx", [
                 ["Year", "Trade", "PLZ area", "Cause", "Property EUR", "BI EUR", "Liability EUR", "Owner age band", "Total EUR"],
                 [2022, "Bakery", "34", "Fire - oven", 412000, 188000, 0, "", 600000],
                 [2022, "Restaurant", "20", "Fire - fat fire, extraction duct", 236000, 141000, 0, "", 377000],
                 [2022, "Roofing", "37", "Liability - fire while torching", 0, 0, 318000, "", 318000],
                 [2023, "Haulage", "34", "Owner absence - illness", 0, 104000, 0, "50-59", 104000],
                 [2023, "Butcher", "36", "Machinery - cold store", 96000, 38000, 0, "", 134000],
                 [2023, "Restaurant", "60", "Liability - guest bodily injury", 0, 0, 162000, "", 162000],
                 [2023, "Other", "3x", "various (merged, n=4)", 281000, 97000, 40000, "", 418000],
                 [2024, "Hairdresser", "34", "Water - burst pipe upstairs flat", 118000, 46000, 0, "", 164000],
                 [2024, "Electrical", "34", "Liability - cable fire at client", 0, 0, 121000, "", 121000],
                 [2024, "Restaurant", "34", "Owner absence - illness", 0, 112000, 0, "40-49", 112000],
             ], sheet="LargeLosses")], d="2024-11-12 17:30")


def m061():
    return M(61, "NORMAL", "de", "newsletter",
             "trap: hairdressers' guild newsletter (skin protection, exams, prices) forwarded, no person",
             "Timo Albers <t.albers@zunftkasse.example>",
             "Team Haftpflicht <team-hv@zunftkasse.example>",
             "WG: Friseur-Innung Info 11/24",
             """\
Zur Info, Punkt 2 passt zu den Blondier-Schäden, die wir gerade häufiger sehen.

T.

-------- Original-Nachricht --------
Von: Friseur-Innung Kassel <info@friseurinnung-kassel.example>
Betreff: Friseur-Innung Info 11/24

Liebe Kolleginnen und Kollegen,

1. Gesellenprüfung Winter: Anmeldeschluss 15.12. Prüfungsmodelle bitte selbst mitbringen.

2. Kopfhautverätzungen beim Blondieren - Hinweise des Landesinnungsverbands:
   Bei hohem Entwickler (9 % / 12 %) nie direkt auf der Kopfhaut arbeiten, keine Wärme beim
   Ansatz, Einwirkzeit nach Herstellerangabe stoppen. Bei Brennen sofort ausspülen und
   Kundin zum Arzt schicken. Dokumentieren Sie Produkt, Konzentration und Einwirkzeit auf
   der Karteikarte - das hilft auch Ihrer Haftpflichtversicherung.

3. Hautschutz: Die BGW bietet wieder kostenlose Hautschutzseminare für Azubis an.
   Termine: 14.01. und 11.02. in Kassel.

4. Preisumfrage: Der Durchschnittspreis für Damen Waschen/Schneiden/Föhnen liegt in
   Nordhessen jetzt bei 52 EUR. Bitte denken Sie an die Mindestlohnerhöhung zum 01.01.

Eure Innung
""", charset="iso-8859-1", cte="8bit", d="2024-11-08 10:40")


def m062():
    return M(62, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
             "health insurance premium certificate for a roofer's tax return sent to his tax adviser (health line, incl. wife and son)",
             "Beitragsservice Kranken <kv-service@zunftkasse.example>",
             "Steuerkanzlei Heimann <post@kanzlei-heimann.example>",
             "Ihre Anfrage Mandant Brenner – Beitragsbescheinigung 2024 (KV 55 099 214-7)",
             """\
Sehr geehrte Frau Heimann,

auf Ihre Anfrage und mit Vollmacht Ihres Mandanten Stefan Brenner übersenden wir die Daten
für die Einkommensteuererklärung 2024 (Vorsorgeaufwendungen, § 10 Abs. 1 Nr. 3 EStG):

Versicherte Person        Tarif                    Beitrag 2024  davon Basis  Pflegepflicht
Stefan Brenner            Komfort 300, KT 43       7.284,00 €    5.902,80 €   624,00 €
Sabine Brenner            Komfort 300              5.118,00 €    4.590,60 €   540,00 €
Lukas Brenner (Sohn)      Azubi-Tarif              1.494,00 €    1.335,36 €   156,00 €

Beitragsrückerstattung für 2023 (ausgezahlt 07/2024): Stefan Brenner 1.214,00 €
(leistungsfreies Jahr). Für Sabine und Lukas Brenner erfolgte keine Rückerstattung.

Die elektronische Übermittlung an das Finanzamt ist erfolgt (Einwilligung liegt vor).
Krankentagegeld ist kein Basisbeitrag und daher nicht enthalten.

Mit freundlichen Grüßen
Beitragsservice
Zunftkasse Krankenversicherung AG
""", d="2025-01-14 09:16")


def m063():
    return M(63, "NORMAL", "de", "internal",
             "trap: blank inspection report template for bakeries with placeholders (DOCX)",
             "Ole Brandt <o.brandt@zunftkasse.example>",
             "Risk Engineering Gewerbe <risk-gewerbe@zunftkasse.example>",
             "Neue Vorlage Besichtigungsbericht Bäckerei v3",
             """\
Hallo zusammen,

neue Vorlage im Anhang, ab sofort bitte nur noch diese nutzen. Geändert: Abschnitt
Mehlstaub/Silos (Staubexplosion), Ladenbackofen, Photovoltaik auf dem Dach.

Ole
""",
             atts=[DOCX("Vorlage_Besichtigungsbericht_Baeckerei_v3.docx", [
                 "Risikobesichtigung Bäckerei / Konditorei – Bericht",
                 "Betrieb: «Firmenname»   Vertrag: «Vertragsnummer»   Datum: «Datum»",
                 "Ansprechpartner vor Ort: «Name», «Funktion»",
                 "",
                 "1. Betriebsbeschreibung",
                 "Filialen: «Anzahl»   Mitarbeiter Backstube: «Anzahl»   Betriebszeiten: «von–bis»",
                 "",
                 "2. Öfen und Feuerstätten",
                 "[ ] Etagenofen   [ ] Stikkenofen   [ ] Ladenbackofen   Brennstoff: «Gas/Öl/Strom»",
                 "Letzte Wartung: «Datum»   Abgasanlage geprüft: [ ] ja [ ] nein",
                 "",
                 "3. Mehlsilo und Staub",
                 "Silo vorhanden [ ] ja [ ] nein   Explosionsschutzdokument [ ] ja [ ] nein",
                 "Absaugung an Knetmaschinen [ ] ja [ ] nein",
                 "",
                 "4. Fettbackgeräte",
                 "Fettbackgerät mit Übertemperaturschutz [ ] ja [ ] nein   Löscher Klasse F [ ] ja [ ] nein",
                 "",
                 "5. Elektrik / PV",
                 "E-Check DGUV V3 gültig bis «Datum»   PV-Anlage «kWp», Abschaltung Feuerwehr [ ] ja [ ] nein",
                 "",
                 "6. Mängel und Empfehlungen",
                 "Nr | Mangel | Priorität (A/B/C) | Frist",
                 "",
                 "7. Gesamteinschätzung: [ ] gut  [ ] durchschnittlich  [ ] verbesserungsbedürftig",
                 "Unterschrift Risk Engineer: ____________________"])], d="2024-10-01 15:10")


def m064():
    return M(64, "CONFIDENTIAL", "de", "insurer-to-customer",
             "optician (sole trader) burglary: frames and sunglasses stolen as stock; no health data, policy and claim number",
             "Sabine Kröger <s.kroeger@zunftkasse.example>",
             "Optik Sehfeld <info@optik-sehfeld.example>",
             "Einbruchdiebstahl 19./20.10. – Schaden S-24-1084451",
             """\
Sehr geehrter Herr Sehfeld,

der Einbruch in Ihr Geschäft ist unter S-24-1084451 erfasst (Inhaltsversicherung
GS-7111-290744, VN Bernd Sehfeld e.K.). Laut Ihrer Aufstellung wurden aus den Vitrinen
entwendet:

- 64 Korrekturfassungen (Markenware), EK gesamt 7.930 €
- 38 Sonnenbrillen, EK gesamt 3.420 €
- Tablet aus dem Messraum

Kundenaufträge (fertige Brillen in der Abholschublade) sind nach Ihrer Aussage nicht
betroffen, das ist gut.

Wichtig: Versichert ist der Einkaufspreis, nicht der Verkaufspreis. Bitte reichen Sie die
Lieferantenrechnungen bzw. eine Inventurliste mit EK-Preisen ein. Die Vitrinenschlösser
waren nach dem Polizeibericht nicht abgeschlossen – dazu bräuchte ich noch eine kurze
Stellungnahme, denn die Bedingungen verlangen Verschluss außerhalb der Öffnungszeiten.

Mit freundlichen Grüßen

""" + SIG_KROEGER, d="2024-10-22 10:51")


def m065():
    return M(65, "NORMAL", "en", "insurer-to-supplier",
             "trap: translation agency price offer for policy wordings and claim forms (incl. medical questionnaire template), no person",
             "Kai Wenzel <k.wenzel@zunftkasse.example>",
             "Projects <projects@lingua-bridge.example>",
             "RE: Quote LB-24-3318 - translations TR / VI / PL",
             """\
Hello Ms Kowalski,

thanks for the quote. We accept positions 1, 2 and 4; please drop position 3 for now.

> Quote LB-24-3318
> 1  Policy wording "Gastro-Paket" DE>TR, DE>VI, 6,200 words each     EUR 0.14/word  EUR 2,604.00
> 2  Claim notification form (liability, bodily injury) DE>TR/VI/PL  flat           EUR   480.00
> 3  Medical questionnaire disability insurance (blank), DE>TR/VI/PL   flat           EUR   690.00
> 4  Proofreading by insurance specialist                              EUR 65/hour    est. EUR 390.00
> Delivery: 15 working days. Prices excl. VAT.

Our legal team first wants to decide whether the medical questionnaire may be offered in
translation at all (the German version is the binding one). I'll come back to you in
January.

Please send the order confirmation to einkauf@zunftkasse.example with cost centre 4410.

Best regards
Kai Wenzel
Marketing & Communication
""", d="2024-12-09 11:03")


def m066():
    return M(66, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
             "facultative reinsurance request for a key-person life cover of a brewery owner with medical underwriting details",
             "Peter Ruland <p.ruland@zunftkasse.example>",
             "Life Facultative <life-fac@balticre.example>",
             "Fac request - key person term life EUR 1.8m - Caldwell / Hopfenwerk Taproom GmbH",
             """\
Dear colleagues,

we'd like to place the following risk facultatively (our retention EUR 500k):

Policyholder:    Hopfenwerk Taproom GmbH, Kassel (craft brewery with taproom, 14 staff)
Life insured:    Ryan Caldwell, male, born 04 July 1979, US citizen, managing partner
Cover:           term life EUR 1,800,000, 10 years, key person / bank loan security
Occupation:      brewmaster and manager, no hazardous pursuits except motorcycling

Medical evidence (full underwriting):
- BMI 31.4 (1.84 m / 106 kg)
- BP 148/94 on two readings, treated since 2021 with ramipril 5 mg
- LDL 172 mg/dl, GGT 94 U/l (slightly elevated), other LFTs normal
- resting ECG normal, exercise ECG to 200 W without findings
- alcohol: states 10-14 units/week; occupation-related tasting
- family history: father myocardial infarction at 58

Our assessment: +75 % extra mortality for hypertension/lipids/build, GGT to be rechecked
in 6 months. Please confirm your terms or advise if you'd like additional evidence
(e.g. CDT).

Kind regards
Peter Ruland
Underwriting Life
Zunftkasse Lebensversicherung AG
""", d="2024-11-28 14:09")


def m067():
    return M(67, "NORMAL", "de", "insurer-to-partner",
             "trap: job advertisement for a risk engineer (restaurants, bakeries) sent to a job portal, no person",
             "Personalabteilung <karriere@zunftkasse.example>",
             "Anzeigenservice <anzeigen@jobportal-hessen.example>",
             "Anzeigenauftrag: Risk Engineer Gastronomie & Lebensmittelhandwerk (m/w/d)",
             """\
Sehr geehrte Damen und Herren,

bitte schalten Sie folgende Anzeige für 30 Tage im Paket "Premium Hessen" (Angebot vom 02.12.):

---
Risk Engineer Gastronomie & Lebensmittelhandwerk (m/w/d) – Kassel, Vollzeit

Sie besichtigen Bäckereien, Metzgereien, Restaurants und Imbisse in ganz Hessen, bewerten
Brand- und Betriebsunterbrechungsrisiken (Fettbrand, Ofen, Kühlung, Staubexplosion) und
beraten unsere Kunden zu Prävention.

Sie bringen mit: Studium Sicherheitstechnik/Verfahrenstechnik oder Meister (Bäcker, Fleischer,
Koch) mit Weiterbildung, Führerschein B, Reisebereitschaft (ca. 60 %).

Wir bieten: 38-Stunden-Woche, Dienstwagen, betriebliche Altersversorgung, Krankenzusatz-
versicherung für Mitarbeitende, Jobrad, 30 Tage Urlaub.

Bewerbung bis 15.01.2025 über karriere.zunftkasse.example, Kennziffer RE-2024-17.
---

Rechnung bitte an rechnungseingang@zunftkasse.example, Kostenstelle 1120.

Mit freundlichen Grüßen
Personalabteilung Zunftkasse
""", d="2024-12-03 09:22")


def m068():
    return M(68, "CONFIDENTIAL", "en", "insurer-to-customer",
             "pub's Christmas seasonal staff list with birth dates for fidelity cover, only in the ODS attachment",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Siobhan Gallagher <siobhan@crookedanchor.example>",
             "Christmas staff - fidelity cover confirmation",
             """\
Hi Siobhan,

all five Christmas temps are now included in your fidelity (employee dishonesty) cover
from 1 December to 6 January - see the attached list as we recorded it. Please check the
spelling and dates of birth, and let me know if anybody leaves early.

""" + SIG_OWENS,
             atts=[ODS("Crooked_Anchor_seasonal_staff_2024.ods", [
                 ["Policy", "VS-6610-012884 (Vertrauensschaden)", "Policyholder", "Siobhan Gallagher, The Crooked Anchor"],
                 [],
                 ["Name", "Date of birth", "Role", "From", "To", "Cash handling"],
                 ["Aoife Brennan", "22/03/2001", "Bar", "01/12/2024", "06/01/2025", "yes"],
                 ["Lukas Petersen", "1999-08-14", "Bar", "01/12/2024", "06/01/2025", "yes"],
                 ["Marta Kowalczyk", "07.11.1996", "Kitchen", "05/12/2024", "31/12/2024", "no"],
                 ["Jamal Haddad", "30/01/2003", "Floor/glass collector", "01/12/2024", "06/01/2025", "no"],
                 ["Finn Olsen", "12/06/2000", "Bar, door", "13/12/2024", "01/01/2025", "yes"],
             ], sheet="Staff")], d="2024-11-29 12:34")


def m069():
    return M(69, "NORMAL", "mixed", "internal",
             "trap: bilingual team memo on interpreters for foreign-language owners, no customer named",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "International Desk <international@zunftkasse.example>",
             "Dolmetscher / interpreters - neue Regelung ab 01.11.",
             """\
Hallo zusammen / hi all,

ab 01.11. gilt für Telefondolmetscher (Türkisch, Vietnamesisch, Polnisch, Arabisch):

- Buchung nur noch über den Rahmenvertrag mit Lingua Bridge, Kostenstelle 4410
- bei Gesprächen über Krankheit, Unfall oder BU immer die Kollegen aus der Personen-
  versicherung dazuholen, wir führen diese Gespräche nicht allein

In English for Tom and Aoife:
- from 1 November, phone interpreters are booked via the Lingua Bridge framework contract only
- the interpreter signs the confidentiality undertaking once per year, not per call
- if the customer brings a family member to translate (children often do that in the
  restaurant and nail studio businesses), note it in the file - but no minors for
  health or disability topics

Fragen an mich.
Rachel
""", d="2024-10-30 16:40")


def m070():
    return M(70, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "bakery apprentice's disability application: hay fever and allergic asthma in childhood, exclusion clause",
             "Peter Ruland <p.ruland@zunftkasse.example>",
             "Lisa Brandl <lisa.brandl05@web-post.example>",
             "Ihr Antrag Azubi-BU – Rückfrage zu Ihren Gesundheitsangaben",
             """\
Hallo Frau Brandl,

danke für Ihren Antrag auf die Azubi-BU über Ihren Ausbildungsbetrieb. Sie haben bei den
Gesundheitsfragen angegeben, dass Sie seit der Kindheit Heuschnupfen haben (Gräser,
Birke) und als Kind "Asthma mit Spray" hatten.

Weil Sie eine Ausbildung zur Bäckerin machen und Mehlstaub bei Allergikern häufiger zu
Atemwegsproblemen führt, müssen wir dazu genauer nachfragen:

1. Wann hatten Sie zuletzt Asthmabeschwerden oder haben ein Asthmaspray benutzt?
2. Wurde ein Allergietest gemacht? Wenn ja, bitte das Ergebnis beilegen (auch alte Befunde
   vom Kinderarzt helfen).
3. Nehmen Sie im Frühjahr Tabletten gegen Heuschnupfen (z. B. Cetirizin)?

Je nach Antwort können wir den Vertrag normal annehmen oder mit einer Ausschlussklausel für
Erkrankungen der Atemwege. Da Sie 17 sind, muss einer Ihrer Eltern den Antrag mit unter-
schreiben – das Formular schicke ich per Post.

Viele Grüße
Peter Ruland
Risikoprüfung Leben
Zunftkasse Lebensversicherung AG
""", d="2024-09-13 10:40")


def m071():
    return M(71, "NORMAL", "de", "insurer-to-partner",
             "trap: price offer for a group framework contract for guild members (accident, sickness pay), rates per head, no person",
             "Murat Yıldız <m.yildiz@zunftkasse.example>",
             "Geschäftsführung Fleischer-Innung <gf@fleischerinnung-nh.example>",
             "Angebot Rahmenvertrag Innungsmitglieder 2025",
             """\
Sehr geehrter Herr Dr. Ahlers,

wie im Vorstand besprochen unser Angebot für den Rahmenvertrag der Innungsbetriebe
(gültig für Beitritte bis 31.03.2025):

Baustein                                   Beitrag Rahmenvertrag   Einzeltarif
Gruppenunfall Mitarbeiter, 24 h,           7,90 € / Kopf / Monat   9,80 €
  Invalidität 100.000 €, Progression 225 %
Krankentagegeld Inhaber ab Tag 43,         ab 1,08 € je 10 € TG    1,24 €
  (altersabhängig, mit Gesundheitsprüfung)
Inhalt + Kühlgutverderb 20.000 €           Nachlass 15 %           –
Betriebshaftpflicht Fleischer              Nachlass 10 %           –

Voraussetzung: mindestens 20 teilnehmende Betriebe im ersten Jahr. Gesundheitsfragen für
das Krankentagegeld stellen wir ausschließlich direkt an die Betriebsinhaber; die Innung
erhält keine Gesundheits- oder Vertragsdaten einzelner Mitglieder, nur die Teilnehmerzahl.

Mit freundlichen Grüßen
Murat Yıldız
""", d="2024-12-05 14:28")


def m072():
    return M(72, "CONFIDENTIAL", "de", "insurer-to-customer",
             "plumber (sole trader) liability claim: water damage in a named tenant's flat, nobody hurt",
             "Timo Albers <t.albers@zunftkasse.example>",
             "Sanitär Hoffmeister <info@sanitaer-hoffmeister.example>",
             "Wasserschaden Wohnung Kessler, Akazienweg 9 – BHV S-24-1112980",
             """\
Moin Herr Hoffmeister,

Ihr Lehrling hat beim Heizkörpertausch in der Wohnung von Frau Renate Kessler (Akazienweg 9,
2. OG links, Baunatal) die Verschraubung nicht dicht gekriegt, das Wasser ist über Nacht in
die Wohnung darunter (Familie Yüksel) gelaufen. Verletzt wurde niemand.

Gemeldete Schäden:
- Parkett Wohnung Kessler, Wohnzimmer ca. 28 m²
- Deckenputz und Tapete Wohnung Yüksel, Küche
- Trocknungsgeräte 14 Tage (Strom wird gesondert erstattet)

Aus Ihrer Betriebshaftpflicht (GH-3390-127715) übernehmen wir die Schäden der beiden
Mietparteien bzw. des Gebäudeversicherers. Die Nacharbeit am Heizkörper selbst zahlen Sie
(Ihre eigene Leistung).

Bitte schicken Sie mir den Stundenzettel vom 13.11. und den Namen des Lehrlings für die Akte.

Gruß
Timo Albers
""", d="2024-11-15 08:44")


def m073():
    return M(73, "NORMAL", "en", "insurer-to-customer",
             "trap: portal notification 'new secure message', no content",
             "Zunftkasse SecureMail <securemail@zunftkasse.example>",
             "linh.nguyen.private@gmx-post.example",
             "You have a new message in your Zunftkasse mailbox",
             """\
Hello,

you have received a new message in your secure Zunftkasse mailbox.

To read it, please log in at https://securemail.zunftkasse.example

For your protection, this notification contains no details of the message. If you have
forgotten your password, use "Reset password" on the login page and answer your security
question.

This is an automatically generated e-mail. Please do not reply.

Zunftkasse Versicherungsgruppe
""",
             html="""\
<html><body style="font-family:Arial;font-size:13px;color:#222">
<p>Hello,</p>
<p>you have received a new message in your secure Zunftkasse mailbox.</p>
<p><a href="https://securemail.zunftkasse.example" style="background:#8a1c1c;color:#fff;padding:8px 14px;text-decoration:none">Open mailbox</a></p>
<p style="font-size:11px;color:#666">For your protection, this notification contains no details of the message.
This is an automatically generated e-mail. Please do not reply.</p>
</body></html>
""", d="2024-11-06 10:05")


def m074():
    return M(74, "STRICTLY_CONFIDENTIAL", "de", "lawyer",
             "lawyer of the anaphylaxis guest claims damages with hospital findings, letter forwarded as attached message",
             "Timo Albers <t.albers@zunftkasse.example>",
             "Giuseppe Esposito <info@dapino-kassel.example>",
             "WG: Ihre Mandantin Kühnel – Schadenersatzforderung (S-24-1139066)",
             """\
Hallo Herr Esposito,

zur Info die Forderung des Anwalts von Frau Kühnel (im Anhang). Bitte nicht selbst antworten.
Ich brauche von Ihnen bis Freitag nur noch die Lieferantenrechnung für das Pesto mit der
Zutatenliste und die Aussage des Kellners.

Gruß
Timo Albers
""",
             atts=[EML(inner_mail(
                 "RA Dr. Felix Hagedorn <hagedorn@kanzlei-hagedorn.example>",
                 "schaden@zunftkasse.example",
                 "Ihr VN Esposito / Trattoria Da Pino – Mandantin Sabine Kühnel",
                 """\
Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Frau Sabine Kühnel, Heckershäuser Str. 30, 34128 Kassel, vertreten.

Unsere Mandantin hat am 09.11.2024 in der Trattoria Da Pino ausdrücklich auf ihre bekannte
Nussallergie hingewiesen. Ihr wurde versichert, das Gericht sei nussfrei. Nach dem Verzehr
erlitt sie einen anaphylaktischen Schock (Grad III nach Ring und Messmer) mit Atemnot,
Blutdruckabfall und Bewusstseinstrübung. Sie wurde notärztlich mit Adrenalin i.m. und
Kortison versorgt und bis zum 10.11. auf der Intensivstation des Klinikums Kassel
überwacht (Entlassbrief anbei, Diagnose T78.0). Seither leidet sie unter erheblichen
Ängsten beim Essen außer Haus; eine psychotherapeutische Behandlung wurde begonnen.

Wir fordern namens unserer Mandantin:
  Schmerzensgeld                          5.000,00 €
  Verdienstausfall 8 Arbeitstage           1.376,00 €
  Zuzahlungen, neuer Adrenalin-Autoinjektor   96,50 €
  vorgerichtliche Anwaltskosten              627,13 €

Frist: 13.12.2024.

Mit freundlichen Grüßen
Dr. Felix Hagedorn
Rechtsanwalt""", "Thu, 28 Nov 2024 16:41:02 +0100",
                 msgid="<kh-20241128-4471@kanzlei-hagedorn.example>"))],
             d="2024-11-29 08:31")


def m075():
    return M(75, "NORMAL", "de", "internal",
             "trap: organisational announcement naming colleagues (team lead change, deputies), no personal data",
             "Dr. Martina Keil <m.keil@zunftkasse.example>",
             "Schaden Firmenkunden <schaden-fk@zunftkasse.example>",
             "Personalie: neue Teamleitung Betriebshaftpflicht-Schaden",
             """\
Liebe Kolleginnen und Kollegen,

ab 01.12. übernimmt Timo Albers die Teamleitung Betriebshaftpflicht-Schaden. Er folgt auf
Wolfgang Rieß, der nach 31 Jahren bei der Zunftkasse in den Ruhestand geht – den Ausstand
feiern wir am 29.11. ab 15 Uhr in der Kantine, Kuchen ist bestellt.

Die Personenschäden (verletzte Gäste und Kunden) bleiben bei Herrn Albers selbst; die reinen
Sachschäden verteilt er ab Dezember neu. Vertretungen:
  Personenschäden: Nina Kappes
  Verkehrshaftung: Jens Rothe
  Kfz-Handwerk/Obhut: Sevgi Arslan

Viele Grüße
Martina Keil
Abteilungsleitung Schaden Firmenkunden
""", d="2024-11-21 12:02")


def m076():
    return M(76, "CONFIDENTIAL", "en", "insurer-to-customer",
             "quote for a nail studio owner (sole trader) based on her turnover and rent; income figures",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Linh Nguyen <nails.by.linh@gmx-post.example>",
             "Your quote: business interruption for Nails by Linh",
             """\
Hi Linh,

as promised, the quote for adding business interruption to your contents policy
GS-7111-508816. I used the numbers you gave me on the phone:

  Turnover 2023:                EUR 88,400
  Your profit 2023:             EUR 31,900
  Rent incl. service charges:   EUR 1,150 / month
  Part-time employee (Minijob): EUR 538 / month

Sum insured (12 months):        EUR 52,000
Annual premium:                 EUR 164.30 incl. insurance tax
Option owner absence (illness/accident, 21 days waiting, max 6 months): + EUR 118.90

If you want it from 1 January, just reply "yes" and tell me with or without the option.

""" + SIG_OWENS, d="2024-12-10 15:55")


def m077():
    return M(77, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
             "group accident claim: restaurant cook with hot-oil burns to face and arm, hospital treatment",
             "Lea Hoffmann <l.hoffmann@zunftkasse.example>",
             "Pho Saigon Restaurant <pho.saigon.kassel@gmx-post.example>",
             "Group accident UV 62-0021904 - accident of Mr Le Van Hung",
             """\
Dear Mr Tran,

thank you for reporting the accident of your cook, Mr Le Van Hung, on 15 November. From the
hospital report we understand that hot oil from the wok splashed over his left forearm and
the left side of his neck (second-degree burns, about 3 % of the body surface). He was
treated at the burns unit of the Klinikum for five days and is now in outpatient care;
skin grafts were not necessary.

Under your group accident policy we can pay:
- hospital daily allowance: 5 days x EUR 30 = EUR 150
- a permanent disability benefit only if scarring leaves a lasting impairment - we will
  assess this after one year

Because this was an accident at work, the BGN (employers' liability insurance association)
pays his medical treatment; please make sure you have reported it there as well.

Please send us Mr Le's bank details (an account in his own name) and the signed consent form.

Kind regards
Lea Hoffmann
Accident Claims
Zunftkasse Versicherung AG
""", d="2024-11-27 13:47")


def m078():
    return M(78, "NORMAL", "en", "newsletter",
             "trap: Irish pubs association newsletter (St Patrick's planning, staff wages, safety tips), no person",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Emma Whitfield <e.whitfield@northbridge-brokers.example>",
             "FW: Irish Pubs in Germany - Winter Newsletter",
             """\
Emma - page 2 has the slip/trip checklist we talked about. Feel free to share with your
hospitality clients.
Rachel

-------- Forwarded Message --------
From: Irish Pubs in Germany e.V. <news@irishpubs-de.example>
Subject: Winter Newsletter

DIA DUIT, MEMBERS!

* St Patrick's Day 2025 falls on a Monday. Start planning extra staff now - the minimum
  wage rises on 1 January, and mini-job limits change too.
* Stairs and cellars: most guest injuries in pubs happen on stairs to the toilets.
  Our checklist: anti-slip nosings, handrails on both sides, lights on a timer not a
  motion sensor, "mind the step" signs in German AND English.
* Live music: GEMA rates for 2025 are out, see the member area.
* Gas cylinders for beer dispensing: annual inspection - don't forget.
* Our annual meeting will be in Cologne, 8 February, at The Harp & Fiddle.

Sláinte!
Irish Pubs in Germany e.V. | www.irishpubs-de.example
""", d="2024-12-11 09:08")


def m079():
    return M(79, "NORMAL", "de", "insurer-to-customer",
             "trap: generic answer to a prospect about closure insurance for a snack bar; no contract, no health data",
             "Murat Yıldız <m.yildiz@zunftkasse.example>",
             "Ahmet Kaya <imbiss.kaya@web-post.example>",
             "AW: Betriebsschließungsversicherung für Imbiss?",
             """\
Hallo Herr Kaya,

danke für Ihre Anfrage. Kurz die Unterschiede, weil die Begriffe oft durcheinandergehen:

- Betriebsschließungsversicherung: zahlt, wenn das Gesundheitsamt Ihren Imbiss wegen
  Krankheitserregern (z. B. Salmonellen, Noroviren) schließt oder Ware vernichten lässt.
  Allgemeine Schließungen wie bei Corona sind nicht versichert.
- Betriebsunterbrechung: zahlt nach einem Sachschaden (Brand, Wasser, Einbruch), wenn Sie
  deshalb nicht öffnen können.
- Inhaberausfall: Zusatzbaustein, wenn Sie selbst krank werden oder einen Unfall haben.

Für ein Angebot brauche ich Ihren Jahresumsatz, die Zahl der Mitarbeiter und ob Sie mit
Fritteuse arbeiten. Gern auch telefonisch oder vor Ort – ich bin dienstags in Vellmar.

Viele Grüße
Murat Yıldız
Zunftkasse Versicherung AG

> Hallo, ich habe einen Döner Imbiss in Vellmar. Brauche ich so eine Schließungs-
> versicherung? Was kostet das? Gruß A. Kaya
""", d="2024-10-03 17:15")


def m080():
    return M(80, "CONFIDENTIAL", "de", "insurer-to-customer",
             "taxi firm (sole trader): named driver's speeding fine (administrative), fleet policy and plate",
             "Kfz-Flotte <kfz-flotte@zunftkasse.example>",
             "Taxi Aydın <taxi.aydin@t-mail.example>",
             "Ihre Rückfrage Fahrerkreis – KF-9100-60327",
             """\
Sehr geehrter Herr Aydın,

zu Ihrer Frage: Der Bußgeldbescheid gegen Ihren Fahrer Herrn Rüdiger Thiel (31 km/h zu
schnell innerorts am 12.09., Taxi KS-TX 480, 260 € und 1 Monat Fahrverbot) hat keine
Auswirkungen auf Ihre Flottenversicherung KF-9100-60327, solange kein Unfall passiert ist.

Während des Fahrverbots darf Herr Thiel natürlich kein Taxi Ihres Betriebs fahren; wenn er
doch fährt und es passiert etwas, können wir bis zu 5.000 € zurückfordern (Führerschein-
klausel). Bitte nehmen Sie ihn für die Zeit aus dem Schichtplan.

Mit freundlichen Grüßen
Team Kfz-Flotte
Zunftkasse Versicherung AG
""", d="2024-10-31 11:24")


def m081():
    return M(81, "STRICTLY_CONFIDENTIAL", "de", "doctor",
             "cardiology discharge letter of the haulier quoted inline in a forward to sickness-pay claims",
             "Frank Dietz <f.dietz@zunftkasse.example>",
             "Jana Pfeiffer <j.pfeiffer@zunftkasse.example>",
             "WG: Unterlagen Papa / Entlassbericht Herzzentrum",
             """\
Hallo Jana,

wie besprochen – die Tochter von Herrn Yılmaz hat mir den Entlassbericht geschickt, das ist
für dich (KT KV 55 318 602-4). Vollmacht für Elif Yılmaz liegt jetzt vor. Ich brauche den
Bericht für die Betriebsunterbrechung nicht weiter, habe nur die AU-Dauer notiert.

Gruß Frank

---------- Weitergeleitete Nachricht ----------
Von: Elif Yılmaz <elif.yilmaz@web-post.example>
Datum: Mi., 23. Okt. 2024 um 19:02
Betreff: Unterlagen Papa / Entlassbericht Herzzentrum
An: Frank Dietz <f.dietz@zunftkasse.example>

Guten Abend Herr Dietz,
hier der Bericht vom Herzzentrum, abgetippt weil der Scan so schlecht war. Das Original
schicke ich per Post. Danke für alles!!
Elif

  Herzzentrum Nordhessen – Klinik für Kardiologie
  Entlassbericht
  Patient: Kemal Yılmaz, geb. 02.04.1966
  Aufenthalt: 27.09.2024 – 03.10.2024

  Diagnosen:
  - Akuter Hinterwandinfarkt (STEMI), I21.1
  - Koronare 2-Gefäßerkrankung, I25.12
  - Arterielle Hypertonie, I10.00
  - Diabetes mellitus Typ 2, nicht insulinpflichtig, E11.9
  - Nikotinabusus (ca. 30 pack years), F17.1

  Therapie: Akut-PCI mit DES-Implantation RCA; elektive PCI RIVA am 01.10.
  LVEF 45 %, Hypokinesie inferior.

  Medikation bei Entlassung: ASS 100 mg 1-0-0, Ticagrelor 90 mg 1-0-1 (für 12 Monate),
  Atorvastatin 80 mg 0-0-1, Ramipril 5 mg 1-0-0, Bisoprolol 2,5 mg 1-0-0,
  Metformin 1000 mg 1-0-1

  Procedere: AHB in Bad Nauheim ab 07.10. Nikotinkarenz dringend empfohlen.
  Fahreignung Gruppe 2 (Lkw) frühestens nach 6 Wochen und nur bei LVEF > 35 % und
  unauffälligem Belastungs-EKG; gewerbliche Personen-/Güterbeförderung nach
  kardiologischer Kontrolle in 3 Monaten.
""", d="2024-10-24 08:12")


def m082():
    return M(82, "NORMAL", "de", "internal",
             "trap: meeting invitation to discuss anonymised owner-absence cases, no names",
             "Frank Dietz <f.dietz@zunftkasse.example>",
             "Jour fixe BU/Inhaberausfall <jf-inhaberausfall@zunftkasse.example>",
             "Jour fixe Inhaberausfall 12.11. – Agenda",
             """\
Hallo zusammen,

Agenda für Dienstag, 10:00, Raum 2.07 / Teams:

1. Karenzzeit 14 vs. 21 Tage – Zahlen Q3 (siehe meine Mail vom 08.10.)
2. Fallbesprechung, anonymisiert:
   Fall A – Gastronomie, Inhaber 40–49, Krankheit, Unterbrechung 96 Tage: Abgrenzung
           Gewinnausfall vs. Umsatzrückgang durch Baustelle vor der Tür
   Fall B – Transport, Inhaber 50–59: Subunternehmer als Schadenminderung – bis zu welcher
           Höhe übernehmen wir Mehrkosten?
   Fall C – Friseur, Inhaberin 30–39: Teilarbeitsfähigkeit (Kasse ja, Salon nein)
3. Abstimmung mit Leistung Kranken/Leben: Wer fordert Arztberichte an? Vorschlag: nur
   KT/BU-Leistung, wir bekommen nur Beginn und Ende der AU.
4. Verschiedenes

Bitte keine Namen oder Vertragsnummern in die Folien.

Frank
""", d="2024-11-08 13:30")


def m083():
    return M(83, "CONFIDENTIAL", "en", "broker",
             "broker's new-business request for an Irish café-bakery owner (sole trader): birth date, turnover, prior claims",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Underwriting Gewerbe <uw-gewerbe@zunftkasse.example>",
             "FW: New business - Brennan's Bakehouse Frankfurt / please quote",
             """\
Hallo zusammen,

neue Anfrage von Northbridge, Kundin spricht nur Englisch. Könnt ihr bis 6.12. rechnen?
Die BHV ist Standard, beim Inhalt bitte auf den Holzbackofen achten.

Danke, Rachel

> From: Emma Whitfield <e.whitfield@northbridge-brokers.example>
> Sent: Monday, 2 December 2024 10:12
> Subject: New business - Brennan's Bakehouse Frankfurt
>
> Hi Rachel,
>
> new client for you. Details:
>
> Proposer:        Niamh Brennan, sole trader, trading as "Brennan's Bakehouse"
> Date of birth:   19 March 1985
> Address (shop):  Berger Str. 144, 60385 Frankfurt am Main
> Private address: Rendeler Str. 12, 60385 Frankfurt
> Business:        café-bakery, 38 seats, wood-fired oven (installed 2022, chimney
>                  inspected 09/2024), soda bread, scones, light lunches
> Staff:           2 full-time bakers, 3 part-time counter staff, 1 apprentice
> Turnover:        2023 EUR 412,000; profit before tax EUR 58,300
> Current insurer: Rheinmain Versicherung (cancelled by insurer after 2 water claims:
>                  2022 EUR 6,100, 2023 EUR 14,800)
>
> Required: contents EUR 150k incl. stock, BI 12 months, public and products liability
> EUR 3m, glass. Start 1 January 2025.
>
> Thanks!
> Emma Whitfield
> Account Executive | Northbridge Insurance Brokers GmbH | Hamburg
""", d="2024-12-02 11:41")


def m084():
    return M(84, "NORMAL", "en", "insurer-to-partner",
             "trap: answer to a trade journalist on BI and owner-illness claim trends, aggregated and no person",
             "Presse Zunftkasse <presse@zunftkasse.example>",
             "Tom Ashworth <t.ashworth@insurance-insider-eu.example>",
             "RE: Interview request - small business owners and illness",
             """\
Dear Mr Ashworth,

thank you for your questions. Here are our answers; please attribute them to Petra
Hollenbach, Member of the Board, Commercial Customers.

1. How often does the owner's illness close a small business?
   In our small-commercial book, owner absence is now the second most frequent cause of
   business interruption after water damage. Cardiovascular disease and back problems are
   the most common causes, followed by cancer and mental health conditions.

2. Which trades are most affected?
   Hospitality and hair & beauty - businesses where the owner is also the main worker and
   there is no deputy.

3. Do owners know they are not covered by standard BI?
   Mostly not. Many believe their disability or sickness insurance will keep the business
   going. Those policies pay the person, not the rent and the staff.

We do not comment on individual claims. Figures: see our press release of 1 October.

Best regards
Kathrin Opitz
Press Office, Zunftkasse Versicherung AG
""", d="2024-10-16 15:05")


def m085():
    return M(85, "CONFIDENTIAL", "de", "insurer-to-customer",
             "bakery (sole trader) deck oven breakdown, machinery claim; the wife now runs the business",
             "Sabine Kröger <s.kroeger@zunftkasse.example>",
             "Monika Hufnagel <baeckerei.hufnagel@t-mail.example>",
             "AW: Etagenofen kaputt – Maschinenbruch GT-8840-071166",
             """\
Liebe Frau Hufnagel,

der Kundendienst von Backtechnik Mertens war heute bei Ihnen, die Diagnose liegt mir schon
vor: Steuerplatine und zwei Heizregister im Etagenofen (Baujahr 2016) durchgebrannt, wohl
Überspannung nach dem Gewitter am Wochenende.

Das ist ein Maschinenbruchschaden, versichert über GT-8840-071166 (VN Jürgen Hufnagel e.K.).
Schadennummer: S-24-0992104.
Kostenvoranschlag Mertens: 6.840,00 € netto; Selbstbeteiligung 500 €.

Sie können den Auftrag sofort erteilen, Sie brauchen den Ofen ja. Schicken Sie mir bitte
die Rechnung, wir zahlen direkt an Mertens oder an Sie – wie Sie möchten.

Und danke, dass Sie sich jetzt um alles kümmern. Grüßen Sie Ihren Mann.

Sabine Kröger
""", d="2024-09-16 16:40")


def m086():
    return M(86, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "owner-absence BI payment for the courier owner after his stroke; health reason named; base64 body",
             "Frank Dietz <f.dietz@zunftkasse.example>",
             "Adam Nowak <adam@swiftcargo-kassel.example>",
             "Business interruption - owner absence - first payment",
             """\
Dear Mr Nowak,

I hope the rehabilitation in Bad Wildungen is going well.

We have checked your claim under the owner-absence cover of your business interruption
policy GS-7160-631870. Your stroke on 12 September and the medical statement that you
cannot drive or dispatch until at least mid-December are clearly covered.

Waiting period: 21 days (12 Sept - 2 Oct)
Covered period so far: 3 October - 31 October 2024

Continuing costs (van leasing x3, rent, wages of 4 drivers)   EUR 14,620.00
Lost gross profit (lost customers Medikal Logistik & Baumarkt) EUR  6,340.00
Extra cost: temporary dispatcher (agency), 18 days             EUR  3,240.00
Total                                                           EUR 24,200.00

We will transfer this amount to the company account this week. Please send the monthly
figures for November by 10 December; your wife can send them if that is easier.

Get well soon.

Frank Dietz
Business Interruption
Zunftkasse Versicherung AG
""", cte="base64", d="2024-11-14 10:18")


def m087():
    return M(87, "NORMAL", "de", "newsletter",
             "trap: chamber of crafts newsletter on succession, apprentice bonuses and health days, no person",
             "Murat Yıldız <m.yildiz@zunftkasse.example>",
             "Vertrieb Handwerk <vertrieb-handwerk@zunftkasse.example>",
             "WG: HWK-Newsletter Dezember",
             """\
Für die Jahresgespräche: Punkt 1 und 3 sind gute Aufhänger.
Murat

----- Weitergeleitet -----
Von: Handwerkskammer Kassel <newsletter@hwk-kassel.example>
Betreff: HWK-Newsletter Dezember

1. Betriebsnachfolge: Jeder vierte Inhaber in Nordhessen ist älter als 60. Unsere
   Nachfolgebörse hat 214 Betriebe im Angebot. Beratungstermine über die Betriebsberatung.

2. Ausbildungsprämie: Das Land fördert zusätzliche Ausbildungsplätze in Kleinstbetrieben
   mit bis zu 2.500 €. Antrag bis 31.03.

3. Gesundheitstage im Handwerk: Rücken, Haut, Atemwege – kostenlose Kurzchecks der
   Innungskrankenkasse am 22.01. im Bildungszentrum. Für Inhaber, Beschäftigte und Azubis.

4. Meisterbonus: Ab 2025 erhöht auf 3.000 €.

5. Ehrungen: Goldene Meisterbriefe 2024 – Liste im Kammermagazin.

Handwerkskammer Kassel · www.hwk-kassel.example
""", d="2024-12-04 08:51")


def m088():
    return M(88, "NORMAL", "en", "insurer-to-supplier",
             "trap: price offer for defibrillators (AED) for a restaurant prevention pilot, supplier company only",
             "Ole Brandt <o.brandt@zunftkasse.example>",
             "Henrik Sundqvist <h.sundqvist@lifepulse-medical.example>",
             "RE: Offer AED bundle for hospitality pilot",
             """\
Hi Henrik,

thanks for the offer. Before I take it to our board:

- Is the price of EUR 1,149 per unit (AED, wall cabinet, sign, 2 pad sets, battery
  8 years) fixed for 50 units even if the restaurants order them one by one over 2025?
- The first-aid course (2 hours, up to 12 people) at EUR 240 - can your trainers do it
  in Turkish and Vietnamese as well? Many of our restaurant owners would appreciate that.
- We don't want any usage data or event data from the devices - please confirm the
  units are not connected.

We'd subsidise 50 % for our customers, the rest they pay directly to you.

Best,
Ole Brandt
Risk Engineering, Zunftkasse Versicherung AG
""", d="2024-12-12 10:29")


def m089():
    return M(89, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
             "cost coverage for a café owner's spinal disc surgery sent to the hospital",
             "Leistung Kranken <leistung-kranken@zunftkasse.example>",
             "Patientenverwaltung Klinikum Kassel-Nord <patientenaufnahme@klinikum-kassel-nord.example>",
             "Kostenübernahmeerklärung – Hanna Schulz, geb. 23.08.1971",
             """\
Sehr geehrte Damen und Herren,

für unsere Versicherte

  Hanna Schulz, geb. 23.08.1971, Obere Königsstraße 8, 34117 Kassel
  Versicherungsnummer KV 55 204 119-0, Tarif Komfort Stationär 2-Bett, Chefarzt

übernehmen wir die Kosten für die stationäre Behandlung ab 04.11.2024 (geplante
mikrochirurgische Nukleotomie L4/5, OPS 5-831.2, Diagnose M51.1) im Rahmen der
tariflichen Leistungen:

- allgemeine Krankenhausleistungen nach DRG (Direktabrechnung mit uns)
- Wahlleistung Zweibettzimmer
- wahlärztliche Leistungen nach GOÄ (Rechnung bitte direkt an die Versicherte)

Die Kostenübernahme gilt für 10 Tage; eine Verlängerung bitte mit kurzer Begründung beantragen.

Mit freundlichen Grüßen
Leistung Kranken – Stationär
Zunftkasse Krankenversicherung AG
""", d="2024-10-29 09:40")


def m090():
    return M(90, "CONFIDENTIAL", "de", "insurer-to-company",
             "eVB and fleet addition for an electrician GmbH's new van, VIN, named managing director",
             "Kfz-Flotte <kfz-flotte@zunftkasse.example>",
             "Dennis Krause <d.krause@elektro-krause.example>",
             "eVB für neuen Transporter – Flotte KF-9100-58410",
             """\
Hallo Herr Krause,

hier Ihre eVB-Nummer für die Zulassung:

  eVB:        T7K4M2P
  Halter:     Elektro Krause GmbH, Lossestraße 27, 34123 Kassel
  Fahrzeug:   Ford Transit Custom Kasten, FIN WF0YXXTTGYPK41028
  Tarif:      Flotte, Haftpflicht + Vollkasko 500 € SB / Teilkasko 150 € SB
  Fahrerkreis: alle Mitarbeiter ab 21 Jahren, Azubis ab 18 nur mit Begleitung

Die eVB gilt 6 Monate. Bitte schicken Sie uns nach der Zulassung das Kennzeichen, dann nehmen
wir das Fahrzeug in die Flottenliste auf (Beitrag anteilig ab Zulassung).

Gruß
Team Kfz-Flotte
""", d="2024-11-07 12:14")


def m091():
    return M(91, "NORMAL", "de", "insurer-to-broker",
             "trap: blank claim form for owner-absence cover with placeholders and health questions, no person filled in",
             "Frank Dietz <f.dietz@zunftkasse.example>",
             "Rüdiger Feldmann <r.feldmann@feldmann-makler.example>",
             "Leistungsantrag Inhaberausfall – neue Vorlage",
             """\
Hallo Herr Feldmann,

Sie hatten nach dem Formular gefragt. Anbei die neue Fassung (ODT, ausfüllbar). Bitte
beachten Sie: Teil C (ärztliche Angaben) soll der Kunde direkt an unsere Leistungsabteilung
schicken oder vom Arzt schicken lassen, nicht über Sie.

Gruß
Frank Dietz
""",
             atts=[ODT("Leistungsantrag_Inhaberausfall_2024-10.odt", [
                 "Leistungsantrag Betriebsunterbrechung – Baustein Inhaberausfall",
                 "",
                 "Teil A – Betrieb",
                 "Versicherungsnehmer: ______________________   Vertragsnummer: GS-____-______",
                 "Anschrift Betrieb: ________________________________________________",
                 "Beschäftigte: ____   davon mitarbeitende Familienangehörige: ____",
                 "",
                 "Teil B – Ausfall",
                 "Name der versicherten Person (Inhaber/in): ______________________",
                 "Ausfall seit: __.__.____     Grund: [ ] Krankheit  [ ] Unfall  [ ] Quarantäne",
                 "Wird der Betrieb ganz oder teilweise fortgeführt? [ ] ganz geschlossen [ ] teilweise",
                 "Wer führt den Betrieb weiter? ____________________________________",
                 "",
                 "Teil C – Ärztliche Angaben (bitte direkt an: leistung-inhaberausfall@zunftkasse.example)",
                 "Behandelnde Ärztin / behandelnder Arzt: ______________________",
                 "Diagnose(n) / ICD-10: ______________________",
                 "Voraussichtliche Dauer der Arbeitsunfähigkeit: ______________",
                 "Schweigepflichtentbindung beigefügt: [ ] ja",
                 "",
                 "Teil D – Zahlen",
                 "Umsätze der letzten 12 Monate (monatlich) – Anlage vom Steuerbüro",
                 "",
                 "Ort, Datum, Unterschrift: _____________________"])], d="2024-10-11 14:02")


def m092():
    return M(92, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "tattoo client's skin infection and antibiotic treatment, liability claim; HTML-only with table",
             "Timo Albers <t.albers@zunftkasse.example>",
             "Jake Morrison <jake@inkwell-kassel.example>",
             "Claim S-24-1176602 - your client Mr Vogler",
             html="""\
<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p>Hi Jake,</p>
<p>we've received the claim of your client <b>Mr Dominik Vogler</b> against Inkwell Tattoo
(business liability GH-3390-170455). His lawyer sent the following medical information:</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>Date</th><th>Event</th></tr>
<tr><td>19/10/2024</td><td>Tattoo session, right forearm (approx. 5 hours)</td></tr>
<tr><td>24/10/2024</td><td>GP: redness, swelling, pus - wound infection (L08.9), flucloxacillin 1 g 3x daily</td></tr>
<tr><td>28/10/2024</td><td>Hospital emergency dept.: cellulitis spreading to the elbow, 2 days IV antibiotics; swab: Staphylococcus aureus (MSSA)</td></tr>
<tr><td>11/2024</td><td>Follow-up dermatologist: healing with scarring, parts of the tattoo lost</td></tr>
</table>
<p>He claims EUR 3,500 pain and suffering, EUR 650 for the tattoo and the cost of a
cover-up session.</p>
<p>What we need from you: your hygiene plan, the batch numbers of the inks and needles used,
the signed consent and aftercare sheet, and whether he came back to you with the
infection before going to the doctor. Please don't contact him yourself.</p>
<p>Cheers,<br>Timo Albers<br>Claims - Public Liability, Zunftkasse Versicherung AG</p>
</body></html>
""", d="2024-12-05 16:26")


def m093():
    return M(93, "CONFIDENTIAL", "en", "insurer-to-customer",
             "bike shop owner (sole trader): e-bikes stolen from the shop, frame numbers and claim number",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Pieter de Vries <pieter@twowheels-kassel.example>",
             "Burglary 18 Nov - claim S-24-1180327 - frame numbers",
             """\
Hi Pieter,

thanks, the frame numbers are now on the claim and I've passed them to the police:

  1. Cube Kathmandu Hybrid, frame WSBC604211093L     EK EUR 2,480
  2. Cube Kathmandu Hybrid, frame WSBC604211127L     EK EUR 2,480
  3. Riese & Müller Charger4, frame RM2L88410332     EK EUR 4,150
  4. Gazelle Ultimate C380, frame GZ09X7718254       EK EUR 2,290

Policy GS-7111-611207 (contents incl. burglary), policyholder Pieter de Vries e.K.
The customer bike that was in for repair (no. 5 on your list) is not your stock - that is
covered under "customers' property" up to EUR 5,000, so please give me the owner's name
and the purchase invoice from him.

""" + SIG_OWENS, d="2024-11-20 15:11")


def m094():
    return M(94, "NORMAL", "en", "internal",
             "trap: API test cases with fictitious persons, fake diagnosis codes and the published example IBAN",
             "Tobias Engel <t.engel@zunftkasse.example>",
             "Claims API Team <claims-api@zunftkasse.example>",
             "Test data for owner-absence claim endpoint (fictitious!)",
             """\
Hi team,

attached the test cases for /v2/claims/owner-absence. All persons are fictitious (names from
the standard test set), the IBAN is the published example IBAN, and the ICD codes are only
there to test the field validation (they are deliberately random).

Please don't replace them with real cases from production, not even "anonymised" ones.

Tobias
""",
             atts=[CSV("testcases_owner_absence.csv", [
                 ["case_id", "policyholder", "owner_name", "absence_from", "icd_code", "iban", "expected"],
                 ["TC-01", "Musterbäckerei (fiktiv)", "Max Mustermann", "2024-01-15", "J45.0", "DE02120300000000202051", "accepted"],
                 ["TC-02", "Test-Friseur GmbH (fiktiv)", "Erika Mustermann", "2024-02-30", "L23.5", "DE02120300000000202051", "reject: invalid date"],
                 ["TC-03", "Beispiel Transporte (fiktiv)", "Max Mustermann", "2024-03-01", "X99.9", "DE02120300000000202051", "reject: unknown ICD"],
                 ["TC-04", "Demo Imbiss (fiktiv)", "", "2024-04-01", "", "DE00000000000000000000", "reject: missing owner, invalid IBAN"],
             ], sep=",")], d="2024-10-04 11:47")


def m095():
    return M(95, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "hairdresser's BU claim accepted (contact allergy), retraining and salon management discussed",
             "Dr. Helga Wendt <h.wendt@zunftkasse.example>",
             "Nadine Vogt <salon@haarwerk-vogt.example>",
             "Ihre Berufsunfähigkeitsversicherung LV 80-2019633 – Entscheidung",
             """\
Sehr geehrte Frau Vogt,

ich freue mich, Ihnen mitteilen zu können, dass wir Ihre Berufsunfähigkeit anerkennen.

Das Gutachten der Gutachtenstelle Nord bestätigt den Befund von Herrn Dr. Kaya: Wegen der
Kontaktallergie gegen Ammoniumpersulfat und p-Phenylendiamin können Sie nicht mehr mit
Blondier- und Färbemitteln arbeiten; auch mit Handschuhen treten die Ekzeme an den Händen
immer wieder auf. Friseurarbeit ohne diese Stoffe macht in Ihrem Salon weniger als 30 % der
Arbeitszeit aus.

Eine Umorganisation haben wir geprüft: Sie beschäftigen zwei Gesellinnen und eine
Auszubildende; Beratung, Kasse und Termine allein füllen Ihre Arbeitszeit nicht aus und
hätten ein deutlich geringeres Einkommen zur Folge. Eine Umorganisation ist daher nicht
zumutbar.

Leistungen ab 01.06.2024:
- BU-Rente 1.400 € monatlich
- Beitragsbefreiung
- Nachzahlung Juni bis September: 5.600 €

Sie haben erwähnt, dass Sie über eine Umschulung zur Kosmetikerin nachdenken. Das ist Ihre
freie Entscheidung; bitte informieren Sie uns, wenn Sie eine neue Tätigkeit aufnehmen –
dann prüfen wir, ob sie Ihrer bisherigen Lebensstellung entspricht. Eine Umschulung allein
beendet die Leistung nicht.

""" + SIG_WENDT, d="2024-09-30 11:03")


def m096():
    return M(96, "NORMAL", "de", "insurer-to-partner",
             "trap: answer to the bakers' guild that only aggregated figures on baker's asthma BU claims can be shared",
             "Dr. Helga Wendt <h.wendt@zunftkasse.example>",
             "Obermeister Bäcker-Innung <obermeister@baeckerinnung-nordhessen.example>",
             "AW: Anfrage Zahlen Bäckerasthma für Innungsversammlung",
             """\
Sehr geehrter Herr Obermeister,

danke für Ihre Anfrage. Zu einzelnen Mitgliedsbetrieben oder Personen können wir aus
Gründen des Datenschutzes und der Schweigepflicht keine Auskunft geben – auch nicht, ob
jemand bei uns versichert ist. Gern stelle ich Ihnen aber Zahlen für unseren Gesamtbestand
zur Verfügung:

- BU-Leistungsfälle im Bäckerhandwerk 2019–2023: 64
- davon Atemwegserkrankungen (v.a. Bäckerasthma): 21
- davon Haut: 6; Rücken/Gelenke: 19; Herz-Kreislauf: 7; Psyche: 6; Sonstige: 5
- Durchschnittsalter bei Leistungsbeginn: 49 Jahre

Für die Innungsversammlung kann ich gern einen kurzen Vortrag zum Thema
"Staubarm backen – und was die BU leistet" halten.

Mit freundlichen Grüßen
Dr. Helga Wendt
""", d="2024-10-09 09:27")


def m097():
    return M(97, "CONFIDENTIAL", "de", "insurer-to-customer",
             "roofer's seasonal Polish workers added as drivers to the fleet policy with birth dates, only in the XLSX",
             "Kfz-Flotte <kfz-flotte@zunftkasse.example>",
             "Sabine Brenner <buero@dachdeckerei-brenner.example>",
             "Fahrerkreis Saison 2025 – Bestätigung",
             """\
Hallo Frau Brenner,

die drei Saisonkräfte sind wie gewünscht vom 01.03. bis 30.11.2025 in den Fahrerkreis der
Flotte aufgenommen (Pritschenwagen und Transporter, nicht der Kran-Lkw). Bitte prüfen Sie die
Daten in der Anlage, vor allem die Führerscheinnummern.

Gruß
Team Kfz-Flotte
""",
             atts=[XLSX("Fahrerkreis_Brenner_Saison2025.xlsx", [
                 ["Flottenvertrag", "KF-9100-52207", "VN", "Stefan Brenner, Dachdeckerei Brenner"],
                 [],
                 ["Name", "Vorname", "Geburtsdatum", "Führerschein (Land/Nr.)", "Klassen", "seit", "Fahrzeuge"],
                 ["Nowicki", "Paweł", "1991-04-22", "PL 03418/22/1468", "B, BE", "2010", "KS-DB 11, KS-DB 14"],
                 ["Wróbel", "Krzysztof", "1986-12-03", "PL 11207/05/0612", "B, C1", "2005", "KS-DB 11, KS-DB 14"],
                 ["Mazur", "Daniel", "2002-07-30", "PL 00954/21/1468", "B", "2021", "KS-DB 14"],
                 [],
                 ["Hinweis", "Fahrer unter 23 Jahre: Selbstbeteiligung Vollkasko 1.000 €"],
             ], sheet="Fahrerkreis")], d="2025-01-20 10:02")


def m098():
    return M(98, "NORMAL", "en", "newsletter",
             "trap: street food association newsletter on gas safety and hygiene checks, no person",
             "Timo Albers <t.albers@zunftkasse.example>",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "FW: Street Food Collective - November update",
             """\
Rachel - for your food truck people. The gas bit is exactly what our adjusters keep finding.
T.

> STREET FOOD COLLECTIVE GERMANY - NOVEMBER UPDATE
>
> GAS: Propane systems in food trucks need a documented check (G 607) every 2 years.
> Many insurers now ask for the certificate after a fire. Keep it in the truck.
>
> HYGIENE: Food safety inspectors are focusing on cooling chains at markets. Cool boxes
> without a thermometer = warning. Keep a simple temperature log (time, °C, signature).
>
> ALLERGENS: A written allergen list must be at the counter, not just "ask our staff".
>
> WINTER: Many members lay up their trucks from December to February. Ask your insurer
> about reduced premiums for the lay-up period.
>
> Members' meeting: 25 January, Leipzig.
> www.streetfood-collective.example
""", d="2024-11-14 12:48")


def m099():
    return M(99, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
             "broker post ZIP: BU policy for a café owner's daughter with back exclusion clause; sensitive text only inside the ZIP",
             "Elektronische Vermittlerpost <vermittlerpost@zunftkasse.example>",
             "Weber & Partner GmbH <post@weber-partner.example>",
             "Vermittlerpost 2024-12-06 – 1 Dokument (Policierung)",
             """\
Sehr geehrte Damen und Herren,

für Ihre Vermittlernummer 30-4418 liegt neue Vermittlerpost vor (siehe ZIP-Anlage).

Dokumente: 1
Geschäftsvorfall: Policierung Neugeschäft Leben

Diese Nachricht wurde automatisch erstellt.
Zunftkasse Versicherungsgruppe – Elektronische Vermittlerpost
""",
             atts=[ZIP("VP_30-4418_20241206.zip", [
                 TXT("index.txt", "VM=30-4418\r\nDATUM=2024-12-06\r\nDOK1=Policierung_LV80-2290118.pdf\r\n"),
                 PDF("Policierung_LV80-2290118.pdf", [
                     "Zunftkasse Lebensversicherung AG",
                     "Versicherungsschein Nr. LV 80-2290118 - Vermittlerexemplar",
                     "",
                     "Versicherungsnehmerin und versicherte Person:",
                     "Lena Schulz, geb. 02.02.1998, Konditorin / Betriebsleiterin Café",
                     "Obere Königsstraße 8, 34117 Kassel",
                     "",
                     "Tarif: MeisterSchutz BU, BU-Rente 1.200 EUR monatlich, Endalter 67",
                     "Beginn: 01.12.2024   Beitrag: 71,36 EUR monatlich",
                     "",
                     "Besondere Vereinbarung (Ausschlussklausel):",
                     "Keine Leistung für Berufsunfähigkeit, die ganz oder überwiegend",
                     "verursacht ist durch Erkrankungen oder Verletzungen der Wirbelsäule",
                     "einschließlich Bandscheibenschäden und deren Folgen.",
                     "Grund: angegebene Lumbalgien 2021/2022 mit Physiotherapie (M54.5).",
                     "Die Klausel kann nach 5 beschwerdefreien Jahren auf Antrag",
                     "überprüft werden."])])], d="2024-12-06 05:30")


def m100():
    return M(100, "NORMAL", "de", "internal",
             "trap: minutes of a prevention working group for restaurants (fat fires, slips), no person",
             "Ole Brandt <o.brandt@zunftkasse.example>",
             "AK Prävention Gastro <ak-praevention-gastro@zunftkasse.example>",
             "Protokoll AK Prävention Gastronomie 14.11.",
             """\
Protokoll AK Prävention Gastronomie – 14.11.2024, 14:00–15:30
Teilnehmer: Brandt, Dietz, Albers, Kröger, Opitz (Marketing)

TOP 1 Fettbrand
- 33 % unserer Brandschäden in der Gastro starten an Fritteuse/Abzug.
- Maßnahme: Rabatt 5 % auf Inhalt bei Nachweis vierteljährlicher Abzugsreinigung.
  -> Dietz prüft Auswirkung auf BU-Kalkulation (Betriebsunterbrechung).

TOP 2 Sturzunfälle von Gästen
- Häufigster Personenschaden in der BHV Gastro (Treppen zu WC/Keller).
- Idee: Checkliste "Sichere Treppe" zweisprachig (de/en), Verteilung über Makler.
  -> Albers liefert Schadenbeispiele (ohne Namen!).

TOP 3 Defibrillatoren
- Angebot LifePulse liegt vor, Entscheidung im Dezember.

TOP 4 Allergene
- Zunehmend Haftpflichtfälle nach allergischen Reaktionen. Flyer der Verbände reichen,
  wir machen nichts Eigenes.

Nächster Termin: 23.01.2025
gez. Brandt
""", d="2024-11-15 16:10")


def m101():
    return M(101, "CONFIDENTIAL", "en", "insurer-to-customer",
             "restaurant (sole trader) evacuated after gas leak, BI claim for closed days, nobody hurt",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Tran Van Minh <pho.saigon.kassel@gmx-post.example>",
             "Gas leak 5 December - closure of Pho Saigon - claim S-24-1209514",
             """\
Dear Mr Tran,

I am glad that nobody was hurt when the gas leak was found on Thursday and the fire brigade
evacuated the restaurant and the flats above.

Your policy GS-7120-587301 (contents and business interruption) covers the closure only if
it was caused by insured damage. Based on the report from the gas company, the leak was in
the supply pipe in the street (public network), not in your kitchen. So:

- the 4 days of closure are probably NOT a covered BI loss under your policy, because there
  was no damage to your property;
- the gas utility (Städtische Werke) may be liable - please keep all receipts and your
  till reports for 1-8 December; we'll help you write to them.
- the food you had to throw away (fridges switched off): please send a list, this may be
  covered under "spoilage" if the power was cut as well.

""" + SIG_OWENS, d="2024-12-09 11:36")


def m102():
    return M(102, "NORMAL", "mixed", "insurer-to-customer",
             "trap: bilingual mass mailing to food-truck customers about winter lay-up premium reduction, no personal data",
             "Zunftkasse Firmenkunden <firmenkunden@zunftkasse.example>",
             "undisclosed-recipients:;",
             "Winterpause für Ihren Foodtruck? / Laying up your food truck for the winter?",
             """\
Liebe Foodtruck-Betreiberinnen und -Betreiber,

wenn Ihr Foodtruck über den Winter stillsteht, können Sie die Kfz-Versicherung ruhen
lassen (Saisonkennzeichen oder Ruheversicherung) und den Inhaltsbeitrag für die Monate der
Stilllegung um 50 % senken. Die Ausrüstung bleibt gegen Brand und Einbruch versichert,
solange der Truck in einer abgeschlossenen Halle steht.

Melden Sie sich einfach formlos mit Zeitraum und Stellplatz.

---

Dear food truck owners,

if your truck is laid up over the winter, you can suspend the motor cover (seasonal plates
or lay-up cover) and reduce the contents premium by 50 % for those months. Your equipment
stays insured against fire and burglary as long as the truck is kept in a locked building.

Just reply with the period and the storage address.

Ihre / your Zunftkasse
""", d="2024-11-18 07:00")


def m103():
    return M(103, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "food truck owner newly diagnosed with type 2 diabetes asks whether he must report it; health insurance answer",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Joe Miller <joe@smokeyjoes-bbq.example>",
             "RE: do I have to tell you about the diabetes?",
             """\
Hi Joe,

short answer: no. Your health insurance (KV 55 422 761-3) started in 2021, and the health
questions only had to be answered truthfully at that time. A new diagnosis after the start
of the contract does not have to be reported, and we cannot raise your premium individually
or add a surcharge because of it.

Your tariff covers the diabetes care: GP and diabetologist visits, metformin and test strips,
the annual eye check, and a diabetes training course (we pay up to EUR 400 for the course).
Send the invoices as usual.

Only if you apply for something new (for example more daily sickness allowance) will there
be health questions again.

""" + SIG_OWENS + """

> -----Original Message-----
> From: Joe Miller
> Sent: Tuesday, December 10, 2024 9:58 PM
> Subject: do I have to tell you about the diabetes?
>
> Hey Rachel, doc says I have type 2 diabetes (HbA1c 7.9) and put me on metformin.
> Do I have to tell you guys?? Will my health insurance go up? Joe
""",
             html="""\
<html><body style="font-family:Arial;font-size:14px">
<p>Hi Joe,</p>
<p>short answer: <b>no</b>. Your health insurance (KV 55 422 761-3) started in 2021, and the
health questions only had to be answered truthfully at that time. A new diagnosis after the
start of the contract does not have to be reported, and we cannot raise your premium
individually or add a surcharge because of it.</p>
<p>Your tariff covers the diabetes care: GP and diabetologist visits, metformin and test
strips, the annual eye check, and a diabetes training course (we pay up to EUR 400 for the
course). Send the invoices as usual.</p>
<p>Only if you apply for something new (for example more daily sickness allowance) will there
be health questions again.</p>
<p>Kind regards,<br>Rachel Owens<br>International Desk - Commercial Customers<br>
Zunftkasse Versicherung AG</p>
<blockquote style="border-left:2px solid #999;padding-left:8px;color:#555">
Hey Rachel, doc says I have type 2 diabetes (HbA1c 7.9) and put me on metformin.
Do I have to tell you guys?? Will my health insurance go up? Joe</blockquote>
</body></html>
""", d="2024-12-11 09:20")


def m104():
    return M(104, "NORMAL", "de", "insurer-to-supplier",
             "trap: print order for owner-absence flyers mentioning illness of the owner, no person",
             "Kai Wenzel <k.wenzel@zunftkasse.example>",
             "Auftragsannahme <auftrag@druckhaus-fulda.example>",
             "Druckauftrag Flyer 'Wenn der Chef krank wird' – Freigabe",
             """\
Hallo Frau Schäfer,

hiermit Druckfreigabe für den Flyer laut Ihrem Angebot A-24-5561:

  Format DIN lang, 6-seitig Wickelfalz, 4/4-farbig, 135 g Bilderdruck matt
  Auflage 5.000 Stück deutsch, 1.500 Stück englisch
  Preis laut Angebot: 612,00 € netto + 198,00 € netto

Titel: "Wenn der Chef krank wird – Inhaberausfall für Handwerk, Handel und Gastronomie"
Rückseite: Beispiel "Friseurmeisterin, 3 Angestellte, Bandscheibenvorfall, 8 Wochen
geschlossen – wir zahlen Miete, Löhne und entgangenen Gewinn."

Bitte beachten: Seite 5 ist in der Datei V4 korrigiert (Karenzzeit 14 oder 21 Tage, nicht
"ab dem ersten Tag"). Lieferung an Poststelle, Tor 3.

Viele Grüße
Kai Wenzel
Marketing & Kommunikation
""", d="2024-10-15 13:55")


def m105():
    return M(105, "CONFIDENTIAL", "de", "insurer-to-customer",
             "ice cream parlour (sole trader) seasonal lay-up premium refund to his IBAN",
             "Claudia Neumaier <kundenservice@zunftkasse.example>",
             "Gelateria Dolomiti <gelateria.dolomiti@web-post.example>",
             "Saisonpause Gelateria – Beitragsgutschrift",
             """\
Sehr geehrter Herr Dal Farra,

wie jedes Jahr haben wir die Saisonpause vom 01.11.2024 bis 28.02.2025 eingetragen.
Während der Pause gilt für die Inhaltsversicherung GS-7120-266019 der reduzierte Beitrag
(nur Feuer, Einbruch, Leitungswasser; die Eismaschinen bleiben mitversichert).

Gutschrift: 187,40 €
Überweisung an: Enrico Dal Farra, IBAN DE28 5206 0410 6773 2948 40

Die Betriebshaftpflicht läuft ganz normal weiter.

Buona stagione invernale!
Claudia Neumaier
Kundenservice
""", d="2024-11-04 10:26")


def m106():
    return M(106, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "BI payment to the carpenter for the weeks his workshop stood still after his finger amputation",
             "Frank Dietz <f.dietz@zunftkasse.example>",
             "Tobias Lindner <info@schreinerei-lindner.example>",
             "Betriebsunterbrechung nach Ihrem Unfall – Abrechnung GS-7160-402288",
             """\
Sehr geehrter Herr Lindner,

die Kollegin aus der Unfallversicherung hat mir bestätigt, dass Sie nach der Amputation an
der linken Hand vom 19.06. bis 06.08.2024 nicht in der Werkstatt arbeiten konnten (Wund-
heilung, danach Ergotherapie). Ihr Geselle war in dieser Zeit allein und konnte nur
Montagen machen, keine Fertigung.

Abrechnung Inhaberausfall (Karenz 14 Tage, also ab 03.07.2024):
  Fortlaufende Kosten (Miete Werkstatt, Leasing CNC, Lohn Geselle)  9.870,00 €
  Entgangener Gewinn (3 verschobene Küchenaufträge, anteilig)       7.420,00 €
  abzüglich ersparte Materialkosten                                 -1.150,00 €
  Summe                                                            16.140,00 €

Ihre Steuerberaterin hat die Zahlen bestätigt. Die Zahlung geht diese Woche raus.

Mit freundlichen Grüßen
Frank Dietz
""", charset="windows-1252", cte="8bit", d="2024-10-07 09:44")


def m107():
    return M(107, "NORMAL", "en", "insurer-to-broker",
             "trap: broker webinar invitation on key-person and owner-absence cover with model premiums, no real person",
             "Zunftkasse Partner Academy <academy@zunftkasse.example>",
             "Partner brokers (international desk) <intl-brokers@zunftkasse.example>",
             "Webinar 22 Jan: When the owner falls ill - key person & owner-absence cover",
             """\
Dear partners,

join our English-language webinar for brokers with international small-business clients.

Wednesday, 22 January 2025, 10:00-11:00 CET (Teams)

- Owner absence vs. key person life vs. disability: who pays what?
- Three model cases (fictitious): a 45-year-old restaurant owner with 6 staff; a nail studio
  with one part-time employee; a courier firm with 3 vans
- Model premiums, e.g. owner absence for a 6-employee restaurant, sum insured EUR 120k,
  21 days waiting period: from EUR 34 per month
- Underwriting: what we ask (and don't ask) about the owner's health

Registration: https://academy.zunftkasse.example/webinar-owner-absence
Counts as 1 hour IDD training.

Zunftkasse Partner Academy
""", d="2024-12-16 08:15")


def m108():
    return M(108, "CONFIDENTIAL", "en", "insurer-to-company",
             "brewery GmbH machinery breakdown claim with named managing partner, claim and policy numbers",
             "Sabine Kröger <s.kroeger@zunftkasse.example>",
             "Ryan Caldwell <ryan@hopfenwerk-taproom.example>",
             "Brew kettle damage - machinery claim S-24-1195006",
             """\
Dear Mr Caldwell,

thank you for the report. Claim S-24-1195006 has been opened under the machinery policy
GT-8840-114903 of Hopfenwerk Taproom GmbH.

As I understand it, the heating element of the 10 hl brew kettle burnt out on 26 November
because the kettle was switched on without enough wort (dry firing). The manufacturer's
technician estimates EUR 9,400 for a new element and control unit.

Operating errors are covered under machinery insurance, so that is fine. What we need:
- technician's report and quote
- maintenance log of the brewhouse
- how many brews you lost (for the BI part, if you have it: GT-8840-114903 includes
  2 weeks of machinery BI)

Deductible: EUR 1,000.

Best regards
Sabine Kröger
Commercial Property, Zunftkasse Versicherung AG
""", d="2024-11-28 10:57")


def m109():
    return M(109, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
             "request to the gynaecologist for a follow-up report on the pub owner's work incapacity in pregnancy",
             "Leistung Kranken <leistung-kranken@zunftkasse.example>",
             "Dr. Fiona McCarthy <praxis@mccarthy-gyn.example>",
             "Ms Siobhan Gallagher, born 11/07/1987 - request for follow-up report",
             """\
Dear Dr McCarthy,

thank you for your letter of 1 November regarding your patient Ms Siobhan Gallagher
(daily sickness allowance, policy KV 55 410 093-1). Ms Gallagher has signed a release from
medical confidentiality for this request (copy attached to the postal version).

For the continued payment of the daily allowance, please tell us:
1. Is the threatened preterm labour (O60.0) still the reason for her incapacity?
2. Is she still on strict rest and progesterone, or has the treatment changed?
3. Until when do you expect the incapacity to last? (Please note that daily sickness
   allowance is not paid during the statutory maternity protection period from
   6 weeks before the expected due date; maternity benefit applies instead.)

We will pay your fee for the report (GOÄ no. 75) on receipt of your invoice.

Kind regards
Dr. Jens Brix
Medical Adviser, Zunftkasse Krankenversicherung AG
""", d="2024-12-03 14:33")


def m110():
    return M(110, "NORMAL", "de", "newsletter",
             "trap: motor trade guild circular on lift inspections and apprentice safety, no person",
             "Timo Albers <t.albers@zunftkasse.example>",
             "Sevgi Arslan <s.arslan@zunftkasse.example>",
             "WG: Kfz-Innung Rundschreiben 09/24 – Hebebühnen",
             """\
Sevgi, für deine Obhutsschäden – die Innung sagt genau das, was wir immer schreiben.
T.

> Kfz-Innung Nordhessen – Rundschreiben 09/24
>
> 1. Hebebühnen: Jährliche Prüfung durch eine befähigte Person ist Pflicht (DGUV G 308-002).
>    Bei Schäden an Kundenfahrzeugen verlangen die Haftpflichtversicherer das Prüfbuch.
>    Häufigster Fehler: Aufnahmeteller nicht an den vom Hersteller vorgegebenen Punkten.
> 2. Azubis: Keine Alleinarbeit unter angehobenen Fahrzeugen im ersten Lehrjahr.
> 3. Hochvolt: Arbeiten an E-Fahrzeugen nur mit Qualifikation Stufe 2S bzw. 3S.
> 4. Winterreifen-Einlagerung: Räder sind Kundeneigentum – Obhutsschäden abdecken!
>
> Geschäftsstelle Kfz-Innung Nordhessen
""", d="2024-09-26 14:14")


def m111():
    return M(111, "CONFIDENTIAL", "de", "insurer-to-customer",
             "carpenter's wife (does the books) changes bank account for his business policies; IBAN and policy numbers",
             "Claudia Neumaier <kundenservice@zunftkasse.example>",
             "Katrin Lindner <buero@schreinerei-lindner.example>",
             "AW: Kontoänderung Schreinerei",
             """\
Hallo Frau Lindner,

erledigt. Ab 01.12. buchen wir für die Verträge Ihres Mannes

  GS-7111-355820  Inhalt Werkstatt
  GS-7160-402288  Betriebsunterbrechung
  GH-3390-119043  Betriebshaftpflicht Schreiner

vom neuen Geschäftskonto ab: Kontoinhaber Tobias Lindner, IBAN DE92 5139 0000 9820 1159 44.

Das neue Mandat hat Ihr Mann als Kontoinhaber unterschrieben, das Original haben wir
abgelegt. Die Gläubiger-ID ändert sich nicht.

Viele Grüße
Claudia Neumaier

> Hallo, wir haben ein neues Geschäftskonto bei der VR Bank. Bitte alles umstellen.
> Danke, K. Lindner (Büro Schreinerei Lindner)
""", d="2024-11-12 11:49")


def m112():
    return M(112, "NORMAL", "en", "insurer-to-customer",
             "trap: customer satisfaction survey invitation (mass mailing), no personal data",
             "Zunftkasse Customer Survey <survey@zunftkasse.example>",
             "undisclosed-recipients:;",
             "2 minutes for us? Your opinion on our claims service",
             """\
Hello,

you recently reported a claim to Zunftkasse. We'd like to know how we did.

The survey takes about 2 minutes and is anonymous - we do not link your answers to your
policy or claim.

https://survey.zunftkasse.example/claims-2024?lang=en

Thank you!
Your Zunftkasse Customer Experience team

You receive this e-mail once. To opt out of surveys: https://survey.zunftkasse.example/optout
""", d="2024-12-13 10:00")


def m113():
    return M(113, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
             "underwriting query on an income protection application: past depression and therapy disclosed deep in the quote",
             "Peter Ruland <p.ruland@zunftkasse.example>",
             "Emma Whitfield <e.whitfield@northbridge-brokers.example>",
             "RE: RE: Brennan - disability application LV-A 24-88120",
             """\
Hi Emma,

thanks. With the therapist's letter we can now decide: we can offer the disability cover
with an exclusion for mental and behavioural disorders (ICD-10 chapter F), reviewable
after 5 years without treatment. The alternative would be standard terms with a 2-year
deferment, which I don't think she'd like. Let me know.

Peter

> From: Emma Whitfield
> Sent: Friday, 13 December 2024 14:20
>
> Hi Peter, letter from her therapist attached to the portal upload. She'd really like to
> get this sorted before the bakery opens. Thanks, Emma
>
>> From: Peter Ruland
>> Sent: Wednesday, 11 December 2024 09:05
>>
>> Hi Emma, thanks for the application of Ms Niamh Brennan. To question 7 (psychotherapy in
>> the last 5 years) she answered "yes". Could you get us details?
>>
>>> From: Emma Whitfield
>>> Sent: Tuesday, 10 December 2024 17:33
>>>
>>> Hi Peter, Niamh asked me to explain question 7: after her divorce in 2021 she was
>>> diagnosed with a moderate depressive episode and had 25 sessions of cognitive
>>> behavioural therapy (ended March 2023) plus sertraline 50 mg for about a year. No time
>>> off work longer than 3 weeks, no hospital stay, nothing since. Her therapist in Dublin
>>> can confirm. Thanks, Emma
""", d="2024-12-16 11:22")


def m114():
    return M(114, "NORMAL", "de", "internal",
             "trap: data-protection quiz with fictitious examples (is this health data?), no real person",
             "Anke Sommer <datenschutz@zunftkasse.example>",
             "Firmenkunden alle <fk-alle@zunftkasse.example>",
             "Datenschutz-Quiz Firmenkunden – Auflösung",
             """\
Liebe Kolleginnen und Kollegen,

danke fürs Mitmachen (87 Antworten)! Hier die Auflösung. Alle Beispiele sind erfunden.

1. "Frau Muster (fiktiv), Inhaberin eines Blumenladens, meldet einen Glasbruch."
   -> Kein Gesundheitsdatum, aber Vertragsdaten: vertraulich.
2. "Der Gast stürzte und brach sich das Handgelenk."
   -> Gesundheitsdatum des Gastes: streng vertraulich, auch in der Haftpflicht.  (62 % richtig)
3. "Der Betrieb war wegen Erkrankung des Inhabers 6 Wochen geschlossen."
   -> Gesundheitsdatum des Inhabers, auch ohne Diagnose: streng vertraulich. (41 % richtig!)
4. "Brillengestelle im Wert von 7.000 € aus dem Optikergeschäft gestohlen."
   -> Kein Gesundheitsdatum (Ware): vertraulich wegen VN und Schaden.
5. "BU-Schäden Q3: 141" (gemeint Betriebsunterbrechung, Gesamtzahl)
   -> Statistik ohne Personenbezug: nicht schutzbedürftig.

Die häufigste Verwechslung war also Nr. 3. Merke: Auch "krank" ist eine Gesundheitsangabe.

Anke Sommer
Datenschutz
""", d="2024-12-17 13:40")


def m115():
    return M(115, "CONFIDENTIAL", "en", "insurer-to-customer",
             "courier firm (sole trader) lost parcel, carrier's liability claim, recipient named with address",
             "Timo Albers <t.albers@zunftkasse.example>",
             "Swift Cargo <office@swiftcargo-kassel.example>",
             "Lost parcel - carrier's liability VH-5520-81266 / claim S-24-1213071",
             """\
Hello Mrs Nowak,

regarding the parcel that never arrived:

Sender:     Elektro-Großhandel Sauer KG, Kassel
Recipient:  Mr Holger Frenzel, Am Rain 7, 34246 Vellmar
Content:    inverter for a PV system, value EUR 1,860 (invoice attached by the sender)
Delivery:   4 December, driver Piotr Zieliński, "left at the door" per scan

The sender has not agreed to drop-off without signature. So the liability is probably
yours, and we'll pay the sender under your carrier's liability policy VH-5520-81266,
less the EUR 250 deductible.

Please ask Mr Zieliński for a short written statement (where exactly he left the parcel
and whether he rang). And please stop "left at the door" for high-value parcels - after a
second case we would have to apply a higher deductible.

Best regards
Timo Albers
""", d="2024-12-12 15:07")


def m116():
    return M(116, "NORMAL", "de", "insurer-to-partner",
             "trap: price sheet for the restaurant package sent to the association (PDF), model premiums only",
             "Murat Yıldız <m.yildiz@zunftkasse.example>",
             "Geschäftsstelle Gastro-Verband <gs@gastro-nordhessen.example>",
             "Preisblatt Gastro-Paket 2025 für Ihre Mitglieder",
             """\
Sehr geehrte Frau Ritter,

anbei wie besprochen das Preisblatt für das Gastro-Paket 2025 zur Veröffentlichung im
Mitgliederbereich. Die Beispiele sind Modellbetriebe, keine echten Kunden.

Mit freundlichen Grüßen
Murat Yıldız
""",
             atts=[PDF("Preisblatt_Gastro-Paket_2025.pdf", [
                 "Zunftkasse Gastro-Paket 2025 - Sonderkonditionen für Verbandsmitglieder",
                 "",
                 "Bausteine: Inhalt (Feuer, Einbruch, Leitungswasser, Sturm), Betriebsunterbrechung,",
                 "Betriebshaftpflicht, Glas; optional Elementar, Inhaberausfall, Betriebsschließung (IfSG)",
                 "",
                 "Modellbetrieb A: Café, 30 Plätze, Inhalt 60.000 EUR, BU 100.000 EUR",
                 "   Jahresbeitrag Paket: 1.140 EUR (Verbandsnachlass 10 % bereits abgezogen)",
                 "Modellbetrieb B: Restaurant, 80 Plätze, Fritteuse, Inhalt 150.000 EUR, BU 250.000 EUR",
                 "   Jahresbeitrag Paket: 2.960 EUR",
                 "Modellbetrieb C: Imbiss, 12 Plätze, Inhalt 35.000 EUR, BU 60.000 EUR",
                 "   Jahresbeitrag Paket: 690 EUR",
                 "",
                 "Zuschlag Inhaberausfall (Karenz 21 Tage, max. 6 Monate): 12 % des BU-Beitrags",
                 "Zuschlag Betriebsschließung IfSG (Salmonellen, Noroviren usw.): ab 95 EUR",
                 "",
                 "Nachlass 5 % bei nachgewiesener vierteljährlicher Reinigung der Abluftanlage.",
                 "Alle Preise inkl. 19 % Versicherungsteuer. Stand 01.01.2025."])], d="2024-12-18 10:10")


def m117():
    return M(117, "CONFIDENTIAL", "de", "insurer-to-customer",
             "butcher (sole trader): spoiled-goods payout with his IBAN and claim number",
             "Sabine Kröger <s.kroeger@zunftkasse.example>",
             "Metzgerei Pfaff <metzgerei.pfaff@t-mail.example>",
             "Abrechnung Kühlgutverderb S-24-1171203",
             """\
Sehr geehrter Herr Pfaff,

der Bericht von Herrn Opitz ist da, hier die Abrechnung:

  Verdorbene Ware lt. Liste (EK netto)             11.284,60 €
  Entsorgung Tierkörperbeseitigung                    318,00 €
  Reparatur Verdichter (Maschinenbruch)             4.126,00 €
  abzüglich Selbstbeteiligung 10 % Kühlgut         -1.160,26 €
  Auszahlung                                       14.568,34 €

Überweisung an Rainer Pfaff, IBAN DE24 2007 0024 9513 0433 15, in den nächsten Tagen.

Herr Opitz empfiehlt einen Temperaturalarm aufs Handy. Wir haben gerade ein Pilotprojekt
mit der Fleischer-Innung, bei Interesse melde ich mich.

Mit freundlichen Grüßen

""" + SIG_KROEGER, d="2024-12-02 14:22")


def m118():
    return M(118, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "butcher died of a heart attack in the sausage kitchen; widow, term life payout and business closure",
             "Bestandsservice Leben <leben-service@zunftkasse.example>",
             "Gisela Pfaff <metzgerei.pfaff@t-mail.example>",
             "Unser herzliches Beileid – Risikolebensversicherung LV 80-1502274",
             """\
Sehr geehrte Frau Pfaff,

mit großer Betroffenheit haben wir vom Tod Ihres Mannes erfahren. Herr Kröger aus unserer
Firmenkundenabteilung hat uns berichtet, dass Ihr Mann am 13.01. in der Wurstküche
zusammengebrochen und trotz Reanimation durch den Notarzt an einem Herzinfarkt verstorben ist.
Wir möchten Ihnen die nächsten Schritte so leicht wie möglich machen.

Risikolebensversicherung LV 80-1502274 (versicherte Person Rainer Pfaff, geb. 30.11.1962),
Versicherungssumme 120.000 €, Bezugsberechtigte: Sie.

Wir benötigen:
1. Sterbeurkunde (Kopie genügt)
2. die ärztliche Bescheinigung über die Todesursache (Formular liegt bei; der Notarzt
   oder der Hausarzt Dr. Rinke kann es ausfüllen)
3. Ihre Bankverbindung

Da der Vertrag seit mehr als drei Jahren besteht, prüfen wir die Gesundheitsangaben bei
Antragstellung nicht mehr. Die Auszahlung erfolgt in der Regel innerhalb von zwei Wochen
nach Eingang der Unterlagen.

Zu den betrieblichen Verträgen (Inhalt, Kühlgut, Haftpflicht) und der Frage, ob und wie
der Laden weitergeführt wird, meldet sich Frau Kröger gesondert bei Ihnen. Lassen Sie sich
dafür alle Zeit, die Sie brauchen.

Mit stillem Gruß
Bestandsservice Leben
Zunftkasse Lebensversicherung AG
""", d="2025-01-17 11:05")


def m119():
    return M(119, "NORMAL", "de", "newsletter",
             "trap: butchers' guild circular on band-saw accidents and first aid, statistics only",
             "Ole Brandt <o.brandt@zunftkasse.example>",
             "Risk Engineering Gewerbe <risk-gewerbe@zunftkasse.example>",
             "WG: Fleischer-Innung: Bandsägen – Unfallschwerpunkt",
             """\
Fürs Pilotprojekt Temperaturlogger gleich mit ansprechen – die Innung ist offen für Prävention.
Ole

-----Ursprüngliche Nachricht-----
Von: Fleischer-Innung Nordhessen <info@fleischerinnung-nh.example>
Betreff: Rundschreiben 11/2024

Liebe Kolleginnen und Kollegen,

die BG meldet für 2023 wieder über 300 meldepflichtige Unfälle an Bandsägen im
Fleischerhandwerk, darunter 19 Amputationen von Fingern oder Fingergliedern.

Unsere Bitte:
- Schiebestock IMMER verwenden, auch "nur für das eine Stück"
- Sägeband-Abdeckung bis auf Schnitthöhe absenken
- Azubis nur nach Unterweisung und unter Aufsicht an die Säge
- Schnittschutzhandschuhe sind an der Bandsäge VERBOTEN (Einzugsgefahr)

Erste Hilfe bei Amputationsverletzungen: Amputat trocken in sauberes Tuch, in einen Beutel,
diesen in Eiswasser – nie direkt auf Eis. Notruf 112.

Ihre Fleischer-Innung
""", d="2024-11-21 15:47")


def m120():
    return M(120, "NORMAL", "en", "insurer-to-partner",
             "trap: meeting invitation (ICS) with the reinsurer about the BI treaty, no person data",
             "Frank Dietz <f.dietz@zunftkasse.example>",
             "Lukas Mäder <lukas.maeder@balticre.example>",
             "Invitation: BI treaty renewal meeting, Kassel, 9 Jan",
             """\
Hi Lukas,

invite attached. Agenda: (1) loss ratio 2024 incl. owner-absence add-on, (2) waiting period
and the mental-illness cap, (3) pandemic exclusion wording, (4) 2025 capacity.
Lunch is on us.

Frank
""",
             atts=[ICS("BI_treaty_meeting_2025-01-09.ics", """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zunftkasse//Outlook Export//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:20250109-bi-treaty@zunftkasse.example
DTSTAMP:20241210T080000Z
DTSTART:20250109T090000Z
DTEND:20250109T130000Z
SUMMARY:BI treaty renewal 2025 - Zunftkasse / Baltic Re
LOCATION:Zunftkasse head office\\, room 5.01\\, Ständeplatz 11\\, Kassel
ORGANIZER;CN=Frank Dietz:mailto:f.dietz@zunftkasse.example
ATTENDEE;CN=Lukas Mäder:mailto:lukas.maeder@balticre.example
END:VEVENT
END:VCALENDAR
""")], d="2024-12-10 09:00")


def m121():
    return M(121, "CONFIDENTIAL", "en", "insurer-to-customer",
             "pub owner's ice machine breakdown, electronics claim with her policy number and bank account",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Siobhan Gallagher <siobhan@crookedanchor.example>",
             "Ice machine - settlement S-24-1216640",
             """\
Hi Siobhan,

good news on the ice machine: the technician confirmed a compressor failure (not wear and
tear), so it's covered under your electronics/machinery section of GS-7120-455102.

Repair invoice Kältetechnik Hansa:   EUR 1,486.00
Deductible:                          EUR  -250.00
Payment:                             EUR 1,236.00

We'll transfer it to your account IE94 BOFI 9038 4161 7382 05 as you asked (the Irish
account - please confirm once more that this is right, it's different from the direct
debit account).

Merry Christmas from all of us in Kassel!

""" + SIG_OWENS, d="2024-12-19 12:02")


def m122():
    return M(122, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
             "settlement of the pub guest's ankle fracture claim explained to the broker, incl. surgery and work incapacity",
             "Timo Albers <t.albers@zunftkasse.example>",
             "Emma Whitfield <e.whitfield@northbridge-brokers.example>",
             "Crooked Anchor - liability claim Tjarks settled (S-24-1003417)",
             """\
Hi Emma,

for your file and in case Ms Gallagher asks: we settled the claim of Mr Henrik Tjarks today.

Injury: bimalleolar fracture of the right ankle, open reduction and internal fixation at
Klinikum Altona, 8 weeks unable to work, physiotherapy until December. The removal of the
metal is planned for 2025 and was included in the settlement.

Payment:
  Pain and suffering                       EUR 7,500.00
  Loss of earnings (net, 8 weeks)          EUR 4,912.00
  Co-payments, crutches, taxis             EUR   386.40
  Future costs (metal removal, 1 week)     EUR   900.00
  Claimant's lawyer fees                   EUR 1,101.94
  Total                                    EUR 14,800.34

Liability was 2/3 to the pub (the stair light had been broken for two weeks) and 1/3 to
Mr Tjarks (alcohol, 1.1 per mille at the hospital). The figures above are already reduced.

Full and final settlement, no admission of liability.

Cheers
Timo
""",
             html="""\
<html><body style="font-family:Arial;font-size:14px">
<p>Hi Emma,</p>
<p>for your file and in case Ms Gallagher asks: we settled the claim of <b>Mr Henrik Tjarks</b> today.</p>
<p><b>Injury:</b> bimalleolar fracture of the right ankle, open reduction and internal fixation at
Klinikum Altona, 8 weeks unable to work, physiotherapy until December. The removal of the metal
is planned for 2025 and was included in the settlement.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Pain and suffering</td><td align="right">EUR 7,500.00</td></tr>
<tr><td>Loss of earnings (net, 8 weeks)</td><td align="right">EUR 4,912.00</td></tr>
<tr><td>Co-payments, crutches, taxis</td><td align="right">EUR 386.40</td></tr>
<tr><td>Future costs (metal removal, 1 week)</td><td align="right">EUR 900.00</td></tr>
<tr><td>Claimant's lawyer fees</td><td align="right">EUR 1,101.94</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>EUR 14,800.34</b></td></tr>
</table>
<p>Liability was 2/3 to the pub (the stair light had been broken for two weeks) and 1/3 to
Mr Tjarks (alcohol, 1.1 per mille at the hospital). The figures above are already reduced.</p>
<p>Full and final settlement, no admission of liability.</p>
<p>Cheers<br>Timo</p>
</body></html>
""", d="2025-01-08 16:45")


def m123():
    return M(123, "NORMAL", "de", "internal",
             "trap: IT security warning about phishing mails pretending to be doctors' invoices, no person",
             "IT-Sicherheit <it-sicherheit@zunftkasse.example>",
             "Alle Mitarbeitenden <alle@zunftkasse.example>",
             "Achtung Phishing: gefälschte 'Arztrechnung' und 'Schadenmeldung Personenschaden'",
             """\
Liebe Kolleginnen und Kollegen,

seit heute Morgen gehen bei uns und bei mehreren Maklern gefälschte E-Mails ein:

  Betreff: "Arztrechnung Ihres Kunden – bitte umgehend prüfen"
  Betreff: "Schadenmeldung Personenschaden Gast – Fotos im Anhang"
  Absender: wechselnde Adressen, oft mit "praxis" oder "klinik" im Namen
  Anhang: "Rechnung_GOAE.zip" bzw. "Fotos_Unfall.iso"

Die Anhänge enthalten Schadsoftware. Bitte:
- Anhänge NICHT öffnen, auch wenn der Kundenname stimmt
- Mail über den Button "Phishing melden" melden und löschen
- Falls bereits geöffnet: sofort IT-Servicedesk 4444 anrufen, Rechner vom Netz

Echte Arztrechnungen kommen bei uns über das Kundenportal oder die Scanstelle.

IT-Sicherheit
""", d="2024-11-25 09:05")


def m124():
    return M(124, "CONFIDENTIAL", "de", "broker",
             "broker mandate for a kiosk owner with birth date and list of non-personal contracts, forwarded to portfolio service",
             "Murat Yıldız <m.yildiz@zunftkasse.example>",
             "Bestandsservice Sach <bestand-sach@zunftkasse.example>",
             "WG: Maklermandat Kiosk Demirtaş – bitte Betreuerwechsel",
             """\
Bitte Betreuerwechsel auf VM 30-2207 (Feldmann) ab 01.01. für die unten genannten Verträge.
Mandat liegt als Scan in der E-Akte.
Murat

> Von: Rüdiger Feldmann <r.feldmann@feldmann-makler.example>
> Betreff: Maklermandat Kiosk Demirtaş
>
> Hallo Herr Yıldız,
>
> anbei das Maklermandat unserer neuen Mandantin:
>
>   Ayşe Demirtaş, geb. 11.09.1979
>   Kiosk & Lotto Demirtaş, Holländische Str. 96, 34127 Kassel
>   Privat: Mombachstr. 40, 34127 Kassel
>
> Verträge bei Ihnen:
>   GS-7111-415670  Inhalt Kiosk inkl. Tabakwaren und Lotto-Terminal
>   GH-3390-139904  Betriebshaftpflicht Einzelhandel
>   GS-7108-202615  Glas
>
> Bitte ab sofort Korrespondenz an uns. Danke!
> R. Feldmann
""", d="2024-12-09 16:18")


def m125():
    return M(125, "STRICTLY_CONFIDENTIAL", "de", "company",
             "electrician GmbH's office sends employee list for deferred-compensation life insurance (bAV) with birth dates and salaries; only in XLSX",
             "Ines Marquardt <i.marquardt@zunftkasse.example>",
             "bAV Verwaltung <bav@zunftkasse.example>",
             "WG: Entgeltumwandlung 2025 Elektro Krause – Mitarbeiterliste",
             """\
Hallo zusammen,

bitte für den Gruppenvertrag Direktversicherung GV 70-3318 (Elektro Krause GmbH) die
Änderungen zum 01.01.2025 einpflegen. Liste von Frau Krause im Anhang.

Danke, Ines

-----Ursprüngliche Nachricht-----
Von: Petra Krause <buero@elektro-krause.example>
Betreff: Entgeltumwandlung 2025

Hallo Frau Marquardt, anbei die Liste für 2025. Zwei Neue, ein Azubi will jetzt auch.
Gruß P. Krause
""",
             atts=[XLSX("bAV_Elektro_Krause_2025.xlsx", [
                 ["Gruppenvertrag", "GV 70-3318", "Arbeitgeber", "Elektro Krause GmbH"],
                 [],
                 ["Name", "Vorname", "geb.", "Eintritt", "Bruttolohn mtl.", "Umwandlung mtl.", "AG-Zuschuss 15 %", "Vertrag", "Bemerkung"],
                 ["Hahn", "Sebastian", "1988-02-14", "2014-08-01", 3650, 150, 22.5, "LV 83-1150201", ""],
                 ["Lorenz", "Maik", "1992-10-09", "2017-03-01", 3420, 100, 15, "LV 83-1150202", ""],
                 ["Schröder", "Dennis", "1979-06-23", "2009-09-01", 3910, 248, 37.2, "LV 83-1150203", "Erhöhung von 200"],
                 ["Ulrich", "Tim", "1996-01-30", "2021-08-01", 3180, 50, 7.5, "LV 83-1150204", ""],
                 ["Becker", "Jonas", "2007-02-14", "2023-08-01", 1020, 30, 4.5, "neu", "Azubi, Eltern unterschreiben mit"],
                 ["Wagner", "Kevin", "1999-11-05", "2025-01-01", 3300, 100, 15, "neu", "Neueinstellung"],
                 ["Krause", "Petra", "1972-05-17", "2006-01-01", 1650, 248, 37.2, "LV 83-1150205", "Ehefrau GF, Teilzeit"],
             ], sheet="bAV 2025")], d="2024-12-06 13:51")


def m126():
    return M(126, "NORMAL", "en", "internal",
             "trap: mailbox migration notice for the international desk, no personal data",
             "IT-Servicedesk <servicedesk@zunftkasse.example>",
             "International Desk <international@zunftkasse.example>",
             "Mailbox migration International Desk - Saturday 23 Nov",
             """\
Hello International Desk,

your shared mailbox international@ will be migrated to the new mail platform on Saturday,
23 November, between 06:00 and 14:00. During that time:

- incoming mail is queued and delivered after the migration (nothing is lost)
- the claims hotline and the customer portal are not affected
- rules and shared folders ("Claims - injured guests", "Health/Life - forward only") are
  migrated as they are

On Monday, please check that your signature and the auto-replies still work.

Questions: servicedesk@zunftkasse.example, ext. 4444

IT Service Desk
""", d="2024-11-19 14:30")


def m127():
    return M(127, "CONFIDENTIAL", "en", "insurer-to-customer",
             "new policies issued for a café-bakery owner (sole trader), SEPA mandate with her Irish IBAN",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Niamh Brennan <niamh@brennans-bakehouse.example>",
             "Welcome to Zunftkasse - your policies from 1 January 2025",
             """\
Dear Ms Brennan,

welcome! Your policies have been issued (documents by post and in your secure mailbox):

  GS-7120-702214  Contents incl. stock, EUR 150,000, and business interruption 12 months
  GH-3390-188310  Public and products liability, EUR 3m
  GS-7108-241077  Glass

Annual premium: EUR 2,318.40, paid monthly by direct debit (EUR 193.20).

Direct debit mandate:
  Account holder: Niamh Brennan
  IBAN: IE37 AIBK 9320 8852 1044 17
  Mandate reference: ZK-M-8120447

One condition from the underwriters: the wood-fired oven must be cleaned by a chimney
sweep twice a year. Please keep the certificates.

Your broker Emma Whitfield (Northbridge) remains your first contact.

""" + SIG_OWENS, d="2024-12-20 10:48")


def m128():
    return M(128, "NORMAL", "de", "insurer-to-supplier",
             "trap: price offer for shredding of medical and claims files for the insurer, supplier only",
             "Facility Management <facility@zunftkasse.example>",
             "Vertrieb <vertrieb@aktenvernichtung-mitte.example>",
             "AW: Angebot Aktenvernichtung Schutzklasse 3 / Sicherheitsstufe P-5",
             """\
Sehr geehrter Herr Wollny,

danke für das Angebot vom 04.12. Wir nehmen folgende Leistungen ab 01.02.2025:

- 40 Sicherheitsbehälter 240 l (Leistung Kranken/Leben, Schaden HV-Personenschaden,
  Scanstelle), Leerung 14-täglich, je 9,80 € pro Leerung
- Vernichtung DIN 66399 Schutzklasse 3, Sicherheitsstufe P-5 (Arztberichte,
  Gutachten, Leistungsakten), Vernichtungsprotokoll je Leerung
- Datenträgervernichtung H-5 nach Bedarf, 4,50 € je Stück

Bitte schicken Sie uns den Vertrag zur Auftragsverarbeitung (Art. 28 DSGVO) zur
Unterschrift; ohne AVV können wir nicht starten. Unsere Datenschutzbeauftragte, Frau
Sommer, möchte vorab einmal Ihre Halle besichtigen.

Mit freundlichen Grüßen
Marco Stiehl
Facility Management
""", d="2024-12-16 11:31")


def m129():
    return M(129, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "daily sickness allowance statement for the courier owner after stroke; details only in the PDF",
             "Leistung Kranken <leistung-kranken@zunftkasse.example>",
             "Adam Nowak <adam@swiftcargo-kassel.example>",
             "Your statement - daily allowance November 2024",
             """\
Dear Mr Nowak,

please find attached your benefit statement for November 2024. The amount has been
transferred to your account.

Kind regards
Health Claims - Daily Allowance
Zunftkasse Krankenversicherung AG
""",
             atts=[PDF("Statement_KT_Nowak_2024-11.pdf", [
                 "Zunftkasse Krankenversicherung AG - Benefit statement (daily sickness allowance)",
                 "",
                 "Insured person: Adam Nowak, born 1977-05-08",
                 "Policy: KV 55 301 778-2   Tariff: KT 43 (from day 43), EUR 120 per day",
                 "",
                 "Incapacity since: 12/09/2024   Diagnosis per certificate: I63.5 (cerebral infarction),",
                 "                                G81.1 (spastic hemiparesis, left)",
                 "Certificates received: Klinikum Kassel 12/09-21/09, Rehaklinik Bad Wildungen",
                 "   22/09-31/10, Dr. Schäfer (GP) 01/11-30/11",
                 "",
                 "Benefit period this statement: 01/11/2024 - 30/11/2024 = 30 days",
                 "Amount: 30 x EUR 120.00 = EUR 3,600.00",
                 "Paid to: IBAN PL61 1090 1014 0000 0712 1981 2874",
                 "",
                 "Next certificate due: 31/12/2024. Please also send the neurologist's report",
                 "on the driving ban as soon as you have it."])], d="2024-12-04 08:20")


def m130():
    return M(130, "NORMAL", "mixed", "internal",
             "trap: bilingual holiday rota of the international desk, colleagues named only organisationally",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "International Desk <international@zunftkasse.example>",
             "Urlaubsplanung Weihnachten / Christmas cover",
             """\
Hallo zusammen / hi all,

Vertretung zwischen den Jahren / cover over Christmas:

23.12.-27.12.  Tom Becker (de/en), Aoife Murphy (en)
30.12.-03.01.  Rachel Owens (en/de), Sevgi Arslan (de/tr)

- Claims with injured persons / Personenschäden: always forward to Timo's team, even over
  the holidays - they have an on-call duty.
- Gesundheits- und Lebensthemen: nicht selbst beantworten, an Leistung Kranken/Leben.

Frohe Weihnachten & happy Christmas!
Rachel
""", d="2024-12-18 15:20")


def m131():
    return M(131, "CONFIDENTIAL", "de", "insurer-to-customer",
             "formal payment reminder (§ 38 VVG) to a car repair shop owner (sole trader) for his liability premium",
             "Beitragsservice <beitragsservice@zunftkasse.example>",
             "Serkan Özdemir <info@kfz-oezdemir.example>",
             "Zahlungsaufforderung nach § 38 VVG – Vertrag GH-3390-133591",
             """\
Sehr geehrter Herr Özdemir,

trotz unserer Erinnerung vom 04.11.2024 ist der Folgebeitrag für Ihre Betriebshaftpflicht
Kfz-Handwerk noch nicht bei uns eingegangen.

Vertrag:              GH-3390-133591
fällig seit:          01.11.2024
Beitrag:              1.284,60 EUR
Mahngebühr:               5,00 EUR
Gesamt:               1.289,60 EUR

Bitte zahlen Sie den Betrag innerhalb von zwei Wochen nach Zugang dieses Schreibens.

Rechtsfolgen (§ 38 VVG): Tritt nach Ablauf dieser Frist ein Versicherungsfall ein und sind
Sie mit der Zahlung in Verzug, sind wir von der Verpflichtung zur Leistung frei. Wir können
den Vertrag nach Fristablauf ohne Einhaltung einer Kündigungsfrist kündigen.

Bitte bedenken Sie: Ohne Betriebshaftpflicht tragen Sie Schäden an Kundenfahrzeugen selbst.

Mit freundlichen Grüßen
Beitragsservice
Zunftkasse Versicherung AG
""", charset="iso-8859-1", cte="quoted-printable", d="2024-12-03 07:40")


def m132():
    return M(132, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "taxi owner's private health insurance premium arrears, emergency tariff warning (health line, no diagnosis)",
             "Beitragsservice Kranken <kv-service@zunftkasse.example>",
             "Taxi Aydın <taxi.aydin@t-mail.example>",
             "Beitragsrückstand Krankenversicherung KV 55 377 120-9",
             """\
Sehr geehrter Herr Aydın,

für Ihre private Krankenversicherung (Tarife Komfort 600 und Pflegepflicht) sind folgende
Beiträge offen:

  September 2024    612,44 €
  Oktober 2024      612,44 €
  November 2024     612,44 €
  Säumniszuschlag    18,00 €
  Summe           1.855,32 €

Wenn der Rückstand zwei Monatsbeiträge übersteigt und nach dieser Mahnung nicht
ausgeglichen wird, ruht Ihre Versicherung nach § 193 Abs. 6 VVG und Sie werden in den
Notlagentarif umgestellt. Dann übernehmen wir nur noch Kosten für akute Erkrankungen und
Schmerzzustände sowie bei Schwangerschaft und Mutterschaft.

Sie können eine Ratenzahlung mit uns vereinbaren. Wenn Sie hilfebedürftig im Sinne des
SGB II/XII sind, schicken Sie uns bitte den Bescheid – dann tritt das Ruhen nicht ein.

Mit freundlichen Grüßen
Beitragsservice
Zunftkasse Krankenversicherung AG
""", d="2024-12-05 08:01")


def m133():
    return M(133, "NORMAL", "de", "internal",
             "trap: Q4 new-business statistics by product (BU, KT, owner-absence) and trade, aggregated",
             "Vertriebscontrolling <vertriebscontrolling@zunftkasse.example>",
             "Vertrieb Handwerk <vertrieb-handwerk@zunftkasse.example>",
             "Neugeschäft Handwerk/Gastro bis 30.11.2024",
             """\
Hallo zusammen,

Stand Neugeschäft (Stück, Jahresbeitrag in T€) bis 30.11.:

Produkt                          Stück    Beitrag   Vorjahr Stück
BU MeisterSchutz                   612     1.064       548
  davon Azubi-BU                   188        97       121
Krankentagegeld Selbständige       377       412       359
Inhaberausfall (Baustein BU*)      294       101       162
Gastro-Paket                       431     1.188       402
Betriebshaftpflicht Handwerk       958     1.377       911

*hier: BU = Betriebsunterbrechung

Top-Berufe BU (Berufsunfähigkeit): Elektroniker, Friseure, Kfz-Mechatroniker.
Zielerreichung Gesamtjahr voraussichtlich 104 %.

Vertriebscontrolling
""", d="2024-12-06 10:15")


def m134():
    return M(134, "CONFIDENTIAL", "en", "insurer-to-customer",
             "tattoo studio owner (sole trader) water damage from the flat above, contents claim; HTML-only",
             "Sabine Kröger <s.kroeger@zunftkasse.example>",
             "Jake Morrison <jake@inkwell-kassel.example>",
             "Water damage at Inkwell Tattoo - claim S-24-1222985",
             html="""\
<html><body style="font-family:Arial;font-size:14px">
<p>Hi Jake,</p>
<p>sorry about the mess. I've opened claim <b>S-24-1222985</b> under your contents policy
<b>GS-7111-621340</b> (policyholder Jake Morrison, Inkwell Tattoo, Wilhelmsstr. 23, Kassel).</p>
<p>From the photos, water came through the ceiling from the bathroom of the flat above
(washing-machine hose). Damaged:</p>
<ul>
<li>tattoo chair (hydraulic), 2 lamps, the autoclave</li>
<li>flash art and framed prints on the wall</li>
<li>ink and needle stock in the lower cabinet</li>
</ul>
<p>Please get a quote for the autoclave repair and keep the damaged items until our
adjuster has seen them. You can already buy new needles and inks - keep the receipts.</p>
<p>We will try to recover our payment from the neighbour's liability insurer; can you give
me the name of the tenant upstairs?</p>
<p>Best,<br>Sabine Kröger<br>Commercial Property<br>Zunftkasse Versicherung AG</p>
</body></html>
""", d="2025-01-09 13:24")


def m135():
    return M(135, "NORMAL", "en", "insurer-to-supplier",
             "trap: query on a translation agency invoice, no customer data",
             "Kai Wenzel <k.wenzel@zunftkasse.example>",
             "Accounts <accounts@lingua-bridge.example>",
             "Invoice LB-R-24-7718 - wrong cost centre",
             """\
Hello,

your invoice LB-R-24-7718 of 30 November (EUR 3,474.00 net, translations of the Gastro
policy wording and the claim form) shows cost centre 4110. Ours is 4410. Our accounts
payable team rejects invoices with the wrong cost centre automatically.

Could you please cancel it and send a corrected invoice to rechnungseingang@zunftkasse.example?
The amount is correct.

Thanks
Kai Wenzel
""", d="2024-12-12 08:58")


def m136():
    return M(136, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
             "group accident: carpentry apprentice with eye injury from a wood splinter; accident report only in the ODT",
             "Lea Hoffmann <l.hoffmann@zunftkasse.example>",
             "Katrin Lindner <buero@schreinerei-lindner.example>",
             "Gruppenunfall UV 62-0019042 – Ihre Unfallanzeige zurück mit Rückfragen",
             """\
Hallo Frau Lindner,

danke für die Unfallanzeige. Ich habe sie mit meinen Rückfragen (gelb markiert bzw. in
eckigen Klammern) zurückgeschickt, siehe Anhang. Am wichtigsten ist der Bericht der
Augenklinik.

Viele Grüße
Lea Hoffmann
Leistung Unfall
""",
             atts=[ODT("Unfallanzeige_Gruppenunfall_Lindner_mit_Rueckfragen.odt", [
                 "Unfallanzeige Gruppenunfallversicherung UV 62-0019042",
                 "Versicherungsnehmer: Schreinerei Lindner, Inh. Tobias Lindner",
                 "Verletzte Person: Leon Fischer, geb. 08.08.2006, Auszubildender Tischler, 2. Lehrjahr",
                 "Unfalltag: 26.11.2024, ca. 10:15 Uhr, Werkstatt, Abrichthobelmaschine",
                 "Hergang: Holzsplitter ist beim Hobeln ins rechte Auge geflogen. Schutzbrille lag auf der Werkbank.",
                 "Erstbehandlung: Augenklinik Kassel, Entfernung Fremdkörper, Hornhautverletzung, Naht",
                 "Diagnose laut Durchgangsarzt: S05.5 R (penetrierende Wunde des Augapfels mit Fremdkörper)",
                 "Stationär: 26.11.–29.11.2024",
                 "[Rückfrage Zunftkasse: Bitte Bericht der Augenklinik mit Sehschärfe bei Entlassung beifügen.]",
                 "[Rückfrage Zunftkasse: Hat Leon vor dem Unfall eine Brille oder Kontaktlinsen getragen?]",
                 "[Hinweis: Das Nichttragen der Schutzbrille mindert die Leistung aus der Unfallversicherung nicht.]",
                 "Arbeitsunfähig voraussichtlich bis: 20.12.2024",
                 "BG-Meldung erfolgt: ja, BG Holz und Metall, 27.11.2024"])], d="2024-12-02 10:37")


def m137():
    return M(137, "NORMAL", "de", "insurer-to-partner",
             "trap: booking a stand at the crafts fair (price offer from the chamber), no person",
             "Kai Wenzel <k.wenzel@zunftkasse.example>",
             "Messeteam Handwerkskammer <messe@hwk-kassel.example>",
             "Standbuchung Handwerkermesse 2025 – Angebot M-25-088",
             """\
Sehr geehrte Frau Grebe,

wir nehmen Ihr Angebot M-25-088 an:

  Reihenstand 4 x 3 m, Halle 2, Stand 2.14            1.680,00 €
  Strom 3 kW, Reinigung, Standbauwand                   412,00 €
  Eintrag Ausstellerverzeichnis                          95,00 €
  Summe netto                                         2.187,00 €

Themen am Stand: Betriebsunterbrechung/Inhaberausfall, BU für Handwerker, Azubi-BU.
Wir bieten einen "Rücken-Check" mit einer Physiotherapeutin an (nur Beratung, keine
Speicherung von Daten) – bitte klären Sie, ob dafür ein abgetrennter Bereich nötig ist.

Mit freundlichen Grüßen
Kai Wenzel
""", d="2025-01-13 14:08")


def m138():
    return M(138, "CONFIDENTIAL", "de", "insurer-to-customer",
             "hairdresser (sole trader) water damage from upstairs, salon closed 9 days, BI calculation with her revenue",
             "Frank Dietz <f.dietz@zunftkasse.example>",
             "Nadine Vogt <salon@haarwerk-vogt.example>",
             "Leitungswasserschaden Salon – Abrechnung Betriebsunterbrechung S-24-1201577",
             """\
Hallo Frau Vogt,

die Abrechnung für die neun Tage, an denen der Salon nach dem Rohrbruch in der Wohnung über
Ihnen geschlossen war (25.11.–04.12.):

  Ihr Umsatz im Vergleichszeitraum (Ø 9 Öffnungstage 2023)     6.210,00 €
  abzüglich ersparte Kosten (Material, Energie)                 -780,00 €
  Löhne 2 Gesellinnen + Azubi (weitergezahlt)                   in Umsatz enthalten
  Ersatz Betriebsunterbrechung                                  5.430,00 €
  Sachschaden Inhalt (2 Bedienplätze, Trockenhaube)              3.966,00 €
  Summe                                                          9.396,00 €

Die Zahlung geht an das Konto aus Ihrem SEPA-Mandat. Die Regressforderung gegen die
Mieterin oben bzw. deren Haftpflichtversicherer übernehmen wir.

Viele Grüße
Frank Dietz
""", d="2024-12-13 11:14")


def m139():
    return M(139, "NORMAL", "en", "newsletter",
             "trap: hospitality newsletter on Legionella in cellar lines and beer-line cleaning, no person",
             "Ole Brandt <o.brandt@zunftkasse.example>",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "FW: Bar & Cellar Safety Digest - Legionella",
             """\
Rachel, for your pub clients - especially the cellar part.
Ole

> BAR & CELLAR SAFETY DIGEST - JANUARY
>
> LEGIONELLA IN HOT WATER SYSTEMS
> Rarely used showers and taps in staff areas are a classic source. Flush weekly, keep
> hot water above 60 °C at the boiler. Outbreaks linked to hospitality venues lead to
> closures by the health office and, in the worst case, to liability claims.
>
> BEER LINES
> Clean every 7 days. Dirty lines cause spoiled beer, not illness, but they are a hygiene
> inspection favourite.
>
> CO2 IN CELLARS
> Install a CO2 alarm where gas cylinders are stored. Several fatal accidents in Europe
> in the last ten years.
>
> www.barcellar-digest.example | unsubscribe
""", d="2025-01-10 09:41")


def m140():
    return M(140, "CONFIDENTIAL", "en", "insurer-to-customer",
             "bike shop burglary: repair customer named as owner of a stolen bike, payout details",
             "Rachel Owens <r.owens@zunftkasse.example>",
             "Pieter de Vries <pieter@twowheels-kassel.example>",
             "RE: customer bike - claim S-24-1180327",
             """\
Hi Pieter,

thanks for the details. The customer's bike (Stevens Strada 900, frame ST4410985C, bought
2022 for EUR 1,690) belongs to Ms Carina Wolff, Kirchweg 12, 34119 Kassel. Under
"customers' property" we pay the current value, EUR 1,100, to Ms Wolff directly - please
let her know and ask her to send me her bank details herself.

For your own four e-bikes we pay EUR 11,400 (purchase price) to your account DE93 5001 0517
2839 4417 88 this week.

""" + SIG_OWENS, d="2024-11-27 16:02")


def m141():
    return M(141, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "tattoo artist owner's motorbike accident: wrist fracture, cannot tattoo; accident and owner-absence benefits",
             "Lea Hoffmann <l.hoffmann@zunftkasse.example>",
             "Jake Morrison <jake@inkwell-kassel.example>",
             "Your accident on 3 January - accident insurance UV 61-0081337",
             """\
Dear Mr Morrison,

I'm sorry to hear about your motorbike accident. From the A&E report: distal radius
fracture of the right wrist (S52.51), surgery with a palmar plate on 4 January, cast for
6 weeks, and the surgeon expects 3-4 months before you can hold a tattoo machine for a full
session again.

From your accident insurance we pay:
- hospital daily allowance 2 days x EUR 50 = EUR 100
- a lump sum for fractures ("Gipsgeld" option) of EUR 500

Permanent disability can only be assessed after about a year; we'll write to you then.

Your colleague Ms Kröger told me you also have the owner-absence add-on in the business
policy. That is handled by Mr Dietz - I've passed him the date of the accident and the
expected duration (not the medical details); he will contact you.

Get well soon.

Kind regards
Lea Hoffmann
Accident Claims
""", d="2025-01-15 10:55")


def m142():
    return M(142, "NORMAL", "de", "internal",
             "trap: internal invitation (ICS) to an apprentice information day, no personal data",
             "Personalabteilung <karriere@zunftkasse.example>",
             "Ausbilderinnen und Ausbilder <ausbilder@zunftkasse.example>",
             "Einladung: Azubi-Infotag 2025 – Ablauf und Helfer gesucht",
             """\
Liebe Ausbilderinnen und Ausbilder,

am 15.02.2025 öffnen wir wieder das Haus für Schülerinnen und Schüler. Wir suchen pro
Abteilung eine Person, die 20 Minuten erzählt, was Kaufleute für Versicherungen und
Finanzanlagen bei uns tun – gern auch aus Schaden (z. B. "Fettbrand in der Pizzeria – was
passiert dann?").

Bitte nehmen Sie den Kalendereintrag an oder sagen Sie ab. Essen gibt es in der Kantine.

Personalabteilung / Ausbildung
""",
             atts=[ICS("Azubi-Infotag_2025.ics", """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zunftkasse//Outlook Export//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:20250215-azubi-infotag@zunftkasse.example
DTSTAMP:20250115T080000Z
DTSTART:20250215T090000Z
DTEND:20250215T140000Z
SUMMARY:Azubi-Infotag 2025
LOCATION:Foyer Hauptverwaltung
ORGANIZER;CN=Personalabteilung:mailto:karriere@zunftkasse.example
ATTENDEE;CN=Ausbilder:mailto:ausbilder@zunftkasse.example
END:VEVENT
END:VCALENDAR
""")], d="2025-01-15 09:10")


def m143():
    return M(143, "CONFIDENTIAL", "de", "insurer-to-customer",
             "taxi owner (sole trader): taxi rear-ended, passengers unhurt, other driver's name and plate",
             "Kfz-Schaden <kfz-schaden@zunftkasse.example>",
             "Taxi Aydın <taxi.aydin@t-mail.example>",
             "Ihr Taxi KS-TX 476 – Auffahrunfall 20.12. – KF-24-0801553",
             """\
Sehr geehrter Herr Aydın,

danke für die Schadenmeldung. Nach Ihrer Schilderung und der Aussage Ihres Fahrers
Herrn Mesut Kılıç ist der Unfallgegner (Herr Jürgen Möbus, Opel Astra KS-JM 88) an der
Ampel Holländischer Platz auf Ihr stehendes Taxi aufgefahren. Die beiden Fahrgäste und
Ihr Fahrer sind nach Ihren Angaben unverletzt.

Die Haftung liegt damit beim Unfallgegner. Bitte machen Sie Ihre Ansprüche (Reparatur,
Verdienstausfall Taxi nach Tagessatz der Taxi-Innung, Gutachterkosten) direkt bei dessen
Haftpflichtversicherer geltend. Wir haben den Schaden unter KF-24-0801553 nur vorsorglich
erfasst – Ihr Schadenfreiheitsrabatt ist nicht betroffen.

Mit freundlichen Grüßen
Kfz-Schaden
Zunftkasse Versicherung AG
""", d="2024-12-23 09:33")


def m144():
    return M(144, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "owner-absence BI for the café after her surgery; body harmless, surgery and rehab only in the quoted customer mail",
             "Frank Dietz <f.dietz@zunftkasse.example>",
             "Hanna Schulz <hanna.schulz@kaffeeklatsch-kassel.example>",
             "AW: Inhaberausfall – Zahlen Oktober/November",
             """\
Liebe Frau Schulz,

die Zahlen passen, wir überweisen 8.940,00 € für Oktober und November diese Woche auf das
Geschäftskonto. Für Dezember reicht wieder die Aufstellung Ihrer Tochter.

Viele Grüße
Frank Dietz

-----Ursprüngliche Nachricht-----
Von: Hanna Schulz <hanna.schulz@kaffeeklatsch-kassel.example>
Gesendet: Montag, 2. Dezember 2024 20:14
An: Frank Dietz <f.dietz@zunftkasse.example>
Betreff: Inhaberausfall – Zahlen Oktober/November

Hallo Herr Dietz,

anbei die Zahlen von Lena für Oktober und November. Wir hatten ja nur noch Donnerstag bis
Sonntag auf, weil Lena nicht alles allein schafft.

Kurz zu mir: Die OP an der Bandscheibe am 05.11. ist gut gegangen, ich bin seit dem 18.11.
in der Reha in Bad Sooden-Allendorf, bis 09.12. Danach soll ich erst mal nur stundenweise
anfangen (Hamburger Modell sagt mein Arzt, aber ich bin ja selbständig...). Tragen von
Blechen und Kisten ist für mindestens ein halbes Jahr verboten. Frau Pfeiffer von der
Krankenversicherung weiß Bescheid.

Viele Grüße
Hanna Schulz
""", d="2024-12-03 13:27")


def m145():
    return M(145, "NORMAL", "en", "insurer-to-broker",
             "trap: anonymised case study for broker training (haulier owner illness), no identifiable person",
             "Zunftkasse Partner Academy <academy@zunftkasse.example>",
             "Emma Whitfield <e.whitfield@northbridge-brokers.example>",
             "Case study for your team training (anonymised)",
             """\
Dear Ms Whitfield,

as requested, the case study from our webinar. It is based on a real claim, but all
details have been changed and combined so that no customer can be identified.

CASE STUDY: "THE BOSS IS THE BUSINESS"
A haulage firm with 2 trucks and 3 drivers. The owner, in his fifties, does the dispatching
himself and drives one of the trucks. He suffers a serious illness and is off work for five
months.

- His disability insurance does not pay: he is not expected to be disabled for 6 months or
  longer, and he returns to the office after five months.
- His daily sickness allowance pays him personally from day 43.
- The business interruption policy with owner-absence add-on pays the leasing of the trucks,
  the rent of the yard and the drivers' wages, plus extra costs for subcontractors.
Without the add-on, the business would have had to close.

Questions for discussion:
1. Which gaps would remain without the add-on?
2. Would a key-person life policy have helped? Why not?

Zunftkasse Partner Academy
""", d="2025-01-06 11:00")


def m146():
    return M(146, "CONFIDENTIAL", "en", "insurer-to-customer",
             "eVB and VIN for the food truck owner's new smoker trailer (sole trader)",
             "Kfz-Flotte <kfz-flotte@zunftkasse.example>",
             "Joe Miller <joe@smokeyjoes-bbq.example>",
             "eVB for your new trailer",
             """\
Hi Joe,

here is your eVB number for registering the smoker trailer:

  eVB:       K3P9W7R
  Keeper:    Joseph Miller, Smokey Joe's BBQ, Schweizer Str. 71, 60594 Frankfurt
  Vehicle:   trailer, 1,800 kg, VIN W09TR1800PS004417
  Cover:     motor liability; partial cover (Teilkasko) EUR 150 deductible
  Premium:   EUR 96.40 per year

Note: the smoker and the equipment on the trailer are not covered by motor insurance -
please add them to your food truck contents policy GS-7155-302118 (I can do that for
EUR 38 more per year, just say yes).

Kind regards
Team Motor Fleet
Zunftkasse Versicherung AG
""", d="2025-01-21 15:16")


def m147():
    return M(147, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
             "key-person life cover accepted with an extra premium for the brewery owner's hypertension; reinsurer's terms forwarded as attached message",
             "Peter Ruland <p.ruland@zunftkasse.example>",
             "Ryan Caldwell <ryan@hopfenwerk-taproom.example>",
             "Key person life cover - our offer LV-A 24-88415",
             """\
Dear Mr Caldwell,

thank you for completing the medical examinations. We can offer the key person term life
cover of EUR 1,800,000 for Hopfenwerk Taproom GmbH, with you as the life insured, with an
extra premium of 75 % because of your blood pressure, cholesterol and weight.

Annual premium: EUR 3,962.40 instead of EUR 2,264.20.

We will review the extra premium after 3 years if your blood pressure is well controlled
(below 140/90) and your liver value (GGT) is normal in the re-check - the reinsurer's
confirmation is attached for your bank.

Kind regards
Peter Ruland
Underwriting Life, Zunftkasse Lebensversicherung AG
""",
             atts=[EML(inner_mail(
                 "Life Facultative <life-fac@balticre.example>",
                 "Peter Ruland <p.ruland@zunftkasse.example>",
                 "RE: Fac request - key person term life EUR 1.8m - Caldwell",
                 """\
Peter,

we agree: Ryan Caldwell, born 04 July 1979, term life EUR 1.8m / 10 yrs.
Hypertension treated, LDL 172, BMI 31.4, GGT 94: +75 %, review after 3 years subject
to GGT recheck within 6 months and BP < 140/90. Our share 72.2 % (EUR 1.3m).

Regards
Anna Lindholm
Life Facultative Underwriter, Baltic Re SE""", "Tue, 10 Dec 2024 09:14:55 +0100",
                 msgid="<fac-24-3390-2@balticre.example>"))], d="2024-12-11 14:26")


def m148():
    return M(148, "CONFIDENTIAL", "mixed", "insurer-to-customer",
             "final settlement of the restaurant kitchen fire for the owner and his son, IBAN and amounts, nobody hurt",
             "Sabine Kröger <s.kroeger@zunftkasse.example>",
             "Giuseppe Esposito <info@dapino-kassel.example>",
             "Abschluss Fettbrand S-24-0918832 / final settlement",
             """\
Sehr geehrter Herr Esposito, dear Marco,

wir können den Küchenbrand vom 06.09. jetzt abschließen. / We can now close the kitchen
fire claim:

  Kombidämpfer (Neuwert) / combi steamer (new)      14.980,00 €
  Dunstabzug, Filter, Reinigung / hood, cleaning      6.215,40 €
  Fritteuse / deep fryer                              2.340,00 €
  Betriebsunterbrechung 19 Tage / BI 19 days         11.870,00 €
  bereits gezahlt (Abschlag) / already paid         -10.000,00 €
  Restzahlung / final payment                        25.405,40 €

Zahlung an / payment to: Giuseppe Esposito, IBAN DE38 5205 0353 9591 0489 54

Marco, as discussed: your father's other account in Italy
(IT11 K030 6911 8840 0004 7120 536) is not used for this payment.

Mit freundlichen Grüßen / kind regards

""" + SIG_KROEGER, d="2024-11-05 14:50")


def m149():
    return M(149, "NORMAL", "de", "internal",
             "trap: company doctor's flu vaccination offer for staff, no person",
             "Betriebsärztlicher Dienst <betriebsarzt@zunftkasse.example>",
             "Alle Mitarbeitenden <alle@zunftkasse.example>",
             "Grippeschutzimpfung 2024 – Termine im Haus",
             """\
Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet der betriebsärztliche Dienst die Grippeschutzimpfung im Haus an:

  Di 22.10., 8–12 Uhr, Raum 0.14
  Do 24.10., 12–16 Uhr, Raum 0.14
  Mo 04.11., 8–12 Uhr, Außenstelle Vellmar

Bitte Impfpass mitbringen (falls vorhanden). Eine Anmeldung ist nicht nötig. Die Impfung
ist freiwillig und kostenlos; Ihre Teilnahme wird nicht an die Personalabteilung gemeldet.
Wer eine Hühnereiweißallergie hat oder gerade krank ist, spricht bitte vorher mit uns.

Ihr betriebsärztlicher Dienst
""", d="2024-10-14 08:30")


def m150():
    return M(150, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
             "bilingual mail on a seasonal roofer worker's fall from a ladder (heel fracture), group accident claim",
             "Lea Hoffmann <l.hoffmann@zunftkasse.example>",
             "Sabine Brenner <buero@dachdeckerei-brenner.example>",
             "Gruppenunfall UV 62-0015583 – Unfall Herr Nowicki / accident Mr Nowicki",
             """\
Hallo Frau Brenner,

danke für die schnelle Meldung. Wie besprochen schreibe ich den Teil für Herrn Nowicki auf
Englisch, bitte leiten Sie ihm die Mail weiter.

Kurz für Sie: Herr Paweł Nowicki ist am 12.03. von der Anlegeleiter gestürzt (ca. 3 m) und
hat sich das rechte Fersenbein gebrochen (S92.0). Er wurde am 14.03. in der BG Unfallklinik
operiert. Die BG ist informiert. Aus der Gruppenunfall zahlen wir Krankenhaustagegeld und
später ggf. Invalidität.

---

Dear Mr Nowicki,

I am sorry about your accident. Your employer has an accident insurance for all staff,
including seasonal workers. You will receive:

- EUR 30 for each day in hospital (please send the discharge letter from the hospital)
- after about one year, if your foot does not fully recover, a payment for permanent
  impairment. A heel fracture often leaves some stiffness, so please keep all medical
  reports, also from doctors in Poland if you go home for treatment.

We can pay to a Polish bank account. Please send your IBAN and a copy of your ID.

If you have questions, you can write to me in English or Polish (we have a translator).

Kind regards / Viele Grüße
Lea Hoffmann
Leistung Unfall / Accident Claims
Zunftkasse Versicherung AG
""", d="2025-03-18 09:12")


# ================================================================ writer
def build_all():
    recs = []
    for i in range(1, 151):
        r = globals()["m%03d" % i]()
        assert r["n"] == i, i
        recs.append(r)
    return recs


def write():
    os.makedirs(OUT, exist_ok=True)
    recs = build_all()
    for r in recs:
        with open(os.path.join(OUT, "d%s-%04d.eml" % (NN, r["n"])), "wb") as f:
            f.write(r["msg"].as_bytes(policy=policy.SMTP))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in recs:
            for v in (r["kind"], r["reason"]):
                assert "\t" not in v and "\n" not in v
            f.write("d%s-%04d.eml\t%s\t%s\t%s\t%s\n" % (NN, r["n"], r["label"], r["lang"], r["kind"], r["reason"]))
    print("wrote %d mails to %s" % (len(recs), OUT))


# ================================================================ checker
IBAN_LEN = {"DE": 22, "AT": 20, "PL": 28, "IE": 22, "IT": 27, "FR": 27, "NL": 18, "CH": 21, "ES": 24, "BE": 16}
# separators may be a space or a line break (d105-0140 wraps an IBAN over two lines)
IBAN_RE = re.compile(r"\b([A-Za-z]{2}\d{2}(?:\s{0,2}[A-Za-z0-9]{4}){2,6}(?:\s{0,2}[A-Za-z0-9]{1,4})?)\b")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9\-.]+)")


def iban_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _xml_text(data):
    root = _ET.fromstring(data)
    return " ".join(t.strip() for t in root.itertext() if t.strip())


def _pdf_text(data, errs, where):
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF") or b"xref" not in data:
        errs.append("%s: PDF structure broken" % where)
        return ""
    m = re.search(rb"startxref\s+(\d+)", data)
    if not m or not data[int(m.group(1)):].startswith(b"xref"):
        errs.append("%s: PDF startxref wrong" % where)
    out = []
    for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        s = re.sub(rb"\\(.)", rb"\1", s)
        out.append(s.decode("cp1252"))
    return "\n".join(out)


def _office_text(data, errs, where, kind):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        errs.append("%s: not a zip" % where)
        return ""
    if z.testzip() is not None:
        errs.append("%s: zip CRC error" % where)
    names = z.namelist()
    need = {"docx": "word/document.xml", "xlsx": "xl/worksheets/sheet1.xml",
            "odt": "content.xml", "ods": "content.xml"}[kind]
    if need not in names:
        errs.append("%s: %s missing" % (where, need))
        return ""
    if kind in ("odt", "ods") and names[0] != "mimetype":
        errs.append("%s: mimetype not first" % where)
    for zi in z.infolist():
        if zi.date_time != ZIP_TS:
            errs.append("%s: zip timestamp not fixed" % where)
    txt = []
    for n in names:
        if n.endswith(".xml") or n.endswith(".rels"):
            try:
                t = _xml_text(z.read(n))
            except _ET.ParseError as e:
                errs.append("%s: XML error in %s: %s" % (where, n, e))
                continue
            if n in (need,):
                txt.append(t)
    return "\n".join(txt)


def _file_text(name, data, errs, where):
    ext = name.rsplit(".", 1)[-1].lower() if name and "." in name else ""
    if ext == "pdf":
        return _pdf_text(data, errs, where)
    if ext in ("docx", "xlsx", "odt", "ods"):
        return _office_text(data, errs, where, ext)
    if ext == "zip":
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            errs.append("%s: not a zip" % where)
            return ""
        if z.testzip() is not None:
            errs.append("%s: zip CRC error" % where)
        return "\n".join(_file_text(n, z.read(n), errs, where + "/" + n) for n in z.namelist())
    if ext == "ics":
        t = data.decode("utf-8")
        if not (t.startswith("BEGIN:VCALENDAR\r\n") and t.rstrip().endswith("END:VCALENDAR")
                and "BEGIN:VEVENT" in t and "\n" not in t.replace("\r\n", "")):
            errs.append("%s: ICS broken" % where)
        return t
    if ext in ("csv", "txt", "html"):
        for cs in ("utf-8", "cp1252"):
            try:
                return data.decode(cs)
            except UnicodeDecodeError:
                pass
        errs.append("%s: cannot decode" % where)
        return ""
    errs.append("%s: unknown attachment type %r" % (where, name))
    return ""


def _msg_text(msg, errs, where):
    """All human-readable text of a message incl. headers and attachments."""
    out = []
    for h in ("From", "To", "Cc", "Reply-To", "Subject"):
        for v in msg.get_all(h, []):
            out.append(str(v))
    if msg.get_content_type() == "message/rfc822":
        inner = msg.get_content()
        for h in ("From", "To", "Subject", "Date"):
            if not inner.get(h):
                errs.append("%s: forwarded message without %s" % (where, h))
        return "\n".join(out + [_msg_text(inner, errs, where + "/rfc822")])
    if msg.is_multipart():
        for p in msg.iter_parts():
            out.append(_msg_text(p, errs, where))
        return "\n".join(out)
    fn = msg.get_filename()
    if fn:
        out.append(_file_text(fn, msg.get_payload(decode=True), errs, where + ":" + fn))
    elif msg.get_content_maintype() == "text":
        try:
            out.append(msg.get_content())
        except (LookupError, UnicodeDecodeError) as e:
            errs.append("%s: body not decodable: %s" % (where, e))
    else:
        errs.append("%s: part without filename %s" % (where, msg.get_content_type()))
    return "\n".join(out)


def check():
    errs = []
    files = sorted(os.listdir(OUT)) if os.path.isdir(OUT) else []
    want = ["d%s-%04d.eml" % (NN, i) for i in range(1, 151)]
    if files != want:
        errs.append("mail files differ from d%s-0001..0150 (%d files)" % (NN, len(files)))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errs.append("labels.tsv header wrong")
    rows = [l.split("\t") for l in lines[1:] if l]
    if [r[0] for r in rows] != want:
        errs.append("labels.tsv rows do not match files")
    cnt, langs = {}, {}
    for r in rows:
        if len(r) != 5 or not all(x.strip() for x in r):
            errs.append("%s: bad labels row" % r[0])
            continue
        cnt[r[1]] = cnt.get(r[1], 0) + 1
        langs[(r[1], r[2])] = langs.get((r[1], r[2]), 0) + 1
        if r[2] not in ("de", "en", "mixed"):
            errs.append("%s: bad lang" % r[0])
        if r[4].startswith("trap:") and r[1] != "NORMAL":
            errs.append("%s: trap but not NORMAL" % r[0])
    if cnt != COUNTS:
        errs.append("label counts %r != %r" % (cnt, COUNTS))
    # regenerate in memory: files on disk must be byte-identical (determinism)
    recs = {r["n"]: r for r in build_all()}
    mids = set()
    n_iban = n_att = 0
    for i, fn in enumerate(want, 1):
        path = os.path.join(OUT, fn)
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        if raw != recs[i]["msg"].as_bytes(policy=policy.SMTP):
            errs.append("%s: not reproducible" % fn)
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            errs.append("%s: bare LF/CR" % fn)
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            errs.append("%s: line longer than 998 octets" % fn)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg.get(h):
                errs.append("%s: header %s missing" % (fn, h))
        if msg.defects:
            errs.append("%s: defects %r" % (fn, msg.defects))
        mid = msg.get("Message-ID")
        if mid in mids:
            errs.append("%s: duplicate Message-ID" % fn)
        mids.add(mid)
        try:
            email.utils.parsedate_to_datetime(msg["Date"])
        except (TypeError, ValueError):
            errs.append("%s: bad Date" % fn)
        if not msg["From"].addresses[0].domain == DOM:
            errs.append("%s: not sent from %s" % (fn, DOM))
        for part in msg.walk():
            if part.get_filename() or part.get_content_type() == "message/rfc822":
                n_att += 1
        text = _msg_text(msg, errs, fn)
        for dom in MAIL_RE.findall(text) + URL_RE.findall(text):
            d = dom.lower().rstrip(".")
            if not d.endswith(".example"):
                errs.append("%s: domain %s not .example" % (fn, d))
        for cand in IBAN_RE.findall(text):
            # take whole groups until the country's IBAN length is reached
            want_len, s = IBAN_LEN.get(cand[:2].upper()), ""
            for g in cand.split():
                if want_len is None or len(s) >= want_len:
                    break
                s += g.upper()
            if want_len is None or len(s) != want_len:
                continue
            n_iban += 1
            if s in INVALID_IBANS:
                if iban_ok(s):
                    errs.append("%s: IBAN %s should be invalid" % (fn, s))
            elif not iban_ok(s):
                errs.append("%s: IBAN %s fails ISO 7064" % (fn, s))
    print("mails: %d, labels: %s" % (len(files), ", ".join("%s=%d" % kv for kv in sorted(cnt.items()))))
    print("label x lang: %s" % ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(langs.items())))
    print("attachments/forwarded parts checked: %d, IBANs checked: %d" % (n_att, n_iban))
    if errs:
        print("CHECK FAILED (%d problems):" % len(errs))
        for e in errs:
            print("  " + e)
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
