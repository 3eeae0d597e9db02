#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel dev corpus 91 - customer service centre (KSC) of the fictitious
Auerhahn Versicherungsgruppe, Goettingen.

Every mail is written by hand in its own function m001 ... m150.  The helpers
below only turn that content into MIME or into attachment files.

    python make_corpus.py          writes mails/d91-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses everything and validates it

Standard library only, deterministic, no network.
"""
import csv
import datetime as _dt
import io
import os
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from html.parser import HTMLParser
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
NN = "91"
LABELS = {"N": "NORMAL", "C": "CONFIDENTIAL", "S": "STRICTLY_CONFIDENTIAL"}
ZIP_TS = (2025, 1, 2, 8, 0, 0)

# --------------------------------------------------------------------------
# MIME helpers (no content here)
# --------------------------------------------------------------------------
_CUR = {"n": 0}


def _date(s):
    """'2025-03-04 08:12' -> RFC 5322 date, Europe/Berlin offset."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    y = d.year
    # last Sunday of March / October
    def last_sunday(month):
        x = _dt.datetime(y, month, 31)
        return x - _dt.timedelta(days=(x.weekday() + 1) % 7)
    summer = last_sunday(3).replace(hour=2) <= d < last_sunday(10).replace(hour=3)
    tz = _dt.timezone(_dt.timedelta(hours=2 if summer else 1))
    return format_datetime(d.replace(tzinfo=tz))


def _msgid(n, date, sub=0):
    d = _dt.datetime.strptime(date, "%Y-%m-%d %H:%M")
    return "<%s.d%s-%04d.%d@mail.auerhahn.example>" % (d.strftime("%Y%m%d%H%M"), NN, n, sub)


def build(label, lang, kind, reason, date, frm, to, subject, body=None, cc=None,
          html=None, html_only=False, atts=(), charset="utf-8", cte=None,
          headers=None, reply_to=None, nested=False):
    """Assemble one message.  Returns (meta, EmailMessage)."""
    n = _CUR["n"]
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = _date(date)
    m["Message-ID"] = _msgid(n, date, 1 if nested else 0)
    for k, v in (headers or {}).items():
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        m.set_content(body, subtype="plain", charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8")
    for a in atts:
        if isinstance(a, EmailMessage):
            if m.get_content_maintype() != "multipart":
                m.make_mixed()
            m.attach(_rfc822(a))
            continue
        fname, ctype, data = a
        maint, subt = ctype.split("/", 1)
        if isinstance(data, str):
            data = data.encode("utf-8")
        m.add_attachment(data, maintype=maint, subtype=subt, filename=fname)
    _fix_boundaries(m, n, 1 if nested else 0)
    if nested:
        return m
    return (LABELS[label], lang, kind, reason), m


def _rfc822(inner):
    from email.message import MIMEPart
    p = MIMEPart(policy=policy.SMTP)
    p.set_content(inner)
    p["Content-Disposition"] = "inline"
    return p


def _fix_boundaries(m, n, sub):
    i = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("----=_Part_d%s_%04d_%d_%d" % (NN, n, sub, i))


def forward(date, frm, to, subject, body, charset="utf-8", atts=()):
    """A complete message used as message/rfc822 attachment."""
    return build(None, None, None, None, date, frm, to, subject, body,
                 charset=charset, atts=atts, nested=True)


def _zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data, *stored in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def zip_of(members):
    """members: [(name, bytes|str), ...]"""
    return _zip(members)


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def pdf(lines, title="Dokument"):
    """Plain text lines -> simple PDF (Helvetica, WinAnsi), 48 lines per page."""
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)] or [[]]
    objs = []
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs.append("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)))
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    streams = []
    for i, pg in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
        for ln in pg:
            t = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append("(%s) Tj T*" % t)
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252", "replace")
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i))
        objs.append(stream)
        streams.append(stream)
    objs.append("<< /Title (%s) /Producer (KIS Druckdienst 4.2) /CreationDate (D:20250102080000+01'00') >>"
                % title.replace("(", "").replace(")", ""))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for k, o in enumerate(objs, 1):
        offs.append(out.tell())
        if isinstance(o, bytes):
            out.write(b"%d 0 obj\n<< /Length %d >>\nstream\n" % (k, len(o)) + o + b"\nendstream\nendobj\n")
        else:
            out.write(("%d 0 obj\n%s\nendobj\n" % (k, o)).encode("cp1252", "replace"))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, len(objs), xref))
    return out.getvalue()


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(paras, table=None):
    """paras: list of str; table: optional list of rows (list of str)."""
    body = []
    for p in paras:
        body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    if table:
        rows = []
        for r in table:
            cells = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c) for c in r)
            rows.append("<w:tr>%s</w:tr>" % cells)
        body.append("<w:tbl>%s</w:tbl><w:p/>" % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (_W, "".join(body)))
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


def xlsx(rows, sheet="Tabelle1"):
    """rows: list of lists; int/float become numbers, everything else inline strings."""
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None or v == "":
                continue
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sh)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mime, inner):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, inner))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime, True), ("META-INF/manifest.xml", manifest), ("content.xml", content)])


def odt(paras):
    inner = "".join("<text:p>%s</text:p>" % _x(p) for p in paras)
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % inner)


def ods(rows, sheet="Tabelle1"):
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
        xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    inner = '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>' % (_x(sheet), "".join(xr))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", inner)


def csvb(rows, enc="utf-8", delim=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(enc)


CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_ODT = "application/vnd.oasis.opendocument.text"
CT_ODS = "application/vnd.oasis.opendocument.spreadsheet"

# --------------------------------------------------------------------------
# The mails
# --------------------------------------------------------------------------
def m001():
    body = """Telefonnotiz KSC Göttingen - Rückrufbitte

Anrufer/in:   VN selbst, Herr Dietmar Kolbe
Vertrag:      K 4471203388 (Tarif AH Komfort 2, ambulant/stationär)
Rückruf an:   0551 48 77 213 (Festnetz), am besten Mo-Do nach 15 Uhr
Anruf am:     17.02.2025, 10:42 Uhr, angenommen von J. Wiechert

Anliegen:
Herr Kolbe hatte im Dezember eine Bandscheiben-OP (L4/L5) im Klinikum
Weende und ist seit Januar in ambulanter Physiotherapie / KG am Gerät,
2x pro Woche, Verordnung über 18 Einheiten. Er hat die ersten zwei
Rechnungen der Praxis Physio am Bahnhof eingereicht (App, 29.01. und
10.02.) und für die zweite nur 60 % erstattet bekommen. Auf der
Abrechnung steht "Höchstsatz überschritten". Er versteht nicht, warum
die erste voll bezahlt wurde und die zweite nicht.

Ich habe ihm erklärt, dass ich die Leistungsabrechnung nicht
verbindlich erläutern kann und die Fachabteilung sich meldet. Kunde war
freundlich, aber genervt, weil er schon mal angerufen hat (Notiz vom
04.02. im KIS vorhanden).

Bitte Rückruf innerhalb von 2 Werktagen, danke.

Viele Grüße
Jana Wiechert
Kundenservicecenter | Team Kranken 2
Auerhahn Versicherungsgruppe, Auerhahnplatz 1, 37073 Göttingen
Tel. 0551 9970-4412"""
    return build("S", "de", "internal",
                 "call note to health claims: spinal disc surgery, physiotherapy bills, health policy number",
                 "2025-02-17 10:51", "Jana Wiechert <jana.wiechert@auerhahn.example>",
                 "Leistung Kranken ambulant <leistung.kranken@auerhahn.example>",
                 "Rückrufbitte K 4471203388 / Kolbe - Erstattung KG",
                 body, headers={"X-KSC-Vorgang": "VG-25-0081734"})


def m002():
    body = """Hallo zusammen,

in der Wissensdatenbank ist ab heute der überarbeitete FAQ-Eintrag
"Erstattung von Arztrechnungen - wie lange dauert das?" freigeschaltet
(KB-0412, Version 3). Die wichtigsten Änderungen:

* Bearbeitungszeit: Wir nennen am Telefon keine festen Tage mehr,
  sondern "in der Regel innerhalb von 10 Arbeitstagen nach Eingang".
  Bei Einreichung über die App beginnt die Frist mit dem Upload.
* Rechnungen über 2.500 EUR und alle Krankenhausrechnungen werden
  manuell geprüft - bitte den Kunden darauf hinweisen, dass es dann
  länger dauern kann.
* Neu: Hinweis auf die Sammeleinreichung ("Bitte mehrere Belege in
  einem Vorgang hochladen").
* Gestrichen: der alte Satz "Zahnarztrechnungen dauern länger". Das
  stimmt seit der Umstellung im Januar nicht mehr.

Wichtig: Bitte am Telefon weiterhin keine Aussagen zur Erstattungshöhe
einzelner Positionen machen. Das bleibt bei der Leistungsabteilung.

Fragen gern an mich oder in den Teams-Kanal "KSC Wissen".

Gruß
Sven Höfer
Teamleitung KSC Göttingen, Wissensmanagement"""
    return build("N", "de", "internal",
                 "trap: FAQ update about doctor's bill reimbursement times, no person",
                 "2025-01-13 08:05", "Sven Höfer <sven.hoefer@auerhahn.example>",
                 "KSC Göttingen alle <ksc-goettingen@auerhahn.example>, KSC Erfurt alle <ksc-erfurt@auerhahn.example>",
                 "FAQ-Update KB-0412: Erstattungsdauer Arztrechnungen", body)


def m003():
    body = """Hi Motor Claims team,

Callback request from the English service line.

Caller: Mr Gareth Pryce (policyholder)
Motor policy: KF 77120554, VW Golf, reg. GÖ-GP 318
Claim ref.: KS-25-118203 (windscreen, stone chip on the A7 near Northeim, 03/03)
Phone: +49 160 4417 2290, prefers mornings

He had the windscreen replaced at Glas-Eck Göttingen on 06/03 and says
the garage told him to "just call the insurer" about the excess. His
Teilkasko has EUR 150 excess. He wants to know whether the excess is
waived if the glass is repaired instead of replaced (he thinks his
broker told him so). Nobody was hurt, car is fine.

I told him I'd pass it on to you. Could somebody call him back this week?

Thanks,
Rahul

Rahul Menon
International Service Desk | Customer Service Centre
Auerhahn Versicherungsgruppe, Göttingen"""
    return build("C", "en", "internal",
                 "call note: motor windscreen claim, named policyholder, policy and claim number, plate",
                 "2025-03-10 09:17", "Rahul Menon <rahul.menon@auerhahn.example>",
                 "Schaden Kfz <schaden.kfz@auerhahn.example>",
                 "Callback request - KS-25-118203 - Pryce - windscreen excess", body)


def m004():
    html = """<html><head><meta charset="utf-8"><title>Chat transcript CH-250318-0447</title></head>
<body style="font-family:Arial,sans-serif;font-size:12px">
<h3>Chat transcript CH-250318-0447</h3>
<p>Channel: Web chat (logged in, My Auerhahn)<br>Customer ID: IHP-204417<br>
Started: 18/03/2025 14:02 CET &middot; Agent: Sophie L. (International Service Desk)</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Time</th><th>From</th><th>Message</th></tr>
<tr><td>14:02</td><td>System</td><td>You are now chatting with Sophie.</td></tr>
<tr><td>14:02</td><td>Sophie</td><td>Hello Ms Okonkwo, how can I help you today?</td></tr>
<tr><td>14:03</td><td>Adaeze Okonkwo</td><td>hi, my orthopaedist wants an MRI of my left knee, he thinks its a meniscus tear (after skiing in feb). do I need pre approval?</td></tr>
<tr><td>14:04</td><td>Sophie</td><td>Thank you. Under your International Health Plan Silver, MRI scans are covered in the outpatient benefit. Outside Germany they need a guarantee of payment; inside Germany no pre-approval is needed.</td></tr>
<tr><td>14:05</td><td>Adaeze Okonkwo</td><td>ok. its in Munich, Radiologie am Stachus. and if they say surgery?</td></tr>
<tr><td>14:06</td><td>Sophie</td><td>For a planned arthroscopy we recommend sending us the hospital's cost estimate beforehand. I will ask our medical claims team to note this on your file.</td></tr>
<tr><td>14:07</td><td>Adaeze Okonkwo</td><td>great thanks. also the physio from last month, did you receive it?</td></tr>
<tr><td>14:08</td><td>Sophie</td><td>Yes, invoice of 26/02 (EUR 312.40) is in processing.</td></tr>
<tr><td>14:09</td><td>Adaeze Okonkwo</td><td>perfect, bye</td></tr>
<tr><td>14:09</td><td>System</td><td>Chat ended by customer. Rating: 5/5</td></tr>
</table>
</body></html>"""
    body = """Hi Ute,

as discussed on Teams - the chat transcript is attached. Customer will
most likely need a cost estimate for a planned procedure in the coming
weeks, please add a note so it's handled with priority.

Thanks!
Sophie

Sophie Lindqvist
International Service Desk
Auerhahn Versicherungsgruppe"""
    return build("S", "en", "internal",
                 "harmless body; chat transcript attachment (HTML) with suspected meniscus tear, MRI, physio invoice",
                 "2025-03-18 14:31", "Sophie Lindqvist <sophie.lindqvist@auerhahn.example>",
                 "Ute Hansmann <ute.hansmann@auerhahn.example>",
                 "chat transcript for your file", body,
                 atts=[("CH-250318-0447.html", "text/html", html)])


def m005():
    rows = [["queue", "week", "offered", "handled", "abandoned", "abandon_rate_pct", "sl_80_20_pct", "asa_sec", "aht_sec"],
            ["EN_Health", "2025-W12", 1284, 1201, 83, 6.5, 74.2, 41, 412],
            ["EN_Motor_Property", "2025-W12", 533, 519, 14, 2.6, 88.1, 18, 355],
            ["EN_Life", "2025-W12", 97, 95, 2, 2.1, 91.8, 12, 498],
            ["EN_Travel_Emergency", "2025-W12", 211, 209, 2, 0.9, 96.7, 6, 611],
            ["EN_Broker", "2025-W12", 148, 141, 7, 4.7, 79.0, 27, 301],
            ["TOTAL", "2025-W12", 2273, 2165, 108, 4.8, 80.3, 31, 415]]
    body = """Hi all,

attached is the weekly service level report for the English line, week 12.

Headlines:
- Overall SL 80/20 at 80.3 % - target met, just.
- EN_Health still below target (74.2 %). Volume up ~18 % vs. W11, mostly
  questions about the new claims app and the annual premium statements.
- AHT on Travel Emergency is high as usual, no action needed.
- Abandon rate on EN_Broker up to 4.7 % - Atlantico had two sick calls on
  Tuesday afternoon, covered from Wednesday.

Actions for W13: two extra agents on EN_Health Mon/Tue 09-13, callback
option switched on when EWT > 180 sec.

Best,
Claire

Claire Donnelly
Team Lead International Service Desk
Customer Service Centre | Auerhahn Versicherungsgruppe"""
    return build("N", "en", "internal",
                 "trap: weekly service-level report per queue (health, life), figures only",
                 "2025-03-24 08:40", "Claire Donnelly <claire.donnelly@auerhahn.example>",
                 "KSC Management <ksc-management@auerhahn.example>",
                 "SL report EN line - W12", body,
                 cc="Henrik Vogt <henrik.vogt@auerhahn.example>",
                 atts=[("SL_EN_2025-W12.csv", "text/csv", csvb(rows, delim=","))])


def m006():
    body = """Automatische Transkription Sprachnachricht (VoxScribe)
Leitung:     Service Sach/HUK 0551 9970-300, Mailbox außerhalb Servicezeit
Eingang:     Sa 05.04.2025 11:26, Dauer 01:48
Rufnummer:   0176 5520 8841
Konfidenz:   mittel (71 %)

--- Transkript ---
ja hallo hier ist ähm Becker Sabine ich bin bei ihnen mit der
Hausratversicherung und der Haftpflicht ich hab die Nummer grad nicht
da ähm es geht darum ich hab die Bank gewechselt und will dass die
Beiträge ab Mai von dem neuen Konto abgebucht werden das alte bei der
Sparkasse wird zum Monatsende geschlossen die neue IBAN ist de 42 8206
4188 6599 5157 27 ich wiederhole DE42 8206 4188 6599 5157 27
Kontoinhaberin bin ich selber Sabine Becker Anschrift ist immer noch
Lotzestraße 14 in Göttingen ähm ja falls sie da noch irgendwas
unterschrieben brauchen ein Mandat oder so dann schicken sie mir das
bitte per Post oder Mail danke schön tschüss
--- Ende ---

Hinweis: Automatisch erstellt, nicht geprüft. Zahlen bitte mit Audio
abgleichen.

-----
Liebe Kolleginnen in der Beitragsbuchhaltung,
Audio abgehört, IBAN stimmt mit dem Transkript überein. Kundin im KIS
gefunden: HR 55201993 und PH 38104477. Bitte SEPA-Mandat neu anlegen
bzw. Formular an die Kundin, danke.
Doreen Schubert, KSC Erfurt"""
    return build("C", "de", "customer",
                 "voicemail transcript: customer dictates new IBAN for household/liability policies",
                 "2025-04-07 08:22", "Doreen Schubert <doreen.schubert@auerhahn.example>",
                 "Beitragsbuchhaltung <inkasso@auerhahn.example>",
                 "WG: Sprachnachricht 05.04. 11:26 - Bankverbindung Becker", body)


def m007():
    body = """Eskalation Stufe 2 - Beschwerde mit BaFin-Androhung

An:   Leistung Pflege, Beschwerdemanagement
Von:  KSC Erfurt, Teamleitung

Kundin:     Frau Renate Vollrath, Weimar (VN)
Versicherte Person: Ehemann Herr Klaus Vollrath
Vertrag:    Pflegetagegeld PT 8812 044 (Auerhahn Kranken)
Vorgang:    LF 25-330981

Sachverhalt laut Anruf heute 09:10 (Dauer 23 min, Agent P. Nowak,
danach von mir übernommen):
- Herr Vollrath lebt seit 01.02. im Pflegeheim Haus Ilmblick,
  Pflegegrad 3 seit Bescheid der Pflegekasse vom 14.01. (liegt uns
  laut Kundin seit 20.01. vor).
- Bislang keine Zahlung aus dem Pflegetagegeld. Zwei Anrufe (28.01.,
  18.02.), beide Male wurde Rückruf zugesagt, keiner erfolgt.
- Kundin ist sehr aufgebracht, die Heimkosten laufen, Eigenanteil ca.
  2.900 EUR im Monat. Sie hat wörtlich gesagt: "Wenn bis Freitag nichts
  passiert, schreibe ich an die BaFin und an die Zeitung."
- Sie wünscht ausdrücklich keinen weiteren Rückruf vom Callcenter,
  sondern von jemandem, "der entscheiden kann".

Meine Bitte: Prüfung noch heute, Rückruf durch Sachbearbeitung bis
spätestens morgen 12 Uhr. Tel. 03643 77 5120 (Festnetz).
Ich habe ihr einen Rückruf bis morgen Mittag zugesagt.

Ralf Siebert
Teamleitung KSC Erfurt"""
    return build("S", "de", "internal",
                 "escalation: husband in nursing home, care level 3, long-term care daily benefit claim",
                 "2025-03-04 10:02", "Ralf Siebert <ralf.siebert@auerhahn.example>",
                 "Leistung Pflege <leistung.pflege@auerhahn.example>",
                 "ESKALATION LF 25-330981 Vollrath - BaFin angedroht - Rückruf bis morgen 12 Uhr",
                 body, cc="Beschwerdemanagement <beschwerde@auerhahn.example>",
                 headers={"Importance": "high", "X-Priority": "1"})


def m008():
    body = """Schichtübergabe Spät -> Früh, Mo 20.01.2025

Besetzung Spät: 11 von 13 (2 kurzfristig ausgefallen, TL informiert)

Lage:
- 17:35-18:20 Störung CallFlow, Anrufe auf "Warteschleife voll" gelaufen.
  IT-Ticket INC-0088412, seit 18:20 wieder stabil. Ca. 140 Anrufer
  haben aufgelegt, Rückrufliste kann man nicht rekonstruieren.
- Viele Anrufe zu den Zahnarztrechnungen nach dem Rundschreiben vom
  15.01. ("Warum wurde weniger erstattet?"). Textbaustein TB-117
  hilft, bitte weiter verwenden.
- Chat war 19-21 Uhr abgeschaltet (zu wenig Leute).
- Offene Rückrufbitten Sachbearbeitung: 0 von uns, alles in die
  Fachabteilungspostfächer gemailt.

Für Früh:
- Ab 8 Uhr rechnen wir mit hoher Last, bitte pünktlich einloggen.
- Drucker 2. OG wieder ohne Toner.

Gruß
Kerstin"""
    return build("N", "de", "internal",
                 "trap: shift handover with outage and dental-bill call topic, no person",
                 "2025-01-20 21:58", "Kerstin Bollmann <kerstin.bollmann@auerhahn.example>",
                 "KSC Schichtleitung <ksc-schichtleitung@auerhahn.example>",
                 "Übergabe Spät 20.01.", body, charset="windows-1252", cte="quoted-printable")


def m009():
    body = """Dear Mr Haddad,

thank you for your call this morning and sorry again that you had to
wait so long on the line.

As promised, here is the current status of your motor claim:

  Policy number:  KF 77304418
  Claim number:   KS-25-120967
  Date of loss:   14 March 2025 (rear-end collision, Kasseler Landstraße)
  Your vehicle:   Škoda Octavia, GÖ-RH 772

Our assessor's report arrived on 21 March. The repair costs of
EUR 3,412.80 have been approved and the payment to Autohaus Leinetal
was released today. As the other driver was at fault, we will recover
the amount from his liability insurer and your no-claims class will
not be affected.

If the garage asks for anything else, please just reply to this e-mail.

Kind regards

Tomás Ferreira
International Service Desk
Auerhahn Allgemeine Versicherung AG
Auerhahnplatz 1 | 37073 Göttingen | Germany
Phone +49 551 9970-4700 | service-international@auerhahn.example"""
    return build("C", "en", "insurer-to-customer",
                 "motor claim status to named customer: policy, claim number, plate, amount",
                 "2025-03-25 11:44", "Auerhahn International Service <service-international@auerhahn.example>",
                 "Rami Haddad <rami.haddad@posteo-mail.example>",
                 "Your motor claim KS-25-120967", body)


def m010():
    paras = [
        "Gesprächsleitfaden Reise-Notruf: Erstaufnahme Krankheitsfall im Ausland",
        "Version 2.3, gültig ab 01.04.2025, Verantwortlich: KSC Wissensmanagement / Auerhahn Reise-Assistance",
        "1. Begrüßung",
        "\"Auerhahn Reise-Notruf, mein Name ist «Agentname». Sind Sie selbst die erkrankte Person oder rufen Sie für jemanden an?\"",
        "2. Sicherheit zuerst",
        "Bei akuter Lebensgefahr: \"Bitte legen Sie auf und wählen Sie die örtliche Notrufnummer (in der EU 112). Wir rufen Sie danach zurück.\"",
        "3. Identifikation",
        "Versicherungsnummer «Vertragsnummer», Name «Vorname Nachname», Geburtsdatum «TT.MM.JJJJ» - Abgleich im KIS. Bei Anruf durch Dritte: Beziehung zur versicherten Person notieren.",
        "4. Aufenthaltsort und Erreichbarkeit",
        "Land, Ort, Klinik oder Hotel, Rückrufnummer mit Landesvorwahl, Uhrzeit vor Ort.",
        "5. Medizinische Angaben NUR so weit nötig",
        "Fragen Sie nicht nach Details. Notieren Sie: ambulant / stationär, behandelnder Arzt oder Klinik mit Telefonnummer. Die medizinische Einschätzung macht unser Ärzteteam der Assistance.",
        "6. Kostenübernahme",
        "\"Wir melden uns bei der Klinik direkt und klären die Kostenübernahme. Bitte unterschreiben Sie vor Ort nichts, was Sie nicht verstehen.\"",
        "7. Abschluss",
        "Fallnummer nennen («Fallnummer»), nächste Kontaktzeit vereinbaren, Gespräch im Assistance-Tool dokumentieren (Pflichtfelder).",
        "Nicht erlaubt: Diagnosen bewerten, Heilungsaussichten nennen, Rücktransport zusagen.",
    ]
    body = """Liebe Kolleginnen und Kollegen,

anbei der überarbeitete Gesprächsleitfaden für die Erstaufnahme im
Reise-Notruf. Neu sind vor allem Punkt 2 (Notruf 112 zuerst) und die
klarere Regel in Punkt 5, dass wir am Telefon keine medizinischen
Details abfragen.

Bitte bis 31.03. lesen und im LMS bestätigen.

Danke und Gruß
Lea Hoffstätter
KSC Wissensmanagement"""
    return build("N", "de", "internal",
                 "trap: call script for travel emergency illness intake, placeholders only",
                 "2025-03-20 13:15", "Lea Hoffstätter <lea.hoffstaetter@auerhahn.example>",
                 "KSC Reise-Notruf <ksc-reisenotruf@auerhahn.example>",
                 "Neuer Gesprächsleitfaden Reise-Notruf Erstaufnahme (V 2.3)", body,
                 atts=[("Leitfaden_Reise-Notruf_Erstaufnahme_V2-3.docx", CT_DOCX, docx(paras))])


def m011():
    body = """Hallo Tobias,

hier wie besprochen die Auswertung aus der QM-Stichprobe KW 6. Ich habe
das Gespräch zweimal angehört, weil es ein schwieriges war.

Gespräch:    05.02.2025, 14:21, Dauer 17:40, Queue Kranken_Leistung
Agent:       Tobias Renz
Kunde:       Herr Florian Mertens, K 4470918255 (Krankentagegeld ab 43. Tag)

Inhalt kurz: Kunde ist seit 02.12. arbeitsunfähig, Diagnose laut
AU-Bescheinigung F32.1 G (mittelgradige depressive Episode). Er wollte
wissen, warum das KT ab 13.01. nicht gezahlt wird. Grund im KIS: Folge-
AU fehlt seit 10.01. Kunde hat mehrfach geweint und gesagt, dass er
die Post gerade nicht öffnen kann.

Bewertung (Bogen QM-K 2025):
  Begrüßung/Legitimation ........ 5/5  (sauber, Geburtsdatum abgefragt)
  Zuhören / Empathie ............ 5/5  sehr ruhig, hat Pausen ausgehalten
  Fachliche Richtigkeit ......... 3/5  siehe unten
  Lösung / nächste Schritte ..... 4/5
  Dokumentation ................. 2/5  siehe unten
  Gesamt ........................ 19/25 = "gut"

Feedback:
- Fachlich: Der Hinweis "Sie bekommen das KT dann rückwirkend auf jeden
  Fall" war zu weitgehend. Richtig wäre: Rückwirkende Zahlung ist
  möglich, sobald die Folge-AU lückenlos vorliegt, Entscheidung
  trifft die Leistungsabteilung.
- Doku: Bitte die Diagnose NICHT ins Freitextfeld der Gesprächsnotiz
  schreiben ("Kunde hat Depressionen"). Das gehört nicht in den
  Gesprächsvermerk, der für das ganze KSC sichtbar ist. Reicht:
  "KT-Zahlung, Folge-AU fehlt, Kunde belastet, Rückruf LA erbeten".
- Sehr gut: Angebot, die Folge-AU über die App zu fotografieren, und
  der Hinweis auf die Fristverlängerung.

Feedbackgespräch: Do 13.02., 10:30, Raum 2.14.

Viele Grüße
Miriam Castell
Qualitätsmanagement KSC"""
    return build("S", "de", "internal",
                 "QM sample: named customer on sick-day benefit, ICD F32.1 G, incapacity for work",
                 "2025-02-11 16:03", "Miriam Castell <miriam.castell@auerhahn.example>",
                 "Tobias Renz <tobias.renz@auerhahn.example>",
                 "QM-Stichprobe KW 6 - dein Gespräch vom 05.02.", body,
                 cc="Anke Brüning <anke.bruening@auerhahn.example>")


def m012():
    body = """Rückrufbitte an Inkasso / Beitragsbuchhaltung

VN: Herr Andreas Pöhlmann, Am Kalkbruch 9, 37085 Göttingen
Vertrag: Wohngebäude WG 61200457, Jahresbeitrag 1.184,60 EUR
Rückstand lt. KIS: 1.184,60 EUR + 5,00 Mahngebühr, 2. Mahnung vom 11.03.
Telefon: 0151 2208 9137

Kunde hat angerufen, weil er die 2. Mahnung mit Hinweis auf § 38 VVG
bekommen hat und Angst hat, dass der Versicherungsschutz wegfällt.
Er ist seit Januar in Kurzarbeit (nach eigener Aussage derzeit ca.
1.850 EUR netto statt 2.900) und kann den Jahresbeitrag nicht auf
einmal zahlen. Er bittet um:
  1. Ratenzahlung (3 Raten) für den offenen Betrag
  2. ab nächstem Jahr Umstellung auf monatliche Zahlweise

Ich habe ihm nichts zugesagt, nur dass sich Inkasso bis Ende der Woche
meldet. Er ist tagsüber erreichbar.

Danke
Nils Brandhorst, KSC Team Sach 1, -4431"""
    return build("C", "de", "internal",
                 "callback request: buildings premium arrears, named customer, net income figures",
                 "2025-03-19 11:12", "Nils Brandhorst <nils.brandhorst@auerhahn.example>",
                 "Beitragsbuchhaltung <inkasso@auerhahn.example>",
                 "RR WG 61200457 Pöhlmann - Ratenzahlung", body)


def m013():
    rows = [["Easter cover EN line", "Thu 17/04", "Fri 18/04 (holiday)", "Sat 19/04", "Sun 20/04", "Mon 21/04 (holiday)"],
            ["Opening hours", "08-20", "10-16 emergency only", "10-16", "closed", "10-16 emergency only"],
            ["Forecast calls", 612, 140, 210, 0, 155],
            ["Agents needed", 14, 4, 5, 0, 4],
            ["Claire D.", "08-16:30", "", "", "", ""],
            ["Rahul M.", "11:30-20", "10-16", "", "", ""],
            ["Sophie L.", "08-16:30", "", "10-16", "", ""],
            ["Tomás F.", "11:30-20", "", "", "", "10-16"],
            ["Atlantico pool", "10 agents", "2 agents", "4 agents", "", "3 agents"],
            ["Travel emergency 24/7", "Assistance", "Assistance", "Assistance", "Assistance", "Assistance"]]
    body = """Hi everyone,

please find attached the staffing plan for the Easter weekend for the
English line. Friday and Monday we only open the emergency queues
(travel emergency, motor breakdown). Everything else gets the holiday
announcement and the callback option.

If you need to swap a shift, sort it out with a colleague and let me
know by 10 April. Atlantico has confirmed their headcount.

Thanks for covering - Easter eggs are on me!
Claire"""
    return build("N", "en", "internal",
                 "trap: holiday staffing plan with colleagues' shifts, no reasons or customer data",
                 "2025-04-02 15:26", "Claire Donnelly <claire.donnelly@auerhahn.example>",
                 "International Service Desk <ksc-international@auerhahn.example>",
                 "Easter staffing plan EN line", body, cc="Henrik Vogt <henrik.vogt@auerhahn.example>",
                 atts=[("Easter_staffing_EN_2025.ods", CT_ODS, ods(rows, "Easter"))])


def m014():
    txt = """VoxScribe voicemail transcript
Line: Travel Emergency EN +49 551 9970-4999 (overflow mailbox)
Received: 2025-06-14 03:12 CEST  Duration: 02:06
Caller ID: +44 7700 918 442
Language detected: en-GB  Confidence: 0.58 (low)

[transcript]
hello um this is Margaret Ellwood calling from Mallorca um my husband
Derek Ellwood we have the travel in surance with you through the bank
package uh he collapsed at dinner tonight they think it's a heart
attack he's in the Hospital son Less pee no sorry Son Espases in Palma
in the uh cardiac unit they've put a stint in stent and they're
asking who pays and they want a card or a guarantee I have the policy
number it's R E 2025 one one eight eight four two I'm on this number
please call me back as soon as you can I don't I don't really know what
to do thank you
[end of transcript]

Note: automatic transcription, not verified."""
    body = """Assistance team,

voicemail below came into the EN overflow mailbox at 03:12 last night
(should have gone straight to you - routing ticket raised). I called
Mrs Ellwood back at 07:05, she confirmed everything, husband stable,
hospital has not received a guarantee yet. Please take over the case
with priority. Policy RE 2025-118842 is valid, cover confirmed in KIS.

Rahul Menon
International Service Desk"""
    return build("S", "en", "customer",
                 "voicemail transcript (txt attachment) with STT errors: heart attack abroad, stent, travel health policy",
                 "2025-06-14 07:19", "Rahul Menon <rahul.menon@auerhahn.example>",
                 "Auerhahn Reise-Assistance <assistance@auerhahn.example>",
                 "URGENT: VM 03:12 - Ellwood - hospital Palma - RE 2025-118842", body,
                 headers={"Importance": "high"},
                 atts=[("voicemail_20250614_0312.txt", "text/plain", txt)])


def m015():
    body = """Sehr geehrter Herr Kaminski,

Sie hatten heute Vormittag bei uns im Kundenservice angerufen und nach
dem Stand im Hausratschaden Ihrer Kundin gefragt. Hier die Info, wie
telefonisch besprochen, auch schriftlich für Ihre Akte:

  Kundin:         Frau Melanie Strasser, Groner Landstraße 88, Göttingen
  Vertrag:        HR 55318842
  Schaden:        S-25-0412234, Leitungswasser vom 27.02.2025
  Stand:          Gutachten Fa. Trocknungsprofi liegt vor, Reparatur der
                  Küchenzeile i.H.v. 4.870 EUR anerkannt, Zahlung an die
                  Kundin am 18.03. angewiesen.
  Offen:          Rechnung Trocknung (Nachreichung durch Kundin)

Für Rückfragen zur Regulierung erreichen Sie die Schadenabteilung Sach
direkt unter 0551 9970-3310 oder schaden.sach@auerhahn.example.

Mit freundlichen Grüßen

Dennis Okafor
Kundenservicecenter - Maklerbetreuung
Auerhahn Allgemeine Versicherung AG
Auerhahnplatz 1, 37073 Göttingen

Pflichtangaben: Sitz Göttingen, Amtsgericht Göttingen HRB 200417,
Vorstand: Dr. H. Kellermann (Vors.), B. Sandvoß"""
    return build("C", "de", "insurer-to-broker",
                 "call follow-up to broker: named customer, household policy and water-damage claim",
                 "2025-03-19 12:08", "Dennis Okafor <dennis.okafor@auerhahn.example>",
                 "Versicherungsbüro Kaminski <info@vb-kaminski.example>",
                 "Ihr Anruf heute - Schaden S-25-0412234 Strasser", body)


def m016():
    lines = [
        "Auerhahn Akademie - Modul KSC-07: Deeskalation am Telefon",
        "Teilnehmerunterlage, Stand Februar 2025 - nur für den internen Gebrauch",
        "",
        "1. Warum Kunden eskalieren",
        "   - Wiederholter Anruf ohne Ergebnis (\"Mir wurde ein Rückruf versprochen\")",
        "   - Existenzielle Themen: Krankheit, Pflege, Tod, Verlust der Wohnung",
        "   - Gefühl, nicht ernst genommen zu werden",
        "",
        "2. Die LÖSE-Technik",
        "   L - Lassen Sie ausreden.",
        "   Ö - Öffnen Sie mit Verständnis: \"Ich höre, dass Sie sich ärgern.\"",
        "   S - Sortieren: Was ist das eigentliche Anliegen?",
        "   E - Ergebnis vereinbaren: wer, was, bis wann.",
        "",
        "3. Übungsfall (fiktiv)",
        "   Frau Erika Musterfrau (fiktiv), 67, ruft zum dritten Mal an. Ihr Mann",
        "   (fiktiv) ist pflegebedürftig, die Erstattung der Pflegekosten dauert",
        "   seit sechs Wochen. Sie sagt: \"Sie lassen uns doch absichtlich warten.\"",
        "   Aufgabe: Formulieren Sie drei Sätze nach der LÖSE-Technik.",
        "",
        "4. Grenzen",
        "   - Beleidigungen: einmal höflich ansprechen, beim zweiten Mal",
        "     Gespräch beenden (Textbaustein TB-019) und Teamleitung informieren.",
        "   - Äußerungen zu Suizid oder Selbstgefährdung: immer Krisenleitfaden",
        "     KL-01, Teamleitung sofort dazuholen.",
        "",
        "5. Was wir nie sagen",
        "   \"Da kann ich nichts machen.\" / \"Das ist nicht meine Abteilung.\"",
        "   \"Beruhigen Sie sich erst mal.\"",
    ]
    body = """Hallo liebe neue Kolleginnen und Kollegen der Einarbeitungsgruppe 2025-03,

anbei die Teilnehmerunterlage für Donnerstag (Modul KSC-07,
Deeskalation). Bitte vorher einmal durchlesen, den Übungsfall machen
wir gemeinsam.

Start 09:00, Schulungsraum 0.08, Ende ca. 15:30.

Viele Grüße
Lea Hoffstätter
Trainerin KSC / Auerhahn Akademie"""
    return build("N", "de", "internal",
                 "trap: training handout on de-escalation with fictitious care case (Musterfrau)",
                 "2025-02-24 09:30", "Lea Hoffstätter <lea.hoffstaetter@auerhahn.example>",
                 "Einarbeitung 2025-03 <einarbeitung-2025-03@auerhahn.example>",
                 "Unterlage Modul KSC-07 Deeskalation", body,
                 atts=[("KSC-07_Deeskalation_Teilnehmer.pdf", "application/pdf", pdf(lines, "KSC-07 Deeskalation"))])


def m017():
    body = """Hi Zahn team / Hallo Team Zahn,

sorry for writing in English, I'm with the Atlantico team in Lisbon and
my German is not good enough for the file note. Chat below was in
German with the customer, I used the translation tool. Customer needs
an answer on the Heil- und Kostenplan, she was promised a callback.

----- Chat CH-250422-1180, 22.04.2025, 10:14-10:31 -----
[10:14] Kundin (Birgit Haase, K 4472085513): Hallo, ich habe am 03.04.
einen Heil- und Kostenplan von meiner Zahnärztin hochgeladen, für zwei
Implantate regio 36 und 46 und Krone auf 37. Summe 7.480 Euro. Ich habe
noch nichts gehört und der OP-Termin ist am 12.05.
[10:16] Agent (Ines): Guten Tag Frau Haase, ich schaue nach. Einen Moment bitte.
[10:19] Agent (Ines): Der Heil- und Kostenplan ist eingegangen und liegt in der Prüfung bei unserem Zahnteam.
[10:20] Kundin: Das sagt man mir seit zwei Wochen. Brauchen Sie noch die Röntgenbilder? Die Praxis sagt, die hat keiner angefordert.
[10:24] Agent (Ines): Ich kann das leider nicht sehen. Ich bitte die Fachabteilung, Sie zurückzurufen.
[10:25] Kundin: Bitte bis Freitag, sonst verschiebe ich den Termin. Mein Tarif ist ZahnPlus 90, oder?
[10:26] Agent (Ines): Ja, ZahnPlus 90 ist hinterlegt.
[10:31] Kundin: Ok danke. Tel 0160 9938 1447
----- Ende -----

Obrigada / danke!
Ines Carvalho
Atlantico Contact Services for Auerhahn - International Service Desk
(ext.ines.carvalho@auerhahn.example)"""
    return build("S", "mixed", "internal",
                 "chat transcript (German) with English agent note: dental implants, treatment plan, health policy",
                 "2025-04-22 10:40", "Ines Carvalho (ext.) <ext.ines.carvalho@auerhahn.example>",
                 "Leistung Zahn <leistung.zahn@auerhahn.example>",
                 "Callback please / Rückruf HKP Haase K 4472085513", body)


def m018():
    body = """Complaint summary - for Motor Underwriting and Complaints Management

Complaint ID:  BM-25-00412 (received by phone, English line, 28/01/2025)
Customer:      Ms Joanna Whitfield, Hannover
Policy:        KF 77411063 (car insurance, Ford Kuga H-JW 2210)
Category:      Premium / no-claims class (SF)

Summary:
Ms Whitfield received her renewal for 2025 with a premium increase of
EUR 214 (from EUR 688 to EUR 902). She says she has not had any claim.
KIS shows a liability claim KS-24-097331 from 09/2024 (car park damage,
paid EUR 1,130) which moved her from SF 8 to SF 4. She says the damage
was caused by her partner driving her car and she was not told it
would affect her class. She asks whether she can "buy back" the claim
(Rückkauf) and how much that would cost.

Customer expectation: written explanation + buy-back figure
Promised: answer within 5 working days
Tone: calm but firm, mentioned she will compare with other insurers

Agent: Sophie Lindqvist
Team lead check: CD, 29/01"""
    return build("C", "en", "internal",
                 "complaint summary: named customer, motor policy, plate, no-claims class and prior claim",
                 "2025-01-29 09:12", "Claire Donnelly <claire.donnelly@auerhahn.example>",
                 "Beschwerdemanagement <beschwerde@auerhahn.example>",
                 "Complaint BM-25-00412 Whitfield - SF downgrade", body,
                 cc="Kfz Betrieb <kfz.betrieb@auerhahn.example>")


def m019():
    body = """Hallo Henrik, hallo Anke,

die neue IVR-Ansage für die Hotline Kranken ist ab Montag 06:00 live.
Hier der freigegebene Text zur Info:

  "Willkommen bei der Auerhahn Krankenversicherung.
   Haben Sie eine Frage zu einer eingereichten Arztrechnung oder
   Zahnarztrechnung, drücken Sie die 1.
   Zu Krankenhausaufenthalten und Kostenübernahmen drücken Sie die 2.
   Zu Ihrem Beitrag oder Ihren Vertragsdaten drücken Sie die 3.
   Für alle anderen Anliegen bleiben Sie bitte in der Leitung."

Neu ist, dass Option 2 direkt in die Skill-Gruppe "KV_Stationaer" geht
(bisher über die allgemeine Warteschlange). Die Weiterleitung aus
Option 1 auf die Bot-Auskunft "Bearbeitungsstand" ist noch nicht aktiv,
kommt mit dem Release im April.

Grüße
Bastian Melchert
IT Kommunikationssysteme / Team Contact Center Plattform"""
    return build("N", "de", "internal",
                 "trap: IVR announcement text mentioning doctor's bills and hospital stays, no person",
                 "2025-02-28 16:45", "Bastian Melchert <bastian.melchert@auerhahn.example>",
                 "Henrik Vogt <henrik.vogt@auerhahn.example>, Anke Brüning <anke.bruening@auerhahn.example>",
                 "IVR Hotline Kranken - neue Ansage ab 03.03.", body)


def m020():
    body = """Telefonnotiz - bitte an Leben Leistung Todesfall

Anruf 08.05.2025, 09:58, KSC Göttingen, angenommen: Svenja Klaasen

Anrufer: Herr Matthias Grunwald, Sohn der versicherten Person
Versicherte Person / VN: Herr Erwin Grunwald, verstorben am 03.05.2025
Vertrag: L 30118672 (kapitalbildende LV, Ablauf 2027)
Bezugsberechtigt lt. KIS: Ehefrau Ingrid Grunwald (lebt, 81 J.)

Anliegen:
Der Sohn meldet den Tod seines Vaters. Er sagt, der Vater ist nach
längerer Krankheit im Hospiz in Northeim gestorben. Die Mutter ist
mit der Abwicklung überfordert, er kümmert sich. Er möchte wissen:
  - welche Unterlagen benötigt werden (Sterbeurkunde, Police?)
  - ob ein ärztliches Zeugnis über die Todesursache nötig ist
  - ob die Auszahlung auf das Konto der Mutter gehen kann
Ich habe ihm die allgemeine Unterlagenliste genannt und gesagt, dass
die Fachabteilung ihm bzw. der Mutter schriftlich mitteilt, was genau
gebraucht wird. Vollmacht der Mutter liegt NICHT vor -> bitte
Schreiben an die Bezugsberechtigte direkt.

Rückrufnummer Sohn: 0174 6630 2281

Svenja Klaasen
KSC Team Leben/Unfall"""
    return build("S", "de", "internal",
                 "call note: death of life policyholder, hospice, beneficiary, life policy number",
                 "2025-05-08 10:11", "Svenja Klaasen <svenja.klaasen@auerhahn.example>",
                 "Leben Leistung <leben.leistung@auerhahn.example>",
                 "Todesfallmeldung L 30118672 Grunwald", body)


def m021():
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Auerhahn//Kalender 16.0//EN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:qm-calib-2025-05@auerhahn.example\r
DTSTAMP:20250430T090000Z\r
DTSTART;TZID=Europe/Berlin:20250508T140000\r
DTEND;TZID=Europe/Berlin:20250508T153000\r
SUMMARY:QM calibration session EN line (May)\r
LOCATION:Teams / room 2.14\r
ORGANIZER;CN=Miriam Castell:mailto:miriam.castell@auerhahn.example\r
ATTENDEE;CN=Claire Donnelly:mailto:claire.donnelly@auerhahn.example\r
ATTENDEE;CN=Paulo Reis:mailto:ext.paulo.reis@auerhahn.example\r
DESCRIPTION:Three anonymised sample calls (health claim status\\, motor\r
  breakdown\\, cancellation). Everyone scores them beforehand with form\r
  QM-EN 2025.\r
END:VEVENT\r
END:VCALENDAR\r
"""
    body = """Hi Claire, hi Paulo,

invitation for our monthly calibration session attached. I have picked
three calls from April and removed customer names and numbers from the
recordings (beeped out). Please score them before the meeting with the
QM-EN 2025 form so we can compare.

Recordings are in the QM share under /Kalibrierung/2025-05/.

Best,
Miriam"""
    return build("N", "en", "internal",
                 "trap: QM calibration invite (ICS), anonymised sample calls",
                 "2025-04-30 11:05", "Miriam Castell <miriam.castell@auerhahn.example>",
                 "Claire Donnelly <claire.donnelly@auerhahn.example>, Paulo Reis (ext.) <ext.paulo.reis@auerhahn.example>",
                 "QM calibration EN - 8 May", body,
                 atts=[("invite.ics", "text/calendar", ics)])


def m022():
    body = """Hi Vertragsservice,

call on the EN line today, please update the contract data:

Customer: Mr Lukas Brennan (born 11/09/1988 - ID&V passed)
Contracts: household HR 55422071, personal liability PH 38290114

1) New address from 01/05/2025:
   Herzberger Landstraße 61, 37085 Göttingen (old: Bürgerstraße 20)
2) New bank account for both contracts:
   IBAN DE56 2605 0001 7328 2453 79, account holder Lukas Brennan
   He confirmed the SEPA mandate on the phone, recording ref. REC-0425-88310.
3) He asks whether the household sum insured (EUR 45,000) is still
   enough for 78 sqm - I said Vertragsservice would check and write.

Cheers,
Tomás

Tomás Ferreira
International Service Desk"""
    return build("C", "en", "internal",
                 "call note: birth date, new address and IBAN for household/liability contracts",
                 "2025-04-15 15:49", "Tomás Ferreira <tomas.ferreira@auerhahn.example>",
                 "Vertragsservice Sach <vertragsservice.sach@auerhahn.example>",
                 "Change of address + bank details - Brennan - HR 55422071 / PH 38290114", body)


def m023():
    body = """Accident Claims team,

callback request from the EN line.

Policyholder / insured person: Ms Hannah Whitcombe
Accident policy: U 5520913 (individual accident, disability sum EUR 150,000)
Phone: +49 157 3381 0426 (afternoons)

Ms Whitcombe fell off her bike on 02/06 on the way to work (wet tram
rails, Weender Straße). Broken left collarbone (clavicle), operated at
the University Hospital on 03/06 with a plate. She is off work for at
least six weeks and has physio twice a week. She asks:
 - whether she can claim the hospital daily allowance from the accident
   policy (2 nights in hospital)
 - when she should report a possible permanent impairment, her
   surgeon said she may not get full movement back in the shoulder
 - whether the commute accident also goes to the statutory accident
   insurance (I told her yes, via her employer, Berufsgenossenschaft)

Accident report form sent to her by e-mail today (blank PDF from the
portal). Please call her to explain the next steps.

Rahul Menon
International Service Desk"""
    return build("S", "en", "internal",
                 "callback request: cycling accident, clavicle fracture, surgery, accident policy",
                 "2025-06-05 13:22", "Rahul Menon <rahul.menon@auerhahn.example>",
                 "Unfall Leistung <unfall.leistung@auerhahn.example>",
                 "Callback - U 5520913 Whitcombe - bike accident 02/06", body)


def m024():
    rows = [["Beschwerdestatistik KSC - Q1 2025", "", "", "", ""],
            ["Sparte", "Beschwerden", "davon berechtigt", "Ø Bearbeitungstage", "Haupt-Beschwerdegrund"],
            ["Kranken Vollversicherung", 214, 88, 9.4, "Erstattungsdauer / Rückruf nicht erfolgt"],
            ["Kranken Zusatz (Zahn, Brille)", 131, 41, 7.2, "Höhe der Erstattung Zahnersatz"],
            ["Pflege", 37, 15, 11.8, "Bearbeitungsdauer Pflegetagegeld"],
            ["Leben / BU", 52, 12, 14.1, "Dauer BU-Leistungsprüfung"],
            ["Unfall", 19, 6, 10.3, "Invaliditätsbemessung"],
            ["Kfz", 176, 54, 5.9, "Beitragserhöhung / SF-Rückstufung"],
            ["Sach (Hausrat, Gebäude)", 143, 49, 8.7, "Regulierungsdauer Sturm"],
            ["Haftpflicht / Rechtsschutz", 48, 13, 6.4, "Deckungsablehnung"],
            ["Reise", 22, 9, 4.8, "Erreichbarkeit Notruf"],
            ["Gesamt", 842, 287, 8.3, ""],
            ["Quelle: BM-Datenbank, Stand 04.04.2025, keine Einzelfälle", "", "", "", ""]]
    body = """Liebe Frau Dr. Kröger,

anbei die Beschwerdestatistik Q1 für die Bereichsrunde am Dienstag.
Auffällig sind die Kranken-Vollversicherung (viele "Rückruf nicht
erfolgt") und die Dauer in der BU-Leistungsprüfung. Die BaFin-Quote
(Beschwerden über die Aufsicht) liegt bei 11 von 842, Vorquartal 9.

Viele Grüße
Julia Sander
Beschwerdemanagement"""
    return build("N", "de", "internal",
                 "trap: quarterly complaint statistics by line (health, care, BU), aggregates only",
                 "2025-04-04 14:10", "Julia Sander <julia.sander@auerhahn.example>",
                 "Dr. Sabine Kröger <sabine.kroeger@auerhahn.example>",
                 "Beschwerdestatistik Q1 2025", body,
                 atts=[("BM-Statistik_Q1-2025.xlsx", CT_XLSX, xlsx(rows, "Q1"))])


def m025():
    body = """Sehr geehrte Frau Ostendorf,

vielen Dank für Ihren Anruf heute Vormittag. Wie besprochen fasse ich
Ihnen die nächsten Schritte noch einmal zusammen.

Ihr Rechtsschutzvertrag:  RS 9004412 (Privat-, Berufs- und Wohnungsrechtsschutz)
Unser Zeichen:            RS-L-25-02277
Streitigkeit:             Mietminderung wegen Schimmel in der Wohnung
                          Stumpfebiel 3, 37073 Göttingen, Vermieterin
                          Hausverwaltung Lindner & Co.

Unsere Rechtsschutz-Fachabteilung hat die Deckung für die
außergerichtliche Interessenwahrnehmung heute bestätigt. Die
Selbstbeteiligung beträgt 150 EUR. Sie können Ihre Anwältin frei
wählen; wenn Sie möchten, nennen wir Ihnen auch eine Kanzlei aus
unserem Netzwerk.

Bitte geben Sie Ihrer Anwältin unser Zeichen RS-L-25-02277 an, damit
die Kostennote direkt mit uns abgerechnet werden kann.

Mit freundlichen Grüßen

Murat Aydın
Kundenservicecenter
Auerhahn Allgemeine Versicherung AG
Telefon 0551 9970-0 | service@auerhahn.example"""
    return build("C", "de", "insurer-to-customer",
                 "legal expenses cover confirmation: named customer, policy, tenancy dispute, address",
                 "2025-02-12 12:37", "Auerhahn Kundenservice <service@auerhahn.example>",
                 "Carolin Ostendorf <c.ostendorf@gmx-mail.example>",
                 "Ihr Rechtsschutzfall RS-L-25-02277 - Deckungsbestätigung", body)


def m026():
    body = """Dear Mr Lindahl,

thank you for your call yesterday. I have checked your claims with our
medical claims team as promised.

Member no.:  IHP-209931 (International Health Plan Gold)

Your physiotherapy invoices from Praxis für Physiotherapie Keller,
Hamburg (dated 14/04, 28/04 and 12/05, total EUR 642.00) are complete
and have been approved. The payment will reach your account within the
next three to four working days.

The invoice from Dr. med. Jansen (orthopaedics, 09/04, EUR 286.12) is
still on hold because the diagnosis is missing on the invoice. German
law requires it for private billing (GOÄ). Could you please ask the
practice for a corrected invoice with the diagnosis and upload it in
the app under "Submit claim" > "Additional document", quoting claim
reference 25-IHP-55120?

If you have any questions, just reply to this e-mail.

Kind regards

Sophie Lindqvist
International Service Desk
Auerhahn Krankenversicherung AG
Auerhahnplatz 1 | 37073 Göttingen | Germany"""
    return build("S", "en", "insurer-to-customer",
                 "reply to customer: physiotherapy and orthopaedic invoices, health plan member number",
                 "2025-05-21 16:02", "Auerhahn International Service <service-international@auerhahn.example>",
                 "Erik Lindahl <erik.lindahl@nordmail.example>",
                 "Your claims - IHP-209931", body)


def m027():
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>KB-EN-0088</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#222">
<p>Hi all,</p>
<p>the English FAQ article <b>KB-EN-0088 &ldquo;How do I submit a medical bill in the Auerhahn app?&rdquo;</b>
has been updated for app version 5.2. Please use the new wording from today.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e8eef5"><th>Step</th><th>What we tell the customer</th></tr>
<tr><td>1</td><td>Open the app and tap <i>Submit claim</i> on the home screen.</td></tr>
<tr><td>2</td><td>Take a photo of each page of the bill (doctor, dentist, pharmacy, hospital). Up to 20 pages per claim.</td></tr>
<tr><td>3</td><td>Choose the insured person and, if asked, the bank account for the refund.</td></tr>
<tr><td>4</td><td>Tap <i>Send</i>. You get a confirmation with a claim reference.</td></tr>
<tr><td>Tip</td><td>Prescriptions for glasses or aids must be uploaded together with the invoice.</td></tr>
</table>
<p><b>Don't</b> ask callers to send bills by e-mail to the service mailbox &ndash; e-mail is not the
secure channel. If the app doesn't work for them, the paper form KB-EN-0089 still applies.</p>
<p>Knowledge team<br>Customer Service Centre</p>
</body></html>"""
    return build("N", "en", "internal",
                 "trap: HTML-only FAQ update on submitting medical bills, generic",
                 "2025-05-02 08:30", "KSC Wissensmanagement <ksc-wissen@auerhahn.example>",
                 "International Service Desk <ksc-international@auerhahn.example>",
                 "FAQ update KB-EN-0088 - submitting medical bills (app 5.2)", html=html, html_only=True)


def m028():
    body = """Vertraulich - nur für Teamleitung und BU-Leistung

Hallo Frau Drewes,

ich muss Sie über ein Gespräch von heute Nachmittag informieren, bei dem
wir den Krisenleitfaden KL-01 angewendet haben.

Anrufer: Herr Stefan Wöhler, VN/versicherte Person
Vertrag: L 31207745, selbständige BU-Versicherung
Leistungsfall: BU-LF 24-01983 (Ablehnung vom 26.05.2025)

Herr Wöhler rief um 15:12 in der Queue Leben an (Agentin: Mandy
Kaltofen). Er hatte das Ablehnungsschreiben bekommen, in dem die BU
wegen seiner chronischen Schmerzerkrankung und der Depression nicht
anerkannt wird (Grad unter 50 %). Er sagte sinngemäß, er wisse nicht
mehr weiter, er habe keine Kraft mehr und "dann ist es eben vorbei".
Frau Kaltofen hat sehr ruhig reagiert, mich über den Notfallknopf
dazugeholt und nach Leitfaden gefragt, ob er an Suizid denkt. Er hat
das nicht klar verneint.

Wir haben ihm die Telefonseelsorge (0800 111 0 111) genannt und
gefragt, ob jemand bei ihm ist. Seine Frau kam während des Gesprächs
nach Hause, er hat ihr das Telefon gegeben, sie hat zugesagt, bei ihm
zu bleiben und heute noch den Hausarzt anzurufen. Gesprächsende 15:51.
Ein Notruf war aus unserer Sicht danach nicht erforderlich; ich habe
mich mit Frau Dr. Kröger abgestimmt.

Bitte:
- Beim nächsten Kontakt mit Herrn Wöhler besonders behutsam sein.
- Er möchte Widerspruch einlegen; bitte ihm die Möglichkeit (und die
  Frist) schriftlich erklären, nicht nur telefonisch.
- Eintrag im KIS nur "Krisengespräch nach KL-01, siehe TL-Vermerk".

Mandy ist sichtlich mitgenommen, ich habe ihr für den Rest des Tages
frei gegeben.

Ralf Siebert
Teamleitung KSC Erfurt"""
    return build("S", "de", "internal",
                 "crisis call after occupational-disability rejection: depression, chronic pain, suicidal statements",
                 "2025-06-02 16:40", "Ralf Siebert <ralf.siebert@auerhahn.example>",
                 "Petra Drewes <petra.drewes@auerhahn.example>",
                 "Krisengespräch KL-01 - BU-LF 24-01983", body,
                 cc="Dr. Sabine Kröger <sabine.kroeger@auerhahn.example>",
                 headers={"Sensitivity": "Private"})


def m029():
    body = """Transkript Sprachnachricht (VoxScribe) - Service Kfz-Schaden, 24h-Mailbox
Eingang: 22.10.2025 06:03   Dauer: 00:57   Konfidenz: 64 %

"guten morgen mein name ist Thorsten Ahlborn ich hatte heute früh um
kurz vor sechs einen wild unfall auf der B 27 zwischen Bovenden und
Nörten ein Reh ist mir vorn rein gelaufen Kennzeichen von meinem
Auto ist Gustav Ökonom minus T A 418 also GÖ-TA 418 Vertragsnummer
hab ich nicht dabei Polizei war da wegen der Wild Unfall
Bescheinigung also verletzt ist niemand nur der Kühlergrill und
Scheinwerfer sind kaputt und das Auto fährt noch bitte rufen sie
mich zurück null eins sieben eins vier vier zwei neun acht acht drei
null danke"

---
Hallo Marco, Kunde im KIS gefunden: KF 77190362 (Teilkasko 300 SB).
Schadenanlage bitte durch euch, ich habe ihn 07:40 zurückgerufen und
auf Wildunfallbescheinigung + Fotos hingewiesen.
Gruß Piotr (KSC Erfurt)"""
    return build("C", "de", "customer",
                 "voicemail transcript: deer collision, named driver, plate, motor policy; nobody hurt",
                 "2025-10-22 07:46", "Piotr Nowak <piotr.nowak@auerhahn.example>",
                 "Marco Pietsch <marco.pietsch@auerhahn.example>",
                 "Wildunfall GÖ-TA 418 / KF 77190362 - Sprachnachricht", body,
                 charset="iso-8859-1", cte="quoted-printable")


def m030():
    body = """Moin zusammen,

hier der Schichtplan für KW 15 (07.-11.04.) Team Kranken 1+2. Bitte
bis Donnerstag prüfen, Tauschwünsche an mich.

            Mo      Di      Mi      Do      Fr
Früh 07-15  Jana    Jana    Tobias  Jana    Nils
            Tobias  Svenja  Svenja  Lea     Tobias
            Dennis  Dennis  Kerstin Kerstin Svenja
Mittel 9-17 Kerstin Murat   Murat   Murat   Kerstin
            Lea     Lea     Jana    Dennis  Murat
Spät 12-20  Murat   Kerstin Dennis  Tobias  Dennis
            Svenja  Nils    Nils    Svenja  Lea
Chat        Nils    Tobias  Lea     Nils    Jana

Nicht im Plan: Anne (Urlaub bis 14.04.), Jörg (fällt diese Woche aus,
Vertretung ist geklärt).
Mi 09.04. 13-14 Uhr Teammeeting, Chat in der Zeit über Team Sach.

LG Anke"""
    return build("N", "de", "internal",
                 "trap: weekly shift plan with colleague names, absence without reason",
                 "2025-04-01 14:02", "Anke Brüning <anke.bruening@auerhahn.example>",
                 "Team Kranken 1 <ksc-kranken1@auerhahn.example>, Team Kranken 2 <ksc-kranken2@auerhahn.example>",
                 "Schichtplan KW 15", body)


def m031():
    body = """Übergabe / Handover Spätschicht -> Nachtdienst, 11.07.2025
International + Reise-Notruf

1. Allgemein / general
   - Queue EN_Health ruhig, EN_Travel_Emergency ab 19 Uhr stark
     (Ferienbeginn NRW). 48 calls since 16:00.
   - Chat off since 20:00 as planned.
   - VoxScribe lief 18:10-18:40 nicht, 3 voicemails only as audio,
     ticket INC-0091277.

2. Callbacks pending / offene Rückrufe
   - None for day shift, all mailed to departments.

3. Info from Assistance
   - New hotel list Mallorca / Balearics in SharePoint.
   - Medical team reachable until 23:00 on ext. 4990, after that via the
     on-call mobile.

4. Open case, please follow up tonight / offener Fall
   Fall AS-25-07741, Frau Charlotte Meinhardt (RE 2025-204471),
   derzeit Antalya, Memorial Hospital: Aufnahme 16:30 mit Verdacht auf
   Blinddarmentzündung, OP evtl. heute Nacht. Klinik will
   Kostenübernahmeerklärung (guarantee of payment) before surgery.
   Unser Arzt Dr. Seidel hat um 20:40 mit dem Stationsarzt gesprochen,
   GOP soll bis 22:00 raus. Please call the hospital's insurance desk at
   +90 242 555 0190 at 22:15 to confirm they received it, and call Mrs
   Meinhardt's husband on +49 171 3328 7750 afterwards (he speaks German
   only).

5. Sonstiges
   Kaffeemaschine 3. OG entkalkt :)

Tschüss / bye
Doreen + Rahul"""
    return build("S", "mixed", "internal",
                 "bilingual shift handover; deep in item 4 a travel-health case with suspected appendicitis abroad",
                 "2025-07-11 21:07", "Doreen Schubert <doreen.schubert@auerhahn.example>",
                 "KSC Nachtdienst <ksc-nacht@auerhahn.example>",
                 "Übergabe/Handover 11.07. Spät -> Nacht", body,
                 cc="Rahul Menon <rahul.menon@auerhahn.example>")


def m032():
    body = """Dear Ms Achterberg,

thank you for speaking with me on the phone this morning. As agreed,
here is a summary in writing.

Travel insurance:   RE 2025-160228 (annual travel cancellation policy)
Claim reference:    RR-25-03115
Trip:               Lisbon, 14-21 June 2025, booked 12 February 2025
Reason for
cancellation:       termination of your employment by your employer
                    (letter dated 30 April 2025)

Job loss through no fault of your own is an insured reason for
cancellation under your policy. To process the claim we need:

  1. the cancellation invoice from the tour operator,
  2. a copy of the termination letter,
  3. the original booking confirmation.

You can upload the documents in My Auerhahn or send them by post. The
excess is 10 % of the cancellation costs, at least EUR 50.

Kind regards

Paulo Reis
International Service Desk (Atlantico Contact Services on behalf of
Auerhahn Allgemeine Versicherung AG)
service-international@auerhahn.example"""
    return build("C", "en", "insurer-to-customer",
                 "travel cancellation due to job loss, named customer, policy and claim number, no health data",
                 "2025-05-06 10:19", "Auerhahn International Service <service-international@auerhahn.example>",
                 "Julia Achterberg <j.achterberg@webpost.example>",
                 "Your travel cancellation claim RR-25-03115", body)


def m033():
    body = """Hi team,

as promised in the huddle, here is this month's data protection quiz.
Answers by Friday to me, the three best get a coffee voucher :)

1. A caller says "I'm calling for my wife, she's in hospital". Which of
   these may you tell him without her authorisation?
   a) whether the hospital bill has been paid
   b) our general claims address
   c) the diagnosis on the hospital invoice

2. Which of the following counts as health data under Art. 9 GDPR?
   a) the fact that someone has a dental plan
   b) a pharmacy receipt for a named person
   c) the opening hours of our claims department

3. Where do you record that a customer mentioned an illness in a
   motor call?
   a) in the call note, word for word
   b) nowhere - only what you need for the motor case
   c) in the complaint field

4. True or false: a policy number alone is enough to identify the
   caller.

Solutions next week in the team channel.

Claire"""
    return build("N", "en", "internal",
                 "trap: data-protection quiz about health data and callers, no real person",
                 "2025-05-12 09:05", "Claire Donnelly <claire.donnelly@auerhahn.example>",
                 "International Service Desk <ksc-international@auerhahn.example>",
                 "Data protection quiz - May", body)


def m034():
    body = """Hallo Kfz-Vertrag,

bitte Korrektur Stammdaten:

VN:         Frau Larissa Wendeborn, Hainholzweg 40, 37085 Göttingen
Vertrag:    KF 77356120 (Kfz-Haftpflicht + VK, Opel Corsa GÖ-LW 119)
Problem:    Geburtsdatum im KIS falsch erfasst als 14.08.2004,
            richtig ist 14.08.2001 (Kundin hat Personalausweis in der
            Videolegitimation gezeigt, Screenshot in der Akte).

Hintergrund: Die Kundin wundert sich über den hohen Beitrag. Durch das
falsche Geburtsdatum ist sie in der Fahrerkreis-Einstufung "unter 23"
gelandet. Bitte neu berechnen und ggf. Beitragsdifferenz erstatten.
Kundin möchte eine kurze schriftliche Bestätigung.

Danke!
Kerstin Bollmann
KSC Team Sach/Kfz 2"""
    return build("C", "de", "internal",
                 "data correction: named customer's birth date, motor contract, plate",
                 "2025-08-19 10:55", "Kerstin Bollmann <kerstin.bollmann@auerhahn.example>",
                 "Kfz Vertrag <kfz.vertrag@auerhahn.example>",
                 "Stammdatenkorrektur KF 77356120 Wendeborn (Geb.-Datum)", body)


def m035():
    body = """Hallo Leistung Kranken,

die Kundin hat uns die Mail unten über das Kontaktformular geschickt
und heute zusätzlich angerufen. Bitte Prüfung und Antwort direkt an
die Kundin, sie wartet seit drei Wochen.

Gruß
Lea Hoffstätter, KSC

-------- Weitergeleitete Nachricht --------
Betreff: Widerspruch Brille - K 4473301287
Datum: 14.04.2025 21:47
Von: Sabine Tegtmeyer <sabine.tegtmeyer@t-mail.example>
An: service@auerhahn.example

Sehr geehrte Damen und Herren,

ich widerspreche hiermit Ihrer Abrechnung vom 07.04. für meine neue
Gleitsichtbrille (Rechnung Optik Brockmann, 892,00 EUR). Sie haben
nur 150 EUR erstattet mit der Begründung, es sei eine "Sehhilfe ohne
ärztliche Verordnung".

Ich habe aber eine Verordnung von meinem Augenarzt Dr. Pfaff, weil sich
meine Werte wegen des grünen Stars (Glaukom, seit 2023 in Behandlung)
stark verändert haben: rechts -4,25 / links -5,0, Addition 2,25. Die
Verordnung habe ich Ihnen mit der Rechnung geschickt, Seite 2!

Bitte prüfen Sie das noch einmal. Ich bin seit 1998 bei Ihnen versichert.

Mit freundlichen Grüßen
Sabine Tegtmeyer
Tel. 05503 80 917"""
    return build("S", "de", "customer",
                 "customer objection forwarded inline: glaucoma, prescription values, glasses bill, health policy",
                 "2025-04-16 09:41", "Lea Hoffstätter <lea.hoffstaetter@auerhahn.example>",
                 "Leistung Kranken ambulant <leistung.kranken@auerhahn.example>",
                 "WG: Widerspruch Brille - K 4473301287", body)


def m036():
    body = """Service-Level-Bericht KSC - März 2025

Queue                 angeboten  angenommen  SL 80/20  AHT (s)  Rückrufe offen
Kranken Leistung         21.480      19.904     71,3 %      398          412
Kranken Vertrag           6.122       5.987     84,0 %      341           38
Pflege                    1.904       1.862     86,2 %      455           17
Leben / BU                3.377       3.301     82,9 %      402           55
Kfz                      12.840      12.611     88,4 %      287           21
Sach / HUK                9.512       9.218     83,1 %      331           64
Reise-Notruf (24/7)       2.006       1.996     95,4 %      589            0
Makler-Hotline            2.731       2.650     80,6 %      276            9
Gesamt                   59.972      57.529     79,4 %      352          616

Kommentar: Ziel 80/20 knapp verfehlt. Ursache ist die Queue Kranken
Leistung (Rundschreiben Beitragsanpassung + Zahnrechnungen). Maßnahmen
ab April: 6 FTE Overflow TeleDialog Nord, Chatbot "Bearbeitungsstand".

Henrik Vogt, WFM"""
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p><b>Service-Level-Bericht KSC &ndash; März 2025</b></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#1f4e79;color:#fff"><th>Queue</th><th>angeboten</th><th>angenommen</th><th>SL 80/20</th><th>AHT (s)</th><th>Rückrufe offen</th></tr>
<tr><td>Kranken Leistung</td><td align="right">21.480</td><td align="right">19.904</td><td align="right" style="color:#c00000">71,3 %</td><td align="right">398</td><td align="right">412</td></tr>
<tr><td>Kranken Vertrag</td><td align="right">6.122</td><td align="right">5.987</td><td align="right">84,0 %</td><td align="right">341</td><td align="right">38</td></tr>
<tr><td>Pflege</td><td align="right">1.904</td><td align="right">1.862</td><td align="right">86,2 %</td><td align="right">455</td><td align="right">17</td></tr>
<tr><td>Leben / BU</td><td align="right">3.377</td><td align="right">3.301</td><td align="right">82,9 %</td><td align="right">402</td><td align="right">55</td></tr>
<tr><td>Kfz</td><td align="right">12.840</td><td align="right">12.611</td><td align="right">88,4 %</td><td align="right">287</td><td align="right">21</td></tr>
<tr><td>Sach / HUK</td><td align="right">9.512</td><td align="right">9.218</td><td align="right">83,1 %</td><td align="right">331</td><td align="right">64</td></tr>
<tr><td>Reise-Notruf (24/7)</td><td align="right">2.006</td><td align="right">1.996</td><td align="right">95,4 %</td><td align="right">589</td><td align="right">0</td></tr>
<tr><td>Makler-Hotline</td><td align="right">2.731</td><td align="right">2.650</td><td align="right">80,6 %</td><td align="right">276</td><td align="right">9</td></tr>
<tr style="font-weight:bold"><td>Gesamt</td><td align="right">59.972</td><td align="right">57.529</td><td align="right" style="color:#c00000">79,4 %</td><td align="right">352</td><td align="right">616</td></tr>
</table>
<p>Kommentar: Ziel 80/20 knapp verfehlt. Ursache ist die Queue Kranken Leistung (Rundschreiben
Beitragsanpassung + Zahnrechnungen). Ma&szlig;nahmen ab April: 6 FTE Overflow TeleDialog Nord, Chatbot
&bdquo;Bearbeitungsstand&ldquo;.</p>
<p>Henrik Vogt, WFM</p>
</body></html>"""
    return build("N", "de", "internal",
                 "trap: monthly service-level report per queue (health, care, life), text+HTML",
                 "2025-04-03 07:55", "Henrik Vogt <henrik.vogt@auerhahn.example>",
                 "KSC Management <ksc-management@auerhahn.example>",
                 "SL-Bericht KSC März 2025", body, html=html)


def m037():
    body = """QM finding - data protection relevant - please handle confidentially

Call reviewed: 19/08/2025 11:02, queue EN_Health, duration 09:14
Agent: Atlantico agent A-117 (ext.joao.matos)
Policyholder / insured person: Mr Graham Tilbury, IHP-201558

What happened:
The caller was Mrs Tilbury (the wife). She is NOT authorised on the
file (no power of attorney, no consent for spouse in KIS). She asked
whether the invoices from the oncology day clinic had been paid.
The agent confirmed that "the chemotherapy invoices from July" had
been paid and read out the amounts (EUR 4,812.30 and EUR 5,106.75) and
said the next cycle in September was "already pre-approved".

Assessment:
- ID&V not done for the actual caller -> fail
- Disclosure of health data of the insured person to a third party
  without authorisation -> data protection incident, reported to the
  DPO today (DSV-25-0112)
- The rest of the call (tone, empathy) was fine.

Follow-up:
- One-to-one coaching with the agent (Paulo to arrange), re-run of the
  ID&V module.
- DPO decides on notification; please don't contact the customer until
  we hear back.

Miriam Castell
Quality Management, Customer Service Centre"""
    return build("S", "en", "internal",
                 "QM finding: cancer treatment (chemotherapy) of named insured disclosed to spouse, data incident",
                 "2025-08-20 13:30", "Miriam Castell <miriam.castell@auerhahn.example>",
                 "Claire Donnelly <claire.donnelly@auerhahn.example>, Paulo Reis (ext.) <ext.paulo.reis@auerhahn.example>",
                 "QM finding call 19/08 11:02 - ID&V fail, disclosure", body,
                 cc="Datenschutz <datenschutz@auerhahn.example>")


def m038():
    body = """Beschwerde-Zusammenfassung (telefonisch eingegangen)

BM-Nr.:        BM-25-01388
Eingang:       24.02.2025, KSC Göttingen, Agentin S. Klaasen
Beschwerdeführer: Herr Uwe Kretschmar
Risikoort:     Am Weinberg 7, 37120 Bovenden
Vertrag:       WG 61188034 (Wohngebäude inkl. Sturm/Hagel)
Schaden:       S-25-0310877, Sturm "Kerstin" vom 28.01.2025

Kern der Beschwerde:
Dach (ca. 30 Ziegel) und Dachrinne beschädigt. Schaden am 29.01.
gemeldet, Fotos und Kostenvoranschlag Dachdecker Hoppe (6.240 EUR)
am 03.02. hochgeladen. Seitdem keine Reaktion, zwei Anrufe (07.02.,
17.02.) ohne Ergebnis. Provisorische Abdeckung mit Plane, es regnet
rein. Kunde verlangt Regulierung oder wenigstens Abschlagszahlung
und droht mit Kündigung aller Verträge (auch Kfz und PHV).

Erwartung Kunde: Rückruf Sachbearbeiter noch diese Woche
Einschätzung KSC: berechtigt (Bearbeitungsdauer, zugesagte Rückrufe)

Bitte um Übernahme durch Schaden Sach, Kopie an BM.

Frank Lüdemann
Beschwerdemanagement"""
    return build("C", "de", "internal",
                 "complaint summary: named customer, buildings policy, storm claim, address",
                 "2025-02-24 15:20", "Frank Lüdemann <frank.luedemann@auerhahn.example>",
                 "Schaden Sach <schaden.sach@auerhahn.example>",
                 "BM-25-01388 Kretschmar - Sturmschaden ohne Reaktion", body)


def m039():
    body = """Liebe Kolleginnen und Kollegen,

ab sofort gibt es einen neuen Textbaustein TB-204 für Anrufe, in denen
die Fachabteilung eine Schweigepflichtentbindung braucht (z.B. weil der
Arzt ohne Entbindung keine Auskunft gibt). Bitte nur noch diesen
verwenden, TB-088 ist gelöscht.

---- TB-204 ----
Sehr geehrte/r «Anrede» «Nachname»,

wie soeben telefonisch besprochen, benötigen wir für die Prüfung Ihres
Leistungsantrags «Vorgangsnummer» Auskünfte von «Arzt/Klinik». Dafür
brauchen wir Ihre Einwilligung und Schweigepflichtentbindung.

Bitte füllen Sie das beigefügte Formular «Formularnummer» aus und
senden Sie es unterschrieben an uns zurück. Sie können die Einwilligung
auf einzelne Ärzte und einen bestimmten Zeitraum beschränken.

Mit freundlichen Grüßen
«Agentname»
---- Ende TB-204 ----

Hinweis: Der Baustein geht nur per Post oder über das Kundenpostfach
raus, nicht per normaler E-Mail.

Danke und viele Grüße
Sven Höfer"""
    return build("N", "de", "internal",
                 "trap: template for confidentiality-waiver request with placeholders",
                 "2025-06-16 08:12", "Sven Höfer <sven.hoefer@auerhahn.example>",
                 "KSC Göttingen alle <ksc-goettingen@auerhahn.example>, KSC Erfurt alle <ksc-erfurt@auerhahn.example>",
                 "Neuer Textbaustein TB-204 Schweigepflichtentbindung", body)


def m040():
    body = """Hallo Kfz-Neugeschäft,

Anruf auf der EN-Linie, Kunde spricht nur Englisch, daher meine Notiz
teils auf Englisch:

Kunde: Mr Oluwaseun Adebayo, Kiesseestraße 12, 37083 Göttingen
Bestehender Vertrag: HR 55470391 (household), no motor contract yet

He bought a used car (Toyota Yaris Hybrid, FIN VNKKH3D300A234871,
first registered 03/2019) and wants to register it on Friday.
Braucht eine eVB-Nummer für die Zulassungsstelle. Wunsch: Haftpflicht
+ Teilkasko, SF-Klasse from his previous insurer in the Netherlands
(he has a Dutch no-claims certificate, 6 years, will upload it).

I told him we need the certificate before we can confirm the SF class,
but the eVB can be issued now. Please send eVB to
seun.adebayo@linkmail.example and call him at 0152 0987 1163.

Danke / thanks
Tomás"""
    return build("C", "mixed", "internal",
                 "call note mixed de/en: named customer, address, VIN, motor cover request, existing policy",
                 "2025-07-02 14:18", "Tomás Ferreira <tomas.ferreira@auerhahn.example>",
                 "Kfz Neugeschäft <kfz.neugeschaeft@auerhahn.example>",
                 "eVB request - Adebayo - Toyota Yaris", body)


def m041():
    body = """Sprachnachricht-Transkript (VoxScribe), Leitung Pflege 0551 9970-260
Eingang: Mo 10.03.2025 07:12 (außerhalb Servicezeit)   Konfidenz 62 %

"ja guten tag hier ist Gabriele Wunderlich ich rufe an wegen meiner
Mutter Hildegard Wunderlich die ist bei ihnen Pflege versichert mit
dem Pflegetage Geld die Vertragsnummer ist P T acht acht eins zwei
null sieben neun äh die Mutter hat jetzt von der Pflegekasse den Pflege
Grad zwei bekommen wegen der Demenz also die Alz heimer Diagnose war
schon letztes Jahr und jetzt ist der Bescheid da vom medizinischen
Dienst ich hab eine Vorsorgevollmacht für sie und möchte wissen wie ich
das bei ihnen einreiche und ob das Geld rückwirkend ab Januar kommt
meine Nummer ist null fünf fünf eins drei sieben zwo zwo eins vier
danke"

---
Hinweis Agent (M. Aydın): Vertrag heißt korrekt PT 8812079. Vorsorge-
vollmacht ist im KIS NICHT hinterlegt. Bitte Rückruf durch Leistung
Pflege und Vollmacht anfordern. Tochter war bei meinem Rückruf 09:05
nicht erreichbar, AB besprochen (nur Rückrufbitte, keine Inhalte)."""
    return build("S", "de", "customer",
                 "voicemail transcript with STT errors: mother with dementia, care level 2, care daily benefit",
                 "2025-03-10 09:14", "Murat Aydın <murat.aydin@auerhahn.example>",
                 "Leistung Pflege <leistung.pflege@auerhahn.example>",
                 "Sprachnachricht Pflege 10.03. 07:12 - Wunderlich PT 8812079", body)


def m042():
    body = """Incident report - telephony outage 09/09/2025

Summary:   Inbound calls to all EN queues failed between 10:14 and 11:02
           CEST (48 min). Callers heard a busy tone.
Cause:     Expired SIP trunk certificate at the carrier interconnect in
           Frankfurt; the automatic renewal job had failed silently.
Impact:    approx. 390 lost calls (estimate based on W36 same-hour
           volume). Travel emergency line was rerouted to the
           Assistance backup number at 10:31.
           No data loss, no recordings affected.
Fix:       Certificate renewed 10:58, service restored 11:02.
Follow-up: - Monitoring alert on certificate expiry (IT, due 19/09)
           - Status banner on the website for outages (Comms)
           - Post-incident review 12/09, 10:00

Bastian Melchert
IT Communication Systems / Contact Centre Platform"""
    return build("N", "en", "internal",
                 "trap: telephony incident report, no personal data",
                 "2025-09-09 15:30", "Bastian Melchert <bastian.melchert@auerhahn.example>",
                 "KSC Management <ksc-management@auerhahn.example>",
                 "Incident report INC-0093318 - EN queues down 10:14-11:02", body)


def m043():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hallo Team Kranken ambulant,</p>
<p>bitte Rückmeldung an die Kundin zum Thema Psychotherapie, Chatverlauf unten. Sie wünscht Antwort schriftlich ins Kundenpostfach, nicht per Telefon.</p>
<p>Danke, Svenja (KSC Chat)</p>
<hr>
<p style="color:#555">Chat-ID CH-250903-2206 &middot; 03.09.2025 19:41&ndash;19:58 &middot; eingeloggt &middot; Kundin: Vanessa Kück &middot; Vertrag K 4474410926</p>
<table cellpadding="3" style="font-size:10pt">
<tr><td><b>19:41 Kundin</b></td><td>Hallo, übernehmt ihr eine Psychotherapie? Ich hab seit Monaten Panikattacken, mein Hausarzt sagt Angststörung und hat mich an eine Psychotherapeutin überwiesen.</td></tr>
<tr><td><b>19:43 Svenja</b></td><td>Guten Abend Frau Kück, danke für Ihre Nachricht. Ich schaue in Ihren Tarif.</td></tr>
<tr><td><b>19:46 Svenja</b></td><td>In Ihrem Tarif AH Komfort 1 ist ambulante Psychotherapie versichert, bis zu 30 Sitzungen pro Kalenderjahr, bei approbierten Psychotherapeuten.</td></tr>
<tr><td><b>19:48 Kundin</b></td><td>Muss ich vorher was beantragen? Die Therapeutin (Frau Dipl.-Psych. Ahlers) macht erst 5 probatorische Sitzungen.</td></tr>
<tr><td><b>19:52 Svenja</b></td><td>Für die Langzeittherapie ist ein Antrag mit Bericht der Therapeutin nötig. Die genauen Voraussetzungen klärt die Leistungsabteilung. Soll ich eine Anfrage weitergeben?</td></tr>
<tr><td><b>19:53 Kundin</b></td><td>ja bitte, aber bitte nur schriftlich ins Postfach. ich möchte nicht dass jemand anruft wenn mein Freund daneben sitzt.</td></tr>
<tr><td><b>19:58 Svenja</b></td><td>Verstanden, ich gebe das so weiter. Schönen Abend!</td></tr>
</table>
</body></html>"""
    return build("S", "de", "internal",
                 "HTML-only chat transcript: panic attacks, anxiety disorder, psychotherapy, health policy",
                 "2025-09-03 20:04", "Svenja Klaasen <svenja.klaasen@auerhahn.example>",
                 "Leistung Kranken ambulant <leistung.kranken@auerhahn.example>",
                 "Chat CH-250903-2206 - Anfrage Psychotherapie - nur schriftlich antworten",
                 html=html, html_only=True)


def m044():
    body = """Dear Ms Fontaine,

thank you for your call today. We have updated the bank details for
your contracts as requested:

  Household insurance      HR 55498203
  Personal liability       PH 38355617

  New account:             IBAN DE** **** **** **** **12 17
                           (Commerzbank, account holder Amélie Fontaine)
  Valid from:              next direct debit on 1 September 2025

Your new SEPA direct debit mandate reference is AH-SEPA-2025-0817734.
We will send you the written mandate confirmation by post within the
next few days.

If anything is incorrect, please let us know.

Kind regards
Rahul Menon
International Service Desk
Auerhahn Allgemeine Versicherung AG"""
    return build("C", "en", "insurer-to-customer",
                 "confirmation of bank-detail change: named customer, masked IBAN, household and liability policies",
                 "2025-08-14 11:28", "Auerhahn International Service <service-international@auerhahn.example>",
                 "Amélie Fontaine <amelie.fontaine@courriel.example>",
                 "Your new bank details - HR 55498203 / PH 38355617", body)


def m045():
    rows = [["Personaleinsatzplanung KSC Sommer 2025 (Stand 12.05.)", "", "", "", "", ""],
            ["KW", "Prognose Anrufe", "benötigte FTE", "verfügbare FTE (nach Urlaub)", "Delta", "Maßnahme"],
            [27, 14850, 96.5, 91.0, -5.5, "Overflow TeleDialog 6 FTE"],
            [28, 14210, 92.3, 84.5, -7.8, "Overflow + Chat reduzieren"],
            [29, 13960, 90.7, 80.0, -10.7, "Urlaubssperre TL prüfen"],
            [30, 13300, 86.4, 79.5, -6.9, "Overflow TeleDialog 6 FTE"],
            [31, 12880, 83.7, 81.0, -2.7, ""],
            [32, 12650, 82.2, 85.5, 3.3, ""],
            [33, 12900, 83.8, 88.0, 4.2, "Schulung Gesundheitsfragen (2 Gruppen)"],
            [34, 13420, 87.2, 90.0, 2.8, ""],
            ["Annahmen: AHT 352 s, Shrinkage 32 %, SL-Ziel 80/20; Reise-Notruf separat geplant", "", "", "", "", ""]]
    body = """Hallo Frau Dr. Kröger, hallo Teamleitungen,

anbei die Personaleinsatzplanung für den Sommer. Engpass sind KW 28-30
(Ferien NI/TH gleichzeitig). Ohne zusätzlichen Overflow laufen wir in
KW 29 auf ca. 68 % Servicelevel. Ich schlage vor, bei TeleDialog Nord
für KW 27-30 je 6 FTE abzurufen (Budget ist im Plan).

Bitte bis 19.05. Rückmeldung.

Viele Grüße
Henrik Vogt
Workforce Management KSC"""
    return build("N", "de", "internal",
                 "trap: staffing forecast (FTE per week), no personal data",
                 "2025-05-12 17:02", "Henrik Vogt <henrik.vogt@auerhahn.example>",
                 "Dr. Sabine Kröger <sabine.kroeger@auerhahn.example>",
                 "PEP Sommer 2025 - Engpass KW 28-30", body,
                 cc="KSC Teamleitungen <ksc-teamleitungen@auerhahn.example>",
                 atts=[("PEP_Sommer_2025.xlsx", CT_XLSX, xlsx(rows, "PEP"))])


def m046():
    body = """ESCALATION - newborn not yet insured, hospital chasing payment

To: Health Claims Inpatient / Health Underwriting
From: International Service Desk (team lead)

Member: Mr Pieter van der Berg, IHP-206604 (family plan: member + spouse)
Newborn: Noor van der Berg, born 27/07/2025 at 31+2 weeks (premature)

The father called three times this week (29/07, 31/07, today). Noor
has been in the neonatal intensive care unit (NICU) at the University
Hospital Göttingen since birth, with breathing support (CPAP) and
feeding by tube. The hospital's billing department has asked the
parents for a guarantee of payment because the baby "is not on the
policy".

Mr van der Berg submitted the application to add the newborn on 29/07
via the app (within the 2-month window, so cover should apply from
birth without health questions). The application is still "pending
underwriting" in KIS.

Request:
1. Underwriting: please confirm inclusion of the newborn from date of
   birth today if at all possible.
2. Inpatient claims: please send the guarantee of payment to the
   hospital (Neonatology, Ms Brandes, billing) and let us know.
3. Callback to Mr van der Berg by tomorrow noon: +49 170 5514 2093.

He was very stressed but polite. Please treat as priority.

Claire Donnelly
Team Lead International Service Desk"""
    return build("S", "en", "internal",
                 "escalation: premature newborn in NICU, inclusion in health plan, guarantee of payment",
                 "2025-08-01 12:05", "Claire Donnelly <claire.donnelly@auerhahn.example>",
                 "Leistung Kranken stationär <leistung.stationaer@auerhahn.example>",
                 "ESCALATION - IHP-206604 van der Berg - newborn NICU, GOP needed",
                 body, cc="Antrag Kranken <antrag.kranken@auerhahn.example>",
                 headers={"Importance": "high"})


def m047():
    body = """Hi Liability Claims,

callback request, please.

Caller: Mr Daniel Kowalczyk (policyholder)
Policy: PH 38401225 (private liability incl. dog owner's liability)
Phone: 0157 8820 3391 (after 17:00)

What happened (his words): On Sunday 12/10 his dog (Labrador, "Bruno")
got off the lead in the garden and dug under the neighbour's new
wooden fence, two panels broken, flower bed destroyed. Neighbour is
Mrs Elke Dannenberg, Obere Karspüle 22, Göttingen. Nobody was hurt,
the neighbour's cat is fine too (he specifically said that).
Neighbour has a quote from her carpenter: EUR 780.

He wants to know whether he should pay the neighbour directly and claim
it back, or whether we pay her. I told him not to accept liability or
pay before claims has checked it.

Thanks,
Sophie (EN desk)"""
    return build("C", "en", "internal",
                 "callback: dog damaged neighbour's fence, named policyholder and third party, liability policy; nobody hurt",
                 "2025-10-14 10:03", "Sophie Lindqvist <sophie.lindqvist@auerhahn.example>",
                 "Schaden Haftpflicht <schaden.haftpflicht@auerhahn.example>",
                 "Callback PH 38401225 Kowalczyk - dog / fence", body)


def m048():
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Auerhahn//Kalender 16.0//DE\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:schulung-gesundheitsfragen-2025-08-12@auerhahn.example\r
DTSTAMP:20250714T080000Z\r
DTSTART;TZID=Europe/Berlin:20250812T090000\r
DTEND;TZID=Europe/Berlin:20250812T120000\r
SUMMARY:Schulung: Neue Gesundheitsfragen im Antrag KV/BU (Gruppe 1)\r
LOCATION:Schulungsraum 0.08 / Teams\r
ORGANIZER;CN=Lea Hoffstätter:mailto:lea.hoffstaetter@auerhahn.example\r
DESCRIPTION:Ab 01.10. gelten verkürzte Gesundheitsfragen (5 statt 12 Jahre\r
  für ambulante Behandlungen). Was ändert sich für Rückfragen von\r
  Antragstellern am Telefon? Referent: Dr. Jürgen Blome\\, Risikoprüfung.\r
END:VEVENT\r
END:VCALENDAR\r
"""
    body = """Hallo zusammen,

Einladung zur Pflichtschulung "Neue Gesundheitsfragen im Antrag" für
die Teams Kranken und Leben. Gruppe 1 am 12.08., Gruppe 2 am 14.08.
(Einladung folgt separat). Bitte Termin annehmen, die Schichtplanung
ist informiert.

Viele Grüße
Lea"""
    return build("N", "de", "internal",
                 "trap: training invitation (ICS) about health questions in applications",
                 "2025-07-14 10:15", "Lea Hoffstätter <lea.hoffstaetter@auerhahn.example>",
                 "Team Kranken 1 <ksc-kranken1@auerhahn.example>, KSC Team Leben <ksc-leben@auerhahn.example>",
                 "Einladung: Schulung Gesundheitsfragen (Gruppe 1) 12.08.", body,
                 atts=[("einladung.ics", "text/calendar", ics)])


def m049():
    body = """Rückrufbitte Leben Vertragsservice

VN: Frau Monika Sternkopf, geb. 02.11.1962
Vertrag: L 30277459, Kapital-LV, Beginn 01.12.1997, Ablauf 01.12.2027
Tel.: 0551 79 11 408 (vormittags)

Frau Sternkopf fragt nach einem Policendarlehen über ca. 15.000 EUR
(sie möchte das Bad altersgerecht umbauen). Sie hat gelesen, dass das
bei alten Verträgen geht, und will wissen:
 - Höhe des möglichen Darlehens (aktueller Rückkaufswert?)
 - Zinssatz
 - ob die Bezugsberechtigung (Ehemann) davon berührt ist
Ich habe ihr die allgemeine Info aus KB-0233 gegeben, die konkreten
Werte bitte durch euch.

Danke
Jana Wiechert, KSC"""
    return build("S", "de", "internal",
                 "life contract: policy loan request with birth date, no medical word (personal line)",
                 "2025-06-23 09:48", "Jana Wiechert <jana.wiechert@auerhahn.example>",
                 "Leben Vertragsservice <leben.vertragsservice@auerhahn.example>",
                 "RR Policendarlehen L 30277459 Sternkopf", body)


def m050():
    body = """Hi Property Claims,

stolen e-bike reported on the EN line:

Customer:   Ms Priya Raghunathan, Düstere Straße 5, 37073 Göttingen
Policy:     HR 55511907 (household incl. bicycle theft, EUR 3,000 limit)
Bike:       Cube Kathmandu Hybrid, bought 04/2024 for EUR 2,899
Frame no.:  WBK2409C7731
Stolen:     night of 26/27 August, from the locked bike cellar
Police:     Polizeiinspektion Göttingen, case no. 2025-0419877
Phone:      0176 2243 0817

She has the purchase invoice and the lock receipt (Abus folding lock)
and will upload both. She asks how long it takes, as she needs the
bike for work. I've opened the claim in KIS: S-25-0587702.

Thanks,
Rahul"""
    return build("C", "en", "internal",
                 "e-bike theft claim: named customer, address, household policy, frame and police case numbers",
                 "2025-08-27 12:40", "Rahul Menon <rahul.menon@auerhahn.example>",
                 "Schaden Sach <schaden.sach@auerhahn.example>",
                 "E-bike theft - S-25-0587702 - Raghunathan", body)


def m051():
    body = """Hi team,

reminder of the ID&V (identification and verification) script for the
English line, version 4. Nothing new, but the last QM round showed that
step 3 is often skipped.

  1. "May I have your policy or member number, please?"
  2. "And your full name?"
  3. "To confirm your identity, could you tell me your date of birth
      and your postcode?"
  4. If the caller is not the policyholder: "May I ask how you are
      related to the policyholder?" -> check KIS for power of attorney
      or authorised person. No authorisation = general information only.
  5. For health, life and accident: NEVER confirm claims, treatments or
      payments to a third party without authorisation, not even "yes,
      we received it".

Example from the training (fictitious): Caller "John Sample", member
no. IHP-000000, date of birth 01/01/1970, postcode 12345 -> all three
match -> verified.

Thanks,
Claire"""
    return build("N", "en", "internal",
                 "trap: ID&V call script with fictitious example (John Sample, dummy number)",
                 "2025-08-22 08:20", "Claire Donnelly <claire.donnelly@auerhahn.example>",
                 "International Service Desk <ksc-international@auerhahn.example>",
                 "Reminder: ID&V script v4", body)


def m052():
    paras = [
        "Ingeborg Rathjen",
        "Lange Geismarstraße 51",
        "37073 Göttingen",
        "",
        "An den Vorstand der Auerhahn Krankenversicherung AG",
        "z. Hd. Herrn Dr. Kellermann persönlich",
        "",
        "Göttingen, 02.06.2025",
        "",
        "Krankenhaustagegeld - Vertrag K 4469817320",
        "",
        "Sehr geehrter Herr Dr. Kellermann,",
        "",
        "ich bin seit 31 Jahren bei Ihnen versichert und habe noch nie einen Brief an einen Vorstand geschrieben. "
        "Vom 04.03. bis 29.03.2025 lag ich im Evangelischen Krankenhaus Weende, zuerst auf der Kardiologie "
        "(Herzschwäche, Wassereinlagerungen), danach 12 Tage auf der geriatrischen Frührehabilitation.",
        "",
        "Ihr Haus zahlt mir das Krankenhaustagegeld nur für 13 Tage, weil die Frühreha angeblich "
        "\"keine medizinisch notwendige Heilbehandlung im Krankenhaus\" sei. Ich war die ganze Zeit im "
        "selben Krankenhaus und konnte nicht allein laufen.",
        "",
        "Am Telefon wurde ich dreimal vertröstet. Eine junge Dame sagte mir, ich solle \"halt Widerspruch "
        "einlegen\". Das habe ich am 22.04. getan. Antwort: keine.",
        "",
        "Ich bitte Sie, sich persönlich darum zu kümmern.",
        "",
        "Mit freundlichen Grüßen",
        "Ingeborg Rathjen",
    ]
    body = """Hallo Frau Sander,

anbei der Brief von Frau Rathjen an Herrn Dr. Kellermann (Vorstands-
beschwerde), vom Vorstandsbüro heute an uns gegeben, eingescannt und
abgetippt. Bitte als Vorstandsbeschwerde mit 10-Tage-Frist anlegen.
Das KSC hat die drei Anrufe im KIS (11.04., 23.04., 15.05.)
dokumentiert, Notizen hängen am Vorgang.

Antwortentwurf bitte über Vorstandsbüro zur Unterschrift.

Viele Grüße
Frank Lüdemann"""
    return build("S", "de", "internal",
                 "harmless body; DOCX letter to the board: heart failure, hospital stay, early rehab, hospital daily benefit",
                 "2025-06-05 11:18", "Frank Lüdemann <frank.luedemann@auerhahn.example>",
                 "Julia Sander <julia.sander@auerhahn.example>",
                 "Vorstandsbeschwerde Rathjen - Frist 16.06.", body,
                 atts=[("Vorstandsbeschwerde_Rathjen_2025-06-02.docx", CT_DOCX, docx(paras))])


def m053():
    body = """Sprachnachricht (automatisch transkribiert), Mailbox Schaden Sach
Eingang Sa 15.02.2025 18:47, Dauer 1:12, Konfidenz 69 %

"hallo hier ist Jannik Freese ich wohne zur Miete in der
Reinhäuser Landstraße 38 in Göttingen zweiter Stock und habe bei
ihnen die Hausrat Versicherung ähm heute Nachmittag ist bei mir in der
Küche der Schlauch von der Spülmaschine geplatzt und das Wasser ist
durch den Boden gelaufen unten beim Nachbarn Herr Özdemir tropft es
von der Decke der Vermieter weiß Bescheid Wasser ist abgestellt der
Laminat ist hin und der Unterschrank auch ich weiß nicht ob das die
Hausrat oder die Haftpflicht ist ich hab beides bei ihnen rufen sie
mich bitte zurück null eins fünf neun null sechs zwei sieben vier
drei acht eins danke"

---
KSC Mo 17.02., M. Kaltofen: Verträge HR 55290846 und PH 38217733
gefunden. Bitte Schadenanlage Leitungswasser (Hausrat) und Haftpflicht
(Schaden beim Nachbarn). Kunde zurückgerufen, Fotos angefordert."""
    return build("C", "de", "customer",
                 "voicemail: tenant's water damage, named customer and neighbour, address, household/liability policies",
                 "2025-02-17 08:36", "Mandy Kaltofen <mandy.kaltofen@auerhahn.example>",
                 "Schaden Sach <schaden.sach@auerhahn.example>",
                 "Leitungswasser Freese - Sprachnachricht 15.02.", body,
                 charset="windows-1252", cte="8bit")


def m054():
    body = """Hallo Team Pflege und Team Kranken,

neuer FAQ-Eintrag KB-0517 "Pflegegrad - was sagen wir am Telefon?"
ist freigegeben. Kurzfassung:

F: Der Kunde fragt, wie er einen Pflegegrad bekommt.
A: Den Pflegegrad stellt nicht Auerhahn fest, sondern die Pflegekasse
   (bei gesetzlich Versicherten) bzw. bei unseren Pflichtpflege-
   versicherten MEDICPROOF im Auftrag der privaten Pflegeversicherung.
   Antrag formlos, Begutachtung zu Hause.

F: Zahlen wir automatisch, wenn ein Pflegegrad da ist?
A: Nein. Für das Pflegetagegeld (Zusatzversicherung) braucht die
   Leistungsabteilung den Bescheid in Kopie. Einreichung per App,
   Post oder Kundenpostfach.

F: Ab wann wird gezahlt?
A: Grundsätzlich ab Beginn des im Bescheid genannten Pflegegrads,
   frühestens ab Antragstellung bei uns - Details klärt Leistung Pflege.

F: Ein Angehöriger ruft an.
A: Auskunft nur mit Vollmacht (Vorsorgevollmacht/Betreuerausweis im
   KIS hinterlegt). Sonst nur allgemeine Informationen.

Viele Grüße
Sven Höfer
Wissensmanagement KSC"""
    return build("N", "de", "internal",
                 "trap: FAQ on care levels and care benefit, generic answers",
                 "2025-03-27 08:03", "Sven Höfer <sven.hoefer@auerhahn.example>",
                 "KSC Team Pflege <ksc-pflege@auerhahn.example>, Team Kranken 1 <ksc-kranken1@auerhahn.example>",
                 "FAQ KB-0517 Pflegegrad - Telefonauskunft", body)


def m055():
    body = """Hi Provider Relations,

I had a call today from a GP practice in Hamburg (Praxis Dr. Lüttjohann,
Eppendorfer Weg; practice manager Ms Brix, phone 040 4711 0290).
She didn't call about a patient. Her question was general: the
practice is switching to a new billing software and wants to know
whether they can send invoices for our privately insured patients to
us electronically, and whether we accept the "eRechnung" format.

I told her I'd pass it on. Could someone from your team get back to her
with the general information on direct electronic billing?

Thanks!
Sophie Lindqvist
International Service Desk"""
    return build("N", "en", "internal",
                 "trap: doctor's practice asks generally about electronic billing, no patient",
                 "2025-09-17 14:27", "Sophie Lindqvist <sophie.lindqvist@auerhahn.example>",
                 "Leistungserbringer-Management <provider.relations@auerhahn.example>",
                 "Call from GP practice - electronic billing question", body)


def m056():
    body = """Complaint summary (phone) - please review

Complaint ID: BM-25-02911
Customer: Mr and Mrs Callum & Fiona MacAskill, Rosdorf
Contract: WG 61337582 (buildings insurance, detached house, built 1978)
Received: 02/12/2025, EN line, agent Tomás Ferreira

The customers received the renewal with an increase from EUR 1,046 to
EUR 1,388 per year (+32.7 %), explained in the letter by the
construction cost index and the "risk surcharge for water damage". They
had two water claims (S-23-0118820 and S-24-0204411). They say nobody
told them about a surcharge and they feel "punished for using the
insurance". They would accept a higher excess (EUR 500 or 1,000) if
this reduces the premium.

Expectation: alternative quote with higher excess, explanation of the
surcharge, within two weeks (renewal date 01/01).

Claire Donnelly
International Service Desk"""
    return build("C", "en", "internal",
                 "complaint summary: named couple, buildings policy, premium figures, prior claim numbers",
                 "2025-12-03 09:44", "Claire Donnelly <claire.donnelly@auerhahn.example>",
                 "Beschwerdemanagement <beschwerde@auerhahn.example>",
                 "BM-25-02911 MacAskill - buildings renewal +32.7 %", body,
                 cc="Sach Betrieb <sach.betrieb@auerhahn.example>")


def m057():
    body = """KSC-Info Nr. 14 / Mai 2025
Der interne Newsletter für Göttingen, Erfurt und Lissabon

1. Zahlen des Monats
   Im April haben wir 61.204 Anrufe und 8.930 Chats bearbeitet.
   Servicelevel 81,2 % - erstmals seit Oktober wieder über Ziel. Danke!

2. Neu im Team
   Wir begrüßen in Göttingen Hatice Demir und Jonas Kuhlmann (Team
   Kranken 2) sowie in Erfurt Franziska Melzer (Team Sach). In Lissabon
   sind vier neue Kolleginnen bei Atlantico für die englische Linie
   gestartet.

3. Themen, die euch am Telefon erwarten
   - Beitragsanpassung Krankenversicherung: Die Briefe gehen ab 20.10.
     raus. Schulung dazu im September.
   - Zahnzusatz: neue Tarife ZahnPlus 70/90 ab 01.07.
   - Kfz: Wechselsaison ab November, Kündigungsrückgewinnung läuft
     wieder über Team Kfz 1.

4. Gesundheit am Arbeitsplatz
   Die Betriebsärztin bietet am 20. und 21.05. Sehtests und Beratung
   zur Bildschirmarbeit an. Anmeldung über das Intranet.

5. Glückwunsch
   Kerstin Bollmann feiert 20 Jahre Auerhahn! Kuchen am 23.05. in der
   Teeküche 2. OG.

Redaktion: Anke Brüning, Lea Hoffstätter"""
    return build("N", "de", "internal",
                 "trap: internal newsletter with new colleagues, anniversary, generic health-at-work offer",
                 "2025-05-15 12:00", "KSC Info <ksc-info@auerhahn.example>",
                 "KSC alle <ksc-alle@auerhahn.example>",
                 "KSC-Info Nr. 14 / Mai 2025", body)


def m058():
    rows = [["QM-Stichprobe KSC Kranken, KW 19/2025", "", "", "", "", "", ""],
            ["Datum", "Agent", "Vertrag", "Anliegen (Kurzbeschreibung)", "Punkte", "Note", "Feedback"],
            ["05.05.2025", "H. Demir", "K 4471558302", "Zahnarztrechnung Wurzelbehandlung 46, Kürzung GOZ 2410 nachgefragt", 22, "sehr gut", "-"],
            ["05.05.2025", "J. Kuhlmann", "K 4470220917", "KH-Aufenthalt Knie-TEP, Kostenübernahme Reha nachgefragt", 17, "befriedigend", "Reha-Zusage nicht versprechen"],
            ["06.05.2025", "T. Renz", "K 4472918844", "Erstattung Insulinpumpe (Diabetes Typ 1), Hilfsmittelkatalog", 21, "gut", "-"],
            ["07.05.2025", "S. Klaasen", "K 4469033716", "Beitragsfrage, keine Leistungsthemen", 24, "sehr gut", "-"],
            ["08.05.2025", "N. Brandhorst", "K 4473877205", "Rechnung Psychiater, Abrechnung F33.1 nach GOÄ 804/806", 15, "ausreichend", "Diagnose nicht ins Freitextfeld"],
            ["09.05.2025", "D. Okafor", "K 4471004476", "Schwangerschaftsvorsorge, Ersttrimester-Screening privat?", 20, "gut", "-"]]
    body = """Hallo Anke,

anbei die Stichprobe KW 19 für Team Kranken 2, wie jede Woche. Zwei
Feedbackgespräche nötig (Jonas, Nils), den Rest bespreche ich in der
Teamrunde.

Gruß
Miriam"""
    return build("S", "de", "internal",
                 "harmless body; QM sample XLSX lists policy numbers with root canal, knee replacement, diabetes, F33.1, pregnancy",
                 "2025-05-12 15:07", "Miriam Castell <miriam.castell@auerhahn.example>",
                 "Anke Brüning <anke.bruening@auerhahn.example>",
                 "QM KW 19 Team Kranken 2", body,
                 atts=[("QM_Stichprobe_KW19_Kranken2.xlsx", CT_XLSX, xlsx(rows, "KW19"))])


def m059():
    body = """Sehr geehrter Herr Lampe,

vielen Dank für Ihren Anruf. Wie besprochen bestätige ich Ihnen, dass
wir die Übertragung des Schadenfreiheitsrabatts von Ihrem Vater auf Sie
vorbereiten.

  Abgebender Vertrag:    KF 76002198, Herr Wilfried Lampe
                         (SF 25, VW Passat, GÖ-WL 55, wird stillgelegt)
  Ihr Vertrag:           KF 77518840, Herr Marvin Lampe, geb. 19.03.1999
                         (Seat Leon, GÖ-ML 990)
  Nachweis der Fahrpraxis: Sie sind seit 2017 im Besitz der Fahrerlaubnis
                         und waren im Vertrag Ihres Vaters als Fahrer
                         eingetragen.

Damit wir die Übertragung durchführen können, schicken Sie uns bitte
die unterschriebene Übertragungserklärung zurück (von Ihnen UND Ihrem
Vater). Das Formular liegt in Ihrem Kundenpostfach.

Übertragbar sind höchstens so viele schadenfreie Jahre, wie Sie selbst
die Fahrerlaubnis besitzen. Nach der Prüfung erhalten Sie einen neuen
Versicherungsschein.

Mit freundlichen Grüßen
Nils Brandhorst
Kundenservicecenter
Auerhahn Allgemeine Versicherung AG"""
    return build("C", "de", "insurer-to-customer",
                 "no-claims transfer from father: names, birth date, motor policies, plates",
                 "2025-11-06 13:50", "Auerhahn Kundenservice <service@auerhahn.example>",
                 "Marvin Lampe <marvin.lampe@web-post.example>",
                 "SF-Übertragung KF 76002198 -> KF 77518840", body)


def m060():
    body = """Hi all,

storm warning (DWD level 3) for Lower Saxony and Thuringia from Thursday
evening. From experience we expect 2-3 times the normal volume on the
property claims queues Friday to Monday, on the English line as well.

Could I ask for volunteers for extra hours:
  - Fri 16:00-20:00 (2 people)
  - Sat 09:00-15:00 (3 people)
  - Mon 07:00-09:00 (2 people)

Overtime is paid at the weekend rate. Atlantico will add 4 agents on
Saturday. Reply to me by Wednesday noon, first come first served.

Cheers
Claire"""
    return build("N", "en", "internal",
                 "trap: overtime request for storm event, no personal data",
                 "2025-10-20 10:02", "Claire Donnelly <claire.donnelly@auerhahn.example>",
                 "International Service Desk <ksc-international@auerhahn.example>",
                 "Storm this weekend - volunteers for extra hours?", body)


def m061():
    body = """Telefonnotiz - Anruf einer Arztpraxis

Datum/Zeit: 29.09.2025, 11:35
Anrufer: Praxis Dr. med. Fenja Thiele, Hämatologie/Onkologie, Kassel
         (MFA Frau Wolter, Tel. 0561 7739 400)
Betrifft Patientin: Frau Gisela Brömmel, versichert bei uns, K 4468550192

Anliegen:
Die Praxis möchte eine Kostenübernahmezusage für eine
Immuntherapie (Pembrolizumab) bei Frau Brömmel, geplanter Beginn
07.10. Der Antrag mit Arztbrief ist laut Praxis am 19.09. per Fax
an uns gegangen. Die Praxis braucht die Zusage vor der ersten Gabe,
sonst muss der Termin verschoben werden.

Ich habe keine Auskunft zum Stand gegeben (Anruferin ist nicht
Versicherte, Schweigepflichtentbindung für die Praxis ist im KIS
nicht erkennbar). Zusage: Die Leistungsabteilung meldet sich bei der
Versicherten und/oder bei der Praxis, falls Entbindung vorliegt.

Bitte Prüfung, ob der Antrag eingegangen ist (Fax-Eingang 19.09.).

Dennis Okafor
KSC Team Kranken 1"""
    return build("S", "de", "internal",
                 "call note from oncology practice: immunotherapy cost approval for named insured",
                 "2025-09-29 11:52", "Dennis Okafor <dennis.okafor@auerhahn.example>",
                 "Leistung Kranken ambulant <leistung.kranken@auerhahn.example>",
                 "Anruf Praxis Dr. Thiele wg. KÜ K 4468550192", body)


def m062():
    html = """<html><head><meta charset="utf-8"><title>Chat CH-251104-0931</title></head>
<body style="font-family:Arial;font-size:12px">
<h4>Web chat CH-251104-0931 &ndash; 04/11/2025 09:31&ndash;09:52 &ndash; logged in</h4>
<p>Customer: Mr Nikolaos Papadakis &middot; household HR 55602213 &middot; Weender Landstraße 104, 37075 Göttingen</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>09:31</td><td>Customer</td><td>Hi, someone broke into our flat yesterday while we were at work. Police was here. What do I do now?</td></tr>
<tr><td>09:33</td><td>Agent Rahul</td><td>I'm sorry to hear that. Is everyone safe? I'll open a claim for you right away. Do you have the police case number?</td></tr>
<tr><td>09:34</td><td>Customer</td><td>yes everyone ok. police no. 2025-0581340, PI Göttingen</td></tr>
<tr><td>09:36</td><td>Customer</td><td>they took my laptop (MacBook Pro 2023), my wife's jewellery (gold necklace, 2 rings from her grandmother), a PlayStation 5 and about 300 EUR cash. the door lock is broken</td></tr>
<tr><td>09:40</td><td>Agent Rahul</td><td>Thank you. Claim S-25-0699124 is open. Please send us a list of stolen items with receipts or photos, the police report and the locksmith invoice. Cash is covered up to EUR 1,500.</td></tr>
<tr><td>09:47</td><td>Customer</td><td>the locksmith already came, invoice 289 EUR</td></tr>
<tr><td>09:50</td><td>Agent Rahul</td><td>Perfect, please upload it too. A claims handler will contact you within 3 working days.</td></tr>
<tr><td>09:52</td><td>Customer</td><td>thanks</td></tr>
</table></body></html>"""
    body = """Hi Property Claims,

burglary claim opened via chat this morning, transcript attached with
the list of stolen items. Customer asked for a quick decision on the
lock (invoice already paid by him).

Rahul"""
    return build("C", "en", "internal",
                 "harmless body; chat transcript attachment: burglary, named customer, address, household policy",
                 "2025-11-04 10:05", "Rahul Menon <rahul.menon@auerhahn.example>",
                 "Schaden Sach <schaden.sach@auerhahn.example>",
                 "burglary S-25-0699124 - chat attached", body,
                 atts=[("CH-251104-0931.html", "text/html", html)])


def m063():
    rows = [["department", "open_callbacks", "older_than_2_days", "older_than_5_days", "oldest_days", "date"],
            ["Health claims outpatient", 412, 198, 61, 14, "2025-10-27"],
            ["Health claims inpatient", 87, 22, 4, 7, "2025-10-27"],
            ["Dental", 133, 70, 19, 11, "2025-10-27"],
            ["Long-term care", 17, 3, 0, 4, "2025-10-27"],
            ["Life / disability", 55, 31, 12, 18, "2025-10-27"],
            ["Motor claims", 21, 2, 0, 3, "2025-10-27"],
            ["Property claims", 64, 20, 5, 9, "2025-10-27"],
            ["Premium collection", 38, 9, 1, 6, "2025-10-27"]]
    body = """Dear department heads,

as agreed in the steering meeting, every Monday you will get the
callback backlog per department from the CRM (callback requests
created by the service centre and not yet closed). Figures as of this
morning attached.

The outpatient health backlog is still the biggest driver of repeat
calls: roughly one in four calls on that queue is a customer chasing a
callback. Anything you can do on the items older than five days would
help us a lot.

Kind regards
Henrik Vogt
Workforce Management, Customer Service Centre"""
    return build("N", "en", "internal",
                 "trap: callback backlog per department (health, life) as counts only, CSV",
                 "2025-10-27 09:10", "Henrik Vogt <henrik.vogt@auerhahn.example>",
                 "Abteilungsleitungen Leistung <al-leistung@auerhahn.example>",
                 "Callback backlog per department - 27/10", body,
                 atts=[("callback_backlog_2025-10-27.csv", "text/csv", csvb(rows, delim=","))])


def m064():
    body = """Shift handover Atlantico EN line -> Göttingen early shift, 23/09/2025

Volumes: 412 calls / 57 chats in our shift, SL 83 %. No outages.

Open items for Göttingen:

1) IHP-203388, Mr Thomas Greaves - his daughter Emily (14) was admitted
   to hospital in Porto yesterday with a broken forearm after a fall on
   the school trip; surgery (K-wire) done last night. Hospital sent the
   invoice to the parents (EUR 3,960). Father asks whether we pay the
   hospital directly. Assistance has the case as AS-25-09912, medical
   report requested. Please check status at 9:00 and call him on
   +44 7911 238 004.

2) K 4474071180, Ms Agnieszka Wróbel - chat yesterday 21:40, asks why
   her dental cleaning (PZR) was only reimbursed at EUR 80. Standard
   tariff answer given, she still wants a written explanation. Callback
   request to Dental already sent (RR-0923-117).

3) Customer with a PIN reset issue for the app - solved, no action.

Team Lisbon
(Paulo Reis, shift lead)"""
    return build("S", "en", "internal",
                 "nearshore shift handover: child's forearm fracture and surgery abroad, dental cleaning; health numbers",
                 "2025-09-23 06:58", "Paulo Reis (ext.) <ext.paulo.reis@auerhahn.example>",
                 "International Service Desk <ksc-international@auerhahn.example>",
                 "Handover Lisbon -> GÖ early 23/09", body)


def m065():
    body = """VoxScribe transcript - EN service line mailbox
Received: 2025-07-19 16:44  Duration: 00:49  Confidence: 0.73

"hi it's Ben Okafor-Hale calling, I've got car insurance with you the
policy number is K F seven seven four six two zero nine one I sold the
car today a Mazda two registration G O dash B O one two three four the
buyer is picking it up tomorrow and he's registering it himself so I'd
like to cancel the policy from tomorrow can you confirm by email to
ben dot hale at freemail dot example thanks bye"

--
Motor contracts team: sales contract received by e-mail this evening
(buyer: Mr Arne Lüttich, Kassel). Please cancel KF 77462091 per 20/07
and confirm to the customer. Note: name in KIS is Benjamin Okafor-Hale.
Tomás"""
    return build("C", "en", "customer",
                 "voicemail: motor policy cancellation after sale, names, plate, policy number",
                 "2025-07-19 17:30", "Tomás Ferreira <tomas.ferreira@auerhahn.example>",
                 "Kfz Vertrag <kfz.vertrag@auerhahn.example>",
                 "Cancel KF 77462091 - car sold - voicemail 19/07", body)


def m066():
    body = """Liebe Teamleitungen,

aus der Beschwerde-Fallkonferenz vom 08.07. die "Lessons learned" für
eure Teamrunden. Die Fälle sind anonymisiert, bitte keine Rückfragen
nach Namen im Team - es geht um die Muster.

Fall A (Kranken): Kunde ruft viermal wegen derselben Rechnung an,
jedes Mal wird ein neuer Rückruf angelegt, keiner wird erledigt.
-> Vor dem Anlegen prüfen, ob schon eine Rückrufbitte offen ist, und
   diese eskalieren statt zu duplizieren.

Fall B (Kfz): Agent sagt am Telefon "Das zahlen wir auf jeden Fall".
Regulierung lehnt später ab.
-> Keine Leistungszusagen am Telefon, Formulierung aus TB-003.

Fall C (Leben): Angehörige meldet Todesfall, wird in drei Abteilungen
weiterverbunden und muss den Tod dreimal erklären.
-> Todesfallmeldungen immer komplett im KSC aufnehmen (Leitfaden
   LF-12) und EINE Rückrufbitte an Leben Leistung.

Fall D (Sach): Kunde bekommt Rückruf um 7:30, obwohl er "ab 15 Uhr"
angegeben hatte.
-> Erreichbarkeit ins Pflichtfeld, nicht in den Freitext.

Viele Grüße
Julia Sander
Beschwerdemanagement"""
    return build("N", "de", "internal",
                 "trap: anonymised complaint case patterns (health, life death notification), no identifiers",
                 "2025-07-10 11:30", "Julia Sander <julia.sander@auerhahn.example>",
                 "KSC Teamleitungen <ksc-teamleitungen@auerhahn.example>",
                 "Lessons learned Fallkonferenz 08.07.", body)


def m067():
    body = """Rückrufbitte an Beitragsbuchhaltung Kranken

VN: Herr Kai-Uwe Brandt, Kassel
Vertrag: K 4467702114 (Krankheitskostenvollversicherung)
Tel.: 0561 2098 4410

Herr Brandt hat angerufen, weil er Post bekommen hat, dass sein Vertrag
wegen Beitragsrückstand (lt. KIS 4 Monatsbeiträge, 2.311,48 EUR) ab
01.08. in den Notlagentarif umgestellt wird und dass "die Leistungen
ruhen". Er ist seit März selbständig ohne Aufträge und bezieht noch
kein Bürgergeld, Antrag läuft.

Er hat in zwei Wochen einen Termin beim Kardiologen und fragt, ob
das noch bezahlt wird. Ich habe ihm gesagt, dass im Notlagentarif
akute Erkrankungen und Schmerzzustände weiter versichert sind, er sich
aber wegen der Einzelheiten und einer möglichen Ratenvereinbarung mit
euch abstimmen soll. Hinweis auf Bestätigung des Jobcenters (Hilfe-
bedürftigkeit) gegeben.

Bitte Rückruf bis Freitag.
Mandy Kaltofen, KSC Erfurt"""
    return build("S", "de", "internal",
                 "health-insurance premium arrears, emergency tariff, cardiology appointment, financial hardship",
                 "2025-07-15 14:26", "Mandy Kaltofen <mandy.kaltofen@auerhahn.example>",
                 "Beitragsbuchhaltung Kranken <inkasso.kranken@auerhahn.example>",
                 "RR K 4467702114 Brandt - Notlagentarif", body)


def m068():
    body = """Hallo Rechtsschutz-Schaden,

Rückrufbitte wegen neuer Arbeitsrechtssache, Kunde will vor Ablauf der
Klagefrist wissen, ob er Deckung hat.

VN: Herr Emre Yıldırım, Gothaer Platz 3, 99084 Erfurt
Vertrag: RS 9011873 (Privat-/Berufs-RS, seit 2019)
Tel.: 0163 5537 2804

Sachverhalt lt. Kunde: Ordentliche Kündigung durch den Arbeitgeber
(Logistik Thüringen GmbH, Lager Erfurt-Kühnhausen) vom 21.08.,
zugegangen am 22.08., Begründung "betriebsbedingt". Er ist seit 2016
dort als Schichtleiter, Bruttogehalt 3.640 EUR/Monat. Er möchte
Kündigungsschutzklage erheben, Frist läuft am 12.09. ab. Anwalt hat er
schon: Kanzlei Grothe & Partner, Erfurt.

Bitte Deckungsanfrage der Kanzlei abwarten bzw. Kunden direkt
zurückrufen, er ist nervös wegen der Frist.

Piotr Nowak, KSC Erfurt"""
    return build("C", "de", "internal",
                 "legal expenses employment case: named customer, address, employer, salary",
                 "2025-08-26 15:03", "Piotr Nowak <piotr.nowak@auerhahn.example>",
                 "Rechtsschutz Schaden <rechtsschutz.schaden@auerhahn.example>",
                 "RR RS 9011873 Yıldırım - Kündigungsschutz, Frist 12.09.", body)


def m069():
    lines = [
        "Auerhahn Academy - Module KSC-EN-11",
        "Handling calls about a deceased policyholder",
        "",
        "Learning goals",
        "- Respond with empathy and without rushing the caller",
        "- Collect the information needed for ONE complete notification",
        "- Explain next steps without promising payments",
        "",
        "Opening",
        "\"I'm very sorry for your loss. I'll take down everything we need today,",
        " so you don't have to explain it again.\"",
        "",
        "What we record",
        "- Policy number(s) of the deceased, date of death",
        "- Caller's name, relation, contact details",
        "- Whether an executor, certificate of inheritance or power of attorney exists",
        "",
        "What we do NOT ask on the phone",
        "- The cause of death. If the caller tells us, we do not write it in the",
        "  call note. The life claims team will ask for documents if needed.",
        "",
        "Which contracts?",
        "- Life / accident: claims team contacts the beneficiary in writing.",
        "- Health: contract ends, final invoices can still be submitted.",
        "- Motor / household: continue until cancelled by the heirs.",
        "",
        "Role play (fictitious): \"Hello, my name is Anna Example, my father",
        "passed away last week...\"",
    ]
    body = """Hi all,

slides for Thursday's refresher are attached (PDF). 45 minutes, room 2.14
or Teams. Please bring your headsets, we'll do the role play in pairs.

Lea"""
    return build("N", "en", "internal",
                 "trap: training slides on calls about deceased policyholders, fictitious role play",
                 "2025-06-30 09:12", "Lea Hoffstätter <lea.hoffstaetter@auerhahn.example>",
                 "International Service Desk <ksc-international@auerhahn.example>",
                 "KSC-EN-11 refresher - slides", body,
                 atts=[("KSC-EN-11_deceased_policyholder.pdf", "application/pdf", pdf(lines, "KSC-EN-11"))])


def m070():
    body = """Sprachnachricht-Transkript (VoxScribe) - Leitung Unfall
Eingang: Di 18.11.2025 19:26   Dauer 01:31   Konfidenz 60 %

"hallo hier spricht Nadine Oberdiek wir haben bei ihnen die Kinder
Unfall Versicherung für unseren Sohn Leon Oberdiek der ist acht
ähm der ist heute in der Pause in der Schule vom Klettergerüst
gefallen und hat sich den Unterarm gebrochen also Speiche und Elle
sagt der Arzt er wurde in der Uni Klinik operiert mit Drähten und
muss jetzt zwei Nächte da bleiben die Schule hat das der Unfall
Kasse gemeldet aber ich wollte fragen was wir bei ihnen machen
müssen die Nummer ist U fünf fünf drei null acht acht eins ich bin
erreichbar unter null eins sieben sechs drei neun acht zwei zwei
eins null vier danke"

---
Hallo Unfall-Leistung, Vertrag korrekt U 5530881 (Kinder-UV, Tarif
Kids Plus mit KH-Tagegeld). Bitte Unfallanzeige an die Mutter und
Rückruf. Gruß Svenja"""
    return build("S", "de", "customer",
                 "voicemail transcript: child's forearm fracture at school, surgery, child accident policy",
                 "2025-11-19 08:14", "Svenja Klaasen <svenja.klaasen@auerhahn.example>",
                 "Unfall Leistung <unfall.leistung@auerhahn.example>",
                 "Sprachnachricht Unfall Oberdiek U 5530881", body)


def m071():
    body = """Sehr geehrte Frau Lienemann,

wie heute am Telefon besprochen, haben wir Ihren Gepäckschaden
aufgenommen.

Reiseversicherung:  RE 2025-133907 (Jahres-Reiseschutz Familie)
Schadennummer:      RG-25-01872
Reise:              Hannover - Palma, 09.08.2025, Flug XY 2217
Schaden:            Koffer nicht angekommen; am 13.08. beschädigt
                    zugestellt, Inhalt teilweise nass

Bitte reichen Sie uns noch ein:
  - die Schadenbestätigung der Fluggesellschaft (PIR-Nummer HAJXY48812)
  - die Rechnungen für Ersatzkäufe vor Ort (Kleidung, Kosmetik)
  - eine Aufstellung der beschädigten Gegenstände mit Anschaffungsjahr

Vorrangig haftet die Fluggesellschaft; was diese nicht übernimmt,
erstatten wir im Rahmen der Versicherungssumme (2.000 EUR).

Mit freundlichen Grüßen
Doreen Schubert
Kundenservicecenter Erfurt
Auerhahn Allgemeine Versicherung AG"""
    return build("C", "de", "insurer-to-customer",
                 "travel baggage claim: named customer, policy and claim number, no health data",
                 "2025-08-18 12:02", "Auerhahn Kundenservice <service@auerhahn.example>",
                 "Tanja Lienemann <tanja.lienemann@mailbox-nord.example>",
                 "Ihr Gepäckschaden RG-25-01872", body)


def m072():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22.08.2025 nicht im Büro und lese meine
E-Mails nicht. In dringenden Fällen wenden Sie sich bitte an

  Sven Höfer, Teamleitung KSC Göttingen, sven.hoefer@auerhahn.example
  oder die Schichtleitung: ksc-schichtleitung@auerhahn.example

Anfragen von Kunden bitte direkt an service@auerhahn.example.

Mit freundlichen Grüßen
Anke Brüning
Teamleitung KSC Göttingen"""
    return build("N", "de", "internal",
                 "trap: out-of-office auto reply",
                 "2025-08-11 10:33", "Anke Brüning <anke.bruening@auerhahn.example>",
                 "Miriam Castell <miriam.castell@auerhahn.example>",
                 "Automatische Antwort: QM KW 32 Team Kranken 2", body,
                 headers={"Auto-Submitted": "auto-replied"})


def m073():
    body = """Hi Life Contracts,

chat this afternoon, customer wants to change the beneficiary on her
term life policy. Transcript (short):

[15:02] Customer (Ms Rebecca Thornbury, L 31455820): Hi, I got divorced
last month. My ex-husband is still the beneficiary on my life insurance.
I want to change it to my two children.
[15:04] Agent Sophie: I'm sorry to hear that. You can change a revocable
beneficiary at any time in writing. I'll send you the form.
[15:05] Customer: the kids are Oliver (9) and Maya (6) Thornbury. 50/50.
Can I do that online?
[15:07] Agent Sophie: The form needs your signature; you can upload the
signed form in My Auerhahn. For minors we recommend naming a guardian or
trustee - the life team can explain.
[15:09] Customer: ok. also is it a problem that the mortgage bank has
the policy assigned?
[15:11] Agent Sophie: I'll ask our life team to check the assignment
and get back to you in writing.

Please check whether there is an assignment (Abtretung) to the bank and
reply to her via the customer mailbox.

Thanks
Sophie"""
    return build("S", "en", "internal",
                 "life policy beneficiary change after divorce, children named, assignment to bank",
                 "2025-10-08 15:26", "Sophie Lindqvist <sophie.lindqvist@auerhahn.example>",
                 "Leben Vertragsservice <leben.vertragsservice@auerhahn.example>",
                 "Beneficiary change L 31455820 Thornbury (chat)", body)


def m074():
    body = """Hi Commercial Motor Claims,

the fleet manager of one of our commercial customers called on the
English line (German colleague was busy):

Customer: Nordhafen Logistics GmbH, Bremen
Contact:  Mr Jesper Holmgren, fleet manager, +49 421 6680 2215
Fleet policy: FL 80012477 (62 vehicles)
Vehicle:  Mercedes Sprinter HB-NL 4471, driver Mr Marek Zieliński

Incident 03/02/2025 approx. 07:10, A1 slip road Bremen-Hemelingen:
the van slid on ice into the crash barrier. Nobody injured. Barrier
damaged (Autobahn GmbH will invoice), van front damaged, towed to
Autohaus Weserland. Police reference VU-0302-1188.

Mr Holmgren wants to know whether we appoint an assessor or whether he
can instruct the garage directly (framework agreement?).

Thanks, Tomás"""
    return build("C", "en", "internal",
                 "fleet claim: company policy with named contact and named driver, plate; nobody injured",
                 "2025-02-03 10:48", "Tomás Ferreira <tomas.ferreira@auerhahn.example>",
                 "Kfz Flotte Schaden <kfz.flotte@auerhahn.example>",
                 "Fleet FL 80012477 - Sprinter HB-NL 4471 - barrier damage 03/02", body)


def m075():
    body = """Customer Service Centre - Monthly KPI summary, June 2025

                       June 2025   May 2025   Target
Calls offered             58,113     60,224        -
Service level 80/20       82.6 %     80.9 %     80 %
Abandon rate               4.1 %      4.8 %    < 5 %
First contact resolution  71.4 %     70.2 %     72 %
Avg. handling time (s)       349        355        -
Chats handled              9,480      9,011        -
Callback requests created 11,205     11,870        -
Complaints (all channels)    268        301        -
NPS (post-call survey)       +21        +18      +20

Notes:
- Health outpatient queue back above target for the first time in 2025.
- FCR below target mainly due to callback-driven topics (health claims,
  disability claims).
- EN line: SL 84.0 %, stable.

Reporting & Analytics, Customer Service Centre"""
    html = """<html><body style="font-family:Arial;font-size:10pt">
<h3 style="color:#1f4e79">Customer Service Centre &ndash; Monthly KPI summary, June 2025</h3>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde6f0"><th>KPI</th><th>June 2025</th><th>May 2025</th><th>Target</th></tr>
<tr><td>Calls offered</td><td>58,113</td><td>60,224</td><td>-</td></tr>
<tr><td>Service level 80/20</td><td>82.6 %</td><td>80.9 %</td><td>80 %</td></tr>
<tr><td>Abandon rate</td><td>4.1 %</td><td>4.8 %</td><td>&lt; 5 %</td></tr>
<tr><td>First contact resolution</td><td>71.4 %</td><td>70.2 %</td><td>72 %</td></tr>
<tr><td>Avg. handling time (s)</td><td>349</td><td>355</td><td>-</td></tr>
<tr><td>Chats handled</td><td>9,480</td><td>9,011</td><td>-</td></tr>
<tr><td>Callback requests created</td><td>11,205</td><td>11,870</td><td>-</td></tr>
<tr><td>Complaints (all channels)</td><td>268</td><td>301</td><td>-</td></tr>
<tr><td>NPS (post-call survey)</td><td>+21</td><td>+18</td><td>+20</td></tr>
</table>
<ul><li>Health outpatient queue back above target for the first time in 2025.</li>
<li>FCR below target mainly due to callback-driven topics (health claims, disability claims).</li>
<li>EN line: SL 84.0 %, stable.</li></ul>
<p>Reporting &amp; Analytics, Customer Service Centre</p></body></html>"""
    return build("N", "en", "internal",
                 "trap: monthly KPI summary text+HTML, health/disability mentioned as topics only",
                 "2025-07-03 08:00", "KSC Reporting <ksc-reporting@auerhahn.example>",
                 "Group Customer Experience <group-cx@auerhahn.example>",
                 "CSC monthly KPI summary - June 2025", body, html=html)


def m076():
    body = """Hallo Julia,

ja, kann ich für die Fallkonferenz nehmen, danke. Ich anonymisiere ihn
dann für die Folien, im Original lass ich ihn erst mal so.

Gruß Frank

> Am 14.11.2025 um 16:22 schrieb Julia Sander:
> Hallo Frank,
> hier noch ein Kandidat für die Fallkonferenz im Dezember - typischer
> Fall "drei Abteilungen, keiner zuständig". Unten meine Notiz aus dem
> BM-Tool.
>
> Gruß Julia
>
> > BM-25-02640 / Eingang 10.11.2025 telefonisch (KSC Erfurt)
> > Kunde: Herr Bernd Scholle, K 4470663208 (ZahnPlus 70)
> > Thema: Erstattung Zahnarztrechnung Dr. Kahlert vom 02.10.,
> > 2.184,60 EUR: Wurzelkanalbehandlung an 26 und 27 (GOZ 2410,
> > 2440), Krone 26 (GOZ 2210). Erstattet wurden nur 1.102 EUR, die
> > elektrometrische Längenbestimmung und die Analogposition für die
> > Laser-Desinfektion wurden gestrichen.
> > Verlauf: Kunde rief 20.10. (KSC -> Leistung Zahn), 29.10. (Leistung
> > Zahn sagt: Beschwerde, bitte ans BM), 05.11. (BM sagt: erst
> > Widerspruch an Leistung Zahn). Kunde: "Ihr schiebt mich nur hin und
> > her."
> > Einschätzung: berechtigt (Zuständigkeit), Erstattung prüfen lassen.
> > Rückruf zugesagt bis 14.11.
"""
    return build("S", "de", "internal",
                 "body harmless; dental treatment details of named insured only in doubly quoted complaint note",
                 "2025-11-17 09:05", "Frank Lüdemann <frank.luedemann@auerhahn.example>",
                 "Julia Sander <julia.sander@auerhahn.example>",
                 "AW: Kandidat Fallkonferenz Dezember", body,
                 headers={"In-Reply-To": "<20251114162200.bm-fallkonferenz@mail.auerhahn.example>"})


def m077():
    body = """Hallo Kfz Vertrag,

bitte Fahrerkreis erweitern:

VN: Herr Jörg Hillebrand, KF 77284406, BMW 118i GÖ-JH 4040
Neue Fahrerin: Tochter Lena Hillebrand, geb. 07.05.2007,
Führerschein (BF17) seit 05/2024, ab 07.05.2025 regulär (18 J.)

Kunde möchte wissen, was der Einschluss kostet, und ob er den
Fahrerkreis "VN + Partner" auf "VN + Partner + Kind" ändern muss. Er
fährt ab Mai selber nur noch wenig. Bitte Angebot/Beitragsberechnung
an den Kunden, Tel. 0551 3904 117 oder Kundenpostfach.

Danke,
Murat"""
    return build("C", "de", "internal",
                 "adding young driver: daughter's birth date, motor policy, plate",
                 "2025-04-28 11:20", "Murat Aydın <murat.aydin@auerhahn.example>",
                 "Kfz Vertrag <kfz.vertrag@auerhahn.example>",
                 "Fahrerkreis KF 77284406 Hillebrand", body)


def m078():
    body = """Hallo zusammen,

kurzer Nachtrag zur FAQ KB-0390 "Versichertenkarte":

Es kommen immer wieder Anrufe mit der Frage nach der "elektronischen
Gesundheitskarte". Bitte erklären:

- Privat Vollversicherte bekommen von uns keine eGK, sondern die
  Auerhahn Card (Versichertenkarte für Ärzte und Krankenhäuser).
- Mit der Auerhahn Card kann das Krankenhaus direkt mit uns abrechnen
  (Klinik-Card-Funktion), beim Arzt dient sie nur zur Identifikation.
- Neue Karte bei Verlust: über die App unter "Meine Karten" oder am
  Telefon nach Legitimation, Versand in 5-7 Werktagen.
- Ab 2026 gibt es zusätzlich die digitale Karte in der App.

Textbaustein TB-142 wurde entsprechend angepasst.

Grüße
Sven"""
    return build("N", "de", "internal",
                 "trap: FAQ addendum on insurance card / health card, generic",
                 "2025-09-25 13:40", "Sven Höfer <sven.hoefer@auerhahn.example>",
                 "Team Kranken 1 <ksc-kranken1@auerhahn.example>, Team Kranken 2 <ksc-kranken2@auerhahn.example>",
                 "Nachtrag FAQ KB-0390 Versichertenkarte / eGK", body)


def m079():
    body = """Übergabe Reise-Notruf Nacht -> Tag, Sa 15.02.2025

Anrufe Nacht: 31, davon 6 neue Fälle, 4 Folgeanrufe, Rest Auskünfte.

Offene Fälle zur Übernahme:

AS-25-02217  Herr Jonas Gerlach (RE 2025-101765), Ischgl/Tirol
  Skiunfall gestern 15:40, Verdacht auf vorderen Kreuzbandriss rechts,
  MRT heute 9 Uhr im Sanatorium Zams. Kunde will in Deutschland
  operiert werden. Unser Arzt (Dr. Seidel) hält Heimfahrt im eigenen
  Pkw als Beifahrer für vertretbar, Entscheidung nach MRT. Bitte
  um 11 Uhr beim Kunden melden: +49 160 8812 0044.

AS-25-02219  Frau Marianne Ohlendorf (RE 2025-098230), Teneriffa
  Dialysepatientin, Feriendialyse im Centro de Diálisis Sur
  gebucht, Zentrum verlangt plötzlich Vorkasse 1.650 EUR für 6
  Behandlungen. Kostenübernahmeerklärung gestern 23:10 gefaxt,
  Eingangsbestätigung fehlt noch. Bitte nachhalken, Tel. Zentrum
  +34 922 555 381 (ab 9 Uhr Ortszeit = 10 Uhr bei uns).

AS-25-02220  erledigt (Zahnschmerzen, Zahnarztadresse in Hurghada
  vermittelt, keine weitere Aktion).

Gruß
Dennis (Nachtdienst)"""
    return build("S", "de", "internal",
                 "travel emergency handover: named insureds, suspected cruciate ligament tear, dialysis abroad",
                 "2025-02-15 06:55", "Dennis Okafor <dennis.okafor@auerhahn.example>",
                 "Auerhahn Reise-Assistance <assistance@auerhahn.example>",
                 "Übergabe Notruf Nacht 14./15.02.", body)


def m080():
    body = """Hallo Team Haftpflicht,

kurze Info, weil das Thema diese Woche schon dreimal kam:

Anrufer heute 10:20 (wollte seinen Namen nicht nennen, "erst mal nur
allgemein fragen"): Er hat im Büro versehentlich Kaffee über den
privaten Laptop eines Kollegen geschüttet und wollte wissen, ob so
etwas über die Privathaftpflicht läuft und ob es eine Rolle spielt,
dass es bei der Arbeit passiert ist.

Ich habe allgemein erklärt: Schäden an fremden Sachen sind in der PHV
grundsätzlich versichert, Ersatz zum Zeitwert, Gefälligkeits- und
Arbeitskollegen-Themen prüft die Schadenabteilung im Einzelfall. Er
will sich mit Vertragsnummer wieder melden.

Vorschlag: Könnten wir dazu einen FAQ-Eintrag bekommen ("Schaden am
Eigentum von Arbeitskollegen")? Dann müssen wir nicht jedes Mal
weiterverbinden.

Danke
Kerstin"""
    return build("N", "de", "internal",
                 "trap: anonymous caller asks generally about liability cover, FAQ request, no person identifiable",
                 "2025-09-11 11:02", "Kerstin Bollmann <kerstin.bollmann@auerhahn.example>",
                 "Schaden Haftpflicht <schaden.haftpflicht@auerhahn.example>",
                 "Anfrage FAQ: Laptop Arbeitskollege / PHV", body,
                 cc="KSC Wissensmanagement <ksc-wissen@auerhahn.example>")


def m081():
    body = """Hi Talent Acquisition,

please publish the job ad below on the careers page and the usual
portals from Monday. Approved by Dr. Kröger.

---
Customer Service Agent (m/f/d) - English-speaking Health Line
Göttingen, full-time or part-time (min. 30 h), permanent

What you'll do
- Take calls and chats from our international health customers
  (expats, students, international employees)
- Explain benefits, claims status and invoices from doctors,
  dentists and hospitals
- Coordinate with our medical claims team and assistance partners

What you bring
- Fluent English (C1), good German (B2)
- Experience in a contact centre, ideally in health insurance,
  a medical practice or a hospital administration
- Empathy, patience and a careful way of handling sensitive data

What we offer
- 38-hour week, flexible shifts between 07:00 and 20:00
- Up to 2 home-office days after onboarding
- Company pension, job bike, canteen

Apply by 31/05 via careers.auerhahn.example (ref. KSC-EN-2025-07).
---

Thanks,
Claire"""
    return build("N", "en", "internal",
                 "trap: job advertisement for health-line agents",
                 "2025-05-08 14:44", "Claire Donnelly <claire.donnelly@auerhahn.example>",
                 "Talent Acquisition <recruiting@auerhahn.example>",
                 "Job ad KSC-EN-2025-07 - please publish", body)


def m082():
    body = """Hi Provider Relations,

voicemail from a hearing-aid company came into our mailbox (they
pressed the English option by mistake, I think). Transcript below.
No customer involved - looks like a general business enquiry.

--- VoxScribe 2025-10-02 09:14, confidence 0.66 ---
"good morning this is Katrin Voss from Hörwerk Akustik we have
eleven stores in Lower Saxony and we're getting more and more
privately insured clients um we'd like to know whether Auerhahn
offers direct billing for hearing aids or a framework contract
like the statutory funds do and who we can talk to about that my
number is zero five one one four four two seven eight zero thank
you"
--- end ---

Could you get back to her? Thanks!
Rahul"""
    return build("N", "en", "company",
                 "trap: voicemail from a hearing-aid retailer about a framework contract, no patient",
                 "2025-10-02 10:21", "Rahul Menon <rahul.menon@auerhahn.example>",
                 "Leistungserbringer-Management <provider.relations@auerhahn.example>",
                 "VM from hearing-aid retailer - framework contract enquiry", body)


def m083():
    body = """Dear Ms Delacroix,

thank you for your call this morning about Pippa.

Pet health insurance:  TK 660129 (dog, Border Collie "Pippa", born 2021)
Claim reference:       TK-25-00941

We have received the invoice from Tierklinik Leinetal dated 02/09/2025
(EUR 1,486.30) for the treatment of Pippa's torn cruciate ligament
(TPLO surgery, X-rays, two nights in the clinic). The surgery is
covered under your plan; the reimbursement is 80 % after the annual
excess of EUR 250. We expect to pay EUR 989.04 to your account ending
...7721 within five working days.

The follow-up physiotherapy for Pippa is covered up to EUR 300 per year.

We hope Pippa recovers quickly!

Kind regards
Sophie Lindqvist
International Service Desk
Auerhahn Allgemeine Versicherung AG"""
    return build("C", "en", "insurer-to-customer",
                 "pet health claim: animal surgery (animal health = confidential), named customer, policy",
                 "2025-09-08 11:36", "Auerhahn International Service <service-international@auerhahn.example>",
                 "Hélène Delacroix <h.delacroix@boitemail.example>",
                 "Your claim TK-25-00941 - Pippa", body)


def m084():
    body = """Hallo Team Kfz 1,

für die Wechselsaison hier der aktualisierte Gesprächsleitfaden
"Kündigungsrückgewinnung Kfz" (gültig 01.11.-15.12.):

1. Kündigung entgegennehmen und bestätigen
   "Vielen Dank, Herr/Frau «Nachname». Ich habe Ihre Kündigung für den
    Vertrag «Kfz-Vertragsnummer» zum «Ablaufdatum» vorliegen."

2. Grund erfragen (offen)
   "Darf ich fragen, was Sie zu dem Schritt bewogen hat?"
   -> Preis / Service / Fahrzeugwechsel / Umzug / Sonstiges (Pflichtfeld)

3. Nur bei "Preis": Angebot prüfen
   - Werkstattbindung (-15 %), höhere SB VK, Telematik-Tarif "AH Drive"
   - Max. Nachlass nach Kompetenzmatrix: «Stufe»
   "Ich kann Ihnen für «Fahrzeug» einen Beitrag von «neuer Beitrag» EUR
    anbieten. Sollen wir das so machen?"

4. Kein Druck. Bei Nein: "Schade, ich bestätige Ihnen die Kündigung
   schriftlich. Sie sind uns jederzeit wieder willkommen."

5. Doku im KIS: Ergebnis (gehalten / nicht gehalten), Grund, Angebot.

Viele Grüße
Sven Höfer"""
    return build("N", "de", "internal",
                 "trap: motor retention call script with placeholders",
                 "2025-10-28 08:35", "Sven Höfer <sven.hoefer@auerhahn.example>",
                 "KSC Team Kfz 1 <ksc-kfz1@auerhahn.example>",
                 "Leitfaden Kündigungsrückgewinnung Kfz 2025", body)


def m085():
    body = """Rückrufbitte Leistung Krankentagegeld

VN/VP: Frau Dr. Christiane Hollmann (selbständige Zahnärztin, eigene Praxis)
Vertrag: K 4466120835, KT 200 EUR/Tag ab 22. Tag
Tel.: 0551 7700 2288 (Praxis, über Empfang) / 0171 4499 3007

Frau Dr. Hollmann ist seit 11.08. arbeitsunfähig nach Bandscheiben-
vorfall HWS (C5/C6) mit Ausstrahlung in den rechten Arm, kann nicht
behandeln. AU-Bescheinigungen vom Neurochirurgen laufen bis 21.09.,
die nächste folgt. Sie fragt:
  1. Ab wann das KT gezahlt wird (Karenz 21 Tage -> ab 01.09.?)
  2. Ob ihr Jahreseinkommen nachgewiesen werden muss. Sie sagt, der
     letzte Steuerbescheid (2023) weist 148.000 EUR Gewinn aus, 2024
     liegt noch nicht vor.
  3. Ob eine Praxisvertretung den Anspruch gefährdet (sie möchte
     eine Vertretungsärztin einsetzen, arbeitet aber selbst nicht).

Bitte Rückruf, bevorzugt mobil.
Jana Wiechert, KSC"""
    return build("S", "de", "internal",
                 "sick-day benefit: herniated cervical disc, incapacity for work, self-employed income",
                 "2025-09-03 13:10", "Jana Wiechert <jana.wiechert@auerhahn.example>",
                 "Leistung Krankentagegeld <leistung.kt@auerhahn.example>",
                 "RR KT K 4466120835 Dr. Hollmann", body)


def m086():
    body = """Transkript Sprachnachricht, Mailbox Beitragsservice
Eingang 03.12.2025 20:02, Dauer 1:05, Konfidenz 70 %

"ja Kowalski hier Heinz Kowalski ich hab heute eine Mahnung von
ihnen bekommen für die Hausrat über achtundachtzig Euro vierzig das
versteh ich nicht ich hab das am zwölften November überwiesen von
meinem Konto bei der Volksbank die IBAN ist DE54 5001 0517 8229 3272
24 Verwendungszweck war die Vertragsnummer HR 55 19 0 33 47 ich
hab den Kontoauszug vor mir liegen bitte prüfen sie das und melden
sie sich bei mir null fünf fünf eins sechs eins drei drei neun zwei"

---
An Beitragsbuchhaltung: Kunde gefunden, HR 55190347. Zahlung von
DE54 5001 0517 8229 3272 24 am 12.11. über 88,40 EUR in KIS nicht
zugeordnet, evtl. auf Klärungskonto? Bitte prüfen und Mahnung
stornieren. Gruß Nils"""
    return build("C", "de", "customer",
                 "voicemail: dunning dispute, named customer, IBAN, household policy",
                 "2025-12-04 08:19", "Nils Brandhorst <nils.brandhorst@auerhahn.example>",
                 "Beitragsbuchhaltung <inkasso@auerhahn.example>",
                 "Mahnung HR 55190347 Kowalski - Zahlung nicht zugeordnet?", body)


def m087():
    paras = [
        "Protokoll Teamleiterrunde KSC, 04.11.2025, 09:00-10:15",
        "Teilnehmende: Dr. S. Kröger (Leitung), A. Brüning, S. Höfer, R. Siebert, C. Donnelly, H. Vogt, M. Castell; Gast: B. Melchert (IT)",
        "TOP 1 KPIs Oktober: SL 78,9 % (Ziel 80), FCR 70,8 %, Beschwerden 274. Haupttreiber: Beitragsanpassung KV (Briefe ab 20.10.) - +22 % Anrufe in Kranken Vertrag.",
        "TOP 2 Release CRM 12.4 am 18.11.: neues Pflichtfeld 'Erreichbarkeit' in der Rückrufbitte, Freitextfeld wird auf 500 Zeichen begrenzt. Schulung per Video.",
        "TOP 3 Datenschutz: Hinweis DSB - in Rückrufbitten weiterhin nur die für die Fachabteilung nötigen Angaben, Gesundheitsangaben nur in die Fachabteilungs-Postfächer Kranken/Leben/Unfall, nie an Sammelpostfächer.",
        "TOP 4 Urlaubsplanung Weihnachten: Sperrzeit 15.-23.12. für Teams Kranken (Jahresendabrechnungen). Anträge bis 15.11.",
        "TOP 5 Verschiedenes: Weihnachtsfeier 12.12. Göttingen, Erfurt am 11.12.",
        "Nächste Runde: 02.12.2025. Protokoll: M. Castell",
    ]
    body = """Hallo zusammen,

anbei das Protokoll der Teamleiterrunde vom 04.11. Bitte TOP 3 in euren
Teamrunden ansprechen.

Viele Grüße
Miriam"""
    return build("N", "de", "internal",
                 "trap: team-lead meeting minutes (DOCX) with KPIs and a data-protection reminder",
                 "2025-11-05 16:20", "Miriam Castell <miriam.castell@auerhahn.example>",
                 "KSC Teamleitungen <ksc-teamleitungen@auerhahn.example>",
                 "Protokoll TL-Runde 04.11.", body,
                 atts=[("Protokoll_TL-Runde_2025-11-04.docx", CT_DOCX, docx(paras))])


def m088():
    body = """Complaint summary - Health Claims / Complaints Management

Complaint ID:   BM-25-02207
Customer:       Ms Laura Castellanos-Reid, IHP-208815 (Gold, since 2022)
Received:       by phone 15/09/2025, EN line, escalated by agent to TL

Summary:
Ms Castellanos-Reid (39) and her partner are undergoing fertility
treatment at Kinderwunschzentrum Göttingen. After two unsuccessful IUI
cycles, the clinic recommends IVF with ICSI. Our claims team declined
the treatment plan on 09/09 stating that "the plan only covers IVF for
married couples" and that the partner's infertility (male factor) must
be covered by his own insurer. The customer says this was not in her
policy documents and that she was told in the sales call that fertility
treatment was included.

She is very upset, cried during the call, and asks for:
- a review of the decision with reference to the policy wording
- the recording of the sales call from 2022
- a decision before the next treatment start (planned for October)

Claire Donnelly
International Service Desk"""
    return build("S", "en", "internal",
                 "complaint: IVF/ICSI treatment plan declined, fertility details of named insured and partner",
                 "2025-09-16 10:37", "Claire Donnelly <claire.donnelly@auerhahn.example>",
                 "Beschwerdemanagement <beschwerde@auerhahn.example>",
                 "BM-25-02207 - IHP-208815 - fertility treatment declined", body,
                 cc="Leistung Kranken ambulant <leistung.kranken@auerhahn.example>")


def m089():
    body = """Hi Travel Claims,

callback please - rental car excess claim.

Customer: Mr Samuel Ekwueme, travel policy RE 2025-172093
(annual travel incl. rental excess cover)
Phone: 0159 0116 4482, e-mail on file

Trip: Scotland, 05-19 July. Rental car from Edinburgh Airport
(ScotDrive Rentals), someone scraped the side of the car in a car park
in Inverness. Rental company charged the excess of GBP 1,150 to his
credit card. He has the damage report and the card statement.

He asks how to submit the documents (English) and whether we reimburse
in GBP or EUR. Told him documents in English are fine.

Sophie"""
    return build("C", "en", "internal",
                 "rental car excess claim: named customer, travel policy, amount; no health data",
                 "2025-07-24 13:55", "Sophie Lindqvist <sophie.lindqvist@auerhahn.example>",
                 "Reise Schaden <reise.schaden@auerhahn.example>",
                 "Callback RE 2025-172093 Ekwueme - rental excess", body)


def m090():
    body = """Hi team,

new FAQ for the EN line (KB-EN-0102), live today:

Q: "Can I speak to a doctor?"
A: Yes. Customers with comprehensive health cover (Gold, Silver, and
   the German tariffs AH Komfort 1/2) can use the Auerhahn
   Doctor Line (video or phone consultation) 24/7 at no extra cost.
   - Booking: in the app under "Doctor Line" or on 0800 9970 112.
   - Languages: German, English; Turkish and Arabic on weekdays.
   - The doctors can issue private prescriptions and sick notes where
     medically appropriate.
   - Our service agents must NOT give medical advice. If the caller
     describes an emergency: 112.

Q: "Does the Doctor Line share my data with Auerhahn?"
A: The telemedicine provider is a separate company bound by medical
   confidentiality. Auerhahn only receives the invoice for the
   consultation, no medical details, unless the customer consents.

Knowledge team"""
    return build("N", "en", "internal",
                 "trap: FAQ on telemedicine service, generic",
                 "2025-06-11 08:25", "KSC Wissensmanagement <ksc-wissen@auerhahn.example>",
                 "International Service Desk <ksc-international@auerhahn.example>",
                 "New FAQ KB-EN-0102 - Doctor Line", body)


def m091():
    inner = forward(
        "2025-05-27 22:14", "Hartmut Seebode <h.seebode@online-mail.example>",
        "service@auerhahn.example", "Krankenhausrechnung - das kann doch nicht sein",
        """Sehr geehrte Damen und Herren,

ich war vom 28.04. bis 06.05.2025 im Klinikum Kassel zur Operation
meiner Prostata (TURP wegen gutartiger Vergrößerung, danach
Katheter). Jetzt bekomme ich eine Rechnung der Klinik über 1.347,80
EUR für "Wahlleistung Unterkunft Einbettzimmer" und eine Rechnung des
Chefarztes Prof. Dr. Meiners über 2.912,44 EUR.

Ich habe bei Ihnen doch den Tarif mit Einbettzimmer und Chefarzt
(Vertrag K 4465900271). Warum schickt die Klinik die Rechnung an mich
und nicht an Sie? Ich habe die Auerhahn Card bei der Aufnahme
vorgelegt!

Ich bin 78 Jahre alt und habe keine Lust, Rechnungen vorzustrecken.

Mit freundlichen Grüßen
Hartmut Seebode
Kassel""")
    body = """Hallo Leistung stationär,

anbei die Kundenmail zur Bearbeitung. Kunde hat heute zusätzlich
angerufen, Rückruf zugesagt.

Doreen Schubert
KSC Erfurt"""
    return build("S", "de", "customer",
                 "body says only 'zur Bearbeitung'; forwarded message/rfc822: prostate surgery, hospital and chief-physician bills",
                 "2025-05-28 09:02", "Doreen Schubert <doreen.schubert@auerhahn.example>",
                 "Leistung Kranken stationär <leistung.stationaer@auerhahn.example>",
                 "WG: Krankenhausrechnung - das kann doch nicht sein", body, atts=[inner])


def m092():
    body = """Rückrufbitte Schaden Kfz - Diebstahl

VN:          Herr Ralf Ziegenhagen, Am Steinsgraben 19, 37085 Göttingen
Vertrag:     KF 77098153 (VK, SB 500/150)
Fahrzeug:    Audi Q5 2.0 TDI, GÖ-RZ 777, EZ 06/2021
FIN:         WAUZZZFY2M2064718
Tatzeit:     Nacht 29./30.09.2025, vor dem Haus abgestellt
Polizei:     Anzeige PI Göttingen, Az. 2025-0510773
Schlüssel:   beide Schlüssel beim Kunden (Keyless-Go!)
Tel.:        0170 2244 9810

Kunde fragt nach Mietwagen (hat keinen Schutzbrief) und nach Ablauf.
Schadenanlage erfolgt: KS-25-141077. Hinweis auf Schlüsselübersendung
und Fahrzeugbrief gegeben.

Tobias Renz, KSC"""
    return build("C", "de", "internal",
                 "motor theft claim: named customer, address, VIN, plate, policy",
                 "2025-09-30 10:27", "Tobias Renz <tobias.renz@auerhahn.example>",
                 "Schaden Kfz <schaden.kfz@auerhahn.example>",
                 "Diebstahl KS-25-141077 GÖ-RZ 777", body)


def m093():
    body = """Hallo Bastian,

bitte folgende Sonderansage für die Warteschleife Sach/HUK ab heute
18 Uhr bis auf Widerruf schalten (vor der normalen Ansage):

"Aufgrund des Unwetters erreichen uns derzeit sehr viele Anrufe.
 Sie können Ihren Sturm- oder Hagelschaden auch schnell und einfach
 online melden: auerhahn.example/schaden. Bitte sichern Sie beschädigte
 Dächer und Fenster provisorisch, bewahren Sie beschädigte Gegenstände
 auf und machen Sie Fotos. Wenn Sie sich oder andere in Gefahr sehen,
 wählen Sie bitte den Notruf 112."

Zusätzlich Rückrufoption ab 120 Sekunden Wartezeit aktivieren.

Danke!
Henrik"""
    return build("N", "de", "internal",
                 "trap: storm queue announcement text, no personal data",
                 "2025-10-23 15:40", "Henrik Vogt <henrik.vogt@auerhahn.example>",
                 "Bastian Melchert <bastian.melchert@auerhahn.example>",
                 "Sonderansage Unwetter Warteschleife Sach", body)


def m094():
    lines = [
        "Auerhahn KSC - Qualitätsmanagement",
        "Gesprächsbewertung Einzelgespräch (Bogen QM-U 2025)",
        "",
        "Datum/Uhrzeit:   14.10.2025, 10:47       Dauer: 12:05",
        "Queue:           Leben/Unfall             Agent: Nils Brandhorst",
        "Kunde:           Herr Volker Riemenschneider, U 5518240",
        "",
        "Anlass: Kunde fragt nach der Invaliditätsleistung nach seinem Arbeitsunfall",
        "(Sturz von der Leiter am 12.02.2025, Trümmerbruch Fersenbein links,",
        "zweimal operiert, Gutachten Dr. Korte: dauerhafte Funktionsbeeinträchtigung).",
        "",
        "Bewertung",
        "  Legitimation ........................... 5/5",
        "  Gesprächsführung / Empathie ............ 4/5",
        "  Fachliche Richtigkeit .................. 1/5",
        "  Lösung / nächste Schritte .............. 3/5",
        "  Dokumentation .......................... 4/5",
        "  Gesamt ................................ 17/25",
        "",
        "Fachlicher Fehler:",
        "Agent nannte als voraussichtliche Leistung \"Fußwert 40 % der Summe, also 80.000 Euro\".",
        "Laut Gliederungstaxe des Tarifs U-2019 gilt für den Fuß im Fußgelenk 40 %, die",
        "Teilinvalidität aus dem Gutachten (4/10 Fußwert) ergibt aber nur 16 %. Die Aussage",
        "hat beim Kunden eine falsche Erwartung erzeugt; Kunde hat sich am 20.10. beschwert.",
        "",
        "Maßnahme: Nachschulung Gliederungstaxe, keine Betragsnennung am Telefon.",
        "Bewertet von: M. Castell, 22.10.2025",
    ]
    body = """Hallo Nils,

wie besprochen die Bewertung deines Gesprächs vom 14.10. als PDF für
deine Unterlagen. Nachschulung ist für den 05.11. eingeplant.

Gruß Miriam"""
    return build("S", "de", "internal",
                 "harmless body; QM PDF: named accident insured, calcaneus fracture, surgery, disability assessment",
                 "2025-10-22 14:03", "Miriam Castell <miriam.castell@auerhahn.example>",
                 "Nils Brandhorst <nils.brandhorst@auerhahn.example>",
                 "Bewertung Gespräch 14.10.", body,
                 cc="Sven Höfer <sven.hoefer@auerhahn.example>",
                 atts=[("QM-U_2025-10-14_Brandhorst.pdf", "application/pdf", pdf(lines, "Gesprächsbewertung"))])


def m095():
    body = """Sehr geehrte Frau Kirchhoff,

vielen Dank für Ihren Anruf. Ihre neue Anschrift haben wir für alle
Verträge übernommen:

  Frau Annegret Kirchhoff
  Rosenwinkel 3
  37133 Friedland
  (bisher: Merkelstraße 27, 37085 Göttingen)
  gültig ab 01.10.2025

Betroffene Verträge:
  Hausrat            HR 55233871   neue Tarifzone 2, Beitrag sinkt
                                   auf 96,40 EUR jährlich
  Privathaftpflicht  PH 38166920   unverändert
  Kfz                KF 77150614   Regionalklasse neu, Nachtrag folgt
  Rechtsschutz       RS 9008837    unverändert

Bitte denken Sie daran, dass sich die Hausratversicherung in der
Umzugsphase auf beide Wohnungen erstreckt, längstens zwei Monate.

Mit freundlichen Grüßen
Svenja Klaasen
Kundenservicecenter
Auerhahn Allgemeine Versicherung AG"""
    return build("C", "de", "insurer-to-customer",
                 "address change confirmation: named customer, old/new address, four non-personal policies",
                 "2025-09-22 14:45", "Auerhahn Kundenservice <service@auerhahn.example>",
                 "Annegret Kirchhoff <a.kirchhoff@netmail-de.example>",
                 "Ihre Adressänderung - Vertragsübersicht", body)


def m096():
    body = """Hi Claire, hi Anke,

forecast for the premium adjustment wave (health, letters from 20/10):

Based on 2023 (last comparable adjustment), we expect
  - German health contract queue: +35 % in weeks 43-46, peak in week 44
    (about 2,100 extra calls/week)
  - EN health queue: +20 % (about 260 extra calls/week)
  - Typical questions: why the increase, switching tariff (§ 204 VVG),
    increasing the excess, cancelling supplementary tariffs.

Proposal:
  - Tariff-switch calls go to the specialist team (Team Kranken 1,
    skill "KV_Tarifwechsel") after the first 3 minutes.
  - Atlantico +3 agents on EN health in weeks 43-45.
  - Publish the FAQ (KB-0611 / KB-EN-0110) before 20/10.

Henrik"""
    return build("N", "en", "internal",
                 "trap: call-volume forecast for health premium adjustment, aggregates",
                 "2025-09-29 16:12", "Henrik Vogt <henrik.vogt@auerhahn.example>",
                 "Claire Donnelly <claire.donnelly@auerhahn.example>, Anke Brüning <anke.bruening@auerhahn.example>",
                 "Forecast premium adjustment wave W43-46", body)


def m097():
    body = """Hi Health Claims,

chat from last night, customer needs a clear answer on what's covered
for her pregnancy. Copied from the chat tool (customer typed fast,
left as is):

[22:12] Customer (Mei Lin Harrowgate, IHP-207310): hi im 11 weeks
pregnant wiht our first baby, my gyno wants to do the NIPT blood test
and an extra ultrasound, is that coverd??
[22:14] Agent Tomás: Hello Ms Harrowgate, congratulations! Let me check
your plan.
[22:17] Agent Tomás: Your plan (Silver) covers maternity care incl.
routine ultrasounds. For the NIPT test I need to ask our claims team.
[22:18] Customer: ok. also i had bleeding last week and went to the
emergency at the Frauenklinik, everything is fine but will i get a bill
for that?
[22:20] Agent Tomás: Emergency treatment is covered. If you receive an
invoice, please upload it in the app.
[22:21] Customer: and the midwife? we want a midwife for after the
birth, due date is 2 may
[22:23] Agent Tomás: Midwife services are covered. I will ask the
claims team to send you the full overview of maternity benefits.
[22:24] Customer: thx!!

Please send her the maternity benefits overview and answer the NIPT
question.

Tomás"""
    return build("S", "en", "internal",
                 "chat: pregnancy, NIPT, bleeding and emergency visit, due date; health plan member",
                 "2025-10-15 08:32", "Tomás Ferreira <tomas.ferreira@auerhahn.example>",
                 "Leistung Kranken ambulant <leistung.kranken@auerhahn.example>",
                 "IHP-207310 Harrowgate - maternity questions (chat)", body)


def m098():
    body = """Hi Property Underwriting,

customer request from the EN line:

Customer: Mr Anders Kjellberg
Buildings policy: WG 61402259
Insured property: Am Hagen 14, 37136 Waake (detached house, 1994)
Phone: 05507 90 2241

He has built a double garage (prefab concrete, EUR 28,000, finished
in June) next to the house and wants it included in the buildings
insurance, plus the new PV system on the garage roof (9.8 kWp,
EUR 14,500). Does he need a separate PV policy or can it be added?

Please send him a quote / endorsement.

Thanks
Rahul"""
    return build("C", "en", "internal",
                 "buildings policy change: named customer, insured address, values",
                 "2025-07-08 11:15", "Rahul Menon <rahul.menon@auerhahn.example>",
                 "Sach Betrieb <sach.betrieb@auerhahn.example>",
                 "WG 61402259 Kjellberg - add garage + PV", body)


def m099():
    body = """Dear Marta,

as agreed in our call, here is the onboarding plan for the four new
Atlantico agents starting on the Auerhahn EN line on 2 June.

Week 1 (2-6 June), remote from Lisbon, trainer: Lea Hoffstätter
  - Auerhahn group, products, lines of business (1 day)
  - Systems: KIS, CallFlow, chat tool, VoxScribe (1 day)
  - Data protection and ID&V, incl. special categories of data (1 day)
  - Health products: International Health Plan, claims process (2 days)

Week 2 (10-13 June)
  - Motor and property basics, travel emergency handover
  - Listening-in with experienced agents (2 days)

Week 3
  - Live calls with coach ("nesting"), EN_Motor_Property first,
    EN_Health from week 4.

Accounts (ext.*@auerhahn.example) will be created by our IT after the
signed confidentiality declarations are back. Please send them to
Claire by 23 May.

Best regards
Claire Donnelly
Team Lead International Service Desk
Auerhahn Versicherungsgruppe"""
    return build("N", "en", "insurer-to-supplier",
                 "trap: onboarding plan for outsourced agents, no personal data",
                 "2025-05-14 12:10", "Claire Donnelly <claire.donnelly@auerhahn.example>",
                 "Marta Sequeira <marta.sequeira@atlantico-cs.example>",
                 "Onboarding plan - 4 new agents from 2 June", body,
                 cc="Lea Hoffstätter <lea.hoffstaetter@auerhahn.example>")


def m100():
    body = """Telefonnotiz an BU-Leistung

Anrufer: VN/VP Herr Sascha Müntefering, L 31009876 (SBU, Rente 1.500 EUR/Monat)
Leistungsfall: BU-LF 25-00412
Rückruf: 0176 4411 9002

Herr Müntefering fragt nach dem Stand seines BU-Antrags vom 10.03.
Er war Dachdecker, seit Oktober 2024 krankgeschrieben (Rotatoren-
manschettenruptur beidseits, zwei OPs, Schulter rechts steif). Er sagt,
der von uns beauftragte Gutachter Dr. Heimbach hat ihn am 30.06.
untersucht, seitdem höre er nichts. Das Krankengeld der Kasse läuft im
November aus (78 Wochen), dann hat er "gar nichts mehr".

Er hat gefragt, ob er das Gutachten bekommen kann. Ich habe gesagt,
dass er einen Anspruch auf Auskunft/Kopie hat und die Fachabteilung
das mit ihm klärt.

Bitte Rückruf, Kunde ist verständlicherweise unter Druck.
Lea Hoffstätter, KSC"""
    return build("S", "de", "internal",
                 "call note to disability claims: rotator cuff rupture, surgeries, expert report, BU policy",
                 "2025-08-05 15:37", "Lea Hoffstätter <lea.hoffstaetter@auerhahn.example>",
                 "BU Leistung <bu.leistung@auerhahn.example>",
                 "Stand BU-LF 25-00412 Müntefering", body)


def m101():
    body = """Eskalation Stufe 1 - Kunde verlangt Vorgesetzten

Vorgang: KS-25-109884, Totalschaden nach Unfall vom 14.01.2025
VN: Frau Sibylle Marquardt, KF 77002745, Mazda CX-5 GÖ-SM 1212
Tel.: 0551 2970 044

Die Kundin hat heute zum vierten Mal angerufen und wollte ausdrücklich
eine Führungskraft sprechen; ich habe übernommen.

Streitpunkt: Wiederbeschaffungswert laut Gutachten 18.400 EUR,
Restwert 6.900 EUR (Angebot Restwertbörse). Die Kundin hat den Wagen
2023 für 27.500 EUR gekauft und hält den WBW für "lächerlich". Sie hat
zwei Vergleichsangebote aus mobile-Portalen (21.900 und 22.450 EUR) und
möchte eine Nachbesichtigung oder ein Gegengutachten. Außerdem ist sie
verärgert, dass sie die Restwertbörse "nicht verstanden" habe und das
Auto schon an ihren Händler für 5.000 EUR verkaufen wollte.

Nobody hurt, Unfall allein beteiligt (Glätte).

Zusage meinerseits: Rückruf Sachbearbeitung bis Mittwoch, Prüfung der
Vergleichsangebote. Bitte sorgt dafür, dass das klappt.

Sven Höfer, Teamleitung KSC"""
    return build("C", "de", "internal",
                 "escalation: motor total loss valuation dispute, named customer, plate, policy; nobody hurt",
                 "2025-02-10 16:30", "Sven Höfer <sven.hoefer@auerhahn.example>",
                 "Marco Pietsch <marco.pietsch@auerhahn.example>",
                 "Eskalation KS-25-109884 Marquardt - WBW", body)


def m102():
    body = """Liebe Kolleginnen und Kollegen im KSC,

bei der letzten Stichprobenprüfung der Gesprächsnotizen ist uns
aufgefallen, dass in Freitextfeldern wieder häufiger Gesundheitsangaben
stehen ("Kunde hat Krebs", "Frau X. ist schwanger", "Diagnose
Burnout"). Das Feld "Gesprächsnotiz" ist für alle Beschäftigten im KSC
und in vielen Fachabteilungen sichtbar.

Zur Erinnerung:
1. Gesundheitsdaten sind besondere Kategorien personenbezogener Daten
   (Art. 9 DSGVO) und unterliegen bei uns zusätzlich § 203 StGB.
2. In die Gesprächsnotiz gehört nur das Anliegen, nicht die Diagnose:
   "Frage zur Erstattung Rechnung vom 12.03." statt "Frage zur
   Chemotherapie-Rechnung".
3. Medizinische Angaben, die die Fachabteilung braucht, gehen in die
   Rückrufbitte an das jeweilige Leistungspostfach (Kranken, Leben,
   Unfall, Pflege) - nicht an Sammelpostfächer und nie an externe
   Adressen.
4. Im Zweifel: lieber weniger schreiben.

Bei Fragen bin ich erreichbar unter -1180.

Viele Grüße
Dr. Cornelia Wendt
Datenschutzbeauftragte der Auerhahn Versicherungsgruppe"""
    return build("N", "de", "internal",
                 "trap: DPO reminder quoting example health phrases without any person",
                 "2025-03-12 09:00", "Dr. Cornelia Wendt <cornelia.wendt@auerhahn.example>",
                 "KSC alle <ksc-alle@auerhahn.example>",
                 "Datenschutz: Keine Gesundheitsangaben in Gesprächsnotizen", body)


def m103():
    body = """VoxScribe - Transkript Sprachnachricht
Leitung: Leistungserbringer-Hotline Kranken 0551 9970-150
Eingang: Do 06.11.2025 12:51   Dauer 01:22   Konfidenz 55 % (niedrig)

"ja hier ist die Praxis Doktor Feld Mann äh Feldmann Kardiologie in
Hann Münden Schwester Petra es geht um ihren Versicherten Herrn
Achim Rautenberg Geburtsdatum zwölfter dritter neunzehn hundert
sechsundfünfzig der hat bei uns Vorhof flimmern und soll jetzt eine
Ablation bekommen im Herz Zentrum Göttingen wir haben den Antrag auf
Kosten Übernahme mit dem Arzt Brief am dritten November gefaxt und
wollten fragen ob der angekommen ist der Patient ist sehr unruhig
weil er Blut Verdünner nimmt und der Termin ist am achtzehnten
rufen sie uns bitte zurück null fünf fünf vier eins zwei drei vier
null danke"

Weitergeleitet an: leistung.stationaer@auerhahn.example
(automatische Regel "Leistungserbringer", keine manuelle Prüfung)"""
    return build("S", "de", "doctor",
                 "base64 body; voicemail STT from cardiology practice: atrial fibrillation, ablation, anticoagulants, birth date",
                 "2025-11-06 12:53", "VoxScribe <voxscribe@auerhahn.example>",
                 "Leistung Kranken stationär <leistung.stationaer@auerhahn.example>",
                 "Sprachnachricht 06.11.2025 12:51 - Leistungserbringer-Hotline", body, cte="base64")


def m104():
    body = """Hallo Sach Betrieb,

Rückrufbitte zum Wohngebäudevertrag WG 61099420:

VN: Eheleute Horst und Brigitte Wehmeyer
Objekt: Zum Hünstollen 22, 37120 Bovenden
Tel.: 0551 8207 355

Die Eheleute haben das Haus verkauft, notarieller Kaufvertrag vom
04.07.2025 (Notar Dr. Rosenthal, Göttingen), Besitzübergang 01.09.
Käufer: Herr Jan-Philipp Ostermann und Frau Dr. Merle Ostermann.
Die Kunden fragen,
  - ob der Vertrag auf die Käufer übergeht (§ 95 VVG) und wer ab wann
    den Beitrag zahlt,
  - ob sie selbst kündigen müssen und wann der Beitrag anteilig
    erstattet wird.
Die Käufer wollen laut Kunden eine eigene Versicherung abschließen.

Bitte Kunden schriftlich informieren.
Tobias Renz, KSC"""
    return build("C", "de", "internal",
                 "buildings policy and house sale: named owners and buyers, address",
                 "2025-07-21 10:44", "Tobias Renz <tobias.renz@auerhahn.example>",
                 "Sach Betrieb <sach.betrieb@auerhahn.example>",
                 "RR WG 61099420 Wehmeyer - Verkauf Gebäude", body)


def m105():
    body = """Hi team,

week 38 in numbers - thank you all!

  Calls handled       2,214     SL 80/20   85.1 %
  Chats handled         318     AHT        6:44 min
  Post-call survey     4.6 / 5  (312 responses)

Shout-outs from the survey comments:
  - Sophie: "explained my policy better than my broker ever did"
  - Tomás: "patient and very kind"
  - Rahul: three 5-star ratings on the travel emergency line

Next week: Sophie is on training Wed-Thu, Rahul covers the chat.

Have a nice weekend,
Claire"""
    return build("N", "en", "internal",
                 "trap: weekly team figures and praise for named colleagues, no customer data",
                 "2025-09-19 16:30", "Claire Donnelly <claire.donnelly@auerhahn.example>",
                 "International Service Desk <ksc-international@auerhahn.example>",
                 "Week 38 - numbers & shout-outs", body)


def m106():
    body = """Dear Mr Albrecht-Wilson,

thank you for your call on Monday. I'm sorry that the first
reimbursement for your mother's home nursing care took longer than
expected.

Insured person:  Mrs Edith Albrecht, policy PT 8813402 (long-term care
                 daily allowance, care level 4)
Your authority:  power of attorney dated 12/03/2025, on file

Our long-term care team has now processed the invoices of the home
nursing service Ambulanter Pflegedienst Rosdorf for August and
September (basic care three times daily, wound care for the pressure
sore on her heel, medication management). The daily allowance for
care level 4 at home has been paid for both months, EUR 3,720.00 in
total, to the account you gave us.

For October please send the invoice and the care documentation as
before. If your mother moves to a nursing home, as you mentioned,
please let us know the date so we can adjust the benefit.

Kind regards
Sophie Lindqvist
International Service Desk
Auerhahn Krankenversicherung AG"""
    return build("S", "en", "insurer-to-customer",
                 "reply to attorney: mother's care level 4, home nursing, pressure sore, care benefit",
                 "2025-10-09 14:15", "Auerhahn International Service <service-international@auerhahn.example>",
                 "Mark Albrecht-Wilson <mark.aw@brightmail.example>",
                 "Long-term care benefit for Mrs Edith Albrecht - PT 8813402", body)


def m107():
    body = """VoxScribe transcript - EN line mailbox
Received: 2025-03-29 10:08   Duration: 00:41   Confidence: 0.81

"hello my name is Chiara Benedetti I'm renting a flat from next month
in Göttingen and the landlord wants proof that I have personal
liability insurance I think my policy number is P H three eight four
four six one two zero could you please send me a confirmation in
German or English to my email chiara dot benedetti at unimail dot
example the new address is Nikolausberger Weg 9 thank you"

--
Vertragsservice: PH 38446120 found, Ms Chiara Benedetti, KIS still has
the old address Kurze Geismarstraße 40. Please issue
the Versicherungsbestätigung and update the address from 01/05.
Rahul"""
    return build("C", "en", "customer",
                 "voicemail: proof of liability insurance for landlord, named customer, policy, addresses",
                 "2025-03-31 08:45", "Rahul Menon <rahul.menon@auerhahn.example>",
                 "Vertragsservice Sach <vertragsservice.sach@auerhahn.example>",
                 "Proof of insurance PH 38446120 Benedetti", body)


def m108():
    paras = [
        "Auerhahn Akademie - Praxisleitfaden LF-12",
        "Todesfallmeldungen am Telefon",
        "Stand: 01.06.2025",
        "1. Haltung: Ruhig, ohne Eile. Beileid aussprechen: \"Mein herzliches Beileid.\" Keine Floskeln wie \"Das wird schon wieder\".",
        "2. Was wir aufnehmen: Name der verstorbenen Person, Vertragsnummer(n), Sterbedatum, Name und Beziehung des Anrufers, Kontaktdaten, ob Erbschein/Testament/Vollmacht vorhanden sind.",
        "3. Was wir nicht aufnehmen: die Todesursache. Wenn der Anrufer sie nennt, zuhören, aber nicht notieren. Die Fachabteilung fordert bei Bedarf Unterlagen an.",
        "4. Pro Sparte: Leben/Unfall -> EINE Rückrufbitte an Leben Leistung bzw. Unfall Leistung. Kranken -> Vertrag endet mit dem Todestag, Rechnungen können noch eingereicht werden. Sach/Kfz -> Vertrag läuft weiter bis zur Kündigung durch die Erben.",
        "5. Unterlagenliste (Textbaustein TB-050) anbieten, Versand per Post oder ins Kundenpostfach des Anrufers, falls vorhanden.",
        "6. Selbstfürsorge: Nach belastenden Gesprächen kurze Pause nehmen, Teamleitung informieren.",
    ]
    body = """Hallo zusammen,

der Praxisleitfaden LF-12 "Todesfallmeldungen" ist überarbeitet (vgl.
Fallkonferenz). Anbei als ODT, bitte im Team besprechen.

Gruß
Lea"""
    return build("N", "de", "internal",
                 "trap: guideline (ODT) for death notifications by phone, generic",
                 "2025-06-02 10:05", "Lea Hoffstätter <lea.hoffstaetter@auerhahn.example>",
                 "KSC Teamleitungen <ksc-teamleitungen@auerhahn.example>",
                 "LF-12 Todesfallmeldungen - neue Fassung", body,
                 atts=[("LF-12_Todesfallmeldungen_2025-06.odt", CT_ODT, odt(paras))])


def m109():
    body = """Hallo Team Zahn,

Chatanfrage von gestern Abend, bitte schriftliche Antwort an den
Kunden ins Postfach.

Chat CH-250611-1944, 11.06.2025 19:44-19:59, eingeloggt
VN: Herr Oliver Stümpel, K 4472250388 (Familienvertrag)
Versicherte Person: Tochter Emma Stümpel, 11 J., ZahnPlus 70 Kids

[19:44] Kunde: Guten Abend, unsere Tochter soll eine feste Zahnspange
bekommen. Die Kieferorthopädin sagt KIG-Stufe 2 (D2 - vergrößerter
Overjet 4 mm), deshalb zahlt die gesetzliche Krankenkasse nicht, bei
der ist sie über mich versichert. Zahlt Ihr Zusatztarif da was?
[19:47] Agent Svenja: Guten Abend Herr Stümpel, ZahnPlus 70 Kids
erstattet kieferorthopädische Behandlung bei KIG 1 und 2 bis zu
1.500 EUR für die gesamte Behandlung, wenn der Versicherungsbeginn vor
Behandlungsbeginn liegt.
[19:50] Kunde: Der Behandlungsplan ist über 4.860 Euro, Beginn im
September. Die Versicherung haben wir seit 2022.
[19:53] Agent Svenja: Dann bitte den Behandlungsplan vor Beginn
einreichen, das Team Zahn prüft ihn.
[19:59] Kunde: ok, lade ich hoch. Bitte Antwort schriftlich.

Danke, Svenja"""
    return build("S", "de", "internal",
                 "chat: child's orthodontic treatment, KIG level and malocclusion, dental supplementary policy",
                 "2025-06-12 08:40", "Svenja Klaasen <svenja.klaasen@auerhahn.example>",
                 "Leistung Zahn <leistung.zahn@auerhahn.example>",
                 "Chat KFO Emma Stümpel K 4472250388", body)


def m110():
    body = """Beschwerde (telefonisch) mit Datenschutzbezug - bitte an DSB zur Kenntnis

BM-25-01877, Eingang 23.05.2025
Kunde: Herr Werner Tiedge, neue Anschrift Wilhelm-Weber-Str. 12,
37073 Göttingen (seit 01.03.2025), alte Anschrift Hainbergstraße 8
Vertrag: KF 77213390 (Kfz)

Der Kunde hat seine Adressänderung am 20.02. online gemeldet. Trotzdem
ging die Beitragsrechnung 2025 mit SEPA-Ankündigung an die alte
Anschrift, wo jetzt seine frühere Lebensgefährtin wohnt. Sie hat den
Brief geöffnet und ihm ein Foto geschickt. Der Kunde ist verärgert,
weil sie darüber seine neue Bankverbindung und Anschrift kennt, "das
wollte ich genau vermeiden".

Im KIS ist die neue Anschrift seit 21.02. erfasst, der Druckauftrag
lief aber offenbar noch mit altem Datenbestand (Druckdatum 19.02.?).

Kunde erwartet: Entschuldigung, Erklärung, Bestätigung, dass alle
künftigen Schreiben an die neue Adresse gehen.

Julia Sander
Beschwerdemanagement"""
    return build("C", "de", "internal",
                 "complaint: letter with bank details sent to old address; named customer, addresses, motor policy",
                 "2025-05-23 14:50", "Julia Sander <julia.sander@auerhahn.example>",
                 "Kfz Betrieb <kfz.betrieb@auerhahn.example>",
                 "BM-25-01877 Tiedge - Post an alte Anschrift", body,
                 cc="Datenschutz <datenschutz@auerhahn.example>")


def m111():
    body = """Hallo IT-Servicedesk,

seit dem Update heute früh lädt im KIS die Maske "Antrag KV -
Gesundheitsfragen" (Reiter 4) bei uns im KSC nicht mehr. Es erscheint
nur ein weißes Fenster, nach ca. 30 Sekunden die Meldung "Timeout
beim Laden der Komponente HealthQuestionnaireView (Fehler 0x80042)".

Betroffen: alle 14 Plätze in Team Kranken 1, Browser Edge 129.
Nicht betroffen: Team Leben (gleiche Maske für BU funktioniert).

Auswirkung: Wir können Antragsteller, die anrufen und Fragen zu den
Gesundheitsfragen haben, nicht durch die Fragen führen und müssen sie
vertrösten. Bitte Priorität 2.

Screenshot habe ich im Ticketportal hochgeladen.

Danke
Anke Brüning
Teamleitung KSC Göttingen"""
    return build("N", "de", "internal",
                 "trap: IT ticket about the health-questions screen, no person",
                 "2025-10-07 08:47", "Anke Brüning <anke.bruening@auerhahn.example>",
                 "IT Servicedesk <it-servicedesk@auerhahn.example>",
                 "Störung KIS Maske Gesundheitsfragen (Antrag KV) - Prio 2", body)


def m112():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial;font-size:11pt">
<p><b>Schichtübergabe Früh &rarr; Spät, Mi 26.03.2025 &ndash; Team Kranken 1</b></p>
<p>Besetzung Früh 12/12. Störungen: keine. Chat normal.</p>
<p>Offene Punkte für die Spätschicht:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#d9e1f2"><th>Nr.</th><th>Thema</th><th>Kunde / Vertrag</th><th>Was ist zu tun</th><th>Wer</th></tr>
<tr><td>1</td><td>Drucker 1. OG</td><td>&ndash;</td><td>Techniker kommt 15 Uhr, bitte reinlassen</td><td>Spät-SL</td></tr>
<tr><td>2</td><td>Rückruf zugesagt</td><td>Frau Helga Sonnemann, K 4468125590</td><td>Kundin wartet auf Bestätigung der Kostenübernahme f&uuml;r ihre Hüft-TEP links (OP 02.04., Asklepios-Klinik); Leistung stationär sagt &bdquo;heute&ldquo;. Bitte 16 Uhr nachfragen und Kundin anrufen: 05551 78 334</td><td>Jana</td></tr>
<tr><td>3</td><td>Wissensdatenbank</td><td>&ndash;</td><td>KB-0412 v3 ist live, alte PDFs löschen</td><td>alle</td></tr>
<tr><td>4</td><td>Chat-Backlog</td><td>&ndash;</td><td>7 offene Offline-Nachrichten im Chat-Postfach</td><td>Spät-Chat</td></tr>
</table>
<p>Gruß Tobias</p>
</body></html>"""
    return build("S", "de", "internal",
                 "HTML-only shift handover; one table row: named insured awaiting approval for hip replacement",
                 "2025-03-26 13:58", "Tobias Renz <tobias.renz@auerhahn.example>",
                 "Team Kranken 1 <ksc-kranken1@auerhahn.example>",
                 "Übergabe Früh -> Spät 26.03.", html=html, html_only=True)


def m113():
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Auerhahn//Rueckrufplaner//DE\r
METHOD:PUBLISH\r
BEGIN:VEVENT\r
UID:rr-25-08813@auerhahn.example\r
DTSTAMP:20250415T110000Z\r
DTSTART;TZID=Europe/Berlin:20250417T163000\r
DTEND;TZID=Europe/Berlin:20250417T164500\r
SUMMARY:Rückruf Auerhahn Rechtsschutz - RS-V-25-00731\r
DESCRIPTION:Rückruf durch Frau Yvonne Lenz (Rechtsschutz Schaden) an Herrn\r
  Patrick Vossmeyer\\, Tel. 0160 2019 4471\\, wegen Bußgeldverfahren\r
  (Geschwindigkeitsüberschreitung A38\\, 38 km/h).\r
END:VEVENT\r
END:VCALENDAR\r
"""
    body = """Sehr geehrter Herr Vossmeyer,

wie telefonisch vereinbart ruft Sie unsere Kollegin Frau Lenz aus der
Rechtsschutz-Schadenabteilung am Donnerstag, 17.04.2025, zwischen
16:30 und 16:45 Uhr an. Den Termin finden Sie im Anhang zum Eintragen
in Ihren Kalender.

Ihr Vertrag:       RS 9014407 (Verkehrsrechtsschutz)
Unser Zeichen:     RS-V-25-00731
Thema:             Anhörungsbogen im Bußgeldverfahren vom 02.04.2025
                   (Geschwindigkeitsüberschreitung, Fahrverbot droht)

Bitte halten Sie den Anhörungsbogen bereit. Die Frist zur Stellungnahme
läuft noch bis 25.04.

Mit freundlichen Grüßen
Murat Aydın
Kundenservicecenter
Auerhahn Allgemeine Versicherung AG"""
    return build("C", "de", "insurer-to-customer",
                 "callback appointment (ICS) for traffic legal expenses: named customer, administrative speeding fine",
                 "2025-04-15 13:12", "Auerhahn Kundenservice <service@auerhahn.example>",
                 "Patrick Vossmeyer <p.vossmeyer@freenet-mail.example>",
                 "Ihr Rückruftermin am 17.04. - RS-V-25-00731", body,
                 atts=[("Rueckruf_RS-V-25-00731.ics", "text/calendar", ics)])


def m114():
    body = """Hi all,

some of you asked for the list of typical speech-to-text errors in the
VoxScribe transcripts. Here are the ones we see most often (English
line). Always check numbers, names and policy numbers against the audio
before you act on a transcript.

  What the caller says        What VoxScribe writes
  ------------------------    ---------------------------
  "policy number"             "polish number" / "policy numb er"
  "excess"                    "access"
  "claim form"                "clean form"
  "physio"                    "fizzy oh"
  "A and E"                   "a any"
  "Göttingen"                 "get in gun" / "Gotham"
  "IBAN"                      "I ban" / "eye ban"
  "stent"                     "stint"
  "Kasko" (German word)       "cask oh"
  letters in numbers          "K F" -> "Kay Eff", "P H" -> "PH" or "pH"

Tip: if confidence is below 0.60, listen to the whole recording.

Thanks,
Rahul (super-user VoxScribe)"""
    return build("N", "en", "internal",
                 "trap: training list of speech-to-text errors incl. medical words, no person",
                 "2025-04-24 11:40", "Rahul Menon <rahul.menon@auerhahn.example>",
                 "International Service Desk <ksc-international@auerhahn.example>",
                 "VoxScribe - common transcription errors", body)


def m115():
    body = """ESCALATION - legal threat - please respond today

From: Atlantico shift lead (EN line)
To: Health Claims Outpatient, Complaints Management

Member: Mr Desmond O'Riordan, IHP-201102 (Gold)

Mr O'Riordan called at 10:05 and again at 11:40. He has metastatic
melanoma and his oncologist at the University Hospital prescribed
nivolumab plus ipilimumab. Our medical claims team sent a letter on
02/10 asking for further reports before approving the costs (approx.
EUR 18,000 per cycle). The first cycle is scheduled for 14/10.

He says he sent all reports on 03/10. He said he has instructed a
lawyer (Kanzlei Berghoff, Hannover) and will apply for an interim
injunction if there is no approval by Friday. He was calm but very
clear.

KIS shows the reports were received on 06/10 (scan batch 1006-44),
not yet linked to the claim.

Please call him back today: +49 176 5559 0281.

Paulo Reis
Shift Lead, Atlantico Contact Services for Auerhahn"""
    return build("S", "en", "internal",
                 "escalation: metastatic melanoma, immunotherapy approval, lawyer threat; health plan member",
                 "2025-10-08 12:05", "Paulo Reis (ext.) <ext.paulo.reis@auerhahn.example>",
                 "Leistung Kranken ambulant <leistung.kranken@auerhahn.example>",
                 "ESCALATION IHP-201102 - oncology approval - lawyer", body,
                 cc="Beschwerdemanagement <beschwerde@auerhahn.example>, Claire Donnelly <claire.donnelly@auerhahn.example>",
                 headers={"Importance": "high"})


def m116():
    body = """Complaint summary - for Digital Channels

Complaint ID: BM-25-02533 (web form, anonymous - no login, no name)

Summary:
A visitor complained through the website feedback form that the chat
bot "Hanna" on the contact page kept answering "I didn't understand
that" to every question about submitting a hospital bill. After five
attempts the bot offered only the phone number. The visitor writes
that the bot is "useless for anything health-related" and that the
hotline wait time was 25 minutes.

No contact details were left, so no reply is possible.

Our check: Intent "submit_hospital_invoice" was switched off by
mistake in release 3.8 (10/10). Re-enabled 22/10.

Recommendation: regression test for health intents before each release.

Julia Sander
Complaints Management"""
    return build("N", "en", "internal",
                 "trap: anonymous complaint about the chat bot and hospital bills, nobody identifiable",
                 "2025-10-23 09:50", "Julia Sander <julia.sander@auerhahn.example>",
                 "Digitale Kanäle <digital@auerhahn.example>",
                 "BM-25-02533 - chat bot health intents", body)


def m117():
    body = """Hallo Frau Hansmann, hallo Herr Dreyer,

kurzer Stand Rückrufbitten Leistung Kranken (Stand heute 07:00, aus
dem KIS-Report "RR offen je Postfach"):

  Postfach leistung.kranken (ambulant)      412 offen
    davon älter als 2 Arbeitstage           198
    davon älter als 5 Arbeitstage            61
  Postfach leistung.stationaer               87 offen
  Postfach leistung.zahn                    133 offen
  Postfach leistung.kt (Krankentagegeld)     29 offen

Jede offene Rückrufbitte erzeugt im Schnitt 1,7 Folgeanrufe. Wenn wir
die älter-als-5-Tage-Fälle bis Freitag abbauen, entlastet das die
Hotline um geschätzt 100 Anrufe.

Können wir dafür am Donnerstag zwei Sachbearbeiter*innen als
"Rückrufteam" abstellen? Das KSC stellt gerne zwei erfahrene Agents
dazu.

Viele Grüße
Dr. Sabine Kröger
Leitung Kundenservicecenter"""
    return build("N", "de", "internal",
                 "trap: callback backlog counts for health claims mailboxes, no person",
                 "2025-10-27 09:30", "Dr. Sabine Kröger <sabine.kroeger@auerhahn.example>",
                 "Ute Hansmann <ute.hansmann@auerhahn.example>, Klaus Dreyer <klaus.dreyer@auerhahn.example>",
                 "Rückrufbitten Leistung Kranken - Abbau bis Freitag?", body)


def m118():
    body = """Hallo Leben Leistung,

kurze Frage aus dem KSC, bevor ich etwas Falsches sage:

Heute rief ein Bestattungsinstitut an (Bestattungshaus Grotefend,
Northeim, Frau Grotefend). Es ging NICHT um einen bestimmten
Sterbefall. Sie wollte allgemein wissen, ob wir bei
Sterbegeldversicherungen direkt an das Bestattungsinstitut zahlen,
wenn die Angehörigen die Ansprüche abtreten, und welche Unterlagen wir
dafür brauchen (Abtretungserklärung, Sterbeurkunde, Rechnung?).

Gibt es dafür ein Standardformular, das ich ihr schicken kann? Dann
nehme ich das auch in die FAQ auf.

Danke und Gruß
Svenja Klaasen, KSC Team Leben/Unfall"""
    return build("N", "de", "internal",
                 "trap: funeral home asks generally about assignment of funeral-expense benefits, no deceased named",
                 "2025-11-12 14:08", "Svenja Klaasen <svenja.klaasen@auerhahn.example>",
                 "Leben Leistung <leben.leistung@auerhahn.example>",
                 "Allgemeine Anfrage Bestatter - Abtretung Sterbegeld", body)


def m119():
    body = """Transkript Sprachnachricht (VoxScribe) - Mailbox Kfz-Schaden
Eingang: Sa 08.03.2025 13:15   Dauer 00:58   Konfidenz 68 %

"ja hallo Ilse Bergmann hier ich bin bei ihnen versichert mit meinem
Polo ich bin heute beim Einparken am Kaufland in Weende gegen ein
anderes Auto gekommen hinten links am Stoßfänger der Fahrer war nicht
da ich hab einen Zettel hinter den Scheibenwischer getan und die
Polizei angerufen das Kennzeichen von dem anderen ist Gustav Otto
minus Anton Konrad fünf neun eins also GÖ-AK 591 ein grauer Opel
Insignia mein Kennzeichen ist GÖ-IB 73 verletzt ist natürlich niemand
bitte melden sie sich bei mir"

--
KSC Mo 10.03.: Kundin = Frau Ilse Bergmann, KF 76880291 (KH+TK).
Haftpflichtschaden anlegen. Rückruf erfolgt, Polizeiprotokoll-Nr.
folgt per Post. Gruß Kerstin"""
    return build("C", "de", "customer",
                 "voicemail: parking damage, named policyholder, both plates, motor policy; nobody hurt",
                 "2025-03-10 08:58", "Kerstin Bollmann <kerstin.bollmann@auerhahn.example>",
                 "Schaden Kfz <schaden.kfz@auerhahn.example>",
                 "Parkschaden GÖ-IB 73 Bergmann - Sprachnachricht 08.03.", body)


def m120():
    paras = [
        "FAQ KB-0611 - Beitragsanpassung Krankenversicherung zum 01.01.2026",
        "Freigegeben: Wissensmanagement KSC / Aktuariat Kranken, 08.10.2025",
        "Warum steigen die Beiträge? Die Leistungsausgaben sind stärker gestiegen als kalkuliert (u. a. Krankenhausbehandlungen, Arzneimittel, Pflege). Wenn der auslösende Faktor den Schwellenwert überschreitet, müssen die Beiträge nach § 155 VAG überprüft werden.",
        "Wie hoch ist die Anpassung? Das ist je Tarif, Alter und Geschlecht unterschiedlich. Der Kunde findet seinen neuen Beitrag im Nachtrag zum Versicherungsschein. Bitte keine Durchschnittswerte nennen.",
        "Kann der Kunde etwas tun? Tarifwechsel nach § 204 VVG, höherer Selbstbehalt, Wegfall von Zusatzbausteinen. Beratung zum Tarifwechsel nur durch Team Kranken 1 (Skill KV_Tarifwechsel).",
        "Sonderkündigungsrecht? Ja, innerhalb von zwei Monaten nach Zugang der Mitteilung. Hinweis: Für Vollversicherte gilt die Versicherungspflicht; Kündigung wird erst wirksam mit Nachweis einer Anschlussversicherung.",
        "Beitragsentlastung im Alter? Hinweis auf gesetzlichen Zuschlag und Beitragsentlastungstarif BE-Plus.",
    ]
    body = """Hallo Team Kranken 1 und 2,

anbei die freigegebene FAQ zur Beitragsanpassung 2026 als Word-Datei.
Bitte vor dem 20.10. lesen, die Schulung am 16.10. baut darauf auf.

Gruß Sven"""
    return build("N", "de", "internal",
                 "trap: FAQ (DOCX) on health premium adjustment, generic",
                 "2025-10-08 16:44", "Sven Höfer <sven.hoefer@auerhahn.example>",
                 "Team Kranken 1 <ksc-kranken1@auerhahn.example>, Team Kranken 2 <ksc-kranken2@auerhahn.example>",
                 "FAQ KB-0611 Beitragsanpassung 2026", body,
                 atts=[("FAQ_KB-0611_Beitragsanpassung_2026.docx", CT_DOCX, docx(paras))])


def m121():
    body = """Hallo Leistung Kranken,

die Sprachnachricht unten kam auf der deutschen Mailbox rein, der
Anrufer spricht aber Englisch - VoxScribe hat mit deutschem
Sprachmodell transkribiert, entsprechend wild. Ich habe das Audio
angehört und die Kernpunkte darunter notiert.

--- VoxScribe, 24.06.2025 18:31, Sprache erkannt: de-DE, Konfidenz 31 % ---
"hallo diss is Gräham Foster ei häff se helf insurance wis ju se
nummer is K vier vier sieben drei fünf fünf null acht eins zwei ei
hed a nie operäischen in Mai ent mei fisio serapie is now
finischt änd ei sent ju se bills bat ei only got pärt off se manie
bäck plies kohl mi bäck on null eins fünf zwei ..."
--- Ende ---

Meine Notiz nach Abhören (English, for your file):
- Caller: Mr Graham Foster, health policy K 4473550812
- Had knee surgery in May (he says "new knee", i.e. knee replacement),
  physiotherapy now finished (20 sessions)
- Submitted the physio bills, only partly reimbursed, wants an
  explanation
- Callback: 0152 3318 7740, he speaks English only

Danke, Tomás"""
    return build("S", "mixed", "customer",
                 "garbled German STT of English voicemail plus English note: knee replacement, physiotherapy bills",
                 "2025-06-25 09:10", "Tomás Ferreira <tomas.ferreira@auerhahn.example>",
                 "Leistung Kranken ambulant <leistung.kranken@auerhahn.example>",
                 "VM 24.06. Foster K 4473550812 - Physio (English speaker)", body)


def m122():
    body = """Sehr geehrter Herr Brzeziński, dear Mr Brzeziński,

wie gewünscht erhalten Sie die Bestätigung für Ihre Reise / as
requested, here is the confirmation for your trip:

  Versicherungsnehmer / Policyholder:  Tomasz Brzeziński
  Kfz-Vertrag / Motor policy:          KF 77390517
  Fahrzeug / Vehicle:                  Hyundai i30, GÖ-TB 808,
                                       FIN TMAH351UAPJ066214
  Gültigkeit / Valid:                  01.07.2025 - 31.12.2025

Die Internationale Versicherungskarte (Grüne Karte) ist für die
Einreise nach Serbien und Bosnien-Herzegowina erforderlich. Sie finden
sie als PDF in Ihrem Kundenpostfach. Please print it and keep it in
the car - a copy on the phone is not accepted at every border.

Gute Fahrt / Have a safe trip!

Piotr Nowak
Kundenservicecenter Erfurt
Auerhahn Allgemeine Versicherung AG"""
    return build("C", "mixed", "insurer-to-customer",
                 "bilingual green card confirmation: named customer, motor policy, plate, VIN",
                 "2025-06-27 10:22", "Auerhahn Kundenservice <service@auerhahn.example>",
                 "Tomasz Brzezinski <t.brzezinski@pocztamail.example>",
                 "Grüne Karte / Green Card - KF 77390517", body)


def m123():
    body = """Hallo Claire, hi Anke,

for the bilingual pilot (DE/EN skill on the motor queue) from 1 September
I need two people per shift who can take both languages. Vorschlag:

  Früh 07-15:   Tomás (EN/DE) + Kerstin (DE, EN B2)
  Spät 12-20:   Rahul (EN/DE) + Dennis (DE/EN)
  Sa 09-14:     rotating, see plan

Could you check with your people until Friday? Kerstin und Dennis haben
grundsätzlich schon zugesagt, Rahul would need to swap his Thursday
late shift.

Danke / thanks
Henrik"""
    return build("N", "mixed", "internal",
                 "trap: bilingual staffing proposal naming colleagues, no customer data",
                 "2025-08-13 12:20", "Henrik Vogt <henrik.vogt@auerhahn.example>",
                 "Claire Donnelly <claire.donnelly@auerhahn.example>, Anke Brüning <anke.bruening@auerhahn.example>",
                 "Pilot DE/EN skill motor - shift proposal", body)


def m124():
    csvdata = csvb([
        ["RR-Nr", "angelegt", "Postfach", "Vertrag", "Name", "Anliegen", "Rueckruf_bis"],
        ["RR-1103-0041", "03.11.2025 08:14", "leistung.kranken", "K 4470381127", "Weßling, Dorothea", "Rechnung Dermatologie, Lasertherapie Rosazea gekürzt", "05.11.2025"],
        ["RR-1103-0057", "03.11.2025 08:52", "leistung.stationaer", "K 4469912208", "Kuhnert, Bernd", "KÜ Bypass-OP Herzzentrum, Termin 12.11.", "04.11.2025"],
        ["RR-1103-0062", "03.11.2025 09:05", "leistung.zahn", "K 4473201195", "Sahin, Aylin", "HKP Brücke 14-16", "06.11.2025"],
        ["RR-1103-0080", "03.11.2025 09:40", "leistung.kt", "K 4466502871", "Fromm, Jürgen", "KT nach Schlaganfall, AU seit 12.09.", "05.11.2025"],
        ["RR-1103-0091", "03.11.2025 10:11", "leistung.kranken", "K 4471880034", "Ludewig, Carina", "Hörgeräte beidseits, Kostenvoranschlag 5.980 EUR", "07.11.2025"],
    ], enc="windows-1252")
    readme = """Export KIS Rückrufbitten (Filter: Team Kranken 2, angelegt 03.11.2025)
Erstellt: 03.11.2025 16:02 durch abruening
Hinweis: Export für Auswertung RR-Laufzeiten, bitte nach Auswertung löschen.
"""
    body = """Hallo Henrik,

anbei der Export der Rückrufbitten von Montag für deine
Laufzeitanalyse (Team Kranken 2). Ich hab's gezippt, weil Outlook die
CSV sonst in der Vorschau aufmacht.

Gruß Anke"""
    return build("S", "de", "internal",
                 "harmless body; ZIP with CSV export of callback requests: named insureds, bypass surgery, stroke, hearing aids",
                 "2025-11-03 16:10", "Anke Brüning <anke.bruening@auerhahn.example>",
                 "Henrik Vogt <henrik.vogt@auerhahn.example>",
                 "RR-Export 03.11. Team Kranken 2", body,
                 atts=[("RR_Export_2025-11-03.zip", "application/zip",
                        zip_of([("RR_Export_2025-11-03.csv", csvdata), ("LIESMICH.txt", readme)]))])


def m125():
    body = """Hallo Vertragsservice,

Anfrage aus dem Chat (CH-250114-0712), bitte Bescheinigung erstellen:

Kunde: Herr Malte Ebeling, Kopernikusstraße 30, 37079 Göttingen
Verträge: PH 38120557 (Privathaftpflicht), KF 77066142 (Kfz-Haftpflicht)
Wunsch: Beitragsbescheinigung 2024 für die Steuererklärung
(Vorsorgeaufwendungen / sonstige Versicherungen)
Steuer-ID lt. Kunde: 47 036 892 815 - er möchte, dass sie auf der
Bescheinigung steht, weil sein Steuerberater das verlangt.

Hinweis von mir: Für PHV/Kfz gibt es keine elektronische Meldung ans
Finanzamt, daher formlose Bescheinigung. Versand bitte ins
Kundenpostfach.

Danke, Dennis"""
    return build("C", "de", "internal",
                 "premium certificate request: named customer, address, tax ID, liability/motor policies",
                 "2025-01-14 08:58", "Dennis Okafor <dennis.okafor@auerhahn.example>",
                 "Vertragsservice Sach <vertragsservice.sach@auerhahn.example>",
                 "Beitragsbescheinigung 2024 Ebeling (PH/KF)", body)


def m126():
    body = """Liebe Kolleginnen und Kollegen,

weil es in den letzten Wochen Unsicherheiten gab, hier noch einmal der
Leitfaden "Anrufe von Angehörigen und Dritten" (gilt für alle Sparten,
für Kranken/Leben/Unfall/Pflege besonders streng):

1. Wer ruft an? Name und Beziehung zur versicherten Person erfragen.
2. Ist im KIS eine Vollmacht, Betreuung oder Auskunftsberechtigung
   hinterlegt? (Reiter "Berechtigte")
   - Ja: Legitimation der anrufenden Person wie bei Kunden, dann
     Auskunft im Rahmen der Vollmacht.
   - Nein: nur allgemeine Auskünfte (Unterlagen, Adressen, Ablauf).
3. Ehepartner und Eltern volljähriger Kinder sind NICHT automatisch
   berechtigt.
4. Bei minderjährigen Versicherten: Auskunft an den VN (meist ein
   Elternteil). Ab 16 Jahren bei sensiblen Themen (z. B. Verhütung,
   Psychotherapie) vorher Fachabteilung fragen.
5. Wenn die Person Vollmacht nachreichen will: Formular AV-03 per Post
   oder Kundenpostfach, nie per normaler E-Mail.

Beispiel richtig: "Ich darf Ihnen ohne Vollmacht leider keine
Auskunft zu den Leistungen Ihres Mannes geben. Ich kann Ihnen aber
gern sagen, wie Sie eine Vollmacht einreichen."

Viele Grüße
Sven Höfer"""
    return build("N", "de", "internal",
                 "trap: guideline for calls from relatives incl. health topics, no person",
                 "2025-09-01 08:10", "Sven Höfer <sven.hoefer@auerhahn.example>",
                 "KSC alle <ksc-alle@auerhahn.example>",
                 "Leitfaden: Anrufe von Angehörigen und Dritten", body)


def m127():
    body = """Hi Paulo,

QM evaluation for agent A-121 (ext.beatriz.nunes), call of 03/06/2025
14:10, EN_Health, 8:32 min.

Customer: Ms Olivia Brandt-Mensah, IHP-205573 (Silver)
Topic: hospital daily cash after childbirth. She gave birth by
emergency C-section on 21/05 at Klinikum Kassel (5 nights, baby
in the neonatal unit for 2 of them) and asked why only 3 nights of
hospital cash (EUR 50/night) were paid.

Scores (QM-EN 2025):
  Greeting / ID&V .................. 5/5
  Listening / empathy .............. 5/5  congratulated, calm
  Accuracy ......................... 2/5  said "your plan only pays for
                                          3 nights for a birth" - wrong,
                                          the 3-night limit is for
                                          outpatient births; inpatient
                                          C-section = all nights
  Resolution ....................... 3/5
  Documentation .................... 4/5
  Total ............................ 19/25

Please coach on the maternity benefits. The claim has been corrected by
the claims team on 05/06 (additional EUR 100 paid).

Miriam"""
    return build("S", "en", "internal",
                 "QM evaluation: named insured, emergency C-section, neonatal unit, hospital cash",
                 "2025-06-10 10:12", "Miriam Castell <miriam.castell@auerhahn.example>",
                 "Paulo Reis (ext.) <ext.paulo.reis@auerhahn.example>",
                 "QM evaluation A-121 - call 03/06 14:10", body,
                 cc="Claire Donnelly <claire.donnelly@auerhahn.example>")


def m128():
    body = """Handover EN desk - late -> early, Fri 21/02/2025

Quiet evening, 143 calls, SL 88 %.

Open for early shift:
1. KS-25-113350 - Mr Jamal Haidari (KF 77440182, GÖ-JH 2602):
   rear-ended at traffic lights yesterday, other party (Mr Gerd
   Stoffregen, HWI insurance) admitted fault at the scene. Customer
   wants a rental car from today. Please check with Motor Claims at
   8:00 whether we can arrange it as a service and call him:
   0176 0221 9318. Nobody injured.
2. KS-25-113402 - Ms Rosa Delgado-Imhoff (KF 77205561): windscreen
   crack, booked with our glass partner for Monday, just needs
   the claim number confirmed by SMS. Done? Not sure - please check.
3. Printer on 3rd floor jammed again.

Sophie"""
    return build("C", "en", "internal",
                 "handover: two motor claims with named customers, third party, plates; nobody injured",
                 "2025-02-21 06:45", "Sophie Lindqvist <sophie.lindqvist@auerhahn.example>",
                 "International Service Desk <ksc-international@auerhahn.example>",
                 "Handover late -> early 21/02", body)


def m129():
    body = """Dear colleagues,

we are delighted to share that the Auerhahn Customer Service Centre has
received the "Service Excellence 2025" award of the Insurance Customer
Service Forum in the category "insurers up to 1 million customers".

The jury highlighted
  - our callback promise (callback within 2 working days, kept in 91 %
    of cases in the test period),
  - the 24/7 travel emergency line in German and English, and
  - the mystery calls on health and disability claims, where our
    agents "explained complex topics clearly and with empathy".

Thank you to everyone in Göttingen, Erfurt and Lisbon! The award will
be presented on 27 November in Cologne. Dr. Kröger will accept it on
behalf of all of you.

Corporate Communications
Auerhahn Versicherungsgruppe"""
    return build("N", "en", "internal",
                 "trap: award announcement mentioning health/disability claims generally",
                 "2025-11-14 11:00", "Unternehmenskommunikation <kommunikation@auerhahn.example>",
                 "KSC alle <ksc-alle@auerhahn.example>",
                 "Service Excellence Award 2025 for our Customer Service Centre", body)


def m130():
    body = """Meldung möglicher Datenschutzverletzung (Art. 33 DSGVO) - Eilt

An: Datenschutzbeauftragte
Von: Teamleitung KSC Göttingen

Was ist passiert?
Heute um 10:32 hat ein Agent aus Team Kranken 2 auf Wunsch der Kundin
den Entlassungsbericht ihres Krankenhausaufenthalts (den sie
"für ihre Unterlagen" wollte) per E-Mail verschickt - leider an eine
falsch geschriebene Adresse:
  richtig:  k.hollenbeck@mailbox-nord.example
  versandt: k.hollenbek@mailbox-nord.example (Tippfehler, kein Bounce)

Betroffene Person: Frau Katharina Hollenbeck, K 4472661093
Inhalt: Entlassungsbericht Universitätsmedizin vom 17.09.2025,
Diagnosen: Lungenembolie beidseits (I26.9), tiefe Beinvenenthrombose
links (I80.2), Einstellung auf Apixaban; 8 Seiten, PDF unverschlüsselt.

Zusätzlich: Versand per normaler E-Mail war ohnehin nicht zulässig
(Leitfaden: nur Kundenpostfach/Post).

Sofortmaßnahmen:
- Rückruf-Funktion in Outlook versucht (extern wirkungslos)
- Mail an die falsche Adresse mit Bitte um Löschung geschickt, 10:51
- Kundin noch nicht informiert, Abstimmung mit Ihnen erbeten

Ansprechpartner: Anke Brüning, -4410

Anke Brüning
Teamleitung KSC Göttingen"""
    return build("S", "de", "internal",
                 "data breach report: named insured's discharge report, ICD I26.9/I80.2, anticoagulant",
                 "2025-09-24 11:05", "Anke Brüning <anke.bruening@auerhahn.example>",
                 "Dr. Cornelia Wendt <cornelia.wendt@auerhahn.example>",
                 "EILT: Datenpanne - Entlassungsbericht an falsche E-Mail-Adresse", body,
                 cc="Dr. Sabine Kröger <sabine.kroeger@auerhahn.example>",
                 headers={"Importance": "high"})


def m131():
    body = """Hallo Vertrieb Direkt,

Rückrufwunsch eines Interessenten (kein Kunde, nicht im KIS):

Name: Herr Till Brockhaus
Tel.: 0551 4021 877, gern nach 18 Uhr
Anliegen: Angebot für eine Reiserücktrittsversicherung (Jahresvertrag,
Familie mit 2 Kindern), Vergleich mit dem Angebot seiner Bank. Er hat
auf der Website den Rechner ausprobiert und hätte gern eine Beratung
zu Selbstbeteiligung und Reiseabbruch.

Einwilligung in Rückruf zu Werbezwecken: ja, telefonisch erteilt,
dokumentiert im Lead-Tool (Lead L-25-04471).

Gruß
Kerstin, KSC"""
    return build("N", "de", "internal",
                 "trap: prospect asking for a travel insurance quote, name and phone only, not insured",
                 "2025-05-19 17:25", "Kerstin Bollmann <kerstin.bollmann@auerhahn.example>",
                 "Vertrieb Direkt <vertrieb.direkt@auerhahn.example>",
                 "Lead L-25-04471 - Rückruf Reiserücktritt", body)


def m132():
    rows = [["QM-Bewertungsbogen KSC 2025 (Vorlage) - bitte je Gespräch eine Kopie", "", ""],
            ["Datum / Uhrzeit", "", ""],
            ["Queue", "", ""],
            ["Agent (Kürzel)", "", ""],
            ["Vertragsnummer (nur intern, nicht in Auswertungen übernehmen)", "", ""],
            ["Kriterium", "Punkte (0-5)", "Beobachtung"],
            ["Begrüßung und Legitimation (Name, Geburtsdatum, PLZ)", "", ""],
            ["Zuhören / Empathie", "", ""],
            ["Fachliche Richtigkeit", "", ""],
            ["Lösung / nächste Schritte vereinbart", "", ""],
            ["Dokumentation (keine Gesundheitsdaten im Freitext)", "", ""],
            ["Summe", "", ""],
            ["Note: 23-25 sehr gut, 20-22 gut, 17-19 befriedigend, 14-16 ausreichend, <14 Nachschulung", "", ""]]
    body = """Hallo zusammen,

für die Kalibrierungsrunde am Mittwoch hier die leere Vorlage des
QM-Bewertungsbogens 2025. Bitte je Mitschnitt einen Bogen ausfüllen und
bis Dienstagabend in den QM-Ordner legen.

Gruß Miriam"""
    return build("N", "de", "internal",
                 "trap: blank QM evaluation form (XLSX) mentioning birth date and health data as criteria",
                 "2025-01-27 12:30", "Miriam Castell <miriam.castell@auerhahn.example>",
                 "KSC Teamleitungen <ksc-teamleitungen@auerhahn.example>",
                 "Vorlage QM-Bewertungsbogen 2025 (leer)", body,
                 atts=[("QM-Bewertungsbogen_2025_leer.xlsx", CT_XLSX, xlsx(rows, "Bogen"))])


def m133():
    body = """Hallo Leistungserbringer-Management,

Rückrufbitte einer Klinik, aber ausdrücklich nicht zu einem Patienten:

Anrufer: Herr Wiegand, Leiter Patientenverwaltung, Kreisklinikum
Meißnerland, Eschwege, Tel. 05651 82 1400

Das Klinikum möchte allgemein wissen, ob und wie es der
Direktabrechnung per Klinik-Card (Auerhahn Card) beitreten kann, und
ob es dafür einen Rahmenvertrag oder einen elektronischen
Datenaustausch (§ 301 SGB V-ähnlich) gibt. Bisher schicken sie die
Rechnungen an die Patienten.

Könnt ihr euch bei ihm melden?

Gruß
Murat, KSC"""
    return build("N", "de", "internal",
                 "trap: hospital administration asks generally about direct billing, no patient",
                 "2025-04-09 13:33", "Murat Aydın <murat.aydin@auerhahn.example>",
                 "Leistungserbringer-Management <provider.relations@auerhahn.example>",
                 "Anfrage Kreisklinikum Meißnerland - Direktabrechnung", body)


def m134():
    body = """Hallo Inkasso,

Anruf heute von Herrn Steffen Kolodziej (Hausrat HR 55377014,
Kfz KF 77168309), Erfurt:

Er teilt mit, dass am 28.05.2025 beim Amtsgericht Erfurt das
Verbraucherinsolvenzverfahren über sein Vermögen eröffnet wurde
(Az. 9 IK 412/25). Insolvenzverwalterin: Rechtsanwältin Dr. Katrin
Seifert, Anger 41, 99084 Erfurt. Er sagt, Zahlungen sollen künftig
nur noch über das Anderkonto der Verwalterin laufen:
DE08 4306 0967 0472 7314 35.

Offen sind bei uns lt. KIS: Kfz-Beitrag 2. Halbjahr 2025 (412,60 EUR)
und ein Regress aus KS-24-088190 (1.850,00 EUR, Ratenzahlung seit
01/2025). Er fragt,
 - ob die Verträge weiterlaufen (er braucht das Auto für die Arbeit),
 - ob er die Raten für den Regress weiterzahlen darf/soll.

Ich habe ihn an euch bzw. an die Insolvenzverwalterin verwiesen, keine
Zusagen. Tel. 0361 6012 884.

Gruß Ralf"""
    return build("C", "de", "internal",
                 "consumer insolvency of named customer, court file number, arrears, non-personal policies",
                 "2025-06-04 11:47", "Ralf Siebert <ralf.siebert@auerhahn.example>",
                 "Beitragsbuchhaltung <inkasso@auerhahn.example>",
                 "Insolvenz Kolodziej - HR 55377014 / KF 77168309", body)


def m135():
    body = """An alle Teams Sach/HUK und Kfz (Göttingen, Erfurt, Lissabon),

wegen des Sturmtiefs gilt ab sofort bis einschließlich Sonntag die
Sonderlage "Unwetter Stufe 2":

- Rückrufbitten für Sturm-/Hagelschäden NICHT einzeln an Schaden Sach
  mailen, sondern direkt im Schadentool als "Sturm-Sammelmeldung"
  anlegen. Die Regulierer arbeiten die Liste ab.
- Priorität: unbewohnbare Wohnungen, offene Dächer, Gefahr für
  Personen (dann zuerst 112/Feuerwehr!).
- Standardauskunft: "Bitte Fotos machen, provisorisch sichern,
  Rechnungen aufbewahren. Ein Regulierer meldet sich."
- Überstunden sind genehmigt, bitte bei der Schichtleitung eintragen.

Lagebesprechung täglich 08:15 per Teams.

Dr. Sabine Kröger
Leitung KSC"""
    return build("N", "de", "internal",
                 "trap: storm special-situation instructions, no personal data",
                 "2025-10-24 07:30", "Dr. Sabine Kröger <sabine.kroeger@auerhahn.example>",
                 "KSC Sach/Kfz alle <ksc-sach-kfz@auerhahn.example>",
                 "Sonderlage Unwetter Stufe 2 - ab sofort", body)


def m136():
    body = """Hi Life Claims,

chat transcript below - critical illness claim, customer wants to know
what to send.

Chat CH-250527-1503, 27/05/2025, logged in
Customer: Mr Kwame Asante-Meyer, policy L 31588213 (critical illness,
sum insured EUR 100,000)

[15:03] Customer: Hello. I was diagnosed with multiple sclerosis in
April (relapsing-remitting, confirmed by MRI and lumbar puncture at the
neurology dept in Göttingen). I have the critical illness cover with
you. How do I make a claim?
[15:06] Agent Rahul: I'm very sorry to hear about your diagnosis, Mr
Asante-Meyer. I'll explain the steps. We need the claim form, the
neurologist's report confirming the diagnosis and the date of
diagnosis, and the MRI report.
[15:09] Customer: my neurologist is Dr. Schaper. can you get the
reports directly from him?
[15:11] Agent Rahul: Yes, if you sign the consent and release from
confidentiality (form LV-S12). I'll ask our life claims team to send you
the forms.
[15:13] Customer: thanks. how long does it take?
[15:14] Agent Rahul: Usually 4-6 weeks once all documents are in.

Please send forms LV-S12 and LV-CI01 to the customer mailbox.

Rahul"""
    return build("S", "en", "internal",
                 "chat: multiple sclerosis diagnosis, critical illness claim on life policy",
                 "2025-05-27 15:30", "Rahul Menon <rahul.menon@auerhahn.example>",
                 "Leben Leistung <leben.leistung@auerhahn.example>",
                 "CI claim L 31588213 Asante-Meyer - forms please", body)


def m137():
    body = """Dear Mr Whitaker,

thank you for your call regarding the renewal of the buildings
insurance for your rental property.

  Policy:            WG 61255093
  Insured property:  Geiststraße 6, 37073 Göttingen
                     (multi-family house, 4 flats, built 1911)
  Policyholder:      Mr Jonathan Whitaker, Bristol (UK)
  Renewal date:      1 January 2026
  New annual premium: EUR 2,684.20 (incl. 19 % insurance tax)

As discussed, the premium includes the elementary damage cover
(flood, heavy rain), which you asked about. Your property manager in
Göttingen (Hausverwaltung Kestner) will continue to receive copies of
claims correspondence as authorised by you.

Kind regards
Tomás Ferreira
International Service Desk
Auerhahn Allgemeine Versicherung AG"""
    return build("C", "en", "insurer-to-customer",
                 "buildings renewal for a private landlord: named customer, insured address, premium",
                 "2025-11-20 14:02", "Auerhahn International Service <service-international@auerhahn.example>",
                 "Jonathan Whitaker <jon.whitaker@britmail.example>",
                 "Renewal of your buildings insurance WG 61255093", body)


def m138():
    body = """Hi team,

reminder on data subject access requests (Art. 15 GDPR) that come in
by phone:

- We do NOT handle the request on the phone and do not read out data.
- Record: name, policy number (if given), how the caller wants to
  receive the answer (post / customer mailbox).
- Create the task "DSAR" in KIS - it goes to the Data Protection
  Office automatically. Deadline one month.
- If the caller asks for call recordings: same process, the DPO
  decides.
- If the caller is a lawyer acting for a customer: ask for the power
  of attorney in writing.

Template sentence: "I have recorded your request. Our data protection
team will send you the information within one month by post or to
your customer mailbox."

Thanks,
Claire"""
    return build("N", "en", "internal",
                 "trap: process note on data subject access requests by phone",
                 "2025-03-03 09:20", "Claire Donnelly <claire.donnelly@auerhahn.example>",
                 "International Service Desk <ksc-international@auerhahn.example>",
                 "Reminder: DSAR by phone", body)


def m139():
    body = """Hallo Kai,

heute kam über die Hotline Kranken eine Presseanfrage rein, die
Kollegin hat sie korrekt nicht beantwortet und an mich gegeben.

Anruferin: Frau Leonie Hartwig, Redaktion "Göttinger Abendblatt",
Tel. 0551 3077 210, leonie.hartwig@goettinger-abendblatt.example

Sie recherchiert zu "Wartezeiten bei privaten Krankenversicherern"
und möchte wissen:
 - durchschnittliche Bearbeitungszeit für Arztrechnungen 2025
 - wie viele Anrufe die Hotline Kranken am Tag bekommt
 - ob wir Personal abgebaut haben
Keine Einzelfälle. Redaktionsschluss Freitag 12 Uhr.

Kannst du übernehmen?

Gruß
Sabine Kröger"""
    return build("N", "de", "internal",
                 "trap: press enquiry on health claims waiting times, journalist's business contact only",
                 "2025-07-30 15:05", "Dr. Sabine Kröger <sabine.kroeger@auerhahn.example>",
                 "Kai Marquardt <kai.marquardt@auerhahn.example>",
                 "Presseanfrage Göttinger Abendblatt - Wartezeiten Kranken", body)


def m140():
    body = """Sehr geehrte Frau Tessmer,

Sie hatten heute in unserer Maklerhotline angerufen. Hier die
erbetenen Informationen zum Kfz-Vertrag Ihres Kunden:

  VN:               Herr Dirk Wallbrecht, Rosdorf
  Vertrag:          KF 77325508 (Makler-Nr. 40771, Courtage-Bestand)
  Fahrzeug:         Tesla Model 3, GÖ-DW 2024E
  SF-Klasse:        KH SF 12, VK SF 10 (Stand 01.01.2025)
  Beitrag 2025:     1.128,40 EUR jährlich
  Schäden:          KS-24-071162 (Glas, ohne Rückstufung)

Die Anfrage zum Wechsel in den Telematik-Tarif "AH Drive" kann Ihr
Kunde zum 01.01.2026 stellen; ein Wechsel während der Laufzeit ist
nicht möglich.

Mit freundlichen Grüßen

Dennis Okafor
Kundenservicecenter - Maklerbetreuung
Auerhahn Allgemeine Versicherung AG
Tel. 0551 9970-500 | makler@auerhahn.example"""
    return build("C", "de", "insurer-to-broker",
                 "motor contract details to broker: named customer, plate, SF class, premium, claim",
                 "2025-03-14 14:22", "Auerhahn Maklerbetreuung <makler@auerhahn.example>",
                 "Sandra Tessmer <s.tessmer@tessmer-finanz.example>",
                 "Ihr Anruf - KF 77325508 Wallbrecht", body)


def m141():
    body = """Liebe Kolleginnen und Kollegen,

ab 01.07. gelten neue interne Durchwahlen für die Weiterverbindung
aus dem KSC (warm transfer nur nach Ankündigung!):

  Leistung Kranken ambulant ........ -1510
  Leistung Kranken stationär ....... -1520 (Klinik-Hotline -1525)
  Leistung Zahn .................... -1530
  Krankentagegeld .................. -1540
  Leistung Pflege .................. -1550
  Leben Leistung / BU .............. -2110 / -2120
  Unfall Leistung .................. -2210
  Schaden Kfz ...................... -3110
  Schaden Sach / Haftpflicht ....... -3310 / -3320
  Rechtsschutz Schaden ............. -3410
  Reise-Assistance (24/7) .......... -4990
  Beitragsbuchhaltung .............. -5110
  Datenschutz ...................... -1180

Die Telefonliste im Intranet ist aktualisiert. Die alten Nummern
laufen bis 31.07. parallel.

Gruß
Henrik Vogt"""
    return build("N", "de", "internal",
                 "trap: internal phone directory of claims departments",
                 "2025-06-26 10:00", "Henrik Vogt <henrik.vogt@auerhahn.example>",
                 "KSC alle <ksc-alle@auerhahn.example>",
                 "Neue Durchwahlen Fachabteilungen ab 01.07.", body)


def m142():
    rows = [["BM-Wochenliste KW 36/2025 - Eingänge über das KSC", "", "", "", "", ""],
            ["BM-Nr", "Eingang", "Kunde", "Vertrag", "Sparte", "Kurzbeschreibung"],
            ["BM-25-02101", "01.09.2025", "Gerlinde Pape", "K 4469118803", "Kranken", "Ablehnung Kostenübernahme Liposuktion bei Lipödem Stadium II"],
            ["BM-25-02104", "01.09.2025", "Holger Brinkmann", "KF 77244019", "Kfz", "Regulierungsdauer Glasschaden"],
            ["BM-25-02109", "02.09.2025", "Petra Lindemann-Yüksel", "L 30994415", "Leben/BU", "BU-Nachprüfung: Leistung eingestellt trotz fortbestehender MS-Schübe"],
            ["BM-25-02112", "03.09.2025", "Aleksander Nowicki", "HR 55288170", "Sach", "Unfreundlicher Rückruf Sachbearbeiter"],
            ["BM-25-02118", "04.09.2025", "Regina Dohrmann", "PT 8811960", "Pflege", "Pflegetagegeld: Anerkennung Pflegegrad 4 erst ab Antragsmonat"],
            ["BM-25-02120", "05.09.2025", "Marcel Timpe", "K 4473509917", "Kranken", "Erstattung Methylphenidat (ADHS) gekürzt, Apothekenrechnung"]]
    body = """Hallo zusammen,

anbei die Wochenliste KW 36 für die Dienstagsrunde.

Julia"""
    return build("S", "de", "internal",
                 "harmless body; XLSX complaint list with named customers: lipoedema, MS, care level 4, ADHD medication",
                 "2025-09-08 08:15", "Julia Sander <julia.sander@auerhahn.example>",
                 "Beschwerdemanagement <beschwerde@auerhahn.example>",
                 "BM-Wochenliste KW 36", body,
                 atts=[("BM_Wochenliste_KW36.xlsx", CT_XLSX, xlsx(rows, "KW36"))])


def m143():
    body = """Hallo Gewerbe-Vertrieb,

Rückrufwunsch von einem Verein, bitte an die zuständige Kollegin:

Verein: Reit- und Fahrverein Leinetal e.V., Reitanlage Hetjershausen
Ansprechpartner: 1. Vorsitzender, Tel. 0551 7908 120 (Geschäftsstelle,
Di/Do 17-19 Uhr)

Der Verein möchte ein Angebot für:
  - Vereinshaftpflicht (ca. 240 Mitglieder, Turniere 3x jährlich)
  - Gruppen-Tierhalterhaftpflicht für die 14 Schulpferde
  - Inhaltsversicherung für Sattelkammer und Vereinsheim
Bisher beim Wettbewerber, Ablauf 31.12.

Danke
Mandy (KSC Erfurt)"""
    return build("N", "de", "internal",
                 "trap: riding club (registered association) asks for commercial quote, no natural person",
                 "2025-09-15 17:40", "Mandy Kaltofen <mandy.kaltofen@auerhahn.example>",
                 "Gewerbe Vertrieb <gewerbe.vertrieb@auerhahn.example>",
                 "Anfrage Angebot Reit- und Fahrverein Leinetal e.V.", body)


def m144():
    body = """Hi all,

for Friday's practice session, here are the role-play scenarios for
the health line. All persons are fictitious - please don't use real
cases from your queue.

Scenario 1 - "The surprise invoice"
  Caller: John Sample (fictitious), member no. IHP-000001.
  Situation: received a hospital invoice for a private room although
  his plan covers only a shared room. Upset, wants us to pay.
  Goal: explain the benefit, no promises, offer a written review.

Scenario 2 - "Calling for my mother"
  Caller: Jane Example (fictitious), daughter of an insured person.
  Situation: asks about her mother's care invoices. No power of
  attorney on file.
  Goal: correct ID&V, general information only, explain the
  authorisation form.

Scenario 3 - "I'm abroad and need a doctor"
  Caller: Max Test (fictitious), on holiday in Spain, fever since
  yesterday.
  Goal: transfer to travel emergency, don't give medical advice.

Observers use the QM-EN form. 10 min per scenario + 5 min feedback.

Lea"""
    return build("N", "en", "internal",
                 "trap: role-play scenarios with fictitious callers and dummy member numbers",
                 "2025-04-09 09:45", "Lea Hoffstätter <lea.hoffstaetter@auerhahn.example>",
                 "Einarbeitung EN 2025-06 <einarbeitung-en-2025-06@auerhahn.example>",
                 "Role plays for Friday - health line", body)


def m145():
    body = """Hi Life Contracts,

callback request from the EN line:

Policyholder: Ms Ingrid Falkenberg-Shaw, born 23/02/1968
Policy: L 30561147 (endowment, start 01/04/2004, maturity 01/04/2034)
Phone: +49 171 6602 3390 (evenings)

She is moving back to the UK next year and wants to know
 - the current surrender value and what would be deducted,
 - whether she can make the policy paid-up (beitragsfrei) instead and
   keep it running while living abroad,
 - the tax implications in Germany if she surrenders before age 62
   (told her we can't give tax advice, but can send the figures).

Please send her a surrender/paid-up quote to the customer mailbox.

Thanks,
Sophie"""
    return build("S", "en", "internal",
                 "life contract: surrender value request, birth date, endowment policy (personal line)",
                 "2025-11-25 12:18", "Sophie Lindqvist <sophie.lindqvist@auerhahn.example>",
                 "Leben Vertragsservice <leben.vertragsservice@auerhahn.example>",
                 "Surrender / paid-up quote L 30561147 Falkenberg-Shaw", body)


def m146():
    body = """VoxScribe transcript - EN line mailbox
Received: 2025-12-13 09:51   Duration: 01:14   Confidence: 0.69

"yes hello this is Aoife Brannigan I rent a flat at Goßlerstraße
seventeen third floor and this morning I noticed the washing machine
hose had come loose and there was water all over the bathroom floor
the downstairs neighbour Mr Hübner just rang the bell there's a wet
patch on his ceiling and his bathroom light stopped working I have
personal liability with you I think and maybe household the number is
P H three eight five zero two two six four can someone call me please
my number is zero one five seven three three four one two nine eight
eight thank you"

--
Liability + household claims: PH 38502264 and HR 55611489 found for
Ms Aoife Brannigan. No injuries mentioned. Please open claims and call
her back. Electrician for the neighbour's light already called by the
landlord.
Sophie"""
    return build("C", "en", "customer",
                 "voicemail: tenant's water damage to flat below, named customer and neighbour, policies; no injuries",
                 "2025-12-15 08:30", "Sophie Lindqvist <sophie.lindqvist@auerhahn.example>",
                 "Schaden Haftpflicht <schaden.haftpflicht@auerhahn.example>",
                 "Water damage Brannigan - PH 38502264 / HR 55611489", body,
                 cc="Schaden Sach <schaden.sach@auerhahn.example>")


def m147():
    body = """Shift handover Lisbon -> Göttingen, Sat 06/12/2025

Calls: 388 | Chats: 41 | SL 86 % | Abandon 2.9 %

All callbacks from our shift have been sent to the department
mailboxes - nothing open for you.

Notes:
- Chat tool was slow between 14:00 and 14:30 (ticket INC-0101448),
  no data lost.
- We had many questions about the 2026 health premium letters; the
  FAQ KB-EN-0110 covered almost everything. Suggestion: add a line
  about the tariff switch deadline.
- Two prank calls on the travel emergency line, blocked numbers as per
  process.
- New Atlantico agent A-129 did her first live shift, went well.

Have a good Sunday,
Paulo"""
    return build("N", "en", "internal",
                 "trap: nearshore shift handover without any personal data",
                 "2025-12-06 20:12", "Paulo Reis (ext.) <ext.paulo.reis@auerhahn.example>",
                 "International Service Desk <ksc-international@auerhahn.example>",
                 "Handover Lisbon -> GÖ 06/12", body)


def m148():
    lines = [
        "Zahnarztpraxis Dr. med. dent. Ole Brandes - Groner Tor 2 - 37073 Göttingen",
        "",
        "Heil- und Kostenplan (Privat) nach GOZ",
        "Patient: Wolfgang Heuer, geb. 04.06.1957",
        "Versicherung: Auerhahn Krankenversicherung AG, K 4467009183",
        "",
        "Befund: 35, 36 fehlend; 34 Karies profunda, avital; Parodontitis marginalis (chron.)",
        "Planung: Implantate regio 35 und 36, Knochenaufbau (Sinuslift nicht erforderlich),",
        "         Kronen 35i, 36i (Zirkon), Wurzelkanalbehandlung und Krone 34",
        "",
        "GOZ 9010  Implantatinsertion (2x)              2,3fach      786,64 EUR",
        "GOZ 9100  Aufbau des Alveolarfortsatzes        2,3fach      354,18 EUR",
        "GOZ 2410  Aufbereitung Wurzelkanal (3x)        2,3fach      258,72 EUR",
        "GOZ 2210  Versorgung mit Vollkrone (3x)        2,3fach      710,88 EUR",
        "Material- und Laborkosten (geschätzt)                       2.980,00 EUR",
        "Implantatmaterial (2 Implantate)                              1.140,00 EUR",
        "",
        "Voraussichtliche Gesamtkosten:                              6.230,42 EUR",
        "",
        "Göttingen, 11.02.2025",
    ]
    body = """Hallo Team Zahn,

Herr Heuer hat heute angerufen und gefragt, warum sein HKP noch nicht
geprüft ist. Er sagt, er hat ihn am 12.02. hochgeladen, im KIS finde
ich ihn aber nicht im Vorgang. Er hat ihn mir deshalb nochmal
geschickt (Kundenpostfach), ich hänge ihn hier an.

Rückruf bitte an 0551 3791 048, Behandlungsbeginn ist am 10.03.

Gruß Nils"""
    return build("S", "de", "internal",
                 "dental treatment plan PDF: named insured, birth date, implants, root canal, periodontitis",
                 "2025-02-25 10:31", "Nils Brandhorst <nils.brandhorst@auerhahn.example>",
                 "Leistung Zahn <leistung.zahn@auerhahn.example>",
                 "HKP Heuer K 4467009183 - nochmal, nicht im Vorgang", body,
                 atts=[("HKP_Heuer_2025-02-11.pdf", "application/pdf", pdf(lines, "Heil- und Kostenplan"))])


def m149():
    body = """Sehr geehrter Herr Rahmani,

vielen Dank für Ihren Anruf. Wir haben Ihren Schaden aufgenommen:

  Hausratversicherung:  HR 55140728
  Schadennummer:        S-25-0711560
  Versicherungsort:     Papenstieg 12, 37079 Göttingen
  Schadentag:           23.10.2025 (Gewitter, Blitzeinschlag in der Nähe)
  Beschädigt:           Fernseher, Router, Spielkonsole, Kaffeevollautomat
                        (Überspannung)

Überspannungsschäden durch Blitz sind in Ihrem Tarif bis 5.000 EUR
mitversichert. Bitte schicken Sie uns
  - eine Bestätigung des Elektrikers oder Reparaturbetriebs, dass die
    Geräte durch Überspannung beschädigt wurden,
  - Kaufbelege oder Fotos der Typenschilder.

Bitte bewahren Sie die defekten Geräte bis zum Abschluss der
Regulierung auf.

Mit freundlichen Grüßen
Doreen Schubert
Kundenservicecenter
Auerhahn Allgemeine Versicherung AG"""
    return build("C", "de", "insurer-to-customer",
                 "household surge-damage claim: named customer, insured address, policy and claim number",
                 "2025-10-27 11:48", "Auerhahn Kundenservice <service@auerhahn.example>",
                 "Farid Rahmani <farid.rahmani@posteo-mail.example>",
                 "Ihr Schaden S-25-0711560 - Überspannung", body)


def m150():
    body = """Liebe Kolleginnen und Kollegen in Göttingen, Erfurt und Lissabon,

der Weihnachts- und Silvesterplan steht - danke an alle, die
getauscht haben und an den Feiertagen da sind!

  24.12.  08-14 Uhr, alle Queues, 24 Personen
  25./26.12.  nur Reise-Notruf und Kfz-Pannenhilfe
  27.12.  09-14 Uhr, Kranken + Sach, 12 Personen
  31.12.  08-13 Uhr, alle Queues, 20 Personen
  01.01.  nur Reise-Notruf

Für alle, die an den Feiertagen Dienst haben, gibt es wie jedes Jahr
ein Frühstück von uns (Göttingen: Teeküche 2. OG, Erfurt: Raum E.12).

Ich wünsche euch und euren Familien schöne Feiertage und einen guten
Rutsch. Es war ein anstrengendes Jahr mit Beitragsanpassung, zwei
Stürmen und dem neuen CRM - ihr wart großartig.

Herzliche Grüße
Sabine Kröger"""
    return build("N", "de", "internal",
                 "trap: holiday staffing and thank-you mail, no personal data",
                 "2025-12-16 16:00", "Dr. Sabine Kröger <sabine.kroeger@auerhahn.example>",
                 "KSC alle <ksc-alle@auerhahn.example>",
                 "Weihnachten/Silvester - Plan und Dankeschön", body)


# --------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------
def all_mails():
    out = []
    for i in range(1, 151):
        fn = globals()["m%03d" % i]
        _CUR["n"] = i
        meta, msg = fn()
        out.append((i, meta, msg))
    return out


def write():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (label, lang, kind, reason), msg in all_mails():
        name = "d%s-%04d.eml" % (NN, i)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (len(rows) - 1, OUT))


# ---- check helpers -------------------------------------------------------
class _HT(HTMLParser):
    def __init__(self):
        super().__init__()
        self.t = []

    def handle_data(self, d):
        self.t.append(d)


def _xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def _pdf_text(data):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-32:]:
        raise ValueError("not a complete PDF")
    m = re.search(rb"startxref\s+(\d+)", data)
    if not m or not data[int(m.group(1)):].startswith(b"xref"):
        raise ValueError("bad startxref")
    out = []
    for s in re.findall(rb"\((.*?)(?<!\\)\) Tj", data):
        out.append(s.replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\").decode("cp1252"))
    return "\n".join(out)


def _zip_texts(data, name):
    texts = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        bad = z.testzip()
        if bad:
            raise ValueError("bad zip member %s" % bad)
        names = z.namelist()
        low = name.lower()
        if low.endswith((".docx", ".xlsx")):
            need = "word/document.xml" if low.endswith(".docx") else "xl/worksheets/sheet1.xml"
            if "[Content_Types].xml" not in names or need not in names:
                raise ValueError("office file incomplete")
        if low.endswith((".odt", ".ods")):
            if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
                raise ValueError("ODF mimetype entry must be first and stored")
        for n in names:
            info = z.getinfo(n)
            if info.date_time != ZIP_TS:
                raise ValueError("zip timestamp not fixed")
            b = z.read(n)
            if n.endswith(".xml") or n.endswith(".rels"):
                t = _xml_text(b)
                if n in ("word/document.xml", "xl/worksheets/sheet1.xml", "content.xml"):
                    texts.append(t)
            elif low.endswith(".zip"):
                texts.append(_file_text(n, b))
    return "\n".join(texts)


def _file_text(name, data):
    low = name.lower()
    if low.endswith(".pdf"):
        return _pdf_text(data)
    if low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
        return _zip_texts(data, name)
    if low.endswith((".csv", ".txt", ".ics", ".html", ".htm")):
        try:
            t = data.decode("utf-8")
        except UnicodeDecodeError:
            t = data.decode("cp1252")
        if low.endswith(".csv"):
            rows = list(csv.reader(io.StringIO(t), delimiter=";" if t.count(";") > t.count(",") else ","))
            if len(rows) < 2 or len({len(r) for r in rows}) != 1:
                raise ValueError("ragged CSV")
        if low.endswith(".ics"):
            if not t.startswith("BEGIN:VCALENDAR") or "END:VCALENDAR" not in t or "BEGIN:VEVENT" not in t:
                raise ValueError("bad ICS")
        if low.endswith((".html", ".htm")):
            p = _HT()
            p.feed(t)
            t = " ".join(p.t)
        return t
    raise ValueError("unknown attachment type %s" % name)


def _msg_texts(msg, problems, where):
    texts = []
    for h in ("From", "To", "Cc", "Reply-To", "Subject"):
        for v in msg.get_all(h, []):
            texts.append(str(v))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = part.get_filename()
        if ctype == "message/rfc822":
            inner = part.get_content()
            for k in ("From", "To", "Subject", "Date"):
                if inner[k] is None:
                    problems.append("%s: nested mail lacks %s" % (where, k))
            texts.extend(_msg_texts(inner, problems, where + "/rfc822"))
            continue
        if fname:
            try:
                texts.append(_file_text(fname, part.get_payload(decode=True)))
            except Exception as e:  # noqa
                problems.append("%s: attachment %s does not open: %s" % (where, fname, e))
            continue
        t = part.get_content()
        if ctype == "text/html":
            p = _HT()
            p.feed(t)
            t = " ".join(p.t)
        texts.append(t)
    return texts


def _iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    lens = {"DE": 22, "AT": 20}
    if s[:2] in lens and len(s) != lens[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def check():
    problems = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        problems.append("labels.tsv header wrong")
    rows = [l.split("\t") for l in lines[1:] if l]
    if len(rows) != 150:
        problems.append("labels.tsv has %d rows" % len(rows))
    counts, langs = {}, {}
    for r in rows:
        if len(r) != 5:
            problems.append("bad row %r" % r)
            continue
        fn, label, lang, kind, reason = r
        counts[label] = counts.get(label, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
        if label not in LABELS.values():
            problems.append("%s: bad label" % fn)
        if lang not in ("de", "en", "mixed"):
            problems.append("%s: bad lang" % fn)
        if label == "NORMAL" and not reason.startswith("trap:"):
            problems.append("%s: NORMAL reason should start with trap:" % fn)
        if label != "NORMAL" and reason.startswith("trap:"):
            problems.append("%s: trap reason on sensitive mail" % fn)
    want = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
    if counts != want:
        problems.append("label counts %r != %r" % (counts, want))
    files = sorted(os.listdir(OUT))
    expected = ["d%s-%04d.eml" % (NN, i) for i in range(1, 151)]
    if files != expected:
        problems.append("mail files do not match d%s-0001..0150" % NN)
    if [r[0] for r in rows] != expected:
        problems.append("labels.tsv files out of order")
    ids = set()
    n_att = n_iban = 0
    for fn in expected:
        path = os.path.join(OUT, fn)
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        if raw.count(b"\n") != raw.count(b"\r\n") or b"\r\n" not in raw:
            problems.append("%s: not pure CRLF" % fn)
        if raw.count(b"\r") != raw.count(b"\r\n"):
            problems.append("%s: stray CR" % fn)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                problems.append("%s: missing %s" % (fn, h))
        mid = msg["Message-ID"]
        if mid in ids:
            problems.append("%s: duplicate Message-ID" % fn)
        ids.add(mid)
        for h in ("From", "To", "Cc", "Reply-To"):
            for v in msg.get_all(h, []):
                for a in v.addresses:
                    if not a.domain.lower().endswith(".example"):
                        problems.append("%s: %s domain %s" % (fn, h, a.domain))
        if not msg["From"].addresses[0].domain.endswith("auerhahn.example"):
            problems.append("%s: not sent from the insurer" % fn)
        n_att += sum(1 for p in msg.walk() if p.get_filename() or p.get_content_type() == "message/rfc822")
        text = "\n".join(_msg_texts(msg, problems, fn)).replace("\r\n", "\n")
        for dom in re.findall(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", text):
            if not dom.lower().endswith(".example"):
                problems.append("%s: address domain %s" % (fn, dom))
        for dom in re.findall(r"https?://([^/\s\"'<>]+)", text):
            if not dom.lower().endswith(".example"):
                problems.append("%s: URL domain %s" % (fn, dom))
        for dom in re.findall(r"\b(?:www\.)?((?:[a-z0-9-]+\.)+(?:de|com|org|net|eu|pt|uk|io))\b", text):
            problems.append("%s: bare non-example domain %s" % (fn, dom))
        for cand in re.findall(r"\b([A-Z]{2}\d{2}(?:\s?[0-9]{4}){4}(?:\s?[0-9]{2,4})?)\b", text):
            n_iban += 1
            if not _iban_ok(cand):
                problems.append("%s: IBAN checksum fails: %s" % (fn, cand))
    print("labels: %s" % ", ".join("%s %d" % (k, counts.get(k, 0)) for k in want))
    print("languages: %s" % ", ".join("%s %d" % (k, v) for k, v in sorted(langs.items())))
    print("mails parsed: %d, attachments/nested parts: %d, IBANs validated: %d" % (len(expected), n_att, n_iban))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("CHECK FAILED (%d problems)" % len(problems))
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
