#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel evaluation corpus dev103 -- hospital billing and cost coverage
at a (fictitious) German private health insurer.

Every mail is written by hand in its own function m001 ... m150.  The helpers
below only turn that content into MIME or into attachment files.

    python make_corpus.py          writes mails/d103-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses every file and validates it

Standard library only, Python 3.8+, deterministic (seed 103), no network.
"""
import datetime
import email
import email.policy
import email.utils
import io
import os
import random
import re
import sys
import zipfile
from email.message import EmailMessage
from xml.dom import minidom
from xml.sax.saxutils import escape as xesc

NN = 103
SEED = 103
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
ZIP_TS = (2025, 1, 2, 8, 0, 0)
# deliberately wrong IBANs (none in this corpus); listed ones must NOT validate
KNOWN_INVALID_IBANS = set()

_CUR = {"n": 0}


# --------------------------------------------------------------------------
# attachment builders (content is always passed in by the mail functions)
# --------------------------------------------------------------------------
def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(lines, title="Dokument"):
    """Plain text PDF (Helvetica, WinAnsi), one or more pages of 48 lines."""
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
    objs.append(b"<< /Title (" + _pdf_str(title) + b") /Producer (dev103) "
                b"/CreationDate (D:20250102080000+01'00') >>")
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
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, len(objs), xref))
    return out.getvalue()


def _zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def zipf(members):
    """members: list of (name, bytes|str)"""
    return _zip(members)


_CT_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def docx(paragraphs, table=None):
    """paragraphs: list of str; table: optional list of rows (list of str)."""
    body = ""
    for p in paragraphs:
        body += '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p)
    if table:
        body += "<w:tbl>"
        for row in table:
            body += "<w:tr>" + "".join(
                '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(c)
                for c in row) + "</w:tr>"
        body += "</w:tbl><w:p/>"
    doc = (_CT_HEAD + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body>" + body + "</w:body></w:document>")
    ct = (_CT_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          "</Types>")
    rels = (_CT_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>")
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1"):
    """rows: list of lists; numbers stay numbers, everything else inline strings."""
    data = ""
    for r, row in enumerate(rows):
        data += '<row r="%d">' % (r + 1)
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                data += '<c r="%s"><v>%s</v></c>' % (ref, v)
            else:
                data += '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v)))
        data += "</row>"
    ws = (_CT_HEAD + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          "<sheetData>" + data + "</sheetData></worksheet>")
    wb = (_CT_HEAD + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    ct = (_CT_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          "</Types>")
    rels = (_CT_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>")
    wbrels = (_CT_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              "</Relationships>")
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mime, body):
    content = (_CT_HEAD + "<office:document-content %s><office:body>%s</office:body>"
               "</office:document-content>" % (_ODF_NS, body))
    manifest = (_CT_HEAD + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>" % mime)
    return _zip([("mimetype", mime), ("content.xml", content), ("META-INF/manifest.xml", manifest)])


def odt(paragraphs):
    body = "<office:text>" + "".join("<text:p>%s</text:p>" % xesc(p) for p in paragraphs) + "</office:text>"
    return _odf("application/vnd.oasis.opendocument.text", body)


def ods(rows, sheet="Tabelle1"):
    t = '<table:table table:name="%s">' % xesc(sheet)
    for row in rows:
        t += "<table:table-row>" + "".join(
            '<table:table-cell><text:p>%s</text:p></table:table-cell>' % xesc(str(c)) for c in row
        ) + "</table:table-row>"
    t += "</table:table>"
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>" + t + "</office:spreadsheet>")


MIME_BY_EXT = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "zip": ("application", "zip"),
    "csv": ("text", "csv"),
    "ics": ("text", "calendar"),
    "html": ("text", "html"),
    "txt": ("text", "plain"),
    "xml": ("application", "xml"),
}


# --------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------
def _date(n):
    r = random.Random(SEED * 1000 + n)
    base = datetime.datetime(2024, 9, 2, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    d = base + datetime.timedelta(days=r.randint(0, 250), minutes=r.randint(0, 11 * 60))
    if d.weekday() >= 5:
        d += datetime.timedelta(days=7 - d.weekday())
    return email.utils.format_datetime(d)


def _msgid(n, dom="aurelia-kv.example"):
    r = random.Random(SEED * 7919 + n)
    return "<%s.%04d.%08x@%s>" % ("d%d" % NN, n, r.getrandbits(32), dom)


def rfc822(frm, to, subject, body, date, msgid, cc=None, charset="utf-8"):
    """A message to forward as message/rfc822 attachment (content given by caller)."""
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    m.set_content(body, charset=charset)
    return m


def mail(frm, to, subject, body=None, html=None, atts=(), cc=None, headers=None,
         charset="utf-8", cte=None, flowed=False, html_only=False, in_reply_to=None,
         label=None, lang=None, kind=None, reason=None):
    n = _CUR["n"]
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = _date(n)
    m["Message-ID"] = _msgid(n)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte or "quoted-printable")
    else:
        kw = {"charset": charset}
        if cte:
            kw["cte"] = cte
        m.set_content(body, **kw)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset)
    for a in atts:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
            continue
        name, data = a[0], a[1]
        ext = name.rsplit(".", 1)[-1].lower()
        mt = a[2] if len(a) > 2 else "%s/%s" % MIME_BY_EXT.get(ext, ("application", "octet-stream"))
        maintype, subtype = mt.split("/")
        if maintype == "text":
            cs = a[3] if len(a) > 3 else "utf-8"
            m.add_attachment(data, subtype=subtype, charset=cs, filename=name)
        else:
            if isinstance(data, str):
                data = data.encode("utf-8")
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("----=_dev103_%04d_%d" % (n, i))
    assert label in LABELS and lang in ("de", "en", "mixed") and kind and reason
    assert "\t" not in reason and "\n" not in reason
    return m, (label, lang, kind, reason)


# ==========================================================================
# The mails.  Invented insurer: Aurelia Krankenversicherung AG, Köln
# (aurelia-kv.example), department "Leistung Stationär / Krankenhausmanagement".
# ==========================================================================

def m001():
    return mail(
        frm="Mehmet Aydın <mehmet.aydin@aurelia-kv.example>",
        to="team-stationaer@aurelia-kv.example",
        subject="aG-DRG-Katalog 2025 – was sich für die Rechnungsprüfung ändert",
        body="""Hallo zusammen,

der Fallpauschalen-Katalog 2025 ist veröffentlicht, das Grouper-Update kommt
laut IT am 13.01. in die Produktion. Bis dahin bitte Rechnungen mit
Aufnahmedatum ab 01.01.2025 NICHT mit dem alten Grouper nachrechnen, sonst
kommen falsche Differenzen raus.

Was mir beim ersten Durchsehen aufgefallen ist:

- Pflegeentgeltwert steigt auf 250,- EUR (vorläufig), Pflegebudget bleibt
  natürlich hausindividuell – also weiterhin nur Plausi-Prüfung
- Kapitel MDC 05: mehrere Splits bei den Herzkatheter-DRGs neu geordnet
  (F24*, F56*), Bewertungsrelationen teils deutlich gesunken
- Hybrid-DRG-Katalog erweitert (u.a. Leistenhernie, Sinus pilonidalis),
  hier bitte genau hinschauen, ob überhaupt stationär abgerechnet werden
  darf
- Neue Zusatzentgelte ZE2025-xx für einige Medikamente, die Liste der
  krankenhausindividuellen ZE (Anlage 4/6) wird länger
- Untere/obere Grenzverweildauer bei den Endoprothetik-DRGs (I47*, I44*)
  leicht verschoben – Abschläge neu prüfen

Ich mache am Donnerstag um 14 Uhr eine kurze Runde (30 min, Raum 3.14 bzw.
Teams) mit den wichtigsten Änderungen. Folien schicke ich vorher.

Gruß
Mehmet

--
Mehmet Aydın
Kodierfachkraft / DRG-Rechnungsprüfung
Aurelia Krankenversicherung AG · Leistung Stationär
Tel. 0221 98455-3172
""",
        label="NORMAL", lang="de", kind="internal",
        reason="trap: DRG catalogue update notes (DRG codes, Zusatzentgelte), no person")


def m002():
    return mail(
        frm="Aurelia KV Krankenhausleistungen <kostenuebernahme@aurelia-kv.example>",
        to="patientenverwaltung@klinikum-rheinaue.example",
        subject="Kostenübernahmeerklärung – Ihr Fall 24118830 / Aurelia-Nr. 301552871",
        body="""Sehr geehrte Damen und Herren,

für die nachfolgend genannte Patientin erklären wir die Kostenübernahme:

Patientin:            Gerda Hallstein, geb. 14.03.1951
Versicherungsnummer:  301552871-01
Tarif:                KS1 (stationär, Wahlleistungen Einbettzimmer + Chefarzt)
Aufnahme:             18.11.2024 (elektiv)
Aufnahmediagnose:     M16.1 Primäre Koxarthrose, rechts
geplanter Eingriff:   OPS 5-820.00 Implantation einer Endoprothese am
                      Hüftgelenk, Totalendoprothese, nicht zementiert
voraussichtl. DRG:    I47C

Die Kostenübernahme gilt für die allgemeinen Krankenhausleistungen nach
KHEntgG sowie für die vereinbarten Wahlleistungen Unterkunft (Einbett-
zimmer) und ärztliche Leistungen (Chefarzt Prof. Dr. Wenning). Die
Abrechnung erfolgt direkt mit uns im Rahmen der Klinik-Card-Vereinbarung.

Bitte beachten Sie: Verlängerungen über die obere Grenzverweildauer hinaus
sowie eine Verlegung in die Frührehabilitation bitten wir uns vorab
anzuzeigen.

Mit freundlichen Grüßen

i. A. Jonas Brückner
Krankenhausleistungen
Aurelia Krankenversicherung AG
Postfach 10 44 20, 50484 Köln
Tel. 0221 98455-3120 · Fax 0221 98455-3199
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-hospital",
        reason="cost coverage for a named patient: birth date, ICD M16.1, OPS, DRG, tariff")


def m003():
    return mail(
        frm="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        to="Annette Wiegand <info@wiegand-kodierberatung.example>",
        subject="AW: Rechnung Nr. 2024-037 Workshop Wahlleistungsabrechnung",
        body="""Liebe Frau Wiegand,

vielen Dank noch einmal für den Workshop, das Feedback aus dem Team war
durchweg gut.

Ihre Rechnung 2024-037 über 3.570,00 EUR (3.000,00 netto zzgl. 19 % USt)
habe ich sachlich freigegeben. Unsere Kreditorenbuchhaltung hat allerdings
angemerkt, dass die Bankverbindung von der bei uns hinterlegten abweicht.
Können Sie mir bitte kurz bestätigen, dass die neue Verbindung stimmt?

  Kontoinhaberin: Annette Wiegand
  IBAN alt:  DE86 7124 3317 3514 5047 40
  IBAN neu:  DE08 2047 4078 3174 6935 72
  Steuernummer laut Rechnung: 214/5183/0926

Sobald ich Ihr OK habe, geht die Zahlung raus (Zahlungsziel 14 Tage).

Viele Grüße
Sabine Kettler
Teamleitung Krankenhausleistungen
Aurelia Krankenversicherung AG

> Am 04.11.2024 um 16:22 schrieb Annette Wiegand:
> Sehr geehrte Frau Kettler,
> anbei meine Rechnung für den Inhouse-Workshop vom 29.10.
> Bitte beachten Sie meine neue Bankverbindung.
> Freundliche Grüße
> Annette Wiegand
> Kodier- und Abrechnungsberatung
""",
        label="CONFIDENTIAL", lang="de", kind="insurer-to-supplier",
        reason="sole-trader consultant: two IBANs and tax number of a natural person")


def m004():
    csv = """service;region;unit;rate_eur;valid_from;remarks
Air ambulance (Learjet 35/45);Canary Islands -> DE;flat;24500;2025-01-01;incl. 1 physician + 1 paramedic
Air ambulance (Learjet 35/45);Balearics -> DE;flat;19800;2025-01-01;
Air ambulance (Challenger 604);Thailand -> DE;flat;98000;2025-01-01;intensive care configuration
Commercial stretcher;Europe;per flight;9400;2025-01-01;airline availability
Commercial seat + medical escort;Europe;per escort day;780;2025-01-01;plus flight cost
Ground ambulance (KTW);DE domestic;per km;2.35;2025-01-01;min. 95 EUR
Ground ambulance (RTW);DE domestic;per km;3.10;2025-01-01;min. 180 EUR
Repatriation of mortal remains;Europe;flat;6900;2025-01-01;incl. zinc coffin + paperwork
"""
    return mail(
        frm="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        to="Contracts Team <contracts@gca-assist.example>",
        cc="frank.oberdorf@aurelia-kv.example",
        subject="Fee schedule 2025 – repatriation and transport",
        body="""Dear colleagues,

please find attached our consolidated version of the 2025 fee schedule as
discussed in our call on Tuesday. We have accepted the new flat rates for
the Canaries and Balearics. For the long-haul jet (Thailand) we still see a
gap of about 6 % compared with the tender offers we received; let's discuss
this in the December meeting.

Two small points:
- The escort rate should be "per escort day", not "per case" – corrected.
- Ground ambulance minimums: please confirm they apply per leg.

Kind regards
Anja Weißhaupt
Rehabilitation & Patient Transport
Aurelia Krankenversicherung AG, Cologne
""",
        atts=[("GCA_fee_schedule_2025_v3.csv", csv)],
        label="NORMAL", lang="en", kind="insurer-to-partner",
        reason="trap: price list for air ambulance / repatriation, no person")


def m005():
    return mail(
        frm="Aurelia International Claims <international@aurelia-kv.example>",
        to="Admisiones Internacionales <international@clinicasantelmo.example>",
        subject="Guarantee of payment – Mr Dieter Kolbinger, your ref. CST/24/77812",
        body="""Dear Ms Ortega,

thank you for your notification of admission this morning.

We hereby confirm that Mr Dieter Kolbinger, born 02/09/1968, is insured with
Aurelia Krankenversicherung AG under policy no. 288410073 (tariff
TravelMed Plus), valid until 31/12/2024.

We issue a guarantee of payment for the medically necessary inpatient
treatment of the acute appendicitis (K35.8) including the laparoscopic
appendectomy you described, up to an amount of EUR 9,500.00. Should the
costs exceed this amount or should the stay be extended beyond 4 days,
please send us an updated medical report before.

Please send the itemised final invoice together with the discharge report
(in English or Spanish) to international@aurelia-kv.example quoting our
case number INT-2024-04417. Payment will be made by bank transfer in EUR.

Kind regards

Priya Raman
International Claims
Aurelia Krankenversicherung AG
Cologne, Germany · +49 221 98455-3260 (24/7 via Global Care Assist)
""",
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-hospital",
        reason="guarantee of payment abroad: named patient, birth date, diagnosis K35.8, policy")


def m006():
    rows = [
        ["Klinikum Rheinaue gGmbH – Wahlleistung Unterkunft, Entgelte je Berechnungstag", "", "", ""],
        ["Station / Komfortstufe", "Einbettzimmer 2024", "Einbettzimmer 2025 (Angebot)", "Zweibettzimmer 2025 (Angebot)"],
        ["Normalstation Basis", 98.40, 104.90, 47.20],
        ["Normalstation Komfort (Neubau Haus C)", 121.00, 129.50, 58.90],
        ["Privatstation 7B", 149.00, 158.00, "entfällt"],
        ["Wochenstation", 112.00, 118.30, 52.60],
        ["", "", "", ""],
        ["Aurelia-Gegenvorschlag (max. +3,5 %)", "", "", ""],
        ["Normalstation Basis", "", 101.80, 45.90],
        ["Normalstation Komfort (Neubau Haus C)", "", 125.20, 56.30],
        ["Privatstation 7B", "", 154.20, "entfällt"],
        ["Wochenstation", "", 115.90, 50.80],
    ]
    return mail(
        frm="Tobias Lenz <tobias.lenz@aurelia-kv.example>",
        to="Dr. Marion Seibt <m.seibt@klinikum-rheinaue.example>",
        cc="sabine.kettler@aurelia-kv.example",
        subject="Zimmerzuschläge 2025 – unser Gegenvorschlag",
        body="""Sehr geehrte Frau Dr. Seibt,

wie in unserem Telefonat am Montag angekündigt, erhalten Sie anbei unseren
Gegenvorschlag zu Ihrem Angebot für die Unterkunftszuschläge 2025.

Die von Ihnen angesetzten Steigerungen von bis zu 7 % können wir nicht
mittragen. Die Bewertung der Komfortelemente nach der Gemeinsamen
Empfehlung (Sanitärzone im Zimmer, Fernseher/WLAN, Zeitschriften,
Wahlverpflegung) ergibt für die Privatstation 7B aus unserer Sicht keinen
höheren Wert als im Vorjahr; die Renovierung betraf ausschließlich Haus C.

Gern besprechen wir die Details im Termin am 12.12. bei Ihnen im Haus.

Mit freundlichen Grüßen

Tobias Lenz
Vertragsmanagement Krankenhäuser
Aurelia Krankenversicherung AG
""",
        atts=[("Zuschlaege_2025_Gegenvorschlag_Aurelia.xlsx", xlsx(rows, "Unterkunft"))],
        label="NORMAL", lang="de", kind="insurer-to-hospital",
        reason="trap: contract negotiation on single/double room surcharges, price list only")


def m007():
    return mail(
        frm="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        to="Dr. Heike Vollmer <heike.vollmer@aurelia-kv.example>",
        subject="WG: Reha für meinen Mann – Bitte um Einschätzung AHB",
        body="""Heike, kannst Du Dir das bitte bis morgen ansehen? Die Klinik hat
den AHB-Antrag noch nicht geschickt, die Ehefrau ruft täglich an.
Reha-Klinik Am Kurpark hätte ab 02.12. ein Bett.
Danke, Anja

-----Ursprüngliche Nachricht-----
Von: Renate Pfister <renate.pfister@t-mail.example>
Gesendet: Dienstag, 26. November 2024 08:41
An: reha@aurelia-kv.example
Betreff: Reha für meinen Mann

Sehr geehrte Damen und Herren,

mein Mann Horst Pfister (Versicherungsnummer 174 209 553) hatte am 17.11.
einen Schlaganfall und liegt seitdem im St.-Vinzenz-Krankenhaus in
Lindenfeld auf der Stroke Unit. Die rechte Seite ist gelähmt und er kann
noch nicht richtig sprechen. Die Ärzte sagen, er soll so schnell wie
möglich in eine neurologische Reha (Phase C) und dann evtl. noch Phase D.

Zahlen Sie das? Und wie kommt er dahin, mit dem Krankenwagen? Ich selbst
habe keinen Führerschein. Der Sozialdienst im Krankenhaus meinte, ich soll
mich direkt bei Ihnen melden.

Mit freundlichen Grüßen
Renate Pfister
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
        reason="relative's mail in inline forward: stroke, hemiparesis, neuro rehab of named insured")


def m008():
    return mail(
        frm="Birgit Hahn <birgit.hahn@aurelia-kv.example>",
        to="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        subject="Neueinstellung zum 01.01. – Daten für Personalakte/Entgelt",
        body="""Hallo Frau Kettler,

für die Neueinstellung in Ihrem Team habe ich folgende Daten aus dem
unterschriebenen Vertrag übernommen. Bitte einmal gegenlesen, bevor ich
an die Entgeltabrechnung übergebe:

Name:             Lea Marquardt
Geburtsdatum:     07.06.1996
Eintritt:         01.01.2025, unbefristet, 39 Std./Woche
Funktion:         Sachbearbeiterin Krankenhausleistungen
Eingruppierung:   TG 5, Stufe 2 (Tarifvertrag priv. Versicherungsgewerbe)
Monatsentgelt:    3.968,00 EUR brutto zzgl. 13. ME + VL
IBAN:             DE11 6130 1590 2900 4604 44

Das Einmalpasswort für den Laptop geht wie üblich am ersten Arbeitstag
direkt an sie.

Viele Grüße
Birgit Hahn
Personalservice
""",
        label="CONFIDENTIAL", lang="de", kind="internal",
        reason="new hire: birth date, salary, IBAN of a named employee")


def m009():
    rows = [
        ["Rechnungsprüfung stationär – Q3/2024 (Juli–September)", "", "", "", ""],
        ["MDC", "geprüfte Rechnungen", "davon beanstandet", "Quote", "Einsparung EUR"],
        ["MDC 01 Nervensystem", 1214, 187, "15,4 %", 412880],
        ["MDC 04 Atmungsorgane", 866, 121, "14,0 %", 198450],
        ["MDC 05 Kreislaufsystem", 2309, 402, "17,4 %", 1023710],
        ["MDC 06 Verdauungsorgane", 1487, 166, "11,2 %", 288300],
        ["MDC 08 Muskel-Skelett", 3021, 355, "11,8 %", 801240],
        ["MDC 19/20 Psychiatrie/Sucht (zusammengefasst)", 241, 58, "24,1 %", 301190],
        ["übrige MDC", 4107, 390, "9,5 %", 655020],
        ["Summe", 13245, 1679, "12,7 %", 3680790],
        ["", "", "", "", ""],
        ["Hinweis: MDC mit weniger als 50 Prüffällen sind unter 'übrige' zusammengefasst.", "", "", "", ""],
    ]
    return mail(
        frm="Mehmet Aydın <mehmet.aydin@aurelia-kv.example>",
        to="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        cc="controlling-leistung@aurelia-kv.example",
        subject="Prüfstatistik Q3 für den Vorstandsbericht",
        body="""Hallo Sabine,

anbei die Q3-Zahlen für den Bericht. Wie besprochen Psychiatrie und Sucht
zusammengefasst, weil die Fallzahlen sonst zu klein werden.

Auffällig wieder MDC 05 – vor allem Nebendiagnosen (Herzinsuffizienz,
Elektrolytstörungen) und die Beatmungsstunden. Die Einsparung in MDC 19/20
kommt fast komplett aus zwei Häusern mit überlangen Verweildauern.

Gruß
Mehmet
""",
        atts=[("Pruefstatistik_Q3_2024.xlsx", xlsx(rows, "Q3"))],
        label="NORMAL", lang="de", kind="internal",
        reason="trap: audit statistics per MDC, aggregated with small cells merged")


def m010():
    return mail(
        frm="Priya Raman <priya.raman@aurelia-kv.example>",
        to="Ben Hartwig <ben.hartwig@mailbox-asia.example>",
        subject="Your claim INT-2024-03981 – Bangkok Riverside Hospital",
        body="""Dear Mr Hartwig,

thank you for sending us the invoice and medical report from Bangkok
Riverside Hospital.

We have reimbursed the costs of your inpatient stay from 03/10/2024 to
07/10/2024 for dengue fever (A97.0) as follows:

  Room & board (4 nights, single room)      THB  38,400
  Physician fees                            THB  22,750
  Laboratory (incl. NS1 antigen, CBC x5)    THB  17,930
  IV fluids & medication                    THB  11,260
  ---------------------------------------------------
  Total invoiced                            THB  90,340
  = EUR 2,433.66 (rate of the invoice date)

Your tariff ExpatCare Comfort covers single room and physician fees in
full, so there is no deduction. Your annual deductible of EUR 500 had
already been met with the outpatient claims in June.

The amount has been transferred to your account ending in ...4417 and
should arrive within 3 working days.

We hope you are feeling better.

Kind regards
Priya Raman
International Claims
Aurelia Krankenversicherung AG
""",
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="expat's hospital claim: dengue A97.0, invoice items, tariff")

def m011():
    text = """AURELIA HOSPITAL PARTNER UPDATE – Winter 2024/25

1) Direct billing network
Since 1 October, 41 more hospitals in Germany, Austria and South Tyrol accept
the Aurelia Klinik-Card. The network now counts 612 hospitals and 38 rehab
clinics. The full list is available in the partner area.

2) Electronic invoices
From 1 March 2025 we accept hospital invoices as XRechnung/ZUGFeRD via our
upload channel. Paper invoices remain possible until the end of 2025.

3) Elective services
Reminder: for elective physician services (chief physician treatment) the
invoice must state the treating physician and the GOÄ reduction under
section 6a GOÄ (25 % for inpatient services).

4) Contacts
Hospital team: +49 221 98455-3100, Mon–Fri 8–18h.

You receive this newsletter because your organisation is an Aurelia direct
billing partner. Unsubscribe: partner-news@aurelia-kv.example
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#7a1f3d">Aurelia Hospital Partner Update &ndash; Winter 2024/25</h2>
<h3>1) Direct billing network</h3>
<p>Since 1 October, <b>41 more hospitals</b> in Germany, Austria and South Tyrol accept the
Aurelia Klinik-Card. The network now counts 612 hospitals and 38 rehab clinics.</p>
<h3>2) Electronic invoices</h3>
<p>From 1 March 2025 we accept hospital invoices as XRechnung/ZUGFeRD via our upload channel.</p>
<h3>3) Elective services</h3>
<p>Reminder: for chief physician treatment the invoice must state the treating physician and
the GOÄ reduction under &sect;&nbsp;6a GOÄ (25&nbsp;% for inpatient services).</p>
<h3>4) Contacts</h3>
<p>Hospital team: +49 221 98455-3100, Mon&ndash;Fri 8&ndash;18h.</p>
<p style="font-size:11px;color:#777">You receive this newsletter because your organisation is an
Aurelia direct billing partner. <a href="https://partner.aurelia-kv.example/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    return mail(
        frm="Aurelia Partner News <partner-news@aurelia-kv.example>",
        to="undisclosed-recipients:;",
        subject="Aurelia Hospital Partner Update – Winter 2024/25",
        body=text, html=html,
        label="NORMAL", lang="en", kind="newsletter",
        reason="trap: partner newsletter on direct billing, elective services, GOÄ; no person")


def m012():
    return mail(
        frm="Mehmet Aydın <mehmet.aydin@aurelia-kv.example>",
        to="Abrechnung Privatpatienten <privatabrechnung@vinzenz-lindenfeld.example>",
        subject="Rechnungsprüfung Fall-Nr. 2024-087713 – Anforderung Entlassbericht",
        body="""Sehr geehrte Damen und Herren,

zu Ihrer Rechnung vom 21.10.2024 über 14.882,17 EUR

Patient: Wolfgang Reusch, geb. 30.01.1949, Vers.-Nr. 220 871 664
Aufenthalt: 02.10.2024 – 16.10.2024 (14 Belegungstage)
abgerechnete DRG: F62B (Herzinsuffizienz und Schock ohne äußerst schwere CC ...)
Hauptdiagnose: I50.14 Linksherzinsuffizienz mit Beschwerden in Ruhe
Prozeduren: 8-837.00, 1-275.2, 8-930

bitten wir um Übersendung des Entlassberichts sowie der Pflegedokumentation
für den Zeitraum ab dem 10.10.2024. Die obere Grenzverweildauer der F62B
wurde überschritten; aus den vorliegenden Unterlagen ist für uns nicht
ersichtlich, warum die Entlassung nicht früher möglich war. Außerdem
bitten wir um Nachweis der kodierten Nebendiagnose E87.1 (Hypoosmolalität
und Hyponatriämie) – Laborwerte und therapeutische Konsequenz.

Die Schweigepflichtentbindung des Patienten liegt uns vor (Kopie anbei
auf Anforderung).

Bis zum Eingang der Unterlagen zahlen wir den unstrittigen Betrag bis zur
oGVD (12.604,55 EUR) aus.

Mit freundlichen Grüßen
Mehmet Aydın
DRG-Rechnungsprüfung
Aurelia Krankenversicherung AG
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-hospital",
        reason="billing audit of named patient: birth date, ICD I50.14/E87.1, OPS, DRG")


def m013():
    return mail(
        frm="Claudia Reinartz <claudia.reinartz@aurelia-kv.example>",
        to="Krankentransport Özdemir <buero@ktw-oezdemir.example>",
        subject="Änderung Ihrer Bankverbindung – Bestätigung",
        body="""Sehr geehrter Herr Özdemir,

Ihre Mitteilung vom 08.01. haben wir erhalten. Zur Sicherheit haben wir Sie
wie vereinbart unter der uns bekannten Festnetznummer zurückgerufen.

Ab sofort zahlen wir Ihre Transportrechnungen auf folgendes Konto:

  Kontoinhaber: Kerem Özdemir e.K., Krankentransport Özdemir
  IBAN: DE57 7564 7239 0353 2921 76
  Bank: Sparkasse Oberpfalz-Nord (fiktiv)

Ihre Steuernummer 201/260/44817 und die Umsatzsteuerbefreiung nach
§ 4 Nr. 17 b UStG haben wir unverändert im Kreditorenstamm gelassen.

Mit freundlichen Grüßen
Claudia Reinartz
Direktabrechnung / Kreditoren Leistung
Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
        reason="grey zone: sole-trader transport company (e.K.) – IBAN and tax number of a natural person")


def m014():
    return mail(
        frm="Lukas Sommer <lukas.sommer@aurelia-kv.example>",
        to="it-servicedesk@aurelia-kv.example",
        cc="claudia.reinartz@aurelia-kv.example",
        subject="INC0048812 Direktabrechnung: Entlassungsanzeige wird abgewiesen (Segment ETL)",
        body="""Ticket-Ergänzung:

Fehler reproduzierbar in der Testumgebung KLINIK-T2 mit dem Testfall
"Max Mustermann (fiktiv), Testkarte 999 000 001". Sobald im Segment ETL
(Entlassung) der Entlassungsgrund "01" UND eine Fachabteilung mit
Schlüssel 0100 übergeben werden, läuft der Import auf

  ERR-3017 Pflichtfeld FAB fehlt / Format ungültig

Im Schema v2.4 ist FAB 4-stellig numerisch, die Klinik schickt "0100 "
mit Leerzeichen am Ende. Vorschlag: trim() beim Einlesen, zusätzlich
Rückmeldung an den Softwarehersteller des Krankenhauses.

Produktionsdaten habe ich mir nicht angesehen, Logauszug aus Test ist
angehängt im Ticket.

Priorität bitte auf 2, sonst stauen sich die Entlassungsanzeigen bis
Montag.

Lukas Sommer
IT Leistungssysteme
""",
        label="NORMAL", lang="de", kind="internal",
        reason="trap: IT ticket on discharge message interface with fictitious test patient")


def m015():
    return mail(
        frm="Aurelia Krankenversicherung <leistung@aurelia-kv.example>",
        to="Günter Abeling <g.abeling@fernpost.example>",
        subject="Ihre Krankenhausrechnungen – Abrechnung vom 28.11.2024",
        body="""Sehr geehrter Herr Abeling,

vielen Dank für die Einreichung der Rechnungen zu Ihrem Krankenhaus-
aufenthalt im Universitätsklinikum Nordstadt vom 29.09. bis 05.10.2024.

Wir haben wie folgt erstattet:

1. Krankenhausrechnung (DRG G23C, Cholezystektomie)    5.912,40 EUR
   erstattet zu 100 %                                  5.912,40 EUR

2. Wahlleistung Unterkunft Einbettzimmer, 6 Tage       732,00 EUR
   erstattet zu 100 %                                    732,00 EUR

3. Chefarztrechnung Prof. Dr. Lindqvist (Chirurgie)    2.418,75 EUR
   Die Rechnung weist die Minderung nach § 6a GOÄ
   (25 % bei stationären Leistungen) nicht aus.
   Wir haben die Minderung vorgenommen: -604,69 EUR
   erstattungsfähig                                    1.814,06 EUR

Gesamterstattung:                                      8.458,46 EUR

Zur Rechnung 3: Sie sind nicht verpflichtet, mehr als den geminderten
Betrag an den Arzt zu zahlen. Gern können Sie die Rechnung mit dem Hinweis
auf § 6a GOÄ zur Korrektur an die Abrechnungsstelle zurückgeben.

Die Auszahlung erfolgt auf Ihr bekanntes Konto.

Mit freundlichen Grüßen
Ihre Aurelia Krankenversicherung
Leistungsabteilung Stationär

Diese E-Mail wurde Ihnen auf Ihren Wunsch über eine verschlüsselte
Verbindung zugestellt.
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="benefit statement: hospital stay, cholecystectomy DRG, chief physician bill")


def m016():
    return mail(
        frm="Frank Oberdorf <frank.oberdorf@aurelia-kv.example>",
        to="Eleanor Whitcombe <eleanor@whitcombe-translations.example>",
        subject="RE: Invoice EW-1124 – translations October",
        body="""Dear Eleanor,

thanks for the invoice. All 23 documents are accounted for, so I have
approved it. Our accounts payable team needs two things before they can
pay a foreign sole trader:

1. Please confirm the account details in writing (they have to match the
   name on the invoice):
     Account holder: Eleanor Jane Whitcombe
     IBAN: GB40 NWBK 4022 1512 3456 78
     BIC: NWBKGB2L
2. Your UK VAT number is missing on the invoice (reverse charge). If you are
   not VAT registered, a short note is fine.

Amount: GBP 1,845.00 (23 documents, 61 standard pages).

Best regards
Frank Oberdorf
Foreign Hospital Claims
Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="en", kind="insurer-to-supplier",
        reason="freelance translator (natural person): IBAN and fee")


def m017():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Aurelia KV//Outlook Export//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:20250115T090000-qr-gca@aurelia-kv.example
DTSTAMP:20241202T101500Z
DTSTART;TZID=Europe/Berlin:20250115T100000
DTEND;TZID=Europe/Berlin:20250115T113000
SUMMARY:Quarterly review Global Care Assist – repatriation KPIs
LOCATION:Microsoft Teams
DESCRIPTION:Agenda: 1) case volume Q4 (repatriations\\, hospital guarantees)
 \\n2) response time SLA\\n3) air ambulance tender 2025\\n4) AOB
ORGANIZER;CN=Anja Weißhaupt:mailto:anja.weisshaupt@aurelia-kv.example
ATTENDEE;CN=Frank Oberdorf:mailto:frank.oberdorf@aurelia-kv.example
ATTENDEE;CN=Priya Raman:mailto:priya.raman@aurelia-kv.example
ATTENDEE;CN=Account Management GCA:mailto:accounts@gca-assist.example
END:VEVENT
END:VCALENDAR
"""
    return mail(
        frm="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        to="accounts@gca-assist.example",
        cc="frank.oberdorf@aurelia-kv.example, priya.raman@aurelia-kv.example",
        subject="Invitation: Quarterly review Global Care Assist – repatriation KPIs",
        body="""Quarterly review – please accept or propose a new time.
Figures for Q4 will be sent one week before.
Anja
""",
        atts=[("invite.ics", ics)],
        label="NORMAL", lang="en", kind="insurer-to-partner",
        reason="trap: meeting invitation about repatriation KPIs")


def m018():
    return mail(
        frm="Jonas Brückner <jonas.brueckner@aurelia-kv.example>",
        to="Dr. Heike Vollmer <heike.vollmer@aurelia-kv.example>",
        subject="AW: AW: Verlängerung Reha – Kuhlmann",
        in_reply_to="<d103.rv.0018@aurelia-kv.example>",
        body="""Danke, erledigt. Zusage an die Klinik ist raus, 7 Tage.

Jonas

-----Ursprüngliche Nachricht-----
Von: Dr. Heike Vollmer
Gesendet: Mittwoch, 15. Januar 2025 11:02
An: Jonas Brückner
Betreff: AW: Verlängerung Reha – Kuhlmann

Hallo Jonas,

medizinisch nachvollziehbar. Frau Kuhlmann (Vers.-Nr. 509 114 208) ist
nach der Knie-TEP rechts (M17.1) mit deutlichem Streckdefizit (0-10-70)
in die AHB gekommen, zusätzlich Wundheilungsstörung mit Antibiose bis
08.01. Die Klinik dokumentiert Fortschritte, Treppensteigen noch nicht
sicher, Gehstrecke unter 200 m. Eine Verlängerung um 7 Tage halte ich für
vertretbar, mehr nicht – danach ambulante Physiotherapie/EAP.

Gruß
Heike

Dr. med. Heike Vollmer
Beratungsärztin · Leistung Stationär

> -----Ursprüngliche Nachricht-----
> Von: Jonas Brückner
> Betreff: Verlängerung Reha – Kuhlmann
> Heike, die Reha-Klinik Am Kurpark beantragt Verlängerung um 14 Tage,
> Bericht hängt im Vorgang LS-2025-001207. Kannst Du?
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
        reason="body says only 'erledigt'; quoted medical advisor opinion: knee TEP M17.1, wound healing")


def m019():
    return mail(
        frm="Claudia Reinartz <claudia.reinartz@aurelia-kv.example>",
        to="Finanzbuchhaltung <fibu@klinikum-rheinaue.example>",
        subject="Ihre neue Bankverbindung ab 01.02.2025",
        body="""Sehr geehrte Damen und Herren,

wir bestätigen den Eingang Ihres Schreibens vom 09.01.2025 (unterzeichnet
von Geschäftsführung und Leitung Finanzen). Ab dem Zahllauf am 03.02.2025
überweisen wir sämtliche Zahlungen aus der Direktabrechnung auf:

  Kontoinhaber: Klinikum Rheinaue gGmbH
  IBAN: DE85 3986 1575 4178 8437 47
  Verwendungszweck wie bisher: Rechnungsnummer + IK

Zahlungen, die bis 31.01. angewiesen werden, gehen noch auf das alte Konto.

Mit freundlichen Grüßen
Claudia Reinartz
Direktabrechnung
Aurelia Krankenversicherung AG
""",
        label="NORMAL", lang="de", kind="insurer-to-hospital",
        reason="trap: hospital's (gGmbH) corporate bank account, no natural person")


def m020():
    return mail(
        frm="Frank Oberdorf <frank.oberdorf@aurelia-kv.example>",
        to="Medical Desk <meddesk@gca-assist.example>",
        subject="URGENT – repatriation request, case GCA-77140 / Aurelia INT-2025-00218",
        body="""Dear colleagues,

please organise the repatriation of our insured:

  Name: Karl-Heinz Brettschneider, DOB 04 July 1957
  Policy: 301 884 512 (TravelMed Plus)
  Current location: Hospital Universitario Sur, Tenerife, cardiology ward
  Diagnosis: NSTEMI (I21.4), PCI with 2 stents on 19/01, haemodynamically
  stable since 20/01, EF 45 %
  Treating doctor: Dr. Elena Marrero (contact via hospital switchboard)

Our medical advisor agrees with repatriation by air ambulance with a
physician on board as soon as the treating team declares him fit to fly,
target date 24/01. Destination: Universitätsklinikum Nordstadt,
Kardiologie (bed confirmed by Dr. Pohl, ward K3). His wife will travel on
the same aircraft if space permits.

Cost approval: up to EUR 26,000 (flat rate Canaries as per fee schedule
2025). Please confirm ETA and flight details.

Frank Oberdorf
Foreign Hospital Claims · Aurelia Krankenversicherung AG
+49 221 98455-3264
""",
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-partner",
        reason="repatriation order: named insured, DOB, NSTEMI I21.4, PCI, EF")

def m021():
    rows = [
        ["Reisekostenabrechnung Inland", "", ""],
        ["Mitarbeiter", "Tobias Lenz, Pers.-Nr. 40877", ""],
        ["Anlass", "Vertragsverhandlung Zimmerzuschläge, Klinikum Rheinaue", ""],
        ["Datum", "12.12.2024", ""],
        ["Position", "Betrag EUR", "Beleg"],
        ["DB-Fahrkarte Köln–Bonn–Köln 2. Kl.", 23.80, "1"],
        ["Parkhaus Klinikum", 9.00, "2"],
        ["Verpflegungsmehraufwand > 8 Std.", 14.00, "-"],
        ["Summe", 46.80, ""],
        ["Erstattung auf", "IBAN DE86 1591 3518 9050 6129 63", ""],
    ]
    return mail(
        frm="Tobias Lenz <tobias.lenz@aurelia-kv.example>",
        to="reisekosten@aurelia-kv.example",
        subject="Reisekosten 12.12. – Verhandlung Rheinaue",
        body="""Hallo,

anbei meine Reisekostenabrechnung für den Termin am 12.12., von Frau
Kettler bereits abgezeichnet. Die Belege scanne ich nach.

Bitte ab jetzt auf mein neues Konto erstatten (steht auch in der Datei),
die alte Verbindung bei der Kreissparkasse ist gekündigt.

Danke & Gruß
Tobias Lenz
""",
        atts=[("RK_Lenz_2024-12-12.xlsx", xlsx(rows, "RK"))],
        label="CONFIDENTIAL", lang="de", kind="internal",
        reason="employee travel expenses with personal IBAN (in XLSX)")


def m022():
    return mail(
        frm="Tobias Lenz <tobias.lenz@aurelia-kv.example>",
        to="team-stationaer@aurelia-kv.example",
        subject="WG: Rundschreiben 47/2024 – Landesbasisfallwerte 2025",
        body="""Zur Info – relevant für die Plausibilisierung ab Januar. Die Werte
sind bereits im Prüfsystem hinterlegt (Danke Lukas).

Tobias

---------- Weitergeleitete Nachricht ----------
Von: PKV-Fachverband Rundschreiben <rundschreiben@pkv-fachverband.example>
Betreff: Rundschreiben 47/2024 – Landesbasisfallwerte 2025

Sehr geehrte Damen und Herren,

für das Jahr 2025 sind inzwischen in allen Bundesländern die Landes-
basisfallwerte vereinbart bzw. festgesetzt. Der Bundesbasisfallwert
beträgt 4.447,38 EUR (vorläufig), der Korridor liegt damit zwischen
4.395,75 EUR und 4.558,57 EUR.

Auszug (mit Ausgleichen, gültig ab 01.01.2025):

  Baden-Württemberg       4.512,20 EUR
  Bayern                  4.498,00 EUR
  Berlin                  4.447,38 EUR
  Hessen                  4.470,25 EUR
  Nordrhein-Westfalen     4.461,90 EUR
  Rheinland-Pfalz         4.558,57 EUR
  Sachsen                 4.431,12 EUR

Die vollständige Übersicht einschließlich der Zu- und Abschläge finden
Sie im Mitgliederbereich. Für Fälle mit Aufnahme im Vorjahr gilt der
Basisfallwert 2024 fort.

Mit freundlichen Grüßen
PKV-Fachverband e.V., Referat Krankenhaus
""",
        label="NORMAL", lang="de", kind="internal",
        reason="trap: association circular on state base rates (Landesbasisfallwerte)")


def m023():
    return mail(
        frm="Dr. Heike Vollmer <heike.vollmer@aurelia-kv.example>",
        to="Sekretariat Prof. Wenning <sekretariat.orthopaedie@klinikum-rheinaue.example>",
        subject="Patient Herr Egon Sattler – Wahlärztliche Leistungen 11/2024",
        body="""Sehr geehrte Frau Kröger,

vielen Dank für Ihren Rückruf. Wie besprochen fasse ich unser Anliegen
noch einmal schriftlich zusammen.

Herr Egon Sattler (geb. 22.08.1943) wurde am 06.11.2024 mit einer
periprothetischen Fraktur bei liegender Hüft-TEP links (T84.04, S72.3)
operiert. Die Wahlleistungsvereinbarung nennt Prof. Wenning als
Wahlarzt. Laut OP-Bericht war Operateur jedoch OA Dr. Halbach, Prof.
Wenning ist weder als Operateur noch als Assistenz aufgeführt.

Eine Vertretervereinbarung für den Fall der unvorhersehbaren Verhinderung
liegt uns nicht vor. Die Liquidation über 4.906,32 EUR (u.a. GOÄ 2151,
2157, 5295 jeweils 2,3-fach) können wir daher derzeit nicht erstatten.

Falls Prof. Wenning an dem Tag verhindert war und eine wirksame
Vertreterregelung mit dem Patienten getroffen wurde, senden Sie uns bitte
eine Kopie. Die Schweigepflichtentbindung von Herrn Sattler liegt vor.

Mit freundlichen Grüßen
Dr. med. Heike Vollmer
Beratungsärztin
Aurelia Krankenversicherung AG
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-doctor",
        reason="chief physician bill dispute: named patient, birth date, fracture, T84.04")


def m024():
    return mail(
        frm="Birgit Hahn <birgit.hahn@aurelia-kv.example>",
        to="Nadine Schöller <nadine.schoeller@webpost.example>",
        subject="Ihre Bewerbung als Kodierfachkraft (Kennziffer LS-24-17)",
        body="""Sehr geehrte Frau Schöller,

vielen Dank für Ihre Bewerbung und das freundliche Telefonat. Wir laden
Sie gern zu einem persönlichen Gespräch ein:

  Mittwoch, 11.12.2024, 10:00 Uhr
  Aurelia Krankenversicherung AG, Empfang Haus A, Kaiser-Otto-Ring 12, Köln
  Gesprächspartnerinnen: Sabine Kettler (Teamleitung), Birgit Hahn (Personal)

Zur Vorbereitung des Vertragsangebots habe ich Ihre Angaben aus dem
Bewerbungsbogen notiert – bitte korrigieren Sie mich, falls etwas nicht
stimmt:

  geboren am 19.02.1990 in Gelsenkirchen
  derzeitiges Bruttojahresgehalt (Klinikum, TVöD P 9): ca. 49.300 EUR
  Gehaltsvorstellung: 54.000 EUR
  Kündigungsfrist: 3 Monate zum Quartalsende

Fahrtkosten erstatten wir Ihnen gegen Beleg.

Mit freundlichen Grüßen
Birgit Hahn
Personalservice
Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="de", kind="insurer-to-applicant",
        reason="applicant: birth date, current salary and salary expectation")


def m025():
    rows = [
        ["Aurelia KV – inpatient benefit expenditure 2023 (full-cost tariffs)", "", "", ""],
        ["MDC", "cases", "paid EUR (hospital)", "paid EUR (elective services)"],
        ["05 Circulatory system", 9814, 71204550, 9820110],
        ["08 Musculoskeletal", 11207, 79880230, 13411020],
        ["06 Digestive system", 6120, 28770400, 4112870],
        ["01 Nervous system", 4988, 33901180, 3909440],
        ["17 Haematology/oncology (solid tumours in MDC of organ)", 2113, 29871000, 2210700],
        ["other", 18402, 97410990, 11804300],
        ["total", 52644, 341038350, 45268440],
    ]
    return mail(
        frm="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        to="Health Treaty Team <health.treaty@nordre-re.example>",
        subject="Inpatient cost data 2023 for the quota share renewal",
        body="""Dear Mr Lindahl,

as requested for the renewal of the health quota share, please find
attached our inpatient expenditure for 2023 by Major Diagnostic Category.
Figures are gross before reinsurance; elective services are shown
separately (single/double room surcharges and chief physician fees).

Large claims above EUR 250k will follow separately in the usual anonymised
format (age band, MDC, amount).

Best regards
Sabine Kettler
Head of Hospital Benefits
Aurelia Krankenversicherung AG
""",
        atts=[("inpatient_costs_2023_by_MDC.xlsx", xlsx(rows, "2023"))],
        label="NORMAL", lang="en", kind="insurer-to-partner",
        reason="trap: aggregated inpatient costs per MDC for reinsurer")


def m026():
    return mail(
        frm="Priya Raman <priya.raman@aurelia-kv.example>",
        to="Patient Financial Services <pfs@mercygeneral-tampa.example>",
        subject="Account #88120447 – Ms. Sandra Eickhoff – itemized bill review",
        body="""Dear Mr. Delgado,

thank you for the itemized statement for our insured Ms. Sandra Eickhoff
(DOB 11/23/1975, our policy no. 377 015 903), admitted 12/27/2024 via the
ED after a fall, discharged 12/30/2024.

Our review of the UB-04 and the itemized bill:

- Dx: S82.61XA (displaced fracture of lateral malleolus, right),
  W01.XXXA; ORIF performed 12/28 (CPT 27792)
- Room & board, med/surg: 3 days at USD 6,850/day – we accept this.
- Pharmacy: line items 0250-118 to 0250-141 (USD 14,212) include 22 units of
  ondansetron 4 mg IV at USD 310 each, which seems inconsistent with the
  MAR we received (4 doses documented). Please review.
- Surgeon's professional fee is billed separately by the physician group;
  please do not include it in the facility claim.

As an international private insurer we would like to settle at the
self-pay / international patient discount of 35 % on the facility charges.
If acceptable, we will wire USD 48,907.30 within 10 business days.

Kind regards
Priya Raman
International Claims · Aurelia Krankenversicherung AG, Germany
""",
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-hospital",
        reason="US hospital bill review: named patient, DOB, fracture ICD-10-CM, CPT, medication")


def m027():
    paras = [
        "Aurelia Krankenversicherung AG · Leistung Stationär · Postfach 10 44 20 · 50484 Köln",
        "An: «Krankenhaus_Name»",
        "«Krankenhaus_Abteilung»",
        "«Krankenhaus_Strasse»",
        "«Krankenhaus_PLZ_Ort»",
        "KOSTENÜBERNAHMEERKLÄRUNG",
        "Ihr Zeichen: «Fallnummer_KH»      Unser Zeichen: «Vorgangsnummer»",
        "Patient/in: «Anrede» «Vorname» «Nachname», geb. «Geburtsdatum»",
        "Versicherungsnummer: «VersNr»     Tarif(e): «Tarife»",
        "Aufnahmetag: «Aufnahmedatum»      Aufnahmeart: «elektiv/Notfall»",
        "Aufnahmediagnose (ICD-10-GM): «ICD»   geplante Prozedur (OPS): «OPS»",
        "Wir übernehmen die Kosten der allgemeinen Krankenhausleistungen nach KHEntgG/BPflV sowie der Wahlleistungen «Wahlleistungen» im tariflichen Umfang.",
        "Die Kostenübernahme gilt vorbehaltlich des Bestehens des Versicherungsschutzes am Behandlungstag und der medizinischen Notwendigkeit.",
        "Bitte senden Sie die Rechnung mit Entlassungsbericht an «Rechnungsadresse».",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter»",
    ]
    return mail(
        frm="Jonas Brückner <jonas.brueckner@aurelia-kv.example>",
        to="team-stationaer@aurelia-kv.example",
        subject="Neue Vorlage KÜ-Erklärung (Serienbrief) – bitte ab Montag nutzen",
        body="""Hallo zusammen,

die überarbeitete Vorlage für die Kostenübernahmeerklärung ist freigegeben
(Recht + Datenschutz haben draufgeschaut). Neu ist der Vorbehalt zum
Versicherungsschutz am Behandlungstag und das Feld für die Aufnahmeart.

Die alte Vorlage bitte nicht mehr verwenden, ich lösche sie Freitag aus
dem Vorlagenordner.

Jonas
""",
        atts=[("Vorlage_KUE_Erklaerung_v2025-1.docx", docx(paras))],
        label="NORMAL", lang="de", kind="internal",
        reason="trap: blank cost-coverage letter template with «placeholders»")


def m028():
    return mail(
        frm="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        to="Thomas Vielhauer <t.vielhauer@posteo-mail.example>",
        subject="Krankentransport Ihres Vaters in die Reha-Klinik",
        in_reply_to="<a81c2@posteo-mail.example>",
        body="""Sehr geehrter Herr Vielhauer,

vielen Dank für Ihre E-Mail und die Vollmacht Ihres Vaters, die uns seit
gestern vorliegt.

Für den Transport Ihres Vaters, Herrn Alfred Vielhauer, vom Universitäts-
klinikum Nordstadt in die Reha-Klinik Am Kurpark am 09.01.2025 übernehmen
wir die Kosten eines liegenden Krankentransports (KTW). Nach der
Oberschenkelhalsfraktur und der Operation ist ein Transport im Sitzen
laut Arztbescheinigung noch nicht möglich.

Bitte geben Sie dem Transportunternehmen unsere Vorgangsnummer
LS-2025-000311 an; die Rechnung kann direkt an uns gehen. Eine
Begleitperson im Fahrzeug ist im Tarif nicht versichert.

Mit freundlichen Grüßen
Anja Weißhaupt
Reha & Krankentransport
Aurelia Krankenversicherung AG
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="to a relative: patient transport after femoral neck fracture, rehab of named insured")


def m029():
    return mail(
        frm="Claudia Reinartz <claudia.reinartz@aurelia-kv.example>",
        to="Dr. med. Rüdiger Sandmann <praxis@dr-sandmann-hno.example>",
        subject="Direktzahlung Belegarzthonorare – Ihre Kontoverbindung",
        body="""Sehr geehrter Herr Dr. Sandmann,

Sie hatten uns gebeten, Ihre belegärztlichen Honorare aus dem St.-Vinzenz-
Krankenhaus künftig direkt und nicht mehr über die Verrechnungsstelle zu
erhalten. Das ist möglich, sofern der Patient die Abtretung unterschreibt.

Für die Anlage als Zahlungsempfänger benötigen wir Ihre Bestätigung der
folgenden Angaben aus Ihrem Schreiben:

  Zahlungsempfänger: Dr. med. Rüdiger Sandmann (Privatkonto, kein
  Praxiskonto)
  IBAN: DE14 2713 1315 1261 4227 69
  Steuernummer: 133/5012/6677
  Privatanschrift: Lindenallee 4, 41564 Kaarst

Bitte beachten Sie, dass wir Zahlungen nur auf ein Konto leisten, das auf
Ihren Namen lautet.

Mit freundlichen Grüßen
Claudia Reinartz
Direktabrechnung
Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="de", kind="insurer-to-doctor",
        reason="doctor as natural person: private IBAN, tax number, home address; no patient")


def m030():
    return mail(
        frm="Tobias Lenz <tobias.lenz@aurelia-kv.example>",
        to="Geschäftsführung <gf@klinikverbund-bergisch.example>",
        cc="sabine.kettler@aurelia-kv.example",
        subject="Einladung: Gespräch Wahlleistungen und Direktabrechnung 2025",
        body="""Sehr geehrter Herr Pauly,

wie telefonisch vereinbart bestätige ich unseren Termin am 28.01.2025,
10:00–13:00 Uhr, bei uns in Köln (Haus A, Konferenzraum Rhein).

Vorschlag zur Tagesordnung:

1. Unterkunftszuschläge 2025 für alle drei Standorte
   (Ein- und Zweibettzimmer, Komfortbewertung Neubau Onkologie)
2. Chefarztbehandlung: Darstellung der Wahlarztketten, Vertreter-
   vereinbarungen, Umgang mit § 6a GOÄ in den Liquidationen
3. Klinik-Card: Quote Direktabrechnung (derzeit 71 %), Laufzeit der
   Entlassungsanzeigen, elektronische Rechnung
4. Rechnungsprüfung: Quote der Nachforderungen Entlassberichte,
   Fristen
5. Verschiedenes

Für unsere Seite nehmen Frau Kettler, Herr Aydın und ich teil. Bitte
teilen Sie uns Ihre Teilnehmer bis 21.01. mit (Anmeldung am Empfang).

Mit freundlichen Grüßen
Tobias Lenz
Vertragsmanagement Krankenhäuser
Aurelia Krankenversicherung AG
""",
        label="NORMAL", lang="de", kind="insurer-to-hospital",
        reason="trap: agenda for contract talks (chief physician, oncology, audits), no patient")

def m031():
    rows = [
        ["Vorgang", "Name", "Vorname", "geb.", "Krankenhaus", "Aufnahme", "DRG", "HD", "Betrag lt. Rechnung", "Status"],
        ["LS-2024-117204", "Bräutigam", "Heinz", "03.05.1952", "UK Nordstadt", "14.08.2024", "A06A", "J96.01", 284110.40, "in Prüfung"],
        ["LS-2024-118950", "Osterkamp", "Miriam", "21.10.1981", "Klinikum Rheinaue", "02.09.2024", "A09C", "C92.00", 197544.12, "Entlassbericht angef."],
        ["LS-2024-119377", "Lehnert", "Paul", "08.01.2019", "UK Nordstadt", "19.09.2024", "P61B", "P07.02", 151290.00, "bezahlt unter Vorbehalt"],
        ["LS-2024-120411", "Gündoğdu", "Serkan", "17.12.1966", "St.-Vinzenz Lindenfeld", "28.09.2024", "F03A", "I35.0", 96718.55, "Prüfung abgeschlossen"],
        ["LS-2024-121008", "Ruppert", "Elisabeth", "30.06.1940", "Klinikum Rheinaue", "04.10.2024", "A13B", "J69.0", 88231.70, "in Prüfung"],
    ]
    return mail(
        frm="Mehmet Aydın <mehmet.aydin@aurelia-kv.example>",
        to="Sabine Kettler <sabine.kettler@aurelia-kv.example>, Dr. Heike Vollmer <heike.vollmer@aurelia-kv.example>",
        subject="Liste für Donnerstag",
        body="""Anbei die Liste für Donnerstag.

M.
""",
        atts=[("HKF_Q3_Besprechung.xlsx", xlsx(rows, "Hochkostenfaelle"))],
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
        reason="harmless body; XLSX attachment only: high-cost cases with names, birth dates, DRG, ICD")


def m032():
    return mail(
        frm="Priya Raman <priya.raman@aurelia-kv.example>",
        to="Carla Mendoza <carla@mendoza-billreview.example>",
        subject="Vendor setup – W-9 and payment details",
        body="""Hi Carla,

great to have you on board as an independent bill reviewer for our US
claims. Our vendor master team has entered the data from your W-9; please
double-check before the first payment run on Feb 14:

  Name (as on tax return): Carla R. Mendoza
  Business: sole proprietor, d/b/a Mendoza Bill Review
  TIN (SSN): ***-**-4471 (full number on file)
  Bank: First Gulf Coast Bank (fictitious), ABA 266009413
  Account no.: 4471 2209 8813 (checking)
  Hourly rate agreed: USD 95.00, monthly invoice

Wire fees on our side are borne by Aurelia.

Thanks!
Priya
""",
        label="CONFIDENTIAL", lang="en", kind="insurer-to-supplier",
        reason="independent contractor (natural person): masked SSN, bank account, rate")


def m033():
    return mail(
        frm="Frank Oberdorf <frank.oberdorf@aurelia-kv.example>",
        to="accounts@bkk-riverside.example",
        subject="Automatic reply: Outstanding invoices Q4",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        body="""Thank you for your message. I am out of the office until 7 January
with limited access to e-mail.

For hospital guarantees and urgent cases please contact our 24/7 line via
Global Care Assist: +49 221 98455-3260 or international@aurelia-kv.example.
For invoices and payments: foreign-claims@aurelia-kv.example.

Frank Oberdorf
Aurelia Krankenversicherung AG
""",
        label="NORMAL", lang="en", kind="insurer-to-hospital",
        reason="trap: out-of-office reply to a foreign hospital")


def m034():
    return mail(
        frm="Jonas Brückner <jonas.brueckner@aurelia-kv.example>",
        to="Dr. Heike Vollmer <heike.vollmer@aurelia-kv.example>",
        subject="WG: Entlassbrief Fr. Nowak – Verlegung Frühreha?",
        body="""Heike,
die Klinik will Frau Nowak in die geriatrische Frühreha (8-550) übernehmen
statt in eine externe Reha. Reicht das aus dem Entlassbrief? Ich hänge
unten den relevanten Teil an, der komplette Brief ist im Vorgang.
Jonas

-------- Original-Nachricht --------
Von: Sozialdienst / Entlassmanagement <entlassmanagement@vinzenz-lindenfeld.example>
Betreff: Entlassbrief Fr. Nowak, Ihr Zeichen LS-2025-000874

Diagnosen:
- Pertrochantäre Femurfraktur links (S72.10), operativ versorgt mit
  PFNA am 07.01.2025
- Demenz bei Alzheimer-Krankheit, gemischte Form (G30.8, F00.2)
- Diabetes mellitus Typ 2, insulinpflichtig (E11.90)
- Chronische Niereninsuffizienz Stadium 3b (N18.3)

Verlauf: Postoperativ Delir (F05.1) über 3 Tage, Mobilisation am
Rollator mit Hilfe einer Person, Barthel-Index bei Aufnahme 25, aktuell 40.
Aufgrund der kognitiven Einschränkung ist eine Rehabilitation in einer
externen Einrichtung nicht erfolgversprechend. Wir empfehlen die
Übernahme in unsere Abteilung für Akutgeriatrie zur geriatrischen
frührehabilitativen Komplexbehandlung (mind. 14 Behandlungstage).

Mit freundlichen Grüßen
Dr. S. Albers, Oberärztin Unfallchirurgie
St.-Vinzenz-Krankenhaus Lindenfeld
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="hospital",
        reason="forwarded discharge letter: fracture, dementia, diabetes, delirium of named patient")


def m035():
    return mail(
        frm="Datenschutz Aurelia <datenschutz@aurelia-kv.example>",
        to="team-stationaer@aurelia-kv.example",
        subject="Datenschutz-Quiz Januar: Gesundheitsdaten in der Krankenhausabrechnung",
        body="""Liebe Kolleginnen und Kollegen,

hier das Monatsquiz – Auflösung kommt am 31.01. Mitmachen lohnt sich,
unter allen richtigen Antworten verlosen wir 3 Kantinengutscheine.

1) Ein Krankenhaus schickt den Entlassbericht von Frau M. (fiktiv) per
   unverschlüsselter E-Mail an Ihr persönliches Postfach. Was tun Sie?
   a) Antworten und um Fax bitten
   b) In den Vorgang übernehmen, Mail löschen, Klinik auf den sicheren
      Upload-Kanal hinweisen und Vorfall an datenschutz@ melden
   c) Nichts, ist ja schon passiert

2) Dürfen Sie einem Angehörigen telefonisch die Diagnose aus einer
   Krankenhausrechnung nennen, wenn er die Versicherungsnummer kennt?

3) Welche Daten gehören auf eine Kostenübernahmeerklärung an die Klinik –
   und welche nicht (z. B. Vorerkrankungen aus dem Antrag)?

4) Wie lange werden Krankenhausrechnungen im Vorgang aufbewahrt?

Antworten bitte per Formular im Intranet, nicht per Mail.

Euer Datenschutzteam
""",
        label="NORMAL", lang="de", kind="internal",
        reason="trap: privacy quiz about discharge reports and diagnoses, fictitious 'Frau M.'")


def m036():
    return mail(
        frm="Priya Raman <priya.raman@aurelia-kv.example>",
        to="international@aurelia-kv.example",
        subject="FW: Maternity invoice Dubai – please register",
        body="""Please register under policy 412 660 918 and send to the medical
advisor – C-section was not planned, so check the emergency clause.
P.

----- Forwarded message -----
From: Julia Brandhorst <julia.brandhorst@gulfmail.example>
Date: 14 Feb 2025, 21:17
Subject: Maternity invoice Dubai

Dear Aurelia team,

our daughter was born on 2 February at Al Noor Women's Hospital in Dubai,
three weeks early. I had to have an emergency Caesarean section because of
pre-eclampsia, and the baby spent 5 days in the NICU for jaundice and
breathing support. We are both fine now.

The hospital gave us an invoice of AED 71,480 (mother: AED 29,300,
baby NICU: AED 42,180), which we paid with our credit card. I attach the
invoice, discharge summaries for both of us and the birth certificate.
Can you please also add my daughter, Mila Brandhorst, to my policy from
her date of birth?

Thank you,
Julia Brandhorst
""",
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="customer",
        reason="customer mail forwarded: emergency C-section, pre-eclampsia, NICU of newborn")


def m037():
    return mail(
        frm="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        to="Birgit Hahn <birgit.hahn@aurelia-kv.example>",
        subject="Zielerreichung 2024 – Prämien Team Krankenhausleistungen",
        body="""Hallo Frau Hahn,

wie besprochen meine Vorschläge für die variable Vergütung 2024 (Auszahlung
mit dem März-Gehalt):

  Mehmet Aydın     Zielerreichung 118 %   Prämie 4.130 EUR
  Jonas Brückner   Zielerreichung 104 %   Prämie 2.600 EUR
  Claudia Reinartz Zielerreichung  97 %   Prämie 2.180 EUR
  Anja Weißhaupt   Zielerreichung 110 %   Prämie 2.970 EUR

Herr Aydın hat mit der Prüfung der Intensiv-DRGs deutlich mehr erreicht als
geplant, das würde ich gern auch im Gespräch mit ihm würdigen.

Bitte vertraulich behandeln, die Kollegen kennen nur ihre eigenen Zahlen.

Viele Grüße
Sabine Kettler
""",
        label="CONFIDENTIAL", lang="de", kind="internal",
        reason="bonus amounts (income) of four named employees")


def m038():
    return mail(
        frm="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        to="Verwaltungsdirektion <verwaltung@reha-kurpark.example>",
        subject="Vergütungsvereinbarung 2025 – Entwurf Tagessätze",
        body="""Sehr geehrter Herr Dornbusch,

anbei unsere Rückmeldung zu Ihrem Entwurf der Vergütungsvereinbarung 2025.

Tagessätze (Vollpension, alle ärztlichen/therapeutischen Leistungen):

  Indikation                         Ihr Angebot   unser Vorschlag
  Orthopädie AHB                     189,00 EUR    182,50 EUR
  Orthopädie Heilverfahren           178,00 EUR    174,00 EUR
  Kardiologie AHB                    214,00 EUR    206,00 EUR
  Neurologie Phase C                 318,00 EUR    309,00 EUR
  Neurologie Phase D                 236,00 EUR    229,50 EUR
  Psychosomatik                      241,00 EUR    Gespräch erforderlich

  Zuschlag Einbettzimmer             38,00 EUR     35,00 EUR
  Zuschlag Chefarztbetreuung         pauschal 29,00 EUR/Tag – nur bei
                                     nachweisbarer persönlicher Visite
  Begleitperson                      95,00 EUR     95,00 EUR

Die Psychosomatik würden wir gern separat besprechen, da sich Ihr
Therapiekonzept (Anzahl Einzeltherapien/Woche) gegenüber 2024 geändert hat.

Mit freundlichen Grüßen
Anja Weißhaupt
Reha & Krankentransport
Aurelia Krankenversicherung AG
""",
        label="NORMAL", lang="de", kind="insurer-to-hospital",
        reason="trap: rehab clinic daily rates negotiation (neurology, psychosomatics), no patient")


def m039():
    return mail(
        frm="Klinik-Card Service <klinikcard@aurelia-kv.example>",
        to="Patientenaufnahme <aufnahme@ukn.example>",
        subject="Klinik-Card 912 004 781 – keine Direktabrechnung möglich",
        body="""Sehr geehrte Damen und Herren,

zu Ihrer Aufnahmeanzeige vom heutigen Tag:

Patient: Ralf Demirci, geb. 12.09.1973
Klinik-Card-Nr.: 912 004 781
Aufnahme: 03.03.2025, Klinik für Gastroenterologie

Eine Kostenübernahme im Rahmen der Direktabrechnung können wir leider
nicht erklären. Für den Vertrag besteht derzeit ein Ruhen der Leistungen
nach § 193 Abs. 6 VVG wegen Beitragsrückstands. Nach Ausgleich des
Rückstands leben die Leistungen wieder auf.

Leistungen für die Behandlung akuter Erkrankungen und Schmerzzustände
werden auch während des Ruhens erbracht; bitte rechnen Sie in diesem Fall
direkt mit dem Patienten ab. Der Patient kann die Rechnung bei uns
einreichen.

Mit freundlichen Grüßen
Klinik-Card Service
Aurelia Krankenversicherung AG
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-hospital",
        reason="named patient's health contract suspended for premium arrears, admission to gastroenterology")


def m040():
    return mail(
        frm="Lukas Sommer <lukas.sommer@aurelia-kv.example>",
        to="Sales <sales@medgroup-software.example>",
        cc="einkauf@aurelia-kv.example",
        subject="PO 4500188231 – renewal DRG grouper & audit rules licence 2025",
        body="""Hello,

please find below our purchase order for the licence renewal:

  PO number:       4500188231
  Product:         MG Grouper Server (G-DRG 2025, PEPP 2025), 4 cores
                   MG Audit Rules – PKV edition
  Term:            01/01/2025 – 31/12/2025
  Price:           EUR 38,400.00 net (as per quote Q-24-1187)
  Invoice to:      Aurelia Krankenversicherung AG, Kreditorenbuchhaltung,
                   Postfach 10 44 20, 50484 Köln, VAT DE 812 004 551
                   e-invoice: rechnungseingang@aurelia-kv.example

Please make sure the 2025 catalogue files are available in the download
area by 20 December, we need them for the acceptance test.

Regards
Lukas Sommer
IT Benefit Systems, Aurelia Krankenversicherung AG
""",
        label="NORMAL", lang="en", kind="insurer-to-supplier",
        reason="trap: purchase order for DRG grouper licence, company data only")

def m041():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Sehr geehrte Frau Tennstedt,</p>
<p>zu Ihrem stationären Aufenthalt in der Privatklinik Dr. Falkenrath vom
13.01. bis 24.01.2025 haben wir folgende Leistungsabrechnung erstellt:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Position</th><th>Rechnungsbetrag</th><th>erstattet</th><th>Hinweis</th></tr>
<tr><td>Fallpauschale DRG I10E (Bandscheibenoperation, OPS 5-831.2)</td><td>7.214,90 &euro;</td><td>7.214,90 &euro;</td><td></td></tr>
<tr><td>Einbettzimmer, 11 Tage</td><td>1.650,00 &euro;</td><td>1.650,00 &euro;</td><td></td></tr>
<tr><td>Chefarzt Dr. Falkenrath, GOÄ (gemindert nach &sect; 6a)</td><td>3.102,44 &euro;</td><td>2.870,03 &euro;</td><td>Nr. 2565 Faktor 3,5 ohne Begründung &ndash; 2,3-fach erstattet</td></tr>
<tr><td>Anästhesie (Dr. Jaworski)</td><td>918,36 &euro;</td><td>918,36 &euro;</td><td></td></tr>
<tr><td><b>Summe</b></td><td><b>12.885,70 &euro;</b></td><td><b>12.653,29 &euro;</b></td><td></td></tr>
</table>
<p>Diagnose laut Rechnung: M51.1 Lumbaler Bandscheibenvorfall mit Radikulopathie.</p>
<p>Die Auszahlung erfolgt in den nächsten Tagen auf Ihr Konto.</p>
<p>Mit freundlichen Grüßen<br>Ihre Aurelia Krankenversicherung<br>Leistung Stationär</p>
</body></html>
"""
    return mail(
        frm="Aurelia Krankenversicherung <leistung@aurelia-kv.example>",
        to="Monika Tennstedt <monika.tennstedt@netzpost.example>",
        subject="Ihre Leistungsabrechnung Krankenhaus",
        html=html, html_only=True,
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="HTML-only table: disc surgery DRG/OPS, ICD M51.1, chief physician bill")


def m042():
    return mail(
        frm="Jonas Brückner <jonas.brueckner@aurelia-kv.example>",
        to="Dr. med. Konrad Tiedemann <gutachten@tiedemann-chirurgie.example>",
        subject="Ihre Liquidation Gutachten G-2024-118 / Anlage Kreditor",
        body="""Sehr geehrter Herr Dr. Tiedemann,

vielen Dank für das Gutachten und Ihre Liquidation über 780,00 EUR
(Gutachten nach Aktenlage, umsatzsteuerfrei nach § 4 Nr. 14 UStG).

Da Sie erstmals für uns tätig sind, legen wir Sie als Kreditor an. Bitte
prüfen Sie die Daten:

  Dr. med. Konrad Tiedemann, Facharzt für Chirurgie (freiberuflich)
  Am Stadtwald 19, 45134 Essen
  Steuernummer: 112/5004/3381
  IBAN: DE17 6495 4554 7184 5816 67

Für künftige Aufträge gilt das vereinbarte Pauschalhonorar von 780,00 EUR
je Aktenlagegutachten bzw. 1.150,00 EUR mit Untersuchung.

Mit freundlichen Grüßen
Jonas Brückner
Krankenhausleistungen
Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="de", kind="insurer-to-doctor",
        reason="freelance medical assessor: private address, tax number, IBAN, fees; no patient")


def m043():
    csv = """Krankenhaus;IK;Fälle 2024;Ø Verweildauer (Tage);Anteil oGVD-Überschreiter;Anteil Wahlleistung Einbettzimmer;Anteil Chefarzt
Klinikum Rheinaue gGmbH;260530118;2.114;6,1;4,8 %;38 %;61 %
St.-Vinzenz-Krankenhaus Lindenfeld;260510477;1.387;6,9;7,2 %;29 %;55 %
Universitätsklinikum Nordstadt;260550093;3.902;7,4;5,5 %;22 %;48 %
Klinikverbund Bergisch Land (3 Standorte);260520661;1.755;5,8;3,9 %;41 %;66 %
Privatklinik Dr. Falkenrath;260599102;214;4,2;1,4 %;97 %;100 %
übrige Häuser (< 200 Fälle, zusammengefasst);–;9.871;6,3;5,1 %;31 %;52 %
"""
    return mail(
        frm="Mehmet Aydın <mehmet.aydin@aurelia-kv.example>",
        to="Tobias Lenz <tobias.lenz@aurelia-kv.example>",
        subject="Kennzahlen Häuser 2024 für die Verhandlungen",
        body="""Hi Tobias,

wie gewünscht die Kennzahlen je Haus für 2024 (Abrechnungsstand 31.01.).
Excel-Export als CSV, Trennzeichen Semikolon. Kleine Häuser sind
zusammengefasst.

Gruß Mehmet
""",
        atts=[("Kennzahlen_Haeuser_2024.csv", csv, "text/csv", "windows-1252")],
        label="NORMAL", lang="de", kind="internal",
        reason="trap: length-of-stay and elective-service statistics per hospital (windows-1252 CSV)")


def m044():
    return mail(
        frm="Frank Oberdorf <frank.oberdorf@aurelia-kv.example>",
        to="Patientenadministration <billing@spital-engadin.example>",
        subject="Invoice 2025-00412 – patient Markus Feldhaus – partial payment",
        body="""Dear Ms Caflisch,

thank you for your invoice of CHF 18,940.60 for the stay of our insured
Mr Markus Feldhaus (born 1984-02-17, Aurelia policy 377 408 226) from
8 to 11 February 2025 after his skiing accident.

According to the discharge report he sustained a rupture of the anterior
cruciate ligament of the left knee (S83.53) and a bone bruise, treated by
arthroscopic ACL reconstruction on 9 February.

We will pay CHF 16,212.35. The difference concerns:
- the semi-private ward supplement (CHF 2,100.00): his tariff covers
  single or double room only in Germany; abroad the general ward is
  covered unless no other bed is available – please confirm if that was
  the case;
- the physiotherapy kit (CHF 628.25), which is an aid and not part of the
  inpatient treatment.

We will transfer the amount in CHF to the account stated on the invoice.

Kind regards
Frank Oberdorf
Foreign Hospital Claims · Aurelia Krankenversicherung AG
""",
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-hospital",
        reason="Swiss hospital invoice: named patient, birth date, ACL rupture S83.53")


def m045():
    return mail(
        frm="Priya Raman <priya.raman@aurelia-kv.example>",
        to="team-stationaer@aurelia-kv.example",
        subject="Team event 21.03. – Kochkurs! / cooking class",
        body="""Hallo zusammen / hi all,

it's decided: wir gehen am Freitag, 21.03., ab 16 Uhr zum Kochkurs bei
"Löffelwerk" in Ehrenfeld (Venloer Str.). Menu: Indian street food –
don't worry, mild and spicy versions 😉

Bitte bis 07.03. in die Umfrage eintragen (Teams-Kanal "Stationär
allgemein"), damit ich die Zahl durchgeben kann. Vegetarian/vegan ist kein
Problem, just add a note. Die Kosten übernimmt das Teambudget, Getränke
bis 20 Uhr auch.

Out-of-office that afternoon: bitte Vertretung über die Hotline regeln,
Claudia und Jonas bleiben bis 15:30.

Cheers, Priya
""",
        label="NORMAL", lang="mixed", kind="internal",
        reason="trap: team event, colleagues named, nothing sensitive")


def m046():
    csv = """Datum;Patient;geb.;Abholung;Ziel;Art;km;Betrag EUR
06.01.2025;Hildegard Maaßen;12.04.1944;Rosenweg 3, Dormagen;Dialysezentrum Neuss-Süd;KTW sitzend;18;62,30
08.01.2025;Hildegard Maaßen;12.04.1944;Rosenweg 3, Dormagen;Dialysezentrum Neuss-Süd;KTW sitzend;18;62,30
10.01.2025;Hildegard Maaßen;12.04.1944;Rosenweg 3, Dormagen;Dialysezentrum Neuss-Süd;KTW sitzend;18;62,30
07.01.2025;Werner Kalinowski;03.11.1939;Pflegeheim St. Anna, Grevenbroich;Strahlentherapie UK Nordstadt;KTW liegend;41;148,90
14.01.2025;Werner Kalinowski;03.11.1939;Pflegeheim St. Anna, Grevenbroich;Strahlentherapie UK Nordstadt;KTW liegend;41;148,90
09.01.2025;Ute Schramm;28.07.1962;Hauptstr. 77, Kaarst;Klinikum Rheinaue (Chemotherapie);KTW sitzend;22;71,50
"""
    return mail(
        frm="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        to="Krankentransport Özdemir <abrechnung@ktw-oezdemir.example>",
        subject="Sammelrechnung 01/2025 – Rückfragen zu einzelnen Fahrten",
        body="""Sehr geehrte Frau Yıldız,

wir haben Ihre Sammelrechnung Januar geprüft. Für die in der Anlage
aufgeführten Fahrten fehlt uns jeweils die ärztliche Verordnung bzw. bei
den Serienfahrten (Dialyse, Strahlentherapie, Chemotherapie) die
Genehmigung der Serie. Bei Frau Maaßen liegt die Genehmigung nur bis
31.12.2024 vor.

Bitte reichen Sie die Unterlagen nach, dann zahlen wir die Positionen
umgehend. Den Rest der Rechnung (41 Fahrten) haben wir heute angewiesen.

Mit freundlichen Grüßen
Anja Weißhaupt
""",
        atts=[("Rueckfragen_Sammelrechnung_2025-01.csv", csv)],
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
        reason="transport list: named patients with birth dates, dialysis, radiotherapy, chemotherapy")


def m047():
    return mail(
        frm="Lukas Sommer <lukas.sommer@aurelia-kv.example>",
        to="Leitung Patientenabrechnung <abrechnung@klinikverbund-bergisch.example>",
        subject="Zugänge Leistungserbringerportal – Identitätsprüfung",
        body="""Sehr geehrte Frau Kämmerer,

für die beantragten Portalzugänge Ihrer Mitarbeitenden benötigen wir nach
unserem Identifizierungsverfahren den Abgleich von Name und Geburtsdatum
mit dem Ausweis (Video-Ident oder vor Ort). Aus Ihrem Antrag haben wir
folgende Daten übernommen:

  Sandra Kämmerer     geb. 24.09.1978   Rolle: Administratorin
  Dirk Wallenborn     geb. 11.02.1985   Rolle: Abrechnung
  Yvonne Esser        geb. 30.05.1991   Rolle: Abrechnung
  Tim Lorenzen        geb. 06.12.1998   Rolle: Aufnahme (nur lesen)

Bitte prüfen Sie die Angaben. Die Einladungslinks zum Video-Ident gehen
anschließend direkt an die dienstlichen Adressen. Einmalpasswörter
versenden wir per Post an die Klinik.

Mit freundlichen Grüßen
Lukas Sommer
IT Leistungssysteme / Portalbetreuung
Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="de", kind="insurer-to-hospital",
        reason="hospital billing staff: names with full birth dates for portal identification")


def m048():
    text = """INTERNATIONAL MEDICAL COST CONTAINMENT FORUM 2025
Lisbon, 14–15 May 2025 · Centro de Congressos (fictitious)

Day 1
09:00  Opening: Medical inflation in private health – where are we heading?
10:00  Panel: Direct billing with foreign hospitals – guarantees of payment,
       fraud patterns and how to stop chargemaster inflation
11:30  Case clinic: Air ambulance vs. commercial stretcher – decision trees
14:00  Workshop A: DRG systems compared (G-DRG, SwissDRG, HRG, MS-DRG)
14:00  Workshop B: Cancer treatment abroad – proton therapy pricing
16:00  Data protection for cross-border health claims (GDPR Art. 9)

Day 2
09:00  Keynote: AI-supported invoice review – hype and evidence
10:30  Repatriation & mortal remains: the paperwork nobody talks about
12:00  Closing & networking lunch

Early bird fee EUR 890 until 28 February. Register at
https://www.imccf.example/register
"""
    return mail(
        frm="Frank Oberdorf <frank.oberdorf@aurelia-kv.example>",
        to="Priya Raman <priya.raman@aurelia-kv.example>",
        subject="FW: IMCCF 2025 programme – worth going?",
        body="Priya, workshop A + the air ambulance session look good. Shall we register both of us? Budget is there.\nFrank\n\n---------- Forwarded message ----------\nFrom: IMCCF <news@imccf.example>\nSubject: IMCCF 2025 – programme online\n\n" + text,
        label="NORMAL", lang="en", kind="internal",
        reason="trap: conference programme on medical costs, cancer treatment, repatriation")


def m049():
    return mail(
        frm="Dr. Heike Vollmer <heike.vollmer@aurelia-kv.example>",
        to="Jonas Brückner <jonas.brueckner@aurelia-kv.example>",
        subject="WG: Begründung Steigerungsfaktor – Patientin Annelie Roßbach",
        body="""Jonas, die Begründung überzeugt mich für 2882 (Gefäßnaht bei
Verwachsungen), für 3135 nicht – das ist Standard. Bitte 3135 nur 2,3-fach
erstatten, Rest wie abgerechnet. Heike

----- Weitergeleitet -----
Von: Prof. Dr. med. Bernhard Lindqvist <chefarzt.chirurgie@ukn.example>
An: Aurelia Krankenversicherung, Leistung Stationär
Betreff: Ihr Schreiben vom 03.02.2025 – Patientin Annelie Roßbach, geb. 19.07.1958

Sehr geehrte Damen und Herren,

zu Ihrer Anfrage nehme ich wie folgt Stellung:

Bei Frau Roßbach erfolgte am 14.01.2025 eine Hemikolektomie rechts bei
Adenokarzinom des Colon ascendens (C18.2, pT3 pN1a). Aufgrund ausgedehnter
Verwachsungen nach zweimaliger Voroperation (Sectio 1989, offene
Cholezystektomie 2004) sowie eines Adipositas-Grades II (BMI 37) war die
Operation mit einer Schnitt-Naht-Zeit von 4 Std. 12 Min. weit über-
durchschnittlich schwierig und zeitaufwendig. Dies rechtfertigt den
Ansatz des 3,5-fachen Satzes für die GOÄ-Nrn. 2882 und 3135.

Mit freundlichen Grüßen
Prof. Dr. med. B. Lindqvist
Chefarzt Klinik für Allgemein- und Viszeralchirurgie
Universitätsklinikum Nordstadt
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="doctor",
        reason="forwarded chief physician statement: colon cancer C18.2, surgery, BMI of named patient")


def m050():
    return mail(
        frm="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        to="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        subject="Vergleich Entgelte Krankentransport 2025",
        charset="iso-8859-1", cte="quoted-printable",
        body="""Hallo Sabine,

kurzer Überblick vor dem Termin mit dem Landesverband der privaten
Rettungsdienste. Angaben je Einsatz, Stadtgebiet Köln/Umland:

                        KTW         RTW        NEF-Begleitung
Grundpauschale        95,00  EUR    180,00  EUR        nach Satzung
je km ab 1. km         2,35  EUR      3,10  EUR        --
Wartezeit je 15 min   14,00  EUR     22,00  EUR        --
Nachtzuschlag 22-6       25 %        25 %        --
Desinfektion (Infekt)  48,00  EUR     48,00  EUR        --

Die kommunalen Gebühren (Satzung Stadt Köln) liegen beim RTW 2025 bei
712,- pauschal, da sind wir bei Privatanbietern klar günstiger. Beim KTW
würde ich die 2,35 akzeptieren, wenn die Wartezeit-Pauschale gedeckelt wird.

Gruß, Anja
""",
        label="NORMAL", lang="de", kind="internal",
        reason="trap: price comparison for patient transport (iso-8859-1)")

def m051():
    return mail(
        frm="Birgit Hahn <birgit.hahn@aurelia-kv.example>",
        to="Global Mobility <mobility@aurelia-group-uk.example>",
        cc="sabine.kettler@aurelia-kv.example",
        subject="Secondment Priya Raman to London office – data for visa and payroll",
        body="""Dear Oliver,

as agreed, Priya Raman (International Claims) will be seconded to the
London office from 1 April to 30 September 2025 to set up the direct
billing panel with the UK private hospitals.

Data for the visa application and shadow payroll:

  Full name:            Priya Lakshmi Raman
  Date of birth:        22/06/1989
  Nationality:          German
  Passport no.:         C7XK41R29 (valid until 03/2031)
  German gross salary:  EUR 68,400 p.a. (stays on German payroll)
  Secondment allowance: GBP 1,250 per month, housing paid directly by you
  Home address stays:   Zülpicher Str. 203, 50937 Köln

Please send the certificate of sponsorship to her directly and copy me.

Kind regards
Birgit Hahn
HR Services · Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="en", kind="internal",
        reason="employee secondment: birth date, passport number, salary, allowance")


def m052():
    return mail(
        frm="Jonas Brückner <jonas.brueckner@aurelia-kv.example>",
        to="Hannelore Wichert <h.wichert@fernpost.example>",
        subject="Ihre Rechnung Einbettzimmer – St.-Vinzenz-Krankenhaus",
        body="""Sehr geehrte Frau Wichert,

vielen Dank für Ihre Nachricht und die Rechnung über die Wahlleistung
Unterkunft während Ihres Krankenhausaufenthalts vom 20.02. bis 01.03.2025
(Behandlung in der Klinik für Innere Medizin).

Sie sind bei uns im Tarif KS2 versichert. Dieser Tarif umfasst bei
stationärer Behandlung das Zweibettzimmer und die Chefarztbehandlung. Das
Einbettzimmer ist nicht versichert. Wir erstatten daher aus der Rechnung
über 1.089,00 EUR (9 Tage Einbettzimmer à 121,00 EUR) den Betrag, der für
ein Zweibettzimmer angefallen wäre: 9 x 56,30 EUR = 506,70 EUR.

Falls Sie das Einbettzimmer künftig absichern möchten: Ein Wechsel in den
Tarif KS1 ist möglich, allerdings mit erneuter Gesundheitsprüfung für den
Mehrbeitrag. Ihr Ansprechpartner Herr Kessler von der Agentur informiert
Sie gern.

Mit freundlichen Grüßen
Jonas Brückner
Leistung Stationär
Aurelia Krankenversicherung AG
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="named insured's hospital stay and single-room benefit decision (health tariff)")


def m053():
    return mail(
        frm="Aurelia Krankenversicherung – Krankenhausmanagement <krankenhausmanagement@aurelia-kv.example>",
        to="undisclosed-recipients:;",
        subject="Information für Krankenhäuser: elektronische Rechnungen ab 01.03.2025",
        html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>ab dem <b>01.03.2025</b> nehmen wir Rechnungen über allgemeine Krankenhausleistungen und
Wahlleistungen auch elektronisch entgegen:</p>
<ul>
<li>Formate: XRechnung (UBL oder CII) ab Version 3.0, ZUGFeRD ab 2.2 (Profil EN 16931)</li>
<li>Übermittlung: ausschließlich über unseren Upload-Kanal im Leistungserbringerportal oder per
Peppol (ID 0204:aurelia-kv-leistung)</li>
<li><b>NICHT</b> per unverschlüsselter E-Mail</li>
<li>Entlassberichte und sonstige medizinische Unterlagen bitte als separate PDF-Anlage im selben
Upload, nicht in die Rechnungsdatei einbetten</li>
</ul>
<p>Pflichtangaben zusätzlich zu den steuerrechtlichen Angaben: IK des Krankenhauses, Aufnahme- und
Entlassdatum, Versicherungsnummer bzw. Klinik-Card-Nummer, DRG/PEPP, abgerechnete Entgelte.</p>
<p>Papierrechnungen sind bis 31.12.2025 weiter möglich.</p>
<p>Mit freundlichen Grüßen<br>Krankenhausmanagement<br>Aurelia Krankenversicherung AG</p>
</body></html>
""", html_only=True,
        label="NORMAL", lang="de", kind="insurer-to-hospital",
        reason="trap: generic e-invoicing information to hospitals mentioning discharge reports")


def m054():
    return mail(
        frm="Aurelia International Claims <international@aurelia-kv.example>",
        to="Nigel Farrow-Schultz <nfarrow@britmail.example>",
        subject="Your claim INT-2025-01129 – The Harley Clinic, London",
        cte="base64",
        body="""Dear Mr Farrow-Schultz,

we have now assessed the invoices from The Harley Clinic (fictitious) for
your admission from 4 to 6 March 2025.

Procedure: elective laparoscopic inguinal hernia repair, right side
(K40.90), performed by Mr A. Okafor, consultant surgeon.

  Hospital fees (day case + 2 nights, private room)   GBP  7,940.00
  Surgeon's fee                                       GBP  2,650.00
  Anaesthetist's fee                                  GBP    980.00
  Total                                               GBP 11,570.00

As this was a planned treatment outside Germany, your tariff reimburses
up to the amount that would have been payable for the same treatment in
Germany (DRG G24C plus elective services), i.e. EUR 6,912.84. The
remaining amount cannot be reimbursed. We had pointed this out in our
letter of 12 February before the operation.

The payment will be made to your account at Barclays (ending 8830).

Yours sincerely
Aurelia Krankenversicherung AG – International Claims
""",
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="base64-encoded body: hernia repair K40.90, planned treatment abroad, reimbursement")


def m055():
    return mail(
        frm="Tobias Lenz <tobias.lenz@aurelia-kv.example>",
        to="Fuhrpark <fuhrpark@aurelia-kv.example>",
        subject="Schaden Dienstwagen K-AU 4471 – Parkhaus Klinikum Rheinaue",
        body="""Hallo Fuhrpark,

beim Ausparken im Parkhaus P2 des Klinikums Rheinaue (Ebene -1) habe ich
heute gegen 13:40 Uhr mit dem Dienstwagen K-AU 4471 (Škoda Octavia) das
daneben stehende Fahrzeug am hinteren linken Kotflügel gestreift.

Unfallgegnerin / Halterin:
  Frau Marlene Ostrowski, Bonner Str. 41, 53347 Alfter
  Kennzeichen: SU-MO 218, VW Polo, grau
  Tel. 0176 55501844
  Ihr Kfz-Haftpflichtversicherer ist die Rheinland Direkt (fiktiv),
  Schaden-Nr. bei denen noch offen

Verletzt wurde niemand, Frau Ostrowski war gerade auf dem Rückweg vom
Besuch und kam dazu. Fotos und der ausgefüllte Unfallbericht gehen per
Hauspost an Euch. Bitte an unsere Flottenversicherung weitergeben.

Gruß
Tobias Lenz
""",
        label="CONFIDENTIAL", lang="de", kind="internal",
        reason="motor claim: named third party, address, plate, 'nobody hurt'")


def m056():
    return mail(
        frm="Datenschutz Aurelia <datenschutz@aurelia-kv.example>",
        to="Legal <legal@gca-assist.example>",
        cc="anja.weisshaupt@aurelia-kv.example",
        subject="DPA (Art. 28 GDPR) – our comments on draft v2",
        body="""Dear colleagues,

thank you for draft v2 of the data processing agreement for assistance
and repatriation services. Our comments:

1. Annex 1, categories of data: please list explicitly "data concerning
   health (Art. 9 GDPR) such as diagnoses, medical reports, hospital
   invoices, fitness-to-fly assessments" and "data subject to
   professional secrecy (section 203 German Criminal Code)". Your staff
   must be bound to secrecy in writing (clause 7.2).
2. Annex 2, TOMs: e-mail exchange with hospitals abroad – please describe
   the encryption actually used; "TLS where available" is not enough for
   medical reports.
3. Sub-processors: the air ambulance operators are not sub-processors in
   our view (they act as controllers for the medical care on board), but
   the call-centre provider in Manila is – please add it with the SCCs.
4. Retention: medical documents may not be kept longer than 6 months
   after case closure at your end.

A marked-up version follows from our legal department.

Best regards
Data Protection Office
Aurelia Krankenversicherung AG
""",
        label="NORMAL", lang="en", kind="insurer-to-partner",
        reason="trap: DPA draft discussing health data categories, no data subject")


def m057():
    return mail(
        frm="Frank Oberdorf <frank.oberdorf@aurelia-kv.example>",
        to="Javier Ruiz Albarrán <jruiz@gestoria-ruiz.example>",
        subject="RE: Factura 2025/014 – gestión de facturas hospitalarias Málaga",
        body="""Dear Javier,

thank you for your invoice 2025/014 for collecting and checking the
hospital invoices in the Costa del Sol region in January (EUR 1,260.00).

To set you up as a supplier (self-employed, autónomo) our accounting
team needs the following confirmed:

  Name: Javier Ruiz Albarrán
  NIF: 44681203-K (as on the invoice)
  IBAN: ES59 0049 1872 5021 1044 7308
  Address: Calle Granada 17, 2ºB, 29015 Málaga

Is the IRPF withholding (15 %) relevant for us as a foreign client? My
understanding is no, but please confirm.

Gracias y un saludo,
Frank Oberdorf
Foreign Hospital Claims, Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="en", kind="insurer-to-supplier",
        reason="Spanish self-employed agent: tax ID, IBAN, home address, fee")


def m058():
    return mail(
        frm="Personalmarketing <karriere@aurelia-kv.example>",
        to="stellenboerse@klinikjobs.example",
        subject="Stellenanzeige LS-25-03 zur Veröffentlichung",
        body="""Guten Tag,

bitte veröffentlichen Sie folgende Anzeige ab 01.03. für 6 Wochen
(Paket Premium, Rechnung an karriere@aurelia-kv.example):

---
Kodierfachkraft / Medizinische Dokumentationsassistenz (m/w/d)
für unsere Rechnungsprüfung stationär – Köln, Vollzeit oder Teilzeit

Ihre Aufgaben:
- Prüfung von Krankenhausrechnungen (aG-DRG, PEPP) auf Basis der
  Deutschen Kodierrichtlinien
- Prüfung von Haupt- und Nebendiagnosen, OPS-Kodes, Beatmungsstunden und
  Verweildauern anhand von Entlassberichten
- Prüfung von Wahlleistungs- und Chefarztrechnungen nach GOÄ
- Zusammenarbeit mit unseren Beratungsärzten und den Abrechnungs-
  abteilungen der Kliniken

Ihr Profil:
- Ausbildung in der Gesundheits- und Krankenpflege oder als MFA mit
  Weiterbildung zur Kodierfachkraft, alternativ Studium Medizin-
  controlling
- mehrjährige Kodiererfahrung im Krankenhaus oder beim MD

Wir bieten: Tarifvertrag private Versicherungswirtschaft, 38 Std.,
mobiles Arbeiten bis 60 %, Jobrad, betriebliche Krankenversicherung.
---

Mit freundlichen Grüßen
Personalmarketing Aurelia
""",
        label="NORMAL", lang="de", kind="insurer-to-supplier",
        reason="trap: job advert for clinical coder (DRG, diagnoses), no person")


def m059():
    inner = rfc822(
        frm="Siegfried Lamprecht <s.lamprecht@kabelpost.example>",
        to="leistung@aurelia-kv.example",
        subject="Beschwerde – Chefarztrechnung nach meiner Herz-OP",
        date="Mon, 10 Mar 2025 19:48:12 +0100",
        msgid="<7781.lamprecht@kabelpost.example>",
        body="""Sehr geehrte Damen und Herren,

ich bin seit 1998 bei Ihnen versichert (Nr. 118 306 745) und jetzt sehr
verärgert. Im Januar bekam ich im Universitätsklinikum Nordstadt eine neue
Aortenklappe (TAVI) und zwei Bypässe. Ich hatte Chefarztbehandlung
vereinbart. Den Chefarzt habe ich aber nur einmal bei der Visite gesehen,
operiert hat ein anderer Arzt. Trotzdem stellt die Verrechnungsstelle
6.944,10 Euro in Rechnung und Sie haben davon nur 4.100 Euro bezahlt.
Soll ich den Rest selbst zahlen? Ich bin 81 Jahre alt und habe gerade
andere Sorgen, mein Herz schafft nur noch halbe Kraft.

Ich erwarte eine Erklärung.

Siegfried Lamprecht
""")
    return mail(
        frm="Beschwerdemanagement <beschwerde@aurelia-kv.example>",
        to="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        subject="Beschwerde zur Stellungnahme bis 21.03.",
        body="""Hallo Frau Kettler,

anbei eine Kundenbeschwerde zur Stellungnahme. Bitte Antwortentwurf bis
21.03. an uns, wir schreiben den Kunden dann an.

Danke und Gruß
Beschwerdemanagement
""",
        atts=[inner],
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
        reason="only in forwarded message/rfc822: heart surgery TAVI/bypass, chief physician bill")


def m060():
    return mail(
        frm="Claudia Reinartz <claudia.reinartz@aurelia-kv.example>",
        to="Verwaltung Privatklinik Dr. Falkenrath <verwaltung@privatklinik-falkenrath.example>",
        subject="Ihr Schreiben vom 17.02. – neue Bankverbindung / Inhaberwechsel",
        body="""Sehr geehrte Frau Falkenrath,

vielen Dank für die Mitteilung. Wir haben die Stammdaten für die
Direktabrechnung wie folgt geändert:

  Rechnungssteller bisher: Dr. med. Wilhelm Falkenrath e.K.
  Rechnungssteller neu ab 01.03.2025: Dr. med. Johanna Falkenrath e.K.
  (Übernahme der Klinik durch die Tochter, Einzelkaufmann, HRA 28814)
  IBAN neu: DE45 4041 0373 1069 0395 16
  Steuernummer neu: 5224/512/08831

Auf das alte Konto von Herrn Dr. Wilhelm Falkenrath (endet auf 0817)
zahlen wir ab dem 01.03. nicht mehr. Für Rechnungen mit Entlassung vor
dem 01.03. bitte ich um einen kurzen Hinweis, wohin diese gezahlt werden
sollen.

Mit freundlichen Grüßen
Claudia Reinartz
Direktabrechnung
Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="de", kind="insurer-to-hospital",
        reason="grey zone: private clinic run by a sole trader (e.K.) – IBAN and tax number of natural persons")

def m061():
    paras = [
        "Ergebnisprotokoll – Gespräch Aurelia KV / Klinikverbund Bergisch Land",
        "Datum: 28.01.2025, 10:00–13:15 Uhr, Köln",
        "Teilnehmer Klinikverbund: Herr Pauly (GF), Frau Kämmerer (Leitung Patientenabrechnung), Herr Dr. Rothe (Medizincontrolling)",
        "Teilnehmer Aurelia: Frau Kettler, Herr Lenz, Herr Aydın",
        "TOP 1 Unterkunftszuschläge 2025: Einigung auf +3,9 % für Einbettzimmer (alle Standorte), +3,2 % Zweibettzimmer. Neubau Onkologie Standort Solingen: Komfortbewertung nach Begehung im April, bis dahin Vorjahreswerte.",
        "TOP 2 Chefarztbehandlung: Klinikverbund legt bis 31.03. die aktuellen Wahlarztketten je Fachabteilung vor. Vertretervereinbarungen nur noch mit Namensnennung des ständigen ärztlichen Vertreters.",
        "TOP 3 Klinik-Card: Ziel 80 % Direktabrechnungsquote bis Jahresende. Entlassungsanzeigen künftig spätestens 3 Werktage nach Entlassung.",
        "TOP 4 Rechnungsprüfung: Aurelia reduziert Anforderungen von Entlassberichten bei DRGs unter 1,0 Bewertungsrelation auf Stichproben (10 %). Im Gegenzug Lieferung innerhalb von 4 Wochen.",
        "Nächster Termin: 24.06.2025 beim Klinikverbund in Wuppertal.",
        "Protokoll: T. Lenz",
    ]
    return mail(
        frm="Tobias Lenz <tobias.lenz@aurelia-kv.example>",
        to="Geschäftsführung <gf@klinikverbund-bergisch.example>",
        cc="sabine.kettler@aurelia-kv.example, mehmet.aydin@aurelia-kv.example",
        subject="Protokoll unseres Gesprächs vom 28.01.",
        body="""Sehr geehrter Herr Pauly,

anbei das Ergebnisprotokoll unseres Gesprächs. Wenn bis 14.02. keine
Anmerkungen kommen, betrachten wir es als abgestimmt.

Mit freundlichen Grüßen
Tobias Lenz
""",
        atts=[("Protokoll_2025-01-28_Klinikverbund.docx", docx(paras))],
        label="NORMAL", lang="de", kind="insurer-to-hospital",
        reason="trap: minutes of contract negotiation, only business roles named")


def m062():
    return mail(
        frm="Aurelia International Claims <international@aurelia-kv.example>",
        to="International Patient Centre <ipc@bkk-riverside.example>",
        subject="RE: GOP extension request – Mr Stefan Wöhrle, HN 5501-88231",
        in_reply_to="<ipc.88231.ext2@bkk-riverside.example>",
        body="""Dear Khun Siriporn,

thank you for the updated medical report of today.

We note that Mr Stefan Wöhrle (DOB 1966-10-08, policy 412 771 050) remains
in the ICU after the septic shock from his necrotising pancreatitis
(K85.01), now on day 9 of mechanical ventilation, with acute kidney
injury requiring CRRT since 24 February.

We extend our guarantee of payment by THB 1,800,000 to a new total of
THB 4,200,000 for the period until 10 March 2025. Please send a medical
update every 48 hours to our medical advisor, Dr. Vollmer (via this
address). We also ask the treating intensivist to assess whether a
medical repatriation by air ambulance would be possible once he is
extubated; our assistance partner GCA will contact you.

His wife has signed the consent for us to receive medical information;
please do not share it with other relatives without her confirmation.

Kind regards
Priya Raman
International Claims, Aurelia Krankenversicherung AG
""",
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-hospital",
        reason="ICU guarantee extension abroad: named patient, DOB, septic shock, pancreatitis, ventilation")


def m063():
    return mail(
        frm="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        to="Daniel Krüger <dk@krueger-medescort.example>",
        subject="Your invoice MX-2025-007 – medical escort",
        body="""Dear Mr Krüger,

thank you for the invoice for the escort flight on 11/12 February
(escort days: 2, fee EUR 1,560.00 + out-of-pocket costs EUR 212.40).

As you are working freelance and not through an agency, our accounting
team has asked me to confirm your bank and tax data for the vendor file:

  Daniel Krüger, Notfallsanitäter (freelance medical escort)
  Tax number (Steuernummer): 27/144/60913
  IBAN: DE80 5954 2928 9460 0652 16
  Daily rate agreed: EUR 780.00

Please reply to this message if everything is correct. We only need this
once; future invoices can just quote the vendor number 880417.

Best regards
Anja Weißhaupt
Rehabilitation & Patient Transport
Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="en", kind="insurer-to-supplier",
        reason="freelance paramedic escort: tax number, IBAN, day rate; no patient named")


def m064():
    return mail(
        frm="Lukas Sommer <lukas.sommer@aurelia-kv.example>",
        to="Vendor Support <support@docscan-ai.example>",
        subject="Case 00091344 – OCR fails on multi-currency hospital invoices",
        body="""Hello,

since the update to 5.3.1 on 24 February your extraction service returns
empty line items for about 14 % of foreign hospital invoices. Pattern we
see so far:

- invoices with two currencies on the same page (e.g. THB + USD, AED + EUR)
- tables spanning page breaks without repeated header
- Spanish invoices where the total uses "." as thousand separator

Example documents cannot be shared (they contain patient data), but we
have created three synthetic PDFs with the same layout and dummy content
("Patient: TEST TEST, DOB 01/01/1900"), which you can download from the
SFTP folder /outgoing/case-00091344/ until Friday.

Please treat this as severity 2 – our clerks are keying these invoices
manually at the moment.

Regards
Lukas Sommer
IT Benefit Systems, Aurelia Krankenversicherung AG
""",
        label="NORMAL", lang="en", kind="insurer-to-supplier",
        reason="trap: IT support case on invoice OCR, synthetic test documents only")


def m065():
    return mail(
        frm="Claudia Reinartz <claudia.reinartz@aurelia-kv.example>",
        to="Prof. Dr. med. Henrike Adler <h.adler@ukn.example>",
        subject="Privatliquidation – neue Kontoverbindung für Abtretungsfälle",
        body="""Sehr geehrte Frau Professor Adler,

Sie liquidieren Ihre wahlärztlichen Leistungen als Chefärztin der
Gynäkologie selbst und nicht über die Klinik. In den Fällen, in denen uns
Patientinnen ihren Erstattungsanspruch an Sie abgetreten haben, zahlen wir
direkt an Sie.

Ihre mitgeteilte neue Bankverbindung haben wir eingetragen:

  Kontoinhaberin: Prof. Dr. Henrike Adler
  IBAN: DE29 3933 2450 9667 8920 02

Das bisherige Konto bei der Apobank (endet auf 4410) haben wir
deaktiviert. Die Änderung haben wir telefonisch über Ihr Sekretariat
(Frau Engels) verifiziert.

Mit freundlichen Grüßen
Claudia Reinartz
Direktabrechnung
Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="de", kind="insurer-to-doctor",
        reason="chief physician's private liquidation account (natural person IBAN); no patient")


def m066():
    return mail(
        frm="Unternehmenskommunikation <presse@aurelia-kv.example>",
        to="Redaktion Gesundheitswirtschaft <redaktion@kliniken-aktuell.example>",
        subject="Ihre Anfrage: Entwicklung der Krankenhauskosten",
        body="""Sehr geehrte Frau Beutler,

gern beantworten wir Ihre Fragen:

1. Wie haben sich die Leistungsausgaben für Krankenhausbehandlung bei der
   Aurelia entwickelt?
   2024 lagen sie bei 388 Mio. EUR, ein Plus von 7,8 % gegenüber 2023.
   Treiber sind vor allem die Pflegepersonalkosten (Pflegebudget), höhere
   Basisfallwerte und mehr Fälle in der Kardiologie und Onkologie.

2. Welchen Anteil haben Wahlleistungen?
   Rund 12 % der stationären Ausgaben entfallen auf Wahlleistungen
   (Unterkunft und Chefarztbehandlung).

3. Wie viele Rechnungen werden geprüft?
   Wir prüfen jede Krankenhausrechnung automatisiert, rund 13 % vertieft
   durch Kodierfachkräfte und Beratungsärzte. Die Korrekturquote liegt
   bei etwa 12 % der vertieft geprüften Rechnungen.

Zitate bitte Dr. Ulrich Faßbender, Vorstand Leistung, zuordnen.

Mit freundlichen Grüßen
Kerstin Wolff
Pressestelle Aurelia Krankenversicherung AG
""",
        label="NORMAL", lang="de", kind="insurer-to-partner",
        reason="trap: press answer with hospital cost statistics")


def m067():
    return mail(
        frm="Mehmet Aydın <mehmet.aydin@aurelia-kv.example>",
        to="Dr. Heike Vollmer <heike.vollmer@aurelia-kv.example>",
        subject="Auffälligkeit Nebendiagnosen Rheinaue – 4 Fälle zur Stellungnahme",
        body="""Hallo Heike,

beim Klinikum Rheinaue fällt mir seit Herbst eine Häufung von
Mangelernährung (E44.0) und Dysphagie (R13.9) als Nebendiagnose auf, die
jeweils den PCCL hochzieht. Bitte schau Dir diese vier an, bevor ich die
Rechnungen beanstande:

1) Gertrud Mahlberg, geb. 11.02.1936, Fall 24112007
   HD S72.01 Schenkelhalsfraktur, ND E44.0, R13.9, N39.0
   I08C statt I08D, Differenz 1.842,60 EUR
2) Ewald Pütz, geb. 29.09.1942, Fall 24115230
   HD J18.9 Pneumonie, ND E44.0, E87.1
   E77C statt E77D, Differenz 1.209,14 EUR
3) Irmgard Schönau, geb. 02.04.1938, Fall 24117781
   HD I63.3 Hirninfarkt, ND R13.9, E44.0, F05.1
   B70B statt B70D, Differenz 2.933,40 EUR
4) Bruno Kaltenbach, geb. 14.06.1950, Fall 24119044
   HD K56.6 Ileus, ND E44.0
   G67A statt G67B, Differenz 987,30 EUR

In keinem der Entlassberichte finde ich ein Screening (NRS/MNA) oder eine
Ernährungstherapie.

Gruß
Mehmet
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
        reason="audit list: four named patients with birth dates, ICD codes, DRGs")


def m068():
    csv = """Nachname;Vorname;Titel;EFN;geb.;Klinik
Rothe;Matthias;Dr. med.;276 0123 4569 0012 1;14.04.1971;Klinikverbund Bergisch Land
Albers;Silke;Dr. med.;276 0987 1122 0045 7;03.09.1980;St.-Vinzenz-Krankenhaus Lindenfeld
Pohl;Andreas;Dr. med.;276 0555 3011 0873 2;27.11.1976;Universitätsklinikum Nordstadt
Seibt;Marion;Dr. rer. pol.;–;18.01.1969;Klinikum Rheinaue
"""
    return mail(
        frm="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        to="Ärztekammer Nordrhein – Fortbildung <fortbildung@aekno-test.example>",
        subject="Anerkennung Fortbildungspunkte – Teilnehmende Fachtag Wahlleistungen 06.03.",
        body="""Sehr geehrte Damen und Herren,

für unseren Fachtag "Wahlleistungen rechtssicher abrechnen" am 06.03.2025
(VNR 2760602025123450012, 4 Punkte Kategorie A) übermitteln wir Ihnen wie
gefordert die Teilnehmerliste mit EFN zur Gutschrift. Für Teilnehmende
ohne EFN haben wir das Geburtsdatum zur Zuordnung ergänzt.

Mit freundlichen Grüßen
Sabine Kettler
Aurelia Krankenversicherung AG
""",
        atts=[("Teilnehmer_Fachtag_2025-03-06.csv", csv)],
        label="CONFIDENTIAL", lang="de", kind="insurer-to-partner",
        reason="attendee list of hospital doctors with birth dates (CSV)")


def m069():
    return mail(
        frm="Priya Raman <priya.raman@aurelia-kv.example>",
        to="Business Office <business@clinica-algarve.example>",
        subject="Direct billing agreement – onboarding checklist",
        body="""Dear Dr. Mendes,

thank you for your interest in joining the Aurelia direct billing network.
To get started, we need the following from your hospital:

[ ] Signed direct billing agreement (attached to our last e-mail)
[ ] Certificate of registration with the health authority (ERS)
[ ] Price list for international patients 2025 (room categories, ICU,
    operating theatre per hour, standard packages e.g. appendectomy,
    normal delivery, C-section, hip replacement)
[ ] Bank details on company letterhead, signed by two authorised persons
[ ] Name and e-mail of the contact for guarantees of payment (24/7)
[ ] Confirmation that medical reports can be sent in English
[ ] Your secure upload or encrypted e-mail solution

Please do NOT send patient documents to this address; for ongoing cases
use the secure channel that we will set up with you after signing.

Kind regards
Priya Raman
International Claims / Provider Network
Aurelia Krankenversicherung AG
""",
        label="NORMAL", lang="en", kind="insurer-to-hospital",
        reason="trap: provider onboarding checklist mentioning C-section, hip replacement prices")


def m070():
    return mail(
        frm="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        to="Billing <billing@airmed-rescue.example>",
        subject="Invoice AMR-25-0193 – flight PMI → CGN 18/02/2025",
        body="""Dear Mr Brandt,

we have checked your invoice AMR-25-0193 of EUR 21,480.00 for the air
ambulance transfer of our insured Mrs Lieselotte Haberkamp (born
14/03/1941) from Palma de Mallorca to Cologne on 18 February.

The flight report and the medical escort protocol confirm the transport
on a stretcher with oxygen (3 l/min) after her community-acquired
pneumonia (J18.1) with respiratory insufficiency. Everything is in line
with our cost approval of 13 February, except:

- "ICU-capable configuration" surcharge EUR 1,900.00: the approval was for
  standard configuration; the physician's report states no ventilation
  or catecholamines were needed. We will not pay this item.

We will therefore pay EUR 19,580.00 within 14 days.

Kind regards
Anja Weißhaupt
Rehabilitation & Patient Transport, Aurelia Krankenversicherung AG
""",
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-company",
        reason="air ambulance invoice: named patient, DOB, pneumonia J18.1, oxygen")

def m071():
    letter = [
        "Aurelia Krankenversicherung AG · Kaiser-Otto-Ring 12 · 50667 Köln · Germany",
        "To the Embassy of the Federal Republic of Germany, Visa Section, Bangkok",
        "Cologne, 4 March 2025",
        "Letter of invitation – business visit",
        "We hereby invite Ms Nattaya Chaiwong, born 09 November 1987, Thai passport no. AC4410927,",
        "Revenue Cycle Manager at Bangkok Riverside Hospital, to visit our head office in Cologne",
        "from 12 to 16 May 2025 for working meetings on our direct billing agreement.",
        "Aurelia Krankenversicherung AG will bear the costs of accommodation (Hotel am Ring, Cologne).",
        "Travel costs are borne by her employer. Ms Chaiwong will return to Thailand after the visit.",
        "Contact: Priya Raman, International Claims, +49 221 98455-3262",
        "Sincerely,",
        "Sabine Kettler, Head of Hospital Benefits        Priya Raman, International Claims",
    ]
    return mail(
        frm="Priya Raman <priya.raman@aurelia-kv.example>",
        to="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        subject="Einladungsschreiben Visum Khun Nattaya – bitte unterschreiben",
        body="""Hi Sabine,

anbei das Einladungsschreiben für die Botschaft in Bangkok – the hospital
needs the original signed by two people by 14 March, sonst klappt der
Termin im Mai nicht. Passnummer und Geburtsdatum hat mir Khun Nattaya
heute geschickt, I double-checked against the passport copy.

Kannst Du morgen früh unterschreiben? Dann geht es per Kurier raus.

Danke! Priya
""",
        atts=[("Invitation_Chaiwong_Visa.pdf", pdf(letter, "Invitation letter"))],
        label="CONFIDENTIAL", lang="mixed", kind="internal",
        reason="visa invitation (PDF): hospital manager's birth date and passport number")


def m072():
    return mail(
        frm="Mehmet Aydın <mehmet.aydin@aurelia-kv.example>",
        to="Birgit Hahn <birgit.hahn@aurelia-kv.example>",
        cc="sabine.kettler@aurelia-kv.example",
        subject="Antrag Nebentätigkeit – Lehrauftrag Medizincontrolling SoSe 2025",
        body="""Hallo Frau Hahn,

hiermit beantrage ich die Genehmigung einer Nebentätigkeit:

  Art:        Lehrauftrag "Kodierung und Abrechnung im G-DRG-System"
  Auftraggeber: Rheinische Fachhochschule für Gesundheitsberufe (fiktiv)
  Umfang:     2 SWS, Sommersemester 2025 (14 Termine, jeweils samstags)
  Vergütung:  48,00 EUR je Lehrveranstaltungsstunde, insgesamt ca.
              1.344,00 EUR zzgl. Prüfungsvergütung ca. 400,00 EUR

Eine Interessenkollision sehe ich nicht, es werden keine Fälle oder Daten
der Aurelia verwendet. Frau Kettler ist informiert und einverstanden.

Viele Grüße
Mehmet Aydın
""",
        label="CONFIDENTIAL", lang="de", kind="internal",
        reason="employee side income (teaching fee amounts)")


def m073():
    return mail(
        frm="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        to="Bestattungshaus Klee <info@bestattungen-klee.example>",
        cc="Ursula Brandes <u.brandes@heimnetz.example>",
        subject="Überführung Herr Gerhard Brandes – Kostenzusage",
        body="""Sehr geehrter Herr Klee,

wie heute mit Frau Brandes besprochen, bestätigen wir die Übernahme der
Überführungskosten für ihren verstorbenen Ehemann, Herrn Gerhard Brandes
(geb. 05.05.1947, Vers.-Nr. 102 445 871), aus der Reha-Klinik Am Kurpark
in Bad Selten nach Bergisch Gladbach.

Herr Brandes ist am 21.03.2025 während der kardiologischen Anschluss-
heilbehandlung an einem erneuten Herzinfarkt verstorben. Sein Tarif
(Reha-Baustein R-Plus) sieht die Überführung bei Tod während einer
stationären Reha bis 2.500,00 EUR vor.

Bitte senden Sie Ihre Rechnung mit Kopie der Sterbeurkunde an uns,
Vorgangsnummer LS-2025-002291. Die Kosten der Bestattung selbst sind nicht
versichert.

Frau Brandes, noch einmal unser herzliches Beileid.

Mit freundlichen Grüßen
Anja Weißhaupt
Reha & Krankentransport
Aurelia Krankenversicherung AG
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
        reason="transfer of a deceased insured: cause of death (myocardial infarction) during rehab")


def m074():
    return mail(
        frm="Claudia Reinartz <claudia.reinartz@aurelia-kv.example>",
        to="Patientenabrechnung <abrechnung@vinzenz-lindenfeld.example>",
        cc="lukas.sommer@aurelia-kv.example",
        subject="Testabrechnung Direktabrechnung – Freigabe für Produktion",
        body="""Sehr geehrte Frau Jansen,

die Testabrechnung über unseren Testfall ist erfolgreich durchgelaufen:

  Testpatientin:   Erika Musterfrau (fiktiv), Testkarte 999 000 017
  Aufnahme:        02.01.2025, Entlassung 06.01.2025
  DRG:             G24C (Testdatensatz), Wahlleistung Zweibettzimmer
  Rechnungsbetrag: 4.321,00 EUR (Testbetrag, keine Zahlung)

Alle Segmente (Aufnahme, Entlassung, Rechnung, Wahlleistung) wurden
korrekt verarbeitet, die Zahlungsavis-Datei kam bei Ihnen an.

Damit können Sie ab 01.04.2025 produktiv über die Schnittstelle abrechnen.
Bitte stornieren Sie den Testfall in Ihrem KIS, damit er nicht versehentlich
in eine Mahnung läuft.

Mit freundlichen Grüßen
Claudia Reinartz
Direktabrechnung
Aurelia Krankenversicherung AG
""",
        label="NORMAL", lang="de", kind="insurer-to-hospital",
        reason="trap: test billing with fictitious test patient 'Erika Musterfrau'")


def m075():
    return mail(
        frm="Mehmet Aydın <mehmet.aydin@aurelia-kv.example>",
        to="Sanne de Vries <sanne@devries-coding.example>",
        subject="RE: Factuur 2025-03 – DRG audit support",
        body="""Hi Sanne,

many thanks, the review of the cardiology cases was very helpful.

Our accounts payable team needs your details confirmed once before we can
pay invoice 2025-03 (EUR 4,200.00, 6 days at EUR 700.00, reverse charge):

  Name: S. M. de Vries (eenmanszaak)
  KvK: 81277034
  BTW-id: NL004419872B21
  IBAN: NL51 INGB 0004 5671 23

If that is all correct, just reply "ok" and it goes into the next payment
run.

Cheers
Mehmet
""",
        label="CONFIDENTIAL", lang="en", kind="insurer-to-supplier",
        reason="Dutch sole proprietor: VAT ID, IBAN, fee")


def m076():
    rows = [
        ["Large inpatient claims > EUR 250,000 – 2024 (anonymised)", "", "", "", ""],
        ["ID", "age band", "sex", "MDC", "paid EUR"],
        ["LC-01", "0-4", "m", "15 Newborns", 612400],
        ["LC-02", "40-59", "f", "17 Haematology/oncology", 488110],
        ["LC-03", "60-79", "m", "PRE (ventilation > 999 h)", 451920],
        ["LC-04", "60-79", "m", "05 Circulatory system", 318700],
        ["LC-05", "60-79", "f", "PRE (ventilation > 499 h)", 297300],
        ["LC-06", "20-39", "m", "21A Polytrauma", 276050],
        ["", "", "", "", ""],
        ["No names, dates of birth, hospitals or admission dates. Cases with n<3 per age band/MDC in other years merged.", "", "", "", ""],
    ]
    return mail(
        frm="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        to="Health Treaty Team <health.treaty@nordre-re.example>",
        subject="Large claims 2024 – anonymised list",
        body="""Dear Mr Lindahl,

as announced, attached is the anonymised large-claims list for 2024 in
the agreed format. Six claims exceeded the threshold, total EUR 2.44m.

Best regards
Sabine Kettler
""",
        atts=[("large_claims_2024_anon.ods", ods(rows, "2024"))],
        label="NORMAL", lang="en", kind="insurer-to-partner",
        reason="trap: anonymised large claims (age bands, MDC) for reinsurer, ODS")


def m077():
    return mail(
        frm="Jonas Brückner <jonas.brueckner@aurelia-kv.example>",
        to="Dr. Heike Vollmer <heike.vollmer@aurelia-kv.example>",
        subject="WG: Mitral valve surgery in Hamburg – coverage?",
        body="""Heike, englischsprachiger Kunde (Vertrag 230 118 407), fragt
vorab nach Kostenübernahme für eine minimalinvasive Mitralklappen-Rekon-
struktion im Herzzentrum. Einbettzimmer ist im Tarif drin. Sprichst Du
mit ihm wegen Zweitmeinung? Ich antworte ihm dann auf Englisch.
Jonas

-------- Forwarded Message --------
From: Alastair McKenzie <al.mckenzie@scotmail.example>
To: leistung@aurelia-kv.example
Subject: Mitral valve surgery in Hamburg – coverage?

Hello,

I have been living in Germany for 12 years and am insured with you. My
cardiologist (Dr. Sommerfeld, Düsseldorf) has diagnosed severe mitral
regurgitation (grade III, prolapse of the posterior leaflet) and
recommends minimally invasive mitral valve repair. I would like to have
it done by Prof. Hansen at the Herzzentrum Hamburg-Alster, who I am told
only treats private patients as a chief physician.

Will you cover the surgery, the single room and the chief physician fees?
Is there anything I have to send in before? I have attached the echo
report.

Many thanks,
Alastair McKenzie
""",
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="customer",
        reason="forwarded customer mail: severe mitral regurgitation, planned heart surgery")


def m078():
    return mail(
        frm="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        to="Facility Management <facility@aurelia-kv.example>",
        subject="Zusätzliche Datenschutztonnen 3. OG – Krankenhausakten",
        body="""Hallo,

wir bräuchten im 3. OG (Flur Leistung Stationär, zwischen 3.12 und 3.18)
zwei zusätzliche verschließbare Datenschutztonnen (240 l, Schutzklasse 3,
Sicherheitsstufe P-4 nach DIN 66399). Durch die Umstellung auf die
elektronische Akte werden in den nächsten 6 Wochen die Papierbestände
Krankenhausrechnungen/Entlassberichte 2018 ausgesondert, das sind ca. 40
Ordner.

Leerung bitte wöchentlich statt 14-tägig bis Ende Mai. Kostenstelle 4120.

Danke!
Sabine Kettler
""",
        label="NORMAL", lang="de", kind="internal",
        reason="trap: order of secure bins for discarding discharge reports, no person")


def m079():
    csv = """Zahlungsavis;AV-2025-0311;Zahltag 11.03.2025;Betrag gesamt 58.412,77 EUR
Rechnungsnr.;Aufnahme;Entlassung;Patient;Klinik-Card;DRG;Rechnungsbetrag;Zahlbetrag;Hinweis
RE-25-004411;10.02.2025;14.02.2025;Katrin Albrecht;912 017 334;G24C;4.988,20;4.988,20;
RE-25-004417;03.02.2025;15.02.2025;Heinrich Seeler;912 003 118;F03B;31.204,10;31.204,10;
RE-25-004502;17.02.2025;19.02.2025;Lena Hofmeister;912 024 661;O60C;3.120,55;3.120,55;inkl. Neugeborenes
RE-25-004519;12.02.2025;21.02.2025;Johann Wirtz;912 008 902;B70D;9.014,70;7.802,44;ND F05.1 gestrichen (Anlage)
RE-25-004530;18.02.2025;25.02.2025;Ilse Derichs;912 011 275;I47C;11.297,48;11.297,48;
"""
    return mail(
        frm="Klinik-Card Service <klinikcard@aurelia-kv.example>",
        to="Finanzbuchhaltung <fibu@klinikum-rheinaue.example>",
        subject="Zahlungsavis AV-2025-0311",
        body="""Sehr geehrte Damen und Herren,

anbei das Zahlungsavis zur heutigen Sammelüberweisung (58.412,77 EUR).
Zu Rechnung RE-25-004519 erhalten Sie die Begründung der Kürzung
gesondert über das Portal.

Klinik-Card Service
Aurelia Krankenversicherung AG
""",
        atts=[("Avis_AV-2025-0311.csv", csv)],
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-hospital",
        reason="payment advice CSV: named patients with stay dates, DRGs (birth, cardiac, stroke)")


def m080():
    return mail(
        frm="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        to="Krankentransport Özdemir <buero@ktw-oezdemir.example>",
        subject="AW: Bußgeldbescheid Fahrer Herr Lukas Jankowski",
        body="""Sehr geehrter Herr Özdemir,

Ihre Bitte, das Bußgeld Ihres Fahrers zu übernehmen, müssen wir ablehnen.

Nach dem Bußgeldbescheid der Stadt Neuss vom 24.02.2025 (Az. 52.3-
118804/25) wurde Herr Lukas Jankowski am 30.01.2025 mit dem Fahrzeug
NE-KÖ 112 auf der B 477 mit 31 km/h zu viel gemessen (Bußgeld 150,00 EUR,
1 Punkt). Das Fahrzeug war als KTW unterwegs, nicht als Einsatzfahrzeug
mit Sonderrechten; eine Eilbedürftigkeit bestand laut Ihrem
Fahrtenprotokoll nicht.

Bußgelder sind keine erstattungsfähigen Transportkosten und auch nicht
Teil unserer Rahmenvereinbarung. Wir bitten um Verständnis.

Mit freundlichen Grüßen
Anja Weißhaupt
Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
        reason="grey zone: named driver's administrative speeding fine; no patient data")

def m081():
    return mail(
        frm="Mehmet Aydın <mehmet.aydin@aurelia-kv.example>",
        to="Medizincontrolling <mdc@klinikverbund-bergisch.example>",
        subject="OPS 2025 – Hinweise aus unserer Rechnungsprüfung",
        body="""Sehr geehrter Herr Dr. Rothe,

wie im Gespräch am 28.01. zugesagt, hier unsere Hinweise zu OPS 2025, die
uns in den ersten Rechnungen aufgefallen sind:

1. 8-98g.- (Komplexbehandlung bei Besiedelung/Infektion mit multi-
   resistenten Erregern): Die Mindestmerkmale wurden präzisiert. Wir
   fordern in Zukunft den Nachweis der Isolierung (Einzelzimmer) an.
2. 8-550.- (Geriatrische frührehabilitative Komplexbehandlung): Die
   wöchentliche Teambesprechung muss je Patient dokumentiert sein, eine
   Sammelliste reicht nicht.
3. 1-204.2 (Lumbalpunktion) wird in einigen Fällen zusätzlich zu einer
   bereits in der Prozedur enthaltenen Diagnostik kodiert.
4. Neue Kodes für die Hybrid-DRG-Leistungen: Bitte achten Sie auf die
   korrekte Fallzuordnung (stationär vs. Hybrid).

Wir würden gern im Herbst einen gemeinsamen Workshop Ihrer Kodierer und
unserer Prüfer anbieten.

Mit freundlichen Grüßen
Mehmet Aydın
DRG-Rechnungsprüfung · Aurelia Krankenversicherung AG
""",
        label="NORMAL", lang="de", kind="insurer-to-hospital",
        reason="trap: OPS catalogue coding notes to a hospital, no patient")


def m082():
    report = [
        "Reha-Klinik Am Kurpark · Kurparkallee 1 · 57399 Bad Selten",
        "Rechnung Nr. RK-25-01877                      Datum: 28.02.2025",
        "Kostenträger: Aurelia Krankenversicherung AG, Vorgang LS-2025-000874",
        "Patient: Herbert Nowicki, geb. 21.12.1955, Vers.-Nr. 315 200 498",
        "Indikation: Anschlussheilbehandlung Kardiologie",
        "Diagnosen: Z95.1 Aortokoronarer Bypass (3-fach, 22.01.2025); I25.13 KHK 3-Gefäß;",
        "           E11.90 Diabetes mellitus Typ 2; I10.00 arterielle Hypertonie",
        "Aufenthalt: 04.02.2025 bis 25.02.2025 (21 Tage)",
        "21 Tage Kardiologie AHB à 206,00 EUR                  4.326,00 EUR",
        "21 Tage Zuschlag Einbettzimmer à 35,00 EUR              735,00 EUR",
        "Gesamt                                              5.061,00 EUR",
        "",
        "Verlängerungsantrag: nicht erforderlich. Entlassung in häusliche Umgebung,",
        "Belastbarkeit 100 Watt im Ergometertest, weitere ambulante Herzgruppe empfohlen.",
    ]
    csv = """Datum;Therapie;Dauer min;Therapeut
04.02.2025;Aufnahmeuntersuchung + Belastungs-EKG;60;Dr. Wenzel
05.02.2025;Ergometertraining;30;M. Bauer
05.02.2025;Diabetesschulung Gruppe;45;DB K. Reich
06.02.2025;Psychokardiologische Einzelgespräch;50;Dipl.-Psych. Lorenz
"""
    return mail(
        frm="Poststelle Leistung <posteingang-leistung@aurelia-kv.example>",
        to="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        subject="Eingang Portal-Upload 28.02.",
        body="""Unterlagen aus dem Portal-Upload, bitte ablegen.

Poststelle
""",
        atts=[("Upload_RK-25-01877.zip", zipf([
            ("RK-25-01877_Rechnung.pdf", pdf(report, "Rechnung RK-25-01877")),
            ("RK-25-01877_Therapieplan.csv", csv),
        ]))],
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="hospital",
        reason="only inside ZIP (PDF+CSV): rehab invoice with birth date, bypass, CHD, diabetes")


def m083():
    text = """AURELIA GROUP – PARTNER & INVESTOR BRIEFING Q4 2024

Health benefits at a glance
- Total benefits paid: EUR 1.21bn (+6.9 %)
- Inpatient hospital treatment: EUR 388m (+7.8 %), share 32 %
- Elective services (single/double room, chief physician): EUR 46m
- Direct billing quota (Klinik-Card): 68 % of hospital invoices
- Average hospital invoice: EUR 7,370 (2023: EUR 6,940)

Drivers
- Nursing staff budget and higher state base rates
- More cardiology and oncology cases in the 60+ population
- Foreign hospital claims back at pre-pandemic level (EUR 21m)

Outlook 2025
We expect inpatient costs to grow by 6–8 %. Premium adjustments in our
full-cost tariffs take effect on 1 January 2025.

This briefing does not contain information about individual customers.
Investor Relations · ir@aurelia-kv.example
"""
    html = "<html><body><pre style=\"font-family:Consolas,monospace\">" + text.replace("&", "&amp;") + "</pre></body></html>\n"
    return mail(
        frm="Aurelia Investor Relations <ir@aurelia-kv.example>",
        to="partner-briefing@aurelia-kv.example",
        subject="Partner & Investor Briefing Q4 2024 – health benefits",
        body=text, html=html,
        label="NORMAL", lang="en", kind="newsletter",
        reason="trap: investor briefing with hospital benefit statistics")


def m084():
    return mail(
        frm="Birgit Hahn <birgit.hahn@aurelia-kv.example>",
        to="Frank Oberdorf <frank.oberdorf@aurelia-kv.example>",
        subject="Candidate for International Claims – Mr Rahimi, interview notes",
        body="""Hi Frank,

summary for tomorrow's decision (please keep within the panel):

Candidate: Omid Rahimi, born 1992-04-30, currently Claims Handler at an
assistance company in Munich (3.5 years, guarantees of payment for
Middle East and Asia; speaks Farsi, Arabic, English, German C1).

Current salary: EUR 51,500 p.a. + EUR 2,400 on-call allowance
Expectation: EUR 58,000
Notice period: 3 months to end of month
References: two, both positive (former team lead called back Monday)

Sabine and I would offer TG 7 / level 1 = approx. EUR 57,200 plus the
on-call allowance under our works agreement. Your view?

Birgit
""",
        label="CONFIDENTIAL", lang="en", kind="internal",
        reason="candidate: birth date, current salary, expectation")


def m085():
    return mail(
        frm="Frank Oberdorf <frank.oberdorf@aurelia-kv.example>",
        to="Foreigners' Billing Dept. <billing.foreign@nemocnice-vinohrady.example>",
        subject="Your invoice 2025/F/00871 – Ms Franziska Oertel",
        body="""Dear Mr Novák,

thank you for your invoice of CZK 148,600 for the emergency admission of
our insured Ms Franziska Oertel (DOB 3 June 2001, insurance no.
509 772 164) from 1 to 4 April 2025.

According to the discharge report she was admitted with acute
appendicitis with localised peritonitis (K35.32) and underwent a
laparoscopic appendectomy on 1 April. The course was uneventful.

The invoice is in order. We will pay the full amount in CZK to the account
stated on your invoice. Please note: Ms Oertel has already paid a deposit
of CZK 20,000 at admission – please refund this deposit to her directly,
as we are paying the total.

Kind regards
Frank Oberdorf
Foreign Hospital Claims, Aurelia Krankenversicherung AG
""",
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-hospital",
        reason="foreign hospital invoice: named patient, DOB, appendicitis K35.32")


def m086():
    return mail(
        frm="Mehmet Aydın <mehmet.aydin@aurelia-kv.example>",
        to="team-pruefung@aurelia-kv.example",
        subject="Prüfleitfaden Nebendiagnosen – Entwurf v0.3 zur Abstimmung",
        body="""Hallo Prüfteam,

hier der Entwurf für die Prüfregeln, die wir in die Regel-Engine übernehmen
wollen. Bitte bis Freitag Kommentare.

Regel ND-01  E44.0/E43 Mangelernährung als ND
             -> anfordern, wenn kein Screening (NRS 2002, MNA) und keine
                Ernährungstherapie im Bericht
Regel ND-02  F05.1 / F05.8 Delir
             -> anfordern, wenn kein CAM-Test oder keine Sitzwache/
                Medikation dokumentiert
Regel ND-03  E87.1 Hyponatriämie
             -> nur akzeptieren mit Laborwert < 130 mmol/l und Therapie
Regel ND-04  J96.0- respiratorische Insuffizienz
             -> BGA-Werte erforderlich
Regel ND-05  R13.- Dysphagie
             -> logopädische Diagnostik nachweisen
Regel ND-06  N17.- akutes Nierenversagen
             -> KDIGO-Stadium anhand Kreatininverlauf prüfen

Hintergrund: Diese sechs Kodes machen in unserer Statistik 61 % aller
beanstandeten Nebendiagnosen aus.

Gruß, Mehmet
""",
        label="NORMAL", lang="de", kind="internal",
        reason="trap: audit rules with ICD codes (delirium, malnutrition), no patient")


def m087():
    return mail(
        frm="Aurelia Krankenversicherung <leistung@aurelia-kv.example>",
        to="Dr. Wilfried Haupt <w.haupt@rheinnet.example>",
        subject="Ihre Chefarztrechnung – Operation durch den Vertreter",
        charset="windows-1252", cte="quoted-printable",
        body="""Sehr geehrter Herr Dr. Haupt,

Sie haben uns die Rechnung der Privatärztlichen Verrechnungsstelle
Rhein (fiktiv) für die wahlärztlichen Leistungen von Prof. Dr. Wenning
während Ihres Aufenthalts im Klinikum Rheinaue eingereicht
(Knie-Totalendoprothese links am 12.03.2025).

Laut OP-Bericht wurde die Operation von Oberarzt Dr. Halbach durchgeführt.
Mit Ihnen wurde vorab eine schriftliche Vertretervereinbarung getroffen,
da Prof. Wenning an diesem Tag auf einem Kongress war. Diese Vereinbarung
liegt uns vor und ist wirksam, weil sie vor der Operation abgeschlossen
wurde und Ihnen die Wahl gelassen wurde, den Eingriff zu verschieben.

Wir erstatten daher die Rechnung über 3.886,12 EUR in voller Höhe
(nach Minderung gemäß § 6a GOÄ).

Mit freundlichen Grüßen
Ihre Aurelia Krankenversicherung
Leistung Stationär
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="insured's knee replacement and chief physician bill (windows-1252)")


def m088():
    return mail(
        frm="Claudia Reinartz <claudia.reinartz@aurelia-kv.example>",
        to="team-stationaer@aurelia-kv.example",
        subject="Geburtstagsliste 2025 – bitte prüfen",
        body="""Hallo ihr Lieben,

damit keiner vergessen wird, hier die aktualisierte Geburtstagsliste für
den Kuchenplan. Wer nicht drauf stehen möchte, sagt mir bitte Bescheid,
dann nehme ich ihn raus.

  Jonas Brückner      03.02.1993
  Lea Marquardt       07.06.1996
  Mehmet Aydın        15.08.1984
  Anja Weißhaupt      29.09.1979
  Tobias Lenz         12.10.1988
  Priya Raman         22.06.1989
  Sabine Kettler      04.12.1972

Der erste Kuchen ist also schon nächste Woche fällig, Jonas! 🎂

Claudia
""",
        label="CONFIDENTIAL", lang="de", kind="internal",
        reason="grey zone: birthday list with full birth dates of named colleagues")


def m089():
    return mail(
        frm="Lukas Sommer <lukas.sommer@aurelia-kv.example>",
        to="IT Klinikum <it-service@klinikum-rheinaue.example>",
        subject="S/MIME – Austausch Domänenzertifikate für die Abrechnung",
        body="""Hallo Herr Freitag,

wie besprochen stellen wir die Kommunikation zwischen Ihrer Patienten-
abrechnung und unserem Krankenhausteam auf Gateway-zu-Gateway-
Verschlüsselung um.

Unser Domänenzertifikat für aurelia-kv.example:
  Aussteller:     Example Trust CA G4 (Testumgebung)
  Gültig bis:     31.05.2027
  SHA-256-Fingerprint:
  4B:7E:19:A2:C0:55:8F:13:EE:90:7A:61:D4:28:3C:B7:
  0F:92:AB:6E:11:C8:54:D9:2A:73:E5:08:BF:46:91:C2

Den Fingerprint bitte telefonisch mit mir abgleichen, bevor Sie das
Zertifikat importieren. Ihr Zertifikat können Sie an diese Adresse
schicken (nur den öffentlichen Schlüssel, .cer oder .pem).

Testmails bitte nur mit Dummy-Inhalt, keine Echtdaten.

Gruß
Lukas Sommer
IT Leistungssysteme
""",
        label="NORMAL", lang="de", kind="insurer-to-hospital",
        reason="trap: S/MIME certificate exchange with a hospital billing department")


def m090():
    rows = [
        ["GCA monthly report – Aurelia – February 2025", "", ""],
        ["KPI", "value", "SLA"],
        ["new cases", 214, ""],
        ["guarantees of payment issued", 61, ""],
        ["median time to GOP (h)", 3.4, "< 6"],
        ["repatriations (air ambulance)", 4, ""],
        ["repatriations (commercial stretcher/seat)", 11, ""],
        ["mortal remains", 1, ""],
        ["calls answered < 20 s", "93.8 %", "> 90 %"],
        ["complaints", 2, ""],
    ]
    return mail(
        frm="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        to="Frank Oberdorf <frank.oberdorf@aurelia-kv.example>, Priya Raman <priya.raman@aurelia-kv.example>",
        subject="GCA February KPIs",
        body="""FYI – GCA February report. All SLAs met, GOP time still improving.
The one mortal remains case was the Canaries one you both know about.

Anja
""",
        atts=[("GCA_KPI_2025-02.xlsx", xlsx(rows, "Feb"))],
        label="NORMAL", lang="en", kind="internal",
        reason="trap: assistance KPI report (repatriations, mortal remains counts), no person")

def m091():
    return mail(
        frm="Tobias Lenz <tobias.lenz@aurelia-kv.example>",
        to="RA Dr. Viktoria Langenfeld <kanzlei@ra-langenfeld.example>",
        subject="AW: Kostennote 2025-041 – Beratung Wahlleistungsvereinbarungen",
        body="""Sehr geehrte Frau Dr. Langenfeld,

vielen Dank für das Gutachten zur Wirksamkeit der Wahlarztketten und die
Kostennote.

Die Kostennote 2025-041 (Stundenhonorar 290,00 EUR x 9,5 Std. =
2.755,00 EUR zzgl. 19 % USt = 3.278,45 EUR) ist freigegeben. Da Sie als
Einzelanwältin abrechnen, bittet die Kreditorenbuchhaltung um Bestätigung
der neuen Verbindung, die auf der Kostennote steht:

  Kontoinhaberin: Dr. Viktoria Langenfeld
  IBAN: DE84 4775 9972 3894 5733 45
  USt-IdNr.: DE 318 556 902

Die bisher hinterlegte Verbindung (Volksbank, endet 0093) löschen wir dann.

Mit freundlichen Grüßen
Tobias Lenz
Vertragsmanagement Krankenhäuser
Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
        reason="sole-practitioner lawyer: IBAN, VAT ID, fee")


def m092():
    return mail(
        frm="Frank Oberdorf <frank.oberdorf@aurelia-kv.example>",
        to="Dr. Heike Vollmer <heike.vollmer@aurelia-kv.example>",
        subject="Málaga – Rückfrage med. Notwendigkeit Intensiv (Fr. Scholten)",
        body="""Hallo Heike,

die Clínica San Telmo will für Frau Scholten 3 Tage Intensivstation
abrechnen (je 3.200 EUR). Laut dem englischen Discharge Summary unten
war sie eher Überwachung. Kannst Du kurz sagen, ob IMC-Satz reicht?
Dann kürze ich auf den Satz aus der Preisliste (1.450 EUR/Tag).

Danke, Frank

--- Auszug Discharge Summary ---
Patient: SCHOLTEN, Birgit – DOB 17/05/1963 – Aurelia policy 288 904 116
Admission: 06/04/2025 via ER – Discharge: 11/04/2025
Diagnosis: Syncope with AV block 2nd degree (Mobitz II) (I44.1),
hypertension. Admitted to ICU for monitoring with transcutaneous pacing
pads on standby; no pacing required. Day 3: implantation of a
dual-chamber pacemaker. Day 4 transferred to ward. Uneventful recovery.
Medication on discharge: ramipril 5 mg 1-0-0, bisoprolol discontinued.
Dr. L. Moreno Vidal, Cardiology
""",
        label="STRICTLY_CONFIDENTIAL", lang="mixed", kind="hospital",
        reason="German mail quoting English discharge summary: AV block, pacemaker, DOB")


def m093():
    return mail(
        frm="Dr. Heike Vollmer <heike.vollmer@aurelia-kv.example>",
        to="team-stationaer@aurelia-kv.example",
        subject="Fallbeispiel für die Schulung am 10.04. (anonymisiert)",
        body="""Liebe Kolleginnen und Kollegen,

für die Schulung "Verweildauer und Fehlbelegung" hier das Fallbeispiel.
Der Fall ist aus mehreren echten Fällen zusammengesetzt und anonymisiert,
Alter und Daten sind verändert. Bitte trotzdem nicht außerhalb der
Schulung weitergeben.

Fall 3:
Ein Mann um die 70 wird elektiv zur Hüft-TEP aufgenommen (I47C, uGVD 3,
mVD 8,6, oGVD 17). Postoperativ unauffälliger Verlauf, Mobilisation am
2. Tag an Unterarmgehstützen. Ab dem 9. Tag wird im Verlauf nur noch
"Warten auf AHB-Platz" dokumentiert. Entlassung am 19. Tag direkt in die
Reha.

Fragen:
1. Ab wann liegt eine sekundäre Fehlbelegung vor?
2. Wie hoch ist der Zuschlag für die Tage über oGVD?
3. Welche Unterlagen fordern Sie an, und was schreiben Sie der Klinik?
4. Was ändert sich, wenn am 7. Tag eine Wundinfektion dokumentiert ist?

Lösungen gibt es in der Schulung.

Heike Vollmer
""",
        label="NORMAL", lang="de", kind="internal",
        reason="trap: anonymised composite training case (hip TEP, age band only)")


def m094():
    rows = [
        ["Expense claim – business trip", "", ""],
        ["Employee", "Priya Raman, staff no. 41922", ""],
        ["Trip", "Bangkok, 17–21 Feb 2025 – provider visits (direct billing)", ""],
        ["Item", "Amount EUR", "Receipt"],
        ["Taxi / Grab (local)", 48.60, "1-6"],
        ["Visa on arrival fee", 0.00, "-"],
        ["Per diem Thailand (4 full days + 2 travel days)", 232.00, "-"],
        ["Working dinner with hospital management (4 persons)", 186.40, "7"],
        ["Total", 467.00, ""],
        ["Pay to", "Priya Raman, IBAN DE56 8090 0075 8137 1819 87", ""],
    ]
    return mail(
        frm="Priya Raman <priya.raman@aurelia-kv.example>",
        to="travel-expenses@aurelia-kv.example",
        subject="Expense claim Bangkok trip 17–21 Feb",
        body="""Hello,

please find attached my expense claim for the Bangkok trip, approved by
Sabine Kettler (see her initials on the scanned receipts which follow by
internal mail). Flights and hotel were booked via the travel agency.

Thanks
Priya
""",
        atts=[("expense_claim_Raman_BKK_2025-02.xlsx", xlsx(rows, "claim"))],
        label="CONFIDENTIAL", lang="en", kind="internal",
        reason="employee expense claim with personal IBAN (XLSX only)")


def m095():
    return mail(
        frm="Priya Raman <priya.raman@aurelia-kv.example>",
        to="Frank Oberdorf <frank.oberdorf@aurelia-kv.example>",
        subject="Glossar DE/EN für die Auslandskliniken – bitte ergänzen",
        body="""Hi Frank,

ich baue gerade das Glossar für unsere Partnerkliniken im Ausland – die
verstehen unsere Begriffe oft nicht. Draft so far:

  Kostenübernahmeerklärung     guarantee of payment (GOP)
  Wahlleistungen               elective services / private amenities
  Chefarztbehandlung           treatment by the head of department
                               (personally by the consultant)
  Einbettzimmer                single room
  Entlassbericht / Arztbrief   discharge summary / discharge letter
  Rechnungsprüfung             invoice review / bill audit
  Fallpauschale (DRG)          DRG case rate
  Verweildauer                 length of stay (LOS)
  Rücktransport                repatriation
  Überführung                  repatriation of mortal remains
  Schweigepflichtentbindung    consent to release medical information

What else? Maybe "AHB" → "follow-up rehabilitation after hospital
discharge"? Und wie übersetzen wir "Direktabrechnung" – "direct billing"
oder "cashless admission"? Die Thais sagen cashless.

Priya
""",
        label="NORMAL", lang="mixed", kind="internal",
        reason="trap: German-English glossary of hospital billing terms")


def m096():
    letter = [
        "Aurelia Krankenversicherung AG – Leistung Stationär",
        "Frau Svenja Hollmann, Am Hang 8, 42799 Leichlingen",
        "Köln, 24.03.2025",
        "Ihre Versicherungsnummer: 509 334 771 – Kostenzusage stationäre psychosomatische Behandlung",
        "Sehr geehrte Frau Hollmann,",
        "wir haben Ihren Antrag und den Befundbericht Ihrer behandelnden Psychiaterin Dr. Kranz geprüft.",
        "Für die stationäre Behandlung Ihrer rezidivierenden depressiven Störung, gegenwärtig schwere Episode (F33.2),",
        "sowie der Essstörung (F50.2) in der Privatklinik Seeblick (fiktiv) erteilen wir eine Kostenzusage für zunächst",
        "6 Wochen ab Aufnahme am 07.04.2025 (Tagessatz 410,00 EUR, Einbettzimmer gemäß Tarif KS1).",
        "Für eine Verlängerung benötigen wir rechtzeitig vor Ablauf einen Zwischenbericht der Klinik.",
        "Wir wünschen Ihnen alles Gute.",
        "Mit freundlichen Grüßen – Aurelia Krankenversicherung AG",
    ]
    return mail(
        frm="Aurelia Krankenversicherung <leistung@aurelia-kv.example>",
        to="Svenja Hollmann <svenja.hollmann@heimnetz.example>",
        subject="Ihr Schreiben vom 14.03.2025",
        body="""Sehr geehrte Frau Hollmann,

anbei erhalten Sie unsere Antwort auf Ihr Schreiben vom 14.03.2025.

Mit freundlichen Grüßen
Ihre Aurelia Krankenversicherung
""",
        atts=[("Schreiben_2025-03-24.odt", odt(letter))],
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="harmless body; ODT only: cost approval for psychosomatic stay, F33.2, F50.2")


def m097():
    return mail(
        frm="Birgit Hahn <birgit.hahn@aurelia-kv.example>",
        to="Entgeltabrechnung <entgelt@aurelia-kv.example>",
        subject="Pfändungs- und Überweisungsbeschluss – Pers.-Nr. 38110",
        body="""Hallo zusammen,

heute ist beim Arbeitgeber folgender Pfändungs- und Überweisungsbeschluss
eingegangen (Original im Personalsekretariat):

  Schuldner:     Pers.-Nr. 38110, Herr Dennis Ketterer (Leistung Stationär)
  Gläubiger:     Autohaus Brühler Ring GmbH (fiktiv), vertreten durch
                 Inkasso Westfalia
  Forderung:     8.412,55 EUR zzgl. Zinsen und Kosten
  Amtsgericht Köln, Az. 284 M 4417/25

Nettoeinkommen März: 2.891,20 EUR, keine Unterhaltspflichten
angegeben -> pfändbarer Betrag nach Tabelle bitte berechnen. Drittschuldner-
erklärung muss innerhalb von 2 Wochen raus, ich bereite sie vor.

Bitte Abführung ab April-Abrechnung auf das Gläubigerkonto laut Beschluss.
Herr Ketterer weiß Bescheid.

Birgit Hahn
""",
        label="CONFIDENTIAL", lang="de", kind="internal",
        reason="wage garnishment of named employee: net income, debt")


def m098():
    return mail(
        frm="Aurelia SecureMail <no-reply@securemail.aurelia-kv.example>",
        to="int-admissions@clinicasantelmo.example",
        subject="You have a new secure message from Aurelia Krankenversicherung",
        body="""Dear recipient,

you have received a new secure message from Aurelia
Krankenversicherung AG.

To read it, please log in to the Aurelia SecureMail portal:
https://securemail.aurelia-kv.example/

If this is your first message, you will receive a one-time password in a
separate message. The message will be available for 90 days.

This is an automatically generated notification. Please do not reply.
""",
        html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="16" style="border:1px solid #ddd"><tr><td>
<img src="https://securemail.aurelia-kv.example/static/logo.png" alt="Aurelia" width="140"><br><br>
<p>Dear recipient,</p>
<p>you have received a new secure message from <b>Aurelia Krankenversicherung AG</b>.</p>
<p><a href="https://securemail.aurelia-kv.example/" style="background:#7a1f3d;color:#fff;padding:8px 14px;text-decoration:none">Read message</a></p>
<p style="font-size:12px;color:#666">If this is your first message, you will receive a one-time password in a separate
message. The message will be available for 90 days. This is an automatically generated notification.
Please do not reply.</p>
</td></tr></table></body></html>
""",
        label="NORMAL", lang="en", kind="insurer-to-hospital",
        reason="trap: secure-message notification to a foreign hospital, no content")


def m099():
    return mail(
        frm="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        to="Dr. Matteo Ferrante <m.ferrante@studio-ferrante.example>",
        subject="Speaker fee – Fachtag Wahlleistungen 6 March",
        body="""Dear Dr. Ferrante,

thank you again for your excellent talk on private hospital billing in
Italy and South Tyrol at our Fachtag.

For the payment of your speaker fee (EUR 1,500.00 plus travel costs of
EUR 388.70) and the German withholding tax procedure for foreign speakers
(§ 50a EStG), our tax department requires the following details – please
check them:

  Name: Dr. Matteo Ferrante, born 27 January 1970 in Bolzano
  Codice fiscale: FRRMTT70A27A952Z
  Address: Via Museo 44, 39100 Bolzano, Italy
  IBAN: IT90 K030 6911 6001 0000 0046 211

Unless you provide a certificate of exemption, 15.825 % will be withheld
and paid to the German tax office on your behalf.

Kind regards
Sabine Kettler
Head of Hospital Benefits, Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="en", kind="insurer-to-partner",
        reason="foreign speaker: birth date, tax code, home address, IBAN, fee")


def m100():
    return mail(
        frm="Jonas Brückner <jonas.brueckner@aurelia-kv.example>",
        to="Neonatologie Sekretariat <neonatologie@ukn.example>",
        subject="Kostenübernahme Neugeborenes – Kind von Frau Daniela Kuhnert",
        body="""Sehr geehrte Damen und Herren,

für das Neugeborene

  Kind: Leon Kuhnert, geb. 27.03.2025 (SSW 29+3, Geburtsgewicht 1.190 g)
  Mutter/Versicherungsnehmerin: Daniela Kuhnert, Vers.-Nr. 412 551 083

bestätigen wir die Kostenübernahme für die Behandlung auf Ihrer
neonatologischen Intensivstation ab Geburt. Das Kind ist rückwirkend ab
Geburt ohne Wartezeiten und Gesundheitsprüfung im Tarif der Mutter
mitversichert (Kindernachversicherung, Anmeldung liegt vor).

Bitte senden Sie uns nach Entlassung die Rechnung (voraussichtlich P65*
bzw. P66*) mit Entlassbericht. Bei einer Verweildauer über 6 Wochen
bitten wir um einen Zwischenbericht.

Mit freundlichen Grüßen
Jonas Brückner
Leistung Stationär
Aurelia Krankenversicherung AG
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-hospital",
        reason="premature newborn's NICU cost coverage: birth date, gestational week, weight")

def m101():
    return mail(
        frm="Vertriebsunterstützung <vertrieb-service@aurelia-kv.example>",
        to="maklerbetreuung-west@aurelia-kv.example",
        subject="Produktinfo KS1/KS2 für Makler – aktualisierte Fassung 2025",
        body="""Liebe Maklerbetreuerinnen und Maklerbetreuer,

hier der abgestimmte Text für die Produktinfo stationär, die Ihr an Eure
Makler weitergeben könnt:

---
Aurelia KS1 – Stationär Premium
- Unterbringung im Einbettzimmer
- Privatärztliche Behandlung durch Chefarzt/Wahlarzt, auch über die
  Höchstsätze der GOÄ hinaus (bis 5-fach bei Begründung)
- freie Krankenhauswahl inkl. Privatkliniken
- Rooming-in für ein Elternteil bei Kindern bis 14
- Krankentransport zum und vom nächstgelegenen geeigneten Krankenhaus
- AHB/Reha im Anschluss an einen Krankenhausaufenthalt: 100 %
- Klinik-Card für die Direktabrechnung

Aurelia KS2 – Stationär Komfort
- wie KS1, jedoch Zweibettzimmer und GOÄ bis zu den Höchstsätzen
---

Beitragsbeispiele nur mit dem Tarifrechner, bitte keine eigenen
Beispielrechnungen in Umlauf bringen.

Viele Grüße
Vertriebsunterstützung
""",
        label="NORMAL", lang="de", kind="internal",
        reason="trap: product information on hospital tariffs (chief physician, single room)")


def m102():
    return mail(
        frm="Frank Oberdorf <frank.oberdorf@aurelia-kv.example>",
        to="Medical Desk <meddesk@gca-assist.example>",
        subject="RE: Case GCA-78812 – Mr Yannick Bergmann, Koh Samui",
        in_reply_to="<gca78812.3@gca-assist.example>",
        body="""Hi team,

thanks for the update. Our position on Mr Bergmann (policy 412 880 237):

- The admission report from Samui Bay Hospital states the scooter accident
  occurred at 02:30 a.m. with a blood alcohol level of 1.9 ‰ and no
  helmet. Injuries: open fracture of the right tibia and fibula (S82.21
  plus S82.41), mild concussion (S06.0).
- The tariff has no general alcohol exclusion for accidents, so we cover
  the medically necessary treatment. Please issue the GOP for the surgery
  (external fixator, later intramedullary nail) up to THB 650,000.
- Repatriation: not before the definitive osteosynthesis. Commercial
  flight with leg rest / business class seat and escort, no air
  ambulance.

He asked you for a second opinion from a German trauma surgeon – please
send the X-rays and CT via your secure channel to our medical advisor.

Frank
""",
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-partner",
        reason="assistance case: named insured, open tibia fracture, blood alcohol, concussion")


def m103():
    return mail(
        frm="Birgit Hahn <birgit.hahn@aurelia-kv.example>",
        to="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        subject="Werkstudentin ab April – Vertragsdaten",
        body="""Hallo Frau Kettler,

der Werkstudentenvertrag für Ihr Team ist vorbereitet:

  Name:          Hanna Leuschner
  geboren:       13.08.2002
  Studiengang:   Gesundheitsökonomie (B.Sc.), TH Köln, 4. Semester
  Einsatz:       Auswertungen Rechnungsprüfung, 15 Std./Woche
                 (in den Semesterferien bis 30 Std.)
  Vergütung:     15,80 EUR/Std., ca. 1.027 EUR/Monat
  Befristung:    01.04.2025 – 31.03.2026
  Steuer-ID:     liegt vor, SV: Werkstudentenprivileg geprüft

Sie bekommt keinen Zugriff auf Echtdaten außer über die pseudonymisierten
Auswertungstabellen, so wie Sie es mit dem Datenschutz abgesprochen
haben. Bitte Vertrag gegenzeichnen, Unterschriftsmappe liegt bei Ihnen.

Viele Grüße
Birgit Hahn
""",
        label="CONFIDENTIAL", lang="de", kind="internal",
        reason="student employee: birth date, hourly pay")


def m104():
    return mail(
        frm="Priya Raman <priya.raman@aurelia-kv.example>",
        to="International Office <intl@clinicamarbella-costa.example>",
        subject="Your price list for international patients 2025",
        body="""Dear Ms Navarro,

thank you for sending the 2025 tariffs. Before we can include you in the
direct billing panel, we have a few questions about the price list:

  Item                                    2024        2025     change
  Single room (per day)                  420 EUR     490 EUR   +16.7 %
  ICU bed (per day)                    2,350 EUR   2,900 EUR   +23.4 %
  Operating theatre (per 30 min)         690 EUR     780 EUR   +13.0 %
  Package: laparoscopic appendectomy   5,900 EUR   6,950 EUR   +17.8 %
  Package: normal delivery, 2 nights   4,100 EUR   4,400 EUR    +7.3 %
  Emergency room visit (level 2)         280 EUR     310 EUR   +10.7 %

The increases for ICU and appendectomy are far above medical inflation
in Spain. Could you explain the reasons? Other clinics on the Costa del
Sol have increased their rates by 5–8 %.

We would also like to agree that the package prices include the surgeon's
and anaesthetist's fees, so that our insured do not receive separate bills.

Kind regards
Priya Raman
Provider Network, Aurelia Krankenversicherung AG
""",
        label="NORMAL", lang="en", kind="insurer-to-hospital",
        reason="trap: foreign clinic price list (appendectomy, delivery packages), no patient")


def m105():
    return mail(
        frm="Jonas Brückner <jonas.brueckner@aurelia-kv.example>",
        to="Aufnahme Fachklinik <aufnahme@fachklinik-waldesruh.example>",
        subject="Kostenzusage Entwöhnungsbehandlung – Herr Marco Stellmacher",
        body="""Sehr geehrte Damen und Herren,

für Herrn Marco Stellmacher, geb. 08.11.1979, Vers.-Nr. 230 556 819,
erteilen wir nach Abschluss des qualifizierten Entzugs im Klinikum
Rheinaue (F10.2, Alkoholabhängigkeitssyndrom) die Kostenzusage für die
stationäre Entwöhnungsbehandlung in Ihrer Fachklinik:

  Aufnahme:   voraussichtlich 14.04.2025 (nahtlose Verlegung)
  Dauer:      zunächst 12 Wochen
  Tagessatz:  laut Vereinbarung 2025 (Sucht): 198,50 EUR
  Unterkunft: Zweibettzimmer (Tarif KS2)

Der Versicherungsnehmer hat der Übermittlung medizinischer Informationen
an uns zugestimmt. Bitte senden Sie uns nach 8 Wochen einen Zwischen-
bericht, falls eine Verlängerung oder Adaption geplant ist.

Mit freundlichen Grüßen
Jonas Brückner
Leistung Stationär
Aurelia Krankenversicherung AG
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-hospital",
        reason="addiction treatment (F10.2) cost approval for named patient with birth date")


def m106():
    return mail(
        frm="Frank Oberdorf <frank.oberdorf@aurelia-kv.example>",
        to="Birgit Hahn <birgit.hahn@aurelia-kv.example>",
        subject="Madrid posting – allowance and tax class",
        body="""Hi Birgit,

a few details for my three-month posting to the GCA office in Madrid
(1 June – 31 August), as discussed:

- Please keep my German salary (EUR 74,800 p.a.) unchanged; the foreign
  allowance of EUR 1,100 per month should be paid separately.
- My tax class is III (married), church tax: none – please check that the
  A1 certificate is requested in time.
- Birth date for the A1 application: 18 October 1976, social insurance
  no. on file.
- My wife will join me for July; I understand her flights are not covered
  – no problem.

Could you send me the posting letter to sign by mid-May?

Thanks
Frank
""",
        label="CONFIDENTIAL", lang="en", kind="internal",
        reason="employee posting: salary, allowance, tax class, marital status, birth date")


def m107():
    return mail(
        frm="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        to="team-stationaer@aurelia-kv.example",
        subject="Beschwerdestatistik Krankenhaus 2024",
        body="""Liebe Kolleginnen und Kollegen,

zur Info die Jahresauswertung des Beschwerdemanagements für unseren
Bereich (2024, in Klammern 2023):

  Beschwerden gesamt Leistung Stationär       214  (189)
  - Kürzung Chefarztrechnung / § 6a GOÄ        71   (58)
  - Einbettzimmer nicht versichert             38   (41)
  - Bearbeitungsdauer > 10 Tage                34   (22)
  - Kostenübernahme Reha abgelehnt             27   (25)
  - Krankentransport                           19   (16)
  - Auslandskrankenhaus                        14   (15)
  - sonstige                                   11   (12)
  Ombudsmann-Verfahren                           6    (4)
  davon zugunsten Kunde                          1    (1)

Die Bearbeitungsdauer macht mir Sorgen, da müssen wir ran. Thema im
Teammeeting am Dienstag.

Sabine
""",
        label="NORMAL", lang="de", kind="internal",
        reason="trap: complaint statistics (rehab refusals, chief physician bills), aggregated")


def m108():
    return mail(
        frm="Aurelia International Claims <international@aurelia-kv.example>",
        to="Claims Dept. <claims@antalya-medicalpark.example>",
        subject="Invoice MP-2025-11820 – Mrs Ayşe Korkmaz – request for medical records",
        body="""Dear Sir or Madam,

we acknowledge receipt of your invoice of EUR 8,760.00 for the inpatient
stay of our insured Mrs Ayşe Korkmaz (born 20/01/1958, policy
301 229 744) from 2 to 6 April 2025.

The invoice lists the diagnosis "acute gastroenteritis with dehydration
(A09.0)" and includes 4 days in the intensive care unit, a CT of the
abdomen, an upper GI endoscopy and 22 infusions. The treatment appears
extensive for this diagnosis. Before we can make any payment, please send:

- the complete medical file including vital signs and laboratory results
  for each day
- the ICU admission criteria met on 2 April
- the endoscopy report and the CT report
- a breakdown of the 22 infusions (substance, volume, date)

Mrs Korkmaz has signed a release of medical confidentiality, a copy is
attached. Please do not contact her directly for payment while our
review is ongoing.

Kind regards
International Claims – Aurelia Krankenversicherung AG
""",
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-hospital",
        reason="foreign invoice audit: named patient, birth date, gastroenteritis A09.0, ICU")


def m109():
    return mail(
        frm="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        to="Birgit Hahn <birgit.hahn@aurelia-kv.example>",
        subject="Arbeitszeugnis Dennis Ketterer – Entwurf",
        body="""Hallo Frau Hahn,

anbei meine Stichpunkte für das qualifizierte Zeugnis von Herrn Ketterer
(Austritt 30.06.2025 auf eigenen Wunsch):

- Herr Dennis Ketterer, geboren am 02.12.1990 in Hürth, war vom
  01.09.2019 bis 30.06.2025 als Sachbearbeiter in der Leistung Stationär
  beschäftigt, zuletzt eingruppiert in TG 6.
- Aufgaben: Kostenübernahmen, Prüfung von Unterkunftszuschlägen,
  Bearbeitung von Auslandsrechnungen Europa
- Leistung: stets zu unserer vollen Zufriedenheit; Verhalten gegenüber
  Vorgesetzten und Kollegen einwandfrei
- Schlussformel: Bedauern, Dank, gute Wünsche

Bitte die Nebentätigkeitsthemen und das, was Sie mir letzte Woche zur
Lohnpfändung gesagt haben, selbstverständlich nicht erwähnen.

Danke!
Sabine Kettler
""",
        label="CONFIDENTIAL", lang="de", kind="internal",
        reason="reference letter draft: employee's birth date, pay grade, mention of garnishment")


def m110():
    return mail(
        frm="Mehmet Aydın <mehmet.aydin@aurelia-kv.example>",
        to="team-pruefung@aurelia-kv.example",
        subject="Raum für den Workshop \"Beatmungsstunden\" am 15.05.",
        body="""Hi,

Raum 3.14 ist am 15.05. leider belegt, wir weichen auf den Schulungsraum
E.02 im EG aus (Beamer + Flipchart vorhanden). 9–12 Uhr wie geplant.

Inhalt kurz: Berechnung der Beatmungsstunden nach DKR 1001, Entwöhnung,
Maskenbeatmung/High-Flow, typische Fehler in den Rechnungen. Bitte
bringt Eure Laptops mit, wir rechnen Übungsfälle (Beispieldaten).

Mehmet
""",
        label="NORMAL", lang="de", kind="internal",
        reason="trap: room booking for a workshop on ventilation hours, no person")

def m111():
    scan = [
        "Universitätsklinikum Nordstadt – Patientenabrechnung – IK 260550093",
        "RECHNUNG Nr. 25-0031874   Datum 07.04.2025   Fall-Nr. 2503318872",
        "Patient: Frieda Lohmann, geb. 26.10.1944, Klinik-Card 912 031 559",
        "Aufnahme 18.03.2025 (Notfall)  Entlassung 02.04.2025  Fachabteilung 0300 Kardiologie",
        "Hauptdiagnose I48.1 Persistierendes Vorhofflimmern",
        "Nebendiagnosen I50.13, N18.4, E11.74, Z95.0",
        "Prozeduren 8-640.0 (Externe elektrische Defibrillation/Kardioversion), 1-268.1",
        "DRG F71A   Bewertungsrelation 1,112   Basisfallwert 4.461,90 EUR",
        "Fallpauschale                                     4.961,63 EUR",
        "Pflegeentgelt 15 Tage x 1,1841 x 250,00 EUR       4.440,38 EUR",
        "Zuschläge (Qualitätssicherung, Ausbildung, Telematik)  178,44 EUR",
        "Gesamtbetrag                                      9.580,45 EUR",
        "[Scan, Seite 1 von 1]",
    ]
    return mail(
        frm="Poststelle Leistung <posteingang-leistung@aurelia-kv.example>",
        to="Jonas Brückner <jonas.brueckner@aurelia-kv.example>",
        subject="AW: Beleg",
        body="""s. Anlage
""",
        atts=[("scan_20250409_0817.pdf", pdf(scan, "Scan"), "application/octet-stream")],
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="hospital",
        reason="body 'AW: Beleg'; scanned hospital invoice as octet-stream PDF: birth date, ICD, DRG")


def m112():
    return mail(
        frm="Lukas Sommer <lukas.sommer@aurelia-kv.example>",
        to="Jakub Wiśniewski <jakub@jw-devstudio.example>",
        subject="RE: Invoice 2025-004 – discharge message parser fixes",
        body="""Hi Jakub,

the fixes for the ETL segment work perfectly, thanks. Invoice 2025-004
(38 hours at EUR 85.00 = EUR 3,230.00, reverse charge) is approved.

Since you invoice as a sole proprietor (jednoosobowa działalność), our
accounts team needs your bank details and tax ID confirmed once:

  Jakub Wiśniewski, JW DevStudio
  NIP: 7792418835
  IBAN: PL51 1140 2004 0000 3702 8144 6251

Please reply with "confirmed" or corrections.

Best
Lukas
""",
        label="CONFIDENTIAL", lang="en", kind="insurer-to-supplier",
        reason="Polish sole proprietor: tax ID, IBAN, fee")


def m113():
    return mail(
        frm="Einkauf Aurelia <einkauf@aurelia-kv.example>",
        to="tenders@medcost-review.example, rfp@claimsaudit-partners.example, bids@hbr-international.example",
        subject="RFP 2025-017: Review of foreign hospital invoices (USA, UAE, Thailand)",
        body="""Dear Sir or Madam,

Aurelia Krankenversicherung AG invites you to submit a proposal for the
review of foreign hospital invoices.

Scope (estimated volumes per year):
- USA: approx. 180 inpatient and 600 outpatient/ER invoices; line-item
  review of UB-04/CMS-1500, coding review (ICD-10-CM, CPT, HCPCS),
  negotiation with providers
- UAE: approx. 140 inpatient invoices
- Thailand: approx. 260 inpatient invoices

Requirements: ISO 27001 certification, processing of health data only
within the EU/EEA or under SCCs, secure file transfer, turnaround < 5
business days, fee model (per invoice and/or share of savings).

Timeline: questions until 16 May, proposals until 6 June 2025,
presentations in week 26. Please send your proposal only via our tender
portal; do not include any patient data in the proposal.

Kind regards
Procurement, Aurelia Krankenversicherung AG
""",
        label="NORMAL", lang="en", kind="insurer-to-supplier",
        reason="trap: tender for foreign invoice review (ICD-10-CM, health data handling)")


def m114():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Aurelia KV//Outlook Export//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:20250522-dkr2025-schulung@aurelia-kv.example
DTSTAMP:20250428T081200Z
DTSTART;TZID=Europe/Berlin:20250522T130000
DTEND;TZID=Europe/Berlin:20250522T163000
SUMMARY:Schulung Deutsche Kodierrichtlinien 2025 (Änderungen)
LOCATION:Schulungsraum E.02
DESCRIPTION:DKR 2025: Änderungen bei Haupt-/Nebendiagnosen\\, Beatmung\\,
 Neugeborene. Referent: M. Aydın
ORGANIZER;CN=Mehmet Aydın:mailto:mehmet.aydin@aurelia-kv.example
ATTENDEE;CN=Team Prüfung:mailto:team-pruefung@aurelia-kv.example
END:VEVENT
END:VCALENDAR
"""
    return mail(
        frm="Mehmet Aydın <mehmet.aydin@aurelia-kv.example>",
        to="team-pruefung@aurelia-kv.example",
        subject="Einladung: Schulung DKR 2025",
        body="""Hallo zusammen,

Einladung zur Schulung DKR 2025 – Teilnahme für alle Prüferinnen und
Prüfer verpflichtend. Unterlagen kommen eine Woche vorher.

Mehmet
""",
        atts=[("einladung.ics", ics)],
        label="NORMAL", lang="de", kind="internal",
        reason="trap: invitation to coding guidelines training (ICS)")


def m115():
    return mail(
        frm="Priya Raman <priya.raman@aurelia-kv.example>",
        to="Travel Management <reisebuero@aurelia-kv.example>",
        subject="Buchung Dienstreise Málaga 02.–05.06. (Frank Oberdorf + ich)",
        body="""Hallo Reisestelle,

bitte folgende Dienstreise buchen (Genehmigung von Frau Kettler hängt im
Workflow DR-2025-0419):

  Zweck: Besuch Partnerkliniken Costa del Sol (Direktabrechnung)
  Flug: CGN–AGP 02.06. morgens, AGP–CGN 05.06. abends, Economy
  Hotel: 3 Nächte, Málaga Zentrum, max. 140 EUR/Nacht

Reisende (Daten für die Airline, bitte wie im Pass):
  1) RAMAN, Priya Lakshmi – geb. 22.06.1989 – Reisepass C7XK41R29
  2) OBERDORF, Frank Michael – geb. 18.10.1976 – Personalausweis L01X8TZ77

Vielfliegernummern haben wir beide nicht.

Danke!
Priya
""",
        label="CONFIDENTIAL", lang="de", kind="internal",
        reason="travel booking: birth dates and passport/ID numbers of two employees")


def m116():
    return mail(
        frm="Frank Oberdorf <frank.oberdorf@aurelia-kv.example>",
        to="foreign-claims@aurelia-kv.example",
        subject="Reminder: exchange rates for foreign hospital invoices",
        body="""Hi all,

after the audit finding last month, a reminder of our rule for converting
foreign hospital invoices:

1. Reimbursement to the insured: ECB reference rate of the invoice date
   (not the payment date, not the credit card statement rate).
2. Payment directly to the hospital: we pay in the invoice currency; the
   EUR amount in the claim file is the bank's rate on the payment day.
3. If the insured proves a worse rate (credit card statement), we pay the
   difference up to 2 % – anything above needs team lead approval.
4. Currencies without ECB reference rate (e.g. AED, EGP, VND): rate of
   our house bank, screenshot into the file.

Thanks
Frank
""",
        label="NORMAL", lang="en", kind="internal",
        reason="trap: internal rule on currency conversion of foreign invoices")


def m117():
    text = """Dear Ms Jäger,

we have processed the invoices for your son's treatment in Canada.

Patient: Niklas Jäger (co-insured, policy 509 118 446)
Hospital: Whistler Valley Health Centre / Vancouver General (fictitious)
Dates: 28/12/2024 – 31/12/2024

  Item                                         CAD        EUR    paid
  Ski patrol & ground ambulance                 1,180     790.60  100 %
  Emergency dept., X-ray, CT (head, wrist)      3,940   2,639.80  100 %
  Inpatient stay 3 days, concussion (S06.0)    14,700   9,849.00  100 %
  Closed reduction distal radius fracture (S52.51) 2,260 1,514.20 100 %
  Cast & orthosis                                 380     254.60  100 %
  Total                                        22,460  15,048.20

The full amount will be transferred to your account ending in 3391.
Please send us the follow-up bill from the orthopaedic surgeon in
Germany as a normal outpatient claim.

Kind regards
Aurelia Krankenversicherung AG – International Claims
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Dear Ms Jäger,</p>
<p>we have processed the invoices for your son's treatment in Canada.</p>
<p>Patient: <b>Niklas Jäger</b> (co-insured, policy 509&nbsp;118&nbsp;446)<br>
Hospital: Whistler Valley Health Centre / Vancouver General (fictitious)<br>
Dates: 28/12/2024 &ndash; 31/12/2024</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Item</th><th>CAD</th><th>EUR</th><th>paid</th></tr>
<tr><td>Ski patrol &amp; ground ambulance</td><td>1,180</td><td>790.60</td><td>100 %</td></tr>
<tr><td>Emergency dept., X-ray, CT (head, wrist)</td><td>3,940</td><td>2,639.80</td><td>100 %</td></tr>
<tr><td>Inpatient stay 3 days, concussion (S06.0)</td><td>14,700</td><td>9,849.00</td><td>100 %</td></tr>
<tr><td>Closed reduction distal radius fracture (S52.51)</td><td>2,260</td><td>1,514.20</td><td>100 %</td></tr>
<tr><td>Cast &amp; orthosis</td><td>380</td><td>254.60</td><td>100 %</td></tr>
<tr><td><b>Total</b></td><td><b>22,460</b></td><td><b>15,048.20</b></td><td></td></tr>
</table>
<p>The full amount will be transferred to your account ending in 3391.</p>
<p>Kind regards<br>Aurelia Krankenversicherung AG &ndash; International Claims</p>
</body></html>
"""
    return mail(
        frm="Aurelia International Claims <international@aurelia-kv.example>",
        to="Corinna Jäger <corinna.jaeger@familie-jaeger.example>",
        subject="Claim INT-2025-00044 – treatment in Canada",
        body=text, html=html,
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="text+HTML table: co-insured son's concussion and radius fracture in Canada")


def m118():
    return mail(
        frm="Unternehmenskommunikation <presse@aurelia-kv.example>",
        to="presseverteiler@aurelia-kv.example",
        subject="PM: Aurelia Klinik-Card jetzt in über 600 Kliniken – auch Reha",
        body="""PRESSEMITTEILUNG

Köln, 14. Mai 2025 – Die Aurelia Krankenversicherung AG baut die
Direktabrechnung mit Krankenhäusern weiter aus: Die Klinik-Card wird
inzwischen von 612 Akutkliniken und 38 Reha-Einrichtungen in Deutschland,
Österreich und Südtirol akzeptiert. Versicherte müssen bei einem
Krankenhausaufenthalt nicht mehr in Vorleistung gehen; die Klinik rechnet
allgemeine Krankenhausleistungen und Wahlleistungen wie Einbettzimmer und
Chefarztbehandlung direkt mit der Aurelia ab.

"Wer ins Krankenhaus muss, hat andere Sorgen als Rechnungen", sagt
Dr. Ulrich Faßbender, Vorstand Leistung. "Mit der Klinik-Card entlasten
wir unsere Kundinnen und Kunden – und die Kliniken bekommen ihr Geld
schneller."

Neu ist die Direktabrechnung auch für Anschlussheilbehandlungen und für
Krankentransporte von Vertragsunternehmen.

Pressekontakt: Kerstin Wolff, presse@aurelia-kv.example
""",
        label="NORMAL", lang="de", kind="newsletter",
        reason="trap: press release on direct billing, board member quote only")


def m119():
    return mail(
        frm="Priya Raman <priya.raman@aurelia-kv.example>",
        to="Carla Mendoza <carla@mendoza-billreview.example>",
        subject="Your 2024 payments – for your 1099",
        body="""Hi Carla,

our US tax advisor will issue the Form 1099-NEC for 2024. For your
records, these are the payments we made to you in 2024:

  Jan–Mar   USD  7,410.00
  Apr–Jun   USD  9,215.00
  Jul–Sep   USD  8,740.00
  Oct–Dec   USD 10,355.00
  Total     USD 35,720.00

paid to your checking account ending 8813. Please let me know by
January 24 if anything doesn't match your books.

Best
Priya
""",
        label="CONFIDENTIAL", lang="en", kind="insurer-to-supplier",
        reason="contractor's annual income from Aurelia (natural person)")


def m120():
    return mail(
        frm="Mehmet Aydın <mehmet.aydin@aurelia-kv.example>",
        to="Medizincontrolling <mdc@klinikverbund-bergisch.example>",
        cc="tobias.lenz@aurelia-kv.example",
        subject="Entwurf Prüfvereinbarung Aurelia/Klinikverbund – Version 2",
        body="""Sehr geehrter Herr Dr. Rothe,

anbei in Kurzform die Änderungen in Version 2 der Prüfvereinbarung:

§ 2 Prüfgegenstand: Rechnungen über allgemeine Krankenhausleistungen und
    Wahlleistungen von Aurelia-Versicherten (Direktabrechnung)
§ 3 Anforderung von Unterlagen: nur über das Portal, Frist 6 Wochen,
    Entlassbericht + OP-Bericht; weitere Unterlagen nur mit Begründung
§ 4 Stichprobe bei DRGs mit Bewertungsrelation < 1,0: 10 %
§ 5 Falldialog: bei Dissens Telefonkonferenz Kodierer/Prüfer vor
    schriftlicher Beanstandung
§ 6 Aufrechnung: keine Verrechnung mit unstrittigen Forderungen
§ 7 Datenschutz: Unterlagen nur mit Schweigepflichtentbindung; Löschung
    6 Monate nach Abschluss der Prüfung, sofern kein Rechtsstreit

Bitte um Rückmeldung bis 30.05.

Mit freundlichen Grüßen
Mehmet Aydın
""",
        label="NORMAL", lang="de", kind="insurer-to-hospital",
        reason="trap: draft audit agreement with a hospital group, no patient")

def m121():
    return mail(
        frm="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        to="Praxisklinik Sonnenhang GbR <verwaltung@reha-sonnenhang.example>",
        subject="Versorgungsvertrag ambulante/stationäre Reha – Angaben zu den Gesellschaftern",
        body="""Sehr geehrte Frau Dr. Meurer,

vielen Dank für die Unterlagen. Da Ihre Einrichtung als GbR betrieben wird,
haften die Gesellschafter persönlich, und wir müssen für den Versorgungs-
vertrag die Gesellschafter als Vertragspartner aufnehmen. Aus Ihren
Unterlagen haben wir übernommen:

  Dr. med. Claudia Meurer, geb. 30.11.1968, Fachärztin für Physikalische
  und Rehabilitative Medizin, Steuer-ID 47 120 883 516
  Dr. med. Stefan Rademacher, geb. 17.05.1972, Facharzt für Orthopädie,
  Steuer-ID 83 556 017 292

  Geschäftskonto der GbR: DE25 7463 5297 3576 9378 09

Bitte bestätigen Sie die Angaben; den Vertragsentwurf erhalten Sie dann
zur Unterschrift.

Mit freundlichen Grüßen
Anja Weißhaupt
Reha & Krankentransport
Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="de", kind="insurer-to-hospital",
        reason="grey zone: rehab clinic run as GbR – partners' birth dates and tax IDs")


def m122():
    return mail(
        frm="Frank Oberdorf <frank.oberdorf@aurelia-kv.example>",
        to="foreign-claims@aurelia-kv.example",
        subject="SwissDRG 2025 – base rates for plausibility checks",
        body="""Hi all,

for Swiss hospital invoices (we get about 300 a year, mostly ski and
mountain accidents), please use the following base rates for the
plausibility check. Swiss hospitals may charge foreign patients a
surcharge, but it must be disclosed on the invoice.

  Canton / hospital group                  base rate 2025 (CHF)
  Graubünden (Kantonsspital, regional)     9,850 – 10,120
  Valais (Hôpital du Valais)               9,780
  Bern (Inselgruppe)                      10,850
  Zürich (USZ)                            11,200
  Private clinics (Hirslanden etc.)       individually agreed

Cost weights: SwissDRG 14.0 catalogue. Ask Mehmet if you need the
grouper – it is installed on the audit server.

Frank
""",
        label="NORMAL", lang="en", kind="internal",
        reason="trap: Swiss DRG base rates for invoice plausibility, no person")


def m123():
    return mail(
        frm="Frank Oberdorf <frank.oberdorf@aurelia-kv.example>",
        to="Ms Ruth Abela <billing@mater-private-valletta.example>",
        subject="RE: RE: Outstanding balance – account 2025-0719",
        in_reply_to="<acct20250719.2@mater-private-valletta.example>",
        body="""Dear Ms Abela,

thanks – payment has been released today, EUR 6,318.00. Please close the
account.

Best regards
Frank Oberdorf

> From: Ruth Abela
> Sent: Tuesday, 13 May 2025 10:12
> Subject: RE: Outstanding balance – account 2025-0719
>
> Dear Mr Oberdorf,
>
> please find below the information you asked for regarding your
> insured Mr Klaus-Dieter Imhoff (DOB 09/09/1950):
>
> He was admitted on 24/04/2025 with a transient ischaemic attack
> (G45.9) and new-onset atrial fibrillation. MRI brain normal, carotid
> Doppler without relevant stenosis. Anticoagulation was started with
> apixaban 5 mg twice daily. Discharged home on 27/04/2025, fit to fly.
> The cardiologist recommends follow-up with his GP in Germany within
> two weeks.
>
> The balance of EUR 6,318.00 is still outstanding. The guarantee was
> issued for EUR 5,000 only, therefore we ask you to extend it.
>
> Kind regards
> Ruth Abela, Patient Accounts
""",
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-hospital",
        reason="short reply; quoted hospital mail: named patient, DOB, TIA G45.9, AF, apixaban")


def m124():
    return mail(
        frm="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        to="team-stationaer@aurelia-kv.example",
        subject="Vertretung diese Woche",
        body="""Hallo zusammen,

Claudia ist bis einschließlich Freitag nicht da. Die Direktabrechnung
übernimmt Jonas, Zahlungsavise bitte erst ab Montag wieder verschicken,
außer es brennt. Die Klinik-Card-Hotline läuft über die Sammelnummer.

Danke euch
Sabine
""",
        label="NORMAL", lang="de", kind="internal",
        reason="trap: colleague absent without reason, deputy arrangement")


def m125():
    return mail(
        frm="Priya Raman <priya.raman@aurelia-kv.example>",
        to="Khun Pimchanok Srisuk <pimchanok.translate@thaimail.example>",
        subject="Payment for interpreting – Feb 17–21",
        body="""Dear Khun Pimchanok,

thank you so much for interpreting at our meetings with the hospitals in
Bangkok. As agreed, we will pay THB 48,000 (5 days at THB 9,600) by
international transfer. To make the transfer, our bank needs:

  Beneficiary: Ms Pimchanok Srisuk
  Bank: Siam Commercial Bank (fictitious branch Silom), SWIFT SICOTHBK
  Account no.: 143-2-88210-7
  Passport no. (required by our bank for payments to individuals
  abroad): AA7720459

Please confirm these details. Thai withholding tax is not deducted by us
– please handle it in your own tax return.

Warm regards
Priya Raman
Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="en", kind="insurer-to-supplier",
        reason="freelance interpreter: bank account, passport number, fee")


def m126():
    return mail(
        frm="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        to="Account Management <accounts@gca-assist.example>",
        subject="Summer peak 2025 – staffing of the medical desk",
        body="""Dear Marta,

based on last year's figures we expect 40–45 % more cases in July and
August (Mediterranean, Turkey, Thailand for the long-term travellers).
Please confirm:

- staffing of the medical desk with at least 2 physicians during
  daytime and 1 physician at night, 7 days a week
- German-speaking case managers on every shift
- escalation to our on-call team for guarantees above EUR 25,000 and for
  every air ambulance, as usual via the duty phone +49 221 98455-3299

We also want to test the new hand-over template for hospital updates
before 1 July. Could we run two test cases with dummy data in June?

Best regards
Anja
""",
        label="NORMAL", lang="en", kind="insurer-to-partner",
        reason="trap: assistance staffing for summer peak, no case data")


def m127():
    return mail(
        frm="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        to="Ralf Borchardt <ralf@borchardt-medcontrolling.example>",
        subject="Beratervertrag Prüfung Intensivmedizin – Eckdaten",
        body="""Lieber Herr Borchardt,

schön, dass es klappt. Hier die Eckdaten für den Beratervertrag, den
unsere Rechtsabteilung aufsetzt:

  Auftragnehmer: Ralf Borchardt, Medizincontroller (freiberuflich)
  Anschrift: Schillerstr. 8, 44787 Bochum
  Leistung: Zweitprüfung von Intensiv-DRGs (A-DRGs) und Beatmungsfällen,
            ca. 6 Tage/Monat, remote, Zugriff nur über unseren VDI
  Tagessatz: 1.150,00 EUR netto, Reisekosten nach Aufwand
  Laufzeit: 01.07.–31.12.2025, Verlängerungsoption
  Bankverbindung lt. Ihrer Angabe: DE55 2760 4515 4724 4640 22
  Steuernummer: 306/5112/4408

Eine Verpflichtung auf das Datengeheimnis und nach § 203 StGB
(mitwirkende Person) unterschreiben Sie bitte zusammen mit dem Vertrag.

Viele Grüße
Sabine Kettler
""",
        label="CONFIDENTIAL", lang="de", kind="insurer-to-supplier",
        reason="freelance consultant: home address, IBAN, tax number, day rate")


def m128():
    return mail(
        frm="Jonas Brückner <jonas.brueckner@aurelia-kv.example>",
        to="team-stationaer@aurelia-kv.example",
        subject="Textbausteine Ablehnung Unterkunftszuschlag – neue Fassung",
        body="""Hallo zusammen,

nach den Beschwerden zur Verständlichkeit hier die neuen Bausteine. Sie
sind ab morgen in der Textverarbeitung unter "STAT-U-*" hinterlegt.

STAT-U-01 (Tarif ohne Einbettzimmer):
"Sie sind bei uns im Tarif «Tarif» versichert. Dieser umfasst bei
stationärer Behandlung das «Zimmerart_versichert». Für das Einbettzimmer
erstatten wir deshalb den Betrag, der für ein «Zimmerart_versichert»
angefallen wäre: «Anzahl_Tage» x «Satz» EUR = «Erstattung» EUR."

STAT-U-02 (Zuschlag über der Gemeinsamen Empfehlung):
"Die Klinik berechnet für das Einbettzimmer «Betrag_Klinik» EUR je Tag.
Nach der Bewertung der Ausstattung ist ein Zuschlag von «Betrag_Aurelia»
EUR angemessen. Diesen Betrag erstatten wir. Sie können die Klinik auf
unsere Bewertung hinweisen."

STAT-U-03 (keine Wahlleistungsvereinbarung vor Leistungsbeginn):
"Die Wahlleistungsvereinbarung wurde erst am «Datum_WLV» und damit nach
der Aufnahme am «Aufnahmedatum» unterschrieben. ..."

Gruß
Jonas
""",
        label="NORMAL", lang="de", kind="internal",
        reason="trap: letter text modules with «placeholders»")


def m129():
    return mail(
        frm="Priya Raman <priya.raman@aurelia-kv.example>",
        to="Dr. Heike Vollmer <heike.vollmer@aurelia-kv.example>",
        subject="Hurghada – hyperbaric chamber invoice, Mr Tobias Renner",
        body="""Hi Heike,

could you have a look at this one before I approve? The Red Sea
Hyperbaric Centre invoices EUR 11,400 for our insured Mr Tobias Renner
(born 1988-07-14, policy 412 903 385):

- dive on 2 May, rapid ascent from 32 m after running out of air
- decompression sickness type II (T70.3): paraesthesia in both legs,
  bladder dysfunction on arrival
- 5 hyperbaric oxygen sessions (US Navy Table 6 + 4 x Table 5),
  2 nights in the attached clinic, MRI spine

The sessions look medically justified to me, but EUR 1,600 per session
is at the top of what we see in Egypt. Do you see any reason why 5
sessions would be needed? He is back in Germany now and wants to know
if he needs a neurologist follow-up.

Thanks!
Priya
""",
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="internal",
        reason="decompression sickness T70.3 with neurological symptoms of named insured, DOB")


def m130():
    rows = [
        ["Planung Leistungsausgaben stationär 2025 (Mio. EUR)", "", "", ""],
        ["Position", "Ist 2024", "Plan 2025", "Veränderung"],
        ["Allgemeine Krankenhausleistungen (DRG/PEPP)", 262.4, 281.0, "+7,1 %"],
        ["Pflegebudget / Pflegeentgelte", 71.8, 79.3, "+10,4 %"],
        ["Wahlleistung Unterkunft", 19.6, 20.4, "+4,1 %"],
        ["Wahlleistung Chefarzt (GOÄ)", 26.2, 27.5, "+5,0 %"],
        ["Reha / AHB", 18.9, 20.1, "+6,3 %"],
        ["Krankentransport", 6.4, 6.9, "+7,8 %"],
        ["Ausland", 21.0, 22.5, "+7,1 %"],
        ["Einsparung Rechnungsprüfung", -14.2, -15.0, ""],
        ["Summe", 412.1, 442.7, "+7,4 %"],
    ]
    return mail(
        frm="Controlling Leistung <controlling-leistung@aurelia-kv.example>",
        to="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        subject="Budgetplanung 2025 stationär – zur Abstimmung",
        body="""Hallo Frau Kettler,

anbei der Planungsentwurf für 2025. Bitte prüfen Sie insbesondere die
Annahme beim Pflegebudget und die Einsparung aus der Rechnungsprüfung.
Abgabe an den Vorstand am 30.10.

Viele Grüße
Controlling Leistung
""",
        atts=[("Planung_stationaer_2025.ods", ods(rows, "Plan 2025"))],
        label="NORMAL", lang="de", kind="internal",
        reason="trap: budget planning for hospital benefits, aggregated")

def m131():
    return mail(
        frm="Birgit Hahn <birgit.hahn@aurelia-kv.example>",
        to="Entgeltabrechnung <entgelt@aurelia-kv.example>",
        cc="sabine.kettler@aurelia-kv.example",
        subject="Neueintritt 01.06. – Mr Omid Rahimi / Daten für die Entgeltabrechnung",
        body="""Hallo Entgelt-Team,

Herr Rahimi hat unterschrieben. Er spricht gut Deutsch, hat aber gebeten,
dass Schriftverkehr zur Abrechnung zusätzlich auf Englisch kommt – please
send him the payslip explanation in English in his first month.

  Name:              Omid Rahimi
  Date of birth:     30.04.1992
  Steuer-ID:         57 204 119 836
  Steuerklasse:      I, keine Kirchensteuer
  SV-Nummer:         65 300492 R 011
  Jahresgehalt:      57.200 EUR (TG 7/1) + Rufbereitschaftspauschale
  IBAN:              DE19 8381 1288 6961 4098 84

Thanks & Gruß
Birgit
""",
        label="CONFIDENTIAL", lang="mixed", kind="internal",
        reason="new hire payroll data: birth date, tax ID, SV number, salary, IBAN (no health content)")


def m132():
    return mail(
        frm="Aurelia Kundenservice <service@aurelia-kv.example>",
        to="Robert Hill <robert.hill@expatnet.example>",
        subject="Re: What to do if I need a hospital abroad?",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Mr Hill,</p>
<p>thank you for your question. Here is our general information for travellers &ndash;
please keep it with your travel documents:</p>
<ol>
<li><b>In an emergency:</b> go to the nearest suitable hospital. Show your Aurelia insurance card and
call our 24/7 assistance line <b>+49 221 98455-3260</b>. We will issue a guarantee of payment to the
hospital so that you do not have to pay large amounts yourself.</li>
<li><b>If you have to pay:</b> keep itemised invoices and the medical report (diagnosis, treatment).
Submit them via the Aurelia app.</li>
<li><b>Return transport:</b> medically necessary and medically reasonable repatriation is covered in
tariffs with travel cover. Please never book an air ambulance yourself &ndash; our assistance partner
organises it.</li>
<li>Within the EU, a public hospital may ask for your EHIC; your private insurance card is usually
accepted as well.</li>
</ol>
<p>If you want to check what your own tariff covers, please log in to the
<a href="https://kunden.aurelia-kv.example/">customer portal</a> or call us.</p>
<p>Kind regards<br>Aurelia Customer Service</p>
</body></html>
""", html_only=True,
        label="NORMAL", lang="en", kind="insurer-to-customer",
        reason="trap: generic travel hospital FAQ to a prospect/customer, no contract or health data")


def m133():
    return mail(
        frm="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        to="Dr. Matthias Rothe <m.rothe@klinikverbund-bergisch.example>",
        subject="Honorar Vortrag Fachtag 06.03. – Angaben für die Auszahlung",
        body="""Lieber Herr Dr. Rothe,

vielen Dank noch einmal für Ihren Vortrag zur Wahlarztkette aus Sicht
des Medizincontrollings. Sie hatten darum gebeten, dass das Honorar an
Sie persönlich und nicht an den Klinikverbund geht (Nebentätigkeit
genehmigt).

Für die Auszahlung haben wir erfasst:

  Honorar: 800,00 EUR (umsatzsteuerfrei, Kleinunternehmer)
  Empfänger: Dr. Matthias Rothe, Kirchweg 23, 42119 Wuppertal
  IBAN: DE49 6119 2357 6202 9500 41
  Steuer-ID: 29 441 870 613 (für die Mitteilung ans Finanzamt)

Bitte kurz bestätigen, dann wird die Zahlung angewiesen.

Herzliche Grüße
Sabine Kettler
""",
        label="CONFIDENTIAL", lang="de", kind="insurer-to-partner",
        reason="hospital doctor's personal speaker fee: home address, IBAN, tax ID")


def m134():
    return mail(
        frm="Mehmet Aydın <mehmet.aydin@aurelia-kv.example>",
        to="Betrugsprävention <fraud@aurelia-kv.example>",
        cc="sabine.kettler@aurelia-kv.example",
        subject="Verdachtsfall Rechnungsmanipulation Privatklinik – bitte prüfen",
        body="""Hallo Kollegen,

ich melde einen Verdachtsfall aus der Rechnungsprüfung:

Privatklinik Dr. Falkenrath, Rechnung 25-0417, Versicherter Herr
Karl-Josef Breuer, geb. 01.03.1961, Vers.-Nr. 301 660 428

- abgerechnet: stationärer Aufenthalt 10.03.–17.03.2025, DRG I10D
  (Bandscheibe, OPS 5-831.0), Einbettzimmer 7 Tage, Chefarzt
- Herr Breuer hat uns am 19.03. von sich aus angerufen: er sei nur am
  10.03. zur periradikulären Therapie (PRT) da gewesen und am selben Tag
  nach Hause gegangen, also ambulant. Die Diagnose (lumbale Radikulopathie,
  M54.16) stimme, eine Operation habe es nicht gegeben.
- Im OP-Bericht, den die Klinik geschickt hat, ist als Operateur Dr.
  Johanna Falkenrath angegeben, Schnitt 09:12 Uhr – laut Patient war er um
  diese Zeit beim Röntgen.

Der Patient ist bereit, das schriftlich zu bestätigen. Bisher keine Zahlung
geleistet. Ich habe noch zwei weitere auffällige Fälle der Klinik, schicke
ich nach Rücksprache.

Gruß
Mehmet
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
        reason="fraud suspicion: named insured, birth date, radiculopathy M54.16, treatment details")


def m135():
    return mail(
        frm="Tobias Lenz <tobias.lenz@aurelia-kv.example>",
        to="team-stationaer@aurelia-kv.example",
        subject="Notes: call with Privatklinik-Gruppe Alpenland (AT) – direct billing",
        body="""Kurze Notizen vom Call heute, participants: Mag. Huber (CFO),
Ms Kelly (group revenue), Priya und ich.

- Alpenland wants to join the Klinik-Card network with all 4 Austrian
  sites from 01.10. Sonderklasse-Tarife (Einbett/Zweibett) laut
  ihrer Preisliste 2025, wir schicken Gegenvorschlag.
- Ärztehonorare: in AT über die Sonderklasse-Gebühren abgerechnet, kein
  GOÄ – we need a mapping for our system, Mehmet to check.
- Invoices in EUR, electronic via our portal, medical reports in German.
- Open point: who bears the "Anstaltsgebühr" for patients without E-card?
  Ms Kelly will send their legal opinion.

Next call: 26.06., 15:00.

Tobias
""",
        label="NORMAL", lang="mixed", kind="internal",
        reason="trap: meeting notes on direct billing contract with foreign hospital group")


def m136():
    return mail(
        frm="Birgit Hahn <birgit.hahn@aurelia-kv.example>",
        to="Team Lead Claims <j.morales@assist-munich.example>",
        subject="Reference request – Mr Omid Rahimi",
        body="""Dear Mr Morales,

Mr Omid Rahimi has applied for a position with us and has named you as a
referee; his written consent is attached.

Could you briefly confirm the following, by e-mail or phone?

1. Employment from 01/2021 to date as Claims Handler (GOP, Middle East/
   Asia)
2. His statement that his current base salary is EUR 51,500 p.a. plus an
   on-call allowance of EUR 2,400 p.a.
3. Your general assessment of his work and reliability.

We will treat your information confidentially and use it only for this
application.

Kind regards
Birgit Hahn
HR Services, Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="en", kind="insurer-to-company",
        reason="reference check disclosing candidate's salary")


def m137():
    return mail(
        frm="Aurelia SecureMail <no-reply@securemail.aurelia-kv.example>",
        to="international@bkk-riverside.example",
        subject="Your one-time password for Aurelia SecureMail",
        body="""Dear recipient,

your one-time password for the first login to Aurelia SecureMail is:

    7Kq-42m-Rx9

The password is valid for 7 days. After the first login you will be asked
to set a personal password and a security question.

If you did not expect this message, please contact
securemail-support@aurelia-kv.example.
""",
        label="NORMAL", lang="en", kind="insurer-to-hospital",
        reason="trap: one-time password for portal, no personal data")


def m138():
    return mail(
        frm="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        to="Geschäftsführung <gf@rettungsdienst-mittelrhein.example>",
        subject="Rahmenvereinbarung Krankentransport 2025 – Entwurf",
        body="""Sehr geehrter Herr Kolb,

anbei die wesentlichen Punkte der Rahmenvereinbarung, wie am 03.04.
besprochen:

§ 1  Leistungen: qualifizierter Krankentransport (KTW), Tragestuhl-
     transporte, Verlegungsfahrten zwischen Krankenhäusern und in
     Reha-Einrichtungen; keine Notfallrettung
§ 2  Voraussetzung: ärztliche Verordnung; Serienfahrten (z. B. Dialyse,
     Strahlen-/Chemotherapie) nur mit vorheriger Genehmigung
§ 3  Vergütung: Grundpauschale 95,00 EUR, 2,35 EUR je Besetzt-km,
     Wartezeit je angefangene 15 min 14,00 EUR, max. 56,00 EUR
§ 4  Direktabrechnung monatlich per Sammelrechnung über das Portal
§ 5  Datenschutz/Schweigepflicht: Fahrer und Begleitpersonal werden auf
     § 203 StGB verpflichtet; Patientendaten nur über das Portal
§ 6  Laufzeit: 01.07.2025 – 30.06.2027

Die GmbH-Bankverbindung übernehmen wir aus Ihrem Briefkopf.

Mit freundlichen Grüßen
Anja Weißhaupt
""",
        label="NORMAL", lang="de", kind="insurer-to-company",
        reason="trap: framework contract for patient transport (dialysis, chemo mentioned generically)")


def m139():
    return mail(
        frm="Jonas Brückner <jonas.brueckner@aurelia-kv.example>",
        to="Dr. Heike Vollmer <heike.vollmer@aurelia-kv.example>",
        subject="WG: Anfrage Kostenübernahme OP Privatklinik",
        charset="utf-8", cte="8bit", flowed=True,
        body="""Heike, Anfrage Kunde, bitte Einschätzung ob Privatklinik (nicht
§ 108 SGB V, keine KHEntgG-Bindung) hier gerechtfertigt. Tarif KS1.
Jonas

-------- Weitergeleitete Nachricht --------
Betreff: Anfrage Kostenübernahme OP Privatklinik
Datum: Sun, 18 May 2025 21:04:37 +0200
Von: Beate Hollerbach <beate.hollerbach@kabelpost.example>
An: leistung@aurelia-kv.example

Guten Abend,

bei mir wurde vor zwei Wochen Brustkrebs festgestellt (links, 1,8 cm,
hormonrezeptor-positiv, HER2 negativ, Lymphknoten laut Ultraschall
unauffällig). Meine Frauenärztin hat mich an das Brustzentrum am
Klinikum Rheinaue überwiesen, dort wäre ein OP-Termin in 5 Wochen.

In der Privatklinik Seeblick könnte ich schon nächste Woche operiert
werden (brusterhaltend mit Wächterlymphknoten), von Dr. Aksoy, der früher
Oberarzt in einem Brustzentrum war. Die Klinik will vorher eine
Kostenübernahme von Ihnen, ca. 14.000 Euro.

Übernehmen Sie das? Ich bin bei Ihnen unter 509 226 013 versichert.
Ich möchte einfach nicht so lange warten.

Viele Grüße
Beate Hollerbach
""",
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
        reason="forwarded customer mail (8bit flowed): breast cancer diagnosis, planned surgery")


def m140():
    return mail(
        frm="Frank Oberdorf <frank.oberdorf@aurelia-kv.example>",
        to="Dr. med. Andrea Zanetti <a.zanetti@praxis-zanetti.example>",
        subject="Medical advisor mandate Switzerland – payment details",
        body="""Dear Dr. Zanetti,

we are glad that you will support us as an independent medical advisor
for inpatient cases in Switzerland (second opinions on invoices and
medical necessity, about 4–6 cases per month).

For the contract and the first payment, please confirm your details:

  Dr. med. Andrea Zanetti, self-employed, Via Maistra 12, 7500 St. Moritz
  IBAN: CH44 0076 2018 4291 0573 1
  Fee: CHF 180.00 per case (file review), CHF 260.00 with phone call to
  the treating physician; monthly invoice

Case files will be exchanged only via our secure portal, never by
ordinary e-mail.

Kind regards
Frank Oberdorf
Foreign Hospital Claims, Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="en", kind="insurer-to-doctor",
        reason="self-employed doctor: home/practice address, IBAN, fees; no patient")

def m141():
    return mail(
        frm="Priya Raman <priya.raman@aurelia-kv.example>",
        to="Events <events@hotel-am-ring.example>",
        subject="Booking request – meeting room 12–16 May",
        body="""Hello,

we would like to book a meeting room for a visiting delegation from a
partner hospital in Thailand:

- Monday 12 May to Friday 16 May 2025, 9:00–17:00
- 8 persons, boardroom set-up, screen + video conferencing
- coffee breaks morning and afternoon, light lunch (one vegetarian
  option, no pork please)
- invoice to Aurelia Krankenversicherung AG, cost centre 4130,
  PO will follow

The guest room bookings for the delegation were made separately under
our corporate rate.

Many thanks
Priya Raman
Aurelia Krankenversicherung AG
""",
        label="NORMAL", lang="en", kind="insurer-to-supplier",
        reason="trap: meeting room booking for hospital delegation, company data only")


def m142():
    return mail(
        frm="Sabine Kettler <sabine.kettler@aurelia-kv.example>",
        to="Birgit Hahn <birgit.hahn@aurelia-kv.example>",
        subject="Höhergruppierung Jonas Brückner",
        body="""Hallo Frau Hahn,

Herr Brückner übernimmt seit Januar faktisch die Vertretung in der
Direktabrechnung und die Schulung der neuen Kolleginnen. Ich beantrage
deshalb die Höhergruppierung zum 01.07.2025:

  bisher: TG 5, Stufe 3 – 4.212,00 EUR brutto/Monat
  neu:    TG 6, Stufe 2 – 4.498,00 EUR brutto/Monat

Die Stellenbeschreibung habe ich angepasst (Anlage folgt per Hauspost).
Budget ist im Personalplan 2025 vorhanden. Bitte noch nicht mit ihm
besprechen, ich möchte es ihm selbst sagen, sobald der Betriebsrat
zugestimmt hat.

Viele Grüße
Sabine Kettler
""",
        label="CONFIDENTIAL", lang="de", kind="internal",
        reason="named employee's salary and pay grade change")


def m143():
    return mail(
        frm="Priya Raman <priya.raman@aurelia-kv.example>",
        to="foreign-claims@aurelia-kv.example",
        subject="US hospitals – benchmark for negotiations (2024 data)",
        body="""Hi all,

as a reference for US negotiations, here are our median results for
2024 (47 inpatient claims, all states pooled; small states merged):

  Billed charges vs. paid amount (median)          38 %
  ER visit level 4 (CPT 99284), billed          USD 3,950
  ER visit level 4, paid after negotiation      USD 1,420
  Med/surg room & board per day, billed         USD 6,200
  ICU room & board per day, billed              USD 11,800
  Appendectomy (facility), paid                 USD 18,400
  Knee arthroscopy (facility), paid             USD 14,900

Rule of thumb: never accept more than 150–200 % of Medicare rates for
the facility part. If the hospital refuses, escalate to our US bill
review vendor before paying.

Priya
""",
        label="NORMAL", lang="en", kind="internal",
        reason="trap: US hospital price benchmarks (CPT, appendectomy), aggregated")


def m144():
    return mail(
        frm="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        to="Patient Services <patients@clinica-juaneda-sur.example>",
        subject="Mrs Renate Vogelsang – transfer to Germany / Ihre Nachricht",
        body="""Dear Dr. Ferrer,

thank you for the update. Our insured's daughter forwarded us the message
below (in German, I translate the key points):

> Meine Mutter Renate Vogelsang (geb. 02.02.1939) liegt seit dem Sturz
> am 20.05. bei Ihnen mit der Hüftfraktur rechts. Sie ist nach der OP
> sehr verwirrt, erkennt mich manchmal nicht und will nicht essen. Ihr
> Blutzucker ist ständig zu hoch. Ich möchte, dass sie so schnell wie
> möglich nach Deutschland ins Krankenhaus kommt.

- She reports postoperative confusion (delirium?), poor food intake and
  high blood glucose levels (known type 2 diabetes).
- She wishes her mother to be transferred to Germany as soon as possible.

Could you please send us a current medical report (orientation, vital
signs, wound, mobilisation, blood glucose, medication) so that our
medical advisor can decide whether a transfer by air ambulance or by
stretcher on a scheduled flight is possible? Receiving hospital would be
St.-Vinzenz-Krankenhaus Lindenfeld, Geriatrics.

Kind regards
Anja Weißhaupt
Rehabilitation & Patient Transport, Aurelia Krankenversicherung AG
""",
        label="STRICTLY_CONFIDENTIAL", lang="mixed", kind="insurer-to-hospital",
        reason="English mail quoting German relative: hip fracture, delirium, diabetes, birth date")


def m145():
    return mail(
        frm="Entgeltabrechnung <entgelt@aurelia-kv.example>",
        to="Priya Raman <priya.raman@aurelia-kv.example>",
        subject="Your question about the May payslip",
        body="""Dear Ms Raman,

regarding your question about the May payslip:

- The secondment allowance (GBP 1,250 = EUR 1,462.50) was paid for April
  and May together, i.e. EUR 2,925.00, which is why your gross pay was
  EUR 8,625.00 instead of EUR 5,700.00.
- Under the double taxation agreement the allowance is taxed in the UK;
  it therefore appears under "steuerfreie Bezüge (DBA)".
- Your net pay of EUR 6,044.18 was transferred to your account
  DE56 8090 0075 8137 1819 87 on 28 May.

If you have any further questions, please let us know.

Kind regards
Payroll Team
""",
        label="CONFIDENTIAL", lang="en", kind="internal",
        reason="payroll answer: employee's gross/net pay, allowance, IBAN")


def m146():
    return mail(
        frm="Aurelia Leistungserbringerportal <portal@aurelia-kv.example>",
        to="abrechnung@reha-kurpark.example",
        subject="Ihr Zugang zum Aurelia Leistungserbringerportal",
        body="""Guten Tag,

für Ihre Einrichtung wurde ein Zugang zum Aurelia Leistungserbringer-
portal eingerichtet.

  Institutionskennzeichen: 510 553 881
  Benutzername: reha-kurpark-admin

Ihr Initialpasswort erhalten Sie aus Sicherheitsgründen per Post an die
Verwaltungsleitung. Nach der ersten Anmeldung legen Sie bitte ein eigenes
Passwort und eine Sicherheitsfrage fest und richten weitere Benutzer für
Ihre Mitarbeitenden ein.

Über das Portal können Sie Kostenübernahmen anfragen, Rechnungen und
Entlassberichte hochladen und Zahlungsavise abrufen.

Ihr Portal-Team
Aurelia Krankenversicherung AG
""",
        label="NORMAL", lang="de", kind="insurer-to-hospital",
        reason="trap: portal account notice for a rehab clinic, no personal data")


def m147():
    return mail(
        frm="Datenschutz Aurelia <datenschutz@aurelia-kv.example>",
        to="Provider Relations <providers@medcare-dubai.example>",
        subject="How to send medical records to Aurelia",
        body="""Dear colleagues,

some of your staff have recently sent discharge summaries and invoices
with diagnoses to our claims team by ordinary e-mail. Under the GDPR
(Art. 9) and German professional secrecy law, medical information about
our insured must be protected in transit.

Please use one of the following channels only:

1. Aurelia SecureMail (web portal) – your account is already set up,
   login at https://securemail.aurelia-kv.example/
2. Encrypted e-mail (S/MIME) to international@aurelia-kv.example, if your
   IT supports it – we will exchange certificates on request.
3. SFTP upload for bulk documents (monthly invoices).

Please do not put patient names or diagnoses in the subject line.
Thank you for your support.

Data Protection Office, Aurelia Krankenversicherung AG
""",
        label="NORMAL", lang="en", kind="insurer-to-hospital",
        reason="trap: guidance on sending medical records securely, no patient")


def m148():
    return mail(
        frm="Anja Weißhaupt <anja.weisshaupt@aurelia-kv.example>",
        to="Taxi Hennes <taxi.hennes@kabelpost.example>",
        subject="Ihre Rechnungen Krankenfahrten – Stammdaten",
        body="""Sehr geehrter Herr Hennes,

wir haben Ihre ersten Rechnungen für Krankenfahrten erhalten. Da Sie als
Einzelunternehmer abrechnen, haben wir Sie mit folgenden Daten als
Zahlungsempfänger angelegt:

  Heinz-Peter Hennes, Taxibetrieb, Kölner Str. 212, 51149 Köln
  Steuernummer: 216/5037/1194 (ermäßigter Steuersatz 7 % für
  Krankenfahrten lt. Rechnung)
  IBAN: DE42 1868 2058 5053 3527 03

Bitte geben Sie auf den Rechnungen künftig immer unsere Vorgangsnummer
an, dann können wir schneller zahlen. Die Verordnungen bitte nicht
mehr per E-Mail schicken, sondern über das Portal oder per Post.

Mit freundlichen Grüßen
Anja Weißhaupt
Aurelia Krankenversicherung AG
""",
        label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
        reason="sole-trader taxi operator: address, tax number, IBAN; no patient")


def m149():
    return mail(
        frm="Birgit Hahn <birgit.hahn@aurelia-kv.example>",
        to="Priya Raman <priya.raman@aurelia-kv.example>",
        cc="sabine.kettler@aurelia-kv.example",
        subject="Overtime payout before your secondment",
        body="""Dear Priya,

as agreed with Sabine, the overtime on your working-time account will be
paid out before you leave for London:

  balance on 31 March 2025:   61.5 hours
  hourly rate (TG 7/3):       EUR 37.52
  payout (gross):             EUR 2,307.48 with the April payroll

The remaining 8 hours you can take as time off until 31 March.

Best regards
Birgit
""",
        label="CONFIDENTIAL", lang="en", kind="internal",
        reason="employee's overtime payout and hourly rate (income)")


def m150():
    paras = [
        "Aurelia Krankenversicherung AG · Leistung Stationär · Postfach 10 44 20 · 50484 Köln",
        "Frau Jessica Neuhaus, Talstraße 14, 51379 Leverkusen",
        "Versicherungsnummer 412 338 902 – Ihr Antrag vom 22.04.2025",
        "Kostenübernahme stationäre Liposuktion (Privatklinik Seeblick)",
        "Sehr geehrte Frau Neuhaus,",
        "wir haben Ihren Antrag auf Kostenübernahme für die stationäre Liposuktion beider Beine und Arme bei Lipödem (E88.20, Stadium II) mit unserem beratungsärztlichen Dienst geprüft.",
        "Nach den Unterlagen Ihrer Hautärztin ist die konservative Therapie (Kompression, manuelle Lymphdrainage) erst seit vier Monaten durchgeführt worden. Eine Operation ist nach den Leitlinien erst nach mindestens sechs Monaten erfolgloser konservativer Therapie medizinisch notwendig.",
        "Wir können die Kosten daher derzeit nicht übernehmen. Gern prüfen wir erneut, wenn Sie uns die Dokumentation der weiteren konservativen Behandlung einreichen.",
        "Sie können diese Entscheidung vom Ombudsmann Private Kranken- und Pflegeversicherung überprüfen lassen.",
        "Mit freundlichen Grüßen",
        "Aurelia Krankenversicherung AG",
    ]
    return mail(
        frm="Aurelia Krankenversicherung <leistung@aurelia-kv.example>",
        to="Jessica Neuhaus <jessica.neuhaus@netzpost.example>",
        subject="Unser Schreiben vom 12.05.2025",
        body="""Sehr geehrte Frau Neuhaus,

in der Anlage erhalten Sie unser Schreiben vom 12.05.2025.

Mit freundlichen Grüßen
Ihre Aurelia Krankenversicherung
""",
        atts=[("Aurelia_Schreiben_2025-05-12.docx", docx(paras))],
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="harmless body; DOCX only: refusal of liposuction for lipoedema E88.20")


# ==========================================================================
# writing and checking
# ==========================================================================
MAILS = ["m%03d" % i for i in range(1, 151)]


def build_all():
    out = []
    for i, name in enumerate(MAILS, 1):
        _CUR["n"] = i
        msg, meta = globals()[name]()
        out.append((i, msg, meta))
    return out


def write():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith("d%d-" % NN) and f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, msg, (label, lang, kind, reason) in build_all():
        fn = "d%d-%04d.eml" % (NN, i)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(msg.as_bytes())
        rows.append("\t".join((fn, label, lang, kind, reason)))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s and labels.tsv" % (len(MAILS), OUT))


# ---- check helpers -------------------------------------------------------
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "ES": 24, "NL": 18, "GB": 22, "IT": 27, "PL": 28,
            "FR": 27, "BE": 16, "LU": 20}
IBAN_FMT = {"DE": r"\d{18}", "AT": r"\d{16}", "CH": r"\d{5}[A-Z0-9]{12}", "ES": r"\d{20}",
            "NL": r"[A-Z]{4}\d{10}", "GB": r"[A-Z]{4}\d{14}", "IT": r"[A-Z]\d{10}[A-Z0-9]{12}",
            "PL": r"\d{24}", "FR": r"\d{10}[A-Z0-9]{11}\d{2}", "BE": r"\d{12}", "LU": r"\d{3}[A-Z0-9]{13}"}


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def find_ibans(text):
    found = []
    for m in re.finditer(r"\b([A-Z]{2})(\d{2})((?: ?[A-Z0-9]){8,34})", text):
        cc = m.group(1)
        if cc not in IBAN_LEN:
            continue
        raw = (cc + m.group(2) + m.group(3)).replace(" ", "")
        L = IBAN_LEN[cc]
        if len(raw) < L:
            continue
        cand = raw[:L]
        if not re.fullmatch(IBAN_FMT[cc], cand[4:]):
            continue
        found.append(cand)
    return found


def _xml_text(data):
    dom = minidom.parseString(data)
    out = []

    def walk(n):
        for c in n.childNodes:
            if c.nodeType == c.TEXT_NODE:
                out.append(c.data)
            else:
                walk(c)
            if c.nodeType == c.ELEMENT_NODE and c.tagName in ("w:p", "row", "text:p", "table:table-row", "c"):
                out.append("\n")
    walk(dom)
    return "".join(out)


def _pdf_text(data):
    assert data.startswith(b"%PDF-"), "not a PDF"
    assert b"%%EOF" in data[-16:] and b"startxref" in data, "PDF trailer missing"
    xref = int(re.search(rb"startxref\s+(\d+)", data).group(1))
    assert data[xref:xref + 4] == b"xref", "bad xref offset"
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        s = re.sub(rb"\\(.)", rb"\1", m.group(1))
        out.append(s.decode("cp1252"))
    return "\n".join(out)


def attachment_text(name, data, errors):
    ext = name.rsplit(".", 1)[-1].lower()
    try:
        if ext == "pdf":
            return _pdf_text(data)
        if ext in ("docx", "xlsx", "odt", "ods", "zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            bad = z.testzip()
            assert bad is None, "corrupt member %s" % bad
            texts = []
            if ext in ("odt", "ods"):
                assert z.read("mimetype").decode().startswith("application/vnd.oasis.opendocument")
            for info in z.infolist():
                assert info.date_time == ZIP_TS, "ZIP timestamp not fixed"
                member = z.read(info.filename)
                if info.filename.endswith(".xml") or info.filename.endswith(".rels"):
                    t = _xml_text(member)
                    if ext != "zip":
                        texts.append(t)
                elif ext == "zip":
                    texts.append(attachment_text(info.filename, member, errors))
            if ext == "docx":
                assert "word/document.xml" in z.namelist()
            if ext == "xlsx":
                assert "xl/worksheets/sheet1.xml" in z.namelist()
            return "\n".join(texts)
        if ext in ("csv", "txt", "ics", "html"):
            t = data.decode("utf-8") if isinstance(data, bytes) else data
            if ext == "ics":
                assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t
            return t
    except Exception as e:  # noqa
        errors.append("attachment %s does not open: %s" % (name, e))
        return ""
    errors.append("attachment %s: unknown type" % name)
    return ""


def message_texts(msg, errors):
    texts = []
    for k in ("From", "To", "Cc", "Subject"):
        if msg[k]:
            texts.append(str(msg[k]))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = part.get_filename()
        if ctype == "message/rfc822":
            continue
        if fn:
            payload = part.get_payload(decode=True)
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "utf-8"
                payload = payload.decode(cs).encode("utf-8")
            texts.append(attachment_text(fn, payload, errors))
        elif part.get_content_maintype() == "text":
            try:
                texts.append(part.get_content())
            except Exception as e:  # noqa
                errors.append("text part does not decode: %s" % e)
    # nested messages
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            for h in ("From", "Subject", "Date"):
                if not inner[h]:
                    errors.append("nested message lacks %s" % h)
            texts.extend(message_texts(inner, errors))
    return texts


def check():
    errors = []
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    want = ["d%d-%04d.eml" % (NN, i) for i in range(1, 151)]
    if files != want:
        errors.append("file list mismatch (%d files)" % len(files))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("labels.tsv header wrong")
    rows = [l.split("\t") for l in lines[1:]]
    counts = {k: 0 for k in LABELS}
    langs = {}
    traps = 0
    for r in rows:
        if len(r) != 5 or not all(r):
            errors.append("bad row %r" % r)
            continue
        if r[1] not in LABELS:
            errors.append("bad label %r" % r)
            continue
        counts[r[1]] += 1
        langs[(r[1], r[2])] = langs.get((r[1], r[2]), 0) + 1
        if r[2] not in ("de", "en", "mixed"):
            errors.append("bad lang %r" % r)
        if r[1] == "NORMAL" and r[4].startswith("trap:"):
            traps += 1
        if r[1] != "NORMAL" and r[4].startswith("trap:"):
            errors.append("trap reason on sensitive mail %s" % r[0])
    if [r[0] for r in rows] != want:
        errors.append("labels.tsv file column mismatch")
    if counts != EXPECTED:
        errors.append("label counts %r != %r" % (counts, EXPECTED))
    n_ibans = 0
    for fn in files:
        path = os.path.join(OUT, fn)
        raw = open(path, "rb").read()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            errors.append("%s: bare LF/CR" % fn)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg[h]:
                errors.append("%s: header %s missing" % (fn, h))
        if msg["Date"] and msg["Date"].datetime is None:
            errors.append("%s: bad Date" % fn)
        if not str(msg["From"]).rstrip(">").endswith("@aurelia-kv.example") and "aurelia-kv.example" not in str(msg["From"]):
            errors.append("%s: not sent from the insurer" % fn)
        ferr = []
        texts = message_texts(msg, ferr)
        errors.extend("%s: %s" % (fn, e) for e in ferr)
        blob = "\n".join(texts)
        hdrs = " ".join(str(msg[h] or "") for h in ("From", "To", "Cc", "Message-ID", "In-Reply-To", "References"))
        for dom in re.findall(r"@([A-Za-z0-9.-]+)", hdrs + "\n" + blob):
            dom = dom.rstrip(".")
            if "." in dom and not dom.lower().endswith(".example"):
                errors.append("%s: non-.example domain %s" % (fn, dom))
        for host in re.findall(r"(?:https?://|www\.)([A-Za-z0-9.-]+)", blob):
            if not host.lower().rstrip(".").endswith(".example"):
                errors.append("%s: non-.example URL host %s" % (fn, host))
        for ib in find_ibans(blob):
            n_ibans += 1
            if ib in KNOWN_INVALID_IBANS:
                if iban_ok(ib):
                    errors.append("%s: IBAN %s listed as invalid but validates" % (fn, ib))
            elif not iban_ok(ib):
                errors.append("%s: IBAN checksum wrong %s" % (fn, ib))
    print("files: %d, labels: %s" % (len(files), counts))
    for lab in LABELS:
        print("  %-22s de=%-3d en=%-3d mixed=%-3d" % (lab, langs.get((lab, "de"), 0),
              langs.get((lab, "en"), 0), langs.get((lab, "mixed"), 0)))
    print("NORMAL traps: %d, IBANs checked: %d" % (traps, n_ibans))
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
