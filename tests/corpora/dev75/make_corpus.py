#!/usr/bin/env python3
"""Corpus dev75 for Siegel: long forwarded / replied threads at the (invented)
Lindenhof Versicherungsgruppe, Hannover.

Every mail is written by hand in its own function m001 ... m150.  The helpers
below only turn that hand-written content into MIME (email package,
policy=SMTP, CRLF, fixed boundaries, dates and Message-IDs) or into
attachment files (PDF, DOCX, XLSX, ODT, ODS, ZIP), plus two pure formatting
helpers: q() puts "> " in front of each line of a hand-written text, and
ol()/om() lay out an Outlook header block from hand-written values.

    python make_corpus.py          writes mails/d75-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses and validates everything

Standard library only, Python 3.8+, no network, deterministic.
"""
import io
import os
import re
import sys
import zipfile
import email
from email import policy
from email.message import EmailMessage
from xml.dom import minidom

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
SMTP = policy.SMTP
NN = "75"
ZIP_TS = (2024, 11, 4, 9, 0, 0)

N, C, S = "NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"
EXPECTED = {N: 60, C: 45, S: 45}

# ---------------------------------------------------------------- text formatting

def q(text, level=1):
    """Quote a hand-written text with '>' like a mail client does."""
    out = []
    for line in text.strip("\n").split("\n"):
        pre = ">" * level
        out.append(pre + (" " + line if line else ""))
    return "\n".join(out)


def ol(von, gesendet, an, betreff, cc=None):
    """German Outlook header block (values written by hand in the mail)."""
    s = "\n________________________________\nVon: %s\nGesendet: %s\nAn: %s\n" % (von, gesendet, an)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Betreff: %s\n" % betreff


def om(frm, sent, to, subject, cc=None):
    """English Outlook '-----Original Message-----' block."""
    s = "\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n" % subject


# ---------------------------------------------------------------- recurring footers (content)

DISCL_DE = """--
Lindenhof Versicherungsgruppe · Lindenhofplatz 1 · 30159 Hannover
Lindenhof Krankenversicherung a.G. · Lindenhof Lebensversicherung AG · Lindenhof Allgemeine Versicherung AG
Sitz Hannover · Amtsgericht Hannover HRB 58821 / HRB 58822 / HRB 58830
Vorstand: Dr. Gerold Wiesenthal (Vors.), Annette Brüning, Kai-Uwe Ostendorf

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet."""

DISCL_EN = """--
Lindenhof Versicherungsgruppe · Lindenhofplatz 1 · 30159 Hannover · Germany
Registered office Hannover · Local court Hannover HRB 58821

This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden."""

TICKET_DE = """-- 
LINDA Servicedesk · Lindenhof Versicherungsgruppe
Bitte antworten Sie oberhalb dieser Zeile und ändern Sie den Betreff nicht, damit Ihre Nachricht dem Vorgang zugeordnet werden kann.
Dies ist eine automatisch erzeugte Nachricht."""

TICKET_EN = """-- 
LINDA Service Desk · Lindenhof Versicherungsgruppe
Please reply above this line and keep the subject unchanged so that your message is added to the ticket.
This message was generated automatically."""

# ---------------------------------------------------------------- MIME

def _mid(n, k=0):
    return "<d75.%04d.%d.20241104@lindenhof-versicherung.example>" % (n, k)


def build(n, frm, to, subject, body, date, cc=None, html=None, atts=(),
          headers=(), charset="utf-8", cte="quoted-printable", html_only=False,
          flowed=False):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = _mid(n)
    for k, v in headers:
        m[k] = v
    params = {"format": "flowed"} if flowed else None
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        if params:
            m.set_content(body, charset=charset, cte=cte, params=params)
        else:
            m.set_content(body, charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    for a in atts:
        _attach(m, a)
    _boundaries(m, n)
    return m


def inner(n, k, frm, to, subject, body, date, cc=None, atts=(), headers=(), html=None):
    """A message that is forwarded as message/rfc822 inside another one."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = _mid(n, k)
    for kk, v in headers:
        m[kk] = v
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    if html is not None:
        m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    for a in atts:
        _attach(m, a)
    _boundaries(m, n * 10 + k)
    return m


def _attach(m, a):
    fname, ctype, data = a
    if isinstance(data, EmailMessage):
        if not m.is_multipart() or m.get_content_subtype() != "mixed":
            m.make_mixed()
        part = EmailMessage(policy=SMTP)
        part.set_content(data)
        if fname:
            part["Content-Disposition"] = 'attachment; filename="%s"' % fname
        m.attach(part)
        return
    maintype, subtype = ctype.split("/")
    if isinstance(data, str):
        cs = "utf-8"
        if ";" in subtype:
            subtype, cs = subtype.split(";")
        raw = data.replace("\n", "\r\n").encode(cs)
        m.add_attachment(raw, maintype=maintype, subtype=subtype, filename=fname)
        m.get_payload()[-1].set_param("charset", cs)
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)


def _boundaries(m, n):
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_lhv_%s_%d_%d" % (NN, n, i))
            i += 1


# ---------------------------------------------------------------- attachment files

def _zip(members):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data, *stored in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return bio.getvalue()


def zipfile_of(members):
    """members: list of (name, bytes-or-str)."""
    return _zip(members)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def pdf(lines, title="Dokument"):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for pl in pages:
        stream = "BT /F1 10 Tf 13 TL 56 790 Td\n" + "".join("(%s) Tj T*\n" % pesc(l) for l in pl) + "ET"
        sb = stream.encode("cp1252")
        pi = len(objs) + 1
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (pi + 1)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(sb) + sb + b"\nendstream")
    info = len(objs) + 1
    objs.append(("<< /Title (%s) /Producer (Lindenhof DMS) /CreationDate (D:20241104090000+01'00') >>" % pesc(title)).encode("cp1252"))
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info, x)
    return out


def docx(paras):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _esc(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
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
    srows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _esc(str(v))))
        srows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(srows))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _esc(sheet))
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
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
             '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wrels), ("xl/worksheets/sheet1.xml", ws)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mimetype, body):
    content = '<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body>%s</office:body></office:document-content>' % (_ODF_NS, body)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return _zip([("mimetype", mimetype, "stored"), ("META-INF/manifest.xml", manifest), ("content.xml", content)])


def odt(paras):
    body = "<office:text>%s</office:text>" % "".join("<text:p>%s</text:p>" % _esc(p) for p in paras)
    return _odf("application/vnd.oasis.opendocument.text", body)


def ods(rows, sheet="Tabelle1"):
    trs = ""
    for row in rows:
        tds = ""
        for v in row:
            if isinstance(v, (int, float)):
                tds += '<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v)
            else:
                tds += '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _esc(str(v))
        trs += "<table:table-row>%s</table:table-row>" % tds
    body = '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>' % (_esc(sheet), trs)
    return _odf("application/vnd.oasis.opendocument.spreadsheet", body)


MT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MT_ODT = "application/vnd.oasis.opendocument.text"
MT_ODS = "application/vnd.oasis.opendocument.spreadsheet"

# ================================================================ the mails


def m001():
    body = """Hallo Jana,

bitte übernehmen, ich bin ab morgen im Urlaub. Rechnung liegt im Posteingang Scan, Vorgang ist angelegt.

Danke + Gruß
Katrin
""" + ol("Kundenservice Lindenhof <kundenservice@lindenhof-versicherung.example>",
         "Montag, 4. November 2024 08:12", "Leistung KV Team 3 <leistung-kv3@lindenhof-versicherung.example>",
         "WG: Rechnung Krankenhaus – bitte um schnelle Erstattung") + """
Zuständigkeitshalber weitergeleitet.

Mit freundlichen Grüßen
Sabine Tietjen
Kundenservice
""" + ol("Roland Eickhoff <r.eickhoff@webpost.example>", "Samstag, 2. November 2024 19:47",
         "kundenservice@lindenhof-versicherung.example", "Rechnung Krankenhaus – bitte um schnelle Erstattung") + """
Sehr geehrte Damen und Herren,

anbei die Rechnung vom Klinikum Weserbergland für meinen stationären Aufenthalt vom 14.10. bis 19.10.2024. Ich wurde dort wegen des Bandscheibenvorfalls (L4/L5, Diagnose M51.1) operiert, die Wahlleistung Zweibettzimmer und Chefarzt ist ja in meinem Tarif drin.

Die Klinik will das Geld bis 20.11., der Betrag ist 9.842,17 EUR. Ich bitte um schnelle Bearbeitung, ich kann das nicht vorstrecken.

Versicherungsnummer KV 4471203-08

Mit freundlichen Grüßen
Roland Eickhoff
Am Tie 7, 31785 Hameln
"""
    m = build(1, "Katrin Oberländer <katrin.oberlaender@lindenhof-versicherung.example>",
              "Jana Vieregge <jana.vieregge@lindenhof-versicherung.example>",
              "WG: WG: Rechnung Krankenhaus – bitte um schnelle Erstattung", body + "\n" + DISCL_DE,
              "Mon, 04 Nov 2024 16:41:03 +0100")
    return m, S, "de", "customer", "Forward 'bitte übernehmen'; two Outlook blocks down the customer names his disc surgery M51.1 and hospital bill"


def m002():
    body = """Hi zusammen,

zur Info: Produktmanagement hat die Formulierung zum Sterbegeld jetzt final. Siehe unten, Änderungen gelb markiert im Anhang der ursprünglichen Mail.

VG Malte

-----Ursprüngliche Nachricht-----
Von: Brüggemann, Ute <ute.brueggemann@lindenhof-versicherung.example>
Gesendet: Donnerstag, 31. Oktober 2024 14:02
An: Gerdes, Malte <malte.gerdes@lindenhof-versicherung.example>
Cc: Recht Produkte <recht-produkte@lindenhof-versicherung.example>
Betreff: AW: Todesfall – Sterbegeld-Tarif SG24 Bedingungen

Hallo Malte,

Recht ist einverstanden mit § 4 Abs. 2 neu:
"Stirbt die versicherte Person vor Ablauf der Wartezeit von 24 Monaten, zahlen wir die eingezahlten Beiträge zurück. Bei Tod durch Unfall entfällt die Wartezeit."

Die Frage nach Suizid in den ersten drei Jahren (§ 161 VVG) ist mit dem Verweis auf das Gesetz erledigt, eine eigene Klausel brauchen wir nicht.

Gruß
Ute

-----Ursprüngliche Nachricht-----
Von: Gerdes, Malte
Gesendet: Mittwoch, 30. Oktober 2024 09:15
Betreff: Todesfall – Sterbegeld-Tarif SG24 Bedingungen

Liebe Ute,
kannst Du bitte bis Freitag auf die Todesfall-Definition und die Wartezeitregel im SG24 schauen? Wir wollen im Januar live gehen.
Danke, Malte
"""
    m = build(2, "Gerdes, Malte <malte.gerdes@lindenhof-versicherung.example>",
              "Produktteam Leben <produkt-leben@lindenhof-versicherung.example>",
              "WG: AW: Todesfall – Sterbegeld-Tarif SG24 Bedingungen", body,
              "Mon, 04 Nov 2024 10:05:44 +0100")
    return m, N, "de", "internal", "trap: 'Todesfall', 'Suizid', 'stirbt' in product wording discussion, no insured person"


def m003():
    body = """Dear Graham,

please see the thread below – we have registered the loss under claim no. KS-2024-118806 and instructed the workshop. No one was hurt, so this stays a pure property claim.

Kind regards
Piotr Nowakowski
Motor Claims / Fleet
Lindenhof Allgemeine Versicherung AG
""" + om("Graham Pennock <g.pennock@ashcombe-benefits.example>", "01 November 2024 11:20",
         "Nowakowski, Piotr", "FW: Collision Hannover-Messe car park – Brightwater Events fleet") + """
Piotr,

Forwarding the notification from our client below. Can you confirm cover under the fleet policy FL 70-004417?

Cheers, Graham
""" + om("Hollis, Dana <dana.hollis@brightwater-events.example>", "31 October 2024 17:58",
         "Graham Pennock", "Collision Hannover-Messe car park") + """
Hi Graham,

one of our vans (Ford Transit, reg. H-BE 2217, VIN WF0XXXTTGXKA81127) was reversed into a pillar at the Messe car park on 30 Oct by our driver Mr Ilias Karamanlis. Rear doors and bumper damaged, no injuries, no third party involved. The van is at Autohaus Kronsberg for a quote.

Dana Hollis
Office Manager, Brightwater Events Ltd (German branch), Expo Plaza 4, 30539 Hannover
"""
    m = build(3, "Nowakowski, Piotr <piotr.nowakowski@lindenhof-versicherung.example>",
              "Graham Pennock <g.pennock@ashcombe-benefits.example>",
              "RE: FW: Collision Hannover-Messe car park – Brightwater Events fleet",
              body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 09:31:12 +0100")
    return m, C, "en", "insurer-to-broker", "Fleet claim: named company contact and named driver, plate, VIN, claim number; nobody hurt"


def m004():
    body = """Dear Claire,

see below – this one will go over the facultative retention, so formal notification under the treaty. File is in the portal.

Best
Tobias

Tobias Reinecke
Leistung BU / Claims Disability
Lindenhof Lebensversicherung AG

From: Reinecke, Tobias
Sent: Thursday, October 24, 2024 3:40 PM
To: Dr. Aalbers, Friederike <friederike.aalbers@lindenhof-versicherung.example>
Subject: AW: BU-Leistungsantrag LV-0098812345 Hr. Schomaker

Liebe Frau Dr. Aalbers,

danke für die Einschätzung. Ich fasse für die Rück zusammen und melde an Meridian.

Gruß T. Reinecke

From: Dr. Aalbers, Friederike
Sent: Thursday, October 24, 2024 11:02 AM
To: Reinecke, Tobias
Subject: AW: BU-Leistungsantrag LV-0098812345 Hr. Schomaker

Hallo Herr Reinecke,

nach Durchsicht der Befunde (Entlassbericht Psychosomatik Bad Oeynhausen, Bericht des behandelnden Psychiaters) liegt eine rezidivierende depressive Störung, gegenwärtig schwere Episode (F33.2), vor, seit 02/2024 durchgehend AU. Aus meiner Sicht ist eine BU von mind. 50 % in der zuletzt ausgeübten Tätigkeit als Vertriebsleiter für mind. 6 Monate plausibel. Nachuntersuchung in 12 Monaten empfohlen.

Mit freundlichen Grüßen
Dr. med. F. Aalbers
Gesellschaftsärztin
"""
    m = build(4, "Reinecke, Tobias <tobias.reinecke@lindenhof-versicherung.example>",
              "Claire Whitfield <claire.whitfield@meridian-re.example>",
              "FW: BU-Leistungsantrag LV-0098812345 Hr. Schomaker – treaty notification",
              body + "\n" + DISCL_EN, "Fri, 25 Oct 2024 08:47:19 +0200")
    return m, S, "mixed", "insurer-to-reinsurer", "English 'see below' to reinsurer; German quote names insured, BU claim and F33.2 depression"


def m005():
    body = """Hi all,

thanks to everyone who reported this. Just to close the loop: the "URGENT – patient data leak" mail from last Tuesday was our own quarterly phishing simulation run by IT Security. No data left the house, nobody needs to do anything else.

Click rate this round was 6.8 % (last round 9.1 %). Reporting rate via the "Phish melden" button went up to 41 %.

Daniel

Daniel O'Rourke
IT Security Awareness

-----Original Message-----
From: Kühnapfel, Sven
Sent: Wednesday, October 30, 2024 9:12 AM
To: O'Rourke, Daniel
Subject: FW: URGENT – patient data leak??

Daniel, ist das eure Kampagne? Kommt gerade dutzendfach im Servicedesk an.
Sven

-----Original Message-----
From: "Lindenhof IT-Compliance" <it-compliance@lindenhof-secure-check.example>
Sent: Tuesday, October 29, 2024 7:58 AM
Subject: URGENT – patient data leak??

Dear colleague,
a file with patient data from your department was found on an external server. Please verify immediately whether your login was affected: http://lindenhof-secure-check.example/verify
IT-Compliance
"""
    m = build(5, "O'Rourke, Daniel <daniel.orourke@lindenhof-versicherung.example>",
              "Alle Mitarbeitenden Standort Hannover <alle-hannover@lindenhof-versicherung.example>",
              "RE: FW: URGENT – patient data leak??", body, "Mon, 04 Nov 2024 12:00:00 +0100")
    return m, N, "mixed", "internal", "trap: 'patient data leak' subject is the company's own phishing simulation, no data"


def m006():
    body = """Sehr geehrter Herr Rechtsanwalt Dreessen,

in obiger Haftpflichtsache übersende ich Ihnen wie telefonisch besprochen den bisherigen Schriftverkehr. Unser VN bestreitet, dass der Zaun vorher intakt war. Personenschäden liegen nicht vor.

Unsere Schaden-Nr.: HS-2024-077213
VN: Herr Bernd Hollensen, Lindenweg 12, 31832 Springe
Anspruchsteller: Eheleute Kathmann, Lindenweg 14

Mit freundlichen Grüßen
Rainer Gosch
Schadenabteilung Haftpflicht
""" + ol("Bernd Hollensen <bernd.hollensen@mailfix.example>", "Dienstag, 22. Oktober 2024 21:03",
         "schaden-haftpflicht@lindenhof-versicherung.example", "AW: Ihr Schaden HS-2024-077213") + """
Hallo,

das ist doch lächerlich. Der Zaun von Kathmanns war schon seit dem Sturm im Februar schief, mein Hund (Labrador, Bruno) ist da höchstens durchgelaufen. Die wollen jetzt 2.400 Euro für einen komplett neuen Doppelstabmattenzaun. Ich habe Fotos vom März, schicke ich Ihnen.

Bernd Hollensen
""" + ol("Gosch, Rainer", "Montag, 21. Oktober 2024 10:15", "bernd.hollensen@mailfix.example",
         "Ihr Schaden HS-2024-077213") + """
Sehr geehrter Herr Hollensen,

uns liegt die Schadenmeldung Ihrer Nachbarn vor. Bitte nehmen Sie zum Hergang Stellung.

Mit freundlichen Grüßen
Rainer Gosch
"""
    m = build(6, "Gosch, Rainer <rainer.gosch@lindenhof-versicherung.example>",
              "RA Jan Dreessen <j.dreessen@kanzlei-dreessen.example>",
              "WG: AW: Ihr Schaden HS-2024-077213 – Hollensen ./. Kathmann", body + "\n" + DISCL_DE,
              "Wed, 23 Oct 2024 09:02:51 +0200")
    return m, C, "de", "insurer-to-lawyer", "Dog-liability claim: policyholder name, address, claim number, amounts; no injury"


def m007():
    body = """Sehr geehrte Frau Lüttke,

vielen Dank für Ihre Geduld. Ich habe Ihre Frage an unsere Fachabteilung gegeben und deren Antwort unten angehängt – ich hoffe, das hilft Ihnen weiter. Die Formulare schicke ich Ihnen zusätzlich per Post.

Mit freundlichen Grüßen
Sabine Tietjen
Kundenservice
Lindenhof Krankenversicherung a.G.

-----Ursprüngliche Nachricht-----
Von: Pflege Leistung <pflege-leistung@lindenhof-versicherung.example>
Gesendet: Freitag, 1. November 2024 13:22
An: Tietjen, Sabine
Betreff: AW: Rückfrage Tochter von Frau Hedwig Lüttke, PPV 2209871

Hallo Sabine,

für Frau Hedwig Lüttke (PPV 2209871) ist mit Bescheid vom 18.10.2024 auf Grundlage des Gutachtens von MEDICPROOF Pflegegrad 3 festgestellt (vorher PG 2). Das Pflegegeld erhöht sich ab 01.09.2024 rückwirkend. Für die Verhinderungspflege im Sommer (Kurzzeitpflege Seniorenzentrum Am Hasengarten) fehlt noch die Rechnung. Die Vollmacht der Tochter liegt vor, du kannst ihr das so mitteilen.

Gruß Heike

-----Ursprüngliche Nachricht-----
Von: Tietjen, Sabine
Gesendet: Donnerstag, 31. Oktober 2024 10:40
An: Pflege Leistung
Betreff: Rückfrage Tochter von Frau Hedwig Lüttke, PPV 2209871

Hallo, die Tochter (Frau Martina Lüttke, hat Vollmacht) fragt, ob die Höherstufung durch ist. Könnt ihr mir kurz Stand geben?
Danke, Sabine
"""
    m = build(7, "Tietjen, Sabine <sabine.tietjen@lindenhof-versicherung.example>",
              "Martina Lüttke <m.luettke@webpost.example>",
              "AW: Pflegegrad meiner Mutter – Stand?", body + "\n" + DISCL_DE,
              "Mon, 04 Nov 2024 11:18:37 +0100")
    return m, S, "de", "insurer-to-customer", "Harmless top; internal quote below gives the mother's care level 3, MEDICPROOF assessment, short-term care"


def m008():
    body = """Hallo Sven,

Ticket kann zu. Nach dem Update des OCR-Profils am Freitag laufen die Stapel wieder durch, heute früh 1.212 Belege ohne Fehler.

Gruß
Marek
""" + TICKET_DE + """

---------- Verlauf ----------
[04.11.2024 07:55] Marek Jankowski (IT Betrieb DMS):
Profil "ARZTRECHNUNG_V7" auf Version 7.3 gehoben, Test-Stapel 2024-11-04-001 bis -004 ok.

[01.11.2024 15:10] Sven Kühnapfel (Servicedesk):
Betroffen sind nur Stapel aus Scanstraße 2. Fehlermeldung im Log: "Template match < 0.62, document class unknown". Screenshot im Anhang des Tickets (nur Fehlermaske, kein Beleg).

[01.11.2024 11:47] Leistung KV Team 1 (über Portal):
Sehr dringend! Seit gestern werden Arztrechnungen und Zahnarztrechnungen nicht mehr eingelesen, alle landen in der Klärung. Rückstau ca. 3.000 Belege. Bitte um schnelle Hilfe.
"""
    m = build(8, "LINDA Servicedesk <servicedesk@lindenhof-versicherung.example>",
              "Kühnapfel, Sven <sven.kuehnapfel@lindenhof-versicherung.example>",
              "[LHV-SD #2024-118734] Arztrechnungen werden nicht eingelesen – gelöst", body,
              "Mon, 04 Nov 2024 08:03:15 +0100")
    return m, N, "de", "internal", "trap: IT ticket about 'Arztrechnungen' OCR profile, only batch numbers and counts"


def m009():
    body = """FYI – new account recorded in SAP as of today, direct debit mandate from 15.11. Customer informed by letter.

Regards, Lena

Lena Pfisterer
Bestandsverwaltung Sach
""" + om("Wouter van Dijk <wouter.vandijk@mailbox.example>", "Friday, 1 November 2024 22:14",
         "service@lindenhof-versicherung.example", "Change of bank account – household insurance HR 33-0912276") + """
Dear Sir or Madam,

I moved back to the Netherlands for a while but keep my flat in Hannover (Podbielskistr. 188). Please take the premium for my household contents insurance HR 33-0912276 from my Dutch account from now on:

Account holder: Wouter van Dijk
IBAN: NL98INGB8476321625
BIC: INGBNL2A

The old account at the Sparkasse will be closed end of November.

Thanks and best regards,
Wouter van Dijk
"""
    m = build(9, "Pfisterer, Lena <lena.pfisterer@lindenhof-versicherung.example>",
              "Team Inkasso <inkasso@lindenhof-versicherung.example>",
              "FW: Change of bank account – household insurance HR 33-0912276", body,
              "Mon, 04 Nov 2024 14:26:40 +0100")
    return m, C, "en", "customer", "FYI forward; quoted customer mail with Dutch IBAN, address and household policy number"


def m010():
    body = """Dear colleagues at AssistGlobal,

please find below the notification from our insured, in German I'm afraid. Short summary: insured Mr. Henning Ratjen (travel health policy RK 51-228190, valid 01.01.–31.12.2024), admitted on 02 Nov to Hospital Costa del Sol, Marbella, with acute appendicitis, appendectomy the same night. We issue a guarantee of payment up to EUR 15,000; please get in touch with the hospital and arrange medical follow-up and, if needed, the return flight.

Kind regards
Katrin Oberländer
Leistung KV – Auslandsreise
""" + ol("Henning Ratjen <henning.ratjen@webpost.example>", "Samstag, 2. November 2024 23:51",
         "notruf@lindenhof-versicherung.example", "Notfall Spanien – Krankenhaus") + """
Hallo,

ich liege seit heute Nachmittag im Krankenhaus in Marbella, Blinddarm, die wollen heute Nacht noch operieren (Appendizitis). Die Klinik verlangt eine Kostenübernahme oder 6.000 Euro Anzahlung auf Kreditkarte. Bitte melden Sie sich bei der Klinik, Telefon steht unten. Meine Auslandsreisekrankenversicherung läuft über Sie.

Henning Ratjen, geb. 11.07.1979
Hospital Costa del Sol, Admisiones, Tel. +34 951 000 000 (Zentrale)
"""
    m = build(10, "Oberländer, Katrin <katrin.oberlaender@lindenhof-versicherung.example>",
              "Case Management <cases@assistglobal.example>",
              "FW: Notfall Spanien – Krankenhaus / guarantee of payment RK 51-228190", body + "\n" + DISCL_EN,
              "Sun, 03 Nov 2024 10:12:05 +0100")
    return m, S, "mixed", "insurer-to-partner", "Travel health emergency: appendicitis, surgery, birth date; English top, German quote"


def m011():
    body = """Thank you for your message. I am out of the office until Monday, 11 November 2024, with limited access to e-mail. For urgent matters please contact our reinsurance desk at rueckversicherung@lindenhof-versicherung.example.

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 8. November nicht im Büro. In dringenden Fällen wenden Sie sich bitte an rueckversicherung@lindenhof-versicherung.example.

Hanna Kördel

> From: Claire Whitfield <claire.whitfield@meridian-re.example>
> Sent: Monday, November 4, 2024 10:02
> Subject: Treaty renewal 2025 – agenda for 19 Nov
>
> Dear Hanna,
> attached is the draft agenda for our renewal meeting: 1) market update, 2) quota share life 2025, 3) cat XL property, 4) AOB. Lunch will be at 12:30.
> Best, Claire
"""
    m = build(11, "Kördel, Hanna <hanna.koerdel@lindenhof-versicherung.example>",
              "Claire Whitfield <claire.whitfield@meridian-re.example>",
              "Automatische Antwort: Treaty renewal 2025 – agenda for 19 Nov", body,
              "Mon, 04 Nov 2024 10:02:31 +0100",
              headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return m, N, "mixed", "insurer-to-reinsurer", "trap: out-of-office reply quoting a harmless meeting agenda"


def m012():
    body = """Sehr geehrter Herr Ahlborn,

bitte besichtigen Sie das Fahrzeug unseres VN bis Ende der Woche in der Werkstatt. Unten die Meldung des Autohauses mit allen Daten, die Fotos hängen an der ursprünglichen Mail.

Schaden-Nr.: KS-2024-120417
VN: Frau Dörte Wilkening, Kennzeichen HM-DW 318
Fahrzeug: VW Golf VIII, FIN WVWZZZCDZMW061932
Schadentag: 29.10.2024, Parkrempler, keine Verletzten

Mit freundlichen Grüßen
Felix Ambrosius
Kfz-Schaden
""" + ol("Serviceannahme Autohaus Kronsberg <service@autohaus-kronsberg.example>",
         "Donnerstag, 31. Oktober 2024 16:20", "kfz-schaden@lindenhof-versicherung.example",
         "Reparaturfreigabe Golf HM-DW 318 – Frau Wilkening") + """
Guten Tag,

Ihre Kundin Frau Wilkening hat uns den Golf mit Schaden vorne links gebracht (Kotflügel, Scheinwerfer, Stoßfänger). Kostenvoranschlag 3.870,50 EUR netto anbei. Sie möchte über Ihre Vollkasko abrechnen, SB 300 EUR. Bitte um Freigabe oder Gutachter.

Mit freundlichen Grüßen
T. Meinecke, Serviceannahme
"""
    m = build(12, "Ambrosius, Felix <felix.ambrosius@lindenhof-versicherung.example>",
              "Sachverständigenbüro Ahlborn <auftrag@sv-ahlborn.example>",
              "Gutachtenauftrag KS-2024-120417 / WG: Reparaturfreigabe Golf HM-DW 318", body + "\n" + DISCL_DE,
              "Mon, 04 Nov 2024 08:44:10 +0100")
    return m, C, "de", "insurer-to-assessor", "Motor own-damage claim: named policyholder, plate, VIN, claim number; nobody hurt"


def m013():
    arzt = inner(13, 1, "Praxis Dr. Stolzenberg <praxis@praxis-stolzenberg.example>",
                 "risikopruefung-leben@lindenhof-versicherung.example",
                 "Ihre Anfrage vom 14.10.2024 – Antragsteller Sönke Harms",
                 """Sehr geehrte Damen und Herren,

zu Ihrer Anfrage bezüglich Herrn Sönke Harms, geb. 03.02.1986, teile ich nach Vorlage der Schweigepflichtentbindung mit:

- Behandlung seit 2019 in meiner Praxis
- Diagnosen: Essentielle Hypertonie (I10.90), Adipositas Grad I (E66.0, BMI 32), Schlafapnoe-Syndrom (G47.31), CPAP-Therapie seit 2022
- Medikation: Candesartan 16 mg 1-0-0, Amlodipin 5 mg 0-0-1
- Letzte Blutdruckwerte 138/86 mmHg (09/2024)
- Keine AU-Zeiten in den letzten 5 Jahren

Die Liquidation nach GOÄ Nr. 75 füge ich bei.

Mit freundlichen Grüßen
Dr. med. Ulrike Stolzenberg
Fachärztin für Innere Medizin""", "Tue, 29 Oct 2024 17:05:00 +0100")
    body = """Hallo Frau Dr. Aalbers,

z.K. und mit der Bitte um Votum – Antrag BU + RLV über Makler Hallerstede, BU-Rente 2.000 €. Arztauskunft anbei als Mail.

Danke und Gruß
Tobias Reinecke
Risikoprüfung Leben/BU
"""
    m = build(13, "Reinecke, Tobias <tobias.reinecke@lindenhof-versicherung.example>",
              "Dr. Aalbers, Friederike <friederike.aalbers@lindenhof-versicherung.example>",
              "WG: Ihre Anfrage vom 14.10.2024 – Antragsteller Sönke Harms", body,
              "Wed, 30 Oct 2024 08:20:44 +0100",
              atts=[("Ihre Anfrage vom 14.10.2024.eml", None, arzt)])
    return m, S, "de", "doctor", "Body only 'z.K.'; attached message/rfc822 is a doctor's report with diagnoses, ICD codes, medication"


def m014():
    body = """Hallo Herr Pohlmann,

danke für die Bestätigung. Dann ist der Vertrag zum 31.12.2024 beendet, die Schlüssel für Gebäude B geben Ihre Mitarbeiter bitte am letzten Arbeitstag an der Pforte ab.

Viele Grüße
Jutta Engelke
Facility Management
""" + ol("Pohlmann, Gerrit <g.pohlmann@glanzwerk-gebaeudeservice.example>", "Dienstag, 29. Oktober 2024 11:02",
         "Engelke, Jutta", "AW: Kündigung Reinigungsvertrag Gebäude B") + """
Sehr geehrte Frau Engelke,

hiermit bestätigen wir den Eingang Ihrer Kündigung des Rahmenvertrags Unterhaltsreinigung Gebäude B (Vertrag 2019-117) fristgerecht zum 31.12.2024. Wir bedauern Ihre Entscheidung und würden uns freuen, bei der Neuausschreibung 2025 wieder dabei zu sein.

Mit freundlichen Grüßen
Gerrit Pohlmann
Glanzwerk Gebäudeservice GmbH
""" + ol("Engelke, Jutta", "Montag, 28. Oktober 2024 15:47", "g.pohlmann@glanzwerk-gebaeudeservice.example",
         "Kündigung Reinigungsvertrag Gebäude B") + """
Sehr geehrter Herr Pohlmann,

hiermit kündigen wir den o.g. Vertrag fristgerecht zum 31.12.2024. Bitte bestätigen Sie den Eingang.

Jutta Engelke
"""
    m = build(14, "Engelke, Jutta <jutta.engelke@lindenhof-versicherung.example>",
              "Pohlmann, Gerrit <g.pohlmann@glanzwerk-gebaeudeservice.example>",
              "AW: AW: Kündigung Reinigungsvertrag Gebäude B", body + "\n" + DISCL_DE,
              "Wed, 30 Oct 2024 09:12:00 +0100")
    return m, N, "de", "insurer-to-supplier", "trap: 'Kündigung' thread is a cleaning contract with a GmbH"


def m015():
    body = """Hallo Herr Hallerstede,

anbei wie gewünscht die Zweitschrift des Versicherungsscheins. Die Adressänderung habe ich gleich mit eingepflegt.

Viele Grüße
Melanie Szymański
Maklerbetreuung Nord

Am 31.10.2024 um 09:14 schrieb Hallerstede, Timo <t.hallerstede@hallerstede-makler.example>:
> Moin Frau Szymański,
>
> für unseren gemeinsamen Kunden Herrn Arne Lüdemann, Hausrat HR 33-0871142,
> bräuchte ich eine Kopie der aktuellen Police. Er ist umgezogen, neue
> Anschrift: Celler Straße 61, 30161 Hannover (vorher Stöckener Str. 9).
> Versicherungssumme bitte auf 65.000 EUR anheben, die neue Wohnung hat 95 qm.
>
> Danke und schönes Wochenende
> Timo Hallerstede
> Maklerbüro Hallerstede GmbH
"""
    pol = pdf(["Lindenhof Allgemeine Versicherung AG", "Versicherungsschein – Zweitschrift",
               "Hausratversicherung HR 33-0871142", "Versicherungsnehmer: Arne Lüdemann",
               "Celler Straße 61, 30161 Hannover", "Versicherungssumme: 65.000 EUR",
               "Beitrag jährlich: 142,80 EUR inkl. VersSt", "Vermittler: Maklerbüro Hallerstede GmbH, VM-Nr. 40117"],
              "Zweitschrift HR 33-0871142")
    m = build(15, "Szymański, Melanie <melanie.szymanski@lindenhof-versicherung.example>",
              "Hallerstede, Timo <t.hallerstede@hallerstede-makler.example>",
              "AW: Kopie Police Lüdemann", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 13:35:19 +0100",
              atts=[("Zweitschrift_HR33-0871142.pdf", "application/pdf", pol)])
    return m, C, "de", "insurer-to-broker", "Household policy copy for named customer with old/new address and sum insured"


def m016():
    body = """Dear Ms Farrington,

thank you – please see our answer to your employee's question further down. As this concerns her personally, we'd suggest she contacts us directly next time; you're welcome to forward this reply to her.

Kind regards
Piotr Nowakowski
International Health / Expat Plans
""" + om("Farrington, Joanne <joanne.farrington@kestrel-analytics.example>", "Thursday, 31 October 2024 16:12",
         "expat-health@lindenhof-versicherung.example", "Group expat plan GX-2023-0412 – maternity question") + """
Hello,

one of our assignees in Hannover, Ms Aisling Brennan (member no. GX-0412-017), is 14 weeks pregnant and would like to know whether the birth at the Henriettenstift and the prenatal screening (she has been offered NIPT because of her age, 39) are covered, and whether her husband can be added for the birth.

Thanks, Joanne Farrington
HR Business Partner, Kestrel Analytics GmbH
""" + """
Our answer:
- Maternity is covered under module M2 after the 10-month waiting period; Ms Brennan joined 01/2023, so the waiting period is met.
- NIPT is reimbursed when medically indicated; maternal age ≥ 35 is accepted as indication.
- The delivery (inpatient) is paid directly to the hospital on presentation of the member card.
- Adding a spouse requires a separate application with health questions.
"""
    m = build(16, "Nowakowski, Piotr <piotr.nowakowski@lindenhof-versicherung.example>",
              "Farrington, Joanne <joanne.farrington@kestrel-analytics.example>",
              "RE: Group expat plan GX-2023-0412 – maternity question", body + "\n" + DISCL_EN,
              "Mon, 04 Nov 2024 10:49:03 +0100")
    return m, S, "en", "insurer-to-company", "Employee's pregnancy, prenatal screening, age; company HR in the thread"


def m017():
    body = """FYI – could you share this in the Hamburg office as well? Registration is open until 15 Nov.

Thanks, Ingrid

-----Original Message-----
From: Betriebliches Gesundheitsmanagement <bgm@lindenhof-versicherung.example>
Sent: Monday, October 28, 2024 8:30 AM
To: Alle Mitarbeitenden <alle@lindenhof-versicherung.example>
Subject: Gesundheitstag 21.11. / Health Day 21 Nov – Krebsvorsorge & mehr

Liebe Kolleginnen und Kollegen / dear colleagues,

am 21. November findet unser Gesundheitstag im Casino statt:
- 09:00 Vortrag "Krebsvorsorge – was bringt was?" (Dr. Anke Vollmer, Deutsche Krebshilfe-Partnerpraxis)
- 10:30 Hautscreening-Mobil vor Gebäude A (Anmeldung erforderlich)
- 12:00 gesunder Mittagstisch
- ganztägig: Grippeschutzimpfung durch den Betriebsarzt

Cancer screening talk in English at 14:00.
Anmeldung über das Intranet. Ergebnisse der Screenings erhaltet ihr nur persönlich, der Arbeitgeber erfährt nichts.

Euer BGM-Team
"""
    m = build(17, "Havemann, Ingrid <ingrid.havemann@lindenhof-versicherung.example>",
              "Office Hamburg <office-hamburg@lindenhof-versicherung.example>",
              "FW: Gesundheitstag 21.11. / Health Day 21 Nov – Krebsvorsorge & mehr", body,
              "Mon, 04 Nov 2024 09:17:55 +0100")
    return m, N, "mixed", "internal", "trap: cancer screening and flu vaccination health day announcement, no person"


def m018():
    body = """Sehr geehrte Frau Prange,

vielen Dank für die Rechnung des Installateurs. Wir übernehmen die Kosten für die Leckortung und die Rohrreparatur (1.284,30 EUR) aus Ihrer Wohngebäudeversicherung abzüglich der vereinbarten Selbstbeteiligung von 250 EUR. Die Auszahlung erfolgt auf das bei uns hinterlegte Konto.

Für die Trocknung warten wir noch auf das Protokoll der Fa. Trockenbau Hesse.

Mit freundlichen Grüßen
Anke Rehbein
Schaden Sach

Schaden-Nr. WG-2024-033518 · Wohngebäude VG 21-0043381
Risikoort: Im Kampe 3, 31157 Sarstedt

Am 01.11.2024 schrieb Ilse Prange <ilse.prange@webpost.example>:
> Guten Tag Frau Rehbein,
> anbei die Rechnung von Sanitär Brinkmann. Der Trockner läuft seit Montag im Keller,
> die Firma sagt 3 Wochen. Bitte überweisen Sie wie immer auf mein Konto bei der
> Volksbank.
> Mit freundlichen Grüßen
> Ilse Prange
>
>> Am 24.10.2024 schrieb Rehbein, Anke:
>> Sehr geehrte Frau Prange, bitte senden Sie uns die Handwerkerrechnung, sobald sie
>> vorliegt.
"""
    m = build(18, "Rehbein, Anke <anke.rehbein@lindenhof-versicherung.example>",
              "Ilse Prange <ilse.prange@webpost.example>",
              "AW: Wasserschaden Keller – Rechnung", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 15:03:28 +0100")
    return m, C, "de", "insurer-to-customer", "Buildings water damage: named customer, risk address, claim and policy number, amounts"


def m019():
    body = """Sehr geehrte Frau Rechtsanwältin Kersting,

in der Unfallsache Ihres Mandanten übersende ich Ihnen unsere bisherige Korrespondenz. Das Ergebnis des Gutachtens entnehmen Sie bitte der weitergeleiteten Mail unserer Fachabteilung unten.

Mit freundlichen Grüßen
Nadine Krückeberg
Leistung Unfall
Lindenhof Lebensversicherung AG

-----Ursprüngliche Nachricht-----
Von: Leistung Unfall <leistung-unfall@lindenhof-versicherung.example>
Gesendet: Dienstag, 29. Oktober 2024 14:51
An: Krückeberg, Nadine
Betreff: Invaliditätsbemessung UV 88-100392 Herr Yusuf Demirci

Hallo Nadine,

das Gutachten von Prof. Lohmeyer (Unfallchirurgie MHH) ist da:
- Unfall 12.03.2023, Sturz von der Leiter, distale Radiusfraktur rechts (S52.51), operativ versorgt mit Plattenosteosynthese
- Dauerfolgen: Bewegungseinschränkung Handgelenk, Kraftminderung
- Bemessung: 3/10 Handwert

Bei Progression 225 % und Grundsumme 80.000 € ergibt sich eine Leistung von 16.800 € (Gliedertaxe Hand 55 %, 3/10 ...). Rechnung im Anhang des Vorgangs. Die Kanzlei hat Vollmacht, kannst Du rausgeben.

Gruß Jörn
"""
    m = build(19, "Krückeberg, Nadine <nadine.krueckeberg@lindenhof-versicherung.example>",
              "RAin Hella Kersting <kersting@kanzlei-kersting.example>",
              "Ihr Mandant Demirci – UV 88-100392", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 11:00:09 +0100")
    return m, S, "de", "insurer-to-lawyer", "Accident insurance: fracture, surgery, disability assessment of named insured in quoted internal mail"


def m020():
    vorlage = docx(["Lindenhof Krankenversicherung a.G.",
                    "Einwilligungs- und Schweigepflichtentbindungserklärung (Entwurf v3, Stand 30.10.2024)",
                    "Ich, «Vorname» «Nachname», geboren am «Geburtsdatum», entbinde die nachfolgend genannten Ärzte, Zahnärzte, Krankenhäuser und sonstigen Angehörigen von Heilberufen von ihrer Schweigepflicht ...",
                    "□ Ich willige ein, dass die Lindenhof Krankenversicherung a.G. Gesundheitsdaten bei den genannten Stellen erheben darf.",
                    "□ Ich wünsche, vor jeder Erhebung informiert zu werden.",
                    "Ort, Datum ____________________   Unterschrift ____________________"])
    body = """Liebe Frau Dr. Lammers,

anbei v3 mit Ihren Anmerkungen aus der letzten Runde. Die Variante "Einzelermächtigung" haben wir als Ankreuzfeld übernommen, wie vom GDV-Muster vorgesehen. Können Sie bis 8.11. final freigeben?

Viele Grüße
Marco Lüdtke
Prozessmanagement Leistung

> Am 22.10.2024 schrieb Dr. Henrike Lammers (Datenschutzbeauftragte):
> Lieber Herr Lüdtke,
> zwei Punkte: 1. Der Versicherte muss wählen können zwischen Pauschal- und Einzelermächtigung.
> 2. Bitte Hinweis auf das Widerrufsrecht aufnehmen.
> Sonst sieht das gut aus.
> H. Lammers
"""
    m = build(20, "Lüdtke, Marco <marco.luedtke@lindenhof-versicherung.example>",
              "Dr. Lammers, Henrike <henrike.lammers@lindenhof-versicherung.example>",
              "WG: Schweigepflichtentbindung – neue Vorlage (Entwurf v3)", body,
              "Mon, 04 Nov 2024 17:22:48 +0100",
              atts=[("SPE_Vorlage_v3.docx", MT_DOCX, vorlage)])
    return m, N, "de", "internal", "trap: blank consent/confidentiality-release form with «placeholders» in DOCX"


def m021():
    body = """Dear Mr Okafor,

thank you, the termination letter from your employer is sufficient as proof. We will reimburse the cancellation fee of EUR 1,240.00 for the Lisbon trip (booking ref. TUX-88127) under your trip cancellation policy RR 61-330018, minus the 20 % excess as per the policy schedule: EUR 992.00. Payment will go to the account ending in 4082 within 5 working days.

Kind regards
Sabine Tietjen
Customer Service

> On 1 Nov 2024, at 18:40, Chinedu Okafor <c.okafor@mailbox.example> wrote:
>
> Hi,
> as requested, attached is the letter from Brandt Maschinenbau GmbH confirming my
> redundancy as of 31 October (operational reasons, the whole plant in Laatzen is
> closing). That's why we had to cancel the trip – I can't spend 1,200 EUR on
> holidays right now with no income.
> Regards, Chinedu
>
>> On 28 Oct 2024 Lindenhof Customer Service wrote:
>> Please provide proof of the reason for cancellation.
"""
    m = build(21, "Tietjen, Sabine <sabine.tietjen@lindenhof-versicherung.example>",
              "Chinedu Okafor <c.okafor@mailbox.example>",
              "Re: Trip cancellation claim RR 61-330018", body + "\n" + DISCL_EN,
              "Mon, 04 Nov 2024 12:40:02 +0100")
    return m, C, "en", "insurer-to-customer", "Travel cancellation because of job loss (no health); policy number, amounts, account ending"


def m022():
    body = """Hallo Lena,

bitte übernehmen. Scheidungsbeschluss liegt im DMS, Unterschrift der VN ist drauf.

Danke
Tanja

-----Ursprüngliche Nachricht-----
Von: Kerstin Bruns <kerstin.bruns@freemail.example>
Gesendet: Sonntag, 3. November 2024 20:11
An: leben@lindenhof-versicherung.example
Betreff: Änderung Bezugsberechtigung LV-0071203348

Sehr geehrte Damen und Herren,

meine Ehe mit Herrn Holger Bruns ist seit dem 12.09.2024 rechtskräftig geschieden. Ich möchte daher das Bezugsrecht im Todesfall für meine Lebensversicherung LV-0071203348 ändern: bezugsberechtigt sollen ab sofort zu gleichen Teilen meine Kinder Lea Bruns (geb. 14.05.2009) und Finn Bruns (geb. 02.12.2011) sein, widerruflich.

Das unterschriebene Formular und den Beschluss des Amtsgerichts Hildesheim habe ich eingescannt.

Mit freundlichen Grüßen
Kerstin Bruns
Marienburger Str. 40, 31141 Hildesheim
"""
    m = build(22, "Wilke, Tanja <tanja.wilke@lindenhof-versicherung.example>",
              "Pfisterer, Lena <lena.pfisterer@lindenhof-versicherung.example>",
              "WG: Änderung Bezugsberechtigung LV-0071203348", body, "Mon, 04 Nov 2024 08:05:37 +0100")
    return m, S, "de", "customer", "Life policy beneficiary change after divorce with children's birth dates; life line, no medical word"


def m023():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin vom 04.11. bis 15.11.2024 nicht im Haus. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an maklerbetreuung-nord@lindenhof-versicherung.example oder 0511 000-4710.

Mit freundlichen Grüßen
Melanie Szymański

-----Ursprüngliche Nachricht-----
Von: Finanzkontor Brandes & Partner <info@finanzkontor-brandes.example>
Gesendet: Montag, 4. November 2024 09:30
An: Szymański, Melanie
Betreff: Courtageabrechnung Oktober – wann?

Hallo Frau Szymański,
wann kommt die Courtageabrechnung für Oktober? Wir brauchen sie für den Monatsabschluss.
Gruß aus Celle, B. Brandes
"""
    m = build(23, "Szymański, Melanie <melanie.szymanski@lindenhof-versicherung.example>",
              "Finanzkontor Brandes & Partner <info@finanzkontor-brandes.example>",
              "Abwesenheitsnotiz: Courtageabrechnung Oktober – wann?", body,
              "Mon, 04 Nov 2024 09:30:04 +0100", headers=[("Auto-Submitted", "auto-replied")])
    return m, N, "de", "insurer-to-broker", "trap: out-of-office reply quoting a broker firm's question about commission statement date"


def m024():
    body = """Hallo Herr Dreessen,

anbei die Deckungszusage für die außergerichtliche Vertretung und die erste Instanz (Kündigungsschutzklage). Die Mandantin hat uns den Verlauf unten weitergeleitet.

RS-Schaden-Nr. RS-2024-019442, Vertrag RS 77-201187 (Privat-, Berufs- und Verkehrs-RS)

Mit freundlichen Grüßen
Nadine Krückeberg
Rechtsschutz
""" + ol("Svenja Klattenhoff <svenja.klattenhoff@webpost.example>", "Freitag, 1. November 2024 07:55",
         "rechtsschutz@lindenhof-versicherung.example", "WG: Kündigung – bitte Deckung für Anwalt") + """
Guten Morgen,

ich habe am 28.10. die ordentliche Kündigung von meinem Arbeitgeber (Elbtal Spedition GmbH) bekommen, angeblich betriebsbedingt. Ich bin dort seit 2016 als Disponentin, zuletzt 3.850 € brutto im Monat. Ich möchte klagen und habe schon mit Herrn RA Dreessen gesprochen, seine Mail hänge ich unten an.

Svenja Klattenhoff
""" + ol("RA Jan Dreessen <j.dreessen@kanzlei-dreessen.example>", "Donnerstag, 31. Oktober 2024 16:30",
         "Svenja Klattenhoff", "Ihre Kündigung") + """
Sehr geehrte Frau Klattenhoff,

wie besprochen muss die Klage binnen drei Wochen ab Zugang erhoben werden, also bis 18.11.2024. Bitte holen Sie eine Deckungszusage Ihrer Rechtsschutzversicherung ein.

Mit freundlichen Grüßen
Dreessen, Rechtsanwalt
"""
    m = build(24, "Krückeberg, Nadine <nadine.krueckeberg@lindenhof-versicherung.example>",
              "RA Jan Dreessen <j.dreessen@kanzlei-dreessen.example>",
              "Deckungszusage RS-2024-019442 Klattenhoff ./. Elbtal Spedition", body + "\n" + DISCL_DE,
              "Mon, 04 Nov 2024 10:10:10 +0100")
    return m, C, "de", "insurer-to-lawyer", "Legal expenses: employee dismissal, salary figure, contract and claim number"


def m025():
    body = """Hi Mark,

please see below and the attached claim form. Cause of death is in the certificate, which I've also attached as PDF. Let me know if you need the employer's confirmation of salary for the multiple.

Best regards
Piotr

From: Nowakowski, Piotr
Sent: Friday, November 1, 2024 2:10 PM
To: Hoffmann Logistik HR <personal@hoffmann-logistik.example>
Subject: RE: Death of employee – group life GL 12-0040

Dear Ms Schaper,

our sincere condolences. We have registered the claim for Mr Dariusz Wróbel under the group life scheme GL 12-0040. Please send us the death certificate and the details of the beneficiaries.

Kind regards, P. Nowakowski

From: Schaper, Britta <personal@hoffmann-logistik.example>
Sent: Thursday, October 31, 2024 9:40 AM
Subject: Death of employee – group life GL 12-0040

Dear Sir or Madam,

we are sad to inform you that our warehouse employee Mr Dariusz Wróbel (born 22/06/1971, staff no. 4471) died on 26 October. His widow, Mrs Ewa Wróbel, is the beneficiary. Annual salary EUR 41,600.

Britta Schaper, HR, Hoffmann Logistik GmbH
"""
    cert = pdf(["Todesbescheinigung (Auszug / Abschrift für Versicherungszwecke)", "Name: Dariusz Wróbel, geb. 22.06.1971",
                "Sterbedatum: 26.10.2024, Sterbeort: Klinikum Region Hannover, Siloah",
                "Todesursache: Akuter Myokardinfarkt (I21.0) bei koronarer Dreigefäßerkrankung",
                "Art des Todes: natürlich", "Ausgestellt: Dr. med. K. Hübner"], "Todesbescheinigung")
    m = build(25, "Nowakowski, Piotr <piotr.nowakowski@lindenhof-versicherung.example>",
              "Mark Delaney <mark.delaney@meridian-re.example>",
              "FW: Death of employee – group life GL 12-0040", body + "\n" + DISCL_EN,
              "Mon, 04 Nov 2024 15:55:00 +0100",
              atts=[("death_certificate_Wrobel.pdf", "application/pdf", cert)])
    return m, S, "en", "insurer-to-reinsurer", "Group life death claim: named employee, birth date, salary; cause of death (I21.0) in attached certificate"


def m026():
    body = """Hi Claire,

as promised on the call – the BU incidence split by ICD chapter for the treaty years 2021–2023 is attached. Small cells (< 5 claims) are merged into "other". No individual data in there.

Best
Hanna

-----Original Message-----
From: Claire Whitfield <claire.whitfield@meridian-re.example>
Sent: Tuesday, October 29, 2024 4:12 PM
To: Kördel, Hanna
Subject: DI experience study – cause split?

Hanna, for the renewal pricing we'd like to see new DI claims by cause (ICD chapter), ideally with exposure. Mental & behavioural is what our underwriters keep asking about.
Thanks, Claire
"""
    x = xlsx([["ICD-10 Kapitel", "Bezeichnung", "Neue Leistungsfälle 2021", "2022", "2023", "Anteil 2023"],
              ["V (F00-F99)", "Psychische und Verhaltensstörungen", 118, 131, 149, "37,2 %"],
              ["XIII (M00-M99)", "Muskel-Skelett-System", 71, 69, 74, "18,5 %"],
              ["II (C00-D48)", "Neubildungen", 52, 55, 58, "14,5 %"],
              ["IX (I00-I99)", "Kreislaufsystem", 27, 31, 29, "7,2 %"],
              ["VI (G00-G99)", "Nervensystem", 22, 24, 30, "7,5 %"],
              ["XIX (S00-T98)", "Verletzungen", 19, 17, 21, "5,2 %"],
              ["übrige", "zusammengefasst (Zellen < 5)", 33, 38, 40, "10,0 %"],
              ["Summe", "", 342, 365, 401, "100 %"],
              ["Bestand (Risikojahre)", "", 181200, 184950, 189300, ""]], "BU Inzidenz")
    m = build(26, "Kördel, Hanna <hanna.koerdel@lindenhof-versicherung.example>",
              "Claire Whitfield <claire.whitfield@meridian-re.example>",
              "RE: DI experience study – cause split?", body + "\n" + DISCL_EN,
              "Mon, 04 Nov 2024 14:02:00 +0100",
              atts=[("BU_Inzidenz_ICD_Kapitel_2021-2023.xlsx", MT_XLSX, x)])
    return m, N, "en", "insurer-to-reinsurer", "trap: BU incidence by ICD chapter, aggregated with small cells merged"


def m027():
    body = """Hi Graham,

the German police report you forwarded is fine, we don't need a translation. Summary for you in English: your client's employee Mr Tom Aldridge was driving the pool car (BMW 320d, reg. H-KA 5502, fleet policy FL 70-004903 of Kestrel Analytics GmbH) when a delivery van pulled out of a side street in Langenhagen on 24 Oct. Liability is clearly with the van driver; we will recover from their insurer. No injuries according to the report.

Our claim no.: KS-2024-119950.

Regards
Felix Ambrosius

> -----Original Message-----
> From: Graham Pennock
> Sent: 30 October 2024 10:05
> Subject: FW: Unfallbericht Polizei Langenhagen
>
> Felix, see the report from the police below, it's all in German, sorry.
>
> > Polizeiinspektion Garbsen, Polizeikommissariat Langenhagen
> > Vorgangsnummer 2024-0412877
> > Verkehrsunfall am 24.10.2024, 08:10 Uhr, Walsroder Str. / Am Pferdemarkt
> > Beteiligter 1: Aldridge, Tom, Fahrzeug BMW 3er, amtl. Kennzeichen H-KA 5502, Halter Kestrel Analytics GmbH
> > Beteiligter 2: Kurierfahrzeug Mercedes Sprinter, amtl. Kennzeichen H-XP 9031
> > Hergang: B2 missachtete die Vorfahrt von B1. Sachschaden ca. 8.000 EUR. Keine Verletzten.
"""
    m = build(27, "Ambrosius, Felix <felix.ambrosius@lindenhof-versicherung.example>",
              "Graham Pennock <g.pennock@ashcombe-benefits.example>",
              "RE: FW: Unfallbericht Polizei Langenhagen", body + "\n" + DISCL_EN,
              "Mon, 04 Nov 2024 11:45:22 +0100")
    return m, C, "mixed", "insurer-to-broker", "Fleet motor claim: named employee driver, plates, police file; no injuries; EN summary of DE report"


def m028():
    hkp = pdf(["Heil- und Kostenplan Teil 2 (Privatleistungen)", "Zahnarztpraxis Dr. Nils Gerwing, Lister Meile 12, Hannover",
               "Patientin: Anja Bredemeier, geb. 17.09.1975", "Befund: 16 k (Karies profunda), 36 ww (Wurzelbehandlung insuff.), 46 f",
               "Geplant: 36 Implantat (GOZ 9010), 46 Implantat (GOZ 9010), Knochenaufbau Regio 46 (GOZ 9100)",
               "Suprakonstruktion: 2 vollkeramische Kronen (GOZ 2200)", "Honorar voraussichtlich 6.912,40 EUR",
               "Material-/Laborkosten ca. 1.840,00 EUR", "Gesamt ca. 8.752,40 EUR"], "HKP Bredemeier")
    fw = inner(28, 1, "Anja Bredemeier <anja.bredemeier@mailfix.example>", "zahn@lindenhof-versicherung.example",
               "HKP Implantate – bitte Zusage", """Hallo,

im Anhang der Heil- und Kostenplan von meinem Zahnarzt. Wie viel übernehmen Sie davon? Versicherungsnr. ZV 6623018 (ZahnPlus 90).

Danke, A. Bredemeier""", "Fri, 01 Nov 2024 12:33:00 +0100",
               atts=[("HKP_Gerwing.pdf", "application/pdf", hkp)])
    body = """Hi Yasemin,

siehe unten, bitte prüfen. Ist noch in der Wartezeit? Vertragsbeginn war 01.03.2023 meine ich.

LG Jana
"""
    m = build(28, "Vieregge, Jana <jana.vieregge@lindenhof-versicherung.example>",
              "Aydın, Yasemin <yasemin.aydin@lindenhof-versicherung.example>",
              "WG: HKP Implantate – bitte Zusage", body, "Mon, 04 Nov 2024 09:55:13 +0100",
              atts=[("HKP Implantate – bitte Zusage.eml", None, fw)])
    return m, S, "de", "customer", "Body 'siehe unten, bitte prüfen'; forwarded customer mail with dental treatment plan PDF (findings, implants)"


def m029():
    body = """Moin,

Ursache gefunden: das Mapping-Table ICD_KAPITEL im Leistungssystem (LEIKA) hatte nach dem Import der ICD-10-GM 2024 keinen Eintrag für Kapitel V, weil der Schlüssel "F00-F99" mit einem geschützten Leerzeichen geliefert wurde. Fix ist auf TEST eingespielt, PROD am Donnerstag im Wartungsfenster.

Gruß
Marek
""" + TICKET_DE + """

---------- Verlauf ----------
[31.10.2024 13:20] Katrin Oberländer (Leistung KV):
Bei Diagnosen aus dem F-Kapitel zeigt die Maske "Kapitel unbekannt" an, die Plausi-Regel für Psychotherapie-Kontingente greift dadurch nicht. Betrifft alle Sachbearbeiter in Team 1 und 3. Bitte prüfen.
[31.10.2024 13:45] Servicedesk: Ticket an IT Anwendungsbetrieb LEIKA übergeben.
"""
    m = build(29, "LINDA Servicedesk <servicedesk@lindenhof-versicherung.example>",
              "Oberländer, Katrin <katrin.oberlaender@lindenhof-versicherung.example>",
              "[LHV-SD #2024-118102] Diagnoseschlüssel F-Kapitel fehlen im Leistungssystem", body,
              "Mon, 04 Nov 2024 10:30:00 +0100")
    return m, N, "de", "internal", "trap: IT ticket about ICD F-chapter mapping and psychotherapy rule, no patient"


def m030():
    body = """Sehr geehrte Damen und Herren,

bezugnehmend auf die unten stehende Korrespondenz bitten wir um Bestätigung des Schadenfreiheitsrabatts für die Übernahme durch unser Haus.

Vorversicherer-Vertrag: 44 118 230 7
Versicherungsnehmer: Herr Jannik Sievers, geb. 08.04.1996
Fahrzeug: Skoda Octavia, Kennzeichen PE-JS 96
Neuer Vertrag bei uns: KF 22-130882-1 ab 01.11.2024

Mit freundlichen Grüßen
Lindenhof Allgemeine Versicherung AG
Team Kfz-Antrag
Stefanie Wollny
""" + ol("Jannik Sievers <jannik.sievers@webpost.example>", "Mittwoch, 30. Oktober 2024 18:20",
         "kfz@lindenhof-versicherung.example", "Wechsel Kfz-Versicherung") + """
Hi, ich wechsel zu Ihnen, meine alte Versicherung ist die Weserland Direkt, Vertragsnummer steht oben. Ich bin seit 2019 unfallfrei, also SF 5 glaube ich. Geht das mit dem Übertrag?
Gruß Jannik
"""
    m = build(30, "Wollny, Stefanie <stefanie.wollny@lindenhof-versicherung.example>",
              "SF-Auskunft Weserland Direkt <sf-auskunft@weserland-direkt.example>",
              "Anfrage SF-Klasse / Vorversicherung Sievers", body + "\n" + DISCL_DE,
              "Mon, 04 Nov 2024 13:11:19 +0100")
    return m, C, "de", "insurer-to-partner", "No-claims transfer request to previous insurer: name, birth date, plate, contract numbers"


def m031():
    body = """Dear Ms Kowalczyk,

thank you for your patience. I have reviewed the complaint you forwarded together with our previous correspondence (below). We are sorry for the delay.

After re-checking the invoice from the Vinzenzkrankenhaus, we will pay the remaining amount for the single room (EUR 1,680.00) as your tariff KS-Comfort includes it from the first day. The chief physician fees (GOÄ invoice of Dr. Sander, EUR 2,941.17) had already been reimbursed in full on 10 October.

Kind regards
Marco Lüdtke
Complaints Management
Lindenhof Krankenversicherung a.G.

On 30 Oct 2024 Magdalena Kowalczyk <m.kowalczyk@mailbox.example> wrote:
> This is my third email. I was in hospital from 12 to 20 September for my
> gallbladder surgery (laparoscopic cholecystectomy, plus the complication with the
> bile duct that kept me there 3 extra days). You paid the doctor but not the room.
> I will complain to the ombudsman if this is not solved this week.
> Magdalena Kowalczyk, policy KV 5120447-01
>
> On 15 Oct 2024 Lindenhof Leistung KV wrote:
>> Dear Ms Kowalczyk, the single-room supplement was not reimbursed because the
>> hospital did not itemise the days. Please send an itemised invoice.
"""
    m = build(31, "Lüdtke, Marco <marco.luedtke@lindenhof-versicherung.example>",
              "Magdalena Kowalczyk <m.kowalczyk@mailbox.example>",
              "Re: Complaint – hospital invoice not paid (KV 5120447-01)", body + "\n" + DISCL_EN,
              "Mon, 04 Nov 2024 16:20:55 +0100")
    return m, S, "en", "insurer-to-customer", "Complaint reply; gallbladder surgery and complication, hospital and physician invoices"


def m032():
    body = """Hi Tobias,

agree with the proposal below. Please make sure the manual text stays generic – no case examples from our portfolio in the appendix.

Thanks
Claire

-----Original Message-----
From: Reinecke, Tobias
Sent: Wednesday, October 30, 2024 11:18 AM
To: Claire Whitfield
Subject: HIV testing thresholds – underwriting manual update

Dear Claire,

as discussed at the UW committee we would like to raise the sum-at-risk limit above which an HIV test is requested for term life from EUR 500,000 to EUR 750,000, in line with the market. Applicants known to be HIV-positive on ART with undetectable viral load would be rated according to your manual section 7.4 instead of declined.

Could you confirm this is in line with the treaty's underwriting guidelines?

Best regards, Tobias
"""
    m = build(32, "Reinecke, Tobias <tobias.reinecke@lindenhof-versicherung.example>",
              "Risikoprüfung Leben <risikopruefung-leben@lindenhof-versicherung.example>",
              "FW: HIV testing thresholds – underwriting manual update", body,
              "Mon, 04 Nov 2024 08:40:00 +0100")
    return m, N, "en", "internal", "trap: HIV test limits in underwriting manual, no applicant"


def m033():
    liste = """Pos;Gegenstand;Hersteller/Modell;Kaufdatum;Kaufpreis EUR;Beleg vorhanden
1;Notebook;Lenovo ThinkPad X1 Carbon Gen 11;03/2023;1899,00;ja
2;Spielkonsole;Sony PS5 Digital;12/2022;449,99;ja
3;Armbanduhr;Junghans Max Bill Automatic;06/2018;1150,00;nein (Foto)
4;Goldkette 585;Erbstück;;ca. 800,00;nein
5;Bargeld;;;320,00;-
6;Kamera;Fujifilm X-T30 II + 2 Objektive;08/2021;1640,00;ja
"""
    body = """Hallo Herr Bode,

wie am Telefon besprochen schicke ich Ihnen den Vorgang zur Schätzung. Stehlgutliste des VN im Anhang, Polizeiliche Anzeige liegt vor.

Schaden-Nr. HR-2024-044871, Hausrat HR 33-0650119
VN: Herr Mirko Janßen, Schaufelder Str. 22, 30167 Hannover (EG rechts)
Einbruch am 27.10.2024 zwischen 14 und 19 Uhr, Terrassentür aufgehebelt

Gruß
Anke Rehbein
""" + ol("Mirko Janßen <mirko.janssen@freemail.example>", "Montag, 28. Oktober 2024 22:40",
         "schaden@lindenhof-versicherung.example", "Einbruch – Liste") + """
Guten Abend, anbei die Liste der gestohlenen Sachen. Anzeige bei der PI Hannover-Nord unter Tagebuchnummer 1522/24/311. Der Schlüsseldienst hat die Tür provisorisch gesichert, Rechnung kommt.
M. Janßen
"""
    m = build(33, "Rehbein, Anke <anke.rehbein@lindenhof-versicherung.example>",
              "Regulierungsbüro Bode <bode@regulierung-bode.example>",
              "WG: Einbruch – Liste / HR-2024-044871", body + "\n" + DISCL_DE, "Tue, 29 Oct 2024 09:20:00 +0100",
              atts=[("Stehlgutliste_Janssen.csv", "text/csv;windows-1252", liste)])
    return m, C, "de", "insurer-to-assessor", "Burglary claim: named policyholder, address, police file, stolen-items CSV"


def m034():
    x = xlsx([["Personal-Nr.", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Brutto/Monat", "Entgeltumwandlung/Monat", "Vertrag DV"],
              [1021, "Kaminski", "Olga", "14.03.1979", "01.04.2012", 3420, 150, "LV-D 40-118201"],
              [1088, "Stöver", "Henrik", "02.11.1990", "15.08.2017", 4105, 248, "LV-D 40-118202"],
              [1102, "Yilmaz", "Derya", "27.06.1985", "01.01.2019", 2980, 100, "LV-D 40-118203"],
              [1140, "Ohlendorf", "Bastian", "19.01.1998", "01.09.2022", 3150, 75, "neu ab 01.01.2025"],
              [1145, "Rieck", "Marlene", "08.08.1972", "01.02.2023", 5210, 302, "neu ab 01.01.2025"]], "bAV 2025")
    body = """Hallo Frau Szymański,

anbei die Meldeliste unseres Kunden Weidemann Präzisionsteile GmbH für die Direktversicherung (Gruppenvertrag GV 40-1182), wie besprochen. Zwei Neuzugänge zum 01.01.2025, die übrigen mit geänderten Umwandlungsbeträgen. Die Mail der Personalabteilung hänge ich unten dran.

Schöne Grüße
Bernd Brandes
Finanzkontor Brandes & Partner

Von: Lohnbüro Weidemann <lohn@weidemann-praezision.example>
Gesendet: Freitag, 1. November 2024 10:12
An: Bernd Brandes
Betreff: bAV Änderungen 2025

Hallo Herr Brandes, anbei die Liste. Bitte an die Lindenhof weitergeben. Gruß, C. Meiners
"""
    top = """Hallo Lena,

anbei wie besprochen. Bitte die zwei Neuzugänge anlegen und die Änderungen zum 01.01. buchen.

Gruß Melanie

"""
    m = build(34, "Szymański, Melanie <melanie.szymanski@lindenhof-versicherung.example>",
              "Pfisterer, Lena <lena.pfisterer@lindenhof-versicherung.example>",
              "WG: bAV Änderungen 2025 – Weidemann GV 40-1182", top + "-----Ursprüngliche Nachricht-----\nVon: Bernd Brandes <b.brandes@finanzkontor-brandes.example>\nGesendet: Montag, 4. November 2024 08:01\nBetreff: bAV Änderungen 2025 – Weidemann GV 40-1182\n\n" + body,
              "Mon, 04 Nov 2024 10:34:50 +0100",
              atts=[("Weidemann_bAV_2025.xlsx", MT_XLSX, x)])
    return m, S, "de", "company", "bAV direct-insurance list (life) in XLSX: names, birth dates, salaries; body 'anbei wie besprochen'"


def m035():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindenhof//Outlook Export//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:d75-0035-lfk-q4@lindenhof-versicherung.example
DTSTAMP:20241104T090000Z
DTSTART;TZID=Europe/Berlin:20241121T140000
DTEND;TZID=Europe/Berlin:20241121T160000
SUMMARY:Leistungsfallkonferenz BU – Q4
LOCATION:Raum A 3.14 / Teams
DESCRIPTION:Agenda: 1. Entwicklung Neuzugänge Q3\\n2. Fälle gem. Liste im Teams-Kanal (keine Daten in der Einladung)\\n3. Laufzeiten Nachprüfung\\n4. Verschiedenes
ORGANIZER;CN=Reinecke\\, Tobias:mailto:tobias.reinecke@lindenhof-versicherung.example
ATTENDEE;CN=Dr. Aalbers\\, Friederike:mailto:friederike.aalbers@lindenhof-versicherung.example
ATTENDEE;CN=Leistung BU:mailto:leistung-bu@lindenhof-versicherung.example
END:VEVENT
END:VCALENDAR
"""
    body = """Hallo zusammen,

neue Einladung, der alte Termin am 14.11. entfällt (Frau Dr. Aalbers ist da auf der DGVM-Tagung). Die Fallliste stelle ich wie immer in den Teams-Kanal, bitte NICHT per Mail herumschicken.

Tobias

> Von: Dr. Aalbers, Friederike
> Gesendet: Freitag, 1. November 2024 12:04
> Betreff: AW: Leistungsfallkonferenz BU – Q4
> Geht bei mir nur am 21.11. nachmittags. FA
"""
    m = build(35, "Reinecke, Tobias <tobias.reinecke@lindenhof-versicherung.example>",
              "Leistung BU <leistung-bu@lindenhof-versicherung.example>",
              "Verschoben: Leistungsfallkonferenz BU – Q4", body, "Mon, 04 Nov 2024 10:00:00 +0100",
              cc="Dr. Aalbers, Friederike <friederike.aalbers@lindenhof-versicherung.example>",
              atts=[("invite.ics", "text/calendar", ics)])
    return m, N, "de", "internal", "trap: BU case conference invitation (ICS) without any case or name"


def m036():
    body = """Dear Ms Rahimi,

thank you for the notification, which we acknowledge as a circumstance notification under the D&O policy DO 90-00217 (policyholder Nordlicht Solar Systems AG, period 01.04.2024–31.03.2025). Please see our comments in the thread below; we have appointed Kanzlei Dreessen as monitoring counsel.

Kind regards
Claudia Hesse
Financial Lines Claims
Lindenhof Allgemeine Versicherung AG
""" + om("Rahimi, Leyla <leyla.rahimi@nordlicht-solar.example>", "Wednesday, 30 October 2024 17:45",
         "financial-lines@lindenhof-versicherung.example", "Notification – potential claim against former CFO") + """
Dear Sir or Madam,

as General Counsel of Nordlicht Solar Systems AG I hereby notify a circumstance. The supervisory board is examining claims against our former CFO, Mr Frederik Asmussen (left the company 30.06.2024), for breach of duty in connection with the FX hedging losses of approx. EUR 4.2m in 2023. A letter of claim has not yet been sent. Mr Asmussen's counsel has asked whether D&O cover exists.

Leyla Rahimi
General Counsel
"""
    m = build(36, "Hesse, Claudia <claudia.hesse@lindenhof-versicherung.example>",
              "Rahimi, Leyla <leyla.rahimi@nordlicht-solar.example>",
              "RE: Notification – potential claim against former CFO (DO 90-00217)", body + "\n" + DISCL_EN,
              "Mon, 04 Nov 2024 14:14:14 +0100")
    return m, C, "en", "insurer-to-company", "D&O circumstance: named former CFO, alleged breach of duty, policy number"


def m037():
    body = """Sehr geehrter Herr Tönnies,

als gerichtlich bestellter Betreuer von Herrn Wilhelm Ostermeyer erhalten Sie anbei unsere Entscheidung; die Begründung aus dem Gutachten finden Sie in der Korrespondenz unten. Eine schriftliche Ausfertigung geht Ihnen per Post zu.

Mit freundlichen Grüßen
Heike Mönkemeyer
Pflegepflichtversicherung
Lindenhof Krankenversicherung a.G.
""" + ol("Mönkemeyer, Heike", "Donnerstag, 31. Oktober 2024 15:12", "Pflegeberatung <pflegeberatung@lindenhof-versicherung.example>",
         "AW: PPV 3301822 Ostermeyer – Gutachten MEDICPROOF") + """
Hallo Frau Rüdiger,

danke. Ich übernehme das Ergebnis so.

Gruß Heike
""" + ol("Rüdiger, Anja (Pflegeberatung)", "Donnerstag, 31. Oktober 2024 11:40", "Mönkemeyer, Heike",
         "PPV 3301822 Ostermeyer – Gutachten MEDICPROOF") + """
Zusammenfassung Gutachten vom 24.10.2024 (Hausbesuch im Pflegeheim Haus Ilmenau):
- Diagnosen: Alzheimer-Demenz mit spätem Beginn (G30.1), Z.n. Schenkelhalsfraktur links 2023, Harninkontinenz
- Modul 2 (kognitive Fähigkeiten) 15 Punkte, Modul 3 (Verhalten) nächtliche Unruhe, Weglauftendenz
- Gesamtpunktwert 72,5 → Pflegegrad 4
- Empfehlung: Hilfsmittel Rollator, Pflegebett vorhanden
"""
    m = build(37, "Mönkemeyer, Heike <heike.moenkemeyer@lindenhof-versicherung.example>",
              "Betreuungsbüro Tönnies <toennies@betreuung-toennies.example>",
              "Ihr Betreuter Wilhelm Ostermeyer – PPV 3301822", body + "\n" + DISCL_DE,
              "Mon, 04 Nov 2024 09:09:09 +0100")
    return m, S, "de", "insurer-to-lawyer", "To court-appointed guardian; two Outlook blocks down: dementia diagnosis and care level 4"


def m038():
    body = """Hi Tom, hi Ute,

final round, I promise. Below the German text with Ute's legal changes and Tom's English version for the investor newsletter. Please OK by Wednesday noon, release is Thursday 09:00.

Nele
Unternehmenskommunikation

---------- Forwarded message ---------
From: Brüggemann, Ute
Date: Fri, 1 Nov 2024 at 16:02
Subject: AW: PM ZahnPlus – Rechtsprüfung

Hallo Nele, "bis zu 100 % ohne Wartezeit" geht so nicht, bitte "bis zu 90 % für Zahnersatz, Zahnbehandlung ohne Wartezeit". Sonst ok. Ute

---------- Forwarded message ---------
From: Kerkhoff, Nele
Date: Thu, 31 Oct 2024
Subject: PM ZahnPlus – Rechtsprüfung

PRESSEMITTEILUNG – Hannover, 07.11.2024
Lindenhof startet neuen Zahnzusatztarif ZahnPlus
Die Lindenhof Krankenversicherung a.G. erweitert ihr Angebot: Ab Januar erstattet ZahnPlus bis zu 90 % für Zahnersatz wie Implantate, Kronen und Brücken, Zahnbehandlung und professionelle Zahnreinigung ohne Wartezeit. Kieferorthopädie für Kinder bis 18 Jahre ist enthalten. Der Einstiegsbeitrag liegt bei 14,90 Euro im Monat für 30-Jährige.

PRESS RELEASE (EN draft, Tom): Lindenhof launches new dental top-up plan ZahnPlus – up to 90% for dentures, implants, crowns and bridges; no waiting period for treatment and cleaning; orthodontics for children up to 18 included.
"""
    m = build(38, "Kerkhoff, Nele <nele.kerkhoff@lindenhof-versicherung.example>",
              "Tom Ashby <tom.ashby@lindenhof-versicherung.example>",
              "Fwd: AW: PM ZahnPlus – Rechtsprüfung (final?)", body, "Mon, 04 Nov 2024 11:11:11 +0100",
              cc="Brüggemann, Ute <ute.brueggemann@lindenhof-versicherung.example>")
    return m, N, "mixed", "internal", "trap: press release for a dental tariff, implants/orthodontics, no person"


def m039():
    body = """Sehr geehrte Frau Kuhlmann,

vielen Dank, wir haben Ihre neue Bankverbindung für Ihre Kfz-Versicherung KF 22-098113-4 übernommen. Der nächste Beitrag (Vierteljahresbeitrag 187,44 EUR) wird am 01.01.2025 vom neuen Konto eingezogen. Das SEPA-Lastschriftmandat mit der Mandatsreferenz LHV-KF22098113 finden Sie im Anhang unserer Post.

Mit freundlichen Grüßen
Ihr Lindenhof Kundenservice
Sabine Tietjen

-----Ursprüngliche Nachricht-----
Von: Greta Kuhlmann <greta.kuhlmann@webpost.example>
Gesendet: Samstag, 2. November 2024 10:04
An: service@lindenhof-versicherung.example
Betreff: neue Bankverbindung

Hallo, bitte ab sofort von diesem Konto abbuchen:
Greta Kuhlmann
DE87 7002 0270 7323 2479 27
Danke!
"""
    m = build(39, "Tietjen, Sabine <sabine.tietjen@lindenhof-versicherung.example>",
              "Greta Kuhlmann <greta.kuhlmann@webpost.example>",
              "AW: neue Bankverbindung", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 10:25:00 +0100")
    return m, C, "de", "insurer-to-customer", "Motor policy: customer's IBAN only in the quoted mail, premium amount"


def m040():
    fw = inner(40, 1, "Dipl.-Psych. Carola Wenninger <praxis@psychotherapie-wenninger.example>",
               "leistung-kv@lindenhof-versicherung.example", "Antrag auf Verlängerung Psychotherapie – Patient J. Tesch",
               """Sehr geehrte Damen und Herren,

für meinen Patienten Herrn Julian Tesch (geb. 30.11.1988, Versicherten-Nr. KV 6019284-02) beantrage ich die Verlängerung der tiefenpsychologisch fundierten Psychotherapie um weitere 20 Sitzungen.

Diagnose: Posttraumatische Belastungsstörung (F43.1) nach Verkehrsunfall 01/2024, komorbid mittelgradige depressive Episode (F32.1).
Bisher 25 Sitzungen. Deutliche Besserung der Intrusionen, anhaltendes Vermeidungsverhalten beim Autofahren, Arbeitsfähigkeit seit 09/2024 wieder hergestellt.

Bericht an den Gutachter liegt im verschlossenen Umschlag bei.

Mit freundlichen Grüßen
C. Wenninger, Psychologische Psychotherapeutin""", "Mon, 28 Oct 2024 18:12:00 +0100")
    body = """Dear Dr Lambert,

as agreed in our consulting contract, we'd ask for your opinion on the attached extension request (German, forwarded as received). Please send your recommendation via the secure portal, not by e-mail.

Kind regards
Katrin Oberländer
Health Claims
"""
    m = build(40, "Oberländer, Katrin <katrin.oberlaender@lindenhof-versicherung.example>",
              "Dr. Eleanor Lambert <e.lambert@clinical-review.example>",
              "Second opinion request – psychotherapy extension", body + "\n" + DISCL_EN,
              "Mon, 04 Nov 2024 13:50:00 +0100",
              atts=[("Antrag Verlaengerung Psychotherapie.eml", None, fw)])
    return m, S, "mixed", "insurer-to-doctor", "English cover note; forwarded message/rfc822 with PTSD/depression diagnoses of a named insured"


def m041():
    body = """Liebe Frau Dr. Lammers,

Entwarnung zu der Meldung vom Freitag – Ergebnis der Prüfung unten. Ich würde den Vorgang als "keine Datenschutzverletzung" im Register dokumentieren, sind Sie einverstanden?

Viele Grüße
Annika Brösel
Datenschutzkoordination
""" + ol("Kühnapfel, Sven", "Freitag, 1. November 2024 17:30", "Brösel, Annika",
         "AW: Datenpanne?! Mail an falschen Verteiler") + """
Hallo Frau Brösel,

habe mir die Mail im Exchange-Tracking angesehen. Sie ging an den Verteiler "leistung-alle" statt "leistung-kv3", also nur intern (412 Empfänger, alle @lindenhof-versicherung.example). Inhalt: das leere Formular "Erstattungsantrag Heilpraktiker" als PDF, ohne ausgefüllte Daten. Keine externen Empfänger, keine personenbezogenen Daten.

Gruß
Sven
""" + ol("Brösel, Annika", "Freitag, 1. November 2024 14:02", "Servicedesk", "Datenpanne?! Mail an falschen Verteiler") + """
Hallo Servicedesk, eine Kollegin meldet, dass eine Mail mit Anhang an einen falschen großen Verteiler ging. Könnt ihr bitte prüfen, wer Empfänger war und was drin war? Eilt wegen 72-Stunden-Frist.
"""
    m = build(41, "Brösel, Annika <annika.broesel@lindenhof-versicherung.example>",
              "Dr. Lammers, Henrike <henrike.lammers@lindenhof-versicherung.example>",
              "WG: AW: Datenpanne?! Mail an falschen Verteiler", body, "Mon, 04 Nov 2024 08:15:00 +0100")
    return m, N, "de", "internal", "trap: suspected data breach turns out to be a blank form sent internally"


def m042():
    body = """Dear Mr Haddad,

please find below the survey summary. On this basis we accept the claim in principle under the open cargo cover OC 55-0771 and will settle once the commercial invoice and the carrier's damage report are received.

Kind regards
Jörg Brammer
Marine Cargo Claims
""" + om("Haddad, Karim <k.haddad@levant-trading.example>", "Tuesday, 29 October 2024 08:22",
         "cargo-claims@lindenhof-versicherung.example", "Claim – container MSKU 771204-3, water damage") + """
Hello,

container MSKU 771204-3 (Hamburg → Hannover, arrived 25 Oct) was delivered with water ingress. 14 of 40 pallets of packaged electronics (Bluetooth speakers) are wet. Invoice value of the damaged part EUR 38,400. Please appoint a surveyor. Contact on site: our warehouse manager Mr Steffen Grau, +49 511 000 3380.

Karim Haddad
Managing Director, Levant Trading GmbH
""" + """
Survey summary (Havariekommissar Lorenzen, 31 Oct): seal intact, roof panel corroded with pinhole near door end, condensation excluded. Damage consistent with rain ingress during transit. Salvage offer for wet goods: EUR 2,100.
"""
    m = build(42, "Brammer, Jörg <joerg.brammer@lindenhof-versicherung.example>",
              "Haddad, Karim <k.haddad@levant-trading.example>",
              "RE: Claim – container MSKU 771204-3, water damage (OC 55-0771)", body + "\n" + DISCL_EN,
              "Mon, 04 Nov 2024 12:12:12 +0100")
    return m, C, "en", "insurer-to-company", "Cargo claim of a company with named contacts, policy number and amounts"


def m043():
    body = """Sehr geehrter Herr Rechtsanwalt Dreessen,

in der Regresssache übersenden wir Ihnen den Verlauf mit den Unterlagen aus der Ermittlungsakte, die uns die Staatsanwaltschaft zur Verfügung gestellt hat. Wir beabsichtigen, gegenüber unserem VN wegen der Obliegenheitsverletzung (Trunkenheit) bis zur Höchstgrenze von 5.000 EUR Regress zu nehmen.

Mit freundlichen Grüßen
Rainer Gosch
Regress Kfz
""" + ol("Ambrosius, Felix", "Mittwoch, 30. Oktober 2024 10:20", "Gosch, Rainer",
         "KH-Schaden KS-2024-088120 Lührs – Akteneinsicht") + """
Hallo Rainer,

Akteneinsicht ist da. Kurzfassung: Unser VN Herr Pascal Lührs (geb. 19.09.1993) ist am 17.08.2024 gegen 02:30 Uhr in Burgdorf mit dem versicherten Audi A4 (H-PL 1993) auf ein geparktes Fahrzeug aufgefahren. Blutprobe 1,64 Promille. Strafbefehl des AG Burgdorf vom 10.10.2024 wegen fahrlässiger Trunkenheit im Verkehr (§ 316 StGB) rechtskräftig: 40 Tagessätze zu 55 EUR, Entziehung der Fahrerlaubnis, Sperrfrist 9 Monate.

Fremdschaden bisher 11.380 EUR bezahlt.

Felix
"""
    m = build(43, "Gosch, Rainer <rainer.gosch@lindenhof-versicherung.example>",
              "RA Jan Dreessen <j.dreessen@kanzlei-dreessen.example>",
              "Regress Lührs – KS-2024-088120", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 15:30:00 +0100")
    return m, S, "de", "insurer-to-lawyer", "Quoted internal mail: named policyholder's criminal conviction for drunk driving, blood alcohol"


def m044():
    body = """Thank you for contacting Lindenhof.

Your request has been received and logged under ticket number LHV-2024-551208. We usually reply within two working days.

Your message:
> Hello, I recently moved to Hannover for work and I'm looking for information on your
> dental top-up insurance (ZahnPlus) and whether it is available in English. Could you
> send me a brochure and the premium table? Thanks, Rosa
""" + TICKET_EN
    m = build(44, "Lindenhof Service <noreply-service@lindenhof-versicherung.example>",
              "Rosa Almeida <rosa.almeida@mailbox.example>",
              "[LHV-2024-551208] We have received your request", body,
              "Mon, 04 Nov 2024 19:02:14 +0100", headers=[("Auto-Submitted", "auto-replied")])
    return m, N, "en", "insurer-to-customer", "trap: ticket auto-reply quoting a prospect's brochure request, no contract or health data"


def m045():
    body = """Sehr geehrte Frau Wendt,

wir haben den Schaden Ihres Hundes aus der Tierhalterhaftpflicht unseres VN reguliert. Den Betrag der Tierarztrechnung (Tierklinik Hannover-Misburg, 612,38 EUR) überweisen wir auf Ihr Konto. Eine weitere Behandlung bitte vorab mit uns abstimmen.

Mit freundlichen Grüßen
Rainer Gosch
Schaden Haftpflicht
Schaden-Nr. TH-2024-006733

> Am 29.10.2024 um 19:10 schrieb Petra Wendt <petra.wendt@freemail.example>:
> Hallo Herr Gosch, anbei die Rechnung der Tierklinik. Unsere Hündin Lotte (Beagle, 6 J.)
> hatte eine Bisswunde am Hals, musste genäht werden, Antibiotikum und Schmerzmittel für 10 Tage.
> Der Hund von Herrn Kalinowski (Ihr Versicherungsnehmer) hat sie am 20.10. an der Leine
> im Eilenriede-Wald gebissen. Meine IBAN: DE26 2505 0180 4901 0453 01.
> Petra Wendt, Hägewiesen 88, 30657 Hannover
"""
    m = build(45, "Gosch, Rainer <rainer.gosch@lindenhof-versicherung.example>",
              "Petra Wendt <petra.wendt@freemail.example>",
              "AW: Hundebiss Lotte – Tierarztrechnung", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 11:05:00 +0100")
    return m, C, "de", "insurer-to-customer", "Pet-liability claim: animal health only, named third party with IBAN and address, named policyholder"


def m046():
    body = """Vielen Dank für Ihre Nachricht an die Lindenhof Krankenversicherung.

Ihre Nachricht wurde unter der Vorgangsnummer LHV-2024-551377 erfasst und an die zuständige Fachabteilung weitergeleitet. Bitte haben Sie Verständnis, dass die Bearbeitung derzeit bis zu 10 Arbeitstage dauern kann.

Ihre Nachricht:
> Guten Tag,
> anbei meine Apothekenquittungen für Oktober. Ozempic 1 mg (4 Pens), Metformin 1000 mg,
> Jardiance 10 mg und die Teststreifen Accu-Chek. Die Quittung für die Insulinpumpe
> kommt separat. Bitte auf mein Konto wie immer. Versicherungsnummer KV 3388190-01.
> Mit freundlichen Grüßen
> Günter Wesemann
""" + TICKET_DE
    m = build(46, "Lindenhof Kundenservice <noreply-service@lindenhof-versicherung.example>",
              "Günter Wesemann <g.wesemann@webpost.example>",
              "[LHV-2024-551377] Eingangsbestätigung: Apothekenquittungen Oktober", body,
              "Mon, 04 Nov 2024 07:40:12 +0100", headers=[("Auto-Submitted", "auto-replied")])
    return m, S, "de", "insurer-to-customer", "Ticket auto-reply echoes the customer's diabetes medication list and policy number"


def m047():
    body = """Hallo zusammen,

Testfall 14 ist jetzt grün. Die Daten bleiben fiktiv, bitte keine echten Bestandsdaten in die TEST-Umgebung kopieren (siehe DSB-Freigabe vom 12.09.).

Ergebnisse Regressionstest LEIKA Release 24.4 (Auszug):

TF-12  Max Mustermann (fiktiv), KV 9999001-01, Arztrechnung GOÄ 1,3/ 2,3, Erstattung 80 % → OK
TF-13  Erika Musterfrau (fiktiv), Zahn, HKP 2.000 EUR → OK
TF-14  Testperson "Hans Test", Erstattung auf Test-IBAN DE89 1002 0890 0216 3529 80 (Konto der Lindenhof-Testbank, kein Kundenkonto) → OK nach Fix
TF-15  Sammelerstattung 200 Belege → läuft

Gruß
Sven

-----Ursprüngliche Nachricht-----
Von: Vieregge, Jana
Gesendet: Freitag, 1. November 2024 09:03
Betreff: AW: UAT LEIKA 24.4

TF-14 bricht ab mit "IBAN ungültig", obwohl Prüfziffer stimmt. Bitte prüfen. Jana
"""
    m = build(47, "Kühnapfel, Sven <sven.kuehnapfel@lindenhof-versicherung.example>",
              "UAT LEIKA <uat-leika@lindenhof-versicherung.example>",
              "AW: AW: UAT LEIKA 24.4 – Testfälle Erstattung", body, "Mon, 04 Nov 2024 16:00:00 +0100")
    return m, N, "de", "internal", "trap: UAT with fictitious Max Mustermann cases and a test-bank IBAN"


def m048():
    body = """Hi Mr Lindqvist,

thanks, that's all we need. Your e-bike is now included in your household policy as of 01.11.2024 (bicycle extension, sum insured EUR 4,200). The updated schedule is attached to the letter we're posting to you.

Best regards
Lena Pfisterer

> On Thu, 31 Oct 2024 Erik Lindqvist <erik.lindqvist@mailbox.example> wrote:
> Hi, as requested: frame number WAW3821947, Riese & Müller Charger4, bought 09/2024
> for 4,199 EUR. My date of birth is 04 July 1981, I think that was missing in the
> application. Policy HR 33-1102558. Address still Ferdinand-Wallbrecht-Str. 17, Hannover.
> Erik
"""
    m = build(48, "Pfisterer, Lena <lena.pfisterer@lindenhof-versicherung.example>",
              "Erik Lindqvist <erik.lindqvist@mailbox.example>",
              "Re: E-bike cover – missing details", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 09:40:00 +0100")
    return m, C, "en", "insurer-to-customer", "Household/bike cover: birth date, frame number, address, policy number in quote"


def m049():
    body = """Dear Joanne,

thanks for sending the fit note. Please see our case manager's note below; we'll be in touch with Mr Bauer directly about the rehab plan.

Kind regards
Piotr Nowakowski
Group Income Protection

From: Case Management GIP <gip-case@lindenhof-versicherung.example>
Sent: Friday, November 1, 2024 12:20 PM
To: Nowakowski, Piotr
Subject: GIP-2024-0088 Bauer – status

Piotr, short update for the employer: Mr Lukas Bauer is still unfit for work; current fit note until 30 Nov. Treatment: he's in a day-clinic programme for burnout/exhaustion (Z73.0, plus moderate depressive episode), graded return planned from December, 50 % hours for 6 weeks. Benefit continues at 75 % of salary after the 13-week deferred period.

From: Farrington, Joanne <joanne.farrington@kestrel-analytics.example>
Sent: Thursday, October 31, 2024 9:05 AM
Subject: GIP – Lukas Bauer – new fit note

Hi, attached the new "Arbeitsunfähigkeitsbescheinigung" for Lukas. Can you let me know when we can expect him back? Thanks, Joanne
"""
    m = build(49, "Nowakowski, Piotr <piotr.nowakowski@lindenhof-versicherung.example>",
              "Farrington, Joanne <joanne.farrington@kestrel-analytics.example>",
              "RE: GIP – Lukas Bauer – new fit note", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 11:30:00 +0100")
    return m, S, "en", "insurer-to-company", "Group income protection: employee's burnout/depression and return plan sent to employer HR"


def m050():
    body = """Hallo Team,

falls jemand Interesse hat – noch 3 Plätze frei. Anmeldung bis 15.11. über mich.

Jens

-----Ursprüngliche Nachricht-----
Von: Lindenhof Akademie <akademie@lindenhof-versicherung.example>
Gesendet: Montag, 28. Oktober 2024 07:30
Betreff: Seminar: Pfändung, Abtretung und Verpfändung von Lebensversicherungen (03.12.2024)

Inhalte:
- Pfändungs- und Überweisungsbeschluss: Prüfung, Drittschuldnererklärung nach § 840 ZPO
- Pfändungsschutz bei Altersvorsorgeverträgen (§ 851c ZPO)
- Abtretung zur Kreditsicherung, Anzeige an den Versicherer
- Insolvenz des VN: Wahlrecht des Insolvenzverwalters, Bezugsrecht
- Praxisfälle (anonymisiert)

Referent: RA Dr. Matthias Kröger, Fachanwalt für Versicherungsrecht
Ort: Schulungszentrum, Raum S 2, 09:00–16:00 Uhr
"""
    m = build(50, "Hartwig, Jens <jens.hartwig@lindenhof-versicherung.example>",
              "Team Bestand Leben <bestand-leben@lindenhof-versicherung.example>",
              "WG: Seminar: Pfändung, Abtretung und Verpfändung von Lebensversicherungen (03.12.2024)", body,
              "Mon, 04 Nov 2024 08:22:00 +0100")
    return m, N, "de", "internal", "trap: seminar on garnishment of life policies, anonymised cases only"


def m051():
    body = """Sehr geehrte Damen und Herren,

als Grundpfandgläubigerin informieren wir Sie gemäß § 94 VVG über den Schaden am Beleihungsobjekt. Details im Verlauf unten.

Darlehensnehmer / VN: Eheleute Torsten und Birgit Meyerhoff
Objekt: Einfamilienhaus Zur Aue 5, 31535 Neustadt am Rübenberge
Ihr Darlehenskonto: 7003 118 442
Unser Vertrag: Wohngebäude inkl. Elementar VG 21-0051277, Schaden-Nr. WG-2024-034912

Mit freundlichen Grüßen
Anke Rehbein
Schaden Sach
""" + ol("Torsten Meyerhoff <t.meyerhoff@webpost.example>", "Sonntag, 13. Oktober 2024 09:12",
         "schaden@lindenhof-versicherung.example", "Hochwasser Keller + Heizung") + """
Hallo, nach dem Starkregen am Freitag stand bei uns das Wasser 60 cm im Keller, die Ölheizung ist hinüber, Estrich im Hauswirtschaftsraum auch. Feuerwehr hat abgepumpt. Was müssen wir jetzt machen? Wir haben ja Elementar mitversichert.
Torsten Meyerhoff
"""
    m = build(51, "Rehbein, Anke <anke.rehbein@lindenhof-versicherung.example>",
              "Baufinanzierung Leine-Sparkasse <baufi@leine-sparkasse.example>",
              "Schadenanzeige Beleihungsobjekt Zur Aue 5 / WG-2024-034912", body + "\n" + DISCL_DE,
              "Mon, 04 Nov 2024 13:00:00 +0100")
    return m, C, "de", "insurer-to-partner", "Flood damage notice to mortgage bank: named couple, address, loan account, policy"


def m052():
    body = """Hallo Herr Hallerstede,

zu Ihrer Nachfrage unten: Für Ihren Kunden können wir die Risikolebensversicherung nur mit Raucherbeitrag und einem Zuschlag von 50 % anbieten. Begründung: BMI 34,6 und die angegebene Behandlung wegen Vorhofflimmern 2022 (Ablation), Kontrollbefund unauffällig. Sollte Herr Quast den Nichtraucherstatus seit 12 Monaten belegen (Cotinin-Test), prüfen wir neu.

Gruß
Tobias Reinecke
Risikoprüfung Leben
""" + ol("Hallerstede, Timo <t.hallerstede@hallerstede-makler.example>", "Freitag, 1. November 2024 11:20",
         "risikopruefung-leben@lindenhof-versicherung.example", "RLV Quast – warum so teuer?") + """
Moin, mein Kunde Dennis Quast (Antrag RLV 250.000 €, Laufzeit 20 J., Absicherung Baufinanzierung) fragt, warum das Angebot so viel teurer ist als online gerechnet. Er hat doch aufgehört zu rauchen, seit Frühjahr. Können Sie das erklären? Danke, T. Hallerstede
"""
    m = build(52, "Reinecke, Tobias <tobias.reinecke@lindenhof-versicherung.example>",
              "Hallerstede, Timo <t.hallerstede@hallerstede-makler.example>",
              "AW: RLV Quast – warum so teuer?", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 14:45:00 +0100")
    return m, S, "de", "insurer-to-broker", "Term-life underwriting decision to broker: BMI, atrial fibrillation ablation, smoker status"


def m053():
    body = """Hi Mark,

see below, Q3 numbers from our side. All aggregated, no individual claims. The spike in weeks 31–33 coincides with the heat wave; no pandemic signal.

Hanna

-----Original Message-----
From: Kördel, Hanna
Sent: Thursday, October 31, 2024 10:00 AM
To: Aktuariat Leben
Subject: Übersterblichkeit Q3 – Zahlen für Meridian

Hallo, bitte kurz die Q3-Auswertung (tatsächliche vs. erwartete Todesfälle, DAV 2008 T) für den Quotenvertrag. Danke!

-----Original Message-----
From: Aktuariat Leben
Sent: Thursday, October 31, 2024 3:40 PM

Q3 2024, Quotenvertrag Risiko-LV (Bestand 212.400 Verträge):
Erwartete Todesfälle 318, tatsächliche 341, A/E 107,2 % (Q3 2023: 103,9 %)
Davon Männer A/E 109 %, Frauen A/E 104 %
Altersgruppen 60+ am stärksten (A/E 113 %), unter 40 unauffällig.
"""
    m = build(53, "Kördel, Hanna <hanna.koerdel@lindenhof-versicherung.example>",
              "Mark Delaney <mark.delaney@meridian-re.example>",
              "FW: Übersterblichkeit Q3 – Zahlen für Meridian", body + "\n" + DISCL_EN,
              "Mon, 04 Nov 2024 10:45:00 +0100")
    return m, N, "mixed", "insurer-to-reinsurer", "trap: excess mortality A/E ratios, portfolio aggregates only"


def m054():
    body = """Hi Mr Aguilar,

good news – we'll cover the laptop under your household policy's outside-the-home extension ("Außenversicherung"). Please see my colleague's comment below (in German, sorry, I've summarised it): we pay the replacement value of EUR 1,350 minus the excess of EUR 150, so EUR 1,200 to your account at the Deutsche Bank.

Best regards
Lena Pfisterer

-----Ursprüngliche Nachricht-----
Von: Rehbein, Anke
Gesendet: Freitag, 1. November 2024 15:00
An: Pfisterer, Lena
Betreff: AW: HR 33-1044702 Aguilar – Laptop im Zug gestohlen

Lena, Diebstahl aus dem abgestellten Rucksack im ICE 577 am 22.10., Anzeige Bundespolizei liegt vor (Az. BPOLI H 3341/24). Außenversicherung greift, Wiederbeschaffungswert 1.350 € laut Angebot. Konto: DE74 3006 0601 8704 8525 46. Kannst Du ihm antworten? Er schreibt nur Englisch.

-----Original Message-----
From: Mateo Aguilar <mateo.aguilar@mailbox.example>
Sent: Tuesday, October 22, 2024 21:30
Subject: Laptop stolen on the train

Hello, my laptop (MacBook Air M2) was stolen from my backpack on the ICE from Hannover to Frankfurt today. I reported it to the federal police. Is it covered by my household insurance HR 33-1044702? My address is Königsworther Str. 9, 30167 Hannover.
Mateo
"""
    m = build(54, "Pfisterer, Lena <lena.pfisterer@lindenhof-versicherung.example>",
              "Mateo Aguilar <mateo.aguilar@mailbox.example>",
              "RE: Laptop stolen on the train", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 12:05:00 +0100")
    return m, C, "mixed", "insurer-to-customer", "Household theft claim: IBAN and police file in quoted German internal note, address"


def m055():
    body = """Hallo Herr Kowalski,

anbei die Stellungnahme unserer Rechtsabteilung zur Subsidiarität, siehe unten. Wir bitten Sie, zunächst den gewerkschaftlichen Rechtsschutz in Anspruch zu nehmen; für die Differenz (Kosten der zweiten Instanz) geben wir Deckung.

Mit freundlichen Grüßen
Nadine Krückeberg
Rechtsschutz
""" + ol("Recht Produkte", "Donnerstag, 31. Oktober 2024 12:00", "Krückeberg, Nadine",
         "AW: RS 77-188301 Kowalski – Gewerkschaftsrechtsschutz vorrangig?") + """
Hallo Nadine,

ja: Nach § 3 Abs. 5 ARB ist unsere Leistung subsidiär, soweit ein anderer Leistungsträger eintritt. Herr Kowalski ist nach eigener Angabe seit 2011 Mitglied der IG Metall (Mitgliedsnummer 0417723), die für die erste Instanz vor dem Arbeitsgericht Rechtsschutz gewährt. Das Kostenrisiko der Berufung übernehmen wir.

Gruß Ute
""" + ol("Andrzej Kowalski <a.kowalski@freemail.example>", "Montag, 28. Oktober 2024 20:15",
         "rechtsschutz@lindenhof-versicherung.example", "Abmahnung Arbeitgeber") + """
Guten Tag, ich bin bei der IG Metall, aber die wollen erst in 4 Wochen einen Termin geben. Kann ich direkt über Sie einen Anwalt nehmen? Es geht um eine Abmahnung wegen angeblicher Arbeitsverweigerung.
A. Kowalski
"""
    m = build(55, "Krückeberg, Nadine <nadine.krueckeberg@lindenhof-versicherung.example>",
              "Andrzej Kowalski <a.kowalski@freemail.example>",
              "AW: Abmahnung Arbeitgeber – RS 77-188301", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 09:55:00 +0100")
    return m, S, "de", "insurer-to-customer", "Legal expenses thread reveals trade-union membership (IG Metall) with member number"


def m056():
    body = """Hallo Herr Brandes,

ja, das ist korrekt – die alte Verbindung bei der Nordbank läuft zum Jahresende aus. Bitte für alle Direktinkasso-Zahlungen Ihrer Kunden ab sofort nur noch unser Beitragskonto verwenden:

Kontoinhaber: Lindenhof Allgemeine Versicherung AG
IBAN: DE40 5001 0517 6004 5740 82
BIC: INGDDEFFXXX
Verwendungszweck: immer die Versicherungsscheinnummer

Viele Grüße
Tim Kasten
Inkasso / Zahlungsverkehr

-----Ursprüngliche Nachricht-----
Von: Bernd Brandes <b.brandes@finanzkontor-brandes.example>
Gesendet: Freitag, 1. November 2024 13:44
Betreff: Nachtrag – Bankverbindung Lindenhof für Prämien

Hallo Herr Kasten, im Maklerrundschreiben 11/2024 steht eine neue Bankverbindung für Beiträge. Stimmt das? Wir hatten letztes Jahr eine Phishing-Mail mit angeblich neuer Kontonummer einer Versicherung, deshalb frage ich lieber nach.
Gruß B. Brandes
"""
    m = build(56, "Kasten, Tim <tim.kasten@lindenhof-versicherung.example>",
              "Bernd Brandes <b.brandes@finanzkontor-brandes.example>",
              "AW: Nachtrag – Bankverbindung Lindenhof für Prämien", body + "\n" + DISCL_DE,
              "Mon, 04 Nov 2024 09:12:00 +0100")
    return m, N, "de", "insurer-to-broker", "trap: valid IBAN is the insurer's own company premium account"


def m057():
    body = """Hi Oliver,

thanks – stored for the commission run on 15 Nov. Please find my colleague's confirmation below.

Regards
Melanie Szymański
Broker Relations

-----Original Message-----
From: Provisionsabrechnung <provision@lindenhof-versicherung.example>
Sent: Friday, November 1, 2024 4:10 PM
To: Szymański, Melanie
Subject: RE: new bank details – Oliver Strand (VM-Nr. 40288)

Done: VM-Nr. 40288, Oliver Strand, Einzelunternehmen, commission account changed to GB45 NWBK 6016 1327 3430 87 (NatWest, he keeps his UK account), Steuernummer 25/140/01872 recorded, Kleinunternehmer: nein.

-----Original Message-----
From: Oliver Strand <oliver@strand-insurance-broking.example>
Sent: Thursday, October 31, 2024 11:02 AM
Subject: new bank details

Hello Melanie, as I'm a sole trader I'd like my commission paid to my personal UK account from now on. Details: Oliver Strand, IBAN GB45NWBK60161327343087. My German tax number is 25/140/01872 (Finanzamt Hannover-Nord). Cheers, Oliver
"""
    m = build(57, "Szymański, Melanie <melanie.szymanski@lindenhof-versicherung.example>",
              "Oliver Strand <oliver@strand-insurance-broking.example>",
              "RE: new bank details", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 08:30:00 +0100")
    return m, C, "en", "insurer-to-broker", "Sole-trader broker's personal IBAN and tax number in quoted chain"


def m058():
    body = """Dear Dr Suksawat, dear AssistGlobal team,

thank you for the update. We confirm the repatriation by air ambulance on 07 Nov as proposed below and extend our guarantee of payment to the Bangkok hospital to THB 1,450,000. Please send the fit-to-fly report before departure.

Kind regards
Katrin Oberländer
Health Claims – Travel / International
""" + om("AssistGlobal Case Management <cases@assistglobal.example>", "Sunday, 3 November 2024 06:12",
         "notruf@lindenhof-versicherung.example", "AGM-24-77120 Mr Uwe Hildebrandt – medical update day 5") + """
Dear Lindenhof team,

medical update from the treating cardiologist, Bangkok Central Heart Hospital:
Patient Mr Uwe Hildebrandt, 67 y, policy RK 51-240113 (annual travel plan).
Admitted 29 Oct with STEMI (anterior wall), primary PCI with 2 drug-eluting stents to LAD. EF 40 %. Post-interventional course stable, mobilised, on dual antiplatelet therapy (ASA + ticagrelor), bisoprolol, atorvastatin 80 mg.
Our medical director recommends repatriation on stretcher with medical escort, earliest 07 Nov. Wife travels with him.

Estimated hospital bill to date THB 1,180,000.

Kind regards,
Dr Nattaya Suksawat, Medical Coordinator
""" + om("Oberländer, Katrin", "Wednesday, 30 October 2024 08:40", "cases@assistglobal.example",
         "RE: AGM-24-77120 – guarantee of payment") + """
Guarantee of payment issued up to THB 800,000. Please keep us updated daily.
"""
    m = build(58, "Oberländer, Katrin <katrin.oberlaender@lindenhof-versicherung.example>",
              "AssistGlobal Case Management <cases@assistglobal.example>",
              "RE: AGM-24-77120 Mr Uwe Hildebrandt – medical update day 5", body + "\n" + DISCL_EN,
              "Mon, 04 Nov 2024 07:55:00 +0100")
    return m, S, "en", "insurer-to-partner", "Repatriation after heart attack abroad: STEMI, stents, medication of named insured"


def m059():
    body = """Hi both,

short answer to your question below: for pricing the new term product we'd stay on DAV 2008 T with our own company selection factors (2019–2023 experience). The new tables from the DAV working group are not published yet; once they are, we'll run a comparison. I've attached nothing – all figures are in the pricing note on SharePoint.

Jonas
Aktuariat Leben

> From: Gerdes, Malte
> Sent: Tuesday, October 29, 2024 3:22 PM
> Subject: Mortality table DAV 2008 T vs. new
>
> Jonas, Vertrieb asks whether we'll switch tables for 2025 and whether smokers vs.
> non-smokers will be split further (e.g. "preferred plus"). Any view?
> Malte
"""
    m = build(59, "Behrends, Jonas <jonas.behrends@lindenhof-versicherung.example>",
              "Gerdes, Malte <malte.gerdes@lindenhof-versicherung.example>",
              "Re: Mortality table DAV 2008 T vs. new", body, "Mon, 04 Nov 2024 10:20:00 +0100",
              cc="Vertrieb Leben <vertrieb-leben@lindenhof-versicherung.example>")
    return m, N, "en", "internal", "trap: mortality tables and smoker pricing, no person"


def m060():
    body = """Hallo Frau Pieper,

die Polizei hat den Verursacher leider nicht ermittelt, das Verfahren ist eingestellt (siehe Schreiben unten). Wir regulieren daher über Ihre Vollkasko; Ihr Schadenfreiheitsrabatt wird zurückgestuft (SF 12 → SF 8), alternativ können Sie den Schaden innerhalb von 6 Monaten selbst zurückkaufen.

Reparaturkosten laut Gutachten: 2.964,11 EUR, abzgl. SB 500 EUR.

Mit freundlichen Grüßen
Felix Ambrosius
Kfz-Schaden · Schaden-Nr. KS-2024-101876 · KF 22-077450-2

-----Ursprüngliche Nachricht-----
Von: Polizeikommissariat Hannover-Mitte (über Kundin weitergeleitet)
Betreff: Einstellungsmitteilung Az. 1544/24/231

Sehr geehrte Frau Pieper,
das Ermittlungsverfahren wegen unerlaubten Entfernens vom Unfallort zum Nachteil Ihres Pkw (Kia Ceed, H-CP 771) auf dem Parkplatz Ernst-August-Galerie am 09.09.2024 wurde eingestellt, da ein Täter nicht ermittelt werden konnte.

-----Ursprüngliche Nachricht-----
Von: Christina Pieper <christina.pieper@mailfix.example>
Gesendet: Donnerstag, 31. Oktober 2024 08:12
Betreff: WG: Einstellungsmitteilung

Hallo, die Polizei hat das eingestellt. Was jetzt?
"""
    m = build(60, "Ambrosius, Felix <felix.ambrosius@lindenhof-versicherung.example>",
              "Christina Pieper <christina.pieper@mailfix.example>",
              "AW: WG: Einstellungsmitteilung", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 14:00:00 +0100")
    return m, C, "de", "insurer-to-customer", "Hit-and-run parking damage: named customer, plate, no-claims class; she is the victim, no injury"


def m061():
    body = """Hallo Jana,

kannst du das bitte übernehmen? Der Kunde hat schon zweimal angerufen.

Danke, Katrin

-----Ursprüngliche Nachricht-----
Von: Frank Gerlach <frank.gerlach@webpost.example>
Gesendet: Freitag, 1. November 2024 10:20
An: leistung-kv@lindenhof-versicherung.example
Betreff: AW: AW: Krankentagegeld – Folgebescheinigung

Hallo Frau Oberländer,

hier die Folgebescheinigung von meinem Orthopäden, AU verlängert bis 29.11.2024. Die Reha in Bad Pyrmont ist für Januar beantragt. Das Tagegeld ab dem 43. Tag (Tarif KT 43, 120 € pro Tag) ist für Oktober noch nicht gekommen.

Frank Gerlach
KV 2207731-01

> -----Ursprüngliche Nachricht-----
> Von: Oberländer, Katrin
> Gesendet: Mittwoch, 16. Oktober 2024 14:02
> Betreff: AW: Krankentagegeld – Folgebescheinigung
>
> Sehr geehrter Herr Gerlach, für die Zahlung ab 01.10. benötigen wir eine
> Folgebescheinigung mit Diagnose.
>
>> Von: Frank Gerlach
>> Gesendet: Montag, 14. Oktober 2024
>> Ich bin seit dem 19.08. krankgeschrieben wegen der Schulter
>> (Rotatorenmanschettenruptur rechts, M75.1), am 02.09. operiert. Als Dachdecker
>> kann ich noch lange nicht arbeiten.
"""
    m = build(61, "Oberländer, Katrin <katrin.oberlaender@lindenhof-versicherung.example>",
              "Vieregge, Jana <jana.vieregge@lindenhof-versicherung.example>",
              "WG: AW: AW: Krankentagegeld – Folgebescheinigung", body, "Mon, 04 Nov 2024 08:50:00 +0100")
    return m, S, "de", "customer", "Daily sickness allowance: sick leave, shoulder tear M75.1 and surgery in third-level quote"


def m062():
    body = """Hallo zusammen,

kurze Info: Jörg fällt diese und nächste Woche aus. Vertretung für Marine Cargo übernimmt Claudia, für Transport/Logistik bitte an mich. Die Termine mit den Havariekommissaren am Donnerstag sind verschoben.

Danke euch!
Gudrun

> Von: Hesse, Claudia
> Gesendet: Montag, 4. November 2024 07:48
> Betreff: Vertretung Jörg?
>
> Moin Gudrun, weißt du, wer Jörgs Postfach macht? Da liegen 14 Mails ungelesen.
> LG Claudia
"""
    m = build(62, "Lampe, Gudrun <gudrun.lampe@lindenhof-versicherung.example>",
              "Team Transport <team-transport@lindenhof-versicherung.example>",
              "AW: Vertretung Jörg?", body, "Mon, 04 Nov 2024 08:10:00 +0100")
    return m, N, "de", "internal", "trap: colleague absent without reason, deputy arrangement"


def m063():
    body = """Sehr geehrter Herr Möhle,

vielen Dank für Ihre Nachfrage. Wir bestätigen, dass für Ihre Mieterin eine Mietkautionsbürgschaft bei uns besteht. Die Bürgschaftsurkunde ist Ihnen am 18.10. zugegangen (siehe Verlauf).

Bürgschaftsnummer: MKB 14-009387
Mieterin: Frau Sophie Albrecht
Mietobjekt: Wöhlerstraße 12, 2. OG links, 30163 Hannover
Bürgschaftssumme: 2.370,00 EUR (drei Nettokaltmieten à 790 EUR)

Mit freundlichen Grüßen
Lena Pfisterer
""" + ol("Hausverwaltung Möhle <verwaltung@hv-moehle.example>", "Mittwoch, 30. Oktober 2024 12:10",
         "service@lindenhof-versicherung.example", "Kautionsbürgschaft Albrecht – gültig?") + """
Guten Tag, unsere neue Mieterin hat eine Bürgschaft von Ihnen vorgelegt. Bitte bestätigen Sie die Gültigkeit.
Mit freundlichen Grüßen, Hausverwaltung Möhle
"""
    m = build(63, "Pfisterer, Lena <lena.pfisterer@lindenhof-versicherung.example>",
              "Hausverwaltung Möhle <verwaltung@hv-moehle.example>",
              "AW: Kautionsbürgschaft Albrecht – gültig?", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 11:40:00 +0100")
    return m, C, "de", "insurer-to-partner", "Rent deposit guarantee confirmed to landlord: tenant name, flat, rent"


def m064():
    body = """Hallo Herr Steinkamp,

die Unterlagen aus Innsbruck sind vollständig, danke. Wir zahlen aus der Kinder-Unfallversicherung Ihrer Tochter das vereinbarte Krankenhaustagegeld für 6 Tage und die Bergungskosten (Hubschrauber) voll. Die englische Zusammenfassung der Klinik hänge ich zu Ihren Unterlagen.

Mit freundlichen Grüßen
Nadine Krückeberg
Leistung Unfall
UV 88-113408 · Schaden-Nr. UF-2024-002211

----- Weitergeleitete Nachricht -----
Von: Dirk Steinkamp <dirk.steinkamp@webpost.example>
Datum: 30.10.2024 21:02
Betreff: Fwd: Discharge summary Emma Steinkamp

Anbei der Entlassbrief, leider auf Englisch.

----- Forwarded message -----
From: Universitätsklinik Innsbruck, Paediatric Trauma <unfall-kinder@klinik-innsbruck.example>
Subject: Discharge summary Emma Steinkamp

Patient: Emma Steinkamp, DOB 2014-02-19
Admission: 21 Oct 2024 (ski accident, Stubai glacier, helicopter transfer)
Diagnosis: Tibial shaft fracture left (S82.2), closed reduction and elastic stable intramedullary nailing (ESIN) on 21 Oct.
Discharged 27 Oct with wheelchair and crutches, no weight bearing for 6 weeks, follow-up X-ray in 4 weeks, metal removal in 6–9 months.
"""
    m = build(64, "Krückeberg, Nadine <nadine.krueckeberg@lindenhof-versicherung.example>",
              "Dirk Steinkamp <dirk.steinkamp@webpost.example>",
              "AW: Fwd: Discharge summary Emma Steinkamp", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 10:35:00 +0100")
    return m, S, "mixed", "insurer-to-customer", "Child accident insurance; English discharge summary with fracture and surgery quoted under German reply"


def m065():
    body = """Hi Sven,

fix deployed: the SPF record now includes the new relay, and DKIM signing is active for securemail.lindenhof-versicherung.example. Test mails to the three big freemail providers land in the inbox again. Closing.

Daniel

-----Original Message-----
From: LINDA Servicedesk
Sent: Friday, November 1, 2024 9:30 AM
Subject: [LHV-SD #2024-118511] OTP mails for SecureMail portal end up in spam

Several customers report that the notification "Your one-time password for the Lindenhof SecureMail portal" lands in their spam folder. Sample header attached by the hotline (no customer content, only the standard notification text):

  Subject: Ihr Einmal-Passwort für das Lindenhof SecureMail-Portal
  "Sie haben eine neue sichere Nachricht. Ihr Einmal-Passwort erhalten Sie per SMS. Bitte melden Sie sich unter https://securemail.lindenhof-versicherung.example an."
"""
    m = build(65, "O'Rourke, Daniel <daniel.orourke@lindenhof-versicherung.example>",
              "Kühnapfel, Sven <sven.kuehnapfel@lindenhof-versicherung.example>",
              "RE: [LHV-SD #2024-118511] OTP mails for SecureMail portal end up in spam", body,
              "Mon, 04 Nov 2024 13:20:00 +0100")
    return m, N, "en", "internal", "trap: ticket about one-time-password notification mails, standard text only"


def m066():
    body = """Dear Mr Hargreaves,

thank you for the survey report. We confirm the renewal of your yacht policy YA 66-000512 for "Blue Heron" (Hallberg-Rassy 37, hull no. HR37-1184) from 01.12.2024 at an agreed value of EUR 189,000. Winter lay-up at Yachthafen Steinhude is noted.

Kind regards
Jörg Brammer
Marine / Yacht

> On 30 Oct 2024, Philip Hargreaves <p.hargreaves@mailbox.example> wrote:
> Dear Mr Brammer,
> please find attached the condition survey (Sachverständiger Behn, 12 Oct). The boat will be
> lifted out on 15 Nov and stored in hall 3. I'm now living at Am Weißen Berge 4, 31515 Wunstorf,
> please update the address. Premium by direct debit as before.
> Philip Hargreaves
"""
    m = build(66, "Brammer, Jörg <joerg.brammer@lindenhof-versicherung.example>",
              "Philip Hargreaves <p.hargreaves@mailbox.example>",
              "Re: Yacht renewal – Blue Heron", body + "\n" + DISCL_EN, "Fri, 01 Nov 2024 16:40:00 +0100")
    return m, C, "en", "insurer-to-customer", "Private yacht policy: named owner, new home address, policy and value"


def m067():
    body = """Hallo Lena,

bitte übernehmen – eilt, die Familie möchte die Überführung diese Woche. Ich habe schon telefoniert, Sterbeurkunde kommt per Post.

Danke!
Tanja

-----Ursprüngliche Nachricht-----
Von: Emre Yıldız <emre.yildiz@freemail.example>
Gesendet: Samstag, 2. November 2024 14:55
An: leben@lindenhof-versicherung.example
Betreff: Sterbegeldversicherung meines Vaters – Überführung

Sehr geehrte Damen und Herren,

mein Vater, Herr Mehmet Yıldız (geb. 01.03.1948), ist am 31.10.2024 im Krankenhaus Nordstadt nach langer Krankheit (Lungenkrebs) verstorben. Er hatte bei Ihnen die Sterbegeldversicherung SG-0044120 mit Überführungsleistung.

Nach unserem muslimischen Glauben muss er schnell beerdigt werden; die Beisetzung soll in seinem Heimatdorf bei Sivas (Türkei) stattfinden, die rituelle Waschung macht die Moscheegemeinde in Hannover-Linden. Das Bestattungsinstitut Aksoy kümmert sich um den Flug am Mittwoch.

Bitte teilen Sie mir mit, welche Unterlagen Sie brauchen. Bezugsberechtigt bin ich laut Vertrag.

Emre Yıldız
"""
    m = build(67, "Wilke, Tanja <tanja.wilke@lindenhof-versicherung.example>",
              "Pfisterer, Lena <lena.pfisterer@lindenhof-versicherung.example>",
              "WG: Sterbegeldversicherung meines Vaters – Überführung", body, "Mon, 04 Nov 2024 08:01:00 +0100")
    return m, S, "de", "customer", "Funeral/life policy claim: death, cause (lung cancer), religion of the deceased"


def m068():
    body = """Hallo Jonas,

danke, passt. Ich nehme die Tabelle unten so in die Vorstandsvorlage.

Gruß
Malte

> Am 31.10.2024 schrieb Behrends, Jonas:
> Hallo Malte,
> Auswirkungen der Leistungsdynamisierung 2025 (+4,5 %) auf die PPV-Kalkulation, Bestand 31.08.2024:
>
> Pflegegrad | Versicherte | Anteil | Mehrleistung p.a.
> PG 1       | 3.112       | 18 %   | 0,2 Mio. EUR
> PG 2       | 6.840       | 39 %   | 2,9 Mio. EUR
> PG 3       | 4.520       | 26 %   | 3,4 Mio. EUR
> PG 4       | 2.010       | 12 %   | 2,1 Mio. EUR
> PG 5       |   860       |  5 %   | 1,0 Mio. EUR
>
> Beitragsanpassung PPV voraussichtlich +6 bis +8 %. Details im Kalkulationsvermerk.
> Jonas
"""
    m = build(68, "Gerdes, Malte <malte.gerdes@lindenhof-versicherung.example>",
              "Behrends, Jonas <jonas.behrends@lindenhof-versicherung.example>",
              "AW: Pflegegrad-Reform 2025 – Auswirkungen auf PPV-Kalkulation", body,
              "Mon, 04 Nov 2024 09:45:00 +0100")
    return m, N, "de", "internal", "trap: care-level statistics for premium calculation, aggregates only"


def m069():
    body = """Hallo Herr Vosskamp,

die Beitragsberechnung für den Kunden ist fertig, siehe unten. Die Umsatzangaben aus seiner Mail habe ich übernommen; bei über 250 T€ müssten wir in die nächste Beitragsstufe.

Gruß
Stefanie Wollny
Gewerbe Antrag
""" + ol("Malermeister Sascha Dierks <info@maler-dierks.example>", "Dienstag, 29. Oktober 2024 19:30",
         "Vosskamp, Hendrik", "Betriebshaftpflicht – meine Zahlen") + """
Hallo Hendrik,

wie besprochen meine Zahlen für die Betriebshaftpflicht:
Einzelunternehmen Malerbetrieb Sascha Dierks, Lange Str. 3, 31008 Elze
Umsatz 2023: 238.400 € netto, davon Lohnsumme 2 Gesellen 96.000 €
Mein Gewinn lt. Steuerbescheid 2023: 61.200 €
Steuernummer 24/118/09451

Gruß Sascha
"""
    m = build(69, "Wollny, Stefanie <stefanie.wollny@lindenhof-versicherung.example>",
              "Vosskamp, Hendrik <hendrik.vosskamp@lindenhof-versicherung.example>",
              "WG: Betriebshaftpflicht – meine Zahlen", body, "Mon, 04 Nov 2024 15:15:00 +0100")
    return m, C, "de", "company", "Sole trader's turnover, profit and tax number quoted for a liability quote"


def m070():
    body = """Dear Graham,

thanks for the additional information below. I'm afraid that, given the family history, we can only offer the income protection with an exclusion for neurological conditions, or postpone until a predictive test result is available, if your client chooses to take one. We cannot ask for a genetic test (GenDG), so this is entirely his decision.

Kind regards
Tobias Reinecke
Underwriting Life & Disability
""" + om("Graham Pennock <g.pennock@ashcombe-benefits.example>", "Thursday, 31 October 2024 14:05",
         "Reinecke, Tobias", "RE: Application DI – Mr Callum Reid") + """
Tobias, I spoke to Callum again. His mother was diagnosed with Huntington's disease at 52 and his maternal uncle died of it. He has not been tested himself and has no symptoms. He's 34, software engineer, wants EUR 2,500/month.
Graham
"""
    m = build(70, "Reinecke, Tobias <tobias.reinecke@lindenhof-versicherung.example>",
              "Graham Pennock <g.pennock@ashcombe-benefits.example>",
              "RE: Application DI – Mr Callum Reid", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 11:58:00 +0100")
    return m, S, "en", "insurer-to-broker", "Disability underwriting: applicant's family history of Huntington's disease (genetic), exclusion"


def m071():
    body = """Hi Priya,

attached is our countersigned mutual NDA. As discussed, the PoC will use synthetic data only; no production data will be shared under this agreement. If that changes we'll need a DPA (Art. 28 GDPR) first.

Best regards
Daniel O'Rourke
IT Security

-----Original Message-----
From: Priya Raman <priya.raman@ocr-vision.example>
Sent: Tuesday, October 29, 2024 5:10 PM
Subject: Confidentiality agreement – OCR proof of concept

Hi Daniel, please find attached our standard confidentiality agreement for the medical-invoice OCR proof of concept. Clause 4 covers "Confidential Information" incl. any health data, which we understand will not be provided in the PoC. Kind regards, Priya
"""
    nda = pdf(["MUTUAL NON-DISCLOSURE AGREEMENT", "between Lindenhof Versicherungsgruppe, Hannover, and OCR Vision Ltd.",
               "1. Purpose: evaluation of OCR software for invoice processing (proof of concept).",
               "4. Confidential Information means any information disclosed by either party ...",
               "7. Term: 3 years.", "Signed for Lindenhof: ppa. Dr. Kerstin Ahrens, 04.11.2024"], "NDA")
    m = build(71, "O'Rourke, Daniel <daniel.orourke@lindenhof-versicherung.example>",
              "Priya Raman <priya.raman@ocr-vision.example>",
              "RE: Confidentiality agreement – OCR proof of concept", body + "\n" + DISCL_EN,
              "Mon, 04 Nov 2024 17:05:00 +0100", atts=[("NDA_Lindenhof_OCRVision_signed.pdf", "application/pdf", nda)])
    return m, N, "en", "insurer-to-supplier", "trap: NDA mentions health data, PoC with synthetic data only"


def m072():
    body = """Dear Ms Novak,

we have checked the invoice from the rental company: the damage to the rental car (scratched rear bumper, EUR 650 deducted from your credit card as excess) is covered by your rental car excess insurance MR 62-004187. We'll refund EUR 650 to the account you gave us (ending ...5301).

Kind regards
Sabine Tietjen

> On 28 Oct 2024 Irena Novak <irena.novak@mailbox.example> wrote:
> Hello, during our holiday in the Algarve (rental from 12 to 19 Oct, Faro airport) someone
> scratched the car in a car park in Lagos. The rental company charged my excess of 650 EUR.
> Invoice and rental agreement attached. Nobody was hurt, it happened while parked.
> Irena Novak, Podbielskistraße 301, 30655 Hannover
"""
    m = build(72, "Tietjen, Sabine <sabine.tietjen@lindenhof-versicherung.example>",
              "Irena Novak <irena.novak@mailbox.example>",
              "Re: Rental car excess claim – Faro", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 15:45:00 +0100")
    return m, C, "en", "insurer-to-customer", "Rental car excess claim: address, policy, amount; nobody hurt"


def m073():
    body = """Sehr geehrte Frau Vogt,

für Ihre Patientin erteilen wir die Kostenübernahme wie unten angefragt (allgemeine Krankenhausleistungen sowie Wahlleistung Einbettzimmer und ärztliche Wahlleistungen gem. Tarif KS-Comfort). Die Kostenübernahme gilt für den genannten Aufenthalt.

Mit freundlichen Grüßen
Jana Vieregge
Leistung KV – Stationär

> Von: Patientenaufnahme Klinikum Weserbergland <aufnahme@klinikum-weserbergland.example>
> Gesendet: Freitag, 1. November 2024 11:15
> Betreff: Kostenübernahmeantrag Fr. Edith Rasche, geb. 12.12.1956, KV 1180344-01
>
> Sehr geehrte Damen und Herren,
> wir bitten um Kostenübernahme für die stationäre Aufnahme am 11.11.2024 zur
> Implantation einer Knie-Totalendoprothese rechts bei Gonarthrose (M17.1), OPS 5-822.g1,
> voraussichtliche Verweildauer 7 Tage, anschließend AHB geplant.
> Wahlleistungsvereinbarung liegt vor.
> Mit freundlichen Grüßen
> B. Vogt, Patientenverwaltung
"""
    m = build(73, "Vieregge, Jana <jana.vieregge@lindenhof-versicherung.example>",
              "Patientenaufnahme Klinikum Weserbergland <aufnahme@klinikum-weserbergland.example>",
              "AW: Kostenübernahmeantrag Fr. Edith Rasche, geb. 12.12.1956, KV 1180344-01", body + "\n" + DISCL_DE,
              "Mon, 04 Nov 2024 09:20:00 +0100")
    return m, S, "de", "insurer-to-hospital", "Cost approval to hospital: knee replacement, diagnosis, OPS code, birth date"


def m074():
    body = """Vielen Dank für Ihre Nachricht. Ich bin bis 06.11. im Urlaub und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen: kantine@lindenhof-versicherung.example.

Gruß
Holger Wessel

> Vielen Dank für Ihre Nachricht. Ich bin am 04.11. ganztägig in Schulung und lese meine Mails ab Dienstag.
> Birgit Hanke
>
>> -----Ursprüngliche Nachricht-----
>> Von: Wessel, Holger
>> Betreff: Speiseplan KW 46
>> Hallo Birgit, anbei der Speiseplan KW 46. Mittwoch vegetarisch statt Fisch, Freitag Grünkohl.
"""
    m = build(74, "Wessel, Holger <holger.wessel@lindenhof-versicherung.example>",
              "Hanke, Birgit <birgit.hanke@lindenhof-versicherung.example>",
              "Automatische Antwort: Automatische Antwort: Speiseplan KW 46", body,
              "Mon, 04 Nov 2024 07:31:00 +0100", headers=[("Auto-Submitted", "auto-replied")])
    return m, N, "de", "internal", "trap: two out-of-office replies ping-ponging over a canteen menu"


def m075():
    body = """Hi all,

FYI, October dashboard from the claims reporting team below. Comments welcome before the ExCo on Thursday.

Piotr

---------- Forwarded message ---------
From: Claims Reporting <claims-reporting@lindenhof-versicherung.example>
Date: Fri, 1 Nov 2024
Subject: Claims KPI dashboard – October 2024

Health (PKV): 61,204 invoices received, 94.1 % settled within 10 days, complaint ratio 0.21 %
Disability (BU): 108 new claims, average decision time 71 days (target 60)
Motor: 4,912 claims, 18 % via app, average own-damage cost EUR 3,410
Property: 2,377 claims, storm "Kirsten" 612 claims, EUR 4.1m
Open large losses > EUR 500k: 9 (none in health/life)
"""
    m = build(75, "Nowakowski, Piotr <piotr.nowakowski@lindenhof-versicherung.example>",
              "Claims Leadership <claims-leadership@lindenhof-versicherung.example>",
              "Fwd: Claims KPI dashboard – October 2024", body, "Mon, 04 Nov 2024 08:00:00 +0100")
    return m, N, "en", "internal", "trap: claims KPIs for health and disability, aggregates only"


def m076():
    body = """Dear Mx Kaiser,

thank you for your message and for the documents. Please find our answer below; my colleague from the medical service has reviewed the request.

Kind regards
Marco Lüdtke
Health Claims – Special Cases

-----Original Message-----
From: Medizinischer Dienst Lindenhof
Sent: Thursday, October 31, 2024
Subject: KV 7740912-01 Kaiser – Genitalangleichung / gender-affirming surgery

Assessment: diagnosis gender incongruence (ICD-10-GM F64.0) confirmed by two psychiatric/psychotherapeutic reports; 18 months of hormone therapy and real-life experience documented. The planned vaginoplasty at the Klinik für Plastische Chirurgie, Essen, is medically necessary. Cost approval recommended per tariff for inpatient treatment, incl. 1st-class room.

-----Original Message-----
From: Robin Kaiser <robin.kaiser@mailbox.example>
Sent: Monday, October 21, 2024
Subject: Cost approval for surgery

Hi, I'm writing in English because it's easier for me. I'm trans and my surgery is scheduled for 14 January. The expert reports and the hospital's cost estimate (EUR 18,600) are attached. Do you cover it? Robin Kaiser (they/them)
"""
    m = build(76, "Lüdtke, Marco <marco.luedtke@lindenhof-versicherung.example>",
              "Robin Kaiser <robin.kaiser@mailbox.example>",
              "RE: Cost approval for surgery", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 14:30:00 +0100")
    return m, S, "en", "insurer-to-customer", "Gender identity (F64.0) and planned surgery in quoted medical assessment"


def m077():
    body = """Hallo Herr Scholz,

danke für das Angebot. Wir nehmen Variante B (wöchentliche Abholung, Sicherheitsstufe P-4 nach DIN 66399, Vernichtung vor Ort im Fahrzeug, Vernichtungsprotokoll je Behälter). Bitte schicken Sie den AV-Vertrag, unsere Datenschutzabteilung prüft ihn vorab.

Mit freundlichen Grüßen
Jutta Engelke
Facility Management / Einkauf

> Am 30.10.2024 schrieb Aktenwolf Dokumentenvernichtung GmbH:
> Sehr geehrte Frau Engelke,
> gerne bieten wir Ihnen die Vernichtung der Papierbestände aus der Leistungsabteilung
> (Arztrechnungen, Befundberichte, Krankenhausunterlagen – ca. 40 Sicherheitsbehälter 240 l) an:
> A: monatlich, Vernichtung im Werk, 11,90 €/Behälter
> B: wöchentlich, Vernichtung vor Ort, 14,50 €/Behälter
> Mit freundlichen Grüßen, Malte Scholz
"""
    m = build(77, "Engelke, Jutta <jutta.engelke@lindenhof-versicherung.example>",
              "Malte Scholz <m.scholz@aktenwolf.example>",
              "AW: Angebot Aktenvernichtung Leistungsabteilung", body + "\n" + DISCL_DE,
              "Mon, 04 Nov 2024 13:33:00 +0100")
    return m, N, "de", "insurer-to-supplier", "trap: shredding offer for 'Arztrechnungen, Befundberichte', no person"


def m078():
    body = """Sehr geehrte Damen und Herren,

bitte senden Sie uns als Sicherungseigentümerin die Bestätigung der Ablöse; unser Kunde ist mit der Abrechnung auf Totalschadenbasis einverstanden (Verlauf unten).

Schaden-Nr. KS-2024-113320
VN: Herr Kevin Brockmann, Am Lindenhofe 9, 30519 Hannover
Fahrzeug: Seat Leon ST, FIN VSSZZZKLZNR028813, Kennzeichen H-KB 4407
Wiederbeschaffungswert 21.500 EUR, Restwert 6.200 EUR (Höchstgebot Restwertbörse), Auszahlung 15.300 EUR abzgl. SB 300 EUR

Mit freundlichen Grüßen
Felix Ambrosius
Kfz-Schaden
""" + ol("Kevin Brockmann <kevin.brockmann@freemail.example>", "Sonntag, 3. November 2024 12:40",
         "kfz-schaden@lindenhof-versicherung.example", "AW: Totalschaden Leon") + """
Okay, bin einverstanden. Das Auto ist aber noch bei der Bank finanziert (Vertrag 5510-887120), Restschuld ca. 9.800 €. Wie läuft das?
Kevin
"""
    m = build(78, "Ambrosius, Felix <felix.ambrosius@lindenhof-versicherung.example>",
              "Autokredit Service <kfz-sicherheiten@hansa-autobank.example>",
              "Totalschaden KS-2024-113320 Brockmann – Ablösebestätigung", body + "\n" + DISCL_DE,
              "Mon, 04 Nov 2024 10:50:00 +0100")
    return m, C, "de", "insurer-to-partner", "Motor total loss to financing bank: name, address, VIN, loan contract and balance"


def m079():
    body = """Liebe Frau Dr. Aalbers,

unten die Antwort der Hausärztin zu unserer Rückfrage. Votum bitte bis Ende der Woche, der Makler drängelt.

Danke
Tobias

> Am 01.11.2024 um 16:55 schrieb Praxis Dr. Stolzenberg:
> Sehr geehrter Herr Reinecke,
>
> zu Ihrer Rückfrage bzgl. Frau Merle Oltmanns, geb. 22.01.1991:
> Die 2021 dokumentierte depressive Episode (F32.0, leicht) wurde ambulant mit 12 Sitzungen
> Verhaltenstherapie behandelt, keine Medikation, keine AU. Seit 2022 beschwerdefrei.
> Die Migräne ohne Aura (G43.0) tritt ca. 2x/Monat auf, Akutmedikation Sumatriptan 50 mg.
> Mit kollegialen Grüßen
> U. Stolzenberg
>
>> Am 24.10.2024 schrieb Reinecke, Tobias:
>> Sehr geehrte Frau Dr. Stolzenberg, wir bitten um ergänzende Angaben zu den
>> Behandlungen Ihrer Patientin Frau Oltmanns (Schweigepflichtentbindung anbei).
"""
    m = build(79, "Reinecke, Tobias <tobias.reinecke@lindenhof-versicherung.example>",
              "Dr. Aalbers, Friederike <friederike.aalbers@lindenhof-versicherung.example>",
              "WG: Ihre Rückfrage Oltmanns", body, "Mon, 04 Nov 2024 08:35:00 +0100")
    return m, S, "de", "doctor", "Quoted GP reply: applicant's depression episode and migraine with medication"


def m080():
    body = """Hi Katrin,

FYI below – the vendor's release notes for the ICD-10-GM 2025 catalogue. Go-live 01.01.2025, the import in TEST is scheduled for 25 Nov.

Daniel

---------- Forwarded message ---------
From: MedCode Solutions Support <support@medcode-solutions.example>
Date: Wed, 30 Oct 2024
Subject: Release notes catalogue package ICD-10-GM 2025 / OPS 2025

Dear customer,
the 2025 catalogue package is available. Main changes:
- New codes for post-COVID conditions refined (U09.9! unchanged)
- New secondary codes in chapter XXII
- Several OPS codes for robot-assisted surgery (5-987.x) split
- Long COVID and ME/CFS (G93.3) mapping table updated
Download in the customer portal: https://portal.medcode-solutions.example/releases/2025
"""
    m = build(80, "O'Rourke, Daniel <daniel.orourke@lindenhof-versicherung.example>",
              "Oberländer, Katrin <katrin.oberlaender@lindenhof-versicherung.example>",
              "Fwd: Release notes catalogue package ICD-10-GM 2025 / OPS 2025", body,
              "Mon, 04 Nov 2024 12:30:00 +0100")
    return m, N, "en", "internal", "trap: ICD/OPS catalogue release notes with codes, no patient"


def m081():
    body = """Hallo Herr Petersen,

unten der Zwischenbericht der Forensiker (auf Englisch). Kurz: Die Verschlüsselung ging über ein kompromittiertes VPN-Konto; es wurden Kundendaten Ihres Steuerbüros abgegriffen (ca. 1.900 Mandanten). Wir übernehmen die Kosten der Forensik und der Benachrichtigung der Betroffenen aus Ihrer Cyber-Police CY 93-000871. Bitte denken Sie an die 72-Stunden-Meldung an die Landesdatenschutzbehörde – ist die raus?

Mit freundlichen Grüßen
Claudia Hesse
Cyber-Schaden · CY-2024-000341

-----Original Message-----
From: Incident Response Team <ir@hexagon-forensics.example>
Sent: Saturday, November 2, 2024 18:00
To: cyber-claims@lindenhof-versicherung.example
Subject: Interim report – Steuerbüro Jens Petersen (sole practitioner)

Initial access via VPN account "jpetersen" (no MFA), 24 Oct. LockBit-style ransomware, 3 servers encrypted. Exfiltration of approx. 41 GB confirmed, incl. client tax returns and payroll files. Ransom demand USD 180,000 (not paid). Restore from offline backup in progress, ETA 6 Nov.
"""
    m = build(81, "Hesse, Claudia <claudia.hesse@lindenhof-versicherung.example>",
              "Jens Petersen <kanzlei@steuerbuero-petersen.example>",
              "WG: Interim report – Steuerbüro Jens Petersen", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 09:05:00 +0100")
    return m, C, "mixed", "insurer-to-customer", "Cyber claim of a sole-practitioner tax adviser: named person, policy, incident details"


def m082():
    body = """Dear Mr Mbeki,

thank you for your request. We can grant a policy loan of up to EUR 18,000 against your endowment policy LV-0061877204 (surrender value as of 01.11.2024: EUR 23,412.55). Interest is 4.25 % p.a. Please see the conditions in the thread below and return the signed loan agreement.

Kind regards
Lena Pfisterer
Life Policy Service

> On 29 Oct 2024, Sipho Mbeki <sipho.mbeki@mailbox.example> wrote:
> Hello, I need about 15,000 EUR for a few months (house renovation) and my bank suggested
> borrowing against my life insurance. Is that possible and what does it cost?
> Sipho Mbeki, LV-0061877204
"""
    m = build(82, "Pfisterer, Lena <lena.pfisterer@lindenhof-versicherung.example>",
              "Sipho Mbeki <sipho.mbeki@mailbox.example>",
              "Re: Loan against life insurance", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 16:10:00 +0100")
    return m, S, "en", "insurer-to-customer", "Life policy loan: named customer, life contract, surrender value (life line, no medical word)"


def m083():
    vorlage = docx(["Lindenhof Krankenversicherung a.G. · Leistungsabteilung",
                    "«Anrede» «Vorname» «Nachname»", "«Straße» «PLZ» «Ort»",
                    "Versicherungsnummer: «VSNR»   Leistungsfall: «LF_NR»",
                    "Ihre Rechnung vom «Rechnungsdatum» – Diagnose laut Rechnung: «Diagnose»",
                    "Sehr geehrte«r» «Anrede» «Nachname»,",
                    "leider können wir die Kosten für «Leistung» nicht übernehmen, weil «Begründung_Textbaustein».",
                    "Sie können innerhalb von «Frist» Wochen eine Überprüfung durch unseren Ombudsmann beantragen ...",
                    "Mit freundlichen Grüßen", "«Sachbearbeiter»"])
    body = """Hallo Marco,

anbei die überarbeitete Vorlage für die Ablehnung mit den neuen Feldern «Diagnose» und «Begründung_Textbaustein». Die Textbausteine TB-07 (medizinisch nicht notwendig) und TB-12 (Wartezeit) habe ich angepasst.

Gruß
Yasemin

> Am 29.10.2024 schrieb Lüdtke, Marco:
> Hi Yasemin, kannst du die Ablehnungsvorlage an das neue Layout anpassen? Danke!
"""
    m = build(83, "Aydın, Yasemin <yasemin.aydin@lindenhof-versicherung.example>",
              "Lüdtke, Marco <marco.luedtke@lindenhof-versicherung.example>",
              "AW: Ablehnungsvorlage neues Layout", body, "Mon, 04 Nov 2024 14:50:00 +0100",
              atts=[("Vorlage_Ablehnung_KV_v5.docx", MT_DOCX, vorlage)])
    return m, N, "de", "internal", "trap: rejection letter template with «Diagnose» placeholders only"


def m084():
    body = """Dear Ms Chen,

we have received the invoice from the drying company. Your household contents claim (water from the flat above, 18 Oct) is settled as follows: damaged sofa and rug EUR 2,140 (replacement value), drying of your furniture EUR 380. The building damage is handled by your landlord's insurer.

Total EUR 2,520 to your account (IBAN DE22 2519 0001 1458 1744 93).

Kind regards
Anke Rehbein
Claims Property

> On 1 Nov 2024 Mei Chen <mei.chen@mailbox.example> wrote:
> Hi Ms Rehbein, here is the invoice from Trockenbau Hesse. Policy HR 33-0998177, Lister Str. 44,
> 30163 Hannover. The landlord says it's not his problem. Please use my account at the Volksbank.
"""
    m = build(84, "Rehbein, Anke <anke.rehbein@lindenhof-versicherung.example>",
              "Mei Chen <mei.chen@mailbox.example>",
              "Re: Water damage – invoice drying", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 11:25:00 +0100")
    return m, C, "en", "insurer-to-customer", "Household water damage settlement: IBAN, address, policy number"


def m085():
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Thielking,</p>
<p>anbei unsere Abrechnung zu Ihren eingereichten Belegen (Beihilfeergänzungstarif BE 50, Versicherungsnummer KV 4409127-01). Der Beihilfeanteil Ihres Dienstherrn ist bereits abgezogen.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde"><th>Datum</th><th>Leistungserbringer</th><th>Leistung</th><th>Betrag</th><th>Erstattung 50 %</th></tr>
<tr><td>02.10.2024</td><td>Physiotherapie am Maschsee</td><td>KG-ZNS nach Bobath, 6x (Verordnung Neurologe, Diagnose G35.10 Multiple Sklerose)</td><td>312,00 €</td><td>156,00 €</td></tr>
<tr><td>09.10.2024</td><td>Dr. med. Hauke Ritter, Neurologie</td><td>GOÄ 800, 801, 838 (EMG)</td><td>214,56 €</td><td>107,28 €</td></tr>
<tr><td>15.10.2024</td><td>Apotheke am Aegi</td><td>Ocrevus-Infusion Zuzahlung / Fampridin 10 mg</td><td>96,40 €</td><td>48,20 €</td></tr>
<tr><td colspan="4"><b>Summe</b></td><td><b>311,48 €</b></td></tr>
</table>
<p>Mit freundlichen Grüßen<br>Yasemin Aydın<br>Leistung KV</p>
<hr>
<p style="color:#555">Von: Ulrike Thielking &lt;u.thielking@webpost.example&gt;<br>Gesendet: 30.10.2024<br>Betreff: Belege Oktober</p>
<p style="color:#555">Hallo, anbei meine Belege für Oktober. Danke!</p>
</body></html>"""
    m = build(85, "Aydın, Yasemin <yasemin.aydin@lindenhof-versicherung.example>",
              "Ulrike Thielking <u.thielking@webpost.example>",
              "AW: Belege Oktober", None, "Mon, 04 Nov 2024 13:05:00 +0100", html=html, html_only=True)
    return m, S, "de", "insurer-to-customer", "HTML-only reply with table: MS diagnosis G35.10, neurology and pharmacy items"


def m086():
    body = """Hi team,

thanks for all the answers in the quiz! Below the "official" solutions – please keep them for your onboarding folder.

Annika

-----Original Message-----
From: Brösel, Annika
Sent: Monday, October 21, 2024
Subject: Data protection quiz – Q4

1) A customer's ICD code is in an e-mail to a broker. Which category? → Special category (health), send only encrypted or via the portal.
2) Is "Mr X is insured with us" personal data? → Yes, the fact of being insured is confidential.
3) Birthday card list with day and month only, no year – allowed in the team calendar? → Yes, with consent.
4) A colleague forwards a thread "FYI" – who checks the quoted history? → The sender, always.
5) How long do we keep audit logs? → 6 years.
"""
    m = build(86, "Brösel, Annika <annika.broesel@lindenhof-versicherung.example>",
              "Team Leistung International <leistung-intl@lindenhof-versicherung.example>",
              "RE: Data protection quiz – Q4 – solutions", body, "Mon, 04 Nov 2024 09:00:00 +0100")
    return m, N, "en", "internal", "trap: data-protection quiz about ICD codes and being insured, no person"


def m087():
    body = """Sehr geehrter Herr Lamprecht,

Ihr Schaden wird aus der Privathaftpflichtversicherung unserer Versicherungsnehmerin, Frau Stefanie Osterloh, reguliert. Für die zerbrochene Terrassentür-Scheibe (Fußball) erstatten wir die Rechnung der Glaserei Mundt über 684,20 EUR.

Bitte nennen Sie uns Ihre Bankverbindung.

Mit freundlichen Grüßen
Rainer Gosch
Schaden Haftpflicht · PH-2024-041277

> Am 31.10.2024 schrieb Stefanie Osterloh <s.osterloh@freemail.example>:
> Hallo Herr Gosch, mein Sohn Ben (9) hat beim Fußballspielen im Garten die Terrassentür vom
> Nachbarn, Herrn Klaus Lamprecht (Birkenweg 7, 30966 Hemmingen), kaputtgeschossen. Rechnung
> vom Glaser anbei. Wir wohnen Birkenweg 9. Vertragsnummer PH 31-0220871.
> Stefanie Osterloh
"""
    m = build(87, "Gosch, Rainer <rainer.gosch@lindenhof-versicherung.example>",
              "Klaus Lamprecht <k.lamprecht@webpost.example>",
              "Ihr Schaden an der Terrassentür – PH-2024-041277", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 10:15:00 +0100")
    return m, C, "de", "insurer-to-customer", "Liability claim: policyholder, her child and neighbour named with addresses and contract number"


def m088():
    body = """Sehr geehrte Frau Harms,

zunächst unser aufrichtiges Beileid. Wir haben den Leistungsantrag aus der Unfallversicherung Ihres verstorbenen Mannes erhalten; die Unterlagen sind vollständig (Verlauf unten). Die Todesfallleistung von 50.000 EUR wird an Sie als Bezugsberechtigte überwiesen.

Mit freundlichen Grüßen
Nadine Krückeberg
Leistung Unfall · UV 88-097714

-----Ursprüngliche Nachricht-----
Von: Leistung Unfall – Prüfung
Gesendet: Donnerstag, 31. Oktober 2024 16:00
An: Krückeberg, Nadine
Betreff: UV 88-097714 Harms, Torben – Todesfall

Nadine, Obduktionsbericht und Ermittlungsakte liegen vor: Herr Torben Harms (geb. 05.05.1979) ist am 06.09.2024 auf der B 217 bei Springe mit dem Motorrad tödlich verunglückt, Todesursache Polytrauma mit Schädel-Hirn-Trauma (S06.8) und Aortenruptur. BAK 0,0 ‰, kein Fremdverschulden Dritter, keine Ausschlüsse. Leistung freigegeben.
"""
    m = build(88, "Krückeberg, Nadine <nadine.krueckeberg@lindenhof-versicherung.example>",
              "Wiebke Harms <wiebke.harms@webpost.example>",
              "Ihr Leistungsantrag – Unfallversicherung UV 88-097714", body + "\n" + DISCL_DE,
              "Mon, 04 Nov 2024 11:45:00 +0100")
    return m, S, "de", "insurer-to-customer", "Accident death benefit to widow; quoted internal note gives cause of death and autopsy"


def m089():
    body = """Hallo Frau Engelke,

passt so, bitte bestellen. Der Betriebsarzt braucht die Lieferung spätestens am 18.11. für den Gesundheitstag.

Gruß
Ingrid Havemann
Personal / BGM

> Am 31.10.2024 schrieb Engelke, Jutta:
> Hallo Frau Havemann,
> Angebot Apotheke am Kröpcke für den Grippeimpfstoff:
> 180 Dosen Influvac Tetra 2024/2025 (Fertigspritze), Einzelpreis 14,20 €,
> Kühlkette garantiert, Lieferung 15.11.
> Dazu 200 Impfpass-Aufkleber und Pflaster. Gesamt 2.648,00 € zzgl. MwSt.
> Soll ich bestellen?
"""
    m = build(89, "Havemann, Ingrid <ingrid.havemann@lindenhof-versicherung.example>",
              "Engelke, Jutta <jutta.engelke@lindenhof-versicherung.example>",
              "AW: Bestellung Grippeimpfstoff Gesundheitstag", body, "Mon, 04 Nov 2024 09:25:00 +0100")
    return m, N, "de", "internal", "trap: purchase of flu vaccine for the staff health day"


def m090():
    body = """Hi everyone,

worth attending, I think – forwarding from our EAP provider. Sessions are anonymous, cameras optional.

Ingrid

-----Original Message-----
From: MindBridge EAP <events@mindbridge-eap.example>
Sent: Tuesday, October 29, 2024 10:00 AM
Subject: Webinar invite: Mental health in the workplace – recognising burnout early

Date: 26 Nov 2024, 12:00–13:00 CET
Speakers: Dr. Sarah Lindholm (occupational psychologist)
Content: early signs of burnout and depression in teams, how to start a conversation, what managers must NOT ask, support offers (EAP hotline, counselling, BGM)
Register: https://events.mindbridge-eap.example/mh-2611
"""
    m = build(90, "Havemann, Ingrid <ingrid.havemann@lindenhof-versicherung.example>",
              "Führungskräfte <fuehrungskraefte@lindenhof-versicherung.example>",
              "FW: Webinar invite: Mental health in the workplace – recognising burnout early", body,
              "Mon, 04 Nov 2024 12:10:00 +0100")
    return m, N, "en", "internal", "trap: webinar on burnout and depression, no individual"


def m091():
    body = """FYI – see below. As you asked for the status of your client's claim: benefits are paid until further notice.

Piotr

________________________________
From: Nowakowski, Piotr
Sent: Thursday, October 31, 2024 10:14
To: Leistung KV Team 3
Subject: RE: KV 8812034-01 Ms Holloway – inpatient psychiatry

Thanks, I'll let the broker know.

________________________________
From: Leistung KV Team 3
Sent: Wednesday, October 30, 2024 17:20
To: Nowakowski, Piotr
Subject: AW: KV 8812034-01 Ms Holloway – inpatient psychiatry

Hi Piotr, kurzes Update auf Englisch für Dich: Ms Sarah Holloway has been an inpatient at the Klinik am Kronsberg (psychiatry & psychotherapy) since 07 Oct, admitted for severe depressive episode with suicidal ideation (F32.2), plus alcohol dependence syndrome (F10.2). Expected length of stay 8–10 weeks. Costs approved up to 70 days; hospital daily allowance (EUR 100/day) runs as well.
Heike
"""
    m = build(91, "Nowakowski, Piotr <piotr.nowakowski@lindenhof-versicherung.example>",
              "Graham Pennock <g.pennock@ashcombe-benefits.example>",
              "FW: KV 8812034-01 Ms Holloway – inpatient psychiatry", body + "\n" + DISCL_EN,
              "Mon, 04 Nov 2024 09:35:00 +0100")
    return m, S, "en", "insurer-to-broker", "'FYI – see below' to broker; quote reveals psychiatric admission, suicidal ideation, alcohol dependence"


def m092():
    body = """Hallo Frau Kerkhoff,

bitte die Anzeige so auf der Karriereseite und bei den Ärzte-Jobportalen veröffentlichen. Die Gehaltsspanne lassen wir raus.

Danke
Ingrid Havemann

> Am 30.10.2024 schrieb Dr. Aalbers, Friederike:
> Liebe Frau Havemann, hier mein Textvorschlag:
>
> Gesellschaftsarzt / Gesellschaftsärztin (m/w/d) Leben und Kranken, Vollzeit/Teilzeit, Hannover
> Ihre Aufgaben: medizinische Risikoprüfung von Anträgen (BU, Leben, PKV), Beurteilung
> von Leistungsfällen (BU, Pflege, Krankentagegeld), Abstimmung mit Rückversicherern,
> Schulung der Sachbearbeitung in medizinischen Fragen.
> Ihr Profil: Facharzt/Fachärztin für Innere oder Allgemeinmedizin, Orthopädie oder
> Psychiatrie, Erfahrung in der Versicherungsmedizin wünschenswert.
> Viele Grüße, F. Aalbers
"""
    m = build(92, "Havemann, Ingrid <ingrid.havemann@lindenhof-versicherung.example>",
              "Kerkhoff, Nele <nele.kerkhoff@lindenhof-versicherung.example>",
              "WG: Stellenanzeige Gesellschaftsärztin (m/w/d)", body, "Mon, 04 Nov 2024 10:40:00 +0100")
    return m, N, "de", "internal", "trap: job ad for a company physician, medical vocabulary, no person"


def m093():
    body = """Sehr geehrter Herr Rademacher,

leider konnten wir den fälligen Beitrag für Ihre Kfz-Versicherung nicht einziehen, die Lastschrift wurde von Ihrer Bank zurückgegeben (Rücklastschrift mangels Deckung). Offener Betrag inkl. Rücklastschriftgebühr: 412,63 EUR.

Bitte überweisen Sie den Betrag bis zum 18.11.2024 auf unser Konto oder teilen Sie uns mit, ob wir erneut von Ihrem Konto DE06 1002 0890 6650 8875 95 abbuchen dürfen. Andernfalls sind wir gemäß § 38 VVG leider gezwungen, Ihnen eine qualifizierte Mahnung zu senden; ohne Zahlung entfällt der Versicherungsschutz.

Mit freundlichen Grüßen
Tim Kasten
Inkasso · KF 22-104558-7 · Kennzeichen H-MR 2210

-----Ursprüngliche Nachricht-----
Von: Marcel Rademacher <marcel.rademacher@mailfix.example>
Gesendet: Freitag, 1. November 2024 18:03
Betreff: Abbuchung?

Warum ist die Abbuchung zurückgegangen?? Auf dem Konto war genug drauf. Bitte nochmal versuchen.
"""
    m = build(93, "Kasten, Tim <tim.kasten@lindenhof-versicherung.example>",
              "Marcel Rademacher <marcel.rademacher@mailfix.example>",
              "AW: Abbuchung? – Rücklastschrift KF 22-104558-7", body + "\n" + DISCL_DE,
              "Mon, 04 Nov 2024 13:20:00 +0100", charset="windows-1252")
    return m, C, "de", "insurer-to-customer", "Motor premium arrears: IBAN, plate, amount (windows-1252)"


def m094():
    tagebuch = odt(["Pflegetagebuch Horst Brinkmann (Vater), Oktober 2024",
                    "Diagnose laut Neurologe: Morbus Parkinson (G20.1) seit 2017, seit 2024 zunehmend Stürze",
                    "Morgens: Hilfe beim Aufstehen, Waschen und Anziehen (ca. 45 Min.)",
                    "Medikamente: Levodopa/Carbidopa 5x täglich, Rasagilin 1 mg – muss ich stellen und überwachen",
                    "Nachts: 2–3x Hilfe beim Toilettengang",
                    "Essen muss klein geschnitten werden, Trinkmenge wird kontrolliert",
                    "Pflegegrad 3 seit 01.07.2024 (Bescheid der Pflegekasse)"])
    fw = inner(94, 1, "Sandra Brinkmann <sandra.brinkmann@webpost.example>", "pflege@lindenhof-versicherung.example",
               "Pflegetagegeld für meinen Vater – Antrag",
               """Guten Tag,

mein Vater Horst Brinkmann hat bei Ihnen die Pflegetagegeldversicherung PT 3309918. Anbei der Bescheid der Pflegekasse und mein Pflegetagebuch. Bitte zahlen Sie das Pflegetagegeld für Pflegegrad 3 aus.

Sandra Brinkmann (Vollmacht liegt bei)""", "Thu, 31 Oct 2024 20:05:00 +0100",
               atts=[("Pflegetagebuch_Oktober.odt", MT_ODT, tagebuch)])
    body = """Hallo Heike,

zur Bearbeitung. Die Vollmacht ist im Anhang der weitergeleiteten Mail.

Gruß Sabine
"""
    m = build(94, "Tietjen, Sabine <sabine.tietjen@lindenhof-versicherung.example>",
              "Mönkemeyer, Heike <heike.moenkemeyer@lindenhof-versicherung.example>",
              "WG: Pflegetagegeld für meinen Vater – Antrag", body, "Mon, 04 Nov 2024 08:55:00 +0100",
              atts=[("Pflegetagegeld für meinen Vater.eml", None, fw)])
    return m, S, "de", "customer", "Forwarded rfc822 with ODT care diary: Parkinson, medication, care level of the insured father"


def m095():
    text = """Lindenhof Makler-News 11/2024

- ZahnPlus: neuer Zahnzusatztarif ab 01.01.2025 – Schulungstermine im Maklerportal
- BU: vereinfachte Gesundheitsfragen für Berufseinsteiger bis 30 (Aktion bis 31.03.2025)
- Kfz: Wechselsaison – Tarifrechner mit neuer Typklassenstatistik
- Service: neue Bankverbindung für Direktinkasso (siehe Rundschreiben)

Abmelden: https://makler.lindenhof-versicherung.example/newsletter/abmelden
"""
    html = """<html><body><h2>Lindenhof Makler-News 11/2024</h2>
<ul><li><b>ZahnPlus</b>: neuer Zahnzusatztarif ab 01.01.2025 – Schulungstermine im Maklerportal</li>
<li><b>BU</b>: vereinfachte Gesundheitsfragen für Berufseinsteiger bis 30 (Aktion bis 31.03.2025)</li>
<li><b>Kfz</b>: Wechselsaison – Tarifrechner mit neuer Typklassenstatistik</li>
<li><b>Service</b>: neue Bankverbindung für Direktinkasso</li></ul>
<p><a href="https://makler.lindenhof-versicherung.example/newsletter/abmelden">Abmelden</a></p></body></html>"""
    body = """Hi Graham,

you asked about the simplified health questions for young professionals – it's in the newsletter below (German only, sorry). Happy to walk you through it on Thursday.

Melanie

---------- Forwarded message ---------
""" + text
    m = build(95, "Szymański, Melanie <melanie.szymanski@lindenhof-versicherung.example>",
              "Graham Pennock <g.pennock@ashcombe-benefits.example>",
              "Fwd: Lindenhof Makler-News 11/2024", body, "Mon, 04 Nov 2024 15:20:00 +0100",
              html="<html><body><p>Hi Graham,</p><p>you asked about the simplified health questions for young professionals – it's in the newsletter below (German only, sorry). Happy to walk you through it on Thursday.</p><p>Melanie</p><hr>" + html[12:])
    return m, N, "mixed", "insurer-to-broker", "trap: forwarded broker newsletter on BU health questions and dental tariff (multipart/alternative)"


def m096():
    body = """Hallo Frau Lehmkuhl,

die eVB-Nummer für Ihre Kundin lautet: A7K29QX. Gültig für die Zulassung bis 04.12.2024. Die Daten aus Ihrer Anfrage (unten) haben wir für den Antrag übernommen.

Mit freundlichen Grüßen
Stefanie Wollny
Kfz-Antrag

> Am 04.11.2024 um 08:20 schrieb Autohaus Kronsberg Zulassungsdienst <zulassung@autohaus-kronsberg.example>:
> Guten Morgen,
> bitte eine eVB für Neuzulassung:
> Halterin: Frau Jasmin Oppermann, geb. 27.03.2001, Kurt-Schumacher-Str. 30, 30159 Hannover
> Fahrzeug: VW T-Roc, FIN WVGZZZA1ZPV117406, Wunschkennzeichen H-JO 2703
> Vollkasko SB 500 / TK 150, SF 2 (Zweitwagen der Mutter, Vertrag KF 22-061190-8)
> Danke, Lehmkuhl
"""
    m = build(96, "Wollny, Stefanie <stefanie.wollny@lindenhof-versicherung.example>",
              "Autohaus Kronsberg Zulassungsdienst <zulassung@autohaus-kronsberg.example>",
              "AW: eVB Neuzulassung Oppermann", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 08:45:00 +0100")
    return m, C, "de", "insurer-to-company", "eVB for a named customer: birth date, address, VIN, mother's contract"


def m097():
    body = """Hi Mr Okonkwo,

your dentist's invoice has been processed – see my colleague's note below (in German). In short: we reimburse EUR 1,096.20 of EUR 1,461.60 (75 % for crowns in your tariff). Payment to your account in the next days.

Kind regards
Yasemin Aydın
Health Claims – Dental

-----Ursprüngliche Nachricht-----
Von: Zahn-Team
Gesendet: Freitag, 1. November 2024 12:12
An: Aydın, Yasemin
Betreff: ZV 6630218 Okonkwo – Rechnung Dr. Gerwing

Rechnung vom 15.10.2024: Zahn 26 Vollkeramikkrone nach Wurzelkanalbehandlung (GOZ 2210, 2197, 0090), apikale Parodontitis vorbehandelt; Laborkosten 512,00 €. Gesamt 1.461,60 €, erstattungsfähig 75 % (ZahnPlus 75, Wartezeit erfüllt seit 03/2024). Bitte dem VN auf Englisch antworten.

-----Original Message-----
From: Emeka Okonkwo <emeka.okonkwo@mailbox.example>
Sent: Wednesday, October 16, 2024
Subject: Dental invoice

Hi, attached my dentist's bill for the crown. Policy ZV 6630218. Thanks!
"""
    m = build(97, "Aydın, Yasemin <yasemin.aydin@lindenhof-versicherung.example>",
              "Emeka Okonkwo <emeka.okonkwo@mailbox.example>",
              "RE: Dental invoice", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 12:50:00 +0100")
    return m, S, "mixed", "insurer-to-customer", "English reply, German internal quote: root canal and crown on tooth 26, GOZ items"


def m098():
    prot = odt(["Datenschutz-Folgenabschätzung (DSFA) – OCR-Eingangsverarbeitung Leistungsbelege",
                "Protokoll Workshop 30.10.2024, Teilnehmende: Datenschutz, IT-Sicherheit, Leistung KV, Betriebsrat",
                "Verarbeitete Kategorien: Gesundheitsdaten (Art. 9 DSGVO), Stammdaten, Bankverbindungen der Versicherten",
                "Risiko 1: Fehlklassifikation von Belegen → falsche Zuordnung zu Versicherten (hoch) – Maßnahme: Vier-Augen-Prüfung bei Score < 0,8",
                "Risiko 2: Zugriff des Dienstleisters auf Klartextbelege (mittel) – Maßnahme: Verarbeitung nur im eigenen RZ",
                "Risiko 3: Speicherdauer Trainingsdaten (mittel) – Maßnahme: Löschung nach 90 Tagen, nur pseudonymisierte Daten",
                "Ergebnis: Restrisiko vertretbar, Vorlage an DSB bis 15.11."])
    body = """Hallo zusammen,

anbei das Protokoll vom DSFA-Workshop. Bitte Ergänzungen bis Freitag direkt im Dokument.

Viele Grüße
Annika Brösel

> Am 30.10.2024 schrieb Dr. Lammers, Henrike:
> Danke für den konstruktiven Workshop. Bitte das Protokoll an alle Teilnehmenden.
"""
    m = build(98, "Brösel, Annika <annika.broesel@lindenhof-versicherung.example>",
              "DSFA OCR <dsfa-ocr@lindenhof-versicherung.example>",
              "WG: DSFA OCR-Eingangsverarbeitung – Protokoll", body, "Mon, 04 Nov 2024 16:30:00 +0100",
              atts=[("DSFA_OCR_Protokoll_2024-10-30.odt", MT_ODT, prot)])
    return m, N, "de", "internal", "trap: DPIA minutes about health data processing (ODT), no individual"


def m099():
    body = """Dear Ms Byrne,

we confirm cover under your legal expenses policy RS 77-230945 (tenancy module) for the dispute with your landlord about the rent increase. Please see our notes below and choose a lawyer; we have no objection to Kanzlei Kersting.

Kind regards
Nadine Krückeberg
Legal Expenses

> On 31 Oct 2024, Aoife Byrne <aoife.byrne@mailbox.example> wrote:
> Hi, my landlord (Grundstücksgesellschaft Südstadt GbR) wants to increase my rent from
> 980 to 1,180 EUR cold for my flat at Sallstraße 57, 30171 Hannover, referring to the
> Mietspiegel. I earn 3,200 net a month, this would be more than a third of my income.
> Is a lawyer covered? Aoife Byrne
"""
    m = build(99, "Krückeberg, Nadine <nadine.krueckeberg@lindenhof-versicherung.example>",
              "Aoife Byrne <aoife.byrne@mailbox.example>",
              "Re: Rent increase – legal expenses", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 13:40:00 +0100")
    return m, C, "en", "insurer-to-customer", "Legal expenses tenancy: address, rent, net income, policy number"


def m100():
    body = """Sehr geehrte Frau Dr. Breuer,

für Ihren Patienten sagen wir die Kosten der stationären Entwöhnungsbehandlung gemäß Ihrem Antrag (unten) für zunächst 12 Wochen zu. Eine Verlängerung bitte mit ärztlichem Verlaufsbericht rechtzeitig beantragen.

Mit freundlichen Grüßen
Jana Vieregge
Leistung KV – Stationär
Lindenhof Krankenversicherung a.G.

-----Ursprüngliche Nachricht-----
Von: Sozialdienst Fachklinik Deister <sozialdienst@fachklinik-deister.example>
Gesendet: Mittwoch, 30. Oktober 2024 14:20
Betreff: Antrag Kostenzusage Entwöhnung – Hr. Maik Voigt, KV 5560118-01

Sehr geehrte Damen und Herren,

Herr Maik Voigt (geb. 09.12.1984) hat die qualifizierte Entgiftung (Opioide, F11.2, unter Substitution mit Buprenorphin) im KRH Wunstorf am 25.10. abgeschlossen und ist hochmotiviert für die anschließende Entwöhnungsbehandlung in unserer Klinik (geplant ab 11.11.2024, 12–16 Wochen). Wir bitten um Kostenzusage.

Mit freundlichen Grüßen
Dr. med. Annette Breuer, Chefärztin
"""
    m = build(100, "Vieregge, Jana <jana.vieregge@lindenhof-versicherung.example>",
              "Dr. Annette Breuer <sozialdienst@fachklinik-deister.example>",
              "AW: Antrag Kostenzusage Entwöhnung – Hr. Maik Voigt, KV 5560118-01", body + "\n" + DISCL_DE,
              "Mon, 04 Nov 2024 10:05:00 +0100")
    return m, S, "de", "insurer-to-hospital", "Addiction treatment cost approval: opioid dependence F11.2, substitution, birth date"


def m101():
    stat = ods([["Beschwerdestatistik Q3 2024 (Meldung BaFin, aggregiert)", "", ""],
                ["Sparte", "Beschwerden Q3", "davon berechtigt"],
                ["Krankenversicherung", 214, 61],
                ["Lebensversicherung / BU", 88, 19],
                ["Kfz", 131, 40],
                ["Sach / Haftpflicht", 97, 22],
                ["Rechtsschutz", 12, 3],
                ["Summe", 542, 145]], "Q3")
    body = """Hallo Herr Lüdtke,

anbei die Zahlen für Q3 im ODS-Format, wie von der Revision gewünscht. Einzelbeschwerden sind da nicht drin, nur Summen.

Gruß
Tanja Wilke
Beschwerdemanagement

-----Ursprüngliche Nachricht-----
Von: Lüdtke, Marco
Gesendet: Dienstag, 29. Oktober 2024 08:44
Betreff: WG: WG: Beschwerde – Hotline-Wartezeiten / Statistik Q3

Tanja, die Revision will die Q3-Statistik für den Prüfbericht "Beschwerde – Hotline-Wartezeiten". Kannst du die BaFin-Meldung als ODS schicken? Danke!
"""
    m = build(101, "Wilke, Tanja <tanja.wilke@lindenhof-versicherung.example>",
              "Lüdtke, Marco <marco.luedtke@lindenhof-versicherung.example>",
              "AW: WG: WG: Beschwerde – Hotline-Wartezeiten / Statistik Q3", body,
              "Mon, 04 Nov 2024 11:55:00 +0100", cc="Interne Revision <revision@lindenhof-versicherung.example>",
              atts=[("Beschwerdestatistik_Q3_2024.ods", MT_ODS, stat)])
    return m, N, "de", "internal", "trap: complaint statistics by line (ODS), aggregates only"


def m102():
    body = """Hallo Herr Zimmermann,

danke für die Unterlagen. Aus Ihrer Reisegepäckversicherung erstatten wir den Zeitwert der gestohlenen Sachen:

Koffer Samsonite 120 €, Kleidung 380 €, Sonnenbrille Ray-Ban 90 € (Zeitwert), Kindle 60 €
Summe 650 €, Auszahlung auf DE93 3006 0601 4357 3283 06.

Bargeld und den Reisepass können wir leider nicht ersetzen (§ 3 AVB Reisegepäck).

Viele Grüße
Sabine Tietjen
Reise-Schaden RG-2024-008812

Am 30.10.2024 um 22:14 schrieb Lars Zimmermann:
> Hallo,
> wie telefonisch besprochen: unser Mietwagen wurde am 19.10. in Sevilla aufgebrochen, der
> Koffer meiner Frau und der Rucksack sind weg. Die Denuncia der Policía Nacional hänge ich an
> (Nr. 41091-24-018827). Reise vom 14.–24.10., Vertrag RG 61-008114.
> Lars Zimmermann, Heinrich-Heine-Weg 3, 30880 Laatzen
"""
    m = build(102, "Tietjen, Sabine <sabine.tietjen@lindenhof-versicherung.example>",
              "Lars Zimmermann <lars.zimmermann@webpost.example>",
              "Re: Diebstahl Gepäck Sevilla – RG-2024-008812", body + "\n" + DISCL_DE,
              "Mon, 04 Nov 2024 14:25:00 +0100", cte="8bit", flowed=True)
    return m, C, "de", "insurer-to-customer", "Baggage theft abroad, no health: IBAN, address, police report (8bit format=flowed)"


def m103():
    body = """Dear Mr Whitmore,

as requested, please find below the internal assessment on which our decision was based. In our view the diagnostic criteria of the critical illness definition "stroke" (§ 2.4 of the terms: permanent neurological deficit persisting for at least 3 months) are met; the benefit of EUR 100,000 will be paid. We see no need for litigation.

Kind regards
Tobias Reinecke
Claims Life & CI

From: Dr. Aalbers, Friederike
Sent: Tuesday, October 29, 2024 12:15 PM
To: Reinecke, Tobias
Subject: CI claim LV-0088120977 Mrs Gwen Parry – stroke

Ischaemic stroke left MCA territory on 14 June 2024 (I63.4), thrombectomy at MHH. MRI confirms infarct. Neurological report 25 Sept: persisting right-sided hemiparesis (grip strength reduced), mild aphasia, mRS 2. Criteria met. She is 58, no relevant pre-existing conditions disclosed at application (hypertension treated since 2022 – after policy start, so no non-disclosure).

From: Whitmore, Edward <e.whitmore@whitmore-legal.example>
Sent: Friday, October 25, 2024
Subject: Mrs Gwen Parry – critical illness claim

We act for Mrs Parry. Please confirm your position on her claim within 14 days.
"""
    m = build(103, "Reinecke, Tobias <tobias.reinecke@lindenhof-versicherung.example>",
              "Whitmore, Edward <e.whitmore@whitmore-legal.example>",
              "RE: Mrs Gwen Parry – critical illness claim", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 15:10:00 +0100")
    return m, S, "en", "insurer-to-lawyer", "Critical illness claim to claimant's lawyer: stroke I63.4, hemiparesis, medical assessment"


def m104():
    body = """Hi Claire,

final comments from our side on the Cat XL wording below. If you agree, we'll sign the slip electronically on Friday.

Regards
Hanna

> From: Claire Whitfield
> Sent: Thursday, October 31, 2024 5:20 PM
> Subject: Property Cat XL 2025 – wording draft 3
>
> Hanna, key changes in draft 3:
> - Hours clause: 168 hours for windstorm, 504 hours for flood (was 72/168)
> - Reinstatement: one at 100 % additional premium
> - Cyber exclusion LMA 5400 added (communicable disease exclusion stays)
> - Layer 1: EUR 40m xs EUR 20m, rate on line 9.5 %
> Claire
"""
    m = build(104, "Kördel, Hanna <hanna.koerdel@lindenhof-versicherung.example>",
              "Claire Whitfield <claire.whitfield@meridian-re.example>",
              "RE: Property Cat XL 2025 – wording draft 3", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 16:45:00 +0100")
    return m, N, "en", "insurer-to-reinsurer", "trap: reinsurance wording with 'communicable disease exclusion', no person"


def m105():
    csvdata = """VSNR;Sparte;VN Name;VN Vorname;PLZ;Ort;Jahresbeitrag
KF 22-088120-1;Kfz;Albers;Gesine;30455;Hannover;612,40
HR 33-0720115;Hausrat;Albers;Gesine;30455;Hannover;98,20
PH 31-0199482;Privathaftpflicht;Dreyer;Ole;31303;Burgdorf;64,90
VG 21-0038221;Wohngebäude;Sökeland;Friedrich;31275;Lehrte;844,00
KF 22-101773-6;Kfz;Tasdelen;Murat;30851;Langenhagen;1.044,80
RS 77-198204;Rechtsschutz;Pape;Jutta;30966;Hemmingen;312,00
"""
    z = zipfile_of([("Bestandsuebertragung_Brandes_an_Hallerstede.csv", csvdata.replace("\n", "\r\n").encode("cp1252")),
                    ("Begleitschreiben.txt", "Bestandsübertragung gem. Maklervertrag, Courtagezusage ab 01.12.2024.\r\n")])
    body = """Hallo Herr Hallerstede,

anbei die Liste der Verträge, die zum 01.12. in Ihren Bestand wechseln (Kunde hat Maklervollmacht unterschrieben, siehe Verlauf). Nur Sach/Kfz/RS, die Lebensverträge laufen separat.

Gruß
Melanie Szymański

-----Ursprüngliche Nachricht-----
Von: Bernd Brandes
Gesendet: Mittwoch, 30. Oktober 2024 11:00
Betreff: Bestandsübertragung an Hallerstede

Hallo Frau Szymański, wie besprochen übertragen wir die Kunden aus Burgdorf/Lehrte an den Kollegen Hallerstede (Ruhestand). Bitte Bestandsliste an ihn. Gruß B. Brandes
"""
    m = build(105, "Szymański, Melanie <melanie.szymanski@lindenhof-versicherung.example>",
              "Hallerstede, Timo <t.hallerstede@hallerstede-makler.example>",
              "WG: Bestandsübertragung an Hallerstede", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 11:20:00 +0100",
              atts=[("Bestandsuebertragung.zip", "application/zip", z)])
    return m, C, "de", "insurer-to-broker", "Portfolio transfer list in ZIP/CSV: named customers, contracts, premiums (non-personal lines)"


def m106():
    body = """Sehr geehrter Herr Ebeling,

wir haben Ihre E-Mail unten erhalten. Leider ist der Rückstand in Ihrer Krankenversicherung noch nicht ausgeglichen: offen sind die Beiträge August bis Oktober 2024, insgesamt 1.842,90 EUR zzgl. Säumniszuschlag.

Nach § 193 Abs. 6 VVG ruht Ihr Vertrag ab dem 01.12.2024 und wird im Notlagentarif fortgeführt, wenn der Rückstand nicht bis dahin bezahlt ist. Gerne bieten wir Ihnen eine Ratenzahlung von 6 Monatsraten an.

Mit freundlichen Grüßen
Tim Kasten
Inkasso Krankenversicherung · KV 6120887-01

> Am 02.11.2024 schrieb Dennis Ebeling <dennis.ebeling@freemail.example>:
> Ich bin seit September selbständig und die Aufträge kommen erst ab Januar rein.
> Kann ich in Raten zahlen? Ich habe Angst, dass ich sonst nicht mehr versichert bin.
"""
    m = build(106, "Kasten, Tim <tim.kasten@lindenhof-versicherung.example>",
              "Dennis Ebeling <dennis.ebeling@freemail.example>",
              "AW: Beitragsrückstand Krankenversicherung", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 10:30:00 +0100")
    return m, S, "de", "insurer-to-customer", "Health insurance premium arrears of a named customer (personal line), no diagnosis"


def m107():
    body = """Hallo Herr Wessel,

ja, Raum A 0.12 ist ab Dezember jeden Dienstag 08:00–12:00 für die Sprechstunde des Betriebsarztes geblockt. Bitte Liege und Sichtschutz wie besprochen aufstellen, Schlüssel hat die Pforte.

Gruß
Jutta Engelke

> Am 31.10.2024 schrieb Wessel, Holger:
> Frau Engelke, der Betriebsarzt Dr. Krämer (Arbeitsmedizin Nord GmbH) braucht ab Dezember
> einen festen Raum für die arbeitsmedizinischen Vorsorgeuntersuchungen (Bildschirmarbeitsplatz,
> Sehtest). Geht A 0.12?
"""
    m = build(107, "Engelke, Jutta <jutta.engelke@lindenhof-versicherung.example>",
              "Wessel, Holger <holger.wessel@lindenhof-versicherung.example>",
              "AW: Raumbuchung Betriebsarzt-Sprechstunde", body, "Mon, 04 Nov 2024 09:50:00 +0100")
    return m, N, "de", "internal", "trap: room booking for the occupational physician, no patient"


def m108():
    body = """Dear Ms Petrović,

thank you for the repair estimate. Your smartphone is insured under your electronics policy EL 68-017734; we'll pay the screen and back-glass repair (EUR 389.00) directly to the repair shop. Please note the excess of EUR 50 which the shop will collect from you.

Kind regards
Anke Rehbein
Claims Property

> On Sat, 2 Nov 2024, Jelena Petrović <jelena.petrovic@mailbox.example> wrote:
> Hi, I dropped my phone (iPhone 14, IMEI 35 492811 771203 4) on the tram platform at Kröpcke
> on 31 Oct. Screen and back are broken. Repair shop: iDoc Hannover, estimate attached.
> Jelena Petrović, Göttinger Chaussee 92, 30453 Hannover
"""
    m = build(108, "Rehbein, Anke <anke.rehbein@lindenhof-versicherung.example>",
              "Jelena Petrović <jelena.petrovic@mailbox.example>",
              "Re: Broken phone – claim", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 12:20:00 +0100")
    return m, C, "en", "insurer-to-customer", "Electronics claim: IMEI, address, policy number"


def m109():
    body = """Hallo Frau Niemeyer,

gute Nachricht für Ihre Mutter, siehe unten die Abrechnung. Wir erstatten für die beiden Hörgeräte 2.400 EUR (Höchstbetrag je 4 Jahre laut Tarif), der Rest geht leider zu ihren Lasten.

Mit freundlichen Grüßen
Yasemin Aydın
Leistung KV · KV 2019334-01

-----Ursprüngliche Nachricht-----
Von: Hilde Niemeyer (über Tochter) <carina.niemeyer@webpost.example>
Gesendet: Dienstag, 29. Oktober 2024 17:44
Betreff: Hörgeräte Rechnung

Hallo, für meine Mutter Hilde Niemeyer (KV 2019334-01) die Rechnung von Hörakustik Lindener Markt: 2x Phonak Audéo Lumity L70, beidseitige Schwerhörigkeit (H90.3) laut HNO-Verordnung Dr. Pauly. Gesamt 4.980 €. Sie hat mir die Vollmacht gegeben, mit Ihnen zu schreiben.
Carina Niemeyer
"""
    m = build(109, "Aydın, Yasemin <yasemin.aydin@lindenhof-versicherung.example>",
              "Carina Niemeyer <carina.niemeyer@webpost.example>",
              "AW: Hörgeräte Rechnung", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 15:35:00 +0100")
    return m, S, "de", "insurer-to-customer", "Hearing aids for the customer's mother, hearing loss H90.3, doctor's prescription"


def m110():
    html = """<html><body style="font-family:Arial">
<p>Hallo Nele,</p><p>schöne Ausgabe! Zwei Tippfehler auf Seite 3 (siehe unten markiert). Sonst frei.</p><p>Ute</p>
<hr><p><b>Von:</b> Redaktion Lindenhof Gesundheitsmagazin<br><b>Betreff:</b> Freigabe: Gesundheitsmagazin Winter 2024</p>
<h1>Lindenhof Gesundheitsmagazin – Winter 2024</h1>
<h3>Rückenschmerzen: Was wirklich hilft</h3><p>Jeder Zweite hat mindestens einmal im Jahr Rückenschmerzen. Unsere Expertin Dr. Vollmer erklärt, warum Bewegung besser ist als Bettruhe ...</p>
<h3>Diabetes Typ 2 – früh erkennen</h3><p>Häufiger Durst, Müdigkeit, schlecht heilende Wunden: Diese Warnzeichen sollten Sie ernst nehmen ...</p>
<h3>Grippeimpfung: Für wen lohnt sie sich?</h3><p>Die STIKO empfiehlt die Impfung allen ab 60 ...</p>
<p style="font-size:8pt">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://www.lindenhof-versicherung.example/newsletter/abmelden">Abmelden</a> · Impressum: Lindenhof Krankenversicherung a.G., Hannover</p>
</body></html>"""
    text = """Hallo Nele,

schöne Ausgabe! Zwei Tippfehler auf Seite 3 (siehe unten markiert). Sonst frei.

Ute

Von: Redaktion Lindenhof Gesundheitsmagazin
Betreff: Freigabe: Gesundheitsmagazin Winter 2024

Lindenhof Gesundheitsmagazin – Winter 2024
Rückenschmerzen: Was wirklich hilft – Jeder Zweite hat mindestens einmal im Jahr Rückenschmerzen ...
Diabetes Typ 2 – früh erkennen – Häufiger Durst, Müdigkeit, schlecht heilende Wunden ...
Grippeimpfung: Für wen lohnt sie sich? – Die STIKO empfiehlt die Impfung allen ab 60 ...

Abmelden: https://www.lindenhof-versicherung.example/newsletter/abmelden
"""
    m = build(110, "Brüggemann, Ute <ute.brueggemann@lindenhof-versicherung.example>",
              "Kerkhoff, Nele <nele.kerkhoff@lindenhof-versicherung.example>",
              "AW: Freigabe: Gesundheitsmagazin Winter 2024", text, "Mon, 04 Nov 2024 17:00:00 +0100", html=html)
    return m, N, "de", "internal", "trap: customer health magazine (back pain, diabetes, flu jab) for approval, no person"


def m111():
    body = """Sehr geehrte Frau Rechtsanwältin Rosenbaum,

in der Zwangsvollstreckungssache Ihrer Mandantin gegen Herrn Sven Kettler geben wir folgende Drittschuldnererklärung nach § 840 ZPO ab (Verlauf unten):

1. Wir erkennen die gepfändete Forderung als begründet an, soweit ein Anspruch auf Beitragsrückerstattung aus der Kfz-Versicherung KF 22-093317-0 besteht; dieser beträgt nach Kündigung zum 31.10.2024 derzeit 214,37 EUR.
2. Vorrangige Pfändungen oder Abtretungen liegen nicht vor.

Mit freundlichen Grüßen
Tim Kasten
Inkasso / Pfändungen

> Von: Kanzlei Rosenbaum <pfaendung@kanzlei-rosenbaum.example>
> Gesendet: Montag, 28. Oktober 2024
> Betreff: PfÜB AG Hannover 712 M 4418/24 – Kettler
>
> Anbei der Pfändungs- und Überweisungsbeschluss wegen einer Forderung von 3.812,55 EUR
> nebst Zinsen gegen Herrn Sven Kettler, geb. 14.06.1987, Vahrenwalder Str. 210, 30165 Hannover.
> Wir bitten um Abgabe der Drittschuldnererklärung.
"""
    m = build(111, "Kasten, Tim <tim.kasten@lindenhof-versicherung.example>",
              "Kanzlei Rosenbaum <pfaendung@kanzlei-rosenbaum.example>",
              "AW: PfÜB AG Hannover 712 M 4418/24 – Kettler", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 14:10:00 +0100")
    return m, C, "de", "insurer-to-lawyer", "Garnishment of a motor premium refund: debtor's name, birth date, address, debt"


def m112():
    body = """Dear Joanne,

thanks for the renewal request. Below the claims experience of your group accident scheme GU 89-0077 for 2021–2024 as requested by your broker. We only report aggregates at scheme level; individual claims are not disclosed to the employer.

Regards
Piotr Nowakowski

-----Original Message-----
From: Farrington, Joanne
Sent: Wednesday, October 30, 2024 2:00 PM
Subject: Group accident – renewal 2025, claims experience?

Hi Piotr, for the budget we'd like to know how many claims we had and how much was paid. No names needed. Thanks, Joanne

Claims experience GU 89-0077 (as of 31.10.2024):
2021: 4 claims, EUR 6,200 paid
2022: 7 claims, EUR 31,900 paid
2023: 5 claims, EUR 12,400 paid
2024 YTD: 7 claims, EUR 9,850 paid, 2 open
Loss ratio 4 years: 41 %
"""
    m = build(112, "Nowakowski, Piotr <piotr.nowakowski@lindenhof-versicherung.example>",
              "Farrington, Joanne <joanne.farrington@kestrel-analytics.example>",
              "RE: Group accident – renewal 2025, claims experience?", body + "\n" + DISCL_EN,
              "Mon, 04 Nov 2024 16:25:00 +0100")
    return m, N, "en", "insurer-to-company", "trap: group accident scheme claims experience, yearly aggregates only"


def m113():
    body = """Hi Priya,

short answer below from our DPO's team. We won't be sending any real invoices, anonymised or not; for training use the synthetic set (10,000 generated invoices with invented doctors and patients).

Daniel

> From: Brösel, Annika
> Sent: Friday, November 1, 2024 11:40 AM
> Subject: RE: Sample data for model training – anonymised?
>
> Daniel, our position: real medical invoices are health data even if names are blacked out
> (dates, rare diagnoses and doctors make re-identification possible). So no real samples
> for the vendor. The synthetic dataset is fine.
>
>> From: Priya Raman
>> Sent: Thursday, October 31, 2024
>> Could you share 500 real invoices with names redacted for fine-tuning?
"""
    m = build(113, "O'Rourke, Daniel <daniel.orourke@lindenhof-versicherung.example>",
              "Priya Raman <priya.raman@ocr-vision.example>",
              "RE: Sample data for model training – anonymised?", body + "\n" + DISCL_EN,
              "Mon, 04 Nov 2024 10:10:00 +0100")
    return m, N, "en", "insurer-to-supplier", "trap: refusal to share medical invoices, synthetic data only"


def m114():
    gut = pdf(["Sachverständigenbüro Ahlborn – Kurzgutachten Sturmschaden", "Auftraggeber: Lindenhof Allgemeine Versicherung AG, Schaden-Nr. WG-2024-036115",
               "Versicherungsnehmer: Eheleute Gerd und Monika Voß", "Objekt: Zweifamilienhaus Am Hasselberg 14, 31134 Hildesheim",
               "Schadentag: 18.10.2024, Sturm Windstärke 9 (DWD-Bestätigung liegt vor)",
               "Schaden: 38 m² Dacheindeckung (Tondachziegel) abgedeckt, Dachrinne, Wassereintritt DG",
               "Kosten Dach netto 11.240,00 EUR, Innenschaden DG 2.380,00 EUR", "Empfehlung: Regulierung zum Neuwert"], "Gutachten WG-2024-036115")
    body = """Sehr geehrte Eheleute Voß,

das Gutachten liegt vor (Anlage). Wir werden den Schaden wie vom Sachverständigen empfohlen regulieren; die Auszahlung erfolgt nach Vorlage der Dachdeckerrechnung.

Mit freundlichen Grüßen
Anke Rehbein
Schaden Sach

> Am 02.11.2024 schrieb Monika Voß <monika.voss@webpost.example>:
> Hallo Frau Rehbein, gibt es schon Neuigkeiten? Es regnet rein, die Plane hält nicht ewig.
"""
    m = build(114, "Rehbein, Anke <anke.rehbein@lindenhof-versicherung.example>",
              "Monika Voß <monika.voss@webpost.example>",
              "AW: Sturmschaden Dach – Stand?", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 09:15:00 +0100",
              atts=[("Gutachten_WG-2024-036115.pdf", "application/pdf", gut)])
    return m, C, "de", "insurer-to-customer", "Storm damage: expert report PDF with names, address, claim number"


def m115():
    body = """Hallo Sabine,

kannst du so an die Hotline geben? Es geht nur um die allgemeine Tariffrage aus dem Kundenservice-Wiki, kein konkreter Fall.

Gruß
Yasemin

> Am 31.10.2024 schrieb Tietjen, Sabine:
> Hi Yasemin, die Hotline fragt häufiger: Werden Reiseimpfungen (Tollwut, Japanische
> Enzephalitis, Gelbfieber) erstattet, und was ist mit einer Tollwut-Postexpositionsprophylaxe
> nach einem Hundebiss im Urlaub? Gibt es dafür einen Textbaustein?
>
> Antwort Leistung KV:
> - Reiseimpfungen: in den Tarifen KS-Comfort und KS-Premium zu 100 % (Vorsorge), in KS-Basis nicht.
> - Postexpositionsprophylaxe ist Heilbehandlung, kein Impfschutz im Sinne der Vorsorge – wird in allen Tarifen
>   erstattet, im Ausland über die Auslandsreisekrankenversicherung.
> - Textbaustein TB-31 "Reiseimpfungen" ist im Wiki aktualisiert.
"""
    m = build(115, "Aydın, Yasemin <yasemin.aydin@lindenhof-versicherung.example>",
              "Tietjen, Sabine <sabine.tietjen@lindenhof-versicherung.example>",
              "AW: Tollwut nach Hundebiss im Urlaub – erstattungsfähig?", body, "Mon, 04 Nov 2024 11:10:00 +0100")
    return m, N, "de", "internal", "trap: 'Tollwut nach Hundebiss' subject is a generic tariff FAQ, no case"


def m116():
    body = """Hi Mr Carter,

please go ahead with the annual inspection of the five AEDs (building A lobby, B canteen, C 2nd floor, car park, training centre) on 20 Nov. Replace pads and batteries where the expiry date is before 06/2025, as per your offer.

Regards
Jutta Engelke
Facility Management

> On 29 Oct 2024, Carter, Neil <n.carter@lifeline-aed-services.example> wrote:
> Dear Ms Engelke, your AEDs (Philips HeartStart FRx) are due for inspection. Offer: inspection
> EUR 65 per device, replacement pads EUR 89, batteries EUR 210. Kind regards, Neil Carter
"""
    m = build(116, "Engelke, Jutta <jutta.engelke@lindenhof-versicherung.example>",
              "Carter, Neil <n.carter@lifeline-aed-services.example>",
              "Re: AED maintenance 2024 – Lindenhof Hannover", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 15:00:00 +0100")
    return m, N, "en", "insurer-to-supplier", "trap: defibrillator maintenance order, no person"


def m117():
    body = """Dear colleagues,

FYI – the storm warning below will go out to all customers in Lower Saxony with buildings or household cover this afternoon, in German and English. No personal data in it, it's a mass mailing via the newsletter tool.

Lena

-----Original Message-----
From: Kommunikation
Sent: Monday, November 4, 2024 9:00 AM
Subject: Unwetterwarnung / Storm warning – Kundenhinweis

Dear customer,
the German Weather Service expects gale-force winds of up to 110 km/h on Wednesday. Please secure loose objects on balconies and in gardens, close windows and skylights and park your car away from trees. In case of damage, report it via the Lindenhof app or at https://www.lindenhof-versicherung.example/schaden – take photos before tidying up.
Your Lindenhof team
"""
    m = build(117, "Pfisterer, Lena <lena.pfisterer@lindenhof-versicherung.example>",
              "Schaden Sach <schaden@lindenhof-versicherung.example>",
              "FW: Unwetterwarnung / Storm warning – Kundenhinweis", body, "Mon, 04 Nov 2024 09:30:00 +0100")
    return m, N, "en", "internal", "trap: generic storm warning mass mailing, no person"


def m118():
    body = """Dear Graham,

please see the medical summary below, which is the basis for continuing the disability benefit for your client. We'll review again in 12 months.

Kind regards
Tobias Reinecke
Claims Disability

-----Original Message-----
From: Dr. Aalbers, Friederike
Sent: Thursday, October 31, 2024 3:00 PM
Subject: BU review LV-0079915520 Mr Alistair Fenwick

Review summary: ME/CFS (G93.3) following EBV infection 2022, confirmed by the Charité outpatient clinic (Canadian criteria). Severe post-exertional malaise, orthostatic intolerance; Bell score 30. Currently able to work < 2 h/day. No improvement since last review; pacing and low-dose naltrexone tried without effect. Degree of disability ≥ 50 % continues.
"""
    m = build(118, "Reinecke, Tobias <tobias.reinecke@lindenhof-versicherung.example>",
              "Graham Pennock <g.pennock@ashcombe-benefits.example>",
              "FW: BU review LV-0079915520 Mr Alistair Fenwick", body + "\n" + DISCL_EN,
              "Mon, 04 Nov 2024 16:05:00 +0100")
    return m, S, "en", "insurer-to-broker", "Disability review to broker: ME/CFS G93.3, functional status, treatment"


def m119():
    body = """Hallo Daniel,

Zertifikat ist erneuert, gültig bis 05.11.2026. Der neue öffentliche Schlüssel ist im LDAP und auf der Webseite veröffentlicht. Bitte informier noch Meridian Re, die haben unser Domänenzertifikat manuell importiert.

Sven

> On Fri, 1 Nov 2024 Daniel O'Rourke wrote:
> Sven, the S/MIME domain certificate for lindenhof-versicherung.example expires on 06 Nov.
> The CA needs the CSR by Monday. Can you take care? The old fingerprint is
> SHA256 4A:1C:77:…:E0. Thanks!
"""
    m = build(119, "Kühnapfel, Sven <sven.kuehnapfel@lindenhof-versicherung.example>",
              "O'Rourke, Daniel <daniel.orourke@lindenhof-versicherung.example>",
              "AW: S/MIME Domänenzertifikat läuft ab / expires 06 Nov", body, "Mon, 04 Nov 2024 11:35:00 +0100")
    return m, N, "mixed", "internal", "trap: S/MIME domain certificate renewal, no personal data"


def m120():
    body = """Dear Ms Farrington,

the company car for your new sales manager is now on the fleet policy FL 70-004903 as of 04.11.2024. Please note that we recorded the home address given below as garaging address, as the car is kept there overnight.

Kind regards
Felix Ambrosius
Motor Fleet

> On 1 Nov 2024, Farrington, Joanne wrote:
> Hi Felix, please add the following company car:
> Audi A6 Avant, VIN WAUZZZF2XRN044871, reg. H-KA 7781
> Driver: Mr Jonas Wittkopp, garaged at his home, Kirchröder Str. 55, 30625 Hannover
> Private use permitted (1 % rule). Driving licence since 2009.
> Joanne
"""
    m = build(120, "Ambrosius, Felix <felix.ambrosius@lindenhof-versicherung.example>",
              "Farrington, Joanne <joanne.farrington@kestrel-analytics.example>",
              "Re: New company car – Wittkopp", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 13:55:00 +0100")
    return m, C, "en", "insurer-to-company", "Fleet: named employee driver with home address, plate and VIN"


def m121():
    spe = pdf(["Lindenhof Lebensversicherung AG – Schweigepflichtentbindungserklärung (Einzelermächtigung)",
               "Versicherte Person: Katharina Wiebking, geb. 03.10.1983, LV-0099201147 (BU)",
               "Ich entbinde folgende Stellen von der Schweigepflicht für Auskünfte zu meinem Leistungsantrag:",
               "- Dr. med. Thomas Reuter, Facharzt für Orthopädie, Hildesheim (Behandlung seit 2021)",
               "- Praxis für Rheumatologie Dr. Sarina Kahl, Hannover (Diagnose rheumatoide Arthritis 2023)",
               "- Diakovere Annastift, Hannover (stationär 05/2024, Synovektomie Handgelenk)",
               "- Techniker Krankenkasse (AU-Zeiten 2022–2024)",
               "Hildesheim, 28.10.2024   gez. K. Wiebking"], "SPE Wiebking")
    body = """Hallo Tobias,

die unterschriebene Schweigepflichtentbindung ist gestern per Post gekommen, eingescannt im Anhang. Kannst du die Arztanfragen rausschicken?

Gruß
Lena
"""
    m = build(121, "Pfisterer, Lena <lena.pfisterer@lindenhof-versicherung.example>",
              "Reinecke, Tobias <tobias.reinecke@lindenhof-versicherung.example>",
              "SPE Wiebking – bitte Arztanfragen", body, "Mon, 04 Nov 2024 09:05:00 +0100",
              atts=[("Scan_2024-11-04_0812.pdf", "application/octet-stream", spe)])
    return m, S, "de", "customer", "Scanned signed consent (octet-stream PDF): BU claimant, doctors, rheumatoid arthritis, surgery"


def m122():
    x = xlsx([["Großschäden Sach/HUK > 250 T€, 01–10/2024", "", "", "", ""],
              ["Lfd.", "Sparte", "Schadenursache", "Altersband VN", "Schadenaufwand T€"],
              [1, "Wohngebäude", "Brand (Photovoltaik)", "50–59", 612],
              [2, "Gewerbe Inhalt", "Einbruchdiebstahl", "juristische Person", 488],
              [3, "Kfz-Haftpflicht", "Personenschaden Dritter", "18–24", 1930],
              [4, "Wohngebäude", "Leitungswasser", "70+", 274],
              [5, "Privathaftpflicht", "Brand Mietwohnung", "30–39", 355],
              [6, "Kfz-Haftpflicht", "Personenschaden Dritter", "60–69", 780]], "Großschäden")
    body = """Hallo Herr Gerdes,

anbei die Großschadenliste für die Vorstandssitzung, wie in der Mail unten gewünscht ohne Namen und Schadennummern, nur mit Altersbändern.

Gruß
Gudrun Lampe
Schadencontrolling

> Am 31.10.2024 schrieb Gerdes, Malte:
> Frau Lampe, bitte für die VS-Vorlage die Großschäden 2024, anonymisiert (keine Namen, keine Nummern). Danke!
"""
    m = build(122, "Lampe, Gudrun <gudrun.lampe@lindenhof-versicherung.example>",
              "Gerdes, Malte <malte.gerdes@lindenhof-versicherung.example>",
              "AW: Großschadenliste 2024 für VS-Vorlage", body, "Mon, 04 Nov 2024 12:15:00 +0100",
              atts=[("Grossschaeden_2024_anonym.xlsx", MT_XLSX, x)])
    return m, N, "de", "internal", "trap: large-loss list with age bands only, no names or numbers (XLSX)"


def m123():
    travellers = """Surname,First name,Date of birth,Nationality,Passport no.,Destination,From,To
Hartmann,Svenja,1988-04-12,DE,C4JK81T22,Singapore,2024-11-17,2024-11-24
Nwosu,Chidi,1979-09-30,NG,A09918273,Singapore,2024-11-17,2024-11-24
Lindgren,Maja,1992-01-05,SE,91827341,Jakarta,2024-11-20,2024-12-02
Brandt,Oliver,1984-07-22,DE,C7LM09X41,Jakarta,2024-11-20,2024-12-02
"""
    body = """Hi Joanne,

thanks – all four travellers are covered under the business travel policy BT 63-0117 for the dates in the list. Certificates of insurance for the visa applications are attached to the letter in the portal.

Best regards
Sabine Tietjen

> On 1 Nov 2024, Farrington, Joanne wrote:
> Hi, please find attached the traveller list for the APAC roadshow (see CSV). Singapore and
> Jakarta need insurance certificates for the visa. Thanks! Joanne
"""
    m = build(123, "Tietjen, Sabine <sabine.tietjen@lindenhof-versicherung.example>",
              "Farrington, Joanne <joanne.farrington@kestrel-analytics.example>",
              "Re: Traveller list APAC roadshow – BT 63-0117", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 10:55:00 +0100",
              atts=[("travellers_APAC_Nov2024.csv", "text/csv", travellers)])
    return m, C, "en", "insurer-to-company", "Business travel list CSV: employees' birth dates, nationality and passport numbers (no health)"


def m124():
    body = """Hi Oliver,

good question – general answer below, no client data needed. If you have a specific client, please send the application via the broker portal.

- Artificial reproduction (IVF/ICSI) is covered in KS-Comfort and KS-Premium after the 8-month waiting period, for up to 3 attempts, if the insured person is the one causing the infertility ("Verursacherprinzip").
- Age limits: woman up to 40, man up to 50.
- Egg freezing for non-medical reasons is not covered.

Regards
Melanie Szymański

> From: Oliver Strand
> Sent: Thursday, October 31, 2024 4:45 PM
> Subject: IVF coverage – product comparison
>
> Melanie, I'm putting together a comparison for expat clients: how does your PKV handle IVF?
> Couples keep asking. Cheers, Oliver
"""
    m = build(124, "Szymański, Melanie <melanie.szymanski@lindenhof-versicherung.example>",
              "Oliver Strand <oliver@strand-insurance-broking.example>",
              "RE: IVF coverage – product comparison", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 13:25:00 +0100")
    return m, N, "en", "insurer-to-broker", "trap: IVF tariff rules for a broker's product comparison, no client"


def m125():
    body = """Hi Tom,

FYI – Meridian's auto-reply below; Claire is out until the 11th, so the wording call moves to next week.

Hanna

-----Original Message-----
From: Claire Whitfield <claire.whitfield@meridian-re.example>
Sent: Monday, November 4, 2024 17:01
To: Kördel, Hanna
Subject: Automatic reply: RE: Property Cat XL 2025 – wording draft 3

I am currently out of the office with no access to e-mail, returning on Monday 11 November. For urgent matters please contact life-treaty@meridian-re.example or property-treaty@meridian-re.example.

This email and any attachments are confidential and intended solely for the addressee. Meridian Re SE is authorised and regulated by the competent supervisory authority.
"""
    m = build(125, "Kördel, Hanna <hanna.koerdel@lindenhof-versicherung.example>",
              "Tom Ashby <tom.ashby@lindenhof-versicherung.example>",
              "FW: Automatic reply: RE: Property Cat XL 2025 – wording draft 3", body,
              "Mon, 04 Nov 2024 17:10:00 +0100")
    return m, N, "en", "internal", "trap: forwarded external auto-reply with 'confidential' disclaimer"


def m126():
    body = """Sehr geehrter Herr Böttcher,

danke für die Wildunfallbescheinigung des Jagdpächters. Der Schaden an Ihrem Fahrzeug wird aus der Teilkasko reguliert, Ihr Schadenfreiheitsrabatt bleibt unberührt. Reparatur laut Kostenvoranschlag 2.318,40 EUR abzgl. SB 150 EUR.

Mit freundlichen Grüßen
Felix Ambrosius
Kfz-Schaden · KS-2024-121004 · KF 22-055612-9

-----Ursprüngliche Nachricht-----
Von: Werner Böttcher <w.boettcher@webpost.example>
Gesendet: Samstag, 2. November 2024 09:40
Betreff: Wildunfall

Guten Tag,
am Donnerstagabend ist mir auf der K 207 zwischen Wennigsen und Bredenbeck ein Reh ins Auto gelaufen (Passat, H-WB 661). Stoßstange und Kühlergrill kaputt. Verletzt ist niemand, dem Reh konnte leider nicht mehr geholfen werden. Die Bescheinigung vom Jagdpächter Herrn Rust hänge ich an.
Werner Böttcher, Am Sportplatz 2, 30974 Wennigsen
"""
    m = build(126, "Ambrosius, Felix <felix.ambrosius@lindenhof-versicherung.example>",
              "Werner Böttcher <w.boettcher@webpost.example>",
              "AW: Wildunfall", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 10:00:00 +0100", charset="iso-8859-1")
    return m, C, "de", "insurer-to-customer", "Deer collision: name, address, plate, claim number; nobody hurt (iso-8859-1)"


def m127():
    body = """Hallo Frau Vieregge,

anbei die finalen AHB-Pauschalen für 2025, Vertrag ist unterschrieben. Bitte im Leistungssystem hinterlegen.

Gruß
Jörn Hadeler
Versorgungsmanagement

> Von: Reha-Zentrum Bad Nenndorf, Verwaltung <verwaltung@reha-badnenndorf.example>
> Gesendet: Mittwoch, 30. Oktober 2024 10:00
> Betreff: Kooperationsvertrag 2025 – Pauschalen
>
> Sehr geehrter Herr Hadeler,
> wie verhandelt gelten ab 01.01.2025 folgende Tagespauschalen für Anschlussheilbehandlungen:
> Orthopädie (Hüft-/Knie-TEP, Wirbelsäule): 168,00 €
> Kardiologie (nach Herzinfarkt, Bypass): 182,50 €
> Neurologie Phase C/D: 214,00 €
> Zuschlag Einzelzimmer Wahlleistung: 38,00 €
> Mit freundlichen Grüßen, Verwaltungsleitung
"""
    m = build(127, "Hadeler, Jörn <joern.hadeler@lindenhof-versicherung.example>",
              "Vieregge, Jana <jana.vieregge@lindenhof-versicherung.example>",
              "WG: Kooperationsvertrag 2025 – Pauschalen Reha Bad Nenndorf", body,
              "Mon, 04 Nov 2024 11:15:00 +0100")
    return m, N, "de", "internal", "trap: rehab clinic price list per indication (hip replacement, heart attack), no patient"


def m128():
    body = """Hallo Holger,

super, dann melde ich das Team für Donnerstag an (6 Personen). Kannst du das Rezept für die Kürbissuppe vorab schicken? Dann besorgen wir den Ingwer selbst.

Danke, Birgit

> Am 31.10.2024 schrieb Wessel, Holger:
> Hallo zusammen, der Kantinen-Kochkurs "Herbstküche" ist am 14.11. um 16 Uhr.
> Rezept Kürbissuppe: 1 Hokkaido, 2 Kartoffeln, 1 Zwiebel, 500 ml Brühe, 200 ml Kokosmilch,
> Ingwer, Curry, geröstete Kürbiskerne. Anmeldung bis 8.11.
"""
    m = build(128, "Hanke, Birgit <birgit.hanke@lindenhof-versicherung.example>",
              "Wessel, Holger <holger.wessel@lindenhof-versicherung.example>",
              "AW: Rezept für Kantinen-Kochkurs", body, "Mon, 04 Nov 2024 12:40:00 +0100")
    return m, N, "de", "internal", "trap: 'Rezept' is a soup recipe for a canteen cooking class"


def m129():
    body = """Hi Marek,

reproduced on TEST with the dummy policy from the bug report. Root cause: the photo upload fails if the claim description contains an emoji. Fix in app version 5.12.1.

Daniel

> From: App Support
> Sent: Friday, November 1, 2024 2:02 PM
> Subject: Motor claims app – upload error (bug report #4471)
>
> Steps to reproduce (test account only):
> Login test.user07, policy KF 99-000000-0 (test), plate "TEST 1234", description "Parkschaden 🚗",
> upload 3 photos → error "500 Internal Server Error".
"""
    m = build(129, "O'Rourke, Daniel <daniel.orourke@lindenhof-versicherung.example>",
              "Jankowski, Marek <marek.jankowski@lindenhof-versicherung.example>",
              "RE: Motor claims app – upload error (bug report #4471)", body, "Mon, 04 Nov 2024 14:35:00 +0100")
    return m, N, "en", "internal", "trap: bug report with test account and dummy policy number"


def m130():
    body = """Hallo Herr Hallerstede,

zu Ihrer Nachfrage: Im Rahmen der Nachprüfung haben wir die Angaben Ihres Kunden zur neuen Tätigkeit erhalten (unten). Wir prüfen nun, ob eine konkrete Verweisung möglich ist, und melden uns innerhalb von 4 Wochen. Bis dahin läuft die BU-Rente von 1.500 EUR monatlich weiter.

Mit freundlichen Grüßen
Tobias Reinecke
Leistung BU · LV-0083310492

> Am 30.10.2024 schrieb Marco Heitmüller <marco.heitmueller@webpost.example>:
> Sehr geehrter Herr Reinecke,
> wie gewünscht zur Nachprüfung: Seit 01.08.2024 arbeite ich 25 Std./Woche als Disponent
> bei der Stadtreinigung Hildesheim, Bruttogehalt 2.150 €. Meinen alten Beruf als Gerüstbauer
> kann ich ja nicht mehr machen. Die Umschulung hat die Rentenversicherung bezahlt.
> Mit freundlichen Grüßen, Marco Heitmüller
"""
    m = build(130, "Reinecke, Tobias <tobias.reinecke@lindenhof-versicherung.example>",
              "Hallerstede, Timo <t.hallerstede@hallerstede-makler.example>",
              "AW: BU Heitmüller – Nachprüfung Stand?", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 15:50:00 +0100")
    return m, S, "de", "insurer-to-broker", "Disability benefit follow-up review: named claimant, salary, BU pension (life line)"


def m131():
    body = """Hallo Team,

die neuen Textbausteine für die Leistungsabrechnung sind ab heute im System. Bitte nur noch diese verwenden, die alten (TB-01 bis TB-20) sind gesperrt.

Jana

-----Ursprüngliche Nachricht-----
Von: Prozessmanagement Leistung
Gesendet: Donnerstag, 31. Oktober 2024
Betreff: Textbausteine 2025 – Freigabe

TB-41: "Für die Behandlung vom [Datum] durch [Leistungserbringer] erstatten wir [Betrag] EUR. Die Position [GOÄ-Nr.] konnten wir nicht berücksichtigen, da der Steigerungssatz von [Faktor] nicht ausreichend begründet ist."
TB-42: "Für Ihre Rechnung wegen [Diagnose] benötigen wir einen ärztlichen Bericht."
TB-43: "Das verordnete Arzneimittel [Präparat] ist ein Lifestyle-Präparat und nicht erstattungsfähig."
"""
    m = build(131, "Vieregge, Jana <jana.vieregge@lindenhof-versicherung.example>",
              "Leistung KV Team 3 <leistung-kv3@lindenhof-versicherung.example>",
              "WG: Textbausteine 2025 – Freigabe", body, "Mon, 04 Nov 2024 08:20:00 +0100")
    return m, N, "de", "internal", "trap: claims-letter text modules with [Diagnose]/[GOÄ-Nr.] placeholders"


def m132():
    body = """Sehr geehrter Herr Gruber,

nach der Abmeldung Ihres Fahrzeugs zum 15.10.2024 erstatten wir den nicht verbrauchten Beitrag von 186,92 EUR auf Ihr österreichisches Konto (siehe Ihre Mail unten). Die Überweisung kann 2–3 Bankarbeitstage dauern.

Mit freundlichen Grüßen
Tim Kasten
Inkasso · KF 22-067711-3

-----Ursprüngliche Nachricht-----
Von: Florian Gruber <florian.gruber@mailbox.example>
Gesendet: Montag, 28. Oktober 2024 07:45
Betreff: Abmeldung Auto / Rückerstattung

Grüß Gott, ich bin zurück nach Salzburg gezogen und habe den Wagen (H-FG 505) in Hannover abgemeldet. Bitte die Rückerstattung auf mein Konto bei der Raiffeisenbank:
IBAN AT71 2011 1378 5525 9820, lautend auf Florian Gruber.
Neue Adresse: Linzer Gasse 18, 5020 Salzburg.
"""
    m = build(132, "Kasten, Tim <tim.kasten@lindenhof-versicherung.example>",
              "Florian Gruber <florian.gruber@mailbox.example>",
              "AW: Abmeldung Auto / Rückerstattung", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 16:15:00 +0100")
    return m, C, "de", "insurer-to-customer", "Motor premium refund: Austrian IBAN, new address, plate in quoted mail"


def m133():
    body = """Thank you for your e-mail. I am out of the office until 8 November. Your message will not be forwarded; for urgent questions please call 0511 000-4400.

Vielen Dank für Ihre Nachricht. Ich bin bis 8. November nicht im Büro.

Jana Vieregge

> From: Praxisverwaltung MVZ Eilenriede <verwaltung@mvz-eilenriede.example>
> Sent: Monday, November 4, 2024 10:12
> Subject: E-invoicing – can we send invoices directly?
>
> Dear Sir or Madam, our medical centre would like to send private invoices to Lindenhof
> electronically (XRechnung / PDF via your portal) instead of giving them to the patients.
> Is there a procedure for this? Kind regards, MVZ Eilenriede, administration
"""
    m = build(133, "Vieregge, Jana <jana.vieregge@lindenhof-versicherung.example>",
              "Praxisverwaltung MVZ Eilenriede <verwaltung@mvz-eilenriede.example>",
              "Automatic reply: E-invoicing – can we send invoices directly?", body,
              "Mon, 04 Nov 2024 10:12:30 +0100", headers=[("Auto-Submitted", "auto-replied")])
    return m, N, "mixed", "insurer-to-doctor", "trap: out-of-office reply to a medical centre's question about e-invoicing, no patient"


def m134():
    body = """Hi Ingrid,

that's fine from Legal. Only change: in para 3, "contractors must inform their agency, not Lindenhof, about the reason for absence" – we should never ask for diagnoses.

Ute

> From: Havemann, Ingrid
> Sent: Wednesday, October 30, 2024 1:10 PM
> Subject: Re: Re: sick leave policy update for contractors
>
> Draft v2:
> 1. Contractors report absence to their Lindenhof team lead by 09:00 on the first day.
> 2. A doctor's note is required from day 4, submitted to the agency.
> 3. Contractors must not be asked about the reason for their absence.
> 4. Long absences (> 2 weeks): the agency proposes a replacement.
"""
    m = build(134, "Brüggemann, Ute <ute.brueggemann@lindenhof-versicherung.example>",
              "Havemann, Ingrid <ingrid.havemann@lindenhof-versicherung.example>",
              "Re: Re: Re: sick leave policy update for contractors", body, "Mon, 04 Nov 2024 09:40:00 +0100")
    return m, N, "en", "internal", "trap: sick-leave policy for contractors, no individual"


def m135():
    body = """Hallo Herr Kaya,

danke für den Kaufbeleg und die Anzeige. Wir ersetzen Ihr gestohlenes E-Bike aus der Fahrradversicherung zum Neuwert: 3.299 EUR abzgl. 10 % SB = 2.969,10 EUR. Die Auszahlung geht auf Ihr Konto DE47 2905 0101 5730 6515 22.

Viele Grüße
Anke Rehbein
Schaden Sach · FR-2024-004419

Am 29.10.2024 um 08:03 schrieb Serkan Kaya:
> Moin,
> mein E-Bike (Cube Kathmandu Hybrid, Rahmennr. WCU2208817K) ist am 27.10. vor dem
> Hauptbahnhof geklaut worden, obwohl es mit Faltschloss angeschlossen war. Anzeige
> bei der Bundespolizei ist gemacht, Aktenzeichen hänge ich an. Vertrag FR 34-0088172.
> Serkan Kaya, Davenstedter Str. 100, 30453 Hannover
"""
    m = build(135, "Rehbein, Anke <anke.rehbein@lindenhof-versicherung.example>",
              "Serkan Kaya <serkan.kaya@freemail.example>",
              "Re: E-Bike geklaut", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 13:45:00 +0100", cte="8bit", flowed=True)
    return m, C, "de", "insurer-to-customer", "E-bike theft: frame number, IBAN, address (8bit format=flowed)"


def m136():
    erb = pdf(["Amtsgericht Celle – Nachlassgericht", "Erbschein", "Es wird bezeugt, dass der am 12.08.2024 in Celle verstorbene",
               "Herr Heinrich Oldenburg, geboren am 30.11.1941, zuletzt wohnhaft Fuhrberger Str. 7, 29225 Celle,",
               "beerbt worden ist von:", "1. Frau Gisela Oldenburg, geb. Wittenberg, zu 1/2",
               "2. Herrn Thomas Oldenburg, geb. 02.04.1968, zu 1/4", "3. Frau Susanne Meierhoff, geb. Oldenburg, geb. 19.01.1971, zu 1/4"], "Erbschein")
    fw = inner(136, 1, "Notariat Dr. Lindemann <notariat@notar-lindemann.example>", "leben@lindenhof-versicherung.example",
               "Nachlass Heinrich Oldenburg – Lebensversicherung LV-0012277804",
               """Sehr geehrte Damen und Herren,

im Auftrag der Erbengemeinschaft nach Herrn Heinrich Oldenburg übersenden wir den Erbschein. Da kein Bezugsrecht eingeräumt war, fällt die Versicherungsleistung aus der Kapitallebensversicherung LV-0012277804 in den Nachlass. Wir bitten um Auszahlung auf das Nachlasskonto:

Erbengemeinschaft Heinrich Oldenburg, IBAN DE88 2905 0101 3528 5703 64

Die Sterbeurkunde lag Ihnen bereits vor.

Mit freundlichen Grüßen
Dr. Lindemann, Notar""", "Wed, 30 Oct 2024 11:00:00 +0100",
               atts=[("Erbschein_Oldenburg.pdf", "application/pdf", erb)])
    body = """Hallo Lena,

bitte übernehmen. Auszahlung erst nach Prüfung der Vollmacht des Notars.

Danke
Tanja
"""
    m = build(136, "Wilke, Tanja <tanja.wilke@lindenhof-versicherung.example>",
              "Pfisterer, Lena <lena.pfisterer@lindenhof-versicherung.example>",
              "WG: Nachlass Heinrich Oldenburg – Lebensversicherung LV-0012277804", body,
              "Mon, 04 Nov 2024 08:25:00 +0100", atts=[("Nachlass Oldenburg.eml", None, fw)])
    return m, S, "de", "lawyer", "Life policy payout to heirs: forwarded notary mail with certificate of inheritance, birth dates, IBAN"


def m137():
    body = """Hallo Sabine,

für die Hotline: die aktualisierte Liste unserer Kooperationskliniken 2025 ist unten. Die Liste ist öffentlich und steht auch auf der Webseite, darf also gern an Kunden rausgegeben werden.

Jörn

> Kooperationskliniken Lindenhof 2025 (Direktabrechnung)
> - Klinikum Weserbergland, Hameln – Orthopädie, Kardiologie
> - Fachklinik Deister – Psychosomatik, Suchtmedizin
> - Reha-Zentrum Bad Nenndorf – AHB Orthopädie/Kardiologie/Neurologie
> - Vinzenzkrankenhaus Hannover – Allgemein- und Viszeralchirurgie
> - Klinik am Kronsberg – Psychiatrie und Psychotherapie
> Details: https://www.lindenhof-versicherung.example/kliniken
"""
    m = build(137, "Hadeler, Jörn <joern.hadeler@lindenhof-versicherung.example>",
              "Tietjen, Sabine <sabine.tietjen@lindenhof-versicherung.example>",
              "WG: Krankenhausliste Kooperationskliniken 2025", body, "Mon, 04 Nov 2024 14:05:00 +0100")
    return m, N, "de", "internal", "trap: public list of partner clinics incl. psychiatry and addiction medicine"


def m138():
    body = """Hi Malte,

quick summary of the pricing note for the accidental death benefit rider, as requested below:
- Expected accidental death rate 0.09 per mille (ages 18–65), loading for motorcyclists dropped
- Suicide excluded in the first 3 years by law, no extra pricing
- Rider premium EUR 1.20 per month per EUR 10,000 sum assured
- Expected take-up 15 % of new term business

Jonas

> On 31 Oct 2024, Gerdes, Malte wrote:
> Jonas, can you give me the key numbers of the death benefit rider in 4 bullets for Sales? Thx
"""
    m = build(138, "Behrends, Jonas <jonas.behrends@lindenhof-versicherung.example>",
              "Gerdes, Malte <malte.gerdes@lindenhof-versicherung.example>",
              "FW: Death benefit rider – pricing note", body, "Mon, 04 Nov 2024 15:25:00 +0100")
    return m, N, "en", "internal", "trap: accidental death rider pricing, rates only"


def m139():
    body = """Dear Dr. Sander,

thank you for your reply below. Regarding your invoice no. 2024-3317 for our insured, we would ask you to justify the factor 3.5 for GOÄ no. 3 and no. 5 in more detail; "increased time" alone is not sufficient under § 5 (2) GOÄ. The other positions (ultrasound GOÄ 410, 420 and the ECG) are reimbursed in full.

Kind regards
Marco Lüdtke
Health Claims

> On 30 Oct 2024, Dr. Sander, Privatpraxis <praxis@dr-sander.example> wrote:
> Dear Mr Lüdtke,
> my patient Mr Liam Donnelly (DOB 14/03/1979, your insured no. KV 7012558-01) was seen on
> 02, 09 and 16 October for recurrent chest pain; we excluded coronary disease (stress ECG,
> echocardiography) and diagnosed reflux oesophagitis (K21.0), now on pantoprazole 40 mg.
> The higher factor reflects the time needed for the anxious patient. Regards, Dr. K. Sander
"""
    m = build(139, "Lüdtke, Marco <marco.luedtke@lindenhof-versicherung.example>",
              "Dr. Sander, Privatpraxis <praxis@dr-sander.example>",
              "Re: Invoice 2024-3317 – GOÄ factor", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 16:40:00 +0100")
    return m, S, "en", "insurer-to-doctor", "To doctor: named patient, birth date, chest pain work-up, reflux diagnosis K21.0, GOÄ items"


def m140():
    body = """Hallo zusammen,

anbei wie immer das Kurzprotokoll des Jour fixe Datenschutz vom 31.10.

1. Auskunftsersuchen Art. 15: 37 im Oktober, alle fristgerecht beantwortet.
2. Meldungen an die Aufsicht: keine.
3. Schulung "Weiterleiten von Mail-Verläufen" – Pflicht für Leistung und Maklerbetreuung bis 31.12.
4. Löschkonzept Leistungsakten: Pilot in Team 3 ab Januar.
5. Nächster Termin 28.11.

Viele Grüße
Annika Brösel

> Am 31.10.2024 schrieb Dr. Lammers, Henrike:
> Frau Brösel, bitte Protokoll an den Verteiler. Danke!
"""
    m = build(140, "Brösel, Annika <annika.broesel@lindenhof-versicherung.example>",
              "Jour fixe Datenschutz <jf-datenschutz@lindenhof-versicherung.example>",
              "Protokoll Jour fixe Datenschutz 31.10.2024", body, "Mon, 04 Nov 2024 17:30:00 +0100")
    return m, N, "de", "internal", "trap: data-protection meeting minutes, counts only"


def m141():
    body = """Dear Ms Sørensen,

we have received the claim from your colleague below. As the damage happened at work, we'll check whether your personal liability policy PH 31-0241180 covers it (damage to property lent by the employer is excluded, damage to a colleague's private property is covered). Please confirm that the laptop belongs to Mr Hoang privately.

Kind regards
Rainer Gosch
Liability Claims

> On 31 Oct 2024, Minh Hoang <minh.hoang@mailbox.example> wrote:
> Hi, my colleague Ida Sørensen spilled a full cup of coffee over my private MacBook Pro
> during a meeting on 29 Oct. The repair shop says logic board, EUR 1,480. She said her
> insurance would pay. My address: Gretchenstraße 14, 30161 Hannover.
> Minh Hoang
"""
    m = build(141, "Gosch, Rainer <rainer.gosch@lindenhof-versicherung.example>",
              "Ida Sørensen <ida.sorensen@mailbox.example>",
              "Re: Coffee on laptop – liability claim", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 12:30:00 +0100")
    return m, C, "en", "insurer-to-customer", "Personal liability: policyholder and third party named, address, policy number"


def m142():
    body = """Hallo Herr Brandes,

für die Tochter Ihres Kunden können wir die kieferorthopädische Behandlung leider nur teilweise übernehmen, siehe Begründung unserer Zahnabteilung unten.

Viele Grüße
Yasemin Aydın
Leistung Zahn

-----Ursprüngliche Nachricht-----
Von: Zahn-Team
Gesendet: Donnerstag, 31. Oktober 2024 09:10
Betreff: KFO Lotta Behrens, 11 J., ZV 6640771 (mitversichert beim Vater)

Behandlungsplan Dr. Falkenberg: KIG-Einstufung D3 (Distalbiss, Overjet 5,5 mm), festsitzende Multibracket-Apparatur OK/UK, Dauer 36 Monate, Gesamtkosten 5.840 €. Da KIG 3 eine GKV-Leistung wäre, aber das Kind privat mitversichert ist: Tarif ZahnPlus Kids erstattet 80 % bis 4.000 €. Mehrkosten für Keramikbrackets (1.100 €) nicht erstattungsfähig.

-----Ursprüngliche Nachricht-----
Von: Bernd Brandes
Gesendet: Dienstag, 29. Oktober 2024
Betreff: KFO Behrens – Zusage?

Hallo, Herr Behrens fragt nach der Zusage für die Zahnspange seiner Tochter. Plan ist vor 2 Wochen eingegangen.
"""
    m = build(142, "Aydın, Yasemin <yasemin.aydin@lindenhof-versicherung.example>",
              "Bernd Brandes <b.brandes@finanzkontor-brandes.example>",
              "AW: KFO Behrens – Zusage?", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 10:25:00 +0100")
    return m, S, "de", "insurer-to-broker", "Orthodontics of an 11-year-old: KIG D3, treatment plan, costs sent to broker"


def m143():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindenhof//Outlook Export//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:d75-0143-audit@lindenhof-versicherung.example
DTSTAMP:20241104T100000Z
DTSTART;TZID=Europe/Berlin:20241126T093000
DTEND;TZID=Europe/Berlin:20241126T123000
SUMMARY:Claims audit – sample review health claims (internal audit)
LOCATION:Room C 1.05
DESCRIPTION:Sample of 40 closed health claims drawn by Internal Audit. Files will be opened in the claims system in the room only – do not print or e-mail case data.
ORGANIZER;CN=Interne Revision:mailto:revision@lindenhof-versicherung.example
ATTENDEE;CN=Lüdtke\\, Marco:mailto:marco.luedtke@lindenhof-versicherung.example
END:VEVENT
END:VCALENDAR
"""
    body = """Hi Marco,

invitation for the audit sample review below. The sample list stays in the audit tool, so nothing to prepare by e-mail.

Best
Internal Audit

> On 31 Oct 2024, Lüdtke, Marco wrote:
> Fine for me, but not on the 19th. M.
"""
    m = build(143, "Interne Revision <revision@lindenhof-versicherung.example>",
              "Lüdtke, Marco <marco.luedtke@lindenhof-versicherung.example>",
              "Invitation: Claims audit – sample review health claims", body, "Mon, 04 Nov 2024 11:00:00 +0100",
              atts=[("invite.ics", "text/calendar", ics)])
    return m, N, "en", "internal", "trap: audit invitation (ICS) for health claims sample, no case data"


def m144():
    body = """Dear Mr Brennan,

we've processed the vet invoice for Murphy. Under your pet health policy TK 71-005128 we reimburse 80 % of EUR 1,246.30 = EUR 997.04 for the cruciate ligament surgery (TPLO) and the follow-up X-rays.

Kind regards
Anke Rehbein
Pet Insurance

> On 30 Oct 2024, Declan Brennan <declan.brennan@mailbox.example> wrote:
> Hello, attached the invoice from Tierärztliche Klinik Isernhagen. Murphy (Labrador, 5 y,
> chip no. 276098106447213) had surgery on his right knee (cruciate ligament rupture).
> Please pay to my account as usual. Declan Brennan, Sutelstraße 40, 30659 Hannover
"""
    m = build(144, "Rehbein, Anke <anke.rehbein@lindenhof-versicherung.example>",
              "Declan Brennan <declan.brennan@mailbox.example>",
              "Re: Vet invoice Murphy", body + "\n" + DISCL_EN, "Mon, 04 Nov 2024 14:55:00 +0100")
    return m, C, "en", "insurer-to-customer", "Pet health: dog's surgery (animal health), owner's name, address, policy"


def m145():
    anzeige = pdf(["Strafanzeige (Entwurf Kanzlei Dreessen) – Weidemann Präzisionsteile GmbH",
                   "Beschuldigte: Frau Tanja Rohlfs, geb. 11.02.1980, Buchhalterin seit 2015",
                   "Tatvorwurf: Untreue (§ 266 StGB) in 23 Fällen, 03/2022 bis 08/2024",
                   "Vorgehen: Überweisungen auf ein eigenes Konto mit fingierten Lieferantenrechnungen",
                   "Schaden: 187.412,60 EUR", "Die Beschuldigte hat die Taten im Gespräch am 14.10.2024 eingeräumt."], "Strafanzeige")
    ausz = """Datum;Empfänger;IBAN Empfänger;Betrag;Verwendungszweck
14.03.2022;Rohlfs Handel;DE31100208903476782626;8.420,00;RE 2022-118
02.06.2022;Rohlfs Handel;DE31100208903476782626;7.980,50;RE 2022-231
19.08.2024;T. Rohlfs;DE31100208903476782626;9.100,00;RE 2024-377
"""
    z = zipfile_of([("Strafanzeige_Entwurf.pdf", anzeige), ("Auszug_Ueberweisungen.csv", ausz)])
    body = """Sehr geehrter Herr Rechtsanwalt Dreessen,

anbei die Unterlagen unserer VN zur Vertrauensschadenversicherung VS 95-000318 (siehe ZIP). Bitte prüfen Sie den Regress gegen die Mitarbeiterin.

Mit freundlichen Grüßen
Claudia Hesse
Financial Lines

> Von: Weidemann Präzisionsteile GmbH, Geschäftsführung
> Gesendet: Freitag, 1. November 2024
> Betreff: Schadenmeldung Vertrauensschaden
>
> Anbei Strafanzeige (Entwurf) und Kontoauszüge. Die Mitarbeiterin ist fristlos gekündigt.
"""
    m = build(145, "Hesse, Claudia <claudia.hesse@lindenhof-versicherung.example>",
              "RA Jan Dreessen <j.dreessen@kanzlei-dreessen.example>",
              "Vertrauensschaden VS 95-000318 – Unterlagen", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 11:50:00 +0100",
              atts=[("Unterlagen_VS-95-000318.zip", "application/zip", z)])
    return m, S, "de", "insurer-to-lawyer", "Fidelity claim: ZIP with criminal complaint against a named employee (criminal offence), her IBAN"


def m146():
    body = """Liebe Kolleginnen und Kollegen,

am Samstag, 09.11.2024, 06:00–14:00 Uhr, ist das Leistungssystem LEIKA wegen des Release 24.4 nicht verfügbar. Betroffen sind Erfassung von Arztrechnungen, Krankenhausabrechnung, Pflege und BU-Leistungsfälle. Das Kundenportal zeigt in dieser Zeit einen Wartungshinweis.

Bitte keine Sammelbuchungen am Freitag nach 18 Uhr starten.

IT Anwendungsbetrieb

-----Ursprüngliche Nachricht-----
Von: Change Advisory Board
Betreff: CAB-Freigabe RFC-2024-0931 LEIKA 24.4
Freigegeben mit Auflage: Rollback-Plan bis Donnerstag.
"""
    m = build(146, "IT Anwendungsbetrieb <it-betrieb@lindenhof-versicherung.example>",
              "Alle Leistungsabteilungen <leistung-alle@lindenhof-versicherung.example>",
              "WG: Wartungsfenster Leistungssystem 09.11.2024", body, "Mon, 04 Nov 2024 07:00:00 +0100", cte="base64")
    return m, N, "de", "internal", "trap: maintenance window notice for the claims system (base64 body)"


def m147():
    body = """Sehr geehrte Frau Dittmer,

danke für die Bestätigung des Elektrikers. Den Überspannungsschaden nach dem Blitzeinschlag am 22.10. übernehmen wir aus Ihrer Hausratversicherung:

Fernseher Samsung 55" (Zeitwert) 540,00 EUR
WLAN-Router 89,00 EUR
Waschmaschinen-Elektronik (Reparatur) 236,50 EUR
Summe 865,50 EUR

Mit freundlichen Grüßen
Anke Rehbein
Schaden Sach · HR-2024-046002 · HR 33-0777341

-----Ursprüngliche Nachricht-----
Von: Bärbel Dittmer <baerbel.dittmer@webpost.example>
Gesendet: Donnerstag, 31. Oktober 2024 11:11
Betreff: AW: Blitzschaden

Hier die Bescheinigung von Elektro Lüders. Wir wohnen Dorfstraße 12 in 31311 Uetze, da hat es direkt in den Mast vor dem Haus eingeschlagen.
B. Dittmer
"""
    m = build(147, "Rehbein, Anke <anke.rehbein@lindenhof-versicherung.example>",
              "Bärbel Dittmer <baerbel.dittmer@webpost.example>",
              "AW: AW: Blitzschaden", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 16:50:00 +0100")
    return m, C, "de", "insurer-to-customer", "Household surge damage: address, policy and claim number, amounts"


def m148():
    text = """Dear Mr Sato,

sorry for the long back and forth. We have now reimbursed all open items – summary at the very bottom of this thread.

Kind regards
Katrin Oberländer
Health Claims

-----Original Message-----
From: Kenji Sato <kenji.sato@mailbox.example>
Sent: Saturday, November 2, 2024 11:20
Subject: RE: RE: RE: RE: Reimbursement September

Still missing the physio. Please check.

-----Original Message-----
From: Oberländer, Katrin
Sent: Thursday, October 24, 2024 15:00
Subject: RE: RE: RE: Reimbursement September

We paid the GP invoice on 22 Oct.

-----Original Message-----
From: Kenji Sato
Sent: Monday, October 21, 2024 08:10
Subject: RE: RE: Reimbursement September

Any news?

-----Original Message-----
From: Oberländer, Katrin
Sent: Tuesday, October 8, 2024 10:30
Subject: RE: Reimbursement September

Thank you, received. Processing takes about 10 working days.

-----Original Message-----
From: Kenji Sato
Sent: Monday, October 7, 2024 21:45
Subject: Reimbursement September

Hi, attached my invoices for September: GP (Dr. Hoffmeister), physiotherapy (8 sessions manual therapy for my lumbar disc herniation, M51.2), and the MRI of the lumbar spine. Policy KV 7103388-01.
Kenji

Summary of reimbursement (KV 7103388-01):
- Dr. Hoffmeister, GP, 03.09. and 17.09.: EUR 148.22 – paid 22.10.
- MRI lumbar spine, Radiologie am Raschplatz: EUR 612.78 – paid 22.10.
- Physiotherapy, 8x manual therapy: EUR 384.00 – paid today
"""
    html = "<html><body><pre style=\"font-family:Calibri,sans-serif\">" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</pre></body></html>"
    m = build(148, "Oberländer, Katrin <katrin.oberlaender@lindenhof-versicherung.example>",
              "Kenji Sato <kenji.sato@mailbox.example>",
              "RE: RE: RE: RE: RE: Reimbursement September", text + "\n" + DISCL_EN, "Mon, 04 Nov 2024 17:15:00 +0100",
              html=html)
    return m, S, "en", "insurer-to-customer", "Six-level thread; diagnosis M51.2, physiotherapy and MRI only in the oldest quoted mail and summary"


def m149():
    body = """Sehr geehrte Frau Kamp,

vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung. Gern beantworte ich Ihre Fragen:

- ZahnPlus 90 erstattet 90 % für Zahnersatz (Implantate, Kronen, Brücken) und 100 % für Zahnbehandlung und Prophylaxe bis 200 EUR/Jahr.
- Es gibt keine Wartezeit, aber in den ersten 4 Jahren Höchstbeträge (1.000 / 2.000 / 3.000 / 4.000 EUR).
- Bereits fehlende Zähne sind nicht versichert.

Die Broschüre und die Beitragstabelle finden Sie im Anhang. Für ein Angebot benötigen wir nur Ihr Geburtsjahr.

Mit freundlichen Grüßen
Sabine Tietjen
Kundenservice

> Am 02.11.2024 schrieb Lisa Kamp <lisa.kamp@webpost.example>:
> Hallo, ich interessiere mich für eine Zahnzusatzversicherung. Was zahlt die bei Implantaten
> und gibt es eine Wartezeit? Bitte schicken Sie mir Infos.
"""
    brosch = pdf(["Lindenhof ZahnPlus – Ihr Lächeln ist uns etwas wert", "Leistungen im Überblick:",
                  "Zahnersatz 90 %, Zahnbehandlung 100 %, Prophylaxe bis 200 EUR/Jahr",
                  "Beitrag ab 14,90 EUR/Monat (Eintrittsalter 30)", "Stand 11/2024"], "ZahnPlus Broschüre")
    m = build(149, "Tietjen, Sabine <sabine.tietjen@lindenhof-versicherung.example>",
              "Lisa Kamp <lisa.kamp@webpost.example>",
              "AW: Zahnzusatzversicherung – Infos", body + "\n" + DISCL_DE, "Mon, 04 Nov 2024 15:05:00 +0100",
              atts=[("ZahnPlus_Broschuere.pdf", "application/pdf", brosch)])
    return m, N, "de", "insurer-to-customer", "trap: prospect's brochure request answered with generic dental tariff info"


def m150():
    body = """Sehr geehrte Damen und Herren,

wie unten angefordert bestätigen wir den Versicherungsschutz für das Leasingfahrzeug Ihres Leasingnehmers:

Leasingnehmer / VN: Herr Björn Stahmer, Osterstraße 21, 30159 Hannover
Fahrzeug: BMW iX1, FIN WBA11EF0905R77120, Kennzeichen H-BS 4021
Vertrag KF 22-131207-2: Haftpflicht, Vollkasko SB 1.000 EUR, Teilkasko SB 150 EUR
Sicherungsschein zugunsten Nordbank Leasing GmbH ausgestellt.

Mit freundlichen Grüßen
Stefanie Wollny
Kfz-Antrag

> Von: Nordbank Leasing GmbH, Vertragsservice <vertragsservice@nordbank-leasing.example>
> Gesendet: Donnerstag, 31. Oktober 2024
> Betreff: Versicherungsbestätigung LV-Nr. 88120447 / Stahmer
>
> Bitte bestätigen Sie Vollkaskoschutz und stellen Sie einen Sicherungsschein aus.
"""
    m = build(150, "Wollny, Stefanie <stefanie.wollny@lindenhof-versicherung.example>",
              "Nordbank Leasing Vertragsservice <vertragsservice@nordbank-leasing.example>",
              "AW: Versicherungsbestätigung LV-Nr. 88120447 / Stahmer", body + "\n" + DISCL_DE,
              "Mon, 04 Nov 2024 09:30:00 +0100")
    return m, C, "de", "insurer-to-partner", "Leasing confirmation: lessee's name, address, VIN, plate, motor contract"


# ================================================================ generation and check

def all_mails():
    g = globals()
    return [(i, g["m%03d" % i]) for i in range(1, 151) if ("m%03d" % i) in g]


def generate():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, fn in all_mails():
        msg, label, lang, kind, reason = fn()
        name = "d%s-%04d.eml" % (NN, i)
        data = msg.as_bytes(policy=SMTP)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        for v in (label, lang, kind, reason):
            assert "\t" not in v and "\n" not in v, (i, v)
        rows.append("%s\t%s\t%s\t%s\t%s" % (name, label, lang, kind, reason))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails" % (len(rows) - 1))


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9.-]+[A-Za-z0-9])")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9.-]+[A-Za-z0-9])", re.I)


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return None  # not an IBAN shape
    lens = {"DE": 22, "AT": 20, "NL": 18, "GB": 22, "CH": 21, "FR": 27, "ES": 24, "PL": 28, "IT": 27}
    if s[:2] not in lens:
        return None
    if len(s) != lens[s[:2]]:
        return None
    n = int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))
    return n % 97 == 1


def _xml_text(b):
    doc = minidom.parseString(b)
    out = []

    def walk(node):
        for ch in node.childNodes:
            if ch.nodeType == ch.TEXT_NODE:
                out.append(ch.data)
            else:
                walk(ch)
            if ch.nodeType == ch.ELEMENT_NODE and ch.tagName in ("w:p", "text:p", "row", "table:table-row", "c"):
                out.append("\n")
    walk(doc)
    return "".join(out)


def _pdf_text(b):
    assert b.startswith(b"%PDF-") and b.rstrip().endswith(b"%%EOF"), "bad pdf"
    sx = int(b.rsplit(b"startxref", 1)[1].split()[0])
    assert b[sx:sx + 4] == b"xref", "bad startxref"
    txt = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", b):
        s = re.sub(rb"\\(.)", rb"\1", m.group(1))
        txt.append(s.decode("cp1252"))
    return "\n".join(txt)


def _zip_text(b, errs, where):
    out = []
    with zipfile.ZipFile(io.BytesIO(b)) as z:
        bad = z.testzip()
        if bad:
            errs.append("%s: corrupt zip member %s" % (where, bad))
        for zi in z.infolist():
            if zi.date_time != ZIP_TS:
                errs.append("%s: zip timestamp %s" % (where, zi.filename))
            data = z.read(zi.filename)
            out.append(_file_text(zi.filename, data, errs, where + "!" + zi.filename))
    return "\n".join(out)


def _file_text(fname, data, errs, where):
    low = (fname or "").lower()
    try:
        if low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
            return _zip_text(data, errs, where)
        if low.endswith(".xml") or low.endswith(".rels"):
            return _xml_text(data)
        if low.endswith(".pdf"):
            return _pdf_text(data)
        if low.endswith(".ics"):
            t = data.decode("utf-8")
            assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, "bad ics"
            return t
        if low == "mimetype":
            return ""
        for enc in ("utf-8", "cp1252"):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                pass
        errs.append("%s: undecodable" % where)
    except Exception as e:  # noqa
        errs.append("%s: %s" % (where, e))
    return ""


def _msg_text(msg, errs, where):
    out = []
    for k in ("From", "To", "Cc", "Subject", "Reply-To"):
        if msg[k]:
            out.append(str(msg[k]))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue  # walk() descends into it
        fname = part.get_filename()
        if ct.startswith("text/") and not fname:
            out.append(part.get_content())
            continue
        data = part.get_payload(decode=True)
        if ct.startswith("text/") and fname and not fname.lower().endswith(".ics"):
            cs = part.get_content_charset() or "utf-8"
            out.append(data.decode(cs))
            continue
        out.append(_file_text(fname, data, errs, where + ":" + str(fname)))
    return "\n".join(out)


def check():
    errs = []
    rows = open(os.path.join(HERE, "labels.tsv"), encoding="utf-8").read().split("\n")
    assert rows[0] == "file\tlabel\tlang\tkind\treason", "labels header"
    rows = [r.split("\t") for r in rows[1:] if r]
    if len(rows) != 150:
        errs.append("labels.tsv has %d rows" % len(rows))
    counts = {}
    langs = {}
    names = set()
    for r in rows:
        if len(r) != 5 or not all(r):
            errs.append("bad row %r" % (r,))
            continue
        names.add(r[0])
        counts[r[1]] = counts.get(r[1], 0) + 1
        langs[r[2]] = langs.get(r[2], 0) + 1
        if r[1] not in (N, C, S):
            errs.append("bad label %r" % r)
        if r[2] not in ("de", "en", "mixed"):
            errs.append("bad lang %r" % r)
        if r[1] != N and r[4].startswith("trap:"):
            errs.append("trap on non-normal %s" % r[0])
    if counts != EXPECTED:
        errs.append("label counts %r" % counts)
    files = sorted(os.listdir(OUT))
    want = ["d%s-%04d.eml" % (NN, i) for i in range(1, 151)]
    if files != want:
        errs.append("mail files differ from d%s-0001..0150" % NN)
    if names != set(want):
        errs.append("labels.tsv file names differ")
    n_iban = n_att = 0
    for f in files:
        raw = open(os.path.join(OUT, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errs.append("%s: line ends not CRLF" % f)
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            errs.append("%s: line longer than 998" % f)
        msg = email.message_from_bytes(raw, policy=policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg[h]:
                errs.append("%s: missing %s" % (f, h))
        for part in msg.walk():
            if part.get_filename():
                n_att += 1
            for d in part.defects:
                errs.append("%s: defect %s" % (f, d))
            if part.get_content_type() == "message/rfc822":
                sub = part.get_payload()[0]
                if not sub["From"] or not sub["Subject"]:
                    errs.append("%s: nested message without headers" % f)
        text = _msg_text(msg, errs, f)
        for m in MAIL_RE.finditer(text):
            if not m.group(1).lower().endswith(".example"):
                errs.append("%s: domain %s" % (f, m.group(1)))
        for m in URL_RE.finditer(text):
            if not m.group(1).lower().endswith(".example"):
                errs.append("%s: url host %s" % (f, m.group(1)))
        for m in IBAN_RE.finditer(text):
            ok = iban_ok(m.group(1))
            if ok is None:
                continue
            n_iban += 1
            if not ok:
                errs.append("%s: IBAN checksum %s" % (f, m.group(1)))
    print("mails: %d, labels: %s, langs: %s" % (len(files), counts, langs))
    print("attachments (incl. nested): %d, IBANs validated: %d" % (n_att, n_iban))
    if errs:
        print("ERRORS:")
        for e in errs:
            print("  " + e)
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    generate()
