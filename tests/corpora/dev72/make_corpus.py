#!/usr/bin/env python3
"""Siegel dev72 corpus: brokers and broker pools in daily business with
Nordkamp Versicherungsgruppe (invented).

Every mail is written by hand in its own function m001 ... m150. The helpers at
the top only turn that hand-written content into MIME (Python ``email``,
policy=SMTP, CRLF) or into a file format (XLSX, DOCX, ODT, ODS, PDF, ZIP) using
the standard library only, so any Python 3.8+ can run it.

    python make_corpus.py           # writes mails/d72-0001.eml ... and labels.tsv
    python make_corpus.py --check   # re-parses every file and validates counts
"""
import csv
import io
import os
import sys
import zipfile
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default
from xml.sax.saxutils import escape as xesc

SEED = 72
NN = "72"
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mails")
INS = "nordkamp-versicherung.example"   # the invented insurer's mail domain
ZIPDATE = (2026, 11, 2, 9, 30, 0)

# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------

def att(filename, mimetype, data, charset=None):
    """An attachment description: bytes or str content, or an EmailMessage."""
    return (filename, mimetype, data, charset)


def fwd(msg):
    """A forwarded message/rfc822 part."""
    return (None, "message/rfc822", msg, None)


def build(num, frm, to, subject, date, body=None, html=None, cc=None,
          attachments=(), charset="utf-8", cte=None, headers=None,
          in_reply_to=None, msgid=True):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    if msgid:
        msg["Message-ID"] = "<nk%s.%04d.%d@%s>" % (NN, num, SEED * 1000 + num, INS)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (headers or []):
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if body is not None and html is not None:
        msg.set_content(body, charset=charset, cte=cte)
        msg.add_alternative(html, subtype="html", charset=charset)
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(body, charset=charset, cte=cte)
    for filename, mimetype, data, acs in attachments:
        if mimetype == "message/rfc822":
            msg.add_attachment(data)
            continue
        maintype, subtype = mimetype.split("/", 1)
        if isinstance(data, str):
            if maintype != "text":
                raise ValueError("str data needs a text/* type")
            msg.add_attachment(data, subtype=subtype, charset=acs or "utf-8",
                               filename=filename)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype,
                               filename=filename)
    i = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("----=_NK%s_%04d_%02d_%d" % (NN, num, i, SEED))
    return msg


def inner(frm, to, subject, date, body, cc=None, charset="utf-8", msgid=None):
    """A message that is forwarded as message/rfc822 (written by someone else)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    if msgid:
        msg["Message-ID"] = msgid
    msg["MIME-Version"] = "1.0"
    msg.set_content(body, charset=charset)
    return msg


def meta(label, lang, kind, reason):
    return {"label": label, "lang": lang, "kind": kind, "reason": reason}

# --------------------------------------------------------------------------
# File-format helpers (stdlib only, deterministic)
# --------------------------------------------------------------------------

def _zip(members):
    """members: list of (name, bytes, stored?)"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, stored in members:
            zi = zipfile.ZipInfo(name, date_time=ZIPDATE)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zip_of(files):
    """files: list of (name, bytes)"""
    return _zip([(n, d if isinstance(d, bytes) else d.encode("utf-8"), False) for n, d in files])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (sheet name, rows); a cell is str, int or float."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>']
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    members = []
    for n, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % n)
        wb.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), n, n))
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (n, n))
        x = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for r, row in enumerate(rows, 1):
            x.append('<row r="%d">' % r)
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)):
                    x.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    x.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
            x.append('</row>')
        x.append('</sheetData></worksheet>')
        members.append(("xl/worksheets/sheet%d.xml" % n, "".join(x).encode("utf-8"), False))
    n = len(sheets) + 1
    rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % n)
    ct.append('</Types>')
    wb.append('</sheets></workbook>')
    rels.append('</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf/></cellStyleXfs>'
              '<cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                 '</Relationships>')
    return _zip([("[Content_Types].xml", "".join(ct).encode(), False),
                 ("_rels/.rels", root_rels.encode(), False),
                 ("xl/workbook.xml", "".join(wb).encode("utf-8"), False),
                 ("xl/_rels/workbook.xml.rels", "".join(rels).encode(), False),
                 ("xl/styles.xml", styles.encode(), False)] + members)


def docx(blocks):
    """blocks: str paragraphs, or ("table", rows)."""
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            body.append('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>')
            for row in b[1]:
                body.append('<w:tr>')
                for cell in row:
                    body.append('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(str(cell)))
                body.append('</w:tr>')
            body.append('</w:tbl>')
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + '<w:sectPr/></w:body></w:document>')
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
    return _zip([("[Content_Types].xml", ct.encode(), False), ("_rels/.rels", rels.encode(), False),
                 ("word/document.xml", doc.encode("utf-8"), False)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mime, content):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime.encode(), True), ("META-INF/manifest.xml", manifest.encode(), False),
                 ("content.xml", content.encode("utf-8"), False)])


def odt(paragraphs):
    ps = "".join('<text:p>%s</text:p>' % xesc(p) for p in paragraphs)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % (_ODF_NS, ps))
    return _odf("application/vnd.oasis.opendocument.text", content)


def ods(name, rows):
    x = []
    for row in rows:
        x.append('<table:table-row>')
        for v in row:
            if isinstance(v, (int, float)):
                x.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                x.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
        x.append('</table:table-row>')
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>'
               '<office:body><office:spreadsheet><table:table table:name="%s">%s</table:table>'
               '</office:spreadsheet></office:body></office:document-content>' % (_ODF_NS, xesc(name), "".join(x)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", content)


def _pdfstr(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(lines, title=""):
    """A simple text PDF (Helvetica, WinAnsiEncoding), 48 lines per page."""
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pg in enumerate(pages):
        stream = [b"BT /F1 10 Tf 14 TL 56 790 Td"]
        for ln in pg:
            stream.append(b"(" + _pdfstr(ln) + b") '")
        stream.append(b"ET")
        data = b"\n".join(stream)
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
    info_no = len(objs) + 1
    objs.append(b"<< /Title (" + _pdfstr(title) + b") /Producer (Nordkamp Druckstrasse 4.2) /CreationDate (D:20261102093000) >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % n + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info_no, xref)
    return bytes(out)


def csv_text(rows, delimiter=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
PDF = "application/pdf"
ZIP = "application/zip"

# Recurring signatures (typed once, pasted by the people themselves)
SIG_OLTMANNS = """--
Jana Oltmanns
Maklerbetreuung Region Nord
Nordkamp Versicherungsgruppe
Hafenweg 12 | 48155 Münster
Tel. +49 251 7730-4412 | mobil +49 171 5550 381
jana.oltmanns@nordkamp-versicherung.example"""

SIG_QUAST = """Mit freundlichen Grüßen

Dr. Mareike Quast
Risikoprüfung Leben / BU
Nordkamp Lebensversicherung AG
Tel. 0251 7730-2208"""

SIG_NAIR = """Kind regards,
Priya Nair
International Broker Desk
Nordkamp Versicherungsgruppe | Hafenweg 12 | 48155 Münster | Germany
+49 251 7730-4490"""

SIG_HOLLERBACH = """Freundliche Grüße
Sven Hollerbach
Provisions- und Courtageabrechnung
Nordkamp Versicherungsgruppe
Tel. 0251 7730-3150 | Fax 0251 7730-3199"""

SIG_DEMIR = """Viele Grüße
Aylin Demir
Bestandsservice / Bestandsübertragungen
Nordkamp Versicherungsgruppe, Hafenweg 12, 48155 Münster
Tel. 0251 7730-3361"""

DISCLAIMER = """
____________________________________________________________
Nordkamp Versicherungsgruppe | Nordkamp Allgemeine Versicherung AG,
Nordkamp Lebensversicherung AG, Nordkamp Krankenversicherung AG
Sitz Münster, Amtsgericht Münster HRB 40127 / HRB 40128 / HRB 40131
Vorstand: Dr. Bernd Aschoff (Vors.), Ulrike Faßbender, Matthias Krohn
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht
der richtige Adressat sind, informieren Sie bitte den Absender und
löschen Sie diese Nachricht."""

# ==========================================================================
# The mails
# ==========================================================================

def m001():
    body = """Hallo Herr Hallbeck,

vielen Dank für den Antrag, der heute über das Portal bei uns eingegangen ist.
Bevor wir die Risikoprüfung abschließen können, brauchen wir zu Frage 4
(Behandlungen in den letzten 5 Jahren) noch Angaben von Ihrer Kundin:

Frau Svenja Korthals, geb. 14.03.1989, BU-Antrag Nr. A-BU-2026-118734

Angegeben ist "Bandscheibenvorfall LWS 2023, ausgeheilt". Dazu bitte:
- genaue Diagnose (laut Befund M51.2), behandelnder Orthopäde
- Dauer der Arbeitsunfähigkeit
- ob Physiotherapie noch läuft und ob in den letzten 12 Monaten Beschwerden
  aufgetreten sind
- ggf. MRT-Befund (Kopie reicht)

Am einfachsten nutzen Sie unseren Zusatzfragebogen "Wirbelsäule", den Sie im
Portal unter Formulare finden. Bitte schicken Sie die Unterlagen über das
SecureMail-Portal und nicht als normalen Anhang.

""" + SIG_QUAST + DISCLAIMER
    return build(1, "Dr. Mareike Quast <mareike.quast@%s>" % INS,
                 "Finn Hallbeck <f.hallbeck@hallbeck-assekuranz.example>",
                 "Rückfrage Risikoprüfung BU-Antrag A-BU-2026-118734",
                 "Tue, 03 Nov 2026 09:14:22 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
             "underwriting query on a named applicant's BU application: herniated disc M51.2, physiotherapy, birth date")


def m002():
    text = """Nordkamp Makler-Info 11/2026

Neue BU-Tarifgeneration "BU Klar" ab 01.01.2027

- Nur noch 9 statt 14 Gesundheitsfragen, Abfragezeitraum 3 bzw. 5 Jahre
- Psychotherapie: Beratungsgespräche ohne Diagnose (max. 5 Sitzungen) müssen
  nicht mehr angegeben werden
- Allergien ohne Dauermedikation und Brillenträger ohne Augenerkrankung
  gelten als unkritisch
- Nachversicherungsgarantie bei Heirat, Geburt eines Kindes und Gehaltssprung
  ohne erneute Gesundheitsprüfung

Die Risikovoranfrage bleibt anonym: Sie schicken uns die Angaben ohne Namen,
wir antworten innerhalb von 48 Stunden verbindlich.

Webinar-Termine und Produktunterlagen finden Sie im Maklerportal.

Ihr Team der Maklerbetreuung
Nordkamp Versicherungsgruppe

Abmelden: https://makler.nordkamp-versicherung.example/newsletter/abmelden
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#0b4a6f">Nordkamp Makler-Info 11/2026</h2>
<h3>Neue BU-Tarifgeneration &bdquo;BU Klar&ldquo; ab 01.01.2027</h3>
<ul>
<li>Nur noch <b>9 statt 14 Gesundheitsfragen</b>, Abfragezeitraum 3 bzw. 5 Jahre</li>
<li>Psychotherapie: Beratungsgespräche ohne Diagnose (max. 5 Sitzungen) müssen nicht mehr angegeben werden</li>
<li>Allergien ohne Dauermedikation und Brillenträger ohne Augenerkrankung gelten als unkritisch</li>
<li>Nachversicherungsgarantie bei Heirat, Geburt eines Kindes und Gehaltssprung ohne erneute Gesundheitsprüfung</li>
</ul>
<p>Die Risikovoranfrage bleibt anonym: Sie schicken uns die Angaben ohne Namen, wir antworten innerhalb von 48&nbsp;Stunden verbindlich.</p>
<p>Webinar-Termine und Produktunterlagen finden Sie im <a href="https://makler.nordkamp-versicherung.example">Maklerportal</a>.</p>
<p>Ihr Team der Maklerbetreuung<br>Nordkamp Versicherungsgruppe</p>
<p style="font-size:11px;color:#777"><a href="https://makler.nordkamp-versicherung.example/newsletter/abmelden">Abmelden</a></p>
</body></html>"""
    return build(2, "Nordkamp Makler-Info <makler-info@%s>" % INS,
                 "makler-verteiler-nord@%s" % INS,
                 "Makler-Info 11/2026: BU Klar – weniger Gesundheitsfragen",
                 "Wed, 04 Nov 2026 07:30:00 +0100", text, html=html), \
        meta("NORMAL", "de", "newsletter",
             "trap: product newsletter on BU health questions, psychotherapy, allergies; no person")


def m003():
    rows = [["Nordkamp Versicherungsgruppe – Courtage schedule 2027 (broker agreement annex 3)"],
            [],
            ["Line", "Product", "Initial commission", "Unit", "Renewal commission", "Liability period (months)"],
            ["Life", "Term life RL-Plus", 2.5, "% of total premiums", 0.0, 60],
            ["Life", "Income protection BU Klar", 3.8, "% of total premiums", 1.0, 60],
            ["Health", "Dental top-up ZahnPlus", 6.0, "monthly premiums", 0.0, 24],
            ["Health", "Hospital top-up KlinikKomfort", 7.0, "monthly premiums", 0.0, 24],
            ["Health", "Full cover PKV Vollschutz", 9.0, "monthly premiums", 0.0, 60],
            ["Property", "Household Hausrat Komfort", 20.0, "% of annual premium", 15.0, 0],
            ["Property", "Buildings Wohngebäude Premium", 18.0, "% of annual premium", 12.5, 0],
            ["Motor", "Private motor", 5.0, "% of annual premium", 5.0, 0],
            ["Liability", "Private liability", 25.0, "% of annual premium", 15.0, 0],
            [],
            ["Health commissions capped according to § 50 VAG (max. 9 monthly premiums)."]]
    body = """Dear Charlotte,

as promised on the phone, attached is our courtage schedule for 2027. Changes
against 2026 are only in the health block (hospital top-up +1 monthly premium)
and in buildings renewal commission (12.5 % instead of 12 %).

The schedule becomes annex 3 to your broker agreement; no signature needed,
it applies from 1 January unless you object in writing.

""" + SIG_NAIR
    return build(3, "Priya Nair <priya.nair@%s>" % INS,
                 "Charlotte Bramwell <c.bramwell@fairway-brokers.example>",
                 "Courtage schedule 2027",
                 "Wed, 04 Nov 2026 11:02:51 +0100", body,
                 attachments=[att("Nordkamp_courtage_schedule_2027.xlsx", XLSX, xlsx([("2027", rows)]))]), \
        meta("NORMAL", "en", "insurer-to-broker",
             "trap: commission rates per product incl. life and health; no customer, company broker")


def m004():
    body = """Moin Frau Voss,

danke für Ihre Nachricht. Die Bestandsübertragung der Kfz-Verträge aus dem
Bestand von Herrn Schwieger auf Ihre Firma ist bei uns gebucht, wirksam zum
01.12.2026. Die Liste mit den Verträgen hängt an (nur Kfz und Haftpflicht).

Die Courtage für die übertragenen Verträge läuft ab der Dezember-Abrechnung
auf Ihre Vermittlernummer 40-7719.

""" + SIG_DEMIR
    rows = [["Vertragsnr.", "VN Name", "Vorname", "Anschrift", "Sparte", "Kennzeichen", "Jahresbeitrag EUR"],
            ["KH-4471-310552", "Dreyer", "Holger", "Am Lehmkuhlen 7, 21465 Reinbek", "Kfz", "OD-HD 412", 612.40],
            ["KH-4471-298106", "Nguyen", "Thi Mai", "Wandsbeker Chaussee 188, 22089 Hamburg", "Kfz", "HH-TN 2217", 488.10],
            ["PH-2209-077413", "Nguyen", "Thi Mai", "Wandsbeker Chaussee 188, 22089 Hamburg", "Privathaftpflicht", "", 79.90],
            ["KH-4471-333870", "Ostrowski", "Paweł", "Kirchenweg 3a, 22869 Schenefeld", "Kfz", "PI-PO 77", 954.00],
            ["HR-1180-556201", "Ostrowski", "Paweł", "Kirchenweg 3a, 22869 Schenefeld", "Hausrat", "", 142.35]]
    return build(4, "Aylin Demir <aylin.demir@%s>" % INS,
                 "Melanie Voss <m.voss@hallbeck-assekuranz.example>",
                 "AW: Bestandsübertragung Schwieger -> Hallbeck Assekuranz",
                 "Thu, 05 Nov 2026 14:40:09 +0100", body,
                 attachments=[att("Bestand_Uebertragung_Schwieger_Kfz.xlsx", XLSX, xlsx([("Übertragung", rows)]))]), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker",
             "portfolio transfer list in XLSX only: named customers with addresses, motor/liability/household contracts, plates")


def m005():
    body = """Guten Tag,

ich bin bis einschließlich 13.11.2026 nicht im Büro und lese meine E-Mails
nur unregelmäßig. In dringenden Fällen wenden Sie sich bitte an meinen
Kollegen Tobias Reinecke (0251 7730-4415, tobias.reinecke@nordkamp-versicherung.example)
oder an die Makler-Hotline 0251 7730-4400.

Anträge und Unterlagen mit Gesundheitsangaben senden Sie bitte weiterhin
ausschließlich über das SecureMail-Portal.

Jana Oltmanns"""
    return build(5, "Jana Oltmanns <jana.oltmanns@%s>" % INS,
                 "Stefanie Kessler <kessler@kessler-partner.example>",
                 "Abwesenheitsnotiz: AW: Termin Jahresgespräch",
                 "Fri, 06 Nov 2026 08:01:13 +0100", body,
                 headers=[("Auto-Submitted", "auto-replied")]), \
        meta("NORMAL", "de", "insurer-to-broker", "out-of-office reply, mentions health data only as a rule")


def m006():
    body = """Hi Rajesh,

quick one on your client's term life application (ref. TL-2026-40518,
Mr Jonathan Whitcombe, DOB 22/06/1978).

Underwriting outcome: we can offer cover at a 50 % extra premium. Reason is
the blood pressure readings from the GP report (162/98 and 158/95, on
amlodipine 10 mg since 2024) together with a BMI of 33. If he can give us
two readings below 140/90 from the next 6 months we'll review the loading.

Standard exclusions do not apply. Offer is valid for 60 days.

Let me know if he wants to proceed.

""" + SIG_NAIR
    return build(6, "Priya Nair <priya.nair@%s>" % INS,
                 "Rajesh Menon <r.menon@fairway-brokers.example>",
                 "TL-2026-40518 - underwriting decision",
                 "Fri, 06 Nov 2026 16:22:40 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
             "underwriting decision with extra premium: hypertension readings, medication, BMI of named applicant")


def m007():
    body = """Sehr geehrter Herr Tiedemann,

Ihr Zugang zum Nordkamp Maklerportal wurde eingerichtet.

Benutzername: tiedemann.j.4471
Einmal-Passwort: wird Ihnen separat per SMS an die hinterlegte Mobilnummer
gesendet

Bitte melden Sie sich innerhalb von 7 Tagen an und vergeben Sie ein eigenes
Passwort. Danach werden Sie gebeten, eine Sicherheitsfrage festzulegen.

Als Makleradministrator Ihrer Firma können Sie anschließend weitere Benutzer
anlegen und ihnen Bestandsrechte zuweisen.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf
diese E-Mail.

Nordkamp Maklerportal"""
    return build(7, "Nordkamp Maklerportal <noreply-portal@%s>" % INS,
                 "Jörg Tiedemann <info@tiedemann-versicherungen.example>",
                 "Ihr Zugang zum Nordkamp Maklerportal",
                 "Mon, 09 Nov 2026 10:00:02 +0100", body,
                 headers=[("Auto-Submitted", "auto-generated")]), \
        meta("NORMAL", "de", "insurer-to-broker", "trap: portal registration mail with user name and password wording, no password, no customer")


def m008():
    body = """Hallo Kai-Uwe,

der nächtliche GDV-Import für den Polaris-Pool ist heute wieder abgebrochen.
Auszug aus dem Log:

2026-11-09 02:14:07 INFO  Datei POLARIS_20261108.gdv geladen, 18.442 Sätze
2026-11-09 02:14:09 INFO  Satzart 0001 Vorsatz ok, VU-Nr. 5712
2026-11-09 02:15:31 WARN  Satzart 0220 Sparte 010 (Leben): 37 Sätze ohne Vertragsstatus
2026-11-09 02:15:32 ERROR Satzart 0221 Sparte 030 (Unfall): Feldlänge 257 statt 256, Zeile 11.809
2026-11-09 02:15:32 ERROR Import abgebrochen, Rollback

Sieht aus wie im Oktober: der Pool liefert die 0221 noch im alten
Release-Stand 2013. Kannst du bei denen nachfragen, ob sie auf 2018.1
umgestellt haben? Ich lasse den Job heute Nacht erst mal deaktiviert.

Gruß
Björn

--
Björn Kestermann | Anwendungsbetreuung Vertriebssysteme | Nordkamp | Tel. -5120"""
    return build(8, "Björn Kestermann <bjoern.kestermann@%s>" % INS,
                 "Kai-Uwe Brandes <kai-uwe.brandes@%s>" % INS,
                 "GDV-Import Polaris abgebrochen (Satzart 0221)",
                 "Mon, 09 Nov 2026 07:48:55 +0100", body), \
        meta("NORMAL", "de", "internal", "trap: import log naming life/accident record types and counts, no contract or person")


def m009():
    body = """Sehr geehrter Herr Kamphausen,

anbei die Courtageabrechnung Oktober 2026 für die über den Polaris Pool
vermittelten Verträge. Die Gutschrift von 18.930,27 EUR geht am 12.11. auf
das bekannte Poolkonto.

Auffällig sind zwei Stornobelastungen aus dem Bereich Leben, Details in der
Anlage (Blatt "Storno").

""" + SIG_HOLLERBACH
    rows = [["Vermittler", "Vertragsnr.", "VN", "Sparte", "Tarif", "Bewertungssumme", "Satz", "Courtage EUR"],
            ["40-8812 Kessler & Partner", "LV-0917-224580", "Berger, Annika", "Leben", "BU Klar", 61200.00, "3,8 %", 2325.60],
            ["40-8812 Kessler & Partner", "KV-3301-118260", "Berger, Annika", "Kranken", "ZahnPlus", 38.40, "6 MB", 230.40],
            ["40-9025 VK Rhein-Ruhr", "LV-0917-225102", "Yilmaz, Mehmet", "Leben", "RL-Plus", 24600.00, "2,5 %", 615.00],
            ["40-9025 VK Rhein-Ruhr", "KV-3301-119044", "Schuster, Ingeborg", "Kranken", "KlinikKomfort", 64.10, "7 MB", 448.70],
            ["40-9131 Petersen", "HR-1180-561377", "Albers, Jens", "Hausrat", "Komfort", 168.00, "20 %", 33.60]]
    storno = [["Vertragsnr.", "VN", "Sparte", "Beginn", "Storno zum", "Grund", "Rückbelastung EUR"],
              ["LV-0917-201933", "Hagedorn, Rüdiger", "Leben", "01.03.2024", "01.10.2026", "Kündigung VN", -1148.20],
              ["LV-0917-209874", "Lück, Marion", "Leben (BU)", "01.09.2025", "01.11.2026", "Beitragsfreistellung", -1720.55]]
    return build(9, "Sven Hollerbach <sven.hollerbach@%s>" % INS,
                 "Rüdiger Kamphausen <r.kamphausen@polaris-pool.example>",
                 "Courtageabrechnung 10/2026 Polaris Pool",
                 "Tue, 10 Nov 2026 13:05:44 +0100", body,
                 attachments=[att("Courtage_10-2026_Polaris.xlsx", XLSX,
                                  xlsx([("Abrechnung", rows), ("Storno", storno)]))]), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
             "commission statement in XLSX lists named customers with life, BU and health contracts and clawbacks; body harmless")


def m010():
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Nordkamp//Maklerakademie//DE\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:nk72-webinar-20261119@nordkamp-versicherung.example\r
DTSTAMP:20261110T090000Z\r
DTSTART:20261119T140000Z\r
DTEND:20261119T153000Z\r
SUMMARY:Webinar: Risikoprüfung bei Vorerkrankungen (Diabetes\\, Bluthochdruck\\, Psyche)\r
DESCRIPTION:Referentin: Dr. Mareike Quast\\, Risikoprüfung Leben/BU.\\nInhalte: typische Fälle aus der Praxis (anonymisiert)\\, Zusatzfragebögen\\, Risikovoranfrage\\, Zuschläge und Ausschlüsse.\\nEinwahl: https://akademie.nordkamp-versicherung.example/w/8812\\n1\\,5 IDD-Weiterbildungsstunden.\r
LOCATION:Online\r
ORGANIZER;CN=Nordkamp Maklerakademie:mailto:akademie@nordkamp-versicherung.example\r
END:VEVENT\r
END:VCALENDAR\r
"""
    body = """Liebe Maklerinnen und Makler,

am 19.11. um 15:00 Uhr zeigt Ihnen Dr. Mareike Quast aus der Risikoprüfung,
wie wir Anträge mit Vorerkrankungen einschätzen: Diabetes Typ 2,
Bluthochdruck, Rückenleiden, psychische Erkrankungen. Alle Fälle sind
anonymisiert. Den Kalendereintrag finden Sie im Anhang.

Die Teilnahme wird mit 1,5 Stunden auf Ihre IDD-Weiterbildung angerechnet.

Nordkamp Maklerakademie"""
    return build(10, "Nordkamp Maklerakademie <akademie@%s>" % INS,
                 "makler-verteiler-nord@%s" % INS,
                 "Einladung Webinar 19.11.: Risikoprüfung bei Vorerkrankungen",
                 "Tue, 10 Nov 2026 10:00:00 +0100", body,
                 attachments=[att("webinar_risikopruefung.ics", "text/calendar", ics)]), \
        meta("NORMAL", "de", "insurer-to-broker", "trap: webinar invite (ICS) listing diseases as topics, anonymised cases")


def m011():
    body = """Dear Mr Achterberg,

thank you for the signed broker mandate, which reached us on 9 November.

We have registered Fairway Insurance Brokers Ltd as your broker for the
following contracts with effect from 1 December 2026:

  Household contents   HR-1180-549920
  Private liability    PH-2209-081145
  Motor (VW Touran, HH-KA 3318)   KH-4471-327761

From that date Fairway will receive all correspondence on these contracts
and will be your first point of contact. Your premiums, cover and direct
debit remain unchanged.

Yours sincerely,
Aylin Demir
Customer Service / Portfolio Transfers
Nordkamp Versicherungsgruppe
""" + DISCLAIMER
    return build(11, "Aylin Demir <aylin.demir@%s>" % INS,
                 "Karsten Achterberg <k.achterberg@mailbox.example>",
                 "Your broker mandate - Fairway Insurance Brokers",
                 "Tue, 10 Nov 2026 15:17:03 +0100", body,
                 cc="Charlotte Bramwell <c.bramwell@fairway-brokers.example>"), \
        meta("CONFIDENTIAL", "en", "insurer-to-customer",
             "confirmation of broker mandate to named customer with household, liability and motor policy numbers and plate")


def m012():
    body = """Hallo Frau Lück, hallo Herr Kamphausen,

leider ja: die Rückbelastung ist korrekt. Die BU Ihrer Kundin wurde nach
14 Monaten beitragsfrei gestellt, damit greift die Stornohaftung nach
§ 5 Ihrer Courtagevereinbarung (60 Monate, ratierlich).

  Vertrag LV-0917-209874, VN Marion Lück (nicht verwandt, nehme ich an :-))
  ausgezahlte Abschlusscourtage 2.325,60 EUR
  verdient 14/60 = 542,64 EUR (gerundet wegen Beitragspausen 604,95)
  Rückbelastung 1.720,55 EUR

Wenn die Kundin innerhalb von 12 Monaten wieder Beiträge aufnimmt, schreiben
wir die Courtage anteilig wieder gut.

""" + SIG_HOLLERBACH + """

-----Ursprüngliche Nachricht-----
Von: Katrin Lück <k.lueck@polaris-pool.example>
Gesendet: Dienstag, 10. November 2026 17:02
An: Hollerbach, Sven
Cc: Kamphausen, Rüdiger
Betreff: Stornobelastung LV-0917-209874

Hallo Herr Hollerbach,

in der Oktoberabrechnung sind uns 1.720,55 EUR für die BU von Frau Lück
belastet worden. Die Kundin hat nur beitragsfrei gestellt, weil sie gerade
in Elternzeit ist, nicht gekündigt. Ist das wirklich richtig?

Gruß Katrin Lück
Polaris Pool AG, Abrechnung"""
    return build(12, "Sven Hollerbach <sven.hollerbach@%s>" % INS,
                 "Katrin Lück <k.lueck@polaris-pool.example>",
                 "AW: Stornobelastung LV-0917-209874",
                 "Wed, 11 Nov 2026 09:33:18 +0100", body,
                 cc="Rüdiger Kamphausen <r.kamphausen@polaris-pool.example>"), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
             "clawback on a named customer's BU (life) contract, parental leave mentioned")


def m013():
    body = """Hallo zusammen,

zur Info für die Dezember-Planung: ab 01.12.2026 übernimmt Tobias Reinecke
zusätzlich die Betreuung der Maklerpools (Polaris, FinanzWerk, Nordstern).
Jana Oltmanns konzentriert sich auf die Direktmakler in Hamburg und
Schleswig-Holstein. Die Zuordnung im CRM passe ich bis Ende November an.

Bitte informiert eure Ansprechpartner in den Pools bei Gelegenheit mündlich,
ein offizielles Schreiben geht in KW 48 raus.

Danke und Gruß
Henning

Henning Lammers
Leitung Maklervertrieb Nord"""
    return build(13, "Henning Lammers <henning.lammers@%s>" % INS,
                 "maklervertrieb-nord@%s" % INS,
                 "Neue Zuständigkeit Pools ab 01.12.",
                 "Wed, 11 Nov 2026 12:10:40 +0100", body), \
        meta("NORMAL", "de", "internal", "organisational announcement naming colleagues, no personal data")


def m014():
    body = """Hello Daniel,

following up on our call: the enrolment list for the company health plan
(bKV) of Harbour Logistics GmbH has been processed. 212 of 214 employees are
insured from 1 December; two entries failed validation, see below. Please
check and resend those two rows through the portal.

- Row 87: Rebecca Schäfer-Ohm, birth date 31.02.1991 (invalid date)
- Row 153: Luca Moretti, personnel no. 30518, start date before contract start

The complete confirmed list with the individual member numbers is attached.

Best regards
Lena Fuhrmann
Group Health / bKV Operations
Nordkamp Krankenversicherung AG"""
    rows = [["Personalnr.", "Name", "Vorname", "Geburtsdatum", "Tarif", "Mitgliedsnr.", "Beginn"],
            [30011, "Abdi", "Hamza", "1987-04-19", "bKV Budget 600", "KV-B-771204", "2026-12-01"],
            [30014, "Brinkmann", "Petra", "1969-10-02", "bKV Budget 600", "KV-B-771205", "2026-12-01"],
            [30022, "Castro Lima", "Beatriz", "1994-01-27", "bKV Budget 600 + Zahn", "KV-B-771206", "2026-12-01"],
            [30037, "Dombrowski", "Marek", "1979-07-08", "bKV Budget 600", "KV-B-771207", "2026-12-01"],
            [30041, "Eilers", "Frauke", "1983-12-15", "bKV Budget 600 + Zahn", "KV-B-771208", "2026-12-01"],
            ["...", "(207 weitere Zeilen in der Originaldatei)", "", "", "", "", ""]]
    return build(14, "Lena Fuhrmann <lena.fuhrmann@%s>" % INS,
                 "Daniel O'Connor <d.oconnor@northbridge-benefits.example>",
                 "bKV Harbour Logistics - enrolment processed",
                 "Thu, 12 Nov 2026 10:45:12 +0100", body,
                 attachments=[att("Harbour_Logistics_bKV_confirmed.xlsx", XLSX, xlsx([("Bestand", rows)]))]), \
        meta("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
             "group health enrolment: named employees with birth dates and health plan membership (fact of health insurance)")


def m015():
    body = """Sehr geehrte Damen und Herren,

wir sind ein Maklerbetrieb und möchten gern wissen, welche Wartezeiten in
Ihrem Zahnzusatztarif gelten... so stand es in Ihrer Anfrage vom 9.11.

Gern die Kurzfassung für ZahnPlus:
- Keine Wartezeit für Prophylaxe und Zahnbehandlung
- 8 Monate Wartezeit für Zahnersatz und Kieferorthopädie
- Leistungsbegrenzung in den ersten 4 Jahren: 1.000 / 2.000 / 3.000 /
  4.000 EUR, entfällt bei Unfall
- Laufende oder angeratene Behandlungen sind nicht versichert

Die Versicherungsbedingungen (AVB ZahnPlus 2026) und das
Produktinformationsblatt finden Sie im Maklerportal unter Kranken > Zahn.
Eine Courtagezusage erhalten Sie, sobald Ihre Anbindung abgeschlossen ist;
Ihr Antrag auf Anbindung liegt mir vor.

Mit freundlichen Grüßen
Tobias Reinecke
Maklerbetreuung
Nordkamp Versicherungsgruppe
""" + DISCLAIMER
    return build(15, "Tobias Reinecke <tobias.reinecke@%s>" % INS,
                 "info@makler-brunsbek.example",
                 "AW: Anfrage Wartezeiten Zahnzusatz",
                 "Thu, 12 Nov 2026 14:02:31 +0100", body), \
        meta("NORMAL", "de", "insurer-to-broker", "trap: generic dental product information to a prospective broker, no customer")


def m016():
    body = """Hi Charlotte,

I'm sorry this is taking so long. I've chased our claims team again this
morning. Current status of the water damage claim:

  Claim no. SH-2026-0088127, policyholder Mrs Eleanor Fairbanks
  Buildings policy WG-5510-204413, 14 Elbchaussee-Terrassen, 22763 Hamburg
  Loss date 28 September 2026 (burst pipe, upstairs bathroom)

The loss adjuster's report came in on 6 November. The only open point is
the invoice from the drying company (Trocknungsservice Wulff), which does not
show the meter readings. As soon as we have those we'll pay the
undisputed amount of EUR 14,380 – probably next week.

Nobody was hurt and the tenants could stay in the flat, so this is "only"
money, but I understand your client is getting impatient.

""" + SIG_NAIR + """

From: Charlotte Bramwell <c.bramwell@fairway-brokers.example>
Sent: 11 November 2026 18:40
To: Priya Nair
Subject: Fairbanks - burst pipe - 6 weeks and nothing???

Priya, my client has been waiting six weeks. The adjuster was there in
October. She has threatened to go to the ombudsman. Can you PLEASE find out
what is going on.
C."""
    return build(16, "Priya Nair <priya.nair@%s>" % INS,
                 "Charlotte Bramwell <c.bramwell@fairway-brokers.example>",
                 "RE: Fairbanks - burst pipe - 6 weeks and nothing???",
                 "Thu, 12 Nov 2026 09:51:07 +0100", body), \
        meta("CONFIDENTIAL", "en", "insurer-to-broker",
             "slow buildings claim: named policyholder, claim and policy numbers, insured address; nobody hurt")


def m017():
    body = """Hallo Kai-Uwe,

für die BiPRO-Testumgebung habe ich die Testfälle für Norm 430.4
(Transfer von Dokumenten) angelegt. Alle Personen sind fiktiv und im
Bestandssystem mit Kennzeichen TEST markiert:

  Max Mustermann (fiktiv), geb. 01.01.1970, Vertrag TEST-LV-000001
  Erika Mustermann (fiktiv), geb. 12.08.1964, Vertrag TEST-KV-000002
  Firma Muster GmbH (fiktiv), Vertrag TEST-GW-000003

Beispiel-IBAN für den SEPA-Testfall: DE02 1203 0000 0000 2020 51
(die offizielle Testnummer, kein echtes Konto).

Die Lieferungen erzeugen je ein Dokument Typ "Nachtrag", "Beitragsrechnung"
und "Leistungsabrechnung" (Dummy-PDF mit Lorem ipsum). Die Makler-Testzugänge
für Polaris und Fairway sind freigeschaltet.

Gruß
Nadine

Nadine Wöstmann | IT Vertriebsschnittstellen | Nordkamp"""
    return build(17, "Nadine Wöstmann <nadine.woestmann@%s>" % INS,
                 "Kai-Uwe Brandes <kai-uwe.brandes@%s>" % INS,
                 "BiPRO 430.4 Testfälle angelegt",
                 "Fri, 13 Nov 2026 11:19:50 +0100", body), \
        meta("NORMAL", "de", "internal",
             "trap: fictitious test persons with birth dates and life/health test contracts, published test IBAN")


def m018():
    body = """Sehr geehrter Herr Tiedemann,

wir bestätigen die Kündigung der Wohngebäudeversicherung Ihres Kunden

  Herrn Dr. Ulrich Pfannkuch
  Vertrag WG-5510-188734, Risikoort Lindenallee 14, 25421 Pinneberg

zum 01.01.2027 wegen Verkaufs des Gebäudes (§ 96 VVG). Der Beitrag für das
Jahr 2027 wird nicht mehr eingezogen. Bitte teilen Sie uns Namen und
Anschrift des Erwerbers mit, soweit bekannt – der Vertrag geht bis zum
Kündigungszeitpunkt kraft Gesetzes auf ihn über.

Mit freundlichen Grüßen
Aylin Demir
Bestandsservice"""
    return build(18, "Aylin Demir <aylin.demir@%s>" % INS,
                 "Jörg Tiedemann <info@tiedemann-versicherungen.example>",
                 "Kündigungsbestätigung WG-5510-188734",
                 "Fri, 13 Nov 2026 15:26:30 +0100", body), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker",
             "cancellation of a named customer's buildings policy with insured address")


def m019():
    body = """Dear all,

please find below the complaint statistics for the broker channel, Q3 2026.
Figures include all lines; no individual cases are listed.

                              Q2 2026   Q3 2026
Complaints total                  148       131
 of which claims duration          61        52
 of which health claims            27        19
 of which commission               14        17
Average claims settlement (days)
 health outpatient                6.8       6.2
 health inpatient                 9.4      10.1
 disability (BU) first decision   71        64
 buildings                        23        27
Ombudsman cases                     4         3

The rise in buildings settlement time is due to the storm "Xaver II" in
August. BU decisions got faster because GP reports are now requested
electronically.

Claudia Wessels
Complaints Management"""
    return build(19, "Claudia Wessels <claudia.wessels@%s>" % INS,
                 "Fairway broker team <team@fairway-brokers.example>",
                 "Broker complaints statistics Q3 2026",
                 "Mon, 16 Nov 2026 10:04:00 +0100", body,
                 cc="Priya Nair <priya.nair@%s>" % INS), \
        meta("NORMAL", "en", "insurer-to-broker", "trap: aggregate complaint and claims-duration statistics incl. health and BU, no case")


def m020():
    fwd_msg = inner("Anja Petersen <post@petersen-makler.example>",
                    "Maklerbetreuung Nordkamp <maklerbetreuung@%s>" % INS,
                    "neue Bankverbindung Courtage",
                    "Fri, 13 Nov 2026 19:12:44 +0100",
                    """Hallo liebes Nordkamp-Team,

ich habe zum 1.12. die Bank gewechselt. Bitte die Courtage ab der
Dezemberabrechnung auf mein neues Geschäftskonto überweisen:

Kontoinhaberin: Anja Petersen, Versicherungsmaklerin
IBAN DE35 4404 0037 0320 0776 11
BIC COBADEFFXXX

Meine Steuernummer bleibt gleich (19/218/40716). Das alte Konto wird zum
31.12. aufgelöst.

Danke und liebe Grüße aus Kiel
Anja Petersen
Versicherungsmaklerin (Einzelunternehmen), Reg.-Nr. D-4K2T-MPX81-19
""",
                    msgid="<a1f3e9.petersen@petersen-makler.example>")
    body = """Hallo Sven,

bitte einmal die Bankverbindung von Frau Petersen (Vermittlernummer 40-9131)
umstellen, siehe weitergeleitete Mail. Ich habe telefonisch gegengecheckt,
die Änderung kommt wirklich von ihr.

Danke, Jana
""" + SIG_OLTMANNS
    return build(20, "Jana Oltmanns <jana.oltmanns@%s>" % INS,
                 "Sven Hollerbach <sven.hollerbach@%s>" % INS,
                 "WG: neue Bankverbindung Courtage",
                 "Mon, 16 Nov 2026 08:22:19 +0100", body,
                 attachments=[fwd(fwd_msg)]), \
        meta("CONFIDENTIAL", "de", "broker",
             "sole-trader broker's new IBAN and tax number, only inside the forwarded message/rfc822")

def m021():
    body = """Hallo Herr Lindqvist,

ich habe mir die Krankentagegeld-Sache Ihres Kunden nochmal angesehen und
mit der Leistungsabteilung gesprochen. Hintergrund für die Verzögerung:

Die AU-Bescheinigungen von Dr. Feldhaus (Psychiatrie) liegen vollständig
vor, für die Zeit ab 05.10. fehlt aber der Befundbericht, den wir
angefordert hatten. Ohne den können wir die Arbeitsunfähigkeit nach
Woche 6 nicht weiter anerkennen. Die Zahlung bis 04.10. (42 Tage x 95 EUR)
ist raus.

Wenn Ihr Kunde Dr. Feldhaus bittet, den Bericht direkt an uns zu
schicken, geht es sofort weiter. Schweigepflichtentbindung liegt vor.

Gruß
Jana Oltmanns

> Von: Marco Lindqvist <m.lindqvist@vk-rheinruhr.example>
> Gesendet: Freitag, 13. November 2026 16:55
> Betreff: KTG Herr Thomas Brückner, KV-3301-097712 - seit 8 Wochen nichts!
>
> Hallo Frau Oltmanns,
>
> mein Kunde Thomas Brückner ist seit Ende August wegen einer
> Erschöpfungsdepression (Burnout, F32.1) krankgeschrieben und bekommt
> seit Wochen kein Krankentagegeld mehr. Er hat Ihnen alles geschickt.
> Er ist Selbständiger, der hat keine Rücklagen mehr. Das ist echt nicht
> in Ordnung. Bitte kümmern Sie sich!
>
> Marco Lindqvist
> VersicherungsKontor Rhein-Ruhr GmbH
""" + SIG_OLTMANNS
    return build(21, "Jana Oltmanns <jana.oltmanns@%s>" % INS,
                 "Marco Lindqvist <m.lindqvist@vk-rheinruhr.example>",
                 "AW: KTG Herr Thomas Brückner, KV-3301-097712 - seit 8 Wochen nichts!",
                 "Mon, 16 Nov 2026 11:47:02 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
             "complaint about slow daily sickness allowance claim: named customer with depression F32.1, psychiatrist, sick notes")


def m022():
    body = """Dear Mr Okafor,

thank you for your interest in becoming a Nordkamp partner broker.

To set up your agency agreement we need the following documents. Please do
NOT send us any client data at this stage.

  1. Copy of your registration in the German broker register (§ 34d GewO)
  2. Proof of professional indemnity insurance (min. EUR 1,300,380 per claim)
  3. Extract from the commercial register (if a company)
  4. Signed data processing and confidentiality agreement (attached template)
  5. Bank details for commission payments (form B-7, attached)

Once everything is in, your firm administrator receives a portal account
and a one-time password by separate mail.

Kind regards
Fatma Yıldız
Broker Contracts & Sales Law
Nordkamp Versicherungsgruppe"""
    form = pdf(["Nordkamp Versicherungsgruppe", "Formular B-7: Bankverbindung für Courtagezahlungen",
                "", "Vermittlernummer: ____________________",
                "Firma / Name des Vermittlers: ______________________________________",
                "Kontoinhaber: ______________________________________",
                "IBAN: DE__ ____ ____ ____ ____ __", "BIC: ___________",
                "", "Beispiel: IBAN DE89 3704 0044 0532 0130 00 (Musternummer, bitte nicht verwenden)",
                "", "Ort, Datum: _______________   Unterschrift: ______________________",
                "", "Nordkamp Versicherungsgruppe, Hafenweg 12, 48155 Münster"], title="Formular B-7")
    return build(22, "Fatma Yıldız <fatma.yildiz@%s>" % INS,
                 "Chinedu Okafor <c.okafor@okafor-finance.example>",
                 "Partner onboarding - documents needed",
                 "Mon, 16 Nov 2026 15:30:11 +0100", body,
                 attachments=[att("Formular_B-7_Bankverbindung.pdf", PDF, form)]), \
        meta("NORMAL", "en", "insurer-to-broker",
             "trap: onboarding checklist with blank bank-details form and the published sample IBAN")


def m023():
    body = """Sehr geehrte Frau Kessler,

zum Antrag auf private Krankenvollversicherung Ihres Kunden

    Herr Benedikt Rautenberg, geb. 02.09.1985, Antrag A-KV-2026-55871

benötigen wir noch Angaben zum Zahnstatus. Im Antrag ist bei Frage 7
"fehlende Zähne" mit "ja, 2" beantwortet, aber nicht angegeben, ob diese
ersetzt sind. Außerdem wurde im Juli 2026 laut Angabe eine
Wurzelbehandlung an Zahn 36 begonnen.

Bitte lassen Sie den Zahnarzt den beigefügten Zahnbefundbogen ausfüllen
(Zahnschema, geplante Behandlungen, Parodontitis ja/nein). Bis dahin ruht
die Antragsbearbeitung; die Annahmefrist verlängern wir bis 31.12.2026.

Mit freundlichen Grüßen
Lena Fuhrmann
Antragsprüfung Kranken
Nordkamp Krankenversicherung AG"""
    return build(23, "Lena Fuhrmann <lena.fuhrmann@%s>" % INS,
                 "Stefanie Kessler <kessler@kessler-partner.example>",
                 "Antrag A-KV-2026-55871 – Nachfrage Zahnstatus",
                 "Tue, 17 Nov 2026 09:08:45 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
             "PKV application of named person with birth date: missing teeth, root canal treatment")


def m024():
    rows = [["Pool", "Sparte", "Verträge Neugeschäft", "Bewertungssumme EUR", "Stornoquote 24 Mon.", "Ø Bearbeitungszeit Antrag (Tage)"],
            ["Polaris Pool AG", "Leben", 412, 18430200, "7,9 %", 11.4],
            ["Polaris Pool AG", "Kranken", 287, 412800, "5,1 %", 8.2],
            ["Polaris Pool AG", "Sach/HUK", 1630, 731450, "9,8 %", 1.3],
            ["FinanzWerk Maklerservice", "Leben", 198, 8102500, "11,2 %", 12.9],
            ["FinanzWerk Maklerservice", "Kranken", 96, 133900, "6,4 %", 9.0],
            ["FinanzWerk Maklerservice", "Sach/HUK", 870, 402110, "12,1 %", 1.6],
            ["Nordstern Assekuranz-Pool", "Leben", 77, 3010400, "4,3 %", 10.7],
            ["Nordstern Assekuranz-Pool", "Kranken", 41, 61500, "n < 50", 8.8],
            ["Nordstern Assekuranz-Pool", "Sach/HUK", 512, 229340, "8,0 %", 1.1]]
    body = """Hallo Henning,

anbei die Pool-Auswertung Q1–Q3 für das Jahresgespräch mit Polaris am
24.11. Stornoquoten sind wie immer auf 24 Monate gerechnet; bei Nordstern
Kranken ist die Basis zu klein, habe ich ausgeblendet.

Auffällig: FinanzWerk Leben mit 11,2 % Storno – überwiegend
Frühstorno in den ersten 6 Monaten bei Risikoleben. Könnte man ansprechen.

Grüße
Tobias"""
    return build(24, "Tobias Reinecke <tobias.reinecke@%s>" % INS,
                 "Henning Lammers <henning.lammers@%s>" % INS,
                 "Pool-Auswertung Q1-Q3 2026",
                 "Tue, 17 Nov 2026 12:31:09 +0100", body,
                 attachments=[att("Poolauswertung_Q1-Q3_2026.ods", ODS, ods("Pools", rows))]), \
        meta("NORMAL", "de", "internal", "trap: aggregate production and lapse rates per pool and line (ODS), small cell suppressed")


def m025():
    body = """Hi Tom,

re your question from this morning: yes, we can take over the fleet from
the previous insurer with effect from 1 January. Before we can quote I need

- the claims history for the last 5 years from Baltic Freight Services
  GmbH (loss ratio per year is enough, individual claims above EUR 10k
  with description)
- the vehicle list with VINs, registration numbers and first registration
- confirmation who the fleet manager is going forward; currently we have
  Mr Sebastian Harms (s.harms@baltic-freight.example, +49 40 5550 1873)
  as contact under the old fleet policy FL-7702-00418

The vehicle list you sent last week (attached again) still shows three
trailers that were sold in the summer:
  HH-BF 1204  WSM00000003172209
  HH-BF 1207  WSM00000003172214
  HH-BF 1311  NLHBA62PEMJ002931

Best
Tobias Reinecke
Broker Support Commercial Lines
Nordkamp Allgemeine Versicherung AG"""
    csvdata = csv_text([["Kennzeichen", "FIN", "Hersteller", "Typ", "EZ", "Fahrer/Pool"],
                        ["HH-BF 1101", "WDB9634031L887120", "Mercedes-Benz", "Actros 1845", "03/2021", "Pool"],
                        ["HH-BF 1102", "WDB9634031L887554", "Mercedes-Benz", "Actros 1845", "03/2021", "Pool"],
                        ["HH-BF 1150", "WV1ZZZSYZL9004417", "VW", "Crafter", "06/2020", "Harms, Sebastian"],
                        ["HH-BF 1204", "WSM00000003172209", "Schmitz", "SKO 24", "01/2018", "Trailer"],
                        ["HH-BF 1207", "WSM00000003172214", "Schmitz", "SKO 24", "01/2018", "Trailer"],
                        ["HH-BF 1311", "NLHBA62PEMJ002931", "Krone", "SD 27", "09/2019", "Trailer"]])
    return build(25, "Tobias Reinecke <tobias.reinecke@%s>" % INS,
                 "Tom Ashdown <t.ashdown@fairway-brokers.example>",
                 "Baltic Freight fleet - what we need",
                 "Tue, 17 Nov 2026 16:12:55 +0100", body,
                 attachments=[att("BalticFreight_vehicles.csv", "text/csv", csvdata)]), \
        meta("CONFIDENTIAL", "en", "insurer-to-broker",
             "commercial fleet with named fleet manager (contact, phone) who also drives a listed vehicle, VINs, policy number")


def m026():
    body = """Liebe Kolleginnen und Kollegen,

wir suchen zum 01.03.2027 Verstärkung für unser Team in Münster:

  Maklerbetreuer (m/w/d) Kranken- und Pflegeversicherung
  Vollzeit, unbefristet, 2 Tage mobiles Arbeiten

Ihre Aufgaben: Sie betreuen ca. 180 Makler und 3 Pools in der PKV,
Zahn- und Pflegezusatzversicherung und der bKV. Sie erklären unsere
Annahmerichtlinien (z. B. bei Vorerkrankungen), begleiten schwierige
Leistungsfälle im Dialog mit der Leistungsabteilung und führen Schulungen
zu Gesundheitsfragen im Antrag durch.

Ihr Profil: Ausbildung zum/zur Kaufmann/-frau für Versicherungen und
Finanzen, gern mit Weiterbildung zum Fachwirt; Erfahrung in der
Krankenversicherung. Medizinisches Grundwissen (z. B. als ehemalige/r
Gesundheits- und Krankenpfleger/in oder MFA) ist ein Plus.

Wir bieten: Tarifvertrag private Versicherungswirtschaft, 38-Stunden-Woche,
betriebliche Krankenversicherung, JobRad.

Interne Bewerbungen bis 11.12. an personal@nordkamp-versicherung.example.

Ihre Personalabteilung"""
    return build(26, "Personalabteilung <personal@%s>" % INS,
                 "alle-mitarbeiter@%s" % INS,
                 "Interne Stellenausschreibung: Maklerbetreuer/in Kranken",
                 "Wed, 18 Nov 2026 08:00:00 +0100", body), \
        meta("NORMAL", "de", "internal", "trap: job ad mentioning pre-existing conditions, nurses, bKV; no person")


def m027():
    body = """Dear Daniel,

Thank you for your message regarding Ms Kowalczyk.

We have received the notification of her long-term absence under the group
income protection scheme of Harbour Logistics GmbH (scheme GIP-0042,
member no. 0042-0178). To assess the claim we still need:

 * the employer's claim form (section C, last working day and salary:
   you gave 3,850 EUR gross monthly, please confirm),
 * the orthopaedic surgeon's report on the spinal fusion (L4/L5) performed
   on 8 October 2026 at Klinikum Altona,
 * the expected date of return to work / phased return plan.

The deferred period of 13 weeks ends on 7 January 2027; benefits would start
from that date if the claim is accepted.

Kind regards
Henrik Sommerfeld
Claims - Group Income Protection
Nordkamp Lebensversicherung AG"""
    return build(27, "Henrik Sommerfeld <henrik.sommerfeld@%s>" % INS,
                 "Daniel O'Connor <d.oconnor@northbridge-benefits.example>",
                 "RE: GIP-0042 - member 0042-0178",
                 "Wed, 18 Nov 2026 13:40:27 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
             "group income protection claim of a named employee: spinal fusion, hospital, salary")


def m028():
    body = """Hallo Frau Petersen,

kurze Rückmeldung zur Vorversicherungs-Anfrage: Der Vorversicherer hat uns
für Ihren Kunden Herrn Malte Jürgensen (VW Golf, KI-MJ 808) die
SF-Klasse 14 in der Haftpflicht und SF 9 in der Vollkasko bestätigt.
Im Jahr 2024 gab es einen Haftpflichtschaden (Parkrempler, kein
Personenschaden), der bereits berücksichtigt ist.

Damit gilt für den neuen Vertrag KH-4471-340019 ab 01.01.2027:
  KH SF 14 = 33 %
  VK SF 9  = 40 %
Jahresbeitrag 587,22 EUR, Zahlweise jährlich per Lastschrift.

Die Police geht Ihnen in den nächsten Tagen über die Maklerpost zu.

Viele Grüße
Oliver Stratmann
Kfz-Betrieb"""
    return build(28, "Oliver Stratmann <oliver.stratmann@%s>" % INS,
                 "Anja Petersen <post@petersen-makler.example>",
                 "SF-Übernahme Jürgensen",
                 "Wed, 18 Nov 2026 15:03:33 +0100", body), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker", "motor no-claims transfer of named customer: plate, contract, prior claim without injury")


def m029():
    docblocks = ["Nordkamp Lebensversicherung AG – Risikolebensversicherung RL-Plus",
                 "Muster: Gesundheitsfragen im Antrag (Stand 01/2027)",
                 "Diese Vorlage dient nur der Information. Bitte verwenden Sie für Anträge ausschließlich das Formular im Maklerportal.",
                 "Antragsteller: «Vorname» «Nachname», geb. «Geburtsdatum»",
                 "1. Wurden Sie in den letzten 5 Jahren wegen Krankheiten, Beschwerden oder Unfallfolgen ärztlich untersucht, beraten oder behandelt? (Ausgenommen: Erkältungen, Vorsorgeuntersuchungen ohne Befund.) ☐ ja ☐ nein",
                 "2. Bestehen oder bestanden in den letzten 10 Jahren Erkrankungen des Herzens oder der Gefäße, Diabetes, Krebs oder eine HIV-Infektion? ☐ ja ☐ nein",
                 "3. Wurden Sie in den letzten 5 Jahren wegen einer psychischen Erkrankung behandelt? ☐ ja ☐ nein",
                 "4. Nehmen Sie regelmäßig Medikamente ein? ☐ ja ☐ nein",
                 "5. Rauchen Sie oder haben Sie in den letzten 12 Monaten geraucht? ☐ ja ☐ nein",
                 ("table", [["Frage", "Diagnose", "Zeitraum", "Behandler", "ausgeheilt?"],
                            ["«Nr»", "«Diagnose»", "«von – bis»", "«Arzt/Klinik»", "«ja/nein»"]]),
                 "Hinweis nach § 19 Abs. 5 VVG: Verletzen Sie Ihre Anzeigepflicht, kann der Versicherer vom Vertrag zurücktreten."]
    body = """Hallo Herr Hallbeck,

wie gewünscht die Gesundheitsfragen der neuen RL-Plus als Word-Vorlage,
damit Sie Ihre Kunden vorab im Beratungsgespräch darauf vorbereiten
können. Platzhalter stehen in «…».

Viele Grüße
Jana Oltmanns
""" + SIG_OLTMANNS
    return build(29, "Jana Oltmanns <jana.oltmanns@%s>" % INS,
                 "Finn Hallbeck <f.hallbeck@hallbeck-assekuranz.example>",
                 "Vorlage Gesundheitsfragen RL-Plus",
                 "Thu, 19 Nov 2026 09:55:40 +0100", body,
                 attachments=[att("Muster_Gesundheitsfragen_RL-Plus_2027.docx", DOCX, docx(docblocks))]), \
        meta("NORMAL", "de", "insurer-to-broker", "trap: blank health-question template (DOCX) with «placeholders»")


def m030():
    body = """Hello Mr Whitaker,

the previous insurer of your client has come back to our SF request. I'm
forwarding the key facts:

Previous insurer: Hanseatische Kraftfahrt VVaG
Policyholder: Ms Grace Adeyemi, 17 Rothenbaumchaussee, 20148 Hamburg
Vehicle: Mini Cooper, HH-GA 117
Claims-free class third-party liability: SF 6
Claims 2023–2026: one fully comprehensive claim (hail), paid 2,140 EUR

The new policy KH-4471-341188 will be issued with SF 6 / SF 3. She asked
whether she can keep her old direct debit – yes, but we need a new SEPA
mandate because the creditor changes.

Thanks
Oliver Stratmann
Motor Operations"""
    return build(30, "Oliver Stratmann <oliver.stratmann@%s>" % INS,
                 "James Whitaker <j.whitaker@meridian-expat.example>",
                 "SF confirmation - Adeyemi",
                 "Thu, 19 Nov 2026 11:20:00 +0100", body), \
        meta("CONFIDENTIAL", "en", "insurer-to-broker", "motor transfer: named customer, address, plate, claims history")


def m031():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hallo Herr Kamphausen,</p>
<p>wie besprochen die offenen BU- und Risikolebensanträge aus Ihrem Pool mit Stand heute:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde8f0"><th>Antrag</th><th>Antragsteller/in</th><th>Vermittler</th><th>Eingang</th><th>Status</th></tr>
<tr><td>A-BU-2026-117201</td><td>Kaya, Derya (geb. 1991)</td><td>Kessler &amp; Partner</td><td>02.10.2026</td><td>Arztbericht Hausarzt angefordert</td></tr>
<tr><td>A-BU-2026-118044</td><td>Fröhlich, Jannik</td><td>VK Rhein-Ruhr</td><td>14.10.2026</td><td>Zusatzfragebogen Psyche fehlt</td></tr>
<tr><td>A-RL-2026-090312</td><td>Haverkamp, Ines</td><td>Kessler &amp; Partner</td><td>21.10.2026</td><td>Blutuntersuchung (HbA1c) ausstehend</td></tr>
<tr><td>A-BU-2026-118399</td><td>Szymański, Tomasz</td><td>Makler Brunsbek</td><td>28.10.2026</td><td>Angebot mit Ausschluss Schulter links versandt</td></tr>
<tr><td>A-RL-2026-090777</td><td>Wiegand, Carsten</td><td>VK Rhein-Ruhr</td><td>05.11.2026</td><td>in Prüfung</td></tr>
</table>
<p>Die Vermittler bekommen dieselbe Info über die Maklerpost. Bei Fragen gern anrufen.</p>
<p>Viele Grüße<br>Tobias Reinecke<br>Maklerbetreuung Pools<br>Nordkamp Versicherungsgruppe</p>
</body></html>"""
    return build(31, "Tobias Reinecke <tobias.reinecke@%s>" % INS,
                 "Rüdiger Kamphausen <r.kamphausen@polaris-pool.example>",
                 "Offene Anträge Leben/BU Polaris – Stand 19.11.",
                 "Thu, 19 Nov 2026 17:45:10 +0100", html=html), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
             "HTML-only table of pending BU/life applications of named applicants with underwriting status (GP report, HbA1c, shoulder exclusion)")


def m032():
    body = """Hi all,

Roadshow plan for the first week of December – please book your own
trains, hotel is booked centrally (Hotel am Sandtorkai, 2 nights).

Mon 30 Nov  Hamburg   Fairway office, 10:00 product update motor/property
Tue 01 Dec  Hamburg   Meridian Expat Brokers, 09:30; afternoon Polaris
Wed 02 Dec  Kiel      Broker breakfast, Hotel Kieler Förde, 08:30
Thu 03 Dec  back in Münster

Slides: Teams > Broker Sales > Roadshow Dec 2026.
Priya brings the expat health brochures, Tobias the fleet calculator.

Cheers
Henning"""
    return build(32, "Henning Lammers <henning.lammers@%s>" % INS,
                 "Priya Nair <priya.nair@%s>, Tobias Reinecke <tobias.reinecke@%s>" % (INS, INS),
                 "Roadshow Hamburg/Kiel 30.11.-03.12.",
                 "Fri, 20 Nov 2026 09:12:00 +0100", body), \
        meta("NORMAL", "en", "internal", "travel and meeting planning, no personal data")


def m033():
    body = """Sehr geehrter Herr Brandt,

für Ihren Mandanten, Herrn Wolfgang Eichhorst, hat die Nordkamp
Lebensversicherung AG die Leistungen aus der Berufsunfähigkeits-
versicherung LV-0917-156230 mit Schreiben vom 02.10.2026 abgelehnt. Sie
haben dem mit Schreiben vom 29.10.2026 widersprochen.

Wir haben den Fall nochmals geprüft. Nach dem Gutachten von
Prof. Dr. Lenzing (Orthopädie) vom 14.09.2026 ist Ihr Mandant trotz der
Gonarthrose beidseits (M17.0) in seinem zuletzt ausgeübten Beruf als
Elektromeister mit überwiegend planender und leitender Tätigkeit zu
weniger als 50 % beeinträchtigt. Die vom Hausarzt bescheinigte
Einschränkung beim Knien und Steigen betrifft nach der vorgelegten
Tätigkeitsbeschreibung nur etwa 20 % der Arbeitszeit.

Wir bleiben daher bei unserer Entscheidung. Gern stellen wir Ihnen die
vollständige Leistungsakte zur Verfügung; bitte fordern Sie diese über
unser SecureMail-Portal an.

Eine Kopie dieses Schreibens geht an den betreuenden Makler, Herrn
Tiedemann, da Ihr Mandant uns dazu ermächtigt hat.

Mit freundlichen Grüßen
Henrik Sommerfeld
Leistung BU
Nordkamp Lebensversicherung AG"""
    return build(33, "Henrik Sommerfeld <henrik.sommerfeld@%s>" % INS,
                 "RA Dr. Konstantin Brandt <brandt@kanzlei-brandt-hoppe.example>",
                 "BU-Leistungsfall LV-0917-156230 – Ihr Widerspruch vom 29.10.2026",
                 "Fri, 20 Nov 2026 10:30:48 +0100", body,
                 cc="Jörg Tiedemann <info@tiedemann-versicherungen.example>"), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "BU claim rejection to client's lawyer: osteoarthritis M17.0, expert report, occupation")


def m034():
    body = """Hallo Jana,

hab eben deine Nachricht gesehn. ja, die Angaben zum Erwerber aus Pinneberg
hab ich, schick ich dir Montag. Und danke nochmal wegen des Portalzugangs, klappt jetzt.

Schönes WE
Jörg

Von meinem iPhone gesendet"""
    return build(34, "Jana Oltmanns <jana.oltmanns@%s>" % INS,
                 "Aylin Demir <aylin.demir@%s>" % INS,
                 "WG: Erwerber",
                 "Fri, 20 Nov 2026 16:58:02 +0100",
                 "Aylin, zur Info unten – kommt Montag.\n\nJana\n\n---------- Weitergeleitete Nachricht ----------\n"
                 "Von: Jörg Tiedemann <info@tiedemann-versicherungen.example>\nDatum: Fr., 20. Nov. 2026 um 16:41\n"
                 "Betreff: Erwerber\nAn: Jana Oltmanns\n\n" + body), \
        meta("NORMAL", "de", "broker", "forwarded short broker note from iPhone, promises data but contains none")

def m035():
    body = """Dear brokers,

in this month's "Underwriting in practice" we look at a typical case. All
details are invented or changed; the case cannot be traced back to a real
applicant.

The case: a 42-year-old software developer applies for income protection
(EUR 2,000 monthly benefit to age 67). Two years ago he had lower back pain
for several weeks, saw an orthopaedist, had six physiotherapy sessions and
was off work for 10 days. No recurrence since.

What we asked: our spine questionnaire (one page) and the date of the last
consultation. No medical report was needed.

The outcome: standard terms, no exclusion. Back pain without a structural
finding (no disc herniation, no surgery) that has been symptom-free for more
than 12 months is accepted without loading.

What would have changed it: a herniated disc with radiating pain in the last
3 years would typically lead to a spine exclusion, which we review on request
after 3 symptom-free years.

Questions? Reply to this mail or call the underwriting hotline
+49 251 7730-2200.

Nordkamp Underwriting Team"""
    return build(35, "Nordkamp Underwriting <underwriting@%s>" % INS,
                 "broker-newsletter-international@%s" % INS,
                 "Underwriting in practice #7: back pain and income protection",
                 "Mon, 23 Nov 2026 08:15:00 +0100", body), \
        meta("NORMAL", "en", "newsletter", "trap: anonymised underwriting case study (back pain, physiotherapy), invented applicant")


def m036():
    body = """Dear Tom,

thanks for the renewal submission for Elbtal Solar Systems AG. Before we
can confirm renewal terms for the D&O policy DO-8810-00271 (limit EUR 5m)
we need clarification on two points:

1. The management board has changed. Your submission lists
   Dr. Friederike Mahnke (CEO since 1 July 2026) and Mr Arne Voskuhl (CFO).
   Please confirm that Mr Lorenz Tappe, who left in June, has no
   outstanding claims or known circumstances.

2. The annual report mentions an investigation by the public prosecutor in
   Dresden concerning subsidy payments. Is any current or former board
   member personally named in this investigation?

Renewal date is 1 January 2027; if we have the answers by 4 December we'll
quote at expiring terms plus 8 %.

Regards
Tobias Reinecke
Financial Lines / Broker Support"""
    return build(36, "Tobias Reinecke <tobias.reinecke@%s>" % INS,
                 "Tom Ashdown <t.ashdown@fairway-brokers.example>",
                 "D&O renewal Elbtal Solar Systems AG - DO-8810-00271",
                 "Mon, 23 Nov 2026 11:48:20 +0100", body), \
        meta("CONFIDENTIAL", "en", "insurer-to-broker",
             "D&O renewal naming insured directors and policy number; investigation asked about, no person named as suspect")


def m037():
    body = """Hi James,

regarding your client Ms Sofia Lindgren (international health plan
IHP-6620-03319, Singapore module):

We have received the pre-authorisation request from Mount Elizabeth
Novena Hospital for her planned delivery in February 2027 (expected due
date 14 Feb, 36 weeks at the moment, gestational diabetes O24.4 diet-
controlled). Maternity cover applies because the 10-month waiting period
was completed on 1 October 2026.

We can confirm cover for the hospital stay up to SGD 18,000 for a natural
birth and up to SGD 26,000 for a caesarean section. Newborn care is covered
if the baby is added to the policy within 30 days of birth.

The guarantee of payment will go directly to the hospital.

""" + SIG_NAIR
    return build(37, "Priya Nair <priya.nair@%s>" % INS,
                 "James Whitaker <j.whitaker@meridian-expat.example>",
                 "Pre-authorisation maternity - IHP-6620-03319",
                 "Mon, 23 Nov 2026 14:27:05 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
             "expat health: named client's pregnancy, due date, gestational diabetes O24.4, hospital pre-authorisation")


def m038():
    body = """Sehr geehrter Herr Lindqvist,

für Ihren Kunden ist die Lastschrift der Kfz-Prämie zurückgegeben worden:

  Versicherungsnehmer: Herr Ömer Karagöz
  Vertrag: KH-4471-301244 (Ford Focus, E-ÖK 512)
  Fälligkeit 01.11.2026, Betrag 412,76 EUR
  Konto: DE** **** **** **** **58 96 (Rückgabegrund: Konto erloschen)

Bitte weisen Sie Ihren Kunden darauf hin, dass bei Nichtzahlung der
Folgeprämie nach Mahnung gemäß § 38 VVG der Versicherungsschutz entfallen
kann. Eine neue Bankverbindung kann er uns über Sie oder direkt mitteilen.

Mit freundlichen Grüßen
Beitragsservice Kfz
Nordkamp Allgemeine Versicherung AG"""
    return build(38, "Beitragsservice Kfz <beitragsservice@%s>" % INS,
                 "Marco Lindqvist <m.lindqvist@vk-rheinruhr.example>",
                 "Rücklastschrift KH-4471-301244",
                 "Tue, 24 Nov 2026 07:55:41 +0100", body,
                 charset="windows-1252", cte="quoted-printable"), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker",
             "returned direct debit on named customer's motor policy, masked IBAN, plate (windows-1252, QP)")


def m039():
    body = """Dear Partners,

with the next portal release (7 December 2026) we will deliver the following
BiPRO 430.4 document categories to broker management software. Categories
marked * are new.

  Category  Description
  110011    Policy document (new business)
  110012    Endorsement / Nachtrag
  120010    Premium invoice
  140012  * Claims correspondence (property, motor, liability)
  140013  * Benefit statement health (Leistungsabrechnung)
  150010    Commission statement (Courtageabrechnung)
  160010  * Cancellation confirmation

Documents of categories 140013 and all life/health documents are only
delivered to firms that have signed the updated data processing agreement
(version 3.2). Your firm administrator can check the status in the portal
under Firm > Agreements.

Test deliveries are available in the BiPRO test environment from 30 Nov.

Kai-Uwe Brandes
Sales Interfaces (GDV / BiPRO)
Nordkamp Versicherungsgruppe"""
    return build(39, "Kai-Uwe Brandes <kai-uwe.brandes@%s>" % INS,
                 "mvp-partner@%s" % INS,
                 "BiPRO 430.4 - new document categories from 7 Dec",
                 "Tue, 24 Nov 2026 10:10:10 +0100", body), \
        meta("NORMAL", "en", "insurer-to-broker", "trap: interface announcement naming claims and health benefit statements as categories")


def m040():
    body = """Dear Rajesh,

I'm sorry to hear about your client's diagnosis. We received the critical
illness claim for Mrs Hannah Pryce-Morgan (policy CI-0933-01877, sum
assured EUR 150,000) on 20 November.

The histology report from the Universitätsklinikum Eppendorf confirms an
invasive ductal carcinoma of the left breast (C50.4), diagnosed on
3 November 2026. This meets the definition of "cancer" in section 4.1 of
the policy conditions. We only need the oncologist's treatment plan to
close the file; payment can then be made within 5 working days.

Please let us know whether the payment should go to the account on file
or to a different account in her name.

""" + SIG_NAIR
    return build(40, "Priya Nair <priya.nair@%s>" % INS,
                 "Rajesh Menon <r.menon@fairway-brokers.example>",
                 "CI claim - Pryce-Morgan",
                 "Tue, 24 Nov 2026 15:02:33 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker", "critical illness claim: named client's breast cancer C50.4, hospital")


def m041():
    body = """Sehr geehrte Maklerinnen und Makler,

immer wieder erreichen uns Anträge, Arztberichte und Zusatzfragebögen als
normaler E-Mail-Anhang. Bitte nutzen Sie für alles, was Gesundheitsangaben
enthält (Diagnosen, Befunde, Arztrechnungen, Medikamente, Angaben zu
Krankenhausaufenthalten), ausschließlich

  - das Upload-Fach im Maklerportal, oder
  - das SecureMail-Portal (secure.nordkamp-versicherung.example), oder
  - BiPRO-Einreichung aus Ihrem Maklerverwaltungsprogramm.

Auch Schweigepflichtentbindungserklärungen enthalten sensible Daten und
gehören nicht in eine unverschlüsselte Mail. Unvollständig verschlüsselte
Mails werden ab 01.01.2027 von unserem Gateway nicht mehr angenommen.

Vielen Dank für Ihre Unterstützung!

Ihre Maklerbetreuung
Nordkamp Versicherungsgruppe"""
    return build(41, "Nordkamp Maklerbetreuung <maklerbetreuung@%s>" % INS,
                 "makler-verteiler-alle@%s" % INS,
                 "Bitte keine Gesundheitsdaten per einfacher E-Mail",
                 "Wed, 25 Nov 2026 08:30:00 +0100", body), \
        meta("NORMAL", "de", "insurer-to-broker", "trap: circular about how to send health data; lists health vocabulary, no person")


def m042():
    body = """Hi Charlotte,

good news for your client: the trip cancellation claim is accepted.

Policyholder: Mr Benjamin Osei, annual travel policy RE-3040-118826
Trip: Lisbon, 12-19 December 2026, booked 2 August
Reason for cancellation: loss of employment (termination letter of
Nordhafen Logistik GmbH dated 30 October 2026, for operational reasons)

Cancellation costs according to the tour operator: EUR 1,386.00
Deductible: EUR 100.00
Payment: EUR 1,286.00 to the account on file, value date 27 Nov.

""" + SIG_NAIR
    return build(42, "Priya Nair <priya.nair@%s>" % INS,
                 "Charlotte Bramwell <c.bramwell@fairway-brokers.example>",
                 "Trip cancellation Osei - accepted",
                 "Wed, 25 Nov 2026 12:12:12 +0100", body), \
        meta("CONFIDENTIAL", "en", "insurer-to-broker", "travel cancellation for job loss: named insured, policy, employer; no health content")


def m043():
    body = """Hallo Frau Kessler,

zur Unfallmeldung Ihres Kunden Herrn Ralf Oberdieck (Unfallversicherung
UV-2750-044819) ein Zwischenstand:

Unfall am 11.07.2026 (Sturz vom Fahrrad), distale Radiusfraktur rechts,
operativ versorgt mit Plattenosteosynthese im St.-Franziskus-Hospital.
Laut Abschlussbericht der Handchirurgie vom 09.11. verbleibt eine
Bewegungseinschränkung im Handgelenk von ca. 1/3.

Wir haben daher eine Invalidität von 1/3 Handwert (55 % x 1/3 = 18,33 %)
vorläufig festgestellt. Bei einer Grundsumme von 100.000 EUR und
Progression 225 % ergibt sich eine Leistung von 18.330 EUR; die
Vorschusszahlung von 5.000 EUR wird angerechnet. Die Abrechnung geht dem
Kunden in dieser Woche zu.

Viele Grüße
Jana Oltmanns
""" + SIG_OLTMANNS
    return build(43, "Jana Oltmanns <jana.oltmanns@%s>" % INS,
                 "Stefanie Kessler <kessler@kessler-partner.example>",
                 "Zwischenstand Unfall Oberdieck",
                 "Wed, 25 Nov 2026 16:44:19 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker", "accident claim: named customer's wrist fracture, surgery, degree of disability")


def m044():
    rows = [["Nordkamp Lebensversicherung AG – BU underwriting outcomes 2025 by ICD-10 chapter of the main finding"],
            ["Applications with disclosed findings only; cells < 10 merged into 'other'"],
            [],
            ["ICD-10 chapter", "Applications", "Standard", "Loading", "Exclusion", "Postponed", "Declined"],
            ["M Musculoskeletal", 1842, 612, 88, 1004, 61, 77],
            ["F Mental and behavioural", 903, 241, 12, 95, 229, 326],
            ["J Respiratory (incl. asthma)", 611, 402, 117, 41, 19, 32],
            ["I Circulatory", 388, 173, 151, 0, 22, 42],
            ["E Endocrine/metabolic", 297, 118, 121, 0, 14, 44],
            ["S/T Injuries", 542, 301, 0, 217, 13, 11],
            ["Other", 766, 498, 62, 139, 30, 37],
            ["Total", 5349, 2345, 551, 1496, 388, 569]]
    body = """Dear Dr Hargreaves,

as agreed for the treaty review, attached are our 2025 underwriting
outcomes for the income protection business, by ICD chapter. Only
aggregate counts; small cells are merged.

The share of declines in chapter F went down from 41 % to 36 % after we
introduced the mental health questionnaire in April 2025.

Best regards
Dr. Mareike Quast
Head of Underwriting Life / Disability
Nordkamp Lebensversicherung AG"""
    return build(44, "Dr. Mareike Quast <mareike.quast@%s>" % INS,
                 "Dr Alan Hargreaves <a.hargreaves@continental-re.example>",
                 "BU treaty review 2026 - underwriting outcomes by ICD chapter",
                 "Thu, 26 Nov 2026 09:20:00 +0100", body,
                 attachments=[att("BU_underwriting_outcomes_2025_ICD.xlsx", XLSX, xlsx([("2025", rows)]))]), \
        meta("NORMAL", "en", "insurer-to-partner", "trap: aggregate BU underwriting outcomes by ICD chapter for the reinsurer, small cells merged")


def m045():
    body = """Hallo Frau Petersen,

die Tierarztrechnung für den Hund Ihrer Kundin haben wir erstattet:

  Versicherungsnehmerin: Frau Gesa Thordsen, Eckernförde
  Tier-OP-Versicherung TK-6012-007731, Hund "Frieda" (Labrador, 6 J.)
  Kreuzbandriss hinten links, TPLO-Operation am 02.11.2026,
  Tierklinik Kiel-Wellsee, Rechnung 3.218,40 EUR (GOT 2-facher Satz)

Erstattung 2.896,56 EUR (abzgl. 10 % Selbstbeteiligung), Zahlung an die
Kundin am 27.11.

Viele Grüße
Kerstin Albrecht
Leistung Tierversicherung"""
    return build(45, "Kerstin Albrecht <kerstin.albrecht@%s>" % INS,
                 "Anja Petersen <post@petersen-makler.example>",
                 "Erstattung Tier-OP Thordsen",
                 "Thu, 26 Nov 2026 11:05:37 +0100", body), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker", "pet surgery claim: named policyholder, animal health only")


def m046():
    body = """Hello James,

we've checked the treatment and cost plan for your client
Mr Florian Weidmüller (dental top-up ZahnPlus, KV-3301-120315):

  Tooth 46: implant with crown (GOZ 9010, 9040, 2200), EUR 3,412.80
  Tooth 47: bone augmentation (GOZ 9100), EUR 688.50
  Total planned: EUR 4,101.30

The tooth was extracted in September after a failed root canal, i.e. after
the start of the policy (1 March 2025), and the 8-month waiting period has
passed. Reimbursement is 90 % of the invoice, but in the second policy year
limited to EUR 2,000 in total for dentures. We can therefore confirm
EUR 2,000.

Please tell your client to send us the final invoice after treatment.

Regards,
Henrik Sommerfeld
Health Claims"""
    return build(46, "Henrik Sommerfeld <henrik.sommerfeld@%s>" % INS,
                 "James Whitaker <j.whitaker@meridian-expat.example>",
                 "Treatment plan Weidmüller - dental",
                 "Thu, 26 Nov 2026 14:36:00 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker", "dental claim: named client's implant, extraction, GOZ positions")


def m047():
    body = """Hi Michael,

our gateway supports both options:

1. Domain certificate (gateway-to-gateway): if Kessler & Partner has an
   S/MIME domain certificate for kessler-partner.example, send us the
   public certificate (PEM or CER). We import it and all mail between our
   domains is encrypted automatically.

2. Personal certificates: each of your users sends us a signed mail; we
   take the public key from the signature.

Our own domain certificate (public key only) is published at
https://www.nordkamp-versicherung.example/smime, fingerprint
SHA-256 4F:9A:11:2C:7E:B0:63:D5:88:19:A2:41:0C:FE:73:6B:22:90:DA:1E:55:C8:04:B7:3A:6F:E9:12:8D:40:77:AC

If neither works, the SecureMail portal remains available.

Best,
Kai-Uwe Brandes"""
    return build(47, "Kai-Uwe Brandes <kai-uwe.brandes@%s>" % INS,
                 "Michael Gerdes <it@kessler-partner.example>",
                 "RE: S/MIME with your gateway?",
                 "Fri, 27 Nov 2026 09:40:00 +0100", body), \
        meta("NORMAL", "en", "insurer-to-broker", "certificate answer, public key fingerprint only")


def m048():
    letter = pdf(["Nordkamp Lebensversicherung AG · Hafenweg 12 · 48155 Münster",
                  "", "Hallbeck Assekuranz GmbH", "Herrn Finn Hallbeck", "Große Elbstraße 59", "22767 Hamburg",
                  "", "Münster, 26.11.2026",
                  "Ihr Antrag auf Risikolebensversicherung A-RL-2026-089915",
                  "Versicherte Person: Tim Scholte-Brinkmann, geb. 08.05.1990", "",
                  "Sehr geehrter Herr Hallbeck,",
                  "leider können wir den Antrag Ihres Kunden nicht annehmen.",
                  "Ihr Kunde ist seit 2009 an Diabetes mellitus Typ 1 (E10.9) erkrankt. Nach dem",
                  "Bericht der diabetologischen Schwerpunktpraxis Dr. Aksoy vom 12.10.2026 liegt der",
                  "HbA1c bei 8,9 %, es bestehen eine beginnende Retinopathie und eine",
                  "Mikroalbuminurie. Bei dieser Befundlage ist eine Annahme auch mit Zuschlag",
                  "nicht möglich.",
                  "Eine erneute Prüfung ist frühestens in 24 Monaten möglich, wenn ein HbA1c",
                  "unter 7,5 % über 12 Monate nachgewiesen wird.",
                  "", "Mit freundlichen Grüßen", "Dr. Mareike Quast, Risikoprüfung Leben/BU"],
                 title="Ablehnung A-RL-2026-089915")
    body = """Hallo Herr Hallbeck,

anbei unser Schreiben zum Antrag A-RL-2026-089915. Tut mir leid, dass es
keine bessere Nachricht ist. Wenn Sie möchten, besprechen wir gern
telefonisch, welche Alternativen (z. B. Sterbegeld ohne Gesundheitsfragen)
für Ihren Kunden in Frage kommen.

""" + SIG_QUAST
    return build(48, "Dr. Mareike Quast <mareike.quast@%s>" % INS,
                 "Finn Hallbeck <f.hallbeck@hallbeck-assekuranz.example>",
                 "Antrag A-RL-2026-089915",
                 "Fri, 27 Nov 2026 10:15:26 +0100", body,
                 attachments=[att("Ablehnung_A-RL-2026-089915.pdf", PDF, letter)]), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
             "declined life application; diabetes type 1 E10.9, HbA1c, named applicant with birth date only in the PDF; body harmless")


def m049():
    body = """Hallo Tom, hi Anke,

kurzes Update zum Transportschaden (Cargo policy TR-9100-00612, Hafenkante
Kaffeeimport GmbH):

Container MSKU 771203-4, B/L HAMBURG-BR-22871, 18 t Rohkaffee aus Santos.
Der Havariekommissar (Herr Dipl.-Ing. Sönke Iwersen) hat
Seewasserschaden an ca. 40 Säcken festgestellt, Schätzung 21.600 EUR.

@Tom: the surveyor's report is in English and will be uploaded to the
broker post tomorrow. Contact at the consignee remains Ms Anke Rüther
(warehouse manager, +49 40 5550 7712). We'll need her signed
"Schadenanzeige Transport" before payment.

@Anke: Die Reederei haftet nach HGB nur begrenzt; wir nehmen Regress,
das betrifft Sie aber nicht.

Beste Grüße / best regards
Tobias Reinecke"""
    return build(49, "Tobias Reinecke <tobias.reinecke@%s>" % INS,
                 "Tom Ashdown <t.ashdown@fairway-brokers.example>",
                 "Cargo claim Hafenkante Kaffeeimport / Transportschaden",
                 "Fri, 27 Nov 2026 13:58:04 +0100", body,
                 cc="Anke Rüther <a.ruether@hafenkante-kaffee.example>"), \
        meta("CONFIDENTIAL", "mixed", "insurer-to-broker", "cargo claim of a company with named contact person, policy and claim details")


def m050():
    body = """Hi Rajesh,

your client can still change his mind: under section 8 of the German
Insurance Contract Act (VVG) a policyholder may withdraw from a contract
within 14 days (30 days for life insurance) after receiving the policy,
the terms and the information under the VVG-InfoV. The withdrawal must be
in text form; no reason is needed.

After a withdrawal in life insurance we refund the surrender value plus
the premium share for the period after withdrawal. For all other lines we
refund the premium for the time after receipt of the withdrawal.

Commission on withdrawn contracts is reversed in full, as set out in
section 5 of your agency agreement.

Regards
""" + SIG_NAIR
    return build(50, "Priya Nair <priya.nair@%s>" % INS,
                 "Rajesh Menon <r.menon@fairway-brokers.example>",
                 "RE: cooling-off period?",
                 "Mon, 30 Nov 2026 09:05:19 +0100", body), \
        meta("NORMAL", "en", "insurer-to-broker", "trap: generic explanation of withdrawal rights and commission reversal, no client named")


def m051():
    body = """Hallo Herr Tiedemann,

hier die eVB für Ihren Kunden:

  eVB-Nummer: 7K3Q9LD
  Versicherungsnehmer: Jan-Hendrik Möllenbeck, Tornescher Weg 52,
  25436 Uetersen, geb. 19.01.1997
  Fahrzeug: Skoda Octavia Combi, FIN TMBJJ7NX1PY044218
  gültig bis 30.12.2026

Der Antrag wird dann mit Zulassung automatisch policiert.

Gruß
Oliver Stratmann
Kfz-Betrieb Nordkamp"""
    return build(51, "Oliver Stratmann <oliver.stratmann@%s>" % INS,
                 "Jörg Tiedemann <info@tiedemann-versicherungen.example>",
                 "eVB Möllenbeck",
                 "Mon, 30 Nov 2026 10:44:30 +0100", body), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker", "eVB for named customer with address, birth date, VIN")


def m052():
    body = """Dear Charlotte,

regarding the policy loan requested by your client Mr Anthony Heywood on
his endowment policy LV-0917-077230:

  Surrender value as at 1 December 2026: EUR 48,912.35
  Maximum loan (80 %):                   EUR 39,129.88
  Requested:                             EUR 25,000.00
  Interest rate: 4.25 % p.a., payable quarterly

The loan agreement is attached to the secure message I sent your client
today through our portal; he needs to sign and return it. The sum insured
in case of death is reduced by any outstanding loan amount.

""" + SIG_NAIR
    return build(52, "Priya Nair <priya.nair@%s>" % INS,
                 "Charlotte Bramwell <c.bramwell@fairway-brokers.example>",
                 "Policy loan Heywood",
                 "Mon, 30 Nov 2026 15:15:15 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker", "policy loan on a named client's endowment life policy (life contract of a person)")


def m053():
    body = """PRESSEMITTEILUNG

Nordkamp senkt Beiträge in der Zahnzusatzversicherung

Münster, 01.12.2026 – Die Nordkamp Krankenversicherung AG senkt zum
01.01.2027 die Beiträge in ihrem Zahnzusatztarif ZahnPlus um
durchschnittlich 6,5 %. Grund sind geringere Leistungsausgaben für
Zahnersatz als kalkuliert. Rund 84.000 Versicherte profitieren.

"Wir geben die günstigere Schadenentwicklung vollständig an unsere Kunden
weiter", sagt Vorstandsmitglied Ulrike Faßbender. Die Leistungen bleiben
unverändert: 90 % für Zahnersatz inklusive Implantate, 100 % für
professionelle Zahnreinigung bis 200 EUR im Jahr.

Pressekontakt: Lisa Ohlendorf, presse@nordkamp-versicherung.example,
Tel. 0251 7730-1010

Hinweis für unsere Vertriebspartner: Die Kunden werden mit der
Beitragsrechnung im Dezember informiert. Für Sie ändert sich an der
Courtage nichts."""
    return build(53, "Presse Nordkamp <presse@%s>" % INS,
                 "makler-verteiler-alle@%s" % INS,
                 "Pressemitteilung: Beitragssenkung ZahnPlus",
                 "Tue, 01 Dec 2026 09:00:00 +0100", body), \
        meta("NORMAL", "de", "newsletter", "trap: press release on dental premiums and benefits, aggregate numbers")


def m054():
    body = """Hello Mr Okafor,

welcome aboard – and already a first claim from your portfolio :)

We received the theft notice for your client's e-bike:
  Policyholder: Ms Marta Wiśniewska, household policy HR-1180-560982
  Cube Kathmandu Hybrid, frame no. WBK2217704Q, bought 03/2025 for EUR 3,299
  Stolen on 26 November from the bike shed at Friedrich-Ebert-Str. 40,
  Bochum; police report no. 2026/118473/BO

Please send us the purchase invoice and the key numbers of both locks.
The bicycle theft clause covers up to 5 % of the sum insured (EUR 3,500).

Regards
Oliver Stratmann
Property Claims"""
    return build(54, "Oliver Stratmann <oliver.stratmann@%s>" % INS,
                 "Chinedu Okafor <c.okafor@okafor-finance.example>",
                 "E-bike theft - HR-1180-560982",
                 "Tue, 01 Dec 2026 11:30:00 +0100", body), \
        meta("CONFIDENTIAL", "en", "insurer-to-broker", "e-bike theft claim: named policyholder, address, frame and police report numbers")


def m055():
    body = """Sehr geehrter Herr Lindqvist,

die Änderung des Bezugsrechts für die Rentenversicherung Ihrer Kundin

  Frau Dagmar Scholz-Ewers, LV-0917-133470

haben wir mit Wirkung zum 30.11.2026 eingetragen. Neues widerrufliches
Bezugsrecht im Todesfall: Herr Nils Ewers (Sohn), geb. 11.04.1998.
Das bisherige Bezugsrecht für den geschiedenen Ehemann ist damit
erloschen.

Die Bestätigung (Nachtrag Nr. 4) erhält die Kundin per Post.

Mit freundlichen Grüßen
Aylin Demir
Bestandsservice Leben"""
    return build(55, "Aylin Demir <aylin.demir@%s>" % INS,
                 "Marco Lindqvist <m.lindqvist@vk-rheinruhr.example>",
                 "Bezugsrechtsänderung LV-0917-133470",
                 "Tue, 01 Dec 2026 14:50:02 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
             "beneficiary change on a named customer's life/pension contract, son's birth date, divorce")


def m056():
    body = """Hello everyone,

thanks for joining yesterday's webinar "Critical illness cover explained".
The recording (58 min) and the slides are available here:

  https://academy.nordkamp-versicherung.example/recordings/ci-2026-12

Key points in short:
- 54 illnesses covered, including cancer, heart attack, stroke, MS,
  Parkinson's, loss of sight or hearing
- Payout is a lump sum; it does not depend on inability to work
- Children are covered automatically for 25 % of the sum, max. EUR 25,000
- Underwriting uses the same health questions as term life plus two
  questions on family history (parents or siblings with cancer or heart
  disease before age 60)

Your CPD certificate (1 hour) is in the portal under My Academy.

Nordkamp Broker Academy"""
    return build(56, "Nordkamp Broker Academy <academy@%s>" % INS,
                 "broker-newsletter-international@%s" % INS,
                 "Recording: Critical illness cover explained",
                 "Wed, 02 Dec 2026 08:45:00 +0100", body), \
        meta("NORMAL", "en", "newsletter", "trap: webinar follow-up listing illnesses and family-history questions, no person")


def m057():
    body = """Hallo Frau Kessler,

wie am Telefon besprochen hier die Eckdaten zu unserem neuen
Pflegetagegeld "PflegeSicher" (Einführung 01.02.2027):

Pflegegrad   ambulant (% des Tagegelds)   stationär
    1                 10 %                    10 %
    2                 30 %                   100 %
    3                 50 %                   100 %
    4                 80 %                   100 %
    5                100 %                   100 %

- Beitragsbefreiung ab Pflegegrad 3
- Einmalleistung bei erstmaliger Feststellung einer Demenz: 6 x Monats-
  tagegeld
- Vereinfachte Gesundheitsprüfung mit 4 Fragen bis Eintrittsalter 65
- Wartezeit: keine, außer bei Demenz (3 Jahre)

Beispielbeitrag: 35-Jährige, 50 EUR Tagegeld in Pflegegrad 5:
28,40 EUR monatlich.

Das Produktblatt schicke ich Ihnen, sobald die Druckfassung da ist.

Viele Grüße
Jana Oltmanns
""" + SIG_OLTMANNS
    return build(57, "Jana Oltmanns <jana.oltmanns@%s>" % INS,
                 "Stefanie Kessler <kessler@kessler-partner.example>",
                 "PflegeSicher – Eckdaten",
                 "Wed, 02 Dec 2026 10:20:30 +0100", body), \
        meta("NORMAL", "de", "insurer-to-broker", "trap: care product facts (care grades, dementia), model premium for a fictitious 35-year-old")


def m058():
    body = """Dear Mr Okafor,

thank you for the documents. Your agency agreement is now active under
broker number 40-9318. For our records and the annual check against the
broker register we have stored:

  Name: Chinedu Emeka Okafor, trading as Okafor Finance (sole trader)
  Date of birth: 04 July 1981
  Register no.: D-W3HQ-7T2RA-55 (IHK Bochum)
  Commission account: DE66 2505 0180 0910 4428 53
  Tax no.: 306/5118/2204, VAT: not liable (§ 4 no. 11 UStG)

Please check these details and tell us immediately if anything is wrong.
Commission statements will be available in the portal from January.

Kind regards
Fatma Yıldız
Broker Contracts & Sales Law"""
    return build(58, "Fatma Yıldız <fatma.yildiz@%s>" % INS,
                 "Chinedu Okafor <c.okafor@okafor-finance.example>",
                 "Your agency agreement - stored details",
                 "Wed, 02 Dec 2026 16:00:00 +0100", body), \
        meta("CONFIDENTIAL", "en", "insurer-to-broker", "sole-trader broker's birth date, IBAN and tax number")


def m059():
    body = """Hi Rajesh,

for the term life application of Mr Marcus Delacroix-Finch (TL-2026-40977,
sum assured EUR 1.2m) our medical limits require, in addition to the health
questions, a medical examination with blood profile including HIV and
hepatitis B/C serology, and an ECG at rest.

He can have this done by any GP; the fee (up to EUR 180) is paid by us. The
consent form for the HIV test must be signed separately – I've uploaded it
to your broker post. The results go directly to our medical officer, not to
you or to us in underwriting admin.

Many thanks,
Priya"""
    return build(59, "Priya Nair <priya.nair@%s>" % INS,
                 "Rajesh Menon <r.menon@fairway-brokers.example>",
                 "TL-2026-40977 - medical evidence required",
                 "Thu, 03 Dec 2026 09:33:00 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker", "named life applicant must undergo HIV/hepatitis tests and ECG (underwriting of a person)")


def m060():
    body = """Hallo Herr Brunsbek,

gern eine Beispielrechnung für Ihre Beratungsunterlagen. Es handelt sich
um eine Modellperson, keine echte Kundin:

  Modellkundin, 30 Jahre, Bürokauffrau, Nichtraucherin
  BU-Rente 1.500 EUR monatlich, Endalter 67, Dynamik 3 %
  Tarif BU Klar, Berufsgruppe 1

  Bruttobeitrag  82,15 EUR
  Nettobeitrag   59,40 EUR (nach Überschussverrechnung, nicht garantiert)

Mit Vorerkrankung "Heuschnupfen mit Bedarfsmedikation" ändert sich
nichts; bei "Bandscheibenvorfall vor 2 Jahren" wäre mit einem Ausschluss
Wirbelsäule zu rechnen.

Mit freundlichen Grüßen
Tobias Reinecke"""
    return build(60, "Tobias Reinecke <tobias.reinecke@%s>" % INS,
                 "Lars Brunsbek <info@makler-brunsbek.example>",
                 "Beispielrechnung BU Klar",
                 "Thu, 03 Dec 2026 11:11:11 +0100", body), \
        meta("NORMAL", "de", "insurer-to-broker", "trap: sample BU quote for a model person with hypothetical conditions")

def m061():
    csvdata = csv_text([["VU_Vertragsnr", "Sparte", "Tarif", "VN_Name", "VN_Vorname", "Geburtsdatum", "PLZ", "Ort", "Beitrag_mtl", "Status"],
                        ["LV-0917-188041", "010 Leben", "BU Klar", "Hoffmann", "Gregor", "17.02.1982", "44137", "Dortmund", "71,20", "aktiv"],
                        ["LV-0917-190377", "010 Leben", "RL-Plus", "Hoffmann", "Gregor", "17.02.1982", "44137", "Dortmund", "18,45", "aktiv"],
                        ["KV-3301-102559", "020 Kranken", "PKV Vollschutz", "Sander", "Elif", "03.06.1976", "45127", "Essen", "612,88", "aktiv"],
                        ["KV-3301-104010", "020 Kranken", "KlinikKomfort", "Wojcik", "Agnieszka", "21.11.1990", "44787", "Bochum", "42,10", "aktiv"],
                        ["UV-2750-039912", "030 Unfall", "Unfall Aktiv", "Wojcik", "Agnieszka", "21.11.1990", "44787", "Bochum", "14,90", "aktiv"],
                        ["HR-1180-540776", "130 Hausrat", "Komfort", "Sander", "Elif", "03.06.1976", "45127", "Essen", "11,85", "aktiv"]],
                       delimiter=";")
    readme = """Bestandsübertragung VK Rhein-Ruhr -> Polaris Pool AG
Stichtag 01.01.2027, 6 Verträge, Format GDV-nah (CSV, Semikolon, UTF-8)
Rückfragen: Aylin Demir, Tel. 0251 7730-3361
"""
    z = zip_of([("Uebertragung_VKRR_Polaris_20270101.csv", csvdata), ("LIESMICH.txt", readme)])
    body = """Hallo Herr Kamphausen,

wie besprochen die Bestandsliste zur Übertragung der Verträge von
VersicherungsKontor Rhein-Ruhr auf den Polaris Pool. Das Passwort für das
ZIP bekommen Sie wie immer telefonisch... Moment, unser Mailprogramm kann
keine verschlüsselten ZIPs – ich schicke es trotzdem so, Gateway sollte
das verschlüsseln.

""" + SIG_DEMIR
    return build(61, "Aylin Demir <aylin.demir@%s>" % INS,
                 "Rüdiger Kamphausen <r.kamphausen@polaris-pool.example>",
                 "Bestandsliste Übertragung VKRR -> Polaris",
                 "Fri, 04 Dec 2026 09:02:14 +0100", body,
                 attachments=[att("Bestand_VKRR_Polaris.zip", ZIP, z)]), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
             "portfolio transfer list inside ZIP/CSV: named customers with birth dates and life, BU, health, accident contracts")


def m062():
    body = """Protokoll Maklerbeirat Nord – Sitzung vom 03.12.2026, Münster

Teilnehmer: 7 Beiratsmitglieder (Makler und Pools), für Nordkamp
H. Lammers, J. Oltmanns, C. Wessels, Dr. M. Quast
Protokoll: J. Oltmanns

TOP 1 Laufzeiten Leistungsbearbeitung Kranken
Die Beiratsmitglieder beklagen lange Bearbeitungszeiten bei stationären
Rechnungen (Ø 10,1 Tage in Q3). Frau Wessels erläutert, dass 38 % der
Fälle auf fehlende Unterlagen (Entlassbericht, OP-Bericht) zurückgehen.
Vereinbart: Makler erhalten ab Q1 eine Kopie der Nachforderung, wenn der
Kunde zugestimmt hat.

TOP 2 Risikovoranfragen BU
Dr. Quast stellt die Zahlen vor: 2.140 anonyme Voranfragen in 2026,
Antwortzeit Ø 1,6 Arbeitstage. Häufigste Themen: psychische Erkrankungen,
Rücken, Allergien/Asthma. Wunsch des Beirats: Voranfrage auch über BiPRO.

TOP 3 Stornohaftung
Diskussion über die Verkürzung der Haftungszeit in Leben von 60 auf
48 Monate. Keine Einigung, Thema wird im März wieder aufgenommen.

TOP 4 Verschiedenes
Nächste Sitzung: 18.03.2027 in Hamburg.

gez. Jana Oltmanns"""
    return build(62, "Jana Oltmanns <jana.oltmanns@%s>" % INS,
                 "maklerbeirat-nord@%s" % INS,
                 "Protokoll Maklerbeirat 03.12.2026",
                 "Fri, 04 Dec 2026 14:20:00 +0100", body), \
        meta("NORMAL", "de", "insurer-to-broker", "trap: advisory board minutes on claim durations, BU risk enquiries and clawback, aggregates only")


def m063():
    body = """Hi Tom,

done – the claim is registered and the assessor instructed. Confirmation
is in your broker post.

Best
Oliver

On Thu, 3 Dec 2026 at 17:22, Tom Ashdown <t.ashdown@fairway-brokers.example> wrote:
> Oliver,
>
> new motor claim for our client Mr Patrick Lennartz, policy
> KH-4471-318845 (BMW 320d, HH-PL 3030). Rear-end collision on the A7
> near Othmarschen on 2 Dec, third party at fault (their insurer:
> Elbe Direkt, claim ref. ED-26-554103). Nobody injured, car not driveable,
> towed to Autohaus Krohn in Bahrenfeld.
>
> Can you instruct an assessor? Client needs a hire car.
>
> Thanks
> Tom
"""
    return build(63, "Oliver Stratmann <oliver.stratmann@%s>" % INS,
                 "Tom Ashdown <t.ashdown@fairway-brokers.example>",
                 "Re: new motor claim",
                 "Fri, 04 Dec 2026 08:12:00 +0100", body), \
        meta("CONFIDENTIAL", "en", "insurer-to-broker",
             "body says only 'done'; quoted broker mail has named client, motor policy, plate, accident without injury")


def m064():
    broker_mail = inner("Rajesh Menon <r.menon@fairway-brokers.example>",
                        "Priya Nair <priya.nair@%s>" % INS,
                        "Whitcombe - readings + meds",
                        "Thu, 03 Dec 2026 19:03:51 +0000",
                        """Priya,

as discussed, here is what Jonathan sent me regarding the loading review
on TL-2026-40518:

Home BP readings (Omron, morning):
  14 Nov 138/88
  21 Nov 134/86
  28 Nov 136/85

Current medication:
  Amlodipine 10 mg once daily
  Ramipril 5 mg once daily (added by his GP on 2 Nov)
  Atorvastatin 20 mg

He's also lost 6 kg since September. GP letter to follow.

Can you ask underwriting to have another look?

Rajesh
--
Rajesh Menon | Fairway Insurance Brokers Ltd | 1 Cannon Lane, London EC4 | +44 20 5550 4417
""")
    body = """Mareike,

see the broker's mail below (attached). Could you have a look whether the
50 % loading can go? The formal GP letter is still missing.

Thanks
Priya"""
    return build(64, "Priya Nair <priya.nair@%s>" % INS,
                 "Dr. Mareike Quast <mareike.quast@%s>" % INS,
                 "FW: Whitcombe - readings + meds",
                 "Fri, 04 Dec 2026 09:30:40 +0100", body,
                 attachments=[fwd(broker_mail)]), \
        meta("STRICTLY_CONFIDENTIAL", "en", "broker",
             "forwarded message/rfc822 from broker: named applicant's blood-pressure readings and medication; body harmless")


def m065():
    body = """Hallo Herr Lindqvist,

die Kündigung liegt uns vor. Die Bestätigung geht Ihnen und dem Kunden in
den nächsten Tagen per Post zu.

Gruß
Beitragsservice Kfz"""
    return build(65, "Beitragsservice Kfz <beitragsservice@%s>" % INS,
                 "Marco Lindqvist <m.lindqvist@vk-rheinruhr.example>",
                 "AW: Kündigung Kfz-Vertrag KH-4471-289201 Herr Dominik Wagner zum 01.01.",
                 "Fri, 04 Dec 2026 11:45:00 +0100", body), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker", "only the subject names the customer and his motor contract; body harmless")


def m066():
    body = """Hallo zusammen,

hier mein Mitschrieb aus der Datenschutz-Runde Vertrieb von gestern
(Teilnehmer: Datenschutzbeauftragter, Maklervertrieb, IT Schnittstellen).

Löschkonzept Maklerdaten
- Stammdaten der Vermittlerfirma: Löschung 10 Jahre nach Vertragsende
  (Courtageansprüche, § 257 HGB).
- Bestandslisten, die Maklern oder Pools per Portal bereitgestellt werden:
  automatische Löschung im Portal nach 90 Tagen.
- Anträge mit Gesundheitsangaben, die irrtümlich an das Postfach
  maklerbetreuung@ gehen: sofort in die Akte überführen, dann aus dem
  Postfach löschen, Eintrag ins Fehlerlog. Q3: 23 Fälle.
- Protokollierung der Portalzugriffe: 6 Jahre.

Offen
- Wie gehen wir mit Screenshots von Arztberichten in Teams-Chats um?
  DSB prüft bis Januar.
- BiPRO-Lieferungen an Pools ohne unterschriebene AVV 3.2: ab 01.02.
  gesperrt.

Gruß
Kai-Uwe"""
    return build(66, "Kai-Uwe Brandes <kai-uwe.brandes@%s>" % INS,
                 "maklervertrieb-nord@%s" % INS,
                 "Mitschrieb Datenschutz-Runde Vertrieb",
                 "Fri, 04 Dec 2026 15:33:10 +0100", body), \
        meta("NORMAL", "de", "internal", "trap: data-protection minutes on deleting broker data and misdirected health applications, counts only")


def m067():
    body = """Dear Mr Whitaker,

we are pleased to confirm the guaranteed increase on the income
protection policy of your client Dr. Amelia Rothenberg-Shaw
(LV-0917-214455) following the birth of her son on 30 October 2026.

Monthly benefit before: EUR 2,400
Increase (no new health questions): EUR 500
Monthly benefit from 1 January 2027: EUR 2,900
New premium: EUR 96.70 per month

The increase was possible without medical underwriting because the
request arrived within 6 months of the birth. Her current maternity leave
does not affect the increase.

Kind regards
Aylin Demir
Customer Service Life"""
    return build(67, "Aylin Demir <aylin.demir@%s>" % INS,
                 "James Whitaker <j.whitaker@meridian-expat.example>",
                 "Guaranteed increase LV-0917-214455",
                 "Mon, 07 Dec 2026 10:00:00 +0100", body, cte="base64"), \
        meta("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
             "base64 body: named client's income protection increase after childbirth, maternity leave")


def m068():
    body = """Hallo Herr Brunsbek,

zur Anfrage Wohngebäude mit Elementardeckung für Ihren Kunden:

  Eigentümer: Herr Friedhelm Oßenbrügge
  Objekt: Zum Wümmedeich 9, 28357 Bremen, Baujahr 1962, Wohnfläche 148 m²
  ZÜRS-Zone 3 (Überschwemmung), Starkregenklasse SGK 2

Für Zone 3 können wir Elementar nur mit Selbstbehalt 10 % (min. 5.000 EUR)
und nach einer Besichtigung anbieten. Laut Ihrer Angabe gab es 2021 einen
Wasserschaden im Keller durch Rückstau (Vorversicherer Weser-Gilde,
Schaden 8.700 EUR) - ist seitdem eine Rückstauklappe eingebaut?

Mit freundlichen Grüßen
Tobias Reinecke
Maklerbetreuung Sach"""
    return build(68, "Tobias Reinecke <tobias.reinecke@%s>" % INS,
                 "Lars Brunsbek <info@makler-brunsbek.example>",
                 "Anfrage Wohngebäude/Elementar Oßenbrügge",
                 "Mon, 07 Dec 2026 11:35:20 +0100", body,
                 charset="iso-8859-1"), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker",
             "buildings underwriting query: named owner, property address, prior claim (iso-8859-1)")


def m069():
    body = """Sehr geehrte Frau Kessler,

zum Antrag A-KV-2026-56120 (Herr Günther Wöhlermann, 51 Jahre, Wechsel
aus der GKV in die PKV Vollschutz) haben wir folgende Rückfragen:

1. Körpergröße 1,78 m, Gewicht 108 kg (BMI 34,1): Liegen Folgeerkrankungen
   vor (Blutdruck, Blutzucker, Fettstoffwechsel)? Bitte letzte Laborwerte.
2. Angegeben ist "Schlafapnoe, CPAP-Therapie seit 2022". Bitte Bericht des
   Schlaflabors und Angabe, ob die Therapie regelmäßig genutzt wird.
3. Frage 9 (Hilfsmittel): Die CPAP-Maske fehlt dort.

Vorläufige Einschätzung: Annahme mit Risikozuschlag 30 % möglich, sofern
keine weiteren Befunde.

Mit freundlichen Grüßen
Lena Fuhrmann
Antragsprüfung Kranken"""
    return build(69, "Lena Fuhrmann <lena.fuhrmann@%s>" % INS,
                 "Stefanie Kessler <kessler@kessler-partner.example>",
                 "Rückfragen Antrag A-KV-2026-56120",
                 "Mon, 07 Dec 2026 13:48:00 +0100", body,
                 charset="iso-8859-1", cte="quoted-printable"), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
             "PKV application of named person: BMI 34, sleep apnoea, CPAP, risk loading (iso-8859-1, QP)")


def m070():
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Nordkamp//Events//EN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:nk72-brokerday-2027@nordkamp-versicherung.example\r
DTSTAMP:20261207T120000Z\r
DTSTART:20270311T080000Z\r
DTEND:20270311T160000Z\r
SUMMARY:Nordkamp Broker Day 2027\r
LOCATION:Elbphilharmonie Kaistudios\\, Platz der Deutschen Einheit 1\\, Hamburg\r
DESCRIPTION:Keynote\\, product workshops (motor fleet\\, cyber\\, income protection)\\, networking lunch. Please register by 15 February.\r
ORGANIZER;CN=Nordkamp Events:mailto:events@nordkamp-versicherung.example\r
END:VEVENT\r
END:VCALENDAR\r
"""
    body = """Dear partners,

save the date: the Nordkamp Broker Day 2027 takes place on 11 March in
Hamburg. The calendar invitation is attached; the agenda follows in
January.

Nordkamp Events Team"""
    return build(70, "Nordkamp Events <events@%s>" % INS,
                 "broker-newsletter-international@%s" % INS,
                 "Save the date: Nordkamp Broker Day 11 March 2027",
                 "Mon, 07 Dec 2026 13:00:00 +0100", body,
                 attachments=[att("broker_day_2027.ics", "text/calendar", ics)]), \
        meta("NORMAL", "en", "insurer-to-broker", "event invitation with ICS, no personal data")


def m071():
    body = """Hallo Herr Hallbeck,

anbei wie besprochen das überarbeitete Angebot. Bitte lassen Sie es
unterschreiben und laden Sie es im Portal hoch.

""" + SIG_QUAST
    return build(71, "Dr. Mareike Quast <mareike.quast@%s>" % INS,
                 "Finn Hallbeck <f.hallbeck@hallbeck-assekuranz.example>",
                 "BU-Antrag Krüger – Angebot mit Ausschluss Kniegelenk rechts (Meniskus-OP 2025)",
                 "Mon, 07 Dec 2026 15:20:00 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
             "only the subject: named applicant's BU offer with knee exclusion after meniscus surgery; body harmless")


def m072():
    html = """<html><body>
<p>Guten Tag Frau Voss,</p>
<p>zum 01.01.2027 passen wir bei folgenden Hausratverträgen aus Ihrem Bestand die Versicherungssumme an den Summenanpassungsindex an (+4,1&nbsp;%). Die Kunden erhalten einen Nachtrag mit der Jahresrechnung.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>Vertrag</th><th>Versicherungsnehmer</th><th>Risikoort</th><th>VS alt</th><th>VS neu</th><th>Beitrag neu</th></tr></thead>
<tbody>
<tr><td>HR-1180-520118</td><td>Kröger, Annelie</td><td>Mühlenkamp 31, 22303 Hamburg</td><td>65.000&nbsp;€</td><td>67.665&nbsp;€</td><td>118,40&nbsp;€</td></tr>
<tr><td>HR-1180-523407</td><td>Baumgartner, Felix</td><td>Bei den Mühren 5, 20457 Hamburg</td><td>92.000&nbsp;€</td><td>95.772&nbsp;€</td><td>171,95&nbsp;€</td></tr>
<tr><td>HR-1180-531990</td><td>Mensah, Kwame und Lotte</td><td>Osterstraße 112, 20259 Hamburg</td><td>48.000&nbsp;€</td><td>49.968&nbsp;€</td><td>89,10&nbsp;€</td></tr>
<tr><td>HR-1180-537254</td><td>Hinrichsen, Karl-Heinz</td><td>Am Sood 4, 22848 Norderstedt</td><td>110.000&nbsp;€</td><td>114.510&nbsp;€</td><td>202,30&nbsp;€</td></tr>
</tbody></table>
<p>Mit freundlichen Grüßen<br>Bestandsservice Sach<br>Nordkamp Allgemeine Versicherung AG</p>
</body></html>"""
    return build(72, "Bestandsservice Sach <bestandsservice-sach@%s>" % INS,
                 "Melanie Voss <m.voss@hallbeck-assekuranz.example>",
                 "Summenanpassung Hausrat 01.01.2027 – Ihr Bestand",
                 "Tue, 08 Dec 2026 08:05:00 +0100", html=html), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker",
             "HTML-only table: named household policyholders with addresses, sums insured and premiums")


def m073():
    body = """Dear Ms Lambert,

we'd like to order a translation German > English and German > Turkish of
our blank health questionnaire for term life and income protection
(4 pages, approx. 1,150 words, file attached as DOCX on request).

The document contains only the questions (e.g. "Have you been treated for
a mental illness in the last 5 years?") and checkboxes, no customer data.
Medical terminology must be consistent with our existing English policy
conditions; glossary attached to your last job (ref. TR-2026-118).

Deadline: 18 December. Please confirm price and date.

Best regards
Fatma Yıldız
Broker Contracts & Sales Law
Nordkamp Versicherungsgruppe"""
    return build(73, "Fatma Yıldız <fatma.yildiz@%s>" % INS,
                 "Hélène Lambert <projects@lingua-hafen.example>",
                 "Translation order: health questionnaire (blank)",
                 "Tue, 08 Dec 2026 09:45:00 +0100", body), \
        meta("NORMAL", "en", "insurer-to-supplier", "trap: translation order for a blank health questionnaire, example question only")


def m074():
    doc = odt(["Nordkamp Krankenversicherung AG – Leistungsabrechnung",
               "Versicherte Person: Hildegard Tönjes, geb. 27.01.1948",
               "Vertrag KV-3301-066190, Tarif KlinikKomfort + KH-Tagegeld 80",
               "Vermittler: 40-8812 Kessler & Partner",
               "",
               "Krankenhausaufenthalt: Klinikum Oldenburg, Kardiologie, 09.11.2026 – 21.11.2026",
               "Diagnose lt. Entlassbericht: I21.4 (NSTEMI), Koronarangiographie mit Stent (OPS 8-837.00)",
               "Krankenhaustagegeld: 13 Tage x 80,00 EUR = 1.040,00 EUR",
               "Wahlleistung Zweibettzimmer: 13 x 48,50 EUR = 630,50 EUR",
               "Chefarztbehandlung (GOÄ) Prof. Dr. Nentwig: 2.214,86 EUR",
               "Erstattung gesamt: 3.885,36 EUR, Überweisung an die versicherte Person am 07.12.2026"])
    body = """Hallo Frau Kessler,

wie gewünscht die Abrechnung für Ihre Kundin in Kopie (Vollmacht liegt
vor). Die Zahlung ist heute raus.

Viele Grüße
Henrik Sommerfeld
Leistung Kranken"""
    return build(74, "Henrik Sommerfeld <henrik.sommerfeld@%s>" % INS,
                 "Stefanie Kessler <kessler@kessler-partner.example>",
                 "Kopie Leistungsabrechnung",
                 "Tue, 08 Dec 2026 11:02:00 +0100", body,
                 attachments=[att("Leistungsabrechnung_KV-3301-066190.odt", ODT, doc)]), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
             "ODT attachment only: named customer's heart attack I21.4, stent, hospital stay and benefits; body harmless")


def m075():
    body = """Sehr geehrter Herr Tiedemann,

für Ihren Kunden Herrn Ludger Bredehorst (Privat-Rechtsschutz inkl.
Wohnungs-Rechtsschutz, RS-4420-073318) erteilen wir Deckungszusage für
die außergerichtliche Tätigkeit von Rechtsanwältin Schomaker im Streit mit
seinem Vermieter um die Nebenkostenabrechnung 2025 (Nachforderung
2.146,00 EUR).

Selbstbeteiligung 150 EUR. Für ein gerichtliches Verfahren bitten wir um
erneute Anfrage.

Mit freundlichen Grüßen
Schadenservice Rechtsschutz"""
    return build(75, "Schadenservice Rechtsschutz <rechtsschutz@%s>" % INS,
                 "Jörg Tiedemann <info@tiedemann-versicherungen.example>",
                 "Deckungszusage RS-4420-073318",
                 "Tue, 08 Dec 2026 14:14:00 +0100", body), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker", "legal expenses cover for named customer's tenancy dispute")


def m076():
    gdv = """0001571200000Nordkamp Versicherungsgruppe        20261201202612012018.1  TESTDATEI - FIKTIVE DATEN
0100571200000TEST-LV-000001   Mustermann                    Max                           01011970Musterstraße 1               12345Musterstadt
0100571200000TEST-KV-000002   Mustermann                    Erika                         12081964Musterstraße 1               12345Musterstadt
0200571200000TEST-LV-000001   010 RL-Plus   20260101  000100000,00 EUR
0200571200000TEST-KV-000002   020 ZahnPlus  20260101  000000038,40 EUR
9999571200000          5 Sätze
"""
    body = """Hallo Herr Gerdes,

hello Michael (the English version below),

anbei eine GDV-Testdatei für Ihre Importtests (Release 2018.1, Satzarten
0001, 0100, 0200, 9999). Alle Datensätze sind fiktiv (Max und Erika
Mustermann, Musterstadt) und im Produktivsystem nicht vorhanden.

In English: the attached GDV test file contains only fictitious records
(Max and Erika Mustermann). Use it to test your import mapping before we
switch your firm to the daily production delivery on 15 January.

Viele Grüße / best regards
Kai-Uwe Brandes"""
    return build(76, "Kai-Uwe Brandes <kai-uwe.brandes@%s>" % INS,
                 "Michael Gerdes <it@kessler-partner.example>",
                 "GDV-Testdatei / GDV test file",
                 "Wed, 09 Dec 2026 09:00:00 +0100", body,
                 attachments=[att("NK_TEST_20261201.gdv.txt", "text/plain", gdv)]), \
        meta("NORMAL", "mixed", "insurer-to-broker", "trap: GDV test file with fictitious Mustermann records incl. birth dates and life/health test contracts")


def m077():
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<BiPRO-Export xmlns="urn:example:nordkamp:portal-export:1.0" erstellt="2026-12-09T07:30:00">
  <Vermittler nr="40-9025">VersicherungsKontor Rhein-Ruhr GmbH</Vermittler>
  <Vorgang typ="Nachtrag" datum="2026-12-01">
    <Vertrag nr="KH-4471-322930" sparte="051 Kfz"/>
    <VN name="Rademacher" vorname="Birgit" plz="45472" ort="Mülheim an der Ruhr" strasse="Dimbeck 18"/>
    <Aenderung>Fahrzeugwechsel: Opel Corsa MH-BR 220 -> Toyota Yaris Hybrid MH-BR 221, FIN VNKKH3D370A492218</Aenderung>
  </Vorgang>
  <Vorgang typ="Nachtrag" datum="2026-12-03">
    <Vertrag nr="KH-4471-312577" sparte="051 Kfz"/>
    <VN name="Petrović" vorname="Dragan" plz="46045" ort="Oberhausen" strasse="Marktstraße 77"/>
    <Aenderung>Jährliche Fahrleistung 12.000 -> 20.000 km, neuer Beitrag 734,60 EUR</Aenderung>
  </Vorgang>
</BiPRO-Export>
"""
    body = """Hi Marco,

you asked for the portal messages of last week as a file for your new MVP
vendor – attached as XML export. Only motor endorsements, nothing else was
in that period.

Best,
Nadine Wöstmann
Sales Interfaces"""
    return build(77, "Nadine Wöstmann <nadine.woestmann@%s>" % INS,
                 "Marco Lindqvist <m.lindqvist@vk-rheinruhr.example>",
                 "Portal export KW 49",
                 "Wed, 09 Dec 2026 10:25:00 +0100", body,
                 attachments=[att("portal_export_KW49.xml", "application/xml", xml.encode("utf-8"))]), \
        meta("CONFIDENTIAL", "en", "insurer-to-broker", "XML attachment only: named motor policyholders with addresses, plates, VIN")


def m078():
    doc = docx(["Nordkamp Lebensversicherung AG",
                "Zusatzfragebogen Alkohol / Nikotin – zu Antrag A-BU-2026-118820",
                "Antragsteller: Dennis Wachowiak, geb. 05.12.1988",
                ("table", [["Frage", "Antwort"],
                           ["Rauchen Sie? Seit wann, wie viel?", "ja, seit 2006, ca. 15 Zigaretten/Tag; Rauchstopp-Versuch 2024 mit Vareniclin"],
                           ["Wie viel Alkohol trinken Sie pro Woche?", "ca. 10–12 Bier am Wochenende"],
                           ["Wurden Sie wegen Alkohol beraten oder behandelt?", "ja, 2022 nach Führerscheinentzug MPU-Vorbereitung, 6 Gespräche Suchtberatung Caritas"],
                           ["Leberwerte bekannt?", "GGT 2023 erhöht (87 U/l), laut Hausarzt inzwischen normal"]]),
                "Ich versichere die Richtigkeit meiner Angaben.",
                "Ort/Datum: Gelsenkirchen, 30.11.2026   Unterschrift: D. Wachowiak"])
    body = """Hallo Frau Quast,

anbei der ausgefüllte Fragebogen von Herrn Lindqvists Kunden, kam gestern
per Portal-Upload rein, ich hab ihn nur umbenannt. Kannst du das
übernehmen? Ich bin ab morgen im Urlaub.

Gruß Jana"""
    return build(78, "Jana Oltmanns <jana.oltmanns@%s>" % INS,
                 "Dr. Mareike Quast <mareike.quast@%s>" % INS,
                 "Fragebogen zu A-BU-2026-118820",
                 "Wed, 09 Dec 2026 16:40:00 +0100", body,
                 attachments=[att("A-BU-2026-118820_Zusatzfragebogen.docx", DOCX, doc)]), \
        meta("STRICTLY_CONFIDENTIAL", "de", "broker",
             "DOCX only: filled questionnaire of named applicant on smoking, alcohol counselling, liver values, licence withdrawal")


def m079():
    body = """Hi Sven, hallo Fatma,

kurz zu der Frage aus dem Beirat (Stornohaftung Leben 48 statt 60 Monate):
Ich hab mal grob gerechnet, was das für uns heißen würde.

Rückbelastungen Leben 2025 gesamt: 412.800 EUR
davon in Monat 49–60 storniert:     31.900 EUR (7,7 %)

D. h. bei 48 Monaten würden wir ca. 32 TEUR pro Jahr nicht mehr
zurückholen. Dem steht gegenüber, dass wir nach § 49 VAG ohnehin
mindestens 5 Jahre Haftung bei Lebensversicherungen einhalten müssen,
wenn die Abschlusskosten gezillmert sind – das sollten wir rechtlich
prüfen, bevor wir dem Beirat irgendwas versprechen.

@Fatma: kannst du das klären?

Sven"""
    return build(79, "Sven Hollerbach <sven.hollerbach@%s>" % INS,
                 "Fatma Yıldız <fatma.yildiz@%s>" % INS,
                 "Stornohaftung 48 Monate – erste Zahlen",
                 "Thu, 10 Dec 2026 08:50:00 +0100", body), \
        meta("NORMAL", "de", "internal", "trap: aggregate clawback figures for life business, no contract or broker")


def m080():
    body = """Dear Daniel,

thank you for the accident report for Noah Baptiste (age 9), covered under
the children's accident policy UV-2750-051002 of his mother, Ms Claire
Baptiste.

According to the report from the paediatric A&E at Altonaer Kinderkrankenhaus,
Noah fractured his left forearm (greenstick fracture of the radius, S52.5)
during PE at school on 24 November. It was treated with a cast for
5 weeks. As accidents at school are also covered by the statutory accident
insurance, our policy pays on top:

  Hospital cash: not applicable (outpatient)
  Cosmetic surgery / plaster cast allowance: EUR 250 (flat rate)
  Permanent disability: will be assessed after 12 months if needed

Get well soon to Noah!

Kind regards
Henrik Sommerfeld
Accident Claims"""
    return build(80, "Henrik Sommerfeld <henrik.sommerfeld@%s>" % INS,
                 "Daniel O'Connor <d.oconnor@northbridge-benefits.example>",
                 "Accident claim - Noah Baptiste",
                 "Thu, 10 Dec 2026 12:05:00 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker", "child accident claim: named child's forearm fracture S52.5, hospital")


def m081():
    body = """Hallo Frau Petersen,

Glasschaden Ihrer Kundin ist erledigt:

  VN: Frau Wiebke Carstensen, Hausrat mit Glas HR-1180-544208
  Schaden 2026-GL-30551, Ceranfeld gesprungen (Topf runtergefallen)
  Rechnung Elektro-Hansen, Kiel: 589,00 EUR

Wir zahlen 589,00 EUR direkt an den Handwerker, keine SB.

Viele Grüße
Schadenservice Sach
Nordkamp"""
    return build(81, "Schadenservice Sach <schaden-sach@%s>" % INS,
                 "Anja Petersen <post@petersen-makler.example>",
                 "Glasschaden Carstensen erledigt",
                 "Thu, 10 Dec 2026 14:00:00 +0100", body), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker", "glass claim of a named policyholder with contract and claim number")


def m082():
    body = """Liebe Kolleginnen und Kollegen,

im Schulungsraum 2.14 (Maklerzentrum, 2. OG) ist heute Nacht eine
Leitung der Heizung undicht geworden. Der Teppich ist nass, die
Trocknungsgeräte laufen mindestens bis Mittwoch.

Die Maklerschulungen am 14. und 15.12. finden deshalb im Raum 1.05
statt. Bitte informiert eure Teilnehmer; die Beschilderung im Foyer
ändern wir.

Der Schaden ist über unsere eigene Gebäudeversicherung gemeldet.

Gruß
Facility Management
Haustechnik Nordkamp, Tel. -1180"""
    return build(82, "Facility Management <facility@%s>" % INS,
                 "alle-mitarbeiter-muenster@%s" % INS,
                 "Wasserschaden Schulungsraum 2.14",
                 "Fri, 11 Dec 2026 07:20:00 +0100", body), \
        meta("NORMAL", "de", "internal", "trap: water damage in the insurer's own building, no person")


def m083():
    body = """Dear Ms Kessler,

thank you for forwarding your client's request to change tariffs within
our private health insurance under section 204 VVG.

Client: Mr Sebastian Voigtländer, KV-3301-088214
Current tariff: PKV Vollschutz 2012 (premium EUR 741.20)
Requested: PKV Vollschutz 2024 (premium EUR 598.60)

The new tariff includes higher benefits for psychotherapy (50 sessions
instead of 30) and for hearing aids. For these additional benefits we may
require a health check. From our claims history we can see that your client
received psychotherapy in 2023 (F43.2, 24 sessions). We therefore offer:

  a) switch with a benefit exclusion for the additional psychotherapy
     sessions, or
  b) switch with a risk surcharge of EUR 22.40 per month.

Please let us know which option your client chooses.

Regards
Lena Fuhrmann
Health Policy Service"""
    return build(83, "Lena Fuhrmann <lena.fuhrmann@%s>" % INS,
                 "Stefanie Kessler <kessler@kessler-partner.example>",
                 "Tariff change § 204 VVG - KV-3301-088214",
                 "Fri, 11 Dec 2026 10:40:00 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker", "PKV tariff switch of named client, psychotherapy with F43.2 from claims history")


def m084():
    body = """Hallo Sven,

bitte die Courtage für den Wohngebäudevertrag WG-5510-201876 ab
01.01.2027 splitten: 50 % Hallbeck Assekuranz (40-7719), 50 % Maklerbüro
Petersen (40-9131). Beide Makler haben die Kundin, Frau Dr. Inken
Lorenzen-Hay (Bungalow Dorfstraße 2, 24229 Dänischenhagen), gemeinsam
beraten und die Vereinbarung liegt unterschrieben vor (im DMS unter
Vorgang 2026-BS-4471).

Jahresbeitrag aktuell 1.288,40 EUR, Folgecourtage 12,5 %.

Danke!
Aylin
""" + SIG_DEMIR
    return build(84, "Aylin Demir <aylin.demir@%s>" % INS,
                 "Sven Hollerbach <sven.hollerbach@%s>" % INS,
                 "Courtage-Splitting WG-5510-201876",
                 "Fri, 11 Dec 2026 13:30:00 +0100", body), \
        meta("CONFIDENTIAL", "de", "internal", "commission split on a named customer's buildings policy with insured address")


def m085():
    rows = [["Nordkamp Allgemeine – large losses commercial lines 2026 (> EUR 250k), anonymised"],
            [],
            ["No.", "Line", "Industry", "Region", "Cause", "Loss EUR (reserve + paid)"],
            [1, "Commercial property", "Food production", "Lower Saxony", "Fire (electrical)", 3850000],
            [2, "Cyber", "Logistics", "Hamburg", "Ransomware", 1120000],
            [3, "Engineering", "Solar park", "Saxony-Anhalt", "Hail", 940000],
            [4, "Commercial liability", "Construction", "NRW", "Damage to third-party building", 610000],
            [5, "Cargo", "Machinery export", "Bremen", "Container lost at sea", 455000],
            [6, "Commercial property", "Retail", "Schleswig-Holstein", "Storm", 287000]]
    body = """Dear Tom,

as requested for your client presentation, the list of our large
commercial losses this year. Insureds are anonymised (industry and region
only) and you may share the file with prospects.

Regards
Tobias Reinecke"""
    return build(85, "Tobias Reinecke <tobias.reinecke@%s>" % INS,
                 "Tom Ashdown <t.ashdown@fairway-brokers.example>",
                 "Large losses 2026 (anonymised)",
                 "Fri, 11 Dec 2026 15:55:00 +0100", body,
                 attachments=[att("large_losses_2026_anon.xlsx", XLSX, xlsx([("Large losses", rows)]))]), \
        meta("NORMAL", "en", "insurer-to-broker", "trap: anonymised large-loss list with amounts, industry and region only")


def m086():
    body = """Sehr geehrter Herr Tiedemann,

mit großem Bedauern haben wir vom Tod Ihres Kunden Herrn Erwin Schnackenberg
erfahren. Zur Risikolebensversicherung LV-0917-098431 (Versicherungssumme
120.000 EUR, Bezugsberechtigte: Frau Heike Schnackenberg) liegen uns vor:

  - Sterbeurkunde Standesamt Elmshorn (Todestag 22.11.2026)
  - Leistungsantrag der Bezugsberechtigten

Da der Vertrag erst seit 2,5 Jahren besteht, benötigen wir noch die
ärztliche Bescheinigung über die Todesursache. Laut Angabe der Witwe
verstarb Herr Schnackenberg an einem Herzinfarkt; im Antrag 2024 waren
keine Herz-Kreislauf-Erkrankungen angegeben. Die Prüfung ist Routine und
verzögert die Auszahlung in der Regel nur um wenige Tage.

Mit freundlichen Grüßen
Henrik Sommerfeld
Leistung Leben"""
    return build(86, "Henrik Sommerfeld <henrik.sommerfeld@%s>" % INS,
                 "Jörg Tiedemann <info@tiedemann-versicherungen.example>",
                 "Todesfall LV-0917-098431",
                 "Mon, 14 Dec 2026 09:15:00 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker", "death claim on named customer's life policy, cause of death heart attack, beneficiary")


def m087():
    body = """Sehr geehrter Herr Brunsbek,

der Jahresbeitrag 2026/27 für die Hausratversicherung Ihres Kunden ist
trotz Zahlungserinnerung noch offen:

  Herr Niklas Haverbeck, Hausrat HR-1180-552316
  fällig seit 01.10.2026, offen 164,20 EUR zzgl. 5,00 EUR Mahngebühr

Wir haben heute die qualifizierte Mahnung nach § 38 VVG versandt (Frist
2 Wochen). Vielleicht können Sie Ihren Kunden noch einmal ansprechen?

Mit freundlichen Grüßen
Beitragsservice Sach"""
    return build(87, "Beitragsservice Sach <beitragsservice@%s>" % INS,
                 "Lars Brunsbek <info@makler-brunsbek.example>",
                 "Beitragsrückstand HR-1180-552316",
                 "Mon, 14 Dec 2026 11:00:00 +0100", body), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker", "premium arrears on a named customer's household policy")


def m088():
    body = """Hello Michael,

your developer asked what the fields in record type 0100 (address record)
mean. Short overview for our delivery (GDV release 2018.1):

  Pos.  Len  Field
  1     4    Record type "0100"
  5     5    VU number (ours: 57120)
  14    17   Policy number
  31    30   Surname / company name
  61    30   First name
  91    8    Date of birth (DDMMYYYY), blank for companies
  99    30   Street
  129   5    Postcode
  134   25   City
  ...
  256   1    Record sequence

Date of birth and policy number are personal data; the production files
must only be fetched through the BiPRO channel, never by mail. The field
layout itself is public (GDV VU-Vermittler standard).

Best,
Kai-Uwe"""
    return build(88, "Kai-Uwe Brandes <kai-uwe.brandes@%s>" % INS,
                 "Michael Gerdes <it@kessler-partner.example>",
                 "RE: GDV record 0100 - field layout",
                 "Mon, 14 Dec 2026 14:22:00 +0100", body), \
        meta("NORMAL", "en", "insurer-to-broker", "trap: GDV field layout naming date of birth and policy number fields, no data")


def m089():
    body = """Hallo Herr Lindqvist,

zum Unfall Ihres Kunden Herrn Uwe Kampmann (KH-4471-296650) vom
29.11.2026 in Hattingen:

Ihr Kunde hat beim Abbiegen einem entgegenkommenden Fahrzeug die Vorfahrt
genommen. Im gegnerischen Fahrzeug wurde die Beifahrerin, Frau Selin
Aydoğan, verletzt (HWS-Distorsion, Prellung Thorax, ambulant im EvK
Hattingen behandelt, 3 Wochen arbeitsunfähig). Deren Anwalt macht
Schmerzensgeld geltend.

Wir regulieren den Personenschaden direkt. Ihr Kunde wird in SF-Klasse
12 zurückgestuft (bisher SF 18), Vollkasko besteht nicht.

Viele Grüße
Oliver Stratmann
Kfz-Schaden"""
    return build(89, "Oliver Stratmann <oliver.stratmann@%s>" % INS,
                 "Marco Lindqvist <m.lindqvist@vk-rheinruhr.example>",
                 "Kfz-Schaden Kampmann – Personenschaden",
                 "Mon, 14 Dec 2026 16:30:00 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker", "motor liability claim with named injured third party: whiplash, sick leave")


def m090():
    body = """You have a new document in your Nordkamp broker post.

Category: Commission statement
Date: 15.12.2026

Please log in to the broker portal to view it:
https://makler.nordkamp-versicherung.example/post

For security reasons this notification contains no content. Do not reply
to this message.

Nordkamp Broker Portal"""
    return build(90, "Nordkamp Broker Portal <noreply-portal@%s>" % INS,
                 "Charlotte Bramwell <c.bramwell@fairway-brokers.example>",
                 "New document in your broker post",
                 "Tue, 15 Dec 2026 06:00:05 +0100", body,
                 headers=[("Auto-Submitted", "auto-generated")]), \
        meta("NORMAL", "en", "insurer-to-broker", "trap: portal notification about a commission statement, no content")

def m091():
    doc = odt(["MAKLERVOLLMACHT UND MAKLERAUFTRAG (Muster)",
               "Hiermit beauftrage ich, «Vorname Nachname», geboren am «TT.MM.JJJJ», wohnhaft «Straße, PLZ Ort»,",
               "die Firma «Maklerfirma», «Anschrift», mit der Betreuung meiner Versicherungsverträge.",
               "Der Makler ist bevollmächtigt, Verträge zu kündigen, neu abzuschließen und Willenserklärungen",
               "entgegenzunehmen. Er darf Auskünfte über bestehende Verträge einholen.",
               "Gesundheitsdaten: Ich willige ein, dass der Makler Gesundheitsdaten, die für die Beratung",
               "in der Kranken-, Lebens- und Unfallversicherung erforderlich sind, erhebt und an Versicherer",
               "weitergibt. (Diese Einwilligung ist gesondert zu unterschreiben.)",
               "Betroffene Verträge: «Versicherer» «Vertragsnummer» «Sparte»",
               "Ort, Datum ______________   Unterschrift ______________________"])
    body = """Hallo Herr Brunsbek,

Sie hatten nach unserer Mustervollmacht gefragt. Im Anhang die Vorlage,
die wir für Bestandsübertragungen akzeptieren. Sie können auch Ihre eigene
verwenden, wenn sie die Punkte "Kündigung", "Auskunft" und die gesonderte
Einwilligung für Gesundheitsdaten enthält.

Gruß
Aylin Demir
""" + SIG_DEMIR
    return build(91, "Aylin Demir <aylin.demir@%s>" % INS,
                 "Lars Brunsbek <info@makler-brunsbek.example>",
                 "Muster Maklervollmacht",
                 "Tue, 15 Dec 2026 09:10:00 +0100", body,
                 attachments=[att("Muster_Maklervollmacht_Nordkamp.odt", ODT, doc)]), \
        meta("NORMAL", "de", "insurer-to-broker", "trap: blank broker mandate template (ODT) with placeholders and health-data consent clause")


def m092():
    rows = [["Policy no.", "Policyholder", "Address", "Line", "Annual premium EUR", "Renewal"],
            ["HR-1180-546610", "Ingrid van der Meulen", "Isestraße 61, 20149 Hamburg", "Household", 204.10, "01.03."],
            ["PH-2209-079902", "Ingrid van der Meulen", "Isestraße 61, 20149 Hamburg", "Private liability", 69.00, "01.03."],
            ["HR-1180-548731", "Yusuf Demirtaş", "Hoheluftchaussee 20, 20253 Hamburg", "Household", 131.55, "01.07."],
            ["GL-3315-012274", "Yusuf Demirtaş", "Hoheluftchaussee 20, 20253 Hamburg", "Glass", 38.00, "01.07."],
            ["HR-1180-550048", "Pieter and Anouk de Graaf", "Blankeneser Hauptstraße 133, 22587 Hamburg", "Household", 289.90, "01.10."]]
    body = """Hi James,

as requested, the list of household, liability and glass contracts that
Meridian will take over from Hallbeck Assekuranz on 1 January (customers
have signed new mandates for you). ODS file attached.

Please check the addresses against your own records before the transfer.

""" + SIG_NAIR
    return build(92, "Priya Nair <priya.nair@%s>" % INS,
                 "James Whitaker <j.whitaker@meridian-expat.example>",
                 "Portfolio transfer 1 Jan - contract list",
                 "Tue, 15 Dec 2026 11:25:00 +0100", body,
                 attachments=[att("transfer_Hallbeck_to_Meridian.ods", ODS, ods("Transfer", rows))]), \
        meta("CONFIDENTIAL", "en", "insurer-to-broker", "ODS customer list with named policyholders, addresses, property/liability contracts")


def m093():
    body = """Sehr geehrte Frau Voss,

leider müssen wir Sie über den Beitragsrückstand Ihres Kunden informieren:

  Herr Rainer Goldbach, Krankheitskostenvollversicherung KV-3301-071845
  Rückstand: 4 Monatsbeiträge (Aug–Nov 2026), 2.387,60 EUR

Die zweite Mahnung nach § 193 Abs. 6 VVG ist am 10.11. zugegangen. Wird
der Rückstand bis 31.12.2026 nicht ausgeglichen, ruht der Vertrag und Ihr
Kunde wird in den Notlagentarif umgestellt. Dann werden nur noch
Aufwendungen für akute Erkrankungen und Schmerzzustände sowie bei
Schwangerschaft und Mutterschaft erstattet.

Eine Ratenzahlung ist möglich; Ihr Kunde kann sich direkt an den
Beitragsservice Kranken wenden.

Mit freundlichen Grüßen
Beitragsservice Kranken
Nordkamp Krankenversicherung AG"""
    return build(93, "Beitragsservice Kranken <beitragsservice-kv@%s>" % INS,
                 "Melanie Voss <m.voss@hallbeck-assekuranz.example>",
                 "Beitragsrückstand KV-3301-071845",
                 "Tue, 15 Dec 2026 14:05:00 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker", "premium arrears on a named customer's full health insurance, emergency tariff")


def m094():
    body = """Hallo Henning,

die Durchlaufzeiten Antragsprüfung Leben/BU für November, wie jeden Monat:

                                  Anträge   Median Tage   90%-Quantil
Policiert ohne Rückfrage            1.214        1,0           3
Policiert nach Rückfrage Makler       388        9,5          21
davon Arztbericht angefordert         171       18,0          39
davon Zusatzfragebogen Psyche          64       12,0          27
Angebot mit Zuschlag/Ausschluss       297       14,5          33
Abgelehnt                              83       16,0          35
Zurückgestellt                         41        –             –

Der Anteil "Arztbericht angefordert" ist seit der elektronischen
Anforderung um 4 Tage schneller geworden. Top-Gründe für Ablehnungen
bleiben psychische Erkrankungen und Diabetes mit Folgeschäden.

Gruß
Mareike"""
    return build(94, "Dr. Mareike Quast <mareike.quast@%s>" % INS,
                 "Henning Lammers <henning.lammers@%s>" % INS,
                 "Durchlaufzeiten Antragsprüfung 11/2026",
                 "Wed, 16 Dec 2026 08:30:00 +0100", body), \
        meta("NORMAL", "de", "internal", "trap: aggregate underwriting turnaround times and decline reasons, no applicant")


def m095():
    body = """Dear Daniel,

re the direct insurance (bAV) of Mr Oliver Strzelecki, who is leaving
Harbour Logistics GmbH on 31 December and joining Kranich Spedition AG:

Contract: LV-0917-141177 (Direktversicherung, § 3 no. 63 EStG)
Current contribution: EUR 302 per month (deferred compensation from a
gross salary of EUR 4,650)
Transfer value as at 31.12.2026: approx. EUR 19,740

Under section 4 (3) BetrAVG he can demand the transfer to the new
employer's scheme within one year. The new employer uses Kranich's
Pensionskasse; the transfer agreement (Übertragungsabkommen) applies, so
no new health check is needed.

Please send us the new employer's confirmation and the employee's signed
request.

Regards
Aylin Demir
Customer Service Life / bAV"""
    return build(95, "Aylin Demir <aylin.demir@%s>" % INS,
                 "Daniel O'Connor <d.oconnor@northbridge-benefits.example>",
                 "bAV transfer Strzelecki - LV-0917-141177",
                 "Wed, 16 Dec 2026 10:10:00 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker", "named employee's bAV life contract transfer with salary and transfer value")


def m096():
    letter = pdf(["Nordkamp Allgemeine Versicherung AG", "Bestandsservice Sach",
                  "", "An: Hallbeck Assekuranz GmbH, Große Elbstraße 59, 22767 Hamburg",
                  "Münster, 15.12.2026", "",
                  "Bestätigung der Bestandsübertragung",
                  "Mit Wirkung zum 01.01.2027 werden folgende Verträge Ihrer Vermittlernummer 40-7719 zugeordnet.",
                  "Grundlage: Maklervollmachten der Kunden vom 20.11.2026 und 26.11.2026.", "",
                  "WG-5510-190224  Wohngebäude  Sievers, Arne   Op'n Hoff 3, 21635 Jork",
                  "HR-1180-528801  Hausrat      Sievers, Arne   Op'n Hoff 3, 21635 Jork",
                  "KH-4471-315540  Kfz          Sievers, Birte  STD-BS 19",
                  "PH-2209-070215  Haftpflicht  Quandt, Melina  Lange Straße 8, 21680 Stade", "",
                  "Der bisherige Vermittler wurde informiert. Die Courtage für das laufende",
                  "Versicherungsjahr verbleibt beim bisherigen Vermittler.", "",
                  "Bestandsservice Sach"], title="Bestätigung Bestandsübertragung")
    body = """Sehr geehrte Frau Voss,

anbei die Bestätigung der Bestandsübertragung als PDF.

Mit freundlichen Grüßen
""" + SIG_DEMIR
    return build(96, "Aylin Demir <aylin.demir@%s>" % INS,
                 "Melanie Voss <m.voss@hallbeck-assekuranz.example>",
                 "Bestätigung Bestandsübertragung zum 01.01.2027",
                 "Wed, 16 Dec 2026 11:40:00 +0100", body,
                 attachments=[att("Bestaetigung_Bestandsuebertragung_40-7719.pdf", PDF, letter)]), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker", "PDF only: transferred property/motor/liability contracts of named customers with addresses")


def m097():
    body = """Dear Partners,

from 1 February 2027 we are rewording health question 5 in our term life
and income protection applications. Old and new wording:

OLD: "Have you been examined, advised or treated by a doctor in the last
5 years for any illness, complaint or injury?"

NEW: "In the last 5 years, have you been treated or advised by a doctor,
psychotherapist or alternative practitioner for any illness, complaint or
injury, except for (a) colds, flu-like infections and gastroenteritis that
healed within 4 weeks, (b) check-ups without findings, (c) pregnancy
without complications?"

We hope this reduces the number of queries about minor ailments. Please
use the new application forms from 1 February; old forms will be accepted
until 31 March.

Nordkamp Underwriting Team"""
    return build(97, "Nordkamp Underwriting <underwriting@%s>" % INS,
                 "broker-newsletter-international@%s" % INS,
                 "New wording of health question 5 from 1 Feb 2027",
                 "Wed, 16 Dec 2026 15:00:00 +0100", body), \
        meta("NORMAL", "en", "newsletter", "trap: product text on health question wording, illnesses and pregnancy as generic examples")


def m098():
    body = """Hallo Frau Petersen,

zum Haftpflichtschaden Ihres Kunden:

  VN Herr Bjarne Lütjohann, Tierhalter-Haftpflicht TH-2240-015587
  Hund "Oskar" (Mischling, 28 kg)
  Schadentag 05.12.2026, Strandweg Laboe

Oskar hat den Dackel der Nachbarin, Frau Rosemarie Tiedtke, gebissen.
Tierärztliche Versorgung der Bisswunde am Hals (Naht, Antibiotikum),
Rechnung Tierarztpraxis Dr. Frahm 486,30 EUR. Frau Tiedtke selbst wurde
nicht verletzt.

Wir regulieren den Betrag direkt an Frau Tiedtke. Keine SB.

Viele Grüße
Schadenservice Haftpflicht"""
    return build(98, "Schadenservice Haftpflicht <schaden-haftpflicht@%s>" % INS,
                 "Anja Petersen <post@petersen-makler.example>",
                 "Hundebiss Lütjohann / Tiedtke",
                 "Thu, 17 Dec 2026 09:20:00 +0100", body), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker", "dog liability claim: named policyholder and third party, animal injury only, nobody hurt")


def m099():
    form = pdf(["Nordkamp Lebensversicherung AG", "Zusatzfragebogen Wirbelsäule / Rücken (Formular RP-12)",
                "", "Zu Antrag Nr.: ______________  Name der zu versichernden Person: ______________________",
                "", "1. Welche Diagnose wurde gestellt? (z. B. Lumbalgie, Bandscheibenvorfall, Skoliose)",
                "   ____________________________________________",
                "2. Welcher Wirbelsäulenabschnitt ist betroffen?  [ ] HWS  [ ] BWS  [ ] LWS",
                "3. Wann traten die Beschwerden erstmals / zuletzt auf?  ________ / ________",
                "4. Welche Behandlungen erfolgten?  [ ] Physiotherapie  [ ] Injektionen  [ ] Operation",
                "5. Bestand Arbeitsunfähigkeit? Wenn ja, wie lange insgesamt? ____ Wochen",
                "6. Bestehen heute noch Beschwerden oder Einschränkungen? [ ] ja [ ] nein",
                "", "Bitte fügen Sie vorhandene Befunde (MRT, Arztbriefe) bei.",
                "Senden Sie den ausgefüllten Bogen nur über das Maklerportal oder das SecureMail-Portal.",
                "", "Ort, Datum ___________  Unterschrift ____________________"], title="Formular RP-12")
    body = """Hallo Herr Lindqvist,

hier wie gewünscht der leere Zusatzfragebogen Rücken (RP-12) als PDF, falls
Sie ihn Ihren Kunden vorab schon einmal zeigen möchten.

Viele Grüße
Tobias Reinecke"""
    return build(99, "Tobias Reinecke <tobias.reinecke@%s>" % INS,
                 "Marco Lindqvist <m.lindqvist@vk-rheinruhr.example>",
                 "Zusatzfragebogen Rücken (leer)",
                 "Thu, 17 Dec 2026 10:00:00 +0100", body,
                 attachments=[att("RP-12_Zusatzfragebogen_Wirbelsaeule.pdf", PDF, form)]), \
        meta("NORMAL", "de", "insurer-to-broker", "trap: blank spine questionnaire PDF listing diagnoses and treatments as options")


def m100():
    body = """Hi Charlotte, hallo Frau Voss,

(English below)

Frau Voss: Die Maklervollmacht für Frau Theresa Winkelhoff liegt uns vor.
Ab 01.01.2027 betreut Fairway Insurance Brokers folgende Verträge, die
bisher Ihrer Firma zugeordnet waren:

  LV-0917-167702  Berufsunfähigkeitsversicherung BU Klar
  KV-3301-093358  Krankenzusatz KlinikKomfort + ZahnPlus
  UV-2750-042006  Unfallversicherung

Charlotte: as of 1 January, you are the broker of record for Ms Theresa
Winkelhoff's income protection, hospital/dental top-up and personal
accident contracts listed above. The open dental claim from November
(crown, tooth 24) will continue to be handled by our claims team; you'll
get copies from January.

Best regards / viele Grüße
Aylin Demir
""" + SIG_DEMIR
    return build(100, "Aylin Demir <aylin.demir@%s>" % INS,
                 "Charlotte Bramwell <c.bramwell@fairway-brokers.example>",
                 "Maklerwechsel Winkelhoff / change of broker",
                 "Thu, 17 Dec 2026 12:45:00 +0100", body,
                 cc="Melanie Voss <m.voss@hallbeck-assekuranz.example>"), \
        meta("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-broker",
             "change of broker for named customer's BU, health and accident contracts, open dental claim")


def m101():
    body = """Hi Tom,

quick status on the cyber claim of Fischräucherei Wendt e.K.:

Policy: CY-6610-00883, policyholder Mr Henning Wendt (sole trader)
Incident: ransomware on 8 December, POS and ordering system encrypted
Our incident response partner (SecuHafen GmbH) restored from backup on
10 December. Business interruption: 2 days.

Costs so far: incident response EUR 7,480, BI claim still to be
calculated – we need the revenue figures for December 2025 and
November 2026 (daily takings). Mr Wendt said his average daily revenue
is around EUR 2,300.

No personal data of customers was affected according to the forensic
report, so no notification to the data protection authority was needed.

Tobias"""
    return build(101, "Tobias Reinecke <tobias.reinecke@%s>" % INS,
                 "Tom Ashdown <t.ashdown@fairway-brokers.example>",
                 "Cyber claim Wendt - status",
                 "Thu, 17 Dec 2026 15:15:00 +0100", body), \
        meta("CONFIDENTIAL", "en", "insurer-to-broker", "cyber claim of a sole trader (natural person), policy number, revenue figures")


def m102():
    body = """Hallo zusammen,

zur Vorbereitung auf die Datenschutz-Schulung am Montag hier schon mal das
kleine Quiz (Lösungen unten, nicht schummeln :-)).

1. Ein Makler schickt einen Arztbericht seines Kunden an
   maklerbetreuung@. Was tun?
   a) zurückschicken  b) in die Akte, aus dem Postfach löschen, Fehlerlog
   c) an den Makler mit der Bitte um Verschlüsselung weiterleiten

2. Darf in der Betreffzeile einer Mail an einen Makler die Diagnose
   stehen, wenn der Inhalt verschlüsselt ist?
   a) ja  b) nein

3. Ist die Information "Herr X ist bei uns krankenversichert" bereits
   ein Gesundheitsdatum?
   a) ja, streng vertraulich  b) nein, nur vertraulich

4. Welche Aufbewahrungsfrist gilt für Portal-Protokolle? ____ Jahre

Lösungen: 1 b, 2 b (Betreff wird oft nicht verschlüsselt), 3 a (nach
unserer Richtlinie), 4 sechs.

Gruß
Kai-Uwe"""
    return build(102, "Kai-Uwe Brandes <kai-uwe.brandes@%s>" % INS,
                 "maklervertrieb-nord@%s" % INS,
                 "Quiz Datenschutz-Schulung Montag",
                 "Fri, 18 Dec 2026 09:00:00 +0100", body), \
        meta("NORMAL", "de", "internal", "trap: data-protection quiz about doctors' reports and diagnoses in subjects, placeholder 'Herr X'")


def m103():
    body = """Sehr geehrter Herr Hallbeck,

wir müssen Ihnen leider mitteilen, dass wir vom Vertrag Ihres Kunden

  Herrn Mirko Stallbaum, BU-Versicherung LV-0917-205519,
  Beginn 01.06.2025

gemäß § 19 Abs. 2 VVG zurückgetreten sind. Im Leistungsfall (AU seit
07/2026 wegen rezidivierender depressiver Störung, F33.1) haben wir
festgestellt, dass Herr Stallbaum bereits 2021–2023 in
psychotherapeutischer Behandlung war (Dipl.-Psych. Ebeling, 38 Sitzungen,
Diagnose F32.1). Im Antrag wurde die Frage nach psychotherapeutischer
Behandlung verneint. Bei Kenntnis hätten wir den Antrag nicht angenommen.

Die gezahlten Beiträge werden nicht erstattet (§ 39 Abs. 1 VVG). Das
Schreiben an den Kunden ist heute per Einschreiben rausgegangen. Die
Courtage wird zurückbelastet.

Mit freundlichen Grüßen
Henrik Sommerfeld
Leistung BU"""
    return build(103, "Henrik Sommerfeld <henrik.sommerfeld@%s>" % INS,
                 "Finn Hallbeck <f.hallbeck@hallbeck-assekuranz.example>",
                 "Rücktritt LV-0917-205519",
                 "Fri, 18 Dec 2026 11:30:00 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker", "rescission of named customer's BU for non-disclosed psychotherapy, F33.1/F32.1")


def m104():
    body = """Hi Henning,

summary of the broker portal vendor demos last week (for the steering
committee on 7 January):

                      PortaLink     MaklerHub 5    own build (IT)
BiPRO 430/440         yes           yes            430 only
SSO for pools         yes           planned Q3     yes
Hosting               SaaS (EU)     on-prem/SaaS   on-prem
Licence / year        EUR 148k      EUR 96k        n/a (approx. 3 FTE)
Reference insurers    4             7              -

My recommendation: MaklerHub 5, mainly because of the on-prem option and
the price. PortaLink's UI was nicer though.

Best
Nadine"""
    return build(104, "Nadine Wöstmann <nadine.woestmann@%s>" % INS,
                 "Henning Lammers <henning.lammers@%s>" % INS,
                 "Broker portal vendor comparison",
                 "Fri, 18 Dec 2026 13:00:00 +0100", body), \
        meta("NORMAL", "en", "internal", "vendor comparison, no personal data")


def m105():
    body = """Hallo Herr Tiedemann,

die Umdeckung der Hausratversicherung Ihrer Kundin ist erledigt:

  Frau Leonie Grotjahn, Friedrichstraße 17, 25335 Elmshorn
  bisher: Hausrat Basis HR-1180-480233 (Versicherungssumme 40.000 EUR)
  neu:    Hausrat Komfort HR-1180-566014 (Versicherungssumme 52.000 EUR,
          inkl. Fahrraddiebstahl 24 h und Elementar)
  Beginn neu: 01.01.2027, Beitrag 148,80 EUR jährlich

Der alte Vertrag wird zum 31.12.2026 aufgehoben, der Restbeitrag
verrechnet. Police folgt über die Maklerpost.

Gruß
Bestandsservice Sach"""
    return build(105, "Bestandsservice Sach <bestandsservice-sach@%s>" % INS,
                 "Jörg Tiedemann <info@tiedemann-versicherungen.example>",
                 "Umdeckung Hausrat Grotjahn",
                 "Mon, 21 Dec 2026 09:40:00 +0100", body), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker", "replacement of named customer's household policy with address, policy numbers")


def m106():
    body = """Sehr geehrte Frau Dr. Aksoy,

Herr Paul Ehrenfeld, geb. 23.08.1984, hat bei uns über seinen Makler eine
Berufsunfähigkeitsversicherung beantragt (Antrag A-BU-2026-119140) und
Sie als behandelnde Ärztin angegeben. Eine Schweigepflichtentbindung für
diese Anfrage liegt uns vor (Kopie im Anhang unserer Portalnachricht).

Wir bitten Sie um einen kurzen Befundbericht zu folgenden Punkten:
- Diagnose und Verlauf der angegebenen Schilddrüsenunterfunktion
  (E03.9), aktuelle Medikation (L-Thyroxin-Dosis)
- letzte TSH-Werte
- weitere Behandlungen in den letzten 5 Jahren

Für den Bericht zahlen wir ein Honorar nach GOÄ Nr. 75 (Befundbericht).
Bitte senden Sie den Bericht über das SecureMail-Portal oder per Fax an
0251 7730-2299.

Mit freundlichen Grüßen
Dr. Mareike Quast
Risikoprüfung Leben / BU"""
    return build(106, "Dr. Mareike Quast <mareike.quast@%s>" % INS,
                 "Praxis Dr. Aksoy <praxis@dr-aksoy-diabetologie.example>",
                 "Befundbericht Herr Paul Ehrenfeld",
                 "Mon, 21 Dec 2026 10:30:00 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor", "request for doctor's report on named applicant: hypothyroidism E03.9, medication, birth date")


def m107():
    rows = [["ZahnPlus – monthly premiums 2027 (EUR)"],
            ["Age band", "ZahnPlus 70", "ZahnPlus 90", "ZahnPlus 100"],
            ["0-20", 8.90, 12.40, 15.80],
            ["21-30", 14.20, 19.60, 24.90],
            ["31-40", 19.80, 26.30, 33.10],
            ["41-50", 26.40, 34.90, 43.70],
            ["51-60", 32.10, 42.50, 53.20],
            ["61+", 37.60, 49.80, 62.40]]
    body = """Hi James,

attached the 2027 premium table for our dental top-up, as requested for
your expat clients who keep a German address. Premiums fall by 6.5 % on
average compared with 2026.

""" + SIG_NAIR
    return build(107, "Priya Nair <priya.nair@%s>" % INS,
                 "James Whitaker <j.whitaker@meridian-expat.example>",
                 "Dental premium table 2027",
                 "Mon, 21 Dec 2026 11:45:00 +0100", body,
                 attachments=[att("ZahnPlus_premiums_2027.xlsx", XLSX, xlsx([("2027", rows)]))]), \
        meta("NORMAL", "en", "insurer-to-broker", "trap: dental premium table by age band, no person")


def m108():
    body = """Hallo Herr Brunsbek,

für das Angebot Betriebshaftpflicht Ihres Kunden benötigen wir noch die
Umsatzangaben. Aus Ihrer Anfrage:

  Malermeister Detlef Rohlfs (Einzelunternehmen), Achim
  Umsatz 2025: 286.000 EUR netto, davon Subunternehmer 40.000 EUR
  Gewinn laut Steuerbescheid 2024: 71.300 EUR
  2 Gesellen, 1 Auszubildender

Den Gewinn brauchen wir nicht – bitte nur den Umsatz bestätigen und
angeben, ob Arbeiten an Fassaden über 10 m Höhe ausgeführt werden.
Beitrag voraussichtlich 1.140 EUR netto.

Mit freundlichen Grüßen
Tobias Reinecke
Maklerbetreuung Gewerbe"""
    return build(108, "Tobias Reinecke <tobias.reinecke@%s>" % INS,
                 "Lars Brunsbek <info@makler-brunsbek.example>",
                 "Angebot BHV Rohlfs – Umsatz",
                 "Mon, 21 Dec 2026 14:10:00 +0100", body), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker", "commercial liability quote for a named sole trader with turnover and profit (income)")


def m109():
    body = """Hallo ihr Lieben,

am Mittwoch feiern wir den Abschied von Renate Kuhlmann aus der
Provisionsabrechnung, die nach 31 Jahren in den Ruhestand geht.
Ab 15 Uhr Kaffee und Kuchen in der Teeküche 3. OG, Renate bringt ihren
berühmten Butterkuchen mit. Für das Geschenk sammelt Sven (Umschlag liegt
auf seinem Tisch).

Bis Mittwoch!
Sven & Team Provisionen"""
    return build(109, "Sven Hollerbach <sven.hollerbach@%s>" % INS,
                 "vertrieb-muenster@%s" % INS,
                 "Abschied Renate – Mittwoch 15 Uhr",
                 "Mon, 21 Dec 2026 16:00:00 +0100", body), \
        meta("NORMAL", "de", "internal", "farewell party for a named colleague, organisational")


def m110():
    body = """Dear James,

I completely understand your client's frustration and I apologise for the
delay.

Your client, Mr Oskar Lindblom (international health plan IHP-6620-02871),
was admitted to Bumrungrad International Hospital in Bangkok on
23 November with acute appendicitis (K35.8) and underwent a laparoscopic
appendectomy the same night. He was discharged on 26 November.

He paid the hospital bill of THB 412,650 himself because our guarantee of
payment was not issued in time (our assistance partner received the
request on a Sunday and did not escalate it). This should not have happened.
We have reimbursed the full amount in EUR (10,884.19) today, plus
EUR 150 for his expenses, without deducting the excess.

I've also passed the case to our complaints management as a service
failure.

""" + SIG_NAIR + """

> From: James Whitaker
> Sent: 18 December 2026 09:12
> Subject: Lindblom - STILL waiting for reimbursement - complaint
>
> Priya, Oskar had to put 11k EUR on his credit card in Bangkok for an
> emergency operation and has heard nothing for 3 weeks. This is
> unacceptable. Please treat this as a formal complaint.
"""
    return build(110, "Priya Nair <priya.nair@%s>" % INS,
                 "James Whitaker <j.whitaker@meridian-expat.example>",
                 "RE: Lindblom - STILL waiting for reimbursement - complaint",
                 "Mon, 21 Dec 2026 17:20:00 +0100", body,
                 in_reply_to="<f77e2a01.meridian@meridian-expat.example>"), \
        meta("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker", "complaint about slow expat health claim: named client's appendicitis K35.8, surgery abroad")


def m111():
    body = """Sehr geehrte Frau Schadewaldt,

auf Wunsch Ihres Maklers, Herrn Tiedemann, bestätigen wir Ihnen für die
Vorlage bei Ihrem Vermieter:

Frau Inga Schadewaldt, Stiftstraße 9, 25813 Husum, ist bei der Nordkamp
Allgemeine Versicherung AG privathaftpflichtversichert.

  Vertrag PH-2209-083371, Beginn 01.04.2024, ungekündigt
  Deckungssumme 10 Mio. EUR pauschal, inkl. Mietsachschäden an Wohnräumen
  Beitrag bezahlt bis 31.03.2027

Mit freundlichen Grüßen
Bestandsservice Sach
Nordkamp Allgemeine Versicherung AG
""" + DISCLAIMER
    return build(111, "Bestandsservice Sach <bestandsservice-sach@%s>" % INS,
                 "Inga Schadewaldt <inga.schadewaldt@postfach.example>",
                 "Versicherungsbestätigung Privathaftpflicht",
                 "Tue, 22 Dec 2026 09:00:00 +0100", body,
                 cc="Jörg Tiedemann <info@tiedemann-versicherungen.example>"), \
        meta("CONFIDENTIAL", "de", "insurer-to-customer", "confirmation of liability insurance for a named customer with address and contract")


def m112():
    body = """Dear Rüdiger,

as promised, the key terms for Annex 2 ("Commission and cancellation
reserve") of the renewed pool agreement, to be discussed on 12 January:

1. Initial commission for life and health is paid in full on policy
   issue; 10 % of all initial commission is retained as cancellation
   reserve (Stornoreserve) for 60 months.
2. The reserve bears no interest and is released pro rata from month 25.
3. Clawbacks are first set off against the reserve, then against current
   commission. If the pool account is negative for more than 3 months,
   we may demand payment.
4. Commission for property and casualty is paid with each premium
   received; no reserve.
5. Health commission remains capped at 9 monthly premiums (§ 50 VAG).

Nothing in this annex refers to individual contracts; statements per
contract stay in the monthly commission statement.

Kind regards
Fatma Yıldız"""
    return build(112, "Fatma Yıldız <fatma.yildiz@%s>" % INS,
                 "Rüdiger Kamphausen <r.kamphausen@polaris-pool.example>",
                 "Pool agreement 2027 - Annex 2 draft terms",
                 "Tue, 22 Dec 2026 11:00:00 +0100", body), \
        meta("NORMAL", "en", "insurer-to-broker", "trap: pool agreement terms on commission reserve and clawback, no contract or person")


def m113():
    body = """Hallo Frau Kessler,

Ihr Kunde Herr Maximilian Oertel hat seine Krankheitskostenvoll-
versicherung KV-3301-090871 zum 31.12.2026 gekündigt, weil er wieder
sozialversicherungspflichtig beschäftigt ist.

Die Kündigung wird nach § 205 Abs. 2 VVG nur wirksam, wenn er uns
innerhalb von zwei Monaten die Mitgliedsbescheinigung der gesetzlichen
Krankenkasse nachweist. Bitte sorgen Sie dafür, dass wir die Bescheinigung
bis spätestens 28.02.2027 haben.

Seine Pflegepflichtversicherung endet automatisch mit. Den Zahnzusatz
(KV-3301-090872) kann er als Anwartschaft oder als eigenständigen
Zusatztarif weiterführen – soll ich ihm ein Angebot machen?

Viele Grüße
Lena Fuhrmann
Bestandsservice Kranken"""
    return build(113, "Lena Fuhrmann <lena.fuhrmann@%s>" % INS,
                 "Stefanie Kessler <kessler@kessler-partner.example>",
                 "Kündigung KV-3301-090871 Oertel",
                 "Tue, 22 Dec 2026 14:30:00 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker", "cancellation of a named customer's health and care insurance (fact of health insurance)")


def m114():
    body = """Sehr geehrte Frau Petersen,

wir bestätigen die Kündigung folgender Verträge Ihres Kunden wegen Umzugs
nach Dänemark:

  Herr Søren Kjærgaard-Möller, Nørregade 14, DK-6400 Sønderborg
  (bisher: Flensburger Straße 88, 24837 Schleswig)

  Hausrat       HR-1180-534467   Ende 31.01.2027
  Haftpflicht   PH-2209-074410   Ende 31.01.2027

Der zu viel gezahlte Beitrag von 96,35 EUR wird auf das bekannte Konto
erstattet. Eine Kfz-Versicherung besteht bei uns nicht.

Mit freundlichen Grüßen
Bestandsservice Sach"""
    return build(114, "Bestandsservice Sach <bestandsservice-sach@%s>" % INS,
                 "Anja Petersen <post@petersen-makler.example>",
                 "Kündigungsbestätigung Kjærgaard-Möller",
                 "Tue, 22 Dec 2026 15:45:00 +0100", body,
                 charset="windows-1252"), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker", "cancellation of named customer's household/liability with old and new address (windows-1252)")


def m115():
    body = """Dear partners,

we often get asked what documents speed up a claim. Here is our checklist
(also in the portal under Help > Claims):

Health (outpatient/inpatient)
- original invoices or clear scans, with diagnosis on the invoice
- for hospital stays: discharge letter if the insurer asks for it
- prescriptions: pharmacy receipt plus prescription copy

Income protection (BU)
- claim form, job description with time shares, doctors' names
- consent form for doctors' reports (signed by your client)

Property
- photos, invoices, police report for theft

Average processing times Q3: outpatient 6.2 days, inpatient 10.1 days,
BU first decision 64 days, property 27 days.

Please remember: documents with health data only via portal or SecureMail.

Nordkamp Broker Support"""
    return build(115, "Nordkamp Broker Support <maklerbetreuung@%s>" % INS,
                 "broker-newsletter-international@%s" % INS,
                 "Claims checklist for brokers",
                 "Wed, 23 Dec 2026 08:30:00 +0100", body), \
        meta("NORMAL", "en", "newsletter", "trap: generic claims checklist with health document types and average durations")


def m116():
    body = """Hallo Henrik,

ich leite dir die Beschwerde von Herrn Brunsbek weiter (unten). Kannst du
bitte bis Montag schauen, wo die Hörgeräte-Rechnung hängt? Ich melde mich
dann beim Makler.

Danke
Claudia

Claudia Wessels | Beschwerdemanagement | Tel. -1240

-------- Weitergeleitete Nachricht --------
Betreff: Beschwerde – Hörgeräte Frau Elfriede Buschmann, KV-3301-059920
Datum: Tue, 22 Dec 2026 18:11:07 +0100
Von: Lars Brunsbek <info@makler-brunsbek.example>
An: beschwerde@nordkamp-versicherung.example

Sehr geehrte Damen und Herren,

meine Kundin Frau Buschmann (82) hat am 16.10. die Rechnung für ihre
beiden Hörgeräte (Hörakustik Meyer, 4.980 EUR, Verordnung HNO Dr. Klasing
wegen beidseitiger Innenohrschwerhörigkeit) eingereicht. Seitdem ist
nichts passiert, zwei Nachfragen blieben unbeantwortet. Frau Buschmann hat
den Betrag vom Ersparten vorgestreckt.

Ich bitte um umgehende Bearbeitung.

Mit freundlichen Grüßen
Lars Brunsbek
Versicherungsmakler"""
    return build(116, "Claudia Wessels <claudia.wessels@%s>" % INS,
                 "Henrik Sommerfeld <henrik.sommerfeld@%s>" % INS,
                 "WG: Beschwerde – Hörgeräte Frau Elfriede Buschmann, KV-3301-059920",
                 "Wed, 23 Dec 2026 09:05:00 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "de", "broker", "inline forward of broker complaint: named customer's hearing aids, hearing loss, ENT prescription")


def m117():
    body = """Sehr geehrte Damen und Herren,

wir bestellen für unser Maklerzentrum (Hafenweg 12, Schulungsräume
1.05–1.08 und 2.14) zur Lieferung bis 15.01.2027:

  6 x Betriebsverbandkasten DIN 13157, Art.-Nr. VK-13157-G
  2 x Nachfüllset DIN 13157
  1 x AED-Elektrodenset Erwachsene für Gerät "CardioHelp 3"
  1 x Augenspülflasche 500 ml

Rechnungsanschrift: Nordkamp Versicherungsgruppe, Einkauf, Kostenstelle
4410, Bestellnummer EK-2026-7781.

Mit freundlichen Grüßen
Ulrike Marx
Einkauf"""
    return build(117, "Ulrike Marx <ulrike.marx@%s>" % INS,
                 "bestellung@sanitaetshaus-nord.example",
                 "Bestellung EK-2026-7781 Erste-Hilfe-Material",
                 "Wed, 23 Dec 2026 10:30:00 +0100", body), \
        meta("NORMAL", "de", "insurer-to-supplier", "trap: purchase order for first-aid kits and AED pads")


def m118():
    body = """Hello Mr Okafor,

regarding the contents insurance for your client's hair salon:

  Policyholder: Ms Adaeze Nwosu, trading as "Salon Ada" (sole trader),
  Kortumstraße 51, 44787 Bochum
  Commercial contents policy GI-7730-004519, start 1 January 2027
  Sum insured EUR 85,000 (fittings, equipment, stock)
  Business interruption: based on annual turnover of EUR 164,000 (2025)

Premium: EUR 612.40 per year plus insurance tax. The SEPA mandate you sent
is incomplete (IBAN missing the last two digits). Could you ask her to
send it again?

Kind regards
Tobias Reinecke
Commercial Lines"""
    return build(118, "Tobias Reinecke <tobias.reinecke@%s>" % INS,
                 "Chinedu Okafor <c.okafor@okafor-finance.example>",
                 "Salon Ada - commercial contents",
                 "Wed, 23 Dec 2026 11:50:00 +0100", body), \
        meta("CONFIDENTIAL", "en", "insurer-to-broker", "commercial contents of a named sole trader: address, policy, turnover")


def m119():
    text = """Broker Bulletin International | Dezember 2026

EN: Premium adjustment 2027 for international health plans
Premiums for our international health plans (IHP) will rise on average by
4.9 % on 1 April 2027. Main drivers: medical inflation in Singapore and the
UAE (+9 %) and higher claims for outpatient mental health care. Plans for
Europe-only cover go up by 2.1 %.

DE: Beitragsanpassung 2027 Auslandskrankenversicherung
Die Beiträge steigen zum 01.04.2027 um durchschnittlich 4,9 %. Ihre Kunden
erhalten die Information mit 6 Wochen Vorlauf. Ein Tarifwechsel in einen
Tarif mit höherem Selbstbehalt ist ohne erneute Gesundheitsprüfung
möglich.

Nordkamp International Broker Desk"""
    html = """<html><body>
<h2>Broker Bulletin International | Dezember 2026</h2>
<h3>EN: Premium adjustment 2027 for international health plans</h3>
<p>Premiums for our international health plans (IHP) will rise on average by <b>4.9&nbsp;%</b> on 1 April 2027. Main drivers: medical inflation in Singapore and the UAE (+9&nbsp;%) and higher claims for outpatient mental health care. Plans for Europe-only cover go up by 2.1&nbsp;%.</p>
<h3>DE: Beitragsanpassung 2027 Auslandskrankenversicherung</h3>
<p>Die Beiträge steigen zum 01.04.2027 um durchschnittlich 4,9&nbsp;%. Ihre Kunden erhalten die Information mit 6 Wochen Vorlauf. Ein Tarifwechsel in einen Tarif mit höherem Selbstbehalt ist ohne erneute Gesundheitsprüfung möglich.</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Region</th><th>Adjustment / Anpassung</th></tr>
<tr><td>Worldwide incl. USA</td><td>+6.8 %</td></tr>
<tr><td>Worldwide excl. USA</td><td>+4.9 %</td></tr>
<tr><td>Europe only</td><td>+2.1 %</td></tr>
</table>
<p>Nordkamp International Broker Desk</p>
</body></html>"""
    return build(119, "Nordkamp International Broker Desk <international@%s>" % INS,
                 "broker-newsletter-international@%s" % INS,
                 "Broker Bulletin International – December 2026",
                 "Wed, 23 Dec 2026 13:00:00 +0100", text, html=html), \
        meta("NORMAL", "mixed", "newsletter", "trap: bilingual bulletin on health premium increases and mental health claims trend, aggregates")


def m120():
    body = """Hallo Herr Lindqvist,

Sie haben recht, das hat zu lange gedauert. Die Reparaturkosten für das
Fahrzeug Ihres Kunden werden heute angewiesen.

Mit freundlichen Grüßen
Oliver Stratmann
Kfz-Schaden

-----Ursprüngliche Nachricht-----
Von: Marco Lindqvist <m.lindqvist@vk-rheinruhr.example>
Gesendet: Montag, 21. Dezember 2026 16:03
An: Stratmann, Oliver
Betreff: Schaden 2026-KF-77120 Jasper Holtkamp – wann wird gezahlt???

Hallo Herr Stratmann,

der Vollkaskoschaden meines Kunden Jasper Holtkamp (KH-4471-307319,
E-JH 4040, Wildunfall 02.11. bei Sprockhövel, niemand verletzt) liegt seit
sieben Wochen bei Ihnen. Das Gutachten ist seit 20.11. da, die Werkstatt
(Autohaus Brill, Hattingen) wartet auf ihr Geld: 6.812,40 EUR.

Ich bitte um Zahlung noch vor Weihnachten.

Marco Lindqvist"""
    return build(120, "Oliver Stratmann <oliver.stratmann@%s>" % INS,
                 "Marco Lindqvist <m.lindqvist@vk-rheinruhr.example>",
                 "AW: Schaden 2026-KF-77120 – wann wird gezahlt???",
                 "Tue, 22 Dec 2026 08:40:00 +0100", body), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker", "slow motor claim complaint, named customer, plate and contract only in the quoted broker mail; nobody hurt")

def m121():
    scan = pdf(["Dr. med. Jens Haupenthal · Facharzt für Orthopädie · Bahnhofstr. 4 · 45657 Recklinghausen",
                "", "Privatliquidation", "Patientin: Frau Corinna Wittkamp, geb. 12.12.1979",
                "Rechnungsnr. 2026-4417   Datum: 30.11.2026",
                "Diagnose: M75.1 G Rotatorenmanschettenruptur rechts; M54.2 Zervikalsyndrom", "",
                "Datum      GOÄ    Leistung                                 Faktor   Betrag",
                "03.11.26   1      Beratung                                  2,3     10,72",
                "03.11.26   7      Untersuchung Stütz-/Bewegungsorgane       2,3     21,45",
                "03.11.26   410    Sonographie Schulter                      1,8     21,40",
                "17.11.26   267    Injektion subakromial                     2,3     10,72",
                "17.11.26   5030   MRT-Überweisung / Befundbesprechung       2,3     40,22",
                "", "Gesamtbetrag: 104,51 EUR",
                "Bitte überweisen Sie auf IBAN DE75 7015 0000 1002 7388 41"], title="scan_0041")
    body = """AW: Beleg

> Hallo Frau Oltmanns, anbei wie besprochen. Gruß K. Reimers
"""
    return build(121, "Jana Oltmanns <jana.oltmanns@%s>" % INS,
                 "Leistung Kranken <leistung-kranken@%s>" % INS,
                 "WG: AW: Beleg",
                 "Mon, 28 Dec 2026 09:14:00 +0100", body,
                 attachments=[att("scan_0041.pdf", "application/octet-stream", scan)]), \
        meta("STRICTLY_CONFIDENTIAL", "de", "broker",
             "scanned doctor's invoice as application/octet-stream: named patient, birth date, rotator cuff rupture M75.1; body says only 'Beleg'")


def m122():
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2>Broker Satisfaction Survey 2026 – Results</h2>
<p>Dear partners, thank you to the 412 brokers who took part in our survey in October. Here are the results (scale 1 = very poor to 5 = excellent):</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eef"><th>Topic</th><th>2025</th><th>2026</th></tr>
<tr><td>Speed of underwriting (life/income protection)</td><td>3.1</td><td>3.6</td></tr>
<tr><td>Clarity of health questions</td><td>2.9</td><td>3.4</td></tr>
<tr><td>Speed of health claims</td><td>3.3</td><td>3.2</td></tr>
<tr><td>Commission statements (accuracy)</td><td>3.8</td><td>3.9</td></tr>
<tr><td>Broker portal</td><td>3.0</td><td>3.5</td></tr>
<tr><td>Handling of portfolio transfers</td><td>2.7</td><td>3.1</td></tr>
</table>
<p>Most frequent wish: a status view for open claims in the portal. We are working on it for 2027.</p>
<p>Nordkamp Broker Support</p>
</body></html>"""
    return build(122, "Nordkamp Broker Support <maklerbetreuung@%s>" % INS,
                 "broker-newsletter-international@%s" % INS,
                 "Broker survey 2026: your results",
                 "Mon, 28 Dec 2026 10:00:00 +0100", html=html), \
        meta("NORMAL", "en", "newsletter", "trap: HTML-only survey results on health claims and underwriting speed, aggregates only")


def m123():
    body = """Sehr geehrte Frau Voss,

anbei die Daten des neuen Wohngebäudevertrags Ihres Kunden zur Kontrolle,
bevor wir die Police drucken:

Versicherungsnehmer: Herr Gerd Plambeck, geb. 09.09.1955
Anschrift: Deichstraße 21, 25761 Büsum
Versichertes Objekt: Mehrfamilienhaus (4 WE, vermietet),
Fischerstraße 6, 25761 Büsum, Baujahr 1978
Vertrag: WG-5510-209981, Beginn 01.02.2027
Versicherungssumme Wert 1914: 41.200 Mark
Gefahren: Feuer, Leitungswasser, Sturm/Hagel, Elementar (ZÜRS 1)
Jahresbeitrag: 2.412,88 EUR inkl. VersSt
Zahlung: SEPA-Lastschrift von DE09 2805 0100 0071 2366 90

Bitte bis 08.01. bestätigen.

Mit freundlichen Grüßen
Bestandsservice Sach"""
    return build(123, "Bestandsservice Sach <bestandsservice-sach@%s>" % INS,
                 "Melanie Voss <m.voss@hallbeck-assekuranz.example>",
                 "Kontrolle Policendaten WG-5510-209981",
                 "Mon, 28 Dec 2026 11:15:00 +0100", body, cte="base64"), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker", "base64 body: named landlord's buildings policy with birth date, addresses and IBAN")


def m124():
    body = """Liebe Maklerinnen und Makler aus dem Münsterland,

herzliche Einladung zum nächsten Maklerstammtisch am Donnerstag,
21.01.2027, ab 18:30 Uhr im Brauhaus Kiepenkerl, Münster.

Vortrag (ca. 30 Min.): "Wenn die Eltern pflegebedürftig werden –
Pflegegrade, Eigenanteile im Heim und was Pflegezusatzversicherungen
leisten". Referentin: Gabriele Ostendorf, Pflegeberaterin.

Zahlen vorab: Der durchschnittliche Eigenanteil im Pflegeheim liegt in NRW
inzwischen bei über 3.200 EUR im Monat; rund 5,6 Mio. Menschen in
Deutschland sind pflegebedürftig.

Anmeldung bis 14.01. per Antwort auf diese Mail. Die Getränke gehen auf
uns!

Jana Oltmanns & Tobias Reinecke"""
    return build(124, "Jana Oltmanns <jana.oltmanns@%s>" % INS,
                 "makler-verteiler-muensterland@%s" % INS,
                 "Einladung Maklerstammtisch 21.01. – Thema Pflege",
                 "Tue, 29 Dec 2026 09:30:00 +0100", body), \
        meta("NORMAL", "de", "insurer-to-broker", "trap: invitation with talk on care needs and national care statistics")


def m125():
    original = inner("Rajesh Menon <r.menon@fairway-brokers.example>",
                     "Policy Service <bestandsservice-sach@%s>" % INS,
                     "Change of address and bank details - Mr & Mrs Calloway",
                     "Tue, 29 Dec 2026 10:02:00 +0000",
                     """Hello,

please update the following for our clients Mr Simon and Mrs Harriet
Calloway (household HR-1180-557203, private liability PH-2209-085510):

New address from 1 January 2027:
  Am Kaiserkai 44, 20457 Hamburg
New account for direct debits:
  Account holder: Simon Calloway
  IBAN: DE97 3005 0110 1006 5432 18

Signed SEPA mandate to follow by post.

Thanks,
Rajesh Menon
Fairway Insurance Brokers Ltd
""")
    body = """Hi Priya,

this came into the property service mailbox, but the clients are yours
from the international desk, aren't they? Forwarding as attachment –
can you take it over?

Thanks
Kerstin"""
    return build(125, "Kerstin Albrecht <kerstin.albrecht@%s>" % INS,
                 "Priya Nair <priya.nair@%s>" % INS,
                 "FW: Change of address and bank details",
                 "Tue, 29 Dec 2026 13:40:00 +0100", body,
                 attachments=[fwd(original)]), \
        meta("CONFIDENTIAL", "en", "broker", "forwarded message/rfc822: named customers' new address, IBAN and property policy numbers; body harmless")


def m126():
    body = """Hallo Frau Kessler,

für Ihre Kundin Frau Waltraud Hesselmann (Pflegetagegeld PT-3390-011284)
liegt uns jetzt der Bescheid der Pflegekasse vor: Pflegegrad 3 ab
01.11.2026 (Gutachten des Medizinischen Dienstes vom 20.10.2026,
Hauptursache Morbus Parkinson mit Gangunsicherheit und Stürzen).

Leistung ab 01.11.2026: 50 % von 40 EUR = 20 EUR täglich, für November
und Dezember zusammen 1.220 EUR. Ab Pflegegrad 3 ist Frau Hesselmann
außerdem beitragsfrei.

Die Zahlung erfolgt monatlich im Voraus auf das Konto ihrer Tochter, die
eine Vorsorgevollmacht hat.

Viele Grüße
Henrik Sommerfeld
Leistung Pflege"""
    return build(126, "Henrik Sommerfeld <henrik.sommerfeld@%s>" % INS,
                 "Stefanie Kessler <kessler@kessler-partner.example>",
                 "Pflegetagegeld Hesselmann – Pflegegrad 3",
                 "Tue, 29 Dec 2026 15:00:00 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker", "care claim: named customer's care grade 3, Parkinson's disease, falls")


def m127():
    text = """Polaris Partner Monthly – provided by Nordkamp for pool partners
January 2027

1. Mortality and longevity
The German Actuarial Association's new annuity tables show life
expectancy at 65 rising again to 21.4 years (men) and 24.6 years (women).
Term life premiums stay stable; annuity prices will rise slightly.

2. Sickness absence statistics
According to the statutory health insurers, the average sickness absence
in 2026 was 14.8 working days per employee; mental health diagnoses
accounted for 17 % of days lost. Good arguments for income protection.

3. Regulation
The EU commission's retail investment strategy: commission ban for
non-advised sales is off the table.

Unsubscribe: reply with "unsubscribe"."""
    html = """<html><body>
<h2>Polaris Partner Monthly – January 2027</h2>
<h3>1. Mortality and longevity</h3>
<p>The German Actuarial Association's new annuity tables show life expectancy at 65 rising again to 21.4 years (men) and 24.6 years (women). Term life premiums stay stable; annuity prices will rise slightly.</p>
<h3>2. Sickness absence statistics</h3>
<p>According to the statutory health insurers, the average sickness absence in 2026 was <b>14.8 working days</b> per employee; mental health diagnoses accounted for 17&nbsp;% of days lost. Good arguments for income protection.</p>
<h3>3. Regulation</h3>
<p>The EU commission's retail investment strategy: commission ban for non-advised sales is off the table.</p>
<p><small>Unsubscribe: reply with &quot;unsubscribe&quot;.</small></p>
</body></html>"""
    return build(127, "Nordkamp Pool Desk <pooldesk@%s>" % INS,
                 "Rüdiger Kamphausen <r.kamphausen@polaris-pool.example>",
                 "Polaris Partner Monthly – January 2027",
                 "Mon, 04 Jan 2027 08:00:00 +0100", text, html=html), \
        meta("NORMAL", "en", "newsletter", "trap: newsletter with mortality and sickness-absence statistics, no person")


def m128():
    csvdata = csv_text([["Vertragsnr", "Name", "Vorname", "Straße", "PLZ", "Ort", "Kennzeichen", "Fahrzeug", "SF-KH", "Beitrag"],
                        ["KH-4471-286001", "Möhlmann", "Jürgen", "Großer Kamp 4", "48157", "Münster", "MS-JM 66", "Opel Astra", "SF 21", "398,20"],
                        ["KH-4471-291178", "Schürmann", "Bärbel", "Roxeler Straße 231", "48161", "Münster", "MS-BS 310", "Renault Clio", "SF 11", "455,90"],
                        ["KH-4471-299640", "Özdemir", "Gökhan", "Weseler Straße 502", "48163", "Münster", "MS-GÖ 7", "VW Passat", "SF 5", "889,45"],
                        ["KH-4471-305512", "Fößmeier", "Jörg", "Dorfstraße 11", "48308", "Senden", "COE-JF 44", "Škoda Fabia", "SF 15", "377,00"]])
    z = zip_of([("Kfz_Bestand_40-8812_202701.csv", csvdata.encode("cp1252", "replace"))])
    body = """Hallo Frau Kessler,

hier der monatliche Kfz-Bestandsauszug für Ihre Vermittlernummer
(CSV im ZIP, Excel-Format, Windows-Zeichensatz wie gewünscht).

Gruß
Björn Kestermann
Anwendungsbetreuung Vertriebssysteme"""
    return build(128, "Björn Kestermann <bjoern.kestermann@%s>" % INS,
                 "Stefanie Kessler <kessler@kessler-partner.example>",
                 "Kfz-Bestandsauszug 01/2027",
                 "Mon, 04 Jan 2027 10:30:00 +0100", body,
                 attachments=[att("Kfz_Bestand_40-8812_202701.zip", ZIP, z)]), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker", "ZIP with windows-1252 CSV: named motor customers, addresses, plates")


def m129():
    body = """Sehr geehrter Herr Nowak,

wie telefonisch besprochen beauftragen wir die Vernichtung von
archivierten Antragsakten aus den Jahren 2010–2015 (Leben, Kranken, BU),
die das Ende der Aufbewahrungsfrist erreicht haben:

  ca. 140 Archivkartons (Ordner mit Anträgen, Gesundheitsfragebögen,
  Arztberichten), Standort Archiv Hafenweg 12, UG, Raum U.07

Vernichtung nach DIN 66399, Sicherheitsstufe P-5 / Schutzklasse 3, mit
Vernichtungsprotokoll. Abholung in verschlossenen Sicherheitsbehältern am
19. oder 20.01.2027.

Bitte senden Sie uns die Auftragsbestätigung und die aktuelle
Vertraulichkeitsvereinbarung zur Unterschrift.

Mit freundlichen Grüßen
Ulrike Marx
Einkauf"""
    return build(129, "Ulrike Marx <ulrike.marx@%s>" % INS,
                 "Piotr Nowak <auftrag@aktenvernichtung-westfalen.example>",
                 "Auftrag Aktenvernichtung Antragsarchiv",
                 "Mon, 04 Jan 2027 13:20:00 +0100", body), \
        meta("NORMAL", "de", "insurer-to-supplier", "trap: shredding order for archived health applications and doctors' reports, no person")


def m130():
    rows = [["Group life scheme GL-0051 – Harbour Logistics GmbH – member list 01/2027"],
            ["Pers. no.", "Name", "Date of birth", "Annual salary EUR", "Death benefit (2x salary)", "Beneficiary"],
            [30011, "Abdi, Hamza", "19/04/1987", 52800, 105600, "spouse"],
            [30022, "Castro Lima, Beatriz", "27/01/1994", 46200, 92400, "as per nomination"],
            [30041, "Eilers, Frauke", "15/12/1983", 61400, 122800, "spouse"],
            [30098, "Janssen, Okke", "02/08/1971", 78900, 157800, "children"],
            [30112, "Kowalczyk, Anna", "23/05/1985", 46200, 92400, "as per nomination"]]
    body = """Hi Daniel,

thanks, the updated member list for the group life scheme from Harbour
Logistics' HR has been loaded. I've attached our confirmation copy.
Note: Ms Kowalczyk is currently on long-term absence; her cover continues
under the scheme rules (waiver of contribution is being assessed in the
income protection claim).

Regards
Aylin Demir
Group Life Administration"""
    return build(130, "Aylin Demir <aylin.demir@%s>" % INS,
                 "Daniel O'Connor <d.oconnor@northbridge-benefits.example>",
                 "GL-0051 member list 01/2027 loaded",
                 "Tue, 05 Jan 2027 09:45:00 +0100", body,
                 attachments=[att("GL-0051_members_2027-01.xlsx", XLSX, xlsx([("Members", rows)]))]), \
        meta("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
             "group life member list with names, birth dates, salaries; body names an employee's long-term absence and income protection claim")


def m131():
    body = """Sehr geehrte Damen und Herren,

ab dem 11.01.2027 ist für Sie in der Region Münsterland/Emsland ein neuer
Ansprechpartner zuständig:

  Jonas Terhorst
  Maklerbetreuer Privatkunden
  Tel. 0251 7730-4418, mobil 0170 5550 922
  jonas.terhorst@nordkamp-versicherung.example

Herr Terhorst kommt aus unserer Filialdirektion Osnabrück und kennt viele
von Ihnen bereits. Für Gewerbe bleibt Tobias Reinecke Ihr Ansprechpartner.

Mit freundlichen Grüßen
Henning Lammers
Leitung Maklervertrieb Nord"""
    return build(131, "Henning Lammers <henning.lammers@%s>" % INS,
                 "makler-verteiler-muensterland@%s" % INS,
                 "Ihr neuer Maklerbetreuer ab 11.01.2027",
                 "Tue, 05 Jan 2027 11:00:00 +0100", body), \
        meta("NORMAL", "de", "insurer-to-broker", "announcement of a new broker manager with business contact details")


def m132():
    body = """Hallo Herr Brunsbek,

zum Hagelschaden an der Photovoltaikanlage Ihres Kunden:

  VN: Herr Arno Kleinschmidt, Zum Sportplatz 12, 27711 Osterholz-Scharmbeck
  Photovoltaikversicherung PV-8120-003377 (9,8 kWp, Inbetriebnahme 2021)
  Schadentag 28.12.2026, 11 Module beschädigt

Der Sachverständige (Ing.-Büro Kähler) kommt am 08.01. Bis dahin bitte
die Anlage nicht vom Netz nehmen lassen, außer der Elektriker hält es für
nötig. Den Ertragsausfall erstatten wir pauschal mit 0,30 EUR/kWh nach
dem Monitoring.

Gruß
Schadenservice Sach"""
    return build(132, "Schadenservice Sach <schaden-sach@%s>" % INS,
                 "Lars Brunsbek <info@makler-brunsbek.example>",
                 "Hagelschaden PV Kleinschmidt",
                 "Tue, 05 Jan 2027 14:20:00 +0100", body), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker", "PV hail claim of a named private customer with address and policy")


def m133():
    body = """Hello Rajesh,

answer to your anonymous risk enquiry RV-2026-3312 (no name given, as it
should be):

  Age 38, IT project manager, non-smoker, BMI 24
  Asthma since childhood, inhaler as needed, no hospital stays
  Requested: income protection EUR 2,500/month to age 67

Our binding assessment: standard terms, no exclusion, no loading –
provided the application matches these facts and the last 12 months were
without cortisone tablets. Valid for 3 months.

Best,
Nordkamp Underwriting Team"""
    return build(133, "Nordkamp Underwriting <underwriting@%s>" % INS,
                 "Rajesh Menon <r.menon@fairway-brokers.example>",
                 "Anonymous risk enquiry RV-2026-3312",
                 "Wed, 06 Jan 2027 09:00:00 +0100", body), \
        meta("NORMAL", "en", "insurer-to-broker", "trap: answer to an anonymous underwriting pre-enquiry (asthma) without any name or contract")


def m134():
    statement = pdf(["Nordkamp Versicherungsgruppe – Courtageabrechnung 12/2026",
                     "Vermittler 40-9131  Anja Petersen, Versicherungsmaklerin, Holtenauer Str. 150, 24105 Kiel",
                     "Zahlung auf DE35 4404 0037 0320 0776 11 am 12.01.2027", "",
                     "Vertrag          Kunde                    Sparte        Art          Betrag EUR",
                     "LV-0917-220871   Jessen, Torge            BU Klar       Abschluss      1.814,40",
                     "LV-0917-221306   Paulsen, Britta          RL-Plus       Abschluss        540,00",
                     "KV-3301-121577   Paulsen, Britta          ZahnPlus      Abschluss        226,80",
                     "KV-3301-098844   Rathje, Henning          PKV Vollschutz Storno        -2.970,00",
                     "HR-1180-561377   Albers, Jens             Hausrat       Bestand           33,60",
                     "PH-2209-082204   Thordsen, Gesa           Haftpflicht   Bestand           12,00", "",
                     "Summe                                                                  -342,20",
                     "Der negative Saldo wird mit der Januar-Abrechnung verrechnet."], title="Courtageabrechnung 12/2026")
    body = """Hallo Frau Petersen,

Ihre Courtageabrechnung 12/2026 im Anhang. Diesmal leider mit negativem
Saldo wegen einer Stornobuchung; Details stehen in der Abrechnung.

""" + SIG_HOLLERBACH
    return build(134, "Sven Hollerbach <sven.hollerbach@%s>" % INS,
                 "Anja Petersen <post@petersen-makler.example>",
                 "Courtageabrechnung 12/2026",
                 "Wed, 06 Jan 2027 11:30:00 +0100", body,
                 attachments=[att("Courtage_40-9131_2026-12.pdf", PDF, statement)]), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
             "PDF commission statement: named customers with BU, term life, health contracts and a PKV cancellation, broker IBAN; body harmless")


def m135():
    body = """Hi Charlotte,

zu deiner Frage re your client's accident in France – kurze Zusammenfassung
auf Deutsch für deinen Kollegen in Hamburg, English below:

DE: Ihr Kunde Herr Matthias Ebeling (KH-4471-330871, HH-ME 1967) hatte am
27.12. in Lyon einen Auffahrunfall, Schuld beim Unfallgegner (französisches
Kennzeichen GH-418-RT). Keine Verletzten. Wir regulieren über das
Besucherschutzabkommen; der französische Versicherer AXELLE Assurances
hat die Haftung bereits anerkannt.

EN: Third party has accepted liability. Repair estimate EUR 3,950 at
Autohaus Nordring. Your client only needs to send us the European accident
report (constat amiable) in the original.

Cheers
Oliver"""
    return build(135, "Oliver Stratmann <oliver.stratmann@%s>" % INS,
                 "Charlotte Bramwell <c.bramwell@fairway-brokers.example>",
                 "Unfall Lyon / accident Lyon - Ebeling",
                 "Wed, 06 Jan 2027 15:10:00 +0100", body), \
        meta("CONFIDENTIAL", "mixed", "insurer-to-broker", "motor claim abroad: named customer, policy and plate, nobody injured")


def m136():
    body = """Ticket INC-2027-00418 | Priorität 2 | Kategorie Maklerportal

Beschreibung:
Mehrere Makler melden seit heute 08:00 Uhr, dass der Upload von
Arztberichten und Arztrechnungen im Portal (Bereich "Unterlagen
nachreichen") mit Fehler 413 abbricht. Betroffen sind PDFs > 10 MB
(Scans mehrerer Seiten). Uploads bis 10 MB funktionieren.

Ursache vermutlich: neues Limit im Reverse Proxy seit Change CHG-8812
(Wartung 05.01.).

Workaround für die Makler: Scans in Graustufen/150 dpi erzeugen oder
aufteilen. NICHT per Mail schicken lassen!

Bitte Limit wieder auf 50 MB setzen.

Erfasst von: Nadine Wöstmann"""
    return build(136, "IT-Servicedesk <servicedesk@%s>" % INS,
                 "Team Infrastruktur <infrastruktur@%s>" % INS,
                 "[INC-2027-00418] Upload Arztberichte im Maklerportal bricht ab",
                 "Thu, 07 Jan 2027 08:35:00 +0100", body), \
        meta("NORMAL", "de", "internal", "trap: IT ticket about uploading doctors' reports and invoices, no data")


def m137():
    body = """Hi Tom,

thanks for chasing – I've spoken to the BU claims team. The file is
complete now and a decision is expected by the end of next week. I'll
call you as soon as I hear.

Priya

On 6 Jan 2027, at 18:47, Tom Ashdown <t.ashdown@fairway-brokers.example> wrote:

> Priya, any news on Kerstin Valentin's income protection claim
> (LV-0917-176604)? She's been off since August with long Covid
> (post-viral fatigue, U09.9) and her neurologist confirmed she can't
> work more than 2 hours a day. She's really struggling financially.
> It's been 4 months since we sent the claim.
>
> Tom
"""
    return build(137, "Priya Nair <priya.nair@%s>" % INS,
                 "Tom Ashdown <t.ashdown@fairway-brokers.example>",
                 "Re: Income protection claim - update?",
                 "Thu, 07 Jan 2027 10:20:00 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
             "harmless body; quoted broker mail names client's income protection claim with long Covid U09.9")


def m138():
    rows = [["Vertrag", "Kunde", "Sparte", "Art", "Betrag EUR"],
            ["WG-5510-188734", "Pfannkuch, Ulrich Dr.", "Wohngebäude", "Bestand (anteilig bis 31.12.)", 148.22],
            ["KH-4471-340112", "Möllenbeck, Jan-Hendrik", "Kfz", "Abschluss", 29.36],
            ["PH-2209-083371", "Schadewaldt, Inga", "Privathaftpflicht", "Bestand", 17.25],
            ["HR-1180-566014", "Grotjahn, Leonie", "Hausrat", "Abschluss", 29.76],
            ["RS-4420-073318", "Bredehorst, Ludger", "Rechtsschutz", "Bestand", 41.70],
            ["", "", "", "Summe", 266.29]]
    body = """Hallo Herr Tiedemann,

Ihre Courtageabrechnung für Dezember als Excel-Datei, wie Sie es für Ihre
Buchhaltung brauchen. Die Zahlung von 266,29 EUR geht am 12.01. auf Ihr
Konto DE86 2905 0101 0081 4577 32.

""" + SIG_HOLLERBACH
    return build(138, "Sven Hollerbach <sven.hollerbach@%s>" % INS,
                 "Jörg Tiedemann <info@tiedemann-versicherungen.example>",
                 "Courtageabrechnung 12/2026 – Excel",
                 "Thu, 07 Jan 2027 13:00:00 +0100", body,
                 attachments=[att("Courtage_Tiedemann_2026-12.xlsx", XLSX, xlsx([("12-2026", rows)]))]), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker",
             "sole-trader broker's IBAN in body; XLSX lists named customers with property, motor, liability and legal expenses contracts only")


def m139():
    body = """Dear colleagues,

we're hiring: Senior Underwriter Life & Health (m/f/d), Münster or remote
within Germany, full time.

You will assess complex life, income protection and critical illness
applications from our broker partners, including cases with pre-existing
conditions such as cardiovascular disease, cancer history or mental
illness, and write clear decisions that brokers can explain to their
clients. You will train our broker support team and work on our
underwriting manual.

You have several years of underwriting experience or a medical background
(e.g. physician, nurse, medical documentation), very good German and
good English.

Please forward to anyone who might be interested. Applications via
careers.nordkamp-versicherung.example, reference UW-2027-03.

Dr. Mareike Quast
Head of Underwriting Life / Disability"""
    return build(139, "Dr. Mareike Quast <mareike.quast@%s>" % INS,
                 "alle-mitarbeiter@%s" % INS,
                 "We're hiring: Senior Underwriter Life & Health",
                 "Fri, 08 Jan 2027 09:00:00 +0100", body), \
        meta("NORMAL", "en", "internal", "trap: job ad naming cardiovascular disease, cancer, mental illness; no person")


def m140():
    body = """Hallo Frau Kessler,

zur Anfrage Ihres Kunden Herrn Benedikt Rautenberg (PKV Vollschutz
KV-3301-122087) wegen der Anschlussheilbehandlung:

Nach der Kreuzband-Ersatzplastik am 04.01.2027 (Klinik am Aasee, Diagnose
S83.53 vordere Kreuzbandruptur links) hat der Operateur eine stationäre
Reha für 3 Wochen empfohlen. Die Kostenübernahme für die Reha-Klinik
Bad Rothenfelde können wir zusagen (Tarifleistung 80 %, Tagessatz bis
185 EUR). Eine Kopie der Zusage geht an die Klinik.

Kleine Anmerkung: Im Antrag von November hatte Ihr Kunde nur die
Zahnbehandlung angegeben; der Unfall war danach (Skiurlaub 27.12.), also
alles in Ordnung.

Viele Grüße
Henrik Sommerfeld
Leistung Kranken"""
    return build(140, "Henrik Sommerfeld <henrik.sommerfeld@%s>" % INS,
                 "Stefanie Kessler <kessler@kessler-partner.example>",
                 "Reha-Zusage Rautenberg",
                 "Fri, 08 Jan 2027 11:45:00 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker", "rehab cost approval: named customer's cruciate ligament rupture S83.53, surgery")


def m141():
    doc = docx(["Nordkamp Krankenversicherung AG · Hafenweg 12 · 48155 Münster",
                "«Anrede» «Vorname» «Nachname»",
                "«Straße» «Hausnummer»",
                "«PLZ» «Ort»",
                "Ihre Krankenversicherung Nr. «Vertragsnummer» – Beitragsanpassung zum 01.04.2027",
                "«Briefanrede»,",
                "die Leistungsausgaben in Ihrem Tarif «Tarifname» sind stärker gestiegen als kalkuliert. Nach § 155 VAG haben wir daher die Beiträge überprüft. Ein unabhängiger Treuhänder hat der Anpassung zugestimmt.",
                ("table", [["Tarif", "Beitrag bisher", "Beitrag neu", "Veränderung"],
                           ["«Tarifname»", "«Beitrag_alt» EUR", "«Beitrag_neu» EUR", "«Differenz» EUR"]]),
                "Sie haben nach § 204 VVG das Recht, in einen anderen Tarif mit gleichartigem Versicherungsschutz zu wechseln. Ihr Vermittler «Vermittlername» berät Sie gern.",
                "Mit freundlichen Grüßen", "Nordkamp Krankenversicherung AG"])
    body = """Hallo Jana,

hier die finale Briefvorlage für die Beitragsanpassung PKV 04/2027
(Serienbrief mit Platzhaltern), damit die Maklerbetreuung weiß, was die
Kunden bekommen. Makler bekommen über BiPRO eine Kopie je Kunde.

Gruß
Lena"""
    return build(141, "Lena Fuhrmann <lena.fuhrmann@%s>" % INS,
                 "Jana Oltmanns <jana.oltmanns@%s>" % INS,
                 "Vorlage Beitragsanpassung PKV 04/2027",
                 "Fri, 08 Jan 2027 14:00:00 +0100", body,
                 attachments=[att("Vorlage_BAP_PKV_2027-04.docx", DOCX, doc)]), \
        meta("NORMAL", "de", "internal", "trap: health premium increase letter template (DOCX) with «placeholders» only")


def m142():
    body = """Dear Mr Okafor,

we confirm cover under the legal expenses policy of your client

  Mr Thorsten Lüdecke, RS-4420-079015 (private, occupational and traffic)

for his dispute with his former employer, Stahlbau Ruhrort GmbH, about
the dismissal dated 30 November 2026 and unpaid overtime (approx.
EUR 4,100). Cover includes the action before the labour court in Duisburg
(first instance) by attorney Ms Dr. Yvonne Brandl. Deductible EUR 250.

Please note that in labour court proceedings each party bears its own
lawyer's fees in the first instance, regardless of the outcome; those are
covered by the policy.

Kind regards
Legal Expenses Claims
Nordkamp Allgemeine Versicherung AG"""
    return build(142, "Legal Expenses Claims <rechtsschutz@%s>" % INS,
                 "Chinedu Okafor <c.okafor@okafor-finance.example>",
                 "Cover confirmation RS-4420-079015",
                 "Mon, 11 Jan 2027 09:30:00 +0100", body), \
        meta("CONFIDENTIAL", "en", "insurer-to-broker", "legal expenses cover for named customer's dismissal dispute, employer named, overtime pay")


def m143():
    body = """Sehr geehrter Herr Lindqvist,

wir führen bei Ihrem Kunden Herrn Sascha Beermann (BU LV-0917-119804,
BU-Rente seit 01.05.2024 wegen Epilepsie, G40.2) die turnusmäßige
Nachprüfung nach § 174 VVG durch.

Bitte lassen Sie uns über Ihren Kunden bis 28.02.2027 zukommen:
- aktuellen Bericht des behandelnden Neurologen (Anfallsfrequenz,
  Medikation, Fahrtauglichkeit)
- Angaben zu einer etwaigen neuen beruflichen Tätigkeit oder
  Umschulung

Die Rente wird während der Nachprüfung weitergezahlt.

Mit freundlichen Grüßen
Henrik Sommerfeld
Leistung BU"""
    return build(143, "Henrik Sommerfeld <henrik.sommerfeld@%s>" % INS,
                 "Marco Lindqvist <m.lindqvist@vk-rheinruhr.example>",
                 "Nachprüfung BU LV-0917-119804",
                 "Mon, 11 Jan 2027 11:00:00 +0100", body), \
        meta("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker", "BU follow-up review: named customer receiving disability pension for epilepsy G40.2")


def m144():
    body = """Thank you for your email. I'm out of the office until 18 January with
limited access to email.

For urgent matters please contact the International Broker Desk,
+49 251 7730-4400 or international@nordkamp-versicherung.example.

Please send any documents containing health information only via our
SecureMail portal.

Priya Nair"""
    return build(144, "Priya Nair <priya.nair@%s>" % INS,
                 "Rajesh Menon <r.menon@fairway-brokers.example>",
                 "Automatic reply: Broker meeting 19 January",
                 "Tue, 12 Jan 2027 08:03:00 +0100", body,
                 headers=[("Auto-Submitted", "auto-replied")]), \
        meta("NORMAL", "en", "insurer-to-broker", "out-of-office reply, reminder to send health documents via portal")


def m145():
    body = """Sehr geehrte Frau Voss,

die Maklervollmacht Ihrer Kundin ist eingegangen. Wir haben die folgenden
Verträge auf Ihre Vermittlernummer 40-7719 umgeschlüsselt:

  Frau Marlene Vogelsang, geb. 03.03.1967
  Lüneburger Straße 40, 21073 Hamburg

  Kfz           KH-4471-321455   (HH-MV 303)
  Hausrat       HR-1180-539910
  Rechtsschutz  RS-4420-070651

Die Umschlüsselung gilt ab sofort; die Courtage für das laufende
Versicherungsjahr bleibt beim Vorvermittler.

Mit freundlichen Grüßen
""" + SIG_DEMIR
    return build(145, "Aylin Demir <aylin.demir@%s>" % INS,
                 "Melanie Voss <m.voss@hallbeck-assekuranz.example>",
                 "Maklervollmacht Vogelsang eingegangen",
                 "Tue, 12 Jan 2027 10:15:00 +0100", body), \
        meta("CONFIDENTIAL", "de", "insurer-to-broker", "broker mandate: named customer with birth date, address, motor/household/legal contracts")


def m146():
    body = """Hallo Fatma,

heute kam vom Amtsgericht Recklinghausen ein Pfändungs- und
Überweisungsbeschluss (Az. 23 M 1187/26) gegen einen unserer Makler:

  Schuldner: Reinhard Pöppelmann, Versicherungsmakler (Einzelunternehmen),
  Vermittlernummer 40-8450, Gläubigerin: Sparkasse Vest
  Forderung: 38.412,17 EUR nebst Zinsen

Gepfändet sind "sämtliche gegenwärtigen und künftigen Courtageansprüche".
Seine laufende Courtage liegt bei ca. 3.900 EUR im Monat. Muss ich die
Pfändungsfreigrenzen nach § 850i ZPO berücksichtigen, oder überweisen wir
alles an die Sparkasse? Die Drittschuldnererklärung ist in 2 Wochen
fällig.

Ich habe die Zahlungen an ihn erst mal gesperrt.

Danke und Gruß
Sven"""
    return build(146, "Sven Hollerbach <sven.hollerbach@%s>" % INS,
                 "Fatma Yıldız <fatma.yildiz@%s>" % INS,
                 "Pfändung Courtage 40-8450",
                 "Tue, 12 Jan 2027 13:40:00 +0100", body), \
        meta("CONFIDENTIAL", "de", "internal", "garnishment of a named sole-trader broker's commission: debt and monthly income")


def m147():
    body = """Dear Henning,

for the board paper on secure broker communication, here are the key
findings of the industry study "Digital broker communication 2026"
(published by the broker association, 1,240 respondents):

- 62 % of brokers still receive health-related documents from insurers
  by ordinary email at least occasionally.
- 41 % use a broker management system with BiPRO document retrieval.
- Only 18 % have an S/MIME certificate; 9 % a domain certificate.
- 73 % would prefer a portal mailbox for claims correspondence in life
  and health.

Our own numbers: 2,870 active broker firms, of which 1,105 use BiPRO
retrieval and 212 have exchanged certificates with us.

Best,
Kai-Uwe"""
    return build(147, "Kai-Uwe Brandes <kai-uwe.brandes@%s>" % INS,
                 "Henning Lammers <henning.lammers@%s>" % INS,
                 "Study: digital broker communication 2026 - key figures",
                 "Wed, 13 Jan 2027 09:10:00 +0100", body), \
        meta("NORMAL", "en", "internal", "trap: survey percentages on brokers receiving health documents by email")


def m148():
    doc = docx(["Schadenanzeige Leitungswasser – Hausrat/Wohngebäude",
                ("table", [["Feld", "Angabe"],
                           ["Versicherungsnehmer", "Kübra Aslan"],
                           ["Anschrift", "Hammer Straße 218, 48153 Münster"],
                           ["Vertragsnummer", "HR-1180-563380"],
                           ["Schadentag", "02.01.2027"],
                           ["Schadenhergang", "Waschmaschinenschlauch geplatzt während ich auf der Arbeit war, Laminat im Flur und Schlafzimmer aufgequollen, Wasser auch in der Wohnung darunter (Fam. Wegener)"],
                           ["Geschätzte Schadenhöhe", "ca. 3.500 EUR"],
                           ["Bankverbindung für Erstattung", "DE12 6605 0101 0108 8234 77"]]),
                "Münster, 04.01.2027   K. Aslan"])
    body = """Hallo Herr Terhorst,

willkommen im Team! Gleich Ihr erster Fall aus dem Bestand Kessler: die
Schadenanzeige (Word) liegt im Anhang, bitte an Schaden Sach weitergeben
und die Maklerin informieren.

Gruß
Jana"""
    return build(148, "Jana Oltmanns <jana.oltmanns@%s>" % INS,
                 "Jonas Terhorst <jonas.terhorst@%s>" % INS,
                 "Schadenanzeige aus Bestand Kessler",
                 "Wed, 13 Jan 2027 11:30:00 +0100", body,
                 attachments=[att("Schadenanzeige_LW_HR-1180-563380.docx", DOCX, doc)]), \
        meta("CONFIDENTIAL", "de", "internal", "DOCX only: named customer's water damage claim with address, policy number and IBAN")


def m149():
    text = """Makler-Info Kfz: Typklassen 2027

Zum 01.01.2027 hat der GDV die Typklassen neu berechnet. Für unseren
Bestand bedeutet das:

- 31 % der Fahrzeuge werden in der Haftpflicht günstiger eingestuft,
  18 % teurer, der Rest bleibt gleich.
- Größte Verlierer: Kompakt-SUVs mit Assistenzsystemen (teure Sensorik
  bei Reparaturen).
- Größte Gewinner: Kleinwagen älterer Baujahre.

Neue Regionalklassen gelten ebenfalls ab 01.01.2027. Eine Übersicht nach
Zulassungsbezirk finden Sie im Maklerportal.

Ihre Maklerbetreuung"""
    html = """<html><body><h2>Makler-Info Kfz: Typklassen 2027</h2>
<p>Zum 01.01.2027 hat der GDV die Typklassen neu berechnet. Für unseren Bestand bedeutet das:</p>
<ul><li>31&nbsp;% der Fahrzeuge werden in der Haftpflicht günstiger eingestuft, 18&nbsp;% teurer, der Rest bleibt gleich.</li>
<li>Größte Verlierer: Kompakt-SUVs mit Assistenzsystemen (teure Sensorik bei Reparaturen).</li>
<li>Größte Gewinner: Kleinwagen älterer Baujahre.</li></ul>
<p>Neue Regionalklassen gelten ebenfalls ab 01.01.2027. Eine Übersicht nach Zulassungsbezirk finden Sie im Maklerportal.</p>
<p>Ihre Maklerbetreuung</p></body></html>"""
    return build(149, "Nordkamp Makler-Info <makler-info@%s>" % INS,
                 "makler-verteiler-alle@%s" % INS,
                 "Makler-Info Kfz: Typklassen 2027",
                 "Wed, 13 Jan 2027 14:00:00 +0100", text, html=html), \
        meta("NORMAL", "de", "newsletter", "product information on motor rating classes, no personal data")


def m150():
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Nordkamp//Underwriting//EN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:nk72-medexam-40977@nordkamp-versicherung.example\r
DTSTAMP:20270113T150000Z\r
DTSTART:20270120T073000Z\r
DTEND:20270120T083000Z\r
SUMMARY:Medical examination Marcus Delacroix-Finch (TL-2026-40977)\r
DESCRIPTION:Fasting blood sample incl. HIV and hepatitis serology\\, resting ECG\\, BP measurement. Applicant to bring ID and list of current medication (bisoprolol 5 mg). Results to Nordkamp medical officer.\r
LOCATION:Praxis Dr. Vennemann\\, Isestraße 12\\, 20144 Hamburg\r
ORGANIZER;CN=Priya Nair:mailto:priya.nair@nordkamp-versicherung.example\r
ATTENDEE;CN=Rajesh Menon;RSVP=TRUE:mailto:r.menon@fairway-brokers.example\r
END:VEVENT\r
END:VCALENDAR\r
"""
    body = """Hi Rajesh,

calendar entry for your client's appointment attached – please pass it
on to him.

Priya"""
    return build(150, "Priya Nair <priya.nair@%s>" % INS,
                 "Rajesh Menon <r.menon@fairway-brokers.example>",
                 "Appointment 20 Jan",
                 "Wed, 13 Jan 2027 16:00:00 +0100", body,
                 attachments=[att("appointment.ics", "text/calendar", ics)]), \
        meta("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
             "ICS only: named life applicant's medical examination with HIV test and medication; body harmless")

# ==========================================================================
# Writing and checking
# ==========================================================================
MAILS = [globals()["m%03d" % i] for i in range(1, 151)]
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
HEADER = ["file", "label", "lang", "kind", "reason"]


def fname(i):
    return "d%s-%04d.eml" % (NN, i)


def write():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    rows = []
    for i, fn in enumerate(MAILS, 1):
        msg, m = fn()
        data = msg.as_bytes(policy=SMTP)
        with open(os.path.join(MAILDIR, fname(i)), "wb") as fh:
            fh.write(data)
        rows.append([fname(i), m["label"], m["lang"], m["kind"], m["reason"]])
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(HEADER) + "\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    print("wrote %d mails to %s" % (len(rows), MAILDIR))


def _iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _texts_of(part):
    """Decoded text of a leaf part (for the IBAN and domain checks)."""
    ctype = part.get_content_type()
    payload = part.get_payload(decode=True) or b""
    if part.get_content_maintype() == "text":
        return [part.get_content()]
    if payload[:2] == b"PK":
        out = []
        with zipfile.ZipFile(io.BytesIO(payload)) as z:
            for n in z.namelist():
                d = z.read(n)
                if d[:2] == b"PK":
                    continue
                out.append(d.decode("utf-8", "replace") if not n.endswith(".csv") or d.startswith(b"\xef") else d.decode("cp1252", "replace"))
        return out
    if payload[:5] == b"%PDF-":
        return [payload.decode("latin-1")]
    if ctype == "application/xml":
        return [payload.decode("utf-8")]
    return []


def check():
    import re
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0].split("\t") != HEADER:
        errors.append("bad labels.tsv header")
    rows = [l.split("\t") for l in lines[1:] if l]
    if len(rows) != len(MAILS):
        errors.append("labels.tsv has %d rows, expected %d" % (len(rows), len(MAILS)))
    counts, langs, kinds, traps = {}, {}, {}, 0
    iban_re = re.compile(r"\b(DE|AT)(\d{2})((?: ?\d){16,20})")
    for i, r in enumerate(rows, 1):
        if len(r) != 5:
            errors.append("row %d: %d columns" % (i, len(r)))
            continue
        fn, label, lang, kind, reason = r
        if fn != fname(i):
            errors.append("row %d: file %s" % (i, fn))
        if label not in EXPECTED:
            errors.append("%s: bad label %s" % (fn, label))
        if lang not in ("de", "en", "mixed"):
            errors.append("%s: bad lang %s" % (fn, lang))
        if reason.startswith("trap:"):
            traps += 1
            if label != "NORMAL":
                errors.append("%s: trap prefix on %s" % (fn, label))
        counts[label] = counts.get(label, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
        kinds[kind] = kinds.get(kind, 0) + 1
        path = os.path.join(MAILDIR, fn)
        if not os.path.exists(path):
            errors.append("%s missing" % fn)
            continue
        raw = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            errors.append("%s: bare LF" % fn)
        msg = message_from_bytes(raw, policy=default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (fn, h))
        for h in ("From", "To", "Cc"):
            for a in msg.get_all(h, []):
                for addr in re.findall(r"[\w.+'-]+@([\w.-]+)", str(a)):
                    if not addr.endswith(".example"):
                        errors.append("%s: non-.example domain %s" % (fn, addr))
        texts = [str(msg["Subject"])]
        for part in msg.walk():
            if part.is_multipart() or part.get_content_type() == "message/rfc822":
                continue
            try:
                texts += _texts_of(part)
            except Exception as e:  # noqa
                errors.append("%s: cannot decode part %s: %s" % (fn, part.get_content_type(), e))
        for t in texts:
            for m in iban_re.finditer(t):
                digits = (m.group(1) + m.group(2) + m.group(3)).replace(" ", "")
                iban = digits[:22] if m.group(1) == "DE" else digits[:20]
                if not _iban_ok(iban):
                    errors.append("%s: IBAN checksum fails: %s" % (fn, iban))
    for k, v in EXPECTED.items():
        if counts.get(k, 0) != v:
            errors.append("label %s: %d, expected %d" % (k, counts.get(k, 0), v))
    if traps < (2 * EXPECTED["NORMAL"] + 2) // 3:
        errors.append("only %d traps" % traps)
    print("labels:", counts)
    print("lang:", langs)
    print("kind:", kinds)
    print("traps: %d of %d NORMAL" % (traps, counts.get("NORMAL", 0)))
    if errors:
        print("CHECK FAILED")
        for e in errors:
            print("  " + e)
        return 1
    print("CHECK OK: %d mails parsed" % len(rows))
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
