#!/usr/bin/env python3
"""Generator for the Siegel test corpus dev92 (credit protection / Restschuldversicherung).

Every mail is written by hand in its own function m001 ... m150. The helpers below only turn
that content into MIME (fixed dates, Message-IDs, boundaries) or into attachment files.

    python make_corpus.py          # writes mails/d92-0001.eml ... and labels.tsv
    python make_corpus.py --check  # re-parses everything and validates it
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
from xml.sax.saxutils import escape as _xesc
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
PREFIX = "d92"
N_MAILS = 150
ZIP_TS = (2025, 1, 2, 8, 0, 0)

# ----------------------------------------------------------------------------- MIME helpers

def _date(s, tz=None):
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    if tz is None:
        tz = 2 if 4 <= d.month <= 10 else 1
    return format_datetime(d.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=tz))))


def mk(frm, to, subject, body=None, *, date, cc=None, html=None, html_only=False, atts=(),
       charset="utf-8", cte=None, flowed=False, tz=None, hdr=None):
    """Build one EmailMessage from hand-written content."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = _date(date, tz)
    m["MIME-Version"] = "1.0"
    for k, v in (hdr or {}).items():
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        m.set_content(body, subtype="plain", charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8")
    for a in atts:
        data, maintype, subtype, fname = a[:4]
        if isinstance(data, EmailMessage):
            m.add_attachment(data)
            continue
        if maintype == "text":
            m.add_attachment(data, subtype=subtype, filename=fname, charset=a[4] if len(a) > 4 else "utf-8")
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m


def inner(frm, to, subject, body, *, date, cc=None, tz=None, atts=()):
    """A mail to be forwarded as message/rfc822."""
    return mk(frm, to, subject, body, date=date, cc=cc, tz=tz, atts=atts)


def finalize(m, n):
    """Fixed Message-ID and fixed MIME boundaries."""
    dom = re.search(r"@([A-Za-z0-9.-]+)", str(m["From"])).group(1)
    del m["Message-ID"]
    m["Message-ID"] = "<%s-%04d.%05d@%s>" % (PREFIX, n, (n * 7919) % 100000, dom)
    i = 0
    for part in m.walk():
        if part.get_content_type() == "message/rfc822":
            inner_m = part.get_payload(0)
            if "Message-ID" not in inner_m:
                idom = re.search(r"@([A-Za-z0-9.-]+)", str(inner_m["From"])).group(1)
                inner_m["Message-ID"] = "<%s-%04d-fwd.%d@%s>" % (PREFIX, n, i, idom)
        elif part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("----=_d92_%04d_%d" % (n, i))
    return m

# ----------------------------------------------------------------------------- attachments

def _zip(members, mimetype_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        if mimetype_first:
            zi = zipfile.ZipInfo("mimetype", ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, mimetype_first)
        for name, data in members:
            zi = zipfile.ZipInfo(name, ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def pdf_bytes(lines, title="Dokument"):
    """Single/multi page PDF with Helvetica text (WinAnsi)."""
    def esc(s):
        b = s.encode("cp1252", "replace")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    pages = [lines[i:i + 52] for i in range(0, max(len(lines), 1), 52)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (5 + 2 * k) for k in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Title (" + esc(title) + b") /Producer (Lindwurm DMS 4.2) >>")
    for k, pl in enumerate(pages):
        stream = b"BT /F1 10 Tf 50 800 Td 13 TL\n"
        for ln in pl:
            stream += b"(" + esc(ln) + b") Tj T*\n"
        stream += b"ET"
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * k)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def docx_bytes(paras):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xesc(p) for p in paras)
    return _zip([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body),
    ])


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
    return _zip([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xesc(sheet)),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xr)),
    ])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(kind, inner_xml):
    mt = "application/vnd.oasis.opendocument." + kind
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mt)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body>%s</office:body>'
               '</office:document-content>' % (_ODF_NS, inner_xml))
    return _zip([("META-INF/manifest.xml", manifest), ("content.xml", content)], mimetype_first=mt)


def odt_bytes(paras):
    return _odf("text", "<office:text>%s</office:text>" % "".join("<text:p>%s</text:p>" % _xesc(p) for p in paras))


def ods_bytes(rows, sheet="Tabelle1"):
    tr = "".join("<table:table-row>%s</table:table-row>" % "".join(
        '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _xesc(str(v)) for v in row)
        for row in rows)
    return _odf("spreadsheet", '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>' % (_xesc(sheet), tr))


def ics_text(lines):
    return "\r\n".join(lines) + "\r\n"

# attachment tuples: (data, maintype, subtype, filename[, charset])
def a_pdf(name, lines, title=None):
    return (pdf_bytes(lines, title or name), "application", "pdf", name)

def a_octet(name, data):
    return (data, "application", "octet-stream", name)

def a_docx(name, paras):
    return (docx_bytes(paras), "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", name)

def a_xlsx(name, rows, sheet="Tabelle1"):
    return (xlsx_bytes(rows, sheet), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)

def a_odt(name, paras):
    return (odt_bytes(paras), "application", "vnd.oasis.opendocument.text", name)

def a_ods(name, rows, sheet="Tabelle1"):
    return (ods_bytes(rows, sheet), "application", "vnd.oasis.opendocument.spreadsheet", name)

def a_csv(name, text, charset="utf-8"):
    return (text, "text", "csv", name, charset)

def a_html(name, text):
    return (text, "text", "html", name, "utf-8")

def a_txt(name, text):
    return (text, "text", "plain", name, "utf-8")

def a_ics(name, lines):
    return (ics_text(lines), "text", "calendar", name, "utf-8")

def a_zip(name, members):
    return (_zip(members), "application", "zip", name)

def a_eml(msg):
    return (msg, "message", "rfc822", None)

INS = "lindwurm-versicherung.example"

# ============================================================================= the mails
# Cast (all invented): Lindwurm Lebensversicherung AG / Lindwurm Allgemeine Versicherung AG,
# Hannover (credit protection for partner banks); Lindwurm Life Europe DAC, Dublin.


def m001():
    body = """Sehr geehrte Frau Lenz,
sehr geehrter Herr Harms,

anbei erhalten Sie die Provisionsabrechnung für das 1. Quartal 2025 aus dem
Gruppenversicherungsvertrag GV 4410-KSK (Kreditschutz Basis / Kreditschutz Plus).

Kurz die Eckdaten:
- Neuzugang Q1: 1.184 Beitritte (Vj.-Quartal: 1.302)
- Provisionsfähige Darlehenssumme: 19.742.300,00 EUR
- Abschlussprovision (gedeckelt 2,5 % der Darlehenssumme, § 50a VAG): 493.557,50 EUR
- Stornohaftung / Rückbelastung aus vorzeitigen Ablösungen: ./. 21.408,12 EUR
- Auszahlungsbetrag: 472.149,38 EUR

Die Gutschrift erfolgt wie gewohnt zum 15.04.2025 auf Ihr Provisionskonto
DE28 2505 1780 6898 8941 98 (Kreissparkasse Hohenbruck, Verwendungszweck PROV Q1-2025 GV4410).

Die Aufteilung nach Geschäftsstellen finden Sie in der Excel-Datei. Die Einzelnachweise
auf Vertragsebene stehen wie immer im Partnerportal unter "Abrechnungen" zum Download bereit.

Bei Rückfragen melden Sie sich gern.

Mit freundlichen Grüßen

Sven Ottersberg
Vertriebscontrolling Bancassurance
Lindwurm Lebensversicherung AG
Aegidientorplatz 7, 30159 Hannover
Tel. 0511 4471-2286
"""
    x = a_xlsx("Provisionsabrechnung_Q1-2025_GV4410.xlsx", [
        ["Geschäftsstelle", "Beitritte", "Darlehenssumme EUR", "Provision EUR", "Rückbelastung EUR", "Saldo EUR"],
        ["Hohenbruck Marktplatz", 312, 5412800, 135320.00, -6120.44, 129199.56],
        ["Hohenbruck Nord", 188, 2980400, 74510.00, -3011.80, 71498.20],
        ["Altenwalde", 141, 2207900, 55197.50, -2890.15, 52307.35],
        ["Bad Liesen", 226, 3811600, 95290.00, -4402.03, 90887.97],
        ["Kirchbrunn", 97, 1520300, 38007.50, -1766.90, 36240.60],
        ["Online-Kredit (Direktvertrieb)", 220, 3809300, 95232.50, -3216.80, 92015.70],
        ["Summe", 1184, 19742300, 493557.50, -21408.12, 472149.38],
    ], sheet="Q1-2025")
    return ("NORMAL", "de", "insurer-to-bank",
            "trap: commission statement for the savings bank as a company, branch totals and the bank's own account",
            mk("Sven Ottersberg <sven.ottersberg@%s>" % INS,
               "Sabine Lenz <sabine.lenz@ksk-hohenbruck.example>, Uwe Harms <uwe.harms@ksk-hohenbruck.example>",
               "Provisionsabrechnung Q1/2025 – GV 4410-KSK", body, date="2025-04-08 10:12", atts=[x]))


def m002():
    body = """Hallo Frau Lenz,

zum Leistungsfall Ihres Kunden Stefan Kuhnert, Darlehen 7203 445 18, Beitritt KS-4410-0087312:

Die Arbeitsunfähigkeit ist seit 13.01.2025 durchgehend bescheinigt (lumbaler
Bandscheibenvorfall, M51.2, OP am 22.01. im Klinikum Hohenbruck). Die Karenzzeit von
6 Wochen ist abgelaufen, wir übernehmen die Monatsraten à 312,40 EUR ab der Rate 01.03.2025,
zunächst bis 30.04.2025. Danach brauchen wir eine Folgebescheinigung.

Bitte setzen Sie das Darlehenskonto für die Zeit auf "Ratenzahlung durch Versicherer",
damit keine Mahnung rausgeht. Die März-Rate überweisen wir heute.

Gruß
Dirk Haferkamp
Leistungsservice Kreditschutz
Lindwurm Lebensversicherung AG
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-bank",
            "named borrower's incapacity claim with diagnosis, ICD code and surgery",
            mk("Dirk Haferkamp <dirk.haferkamp@%s>" % INS, "sabine.lenz@ksk-hohenbruck.example",
               "AW: Kuhnert, Stefan – Darl. 7203 445 18 – Ratenübernahme AU", body, date="2025-03-04 14:27"))


def m003():
    inner_m = inner("Petra Wintergerst <petra.wintergerst@volksbank-aachtal.example>",
                    "partnerservice@%s" % INS,
                    "Leistungsantrag Arbeitslosigkeit – Ratenkredit 40 118 772 – Nowak",
                    """Sehr geehrte Damen und Herren,

anbei der Leistungsantrag unseres Kunden Herrn Marek Nowak, geb. 19.08.1986,
wohnhaft Lindenweg 14, 76855 Annweiler-Gräfenhausen.

Herr Nowak hat für seinen Ratenkredit Nr. 40 118 772 (Kreditbetrag 18.500 EUR,
Monatsrate 389,20 EUR, Laufzeit 60 Monate) bei Abschluss im Mai 2023 den
Kreditschutz Job (Arbeitslosigkeit) abgeschlossen, Vers.-Nr. KJ-2210-0044190.

Sein Arbeitgeber, die Spedition Haag GmbH, hat ihm betriebsbedingt zum 31.01.2025
gekündigt. Er ist seit 01.02.2025 arbeitslos gemeldet. Kündigungsschreiben und der
Bewilligungsbescheid der Agentur für Arbeit (ALG I 1.614,30 EUR mtl.) liegen bei.

Die Raten sollen bitte direkt auf das Kreditkonto gehen:
DE45 6746 0041 2895 7112 85, Verwendungszweck 40118772 Nowak.

Freundliche Grüße
Petra Wintergerst
Privatkundenberatung, Geschäftsstelle Annweiler
Volksbank Aachtal eG
""", date="2025-02-18 09:05")
    body = """Hi Dirk,

der hier ist im Funktionspostfach gelandet, ist aber AL-only (Kreditschutz Job, also
Allgemeine) – kannst du den bitte übernehmen? Anlagen waren im Original dabei, hab ich
in den Leistungsvorgang gelegt.

Danke
Nadine
"""
    return ("CONFIDENTIAL", "de", "bank",
            "forwarded unemployment-only claim: name, birth date, address, income from ALG, loan account IBAN; no health",
            mk("Nadine Schollmeyer <nadine.schollmeyer@%s>" % INS, "Dirk Haferkamp <dirk.haferkamp@%s>" % INS,
               "WG: Leistungsantrag Arbeitslosigkeit – Ratenkredit 40 118 772 – Nowak", body,
               date="2025-02-18 11:40", atts=[a_eml(inner_m)]))


def m004():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #ccd">
<tr><td style="background:#0b3d5c;color:#fff;padding:16px"><h2 style="margin:0">Credit Protection Partner Update</h2>
<div>Spring 2025 &middot; Lindwurm Life Europe DAC</div></td></tr>
<tr><td style="padding:16px">
<p>Dear partners,</p>
<p>Welcome to the spring edition of our partner update for loan protection and mortgage protection.</p>
<h3>2024 in numbers</h3>
<ul>
<li>Claims paid across all partner portfolios: &euro;14.2m (2023: &euro;12.9m)</li>
<li>Death claims: 61% of amounts paid; serious illness 17%; accident &amp; sickness 15%; involuntary unemployment 7%</li>
<li>Median time from complete file to payment: 6 working days</li>
<li>Declined claims: 4.1%, mainly pre-existing condition exclusions and claims in the first 60 days</li>
</ul>
<h3>New: digital claims notification</h3>
<p>From 1 May, borrowers and your branch staff can notify a claim online. Please do <b>not</b> send medical
evidence to us by ordinary email &ndash; use the secure upload link in the claims portal.</p>
<h3>Training dates</h3>
<p>Our next &ldquo;Selling protection responsibly&rdquo; webinars for loan officers: 14 May and 11 June, 10:00 IST.
Register via <a href="https://partners.lindwurm-europe.example/training">partners.lindwurm-europe.example/training</a>.</p>
<p>Kind regards,<br>Ciar&aacute;n Doyle<br>Partner Manager, Bancassurance Ireland</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:12px">Lindwurm Life Europe DAC is regulated by the Central Bank of Ireland.
You receive this update as a distribution partner. <a href="https://partners.lindwurm-europe.example/unsubscribe">Unsubscribe</a></td></tr>
</table></body></html>"""
    text = """Credit Protection Partner Update - Spring 2025

Dear partners,

Welcome to the spring edition of our partner update for loan protection and mortgage protection.

2024 in numbers
- Claims paid across all partner portfolios: EUR 14.2m (2023: EUR 12.9m)
- Death claims: 61% of amounts paid; serious illness 17%; accident & sickness 15%; involuntary unemployment 7%
- Median time from complete file to payment: 6 working days
- Declined claims: 4.1%, mainly pre-existing condition exclusions and claims in the first 60 days

New: digital claims notification
From 1 May, borrowers and your branch staff can notify a claim online. Please do not send medical
evidence to us by ordinary email - use the secure upload link in the claims portal.

Training dates: 14 May and 11 June, 10:00 IST - partners.lindwurm-europe.example/training

Kind regards,
Ciarán Doyle
Partner Manager, Bancassurance Ireland
"""
    return ("NORMAL", "en", "newsletter",
            "trap: partner newsletter with claims statistics by cause (death, serious illness), no person",
            mk("Lindwurm Partner News <partnernews@lindwurm-europe.example>",
               "partners-ie@lindwurm-europe.example", "Credit Protection Partner Update – Spring 2025",
               text, html=html, date="2025-04-02 08:00", tz=1))


def m005():
    body = """Hi Siobhán,

Thanks for letting us know about Mr Fintan Quigley. I'm sorry to hear it, I know he'd
been a customer of your Athlone branch for a long time.

For the record on our side:
  Mortgage protection policy MP-IE-0318842, joint life first death,
  lives assured Fintan Quigley (DOB 02/11/1961) and Bríd Quigley (DOB 17/05/1964),
  sum assured at date of death approx. EUR 146,300 (decreasing cover, mortgage a/c 90-21-77 4412038).

Mr Quigley died on 9 March in University Hospital Galway. Mrs Quigley told your branch it was
a heart attack, but we will need the death certificate and the completed claim form (Form MP-C1)
before we can assess. Because the policy started in September 2023, it is still inside the
two-year contestability period, so we will also ask his GP for records going back to 2021 -
standard for any claim in the first two years, no reflection on the family.

Could you let Mrs Quigley know that the bank should freeze arrears action on the account in
the meantime? Happy to talk to her directly if she prefers - my direct line is below.

Best regards,
Aoife Brennan
Claims Manager, Lindwurm Life Europe DAC
Tel +353 1 555 0142
"""
    return ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-bank",
            "mortgage protection death claim: named deceased, cause of death, DOBs, mortgage account",
            mk("Aoife Brennan <aoife.brennan@lindwurm-europe.example>",
               "Siobhán Kelly <siobhan.kelly@corribbank.example>",
               "RE: Quigley - MPI claim notification", body, date="2025-03-14 15:02", tz=0))


def m006():
    body = """Liebe Kolleginnen und Kollegen der Kreissparkasse Hohenbruck,

wie mit Herrn Harms abgestimmt, bieten wir für die Kundenberaterinnen und -berater im
Privatkundengeschäft wieder unsere Präsenzschulung an:

  "Kreditschutz richtig beraten – Bedarf, Gesundheitsfragen, § 7d VVG"
  Dienstag, 20.05.2025, 09:00–12:30 Uhr
  S-Forum, Schulungsraum 2, Marktplatz 3, Hohenbruck

Themen:
- Wann passt Kreditschutz Basis (Tod), wann Plus (Tod + AU), wann Job (AL)?
- Gesundheitsfragen und Vorerkrankungsklausel verständlich erklären
- Die zweite Information nach einer Woche (§ 7d VVG) – was muss raus, was nicht
- Leistungsfall: Was die Filiale tun kann, wenn ein Kunde stirbt oder erkrankt
  (und was sie nicht tun sollte: keine Atteste per Mail weiterleiten!)
- IDD-Weiterbildungszeit: 3 Stunden werden bescheinigt

Die Einladung hängt als Kalendereintrag an. Anmeldung bitte bis 09.05. über Herrn Harms.

Viele Grüße
Tobias Reinhold
Partnerbetreuung Sparkassen & Genossenschaftsbanken
Lindwurm Lebensversicherung AG
Mobil 0171 5550 2917
"""
    ics = a_ics("Schulung_Kreditschutz_20-05-2025.ics", [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lindwurm//Partnerschulung//DE", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:schulung-ks-20250520@lindwurm-versicherung.example",
        "DTSTAMP:20250422T081500Z", "DTSTART;TZID=Europe/Berlin:20250520T090000",
        "DTEND;TZID=Europe/Berlin:20250520T123000",
        "SUMMARY:Kreditschutz richtig beraten – Schulung KSK Hohenbruck",
        "LOCATION:S-Forum\\, Schulungsraum 2\\, Marktplatz 3\\, Hohenbruck",
        "ORGANIZER;CN=Tobias Reinhold:mailto:tobias.reinhold@lindwurm-versicherung.example",
        "DESCRIPTION:IDD-Weiterbildung 3 Std. Bitte Beraterausweis mitbringen.",
        "END:VEVENT", "END:VCALENDAR"])
    return ("NORMAL", "de", "insurer-to-bank",
            "trap: training invitation for branch staff about health questions, death and incapacity claims",
            mk("Tobias Reinhold <tobias.reinhold@%s>" % INS, "privatkunden@ksk-hohenbruck.example",
               "Einladung: Schulung Kreditschutz am 20.05.2025", body, cc="uwe.harms@ksk-hohenbruck.example",
               date="2025-04-22 10:15", atts=[ics]))


def m007():
    body = """Sehr geehrte Frau Yıldırım,

wir bestätigen den Eingang Ihres Widerrufs vom 03.02.2025 zu Ihrem Beitritt zum
Kreditschutz Basis (Todesfallschutz), Beitrittsnummer KS-4410-0091155, zum Ratenkredit
Nr. 7203 511 09 bei der Kreissparkasse Hohenbruck.

Der Widerruf ist fristgerecht. Ihr Versicherungsschutz entfällt rückwirkend zum Beginn
(15.01.2025). Den mitfinanzierten Einmalbeitrag von 1.142,88 EUR erstatten wir in voller
Höhe auf Ihr Darlehenskonto; die Kreissparkasse verrechnet ihn mit der Restschuld und
schickt Ihnen einen neuen Tilgungsplan.

Mit freundlichen Grüßen

Lindwurm Lebensversicherung AG
Kundenservice Kreditschutz
i. A. Jasmin Köhler

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "named person's life-cover (death) credit protection contract – withdrawal and refund, no medical word",
            mk("Kundenservice Kreditschutz <kreditschutz@%s>" % INS, "Ayşe Yıldırım <a.yildirim@mailpost.example>",
               "Ihr Widerruf – Kreditschutz Basis KS-4410-0091155", body, date="2025-02-06 16:44"))


def m008():
    body = """Dear Mr Kavanagh,

Claim reference PP-UE-25-00417
Policy: Payment Protection (Involuntary Unemployment only), policy no. MMF-PPU-0072195
Finance agreement: Midlands Motor Finance HP 66-1180734 (Skoda Octavia, 241-WH-3307)

Thank you for the documents you sent on 19 February. We have now accepted your claim.

Your employer, Tullamore Precision Castings Ltd, confirmed your redundancy with effect from
31 January 2025, and the Department of Social Protection confirmed your Jobseeker's Benefit
claim. After the 30-day excess period we will pay your monthly instalment of EUR 412.66
directly to Midlands Motor Finance, starting with the instalment due on 5 March 2025, for
as long as you remain unemployed, up to a maximum of 12 instalments.

Please send us your Jobseeker's statement each month (a photo via the claims portal is fine).
If you find work, please tell us within 14 days.

Yours sincerely,

Gráinne Fox
Claims Handler, Lindwurm Life Europe DAC (on behalf of Lindwurm General Insurance Europe DAC)
"""
    return ("CONFIDENTIAL", "en", "insurer-to-customer",
            "unemployment-only payment protection claim of a named person with finance agreement and registration; no health",
            mk("Gráinne Fox <claims@lindwurm-europe.example>", "Patrick Kavanagh <pkavanagh@inboxmail.example>",
               "Your claim PP-UE-25-00417 – accepted", body, date="2025-02-26 12:31", tz=0))


def m009():
    body = """Team,

Q4 portfolio pack for the credit protection book (DE + IE) attached, for Thursday's
steering call. Headlines:

* In-force lives 412,118 (+3.4% yoy); DE share 78%.
* Loss ratio 22.8% DE / 31.5% IE. IE up because of two large MPI death claims in Q3.
* AU incidence DE 4.9 per mille (plan 4.6) - mostly M and F chapters again, see tab 3.
* Unemployment incidence still benign, 2.1 per mille.
* Single premium refunds on early repayment: 9.1% of GWP, trending up after the BGH line.

Small cells (<5 claims) are merged into "other", as agreed with DPO.

Henrik
"""
    x = a_xlsx("CP_portfolio_Q4-2024.xlsx", [
        ["Segment", "Lives in force", "GWP EUR k", "Claims paid EUR k", "Loss ratio"],
        ["DE Kreditschutz Basis (death)", 141200, 18420, 3310, "18.0%"],
        ["DE Kreditschutz Plus (death + AU)", 160830, 29115, 7810, "26.8%"],
        ["DE Kreditschutz Job (unemployment)", 19408, 2211, 402, "18.2%"],
        ["IE Mortgage protection", 61230, 9880, 3420, "34.6%"],
        ["IE Loan / payment protection", 29450, 3105, 742, "23.9%"],
        [],
        ["AU claims by ICD chapter (DE, 2024)", "Claims", "Share"],
        ["M - musculoskeletal", 1412, "38%"],
        ["F - mental and behavioural", 1006, "27%"],
        ["C/D - neoplasms", 371, "10%"],
        ["S/T - injuries", 330, "9%"],
        ["I - circulatory", 220, "6%"],
        ["other (merged)", 372, "10%"],
    ], sheet="Summary")
    return ("NORMAL", "en", "internal",
            "trap: portfolio statistics with loss ratios and claims by ICD chapter, aggregates only",
            mk("Henrik Salomon <henrik.salomon@%s>" % INS,
               "cp-steering@%s" % INS, "Q4 portfolio pack credit protection", body,
               cc="Martin Kessler <martin.kessler@lindwurm-europe.example>", date="2025-02-11 18:05", atts=[x]))


def m010():
    inner_txt = """Praxis Dr. med. Sabine Oltmanns
Fachärztin für Allgemeinmedizin – Psychotherapie
Lindenallee 22, 31134 Hildesheim

An: Lindwurm Lebensversicherung AG, Leistungsservice Kreditschutz
Ihr Zeichen: L-KS-25-002214

Ärztlicher Bericht zur Arbeitsunfähigkeit

Patientin: Katharina Brüggemann, geb. 07.04.1979
Vers.-Nr. / Beitritt: KS-4410-0061034

Frau Brüggemann befindet sich seit 02.12.2024 in meiner Behandlung und ist seitdem
durchgehend arbeitsunfähig. Diagnosen: mittelgradige depressive Episode (F32.1 G),
Anpassungsstörung nach Trennung (F43.2 G). Medikation: Sertralin 100 mg 1-0-0.
Seit 15.01.2025 zusätzlich wöchentliche ambulante Psychotherapie (Dipl.-Psych. R. Mainz).
Eine Wiedereingliederung halte ich frühestens ab Mitte April für realistisch.
Vorerkrankungen im psychiatrischen Bereich sind mir nicht bekannt; in 2023 einmalig
Vorstellung wegen Schlafstörungen (G47.0), keine Therapie.

Hildesheim, 10.02.2025
Dr. med. S. Oltmanns
"""
    body = """Hallo Herr Dr. Brandes,

könnten Sie bitte kurz auf den Bericht schauen? Knackpunkt ist die Schlafstörung 2023 –
Beitritt war 01.06.2024, Vorerkrankungsklausel 12 Monate. Ich sehe keinen Zusammenhang
mit der jetzigen Episode, hätte aber gern Ihr Votum für die Akte.

Bericht unten reinkopiert, das PDF liegt in der eAkte.

Danke und Gruß
Nadine Schollmeyer

-----Ursprüngliche Nachricht-----
Von: Praxis Dr. Oltmanns <praxis@praxis-oltmanns.example>
Gesendet: Dienstag, 11. Februar 2025 08:14
An: leistung-kreditschutz@lindwurm-versicherung.example
Betreff: Ihr Zeichen L-KS-25-002214 Brüggemann

""" + inner_txt
    return ("STRICTLY_CONFIDENTIAL", "de", "doctor",
            "GP report quoted inline: diagnoses with ICD codes, medication, psychotherapy",
            mk("Nadine Schollmeyer <nadine.schollmeyer@%s>" % INS, "Dr. Ulrich Brandes <ulrich.brandes@%s>" % INS,
               "WG: Ihr Zeichen L-KS-25-002214 Brüggemann", body, date="2025-02-11 09:30"))


def m011():
    body = """Hallo Frau Wintergerst,

wie gestern am Telefon besprochen hier das aktuelle Produktinformationsblatt und das
IPID für Kreditschutz Plus (Stand 01/2025). Die alte Version 07/2023 bitte nicht mehr
aushändigen, dort steht noch die alte Karenzzeit.

Im PIB ist die Beispielrechnung mit dem fiktiven Kunden drin – die dürfen Sie gern
im Beratungsgespräch zeigen.

Schöne Grüße aus Hannover
Tobias Reinhold
"""
    pdf = a_pdf("PIB_Kreditschutz_Plus_2025-01.pdf", [
        "Produktinformationsblatt – Kreditschutz Plus (Tarif KSP25)",
        "Lindwurm Lebensversicherung AG / Lindwurm Allgemeine Versicherung AG",
        "",
        "1. Welche Risiken sind versichert?",
        "   Tod der versicherten Person: Zahlung der Restschuld laut Tilgungsplan.",
        "   Arbeitsunfähigkeit (AU) infolge Krankheit oder Unfall: Übernahme der Monatsrate.",
        "2. Wartezeit und Karenzzeit",
        "   Keine Wartezeit bei Unfall. AU: Karenzzeit 6 Wochen, danach rückwirkend ab dem 1. Tag.",
        "3. Was ist nicht versichert?",
        "   Erkrankungen, wegen derer die versicherte Person in den letzten 12 Monaten vor Beginn",
        "   ärztlich behandelt wurde und die innerhalb von 24 Monaten zum Leistungsfall führen.",
        "   Vorsätzlich herbeigeführte Gesundheitsstörungen; Sucht; Kriegsereignisse.",
        "4. Beitrag",
        "   Einmalbeitrag, mitfinanziert. Beitragssatz abhängig von Laufzeit und Eintrittsalter.",
        "",
        "Beispielrechnung (fiktiv):",
        "   Max Mustermann, 40 Jahre, Nettodarlehen 20.000 EUR, Laufzeit 72 Monate",
        "   Einmalbeitrag Kreditschutz Plus: 1.488,00 EUR; Monatsrate inkl. Beitrag: 347,12 EUR",
        "   Effektiver Jahreszins Darlehen 6,49 % (ohne Versicherung)",
        "",
        "5. Widerruf: 30 Tage ab Zugang der Unterlagen. Kündigung jederzeit zum Monatsende.",
        "6. Bei vorzeitiger Rückzahlung des Darlehens wird der nicht verbrauchte Beitrag erstattet.",
    ])
    return ("NORMAL", "de", "insurer-to-bank",
            "trap: product information sheet with exclusions for illness and a fictitious example customer",
            mk("Tobias Reinhold <tobias.reinhold@%s>" % INS, "petra.wintergerst@volksbank-aachtal.example",
               "PIB + IPID Kreditschutz Plus Stand 01/2025", body, date="2025-01-29 08:52", atts=[pdf]))


def m012():
    body = """Sehr geehrter Herr Lüttke,

wir übergeben Ihnen folgende Forderung zur außergerichtlichen Beitreibung:

Schuldner:        Daniel Schwertfeger, Am Kanal 9, 44536 Lünen
Unser Zeichen:    RF-2025-0113
Rechtsgrund:      Rückforderung überzahlter Leistungen aus Kreditschutz Job
                  (Arbeitslosigkeit), Vers.-Nr. KJ-2210-0039877
Hauptforderung:   1.167,60 EUR (3 Monatsraten à 389,20 EUR, Zeitraum 09–11/2024)
Mahnkosten:       10,00 EUR
Fälligkeit:       seit 14.01.2025

Hintergrund: Herr Schwertfeger hat zum 01.09.2024 eine neue Beschäftigung aufgenommen
(Lagerlogistik Kersting GmbH, lt. Meldung Agentur für Arbeit), dies aber nicht mitgeteilt.
Die Raten wurden bis einschließlich November an die Bank gezahlt. Zwei Zahlungserinnerungen
(02.12.2024, 07.01.2025) blieben ohne Reaktion.

Ratenzahlung bis 4 Monatsraten können Sie ohne Rücksprache vereinbaren.
Zahlungen bitte auf unser Konto bei der Commerzbank, IBAN DE44 3704 0044 0609 0330 71.

Mit freundlichen Grüßen
Kerstin Wolff
Forderungsmanagement
Lindwurm Allgemeine Versicherung AG
"""
    return ("CONFIDENTIAL", "de", "insurer-to-collector",
            "debt collection hand-over: named debtor, address, unemployment policy and employment data; no health",
            mk("Kerstin Wolff <kerstin.wolff@%s>" % INS, "Marco Lüttke <m.luettke@falkenried-inkasso.example>",
               "Übergabe Forderung RF-2025-0113", body, date="2025-02-03 11:02"))


def m013():
    body = """Thank you for your email. I am out of the office until Monday 24 March with limited access
to email.

For new claim notifications please use claims@lindwurm-europe.example or call the claims line
+353 1 555 0100 (Mon-Fri 09:00-17:00). For bereavement claims our team will call the family back
the same day.

Aoife Brennan
Claims Manager
"""
    return ("NORMAL", "en", "insurer-to-bank",
            "trap: out-of-office mentioning bereavement claims, nobody concerned",
            mk("Aoife Brennan <aoife.brennan@lindwurm-europe.example>", "Declan Murphy <declan.murphy@liffeycu.example>",
               "Automatic reply: Loan protection – member query", body, date="2025-03-18 09:41", tz=0,
               hdr={"Auto-Submitted": "auto-replied"}))


def m014():
    orig = """> From: James Whitfield <jwhitfield@freemail.example>
> Sent: 02 April 2025 21:17
> To: service@kredito-direkt.example
> Subject: Loan 5512-88302 - can the insurance pay?
>
> Hello,
>
> sorry for writing in English, my German is not good enough for this.
>
> I took out a personal loan with you in October (EUR 24,000, 84 months) and I ticked the
> box for the "Ratenschutz" insurance. Last week I was diagnosed with Hodgkin lymphoma
> (stage II) at the Uniklinik. I start chemotherapy on 14 April, 6 cycles ABVD, and my
> oncologist says I will not be able to work for at least six months.
>
> I am self-employed (IT contractor), so I will have no income during that time. Does the
> insurance pay my monthly rate of EUR 366.90? What do I need to send? I can send the
> Arztbrief from the hospital.
>
> Thanks,
> James Whitfield
> Kastanienweg 3, 53129 Bonn
"""
    body = """Hi Dirk, hi Nadine,

Kredito passed this on to our partner mailbox this morning. Customer writes in English,
so I suggest we answer in English too. Insured under Kreditschutz Plus via Kredito,
Beitritt KS-5120-0014488. Self-employed - please check the AU definition for
Selbständige before anybody promises anything.

Claire Dubois at Kredito asked to be kept in copy for the loan side only, not the medical
part.

Thanks
Melike

""" + orig
    return ("STRICTLY_CONFIDENTIAL", "en", "customer",
            "borrower's own mail quoted: lymphoma diagnosis, chemotherapy, loan and insurance",
            mk("Melike Aydın <melike.aydin@%s>" % INS,
               "Dirk Haferkamp <dirk.haferkamp@%s>, Nadine Schollmeyer <nadine.schollmeyer@%s>" % (INS, INS),
               "FW: Loan 5512-88302 - can the insurance pay?", body, date="2025-04-03 10:20"))


def m015():
    body = """Ticket INC-2025-044871 – Priorität 2

Kurzbeschreibung: Partnerportal – Upload "AU-Bescheinigung / Arztbericht" bricht ab

Beschreibung:
Seit dem Release 3.14 am Wochenende können Bankmitarbeiter im Partnerportal im
Dialog "Leistungsfall melden > Unterlagen" keine Dateien > 5 MB mehr hochladen.
Fehler: HTTP 413 Request Entity Too Large (nginx). Betroffen sind v. a. gescannte
Arztberichte und Sterbeurkunden als Mehrseiten-PDF. Kleinere Dateien gehen.

Mehrere Filialen (KSK Hohenbruck, VB Aachtal) weichen deshalb auf E-Mail aus, was
wir ausdrücklich nicht wollen. Bitte client_max_body_size wieder auf 25 MB setzen
wie vor dem Release.

Gemeldet von: Dirk Haferkamp, Leistungsservice Kreditschutz
Zuständig: Team Portale / Betrieb
"""
    return ("NORMAL", "de", "internal",
            "trap: IT ticket about uploads of doctors' reports and death certificates, no person",
            mk("IT-Servicedesk <servicedesk@%s>" % INS, "team-portale@%s" % INS,
               "[INC-2025-044871] Partnerportal Upload AU-Bescheinigung bricht ab (413)", body,
               date="2025-03-10 07:58"))


def m016():
    body = """Hallo Herr Kowalczyk,

danke für die schnelle Meldung. Zum GAP-Schaden Ihrer Kundin:

Kundin:           Melanie Drost, Wiesenstraße 41, 30851 Langenhagen
Fahrzeug:         VW Tiguan 2.0 TDI, FIN WVGZZZ5NZPW118734, H-MD 2207
Finanzierung:     Merowa Autobank, Vertrag 88-4471902, Schlussrate 14.250,00 EUR
GAP-Vertrag:      GAP-MA-0033912 (Lindwurm Allgemeine), Beginn 01.09.2023
Schaden:          Totalschaden Verkehrsunfall 28.02.2025, A2 bei Garbsen, Fremdverschulden,
                  laut Polizeibericht niemand verletzt

Wir brauchen noch:
1. Gutachten mit Wiederbeschaffungswert (Haftpflichtversicherer des Gegners hat
   beauftragt, Kopie genügt)
2. Abrechnungsschreiben des gegnerischen Haftpflichtversicherers
3. Aktuelle Ablösesumme von Merowa zum Stichtag der Regulierung

Die Differenz zwischen Ablösesumme und Wiederbeschaffungswert zahlen wir dann direkt an
Merowa. Die Kundin muss nichts weiter tun.

Viele Grüße
Melike Aydın
Partnerbetreuung Autobanken & Handel
Lindwurm Allgemeine Versicherung AG
"""
    return ("CONFIDENTIAL", "de", "insurer-to-dealer",
            "GAP claim of a named customer: address, VIN, plate, finance contract; nobody hurt",
            mk("Melike Aydın <melike.aydin@%s>" % INS, "Dennis Kowalczyk <d.kowalczyk@autohaus-brenneke.example>",
               "GAP-Schaden Drost – GAP-MA-0033912", body, date="2025-03-05 13:48",
               cc="Kai Rosenthal <kai.rosenthal@merowa-autobank.example>"))


def m017():
    body = """Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeigen wir an, dass uns Herr Gerd Pawlitzki,
Hauptstraße 118, 67434 Neustadt an der Weinstraße, mit der Wahrnehmung seiner
rechtlichen Interessen beauftragt hat. Vollmacht anbei.

Unser Mandant nahm am 12.10.2023 bei der Volksbank Aachtal eG einen Ratenkredit über
32.000,00 EUR auf (Konto 40 117 905). Zugleich wurde ihm der Beitritt zum Kreditschutz
Plus (Tod und Arbeitsunfähigkeit, Beitritt KS-4420-0052716) vermittelt; der Einmalbeitrag
von 3.012,44 EUR wurde mitfinanziert.

Unser Mandant leidet seit 2019 an einem insulinpflichtigen Diabetes mellitus Typ 2
(E11.9) mit diabetischer Polyneuropathie. Dies war der Beraterin bekannt; er hat im
Beratungsgespräch ausdrücklich danach gefragt, ob die Versicherung "bei seinem Zucker"
überhaupt etwas bringe. Die Antwort lautete, das sei "kein Problem". Tatsächlich hätte ihm
im Leistungsfall die Vorerkrankungsklausel entgegengestanden. Ihre Ablehnung vom
17.01.2025 (AU wegen Fußulkus, Ihr Zeichen L-KS-24-011902) bestätigt dies.

Der Beitritt war für unseren Mandanten von Anfang an wertlos. Wir fordern Sie auf,
1. den Einmalbeitrag nebst anteiliger Zinsen in Höhe von insgesamt 3.388,17 EUR
2. hilfsweise die Leistung aus dem AU-Fall ab 14.11.2024
bis zum 21.03.2025 zu erstatten. Eine Beschwerde bei der BaFin behalten wir uns vor.

Mit freundlichen Grüßen

Dr. Carola Wendt
Rechtsanwältin / Fachanwältin für Versicherungsrecht
Wendt & Partner Rechtsanwälte mbB, Rheinstraße 7, 67059 Ludwigshafen
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "lawyer",
            "lawyer's letter: client's diabetes with ICD code, foot ulcer, declined incapacity claim",
            mk("Dr. Carola Wendt <c.wendt@wendt-partner.example>", "beschwerde@%s" % INS,
               "Pawlitzki ./. Lindwurm Lebensversicherung AG – Kreditschutz Plus KS-4420-0052716", body,
               date="2025-03-07 17:22"))


def m018():
    body = """Liebe Partnerbanken,

zur Einordnung der aktuellen Aufsichtspraxis bei Restschuldversicherungen hier unsere
Zusammenfassung (ersetzt keine Rechtsberatung):

1. Provisionsdeckel (§ 50a VAG): Abschlussprovision max. 2,5 % der Darlehenssumme,
   Bestandspflege und "Vergütung für sonstige Leistungen" werden eingerechnet.
2. Zweite Information nach § 7d VVG: frühestens eine Woche nach Beitritt erneut
   Informationsblatt + Hinweis auf Widerrufsrecht. Bitte dokumentieren, wann der
   Versand erfolgt ist.
3. Koppelung: Die Darlehenskonditionen dürfen nicht davon abhängen, ob der Kunde
   Kreditschutz abschließt. Bei Prüfungen der BaFin wird das regelmäßig stichprobenhaft
   anhand der Konditionsfreigaben geprüft.
4. Gesundheitsfragen: Nur die vereinbarten Fragen verwenden, keine "freihändigen"
   Zusatzfragen in der Filiale. Antworten nicht in Notizfeldern des Kreditsystems
   speichern.
5. Beschwerden: Kundenbeschwerden zum Kreditschutz bitte innerhalb von 5 Werktagen an
   beschwerde@lindwurm-versicherung.example weitergeben.

Fragen gern an Ihre Partnerbetreuung.

Jana Petersen-Kühl
Leiterin Bancassurance
Lindwurm Lebensversicherung AG
"""
    return ("NORMAL", "de", "insurer-to-bank",
            "trap: regulatory summary on commission cap, health questions and complaints, no person",
            mk("Jana Petersen-Kühl <jana.petersen-kuehl@%s>" % INS, "partnerbanken-verteiler@%s" % INS,
               "Aufsichtsrechtliche Hinweise Kreditschutz – Stand März 2025", body, date="2025-03-12 12:00"))


def m019():
    body = """Hi Gráinne,

Three more failed direct debits on the unemployment-only PPI book this month, can you put
the policies on the 30-day lapse letter run? Details:

Policy          Customer            Mandate IBAN                  Amount   Return code
MMF-PPU-0071288 Shauna Reilly       IE57 MMFN 9311 0844 1646 51   18.40    AC04 closed
MMF-PPU-0073020 Ronan Tierney       IE38 MMFN 9304 7366 2723 85   22.15    AM04 insufficient
MMF-PPU-0074411 Agnieszka Wolska    IE25 MMFN 9383 7341 1514 71   16.90    MD06 refund req

Ms Wolska rang our office and says she cancelled because she's moved to a permanent
contract and doesn't want the cover any more - I've told her to put that in writing to you.

Thanks,
Eoin Hartigan
Customer Operations, Midlands Motor Finance DAC
"""
    return ("CONFIDENTIAL", "en", "bank",
            "failed direct debits: named customers, IBANs and unemployment policies; no health",
            mk("Eoin Hartigan <eoin.hartigan@mmf.example>", "Gráinne Fox <claims@lindwurm-europe.example>",
               "Failed DDs - PPU - March", body, date="2025-03-25 16:10", tz=0))


def m020():
    body = """Frau Schollmeyer,

Votum zu L-KS-25-001377 (Herr Rüdiger Ahlers, Beitritt 01.03.2024, Kreditschutz Plus,
Darlehen VB Aachtal):

Leistungsfall: AU seit 05.01.2025 nach STEMI (I21.0), Stentimplantation RIVA,
anschließend AHB in der Reha-Klinik Bad Liesen bis 12.02.2025.

Vorbehandlung laut Hausarztauskunft: arterielle Hypertonie (I10.90) seit 2021,
Ramipril 5 mg; Hypercholesterinämie (E78.0), Atorvastatin 20 mg seit 09/2023;
Nikotinabusus 25 py. Letzte Konsultation vor Beitritt: 14.11.2023, Blutdruckkontrolle.

Bewertung: Hypertonie und Hypercholesterinämie sind wesentliche Risikofaktoren, aber
keine Vorerkrankung im Sinne der Klausel "Erkrankung, die ursächlich für den
Leistungsfall ist" in dem Sinne, dass der Infarkt selbst vorbehandelt wurde. Die
Rechtsprechung sieht bei reinen Risikofaktoren die Kausalität regelmäßig nicht als
nachgewiesen an. Ich empfehle Leistung.

Wiedereingliederung nach Hamburger Modell dürfte ab ca. April möglich sein,
Folge-AU bitte anfordern.

Dr. med. U. Brandes
Beratender Arzt
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "internal",
            "medical adviser's opinion: myocardial infarction, prior conditions, medication, ICD codes",
            mk("Dr. Ulrich Brandes <ulrich.brandes@%s>" % INS, "Nadine Schollmeyer <nadine.schollmeyer@%s>" % INS,
               "Votum L-KS-25-001377", body, date="2025-02-20 15:33"))


def m021():
    body = """Dear Helena,

Ahead of the 1/7 renewal please find attached the bordereau summary for the credit
protection quota share (treaty CP-QS-2022). Figures are at cohort level only, per our data
sharing annex; no individual lives. Key points:

- Ceded premium 2024: EUR 9.31m (40% QS)
- Ceded claims 2024: EUR 2.45m, of which death EUR 1.62m, disability/AU EUR 0.71m
- Largest single death claim: EUR 312k (IE mortgage protection, age band 55-59)
- Unemployment stays outside the treaty as discussed

We'd like to discuss moving the AU waiting period reinsurance to a 3-month deferred basis
and the commission corridor. Would 6 May in Hamburg work for you?

Best,
Martin Kessler
Head of Bancassurance Europe
Lindwurm Life Europe DAC
"""
    csvt = """cohort;segment;lives;ceded_premium_eur;ceded_claims_eur;claims_count
2022;DE_Basis;41200;1812000;402100;38
2022;DE_Plus;52800;3120400;910550;311
2023;DE_Basis;44020;1904400;388200;35
2023;DE_Plus;55110;3311900;805770;287
2023;IE_MPI;21040;1480200;612000;11
2024;IE_MPI;22900;1580100;702440;9
"""
    return ("NORMAL", "en", "insurer-to-partner",
            "trap: reinsurance bordereau summary by cohort, death/disability amounts, no individuals",
            mk("Martin Kessler <martin.kessler@lindwurm-europe.example>", "Helena Park <helena.park@nordhafen-re.example>",
               "CP-QS-2022 renewal – bordereau summary 2024", body, date="2025-04-10 10:05", tz=1,
               atts=[a_csv("CP-QS-2022_cohort_summary_2024.csv", csvt)]))


def m022():
    body = """Moin Herr Kowalczyk,

die Flyer "3-Wege-Finanzierung mit Kreditschutz" (DIN lang, 250 Stück) und die zwei
Tischaufsteller sind heute an Sie raus, DHL-Sendung 00340434 1188 2207 5510.

Die neue Version hat den Hinweis, dass der Kreditschutz freiwillig ist und die
Finanzierung nicht davon abhängt – bitte die alten Flyer aus dem Showroom nehmen und
entsorgen.

Beste Grüße
Melike Aydın
"""
    return ("NORMAL", "de", "insurer-to-dealer",
            "trap: marketing material shipment to a car dealer, no person",
            mk("Melike Aydın <melike.aydin@%s>" % INS, "d.kowalczyk@autohaus-brenneke.example",
               "Flyer Kreditschutz sind unterwegs", body, date="2025-01-21 14:02"))


def m023():
    body = """Sehr geehrte Frau Albers,

vielen Dank für die Anfrage. Für Ihre Kunden Eheleute Berger kann ich Ihnen den
Kreditschutz Job (nur Arbeitslosigkeit) zum Vorausdarlehen wie folgt anbieten:

Vorausdarlehen Nr. VD 3390 1277 41, 165.000 EUR, Zinsrate 589,00 EUR mtl.

Versicherte Person 1: Tobias Berger, geb. 03.12.1988, Industriemechaniker, unbefristet
  seit 2014 bei Hartmann Antriebstechnik GmbH, netto ca. 3.150 EUR
Versicherte Person 2: Lena Berger, geb. 22.06.1990, Erzieherin (TVöD), Teilzeit 30 Std.,
  netto ca. 1.980 EUR

Ratenabsicherung je 50 % der Zinsrate (294,50 EUR), max. 12 Monate je Leistungsfall,
Wartezeit 3 Monate, Karenzzeit 2 Monate. Monatsbeitrag gesamt 21,94 EUR.

Eine Absicherung des Todesfalls ist darin ausdrücklich nicht enthalten; wenn die
Kunden das wünschen, brauchen wir separat die Gesundheitsfragen.

Angebot im Anhang, gültig 4 Wochen.

Mit freundlichen Grüßen
Tobias Reinhold
"""
    pdf = a_pdf("Angebot_KJ_Berger_VD3390127741.pdf", [
        "Angebot Kreditschutz Job – Heimstatt Bausparkasse AG",
        "Darlehen: Vorausdarlehen VD 3390 1277 41, 165.000,00 EUR",
        "VP1: Tobias Berger, geb. 03.12.1988 – Absicherung 294,50 EUR mtl.",
        "VP2: Lena Berger, geb. 22.06.1990 – Absicherung 294,50 EUR mtl.",
        "Monatsbeitrag gesamt: 21,94 EUR, Zahlung per Lastschrift",
        "Wartezeit 3 Monate, Karenzzeit 2 Monate, Leistungsdauer max. 12 Monate je Fall",
    ])
    return ("CONFIDENTIAL", "de", "insurer-to-bank",
            "unemployment cover quote for named borrowers with birth dates, employers and net income; no life cover",
            mk("Tobias Reinhold <tobias.reinhold@%s>" % INS, "Gudrun Albers <gudrun.albers@heimstatt-bauspar.example>",
               "Angebot Kreditschutz Job – Eheleute Berger, VD 3390 1277 41", body, date="2025-01-16 11:25",
               atts=[pdf]))


def m024():
    body = """Dear Ms Connolly,

Please find attached our letter regarding your claim reference PP-AS-25-00088.

If you have any questions, please call us on +353 1 555 0100.

Kind regards,
Claims Team
Lindwurm Life Europe DAC
"""
    pdf = a_pdf("PP-AS-25-00088_decision.pdf", [
        "Lindwurm Life Europe DAC – Claims Department, 4 Harbour Square, Dublin 2",
        "",
        "Ms Eimear Connolly, 27 Clonmore Park, Mullingar, Co. Westmeath",
        "Date: 8 April 2025",
        "Policy: Loan Payment Protection (Accident, Sickness & Unemployment), LCU-PP-0019982",
        "Loan: Liffey Credit Union, loan no. 8812-4410",
        "",
        "Dear Ms Connolly,",
        "We have now completed our review of your sickness claim for absence from work from",
        "20 January 2025 (lumbar disc prolapse L4/L5, certified by Dr N. Gallagher).",
        "The medical records show that you attended your GP on 3 and 24 June 2024 with low back",
        "pain radiating to the left leg and were referred for an MRI, six weeks before your cover",
        "started on 1 August 2024. Under section 6.2 (pre-existing conditions) we are unable to pay",
        "this claim. Your unemployment cover is not affected.",
        "You may ask us to review this decision, or complain to the Financial Services and",
        "Pensions Ombudsman.",
        "Yours sincerely, Aoife Brennan, Claims Manager",
    ])
    return ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "harmless body; declinature letter only in the PDF: back condition, GP visits, MRI",
            mk("Claims Team <claims@lindwurm-europe.example>", "eimear.connolly@inboxmail.example",
               "Your claim PP-AS-25-00088", body, date="2025-04-08 14:40", tz=1, atts=[pdf]))


def m025():
    body = """Hallo zusammen,

bitte die Stellenanzeige bis Freitag auf der Karriereseite und bei den Jobportalen
veröffentlichen. Kennziffer 2025-LS-07.

---
Sachbearbeiter*in Leistungsprüfung Kreditschutz (m/w/d), Hannover, Vollzeit/Teilzeit

Sie prüfen Leistungsanträge aus Restschuld- und Ratenschutzversicherungen: Todesfall,
Arbeitsunfähigkeit und Arbeitslosigkeit. Sie werten ärztliche Unterlagen aus, holen
Auskünfte bei Ärzten und Kliniken ein, arbeiten eng mit unserem beratenden Arzt und den
Partnerbanken zusammen und führen einfühlsame Gespräche mit Hinterbliebenen.

Sie bringen mit: Ausbildung zum/zur Kaufmann/-frau für Versicherungen und Finanzen oder
Medizinische/r Fachangestellte/r mit Versicherungserfahrung; Kenntnisse ICD-10 von Vorteil.
Wir bieten: 38-Stunden-Woche, mobiles Arbeiten bis 60 %, betriebliche Altersversorgung.
---

Danke!
Jana Petersen-Kühl
"""
    return ("NORMAL", "de", "internal",
            "trap: job ad for claims handler mentioning death, incapacity, medical records, ICD-10",
            mk("Jana Petersen-Kühl <jana.petersen-kuehl@%s>" % INS, "recruiting@%s" % INS,
               "Stellenanzeige 2025-LS-07 Leistungsprüfung Kreditschutz", body, date="2025-01-27 09:10"))


def m026():
    body = """Sehr geehrter Herr Simitzis,

herzlichen Dank für die Meldung und die Kopie der Sterbeurkunde. Wir haben den
Leistungsfall angelegt:

  Leistungsfall L-KS-25-003051
  Versicherte Person: Horst Lorenz, verstorben am 26.03.2025
  Beitritt KS-4410-0049921 (Kreditschutz Basis), Darlehen 7203 398 44

Da der Beitritt länger als drei Jahre zurückliegt, benötigen wir keine ärztlichen
Unterlagen. Die Restschuld zum Todestag (laut Ihrem Tilgungsplan 9.884,16 EUR) zahlen
wir nach Eingang des Leistungsantrags der Erben auf das Darlehenskonto. Bitte halten Sie
die Lastschriften bis dahin an.

Den Leistungsantrag (Vordruck LA-T) schicken wir Frau Lorenz direkt zu; Sie brauchen
nichts weiter zu veranlassen.

Mit freundlichen Grüßen
Dirk Haferkamp

> Von: Jörg Simitzis <joerg.simitzis@ksk-hohenbruck.example>
> Gesendet: Montag, 31. März 2025 16:02
> Betreff: Todesfall Kunde Lorenz, Darlehen 7203 398 44
>
> Hallo Herr Haferkamp,
> Frau Lorenz war heute bei mir, ihr Mann ist letzte Woche verstorben. Er hatte damals
> den Kreditschutz zum Autokredit. Sterbeurkunde in Kopie anbei, Frau Lorenz wohnt weiter
> Birkenhof 3 in Altenwalde. Was muss sie tun?
> Gruß J. Simitzis, Geschäftsstelle Altenwalde
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-bank",
            "death claim under life cover for a named borrower, date of death, loan data",
            mk("Dirk Haferkamp <dirk.haferkamp@%s>" % INS, "Jörg Simitzis <joerg.simitzis@ksk-hohenbruck.example>",
               "AW: Todesfall Kunde Lorenz, Darlehen 7203 398 44", body, date="2025-04-01 09:18"))


def m027():
    body = """Hi all,

Moving the monthly Dublin/Hannover ops sync to Wednesdays 14:00 CET / 13:00 IST from May,
Teams link unchanged. Agenda items to me by Monday please.

Standing items:
1. Claims system migration (Leben-KS to Guidewire) - status
2. Partner onboarding pipeline (Kredito AT, Shannon Credit Union)
3. Complaints trend

Thanks,
Ciarán
"""
    return ("NORMAL", "en", "internal", "meeting organisation, nothing personal",
            mk("Ciarán Doyle <ciaran.doyle@lindwurm-europe.example>", "cp-ops-sync@%s" % INS,
               "Ops sync moving to Wednesdays", body, date="2025-04-16 11:02", tz=1))


def m028():
    body = """Dear Mr Okafor,

thank you for your email of 10 March and the documents. To process your claim under
Kreditschutz Job (unemployment cover) for your Kredito loan 5512-79114 we still need:

1. The full termination letter from Brightline Logistics GmbH (you sent page 1 of 2)
2. The decision letter (Bewilligungsbescheid) from the Agentur für Arbeit showing your
   unemployment benefit from 01.03.2025 - the registration confirmation alone is not enough

Your policy number is KJ-5120-0003371. The first instalment we can cover is the one due
on 01.05.2025 (two-month excess period).

You can upload the documents in the customer portal or reply to this email.

Kind regards
Dirk Haferkamp
Credit protection claims
Lindwurm Allgemeine Versicherung AG
"""
    return ("CONFIDENTIAL", "en", "insurer-to-customer",
            "unemployment claim of a named borrower: employer, benefits, loan and policy number; no health",
            mk("Dirk Haferkamp <dirk.haferkamp@%s>" % INS, "Chinedu Okafor <c.okafor@netzpost.example>",
               "Your unemployment claim – KJ-5120-0003371", body, date="2025-03-13 10:47"))


def m029():
    body = """Sehr geehrte Frau Lenz, sehr geehrter Herr Harms,

anbei der Entwurf des 3. Nachtrags zum Gruppenversicherungsvertrag GV 4410-KSK mit der
Bitte um Prüfung. Änderungen gegenüber dem Stand 2024 sind im Dokument beschrieben;
wesentlich sind die neuen Beitragssätze ab 01.07.2025 und die Anpassung der
Vorerkrankungsklausel an die Musterbedingungen.

Gern besprechen wir das im Jour fixe am 06.05.

Freundliche Grüße
Jana Petersen-Kühl
"""
    docx = a_docx("GV4410_Nachtrag3_Entwurf_v2.docx", [
        "3. Nachtrag zum Gruppenversicherungsvertrag GV 4410-KSK",
        "zwischen der Kreissparkasse Hohenbruck (Versicherungsnehmerin) und der Lindwurm Lebensversicherung AG sowie der Lindwurm Allgemeine Versicherung AG",
        "§ 1 Beitragssätze: Ab dem 01.07.2025 gelten die Beitragssätze der Anlage 2 (Kreditschutz Basis: 0,19 % p. a. der Anfangsdarlehenssumme; Kreditschutz Plus: 0,41 % p. a.).",
        "§ 2 Vorerkrankungen: Nicht versichert sind Leistungsfälle, die auf Krankheiten beruhen, wegen derer die versicherte Person in den letzten 12 Monaten vor Beginn ärztlich beraten oder behandelt wurde, sofern der Leistungsfall innerhalb der ersten 24 Monate eintritt.",
        "§ 3 Höchsteintrittsalter: 67 Jahre; Endalter 75 Jahre.",
        "§ 4 Datenschutz: Gesundheitsangaben der versicherten Personen werden ausschließlich von der Versichererin verarbeitet; die Versicherungsnehmerin erhält nur die Leistungsentscheidung.",
        "§ 5 Inkrafttreten: 01.07.2025. Alle übrigen Regelungen bleiben unverändert.",
    ])
    return ("NORMAL", "de", "insurer-to-bank",
            "trap: group contract amendment between insurer and bank – premium rates, pre-existing condition clause",
            mk("Jana Petersen-Kühl <jana.petersen-kuehl@%s>" % INS,
               "sabine.lenz@ksk-hohenbruck.example, uwe.harms@ksk-hohenbruck.example",
               "GV 4410-KSK – Entwurf 3. Nachtrag", body, date="2025-04-24 17:30", atts=[docx]))


def m030():
    body = """Sehr geehrte Frau Lorenz,

zunächst möchten wir Ihnen zum Tod Ihres Mannes unser aufrichtiges Beileid aussprechen.

Zum Kreditschutz Basis, Beitritt KS-4410-0049921, haben wir heute folgende Leistung
erbracht:

  Restschuld Darlehen 7203 398 44 zum 26.03.2025        9.884,16 EUR
  zzgl. im April noch eingezogene Rate (Erstattung)        284,50 EUR
  --------------------------------------------------------------------
  Gesamtleistung                                        10.168,66 EUR

Die Restschuld haben wir an die Kreissparkasse Hohenbruck überwiesen, das Darlehen ist
damit vollständig getilgt. Die April-Rate erstatten wir an Sie auf das im Leistungsantrag
angegebene Konto DE15 2605 0001 6081 5968 79.

Die Kreissparkasse sendet Ihnen die Löschungsbestätigung für den Darlehensvertrag.

Mit freundlichen Grüßen
Lindwurm Lebensversicherung AG
Leistungsservice Kreditschutz
Dirk Haferkamp
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "death benefit statement to a widow: deceased named, life claim, IBAN",
            mk("Leistungsservice Kreditschutz <leistung-kreditschutz@%s>" % INS, "renate.lorenz@netzpost.example",
               "Leistungsabrechnung L-KS-25-003051", body, date="2025-04-15 13:05"))


def m031():
    body = """Liebe Kolleginnen und Kollegen im Bancassurance-Vertrieb,

aus gegebenem Anlass drei Erinnerungen des Datenschutzbeauftragten:

1. Partnerbanken schicken uns immer wieder AU-Bescheinigungen, Arztbriefe und
   Sterbeurkunden per einfacher E-Mail. Bitte antwortet darauf NICHT mit vollem Zitat,
   sondern legt die Unterlagen in die eAkte und verweist die Bank auf den sicheren
   Upload im Partnerportal.
2. Gesundheitsangaben haben in Vertriebs-CRM-Notizen nichts zu suchen ("Kunde hat Krebs,
   vorsichtig ansprechen" etc.). Wir löschen solche Notizen bei der nächsten Prüfung.
3. Für Bestandslisten an Banken gilt: nur Beitrittsnummer, Darlehensnummer, Status.
   Keine Leistungsgründe.

Das kurze Quiz dazu (5 Fragen) findet ihr im Lernportal, Pflicht bis 30.06.

Frank Liebig
Datenschutzbeauftragter
"""
    return ("NORMAL", "de", "internal",
            "trap: data protection reminder about medical certificates and death certificates, no person",
            mk("Frank Liebig <datenschutz@%s>" % INS, "bancassurance-alle@%s" % INS,
               "Datenschutz: Gesundheitsdaten von Partnerbanken", body, date="2025-05-05 08:30"))


def m032():
    body = """Hallo Herr Haferkamp,

wie gewünscht der Tilgungsplan zu Herrn Nowak (Kreditschutz Job), Stand heute.

Gruß
P. Wintergerst
"""
    csvt = """Darlehensnehmer;Marek Nowak;Lindenweg 14, 76855 Annweiler-Gräfenhausen
Darlehenskonto;40 118 772;IBAN DE45 6746 0041 2895 7112 85
Nettodarlehen;18.500,00;Sollzins 6,19 % p.a.
Fälligkeit;Rate;Zins;Tilgung;Restschuld
01.02.2025;389,20;58,12;331,08;10.936,41
01.03.2025;389,20;56,41;332,79;10.603,62
01.04.2025;389,20;54,70;334,50;10.269,12
01.05.2025;389,20;52,97;336,23;9.932,89
01.06.2025;389,20;51,24;337,96;9.594,93
01.07.2025;389,20;49,49;339,71;9.255,22
"""
    return ("CONFIDENTIAL", "de", "bank",
            "body says only 'Tilgungsplan'; CSV (windows-1252) holds borrower name, address, loan account IBAN; unemployment cover only",
            mk("Petra Wintergerst <petra.wintergerst@volksbank-aachtal.example>", "dirk.haferkamp@%s" % INS,
               "Tilgungsplan 40118772", body, date="2025-02-24 10:15",
               atts=[a_csv("Tilgungsplan_40118772.csv", csvt, "windows-1252")]))


def m033():
    body = """Hi Dr. Gallagher,

We have received a mortgage protection application from your patient and need a short
GP report before we can offer terms. The applicant has signed the consent form
(copy attached on the portal).

Applicant: Seán Moriarty, DOB 14/03/1979, 12 Rathmore Road, Ballymore
Proposed cover: EUR 285,000 level term 30 years, Corrib Bank mortgage application 2025-0339

Disclosures on the application:
- Asthma since childhood, Symbicort 200/6 two puffs twice daily, one hospital admission 2019
- BMI 33.4 (1.82 m, 110.5 kg)
- Blood pressure "borderline", no medication
- Father died of myocardial infarction aged 58

Please could you confirm frequency of exacerbations over the last 3 years, any oral steroid
courses, latest spirometry (FEV1 % predicted) and latest BP readings. Our fee of EUR 95
will be paid on receipt.

Thank you,
Priya Nair
Underwriter, Lindwurm Life Europe DAC
"""
    return ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
            "underwriting request to GP: applicant's asthma, medication, BMI, family history",
            mk("Priya Nair <priya.nair@lindwurm-europe.example>", "reception@ballymoremedical.example",
               "GP report request – Seán Moriarty – MPI application", body, date="2025-04-22 09:55", tz=1))


def m034():
    html = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Dear Siobhán,</p>
<p>Please find below the Q1 2025 commission summary for Corrib Bank plc under the mortgage
protection and loan protection agency agreement.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde"><th>Product</th><th>New policies</th><th>Premium EUR</th><th>Commission rate</th><th>Commission EUR</th></tr>
<tr><td>Mortgage protection (decreasing)</td><td>412</td><td>389,204.00</td><td>30%</td><td>116,761.20</td></tr>
<tr><td>Mortgage protection (level)</td><td>58</td><td>71,930.00</td><td>30%</td><td>21,579.00</td></tr>
<tr><td>Loan protection</td><td>977</td><td>142,118.50</td><td>20%</td><td>28,423.70</td></tr>
<tr><td>Clawback (lapses &lt; 12 months)</td><td>&ndash;</td><td>&ndash;</td><td>&ndash;</td><td>-4,208.35</td></tr>
<tr><td colspan="4"><b>Total payable</b></td><td><b>162,555.55</b></td></tr>
</table>
<p>Payment will be made on 15 April to Corrib Bank's nominated commission account.
Policy-level detail is available in the partner portal.</p>
<p>Best regards,<br>Ciar&aacute;n Doyle</p>
</body></html>"""
    return ("NORMAL", "en", "insurer-to-bank",
            "trap: HTML-only commission summary for a bank as a company, product totals",
            mk("Ciarán Doyle <ciaran.doyle@lindwurm-europe.example>", "Siobhán Kelly <siobhan.kelly@corribbank.example>",
               "Q1 2025 commission summary – Corrib Bank plc", html=html, html_only=True,
               date="2025-04-09 12:20", tz=1))


def m035():
    body = """Sehr geehrter Herr Demir,

Ihre Kündigung des Kreditschutz Job (Arbeitslosigkeit), Vers.-Nr. KJ-2210-0051288, zum
30.04.2025 haben wir erhalten und bestätigen sie hiermit. Der Vertrag endet zu diesem
Datum; Ihr Ratenkredit bei der Volksbank Aachtal eG läuft unverändert weiter.

Den zu viel gezahlten Beitrag für Mai (14,20 EUR) überweisen wir in den nächsten Tagen auf
Ihr Konto DE52 6746 0041 8297 1852 59.

Mit freundlichen Grüßen
Lindwurm Allgemeine Versicherung AG
Kundenservice Kreditschutz
"""
    return ("CONFIDENTIAL", "de", "insurer-to-customer",
            "cancellation of unemployment-only cover: named customer, policy number, IBAN",
            mk("Kundenservice Kreditschutz <kreditschutz@%s>" % INS, "emre.demir@freemail.example",
               "Kündigungsbestätigung KJ-2210-0051288", body, date="2025-04-28 15:51", cte="quoted-printable"))


def m036():
    body = """Guten Tag,

im Partnerportal der Lindwurm Versicherungen liegt eine neue Nachricht für Sie bereit.

Kategorie: Leistungsfall / Rückfrage
Eingestellt: 07.05.2025, 11:42 Uhr

Bitte melden Sie sich unter https://partnerportal.lindwurm-versicherung.example an, um
die Nachricht zu lesen. Aus Datenschutzgründen versenden wir Inhalte zu Leistungsfällen
nicht per E-Mail.

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht darauf.
"""
    return ("NORMAL", "de", "insurer-to-bank",
            "trap: portal notification 'Leistungsfall / Rückfrage' without content",
            mk("Partnerportal <no-reply@%s>" % INS, "kreditservice@volksbank-aachtal.example",
               "Neue Nachricht im Partnerportal", body, date="2025-05-07 11:43"))


def m037():
    body = """Hallo Herr Reinhold,

ich hoffe, ich bin bei Ihnen richtig – Frau Albers ist im Urlaub.

Unser Bausparer Wolfgang Tiedtke (Bausparvertrag 3390 0881 12, Vorausdarlehen
VD 3390 0881 19 über 120.000 EUR) ist am 04.04. verstorben. Laut Tochter nach langer
Krebserkrankung (Pankreas), er war seit Herbst in der Palliativversorgung.
Er hatte die Bauspar-Risikolebensversicherung über Sie, Vers.-Nr. BRL-7781-0019453,
Beginn 01.11.2023.

Da das keine zwei Jahre her ist: Brauchen Sie da noch was vom Arzt? Die Tochter,
Frau Sandra Tiedtke-Vogel, ist Alleinerbin und hat uns den Erbschein angekündigt.

Viele Grüße
Anja Reimers
Darlehensservice, Heimstatt Bausparkasse AG
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "bank",
            "building society reports death of a named borrower with cause of death (pancreatic cancer), life policy",
            mk("Anja Reimers <anja.reimers@heimstatt-bauspar.example>", "tobias.reinhold@%s" % INS,
               "Todesfall Bausparer Tiedtke – BRL-7781-0019453", body, date="2025-04-11 14:36"))


def m038():
    body = """Hallo Jana,

Beschwerdestatistik Kreditschutz Q1/2025, wie immer ohne Personenbezug:

Eingänge gesamt: 87 (Q4/2024: 74)
davon über BaFin: 9, Ombudsmann: 6, Anwalt: 14, direkt: 58

Gründe (Mehrfachnennung):
- Ablehnung wegen Vorerkrankung: 29
- Beitragserstattung bei vorzeitiger Ablösung zu gering: 22
- "Versicherung wurde mir aufgedrängt" / Koppelung: 17
- Dauer der Leistungsprüfung: 11
- Sonstiges: 15

Abhilfequote: 38 %. Auffällig: 11 der 17 Koppelungsbeschwerden kommen aus dem
Autohandel (Merowa-Händlernetz). Schlage vor, das mit Melike im Partnergespräch mit
Merowa anzusprechen.

Gruß
Ines Marquardt
Beschwerdemanagement
"""
    return ("NORMAL", "de", "internal",
            "trap: complaints statistics by reason (pre-existing conditions), no individual",
            mk("Ines Marquardt <ines.marquardt@%s>" % INS, "jana.petersen-kuehl@%s" % INS,
               "Beschwerdestatistik KS Q1/2025", body, date="2025-04-14 16:20"))


def m039():
    body = """Hi Conor,

Re your customer Mr Darragh Whelan - GAP claim GAP-IE-25-0061.

Vehicle: 2023 Toyota RAV4 Hybrid, reg 231-G-4471, VIN JTMW43FV40D118802
Finance: Midlands Motor Finance PCP 66-1203388, settlement figure EUR 31,840.22
Incident: vehicle stolen from driveway 12 Feb 2025, Garda ref 4471209, not recovered

His motor insurer (Atlantic Direct) has agreed a market value of EUR 26,500. Our GAP
policy covers the shortfall of EUR 5,340.22 and we will pay this to MMF once we have the
motor insurer's total loss payment confirmation. No action needed from the dealership
except confirming the original invoice price - could you send a copy of the sales invoice?

Thanks,
Gráinne
"""
    return ("CONFIDENTIAL", "en", "insurer-to-dealer",
            "GAP theft claim of a named customer: registration, VIN, finance agreement; no health",
            mk("Gráinne Fox <claims@lindwurm-europe.example>", "Conor Flynn <conor@flynnmotors-galway.example>",
               "GAP-IE-25-0061 Whelan – invoice copy please", body, date="2025-03-20 10:22", tz=0))


def m040():
    body = """Hallo zusammen / hi all,

kurze Zusammenfassung vom Workshop "Claims process harmonisation" gestern in Hannover.

1. Todesfall / death claims: Beide Teams verlangen künftig nur noch Sterbeurkunde +
   Leistungsantrag, wenn der Vertrag > 3 Jahre läuft (IE: > 2 years contestability).
   Medical records only within the contestability period.
2. AU vs. "accident & sickness": the German AU definition (100 % unable to do current
   job) and the Irish A&S definition differ - no harmonisation, but one common claim form
   with country-specific page 3.
3. Fristen: target 5 working days from complete file to decision, both sides.
4. Medical adviser pool: Dr. Brandes is available for German-language files from Ireland
   (we have about 30 German borrowers in the Kredito AT book).

Next steps: Aoife + Dirk draft the common claim form by end of June.

Danke euch / thanks everyone
Jana
"""
    return ("NORMAL", "mixed", "internal",
            "trap: workshop minutes on death and incapacity claims handling, German/English, no person",
            mk("Jana Petersen-Kühl <jana.petersen-kuehl@%s>" % INS,
               "aoife.brennan@lindwurm-europe.example, dirk.haferkamp@%s, martin.kessler@lindwurm-europe.example" % INS,
               "Workshop claims harmonisation – Zusammenfassung / summary", body, date="2025-05-15 18:02"))


def m041():
    body = """Sehr geehrte Frau Dr. Oltmanns,

wir bearbeiten einen Leistungsantrag aus einer Restschuldversicherung (Kreditschutz Plus)
Ihres Patienten

  Herrn Jens-Uwe Mahlmann, geb. 28.09.1971, Goethestraße 5, 31137 Hildesheim
  unser Zeichen L-KS-25-002760

Herr Mahlmann ist nach eigenen Angaben seit 17.02.2025 wegen eines Burnout-Syndroms
arbeitsunfähig. Da der Versicherungsschutz erst am 01.08.2024 begonnen hat, müssen wir die
Vorerkrankungsklausel prüfen. Die Schweigepflichtentbindungserklärung vom 03.03.2025
(beschränkt auf den Zeitraum 01.08.2023 bis heute) fügen wir bei.

Bitte teilen Sie uns mit:
1. Wann war Herr Mahlmann erstmals wegen der jetzt zur AU führenden Beschwerden bei Ihnen?
2. Welche Diagnosen (mit ICD-10) wurden im Zeitraum 01.08.2023–31.07.2024 gestellt?
3. Gab es in diesem Zeitraum Überweisungen zu Fachärzten oder Psychotherapeuten?

Für Ihre Auskunft vergüten wir 35,00 EUR nach GOÄ Nr. 75 analog. Bitte senden Sie den
Bericht über unser Arztportal oder per Post, nicht per E-Mail.

Mit freundlichen Grüßen
Nadine Schollmeyer
Leistungsprüfung Kreditschutz
Lindwurm Lebensversicherung AG
"""
    pdf = a_pdf("Schweigepflichtentbindung_Mahlmann_L-KS-25-002760.pdf", [
        "Erklärung zur Entbindung von der Schweigepflicht",
        "Versicherte Person: Jens-Uwe Mahlmann, geb. 28.09.1971",
        "Ich entbinde die mich behandelnden Ärzte für den Zeitraum 01.08.2023 bis heute",
        "gegenüber der Lindwurm Lebensversicherung AG zur Prüfung des Leistungsfalls L-KS-25-002760.",
        "Hildesheim, 03.03.2025   gez. J.-U. Mahlmann",
    ])
    return ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
            "request to GP about a named insured's burnout-related incapacity, with signed consent",
            mk("Nadine Schollmeyer <nadine.schollmeyer@%s>" % INS, "praxis@praxis-oltmanns.example",
               "Anfrage ärztliche Auskunft – Ihr Patient J.-U. Mahlmann", body, date="2025-03-06 10:40",
               atts=[pdf]))


def m042():
    body = """Sehr geehrte Frau Wolff,

Az. bei uns: FI-25-07731, Ihr Zeichen RF-2025-0113, Schuldner Daniel Schwertfeger.

Der Schuldner hat sich telefonisch gemeldet und die Forderung anerkannt. Er ist
inzwischen nach 59174 Kamen, Weddinghofer Str. 22 verzogen und arbeitet weiterhin bei der
Lagerlogistik Kersting GmbH (netto lt. eigener Angabe ca. 2.050 EUR, Unterhalt für
ein Kind).

Vereinbart haben wir eine Ratenzahlung von 4 x 294,40 EUR, erste Rate 15.03.2025, per
Lastschrift von seinem Konto DE87 3704 0044 4903 0446 90. Die Inkassokosten trägt der
Schuldner.

Wir melden uns, sobald die Forderung ausgeglichen ist oder Raten ausbleiben.

Mit freundlichen Grüßen
Marco Lüttke
Falkenried Inkasso GmbH
Registriert nach dem RDG, Amtsgericht Hamm
"""
    return ("CONFIDENTIAL", "de", "collector",
            "debt collector's report: named debtor, new address, employer, income, IBAN",
            mk("Marco Lüttke <m.luettke@falkenried-inkasso.example>", "kerstin.wolff@%s" % INS,
               "FI-25-07731 / RF-2025-0113 Schwertfeger – Ratenzahlung", body, date="2025-03-03 12:12"))


def m043():
    body = """Dear Henrik,

As part of the 2024 year-end audit of Lindwurm Lebensversicherung AG we will test the
credit protection claims reserve and single premium refunds. Please prepare by 23 May:

1. Listing of all open death and AU claims as at 31.12.2024 (claim number, reserve,
   notification date, status) - no names or medical details needed, claim IDs suffice
2. Listing of refunds for early repayment in Q4 2024 (contract ID, refund amount, date)
3. Description of the reserve methodology for late-reported AU claims (IBNR)

From these we will select a sample of 25 items; for the sample only we will then inspect
the claim files on your premises.

Kind regards,
Tom Aldridge
Senior Manager, Brightwater Audit GmbH
"""
    return ("NORMAL", "en", "insurer-to-partner",
            "trap: auditor's request list about death and AU claims, explicitly without names",
            mk("Tom Aldridge <tom.aldridge@brightwater-audit.example>", "henrik.salomon@%s" % INS,
               "YE2024 audit – credit protection PBC list", body, date="2025-05-02 09:00"))


def m044():
    body = """Dear Ms Brennan,

We act for Mrs Bríd Quigley, surviving policyholder and executrix of the estate of her
late husband Fintan Quigley, deceased, under policy MP-IE-0318842.

We enclose the certified death certificate, which records the cause of death as
(a) acute myocardial infarction, (b) ischaemic heart disease, and the completed Form MP-C1.
Our client has also signed the consent for Dr. Gallagher to release Mr Quigley's records.

We note your reference to the contestability period. For completeness: Mr Quigley was
diagnosed with type 2 diabetes in 2017 and disclosed this on the proposal form; he was
prescribed metformin. We would ask that this is taken into account and that the claim is
dealt with promptly, as Corrib Bank has written to our client about the mortgage arrears
of EUR 2,912.40.

Yours sincerely,

Niall O'Rourke
O'Rourke Hayes Solicitors, Main Street, Athlone
"""
    return ("STRICTLY_CONFIDENTIAL", "en", "lawyer",
            "solicitor's letter: cause of death, deceased's diabetes and medication, mortgage arrears",
            mk("Niall O'Rourke <n.orourke@orourkehayes.example>", "aoife.brennan@lindwurm-europe.example",
               "Quigley deceased - MP-IE-0318842", body, date="2025-03-28 16:45", tz=0))


def m045():
    html = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Kreditschutz aktuell 2/2025</title></head>
<body style="margin:0;background:#f3f5f7;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:620px;margin:0 auto;background:#fff;padding:24px">
<h1 style="color:#0b3d5c;font-size:22px">Kreditschutz aktuell &ndash; Ausgabe 2/2025</h1>
<p>Der Newsletter für Beraterinnen und Berater unserer Partnerbanken</p>
<h2 style="font-size:17px">Leistungsfall des Monats (anonymisiert)</h2>
<p>Ein 46-jähriger Kunde, Kreditschutz Plus zum Modernisierungskredit, erkrankte an einem
Bandscheibenvorfall und war fünf Monate arbeitsunfähig. Wir haben fünf Raten von je 410 &euro;
übernommen &ndash; der Kunde musste weder an sein Erspartes noch eine Stundung beantragen.</p>
<h2 style="font-size:17px">Zahlen, die überzeugen</h2>
<ul><li>98 % der Todesfallleistungen innerhalb von 10 Tagen ausgezahlt</li>
<li>Häufigste AU-Ursachen 2024: Rücken, Psyche, Krebs</li>
<li>Durchschnittliche Leistungsdauer AU: 4,3 Monate</li></ul>
<h2 style="font-size:17px">Neu im Partnerportal</h2>
<p>Der Tilgungsplan-Upload ersetzt ab Juni das Fax. Bitte keine Unterlagen mehr per Fax an uns.</p>
<p style="font-size:12px;color:#777">Lindwurm Lebensversicherung AG &middot; Aegidientorplatz 7 &middot; 30159 Hannover<br>
<a href="https://www.lindwurm-versicherung.example/partner/newsletter/abmelden">Newsletter abbestellen</a></p>
</div></body></html>"""
    return ("NORMAL", "de", "newsletter",
            "trap: HTML-only partner newsletter with an anonymised case (slipped disc) and cause statistics",
            mk("Lindwurm Partnerservice <newsletter@%s>" % INS, "berater-newsletter@%s" % INS,
               "Kreditschutz aktuell 2/2025", html=html, html_only=True, date="2025-05-20 07:30"))


def m046():
    body = """Hi Conor,

Your commission statement for March 2025 as a tied agent under our dealer agency agreement:

Agent:           Conor Flynn t/a Flynn Motors Galway (sole trader)
Agent no.:       IE-DLR-0442
PPS no.:         7719304TA (for withholding tax purposes)
GAP policies sold: 14 - commission EUR 1,092.00
Payment protection (unemployment) sold: 6 - commission EUR 214.80
Total:           EUR 1,306.80

Paid to your account IE76 LIFF 9338 3035 6238 26 on 7 April.

Note: from 1 May we need your updated tax clearance certificate on file.

Regards,
Dealer Commissions Team, Lindwurm Life Europe DAC
"""
    return ("CONFIDENTIAL", "en", "insurer-to-dealer",
            "sole-trader dealer's commission: personal tax number (PPS) and IBAN",
            mk("Dealer Commissions <commissions@lindwurm-europe.example>", "conor@flynnmotors-galway.example",
               "Commission statement March 2025 – IE-DLR-0442", body, date="2025-04-04 08:15", tz=1))


def m047():
    body = """Hallo Frau Schollmeyer,

bei uns hat sich der Kunde Uwe Kaminski gemeldet (Autofinanzierung 88-4502277, Ford Kuga,
über Autohaus Brenneke). Er hatte letzten Monat einen Arbeitsunfall auf dem Bau, Sturz vom
Gerüst, Beckenfraktur und Fraktur LWK 2, war drei Wochen in der BG Klinik Duisburg und ist
jetzt in der Reha. Er fragt, ob der Kreditschutz Plus seine Raten (498,00 EUR) zahlt.

Die eAU hat er uns abfotografiert, hängt an. Wie geht es weiter – schicken Sie ihm das
Formular oder sollen wir das machen?

Freundliche Grüße
Kai Rosenthal
Händler- und Kundenbetreuung
Merowa Autobank GmbH
"""
    jpg_like = a_pdf("eAU_Kaminski_Foto.pdf", [
        "Arbeitsunfähigkeitsbescheinigung (Ausdruck für den Versicherten)",
        "Name: Kaminski, Uwe   geb. 11.02.1983",
        "Erstbescheinigung   arbeitsunfähig seit 14.03.2025   voraussichtlich bis 30.04.2025",
        "Arbeitsunfall, Durchgangsarzt: ja",
        "BG Klinikum Duisburg – Unfallchirurgie",
    ])
    return ("STRICTLY_CONFIDENTIAL", "de", "bank",
            "car bank reports named borrower's work accident: fractures, hospital, rehab; sick note attached",
            mk("Kai Rosenthal <kai.rosenthal@merowa-autobank.example>", "nadine.schollmeyer@%s" % INS,
               "Kunde Kaminski 88-4502277 – Kreditschutz AU?", body, date="2025-04-07 15:09", atts=[jpg_like]))


def m048():
    body = """Hallo Herr Kowalczyk,

passt Donnerstag, 12.06., 16 Uhr bei Ihnen im Autohaus? Dann machen wir die
Nachschulung "Kreditschutz im Finanzierungsgespräch" für Ihre drei neuen Verkäufer.
Dauert ca. 90 Minuten, ich bringe Unterlagen mit.

Gruß
Melike Aydın
"""
    return ("NORMAL", "de", "insurer-to-dealer", "appointment for dealer training",
            mk("Melike Aydın <melike.aydin@%s>" % INS, "d.kowalczyk@autohaus-brenneke.example",
               "Termin Nachschulung Verkäufer", body, date="2025-05-26 17:45"))


def m049():
    body = """Sehr geehrte Damen und Herren,

bitte folgende Stammdatenänderung zum GAP-Vertrag GAP-MA-0031740 übernehmen:

Bisher:  Julia Kersten, Am Ring 4, 30659 Hannover
Neu:     Julia Wegener geb. Kersten, Pappelallee 19, 30173 Hannover (Heirat 12.04.2025)
Fahrzeug unverändert: Seat Ateca, H-JK 412, FIN VSSZZZKHZPR016722
Finanzierungsvertrag 88-4398814 – Lastschrift künftig von DE19 7002 0270 3860 1460 33
(Kontoinhaber Julia Wegener)

Heiratsurkunde liegt uns vor.

Mit freundlichen Grüßen
Kundenservice Merowa Autobank GmbH
"""
    return ("CONFIDENTIAL", "de", "bank",
            "master data change for GAP contract: maiden name, addresses, vehicle, IBAN",
            mk("Merowa Kundenservice <kundenservice@merowa-autobank.example>", "partnerservice@%s" % INS,
               "Stammdatenänderung GAP-MA-0031740", body, date="2025-05-02 08:44"))


def m050():
    body = """Dear Ms Dunne,

Policy MP-IE-0297130 - Specified illness claim

I'm pleased to confirm that we have accepted your claim under the specified illness
benefit of your mortgage protection policy. Dr. Harrington's report confirms a diagnosis
of invasive ductal carcinoma of the left breast (grade 2, HER2-negative) on 21 January
2025, which meets the policy definition of cancer.

We will pay the specified illness benefit of EUR 50,000 to you directly (not to the bank)
within five working days, to your account ending 0480. Your life cover continues in full.

I know this is a difficult time and I wish you well with your treatment. Please don't
hesitate to call me if you have any questions.

Kind regards,
Aoife Brennan
Claims Manager
"""
    return ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "specified illness claim accepted: breast cancer diagnosis and tumour details",
            mk("Aoife Brennan <aoife.brennan@lindwurm-europe.example>", "orla.dunne@inboxmail.example",
               "Your specified illness claim – MP-IE-0297130", body, date="2025-02-28 11:30", tz=0))


def m051():
    body = """Hi Thomas,

Reminder that the SFTP host keys for bordereau exchange will be rotated on Saturday
7 June between 06:00 and 08:00 CET. New fingerprint (ed25519):

  SHA256:3kqP7vT0yq0mB2c8dVdA1x9pS3w7nqGZsQe0L4uYh2M

Please update known_hosts on your side for the jobs that push the monthly new business
and claims files (kredito_nb_YYYYMM.csv.pgp, kredito_claims_YYYYMM.csv.pgp). PGP keys stay
the same. Test window Friday 6 June 14:00-16:00.

Cheers,
Lukas Brandt
Integration team, Lindwurm
"""
    return ("NORMAL", "en", "insurer-to-bank",
            "trap: technical note about claims file transfers, no data",
            mk("Lukas Brandt <lukas.brandt@%s>" % INS, "Thomas Weng <thomas.weng@kredito-direkt.example>",
               "SFTP host key rotation 7 June", body, date="2025-05-28 13:14"))


def m052():
    body = """Hallo Jana,

ich brauche bei L-KS-25-001840 eine Entscheidung auf Leitungsebene, bevor ich der Familie
schreibe.

Versicherte Person: Marcel Hoppe, 34 J., Kreditschutz Basis seit 01.07.2023 (KSK, Ratenkredit
über 22.000 EUR, Restschuld ca. 17.300 EUR). Verstorben am 09.01.2025. Laut Ermittlungsakte
der StA Hildesheim und Obduktionsbericht Suizid (Intoxikation). Der Hausarzt bestätigt eine
seit 2022 behandelte rezidivierende depressive Störung.

Rechtslage: § 161 VVG, Leistungsfreiheit bei Selbsttötung innerhalb von drei Jahren, außer
bei Handeln im Zustand krankhafter Störung der Geistestätigkeit. Der Nachweis liegt bei der
Familie. Der Vater hat angekündigt, ein psychiatrisches Gutachten vorzulegen.

Mein Vorschlag: Wir warten das Gutachten ab und prüfen dann die Ausnahme. Bis dahin
Stundung über die KSK, keine Ablehnung rausschicken. Kulanz wäre alternativ denkbar, die
Restschuld ist überschaubar.

Viele Grüße
Dirk
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "internal",
            "death claim: suicide, autopsy, depressive disorder of a named insured",
            mk("Dirk Haferkamp <dirk.haferkamp@%s>" % INS, "jana.petersen-kuehl@%s" % INS,
               "L-KS-25-001840 – bitte Entscheidung § 161 VVG", body, date="2025-02-13 12:48"))


def m053():
    body = """Hallo Frau Wintergerst,

wie gewünscht die Excel-Vorlage für den Beratungsrechner mit dem Musterfall. Die gelben
Felder sind Eingaben, der Rest rechnet. Bitte nur die Musterdaten für Schulungszwecke
verwenden.

VG Tobias Reinhold
"""
    x = a_xlsx("Beratungsrechner_Kreditschutz_Muster.xlsx", [
        ["Beratungsrechner Kreditschutz – MUSTERFALL (fiktiv)"],
        ["Kunde", "Erika Musterfrau"],
        ["Geburtsdatum", "01.01.1980"],
        ["Nettodarlehen EUR", 25000],
        ["Laufzeit Monate", 84],
        ["Sollzins p.a.", "5,99 %"],
        ["Tarif", "Kreditschutz Plus"],
        ["Einmalbeitrag EUR", 2067.50],
        ["Monatsrate ohne KS EUR", 365.22],
        ["Monatsrate mit KS EUR", 395.42],
        ["Muster-IBAN", "DE89 3704 0044 0532 0130 00"],
    ], sheet="Muster")
    return ("NORMAL", "de", "insurer-to-bank",
            "trap: advisory calculator template with placeholder customer and the published example IBAN",
            mk("Tobias Reinhold <tobias.reinhold@%s>" % INS, "petra.wintergerst@volksbank-aachtal.example",
               "Vorlage Beratungsrechner", body, date="2025-02-04 10:01", atts=[x]))


def m054():
    body = """Dear Ms Hargreaves,

thank you for your message. As you repaid your Kredito loan 5512-80271 in full on
31 March 2025, your unemployment cover (Kreditschutz Job, policy KJ-5120-0002904) ended
on the same day. The unused part of the single premium is refunded to you:

  Single premium paid (05/2023)            EUR 642.00
  Unused share (38 of 60 months, pro rata) EUR 406.60
  less cancellation charge                 EUR   0.00
  Refund                                   EUR 406.60

We will transfer the refund to the account you gave us, DE20 3806 0186 8985 8257 09,
within 10 days.

Kind regards
Customer Service Credit Protection
Lindwurm Allgemeine Versicherung AG
"""
    return ("CONFIDENTIAL", "en", "insurer-to-customer",
            "premium refund for unemployment-only cover: named customer, loan, IBAN",
            mk("Customer Service Credit Protection <kreditschutz@%s>" % INS, "s.hargreaves@freemail.example",
               "Refund of your unemployment cover – KJ-5120-0002904", body, date="2025-04-09 09:27"))


def m055():
    body = """BANCASSURANCE INSIGHTS - Issue 14 - May 2025
Lindwurm Group, Bancassurance Europe

1. Mental health now the second cause of incapacity claims
   Across the German AU book, F-chapter diagnoses rose from 21% to 27% of new claims in
   two years. Average duration is 5.8 months vs 3.9 months for musculoskeletal claims.
   We are piloting an early-intervention call with a psychologist partner from July.

2. Mortgage protection: cancer remains the largest specified illness cause
   In Ireland, 64% of specified illness payments in 2024 were for cancer, 14% heart attack,
   9% stroke.

3. Complaints about "forced" cover are down
   Since the second-information letter and the commission cap, coupling complaints fell 31%.

4. People
   Welcome to Gráinne Fox, who joined the Dublin claims team in January.

Questions or ideas for the next issue: insights@lindwurm-europe.example
"""
    return ("NORMAL", "en", "newsletter",
            "trap: group newsletter with mental-health and cancer claims trends, aggregates only",
            mk("Bancassurance Insights <insights@lindwurm-europe.example>", "bancassurance-all@lindwurm-europe.example",
               "Bancassurance Insights #14", body, date="2025-05-12 07:00", tz=1))


def m056():
    body = """Sehr geehrter Herr Ahrens,

Ihr Leistungsantrag vom 10.03.2025 zum Kreditschutz Plus, Beitritt KS-4420-0066180
(Ratenkredit Volksbank Aachtal eG Nr. 40 119 305), unser Zeichen L-KS-25-002411

wir haben Ihren Antrag auf Ratenübernahme wegen Arbeitsunfähigkeit seit 27.01.2025 sorgfältig
geprüft. Leider können wir keine Leistung erbringen.

Nach den Unterlagen Ihrer Orthopädin Dr. Engelhardt leiden Sie an einer chronischen
Lumboischialgie links (M54.4) bei Spinalkanalstenose L4/5 (M48.06). Sie waren wegen dieser
Beschwerden am 11.07., 29.08. und 30.10.2023 in Behandlung und erhielten Infiltrationen.
Ihr Versicherungsschutz begann am 01.02.2024. Die Arbeitsunfähigkeit beruht damit auf einer
Erkrankung, wegen der Sie in den letzten 12 Monaten vor Beginn ärztlich behandelt wurden
(§ 4 Abs. 2 der Versicherungsbedingungen). Der Leistungsfall ist innerhalb der ersten
24 Monate eingetreten.

Ihr Versicherungsschutz für den Todesfall und für andere Erkrankungen besteht unverändert
fort.

Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie sich an unser
Beschwerdemanagement oder an den Versicherungsombudsmann e. V., Postfach 08 06 32,
10006 Berlin, wenden.

Mit freundlichen Grüßen
Lindwurm Lebensversicherung AG
Leistungsprüfung Kreditschutz
Nadine Schollmeyer
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "claim declined for pre-existing condition: spinal diagnoses with ICD codes and treatment dates",
            mk("Leistungsservice Kreditschutz <leistung-kreditschutz@%s>" % INS, "h.ahrens@mailpost.example",
               "Ihr Leistungsantrag L-KS-25-002411", body, date="2025-04-02 16:02", cte="quoted-printable"))


def m057():
    body = """Hallo Herr Weng,

anbei die Satzbeschreibung für die monatliche Bestandsmeldung (Version 2.3). Neu sind
die Felder 14 und 15. Wichtig: Gesundheitsangaben übermitteln Sie NICHT im Bestandsfile,
nur das Kennzeichen, ob die Gesundheitsfragen beantwortet wurden.

Grüße
Lukas Brandt
"""
    csvt = """Feld;Name;Typ;Länge;Pflicht;Beschreibung
1;SATZART;A;2;J;"NB=Neugeschäft, ST=Storno, AB=Ablösung"
2;BEITRITTSNR;A;16;J;"Beitrittsnummer KS-xxxx-xxxxxxx"
3;DARLEHENSNR;A;20;J;"Kontonummer des Darlehens bei der Bank"
4;NAME;A;60;J;"Nachname versicherte Person"
5;VORNAME;A;60;J;"Vorname versicherte Person"
6;GEBDAT;D;10;J;"Geburtsdatum TT.MM.JJJJ"
7;TARIF;A;5;J;"KSB25, KSP25, KJ25"
8;DARLEHENSSUMME;N;12,2;J;"Anfangsdarlehenssumme"
9;RATE;N;9,2;J;"Monatsrate"
10;BEGINN;D;10;J;
11;LAUFZEIT;N;3;J;"Monate"
12;EINMALBEITRAG;N;9,2;J;
13;PROVISION;N;9,2;J;"max. 2,5 % der Darlehenssumme"
14;GF_BEANTWORTET;A;1;J;"J/N – nur Kennzeichen, keine Antworten!"
15;ZWEITINFO_DATUM;D;10;N;"Versand 2. Information § 7d VVG"
"""
    return ("NORMAL", "de", "insurer-to-bank",
            "trap: record layout for the portfolio feed naming fields like birth date and health questions, no data",
            mk("Lukas Brandt <lukas.brandt@%s>" % INS, "thomas.weng@kredito-direkt.example",
               "Satzbeschreibung Bestandsmeldung v2.3", body, date="2025-03-19 14:22",
               atts=[a_csv("Satzbeschreibung_Bestand_v2-3.csv", csvt)]))


def m058():
    body = """Guten Morgen Herr Haferkamp,

Frau und Herr Schäfer (Stefanie und Michael Schäfer, Buchenring 8, 76829 Landau) haben
ihre beiden Ratenkredite bei uns zu einem neuen Darlehen umgeschuldet:

  alt: 40 116 233 (Restschuld 7.412,90) und 40 117 018 (Restschuld 4.880,15)
  neu: 40 120 455, 21.000 EUR, Rate 412,30 EUR, 60 Monate, Beginn 01.05.2025

Zu den alten Krediten bestand jeweils Kreditschutz Job für Herrn Schäfer
(KJ-2210-0040122 und KJ-2210-0045590). Die Kunden möchten den Schutz auf das neue
Darlehen übertragen, Herr Schäfer ist unverändert fest angestellt (Stadtwerke Landau,
seit 2011). Geht das als Vertragsänderung oder brauchen wir eine neue Beitrittserklärung
mit neuer Wartezeit?

Danke und Gruß
Rainer Bock
Vertriebssteuerung, Volksbank Aachtal eG
"""
    return ("CONFIDENTIAL", "de", "bank",
            "debt rescheduling of named borrowers with loan numbers, balances, employer and unemployment policies",
            mk("Rainer Bock <rainer.bock@volksbank-aachtal.example>", "dirk.haferkamp@%s" % INS,
               "Umschuldung Schäfer – Übertrag Kreditschutz Job?", body, date="2025-04-23 08:37"))


def m059():
    body = """Hi Aoife,

Sad news - one of our members, Tom Byrne (member no. 40781, DOB 30/06/1957), passed away
on Sunday at home. His wife Mary came in this morning. He had two loans with us, both under
the loan protection scheme:

  Loan 8812-3305  balance EUR 6,214.80
  Loan 8812-3871  balance EUR 2,990.00

Mary says he had motor neurone disease for the last two years, so it wasn't unexpected.
The death cert should be ready next week. Can you send me the claim pack for the LP scheme
and I'll sit down with her?

Thanks,
Declan Murphy
Loans Officer, Liffey Credit Union Ltd
"""
    return ("STRICTLY_CONFIDENTIAL", "en", "bank",
            "credit union reports a member's death with illness (motor neurone disease), DOB, loan balances",
            mk("Declan Murphy <declan.murphy@liffeycu.example>", "aoife.brennan@lindwurm-europe.example",
               "Member death - Tom Byrne - LP claim", body, date="2025-05-06 11:12", tz=1))


def m060():
    body = """Moin zusammen,

kurze Auswirkungsanalyse zur Umstellung der Rechnungsgrundlagen im Kreditschutz Basis:

Sterbetafel bisher DAV 2008 T (Nichtraucher/Raucher aggregiert), neu eigene
Bestandstafel LW-KS 2024 (Basis: 1,9 Mio. Versicherungsjahre 2015–2023).

- Sterblichkeit Bestand liegt bei 61 % der DAV 2008 T (Männer) bzw. 67 % (Frauen)
- Effekt auf Einmalbeitrag: –11 bis –18 % je nach Eintrittsalter und Laufzeit
- Selbstselektion in den ersten 24 Monaten deutlich sichtbar (Vorerkrankungsklausel wirkt)
- Ab Eintrittsalter 60 kaum Unterschied, da dünne Datenbasis

Details in der Präsentation für den Produktausschuss am 18.06. Ich würde die neue Tafel
erst mit dem Tarifwechsel 01/2026 einführen.

Henrik
"""
    return ("NORMAL", "de", "internal",
            "trap: actuarial mortality analysis for the death cover, aggregates only",
            mk("Henrik Salomon <henrik.salomon@%s>" % INS, "produktausschuss-ks@%s" % INS,
               "Auswirkung neue Bestandstafel KS Basis", body, date="2025-05-30 17:55"))


def m061():
    body = """Sehr geehrte Damen und Herren,

wir haben den Ratenkredit Nr. 7203 460 71 unseres Kunden Herrn Björn Steinmetz,
geb. 15.05.1992, Mühlgasse 3, 31177 Harsum, wegen Zahlungsverzugs (4 Raten,
1.311,60 EUR) am 10.04.2025 gekündigt und gesamtfällig gestellt (Restforderung
11.482,33 EUR). Die Forderung geht zum 01.06.2025 an unseren Inkassodienstleister.

Zum Darlehen besteht Kreditschutz Job, Vers.-Nr. KJ-4410-0008815. Der Kunde hatte im
Gespräch erwähnt, dass er seit Januar arbeitslos ist, einen Leistungsantrag aber
anscheinend nie gestellt. Können Sie uns sagen, ob bei Ihnen ein Antrag vorliegt? Falls
nicht, würden wir ihn noch einmal schriftlich darauf hinweisen, bevor wir abgeben.

Mit freundlichen Grüßen
Uwe Harms
Sanierung / Abwicklung
Kreissparkasse Hohenbruck
"""
    return ("CONFIDENTIAL", "de", "bank",
            "loan termination of a named borrower: birth date, address, arrears, unemployment; iso-8859-1",
            mk("Uwe Harms <uwe.harms@ksk-hohenbruck.example>", "partnerservice@%s" % INS,
               "Kündigung Darlehen 7203 460 71 – Kreditschutz Job vorhanden?", body, date="2025-04-14 09:58",
               charset="iso-8859-1"))


def m062():
    body = """Hi Frank,

Quick question from the Dublin side on retention. For declined loan protection claims we
currently keep the full file (incl. medical evidence) for 7 years after the decision.
Our DPO suggests 6 years from policy end for the decision letter and deletion of medical
evidence 2 years after the final decision unless there's an open complaint or litigation.

What does Hannover do for AU claims? I'd like the group retention schedule to be the same
on both sides if the law allows.

Thanks,
Aoife
"""
    return ("NORMAL", "en", "internal",
            "trap: retention policy question about medical evidence in claim files, no person",
            mk("Aoife Brennan <aoife.brennan@lindwurm-europe.example>", "Frank Liebig <datenschutz@%s>" % INS,
               "Retention of medical evidence – declined claims", body, date="2025-05-08 10:36", tz=1))


def m063():
    body = """Sehr geehrte Frau Wintergerst,

zum Leistungsfall Ihres Kunden Rüdiger Ahlers (Ratenkredit 40 118 004, Beitritt
KS-4420-0061177) teilen wir Ihnen mit, dass wir den Leistungsfall Arbeitsunfähigkeit
anerkannt haben. Wir übernehmen die Raten rückwirkend ab 05.01.2025 bis zunächst
30.04.2025 (4 x 276,80 EUR). Der Nachzahlungsbetrag für Januar bis März geht heute an
das Kreditkonto.

Über Einzelheiten zum Leistungsgrund können wir Ihnen aus Datenschutzgründen keine
Auskunft geben.

Mit freundlichen Grüßen
Nadine Schollmeyer
Leistungsprüfung Kreditschutz
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-bank",
            "no diagnosis, but a named borrower's accepted incapacity-to-work claim (health fact)",
            mk("Nadine Schollmeyer <nadine.schollmeyer@%s>" % INS, "petra.wintergerst@volksbank-aachtal.example",
               "Leistungsfall Ahlers – Ratenkredit 40 118 004", body, date="2025-02-21 11:11"))


def m064():
    body = """Hi Lindwurm team,

please find attached the April early repayments on Kredito loans that carry Kreditschutz
Job (unemployment only) - for refund processing as usual. Refunds go to the customers'
reference accounts listed.

Best regards,
Claire Dubois
Partner Management Insurance, Kredito Direktbank AG
"""
    x = a_xlsx("Kredito_early_repayments_2025-04_KJ.xlsx", [
        ["Loan no.", "Policy", "Customer", "Repaid on", "Reference IBAN", "Single premium", "Months used/total"],
        ["5512-80271", "KJ-5120-0002904", "Sarah Hargreaves", "31.03.2025", "DE20 3806 0186 8985 8257 09", 642.00, "22/60"],
        ["5512-81930", "KJ-5120-0003112", "Florian Weidemann", "04.04.2025", "DE55 3806 0186 9244 2819 67", 518.40, "19/48"],
        ["5512-79880", "KJ-5120-0002761", "Ivana Marković", "11.04.2025", "DE21 3806 0186 3385 5925 77", 734.10, "30/72"],
        ["5512-82415", "KJ-5120-0003350", "Oliver Brandstätter", "23.04.2025", "AT22 2081 5837 8274 9670", 455.00, "11/36"],
    ], sheet="April")
    return ("CONFIDENTIAL", "en", "bank",
            "body harmless; XLSX lists named customers, loans, unemployment policies and IBANs",
            mk("Claire Dubois <claire.dubois@kredito-direkt.example>", "partnerservice@%s" % INS,
               "Early repayments April – KJ refunds", body, date="2025-05-03 09:14", atts=[x]))


def m065():
    body = """Hallo Frau Lenz, hallo Herr Harms,

anbei das Protokoll unseres Jour fixe vom 06.05. zur Abstimmung.

Viele Grüße
Tobias Reinhold
"""
    odt = a_odt("Protokoll_JourFixe_KSK_2025-05-06.odt", [
        "Protokoll Jour fixe Kreditschutz – Kreissparkasse Hohenbruck / Lindwurm",
        "Datum: 06.05.2025, 10:00–11:30 Uhr, S-Forum. Teilnehmende: S. Lenz, U. Harms (KSK); J. Petersen-Kühl, T. Reinhold (Lindwurm)",
        "1. Vertriebsentwicklung: Abschlussquote Kreditschutz bei Ratenkrediten 41 % (Vj. 46 %). Rückgang v. a. Online-Kredit.",
        "2. Stornoquote 12 Monate: 7,8 %. Widerrufe nach zweiter Information (§ 7d VVG): 2,1 %.",
        "3. Leistungsfälle Q1: 64 AU, 11 Todesfälle, 19 AL. Durchschnittliche Bearbeitungszeit 6,5 Arbeitstage.",
        "4. Nachtrag 3 GV 4410: KSK prüft bis 31.05.; Rückfrage zur Vorerkrankungsklausel wird schriftlich beantwortet.",
        "5. Schulung 20.05.: 24 Anmeldungen.",
        "6. Nächster Termin: 02.09.2025.",
    ])
    return ("NORMAL", "de", "insurer-to-bank",
            "trap: meeting minutes (ODT) with claim counts for death and incapacity, no individual",
            mk("Tobias Reinhold <tobias.reinhold@%s>" % INS,
               "sabine.lenz@ksk-hohenbruck.example, uwe.harms@ksk-hohenbruck.example",
               "Protokoll Jour fixe 06.05.", body, date="2025-05-07 15:30", atts=[odt]))


def m066():
    body = """Dear Mr Ó Briain,

Claim ref. PP-AS-25-00231 - Payment protection, Corrib Bank personal loan 44-0192277

Thank you for sending the hospital discharge summary from Merlin Park. We note that you had a
right total knee replacement on 17 March and that your surgeon expects you to be unable to
work as a plasterer for 10 to 12 weeks.

We have accepted the claim from 17 March. The first payment of EUR 287.50 covering your
April instalment will go to Corrib Bank this week. To keep the claim going, please send a
medical certificate from your GP every 4 weeks - the next one by 28 April.

Kind regards,
Gráinne Fox
Claims Handler
"""
    return ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "sickness payment protection claim: knee replacement, hospital, incapacity",
            mk("Gráinne Fox <claims@lindwurm-europe.example>", "cathal.obriain@inboxmail.example",
               "PP-AS-25-00231 – claim accepted", body, date="2025-04-02 15:20", tz=1))


def m067():
    body = """Hi Siobhán,

As promised, the draft product sheet for Mortgage Protection Plus (with specified illness
option) for your compliance review. Key changes vs the current sheet:

- specified illness list extended from 8 to 14 conditions (adds e.g. MS, Parkinson's,
  motor neurone disease)
- children's cover EUR 10k included
- non-smoker discount applies after 12 months nicotine-free

Illustrative example in section 4 uses our standard fictitious case (joint life, age 35/33,
EUR 300,000 over 30 years).

Launch target 1 September. Comments by 20 June please.

Ciarán
"""
    pdf = a_pdf("MPP_product_sheet_DRAFT_v0.9.pdf", [
        "Mortgage Protection Plus – Key Information (DRAFT v0.9)",
        "1. What is covered: death of a life assured; optional specified illness benefit",
        "2. Specified illnesses: cancer, heart attack, stroke, kidney failure, MS, Parkinson's disease,",
        "   motor neurone disease, major organ transplant, coronary bypass, heart valve replacement,",
        "   loss of limbs, blindness, deafness, benign brain tumour",
        "3. Exclusions: pre-existing conditions not disclosed; suicide in the first 12 months",
        "4. Illustration (fictitious): joint life, ages 35 and 33, non-smokers,",
        "   EUR 300,000 decreasing over 30 years: EUR 31.40 per month; with SI option EUR 58.90",
        "5. Cooling-off: 30 days",
    ])
    return ("NORMAL", "en", "insurer-to-bank",
            "trap: draft product sheet listing illnesses, fictitious illustration",
            mk("Ciarán Doyle <ciaran.doyle@lindwurm-europe.example>", "siobhan.kelly@corribbank.example",
               "MPP product sheet – draft for compliance", body, date="2025-05-29 16:40", tz=1, atts=[pdf]))


def m068():
    body = """Liebe Nadine,

kannst du dir das anschauen? Kam heute an kreditschutz@, ist eigentlich eine Frage zur
Anzeigepflicht, kein Leistungsfall. Antwort bitte nur an die Kundin, nicht an die Bank.

Gruß Jasmin

-------- Weitergeleitete Nachricht --------
Betreff: Frage zu meinem Kreditschutz
Datum: Thu, 17 Apr 2025 22:41:09 +0200
Von: Miriam Falkner <miriam.falkner@netzpost.example>
An: kreditschutz@lindwurm-versicherung.example

Hallo,

ich habe im Februar bei der Volksbank einen Kredit für mein Auto aufgenommen und dabei
auch den Kreditschutz Plus unterschrieben (Nummer KS-4420-0071902). Die Gesundheitsfragen
habe ich damals alle mit Nein beantwortet, weil ich nichts hatte.

Jetzt wurde letzte Woche nach einem MRT bei mir Multiple Sklerose diagnostiziert
(schubförmig), ich bekomme ab Mai eine Basistherapie. Muss ich das jetzt nachmelden?
Und zahlt die Versicherung, wenn ich deswegen mal länger krank bin? Ich arbeite
als Grundschullehrerin und möchte eigentlich weiterarbeiten.

Meiner Bank möchte ich das ehrlich gesagt nicht erzählen.

Viele Grüße
Miriam Falkner
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "customer",
            "customer's own mail in an inline forward: new multiple sclerosis diagnosis and therapy",
            mk("Jasmin Köhler <jasmin.koehler@%s>" % INS, "Nadine Schollmeyer <nadine.schollmeyer@%s>" % INS,
               "WG: Frage zu meinem Kreditschutz", body, date="2025-04-18 08:05", cte="8bit", flowed=True))


def m069():
    body = """Sehr geehrte Frau Kaya,

zu Ihrem Leistungsfall aus dem Kreditschutz Job, Vers.-Nr. KJ-2210-0049903, haben wir die
Rate für Mai 2025 (367,10 EUR) an die Volksbank Aachtal eG überwiesen.

Für die Juni-Rate benötigen wir wieder den Nachweis, dass Sie weiterhin arbeitslos sind.
Am einfachsten ist ein aktueller Ausdruck aus Ihrem Konto bei der Agentur für Arbeit
("Bescheinigung über den Leistungsbezug", zuletzt 1.288,50 EUR mtl. Arbeitslosengeld).
Sie können ihn im Kundenportal hochladen.

Falls Sie inzwischen eine neue Stelle gefunden haben – herzlichen Glückwunsch! Dann teilen
Sie uns bitte das Datum der Arbeitsaufnahme mit.

Freundliche Grüße
Ihr Kreditschutz-Team der Lindwurm Allgemeine Versicherung AG
"""
    return ("CONFIDENTIAL", "de", "insurer-to-customer",
            "ongoing unemployment claim: named customer, policy, benefit amount; no health",
            mk("Leistungsservice Kreditschutz <leistung-kreditschutz@%s>" % INS, "d.kaya@mailpost.example",
               "Ihr Leistungsfall KJ-2210-0049903 – Nachweis für Juni", body, date="2025-05-21 10:00"))


def m070():
    body = """Liebe Kolleginnen und Kollegen,

am Samstag, 14.06.2025, 06:00–14:00 Uhr ist das Leistungssystem LEKS wegen eines
Datenbank-Updates nicht verfügbar. Das Partnerportal zeigt in der Zeit einen
Wartungshinweis; Leistungsmeldungen der Banken werden gepuffert und am Montag
verarbeitet.

IT-Betrieb Anwendungen
"""
    return ("NORMAL", "de", "internal", "maintenance notice for the claims system",
            mk("IT-Betrieb <it-betrieb@%s>" % INS, "leistung-kreditschutz@%s" % INS,
               "Wartung LEKS am 14.06.", body, date="2025-06-05 12:00"))


def m071():
    body = """Hi Martin,

Notes from Tuesday's complex claims panel attached. Two referrals to you for sign-off
(Quigley and the Byrne LP claim). Everything else decided at panel.

Aoife
"""
    docx = a_docx("Complex_claims_panel_2025-05-13.docx", [
        "Complex Claims Panel – 13 May 2025 – CONFIDENTIAL",
        "Present: A. Brennan (chair), G. Fox, P. Nair, Dr. K. Doherty (CMO, by phone)",
        "1. MP-IE-0318842 Fintan Quigley (deceased 09/03/2025). Cause: acute MI, IHD. T2 diabetes disclosed at proposal (metformin). GP records show HbA1c 9.1% in 2022 and a cardiology referral in 2022 not disclosed. Panel view: non-disclosure was not deliberate; proportionate remedy; recommend pay in full. Referred to Head of Bancassurance for sign-off (> EUR 100k).",
        "2. LCU-LP Tom Byrne (deceased 04/05/2025). Motor neurone disease diagnosed 2023; scheme cover is no-underwriting group cover. Pay EUR 9,204.80 to Liffey CU. Referred for sign-off as member was over 67 at loan drawdown - scheme age limit query.",
        "3. PP-AS-25-00088 Eimear Connolly. Pre-existing back pain and MRI referral six weeks before inception. Decline upheld.",
        "4. PP-AS-25-00231 Cathal Ó Briain. Knee replacement, routine. Accepted, monthly certificates.",
    ])
    return ("STRICTLY_CONFIDENTIAL", "en", "internal",
            "body harmless; DOCX panel notes with named claimants, causes of death, diagnoses",
            mk("Aoife Brennan <aoife.brennan@lindwurm-europe.example>", "martin.kessler@lindwurm-europe.example",
               "Complex claims panel – notes 13/05", body, date="2025-05-14 17:20", tz=1, atts=[docx]))


def m072():
    body = """Hi Siobhán,

Re your customer Ms Rachel Keogh, Corrib personal loan 44-0201934 (EUR 15,000, monthly
EUR 298.10), payment protection policy CB-PPU-0040117 (unemployment only).

Ms Keogh's employer has put her on short-time work (3 days a week) from 1 April. Short time
is not "involuntary unemployment" under the policy, so there is no claim at the moment. If
she is made redundant, she can claim from the date her employment ends; the 30-day excess
would then apply. I've written to her directly and explained this.

Could your branch please not tell customers on short time that the policy will pay? We've
had three of these from Galway this month.

Thanks,
Gráinne
"""
    return ("CONFIDENTIAL", "en", "insurer-to-bank",
            "named customer's employment situation, loan and unemployment policy; no health",
            mk("Gráinne Fox <claims@lindwurm-europe.example>", "siobhan.kelly@corribbank.example",
               "Keogh – CB-PPU-0040117 – short time working", body, date="2025-04-11 12:45", tz=1))


def m073():
    body = """Hallo Herr Gruber, hi Claire,

thanks for the call. Kurz das Ergebnis für das Onboarding Kredito Österreich:

- Produkt: Kreditschutz Plus AT (Tod + AU), Versicherer Lindwurm Lebensversicherung AG
  via Dienstleistungsfreiheit; AL-Baustein in AT erst 2026.
- Commission: 2.5 % of loan amount flat, no volume bonus (we align with the DE cap
  voluntarily even though AT has no statutory cap).
- Health questions: same 3 questions as DE, translated by our AT counsel
  ("in den letzten 12 Monaten in ärztlicher Behandlung ..."). Claire will check the
  wording in the Kredito app.
- Claims: handled from Hannover, German language; English support from Dublin if needed.
- Go-live: 1 October 2025, pilot with 500 loans.

Offene Punkte / open items: FMA notification (us), IT interface test (Thomas Weng).

Beste Grüße / best regards
Melike Aydın
"""
    return ("NORMAL", "mixed", "insurer-to-partner",
            "trap: partner onboarding summary with commission and health-question wording, German/English, no person",
            mk("Melike Aydın <melike.aydin@%s>" % INS,
               "Stefan Gruber <stefan.gruber@kredito-direkt.example>, Claire Dubois <claire.dubois@kredito-direkt.example>",
               "Kredito AT onboarding – Ergebnis / summary", body, date="2025-05-22 18:10"))


def m074():
    body = """Sehr geehrte Frau Dr. Wendt,

in der Angelegenheit Ihres Mandanten Gerd Pawlitzki (Kreditschutz Plus, Beitritt
KS-4420-0052716) nehmen wir zu Ihrem Schreiben vom 07.03.2025 Stellung.

Die Ablehnung des Leistungsantrags wegen der Arbeitsunfähigkeit ab 14.11.2024 war
bedingungsgemäß. Das diabetische Fußulkus (E11.74) ist Folge des seit 2019 behandelten
Diabetes mellitus; Ihr Mandant war deswegen in den 12 Monaten vor Beginn in laufender
hausärztlicher und diabetologischer Behandlung (u. a. 04.05., 22.06. und 30.08.2023).

Die Gesundheitsfragen wurden allerdings im Beitrittsformular nicht gestellt, und nach dem
Beratungsprotokoll der Volksbank ist nicht dokumentiert, dass auf die Vorerkrankungsklausel
hingewiesen wurde. Ohne Anerkennung einer Rechtspflicht bieten wir daher an, den Beitritt
rückwirkend aufzuheben und den Einmalbeitrag von 3.012,44 EUR zuzüglich 4 % Zinsen
p. a. seit Zahlung, insgesamt 3.388,17 EUR, zu erstatten. Die Erstattung würde mit dem
Darlehen 40 117 905 verrechnet.

Bitte teilen Sie uns bis 25.04.2025 mit, ob Ihr Mandant das Angebot annimmt.

Mit freundlichen Grüßen
Ines Marquardt
Beschwerdemanagement
Lindwurm Lebensversicherung AG
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
            "reply to lawyer: client's diabetes complication with ICD code, treatment dates, settlement",
            mk("Ines Marquardt <beschwerde@%s>" % INS, "c.wendt@wendt-partner.example",
               "Ihr Zeichen 25/0311 – Pawlitzki – Kreditschutz Plus", body, date="2025-04-04 13:37"))


def m075():
    body = """Hallo zusammen,

für die Filialen hier die überarbeitete Vorlage "Leistungsantrag Todesfall" (Word), damit
Angehörige sie am Schalter ausfüllen können. Bitte die alte Version aus dem Intranet
nehmen. Die Felder in «» sind auszufüllen; bitte der Kundschaft sagen, dass ärztliche
Unterlagen NICHT über die Filiale laufen, sondern direkt an uns gehen.

Tobias Reinhold
"""
    docx = a_docx("Vorlage_Leistungsantrag_Todesfall_2025.docx", [
        "Leistungsantrag Todesfall – Kreditschutz",
        "Verstorbene versicherte Person: «Vorname Name», geb. «TT.MM.JJJJ»",
        "Beitrittsnummer: «KS-xxxx-xxxxxxx»   Darlehensnummer: «…»",
        "Sterbedatum: «TT.MM.JJJJ»   Sterbeort: «…»",
        "Antragsteller/in: «Name», Verhältnis zur verstorbenen Person: «Ehegatte/Kind/Erbe»",
        "Beizufügen: Sterbeurkunde (Kopie); bei Tod innerhalb von 3 Jahren nach Beginn zusätzlich ärztliche Bescheinigung über die Todesursache (direkt an den Versicherer, verschlossen)",
        "Erstattungskonto: IBAN «DE.. .... .... .... .... ..»",
        "Ort, Datum, Unterschrift: «…»",
    ])
    return ("NORMAL", "de", "insurer-to-bank",
            "trap: blank death-claim form template with placeholders",
            mk("Tobias Reinhold <tobias.reinhold@%s>" % INS, "privatkunden@ksk-hohenbruck.example",
               "Neue Vorlage Leistungsantrag Todesfall", body, date="2025-03-27 11:50", atts=[docx]))


def m076():
    inner_m = inner("Personalabteilung Brightline Logistics <personal@brightline-logistics.example>",
                    "Chinedu Okafor <c.okafor@netzpost.example>",
                    "Arbeitsbescheinigung nach § 312 SGB III / Kündigung",
                    """Sehr geehrter Herr Okafor,

anbei wie besprochen die Arbeitsbescheinigung für die Agentur für Arbeit sowie eine Kopie
Ihrer Kündigung.

Beschäftigungszeitraum: 01.04.2019 – 28.02.2025
Tätigkeit: Disponent, Vollzeit 40 Std.
Beendigung: ordentliche betriebsbedingte Kündigung durch den Arbeitgeber vom 27.11.2024
(Schließung Standort Köln-Eifeltor)
Bruttoarbeitsentgelt der letzten 12 Monate: 46.380,00 EUR
Abfindung: 9.800,00 EUR (Sozialplan)

Mit freundlichen Grüßen
Brightline Logistics GmbH – Personalabteilung
""", date="2025-03-03 14:20")
    body = """Dear Mr Haferkamp,

here is the complete letter from my former employer, as you asked. I hope this is enough.

Best regards
Chinedu Okafor
"""
    return ("CONFIDENTIAL", "mixed", "company",
            "employer's certificate forwarded by customer (German inside English mail): salary, severance, termination",
            mk("Chinedu Okafor <c.okafor@netzpost.example>", "dirk.haferkamp@%s" % INS,
               "Re: Your unemployment claim – KJ-5120-0003371", body, date="2025-03-17 19:02",
               atts=[a_eml(inner_m)]))


def m077():
    body = """Dear colleagues,

For the EIOPA thematic review follow-up on credit protection insurance, the group response
for the German and Irish books is below. All figures are 2024, portfolio level.

- Claims ratio (claims paid / GWP): DE 23.1%, IE 28.6%
- Commission ratio: DE 2.5% of loan amount (approx. 27% of GWP), IE 20-30% of premium
- Claims rejection rate: DE 6.8% (of which 71% pre-existing conditions), IE 4.1%
- Average claim payment duration: 6 working days
- Customer refunds on early repayment made automatically: yes, pro rata

We have no product where the customer pays more than EUR 1 of premium for EUR 0.25 of
expected claims, which was EIOPA's main concern.

Please send comments to Henrik by 6 June.

Martin
"""
    return ("NORMAL", "en", "internal",
            "trap: supervisory review answer with claims and rejection ratios, portfolio level",
            mk("Martin Kessler <martin.kessler@lindwurm-europe.example>", "cp-steering@%s" % INS,
               "EIOPA thematic review – group response draft", body, date="2025-05-27 09:02", tz=1))


def m078():
    body = """s. Anlage

--
Geschäftsstelle Bad Liesen
Kreissparkasse Hohenbruck
Kurallee 2, 31812 Bad Liesen
"""
    pdf = pdf_bytes([
        "Dr. med. Klaus Verhoeven – Innere Medizin / Kardiologie – Kurallee 40, Bad Liesen",
        "Ärztliche Bescheinigung zur Vorlage bei der Versicherung",
        "Herr Wilfried Stoltenberg, geb. 09.09.1958, ist seit dem 03.03.2025 arbeitsunfähig.",
        "Diagnosen: dekompensierte Herzinsuffizienz NYHA III (I50.13), Vorhofflimmern (I48.1).",
        "Stationäre Behandlung Klinikum Bad Liesen 03.03.–14.03.2025.",
        "Eine Rückkehr an den Arbeitsplatz (Berufskraftfahrer) ist auf absehbare Zeit nicht möglich.",
        "Bad Liesen, 20.03.2025   Dr. K. Verhoeven",
    ], "Scan")
    return ("STRICTLY_CONFIDENTIAL", "de", "bank",
            "body 's. Anlage'; scanned certificate as application/octet-stream: heart failure, ICD codes",
            mk("GS Bad Liesen <gs-badliesen@ksk-hohenbruck.example>", "leistung-kreditschutz@%s" % INS,
               "Stoltenberg Darl. 7203 412 90", body, date="2025-03-21 12:02",
               atts=[a_octet("SCAN_20250321_120114.pdf", pdf)]))


def m079():
    body = """Sehr geehrte Damen und Herren,

anbei Ihre Händlerabrechnung Kreditschutz/GAP für April 2025 (Merowa-Händlernetz). Die
Provision wird mit der Merowa-Händlerabrechnung an die Autohaus Brenneke GmbH & Co. KG
ausgezahlt.

Mit freundlichen Grüßen
Vertriebscontrolling Bancassurance
"""
    ods = a_ods("Haendlerabrechnung_2025-04_Brenneke.ods", [
        ["Produkt", "Stück", "Provisionsbasis EUR", "Satz", "Provision EUR"],
        ["Kreditschutz Plus", "23", "412.880,00", "2,5 %", "10.322,00"],
        ["Kreditschutz Job", "9", "151.300,00", "2,5 %", "3.782,50"],
        ["GAP", "31", "28.210,00", "15 %", "4.231,50"],
        ["Storno/Rückbelastung", "-2", "", "", "-611,20"],
        ["Summe", "", "", "", "17.724,80"],
    ], sheet="April 2025")
    return ("NORMAL", "de", "insurer-to-dealer",
            "trap: dealer commission statement (ODS) for a company, product totals",
            mk("Vertriebscontrolling Bancassurance <vc-bancassurance@%s>" % INS, "buchhaltung@autohaus-brenneke.example",
               "Händlerabrechnung April 2025", body, date="2025-05-09 08:20", atts=[ods]))


def m080():
    body = """Sehr geehrter Herr Reinhold,

unsere Kundin Frau Nicole Brandes (Vorausdarlehen VD 3390 1044 07, Zinsrate 412,00 EUR) hat
Leistungen aus dem Kreditschutz Job beantragt; sie ist seit 01.03. arbeitslos
(Insolvenz ihres Arbeitgebers Möbel Kranz KG, Insolvenzgeld bis Februar).

Bis Ihre Zahlungen beginnen (Karenzzeit 2 Monate), würden wir die Zinsraten März und April
stunden. Können Sie uns bestätigen, dass die Wartezeit erfüllt ist (Beginn war 01.09.2024)
und der Antrag bei Ihnen vollständig ist? Vers.-Nr. KJ-7781-0002291.

Mit freundlichen Grüßen
Gudrun Albers
Darlehensservice, Heimstatt Bausparkasse AG
"""
    return ("CONFIDENTIAL", "de", "bank",
            "building society: named borrower's unemployment claim, insolvency of employer, loan data",
            mk("Gudrun Albers <gudrun.albers@heimstatt-bauspar.example>", "tobias.reinhold@%s" % INS,
               "Stundung Brandes VD 3390 1044 07 / KJ-7781-0002291", body, date="2025-03-11 14:05"))


def m081():
    body = """Gráinne - can you pick this up? Customer's reply is at the bottom of the thread, she
sent it to the bank and Corrib forwarded. I think we need the hospital discharge summary
and a claim form for the A&S section.

Thanks, Aoife

-----Original Message-----
From: Siobhán Kelly <siobhan.kelly@corribbank.example>
Sent: 15 May 2025 10:02
To: Aoife Brennan <aoife.brennan@lindwurm-europe.example>
Subject: FW: Loan 44-0187730 - payments

Aoife, forwarding as discussed. Customer would like to claim. Branch has frozen the
arrears letters for 30 days. Siobhán

-----Original Message-----
From: Karen Mulligan <karen.mulligan@inboxmail.example>
Sent: 14 May 2025 21:48
To: Loans Galway <loans.galway@corribbank.example>
Subject: Re: Loan 44-0187730 - payments

Hi Mark,

Sorry I missed the last two payments. My husband Gerry had a stroke on 22 April - a big one,
left side, he was in UHG for two weeks and is now in rehab at Merlin Park. He can't speak
properly yet and won't be back at work for months, if at all. I've been back and forth to
the hospital every day and honestly forgot about everything else.

He took the payment protection when we got the loan for the car, I think. Is there
anything we can claim? The loan is in his name.

Karen

> From: Loans Galway
> Sent: 12 May 2025
> Dear Mr Mulligan, our records show that the payments due on 1 April and 1 May on your
> loan 44-0187730 have not been received ...
"""
    return ("STRICTLY_CONFIDENTIAL", "en", "customer",
            "deep in a forwarded chain: borrower's stroke, hospital and rehab, described by his wife",
            mk("Aoife Brennan <aoife.brennan@lindwurm-europe.example>", "Gráinne Fox <claims@lindwurm-europe.example>",
               "FW: Loan 44-0187730 - payments", body, date="2025-05-15 10:30", tz=1))


def m082():
    body = """Pricing Committee - Ireland - 20 May 2025 - minutes (extract)

1. Mortgage protection rates: propose 4% reduction for non-smokers aged 25-44 on the
   basis of 2019-2024 experience (A/E 78% vs. reinsurer tables). Smoker rates unchanged.
2. Specified illness option: cancer incidence for females 40-49 running 12% above
   pricing basis (screening effect). Hold rates, review in 12 months.
3. Loan protection A&S: claims frequency for back and mental health conditions up;
   propose 60-day exclusion for mental health claims in first policy year to be rejected
   (conduct risk). Agreed to reject.
4. Unemployment: no change.

Actions: Priya to update underwriting manual; Henrik to confirm German actuarial view by
13 June.
"""
    return ("NORMAL", "en", "internal",
            "trap: pricing committee minutes with cancer incidence and smoker rates, no person",
            mk("Priya Nair <priya.nair@lindwurm-europe.example>", "pricing-ie@lindwurm-europe.example",
               "Pricing Committee IE 20/05 – minutes", body, date="2025-05-21 16:00", tz=1,
               cc="henrik.salomon@%s" % INS))


def m083():
    body = """Dear Mr Lindqvist,

Welcome to Kreditschutz Job.

Your unemployment cover for your Kredito loan is now in place. Please keep this email
together with your policy documents.

  Insured person:     Erik Lindqvist, born 26 November 1987
  Address:            Hafenstraße 61, 20359 Hamburg
  Policy number:      KJ-5120-0003588
  Loan:               Kredito Direktbank 5512-83044, EUR 12,000, 48 months,
                      monthly instalment EUR 281.44
  Cover:              instalment for up to 12 months per claim, 24 in total
  Waiting period:     3 months (claims from 16 August 2025)
  Premium:            single premium EUR 318.00, financed with the loan

You will receive the full terms and conditions again by post in a week, together with a
reminder of your right to cancel within 30 days.

Kind regards
Lindwurm Allgemeine Versicherung AG
"""
    return ("CONFIDENTIAL", "en", "insurer-to-customer",
            "policy confirmation for unemployment cover: name, birth date, address, loan",
            mk("Kreditschutz Service <kreditschutz@%s>" % INS, "erik.lindqvist@freemail.example",
               "Welcome – your Kreditschutz Job KJ-5120-0003588", body, date="2025-05-16 06:12"))


def m084():
    body = """Sehr geehrte Mitglieder des Partnerbeirats Kreditschutz,

die Herbstsitzung findet am 25.09.2025 von 10:00 bis 15:00 Uhr in Hannover statt.
Themen: Produktgeneration 2026, Erfahrungen mit der zweiten Information nach § 7d VVG,
digitale Leistungsmeldung. Den Kalendereintrag finden Sie im Anhang; Hotelzimmer sind
im Kontingent "Lindwurm" im Hotel am Maschsee bis 31.08. reserviert.

Mit freundlichen Grüßen
Jana Petersen-Kühl
"""
    ics = a_ics("Partnerbeirat_2025-09-25.ics", [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lindwurm//Outlook//DE", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:partnerbeirat-2025-09@lindwurm-versicherung.example",
        "DTSTAMP:20250610T090000Z", "DTSTART;TZID=Europe/Berlin:20250925T100000",
        "DTEND;TZID=Europe/Berlin:20250925T150000", "SUMMARY:Partnerbeirat Kreditschutz",
        "LOCATION:Lindwurm Direktion\\, Aegidientorplatz 7\\, Hannover",
        "ORGANIZER;CN=Jana Petersen-Kühl:mailto:jana.petersen-kuehl@lindwurm-versicherung.example",
        "END:VEVENT", "END:VCALENDAR"])
    return ("NORMAL", "de", "insurer-to-bank", "invitation to partner advisory board",
            mk("Jana Petersen-Kühl <jana.petersen-kuehl@%s>" % INS, "partnerbeirat@%s" % INS,
               "Einladung Partnerbeirat Kreditschutz 25.09.2025", body, date="2025-06-10 11:00", atts=[ics]))


def m085():
    body = """Hallo Frau Lenz,

wie vereinbart die Monatsliste der laufenden Ratenübernahmen zum 31.05.2025, damit Ihre
Marktfolge die Konten richtig kennzeichnen kann.

Gruß
Dirk Haferkamp
"""
    x = a_xlsx("KSK_laufende_Ratenuebernahmen_2025-05.xlsx", [
        ["Darlehen", "Kunde", "Beitritt", "Leistungsart", "seit", "befristet bis", "Rate EUR"],
        ["7203 445 18", "Kuhnert, Stefan", "KS-4410-0087312", "AU", "13.01.2025", "30.06.2025", 312.40],
        ["7203 412 90", "Stoltenberg, Wilfried", "KS-4410-0071850", "AU", "03.03.2025", "31.07.2025", 455.00],
        ["7203 501 77", "Richter, Anja", "KS-4410-0090014", "AU", "18.02.2025", "30.06.2025", 198.75],
        ["7203 488 02", "Yilmaz, Kemal", "KJ-4410-0009120", "AL", "01.03.2025", "31.08.2025", 260.30],
        ["7203 398 44", "Lorenz, Horst †", "KS-4410-0049921", "Tod", "26.03.2025", "erledigt", 0],
    ], sheet="Mai 2025")
    return ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-bank",
            "body harmless; XLSX lists named borrowers with incapacity and death benefits",
            mk("Dirk Haferkamp <dirk.haferkamp@%s>" % INS, "sabine.lenz@ksk-hohenbruck.example",
               "Monatsliste Ratenübernahmen 05/2025", body, date="2025-06-02 08:30", atts=[x]))


def m086():
    body = """Sehr geehrte Damen und Herren,

wir sind von der Merowa Autobank GmbH mit der Beitreibung einer Forderung gegen

  Herrn Sascha Wendland, geb. 02.07.1990,
  zuletzt wohnhaft Steinkamp 17, 30827 Garbsen (unbekannt verzogen)

aus dem Finanzierungsvertrag 88-4420618 beauftragt (offen: 8.912,44 EUR).

Bitte teilen Sie uns mit, ob für den Schuldner bei Ihnen eine Restschuldversicherung
besteht und ob Ihnen eine aktuelle Anschrift oder Bankverbindung bekannt ist.

Mit freundlichen Grüßen
Marco Lüttke
Falkenried Inkasso GmbH
"""
    return ("CONFIDENTIAL", "de", "collector",
            "collector's enquiry: named debtor with birth date, last address, debt; no insurance fact disclosed",
            mk("Marco Lüttke <m.luettke@falkenried-inkasso.example>", "partnerservice@%s" % INS,
               "Anfrage zu Schuldner Wendland, 88-4420618", body, date="2025-05-13 10:44"))


def m087():
    body = """Hallo Jana,

Bearbeitungszeiten Leistungsservice Kreditschutz Mai 2025 (Eingang vollständiger
Unterlagen bis Entscheidung, Arbeitstage, Median / 90%-Quantil):

  Todesfall                3 / 8
  Arbeitsunfähigkeit       6 / 14
  Arbeitslosigkeit         4 / 9
  GAP                      5 / 11

Rückstand > 20 AT: 17 Vorgänge, fast alle AU mit ausstehender Arztauskunft.
Die Arztanfragen über das Arztportal laufen schneller (Median 9 Tage ggü. 16 per Post).

Gruß
Dirk
"""
    return ("NORMAL", "de", "internal",
            "trap: processing-time KPIs for death and incapacity claims",
            mk("Dirk Haferkamp <dirk.haferkamp@%s>" % INS, "jana.petersen-kuehl@%s" % INS,
               "KPI Leistung KS Mai", body, date="2025-06-04 09:12"))


def m088():
    body = """Sehr geehrte Frau Hoppe-Lindner,

Ihr Leistungsantrag zum Tod Ihres Sohnes Marcel Hoppe (Kreditschutz Basis, Beitritt
KS-4410-0079005) liegt uns vor. Nochmals unser herzliches Beileid.

Ihr Mann hatte angekündigt, ein psychiatrisches Gutachten vorzulegen, das sich dazu äußert,
ob Ihr Sohn sich bei der Selbsttötung am 09.01.2025 aufgrund seiner Depression in einem
Zustand befand, der die freie Willensbestimmung ausschloss (§ 161 Abs. 1 Satz 2 VVG).
Wir warten mit unserer Entscheidung, bis uns dieses Gutachten vorliegt. Die
Kreissparkasse hat die Raten bis dahin gestundet; Ihnen entstehen keine Nachteile.

Wenn Sie Fragen haben, rufen Sie mich gern direkt an: 0511 4471-3120.

Mit freundlichen Grüßen
Dirk Haferkamp
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "letter to the mother of a deceased insured: suicide, depression, life claim",
            mk("Dirk Haferkamp <dirk.haferkamp@%s>" % INS, "g.hoppe-lindner@netzpost.example",
               "Kreditschutz Basis KS-4410-0079005 – Ihr Leistungsantrag", body, date="2025-02-27 14:22"))


def m089():
    body = """Dear Mr Haferkamp,

vielen Dank für die Nachricht. Ich habe jetzt eine neue Stelle gefunden – ab 1. Juni bei
Hafenlogistik Nord GmbH, Hamburg, unbefristet. So the unemployment payments can stop after
the May instalment.

Could you please confirm that my Kreditschutz Job continues for my loan (KJ-5120-0003371)?
Und muss ich etwas unterschreiben?

Viele Grüße / best regards
Chinedu Okafor
"""
    return ("CONFIDENTIAL", "mixed", "customer",
            "customer writes German/English about new job and his unemployment policy",
            mk("Chinedu Okafor <c.okafor@netzpost.example>", "dirk.haferkamp@%s" % INS,
               "Re: Your unemployment claim – KJ-5120-0003371", body, date="2025-05-26 20:15"))


def m090():
    body = """Dear Declan,

Please find below the renewal terms for the Liffey Credit Union loan protection scheme
(group policy LCU-LP-2019) from 1 July 2025:

- Premium rate: EUR 0.79 per EUR 1,000 of loan balance per month (current: 0.74)
- Rate driver: 2024 scheme claims of EUR 148,300 against premium of EUR 162,900 (91%)
- Maximum cover per member: EUR 50,000; age limit at drawdown 70 (unchanged)
- No individual underwriting for balances under EUR 50,000

The increase reflects the scheme's own experience; we're happy to walk your board through
the numbers at the June meeting. Premium is calculated on the aggregate monthly balance
return as before.

Kind regards,
Ciarán Doyle
"""
    return ("NORMAL", "en", "insurer-to-bank",
            "trap: group scheme renewal terms with aggregate claims, no member data",
            mk("Ciarán Doyle <ciaran.doyle@lindwurm-europe.example>", "declan.murphy@liffeycu.example",
               "LCU-LP-2019 renewal terms 1 July 2025", body, date="2025-05-19 14:55", tz=1))


def m091():
    text = """Hallo Herr Rosenthal,

hier der Stand der offenen Leistungsfälle aus dem Merowa-Bestand (Kreditschutz Plus),
wie im Quartalsgespräch gewünscht:

Finanzierung | Kunde            | Leistungsart | seit       | Status
88-4502277   | Uwe Kaminski     | AU (Unfall)  | 14.03.2025 | Ratenübernahme läuft
88-4371150   | Sandra Opitz     | AU           | 02.12.2024 | Arztauskunft angefordert
88-4466013   | Heiko Brüning    | Tod          | 19.04.2025 | Sterbeurkunde fehlt
88-4412976   | Tanja Weiß       | AU           | 07.02.2025 | abgelehnt (Vorerkrankung), Widerspruch

Gruß
Melike Aydın
"""
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Hallo Herr Rosenthal,</p>
<p>hier der Stand der offenen Leistungsfälle aus dem Merowa-Bestand (Kreditschutz Plus), wie im Quartalsgespräch gewünscht:</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#e8eef4"><th>Finanzierung</th><th>Kunde</th><th>Leistungsart</th><th>seit</th><th>Status</th></tr>
<tr><td>88-4502277</td><td>Uwe Kaminski</td><td>AU (Unfall)</td><td>14.03.2025</td><td>Ratenübernahme läuft</td></tr>
<tr><td>88-4371150</td><td>Sandra Opitz</td><td>AU</td><td>02.12.2024</td><td>Arztauskunft angefordert</td></tr>
<tr><td>88-4466013</td><td>Heiko Brüning</td><td>Tod</td><td>19.04.2025</td><td>Sterbeurkunde fehlt</td></tr>
<tr><td>88-4412976</td><td>Tanja Weiß</td><td>AU</td><td>07.02.2025</td><td>abgelehnt (Vorerkrankung), Widerspruch</td></tr>
</table>
<p>Gruß<br>Melike Aydın</p></body></html>"""
    return ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-bank",
            "table (text and HTML) of named borrowers with incapacity/death claims and a pre-existing-condition decline",
            mk("Melike Aydın <melike.aydin@%s>" % INS, "kai.rosenthal@merowa-autobank.example",
               "Offene Leistungsfälle Merowa – Stand Mai", text, html=html, date="2025-05-19 12:35"))


def m092():
    body = """All,

Heads-up from IT Security: partner banks in Ireland have received phishing emails that
imitate our claims team ("Your loan protection claim requires verification - download form").
The sender domain is a look-alike. We never send claim forms as macro-enabled Word files
and never ask for bank PINs.

If a partner forwards one of these, please send it to security@lindwurm-europe.example and
delete it. No customer data is known to be affected.

Thanks,
Lindwurm Group IT Security
"""
    return ("NORMAL", "en", "internal", "trap: phishing warning imitating claims forms",
            mk("IT Security <security@lindwurm-europe.example>", "bancassurance-all@lindwurm-europe.example",
               "Phishing alert – fake claim forms", body, date="2025-03-31 08:48", tz=1))


def m093():
    body = """Sehr geehrte Frau Drost,

zu Ihrem GAP-Schaden vom 28.02.2025 (Vertrag GAP-MA-0033912, VW Tiguan H-MD 2207) haben
wir heute abgerechnet:

  Ablösesumme Merowa Autobank, Vertrag 88-4471902, per 31.03.2025   31.402,18 EUR
  Wiederbeschaffungswert lt. Gutachten (gezahlt vom Haftpflichtversicherer
  des Unfallgegners)                                              - 26.900,00 EUR
  GAP-Leistung (an Merowa Autobank)                                  4.502,18 EUR

Ihr Finanzierungsvertrag ist damit vollständig abgelöst. Der GAP-Vertrag endet mit der
Regulierung. Merowa sendet Ihnen die Abrechnung und gibt die Zulassungsbescheinigung Teil II
frei.

Mit freundlichen Grüßen
Lindwurm Allgemeine Versicherung AG
Schadenservice GAP
"""
    return ("CONFIDENTIAL", "de", "insurer-to-customer",
            "GAP settlement: named customer, plate, finance contract, amounts; no injury",
            mk("Schadenservice GAP <gap-schaden@%s>" % INS, "melanie.drost@mailpost.example",
               "Abrechnung GAP-Schaden GAP-MA-0033912", body, date="2025-04-03 11:20"))


def m094():
    body = """Liebe Kolleginnen und Kollegen in den Geschäftsstellen,

immer wieder kommt die Frage, was am Schalter zu tun ist, wenn Angehörige den Tod eines
Kreditnehmers melden. Hier die Kurzfassung für Ihre Kundenberater:

1. Beileid aussprechen, Ruhe reinbringen: Es muss heute nichts entschieden werden.
2. Im Kreditsystem prüfen, ob Kreditschutz Basis oder Plus besteht (Kennzeichen "KS").
3. Lastschriften für das Darlehen für 8 Wochen aussetzen (Stundungsgrund "LF-Tod").
4. Den Angehörigen den Vordruck "Leistungsantrag Todesfall" mitgeben und auf die Sterbeurkunde
   hinweisen. Ärztliche Unterlagen NICHT in der Filiale entgegennehmen.
5. Meldung an uns über das Partnerportal (Menü "Leistungsfall melden"), nicht per E-Mail.
6. Bei Selbsttötung oder ungeklärter Todesursache keine Aussagen zur Leistung machen.

Die Kurzanleitung als PDF gibt es im Intranet der Sparkasse unter Vertrieb > Versicherungen.

Viele Grüße
Tobias Reinhold
"""
    return ("NORMAL", "de", "insurer-to-bank",
            "trap: branch FAQ on how to handle a borrower's death, no person",
            mk("Tobias Reinhold <tobias.reinhold@%s>" % INS, "privatkunden@ksk-hohenbruck.example",
               "Leitfaden: Todesfall eines Kreditnehmers – was tun in der Filiale?", body, date="2025-06-03 10:10"))


def m095():
    body = """Hi Thomas,

the May new business file (kredito_nb_202505) had 4 records rejected by our plausibility
check. All are Kreditschutz Job. Could you correct them in your core system and resend?

BEITRITTSNR;NAME;VORNAME;GEBDAT;FEHLER
KJ-5120-0003590;Petrović;Dragana;31.02.1991;invalid date
KJ-5120-0003602;Albrecht;Jonas;14.09.2009;age below 18
KJ-5120-0003617;Nguyen;Thi Lan;;birth date missing
KJ-5120-0003623;Fischer-Oduya;Ama;07.07.1958;entry age > 65 for Job tariff

Thanks
Lukas
"""
    return ("CONFIDENTIAL", "en", "insurer-to-bank",
            "rejected data records: named customers with birth dates and unemployment policies",
            mk("Lukas Brandt <lukas.brandt@%s>" % INS, "thomas.weng@kredito-direkt.example",
               "NB file 202505 – 4 rejected records", body, date="2025-06-06 09:22"))


def m096():
    body = """Hallo Frau Schollmeyer,

Frau Sandra Opitz hat uns heute beiliegenden Brief für Sie in der Filiale abgegeben,
ich tippe ihn ab, weil der Scanner streikt:

"Sehr geehrte Damen und Herren, zu meinem Leistungsantrag (Kreditschutz, Autokredit
88-4371150) schicke ich Ihnen den Bescheid des Versorgungsamts. Mir wurde wegen meiner
rheumatoiden Arthritis und der Depression ein GdB von 50 zuerkannt, Merkzeichen G. Ich
kann meinen Beruf als Friseurin nicht mehr ausüben. Meine Rheumatologin Frau Dr. Kaiser
schickt Ihnen den Befund direkt. Mit freundlichen Grüßen, Sandra Opitz"

Das Original schicken wir per Hauspost an Sie.

Gruß
Petra Wintergerst
Volksbank Aachtal eG
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "bank",
            "bank transcribes a customer's letter: disability degree, rheumatoid arthritis, depression",
            mk("Petra Wintergerst <petra.wintergerst@volksbank-aachtal.example>", "nadine.schollmeyer@%s" % INS,
               "Brief Frau Opitz zum Leistungsantrag", body, date="2025-05-22 16:58"))


def m097():
    body = """FOR IMMEDIATE RELEASE

Lindwurm pays EUR 61 million in credit protection claims in 2024

Hannover / Dublin, 15 April 2025 - Lindwurm Lebensversicherung AG and Lindwurm Life
Europe DAC paid EUR 61.3 million in claims to borrowers and their families under credit
protection policies sold through more than 140 partner banks, building societies and car
finance companies in Germany, Austria and Ireland.

More than 9,800 borrowers had their loan instalments paid during illness or unemployment,
and the outstanding loan was repaid in full for 1,730 families after the death of a borrower.
"Credit protection has had a difficult reputation. Our answer is to pay quickly and to be
clear about what is not covered," said Jana Petersen-Kühl, Head of Bancassurance.

Media contact: presse@lindwurm-versicherung.example, +49 511 4471-1000
"""
    return ("NORMAL", "en", "insurer-to-press",
            "trap: press release on claims paid for deaths and illness, aggregates",
            mk("Lindwurm Presse <presse@%s>" % INS, "newsdesk@finanzpresse.example",
               "Press release: Lindwurm pays EUR 61m in credit protection claims", body, date="2025-04-15 07:00"))


def m098():
    body = """Sehr geehrter Herr Bock,

anbei der Einzelnachweis zu den Provisionsrückbelastungen März 2025 (vorzeitige Ablösungen
Kreditschutz Job und GAP) als ZIP, wie von Ihrer Revision angefordert.

Mit freundlichen Grüßen
Sven Ottersberg
"""
    csvt = """Vertrag;Kunde;Produkt;Darlehen;Abloesung;Rueckbelastung EUR
KJ-2210-0040122;Schaefer, Michael;Kreditschutz Job;40 116 233;30.04.2025;-41,20
KJ-2210-0045590;Schaefer, Michael;Kreditschutz Job;40 117 018;30.04.2025;-33,75
KJ-2210-0038814;Lindemann, Birgit;Kreditschutz Job;40 114 902;17.03.2025;-58,10
KJ-2210-0047730;Okonkwo, Daniel;Kreditschutz Job;40 118 311;21.03.2025;-22,40
GAP-VB-0004471;Reuter, Claudia;GAP;40 117 655;03.03.2025;-61,00
"""
    z = a_zip("Rueckbelastungen_2025-03_VB-Aachtal.zip", [
        ("Rueckbelastungen_2025-03.csv", csvt.encode("utf-8")),
        ("Liesmich.txt", "Einzelnachweis Rueckbelastungen, Stand 05.05.2025, erstellt von VC Bancassurance.\n".encode("utf-8")),
    ])
    return ("CONFIDENTIAL", "de", "insurer-to-bank",
            "commission clawback detail inside a ZIP: named customers, loans, unemployment/GAP policies",
            mk("Sven Ottersberg <sven.ottersberg@%s>" % INS, "rainer.bock@volksbank-aachtal.example",
               "Einzelnachweis Rückbelastungen 03/2025", body, date="2025-05-05 14:40", atts=[z]))


def m099():
    body = """Hallo zusammen,

Nadine ist diese und nächste Woche nicht im Büro. Ihre AU-Vorgänge übernimmt Dirk, die
Arztanfragen schaut Ines mit durch. Bitte Mails an Nadine nicht ins Leere laufen lassen,
sondern das Funktionspostfach nutzen.

Danke
Jana
"""
    return ("NORMAL", "de", "internal", "trap: colleague absent (no reason given), handover of incapacity files",
            mk("Jana Petersen-Kühl <jana.petersen-kuehl@%s>" % INS, "leistung-kreditschutz@%s" % INS,
               "Vertretung Nadine KW 23/24", body, date="2025-06-02 07:55"))


def m100():
    body = """Dear Mrs Quigley,

Policy MP-IE-0318842 - claim following the death of Fintan Quigley

I am writing to confirm that we have approved the claim in full. We have today paid
EUR 146,287.55 to Corrib Bank plc, which clears the mortgage account 90-21-77 4412038
in full, including the arrears. The bank will write to you to confirm the account is closed
and will release the deeds to your solicitor, Mr O'Rourke.

Although the claim was within the first two years, and Mr Quigley's cardiology referral in
2022 was not on the application form, we are satisfied this was an honest oversight and
have not reduced the payment.

Once again, please accept our sympathy.

Yours sincerely,
Aoife Brennan
Claims Manager, Lindwurm Life Europe DAC
"""
    return ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "death claim approval to widow mentioning deceased's cardiology referral; base64 body",
            mk("Aoife Brennan <aoife.brennan@lindwurm-europe.example>", "brid.quigley@inboxmail.example",
               "Your claim – MP-IE-0318842", body, date="2025-05-20 15:10", tz=1, cte="base64",
               cc="n.orourke@orourkehayes.example"))


def m101():
    body = """Dear Sir/Madam,

We act on behalf of Midlands Motor Finance DAC in relation to the account of

  Mr Jason Mahon, 4 Ardnagrath Close, Athlone, Co. Westmeath, DOB 19/10/1994
  Hire purchase agreement 66-1150922, arrears EUR 2,366.40

Our client's records indicate that an insurance product may have been offered at the point
of sale. Please confirm whether any policy exists in Mr Mahon's name that could meet the
arrears, and if so its current status.

Yours faithfully,
Shannon Credit Recovery Ltd
Ref SCR/MMF/22871
"""
    return ("CONFIDENTIAL", "en", "collector",
            "collection agency enquiry: named debtor with DOB, address and arrears",
            mk("Shannon Credit Recovery <accounts@shannoncr.example>", "claims@lindwurm-europe.example",
               "SCR/MMF/22871 – Mahon – policy enquiry", body, date="2025-04-25 11:31", tz=1))


def m102():
    body = """Sehr geehrte Damen und Herren,

ab dem 01.07.2025 gelten im Kreditschutz Plus neue, vereinfachte Gesundheitsfragen. Bitte
tauschen Sie die Beitrittsformulare und die Masken in Ihren Kreditstrecken rechtzeitig aus.

Neu (3 Fragen statt 5):
1. Sind Sie derzeit arbeitsunfähig oder in ärztlicher Behandlung?
2. Wurden Sie in den letzten 12 Monaten wegen einer Erkrankung des Herzens, des
   Kreislaufs, der Psyche, der Wirbelsäule, wegen Krebs oder einer Suchterkrankung
   behandelt?
3. Ist Ihnen eine Rente wegen Erwerbsminderung oder eine Schwerbehinderung (GdB ab 50)
   zuerkannt?

Bei einer Ja-Antwort ist der Beitritt zum Tarif Plus nicht möglich; der Kreditschutz
Basis (Tod, mit Vorerkrankungsklausel) bleibt möglich.

Die technischen Details erhalten Ihre IT-Ansprechpartner gesondert.

Mit freundlichen Grüßen
Lindwurm Lebensversicherung AG – Bancassurance
"""
    return ("NORMAL", "de", "insurer-to-bank",
            "trap: circular on new health questions (heart, psyche, cancer, disability), no person",
            mk("Bancassurance Partnerservice <partnerservice@%s>" % INS, "partnerbanken-verteiler@%s" % INS,
               "Neue Gesundheitsfragen Kreditschutz Plus ab 01.07.2025", body, date="2025-05-14 09:00"))


def m103():
    body = """Hallo Herr Kowalczyk,

für Ihren Kunden Herrn Timo Scharnhorst, geb. 11.05.1996, Finanzierung Cupra Formentor
(Barpreis 38.900 EUR, Anzahlung 5.000 EUR, 48 Monate, Schlussrate 17.400 EUR):

  GAP-Versicherung, 48 Monate:                 596,00 EUR Einmalbeitrag
  Kreditschutz Job (Arbeitslosigkeit):         11,20 EUR monatlich

Er ist laut Ihrer Angabe seit 8 Monaten bei der Deutschen Bahn angestellt, in der
Probezeit – Achtung, solange die Probezeit läuft, greift der Job-Schutz wegen der Wartezeit
faktisch nicht. Bitte so beraten.

Gruß
Melike Aydın
"""
    return ("CONFIDENTIAL", "de", "insurer-to-dealer",
            "quote for a named car buyer with birth date and employment; GAP and unemployment only",
            mk("Melike Aydın <melike.aydin@%s>" % INS, "d.kowalczyk@autohaus-brenneke.example",
               "Re: Berechnung GAP + Job Scharnhorst", body, date="2025-05-08 13:27"))


def m104():
    body = """Hallo Kerstin,

Regressfall für dich aus dem AU-Bereich:

Versicherte Person: Anja Richter, Kreditschutz Plus KS-4410-0090014 (KSK Hohenbruck)
Unfall 16.02.2025, Hohenbruck, Kreuzung Bahnhofstraße: Die Kundin wurde als Radfahrerin
von einem abbiegenden Pkw erfasst (Halter und Fahrer Ralf Döring, HI-RD 771, Haftpflicht
bei der Nordlicht Versicherung AG, Schaden-Nr. NL-25-0448120).
Verletzungen lt. Durchgangsarztbericht: distale Radiusfraktur rechts (S52.50), Kopfplatzwunde,
Commotio cerebri (S06.0). Operative Versorgung mit Plattenosteosynthese, AU seit 18.02.

Wir zahlen seit 18.02. die Raten (198,75 EUR). Anspruchsübergang nach § 86 VVG greift bei
der Summenversicherung nicht – bitte aber prüfen, ob wir über die Bank als
Versicherungsnehmerin einen Schadensersatzanspruch wegen der Raten abgetreten bekommen
können. Polizeiliche Unfallmitteilung liegt in der eAkte.

Gruß
Dirk
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "internal",
            "recourse note: named insured's injuries with ICD codes, surgery, third party's data",
            mk("Dirk Haferkamp <dirk.haferkamp@%s>" % INS, "kerstin.wolff@%s" % INS,
               "Regress? AU Richter – Fahrradunfall 16.02.", body, date="2025-03-18 10:02"))


def m105():
    html = """<html><body style="font-family:Georgia,serif">
<p>Hi {{FirstName}},</p>
<p>Congratulations on your new home with Corrib Bank.</p>
<p>Have you thought about what would happen to your mortgage repayments if you couldn't work
because of illness, or if the worst happened? <b>Mortgage Protection Plus</b> from Lindwurm Life
clears your mortgage if you die, and can pay a lump sum if you're diagnosed with one of
14 specified illnesses.</p>
<p>Your mortgage adviser {{AdviserName}} can give you a quote in ten minutes, or call us
on 1800 555 017.</p>
<p style="font-size:11px;color:#666">Corrib Bank plc is tied to Lindwurm Life Europe DAC for life
assurance. Lindwurm Life Europe DAC is regulated by the Central Bank of Ireland.
<a href="https://www.corribbank.example/unsubscribe?id={{ContactId}}">Unsubscribe</a></p>
</body></html>"""
    text = """Hi {{FirstName}},

Congratulations on your new home with Corrib Bank.

Have you thought about what would happen to your mortgage repayments if you couldn't work
because of illness, or if the worst happened? Mortgage Protection Plus from Lindwurm Life
clears your mortgage if you die, and can pay a lump sum if you're diagnosed with one of
14 specified illnesses.

Your mortgage adviser {{AdviserName}} can give you a quote in ten minutes, or call us on
1800 555 017.
"""
    body = """Siobhán - final version of the campaign template with merge fields, as approved by
your compliance team on Friday. Both parts below.

Ciarán

""" + text
    return ("NORMAL", "en", "insurer-to-bank",
            "trap: marketing template with merge fields about death and illness cover",
            mk("Ciarán Doyle <ciaran.doyle@lindwurm-europe.example>", "siobhan.kelly@corribbank.example",
               "Campaign template MPP – final", body, html=html, date="2025-06-09 10:25", tz=1))


def m106():
    body = """Sehr geehrter Herr Rahimi,

wie gewünscht haben wir die Bankverbindung für den Beitragseinzug Ihres Kreditschutz Job,
Vers.-Nr. KJ-2210-0052201, geändert:

  neu: Kontoinhaber Farid Rahimi, IBAN DE69 7002 0270 6641 0854 69

Das SEPA-Lastschriftmandat (Mandatsreferenz LWA-KJ-0052201-02) gilt ab dem Beitrag für
Juni 2025 (11,40 EUR). Bitte beachten Sie, dass sich an Ihrem Ratenkredit bei der
Volksbank Aachtal dadurch nichts ändert.

Mit freundlichen Grüßen
Lindwurm Allgemeine Versicherung AG
Kundenservice Kreditschutz
"""
    return ("CONFIDENTIAL", "de", "insurer-to-customer",
            "bank account change for unemployment cover: named customer and IBAN; windows-1252",
            mk("Kundenservice Kreditschutz <kreditschutz@%s>" % INS, "farid.rahimi@mailpost.example",
               "Änderung Ihrer Bankverbindung – KJ-2210-0052201", body, date="2025-05-27 12:01",
               charset="windows-1252"))


def m107():
    body = """Sehr geehrter Herr Reuter,

betrifft: Kreditschutz Plus, Beitritt KS-4420-0069245, Ratenkredit Volksbank Aachtal 40 118 290

bei der Prüfung Ihres Leistungsantrags (AU seit 03.02.2025) haben wir die Unterlagen der
Fachklinik Haus Lindenhof erhalten. Danach wurden Sie vom 12.09. bis 24.10.2023 wegen einer
Alkoholabhängigkeit (F10.2) stationär entgiftet und anschließend bis Februar 2024 ambulant
suchttherapeutisch behandelt.

Die Gesundheitsfrage 2 im Beitrittsformular vom 15.03.2024 ("Wurden Sie in den letzten
12 Monaten wegen ... einer Suchterkrankung behandelt?") haben Sie mit "Nein" beantwortet.
Bei zutreffender Angabe wäre ein Beitritt zum Tarif Plus nicht möglich gewesen.

Wir beabsichtigen daher, vom Vertrag hinsichtlich des AU-Schutzes nach § 19 Abs. 2 VVG
zurückzutreten. Bevor wir entscheiden, geben Sie uns bitte bis zum 20.05.2025 Gelegenheit
zur Stellungnahme. Ihr Todesfallschutz bleibt in jedem Fall bestehen.

Mit freundlichen Grüßen
Nadine Schollmeyer
Leistungsprüfung Kreditschutz
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "non-disclosure letter: alcohol dependence with ICD code, detox and addiction therapy",
            mk("Leistungsservice Kreditschutz <leistung-kreditschutz@%s>" % INS, "t.reuter@freemail.example",
               "Kreditschutz Plus KS-4420-0069245 – Anhörung vor Rücktritt", body, date="2025-05-06 14:15"))


def m108():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#1d1d1b;color:#fff;padding:14px 18px;font-size:20px">Merowa Händler-Info &middot; Juni 2025</div>
<div style="padding:18px">
<h3>Finanzierung &amp; Schutz: Was Ihre Kunden wissen wollen</h3>
<p><b>"Was passiert, wenn ich krank werde?"</b> &ndash; Mit Kreditschutz Plus übernimmt die Lindwurm die
Monatsrate nach 6 Wochen Arbeitsunfähigkeit. Wichtig: Kreditschutz ist immer freiwillig. Die
Konditionen der Finanzierung hängen nicht davon ab.</p>
<p><b>"Und wenn das Auto weg ist?"</b> &ndash; Die GAP-Versicherung zahlt bei Totalschaden oder Diebstahl die
Differenz zwischen Wiederbeschaffungswert und Ablösesumme.</p>
<h3>Aktion Sommer</h3>
<p>Bis 31.08. 1,99 % eff. Jahreszins auf ausgewählte Jahreswagen. Aktionsunterlagen im Händlerportal.</p>
<p>Ihr Merowa-Händlerteam</p>
<p style="font-size:11px;color:#888">Merowa Autobank GmbH &middot; Südring 4 &middot; 38440 Wolfsburg &middot;
<a href="https://haendler.merowa-autobank.example/abmelden">Abmelden</a></p>
</div></body></html>"""
    return ("NORMAL", "de", "newsletter",
            "trap: dealer newsletter about sickness and total-loss cover, forwarded by insurer, no person",
            mk("Melike Aydın <melike.aydin@%s>" % INS, "vertrieb-autobanken@%s" % INS,
               "WG: Merowa Händler-Info Juni 2025", html=html, html_only=True, date="2025-06-11 09:40"))


def m109():
    body = """Dear Ms Adeyemi,

Kreditschutz Job KJ-5120-0003205 - your claim of 2 May 2025

We are sorry to tell you that we cannot pay this claim. Your employment with
Sonnenfeld Pharma Logistik GmbH ended on 30 April 2025 because your fixed-term contract
(befristeter Arbeitsvertrag, 24 months) expired. The policy covers involuntary unemployment
after dismissal by the employer; the end of a fixed-term contract is excluded under
section 5.3 of the terms, which were part of the documents you received with your Kredito
loan 5512-81117.

Your cover continues. If you start a new permanent job and later lose it through dismissal,
you can claim after the 3-month waiting period.

If you disagree, you can contact our complaints team or the Versicherungsombudsmann.

Kind regards
Dirk Haferkamp
Credit protection claims
"""
    return ("CONFIDENTIAL", "en", "insurer-to-customer",
            "declined unemployment claim: named customer, employer, contract, loan; no health",
            mk("Dirk Haferkamp <dirk.haferkamp@%s>" % INS, "funmi.adeyemi@netzpost.example",
               "Your claim under KJ-5120-0003205", body, date="2025-05-15 13:50"))


def m110():
    body = """Hi both,

Test data for the claims API regression suite (release 3.15) below. All persons are
synthetic - generated, no production data. Please load into INT only.

Cheers, Lukas
"""
    js = """[
  {"claimId": "TST-0001", "insured": {"name": "Testperson, Tina", "dob": "1970-01-01"},
   "type": "AU", "icd10": "J06.9", "start": "2025-01-02", "loan": "TEST-000001",
   "payee_iban": "DE89370400440532013000"},
  {"claimId": "TST-0002", "insured": {"name": "Mustermann, Max", "dob": "1980-12-31"},
   "type": "DEATH", "causeOfDeath": "I21.9", "dateOfDeath": "2025-02-14", "loan": "TEST-000002"},
  {"claimId": "TST-0003", "insured": {"name": "Example, Erika", "dob": "1990-06-15"},
   "type": "UNEMPLOYMENT", "employer": "ACME Test GmbH", "loan": "TEST-000003"}
]
"""
    return ("NORMAL", "en", "internal",
            "trap: synthetic API test cases with ICD codes, causes of death and the published example IBAN",
            mk("Lukas Brandt <lukas.brandt@%s>" % INS,
               "qa-claims@%s, aoife.brennan@lindwurm-europe.example" % INS,
               "Claims API 3.15 – synthetic test cases", body, date="2025-06-12 16:05",
               atts=[a_txt("claims_api_testcases_3-15.json", js)]))


def m111():
    body = """Dear Ms Nair,

Re: Seán Moriarty, DOB 14/03/1979 - your request of 22 April

Mr Moriarty has attended this practice since 2008. Asthma is well controlled on
Symbicort 200/6 two puffs bd. Exacerbations: one in Jan 2023 (viral trigger), treated with
prednisolone 40 mg x 5 days; none since. No hospital admission since 2019. Spirometry
March 2025: FEV1 88% predicted, FEV1/FVC 0.74.

BP readings: 142/88 (Nov 2024), 138/86 (Feb 2025), 136/84 (Apr 2025) - no treatment,
lifestyle advice given. Weight 110 kg, he is attending a weight management programme.
Non-smoker. Father's MI at 58 is confirmed in our records.

Our fee note is attached to the portal submission.

Dr. Niamh Gallagher MICGP
Ballymore Medical Centre
"""
    return ("STRICTLY_CONFIDENTIAL", "en", "doctor",
            "GP report for underwriting: asthma, steroid course, spirometry, blood pressure",
            mk("Dr. Niamh Gallagher <reception@ballymoremedical.example>", "priya.nair@lindwurm-europe.example",
               "RE: GP report request – Seán Moriarty – MPI application", body, date="2025-05-02 12:44", tz=1))


def m112():
    body = """Beitritt Schäfer neu, s. Anhang.

Mit freundlichen Grüßen
Rainer Bock
Volksbank Aachtal eG
"""
    pdf = a_pdf("Beitritt_KJ_Schaefer_40120455.pdf", [
        "Beitrittserklärung Kreditschutz Job (Arbeitslosigkeit) – Tarif KJ25",
        "Versicherungsnehmerin: Volksbank Aachtal eG, Gruppenvertrag GV 4420-VBA",
        "Versicherte Person: Michael Schäfer, geb. 18.01.1979",
        "Anschrift: Buchenring 8, 76829 Landau in der Pfalz",
        "Arbeitgeber: Stadtwerke Landau GmbH, unbefristet seit 01.03.2011",
        "Nettoeinkommen monatlich: 3.420 EUR",
        "Darlehen: 40 120 455 über 21.000,00 EUR, Monatsrate 412,30 EUR, Laufzeit 60 Monate",
        "Einmalbeitrag: 531,00 EUR (mitfinanziert)",
        "Anrechnung Wartezeit aus KJ-2210-0040122: ja (Übertrag bei Umschuldung)",
        "Landau, 24.04.2025   Unterschrift versicherte Person: gez. M. Schäfer",
    ])
    return ("CONFIDENTIAL", "de", "bank",
            "body one line; PDF enrolment form for unemployment cover with birth date, employer, net income",
            mk("Rainer Bock <rainer.bock@volksbank-aachtal.example>", "dirk.haferkamp@%s" % INS,
               "Beitritt Schäfer neu", body, date="2025-04-25 08:10", atts=[pdf]))


def m113():
    body = """Tagesordnung Produktausschuss Kreditschutz, 18.06.2025, 14:00 Uhr, Raum 4.12

1. Neue Bestandstafel LW-KS 2024 für Kreditschutz Basis (Salomon)
2. Wartezeit für psychische Erkrankungen im Tarif Plus – Vorschlag Vertrieb: keine
   gesonderte Wartezeit; Vorschlag Leistung: 6 Monate (Haferkamp)
3. Höchsteintrittsalter 67 vs. 70 – Marktvergleich (Aydın)
4. Kreditschutz Job für Selbständige – Machbarkeit (Reinhold)
5. Verschiedenes

Unterlagen bis 13.06. ins Teams-Verzeichnis.

Jana Petersen-Kühl
"""
    return ("NORMAL", "de", "internal",
            "trap: product committee agenda on waiting periods for mental illness, no person",
            mk("Jana Petersen-Kühl <jana.petersen-kuehl@%s>" % INS, "produktausschuss-ks@%s" % INS,
               "TO Produktausschuss 18.06.", body, date="2025-06-06 15:45"))


def m114():
    body = """Dear Dr. Brandes,

Hope you're well. Could you help us with a German-language file? It's one of the Kredito
Austria pilot cases handled in Dublin.

Insured: Markus Pichler, Kreditschutz Plus AT, loan Kredito 5512-90011, AU since 10.03.2025.
Attached report is from his neurologist in Graz, key passage:

  "Diagnose: Zustand nach Subarachnoidalblutung (I60.7) am 08.03.2025, Coiling eines
  Aneurysmas der A. communicans anterior. Persistierende Konzentrations- und
  Merkfähigkeitsstörungen, Fahrverbot 6 Monate. Arbeitsunfähigkeit als Bautechniker
  voraussichtlich bis mindestens 09/2025."

He answered "no" to the health questions on 12.11.2024. Is there anything in the report
suggesting the aneurysm was known before? We can't see it, but want your view before we
accept.

Vielen Dank und beste Grüße
Aoife Brennan
"""
    return ("STRICTLY_CONFIDENTIAL", "mixed", "internal",
            "English request quoting a German neurologist's report: brain haemorrhage, ICD code, deficits",
            mk("Aoife Brennan <aoife.brennan@lindwurm-europe.example>", "ulrich.brandes@%s" % INS,
               "German-language AU file – Pichler – your view?", body, date="2025-04-01 11:18", tz=1))


def m115():
    body = """Hi Gráinne,

Member claim for the unemployment section of the payment protection on his car loan:

  Member: Kevin Dolan, member no. 51920, PPS 8834011UA
  Loan: 8812-4127, EUR 11,500, repayment EUR 245.00 per fortnight
  Employer: Lakeside Hotel Athlone - let go 28 March (seasonal closure for refurbishment,
  RP50 attached), Jobseeker's Benefit from 4 April, EUR 244 per week

He says the hotel has told him he may be taken back in October. Does that matter for the
claim? Forms to follow by post.

Declan
"""
    return ("CONFIDENTIAL", "en", "bank",
            "credit union: member's unemployment claim with PPS number, loan, benefits; no health",
            mk("Declan Murphy <declan.murphy@liffeycu.example>", "claims@lindwurm-europe.example",
               "PP unemployment claim – Kevin Dolan – 8812-4127", body, date="2025-04-17 10:12", tz=1))


def m116():
    body = """Hallo Herr Harms,

wie besprochen die Frühstornoquoten (Widerruf/Kündigung innerhalb 6 Monaten) je
Geschäftsstelle für Beitritte 07–12/2024:

  Hohenbruck Marktplatz   6,1 %
  Hohenbruck Nord         5,4 %
  Altenwalde             14,8 %
  Bad Liesen              7,2 %
  Kirchbrunn              4,9 %
  Online-Kredit           9,7 %

Altenwalde fällt deutlich raus. Nach unserer Erfahrung spricht eine Quote über 12 % dafür,
dass Kunden im Gespräch nicht klar war, dass der Kreditschutz freiwillig ist. Vielleicht
lohnt sich dort eine Nachschulung?

Viele Grüße
Tobias Reinhold
"""
    return ("NORMAL", "de", "insurer-to-bank", "trap: early-cancellation rates per branch, no person",
            mk("Tobias Reinhold <tobias.reinhold@%s>" % INS, "uwe.harms@ksk-hohenbruck.example",
               "Frühstorno je Geschäftsstelle 2. HJ 2024", body, date="2025-03-25 11:44"))


def m117():
    body = """Sehr geehrter Herr Rechtsanwalt Kühne,

zu Ihrem Schreiben vom 02.06.2025 für Ihre Mandantin Frau Birgit Lindemann
(Kreditschutz Job KJ-2210-0038814, Darlehen 40 114 902 bei der Volksbank Aachtal):

Das Darlehen wurde am 17.03.2025 vorzeitig vollständig abgelöst. Wir haben den
Einmalbeitrag daraufhin bereits am 28.03.2025 anteilig erstattet:

  Einmalbeitrag (01.06.2022, Laufzeit 72 Monate)           698,40 EUR
  verbrauchter Anteil (33 Monate, Rule of 78 / Tarif KJ22)  -409,05 EUR
  Erstattung an Ihre Mandantin, Konto DE09 3806 0186 6686 6243 34  289,35 EUR

Ihre Auffassung, es sei pro rata temporis (linear) zu erstatten, teilen wir für Altverträge
mit der vereinbarten Staffel nicht. Aus Kulanz sind wir aber bereit, die Differenz zur
linearen Berechnung (30,57 EUR) zu zahlen.

Mit freundlichen Grüßen
Ines Marquardt, Beschwerdemanagement
Lindwurm Allgemeine Versicherung AG
"""
    return ("CONFIDENTIAL", "de", "insurer-to-lawyer",
            "refund dispute for unemployment cover: named client, loan, IBAN; no health",
            mk("Ines Marquardt <beschwerde@%s>" % INS, "kanzlei@ra-kuehne.example",
               "Ihr Zeichen 112/25 Lindemann – Beitragserstattung KJ-2210-0038814", body, date="2025-06-10 15:12"))


def m118():
    body = """Sehr geehrte Damen und Herren,

auf Ihre Anfrage vom 24.02.2025 (Ihr Zeichen L-KS-25-001377) übersenden wir mit
Einverständnis des Patienten den Entlassungsbericht in Kurzform:

Patient: Rüdiger Ahlers, geb. 02.12.1966
Aufenthalt: AHB 21.01.–12.02.2025, Kardiologische Rehabilitation

Diagnosen: STEMI der Vorderwand (I21.0) am 05.01.2025, PCI/DES RIVA; ischämische
Kardiomyopathie, LVEF 45 %; arterielle Hypertonie; Hypercholesterinämie; Nikotinabusus,
seit Infarkt Karenz.
Medikation bei Entlassung: ASS 100, Ticagrelor 90 mg 1-0-1, Ramipril 5 mg, Bisoprolol 2,5 mg,
Atorvastatin 80 mg.
Leistungsbild: Für die zuletzt ausgeübte Tätigkeit als Lagerleiter (mittelschwer)
derzeit unter 3 Stunden; stufenweise Wiedereingliederung ab 14.04.2025 empfohlen.

Mit freundlichen Grüßen
Sekretariat Chefarzt Dr. med. Harald Weinert
Reha-Klinik am Kurpark, Bad Liesen
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "hospital",
            "rehab clinic discharge summary: infarction, ejection fraction, medication, work capacity",
            mk("Sekretariat Kardiologie <kardio-sekretariat@rehaklinik-badliesen.example>",
               "leistung-kreditschutz@%s" % INS, "Ihr Zeichen L-KS-25-001377 – Entlassungsbericht", body,
               date="2025-02-27 13:03"))


def m119():
    body = """KREDITO PARTNER BULLETIN - June 2025

For insurance partners of Kredito Direktbank AG

* Payment holidays: From 1 July customers who report a serious illness can request a
  3-month payment holiday in the app without a medical certificate. Where the customer has
  credit protection, the app will show a link to the insurer's claims form.
* Austria: 500-loan pilot with Lindwurm starts 1 October.
* Data: we will move the monthly insurance files to the new SFTP hub in August.
* Reminder: customer health information must never be entered in the free-text
  "Notes" field of the loan application.

Questions: partners@kredito-direkt.example
"""
    return ("NORMAL", "en", "newsletter",
            "trap: bank's partner bulletin about serious illness payment holidays, no person",
            mk("Kredito Partner Bulletin <partners@kredito-direkt.example>", "partnerservice@%s" % INS,
               "Kredito Partner Bulletin – June 2025", body, date="2025-06-13 08:00"))


def m120():
    body = """Dear Mr Thompson,

GAP insurance GAP-MA-0034418 - theft of your BMW 320d, H-GT 5108

We have settled your GAP claim. The insurance company of your comprehensive motor policy
paid the replacement value of EUR 29,750.00. Your outstanding balance with Merowa Autobank
(contract 88-4490031) on 15 May 2025 was EUR 33,118.40.

We have paid the difference of EUR 3,368.40 to Merowa Autobank. Your finance contract is
now closed. Merowa will confirm this to you in writing.

Kind regards
GAP Claims Service
Lindwurm Allgemeine Versicherung AG
"""
    return ("CONFIDENTIAL", "en", "insurer-to-customer",
            "GAP theft settlement: named customer, plate, finance contract; no health",
            mk("GAP Claims Service <gap-schaden@%s>" % INS, "g.thompson@freemail.example",
               "Your GAP claim GAP-MA-0034418 – settled", body, date="2025-05-23 10:17"))


def m121():
    body = """Liebe Frau Albers,

für Ihre Außendienstmitarbeiter anbei das überarbeitete Merkblatt zur
Bauspar-Risikolebensversicherung (BRL). Neu ist der Abschnitt zur vereinfachten
Gesundheitsprüfung bis 150.000 EUR Versicherungssumme.

Kurz zusammengefasst:
- Versicherungssumme = Vorausdarlehen bzw. Bauspardarlehen, fallend oder konstant
- bis 150.000 EUR: 3 Gesundheitsfragen, darüber ärztliches Zeugnis
- Raucher/Nichtraucher-Tarif; Nichtraucher = 12 Monate rauchfrei
- Leistung im Todesfall direkt an die Bausparkasse zur Tilgung

Gruß
Tobias Reinhold
"""
    odt = a_odt("Merkblatt_BRL_2025.odt", [
        "Merkblatt Bauspar-Risikolebensversicherung (BRL) – Stand Mai 2025",
        "Für den Außendienst der Heimstatt Bausparkasse AG",
        "1. Zweck: Absicherung des Vorausdarlehens/Bauspardarlehens im Todesfall.",
        "2. Gesundheitsprüfung: bis 150.000 EUR drei Fragen (Behandlungen in den letzten 5 Jahren wegen Herz/Kreislauf, Krebs, Diabetes, Psyche; HIV-Infektion; laufende Arbeitsunfähigkeit). Über 150.000 EUR: ärztliches Zeugnis.",
        "3. Ausschlüsse: Selbsttötung in den ersten 3 Jahren (§ 161 VVG), Kriegsereignisse.",
        "4. Beispiel (fiktiv): 35 Jahre, Nichtraucher, 200.000 EUR fallend über 20 Jahre: 9,80 EUR mtl.",
    ])
    return ("NORMAL", "de", "insurer-to-bank",
            "trap: info sheet (ODT) for building-society staff on health questions and suicide exclusion",
            mk("Tobias Reinhold <tobias.reinhold@%s>" % INS, "gudrun.albers@heimstatt-bauspar.example",
               "Merkblatt BRL für Ihren Außendienst", body, date="2025-05-12 13:30", atts=[odt]))


def m122():
    body = """Hi Declan,

Claim LCU-LP-25-0019 - Tom Byrne (deceased)

The claim has been approved and signed off. We have transferred EUR 9,204.80 to the credit
union's scheme account today, which clears both loans (8812-3305 and 8812-3871) as at the
date of death. The age-at-drawdown question was resolved in Tom's favour - the second loan
was a top-up of an existing loan, so the scheme's age limit didn't apply.

Please let Mary know, and pass on our sympathies. Any repayments taken from his account
after 4 May should be refunded to the estate by the credit union.

Best,
Aoife
"""
    return ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-bank",
            "death claim approval under credit union life scheme for a named member",
            mk("Aoife Brennan <aoife.brennan@lindwurm-europe.example>", "declan.murphy@liffeycu.example",
               "LCU-LP-25-0019 Byrne – approved", body, date="2025-05-28 12:02", tz=1))


def m123():
    body = """Zahlungsavis Lindwurm Allgemeine Versicherung AG

Empfänger: Kreissparkasse Hohenbruck, Kreditkonto-Sammelkonto
Valuta: 02.06.2025

Verwendungszweck                                    Betrag EUR
7203 488 02 YILMAZ KEMAL KJ-4410-0009120 RATE 06/25     260,30
7203 466 15 BECKER JOHANNA KJ-4410-0008977 RATE 06/25   187,95
7203 470 81 SOKOLOWSKI PIOTR KJ-4410-0009034 RATE 06/25 344,00
------------------------------------------------------------------
Summe                                                   792,25

Leistungen aus Kreditschutz Job (Arbeitslosigkeit).
Diese Nachricht wurde automatisch erstellt.
"""
    return ("CONFIDENTIAL", "de", "insurer-to-bank",
            "payment advice: named borrowers, loans and unemployment benefits; no health",
            mk("Zahlungsverkehr Lindwurm <zahlungsverkehr@%s>" % INS, "kreditservice@ksk-hohenbruck.example",
               "Zahlungsavis 02.06.2025 – Kreditschutz Job", body, date="2025-06-02 05:40"))


def m124():
    body = """Hi all,

Following two access requests (Art. 15 GDPR) from borrowers last month, here is the agreed
handling for credit protection:

1. Log the request in OneTrust within 1 working day; deadline 1 month.
2. Collect: policy data, premium history, claims correspondence and - if a claim exists -
   medical evidence we hold. Medical evidence is disclosed to the data subject in full
   unless the CMO flags serious harm (rare).
3. Never send the pack by ordinary email. Use the secure portal or registered post.
4. The partner bank is a separate controller for the loan data; refer the borrower there.

Template response letter is in the DPO SharePoint under "DSAR - CP".

Thanks,
Data Protection Office, Lindwurm Life Europe DAC
"""
    return ("NORMAL", "en", "internal", "trap: access-request procedure mentioning medical evidence, no person",
            mk("Data Protection Office <dpo@lindwurm-europe.example>", "claims-team@lindwurm-europe.example",
               "DSAR handling – credit protection", body, date="2025-03-06 14:30", tz=0))


def m125():
    body = """Hallo Herr Haferkamp,

eine Frage, bei der ich unsicher bin. Unser Kunde Armin Keller (Ratenkredit 40 119 870,
Kreditschutz Plus) liegt seit einer Hirnblutung am 30.04. im künstlichen Koma auf der
Intensivstation in Ludwigshafen. Seine Frau war heute bei mir, völlig aufgelöst. Sie hat
keine Vorsorgevollmacht, das Betreuungsverfahren läuft beim Amtsgericht.

Darf ich ihr sagen, dass der Kreditschutz besteht, und kann sie den Leistungsantrag
stellen? Das Gehalt läuft noch 6 Wochen, danach wird es eng mit der Rate (522 EUR).

Danke für einen kurzen Rückruf, 06341 9922-418.

Petra Wintergerst
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "bank",
            "bank asks about a named borrower in an induced coma after brain haemorrhage",
            mk("Petra Wintergerst <petra.wintergerst@volksbank-aachtal.example>", "dirk.haferkamp@%s" % INS,
               "Kunde Keller – Leistungsantrag durch Ehefrau?", body, date="2025-05-09 11:47"))


def m126():
    body = """Hallo Aoife, hi Gráinne,

für das gemeinsame Leistungsformular hier unser Vorschlag für das Glossar DE/EN. Please
correct where the Irish wording is different.

  Arbeitsunfähigkeit (AU)        – incapacity for work / "accident & sickness" (IE)
  Karenzzeit                     – deferred period / excess period
  Wartezeit                      – waiting period
  Vorerkrankungsklausel          – pre-existing condition exclusion
  Schweigepflichtentbindung      – consent to release medical information
  Sterbeurkunde                  – death certificate
  Todesbescheinigung (vertr. Teil) – medical certificate of cause of death
  Leistungsantrag                – claim form
  Restschuld                     – outstanding balance
  Versicherte Person             – life insured / insured person

Danke! / Thanks!
Dirk
"""
    return ("NORMAL", "mixed", "internal",
            "trap: German/English glossary of claims terms (death certificate, incapacity), no person",
            mk("Dirk Haferkamp <dirk.haferkamp@%s>" % INS,
               "aoife.brennan@lindwurm-europe.example, claims@lindwurm-europe.example",
               "Glossar Leistungsformular DE/EN", body, date="2025-06-11 10:30"))


def m127():
    body = """Hi Siobhán,

Attached is the list of Corrib customers whose payment protection (unemployment only)
cover ends in Q3 2025 because they reach age 65. We'll write to them 6 weeks before; could
your branches please not re-offer cover to them?

Gráinne
"""
    ods = a_ods("CB_PPU_age65_Q3-2025.ods", [
        ["Policy", "Customer", "Date of birth", "Loan", "Cover ends"],
        ["CB-PPU-0031877", "Michael Hennessy", "04/07/1960", "44-0150329", "04/07/2025"],
        ["CB-PPU-0033410", "Bernadette Cullinane", "22/08/1960", "44-0161208", "22/08/2025"],
        ["CB-PPU-0035022", "Gerard Naughton", "13/09/1960", "44-0170877", "13/09/2025"],
    ], sheet="Q3")
    return ("CONFIDENTIAL", "en", "insurer-to-bank",
            "ODS with named customers, birth dates, loans; unemployment-only cover",
            mk("Gráinne Fox <claims@lindwurm-europe.example>", "siobhan.kelly@corribbank.example",
               "PPU cover ending at 65 – Q3 list", body, date="2025-05-30 11:05", tz=1, atts=[ods]))


def m128():
    body = """Sehr geehrte Frau Brüggemann,

Ihre Arbeitsunfähigkeit ist uns bis zum 31.05.2025 nachgewiesen. Damit wir die Rate für
Juni (287,60 EUR) für Ihren Ratenkredit bei der Kreissparkasse Hohenbruck übernehmen
können, senden Sie uns bitte eine Folgebescheinigung Ihrer Ärztin, sobald sie vorliegt.

Falls Sie Ihre Arbeit wieder aufgenommen haben – etwa stufenweise – teilen Sie uns bitte
das Datum mit.

Mit freundlichen Grüßen
Ihr Leistungsservice Kreditschutz
Lindwurm Lebensversicherung AG
Zeichen: L-KS-25-002214
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "reminder about a named insured's ongoing incapacity to work (health fact), no diagnosis",
            mk("Leistungsservice Kreditschutz <leistung-kreditschutz@%s>" % INS, "k.brueggemann@netzpost.example",
               "Ihre Arbeitsunfähigkeit – Folgebescheinigung", body, date="2025-05-26 07:30"))


def m129():
    body = """Sehr geehrte Damen und Herren,

anbei die Provisionsabrechnung für das 1. Halbjahr 2025 zur Bauspar-Risikolebensversicherung
und zum Kreditschutz Job (Rahmenvertrag RV-7781).

Mit freundlichen Grüßen
Vertriebscontrolling Bancassurance
Lindwurm Lebensversicherung AG
"""
    pdf = a_pdf("Provisionsabrechnung_RV7781_HJ1-2025.pdf", [
        "Provisionsabrechnung Rahmenvertrag RV-7781 – Heimstatt Bausparkasse AG",
        "Abrechnungszeitraum 01.01.2025 – 30.06.2025",
        "Bauspar-Risikolebensversicherung: 842 Neuverträge, Beitragssumme 3.118.400,00 EUR",
        "   Abschlussprovision 2,5 % der Versicherungssumme (gedeckelt): 612.330,00 EUR",
        "Kreditschutz Job: 211 Neuverträge, Provision 41.870,00 EUR",
        "Stornorückbelastungen: -18.204,10 EUR",
        "Auszahlung: 635.995,90 EUR auf das Provisionskonto der Heimstatt Bausparkasse AG",
        "IBAN DE82 5123 0800 5935 0523 96",
    ])
    return ("NORMAL", "de", "insurer-to-bank",
            "trap: commission statement (PDF) for a building society as a company incl. its own IBAN",
            mk("Vertriebscontrolling Bancassurance <vc-bancassurance@%s>" % INS, "provisionen@heimstatt-bauspar.example",
               "Provisionsabrechnung RV-7781 1. HJ 2025", body, date="2025-06-13 09:00", atts=[pdf]))


def m130():
    body = """Sehr geehrte Damen und Herren,

auf Wunsch unseres ehemaligen Mitarbeiters bestätigen wir:

Herr Marek Nowak, geb. 19.08.1986, war vom 01.03.2017 bis 31.01.2025 bei uns als
Berufskraftfahrer (CE) in Vollzeit beschäftigt. Das Arbeitsverhältnis wurde von uns mit
Schreiben vom 28.10.2024 aus betriebsbedingten Gründen (Aufgabe der Niederlassung Landau)
fristgerecht zum 31.01.2025 gekündigt. Ein Aufhebungsvertrag wurde nicht geschlossen; eine
Abfindung wurde nicht gezahlt. Letztes Bruttomonatsgehalt: 3.240,00 EUR.

Mit freundlichen Grüßen
Spedition Haag GmbH
Personalabteilung, i. A. Monika Degen
"""
    return ("CONFIDENTIAL", "de", "company",
            "employer's confirmation for an unemployment claim: birth date, dismissal, salary",
            mk("Monika Degen <personal@spedition-haag.example>", "leistung-kreditschutz@%s" % INS,
               "Arbeitgeberbestätigung Marek Nowak", body, date="2025-02-25 10:52"))


def m131():
    body = """Gráinne, for you - came into the general inbox. Policy is LCU-PP-0020415 (A&S&U).
A.

> From: Deirdre Costello <dcostello@inboxmail.example>
> Sent: 04 June 2025 23:10
> To: claims@lindwurm-europe.example
> Subject: claim
>
> hi, i have the payment protection with my credit union loan (liffey cu, 8812-4502).
> i'm on sick leave since 12 may, my gp has signed me off with work related stress and
> anxiety, she says at least 8 weeks and i've been started on sertraline. i'm a nurse in
> the regional hospital and i just couldn't keep going after what happened on the ward.
> what do i need to send you? do you need to talk to my employer? i'd rather they didn't
> know the details
> deirdre
"""
    return ("STRICTLY_CONFIDENTIAL", "en", "customer",
            "customer's own quoted mail: stress and anxiety, antidepressant, sick leave",
            mk("Aoife Brennan <aoife.brennan@lindwurm-europe.example>", "claims@lindwurm-europe.example",
               "FW: claim", body, date="2025-06-05 08:52", tz=1))


def m132():
    body = """Dear Siobhán,

Invitation attached for the next "Selling protection responsibly" webinar for your mortgage
and loan advisers. 60 minutes, CPD hours certified by the Institute of Bankers.

Topics: demands-and-needs, explaining exclusions in plain language, when NOT to sell
protection, and handling customers who disclose an illness during the sales conversation.

Kind regards,
Ciarán
"""
    ics = a_ics("Webinar_Selling_protection_2025-06-11.ics", [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lindwurm Europe//Webinar//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:webinar-spr-20250611@lindwurm-europe.example", "DTSTAMP:20250520T100000Z",
        "DTSTART:20250611T090000Z", "DTEND:20250611T100000Z",
        "SUMMARY:Selling protection responsibly – advisers' webinar",
        "LOCATION:Online (Teams)",
        "ORGANIZER;CN=Ciarán Doyle:mailto:ciaran.doyle@lindwurm-europe.example",
        "END:VEVENT", "END:VCALENDAR"])
    return ("NORMAL", "en", "insurer-to-bank", "trap: webinar invitation about illness disclosure in sales",
            mk("Ciarán Doyle <ciaran.doyle@lindwurm-europe.example>", "siobhan.kelly@corribbank.example",
               "Webinar invitation – 11 June", body, date="2025-05-20 11:00", tz=1, atts=[ics]))


def m133():
    body = """Dear Ms Marković,

As requested, we confirm for your debt counselling appointment (Schuldnerberatung Caritas
Köln) that the following insurance exists:

  Insured person:   Ivana Marković, Eigelstein 88, 50668 Köln
  Policy:           Kreditschutz Job (involuntary unemployment), KJ-5120-0002761
  Loan covered:     Kredito Direktbank 5512-79880
  Status:           cancelled on 11 April 2025 after early repayment of the loan;
                    refund of EUR 425.77 paid to your account on 24 April 2025

No claims were made under this policy.

Kind regards
Customer Service Credit Protection
"""
    return ("CONFIDENTIAL", "en", "insurer-to-customer",
            "insurance certificate for a named customer's debt counselling: address, policy, refund",
            mk("Customer Service Credit Protection <kreditschutz@%s>" % INS, "ivana.markovic@mailpost.example",
               "Confirmation for your debt counsellor – KJ-5120-0002761", body, date="2025-05-07 15:35"))


def m134():
    body = """Hallo Nadine,

die Bescheinigung der Psychotherapeutin von Herrn Mahlmann kam heute per Post, ich hab sie
dir eingescannt und den Text hier drunter. Original ist in der Akte.

Gruß Ines

---
Dipl.-Psych. Regine Mainz, Psychologische Psychotherapeutin (VT), Almsstraße 12, Hildesheim

Bescheinigung zur Vorlage bei der Versicherung

Herr Jens-Uwe Mahlmann befindet sich seit dem 24.02.2025 in ambulanter
verhaltenstherapeutischer Behandlung (bisher 9 Sitzungen). Diagnose: schwere depressive
Episode ohne psychotische Symptome (F32.2) vor dem Hintergrund einer chronischen
Arbeitsüberlastung. Der Patient war nach seinen Angaben vor 2025 nicht in
psychotherapeutischer Behandlung. Ein Antrag auf stationäre psychosomatische
Rehabilitation ist gestellt.

Hildesheim, 02.04.2025
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "therapist",
            "psychotherapist's certificate pasted into internal mail: severe depression, ICD code",
            mk("Ines Marquardt <ines.marquardt@%s>" % INS, "nadine.schollmeyer@%s" % INS,
               "Mahlmann – Bescheinigung Psychotherapie", body, date="2025-04-04 09:20"))


def m135():
    body = """Hallo zusammen,

der Umzug der Bancassurance-Teams in den 4. Stock (Flügel B) ist am Freitag, 27.06.
Bitte bis Donnerstagabend packen, Kisten stehen ab Montag im Flur. Aktenschränke mit
Leistungsakten werden von der Haustechnik verschlossen transportiert – bitte nichts
lose obendrauf legen.

Danke!
Jana
"""
    return ("NORMAL", "de", "internal", "office move notice",
            mk("Jana Petersen-Kühl <jana.petersen-kuehl@%s>" % INS, "bancassurance-alle@%s" % INS,
               "Umzug 4. OG am 27.06.", body, date="2025-06-16 12:30"))


def m136():
    body = """Sehr geehrte Frau Albers,

zu Ihrer Kundin Frau Nicole Brandes, Vorausdarlehen VD 3390 1044 07, Kreditschutz Job
KJ-7781-0002291:

Die Wartezeit ist erfüllt, der Antrag ist vollständig. Nach Ablauf der Karenzzeit zahlen
wir ab der Zinsrate 01.05.2025 monatlich 412,00 EUR direkt an die Bausparkasse, zunächst
für 12 Monate, längstens solange Frau Brandes Arbeitslosengeld bezieht. Die gestundeten
Raten März und April sind nach den Bedingungen nicht versichert.

Mit freundlichen Grüßen
Dirk Haferkamp
"""
    return ("CONFIDENTIAL", "de", "insurer-to-bank",
            "unemployment claim acceptance for a named borrower, loan and policy; no health",
            mk("Dirk Haferkamp <dirk.haferkamp@%s>" % INS, "gudrun.albers@heimstatt-bauspar.example",
               "AW: Stundung Brandes VD 3390 1044 07 / KJ-7781-0002291", body, date="2025-03-19 16:04"))


def m137():
    body = """Hi Eoin,

Status on the payment protection unemployment claims for MMF customers this month:

  PP-UE-25-00417  Patrick Kavanagh   HP 66-1180734  paying, 3rd instalment sent 5 May
  PP-UE-25-00502  Lisa Brophy        HP 66-1192260  accepted, first payment 5 June
  PP-UE-25-00519  Michał Zieliński   PCP 66-1201471 pending - P45 outstanding

Mr Kavanagh told us he starts a new job on 26 May, so May will be his last instalment.

Gráinne
"""
    return ("CONFIDENTIAL", "en", "insurer-to-bank",
            "status of unemployment claims for named customers with finance agreements; no health",
            mk("Gráinne Fox <claims@lindwurm-europe.example>", "eoin.hartigan@mmf.example",
               "PPU claims status – May", body, date="2025-05-16 14:25", tz=1))


def m138():
    body = """Hi Priya,

Attached note summarises the changes to our underwriting manual for mortgage protection
that apply to the treaty from 1 July. In short:

- Type 2 diabetes, HbA1c < 7.5%, no complications, age 40+: standard to +50%
- BMI 35-39.9 without comorbidity: +50%; with hypertension: +75%
- Treated depression, single episode > 2 years ago, no admissions: standard
- Breast cancer, DCIS, 5 years in remission: standard with exclusion for 2 more years

These are automatic acceptance limits for your free cover limit of EUR 500k. Anything
outside goes to facultative as now.

Best,
Helena
"""
    return ("NORMAL", "en", "insurer-to-partner",
            "trap: reinsurer's generic underwriting rules (diabetes, BMI, depression, cancer), no person",
            mk("Helena Park <helena.park@nordhafen-re.example>", "priya.nair@lindwurm-europe.example",
               "UW manual changes from 1 July", body, date="2025-06-04 10:40", tz=1))


def m139():
    body = """Dear Ms Brennan,

We act for Mr Kevin Dolan of 3 Church View, Athlone, in relation to his payment protection
policy with Liffey Credit Union (loan 8812-4127).

Your letter of 2 May declined our client's unemployment claim on the basis that his
employment was "seasonal". Mr Dolan was employed by Lakeside Hotel Athlone on a permanent
full-time contract since 2019 (copy enclosed, gross salary EUR 31,200). He was made
redundant following the hotel's closure for refurbishment; his RP50 redundancy form was
submitted with the claim. The possibility of re-employment in October does not change the
fact that he is involuntarily unemployed.

We ask that you review the decision within 14 days, failing which we will refer the matter
to the Financial Services and Pensions Ombudsman.

Yours sincerely,
Fiona Keane
Keane & Co. Solicitors
"""
    return ("CONFIDENTIAL", "en", "lawyer",
            "solicitor's letter on unemployment claim: named client, address, salary, loan; no health",
            mk("Fiona Keane <fkeane@keanesolicitors.example>", "aoife.brennan@lindwurm-europe.example",
               "Kevin Dolan – payment protection claim – review", body, date="2025-05-12 16:33", tz=1))


def m140():
    body = """Sehr geehrte Frau Reimers,

vielen Dank für die Meldung zum Todesfall Ihres Bausparers Wolfgang Tiedtke
(BRL-7781-0019453, Vorausdarlehen VD 3390 0881 19).

Da der Tod innerhalb der ersten zwei Jahre nach Versicherungsbeginn eingetreten ist, und
nach Ihrer Schilderung eine Krebserkrankung seit Herbst 2024 bekannt war, müssen wir die
Angaben im Antrag vom 20.10.2023 prüfen. Bitte bitten Sie Frau Tiedtke-Vogel, uns
folgende Unterlagen direkt (nicht über die Bausparkasse) zu schicken:

- Sterbeurkunde
- ärztliche Bescheinigung über die Todesursache (Vordruck liegt bei)
- Schweigepflichtentbindung für die Zeit ab 01.10.2018

Die Zinsraten sollten bis zur Entscheidung gestundet werden.

Mit freundlichen Grüßen
Tobias Reinhold
(i. V. für den Leistungsservice)
"""
    return ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-bank",
            "death claim of a named borrower within 2 years, known cancer, life policy",
            mk("Tobias Reinhold <tobias.reinhold@%s>" % INS, "anja.reimers@heimstatt-bauspar.example",
               "AW: Todesfall Bausparer Tiedtke – BRL-7781-0019453", body, date="2025-04-14 10:22"))


def m141():
    body = """Liebe Kolleginnen und Kollegen,

für Ablehnungen wegen Vorerkrankung gibt es jetzt einen neuen Textbaustein im
Korrespondenzsystem (TB-KS-117). Bitte nur noch diesen verwenden:

"Sehr geehrte/r «Anrede» «Name»,
nach den uns vorliegenden Unterlagen von «Arzt/Klinik» wurden Sie wegen «Erkrankung
in allgemeinverständlichen Worten» am «Datum(en)» behandelt. Ihr Versicherungsschutz
begann am «Beginn». ... Ihr Versicherungsschutz für den Todesfall und für andere
Erkrankungen besteht unverändert fort."

Bitte keine ICD-Codes in Kundenbriefe, und die Bank erhält nur die Mitteilung
"Leistung abgelehnt", nie den Grund.

Ines Marquardt
"""
    return ("NORMAL", "de", "internal",
            "trap: letter template with placeholders for declines due to illness",
            mk("Ines Marquardt <ines.marquardt@%s>" % INS, "leistung-kreditschutz@%s" % INS,
               "Neuer Textbaustein Ablehnung Vorerkrankung TB-KS-117", body, date="2025-04-29 11:10"))


def m142():
    body = """Hallo Frau Aydın,

anbei die Unterlagen zu unserem Kunden für die GAP-Anmeldung, Fahrzeug wurde heute
ausgeliefert.

Gruß
Dennis Kowalczyk
Autohaus Brenneke
"""
    docx = a_docx("Finanzierungsantrag_Scharnhorst_88-4511208.docx", [
        "Merowa Autobank – Finanzierungsantrag (Auszug für GAP-Anmeldung)",
        "Antragsteller: Timo Scharnhorst, geb. 11.05.1996, Am Lindenhof 6, 30880 Laatzen",
        "Beschäftigt seit 01.09.2024 bei DB Regio AG, Lokführer, Nettoeinkommen 2.780 EUR",
        "Fahrzeug: Cupra Formentor 1.5 eTSI, FIN VSSZZZKMZRR104417, amtl. Kennzeichen H-TS 1105",
        "Finanzierungsvertrag 88-4511208: Kaufpreis 38.900 EUR, Anzahlung 5.000 EUR, 47 Raten à 389,00 EUR, Schlussrate 17.400 EUR",
        "Gewählte Versicherungen: GAP (48 Monate). Kreditschutz: nicht gewünscht.",
        "Lastschrift von IBAN DE73 7002 0270 8809 5835 44",
    ])
    return ("CONFIDENTIAL", "de", "dealer",
            "body harmless; DOCX finance application with birth date, income, VIN, IBAN; GAP only",
            mk("Dennis Kowalczyk <d.kowalczyk@autohaus-brenneke.example>", "melike.aydin@%s" % INS,
               "GAP-Anmeldung Scharnhorst", body, date="2025-05-16 17:48", atts=[docx]))


def m143():
    body = """Hallo Jana,

Ergebnis der Qualitätsstichprobe AU-Leistungsentscheidungen April (3 Auffälligkeiten),
Details in der Tabelle.

Gruß Dirk
"""
    ods = a_ods("QS_Stichprobe_AU_2025-04.ods", [
        ["Zeichen", "Versicherte Person", "Diagnose", "Entscheidung", "Befund QS"],
        ["L-KS-25-002087", "Sabine Hartwig", "Karpaltunnelsyndrom (G56.0), OP", "Leistung", "Karenzzeit falsch berechnet (+2 Wochen)"],
        ["L-KS-25-002133", "Omar Haddad", "Angststörung (F41.1)", "Ablehnung Vorerkrankung", "Vorbehandlung 14 Monate vor Beginn – außerhalb 12 Mon., Ablehnung falsch"],
        ["L-KS-25-002190", "Rita Albrecht", "Mammakarzinom (C50.4)", "Leistung", "Arztbrief nicht in eAkte"],
    ], sheet="April")
    return ("STRICTLY_CONFIDENTIAL", "de", "internal",
            "ODS quality sample: named insureds with diagnoses and ICD codes",
            mk("Dirk Haferkamp <dirk.haferkamp@%s>" % INS, "jana.petersen-kuehl@%s" % INS,
               "QS-Stichprobe AU April", body, date="2025-05-13 17:02", atts=[ods]))


def m144():
    body = """Martin,

Headcount plan for the claims team H2: we need one more claims handler from September
to cope with the Austrian pilot and the Liffey scheme growth. Cost within budget if we
delay the second QA role to January. Can we discuss Thursday?

Aoife
"""
    return ("NORMAL", "en", "internal", "headcount planning",
            mk("Aoife Brennan <aoife.brennan@lindwurm-europe.example>", "martin.kessler@lindwurm-europe.example",
               "Claims headcount H2", body, date="2025-06-17 09:05", tz=1))


def m145():
    body = """Dear Mr Kavanagh,

Claim PP-UE-25-00417 - closure

Thank you for letting us know that you started work with Athlone Tool & Die Ltd on
26 May 2025. Congratulations! We paid your final instalment of EUR 412.66 to Midlands
Motor Finance for May. In total we paid 3 instalments (EUR 1,237.98).

Your unemployment cover continues. A new claim is possible after you have been back in
work for 6 months.

Yours sincerely,
Gráinne Fox
"""
    return ("CONFIDENTIAL", "en", "insurer-to-customer",
            "closure of a named customer's unemployment claim: new employer, amounts",
            mk("Gráinne Fox <claims@lindwurm-europe.example>", "pkavanagh@inboxmail.example",
               "Your claim PP-UE-25-00417 – closed", body, date="2025-06-03 10:12", tz=1))


def m146():
    body = """Sehr geehrter Herr Harms,

für die Vorstandsvorlage der Kreissparkasse hier die gewünschten Kennzahlen zum
Gruppenvertrag GV 4410-KSK für 2024 (Bestand und Leistungen aggregiert):

  Versicherte Personen im Bestand (31.12.):     14.812
  Leistungsfälle 2024:                             412
    davon Todesfall                                 38  (Leistung 612.400 EUR)
    davon Arbeitsunfähigkeit                       301  (Leistung 1.402.800 EUR)
    davon Arbeitslosigkeit                          73  (Leistung 188.300 EUR)
  Ablehnungsquote:                                5,9 %
  Schadenquote (Leistung/Beitrag):               24,7 %
  Beitragserstattungen bei Ablösung:          418.900 EUR

Gern erläutere ich die Zahlen in der Vorstandssitzung.

Mit freundlichen Grüßen
Jana Petersen-Kühl
"""
    return ("NORMAL", "de", "insurer-to-bank",
            "trap: aggregate portfolio and claims figures for the bank's board",
            mk("Jana Petersen-Kühl <jana.petersen-kuehl@%s>" % INS, "uwe.harms@ksk-hohenbruck.example",
               "Kennzahlen GV 4410-KSK 2024 für Vorstandsvorlage", body, date="2025-02-19 08:47",
               cte="quoted-printable"))


def m147():
    body = """Hallo,

sorry for mixing languages, my German is okay but this is complicated.

Ich habe bei Kredito einen Kredit (5512-90244) mit Kreditschutz Plus AT. I am in week 24
of my pregnancy and my Frauenärztin has put me on an individual Beschäftigungsverbot /
sick leave because of a cervical insufficiency (Zervixinsuffizienz) - I had a cerclage
on 2 June at LKH Graz and must rest until the birth.

Zahlt die Versicherung die Raten? And does it matter that it is a pregnancy and not an
"illness"? I can send the Krankenstandsbestätigung and the hospital letter.

Danke / thank you
Laura Steinbauer
Wien
"""
    return ("STRICTLY_CONFIDENTIAL", "mixed", "customer",
            "customer writes German/English: pregnancy complication, surgery, sick leave",
            mk("Laura Steinbauer <laura.steinbauer@postfach-at.example>", "leistung-kreditschutz@%s" % INS,
               "Kreditschutz – Schwangerschaft / pregnancy", body, date="2025-06-08 21:14"))


def m148():
    body = """NEW: "Claims Stories" - the Lindwurm Life podcast for partner staff

Episode 1 is live: our claims manager Aoife Brennan and a credit union loans officer talk
about what happens after a borrower dies - from the first phone call to clearing the loan -
and how branch staff can help families (with everything anonymised, of course).

Episode 2 (July): "Sick, not broke" - how accident & sickness cover really works.

Listen on partners.lindwurm-europe.example/podcast - 25 minutes, CPD-eligible.
"""
    return ("NORMAL", "en", "newsletter", "trap: podcast announcement about death and sickness claims",
            mk("Lindwurm Partner News <partnernews@lindwurm-europe.example>", "partners-ie@lindwurm-europe.example",
               "New podcast: Claims Stories", body, date="2025-06-18 08:00", tz=1))


def m149():
    body = """Sehr geehrter Herr Sokolowski,

der Beitrag für Ihren Kreditschutz Job, Vers.-Nr. KJ-4410-0009240, für Mai 2025
(13,90 EUR) konnte nicht eingezogen werden. Ihre Bank hat die Lastschrift von Ihrem Konto
DE71 3704 0044 1170 2827 33 mit dem Grund "Konto erloschen" zurückgegeben. Die
Rücklastschriftgebühr Ihrer Bank von 3,00 EUR müssen wir Ihnen leider berechnen.

Bitte überweisen Sie 16,90 EUR bis zum 30.06.2025 oder teilen Sie uns eine neue
Bankverbindung mit. Bleibt der Beitrag unbezahlt, ruht der Versicherungsschutz (§ 38 VVG).

Mit freundlichen Grüßen
Lindwurm Allgemeine Versicherung AG
Beitragsservice
"""
    return ("CONFIDENTIAL", "de", "insurer-to-customer",
            "premium reminder for unemployment cover: named customer, IBAN, returned debit",
            mk("Beitragsservice <beitragsservice@%s>" % INS, "p.sokolowski@netzpost.example",
               "Zahlungserinnerung KJ-4410-0009240", body, date="2025-06-12 06:30"))


def m150():
    body = """Hi Siobhán,

Below are the Corrib mortgage protection policies that lapsed in May for non-payment after
the 60-day grace period. Could your mortgage team check whether the mortgage conditions
require cover and contact the customers? Lapsed cover can be reinstated within 6 months
with a health declaration.

Policy          Life/lives assured                 Mortgage a/c          Monthly premium
MP-IE-0288105   Aidan & Sinéad Ferriter            90-21-77 4390221      EUR 41.20
MP-IE-0301977   Roisin Mac Giolla                  90-21-77 4401873      EUR 18.75
MP-IE-0309446   Tomasz & Ewa Nowicki               90-21-77 4407710      EUR 52.10

Thanks,
Customer Operations, Lindwurm Life Europe DAC
"""
    return ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-bank",
            "admin list of named persons' lapsed life (mortgage protection) policies, no medical word",
            mk("Customer Operations <customer.ops@lindwurm-europe.example>", "siobhan.kelly@corribbank.example",
               "MPI lapses May 2025", body, date="2025-06-04 15:40", tz=1))


# ============================================================================= build and check

def build():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for i in range(1, N_MAILS + 1):
        label, lang, kind, reason, m = globals()["m%03d" % i]()
        finalize(m, i)
        name = "%s-%04d.eml" % (PREFIX, i)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(m.as_bytes(policy=policy.SMTP))
        rows.append((name, label, lang, kind, reason))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    print("wrote %d mails to %s" % (len(rows), OUT))


IBAN_LEN = {"DE": 22, "AT": 20, "IE": 22, "GB": 22}
IBAN_RE = re.compile(r"\b(DE|AT|IE|GB)(\d{2})((?:\s?[A-Z0-9]){12,30})")
ADDR_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
WWW_RE = re.compile(r"\b(www\.[A-Za-z0-9.-]+[A-Za-z])")


def iban_ok(s):
    s = s.replace(" ", "")
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1


def _xml_text(data):
    dom = xml.dom.minidom.parseString(data)
    out = []

    def walk(n):
        for c in n.childNodes:
            if c.nodeType == c.TEXT_NODE:
                out.append(c.data)
            else:
                walk(c)
        if n.nodeType == n.ELEMENT_NODE and n.tagName in ("w:p", "text:p", "row", "table:table-row", "c", "table:table-cell"):
            out.append(" \n" if n.tagName in ("w:p", "text:p", "row", "table:table-row") else " ")
    walk(dom)
    return "".join(out)


def _pdf_text(data, where):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-32:]:
        raise ValueError("%s: not a complete PDF" % where)
    sx = int(re.search(rb"startxref\s+(\d+)", data).group(1))
    if not data[sx:sx + 4] == b"xref":
        raise ValueError("%s: bad startxref" % where)
    for off in re.findall(rb"(\d{10}) 00000 n", data):
        if not re.match(rb"\d+ 0 obj", data[int(off):int(off) + 12]):
            raise ValueError("%s: bad xref offset" % where)
    txt = []
    for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        txt.append(re.sub(rb"\\(.)", rb"\1", s).decode("cp1252"))
    return "\n".join(txt)


def _file_text(name, data, where):
    low = name.lower()
    if low.endswith(".pdf"):
        return _pdf_text(data, where)
    if low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError("%s: corrupt zip" % where)
        parts = []
        names = z.namelist()
        if low.endswith((".odt", ".ods")) and names[0] != "mimetype":
            raise ValueError("%s: mimetype not first" % where)
        if low.endswith(".docx") and "word/document.xml" not in names:
            raise ValueError("%s: no document.xml" % where)
        if low.endswith(".xlsx") and "xl/workbook.xml" not in names:
            raise ValueError("%s: no workbook.xml" % where)
        for n in names:
            d = z.read(n)
            if low.endswith(".zip"):
                parts.append(_file_text(n, d, where + "/" + n))
            elif n.endswith(".xml") or n.endswith(".rels"):
                parts.append(_xml_text(d))
        return "\n".join(parts)
    if low.endswith(".eml"):
        return "\n".join(_msg_text(BytesParser(policy=policy.default).parsebytes(data), where))
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError("%s: undecodable" % where)


def _msg_text(msg, where):
    texts = []
    for h in ("From", "To", "Cc", "Reply-To", "Subject"):
        if msg[h]:
            texts.append(str(msg[h]))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            texts.extend(_msg_text(part.get_payload(0), where + "/rfc822"))
            continue
        fname = part.get_filename()
        if ct.startswith("text/"):
            txt = part.get_content()
            if ct == "text/csv":
                list(csv.reader(io.StringIO(txt), delimiter=";"))
            if ct == "text/calendar":
                if not (txt.startswith("BEGIN:VCALENDAR") and txt.rstrip().endswith("END:VCALENDAR")):
                    raise ValueError("%s: bad ICS" % where)
                if txt.count("BEGIN:VEVENT") != txt.count("END:VEVENT"):
                    raise ValueError("%s: unbalanced VEVENT" % where)
            texts.append(txt)
        else:
            data = part.get_payload(decode=True)
            if not fname:
                raise ValueError("%s: attachment without filename" % where)
            texts.append(_file_text(fname, data, where + "/" + fname))
    return texts


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("labels.tsv: bad header")
    rows = [l.split("\t") for l in lines[1:] if l]
    counts = {}
    langs = {}
    for r in rows:
        if len(r) != 5 or not all(r):
            errors.append("labels.tsv: bad row %r" % (r,))
            continue
        counts[r[1]] = counts.get(r[1], 0) + 1
        langs[(r[1], r[2])] = langs.get((r[1], r[2]), 0) + 1
        if r[1] not in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
            errors.append("%s: bad label" % r[0])
        if r[2] not in ("de", "en", "mixed"):
            errors.append("%s: bad lang" % r[0])
        if r[1] == "NORMAL" and "trap" in r[4] and not r[4].startswith("trap:"):
            errors.append("%s: trap reason must start with 'trap:'" % r[0])
    want = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
    if counts != want:
        errors.append("label counts %r != %r" % (counts, want))
    files = sorted(os.listdir(OUT))
    expect = ["%s-%04d.eml" % (PREFIX, i) for i in range(1, N_MAILS + 1)]
    if files != expect or [r[0] for r in rows] != expect:
        errors.append("file list does not match 1..%d" % N_MAILS)
    mids = set()
    n_iban = n_att = 0
    for name in expect:
        p = os.path.join(OUT, name)
        if not os.path.exists(p):
            continue
        raw = open(p, "rb").read()
        if raw.count(b"\n") != raw.count(b"\r\n"):
            errors.append("%s: bare LF" % name)
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            errors.append("%s: line > 998" % name)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg[h]:
                errors.append("%s: missing %s" % (name, h))
        if msg["Message-ID"] in mids:
            errors.append("%s: duplicate Message-ID" % name)
        mids.add(msg["Message-ID"])
        try:
            texts = _msg_text(msg, name)
        except Exception as e:  # noqa
            errors.append("%s: %s" % (name, e))
            continue
        n_att += sum(1 for part in msg.walk() if part.get_filename() or part.get_content_type() == "message/rfc822")
        for h in ("From", "To", "Cc", "Reply-To"):
            for part in msg.walk():
                if part[h]:
                    for a in part[h].addresses:
                        if not a.domain.lower().endswith(".example"):
                            errors.append("%s: %s domain %s" % (name, h, a.domain))
        alltext = "\n".join(texts)
        for dom in ADDR_RE.findall(alltext) + URL_RE.findall(alltext) + WWW_RE.findall(alltext):
            if not dom.lower().rstrip(".").endswith(".example"):
                errors.append("%s: non-.example domain %s" % (name, dom))
        for m in IBAN_RE.finditer(alltext):
            cc = m.group(1)
            s = (m.group(1) + m.group(2) + re.sub(r"\s", "", m.group(3)))[:IBAN_LEN[cc]]
            n_iban += 1
            if not iban_ok(s):
                errors.append("%s: IBAN checksum fails %s" % (name, s))
    if errors:
        print("CHECK FAILED")
        for e in errors:
            print("  " + e)
        return 1
    print("check ok: %d mails, %d attachment parts, %d IBANs valid, CRLF, headers, .example domains" % (
        len(expect), n_att, n_iban))
    for lab in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        print("  %-22s %3d  (de %d, en %d, mixed %d)" % (lab, counts.get(lab, 0), langs.get((lab, "de"), 0),
                                                       langs.get((lab, "en"), 0), langs.get((lab, "mixed"), 0)))
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
