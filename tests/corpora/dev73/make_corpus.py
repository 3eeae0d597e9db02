#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel independent test corpus dev73 -- group business (bAV / bKV / group accident / group life)
of the invented insurer "Aurelia Versicherungsgruppe" and the HR/payroll departments of its client
companies.  All people, companies, numbers and domains are invented; every domain ends in .example.

    python make_corpus.py          -> writes mails/d73-0001.eml ... d73-0150.eml and labels.tsv
    python make_corpus.py --check  -> re-parses and validates everything

Every mail is written by hand in its own function m001 ... m150.  The helpers below only turn that
content into MIME (fixed boundaries, dates, Message-IDs) or into attachment files (CSV, XLSX, DOCX,
ODT, ODS, PDF, ICS, ZIP, message/rfc822).  Standard library only, Python 3.8+.
"""
import sys, os, io, re, zipfile, datetime, hashlib
import xml.etree.ElementTree as ET
from email.message import EmailMessage
from email import policy as _policy
from email.utils import format_datetime, getaddresses
from email.parser import BytesParser
from xml.sax.saxutils import escape as _xesc

HERE = os.path.dirname(os.path.abspath(__file__))
NN = "73"
N_MAILS = 150
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
SMTP = _policy.SMTP
ZIP_TS = (2025, 1, 2, 9, 0, 0)
BASE = datetime.datetime(2025, 2, 3, 7, 41, 0)

# -------------------------------------------------------------------------------------------
# attachment builders (format only; all content comes from the mail functions)
# -------------------------------------------------------------------------------------------

def csv_file(rows, enc="utf-8", sep=";"):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if sep in c or '"' in c or "\n" in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return ("\r\n".join(out) + "\r\n").encode(enc)


def _zip(members, stored_first=None):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return bio.getvalue()


def zip_file(members):
    """members: list of (name, bytes)"""
    return _zip(members)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_file(sheets):
    """sheets: list of (sheet name, rows); ints/floats become numbers, everything else inline text"""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>')
    for i in range(len(sheets)):
        ct += ('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
               'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
    ct += '</Types>'
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">')
    members = []
    for i, (name, rows) in enumerate(sheets):
        wb += '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_xesc(name), i + 1, i + 1)
        wbrels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1))
        x = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        for r, row in enumerate(rows):
            x += '<row r="%d">' % (r + 1)
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r + 1)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    x += '<c r="%s"><v>%s</v></c>' % (ref, v)
                elif v is None or v == "":
                    continue
                else:
                    x += '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _xesc(str(v)))
            x += '</row>'
        x += '</sheetData></worksheet>'
        members.append(("xl/worksheets/sheet%d.xml" % (i + 1), x))
    wb += '</sheets></workbook>'
    wbrels += '</Relationships>'
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels)] + members)


def docx_file(paragraphs):
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
    body = ""
    for p in paragraphs:
        bold = p.startswith("**")
        t = p[2:] if bold else p
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body += '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _xesc(t))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '</w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:office-value="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"')


def _odf(mime, content):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                stored_first="mimetype")


def odt_file(paragraphs):
    c = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:text>' % _ODF_NS)
    for p in paragraphs:
        c += '<text:p>%s</text:p>' % _xesc(p)
    c += '</office:text></office:body></office:document-content>'
    return _odf("application/vnd.oasis.opendocument.text", c)


def ods_file(sheets):
    c = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:spreadsheet>' % _ODF_NS)
    for name, rows in sheets:
        c += '<table:table table:name="%s">' % _xesc(name)
        for row in rows:
            c += '<table:table-row>'
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    c += ('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p>'
                          '</table:table-cell>' % (v, v))
                else:
                    c += '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _xesc(str(v))
            c += '</table:table-row>'
        c += '</table:table>'
    c += '</office:spreadsheet></office:body></office:document-content>'
    return _odf("application/vnd.oasis.opendocument.spreadsheet", c)


def pdf_file(lines, title="Dokument"):
    """One or more A4 pages of Helvetica text (uncompressed, WinAnsi)."""
    def esc(s):
        b = s.encode("cp1252", "replace")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    pages = [lines[i:i + 52] for i in range(0, max(len(lines), 1), 52)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Title (" + esc(title) + b") /Producer (Aurelia DocGen 3.2) /CreationDate (D:20250102090000+01'00') >>")
    for pg in pages:
        st = b"BT /F1 10 Tf 13 TL 56 790 Td\n"
        for ln in pg:
            st += b"(" + esc(ln) + b") Tj T*\n"
        st += b"ET"
        idx = len(objs) + 1
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                     "/Contents %d 0 R >>" % (idx + 1)).encode())
        objs.append(b"<< /Length " + str(len(st)).encode() + b" >>\nstream\n" + st + b"\nendstream")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ("%d 0 obj\n" % (i + 1)).encode() + o + b"\nendobj\n"
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out


def ics_file(uid, start, end, summary, location="", description="", organizer="", method="REQUEST"):
    def fold(s):
        s = s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
        return s
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Aurelia Versicherungsgruppe//Termine//DE",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20250102T090000Z",
             "DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end,
             "SUMMARY:" + fold(summary)]
    if location:
        lines.append("LOCATION:" + fold(location))
    if description:
        lines.append("DESCRIPTION:" + fold(description))
    if organizer:
        lines.append("ORGANIZER:mailto:" + organizer)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


MIME_BY_EXT = {
    "csv": "text/csv", "pdf": "application/pdf", "ics": "text/calendar", "zip": "application/zip",
    "txt": "text/plain",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}

# -------------------------------------------------------------------------------------------
# MIME assembly
# -------------------------------------------------------------------------------------------

def A(filename, data, mime=None):
    """an attachment: filename, bytes (or a dict from M() for message/rfc822), optional MIME type"""
    return (filename, data, mime)


def M(frm, to, subject, text=None, *, cc=None, html=None, att=(), charset="utf-8", cte="quoted-printable",
      flowed=False, headers=None, reply_to=None, in_reply_to=None, date=None,
      label=None, lang=None, kind=None, reason=None):
    return dict(frm=frm, to=to, cc=cc, subject=subject, text=text, html=html, att=list(att), charset=charset,
                cte=cte, flowed=flowed, headers=headers or {}, reply_to=reply_to, in_reply_to=in_reply_to,
                date=date, label=label, lang=lang, kind=kind, reason=reason)


def _date_for(n, explicit=None):
    if explicit is not None:
        dt = explicit
    else:
        dt = BASE + datetime.timedelta(hours=20 * n + (n * 37) % 11, minutes=(n * 53) % 60)
        if dt.hour < 7:
            dt += datetime.timedelta(hours=7)
        if dt.hour > 19:
            dt -= datetime.timedelta(hours=6)
        if dt.weekday() >= 5:
            dt += datetime.timedelta(days=7 - dt.weekday())
    off = 2 if dt >= datetime.datetime(2025, 3, 30, 2) else 1
    return dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def _addr_domain(a):
    return getaddresses([a])[0][1].split("@")[-1]


def build(d, n, sub=0, parent_dt=None):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = d["frm"]
    msg["To"] = d["to"]
    if d["cc"]:
        msg["Cc"] = d["cc"]
    if d["reply_to"]:
        msg["Reply-To"] = d["reply_to"]
    msg["Subject"] = d["subject"]
    if parent_dt is not None and d["date"] is None:
        dt = parent_dt - datetime.timedelta(days=1, minutes=83)
    else:
        dt = _date_for(n, d["date"])
    msg["Date"] = format_datetime(dt)
    h = hashlib.sha1(("%s|%d|%d" % (NN, n, sub)).encode()).hexdigest()[:12]
    msg["Message-ID"] = "<%s.%s.%04d@%s>" % (dt.strftime("%Y%m%d%H%M%S"), h, n * 10 + sub, _addr_domain(d["frm"]))
    if d["in_reply_to"]:
        msg["In-Reply-To"] = d["in_reply_to"]
    for k, v in d["headers"].items():
        msg[k] = v
    params = {"format": "flowed"} if d["flowed"] else None
    cte = d["cte"]
    if cte == "7bit" and not ((d["text"] or "") + (d["html"] or "")).isascii():
        cte = "8bit"
    if d["text"] is not None:
        msg.set_content(d["text"], subtype="plain", charset=d["charset"], cte=cte, params=params)
        if d["html"] is not None:
            msg.add_alternative(d["html"], subtype="html", charset="utf-8", cte="quoted-printable")
    elif d["html"] is not None:
        msg.set_content(d["html"], subtype="html", charset=d["charset"], cte=cte)
    for fn, data, mime in d["att"]:
        if isinstance(data, dict):
            inner = build(data, n, sub + 1, dt)
            msg.add_attachment(inner, filename=fn)
            continue
        ext = fn.rsplit(".", 1)[-1].lower()
        mt = mime or MIME_BY_EXT.get(ext, "application/octet-stream")
        bits = [b.strip() for b in mt.split(";")]
        maintype, subtype = bits[0].split("/", 1)
        prm = dict(b.split("=", 1) for b in bits[1:]) or None
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn, cte="base64", params=prm)
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%s%04d_%d.%d" % (NN, n, sub, i))
            i += 1
    return msg


# -------------------------------------------------------------------------------------------
# the mails
# -------------------------------------------------------------------------------------------

def m001():
    return M("Aurelia bAV-Newsletter <newsletter-firmen@aurelia-versicherung.example>",
             "Personalabteilungen Rahmenvertragskunden <verteiler-bav@aurelia-versicherung.example>",
             "bAV-Update 1/2025: Rechengrößen, Förderbeträge und was sich für die Entgeltabrechnung ändert",
"""bAV-Update 1/2025 - Ihr Newsletter für Personal und Entgeltabrechnung
=====================================================================

Liebe Leserinnen und Leser,

zum Jahreswechsel haben sich wieder einige Werte geändert, die Sie bei der
Abrechnung der betrieblichen Altersversorgung berücksichtigen müssen. Hier die
wichtigsten Zahlen auf einen Blick:

  Beitragsbemessungsgrenze RV (bundeseinheitlich)     96.600 EUR/Jahr  (8.050 EUR/Monat)
  steuerfrei nach § 3 Nr. 63 EStG (8 % der BBG)        7.728 EUR/Jahr  (  644 EUR/Monat)
  sozialversicherungsfrei (4 % der BBG)                 3.864 EUR/Jahr  (  322 EUR/Monat)
  Mindestbeitrag Entgeltumwandlung (1/160 Bezugsgröße)    280,88 EUR/Jahr
  Freibetrag KV auf Versorgungsbezüge (§ 226 SGB V)       187,25 EUR/Monat

Was heißt das konkret für Ihre Abrechnung?
Wenn Sie für Mitarbeitende bereits 322 EUR monatlich in eine Direktversicherung
oder Pensionskasse einzahlen, sind darüber hinausgehende Beiträge bis 644 EUR
zwar noch steuerfrei, aber beitragspflichtig in der Sozialversicherung. Denken Sie
auch an den verpflichtenden Arbeitgeberzuschuss von 15 % nach § 1a Abs. 1a BetrAVG,
soweit Sie durch die Umwandlung SV-Beiträge sparen.

Geringverdienerförderung (§ 100 EStG)
Die Einkommensgrenze liegt weiterhin bei 2.575 EUR brutto im Monat. Der
Förderbetrag beträgt 30 % des zusätzlichen Arbeitgeberbeitrags, höchstens 288 EUR
im Jahr.

Termine
- 13.03.2025, 10:00 Uhr: Webinar "bAV in der Entgeltabrechnung - typische Fehler"
- 08.05.2025: HR-Forum Süd in Stuttgart (Anmeldung folgt gesondert)

Fragen? Ihr Firmenkundenservice erreicht Sie unter 0221 98765-400 oder
firmenservice@aurelia-versicherung.example.

Aurelia Lebensversicherung AG | Aureliaplatz 1 | 50670 Köln
Sie erhalten diesen Newsletter als Ansprechpartner eines Rahmenvertragskunden.
Abmelden: https://www.aurelia-versicherung.example/newsletter/abmelden
""",
             label="NORMAL", lang="de", kind="newsletter",
             reason="trap: salary thresholds, 8 %/4 % BBG figures and bAV terms, no person")


def m002():
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Petra Lindner <p.lindner@kessler-antriebe.example>",
             "AW: Anmeldung bKV Neueintritte März - GV 40-771203",
"""Hallo Frau Lindner,

vielen Dank, die drei Anmeldungen zur betrieblichen Krankenversicherung sind
verarbeitet. Versicherungsbeginn ist jeweils der 01.03.2025, Tarif BudgetPlus 600:

  Pers.-Nr.  Name                 geb.         Tarif           Beitrag mtl.
  10482      Yilmaz, Deniz        14.08.1996   BudgetPlus 600  34,90 EUR
  10487      Brückner, Anja       02.11.1979   BudgetPlus 600  34,90 EUR
  10491      Szymański, Tomasz    27.05.1988   BudgetPlus 600  34,90 EUR

Die Versicherungskarten gehen den Mitarbeitenden direkt an die Privatadresse zu,
die Zugangsdaten für die Aurelia-Gesundheits-App kommen separat per Post.

Bei Herrn Szymański fehlt uns noch die Angabe, ob die Familienversicherung für
seine Tochter gewünscht ist (im Formular war das Feld angekreuzt, aber kein
Name eingetragen). Können Sie das bitte kurz mit ihm klären?

Viele Grüße
Katrin Vossberg

--
Katrin Vossberg
Firmenkundenservice bAV/bKV
Aurelia Krankenversicherung AG
Tel. 0221 98765-412
""",
             in_reply_to="<f2c1a0b7.3381@kessler-antriebe.example>",
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="bKV enrolment of three named employees with birth dates (health line)")


def m003():
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Heike Brandt <lohnbuero@ostermann-bau.example>",
             "Beitragsrechnung Gruppenunfall 1. Quartal 2025 - Vertrag GU 7-204518",
"""Sehr geehrte Frau Brandt,

anbei die Zusammenfassung der Beitragsabrechnung für Ihre Gruppenunfallversicherung
für das 1. Quartal 2025:

  Vertrag:                GU 7-204518
  Versicherungsnehmer:    Ostermann Bau GmbH & Co. KG
  versicherte Personen:   Gefahrengruppe A (kaufm. Personal)   23
                          Gefahrengruppe B (gewerbl. Personal)  141
  Beitrag netto:          9.412,50 EUR
  Versicherungsteuer:     Unfall 3,8 % laut Tarif
  Beitrag brutto:         9.770,17 EUR
  Fälligkeit:             01.02.2025 (Lastschrift wie vereinbart)

Die Zahl der versicherten Personen haben wir aus Ihrer Jahresmeldung vom 20.01.
übernommen. Sollten sich im Laufe des Quartals wesentliche Änderungen ergeben
(mehr als 10 % Abweichung), melden Sie diese bitte bis zum Quartalsende, sonst
rechnen wir zum Jahresende pauschal ab.

Mit freundlichen Grüßen

Torsten Bräutigam
Key Account Management Gruppenversicherung
Aurelia Allgemeine Versicherung AG
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="company-level group accident premium invoice with contract no. and named contact; no insured person named")


def m004():
    return M("Aurelia Employer Portal Team <portal-support@aurelia-versicherung.example>",
             "Lena Marquardt <lena@vireo-software.example>",
             "Getting started with the Aurelia Employer Portal",
"""Hi Lena,

thanks for the call this morning - as promised, here is the short version of how
your People team gets going in the Employer Portal.

1. Activate your admin account
   You will receive a separate e-mail with a one-time password. Log in at
   https://firmenportal.aurelia-versicherung.example and set your own password
   and security question within 72 hours.

2. Add further users
   Under "Administration > Users" you can invite colleagues. We recommend two
   admins (holiday cover!) and read-only access for Finance.

3. Upload your starters
   Use the CSV template under "Downloads" (semicolon separated, UTF-8). Required
   columns: personnel number, first name, last name, date of birth, start date,
   tariff. The portal checks the file before anything is sent to us.

4. Monthly changes
   Starters, leavers and changes (e.g. parental leave, unpaid leave) can be
   reported directly in the portal until the 15th of each month for the
   following month.

Please do NOT send employee lists by normal e-mail - the portal upload is
encrypted end to end, e-mail is not.

The portal is available in German and English (flag icon top right).

Best regards
Sandra Kühn
Employer Portal Support | Aurelia Versicherungsgruppe
+49 221 98765-480
""",
             label="NORMAL", lang="en", kind="insurer-to-company",
             reason="trap: onboarding instructions mentioning date of birth and parental leave as column names, no data")


def m005():
    return M("Oliver Stenzel <oliver.stenzel@aurelia-versicherung.example>",
             "Daniel Whitcombe <daniel.whitcombe@holmfeld.example>",
             "RE: Group life claim - Mr Jan Petersen (policy GL-3310-0087)",
"""Dear Mr Whitcombe,

thank you for letting us know, and please pass on our sincere condolences to
Mr Petersen's family and to his colleagues in Hamburg.

Mr Petersen was covered under Holmfeld Pharma Services' group life policy
GL-3310-0087 with a sum assured of two times annual base salary, i.e.
EUR 168,000.00. To process the claim we need:

  - certified copy of the death certificate (Sterbeurkunde)
  - the completed claim form "Leistungsantrag Todesfall" (attached to our last mail)
  - a confirmation from HR of employment and base salary as at date of death
  - the medical certificate of cause of death (Todesbescheinigung, confidential part)
    - this can be sent directly by the family's doctor to our medical service
  - ID and bank details of the beneficiary

You mentioned that Mr Petersen had not filed a beneficiary nomination. In that
case the policy conditions pay to the surviving spouse, so we will contact
Mrs Petersen directly once we have her address. Please do not forward her
personal details to us by ordinary e-mail; our secure portal link is fine.

With kind regards

Oliver Stenzel
Claims Life / Group Business
Aurelia Lebensversicherung AG
""",
             label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="group life death claim of a named employee, sum assured and salary, cause-of-death certificate requested")


def m006():
    return M("Mehmet Yıldız <mehmet.yildiz@aurelia-versicherung.example>",
             "Bäckerei Pohl <buero@baeckerei-pohl.example>",
             "Ihr SEPA-Lastschriftmandat für die bKV - Vertrag KV-G 55-01982",
"""Sehr geehrter Herr Pohl,

vielen Dank für das unterschriebene Mandat. Wir haben es wie folgt erfasst:

  Zahlungspflichtiger:     Marco Pohl e.K., Bäckerei Pohl
  Kontoinhaber:            Marco Pohl
  IBAN:                    DE04 3420 4555 3773 9530 33
  Mandatsreferenz:         KVG5501982-0001
  Gläubiger-ID:            DE77ZZZ00000654321
  erster Einzug:           01.04.2025, danach monatlich

Der Monatsbeitrag für Ihre 38 Mitarbeitenden wird künftig in einer Summe
eingezogen. Sollten Sie die Anzahl in der Filiale Bahnhofstraße erhöhen, ändert
sich der Betrag automatisch ab dem Folgemonat.

Freundliche Grüße aus Köln
Mehmet Yıldız
bKV-Firmenservice
Aurelia Krankenversicherung AG
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="bank data of a sole trader (e.K.) as policyholder of a bKV group contract; no employee data")


def m007():
    ics = ics_file("hrforum-sued-2025@aurelia-versicherung.example", "20250508T093000", "20250508T163000",
                   "Aurelia HR-Forum Süd 2025: Gesundheit im Betrieb",
                   "Forum am Neckarufer, Uferstraße 12, Stuttgart",
                   "Programm:\n09:30 Ankommen\n10:00 Psychische Belastungen am Arbeitsplatz - was Arbeitgeber tun können\n"
                   "11:15 bKV als Instrument im BGM\n13:30 Workshop: Rückkehr nach Langzeiterkrankung (BEM)\n"
                   "15:00 Pflege und Beruf\n16:00 Get-together",
                   "events@aurelia-versicherung.example")
    return M("Nadine Albers <events@aurelia-versicherung.example>",
             "Monika Staudt <m.staudt@stadtwerke-lindenau.example>",
             "Einladung: HR-Forum Süd am 8. Mai - Gesundheit im Betrieb",
"""Sehr geehrte Frau Staudt,

wir freuen uns, Sie zu unserem HR-Forum Süd einzuladen.

Thema in diesem Jahr: Gesundheit im Betrieb. Wir sprechen über psychische
Belastungen am Arbeitsplatz, über das betriebliche Eingliederungsmanagement
nach langer Arbeitsunfähigkeit und darüber, wie die betriebliche
Krankenversicherung in ein Gesundheitsmanagement passt. Im Workshop am
Nachmittag berichtet eine Personalleiterin aus dem Maschinenbau über ihre
Erfahrungen mit BEM-Gesprächen.

Den Termin finden Sie im Anhang zum Eintragen in Ihren Kalender. Die Teilnahme
ist kostenfrei, bitte melden Sie sich bis 17. April an.

Herzliche Grüße
Nadine Albers
Veranstaltungsmanagement Firmenkunden
Aurelia Versicherungsgruppe
""",
             att=[A("HR-Forum-Sued-2025.ics", ics, "text/calendar; method=REQUEST")],
             label="NORMAL", lang="de", kind="insurer-to-company",
             reason="trap: event invitation about mental strain, long-term illness and BEM, no person concerned")


def m008():
    rows = [["Pers-Nr", "Name", "Vorname", "geb.", "Vorgang", "gueltig ab", "Vertrag", "Umwandlung mtl.", "AG-Zuschuss"],
            ["20117", "Krämer", "Sabine", "03.09.1984", "Zugang", "01.04.2025", "DV 60-4471203", "150,00", "22,50"],
            ["20125", "Öztürk", "Emre", "19.01.1999", "Zugang", "01.04.2025", "DV 60-4471204", "100,00", "15,00"],
            ["18832", "Hallmann", "Dieter", "11.06.1962", "Abgang", "31.03.2025", "DV 60-3120877", "248,00", "37,20"],
            ["19450", "Wendel", "Kathrin", "25.12.1990", "Beitragsfrei (Elternzeit)", "01.04.2025", "DV 60-3988012", "0,00", "0,00"],
            ["17290", "Ruppert", "Manfred", "08.02.1967", "Erhoehung", "01.04.2025", "DV 60-2770415", "322,00", "48,30"]]
    inner = M("Jörg Habermann <j.habermann@kessler-antriebe.example>",
              "bav-service@aurelia-versicherung.example",
              "Direktversicherung Veränderungen 04/2025",
"""Guten Tag,

anbei die Veränderungsliste für April.

Gruß
J. Habermann
Entgeltabrechnung
Kessler Antriebstechnik GmbH
""",
              att=[A("DV_Veraenderungen_2025-04.csv", csv_file(rows, enc="cp1252"), "text/csv; charset=windows-1252")])
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Kollektiv Leben Bestand <kollektiv-bestand@aurelia-versicherung.example>",
             "WG: Direktversicherung Veränderungen 04/2025",
"""Bitte einspielen, Kessler hat die Liste wieder direkt an das Sammelpostfach
geschickt statt übers Portal. Ich spreche Herrn Habermann nochmal an.

KV
""",
             att=[A("Direktversicherung Veraenderungen 04-2025.eml", inner)],
             date=datetime.datetime(2025, 3, 12, 9, 14), label="STRICTLY_CONFIDENTIAL", lang="de", kind="company",
             reason="only in a forwarded message's CSV: direct-insurance changes with names, birth dates, salary conversion, parental leave")


def m009():
    return M("Sandra Kühn <sandra.kuehn@aurelia-versicherung.example>",
             "Aylin Demirci <aylin.demirci@holmfeld.example>",
             "Employer Portal admin account - identity check",
"""Dear Ms Demirci,

to activate your admin role for Holmfeld Pharma Services GmbH in our Employer
Portal we had to verify your identity against the authorisation letter signed
by your managing director. We have recorded:

  Name:            Aylin Demirci
  Date of birth:   1987-04-16
  Role:            Portal administrator (all group contracts of Holmfeld)
  Authorised by:   Dr. Frank Ohlsen, Geschäftsführer

Please check these details. If anything is wrong, reply to this e-mail; if they
are correct, no action is needed and your one-time password will arrive
tomorrow.

Kind regards
Sandra Kühn
Employer Portal Support
""",
             label="CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="HR admin's date of birth recorded for portal identity check")


def m010():
    return M("Aurelia Firmenkundenportal <no-reply@portal.aurelia-versicherung.example>",
             "p.lindner@kessler-antriebe.example",
             "Ihr Einmal-Passwort für das Aurelia Firmenkundenportal",
"""Guten Tag,

für Ihren Zugang zum Aurelia Firmenkundenportal wurde ein Einmal-Passwort erzeugt:

    7KQ-42M-XW9

Das Passwort ist 72 Stunden gültig und kann nur einmal verwendet werden. Bitte
melden Sie sich unter https://firmenportal.aurelia-versicherung.example an und
vergeben Sie ein eigenes Passwort sowie Ihre Sicherheitsfrage.

Haben Sie kein Passwort angefordert? Dann wenden Sie sich bitte an den
Portal-Support: 0221 98765-480.

Dies ist eine automatisch erzeugte Nachricht. Antworten auf diese E-Mail werden
nicht gelesen.
""",
             cte="8bit",
             label="NORMAL", lang="de", kind="insurer-to-company",
             reason="one-time password mail for the employer portal, no personal data")


def m011():
    return M("Dr. Hannah Roloff <hannah.roloff@aurelia-versicherung.example>",
             "Heike Brandt <lohnbuero@ostermann-bau.example>",
             "Unfallmeldung Gruppenunfall GU 7-204518 - Herr Lukas Wiegand, Schaden 25-GU-00317",
"""Sehr geehrte Frau Brandt,

vielen Dank für die Unfallmeldung vom 17.02.2025. Wir haben den Schaden unter der
Nummer 25-GU-00317 angelegt.

Nach Ihrer Schilderung ist Herr Wiegand (Polier, Gefahrengruppe B) am 14.02. auf
der Baustelle Rheinuferstraße beim Abbau des Gerüsts aus ca. 2,5 m Höhe
gestürzt. Laut beigefügtem Durchgangsarztbericht liegt eine Fersenbeinfraktur
rechts (S92.0) vor, operative Versorgung am 15.02. im Klinikum Lindenau.

Für die weitere Bearbeitung benötigen wir:
  1. die Kopie der Unfallanzeige an die BG BAU
  2. eine Schweigepflichtentbindung von Herrn Wiegand (Formular anbei; bitte
     direkt von ihm unterschreiben lassen, nicht von Ihnen)
  3. den Entlassungsbericht, sobald vorhanden

Die Gruppenunfallversicherung leistet unabhängig von der gesetzlichen
Unfallversicherung. Ein Krankenhaustagegeld ist in Ihrem Vertrag nicht
versichert, eine Invaliditätsleistung prüfen wir, sobald der Dauerschaden
absehbar ist (frühestens nach Abschluss der Heilbehandlung).

Mit freundlichen Grüßen

Dr. Hannah Roloff
Leistungsprüfung Unfall / Gruppenversicherung
Aurelia Allgemeine Versicherung AG
""",
             date=datetime.datetime(2025, 2, 19, 10, 2), label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="group accident claim of a named employee with diagnosis and ICD S92.0, surgery")


def m012():
    return M("Ines Harbeck <ines.harbeck@aurelia-versicherung.example>",
             "Svenja Okafor <s.okafor@brandauer-logistik.example>",
             "Dienstrad-Versicherung: Diebstahl E-Bike Herr Cem Aydın - Schaden DR-25-01144",
"""Hallo Frau Okafor,

den Diebstahl des Dienstrads von Herrn Aydın haben wir aufgenommen:

  Rahmenvertrag Dienstrad:   DR 12-88120 (Brandauer Logistik SE)
  Nutzer:                    Cem Aydın, Personalnr. 55217
  Rad:                       Kettler Quadriga E-Bike, Rahmennr. WBK4481930Z
  Diebstahl:                 08.03.2025, Fahrradkeller Körnerstraße 41, Lindenau
  Anzeige:                   Polizeirevier Lindenau-Nord, Tgb.-Nr. 1188/25

Wir brauchen noch das Foto des Schlosses bzw. den Schlüssel (Originalschlüssel
bitte per Post an uns) und die Kaufrechnung vom Leasinggeber. Die
Entschädigung geht wie üblich an den Leasinggeber, nicht an den Mitarbeiter;
die Gehaltsumwandlung für das Leasing läuft bis zur Ersatzbeschaffung weiter,
das müsste Ihre Abrechnung bitte nicht ändern.

Beste Grüße
Ines Harbeck
""",
             date=datetime.datetime(2025, 3, 11, 8, 47), label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="bicycle theft claim of a named employee with home address and claim number (non-personal line)")


def m013():
    return M("Aurelia Group Benefits <groupbenefits@aurelia-versicherung.example>",
             "People Team <people@vireo-software.example>",
             "FAQ: Parental leave and company pension (bAV) in Germany",
"""Hello People Team,

you asked for something you can put into your internal wiki. Feel free to copy:

--- FAQ: What happens to my company pension during parental leave? ---

Q: I contribute part of my salary to the direct insurance (Direktversicherung).
   What happens while I'm on parental leave (Elternzeit)?
A: While you receive no salary, there is nothing to convert, so contributions
   stop. The contract is made premium-free for this period ("ruhend"). Your
   guaranteed benefits stay, they just do not grow.

Q: Can I keep paying privately?
A: Yes. You can continue with your own contributions from net income. Tax and
   social security advantages do not apply to these contributions.

Q: Does the employer subsidy continue?
A: Only if the company's pension plan says so. At Vireo the 15 % subsidy is tied
   to salary conversion, so it pauses as well.

Q: Do I lose my disability cover?
A: If your contract includes disability cover (BUZ), it is paused together with
   the premiums. When you return within 36 months you can restart without new
   health questions.

Q: What do I need to do?
A: Nothing. HR reports the start and end of your leave through the employer
   portal. You receive a letter from Aurelia confirming the pause.

--- end ---

Best regards
Beatrice Lowe
International Benefits Desk
""",
             label="NORMAL", lang="en", kind="insurer-to-company",
             reason="trap: generic FAQ on parental leave, disability cover and health questions, no employee concerned")


def m014():
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Petra Lindner <p.lindner@kessler-antriebe.example>",
             "Elternzeit Frau Laura Fenske - Direktversicherung 60-3120544",
"""Hallo Frau Lindner,

danke für Ihre Meldung. Wir haben die Direktversicherung von Frau Fenske
(geb. 30.07.1991) für die Dauer der Elternzeit vom 22.04.2025 bis 21.04.2026
beitragsfrei gestellt. Die Entgeltumwandlung von 180 EUR monatlich und Ihr
Zuschuss von 27 EUR ruhen in dieser Zeit.

Frau Fenske hat in ihrer Direktversicherung eine Berufsunfähigkeits-Zusatzversicherung.
Während der Beitragsfreistellung besteht der BU-Schutz nur in Höhe der
beitragsfreien Rente. Wir schreiben sie dazu direkt an und bieten ihr die
private Fortführung an - bitte geben Sie uns, wenn sie einverstanden ist,
noch ihre aktuelle Anschrift durch; in Ihrer Meldung steht noch die alte
Adresse in der Gartenstraße.

Viele Grüße
Katrin Vossberg
Firmenkundenservice bAV/bKV
""",
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="named employee's direct insurance (life) made premium-free for parental leave, birth date, salary conversion")


def m015():
    doc = docx_file([
        "**Austrittsmeldung betriebliche Altersversorgung",
        "Arbeitgeber: «Firma»   Rahmenvertrag-Nr.: «RV-Nummer»",
        "Mitarbeiter/in: «Name», «Vorname»   Personalnummer: «PersNr»",
        "Geburtsdatum: «TT.MM.JJJJ»   Vertragsnummer Direktversicherung: «DV-Nr»",
        "Austrittsdatum: «TT.MM.JJJJ»   Grund: ☐ Kündigung AN ☐ Kündigung AG ☐ Aufhebungsvertrag ☐ Rente ☐ Tod ☐ Erwerbsminderung",
        "Gewünschte Weiterführung: ☐ Übertragung auf neuen Arbeitgeber (§ 4 BetrAVG) ☐ private Fortführung ☐ Beitragsfreistellung",
        "Bei Tod bitte Sterbeurkunde beifügen. Bei Erwerbsminderung bitte Rentenbescheid der DRV beifügen.",
        "Ort, Datum, Unterschrift Arbeitgeber: ______________________",
    ])
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Jörg Habermann <j.habermann@kessler-antriebe.example>",
             "Vorlage Austrittsmeldung bAV (neue Version)",
"""Hallo Herr Habermann,

wie besprochen die neue Vorlage für Austritte. Bitte ab sofort nur noch diese
Version verwenden, die alte hatte noch keine Felder für die Übertragung.

Gruß
K. Vossberg
""",
             att=[A("Vorlage_Austrittsmeldung_bAV_v3.docx", doc)],
             label="NORMAL", lang="de", kind="insurer-to-company",
             reason="trap: blank exit form with «placeholders» for birth date, death and disability")


def m016():
    return M("Beatrice Lowe <beatrice.lowe@aurelia-versicherung.example>",
             "Daniel Whitcombe <daniel.whitcombe@holmfeld.example>",
             "Business travel claim BT-25-0412 - stolen laptop, Lisbon",
"""Hi Daniel,

quick update on the business travel claim for your colleague Ms Ricarda Vogel
(sales, Hamburg office):

  Policy:        business travel package BT 9-55102 (Holmfeld Pharma Services GmbH)
  Claim no.:     BT-25-0412
  Incident:      bag with company laptop and private tablet stolen from a café,
                 Rua Augusta, Lisbon, 11 March 2025
  Police report: PSP Lisbon, ref. 331/25/SLA received

The company laptop is covered under your electronics policy, not under business
travel, so I have passed that part to my colleagues (ref. EL-25-1980). The
private tablet and the bag are covered under the baggage section up to EUR 2,000;
Ms Vogel will need to send us the purchase receipts. Payment goes to her private
account, so she can enter her bank details in the claim form herself.

Cheers
Beatrice
""",
             date=datetime.datetime(2025, 3, 14, 15, 20), label="CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="baggage claim of a named employee under business travel cover, no health content")


def m017():
    return M("Beatrice Lowe <beatrice.lowe@aurelia-versicherung.example>",
             "HR Shared Services <hr-ssc@holmfeld.example>",
             "RE: Salary sacrifice stopped - Mr Piotr Nowak, employee ID H-20931",
"""Dear colleagues,

thank you for your mail. To summarise what you told us: Mr Nowak has been on
sick leave since 6 January, his statutory sick pay from the employer ended on
16 February and he now receives Krankengeld from his health fund. As there is
no salary, payroll stopped the salary sacrifice of EUR 200 into his direct
insurance (contract DV 60-4102337) from February.

Two options:
a) We make the contract premium-free from 1 February. His disability rider
   remains at the premium-free level.
b) Mr Nowak pays the premiums privately while on sick leave. He would have to
   tell us himself - we can send him the form.

Please also note: if his incapacity is likely to last longer, he should check
whether a claim under the disability rider (BUZ) applies. The rider pays after
six months of continuous incapacity of at least 50 %. We would need a claim
form and medical reports from him - not from you.

For now we will go with a) unless you tell us otherwise by 14 March.

Kind regards
Beatrice Lowe
International Benefits Desk
Aurelia Lebensversicherung AG
""",
             label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="named employee on long sick leave, sick pay status, direct insurance and disability rider")


def m018():
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Rainer Kowalczyk <betriebsrat@stadtwerke-lindenau.example>",
             "Ihre Sitzung am 26.03. - Tagesordnungspunkt bKV",
"""Sehr geehrter Herr Kowalczyk,

vielen Dank für die Einladung in Ihre Betriebsratssitzung. Für den TOP
"Einführung einer betrieblichen Krankenversicherung" schlage ich folgenden
Ablauf vor (ca. 40 Minuten):

1. Was ist eine bKV, was ist sie nicht (keine Gesundheitsprüfung, keine
   Wartezeiten, Leistungen auch für bestehende Erkrankungen, soweit der Tarif
   das vorsieht)
2. Tarifvarianten: Budgettarif 300/600/900 EUR, Zahn, Sehhilfe, Vorsorge,
   Facharzt-Terminservice
3. Datenschutz: Der Arbeitgeber erfährt nicht, wer welche Leistungen in
   Anspruch nimmt. Abrechnungen laufen ausschließlich zwischen Mitarbeitenden
   und Aurelia.
4. Mitbestimmung nach § 87 Abs. 1 Nr. 8 und 10 BetrVG - wir bringen einen
   Entwurf einer Betriebsvereinbarung mit
5. Fragen

Ein Beamer wäre hilfreich; ich bringe Handouts für 11 Mitglieder mit.

Mit freundlichen Grüßen
Torsten Bräutigam
""",
             label="NORMAL", lang="de", kind="insurer-to-company",
             reason="trap: works council agenda on health insurance and pre-existing conditions, no person")


def m019():
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Monika Staudt <m.staudt@stadtwerke-lindenau.example>",
             "Nachtrag Nr. 3 zum Rahmenvertrag bKV KV-G 55-00412",
"""Sehr geehrte Frau Staudt,

anbei erhalten Sie den Nachtrag Nr. 3 zum Rahmenvertrag über die betriebliche
Krankenversicherung der Stadtwerke Lindenau GmbH (KV-G 55-00412). Wesentliche
Inhalte:

- Aufnahme der Tochtergesellschaft Lindenau Netz GmbH zum 01.07.2025
  (derzeit 184 Beschäftigte)
- Beitragsgarantie für den Tarif BudgetPlus 900 bis 31.12.2026
- Anpassung des Beitrags von 52,40 EUR auf 54,10 EUR je versicherter Person
  und Monat ab 01.01.2026

Bitte senden Sie uns ein von Herrn Geschäftsführer Dr. Ansgar Bleil
gegengezeichnetes Exemplar zurück.

Mit freundlichen Grüßen
Torsten Bräutigam
Key Account Management Gruppenversicherung
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="company-level bKV framework contract amendment with contract no., premiums and named managing director")


def m020():
    return M("Julia Engelhardt <julia.engelhardt@aurelia-versicherung.example>",
             "BU-Leistung Leben <bu-leistung@aurelia-versicherung.example>",
             "WG: AW: Mitarbeiter Herr Sven Hofacker - Antrag BU-Rente aus Direktversicherung",
"""Hallo zusammen,

bitte übernehmen, das ist ein BUZ-Fall aus dem Kollektiv (Kessler, DV 60-2881090).
Die Personalabteilung hat uns den Hintergrund geschildert, siehe unten. Unterlagen
vom Versicherten selbst haben wir noch nicht.

Danke
Julia

-----Ursprüngliche Nachricht-----
Von: Petra Lindner <p.lindner@kessler-antriebe.example>
Gesendet: Montag, 3. März 2025 09:12
An: Julia Engelhardt <julia.engelhardt@aurelia-versicherung.example>
Betreff: AW: Mitarbeiter Herr Sven Hofacker - Antrag BU-Rente aus Direktversicherung

Hallo Frau Engelhardt,

danke für den Rückruf. Herr Hofacker (Konstrukteur, geb. 12.10.1978) ist seit
Mai letzten Jahres durchgehend krankgeschrieben, nach dem was er uns im
BEM-Gespräch erzählt hat wegen einer schweren depressiven Episode (auf den AU-
Bescheinigungen für die Krankenkasse stand F33.2). Er war 10 Wochen in der
Klinik am Waldsee und macht jetzt ambulant Therapie. Eine Rückkehr ist laut
Betriebsarzt nicht absehbar.

Er hat uns gebeten, bei Ihnen nachzufragen, wie er die BU-Rente aus der
Direktversicherung beantragt. Können Sie ihm die Unterlagen direkt schicken?
Adresse: Am Lindenhang 7, 71065 Sindelfingen.

Viele Grüße
Petra Lindner
Personalleitung
Kessler Antriebstechnik GmbH
""",
             date=datetime.datetime(2025, 3, 3, 10, 5), label="STRICTLY_CONFIDENTIAL", lang="de", kind="company",
             reason="quoted HR mail: named employee's depression F33.2, clinic stay, disability claim from direct insurance")


def m021():
    rows = [["personalnummer", "nachname", "vorname", "geburtsdatum", "eintritt", "tarif", "iban_erstattung", "bemerkung"],
            ["T-0001", "Mustermann", "Max", "01.01.1980", "01.04.2025", "BudgetPlus 600", "DE89370400440532013000", "Testdatensatz (fiktiv)"],
            ["T-0002", "Musterfrau", "Erika", "12.08.1964", "01.04.2025", "BudgetPlus 900", "DE89370400440532013000", "Testdatensatz (fiktiv)"],
            ["T-0003", "Beispiel", "Bernd", "31.02.1990", "01.04.2025", "BudgetPlus 600", "", "Fehlerfall: ungueltiges Datum"],
            ["T-0004", "Test", "Tina", "29.02.2001", "01.13.2025", "Budget 1200", "", "Fehlerfall: Monat 13, unbekannter Tarif"]]
    return M("Sandra Kühn <sandra.kuehn@aurelia-versicherung.example>",
             "Lena Marquardt <lena@vireo-software.example>",
             "Test file for the portal import",
"""Hi Lena,

as requested, a test file you can use to try the upload in the portal's
sandbox before you send real data. All records are made up (Max Mustermann &
friends), and the IBAN is the usual published example IBAN. Rows 3 and 4
contain deliberate errors so you can see what the validation report looks like.

Sandbox: https://sandbox.firmenportal.aurelia-versicherung.example

Best,
Sandra
""",
             att=[A("portal_import_testdaten.csv", csv_file(rows))],
             label="NORMAL", lang="en", kind="insurer-to-company",
             reason="trap: synthetic test records (Max Mustermann, fiktiv) with the published example IBAN and birth dates")


def m022():
    return M("Mehmet Yıldız <mehmet.yildiz@aurelia-versicherung.example>",
             "Svenja Okafor <s.okafor@brandauer-logistik.example>",
             "Mitarbeiterangebot Hausrat: Bestätigung Betriebszugehörigkeit Herr Olaf Rietz",
"""Hallo Frau Okafor,

Herr Olaf Rietz hat über das Mitarbeiterangebot Ihrer Firma eine
Hausratversicherung zum Gruppentarif beantragt (Antrag HR-2025-338812,
Versicherungsort Parkallee 19, 04109 Leipzig, Versicherungssumme 65.000 EUR).

Für den Gruppennachlass von 20 % brauchen wir Ihre kurze Bestätigung, dass
Herr Rietz (Personalnr. 30512) bei der Brandauer Logistik SE in einem
ungekündigten Arbeitsverhältnis steht. Ein "Ja" als Antwort auf diese Mail
genügt.

Vielen Dank und Gruß
Mehmet Yıldız
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="named employee's household insurance application at group rate, insured address (non-personal line)")


def m023():
    return M("Julia Engelhardt <julia.engelhardt@aurelia-versicherung.example>",
             "Monika Staudt <m.staudt@stadtwerke-lindenau.example>",
             "Rentenbeginn Pensionskasse - Herr Bernhard Lutz, Mitgl.-Nr. PK 118-20456",
"""Sehr geehrte Frau Staudt,

Herr Bernhard Lutz geht zum 01.06.2025 in den Ruhestand. Aus seiner
Mitgliedschaft in der Aurelia Pensionskasse VVaG ergibt sich eine monatliche
Altersrente von 412,37 EUR brutto.

Wir übernehmen als Zahlstelle die Meldungen an seine Krankenkasse
(Zahlstellenmeldeverfahren). Dafür bitten wir Sie um Bestätigung:

  - Austrittsdatum: 31.05.2025
  - letzte Beitragszahlung für Mai 2025
  - keine weiteren Arbeitgeberbeiträge nach Rentenbeginn

Herr Lutz erhält von uns eine eigene Rentenmitteilung mit Steuerhinweisen.

Mit freundlichen Grüßen
Julia Engelhardt
Betriebsrenten-Service
Aurelia Pensionskasse VVaG
""",
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="named employee's Pensionskasse pension amount and retirement date (life line)")


def m024():
    return M("Nadine Albers <events@aurelia-versicherung.example>",
             "Genussreich Catering <auftrag@genussreich-catering.example>",
             "Auftrag Catering HR-Forum Süd 08.05.2025 - 120 Personen",
"""Sehr geehrte Damen und Herren,

hiermit bestätigen wir Ihr Angebot Nr. 2025-0311 für das HR-Forum Süd:

- 120 Personen, Forum am Neckarufer Stuttgart, Saal Hegel
- Stehkaffee ab 09:30, Mittagsbuffet 12:30, Kuchen 15:00
- davon vegetarisch ca. 35, vegan ca. 10
- bitte auf dem Buffet glutenfreie und laktosefreie Alternativen sowie eine
  Kennzeichnung der 14 Hauptallergene (LMIV) - die konkreten Wünsche
  einzelner Gäste schicken wir Ihnen eine Woche vorher
- Getränkepauschale wie angeboten

Rechnung bitte an: Aurelia Versicherungsgruppe, Kostenstelle 4711-Events,
Aureliaplatz 1, 50670 Köln.

Freundliche Grüße
Nadine Albers
""",
             label="NORMAL", lang="de", kind="insurer-to-supplier",
             reason="trap: catering order with gluten-free/allergen wording but no guest named")


def m025():
    return M("Ines Harbeck <ines.harbeck@aurelia-versicherung.example>",
             "Lena Marquardt <lena@vireo-software.example>",
             "Welcome to Aurelia - your group contracts are live",
"""Hi Lena,

great news: both contracts are now in force.

  Company health insurance (bKV)   KV-G 55-02277   start 1 April 2025   tariff BudgetPlus 600
  Group accident insurance         GU 7-209934     start 1 April 2025   24h cover, sum insured EUR 150k
  Policyholder                     Vireo Software GmbH, Schanzenstraße 88, 20357 Hamburg
  Premiums                         monthly, SEPA from the company account ending 4410

Your contact person for everything day-to-day is my colleague Mehmet Yıldız
(bKV) and Dr. Hannah Roloff for accident claims; I remain your account manager.

We'll send the welcome pack for employees (flyer in EN/DE, app instructions) in
the next few days. Let me know if you want us to present at your next all-hands.

Cheers,
Ines Harbeck
Sales Group Business
Aurelia Versicherungsgruppe
""",
             label="CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="company-level group contracts with contract numbers and named contact; no employee data")

def m026():
    return M("Nadine Albers <events@aurelia-versicherung.example>",
             "Genussreich Catering <auftrag@genussreich-catering.example>",
             "AW: Auftrag Catering HR-Forum Süd - Sonderwünsche Gäste",
"""Hallo Frau Reuter,

wie angekündigt die Sonderwünsche aus den Anmeldungen. Die Namensschilder
bekommen einen grünen Punkt, damit Ihr Service die Gäste erkennt:

  Monika Staudt (Stadtwerke Lindenau)     vegetarisch
  Petra Lindner (Kessler Antriebstechnik) Zöliakie - bitte strikt glutenfrei,
                                          auch keine Kontamination (eigener Teller)
  Jörg Habermann (Kessler)                Erdnussallergie, hat Notfallset dabei
  Svenja Okafor (Brandauer Logistik)      vegan
  Frank Ostermann (Ostermann Bau)         Diabetiker, bitte zuckerfreie Getränke

Bei Herrn Habermann bitte auch beim Kuchen darauf achten, er hat uns gebeten,
dass das Servicepersonal Bescheid weiß.

Danke und Gruß
Nadine Albers
""",
             date=datetime.datetime(2025, 4, 30, 14, 12), label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-supplier",
             reason="named event guests with coeliac disease, peanut allergy and diabetes sent to the caterer")


def m027():
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Daniel Whitcombe <daniel.whitcombe@holmfeld.example>",
             "Automatic reply: Renewal meeting Holmfeld",
"""Thank you for your message. I am out of the office until 24 March with limited
access to e-mail. For urgent matters concerning your group contracts please
contact firmenservice@aurelia-versicherung.example or +49 221 98765-400.

Vielen Dank für Ihre Nachricht. Ich bin bis 24. März nicht im Büro.

Torsten Bräutigam
""",
             cte="8bit",
             headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
             label="NORMAL", lang="en", kind="insurer-to-company",
             reason="out-of-office reply, no personal data")


def m028():
    return M("Aurelia bKV Service <bkv-service@aurelia-versicherung.example>",
             "Jonas Eberle <jonas.eberle@vireo-software.example>",
             "Your claim 25-KV-0884213 - dental cleaning and filling",
"""Dear Mr Eberle,

thank you for submitting your dentist's invoice via the Aurelia Health app.

Insured person:   Jonas Eberle, company health insurance via Vireo Software GmbH
Member no.:       K 55-02277-0041
Invoice:          Dr. med. dent. Miriam Oswald, Hamburg, dated 4 April 2025
                  GOZ 1040 professional tooth cleaning         98.33 EUR
                  GOZ 2080 composite filling, tooth 36         112.42 EUR
                  GOZ 0010 examination                          12.94 EUR

Reimbursed:       223.69 EUR (from your annual budget of 600.00 EUR)
Budget left:      376.31 EUR for 2025

The amount will be paid to the account you entered in the app within 3 working
days. Your employer does not receive any information about your claims.

Kind regards
Your Aurelia bKV team
""",
             date=datetime.datetime(2025, 4, 11, 7, 58), label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="employee's own bKV dental claim with GOZ treatment items")


def m029():
    return M("Julia Engelhardt <julia.engelhardt@aurelia-versicherung.example>",
             "Monika Staudt <m.staudt@stadtwerke-lindenau.example>",
             "Beitragsnachweis Pensionskasse 2024 - Trägerunternehmen Stadtwerke Lindenau",
"""Sehr geehrte Frau Staudt,

für Ihren Jahresabschluss erhalten Sie die Zusammenstellung der im Jahr 2024
an die Aurelia Pensionskasse VVaG gezahlten Beiträge:

  Mitgliedsunternehmen-Nr.:          PK-T 118
  aktive Mitglieder 31.12.2024:      612
  Arbeitgeberbeiträge (§ 3 Nr. 63):  1.148.220,00 EUR
  Entgeltumwandlung:                   401.876,40 EUR
  AG-Zuschuss 15 %:                     60.281,46 EUR
  Summe:                             1.610.377,86 EUR

Eine personenbezogene Aufstellung stellen wir Ihnen wie jedes Jahr nur im
Firmenkundenportal bereit (Bereich "Jahresmeldungen").

Mit freundlichen Grüßen
Julia Engelhardt
Betriebsrenten-Service
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="company-level pension fund contribution totals with member-company no. and named contact; no individual")


def m030():
    return M("Sandra Kühn <sandra.kuehn@aurelia-versicherung.example>",
             "IT Service Desk <servicedesk@aurelia-it.example>",
             "[INC-2025-118734] Employer portal: CSV import fails with 'invalid date of birth'",
"""Priority: P3
Service: Firmenkundenportal / Bestandsimport
Reported by: Sandra Kühn, Employer Portal Support

Description:
Since release 4.12 (deployed 19 Feb) several employers report that the CSV
import of starters fails for every row with the validation message

   "Zeile n: Geburtsdatum ungültig (Format TT.MM.JJJJ erwartet)"

although the files use exactly that format. Reproduced with our own test file
(fictitious records only). Files saved from Excel with a BOM seem affected,
files without a BOM import fine. Looks like the BOM ends up in the first
column header and shifts the column mapping.

Workaround given to customers: save as "CSV UTF-8" without BOM or use the
XLSX template.

Affected customers so far: 4 (names in the CRM case, not needed here).
No customer data attached to this ticket.

Steps to reproduce: upload portal_import_testdaten.csv (attached to CRM case
CASE-88121) in the sandbox with BOM.
""",
             cte="8bit",
             label="NORMAL", lang="en", kind="insurer-to-supplier",
             reason="trap: IT ticket quoting the 'Geburtsdatum ungültig' validation message, no real records")


def m031():
    return M("Aurelia bKV-Service <bkv-service@aurelia-versicherung.example>",
             "Gisela Hartmann <gisela.hartmann@web-post.example>",
             "Ihre Erstattung Sehhilfe - Leistungsabrechnung 25-KV-0901176",
"""Sehr geehrte Frau Hartmann,

vielen Dank für Ihre Rechnung. Wir haben wie folgt abgerechnet:

  versicherte Person:  Gisela Hartmann (bKV über Stadtwerke Lindenau GmbH)
  Rechnung:            Optik Brenner, Lindenau, vom 21.03.2025
                       Gleitsichtgläser R +2,25 / L +2,75, Add. 2,00
                       Fassung
  Rechnungsbetrag:     689,00 EUR
  erstattet:           300,00 EUR (Höchstbetrag Sehhilfen alle 24 Monate)

Der Betrag wird auf Ihr bei uns hinterlegtes Konto überwiesen. Die nächste
Sehhilfe ist ab dem 21.03.2027 wieder erstattungsfähig.

Mit freundlichen Grüßen
Ihr Aurelia bKV-Service
""",
             date=datetime.datetime(2025, 4, 3, 9, 31), label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="employee's bKV reimbursement for progressive glasses with prescription values")


def m032():
    return M("Mehmet Yıldız <mehmet.yildiz@aurelia-versicherung.example>",
             "Malerbetrieb Kröger <info@maler-kroeger.example>",
             "AW: neue Bankverbindung für Gruppenunfall",
"""Hallo Herr Kröger,

danke, die neue Bankverbindung ist hinterlegt:

  Versicherungsnehmer: Stefan Kröger, Malerbetrieb Kröger (Einzelunternehmen)
  Vertrag:             GU 7-188230
  IBAN neu:            DE58 7051 6924 0574 1409 26 (Kontoinhaber: Stefan Kröger)
  gültig ab:           Beitrag 01.05.2025

Das alte Konto bei der Sparkasse wird ab dann nicht mehr belastet. Ein neues
Mandat brauchen wir nicht, Sie haben es ja schon unterschrieben mitgeschickt.

Gruß
M. Yıldız

> Moin Herr Yildiz, wir haben die Bank gewechselt, bitte ab Mai vom neuen
> Konto abbuchen, Mandat hängt an. Gruß Stefan Kröger
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="sole trader's private IBAN as group accident policyholder; no employee data")


def m033():
    return M("Kollektiv Leben Produktmanagement <pm-kollektiv@aurelia-versicherung.example>",
             "Vertrieb Firmenkunden <vertrieb-firmen@aurelia-versicherung.example>",
             "Rundschreiben 04/2025: Rechnungszins und Garantieniveau im Neugeschäft bAV",
"""Liebe Kolleginnen und Kollegen,

zur Info für Ihre Gespräche mit Personalabteilungen und Maklern:

1. Der Höchstrechnungszins bleibt 2025 bei 1,0 %. Für unsere Direktversicherung
   "Aurelia bAV Invest" gilt im Neugeschäft weiter die Beitragsgarantie von 80 %
   (Tarif BG80) bzw. 90 % (Tarif BG90).
2. Die Überschussbeteiligung 2025 ist deklariert: laufende Verzinsung 2,6 %,
   Gesamtverzinsung inkl. Schlussüberschuss 3,1 %.
3. Für reine Beitragszusagen (Sozialpartnermodell) gibt es weiterhin keine
   Garantie; Anfragen bitte an das Fachteam SPM.
4. Neuer Rechenkern ab 1. April: Bitte Angebote ab dann nur noch aus BAVcalc 7
   erstellen.

Fragen gerne an uns.

Viele Grüße
Produktmanagement Kollektiv Leben
""",
             label="NORMAL", lang="de", kind="internal",
             reason="product circular on guarantees and interest rates, no person")


def m034():
    return M("Oliver Stenzel <oliver.stenzel@aurelia-versicherung.example>",
             "Svenja Okafor <s.okafor@brandauer-logistik.example>",
             "Todesfall Herr Klaus-Dieter Bremer - Direktversicherung DV 60-1877206",
"""Sehr geehrte Frau Okafor,

mit Bedauern haben wir Ihre Nachricht über den Tod von Herrn Bremer erhalten.

Für die Direktversicherung DV 60-1877206 ist im Todesfall die Ehefrau,
Frau Regina Bremer, unwiderruflich bezugsberechtigt. Das Todesfallkapital
beträgt 38.412,77 EUR zuzüglich Schlussüberschuss.

Für die Auszahlung benötigen wir:
  - Sterbeurkunde (Kopie genügt)
  - ärztliche Bescheinigung über die Todesursache (Formular LV 114), da der
    Tod innerhalb von drei Jahren nach der letzten Summenerhöhung eingetreten ist
  - Kopie des Personalausweises von Frau Bremer und ihre Bankverbindung

Frau Bremer schreiben wir direkt an. Von Ihnen brauchen wir nur noch die
Abmeldung zum 28.02.2025 und die Bestätigung, dass für Februar kein Beitrag
mehr abgeführt wurde.

Mit freundlichen Grüßen
Oliver Stenzel
Leistung Leben / Kollektiv
""",
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="death of a named employee, life benefit amount, beneficiary widow, cause-of-death certificate")


def m035():
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Daniel Whitcombe <daniel.whitcombe@holmfeld.example>",
             "Your contracts and contacts at Aurelia",
"""Dear Daniel,

following Ms Demirci's promotion, here is the updated list of your group
contracts and who looks after them on both sides:

  Contract                              No.            Holmfeld contact      Aurelia contact
  Group life (2x salary)                GL-3310-0087   Aylin Demirci         Oliver Stenzel (claims)
  Company health insurance (bKV)        KV-G 55-01650  Aylin Demirci         Mehmet Yıldız
  Group accident                        GU 7-199421    HR SSC Prague         Dr. Hannah Roloff
  Direct insurance / salary sacrifice   RV 60-0033     Payroll (Nina Hrubá)  Beatrice Lowe
  Business travel                       BT 9-55102     Travel mgmt           Beatrice Lowe

Annual renewal date for all contracts: 1 January. Next renewal meeting:
12 November in Hamburg.

Best regards
Torsten
""",
             label="CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="company's group contracts with numbers and named contacts; no insured employee")


def m036():
    html = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#7a1f3d">Mental health at work: what your company health insurance can do</h2>
<p>Live webinar for HR professionals &middot; Thursday, 10 April 2025 &middot; 11:00&ndash;12:00 CET</p>
<p>One in three long sickness absences in Germany now has a psychological cause.
In this webinar our medical director and an HR lead from the logistics sector discuss:</p>
<ul>
<li>quick access to psychotherapy: our appointment service and online therapy programmes</li>
<li>burn-out prevention and coaching as part of the bKV</li>
<li>how to talk about mental health without asking about diagnoses</li>
<li>return-to-work (BEM) after depression: what the employer may and may not know</li>
</ul>
<p><a href="https://events.aurelia-versicherung.example/webinar/mental-health-2025">Register here</a></p>
<p style="font-size:11px;color:#777">Aurelia Krankenversicherung AG, Aureliaplatz 1, 50670 K&ouml;ln.
<a href="https://www.aurelia-versicherung.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    return M("Aurelia Events <events@aurelia-versicherung.example>",
             "HR contacts <verteiler-hr-en@aurelia-versicherung.example>",
             "Webinar 10 April: Mental health at work - what your bKV covers",
"""Mental health at work: what your company health insurance can do

Live webinar for HR professionals - Thursday, 10 April 2025 - 11:00-12:00 CET

One in three long sickness absences in Germany now has a psychological cause.
In this webinar our medical director and an HR lead from the logistics sector discuss:

- quick access to psychotherapy: our appointment service and online therapy programmes
- burn-out prevention and coaching as part of the bKV
- how to talk about mental health without asking about diagnoses
- return-to-work (BEM) after depression: what the employer may and may not know

Register: https://events.aurelia-versicherung.example/webinar/mental-health-2025

Aurelia Krankenversicherung AG, Aureliaplatz 1, 50670 Köln
Unsubscribe: https://www.aurelia-versicherung.example/newsletter/unsubscribe
""", html=html,
             label="NORMAL", lang="en", kind="newsletter",
             reason="trap: webinar on depression, burn-out and psychotherapy, no person")


def m037():
    return M("Dr. Hannah Roloff <hannah.roloff@aurelia-versicherung.example>",
             "HR Shared Services <hr-ssc@holmfeld.example>",
             "Group accident claim 25-GU-00402 - Ms Charlotte Reinholz (skiing, Ischgl)",
"""Dear colleagues in Prague,

we have received the accident report for Ms Charlotte Reinholz (employee ID
H-18844, Holmfeld Pharma Services GmbH, group accident policy GU 7-199421).

As we understand it, Ms Reinholz fell while skiing in Ischgl on 22 February
2025 (private holiday - covered, as your policy is 24-hour cover). The
Austrian hospital report mentions a rupture of the anterior cruciate ligament
of the left knee (S83.53) and a bone bruise; reconstruction surgery is planned
in Hamburg.

Your policy pays a daily hospital allowance of EUR 50 and a lump sum for
fractures only, so at this stage there is no payment. If a permanent
impairment remains, Ms Reinholz can claim a disability benefit within 15
months of the accident (medical assessment within 15 months, claim within 21).
We will write to her at home; please make sure she knows our letter is coming
and that she may send medical documents to us directly.

Kind regards
Dr. Hannah Roloff
Claims Accident / Group Business
""",
             label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="group accident claim of named employee with knee injury and ICD S83.53, surgery")


def m038():
    return M("Forderungsmanagement Firmenkunden <inkasso-firmen@aurelia-versicherung.example>",
             "Geschäftsführung Nordlicht Pflegedienste <verwaltung@nordlicht-pflege.example>",
             "Zahlungserinnerung - Rahmenvertrag bKV KV-G 55-01338 - Beitrag März 2025",
"""Sehr geehrte Frau Dr. Falk,

für Ihren Rahmenvertrag zur betrieblichen Krankenversicherung ist der Beitrag
für März 2025 in Höhe von 7.318,20 EUR (214 versicherte Beschäftigte) noch
offen. Die Lastschrift vom 03.03.2025 wurde von Ihrer Bank mit dem Grund
"Konto erloschen" zurückgegeben.

Bitte überweisen Sie den Betrag bis zum 28.03.2025 auf unser Konto bei der
Rheinische Genossenschaftsbank, IBAN DE73 4557 7141 3775 0177 65, Verwendungszweck
KVG5501338-0325, und teilen Sie uns Ihre neue Bankverbindung für künftige
Lastschriften mit.

Bleibt der Beitrag offen, sind wir nach § 38 VVG berechtigt, den Versicherungsschutz
für alle versicherten Personen ruhen zu lassen. Das möchten wir Ihren
Mitarbeitenden gern ersparen.

Mit freundlichen Grüßen
Forderungsmanagement Firmenkunden
Aurelia Krankenversicherung AG
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="company-level premium arrears of a bKV group contract, named managing director; insurer's own IBAN")


def m039():
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Frank Ostermann <f.ostermann@ostermann-bau.example>",
             "AW: Was zahlt die Gruppenunfall eigentlich bei einem Finger?",
"""Hallo Herr Ostermann,

gute Frage, die stellen uns viele Bauunternehmen. Die Invaliditätsleistung
richtet sich bei Gliedmaßen nach der sogenannten Gliedertaxe. In unseren
aktuellen Bedingungen (AUB 2020, verbesserte Gliedertaxe) gilt bei vollständigem Verlust
oder vollständiger Funktionsunfähigkeit:

  Arm                               75 %     Daumen                  25 %
  Hand                              60 %     Zeigefinger             16 %
  Bein über Mitte Oberschenkel      75 %     anderer Finger          10 %
  Fuß                               50 %     große Zehe               8 %
  Auge                              50 %     Gehör ein Ohr           30 %

Bei Teilverlust wird anteilig gerechnet, also z. B. ein halb
funktionsunfähiger Zeigefinger = 8 %. Bei einer Grundsumme von z. B. 100.000 EUR
und Progression 225 % wären das 8.000 EUR (die Progression greift erst ab
25 % Invalidität).

Für Ihre Baustellenleute ist eine höhere Daumen-/Finger-Wertung ggf. sinnvoll -
das können wir Ihnen gern einmal durchrechnen.

Viele Grüße
Torsten Bräutigam
""",
             label="NORMAL", lang="de", kind="insurer-to-company",
             reason="trap: generic explanation of the limb table (Gliedertaxe) percentages, no injured person")


def m040():
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Frank Ostermann <f.ostermann@ostermann-bau.example>",
             "Unterstützungskasse - Versorgungszusage Herr Jens Ostermann, Rückdeckung",
"""Hallo Herr Ostermann,

wie besprochen die Eckdaten für die rückgedeckte Unterstützungskassenzusage für
Ihren Bruder als neuen Mitgeschäftsführer:

  Begünstigter:         Jens Ostermann, geb. 19.11.1974
  Trägerunternehmen:    Ostermann Bau GmbH & Co. KG
  Versorgungskasse:     Aurelia Unterstützungskasse e.V.
  Jahresgehalt:         142.000 EUR
  zugesagte Altersrente ab 67: 2.150 EUR mtl., Hinterbliebenenrente 60 %
  Beitrag Rückdeckung:  1.480 EUR mtl. (Tarif UK-R 2025)

Da Herr Jens Ostermann mit 26 % am Kapital beteiligt ist, gilt er nicht als
Arbeitnehmer im Sinne des BetrAVG - kein PSV-Schutz, das Risiko liegt bei der
Firma. Für die Rückdeckungsversicherung brauchen wir noch die Gesundheitsangaben
(vereinfachte Fragen, Formular GF-12), weil die Hinterbliebenenrente über der
Annahmegrenze liegt.

Viele Grüße
Katrin Vossberg
""",
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="pension promise for a named managing director: birth date, salary, life reinsurance, health questions")


def m041():
    return M("Rechtsschutz Schaden Firmen <rs-firmen@aurelia-versicherung.example>",
             "Petra Lindner <p.lindner@kessler-antriebe.example>",
             "Firmen-Rechtsschutz RS 3-440198 - Kündigungsschutzklage Herr Marius Zeller",
"""Sehr geehrte Frau Lindner,

für die Verteidigung gegen die Kündigungsschutzklage von Herrn Marius Zeller
(ArbG Stuttgart, Az. 12 Ca 1187/25) erteilen wir Deckungszusage für die erste
Instanz aus Ihrem Arbeitgeber-Rechtsschutz.

  Versicherungsnehmer:  Kessler Antriebstechnik GmbH
  Schaden-Nr.:          RS-25-071155
  Anwalt:               Kanzlei Dr. Wendt & Partner, Stuttgart
  Selbstbeteiligung:    500 EUR
  Streitwert (vorläufig): 3 Bruttomonatsgehälter à 4.850 EUR = 14.550 EUR

Die Kosten rechnet die Kanzlei direkt mit uns ab.

Mit freundlichen Grüßen
Rechtsschutz Schadenservice Firmenkunden
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="employer legal expenses: dismissal suit of a named ex-employee with his monthly salary")


def m042():
    return M("Aurelia bAV-Newsletter <newsletter-firmen@aurelia-versicherung.example>",
             "Personalabteilungen Rahmenvertragskunden <verteiler-bav@aurelia-versicherung.example>",
             "Rechtsprechung kompakt: BAG zur Entgeltumwandlung in der Elternzeit",
"""Rechtsprechung kompakt - März 2025
==================================

BAG, Urteil vom 14.01.2025 (fiktives Praxisbeispiel, Az. gekürzt)

Sachverhalt: Die Klägerin, Sachbearbeiterin in einem mittelständischen
Unternehmen, war nach der Geburt ihres zweiten Kindes zwei Jahre in Elternzeit.
Ihre Direktversicherung wurde in dieser Zeit beitragsfrei gestellt. Nach der
Rückkehr verlangte sie, dass der Arbeitgeber den durch die Beitragsfreistellung
verlorenen BU-Schutz wiederherstellt.

Entscheidung: Der Arbeitgeber muss über die Folgen der Beitragsfreistellung
informieren, aber nicht auf eigene Kosten fortführen. Da die Klägerin
schriftlich auf die Möglichkeit der privaten Fortführung hingewiesen worden
war, blieb die Klage erfolglos.

Praxistipp für HR: Nutzen Sie bei jeder Elternzeitmeldung unser Formular
"Hinweis Beitragsfreistellung" und lassen Sie sich den Erhalt bestätigen.

Dieser Newsletter ersetzt keine Rechtsberatung.
""",
             label="NORMAL", lang="de", kind="newsletter",
             reason="trap: anonymised case law ('die Klägerin') on parental leave and BU cover")


def m043():
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Rainer Kowalczyk <betriebsrat@stadtwerke-lindenau.example>",
             "AW: Anfrage Betriebsrat - bAV Herr Uwe Sander",
"""Hallo Herr Kowalczyk,

danke für Ihre Nachricht. Damit ich Ihnen zu Herrn Sanders Pensionskassenvertrag
Auskunft geben darf, brauche ich seine schriftliche Einwilligung - auch gegenüber
dem Betriebsrat. Das Formular hänge ich Ihnen gern an.

Zu Ihrer allgemeinen Frage: Ja, der Zuschuss nach dem Tarifvertrag (TV-V) gilt
unabhängig von einer Gewerkschaftsmitgliedschaft für alle Beschäftigten.
Dass Herr Sander als ver.di-Vertrauensmann bei Ihnen aktiv ist und deshalb für
die Kollegen nachfragt, spielt für die Pensionskasse keine Rolle.

Viele Grüße
Katrin Vossberg

> Sehr geehrte Frau Vossberg,
> unser Kollege Uwe Sander (Netzmonteur, ver.di-Vertrauensmann) hat uns gebeten,
> nachzufragen, warum seine Pensionskassenbeiträge seit Januar niedriger sind.
> Er hat 2024 auf Teilzeit reduziert. Können Sie uns sagen, wie hoch sein
> Beitrag jetzt ist?
> Rainer Kowalczyk, Betriebsratsvorsitzender
""",
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="named employee's trade-union role and his pension fund contract (life)")


def m044():
    return M("Motor Group Schemes <kfz-gruppe@aurelia-versicherung.example>",
             "Ruairi Byrne <r.byrne@calloway-eng.example>",
             "Your eVB number - Aurelia employee motor scheme",
"""Dear Mr Byrne,

as an employee of Calloway Engineering GmbH you can insure your private car
under our employee motor scheme (group contract K-GR 4-0217). Here is your
electronic insurance confirmation (eVB) for registration:

  eVB number:     A7K9Q2M
  Policyholder:   Ruairi Byrne, Brienner Straße 47, 80333 München
  Vehicle:        VW Golf Variant, VIN WVWZZZCDZMW118203
  Valid until:    30 April 2025

Take the eVB number to the registration office (Kfz-Zulassungsstelle). Your
no-claims history from your Irish insurer can be recognised - please send us
the original claims-free letter so we can set your SF class.

Kind regards
Aurelia Motor - Group Schemes
""",
             label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="employee's private motor policy under group scheme: eVB, address, VIN")


def m045():
    return M("Beatrice Lowe <beatrice.lowe@aurelia-versicherung.example>",
             "Lena Marquardt <lena@vireo-software.example>",
             "Example calculation: what salary sacrifice costs your people",
"""Hi Lena,

for your onboarding slides, here's the example we discussed. It's a model case,
not a real employee:

  Gross monthly salary                       4,000.00 EUR
  Salary sacrifice into direct insurance      -200.00 EUR
  Employer subsidy (15 %)                     + 30.00 EUR  (goes into the contract)
  -> paid into the contract                    230.00 EUR

  Net effect (tax class I, no church tax, 2025 values, statutory health
  insurance with average additional contribution):
  net salary without sacrifice               2,612.10 EUR
  net salary with sacrifice                  2,498.60 EUR
  -> "costs" in net pay                        113.50 EUR for 230 EUR saved

Tax class III/V, children or private health insurance change the numbers, so
please add a footnote that this is an illustration.

Best,
Beatrice
""",
             cte="7bit",
             label="NORMAL", lang="en", kind="insurer-to-company",
             reason="trap: salary figures for a model employee (illustration), no real person")


def m046():
    rows = [["Employee ID", "Surname", "First name", "Date of birth", "Job title", "Risk class", "Sum insured death", "Sum insured disability", "Start"],
            ["CE-1004", "Fitzgerald", "Aoife", "1983-05-17", "Project Engineer", "A", 100000, 250000, "2025-04-01"],
            ["CE-1011", "Hoffmann", "Timo", "1992-09-02", "Field Service Technician", "B", 100000, 250000, "2025-04-01"],
            ["CE-1015", "Nwosu", "Chidi", "1988-01-29", "Field Service Technician", "B", 100000, 250000, "2025-04-01"],
            ["CE-1022", "Lange", "Miriam", "1979-12-08", "Office Manager", "A", 100000, 250000, "2025-04-01"],
            ["CE-1030", "Brennan", "Sean", "1971-03-23", "Country Manager", "A", 200000, 500000, "2025-04-01"]]
    return M("Dr. Hannah Roloff <hannah.roloff@aurelia-versicherung.example>",
             "Ruairi Byrne <r.byrne@calloway-eng.example>",
             "Group accident GU 7-210388 - confirmed member list",
"""Dear Ruairi,

please find attached the member list as we have recorded it for the start of
the group accident cover on 1 April. Please check and let me know of any
corrections by Friday.

Kind regards
Hannah Roloff
""",
             cte="7bit",
             att=[A("GU_7-210388_members_2025-04.xlsx", xlsx_file([("Members", rows)]))],
             label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="harmless body; XLSX attachment lists named insured persons with birth dates in group accident (personal line)")


def m047():
    rows = [["Vertrag", "Name", "Vorname", "Versicherungsort", "Beginn", "Nachlass"],
            ["HR-2023-101774", "Rietz", "Olaf", "Parkallee 19, Leipzig", "01.04.2025", "20 %"],
            ["HR-2022-098112", "Kaminski", "Beate", "Eutritzscher Str. 4, Leipzig", "01.09.2022", "20 %"],
            ["HR-2024-114590", "Dorn", "Marcel", "Am Wasserturm 11, Markkleeberg", "15.02.2024", "20 %"],
            ["HR-2021-080337", "Fuchs", "Alexandra", "Könneritzstr. 90, Leipzig", "01.07.2021", "20 %"]]
    return M("Mehmet Yıldız <mehmet.yildiz@aurelia-versicherung.example>",
             "Svenja Okafor <s.okafor@brandauer-logistik.example>",
             "Jahresabgleich Mitarbeiterangebot Hausrat 2025",
"""Hallo Frau Okafor,

für den jährlichen Abgleich des Gruppennachlasses anbei die aktuell laufenden
Hausratverträge aus Ihrem Mitarbeiterangebot (Auszug Standort Leipzig, die
übrigen Standorte folgen). Bitte markieren Sie uns, wer nicht mehr bei Ihnen
beschäftigt ist; für diese Verträge entfällt der Nachlass zur nächsten
Hauptfälligkeit.

Gruß
Mehmet Yıldız
""",
             att=[A("Abgleich_Hausrat_Brandauer_Leipzig.ods", ods_file([("Leipzig", rows)]))],
             label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="ODS with named employees' household policies and home addresses (non-personal line)")


def m048():
    rows = [["Age band", "Female", "Male", "Salary band (gross p.a.)", "Headcount"],
            ["< 30", 9, 14, "< 45k", 19],
            ["30-39", 17, 22, "45k-70k", 41],
            ["40-49", 11, 15, "70k-100k", 21],
            ["50-59", 6, 9, "> 100k", 8],
            [">= 60", "merged with 50-59", "merged with 50-59", "", ""],
            ["Total", 43, 60, "", 103]]
    return M("Ines Harbeck <ines.harbeck@aurelia-versicherung.example>",
             "Pricing Kollektiv <pricing-kollektiv@aurelia-versicherung.example>",
             "Quote request Lindqvist Medical Devices - group life 2x salary",
"""Hi Pricing team,

new quote request from Lindqvist Medical Devices GmbH (Kiel, 103 employees,
engineering / field service). They want group life at 2x salary plus group
accident. Attached is the anonymised census the broker sent - age bands and
salary bands only, no names (the 60+ band is merged into 50-59 because it is
fewer than five people).

Free cover limit question: with 8 people above 100k, will we need health
questions for anyone above EUR 250k sum assured? Please price with and without.

Thanks,
Ines
""",
             cte="7bit",
             att=[A("Lindqvist_census_anonymised.xlsx", xlsx_file([("Census", rows)]))],
             label="NORMAL", lang="en", kind="internal",
             reason="trap: anonymised census in bands with small cells merged, health-question wording")


def m049():
    doc = docx_file([
        "**Aurelia Pensionskasse VVaG",
        "Mr Andrew Kearney",
        "Schwanthalerstraße 102, 80336 München",
        "Member no. PK 118-31207",
        "**Your disability pension from the Aurelia Pensionskasse",
        "Dear Mr Kearney,",
        "the German Pension Insurance (DRV) has granted you a full reduced-earning-capacity pension "
        "(volle Erwerbsminderungsrente) from 1 January 2025, limited to 31 December 2027. Under the rules of "
        "the Pensionskasse this entitles you to a disability pension of EUR 286.40 per month from the same date.",
        "The pension is paid as long as the DRV pension is paid. Please send us the follow-up decision of the "
        "DRV as soon as you receive it.",
        "As your employer, Stadtwerke Lindenau GmbH, has stopped contributions from January, your membership "
        "continues premium-free.",
        "Yours sincerely",
        "Julia Engelhardt, Betriebsrenten-Service",
    ])
    return M("Julia Engelhardt <julia.engelhardt@aurelia-versicherung.example>",
             "Beatrice Lowe <beatrice.lowe@aurelia-versicherung.example>",
             "Draft letter for review (EN)",
"""Hi Beatrice,

could you have a look at the English in the attached draft before it goes out?
The member asked for correspondence in English. Thanks!

Julia
""",
             cte="7bit",
             att=[A("Entwurf_EM-Rente_Kearney_EN.docx", doc)],
             label="STRICTLY_CONFIDENTIAL", lang="en", kind="internal",
             reason="harmless body; DOCX draft about a named member's reduced-earning-capacity pension")


def m050():
    return M("Mehmet Yıldız <mehmet.yildiz@aurelia-versicherung.example>",
             "Aylin Demirci <aylin.demirci@holmfeld.example>",
             "RE: Is Mr Castellanos above the threshold?",
"""Hi Ms Demirci,

short answer: yes. Mr Castellanos' annual salary as you gave it (base
EUR 72,000 plus a guaranteed 13th month of EUR 6,000 = EUR 78,000) is above the
2025 compulsory insurance threshold (Jahresarbeitsentgeltgrenze) of EUR 73,800.
Bonus payments that are not guaranteed are not counted.

That means he may choose between statutory and private health insurance from
the end of this year, if his salary is also expected to exceed next year's
threshold. Note that the decision is his, not the company's; payroll just has
to report the change. He can of course get a quote from us, but we can't give
him advice through you.

Best regards
Mehmet Yıldız

> Hi, quick question from payroll: Mr Rafael Castellanos (Regulatory Affairs)
> earns 72k base + fixed 13th salary. Is he above the JAEG now? Thx, Aylin
""",
             label="CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="named employee's salary checked against the JAEG; no contract or health data")

def m051():
    return M("Ines Harbeck <ines.harbeck@aurelia-versicherung.example>",
             "Thomas Gerlach <t.gerlach@gerlach-metallbau.example>",
             "Ihr Angebot Gruppenunfallversicherung - Gerlach Metallbau GmbH",
"""Sehr geehrter Herr Gerlach,

vielen Dank für das nette Gespräch auf der Messe. Wie versprochen unser
unverbindliches Angebot für eine Gruppenunfallversicherung für Ihre
Belegschaft (Angaben laut Ihrer Anfrage: 12 kaufmännische, 46 gewerbliche
Beschäftigte):

  Leistungen je Person           Variante Basis      Variante Plus
  Invaliditätsgrundsumme         60.000 EUR          100.000 EUR
  Progression                    225 %               350 %
  Todesfallleistung              10.000 EUR          20.000 EUR
  Unfallrente ab 50 % Inv.       -                   500 EUR mtl.
  Bergungskosten                 10.000 EUR          25.000 EUR

  Jahresbeitrag je Person (inkl. VersSt)
  Gefahrengruppe A               58,40 EUR           97,20 EUR
  Gefahrengruppe B               121,80 EUR          203,10 EUR

Keine Gesundheitsfragen bei namentlicher oder namenloser Versicherung bis
60 Beschäftigte; Vorerkrankungen bleiben nach den AUB mitversichert, soweit
kein Unfallzusammenhang fehlt. Das Angebot gilt bis 30.06.2025.

Mit freundlichen Grüßen
Ines Harbeck
Vertrieb Gruppenversicherung
""",
             label="NORMAL", lang="de", kind="insurer-to-company",
             reason="trap: prospect quote with death/disability benefits and health-question wording, no person")


def m052():
    rows = [["Abrechnungsmonat", "PersNr", "Name", "SV-Nummer", "Steuer-ID", "Vertrag", "Umwandlung", "AG-Anteil", "Zuschuss 15%", "Summe"],
            ["2025-03", "4410", "Baumgart, Ralf", "53 110573 B 011", "57 392 018 446", "DV 60-2211408", "150,00", "50,00", "22,50", "222,50"],
            ["2025-03", "4418", "Celik, Hatice", "53 240891 C 512", "81 023 774 519", "DV 60-2211415", "80,00", "50,00", "12,00", "142,00"],
            ["2025-03", "4502", "Jankowski, Piotr", "53 070282 J 034", "44 810 262 077", "DV 60-2399001", "322,00", "50,00", "48,30", "420,30"],
            ["2025-03", "4533", "Meisner, Ute", "53 151166 M 545", "12 664 903 518", "DV 60-2400312", "0,00", "50,00", "0,00", "50,00"]]
    zipped = zip_file([("bAV_Export_2025-03.csv", csv_file(rows, enc="cp1252")),
                       ("Lies_mich.txt", "Export aus LODAS, Lohnart 4711/4712/4713. Erstellt 31.03.2025.\r\n".encode("utf-8"))])
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Kollektiv Leben Bestand <kollektiv-bestand@aurelia-versicherung.example>",
             "Seidel & Vogt / Druckerei Falkner - Beitragsliste 03-2025",
"""Hallo Bestand,

vom Lohnbüro Seidel & Vogt für ihren Mandanten Druckerei Falkner GmbH
(RV 60-0128) - Beitragsliste März im Anhang. Bitte mit dem Lastschrifteinzug
abgleichen, Differenz 50 EUR bei Frau Meisner (laut Lohnbüro nur AG-Anteil,
keine Umwandlung mehr ab März).

Gruß Katrin
""",
             att=[A("Falkner_bAV_2025-03.zip", zipped)],
             date=datetime.datetime(2025, 4, 2, 11, 6), label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
             reason="only inside a ZIP: bAV contribution list with names, social-security and tax IDs, direct-insurance contracts")


def m053():
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Marcel Behrens <m.behrens@behrens-benefits.example>",
             "RE: Holmfeld renewal 2026 - loss ratio group accident",
"""Dear Marcel,

as requested for your renewal preparation, the figures for Holmfeld Pharma
Services GmbH, group accident GU 7-199421 (headcount 1,812, 24h cover):

  Year   Earned premium   Claims paid + reserves   Loss ratio   No. of claims
  2022   184,300 EUR       61,900 EUR               33.6 %       14
  2023   189,100 EUR      142,700 EUR               75.5 %       19
  2024   193,800 EUR       88,250 EUR               45.5 %       16

The 2023 figure includes one large disability claim; we do not give individual
claim details, but the reserve has been reduced after the final assessment.

We'd propose to renew at unchanged rates if the headcount stays within +/- 10 %.
Happy to discuss with Mr Whitcombe and you in November.

Best regards
Torsten Bräutigam
Key Account Management Group Business
""",
             label="CONFIDENTIAL", lang="en", kind="insurer-to-broker",
             reason="company-level loss ratio of a named client's group accident contract, no individual claimant")


def m054():
    return M("Kollektiv Leben Rückversicherung <rv-kollektiv@aurelia-versicherung.example>",
             "Treaty team <treaty.life@nordhafen-re.example>",
             "Group life catastrophe cover 2026 - pandemic and event accumulation",
"""Dear colleagues,

ahead of our treaty meeting on 14 May, a short note on what we'd like to
discuss for the 2026 group life catastrophe excess of loss:

1. Event definition: we'd like the pandemic exclusion to be replaced by a
   per-event excess mortality trigger (e.g. 130 % of expected deaths in the
   group portfolio over 12 consecutive weeks) rather than a blanket exclusion.
2. Accumulation: our largest single-site exposure is now a logistics hub with
   about 2,300 insured lives (group life + group accident). We'll share the
   anonymised location accumulation file via the data room.
3. Retention: unchanged at EUR 5m per event.
4. Claims experience 2024: 41 deaths in the group life portfolio
   (expected 48.6 by DAV 2008 T), no catastrophe event.

Looking forward to seeing you in Cologne.

Best regards
Group Life Reinsurance
Aurelia Lebensversicherung AG
""",
             cte="7bit",
             label="NORMAL", lang="en", kind="insurer-to-partner",
             reason="trap: reinsurance note on pandemic mortality and deaths, aggregates only")


def m055():
    inner = M("Petra Lindner <p.lindner@kessler-antriebe.example>",
              "Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
              "Frau Irina Bauer - Beiträge Direktversicherung während Krankheit",
"""Hallo Frau Vossberg,

ich habe eine etwas heikle Frage zu unserer Mitarbeiterin Frau Irina Bauer
(Lager, DV 60-3550718). Frau Bauer ist im Januar an Brustkrebs erkrankt und
bekommt gerade eine Chemotherapie, voraussichtlich bis Sommer, danach Reha.
Die Entgeltfortzahlung endet Mitte März.

Frau Bauer möchte ihre Direktversicherung unbedingt behalten und hat gefragt,
ob die Beiträge wegen der Erkrankung übernommen werden können - sie hat ja die
BU-Zusatzversicherung mit Beitragsbefreiung. Können Sie ihr sagen, was sie
dafür einreichen muss? Sie hat mir erlaubt, Ihnen das zu schreiben.

Viele Grüße
Petra Lindner
""")
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "BU-Leistung Leben <bu-leistung@aurelia-versicherung.example>",
             "WG: Frau Irina Bauer - Beiträge Direktversicherung während Krankheit",
"""Hallo zusammen,

bitte prüft die Beitragsbefreiung aus der BUZ (siehe weitergeleitete Mail)
und schreibt Frau Bauer direkt an. Ich habe Frau Lindner gesagt, dass alles
Weitere direkt zwischen uns und der Versicherten läuft.

Danke
Katrin
""",
             att=[A("Frau Irina Bauer - Beitraege Direktversicherung.eml", inner)],
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="company",
             reason="in a forwarded message/rfc822 only: named employee's breast cancer, chemotherapy, BUZ premium waiver")


def m056():
    return M("Sandra Kühn <sandra.kuehn@aurelia-versicherung.example>",
             "Monika Staudt <m.staudt@stadtwerke-lindenau.example>",
             "Berechtigungen Firmenkundenportal - jährliche Überprüfung",
"""Sehr geehrte Frau Staudt,

wie jedes Jahr bitten wir Sie, die Benutzer Ihres Unternehmens im
Firmenkundenportal zu bestätigen. Aktuell sind eingerichtet:

  Benutzer                Rolle              Verträge
  Monika Staudt           Administrator      alle
  Heiko Rautenberg        Sachbearbeitung    PK-T 118, KV-G 55-00412
  Melanie Wirtz           Sachbearbeitung    KV-G 55-00412
  Tobias Kranz            Lesezugriff        PK-T 118
  Elke Vormann            Sachbearbeitung    PK-T 118  (letzte Anmeldung 14.02.2023)

Frau Vormann hat sich seit zwei Jahren nicht angemeldet. Ist sie noch im
Personalbereich tätig? Falls nicht, sperren wir den Zugang.

Bitte bestätigen Sie die Liste bis 15. April, sonst werden nicht bestätigte
Zugänge automatisch gesperrt.

Mit freundlichen Grüßen
Sandra Kühn
Portal-Support
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="named HR users with access to the company's pension fund and bKV contract numbers")


def m057():
    return M("Felix Grundmann <datenschutz@aurelia-versicherung.example>",
             "Firmenkundenservice alle <fks-alle@aurelia-versicherung.example>",
             "Datenschutz-Schulung Kollektiv: Was darf die Personalabteilung von uns erfahren?",
"""Liebe Kolleginnen und Kollegen,

nach einigen Rückfragen der letzten Wochen hier die Kurzfassung unserer
Schulung vom Februar:

1. bKV: Der Arbeitgeber ist Versicherungsnehmer, die Mitarbeitenden sind
   versicherte Personen. Der Arbeitgeber erfährt: wer versichert ist, Tarif,
   Beitrag. Er erfährt NICHT: Leistungsanträge, Rechnungen, Diagnosen,
   Erstattungsbeträge. Auch nicht "nur mal kurz am Telefon".

2. Direktversicherung/Pensionskasse: Der Arbeitgeber erfährt Beiträge,
   Vertragsstand und Ereignisse, die er selbst melden muss (Austritt,
   Elternzeit). Leistungsfälle wegen Berufsunfähigkeit: nur, dass ein Antrag
   vorliegt, wenn die versicherte Person eingewilligt hat - niemals Befunde.

3. Gruppenunfall: Die Unfallmeldung kommt oft vom Arbeitgeber. Medizinische
   Unterlagen fordern wir beim Versicherten an, nicht bei der Personalabteilung.

4. Wenn eine Personalabteilung uns ungefragt Diagnosen schickt: nicht
   weiterleiten, nicht zitieren, in den Vorgang nehmen und die Mail über den
   Datenschutzbriefkasten melden.

5. Verschlüsselung: Mitarbeiterlisten nur über das Portal, niemals als
   Excel-Anhang per normaler Mail anfordern.

Bei Fragen: datenschutz@aurelia-versicherung.example

Felix Grundmann
Datenschutzkoordinator Firmenkunden
""",
             label="NORMAL", lang="de", kind="internal",
             reason="trap: data-protection training about diagnoses and HR, no person")


def m058():
    return M("Beatrice Lowe <beatrice.lowe@aurelia-versicherung.example>",
             "Dr. Hannah Roloff <hannah.roloff@aurelia-versicherung.example>",
             "Kurze Frage zu Mr Nowak / Holmfeld - AU-Dauer",
"""Hallo Hannah,

kurze Frage, weil Holmfeld HR in Prag nachhakt:

Mr Piotr Nowak (DV 60-4102337, Holmfeld) has been off sick since 6 January.
Die Personalabteilung sagt, er sei im März zusätzlich beim Joggen gestürzt
(Handgelenk, Schaden bei euch unter Gruppenunfall?). Do you have anything on
file that shows how long he is expected to be unable to work? I need to know
whether the BUZ claim and your accident claim overlap, nicht die Befunde selbst.

Danke!
Beatrice
""",
             label="STRICTLY_CONFIDENTIAL", lang="mixed", kind="internal",
             reason="internal query on a named employee's sick leave, wrist injury claim and disability rider")


def m059():
    return M("Einkauf Aurelia <einkauf@aurelia-versicherung.example>",
             "Vertrieb <vertrieb@ersthelfer-bedarf.example>",
             "Bestellung 4500187321 - Erste-Hilfe-Material Standort Köln",
"""Sehr geehrte Damen und Herren,

wir bestellen gemäß Rahmenvertrag für das Verwaltungsgebäude Aureliaplatz:

  Pos  Art.-Nr.   Bezeichnung                                       Menge
  10   EH-13157   Verbandkasten DIN 13157, Wandhalterung            18
  20   EH-13169   Verbandkasten DIN 13169 (groß), Betriebsrestaurant 2
  30   AU-0442    Augenspülflasche 500 ml                           6
  40   DE-5500    AED-Elektroden Erwachsene (für Geräte Typ HS1)    4
  50   BB-0100    Verbandbuch nach DGUV Vorschrift 1                10

Lieferung bitte an Warenannahme Tor 2, z. Hd. Haustechnik (Herr Lemke).

Mit freundlichen Grüßen
Einkauf Aurelia Versicherungsgruppe
""",
             label="NORMAL", lang="de", kind="insurer-to-supplier",
             reason="trap: purchase order for first-aid kits and AED pads")


def m060():
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Lohnbüro Seidel & Vogt <lohn@seidel-vogt-stb.example>",
             "AW: Mandant Druckerei Falkner - Rahmenvertrag und Betriebsnummer",
"""Hallo Frau Seidel,

ja, die Daten stimmen so:

  Arbeitgeber:              Druckerei Falkner GmbH, Hafenstraße 3, 47119 Duisburg
  Betriebsnummer:           41783366
  Rahmenvertrag bAV:        RV 60-0128 (Direktversicherung), seit 01.01.2019
  Zahlungsweise:            monatlich, Sammelinkasso
  Ansprechpartner Mandant:  Herr Ulrich Falkner (Geschäftsführer)

Die Vollmacht, dass Sie als Lohnbüro für die Druckerei Veränderungen melden
dürfen, liegt uns vor (vom 12.02.2025). Sie bekommen dann einen eigenen
Zugang im Firmenkundenportal mit der Rolle "externer Dienstleister".

Viele Grüße
Katrin Vossberg
""",
             charset="windows-1252", label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="company-level bAV framework contract, employer number and named managing director")


def m061():
    return M("Mehmet Yıldız <mehmet.yildiz@aurelia-versicherung.example>",
             "bKV Leistung <bkv-leistung@aurelia-versicherung.example>",
             "FW: Psychotherapy - is this covered? (Vireo)",
"""Hi team,

can someone answer Mr Okoro directly? He wrote to his People team instead of
to us; Lena forwarded it with his OK. I've told Lena we'll take it from here.

Thanks, Mehmet

---------- Forwarded message ---------
From: Lena Marquardt <lena@vireo-software.example>
Date: Tue, 8 Apr 2025 at 16:02
Subject: Psychotherapy - is this covered?
To: Mehmet Yıldız <mehmet.yildiz@aurelia-versicherung.example>

Hi Mehmet,

one of our engineers, Emeka Okoro, asked me this and said I can pass it on:

"I was diagnosed with ADHD last year and I've been waiting 7 months for a
therapist with a statutory health insurance slot. A private therapist would
see me next week but costs 110 EUR a session. Does the company health
insurance pay for this? Also my medication (methylphenidate) - is the
co-payment covered?"

Could you get back to him directly (emeka.okoro@vireo-software.example)?

Thanks!
Lena
""",
             cte="8bit",
             date=datetime.datetime(2025, 4, 9, 10, 40), label="STRICTLY_CONFIDENTIAL", lang="en", kind="company",
             reason="inline forward: named employee's ADHD diagnosis, medication and psychotherapy under bKV")


def m062():
    return M("Marketing Firmenkunden <marketing-firmen@aurelia-versicherung.example>",
             "Auftragsannahme <auftrag@druckhaus-brenner.example>",
             "Druckauftrag bKV-Flyer 2025 (DE/EN) - Freigabe",
"""Hallo Herr Kaufmann,

die Druckdaten sind freigegeben:

  Produkt:   Flyer DIN lang, 6 Seiten Wickelfalz, 135 g Bilderdruck matt
  Titel:     "Gesund bleiben mit Ihrer bKV - Zahn, Brille, Vorsorge, Heilpraktiker"
  Auflage:   5.000 Stück deutsch, 1.500 Stück englisch
  Dateien:   bKV_Flyer_2025_DE_final.pdf / bKV_Flyer_2025_EN_final.pdf (im Upload-Portal)
  Liefertermin: KW 16, Anlieferung Köln, Tor 2

Bitte auf der Rückseite die Hotline 0221 98765-444 prüfen, im letzten Proof
war noch die alte Nummer.

Viele Grüße
Jana Ploetz
Marketing Firmenkunden
""",
             label="NORMAL", lang="de", kind="insurer-to-supplier",
             reason="trap: print order for a health-insurance flyer (dental, glasses, check-ups)")


def m063():
    return M("Beitragsbuchhaltung Kollektiv <beitrag-kollektiv@aurelia-versicherung.example>",
             "Accounts Payable <ap@calloway-eng.example>",
             "RE: Invoice 2025-KV-118320 - PO number missing",
"""Dear Ms Quinlan,

thank you for your message. We have re-issued the invoice with your purchase
order number:

  Invoice:        2025-KV-118320-R1 (replaces 2025-KV-118320)
  Policyholder:   Calloway Engineering GmbH
  Contract:       GU 7-210388 (group accident), 1 Apr 2025 - 31 Dec 2025
  PO number:      4500-CE-22871
  Amount:         EUR 11,247.60 (insurance tax included)
  Payment:        by bank transfer within 30 days

Your cost centre approver, Mr Sean Brennan, is named on the invoice as requested.
Please discard the original invoice.

Kind regards
Premium Accounting Group Business
""",
             cte="7bit",
             label="CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="company-level group accident invoice with contract no. and named approver")


def m064():
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Programme Team <programme@benefits-summit.example>",
             "Speaker slot Benefits Summit Berlin - session proposal",
"""Dear programme team,

thank you for the invitation. Here is our proposal for the 30-minute slot on
day 2:

Title: "From benefit to retention: what 10,000 employees taught us about
company health insurance"
Speaker: Torsten Bräutigam, Head of Key Account Management Group Business,
Aurelia Versicherungsgruppe
Abstract: Usage patterns of employer-paid health budgets across industries,
what employees really claim for (spoiler: dental and glasses), and how HR can
communicate benefits without becoming a health data processor.

Tech: own laptop (HDMI), clicker. Photo and short bio attached to the online
form.

Best regards
Torsten Bräutigam
""",
             cte="8bit",
             label="NORMAL", lang="en", kind="insurer-to-partner",
             reason="conference speaker proposal, aggregate usage topic, no person data")


def m065():
    return M("Dr. Hannah Roloff <hannah.roloff@aurelia-versicherung.example>",
             "RA Dr. Kerstin Wolff <kanzlei@wolff-verkehrsrecht.example>",
             "Ihr Mandant Herr Dennis Pfeifer - Gruppenunfall GU 7-204518, Schaden 24-GU-01877",
"""Sehr geehrte Frau Dr. Wolff,

wir bestätigen den Eingang Ihrer Vollmacht für Herrn Dennis Pfeifer.

Zum Sachstand: Herr Pfeifer ist über die Gruppenunfallversicherung seines
Arbeitgebers, der Ostermann Bau GmbH & Co. KG, versichert. Am 09.10.2024 kam
er auf dem Heimweg mit dem Motorrad zu Fall. Er erlitt ein Schädel-Hirn-Trauma
2. Grades mit traumatischer Subarachnoidalblutung (S06.6) sowie eine
Claviculafraktur links (S42.03). Nach stationärer Behandlung und
neurologischer Reha bestehen laut Bericht der Rehaklinik Bad Hölzing vom
20.02.2025 weiterhin Konzentrationsstörungen und Kopfschmerzen.

Die Invalidität kann frühestens nach Abschluss der Heilbehandlung abschließend
bemessen werden. Wir haben daher ein neurologisches Gutachten bei Prof. Dr.
Alexander Brühl in Auftrag gegeben. Einen Vorschuss auf die Invaliditätsleistung
in Höhe von 10.000 EUR zahlen wir auf das in Ihrer Vollmacht genannte
Anderkonto.

Mit freundlichen Grüßen
Dr. Hannah Roloff
Leistungsprüfung Unfall
""",
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
             reason="group accident claim to the insured's lawyer: brain injury S06.6, fracture, rehab, expert opinion")


def m066():
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Team bAV-Service <team-bav@aurelia-versicherung.example>",
             "Donnerstag: Geburtstagsfrühstück für Julia",
"""Hallo ihr Lieben,

Julia hat am Donnerstag Geburtstag - wir machen um 9:30 in der Teeküche 3. OG
ein kleines Frühstück. Ich bringe Brötchen mit, wer kann Aufschnitt / Obst /
was Süßes? Bitte in die Liste an meinem Platz eintragen.

Und pssst, Karte geht ab heute rum. :-)

Katrin
""",
             flowed=True, cte="8bit",
             label="NORMAL", lang="de", kind="internal",
             reason="birthday breakfast for a colleague, no date of birth or personal data")


def m067():
    return M("Kfz-Gruppenverträge <kfz-gruppe@aurelia-versicherung.example>",
             "Nicole Haberland <nicole.haberland@freenet-mail.example>",
             "Ihr Kfz-Vertrag im Mitarbeitertarif - Übernahme Schadenfreiheitsklasse",
"""Sehr geehrte Frau Haberland,

vielen Dank für Ihren Antrag im Mitarbeiter-Gruppentarif der Kessler
Antriebstechnik GmbH (Gruppenvertrag K-GR 4-0188).

Ihr Vorversicherer hat uns den Schadenverlauf bestätigt. Wir übernehmen für
Ihren Pkw mit dem Kennzeichen BB-NH 412 folgende Einstufung:

  Haftpflicht:   SF 14 (34 %)
  Vollkasko:     SF 11 (38 %)
  Jahresbeitrag: 612,40 EUR (inkl. 12 % Gruppennachlass)
  Vertragsnr.:   KF 2025-4418821

Die Police erhalten Sie in den nächsten Tagen per Post.

Mit freundlichen Grüßen
Ihre Aurelia Kfz-Gruppenverträge
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="employee's private motor policy: plate, SF class, premium (non-personal line)")


def m068():
    return M("Oliver Stenzel <oliver.stenzel@aurelia-versicherung.example>",
             "Aylin Demirci <aylin.demirci@holmfeld.example>",
             "Beneficiary nomination - Ms Sophie Lambrecht, group life GL-3310-0087",
"""Dear Ms Demirci,

we have registered the beneficiary nomination that Ms Sophie Lambrecht handed
in through HR:

  Insured employee:  Sophie Lambrecht (employee ID H-21907)
  Policy:            group life GL-3310-0087, sum assured 2x base salary
  Beneficiaries:     Maximilian Lambrecht (son, born 2011) - 50 %
                     Theresa Lambrecht (daughter, born 2014) - 50 %
  Trustee for minors: Dr. Ulrich Lambrecht (brother)

The nomination replaces the default rule (spouse/registered partner). Ms
Lambrecht receives a confirmation letter from us. For future nominations,
employees can also use the form in the Aurelia app, so HR does not have to see
who they nominate.

Kind regards
Oliver Stenzel
Group Life
""",
             cte="7bit",
             label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="named employee's group life beneficiary nomination (life contract of a person, family details)")


def m069():
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Thomas Gerlach <t.gerlach@gerlach-metallbau.example>",
             "AW: Laufzeit und Kündigung Gruppenverträge",
"""Hallo Herr Gerlach,

zu Ihrer Frage vorab, damit Sie das Ihrem Steuerberater weitergeben können:

- Gruppenunfall: Laufzeit ein Jahr, verlängert sich stillschweigend, wenn nicht
  drei Monate vor Ablauf gekündigt wird.
- bKV: Mindestlaufzeit zwei Jahre, danach jährlich kündbar mit drei Monaten
  Frist zum Jahresende. Bei Kündigung können die Mitarbeitenden ohne
  Gesundheitsprüfung in einen Einzeltarif wechseln (Anwartschaft nicht nötig).
- Direktversicherung: Der Rahmenvertrag ist jederzeit kündbar, die einzelnen
  Verträge der Mitarbeitenden bleiben davon unberührt.

Beiträge für die Gruppenunfall sind beim Unternehmen Betriebsausgaben; beim
Mitarbeiter ggf. Arbeitslohn, wenn er den Anspruch selbst geltend machen kann.

Viele Grüße
Torsten Bräutigam
""",
             label="NORMAL", lang="de", kind="insurer-to-company",
             reason="trap: generic terms and notice periods of group contracts, no insured person")


def m070():
    return M("Nadine Albers <events@aurelia-versicherung.example>",
             "Dr. Miriam Achterberg <m.achterberg@posteo-mail.example>",
             "Your travel expenses - HR-Forum Süd",
"""Dear Dr. Achterberg,

thank you again for your excellent talk on return-to-work management. We have
approved your travel expenses and will transfer them this week:

  Train Berlin - Stuttgart and back (BahnCard 50, 1st class)   218.40 EUR
  Hotel Neckarblick Stuttgart, 1 night                          164.00 EUR
  Taxi                                                            27.50 EUR
  Total                                                          409.90 EUR

  Account holder:  Dr. Miriam Achterberg
  IBAN:            DE36 1988 3028 6487 6204 61

The speaker fee will follow separately once we have your invoice.

Kind regards
Nadine Albers
Event Management
""",
             date=datetime.datetime(2025, 5, 14, 11, 25), label="CONFIDENTIAL", lang="en", kind="insurer-to-supplier",
             reason="private IBAN of a natural-person speaker with travel expense amounts")


def m071():
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Jörg Habermann <j.habermann@kessler-antriebe.example>",
             "Erhöhung Entgeltumwandlung Herr Thorsten Vieth ab 05/2025",
"""Hallo Herr Habermann,

Herr Vieth hat bei uns direkt die Erhöhung seiner Entgeltumwandlung
beantragt. Bitte setzen Sie in der Abrechnung ab Mai um:

  Mitarbeiter:            Thorsten Vieth, PersNr. 16033
  Vertrag:                DV 60-2550671
  Umwandlung bisher:      150,00 EUR
  Umwandlung neu:         300,00 EUR
  AG-Zuschuss 15 %:       45,00 EUR (bisher 22,50 EUR)
  Gesamtbeitrag:          345,00 EUR mtl. (davon 322 EUR SV-frei, Rest steuerfrei
                          nach § 3 Nr. 63 EStG, aber SV-pflichtig)

Die neue Entgeltumwandlungsvereinbarung hat Herr Vieth unterschrieben, Ihr
Exemplar kommt mit der Post. Da die Erhöhung über 50 % liegt, hat Herr Vieth
für die BUZ-Erhöhung die vereinfachten Gesundheitsfragen beantwortet - das
Ergebnis ist Annahme zu normalen Bedingungen.

Viele Grüße
Katrin Vossberg
""",
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="named employee's salary conversion increase in direct insurance and underwriting result")


def m072():
    return M("Mehmet Yıldız <mehmet.yildiz@aurelia-versicherung.example>",
             "Aylin Demirci <aylin.demirci@holmfeld.example>",
             "RE: Employee question - pre-existing conditions",
"""Hi Aylin,

good question, and a common one after the launch. You can tell your staff:

- There are no health questions when the employer insures all employees
  (or a defined group) in the bKV.
- Pre-existing conditions are covered within the tariff's benefits. Example:
  someone who already wears glasses gets the glasses budget like everybody
  else; a dental treatment that was already planned is covered from day one,
  as there is no waiting period.
- Family members can join voluntarily, but then with health questions.
- Nobody at Holmfeld will see what anyone claims.

If individual employees want to know about their own situation, they should
call us directly on +49 221 98765-444 - please don't collect their questions
with medical details at HR.

Best,
Mehmet
""",
             cte="7bit",
             label="NORMAL", lang="en", kind="insurer-to-company",
             reason="trap: generic answer on pre-existing conditions, glasses and dental treatment; no employee named")


def m073():
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Svenja Okafor <s.okafor@brandauer-logistik.example>",
             "Pfändungs- und Überweisungsbeschluss - Herr Andreas Klink, DV 60-3001229",
"""Sehr geehrte Frau Okafor,

uns wurde heute ein Pfändungs- und Überweisungsbeschluss des Amtsgerichts
Lindenau (Az. 7 M 1904/25) zugestellt, der auch "Ansprüche aus
Lebensversicherungen" von Herrn Andreas Klink umfasst. Gläubigerin ist die
Autohaus Meister GmbH, Forderung 18.730,14 EUR.

Zur Einordnung für Ihre Entgeltabrechnung:
- Die Direktversicherung aus Entgeltumwandlung ist bis zum Rentenbeginn
  nicht pfändbar (§ 2 Abs. 2 BetrAVG, Verfügungsverbot). Wir erteilen dem
  Gericht eine entsprechende Drittschuldnererklärung.
- Die laufende Umwandlung von 200 EUR mtl. können Sie weiterführen; ob die
  Pfändung des Arbeitseinkommens davon berührt wird, klären Sie bitte mit
  Ihrer Rechtsabteilung (Pfändungsfreigrenzen nach § 850c ZPO).

Mit freundlichen Grüßen
Katrin Vossberg
""",
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="garnishment order against a named employee's life/direct insurance, debt amount")


def m074():
    return M("Mehmet Yıldız <mehmet.yildiz@aurelia-versicherung.example>",
             "Jörg Habermann <j.habermann@kessler-antriebe.example>",
             "AW: bKV - Sachbezug oder Barlohn?",
"""Hallo Herr Habermann,

kurz zusammengefasst (ohne Gewähr, steuerlich bitte mit Ihrer
Steuerberatung abstimmen):

- Zahlt der Arbeitgeber den bKV-Beitrag und haben die Mitarbeitenden nur
  Anspruch auf Versicherungsschutz (nicht auf Geld), ist das Sachlohn
  (BMF-Schreiben zur Abgrenzung Sach-/Barlohn bei der bKV).
- Sachbezüge sind bis 50 EUR im Monat steuer- und SV-frei (§ 8 Abs. 2
  Satz 11 EStG). Die Grenze gilt für alle Sachbezüge zusammen - also
  Tankgutschein, Jobticket-Zuschuss usw. mit einrechnen!
- Ein Tarif wie BudgetPlus 600 (34,90 EUR) passt, solange daneben nicht
  mehr als 15,10 EUR weitere Sachbezüge laufen.
- Alternativ Pauschalversteuerung nach § 37b EStG.

Für die Lohnart im DATEV-System empfehlen wir eine eigene Lohnart "bKV AG".

Viele Grüße
Mehmet Yıldız
""",
             label="NORMAL", lang="de", kind="insurer-to-company",
             reason="trap: generic payroll tax treatment of bKV premiums, no employee")


def m075():
    return M("Nadine Albers <events@aurelia-versicherung.example>",
             "Buchhaltung Kreditoren <kreditoren@aurelia-versicherung.example>",
             "Honorar Referent HR-Forum - bitte zur Zahlung anweisen",
"""Hallo Kreditoren,

bitte folgende Rechnung zur Zahlung anweisen (sachlich richtig, Kostenstelle
4711-Events):

  Rechnungssteller:  Bernd Schaller, Trainer und Coach (Einzelunternehmer)
                     Hohenzollernring 71, 50672 Köln
  Steuernummer:      217/5012/3389
  Rechnung Nr.:      2025-017 vom 12.05.2025
  Leistung:          Workshop "Führen in Teilzeit und nach Elternzeit"
  Honorar:           1.800,00 EUR zzgl. 19 % USt = 2.142,00 EUR
  Bankverbindung:    DE53 6578 2199 6208 9839 53

Herr Schaller ist neu als Kreditor, bitte anlegen. Die Rechnung liegt im
Scan-Eingang.

Danke!
Nadine
""",
             date=datetime.datetime(2025, 5, 19, 13, 3), label="CONFIDENTIAL", lang="de", kind="internal",
             reason="sole-trader speaker's tax number, private address and IBAN")

def m076():
    return M("Beatrice Lowe <beatrice.lowe@aurelia-versicherung.example>",
             "HR Shared Services <hr-ssc@holmfeld.example>",
             "Leaver: transfer of direct insurance - Ms Hana Dvořáková (DV 60-4105590)",
"""Dear colleagues,

Ms Hana Dvořáková (employee ID H-22310) leaves Holmfeld on 30 April and has
asked to transfer her direct insurance to her new employer, Medivance GmbH
in Frankfurt, under § 4 (3) BetrAVG.

Her transfer value as at 1 May 2025 is EUR 14,382.16 (contributions since
2019, salary sacrifice EUR 250 per month plus 15 % subsidy). As the value is
below the contribution ceiling threshold (BBG), she has a legal right to the
transfer within one year of leaving.

From your side we only need:
  - confirmation of her last working day and last contribution (April payroll)
  - no further salary sacrifice from May

The new employer's insurer will contact us directly. Under the industry
transfer agreement her disability rider can be continued without new health
questions if the new contract has a comparable rider.

Kind regards
Beatrice Lowe
International Benefits Desk
""",
             cte="8bit",
             label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="named leaver's direct insurance transfer value and salary sacrifice (life contract of a person)")


def m077():
    ics = ics_file("bv-kessler-2025-06@aurelia-versicherung.example", "20250612T130000", "20250612T140000",
                   "Betriebsversammlung Kessler - Vorstellung bKV (Aurelia)",
                   "Kessler Antriebstechnik, Werk 2, Kantine, Mahdentalstr. 40, Sindelfingen",
                   "Vortrag 20 Min + Fragen. Ansprechpartner vor Ort: Personalabteilung.",
                   "torsten.braeutigam@aurelia-versicherung.example")
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Petra Lindner <p.lindner@kessler-antriebe.example>",
             "Termin Betriebsversammlung 12.06. - bKV-Vorstellung",
"""Hallo Frau Lindner,

anbei der Termin für die Betriebsversammlung. Wir kommen zu zweit (Herr Yıldız
und ich), bringen einen Rollup und 400 Flyer mit. Die Präsentation schicke ich
Ihnen bis Ende Mai zur Abstimmung mit dem Betriebsrat.

Gruß
Torsten Bräutigam
""",
             att=[A("Betriebsversammlung_Kessler_bKV.ics", ics, "text/calendar; method=REQUEST")],
             label="NORMAL", lang="de", kind="insurer-to-company",
             reason="calendar invitation for a staff meeting presentation, no personal data")


def m078():
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Werkschutz Ostermann <empfang@ostermann-bau.example>",
             "Besucheranmeldung Baustellenbegehung Rheinuferstraße 03.04.2025",
"""Guten Tag,

für die Baustellenbegehung im Rahmen der Risikobesichtigung Gruppenunfall am
03.04.2025, 10:00 Uhr, melden wir folgende Besucher an (laut Ihrer
Sicherheitsunterweisung mit Geburtsdatum für den Baustellenausweis):

  Torsten Bräutigam      geb. 22.01.1971   Aurelia Allgemeine Versicherung AG
  Dr. Hannah Roloff      geb. 05.09.1983   Aurelia Allgemeine Versicherung AG
  Kai-Uwe Sternberg      geb. 14.06.1966   Sternberg Risk Engineering (Sachverständiger)

Sicherheitsschuhe S3 und Helme bringen wir selbst mit. Bitte geben Sie uns
Bescheid, wo wir parken können.

Freundliche Grüße
Torsten Bräutigam
""",
             date=datetime.datetime(2025, 3, 27, 16, 44), label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="visitor registration with birth dates of three named persons")


def m079():
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Petra Lindner <p.lindner@kessler-antriebe.example>",
             "AW: AW: AW: Frau Sommer - Wiedereinstieg und Direktversicherung",
"""Danke, dann ist alles erledigt. Schönes Wochenende!

Katrin Vossberg

-----Ursprüngliche Nachricht-----
Von: Petra Lindner
Gesendet: Freitag, 4. April 2025 11:47
Betreff: AW: AW: Frau Sommer - Wiedereinstieg und Direktversicherung

Passt, ist an die Lohnabrechnung gegangen.

-----Ursprüngliche Nachricht-----
Von: Katrin Vossberg
Gesendet: Donnerstag, 3. April 2025 15:20
Betreff: AW: Frau Sommer - Wiedereinstieg und Direktversicherung

Hallo Frau Lindner,

dann setzen wir die Direktversicherung ab dem Monat, in dem Frau Sommer wieder
reguläres Gehalt bezieht, wieder in Kraft. Während der stufenweisen
Wiedereingliederung bekommt sie ja Krankengeld von der Kasse, da läuft keine
Umwandlung. Bitte melden Sie uns einfach den ersten Monat mit Gehalt.

Gruß K. Vossberg

-----Ursprüngliche Nachricht-----
Von: Petra Lindner
Gesendet: Donnerstag, 3. April 2025 09:02
Betreff: Frau Sommer - Wiedereinstieg und Direktversicherung

Hallo Frau Vossberg,

Frau Nadine Sommer (Einkauf, DV 60-3317745) ist nach ihrer Hüft-OP und der
anschließenden Reha seit Ende Oktober arbeitsunfähig. Ab 14.04. startet sie
mit der stufenweisen Wiedereingliederung nach dem Hamburger Modell (2 Wochen
3 Std., 2 Wochen 5 Std., dann voll). Der Betriebsarzt hat zugestimmt.

Muss die Direktversicherung in der Zeit weiterlaufen?

Viele Grüße
Petra Lindner
""",
             date=datetime.datetime(2025, 4, 4, 15, 2), label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="deep in the quoted chain: named employee's hip surgery, rehab, graded return to work, direct insurance")


def m080():
    return M("Marketing Firmenkunden <marketing-firmen@aurelia-versicherung.example>",
             "Vertrieb Firmenkunden <vertrieb-firmen@aurelia-versicherung.example>",
             "Sales argument: sickness absence by industry 2024 (public data)",
"""Hi all,

for your conversations with HR directors, the latest public sickness absence
figures (statutory health funds' reports, 2024, rounded):

  Industry                     Absence rate   Days per employee   Top cause
  Logistics / warehousing      7.1 %          25.9                musculoskeletal
  Construction                 6.6 %          24.1                injuries
  Health & social care         7.4 %          27.0                mental disorders
  Manufacturing                6.2 %          22.6                musculoskeletal
  IT / software                3.9 %          14.2                respiratory
  Public utilities             6.0 %          21.9                respiratory

Mental and behavioural disorders (ICD chapter F) caused about 17 % of all lost
days across industries, with the longest average duration (approx. 29 days per
case).

Please quote the source when you use the figures in presentations.

Marketing Group Business
""",
             cte="7bit",
             label="NORMAL", lang="en", kind="internal",
             reason="trap: published sickness-absence statistics by industry and ICD chapter")


def m081():
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Heike Brandt <lohnbuero@ostermann-bau.example>",
             "Vertragsänderung GU 7-204518 ab 01.07.2025",
"""Sehr geehrte Frau Brandt,

wie mit Herrn Ostermann besprochen, ändern wir Ihre Gruppenunfallversicherung
zum 01.07.2025:

- Die Bauleiter (derzeit 9 Personen) wechseln von Gefahrengruppe B in
  Gefahrengruppe A, da sie überwiegend büro- und aufsichtsführend tätig sind.
- Die Invaliditätsgrundsumme für Gefahrengruppe B steigt von 100.000 auf
  120.000 EUR.
- Der Jahresbeitrag ändert sich von 39.082,00 EUR auf 41.440,50 EUR
  (Beträge inkl. VersSt, bei 164 versicherten Personen).

Den Nachtrag erhalten Sie mit getrennter Post. Bitte teilen Sie uns bei der
nächsten Jahresmeldung die Zuordnung nach Gefahrengruppen wieder als
Summenzahl mit - eine Namensliste brauchen wir bei namenloser Versicherung nicht.

Mit freundlichen Grüßen
Torsten Bräutigam
""",
             charset="iso-8859-1", cte="8bit", label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="company-level group accident contract change with contract no., premiums and named contact")


def m082():
    odt = odt_file([
        "Betriebsvereinbarung über die betriebliche Altersversorgung durch Entgeltumwandlung (Muster)",
        "zwischen der «Firma» (Arbeitgeber) und dem Betriebsrat der «Firma»",
        "§ 1 Geltungsbereich: Diese Vereinbarung gilt für alle Arbeitnehmerinnen und Arbeitnehmer einschließlich "
        "Auszubildender, die in der gesetzlichen Rentenversicherung pflichtversichert sind.",
        "§ 2 Durchführungsweg: Die Entgeltumwandlung erfolgt über eine Direktversicherung bei der Aurelia "
        "Lebensversicherung AG im Rahmen des Rahmenvertrags «RV-Nr».",
        "§ 3 Höhe: Umgewandelt werden können monatlich mindestens 1/160 der Bezugsgröße, höchstens 8 % der BBG.",
        "§ 4 Arbeitgeberzuschuss: Der Arbeitgeber zahlt einen Zuschuss von «15/20/25» % des umgewandelten Betrags.",
        "§ 5 Berufsunfähigkeit: Auf Wunsch kann eine Berufsunfähigkeits-Zusatzversicherung eingeschlossen werden; "
        "die Gesundheitsprüfung erfolgt vereinfacht im Rahmen der Kollektivannahme.",
        "§ 6 Ruhen des Arbeitsverhältnisses: Während Elternzeit, Pflegezeit, Krankengeldbezug oder unbezahltem "
        "Urlaub ruht die Entgeltumwandlung. Die Beschäftigten können den Vertrag privat fortführen.",
        "§ 7 Datenschutz: Der Arbeitgeber erhält keine Gesundheitsdaten der Beschäftigten.",
        "§ 8 Inkrafttreten: «Datum». Kündigung mit einer Frist von drei Monaten zum Jahresende.",
        "Ort, Datum ____________   Arbeitgeber ____________   Betriebsratsvorsitzende/r ____________",
    ])
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Rainer Kowalczyk <betriebsrat@stadtwerke-lindenau.example>",
             "Muster Betriebsvereinbarung Entgeltumwandlung",
"""Hallo Herr Kowalczyk,

wie besprochen unser Muster als ODT (Sie arbeiten ja mit LibreOffice). Die
Platzhalter in «» bitte ausfüllen; § 5 und § 6 sind die Stellen, über die
Betriebsräte meistens am längsten diskutieren.

Viele Grüße
Katrin Vossberg
""",
             att=[A("Muster_BV_Entgeltumwandlung.odt", odt)],
             label="NORMAL", lang="de", kind="insurer-to-company",
             reason="trap: model works agreement with «placeholders», health questions and sick pay clauses")


def m083():
    return M("BU-Leistung Leben <bu-leistung@aurelia-versicherung.example>",
             "Dr. med. Heinrich Wollenberg <gutachten@wollenberg-gutachten.example>",
             "Gutachtenauftrag Frau Irina Bauer - Beitragsbefreiung BUZ, DV 60-3550718",
"""Sehr geehrter Herr Dr. Wollenberg,

wir bitten um eine Stellungnahme nach Aktenlage zur Frage, ob bei unserer
Versicherten Frau Irina Bauer, geb. 07.04.1970, seit dem 15.01.2025 eine
Berufsunfähigkeit von mindestens 50 % in ihrem zuletzt ausgeübten Beruf
(Lagerfachkraft, überwiegend körperliche Tätigkeit) besteht.

Der Befundbericht der behandelnden Onkologin liegt uns vor (weitergeleitet
unten, Einverständnis der Versicherten vom 21.03.2025 anbei).

Mit freundlichen Grüßen
Ihre BU-Leistungsprüfung
Aurelia Lebensversicherung AG

---------- Weitergeleitete Nachricht ----------
Von: Praxis Dr. Schulte-Imhoff <praxis@onkologie-lindenau.example>
Datum: 19.03.2025
Betreff: Befundbericht Frau Irina Bauer

Sehr geehrte Damen und Herren,

Frau Bauer befindet sich seit 01/2025 in unserer Behandlung wegen eines
invasiv-duktalen Mammakarzinoms links (C50.4 L, pT2 pN1 M0, HER2-positiv).
Nach brusterhaltender OP am 28.01.2025 erfolgt seit Februar eine adjuvante
Chemotherapie (6 Zyklen), anschließend Bestrahlung und zielgerichtete
Antikörpertherapie über 12 Monate. Es bestehen ausgeprägte Fatigue,
Polyneuropathie an beiden Händen und eine Lymphabflussstörung am linken Arm.
Das Heben von Lasten über 5 kg ist auf absehbare Zeit nicht möglich.
Eine Rückkehr an den Arbeitsplatz ist frühestens in 12 Monaten zu erwarten.

Mit freundlichen Grüßen
Dr. med. Claudia Schulte-Imhoff
Fachärztin für Innere Medizin, Hämatologie und Onkologie
""",
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="doctor",
             reason="oncologist's report C50.4 L forwarded to a medical assessor for a named employee's disability rider")


def m084():
    return M("Sandra Kühn <sandra.kuehn@aurelia-versicherung.example>",
             "IT Security <it-security@brandauer-logistik.example>",
             "RE: S/MIME certificate for encrypted mail with your HR department",
"""Hello,

thanks for getting in touch. Our gateway supports S/MIME and TLS. For
gateway-to-gateway encryption you can use our domain certificate; the public
certificate and its fingerprint are published here:

  https://www.aurelia-versicherung.example/sicherheit/zertifikate
  SHA-256 fingerprint: 4F:19:A2:7C:0B:93:E1:5D:88:2A:6E:F0:1C:47:BB:39:
                       D2:60:8E:71:5A:C4:03:9F:E6:12:7D:B8:54:A0:3E:91

Please send us your domain certificate (public part only, .cer or .pem) or the
individual certificates of your HR mailboxes, and we'll import them within two
working days. Until then, employee lists should keep going through the
employer portal.

Kind regards
Sandra Kühn
Employer Portal & Secure Mail Support
""",
             cte="7bit",
             label="NORMAL", lang="en", kind="insurer-to-company",
             reason="certificate exchange for secure mail, no personal data")


def m085():
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Dear Mr Whitcombe,</p>
<p>thank you for the application to include your family members in your company health insurance
(Holmfeld Pharma Services GmbH, contract KV-G 55-01650). As family members join voluntarily,
we assessed the health questions. Our decision:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#eee"><th>Person</th><th>Born</th><th>Tariff</th><th>Decision</th></tr>
<tr><td>Rebecca Whitcombe (spouse)</td><td>03/11/1981</td><td>BudgetPlus 600</td>
<td>accepted with exclusion: dental prosthetics for teeth 46 and 47 (missing at application)</td></tr>
<tr><td>Oliver Whitcombe (son)</td><td>19/06/2015</td><td>BudgetPlus 600</td>
<td>accepted; orthodontic treatment already planned (KIG 3) is excluded</td></tr>
<tr><td>Emily Whitcombe (daughter)</td><td>08/02/2018</td><td>BudgetPlus 600</td><td>accepted without restrictions</td></tr>
</table>
<p>Monthly premium for family members: EUR 104.70, collected from your private account. Cover starts 1 May 2025.</p>
<p>Kind regards<br>Aurelia Krankenversicherung AG &ndash; Underwriting bKV</p>
</body></html>"""
    return M("Underwriting bKV <underwriting-bkv@aurelia-versicherung.example>",
             "Daniel Whitcombe <daniel.whitcombe@holmfeld.example>",
             "Your application: family members in company health insurance",
             None, html=html,
             label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="HTML-only table: underwriting decision with dental/orthodontic exclusions for named family members")


def m086():
    return M("Julia Engelhardt <julia.engelhardt@aurelia-versicherung.example>",
             "Frank Ostermann <f.ostermann@ostermann-bau.example>",
             "Aurelia Unterstützungskasse - Jahresmitteilung 2024 für Trägerunternehmen",
"""Sehr geehrter Herr Ostermann,

zum Bilanzstichtag 31.12.2024 teilen wir Ihnen für Ihr Trägerunternehmen
folgende Werte mit:

  Trägerunternehmen:                Ostermann Bau GmbH & Co. KG, TU-Nr. 0771
  Anzahl Versorgungsberechtigte:    4 (davon 1 Leistungsempfänger)
  Aktivwert der Rückdeckungsversicherungen:  612.455,80 EUR
  Zuwendungen 2024:                  58.200,00 EUR
  PSV-Beitragsbemessungsgrundlage:   (laut gesondertem Schreiben)

Für Ihren Steuerberater: Die Zuwendungen sind nach § 4d EStG als
Betriebsausgaben abzugsfähig. Die personenbezogenen Werte je Versorgungs-
berechtigtem erhalten Sie im Portal.

Mit freundlichen Grüßen
Julia Engelhardt
Aurelia Unterstützungskasse e.V.
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="company-level support-fund figures of a named employer; individuals only in the portal")


def m087():
    return M("Felix Grundmann <datenschutz@aurelia-versicherung.example>",
             "Projekt Firmenportal 2.0 <projekt-fp2@aurelia-versicherung.example>",
             "Protokoll DSFA-Workshop Firmenkundenportal 2.0 (Entwurf)",
"""Protokoll DSFA-Workshop Firmenkundenportal 2.0, 18.03.2025
Teilnehmende: Datenschutz, IT-Sicherheit, Fachbereich Kollektiv, Portal-Team

1. Verarbeitete Datenkategorien
   - Stammdaten Beschäftigte (Name, Geburtsdatum, Personalnummer, Eintritt)
   - Vertragsdaten (Tarif, Beitrag, Entgeltumwandlung)
   - Ereignisse vom Arbeitgeber: Elternzeit, Ruhen, Austritt, Tod
   - KEINE Leistungs- oder Gesundheitsdaten im Arbeitgeberbereich
2. Risiko: Arbeitgeber lädt versehentlich Dateien mit Gesundheitsangaben hoch
   (z. B. Spalte "Bemerkung: langzeitkrank"). Maßnahme: Freitextfelder werden
   beim Import auf Gesundheitsbegriffe geprüft und blockiert, Hinweis an den
   Arbeitgeber.
3. Risiko: Todesfallmeldungen enthalten Todesursache. Maßnahme: Formular ohne
   Feld für Ursache; Sterbeurkunde geht an die Leistungsabteilung, nicht in den
   Arbeitgeberbereich.
4. Löschkonzept: Importdateien nach 90 Tagen löschen.
5. Restrisiko: mittel -> tragbar nach Umsetzung der Maßnahmen.

Nächster Termin: 08.04.2025
""",
             date=datetime.datetime(2025, 3, 20, 17, 10), label="NORMAL", lang="de", kind="internal",
             reason="trap: DPIA minutes listing data categories (birth date, death, long sickness) without any person")


def m088():
    return M("Underwriting Kollektiv Leben <underwriting-kl@aurelia-versicherung.example>",
             "Aylin Demirci <aylin.demirci@holmfeld.example>",
             "Group life - free cover limit exceeded: Dr. Matthias Ebersbach",
"""Dear Ms Demirci,

with his promotion to Vice President Medical Affairs, Dr. Matthias Ebersbach's
base salary rises to EUR 186,000, so his group life sum assured (2x salary)
becomes EUR 372,000. This is above the free cover limit of EUR 300,000 in
policy GL-3310-0087.

The amount above EUR 300,000 (EUR 72,000) can only be covered after a short
health declaration. Please hand Dr. Ebersbach the attached form in a sealed
envelope, or better, ask him to complete it online with the link below. The
answers come only to us.

  https://antrag.aurelia-versicherung.example/gl/gesundheitserklaerung?ref=GL3310-H04417

Until we have decided, he is covered up to EUR 300,000.

Kind regards
Group Life Underwriting
""",
             cte="7bit",
             label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="named employee's salary and group life sum assured above free cover limit, health declaration required")


def m089():
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Daniel Whitcombe <daniel.whitcombe@holmfeld.example>",
             "Renewal terms group life 2026 - GL-3310-0087",
"""Dear Daniel,

please find below our renewal terms for Holmfeld's group life policy:

  Insured lives (1 Oct 2025):      1,794
  Total insured salaries:          EUR 118.4 m
  Total sum assured (2x salary):   EUR 236.8 m
  Rate 2025:                       EUR 1.42 per mille sum assured
  Rate 2026 (proposed):            EUR 1.38 per mille
  Annual premium 2026 (estimate):  EUR 326,780
  Free cover limit:                EUR 300,000 (unchanged)
  Rate guarantee:                  2 years if renewed by 30 November

The slight rate reduction reflects the favourable claims experience over the
last three years. Please confirm by 30 November; the formal renewal document
will be sent to Dr. Ohlsen for signature.

Best regards
Torsten Bräutigam
""",
             label="CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="company-level group life renewal: contract, totals, named signatory; no individual")


def m090():
    return M("Aurelia Employer Portal <no-reply@portal.aurelia-versicherung.example>",
             "Portal administrators <verteiler-portaladmins@aurelia-versicherung.example>",
             "Release notes Employer Portal 4.13",
"""Employer Portal - release 4.13 (live from 7 April 2025)

New
- Change reports: new event types "parental leave (from/to)", "caregiver leave
  (Pflegezeit)" and "unpaid leave". The contract is made premium-free
  automatically for the period you enter.
- Death of an employee: the form no longer asks for the cause of death. Please
  do not enter it in the comment field either; our claims team requests the
  death certificate directly.
- Bulk upload: XLSX template v5 with drop-down lists for tariffs.

Fixed
- CSV import failed for files with a byte order mark (INC-2025-118734).
- Date of birth field accepted dates in the future.

Known issues
- Monthly premium list export (PDF) shows the wrong page count in some browsers.

Questions: portal-support@aurelia-versicherung.example
""",
             cte="7bit",
             date=datetime.datetime(2025, 4, 4, 6, 30), label="NORMAL", lang="en", kind="newsletter",
             reason="trap: release notes mentioning parental leave, death and date-of-birth fields, no data")


def m091():
    return M("Beatrice Lowe <beatrice.lowe@aurelia-versicherung.example>",
             "Kollektiv Leben Bestand <kollektiv-bestand@aurelia-versicherung.example>",
             "Holmfeld Abgänge April - bitte verarbeiten / leavers April",
"""Hallo Bestand,

Prag hat die Abgänge für April geschickt, diesmal leider als Mailtext statt
Portal. Bitte beitragsfrei stellen, ich kläre den Rest mit Holmfeld.

Danke, Beatrice

-------- Original Message --------
From: Nina Hrubá <nina.hruba@holmfeld.example>
Subject: Leavers April 2025 - direct insurance

Dear Aurelia team,

please process the following leavers (last payroll April 2025):

Employee ID | Name              | DOB        | Contract       | Reason
H-19203     | Klaus Mertens     | 1961-08-30 | DV 60-3981200  | retirement (early, 63)
H-20417     | Sabrina Kolbe     | 1993-02-14 | DV 60-4012847  | resignation
H-21760     | Jakub Svoboda     | 1989-10-05 | DV 60-4088112  | end of fixed-term contract
H-17055     | Renate Fischbach  | 1958-12-01 | DV 60-2761439  | deceased 02/04/2025

For Ms Fischbach, her family will contact you about the death benefit.
Děkuji / thank you,
Nina Hrubá
Payroll Germany, HR Shared Services Prague
""",
             cte="8bit",
             label="STRICTLY_CONFIDENTIAL", lang="mixed", kind="company",
             reason="quoted list of named leavers with birth dates, direct-insurance contracts and a death")


def m092():
    return M("Ines Harbeck <ines.harbeck@aurelia-versicherung.example>",
             "Vertrieb Firmenkunden <vertrieb-firmen@aurelia-versicherung.example>",
             "Fallbeispiel für die Vertriebsschulung: Warum BU im Kollektiv?",
"""Hallo zusammen,

für das Vertriebstraining am 15.05. ein Fallbeispiel, das ihr gern verwenden
könnt. Es ist ein zusammengesetzter, anonymisierter Fall - keine reale Person:

"Ein Lagerlogistiker, 52 Jahre, seit 18 Jahren im Betrieb, erleidet einen
Bandscheibenvorfall mit bleibenden Einschränkungen und kann nicht mehr schwer
heben. Er hatte über die Direktversicherung seines Arbeitgebers eine
BU-Zusatzversicherung mit 1.000 EUR Monatsrente abgeschlossen - ohne
Gesundheitsprüfung, weil das Unternehmen die Kollektivannahme nutzt. Eine
private BU hätte er wegen Rückenbeschwerden in der Vorgeschichte nicht
bekommen. Heute erhält er die BU-Rente bis 67 und die Beiträge zur
Altersversorgung laufen beitragsfrei weiter."

Kernaussage für das Gespräch mit der Personalabteilung: Kollektivannahme
hilft genau denen, die sonst keinen Schutz bekämen.

Viele Grüße
Ines
""",
             label="NORMAL", lang="de", kind="internal",
             reason="trap: anonymised composite case (age, herniated disc, BU pension) for sales training")


def m093():
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Monika Staudt <m.staudt@stadtwerke-lindenau.example>",
             "Unterzeichnete Betriebsvereinbarung bKV - Umsetzung",
"""Sehr geehrte Frau Staudt,

vielen Dank für die Kopie der Betriebsvereinbarung "Betriebliche
Krankenversicherung", unterzeichnet am 02.04.2025 von Herrn Dr. Bleil und
Herrn Kowalczyk als Betriebsratsvorsitzendem.

Wir setzen sie wie folgt um:
  - Rahmenvertrag KV-G 55-00412: Erweiterung auf Auszubildende ab 01.05.2025
  - Tarifwechsel aller versicherten Personen auf BudgetPlus 900 zum 01.07.2025
  - Beitrag je Person 52,40 EUR (Garantie bis 31.12.2026)

Die Information an die Belegschaft (Aushang und Intranet-Text) schicken wir
Ihnen bis Ende nächster Woche zur Freigabe.

Mit freundlichen Grüßen
Torsten Bräutigam
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="company-level bKV contract implementation with contract no. and named signatories")


def m094():
    return M("Dr. Hannah Roloff <hannah.roloff@aurelia-versicherung.example>",
             "Heike Brandt <lohnbuero@ostermann-bau.example>",
             "Abrechnung Invaliditätsleistung Schaden 24-GU-01877 (Kopie zur Info)",
"""Sehr geehrte Frau Brandt,

zu Ihrer Information (Herr Pfeifer hat der Information des Arbeitgebers
zugestimmt): Wir haben die Invaliditätsleistung aus der Gruppenunfall-
versicherung für Herrn Dennis Pfeifer abgerechnet.

  Versicherte Person:   Dennis Pfeifer, geb. 16.03.1990
  Unfall vom:           09.10.2024 (Wegeunfall)
  Invaliditätsgrad:     30 % (Hirnleistungsstörung nach Schädel-Hirn-Trauma,
                        Bewertung nach neurologischem Gutachten)
  Grundsumme:           100.000 EUR, Progression 225 %
  Leistung:             35.000 EUR abzüglich Vorschuss 10.000 EUR
  Auszahlung:           25.000 EUR an Anderkonto RA Dr. Wolff
                        IBAN DE20 7231 0747 0659 5635 92

Da die Gruppenunfall bei Ihnen als Arbeitgeberleistung versteuert wird
(Anspruch des Arbeitnehmers), ist die Leistung selbst steuerfrei. Eine Meldung
an die Lohnabrechnung ist nicht nötig.

Mit freundlichen Grüßen
Dr. Hannah Roloff
""",
             cte="base64",
             date=datetime.datetime(2025, 5, 28, 10, 15), label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="base64-encoded body: named employee's invalidity degree after brain injury, birth date, payout IBAN")


def m095():
    return M("Dr. Ulrike Saalfeld <newsletter@saalfeld-rentenberatung.example>",
             "Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Pension Consulting Briefing: the 15 % employer subsidy - three years on",
"""Pension Consulting Briefing - April 2025

The mandatory 15 % employer subsidy on salary sacrifice (§ 1a (1a) BetrAVG)
has applied to all old contracts since January 2022. Our audit of 40 mid-sized
employers shows:

- 11 of 40 still do not pay the subsidy on contracts concluded before 2019.
- 7 of 40 pay it on the full sacrificed amount even above the 4 % ceiling,
  where no social security is saved (allowed, but costs money).
- Collective agreements may deviate - check your sector's agreement (e.g.
  chemicals, metal) before applying the statutory rule.

Typical error in payroll: subsidy booked as taxable salary instead of into
the contract.

Our next open seminar for payroll professionals: 22 May, Düsseldorf.

Dr. Ulrike Saalfeld, registered pension consultant (Rentenberaterin)
Unsubscribe: reply with "unsubscribe".
""",
             cte="8bit",
             label="NORMAL", lang="en", kind="newsletter",
             reason="trap: consultant newsletter on salary sacrifice and payroll errors, aggregate audit numbers")


def m096():
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Dr. Birgit Falk <verwaltung@nordlicht-pflege.example>",
             "Ihre Kündigung der Gruppenunfallversicherung GU 7-176044",
"""Sehr geehrte Frau Dr. Falk,

wir bestätigen den Eingang Ihrer Kündigung vom 24.03.2025. Die
Gruppenunfallversicherung der Nordlicht Pflegedienste gGmbH (GU 7-176044,
214 versicherte Personen, Jahresbeitrag 18.620 EUR) endet damit zum
31.12.2025.

Schade, dass Sie wechseln. Falls die Entscheidung mit dem Beitrag zu tun hat:
Wir könnten Ihnen für den Pflegebereich einen angepassten Tarif ohne
Berufsgruppenzuschlag anbieten. Darf ich Sie dazu kommende Woche anrufen?

Ihre betriebliche Krankenversicherung (KV-G 55-01338) ist von der Kündigung
nicht betroffen und läuft unverändert weiter.

Mit freundlichen Grüßen
Torsten Bräutigam
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="company-level cancellation of group accident contract, named managing director")


def m097():
    return M("Aurelia Firmenkundenportal <no-reply@portal.aurelia-versicherung.example>",
             "Portal-Administratoren <verteiler-portaladmins@aurelia-versicherung.example>",
             "Wartungsarbeiten am Firmenkundenportal am 26.04.2025",
"""Sehr geehrte Damen und Herren,

am Samstag, 26.04.2025, zwischen 06:00 und 14:00 Uhr ist das
Firmenkundenportal wegen Wartungsarbeiten nicht erreichbar. Uploads von
Veränderungslisten, die Sie bis Freitag 18:00 Uhr einreichen, werden noch
für den Mai berücksichtigt.

Wir bitten um Verständnis.

Ihr Aurelia Portal-Team
""",
             label="NORMAL", lang="de", kind="newsletter",
             reason="maintenance notice, no personal data")


def m098():
    return M("Forderungsmanagement Firmenkunden <inkasso-firmen@aurelia-versicherung.example>",
             "Accounts Payable Holmfeld <ap-de@holmfeld.example>",
             "Rücklastschrift / returned direct debit - KV-G 55-01650",
"""Sehr geehrte Damen und Herren, dear colleagues,

die Lastschrift für den bKV-Beitrag April 2025 wurde zurückgegeben
(Rückgabegrund MD06 - Widerspruch des Zahlers):

  Versicherungsnehmer:  Holmfeld Pharma Services GmbH
  Vertrag:              KV-G 55-01650
  Betrag:               61.217,40 EUR (1.754 versicherte Personen)
  Konto belastet:       DE64 4423 9267 3768 9066 61 (Holmfeld Pharma Services GmbH)
  Rücklastschriftgebühr: 3,50 EUR

The return code says your bank received an objection from your side. If this
was a mistake (we assume the new treasury system), please let us know by
30 April and we'll collect again. Ansprechpartnerin bei Ihnen laut Vertrag:
Frau Aylin Demirci.

Mit freundlichen Grüßen / kind regards
Forderungsmanagement Firmenkunden
""",
             label="CONFIDENTIAL", lang="mixed", kind="insurer-to-company",
             reason="company-level returned direct debit of a bKV group contract, named contact; GmbH IBAN itself not personal")


def m099():
    return M("Aktuariat Leben <aktuariat-leben@aurelia-versicherung.example>",
             "Produktmanagement Kollektiv Leben <pm-kollektiv@aurelia-versicherung.example>",
             "Sterbetafeln: Auswirkung DAV 2004 R vs. Bestandssterblichkeit Kollektiv",
"""Hallo zusammen,

kurz die Ergebnisse unserer Bestandsanalyse für das Kollektivgeschäft
(Rentenbezieher Pensionskasse und Direktversicherung, Beobachtungszeitraum
2019-2023):

- Die tatsächliche Sterblichkeit der Altersrentner liegt bei 91 % (Männer)
  bzw. 94 % (Frauen) der Tafel DAV 2004 R (Bestand, 2. Ordnung).
- Bei den Invalidenrentnern (Erwerbsminderung) liegt sie deutlich höher,
  rund 160 %, vor allem in den ersten drei Bezugsjahren (Krebs- und
  Herz-Kreislauf-Erkrankungen als häufigste Ursachen laut Leistungsdaten).
- Handlungsbedarf: Die Rückstellung für Langlebigkeit im Altbestand ist
  ausreichend; für den Neutarif 2026 empfehlen wir keine Änderung der
  Rechnungsgrundlagen.

Die Detailauswertung (Altersgruppen 5-Jahres-Bänder, Zellen < 10 Fälle
zusammengefasst) liegt im Aktuariatslaufwerk.

Viele Grüße
Aktuariat Leben
""",
             label="NORMAL", lang="de", kind="internal",
             reason="trap: actuarial mortality analysis with causes of death, aggregates only")


def m100():
    return M("Beatrice Lowe <beatrice.lowe@aurelia-versicherung.example>",
             "Ruairi Byrne <r.byrne@calloway-eng.example>",
             "Maternity leave - Ms Aoife Fitzgerald, direct insurance",
"""Hi Ruairi,

thanks for letting us know that Ms Fitzgerald starts her maternity protection
period (Mutterschutz) on 12 May, with the baby due on 23 June, and will then
take 12 months' parental leave.

For her direct insurance (DV 60-4170026) this means:
- During Mutterschutz she receives maternity pay from the health fund plus your
  top-up; the salary sacrifice of EUR 180 stops, as there's no regular salary.
  We'll make the contract premium-free from 1 May.
- She can choose to pay in privately - we'll write to her.
- When she comes back, just report the restart in the portal; no new health
  questions within 36 months.

Congratulations to her from our side as well!

Beatrice
""",
             cte="7bit",
             label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="named employee's pregnancy and due date, maternity leave, direct insurance premium-free")

def m101():
    return M("Mehmet Yıldız <mehmet.yildiz@aurelia-versicherung.example>",
             "Bäckerei Pohl <buero@baeckerei-pohl.example>",
             "Identifizierung nach Geldwäschegesetz - Ihre Angaben",
"""Sehr geehrter Herr Pohl,

da Sie als Einzelkaufmann Versicherungsnehmer mehrerer Verträge bei uns sind,
müssen wir Sie nach dem Geldwäschegesetz einmal identifizieren. Aus der
Ausweiskopie, die Frau Pohl geschickt hat, haben wir übernommen:

  Name:              Marco Andreas Pohl
  geboren am:        09.05.1976 in Heilbronn
  Staatsangehörigkeit: deutsch
  Personalausweis:   L01X7RT92, gültig bis 17.08.2031
  Anschrift:         Lerchenweg 4, 74072 Heilbronn

Bitte bestätigen Sie kurz, dass die Angaben stimmen. Die Ausweiskopie löschen
wir nach Ablauf der gesetzlichen Aufbewahrungsfrist.

Freundliche Grüße
Mehmet Yıldız
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="sole trader's birth date, ID card number and private address for AML identification")


def m102():
    return M("Strategy Group Business <strategie-kollektiv@aurelia-versicherung.example>",
             "Board office <vorstandsbuero@aurelia-versicherung.example>",
             "Board paper: company health insurance market 2025 (for meeting 20 May)",
"""Board paper - company health insurance (bKV)
For: Board meeting 20 May 2025, agenda item 7
Classification: internal

1. Market
   - Approx. 2.6 million people insured via bKV in Germany (+18 % yoy),
     around 32,000 employers.
   - Budget tariffs now account for more than 60 % of new business.
2. Aurelia position
   - 412 group contracts, 61,300 insured employees, premium EUR 26.1 m.
   - Claims ratio 71 %; main benefit areas: dental (44 %), glasses (23 %),
     check-ups and vaccinations (11 %), alternative practitioners (8 %).
3. Risks
   - Tax treatment (benefit in kind vs. cash) remains contested.
   - Data protection: employers regularly send health information they should
     not have (see data protection report Q1: 23 incidents, no fines).
4. Proposal
   - Launch "BudgetPlus 1200" and a mental health module in Q1 2026.

Decision requested: approval of product development budget EUR 850k.
""",
             cte="7bit",
             label="NORMAL", lang="en", kind="internal",
             reason="trap: board paper with health benefit categories and incident counts, aggregates only")


def m103():
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Petra Lindner <p.lindner@kessler-antriebe.example>",
             "Versorgungsausgleich - Auskunftsersuchen Amtsgericht Böblingen, Herr Stefan Reiff",
"""Hallo Frau Lindner,

zur Info: Das Familiengericht beim Amtsgericht Böblingen hat uns im
Scheidungsverfahren Reiff/Reiff (Az. 18 F 344/25) um Auskunft über die
Anrechte von Herrn Stefan Reiff aus der betrieblichen Altersversorgung
gebeten. Betroffen ist die Direktversicherung DV 60-2109933.

Wir berechnen den Ehezeitanteil (Ehezeit 01.06.2011 - 31.01.2025) und
schlagen dem Gericht die interne Teilung vor. Frau Reiff erhält dann einen
eigenen Vertrag bei uns; der Vertrag von Herrn Reiff wird entsprechend
gekürzt. Für Sie als Arbeitgeber ändert sich an der laufenden
Entgeltumwandlung nichts.

Falls das Gericht auch bei Ihnen direkt anfragt (Zusagen außerhalb der
Direktversicherung?), verweisen Sie gern auf uns.

Viele Grüße
Katrin Vossberg
""",
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="named employee's divorce proceedings and pension splitting of his direct insurance (life)")


def m104():
    return M("Schadenservice Hausrat <schaden-hausrat@aurelia-versicherung.example>",
             "Beate Kaminski <beate.kaminski@mailbox-leipzig.example>",
             "Ihr Leitungswasserschaden - Schaden-Nr. HS-25-220417",
"""Sehr geehrte Frau Kaminski,

vielen Dank für Ihre Schadenmeldung zu Ihrer Hausratversicherung
HR-2022-098112 (Mitarbeiterangebot Brandauer Logistik).

Nach Ihrer Schilderung ist am 14.04.2025 in Ihrer Wohnung in der Eutritzscher
Straße 4 in Leipzig ein Zulaufschlauch der Spülmaschine geplatzt; Laminat im
Flur und Küche sowie ein Teppich wurden beschädigt. Verletzt wurde niemand.

Bitte senden Sie uns Fotos der beschädigten Gegenstände und, wenn vorhanden,
Kaufbelege. Den Gebäudeschaden (Laminat, falls vom Vermieter verlegt) meldet
bitte Ihr Vermieter seiner Wohngebäudeversicherung.

Ihr Ansprechpartner: Herr Feldmann, Tel. 0221 98765-633.

Mit freundlichen Grüßen
Schadenservice Hausrat
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="employee's household water damage claim with address, nobody hurt (non-personal line)")


def m105():
    return M("Einkauf Aurelia <einkauf@aurelia-versicherung.example>",
             "Auftragsservice <auftrag@aktenvernichtung-rhein.example>",
             "Auftrag Aktenvernichtung Leistungsarchiv Kollektiv - 14 Container",
"""Sehr geehrte Damen und Herren,

hiermit beauftragen wir die Vernichtung von Papierakten aus unserem
Leistungsarchiv Kollektiv (Leistungsfälle Gruppenunfall und BU mit
abgelaufener Aufbewahrungsfrist, Jahrgänge 2008-2013):

  Menge:           14 Sicherheitscontainer à 240 l
  Sicherheitsstufe: P-4 nach DIN 66399 (enthält Gesundheitsdaten, Schutzklasse 3)
  Abholung:        06.05.2025, 08:00 Uhr, Aureliaplatz 1, Anlieferung UG
  Nachweis:        Vernichtungsprotokoll mit Containernummern

Bitte bestätigen Sie den Termin und senden Sie die Verpflichtung Ihrer
Mitarbeitenden auf die Vertraulichkeit (§ 203 StGB) erneut mit - die alte ist
von 2021.

Mit freundlichen Grüßen
Einkauf Aurelia Versicherungsgruppe
""",
             date=datetime.datetime(2025, 4, 22, 9, 0), label="NORMAL", lang="de", kind="insurer-to-supplier",
             reason="trap: shredding order for claim files containing health data, no person")


def m106():
    return M("Dr. Hannah Roloff <hannah.roloff@aurelia-versicherung.example>",
             "Ruairi Byrne <r.byrne@calloway-eng.example>",
             "Our condolences - group accident GU 7-210388, Mr Timo Hoffmann",
"""Dear Ruairi,

we were very sorry to hear about the death of Mr Timo Hoffmann. Please pass on
our condolences to his colleagues.

As you told us on the phone, Mr Hoffmann died on 28 April 2025 after a traffic
accident on the A9 near Ingolstadt on his way to a customer site; according to
the police report a truck ran into the end of a traffic jam. He died at the
scene.

The group accident policy pays a death benefit of EUR 100,000. Under your
policy the benefit goes to the insured person's heirs, unless he named
someone else. We need:

  - death certificate
  - police accident report (the public prosecutor's file reference is enough
    to start with: StA Ingolstadt 41 UJs 2207/25)
  - certificate of inheritance or, if there is a spouse, her contact details

Please don't send the autopsy report, if there is one; our medical service will
request it if needed.

Kind regards
Hannah Roloff
Claims Accident / Group Business
""",
             cte="7bit",
             label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="named employee's accidental death, circumstances and group accident death benefit")


def m107():
    return M("Motor Group Schemes <kfz-gruppe@aurelia-versicherung.example>",
             "Ruairi Byrne <ruairi.byrne@posteo-mail.example>",
             "Cancellation of your motor policy KF 2025-4421907 - refund",
"""Dear Mr Byrne,

as requested, we have cancelled your motor policy KF 2025-4421907 (VW Golf
Variant, registration M-RB 2207) with effect from 15 May 2025, the date the
vehicle was deregistered.

Unused premium to be refunded: EUR 214.36

We will transfer the refund to the account you gave us:
  Account holder: Ruairi Byrne
  IBAN: DE83 1656 7174 3768 5849 73

Your no-claims class SF 2 will be kept for 7 years if you insure a car again.

Kind regards
Aurelia Motor - Group Schemes
""",
             cte="7bit",
             date=datetime.datetime(2025, 5, 16, 12, 12), label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="employee's motor policy cancellation with registration plate and private IBAN")


def m108():
    return M("Jana Ploetz <jana.ploetz@aurelia-versicherung.example>",
             "Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "LinkedIn post draft - HR-Forum recap",
"""Hi Torsten,

draft for the company page, could you check the facts?

---
What a day at our #HRForum in Stuttgart! 118 HR and payroll professionals
discussed mental health at work, return-to-work after long illness, and how
company health insurance fits into workplace health management.

Three takeaways:
1) Talk about wellbeing, not diagnoses.
2) Return-to-work works best when it starts early - and is voluntary.
3) Benefits only help if people know about them.

Thanks to our speakers and to everyone who joined. See you in Hamburg in
October! #bKV #bAV #employeebenefits
---

Photo: group picture from the stage (everyone signed the photo consent at
registration).

Jana
""",
             cte="7bit",
             date=datetime.datetime(2025, 5, 9, 16, 20), label="NORMAL", lang="en", kind="internal",
             reason="trap: social media draft on mental health and long illness, no person")


def m109():
    rows = [["Mitarbeiter/in", "PersNr", "Angehörige/r", "Verhältnis", "geb.", "Tarif", "Gesundheitsfragen beantwortet", "Beginn"],
            ["Hansen, Wiebke", "N-0412", "Hansen, Jonte", "Kind", "11.03.2016", "BudgetPlus 300 Kind", "ja (Formular anbei)", "01.06.2025"],
            ["Hansen, Wiebke", "N-0412", "Hansen, Frieda", "Kind", "27.09.2019", "BudgetPlus 300 Kind", "ja", "01.06.2025"],
            ["Dąbrowski, Marta", "N-0388", "Dąbrowski, Paweł", "Ehegatte", "02.12.1977", "BudgetPlus 600", "ja - Frage 3 (laufende Behandlung) bejaht", "01.06.2025"],
            ["Lüders, Kevin", "N-0501", "Lüders, Mia", "Kind", "14.01.2024", "BudgetPlus 300 Kind", "ja", "01.06.2025"]]
    return M("Mehmet Yıldız <mehmet.yildiz@aurelia-versicherung.example>",
             "Underwriting bKV <underwriting-bkv@aurelia-versicherung.example>",
             "WG: Nordlicht Pflegedienste - Angehörige Juni",
"""Hallo Underwriting,

Nordlicht hat die Angehörigenanmeldungen für Juni als Tabelle geschickt.
Bitte prüfen, bei Herrn Dąbrowski ist die Frage nach laufender Behandlung
bejaht, die Fragebögen liegen im Scan-Eingang.

Gruß Mehmet
""",
             att=[A("Nordlicht_Angehoerige_2025-06.ods", ods_file([("Anmeldungen", rows)]))],
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="company",
             reason="ODS with family members' names, birth dates and health-question answers for bKV (health line)")


def m110():
    return M("Aurelia Firmenkundenportal <no-reply@portal.aurelia-versicherung.example>",
             "m.staudt@stadtwerke-lindenau.example",
             "Neue Nachricht in Ihrem Postfach im Firmenkundenportal",
"""Guten Tag,

in Ihrem Postfach im Aurelia Firmenkundenportal liegt eine neue Nachricht für
Sie bereit.

Bitte melden Sie sich an, um die Nachricht zu lesen:
https://firmenportal.aurelia-versicherung.example/postfach

Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte der Nachricht.

Ihr Aurelia Portal-Team
""",
             label="NORMAL", lang="de", kind="insurer-to-company",
             reason="portal notification without content")


def m111():
    pdf = pdf_file([
        "Aurelia Krankenversicherung AG - Jahresbericht betriebliche Krankenversicherung 2024",
        "Kunde: Kessler Antriebstechnik GmbH, Rahmenvertrag KV-G 40-771203",
        "Ansprechpartnerin: Petra Lindner, Personalleitung",
        "",
        "Versicherte Personen 31.12.2024: 398 (Vorjahr 371)",
        "Beitragseinnahmen 2024: 162.410 EUR",
        "Erstattungen 2024 gesamt: 118.760 EUR (Schadenquote 73 %)",
        "",
        "Inanspruchnahme nach Leistungsbereich (Anteil an Erstattungen):",
        "  Zahnbehandlung / Zahnprophylaxe     46 %",
        "  Sehhilfen                           24 %",
        "  Vorsorge / Impfungen                12 %",
        "  Heilpraktiker / Osteopathie          9 %",
        "  sonstige                             9 %",
        "",
        "Anteil der Versicherten mit mindestens einer Erstattung: 58 %",
        "Hinweis: Auswertungen erfolgen nur aggregiert. Gruppen mit weniger als 10 Personen",
        "werden nicht ausgewiesen. Rückschlüsse auf einzelne Beschäftigte sind nicht möglich.",
        "",
        "Beitragsanpassung 2026: voraussichtlich keine.",
    ], title="bKV Jahresbericht 2024 Kessler")
    return M("Mehmet Yıldız <mehmet.yildiz@aurelia-versicherung.example>",
             "Petra Lindner <p.lindner@kessler-antriebe.example>",
             "Ihr bKV-Jahresbericht 2024",
"""Hallo Frau Lindner,

anbei wie jedes Jahr Ihr Jahresbericht zur bKV. Gute Nachricht: keine
Beitragsanpassung für 2026 geplant.

Viele Grüße
Mehmet Yıldız
""",
             att=[A("bKV_Jahresbericht_2024_Kessler.pdf", pdf)],
             label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="PDF: company-level bKV annual report (aggregates, small groups suppressed) with contract and named contact")


def m112():
    return M("Ines Harbeck <ines.harbeck@aurelia-versicherung.example>",
             "Giulia Ferraro <g.ferraro@tessaro-foods.example>",
             "Kick-off notes / Protokoll: benefits for Tessaro Foods Germany",
"""Hi Giulia,

here are my notes from Tuesday. Ich schreibe teilweise auf Deutsch, weil
Herr Kuhn aus der Lohnabrechnung mitliest - hope that's ok.

Participants: G. Ferraro (HR Director DACH), M. Kuhn (Payroll), I. Harbeck (Aurelia)

1. Scope: 240 employees in Germany (Bremen plant + sales). Parent company in
   Parma wants a consistent benefits package across countries.
2. Gewünscht: bKV (Budgettarif), Gruppenunfall 24h, Aufstockung der bAV
   (derzeit nur tarifliche Pensionskasse).
3. Payroll: Sachbezug 50 EUR ist bereits durch Essensgutscheine ausgeschöpft
   -> bKV ggf. pauschal versteuern (§ 37b EStG), to be checked with your tax
   advisor.
4. Data: we will quote on an anonymised census (age bands, no names). Please
   do not send any employee lists before a contract is signed.
5. Next steps: Angebot bis 30.05., presentation to the works council in June.

Best,
Ines
""",
             cte="8bit",
             label="NORMAL", lang="mixed", kind="insurer-to-company",
             reason="trap: prospect kick-off notes on health and accident cover, no personal data")


def m113():
    return M("BU-Leistung Leben <bu-leistung@aurelia-versicherung.example>",
             "Bäckerei Pohl <buero@baeckerei-pohl.example>",
             "Ihre Mitarbeiterin Frau Svetlana Roth - Leistungsantrag BU, DV 60-3702284",
"""Sehr geehrte Frau Pohl,

vielen Dank, dass Sie Frau Roth bei der Antragstellung unterstützen. Frau Roth
hat uns mitgeteilt, dass wir Ihnen den Stand mitteilen dürfen (Einwilligung
vom 02.05.2025 liegt vor).

Frau Roth ist seit 01.11.2024 arbeitsunfähig. Ihre Lungenfachärztin hat ein
allergisches Berufsasthma durch Mehlstaub (J45.0) festgestellt; die
Berufsgenossenschaft prüft parallel eine Berufskrankheit (BK 4301). Für uns
ist entscheidend, ob Frau Roth ihre Tätigkeit als Bäckereifachverkäuferin
mit Backstubenarbeit zu mindestens 50 % nicht mehr ausüben kann.

Von Ihnen als Arbeitgeber benötigen wir noch die Tätigkeitsbeschreibung
(Formular BU 31): Anteil Backstube, Anteil Verkauf, Arbeitszeiten.

Mit freundlichen Grüßen
BU-Leistungsprüfung
Aurelia Lebensversicherung AG
""",
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="named employee's occupational asthma J45.0 and disability claim from direct insurance")


def m114():
    return M("Mehmet Yıldız <mehmet.yildiz@aurelia-versicherung.example>",
             "Petra Lindner <p.lindner@kessler-antriebe.example>",
             "Gesundheitstag am 26.06. - unser Stand",
"""Hallo Frau Lindner,

für Ihren Gesundheitstag bringen wir wie besprochen mit:

- Rückenscreening (MediMouse-Messung), ca. 10 Min. pro Person
- Venen-Check und Blutdruckmessung durch eine Sportwissenschaftlerin
- Info-Stand bKV mit Flyern und Sehtest-Karten
- Glücksrad (Preise: Trinkflaschen, Massagebälle)

Wichtig für den Datenschutz: Die Messergebnisse bekommen nur die Teilnehmenden
selbst ausgedruckt, wir speichern nichts und Sie als Arbeitgeber erhalten
keine Auswertung.

Wir brauchen zwei Tische, Strom und einen ruhigen Bereich für das
Rückenscreening. Aufbau ab 7:30 Uhr.

Viele Grüße
Mehmet Yıldız
""",
             label="NORMAL", lang="de", kind="insurer-to-company",
             reason="trap: health day logistics (back screening, blood pressure), no participant data")


def m115():
    return M("Ines Harbeck <ines.harbeck@aurelia-versicherung.example>",
             "Lena Marquardt <lena@vireo-software.example>",
             "RE: We're moving! - contract address change",
"""Hi Lena,

congrats on the new office! We've updated the policyholder address on all
your contracts from 1 June 2025:

  Vireo Software GmbH, Am Sandtorkai 58, 20457 Hamburg
  - KV-G 55-02277 (company health insurance)
  - GU 7-209934 (group accident)

Premiums and cover stay the same. Your managing director Jonathan Reis
will receive the updated policy documents by post. Nothing to do for your
employees.

Best,
Ines
""",
             cte="7bit",
             label="CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="company-level contract numbers with named managing director and contact")


def m116():
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Team bAV-Service <team-bav@aurelia-versicherung.example>",
             "Vertretung nächste Woche",
"""Hallo zusammen,

Julia fällt nächste Woche aus. Ihre Kunden (Stadtwerke Lindenau, Pensionskasse
allgemein) übernimmt Sven, Rentenanfragen bitte an das Sammelpostfach. Die
Telefonumleitung ist eingerichtet.

Danke euch!
Katrin
""",
             label="NORMAL", lang="de", kind="internal",
             reason="colleague absent without reason, substitution note")


def m117():
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Kollektiv Leben Bestand <kollektiv-bestand@aurelia-versicherung.example>",
             "FW: Calloway - salary sacrifice opt-ins from June",
"""Bestand: please set up the contracts, list from the broker below. Die
Entgeltumwandlungsvereinbarungen hat Behrens im Original.

Katrin

-----Original Message-----
From: Marcel Behrens <m.behrens@behrens-benefits.example>
Sent: Monday, 12 May 2025 17:40
To: Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>
Subject: Calloway - salary sacrifice opt-ins from June

Hi Katrin,

after our employee info sessions at Calloway, the following people signed up
for salary sacrifice into the direct insurance from 1 June. Employer subsidy
20 % as per Calloway's pension plan.

Name               DOB         Gross monthly salary   Sacrifice   Subsidy   BU rider
Aoife Fitzgerald   1983-05-17  6,250 EUR              250 EUR     50 EUR    no (on leave)
Chidi Nwosu        1988-01-29  4,100 EUR              150 EUR     30 EUR    yes, 1,000 EUR
Miriam Lange       1979-12-08  3,850 EUR              100 EUR     20 EUR    yes, 800 EUR
Sean Brennan       1971-03-23  11,400 EUR             322 EUR     64.40 EUR no

Mr Nwosu and Ms Lange answered the simplified health questions, forms are with
me.

Cheers,
Marcel Behrens
Behrens Benefits Consulting GmbH
""",
             cte="8bit",
             date=datetime.datetime(2025, 5, 13, 8, 50), label="STRICTLY_CONFIDENTIAL", lang="en", kind="broker",
             reason="broker's list of named employees with birth dates, salaries, salary sacrifice and BU riders")


def m118():
    return M("Marketing Firmenkunden <marketing-firmen@aurelia-versicherung.example>",
             "Projects <projects@lingua-bridge.example>",
             "Quote request: translation of bKV terms and conditions DE > EN",
"""Dear LinguaBridge team,

we'd like a quote for translating the following documents from German into
English (UK), for information purposes for international employees:

1. General terms company health insurance (AVB bKV 2025), 38 pages
2. Tariff conditions BudgetPlus 300/600/900, 12 pages
3. Leaflet "Your health budget: dental, glasses, check-ups", 4 pages
4. Glossary (Heilpraktiker, Zahnprophylaxe, Sehhilfe, Wartezeit etc.), approx.
   120 terms - we have a draft

Medical and insurance terminology must be consistent with our existing
glossary (attached to the project later). Delivery by 30 June; please include
a second review by a native speaker with insurance background.

Kind regards
Jana Ploetz
Marketing Group Business
""",
             cte="7bit",
             label="NORMAL", lang="en", kind="insurer-to-supplier",
             reason="trap: translation order for health insurance conditions and medical glossary")


def m119():
    return M("Provisionsabrechnung <provision@aurelia-versicherung.example>",
             "Tobias Ritter <info@ritter-versicherungsmakler.example>",
             "Courtageabrechnung April 2025 - Vermittlernummer 88-40217",
"""Sehr geehrter Herr Ritter,

Ihre Courtageabrechnung für April 2025:

  Vermittler:        Tobias Ritter e.K., Versicherungsmakler
  Vermittlernr.:     88-40217
  Steuernummer:      93/118/40772
  Abschlusscourtage bAV (3 Verträge Malerbetrieb Kröger):   1.284,60 EUR
  Bestandscourtage Gruppenunfall GU 7-188230:                  96,30 EUR
  Stornoreserve (10 %):                                       -138,09 EUR
  Auszahlung:                                               1.242,81 EUR

Überweisung auf:   DE11 4755 6197 9214 8246 34 (Tobias Ritter)

Die Einzelaufstellung finden Sie wie gewohnt im Maklerportal.

Mit freundlichen Grüßen
Provisionsabrechnung
Aurelia Versicherungsgruppe
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-broker",
             reason="sole-trader broker's commission income, tax number and IBAN")


def m120():
    pdf = pdf_file([
        "Schulung Firmenkundenservice - Modul 3: Unverfallbarkeit und Abfindung (§§ 1b, 3 BetrAVG)",
        "",
        "1. Unverfallbarkeit bei Entgeltumwandlung: sofort gesetzlich unverfallbar.",
        "2. Arbeitgeberfinanzierte Zusagen: unverfallbar, wenn die Zusage bei Ausscheiden",
        "   mindestens 3 Jahre bestanden hat und die/der Beschäftigte mindestens 21 Jahre alt ist.",
        "3. Beispiel (fiktiv): Mitarbeiterin, 24 Jahre, Zusage seit 2 Jahren 10 Monaten,",
        "   Ausscheiden zum 30.06. -> Anwartschaft verfällt; bei Ausscheiden zum 31.08. -> unverfallbar.",
        "4. Abfindung kleiner Anwartschaften (§ 3 BetrAVG): Monatsrente höchstens 1 % der Bezugsgröße",
        "   (2025: 37,45 EUR) bzw. Kapital höchstens 12/10 der Bezugsgröße (2025: 4.494 EUR).",
        "5. Tod, Erwerbsminderung, Elternzeit: kein Einfluss auf die Unverfallbarkeitsfrist;",
        "   die Elternzeit zählt als Betriebszugehörigkeit.",
        "6. Übung: Prüfen Sie die drei Musterfälle im Anhang (alle Personen fiktiv).",
    ], title="Schulung Modul 3 Unverfallbarkeit")
    return M("Ines Harbeck <ines.harbeck@aurelia-versicherung.example>",
             "Neue Kolleginnen und Kollegen <onboarding-fks@aurelia-versicherung.example>",
             "Schulungsunterlage Modul 3 - Unverfallbarkeit",
"""Hallo zusammen,

anbei die Unterlage für Donnerstag. Bitte die Übung vorher anschauen.

Ines
""",
             att=[A("Schulung_Modul3_Unverfallbarkeit.pdf", pdf)],
             label="NORMAL", lang="de", kind="internal",
             reason="trap: training PDF with fictitious example cases, death and disability as topics")


def m121():
    return M("Julia Engelhardt <julia.engelhardt@aurelia-versicherung.example>",
             "Monika Staudt <m.staudt@stadtwerke-lindenau.example>",
             "Verstorbener Betriebsrentner Herr Gerhard Pawlak - Überzahlung und Witwenrente",
"""Sehr geehrte Frau Staudt,

vielen Dank für die Mitteilung, dass Ihr ehemaliger Mitarbeiter Herr Gerhard
Pawlak (Pensionskasse Mitgl.-Nr. PK 118-07719, Rentner seit 2016) am
11.04.2025 verstorben ist. Wir hatten davon noch keine Kenntnis.

- Die Betriebsrente von 538,12 EUR für Mai wurde bereits überwiesen und wird
  von der Bank zurückgefordert (Rentenüberzahlung).
- Seine Ehefrau, Frau Helga Pawlak, hat Anspruch auf Witwenrente von 60 %,
  also 322,87 EUR monatlich, ab dem 01.05.2025. Das Sterbevierteljahr wird
  in voller Höhe gezahlt.
- Wir schreiben Frau Pawlak an die uns bekannte Anschrift an.

Für die Krankenkasse melden wir das Ende des Rentenbezugs im
Zahlstellenverfahren.

Mit freundlichen Grüßen
Julia Engelhardt
Betriebsrenten-Service
""",
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="death of a named pensioner, pension amounts and widow's pension (life line)")


def m122():
    rows = [["employee_id", "name", "bike", "frame_number", "lease_start", "insured_value_eur"],
            ["V-0017", "Jonas Eberle", "Riese & Müller Charger4", "RM2405-118372", "2025-06-01", 5890],
            ["V-0023", "Hannah Sørensen", "Cube Kathmandu Hybrid", "WCU24A09921", "2025-06-01", 3299],
            ["V-0031", "Emeka Okoro", "Brompton C Line", "BRC2410447", "2025-06-01", 1745],
            ["V-0042", "Paula Wiedemann", "Canyon Grizl 7", "CNY-G7-558201", "2025-06-01", 2499]]
    return M("Ines Harbeck <ines.harbeck@aurelia-versicherung.example>",
             "Lena Marquardt <lena@vireo-software.example>",
             "Company bikes - cover confirmed for June starters",
"""Hi Lena,

the four bikes from your list are insured under the company bike policy
DR 12-90418 from 1 June (theft, damage, wear and tear on e-bike batteries).
I've attached the list as we recorded it - please check the frame numbers,
they are the usual source of trouble when a bike is stolen.

Best,
Ines
""",
             cte="8bit",
             att=[A("vireo_bikes_2025-06.csv", csv_file(rows, sep=","))],
             label="CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="CSV with named employees' insured company bikes and frame numbers (non-personal line)")


def m123():
    return M("Felix Grundmann <datenschutz@aurelia-versicherung.example>",
             "International Benefits Desk <international-benefits@aurelia-versicherung.example>",
             "Data protection quiz - group business (5 minutes)",
"""Hi all,

as promised, a short quiz for the international desk. Answers at the bottom -
no peeking!

1. An HR manager sends us a spreadsheet with "reason for absence: cancer" in
   one column. What do you do?
   a) reply with the spreadsheet attached and a note to remove the column
   b) do not forward or quote it, file it in the case, report it to data
      protection, and ask the employer to resubmit via the portal
   c) delete it and say nothing
2. May we tell an employer that an employee has made a disability claim?
   a) yes, always  b) only with the employee's consent  c) never
3. An employee's widow calls HR, HR calls us for the amount of the group life
   payout. May we give it to HR?
   a) yes  b) no, we talk to the beneficiary directly
4. Which of these is health data? a) "on parental leave"  b) "pregnant, due in
   June"  c) "part-time 30 hours"

Answers: 1b, 2b, 3b, 4b (parental leave on its own is not health data, a
pregnancy is).

Felix
""",
             cte="7bit",
             label="NORMAL", lang="en", kind="internal",
             reason="trap: data-protection quiz with cancer, disability, pregnancy examples, no person")


def m124():
    return M("Beitragsbuchhaltung Kollektiv <beitrag-kollektiv@aurelia-versicherung.example>",
             "Alle Rahmenvertragskunden <verteiler-rv-kunden@aurelia-versicherung.example>",
             "Neue Bankverbindung der Aurelia Versicherungsgruppe ab 01.07.2025",
"""Sehr geehrte Damen und Herren,

zum 01.07.2025 bündeln wir unsere Beitragskonten. Bitte überweisen Sie
Beiträge für alle Kollektivverträge (bAV, bKV, Gruppenunfall, Gruppenleben)
ab diesem Datum nur noch auf folgendes Konto:

  Kontoinhaber:  Aurelia Versicherungsgruppe - Beitragskonto Kollektiv
  Bank:          Rheinische Genossenschaftsbank eG
  IBAN:          DE73 4557 7141 3775 0177 65
  BIC:           RHGEDE3KXXX
  Verwendungszweck: Ihre Vertragsnummer und Abrechnungsmonat

Erteilte Lastschriftmandate gelten unverändert weiter, hier müssen Sie nichts
tun.

Achtung vor Betrugsversuchen: Wir ändern unsere Bankverbindung niemals
kurzfristig per E-Mail. Im Zweifel rufen Sie uns unter 0221 98765-400 an.

Mit freundlichen Grüßen
Beitragsbuchhaltung Kollektiv
""",
             label="NORMAL", lang="de", kind="newsletter",
             reason="trap: the insurer's own company IBAN in a circular, no person")


def m125():
    pdf = pdf_file([
        "Aurelia Lebensversicherung AG - Standmitteilung Direktversicherung zum 01.06.2025",
        "",
        "Versicherte Person: Sean Brennan, geb. 23.03.1971",
        "Versicherungsnehmer: Calloway Engineering GmbH",
        "Vertrag: DV 60-4170112, Tarif BG90, Beginn 01.06.2025 (Übertragung aus Vorvertrag)",
        "",
        "Übertragungswert Vorvertrag (Clonmore Life Occupational Scheme, umgerechnet): 48.220,00 EUR",
        "Beitrag monatlich: 322,00 EUR Entgeltumwandlung + 64,40 EUR Arbeitgeberzuschuss",
        "garantierte Altersrente ab 01.04.2038: 412,18 EUR mtl.",
        "prognostizierte Altersrente (Überschüsse 2025): 561,40 EUR mtl.",
        "garantiertes Kapital alternativ: 118.930,00 EUR",
        "Todesfallleistung vor Rentenbeginn: Rückgewähr des Guthabens, mind. Beitragssumme",
        "Bezugsberechtigt im Todesfall: Ehegattin Niamh Brennan",
    ], title="Standmitteilung DV 60-4170112")
    return M("Beatrice Lowe <beatrice.lowe@aurelia-versicherung.example>",
             "Ruairi Byrne <r.byrne@calloway-eng.example>",
             "Statement for Sean - please pass on",
"""Hi Ruairi,

Sean asked for his first statement before his trip to Dublin. Could you hand
it to him? It's attached as a PDF (German only for now, sorry).

Thanks!
Beatrice
""",
             cte="7bit",
             att=[A("Standmitteilung_DV60-4170112.pdf", pdf)],
             label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="harmless body; PDF pension statement of a named employee with birth date, amounts, beneficiary")

def m126():
    return M("Mehmet Yıldız <mehmet.yildiz@aurelia-versicherung.example>",
             "Aylin Demirci <aylin.demirci@holmfeld.example>",
             "Open enrolment for family members - communication plan",
"""Hi Aylin,

as agreed, here's the timeline for the family-member enrolment window:

  2 June     e-mail to all employees (your template, our text block below)
  2-27 June  enrolment window - employees apply directly in the Aurelia app
  9 June     lunch & learn, Hamburg canteen (12:00) + Teams
  30 June    window closes; late applications only with full health questions
  1 Aug      cover starts for accepted family members

Text block for your e-mail:
"Your family can now join the Holmfeld company health insurance at group rates.
Apply in the Aurelia app by 27 June. Your application and any health
questions go directly to Aurelia - Holmfeld HR does not see them."

Let me know if you want the flyer in Czech too for the Prague team.

Best,
Mehmet
""",
             cte="8bit",
             label="NORMAL", lang="en", kind="insurer-to-company",
             reason="trap: enrolment plan mentioning health questions, no person")


def m127():
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "RA Dr. Florian Wendt <f.wendt@wendt-partner-arbeitsrecht.example>",
             "Ihr Schreiben vom 19.05.2025 - Herr Marius Zeller, bAV-Anwartschaften",
"""Sehr geehrter Herr Dr. Wendt,

Sie vertreten die Kessler Antriebstechnik GmbH im Verfahren gegen Herrn
Zeller und fragen, welche Folgen ein Vergleich mit Beendigung zum 30.06.2025
für seine betriebliche Altersversorgung hätte. Die Kessler GmbH hat uns als
Versicherungsnehmerin von der Verschwiegenheit gegenüber Ihnen entbunden.

1. Direktversicherung DV 60-2994018 (Entgeltumwandlung seit 2016, 200 EUR mtl.):
   sofort unverfallbar, Deckungskapital zum 01.06.2025: 21.744,30 EUR.
2. Arbeitgeberfinanzierter Baustein (Zusage seit 01.04.2021): besteht beim
   Ausscheiden länger als drei Jahre, damit ebenfalls unverfallbar.
3. BU-Zusatzversicherung: Herr Zeller bezieht seit 01.02.2025 eine BU-Rente
   von 900 EUR mtl. wegen einer chronischen Lendenwirbelsäulenerkrankung; die
   Leistung läuft unabhängig von der Beendigung des Arbeitsverhältnisses weiter,
   die Beitragsbefreiung ebenfalls.

Ein Vergleich, der die Versicherungsnehmereigenschaft auf Herrn Zeller
überträgt, ist möglich; wir bräuchten dann die Übertragungserklärung beider
Seiten.

Mit freundlichen Grüßen
Katrin Vossberg
""",
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
             reason="to the employer's lawyer: named employee's disability pension for a spinal condition and pension capital")


def m128():
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Dr. Birgit Falk <verwaltung@nordlicht-pflege.example>",
             "bKV Nordlicht Pflegedienste - Beitragsanpassung zum 01.01.2026",
"""Sehr geehrte Frau Dr. Falk,

wir müssen Ihnen leider mitteilen, dass wir den Beitrag Ihres Rahmenvertrags
KV-G 55-01338 zum 01.01.2026 anpassen:

  Tarif BudgetPlus 600 je versicherte Person:  34,20 EUR -> 37,90 EUR mtl.
  versicherte Personen (Stand 01.05.2025):     221
  Jahresbeitrag neu (ca.):                     100.508 EUR

Grund sind die deutlich gestiegenen Kosten für Zahnersatz und Sehhilfen im
gesamten Tarifkollektiv (nicht nur bei Ihnen). Der Treuhänder hat die
Anpassung geprüft.

Sie haben ein Sonderkündigungsrecht innerhalb eines Monats nach Zugang dieses
Schreibens. Gern stelle ich Ihnen Alternativen vor, z. B. den Wechsel in
BudgetPlus 300 mit zusätzlichem Vorsorgebaustein.

Mit freundlichen Grüßen
Torsten Bräutigam
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="company-level bKV premium increase with contract no. and named managing director")


def m129():
    doc = docx_file([
        "**Aurelia Lebensversicherung AG - Textbaustein LV-TOD-07 (Kollektiv, Arbeitgeber)",
        "Sehr geehrte/r «Anrede» «Nachname»,",
        "mit großer Betroffenheit haben wir vom Tod Ihrer Mitarbeiterin / Ihres Mitarbeiters «Vorname Nachname» erfahren. "
        "Wir sprechen Ihnen und dem Kollegium unser Mitgefühl aus.",
        "Aus dem Vertrag «Vertragsnummer» besteht Anspruch auf eine Todesfallleistung. Die Bezugsberechtigten schreiben "
        "wir direkt an. Von Ihnen benötigen wir lediglich die Abmeldung zum «Sterbedatum» und die Bestätigung des letzten "
        "Beitragsmonats.",
        "Bitte senden Sie uns keine Angaben zur Todesursache; diese fordern wir, falls erforderlich, bei den "
        "Angehörigen oder Ärzten an.",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter/in»",
    ])
    return M("Oliver Stenzel <oliver.stenzel@aurelia-versicherung.example>",
             "Textredaktion <textredaktion@aurelia-versicherung.example>",
             "Überarbeiteter Baustein LV-TOD-07 zur Freigabe",
"""Hallo Textredaktion,

anbei der überarbeitete Baustein für Todesfallmitteilungen an Arbeitgeber.
Neu ist der Absatz zur Todesursache - die Personalabteilungen schicken uns
sonst regelmäßig Details, die wir nicht haben wollen.

Gruß
Oliver Stenzel
""",
             att=[A("LV-TOD-07_Arbeitgeber_v2.docx", doc)],
             label="NORMAL", lang="de", kind="internal",
             reason="trap: condolence letter template with «placeholders» for the deceased and cause of death")


def m130():
    return M("Mehmet Yıldız <mehmet.yildiz@aurelia-versicherung.example>",
             "Svenja Okafor <s.okafor@brandauer-logistik.example>",
             "AW: bKV bei Krankengeldbezug - Herr Volker Assmann",
"""Hallo Frau Okafor,

zu Ihrer Frage: Die bKV läuft während des Krankengeldbezugs weiter, solange
das Arbeitsverhältnis besteht und Sie den Beitrag weiterzahlen. Herr Assmann
bleibt also versichert, auch wenn er jetzt schon 14 Wochen arbeitsunfähig ist.

Wenn Sie den Beitrag für Beschäftigte ohne Entgelt nicht weiterzahlen möchten,
sieht Ihr Rahmenvertrag (§ 6) eine Ruhensvereinbarung vor. Dann wäre Herr
Assmann ausgerechnet in der Zeit ohne Schutz, in der er ihn vermutlich am
meisten braucht - ich würde davon abraten.

Viele Grüße
Mehmet Yıldız

> Hallo Herr Yıldız,
> Herr Volker Assmann (Fahrer, Pers.-Nr. 44120) ist seit Mitte Januar krank
> (nach seinem Herzinfarkt), die Entgeltfortzahlung ist ausgelaufen. Müssen wir
> die bKV für ihn weiterzahlen? Gruß S. Okafor
""",
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="named employee's heart attack and long sickness absence in quoted HR mail, bKV coverage")


def m131():
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Sean Brennan <s.brennan@calloway-eng.example>",
             "Confirmation for your auditors - insurance contracts 2025",
"""Dear Mr Brennan,

as requested by your auditors (Hallberg Audit GmbH), we confirm the following
contracts of Calloway Engineering GmbH with the Aurelia group as at 31 May 2025:

  Contract                        No.             Start        Annual premium
  Group accident                  GU 7-210388     01.04.2025   EUR 14,996.80
  Direct insurance framework      RV 60-0419      01.06.2025   (per employee)
  Employee motor scheme           K-GR 4-0217     01.01.2024   none (employees pay)

No premiums are outstanding. Pension obligations under the direct insurance
are fully funded by the insurer and need not be reported as provisions.

Kind regards
Torsten Bräutigam
Key Account Management Group Business
""",
             date=datetime.datetime(2025, 6, 2, 10, 12), label="CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="company-level contract confirmation for auditors with named country manager")


def m132():
    return M("Aurelia Group Business <groupbenefits@aurelia-versicherung.example>",
             "HR contacts <verteiler-hr-en@aurelia-versicherung.example>",
             "Service hours over Whitsun / Pentecost",
"""Dear HR and payroll colleagues,

please note our service hours around Whit Monday:

  Friday, 6 June     08:00 - 16:00
  Monday, 9 June     closed (public holiday in Germany)
  Tuesday, 10 June   08:00 - 18:00

Changes for the June payroll reported in the employer portal by 12 June will
still be processed for June. Urgent claims can always be reported online.

Have a good long weekend!
Your Aurelia Group Business team
""",
             cte="7bit",
             label="NORMAL", lang="en", kind="newsletter",
             reason="service hours notice, no personal data")


def m133():
    return M("Beatrice Lowe <beatrice.lowe@aurelia-versicherung.example>",
             "HR Shared Services <hr-ssc@holmfeld.example>",
             "AW: Employee in custody - Mr Lars Bendixen, salary sacrifice",
"""Dear colleagues,

danke für die Info. To answer your question: yes, you can stop the salary
sacrifice for Mr Bendixen from June, as you won't pay him any salary while he
is in pre-trial detention (Untersuchungshaft). We will make his direct
insurance DV 60-4099871 premium-free from 1 June.

Bitte schicken Sie uns keine weiteren Details zum Strafverfahren, wir brauchen
sie nicht. If the employment is terminated later, just report the leaving date
in the portal as usual.

Kind regards / Viele Grüße
Beatrice Lowe

> From: HR Shared Services
> Mr Lars Bendixen (H-20188, warehouse Hamburg) has been in pre-trial detention
> since 22 May, accused of theft of company goods (police investigation
> ongoing). We suspend salary payments. What happens to his pension contract?
""",
             cte="8bit",
             label="STRICTLY_CONFIDENTIAL", lang="mixed", kind="insurer-to-company",
             reason="named employee in pre-trial detention for alleged theft (criminal matter) and his direct insurance")


def m134():
    return M("Privatkunden Gruppentarife <gruppentarife@aurelia-versicherung.example>",
             "Melanie Wirtz <melanie.wirtz@lindenau-mail.example>",
             "Ihr Antrag Privathaftpflicht im Mitarbeitertarif Stadtwerke Lindenau",
"""Sehr geehrte Frau Wirtz,

vielen Dank für Ihren Antrag. Bitte prüfen Sie Ihre Angaben:

  Versicherungsnehmerin:  Melanie Wirtz, geb. 21.07.1985
  Anschrift:              Kastanienallee 12, 04177 Leipzig
  mitversichert:          Lebensgefährte Daniel Hoppe, geb. 30.01.1983
  Tarif:                  PHV Komfort, 10 Mio. EUR pauschal, SB 150 EUR
  Beitrag:                79,80 EUR jährlich (inkl. 15 % Mitarbeiternachlass)
  Beginn:                 01.06.2025
  Zahlung:                SEPA, IBAN DE13 8423 0530 8651 4350 71

Sind alle Angaben richtig, brauchen Sie nichts weiter zu tun. Die Police
erhalten Sie Ende Mai.

Mit freundlichen Grüßen
Aurelia Gruppentarife
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="employee's liability insurance application with birth dates, address and IBAN (non-personal line)")


def m135():
    return M("Personalmarketing Aurelia <karriere@aurelia-versicherung.example>",
             "Stellenportal <anzeigen@jobboerse-rheinland.example>",
             "Anzeigenauftrag: Sachbearbeiter/in Leistung Gruppenunfall (m/w/d)",
"""Hallo,

bitte folgende Anzeige ab 02.06. für 30 Tage schalten (Paket Standard Plus):

Sachbearbeiter/in Leistungsprüfung Gruppenunfall (m/w/d), Köln, Vollzeit/Teilzeit

Ihre Aufgaben:
- Prüfung von Unfallmeldungen unserer Firmenkunden
- Auswertung ärztlicher Unterlagen (Durchgangsarztberichte, Gutachten)
- Bemessung der Invalidität nach Gliedertaxe, Abstimmung mit Gutachtern
- Kommunikation mit Personalabteilungen, Versicherten und Rechtsanwälten

Ihr Profil:
- Ausbildung als Kaufmann/-frau für Versicherungen und Finanzanlagen oder
  medizinischer Hintergrund (z. B. MFA, Pflege) mit Weiterbildung
- Kenntnisse der AUB und medizinischer Terminologie

Bewerbungen bitte über https://karriere.aurelia-versicherung.example/stellen/4471

Rechnung an Kostenstelle 1120-HR.

Danke und Gruß
Personalmarketing
""",
             label="NORMAL", lang="de", kind="insurer-to-supplier",
             reason="trap: job ad for accident claims handler (medical reports, disability), no person")


def m136():
    return M("Oliver Stenzel <oliver.stenzel@aurelia-versicherung.example>",
             "Daniel Whitcombe <daniel.whitcombe@holmfeld.example>",
             "RE: Who gets the money when there's no nomination?",
"""Dear Daniel,

your team asked how group life pays out when an employee never nominated a
beneficiary. The rule in policy section 9 is a fixed order:

  1. spouse or registered civil partner
  2. children in equal shares
  3. parents in equal shares
  4. heirs

Partners who are not married or registered only receive the benefit if they
have been nominated. That's the most common unpleasant surprise, so it's worth
reminding staff once a year - e.g. with the benefits statement.

We'd suggest a line in your onboarding checklist: "Nominate a beneficiary in
the Aurelia app (takes 2 minutes, HR won't see it)."

Kind regards
Oliver
""",
             cte="7bit",
             label="NORMAL", lang="en", kind="insurer-to-company",
             reason="trap: generic explanation of death-benefit beneficiary order, no deceased or insured person")


def m137():
    return M("Buchhaltung Kreditoren <kreditoren@aurelia-versicherung.example>",
             "Bernd Schaller <info@schaller-coaching.example>",
             "Rückfrage zu Ihrer Rechnung 2025-021 - IBAN ungültig",
"""Sehr geehrter Herr Schaller,

Ihre Rechnung 2025-021 über 2.142,00 EUR (Workshop HR-Forum Nord) können wir
noch nicht anweisen. Die dort angegebene IBAN

   DE53 6578 2199 6208 9839 35

ist ungültig (Prüfziffer stimmt nicht). Auf Ihrer letzten Rechnung 2025-017
stand DE53 6578 2199 6208 9839 53 - vermutlich sind die letzten beiden Ziffern
vertauscht. Bitte bestätigen Sie uns kurz die richtige Bankverbindung;
telefonisch erreichen Sie uns unter 0221 98765-270.

Mit freundlichen Grüßen
Kreditorenbuchhaltung
Aurelia Versicherungsgruppe
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-supplier",
             reason="sole-trader speaker's bank data, one IBAN deliberately invalid (typo) next to the valid one")


def m138():
    return M("Unternehmenskommunikation <presse@aurelia-versicherung.example>",
             "Presseverteiler <presseverteiler@aurelia-versicherung.example>",
             "Pressemitteilung: Jeder fünfte Unfall auf dem Bau passiert in der Freizeit",
"""PRESSEMITTEILUNG

Köln, 3. Juni 2025 - Jeder fünfte Unfall, den Bauarbeiter über die
Gruppenunfallversicherung ihres Arbeitgebers melden, passiert außerhalb der
Arbeitszeit - beim Sport, im Haushalt oder auf Reisen. Das zeigt eine
Auswertung von 2.900 anonymisierten Leistungsfällen der Aurelia aus den
Jahren 2020 bis 2024.

Die häufigsten Verletzungen: Knochenbrüche an Hand und Handgelenk (24 %),
Bänderverletzungen am Knie (17 %) und Sprunggelenk (12 %). Bei 6 % der
Fälle blieb eine dauerhafte Invalidität von mehr als 50 %.

"Die gesetzliche Unfallversicherung greift nur bei Arbeits- und
Wegeunfällen. Eine Gruppenunfallversicherung schließt die Lücke rund um die
Uhr", sagt Torsten Bräutigam, Leiter Key Account Management Gruppenversicherung.

Pressekontakt: presse@aurelia-versicherung.example, 0221 98765-100
""",
             date=datetime.datetime(2025, 6, 3, 9, 30), label="NORMAL", lang="de", kind="newsletter",
             reason="trap: press release with injury statistics from anonymised claims")


def m139():
    return M("Mehmet Yıldız <mehmet.yildiz@aurelia-versicherung.example>",
             "Petra Lindner <p.lindner@kessler-antriebe.example>",
             "AW: Nachversicherung Kind - Herr Tomasz Szymański",
"""Hallo Frau Lindner,

herzlichen Glückwunsch an Herrn Szymański! Die kleine Zofia (geboren am
14.05.2025) ist ab Geburt in der bKV mitversichert, ohne Gesundheitsprüfung,
weil die Anmeldung innerhalb von zwei Monaten nach der Geburt erfolgt ist.

  versicherte Person:  Zofia Szymańska, geb. 14.05.2025
  Hauptversicherter:   Tomasz Szymański, Pers.-Nr. 10491
  Tarif:               BudgetPlus 300 Kind, 12,90 EUR mtl.
  Beitragszahlung:     durch Herrn Szymański (Abzug vom Nettolohn, wie vereinbart)

Die Frühgeburt in der 34. Woche, die Sie erwähnt haben, spielt für die
Aufnahme keine Rolle. Die Geburtsurkunde brauchen wir nicht, die Angaben
genügen.

Viele Grüße
Mehmet Yıldız
""",
             label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="newborn of a named employee enrolled in bKV, premature birth mentioned (health line, health data)")


def m140():
    return M("Motor Group Schemes <kfz-gruppe@aurelia-versicherung.example>",
             "Nicole Haberland <nicole.haberland@freenet-mail.example>",
             "Your claim KS-25-310877 - parking damage, nobody injured",
"""Dear Ms Haberland,

thank you for reporting the damage to your car (BB-NH 412, employee motor
scheme Kessler, policy KF 2025-4418821). You wrote that another car scraped
your rear bumper in the car park of the Sindelfinger Tor shopping centre on
24 May while you were shopping, and nobody was hurt. The other driver left a
note with his insurance details.

As the other driver is liable, please claim from his insurer first (claim
ref. of the other insurer: HU-2025-55187). If they refuse, we can settle it
under your comprehensive cover (excess EUR 300, your no-claims class is
affected).

Kind regards
Aurelia Motor - Group Schemes
""",
             cte="7bit",
             label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="employee's motor damage claim with plate and policy no., nobody hurt")


def m141():
    return M("Nadine Albers <events@aurelia-versicherung.example>",
             "Vertrieb Firmenkunden <vertrieb-firmen@aurelia-versicherung.example>",
             "HR-Forum Süd - feedback survey results",
"""Hi all,

results of the feedback survey (74 of 118 participants answered, anonymous):

  Overall rating                           4.5 / 5
  Best session                             "Return-to-work after long illness" (BEM)
  Least useful                             "Care and work" (too general)
  Would come again                         92 %

Topic wishes for next year (free text, grouped):
  - dealing with addiction at work (11 mentions)
  - long COVID and work capacity (8)
  - menopause at work (6)
  - salary sacrifice and part-time (5)

Free-text comments have been checked; nothing identifying in them.

Nadine
""",
             cte="7bit",
             label="NORMAL", lang="en", kind="internal",
             reason="trap: anonymous survey results naming addiction, long COVID, menopause as topics")


def m142():
    return M("Nadine Albers <events@aurelia-versicherung.example>",
             "Groups Desk <groups@hafenblick-hotel.example>",
             "Room block HR-Forum Nord, Hamburg, 8-9 October 2025",
"""Dear Groups Desk,

we'd like to confirm the room block for our HR-Forum Nord:

  Arrival 8 October, departure 9 October 2025
  40 single rooms, breakfast included, rate EUR 149 as per your offer
  Release date: 10 September (unbooked rooms go back to the hotel)
  Booking code: AURELIA-HR25
  Guests book individually and pay on departure

Meeting room "Elbe" for 130 people, theatre seating, from 8 October 13:00.
The invoice for the meeting room goes to Aurelia Versicherungsgruppe,
cost centre 4711-Events.

Best regards
Nadine Albers
""",
             cte="7bit",
             label="NORMAL", lang="en", kind="insurer-to-supplier",
             reason="hotel room block, no guest names")


def m143():
    return M("Ines Harbeck <ines.harbeck@aurelia-versicherung.example>",
             "Kanzleiverwaltung Wendt & Partner <verwaltung@wendt-partner-arbeitsrecht.example>",
             "Gruppenunfall für Ihre Kanzlei - Police GU 7-211502",
"""Sehr geehrte Frau Brückl,

anbei die Eckdaten Ihrer neuen Gruppenunfallversicherung:

  Versicherungsnehmerin:  Dr. Wendt & Partner Rechtsanwälte PartG mbB, Stuttgart
  vertreten durch:        die Partner Dr. Florian Wendt, Sabine Reichert-Lau,
                          Dr. Gökhan Aras
  Vertrag:                GU 7-211502, Beginn 01.07.2025
  versicherter Personenkreis: alle Beschäftigten (derzeit 27) und die Partner
  Versicherung:           namenlos, Gefahrengruppe A
  Jahresbeitrag:          2.916,00 EUR inkl. VersSt

Die Police geht per Post an die Kanzlei. Eine Namensliste brauchen wir nicht;
im Schadenfall genügt die Bestätigung, dass die verletzte Person zum
versicherten Personenkreis gehört.

Mit freundlichen Grüßen
Ines Harbeck
""",
             label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="law-firm partnership's group accident contract with named partners; unnamed cover, no individual insured data")


def m144():
    return M("Nadine Albers <events@aurelia-versicherung.example>",
             "Studio Jansen Photography <hello@studio-jansen.example>",
             "Booking: event photography HR-Forum Nord",
"""Hi Merle,

we'd like to book you again for the HR-Forum Nord on 8 October in Hamburg,
13:00-19:00 (talks, panel, evening reception).

Same rules as last time:
- only stage and room shots; close-ups of participants only with a green
  lanyard (= photo consent)
- the workshop "Addiction at work" is off limits for photos
- delivery of 40 edited images within 5 working days, usage rights for
  website, LinkedIn and print

Please send your quote to this address.

Best,
Nadine
""",
             cte="7bit",
             label="NORMAL", lang="en", kind="insurer-to-supplier",
             reason="trap: photographer booking mentioning an addiction workshop, no person")


def m145():
    text = """Dear Aylin,

as discussed, the members whose cover changes with the salary review on
1 July (group life GL-3310-0087, 2x base salary; free cover limit EUR 300,000):

Employee ID | Name               | Born       | New base salary | Sum assured | Note
H-04417     | Dr. Matthias Ebersbach | 1969-02-11 | 186,000     | 300,000 (+72,000 pending) | health declaration outstanding
H-11250     | Katharina Vos      | 1975-06-30 | 152,000         | 300,000 (+4,000 pending)  | health declaration outstanding
H-09981     | Benedikt Arnold    | 1980-10-19 | 141,500         | 283,000                   | -
H-15530     | Svetlana Morozova  | 1986-03-03 | 128,000         | 256,000                   | -

Please don't change anything in payroll for these four; the premium is
company-paid. I'll let you know once underwriting has decided.

Best regards
Oliver Stenzel
"""
    html = """<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Dear Aylin,</p>
<p>as discussed, the members whose cover changes with the salary review on 1 July
(group life GL-3310-0087, 2x base salary; free cover limit EUR 300,000):</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Employee ID</th><th>Name</th><th>Born</th><th>New base salary</th><th>Sum assured</th><th>Note</th></tr>
<tr><td>H-04417</td><td>Dr. Matthias Ebersbach</td><td>1969-02-11</td><td>186,000</td><td>300,000 (+72,000 pending)</td><td>health declaration outstanding</td></tr>
<tr><td>H-11250</td><td>Katharina Vos</td><td>1975-06-30</td><td>152,000</td><td>300,000 (+4,000 pending)</td><td>health declaration outstanding</td></tr>
<tr><td>H-09981</td><td>Benedikt Arnold</td><td>1980-10-19</td><td>141,500</td><td>283,000</td><td>-</td></tr>
<tr><td>H-15530</td><td>Svetlana Morozova</td><td>1986-03-03</td><td>128,000</td><td>256,000</td><td>-</td></tr>
</table>
<p>Please don't change anything in payroll for these four; the premium is company-paid.
I'll let you know once underwriting has decided.</p>
<p>Best regards<br>Oliver Stenzel</p>
</body></html>"""
    return M("Oliver Stenzel <oliver.stenzel@aurelia-versicherung.example>",
             "Aylin Demirci <aylin.demirci@holmfeld.example>",
             "Salary review 1 July - group life members above 250k",
             text, html=html, cte="7bit",
             label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="table in text and HTML: named employees' birth dates, salaries, group life sums, pending health declarations")


def m146():
    return M("Ines Harbeck <ines.harbeck@aurelia-versicherung.example>",
             "Lena Marquardt <lena@vireo-software.example>",
             "Company bike: end of lease for Paula Wiedemann",
"""Hi Lena,

Paula Wiedemann leaves Vireo on 30 June, so her company bike (Canyon Grizl 7,
frame no. CNY-G7-558201) drops out of policy DR 12-90418 on that date. If she
buys the bike from the leasing company, she can insure it privately with us at
the employee rate - I'd just need her private address and a start date.

Please make sure the bike is either returned or bought by 30 June; after
that it's not insured.

Best,
Ines
""",
             cte="7bit",
             label="CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="named employee's leaving date and insured company bike with frame number (non-personal line)")


def m147():
    return M("Aurelia Firmenkundenportal <portal-support@aurelia-versicherung.example>",
             "Portal-Administratoren international <verteiler-portaladmins-int@aurelia-versicherung.example>",
             "FAQ Firmenkundenportal / Employer portal FAQ (DE/EN)",
"""Häufige Fragen / Frequently asked questions

1. Wie melde ich Elternzeit? / How do I report parental leave?
   Menü "Veränderungen" > "Elternzeit", Beginn und Ende eintragen. /
   Menu "Changes" > "Parental leave", enter start and end date.

2. Ein Mitarbeiter ist verstorben. / An employee has died.
   Nur Austritt mit Grund "Tod" und Sterbedatum melden - keine Todesursache.
   Report the exit with reason "death" and date of death only - never the cause.

3. Mitarbeiter langzeitkrank - muss ich etwas melden? / Employee on long-term
   sick leave - do I need to report anything?
   Nur, wenn kein Entgelt mehr gezahlt wird ("Ruhen ohne Entgelt"), ohne
   Angabe von Gründen. / Only if salary stops ("suspension without pay"),
   without giving a reason.

4. Können wir sehen, wer bKV-Leistungen nutzt? / Can we see who uses bKV
   benefits? Nein. / No.

5. Wie lade ich eine Liste hoch? / How do I upload a list?
   XLSX-Vorlage v5 verwenden, keine Freitextspalten. / Use XLSX template v5,
   no free-text columns.
""",
             label="NORMAL", lang="mixed", kind="newsletter",
             reason="trap: bilingual portal FAQ about death, long-term sickness and parental leave, no person")


def m148():
    return M("Katrin Vossberg <katrin.vossberg@aurelia-versicherung.example>",
             "Team bAV-Service <team-bav@aurelia-versicherung.example>",
             "Drachenbootrennen 28.06. - wer paddelt mit?",
"""Hallo Team,

die Betriebssportgruppe hat wieder ein Boot für das Drachenbootrennen am
Fühlinger See gemeldet und sucht noch 6 Paddler/innen aus unserer Abteilung.
Training jeweils dienstags 18 Uhr, ab 3. Juni. T-Shirts gibt's gratis, Muskelkater
auch. ;-)

Wer Lust hat, trägt sich bitte bis Freitag in die Liste im Teams-Kanal ein.

Katrin
""",
             flowed=True, cte="8bit",
             label="NORMAL", lang="de", kind="internal",
             reason="company sports event, no personal data")


def m149():
    return M("Torsten Bräutigam <torsten.braeutigam@aurelia-versicherung.example>",
             "Heike Brandt <lohnbuero@ostermann-bau.example>",
             "Halbjahresmeldung 2025 Gruppenunfall GU 7-204518 - bitte bis 15.07. einreichen",
"""Sehr geehrte Frau Brandt,

wegen der Vertragsänderung zum 01.07. bitten wir Sie diesmal schon zur
Jahresmitte um die Meldung der versicherten Personen und der Bruttolohnsumme
für Ihren Vertrag GU 7-204518:

  - Anzahl Beschäftigte Gefahrengruppe A und B (Stichtag 30.06.)
  - Bruttolohnsumme 1. Halbjahr 2025 (ohne Geschäftsführer)
  - Anzahl Auszubildende

Zum Vergleich Ihre Werte aus der Jahresmeldung: 23 / 141 Personen,
Lohnsumme 2024 7,84 Mio. EUR, 11 Auszubildende. Bitte nur Summenwerte melden, keine
Mitarbeiterlisten.

Mit freundlichen Grüßen
Torsten Bräutigam
""",
             charset="windows-1252", label="CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="company-level annual reporting request with contract no., headcount and payroll total, named contact")


def m150():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2>HR-Forum S&uuml;d 2025: slides and recordings</h2>
<p>Dear HR and payroll colleagues,</p>
<p>thank you to everyone who joined us in Stuttgart. The slides and the recording of the keynote are now online:</p>
<ul>
<li>Mental strain at work &ndash; what employers can do</li>
<li>Return to work after long-term illness (BEM) &ndash; a practical guide</li>
<li>Company health insurance as part of workplace health management</li>
<li>Caring for relatives while working &ndash; Pflegezeit and Familienpflegezeit</li>
</ul>
<p><a href="https://events.aurelia-versicherung.example/hr-forum-sued-2025/downloads">Download area</a> (password: your portal login)</p>
<p>Save the date: HR-Forum Nord, 8 October 2025, Hamburg.</p>
<p>Your Aurelia Group Business team</p>
</body></html>"""
    return M("Aurelia Events <events@aurelia-versicherung.example>",
             "HR contacts <verteiler-hr-en@aurelia-versicherung.example>",
             "HR-Forum Süd: slides, recordings and save the date",
             None, html=html,
             label="NORMAL", lang="en", kind="newsletter",
             reason="trap: HTML-only event follow-up on long-term illness and mental strain, no person")

# -------------------------------------------------------------------------------------------
# writing and checking
# -------------------------------------------------------------------------------------------

def all_mails():
    g = globals()
    return [(i, g["m%03d" % i]()) for i in range(1, N_MAILS + 1)]


def write():
    os.makedirs(os.path.join(HERE, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, d in all_mails():
        fn = "d%s-%04d.eml" % (NN, n)
        raw = build(d, n).as_bytes(policy=SMTP)
        with open(os.path.join(HERE, "mails", fn), "wb") as f:
            f.write(raw)
        rows.append("\t".join([fn, d["label"], d["lang"], d["kind"], d["reason"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (N_MAILS, os.path.join(HERE, "mails")))


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "CZ": 24, "GB": 22, "NL": 18, "FR": 27, "LU": 20, "BE": 16,
            "IE": 22, "PL": 28, "ES": 24, "IT": 27, "PT": 25}
IBAN_RE = re.compile(r"\b([A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,6}(?:[ ]?[A-Za-z0-9]{1,4})?)\b")
# deliberately wrong IBANs (typos that the story needs); everything else must pass ISO 7064
KNOWN_BAD_IBANS = {"DE53657821996208983935"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9\-.]+)")


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def _check_attachment(fn, data, errs, texts, where):
    ext = fn.rsplit(".", 1)[-1].lower()
    try:
        if ext in ("xlsx", "docx", "odt", "ods", "zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            if z.testzip() is not None:
                errs.append("%s: %s corrupt zip member" % (where, fn))
            for info in z.infolist():
                if info.date_time != ZIP_TS:
                    errs.append("%s: %s zip timestamp not fixed" % (where, fn))
            names = z.namelist()
            if ext == "xlsx" and "xl/workbook.xml" not in names:
                errs.append("%s: %s no workbook" % (where, fn))
            if ext == "docx" and "word/document.xml" not in names:
                errs.append("%s: %s no document" % (where, fn))
            if ext in ("odt", "ods"):
                if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
                    errs.append("%s: %s mimetype not first/stored" % (where, fn))
            for nm in names:
                b = z.read(nm)
                if ext == "zip":
                    _check_attachment(nm, b, errs, texts, where + ":" + fn)
                elif nm.endswith(".xml") or nm.endswith(".rels"):
                    texts.append(_xml_text(b))
        elif ext == "pdf":
            if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
                errs.append("%s: %s not a PDF" % (where, fn))
            m = re.search(rb"startxref\s+(\d+)", data)
            if not m or data[int(m.group(1)):int(m.group(1)) + 4] != b"xref":
                errs.append("%s: %s bad xref" % (where, fn))
            texts.append(data.decode("cp1252", "replace"))
        elif ext == "ics":
            t = data.decode("utf-8")
            if not (t.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in t and "BEGIN:VEVENT" in t):
                errs.append("%s: %s bad ics" % (where, fn))
            texts.append(t)
        elif ext in ("csv", "txt"):
            try:
                texts.append(data.decode("utf-8"))
            except UnicodeDecodeError:
                texts.append(data.decode("cp1252"))
        else:
            errs.append("%s: %s unknown attachment type" % (where, fn))
    except Exception as e:  # noqa
        errs.append("%s: %s does not open: %r" % (where, fn, e))


def _walk(msg, errs, texts, where, depth=0):
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("%s: missing %s (depth %d)" % (where, h, depth))
    if depth == 0 and msg["MIME-Version"] is None:
        errs.append("%s: missing MIME-Version" % where)
    for h in ("From", "To", "Cc", "Reply-To"):
        for _, a in getaddresses(msg.get_all(h, [])):
            if a and not a.lower().endswith(".example"):
                errs.append("%s: %s address not .example: %s" % (where, h, a))
    texts.append(str(msg["Subject"]))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct == "message/rfc822":
            _walk(part.get_content(), errs, texts, where + ">fwd", depth + 1)
            continue
        if fn:
            _check_attachment(fn, part.get_content() if not ct.startswith("text/") else part.get_payload(decode=True),
                              errs, texts, where)
            continue
        if ct.startswith("text/"):
            texts.append(part.get_content())
        else:
            errs.append("%s: unexpected part %s" % (where, ct))


def check():
    errs = []
    mdir = os.path.join(HERE, "mails")
    files = sorted(f for f in os.listdir(mdir) if f.endswith(".eml"))
    expect = ["d%s-%04d.eml" % (NN, i) for i in range(1, N_MAILS + 1)]
    if files != expect:
        errs.append("mail files differ from d%s-0001 ... d%s-%04d" % (NN, NN, N_MAILS))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errs.append("labels.tsv header wrong")
    rows = [l.split("\t") for l in lines[1:] if l]
    counts, langs, ibans, traps = {}, {}, 0, 0
    for r in rows:
        if len(r) != 5 or not all(x.strip() for x in r):
            errs.append("labels.tsv bad row: %r" % (r,))
            continue
        if r[1] not in WANT:
            errs.append("bad label %r" % r[1])
        if r[2] not in ("de", "en", "mixed"):
            errs.append("bad lang %r" % r[2])
        counts[r[1]] = counts.get(r[1], 0) + 1
        langs[(r[1], r[2])] = langs.get((r[1], r[2]), 0) + 1
        if r[4].startswith("trap:"):
            traps += 1
            if r[1] != "NORMAL":
                errs.append("%s: trap but not NORMAL" % r[0])
    if [r[0] for r in rows] != expect:
        errs.append("labels.tsv rows do not match files")
    if counts != WANT:
        errs.append("label counts %r != %r" % (counts, WANT))
    for f in files:
        raw = open(os.path.join(mdir, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errs.append("%s: not pure CRLF" % f)
        msg = BytesParser(policy=_policy.default).parsebytes(raw)
        texts = []
        _walk(msg, errs, texts, f)
        blob = "\n".join(texts)
        for m in EMAIL_RE.finditer(blob):
            if not m.group(1).lower().rstrip(".").endswith(".example"):
                errs.append("%s: non-.example mail domain %s" % (f, m.group(0)))
        for m in URL_RE.finditer(blob):
            if not m.group(1).lower().rstrip(".").endswith(".example"):
                errs.append("%s: non-.example URL %s" % (f, m.group(0)))
        for m in IBAN_RE.finditer(blob):
            s = m.group(1).replace(" ", "").upper()
            cc = s[:2]
            if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]:
                continue
            ibans += 1
            if not iban_ok(s) and s not in KNOWN_BAD_IBANS:
                errs.append("%s: IBAN checksum fails: %s" % (f, m.group(1)))
    print("mails: %d   labels: %s" % (len(files), ", ".join("%s=%d" % (k, counts.get(k, 0)) for k in WANT)))
    for k in WANT:
        print("  %-22s de=%-3d en=%-3d mixed=%d" % (k, langs.get((k, "de"), 0), langs.get((k, "en"), 0),
                                                    langs.get((k, "mixed"), 0)))
    print("NORMAL traps: %d   IBANs validated: %d" % (traps, ibans))
    if errs:
        print("FAILED (%d problems)" % len(errs))
        for e in errs[:200]:
            print("  " + e)
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
