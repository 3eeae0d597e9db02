#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev83 for Siegel: legal and data-protection mail at a German insurer.

Every mail is written by hand in its own function m001 ... m150. The helpers
below only turn that content into MIME messages and attachment files.

    python make_corpus.py           writes mails/d83-0001.eml ... and labels.tsv
    python make_corpus.py --check   re-parses and validates everything
"""
import csv
import datetime
import email
import email.policy
import email.utils
import hashlib
import io
import os
import re
import sys
import textwrap
import zipfile
import zlib
from email.message import EmailMessage
from xml.dom import minidom
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
NN = "83"
N_MAILS = 150
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
LABEL = {"N": "NORMAL", "C": "CONFIDENTIAL", "S": "STRICTLY_CONFIDENTIAL"}
ZIP_TIME = (2025, 1, 2, 8, 0, 0)


def t(s):
    """Dedent a hand-written text block and use it as it stands."""
    if s.startswith("\n"):
        s = s[1:]
    return textwrap.dedent(s)


# ---------------------------------------------------------------- attachments
class Att(object):
    def __init__(self, name, data, maintype, subtype, params=None):
        self.name = name
        self.data = data
        self.maintype = maintype
        self.subtype = subtype
        self.params = params or {}


def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b


def pdf_bytes(lines, compress=False, per_page=48):
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = []  # index 0 -> obj 1
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(None)  # pages, filled later
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for pg in pages:
        parts = [b"BT /F1 10 Tf 13 TL 56 790 Td"]
        for ln in pg:
            parts.append(b"(" + _pdf_str(ln) + b") Tj T*")
        parts.append(b"ET")
        stream = b"\n".join(parts)
        if compress:
            stream = zlib.compress(stream, 9)
            sobj = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
        else:
            sobj = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs.append(sobj)
        cnum = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cnum)
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
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
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def pdf(name, text, compress=False, as_octet=False):
    data = pdf_bytes(t(text).split("\n"), compress=compress)
    if as_octet:
        return Att(name, data, "application", "octet-stream")
    return Att(name, data, "application", "pdf")


def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for mname, mdata in members:
            zi = zipfile.ZipInfo(mname, date_time=ZIP_TIME)
            if mname == stored_first:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(mdata, str):
                mdata = mdata.encode("utf-8")
            z.writestr(zi, mdata)
    return buf.getvalue()


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_bytes(paras):
    body = []
    for p in paras:
        if isinstance(p, (list, tuple)):  # a table: list of rows
            rows = []
            for r in p:
                cells = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(c) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append("<w:tbl>%s</w:tbl>" % "".join(rows))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s</w:body></w:document>'
           % (_W, "".join(body)))
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


def docx(name, paras):
    return Att(name, docx_bytes(paras), "application",
               "vnd.openxmlformats-officedocument.wordprocessingml.document")


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet="Tabelle1"):
    xr = []
    for ri, r in enumerate(rows):
        cells = []
        for ci, v in enumerate(r):
            ref = "%s%d" % (_col(ci), ri + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
          % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
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


def xlsx(name, rows, sheet="Tabelle1"):
    return Att(name, xlsx_bytes(rows, sheet), "application",
               "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body>%s</office:body></office:document-content>'
               % (_ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                stored_first="mimetype")


def odt(name, paras):
    body = "".join("<text:p>%s</text:p>" % xesc(p) for p in paras)
    mime = "application/vnd.oasis.opendocument.text"
    return Att(name, _odf(mime, "<office:text>%s</office:text>" % body), "application",
               "vnd.oasis.opendocument.text")


def ods(name, rows, sheet="Tabelle1"):
    xr = []
    for r in rows:
        cells = "".join('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(c)) for c in r)
        xr.append("<table:table-row>%s</table:table-row>" % cells)
    body = '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>' % (xesc(sheet), "".join(xr))
    mime = "application/vnd.oasis.opendocument.spreadsheet"
    return Att(name, _odf(mime, body), "application", "vnd.oasis.opendocument.spreadsheet")


def csvf(name, text, encoding="utf-8", subtype="csv"):
    data = t(text).replace("\r\n", "\n").replace("\n", "\r\n").encode(encoding)
    mt = "text"
    if subtype == "vnd.ms-excel":
        mt = "application"
    return Att(name, data, mt, subtype, {"charset": encoding})


def txtf(name, text, encoding="utf-8", subtype="plain"):
    data = t(text).replace("\r\n", "\n").replace("\n", "\r\n").encode(encoding)
    return Att(name, data, "text", subtype, {"charset": encoding})


def htmlf(name, text):
    return Att(name, t(text).encode("utf-8"), "text", "html", {"charset": "utf-8"})


def ics(name, text):
    data = t(text).replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    return Att(name, data, "text", "calendar", {"charset": "utf-8", "method": "REQUEST"})


def zipf(name, members):
    return Att(name, _zip([(a.name, a.data) for a in members]), "application", "zip")


def eml(spec):
    """A forwarded mail as message/rfc822; spec is a dict like a mail."""
    return ("rfc822", spec)


# ---------------------------------------------------------------- MIME
def _dt(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")

    def last_sunday(y, m):
        x = datetime.date(y, m, 31)
        return x - datetime.timedelta(days=(x.weekday() + 1) % 7)
    summer = last_sunday(d.year, 3) <= d.date() < last_sunday(d.year, 10)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return d.replace(tzinfo=tz)


def mail(**kw):
    return kw


def build(spec, n, sub=0):
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = spec["frm"]
    msg["To"] = spec["to"]
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    msg["Subject"] = spec["subject"]
    dt = _dt(spec["date"])
    msg["Date"] = email.utils.format_datetime(dt)
    dom = spec.get("msgid_domain", "mail.elbmark.example")
    h = hashlib.sha1(("%s|%d|%d|%s" % (NN, n, sub, spec["subject"])).encode("utf-8")).hexdigest()[:12]
    msg["Message-ID"] = "<%s.%s.%04d%s@%s>" % (dt.strftime("%Y%m%d%H%M"), h, n, "" if not sub else ".%d" % sub, dom)
    for k, v in spec.get("headers", {}).items():
        msg[k] = v
    text = spec.get("text")
    html = spec.get("html")
    cs = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    if text is not None:
        kw = {"charset": cs}
        if cte:
            kw["cte"] = cte
        elif cs != "utf-8":
            kw["cte"] = "quoted-printable"
        msg.set_content(t(text), **kw)
        if spec.get("flowed"):
            msg.set_param("format", "flowed")
        if html is not None:
            msg.add_alternative(t(html), subtype="html", charset="utf-8", cte="quoted-printable")
    elif html is not None:
        msg.set_content(t(html), subtype="html", charset="utf-8", cte=spec.get("cte") or "quoted-printable")
    for i, a in enumerate(spec.get("atts", [])):
        if isinstance(a, tuple) and a[0] == "rfc822":
            inner = build(a[1], n, sub + 10 + i)
            msg.add_attachment(inner)
        else:
            msg.add_attachment(a.data, a.maintype, a.subtype, filename=a.name, params=a.params or None)
    bi = [0]

    def fix(p):
        if p.get_content_maintype() == "multipart":
            bi[0] += 1
            p.set_boundary("=_d%s_%04d_%d_%d" % (NN, n, sub, bi[0]))
            for q in p.get_payload():
                fix(q)
    fix(msg)
    return msg


# ---------------------------------------------------------------- the mails
def m001():
    return mail(
        frm="Elbmark Betroffenenrechte <betroffenenrechte@elbmark.example>",
        to="Dirk Sandhoff <d.sandhoff@posteo.example>",
        subject="Ihr Auskunftsersuchen nach Art. 15 DSGVO - unser Zeichen DSR-2025-0412",
        date="2025-02-03 10:14",
        text="""
            Sehr geehrter Herr Sandhoff,

            vielen Dank für Ihre E-Mail vom 31.01.2025, mit der Sie Auskunft über die
            bei uns zu Ihrer Person gespeicherten Daten verlangen. Wir haben Ihr
            Anliegen unter dem oben genannten Zeichen erfasst.

            Zu Ihrer Hausratversicherung (Versicherungsschein-Nr. HR 6620418) sind bei
            uns Daten gespeichert. Bevor wir Ihnen die Auskunft zusenden, müssen wir
            sicherstellen, dass wir sie an die richtige Person geben. Die Absenderadresse
            Ihrer E-Mail ist bei uns bisher nicht hinterlegt. Bitte bestätigen Sie uns
            daher kurz Ihre aktuelle Anschrift (laut Vertrag: Lerchenstraße 27, 22767
            Hamburg) oder senden Sie uns das Anschreiben unserer letzten Beitragsrechnung
            als Scan zurück.

            Die Monatsfrist nach Art. 12 Abs. 3 DSGVO läuft ab Eingang Ihres Ersuchens;
            wir melden uns spätestens bis zum 28.02.2025.

            Mit freundlichen Grüßen

            i. A. Lea Brinkmann
            Team Betroffenenrechte / Datenschutzkoordination
            Elbmark Allgemeine Versicherung AG
            Kehrwieder-Allee 12, 20457 Hamburg
            """,
        label="C", lang="de", kind="insurer-to-customer",
        reason="named customer, household policy number and home address in a DSAR acknowledgement")


def m002():
    return mail(
        frm="Datenschutz Elbmark <datenschutz@elbmark.example>",
        to="fuehrungskraefte-leistung@elbmark.example",
        subject="Einladung: Pflichtschulung \"Datenpannen erkennen und melden\" - Leistungsbereiche KV/Leben",
        date="2025-02-04 08:02",
        text="""
            Liebe Führungskräfte der Leistungsbereiche,

            wie angekündigt bieten wir für Ihre Teams die jährliche Pflichtschulung
            zum Thema Datenpannen an. Schwerpunkte in diesem Jahr:

            - Fehlversand von Leistungsabrechnungen und Arztberichten (was ist
              eine meldepflichtige Verletzung nach Art. 33 DSGVO, was nicht?)
            - die 72-Stunden-Frist und wer sie wann auslöst
            - Gesundheitsdaten und § 203 StGB: warum ein falsch adressierter Brief in
              der KV anders zu bewerten ist als in der Hausrat
            - Verlust von Laptops, Smartphones, USB-Sticks
            - Fallbeispiele aus dem Vorfallregister 2024 (anonymisiert)

            Bitte leiten Sie die Einladung an Ihre Sachbearbeiterinnen und
            Sachbearbeiter weiter. Die Termine im Anhang können direkt in den Kalender
            übernommen werden; Teilnahme wird über das Lernportal dokumentiert.

            Viele Grüße
            Katharina Vossberg
            Datenschutzbeauftragte der Elbmark-Gesellschaften
            """,
        atts=[ics("Schulung_Datenpannen_2025.ics", """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Elbmark//Lernportal//DE
            METHOD:REQUEST
            BEGIN:VEVENT
            UID:schulung-dsv-2025-01@elbmark.example
            DTSTAMP:20250204T070000Z
            DTSTART:20250218T090000Z
            DTEND:20250218T103000Z
            SUMMARY:Pflichtschulung Datenpannen erkennen und melden (KV/Leben)
            LOCATION:Teams / Raum Elbe 4.12
            ORGANIZER;CN=Datenschutz Elbmark:mailto:datenschutz@elbmark.example
            DESCRIPTION:Fehlversand\\, Gesundheitsdaten\\, 72-Stunden-Frist\\, Laptopverlust
            END:VEVENT
            END:VCALENDAR
            """)],
        label="N", lang="de", kind="internal",
        reason="trap: training invitation about misdirected medical reports and health data, no person concerned")


def m003():
    return mail(
        frm="Elbmark Betroffenenrechte <betroffenenrechte@elbmark.example>",
        to="Renate Kowalczyk <renate.kowalczyk@web.example>",
        subject="Auskunft nach Art. 15 DSGVO - DSR-2025-0388",
        date="2025-02-05 15:40",
        text="""
            Sehr geehrte Frau Kowalczyk,

            wie besprochen erhalten Sie anbei die Auskunft zu Ihrem Ersuchen vom
            09.01.2025. Das Dokument ist mit dem Kennwort geschützt, das wir Ihnen
            heute per Post mitgeteilt haben.

            Bei Fragen erreichen Sie uns unter der unten angegebenen Durchwahl.

            Mit freundlichen Grüßen
            i. A. Jonas Terhalle
            Datenschutzkoordination
            Elbmark Krankenversicherung AG
            Tel. 040 3009-4417
            """,
        atts=[pdf("Auskunft_Art15_DSR-2025-0388.pdf", """
            Elbmark Krankenversicherung AG - Auskunft nach Art. 15 DSGVO
            Zeichen: DSR-2025-0388                      Stand: 05.02.2025

            1. Stammdaten
            Name: Renate Kowalczyk, geb. Harms
            Geburtsdatum: 17.04.1958
            Anschrift: Am Moorgraben 9, 21073 Hamburg
            Versicherungsnummer: KV 5518 0342 (Vollversicherung Tarif KomfortPlus, SB 600 EUR)
            Beitragseinzug: IBAN DE62 2105 8794 4710 3863 18

            2. Gespeicherte Leistungsdaten (letzte 36 Monate, Auszug)
            Eingang     Leistungserbringer            Diagnose lt. Beleg               Erstattet
            14.03.2022  Dr. med. U. Petersen, Kardiologie   I48.0 Vorhofflimmern paroxysmal   212,40
            02.05.2022  Apotheke am Rathaus             Eliquis 5 mg (PZN 05524346)         98,13
            19.09.2023  Asklepion Klinik Harburg        Katheterablation, DRG F50B         6.874,10
            11.01.2024  Praxis Dr. Nolte, Orthopädie    M17.1 Gonarthrose re.              164,80
            27.06.2024  Physio Reinecke                  KG 10x nach Knie-TEP               318,00

            3. Herkunft der Daten
            Ihre Angaben im Antrag vom 01.07.2009 (Gesundheitsfragen), eingereichte
            Belege, Auskünfte behandelnder Ärzte aufgrund Ihrer Schweigepflicht-
            entbindung vom 22.09.2023.

            4. Empfänger
            Rückversicherer (pseudonymisiert), Dienstleister für Belegerfassung
            (Auftragsverarbeiter), medizinischer Beratungsarzt (§ 203 StGB verpflichtet).

            5. Speicherdauer
            Leistungsdaten: 10 Jahre nach Ende des Kalenderjahres der Erstattung.
            """)],
        label="S", lang="de", kind="insurer-to-customer",
        reason="body only says 'anbei'; PDF extract holds birth date, IBAN, diagnoses (I48.0, M17.1), hospital stay")


def m004():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="datenschutzkoordinatoren@elbmark.example",
        subject="FW: Pembroke Hale Privacy Briefing - February 2025",
        date="2025-02-06 09:31",
        text="""
            Zur Info, vor allem der Abschnitt zu Art. 15 und Kopien von Patientenakten
            ist für unsere Auskünfte in der KV interessant.

            Gruß, KV

            -----Original Message-----
            From: Pembroke Hale LLP <briefings@pembrokehale.example>
            Sent: Wednesday, 5 February 2025 18:02
            Subject: Pembroke Hale Privacy Briefing - February 2025

            PRIVACY BRIEFING | FEBRUARY 2025

            1. Right of access and medical records
            The CJEU confirmed that a data subject is entitled to a first copy of
            his or her medical records free of charge, irrespective of the purpose
            for which the copy is sought. Insurers holding treatment invoices,
            discharge letters and underwriting files should review whether their
            standard access responses include copies or only summaries.

            2. Breach notification - misdirected post
            Several European supervisory authorities have fined insurers for letters
            containing health information sent to outdated addresses. Regulators
            expect address-validation controls before dispatch of claims decisions.

            3. Lost devices
            Encryption remains the decisive factor: where a lost laptop is fully
            encrypted and the key is not compromised, notification to data subjects
            is generally not required (Art. 34(3)(a) GDPR).

            4. Dates for your diary
            Our annual Insurance Data Protection Forum takes place on 20 March in
            London and online. Registration: https://events.pembrokehale.example/idpf25

            This briefing is for general information only and does not constitute
            legal advice. To unsubscribe reply with "unsubscribe".
            """,
        label="N", lang="en", kind="newsletter",
        reason="trap: law-firm newsletter on medical records, health-data breaches and lost laptops, no person")


def m005():
    return mail(
        frm="Svenja Kruse <s.kruse@elbmark.example>",
        to="Datenschutz Elbmark <datenschutz@elbmark.example>",
        cc="Thorsten Gehrke <t.gehrke@elbmark.example>",
        subject="Datenschutzvorfall: Leistungsabrechnung an falsche Anschrift",
        date="2025-02-06 11:47",
        text="""
            Hallo Frau Vossberg,

            ich muss leider einen Fehlversand melden. Heute früh hat uns Herr Malte
            Ehlers (KV 6630 1187) angerufen: er hat in seinem Briefkasten eine
            Leistungsabrechnung bekommen, die gar nicht für ihn war. Der Brief war an
            ihn adressiert, im Umschlag lag aber zusätzlich die Abrechnung vom
            03.02.2025 für Frau Yvonne Gerdes, KV 6630 2241.

            Inhalt der fremden Abrechnung laut unserem System:
            - Rechnung Dipl.-Psych. Annette Wulf, Psychotherapie, 5 Sitzungen
              (GOP 870), Diagnose F33.1 lt. Rechnung
            - Erstattungsbetrag 512,36 EUR

            Herr Ehlers war sehr freundlich und hat zugesagt, den Brief heute noch an
            uns zurückzuschicken (frankierter Rückumschlag geht raus). Er sagt, er habe
            nur die erste Seite gesehen.

            Vermutlich ein Kuvertierfehler bei der Nachverarbeitung, wir lassen das
            gerade vom Output-Management prüfen. Brauchen Sie das Formular
            Vorfallmeldung zusätzlich oder reicht diese Mail für den Start?

            Viele Grüße
            Svenja Kruse
            Leistung ambulant / Gruppe 3
            Elbmark Krankenversicherung AG
            """,
        label="S", lang="de", kind="internal",
        reason="breach report naming two health customers, psychotherapy invoice and ICD F33.1")


def m006():
    return mail(
        frm="Henrik Baumgaertel <h.baumgaertel@elbmark.example>",
        to="Andrew Whitcombe <andrew.whitcombe@fastmail.example>",
        subject="Your complaint of 28 January - motor claim S-2024-118734",
        date="2025-02-07 14:05",
        text="""
            Dear Mr Whitcombe,

            Thank you for your email of 28 January 2025 and for your patience while we
            reviewed your complaint about the handling of your motor claim.

            Your claim: collision in the car park of the Elbe shopping centre on
            4 November 2024, your vehicle HH-AW 2207 (Volvo V60), third-party vehicle
            insured with another company. Our assessor set the repair cost at
            EUR 3,418.50 and we paid this amount on 9 December 2024 to your account.

            You asked why we also raised your no-claims class from SF 7 to SF 4. We
            had to do so because we also paid the other driver's damage under your
            motor liability cover (Kfz-Haftpflicht). You can avoid the downgrade by
            reimbursing us that payment (EUR 1,206.00) within six months; we will then
            treat the claim as if it had never been paid.

            If you are not satisfied with this answer you can contact the insurance
            ombudsman (Versicherungsombudsmann e.V.), free of charge for you. Their
            details are in the attached leaflet in our original letter.

            Kind regards

            Henrik Baumgärtel
            Complaints Management
            Elbmark Allgemeine Versicherung AG
            """,
        label="C", lang="en", kind="insurer-to-customer",
        reason="named expat customer with motor claim number, plate and payments; no injury")


def m007():
    return mail(
        frm="Jonas Terhalle <j.terhalle@elbmark.example>",
        to="Katharina Vossberg <k.vossberg@elbmark.example>",
        subject="VVT-Eintrag Leistungsbearbeitung KV ambulant - Überarbeitung zur Freigabe",
        date="2025-02-07 16:22",
        text="""
            Hallo Katharina,

            anbei der überarbeitete Eintrag im Verzeichnis der Verarbeitungstätigkeiten
            für die ambulante Leistungsbearbeitung. Geändert habe ich die Empfänger
            (neuer Scan-Dienstleister seit 01/2025) und die Löschfristen (jetzt mit
            Verweis auf das Löschkonzept v2.1).

            Kannst du bis Freitag drüberschauen? Dann lade ich ihn ins Datenschutz-
            Managementsystem.

            Gruß
            Jonas
            """,
        atts=[docx("VVT_KV-Leistung-ambulant_v4.docx", [
            "Verzeichnis von Verarbeitungstätigkeiten nach Art. 30 Abs. 1 DSGVO",
            "Verarbeitung: Leistungsbearbeitung ambulante Krankheitskosten",
            "Verantwortlicher: Elbmark Krankenversicherung AG, Kehrwieder-Allee 12, 20457 Hamburg",
            "Fachlich zuständig: Leiter Leistung KV ambulant",
            [["Feld", "Inhalt"],
             ["Zweck", "Prüfung und Erstattung eingereichter Rechnungen, Arznei- und Hilfsmittelverordnungen"],
             ["Rechtsgrundlage", "Art. 6 Abs. 1 lit. b, Art. 9 Abs. 2 lit. a DSGVO i. V. m. Einwilligung/Schweigepflichtentbindung; § 213 VVG"],
             ["Kategorien betroffener Personen", "Versicherte, mitversicherte Personen, Leistungserbringer"],
             ["Kategorien von Daten", "Stammdaten, Vertragsdaten, Bankverbindung, Gesundheitsdaten (Diagnosen, ICD-10, Behandlungen, Medikamente)"],
             ["Empfänger", "Beratungsärzte, Belegerfassungsdienstleister (AV), Rückversicherer, Druckdienstleister"],
             ["Drittlandübermittlung", "keine"],
             ["Löschfristen", "10 Jahre nach Ablauf des Jahres der Erstattung (§ 257 HGB, § 147 AO), danach Löschung gem. Löschkonzept v2.1"],
             ["TOM", "siehe Sicherheitskonzept Leistungssysteme, Rollen- und Berechtigungskonzept LEIKA"]],
        ])],
        label="N", lang="de", kind="internal",
        reason="trap: record of processing lists health data, diagnoses and bank data as categories, no person")


def m008():
    return mail(
        frm="Tobias Wendland <t.wendland@elbmark.example>",
        to="Siobhan Keane <siobhan.keane@northgate-group.example>",
        cc="Katharina Vossberg <k.vossberg@elbmark.example>",
        subject="INC-2025-0147 lost laptop - initial assessment (Elbmark DE)",
        date="2025-02-10 08:55",
        text="""
            Siobhan,

            as discussed on the call, initial assessment of INC-2025-0147:

            What happened: claims handler (life / disability claims team) left a
            company laptop (asset EL-NB-22871, Windows 11, BitLocker on) in a
            regional train on Friday evening, 7 February. Reported to the police and
            the service desk on Saturday morning. Device not recovered yet.

            Encryption: BitLocker with TPM+PIN confirmed via Intune. Device was
            remote-locked on Saturday 09:12, wipe command queued.

            What concerns me: the handler admits he had copied three files to the
            desktop to work on them on the train (outside our DMS, so no audit trail):
              - Gutachten_Reha_Petersen_Holger_BU-L3822190.pdf (rehab discharge report,
                chronic pain syndrome after lumbar disc surgery)
              - Stellungnahme_Beratungsarzt_Petersen.docx
              - Leistungsakte_Sievers_Monika_L4410372_Auszug.pdf (cancer diagnosis,
                ongoing chemotherapy, disability claim since 09/2024)

            If the PIN is not compromised the files should be protected, but the
            handler had the PIN on a sticky note in the laptop bag. Bag was lost
            with the device. I'd therefore not rely on Art. 34(3)(a).

            Proposal: notify HmbBfDI within the 72h (deadline Monday 19:30 CET),
            prepare Art. 34 letters to Mr Petersen and Ms Sievers. Katharina owns the
            notification, I own the technical part.

            Tobias

            --
            Tobias Wendland
            Informationssicherheitsbeauftragter | Elbmark Versicherung
            """,
        label="S", lang="en", kind="internal",
        reason="incident report names two disability claimants with their diagnoses (disc surgery, cancer)")


def m009():
    return mail(
        frm="Lea Brinkmann <l.brinkmann@elbmark.example>",
        to="betroffenenrechte@elbmark.example",
        subject="Neue Textvorlage Art. 15 Antwort (Leben/BU) im Korrespondenzsystem",
        date="2025-02-10 13:18",
        text="""
            Hallo zusammen,

            die neue Vorlage "DS_A15_LEBEN_v3" ist ab sofort im Korrespondenzsystem
            freigeschaltet. Hier zur Info der Text. Bitte die Platzhalter nicht
            überschreiben, sondern über die Maske füllen lassen, und den Abschnitt
            Gesundheitsdaten nur auswählen, wenn der Beratungsarzt die Freigabe erteilt
            hat (wegen Art. 15 Abs. 4 / therapeutischer Vorbehalt).

            ------------------------------------------------------------
            «Anrede» «Titel» «Nachname»,

            Sie haben am «Eingangsdatum» Auskunft über die zu Ihrer Person bei der
            Elbmark Lebensversicherung AG gespeicherten Daten verlangt.

            Zu Ihrem Vertrag «Vertragsnummer» verarbeiten wir folgende Daten:
            «Block_Stammdaten»
            «Block_Vertragsdaten»
            [optional] «Block_Gesundheitsdaten» (Angaben aus dem Antrag, Leistungs-
            prüfung, ärztliche Unterlagen)
            «Block_Empfänger»

            Eine Kopie der Daten erhalten Sie in der Anlage. Für weitere Kopien
            können wir ein angemessenes Entgelt verlangen.

            Mit freundlichen Grüßen
            «Sachbearbeiter»
            ------------------------------------------------------------

            Gruß, Lea
            """,
        label="N", lang="de", kind="internal",
        reason="trap: Art. 15 template for life/disability with placeholders only")


def m010():
    return mail(
        frm="Lea Brinkmann <l.brinkmann@elbmark.example>",
        to="Bestand Sach <bestand-sach@elbmark.example>",
        subject="WG: Löschung meiner Daten",
        date="2025-02-11 09:03",
        charset="windows-1252",
        text="""
            Hallo Bestand Sach,

            bitte prüfen, ob zu Frau Schäfer noch offene Vorgänge bestehen (Schaden,
            Beitragsrückstand). Vertrag laut System zum 31.12.2023 gekündigt, letzte
            Zahlung 2023. Wenn nichts offen ist, Sperrung nach Löschkonzept
            (Aufbewahrung bis 31.12.2033 wegen § 147 AO), Antwort an die Kundin macht
            dann unser Team.

            Danke und Gruß
            Lea Brinkmann

            -----Ursprüngliche Nachricht-----
            Von: Carola Schäfer <carola.schaefer@t-online.example>
            Gesendet: Montag, 10. Februar 2025 21:47
            An: info@elbmark.example
            Betreff: Löschung meiner Daten

            Sehr geehrte Damen und Herren,

            ich war bis Ende 2023 bei Ihnen mit meiner Wohngebäudeversicherung
            (Haus Birkenweg 4 in 25469 Halstenbek, Vertragsnr. WG 2217 6045) versichert.
            Das Haus ist verkauft. Ich fordere Sie hiermit auf, alle meine Daten
            gemäß Art. 17 DSGVO zu löschen und mir die Löschung schriftlich zu
            bestätigen. Außerdem möchte ich keine Werbung mehr.

            Mit freundlichen Grüßen
            Carola Schäfer
            """,
        label="C", lang="de", kind="customer",
        reason="quoted erasure request of a former buildings customer with contract number and address")


def m011():
    return mail(
        frm="Sabine Pohlmann <s.pohlmann@elbmark.example>",
        to="Ombudsmann PKV <verfahren@pkv-ombudsmann.example>",
        subject="Ihr Az. 2025/KV/00871 - Stellungnahme Elbmark Krankenversicherung AG",
        date="2025-02-11 16:30",
        cte="quoted-printable",
        text="""
            Sehr geehrte Frau Dr. Lehnhardt,

            zu der Beschwerde von Frau Johanna Retzlaff (Versicherungsnummer KV 7042 9915)
            nehmen wir wie folgt Stellung:

            Frau Retzlaff begehrt die Erstattung der kieferorthopädischen Behandlung
            ihrer Tochter Mila Retzlaff (geb. 03.08.2012, mitversichert im Tarif
            ZahnPlus Junior) gemäß Heil- und Kostenplan von Dr. med. dent. Kaya vom
            14.10.2024, Gesamtbetrag 4.870,00 EUR.

            Der Tarif leistet für Kieferorthopädie nur bei Einstufung in die
            kieferorthopädischen Indikationsgruppen (KIG) 3 bis 5. Laut dem
            eingereichten Befundbogen liegt KIG D2 (Distalbiss mit vergrößerter
            Frontzahnstufe von 5 mm) vor. Unser beratender Zahnarzt hat die Einstufung
            nach Auswertung der Modelle und des Fernröntgenseitenbildes bestätigt.
            Eine medizinische Notwendigkeit im Sinne des Tarifs ist damit nicht
            gegeben.

            Aus Kulanz haben wir angeboten, 20 % der Kosten der Retentionsphase zu
            übernehmen. Dieses Angebot halten wir aufrecht.

            Die Behandlungsunterlagen fügen wir auf dem gesicherten Weg über Ihr Portal
            bei, nicht per E-Mail.

            Mit freundlichen Grüßen
            Sabine Pohlmann
            Beschwerdemanagement Krankenversicherung
            Elbmark Krankenversicherung AG
            """,
        label="S", lang="de", kind="insurer-to-ombudsman",
        reason="ombudsman statement on orthodontic claim of a named child with birth date and KIG findings")


def m012():
    return mail(
        frm="Jonas Terhalle <j.terhalle@elbmark.example>",
        to="Siobhan Keane <siobhan.keane@northgate-group.example>",
        subject="Data subject rights - monthly report January 2025 (Elbmark DE)",
        date="2025-02-12 10:00",
        text="""
            Hi Siobhan,

            please find attached the January figures for the group dashboard.
            Highlights:
            - 61 access requests (Art. 15), 38 of them health (PKV), 9 life/disability
            - 2 requests answered after day 30 (both extended under Art. 12(3), the
              data subjects were informed in time)
            - erasure requests up after the press article on data brokers
            - 3 complaints to the supervisory authority received, none new from the
              ombudsman side

            Kind regards
            Jonas
            """,
        atts=[xlsx("DSR_report_2025-01_ElbmarkDE.xlsx", [
            ["Entity", "Request type", "Line of business", "Received", "Closed", "Closed > 30 days", "Avg. days"],
            ["Elbmark Kranken", "Access (Art. 15)", "Health", 38, 35, 1, 21.4],
            ["Elbmark Leben", "Access (Art. 15)", "Life / disability", 9, 8, 1, 26.0],
            ["Elbmark Allgemeine", "Access (Art. 15)", "P&C / motor", 14, 14, 0, 12.9],
            ["All entities", "Erasure (Art. 17)", "all", 27, 24, 0, 9.3],
            ["All entities", "Rectification (Art. 16)", "all", 11, 11, 0, 4.1],
            ["All entities", "Objection (Art. 21)", "all", 19, 19, 0, 2.2],
            ["All entities", "Complaints via supervisory authority", "all", 3, 1, 0, ""],
        ], sheet="January")],
        label="N", lang="en", kind="internal",
        reason="trap: aggregate DSAR statistics per line of business, no individual")


def m013():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Meldungen HmbBfDI <meldungen@datenschutz-hamburg.example>",
        subject="Nachtrag zur Meldung nach Art. 33 DSGVO vom 12.02.2025, Ihr Az. 33.21-2025-0419",
        date="2025-02-14 12:26",
        text="""
            Sehr geehrter Herr Rademacher,

            wie telefonisch erbeten, ergänzen wir unsere Meldung vom 12.02.2025 um die
            Angaben zu den betroffenen Personen. Es handelt sich nicht um Gesundheitsdaten.

            Vorgang: Ein Regulierungsschreiben der Kfz-Haftpflichtschadenabteilung
            wurde am 10.02.2025 an eine veraltete Anschrift versandt und von dem
            jetzigen Bewohner geöffnet.

            Betroffene Personen:
            1. Versicherungsnehmer Herr Benedikt Auer, Kehdinger Weg 3, 21682 Stade
               (neue Anschrift seit 11/2024), Schaden-Nr. S-2025-004417
            2. Anspruchsteller Herr Gökhan Yilmaz, Kennzeichen STD-GY 411
               (Sachschaden an Pkw, kein Personenschaden)

            Offengelegte Daten: Namen, Anschriften, Kennzeichen, Schadenhergang,
            Reparaturkosten 2.940,17 EUR, Bankverbindung des Anspruchstellers (letzte
            vier Ziffern).

            Der Bewohner hat das Schreiben am 13.02.2025 an uns zurückgegeben und
            schriftlich versichert, keine Kopien angefertigt zu haben. Wir halten das
            Risiko daher weiterhin für gering; eine Benachrichtigung nach Art. 34
            erfolgt nicht, beide Betroffenen wurden gleichwohl telefonisch informiert.

            Mit freundlichen Grüßen
            Dr. Katharina Vossberg
            Datenschutzbeauftragte
            Elbmark Allgemeine Versicherung AG
            """,
        label="C", lang="de", kind="insurer-to-authority",
        reason="Art. 33 follow-up names motor policyholder and claimant with claim number and plate; no injury")


def m014():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Tobias Wendland <t.wendland@elbmark.example>",
        subject="Abwesenheit: Re: Ablage Vorfallregister",
        date="2025-02-14 17:05",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text="""
            Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21.02.2025 nicht
            im Büro.

            Bei Datenschutzvorfällen (z. B. Fehlversand von Gesundheitsdaten, Verlust
            von Geräten) wenden Sie sich bitte sofort an datenschutz@elbmark.example
            oder die Hotline 040 3009-4400 - die 72-Stunden-Frist läuft auch während
            meiner Abwesenheit. Vertretung: Jonas Terhalle.

            Thank you for your message. I am out of the office until 21 February.
            For data breaches please contact datenschutz@elbmark.example.
            """,
        label="N", lang="mixed", kind="internal",
        reason="trap: bilingual out-of-office of the DPO mentioning health-data breaches")


def m015():
    return mail(
        frm="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        to="Svenja Kruse <s.kruse@elbmark.example>",
        subject="WG: Ihre Leistungsablehnung Krankentagegeld - Mandantin Tanja Vogler, KV 4409 6612",
        date="2025-02-17 09:12",
        text="""
            Frau Kruse,

            Anwaltsschreiben anbei zur Kenntnis. Frist 03.03. habe ich notiert. Bitte
            schicken Sie mir bis Mittwoch die komplette Leistungsakte inkl. der
            Stellungnahme des Beratungsarztes (Dr. Hennings) und des Gutachtens von
            Dr. Brüggemann, intern über die Akte, nicht per Mail.

            Ich sehe Prozessrisiko, wenn wir die Berufsunfähigkeit nach § 15 MB/KT nur
            auf das Gutachten nach Aktenlage stützen.

            Gruß
            Miriam Oltmanns
            Syndikusrechtsanwältin | Rechtsabteilung

            ---------- Weitergeleitete Nachricht ----------
            Von: Kanzlei Brandes & Uhlig <j.uhlig@brandes-uhlig.example>
            Datum: Fr., 14. Feb. 2025 um 16:31
            Betreff: Ihre Leistungsablehnung Krankentagegeld - Mandantin Tanja Vogler, KV 4409 6612

            Sehr geehrte Damen und Herren,

            wir zeigen an, dass uns Frau Tanja Vogler, Wandsbeker Zollstraße 88, 22041
            Hamburg, mit der Wahrnehmung ihrer Interessen beauftragt hat. Vollmacht
            anbei.

            Unsere Mandantin ist seit dem 02.09.2024 arbeitsunfähig erkrankt. Sie leidet
            an einem Bandscheibenvorfall L5/S1 mit Radikulopathie (M51.1), der am
            21.10.2024 operativ versorgt wurde; es besteht eine fortdauernde
            Schmerzsymptomatik. Mit Schreiben vom 20.01.2025 haben Sie die Zahlung des
            Krankentagegeldes eingestellt, weil angeblich Berufsunfähigkeit als
            Verkäuferin eingetreten sei. Dies ist unzutreffend; die behandelnde
            Neurochirurgin prognostiziert die Wiederaufnahme der Tätigkeit im Rahmen einer
            Wiedereingliederung ab April 2025.

            Wir fordern Sie auf, das Krankentagegeld von 98,00 EUR täglich ab dem
            20.01.2025 nachzuzahlen und bis zum 03.03.2025 schriftlich zu bestätigen,
            dass Sie die Leistungen fortsetzen. Nach fruchtlosem Fristablauf werden
            wir unserer Mandantin empfehlen, Klage zu erheben.

            Mit freundlichen Grüßen
            Jana Uhlig
            Rechtsanwältin
            Fachanwältin für Versicherungsrecht
            """,
        label="S", lang="de", kind="lawyer",
        reason="forwarded lawyer letter on sickness daily allowance: disc prolapse M51.1, surgery, named client")


def m016():
    return mail(
        frm="Nadine Falk <n.falk@elbmark.example>",
        to="Datenschutz Elbmark <datenschutz@elbmark.example>",
        subject="Possible breach - refund list sent to wrong recipient",
        date="2025-02-17 15:44",
        text="""
            Hi,

            I'm reporting this on behalf of Collections (I'm covering for Karsten).
            At 13:20 today our team sent the attached refund file for the household
            and liability portfolio to "zahlungsverkehr@nordbank-service.example"
            instead of "zahlungsverkehr@nordbank-services.example". The address with
            the missing "s" belongs to an unknown party, no bounce.

            The file was not encrypted. We have sent a recall request and an email
            asking the recipient to delete it. No reply so far.

            Attached is the file exactly as sent so you can see what was in it.

            Nadine Falk
            Inkasso / Zahlungsverkehr
            Elbmark Allgemeine Versicherung AG
            """,
        atts=[csvf("Erstattungen_Sach_2025-02-17.csv", """
            Vertragsnr;Sparte;Name;Vorname;IBAN;Betrag;Verwendungszweck
            HR 6619034;Hausrat;Lindemann;Ole;DE08 2004 8011 0919 9126 37;84,20;Beitragsrueckerstattung 2025
            PH 3307781;Privathaftpflicht;Okonkwo;Grace;DE77 2007 5695 5445 3562 14;31,50;Beitragsrueckerstattung 2025
            HR 6620522;Hausrat;Behrendt;Ilse;DE88 2105 5374 3465 3532 75;112,75;Vertragsende 31.01.2025
            WG 2219 0047;Wohngebaeude;Tiedemann;Jörg;DE93 2005 4992 7075 1117 29;406,00;Vertragsende 31.01.2025
            """, encoding="windows-1252", subtype="vnd.ms-excel")],
        label="C", lang="en", kind="internal",
        reason="breach report; attached CSV lists named customers with contract numbers and IBANs (P&C only)")


def m017():
    return mail(
        frm="Jonas Terhalle <j.terhalle@elbmark.example>",
        to="Datenschutzkoordinatoren <datenschutzkoordinatoren@elbmark.example>",
        subject="Löschkonzept v2.1 - Fristentabelle zur Abstimmung",
        date="2025-02-18 11:20",
        html="""
            <html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
            <p>Hallo zusammen,</p>
            <p>wie im Jour fixe besprochen hier die Fristentabelle aus dem Löschkonzept v2.1.
            Bitte bis 28.02. Rückmeldung, ob eure Bereiche abweichende Anforderungen haben.</p>
            <table border="1" cellpadding="4" cellspacing="0">
            <tr><th>Datenart</th><th>Regelfrist</th><th>Fristbeginn</th><th>Grundlage</th></tr>
            <tr><td>Antragsdaten inkl. Gesundheitsfragen (nicht zustande gekommen)</td><td>3 Jahre</td><td>Ablehnung</td><td>§ 195 BGB</td></tr>
            <tr><td>Leistungsakten KV (Belege, Arztberichte)</td><td>10 Jahre</td><td>Ende Jahr der Leistung</td><td>§ 257 HGB</td></tr>
            <tr><td>BU-Leistungsakten, Gutachten</td><td>10 Jahre nach Vertragsende</td><td>Vertragsende</td><td>§ 257 HGB, Verjährung</td></tr>
            <tr><td>Kfz-Schadenakten mit Personenschaden</td><td>30 Jahre</td><td>Regulierung</td><td>§ 197 BGB</td></tr>
            <tr><td>Aufzeichnungen Telefonate Schadenmeldung</td><td>6 Monate</td><td>Aufzeichnung</td><td>Einwilligung</td></tr>
            <tr><td>Vorgänge Betroffenenrechte</td><td>3 Jahre</td><td>Abschluss</td><td>Art. 5 Abs. 2 DSGVO</td></tr>
            </table>
            <p>Viele Grüße<br>Jonas Terhalle<br>Datenschutzkoordination</p>
            </body></html>
            """,
        label="N", lang="de", kind="internal",
        reason="trap: HTML-only retention table naming health questions, medical reports, personal-injury files")


def m018():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Frau Oberdieck <p.oberdieck@datenschutz-hamburg.example>",
        subject="Beschwerde Frau Helga Brandstetter - Ihr Az. 31.12-2024-2277",
        date="2025-02-19 14:48",
        text="""
            Sehr geehrte Frau Oberdieck,

            mit Schreiben vom 23.12.2024 haben Sie uns die Beschwerde von Frau Helga
            Brandstetter, Dorfstraße 17, 21521 Aumühle, übermittelt und um Stellungnahme
            gebeten. Frau Brandstetter trägt vor, ein Vertreter unserer Ausschließlichkeits-
            organisation habe ihrer Nachbarin gegenüber erwähnt, dass sie an Brustkrebs
            erkrankt sei und deshalb ihre Risikolebensversicherung nicht habe erhöhen
            können.

            Wir haben den Sachverhalt wie folgt aufgeklärt:

            1. Frau Brandstetter hat im Mai 2024 über den selbständigen Vertreter Herrn
               Uwe Claasen eine Erhöhung der Versicherungssumme ihrer Risikolebens-
               versicherung (Vertrag L 4120 0937) beantragt. Die Risikoprüfung hat den
               Antrag wegen einer im Jahr 2023 diagnostizierten und behandelten
               Brustkrebserkrankung (Mammakarzinom links, C50.4) zurückgestellt.
            2. Herr Claasen hat die Entscheidung im Agentursystem gesehen. Er räumt ein,
               bei einem privaten Treffen mit der Nachbarin, einer ebenfalls von ihm
               betreuten Kundin, über die "Zurückstellung aus gesundheitlichen Gründen"
               gesprochen zu haben. Die Diagnose selbst will er nicht genannt haben.
            3. Wir haben Herrn Claasen abgemahnt, seine Leserechte auf die Entscheidung
               ohne Begründung beschränkt und die Schulung zu § 203 StGB nachgeholt.

            Eine Kopie unserer Antwort an Frau Brandstetter liegt bei.

            Mit freundlichen Grüßen
            Dr. Katharina Vossberg
            Datenschutzbeauftragte
            """,
        label="S", lang="de", kind="insurer-to-authority",
        reason="authority complaint answer: named customer's breast cancer (C50.4), life underwriting decision")


def m019():
    return mail(
        frm="Ines Freitag <i.freitag@elbmark.example>",
        to="Ruth Meininger <r.meininger@scanwerk-services.example>",
        subject="Data processing agreement - our comments on your draft v2",
        date="2025-02-19 16:10",
        text="""
            Dear Ms Meininger,

            thank you for the revised data processing agreement for the inbound mail
            scanning service. Our comments in short:

            1. Annex 1 (categories of data): please keep "health data incl. medical
               invoices, discharge letters, prescriptions" explicitly - this is most of
               what you will scan for Elbmark Krankenversicherung, and we need the
               § 203 StGB clause (section 7.3) for it.
            2. Sub-processors: the OCR cloud component must stay in the EEA. Please
               confirm the data centre location of your Polish sub-processor.
            3. Deletion: scans must be deleted 14 days after successful transfer to
               our DMS, paper originals shredded to DIN 66399 security level P-4
               (protection class 3).
            4. Audit rights: we need on-site audits, remote questionnaires alone are
               not enough.
            5. Invoicing: our accounts payable details remain unchanged, Elbmark
               Versicherung AG, IBAN DE73 2005 9776 0303 3275 58.

            Could we have a call on Friday? 10:00 would suit us.

            Best regards
            Ines Freitag
            Compliance / Outsourcing Management
            Elbmark Versicherung AG
            """,
        label="N", lang="en", kind="insurer-to-supplier",
        reason="trap: processor agreement naming health data categories; only the insurer's company IBAN")


def m020():
    return mail(
        frm="Aylin Demirci <a.demirci@elbmark.example>",
        to="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        subject="WG: Schaden S-2024-097310 / Ihr VN Herr Krüger - Klageandrohung",
        date="2025-02-20 10:37",
        text="""
            Hallo Frau Oltmanns,

            können Sie sich das bitte anschauen? Wir haben 50 % reguliert, weil der
            Hergang (Spurwechsel auf der A7 bei Quickborn) streitig ist und es keine
            Zeugen gibt. Dashcam-Aufnahmen des Gegners liegen nicht vor.

            Gruß Aylin Demirci
            Kfz-Schaden Haftpflicht

            > Von: RA Frederik Möhring <kanzlei@moehring-recht.example>
            > Gesendet: Mittwoch, 19. Februar 2025 17:58
            > Betreff: Schaden S-2024-097310 / Ihr VN Herr Krüger - Klageandrohung
            >
            > Sehr geehrte Damen und Herren,
            >
            > in der Verkehrsunfallsache unseres Mandanten Herrn Lars Petrowski
            > gegen Ihren Versicherungsnehmer Herrn Heiko Krüger (amtl. Kennzeichen
            > PI-HK 880) halten wir die Quotelung von 50 % für nicht vertretbar. Ihr
            > Versicherungsnehmer hat beim Spurwechsel den Fahrstreifen unseres
            > Mandanten nicht beachtet (§ 7 Abs. 5 StVO). Personen wurden nicht
            > verletzt.
            >
            > Wir fordern die Restzahlung von 4.211,38 EUR (Reparaturkosten,
            > Wertminderung, Gutachterkosten, Nutzungsausfall für 9 Tage) bis zum
            > 05.03.2025 auf unser Anderkonto, andernfalls erheben wir Klage beim
            > Amtsgericht Pinneberg.
            >
            > Mit freundlichen Grüßen
            > Möhring, Rechtsanwalt
            """,
        label="C", lang="de", kind="lawyer",
        reason="quoted lawyer letter in motor liability: named policyholder and claimant, plate, claim number, no injury")


def m021():
    return mail(
        frm="Olivia Brandt <o.brandt@elbmark.example>",
        to="Priya Raghunathan <priya.r@protonmail.example>",
        subject="Your subject access request - ref. DSR-2025-0451",
        date="2025-02-20 15:02",
        text="""
            Dear Ms Raghunathan,

            Further to your request of 27 January, please find attached the copy of
            the personal data we hold about you under your international health
            plan. The spreadsheet lists all claims since the start of your cover in
            2021, including the information taken from your providers' invoices.

            The password for the file will follow in a separate text message to the
            mobile number on your policy.

            If anything is unclear, just reply to this email.

            Kind regards
            Olivia Brandt
            International Health Services
            Elbmark Krankenversicherung AG
            """,
        atts=[xlsx("DSR-2025-0451_data_copy.xlsx", [
            ["Policy", "IH 2021-30417", "", "", "", ""],
            ["Insured", "Priya Raghunathan, born 1989-06-22", "", "", "", ""],
            ["Plan", "Global Care Silver, deductible EUR 500", "", "", "", ""],
            ["Claim no.", "Date of treatment", "Provider", "Diagnosis (ICD-10)", "Invoiced EUR", "Paid EUR"],
            ["IHC-21-08812", "2021-11-03", "Dr. S. Chandrasekar, Hamburg", "J45.0 allergic asthma", 142.30, 142.30],
            ["IHC-22-01457", "2022-02-14", "Apotheke Eppendorf", "J45.0 - Symbicort 160/4.5", 61.77, 61.77],
            ["IHC-23-05530", "2023-05-30", "Universitätsklinikum, gynaecology", "O21.0 hyperemesis gravidarum", 2310.00, 2310.00],
            ["IHC-23-11902", "2023-12-18", "Geburtshaus Altona", "Z37.0 live birth", 3985.50, 3985.50],
            ["IHC-24-06621", "2024-07-09", "Dr. M. Aydin, psychiatry", "F53.0 postpartum depression", 486.90, 389.52],
        ], sheet="Claims")],
        label="S", lang="en", kind="insurer-to-customer",
        reason="DSAR answer; XLSX with birth date, pregnancy, asthma and postpartum depression claims")


def m022():
    return mail(
        frm="Henrik Baumgaertel <h.baumgaertel@elbmark.example>",
        to="Vorstandsbüro <vorstandsbuero@elbmark.example>",
        cc="Ines Freitag <i.freitag@elbmark.example>",
        subject="Beschwerdebericht Q4/2024 - Vorlage für die Vorstandssitzung",
        date="2025-02-21 09:15",
        text="""
            Sehr geehrte Damen und Herren,

            anbei die Kennzahlen für den Beschwerdebericht Q4/2024 (MaGo / BaFin-
            Merkblatt Beschwerdebearbeitung). Kurzfassung:

            Beschwerden gesamt:                   1.284  (Q3: 1.197)
            davon über BaFin:                        41  (Q3: 37)
            davon über Versicherungsombudsmann:      58
            davon über PKV-Ombudsmann:               33
            davon Datenschutz (inkl. Aufsicht):      27
            Anteil begründet/teilweise begründet:   38 %
            häufigste Gründe KV: Ablehnung Hilfsmittel, Beitragsanpassung,
              Bearbeitungsdauer Leistung
            häufigste Gründe Leben/BU: Dauer der Leistungsprüfung, Ablehnung BU
              nach Nachprüfung, Rückkaufswerte
            häufigste Gründe Kfz: Quotelung, SF-Rückstufung

            Auffällig ist der Anstieg bei der Bearbeitungsdauer in der BU-Leistung
            (Stau bei Gutachtenaufträgen). Gegenmaßnahmen sind mit dem Bereich
            abgestimmt.

            Mit freundlichen Grüßen
            Henrik Baumgärtel
            Leiter Beschwerdemanagement
            """,
        label="N", lang="de", kind="internal",
        reason="trap: complaints KPIs by line incl. disability and health, aggregates only")


def m023():
    return mail(
        frm="Sabine Pohlmann <s.pohlmann@elbmark.example>",
        to="Versicherungsombudsmann <beschwerde@versicherungsombudsmann.example>",
        subject="Beschwerdeverfahren Az. 2024-0187433 - Herr Kai-Uwe Brenneke",
        date="2025-02-21 13:40",
        text="""
            Sehr geehrter Herr Zimmek,

            in dem Beschwerdeverfahren von Herrn Kai-Uwe Brenneke, Versicherungsschein
            HR 6610 3381 (Hausratversicherung), nehmen wir Stellung.

            Herr Brenneke meldete am 12.10.2024 einen Einbruchdiebstahl in seine
            Wohnung Max-Brauer-Allee 141, 22765 Hamburg. Entwendet worden seien u. a.
            ein Rennrad (Canyon Ultimate, 4.299 EUR), eine Uhr und Bargeld. Laut
            Ermittlungsakte der Polizei waren keine Einbruchspuren an der Wohnungstür
            feststellbar; die Tür war nach Angaben des Versicherungsnehmers nur
            zugezogen, nicht abgeschlossen.

            Ein Einbruch im Sinne von § 3 Nr. 2 VHB 2019 setzt ein Eindringen mittels
            Aufbrechens, falscher Schlüssel oder anderer Werkzeuge voraus. Dafür gibt es
            keine Anhaltspunkte. Für einfachen Diebstahl aus der Wohnung besteht kein
            Versicherungsschutz; die Fahrradklausel greift nur bei verschlossenem Rad.

            Wir halten die Ablehnung aufrecht. Eine Kulanzzahlung in Höhe von 500 EUR
            für die Wohnungstür (Schaden durch das spätere Austauschen des Schlosses)
            bieten wir an.

            Mit freundlichen Grüßen
            Sabine Pohlmann
            Beschwerdemanagement
            Elbmark Allgemeine Versicherung AG
            """,
        label="C", lang="de", kind="insurer-to-ombudsman",
        reason="ombudsman statement on named household customer's burglary claim with policy number and address")


def m024():
    return mail(
        frm="Henrik Baumgaertel <h.baumgaertel@elbmark.example>",
        to="BaFin Beschwerdestelle <poststelle-va@bafin.example>",
        subject="Gz. VA 31-QB 5000-2025/0873 - Beschwerde Frau Waltraud Mehnert",
        date="2025-02-24 11:08",
        cte="quoted-printable",
        text="""
            Sehr geehrte Damen und Herren,

            zu der uns mit Schreiben vom 10.02.2025 übersandten Beschwerde von Frau
            Waltraud Mehnert, Am Sportplatz 2, 23843 Bad Oldesloe, nehmen wir wie folgt
            Stellung:

            Frau Mehnert hat ihre kapitalbildende Lebensversicherung (Vertrag
            L 3311 8420, Beginn 01.12.2004, Tarif E04, Versicherungssumme 40.000 EUR)
            zum 01.01.2025 gekündigt. Ausgezahlt wurden 27.914,63 EUR (Rückkaufswert
            einschließlich Überschussbeteiligung und Bewertungsreserven abzüglich
            Kapitalertragsteuer und Solidaritätszuschlag). Die Beschwerdeführerin meint,
            ihr stünden mindestens die eingezahlten Beiträge von 30.240 EUR zu.

            Die Berechnung entspricht § 169 VVG und den vereinbarten Bedingungen; der
            Rückkaufswert wurde nach dem Deckungskapital berechnet, ein Stornoabzug
            wurde nicht erhoben. Die Abrechnung haben wir der Kundin am 06.01.2025
            erläutert und erneut mit Schreiben vom heutigen Tage.

            Eine Kopie unseres Schreibens an Frau Mehnert sowie die Abrechnung fügen wir
            bei.

            Mit freundlichen Grüßen
            Elbmark Lebensversicherung AG
            i. V. Henrik Baumgärtel      i. A. Carsten Wiebe
            """,
        label="S", lang="de", kind="insurer-to-regulator",
        reason="BaFin complaint answer about a named person's life policy surrender (personal line)")


def m025():
    return mail(
        frm="Tobias Wendland <t.wendland@elbmark.example>",
        to="Crisis Exercise Team <krisenstab-uebung@elbmark.example>",
        cc="Siobhan Keane <siobhan.keane@northgate-group.example>",
        subject="Tabletop exercise 13 March - scenario pack (EXERCISE EXERCISE EXERCISE)",
        date="2025-02-24 16:45",
        text="""
            All,

            Scenario pack for the tabletop exercise on 13 March. Everything below is
            fictitious. Please do not forward outside the exercise team so the
            players meet it fresh.

            *** EXERCISE - FICTITIOUS SCENARIO ***

            Inject 1 (09:00): A journalist from "Hafenkurier" calls press office:
            she has been sent a USB stick that allegedly contains 5,000 claim files
            from our disability (BU) portfolio, including psychiatric reports.

            Inject 2 (09:40): IT reports that a contractor laptop with a full export of
            the health claims data warehouse (test copy, but with unmasked production
            data) went missing two weeks ago; the loss was not reported.

            Inject 3 (10:30): An anonymous post on a forum offers "Elbmark
            Gesundheitsdaten" for sale, sample screenshot shows ICD codes and dates of
            birth (fabricated example: "Max Mustermann, 01.01.1970, F32.2").

            Questions for the players: Art. 33 clock start, Art. 34 threshold, who
            decides on criminal complaint, communication to BaFin and the group, what
            do we tell customers calling the hotline.

            *** END OF EXERCISE SCENARIO ***

            Tobias
            """,
        label="N", lang="en", kind="internal",
        reason="trap: fictitious crisis-exercise scenario with psychiatric reports, Max Mustermann placeholder")


def m026():
    return mail(
        frm="Elbmark Betroffenenrechte <betroffenenrechte@elbmark.example>",
        to="Bernd Lüttjohann <b.luettjohann@gmx.example>",
        subject="Ihr Widerspruch gegen Werbung - Bestätigung",
        date="2025-02-25 08:49",
        text="""
            Sehr geehrter Herr Lüttjohann,

            Ihren Widerspruch vom 21.02.2025 gegen die Verwendung Ihrer Daten zu
            Werbezwecken (Art. 21 Abs. 2 DSGVO) haben wir umgesetzt. Für Ihre Verträge

              Kfz-Versicherung   KF 8172 4490   (HH-BL 1964)
              Privathaftpflicht  PH 3301 9952

            erhalten Sie ab sofort keine Werbung mehr, weder per Post noch per E-Mail
            oder Telefon. Vertragsbezogene Mitteilungen (z. B. Beitragsrechnung,
            Versicherungsbestätigung) schicken wir Ihnen selbstverständlich weiterhin.

            Bitte beachten Sie: Bereits produzierte Werbesendungen können Sie in den
            nächsten zwei Wochen noch erreichen.

            Mit freundlichen Grüßen
            Ihr Team Betroffenenrechte
            Elbmark Allgemeine Versicherung AG
            """,
        label="C", lang="de", kind="insurer-to-customer",
        reason="objection confirmation listing named customer's motor and liability policies and plate")


def m027():
    return mail(
        frm="Paul Hagedorn <p.hagedorn@elbmark.example>",
        to="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        cc="Datenschutz Elbmark <datenschutz@elbmark.example>",
        subject="BU-Leistungsfall L 3907 1126 - Widerruf der Schweigepflichtentbindung",
        date="2025-02-25 14:22",
        text="""
            Hallo Frau Oltmanns,

            kurze rechtliche Frage zu einem laufenden BU-Fall:

            VN/VP: Herr Stefan Wolgast, geb. 11.05.1976, Elektromeister.
            BU-Antrag seit 08/2024 wegen depressiver Episode (F32.2) und
            Alkoholabhängigkeit (F10.2), stationäre Entgiftung und anschließende
            Reha in der Fachklinik Heidehof 10-12/2024.

            Herr Wolgast hat gestern die Schweigepflichtentbindung vollständig
            widerrufen, "weil die Versicherung nichts über die Sucht wissen muss". Uns
            fehlen noch der Entlassungsbericht der Reha und die Unterlagen des
            Hausarztes ab 2021 (wegen möglicher vorvertraglicher Anzeigepflicht-
            verletzung, Vertragsbeginn 03/2022).

            Sehe ich es richtig, dass wir ihm nach § 213 Abs. 2 VVG jetzt nur noch
            Einzelermächtigungen anbieten können und ihn auf die Folgen nach
            § 31 VVG (Mitwirkungsobliegenheit) hinweisen müssen? Und dürfen wir die
            bereits vorliegenden Unterlagen weiter verwenden?

            Danke und Gruß
            Paul Hagedorn
            Leistung Berufsunfähigkeit
            Elbmark Lebensversicherung AG
            """,
        label="S", lang="de", kind="internal",
        reason="disability claim: named insured with birth date, depression F32.2 and alcohol dependence F10.2")


def m028():
    return mail(
        frm="Dr. Raphael Kuhnert <r.kuhnert@elbmark.example>",
        to="Rechtsabteilung <recht@elbmark.example>",
        subject="Rechtsprechungsübersicht KW 8 - BGH zur Obliegenheit bei Schweigepflichtentbindung",
        date="2025-02-26 08:30",
        text="""
            Liebe Kolleginnen und Kollegen,

            in der Übersicht dieser Woche ein Urteil, das unsere BU- und KV-Praxis
            betrifft:

            BGH, Urt. v. 22.01.2025 - IV ZR 112/23 (fiktives Aktenzeichen für die
            interne Fortbildung, Sachverhalt nach einer Entscheidung vereinfacht):
            Der Versicherer verlangte vom Versicherungsnehmer eine pauschale
            Schweigepflichtentbindung für alle Ärzte der letzten zehn Jahre. Der
            Kläger, der wegen einer psychischen Erkrankung BU-Leistungen geltend
            machte, verweigerte dies. Der Senat hält die Leistungsverweigerung für
            unberechtigt: Der Versicherer müsse dem VN die Möglichkeit geben, statt
            der Pauschalermächtigung die erforderlichen Unterlagen selbst beizubringen
            oder Einzelermächtigungen zu erteilen (informationelle Selbstbestimmung,
            § 213 VVG).

            Für uns heißt das: Die Textbausteine im BU-Leistungsprozess (Baustein
            L-AN-07) sollten die Wahlmöglichkeit ausdrücklich anbieten. Frau Oltmanns
            schaut sich das mit dem Bereich an.

            Beste Grüße
            Raphael Kuhnert
            Leiter Recht
            """,
        label="N", lang="de", kind="internal",
        reason="trap: case-law summary on disability claim with mental illness, anonymous claimant")


def m029():
    return mail(
        frm="Marco Steffens <m.steffens@elbmark.example>",
        to="Maklerbetreuung Nord <maklerbetreuung-nord@elbmark.example>",
        subject="FW: Bestandsübertragung / Data copy for client - Kessler Tischlerei",
        date="2025-02-26 12:05",
        text="""
            Kolleginnen, bitte Maklervollmacht prüfen und dann Bestandsübertragung
            anstoßen. Die angeforderte Datenkopie schicken wir nicht an den Makler,
            sondern an den Kunden selbst (Art. 15, Identität nicht über Makler).

            Gruß Marco

            -----Original Message-----
            From: Finn Asmussen <f.asmussen@asmussen-assekuranz.example>
            Sent: Tuesday, 25 February 2025 18:14
            To: Maklerbetreuung Nord <maklerbetreuung-nord@elbmark.example>
            Subject: Bestandsübertragung / Data copy for client - Kessler Tischlerei

            Hello,

            as of 1 March our office looks after Mr Jonas Kessler, owner of
            Tischlerei Kessler e.K., Industriestraße 8, 24768 Rendsburg. Broker mandate
            attached (signed 20 Feb).

            Contracts concerned:
            - Commercial contents / business interruption, policy BI 4402 1783
            - Commercial liability, policy BH 5510 0627
            - Company van RD-JK 88, policy KF 8166 0213

            Mr Kessler would also like a copy of all data you hold about him and his
            business (Art. 15 GDPR), including the claims history of the last five
            years (there was a fire in the workshop in 2022, claim S-2022-031145).

            Please send everything to us, the client agrees.

            Best regards
            Finn Asmussen
            Asmussen Assekuranzmakler GmbH
            """,
        label="C", lang="en", kind="broker",
        reason="broker mail on a sole trader's policies, plate and fire claim number; no health data")


def m030():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Siobhan Keane <siobhan.keane@northgate-group.example>",
        subject="AW: RE: Fehlzuordnung Arztbericht in E-Akte - group escalation?",
        date="2025-02-27 10:02",
        text="""
            Siobhan,

            short answer: no group escalation needed in my view. It is an internal
            misfiling, not a disclosure outside the company, but I will log it in the
            breach register as a "near miss". See the German thread below for
            details, summary in English at the bottom of Svenja's mail.

            Katharina

            -----Ursprüngliche Nachricht-----
            Von: Svenja Kruse <s.kruse@elbmark.example>
            Gesendet: Mittwoch, 26. Februar 2025 16:55
            An: Katharina Vossberg <k.vossberg@elbmark.example>
            Betreff: RE: Fehlzuordnung Arztbericht in E-Akte

            Hallo Frau Vossberg,

            der Scan-Dienstleister hat den Arztbericht der Klinik für Neurologie
            (Dr. Schwenk) über Herrn Friedhelm Jansen, KV 5590 2210 - Diagnose
            Multiple Sklerose, schubförmig remittierend (G35.1), Einstellung auf
            Ocrelizumab - in die E-Akte von Herrn Friedrich Janssen, KV 5590 2201,
            gelegt. Namensähnlichkeit, OCR hat die Versicherungsnummer falsch gelesen.

            Aufgefallen ist es der Kollegin bei der Leistungsprüfung, nach drei Tagen.
            Zugriffsprotokoll: nur zwei Sachbearbeiterinnen aus unserem Team haben die
            Akte geöffnet. Dokument ist umgehängt.

            EN summary: medical report of customer A filed in e-file of customer B
            for 3 days, only accessed by two claims staff, corrected.

            Gruß
            Svenja Kruse
            """,
        label="S", lang="mixed", kind="internal",
        reason="English reply; German quote names health customer with multiple sclerosis G35.1 and drug")


def m031():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Projekt Telemedizin <projekt-telemedizin@elbmark.example>",
        cc="Tobias Wendland <t.wendland@elbmark.example>",
        subject="DSFA Videosprechstunde \"ElbDoc\" - Ergebnis und Auflagen",
        date="2025-02-27 15:30",
        text="""
            Liebes Projektteam,

            die Datenschutz-Folgenabschätzung nach Art. 35 DSGVO für die
            Videosprechstunde ElbDoc ist abgeschlossen. Ergebnis: Das Restrisiko ist
            nach Umsetzung der Maßnahmen vertretbar, eine Konsultation der Aufsicht
            nach Art. 36 ist nicht erforderlich.

            Auflagen vor Go-live:
            1. Keine Übermittlung von Anamnese, Diagnosen oder Rezepten aus der
               Sprechstunde an die Leistungsbearbeitung ohne gesonderte Einwilligung
               der versicherten Person (technisch getrennte Mandanten).
            2. Ende-zu-Ende-Verschlüsselung der Videoverbindung; keine Aufzeichnung.
            3. Telemediziner werden als eigene Verantwortliche (Berufsgeheimnisträger)
               eingebunden, nicht als Auftragsverarbeiter.
            4. Löschung der Terminmetadaten nach 90 Tagen.
            5. Penetrationstest der App vor Go-live, Ergebnisbericht an ISB.

            Die vollständige DSFA liegt im DSMS unter DSFA-2025-02.

            Viele Grüße
            Katharina Vossberg
            """,
        label="N", lang="de", kind="internal",
        reason="trap: DPIA outcome for telemedicine about diagnoses and prescriptions, no individual")


def m032():
    return mail(
        frm="Lea Brinkmann <l.brinkmann@elbmark.example>",
        to="Hans-Peter Claußen <hp.claussen@freenet.example>",
        subject="Auskunft nach Art. 15 DSGVO - Wohngebäudeversicherung",
        date="2025-02-28 11:12",
        text="""
            Sehr geehrter Herr Claußen,

            anbei erhalten Sie wie gewünscht die Auskunft zu Ihrer Wohngebäude-
            versicherung als Tabellendokument (LibreOffice/Excel). Die Datei enthält Ihre
            Stammdaten, die Vertragsdaten und die Zahlungshistorie seit 2019.

            Zu Ihrer Frage, woher wir Ihre neue Bankverbindung haben: Sie haben uns das
            SEPA-Lastschriftmandat am 14.03.2023 über unser Kundenportal erteilt.

            Mit freundlichen Grüßen
            Lea Brinkmann
            Team Betroffenenrechte
            """,
        atts=[ods("Auskunft_Claussen_WG.ods", [
            ["Auskunft Art. 15 DSGVO", "Stand 28.02.2025"],
            ["Name", "Hans-Peter Claußen"],
            ["Geburtsdatum", "02.12.1961"],
            ["Anschrift", "Reetdachweg 6, 25548 Kellinghusen"],
            ["Vertrag", "WG 2214 8836, Wohngebäude, Versicherungssumme Wert 1914: 28.500 Mark"],
            ["Bankverbindung", "DE71 2106 2508 8438 2239 88 (seit 14.03.2023)"],
            ["Zahlungen", "Fälligkeit", "Betrag EUR", "Status"],
            ["", "01.01.2023", "1.212,40", "bezahlt"],
            ["", "01.01.2024", "1.318,77", "bezahlt"],
            ["", "01.01.2025", "1.402,05", "bezahlt"],
            ["Schäden", "S-2023-061174 Sturm 18.02.2023, reguliert 2.410,00 EUR"],
        ], sheet="Auskunft")],
        label="C", lang="de", kind="insurer-to-customer",
        reason="ODS access answer: birth date, IBAN, buildings policy and storm claim of a named customer")


def m033():
    return mail(
        frm="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        to="Dr. Felix Achterberg <f.achterberg@achterberg-doerr.example>",
        subject="LG Hamburg 332 O 41/25 - Schneider ./. Elbmark Leben - Entwurf Klageerwiderung",
        date="2025-03-03 09:40",
        text="""
            Lieber Herr Achterberg,

            vielen Dank für den Entwurf. Meine Anmerkungen sind im Dokument, kurz die
            wichtigsten Punkte:

            - Wir sollten nicht nur auf die Rücktrittsgründe abstellen, sondern
              hilfsweise die Anfechtung wegen arglistiger Täuschung halten.
            - Den Verweis auf die Psychotherapie 2019 bitte mit dem Datum aus dem
              Bericht der AOK-Auskunft belegen, nicht mit der Erinnerung des Vermittlers.
            - Frist zur Klageerwiderung ist der 24.03.2025.

            Viele Grüße
            Miriam Oltmanns
            """,
        atts=[docx("Klageerwiderung_Schneider_Entwurf_MO.docx", [
            "Landgericht Hamburg, 332 O 41/25",
            "In dem Rechtsstreit Jens Schneider, Eichenkamp 12, 22880 Wedel - Kläger - gegen Elbmark Lebensversicherung AG - Beklagte -",
            "beantragen wir, die Klage abzuweisen.",
            "I. Sachverhalt",
            "Der Kläger beantragte am 12.04.2021 eine selbständige Berufsunfähigkeitsversicherung (Vertrag L 4402 7719, monatliche Rente 1.500 EUR). Die Gesundheitsfrage 3 (Behandlungen wegen psychischer Erkrankungen in den letzten 5 Jahren) verneinte er.",
            "Tatsächlich befand sich der Kläger von März bis September 2019 wegen einer mittelgradigen depressiven Episode (F32.1) und einer Angststörung (F41.1) in ambulanter Psychotherapie bei Dipl.-Psych. Hanna Rieck (25 Sitzungen).",
            "Seit 02.05.2024 macht der Kläger Berufsunfähigkeit wegen einer rezidivierenden depressiven Störung (F33.2) geltend.",
            "II. Rechtliche Würdigung",
            "Die Beklagte ist mit Schreiben vom 18.11.2024 wirksam nach § 19 Abs. 2 VVG vom Vertrag zurückgetreten. [Anm. MO: hilfsweise Anfechtung § 22 VVG i. V. m. § 123 BGB ergänzen]",
        ])],
        label="S", lang="de", kind="insurer-to-lawyer",
        reason="harmless-looking body; DOCX draft defence names disability claimant with F32.1, F41.1, F33.2")


def m034():
    return mail(
        frm="IT Security Awareness <awareness@elbmark.example>",
        to="Alle Mitarbeitenden <alle@elbmark.example>",
        subject="Heads-up: phishing simulation in March / Phishing-Simulation im März",
        date="2025-03-03 13:00",
        html="""
            <html><body style="font-family:Arial,sans-serif">
            <p><b>Dear colleagues,</b></p>
            <p>In March we will run our next phishing simulation. The test mails will look like
            typical attacks on insurers: a fake "supervisory authority" asking for a breach report,
            a "lawyer's letter" with a link to a claim file, or a fake "doctor's report" to download.</p>
            <p>If you are unsure, use the <i>Report phishing</i> button in Outlook. Nobody will be
            named or blamed; we only evaluate figures per department.</p>
            <p>Never enter your password on a page you reached from a mail. Our real portals are
            only <a href="https://portal.elbmark.example">portal.elbmark.example</a> and
            <a href="https://makler.elbmark.example">makler.elbmark.example</a>.</p>
            <p>Thank you!<br>Your Information Security team</p>
            </body></html>
            """,
        label="N", lang="en", kind="internal",
        reason="trap: awareness mail mentioning breach reports, claim files and doctor's reports")


def m035():
    return mail(
        frm="ServiceDesk <servicedesk@elbmark.example>",
        to="Jonas Terhalle <j.terhalle@elbmark.example>",
        subject="[Ticket INC0488213] Funktionspostfach betroffenenrechte@ - Quota erreicht",
        date="2025-03-04 07:58",
        text="""
            Guten Morgen Herr Terhalle,

            zu Ihrem Ticket INC0488213:

            Das Funktionspostfach betroffenenrechte@elbmark.example hat die Quota von
            50 GB erreicht, eingehende Mails wurden seit gestern 22:14 Uhr mit NDR
            abgelehnt (ca. 40 Nachrichten). Wir haben das Postfach vorübergehend auf
            75 GB erweitert. Die abgelehnten Mails lassen sich nicht wiederherstellen;
            die Absender haben eine Unzustellbarkeitsnachricht erhalten.

            Bitte prüfen Sie die Archivierung (Aufbewahrungsrichtlinie "DS-3J" greift
            bei Ihnen nicht, weil die Ordner manuell angelegt wurden).

            Status: gelöst, wartet auf Bestätigung.

            Mit freundlichen Grüßen
            IT-ServiceDesk Elbmark
            """,
        label="N", lang="de", kind="internal",
        reason="trap: IT ticket about the DSAR mailbox, no request content")


def m036():
    return mail(
        frm="Olivia Brandt <o.brandt@elbmark.example>",
        to="Callum Fraser <callum.fraser@btinternet.example>",
        subject="RE: Access request - we need to confirm your identity",
        date="2025-03-04 10:31",
        text="""
            Dear Mr Fraser,

            Thank you. The details you gave match our records, so we can now process
            your request:

              Name:           Callum Angus Fraser
              Date of birth:  14 March 1979
              Address:        Flat 3, 22 Marchmont Road, Edinburgh EH9 1HZ
              Policy:         annual travel insurance TR 7705 3318 (single trip
                              cancellation and baggage, no medical section)

            You will receive the copy of your data within the next two weeks. Your
            claim for the delayed baggage on the Hamburg-Edinburgh flight (claim
            TRB-2024-5512) is included.

            Kind regards
            Olivia Brandt
            Elbmark Allgemeine Versicherung AG
            """,
        label="C", lang="en", kind="insurer-to-customer",
        reason="identity check reply with birth date, address and travel policy (baggage only, no medical)")


def m037():
    return mail(
        frm="Paul Hagedorn <p.hagedorn@elbmark.example>",
        to="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        subject="FW: Estate of the late Mr Reinhold Baxmann - policy L 2209 4415",
        date="2025-03-05 09:17",
        text="""
            Frau Oltmanns, englische Kanzlei, bitte einmal draufschauen wegen
            Erbschein vs. Grant of Probate. Die Leistung ist fällig, wir wissen nur
            nicht, an wen.

            Gruß Paul Hagedorn

            From: Eleanor Whitfield <e.whitfield@pembrokehale.example>
            Sent: 04 March 2025 16:40
            To: leben-leistung@elbmark.example
            Subject: Estate of the late Mr Reinhold Baxmann - policy L 2209 4415

            Dear Sirs,

            We act for Mrs Karen Baxmann-Hughes, daughter and executor of the late
            Mr Reinhold Baxmann (born 4 July 1941), formerly of Hindenburgstraße 3,
            Lübeck, who died in Brighton on 12 January 2025.

            The death certificate (enclosed, certified translation to follow) gives
            the cause of death as (1a) metastatic pancreatic carcinoma, (1b) chronic
            kidney disease stage 4. Mr Baxmann had been treated in the UK since 2023.

            We understand that Mr Baxmann held an endowment policy with your company,
            no. L 2209 4415, with no named beneficiary. We should be grateful if you
            would confirm the sum payable and the documents you require. An English
            Grant of Probate is expected in April.

            Yours faithfully
            Eleanor Whitfield
            Solicitor, Private Client
            Pembroke Hale LLP
            """,
        label="S", lang="en", kind="lawyer",
        reason="forwarded solicitor letter: life policy, deceased's birth date and cause of death")


def m038():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Datenschutzkoordinatoren <datenschutzkoordinatoren@elbmark.example>",
        subject="WG: Rundschreiben 03/2025 Arbeitskreis Datenschutz - Code of Conduct, Einwilligungstexte",
        date="2025-03-05 14:11",
        text="""
            Zur Kenntnis, bitte insbesondere Punkt 2 (Einwilligungs- und Schweige-
            pflichtentbindungserklärung) - wir müssen unsere Anträge bis Jahresende
            anpassen.

            KV

            -------- Weitergeleitete Nachricht --------
            Von: Arbeitskreis Datenschutz Versicherungswirtschaft <rundschreiben@ak-datenschutz-vw.example>
            Betreff: Rundschreiben 03/2025

            RUNDSCHREIBEN 03/2025 - an die Datenschutzbeauftragten der Mitgliedsunternehmen

            1. Verhaltensregeln (Code of Conduct)
            Die überarbeiteten Verhaltensregeln für den Umgang mit personenbezogenen
            Daten durch die Versicherungswirtschaft wurden von den Aufsichtsbehörden
            genehmigt. Neu sind insbesondere Regelungen zu Hinweis- und
            Informationssystemen und zur Datenverarbeitung für Telematik-Tarife.

            2. Muster Einwilligungs-/Schweigepflichtentbindungserklärung
            Die Musterklauseln zur Erhebung von Gesundheitsdaten bei Dritten (Ärzte,
            Krankenhäuser, Pflegeeinrichtungen, Behörden) wurden an die aktuelle
            BGH-Rechtsprechung angepasst: Versicherte sollen im Leistungsfall
            zwischen einer Einzelfallerklärung und einer generellen Erklärung wählen
            können.

            3. Termine
            Sitzung des Arbeitskreises am 15.05.2025 in Köln.

            Mit freundlichen Grüßen
            Geschäftsstelle
            """,
        label="N", lang="de", kind="newsletter",
        reason="trap: association circular on consent to collect health data, no person")


def m039():
    return mail(
        frm="Jonas Terhalle <j.terhalle@elbmark.example>",
        to="Betrugsprävention Sach <betrugspraevention@elbmark.example>",
        subject="Auskunftsersuchen HIS - Kunde Mirko Szczepanski, KF 8190 2274",
        date="2025-03-06 10:44",
        text="""
            Hallo Betrugsprävention,

            Herr Mirko Szczepanski (geb. 27.09.1990, Harkortstraße 54, 22765 Hamburg)
            verlangt Auskunft, ob wir ihn an das Hinweis- und Informationssystem (HIS)
            gemeldet haben, und wenn ja, warum. Hintergrund: ein anderer Versicherer
            hat ihm den Kfz-Antrag abgelehnt und auf eine HIS-Meldung verwiesen.

            Laut unserem System gibt es zu seinem Vertrag KF 8190 2274 (VW Golf,
            HH-MS 2709) eine Einmeldung vom 18.11.2024 durch Ihr Team, Meldegrund
            "fiktive Abrechnung / Vorschaden" im Zusammenhang mit Schaden
            S-2024-102215.

            Bitte schicken Sie mir bis 14.03. die Begründung der Einmeldung und ob
            die Meldekriterien (Schwelle, Vorschadenbezug) erfüllt waren, damit wir
            die Auskunft nach Art. 15 und Art. 14 Abs. 1 DSGVO vollständig geben
            können. Falls die Einmeldung nicht haltbar ist, bitte Löschung beim
            Betreiber veranlassen.

            Danke
            Jonas Terhalle
            """,
        label="C", lang="de", kind="internal",
        reason="named motor customer with birth date, plate and HIS entry; no criminal proceedings")


def m040():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Yvonne Gerdes <yvonne.gerdes@arcor.example>",
        subject="Wichtige Information zu einem Datenschutzvorfall (Art. 34 DSGVO)",
        date="2025-03-06 16:20",
        charset="iso-8859-1",
        text="""
            Sehr geehrte Frau Gerdes,

            wie Ihnen unsere Kollegin Frau Kruse bereits telefonisch mitgeteilt hat,
            ist uns beim Versand ein Fehler unterlaufen, den wir sehr bedauern.

            Was ist passiert? Ihre Leistungsabrechnung vom 03.02.2025 zu Ihrer
            Krankenversicherung (KV 6630 2241) wurde versehentlich zusammen mit dem
            Schreiben an einen anderen Versicherten in denselben Umschlag gelegt.

            Welche Daten waren betroffen? Ihr Name, Ihre Anschrift, Ihre
            Versicherungsnummer, die Rechnung Ihrer Psychotherapeutin mit Datum der
            Sitzungen und Diagnoseschlüssel sowie der Erstattungsbetrag.

            Was haben wir unternommen? Der Empfänger hat den Brief ungeöffnet bis auf
            die erste Seite an uns zurückgegeben und schriftlich bestätigt, keine
            Kopien gefertigt zu haben. Wir haben den Vorfall der Aufsichtsbehörde
            gemeldet und die Kuvertierung auf Einzelversand umgestellt.

            Was können Sie tun? Ein Handeln Ihrerseits ist nicht erforderlich. Wenn
            Sie Fragen haben, erreichen Sie mich direkt unter 040 3009-4400.

            Mit freundlichen Grüßen
            Dr. Katharina Vossberg
            Datenschutzbeauftragte
            Elbmark Krankenversicherung AG
            """,
        label="S", lang="de", kind="insurer-to-customer",
        reason="Art. 34 letter to a health customer about her psychotherapy invoice; latin-1 body")


def m041():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Jonas Terhalle <j.terhalle@elbmark.example>",
        subject="FW: Website privacy notice - health section, your comments by 14 March",
        date="2025-03-07 09:05",
        text="""
            Jonas, kannst du das gegen unsere Hinweise nach Art. 13/14 und die
            Verhaltensregeln legen? "explicit consent" passt für § 213 VVG nicht ganz.
            Danke, K.

            From: Daniel Okafor <daniel.okafor@northgate-group.example>
            Sent: Thursday, 6 March 2025 17:48
            To: Katharina Vossberg <k.vossberg@elbmark.example>
            Subject: Website privacy notice - health section, your comments by 14 March

            Hi Katharina,

            Group Legal is aligning the privacy notices of all subsidiaries. Below the
            proposed wording for the health insurance section; could you check it
            against German requirements (in particular § 203 StGB and the consent
            wording)?

            "Health data. If you apply for or claim under a health, life or disability
            policy, we process information about your health, such as diagnoses,
            treatments, medication and reports from doctors and hospitals. We only do
            so where you have given your explicit consent or where the law allows it.
            We may share this information with medical advisers, reinsurers and
            service providers who are bound by confidentiality. We keep claims
            records for ten years after the end of the year in which the claim was
            settled."

            Thanks,
            Daniel

            Daniel Okafor | Group Privacy Counsel | Northgate Mutual Group
            """,
        label="N", lang="mixed", kind="internal",
        reason="trap: privacy-notice wording about health data, diagnoses, medication; no person")


def m042():
    return mail(
        frm="Gerd Wöhler <g.woehler@elbmark.example>",
        to="Aktenvernichtung Nord <auftrag@aktenvernichtung-nord.example>",
        subject="Auftrag Abholung Datenträgervernichtung - Standort Kehrwieder-Allee, KW 12",
        date="2025-03-07 11:30",
        text="""
            Sehr geehrte Damen und Herren,

            hiermit beauftragen wir die Abholung und Vernichtung folgender Behälter
            gemäß Rahmenvertrag RV-2022-117:

            - 24 x Sicherheitsbehälter 240 l, Papier (Leistungsakten KV und Leben,
              Ablauf Aufbewahrungsfrist 31.12.2024), Schutzklasse 3, Sicherheitsstufe P-4
            - 2 x Behälter Festplatten/SSD (ausgesonderte Notebooks), Sicherheitsstufe H-5
            - 1 x Behälter Mikrofiche Altbestand Lebensversicherung

            Abholung bitte am Dienstag, 18.03.2025, ab 7:30 Uhr, Ladezone Hof 2.
            Ansprechpartner vor Ort: Herr Wöhler, Tel. 040 3009-1180.
            Bitte Vernichtungsprotokoll je Behälter an datenschutz@elbmark.example.

            Mit freundlichen Grüßen
            Gerd Wöhler
            Facility Management
            """,
        label="N", lang="de", kind="insurer-to-supplier",
        reason="trap: shredding order for expired health and life claim files, no person")


def m043():
    return mail(
        frm="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        to="Dr. Felix Achterberg <f.achterberg@achterberg-doerr.example>",
        cc="Sachschaden Groß <sachschaden-gross@elbmark.example>",
        subject="Neues Mandat: Ehepaar Dreyer ./. Elbmark Allgemeine, LG Lübeck 4 O 77/25 (Leitungswasser)",
        date="2025-03-10 10:05",
        text="""
            Lieber Herr Achterberg,

            wir möchten Sie mit der Vertretung in folgendem Verfahren beauftragen:

            Kläger: Thomas und Sabine Dreyer, Seekoppel 5, 23669 Timmendorfer Strand
            Vertrag: WG 2218 3390 (Wohngebäude, VGB 2016, Leitungswasser eingeschlossen)
            Schaden: S-2024-077812, Leitungswasserschaden im Keller, gemeldet 22.07.2024
            Streitwert: 38.460,00 EUR

            Wir haben abgelehnt, weil der Schaden nach dem Gutachten von Dipl.-Ing.
            Haubold nicht auf einen Rohrbruch, sondern auf eindringendes Grundwasser
            (Elementarschaden, nicht versichert) zurückgeht. Die Kläger berufen sich
            auf ein Privatgutachten, wonach die Bodenleitung korrodiert war.

            Klage wurde am 28.02.2025 zugestellt, Notfrist für die Verteidigungs-
            anzeige läuft. Akte kommt über das Kanzleipostfach; Vollmacht folgt im
            Original.

            Viele Grüße
            Miriam Oltmanns
            """,
        label="C", lang="de", kind="insurer-to-lawyer",
        reason="litigation mandate naming policyholders, address, buildings policy and claim numbers")


def m044():
    return mail(
        frm="Svenja Kruse <s.kruse@elbmark.example>",
        to="Datenschutz Elbmark <datenschutz@elbmark.example>",
        subject="WG: Ihre Anforderung von Behandlungsunterlagen - Patient Herr Ralf Stoltenberg",
        date="2025-03-10 14:40",
        text="""
            Hallo Datenschutz,

            können Sie mir bei der Antwort helfen? Der Arzt ist ziemlich verärgert.
            Wir hatten nach der Einreichung der Krankenhausrechnung die Unterlagen
            ab 2020 angefordert, weil eine Vorerkrankung im Raum steht (Vertrag seit
            2022). Eine Schweigepflichtentbindung liegt vor (Antrag, generelle Erklärung).

            Danke, Svenja Kruse

            ----- Weitergeleitet von Praxis Dr. Karsten Wiechmann -----
            Von: Praxis Dr. med. Karsten Wiechmann <praxis@dr-wiechmann.example>
            Datum: 07.03.2025 18:22
            Betreff: Ihre Anforderung von Behandlungsunterlagen - Patient Herr Ralf Stoltenberg

            Sehr geehrte Damen und Herren,

            Sie fordern von mir "sämtliche Behandlungsunterlagen seit 2020" meines
            Patienten Herrn Ralf Stoltenberg, geb. 30.11.1967. Ich bin dazu nicht
            bereit, solange mir keine konkrete, vom Patienten für diesen Fall
            unterschriebene Entbindung von der Schweigepflicht vorliegt. Die pauschale
            Erklärung aus dem Versicherungsantrag genügt mir nicht (§ 203 StGB).

            Zu Ihrer Information nur so viel, wie der Patient mir ausdrücklich
            erlaubt hat: Die Behandlung der koronaren Herzkrankheit (I25.1) begann
            erst im Herbst 2023; vorher war Herr Stoltenberg bei mir nur wegen
            Routineuntersuchungen und einer Hypertonie (I10.90) in Behandlung.

            Mit freundlichen Grüßen
            Dr. med. K. Wiechmann
            Facharzt für Innere Medizin, Hausärztliche Versorgung
            """,
        label="S", lang="de", kind="doctor",
        reason="forwarded doctor's letter: named patient with birth date, coronary heart disease I25.1, hypertension")


def m045():
    return mail(
        frm="Dr. Raphael Kuhnert <r.kuhnert@elbmark.example>",
        to="Rechtsabteilung <recht@elbmark.example>",
        subject="Vertretung Osterferien",
        date="2025-03-11 08:15",
        text="""
            Hallo zusammen,

            kurz zur Planung: Frau Oltmanns ist vom 14. bis 25.04. im Urlaub, ich vom
            22. bis 30.04. Vertretung für Prozesssachen Leben/BU übernimmt in der
            Zeit Herr Ahrens, für Sach/Kfz Frau Nissen. Fristen bitte wie immer
            spätestens am Vortag im Fristenkalender gegenprüfen.

            Wer sonst noch Urlaub in den Ferien plant: bitte bis Freitag eintragen.

            Danke
            RK
            """,
        label="N", lang="de", kind="internal",
        reason="holiday cover in the legal department, colleagues named without any reason")


def m046():
    return mail(
        frm="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        to="Rebecca Lam <rebecca.lam@pembrokehale.example>",
        subject="D&O notification - Hafenlicht Logistik GmbH / policy DO 7731 0044",
        date="2025-03-11 15:52",
        text="""
            Dear Rebecca,

            As discussed, we would like Pembroke Hale to advise on the UK aspects of
            the following D&O notification:

            Policyholder: Hafenlicht Logistik GmbH, Hamburg (D&O policy DO 7731 0044,
            limit EUR 5m, period 01/01/2025-31/12/2025)
            Insured persons concerned: Mr Jörn Albrecht (managing director) and
            Ms Natalie Crowe (director of the UK subsidiary Hafenlicht Logistics Ltd)
            Contact at the policyholder: Ms Saskia Held, General Counsel,
            s.held@hafenlicht-logistik.example, +49 40 555 0192

            The administrator of the UK subsidiary has sent a letter before action
            alleging wrongful trading between March and September 2024 and claims
            GBP 2.1m. We need your view on coverage under the insolvency exclusion
            and on defence costs funding before 25 March.

            Claim reference on our side: DO-S-2025-0009.

            Best regards
            Miriam Oltmanns
            Legal Department, Elbmark Allgemeine Versicherung AG
            """,
        label="C", lang="en", kind="insurer-to-lawyer",
        reason="D&O claim with company policyholder and named insured directors and contact")


def m047():
    return mail(
        frm="Jonas Terhalle <j.terhalle@elbmark.example>",
        to="Katharina Vossberg <k.vossberg@elbmark.example>",
        subject="Status offene Betroffenenanfragen KW 11",
        date="2025-03-12 17:10",
        html="""
            <html><body style="font-family:Segoe UI,Arial;font-size:10pt">
            <p>Hallo Katharina,</p>
            <p>hier der Stand für den Jour fixe morgen. Rot = Frist in den nächsten 7 Tagen.</p>
            <table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
            <tr style="background:#dde"><th>Zeichen</th><th>Betroffene/r</th><th>Art</th><th>Sparte</th><th>Frist</th><th>Stand</th></tr>
            <tr style="color:#b00"><td>DSR-2025-0463</td><td>Ahlers, Birte</td><td>Art. 15</td><td>KV Voll</td><td>14.03.</td><td>Beratungsarzt prüft Psychiatrie-Berichte (Art. 15 Abs. 4)</td></tr>
            <tr style="color:#b00"><td>DSR-2025-0470</td><td>Wolgast, Stefan</td><td>Art. 15</td><td>BU</td><td>17.03.</td><td>Reha-Bericht Suchtklinik fehlt in Auskunft</td></tr>
            <tr><td>DSR-2025-0481</td><td>Nguyen, Thi Lan</td><td>Art. 17</td><td>Pflegezusatz</td><td>28.03.</td><td>Rückmeldung Leistung, Pflegegrad-Verfahren offen</td></tr>
            <tr><td>DSR-2025-0486</td><td>Szczepanski, Mirko</td><td>Art. 15</td><td>Kfz</td><td>02.04.</td><td>HIS-Begründung angefordert</td></tr>
            <tr><td>DSR-2025-0490</td><td>Fraser, Callum</td><td>Art. 15</td><td>Reise</td><td>03.04.</td><td>Identität bestätigt</td></tr>
            </table>
            <p>Gruß<br>Jonas</p>
            </body></html>
            """,
        label="S", lang="de", kind="internal",
        reason="HTML-only tracker table: named requesters with psychiatric reports, rehab addiction clinic, care level")


def m048():
    return mail(
        frm="Ines Freitag <i.freitag@elbmark.example>",
        to="Mathias Gerber <mathias.gerber@alpenrueck.example>",
        subject="Data transfers under the quota share treaty - SCCs and health data",
        date="2025-03-13 10:20",
        text="""
            Dear Mr Gerber,

            thank you for the draft data sharing annex to the 2025 quota share
            treaty for our disability portfolio. Two points from our side:

            1. Switzerland has an adequacy decision, so we do not need SCCs for
               transfers to your Zurich office. For the planned access by your
               Singapore analytics team, however, we would need Module 1 SCCs plus a
               transfer impact assessment.
            2. We will only send claims data for large-loss reviews in pseudonymised
               form (claim ID, age band, occupational class, ICD chapter). Full
               medical files go to your medical underwriters only on request and only
               where our policyholder's consent covers it.

            I suggest we add both points to section 4 of the annex.

            Kind regards
            Ines Freitag
            Compliance, Elbmark Lebensversicherung AG
            """,
        label="N", lang="en", kind="insurer-to-partner",
        reason="trap: reinsurer data-sharing terms for disability claims and medical files, no person")


def m049():
    return mail(
        frm="Paul Hagedorn <p.hagedorn@elbmark.example>",
        to="Leistung BU <leistung-bu@elbmark.example>",
        subject="Neue Formulare Schweigepflichtentbindung (Einzelerklärung) ab 01.04.",
        date="2025-03-13 14:00",
        text="""
            Hallo Team,

            ab 01.04. verwenden wir im Leistungsfall nur noch die neuen Formulare:

            BU-SE-01  Generelle Schweigepflichtentbindung (Wahl des VN)
            BU-SE-02  Einzelfallerklärung - je Arzt/Klinik/Behörde ein Blatt
            BU-SE-03  Hinweisblatt "Ihre Wahlmöglichkeiten" (Pflichtbeilage)

            Auf BU-SE-02 trägt der Kunde selbst ein: Name der Stelle, Zeitraum der
            Behandlung, Art der Unterlagen (Befundberichte, Entlassungsberichte,
            Arbeitsunfähigkeitsbescheinigungen). Bitte keine Felder vorausfüllen außer
            Vertragsnummer und Name aus dem System.

            Die alten Vordrucke (Stand 2018) bitte bis Monatsende aus den
            Schubladen entfernen - Restbestände in die graue Datenschutztonne.

            Gruß
            Paul
            """,
        label="N", lang="de", kind="internal",
        reason="trap: blank confidentiality-release forms for disability claims, no person")


def m050():
    return mail(
        frm="Elbmark Betroffenenrechte <betroffenenrechte@elbmark.example>",
        to="Gülşen Arslan <g.arslan@web.example>",
        subject="Berichtigung Ihrer Daten (Art. 16 DSGVO) - Kfz-Vertrag KF 8177 6041",
        date="2025-03-14 09:27",
        cte="base64",
        text="""
            Sehr geehrte Frau Arslan,

            Sie haben uns darauf hingewiesen, dass Ihr Geburtsdatum bei uns falsch
            gespeichert ist. Wir haben die Angabe anhand der Kopie Ihres
            Personalausweises korrigiert:

              bisher:   03.07.1985
              richtig:  07.03.1985

            Die Korrektur hat keine Auswirkung auf Ihren Beitrag in der Kfz-
            Versicherung (KF 8177 6041, Kennzeichen OD-GA 735). Die Ausweiskopie haben
            wir nach der Prüfung gelöscht.

            Mit freundlichen Grüßen
            Ihr Team Betroffenenrechte
            Elbmark Allgemeine Versicherung AG
            """,
        label="C", lang="de", kind="insurer-to-customer",
        reason="rectification of a named customer's birth date, motor policy and plate; base64 body")


def m051():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Holger Petersen <holger.petersen@gmx.example>",
        subject="Benachrichtigung nach Art. 34 DSGVO - Verlust eines Dienstlaptops",
        date="2025-03-14 12:00",
        text="""
            Sehr geehrter Herr Petersen,

            wir müssen Sie leider über einen Vorfall informieren, der Ihre Daten aus
            Ihrem Leistungsantrag zur Berufsunfähigkeitsversicherung L 3822190 betrifft.

            Am 07.02.2025 ist einem Mitarbeiter unserer Leistungsabteilung ein
            dienstlicher Laptop abhandengekommen. Auf dem Gerät waren entgegen
            unseren Vorgaben zwei Dokumente zu Ihrem Leistungsfall gespeichert: der
            Entlassungsbericht Ihrer Rehabilitationsmaßnahme in der Klinik
            Bad Segeberg (chronisches Schmerzsyndrom nach Bandscheibenoperation) und
            die Stellungnahme unseres Beratungsarztes dazu.

            Der Laptop ist verschlüsselt. Wir können jedoch nicht ausschließen, dass
            die Zugangsdaten zusammen mit dem Gerät verloren gingen. Das Gerät wurde
            aus der Ferne gesperrt; Hinweise auf einen Zugriff haben wir bislang nicht.
            Wir haben Strafanzeige erstattet und die Aufsichtsbehörde informiert.

            Ihr Leistungsfall ist davon nicht berührt, die Bearbeitung läuft weiter.
            Sollten Sie ungewöhnliche Kontaktaufnahmen bemerken, in denen auf Ihre
            Gesundheit Bezug genommen wird, melden Sie sich bitte bei mir.

            Es tut uns aufrichtig leid.

            Mit freundlichen Grüßen
            Dr. Katharina Vossberg
            Datenschutzbeauftragte
            Elbmark Lebensversicherung AG
            Telefon 040 3009-4400
            """,
        label="S", lang="de", kind="insurer-to-customer",
        reason="Art. 34 notice naming the customer's disability claim, rehab report and pain syndrome")


def m052():
    return mail(
        frm="Lernportal Elbmark <lernportal@elbmark.example>",
        to="Katharina Vossberg <k.vossberg@elbmark.example>",
        subject="Auswertung Datenschutz-Quiz Q1/2025 (automatisch erstellt)",
        date="2025-03-17 06:00",
        text="""
            Auswertung Datenschutz-Quiz Q1/2025 - Stand 16.03.2025 23:59

            Bereich                        Teilnahme   Ø Punkte   schwächste Frage
            Leistung KV                       94 %       8,1/10   F7 Fax an Arztpraxis
            Leistung Leben/BU                 88 %       7,6/10   F4 Schweigepflicht ggü. Angehörigen
            Kfz-Schaden                       91 %       8,4/10   F2 Auskunft an Anwalt des Gegners
            Vertrieb / Agenturen              63 %       6,9/10   F9 Gesundheitsdaten im Agentursystem
            Rechtsabteilung                  100 %       9,2/10   F5 Löschung trotz Rechtsstreit
            Kundenservice                     85 %       7,8/10   F1 Identitätsprüfung am Telefon

            Einzelergebnisse werden nicht ausgewertet (Betriebsvereinbarung
            Lernportal, § 4).

            Diese Nachricht wurde automatisch erzeugt.
            """,
        label="N", lang="de", kind="internal",
        reason="trap: quiz statistics per department mentioning health data topics, no person")


def m053():
    return mail(
        frm="Olivia Brandt <o.brandt@elbmark.example>",
        to="Betroffenenrechte <betroffenenrechte@elbmark.example>",
        subject="FW: Request to delete my data / policy TR 7712 0885",
        date="2025-03-17 10:48",
        text="""
            Hallo zusammen,

            Löschanfrage eines niederländischen Kunden, Reiseversicherung (nur
            Gepäck/Rücktritt, keine Auslandskranken). Der Schaden ist abgeschlossen,
            Auszahlung im Januar. Aus meiner Sicht: Sperren, Löschung nach Ablauf
            der steuerlichen Frist. Könnt ihr die Antwort auf Englisch schicken? Er
            schreibt kein Deutsch.

            Viele Grüße
            Olivia

            From: Sjoerd van Dijk <sjoerd.vandijk@ziggo.example>
            Sent: Saturday, 15 March 2025 20:02
            To: service@elbmark.example
            Subject: Request to delete my data / policy TR 7712 0885

            Dear Sir/Madam,

            Last year I took out travel insurance with you for a trip to Germany
            (policy TR 7712 0885). You paid my claim for the stolen suitcase
            (EUR 640, paid to NL56 RABO 9353 3809 93). I do not need the insurance
            any more. Please delete all my personal data and confirm.

            Kind regards,
            Sjoerd van Dijk
            Utrecht
            """,
        label="C", lang="mixed", kind="customer",
        reason="German note over English erasure request: travel policy, baggage claim and Dutch IBAN")


def m054():
    return mail(
        frm="Sabine Pohlmann <s.pohlmann@elbmark.example>",
        to="Versicherungsombudsmann <beschwerde@versicherungsombudsmann.example>",
        subject="Az. 2025-0002914 - Beschwerde Herr Dariusz Wróbel - Stellungnahme",
        date="2025-03-18 15:15",
        text="""
            Sehr geehrte Frau Kessler-Dahm,

            in dem o. g. Verfahren nehmen wir zur Beschwerde von Herrn Dariusz Wróbel
            Stellung.

            Herr Wróbel unterhält bei uns eine Berufsunfähigkeits-Zusatzversicherung zu
            einer Rentenversicherung (Vertrag L 4518 2260). Er beanstandet, dass wir
            die Beitragsbefreiung nicht rückwirkend ab Juni 2024 gewährt haben.

            Nach den vorliegenden Unterlagen ist Herr Wróbel, Dachdecker, nach einem
            Sturz vom Gerüst am 14.06.2024 (Fersenbeinfraktur rechts, S92.0,
            operative Versorgung mit Plattenosteosynthese) seit diesem Tag
            arbeitsunfähig. Die Berufsunfähigkeit haben wir nach Eingang des
            orthopädischen Gutachtens von Dr. Lorenzen (11.12.2024) ab dem 01.12.2024
            anerkannt, weil der Gutachter eine sechsmonatige Prognose erst ab diesem
            Zeitpunkt stellt.

            Nach § 2 Abs. 3 unserer BUZ-Bedingungen gilt jedoch bei ununterbrochener
            Berufsunfähigkeit von sechs Monaten der Zustand von Beginn an als
            Berufsunfähigkeit. Nach erneuter Prüfung erkennen wir daher die
            Beitragsbefreiung ab 01.07.2024 an und erstatten die Beiträge für
            Juli bis November 2024 (5 x 187,40 EUR). Insoweit helfen wir der
            Beschwerde ab.

            Mit freundlichen Grüßen
            Sabine Pohlmann
            Beschwerdemanagement
            Elbmark Lebensversicherung AG
            """,
        label="S", lang="de", kind="insurer-to-ombudsman",
        reason="ombudsman statement: named disability insured, fracture S92.0, surgery and BU recognition")


def m055():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Siobhan Keane <siobhan.keane@northgate-group.example>",
        subject="Q1 breach register summary - Elbmark DE (no personal data)",
        date="2025-03-18 17:30",
        text="""
            Siobhan,

            as requested, the Q1 summary (status 18 March) without case details:

            Incidents logged:                    23
              misdirected post / email           14   (8 health, 2 life, 4 P&C)
              lost / stolen devices               2   (1 laptop, 1 phone, both encrypted)
              unauthorised internal access        2
              processor incidents                 3
              other                               2
            Notified to supervisory authority:    4
            Data subjects informed (Art. 34):     3 cases, 5 persons
            Average time to notification:        51 h
            Late notifications:                   0

            Main root cause remains manual enveloping in the health claims output
            process. Single-item dispatch is live since 3 March.

            Regards
            Katharina
            """,
        label="N", lang="en", kind="internal",
        reason="trap: aggregated breach register counts incl. health and lost laptop, no person")


def m056():
    return mail(
        frm="Dr. Raphael Kuhnert <r.kuhnert@elbmark.example>",
        to="Meldungen HmbBfDI <meldungen@datenschutz-hamburg.example>",
        subject="Mitteilung der Kontaktdaten der Datenschutzbeauftragten (Art. 37 Abs. 7 DSGVO)",
        date="2025-03-19 09:00",
        text="""
            Sehr geehrte Damen und Herren,

            hiermit teilen wir für die nachstehenden Gesellschaften die geänderten
            Kontaktdaten der benannten Datenschutzbeauftragten mit:

            Verantwortliche:
            - Elbmark Versicherung AG
            - Elbmark Allgemeine Versicherung AG
            - Elbmark Lebensversicherung AG
            - Elbmark Krankenversicherung AG
            jeweils Kehrwieder-Allee 12, 20457 Hamburg

            Datenschutzbeauftragte (Konzern-DSB, benannt seit 01.10.2022):
            Dr. Katharina Vossberg
            Anschrift wie oben, z. Hd. Datenschutz
            E-Mail: datenschutz@elbmark.example
            Telefon: 040 3009-4400 (neu)

            Eine Änderung in der Person ist damit nicht verbunden. Die Veröffentlichung
            auf unserer Website wurde angepasst.

            Mit freundlichen Grüßen
            Dr. Raphael Kuhnert
            Leiter Recht
            """,
        label="N", lang="de", kind="insurer-to-authority",
        reason="trap: DPO contact notification to the authority, a role not a data subject")


def m057():
    return mail(
        frm="Rechtsschutz Leistung <rs-leistung@elbmark.example>",
        to="RA Ole Brüning <kanzlei@bruening-arbeitsrecht.example>",
        subject="AW: Deckungsanfrage Kündigungsschutzklage - VN Frau Svetlana Markert, RS 9920 3317",
        date="2025-03-19 11:34",
        text="""
            Sehr geehrter Herr Brüning,

            für die Kündigungsschutzklage Ihrer Mandantin Frau Svetlana Markert gegen
            die Nordlicht Gebäudereinigung GmbH vor dem Arbeitsgericht Hamburg erteilen
            wir Deckungszusage für die erste Instanz (Arbeits-Rechtsschutz, Vertrag
            RS 9920 3317, Selbstbeteiligung 150 EUR).

            Den Gegenstandswert setzen wir wie von Ihnen angegeben mit drei
            Bruttomonatsgehältern an (3 x 3.240,00 EUR = 9.720,00 EUR). Die
            Abfindungsverhandlung ist mitversichert; für einen Vergleich über den
            Streitgegenstand hinaus (Zeugnis, Resturlaub) bitten wir um vorherige
            Abstimmung.

            Mit freundlichen Grüßen
            i. A. Martina Rohwedder
            Rechtsschutz-Leistung
            Elbmark Allgemeine Versicherung AG

            > Am 17.03.2025 schrieb RA Ole Brüning:
            > ... meine Mandantin ist seit 2019 als Objektleiterin beschäftigt,
            > Bruttomonatsgehalt 3.240 EUR. Die Kündigung vom 28.02.2025 ist ihr am
            > selben Tag zugegangen. Ich bitte um Deckungszusage ...
            """,
        label="C", lang="de", kind="insurer-to-lawyer",
        reason="legal-expenses cover for a named client's dismissal case with salary and policy number")


def m058():
    return mail(
        frm="Andreas Voigt <a.voigt@elbmark.example>",
        to="Dr. Felix Achterberg <f.achterberg@achterberg-doerr.example>",
        subject="Akte Unfall U 6601 2083 - Datenexport wie besprochen",
        date="2025-03-20 08:48",
        text="""
            Dear Dr Achterberg,

            as agreed with Ms Oltmanns, attached is the export from our accident claims
            system for the court case (English column headers, sorry - the export tool
            only does that). The ZIP password comes by phone.

            Kind regards
            Andreas Voigt
            Accident Claims / Unfall-Leistung
            Elbmark Allgemeine Versicherung AG
            """,
        atts=[zipf("Export_U66012083.zip", [
            csvf("claim_history.csv", """
                policy;insured;dob;event_date;event;diagnosis;payment_type;amount_eur;paid_on
                U 6601 2083;Lukas Brandhorst;1994-02-19;2023-08-12;fall from mountain bike, Harz;S06.5 traumatic subdural haemorrhage;daily hospital allowance;1200.00;2023-10-02
                U 6601 2083;Lukas Brandhorst;1994-02-19;2023-08-12;fall from mountain bike, Harz;S06.5 traumatic subdural haemorrhage;recovery benefit;1500.00;2023-10-02
                U 6601 2083;Lukas Brandhorst;1994-02-19;2023-08-12;fall from mountain bike, Harz;F07.2 post-concussion syndrome;interim invalidity payment;15000.00;2024-03-14
                """),
            txtf("notes.txt", """
                Invalidity assessment (neurology, Dr. Fassbender, 2025-01-20): 20 % under
                the limb table not applicable, brain injury assessed outside table at 30 %.
                Insured claims 50 %. Dispute pending, LG Braunschweig 7 O 219/24.
                """),
        ])],
        label="S", lang="en", kind="insurer-to-lawyer",
        reason="only inside ZIP: accident claimant's birth date, brain injury S06.5 and invalidity grade")


def m059():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Vorstand <vorstand@elbmark.example>",
        cc="Dr. Raphael Kuhnert <r.kuhnert@elbmark.example>",
        subject="Tätigkeitsbericht der Datenschutzbeauftragten 2024",
        date="2025-03-20 16:00",
        text="""
            Sehr geehrte Damen und Herren des Vorstands,

            anbei mein Tätigkeitsbericht für 2024 (Art. 38 Abs. 3, Art. 39 DSGVO).
            Das Wichtigste in Kürze:

            - Betroffenenanfragen: 812 (Vorjahr 640), davon 514 Auskünfte; 62 % aus
              der Krankenversicherung. Fristquote 97 %.
            - Datenschutzvorfälle: 88 erfasst, 17 an die Aufsicht gemeldet, in 9
              Fällen Betroffene benachrichtigt. Hauptursache weiterhin Fehlversand
              von Leistungsabrechnungen.
            - Beschwerden über die Aufsichtsbehörde: 14, davon 2 mit Hinweis, kein
              Bußgeldverfahren.
            - Schulungsquote: 93 % (Ziel 95 %).
            - Schwerpunkt 2025: Löschkonzept in den Altsystemen Leben,
              Gesundheitsdaten in den Agentursystemen, Einführung KI-Assistent in der
              Leistungsbearbeitung (DSFA läuft).

            Für Rückfragen stehe ich in der Vorstandssitzung am 27.03. zur Verfügung.

            Mit freundlichen Grüßen
            Dr. Katharina Vossberg
            """,
        label="N", lang="de", kind="internal",
        reason="trap: DPO annual report with aggregate counts about health data, breaches, complaints")


def m060():
    return mail(
        frm="Legal Academy <legal-academy@elbmark.example>",
        to="Alle Mitarbeitenden Leistung <leistung-alle@elbmark.example>",
        subject="Lunch & Learn: \"AI in claims - what health data may a model see?\"",
        date="2025-03-21 10:00",
        text="""
            Hello all,

            Our next Lunch & Learn (in English, questions in German welcome):
            "AI in claims - what health data may a model see?"

            Speakers: Dr Katharina Vossberg (DPO) and Tobias Wendland (CISO office)
            Topics: AI Act and GDPR for claims triage, pseudonymisation of medical
            invoices, why a model must not "learn" diagnoses of individual
            customers, lessons from our pilot with synthetic claims data.

            Bring your lunch, we bring dessert. Invitation attached.

            Legal Academy
            """,
        atts=[ics("LunchLearn_AI_claims.ics", """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Elbmark//Legal Academy//EN
            METHOD:REQUEST
            BEGIN:VEVENT
            UID:lunchlearn-2025-04-03@elbmark.example
            DTSTAMP:20250321T090000Z
            DTSTART:20250403T101500Z
            DTEND:20250403T111500Z
            SUMMARY:Lunch & Learn: AI in claims - what health data may a model see?
            LOCATION:Kantine Forum / Teams
            ORGANIZER;CN=Legal Academy:mailto:legal-academy@elbmark.example
            END:VEVENT
            END:VCALENDAR
            """)],
        label="N", lang="en", kind="internal",
        reason="trap: lunch-and-learn invitation on health data in AI claims, no person")


def m061():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Tomasz Nowicki <t.nowicki@outlook.example>",
        subject="Important: an email about your claim was sent to a wrong address",
        date="2025-03-21 14:25",
        text="""
            Dear Mr Nowicki,

            I am the data protection officer of Elbmark Krankenversicherung AG. I am
            writing to tell you about a mistake we made, and I apologise for it.

            On 18 March 2025 one of our international health team replied to your
            question about the hospital bill from Klinikum Nord (your claim
            IHC-25-01933). When typing the address, the email program suggested a
            similar address and the email went to "t.nowicki@outlook-mail.example"
            instead of to you. The email contained your name, policy number IH 2023-11
            82, the discharge letter of your stay from 2 to 9 March (laparoscopic
            removal of the gallbladder after acute cholecystitis, K80.0) and our
            reimbursement of EUR 6,212.40.

            We have asked the recipient to delete the email and have not had a reply.
            The risk that the information is misused is in our view low, but we
            think you should know. We have reported the incident to the Hamburg
            data protection authority.

            Our staff now have to pick addresses from the policy record instead of
            typing them. If you have any questions, please call me on
            +49 40 3009-4400.

            Yours sincerely
            Dr Katharina Vossberg
            Data Protection Officer
            """,
        label="S", lang="en", kind="insurer-to-customer",
        reason="Art. 34 notice to named expat: hospital stay, gallbladder surgery K80.0, claim amount")


def m062():
    return mail(
        frm="Ines Freitag <i.freitag@elbmark.example>",
        to="Outsourcing Board <outsourcing-board@elbmark.example>",
        subject="Processor audit plan 2025 - for approval",
        date="2025-03-24 09:10",
        text="""
            Dear members of the Outsourcing Board,

            proposed audit plan for processors in 2025 (risk-based, Art. 28(3)(h)
            GDPR, BaFin outsourcing requirements):

            Q2  Scanwerk Services (inbound mail scanning, health invoices) - on-site
            Q2  Druckhaus Nordlicht (output management, claims letters) - on-site,
                follow-up on the enveloping incidents
            Q3  MedAssist Gutachtenportal (medical expert reports) - remote + on-site
            Q3  CallConnect (claims hotline, call recordings) - remote
            Q4  Cloud provider (DMS hosting) - review of SOC 2 Type II report

            Budget: EUR 48k external auditor time. Lead: Compliance, support from the
            DPO office and information security.

            Kind regards
            Ines Freitag
            """,
        label="N", lang="en", kind="internal",
        reason="trap: processor audit plan naming health invoices, medical reports, call recordings")


def m063():
    return mail(
        frm="Elbmark Betroffenenrechte <betroffenenrechte@elbmark.example>",
        to="Hannah Whitmore <hannah.whitmore@gmail.example>",
        subject="Your erasure request - pet insurance TK 5503 1178",
        date="2025-03-24 13:45",
        text="""
            Dear Ms Whitmore,

            Thank you for your email of 12 March. We have done the following:

            1. Newsletter: you have been removed from all mailing lists.
            2. Pet health insurance for your dog "Biscuit" (policy TK 5503 1178,
               cancelled 31 December 2024): we have to keep the contract and claims
               data (vet invoices for the cruciate ligament surgery in 2024, EUR
               2,846.10) until the end of the statutory retention period for
               accounting records, i.e. 31 December 2034. Until then the data are
               blocked and only used to comply with those obligations.
            3. Your account in the customer portal has been deleted.

            If you think this is wrong, you can complain to the data protection
            supervisory authority.

            Kind regards
            Data Subject Rights Team
            Elbmark Allgemeine Versicherung AG
            """,
        label="C", lang="en", kind="insurer-to-customer",
        reason="erasure answer naming customer's pet insurance policy and the dog's vet surgery (animal health)")


def m064():
    return mail(
        frm="Lea Brinkmann <l.brinkmann@elbmark.example>",
        to="Svenja Kruse <s.kruse@elbmark.example>",
        subject="Textbaustein Löschbegehren KV - bitte fachlich prüfen",
        date="2025-03-24 16:02",
        text="""
            Hallo Svenja,

            wir bekommen seit dem Zeitungsartikel viele Löschanfragen aus der KV.
            Ich habe den Baustein angepasst, kannst du einmal fachlich draufschauen
            (vor allem die Fristen)?

            ---
            «Anrede» «Nachname»,

            Sie haben uns gebeten, Ihre Daten zu löschen. Ihr Vertrag
            «Vertragsnummer» besteht «noch / nicht mehr».

            [Variante A - Vertrag läuft] Solange Ihr Vertrag besteht, benötigen wir
            Ihre Daten, um ihn zu erfüllen, z. B. für die Erstattung Ihrer Rechnungen.
            Eine Löschung ist daher derzeit nicht möglich (Art. 17 Abs. 3 lit. b und e
            DSGVO).

            [Variante B - Vertrag beendet] Wir haben Ihre Daten gesperrt. Unterlagen zu
            Leistungen (Rechnungen, Arztberichte) müssen wir bis zum «Fristende»
            aufbewahren; danach löschen wir sie automatisch.

            Gesundheitsdaten, die wir nicht mehr benötigen (z. B. aus einem abgelehnten
            Antrag vor «Datum»), haben wir gelöscht.
            ---

            Danke!
            Lea
            """,
        label="N", lang="de", kind="internal",
        reason="trap: erasure template for health insurance with placeholders, no person")


def m065():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Frau Oberdieck <p.oberdieck@datenschutz-hamburg.example>",
        subject="Ihr Az. 31.12-2025-0316 - Beschwerde Herr Volker Ramcke (Zugriff auf Pflegegutachten)",
        date="2025-03-25 11:30",
        text="""
            Sehr geehrte Frau Oberdieck,

            zur Beschwerde von Herrn Volker Ramcke teilen wir mit:

            Herr Ramcke ist Bevollmächtigter seiner Mutter, Frau Irmgard Ramcke (geb.
            19.02.1936), die bei uns eine Pflegezusatzversicherung (PT 3304 5521,
            Pflegetagegeld) unterhält. Er beanstandet, dass eine Mitarbeiterin unseres
            Hauses, die in der Nachbarschaft seiner Mutter wohnt, das Gutachten zur
            Einstufung in den Pflegegrad 3 (Demenz vom Alzheimer-Typ, G30.1, mit
            Sturzneigung) ohne dienstlichen Anlass aufgerufen und Bekannten davon
            erzählt habe.

            Die Auswertung der Zugriffsprotokolle hat ergeben, dass die betreffende
            Mitarbeiterin (Kundenservice, kein Leistungsbezug) die Akte am 04.02.2025
            um 12:41 Uhr für 3 Minuten geöffnet hat. Ein dienstlicher Anlass bestand
            nicht. Arbeitsrechtliche Maßnahmen wurden eingeleitet; die Leserechte des
            Kundenservice auf Pflegegutachten werden bis 30.04.2025 entzogen
            (technische Umstellung auf "need to know").

            Die Weitergabe an Dritte bestreitet die Mitarbeiterin. Wir haben Herrn
            Ramcke darüber informiert.

            Mit freundlichen Grüßen
            Dr. Katharina Vossberg
            """,
        label="S", lang="de", kind="insurer-to-authority",
        reason="authority reply: named insured with birth date, care level 3 and Alzheimer's G30.1")


def m066():
    return mail(
        frm="Henrik Baumgaertel <h.baumgaertel@elbmark.example>",
        to="Beschwerdemanagement <beschwerde@elbmark.example>",
        subject="FW: Insurance Europe Consumer Bulletin 2/2025 - complaints handling",
        date="2025-03-25 15:40",
        text="""
            FYI - interesting section on complaints about claims refusals in health
            and disability. HB

            ---------- Forwarded message ----------
            From: Consumer Bulletin <bulletin@insurance-consumer-forum.example>
            Subject: Consumer Bulletin 2/2025

            CONSUMER BULLETIN 2/2025

            * Complaints trends: Across the EU, complaints about refused health and
              disability claims rose by 9 % in 2024. Most concern the assessment of
              medical evidence and the length of claims procedures.
            * Supervisory guidelines: national authorities increasingly expect
              insurers to analyse complaints by root cause and to report
              remediation to the board.
            * Alternative dispute resolution: the German insurance ombudsman
              schemes resolved 71 % of admissible complaints without litigation.
            * Webinar: "Explaining medical claim decisions in plain language",
              22 May, 11:00 CET.

            You receive this bulletin because you subscribed at
            www.insurance-consumer-forum.example.
            """,
        label="N", lang="en", kind="newsletter",
        reason="trap: consumer bulletin about refused health and disability claims, aggregates only")


def m067():
    return mail(
        frm="Gesa Thormählen <g.thormaehlen@elbmark.example>",
        to="Datenschutz Elbmark <datenschutz@elbmark.example>",
        subject="Employee access request - payroll data (Mr Kwame Mensah)",
        date="2025-03-26 09:50",
        text="""
            Hi Katharina,

            One of our IT developers, Mr Kwame Mensah (personnel no. 40917), has asked
            HR for a copy of all his data under Art. 15. He writes in English, so I'm
            keeping it in English.

            From payroll we would send him:
            - salary history since joining (01/2021: EUR 64,000 p.a.; since 04/2024:
              EUR 78,500 p.a. plus 8 % target bonus)
            - tax class I, tax ID 47 036 915 208, no church tax
            - bank account for salary: DE10 2009 3976 6288 0427 15
            - company pension (bAV) entitlements: statement from our pension fund

            Question: do we also have to give him the notes from his performance
            review calibration meeting? His manager is not keen.

            Thanks
            Gesa Thormählen
            HR Business Partner
            """,
        label="C", lang="en", kind="internal",
        reason="employee DSAR with salary, tax ID and IBAN; no health data")


def m068():
    return mail(
        frm="Gesa Thormählen <g.thormaehlen@elbmark.example>",
        to="Dr. Raphael Kuhnert <r.kuhnert@elbmark.example>",
        subject="Former employee's SAR - sick leave records / BEM file (Ms Lorraine Dupont)",
        date="2025-03-26 14:12",
        text="""
            Raphael,

            Ms Dupont's lawyer (she is suing us for discrimination) has sent a subject
            access request and wants "all records relating to her absences and the
            occupational integration management (BEM)".

            What we have:
            - 74 days of sick leave in 2024 (AU certificates, no diagnosis on the
              employer copy)
            - BEM file: two meetings in October 2024; she told us about a recurrent
              depressive disorder and a hospital stay in a psychosomatic clinic
              (Klinik Am Hirschpark, 6 weeks), company doctor recommended gradual
              return (Hamburg model) and home office 3 days/week
            - emails between her line manager and me about the "reliability" of her
              return

            The emails are awkward but I assume we must hand them over (with
            third-party redactions). Can we meet tomorrow?

            Gesa
            """,
        label="S", lang="en", kind="internal",
        reason="former employee's sick leave, depressive disorder and psychosomatic hospital stay")


def m069():
    return mail(
        frm="Jonas Terhalle <j.terhalle@elbmark.example>",
        to="Produktentwicklung Leben <produkt-leben@elbmark.example>",
        subject="Anmerkungen Datenschutz zum Antrag BU 2025 - Einwilligung Gesundheitsdaten",
        date="2025-03-27 10:05",
        text="""
            Hallo Produktteam,

            unsere Anmerkungen zum Antragsentwurf BU 2025 (Stand 20.03.):

            1. Seite 4, Gesundheitsfragen: Frage 6 ("Sind Sie HIV-infiziert?") muss
               wie im Muster des Verbands formuliert bleiben, eigene Umformulierungen
               bitte nicht.
            2. Die Einwilligung in die Erhebung von Gesundheitsdaten bei Dritten muss
               getrennt von der Einwilligung in die Übermittlung an Rückversicherer
               unterschrieben werden können.
            3. Das Feld "Hausarzt (Name, Anschrift)" ist im Antrag nicht erforderlich
               und sollte raus (Datenminimierung).
            4. Die Erklärung für den Todesfall (Schweigepflichtentbindung über den Tod
               hinaus) fehlt.

            Gruß
            Jonas Terhalle
            Datenschutzkoordination
            """,
        label="N", lang="de", kind="internal",
        reason="trap: comments on an application form's health questions and consent, no applicant")


def m070():
    return mail(
        frm="Lea Brinkmann <l.brinkmann@elbmark.example>",
        to="RA Dr. Cornelius Sommerfeld <info@kanzlei-sommerfeld.example>",
        subject="Ihr Auskunftsersuchen für Herrn Patrick Hollmann - Vollmacht",
        date="2025-03-27 13:20",
        text="""
            Sehr geehrter Herr Dr. Sommerfeld,

            Sie verlangen im Namen von Herrn Patrick Hollmann, Grotenbleken 33,
            22391 Hamburg, Auskunft nach Art. 15 DSGVO zu seiner Privathaftpflicht-
            versicherung (PH 3312 0774) und dem Schadenfall vom 09.09.2024
            (S-2024-088130, Wasserschaden in der Wohnung der Nachbarin).

            Eine Vollmacht war Ihrem Schreiben nicht beigefügt. Bitte senden Sie uns
            eine von Herrn Hollmann unterschriebene Vollmacht, die auch die Auskunft
            nach Art. 15 DSGVO umfasst. Danach erhalten Sie die Auskunft umgehend.

            Mit freundlichen Grüßen
            Lea Brinkmann
            Team Betroffenenrechte
            """,
        label="C", lang="de", kind="insurer-to-lawyer",
        reason="named customer with liability policy, address and claim number in a DSAR via lawyer")


def m071():
    return mail(
        frm="Rechtsschutz Leistung <rs-leistung@elbmark.example>",
        to="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        subject="WG: Deckungsanfrage Strafverteidigung - Herr Florian Matthiesen, RS 9917 4420",
        date="2025-03-28 09:36",
        text="""
            Hallo Frau Oltmanns,

            Vorsatzfrage: Verkehrs-Straf-Rechtsschutz deckt nur fahrlässige Delikte.
            § 316 StGB kann vorsätzlich oder fahrlässig sein, Anklage lautet auf
            fahrlässig. Decken wir vorläufig und fordern bei Vorsatzverurteilung zurück?

            Gruß
            Martina Rohwedder
            Rechtsschutz-Leistung

            -----Ursprüngliche Nachricht-----
            Von: RA Kai Lembcke <strafverteidigung@lembcke-recht.example>
            Gesendet: Donnerstag, 27. März 2025 18:05
            Betreff: Deckungsanfrage Strafverteidigung - Herr Florian Matthiesen, RS 9917 4420

            Sehr geehrte Damen und Herren,

            ich verteidige Ihren Versicherungsnehmer Herrn Florian Matthiesen in dem
            Strafverfahren der StA Kiel (Az. 591 Js 11870/24) wegen Trunkenheit im
            Verkehr (§ 316 StGB). Blutalkoholkonzentration 1,34 Promille bei einer
            Kontrolle am 02.11.2024 in Eckernförde; der Führerschein wurde
            vorläufig entzogen (§ 111a StPO). Hauptverhandlung vor dem Amtsgericht
            Eckernförde am 15.04.2025.

            Ich bitte um Deckungszusage für das Strafverfahren erster Instanz.

            Mit freundlichen Grüßen
            Lembcke
            Rechtsanwalt, Fachanwalt für Strafrecht und Verkehrsrecht
            """,
        label="S", lang="de", kind="lawyer",
        reason="criminal proceedings for drunk driving of a named policyholder with blood alcohol level")


def m072():
    return mail(
        frm="Tobias Wendland <t.wendland@elbmark.example>",
        to="Jonas Terhalle <j.terhalle@elbmark.example>",
        cc="Katharina Vossberg <k.vossberg@elbmark.example>",
        subject="Pentest DSAR self-service portal - management summary",
        date="2025-03-28 15:20",
        text="""
            Jonas,

            management summary of the pentest on the new self-service page for access
            requests (test system, synthetic data only):

            Critical: 0
            High: 1 - IDOR on /request/{id}/download: an authenticated user could
              download another user's data package by changing the numeric ID.
              Fixed in build 1.4.2 (UUIDs + owner check), retest passed.
            Medium: 2 - no rate limit on the identity verification step; verbose
              error message reveals whether a policy number exists.
            Low: 4 - headers, cookie flags, outdated jQuery.

            Go-live recommendation: yes, after the two medium findings are fixed.
            Full report in the ISMS, classification internal.

            Tobias
            """,
        label="N", lang="en", kind="internal",
        reason="trap: pentest summary of the DSAR portal, synthetic data, no person")


def m073():
    return mail(
        frm="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        to="Rechnungswesen Rückstellungen <rueckstellungen@elbmark.example>",
        subject="Prozessrückstellungen Q1/2025 - Meldung Rechtsabteilung",
        date="2025-03-31 12:00",
        text="""
            Hallo Rechnungswesen,

            hier unsere Meldung für die Rückstellungen für Prozesskosten zum 31.03.:

            Sparte            anhängige Verfahren   Streitwert ges.   Rückstellung Kosten
            Leben/BU                 47              6,8 Mio. EUR        412 TEUR
            Kranken                  29              1,9 Mio. EUR        138 TEUR
            Unfall                   12              0,9 Mio. EUR         71 TEUR
            Sach/Kfz/HUK             63              3,1 Mio. EUR        205 TEUR
            Datenschutz (Art. 82)     6              0,04 Mio. EUR        18 TEUR

            Die Art.-82-Verfahren betreffen alle immateriellen Schadensersatz nach
            Fehlversand; Streitwerte zwischen 1.000 und 10.000 EUR.

            Gruß
            Miriam Oltmanns
            """,
        label="N", lang="de", kind="internal",
        reason="trap: litigation provisions aggregated by line incl. disability and health")


def m074():
    return mail(
        frm="Aylin Demirci <a.demirci@elbmark.example>",
        to="Haftpflicht Schaden <haftpflicht-schaden@elbmark.example>",
        subject="FW: Claim against your insured Ms Frauke Stein - water damage Flat 2, Isestraße 40",
        date="2025-03-31 16:10",
        text="""
            Bitte übernehmen, ist Privathaftpflicht, nicht Kfz. Danke, AD

            From: Oliver Pennington <o.pennington@pennington-law.example>
            Sent: 31 March 2025 11:02
            To: schaden@elbmark.example
            Subject: Claim against your insured Ms Frauke Stein - water damage Flat 2, Isestraße 40

            Dear Sirs,

            We act for Mr Jeremy Hollis, owner of the apartment at Isestraße 40,
            Flat 1, 20144 Hamburg, which he lets while working in London.

            On 14 February 2025 water escaped from a washing machine hose in the flat
            above (Flat 2), occupied by your insured, Ms Frauke Stein (your personal
            liability policy PH 3309 2281, as she told our client's letting agent).
            The ceiling, parquet floor and built-in kitchen in our client's flat were
            damaged; the repair estimate is EUR 17,640 plus loss of rent of EUR 1,450
            per month for an estimated three months.

            Please confirm cover and appoint a loss adjuster. Nobody was injured.

            Yours faithfully
            Oliver Pennington
            Pennington Law, London
            """,
        label="C", lang="en", kind="lawyer",
        reason="forwarded solicitor claim against named liability insured with policy number and address")


def m075():
    return mail(
        frm="Paul Hagedorn <p.hagedorn@elbmark.example>",
        to="Beratungsarzt Leben <beratungsarzt-leben@elbmark.example>",
        subject="FW: Group income protection - employee Mr Henrik Solberg",
        date="2025-04-01 09:30",
        text="""
            Bitte um Stellungnahme bis 15.04. - Arbeitgeber schreibt auf Englisch,
            Unterlagen des Kardiologen kommen per Post. PH

            From: Maren Solvik <hr@fjordline-shipping.example>
            Sent: 31 March 2025 17:22
            To: leben-leistung@elbmark.example
            Subject: Group income protection - employee Mr Henrik Solberg

            Dear Elbmark claims team,

            Under our group income protection policy GIP 1104 (Fjordline Shipping
            GmbH, Hamburg) we are notifying a claim for our employee Mr Henrik Solberg,
            born 8 October 1971, chief engineer, annual salary EUR 96,000.

            Mr Solberg suffered a heart attack on board on 3 January 2025 (anterior
            STEMI, two stents). His cardiologist does not expect him to return to sea
            service; the seafarer medical certificate has been withdrawn. Sick pay
            from us ends on 14 April.

            Mr Solberg has signed your consent form, attached.

            Kind regards
            Maren Solvik
            HR Manager
            """,
        label="S", lang="en", kind="company",
        reason="employer's group income protection claim: birth date, salary, heart attack of named employee")


def m076():
    return mail(
        frm="Sekretariat Recht <sekretariat-recht@elbmark.example>",
        to="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        subject="Telefonnotiz: Rückruf RAin Uhlig",
        date="2025-04-01 11:05",
        text="""
            Frau Oltmanns,

            RAin Uhlig (Brandes & Uhlig) hat um 10:50 angerufen und bittet um Rückruf,
            es geht um einen Termin für ein Gespräch in der Sache, die Sie kennen.
            Sie ist heute bis 16 Uhr erreichbar, Tel. 040 6688 213.

            Gruß
            Britta (Sekretariat)
            """,
        label="N", lang="de", kind="internal",
        reason="call-back note naming only a lawyer, no client or matter details")


def m077():
    inner = mail(
        frm="Jan-Ole Petersen <janole.petersen@mailbox.example>",
        to="kuendigung@elbmark.example",
        subject="Kündigung Kfz + Löschung",
        date="2025-03-30 19:44",
        msgid_domain="mailbox.example",
        text="""
            Hallo,

            hiermit kündige ich meine Kfz-Versicherung KF 8150 3397 für den Skoda
            Octavia SE-JP 412 zum 30.04.2025, das Auto ist verkauft (Abmeldung vom
            29.03., Bescheinigung anbei).

            Bitte überweisen Sie den zu viel gezahlten Beitrag auf mein neues Konto
            DE23 2001 4190 9106 6959 58 (Jan-Ole Petersen). Danach bitte alle meine
            Daten löschen, ich will keinen Kontakt mehr.

            Jan-Ole Petersen
            Am Markt 4, 24576 Bad Bramstedt
            """)
    return mail(
        frm="Kundenservice Kfz <kundenservice-kfz@elbmark.example>",
        to="Betroffenenrechte <betroffenenrechte@elbmark.example>",
        subject="WG: Kündigung Kfz + Löschung",
        date="2025-03-31 08:20",
        text="""
            Hallo,

            Kündigung ist verarbeitet, Erstattung 214,37 EUR geht diese Woche raus.
            Den Löschwunsch übergeben wir euch, Original-Mail hängt an.

            Gruß Kundenservice Kfz
            """,
        atts=[eml(inner)],
        label="C", lang="de", kind="customer",
        reason="attached original mail: motor policy, plate, IBAN and address of a named customer")


def m078():
    return mail(
        frm="Elbmark Betroffenenrechte <betroffenenrechte@elbmark.example>",
        to="Thi Lan Nguyen <thilan.nguyen@web.example>",
        subject="Ihr Löschbegehren - Pflegezusatzversicherung PT 3307 1904",
        date="2025-04-01 14:50",
        cte="quoted-printable",
        text="""
            Sehr geehrte Frau Nguyen,

            Sie haben uns gebeten, alle Ihre Daten zu löschen und Ihre
            Pflegezusatzversicherung zu beenden.

            Die Kündigung haben wir zum 30.06.2025 bestätigt (gesondertes Schreiben).
            Eine vollständige Löschung Ihrer Daten ist derzeit leider nicht möglich:
            Das Verfahren zur Feststellung Ihres Pflegegrades (Antrag auf
            Pflegetagegeld vom 10.01.2025, Begutachtung durch den Medizinischen
            Dienst am 12.03.2025) ist noch nicht abgeschlossen. Solange über Ihren
            Leistungsanspruch nicht entschieden ist und Ansprüche verjähren können,
            müssen wir die Unterlagen aufbewahren (Art. 17 Abs. 3 lit. b und e DSGVO).

            Nach Abschluss des Verfahrens und Ablauf der gesetzlichen Fristen
            löschen wir Ihre Daten automatisch. Bis dahin nutzen wir sie nur für
            diese Zwecke.

            Mit freundlichen Grüßen
            Team Betroffenenrechte
            Elbmark Krankenversicherung AG
            """,
        label="S", lang="de", kind="insurer-to-customer",
        reason="erasure refusal for a care insurance contract with a pending care-level assessment")


def m079():
    return mail(
        frm="Jonas Terhalle <j.terhalle@elbmark.example>",
        to="Siobhan Keane <siobhan.keane@northgate-group.example>",
        subject="RE: Group RoPA template - our mapping",
        date="2025-04-02 10:40",
        text="""
            Hi Siobhan,

            attached is the group RoPA template filled in with our mapping of the
            German processing activities to the group taxonomy (first 6 rows as a
            sample, full list next week). Special category data is flagged in
            column F.

            Best,
            Jonas
            """,
        atts=[xlsx("Group_RoPA_mapping_ElbmarkDE_draft.xlsx", [
            ["Activity ID", "Entity", "Activity", "Group taxonomy", "Data subjects", "Special categories (Art. 9/10)", "Retention"],
            ["DE-KV-01", "Elbmark Kranken", "Outpatient claims", "CLM-HEALTH", "insured persons, providers", "health", "10y"],
            ["DE-KV-04", "Elbmark Kranken", "Long-term care benefits", "CLM-CARE", "insured persons, carers", "health", "10y"],
            ["DE-LV-02", "Elbmark Leben", "Disability claims", "CLM-DIS", "insured persons, doctors", "health", "10y after end"],
            ["DE-LV-05", "Elbmark Leben", "Underwriting", "UW-LIFE", "applicants", "health, genetic (excluded by GenDG)", "3y if declined"],
            ["DE-SA-07", "Elbmark Allgemeine", "Motor claims with injuries", "CLM-MOTOR-BI", "claimants, witnesses", "health, criminal offences", "30y"],
            ["DE-HR-01", "Elbmark Versicherung", "Payroll", "HR-PAY", "employees", "religion (church tax)", "10y"],
        ], sheet="RoPA")],
        label="N", lang="en", kind="internal",
        reason="trap: RoPA template flags health, genetic and criminal data as categories, no person")


def m080():
    return mail(
        frm="Maklerbetreuung Nord <maklerbetreuung-nord@elbmark.example>",
        to="Finn Asmussen <f.asmussen@asmussen-assekuranz.example>",
        subject="RE: Your client Ms Ingrid Voss - motor claim S-2025-011208, status",
        date="2025-04-02 15:33",
        text="""
            Dear Mr Asmussen,

            regarding your client Ms Ingrid Voss (policy KF 8158 9120, BMW X1, RD-IV 57):

            The claim from the hail storm on 11 March 2025 has been settled on the
            basis of our assessor's report: EUR 5,880 repair cost less EUR 300
            excess under the comprehensive cover, paid on 1 April to her account
            ending 4417.

            Her complaint about the assessor's visit (he arrived two hours late) has
            been passed on to our complaints team; she will receive a written reply.

            Kind regards
            Marco Steffens
            Broker Support North
            """,
        label="C", lang="en", kind="insurer-to-broker",
        reason="broker reply on named client's motor claim, policy, plate and payout")


def m081():
    return mail(
        frm="Henrik Baumgaertel <h.baumgaertel@elbmark.example>",
        to="BaFin Beschwerdestelle <poststelle-va@bafin.example>",
        subject="Gz. VA 32-QB 5000-2025/1142 - Beschwerde Herr Dr. Ulrich Hasenkamp (Beitragsanpassung PKV)",
        date="2025-04-03 10:10",
        text="""
            Sehr geehrte Damen und Herren,

            zur Beschwerde von Herrn Dr. Ulrich Hasenkamp, Elbchaussee 301, 22609 Hamburg,
            Versicherungsnummer KV 3390 1156, nehmen wir wie folgt Stellung:

            Herr Dr. Hasenkamp (geb. 25.01.1952) ist seit 1988 bei uns im Tarif
            Premium 1 mit Selbstbehalt 1.200 EUR vollversichert. Zum 01.01.2025 wurde
            der Beitrag um 18,4 % auf 1.126,80 EUR monatlich angepasst. Auslösender
            Faktor waren die Versicherungsleistungen (Abweichung 14 %); der
            unabhängige Treuhänder hat der Anpassung zugestimmt. Die Begründung nach
            § 203 Abs. 5 VVG wurde dem Schreiben beigefügt.

            Der Beschwerdeführer bittet um Prüfung eines Tarifwechsels nach § 204 VVG.
            Wir haben ihm mit Schreiben vom 02.04.2025 vier gleichartige Tarife
            angeboten; für den Wechsel in den Tarif Premium 2 ist wegen der
            Mehrleistung bei Hilfsmitteln eine Gesundheitsprüfung erforderlich,
            alternativ ein Leistungsausschluss für die Mehrleistung.

            Mit freundlichen Grüßen
            Elbmark Krankenversicherung AG
            Henrik Baumgärtel
            """,
        label="S", lang="de", kind="insurer-to-regulator",
        reason="BaFin complaint about a named person's private health insurance premium (personal line)")


def m082():
    return mail(
        frm="Datenschutz Elbmark <datenschutz@elbmark.example>",
        to="Alle Mitarbeitenden <alle@elbmark.example>",
        subject="Datenschutz-Tipp des Monats: Clean Desk - auch im Homeoffice",
        date="2025-04-03 12:00",
        html="""
            <html><body style="font-family:Arial,sans-serif;font-size:11pt">
            <h3 style="color:#00527a">Datenschutz-Tipp des Monats</h3>
            <p><b>Clean Desk</b> - warum eigentlich?</p>
            <ul>
            <li>Ein Arztbericht, der abends auf dem Küchentisch liegt, ist eine Datenpanne, wenn
            Mitbewohner oder Besuch ihn lesen.</li>
            <li>Leistungsabrechnungen, Gutachten und Anwaltsschreiben gehören nach Feierabend in den
            abschließbaren Rollcontainer oder die Dienstbox.</li>
            <li>Bildschirm sperren: <b>Windows-Taste + L</b>.</li>
            <li>Ausdrucke mit Gesundheitsdaten nie in den Hausmüll - nur in die graue Datenschutztonne
            im Büro.</li>
            </ul>
            <p>Fragen? <a href="mailto:datenschutz@elbmark.example">datenschutz@elbmark.example</a></p>
            </body></html>
            """,
        label="N", lang="de", kind="internal",
        reason="trap: HTML awareness tip about medical reports and health data, no person")


def m083():
    return mail(
        frm="Aylin Demirci <a.demirci@elbmark.example>",
        to="Mr Bram Hoekstra <b.hoekstra@hoekstra-letselschade.example>",
        subject="Your client Ms Femke de Wit - accident 19 Aug 2024 in Leer, our claim S-2024-081744",
        date="2025-04-04 09:45",
        text="""
            Dear Mr Hoekstra,

            thank you for your letter of 25 March and the medical report of the UMC
            Groningen on your client Ms Femke de Wit.

            Our insured's liability for the collision with your client on her bicycle
            (Leer, 19 August 2024) is not disputed. On the basis of the report we
            understand the injuries as follows:
            - traumatic brain injury with subdural haematoma (S06.5), neurosurgery on
              20 August 2024, ICU 6 days
            - fracture of the left clavicle (S42.0), conservative treatment
            - ongoing concentration problems and fatigue; neuropsychological
              assessment planned for June 2025

            We have today paid an advance of EUR 15,000 on the claim for pain and
            suffering to your client account NL36 INGB 0338 9663 57. We will comment
            on the loss of earnings claim once we have her employer's statement.

            Please send us the neuropsychological report when available.

            Kind regards
            Aylin Demirci
            Motor Liability Claims - Personal Injury
            Elbmark Allgemeine Versicherung AG
            """,
        label="S", lang="en", kind="insurer-to-lawyer",
        reason="motor liability personal injury: named cyclist's brain injury S06.5 and fracture")


def m084():
    return mail(
        frm="Sabine Pohlmann <s.pohlmann@elbmark.example>",
        to="Kirsten Möller <kirsten.moeller@posteo.example>",
        subject="Ihre Beschwerde vom 24.03.2025 - Fahrraddiebstahl, Schaden S-2025-009871",
        date="2025-04-04 13:05",
        text="""
            Sehr geehrte Frau Möller,

            vielen Dank für Ihre Beschwerde. Wir haben den Vorgang noch einmal geprüft.

            Ihr E-Bike (Riese & Müller, Kaufpreis 4.790 EUR) wurde am 03.03.2025
            nachts aus dem Fahrradkeller des Hauses Heußweg 12 gestohlen. Ihre
            Hausratversicherung HR 6624 0918 enthält die Fahrradklausel bis 5.000 EUR.

            Die Ablehnung beruhte darauf, dass das Rad nicht an einen festen Gegenstand
            angeschlossen war. Für einen gemeinschaftlich genutzten, verschlossenen
            Fahrradkeller verlangen unsere Bedingungen das aber gar nicht. Wir
            entschuldigen uns für den Fehler und zahlen den Zeitwert von 4.310 EUR in
            den nächsten Tagen auf Ihr bekanntes Konto.

            Mit freundlichen Grüßen
            Sabine Pohlmann
            Beschwerdemanagement
            """,
        html="""
            <html><body style="font-family:Arial;font-size:11pt">
            <p>Sehr geehrte Frau Möller,</p>
            <p>vielen Dank für Ihre Beschwerde. Wir haben den Vorgang noch einmal geprüft.</p>
            <p>Ihr E-Bike (Riese &amp; Müller, Kaufpreis 4.790 EUR) wurde am 03.03.2025 nachts aus dem
            Fahrradkeller des Hauses Heußweg 12 gestohlen. Ihre Hausratversicherung <b>HR 6624 0918</b>
            enthält die Fahrradklausel bis 5.000 EUR.</p>
            <p>Die Ablehnung beruhte darauf, dass das Rad nicht an einen festen Gegenstand angeschlossen war.
            Für einen gemeinschaftlich genutzten, verschlossenen Fahrradkeller verlangen unsere Bedingungen
            das aber gar nicht. Wir entschuldigen uns für den Fehler und zahlen den Zeitwert von
            4.310 EUR in den nächsten Tagen auf Ihr bekanntes Konto.</p>
            <p>Mit freundlichen Grüßen<br>Sabine Pohlmann<br>Beschwerdemanagement</p>
            </body></html>
            """,
        label="C", lang="de", kind="insurer-to-customer",
        reason="complaint answer with household policy, claim number and home address of a named customer")


def m085():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Team Betroffenenrechte <betroffenenrechte@elbmark.example>",
        subject="New internal SLA for access requests from 1 May",
        date="2025-04-07 08:40",
        text="""
            Hi team,

            after the board discussion we change the internal targets for access
            requests from 1 May:

            - acknowledgement within 3 working days (was 5)
            - standard P&C requests: answer within 20 days
            - health/life requests with medical documents: request to the medical
              adviser on day 5 at the latest, answer within 28 days
            - extension under Art. 12(3) only with my approval

            The DSR tool will show the new traffic lights from next week. We'll go
            through it in Thursday's team meeting (the German slides follow).

            Katharina
            """,
        label="N", lang="en", kind="internal",
        reason="trap: SLA change for health/life access requests with medical documents, no person")


def m086():
    return mail(
        frm="Lars Ipsen <l.ipsen@elbmark.example>",
        to="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        cc="Aylin Demirci <a.demirci@elbmark.example>",
        subject="Entwurf Strafanzeige - gestellter Unfall A1, VN Herr Dennis Kowalewski",
        date="2025-04-07 15:22",
        text="""
            Hallo Frau Oltmanns,

            anbei zur Freigabe der Entwurf der Strafanzeige (Textfassung unten).
            Die Staatsanwaltschaft Lübeck ermittelt bereits in einem Parallelverfahren
            gegen Herrn Ramazan Öztürk (Az. 720 Js 3312/24).

            Gruß
            Lars Ipsen
            Betrugsprävention / Spezialschaden

            --- Entwurf ---
            An die Staatsanwaltschaft Lübeck

            Strafanzeige wegen Betrugs (§ 263 StGB) und Versicherungsmissbrauchs
            (§ 265 StGB) gegen

            1. Herrn Dennis Kowalewski, geb. 14.06.1993, Moislinger Allee 90,
               23558 Lübeck (unser Versicherungsnehmer, KF 8161 7735, HL-DK 614)
            2. Herrn Ramazan Öztürk, geb. 02.02.1989, Lübeck (Anspruchsteller)

            Wir haben den begründeten Verdacht, dass der Auffahrunfall vom 21.01.2025
            auf der A1 bei Bad Schwartau verabredet war: beide Beteiligten sind laut
            sozialen Netzwerken befreundet, das Fahrzeug des Anspruchstellers hatte
            bereits zwei gleichartige Vorschäden (2022, 2023), die Reparaturkosten
            wurden fiktiv abgerechnet. Herr Kowalewski wurde 2023 bereits wegen
            Urkundenfälschung verurteilt (AG Lübeck, Geldstrafe).
            --- Ende ---
            """,
        label="S", lang="de", kind="internal",
        reason="draft criminal complaint for fraud naming policyholder with birth date and prior conviction")


def m087():
    return mail(
        frm="Henrik Baumgaertel <h.baumgaertel@elbmark.example>",
        to="BaFin Abfrage <abfrage-va@bafin.example>",
        subject="Abfrage zur Beschwerdebearbeitung 2024 - Antwort Elbmark-Gruppe",
        date="2025-04-08 11:00",
        text="""
            Sehr geehrte Damen und Herren,

            anbei unsere Angaben zur Abfrage vom 10.03.2025 für die Gesellschaften der
            Elbmark-Gruppe (Berichtsjahr 2024):

                                           Allgemeine   Leben   Kranken
            Beschwerden eingegangen            2.915      1.106     1.347
            davon über BaFin                      72         61        38
            durchschn. Bearbeitungszeit (Tage)    11         19        16
            Abhilfequote                        41 %       33 %      37 %

            Häufigste Beschwerdegründe Leben: Leistungsprüfung BU (Dauer, Umfang der
            angeforderten Arztunterlagen), Rückkaufswerte. Kranken: Beitragsanpassung,
            Hilfsmittel, Erstattung von Arzneimitteln.

            Mit freundlichen Grüßen
            Henrik Baumgärtel
            Leiter Beschwerdemanagement
            """,
        label="N", lang="de", kind="insurer-to-regulator",
        reason="trap: aggregated complaint figures for the regulator mentioning medical records and health")


def m088():
    return mail(
        frm="Forderungsmanagement <forderungsmanagement@elbmark.example>",
        to="Bestand Sach <bestand-sach@elbmark.example>",
        subject="Pfändungs- und Überweisungsbeschluss AG Norderstedt 12 M 880/25 - Schuldner Herr Detlef Rausch",
        date="2025-04-08 14:18",
        text="""
            Hallo Bestand Sach,

            uns wurde heute ein PfÜB zugestellt (Drittschuldner: Elbmark Allgemeine).

            Schuldner: Herr Detlef Rausch, geb. 09.09.1974, Ulzburger Straße 211,
            22850 Norderstedt
            Gläubigerin: Autohaus Segeberg GmbH, vertreten durch Inkasso Nordwest
            Forderung: 6.412,88 EUR nebst Zinsen und Kosten
            Gepfändet: alle Ansprüche aus Versicherungsverträgen auf Auszahlung, u. a.
            Beitragsrückerstattung und Entschädigungen

            Betroffen sind bei uns: Hausrat HR 6617 2206, Kfz KF 8149 0351. Offene
            Entschädigung im Hausratschaden S-2025-012090 (Einbruch): 1.870 EUR.

            Bitte Auszahlungssperre setzen; die Drittschuldnererklärung nach
            § 840 ZPO geben wir bis 22.04. ab.

            Gruß
            Forderungsmanagement
            """,
        label="C", lang="de", kind="internal",
        reason="garnishment order naming debtor with birth date, debts and his household and motor policies")


def m089():
    return mail(
        frm="Lea Brinkmann <l.brinkmann@elbmark.example>",
        to="Leistung Pflege <leistung-pflege@elbmark.example>",
        subject="WG: Subject access request for my mother - care insurance",
        date="2025-04-09 09:02",
        text="""
            Hallo Pflege-Team,

            bitte bis 16.04. die Unterlagen zur Auskunft zusammenstellen
            (Pflegegutachten, Leistungsabrechnungen). Vorsorgevollmacht liegt vor,
            Identität ist geprüft. Die Tochter wünscht die Antwort auf Englisch.

            Danke, Lea

            -----Original Message-----
            From: Claire Hartung <claire.hartung@icloud.example>
            Sent: Monday, 7 April 2025 22:15
            To: datenschutz@elbmark.example
            Subject: Subject access request for my mother - care insurance

            Dear Sir or Madam,

            I hold a lasting power of attorney (Vorsorgevollmacht, copy attached)
            for my mother, Mrs Gisela Hartung, born 30 November 1940, who lives in
            the Haus Lindenhof care home in Reinbek. She has your long-term care
            insurance (Pflegetagegeld) PT 3302 8817 and was assessed at care level 4
            in January after a stroke.

            Please send me a copy of all data you hold about her, in particular the
            assessment report and all payments since January. I live in Dublin, so
            English would be appreciated.

            Many thanks,
            Claire Hartung
            """,
        label="S", lang="mixed", kind="customer",
        reason="German note over English DSAR: mother's birth date, care level 4 after a stroke")


def m090():
    return mail(
        frm="Timo Brakensiek <t.brakensiek@elbmark.example>",
        to="DSR Tool Dev Team <dsr-tool-dev@elbmark.example>",
        subject="Test data for DSAR export regression tests (synthetic only!)",
        date="2025-04-09 16:40",
        text="""
            Hi all,

            new regression set for the DSAR export. Synthetic persons only - please
            never copy production records into the test environment again (see the
            audit finding from January).

            The IBAN is the well-known example IBAN from the bank documentation, the
            ICD codes are random but valid so the parser is exercised.

            Timo
            """,
        atts=[csvf("dsar_export_testcases.csv", """
            case;name;birth_date;policy;iban;line;diagnosis_code;expected_result
            TC-01;Max Mustermann (fiktiv);01.01.1970;KV 0000 0001;DE89 3704 0044 0532 0130 00;health;J06.9;export incl. health block
            TC-02;Erika Musterfrau (fiktiv);12.08.1964;L 0000 0002;DE89 3704 0044 0532 0130 00;life;;export without health block
            TC-03;Test Testperson (fiktiv);;KF 0000 0003;;motor;;export P&C only
            TC-04;Max Mustermann (fiktiv);01.01.1970;KV 0000 0001;;health;F32.9;blocked until medical adviser release
            """)],
        label="N", lang="en", kind="internal",
        reason="trap: synthetic DSAR test cases with Mustermann names, example IBAN and random ICD codes")


def m091():
    return mail(
        frm="Elbmark Betroffenenrechte <betroffenenrechte@elbmark.example>",
        to="Ms Rachel Greenaway <rachel.greenaway@yahoo.example>",
        subject="Copy of your personal data - DSR-2025-0533",
        date="2025-04-10 10:15",
        text="""
            Dear Ms Greenaway,

            As requested, please find attached a copy of your personal data (PDF).
            We have no further data about you.

            Kind regards
            Data Subject Rights Team
            Elbmark Allgemeine Versicherung AG
            """,
        atts=[pdf("DSR-2025-0533_copy_of_data.pdf", """
            Elbmark Allgemeine Versicherung AG - Copy of personal data (Art. 15 GDPR)
            Reference DSR-2025-0533, 10 April 2025

            Personal details
              Name:            Rachel Louise Greenaway
              Date of birth:   22/06/1984
              Address:         Bahrenfelder Chaussee 51, 22761 Hamburg
              Email:           rachel.greenaway@yahoo.example
              Language:        English

            Contracts
              Household contents HR 6628 3305 since 01/09/2022, sum insured EUR 45,000
              Personal liability PH 3315 7746 since 01/09/2022

            Payment
              SEPA direct debit mandate of 18/08/2022
              IBAN GB65 NWBK 2786 8594 3816 12 (account holder R L Greenaway)

            Claims
              S-2023-054410  broken laptop (liability, damage to friend's property), EUR 780 paid

            Recipients: loss adjuster (claims), payment service provider
            Source: your application via broker Asmussen Assekuranzmakler GmbH
            """, compress=True)],
        label="C", lang="en", kind="insurer-to-customer",
        reason="harmless body; compressed PDF with birth date, IBAN, household/liability policies and claim")


def m092():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Dr. Raphael Kuhnert <r.kuhnert@elbmark.example>",
        cc="Ines Freitag <i.freitag@elbmark.example>",
        subject="Datenschutzleitlinie v3.2 - Entwurf zur Vorstandsvorlage",
        date="2025-04-10 14:30",
        text="""
            Hallo Raphael,

            anbei der Entwurf der Datenschutzleitlinie v3.2 (ODT, weil aus dem
            Policy-Tool exportiert). Änderungen gegenüber v3.1 sind die Abschnitte 4
            (Gesundheitsdaten und Berufsgeheimnis) und 7 (KI). Bitte bis 17.04.
            Rückmeldung, dann geht es in die Vorstandssitzung im Mai.

            Viele Grüße
            Katharina
            """,
        atts=[odt("Datenschutzleitlinie_v3.2_Entwurf.odt", [
            "Datenschutzleitlinie der Elbmark-Gruppe - Version 3.2 (Entwurf)",
            "1. Geltungsbereich: alle Gesellschaften der Elbmark-Gruppe, alle Beschäftigten, Vertreter und Dienstleister.",
            "4. Gesundheitsdaten und Berufsgeheimnis",
            "4.1 Gesundheitsdaten (Diagnosen, Befunde, Behandlungen, Pflegegrade, Angaben im Antrag) dürfen nur von Beschäftigten mit Leistungs- oder Antragsbezug eingesehen werden.",
            "4.2 Daten, die § 203 StGB unterliegen, werden an Dienstleister nur weitergegeben, wenn diese zur Verschwiegenheit verpflichtet sind.",
            "4.3 Versand von Gesundheitsdaten per E-Mail nur verschlüsselt (Secure-Mail-Gateway) oder mit schriftlicher Einwilligung der betroffenen Person.",
            "7. Künstliche Intelligenz",
            "7.1 KI-Systeme, die Gesundheitsdaten verarbeiten, bedürfen einer DSFA und der Freigabe durch die Datenschutzbeauftragte.",
        ])],
        label="N", lang="de", kind="internal",
        reason="trap: ODT policy draft on health data and professional secrecy, no person")


def m093():
    return mail(
        frm="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        to="Dr. Felix Achterberg <f.achterberg@achterberg-doerr.example>",
        subject="Termin: LG Hamburg 332 O 41/25 Schneider ./. Elbmark Leben - Beweisaufnahme",
        date="2025-04-11 09:00",
        text="""
            Lieber Herr Achterberg,

            anbei der Termin für die Beweisaufnahme zur Kalenderübernahme. Das Gericht
            hat die Therapeutin des Klägers, Frau Rieck, als Zeugin geladen und den
            Gutachter Prof. Dr. Lindholm (Psychiatrie) zur Frage, ob die depressive
            Erkrankung des Klägers bereits bei Antragstellung bestand.

            Ich komme mit, Herr Hagedorn aus der Leistung ebenfalls.

            Viele Grüße
            Miriam Oltmanns
            """,
        atts=[ics("LG_HH_332O41-25_Beweisaufnahme.ics", """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Elbmark//Fristenkalender//DE
            METHOD:REQUEST
            BEGIN:VEVENT
            UID:332O4125-beweis@elbmark.example
            DTSTAMP:20250411T070000Z
            DTSTART:20250605T080000Z
            DTEND:20250605T120000Z
            SUMMARY:LG HH 332 O 41/25 Schneider ./. Elbmark Leben - Beweisaufnahme (Zeugin Rieck\\, SV Prof. Lindholm)
            LOCATION:Landgericht Hamburg\\, Sievekingplatz 1\\, Saal B 318
            DESCRIPTION:BU-Rücktritt wegen verschwiegener Psychotherapie 2019 (F32.1/F41.1). Akte L 4402 7719.
            ORGANIZER;CN=Miriam Oltmanns:mailto:m.oltmanns@elbmark.example
            ATTENDEE;CN=Dr. Felix Achterberg:mailto:f.achterberg@achterberg-doerr.example
            END:VEVENT
            END:VCALENDAR
            """)],
        label="S", lang="de", kind="insurer-to-lawyer",
        reason="court date in disability case: named claimant's depression, therapist witness, ICD in ICS")


def m094():
    return mail(
        frm="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        to="Sales DACH <sales-dach@lexreview-discovery.example>",
        subject="Request for quote - document review platform for mass DSAR handling",
        date="2025-04-11 13:45",
        text="""
            Dear Sir or Madam,

            we are looking for a document review platform to support large access
            requests (e.g. from former employees or customers in litigation), where
            we have to screen several thousand emails and redact third-party data.

            Requirements:
            - hosting in the EU, ISO 27001, processor agreement under German law
            - redaction workflow with four-eyes principle
            - OCR for scanned medical documents and lawyers' letters
            - German and English language models for PII detection (names, IBANs,
              dates of birth, health terms)
            - export as PDF with redaction log

            Please send us an indicative quote for 3 matters per year with about
            20,000 documents each, and available dates for a demo in May.

            Kind regards
            Miriam Oltmanns
            Legal Department
            Elbmark Versicherung AG
            """,
        label="N", lang="en", kind="insurer-to-supplier",
        reason="trap: RFQ for a review tool detecting IBANs, birth dates and health terms, no person")


def m095():
    return mail(
        frm="Forderungsmanagement <forderungsmanagement@elbmark.example>",
        to="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        subject="WG: Widerspruch gegen Mahnbescheid - Beitragsrückstand WG 2220 5513",
        date="2025-04-14 10:20",
        text="""
            Frau Oltmanns, der Schuldner hat über seinen Anwalt Widerspruch eingelegt.
            Sollen wir ins streitige Verfahren? Rückstand ist aus unserer Sicht
            eindeutig, Lastschriften gingen zurück. FM / Ch. Peters

            > -----Ursprüngliche Nachricht-----
            > Von: Rechtsanwälte Voß & Kaya <post@voss-kaya.example>
            > Gesendet: Freitag, 11. April 2025 15:10
            > Betreff: Widerspruch gegen Mahnbescheid - Beitragsrückstand WG 2220 5513
            >
            > In Sachen Elbmark Allgemeine Versicherung AG ./. Herrn Andreas Rieger,
            > Mahnbescheid des AG Hamburg-Altona vom 27.03.2025, Gesch.-Nr. 25-0441872-0-3,
            > legen wir namens und im Auftrag des Antragsgegners
            >
            >                        W i d e r s p r u c h
            >
            > ein. Unser Mandant hat die Beiträge für die Wohngebäudeversicherung des
            > Hauses Lindenallee 7, 25421 Pinneberg, nicht geschuldet, da der Vertrag
            > mit dem Verkauf des Hauses zum 01.10.2024 auf den Erwerber übergegangen
            > ist (§ 95 VVG). Die Lastschriften von seinem Konto
            > DE58 2003 7709 0031 1321 75 hat er deshalb zu Recht zurückgegeben.
            >
            > Mit freundlichen Grüßen
            > Kaya, Rechtsanwältin
            """,
        label="C", lang="de", kind="lawyer",
        reason="quoted objection to payment order: named debtor, buildings policy, address and IBAN")


def m096():
    return mail(
        frm="Jonas Terhalle <j.terhalle@elbmark.example>",
        to="Datenschutzkoordinatoren <datenschutzkoordinatoren@elbmark.example>",
        subject="Protokoll Jour fixe Datenschutzkoordinatoren 10.04.2025",
        date="2025-04-14 15:00",
        text="""
            Hallo zusammen,

            das Protokoll vom Donnerstag:

            TOP 1 Fehlversand in der KV: Einzelkuvertierung wirkt, seit 03.03. kein
                  neuer Fall. Output-Management prüft Adressvalidierung gegen die
                  Post-Datenbank. (Verantw.: KV, bis 30.05.)
            TOP 2 Löschläufe Altsystem Leben: Testlauf mit 1.000 Verträgen erfolgreich,
                  produktiver Lauf nach Freigabe durch Fachbereich. (Leben, 15.05.)
            TOP 3 Auskünfte mit Gutachten: Beratungsärzte brauchen im Schnitt 9 Tage;
                  Eskalation über Teamleitung ab Tag 7.
            TOP 4 Schulung: neue Pflichtschulung "Datenpannen" hatte 88 % Teilnahme.
            TOP 5 Verschiedenes: Nächster Termin 08.05.2025, 10 Uhr, Raum Elbe 4.12.

            Gruß
            Jonas
            """,
        label="N", lang="de", kind="internal",
        reason="trap: minutes about misdirected health letters and expert reports, no person")


def m097():
    return mail(
        frm="Elbmark Betroffenenrechte <betroffenenrechte@elbmark.example>",
        to="Mr Daniel Achebe <d.achebe@protonmail.example>",
        subject="Your request for erasure - what we have deleted and what we must keep",
        date="2025-04-15 09:30",
        text="""
            Dear Mr Achebe,

            Thank you for your request of 2 April 2025 to erase your personal data.

            Deleted: your customer portal account, your marketing preferences, the
            recording of your phone call of 12 February 2025, and the quote for
            motor insurance you requested in 2023.

            Kept for now: the file on your personal accident insurance U 6609 4471
            and the claim for your knee injury from the football match on
            9 November 2024 (cruciate ligament rupture, operation at the
            Sportklinik Hamburg, invalidity assessment still open). We have to keep
            these data while the claim is being processed and until claims are
            time-barred (Art. 17(3)(e) GDPR). The accident policy itself continues
            until you cancel it.

            You have the right to complain to the supervisory authority.

            Kind regards
            Data Subject Rights Team
            Elbmark Allgemeine Versicherung AG
            """,
        label="S", lang="en", kind="insurer-to-customer",
        reason="erasure answer naming the customer's accident policy and knee ligament rupture surgery")


def m098():
    return mail(
        frm="Lea Brinkmann <l.brinkmann@elbmark.example>",
        to="Matthias Grabowski <m.grabowski@t-online.example>",
        subject="Ihre Frage: An wen wurden meine Daten weitergegeben? (Schaden S-2024-110578)",
        date="2025-04-15 13:12",
        text="""
            Sehr geehrter Herr Grabowski,

            Sie möchten wissen, an wen wir Ihre Daten im Zusammenhang mit dem
            Kfz-Schaden vom 30.11.2024 (Ihr Vertrag KF 8173 0926, HH-MG 1508)
            übermittelt haben (Art. 15 Abs. 1 lit. c DSGVO). Das waren:

            1. Kfz-Sachverständigenbüro Dierksen & Partner, Hamburg - Besichtigung und
               Gutachten (Name, Anschrift, Telefon, Fahrzeugdaten)
            2. Autohaus Bahrenfeld GmbH - Reparaturfreigabe (Name, Kennzeichen,
               Schadennummer)
            3. Haftpflichtversicherer des Unfallgegners - Regressforderung (Name,
               Kennzeichen, Schadenhöhe 7.904,55 EUR)
            4. Zentralruf der Autoversicherer - Anfrage zum Gegner (Kennzeichen)

            Eine Meldung an das Hinweis- und Informationssystem (HIS) ist nicht
            erfolgt. Ihre Daten wurden nicht in Drittländer übermittelt.

            Mit freundlichen Grüßen
            Lea Brinkmann
            Team Betroffenenrechte
            """,
        label="C", lang="de", kind="insurer-to-customer",
        reason="recipients list for a named customer's motor claim with policy, plate and amount")


def m099():
    return mail(
        frm="HR Recruiting <recruiting@elbmark.example>",
        to="Hiring Managers Legal <legal-hiring@elbmark.example>",
        subject="Job ad draft: (Senior) Privacy Counsel (m/f/d) - please review",
        date="2025-04-16 10:00",
        text="""
            Hi,

            please review the ad text by Friday; it goes online on our careers page
            and LinkedIn.

            (Senior) Privacy Counsel (m/f/d) - Hamburg, hybrid

            Your tasks
            - advise claims, underwriting and IT on GDPR questions, especially the
              processing of health data under Art. 9 GDPR and § 203 German Criminal
              Code
            - handle complex access and erasure requests, including in litigation
            - manage data breaches end to end: assessment, notification to the
              supervisory authority within 72 hours, communication with affected
              customers
            - represent us in proceedings before the data protection authority and
              support our litigation team in Art. 82 damages claims

            Your profile
            - fully qualified lawyer (2nd state exam) or equivalent, 3+ years in data
              protection, ideally at an insurer or a law firm
            - fluent German and English

            Salary band: L4 (internal only - delete before publishing)

            Thanks, Recruiting
            """,
        label="N", lang="en", kind="internal",
        reason="trap: job ad about health data, breaches and access requests, no person")


def m100():
    return mail(
        frm="Elbmark Betroffenenrechte <betroffenenrechte@elbmark.example>",
        to="Birgit Lohmeyer <b.lohmeyer@gmx.example>",
        subject="Auskunft nach Art. 15 DSGVO: Ihr Antrag auf Risikolebensversicherung",
        date="2025-04-16 14:40",
        cte="base64",
        text="""
            Sehr geehrte Frau Lohmeyer,

            Sie haben gefragt, welche Daten wir zu Ihrem abgelehnten Antrag auf eine
            Risikolebensversicherung gespeichert haben und warum wir abgelehnt haben.

            Gespeichert sind Ihre Angaben aus dem Antrag vom 20.01.2025:
            - Name, Anschrift, Geburtsdatum 04.10.1977, Beruf Lehrerin
            - Versicherungssumme 250.000 EUR, Laufzeit 20 Jahre, Begünstigter: Ehemann
            - Gesundheitsfragen: Frage 2 (Herz/Kreislauf) ja - Bluthochdruck seit 2019,
              behandelt mit Ramipril 5 mg; Frage 5 (Stoffwechsel) ja - Diabetes
              mellitus Typ 2 seit 2021 (HbA1c zuletzt 8,9 %); Frage 8 (Rauchen) ja
            - Bericht Ihrer Hausärztin Dr. Simone Kade vom 14.02.2025

            Unsere Risikoprüfung hat den Antrag wegen der Kombination aus nicht
            ausreichend eingestelltem Diabetes, Bluthochdruck und Nikotinkonsum
            abgelehnt. Eine erneute Antragstellung ist möglich, wenn ein HbA1c-Wert
            unter 7,5 % über sechs Monate nachgewiesen wird.

            Die Antragsdaten löschen wir drei Jahre nach der Ablehnung.

            Mit freundlichen Grüßen
            Team Betroffenenrechte
            Elbmark Lebensversicherung AG
            """,
        label="S", lang="de", kind="insurer-to-customer",
        reason="base64 body: declined life application with birth date, hypertension, diabetes, HbA1c")


def m101():
    return mail(
        frm="ServiceDesk <servicedesk@elbmark.example>",
        to="Alle Mitarbeitenden <alle@elbmark.example>",
        subject="Geräteverlust? So melden Sie richtig - neues Formular im Self-Service",
        date="2025-04-17 08:30",
        text="""
            Liebe Kolleginnen und Kollegen,

            ab sofort melden Sie den Verlust oder Diebstahl eines dienstlichen Geräts
            (Laptop, Smartphone, Token, USB-Stick) über das neue Formular
            "Geräteverlust" im IT-Self-Service. Das Formular informiert automatisch
            ServiceDesk, Informationssicherheit und Datenschutz.

            Felder des Formulars:
            - Gerätetyp / Inventarnummer: ____________
            - Wann und wo verloren: ____________
            - Waren Kundendaten lokal gespeichert? ja / nein / weiß nicht
              (z. B. Leistungsakten, Gutachten, Arztberichte, Listen mit Bankdaten)
            - Polizeiliche Anzeige erstattet? ja / nein, Aktenzeichen: ____________

            Bitte melden Sie sofort, auch nachts und am Wochenende (Hotline 040
            3009-1111). Die Frist für die Meldung an die Aufsichtsbehörde beträgt
            72 Stunden.

            Ihr IT-ServiceDesk
            """,
        label="N", lang="de", kind="internal",
        reason="trap: blank lost-device form mentioning claim files, medical reports, bank data")


def m102():
    return mail(
        frm="Jonas Terhalle <j.terhalle@elbmark.example>",
        to="Bestand Sach <bestand-sach@elbmark.example>",
        subject="Open P&C access requests - data needed by Friday",
        date="2025-04-17 11:10",
        text="""
            Hi colleagues,

            for the open access requests below we still need your extracts (contract
            history, payments, claims). List attached. English because two of the
            colleagues in the new nearshore team read this too.

            Thanks!
            Jonas
            """,
        atts=[csvf("open_DSR_PC_2025-04-17.csv", """
            ref;requester;date_of_birth;contracts;deadline;missing
            DSR-2025-0540;Henning Brodersen;1968-05-30;KF 8144 2290, HR 6612 8803;2025-04-25;payment history
            DSR-2025-0544;Zeynep Aksoy;1991-12-02;PH 3318 0412;2025-04-28;claims S-2024-061277
            DSR-2025-0549;Wilhelm Tamm;1950-03-11;WG 2211 7760;2025-05-02;all
            DSR-2025-0551;Annika Bruhns;1987-08-19;KF 8179 5521 (HH-AB 3003);2025-05-05;telematics data
            """)],
        label="C", lang="en", kind="internal",
        reason="attached CSV: named requesters with birth dates and P&C contract numbers")


def m103():
    return mail(
        frm="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        to="Jonas Terhalle <j.terhalle@elbmark.example>",
        subject="AW: Protokoll Jour fixe Datenschutzkoordinatoren 10.04.2025",
        date="2025-04-17 12:02",
        flowed=True,
        text="""
            Danke, passt so. Für den 08.05. bin ich verhindert, schicke Frau Nissen.

            MO
            """,
        label="N", lang="de", kind="internal",
        reason="two-line reply about a meeting, nothing sensitive")


def m104():
    return mail(
        frm="Maklerbetreuung Nord <maklerbetreuung-nord@elbmark.example>",
        to="Risikoprüfung Leben <risikopruefung-leben@elbmark.example>",
        subject="FW: Declined disability application - client Mr Luca Bernardi",
        date="2025-04-22 09:14",
        text="""
            Kolleg:innen, bitte Rückmeldung an den Makler, ob wir ihm die
            Ablehnungsgründe sagen dürfen - Schweigepflichtentbindung gegenüber
            Vermittler liegt laut Antrag vor? MS

            From: Finn Asmussen <f.asmussen@asmussen-assekuranz.example>
            Sent: Thursday, 17 April 2025 17:40
            To: Maklerbetreuung Nord <maklerbetreuung-nord@elbmark.example>
            Subject: Declined disability application - client Mr Luca Bernardi

            Hello,

            my client Mr Luca Bernardi (born 1 September 1988, software architect)
            received your letter declining his application for disability cover
            (application no. A-BU-2025-03317). He disclosed a shoulder operation in
            2022 (SLAP lesion, fully recovered) and occasional migraine (no treatment
            in the last two years).

            He also asked for a copy of all data you collected, including the
            report of his orthopaedist. Could you tell me the reason for the
            decline, and whether an exclusion clause for the shoulder would have been
            possible instead? He would accept that.

            Best regards
            Finn Asmussen
            Asmussen Assekuranzmakler GmbH
            """,
        label="S", lang="en", kind="broker",
        reason="broker mail on declined disability application: birth date, shoulder surgery, migraine")


def m105():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Herr Rademacher <j.rademacher@datenschutz-hamburg.example>",
        subject="Ihr Az. 31.14-2025-0601 - Beschwerde Herr Sebastian Voigtländer (Telefonaufzeichnung)",
        date="2025-04-22 15:30",
        text="""
            Sehr geehrter Herr Rademacher,

            zur Beschwerde von Herrn Sebastian Voigtländer nehmen wir Stellung.

            Herr Voigtländer meldete am 03.02.2025 telefonisch einen Glasschaden an
            seinem Fahrzeug (Kfz-Vertrag KF 8169 4038, Kennzeichen PI-SV 92,
            Schaden S-2025-006631). Das Gespräch wurde aufgezeichnet. Er trägt vor,
            nicht um Einwilligung gebeten worden zu sein.

            Nach Auswertung: Die Ansage "Zur Qualitätssicherung und Dokumentation
            Ihrer Schadenmeldung wird dieses Gespräch aufgezeichnet. Wenn Sie nicht
            einverstanden sind, drücken Sie die 1" wird vor jedem Gespräch abgespielt.
            Herr Voigtländer hat nicht die 1 gedrückt. Die Aufzeichnung wird nach
            sechs Monaten gelöscht.

            Wir räumen ein, dass das bloße Nicht-Drücken keine eindeutige bestätigende
            Handlung im Sinne von Art. 4 Nr. 11 DSGVO ist. Wir stellen die Ansage bis
            zum 31.05.2025 auf eine aktive Zustimmung um ("drücken Sie die 1, wenn Sie
            einverstanden sind"). Die Aufzeichnung von Herrn Voigtländer haben wir auf
            seinen Wunsch gelöscht.

            Mit freundlichen Grüßen
            Dr. Katharina Vossberg
            """,
        label="C", lang="de", kind="insurer-to-authority",
        reason="authority reply naming a motor customer, policy, plate and claim number; no injury")


def m106():
    return mail(
        frm="Jonas Terhalle <j.terhalle@elbmark.example>",
        to="Katharina Vossberg <k.vossberg@elbmark.example>",
        subject="FW: [Webinar] Automate 80% of your DSARs - insurers edition",
        date="2025-04-23 08:12",
        text="""
            Katharina, Spam oder schauen wir uns das an? Die Case Study klingt
            nach unserem Problem. J.

            ----- Forwarded message -----
            From: PrivacyFlow <events@privacyflow.example>
            Subject: [Webinar] Automate 80% of your DSARs - insurers edition

            Hi Jonas,

            Insurers receive more data subject requests than almost any other
            industry - and every health claim file can contain hundreds of pages of
            medical reports.

            In our 30-minute webinar on 6 May you'll learn how a mid-sized European
            health insurer cut its DSAR handling time from 24 to 6 days:
            - automatic discovery across claims, CRM and email archives
            - AI-assisted redaction of third-party data and diagnoses where
              therapeutic reservation applies
            - secure delivery portal with identity verification

            Save your seat: https://www.privacyflow.example/webinar-insurers

            Unsubscribe | Privacy policy
            """,
        label="N", lang="en", kind="newsletter",
        reason="trap: vendor webinar mail about DSARs, medical reports and diagnoses")


def m107():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Beratungsarzt KV <beratungsarzt-kv@elbmark.example>",
        cc="Jonas Terhalle <j.terhalle@elbmark.example>",
        subject="DSR-2025-0463 Ahlers - Art. 15 Abs. 4 / therapeutischer Vorbehalt",
        date="2025-04-23 11:45",
        text="""
            Sehr geehrter Herr Dr. Fricke,

            zu der Auskunft an Frau Birte Ahlers (KV 7011 4490) Ihre Frage, ob wir
            die Berichte der psychiatrischen Institutsambulanz zurückhalten dürfen:

            Nach Ihrer Stellungnahme enthält der Bericht vom 12.11.2024 die Einschätzung
            einer akuten Suizidalität im Rahmen einer schweren depressiven Episode
            mit psychotischen Symptomen (F32.3) sowie Angaben über den Ehemann und
            dessen Alkoholkonsum.

            Rechtlich gilt: Die DSGVO kennt keinen allgemeinen therapeutischen
            Vorbehalt; § 630g BGB betrifft das Verhältnis zum Behandler, nicht uns.
            Wir können aber (1) Angaben zu Dritten (Ehemann) schwärzen, (2) anbieten,
            die Berichte über einen Arzt ihres Vertrauens zu übermitteln, und (3)
            sollten die Herausgabe nicht ganz verweigern. Ich schlage vor, dass Sie
            Frau Ahlers anrufen und ihr die Möglichkeit (2) erläutern, bevor die
            Auskunft rausgeht (Frist mit Verlängerung: 14.05.).

            Mit freundlichen Grüßen
            Katharina Vossberg
            """,
        label="S", lang="de", kind="internal",
        reason="DPO on a named health customer's psychiatric reports, suicidality, F32.3")


def m108():
    return mail(
        frm="Lea Brinkmann <l.brinkmann@elbmark.example>",
        to="Jörg Tiedemann <joerg.tiedemann@web.example>",
        subject="Ihre Anfrage: Kopie der Gesprächsaufzeichnung vom 14.01.2025",
        date="2025-04-24 10:05",
        text="""
            Sehr geehrter Herr Tiedemann,

            wie gewünscht erhalten Sie die Aufzeichnung Ihres Telefonats mit unserer
            Schadenhotline vom 14.01.2025 (Meldung Sturmschaden am Carport, Wohngebäude-
            vertrag WG 2219 0047, Schaden S-2025-001583, Ihr Haus Dorfring 2, 24598
            Boostedt). Die Audiodatei stellen wir Ihnen aus Sicherheitsgründen nicht per
            E-Mail zur Verfügung, sondern in Ihrem Postfach im Kundenportal; sie ist
            dort 30 Tage abrufbar.

            Die Abschrift, die Sie zusätzlich verlangt haben, erstellen wir nicht
            automatisch; der Anspruch auf Kopie umfasst die Aufzeichnung selbst.

            Mit freundlichen Grüßen
            Lea Brinkmann
            Team Betroffenenrechte
            """,
        label="C", lang="de", kind="insurer-to-customer",
        reason="access answer with buildings contract, storm claim number and home address of named customer")


def m109():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Group Privacy Network <group-privacy-network@northgate-group.example>",
        subject="Agenda / Tagesordnung Group DPO Meeting Hamburg 20-21 May",
        date="2025-04-24 14:00",
        text="""
            Dear colleagues, liebe Kolleginnen und Kollegen,

            here is the agenda for our meeting in Hamburg. Die deutschen Punkte
            präsentieren wir auf Englisch, Folien zweisprachig.

            Tuesday 20 May
            13:00  Welcome / Begrüßung (K. Vossberg, S. Keane)
            13:30  Health data in AI claims triage - lessons from the DE pilot
            15:00  Breach notification: harmonising the group template (Art. 33)
            16:30  Access requests in litigation - Auskunft als "discovery"? (R. Kuhnert)

            Wednesday 21 May
            09:00  Records of processing: group taxonomy
            10:30  Supervisory authorities - what's new in DE, IE, NL
            12:00  Close / Abschluss

            Venue: Elbmark, Kehrwieder-Allee 12, Konferenzebene 6.
            Hotel block at Hotel Speicherstadt until 30 April.

            Best regards / Viele Grüße
            Katharina
            """,
        label="N", lang="mixed", kind="insurer-to-partner",
        reason="trap: bilingual group DPO meeting agenda on health data and breaches, no person")


def m110():
    return mail(
        frm="Svenja Kruse <s.kruse@elbmark.example>",
        to="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        subject="FW: Letter before claim - IVF treatment costs, Ms Aoife Brennan, KV 7033 5802",
        date="2025-04-25 09:40",
        text="""
            Frau Oltmanns, der Anwalt der Kundin droht mit Klage. Aus unserer Sicht
            fehlt beim 4. Zyklus die Erfolgsaussicht nach unseren Richtlinien (Alter
            der Kundin 41). Wie wollen wir vorgehen?

            Svenja Kruse

            From: Ciarán Moloney <c.moloney@moloney-solicitors.example>
            Sent: 24 April 2025 12:16
            To: leistung-kv@elbmark.example
            Subject: Letter before claim - IVF treatment costs, Ms Aoife Brennan, KV 7033 5802

            Dear Sirs,

            We act for Ms Aoife Brennan, resident in Hamburg and insured with you
            under a comprehensive private health policy since 2016.

            Our client and her partner have been diagnosed with infertility (female
            tubal factor N97.1; male factor with reduced sperm motility). Three IVF
            cycles at the Kinderwunschzentrum Alster in 2024 were unsuccessful. You
            reimbursed the first three cycles but refused the fourth (invoice of
            EUR 7,944.18 of 3 March 2025) on the ground that the chance of success
            is below 15 %.

            The Federal Court of Justice has held that the success rate must be
            assessed individually. Our client's reproductive physician confirms a
            probability of about 18 % per transfer given her ovarian reserve (AMH
            1.9 ng/ml).

            Unless you confirm payment within 21 days we are instructed to issue
            proceedings in the Hamburg Regional Court.

            Yours faithfully
            Ciarán Moloney
            """,
        label="S", lang="en", kind="lawyer",
        reason="forwarded solicitor letter: named customer's infertility N97.1, IVF cycles, hormone value")


def m111():
    return mail(
        frm="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        to="Dr. Felix Achterberg <f.achterberg@achterberg-doerr.example>",
        subject="Cyber claim CY 6120 0338 - Steuerberatung Henrike Jacobsen - coverage question",
        date="2025-04-25 14:20",
        text="""
            Dear Dr Achterberg,

            (in English so that our reinsurer's claims manager can read along - cc to
            follow once you agree.)

            Facts: Our policyholder Ms Henrike Jacobsen runs a tax advisory practice
            as a sole practitioner (Steuerberatung Henrike Jacobsen, Husum; cyber
            policy CY 6120 0338, limit EUR 250k, excess EUR 2.5k). On 2 April 2025
            her file server was encrypted by ransomware; the attackers claim to have
            copied client files and demand EUR 60k. Ms Jacobsen has notified the
            authority and informed her clients.

            Questions:
            1. Is a ransom payment covered under section B.4 ("cyber extortion") in
               light of the sanctions clause, and does German law allow us to
               reimburse it?
            2. Are the costs of notifying her approx. 1,100 clients covered as
               "crisis management costs", including the lawyer she has instructed?
            3. Her backup was last run on 14 February, in breach of the
               obligation in section E.2. Can we reduce under § 28 VVG?

            Our claim reference CY-S-2025-0021. Please advise by 9 May.

            Best regards
            Miriam Oltmanns
            """,
        label="C", lang="en", kind="insurer-to-lawyer",
        reason="cyber claim of a named sole-trader policyholder with policy and claim numbers")


def m112():
    return mail(
        frm="Paul Hagedorn <p.hagedorn@elbmark.example>",
        to="Neue Mitarbeitende Leistung <onboarding-leistung@elbmark.example>",
        subject="Fallstudie für Donnerstag - BU-Nachprüfung (anonymisiert)",
        date="2025-04-28 08:50",
        text="""
            Hallo zusammen,

            für die Einarbeitung am Donnerstag bitte diese Fallstudie vorbereiten.
            Alle Angaben sind verfremdet bzw. erfunden.

            Fall "Erika Musterfrau" (fiktiv), 50 bis 55 Jahre, Bürokauffrau.
            BU-Rente seit drei Jahren wegen einer Erkrankung des Bewegungsapparats.
            Im Nachprüfungsverfahren legt sie einen Arztbericht vor, nach dem sich der
            Zustand nicht gebessert hat. Ein anonymer Hinweis behauptet, sie arbeite
            in Vollzeit in einem Café.

            Fragen:
            1. Welche Unterlagen dürfen wir im Nachprüfungsverfahren anfordern?
            2. Dürfen wir dem anonymen Hinweis nachgehen, und wenn ja wie (Stichwort
               Observation, Art. 6 Abs. 1 lit. f DSGVO, BGH-Rechtsprechung)?
            3. Was teilen wir der Kundin über den Hinweis mit (Art. 14 DSGVO)?

            Bis Donnerstag
            Paul Hagedorn
            """,
        label="N", lang="de", kind="internal",
        reason="trap: fictitious anonymised disability case study with age band only")


def m113():
    return mail(
        frm="Sabine Pohlmann <s.pohlmann@elbmark.example>",
        to="Versicherungsombudsmann <beschwerde@versicherungsombudsmann.example>",
        subject="Az. 2025-0003377 - Beschwerde Frau Dörte Hinrichsen (Rechtsschutz)",
        date="2025-04-28 13:30",
        text="""
            Sehr geehrter Herr Zimmek,

            in dem Verfahren der Frau Dörte Hinrichsen (Rechtsschutzversicherung
            RS 9914 7702, Privat- und Wohnungs-Rechtsschutz) nehmen wir Stellung.

            Frau Hinrichsen begehrt Deckung für eine Klage gegen ihren Nachbarn
            wegen einer an der Grundstücksgrenze gepflanzten Thujahecke
            (Grundstück Am Deich 14, 25761 Büsum). Wir haben die Deckung abgelehnt,
            weil der Streit bereits im Jahr 2022 begann - mit einem Schreiben des
            Nachbarn vom 03.05.2022 - und der Vertrag erst am 01.01.2023 begonnen hat
            (Vorvertraglichkeit, § 4 ARB 2019).

            Frau Hinrichsen meint, maßgeblich sei erst die Höhe der Hecke ab 2024. Der
            Rechtsschutzfall ist jedoch der erste Verstoß, auf den sich der Anspruch
            stützt. Wir halten die Ablehnung aufrecht.

            Mit freundlichen Grüßen
            Sabine Pohlmann
            Beschwerdemanagement
            """,
        label="C", lang="de", kind="insurer-to-ombudsman",
        reason="ombudsman statement: named legal-expenses customer, neighbour dispute, address and policy")


def m114():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Siobhan Keane <siobhan.keane@northgate-group.example>",
        subject="Group breach notification template - DE comments",
        date="2025-04-29 09:30",
        text="""
            Siobhan,

            our comments on the group template are in the attached version. Main
            points: separate fields for "health data" and "data subject to
            professional secrecy", and a field for the German authority's file number.

            Katharina
            """,
        atts=[docx("Group_Art33_template_DE-comments.docx", [
            "Personal data breach notification (Art. 33 GDPR) - internal template",
            [["Field", "Content"],
             ["Controller", "[entity name, address]"],
             ["Contact (DPO)", "[name, email, phone]"],
             ["Date/time of breach", "[dd.mm.yyyy hh:mm]"],
             ["Date/time of awareness", "[dd.mm.yyyy hh:mm]  -> starts 72h clock"],
             ["Nature of breach", "[confidentiality / integrity / availability]"],
             ["Categories of data", "[ ] identification  [ ] contract  [ ] bank data  [ ] health data  [ ] data subject to professional secrecy (§ 203 StGB)  [ ] criminal offences"],
             ["Approx. number of data subjects", "[n]"],
             ["Approx. number of records", "[n]"],
             ["Likely consequences", "[free text]"],
             ["Measures taken / proposed", "[free text]"],
             ["Authority file number (DE)", "[Az.]  <- DE comment: new field"]],
            "Do not enter names of data subjects in this template.",
        ])],
        label="N", lang="en", kind="internal",
        reason="trap: blank breach-notification template with health-data checkbox")


def m115():
    return mail(
        frm="Rechtsschutz Leistung <rs-leistung@elbmark.example>",
        to="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        subject="Subsidiarität Gewerkschaftsrechtsschutz - Klage Herr Burak Şahin, RS 9921 6054",
        date="2025-04-29 14:45",
        text="""
            Hallo Frau Oltmanns,

            kurze Frage zur Rechtslage, bevor wir dem Anwalt antworten:

            Unser VN Herr Burak Şahin klagt vor dem Arbeitsgericht Kiel gegen seine
            Arbeitgeberin (Werft, Kündigung wegen angeblicher Arbeitszeitverstöße).
            Er ist seit 2012 Mitglied der IG Metall und dort auch Vertrauensmann;
            die Gewerkschaft hat ihm Rechtsschutz über die DGB Rechtsschutz GmbH
            angeboten. Er möchte aber lieber seinen eigenen Anwalt und über uns
            abrechnen.

            Unsere ARB (§ 3 Abs. 5) schließen Leistungen aus, soweit ein anderer
            Leistungsträger verpflichtet ist. Ist der Gewerkschaftsrechtsschutz ein
            solcher "anderer Leistungsträger", obwohl der Anspruch nur aus der
            Satzung folgt? Er vermutet zudem, die Kündigung hänge in Wahrheit mit
            seiner Betriebsratskandidatur zusammen.

            Gruß
            Martina Rohwedder
            """,
        label="S", lang="de", kind="internal",
        reason="names a legal-expenses customer's trade-union membership (special category)")


def m116():
    return mail(
        frm="Lea Brinkmann <l.brinkmann@elbmark.example>",
        to="Kevin Dahlke <kevin.dahlke@gmx.example>",
        subject="Ihre Auskunft zur Bonitätsprüfung (Ratenzahlung Kfz-Beitrag)",
        date="2025-04-30 10:40",
        text="""
            Sehr geehrter Herr Dahlke,

            Sie haben gefragt, warum wir Ihnen für Ihre Kfz-Versicherung (KF 8184 3309)
            keine monatliche Zahlweise angeboten haben.

            Bei Antragstellung am 11.03.2025 haben wir eine Bonitätsauskunft bei einer
            Auskunftei eingeholt (Art. 6 Abs. 1 lit. b und f DSGVO; Hinweis im
            Antrag, Abschnitt "Bonitätsprüfung"). Übermittelt wurden Name, Anschrift
            und Geburtsdatum (18.02.1999). Ergebnis: Score 412 von 1.000
            (Risikoklasse E) sowie ein Eintrag über eine titulierte Forderung eines
            Telekommunikationsanbieters über 1.214 EUR aus 2023.

            Bei Risikoklasse E bieten wir nur jährliche Zahlweise an. Die
            Entscheidung wurde von einer Mitarbeiterin geprüft, nicht ausschließlich
            automatisiert getroffen. Wenn der Eintrag inzwischen erledigt ist, senden
            Sie uns gern einen Nachweis; wir prüfen dann erneut.

            Mit freundlichen Grüßen
            Lea Brinkmann
            Team Betroffenenrechte
            """,
        label="C", lang="de", kind="insurer-to-customer",
        reason="named customer's credit score, debt entry, birth date and motor policy")


def m117():
    return mail(
        frm="Jonas Terhalle <j.terhalle@elbmark.example>",
        to="Team Betroffenenrechte <betroffenenrechte@elbmark.example>",
        subject="Urlaubsplanung Sommer - Besetzung Betroffenenrechte",
        date="2025-04-30 15:00",
        text="""
            Hallo Team,

            wir bekommen im Sommer erfahrungsgemäß viele Auskunftsersuchen (nach den
            Beitragsanpassungen in der KV). Deshalb bitte die Urlaube so legen, dass
            immer mindestens zwei Personen mit Berechtigung für Leistungsakten KV/BU
            da sind. Aktuell sieht es in KW 31/32 knapp aus.

            Bitte Urlaube bis 16.05. im Teamkalender eintragen, Lea koordiniert.

            Danke
            Jonas
            """,
        label="N", lang="de", kind="internal",
        reason="trap: holiday planning mentioning access rights to health/disability files")


def m118():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Siobhan Keane <siobhan.keane@northgate-group.example>",
        subject="Weekly DPO update DE - week 18",
        date="2025-05-02 16:10",
        text="""
            Hi Siobhan,

            quick update for the week:

            1. Authority: no new complaints. The HmbBfDI closed the "telephone
               recording" case with a note, no sanctions.
            2. Breaches: one minor misdirected email in P&C (no sensitive data), not
               notifiable.
            3. DSAR: 58 received, backlog down to 9. One difficult case: the access
               request of Mr Uwe Hartmann (disability claimant, policy L 3987 2215) -
               his file includes the psychiatric expert opinion on his paranoid
               schizophrenia (F20.0) and statements from his ex-wife. Our medical
               adviser recommends handing over the opinion only via his treating
               psychiatrist; we will redact the ex-wife's statements.
            4. Projects: AI claims triage DPIA - second workshop on 14 May.
            5. People: new privacy counsel starts on 1 July.

            Have a good weekend
            Katharina
            """,
        label="S", lang="en", kind="internal",
        reason="routine weekly update; item 3 names a disability claimant with schizophrenia F20.0")


def m119():
    return mail(
        frm="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        to="Saskia Held <s.held@hafenlicht-logistik.example>",
        subject="Driver's access request - telematics data fleet policy KF-F 9001 4470",
        date="2025-05-05 11:20",
        text="""
            Dear Ms Held,

            one of your drivers, Mr Piotr Zielinski, has sent us an access request
            under Art. 15 GDPR. He wants the telematics data we hold for the vehicle
            he drives (HH-HL 2231, truck, under your fleet policy KF-F 9001 4470) and
            the data on the accident of 12 March 2025 at the container terminal
            (our claim S-2025-010442, damage to a gantry crane, nobody injured).

            We hold the crash data from the telematics box (speed, braking, time)
            for the claim. As the policyholder you are responsible for the
            telematics programme in your fleet; we process these data only for the
            claim. We intend to give Mr Zielinski the crash data of 12 March and
            refer him to you for everything else.

            Please let us know by 12 May if you have objections (e.g. trade
            secrets in the route data).

            Best regards
            Miriam Oltmanns
            """,
        label="C", lang="en", kind="insurer-to-company",
        reason="company fleet policy with named driver, plate, claim number; nobody injured")


def m120():
    return mail(
        frm="Internal Audit <internal-audit@elbmark.example>",
        to="Katharina Vossberg <k.vossberg@elbmark.example>",
        cc="Tobias Wendland <t.wendland@elbmark.example>",
        subject="Audit 2025-07 Data subject rights process - draft findings",
        date="2025-05-06 09:00",
        text="""
            Dear Dr Vossberg,

            please find below the draft findings of audit 2025-07 "Data subject
            rights process". Management responses by 20 May please.

            F1 (medium) Identity verification for email requests is not documented
                consistently; in 4 of 40 sampled cases no evidence of verification.
            F2 (medium) Access responses containing medical documents are sent as
                password-protected PDFs by email; the password is sent by SMS or
                letter. Policy requires the secure mail gateway or the portal.
            F3 (low) Retention of closed DSR cases (3 years) not enforced in the
                shared mailbox.
            F4 (low) No four-eyes check before dispatch of access responses in the
                P&C entity.

            Sample: 40 cases from Q4/2024, selected at random; case references are
            in the working papers, not in this mail.

            Kind regards
            Internal Audit
            """,
        label="N", lang="en", kind="internal",
        reason="trap: audit findings on access responses with medical documents, no case data")


def m121():
    return mail(
        frm="Sabine Pohlmann <s.pohlmann@elbmark.example>",
        to="Herbert Quade <herbert.quade@t-online.example>",
        subject="Ihre Beschwerde - Zahnersatz, Heil- und Kostenplan vom 17.02.2025",
        date="2025-05-06 14:10",
        html="""
            <html><body style="font-family:Arial,sans-serif;font-size:11pt">
            <p>Sehr geehrter Herr Quade,</p>
            <p>Sie haben sich darüber beschwert, dass wir aus Ihrer Zahnzusatzversicherung
            (ZZ 7720 1164, Tarif ZahnPro 90) nur einen Teil des Heil- und Kostenplans Ihrer Zahnärztin
            Dr. Ilka Marten erstatten wollen. Wir haben den Plan noch einmal mit unserem beratenden
            Zahnarzt geprüft:</p>
            <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
            <tr><th>Zahn</th><th>Leistung</th><th>GOZ</th><th>Betrag</th><th>Erstattung</th></tr>
            <tr><td>36</td><td>Implantat inkl. Knochenaufbau</td><td>9010, 9100</td><td>2.846,20 EUR</td><td>90 %</td></tr>
            <tr><td>36</td><td>Implantatkrone</td><td>2200i</td><td>1.118,40 EUR</td><td>90 %</td></tr>
            <tr><td>14-16</td><td>Brücke Vollkeramik</td><td>5010, 5070</td><td>2.390,00 EUR</td><td>90 %</td></tr>
            <tr><td>&nbsp;</td><td>Parodontitisbehandlung (Stadium III)</td><td>4138</td><td>612,70 EUR</td><td>0 % - vor Versicherungsbeginn angeraten</td></tr>
            </table>
            <p>Die Parodontitisbehandlung war laut Ihrer Zahnärztin bereits im Oktober 2023 angeraten,
            also vor Beginn Ihres Vertrags am 01.01.2024. Insoweit bleibt es bei der Ablehnung.
            Für den Zahnersatz erstatten wir 5.719,14 EUR.</p>
            <p>Mit freundlichen Grüßen<br>Sabine Pohlmann<br>Beschwerdemanagement<br>
            Elbmark Krankenversicherung AG</p>
            </body></html>
            """,
        label="S", lang="de", kind="insurer-to-customer",
        reason="HTML-only complaint answer with dental treatment plan table, periodontitis, implants")


def m122():
    return mail(
        frm="Tobias Wendland <t.wendland@elbmark.example>",
        to="Cloud Programme <cloud-programme@elbmark.example>",
        cc="Katharina Vossberg <k.vossberg@elbmark.example>",
        subject="TOM review - DMS migration to cloud (claims archives)",
        date="2025-05-07 10:30",
        text="""
            Hi all,

            result of the review of the technical and organisational measures for
            the migration of the claims archives (health, life, P&C) to the cloud DMS:

            OK:   encryption at rest (customer-managed keys in our HSM), TLS 1.3,
                  EU-only regions, role-based access mirrored from on-prem
            OPEN: 1) provider support staff outside the EU can get "break glass"
                     access - must be disabled for the health and life tenants
                     (§ 203 StGB, no consent from policyholders for this)
                  2) audit logs only kept 90 days; we need 6 years for access to
                     medical documents
                  3) deletion of backups after retention not demonstrated

            No go-live for the health/life archives before 1) and 2) are closed.
            P&C may go first.

            Tobias
            """,
        label="N", lang="en", kind="internal",
        reason="trap: TOM review about health/life claims archives and medical documents, no person")


def m123():
    return mail(
        frm="Aylin Demirci <a.demirci@elbmark.example>",
        to="RAin Petra Ohlsen <ohlsen@verkehrsrecht-ohlsen.example>",
        subject="Ihr Zeichen 112/25 PO - Unfall 08.04.2025 Kiel, unser Schaden S-2025-015530",
        date="2025-05-07 15:45",
        text="""
            Sehr geehrte Frau Ohlsen,

            wir bestätigen, dass für den Pkw mit dem amtlichen Kennzeichen KI-RT 707
            am Unfalltag Versicherungsschutz in der Kfz-Haftpflicht bei uns bestand.
            Versicherungsnehmer und Halter ist Herr Rüdiger Timmermann, Kiel.
            Unser Schadenzeichen: S-2025-015530.

            Die Anschrift unseres Versicherungsnehmers können wir Ihnen ohne seine
            Einwilligung nicht mitteilen; für die Regulierung ist sie auch nicht
            erforderlich, da der Direktanspruch gegen uns besteht (§ 115 VVG).
            Sollten Sie die Anschrift für eine Klage benötigen, wenden Sie sich bitte
            an die Zulassungsstelle.

            Ihre Mandantin hat nach Ihren Angaben nur Sachschaden erlitten. Bitte
            senden Sie uns das Gutachten und die Reparaturrechnung.

            Mit freundlichen Grüßen
            Aylin Demirci
            Kfz-Haftpflichtschaden
            """,
        label="C", lang="de", kind="insurer-to-lawyer",
        reason="confirms named policyholder's motor liability cover with plate and claim number; no injury")


def m124():
    return mail(
        frm="Olivia Brandt <o.brandt@elbmark.example>",
        to="Dr Fiona McLaren <f.mclaren@harleyclinic.example>",
        subject="Request for medical report - your patient Mr Oscar Lindgren (policy IH 2022-44190)",
        date="2025-05-08 09:20",
        text="""
            Dear Dr McLaren,

            Our policyholder Mr Oscar Lindgren, born 12 February 1983, has submitted
            your invoice for his treatment in London from January to March 2025
            (GBP 6,450, 12 sessions of cognitive behavioural therapy and 3
            psychiatric consultations, diagnosis on invoice: F42.2 obsessive-
            compulsive disorder, mixed obsessional thoughts and acts).

            To assess the claim under his international health plan we need a short
            medical report covering:
            1. date of first diagnosis and any previous episodes (the policy started
               on 1 August 2022),
            2. current medication and dosage,
            3. planned duration of further treatment.

            Mr Lindgren's signed authorisation to release this information is
            attached. We will pay a reasonable fee for the report.

            Yours sincerely
            Olivia Brandt
            International Health Services
            Elbmark Krankenversicherung AG
            """,
        label="S", lang="en", kind="insurer-to-doctor",
        reason="request to a psychiatrist: named patient with birth date and OCD diagnosis F42.2")


def m125():
    return mail(
        frm="Dr. Raphael Kuhnert <r.kuhnert@elbmark.example>",
        to="Reisestelle <reisestelle@elbmark.example>",
        subject="Dienstreise München 22.05. - Terminvertretung LG München I",
        date="2025-05-08 11:00",
        text="""
            Hallo Reisestelle,

            bitte für mich buchen:
            - Hinflug HAM-MUC 22.05., Ankunft bis 9:00 Uhr
            - Rückflug MUC-HAM 22.05. ab 16:00 Uhr
            - kein Hotel

            Termin: Landgericht München I, Az. 23 O 4410/24, 11:00 Uhr. Kostenstelle
            Recht 4100. Die Reisekosten sind im Verfahren erstattungsfähig, bitte
            die Rechnung separat ausweisen.

            Danke
            Raphael Kuhnert
            """,
        label="N", lang="de", kind="internal",
        reason="trap: travel booking for a court hearing with a file number only, no party or matter")


def m126():
    return mail(
        frm="Henrik Baumgaertel <h.baumgaertel@elbmark.example>",
        to="Mr Gareth Pryce <gareth.pryce@virginmedia.example>",
        subject="Your complaint - trip cancellation claim TRC-2025-0388",
        date="2025-05-08 14:30",
        text="""
            Dear Mr Pryce,

            Thank you for your complaint about our decision on your trip cancellation
            claim.

            You booked a two-week trip to Lanzarote for you and your wife (departure
            12 April 2025, total price EUR 4,680) and cancelled on 20 March because you
            had been made redundant by your employer, Harbour Freight Services Ltd,
            with effect from 31 March. Your travel policy TR 7718 4402 covers
            cancellation due to "unexpected loss of employment through dismissal by
            the employer".

            Our first decision was wrong: we had assumed that you resigned. The
            redundancy letter you have now sent shows a dismissal for operational
            reasons. We will therefore pay the cancellation costs of EUR 3,744
            (80 %) less the excess of EUR 100, i.e. EUR 3,644, to the account you gave
            us, within five working days.

            We apologise for the inconvenience.

            Kind regards
            Henrik Baumgärtel
            Complaints Management
            """,
        label="C", lang="en", kind="insurer-to-customer",
        reason="travel cancellation for job loss of a named customer, no medical content")


def m127():
    return mail(
        frm="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        to="RA Johannes Weidemann <j.weidemann@weidemann-kanzlei.example>",
        subject="LG Kiel 6 O 188/24 - Göttsche ./. Elbmark Allgemeine - Vergleichsvorschlag",
        date="2025-05-09 10:00",
        text="""
            Sehr geehrter Herr Kollege Weidemann,

            wie im Termin angeregt, übersende ich unseren Vergleichsvorschlag als
            Dokument. Wir halten ihn bis zum 23.05.2025 aufrecht.

            Mit freundlichen kollegialen Grüßen
            Miriam Oltmanns
            Syndikusrechtsanwältin
            """,
        atts=[odt("Vergleich_Goettsche_6O188-24.odt", [
            "Vergleichsvorschlag in dem Rechtsstreit Heike Göttsche ./. Elbmark Allgemeine Versicherung AG, LG Kiel 6 O 188/24",
            "1. Die Beklagte zahlt an die Klägerin zur Abgeltung aller Ansprüche aus der Unfallversicherung U 6603 9912 wegen des Unfalls vom 14.01.2023 (Sturz auf Glatteis) einen Betrag von 42.500,00 EUR.",
            "2. Grundlage ist ein Invaliditätsgrad von 35 % (Funktionsbeeinträchtigung des rechten Arms nach distaler Radiusfraktur S52.5 mit komplexem regionalem Schmerzsyndrom, G90.5) statt der von der Beklagten anerkannten 20 % und der von der Klägerin begehrten 50 %.",
            "3. Mit der Zahlung sind alle Ansprüche, auch wegen künftiger Verschlechterung, abgegolten.",
            "4. Die Kosten des Rechtsstreits und des Vergleichs werden gegeneinander aufgehoben.",
        ])],
        label="S", lang="de", kind="insurer-to-lawyer",
        reason="body says only 'Vergleichsvorschlag'; ODT: accident insurance, wrist fracture S52.5, CRPS, invalidity")


def m128():
    return mail(
        frm="Dr. Raphael Kuhnert <r.kuhnert@elbmark.example>",
        to="Legal Hold Coordinators <legal-hold@elbmark.example>",
        subject="Updated legal hold procedure - template notice (no matters named)",
        date="2025-05-09 15:30",
        text="""
            Dear coordinators,

            Please use the updated template below for all new legal holds. It
            overrides automatic deletion under the retention schedule, including for
            health and life claim files, until Legal releases the hold.

            ----- TEMPLATE -----
            LEGAL HOLD NOTICE - Matter: [matter code]

            You are receiving this notice because you may hold documents relevant to
            [matter description]. With immediate effect you must not delete, alter or
            discard any documents, emails, chat messages or files relating to
            [custodian scope], including claim files, medical reports, expert opinions
            and correspondence with lawyers, until you are notified in writing that
            the hold has been lifted.

            Please confirm receipt within 3 working days.
            ----- END -----

            Where a data subject asks for erasure during a hold, the DSR team blocks
            the data instead (Art. 17(3)(e), Art. 18 GDPR).

            Raphael Kuhnert
            """,
        label="N", lang="en", kind="internal",
        reason="trap: legal hold template mentioning medical reports and claim files, placeholders only")


def m129():
    return mail(
        frm="Gesa Thormählen <g.thormaehlen@elbmark.example>",
        to="Dr. Raphael Kuhnert <r.kuhnert@elbmark.example>",
        subject="WG: Einsicht in die Personalakte / Auskunft Art. 15 - Herr Jens Carstensen",
        date="2025-05-12 09:10",
        text="""
            Hallo Herr Dr. Kuhnert,

            bitte einmal kurz drüberschauen, ob wir die Gehaltsdaten wie unten
            aufbereitet rausgeben können. Zu Gesundheit/Fehlzeiten gibt es bei ihm
            nichts in der Akte.

            Grüße
            Gesa Thormählen

            > Von: RA Tim Uhlenbrock <uhlenbrock@arbeitsrecht-uhlenbrock.example>
            > Datum: 08.05.2025
            > Betreff: Einsicht in die Personalakte / Auskunft Art. 15 - Herr Jens Carstensen
            >
            > ... namens unseres Mandanten, Herrn Jens Carstensen, Vertriebsdirektor
            > Region Nord, verlangen wir Einsicht in die vollständige Personalakte
            > (§ 83 BetrVG) sowie Auskunft nach Art. 15 DSGVO, insbesondere über die
            > Berechnung der variablen Vergütung 2023 und 2024 ...

            Aufbereitung Vergütung (Entwurf):
            Fixgehalt 2023: 118.000 EUR, 2024: 122.000 EUR
            Variable Vergütung 2023: Ziel 30.000 EUR, Zielerreichung 86 %, ausgezahlt 25.800 EUR
            Variable Vergütung 2024: Ziel 30.000 EUR, Zielerreichung 71 %, ausgezahlt 21.300 EUR
            Dienstwagen: 1 % Regel, Bruttolistenpreis 64.900 EUR
            """,
        label="C", lang="de", kind="lawyer",
        reason="employee's salary and bonus figures in answer to a lawyer's access request; no health data")


def m130():
    return mail(
        frm="Elbmark Kundenservice <service@elbmark.example>",
        to="Franziska Bode <franziska.bode@posteo.example>",
        subject="AW: Frage zum Datenschutz vor Vertragsabschluss",
        date="2025-05-12 11:40",
        text="""
            Sehr geehrte Frau Bode,

            vielen Dank für Ihre Anfrage. Gern beantworten wir Ihre allgemeinen Fragen,
            bevor Sie sich für eine Versicherung bei uns entscheiden:

            - Wer sieht meine Gesundheitsangaben? Nur die Mitarbeitenden der
              Risikoprüfung und der Leistungsbearbeitung sowie unsere Beratungsärzte.
              Ihr Vermittler sieht nur das Ergebnis der Prüfung.
            - Wie lange werden die Daten gespeichert, wenn kein Vertrag zustande kommt?
              Drei Jahre, danach werden sie gelöscht.
            - Kann ich Auskunft verlangen? Ja, jederzeit und kostenlos, z. B. per Mail
              an datenschutz@elbmark.example.

            Unsere vollständigen Datenschutzhinweise finden Sie unter
            https://www.elbmark.example/datenschutz.

            Mit freundlichen Grüßen
            Ihr Elbmark Kundenservice
            """,
        label="N", lang="de", kind="insurer-to-prospect",
        reason="trap: general answer to a prospect about who sees health data, no contract or personal data beyond the name")


def m131():
    wrong = mail(
        frm="Leistung Pflege <leistung-pflege@elbmark.example>",
        to="Bernhard Kühl <b.kuehl@kuehl-pflegedienst.example>",
        subject="Pflegetagegeld - Frau Edeltraut Kühl, PT 3301 6640",
        date="2025-05-09 13:02",
        text="""
            Sehr geehrter Herr Kühl,

            wie telefonisch besprochen: Nach dem Gutachten vom 29.04.2025 liegt bei
            Ihrer Mutter, Frau Edeltraut Kühl, seit dem 01.04.2025 Pflegegrad 4 vor
            (bisher 3). Ausschlaggebend waren die fortschreitende Parkinson-Erkrankung
            mit Sturzereignissen und die nächtliche Unruhe. Das Pflegetagegeld erhöht
            sich auf 85 EUR täglich; die Nachzahlung für April (1.050 EUR) erfolgt
            auf das bekannte Konto.

            Mit freundlichen Grüßen
            Leistung Pflege
            """)
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Siobhan Keane <siobhan.keane@northgate-group.example>",
        subject="FW: misdirected email - care benefits, for your breach log",
        date="2025-05-12 16:05",
        text="""
            Siobhan,

            for the group log: the attached email was meant for the customer's son
            (Bernhard Kühl, private address) but went to the business address of a
            home-care company with the same owner name - it is in fact his own
            company, so he received it anyway. I have classed it as no breach, but
            I am attaching the original so you can see the content and tell me if
            you disagree.

            Katharina
            """,
        atts=[eml(wrong)],
        label="S", lang="en", kind="internal",
        reason="only in the attached message/rfc822: named insured's care level 4 and Parkinson's disease")


def m132():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Frau Oberdieck <p.oberdieck@datenschutz-hamburg.example>",
        subject="Ihr Az. 31.16-2025-0733 - Beschwerde Herr Niklas Wegner (Werbeanruf)",
        date="2025-05-13 10:25",
        text="""
            Sehr geehrte Frau Oberdieck,

            zur Beschwerde von Herrn Niklas Wegner, Gaußstraße 19, 22765 Hamburg:

            Herr Wegner ist seit 2021 Kunde (Hausrat HR 6630 4417). Am 15.04.2025 erhielt
            er einen Anruf unseres Vertriebs-Callcenters mit einem Angebot zur
            Wohngebäudeversicherung. Eine Einwilligung in Telefonwerbung (§ 7 Abs. 2
            Nr. 1 UWG) hatte Herr Wegner im Antrag nicht erteilt; die Markierung
            "Einwilligung Telefon" wurde bei einer Datenmigration im Januar fehlerhaft
            gesetzt. Von dem Fehler sind nach unserer Prüfung 212 weitere Kunden
            betroffen; bei ihnen wurde die Markierung am 06.05.2025 zurückgesetzt.

            Herrn Wegners Telefonnummer ist nun für Werbung gesperrt. Wir haben uns bei
            ihm entschuldigt.

            Mit freundlichen Grüßen
            Dr. Katharina Vossberg
            """,
        label="C", lang="de", kind="insurer-to-authority",
        reason="authority reply naming a household customer with address and policy number")


def m133():
    return mail(
        frm="Datenschutz Elbmark <datenschutz@elbmark.example>",
        to="Alle Führungskräfte <fuehrungskraefte@elbmark.example>",
        subject="Datenschutz kompakt 05/2025: Schadensersatz nach Art. 82 DSGVO - was Gerichte zusprechen",
        date="2025-05-14 08:00",
        text="""
            DATENSCHUTZ KOMPAKT 05/2025

            Schadensersatz nach Art. 82 DSGVO - ein Überblick für Führungskräfte

            Seit der EuGH klargestellt hat, dass es keine "Erheblichkeitsschwelle"
            gibt, nehmen Klagen auf immateriellen Schadensersatz zu. Typische Fälle
            aus der Versicherungswirtschaft (Beträge aus veröffentlichten Urteilen):

            - Fehlversand einer Leistungsabrechnung mit psychiatrischer Diagnose an
              den Arbeitgeber: 2.000 EUR
            - verspätete Auskunft nach Art. 15 (vier Monate): 500 EUR
            - Gesundheitsfragebogen unverschlüsselt per E-Mail: Klage abgewiesen,
              kein Schaden nachgewiesen
            - Kontrollverlust nach Hackerangriff ohne weitere Folgen: 100 EUR

            Was heißt das für Sie? Vorfälle sofort melden, Auskünfte fristgerecht,
            Gesundheitsdaten nur über das Secure-Mail-Gateway.

            Ihr Datenschutzteam
            """,
        label="N", lang="de", kind="internal",
        reason="trap: internal newsletter on damages cases with psychiatric diagnoses, no person")


def m134():
    return mail(
        frm="Henrik Baumgaertel <h.baumgaertel@elbmark.example>",
        to="BaFin Beschwerdestelle <poststelle-va@bafin.example>",
        subject="Gz. VA 31-QB 5000-2025/1590 - Beschwerde Herr Ewald Schröter (Unfallversicherung)",
        date="2025-05-14 13:50",
        cte="quoted-printable",
        text="""
            Sehr geehrte Damen und Herren,

            zur Beschwerde von Herrn Ewald Schröter, Versicherungsschein U 6611 0285
            (Unfallversicherung mit Progression 350 %), nehmen wir Stellung:

            Herr Schröter erlitt am 02.06.2023 bei einem Sturz von der Leiter eine
            Schulterverletzung rechts (Rotatorenmanschettenruptur). Die Invalidität
            wurde nach dem Gutachten von Dr. Behrmann mit 2/7 Armwert bemessen. Wir
            haben die Leistung um 40 % gekürzt, weil degenerative Vorschäden der
            Schulter (Impingement-Syndrom, behandelt seit 2019) an der Gesundheits-
            schädigung mitgewirkt haben (Mitwirkung von Krankheiten, Ziffer 3 AUB).

            Herr Schröter hält die Mitwirkungsquote für überhöht. Wir haben ein
            weiteres Gutachten (Prof. Dr. Sarrazin, Unfallchirurgie) in Auftrag
            gegeben und werden die Entscheidung danach überprüfen.

            Mit freundlichen Grüßen
            Elbmark Allgemeine Versicherung AG
            Beschwerdemanagement
            """,
        label="S", lang="de", kind="insurer-to-regulator",
        reason="BaFin complaint: named accident insured's shoulder injury, prior impingement, invalidity")


def m135():
    return mail(
        frm="Elbmark Betroffenenrechte <betroffenenrechte@elbmark.example>",
        to="Mr Kenji Matsuda <kenji.matsuda@gmail.example>",
        subject="Your data access request - motor insurance",
        date="2025-05-15 09:40",
        text="""
            Dear Mr Matsuda,

            please find below the personal data we hold about you.

            Name: Kenji Matsuda
            Date of birth: 02 May 1986
            Address: Papenhuder Straße 18, 22087 Hamburg
            Motor policy: KF 8188 2045, Toyota bZ4X, HH-KM 5020, no-claims class SF 3
            Telematics: not used
            Claims: none
            Payment: annual, SEPA direct debit, IBAN ending 0915

            Recipients: none apart from our IT service provider (processor).
            Retention: 10 years after the end of the contract (tax law).

            Kind regards
            Data Subject Rights Team
            Elbmark Allgemeine Versicherung AG
            """,
        html="""
            <html><body style="font-family:Arial;font-size:10.5pt">
            <p>Dear Mr Matsuda,</p>
            <p>please find below the personal data we hold about you.</p>
            <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
            <tr><td>Name</td><td>Kenji Matsuda</td></tr>
            <tr><td>Date of birth</td><td>02 May 1986</td></tr>
            <tr><td>Address</td><td>Papenhuder Straße 18, 22087 Hamburg</td></tr>
            <tr><td>Motor policy</td><td>KF 8188 2045, Toyota bZ4X, HH-KM 5020, no-claims class SF 3</td></tr>
            <tr><td>Telematics</td><td>not used</td></tr>
            <tr><td>Claims</td><td>none</td></tr>
            <tr><td>Payment</td><td>annual, SEPA direct debit, IBAN ending 0915</td></tr>
            </table>
            <p>Recipients: none apart from our IT service provider (processor).<br>
            Retention: 10 years after the end of the contract (tax law).</p>
            <p>Kind regards<br>Data Subject Rights Team<br>Elbmark Allgemeine Versicherung AG</p>
            </body></html>
            """,
        label="C", lang="en", kind="insurer-to-customer",
        reason="access answer with birth date, address, motor policy and plate in text and HTML table")


def m136():
    return mail(
        frm="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        to="Rechtsabteilung <recht@elbmark.example>",
        subject="Checklist: access requests used as pre-trial discovery",
        date="2025-05-15 14:00",
        text="""
            Dear colleagues,

            as discussed in the team meeting, a short checklist for Art. 15 requests
            from claimants who are suing us or threatening to (disability, health,
            accident):

            1. Always answer the request - litigation does not suspend Art. 15.
            2. Scope is personal data, not the whole file: internal legal
               assessments and our lawyers' correspondence are usually not the
               claimant's personal data (or protected by Art. 15(4)).
            3. Medical opinions commissioned by us are the claimant's personal
               data and must be provided.
            4. Coordinate every answer with the lawyer handling the case before
               dispatch.
            5. Document the reasons for every redaction.

            Miriam
            """,
        label="N", lang="en", kind="internal",
        reason="trap: checklist on access requests in disability/health litigation, no case")


def m137():
    return mail(
        frm="Elbmark Betroffenenrechte <betroffenenrechte@elbmark.example>",
        to="Marcel Eggers <m.eggers@posteo.example>",
        subject="AW: Widerspruch - Weitergabe meiner Daten an Rückversicherer",
        date="2025-05-16 10:30",
        text="""
            Sehr geehrter Herr Eggers,

            vielen Dank für Ihre Nachricht. Wir verstehen Ihre Sorge.

            Ihre Angaben aus dem Antrag zur Berufsunfähigkeitsversicherung
            (L 4520 8813) wurden nur deshalb an unseren Rückversicherer übermittelt,
            weil die Versicherungssumme die Grenze überschreitet, bis zu der wir
            Risiken allein tragen. Dort werden die Daten ausschließlich von
            ärztlichen Risikoprüfern gesehen, die zur Verschwiegenheit verpflichtet
            sind. Ihre Einwilligung dazu haben Sie im Antrag erteilt; Sie können sie
            widerrufen, dann ist allerdings eine Annahme des Antrags in dieser Höhe
            nicht möglich.

            Ihr Arbeitgeber erhält keinerlei Informationen von uns.

            Mit freundlichen Grüßen
            Team Betroffenenrechte
            Elbmark Lebensversicherung AG

            -----Ursprüngliche Nachricht-----
            Von: Marcel Eggers <m.eggers@posteo.example>
            Gesendet: Dienstag, 13. Mai 2025 23:11
            Betreff: Widerspruch - Weitergabe meiner Daten an Rückversicherer

            Hallo,

            ich habe im Antrag angegeben, dass ich seit 2018 HIV-positiv bin (unter
            Therapie mit Biktarvy, Viruslast nicht nachweisbar). Ich habe jetzt
            erfahren, dass Sie das an einen Rückversicherer in der Schweiz schicken.
            Ich möchte nicht, dass das irgendjemand erfährt, schon gar nicht mein
            Arbeitgeber, mit dem Sie angeblich zusammenarbeiten (Gruppenvertrag).
            Ich widerspreche dieser Weitergabe.

            Marcel Eggers
            """,
        label="S", lang="de", kind="insurer-to-customer",
        reason="reply quoting customer's HIV status and medication from a disability application")


def m138():
    return mail(
        frm="Jonas Terhalle <j.terhalle@elbmark.example>",
        to="Katharina Vossberg <k.vossberg@elbmark.example>",
        subject="Zusammenfassung Tätigkeitsbericht HmbBfDI 2024 - Abschnitt Versicherungen",
        date="2025-05-16 15:15",
        text="""
            Hallo Katharina,

            wie gewünscht meine Zusammenfassung des Abschnitts zur Versicherungs-
            wirtschaft im neuen Tätigkeitsbericht:

            - Beschwerden über Versicherer: +18 %, Schwerpunkt Auskunftsersuchen
              (Unvollständigkeit, insbesondere fehlende Gutachten) und Werbung.
            - Fallbeispiel 1: Ein Krankenversicherer hatte Leistungsabrechnungen
              mit Diagnosen an eine veraltete Anschrift versandt; die Behörde
              verlangte eine Adressprüfung vor jedem Versand (keine Namen genannt).
            - Fallbeispiel 2: Ein Lebensversicherer hatte bei der Auskunft die
              Stellungnahme des Beratungsarztes zurückgehalten; Hinweis erteilt.
            - Ankündigung: Prüfschwerpunkt 2025 "Gesundheitsdaten bei
              Vermittlern und in Agentursystemen".

            Für uns relevant: Punkt 4 - wir sollten die Vertreter-Berechtigungen
            vor dem Sommer überprüfen.

            Gruß
            Jonas
            """,
        label="N", lang="de", kind="internal",
        reason="trap: summary of authority's annual report with anonymous insurer cases on diagnoses")


def m139():
    return mail(
        frm="Haftpflicht Schaden <haftpflicht-schaden@elbmark.example>",
        to="Ms Jessica Thornton <j.thornton@thornton-law.example>",
        subject="Your client Mrs Amelia Hayward - dog incident 3 May 2025, our claim S-2025-017702",
        date="2025-05-19 11:10",
        text="""
            Dear Ms Thornton,

            we are the liability insurer of Mr Lennart Schwieger (dog owner liability
            policy TH 4410 2281, dog: Rhodesian Ridgeback "Bosco").

            We have received your letter regarding the incident in the Stadtpark on
            3 May 2025, in which our insured's dog bit your client's dog (Labrador
            "Poppy"). According to the vet invoice of Tierklinik Hamburg-Nord
            (EUR 1,386.40: wound care under anaesthesia, drainage, antibiotics, two
            follow-up visits) the injuries have healed. Your client herself was not
            injured.

            We accept liability in full and will pay the vet invoice plus EUR 60
            for incidental expenses. Please send us your client's bank details in a
            signed letter.

            Kind regards
            Liability Claims Team
            Elbmark Allgemeine Versicherung AG
            """,
        label="C", lang="en", kind="insurer-to-lawyer",
        reason="dog-owner liability claim: named insured and claimant, policy, vet treatment of a dog")


def m140():
    return mail(
        frm="Elbmark Betroffenenrechte <betroffenenrechte@elbmark.example>",
        to="Ms Laura Schiavone <laura.schiavone@gmail.example>",
        subject="Your request for data portability (Art. 20) - telematics tariff",
        date="2025-05-19 15:30",
        text="""
            Dear Ms Schiavone,

            as requested, attached is the data from your "DriveSmart" telematics
            motor insurance (policy KF 8191 0027, Fiat 500e, HH-LS 812) in a
            machine-readable format (CSV), so that you can take it to your new
            insurer. It contains the trip data of the last 12 months that we used
            for your driving score.

            Kind regards
            Data Subject Rights Team
            Elbmark Allgemeine Versicherung AG
            """,
        atts=[csvf("drivesmart_export_KF81910027.csv", """
            date;start;end;km;max_kmh;harsh_braking;night_share;score
            2025-04-28;07:42;08:05;14.2;71;0;0.00;92
            2025-04-28;17:31;18:02;15.0;64;1;0.00;85
            2025-05-02;22:48;23:20;27.9;118;0;1.00;71
            2025-05-09;09:10;09:31;11.4;58;0;0.00;95
            """)],
        label="C", lang="en", kind="insurer-to-customer",
        reason="portability export of a named customer's motor telematics trips, policy and plate")


def m141():
    return mail(
        frm="Katharina Vossberg <k.vossberg@elbmark.example>",
        to="Working Group Data Protection <wg-dataprotection@insurers-association.example>",
        subject="Comments on position paper \"Breach notification thresholds for health insurers\"",
        date="2025-05-20 09:15",
        text="""
            Dear colleagues,

            Elbmark's comments on draft 2 of the position paper:

            - Section 2.3: we agree that a misdirected letter containing health data
              is generally a risk to the data subject, but the paper should
              distinguish between the recipient being another customer who returns
              the letter (low risk) and an unknown third party.
            - Section 3.1: the proposed 24-hour internal escalation deadline is
              realistic only if weekend reporting lines exist; please say so.
            - Section 4: the examples of "lost laptops with encrypted claim files"
              should mention that a PIN stored with the device defeats encryption.
            - Annex: the statistics table should give ranges rather than exact
              figures per company.

            Kind regards
            Dr Katharina Vossberg
            Data Protection Officer, Elbmark Group
            """,
        label="N", lang="en", kind="insurer-to-partner",
        reason="trap: comments on an association paper about health-data breaches and lost laptops")


def m142():
    return mail(
        frm="Ines Freitag <i.freitag@elbmark.example>",
        to="Katharina Vossberg <k.vossberg@elbmark.example>",
        cc="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        subject="Vertreter Hauke Brüggmann - Kundendaten an private Mailadresse",
        date="2025-05-20 14:40",
        text="""
            Hallo Katharina,

            die Auswertung des Gateways hat ergeben, dass der zum 30.06. ausscheidende
            Vertreter Hauke Brüggmann (Agentur Elmshorn) am 14.05. eine Excel-Liste an
            seine private Adresse geschickt hat. Er wechselt nach unseren
            Informationen zu einem Wettbewerber. Die Liste hängt an (Auszug, 3 von
            418 Zeilen); enthalten sind nur Sach- und Kfz-Kunden, keine Kranken- oder
            Lebensverträge.

            Aus meiner Sicht: Meldung nach Art. 33 (418 Betroffene, Abwerbungsrisiko),
            Unterlassungsaufforderung durch Recht, Prüfung § 23 GeschGehG.

            Gruß
            Ines
            """,
        atts=[xlsx("Auszug_Liste_Brueggmann.xlsx", [
            ["Kunde", "Geburtsdatum", "Anschrift", "Vertrag", "Beitrag p.a.", "Ablauf", "Telefon"],
            ["Gundula Rathjen", "14.03.1959", "Ollnsstraße 12, 25336 Elmshorn", "KF 8133 4470 (PI-GR 59)", "684,20", "01.01.2026", "04121 555 0133"],
            ["Torben Ehlers", "27.10.1984", "Hainholzer Damm 3, 25337 Elmshorn", "HR 6601 2290 / PH 3302 8815", "212,90", "01.09.2025", "0170 555 2817"],
            ["Werner Schümann", "02.06.1947", "Kaltenweide 77, 25335 Elmshorn", "WG 2209 1138", "1.288,00", "01.04.2026", "04121 555 0972"],
        ], sheet="Bestand")],
        label="C", lang="de", kind="internal",
        reason="attached XLSX: named P&C customers with birth dates, addresses, policies")


def m143():
    return mail(
        frm="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        to="Svenja Kruse <s.kruse@elbmark.example>",
        cc="Datenschutz Elbmark <datenschutz@elbmark.example>",
        subject="Auskunftsersuchen StA Hamburg 3410 Js 221/25 - Versicherte Frau Nadja Reimers",
        date="2025-05-21 10:20",
        text="""
            Frau Kruse,

            uns liegt ein Auskunftsersuchen der Staatsanwaltschaft Hamburg vor. Es
            wird gegen die Ärztin Dr. Lydia Fenske wegen Abrechnungsbetrugs ermittelt;
            die StA möchte von uns alle Rechnungen dieser Ärztin zu unserer
            Versicherten Frau Nadja Reimers (KV 6615 0398) seit 2021 und die
            zugehörigen Diagnosen (nach der Anfrage u. a. "Borreliose, chronisch",
            "Mitochondriopathie", Infusionstherapien).

            Bitte noch nichts herausgeben. Ein bloßes Ersuchen nach § 161 StPO
            verpflichtet uns nicht, Gesundheitsdaten der Versicherten zu übermitteln;
            ohne Beschlagnahmebeschluss oder Einwilligung von Frau Reimers bleibt
            es bei § 203 StGB. Ich antworte der StA entsprechend. Bitte nur intern
            prüfen, wie viele Rechnungen es gibt und in welcher Höhe, damit wir im
            Fall eines Beschlusses schnell liefern können.

            Gruß
            Miriam Oltmanns
            """,
        label="S", lang="de", kind="internal",
        reason="prosecutor's request about a named health customer's diagnoses in a fraud investigation")


def m144():
    return mail(
        frm="Miriam Oltmanns <m.oltmanns@elbmark.example>",
        to="Rechtsabteilung <recht@elbmark.example>",
        subject="Textbausteine Klageerwiderung BU - Rücktritt wegen Anzeigepflichtverletzung (Stand 05/2025)",
        date="2025-05-21 16:00",
        text="""
            Liebe Kolleginnen und Kollegen,

            die überarbeiteten Bausteine liegen im Vorlagenordner. Zur Orientierung
            der Kern von Baustein KE-BU-03:

            "Der Kläger hat die Gesundheitsfrage [Nr.] im Antrag vom [Datum]
            verneint. Tatsächlich befand er sich im Zeitraum [von] bis [bis] wegen
            [Diagnose lt. Behandlerauskunft, ICD] in Behandlung bei [Behandler].
            Diese Umstände waren gefahrerheblich; bei Kenntnis hätte die Beklagte
            den Vertrag [nicht / nur mit Ausschluss / nur mit Zuschlag] geschlossen
            (Beweis: Zeugnis [Risikoprüfer], Annahmerichtlinien Stand [Jahr]).
            Der Rücktritt erfolgte innerhalb der Monatsfrist des § 21 Abs. 1 VVG."

            Bitte die Platzhalter vollständig ersetzen und die Annahmerichtlinien
            nur als Auszug vorlegen.

            Gruß
            Miriam
            """,
        label="N", lang="de", kind="internal",
        reason="trap: disability pleading template with placeholders for diagnosis and ICD")


def m145():
    return mail(
        frm="Elbmark Betroffenenrechte <betroffenenrechte@elbmark.example>",
        to="Mr Tobias Reinholt <tobias.reinholt@hotmail.example>",
        subject="Deletion of your motor insurance quote",
        date="2025-05-22 09:05",
        text="""
            Dear Mr Reinholt,

            as requested on 19 May we have deleted the data of your online motor
            quote of 2 March 2025. For your information, the quote contained:

            - your name, date of birth (07/11/1996) and address in 20251 Hamburg
            - vehicle: Tesla Model 3, first registration 2021, annual mileage
              12,000 km, garage
            - previous insurer and no-claims class SF 5
            - quoted premium: EUR 912.40 per year

            You did not take out a contract, so no further data are stored. This
            confirmation will be kept for three years as proof that we handled your
            request.

            Kind regards
            Data Subject Rights Team
            Elbmark Allgemeine Versicherung AG
            """,
        label="C", lang="en", kind="insurer-to-customer",
        reason="deletion confirmation repeating prospect's birth date, address area and quote details")


def m146():
    return mail(
        frm="Andreas Voigt <a.voigt@elbmark.example>",
        to="Mathias Gerber <mathias.gerber@alpenrueck.example>",
        subject="Large loss notification U 6605 3318 / Großschadenmeldung - lawyer's letter enclosed",
        date="2025-05-22 14:30",
        text="""
            Dear Mr Gerber,

            large loss notification under the accident quota share (threshold EUR
            250k). The claimant's Austrian lawyer has written to us, his letter is
            quoted below in German; key facts in English first:

            - Insured: Mr Florian Haberl, born 1979, policy U 6605 3318 (sum insured
              invalidity EUR 300k, progression 500 %)
            - Event: skiing accident in Saalbach, 8 February 2025
            - Injury: C5/C6 fracture with incomplete tetraplegia
            - Expected invalidity: 100 %, potential payment up to EUR 1.5m

            Reserve set at EUR 1.2m. Medical reports follow via the secure portal.

            Best regards
            Andreas Voigt
            Accident Claims

            > Von: Mag. Stefanie Kofler, Rechtsanwältin <kanzlei@kofler-recht.example>
            > Gesendet: 19.05.2025
            >
            > Sehr geehrte Damen und Herren,
            >
            > wir vertreten Herrn Florian Haberl, Ihren Versicherungsnehmer. Unser
            > Mandant erlitt am 08.02.2025 beim Skifahren eine Fraktur des 5. und 6.
            > Halswirbels mit inkompletter Querschnittlähmung (S14.11) und befindet
            > sich seit 10.03.2025 in der Rehabilitation im Rehabilitationszentrum
            > Bad Häring. Wir ersuchen um eine Vorschusszahlung von EUR 50.000 auf
            > unser Treuhandkonto AT02 8886 8737 8127 6078.
            >
            > Mit freundlichen Grüßen
            > Mag. Kofler
            """,
        label="S", lang="mixed", kind="insurer-to-partner",
        reason="English reinsurer notice with German lawyer quote: named insured's tetraplegia S14.11")


def m147():
    return mail(
        frm="Elbmark SecureMail <securemail-noreply@elbmark.example>",
        to="ingo.harbeck@web.example",
        subject="Sie haben eine neue Nachricht in Ihrem Elbmark-Postfach",
        date="2025-05-23 07:15",
        text="""
            Guten Tag,

            in Ihrem persönlichen Postfach im Elbmark SecureMail-Portal liegt eine neue
            Nachricht für Sie bereit. Aus Gründen des Datenschutzes versenden wir
            Dokumente wie Auskünfte, Leistungsabrechnungen oder Arztberichte nicht
            per unverschlüsselter E-Mail.

            Anmelden: https://securemail.elbmark.example

            Die Nachricht steht 90 Tage zur Verfügung. Bitte antworten Sie nicht auf
            diese automatisch erzeugte E-Mail.

            Ihre Elbmark Versicherung
            """,
        label="N", lang="de", kind="insurer-to-customer",
        reason="trap: portal notification mentioning access reports and medical reports, no content")


def m148():
    return mail(
        frm="Marco Steffens <m.steffens@elbmark.example>",
        to="Kfz-Schaden Eingang <kfz-schaden@elbmark.example>",
        subject="FW: Claim notification - client Mr Ruud Verhoeven / Schadenmeldung",
        date="2025-05-23 11:30",
        text="""
            Bitte anlegen, Makler hat die deutsche Schadenmeldung des Kunden unten
            mitgeschickt. Danke, MS

            From: Sanne de Boer <s.deboer@deboer-assurantien.example>
            Sent: 22 May 2025 16:47
            Subject: Claim notification - client Mr Ruud Verhoeven

            Hello,

            please register the claim below for our client Mr Ruud Verhoeven
            (motor policy KF 8195 3360, VW Transporter, SL-RV 228). The client wrote
            the description himself in German, I copy it in. No one was hurt. Please
            confirm the claim number.

            Kind regards
            Sanne de Boer
            De Boer Assurantiën, Groningen

            --- Schadenschilderung des Kunden ---
            Am 21.05.2025 gegen 14:30 Uhr bin ich auf dem Parkplatz des Baumarkts in
            Flensburg rückwärts ausgeparkt und habe dabei den geparkten Skoda
            (FL-KT 3491) an der Fahrertür gestreift. Die Halterin, Frau Kerstin Thode,
            war nicht da, ich habe einen Zettel mit meiner Telefonnummer hinterlassen
            und später mit ihr telefoniert. Verletzt wurde niemand.
            Ruud Verhoeven
            """,
        label="C", lang="mixed", kind="broker",
        reason="broker's English mail with customer's German claim text: policy, plates, third party, no injury")


def m149():
    return mail(
        frm="Paul Hagedorn <p.hagedorn@elbmark.example>",
        to="Ms Hannah Lindqvist-Roth <hannah.lr@gmail.example>",
        subject="Your request of 2 May - index of your claim file",
        date="2025-05-26 10:00",
        text="""
            Dear Ms Lindqvist-Roth,

            as a first step, please find attached the index of all documents in your
            claim file. Copies of the documents will follow via our secure portal
            within two weeks.

            Kind regards
            Paul Hagedorn
            Disability Claims
            Elbmark Lebensversicherung AG
            """,
        atts=[docx("Index_claim_file_L4533_0761.docx", [
            "Claim file L 4533 0761 - disability benefit - index of documents (status 26 May 2025)",
            "Insured person: Hannah Lindqvist-Roth, date of birth 1985-11-30, occupation: primary school teacher",
            [["No.", "Date", "Document", "From"],
             ["1", "2024-09-02", "Claim form and questionnaire on occupation", "insured person"],
             ["2", "2024-09-20", "Report: long COVID with chronic fatigue syndrome (G93.3), post-exertional malaise", "Dr. A. Weiß, general practitioner"],
             ["3", "2024-10-15", "Discharge report, inpatient rehabilitation (pneumology/psychosomatics)", "Reha-Klinik Timmendorfer Strand"],
             ["4", "2024-12-03", "Neuropsychological test report", "Dr. K. Baran"],
             ["5", "2025-02-11", "Internal medical opinion", "Elbmark medical adviser"],
             ["6", "2025-03-04", "Letter recognising disability from 2024-09-01", "Elbmark"]],
        ])],
        label="S", lang="en", kind="insurer-to-customer",
        reason="harmless body; DOCX index with birth date, long COVID/CFS G93.3, rehab and disability claim")


def m150():
    return mail(
        frm="Dr. Raphael Kuhnert <r.kuhnert@elbmark.example>",
        to="Katharina Vossberg <k.vossberg@elbmark.example>",
        subject="Retention of closed litigation files - proposal",
        date="2025-05-26 15:45",
        text="""
            Katharina,

            a proposal for the retention schedule, as our litigation files are
            currently kept forever:

            - closed court cases (all lines): 10 years after the final judgment or
              settlement, because of possible follow-up claims and § 257 HGB for
              the related payments
            - files with personal injury or health content: no longer than the
              claim file itself; copies of medical reports in the litigation file to
              be destroyed at case closure, the claim file remains the single source
            - lawyers' invoices: 10 years (tax)
            - out-of-court complaints (ombudsman, BaFin): 5 years

            If you agree, I'll put it on the agenda of the retention committee in June.

            Raphael
            """,
        label="N", lang="en", kind="internal",
        reason="trap: retention proposal for litigation files with medical reports, no case named")


# ---------------------------------------------------------------- writing
def all_specs():
    out = []
    for i in range(1, N_MAILS + 1):
        out.append(globals()["m%03d" % i]())
    return out


def write():
    os.makedirs(os.path.join(HERE, "mails"), exist_ok=True)
    rows = []
    for i, spec in enumerate(all_specs(), 1):
        fn = "d%s-%04d.eml" % (NN, i)
        data = build(spec, i).as_bytes(policy=email.policy.SMTP)
        with open(os.path.join(HERE, "mails", fn), "wb") as f:
            f.write(data)
        for k in ("label", "lang", "kind", "reason"):
            if not spec.get(k) or "\t" in spec[k] or "\n" in spec[k]:
                raise SystemExit("%s: bad %s" % (fn, k))
        rows.append((fn, LABEL[spec["label"]], spec["lang"], spec["kind"], spec["reason"]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("wrote %d mails to %s" % (len(rows), os.path.join(HERE, "mails")))


# ---------------------------------------------------------------- checking
IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "CH": 21, "GB": 22, "IE": 22, "FR": 27, "LU": 20,
            "BE": 16, "ES": 24, "IT": 27, "DK": 18}
IBAN_RE = re.compile(r"\b(DE|AT|NL|CH|GB|IE|FR|LU|BE|ES|IT|DK)(\d{2})((?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)", re.I)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def pdf_text(data, errs, where):
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        errs.append("%s: not a PDF" % where)
        return ""
    m = re.search(rb"startxref\s+(\d+)", data)
    if not m or data[int(m.group(1)):int(m.group(1)) + 4] != b"xref":
        errs.append("%s: bad startxref" % where)
    out = []
    for sm in re.finditer(rb"<<([^>]*)>>\nstream\n(.*?)\nendstream", data, re.S):
        s = sm.group(2)
        if b"FlateDecode" in sm.group(1):
            s = zlib.decompress(s)
        for tm in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", s):
            raw = re.sub(rb"\\(.)", rb"\1", tm.group(1))
            out.append(raw.decode("cp1252"))
    return "\n".join(out)


def xml_text(b):
    minidom.parseString(b)  # must be well-formed
    s = b.decode("utf-8")
    s = re.sub(r"</(w:p|w:tc|row|c|text:p|table:table-cell)>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")


def zip_text(data, name, errs):
    texts = []
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        errs.append("%s: bad zip" % name)
        return ""
    if z.testzip() is not None:
        errs.append("%s: zip CRC error" % name)
    names = z.namelist()
    low = name.lower()
    if low.endswith(".docx") and "word/document.xml" not in names:
        errs.append("%s: docx without document.xml" % name)
    if low.endswith(".xlsx") and "xl/workbook.xml" not in names:
        errs.append("%s: xlsx without workbook" % name)
    if low.endswith((".odt", ".ods")):
        if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
            errs.append("%s: ODF mimetype not first/stored" % name)
    for zi in z.infolist():
        if zi.date_time != ZIP_TIME:
            errs.append("%s: unfixed zip time" % name)
        b = z.read(zi.filename)
        if zi.filename.endswith((".xml", ".rels")):
            try:
                texts.append(xml_text(b))
            except Exception as e:  # noqa
                errs.append("%s/%s: bad XML %s" % (name, zi.filename, e))
        else:
            texts.append(file_text(zi.filename, b, None, errs, "%s/%s" % (name, zi.filename)))
    return "\n".join(texts)


def file_text(name, data, ctype, errs, where):
    low = (name or "").lower()
    if low.endswith(".pdf") or data.startswith(b"%PDF-"):
        return pdf_text(data, errs, where)
    if low.endswith((".zip", ".docx", ".xlsx", ".odt", ".ods")):
        return zip_text(data, where, errs)
    if low.endswith(".ics"):
        s = data.decode("utf-8")
        if not s.startswith("BEGIN:VCALENDAR") or "END:VCALENDAR" not in s:
            errs.append("%s: bad ICS" % where)
        return s
    if low.endswith(".csv"):
        for enc in ("utf-8", "windows-1252"):
            try:
                s = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        list(csv.reader(io.StringIO(s), delimiter=";"))
        return s
    if low.endswith((".eml",)):
        return msg_text(email.message_from_bytes(data, policy=email.policy.default), errs, where)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def msg_text(msg, errs, where):
    texts = []
    for h in ("From", "To", "Cc", "Reply-To", "Subject", "Message-ID"):
        for v in msg.get_all(h, []):
            texts.append(str(v))
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            errs.append("%s: missing %s" % (where, h))
    for part in msg.iter_parts() if msg.is_multipart() else [msg]:
        texts.append(part_text(part, errs, where))
    return "\n".join(texts)


def part_text(part, errs, where):
    ct = part.get_content_type()
    if part.is_multipart():
        return "\n".join(part_text(p, errs, where) for p in part.iter_parts())
    if ct == "message/rfc822":
        inner = part.get_payload()[0]
        return msg_text(inner, errs, where + "/rfc822")
    fn = part.get_filename()
    if fn:
        data = part.get_payload(decode=True)
        return file_text(fn, data, ct, errs, "%s/%s" % (where, fn))
    if part.get_content_maintype() == "text":
        return part.get_content()
    errs.append("%s: unexpected part %s" % (where, ct))
    return ""


def check():
    errs = []
    mdir = os.path.join(HERE, "mails")
    files = sorted(os.listdir(mdir))
    want_files = ["d%s-%04d.eml" % (NN, i) for i in range(1, N_MAILS + 1)]
    if files != want_files:
        errs.append("mail files differ from d%s-0001 ... d%s-%04d" % (NN, NN, N_MAILS))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errs.append("labels.tsv: bad header")
    rows = [l.split("\t") for l in lines[1:] if l]
    counts = {}
    langs = {}
    for r in rows:
        if len(r) != 5:
            errs.append("labels.tsv: bad row %r" % r[:1])
            continue
        counts[r[1]] = counts.get(r[1], 0) + 1
        langs[r[2]] = langs.get(r[2], 0) + 1
        if r[2] not in ("de", "en", "mixed"):
            errs.append("%s: bad lang" % r[0])
        if r[1] == "NORMAL" and r[4].startswith("trap:") is False and "trap" in r[4][:6]:
            errs.append("%s: trap reason format" % r[0])
    if [r[0] for r in rows] != want_files:
        errs.append("labels.tsv: file column differs")
    if counts != WANT:
        errs.append("label counts %r != %r" % (counts, WANT))
    n_iban = 0
    n_att = 0
    for fn in files:
        p = os.path.join(mdir, fn)
        raw = open(p, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errs.append("%s: not pure CRLF" % fn)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if not msg["From"] or "@elbmark.example" not in str(msg["From"]):
            errs.append("%s: not sent from the insurer" % fn)
        for part in msg.walk():
            if part.get_filename():
                n_att += 1
        text = msg_text(msg, errs, fn)
        for m in MAIL_RE.finditer(text):
            if not m.group(1).lower().endswith(".example"):
                errs.append("%s: non-.example address %s" % (fn, m.group(0)))
        for m in URL_RE.finditer(text):
            if not m.group(1).lower().endswith(".example"):
                errs.append("%s: non-.example URL %s" % (fn, m.group(0)))
        for m in IBAN_RE.finditer(text.upper()):
            cc = m.group(1)
            s = (m.group(1) + m.group(2) + m.group(3)).replace(" ", "")
            L = IBAN_LEN[cc]
            if len(s) < L:
                errs.append("%s: short IBAN-like %s" % (fn, m.group(0)))
                continue
            n_iban += 1
            if not iban_ok(s[:L]):
                errs.append("%s: IBAN checksum fails %s" % (fn, s[:L]))
    print("files: %d, labels: %s" % (len(files), ", ".join("%s %d" % (k, counts.get(k, 0)) for k in WANT)))
    print("languages: %s" % ", ".join("%s %d" % (k, v) for k, v in sorted(langs.items())))
    print("attachments (incl. nested): %d, IBANs validated: %d" % (n_att, n_iban))
    if errs:
        for e in errs:
            print("ERROR", e)
        print("CHECK FAILED (%d errors)" % len(errs))
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
