#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel evaluation corpus dev85 -- sports and leisure at a German insurer.

Every mail is written by hand in its own function m001 ... m150.  The helpers
below only turn that hand-written content into MIME (fixed boundaries, dates,
Message-IDs) or into attachment files (PDF, DOCX, XLSX, ODT, ODS, ZIP with
fixed timestamps).  Standard library only, no network, deterministic.

    python make_corpus.py           writes mails/d85-0001.eml ... and labels.tsv
    python make_corpus.py --check   re-parses and validates everything
"""
import csv
import hashlib
import io
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import SMTP, default
from xml.sax.saxutils import escape as xesc

NN = 85
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
ZIPTIME = (2025, 9, 1, 8, 0, 0)

N = "NORMAL"
C = "CONFIDENTIAL"
S = "STRICTLY_CONFIDENTIAL"

MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


# --------------------------------------------------------------------------
# MIME helper
# --------------------------------------------------------------------------
def mk(n, frm, to, subject, text=None, *, date, cc=None, html=None, atts=(),
       charset="utf-8", cte="quoted-printable", flowed=False, headers=(),
       html_only=False, irt=None, tag=None):
    """Build one message from hand-written parts. atts: (filename, mime, data[, charset])."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    dom = re.search(r"@([A-Za-z0-9.-]+)", frm).group(1)
    h = hashlib.sha1(("%s|%s|%s" % (n, subject, date)).encode("utf-8")).hexdigest()[:12]
    m["Message-ID"] = "<d%d.%s.%s@%s>" % (NN, tag or "%04d" % n, h, dom)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    for k, v in headers:
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        params = {"format": "flowed"} if flowed else None
        m.set_content(text, subtype="plain", charset=charset, cte=cte, params=params)
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    for a in atts:
        fname, ctype, data = a[0], a[1], a[2]
        maintype, subtype = ctype.split("/", 1)
        if isinstance(data, EmailMessage):
            m.add_attachment(data, filename=fname)
        elif isinstance(data, str):
            cs = a[3] if len(a) > 3 else "utf-8"
            m.add_attachment(data, subtype=subtype, charset=cs, cte="quoted-printable",
                             filename=fname)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_d%d_%s_%d" % (NN, tag or "%04d" % n, i))
            i += 1
    return m


# --------------------------------------------------------------------------
# attachment builders (content comes from the mail functions)
# --------------------------------------------------------------------------
def _pdfesc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, title="Dokument"):
    """Minimal text PDF (Helvetica, WinAnsi), 50 lines per page."""
    pages = [lines[i:i + 50] for i in range(0, max(len(lines), 1), 50)] or [[]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    kids = []
    num = 4
    for pl in pages:
        stream = "BT\n/F1 10 Tf\n13 TL\n50 800 Td\n" + "".join(
            "(%s) Tj T*\n" % _pdfesc(l) for l in pl) + "ET\n"
        sb = stream.encode("cp1252", "replace")
        objs[num + 1] = b"<< /Length %d >>\nstream\n" % len(sb) + sb + b"endstream"
        objs[num] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (num + 1)).encode()
        kids.append(num)
        num += 2
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    objs[num] = b"<< /Title (" + _pdfesc(title).encode("cp1252", "replace") + \
        b") /Producer (dev85 make_corpus) /CreationDate (D:20250901080000+02'00') >>"
    info = num
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = out.tell()
        out.write(b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (num + 1))
    for k in range(1, num + 1):
        out.write(b"%010d 00000 n \n" % offs[k])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (num + 1, info, xref))
    return out.getvalue()


def _zip(members, first_stored=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_STORED if name == first_stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()


def zipb(members):
    """ZIP of (name, bytes|str) members."""
    return _zip(members)


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(paras):
    """paras: list of str (paragraph) or list of rows (table)."""
    body = []
    for p in paras:
        if isinstance(p, list):
            rows = "".join(
                "<w:tr>" + "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                                   % xesc(str(c)) for c in r) + "</w:tr>" for r in p)
            body.append('<w:tbl><w:tblPr><w:tblBorders><w:insideH w:val="single" w:sz="4"/>'
                        '</w:tblBorders></w:tblPr>%s</w:tbl>' % rows)
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % (_W, "".join(body)))
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


def xlsx(rows, sheet="Tabelle1"):
    """rows: list of lists; int/float become numbers, everything else inline strings."""
    xr = []
    for ri, r in enumerate(rows):
        cells = []
        for ci, v in enumerate(r):
            ref = "%s%d" % (_col(ci), ri + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, xesc(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://'
          'schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
          % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.'
          'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
          'officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/>'
          '</sheets></workbook>' % xesc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http:'
              '//schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
              'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
              'Target="worksheets/sheet1.xml"/></Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
          'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


_ODNS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')


def _odf(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s '
               'office:version="1.2"><office:body>%s</office:body></office:document-content>'
               % (_ODNS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:'
                'oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type='
                '"text/xml"/></manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("content.xml", content), ("META-INF/manifest.xml", manifest)],
                first_stored="mimetype")


def odt(paras):
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(
                    "<text:p>%s</text:p>" % xesc(p) for p in paras))


def ods(rows, sheet="Tabelle1"):
    trs = "".join("<table:table-row>%s</table:table-row>" % "".join(
        '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
        % xesc(str(c)) for c in r) for r in rows)
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table>'
                '</office:spreadsheet>' % (xesc(sheet), trs))


MT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MT_ODT = "application/vnd.oasis.opendocument.text"
MT_ODS = "application/vnd.oasis.opendocument.spreadsheet"


# ==========================================================================
# the mails
# ==========================================================================
@mail
def m001():
    body = """Sehr geehrter Herr Demirci,

vielen Dank für die Unfallmeldung, die uns Ihr Verein, der TSV Grünwiesen 1897 e.V.,
über den Sportversicherungsvertrag weitergeleitet hat.

Schaden-Nr.: SU-2025-018842
Unfalltag: 14.09.2025, Kreisliga-Spiel gegen SV Ellerbrook, ca. 63. Minute
Verletzung laut Unfallmeldung: Ruptur des vorderen Kreuzbandes rechts (S83.53),
zusätzlich Innenmeniskus-Längsriss

Ihre Angaben zum Hergang (Landung nach Kopfballduell, Knie knickt nach innen weg,
kein Gegnerkontakt) haben wir so aufgenommen. Damit wir die Leistungen aus der
Gruppen-Unfallversicherung Ihres Vereins prüfen können, benötigen wir noch:

1. den MRT-Befund vom 16.09.2025 (Radiologie am Stadtpark),
2. den OP-Bericht der VKB-Plastik (laut Ihrer Angabe am 02.10.2025 im
   Klinikum Nordheide),
3. die ausgefüllte Schweigepflichtentbindung (liegt bei, bitte unterschrieben zurück).

Bitte beachten Sie: Eine Invaliditätsleistung kann erst festgestellt werden, wenn
der Dauerschaden absehbar ist, in der Regel frühestens nach Abschluss der Reha.
Die Bemessung erfolgt nach der Gliedertaxe (Bein bis unterhalb des Knies 50 %),
anteilig nach dem Grad der Funktionsbeeinträchtigung. Krankenhaustagegeld für den
stationären Aufenthalt (02.–05.10.2025) zahlen wir, sobald die Entlassungsbescheinigung
vorliegt.

Gute Besserung und freundliche Grüße

Jonas Brettschneider
Leistung Sportunfall
Lindenhof Versicherung AG
Am Lindenhof 12, 30159 Hannover
Tel. 0511 4471-2231
"""
    m = mk(1, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Emre Demirci <emre.demirci@posteo-mail.example>",
           "Ihr Sportunfall vom 14.09.2025 - Schaden-Nr. SU-2025-018842",
           body, date="Mon, 06 Oct 2025 10:12:44 +0200")
    return m, S, "de", "insurer-to-customer", "named club player, ACL rupture S83.53 and meniscus, group accident claim"


@mail
def m002():
    html = """<html><body style="font-family:Arial,sans-serif">
<h2>Vereinsbrief Oktober: Knie-Stabil 10 – Verletzungsprävention im Training</h2>
<p>Liebe Übungsleiterinnen und Übungsleiter,</p>
<p>Kreuzbandrisse gehören im Fußball, Handball und Basketball zu den teuersten
Sportverletzungen – für die Spielerinnen und Spieler, aber auch für die Vereine.
Studien zeigen, dass ein strukturiertes Aufwärmprogramm das Risiko deutlich senken kann.
Unser Programm <b>Knie-Stabil 10</b> dauert rund 15 Minuten und ersetzt das normale Aufwärmen.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Block</th><th>Übung</th><th>Dauer / Wdh.</th></tr>
<tr><td>1 Laufen</td><td>Laufen gerade, Hüfte rein/raus, Schulterkontakt</td><td>je 2 Bahnen</td></tr>
<tr><td>2 Kraft</td><td>Nordic Hamstrings</td><td>3–5 Wdh., Steigerung bis 12</td></tr>
<tr><td>2 Kraft</td><td>Einbeinige Kniebeuge, Knie über dem Fuß</td><td>2 × 10 je Bein</td></tr>
<tr><td>2 Balance</td><td>Einbeinstand mit Ballwurf zum Partner</td><td>2 × 30 s</td></tr>
<tr><td>3 Sprung</td><td>Landung beidbeinig, weich, „Knie nicht nach innen“</td><td>2 × 8</td></tr>
<tr><td>3 Sprung</td><td>Seitliche Sprünge (Skater)</td><td>2 × 30 s</td></tr>
</table>
<p>Das Poster im A3-Format und das Video finden Sie unter
<a href="https://www.lindenhof-versicherung.example/verein/knie-stabil">www.lindenhof-versicherung.example/verein/knie-stabil</a>.
Vereine, die das Programm nachweislich in allen Jugendmannschaften einsetzen, erhalten 5 % Nachlass
auf den Beitrag der Zusatz-Unfallversicherung.</p>
<p>Sportliche Grüße<br>Ihr Vereinsservice der Lindenhof Versicherung</p>
<p style="font-size:10px;color:#777">Sie erhalten diesen Vereinsbrief, weil Ihr Verein
Kunde im Vereinsservice ist. <a href="https://news.lindenhof-versicherung.example/abmelden">Abmelden</a></p>
</body></html>"""
    text = """Vereinsbrief Oktober: Knie-Stabil 10 - Verletzungsprävention im Training

Liebe Übungsleiterinnen und Übungsleiter,

Kreuzbandrisse gehören im Fußball, Handball und Basketball zu den teuersten
Sportverletzungen. Unser Programm Knie-Stabil 10 dauert rund 15 Minuten und
ersetzt das normale Aufwärmen:

1 Laufen   - gerade, Hüfte rein/raus, Schulterkontakt (je 2 Bahnen)
2 Kraft    - Nordic Hamstrings (3-5 Wdh., Steigerung bis 12)
2 Kraft    - einbeinige Kniebeuge (2 x 10 je Bein)
2 Balance  - Einbeinstand mit Ballwurf (2 x 30 s)
3 Sprung   - Landung beidbeinig, weich (2 x 8)
3 Sprung   - seitliche Sprünge (2 x 30 s)

Poster und Video: https://www.lindenhof-versicherung.example/verein/knie-stabil

Sportliche Grüße
Ihr Vereinsservice der Lindenhof Versicherung
"""
    m = mk(2, "Vereinsservice Lindenhof <vereinsbrief@news.lindenhof-versicherung.example>",
           "Uebungsleiter-Verteiler <ul-verteiler@sportbund-weserbergland.example>",
           "Vereinsbrief Oktober: 15 Minuten gegen den Kreuzbandriss",
           text, html=html, date="Tue, 07 Oct 2025 07:00:00 +0200",
           headers=[("List-Unsubscribe", "<https://news.lindenhof-versicherung.example/abmelden>")])
    return m, N, "de", "newsletter", "trap: injury-prevention training plan (Kreuzbandriss, Knie) with no person"


@mail
def m003():
    body = """Dear Mr Lindqvist,

thank you for reporting the theft at the Hall 4 LAN event in Bremen. I have opened
the claim under your electronics policy.

Policyholder:   Nordlicht Esports GmbH
Policy no.:     EL 62-004417 (electronics, all risks, incl. external use)
Claim no.:      SA-2025-077310
Date of loss:   27 September 2025, between approx. 02:00 and 06:30
Items:          3 tournament PCs (custom builds, RTX cards), 2 monitors 27"
                240 Hz, 1 stream deck; serial numbers as per your list

To proceed we need:
- the police report reference (you mentioned Polizeiinspektion Mitte, case
  number still pending),
- purchase invoices or the asset register for the three PCs,
- confirmation from the venue operator on how the team room was locked.

Please note the policy requires items left overnight at event venues to be kept
in a locked room or container; the venue's statement will help us here.

Kind regards

Nina Hoffstetter
Commercial Lines | Fitness, Leisure & Esports
Lindenhof Versicherung AG, Hannover
+49 511 4471-3308
"""
    m = mk(3, "Nina Hoffstetter <n.hoffstetter@lindenhof-versicherung.example>",
           "Jesper Lindqvist <jesper.lindqvist@nordlicht-esports.example>",
           "Claim SA-2025-077310 - stolen hardware, LAN event Bremen",
           body, date="Wed, 01 Oct 2025 14:03:19 +0200")
    return m, C, "en", "insurer-to-company", "company policyholder with named contact, policy and claim number, theft (no health)"


@mail
def m004():
    body = """Hi all,

as discussed in Tuesday's product meeting, attached is the aggregated injury
breakdown from sports-accident claims closed in Q3, by sport and injury type.
No claim numbers, no names - it comes straight out of the BI cube.

Headlines:
- knee ligament injuries (ACL, MCL, meniscus) are 31 % of paid amount,
  football and handball dominate
- concussion notifications up from 41 to 58, mostly youth football and ice hockey
- skiing: fewer claims than Q3 last year (obviously, season), but two large
  helicopter-rescue claims from the southern hemisphere trips

Cells under 5 claims are merged into "other".

Cheers,
Mehmet

--
Mehmet Yıldırım
Underwriting Professional & Elite Sports
Lindenhof Versicherung AG
"""
    csvtxt = """sport;injury_group;claims_closed;paid_eur;avg_days_to_close
Fußball;Knie Bandverletzung (inkl. Kreuzband);212;1184300;96
Fußball;Sprunggelenk;167;214900;41
Fußball;Gehirnerschütterung;29;38700;33
Handball;Knie Bandverletzung (inkl. Kreuzband);74;502100;102
Handball;Finger/Hand;61;58200;28
Eishockey;Gehirnerschütterung;14;22400;39
Ski alpin;Knie Bandverletzung (inkl. Kreuzband);38;311800;88
Ski alpin;Bergungskosten;9;96500;24
Reiten;Schulter/Schlüsselbein;22;143200;57
Tauchen;Dekompression/Barotrauma;6;71900;63
sonstige;sonstige (Zellen < 5 zusammengefasst);118;402600;49
"""
    m = mk(4, "Mehmet Yildirim <m.yildirim@lindenhof-versicherung.example>",
           "Product Sports <produkt-sport@lindenhof-versicherung.example>",
           "Q3 injury breakdown for the pricing review",
           body, date="Thu, 09 Oct 2025 16:41:02 +0200",
           atts=[("Q3_2025_injury_breakdown.csv", "text/csv", csvtxt, "utf-8")])
    return m, N, "en", "internal", "trap: aggregated injury statistics by sport (ACL, concussion), small cells merged"


@mail
def m005():
    body = """Dear Mr Okafor,

thank you for your application for our Sports Disability (career-ending
injury) cover, submitted via Stellar Sports Management.

Applicant:      Chidi Okafor, born 11 March 1998
Club:           Weser Baskets Bremen (BBL), contract until 30 June 2027
Sum insured:    EUR 750,000 (requested), based on annual gross salary
                of EUR 310,000 per your agent's submission

In the health questionnaire you declared a right shoulder dislocation in 2022
with arthroscopic labrum repair (Bankart) in Ljubljana, and patellar tendinopathy
in both knees treated conservatively in the 2023/24 season.

Before we can make an offer we need:
1. the operation report and discharge letter for the shoulder surgery (2022),
2. the latest club medical (pre-season screening August 2025) including
   shoulder stability tests and the knee ultrasound,
3. a list of games missed through injury in the last three seasons.

Based on what we have so far, an offer would most likely exclude the right
shoulder for the first 24 months. I will confirm once our medical adviser has
seen the records.

Best regards

Mehmet Yıldırım
Underwriting Professional & Elite Sports
Lindenhof Versicherung AG
"""
    m = mk(5, "Mehmet Yildirim <m.yildirim@lindenhof-versicherung.example>",
           "Chidi Okafor <chidi.okafor@mailbox-sport.example>",
           "Your application - Sports Disability cover (ref. PS-UW-2025-0193)",
           body, cc="Rachel Benning <r.benning@stellar-sports.example>",
           date="Fri, 03 Oct 2025 11:26:55 +0200")
    return m, S, "en", "insurer-to-customer", "pro player underwriting: birth date, salary, shoulder surgery and tendinopathy history"


@mail
def m006():
    body = """Hallo Herr Kessler,

kurze Rückmeldung zur Schadenmeldung vom Sommerfest:

Versicherungsnehmer: SV Blau-Weiß Ellerbrook e.V.
Vertrag: Vereins-Haftpflicht inkl. Veranstaltungen, Nr. VH 31-118204
Schaden-Nr.: HS-2025-041177
Schaden: Hüpfburg „Piratenschiff“, gemietet bei Eventverleih Sonnenberg,
  Naht an der Rutsche aufgerissen, Gebläse defekt
Personen: laut Ihrer Meldung niemand verletzt, Burg war zum Zeitpunkt leer

Gemietete Sachen sind über die Vereins-Haftpflicht grundsätzlich nicht gedeckt
(Mietsachschaden-Ausschluss), in Ihrem Vertrag ist aber die Klausel
„Mietsachschäden bei Vereinsveranstaltungen bis 10.000 EUR“ eingeschlossen,
SB 250 EUR. Bitte schicken Sie uns die Rechnung bzw. den Kostenvoranschlag
des Verleihers und ein paar Fotos der Naht.

Viele Grüße
Sabine Kühnel
Haftpflicht-Schaden / Veranstaltungen
Lindenhof Versicherung AG
Tel. 0511 4471-2417
"""
    m = mk(6, "Sabine Kühnel <s.kuehnel@lindenhof-versicherung.example>",
           "Thorsten Kessler <kassenwart@bw-ellerbrook.example>",
           "HS-2025-041177 Hüpfburg Sommerfest",
           body, date="Tue, 02 Sep 2025 09:48:31 +0200", cte="8bit")
    return m, C, "de", "insurer-to-club", "club liability policy and claim with named treasurer, property damage, nobody hurt"


@mail
def m007():
    body = """Hallo zusammen,

zur Info, falls Vereine bei uns nachfragen: der Kreisverband hat die
Ausschreibung für die Kreismeisterschaften verschickt (PDF anbei). Für die
Veranstaltung gilt unser Rahmenvertrag mit dem Sportbund, da müssen wir
nichts extra machen. Zuschauer sind über die Veranstalter-Haftpflicht drin.

Gruß
Katrin
"""
    lines = [
        "Kreisverband Leichtathletik Weserbergland",
        "AUSSCHREIBUNG",
        "Kreismeisterschaften Leichtathletik U16 / U18 / Aktive",
        "Samstag, 18. Oktober 2025, Sportpark am Mühlenteich, Hameln",
        "",
        "Veranstalter: Kreisverband Leichtathletik Weserbergland",
        "Ausrichter:   TSV Grünwiesen 1897 e.V.",
        "",
        "Zeitplan: 9:30 Uhr 100 m Vorläufe, 10:15 Uhr Weitsprung, 11:00 Uhr Kugelstoß,",
        "13:00 Uhr 800 m, 14:30 Uhr Staffeln 4 x 100 m",
        "",
        "Meldungen: bis 10.10.2025 über das Online-Meldeportal des Kreisverbands.",
        "Meldegeld: 6,00 EUR je Einzelstart, 10,00 EUR je Staffel.",
        "",
        "Startberechtigung: gültiges Startrecht für einen Verein des Kreises.",
        "Sanitätsdienst: DRK-Bereitschaft Hameln, Sanitätszelt am Zieleinlauf.",
        "Dopingkontrollen: Bei allen Veranstaltungen können Dopingkontrollen nach den",
        "Bestimmungen des Anti-Doping-Codes durchgeführt werden.",
        "",
        "Haftung: Der Veranstalter haftet nicht für Unfälle, Diebstähle oder Sachschäden.",
        "Die Teilnehmer sind über ihren Verein im Rahmen der Sportversicherung versichert.",
        "",
        "Siegerehrung direkt nach jedem Wettbewerb. Urkunden für die Plätze 1-6.",
        "Verpflegung: Vereinsheim des TSV, Kuchenbuffet.",
    ]
    m = mk(7, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Team Vereinsservice <vereinsservice@lindenhof-versicherung.example>",
           "WG: Ausschreibung Kreismeisterschaften LA 18.10.",
           body, date="Mon, 29 Sep 2025 08:15:07 +0200",
           atts=[("Ausschreibung_KM_LA_2025.pdf", "application/pdf",
                  pdf(lines, "Ausschreibung Kreismeisterschaften 2025"))])
    return m, N, "de", "internal", "trap: event announcement with doping controls, Sanitätsdienst, no person"


@mail
def m008():
    body = """Hallo Frau Oberländer,

anbei die Mail der Mutter, die direkt bei uns gelandet ist. Der Verein hat die
Unfallmeldung noch nicht geschickt, ich habe dem Jugendleiter Bescheid gegeben.
Können Sie die Sache trotzdem schon anlegen?

Gruß, J. Brettschneider

-------- Weitergeleitete Nachricht --------
Betreff: Unfall meines Sohnes beim Fußball - wer zahlt das?
Datum: Sun, 12 Oct 2025 21:37:10 +0200
Von: Melanie Hartwig <mel.hartwig@webpost.example>
An: sportunfall@lindenhof-versicherung.example

Guten Abend,

mein Sohn Luca Hartwig (11, spielt in der U13 vom SV Blau-Weiß Ellerbrook) ist
gestern beim Punktspiel mit einem Gegenspieler mit dem Kopf zusammengestoßen.
Er war kurz weg (der Trainer sagt ein paar Sekunden), hat danach gebrochen und
wusste nicht mehr, wie das Spiel steht. Wir sind dann in die Notaufnahme im
Kinderkrankenhaus, dort haben sie Gehirnerschütterung gesagt und ihn eine Nacht
zur Beobachtung dabehalten. CT wurde nicht gemacht.

Jetzt soll er mindestens 2 Wochen keinen Sport machen und nicht an den Bildschirm,
Schule erstmal nur halbe Tage. Der Trainer meinte, das läuft über die
Vereinsversicherung. Müssen wir da selber was ausfüllen? Und gibt es für die Nacht
im Krankenhaus Geld?

Viele Grüße
Melanie Hartwig
"""
    m = mk(8, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "WG: Unfall meines Sohnes beim Fußball - wer zahlt das?",
           body, date="Mon, 13 Oct 2025 08:02:51 +0200", cte="8bit", flowed=True)
    return m, S, "de", "parent", "mother reports named 11-year-old's concussion, loss of consciousness, hospital night"


@mail
def m009():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin vom 13.10. bis einschließlich 24.10.2025 nicht im Büro und habe keinen
Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen zur Sportversicherung wenden Sie sich bitte an
vereinsservice@lindenhof-versicherung.example oder 0511 4471-2200.
Unfallmeldungen bitte direkt an sportunfall@lindenhof-versicherung.example.

Mit freundlichen Grüßen
Katrin Oberländer
"""
    m = mk(9, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Bernd Walczak <vorstand@rc-weserlust.example>",
           "Automatische Antwort: Bootshaus Versicherungssumme",
           body, date="Tue, 14 Oct 2025 19:20:41 +0200",
           headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return m, N, "de", "internal", "trap: out-of-office mentioning Unfallmeldungen, no person data"


@mail
def m010():
    body = """Sehr geehrter Herr Strack,

wie telefonisch besprochen schicke ich Ihnen meine geänderten Daten für die
Courtageabrechnung. Ich bin seit 1.10. nicht mehr über die Sparkasse, sondern
über die Volksbank.

Ralf Dunkel
Versicherungsmakler (Einzelunternehmen), Reg.-Nr. D-W4TR-K8QZ1-72
Kontoinhaber: Ralf Dunkel
IBAN: DE58 2509 0000 0046 1208 83
Steuernummer: 24/118/09923 (Finanzamt Hameln)
USt: umsatzsteuerbefreit nach § 4 Nr. 11 UStG

Bitte ab der Oktober-Abrechnung auf das neue Konto. Die alte Verbindung
bitte löschen.

Danke und Gruß aus Bad Pyrmont
Ralf Dunkel

-- 
Ralf Dunkel Versicherungsmakler · Sportvereine & Freizeit
Brunnenstraße 7, 31812 Bad Pyrmont
"""
    fwd = """Hallo Backoffice,

bitte die Bankverbindung von Herrn Dunkel in der Vermittlerverwaltung ändern,
Vermittler-Nr. 708815. Original-Mail unten.

Danke, Oliver Strack
Maklerbetreuung

---------- Original ----------
Von: Ralf Dunkel <info@dunkel-makler.example>
Gesendet: Donnerstag, 2. Oktober 2025 17:55
An: Oliver Strack <o.strack@lindenhof-versicherung.example>
Betreff: Neue Bankverbindung Courtage

""" + body
    m = mk(10, "Oliver Strack <o.strack@lindenhof-versicherung.example>",
           "Vermittlerverwaltung <vermittler-backoffice@lindenhof-versicherung.example>",
           "WG: Neue Bankverbindung Courtage - Vermittler 708815",
           fwd, date="Fri, 03 Oct 2025 08:31:12 +0200")
    return m, C, "de", "broker", "sole-trader broker's IBAN and tax number"


@mail
def m011():
    body = """Sehr geehrter Herr Dr. Kirchhoff,

Ihr Patient, Herr Florian Maaß, geb. 23.04.1989, hat bei uns Leistungen aus
seiner privaten Unfallversicherung (Vertrag UV 48-771203) beantragt. Am
23.08.2025 erlitt er nach eigenen Angaben beim Badminton-Training eine
Achillessehnenruptur links, die in Ihrer Praxis am 25.08.2025 operativ
versorgt wurde.

Eine Schweigepflichtentbindungserklärung von Herrn Maaß liegt uns vor
(Kopie anbei). Wir bitten Sie um einen kurzen ärztlichen Bericht mit
folgenden Angaben:

- Diagnose und Datum der Erstbehandlung
- Art der Versorgung (offen/perkutan), postoperativer Verlauf
- Hinweise auf Vorschäden oder degenerative Veränderungen der Sehne
  (z. B. Tendinopathie, Kortisoninjektionen in der Vorgeschichte)
- voraussichtliche Dauer der Arbeitsunfähigkeit

Für den Bericht vergüten wir nach GOÄ Nr. 75 zuzüglich Porto. Bitte senden
Sie ihn über unser Ärzteportal oder per Post unter Angabe der Schaden-Nr.
SU-2025-016390.

Mit freundlichen Grüßen

i. A. Jonas Brettschneider
Leistung Sportunfall
Lindenhof Versicherung AG
"""
    m = mk(11, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Praxis Dr. Kirchhoff <praxis@ortho-kirchhoff.example>",
           "Anforderung ärztlicher Bericht - Ihr Patient F. Maaß, SU-2025-016390",
           body, date="Wed, 17 Sep 2025 13:20:05 +0200")
    return m, S, "de", "insurer-to-doctor", "request to orthopaedist: named patient, birth date, Achilles rupture, accident policy"


@mail
def m012():
    text = """DIVE SAFE - Lindenhof Travel & Leisure Newsletter, October 2025

Decompression sickness: what every diver should know before the trip

Each season we see a handful of diving claims, and most of them follow the
same pattern: several dives a day over a week, short surface intervals, a flight
home the next morning. Some reminders from our medical team:

* Symptoms can appear up to 24 hours after surfacing: joint pain ("the bends"),
  tingling, unusual tiredness, skin rash, dizziness.
* Do not "wait and see". Breathe 100 % oxygen and call our 24/7 assistance
  line. The nearest hyperbaric chamber is often hours away.
* Keep at least 18 hours between your last dive and your flight (24 hours
  after repetitive dives).
* Your travel health cover includes recompression treatment abroad and medical
  repatriation, provided diving was within your certification level and
  no deeper than 40 m.

Planning a trip to the Red Sea or Southeast Asia? Check our dive-travel
checklist: https://www.lindenhof-versicherung.example/travel/dive-checklist

Safe diving,
Your Lindenhof Travel team

You receive this newsletter because you subscribed at lindenhof-versicherung.example.
Unsubscribe: https://news.lindenhof-versicherung.example/unsubscribe
"""
    m = mk(12, "Lindenhof Travel <newsletter@news.lindenhof-versicherung.example>",
           "subscribers-travel@news.lindenhof-versicherung.example",
           "DIVE SAFE: decompression sickness - symptoms, flights and your cover",
           text, date="Thu, 02 Oct 2025 06:30:00 +0200", cte="7bit")
    return m, N, "en", "newsletter", "trap: diving health advice (DCS symptoms) to all subscribers, no person"


@mail
def m013():
    body = """Dear Ms Verhoeven,

I am sorry to hear about the end of your diving holiday. We have received the
invoice from the hyperbaric centre in Hurghada through our assistance partner
and can confirm the following under your travel health insurance:

Policy:      RK 77-209341 (annual travel health, family)
Insured:     Anouk Verhoeven, born 02/08/1991
Claim ref.:  RG-2025-033871

Treatment as reported by Al Nour Hyperbaric Centre, Hurghada:
- 19 Sept 2025: admission 4 h after second dive of the day (max. depth 28 m),
  joint pain right shoulder and elbow, paraesthesia left hand
- Diagnosis: decompression sickness type I/II (T70.3)
- 2 recompression treatments (US Navy Table 6, then Table 5), oxygen,
  IV fluids; discharged 21 Sept with no residual neurological signs
- Fit-to-fly certificate issued 24 Sept 2025

Invoice EUR 6,840.00 - settled directly with the clinic.
Your rebooked return flight (EUR 412.50) will be reimbursed to the account
you gave us, NL36 INGB 0007 6543 21.

Your dive computer log (which you kindly sent) shows no violation of the
no-decompression limits, so we see no reason to apply the exclusion for
dives beyond certification level.

Please let us know if you need a follow-up check with a diving physician at
home; those costs are covered as follow-up treatment within 3 months.

Kind regards
Lena Marquardt
Travel & Leisure Claims
Lindenhof Versicherung AG
"""
    m = mk(13, "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Anouk Verhoeven <anouk.verhoeven@mijnpost.example>",
           "Your claim RG-2025-033871 - hyperbaric treatment Hurghada",
           body, date="Tue, 30 Sep 2025 15:52:38 +0200")
    return m, S, "en", "insurer-to-customer", "DCS T70.3 treatment abroad, birth date, IBAN, travel health claim"


@mail
def m014():
    body = """Sehr geehrte Frau Brandl,

Ihre Schadenmeldung zu den gestohlenen Ski ist bei uns eingegangen.

Versicherungsnehmerin: Johanna Brandl, Kirchgasse 4, 83022 Rosenheim
Vertrag: Hausrat Komfort mit Sportgeräte-Baustein, Nr. HR 20-558106
Schaden-Nr.: SA-2025-069902
Schadentag: 28.02.2025 (laut Meldung), Skihütte am Sudelfeld

Bitte prüfen Sie das Datum noch einmal, in der Meldung steht einmal 28.02. und
einmal 31.12. – für uns ist wichtig, wann die Ski aus dem Skiständer vor der
Hütte entwendet wurden.

Noch benötigt:
- Kopie der polizeilichen Anzeige (Aktenzeichen)
- Kaufbeleg der Ski (Tourenski inkl. Bindung, laut Ihnen 1.149 EUR, 2023)
- Angabe, ob die Ski mit einem Skischloss gesichert waren

Außerhalb der Wohnung sind Sportgeräte bis 2.000 EUR mitversichert; bei
unbeaufsichtigt abgestellten Ski verlangen die Bedingungen eine Sicherung mit
Schloss, sonst leisten wir bis 250 EUR.

Freundliche Grüße
Dirk Pohlmann
Sachschaden Privatkunden
"""
    m = mk(14, "Dirk Pohlmann <d.pohlmann@lindenhof-versicherung.example>",
           "Johanna Brandl <jo.brandl@alpenpost.example>",
           "Ihre Schadenmeldung Ski-Diebstahl - SA-2025-069902",
           body, date="Thu, 11 Sep 2025 10:40:00 +0200")
    return m, C, "de", "insurer-to-customer", "named customer, address, household policy and theft claim (no health)"


@mail
def m015():
    body = """Hallo Frau Wiegand,

für den Rheinauen-Marathon brauchen wir die Banner und Beachflags bis
spätestens Mittwoch, 8.10., 12 Uhr, angeliefert an:

Rheinauen-Marathon Veranstaltungs GmbH, Logistikzelt Zielbereich
Rheinuferpromenade / Ecke Hafenstraße, Anlieferung über Tor 3

Menge lt. Angebot AN-2025-3318:
- 6x Banner 4 x 1 m „Lindenhof – Ihr Partner für Sport und Freizeit“
- 12x Beachflag Gr. L
- 2x Zielbogen-Verkleidung (Druckdaten kamen letzte Woche)
- 400x Finisher-Armbänder mit Logo

Ansprechpartner vor Ort: Herr Pauly vom Veranstalter, Tel. über die
Zentrale des Veranstalters.

Rechnung bitte wie immer an Marketing, Kostenstelle 4410, Bestell-Nr. MK-25-0917.

Danke & Gruß
Tobias Ahrens
Marketing & Sponsoring
Lindenhof Versicherung AG
"""
    m = mk(15, "Tobias Ahrens <t.ahrens@lindenhof-versicherung.example>",
           "Anke Wiegand <a.wiegand@druckhaus-lenz.example>",
           "Lieferung Sponsoring-Material Rheinauen-Marathon",
           body, date="Thu, 02 Oct 2025 11:17:45 +0200")
    return m, N, "de", "insurer-to-supplier", "trap: sponsorship material delivery for a marathon, no personal data"


@mail
def m016():
    body = """Sehr geehrte Frau Sander,

anbei die aktualisierte Versichertenliste zur Zusatz-Unfallversicherung
für Ihre Leistungsgruppen (Vertrag GU 55-300918), Stand 01.10.2025.

Wie besprochen haben wir die drei Neuzugänge der 1. Damen aufgenommen und
Frau Petersen wegen Vereinsaustritt zum 30.09. ausgetragen. Der Beitrag
ändert sich dadurch nicht (Staffel 21-30 Personen).

Bitte prüfen Sie die Geburtsdaten, bei zwei Spielerinnen hatten wir in der
alten Liste Zahlendreher.

Mit freundlichen Grüßen
Katrin Oberländer
Vereinsservice Sportversicherung
Lindenhof Versicherung AG
"""
    rows = [
        ["Vertrag GU 55-300918 - HSG Weserbogen e.V. - Versichertenliste Stand 01.10.2025"],
        ["Nr.", "Name", "Vorname", "geb.", "Mannschaft", "Invaliditätssumme EUR", "Todesfall EUR"],
        [1, "Albers", "Merle", "14.02.2001", "1. Damen", 100000, 10000],
        [2, "Böttcher", "Ronja", "30.07.1999", "1. Damen", 100000, 10000],
        [3, "Celik", "Aylin", "05.11.2003", "1. Damen", 100000, 10000],
        [4, "Dreyer", "Svenja", "19.01.1997", "1. Damen", 100000, 10000],
        [5, "Engelke", "Hanna", "22.06.2004", "1. Damen (neu)", 100000, 10000],
        [6, "Falk", "Jule", "08.09.2002", "1. Damen", 100000, 10000],
        [7, "Grote", "Lisa-Marie", "27.03.2000", "1. Damen (neu)", 100000, 10000],
        [8, "Hinrichs", "Paula", "11.12.2005", "A-Jugend", 50000, 5000],
        [9, "Ivanova", "Daria", "03.05.2002", "1. Damen (neu)", 100000, 10000],
        [10, "Jürgens", "Mia", "16.10.2006", "A-Jugend", 50000, 5000],
        [11, "Kowalski", "Natalia", "29.08.1998", "1. Damen", 100000, 10000],
        [12, "Lüders", "Finja", "01.04.2006", "A-Jugend", 50000, 5000],
        [13, "Meyer", "Charlotte", "24.02.2001", "1. Damen", 100000, 10000],
        [14, "Nowak", "Emilia", "12.07.2005", "A-Jugend", 50000, 5000],
        [15, "Ohlsen", "Greta", "09.01.1996", "Trainerin 1. Damen", 100000, 10000],
        ["", "ausgetragen 30.09.2025:", "Petersen, Kira", "", "", "", ""],
    ]
    m = mk(16, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Jana Sander <geschaeftsstelle@hsg-weserbogen.example>",
           "Versichertenliste GU 55-300918 Stand 01.10.2025",
           body, date="Wed, 08 Oct 2025 14:27:13 +0200",
           atts=[("Versichertenliste_GU55-300918_2025-10.xlsx", MT_XLSX,
                  xlsx(rows, "Versicherte"))])
    return m, S, "de", "insurer-to-club", "attachment-only: named players with birth dates in a group accident contract"


@mail
def m017():
    body = """Sehr geehrter Herr Walczak,

wir bestätigen den Eingang Ihrer Schadenmeldung.

Versicherungsnehmer: Ruderclub Weserlust von 1921 e.V.
Vertrag: Gebäude- und Inhaltsversicherung Bootshaus, Nr. GB 14-070562
Schaden-Nr.: SA-2025-071148
Schaden: Leitungswasser, geplatzter Warmwasserspeicher im Umkleidebereich,
  Estrich und Trockenbau durchfeuchtet, Schaden entdeckt am 06.10.2025

Der Gutachter, Herr Brinkmann (Sachverständigenbüro Brinkmann & Ohm), wird sich
bei Ihnen wegen eines Termins melden. Bitte veranlassen Sie bis dahin nur
notwendige Sofortmaßnahmen (Wasser abstellen, Trocknung) und heben Sie den
defekten Speicher auf.

Bitte richten Sie weitere Post zu diesem Schaden an schaden-sach@lindenhof-versicherung.example
und geben Sie immer die Schadennummer an.

Mit freundlichen Grüßen
Dirk Pohlmann
Sachschaden
"""
    m = mk(17, "Dirk Pohlmann <d.pohlmann@lindenhof-versicherung.example>",
           "Bernd Walczak <vorstand@rc-weserlust.example>",
           "Eingangsbestätigung Schaden SA-2025-071148 Bootshaus",
           body, date="Wed, 08 Oct 2025 09:05:59 +0200")
    return m, C, "de", "insurer-to-club", "club building policy and water claim with named chairman"


@mail
def m018():
    body = """Ticket #INC-2025-44817
Kategorie: Anwendung / Vereinsportal
Priorität: mittel

Beschreibung:
Seit dem Release vom Wochenende bricht der Upload bei der Online-Unfallmeldung
im Vereinsportal ab, sobald eine Datei > 5 MB angehängt wird (typisch:
Arztberichte und MRT-Befunde als Scan). Fehlermeldung im Browser:
"413 Request Entity Too Large". Betroffen laut Hotline mindestens 6 Vereine
seit Montag.

Workaround bis zur Lösung: Vereine sollen die Unterlagen über das
SecureMail-Portal an sportunfall@ schicken, NICHT per normaler Mail.

Bitte Limit im Reverse-Proxy wieder auf 20 MB setzen (war vor dem Release so).

Frank Vogelsang
IT-Service Fachanwendungen Schaden
"""
    m = mk(18, "Frank Vogelsang <f.vogelsang@lindenhof-versicherung.example>",
           "IT-Betrieb Web <it-betrieb-web@lindenhof-versicherung.example>",
           "[INC-2025-44817] Upload Arztberichte im Vereinsportal > 5 MB schlägt fehl",
           body, date="Tue, 07 Oct 2025 10:33:20 +0200")
    return m, N, "de", "internal", "trap: IT ticket about uploading Arztberichte/MRT-Befunde, no person"


@mail
def m019():
    body = """Dear Mr Yıldırım,

further to your request, below is my summary regarding our player. He has
given written consent for this information to be shared with the insurer
(copy sent separately via your secure portal).

Player: Tomás Ferreira, midfielder, DOB 17/05/2000
Incident: 20 Sept 2025, 2. Bundesliga home match, 71st minute, head-to-head
clash, no loss of consciousness, immediate removal from play.

Assessment:
- pitch-side SCAT6: symptom score 14/22, severity 31; delayed recall 2/10
- headache, photophobia and "feeling in a fog" for 5 days
- CT head on match day: no intracranial injury
- diagnosis: concussion (S06.0), second concussion within 14 months
  (first: July 2024, pre-season friendly)

Graduated return to play started 30 Sept; he reached stage 4 (non-contact
training) on 6 Oct without symptoms. Because of the second concussion I will
not clear him for full contact before a neurology review, scheduled for
14 Oct (Dr. Albrecht, neurology, University Hospital).

I'd appreciate it if this could be handled discreetly - the player does not
want the club's supporters or the press to know about the neurology referral.

Kind regards
Dr. Marco Pellegrini
Team Physician, FC Hansa Weserstadt
"""
    fwd = """Aidan, FYI - this is the concussion summary for Ferreira you asked about
for the temporary-disability claim. Please store it in the claim file, not in
the shared UW folder.

Mehmet

-----Original Message-----
From: Dr. Marco Pellegrini <m.pellegrini@fc-hansa-weserstadt.example>
Sent: Tuesday, 7 October 2025 18:12
To: Mehmet Yildirim <m.yildirim@lindenhof-versicherung.example>
Subject: Ferreira - concussion summary

""" + body
    m = mk(19, "Mehmet Yildirim <m.yildirim@lindenhof-versicherung.example>",
           "Aidan Rourke <a.rourke@lindenhof-versicherung.example>",
           "FW: Ferreira - concussion summary",
           fwd, date="Wed, 08 Oct 2025 08:44:09 +0200")
    return m, S, "en", "doctor", "team doctor's concussion report (S06.0, SCAT6, neurology) on a named player, forwarded"


@mail
def m020():
    body = """PRESS RELEASE

Lindenhof Versicherung becomes official insurance partner of the
Nordic Esports League

Hannover / Hamburg, 15 October 2025 - Lindenhof Versicherung AG and the Nordic
Esports League (NEL) today announced a three-year partnership. Starting with the
winter split, Lindenhof will offer all NEL teams a dedicated insurance package
covering tournament hardware, event liability and travel to international
qualifiers.

As part of the partnership, Lindenhof will fund a "Player Wellbeing Programme"
run by the league: ergonomics coaching, screen-break routines and access to
sports psychologists for the players of all participating teams. The league
manages the programme independently; Lindenhof does not receive any data on
individual players.

"Esports is a sport with real physical demands - repetitive strain in wrists
and shoulders, long travel days, pressure on stage," says Tobias Ahrens, Head of
Sponsoring at Lindenhof. "We want to help teams look after their players."

About Lindenhof Versicherung AG
Lindenhof is a mid-sized insurer based in Hannover, specialising in sports,
clubs and leisure. More at https://www.lindenhof-versicherung.example/press

Press contact: presse@lindenhof-versicherung.example, +49 511 4471-1000
"""
    m = mk(20, "Lindenhof Presse <presse@lindenhof-versicherung.example>",
           "Press list <presseverteiler@lindenhof-versicherung.example>",
           "Press release: Lindenhof partners with Nordic Esports League",
           body, date="Wed, 15 Oct 2025 09:00:00 +0200")
    return m, N, "en", "insurer-to-partner", "trap: press release on esports player wellbeing, no individual data"


@mail
def m021():
    body = """Dear Mr Gallagher,

thank you for your claim under the entry-fee protection you booked with your
registration for the Rheinauen-Marathon on 12 October 2025.

Insured person:  Declan Gallagher, 14 Moorfield Road, Leeds
Booking ref.:    RM25-184420 (start no. 10377)
Cover:           Entry fee protection, ref. SG 90-118774

You told us you cannot travel because your new employer requires you to
start on 6 October and has refused leave for the first month. A change of job
by the insured person is covered ("unexpected new employment"), so we can
refund the entry fee of EUR 89.00 and the non-refundable hotel deposit of
EUR 140.00 minus the 20 % excess.

Refund: EUR 183.20 to GB90 MIDL 4005 1522 3344 55 (account holder D. Gallagher),
please allow 5 working days.

The copy of the employment contract you sent stays in the claim file and
will be deleted after the usual retention period.

Kind regards
Lena Marquardt
Travel & Leisure Claims
Lindenhof Versicherung AG
"""
    m = mk(21, "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Declan Gallagher <d.gallagher@runmail.example>",
           "Entry fee protection - your claim SG 90-118774",
           body, date="Fri, 03 Oct 2025 12:09:41 +0200")
    return m, C, "en", "insurer-to-customer", "named runner, address, IBAN, cancellation for new job (no health)"


@mail
def m022():
    body = """Sehr geehrte Frau Köhler,

wir sind der Haftpflichtversicherer der IronForm Fitness GmbH und haben Ihre
Forderung vom 22.09.2025 erhalten.

Schaden-Nr.: HS-2025-043915
Ereignis: 04.09.2025, Studio Hannover-List, Freihantelbereich

Nach Ihrer Schilderung hat sich an der Hantelbank neben Ihnen eine
Kurzhantelscheibe (10 kg) gelöst und ist auf Ihren rechten Fuß gefallen. Laut
dem beigefügten Bericht der Notaufnahme des Friederikenstifts wurde eine
Fraktur des Os metatarsale III und IV rechts (S92.3) festgestellt, Versorgung
mit Vorfußentlastungsschuh, 6 Wochen Teilbelastung. Sie waren bis 17.10.2025
arbeitsunfähig.

Wir prüfen derzeit, ob die Scheibe durch fehlende Sicherungsclips am
Studio-Equipment oder durch einen anderen Mitglied gelöst wurde. Das Studio
hat uns die Trainerdokumentation und die Wartungsliste geschickt.

Für die Bearbeitung Ihres Schmerzensgeldanspruchs bitten wir um:
- Abschlussbericht Ihres Unfallchirurgen
- Nachweis des Verdienstausfalls (Arbeitgeberbescheinigung)
- Rechnungen für Physiotherapie (Sie erwähnten 12 Behandlungen KG)

Mit freundlichen Grüßen
Sabine Kühnel
Haftpflicht-Schaden
Lindenhof Versicherung AG
"""
    m = mk(22, "Sabine Kühnel <s.kuehnel@lindenhof-versicherung.example>",
           "Svenja Köhler <svenja.koehler@netzpost.example>",
           "Ihr Anspruch gegen IronForm Fitness GmbH - HS-2025-043915",
           body, date="Tue, 14 Oct 2025 11:55:02 +0200", cte="8bit")
    return m, S, "de", "insurer-to-customer", "injured gym member: metatarsal fracture S92.3, sick leave, physiotherapy"


@mail
def m023():
    body = """Hallo Lauftreff,

hier der Plan für die letzten 6 Wochen bis zum Rheinauen-Halbmarathon (12.10.).
Wer neu dazugekommen ist: einfach bei der Gruppe mitlaufen, die zu eurem
Tempo passt, niemand muss alles mitmachen.

Woche  Di (Mittagspause, Eilenriede)   Do (17:30, Maschsee)      Sa/So
35     5 km locker                     6 x 400 m, 200 m Trabpause  14 km ruhig
36     6 km locker                     3 x 2 km im HM-Tempo        16 km ruhig
37     6 km + 5 Steigerungen           Fahrtspiel 40 min           18 km ruhig
38     5 km locker                     4 x 1 km schnell            Testlauf 10 km
39     6 km locker                     2 x 3 km HM-Tempo           14 km ruhig
40     4 km locker                     20 min locker + 3 Steigerungen   Ruhetag
41     Wettkampfwoche: Mo/Mi kurz & locker, Sa Startunterlagen holen

Tipps: bei Knie- oder Achillesschmerzen lieber einen Tag Pause, nicht
"durchbeißen". Die Duschen im UG sind ab 12 Uhr offen.

Startgeld übernimmt wie jedes Jahr der Betriebssport, Anmeldung bis 15.9.
bei mir.

Lauf-Grüße
Ines (Betriebssportgruppe Laufen)
"""
    m = mk(23, "Ines Vollmer <i.vollmer@lindenhof-versicherung.example>",
           "Betriebssport Laufen <bsg-laufen@lindenhof-versicherung.example>",
           "Trainingsplan HM Rheinauen - die letzten 6 Wochen",
           body, date="Mon, 25 Aug 2025 12:48:30 +0200", cte="8bit")
    return m, N, "de", "internal", "trap: company running group training plan, no health data of a person"


@mail
def m024():
    body = """Liebe Frau Dr. Fassbender,

ich bräuchte bitte Ihre Einschätzung zu einer Invaliditätsbemessung.

VN/VP: Gerhard Wittkamp, 61 J., Vertrag UV 48-690117 (Senioren-Unfall)
Schaden-Nr.: SU-2024-022871
Unfall: 11.05.2024, Sturz beim Tischtennis (Vereinstraining), Luxation der
rechten Schulter mit Abriss der Rotatorenmanschette (Supraspinatus komplett,
Infraspinatus partiell)

Das Gutachten von Dr. Reimers (Unfallchirurgie) vom 22.09.2025 kommt zu
einer Funktionsbeeinträchtigung des rechten Arms von 3/10 Armwert und schreibt
einen Mitwirkungsanteil von 40 % wegen vorbestehender degenerativer
Veränderungen (Omarthrose Grad II, Tendinose) zu. In der MRT vom 2022 (Vorbefund
vom Hausarzt) ist bereits eine Partialruptur der Supraspinatussehne beschrieben.

Meine Fragen:
1. Ist der Mitwirkungsanteil von 40 % aus Ihrer Sicht plausibel, oder sollen wir
   ein Zweitgutachten einholen?
2. Reicht 3/10 Armwert angesichts der Abduktion bis 90° und der Kraftminderung?

Nach Gliedertaxe (Arm 70 %) wären das 21 %, abzüglich 40 % Mitwirkung 12,6 %.
Vertragliche Invaliditätssumme 80.000 EUR, Progression 225 %.

Die Akte liegt im DMS, ich habe Ihnen Leserechte gegeben.

Viele Grüße
Jonas Brettschneider
"""
    m = mk(24, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Dr. Ulrike Fassbender <u.fassbender@lindenhof-versicherung.example>",
           "Bitte um med. Einschätzung SU-2024-022871 Wittkamp (Mitwirkung)",
           body, date="Thu, 09 Oct 2025 15:14:27 +0200")
    return m, S, "de", "internal", "named insured: shoulder luxation, rotator cuff, degenerative findings, invalidity rating"


@mail
def m025():
    body = """Sehr geehrte Frau Lorenz,

nach dem Einbruch in Ihr Studio in Langenhagen haben wir den Schaden angelegt.

Versicherungsnehmerin: Vitalpunkt Fitness & Gesundheit GmbH, GF Tanja Lorenz
Vertrag: Geschäftsinhalt / Betriebsunterbrechung, Nr. GI 73-412290
Schaden-Nr.: SA-2025-070415
Schadentag: Nacht vom 21. auf 22.09.2025

Gemeldet entwendet bzw. beschädigt:
- Kasse mit Wechselgeld (ca. 380 EUR)
- 2 Tablets des Check-in-Systems
- Eingangstür (Glas, Aufhebelspuren), Alarmkontakt
- Getränkekühlschrank aufgebrochen

Bitte senden Sie uns die Stehlgutliste, die Sie der Polizei gegeben haben,
sowie die Rechnung des Glasnotdienstes. Ob ein
Betriebsunterbrechungsschaden vorliegt, prüfen wir, sobald Sie uns mitteilen,
ob das Studio am 22.09. geschlossen bleiben musste.

Mit freundlichen Grüßen
Nina Hoffstetter
Gewerbekunden Fitness & Freizeit
Lindenhof Versicherung AG
"""
    m = mk(25, "Nina Hoffstetter <n.hoffstetter@lindenhof-versicherung.example>",
           "Tanja Lorenz <t.lorenz@vitalpunkt-fitness.example>",
           "Einbruch Studio Langenhagen - SA-2025-070415",
           body, date="Fri, 26 Sep 2025 10:22:16 +0200")
    return m, C, "de", "insurer-to-company", "company policyholder with named managing director, burglary claim"


@mail
def m026():
    body = """Hi Sandra,

could you post the ad below on the careers page and the two job boards
from next Monday? Text is approved by the works council. English version
only for now, the German one follows.

Thanks, Aidan

-----

Physiotherapist / Rehab Case Manager (m/f/d) - Athlete Risk International
Hannover or remote (Germany), full time, permanent

Our Athlete Risk International team insures professional athletes in
football, basketball, handball, ice hockey and esports across Europe.
When a player is injured, our rehab case managers work with clubs,
team doctors and physiotherapists to make sure treatment and return to play
are well organised.

What you bring:
- degree or state certification as a physiotherapist, ideally 3+ years in
  elite or semi-pro sport
- good knowledge of ACL, hamstring, ankle and shoulder rehab protocols
- fluent English and German; any other language is a plus
- you enjoy talking to clubs, agents and doctors - and explaining an insurance
  decision in plain words

What we offer: 30 days holiday, hybrid working, company sports programme,
training budget, a team that actually watches the games.

Apply by 15 November 2025 at https://karriere.lindenhof-versicherung.example/jobs/4471

--
Aidan Rourke
Head of Athlete Risk International
Lindenhof Versicherung AG
"""
    m = mk(26, "Aidan Rourke <a.rourke@lindenhof-versicherung.example>",
           "Sandra Weihe <s.weihe@lindenhof-versicherung.example>",
           "Job ad: Physiotherapist / Rehab Case Manager - please publish",
           body, date="Thu, 16 Oct 2025 17:02:40 +0200")
    return m, N, "en", "internal", "trap: job ad for a physiotherapist (ACL, rehab) with no applicant data"


@mail
def m027():
    body = """Sehr geehrte Frau Schulte-Berning,

wir kommen zurück auf Ihren Antrag auf Sportinvaliditätsversicherung
(Antrag-Nr. SI-2025-00871, Sportart Mittelstrecke / 1.500 m, Kaderzugehörigkeit
Landeskader).

In den Gesundheitsangaben haben Sie ein Belastungsasthma angegeben, das mit
Salbutamol (Dosieraerosol, bei Bedarf vor dem Training) und seit 2024 mit
Budesonid/Formoterol als Dauertherapie behandelt wird. Sie schreiben, dass für
die Dauertherapie eine Medizinische Ausnahmegenehmigung (TUE) der Nationalen
Anti-Doping-Agentur vorliegt.

Da unsere Bedingungen Leistungen ausschließen, wenn ein Versicherungsfall im
Zusammenhang mit einem Verstoß gegen Anti-Doping-Bestimmungen steht, bitten
wir Sie um:

1. eine Kopie der TUE-Bewilligung (Geltungsdauer, Wirkstoffe, Dosis),
2. den letzten Lungenfunktionsbefund Ihres Pneumologen (FEV1, Provokationstest),
3. eine Bestätigung, dass in den letzten fünf Jahren keine Dopingkontrolle
   mit einem von der Norm abweichenden Analyseergebnis vorlag.

Das Asthma selbst würden wir nach jetzigem Stand nicht ausschließen, sondern
mit einem Beitragszuschlag von 15 % versichern. Die endgültige Entscheidung
trifft unser ärztlicher Dienst nach Eingang der Unterlagen.

Mit freundlichen Grüßen
Mehmet Yıldırım
Underwriting Profisport / Leistungssport
Lindenhof Versicherung AG
"""
    m = mk(27, "Mehmet Yildirim <m.yildirim@lindenhof-versicherung.example>",
           "Carolin Schulte-Berning <c.schulte-berning@laufpost.example>",
           "Ihr Antrag SI-2025-00871 - Rückfragen zu Gesundheitsangaben und TUE",
           body, date="Mon, 22 Sep 2025 10:45:00 +0200")
    return m, S, "de", "insurer-to-customer", "athlete's asthma medication, TUE and doping-test history in underwriting"


@mail
def m028():
    body = """Team,

quick summary of what changes in the Prohibited List for 2026 (published by
the World Anti-Doping Agency at the end of September, valid from 1 January)
and what it means for our Sports Disability wording. Nothing here concerns an
individual athlete - this is for the wording review on 4 November.

1. S0/S2: two further peptide hormone mimetics named explicitly. No impact on
   us, our exclusion refers to "the Prohibited List in force at the time".
2. S5 diuretics: clarification on minimum reporting levels for ophthalmic use.
3. S9 glucocorticoids: injectable routes remain prohibited in-competition;
   washout periods in the guidance unchanged.
4. Monitoring programme: tramadol stays under monitoring, not prohibited.
5. Beta-2 agonists: salbutamol threshold unchanged (1,600 micrograms over
   24 hours, not exceeding 600 micrograms over 8 hours).

Proposal: keep our dynamic reference, but add a sentence to the product
information that athletes with a TUE are not excluded as long as they stay
within the approved use. Claims asked for this after two customer complaints.

Aidan
"""
    m = mk(28, "Aidan Rourke <a.rourke@lindenhof-versicherung.example>",
           "Athlete Risk Team <athlete-risk@lindenhof-versicherung.example>",
           "Prohibited List 2026 - impact on our wording",
           body, date="Mon, 20 Oct 2025 09:12:50 +0200", cte="7bit")
    return m, N, "en", "internal", "trap: anti-doping list changes (substances, TUE) with no athlete concerned"


@mail
def m029():
    body = """Hi Oliver,

as promised, the details for my client for the professional liability quote.
He works as a freelance ski and snowboard instructor, mainly in Obergurgl
(Austria) in the winter and as a mountain-bike guide in the Harz in summer.

Name:             Samuel Whitfield
Date of birth:    04 July 1987
Residence:        Am Kurpark 3, 38700 Braunlage
Status:           self-employed (sole trader), registered in Germany
Qualifications:   BASI Level 3 equivalent, Austrian "Landesskilehrer"
Turnover 2024:    EUR 41,800 (tax return attached to my CRM, can send)
Expected 2025/26: approx. EUR 46,000
Previous insurer: annual policy via the Austrian ski school, ended 30/04/2025
Claims history:   none in 5 years

He needs cover for teaching in AT, CH and IT and for guiding groups of up to
8 riders. Start 1 December 2025 if possible. Can you send me indicative
terms by the end of next week?

Best
Ryan

Ryan Cooper
Cooper Alpine Insurance Brokers
"""
    m = mk(29, "Oliver Strack <o.strack@lindenhof-versicherung.example>",
           "Underwriting Haftpflicht <uw-haftpflicht@lindenhof-versicherung.example>",
           "FW: Quote request ski instructor / MTB guide - Whitfield",
           "Bitte kurz rechnen, Makler ist neu bei uns, gute Verbindungen in die Skischulen. "
           "Gruß Oliver\n\n----- Forwarded message -----\nFrom: Ryan Cooper "
           "<ryan@cooper-alpine.example>\nDate: Tue, 14 Oct 2025 16:31\n\n" + body,
           date="Wed, 15 Oct 2025 08:20:11 +0200")
    return m, C, "en", "broker", "sole-trader instructor: birth date, address, turnover for a liability quote"


@mail
def m030():
    body = """Dear Mr Hofer,

we are the liability insurer of Mr Julian Seidel, who you say collided with
you on the red run 'Hochalm' at Saalbach on 12 February 2025.

Our ref.:       HS-2025-011960
Policyholder:   Julian Seidel (private liability, PH 30-227718)

We have now received the documents from your lawyer's office, in particular:
- the report of the ski patrol and the Austrian police (Alpinpolizei),
- the discharge letter of the regional hospital Pinzgau-Süd: spiral fracture of the
  left tibia and fibula (S82.2), intramedullary nailing on 13 February,
- the physiotherapy plan and your certificate of incapacity for work until
  30 June 2025.

Our policyholder disputes that he came from above. Under the FIS rules the
skier above must choose a course that does not endanger the skier below; the
witness statement of Ms Aigner, however, describes you crossing the slope from
the left edge. We therefore propose to settle on the basis of 50 % liability.

Before we make a concrete offer for pain and suffering and loss of earnings,
please let us know whether the metal will be removed (second operation) and
whether any permanent restriction of the ankle is expected.

Yours sincerely
Sabine Kühnel
Liability Claims
Lindenhof Versicherung AG
"""
    m = mk(30, "Sabine Kühnel <s.kuehnel@lindenhof-versicherung.example>",
           "Markus Hofer <markus.hofer@tirolnet.example>",
           "Your ski accident 12 February 2025 - our ref. HS-2025-011960",
           body, cc="Kanzlei Pichler & Moser <office@pichler-moser.example>",
           date="Thu, 18 Sep 2025 14:36:00 +0200")
    return m, S, "en", "insurer-to-customer", "third-party skier: tibia/fibula fracture S82.2, surgery, incapacity, liability claim"


@mail
def m031():
    body = """Liebe Vereinsvertreter,

wie angekündigt bieten wir gemeinsam mit dem Sportbund Weserbergland wieder
einen kostenlosen Erste-Hilfe-Kurs speziell für Übungsleiter und Trainer an
(9 UE, gilt als Nachweis für die Lizenzverlängerung).

Inhalte: Vorgehen bei Sportverletzungen (PECH-Regel), Verdacht auf
Gehirnerschütterung – wann muss das Kind raus?, Wiederbelebung und AED,
Asthmaanfall und Unterzuckerung beim Training, Notruf und Dokumentation.

Termin: Samstag, 8. November 2025, 9:00–16:30 Uhr
Ort: Vereinsheim TSV Grünwiesen, Am Sportplatz 2

Anmeldung bis 31.10. formlos per Antwort auf diese Mail (Name, Verein).
Max. 20 Plätze. Den Termin für Ihren Kalender finden Sie im Anhang.

Viele Grüße
Katrin Oberländer
Vereinsservice Sportversicherung
"""
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindenhof Versicherung//Vereinsservice//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:eh-kurs-2025-11-08@lindenhof-versicherung.example
DTSTAMP:20251001T080000Z
DTSTART;TZID=Europe/Berlin:20251108T090000
DTEND;TZID=Europe/Berlin:20251108T163000
SUMMARY:Erste-Hilfe-Kurs für Übungsleiter (9 UE)
LOCATION:Vereinsheim TSV Grünwiesen, Am Sportplatz 2
DESCRIPTION:Sportverletzungen, Gehirnerschütterung, AED, Notruf. Bitte bequeme Kleidung.
ORGANIZER;CN=Vereinsservice Lindenhof:mailto:vereinsservice@lindenhof-versicherung.example
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")
    m = mk(31, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Vereinsvertreter Weserbergland <vereine@sportbund-weserbergland.example>",
           "Einladung: Erste-Hilfe-Kurs für Übungsleiter am 08.11.",
           body, date="Wed, 01 Oct 2025 09:30:00 +0200",
           atts=[("Erste-Hilfe-Kurs_2025-11-08.ics", "text/calendar", ics, "utf-8")])
    return m, N, "de", "insurer-to-club", "trap: first-aid course invitation (concussion, asthma, AED) with calendar file"


@mail
def m032():
    body = """Hallo Herr Pohlmann,

danke für den schnellen Rückruf. Hier wie besprochen die Angaben zu unserem
Vereinsbus:

Verein: TSV Grünwiesen 1897 e.V.
Fahrzeug: VW Crafter 9-Sitzer, amtl. Kennzeichen HM-TG 1897
Vertrag: Kfz-Flotte Vereine, Nr. KF 09-551830
Fahrer: Uwe Schrader (Jugendtrainer, Vereinsmitglied seit 2009)
Datum: 04.10.2025, ca. 18:40 Uhr
Ort: Parkplatz Sporthalle Bad Münder

Beim Rückwärtsausparken nach dem Auswärtsspiel der C-Jugend hat Herr Schrader
einen Poller übersehen und dabei die hintere Stoßstange und die rechte
Hecktür eingedrückt. Sonst ist nichts passiert, die Kinder saßen schon im Bus,
niemand verletzt. Der Poller gehört der Stadt, der ist leicht schief.

Fotos hänge ich an die nächste Mail, die sind zu groß.

Schönen Gruß
Heinz-Dieter Krüger
1. Vorsitzender TSV Grünwiesen 1897 e.V.
"""
    re_ = """Sehr geehrter Herr Krüger,

vielen Dank, den Schaden haben wir unter SK-2025-058172 angelegt
(Kasko und – wegen des Pollers – Haftpflicht). Für die Reparatur können Sie
eine Werkstatt Ihrer Wahl beauftragen; bitte vorher einen Kostenvoranschlag
schicken, wenn er 2.000 EUR übersteigt. Die Selbstbeteiligung Vollkasko
beträgt laut Vertrag 500 EUR.

Mit freundlichen Grüßen
Dirk Pohlmann
Kfz-Schaden

-----Ursprüngliche Nachricht-----
Von: Heinz-Dieter Krüger <vorsitz@tsv-gruenwiesen.example>
Gesendet: Montag, 6. Oktober 2025 19:02
An: Dirk Pohlmann
Betreff: Vereinsbus Schaden

""" + body
    m = mk(32, "Dirk Pohlmann <d.pohlmann@lindenhof-versicherung.example>",
           "Heinz-Dieter Krüger <vorsitz@tsv-gruenwiesen.example>",
           "AW: Vereinsbus Schaden - SK-2025-058172",
           re_, date="Tue, 07 Oct 2025 11:04:23 +0200")
    return m, C, "de", "insurer-to-club", "club fleet motor claim: plate, named driver and chairman, nobody hurt"


@mail
def m033():
    body = """Hallo Jonas,

anbei die Rechnung der Physiopraxis für Frau Albers, kam heute per Mail vom
Verein. Bitte der SU-2025-017703 zuordnen, Reha-Leistungen nach
Kreuzband-OP. Ich habe die Positionen nicht geprüft.

Gruß
Katrin
"""
    lines = [
        "Praxis für Physiotherapie Anja Seidlitz",
        "Sport- und Manualtherapie · Lange Straße 41 · 31785 Hameln",
        "",
        "Rechnung Nr. 2025-1187                                 Hameln, 30.09.2025",
        "",
        "Patientin: Merle Albers, geb. 14.02.2001, Weserstraße 19, 31785 Hameln",
        "Verordnung: Dr. med. H. Kirchhoff, 18.08.2025",
        "Diagnose: Z. n. VKB-Plastik re. Knie (Semitendinosus), S83.53",
        "",
        "Datum        Leistung                                   Anz.   Betrag",
        "21.08.2025   KG-Gerät (gerätegestützte Krankengymnastik)   1    48,00",
        "25.08.2025   KG-Gerät                                      1    48,00",
        "28.08.2025   Manuelle Lymphdrainage 30 min                 1    36,50",
        "01.09.2025   KG-Gerät                                      1    48,00",
        "04.09.2025   KG-Gerät                                      1    48,00",
        "08.09.2025   Elektrotherapie (EMS Quadrizeps)              1    14,00",
        "11.09.2025   KG-Gerät                                      1    48,00",
        "15.09.2025   KG-Gerät + Sprungtraining                     1    48,00",
        "22.09.2025   KG-Gerät                                      1    48,00",
        "29.09.2025   Isokinetik-Test (Beuge/Streck, Seitenvergl.)  1    65,00",
        "",
        "Summe                                                          451,50 EUR",
        "",
        "Befund Isokinetik 29.09.: Defizit Quadrizeps re. 24 % ggü. li., Hamstrings 11 %.",
        "Empfehlung: Weiterführung 2x/Woche, Sportartspezifisches Training ab 12. Woche.",
        "",
        "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen.",
        "Steuer-Nr. 22/140/55123 · Heilbehandlung umsatzsteuerfrei § 4 Nr. 14 UStG",
    ]
    m = mk(33, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Physio-Rechnung zu SU-2025-017703",
           body, date="Thu, 02 Oct 2025 16:20:44 +0200",
           atts=[("Rechnung_2025-1187_Albers.pdf", "application/pdf",
                  pdf(lines, "Rechnung 2025-1187"))])
    return m, S, "de", "physio", "attachment-only: physiotherapy invoice with diagnosis S83.53 and birth date"


@mail
def m034():
    body = """Hallo Herr Krüger,

wie gewünscht die aktuelle Vorlage für die Unfallmeldung zum Ausdrucken
(Word). Die Felder in eckigen Klammern bitte ausfüllen. Ausgefüllte
Meldungen bitte NICHT per normaler E-Mail zurück, sondern über das
Vereinsportal hochladen – da stehen ja Gesundheitsangaben drin.

Viele Grüße
Katrin Oberländer
"""
    paras = [
        "Unfallmeldung Sportversicherung – Vorlage (Stand 09/2025)",
        "Verein: [Vereinsname]    Vereins-Nr.: [Vereins-Nr.]",
        "Verletzte Person: [Name, Vorname]    geb.: [TT.MM.JJJJ]",
        "Anschrift: [Straße, PLZ, Ort]",
        "Mitglied seit: [Datum]    Funktion: [Aktive/r / Übungsleiter/in / Helfer/in]",
        "Unfalltag und Uhrzeit: [Datum, Uhrzeit]",
        "Sportart / Veranstaltung: [z. B. Punktspiel, Training, Vereinsfest]",
        "Unfallhergang (genaue Schilderung): [Text]",
        "Art der Verletzung: [z. B. Verdrehung Knie, Platzwunde]",
        "Erstbehandelnde/r Ärztin/Arzt: [Name, Ort]",
        "Stationärer Aufenthalt: [ja/nein, von–bis]",
        "Zeugen: [Name, Anschrift]",
        "Bankverbindung für Leistungen: IBAN [DE.. .... .... .... .... ..]",
        "Ort, Datum, Unterschrift Verletzte/r bzw. Erziehungsberechtigte/r: ______________",
        "Ort, Datum, Stempel und Unterschrift Verein: ______________",
    ]
    m = mk(34, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Heinz-Dieter Krüger <vorsitz@tsv-gruenwiesen.example>",
           "Vorlage Unfallmeldung (Word)",
           body, date="Fri, 10 Oct 2025 13:01:38 +0200",
           atts=[("Vorlage_Unfallmeldung_Sportversicherung.docx", MT_DOCX, docx(paras))])
    return m, N, "de", "insurer-to-club", "trap: blank accident-report template with [placeholders]"


@mail
def m035():
    body = """Sehr geehrter Herr Schrader,

zu Ihrer Meldung aus der Privathaftpflicht:

Versicherungsnehmer: Uwe Schrader, Lindenallee 22, 31848 Bad Münder
Vertrag: PH 30-184455
Schaden-Nr.: HS-2025-042260

Sie schreiben, dass beim Torschusstraining der C-Jugend ein von Ihnen
geschossener Ball über den Fangzaun geflogen ist und die Heckscheibe des
geparkten Pkw von Frau Ingrid Mahnke (Kennzeichen HM-IM 312) beschädigt hat.

Da Sie als ehrenamtlicher Trainer im Auftrag des Vereins tätig waren, ist
vorrangig die Vereins-Haftpflicht des TSV Grünwiesen zuständig (Ehrenamt ist
dort mitversichert). Wir haben den Schaden deshalb an unsere Kollegen im
Vereinsservice abgegeben, die den Vertrag des Vereins führen. Sie müssen nichts
weiter tun; Frau Mahnke erhält direkt Nachricht von uns.

Ihr Schadenfreiheitsrabatt – den es in der Privathaftpflicht ohnehin nicht
gibt – ist nicht betroffen.

Mit freundlichen Grüßen
Sabine Kühnel
Haftpflicht-Schaden
"""
    m = mk(35, "Sabine Kühnel <s.kuehnel@lindenhof-versicherung.example>",
           "Uwe Schrader <uwe.schrader@t-netz.example>",
           "Ihre Schadenmeldung HS-2025-042260 (Ball / Heckscheibe)",
           body, date="Fri, 17 Oct 2025 10:11:12 +0200", cte="8bit")
    return m, C, "de", "insurer-to-customer", "named coach's liability policy and claim, third party's plate, no injury"


@mail
def m036():
    body = """Sehr geehrter Herr Lange,

zur Meldung vom 29.09. über den Schaden am Sportrollstuhl von Herrn Timo
Brückner:

Verein: RSV Lahnaue e.V., Abteilung Rollstuhlbasketball
Vertrag: Sportversicherung inkl. Sportgeräte-Zusatz, Nr. SV 22-104471
Schaden-Nr.: SA-2025-070998

Beim Training am 27.09. ist der Sportrollstuhl (Maßanfertigung, Baujahr 2022,
Anschaffung über die Krankenkasse mit Eigenanteil) nach einem Zusammenstoß
umgekippt, der Rahmen ist am Achsträger gerissen. Laut Ihrer Schilderung hat
sich Herr Brückner dabei eine Prellung des linken Handgelenks zugezogen; wegen
seiner Querschnittlähmung (Th 11, seit 2016) ist er bis zur Reparatur auch im
Alltag auf den Ersatzstuhl angewiesen, der für ihn nicht passt.

Wir übernehmen die Reparatur des Sportrollstuhls beim Hersteller (KV vom
02.10.: 1.870 EUR), abzüglich eines ggf. von der Krankenkasse getragenen
Anteils. Bitte fragen Sie bei Herrn Brückners Krankenkasse nach, ob sie sich
beteiligt, und teilen Sie uns das Ergebnis mit.

Zum Handgelenk: Falls eine ärztliche Behandlung nötig war, reichen Sie bitte
eine separate Unfallmeldung ein.

Mit freundlichen Grüßen
Katrin Oberländer
Vereinsservice Sportversicherung
"""
    m = mk(36, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Michael Lange <abteilungsleiter-rbb@rsv-lahnaue.example>",
           "Schaden SA-2025-070998 Sportrollstuhl T. Brückner",
           body, date="Mon, 06 Oct 2025 15:29:55 +0200")
    return m, S, "de", "insurer-to-club", "named wheelchair athlete: paraplegia Th11, wrist contusion, aids"


@mail
def m037():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Inklusionssportfest</title></head>
<body style="font-family:Verdana,sans-serif;font-size:14px">
<p>Liebe Vereine,</p>
<p>am <b>Sonntag, 23. November 2025</b> findet in der Sporthalle am Weserwall das
<b>4. Inklusionssportfest Weserbergland</b> statt – gemeinsam organisiert vom Sportbund,
dem RSV Lahnaue und der Lindenhof Versicherung.</p>
<ul>
<li>Rollstuhlbasketball zum Ausprobieren (Sportrollstühle werden gestellt)</li>
<li>Blindenfußball mit Augenbinden für alle, Goalball</li>
<li>Sitzvolleyball-Turnier für gemischte Teams (Anmeldung bis 10.11.)</li>
<li>Parcours für Kinder mit und ohne Behinderung</li>
<li>Infostand: Wie sind Menschen mit Behinderung im Verein versichert?</li>
</ul>
<p>Die Halle ist barrierefrei, Behindertenparkplätze am Eingang Nord, Gebärdensprachdolmetscherin
ist vor Ort. Helferinnen und Helfer sind über den Sportversicherungsvertrag versichert.</p>
<p>Anmeldung der Teams: <a href="mailto:inklusion@sportbund-weserbergland.example">inklusion@sportbund-weserbergland.example</a></p>
<p>Wir freuen uns auf euch!<br>Tobias Ahrens, Lindenhof Versicherung – Sponsoring</p>
</body></html>"""
    m = mk(37, "Tobias Ahrens <t.ahrens@lindenhof-versicherung.example>",
           "Vereine Weserbergland <vereine@sportbund-weserbergland.example>",
           "Einladung: 4. Inklusionssportfest am 23.11.",
           html=html, html_only=True, date="Tue, 21 Oct 2025 10:00:00 +0200")
    return m, N, "de", "insurer-to-club", "trap: HTML-only event announcement on disability sports, no person"


@mail
def m038():
    body = """Dear Ms Haugland,

please find below the confirmation for the team travel cover for the
European qualifier in Katowice. The certificate itself is in the portal.

Policyholder:   Nordlicht Esports GmbH
Policy:         TR 41-088205 (group travel, baggage & cancellation,
                WITHOUT travel health - players have their own cover)
Period:         13-18 November 2025

Insured travellers:
  Jesper Lindqvist     team manager   DOB 22/10/1990
  Mads Kristoffersen   player         DOB 09/03/2003
  Lukas Brenner        player         DOB 17/06/2002
  Onur Aksoy           player         DOB 28/01/2004
  Elias Voß            player         DOB 05/12/2001
  Kacper Wiśniewski    player         DOB 30/08/2003
  Ida Haugland         coach          DOB 14/04/1995

Hardware in checked baggage is covered up to EUR 3,000 per person; please
carry peripherals (mice, keyboards, headsets) in hand luggage.

Good luck in Katowice!

Nina Hoffstetter
Commercial Lines | Fitness, Leisure & Esports
"""
    m = mk(38, "Nina Hoffstetter <n.hoffstetter@lindenhof-versicherung.example>",
           "Ida Haugland <ida.haugland@nordlicht-esports.example>",
           "Travel cover Katowice 13-18 Nov - traveller list",
           body, cc="Jesper Lindqvist <jesper.lindqvist@nordlicht-esports.example>",
           date="Tue, 28 Oct 2025 13:44:02 +0100")
    return m, C, "en", "insurer-to-company", "traveller list with names and dates of birth, travel cover without health"


@mail
def m039():
    body = """Hi Nina,

sorry to bother you with this, but you're the only person I know at Lindenhof.
One of our players, Onur Aksoy, has been having problems with his right wrist
for about two months. The hand surgeon now says it's De Quervain's
tenosynovitis (she wrote M65.4 on the sick note) plus beginning carpal tunnel
symptoms, and he has a splint and a cortisone injection. He's supposed to
rest for 4-6 weeks, which means he'll miss Katowice.

Questions:
1. Is this something the player disability cover we discussed in spring
   would have paid for? (We never signed it, I know.)
2. He is worried he has to pay the injection himself - his German public
   health insurance only covers part of the hand therapy. Is there anything in
   our group policy?
3. Can we swap him on the traveller list for our sub, Jonas Pilz?

Thanks a lot
Jesper

Jesper Lindqvist
Team Manager | Nordlicht Esports GmbH
"""
    fwd = """Aidan - can you take question 1 and 2? I'll do the traveller list.
There is no health component in their group policy, but maybe we want to
offer the disability product properly now.

Nina

-------- Forwarded Message --------
Subject: Onur - wrist
Date: Wed, 29 Oct 2025 22:14:51 +0100
From: Jesper Lindqvist <jesper.lindqvist@nordlicht-esports.example>
To: Nina Hoffstetter <n.hoffstetter@lindenhof-versicherung.example>

""" + body
    m = mk(39, "Nina Hoffstetter <n.hoffstetter@lindenhof-versicherung.example>",
           "Aidan Rourke <a.rourke@lindenhof-versicherung.example>",
           "Fwd: Onur - wrist",
           fwd, date="Thu, 30 Oct 2025 09:10:31 +0100", cte="8bit", flowed=True)
    return m, S, "en", "company", "team manager forwards player's tenosynovitis M65.4, splint, cortisone"


@mail
def m040():
    text = """NORDIC ESPORTS LEAGUE - WINTER SPLIT 2025/26 KICK-OFF

When:  Saturday 29 November 2025, doors 11:00, first match 12:30
Where: Halle 4, Messegelände Bremen
Teams: 10 teams, best-of-three, group stage

Side programme (free for ticket holders):
- 14:00 Panel "Playing without pain": ergonomics, wrist and shoulder health,
  with a sports physiotherapist and two pro players
- 15:30 Cosplay contest
- 17:00 Community tournament finals

Accessibility: wheelchair spaces in blocks A and F, quiet room next to the
first-aid station, strobe warnings before the show segments.

Tickets: https://tickets.nel-esports.example/wintersplit
Supported by Lindenhof Versicherung - official insurance partner.
"""
    m = mk(40, "Tobias Ahrens <t.ahrens@lindenhof-versicherung.example>",
           "Sponsoring Team <sponsoring@lindenhof-versicherung.example>",
           "FYI: NEL Winter Split kick-off - final event sheet",
           text, date="Mon, 03 Nov 2025 11:40:00 +0100", cte="8bit")
    return m, N, "en", "internal", "trap: esports event sheet with wrist-health panel and first-aid station"


@mail
def m041():
    body = """Sehr geehrter Herr Nachtigall,

Ihre Tauchausrüstung ist auf dem Rückflug von Marsa Alam nicht mit Ihnen in
Frankfurt angekommen und wurde laut Airline endgültig als verloren gemeldet.

Versicherter: Pascal Nachtigall, Mittelweg 8, 60318 Frankfurt am Main
Vertrag: Reisegepäck, Nr. RG 20-417733
Schaden-Nr.: RG-2025-034120
PIR-Nr. der Airline: FRAXX48211

Ersatzfähig nach Zeitwert (Kaufbelege liegen vor):
  Atemregler mit Oktopus (2021)        Neuwert 890 EUR   Zeitwert 534 EUR
  Tarierjacket (2019)                  Neuwert 520 EUR   Zeitwert 208 EUR
  Tauchcomputer (2023)                 Neuwert 649 EUR   Zeitwert 519 EUR
  Neoprenanzug 5 mm (2022)             Neuwert 310 EUR   Zeitwert 186 EUR
  Summe Zeitwert                                          1.447 EUR
  abzgl. Entschädigung der Airline (Montrealer Übereinkommen)  -1.060 EUR
  Auszahlung                                                 387 EUR

Wir überweisen den Betrag auf DE12 3705 0299 0151 7339 02.

Mit freundlichen Grüßen
Lena Marquardt
Reise & Freizeit – Schaden
"""
    m = mk(41, "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Pascal Nachtigall <p.nachtigall@mainpost-mail.example>",
           "Verlorene Tauchausrüstung - Abrechnung RG-2025-034120",
           body, date="Wed, 24 Sep 2025 14:48:08 +0200")
    return m, C, "de", "insurer-to-customer", "baggage claim: named insured, address, IBAN, no health"


@mail
def m042():
    body = """Sehr geehrte Frau Ruhland,

zu Ihrem Skiunfall am 09.03.2025 in Ischgl können wir Ihnen heute die
Abrechnung aus Ihrer Unfallversicherung schicken.

Versicherte Person: Vanessa Ruhland, geb. 12.09.1993
Vertrag: UV 48-702266 (Unfall Aktiv mit Bergungskosten)
Schaden-Nr.: SU-2025-009514

Erstattet:
- Hubschrauberbergung von der Piste Velill ins Krankenhaus Oberinntal
  (Rechnung Flugrettung 4.870,00 EUR): 4.870,00 EUR (Bergungskosten bis 10.000 EUR)
- Krankenhaustagegeld 4 Tage à 30 EUR (09.-12.03.2025): 120,00 EUR
- Kosmetische Operation: entfällt

Zur Invalidität: Laut Abschlussbericht von Dr. Kirchhoff (24.09.2025) verbleibt
nach der Tibiakopffraktur rechts (Schatzker II, Plattenosteosynthese) und der
begleitenden Innenbandverletzung eine Bewegungseinschränkung von 0-5-110°
sowie belastungsabhängige Schmerzen. Er schätzt 2/10 Beinwert. Wir
beauftragen dazu wie vertraglich vorgesehen ein Gutachten zum Ablauf des
dritten Unfalljahres; eine Vorschusszahlung von 5.000 EUR überweisen wir
schon jetzt.

Mit freundlichen Grüßen
Jonas Brettschneider
Leistung Sportunfall
"""
    m = mk(42, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Vanessa Ruhland <vanessa.ruhland@bergmail.example>",
           "Abrechnung Skiunfall 09.03.2025 - SU-2025-009514",
           body, date="Wed, 01 Oct 2025 11:31:19 +0200", charset="iso-8859-1", cte="quoted-printable")
    return m, S, "de", "insurer-to-customer", "ski accident: helicopter rescue, tibial plateau fracture, invalidity, birth date"


@mail
def m043():
    body = """Hallo Herr Brettschneider,

wie im Arbeitskreis Prävention angekündigt anbei die Verletzungsstatistik
der Handball-Oberliga und Verbandsliga für die Saison 2024/25. Die Daten
stammen aus den anonymisierten Meldungen der Vereine, keine Namen, keine
Vereinszuordnung. Gern können Sie die Zahlen für Ihren Vereinsbrief nutzen,
bitte mit Quellenangabe.

Beste Grüße
Anja Reuter
Handballverband Weser-Leine e.V., Referat Lehre & Prävention
"""
    lines = [
        "Handballverband Weser-Leine e.V. - Verletzungsstatistik Saison 2024/25",
        "Oberliga und Verbandsliga, Frauen und Männer, 48 Mannschaften",
        "",
        "Gemeldete Verletzungen mit Ausfall > 7 Tage: 412",
        "",
        "Lokalisation          Frauen   Männer   gesamt   Anteil",
        "Knie (davon VKB)      71 (23)  58 (14)  129      31 %",
        "Sprunggelenk          49       55       104      25 %",
        "Finger/Hand           28       37       65       16 %",
        "Schulter              14       26       40       10 %",
        "Kopf (Gehirnerschütt.) 11      9        20        5 %",
        "Oberschenkel (Muskel) 12       24       36        9 %",
        "sonstige              7        11       18        4 %",
        "",
        "Mittlere Ausfallzeit: Kreuzbandriss 264 Tage, Sprunggelenk 23 Tage.",
        "Zeitpunkt: 58 % im Spiel, 42 % im Training; Saisonphase Okt.-Dez. am höchsten.",
        "",
        "Empfehlung: Präventionsprogramm (z. B. Knie-Stabil 10) in allen Jugendteams,",
        "Sprunggelenk-Tape/Bandage bei Vorverletzung, SCAT-Schulung für alle Trainer.",
    ]
    m = mk(43, "Anja Reuter <a.reuter@hvwl-handball.example>",
           "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Verletzungsstatistik Saison 2024/25",
           body, date="Mon, 15 Sep 2025 09:58:12 +0200",
           atts=[("HVWL_Verletzungsstatistik_2024-25.pdf", "application/pdf",
                  pdf(lines, "Verletzungsstatistik 2024/25"))])
    return m, N, "de", "association", "trap: association's aggregated injury statistics (VKB, concussion), no names"


@mail
def m044():
    body = """Dear Ms Carter,

this is a friendly reminder regarding your business insurance for the
studio.

Policyholder:    Megan Carter, trading as "Carter Yoga & Pilates"
                 (sole trader), Bödekerstraße 31, 30161 Hannover
Policy:          GI 73-418806 (contents & public liability)
Outstanding:     EUR 186.40 (instalment due 1 September 2025)

Our direct debit from your account DE36 2519 0001 0734 5099 12 was returned
by your bank on 4 September with the reason "account closed". If you have a
new account, please send us a new SEPA mandate (form attached to our letter
of 8 September) or transfer the amount to our account stating the policy
number.

If we do not receive payment within two weeks, we are legally required to
send you a formal reminder under § 38 VVG, after which cover could be
suspended. I'm sure that's just an oversight after the bank change.

Kind regards
Nina Hoffstetter
Commercial Lines | Fitness, Leisure & Esports
"""
    m = mk(44, "Nina Hoffstetter <n.hoffstetter@lindenhof-versicherung.example>",
           "Megan Carter <hello@carter-yoga.example>",
           "Payment reminder - policy GI 73-418806",
           body, date="Thu, 25 Sep 2025 16:02:00 +0200")
    return m, C, "en", "insurer-to-customer", "sole trader: name, address, policy, IBAN and premium arrears"


@mail
def m045():
    body = """Hallo Aidan, hallo Mehmet,

kurzer Stand zur Spielerausfallversicherung des SC Ellerbrook 04 (Vertrag
SPA 60-000714), bevor der Verein morgen anruft:

Spieler: Niklas Hoppe, Torwart, Jg. 1996
Verletzung: 21.09.2025 Training, Innenmeniskus-Korbhenkelriss links (S83.2),
Arthroskopie mit Meniskusnaht am 24.09. (lt. Bericht Sportklinik Am Deister)
Prognose Teamarzt: Ausfall 12–16 Wochen, Rückkehr ins Mannschaftstraining
frühestens Mitte Januar

Vertraglich: Karenz 30 Tage, danach 80 % des vertraglichen Monatsgehalts
(lt. Vertrag 14.500 EUR brutto/Monat) bis max. 12 Monate. Erste Zahlung
also ab 22.10.

Offen: Der Verein hat uns den Vorbefund aus 2023 (Meniskusreizung, damals
konservativ) nicht geschickt. Bei Vertragsabschluss war der Spieler
vorerkrankungsfrei gemeldet. Ich schlage vor, wir fordern die Akte des
Teamarztes seit 2022 an, bevor wir die erste Zahlung anweisen.

Gruß
Jonas
"""
    m = mk(45, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Aidan Rourke <a.rourke@lindenhof-versicherung.example>, Mehmet Yildirim <m.yildirim@lindenhof-versicherung.example>",
           "SPA 60-000714 Hoppe - Stand Meniskus / Vorbefund",
           body, date="Wed, 15 Oct 2025 17:26:40 +0200")
    return m, S, "de", "internal", "player loss-of-service cover: named keeper's meniscus tear, salary, prior findings"


@mail
def m046():
    body = """Hallo Herr Pauly,

anbei unser Entwurf für den Sponsoringvertrag 2026–2028 mit den
Änderungen aus dem Termin vom 30.9. (gelb markiert in Ihrer Version, hier
schon eingearbeitet). Offen ist nur noch § 4 Abs. 3 (Namensrecht
Halbmarathon) – das klären Sie bitte intern.

Viele Grüße
Tobias Ahrens
"""
    paras = [
        "SPONSORINGVERTRAG (Entwurf v3, 06.10.2025)",
        "zwischen der Rheinauen-Marathon Veranstaltungs GmbH, Hafenstraße 10, 50678 Köln,"
        " vertreten durch den Geschäftsführer (nachfolgend Veranstalter)",
        "und der Lindenhof Versicherung AG, Am Lindenhof 12, 30159 Hannover (nachfolgend Sponsor).",
        "§ 1 Gegenstand: Der Sponsor wird Premium-Partner des Rheinauen-Marathons 2026 bis 2028.",
        "§ 2 Leistungen des Veranstalters: Logo auf Startnummern, Zielbogen und Finisher-Medaille;"
        " Ausstellerfläche 6 x 3 m im Startbereich; 50 Freistarts pro Jahr für Mitarbeitende des Sponsors.",
        "§ 3 Leistungen des Sponsors: Sponsoringbetrag 85.000 EUR netto pro Jahr, fällig in zwei Raten"
        " (31.03. und 30.09.). Zahlung auf das Geschäftskonto des Veranstalters:"
        " Rheinauen-Marathon Veranstaltungs GmbH, IBAN DE22 7601 0085 0381 0227 45.",
        "§ 4 Exklusivität: Branchenexklusivität Versicherungen. (3) Namensrecht Halbmarathon: [offen]",
        "§ 5 Sanitäts- und Sicherheitskonzept: Der Veranstalter stellt einen qualifizierten Sanitätsdienst"
        " und ein Sicherheitskonzept nach Vorgaben der Genehmigungsbehörde. Personenbezogene Daten der"
        " Teilnehmenden werden dem Sponsor nicht übermittelt.",
        "§ 6 Laufzeit und Kündigung: 01.01.2026 bis 31.12.2028; außerordentliche Kündigung bei Ausfall"
        " zweier Veranstaltungen in Folge.",
        "Köln / Hannover, den ____________",
    ]
    m = mk(46, "Tobias Ahrens <t.ahrens@lindenhof-versicherung.example>",
           "Christian Pauly <c.pauly@rheinauen-marathon.example>",
           "Sponsoringvertrag 2026-2028 - Entwurf v3",
           body, date="Mon, 06 Oct 2025 16:45:27 +0200",
           atts=[("Sponsoringvertrag_Rheinauen_v3.docx", MT_DOCX, docx(paras))])
    return m, N, "de", "insurer-to-company", "trap: sponsorship contract draft, GmbH bank account only, no personal data"


@mail
def m047():
    body = """Dear Mr Whitcombe,

thank you for your letter of 29 September on behalf of your client,
Ms Priya Raman, concerning the Rheinauen-Marathon of 14 September 2025.
We insure the organiser's event liability (policy VH 31-260114, our claim
ref. HS-2025-044082).

We have reviewed the documents you enclosed:
- the medical report of the Uniklinik: exertional heat stroke with
  a core temperature of 41.2 °C on arrival, acute kidney injury (N17.9) and
  rhabdomyolysis, 3 days in intensive care, discharged on 21 September;
- the statement of your client that the refreshment point at km 35 had run
  out of water when she passed at approx. 12:50.

The organiser's records show that the point at km 35 received a refill at
12:40 and that the medical team at km 36 attended to your client at 13:02.
The weather service recorded 29 °C at noon; the organiser had issued a heat
warning by SMS to all registered runners the evening before.

Before we can take a position on liability, we need your client's consent
to obtain the full hospital file and the ambulance protocol (form enclosed),
and information on her training history and any pre-existing conditions,
in particular medication taken on race day.

Yours sincerely
Sabine Kühnel
Liability Claims | Events
Lindenhof Versicherung AG
"""
    m = mk(47, "Sabine Kühnel <s.kuehnel@lindenhof-versicherung.example>",
           "Oliver Whitcombe <o.whitcombe@whitcombe-law.example>",
           "Your client Ms Raman - Rheinauen-Marathon 14 September 2025 (HS-2025-044082)",
           body, date="Wed, 08 Oct 2025 12:19:30 +0200")
    return m, S, "en", "insurer-to-lawyer", "named runner's heat stroke, kidney injury N17.9, ICU stay"


@mail
def m048():
    body = """Dear Sirs,

We act for Mr Henrik Dahl of Kastanienweg 5, 31789 Hameln, owner of a
silver Volvo V60, registration HM-HD 804.

On 18 October 2025 our client attended the district athletics championships
at the Sportpark am Mühlenteich as a spectator. His car was parked in the
designated car park behind the hammer-throw cage. During the competition a
hammer left the cage through a gap in the netting and struck the bonnet and
windscreen of our client's car. Nobody was injured; our client was in the
stand at the time.

The organiser, TSV Grünwiesen 1897 e.V., has told our client that you are
their liability insurer (their policy reference was given as VH 31-118930).

We enclose the repair estimate of Autohaus Rosenthal (EUR 4,318.62 net) and
photographs. Our client also claims loss of use for 6 days and our fees.

Please confirm cover and liability within 14 days.

Yours faithfully
Helen Marsh
Solicitor / Rechtsanwältin
Marsh & Kettering Rechtsanwälte
"""
    wrap = """Kollegen Haftpflicht, der Schaden gehört zum TSV Grünwiesen, bitte
anlegen und die Kanzlei direkt anschreiben. Gruß K. Oberländer

----- Weitergeleitet -----
From: Helen Marsh <h.marsh@marsh-kettering.example>
Date: Mon, 20 Oct 2025 17:51
To: vereinsservice@lindenhof-versicherung.example
Subject: Claim - Mr Henrik Dahl / hammer throw incident 18 Oct 2025

""" + body
    m = mk(48, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Schaden Haftpflicht <schaden-haftpflicht@lindenhof-versicherung.example>",
           "WG: Claim - Mr Henrik Dahl / hammer throw incident 18 Oct 2025",
           wrap, date="Tue, 21 Oct 2025 08:06:14 +0200")
    return m, C, "en", "lawyer", "lawyer's claim for named spectator: address, plate, club policy, nobody injured"


@mail
def m049():
    body = """Hi Frank,

for the regression suite of the new claims portal (sports accident),
here are the three synthetic test cases we agreed on. All data is invented;
the IBAN is the published example IBAN from the bank documentation, so the
payment stub will accept it.

TC-SU-01  "Max Mustermann (fiktiv)", born 01.01.1980, club "Testverein e.V."
          accident 01.01.2025, injury "Testverletzung Knie", no hospital
          IBAN DE89 3704 0044 0532 0130 00  -> expect: status "in Prüfung"
TC-SU-02  "Erika Musterfrau (fiktiv)", same club, hospital 3 days
          -> expect: hospital daily allowance 3 x 30 EUR calculated
TC-SU-03  child "Kim Muster (fiktiv)", born 01.01.2015, concussion flag set
          -> expect: automatic task "Rückfrage Eltern" created

Please make sure the test system is NOT connected to the production
document archive this time.

Thanks
Mehmet
"""
    m = mk(49, "Mehmet Yildirim <m.yildirim@lindenhof-versicherung.example>",
           "Frank Vogelsang <f.vogelsang@lindenhof-versicherung.example>",
           "Test cases claims portal - synthetic data",
           body, date="Wed, 22 Oct 2025 11:23:45 +0200", cte="8bit")
    return m, N, "en", "internal", "trap: fictitious test persons and the published example IBAN"


@mail
def m050():
    inner_body = """Sehr geehrte Damen und Herren,

auf Ihre Anfrage vom 02.10.2025 (SU-2025-019266) berichten wir über
unseren gemeinsamen Patienten, Herrn Kevin Schütte, geb. 07.08.2002.

Unfall: 27.09.2025, Fußball-Bezirksliga, Supinationstrauma rechts im
Zweikampf, sofortige Spielunfähigkeit.

Befund bei Erstvorstellung (Notaufnahme, 27.09.2025, 19:10 Uhr): massive
Schwellung und Hämatom Außenknöchel, Druckschmerz über Fibulaspitze und
Syndesmose, Röntgen: Weber-B-Fraktur rechts, Syndesmose fraglich.

Diagnose: Außenknöchelfraktur Typ Weber B rechts (S82.6), Syndesmosenverletzung
Therapie: 30.09.2025 offene Reposition und Plattenosteosynthese, Stellschraube
Verlauf: komplikationslos, Entlassung 02.10.2025 mit Vacoped-Schuh,
Teilbelastung 20 kg für 6 Wochen, Thromboseprophylaxe mit Enoxaparin 40 mg s.c.
Stellschraubenentfernung geplant nach 6–8 Wochen.
Arbeitsunfähigkeit voraussichtlich bis Ende November 2025.
Sportfähigkeit (Kontaktsport) frühestens nach 4–6 Monaten.

Mit freundlichen Grüßen
Dr. med. Stefanie Hallmann
Oberärztin Unfallchirurgie und Orthopädie
Klinikum Nordheide
"""
    inner = mk(50, "Dr. Stefanie Hallmann <s.hallmann@klinikum-nordheide.example>",
               "sportunfall@lindenhof-versicherung.example",
               "Arztbericht Kevin Schütte - Ihr Zeichen SU-2025-019266",
               inner_body, date="Fri, 10 Oct 2025 12:40:18 +0200", tag="0050i")
    body = """Hallo Jonas,

der Bericht aus dem Klinikum Nordheide zu Schütte ist im Sammelpostfach
gelandet, ich hänge ihn dir an. Bitte in die Akte und das Postfach danach
wieder sauber machen.

Gruß
Svenja (Posteingang Sportunfall)
"""
    m = mk(50, "Svenja Drost <s.drost@lindenhof-versicherung.example>",
           "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "WG: Arztbericht Schütte",
           body, date="Fri, 10 Oct 2025 14:02:33 +0200",
           atts=[("Arztbericht Kevin Schütte.eml", "message/rfc822", inner)])
    return m, S, "de", "doctor", "hospital report in forwarded message/rfc822: Weber B fracture S82.6, surgery, medication"


@mail
def m051():
    body = """Guten Tag,

im SecureMail-Portal der Lindenhof Versicherung liegt eine neue Nachricht
für Sie bereit.

Postfach: Verein 04-1187
Eingegangen: 14.10.2025, 09:12 Uhr

Bitte melden Sie sich unter https://securemail.lindenhof-versicherung.example
an, um die Nachricht zu lesen. Aus Sicherheitsgründen enthält diese
Benachrichtigung keine Inhalte.

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht darauf.

Lindenhof Versicherung AG · Am Lindenhof 12 · 30159 Hannover
"""
    m = mk(51, "SecureMail Lindenhof <noreply-securemail@lindenhof-versicherung.example>",
           "geschaeftsstelle@tsv-gruenwiesen.example",
           "Neue vertrauliche Nachricht im SecureMail-Portal",
           body, date="Tue, 14 Oct 2025 09:12:40 +0200",
           headers=[("Auto-Submitted", "auto-generated")])
    return m, N, "de", "insurer-to-club", "trap: portal notification without content"


@mail
def m052():
    body = """Sehr geehrte Frau von Alvensleben,

wir haben Ihre Meldung zur Tierhalterhaftpflicht erhalten.

Versicherungsnehmerin: Friederike von Alvensleben, Gut Hohenrode 2, 31552 Rodenberg
Vertrag: Pferdehalter-Haftpflicht „Wallach Dorian“, Nr. TH 35-060981
Schaden-Nr.: HS-2025-043301

Nach Ihrer Schilderung hat Dorian beim Verladen nach dem Reitturnier in
Stadthagen (05.10.2025) ausgeschlagen und dabei den neben dem Hänger
geparkten Pkw von Herrn Wilfried Hanke (SHG-WH 77) am linken Kotflügel
und an der Fahrertür getroffen. Personen wurden nicht verletzt.

Als Tierhalterin haften Sie hier verschuldensunabhängig (§ 833 BGB). Wir
werden uns direkt mit Herrn Hanke in Verbindung setzen und ein
Kurzgutachten beauftragen. Bitte bestätigen Sie uns noch, ob das Pferd zum
Zeitpunkt von Ihnen oder von einer anderen Person (Reitbeteiligung?) geführt
wurde.

Mit freundlichen Grüßen
Sabine Kühnel
Haftpflicht-Schaden
"""
    m = mk(52, "Sabine Kühnel <s.kuehnel@lindenhof-versicherung.example>",
           "Friederike von Alvensleben <f.alvensleben@gut-hohenrode.example>",
           "Tierhalterhaftpflicht - Schaden HS-2025-043301",
           body, date="Thu, 09 Oct 2025 10:21:09 +0200")
    return m, C, "de", "insurer-to-customer", "horse-owner liability: named policyholder, address, third party's plate, no injury"


@mail
def m053():
    body = """Hallo Frau Brettschneider... äh, Herr Brettschneider, sorry!

Ich schicke Ihnen wie am Telefon besprochen die Unterlagen zu meinem
Reitunfall. Versicherungsnummer UV 48-655420, ich bin über meinen Reitverein
(RV Deister-Süntel) und zusätzlich privat bei Ihnen.

Am 14.08. ist meine Stute beim Ausritt vor einem Traktor gescheut, ich bin
seitlich runter und auf die Schulter gefallen. Im Krankenhaus Springe haben
sie eine Schlüsselbeinfraktur links (mittleres Drittel, verschoben) und eine
Rippenprellung festgestellt, die Fraktur wurde am 16.08. mit einer Platte
operiert. Ich war 4 Tage stationär.

Anbei: Entlassungsbrief, OP-Bericht, AU bis 26.09.

Ich bin selbständig (Hufpflege), d.h. ich hatte 6 Wochen lang gar keine
Einnahmen. Zahlt die Unfallversicherung da was? Im Vertrag steht was von
Krankentagegeld, aber ich weiß nicht, ob ich das gewählt habe.

Viele Grüße
Nadine Ehlers
"""
    reply = """Sehr geehrte Frau Ehlers,

danke für die Unterlagen, ich habe den Schaden unter SU-2025-015881
angelegt. Ihr Vertrag enthält kein Krankentagegeld, aber ein
Genesungsgeld (15 EUR je Tag für die Dauer des Krankenhausaufenthalts) und
ein Krankenhaustagegeld (30 EUR). Für 4 Tage stationär erhalten Sie damit
180 EUR. Zusätzlich zahlen wir eine Leistung bei Knochenbrüchen
(Schlüsselbein: 1.000 EUR pauschal). Die Beträge werden nächste Woche
überwiesen.

Mit freundlichen Grüßen
Jonas Brettschneider
Leistung Sportunfall

Am 22.09.2025 um 21:44 schrieb Nadine Ehlers <hufpflege.ehlers@landpost.example>:
""" + "".join("> " + l + "\n" if l else ">\n" for l in body.split("\n"))
    m = mk(53, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Nadine Ehlers <hufpflege.ehlers@landpost.example>",
           "Re: Reitunfall 14.08. - Unterlagen",
           reply, date="Wed, 24 Sep 2025 09:37:02 +0200", cte="8bit", flowed=True)
    return m, S, "de", "insurer-to-customer", "riding accident: clavicle fracture, surgery, hospital stay, accident policy"


@mail
def m054():
    body = """Hi all,

following last week's discussion, here's the draft underwriting guideline on
concussion history for our professional and semi-professional contact-sport
covers. This replaces the 2021 note. It is a generic rule set - please don't
paste any applicant cases into the comments of the shared document.

1. Ask for every diagnosed concussion in the last 5 years, with date,
   time lost and whether the athlete was hospitalised.
2. One concussion, full recovery, < 28 days lost: standard terms.
3. Two concussions in 24 months, or any concussion with > 28 days lost:
   neurology report required; consider head-injury exclusion for
   temporary disability.
4. Three or more concussions in the career, or any post-concussion syndrome:
   refer to medical adviser; decline career-ending cover for head injury.
5. Sports with mandatory head-injury assessment (rugby, ice hockey,
   American football): accept the league's HIA documentation instead of
   a separate neurologist report.

Comments by Friday please.

Mehmet
"""
    m = mk(54, "Mehmet Yildirim <m.yildirim@lindenhof-versicherung.example>",
           "Athlete Risk Team <athlete-risk@lindenhof-versicherung.example>",
           "Draft UW guideline: concussion history (v0.3)",
           body, date="Mon, 13 Oct 2025 10:05:33 +0200", cte="7bit")
    return m, N, "en", "internal", "trap: generic underwriting rules on concussion, no applicant"


@mail
def m055():
    body = """Dear Ms Whelan,

thank you for your message. I'm sorry that your bag went missing from the
bag drop at the Rheinauen-Marathon.

Insured:       Siobhan Whelan, 27 Castle Avenue, Clontarf, Dublin 3
Cover:         Runner's baggage protection (booked with your registration),
               certificate SG 90-121507
Claim ref.:    RG-2025-035510
Event:         Rheinauen-Marathon, 12 October 2025, start no. 22741

Items you listed: running watch (EUR 449, bought 2024), mobile phone
(EUR 799, 2023), jacket, house keys, EUR 60 cash.

Please note:
- cash is not covered under this protection;
- for the phone and the watch we need the purchase receipts;
- please send us the confirmation from the organiser's lost & found that
  the bag was not recovered (bag tag no. 22741).

We can then pay the current value, less EUR 50 excess, to an account of
your choice (please send IBAN and account holder).

Kind regards
Lena Marquardt
Travel & Leisure Claims
"""
    m = mk(55, "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Siobhan Whelan <siobhan.whelan@eiremail.example>",
           "Your claim RG-2025-035510 - missing bag, Rheinauen-Marathon",
           body, date="Fri, 17 Oct 2025 15:18:27 +0200")
    return m, C, "en", "insurer-to-customer", "named runner, home address, baggage claim (no health)"


@mail
def m056():
    body = """Hi Aidan,

kurzes Update zu Fall PS-2024-0031 (Ferhat Kaya, FC Hansa Weserstadt), damit
du beim call mit dem Berater morgen vorbereitet bist:

- Re-Ruptur des VKB-Transplantats links am 28.09. im Training (no contact),
  Erst-OP war März 2024 (Hamstring-Graft)
- MRT 30.09.: komplette Re-Ruptur, bone bruise lateral, Knorpelschaden
  Grad III medial femoral condyle
- Team doctor plant zweizeitige Revision (Tunnel-Auffüllung, dann
  Revisionsplastik mit Quadrizepssehne), realistic return nicht vor
  Saison 2026/27
- Spieler ist 31, Vertrag bis 06/2026. The agent already mentioned "career
  ending" on the phone.

Our Sports Disability policy (SI 60-003318, sum insured EUR 1.2m) pays only if
permanent inability to play professional football is confirmed by two
independent orthopaedic surgeons after 12 months. So nothing to decide now,
but we should appoint our expert early and ask for the full imaging.

Reserve proposal: EUR 600k (50 %). Ok for you?

Jonas
"""
    m = mk(56, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Aidan Rourke <a.rourke@lindenhof-versicherung.example>",
           "PS-2024-0031 Kaya - ACL re-rupture / reserve",
           body, date="Thu, 16 Oct 2025 18:02:15 +0200", cte="8bit")
    return m, S, "mixed", "internal", "named pro player's ACL re-rupture, cartilage damage, disability reserve"


@mail
def m057():
    body = """Guten Tag,

für Ihren Verein wurde ein Zugang zum Vereinsportal der Lindenhof
Versicherung eingerichtet.

Benutzername: v04-2290-kassenwart
Initialpasswort: Rq7#tWm2-Lk

Das Initialpasswort ist 7 Tage gültig und muss bei der ersten Anmeldung
geändert werden. Anschließend werden Sie gebeten, eine Sicherheitsfrage
festzulegen.

Anmeldung: https://vereinsportal.lindenhof-versicherung.example

Im Vereinsportal können Sie Unfallmeldungen einreichen, Mitgliederzahlen
melden und Versicherungsbestätigungen für Veranstaltungen abrufen.

Ihr Vereinsservice
"""
    m = mk(57, "Vereinsportal <noreply-vereinsportal@lindenhof-versicherung.example>",
           "kassenwart@sg-hastenbeck.example",
           "Ihr Zugang zum Vereinsportal",
           body, date="Mon, 20 Oct 2025 07:45:10 +0200",
           headers=[("Auto-Submitted", "auto-generated")])
    return m, N, "de", "insurer-to-club", "trap: one-time password mail, no personal data"


@mail
def m058():
    body = """Sehr geehrter Herr Krüger,

anbei wie besprochen die Zusammenfassung für die Vermögensschaden-
Haftpflicht (D&O) Ihres Vorstands. Für die Risikoprüfung bei
Vereinen mit hauptamtlichem Personal und über 1.000 Mitgliedern benötigen
wir die Daten der organschaftlichen Vertreter nach § 26 BGB.

Verein: TSV Grünwiesen 1897 e.V., VR 120447 AG Hannover
Angebot: DO 80-002215, Versicherungssumme 500.000 EUR, Beitrag 612,00 EUR p.a.

Vorstand (bitte prüfen):
  1. Vorsitzender   Heinz-Dieter Krüger, geb. 03.06.1958
  2. Vorsitzende    Sabine Olbrich, geb. 21.11.1971
  Schatzmeister     Marco Lindemann, geb. 08.02.1984
  Jugendwartin      Derya Aslan, geb. 15.09.1990

Die Frage nach früheren Haftungsfällen haben Sie mit "nein" beantwortet.
Bitte bestätigen Sie noch, dass gegen keines der Vorstandsmitglieder
Ansprüche aus der Vereinstätigkeit geltend gemacht wurden.

Mit freundlichen Grüßen
Katrin Oberländer
Vereinsservice
"""
    m = mk(58, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Heinz-Dieter Krüger <vorsitz@tsv-gruenwiesen.example>",
           "D&O Vorstand - Angebot DO 80-002215",
           body, date="Thu, 23 Oct 2025 14:10:48 +0200")
    return m, C, "de", "insurer-to-club", "board members with birth dates for a D&O offer"


@mail
def m059():
    body = """Dear Lindenhof Travel team,

please find below our updated list of recompression facilities in the
Red Sea region, valid from 1 November 2025. Please replace the previous
version in your assistance handbook. No patient data is included.

Location          Facility                               Chamber   24/7   Phone (ops)
Hurghada          Al Nour Hyperbaric Centre              multi     yes    +20 65 0000 101
Safaga            Safaga Naval Chamber (civil access)    mono      no     +20 65 0000 214
El Quseir         Quseir Diving Medical Unit             multi     yes    +20 65 0000 330
Marsa Alam        Coraya Hyperbaric Clinic               multi     yes    +20 65 0000 402
Sharm el Sheikh   Naama Bay Decompression Unit           multi     yes    +20 69 0000 515
Dahab             Dahab Dive Medicine (referral only)    none      no     +20 69 0000 618

Notes:
- El Quseir was closed for maintenance in August; back in operation.
- Safaga accepts civilians only via referral from Hurghada.
- Average transfer time from liveaboards in the southern reefs: 3-5 h.

Best regards
Operations desk
Global Assist Partners
"""
    m = mk(59, "Operations Global Assist <ops@global-assist-partners.example>",
           "Reise-Service Lindenhof <reise-service@lindenhof-versicherung.example>",
           "Updated list: hyperbaric chambers Red Sea (Nov 2025)",
           body, date="Tue, 28 Oct 2025 07:55:40 +0100", cte="7bit")
    return m, N, "en", "company", "trap: assistance partner's list of hyperbaric chambers, no patient"


@mail
def m060():
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir zu Ihrem Angebot Nr. 25-4417 vom 29.09.2025:

Pos. 1  5 Stück  AED Halbautomat mit Sprachführung, inkl. Wandkasten
                 mit Alarm und Beschilderung                 à 1.290,00 EUR
Pos. 2  5 Stück  Ersatz-Elektrodenpads Erwachsene            à    42,00 EUR
Pos. 3  5 Stück  Elektrodenpads Kinder (1-8 Jahre)           à    58,00 EUR
Pos. 4  1 Stück  Einweisung vor Ort (2 Std.)                 pauschal 250,00 EUR

Die Geräte sind für unser Förderprogramm „Defi in jede Vereinshalle“
bestimmt und werden direkt an die fünf Vereine geliefert (Lieferadressen
siehe Anlage zum Angebot). Rechnungsanschrift: Lindenhof Versicherung AG,
Einkauf, Am Lindenhof 12, 30159 Hannover, Bestell-Nr. EK-25-03381.

Bitte bestätigen Sie den Liefertermin.

Mit freundlichen Grüßen
Carsten Meier
Einkauf
Lindenhof Versicherung AG
"""
    m = mk(60, "Carsten Meier <c.meier@lindenhof-versicherung.example>",
           "Vertrieb Medisan <vertrieb@medisan-technik.example>",
           "Bestellung EK-25-03381 - AED für Vereinshallen",
           body, date="Fri, 10 Oct 2025 11:02:33 +0200")
    return m, N, "de", "insurer-to-supplier", "trap: purchase order for defibrillators and pads, no person"


@mail
def m061():
    body = """Sehr geehrte Frau Pieper,

vielen Dank für Ihre Nachricht zur Stornierung des Trainingslagers.

Versicherte Person: Lea Pieper (Tochter), Mitglied der Schwimmabteilung
                    SC Delphin Hameln e.V.
Reise: Trainingslager Lloret de Mar, 25.10.–01.11.2025
Vertrag: Gruppen-Reiserücktritt des Vereins, Nr. RR 19-220834
Schaden-Nr.: RG-2025-034986

Sie haben die Teilnahme storniert, weil Sie zum 15.10. beruflich nach
Stuttgart versetzt wurden und die Familie umzieht. Eine unerwartete
Versetzung eines mitreisenden oder nicht mitreisenden Elternteils
minderjähriger Versicherter ist ein versichertes Ereignis.

Stornokosten laut Reisebüro: 290,00 EUR (50 % des Reisepreises),
abzüglich Selbstbehalt 20 % = 232,00 EUR.

Die Erstattung überweisen wir an die von Ihnen angegebene Kontoinhaberin
Katja Pieper, IBAN DE61 2005 0550 0017 2839 46.

Alles Gute für den Umzug!

Mit freundlichen Grüßen
Lena Marquardt
Reise & Freizeit – Schaden
"""
    m = mk(61, "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Katja Pieper <katja.pieper@familienpost.example>",
           "Stornierung Trainingslager Lloret - RG-2025-034986",
           body, date="Mon, 20 Oct 2025 13:40:02 +0200")
    return m, C, "de", "insurer-to-customer", "parent: child's travel cancellation for job relocation, IBAN, no health"


@mail
def m062():
    body = """Guten Tag,

meine Tochter Mila Pohl (geb. 19.03.2014) turnt im Leistungskader beim
MTV Hameln und ist über den Verein bei Ihnen unfallversichert, zusätzlich
haben wir die Kinder-Unfallversicherung UV 48-733915 bei Ihnen.

Sie hat sich am 30.09. beim Training am Stufenbarren (Abgang, schlecht
gelandet) am linken Handgelenk verletzt. Der Kinderorthopäde hat im
Röntgen eine Verletzung der Wachstumsfuge an der Speiche festgestellt,
Salter-Harris II, und sie hat jetzt einen Oberarmgips für 5 Wochen. Er hat
gesagt, man muss in einem Jahr nochmal röntgen, weil das Wachstum gestört
sein kann und der Arm dann eventuell schief wächst.

Wenn das passiert, ist das dann eine Invalidität? Und muss ich das jetzt
schon melden, obwohl man es erst in einem Jahr weiß? Die Trainerin meinte,
das wäre wichtig wegen irgendeiner Frist.

Viele Grüße
Sarah Pohl
"""
    reply = """Sehr geehrte Frau Pohl,

ja, bitte melden Sie den Unfall jetzt, auch wenn die Folgen noch nicht
absehbar sind – das haben Sie hiermit getan, der Schaden ist unter
SU-2025-019720 angelegt. Ihre Trainerin hat recht: Eine Invalidität muss
innerhalb von 15 Monaten nach dem Unfall ärztlich festgestellt und bei uns
geltend gemacht werden. Eine Wachstumsstörung nach Fugenverletzung kann
eine Invalidität begründen; wir werden deshalb rechtzeitig vor Ablauf der
Frist einen Befundbericht mit der Röntgenkontrolle anfordern.

Gute Besserung für Mila!

Jonas Brettschneider
Leistung Sportunfall

-----Ursprüngliche Nachricht-----
Von: Sarah Pohl <sarah.pohl@heimnetz.example>
Gesendet: Sonntag, 5. Oktober 2025 20:11
An: sportunfall@lindenhof-versicherung.example
Betreff: Handgelenk Tochter - Wachstumsfuge

""" + body
    m = mk(62, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Sarah Pohl <sarah.pohl@heimnetz.example>",
           "AW: Handgelenk Tochter - Wachstumsfuge (SU-2025-019720)",
           reply, date="Tue, 07 Oct 2025 10:50:19 +0200")
    return m, S, "de", "parent", "parent reports child's growth-plate fracture, birth date, child accident policy"


@mail
def m063():
    body = """Hallo Herr Ahrens,

hier wie versprochen unser Text für die Vereinszeitung (Ausgabe Winter),
in dem wir uns auch für die Unterstützung beim Reha-Raum bedanken. Fotos
kommen separat. Wenn Sie Änderungswünsche haben, gern bis Freitag.

----

Unser Physio-Team: Damit ihr schnell wieder auf dem Platz steht

Seit Sommer haben wir einen eigenen Reha- und Physioraum unter der
Tribüne – möglich gemacht durch unseren Partner Lindenhof Versicherung.
Anja Seidlitz und Jan-Ole Kramer betreuen dienstags und donnerstags die
Aktiven und die A- bis C-Jugend: Tapen vor dem Spiel, Mobilisation,
Aufbautraining nach Verletzungen.

„Die meisten Verletzungen bei uns sind Umknicktraumen und Zerrungen“, sagt
Anja. „Vieles davon ließe sich mit einem guten Aufwärmprogramm
verhindern.“ Deshalb zeigt sie allen Trainern im November das
Programm Knie-Stabil 10.

Termine für eine Behandlung vereinbart ihr direkt bei Anja oder Jan-Ole.
Wichtig: Wer verletzt ist, meldet das bitte zuerst beim Trainer, damit der
Verein die Unfallmeldung machen kann.

Sportliche Grüße
Eure Geschäftsstelle
TSV Grünwiesen 1897 e.V.
"""
    m = mk(63, "Geschäftsstelle TSV Grünwiesen <geschaeftsstelle@tsv-gruenwiesen.example>",
           "Tobias Ahrens <t.ahrens@lindenhof-versicherung.example>",
           "Text Vereinszeitung - Physio-Team",
           body, date="Wed, 22 Oct 2025 18:30:02 +0200")
    return m, N, "de", "club", "trap: club magazine article naming physio staff, no patient data"


@mail
def m064():
    body = """Dear Mr Brandt,

as agreed in our meeting in Düsseldorf, please find below the renewal terms
for the liability programme of your studios for 2026.

Policyholder:     FlexFit Studios GmbH, Königsallee 88, 40212 Düsseldorf
Contact:          Oliver Brandt, CFO
Policy:           BH 70-031144 (public & products liability, fitness studios)
Renewal date:     1 January 2026

Rating basis (your figures, 30 September 2025):
  Studios:                  23 (2025: 19)
  Members:                  41,200
  Turnover 2024:            EUR 28.6m
  Personal trainers:        61 employed, approx. 40 freelance

Premium 2026:     EUR 74,800 net (2025: EUR 61,200), + 19 % insurance tax
Deductible:       EUR 2,500 per claim (unchanged)

The increase reflects the four new studios and two large bodily-injury
claims in 2025. Freelance personal trainers remain excluded; they need
their own professional liability.

Please confirm acceptance by 15 November.

Best regards
Nina Hoffstetter
Commercial Lines | Fitness, Leisure & Esports
"""
    m = mk(64, "Nina Hoffstetter <n.hoffstetter@lindenhof-versicherung.example>",
           "Oliver Brandt <o.brandt@flexfit-studios.example>",
           "Renewal 2026 - liability programme BH 70-031144",
           body, date="Mon, 27 Oct 2025 10:14:51 +0100")
    return m, C, "en", "insurer-to-company", "company policy renewal with named CFO, policy number and premium"


@mail
def m065():
    body = """Dear Ms Hoffstetter,

I'm writing to notify a possible claim under our liability policy
BH 70-031144, as required.

Studio: FlexFit Düsseldorf-Bilk
Date/time: Thursday 23 October 2025, approx. 19:20

A member, Mr Rüdiger Falkenberg (58, member since 2019), collapsed on a
treadmill during an interval programme. Our trainer on duty, Ms Celina
Wagner, started CPR immediately and used the studio's AED (one shock
delivered). The emergency services took over at 19:29 and took him to
the University Hospital. We understand from his wife that he had a heart
attack, received two stents and is now stable on the cardiology ward.

We don't think we did anything wrong - the treadmill was serviced in
August and the AED log shows correct use - but his wife mentioned that he
had told the trainer at his induction about his high blood pressure and
that "nobody adjusted his programme". I attach the induction form he
signed (health questionnaire) and the AED event log.

Please let me know what you need from us.

Best regards
Oliver Brandt
CFO, FlexFit Studios GmbH
"""
    fwd = """Sabine, new notification for you (BH 70-031144). Potential
liability claim, no demand yet. Original below incl. attachments listed by
the client - they're in the claim mailbox.

Nina

---------- Forwarded message ---------
From: Oliver Brandt <o.brandt@flexfit-studios.example>
Date: Fri, 24 Oct 2025 at 11:02
Subject: Notification - incident Bilk 23 Oct
To: Nina Hoffstetter <n.hoffstetter@lindenhof-versicherung.example>

""" + body
    m = mk(65, "Nina Hoffstetter <n.hoffstetter@lindenhof-versicherung.example>",
           "Sabine Kühnel <s.kuehnel@lindenhof-versicherung.example>",
           "Fwd: Notification - incident Bilk 23 Oct",
           fwd, date="Fri, 24 Oct 2025 11:40:09 +0200")
    return m, S, "en", "company", "gym reports named member's cardiac arrest, heart attack, stents, hypertension"


@mail
def m066():
    html = """<html><body>
<h1 style="color:#1b5e20">Train smarter: heart rate zones explained</h1>
<p>Whether you are preparing for your first 10K or getting back into the gym,
training by heart rate helps you avoid doing too much too soon.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Zone</th><th>% of max. heart rate</th><th>Feels like</th><th>Good for</th></tr>
<tr><td>1</td><td>50-60 %</td><td>very easy, can chat</td><td>warm-up, recovery</td></tr>
<tr><td>2</td><td>60-70 %</td><td>easy, conversational</td><td>base endurance, fat metabolism</td></tr>
<tr><td>3</td><td>70-80 %</td><td>moderate, short sentences</td><td>aerobic capacity</td></tr>
<tr><td>4</td><td>80-90 %</td><td>hard, few words</td><td>threshold, race pace</td></tr>
<tr><td>5</td><td>90-100 %</td><td>all-out</td><td>short intervals only</td></tr>
</table>
<p><b>Rule of thumb:</b> max. heart rate is roughly 220 minus your age - but this can be off by
10-15 beats. If you have a heart condition, high blood pressure or take beta blockers,
talk to your doctor before you start interval training.</p>
<p>Members of our partner studios get 15 % off a sports-medical check-up.
<a href="https://www.lindenhof-versicherung.example/fit/checkup">Find out more</a></p>
<p style="font-size:11px">Lindenhof Versicherung AG, Am Lindenhof 12, 30159 Hannover.
<a href="https://news.lindenhof-versicherung.example/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    text = """Train smarter: heart rate zones explained

Zone 1  50-60 %  very easy       warm-up, recovery
Zone 2  60-70 %  easy            base endurance
Zone 3  70-80 %  moderate        aerobic capacity
Zone 4  80-90 %  hard            threshold, race pace
Zone 5  90-100 % all-out         short intervals only

Rule of thumb: max. heart rate is roughly 220 minus your age. If you have a
heart condition, high blood pressure or take beta blockers, talk to your
doctor before you start interval training.

https://www.lindenhof-versicherung.example/fit/checkup
Unsubscribe: https://news.lindenhof-versicherung.example/unsubscribe
"""
    m = mk(66, "Lindenhof Fit <newsletter@news.lindenhof-versicherung.example>",
           "fit-subscribers@news.lindenhof-versicherung.example",
           "Train smarter: heart rate zones explained",
           text, html=html, date="Sat, 18 Oct 2025 08:00:00 +0200", cte="7bit")
    return m, N, "en", "newsletter", "trap: fitness newsletter on heart rate, blood pressure, beta blockers in general"


@mail
def m067():
    body = """Sehr geehrter Herr Ostendorf,

zur Meldung nach dem Volkslauf „Rund um den Klüt“ vom 21.09.2025:

Versicherungsnehmer: LG Weserbergland e.V., vertreten durch den
  Vorsitzenden Reinhard Ostendorf
Vertrag: Veranstalter-Haftpflicht Laufveranstaltungen, Nr. VH 31-244607
Schaden-Nr.: HS-2025-042815

Geschädigter: Stadt Hameln, Grünflächenamt (3 Parkbänke und ein
Abfallbehälter im Bürgergarten, Schäden durch Aufbau des Verpflegungsstands
bzw. durch den Zuschauerandrang im Zielbereich). Personenschäden sind laut
Ihrer Meldung nicht entstanden.

Die Stadt beziffert die Reparatur mit 1.640,00 EUR. Wir regulieren direkt
mit der Stadt; die vereinbarte Selbstbeteiligung von 150 EUR stellen wir
Ihrem Verein in Rechnung.

Mit freundlichen Grüßen
Sabine Kühnel
Haftpflicht-Schaden / Veranstaltungen
"""
    m = mk(67, "Sabine Kühnel <s.kuehnel@lindenhof-versicherung.example>",
           "Reinhard Ostendorf <vorsitz@lg-weserbergland.example>",
           "Volkslauf 21.09. - Schaden Parkbänke HS-2025-042815",
           body, date="Thu, 16 Oct 2025 09:26:11 +0200")
    return m, C, "de", "insurer-to-club", "event liability claim with named chairman and policy number, no injuries"


@mail
def m068():
    body = """Sehr geehrte Frau Kaminski,

anbei die Liste der Teilnehmenden Ihrer Rehasport-Gruppen, die wir zur
Zusatzversicherung (Gruppen-Unfall Rehasport, Vertrag GU 55-301776) gemeldet
haben. Bitte gleichen Sie die Liste mit Ihren Verordnungen ab; bei drei
Personen fehlt uns noch das Ende der Verordnung.

Mit freundlichen Grüßen
Katrin Oberländer
Vereinsservice Sportversicherung
"""
    rows = [
        ["Gruppe", "Name", "Vorname", "geb.", "Indikation lt. Verordnung", "Verordnung bis"],
        ["Mo 10:00 Orthopädie", "Behrens", "Gisela", "04.05.1949", "Z. n. Hüft-TEP re. (Z96.64)", "31.03.2026"],
        ["Mo 10:00 Orthopädie", "Dietrich", "Manfred", "22.12.1952", "Lumbale Spinalkanalstenose", "15.01.2026"],
        ["Mo 10:00 Orthopädie", "Erdmann", "Helga", "09.08.1947", "Gonarthrose bds. (M17.0)", "?"],
        ["Mi 17:00 Herzsport", "Fischer", "Klaus", "30.01.1955", "KHK, Z. n. Bypass-OP 2024", "28.02.2026"],
        ["Mi 17:00 Herzsport", "Grabowski", "Renate", "17.06.1958", "Herzinsuffizienz NYHA II", "?"],
        ["Mi 17:00 Herzsport", "Hoyer", "Peter", "11.11.1961", "Z. n. Herzinfarkt 03/2025", "30.09.2026"],
        ["Do 09:30 Neurologie", "Jansen", "Ute", "25.02.1966", "Multiple Sklerose (G35)", "31.12.2025"],
        ["Do 09:30 Neurologie", "Krämer", "Wolfgang", "03.04.1950", "Z. n. Schlaganfall, Hemiparese li.", "?"],
        ["Do 09:30 Neurologie", "Lüdtke", "Bärbel", "19.10.1957", "Morbus Parkinson", "30.06.2026"],
    ]
    m = mk(68, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Dorota Kaminski <rehasport@mtv-hameln.example>",
           "Teilnehmerliste Rehasport GU 55-301776",
           body, date="Tue, 21 Oct 2025 15:55:00 +0200",
           atts=[("Rehasport_Teilnehmende_2025-10.ods", MT_ODS, ods(rows, "Rehasport"))])
    return m, S, "de", "insurer-to-club", "attachment-only ODS: named participants with birth dates and diagnoses"


@mail
def m069():
    body = """Liebe Mitglieder,

ab dem 3. November gelten neue Zeiten für unsere Rehasport-Gruppen
(anerkannt durch den Behindertensportverband, Abrechnung über die
Krankenkassen mit ärztlicher Verordnung):

Montag     10:00-10:45  Orthopädie (Wirbelsäule, Gelenke)   Halle 2
Montag     11:00-11:45  Orthopädie im Wasser                Hallenbad
Mittwoch   17:00-18:00  Herzsport (mit Ärztin vor Ort)      Gymnastikraum
Donnerstag 09:30-10:15  Neurologie (Schlaganfall, MS, Parkinson)  Halle 2
Freitag    15:00-15:45  Rehasport für Kinder mit Übergewicht  Halle 1

Neu: Die Herzsportgruppe am Mittwoch wird ab November von Dr. Silke
Arnold betreut, da Dr. Weber in den Ruhestand geht. Vielen Dank an ihn für
17 Jahre!

Bitte bringt eure Verordnung (Muster 56) zur ersten Stunde mit.

Dorota Kaminski
Abteilung Gesundheitssport, MTV Hameln
"""
    wrap = """Zur Info für die Akte Rehasport MTV Hameln (neue Zeiten, ändert nichts am
Vertrag). Katrin

-------- Weitergeleitete Nachricht --------
Von: Dorota Kaminski <rehasport@mtv-hameln.example>
An: Mitglieder-Gesundheitssport <gesundheitssport@mtv-hameln.example>
Kopie: vereinsservice@lindenhof-versicherung.example

""" + body
    m = mk(69, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Team Vereinsservice <vereinsservice@lindenhof-versicherung.example>",
           "WG: Neue Zeiten Rehasport ab November",
           wrap, date="Wed, 22 Oct 2025 08:12:40 +0200")
    return m, N, "de", "club", "trap: rehab sports schedule listing indications, no participant named"


@mail
def m070():
    body = """Sehr geehrter Herr Walczak,

zum Transportschaden an Ihrem Rennboot:

Versicherungsnehmer: Ruderclub Weserlust von 1921 e.V.
Vertrag: Bootskasko / Transport, Nr. BK 16-009271
Schaden-Nr.: SA-2025-068771
Boot: Rennachter „Stadt Hameln“, Baujahr 2019, Versicherungswert 48.000 EUR

Laut Ihrer Schilderung hat sich auf der Rückfahrt von der Regatta in
Bremen am 13.09. auf der A 2 ein Spanngurt am Bootsanhänger gelöst; der
Bugbereich schlug gegen den Anhängerholm. Das Gutachten der Bootswerft
Meyerhoff schätzt die Reparatur des Rumpfs auf 6.350 EUR netto.

Wir übernehmen die Kosten abzüglich der Selbstbeteiligung von 500 EUR. Die
Werft kann direkt mit uns abrechnen. Ihr Trainer, Herr Tim Oltmanns, hatte
uns noch gefragt, ob das Ersatzboot für die Zeit der Reparatur
mitversichert ist: Leihboote sind nach Klausel 7 bis 30.000 EUR
eingeschlossen.

Mit freundlichen Grüßen
Dirk Pohlmann
Sachschaden
"""
    m = mk(70, "Dirk Pohlmann <d.pohlmann@lindenhof-versicherung.example>",
           "Bernd Walczak <vorstand@rc-weserlust.example>",
           "Transportschaden Rennachter - SA-2025-068771",
           body, date="Mon, 29 Sep 2025 13:13:13 +0200")
    return m, C, "de", "insurer-to-club", "club's boat policy and claim with named chairman and coach"


@mail
def m071():
    body = """Hallo Herr Walczak,

eine gute Frage, die uns öfter gestellt wird – ich beantworte sie gern
allgemein, da Sie ja (zum Glück) keinen konkreten Fall haben.

Sie fragen, ob ein Bandscheibenvorfall, den sich ein Mitglied beim
Krafttraining im Bootshaus „zuzieht“, über die Sportversicherung
abgedeckt ist.

Kurz gesagt: in aller Regel nicht. Ein Bandscheibenvorfall entsteht
überwiegend durch Verschleiß; die Belastung beim Heben ist meist nur der
letzte Auslöser. Unsere Unfallbedingungen schließen Schäden an
Bandscheiben deshalb aus, es sei denn, ein Unfallereignis (z. B. Sturz aus
dem Boot auf den Steg) war die überwiegende Ursache. Das muss dann ein Arzt
bestätigen.

Anders ist es bei einer Zerrung oder einem Muskelfaserriss durch eine
erhöhte Kraftanstrengung (z. B. beim Tragen des Bootes): das gilt nach
unseren Bedingungen als Unfall.

Für die Vereinszeitung können Sie das gern so übernehmen.

Viele Grüße
Katrin Oberländer
Vereinsservice Sportversicherung

> Frage an die Expertin: Wie ist das eigentlich, wenn sich jemand beim
> Krafttraining im Bootshaus einen Bandscheibenvorfall holt? Ist das dann
> ein Sportunfall? Wir hatten das neulich beim Stammtisch als Thema, nichts
> Konkretes. Gruß B. Walczak
"""
    m = mk(71, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Bernd Walczak <vorstand@rc-weserlust.example>",
           "AW: Frage Bandscheibe / Sportversicherung",
           body, date="Mon, 27 Oct 2025 16:40:20 +0100", cte="8bit")
    return m, N, "de", "insurer-to-club", "trap: general question on herniated disc cover, explicitly no concrete person"


@mail
def m072():
    body = """Protokoll: Datenschutz-Schulung "Gesundheitsdaten im Vereinsservice"
Datum: 15.10.2025, 10:00-11:30, Raum 3.14 und Teams
Leitung: Petra Jansen (Datenschutz)
Teilnehmende: Team Vereinsservice, Leistung Sportunfall, Haftpflicht-Schaden

1. Was sind Gesundheitsdaten im Sportbereich?
   Diagnosen, Verletzungsart ("Kreuzbandriss", "Gehirnerschütterung"),
   Arztberichte, Physio-Rechnungen, Rehasport-Verordnungen, Angaben zu
   Behinderung (z. B. Klassifizierung im Parasport), Doping-Kontrollen/TUE.
   Auch "ist seit drei Wochen verletzt" ist bei Namensnennung ein Gesundheitsdatum.

2. Typische Fehler im Alltag
   - Unfallmeldungen per normaler E-Mail an den Verein zurückschicken
   - Versichertenlisten mit Geburtsdaten an den allgemeinen Vereinsverteiler
   - Rehasport-Teilnehmerlisten mit Indikationen in Excel ohne Schutz
   - Weiterleiten von Mails von Eltern an Kollegen "zur Info" mit Namen
     des Kindes im Betreff

3. Regeln
   - Gesundheitsdaten nur über das SecureMail-Portal oder verschlüsselt
   - Im Betreff nie Diagnose + Name
   - Vereinsstatistiken nur aggregiert, Zellen unter 5 zusammenfassen

4. Fragen aus der Runde
   - Darf der Trainer die Verletzung an den Verein melden? -> Ja, aber nur das
     für die Unfallmeldung Nötige.
   - Teamärzte im Profibereich: Einwilligung des Spielers prüfen.

Nächster Termin: Auffrischung im April 2026.
Protokoll: L. Marquardt
"""
    m = mk(72, "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Schulung Teilnehmende <datenschutz-schulung@lindenhof-versicherung.example>",
           "Protokoll Datenschutz-Schulung 15.10. Gesundheitsdaten",
           body, cc="Petra Jansen <p.jansen@lindenhof-versicherung.example>",
           date="Thu, 16 Oct 2025 12:00:44 +0200")
    return m, N, "de", "internal", "trap: data-protection training minutes naming health-data categories, no person"


@mail
def m073():
    body = """Hi Lena,

please find the traveller list for the SC Harz-Nordhang ski trip to
Zermatt, to be added to the group cancellation & baggage policy I placed
last month. No travel health needed, all participants have their own
annual cover.

Group policy: RR 19-223180 (Ski-Club Harz-Nordhang e.V.)
Trip: 28 Dec 2025 - 4 Jan 2026, Zermatt, Hotel Bergkristall
Price per person: CHF 1,460

Surname      First name   Date of birth   Passport / ID no.
Albrecht     Jonas        11.05.1984      C8FKL2T91
Albrecht     Miriam       02.09.1986      C8FKL3P07
Albrecht     Ben          27.01.2016      (child ID) F4471220
Sörensen     Ole          14.10.1972      C01RZ5M88
Sörensen     Annika       30.03.1975      C01RZ6K15
Tiedemann    Greta        09.12.1968      L2N7XW441
Yilmaz       Deniz        21.06.1999      C77HK9J02

Please confirm the premium and send the certificate to me, not to the
club.

Best regards
Ryan Cooper
Cooper Alpine Insurance Brokers
"""
    m = mk(73, "Ryan Cooper <ryan@cooper-alpine.example>",
           "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Traveller list Zermatt - RR 19-223180",
           body, date="Tue, 28 Oct 2025 17:33:09 +0100")
    return m, C, "en", "broker", "broker's traveller list with birth dates and ID numbers, cancellation/baggage only"


@mail
def m074():
    body = """Dear Mr Baumann,

regarding your skiing accident in Verbier, I can give you an update on
your claim.

Policy:       RK 77-214400 (travel health, annual)
Insured:      Thomas Baumann, born 16 February 1979
Claim ref.:   RG-2025-008812

We have received the invoices from:
- Heli-Rescue Valais SA (helicopter transfer from the slope to Sion): CHF 3,980
- Clinique des Alpes, Sion, 3-6 March 2025: MRI right knee, rupture of the
  anterior cruciate ligament and medial collateral ligament, bone bruise,
  brace and crutches, 3 nights inpatient: CHF 7,215
- medical repatriation by ambulance to Hannover on 6 March: EUR 2,460

All costs are covered. The ACL reconstruction carried out in Germany
on 2 April is a matter for your German health insurer, as it was not an
emergency treatment abroad.

Your health insurer has asked us for a copy of the Swiss discharge report;
with your consent, we will send it to them directly. Please reply "yes" to
this message if we may do so.

Best regards
Lena Marquardt
Travel & Leisure Claims
"""
    m = mk(74, "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Thomas Baumann <t.baumann@baumann-architekten.example>",
           "Your claim RG-2025-008812 - Verbier",
           body, date="Wed, 10 Sep 2025 10:10:10 +0200")
    return m, S, "en", "insurer-to-customer", "ski accident abroad: ACL/MCL rupture, helicopter, hospital, birth date"


@mail
def m075():
    text = """FRESH TRACKS - Lindenhof winter newsletter 2025/26

1. Helmet: 9 out of 10 skiers now wear one. Head injuries still make up
   around 15 % of serious skiing injuries in the Alps - wear it, and
   replace it after a hard impact.

2. Off-piste: avalanche transceiver, shovel and probe, and know how to use
   them. Rescue and recovery costs are covered up to EUR 25,000 in our
   Active accident cover - also without an accident if you are lost.

3. Knee: ACL injuries are the most common serious skiing injury, especially
   late in the day. Adjust your bindings (DIN) at a ski shop every season.

4. Our claims in numbers (2024/25 season, all customers):
   1,214 winter sports claims, average accident claim EUR 3,870,
   74 helicopter rescues, 11 % of claims from ski touring.

5. Lost your skis? Report theft to the police on the spot.

Enjoy the season!
Your Lindenhof Leisure team
https://www.lindenhof-versicherung.example/winter
"""
    m = mk(75, "Lindenhof Leisure <newsletter@news.lindenhof-versicherung.example>",
           "winter-subscribers@news.lindenhof-versicherung.example",
           "FRESH TRACKS: helmets, avalanches, knees - and our claims figures",
           text, date="Sat, 01 Nov 2025 08:00:00 +0100", cte="7bit")
    return m, N, "en", "newsletter", "trap: ski newsletter with injury and claims statistics, no person"


@mail
def m076():
    body = """Sehr geehrter Herr Szymański,

Ihr E-Bike wurde am 01.10.2025 zwischen 18:00 und 20:15 Uhr während des
Tennistrainings am Fahrradständer der Tennisanlage Rot-Weiß Hameln
gestohlen. Wir haben den Schaden wie folgt angelegt:

Versicherungsnehmer: Tomasz Szymański, Ostertorwall 15, 31785 Hameln
Vertrag: Fahrrad- und E-Bike-Versicherung, Nr. FR 12-330871
Schaden-Nr.: SA-2025-070244
Rad: Pedelec Trekking, Rahmen-Nr. WBK2209381X, Kaufpreis 3.299 EUR (05/2023)
Schloss: Faltschloss, Schlüssel liegen Ihnen vor (bitte beide einsenden)

Die Polizei Hameln hat uns die Anzeige (Az. 0187/25/120344) bereits
bestätigt. Nach der Wartezeit von 4 Wochen, in der das Rad
wieder auftauchen könnte, entschädigen wir den Neuwert abzüglich 10 %
Selbstbeteiligung, da das Rad jünger als 3 Jahre ist.

Mit freundlichen Grüßen
Dirk Pohlmann
Sachschaden Privatkunden
"""
    m = mk(76, "Dirk Pohlmann <d.pohlmann@lindenhof-versicherung.example>",
           "Tomasz Szymanski <t.szymanski@weserpost.example>",
           "E-Bike-Diebstahl Tennisanlage - SA-2025-070244",
           body, date="Thu, 09 Oct 2025 12:34:56 +0200")
    return m, C, "de", "insurer-to-customer", "named customer, address, bicycle policy and theft claim"


@mail
def m077():
    body = """Hallo Sabine,

ich bräuchte deine Meinung zum Regress in SU-2025-017112.

Unser Versicherter (Gruppenunfall über den SV Blau-Weiß Ellerbrook):
Dennis Wolter, 27, Abwehrspieler 1. Herren.
Verletzung: offene Unterschenkelfraktur links (Tibia und Fibula, S82.21),
zweimal operiert, Fixateur externe, dann Marknagel; 19 Tage stationär,
aktuell noch arbeitsunfähig.

Hergang laut Spielbericht und Zeugen: Spiel gegen FC Aerzen 09 am 24.08.,
87. Minute, Ball schon weg, Gegenspieler Marvin Heise grätscht mit gestrecktem
Bein von hinten. Rote Karte, Sportgericht hat ihn für 10 Spiele gesperrt.
Herr Wolter hat Strafanzeige wegen gefährlicher Körperverletzung erstattet,
die Staatsanwaltschaft Hannover ermittelt (Az. 3212 Js 40871/25).

Wir haben bisher 4.600 EUR gezahlt (KH-Tagegeld, Genesungsgeld,
Unfallrente-Vorschuss folgt ggf.). Frage: Lohnt sich ein Regress gegen
Heise bzw. dessen Privathaftpflicht? Bei grob unsportlichem Foul ist die
Haftung ja eher gegeben als beim normalen Zweikampf. Hast du schon mal
einen Fall gehabt, wo wir die Ermittlungsakte beigezogen haben?

Danke dir
Jonas
"""
    m = mk(77, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Sabine Kühnel <s.kuehnel@lindenhof-versicherung.example>",
           "Regress SU-2025-017112 - Foul / Ermittlungsverfahren",
           body, date="Mon, 20 Oct 2025 11:48:03 +0200", cte="8bit")
    return m, S, "de", "internal", "named player's open tibia fracture and criminal investigation against a named opponent"


@mail
def m078():
    body = """Schiedsrichter-Ansetzungen Kreis Hameln-Pyrmont, Spieltag 11
(25./26.10.2025) – Kreisliga und 1. Kreisklasse

Sa 25.10. 15:00  TSV Grünwiesen – SV Ellerbrook      SR: Kai Brenneke
                                                     SRA: Lukas Otte / Finn Roloff
Sa 25.10. 15:00  FC Aerzen 09 – SG Hastenbeck        SR: Ayşe Demir
So 26.10. 13:00  MTV Hameln II – TuS Emmerthal       SR: Jannik Schwarz
So 26.10. 15:00  SC Delphin – VfL Bad Pyrmont        SR: Holger Witt (Beobachter: R. Bade)

Absagen bitte bis Donnerstag 18 Uhr an den Ansetzer, nicht an die Vereine.
Lehrabend am 05.11., Thema: Handspiel und Umgang mit Spielabbrüchen.

Gruß
Kreisschiedsrichterausschuss
"""
    wrap = """Hallo Katrin,

die Ansetzungen fürs Wochenende, wegen der Anfrage des SV Ellerbrook zur
Versicherung der Schiedsrichter-Assistenten (die sind über den Verband
versichert, nicht über den Heimverein). Kannst du das dem Verein so sagen?

Gruß Oliver

""" + body
    m = mk(78, "Oliver Strack <o.strack@lindenhof-versicherung.example>",
           "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "WG: SR-Ansetzungen Spieltag 11",
           wrap, date="Wed, 22 Oct 2025 15:01:17 +0200", cte="8bit")
    return m, N, "de", "internal", "trap: referee assignments naming officials, organisational only"


@mail
def m079():
    body = """Sehr geehrter Herr Bäumer,

wir bestätigen Ihnen Versicherungsschutz aus Ihrer Rechtsschutzversicherung
für die außergerichtliche Interessenwahrnehmung gegenüber Ihrem
früheren Verein.

Versicherungsnehmer: Stefan Bäumer, Hohe Straße 9, 31860 Emmerthal
Vertrag: Privat- und Berufs-Rechtsschutz, Nr. RS 50-440172
Rechtsschutzfall: RS-2025-012904

Sachverhalt nach Ihren Angaben: Sie waren von 07/2023 bis 06/2025 als
Trainer der 1. Herren beim VfL Bad Pyrmont tätig, zuletzt mit einer
monatlichen Vergütung von 850 EUR (davon 250 EUR steuerfreie
Übungsleiterpauschale nach § 3 Nr. 26 EStG, Rest als Minijob). Der Verein hat
die Zahlungen für April bis Juni 2025 (2.550 EUR) nicht geleistet und beruft
sich auf eine mündliche Vereinbarung über eine Reduzierung nach dem Abstieg.

Die Kosten Ihres Anwalts, Rechtsanwalt Dr. Fromm, übernehmen wir nach RVG
abzüglich Ihrer Selbstbeteiligung von 150 EUR. Für eine Klage vor dem
Arbeitsgericht bitten wir um erneute Anfrage.

Mit freundlichen Grüßen
Rechtsschutz-Service
Lindenhof Versicherung AG
"""
    m = mk(79, "Rechtsschutz-Service <rechtsschutz@lindenhof-versicherung.example>",
           "Stefan Bäumer <s.baeumer@trainerpost.example>",
           "Deckungszusage RS-2025-012904",
           body, cc="RA Dr. Fromm <kanzlei@ra-fromm.example>",
           date="Tue, 30 Sep 2025 09:19:44 +0200")
    return m, C, "de", "insurer-to-customer", "legal expenses: named coach, address, income figures, no health"


@mail
def m080():
    body = """Sehr geehrte Damen und Herren,

in der Strafsache gegen unseren Mandanten, Herrn Jürgen Matthies,
Übungsleiter Kinderturnen beim MTV Hameln, zeigen wir die Verteidigung an und
beantragen Deckung aus dem Vereins-Rechtsschutz (Straf-Rechtsschutz für
Übungsleiter, Vertrag VR 52-070118 des MTV Hameln).

Die Staatsanwaltschaft Hannover ermittelt gegen unseren Mandanten wegen
fahrlässiger Körperverletzung (§ 229 StGB), Az. 4411 Js 33820/25.
Vorgeworfen wird ihm, am 16.06.2025 beim Kinderturnen eine Weichbodenmatte
unter dem Reck nicht ordnungsgemäß positioniert zu haben. Das Kind, die
sechsjährige Emma Schaper, stürzte vom Reck und erlitt eine suprakondyläre
Humerusfraktur rechts, die operativ mit Drähten versorgt werden musste,
sowie eine vorübergehende Läsion des Nervus radialis.

Die Eltern haben über ihre Anwältin zudem Schmerzensgeldansprüche
angekündigt; insoweit bitten wir die Haftpflichtabteilung zu informieren.

Unser Mandant bestreitet den Vorwurf. Er war zum Unfallzeitpunkt mit
12 Kindern allein in der Halle, die zweite Übungsleiterin war krank.

Wir bitten um Deckungszusage für das Ermittlungsverfahren und übersenden
die Vollmacht anbei.

Mit freundlichen Grüßen
Dr. Kerstin Wendt
Rechtsanwältin
Wendt & Albers Rechtsanwälte
"""
    wrap = """Liebe Kolleginnen und Kollegen im Rechtsschutz,

zuständig seid ihr (Vereins-Rechtsschutz MTV Hameln). Haftpflicht habe
ich parallel informiert. Bitte vertraulich behandeln, der Verein weiß von
dem Verfahren bisher nur über den Übungsleiter.

Katrin

-----Ursprüngliche Nachricht-----
Von: Dr. Kerstin Wendt <k.wendt@wendt-albers.example>
Gesendet: Freitag, 24. Oktober 2025 10:03
An: vereinsservice@lindenhof-versicherung.example
Betreff: Strafsache Matthies - Deckungsanfrage

""" + body
    m = mk(80, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Rechtsschutz-Service <rechtsschutz@lindenhof-versicherung.example>",
           "WG: Strafsache Matthies - Deckungsanfrage",
           wrap, date="Fri, 24 Oct 2025 11:15:30 +0200")
    return m, S, "de", "lawyer", "criminal investigation against named coach; named child's humerus fracture and nerve lesion"


@mail
def m081():
    body = """Dear Karin,

ahead of the 2026 renewal of our quota share on the sports-accident and
club-liability portfolio, please find our portfolio summary. As usual all
figures are aggregated; no individual claims above the large-loss
threshold this year apart from the three listed in anonymised form.

Portfolio (as at 30/09/2025)
  Club contracts (framework + individual):     6,412 clubs
  Insured members (framework):                 ~1.94m
  Premium 2025 (gross written):                EUR 38.7m
  Loss ratio 2023 / 2024 / 2025 YTD:           61 % / 66 % / 58 %

Claims frequency per 1,000 members: 4.1 (2024: 4.4)
Top injury groups by incurred: knee ligaments 29 %, fractures lower leg
and ankle 18 %, shoulder 11 %, head/concussion 6 %.

Large losses 2025 (> EUR 250k incurred):
  LL-1  football, male, 20-29, spinal injury, incurred EUR 1.1m
  LL-2  equestrian, female, 40-49, head injury, incurred EUR 640k
  LL-3  event liability, marathon, spectator group, incurred EUR 310k

We would like to discuss the retention for event liability (currently
EUR 500k) at our meeting on 12 November.

Best regards
Aidan Rourke
on behalf of Lindenhof Versicherung AG, Reinsurance & Portfolio
"""
    m = mk(81, "Aidan Rourke <a.rourke@lindenhof-versicherung.example>",
           "Karin Vestergaard <k.vestergaard@nordic-re.example>",
           "Sports accident & club liability - portfolio summary for 2026 renewal",
           body, date="Wed, 29 Oct 2025 14:02:11 +0100")
    return m, N, "en", "insurer-to-partner", "trap: reinsurer summary, aggregates and anonymised large losses in age bands"


@mail
def m082():
    body = """Hi Mr Novak,

thanks for calling back. Wie besprochen schreibe ich auf Englisch, your
German is far better than my Czech, but this way it's easier for
you to forward it to your board.

The premium for the club's framework contract (SV 22-118702, SK Slavia
Hildesheim e.V.) for Q4 was paid on 2 October - but from your private
account, not the club account:

  Account holder: Pavel Novák
  IBAN: DE43 5205 0353 0002 3911 87
  Amount: EUR 1.284,00

Der Betrag ist bei uns eingegangen und dem Vertrag gutgeschrieben. If you
want us to refund it to you and collect it from the club account instead,
please send me a SEPA mandate signed by two board members (Vorstand nach
§ 26 BGB). Otherwise the club will have to reimburse you internally - that's
up to you.

Viele Grüße / best regards
Katrin Oberländer
Vereinsservice Sportversicherung
"""
    m = mk(82, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Pavel Novak <kassenwart@slavia-hildesheim.example>",
           "Premium Q4 paid from private account / Beitrag Q4",
           body, date="Tue, 07 Oct 2025 17:11:35 +0200", cte="8bit")
    return m, C, "mixed", "insurer-to-club", "treasurer's private IBAN and payment named, club contract"


@mail
def m083():
    body = """Dear Ms Reyes,

thank you for your patience. I'm writing about your claim under the
participant accident insurance included in your registration for the
Elbtal Triathlon (Middle Distance) on 7 September 2025.

Insured person: Danielle Reyes, born 05/09/1988, Portland, Oregon (USA)
Certificate:    TA 93-015558, claim ref. SU-2025-018109

From the race medical report and the discharge summary of the
Städtisches Klinikum Dresden-Nord:
- crash on the bike course at km 54 (descent, wet road), no other rider involved
- displaced fracture of the right clavicle (S42.02), abrasions right hip and
  forearm, no head injury (helmet intact, GCS 15)
- plate fixation on 8 September, discharged on 10 September

Under the participant accident cover we pay:
- hospital daily allowance: 3 days x EUR 25 = EUR 75
- fracture benefit (clavicle): EUR 500
- transport costs from the course to the hospital: covered in full
  (invoice of the ambulance service EUR 712.40 paid directly)

Invalidity cannot be assessed before one year has passed. If you still have
limited movement in your shoulder next summer, please send us a report from
your surgeon in the US.

The payment of EUR 575 will be made by international transfer; please send
your bank details (IBAN or ABA/SWIFT and account number).

Kind regards
Jonas Brettschneider
Sports Accident Claims
Lindenhof Versicherung AG
"""
    m = mk(83, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Danielle Reyes <dreyes@pacificmail.example>",
           "Your claim SU-2025-018109 - Elbtal Triathlon",
           body, date="Mon, 06 Oct 2025 16:47:02 +0200")
    return m, S, "en", "insurer-to-customer", "triathlete's clavicle fracture S42.02, surgery, birth date, accident claim"


@mail
def m084():
    body = """Hallo Frau Marquardt,

wir sind gerade dabei, die Ausschreibung für 2026 zu finalisieren, und
würden gern den Absatz zur Teilnehmer-Unfallversicherung so formulieren wie
unten. Passt das für Sie? Und: dürfen wir den Satz mit dem Attest so
stehen lassen, oder klingt das nach einer Pflicht, die wir gar nicht
kontrollieren?

---
11. Elbtal Triathlon – 6. September 2026 – Sprint, Olympisch, Mitteldistanz

Teilnahmebedingungen (Auszug)
(4) Die Teilnahme erfolgt auf eigene Gefahr. Jede/r Teilnehmende erklärt mit
der Anmeldung, gesund und ausreichend trainiert zu sein. Wir empfehlen
dringend eine sportmedizinische Untersuchung vor dem Wettkampf, insbesondere
für Teilnehmende über 35 Jahre. Ein ärztliches Attest ist nicht vorzulegen.
(5) Für alle Teilnehmenden besteht eine Unfallversicherung über die Lindenhof
Versicherung AG (Krankenhaustagegeld, Knochenbruchleistung, Bergungs- und
Transportkosten). Leistungen aus der Teilnehmer-Unfallversicherung werden
unabhängig von anderen Versicherungen erbracht.
(6) Neoprenpflicht bei Wassertemperaturen unter 16 °C; bei unter 14 °C
verkürzte Schwimmstrecke.
(7) Medizinische Versorgung: Sanitätsdienst an Schwimmstart, Wechselzone,
Laufstrecke (km 3, 7, 10) und im Ziel; Notarzt vor Ort.
---

Viele Grüße
Robert Kunze
Elbtal Triathlon Veranstaltungs UG
"""
    m = mk(84, "Robert Kunze <info@elbtal-triathlon.example>",
           "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Ausschreibung 2026 - Absatz Versicherung / Attest",
           body, date="Thu, 23 Oct 2025 20:14:55 +0200", cte="8bit")
    return m, N, "de", "company", "trap: race conditions draft (medical check, accident cover) with no person"


@mail
def m085():
    body = """Hallo Herr Strack,

anbei der Antrag für meinen Kunden, er ist Schiedsrichter (Landesliga) und
möchte wegen der zunehmenden Auseinandersetzungen auf dem Platz eine eigene
Privathaftpflicht mit Ehrenamtsbaustein und einen Rechtsschutz.

Antragsteller: Kai Brenneke
geb.: 02.11.1994
Anschrift: Deisterstraße 40, 31785 Hameln
Beruf: Industriemechaniker, Nettoeinkommen ca. 2.900 EUR/Monat
SR-Tätigkeit: Landesliga, Aufwandsentschädigung ca. 1.800 EUR/Jahr
Vorversicherung: keine PHV, RS gekündigt durch Vorversicherer 2024
  (2 Schäden, beide Verkehrs-RS)
Zahlung: jährlich per Lastschrift, IBAN DE15 2905 0101 0082 7140 93

Beginn 01.12.2025. Tarif PHV Premium, RS Privat+Beruf+Verkehr, SB 250.

Danke und Gruß
Ralf Dunkel
Versicherungsmakler
"""
    m = mk(85, "Ralf Dunkel <info@dunkel-makler.example>",
           "Oliver Strack <o.strack@lindenhof-versicherung.example>",
           "Antrag PHV + RS Brenneke",
           body, date="Fri, 24 Oct 2025 09:05:41 +0200", charset="windows-1252", cte="quoted-printable")
    return m, C, "de", "broker", "broker application: birth date, address, income, IBAN, prior cancellations"


@mail
def m086():
    body = """Sehr geehrter Herr Witt,

Ihre Unfallmeldung vom 13.10.2025 haben wir erhalten. Es tut uns leid,
dass Sie als Schiedsrichter so etwas erleben mussten.

Versicherte Person: Holger Witt, geb. 28.07.1969
Vertrag: Unfallversicherung für Schiedsrichter über den
  Kreisfußballverband (Gruppenvertrag GU 55-120009)
Schaden-Nr.: SU-2025-019935

Nach Ihrer Schilderung wurden Sie am 12.10.2025 nach Abpfiff des Spiels
VfL Bad Pyrmont – SC Delphin auf dem Weg zur Kabine von einem Zuschauer
mit der Faust ins Gesicht geschlagen. Laut Notaufnahme Bad Pyrmont:
Nasenbeinfraktur (S02.2), Prellung des linken Jochbeins, Schädelprellung;
Entlassung am Folgetag. Sie sind bis 26.10. arbeitsunfähig geschrieben und
berichten von Schlafstörungen seit dem Vorfall.

Ein Angriff durch Dritte ist im Rahmen der Schiedsrichtertätigkeit
versichert. Wir zahlen Krankenhaustagegeld (1 Tag) und prüfen eine
Leistung für die Nasenbeinfraktur. Falls Sie psychologische Unterstützung
in Anspruch nehmen möchten: Ihr Vertrag enthält einen Baustein
„Psychologische Erstbetreuung nach Gewalterfahrung“ (bis 5 Sitzungen).

Die Strafanzeige gegen den Zuschauer (Polizei Bad Pyrmont, Az.
0412/25/087731) unterstützt der Verband; für eventuelle Ansprüche gegen den
Täter wenden Sie sich bitte auch an die Verbandsgeschäftsstelle.

Mit freundlichen Grüßen
Jonas Brettschneider
Leistung Sportunfall
"""
    m = mk(86, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Holger Witt <holger.witt@sr-post.example>",
           "Ihre Unfallmeldung SU-2025-019935",
           body, date="Fri, 17 Oct 2025 14:22:08 +0200")
    return m, S, "de", "insurer-to-customer", "assaulted referee: nasal fracture S02.2, sleep problems, birth date"


@mail
def m087():
    body = """PRESSEMITTEILUNG

Gewalt gegen Schiedsrichter: Lindenhof Versicherung und Kreisfußballverband
starten Schutzpaket

Hameln, 28. Oktober 2025 – In der Saison 2024/25 wurden im Kreis
Hameln-Pyrmont 23 Spiele wegen Gewalt oder Bedrohung gegen Unparteiische
abgebrochen, fast doppelt so viele wie vor fünf Jahren. Bundesweit meldeten
die Verbände mehrere hundert tätliche Angriffe auf Schiedsrichterinnen und
Schiedsrichter.

Der Kreisfußballverband und die Lindenhof Versicherung AG erweitern deshalb
den Gruppenvertrag für alle 312 Schiedsrichterinnen und Schiedsrichter im
Kreis: Neben der Unfallversicherung gibt es ab 1. November psychologische
Erstbetreuung nach Gewalterfahrungen (bis zu fünf Sitzungen), Rechtsschutz
für Strafanzeigen gegen Täter und eine Sachwertversicherung für Brillen,
Pfeifen und Ausrüstung.

„Niemand soll nach einem Angriff allein dastehen“, sagt der Vorsitzende des
Kreisschiedsrichterausschusses. Angriffe sollen konsequent angezeigt werden.

Pressekontakt: presse@lindenhof-versicherung.example
"""
    m = mk(87, "Lindenhof Presse <presse@lindenhof-versicherung.example>",
           "Presseverteiler Regional <presse-regional@lindenhof-versicherung.example>",
           "PM: Gewalt gegen Schiedsrichter - neues Schutzpaket",
           body, date="Tue, 28 Oct 2025 10:00:00 +0100")
    return m, N, "de", "insurer-to-partner", "trap: press release on violence against referees, statistics only"


@mail
def m088():
    body = """Sehr geehrter Herr Gruber,

anbei die Beitragsrechnung für Ihre Skischule für die Saison 2025/26.

Versicherungsnehmer: Florian Gruber, Skischule Gruber (Einzelunternehmen),
  Am Wurmberg 11, 38700 Braunlage
Vertrag: Betriebshaftpflicht Skischulen, Nr. BH 70-052277
Beitragsgrundlage: Umsatz Vorsaison 186.400 EUR (lt. Ihrer Meldung),
  14 Skilehrer/innen (davon 9 saisonal)
Jahresbeitrag: 1.942,38 EUR inkl. 19 % Versicherungsteuer
Fälligkeit: 01.12.2025

Den Beitrag buchen wir wie vereinbart von Ihrem Geschäftskonto
DE70 6605 0101 0108 8419 30 ab (Mandatsreferenz LV-BH70052277).

Mit freundlichen Grüßen
Nina Hoffstetter
Gewerbekunden Fitness & Freizeit
"""
    m = mk(88, "Nina Hoffstetter <n.hoffstetter@lindenhof-versicherung.example>",
           "Florian Gruber <buero@skischule-gruber.example>",
           "Beitragsrechnung 2025/26 - BH 70-052277",
           body, date="Mon, 03 Nov 2025 08:40:12 +0100")
    return m, C, "de", "insurer-to-customer", "sole trader ski school: turnover, policy, IBAN"


@mail
def m089():
    body = """To: Lindenhof Versicherung, Travel Claims
Re: Your insured Mr Sebastian Krone, DOB 30.01.1985, policy RK 77-211935

Dear colleagues,

we confirm that the above patient was treated at our facility from
14 to 17 October 2025.

Presentation: 14/10, 16:40, transferred by speedboat from a liveaboard
near Koh Tao, 2 h after surfacing from a 32 m dive with rapid ascent
(out of air, shared with buddy). Symptoms: severe headache, right-sided
weakness, speech difficulty, confusion.

Diagnosis: arterial gas embolism / neurological decompression illness
(T70.3), suspected pulmonary barotrauma.

Treatment: US Navy Table 6 with extensions, followed by 4 further hyperbaric
sessions (Table 9); IV fluids, oxygen. Chest CT: small left pneumothorax,
no drain required. Neurological symptoms resolved except mild word-finding
difficulty. Recommendation: no diving for at least 3 months, neurology
follow-up at home, no flying before 17/10 + 72 h after chest X-ray clearance.

Invoice no. KTH-25-1183 attached separately: THB 486,500.

Dr. Anan Srisuk
Medical Director
Gulf Coast Hyperbaric Services, Koh Samui
"""
    wrap = """Hi Lena,

the medical report for Krone came in from the assistance partner - patient
has agreed to repatriation on 21/10 with medical escort. Report below,
invoice follows in a separate mail. Please approve the escort.

Thanks
Global Assist Partners - case desk (case no. GAP-TH-25-0774)

""" + body
    m = mk(89, "Case Desk Global Assist <casedesk@global-assist-partners.example>",
           "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "GAP-TH-25-0774 Krone - medical report hyperbaric centre",
           wrap, date="Sat, 18 Oct 2025 06:21:50 +0200", cte="7bit")
    return m, S, "en", "doctor", "clinic report on named diver: gas embolism T70.3, pneumothorax, neurological deficit"


@mail
def m090():
    body = """Hello,

we are a dive centre in Dahab and several German dive clubs (groups of
8-15 divers) will book with us next season. Their club insurance is with
you. Could you send us a blank template of your certificate of insurance
(for group dive trips) so we know what to expect and what our staff should
check at check-in? Also, do you need anything from us as the dive operator
(licence, our liability insurance, chamber agreement)?

We do not need any names now - just the form.

Thank you and kind regards
Mariam Saleh
Operations Manager
Blue Lagoon Divers Dahab
"""
    reply = """Dear Ms Saleh,

thank you for your enquiry. Attached is a sample certificate for group
dive trips; the fields in brackets are filled in for each group. Your
staff should check the travel dates, the group name and that the
certificate states "diving up to 40 m, within certification level".

We do not need documents from you as an operator. Our travel health
cover pays the nearest suitable hyperbaric chamber directly via our
assistance partner.

Kind regards
Lena Marquardt
Travel & Leisure
Lindenhof Versicherung AG

> """ + body.replace("\n", "\n> ")
    lines = [
        "Lindenhof Versicherung AG - Certificate of insurance (SAMPLE)",
        "Group travel health & accident - dive trips",
        "",
        "Group / club:        [club name]",
        "Policy no.:          [policy no.]",
        "Travel period:       [dd.mm.yyyy] - [dd.mm.yyyy]",
        "Destination:         [country, region]",
        "Number of insured:   [n] (list held by policyholder)",
        "",
        "Cover includes: medical treatment abroad, hyperbaric treatment,",
        "medical repatriation, search and rescue up to EUR 25,000.",
        "Diving covered up to 40 m, within the diver's certification level.",
        "",
        "24/7 assistance: +49 511 4471-9000 (quote policy no.)",
    ]
    m = mk(90, "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Mariam Saleh <ops@bluelagoon-dahab.example>",
           "Re: Certificate of insurance - template for dive groups",
           reply, date="Thu, 30 Oct 2025 10:07:29 +0100",
           atts=[("Sample_certificate_dive_groups.pdf", "application/pdf",
                  pdf(lines, "Sample certificate"))])
    return m, N, "en", "insurer-to-company", "trap: blank certificate template for dive groups, no names"


@mail
def m091():
    body = """Hallo Herr Pohlmann,

hier die Infos zum Sturmschaden an unserer Reithalle, wie am Telefon
besprochen:

Verein: Reit- und Fahrverein Deister-Süntel e.V.
Vertrag: Gebäudeversicherung Reitanlage, GB 14-071930
Ansprechpartnerin: Claudia Mertens (2. Vorsitzende), Tel. über Geschäftsstelle

Beim Sturm in der Nacht vom 29. auf 30.09. sind auf der Westseite der
Reithalle ca. 40 m² Trapezblech vom Dach gerissen, eine Lichtplatte ist
in die Halle gefallen. Gut, dass nachts niemand drin war. Der Reitbetrieb
in der Halle ist eingestellt, die Pferde stehen draußen bzw. im Stall.
Der Dachdecker (Fa. Bödeker) kommt am Donnerstag und macht
ein Angebot.

Fotos anbei (6 Stück). Windstärke laut Wetterdienst 10 Bft.

Mit freundlichen Grüßen
Claudia Mertens
"""
    wrap = """Kurzinfo an Gutachterkoordination: bitte Sachverständigen für Dachschaden
Reithalle beauftragen, Schaden SA-2025-070631. VN-Kontakt unten. Gruß D. Pohlmann

> """ + body.replace("\n", "\n> ")
    m = mk(91, "Dirk Pohlmann <d.pohlmann@lindenhof-versicherung.example>",
           "Gutachterkoordination <gutachter@lindenhof-versicherung.example>",
           "SA-2025-070631 Sturmschaden Reithalle - bitte SV beauftragen",
           wrap, date="Wed, 01 Oct 2025 15:36:40 +0200")
    return m, C, "de", "internal", "club building claim with named vice-chair contact, nobody hurt"


@mail
def m092():
    body = """Sehr geehrte Frau Olbrich,

wir haben die traurige Nachricht vom Tod Ihres Mitglieds, Herrn Werner
Behnke, erhalten. Bitte übermitteln Sie der Familie unser Mitgefühl.

Vertrag: Sportversicherung TSV Grünwiesen 1897 e.V., Rahmenvertrag
  SV 22-100318 (Gruppen-Unfall, Todesfallleistung 5.000 EUR)
Schaden-Nr.: SU-2025-020113

Herr Behnke (78) ist am 02.10.2025 während der Seniorengymnastik in der
Turnhalle zusammengebrochen. Die Übungsleiterin hat sofort mit der
Wiederbelebung begonnen, der Notarzt konnte ihn jedoch nicht mehr retten.
Laut Totenschein: Todesursache akuter Myokardinfarkt bei bekannter
koronarer Herzkrankheit.

Leider müssen wir Ihnen mitteilen, dass in diesem Fall keine Leistung
aus der Unfallversicherung möglich ist: Ein Herzinfarkt ist eine innere
Ursache und kein Unfall im Sinne der Bedingungen (plötzlich von außen auf
den Körper wirkendes Ereignis). Wir wissen, dass dies für die Angehörigen
schwer nachvollziehbar sein kann. Gern erläutern wir dies auch der
Witwe, Frau Ilse Behnke, persönlich; falls sie einen Anruf wünscht, geben
Sie uns bitte Bescheid.

Mit freundlichen Grüßen
Jonas Brettschneider
Leistung Sportunfall
"""
    m = mk(92, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Sabine Olbrich <s.olbrich@tsv-gruenwiesen.example>",
           "Todesfall Werner Behnke - SU-2025-020113",
           body, date="Tue, 14 Oct 2025 10:58:27 +0200")
    return m, S, "de", "insurer-to-club", "deceased member's cause of death (myocardial infarction, CHD), accident claim declined"


@mail
def m093():
    body = """Liebe Sportfreundinnen und Sportfreunde,

unsere Herzsportgruppe bekommt Verstärkung: Ab November trainieren wir
zusätzlich donnerstags von 18:00 bis 19:00 Uhr in der Gymnastikhalle der
Grundschule Am Wall.

Was ist Herzsport? Bewegung in kleinen Gruppen unter ärztlicher Aufsicht
für Menschen nach Herzinfarkt, Bypass- oder Klappenoperation, mit
Herzschwäche oder Bluthochdruck. Ausdauer, Koordination, Entspannung –
und viel Spaß in der Gruppe.

Voraussetzung: Verordnung Ihres Arztes (Rehasport, Muster 56). Die
Krankenkasse übernimmt in der Regel 90 Übungseinheiten.

Ein Defibrillator ist bei jeder Stunde dabei (gefördert durch die
Lindenhof Versicherung – „Defi in jede Vereinshalle“).

Infos und Anmeldung: Dorota Kaminski, Abteilung Gesundheitssport

MTV Hameln von 1860 e.V.
"""
    wrap = """Hallo Tobias, der Flyer-Text vom MTV mit unserer Defi-Erwähnung, falls du
ihn für den Social-Media-Post brauchst. Freigabe vom Verein liegt vor.
Katrin

""" + body
    m = mk(93, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Tobias Ahrens <t.ahrens@lindenhof-versicherung.example>",
           "WG: Flyer Herzsportgruppe Donnerstag",
           wrap, date="Mon, 27 Oct 2025 09:33:00 +0100")
    return m, N, "de", "club", "trap: cardiac sports group flyer (heart attack, bypass) addressed to everyone"


@mail
def m094():
    body = """Hi Jesper,

kurze Bestätigung zu deiner Anfrage von heute Morgen, in English for Ida
and the rest of the staff:

Policy:      EL 62-004417 (Nordlicht Esports GmbH)
Add-on:      streaming & production equipment, from 1 November 2025
Items added: 2x camera kit (Sony FX30 + lenses), 1x ATEM switcher,
             1x streaming PC, lighting set, total sum insured EUR 14,850
Premium:     + EUR 312.00 p.a. (pro rata for 2025: EUR 52.00)

Die Geräte sind auch im Bootcamp in Aarhus versichert (Europe-wide
cover), solange sie nachts in einem abgeschlossenen Raum stehen - same
rule as after the Bremen theft, sorry ;-)

Nachtrag kommt per Post, Rechnung über das Portal.

Viele Grüße
Nina Hoffstetter
"""
    m = mk(94, "Nina Hoffstetter <n.hoffstetter@lindenhof-versicherung.example>",
           "Jesper Lindqvist <jesper.lindqvist@nordlicht-esports.example>",
           "Re: streaming equipment - Nachtrag EL 62-004417",
           body, cc="Ida Haugland <ida.haugland@nordlicht-esports.example>",
           date="Fri, 31 Oct 2025 12:02:47 +0100", cte="8bit")
    return m, C, "mixed", "insurer-to-company", "company policy addendum with named contacts and premium"


@mail
def m095():
    body = """Hi Aidan,

zu deiner Frage wegen Elias Voß (Nordlicht, international health cover
IK 64-007712): der Teamarzt hat uns heute das Attest geschickt.

Diagnosis: generalised anxiety disorder (F41.1) with panic attacks, first
occurrence on stage at the Copenhagen LAN in September. He is in
outpatient psychotherapy since 8 October (weekly, 25 sessions requested),
plus sertraline 50 mg started by a psychiatrist in Hamburg.

Team hat ihn bis Ende Dezember vom Spielbetrieb freigestellt. Die Kosten
der Psychotherapie laufen über unseren Tarif (Vorleistung bis 30 Sitzungen,
danach Gutachterverfahren). The club asked whether they can get a
"fit to play" report from us for the league - my answer would be no, we
don't issue that, and we won't share anything with the club without his
written consent.

Can you confirm before I reply to Jesper?

Danke
Lena
"""
    m = mk(95, "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Aidan Rourke <a.rourke@lindenhof-versicherung.example>",
           "Voß / IK 64-007712 - Attest und Anfrage des Teams",
           body, date="Mon, 03 Nov 2025 16:26:18 +0100", cte="8bit")
    return m, S, "mixed", "internal", "named esports player: anxiety disorder F41.1, psychotherapy, sertraline"


@mail
def m096():
    body = """Hallo Team,

anbei der Entwurf für das Kapitel "Unfallgeschehen im Vereinssport" im
Jahresbericht an den Sportbund. Alles aggregiert über alle Vereine;
Sportarten mit weniger als 5 Fällen pro Verletzungsart habe ich unter
"übrige Sportarten" zusammengefasst, damit man keine einzelnen Vereine oder
Personen erkennen kann (z. B. der Fall im Rhönradturnen ist jetzt unter
"übrige Turnsportarten").

Bitte bis 7.11. gegenlesen.

Katrin
"""
    rows = [
        ["Unfallgeschehen im Vereinssport 2024 (Sportbund Weserbergland)"],
        ["Sportart", "gemeldete Unfälle", "davon Knie", "davon Kopf", "davon Frakturen", "Leistung EUR"],
        ["Fußball", 1184, 356, 71, 240, 2471900],
        ["Handball", 402, 131, 22, 88, 903400],
        ["Turnen", 211, 38, 14, 61, 311700],
        ["Reiten", 96, 9, 17, 41, 688200],
        ["Leichtathletik", 88, 21, "<5", 12, 104300],
        ["Volleyball", 77, 19, "<5", 9, 81900],
        ["übrige Turnsportarten", 24, "<5", "<5", 6, 29800],
        ["übrige Sportarten", 143, 28, 9, 31, 266100],
        ["gesamt", 2225, 602, 141, 488, 4857300],
    ]
    m = mk(96, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Team Vereinsservice <vereinsservice@lindenhof-versicherung.example>",
           "Entwurf Jahresbericht Sportbund - Unfallgeschehen 2024",
           body, date="Thu, 30 Oct 2025 17:08:54 +0100",
           atts=[("Jahresbericht_Unfallgeschehen_2024_Entwurf.xlsx", MT_XLSX,
                  xlsx(rows, "Unfallgeschehen"))])
    return m, N, "de", "internal", "trap: aggregated accident statistics with small cells merged"


@mail
def m097():
    body = """Dear Mr Hargreaves,

thank you for reporting the incident on the 7th hole of the Golfclub
Schloss Hämelschenburg course.

Policyholder:   Geoffrey Hargreaves, Am Golfplatz 6, 31860 Emmerthal
Policy:         PH 30-239018 (private liability incl. golf)
Claim ref.:     HS-2025-043627
Third party:    Ms Renate Kowalczyk, owner of the car HM-RK 55

Your tee shot on 11 October was sliced over the boundary net and hit the
windscreen of Ms Kowalczyk's car parked in the public lay-by next to the
course. Nobody was in or near the car.

Golf balls leaving the course are a classic liability case. We will
contact Ms Kowalczyk directly and pay the windscreen replacement
(estimate EUR 1,120) without a deductible, as your policy has none for
damage to third-party property.

Kind regards
Sabine Kühnel
Liability Claims
"""
    m = mk(97, "Sabine Kühnel <s.kuehnel@lindenhof-versicherung.example>",
           "Geoffrey Hargreaves <g.hargreaves@britmail.example>",
           "Your liability claim HS-2025-043627 (golf ball / windscreen)",
           body, date="Wed, 15 Oct 2025 11:11:39 +0200")
    return m, C, "en", "insurer-to-customer", "named policyholder, address, liability claim, third party's plate, nobody hurt"


@mail
def m098():
    body = """Sehr geehrte Frau Dr. Fassbender,

zu Ihrer Frage nach dem Verlauf bei unserem Patienten Herrn Bernd Kahle
(geb. 10.05.1962), Ihr Zeichen SU-2025-012770:

Herr Kahle wurde am 02.06.2025 auf dem Golfplatz von einem Golfball am
rechten Auge getroffen. Diagnosen: Contusio bulbi rechts mit Hyphäma,
traumatische Mydriasis, Netzhautödem (Berlin-Ödem), im Verlauf
Aderhautruptur am hinteren Pol (S05.1, H31.3).

Verlauf: Hyphäma nach 10 Tagen resorbiert, Netzhautödem rückläufig.
Die Aderhautruptur verläuft jedoch durch die Makula. Aktueller Visus
(02.10.2025): rechts 0,1 (vorher 1,0), links 1,0 cc. Ein Endzustand ist aus
unserer Sicht erreicht; eine weitere Besserung erwarten wir nicht.

Nach den Richtlinien der Augenärztlichen Gutachtenpraxis entspricht ein
Visus von 0,1 bei vollem Visus des anderen Auges einer Minderung der
Sehschärfe von 0,9; nach Ihrer Gliedertaxe (Verlust der Sehkraft eines
Auges 50 %) würde ich einen Invaliditätsgrad von 45 % vorschlagen.

Mit freundlichen Grüßen
Prof. Dr. med. Annette Kurzweil
Augenklinik am Maschsee
"""
    wrap = """Jonas, das Gutachten Kahle ist da, aus meiner Sicht gut begründet, 45 % sind
plausibel. Bitte Leistung vorbereiten. Ulrike

-------- Original-Nachricht --------
Von: Prof. Dr. Annette Kurzweil <sekretariat@augenklinik-maschsee.example>
Datum: 13.10.2025 15:20
An: Dr. Ulrike Fassbender <u.fassbender@lindenhof-versicherung.example>

""" + body
    m = mk(98, "Dr. Ulrike Fassbender <u.fassbender@lindenhof-versicherung.example>",
           "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "WG: Gutachten Kahle SU-2025-012770",
           wrap, date="Tue, 14 Oct 2025 08:17:02 +0200")
    return m, S, "de", "doctor", "eye specialist's report on named golfer: choroidal rupture, visual acuity, invalidity"


@mail
def m099():
    body = """Hi team,

a few practical things for next week:

- Jens is out Monday to Wednesday, Mehmet covers his UW inbox.
- Wir feiern am Donnerstag Aidans fünfjähriges Jubiläum - Kuchen um 15 Uhr
  in der Teeküche, 3. OG. Please sign the card on my desk, but don't tell him!
- The client visit at Weser Baskets moved to 12 November, 10:00.
  Parking at the arena, visitor passes are at reception.
- Bitte tragt eure Urlaubstage für Dezember bis Freitag ins Teams-Kalender
  ein, sonst kann ich die Vertretung nicht planen.

Thanks!
Sandra
"""
    m = mk(99, "Sandra Weihe <s.weihe@lindenhof-versicherung.example>",
           "Athlete Risk Team <athlete-risk@lindenhof-versicherung.example>",
           "Next week: absences, cake, Weser Baskets visit",
           body, date="Fri, 07 Nov 2025 13:30:00 +0100", cte="8bit")
    return m, N, "mixed", "internal", "trap: organisational mail naming colleagues (absence without reason, anniversary)"


@mail
def m100():
    body = """Dear Mr Andersson,

following your call, I can confirm the claim on your motor policy.

Policyholder:   Mikkel Andersson, Weserstadt (address on file)
Policy:         KF 08-772015 (private car, fully comprehensive)
Vehicle:        Porsche Macan, registration WS-MA 10
Claim ref.:     SK-2025-061908
Date of loss:   25 October 2025, approx. 23:10, car park of the training
                ground, FC Hansa Weserstadt

You reported that when reversing out of your space you hit the side of a
team-mate's car (Audi RS3, WS-TF 17, Mr Tomás Ferreira). Nobody was in
either car, nobody was hurt.

Your policy covers the damage to Mr Ferreira's car under motor liability
and your own car under comprehensive (deductible EUR 1,000). Your no-claims
class will be downgraded from SF 9 to SF 4 for liability unless you decide
to reimburse us the liability payment yourself - we will tell you the
amount once the repair is settled.

Kind regards
Dirk Pohlmann
Motor Claims
"""
    m = mk(100, "Dirk Pohlmann <d.pohlmann@lindenhof-versicherung.example>",
           "Mikkel Andersson <m.andersson@proplayer-mail.example>",
           "Motor claim SK-2025-061908 - training ground car park",
           body, cc="Rachel Benning <r.benning@stellar-sports.example>",
           date="Tue, 28 Oct 2025 09:44:21 +0100")
    return m, C, "en", "insurer-to-customer", "named footballer's motor claim: plates, no-claims class, nobody hurt"


@mail
def m101():
    body = """Dear Mr Rourke,

Re: Mr Stefan Lukić - Sports Disability policy SI 60-002904 - your
letter of 2 October 2025

We act for Mr Lukić, the former centre-back of SC Ellerbrook 04, and refer
to your rejection of his claim for the career-ending injury benefit of
EUR 900,000.

Your rejection relies on the opinion of your expert, Dr. Reimers, that
our client's left knee condition (post-traumatic osteoarthritis after
ACL reconstruction 2019 and partial meniscectomy 2023, Kellgren-Lawrence
grade III) would permit a return to professional football "at a lower
level". The policy, however, defines permanent disability as the inability
to play football at the professional level at which the insured played at
inception, i.e. 3. Liga. Our client has undergone three further
arthroscopies since January 2025 and has been advised by two independent
orthopaedic surgeons (reports of Prof. Engel and Dr. Haider enclosed) to
stop playing contact sport altogether.

We further dispute that the "pre-existing condition" exclusion applies.
The 2019 ACL injury was disclosed in the proposal form and accepted by
your underwriters without exclusion.

We invite you to reconsider your decision within 21 days, failing which
our client will issue proceedings before the Landgericht Hannover.

Yours sincerely
James Okonkwo-Meyer
Partner, Okonkwo-Meyer Sports Law
"""
    m = mk(101, "James Okonkwo-Meyer <j.okonkwo-meyer@om-sportslaw.example>",
           "Aidan Rourke <a.rourke@lindenhof-versicherung.example>",
           "Lukić ./. Lindenhof - SI 60-002904 - rejection of claim",
           body, date="Thu, 23 Oct 2025 17:45:02 +0200")
    return m, S, "en", "lawyer", "lawyer disputes named player's career-ending knee claim: osteoarthritis, surgeries"


@mail
def m102():
    body = """Hallo zusammen,

anbei die Folien für die Einarbeitung der neuen Kolleginnen am
Donnerstag ("Invalidität und Gliedertaxe in 45 Minuten"). Die
Rechenbeispiele sind erfunden bzw. aus alten Fällen so verfremdet, dass
niemand erkennbar ist (keine Namen, Alter nur gerundet, Sportart
geändert).

Gruß
Jonas
"""
    lines = [
        "Invalidität und Gliedertaxe in 45 Minuten - Einarbeitung Leistung Sportunfall",
        "",
        "Folie 3 - Gliedertaxe (Auszug, Standardbedingungen)",
        "  Arm 70 % | Arm bis oberhalb Ellenbogen 65 % | Hand 55 % | Daumen 20 % | Zeigefinger 10 %",
        "  Bein über Mitte Oberschenkel 70 % | bis unterhalb Knie 50 % | Fuß 40 % | große Zehe 5 %",
        "  Auge 50 % | Gehör eines Ohres 30 % | Geruch 10 % | Geschmack 5 %",
        "",
        "Folie 5 - Rechenbeispiel A (fiktiv)",
        "  Spielerin A., ca. 30 J., Handball: Kreuzbandriss, nach 1 Jahr 2/10 Beinwert",
        "  Beinwert bis unterhalb Knie 50 % x 2/10 = 10 % Invalidität",
        "  Invaliditätssumme 100.000 EUR -> 10.000 EUR (keine Progression unter 25 %)",
        "",
        "Folie 6 - Rechenbeispiel B (fiktiv)",
        "  Spieler B., ca. 45 J., Tennis: Schulterverletzung, 3/10 Armwert, Mitwirkung 30 %",
        "  70 % x 3/10 = 21 %, abzgl. 30 % Mitwirkung = 14,7 %",
        "",
        "Folie 8 - Fristen",
        "  Invalidität innerhalb 15 Monaten eingetreten, ärztlich festgestellt und geltend gemacht",
        "  Neubemessung bis 3 Jahre nach Unfall (Kinder: 5 Jahre)",
        "",
        "Folie 9 - Häufige Fehler",
        "  Bandscheibe und Bauchbruch sind keine Unfallfolgen (Ausschluss)",
        "  Gehirnerschütterung ohne Dauerschaden: keine Invalidität, aber KH-Tagegeld prüfen",
    ]
    m = mk(102, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Leistung Sportunfall <leistung-sportunfall@lindenhof-versicherung.example>",
           "Folien Einarbeitung Gliedertaxe",
           body, date="Tue, 04 Nov 2025 16:10:20 +0100",
           atts=[("Einarbeitung_Gliedertaxe.pdf", "application/pdf",
                  pdf(lines, "Einarbeitung Gliedertaxe"))])
    return m, N, "de", "internal", "trap: training slides with fictitious, anonymised injury examples"


@mail
def m103():
    body = """Sehr geehrter Herr Thielemann,

vielen Dank für Ihren Antrag. Ihre Jolle ist ab sofort versichert.

Versicherungsnehmer: Arne Thielemann, geb. 18.08.1976,
  Seestraße 3, 31535 Neustadt am Rübenberge
Vertrag: Wassersport-Haftpflicht + Teilkasko, Nr. WS 17-022408
Boot: Jolle „Möwe III“, Segel-Nr. GER 1432, Baujahr 2011,
  Liegeplatz Segelclub Steinhuder Meer e.V., Steg B
Versicherungswert: 7.500 EUR
Jahresbeitrag: 148,60 EUR, Abbuchung jährlich zum 01.11.
Konto: DE18 4306 0967 1156 3082 00 (Kontoinhaber A. Thielemann)

Bitte beachten Sie: Regatten sind eingeschlossen; für das Winterlager in
der Halle des Vereins gilt ebenfalls Versicherungsschutz.

Mit freundlichen Grüßen
Ihr Kundenservice Freizeit
Lindenhof Versicherung AG
"""
    m = mk(103, "Kundenservice Freizeit <freizeit@lindenhof-versicherung.example>",
           "Arne Thielemann <arne.thielemann@seepost.example>",
           "Policierung Wassersport WS 17-022408",
           body, date="Wed, 29 Oct 2025 11:20:00 +0100")
    return m, C, "de", "insurer-to-customer", "named policyholder, birth date, address, IBAN, boat policy"


@mail
def m104():
    text = """ON THE WATER - Lindenhof newsletter for sailing and rowing clubs

"Duck!" - how to prevent boom injuries

The boom is the most common cause of head injuries in dinghy and keelboat
sailing. In our claims from sailing clubs over the last three seasons,
roughly one in five accident claims involved a blow from the boom during
an unplanned gybe - from bruises and cuts to concussions.

Five habits that help:
1. Call every manoeuvre loudly, especially with guests on board.
2. Rig a preventer when sailing downwind in waves.
3. Guests sit forward of the mainsheet, not in the swing zone.
4. Helmets for youth training on dinghies - many clubs now make them
   compulsory for under-14s.
5. After any blow to the head: no more sailing that day, and watch for
   headache, nausea or confusion.

Club safety officers can order free "Duck!" stickers for club boats at
https://www.lindenhof-versicherung.example/wassersport

Fair winds,
Your Lindenhof water sports team
"""
    m = mk(104, "Lindenhof Water Sports <newsletter@news.lindenhof-versicherung.example>",
           "clubs-watersports@news.lindenhof-versicherung.example",
           "ON THE WATER: boom injuries and how to prevent them",
           text, date="Wed, 08 Oct 2025 07:30:00 +0200", cte="7bit")
    return m, N, "en", "newsletter", "trap: sailing safety newsletter on head injuries, aggregate claims only"


@mail
def m105():
    body = """Liebe Segelfreunde,

anbei die Ausschreibung und der Meldebogen für unsere Herbstregatta.
Wir würden uns freuen, wenn auch in diesem Jahr wieder viele Boote aus den
Nachbarvereinen dabei sind!

Mast- und Schotbruch
Birgit Harms
Sportwartin Segelclub Steinhuder Meer e.V.

------------------------------------------------------------
AUSSCHREIBUNG - 42. Herbstregatta Steinhuder Meer
Samstag/Sonntag, 11./12. Oktober 2025

Klassen: Jollen (Yardstick), Optimist, Laser/ILCA
Wettfahrten: bis zu 6, erste Startmöglichkeit Sa 11:00 Uhr
Meldeschluss: 06.10.2025, Meldegeld 25 EUR (Optimist 10 EUR)
Regeln: Wettfahrtregeln Segeln 2025-2028
Versicherung: Jedes teilnehmende Boot muss eine gültige Haftpflicht-
versicherung mit einer Deckungssumme von mind. 3 Mio. EUR haben.
Sicherheit: Schwimmwestenpflicht für alle Teilnehmenden unter 18 Jahren
und bei Windstärken ab 5 Bft für alle. Zwei Motorboote und ein
Rettungsschwimmer der DLRG-Ortsgruppe sind auf dem Wasser.
Haftungsausschluss: Die Teilnahme erfolgt auf eigene Gefahr.
Abendprogramm Samstag: Grillen am Clubhaus.
------------------------------------------------------------
"""
    wrap = """Zur Info: Segelclub Steinhuder Meer fragt, ob die 3 Mio. Mindestdeckung
für Gastboote aus unserer WS-Tarifen reicht -> ja, Standard ist 5 Mio.
Habe ich beantwortet. Gruß, Kundenservice Freizeit (M. Lorenz)

""" + body
    m = mk(105, "Kundenservice Freizeit <freizeit@lindenhof-versicherung.example>",
           "Produktmanagement Freizeit <pm-freizeit@lindenhof-versicherung.example>",
           "WG: Ausschreibung Herbstregatta 2025",
           wrap, date="Mon, 29 Sep 2025 14:45:00 +0200")
    return m, N, "de", "internal", "trap: regatta announcement with safety and insurance rules, no person"


@mail
def m106():
    body = """Hallo Herr Novák,

vielen Dank für die Meldung der Mitgliederzahlen. Leider hängt an Ihrer
Mail nicht nur die Bestandsmeldung, sondern offenbar auch Ihre
Lastschriftdatei für die Mitgliedsbeiträge mit den Kontodaten Ihrer
Mitglieder (Datei "Beitragseinzug_Q4.csv").

Wir benötigen diese Daten nicht und haben die Datei in unserem System
nicht gespeichert; die Mail selbst muss ich aus Nachweisgründen in die
Vertragsakte nehmen und schicke sie Ihnen daher zurück, damit Sie wissen,
was übermittelt wurde. Bitte prüfen Sie mit Ihrem Vorstand, ob eine
Meldung an den Datenschutzbeauftragten des Vereins nötig ist.

Für die Beitragsberechnung brauchen wir nur die Zahl der Mitglieder nach
Altersgruppen – die haben wir: 318 Erwachsene, 141 Jugendliche.

Viele Grüße
Katrin Oberländer
Vereinsservice Sportversicherung
"""
    csvtxt = """Mitglied;Name;Vorname;Kontoinhaber;IBAN;Beitrag Q4;Mandatsreferenz
1004;Dvorak;Tomas;Tomas Dvorak;DE82251520000038190256;36,00;SLV-1004
1011;Hesse;Birgit;Birgit Hesse;DE65254621600223987004;36,00;SLV-1011
1017;Kowalczyk;Jan;Ewa Kowalczyk;DE66380601860427711500;18,00;SLV-1017
1023;Nováková;Lenka;Lenka Nováková;DE83120300000018877361;36,00;SLV-1023
1029;Römer;Felix;Jutta Römer;DE25860555920100442871;18,00;SLV-1029
1035;Svoboda;Petr;Petr Svoboda;DE47254501100312887451;36,00;SLV-1035
"""
    m = mk(106, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Pavel Novak <kassenwart@slavia-hildesheim.example>",
           "Ihre Bestandsmeldung - versehentlich mitgeschickte Lastschriftdatei",
           body, date="Thu, 06 Nov 2025 10:31:15 +0100",
           atts=[("Beitragseinzug_Q4.csv", "application/vnd.ms-excel",
                  csvtxt.replace("\n", "\r\n").encode("cp1252"))])
    return m, C, "de", "club", "attachment-only CSV (windows-1252): members' names and IBANs"


@mail
def m107():
    body = """Dear Ms Achterberg,

thank you for the detailed report from the Para athletics meeting in
Leverkusen and for the statements of both athletes.

Insured persons under the club's framework contract (TuS Rheindahlen 1910
e.V., Para athletics section, SV 22-109953):
- Johanna Achterberg, born 12 December 1999, sport class T11 (blind),
  1,500 m runner
- her guide runner, Moritz Kessel, born 3 April 1996

Incident on 27 September 2025: in lane 2 at approx. 1,200 m the tether
slipped from the guide's hand when another pair moved in; Ms Achterberg
fell and hit the kerb of the track.

Injuries reported:
- Ms Achterberg: fracture of the left distal radius (S52.5), treated with a
  cast for 6 weeks; contusion of the left knee
- Mr Kessel: abrasions and a sprained right ankle, no treatment beyond
  first aid

Benefits: fracture benefit EUR 500 for Ms Achterberg; please send the
orthopaedic report at the end of the cast period. Mr Kessel's injuries
do not reach the threshold for a benefit under the framework contract.

We also noted that the guide runner is insured through your section as an
active member - that's correct and important. Guides who are not club
members need separate event cover; we're happy to advise.

Kind regards
Katrin Oberländer
Club Services / Sports Accident
"""
    m = mk(107, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Johanna Achterberg <j.achterberg@para-lauf.example>",
           "Your accident on 27 September - TuS Rheindahlen Para athletics",
           body, cc="Para athletics section <para@tus-rheindahlen.example>",
           date="Fri, 17 Oct 2025 13:38:11 +0200")
    return m, S, "en", "insurer-to-customer", "blind Para athlete's disability class and radius fracture, birth dates"


@mail
def m108():
    body = """Hello everyone,

the Weser Para Athletics Open on 17-18 May 2026 is looking for
volunteers - and because several of our partner clubs asked us to share
this: here's the call.

We need:
- 40 guides and escorts for athletes with visual impairments (short
  briefing on Friday evening, no experience needed)
- call room and lane judges (athletics officials' licence helpful)
- 12 drivers for the shuttle vans (driving licence class B, vans are
  accessible)
- helpers at the classification desk (admin only - the medical
  classification is done by the classifiers)

All volunteers are covered by the organiser's event accident and liability
insurance. Meals and a volunteer shirt are provided.

Sign up: https://volunteers.weser-para-open.example

Thanks!
Tobias Ahrens
Sponsorship, Lindenhof Versicherung
"""
    m = mk(108, "Tobias Ahrens <t.ahrens@lindenhof-versicherung.example>",
           "Partner clubs <partnervereine@lindenhof-versicherung.example>",
           "Volunteers wanted: Weser Para Athletics Open 2026",
           body, date="Mon, 10 Nov 2025 09:15:00 +0100", cte="7bit")
    return m, N, "en", "insurer-to-club", "trap: volunteer call for a Para athletics event, classification mentioned, no person"


@mail
def m109():
    body = """Dear Karin,

as discussed, here is our facultative submission for the event liability
of the Bundesliga derby week festival. It exceeds our treaty capacity for
single events.

Insured:          Weserstadion Event & Hospitality GmbH
Contact:          Frank Terhorst, Head of Operations
Our policy:       VH 31-300052 (event liability, single event)
Event:            "Derby Fan Festival", 14-16 May 2026, stadium forecourt
                  and river meadows, Weserstadt
Expected visitors: 45,000 per day, peak 18,000 simultaneously
Limit required:   EUR 30m per occurrence
Our retention:    EUR 5m; facultative share requested 100 % of EUR 25m xs 5m
Premium (100 %):  EUR 96,000

Risk features: temporary stands (certified), two stages with pyrotechnics
(licensed company), fan walk across the river bridge, crowd management
concept by the police and the city (attached), 4 first-aid stations with a
doctor on site.

Loss history of the insured (2021-2025): one claim, EUR 38k, spectator's
car damaged by a falling barrier, 2023.

Please let me know your line by 21 November.

Best regards
Aidan Rourke
Reinsurance & Portfolio, Lindenhof Versicherung AG
"""
    m = mk(109, "Aidan Rourke <a.rourke@lindenhof-versicherung.example>",
           "Karin Vestergaard <k.vestergaard@nordic-re.example>",
           "Facultative submission - Derby Fan Festival 2026 (VH 31-300052)",
           body, date="Wed, 12 Nov 2025 15:50:30 +0100")
    return m, C, "en", "insurer-to-partner", "reinsurance submission: company policyholder with named contact and policy"


@mail
def m110():
    body = """File note - underwriting decision
Applicant:   Dragan Milosavljević, born 21/01/1997, professional boxer
             (super middleweight), record 19-1-0
Product:     Sports Disability (career-ending), requested SI EUR 400,000
Ref.:        PS-UW-2025-0211

Medical evidence received:
- boxing licence medical 08/2025: normal neurological exam
- cranial MRI 08/2025: two small non-specific white-matter lesions,
  cavum septum pellucidum; radiologist recommends follow-up in 12 months
- history: KO loss 03/2024 with loss of consciousness approx. 40 s,
  hospitalised overnight; concussion in sparring 11/2024 (no LOC)
- right hand: boxer's fracture 5th metacarpal 2022, healed
- ophthalmology: normal

Assessment (medical adviser Dr. Fassbender, 29/10/2025): combination of
imaging findings and two concussions in 8 months = increased risk of
cumulative brain injury. Not insurable for head/brain injuries.

Decision: offer with exclusion of all disabilities resulting from head
and brain injuries, plus exclusion of the right hand for 12 months;
SI limited to EUR 250,000. Alternatively decline if the agent insists on
full cover.

M. Yıldırım, 30/10/2025
"""
    wrap = """Aidan, please sign off before I send the offer to the agent.
Note below, full file in the UW system.

Mehmet

""" + body
    m = mk(110, "Mehmet Yildirim <m.yildirim@lindenhof-versicherung.example>",
           "Aidan Rourke <a.rourke@lindenhof-versicherung.example>",
           "Sign-off needed: PS-UW-2025-0211 (boxer) - exclusion head/brain",
           wrap, date="Thu, 30 Oct 2025 10:02:48 +0100", cte="8bit")
    return m, S, "en", "internal", "underwriting note: named boxer's MRI findings, concussions, medical decision"


@mail
def m111():
    body = """Sehr geehrte Damen und Herren,

für die verschlüsselte Kommunikation mit dem Vereinsservice der Lindenhof
Versicherung AG übersenden wir Ihnen unser aktuelles S/MIME-Zertifikat
(öffentlicher Schlüssel). Bitte importieren Sie es in Ihr Mailprogramm;
das alte Zertifikat läuft am 30.11.2025 ab.

Inhaber: vereinsservice@lindenhof-versicherung.example
Gültig bis: 14.11.2027
SHA-256-Fingerabdruck:
 4C:7A:19:E2:0B:93:5D:A8:61:FF:2E:C4:90:3B:77:D1:
 08:6E:B5:29:CA:14:F3:52:9D:0A:E7:6B:33:C8:41:9F

Den privaten Schlüssel geben wir selbstverständlich nicht heraus. Bei
Fragen wenden Sie sich bitte an unser IT-Service-Center.

Mit freundlichen Grüßen
IT-Service Lindenhof Versicherung AG
"""
    pem = """-----BEGIN CERTIFICATE-----
MIIDqTCCApGgAwIBAgIUK9fX3aQm7Lz1nVb0yR2cT8eWq5EwDQYJKoZIhvcNAQEL
BQAwZDELMAkGA1UEBhMCREUxGzAZBgNVBAoMEkxpbmRlbmhvZiBWZXJzaWNoZXJ1
bmcxODA2BgNVBAMML3ZlcmVpbnNzZXJ2aWNlQGxpbmRlbmhvZi12ZXJzaWNoZXJ1
bmcuZXhhbXBsZTAeFw0yNTExMTQwMDAwMDBaFw0yNzExMTQwMDAwMDBaMGQxCzAJ
BgNVBAYTAkRFMRswGQYDVQQKDBJMaW5kZW5ob2YgVmVyc2ljaGVydW5nMTgwNgYD
VQQDDC92ZXJlaW5zc2VydmljZUBsaW5kZW5ob2YtdmVyc2ljaGVydW5nLmV4YW1w
bGUwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQDEXAMPLEONLYNOTAREAL
KEYq2Zb7mQ9vN4xT1aY8cR3pL6sW0dK5hJ2fG7eU1iO9nB4mV3tX8zQ6wA0yS5rE
-----END CERTIFICATE-----
""".replace("\n", "\r\n")
    m = mk(111, "IT-Service Lindenhof <it-service@lindenhof-versicherung.example>",
           "Geschäftsstelle SG Hastenbeck <kassenwart@sg-hastenbeck.example>",
           "Neues S/MIME-Zertifikat Vereinsservice",
           body, date="Fri, 14 Nov 2025 08:00:00 +0100",
           atts=[("vereinsservice_lindenhof_2027.pem", "application/x-pem-file",
                  pem.encode("ascii"))])
    return m, N, "de", "insurer-to-club", "trap: certificate mail with public key file, no personal data"


@mail
def m112():
    body = """Sehr geehrte Frau Albrecht-Neumann,

vielen Dank für die Umsatzmeldung. Wir haben den Beitrag für Ihre
Tanzschule neu berechnet.

Versicherungsnehmerin: Ines Albrecht-Neumann, e.K., Tanzschule
  „Takt & Schritt“, Osterstraße 51, 31785 Hameln
Vertrag: Betriebshaftpflicht + Inhalt, Nr. BH 70-061182
Umsatz 2024 (gemeldet): 214.300 EUR (Vorjahr 176.800 EUR)
Neuer Jahresbeitrag ab 01.01.2026: 1.486,20 EUR inkl. VersSt
  (bisher 1.228,50 EUR)

Die Erhöhung ergibt sich ausschließlich aus dem gestiegenen Umsatz. Da Sie
jetzt auch Kindertanzen in zwei Grundschulen anbieten, haben wir
„Tätigkeiten in fremden Räumen“ kostenfrei eingeschlossen.

Mit freundlichen Grüßen
Nina Hoffstetter
Gewerbekunden Fitness & Freizeit
"""
    m = mk(112, "Nina Hoffstetter <n.hoffstetter@lindenhof-versicherung.example>",
           "Ines Albrecht-Neumann <info@takt-und-schritt.example>",
           "Beitragsneuberechnung BH 70-061182",
           body, date="Tue, 11 Nov 2025 14:14:14 +0100")
    return m, C, "de", "insurer-to-customer", "sole trader (e.K.): turnover, address, policy and premium"


@mail
def m113():
    body = """Sehr geehrte Frau Kirsch,

anbei unsere Leistungsabrechnung zu Ihrem Unfall beim Tanzturnier.
Aus Datenschutzgründen steht der Inhalt nur im Anhang.

Mit freundlichen Grüßen
Jonas Brettschneider
Leistung Sportunfall
Lindenhof Versicherung AG
"""
    paras = [
        "Lindenhof Versicherung AG · Leistung Sportunfall · 30159 Hannover",
        "Frau Lara Kirsch, Bürgerstraße 12, 37073 Göttingen",
        "Hannover, 05.11.2025",
        "Leistungsabrechnung – Schaden-Nr. SU-2025-019402 – Vertrag UV 48-760331",
        "Versicherte Person: Lara Kirsch, geb. 07.02.2000",
        "Unfall: 20.09.2025, Landesmeisterschaft Standard, Vorrunde Quickstep,"
        " Umknicken beim Chassé nach Kollision mit einem anderen Paar.",
        "Diagnose laut Bericht Dr. Kirchhoff: Ruptur des Lig. fibulotalare anterius und"
        " Teilruptur des Lig. fibulocalcaneare links (S93.2), Versorgung mit Orthese für 6 Wochen,"
        " anschließend Physiotherapie (10x KG).",
        "Leistung\tGrundlage\tBetrag",
        "Heilkosten-Zuschuss\tOrthese, Eigenanteil lt. Beleg\t85,00 EUR",
        "Tagegeld\tnicht versichert\t0,00 EUR",
        "Sofortleistung Bänderriss\tTarif Aktiv Plus\t300,00 EUR",
        "Summe\t\t385,00 EUR",
        "Eine Invaliditätsleistung kommt nach dem Bericht derzeit nicht in Betracht;"
        " bei anhaltender Instabilität melden Sie sich bitte innerhalb der 15-Monats-Frist.",
        "Die Zahlung erfolgt auf das bekannte Konto.",
    ]
    m = mk(113, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Lara Kirsch <lara.kirsch@uni-post.example>",
           "Leistungsabrechnung SU-2025-019402",
           body, date="Wed, 05 Nov 2025 10:25:00 +0100",
           atts=[("Leistungsabrechnung_SU-2025-019402.odt", MT_ODT, odt(paras))])
    return m, S, "de", "insurer-to-customer", "attachment-only ODT: dancer's ligament rupture S93.2, birth date, benefit"


@mail
def m114():
    body = """Liebe Tanzsportfreunde,

herzliche Einladung zum 25. Hamelner Rattenfänger-Pokal!

Termin: Samstag, 29. November 2025, ab 10:00 Uhr
Ort: Rattenfängerhalle Hameln
Klassen: Kinder bis Senioren III, Standard und Latein, D- bis A-Klasse
Startgebühr: 12 EUR pro Paar und Turnier
Meldeschluss: 20.11.2025 über das Turnierportal des Landesverbands

Für die Sicherheit: Sanitätsdienst in der Halle, Erste-Hilfe-Raum neben dem
Aufwärmbereich, AED am Eingang. Bitte beachtet die Schuhregel (keine
Straßenschuhe auf der Fläche).

Abends Ball mit Showprogramm, Karten an der Abendkasse.

Den Termin gibt's anbei für den Kalender.

Beste Grüße
TSC Blau-Gold Hameln e.V., Turnierleitung
"""
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TSC Blau-Gold Hameln//Turnier//DE
BEGIN:VEVENT
UID:rattenfaenger-pokal-2025@tsc-blaugold-hameln.example
DTSTAMP:20251020T090000Z
DTSTART;TZID=Europe/Berlin:20251129T100000
DTEND;TZID=Europe/Berlin:20251129T230000
SUMMARY:25. Rattenfänger-Pokal Tanzsport
LOCATION:Rattenfängerhalle Hameln
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")
    wrap = """Kam über den Sponsoring-Verteiler, wir sind wieder mit Stand dabei.
Tobias

""" + body
    m = mk(114, "Tobias Ahrens <t.ahrens@lindenhof-versicherung.example>",
           "Sponsoring Team <sponsoring@lindenhof-versicherung.example>",
           "WG: Einladung Rattenfänger-Pokal 29.11.",
           wrap, date="Mon, 20 Oct 2025 12:12:12 +0200",
           atts=[("Rattenfaenger-Pokal_2025.ics", "text/calendar", ics, "utf-8")])
    return m, N, "de", "internal", "trap: dance tournament invitation with first aid and AED, calendar file"


@mail
def m115():
    body = """Dear Mr van der Berg,

I am sorry to hear that the outboard motor was stolen from your boat at
the angling club's jetty.

Policyholder:   Pieter van der Berg, Dorpsstraat 88, 7131 Lichtenvoorde (NL)
Policy:         WS 17-023615 (small boat, partial cover incl. theft)
Boat:           aluminium angling boat, berth no. 14,
                Angelsportverein Weserfischer Rinteln e.V.
Claim ref.:     SA-2025-071520
Item:           outboard motor 9.9 hp, bought 2021 for EUR 2,450

Theft of an outboard motor is only covered if it was secured with a
motor lock. The club's chairman confirmed that you had one, and the
police report (Rinteln, 19 October) mentions a cut lock. So we will pay
the current value (EUR 1,690) less your excess of EUR 150.

Please send us your bank details; as you live in the Netherlands, an NL
IBAN is fine.

Kind regards
Dirk Pohlmann
Property Claims
"""
    m = mk(115, "Dirk Pohlmann <d.pohlmann@lindenhof-versicherung.example>",
           "Pieter van der Berg <p.vdberg@hengelpost.example>",
           "Stolen outboard motor - claim SA-2025-071520",
           body, date="Fri, 24 Oct 2025 10:48:19 +0200")
    return m, C, "en", "insurer-to-customer", "named policyholder, home address, boat policy and theft claim"


@mail
def m116():
    body = """Sehr geehrte Frau Jansen,

wie besprochen anbei unsere Preisliste für 2026 für die
sportmedizinischen Untersuchungen im Rahmen Ihres Programms
"Sportcheck für Vereinsmitglieder" (Rahmenvertrag RV-2023-17).

Leistung                                            Preis 2025   Preis 2026
Sportmedizinische Basisuntersuchung (Anamnese,
  körperliche Untersuchung, Ruhe-EKG)                  89,00        95,00
Belastungs-EKG (Fahrrad- oder Laufband-Ergometrie)   65,00        69,00
Laktatleistungsdiagnostik                            120,00       125,00
Echokardiographie                                     98,00       104,00
Tauchtauglichkeitsuntersuchung inkl. Lungenfunktion  110,00       115,00
Spiroergometrie                                      160,00       165,00

Die Abrechnung erfolgt weiterhin monatlich als Sammelrechnung mit der
Anzahl der Untersuchungen je Leistungsziffer; Namen der Untersuchten
übermitteln wir wie vereinbart nicht an Sie.

Mit freundlichen Grüßen
Dr. med. Thorsten Behm
Sportmedizinisches Zentrum Leinetal MVZ GmbH
"""
    wrap = """Hallo Carsten, Preisliste des MVZ für 2026, bitte in den Rahmenvertrag
einpflegen. Erhöhung ~5 %, ist ok. Gruß Petra

""" + body
    m = mk(116, "Petra Jansen <p.jansen@lindenhof-versicherung.example>",
           "Carsten Meier <c.meier@lindenhof-versicherung.example>",
           "WG: Preisliste 2026 Sportcheck",
           wrap, date="Tue, 04 Nov 2025 09:20:31 +0100")
    return m, N, "de", "company", "trap: supplier price list for sports-medical examinations, no patients"


@mail
def m117():
    html = """<html><body style="font-family:Georgia,serif">
<p>Sehr geehrte Kolleginnen und Kollegen,</p>
<p>die Bezirksstelle Hannover lädt gemeinsam mit der Lindenhof Versicherung ein zur
Fortbildung</p>
<h3>Plötzlicher Herztod im Sport – erkennen, vorbeugen, handeln</h3>
<table cellpadding="4">
<tr><td><b>Termin</b></td><td>Mittwoch, 19. November 2025, 18:00–20:30 Uhr</td></tr>
<tr><td><b>Ort</b></td><td>Tagungszentrum Am Lindenhof 12, Hannover, Saal Weser</td></tr>
<tr><td><b>Referenten</b></td><td>Prof. Dr. Matthias Ebeling (Kardiologie) – Screening bei Leistungssportlern;<br>
Dr. Silke Arnold (Sportmedizin) – Herzsport und Belastungssteuerung;<br>
Notfallsanitäter Jens Kolbe – AED im Verein: was Laien können müssen</td></tr>
<tr><td><b>Punkte</b></td><td>3 Fortbildungspunkte (beantragt)</td></tr>
</table>
<p>Themen: Kardiomyopathien, Myokarditis nach Infekt, Commotio cordis, Ruhe-EKG-Screening,
Rückkehr zum Sport nach Herzerkrankung.</p>
<p>Anmeldung bis 12.11. an <a href="mailto:fortbildung@bezirksstelle-hannover.example">fortbildung@bezirksstelle-hannover.example</a></p>
</body></html>"""
    m = mk(117, "Dr. Ulrike Fassbender <u.fassbender@lindenhof-versicherung.example>",
           "Ärzteverteiler Kooperationspraxen <kooperationsaerzte@lindenhof-versicherung.example>",
           "Einladung Fortbildung: Plötzlicher Herztod im Sport (19.11.)",
           html=html, html_only=True, date="Thu, 23 Oct 2025 16:00:00 +0200")
    return m, N, "de", "insurer-to-doctor", "trap: HTML-only CME invitation on sudden cardiac death, speakers named only"


@mail
def m118():
    body = """Dear Ms Nakamura,

thank you for your call this morning. I've opened a claim under your
property policy for the damage to the lead wall.

Policyholder:   Summit Boulder & Climb GmbH, contact: Yuki Nakamura
                (managing director)
Policy:         GI 73-420117 (contents incl. climbing walls, electronics)
Claim ref.:     SA-2025-071884
Date of loss:   3 November 2025, discovered at opening

According to your description, a water pipe in the ceiling burst during
the night and water ran down the 15 m lead wall; several wall panels
(plywood, coated) have swelled and the T-nuts are loose in about
40 places. You have closed the wall section for safety. No customers or
staff were hurt.

An expert from our list (Kletterwand-Sachverständigenbüro Hellweg)
will contact you within 48 hours. Please keep the damaged panels and
take photos of the wall before any repair.

Business interruption: your policy includes BI for 12 months; please keep
a record of cancelled courses and day-pass revenue compared with last year.

Kind regards
Nina Hoffstetter
Commercial Lines | Fitness, Leisure & Esports
"""
    m = mk(118, "Nina Hoffstetter <n.hoffstetter@lindenhof-versicherung.example>",
           "Yuki Nakamura <y.nakamura@summit-climb.example>",
           "Claim SA-2025-071884 - water damage lead wall",
           body, date="Mon, 03 Nov 2025 14:37:00 +0100")
    return m, C, "en", "insurer-to-company", "company policy and claim with named managing director, nobody hurt"


@mail
def m119():
    body = """Hi,

I'm a member of Summit Boulder & Climb and I have your accident insurance
(policy UV 48-771950, I think). On Saturday 1 November I fell about 4 m
from the top of a boulder problem and landed on the edge of the mat with
both feet.

At the emergency department of the Vinzenzkrankenhaus they found a
fracture of my left heel bone (calcaneus, joint involved, Sanders type II)
and a compression fracture of the L1 vertebra, stable. I'm getting
surgery on the heel on Thursday once the swelling goes down. The spine is
treated with a brace.

I'll be off work for at least 3 months (I'm a carpenter, so I can't do
anything on my feet). Do I need to send you anything now? Is there a
daily benefit in my policy? I'm also worried about the climbing gym -
my friend says the mats were pushed apart and I should claim against
them. Can you advise?

Thanks,
Liam O'Sullivan
Born 9 September 1992, Lister Meile 70, Hannover
"""
    wrap = """Jonas, customer mail from the general inbox, English speaker. Please take
over. He also asks about a claim against the gym (our customer as well,
GI 73-420117) - please check conflict of interest with Nina.
-- Posteingang Sportunfall

""" + body
    m = mk(119, "Posteingang Sportunfall <sportunfall@lindenhof-versicherung.example>",
           "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "FW: accident climbing gym 1 Nov - what do I need to send?",
           wrap, date="Mon, 03 Nov 2025 08:12:44 +0100", cte="base64")
    return m, S, "en", "customer", "base64 body: climber's calcaneus and L1 fractures, surgery, birth date"


@mail
def m120():
    body = """Hi all,

as promised at the partner-gym meeting, here is our generic safety
checklist for bouldering and climbing gyms. Feel free to use and adapt it.
It's a template - please don't fill in incident details about customers in
this document; those go into your incident log.

DAILY
[ ] Mats: no gaps between mat segments, covers intact, no tripping edges
[ ] Holds: spot-check 20 holds per sector for rotation/looseness
[ ] Auto-belays: visual check, test descent, logbook entry
[ ] First-aid kit complete, cold packs in freezer, AED status light green

WEEKLY
[ ] Torque check of T-nuts in re-set sectors
[ ] Rope check (lead and top rope), retire after 12 months / fall count
[ ] Brief staff on new problems above 3.5 m

INCIDENT RESPONSE (general)
- Do not move a person after a fall from height with back or neck pain
- Call 112, note time, height of fall, landing, consciousness
- Preserve the scene (mats, holds) for the incident report

Best regards
Nina Hoffstetter
Lindenhof Versicherung - Commercial Lines
"""
    m = mk(120, "Nina Hoffstetter <n.hoffstetter@lindenhof-versicherung.example>",
           "Partner climbing gyms <partner-klettern@lindenhof-versicherung.example>",
           "Safety checklist for climbing gyms (template)",
           body, date="Wed, 05 Nov 2025 11:00:00 +0100", cte="7bit")
    return m, N, "en", "insurer-to-company", "trap: generic gym safety checklist with incident-response advice, no person"


@mail
def m121():
    body = """Hallo Mehmet, hallo Ulrike,

wir haben heute vom Landesverband Leichtathletik die Mitteilung
bekommen, dass gegen unseren Versicherten, Herrn Jannis Roolfs
(Sportinvalidität SI 60-004120, Sprint / 400 m Hürden, geb. 14.06.2001),
ein Verfahren wegen eines Verstoßes gegen Anti-Doping-Bestimmungen
eingeleitet wurde.

Fakten laut Schreiben des Verbands (liegt in der Akte):
- Trainingskontrolle am 02.09.2025, Urinprobe
- A-Probe: von der Norm abweichendes Analyseergebnis (AAF), Wirkstoff
  Clenbuterol, 0,6 ng/ml
- Der Athlet hat die Öffnung der B-Probe beantragt und beruft sich auf
  kontaminiertes Fleisch aus einem Trainingslager in Mexiko (Juli 2025)
- vorläufige Suspendierung seit 25.09.2025

Gleichzeitig hat Herr Roolfs am 11.10. eine Leistung aus der
Sportinvalidität beantragt: Achillessehnenruptur rechts beim Training am
03.10.2025 (OP am 05.10.).

Unsere Bedingungen (§ 5 Abs. 2 lit. f) schließen Leistungen aus, wenn
der Versicherte im Zeitpunkt des Versicherungsfalls wegen eines
Dopingverstoßes gesperrt ist. Eine vorläufige Suspendierung ist nach
meiner Lesart keine Sperre. Ich schlage vor: Leistungsprüfung normal weiter,
aber keine Zahlung, bis das Ergebnis der B-Probe vorliegt.

Ulrike, kannst du bitte den OP-Bericht anschauen? Clenbuterol und
Sehnenrupturen – gibt es da einen Zusammenhang, den wir kennen müssen?

Gruß
Jonas
"""
    m = mk(121, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Mehmet Yildirim <m.yildirim@lindenhof-versicherung.example>, Dr. Ulrike Fassbender <u.fassbender@lindenhof-versicherung.example>",
           "SI 60-004120 Roolfs - Dopingverfahren und Leistungsantrag",
           body, date="Tue, 14 Oct 2025 17:55:40 +0200", cte="8bit")
    return m, S, "de", "internal", "named athlete's adverse doping finding and Achilles rupture, birth date"


@mail
def m122():
    body = """Liebe Vereinsvertreterinnen und Vereinsvertreter,

„Sauber gewinnen“ – unter diesem Motto laden wir gemeinsam mit dem
Sportbund zu einem Workshop zur Dopingprävention im Nachwuchs- und
Breitensport ein.

Wann: Dienstag, 2. Dezember 2025, 18:30–21:00 Uhr
Wo: Sportbund-Haus, Seminarraum 1, und online

Inhalte:
- Was steht auf der Verbotsliste – und warum auch Nahrungsergänzungsmittel
  ein Risiko sind (Stichwort Kontamination)
- Medikamente im Alltag: Asthmaspray, Erkältungsmittel, ADHS-Medikamente –
  was müssen junge Athletinnen und Athleten wissen? Wie funktioniert eine
  Medizinische Ausnahmegenehmigung?
- Ablauf einer Dopingkontrolle: Rechte und Pflichten, Begleitung von
  Minderjährigen
- Rolle der Trainerinnen und Trainer

Referentin: eine Präventionsbeauftragte des Landesverbands Leichtathletik.
Teilnahme kostenlos, Anmeldung per Antwort bis 25.11.

Viele Grüße
Katrin Oberländer
Vereinsservice Sportversicherung
"""
    m = mk(122, "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "Vereinsvertreter Weserbergland <vereine@sportbund-weserbergland.example>",
           "Workshop Dopingprävention 02.12.",
           body, date="Mon, 10 Nov 2025 10:10:10 +0100")
    return m, N, "de", "insurer-to-club", "trap: anti-doping workshop invitation (medication, TUE), no athlete"


@mail
def m123():
    body = """Dear Mr Fletcher,

thank you for the photos. I've registered the damage to your car.

Policyholder:   Gareth Fletcher, Chairman, Hannover Rugby Club 1979 e.V.
                (private motor policy in your own name)
Policy:         KF 08-774406, VW Touran, registration H-GF 1979
Claim ref.:     SK-2025-062455
Date of loss:   8 November 2025, car park of the away ground in
                Bielefeld

You told us you were driving four players to the away match in your
private car, and while parked a rugby ball kicked during the warm-up hit
the rear window. The home club has accepted responsibility in writing.

Since another party is liable, we'll claim against the home club's
liability insurer directly; your comprehensive cover and your no-claims
discount aren't affected. If you want your car repaired quickly, we can
pay the windscreen company now (partial cover, deductible EUR 150) and
recover the money later - just let me know.

Regarding your question: using your private car for club trips is fine
under your policy. The passengers (your players) are covered under your
motor liability if anything happens on the road.

Kind regards
Dirk Pohlmann
Motor Claims
"""
    m = mk(123, "Dirk Pohlmann <d.pohlmann@lindenhof-versicherung.example>",
           "Gareth Fletcher <chairman@hannover-rugby.example>",
           "Your claim SK-2025-062455 - rear window / Bielefeld",
           body, date="Tue, 11 Nov 2025 09:27:35 +0100")
    return m, C, "en", "insurer-to-customer", "club chairman's private motor policy, plate, claim, nobody hurt"


@mail
def m124():
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Haase,</p>
<p>vielen Dank für die Meldung aus dem Trainingslager in Cambrils. Für die
Gruppen-Auslandsreisekrankenversicherung (Vertrag RK 77-230045, JSG Weserbogen U17)
haben wir folgende Behandlungen registriert:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>Spieler</th><th>geb.</th><th>Behandlung</th><th>Diagnose lt. Arztbericht</th><th>Kosten</th></tr>
<tr><td>Bastian Kuhl</td><td>03.02.2009</td><td>Centro Médico Cambrils, 15.10., ambulant</td><td>Akute Gastroenteritis (A09.0), Exsikkose, Infusion</td><td>380,00 EUR</td></tr>
<tr><td>Yannick Oltrogge</td><td>29.07.2008</td><td>Hospital Comarcal, 15.–17.10., stationär</td><td>Gastroenteritis mit Dehydratation, V. a. Salmonellen (A02.0)</td><td>2.940,00 EUR</td></tr>
<tr><td>Emil Fricke</td><td>11.11.2008</td><td>Centro Médico Cambrils, 16.10., ambulant</td><td>Gastroenteritis (A09.0)</td><td>210,00 EUR</td></tr>
</table>
<p>Die Kosten für Herrn Oltrogge rechnen wir direkt mit dem Krankenhaus ab. Die ambulanten
Rechnungen hat der Verein vorgestreckt; die Erstattung (590,00 EUR) geht an das Vereinskonto.</p>
<p>Da drei Jugendliche gleichzeitig erkrankt sind, bitten wir um Mitteilung, ob das Hotel bzw.
das Gesundheitsamt vor Ort informiert wurde. Eventuelle Regressansprüche gegen das Hotel
prüfen wir dann.</p>
<p>Mit freundlichen Grüßen<br>Lena Marquardt<br>Reise &amp; Freizeit – Schaden</p>
</body></html>"""
    m = mk(124, "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Martin Haase <jugendleitung@jsg-weserbogen.example>",
           "Trainingslager Cambrils - Behandlungen U17 (RK 77-230045)",
           html=html, html_only=True, date="Wed, 22 Oct 2025 13:05:50 +0200")
    return m, S, "de", "insurer-to-club", "HTML-only table: named minors, birth dates, gastroenteritis A09.0/A02.0, hospital"


@mail
def m125():
    body = """Liebe Eltern, liebe Spieler der U17,

hier die wichtigsten Infos für das Trainingslager in Cambrils
(12.–18.10.):

Abfahrt: So 12.10., 6:00 Uhr, Vereinsheim (Bus), Rückkehr Sa 18.10. abends
Unterkunft: Hotel in Strandnähe, Vollpension
Programm: 2 Trainingseinheiten täglich, Testspiel gegen eine
  katalanische Jugendmannschaft am Donnerstag, Ausflug nach Barcelona

Packliste:
- Personalausweis/Reisepass + Europäische Krankenversicherungskarte
  (Rückseite der Gesundheitskarte)
- Trainings- und Spielkleidung (Heim + Auswärts), Fußballschuhe (Nocken und
  Multinocken), Schienbeinschoner
- Sonnencreme, Kappe, Trinkflasche
- eigene Medikamente (bitte mit Einnahmeplan dem Betreuer geben, falls Hilfe
  nötig ist) – wichtige Infos zu Allergien o. Ä. bitte VORHER persönlich an
  Martin, NICHT in die WhatsApp-Gruppe

Der Verein hat für alle eine Gruppen-Auslandsreisekrankenversicherung
abgeschlossen.

Sportliche Grüße
Martin Haase (Jugendleiter) und das Trainerteam
"""
    wrap = """Zur Info, da wir den Reisekrankenvertrag für die Gruppe haben. Nichts zu tun.
Lena

""" + body
    m = mk(125, "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Reise-Service Lindenhof <reise-service@lindenhof-versicherung.example>",
           "WG: Infos Trainingslager Cambrils U17",
           wrap, date="Mon, 06 Oct 2025 08:50:00 +0200", cte="8bit")
    return m, N, "de", "club", "trap: training camp info and packing list (medication, allergies) without any person"


@mail
def m126():
    body = """Dear Ms Sandberg,

thank you for sending the documents. We can settle your claim for the
cancelled liveaboard trip.

Insured:        Elin Sandberg, Rosenstraße 14, 28203 Bremen
Policy:         RR 19-226614 (annual trip cancellation)
Claim ref.:     RG-2025-036233
Trip:           Liveaboard "Blue Horizon", Northern Red Sea,
                8-15 November 2025, booked 12 May 2025

Reason for cancellation: termination of your employment by your employer
for operational reasons, notice received 6 October 2025 (copy of the
termination letter received). Unexpected loss of employment through
no fault of your own is an insured event.

Cancellation charges (60 %):      EUR 1,134.00
Excess (20 %):                     - EUR 226.80
Payment:                           EUR   907.20

We will transfer the amount to DE45 5001 0517 0519 3847 21 within the
next few days.

I hope you'll be able to make the trip another time.

Kind regards
Lena Marquardt
Travel & Leisure Claims
"""
    m = mk(126, "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Elin Sandberg <elin.sandberg@nordmail.example>",
           "Trip cancellation RG-2025-036233 - settlement",
           body, date="Thu, 23 Oct 2025 15:03:27 +0200")
    return m, C, "en", "insurer-to-customer", "named insured, address, job loss, IBAN, cancellation (no health)"


@mail
def m127():
    body = """Hi Ms Marquardt,

as requested, attached is the signed medical statement from my doctor for
the dive trip in January. Sorry, I only have it as a scan from the
printer at work.

Best,
Felix Brandstätter
"""
    lines = [
        "DIVER MEDICAL - PARTICIPANT QUESTIONNAIRE AND PHYSICIAN'S EVALUATION",
        "",
        "Participant: Felix Brandstätter    Date of birth: 1985-11-30",
        "Address: Gartenstraße 2, 30167 Hannover",
        "",
        "Q3  Asthma, wheezing, or wheezing with exercise?            YES",
        "Q4  Frequent or severe attacks of hayfever or allergy?       YES",
        "Q7  Lung disease or collapsed lung (pneumothorax)?           NO",
        "Q12 Taking prescription medication (except contraceptives)?  YES",
        "",
        "Physician's evaluation:",
        "Mild intermittent allergic asthma since childhood (J45.0), last",
        "exacerbation 2019. Current medication: budesonide 200 mcg inhaled twice",
        "daily during pollen season, salbutamol as needed (< 1x per month).",
        "Spirometry 14.10.2025: FEV1 98 % predicted, FEV1/FVC 0.81, no",
        "bronchodilator reversibility. Exercise challenge negative.",
        "",
        "Result: Fit to dive, with the following conditions: no diving with",
        "symptoms or after using rescue medication within 48 hours; re-evaluation",
        "after 12 months.",
        "",
        "Dr. med. Katharina Veit, Internal Medicine / Diving Medicine, Hannover",
        "Date: 15.10.2025   Signature: [signed]",
    ]
    wrap = """Mehmet, for the diving exclusion question on Brandstätter (RK 77-228812):
statement attached as the customer sent it. Asthma controlled, doctor says
fit to dive. I'd accept without exclusion - your call.

Lena

-----Original Message-----
From: Felix Brandstätter <felix.b@stadtnetz.example>
Sent: Thursday, 16 October 2025 13:02
Subject: RE: medical statement

""" + body
    m = mk(127, "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Mehmet Yildirim <m.yildirim@lindenhof-versicherung.example>",
           "FW: RE: medical statement",
           wrap, date="Thu, 16 Oct 2025 14:28:10 +0200",
           atts=[("SCAN_20251016_1259.pdf", "application/octet-stream",
                  pdf(lines, "SCAN_20251016_1259"))])
    return m, S, "en", "customer", "scanned PDF as octet-stream: diver's asthma J45.0, medication, spirometry, birth date"


@mail
def m128():
    body = """Dear club dive officers,

several clubs asked for a blank diver medical questionnaire to hand out
before the winter trips. Attached is the version we accept for our group
dive-travel cover. It is a blank form - please do NOT send completed
forms back to us by email. Divers keep them, and only send them to us
(via our secure portal) if we ask for them in a claim.

Best regards
Lena Marquardt
Travel & Leisure
"""
    lines = [
        "DIVER MEDICAL - PARTICIPANT QUESTIONNAIRE (blank form)",
        "",
        "Name: ____________________   Date of birth: ____________",
        "",
        "Please answer YES or NO. If you answer YES to any question, you need a",
        "physician's evaluation before diving.",
        "",
        " 1  Have you ever had problems with your lungs, breathing, heart or blood?",
        " 2  Are you over 45 years of age?",
        " 3  Do you have asthma, wheezing, or wheezing with exercise?",
        " 4  Frequent or severe attacks of hayfever or allergy?",
        " 5  Blackouts, fainting, seizures or convulsions, or epilepsy?",
        " 6  Diabetes?",
        " 7  Lung disease or collapsed lung (pneumothorax)?",
        " 8  Ear or sinus surgery, hearing loss, or problems with balance?",
        " 9  Heart surgery, heart attack, angina, or high blood pressure?",
        "10  Behavioural health, mental or psychological problems?",
        "11  Are you pregnant, or attempting to become pregnant?",
        "12  Are you taking prescription medication (except contraceptives)?",
        "",
        "Physician's evaluation:  [ ] fit to dive   [ ] not fit to dive   [ ] fit with conditions",
        "Conditions: __________________________________________",
        "Physician name, address, signature, date: ______________________",
    ]
    m = mk(128, "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Dive officers <tauchwarte@lindenhof-versicherung.example>",
           "Blank diver medical questionnaire for winter trips",
           body, date="Mon, 27 Oct 2025 10:45:00 +0100",
           atts=[("Diver_medical_blank.pdf", "application/pdf",
                  pdf(lines, "Diver medical blank"))])
    return m, N, "en", "insurer-to-club", "trap: blank medical questionnaire (asthma, epilepsy, pregnancy) without answers"


@mail
def m129():
    body = """Sehr geehrter Herr Pauly,

wie besprochen unser Angebot für die Veranstalter-Haftpflicht 2026.

Versicherungsnehmerin: Rheinauen-Marathon Veranstaltungs GmbH
Ansprechpartner: Christian Pauly, Geschäftsführer
Vertrag (Verlängerung): VH 31-260114
Veranstaltungen: Rheinauen-Marathon und Halbmarathon, Bambini-Lauf,
  Marathon-Messe (2 Tage), Pasta-Party

Risikomerkmale (Ihre Angaben):
  Teilnehmende 2025: 14.820 (Marathon 4.106, HM 8.950, Bambini 1.764)
  Erwartet 2026: ca. 16.000
  Zuschauer: ca. 120.000 entlang der Strecke
  Helfende: 1.150 (davon 180 Sanitätsdienst über DRK und Johanniter)

Deckungssumme: 10 Mio. EUR pauschal für Personen- und Sachschäden
Selbstbeteiligung: 1.000 EUR je Schaden
Jahresbeitrag: 18.460,00 EUR zzgl. 19 % VersSt

Neu: Mitversicherung der Teilnehmenden untereinander (Kollisionen auf der
Strecke) und der Helfenden als Mitversicherte.

Bitte geben Sie uns bis 30.11. Bescheid.

Mit freundlichen Grüßen
Sabine Kühnel
Haftpflicht / Veranstaltungen
"""
    m = mk(129, "Sabine Kühnel <s.kuehnel@lindenhof-versicherung.example>",
           "Christian Pauly <c.pauly@rheinauen-marathon.example>",
           "Angebot Veranstalter-Haftpflicht 2026 - VH 31-260114",
           body, date="Wed, 12 Nov 2025 11:30:00 +0100")
    return m, C, "de", "insurer-to-company", "company policy offer with named managing director"


@mail
def m130():
    body = """Sehr geehrte Frau Kühnel,

wie versprochen der Bericht unseres Leitenden Notarztes zum Vorfall bei
km 38 – vorsorglich als Meldung zur Veranstalter-Haftpflicht, auch wenn
wir bislang keinen Anspruch kennen. Die Angehörigen haben sich bei uns
gemeldet und nach den Abläufen gefragt.

---------------------------------------------------------------
Einsatzbericht Sanitätsdienst Rheinauen-Marathon 12.10.2025
Leitender Notarzt: Dr. med. Felix Aumann

Patient: Herr Bernd Lauterbach, Startnr. 4418, Jg. 1968
12:47 Uhr Meldung durch Streckenposten km 38: Läufer kollabiert
12:49 Uhr Eintreffen Radstaffel: Bewusstlosigkeit, Schnappatmung,
          Beginn CPR, AED angelegt, Kammerflimmern, 1. Schock 12:50
12:54 Uhr Eintreffen NEF, ROSC nach 3. Schock (12:56)
13:12 Uhr Übergabe Uniklinik, Herzkatheterlabor
Diagnose Klinik (telefonisch, mit Zustimmung der Ehefrau): akuter
Vorderwandinfarkt, Stent-Implantation RIVA; Patient am 14.10.
extubiert, neurologisch bislang unauffällig.
---------------------------------------------------------------

Die Strecke war an dieser Stelle wie im Sanitätskonzept vorgesehen mit
einer Radstaffel und einem AED besetzt. Die Eintreffzeit von 2 Minuten
lag im Plan.

Mit freundlichen Grüßen
Christian Pauly
Geschäftsführer
Rheinauen-Marathon Veranstaltungs GmbH
"""
    wrap = """Ablage zur Akte VH 31-260114, Vorsorgemeldung. Noch keine Reserve.
Gesundheitsdaten! Nur in der Schadenakte speichern. S. Kühnel

---------- Weitergeleitete Nachricht ----------
Von: Christian Pauly <c.pauly@rheinauen-marathon.example>
Datum: Mi., 15. Okt. 2025 um 09:41
Betreff: Vorfall km 38 - Einsatzbericht
An: Sabine Kühnel <s.kuehnel@lindenhof-versicherung.example>

""" + body
    m = mk(130, "Sabine Kühnel <s.kuehnel@lindenhof-versicherung.example>",
           "Schadenakte Haftpflicht <schadenakte-hs@lindenhof-versicherung.example>",
           "WG: Vorfall km 38 - Einsatzbericht",
           wrap, date="Wed, 15 Oct 2025 10:02:19 +0200")
    return m, S, "de", "company", "organiser forwards named runner's cardiac arrest, infarction, stent"


@mail
def m131():
    body = """Hallo Frau Kühnel,

für die Angebotsprüfung anbei die Kurzfassung unseres Sanitäts- und
Sicherheitskonzepts 2026 (Entwurf, wie bei der Stadt eingereicht).

Sanitätsdienst
- 14 Unfallhilfsstellen entlang der Strecke (alle 3 km, ab km 30 alle 2 km)
- 4 Rettungswagen mit Besatzung, 2 Notarzteinsatzfahrzeuge
- 12 Radstaffeln mit AED, Bereich km 25–42 doppelt besetzt
- Behandlungsplatz im Ziel: 40 Liegen, 2 Ärztinnen/Ärzte, Zelt mit Kühlung
- Hitzeplan ab 25 °C: zusätzliche Wasserstellen, Duschbögen, Hinweis per SMS

Sicherheit
- Absperrung der Strecke durch Ordnungsdienst (280 Personen)
- Zuschauerbereiche Start/Ziel mit Einlassmanagement
- Funk- und Lagezentrum in der Feuerwehrwache Mitte

Statistik 2025 (aggregiert): 212 Behandlungen, davon 19 Transporte ins
Krankenhaus, 1 Reanimation (erfolgreich).

Viele Grüße
Christian Pauly
"""
    m = mk(131, "Christian Pauly <c.pauly@rheinauen-marathon.example>",
           "Sabine Kühnel <s.kuehnel@lindenhof-versicherung.example>",
           "Sanitätskonzept 2026 (Kurzfassung)",
           body, date="Mon, 10 Nov 2025 17:20:00 +0100", cte="8bit")
    return m, N, "de", "company", "trap: medical service concept with aggregate treatment figures, no person"


@mail
def m132():
    body = """Hallo zusammen,

anbei die Beschwerdestatistik Q3 für die Sparte Sport & Freizeit
(Quelle: Beschwerdemanagement-Tool, nur Kategorien und Anzahlen).

Kategorie                                    Q2    Q3   Trend
Leistungsablehnung Unfall (z. B. Vorschaden,  31    38   ↑
  Bandscheibe, "kein Unfall")
Bearbeitungsdauer Sportunfall                 22    17   ↓
Invaliditätsbemessung zu niedrig              11    14   ↑
Beitragsanpassung Vereins-Haftpflicht          9    21   ↑↑
Reise: Stornokosten nicht erstattet           15    12   ↓
Portal / technische Probleme                   6     9   ↑
Sonstiges                                      8     7   =
Gesamt                                       102   118

BaFin-Beschwerden: 2 (beide abgeschlossen, keine Beanstandung)
Ombudsmann: 3 neue Verfahren

Auffällig: Die Beitragsanpassung in der Vereins-Haftpflicht hat viele
Vereine überrascht. Vorschlag: Musterschreiben mit besserer Begründung.

Viele Grüße
Heike Rasch
Beschwerdemanagement
"""
    m = mk(132, "Heike Rasch <h.rasch@lindenhof-versicherung.example>",
           "Leitung Sport & Freizeit <leitung-sport@lindenhof-versicherung.example>",
           "Beschwerdestatistik Q3 Sport & Freizeit",
           body, date="Fri, 17 Oct 2025 09:09:09 +0200")
    return m, N, "de", "internal", "trap: complaints statistics by category, no customer"


@mail
def m133():
    body = """Sehr geehrter Herr Yilmaz,

ja, Ihr Widerspruch vom 18.10. ist bei uns eingegangen und liegt unserer
Gesellschaftsärztin zur erneuten Prüfung vor. Sie hören innerhalb von
vier Wochen von uns.

Mit freundlichen Grüßen
Jonas Brettschneider
Leistung Sportunfall

-----Ursprüngliche Nachricht-----
Von: Deniz Yilmaz <deniz.yilmaz@mailfix.example>
Gesendet: Montag, 27. Oktober 2025 19:40
An: Jonas Brettschneider
Betreff: AW: Ihr Schreiben vom 06.10.2025 - SU-2025-016004

Hallo, haben Sie meinen Widerspruch bekommen? Ich habe keine Bestätigung
bekommen. Gruß D. Yilmaz

-----Ursprüngliche Nachricht-----
Von: Deniz Yilmaz
Gesendet: Samstag, 18. Oktober 2025 11:02
Betreff: AW: Ihr Schreiben vom 06.10.2025 - SU-2025-016004

Ich widerspreche der Ablehnung. Ich hatte vor dem Spiel NIE Probleme mit
dem Knie und habe 10 Jahre ohne Pause Fußball gespielt. Der Arzt hat
gesagt das ist ein frischer Riss.

-----Ursprüngliche Nachricht-----
Von: Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>
Gesendet: Montag, 6. Oktober 2025 14:15
An: Deniz Yilmaz
Betreff: Ihr Schreiben vom 06.10.2025 - SU-2025-016004

Sehr geehrter Herr Yilmaz,

wir haben Ihre Unfallmeldung vom 02.08.2025 (Kreuzbandriss rechts beim
Hallenfußball) geprüft. Nach dem MRT vom 05.08.2025 und dem Bericht von
Dr. Kirchhoff zeigen sich neben der Ruptur des vorderen Kreuzbandes
ausgeprägte degenerative Veränderungen: Chondromalazie Grad III im
medialen Kompartiment, alte Innenmeniskus-Läsion und eine vorbestehende
Elongation des Kreuzbandes. In Ihrer Akte beim Hausarzt ist zudem eine
Behandlung wegen Instabilitätsgefühl im rechten Knie im Jahr 2022
dokumentiert.

Nach Einschätzung unserer Gesellschaftsärztin hat das Drehen ohne
Fremdeinwirkung den Riss nur ausgelöst; überwiegende Ursache sind die
Vorschäden. Nach Ziffer 3 unserer Bedingungen (Mitwirkung von Krankheiten
und Gebrechen) mindert sich die Leistung um 100 %, wenn der
Mitwirkungsanteil mindestens 75 % beträgt. Wir können daher leider keine
Leistung erbringen.

Sie können dieser Entscheidung innerhalb von sechs Monaten widersprechen.

Mit freundlichen Grüßen
Jonas Brettschneider
"""
    m = mk(133, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Deniz Yilmaz <deniz.yilmaz@mailfix.example>",
           "AW: AW: Ihr Schreiben vom 06.10.2025 - SU-2025-016004",
           body, date="Tue, 28 Oct 2025 08:33:41 +0100")
    return m, S, "de", "insurer-to-customer", "harmless top reply; quoted rejection with ACL rupture and degenerative findings"


@mail
def m134():
    body = """Hallo Team,

auf Wunsch des Beschwerdemanagements haben wir das Musterschreiben
"Ablehnung wegen Mitwirkung / Vorschaden" überarbeitet (verständlichere
Sprache, Hinweis auf Ombudsmann). Bitte ab sofort nur noch diese Vorlage
verwenden; die Platzhalter füllt die Textverarbeitung aus dem Fall.

Jonas
"""
    paras = [
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «Hausnummer», «PLZ» «Ort»",
        "Schaden-Nr. «Schadennummer» – Vertrag «Vertragsnummer» – Unfall vom «Unfalldatum»",
        "«Anrede_Brief»,",
        "wir haben Ihre Unfallmeldung sorgfältig geprüft und dazu die Unterlagen von «Arzt_Name» ausgewertet.",
        "Danach haben bei den Folgen des Unfalls Krankheiten oder Gebrechen mitgewirkt, die schon vor dem Unfall"
        " bestanden: «Vorschaden_Beschreibung».",
        "Nach unseren Bedingungen (Ziffer «Ziffer_AUB») mindern wir die Leistung entsprechend dem Anteil dieser"
        " Vorschäden. Den Mitwirkungsanteil schätzt unsere Gesellschaftsärztin auf «Mitwirkung_Prozent» %.",
        "«Textbaustein_Leistung_oder_Ablehnung»",
        "Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie uns innerhalb von sechs Monaten"
        " schreiben. Sie können sich außerdem kostenfrei an den Versicherungsombudsmann wenden.",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter_Name»",
    ]
    m = mk(134, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Leistung Sportunfall <leistung-sportunfall@lindenhof-versicherung.example>",
           "Neue Vorlage: Ablehnung wegen Mitwirkung/Vorschaden",
           body, date="Wed, 29 Oct 2025 13:13:00 +0100",
           atts=[("Vorlage_Ablehnung_Mitwirkung_v2.docx", MT_DOCX, docx(paras))])
    return m, N, "de", "internal", "trap: rejection letter template with «placeholders»"


@mail
def m135():
    body = """Hi Lena,

second group for the season: the SC Harz-Nordhang youth trip to Saalbach
(2-9 January 2026). Everything is in the zip - the traveller list as
Excel and the signed registration form from the club. Same cover as the
Zermatt group: cancellation and baggage only, no health.

Could you issue the certificate by mid-December?

Cheers
Ryan
"""
    rows = [
        ["SC Harz-Nordhang e.V. - Jugendfahrt Saalbach 02.-09.01.2026"],
        ["Nachname", "Vorname", "geb.", "Ausweis-Nr.", "Rolle", "Reisepreis EUR"],
        ["Behrendt", "Paul", "14.03.2009", "L01X8K2T5", "Teilnehmer", 689],
        ["Dittmer", "Lina", "02.07.2010", "F7724411", "Teilnehmerin (Kinderreisepass)", 689],
        ["Grünhagen", "Noah", "23.11.2008", "L01X9P3M7", "Teilnehmer", 689],
        ["Kuhlmann", "Marie", "30.05.2009", "L2N4RT882", "Teilnehmerin", 689],
        ["Lorenz", "Tim", "08.01.2010", "F7731905", "Teilnehmer (Kinderreisepass)", 689],
        ["Sörensen", "Ole", "14.10.1972", "C01RZ5M88", "Betreuer", 745],
        ["Wiegmann", "Julia", "19.04.1991", "C4TT7KZ21", "Betreuerin", 745],
    ]
    form = [
        "SC Harz-Nordhang e.V. - Anmeldung Gruppenversicherung Reise",
        "Reise: Jugendfahrt Saalbach, 02.-09.01.2026, 7 Teilnehmende, 2 Betreuer",
        "Versicherungsumfang: Reiserücktritt + Reisegepäck (keine Krankenversicherung)",
        "Vertragsnummer Gruppenvertrag: RR 19-223180",
        "Verantwortlicher Betreuer: Ole Sörensen, Tel. über Geschäftsstelle",
        "Zahlung: Vereinskonto",
        "Ort, Datum: Braunlage, 03.11.2025 - Unterschrift 1. Vorsitzender: [unterschrieben]",
    ]
    z = zipb([("Saalbach_2026/Teilnehmerliste_Saalbach.xlsx", xlsx(rows, "Teilnehmer")),
              ("Saalbach_2026/Anmeldung_Gruppenversicherung.pdf", pdf(form, "Anmeldung"))])
    m = mk(135, "Ryan Cooper <ryan@cooper-alpine.example>",
           "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Saalbach youth trip - traveller list (zip)",
           body, date="Tue, 04 Nov 2025 12:31:08 +0100",
           atts=[("SC_Harz-Nordhang_Saalbach_2026.zip", "application/zip", z)])
    return m, C, "en", "broker", "inside a ZIP: minors' names, birth dates and ID numbers for travel cancellation cover"


@mail
def m136():
    body = """Dear Ms Haugland,

thank you for informing us about the incident on stage in Katowice. We
have opened a file under the players' international health cover.

Insured:       Mads Kristoffersen, born 09/03/2003
Policy:        IK 64-007709 (international health, esports squad)
Claim ref.:    KV-2025-044318

According to the emergency report of the venue's medical team and the
discharge letter from the hospital in Katowice (16-17 November 2025):
- generalised tonic-clonic seizure during the match, approx. 2 minutes,
  first known seizure; no injury apart from a tongue bite
- EEG: generalised spike-wave discharges under photic stimulation;
  suspected photosensitive epilepsy (G40.3), MRI normal
- started on levetiracetam 500 mg twice daily; driving ban as per
  local rules; neurology follow-up in Germany

Costs of EUR 2,310 are settled directly with the hospital. The follow-up
with a neurologist in Germany falls under his German health insurance.

As you asked: whether Mads can compete again, and with what screen
settings, is a medical decision for his neurologist - we cannot advise on
that, and we will not share medical details with the league.

Kind regards
Lena Marquardt
Travel & Leisure Claims
"""
    m = mk(136, "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Ida Haugland <ida.haugland@nordlicht-esports.example>",
           "Claim KV-2025-044318 - Katowice",
           body, date="Thu, 20 Nov 2025 11:47:36 +0100")
    return m, S, "en", "insurer-to-company", "named esports player's seizure, epilepsy G40.3, medication, birth date"


@mail
def m137():
    body = """Hi Jesper, hi Ida,

as promised after the kick-off, here's the one-page ergonomics guideline
our physio partner wrote for esports teams. It's generic, not about any
player - please share it with the whole roster.

ESPORTS ERGONOMICS - 8 HABITS
1. Screen at eye level, arm's length away; top edge slightly below eyes.
2. Forearms supported, wrists neutral - not bent up on the desk edge.
3. Chair: feet flat, hips slightly above knees, lower back supported.
4. Every 45-60 min: 5 minutes off the screen, stand up, move.
5. Wrist and forearm stretches before scrims (flexor/extensor, 20 s each).
6. Eyes: 20-20-20 rule (every 20 min, look 20 ft away for 20 s).
7. Sleep before sessions - reaction time drops sharply after < 6 h.
8. Pain, tingling or numbness in hand or fingers that lasts more than a
   few days: see a doctor early, don't play through it.

Note for staff: some players are sensitive to flashing lights; keep
stream overlays and stage lighting within broadcast flash guidelines.

Best
Nina
"""
    m = mk(137, "Nina Hoffstetter <n.hoffstetter@lindenhof-versicherung.example>",
           "Jesper Lindqvist <jesper.lindqvist@nordlicht-esports.example>",
           "Ergonomics guideline for the roster",
           body, cc="Ida Haugland <ida.haugland@nordlicht-esports.example>",
           date="Mon, 01 Dec 2025 10:30:00 +0100", cte="7bit")
    return m, N, "en", "insurer-to-company", "trap: generic ergonomics advice (wrist pain, flashing lights), no player"


@mail
def m138():
    body = """Hi all,

monthly KPI snapshot for Sports & Leisure, October 2025 (from the
reporting cube, no case-level data):

                                   Sep      Oct     Target
New sports accident claims         1,412    1,566    -
  of which via club portal          71 %     74 %    75 %
Avg. days to first payment          18.2     16.9    < 15
Open claims > 90 days                 384      362    < 300
Invalidity assessments pending        211      205     -
Travel claims (leisure)               640      488     -
Liability claims (events)              57       71     -
Complaints per 1,000 claims           7.1      7.6    < 6
Secure portal share (health docs)    88 %     91 %    95 %

Comments:
- October spike in accident claims = start of indoor season (handball,
  volleyball, futsal).
- Secure-portal share improved after the upload fix (INC-2025-44817).

Cheers
Aidan
"""
    m = mk(138, "Aidan Rourke <a.rourke@lindenhof-versicherung.example>",
           "Management Sports & Leisure <leitung-sport@lindenhof-versicherung.example>",
           "KPI snapshot October - Sports & Leisure",
           body, date="Wed, 05 Nov 2025 08:05:00 +0100")
    return m, N, "en", "internal", "trap: KPI report on accident and invalidity claims, aggregates only"


@mail
def m139():
    body = """Hi Marco,

thanks for the call. Here's what we'd like to include in our sponsorship
package for the Weser Beach Cup 2026 (beach volleyball, 3-5 July):

- Title partner "Lindenhof Weser Beach Cup", logo on centre court nets and
  referee stand
- "Lindenhof Recovery Zone" next to the players' lounge: ice baths,
  physio tent with two sports physiotherapists (taping, treatment of minor
  injuries such as finger sprains), shaded rest area
- first-aid tent with paramedics at the public area, AED at centre court
- free sunscreen stations for spectators
- kids' clinic on Saturday morning

Budget as discussed: EUR 35,000 incl. the recovery zone staff. Please
note we don't want any information about players treated in the physio
tent - that stays between the players and the physios.

Could you send me the updated deck by next Friday?

Best
Tobias
"""
    m = mk(139, "Tobias Ahrens <t.ahrens@lindenhof-versicherung.example>",
           "Marco Ventura <m.ventura@weser-beach-cup.example>",
           "Weser Beach Cup 2026 - sponsorship package",
           body, date="Tue, 18 Nov 2025 15:25:00 +0100", cte="7bit")
    return m, N, "en", "insurer-to-company", "trap: sponsorship package with physio tent and first aid, no player data"


@mail
def m140():
    body = """Hallo ihr Lieben,

die Anmeldung für den Firmenlauf am 4. Juni 2026 ist offen! Wir haben
40 Startplätze. Bitte tragt euch bis 15.12. in die Liste im Intranet ein
und gebt eure T-Shirt-Größe an.

Bisher angemeldet (danke!):
Ines Vollmer (M), Jonas Brettschneider (L), Lena Marquardt (S),
Carsten Meier (XL), Sandra Weihe (M), Frank Vogelsang (L)

Strecke 5,8 km, Walker willkommen. Nach dem Lauf gibt's wie immer
Grillen im Hof.

Lauf-Grüße
Ines
Betriebssportgruppe Laufen
"""
    m = mk(140, "Ines Vollmer <i.vollmer@lindenhof-versicherung.example>",
           "Alle Mitarbeitenden Hannover <alle-hannover@lindenhof-versicherung.example>",
           "Firmenlauf 2026 - Anmeldung und T-Shirt-Größen",
           body, date="Mon, 24 Nov 2025 12:00:00 +0100", cte="8bit")
    return m, N, "de", "internal", "trap: company run sign-up list naming colleagues with shirt sizes"


@mail
def m141():
    body = """Dear Mr Ashworth,

we confirm cover under your legal expenses insurance for your dispute
with the tour operator.

Policyholder:   Daniel Ashworth, Auenstraße 21, 80469 München
Policy:         RS 50-451209 (private legal expenses)
Case ref.:      RS-2025-013377

Facts as described by you: You booked the guided expedition "Aconcagua
Normal Route 2025/26" with Andes Summit Travel GmbH (Munich) for
EUR 4,980. The operator cancelled the trip on 2 October 2025, citing
"insufficient participants", and offers only a voucher instead of a
refund. Under § 651h BGB you are entitled to a refund of the full price
within 14 days of cancellation.

We will cover the fees of a lawyer of your choice for the out-of-court
claim and, if necessary, court proceedings at the Amtsgericht München.
Your excess is EUR 150.

If you do not yet have a lawyer, our partner network can recommend a
specialist in travel law.

Kind regards
Legal Expenses Service
Lindenhof Versicherung AG
"""
    m = mk(141, "Rechtsschutz-Service <rechtsschutz@lindenhof-versicherung.example>",
           "Daniel Ashworth <d.ashworth@isarmail.example>",
           "Cover confirmation RS-2025-013377 - tour operator dispute",
           body, date="Fri, 10 Oct 2025 10:40:55 +0200")
    return m, C, "en", "insurer-to-customer", "named policyholder, address, legal expenses case, no health"


@mail
def m142():
    body = """Sehr geehrte Frau Dr. Lemke,

Ihre Auslandsreisekrankenversicherung übernimmt die Kosten Ihrer Behandlung
und des Rücktransports nach der Trekkingtour am Kilimandscharo.

Versicherte Person: Dr. Anja Lemke, geb. 27.09.1977
Vertrag: RK 77-218540 (Jahresreise-Kranken, inkl. Bergsport bis 6.000 m)
Schaden-Nr.: RG-2025-032290

Laut Bericht der Bergrettung und des Krankenhauses in Moshi:
- 07.09.2025, Barafu Camp (4.673 m): starke Kopfschmerzen, Erbrechen,
  Gangunsicherheit, zunehmende Verwirrtheit
- Diagnose: Höhenhirnödem (HACE, T70.2) mit beginnendem Höhenlungenödem
- Notabstieg mit Trage, Dexamethason 8 mg, Sauerstoff, anschließend
  Hubschrauberevakuierung nach Moshi; 3 Tage stationär
- Rücktransport 12.09. im Linienflug mit ärztlicher Begleitung

Erstattung / Direktzahlung:
  Bergrettung und Hubschrauber          6.200,00 USD (direkt gezahlt)
  Krankenhaus Moshi                     2.870,00 USD (direkt gezahlt)
  ärztliche Flugbegleitung, Mehrkosten
  Flug                                  3.140,00 EUR (direkt gezahlt)

Die Nachuntersuchung beim Neurologen in Deutschland rechnen Sie bitte mit
Ihrer Krankenversicherung ab.

Mit freundlichen Grüßen
Lena Marquardt
Reise & Freizeit – Schaden
"""
    m = mk(142, "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Dr. Anja Lemke <a.lemke@praxis-lemke.example>",
           "Ihre Reise Tansania - RG-2025-032290",
           body, date="Tue, 23 Sep 2025 16:16:16 +0200")
    return m, S, "de", "insurer-to-customer", "high-altitude cerebral oedema T70.2, medication, evacuation, birth date"


@mail
def m143():
    text = """Lindenhof Reise-Newsletter November: Hoch hinaus – aber gesund

Trekking in Nepal, Kilimandscharo, Anden: Immer mehr unserer Kundinnen und
Kunden zieht es in große Höhen. Die wichtigsten Regeln der Höhenmedizin:

- Langsam aufsteigen: Ab 3.000 m die Schlafhöhe um höchstens 300–500 m pro
  Tag steigern, alle 3–4 Tage ein Ruhetag.
- Höhenkrankheit ernst nehmen: Kopfschmerz, Übelkeit, Schlaflosigkeit sind
  Warnzeichen. Bei Verwirrtheit, Gangunsicherheit oder Atemnot in Ruhe
  sofort absteigen – das kann ein Höhenhirn- oder Höhenlungenödem sein.
- Medikamente zur Vorbeugung (z. B. Acetazolamid) nur nach ärztlicher
  Beratung.
- Versicherung prüfen: Viele Reisekrankenversicherungen decken Bergsport nur
  bis 4.000 oder 5.000 m. Unser Tarif „Reise Aktiv“ leistet bis 6.000 m
  inkl. Hubschrauberbergung.

Mehr Tipps: https://www.lindenhof-versicherung.example/reise/hoehe
Abmelden: https://news.lindenhof-versicherung.example/abmelden
"""
    html = """<html><body style="font-family:Arial">
<h2>Hoch hinaus – aber gesund</h2>
<p>Trekking in Nepal, Kilimandscharo, Anden: Die wichtigsten Regeln der Höhenmedizin:</p>
<ol>
<li><b>Langsam aufsteigen:</b> ab 3.000 m Schlafhöhe um höchstens 300–500 m pro Tag steigern.</li>
<li><b>Höhenkrankheit ernst nehmen:</b> bei Verwirrtheit, Gangunsicherheit oder Atemnot in Ruhe sofort absteigen.</li>
<li><b>Medikamente</b> zur Vorbeugung (z. B. Acetazolamid) nur nach ärztlicher Beratung.</li>
<li><b>Versicherung prüfen:</b> „Reise Aktiv“ leistet bis 6.000 m inkl. Hubschrauberbergung.</li>
</ol>
<p><a href="https://www.lindenhof-versicherung.example/reise/hoehe">Mehr Tipps</a> ·
<a href="https://news.lindenhof-versicherung.example/abmelden">Abmelden</a></p>
</body></html>"""
    m = mk(143, "Lindenhof Reise <newsletter@news.lindenhof-versicherung.example>",
           "reise-abonnenten@news.lindenhof-versicherung.example",
           "Hoch hinaus – aber gesund: Höhenmedizin für Trekking-Reisen",
           text, html=html, date="Sat, 08 Nov 2025 07:00:00 +0100")
    return m, N, "de", "newsletter", "trap: travel newsletter on altitude sickness and medication, no person"


@mail
def m144():
    body = """Dear Mr Pritchard,

thank you for your report from the tournament in Hameln. We're the
insurer of the coach you hired for the trip (group travel and vehicle
damage cover for the tour, booked via your club).

Policyholder:   Cheltenham Youth FC (contact: Mr Owen Pritchard,
                Club Secretary)
Policy:         TR 41-090118 (group travel incl. hired vehicle excess)
Claim ref.:     SA-2025-071233
Vehicle:        coach hired from Weserbus Reisen GmbH, reg. HM-WB 212

On 19 October, while reversing at the sports ground in Hameln, the coach
scraped along a concrete pillar; the driver employed by the bus company
was at the wheel. None of the 34 players and staff on board was hurt.

The bus company has charged your club the excess of EUR 1,500. Under your
policy the hired vehicle excess is reimbursed in full. Please send us the
invoice from Weserbus Reisen and your club's bank details.

Kind regards
Lena Marquardt
Travel & Leisure Claims
"""
    m = mk(144, "Lena Marquardt <l.marquardt@lindenhof-versicherung.example>",
           "Owen Pritchard <secretary@cheltenham-youth-fc.example>",
           "Claim SA-2025-071233 - coach damage, Hameln tournament",
           body, date="Thu, 30 Oct 2025 11:05:00 +0100")
    return m, C, "en", "insurer-to-club", "club policy and claim with named secretary, vehicle plate, nobody hurt"


@mail
def m145():
    inner_body = """Hello,

my son Oscar Whitley (born 21 June 2014) plays for JSG Weserbogen U12 and
is insured through the club with you, as far as I understand. We are a
British family living in Hameln since last year, so please excuse that I
write in English.

At the autumn tournament on 19 October he fell on his outstretched hand
during a tackle. The children's emergency department at the hospital
in Hameln x-rayed it and found a buckle (torus) fracture of
the distal radius on the left. He got a splint for 3 weeks, no surgery.
He's fine now and very annoyed that he can't play.

Do I need to fill in a form? The coach said he would report it but I
don't know if he did. Also - our private health insurer in the UK
doesn't cover Germany, we are with the German public insurance (AOK), so
the hospital bill should be fine.

Kind regards
Eleanor Whitley
"""
    inner = mk(145, "Eleanor Whitley <eleanor.whitley@homemail.example>",
               "sportunfall@lindenhof-versicherung.example",
               "My son's wrist - U12 tournament 19 October",
               inner_body, date="Sun, 26 Oct 2025 20:48:00 +0100", tag="0145i")
    body = """Hi Katrin,

attached the mother's mail (JSG Weserbogen, U12). The club hasn't
reported yet. Can you ask the youth leader to send the accident report
through the portal? I've answered the mother in English that we'll take
care of it.

Jonas
"""
    m = mk(145, "Jonas Brettschneider <j.brettschneider@lindenhof-versicherung.example>",
           "Katrin Oberländer <k.oberlaender@lindenhof-versicherung.example>",
           "FW: My son's wrist - U12 tournament 19 October",
           body, date="Mon, 27 Oct 2025 09:14:22 +0100",
           atts=[("My son's wrist.eml", "message/rfc822", inner)])
    return m, S, "en", "parent", "forwarded message/rfc822: child's radius fracture, birth date, club accident cover"


@mail
def m146():
    body = """Hallo zusammen / hello everyone,

the final schedule for the international youth tournament in Hameln
(Lindenhof-Cup U12) – Spielplan anbei im Text, zum Aushängen in den Kabinen.

Samstag / Saturday 18 Oct
09:00  Feld 1  JSG Weserbogen – Cheltenham Youth FC
09:00  Feld 2  SV Ellerbrook – FC Aerzen 09
10:00  Feld 1  TSV Grünwiesen – Vitesse Jeugd Arnhem
10:00  Feld 2  Cheltenham Youth FC – SV Ellerbrook
...
Sonntag / Sunday 19 Oct
10:00  Halbfinale / semi-finals
13:00  Finale / final, then Siegerehrung / trophy ceremony

Sanitätsdienst / first aid: DRK tent next to pitch 1, all day.
Parking for coaches: behind the main stand, not on the grass please!

Viele Grüße / best wishes
Tobias Ahrens
Sponsoring, Lindenhof Versicherung
"""
    m = mk(146, "Tobias Ahrens <t.ahrens@lindenhof-versicherung.example>",
           "Teams Lindenhof-Cup <lindenhof-cup-teams@lindenhof-versicherung.example>",
           "Spielplan / schedule Lindenhof-Cup U12",
           body, date="Tue, 14 Oct 2025 18:00:00 +0200", cte="8bit")
    return m, N, "mixed", "insurer-to-club", "trap: bilingual tournament schedule with first-aid info, no person"


@mail
def m147():
    body = """Sehr geehrter Herr Kalinowski,

zum Diebstahl aus Ihrem Spind im Fitnessstudio:

Versicherungsnehmer: Marek Kalinowski, Podbielskistraße 212, 30177 Hannover
Vertrag: Hausrat Komfort, Nr. HR 20-561447 (Außenversicherung)
Schaden-Nr.: SA-2025-071702
Schadentag: 28.10.2025, ca. 18:30–20:00 Uhr, FlexFit Hannover-List

Aus dem mit einem Vorhängeschloss gesicherten Spind wurden Ihr Rucksack
mit Geldbörse (ca. 120 EUR Bargeld), Smartwatch und Kopfhörer
entwendet; das Schloss wurde aufgebrochen. Die Anzeige liegt vor.

Die Außenversicherung leistet für Einbruchdiebstahl aus verschlossenen
Spinden bis 10 % der Versicherungssumme. Bargeld ist bis 500 EUR
eingeschlossen. Wir erstatten:

  Smartwatch (Zeitwert)     279,00 EUR
  Kopfhörer (Zeitwert)      118,00 EUR
  Rucksack                   45,00 EUR
  Bargeld                   120,00 EUR
  Summe                     562,00 EUR

Die Überweisung erfolgt auf DE75 8306 5408 0004 4177 25.

Mit freundlichen Grüßen
Dirk Pohlmann
Sachschaden Privatkunden
"""
    m = mk(147, "Dirk Pohlmann <d.pohlmann@lindenhof-versicherung.example>",
           "Marek Kalinowski <m.kalinowski@leinepost.example>",
           "Diebstahl aus Spind - SA-2025-071702",
           body, date="Wed, 05 Nov 2025 15:40:00 +0100")
    return m, C, "de", "insurer-to-customer", "named customer, address, household claim, IBAN (no health)"


@mail
def m148():
    body = """Hallo Herr Brinkmann,

danke für Ihr Interesse! Sie hatten über unser Kontaktformular gefragt,
ob man sich als selbständiger Personal Trainer überhaupt gegen
Berufsunfähigkeit absichern kann.

Ja – ganz allgemein:
- Personal Trainer werden bei den meisten Versicherern in eine mittlere
  Berufsgruppe eingestuft, weil der Beruf körperlich ist. Entscheidend sind
  der Anteil an Büro-/Planungstätigkeit und Ihre Qualifikation.
- Bei der Antragstellung werden Gesundheitsfragen gestellt (in der Regel
  die letzten 5 Jahre ambulant, 10 Jahre stationär). Typische Themen bei
  Trainern sind Rücken, Knie und Schulter.
- Die BU-Rente sollte etwa 70–80 % Ihres Nettoeinkommens absichern.

Unsere Produktinformation "BU Aktiv für Selbständige" finden Sie hier:
https://www.lindenhof-versicherung.example/bu-aktiv

Für ein konkretes Angebot vermittle ich Sie gern an einen Berater in
Ihrer Nähe – dann bitte nur Ihre Postleitzahl schicken; Gesundheitsangaben
bitte nicht per E-Mail.

Viele Grüße
Kundenservice Lindenhof Versicherung
"""
    m = mk(148, "Kundenservice Lindenhof <kundenservice@lindenhof-versicherung.example>",
           "Kevin Brinkmann <kontakt@pt-brinkmann.example>",
           "Ihre Anfrage: BU für Personal Trainer",
           body, date="Thu, 13 Nov 2025 10:02:00 +0100")
    return m, N, "de", "insurer-to-customer", "trap: prospect gets generic disability-insurance info, no contract or health data"


@mail
def m149():
    body = """Liebe Kolleginnen und Kollegen,

gute Nachrichten vom Betriebssport: Ab 1. Januar 2026 gibt es eine
Kooperation mit FlexFit Studios. Alle Mitarbeitenden erhalten in den
Studios in Hannover und Langenhagen

- 30 % Rabatt auf die Monatsmitgliedschaft (statt 49,90 nur 34,90 EUR)
- keine Aufnahmegebühr
- kostenloses Einführungstraining und Körperanalyse
- Kurse (Rücken-Fit, Yoga, Spinning) inklusive

Der Arbeitgeberzuschuss von 20 EUR im Monat (Gesundheitsförderung nach
§ 3 Nr. 34 EStG) gilt weiterhin für zertifizierte Präventionskurse.

Anmeldung über das Intranet (Betriebssport > Fitness). Das Studio
erfährt von uns nur, dass Sie Mitarbeitende/r sind – keine weiteren Daten.

Sportliche Grüße
Ines Vollmer
Betriebssport
"""
    m = mk(149, "Ines Vollmer <i.vollmer@lindenhof-versicherung.example>",
           "Alle Mitarbeitenden Hannover <alle-hannover@lindenhof-versicherung.example>",
           "Betriebssport: 30 % Rabatt bei FlexFit ab Januar",
           body, date="Fri, 28 Nov 2025 11:11:11 +0100")
    return m, N, "de", "internal", "trap: company fitness discount announcement, no personal data"


@mail
def m150():
    body = """Sehr geehrter Herr Stünkel,

anbei die Bestätigung über Ihren Versicherungsschutz für die Vorlage bei
der Waffenbehörde (Landkreis Hameln-Pyrmont).

Versicherungsnehmer: Heinrich Stünkel, geb. 02.01.1961,
  Im Bruch 7, 31848 Bad Münder
Vertrag: Privathaftpflicht inkl. Jäger- und Sportschützen-Haftpflicht,
  Nr. PH 30-201733
Deckungssumme: 10 Mio. EUR pauschal
Sportschütze, Mitglied Schützengilde Bad Münder von 1598 e.V.
Waffenbesitzkarte Nr. 0321/2011-S (laut Ihrer Angabe)

Der Versicherungsschutz umfasst den erlaubten Besitz und Gebrauch von
Sportwaffen und Munition, auch auf Schießständen außerhalb des Vereins
und bei Wettkämpfen im europäischen Ausland.

Bitte beachten Sie: Die Bestätigung gilt nur für die Dauer des
Vertrags; bei Kündigung informieren wir die Behörde nicht automatisch.

Mit freundlichen Grüßen
Kundenservice Freizeit
Lindenhof Versicherung AG
"""
    m = mk(150, "Kundenservice Freizeit <freizeit@lindenhof-versicherung.example>",
           "Heinrich Stünkel <h.stuenkel@muender-net.example>",
           "Versicherungsbestätigung für die Waffenbehörde - PH 30-201733",
           body, date="Mon, 17 Nov 2025 09:00:00 +0100")
    return m, C, "de", "insurer-to-customer", "named marksman: birth date, address, liability policy, firearms licence number"


# ==========================================================================
# writing and checking
# ==========================================================================
def build():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for i, fn in enumerate(MAILS, 1):
        assert fn.__name__ == "m%03d" % i, (fn.__name__, i)
        m, label, lang, kind, reason = fn()
        name = "d%d-%04d.eml" % (NN, i)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(m.as_bytes(policy=SMTP))
        rows.append((name, label, lang, kind, reason))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            assert all("\t" not in x and "\n" not in x for x in r), r
            f.write("\t".join(r) + "\n")
    print("wrote %d mails to %s" % (len(rows), OUT))


IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "GB": 22, "CH": 21, "FR": 27, "ES": 24, "IT": 27,
            "BE": 16, "DK": 18, "LU": 20, "PL": 28, "SE": 24, "NO": 15, "FI": 18}
RE_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32})")
RE_MAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
RE_URL = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+)")


def iban_ok(s):
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def _pdf_text(b):
    return " ".join(x.decode("cp1252", "replace") for x in re.findall(rb"\(((?:[^()\\]|\\.)*)\) Tj", b))


def _xml_text(b):
    return re.sub(r"<[^>]+>", " ", b.decode("utf-8"))


def _attachment_texts(name, part, problems):
    """Open one attachment; return list of texts found inside."""
    ctype = part.get_content_type()
    low = (name or "").lower()
    if ctype == "message/rfc822":
        inner = part.get_payload(0)
        return [_msg_text(inner, problems, name)]
    data = part.get_payload(decode=True)
    if low.endswith(".pdf") or ctype == "application/pdf":
        if not (data.startswith(b"%PDF-") and b"%%EOF" in data[-10:] and b"xref" in data):
            problems.append("%s: broken PDF" % name)
        return [_pdf_text(data)]
    if low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
        texts = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if z.testzip() is not None:
                problems.append("%s: bad zip member" % name)
            for zi in z.infolist():
                if zi.date_time != ZIPTIME:
                    problems.append("%s: zip timestamp" % name)
                b = z.read(zi)
                if zi.filename.endswith(".xml") or zi.filename.endswith(".rels"):
                    ET.fromstring(b)
                    texts.append(_xml_text(b))
                elif zi.filename.lower().endswith(".pdf"):
                    texts.append(_pdf_text(b))
                elif zi.filename.lower().endswith((".docx", ".xlsx", ".odt", ".ods")):
                    with zipfile.ZipFile(io.BytesIO(b)) as z2:
                        for n2 in z2.namelist():
                            if n2.endswith(".xml"):
                                b2 = z2.read(n2)
                                ET.fromstring(b2)
                                texts.append(_xml_text(b2))
                elif zi.filename.lower().endswith((".csv", ".txt")):
                    texts.append(b.decode("cp1252"))
        if low.endswith((".docx", ".xlsx")) and "[Content_Types].xml" not in z.namelist():
            problems.append("%s: no content types" % name)
        if low.endswith((".odt", ".ods")) and z.namelist()[0] != "mimetype":
            problems.append("%s: mimetype not first" % name)
        return texts
    cs = part.get_content_charset()
    if cs:
        txt = data.decode(cs)
    else:
        try:
            txt = data.decode("utf-8")
        except UnicodeDecodeError:
            txt = data.decode("cp1252")
    if low.endswith(".ics") and not ("BEGIN:VCALENDAR" in txt and "END:VCALENDAR" in txt):
        problems.append("%s: broken ICS" % name)
    if low.endswith(".csv"):
        list(csv.reader(io.StringIO(txt), delimiter=";"))
    return [txt]


def _msg_text(msg, problems, where):
    texts = []
    for h in ("From", "To", "Cc", "Reply-To", "Message-ID"):
        if msg[h]:
            texts.append(str(msg[h]))
    texts.append(str(msg["Subject"] or ""))
    for part in msg.walk():
        if part.is_multipart():
            continue
        fname = part.get_filename()
        if fname or part.get_content_disposition() == "attachment":
            texts.extend(_attachment_texts(fname or "(unnamed)", part, problems))
        elif part.get_content_maintype() == "text":
            texts.append(part.get_content())
        else:
            problems.append("%s: unexpected inline part %s" % (where, part.get_content_type()))
    # message/rfc822 parts are yielded by walk() but their payload is handled above
    return "\n".join(texts)


def check():
    problems = []
    files = sorted(os.listdir(OUT))
    want = ["d%d-%04d.eml" % (NN, i) for i in range(1, 151)]
    if files != want:
        problems.append("file list differs from d%d-0001..0150" % NN)
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        problems.append("labels.tsv header")
    rows = [l.split("\t") for l in lines[1:] if l]
    if len(rows) != 150 or any(len(r) != 5 for r in rows):
        problems.append("labels.tsv rows")
    counts, langs = {}, {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
        langs[(r[1], r[2])] = langs.get((r[1], r[2]), 0) + 1
        if r[1] not in (N, C, S) or r[2] not in ("de", "en", "mixed"):
            problems.append("%s: bad label/lang" % r[0])
        if r[1] != N and r[4].startswith("trap:"):
            problems.append("%s: trap but not NORMAL" % r[0])
    if counts != {N: 60, C: 45, S: 45}:
        problems.append("label counts %r" % counts)
    nib = 0
    for name in files:
        raw = open(os.path.join(OUT, name), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            problems.append("%s: line ends not CRLF" % name)
        msg = BytesParser(policy=default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg[h]:
                problems.append("%s: missing %s" % (name, h))
        try:
            text = _msg_text(msg, problems, name)
        except Exception as e:  # noqa
            problems.append("%s: cannot open content: %r" % (name, e))
            continue
        for d in RE_MAIL.findall(text) + RE_URL.findall(text):
            if not d.lower().rstrip(".").endswith(".example"):
                problems.append("%s: non-.example domain %s" % (name, d))
        for cand in RE_IBAN.findall(text):
            cc = cand[:2]
            if cc not in IBAN_LEN:
                continue
            compact = cand.replace(" ", "")[:IBAN_LEN[cc]]
            if len(compact) < IBAN_LEN[cc]:
                continue
            nib += 1
            if not iban_ok(compact):
                problems.append("%s: IBAN checksum fails %s" % (name, compact))
    print("files: %d, labels: %s" % (len(files), ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    print("label x lang: " + ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(langs.items())))
    print("IBANs validated: %d" % nib)
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
