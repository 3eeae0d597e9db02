#!/usr/bin/env python3
"""Generator for the Siegel development corpus dev60 (theme: life, pension and BU insurance).

Every mail is written by hand in its own function m001 ... m150. The helpers below only
turn that hand-written content into MIME (Python ``email``, policy=SMTP, CRLF) or into a
file format (XLSX, DOCX, ODS, ODT, PDF, ZIP, CSV, ICS) written with the standard library,
so the output is byte-for-byte deterministic (seed 60 is recorded but nothing is random).

    python make_corpus.py          # writes mails/d60-0001.eml ... and labels.tsv
    python make_corpus.py --check  # re-parses every file and validates counts
"""
import io
import os
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from xml.sax.saxutils import escape as xesc

SEED = 60
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mails")
PREFIX = "d60"
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
ZIPDATE = (2025, 11, 3, 9, 0, 0)


# ---------------------------------------------------------------- file formats

def _zip(members, stored_first=None):
    """members: list of (name, bytes). Deterministic timestamps."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIPDATE)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zip_file(members):
    return _zip(members)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (sheet name, rows); a row is a list of str/int/float."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    wb_sheets, wb_rels, members = [], [], []
    for n, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % n)
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), n, n))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (n, n))
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        members.append(("xl/worksheets/sheet%d.xml" % n,
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xr)))
    ct.append("</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(wb_rels))
    return _zip([("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbr)] + members)


def docx(paragraphs):
    """paragraphs: list of str; a str starting with '# ' is written bold."""
    body = []
    for p in paragraphs:
        if p.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % "".join(body))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _odf(mimetype, body_xml):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'office:version="1.2"><office:body>%s</office:body></office:document-content>' % body_xml)
    return _zip([("mimetype", mimetype), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                stored_first="mimetype")


def odt(paragraphs):
    ps = "".join('<text:p>%s</text:p>' % xesc(p) for p in paragraphs)
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % ps)


def ods(sheets):
    tabs = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
            xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (xesc(name), "".join(xr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs))


def _pdfstr(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(lines, title="Dokument"):
    """A one- or multi-page PDF with uncompressed Helvetica text (WinAnsi)."""
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)] or [[]]
    objs = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Title (" + _pdfstr(title) + b") /Producer (dev60 make_corpus) >>")
    for i, pl in enumerate(pages):
        stream = [b"BT /F1 10 Tf 50 800 Td 13 TL"]
        for ln in pl:
            stream.append(b"(" + _pdfstr(ln) + b") Tj T*")
        stream.append(b"ET")
        data = b"\n".join(stream)
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * i)).encode())
        objs.append(b"<< /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def csv_bytes(rows, sep=";", encoding="utf-8"):
    return ("\r\n".join(sep.join(str(c) for c in r) for r in rows) + "\r\n").encode(encoding)


def ics(text):
    return text.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n"


# ---------------------------------------------------------------- MIME

CT = {
    "pdf": ("application", "pdf"), "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"), "odt": ("application", "vnd.oasis.opendocument.text"),
    "csv": ("text", "csv"), "ics": ("text", "calendar"), "zip": ("application", "zip"), "txt": ("text", "plain"),
}


def att(filename, data, ctype=None, charset=None):
    """An attachment: (filename, bytes, 'main/sub' or None, charset)."""
    return (filename, data, ctype, charset)


def M(**kw):
    return kw


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def build(d):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = d["frm"]
    msg["To"] = d["to"]
    if d.get("cc"):
        msg["Cc"] = d["cc"]
    msg["Subject"] = d["subject"]
    msg["Date"] = d["date"]
    msg["Message-ID"] = d["msgid"]
    for k, v in d.get("headers", []):
        msg[k] = v
    text, html = d.get("text"), d.get("html")
    cs = d.get("charset", "utf-8")
    cte = d.get("cte")
    if text is not None:
        t_cte = cte or ("7bit" if _is_ascii(text) else "quoted-printable")
        if d.get("flowed"):
            msg.set_content(text, charset=cs, cte=t_cte)
            msg.set_param("format", "flowed")
        else:
            msg.set_content(text, charset=cs, cte=t_cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=cs,
                                cte=d.get("html_cte") or ("7bit" if _is_ascii(html) else "quoted-printable"))
    elif html is not None:
        msg.set_content(html, subtype="html", charset=cs, cte=cte or ("7bit" if _is_ascii(html) else "quoted-printable"))
    for a in d.get("attachments", []):
        if isinstance(a, EmailMessage):
            msg.add_attachment(a)
            continue
        fn, data, ctype, charset = a
        if ctype is None:
            ctype = "/".join(CT[fn.rsplit(".", 1)[1].lower()])
        maint, sub = ctype.split("/")
        if maint == "text":
            msg.add_attachment(data.decode(charset or "utf-8"), subtype=sub, charset=charset or "utf-8",
                               cte="base64" if not _is_ascii(data.decode(charset or "utf-8")) else "7bit",
                               filename=fn, disposition="attachment")
        else:
            msg.add_attachment(data, maintype=maint, subtype=sub, filename=fn)
    # deterministic MIME boundaries (the email package would pick random ones)
    tag = re.sub(r"[^A-Za-z0-9]", "", d["msgid"].split("@")[0])
    for n, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_%s_part%d" % (tag, n))
    return msg


def inner(frm, to, subject, date, msgid, text, cc=None, charset="utf-8"):
    """A mail to be forwarded as message/rfc822."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    m.set_content(text, charset=charset, cte="7bit" if _is_ascii(text) else "quoted-printable")
    return m


# ================================================================ mails 001-025

def m001():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="BU application of a named applicant: knee arthroscopy 2021, physiotherapy, request for doctor's report; customer's own health details in quote",
             frm="Jonas Pietzsch <jonas.pietzsch@auenwald.example>",
             to="Lukas Brenninger <l.brenninger@webpost.example>",
             subject="AW: Ihr Antrag auf Berufsunfähigkeitsversicherung – Antrags-Nr. BU-A 2025-448172",
             date="Tue, 14 Oct 2025 09:12:44 +0200",
             headers=[("In-Reply-To", "<a81c2f@webpost.example>")],
             text="""Guten Morgen Herr Brenninger,

vielen Dank für Ihre schnelle Rückmeldung. Damit wir Ihren Antrag abschließend prüfen können, brauchen wir zu der Knie-OP noch zwei Dinge:

1. den OP-Bericht bzw. Entlassbericht der Arthroskopie vom März 2021 (Klinik am Hainberg),
2. einen kurzen Befundbericht Ihres Orthopäden, ob seit Ende der Physiotherapie noch Beschwerden oder Einschränkungen bestehen.

Den Zusatzfragebogen "Gelenke / Wirbelsäule" habe ich Ihnen per Post geschickt. Wenn Sie den Bericht lieber direkt vom Arzt an uns senden lassen möchten, reicht die Schweigepflichtentbindung aus Ihrem Antrag.

Bis die Unterlagen da sind, halten wir den Antrag offen (bis 30.11.2025).

Freundliche Grüße
Jonas Pietzsch
Risikoprüfung Leben/BU
Auenwald Lebensversicherung AG
Telefon 0561 7730-4182

-----Ursprüngliche Nachricht-----
Von: Lukas Brenninger <l.brenninger@webpost.example>
Gesendet: Montag, 13. Oktober 2025 21:47
An: Risikoprüfung Leben <risiko-leben@auenwald.example>
Betreff: Ihr Antrag auf Berufsunfähigkeitsversicherung

Hallo,

zu Ihrer Frage wegen dem Knie: das war ein Meniskusriss links beim Fußball, im März 2021 arthroskopisch operiert, danach 12x Physio. Seitdem keine Probleme mehr, ich spiel auch wieder. Arzt war Dr. Kessler in Göttingen.

Grüße
Lukas Brenninger
""")


def m002():
    return M(label="NORMAL", lang="de", kind="internal",
             reason="trap: mortality table update with q_x per age and smoker status, no person",
             frm="Dr. Lena Vogtländer <lena.vogtlaender@auenwald.example>",
             to="Aktuariat Leben <aktuariat-leben@auenwald.example>",
             cc="Henrik Sjöberg <henrik.sjoeberg@auenwald.example>",
             subject="Rechnungsgrundlagen 2026: Sterblichkeit Risiko-LV, Raucher/Nichtraucher",
             date="Wed, 15 Oct 2025 16:03:10 +0200",
             text="""Hallo zusammen,

kurzer Stand zu den Rechnungsgrundlagen für die Tarifgeneration 2026 (Risikolebensversicherung):

Wir bleiben bei der DAV 2008 T als Basis, mit unseren eigenen Selektionsabschlägen aus der Bestandsanalyse 2019-2024. Die Abschläge für Nichtraucher fallen etwas kleiner aus als bisher:

Alter   q_x Männer NR   q_x Männer R   q_x Frauen NR   q_x Frauen R
30      0,00049         0,00101        0,00024         0,00052
40      0,00097         0,00228        0,00061         0,00139
50      0,00255         0,00602        0,00167         0,00391
60      0,00648         0,01389        0,00411         0,00887

(Werte je 1, nach Selektion, vor Sicherheitszuschlag.)

Beobachtete Sterblichkeit im Bestand lag 2024 bei 71 % der Tafel (Männer) bzw. 68 % (Frauen), tot. 312 Todesfälle. Die Raucherquote bei Neuabschlüssen ist weiter rückläufig (17,4 %).

Die Detailtabellen liegen unter P:\\Aktuariat\\Tarif2026\\Sterblichkeit\\. Bitte bis Freitag Feedback, dann geht das Papier an den Verantwortlichen Aktuar.

Viele Grüße
Lena
""")


def m003():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-broker",
             reason="commission statement to a sole-trader broker: his IBAN, tax number and income from commission; no customer named",
             frm="Katrin Möbius <katrin.moebius@auenwald.example>",
             to="Andreas Weber <info@finanzkontor-weber.example>",
             subject="Provisionsabrechnung Oktober 2025 – Vermittlernr. 40 7781",
             date="Fri, 31 Oct 2025 11:20:02 +0100",
             text="""Sehr geehrter Herr Weber,

anbei die Eckdaten Ihrer Provisionsabrechnung für Oktober 2025. Die Einzelaufstellung finden Sie wie immer im Maklerportal unter "Abrechnungen".

Vermittler:            Andreas Weber e.K., Finanzkontor Weber
Vermittlernummer:      40 7781
Steuernummer:          26 815 40372
Abschlussprovision:    14.862,40 EUR
Bestandsprovision:      1.208,15 EUR
Stornoreserve (10 %):  -1.486,24 EUR
Auszahlungsbetrag:     14.584,31 EUR

Überweisung am 05.11.2025 auf Ihr Konto
IBAN DE29 5206 0410 0004 8372 61

Ihr Provisionskonto weist nach dieser Abrechnung einen Saldo von 0,00 EUR aus.

Mit freundlichen Grüßen

Katrin Möbius
Provisionsabrechnung / Vertriebsservice
Auenwald Lebensversicherung AG
Kölnische Straße 118, 34117 Kassel
""")


def m004():
    summary = pdf([
        "Auenwald Lebensversicherung AG - Underwriting Summary (facultative)",
        "",
        "Proposal no.:       RL-2025-118093",
        "Life assured:       Dr. Matthias Hollweg, born 02/09/1971",
        "Occupation:         orthodontist, self-employed",
        "Product:            level term assurance, 20 years",
        "Sum assured:        EUR 3,500,000 (retention EUR 750,000)",
        "",
        "Medical evidence",
        "- Essential hypertension since 2017, treated with ramipril 5 mg",
        "- BP readings (exam 22/10/2025): 142/88, 138/86, 136/84",
        "- Resting ECG: sinus rhythm, LVH voltage criteria borderline",
        "- Lipids: total cholesterol 246 mg/dl, HDL 41, LDL 171",
        "- BMI 29.4, non-smoker, cotinine negative",
        "",
        "Our view: +50 % extra mortality, subject to echo confirming",
        "no structural heart disease.",
    ], title="Underwriting summary RL-2025-118093")
    return M(label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-partner",
             reason="facultative request to reinsurer; named life assured with birth date, hypertension, ECG and lipid values in PDF attachment; body only names the case",
             frm="Miriam Okafor <miriam.okafor@auenwald.example>",
             to="Claire Abernethy <c.abernethy@northgate-re.example>",
             subject="Fac request – term life EUR 3.5m – RL-2025-118093",
             date="Thu, 23 Oct 2025 14:41:27 +0200",
             text="""Hi Claire,

please find attached our summary for a facultative offer on the above case. The sum at risk is well over our retention, so we'd like you to take EUR 2.75m on a quota basis.

Medicals and the lab sheet are in the PDF. Our own view is a moderate loading, subject to an echo we have already asked for. If you see it differently, a quick call would be great before I go back to the broker -- he has been chasing us twice this week.

Could you let me have your terms by 5 November?

Kind regards,
Miriam

Miriam Okafor
Senior Underwriter Life
Auenwald Lebensversicherung AG, Kassel
+49 561 7730-4177
""",
             attachments=[att("UW_Summary_RL-2025-118093.pdf", summary)])


def m005():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#2d5d3b">Broker Update | November 2025</h2>
<p>Dear partners,</p>
<p>Young professionals often think occupational disability cover is something for later. Our figures say otherwise:
one in four employees has to stop working before retirement, and mental illness has been the most frequent cause
for years, followed by musculoskeletal disorders and cancer.</p>
<h3>New: BU Start for graduates</h3>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e7f0e9"><th>Example customer (fictitious)</th><th>Monthly benefit</th><th>Term</th><th>Gross premium</th><th>Net premium</th></tr>
<tr><td>Software developer, 27, non-smoker</td><td>EUR 2,000</td><td>to age 67</td><td>EUR 84.10</td><td>EUR 58.87</td></tr>
<tr><td>Nurse, 24, non-smoker</td><td>EUR 1,500</td><td>to age 67</td><td>EUR 121.35</td><td>EUR 84.95</td></tr>
<tr><td>Electrician apprentice, 19</td><td>EUR 1,000</td><td>to age 65</td><td>EUR 66.40</td><td>EUR 46.48</td></tr>
</table>
<p>Simplified health questions (5 years outpatient, 10 years inpatient) and a guaranteed increase option on
starting a first job, marriage or birth of a child, without new health questions.</p>
<p>Webinar for brokers: <b>20 November 2025, 10:00</b> - register in the broker portal.</p>
<p style="font-size:11px;color:#777">Auenwald Lebensversicherung AG, Kölnische Straße 118, 34117 Kassel. You receive this newsletter as a registered sales partner.
<a href="https://makler.auenwald.example/newsletter/abmelden">Unsubscribe</a></p>
</body></html>"""
    return M(label="NORMAL", lang="en", kind="newsletter",
             reason="trap: broker newsletter, BU causes (mental illness, cancer) and premiums for fictitious example customers",
             frm="Auenwald Broker Service <newsletter@auenwald.example>",
             to="partner-international@auenwald.example",
             subject="Broker Update November: BU Start for graduates",
             date="Mon, 03 Nov 2025 07:30:00 +0100",
             html=html)


def m006():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="household contract of a named customer: policy number and new insured address; non-personal line",
             frm="Uwe Damaschke <uwe.damaschke@auenwald.example>",
             to="Renate Falkenhagen <renate.falkenhagen@mailbox.example>",
             subject="Ihre Hausratversicherung HR-0388 2741 – Umzug",
             date="Wed, 15 Oct 2025 10:55:31 +0200",
             text="""Sehr geehrte Frau Falkenhagen,

vielen Dank für Ihre Nachricht. Wir haben Ihren Umzug in Ihrer Hausratversicherung HR-0388 2741 vermerkt:

neue Anschrift ab 01.11.2025: Am Lindenplatz 7, 37073 Göttingen
Wohnfläche: 78 m² (bisher 64 m²)
Versicherungssumme: 50.700 EUR (650 EUR je m², Unterversicherungsverzicht bleibt bestehen)

Während des Umzugs besteht Versicherungsschutz in beiden Wohnungen, längstens zwei Monate. Durch die größere Wohnfläche erhöht sich Ihr Jahresbeitrag ab 01.11.2025 von 96,40 EUR auf 119,80 EUR. Den Nachtrag erhalten Sie in den nächsten Tagen per Post.

Mit freundlichen Grüßen

Uwe Damaschke
Kundenservice Sach
Auenwald Sachversicherung AG
""")


def m007():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
             reason="customer's request for a policy loan on her endowment policy, forwarded inline; life contract of a named person (no medical word)",
             frm="Ralf Heinemann <ralf.heinemann@auenwald.example>",
             to="Nadine Schiffer <nadine.schiffer@auenwald.example>",
             subject="WG: Darlehen auf meine Lebensversicherung",
             date="Thu, 16 Oct 2025 08:14:09 +0200",
             text="""Hallo Nadine,

kannst du das übernehmen? Vertrag ist eine KLV von 2004, Rückkaufswert laut System ca. 31.400 EUR. Die Kundin hatte gestern schon angerufen und war etwas ungeduldig.

Danke & Gruß
Ralf

---------- Weitergeleitete Nachricht ----------
Von: Birgit Sandmann <birgit.sandmann@t-post.example>
Datum: Mi., 15. Okt. 2025 um 19:32
Betreff: Darlehen auf meine Lebensversicherung
An: <service-leben@auenwald.example>

Sehr geehrte Damen und Herren,

ich habe bei Ihnen eine Kapitallebensversicherung, Vertragsnummer L 2004-771 035, Ablauf 2029. Meine Tochter fängt im Frühjahr ein Studium in Wien an und ich brauche für Kaution und Einrichtung ungefähr 8.000 Euro. Ich möchte die Versicherung auf keinen Fall kündigen. Geht ein Darlehen auf den Vertrag, und wie hoch wären die Zinsen?

Das Geld bitte auf mein Girokonto bei der Sparkasse, die Nummer haben Sie ja von den Beiträgen.

Mit freundlichen Grüßen
Birgit Sandmann
Weidenweg 14
34346 Hann. Münden
""")


def m008():
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Auenwald//Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:workshop-annahmerichtlinien-2026@auenwald.example
DTSTAMP:20251016T080000Z
DTSTART:20251112T080000Z
DTEND:20251112T150000Z
SUMMARY:Workshop Annahmerichtlinien BU 2026
LOCATION:Kassel, Raum 4.12 (Seminarraum Fulda)
ORGANIZER;CN=Dr. Helga Brandstätter:mailto:helga.brandstaetter@auenwald.example
DESCRIPTION:Agenda: Psyche (Burnout/Anpassungsstörung), Rücken, Diabetes Typ 2, BMI-Grenzen, Ausschlussklauseln statt Zuschläge
END:VEVENT
END:VCALENDAR""")
    return M(label="NORMAL", lang="de", kind="internal",
             reason="trap: workshop invitation on underwriting guidelines listing diseases (burnout, diabetes, back) as topics, no person",
             frm="Dr. Helga Brandstätter <helga.brandstaetter@auenwald.example>",
             to="Risikoprüfung Leben <risiko-leben@auenwald.example>",
             subject="Einladung: Workshop Annahmerichtlinien BU 2026 (12.11.)",
             date="Thu, 16 Oct 2025 10:02:55 +0200",
             text="""Liebe Kolleginnen und Kollegen,

wie angekündigt überarbeiten wir die Annahmerichtlinien BU für 2026. Ich lade euch zu einem ganztägigen Workshop ein. Themen:

- Psychische Vorerkrankungen: Wann ist eine Anpassungsstörung nach 3 Jahren Beschwerdefreiheit normal annehmbar?
- Rückenleiden: Ausschluss vs. Zuschlag, Rolle der Bandscheiben-OP
- Diabetes mellitus Typ 2 unter Metformin: bisher Ablehnung, künftig ggf. Zuschlag
- BMI-Grenzen (aktuell 17-32)

Bitte bringt je 2-3 anonymisierte Fälle mit, bei denen ihr die aktuelle Richtlinie für zu streng oder zu locker haltet. Keine Namen, keine Antragsnummern in den Folien!

Mittagessen ist bestellt.

Viele Grüße
Helga Brandstätter
Gesellschaftsärztin
""",
             attachments=[att("einladung.ics", cal, "text/calendar")])


def m009():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
             reason="BU claim decision to claimant's lawyer: recurrent depression F33.1, psychiatric report, inpatient stay, occupation details",
             frm="Sabine Wendland <sabine.wendland@auenwald.example>",
             to="RA Thorsten Albers <kanzlei@albers-versicherungsrecht.example>",
             subject="Ihr Zeichen 214/25 TA – BU-Leistungsantrag Frau Carina Mehltretter, Vers.-Nr. BU 1 408 552",
             date="Mon, 20 Oct 2025 15:37:18 +0200",
             text="""Sehr geehrter Herr Rechtsanwalt Albers,

in der Sache Ihrer Mandantin, Frau Carina Mehltretter, nehmen wir zu Ihrem Schreiben vom 29.09.2025 wie folgt Stellung.

Wir haben den Leistungsantrag vom 14.03.2025 anhand der vorliegenden Unterlagen geprüft, insbesondere

- des Entlassberichts der Klinik Sonnenhang (stationär 06.01.-21.02.2025, Diagnose rezidivierende depressive Störung, gegenwärtig mittelgradige Episode, ICD-10 F33.1),
- des Befundberichts der behandelnden Psychiaterin Dr. Anke Roloff vom 02.06.2025,
- der Tätigkeitsbeschreibung als Teamleiterin im Kundenservice (Vollzeit, 39 Std./Woche).

Nach dem Gutachten von Prof. Dr. Stoll vom 15.09.2025 ist Ihre Mandantin seit dem 06.01.2025 voraussichtlich für mindestens sechs Monate zu mehr als 50 % außerstande, ihren zuletzt ausgeübten Beruf auszuüben. Wir erkennen daher unsere Leistungspflicht ab 01.01.2025 (Monatsbeginn) an, zunächst befristet bis 31.12.2026 gemäß § 173 Abs. 2 VVG.

Die monatliche BU-Rente von 1.650,00 EUR sowie die Beitragsbefreiung laufen ab Januar 2025; die Nachzahlung für Januar bis Oktober 2025 (16.500,00 EUR) überweisen wir in den nächsten Tagen auf das uns bekannte Konto Ihrer Mandantin.

Eine Nachprüfung behalten wir uns vor; wir werden dazu rechtzeitig auf Ihre Mandantin zukommen.

Mit freundlichen Grüßen

Sabine Wendland
Leistungsprüfung Berufsunfähigkeit
Auenwald Lebensversicherung AG
""")


def m010():
    return M(label="NORMAL", lang="en", kind="internal",
             reason="trap: job ad draft for a medical underwriter mentioning ICD-10, cardiology, oncology; no person",
             frm="Petra Guse <petra.guse@auenwald.example>",
             to="Dr. Helga Brandstätter <helga.brandstaetter@auenwald.example>",
             subject="Job ad draft: Medical Underwriter (m/f/d) – English version",
             date="Fri, 17 Oct 2025 13:25:40 +0200",
             text="""Hi Helga,

as discussed, here is the English version for LinkedIn and the international job boards. Could you check the medical bits?

---
Medical Underwriter Life & Disability (m/f/d) – Kassel or remote (DE)

Auenwald Lebensversicherung AG protects around 480,000 customers with term life, pension and income protection products.

Your tasks
- assess applications for life and disability cover, including complex medical histories (cardiology, oncology, psychiatry, musculoskeletal)
- evaluate doctors' reports, lab values, ECGs and ICD-10 coded diagnoses
- decide on acceptance, loadings and exclusions, and explain your decisions to brokers
- work with our reinsurers on facultative cases

Your profile
- nurse, paramedic, medical documentation specialist or medical degree; underwriting experience is a plus
- good German (C1) and English
- you like clear decisions and can say "no" in a friendly way

We offer 30 days leave, hybrid work, a company pension and a salary band of EUR 58,000-72,000.
---

Salary band is approved by the works council. Deadline for comments: Wednesday.

Thanks!
Petra

Petra Guse | HR Business Partner | Auenwald Versicherungsgruppe
""")


def m011():
    return M(label="CONFIDENTIAL", lang="en", kind="insurer-to-jobapplicant",
             reason="job applicant's birth date, current salary and salary expectation; not an insurance matter",
             frm="Petra Guse <petra.guse@auenwald.example>",
             to="Arjun Malhotra <arjun.malhotra@inboxmail.example>",
             subject="Re: Application – Actuarial Analyst (ref. AK-2025-31)",
             date="Tue, 21 Oct 2025 17:08:12 +0200",
             text="""Dear Mr Malhotra,

thank you for the pleasant interview last Thursday. Before we can send you a contract, I need to confirm a few details from your application form:

  Name:                 Arjun Malhotra
  Date of birth:        17 May 1994
  Current employer:     Brightwater Analytics Ltd, Dublin
  Current base salary:  EUR 61,500 p.a. + bonus approx. EUR 4,000
  Your expectation:     EUR 70,000 p.a.
  Earliest start:       1 February 2026

We can offer EUR 68,500 p.a. in tariff group 8 of the insurance collective agreement plus the usual 13th salary component; details follow in the written offer. Please also let me know whether you need support with your German residence permit (you mentioned an Irish passport, so probably not).

Best regards,
Petra Guse
HR Business Partner
Auenwald Versicherungsgruppe, Kassel
""")


def m012():
    return M(label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="beneficiary change on a named expat's term life policy; life contract of an identifiable person, no medical word",
             frm="Daniel Ferreira <daniel.ferreira@auenwald.example>",
             to="Thomas Whitfield <tom.whitfield@fastmail-uk.example>",
             subject="Your term life policy RL 2019-044 871 – change of beneficiary",
             date="Wed, 22 Oct 2025 11:46:03 +0200",
             text="""Dear Mr Whitfield,

congratulations on your wedding, and thank you for the signed form.

We have changed the revocable beneficiary designation on your term life policy RL 2019-044 871 with effect from 20 October 2025:

  previous beneficiary:  Margaret Whitfield (mother)
  new beneficiary:       Sofia Whitfield-Lindqvist (spouse), 100 %

Please note that the designation stays revocable, i.e. you can change it again at any time in writing. It is not affected by a later divorce unless you change it, so please keep it in mind.

Your sum insured (EUR 400,000) and the premium of EUR 37.20 per month stay the same. An updated policy schedule is on its way by post to your Frankfurt address.

Kind regards
Daniel Ferreira
International Customer Service – Life
Auenwald Lebensversicherung AG
""")


def m013():
    return M(label="NORMAL", lang="de", kind="internal",
             reason="trap: data-protection quiz with fictitious example persons and health terms",
             frm="Matthias Ebeling <datenschutz@auenwald.example>",
             to="Alle Mitarbeitenden Leben <alle-leben@auenwald.example>",
             subject="Datenschutz-Quiz Oktober: Was sind Gesundheitsdaten?",
             date="Mon, 20 Oct 2025 08:00:00 +0200",
             text="""Liebe Kolleginnen und Kollegen,

unser Monatsquiz – drei Minuten, keine Anmeldung, Auflösung nächste Woche im Intranet.

Welche der folgenden Angaben sind Gesundheitsdaten im Sinne von Art. 9 DSGVO? (Alle Beispiele sind ausgedacht.)

a) "Frau Erika Musterfrau (fiktiv) trägt eine Brille."
b) "Herr Max Mustermann (fiktiv) hat die Beitragszahlung für seine BU-Versicherung ausgesetzt."
c) "Die Kundin Beispiel raucht seit 10 Jahren 20 Zigaretten am Tag."
d) "Im Jahr 2024 waren 34 % unserer BU-Leistungsfälle psychisch bedingt."
e) "Der Antragsteller (Testfall 17) gibt einen BMI von 33 an."

Kleiner Tipp: Eine Statistik ohne Personenbezug ist kein personenbezogenes Datum – aber aufpassen, wenn die Fallzahl klein wird.

Und zur Erinnerung: Anträge und Arztberichte niemals unverschlüsselt an private Adressen weiterleiten, auch nicht "nur schnell zum Lesen am Wochenende".

Viele Grüße
Matthias Ebeling
Datenschutzbeauftragter der Auenwald Versicherungsgruppe
""")


def m014():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-heir",
             reason="heir ends the deceased's motor insurance: policy number, plate, refund to the heir's IBAN; no life contract and no cause of death",
             frm="Uwe Damaschke <uwe.damaschke@auenwald.example>",
             to="Jens Kohlhaas <jens.kohlhaas@netzpost.example>",
             subject="Kfz-Versicherung KF-7712 0049 Ihres verstorbenen Vaters – Abmeldung",
             date="Tue, 28 Oct 2025 09:31:47 +0100",
             text="""Sehr geehrter Herr Kohlhaas,

zunächst unser aufrichtiges Beileid zum Tod Ihres Vaters, Herrn Walter Kohlhaas.

Das Fahrzeug (VW Golf, amtl. Kennzeichen KS-WK 412) wurde laut Abmeldebescheinigung der Zulassungsstelle am 21.10.2025 außer Betrieb gesetzt. Die Kfz-Haftpflicht- und Teilkaskoversicherung KF-7712 0049 endet damit zum 21.10.2025.

Für die Zeit vom 22.10. bis 31.12.2025 erstatten wir den nicht verbrauchten Beitrag von 71,84 EUR. Wie gewünscht überweisen wir den Betrag auf Ihr Konto:

Kontoinhaber: Jens Kohlhaas
IBAN: DE06 2005 0550 1287 3456 09

Den Schadenfreiheitsrabatt (SF 35) können Sie als Sohn grundsätzlich übernehmen, wenn Sie das Fahrzeug Ihres Vaters überwiegend mitgenutzt haben. Das Formular dafür lege ich Ihnen gern bei – kurze Nachricht genügt.

Mit freundlichen Grüßen

Uwe Damaschke
Kundenservice Sach
Auenwald Sachversicherung AG
""")


def m015():
    fwd = inner("Sven Brauckmann <sven.brauckmann@hanse-assekuranz.example>",
                "Oliver Strunz <oliver.strunz@auenwald.example>",
                "Antrag Kielmann – bitte jetzt mal policieren!!",
                "Fri, 24 Oct 2025 18:22:05 +0200",
                "<hanse-7781-kielmann@hanse-assekuranz.example>",
                """Moin Herr Strunz,

ich muss jetzt echt mal Druck machen. Der Antrag von Frau Janina Kielmann (BU + Risiko-LV, Antrag vom 02.09.) liegt seit 7 Wochen bei Ihnen. Die Kundin ist kerngesund, sie hatte nur eine Schilddrüsenunterfunktion (nimmt L-Thyroxin 50, ist super eingestellt) und 2022 mal fünf Sitzungen beim Psychologen wegen Prüfungsstress, das war's. Dafür brauchen Sie doch keinen Arztbericht!

Die Konkurrenz hat ihr das Ding mit normalen Beiträgen angeboten. Wenn bis Mittwoch keine Police da ist, geht sie dahin und ich habe ehrlich gesagt auch keine Lust mehr, Ihnen Geschäft zu schicken.

Gruß
Sven Brauckmann
Hanse Assekuranzmakler GmbH, Hamburg
""")
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="broker",
             reason="broker pushes for a named applicant's BU/life policy: hypothyroidism, L-thyroxine, psychotherapy sessions; only in the forwarded message/rfc822",
             frm="Oliver Strunz <oliver.strunz@auenwald.example>",
             to="Jonas Pietzsch <jonas.pietzsch@auenwald.example>",
             subject="WG: Antrag Kielmann",
             date="Mon, 27 Oct 2025 08:05:12 +0100",
             text="""Jonas,

siehe unten, Brauckmann dreht mal wieder auf. Wo hängt der Fall? Ich weiß, Psyche ist bei uns nicht "nur", aber wenn wir den Fall heute zumindest mit Zwischenstand beantworten könnten, wäre mir wohler. Hanse ist unser drittgrößter Partner im Norden.

Oliver

Oliver Strunz
Maklerbetreuung Nord
""",
             attachments=[fwd])


def m016():
    return M(label="NORMAL", lang="de", kind="insurer-to-partner",
             reason="trap: press release with aggregated BU payout statistics and causes (psyche, cancer), no person",
             frm="Unternehmenskommunikation Auenwald <presse@auenwald.example>",
             to="Verteiler Wirtschaftspresse <presse-verteiler@auenwald.example>",
             subject="Pressemitteilung: Auenwald Leben zahlte 2024 rund 41 Mio. Euro BU-Renten",
             date="Tue, 21 Oct 2025 10:00:00 +0200",
             text="""PRESSEMITTEILUNG

Auenwald Leben zahlte 2024 rund 41 Millionen Euro an berufsunfähige Kundinnen und Kunden

Kassel, 21. Oktober 2025 – Die Auenwald Lebensversicherung AG hat im Geschäftsjahr 2024 Berufsunfähigkeitsrenten und Beitragsbefreiungen in Höhe von 41,3 Millionen Euro geleistet (Vorjahr: 37,9 Mio. Euro). Rund 6.200 Menschen erhielten zum Jahresende eine laufende BU-Rente.

Die häufigsten Ursachen für neu anerkannte Leistungsfälle:

  Psychische Erkrankungen           34 %
  Erkrankungen des Bewegungsapparats  21 %
  Krebserkrankungen                 17 %
  Herz- und Gefäßerkrankungen         8 %
  Unfälle                              7 %
  Sonstige                            13 %

Die Leistungsquote (anerkannte Anträge im Verhältnis zu entschiedenen Anträgen) lag bei 79 %. Die durchschnittliche Bearbeitungsdauer vom vollständigen Antrag bis zur Entscheidung betrug 41 Tage.

"Hinter jeder Zahl steht ein Mensch, der sich auf uns verlassen hat", sagt Vorstandsmitglied Dr. Friederike Achterberg.

Pressekontakt:
Melanie Rößler, Unternehmenskommunikation
presse@auenwald.example, 0561 7730-1010
""")


def m017():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-broker",
             reason="sole-trader broker's new bank account (IBAN) for commission payments; natural person's bank data",
             frm="Katrin Möbius <katrin.moebius@auenwald.example>",
             to="Sandra Lichtblau <kontakt@lichtblau-finanz.example>",
             subject="AW: neue Bankverbindung",
             date="Wed, 22 Oct 2025 14:12:39 +0200",
             text="""Hallo Frau Lichtblau,

danke für das unterschriebene SEPA-Formular. Ihre neue Bankverbindung ist ab der November-Abrechnung hinterlegt:

Kontoinhaberin: Sandra Lichtblau
IBAN: DE76 3704 0044 0912 8374 65
Verwendung: Provisionsauszahlungen Vermittlernummer 40 9113

Die alte Verbindung bei der Volksbank haben wir deaktiviert.

Viele Grüße
Katrin Möbius
Provisionsabrechnung

> Am 21.10.2025 schrieb Sandra Lichtblau:
> Hallo Frau Möbius, ich habe mein Geschäftskonto gewechselt, Formular anbei.
> Bitte ab sofort dorthin überweisen. LG S. Lichtblau
""")


def m018():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="surrender of a named customer's private pension policy: surrender value, tax deduction, IBAN; personal line (windows-1252, QP)",
             frm="Nadine Schiffer <nadine.schiffer@auenwald.example>",
             to="Herbert Quandt-Meyer <h.quandtmeyer@kabelmail.example>",
             subject="Kündigung Ihrer Rentenversicherung R 2011-305 667 – Abrechnung",
             date="Thu, 23 Oct 2025 12:48:20 +0200",
             charset="windows-1252", cte="quoted-printable",
             text="""Sehr geehrter Herr Quandt-Meyer,

wir bestätigen die Kündigung Ihrer privaten Rentenversicherung R 2011-305 667 zum 31.10.2025 und rechnen wie folgt ab:

Rückkaufswert zum 31.10.2025           24.918,36 €
zzgl. Überschussbeteiligung              1.402,77 €
abzgl. Stornoabzug                        - 250,00 €
Auszahlungsbetrag vor Steuern          26.071,13 €

Kapitalertrag (Auszahlung ./. Beiträge) 3.911,13 €
davon steuerpflichtig (50 %, Vertrag > 12 Jahre, Alter > 62) 1.955,57 €
Kapitalertragsteuer + Soli (Ihr Freistellungsauftrag ist ausgeschöpft) 515,78 €

Auszahlung                             25.555,35 €
auf Ihr Konto DE90 5001 0517 5417 2930 84

Die Steuerbescheinigung erhalten Sie im Februar 2026. Bitte beachten Sie: Mit der Kündigung entfällt auch die Hinterbliebenenrente für Ihre Ehefrau.

Mit freundlichen Grüßen
Nadine Schiffer
Vertragsservice Leben
Auenwald Lebensversicherung AG
""")


def m019():
    return M(label="NORMAL", lang="en", kind="insurer-to-supplier",
             reason="trap: purchase order for blood-pressure monitors, ECG electrodes and urine test strips for the medical exam service, no person",
             frm="Gerd Plöger <gerd.ploeger@auenwald.example>",
             to="Orders <orders@medisupply-benelux.example>",
             subject="PO 4500219874 – blood pressure monitors and ECG consumables",
             date="Fri, 24 Oct 2025 09:18:55 +0200",
             text="""Hello,

please accept the following purchase order for our in-house medical examination room (life underwriting, Kassel head office):

Pos  Item no.    Description                                   Qty   Unit price   Total
10   BP-7701     Upper-arm blood pressure monitor, validated    6     EUR 89.00    EUR 534.00
20   ECG-EL-50   Disposable ECG electrodes, pack of 50          40    EUR 7.40     EUR 296.00
30   URS-10      Urine test strips, 10 parameters, 100 pcs      10    EUR 24.90    EUR 249.00
40   SCL-200     Medical scale with height rod, class III        1    EUR 412.00   EUR 412.00

Net total EUR 1,491.00, delivery free house. Invoice to Auenwald Lebensversicherung AG, Accounts Payable, Kölnische Straße 118, 34117 Kassel, VAT ID DE 298 114 736. Please quote the PO number.

Delivery address: Gate 2, Room 0.08, attention Mr Plöger. Goods reception Mon-Thu 7:00-15:00.

Kind regards
Gerd Plöger
Facility Management / Procurement
""")


def m020():
    return M(label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-doctor",
             reason="request to a UK GP for a medical report on a named applicant (asthma, back pain), consent referenced",
             frm="Miriam Okafor <miriam.okafor@auenwald.example>",
             to="Reception Ashbourne Road Surgery <reception@ashbourne-surgery.example>",
             subject="Request for GP report – Ms Hannah Pryce, DOB 11/04/1990",
             date="Mon, 27 Oct 2025 11:02:30 +0100",
             text="""Dear Dr Kapoor,

your patient Ms Hannah Pryce (date of birth 11/04/1990, 14 Millbrook Close, Derby) has applied to us for life and income protection cover. She has consented to us obtaining a report from you; a copy of her signed consent under the Access to Medical Reports Act 1988 is attached to our letter, which we are also sending by post.

In her application Ms Pryce disclosed:
- asthma since childhood, currently on a salbutamol inhaler as needed and a beclometasone preventer,
- an episode of lower back pain in 2023 with 3 weeks off work and physiotherapy.

Could you please let us know
1. the frequency of asthma exacerbations and any hospital admissions in the last 5 years,
2. the latest peak flow / spirometry results if available,
3. whether the back pain has recurred and whether any imaging was done.

Our fee for the report is GBP 110 and will be paid on receipt of your invoice.

Yours sincerely
Miriam Okafor
Senior Underwriter Life
Auenwald Lebensversicherung AG, Kassel, Germany
""")


def m021():
    return M(label="CONFIDENTIAL", lang="de", kind="internal",
             reason="salary adjustment for a named employee (old and new salary); no health data",
             frm="Petra Guse <petra.guse@auenwald.example>",
             to="Kai-Uwe Lorenz <kai-uwe.lorenz@auenwald.example>",
             subject="Gehaltsanpassung Fatma Yıldırım zum 01.01.2026",
             date="Tue, 28 Oct 2025 15:20:44 +0100",
             text="""Hallo Kai-Uwe,

die Geschäftsleitung hat deinen Antrag genehmigt. Für Frau Fatma Yıldırım (Personalnr. 20 4471) gilt ab 01.01.2026:

bisher: TG 6 / 7. Berufsjahr, 4.312 EUR brutto monatlich
neu:    TG 7 / 7. Berufsjahr, 4.790 EUR brutto monatlich
zzgl. Funktionszulage Teamkoordination BU-Leistung 150 EUR

Bitte führ das Gespräch mit ihr bis Mitte November, das Schreiben schicke ich dir vorab zur Unterschrift. Bitte noch nicht im Team kommunizieren.

Gruß
Petra
""")


def m022():
    tpl = docx([
        "# Auenwald Lebensversicherung AG – Leistungsprüfung Berufsunfähigkeit",
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «Hausnummer»",
        "«PLZ» «Ort»",
        "Ihre Berufsunfähigkeitsversicherung Nr. «Versicherungsnummer»",
        "Ihr Leistungsantrag vom «Antragsdatum»",
        "«Anrede_Brief»,",
        "wir haben Ihren Antrag auf Leistungen wegen Berufsunfähigkeit sorgfältig geprüft. Grundlage waren «Liste_Unterlagen».",
        "Nach den vorliegenden Unterlagen sind Sie in Ihrem zuletzt ausgeübten Beruf als «Beruf» nicht zu mindestens 50 % außerstande, Ihre Tätigkeit auszuüben. «Begründung_Freitext»",
        "Wir können deshalb leider keine Leistungen erbringen.",
        "Sie können diese Entscheidung durch die Ombudsstelle (Versicherungsombudsmann e.V., Postfach 08 06 32, 10006 Berlin) kostenfrei überprüfen lassen oder den Rechtsweg beschreiten.",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter»",
    ])
    return M(label="NORMAL", lang="de", kind="internal",
             reason="trap: BU rejection letter template with «placeholders» in DOCX, no person",
             frm="Kai-Uwe Lorenz <kai-uwe.lorenz@auenwald.example>",
             to="Team BU-Leistung <bu-leistung@auenwald.example>",
             cc="Dr. Cornelia Haas <cornelia.haas@auenwald.example>",
             subject="Neue Textvorlage Ablehnung BU (Version 3.2)",
             date="Wed, 29 Oct 2025 13:07:11 +0100",
             text="""Hallo Team,

Rechtsabteilung hat die Ablehnungsvorlage überarbeitet (Hinweis auf Ombudsmann ergänzt, Satz zur Verweisung raus, weil wir in den neuen Tarifen auf abstrakte Verweisung verzichten). Bitte ab sofort nur noch Version 3.2 verwenden, die alte liegt ab Montag nicht mehr im Vorlagensystem.

Die Platzhalter sind wie bisher «…», Begründung bitte immer konkret auf den Einzelfall – keine Textbausteine aus alten Fällen kopieren.

Gruß
Kai-Uwe
""",
             attachments=[att("Vorlage_BU_Ablehnung_v3-2.docx", tpl)])


def m023():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="death benefit of a named deceased's term life policy paid to the named widow; death certificate, life contract",
             frm="Bernd Kowalczyk <bernd.kowalczyk@auenwald.example>",
             to="Monika Reinhold <monika.reinhold@gmx-post.example>",
             subject="Risikolebensversicherung RL 2013-229 410 – Auszahlung der Todesfallleistung",
             date="Thu, 30 Oct 2025 10:40:02 +0100",
             text="""Sehr geehrte Frau Reinhold,

wir möchten Ihnen noch einmal unser Mitgefühl zum Tod Ihres Mannes, Herrn Klaus Reinhold, aussprechen.

Die Unterlagen sind vollständig: Sterbeurkunde vom 09.10.2025, der Versicherungsschein im Original und Ihre Legitimation. Als im Vertrag benannte Bezugsberechtigte erhalten Sie die Todesfallleistung aus der Risikolebensversicherung RL 2013-229 410:

Versicherungssumme      150.000,00 EUR
Überschussbeteiligung (Todesfallbonus)  7.500,00 EUR
Beitragsrückerstattung Oktober  23,40 EUR
Gesamt                  157.523,40 EUR

Die Überweisung auf Ihr Konto bei der Kasseler Sparkasse ist heute veranlasst. Die Leistung ist einkommensteuerfrei; Erbschaftsteuer kann anfallen, wir melden die Auszahlung wie gesetzlich vorgeschrieben dem Finanzamt (§ 33 ErbStG).

Ein ärztliches Zeugnis zur Todesursache benötigen wir nicht, da der Vertrag seit mehr als drei Jahren bestand.

Mit freundlichen Grüßen

Bernd Kowalczyk
Leistung Tod und Ablauf
Auenwald Lebensversicherung AG
""")


def m024():
    return M(label="NORMAL", lang="de", kind="internal",
             reason="IT maintenance window for the policy administration system",
             frm="IT-Service Auenwald <it-service@auenwald.example>",
             to="Alle Mitarbeitenden <alle@auenwald.example>",
             subject="Wartung Bestandssystem LEBEN-B am Samstag, 08.11.",
             date="Mon, 03 Nov 2025 16:45:00 +0100",
             text="""Liebe Kolleginnen und Kollegen,

am Samstag, 08.11.2025, von 06:00 bis ca. 14:00 Uhr ist das Bestandssystem LEBEN-B wegen eines Datenbank-Updates nicht erreichbar. Betroffen sind auch das Maklerportal (Bestandsauskunft) und die Kunden-App.

Bitte keine Stapelläufe für Freitagabend einplanen. Die Nachtverarbeitung von Freitag auf Samstag läuft regulär.

Bei Problemen am Montag bitte Ticket unter Kategorie "LEBEN-B / nach Wartung".

Euer IT-Service
Serkan Aydın, Application Management Leben
""")


def m025():
    return M(label="CONFIDENTIAL", lang="en", kind="insurer-to-broker",
             reason="sole-trader broker in Ireland: new IBAN and PPS/tax reference for commission; natural person's bank and tax data",
             frm="Katrin Möbius <katrin.moebius@auenwald.example>",
             to="Declan Moriarty <declan@moriarty-financial.example>",
             subject="RE: bank details for commission payments",
             date="Tue, 04 Nov 2025 10:11:18 +0100",
             text="""Dear Mr Moriarty,

thanks for your email. We have updated your commission account (agent no. 88 0142, Declan Moriarty trading as Moriarty Financial Services, sole trader):

  Account holder:   Declan Moriarty
  IBAN:             IE44 AIBK 9311 5212 3456 99
  BIC:              AIBKIE2D
  Tax reference:    PPS 7264419WA (as per your Irish tax clearance certificate)

The October statement (EUR 2,316.50) will go out on 7 November to the new account.

For German VAT purposes your commission remains exempt under Section 4 No. 11 UStG, so no reverse charge applies.

Best regards
Katrin Möbius
Commission Accounting
Auenwald Lebensversicherung AG

-----Original Message-----
From: Declan Moriarty
Sent: 03 November 2025 16:52
Subject: bank details for commission payments

Hi Katrin, I moved my business account to AIB, details on the attached form. Cheers, Declan
""")

# ================================================================ mails 026-050

def m026():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Dynamikerhöhung</title></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<p>Sehr geehrte Frau Kranich,</p>
<p>wie in Ihrem Vertrag vereinbart, erhöhen sich Ihre Leistungen und Beiträge zum <b>01.12.2025</b> automatisch
(Dynamik 3 % des Vorjahresbeitrags). Eine erneute Gesundheitsprüfung ist dafür nicht erforderlich.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#dfe9e1"><th>Vertrag</th><th></th><th>bisher</th><th>ab 01.12.2025</th></tr>
<tr><td rowspan="2">BU 2016-502 118<br>Selbständige Berufsunfähigkeitsversicherung</td><td>monatliche BU-Rente</td><td>1.842,00 EUR</td><td>1.897,26 EUR</td></tr>
<tr><td>Monatsbeitrag</td><td>71,65 EUR</td><td>75,34 EUR</td></tr>
</table>
<p>Versicherte Person: Julia Kranich, geb. 03.07.1986<br>
Beitragseinzug weiterhin von IBAN DE85 7602 6000 0231 8746 50</p>
<p>Sie möchten die Erhöhung nicht? Dann widersprechen Sie einfach bis zum 31.12.2025 – eine kurze Mail genügt.
Bitte beachten Sie: Wenn Sie zwei Erhöhungen in Folge widersprechen, erlischt das Recht auf künftige Erhöhungen.</p>
<p>Mit freundlichen Grüßen<br>Ihre Auenwald Lebensversicherung AG<br>Vertragsservice Leben</p>
<hr><p style="font-size:10px;color:#666">Auenwald Lebensversicherung AG · Kölnische Straße 118 · 34117 Kassel · AG Kassel HRB 19274 ·
Vorsitzender des Aufsichtsrats: Dr. Georg Wilmsen · Vorstand: Dr. Friederike Achterberg (Vors.), Ulrich Bensch, Tanja Ovelgönne</p>
</body></html>"""
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="dynamic increase notice for a named person's BU contract with birth date and IBAN; HTML-only with table",
             frm="Vertragsservice Leben <vertragsservice-leben@auenwald.example>",
             to="Julia Kranich <julia.kranich@posteo-mail.example>",
             subject="Ihre Dynamikerhöhung zum 01.12.2025",
             date="Mon, 03 Nov 2025 06:12:00 +0100",
             html=html)


def m027():
    wb = xlsx([
        ("BU incidence 2024", [
            ["Auenwald Leben – BU treaty 2019/01 – new claims accepted 2024 by ICD-10 chapter", "", "", ""],
            ["ICD-10 chapter", "Claims", "Share", "Avg. age at onset"],
            ["F – mental and behavioural disorders", 148, 0.34, 44.1],
            ["M – musculoskeletal system", 91, 0.21, 49.8],
            ["C/D – neoplasms", 74, 0.17, 51.2],
            ["I – circulatory system", 35, 0.08, 54.6],
            ["S/T – injuries", 30, 0.07, 39.7],
            ["G – nervous system", 26, 0.06, 45.3],
            ["other (chapters with < 10 claims merged)", 31, 0.07, 47.0],
            ["Total", 435, 1.0, 47.2],
        ]),
        ("Exposure", [
            ["Year", "Lives exposed", "Claims", "Incidence per mille", "Expected (treaty basis)", "A/E"],
            [2022, 171240, 388, 2.27, 2.61, 0.87],
            [2023, 176905, 402, 2.27, 2.58, 0.88],
            [2024, 183377, 435, 2.37, 2.55, 0.93],
        ]),
    ])
    return M(label="NORMAL", lang="en", kind="insurer-to-partner",
             reason="trap: aggregated BU incidence by ICD-10 chapter for the reinsurer, small cells merged; XLSX",
             frm="Henrik Sjöberg <henrik.sjoeberg@auenwald.example>",
             to="Claire Abernethy <c.abernethy@northgate-re.example>",
             cc="Dr. Lena Vogtländer <lena.vogtlaender@auenwald.example>",
             subject="BU treaty 2019/01 – experience 2024 (incidence by ICD chapter)",
             date="Tue, 04 Nov 2025 15:30:22 +0100",
             text="""Dear Claire,

as promised for the treaty review meeting, attached is the 2024 experience of the BU quota share. Claims are counted at acceptance date, chapters with fewer than 10 claims are merged into "other", so there is nothing in there that points to an individual.

Headline: A/E moved from 0.88 to 0.93, mainly driven by chapter F. We see more claims from people in their early forties in office jobs, which matches what the market reports. We'll have more detail on durations and recoveries in Q1.

Talk soon,
Henrik

Henrik Sjöberg
Reinsurance & Capital Management
Auenwald Lebensversicherung AG
""",
             attachments=[att("BU_treaty_2019-01_experience_2024.xlsx", wb)])


def m028():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="private liability claim of a named customer (policy and claim number, third party's window); nobody hurt",
             frm="Schadenservice Haftpflicht <schaden-haftpflicht@auenwald.example>",
             to="Torsten Ehlebracht <t.ehlebracht@online-post.example>",
             subject="Schaden-Nr. PH-25-0091 734 – Fensterscheibe Nachbar",
             date="Wed, 05 Nov 2025 11:04:36 +0100",
             text="""Sehr geehrter Herr Ehlebracht,

vielen Dank für Ihre Schadenmeldung zu Ihrer Privathaftpflichtversicherung PH 4410 2287.

Sie schreiben, dass Ihr Sohn Leon (9 Jahre) beim Fußballspielen am 01.11.2025 die Wohnzimmerscheibe Ihres Nachbarn, Herrn Dobberstein, getroffen hat; verletzt wurde niemand. Kinder unter sieben Jahren wären deliktunfähig – bei Leon ist das nicht der Fall, wir übernehmen den Schaden also im Rahmen Ihres Vertrags.

Bitte lassen Sie uns noch zukommen:
- den Kostenvoranschlag bzw. die Rechnung des Glasers (Herr Dobberstein kann sie auch direkt an uns schicken),
- zwei Fotos der beschädigten Scheibe.

Eine Selbstbeteiligung ist in Ihrem Tarif nicht vereinbart.

Mit freundlichen Grüßen
Ihr Schadenservice Haftpflicht
Jana Weißgerber
Auenwald Sachversicherung AG
""")


def m029():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="premium holiday on a named customer's BU and pension contracts because of parental leave after a birth (quoted customer mail)",
             frm="Ralf Heinemann <ralf.heinemann@auenwald.example>",
             to="Timo Ostendorf <timo.ostendorf@famostendorf.example>",
             subject="Re: Beitragspause wegen Elternzeit",
             date="Thu, 06 Nov 2025 09:50:08 +0100",
             flowed=True, cte="8bit",
             text="""Hallo Herr Ostendorf,

erst einmal herzlichen Glückwunsch zur Geburt Ihrer Tochter!

Zu Ihren beiden Verträgen:

Rentenversicherung R 2018-662 904: Die Beiträge können wir für bis zu 24 Monate stunden oder beitragsfrei stellen. Ich empfehle die Stundung für 12 Monate (12/2025 bis 11/2026), der Versicherungsschutz bleibt voll bestehen; die gestundeten Beiträge (12 x 100 EUR) können Sie später nachzahlen oder mit der Rente verrechnen lassen.

BU 2018-662 905: Hier gibt es in Ihrem Tarif für Elternzeit eine zinslose Stundung bis 24 Monate, ebenfalls ohne Gesundheitsprüfung und ohne Einschränkung des Schutzes. Bitte bedenken Sie, dass die BU gerade jetzt wichtig ist.

Wenn Sie einverstanden sind, antworten Sie einfach mit "ok" – dann stelle ich beides ab Dezember um.

Viele Grüße
Ralf Heinemann
Vertragsservice Leben, Auenwald Lebensversicherung AG

Am 05.11.2025 um 22:13 schrieb Timo Ostendorf:
> Guten Abend,
> unsere Tochter ist am 18.10. geboren, ich gehe ab Dezember für ein Jahr in
> Elternzeit und verdiene dann nur noch Elterngeld. Kann ich die Beiträge für
> meine Rentenversicherung und die BU aussetzen ohne dass alles weg ist?
> Gruß Timo Ostendorf
""")


def m030():
    return M(label="NORMAL", lang="de", kind="insurer-to-broker",
             reason="trap: declared bonus rates 2026 for all tariffs, money figures without any person",
             frm="Maklerservice Auenwald <makler@auenwald.example>",
             to="Maklerverteiler Leben <makler-leben@auenwald.example>",
             subject="Überschussdeklaration 2026 – laufende Verzinsung bleibt bei 3,0 %",
             date="Fri, 07 Nov 2025 10:30:00 +0100",
             text="""Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

der Vorstand hat die Überschussbeteiligung für 2026 beschlossen:

Tarifgeneration                laufende Verzinsung   Gesamtverzinsung*
Klassik (Rechnungszins 0,25 %)  3,00 %               3,55 %
Klassik (Rechnungszins 0,9 %)   3,00 %               3,55 %
Klassik Bestand (vor 2015)      3,00 %               3,40 %
Auenwald IndexGarant            Partizipationsquote Euro Stoxx 50: 48 % (Vorjahr 44 %)
Fondsgebunden (Garantieteil)    3,00 %               –

* inkl. Schlussüberschuss und Mindestbeteiligung an den Bewertungsreserven

Risikoüberschüsse Risiko-LV: Todesfallbonus unverändert 45 % der Versicherungssumme bei Nichtrauchertarifen, alternativ Beitragsverrechnung 31 %.
BU: Beitragsverrechnung 26 % (Vorjahr 25 %), Bonusrente im Leistungsfall 15 %.

Die aktualisierten Vergleichsrechnungen stehen ab 15.11. in der Tarifsoftware zur Verfügung. Wertentwicklungen der Vergangenheit sind kein Indikator für künftige Überschüsse.

Mit freundlichen Grüßen
Ihr Maklerservice Leben
""")


def m031():
    return M(label="STRICTLY_CONFIDENTIAL", lang="en", kind="lawyer",
             reason="UK solicitor's letter about a deceased policyholder's life policy and payout to the estate, forwarded inline; death and life contract of a named person",
             frm="Bernd Kowalczyk <bernd.kowalczyk@auenwald.example>",
             to="Dr. Cornelia Haas <cornelia.haas@auenwald.example>",
             subject="WG: Estate of the late Mr Richard Anthony Blythe – policy L 1998-120 556",
             date="Fri, 07 Nov 2025 14:02:51 +0100",
             text="""Hallo Frau Dr. Haas,

können Sie mir kurz sagen, ob uns die englische Grant of Probate reicht oder ob wir ein deutsches Erbscheinsverfahren / Europäisches Nachlasszeugnis verlangen müssen? Kein Bezugsrecht im Vertrag, Leistung fällt also in den Nachlass. Summe knapp 62 TEUR.

Danke
Bernd Kowalczyk

-------- Forwarded Message --------
From: Eleanor Hartigan <e.hartigan@hartigan-probate.example>
Date: 5 November 2025 at 12:31
To: leistung-leben@auenwald.example
Subject: Estate of the late Mr Richard Anthony Blythe – policy L 1998-120 556

Dear Sirs,

We act for the executors of the estate of the late Richard Anthony Blythe, formerly of Kassel and latterly of 7 Orchard Lane, Cheltenham, who died on 2 August 2025 at Cheltenham General Hospital.

We understand that Mr Blythe held an endowment policy with your company under the above number, taken out while he worked in Germany. No beneficiary appears to have been nominated. We enclose a sealed copy of the Grant of Probate dated 14 October 2025 and a certified copy of the death certificate.

Please confirm the value of the policy as at the date of death and let us know what you require to release the proceeds to our client account.

Yours faithfully

Eleanor Hartigan
Partner, Hartigan & Cole Probate Solicitors, Cheltenham
""")


def m032():
    return M(label="NORMAL", lang="de", kind="internal",
             reason="office move and key handover, no personal data",
             frm="Gerd Plöger <gerd.ploeger@auenwald.example>",
             to="Team BU-Leistung <bu-leistung@auenwald.example>",
             subject="Umzug 3. OG -> 5. OG am 21.11.: Kisten, Schlüssel, Drucker",
             date="Mon, 10 Nov 2025 12:15:40 +0100",
             text="""Hallo zusammen,

der Umzug ist jetzt fix für Freitag, 21.11. Ablauf:

- Umzugskisten stehen ab Montag im Flur 3. OG (bitte max. 5 pro Person)
- Kisten bis Donnerstag 16 Uhr packen und mit Raumnummer NEU beschriften (Plan hängt an der Teeküche)
- Akten in den Rollschränken bleiben drin, die Schränke werden abgeschlossen transportiert
- alte Schlüssel bitte am Freitag bis 9 Uhr bei mir abgeben, neue Transponder gibt es ab 13 Uhr am Empfang
- Drucker 3.07 zieht mit, 3.14 wird entsorgt

Am Freitag bitte Homeoffice, ab Montag sitzt ihr im 5. OG.

Gruß
Gerd Plöger
Facility Management
""")


def m033():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="legal-expenses cover for a named customer's employment dispute (dismissal, salary); no health or union data",
             frm="Rechtsschutz Service <rechtsschutz@auenwald.example>",
             to="Melanie Votteler <melanie.votteler@webpost.example>",
             subject="Deckungszusage Rechtsschutz RS 5520 871 – Kündigungsschutzklage",
             date="Tue, 11 Nov 2025 08:47:33 +0100",
             text="""Sehr geehrte Frau Votteler,

für die Kündigungsschutzklage gegen Ihren Arbeitgeber, die Brenzinger Logistik GmbH, erteilen wir Ihnen Deckungszusage aus Ihrer Rechtsschutzversicherung RS 5520 871 (Baustein Arbeits-Rechtsschutz) für die erste Instanz vor dem Arbeitsgericht Kassel.

Versicherungsfall: ordentliche Kündigung vom 24.10.2025 zum 31.01.2026
Gegenstandswert: drei Bruttomonatsgehälter à 3.680 EUR = 11.040 EUR
Selbstbeteiligung: 150 EUR
Anwältin: Frau RAin Dilara Sönmez, Kassel

Bitte beachten Sie, dass in der ersten Instanz vor dem Arbeitsgericht jede Partei ihre Anwaltskosten selbst trägt; diese Kosten übernehmen wir. Über einen Vergleich informieren Sie uns bitte vor Abschluss.

Mit freundlichen Grüßen
Auenwald Sachversicherung AG
Rechtsschutz Service, i.A. Konstantin Reuß
""")


def m034():
    data = csv_bytes([
        ["Personalnr", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Bruttogehalt_mtl", "Entgeltumwandlung_mtl", "AG-Zuschuss_15%", "Vertragsnr_DV"],
        ["1004", "Albrecht", "Nicole", "12.02.1979", "01.04.2011", "4.250,00", "150,00", "22,50", "DV 2021-88 1041"],
        ["1017", "Baranowski", "Piotr", "30.08.1990", "15.09.2016", "3.480,00", "100,00", "15,00", "DV 2021-88 1042"],
        ["1022", "Cetin", "Aylin", "07.11.1995", "01.02.2020", "3.120,00", "80,00", "12,00", "DV 2022-88 1113"],
        ["1031", "Dietrich", "Malte", "19.05.1984", "01.07.2014", "5.900,00", "302,00", "45,30", "DV 2021-88 1043"],
        ["1046", "Engelhardt", "Sonja", "23.01.1972", "01.10.2002", "4.780,00", "0,00", "0,00", "DV 2021-88 1044 (ruhend)"],
    ], encoding="windows-1252")
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
             reason="bAV direct-insurance list of named employees with birth dates, salaries and contract numbers only in the CSV attachment; body harmless",
             frm="Stefanie Ulbrich <stefanie.ulbrich@auenwald.example>",
             to="Lohnbuchhaltung Möller Haustechnik <lohn@moeller-haustechnik.example>",
             subject="Direktversicherung Gruppenvertrag GV 88 – Abgleich November",
             date="Tue, 11 Nov 2025 13:26:09 +0100",
             text="""Guten Tag Frau Scholz,

anbei wie besprochen unser Stand der Teilnehmerliste zum Gruppenvertrag GV 88. Bitte gleichen Sie die Beträge mit Ihrer Lohnabrechnung November ab; bei Herrn Dietrich hatten wir eine Differenz beim Zuschuss.

Änderungen bitte bis 20.11. zurück, dann läuft der Einzug zum Monatsende korrekt.

Viele Grüße
Stefanie Ulbrich
Firmenkunden / betriebliche Altersversorgung
Auenwald Lebensversicherung AG
Tel. 0561 7730-4460
""",
             attachments=[att("GV88_Teilnehmer_2025-11.csv", data, "application/vnd.ms-excel")])


def m035():
    return M(label="NORMAL", lang="en", kind="insurer-to-supplier",
             reason="trap: IT ticket on the e-application health questionnaire module with a clearly fictitious test applicant",
             frm="Serkan Aydın <serkan.aydin@auenwald.example>",
             to="Support Pentacode <support@pentacode-insurtech.example>",
             subject="Ticket #48213 – health questionnaire: BMI check fails for height in metres",
             date="Wed, 12 Nov 2025 10:19:24 +0100",
             text="""Hi team,

in release 7.4.2 of the e-application (staging), the health questionnaire step rejects valid BMI values when the height is entered as "1,82" instead of "182". Steps to reproduce:

1. New application, product BU Start, test applicant "Testperson Alpha" (fictitious, DOB 01/01/1980)
2. Health questions Q1-Q9 all "no"
3. Height 1,82 / weight 81 -> error "BMI outside 10-80"

Expected: BMI 24.5, continue to Q10 (smoker status).
Also, the free-text field for "diagnosis / treatment" in Q4 truncates after 255 characters without warning. Real applicants write long texts here, so please raise it to 2,000.

Priority: high, go-live is planned for 1 December.

Thanks,
Serkan

Serkan Aydın
Application Management Life
Auenwald Versicherungsgruppe
""")


def m036():
    return M(label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="household contents claim (stolen e-bike) of a named expat customer: policy/claim number, address, value",
             frm="Claims Service Property <schaden-sach@auenwald.example>",
             to="Priya Raghunathan <priya.r@mailhub-in.example>",
             subject="Your claim HR-25-0177 205 – stolen e-bike",
             date="Wed, 12 Nov 2025 16:40:17 +0100",
             text="""Dear Ms Raghunathan,

we are sorry to hear that your e-bike was stolen from the locked bicycle room at Frankfurter Straße 201, Kassel, on 8 November 2025.

Your household contents policy HR-0412 9930 includes bicycle theft up to EUR 3,000. To settle the claim we need:
- the police report number (you mentioned Kassel police station Mitte, reference pending),
- the purchase invoice of the e-bike (Riese & Müller, bought 2023 for EUR 4,199),
- both keys of the frame lock.

Please note that the payout is capped at the bicycle limit of EUR 3,000 minus the agreed excess of EUR 150. We will transfer the amount to the account from which your premiums are collected unless you tell us otherwise.

Kind regards
Finn Albrecht
Claims Service Property
Auenwald Sachversicherung AG
""")


def m037():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="doctor",
             reason="GP report on a named applicant (type 2 diabetes, HbA1c, metformin, retinopathy screening) forwarded inline to the medical officer",
             frm="Jonas Pietzsch <jonas.pietzsch@auenwald.example>",
             to="Dr. Helga Brandstätter <helga.brandstaetter@auenwald.example>",
             subject="WG: Befundbericht – Ihre Anfrage vom 20.10.2025 (Antrag RL/BU 2025-451 930)",
             date="Thu, 13 Nov 2025 11:33:45 +0100",
             text="""Hallo Helga,

kannst du dir das bitte anschauen? Nach neuer Richtlinie evtl. BU mit Zuschlag statt Ablehnung? Risiko-LV würde ich normal annehmen.

Danke, Jonas

----- Weitergeleitet von Jonas Pietzsch am 13.11.2025 11:30 -----

Von: Praxis Dr. med. Frank Oldenburg <praxis@dr-oldenburg-kassel.example>
An: risiko-leben@auenwald.example
Datum: 12.11.2025 17:05
Betreff: Befundbericht – Ihre Anfrage vom 20.10.2025

Sehr geehrte Damen und Herren,

auf Ihre Anfrage und mit Schweigepflichtentbindung teile ich zu meinem Patienten Herrn Marcel Tiedemann, geb. 26.02.1977, folgendes mit:

Diagnosen: Diabetes mellitus Typ 2 (E11.9) seit 05/2022, arterielle Hypertonie (I10.90), Adipositas Grad I (E66.0).
Therapie: Metformin 1000 mg 1-0-1, Candesartan 8 mg 1-0-0.
Verlauf: HbA1c 05/2022 8,1 %, 04/2025 6,6 %, 10/2025 6,4 %. RR zuletzt 132/82. Gewicht 98 kg bei 1,84 m.
Augenärztliche Kontrolle 03/2025 ohne Retinopathie. Keine Nephropathie (Albumin/Kreatinin-Quotient unauffällig). Keine Neuropathie.
Arbeitsunfähigkeit in den letzten 5 Jahren: keine wegen des Diabetes; 2023 eine Woche wegen Bronchitis.

Mit freundlichen kollegialen Grüßen
Dr. med. F. Oldenburg
Facharzt für Allgemeinmedizin, Kassel
""")


def m038():
    doc = pdf([
        "Auenwald Lebensversicherung AG",
        "Musterberechnung Basisrente \"Auenwald Rürup Klassik\" (Tarif BR25)",
        "",
        "Beispielkunde (fiktiv): 45 Jahre, ledig, Angestellter",
        "zu versteuerndes Einkommen: 52.000 EUR",
        "Beitrag: 300 EUR monatlich bis Alter 67 (22 Jahre)",
        "",
        "Garantierte monatliche Altersrente:           398,21 EUR",
        "Mögliche Altersrente inkl. Überschüssen*:     512,70 EUR",
        "Steuerersparnis 2026 (Grenzsteuersatz 38 %):  ca. 1.368 EUR",
        "",
        "* bei unveränderter Überschussdeklaration 2026; nicht garantiert.",
        "Dieses Beispiel ersetzt keine individuelle Beratung.",
    ], title="Musterberechnung Basisrente")
    return M(label="NORMAL", lang="de", kind="insurer-to-broker",
             reason="trap: sample calculation for a fictitious example customer (age, income, tax saving) in PDF",
             frm="Oliver Strunz <oliver.strunz@auenwald.example>",
             to="Frank Tegtmeier <f.tegtmeier@vorsorgeteam-nord.example>",
             subject="Musterrechnung Basisrente für Ihren Infoabend",
             date="Thu, 13 Nov 2025 15:55:02 +0100",
             text="""Hallo Herr Tegtmeier,

für Ihren Infoabend bei der Handwerkskammer anbei eine Musterrechnung zur Basisrente. Der Beispielkunde ist ausgedacht, Sie können die Folie also problemlos zeigen. Wenn Sie eine Variante für Selbständige mit 1.000 EUR Beitrag brauchen, sagen Sie Bescheid.

Viel Erfolg am Dienstag!

Beste Grüße
Oliver Strunz
Maklerbetreuung Nord
Auenwald Lebensversicherung AG
Mobil 0171 55 20 418
""",
             attachments=[att("Musterberechnung_Basisrente_45J.pdf", doc)])


def m039():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-broker",
             reason="sole-trader broker's birth date, IHK register number and training hours for the training register; no customer",
             frm="Akademie Auenwald <akademie@auenwald.example>",
             to="Sandra Lichtblau <kontakt@lichtblau-finanz.example>",
             subject="Ihre Weiterbildungszeit 2025 – Meldung an gut beraten",
             date="Fri, 14 Nov 2025 09:02:17 +0100",
             text="""Liebe Frau Lichtblau,

für die Meldung Ihrer Weiterbildungszeit an die Brancheninitiative "gut beraten" haben wir folgende Daten hinterlegt. Bitte prüfen Sie diese kurz:

Name: Sandra Lichtblau
Geburtsdatum: 09.12.1981
Registrierungsnummer (Vermittlerregister): D-W-140-RTXQ-72
Erlaubnis nach § 34d Abs. 1 GewO (Versicherungsmaklerin)

Bei uns besuchte Veranstaltungen 2025:
- 12.03.2025 Webinar "BU für Schüler und Studierende" – 1,5 Std.
- 17.06.2025 Präsenzseminar "Versorgungsausgleich in der Beratung" – 6 Std.
- 20.11.2025 Webinar "BU Start" – 1 Std. (angemeldet)

Damit hätten Sie 8,5 von 15 Pflichtstunden über uns abgedeckt.

Herzliche Grüße
Carolin Sturm
Auenwald Akademie
""")


def m040():
    doc = odt([
        "Auenwald Lebensversicherung AG – Auskunft zum Versorgungsausgleich (§ 220 FamFG)",
        "Amtsgericht Kassel – Familiengericht – Az. 512 F 1187/25 VA",
        "Ehesache: Kerstin Pfannkuch ./. Dirk Pfannkuch",
        "Ausgleichspflichtige Person: Dirk Pfannkuch, geb. 14.01.1975",
        "Vertrag: private Rentenversicherung R 2009-114 302 mit Kapitalwahlrecht",
        "Ehezeit: 01.06.2009 bis 30.04.2025",
        "Ehezeitanteil (Deckungskapital): 38.412,50 EUR",
        "Vorschlag Ausgleichswert (hälftig, abzgl. Teilungskosten 250,00 EUR): 19.081,25 EUR",
        "korrespondierender Kapitalwert: 19.081,25 EUR",
        "Interne Teilung nach § 10 VersAusglG wird vorgeschlagen; Teilungsordnung liegt bei.",
        "Kassel, 17.11.2025 – Auenwald Lebensversicherung AG, Versorgungsausgleich",
    ])
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-court",
             reason="pension-equalisation information to the family court: named spouses, birth date, pension contract values (ODT attachment)",
             frm="Versorgungsausgleich Auenwald <versorgungsausgleich@auenwald.example>",
             to="Amtsgericht Kassel – Familiengericht <famg-poststelle@ag-kassel.example>",
             subject="Az. 512 F 1187/25 VA – Auskunft Auenwald Lebensversicherung AG",
             date="Mon, 17 Nov 2025 14:10:55 +0100",
             text="""Sehr geehrte Damen und Herren,

in der oben genannten Familiensache übersenden wir die angeforderte Auskunft über das bei uns bestehende Anrecht des Antragsgegners sowie die Teilungsordnung. Das Original folgt über das besondere elektronische Behördenpostfach.

Mit freundlichen Grüßen
i.A. Bettina Schwalm
Auenwald Lebensversicherung AG
Versorgungsausgleich
""",
             attachments=[att("Auskunft_VA_512F1187-25.odt", doc)])


def m041():
    return M(label="NORMAL", lang="en", kind="internal",
             reason="trap: anonymised BU case study for training (age, occupation, herniated disc), no identifiable person",
             frm="Kai-Uwe Lorenz <kai-uwe.lorenz@auenwald.example>",
             to="New Joiners Claims <trainees-claims@auenwald.example>",
             subject="Training case 3 (anonymised): roofer with herniated disc",
             date="Tue, 18 Nov 2025 08:30:12 +0100",
             text="""Hi all,

for Thursday's session please prepare the following case. It is built from several real files and altered, so it cannot be traced back to anyone.

Case 3
- Insured: male, 40-45, roofer, self-employed with two employees
- Policy: BU, monthly benefit EUR 1,500, no "abstract referral" clause, 50 % threshold
- Claim: lumbar disc herniation L5/S1, surgery, rehab 3 weeks; orthopaedic report says no heavy lifting > 10 kg, no work on ladders
- He says he now only does quotes and customer visits (approx. 30 % of his former working time)

Questions
1. Which facts do you need about his business before you can decide? (hint: restructuring of the business for self-employed)
2. Could we refer him to an office job? Why (not)?
3. Draft the first letter to the customer asking for the missing information.

Please do not bring real claim files to the training room.

See you Thursday,
Kai-Uwe
""")


def m042():
    return M(label="NORMAL", lang="mixed", kind="insurer-to-customer",
             reason="bilingual out-of-office reply, no personal data",
             frm="Daniel Ferreira <daniel.ferreira@auenwald.example>",
             to="Thomas Whitfield <tom.whitfield@fastmail-uk.example>",
             subject="Abwesenheitsnotiz / Out of office: Re: policy documents",
             date="Wed, 19 Nov 2025 07:01:44 +0100",
             headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
             text="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 28.11.2025 nicht im Büro und lese meine E-Mails nur eingeschränkt. In dringenden Fällen wenden Sie sich bitte an international-leben@auenwald.example oder +49 561 7730-4000.

Thank you for your message. I am out of the office until 28 November 2025 with limited access to e-mail. For urgent matters please contact international-leben@auenwald.example or +49 561 7730-4000.

Daniel Ferreira
Auenwald Lebensversicherung AG
""")


def m043():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="motor insurance eVB for a named customer with birth date of a young co-driver and plate; non-personal line (iso-8859-1)",
             frm="Kfz-Service Auenwald <kfz@auenwald.example>",
             to="Rüdiger Hasselbach <r.hasselbach@kabelmail.example>",
             subject="Ihre eVB-Nummer für den neuen Wagen – Vertrag KF-7730 1182",
             date="Wed, 19 Nov 2025 12:22:09 +0100",
             charset="iso-8859-1", cte="quoted-printable",
             text="""Sehr geehrter Herr Hasselbach,

wie telefonisch besprochen erhalten Sie die elektronische Versicherungsbestätigung für die Zulassung Ihres Skoda Octavia Combi (FIN TMBJR7NX5RY042817):

eVB-Nummer: K7HQ4RZ

Die Versicherung läuft als Fahrzeugwechsel in Ihrem bestehenden Vertrag KF-7730 1182 weiter, SF 22 in der Haftpflicht und SF 18 in der Vollkasko.

Zusätzlicher Fahrer: Ihr Sohn Moritz Hasselbach, geb. 02.05.2006. Wegen des Fahreralters unter 23 Jahren erhöht sich Ihr Jahresbeitrag um 212,40 ¤ auf 1.063,85 ¤. (Sorry, unser System schreibt das Eurozeichen in diesem Zeichensatz falsch: gemeint ist jeweils EUR.)

Bitte teilen Sie uns nach der Zulassung das neue Kennzeichen mit.

Mit freundlichen Grüßen
Ihr Kfz-Service
Auenwald Sachversicherung AG
""")


def m044():
    return M(label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="BU claim acknowledgement to a named customer with multiple sclerosis, neurologist report requested",
             frm="Fatma Yıldırım <fatma.yildirim@auenwald.example>",
             to="Benjamin Okonjo <ben.okonjo@netmail-ng.example>",
             subject="Your disability claim – policy BU 2014-330 071",
             date="Thu, 20 Nov 2025 10:05:36 +0100",
             text="""Dear Mr Okonjo,

thank you for your claim form and for speaking with me on the phone on Tuesday. I am very sorry to hear about your diagnosis of relapsing-remitting multiple sclerosis.

I will be your contact person for the whole claim. To assess your claim for disability benefits under policy BU 2014-330 071 I need the following:

1. A report from your neurologist (Dr. Sahin, Neurologie am Königsplatz) covering the MRI findings from September, the current EDSS score and your treatment (you mentioned you have started ocrelizumab).
2. A detailed description of your job as a process engineer: working hours, how much time you spend in the plant vs. at your desk, travel.
3. Your sick notes since 1 July 2025.

We pay the fees for the doctor's report. You can send documents by post or upload them in our secure customer portal; please do not send medical documents by normal e-mail.

While we assess your claim, your premiums can be deferred interest-free on request.

With best wishes
Fatma Yıldırım
Disability Claims
Auenwald Lebensversicherung AG
Phone +49 561 7730-4519
""")


def m045():
    return M(label="NORMAL", lang="de", kind="internal",
             reason="trap: minutes of the claims committee with aggregate numbers and age bands only",
             frm="Kai-Uwe Lorenz <kai-uwe.lorenz@auenwald.example>",
             to="Leistungsausschuss Leben <leistungsausschuss@auenwald.example>",
             subject="Protokoll Leistungsausschuss BU vom 19.11.2025",
             date="Thu, 20 Nov 2025 17:12:28 +0100",
             text="""Protokoll Leistungsausschuss Berufsunfähigkeit – Sitzung 11/2025
Teilnehmende: Lorenz (Vors.), Dr. Brandstätter, Dr. Haas, Wendland, Yıldırım, Sjöberg (Gast, TOP 3)

TOP 1 Fälle über 250 TEUR Reservevolumen
Vorgelegt: 14 Fälle. Anerkannt 9, abgelehnt 2, Rückfragen 3.
Altersbänder: 30-39: 3 Fälle, 40-49: 6, 50-59: 5. Ursachen: Psyche 6, Onkologie 4, Orthopädie 2, Sonstige 2.

TOP 2 Nachprüfungen
Im Oktober 31 Nachprüfungen abgeschlossen; in 4 Fällen Leistung eingestellt (Besserung), alle mit Begründung und Anhörung. Beschwerde beim Ombudsmann: 1, noch offen.

TOP 3 Rückversicherung
Northgate Re wünscht ab 2026 Vorlage aller Fälle > 500 TEUR vor Anerkenntnis. Ausschuss sieht das kritisch (Bearbeitungszeit). Sjöberg klärt bis Januar.

TOP 4 Verschiedenes
Vorlage Ablehnung v3.2 ist eingeführt. Nächste Sitzung 17.12.2025, 10 Uhr.

gez. Lorenz
""")


def m046():
    return M(label="CONFIDENTIAL", lang="en", kind="insurer-to-lawyer",
             reason="commission clawback dispute with a former sole-trader broker: outstanding advance, his annual commission income; no customer named",
             frm="Dr. Cornelia Haas <cornelia.haas@auenwald.example>",
             to="mr. Pieter van Doorn <p.vandoorn@doorn-advocaten.example>",
             subject="Your client Mr Joost Verhagen – commission clawback, agent no. 88 0097",
             date="Fri, 21 Nov 2025 11:48:03 +0100",
             text="""Dear Mr van Doorn,

thank you for your letter of 12 November 2025 on behalf of Mr Joost Verhagen, who was an independent agent (sole trader, KvK 71829344) for our company until 30 June 2025.

Our claim is based on section 6 of the agency agreement of 2019. In summary:

  commission advances paid 2023-2025:         EUR 41,870.00
  earned (policies still in force after 60 months pro rata):  EUR 29,390.00
  clawback due:                               EUR 12,480.00

For context, Mr Verhagen's commission income from our company was EUR 63,210 in 2023 and EUR 58,944 in 2024, so the clawback is hardly surprising for him. The list of the 27 lapsed contracts with the dates of lapse can be provided to you once you confirm that it will be treated confidentially, as it concerns our customers.

We remain open to payment in instalments of EUR 1,040 over twelve months; please let us know by 12 December 2025.

Yours sincerely
Dr. Cornelia Haas
Legal Counsel (Syndikusrechtsanwältin)
Auenwald Versicherungsgruppe
""")


def m047():
    loan = docx([
        "# Darlehensvertrag (Policendarlehen)",
        "zwischen der Auenwald Lebensversicherung AG, Kölnische Straße 118, 34117 Kassel (Darlehensgeberin)",
        "und Frau Birgit Sandmann, Weidenweg 14, 34346 Hann. Münden (Darlehensnehmerin)",
        "zur Kapitallebensversicherung Nr. L 2004-771 035",
        "Darlehensbetrag: 8.000,00 EUR (max. Beleihungsgrenze 90 % des Rückkaufswerts = 28.260,00 EUR)",
        "Sollzins: 4,25 % p.a., fest bis zum Ablauf am 01.09.2029, Zinszahlung vierteljährlich nachschüssig (85,00 EUR)",
        "Rückzahlung: jederzeit ganz oder in Teilbeträgen ab 500 EUR; spätestens Verrechnung mit der Ablaufleistung",
        "Auszahlung auf: DE93 4306 0967 7765 1209 38 (Kontoinhaberin Birgit Sandmann)",
        "Sicherheit: Die Ansprüche aus dem Versicherungsvertrag dienen als Sicherheit.",
        "Ort, Datum, Unterschrift Darlehensnehmerin: ______________________",
    ])
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="policy loan offer on a named customer's endowment policy; loan contract with IBAN in DOCX; personal line",
             frm="Nadine Schiffer <nadine.schiffer@auenwald.example>",
             to="Birgit Sandmann <birgit.sandmann@t-post.example>",
             subject="Ihr Policendarlehen zur Lebensversicherung L 2004-771 035",
             date="Fri, 21 Nov 2025 13:37:50 +0100",
             text="""Sehr geehrte Frau Sandmann,

vielen Dank für Ihre Geduld. Ein Policendarlehen über 8.000 EUR ist auf Ihren Vertrag problemlos möglich, der Versicherungsschutz bleibt unverändert bestehen.

Den Darlehensvertrag finden Sie im Anhang. Bitte unterschreiben Sie ihn und senden ihn uns per Post oder als Scan zurück. Das Geld ist dann innerhalb von drei Arbeitstagen auf Ihrem Konto.

Alles Gute für Ihre Tochter in Wien!

Mit freundlichen Grüßen
Nadine Schiffer
Vertragsservice Leben
Auenwald Lebensversicherung AG
""",
             attachments=[att("Darlehensvertrag_L2004-771035.docx", loan)])


def m048():
    html = """<html><body style="font-family:Calibri,Arial;font-size:14px">
<h2>Auenwald Inside – Health &amp; Wellbeing Week, 1–5 December</h2>
<p>Dear colleagues,</p>
<p>our company doctor and the health management team invite you to the Wellbeing Week. All offers are free, voluntary and
take place during working hours.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Day</th><th>Offer</th><th>Where</th></tr>
<tr><td>Mon</td><td>Flu vaccination (bring your vaccination card)</td><td>Company doctor, room 0.12</td></tr>
<tr><td>Tue</td><td>Back school: 30-minute sessions for desk workers</td><td>Gym, basement</td></tr>
<tr><td>Wed</td><td>Talk: "Burnout – spotting the early signs" (Dr. Ines Lampe)</td><td>Auditorium</td></tr>
<tr><td>Thu</td><td>Blood pressure and blood sugar check</td><td>Company doctor</td></tr>
<tr><td>Fri</td><td>Healthy lunch special in the canteen</td><td>Canteen</td></tr>
</table>
<p>Individual results of the health checks stay with the company doctor and are never shared with HR or your manager.</p>
<p>Your Health Management Team</p>
</body></html>"""
    text = """Auenwald Inside - Health & Wellbeing Week, 1-5 December

Dear colleagues,
our company doctor and the health management team invite you to the Wellbeing Week. All offers are free, voluntary and take place during working hours.

Mon  Flu vaccination (bring your vaccination card) - company doctor, room 0.12
Tue  Back school: 30-minute sessions for desk workers - gym, basement
Wed  Talk: "Burnout - spotting the early signs" (Dr. Ines Lampe) - auditorium
Thu  Blood pressure and blood sugar check - company doctor
Fri  Healthy lunch special in the canteen

Individual results of the health checks stay with the company doctor and are never shared with HR or your manager.

Your Health Management Team
"""
    return M(label="NORMAL", lang="en", kind="newsletter",
             reason="trap: internal wellbeing newsletter (flu vaccination, burnout talk, blood sugar check), no person's data",
             frm="Health Management <gesundheit@auenwald.example>",
             to="All staff <alle@auenwald.example>",
             subject="Health & Wellbeing Week 1-5 December: flu shots, back school, burnout talk",
             date="Mon, 24 Nov 2025 08:00:00 +0100",
             text=text, html=html)


def m049():
    return M(label="NORMAL", lang="en", kind="internal",
             reason="trap: defibrillator maintenance and first-aid course notice; first-aiders named organisationally only",
             frm="Gerd Plöger <gerd.ploeger@auenwald.example>",
             to="International Desk <international-leben@auenwald.example>",
             subject="AED on 4th floor serviced – first aid refresher on 9 Dec",
             date="Mon, 24 Nov 2025 13:41:06 +0100",
             text="""Hi all,

quick note in English since half of your team joined recently:

- The defibrillator (AED) next to the lifts on the 4th floor was serviced today; new pads and battery, next check 11/2026.
- The first-aid kits in the kitchens have been restocked (plasters, burn gel, cold packs).
- First-aid refresher course on 9 December, 8:30-16:30, room 4.12, run by the Red Cross. We still need two more first aiders on your floor; currently it is only Miriam and Henrik. Please sign up with me.

In an emergency: call 112 first, then the reception on ext. 1000.

Cheers
Gerd
""")


def m050():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-tenant",
             reason="rent arrears of a named private tenant in the insurer's own building, with her IBAN; no insurance line",
             frm="Immobilienverwaltung Auenwald <immobilien@auenwald.example>",
             to="Gabriele Tschirner <g.tschirner@mailbox.example>",
             subject="Mietkonto Wohnung 2.3, Friedrich-Ebert-Str. 61 – Zahlungserinnerung",
             date="Tue, 25 Nov 2025 10:20:00 +0100",
             text="""Sehr geehrte Frau Tschirner,

für Ihre Wohnung 2.3 im Haus Friedrich-Ebert-Straße 61, Kassel, sind die Mieten für Oktober und November 2025 noch offen:

Kaltmiete 2 x 740,00 EUR
Betriebskostenvorauszahlung 2 x 185,00 EUR
offen gesamt 1.850,00 EUR

Die Lastschrift von Ihrem Konto DE69 1203 0000 1028 3746 55 ist zweimal mit dem Hinweis "Widerspruch" zurückgekommen. Falls es ein Problem gibt, sprechen Sie uns bitte an – eine Ratenzahlung ist möglich. Ansonsten bitten wir um Ausgleich bis 05.12.2025.

Mit freundlichen Grüßen
Annika Vossberg
Immobilienverwaltung
Auenwald Lebensversicherung AG (Eigentümerin)
""")

# ================================================================ mails 051-075

def m051():
    return M(label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-broker",
             reason="underwriting decision for a named applicant sent to a broker firm: exclusion for shoulder condition, rotator cuff surgery",
             frm="Miriam Okafor <miriam.okafor@auenwald.example>",
             to="Harpreet Kaur <h.kaur@brookfield-kaur.example>",
             subject="RE: Mr Callum Reid – income protection application IP-2025-0917",
             date="Tue, 25 Nov 2025 15:03:29 +0100",
             text="""Hi Harpreet,

thanks for sending the orthopaedic letter so quickly. We can now offer cover for Mr Reid as follows:

- Income protection, monthly benefit EUR 2,800, deferred period 6 months, to age 65
- Standard premium, no loading
- Exclusion: any disability caused by disorders of the right shoulder, including the consequences of the rotator cuff repair in 2024 and any future surgery on that shoulder

The exclusion can be reviewed on request after three years without symptoms or treatment; he would then need a fresh report from his surgeon.

Terms are valid for 60 days. If he accepts, please send back the signed exclusion agreement; the policy will be issued with start date 1 January 2026 as requested.

Best,
Miriam

> From: Harpreet Kaur
> Sent: 21 November 2025 09:14
> Hi Miriam, attached the letter from Mr Reid's surgeon. He is back at full
> duties as a site manager since March. Any chance of avoiding an exclusion?
> Many thanks, Harpreet
> Brookfield & Kaur Financial Planning Ltd
""")


def m052():
    return M(label="NORMAL", lang="de", kind="internal",
             reason="trap: data-protection FAQ on the medical confidentiality release form, generic, no person",
             frm="Matthias Ebeling <datenschutz@auenwald.example>",
             to="Risikoprüfung Leben <risiko-leben@auenwald.example>",
             cc="Team BU-Leistung <bu-leistung@auenwald.example>",
             subject="FAQ Schweigepflichtentbindung – aktualisierte Fassung",
             date="Wed, 26 Nov 2025 09:15:44 +0100",
             text="""Hallo zusammen,

nach den vielen Rückfragen der letzten Wochen hier die aktualisierte FAQ. Sie geht ab Dezember auch ins Intranet.

1. Dürfen wir bei jedem Arzt anfragen, den der Antragsteller im Antrag nennt?
Nur wenn die Person die generelle Schweigepflichtentbindung erteilt hat. Hat sie die Variante "Einzelfall" gewählt, müssen wir vor jeder Anfrage informieren und die Person kann widersprechen.

2. Wie lange heben wir Arztberichte aus abgelehnten Anträgen auf?
Drei Jahre nach Ablehnung, dann Löschung. Der Abgleich mit dem HIS (Hinweis- und Informationssystem) ist davon unabhängig.

3. Darf ich einen Befundbericht an den Makler weitergeben?
Nein. Der Makler erfährt das Ergebnis (Annahme, Zuschlag, Ausschluss), aber nicht die Diagnose – außer die Kundin hat ausdrücklich eingewilligt.

4. Was ist mit E-Mails, in denen der Kunde selbst Diagnosen schreibt?
Die sind genauso schutzbedürftig. Antworten bitte über das Kundenportal oder verschlüsselt.

5. Der Rückversicherer will Unterlagen sehen – ist das zulässig?
Ja, wenn die Einwilligung den Rückversicherer umfasst (Standardtext seit 2012) und nur das Nötige übermittelt wird.

Fragen gern an mich.
Matthias Ebeling, DSB
""")


def m053():
    return M(label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="motor policy of a named expat: UK no-claims years, plate and policy number; non-personal line",
             frm="Motor Service <kfz@auenwald.example>",
             to="Graham Ashcroft <g.ashcroft@britmail.example>",
             subject="Your car insurance KF-7741 0206 – UK no-claims bonus",
             date="Wed, 26 Nov 2025 11:39:14 +0100",
             text="""Dear Mr Ashcroft,

thank you for sending the no-claims discount letter from your UK insurer (Harbourline Motor, 9 years claim-free, ending 31 July 2025).

We can recognise up to 8 claim-free years from a foreign insurer. Your car insurance KF-7741 0206 for the BMW 320d, registration KS-GA 790, is therefore moved from class SF 1/2 to SF 8 with effect from the start of the policy (15 August 2025).

Your annual premium goes down from EUR 1,486.20 to EUR 702.55. We will refund the difference for the current period (EUR 322.40) to your account ending in ...4471.

Kind regards
Motor Service
Auenwald Sachversicherung AG
""")


def m054():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="follow-up review of a named customer's BU benefit: burnout/adjustment disorder F43.2, psychotherapy, return-to-work attempt",
             frm="Sabine Wendland <sabine.wendland@auenwald.example>",
             to="Andrea Liebscher <andrea.liebscher@freenet-mail.example>",
             subject="Nachprüfung Ihrer BU-Leistung – Vertrag BU 2012-118 440",
             date="Thu, 27 Nov 2025 10:28:51 +0100",
             text="""Sehr geehrte Frau Liebscher,

seit Februar 2023 erhalten Sie aus Ihrer Berufsunfähigkeitsversicherung BU 2012-118 440 eine monatliche Rente von 1.240 EUR. Wie im Vertrag vorgesehen, prüfen wir in regelmäßigen Abständen, ob die Voraussetzungen weiter vorliegen. Das ist ein Routineschritt und bedeutet nicht, dass wir an Ihren Angaben zweifeln.

Anerkannt hatten wir die Leistung wegen einer schweren Anpassungsstörung mit depressiver Symptomatik (F43.2) nach Erschöpfungssyndrom. Sie hatten uns im Sommer mitgeteilt, dass Sie einen stufenweisen Wiedereinstieg als Erzieherin versucht haben.

Bitte senden Sie uns bis zum 15.01.2026:
1. den beiliegenden Fragebogen zur Nachprüfung,
2. einen aktuellen Bericht Ihrer Psychotherapeutin Frau Dipl.-Psych. Hannah Degenhardt (Kosten übernehmen wir),
3. Angaben zum Wiedereingliederungsversuch (Zeitraum, Stunden pro Woche, Ergebnis).

Bis zur Entscheidung zahlen wir die Rente selbstverständlich weiter.

Mit freundlichen Grüßen
Sabine Wendland
Leistungsprüfung Berufsunfähigkeit
""")


def m055():
    return M(label="NORMAL", lang="en", kind="insurer-to-partner",
             reason="trap: draft treaty clause on pre-existing conditions and medical evidence limits, generic wording",
             frm="Henrik Sjöberg <henrik.sjoeberg@auenwald.example>",
             to="Claire Abernethy <c.abernethy@northgate-re.example>",
             subject="Treaty 2026 – draft Article 7 (medical evidence and pre-existing conditions)",
             date="Thu, 27 Nov 2025 16:50:10 +0100",
             text="""Claire,

here's our redraft of Article 7 after Tuesday's call. Changes in [brackets].

7.1 The Ceding Company shall underwrite all risks in accordance with the Underwriting Manual agreed between the parties [version 2026/1].
7.2 Medical evidence limits (sum at risk per life):
    up to EUR 300,000        health declaration only
    EUR 300,001 - 750,000    health declaration + GP questionnaire
    EUR 750,001 - 1,500,000  + medical examination, blood profile, urinalysis
    above EUR 1,500,000      + resting ECG, [NT-proBNP,] financial underwriting
7.3 [Pre-existing conditions which were disclosed and accepted at standard rates shall not entitle the Reinsurer to contest a claim.]
7.4 Claims for disability benefits with a reserve above EUR 500,000 shall be submitted to the Reinsurer [for information] before acceptance.

7.4 is the one our claims committee is unhappy with -- "for information" is our proposal, you had "for approval".

Best
Henrik
""")


def m056():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-broker",
             reason="sole-trader broker's request for a commission advance with his monthly income and loan balance; no customer",
             frm="Oliver Strunz <oliver.strunz@auenwald.example>",
             to="Andreas Weber <info@finanzkontor-weber.example>",
             subject="AW: Provisionsvorschuss Dezember",
             date="Fri, 28 Nov 2025 12:01:37 +0100",
             text="""Hallo Herr Weber,

ich habe mit der Abrechnung gesprochen. Einen Vorschuss von 6.000 EUR können wir Ihnen gewähren, verrechnet mit den Abschlussprovisionen Januar bis März 2026 (je 2.000 EUR).

Zur Einordnung hat Frau Möbius mir Ihre Zahlen gegeben: Ihre Provisionseinnahmen bei uns lagen 2025 im Schnitt bei rund 11.900 EUR pro Monat, der Vorschuss ist also gut gedeckt. Ihr bestehendes Darlehen aus 2023 (Restschuld 3.450 EUR) bleibt davon unberührt.

Die Vereinbarung kommt per Post, bitte unterschrieben zurück.

Viele Grüße
Oliver Strunz

-----Ursprüngliche Nachricht-----
Von: Andreas Weber
Gesendet: Donnerstag, 27. November 2025 18:40
An: Oliver Strunz
Betreff: Provisionsvorschuss Dezember

Hallo Herr Strunz, Steuernachzahlung + neues Büro, der Dezember wird eng. Geht ein Vorschuss von 6.000? Gruß A. Weber
""")


def m057():
    text = """Dear Ms Castellano,

we have received your request to surrender your unit-linked pension policy FR 2015-207 338 and are sorry to see you go.

Value as at 27 November 2025:
  Auenwald Global Equity A     412.881 units x EUR 61.27 = EUR 25,297.22
  Auenwald Euro Bond I         150.004 units x EUR 48.90 = EUR  7,335.20
  Total fund value                                        EUR 32,632.42
  less surrender charge                                   EUR   -180.00
  Surrender value                                         EUR 32,452.42

German capital gains tax does not apply because you are not tax resident in Germany (certificate of residence for Spain received). The amount will be paid to your account ES35 2100 0418 4802 0007 1884.

Please confirm by replying to this e-mail within 14 days; after that we will process the surrender with the unit prices of the day we receive your confirmation.

Kind regards
Nadine Schiffer
Contract Service Life, Auenwald Lebensversicherung AG
"""
    html = """<html><body><p>Dear Ms Castellano,</p>
<p>we have received your request to surrender your unit-linked pension policy <b>FR 2015-207 338</b> and are sorry to see you go.</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Fund</th><th>Units</th><th>Price</th><th>Value</th></tr>
<tr><td>Auenwald Global Equity A</td><td>412.881</td><td>EUR 61.27</td><td>EUR 25,297.22</td></tr>
<tr><td>Auenwald Euro Bond I</td><td>150.004</td><td>EUR 48.90</td><td>EUR 7,335.20</td></tr>
<tr><td colspan="3">less surrender charge</td><td>EUR -180.00</td></tr>
<tr><td colspan="3"><b>Surrender value</b></td><td><b>EUR 32,452.42</b></td></tr>
</table>
<p>German capital gains tax does not apply because you are not tax resident in Germany (certificate of residence for Spain received).
The amount will be paid to your account ES35 2100 0418 4802 0007 1884.</p>
<p>Please confirm by replying to this e-mail within 14 days.</p>
<p>Kind regards<br>Nadine Schiffer<br>Contract Service Life, Auenwald Lebensversicherung AG</p></body></html>"""
    return M(label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="surrender of a named customer's unit-linked pension policy: fund values, Spanish IBAN, tax residence; multipart/alternative",
             frm="Nadine Schiffer <nadine.schiffer@auenwald.example>",
             to="Lucía Castellano <lucia.castellano@correo-es.example>",
             subject="Surrender of your policy FR 2015-207 338",
             date="Fri, 28 Nov 2025 14:44:05 +0100",
             text=text, html=html)


def m058():
    return M(label="NORMAL", lang="de", kind="internal",
             reason="Christmas party invitation, no personal data",
             frm="Betriebsrat Auenwald <betriebsrat@auenwald.example>",
             to="Alle Mitarbeitenden <alle@auenwald.example>",
             subject="Weihnachtsfeier 12.12. – Anmeldung bis 3.12.!",
             date="Mon, 01 Dec 2025 09:00:00 +0100",
             text="""Hallo ihr Lieben,

die Weihnachtsfeier steigt am Freitag, 12.12., ab 17 Uhr in der Kantine und im Foyer. Es gibt Buffet (auch vegan), Glühwein und alkoholfreien Punsch, DJ ab 20 Uhr und den legendären Abteilungs-Quiz.

Anmeldung bitte bis 3.12. über das Formular im Intranet, damit die Küche planen kann. Wichteln: Geschenke bis 10 EUR, bitte bis 11.12. beim Empfang abgeben.

Shuttle zum Hauptbahnhof fährt um 22:30 und 0:30.

Euer Betriebsrat
""")


def m059():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
             reason="payout of a deceased policyholder's life insurance to a community of heirs: names, shares, certificate of inheritance, IBAN of law firm escrow",
             frm="Bernd Kowalczyk <bernd.kowalczyk@auenwald.example>",
             to="RA Dr. Jörg Rautenberg <j.rautenberg@rautenberg-partner.example>",
             subject="Nachlass Elfriede Görlitz † 03.09.2025 – Lebensversicherung L 1991-042 118",
             date="Mon, 01 Dec 2025 11:27:40 +0100",
             text="""Sehr geehrter Herr Dr. Rautenberg,

vielen Dank für die Übersendung des Erbscheins des Amtsgerichts Marburg vom 18.11.2025 (Az. 62 VI 844/25). Da im Vertrag kein Bezugsberechtigter benannt war, fällt die Leistung aus der Lebensversicherung L 1991-042 118 Ihrer verstorbenen Mandantin in den Nachlass.

Leistung zum Todestag:
Versicherungssumme 40.903,35 EUR (80.000 DM)
Überschussbeteiligung 18.214,60 EUR
Gesamt 59.117,95 EUR

Laut Erbschein sind Erben zu je 1/3: Herr Volker Görlitz, Frau Susanne Albertz geb. Görlitz und Herr Niklas Görlitz (Enkel, Erbe nach seiner vorverstorbenen Mutter).

Wie von allen drei Erben schriftlich angewiesen, zahlen wir den Gesamtbetrag auf Ihr Anderkonto:
IBAN DE42 6605 0101 0108 8457 32, Kanzlei Rautenberg & Partner, Anderkonto Nachlass Görlitz

Die Meldung an das Finanzamt für Erbschaftsteuer (Kassel II) erfolgt durch uns.

Mit freundlichen Grüßen
Bernd Kowalczyk
Leistung Tod und Ablauf
""")


def m060():
    sheet = ods([
        ("Lapse rates", [
            ["Lapse rates by policy year – individual life, all tariffs, 2022-2024 average", "", "", ""],
            ["Policy year", "Endowment / classic pension", "Unit-linked", "Term life", "BU"],
            [1, 0.061, 0.094, 0.072, 0.058],
            [2, 0.052, 0.081, 0.066, 0.049],
            [3, 0.041, 0.067, 0.058, 0.043],
            [4, 0.035, 0.055, 0.051, 0.037],
            [5, 0.031, 0.048, 0.046, 0.033],
            ["6-10", 0.024, 0.039, 0.038, 0.027],
            ["11+", 0.017, 0.029, 0.030, 0.019],
        ]),
    ])
    return M(label="NORMAL", lang="en", kind="internal",
             reason="trap: actuarial lapse rates by product and policy year (ODS), aggregates only",
             frm="Dr. Lena Vogtländer <lena.vogtlaender@auenwald.example>",
             to="Henrik Sjöberg <henrik.sjoeberg@auenwald.example>",
             subject="Lapse assumptions for the Solvency II best estimate",
             date="Tue, 02 Dec 2025 10:12:35 +0100",
             text="""Henrik,

lapse table for the BE run attached (LibreOffice, sorry, our Excel licence for the new laptop is still missing). Averages 2022-2024, no changes for the mass-lapse stress.

Unit-linked year 1 is higher than last year; the dynamic lapse function remains switched off as agreed with the auditors.

Lena
""",
             attachments=[att("lapse_rates_2022-2024.ods", sheet)])


def m061():
    return M(label="CONFIDENTIAL", lang="en", kind="internal",
             reason="relocation allowance for a named new employee with his salary and private IBAN",
             frm="Petra Guse <petra.guse@auenwald.example>",
             to="Payroll <entgelt@auenwald.example>",
             subject="New hire Arjun Malhotra – relocation allowance and first salary",
             date="Tue, 02 Dec 2025 14:58:02 +0100",
             text="""Hi payroll team,

please set up our new colleague for the February payroll:

Name: Arjun Malhotra, Actuarial Analyst, personnel no. 20 5129
Start: 01.02.2026
Annual salary: EUR 68,500 (13 payments)
Relocation allowance: EUR 3,000 gross, one-off with the February salary (Dublin -> Kassel)
Bank account: IE22 AIBK 9311 5298 7654 32 – he will switch to a German account later
Tax ID and social security no. follow after his registration in Kassel.

Contract is signed and in the personnel file.

Thanks
Petra
""")


def m062():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="underwriting decision postponing a named applicant's term life cover because of breast cancer C50.4 under treatment; base64 body",
             frm="Dr. Helga Brandstätter <helga.brandstaetter@auenwald.example>",
             to="Kathrin Wollenweber <k.wollenweber@t-post.example>",
             subject="Ihr Antrag auf Risikolebensversicherung – Antrags-Nr. RL-2025-119 204",
             date="Wed, 03 Dec 2025 09:44:18 +0100",
             cte="base64",
             text="""Sehr geehrte Frau Wollenweber,

vielen Dank für Ihren Antrag auf eine Risikolebensversicherung über 200.000 EUR zur Absicherung Ihrer Baufinanzierung und für die offenen Angaben in den Gesundheitsfragen.

Sie haben uns mitgeteilt, dass im Mai 2025 ein Mammakarzinom links (ICD-10 C50.4) festgestellt wurde und die Strahlentherapie im Oktober abgeschlossen ist; die antihormonelle Therapie mit Tamoxifen läuft noch.

Leider können wir Ihren Antrag derzeit nicht annehmen. Bei Krebserkrankungen ist eine seriöse Einschätzung des Risikos erst nach einem gewissen Abstand zur Behandlung möglich. Wir stellen Ihren Antrag daher zurück: Nach Ablauf von zwei Jahren nach Abschluss der Primärtherapie, also ab November 2027, prüfen wir gern erneut, dann mit einem aktuellen Nachsorgebericht.

Das ist keine endgültige Ablehnung. Für Ihre Bank kann ich Ihnen gern bestätigen, dass eine Zurückstellung erfolgt ist – ohne Angabe von Gründen.

Ich wünsche Ihnen von Herzen alles Gute.

Mit freundlichen Grüßen
Dr. med. Helga Brandstätter
Gesellschaftsärztin, Auenwald Lebensversicherung AG
""")


def m063():
    form = odt([
        "Einwilligungs- und Schweigepflichtentbindungserklärung (Muster, Stand 01/2026)",
        "Name der versicherten Person: «Vorname» «Nachname», geb. «Geburtsdatum»",
        "Antrags- bzw. Vertragsnummer: «Nummer»",
        "1. Erhebung von Gesundheitsdaten bei Dritten",
        "Variante A (generell): Ich befreie Ärzte, Pflegepersonen sowie Bedienstete von Krankenhäusern, sonstigen Krankenanstalten, Pflegeheimen, Personenversicherern, gesetzlichen Krankenkassen, Berufsgenossenschaften und Behörden, die in den letzten zehn Jahren vor Antragstellung untersucht, beraten oder behandelt haben, von ihrer Schweigepflicht ...",
        "Variante B (im Einzelfall): Ich möchte vor jeder Erhebung informiert werden und entscheiden, ob ich ... einwillige.",
        "2. Weitergabe an Rückversicherer, externe Gutachter, Dienstleister ...",
        "3. Weitergabe an Vermittler (nur Ergebnis, keine Gesundheitsdaten)",
        "4. Speicherung bei Nichtzustandekommen des Vertrags (drei Jahre)",
        "Ort, Datum ______________  Unterschrift ______________",
    ])
    return M(label="NORMAL", lang="de", kind="insurer-to-supplier",
             reason="trap: blank consent and confidentiality-release template with placeholders (ODT) sent to the print shop",
             frm="Tobias Rehkopf <tobias.rehkopf@auenwald.example>",
             to="Auftragsannahme Druckhaus Werra <auftrag@druckhaus-werra.example>",
             subject="Druckauftrag Formular LV 118 (Schweigepflichtentbindung) – neue Fassung",
             date="Wed, 03 Dec 2025 13:20:29 +0100",
             text="""Guten Tag Herr Pawlak,

anbei die neue Fassung unseres Formulars LV 118 als Textvorlage. Bitte wie gehabt satzen (2 Seiten, DIN A4, mit Durchschlag), Korrekturabzug als PDF an mich.

Auflage: 15.000 Stück, Lieferung bis 09.01.2026 an unser Lager in Kassel-Bettenhausen. Die alte Fassung (Stand 05/2019) bitte nicht mehr nachdrucken.

Vielen Dank und Gruß
Tobias Rehkopf
Antragsbearbeitung Leben
""",
             attachments=[att("LV118_Schweigepflichtentbindung_2026.odt", form)])


def m064():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="buildings insurance storm claim of a named homeowner: policy and claim number, address, amount",
             frm="Schadenservice Sach <schaden-sach@auenwald.example>",
             to="Werner Bätjer <w.baetjer@landpost.example>",
             subject="Sturmschaden 23.11.2025 – Wohngebäudeversicherung WG-2207 5513",
             date="Thu, 04 Dec 2025 08:36:12 +0100",
             text="""Sehr geehrter Herr Bätjer,

unser Sachverständiger Herr Lüdecke war am 02.12. bei Ihnen in der Dorfstraße 19, 34399 Oberweser. Er bestätigt den Sturmschaden vom 23.11.2025 am Dach (abgedeckte Ziegel auf ca. 14 m², beschädigte Dachrinne) und am Carport.

Regulierung aus Ihrer Wohngebäudeversicherung WG-2207 5513, Schaden-Nr. WG-25-0402 318:

Dachdeckerarbeiten lt. Angebot Fa. Heppe   4.386,50 EUR
Dachrinne                                     612,00 EUR
Carport (Zeitwert)                          1.150,00 EUR
abzgl. Selbstbeteiligung                     -500,00 EUR
Entschädigung                               5.648,50 EUR

Den Betrag überweisen wir nach Eingang der Schlussrechnung des Dachdeckers. Die Notabdeckung (Rechnung 380,80 EUR) zahlen wir sofort.

Mit freundlichen Grüßen
Schadenservice Sach
Auenwald Sachversicherung AG, i.A. Mareike Thon
""")


def m065():
    fwd = inner("Oliver Brandt-Nakamura <oliver.bn@globalpost.example>",
                "service-leben@auenwald.example",
                "Assignment of my life policy to the bank",
                "Wed, 03 Dec 2025 20:14:33 +0100",
                "<c31d0a77@globalpost.example>",
                """Hello,

I am buying a flat in Göttingen and my bank (Leinetal Bausparkasse) wants my life insurance as security for the mortgage of EUR 240,000. The policy number is RL 2021-077 614, sum insured EUR 250,000, I am the insured person and policyholder.

The bank sent me an assignment form (Abtretungserklärung). Do I send this to you or do they? And will the beneficiary (my partner, Yuki Nakamura) be affected? I don't want her to lose everything if something happens to me.

Thanks for your help,
Oliver Brandt-Nakamura
""")
    return M(label="STRICTLY_CONFIDENTIAL", lang="en", kind="customer",
             reason="customer's question about assigning his life policy to a mortgage bank and the beneficiary, forwarded as message/rfc822; body harmless",
             frm="Ralf Heinemann <ralf.heinemann@auenwald.example>",
             to="Abtretungen Leben <abtretungen@auenwald.example>",
             subject="FW: Assignment",
             date="Thu, 04 Dec 2025 09:12:48 +0100",
             text="""Hi,

English-speaking customer, please answer in English. See attached.

Thx
Ralf
""",
             attachments=[fwd])


def m066():
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Auenwald//Kalender//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:treaty-renewal-2026-northgate@auenwald.example
DTSTAMP:20251204T100000Z
DTSTART:20251216T090000Z
DTEND:20251216T120000Z
SUMMARY:Treaty renewal 2026 - Northgate Re / Auenwald Leben
LOCATION:Microsoft Teams
ORGANIZER;CN=Henrik Sjöberg:mailto:henrik.sjoeberg@auenwald.example
ATTENDEE;CN=Claire Abernethy:mailto:c.abernethy@northgate-re.example
ATTENDEE;CN=Dr. Lena Vogtländer:mailto:lena.vogtlaender@auenwald.example
END:VEVENT
END:VCALENDAR""")
    return M(label="NORMAL", lang="en", kind="insurer-to-partner",
             reason="meeting invitation for treaty renewal, no personal data",
             frm="Henrik Sjöberg <henrik.sjoeberg@auenwald.example>",
             to="Claire Abernethy <c.abernethy@northgate-re.example>",
             cc="Dr. Lena Vogtländer <lena.vogtlaender@auenwald.example>",
             subject="Invitation: Treaty renewal 2026 (16 Dec, 10:00-13:00 CET)",
             date="Thu, 04 Dec 2025 11:00:41 +0100",
             text="""Hi Claire,

as agreed, invitation for the final renewal round. Agenda: Article 7, commission scale, profit commission, the new BU Start tariff.

Best, Henrik
""",
             attachments=[att("invite.ics", cal, "text/calendar")])


def m067():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="new bank details (IBAN) for a named customer's buildings and liability contracts; non-personal lines (windows-1252)",
             frm="Kundenservice Sach <service-sach@auenwald.example>",
             to="Hildegard Pöhlmann <h.poehlmann@dorfnetz.example>",
             subject="Neue Bankverbindung – Ihre Verträge WG-2210 0741 und PH-4415 9902",
             date="Fri, 05 Dec 2025 10:07:19 +0100",
             charset="windows-1252", cte="quoted-printable",
             text="""Sehr geehrte Frau Pöhlmann,

wir haben Ihr neues SEPA-Lastschriftmandat erhalten und für folgende Verträge hinterlegt:

Wohngebäudeversicherung WG-2210 0741 – Jahresbeitrag 612,30 €, fällig 01.01.
Privathaftpflicht PH-4415 9902 – Jahresbeitrag 68,90 €, fällig 01.01.

Neue Bankverbindung: Raiffeisenbank Werratal
IBAN: DE38 3005 0110 0045 0918 23
Mandatsreferenz: AW-SACH-0741-2025-12

Die Beiträge für 2026 buchen wir am 02.01.2026 ab. Bitte beachten Sie: Das alte Konto bei der Postbank wird ab sofort nicht mehr belastet.

Mit freundlichen Grüßen
Kundenservice Sach
Auenwald Sachversicherung AG
""")


def m068():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-partner",
             reason="confirmation to a bank of the assignment of a named customer's term life policy as mortgage collateral; life contract",
             frm="Abtretungen Leben <abtretungen@auenwald.example>",
             to="Kreditsicherheiten Leinetal Bausparkasse <sicherheiten@leinetal-bsk.example>",
             subject="Abtretungsanzeige – RL 2021-077 614 / Darlehen 7700-48211",
             date="Mon, 08 Dec 2025 14:25:00 +0100",
             text="""Sehr geehrte Damen und Herren,

wir bestätigen den Eingang der Abtretungsanzeige vom 05.12.2025.

Versicherungsnehmer und versicherte Person: Oliver Brandt-Nakamura
Vertrag: Risikolebensversicherung RL 2021-077 614
Versicherungssumme: 250.000 EUR, Ablauf 01.03.2046
Abtretung: Ansprüche auf die Todesfallleistung in Höhe von 240.000 EUR zur Sicherung Ihres Darlehens Nr. 7700-48211

Das widerrufliche Bezugsrecht zugunsten von Frau Yuki Nakamura bleibt für den Teil der Leistung bestehen, der nicht zur Tilgung der gesicherten Forderung benötigt wird. Der Vertrag ist beitragspflichtig; wir informieren Sie, falls Beiträge länger als zwei Monate ausbleiben.

Mit freundlichen Grüßen
Auenwald Lebensversicherung AG
Abtretungen und Verpfändungen, i.A. Susanne Kröning
""")


def m069():
    data = csv_bytes([
        ["Berufsgruppe", "Risikogruppe", "Anträge", "angenommen normal", "mit Zuschlag", "mit Ausschluss", "abgelehnt/zurückgestellt", "Ø Monatsrente EUR"],
        ["Akademiker Büro", "1", "1.214", "842", "61", "223", "88", "2.310"],
        ["Kaufm. Angestellte", "2", "2.087", "1.309", "97", "512", "169", "1.640"],
        ["Handwerk leicht", "3", "744", "411", "52", "201", "80", "1.380"],
        ["Handwerk schwer", "4", "396", "208", "33", "109", "46", "1.210"],
        ["Pflege/Medizin", "3", "531", "302", "24", "148", "57", "1.450"],
        ["Schüler/Studierende", "2", "903", "701", "8", "156", "38", "1.050"],
        ["gesamt", "", "5.875", "3.773", "275", "1.349", "478", "1.710"],
    ])
    return M(label="NORMAL", lang="de", kind="internal",
             reason="trap: BU new-business statistics by occupation group with acceptance/exclusion/rejection counts (CSV), aggregates",
             frm="Vertriebscontrolling <vertriebscontrolling@auenwald.example>",
             to="Oliver Strunz <oliver.strunz@auenwald.example>",
             cc="Jonas Pietzsch <jonas.pietzsch@auenwald.example>",
             subject="BU Neugeschäft Jan-Nov 2025 nach Berufsgruppen",
             date="Mon, 08 Dec 2025 16:02:13 +0100",
             text="""Hallo Oliver,

wie gewünscht die Auswertung für dein Jahresgespräch mit den Maklerpools. Nur Aggregate, keine Einzelfälle. Die Ausschlussquote bei den kaufmännischen Angestellten (25 %) ist vor allem Rücken und Psyche, das hatte Jonas schon vermutet.

Gruß
Mehmet Kaya
Vertriebscontrolling
""",
             attachments=[att("BU_NG_2025_Berufsgruppen.csv", data)])


def m070():
    return M(label="CONFIDENTIAL", lang="en", kind="insurer-to-supplier",
             reason="freelance translator (sole trader): invoice with her IBAN and tax number; no customer data",
             frm="Accounts Payable <kreditoren@auenwald.example>",
             to="Rebecca Lindqvist <rebecca@lindqvist-translations.example>",
             subject="Your invoice 2025-118 – payment advice",
             date="Tue, 09 Dec 2025 09:30:50 +0100",
             text="""Dear Ms Lindqvist,

your invoice no. 2025-118 of 28 November 2025 (translation of the BU Start product documents DE>EN, 18,400 words) has been approved.

Amount: EUR 2,392.00 (small business, no VAT according to § 19 UStG)
Your tax no.: 026 822 51 409 (Finanzamt Kassel-Hofgeismar)
Paid to: Rebecca Lindqvist, IBAN DE50 7015 0000 0098 2341 76
Value date: 11 December 2025

Please note our new accounts payable address for 2026: rechnungseingang@auenwald.example (PDF invoices only).

Kind regards
Accounts Payable
Auenwald Versicherungsgruppe
""")


def m071():
    return M(label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-doctor",
             reason="instruction to a medical examiner for a named applicant with DOB: exam, blood profile, ECG, disclosed conditions (gout, sleep apnoea)",
             frm="Miriam Okafor <miriam.okafor@auenwald.example>",
             to="Dr. Stefan Kühnlein <praxis@kuehnlein-innere.example>",
             subject="Medical examination – Mr Aurelio Benedetti, born 21 March 1968",
             date="Tue, 09 Dec 2025 11:16:27 +0100",
             text="""Dear Dr Kühnlein,

thank you for agreeing to carry out the examination in English. Details:

Applicant: Mr Aurelio Benedetti, born 21 March 1968, Wilhelmshöher Allee 244, Kassel, tel. 0151 2288 4093
Cover applied for: term life EUR 1,200,000, 15 years

Please perform our examination package B:
- full medical examination with our form LV 140
- blood profile incl. HbA1c, lipids, liver values (GGT, ALT, AST), creatinine, uric acid, PSA, HIV/hepatitis only with separate consent
- urinalysis (strip + microalbumin)
- resting ECG

He has disclosed gout (allopurinol 300 mg) and obstructive sleep apnoea treated with CPAP since 2021. Please ask specifically about CPAP compliance and daytime sleepiness.

Fee according to our agreement: EUR 285 plus lab costs. Please send results via our secure upload only.

Best regards
Miriam Okafor
Senior Underwriter Life
""")


def m072():
    return M(label="NORMAL", lang="en", kind="insurer-to-partner",
             reason="trap: answer to a supervisory survey on income protection claim decisions, aggregate rates by cause",
             frm="Regulatory Reporting <aufsichtsrecht@auenwald.example>",
             to="Survey Team <ip-survey@eiopa-test.example>",
             subject="Thematic review income protection – Auenwald Lebensversicherung AG (LEI 5299007QKS3AUENW112)",
             date="Wed, 10 Dec 2025 15:45:00 +0100",
             text="""Dear colleagues,

please find our answers to section C of the thematic review questionnaire (claims handling in income protection):

C1 Claims decided 2024: 551 (accepted 435, rejected 116)
C2 Rejection reasons: benefit trigger not met 58 %, pre-contractual non-disclosure 17 %, waiting/deferred period 9 %, exclusion clause 6 %, other 10 %
C3 Median time to decision: 41 days (from complete file); 90th percentile 112 days
C4 Rejection rate by main cause: mental disorders 24 %, musculoskeletal 19 %, neoplasms 4 %, circulatory 11 %
C5 Complaints to the ombudsman about claim decisions: 14, of which 3 upheld in part
C6 Rescission for non-disclosure: 11 cases

Figures refer to the German individual business only, group schemes are excluded.

Kind regards
Regulatory Reporting
Auenwald Lebensversicherung AG
""")


def m073():
    return M(label="NORMAL", lang="de", kind="newsletter",
             reason="trap: broker newsletter on answering health questions with fictitious examples (back pain, psychotherapy, allergy)",
             frm="Maklerservice Auenwald <newsletter@auenwald.example>",
             to="Maklerverteiler Leben <makler-leben@auenwald.example>",
             subject="Praxistipp: Gesundheitsfragen richtig beantworten – 5 Beispiele",
             date="Thu, 11 Dec 2025 07:30:00 +0100",
             text="""Auenwald Maklerbrief 12/2025 – Praxistipp

Die meisten Rücktritte in der BU gehen auf unvollständige Gesundheitsangaben zurück. Helfen Sie Ihren Kundinnen und Kunden, sauber zu antworten. Fünf typische (ausgedachte) Situationen:

1. "Ich hatte vor drei Jahren Rückenschmerzen, war aber nur einmal beim Orthopäden." – Angeben. Auch eine einzelne Behandlung fällt unter die Frage nach ambulanten Behandlungen in den letzten 5 Jahren.

2. "Ich war bei einer Heilpraktikerin wegen Stress." – Angeben, Heilpraktiker gelten als Behandler.

3. "Heuschnupfen, nehme im Frühjahr Cetirizin." – Angeben; führt bei uns fast immer zur normalen Annahme.

4. "Fünf Sitzungen Psychotherapie nach einer Trennung." – Angeben, mit Zeitraum und Abschluss. Ein Bericht der Therapeutin beschleunigt die Entscheidung.

5. "Die Kasse hat eine Diagnose abgerechnet, die ich nicht kenne." – Vor Antrag die Patientenquittung bzw. die Abrechnungsdaten der Krankenkasse anfordern.

Tipp: Bei Unsicherheit nutzen Sie unsere anonyme Risikovoranfrage im Maklerportal – ohne Namen, ohne Eintrag im HIS.

Ihr Maklerservice Leben
""")


def m074():
    return M(label="STRICTLY_CONFIDENTIAL", lang="mixed", kind="insurer-to-customer",
             reason="maturity payout of a named customer's endowment policy abroad: amount, Spanish IBAN, tax; German and English",
             frm="Bernd Kowalczyk <bernd.kowalczyk@auenwald.example>",
             to="Hans-Peter Ruge <hp.ruge@costa-mail.example>",
             subject="Ablaufleistung / Maturity payment – Lebensversicherung L 2000-513 201",
             date="Thu, 11 Dec 2025 12:18:36 +0100",
             text="""Sehr geehrter Herr Ruge,

Ihre Kapitallebensversicherung L 2000-513 201 läuft am 01.01.2026 ab. Die Ablaufleistung beträgt voraussichtlich 58.442,10 EUR (Versicherungssumme 35.790,43 EUR + Überschüsse 22.651,67 EUR). Da der Vertrag vor 2005 abgeschlossen wurde und mehr als 12 Jahre lief, ist die Auszahlung in Deutschland steuerfrei.

Wir zahlen auf Ihr spanisches Konto ES59 0081 0216 7100 0111 2230, wie in Ihrer Mail angegeben. Bitte senden Sie uns noch eine Kopie Ihres Ausweises und die unterschriebene Quittung.

---

Dear Mr Ruge, as you asked for an English version for your Spanish tax adviser: your endowment policy L 2000-513 201 matures on 1 January 2026. The expected maturity payment is EUR 58,442.10 and is tax-free in Germany because the policy was taken out before 2005 and ran for more than 12 years. Payment will be made to ES59 0081 0216 7100 0111 2230.

Mit freundlichen Grüßen / Kind regards
Bernd Kowalczyk
Leistung Tod und Ablauf
""")


def m075():
    return M(label="NORMAL", lang="de", kind="insurer-to-customer",
             reason="trap: portal notification without content, no contract or line mentioned",
             frm="Auenwald Kundenportal <no-reply@auenwald.example>",
             to="k.wollenweber@t-post.example",
             subject="Neue Nachricht in Ihrem Auenwald-Postfach",
             date="Thu, 11 Dec 2025 12:30:02 +0100",
             text="""Guten Tag,

in Ihrem persönlichen Postfach im Auenwald-Kundenportal liegt eine neue Nachricht für Sie.

Bitte melden Sie sich unter https://kunden.auenwald.example an, um sie zu lesen. Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte.

Sie haben Ihr Passwort vergessen? Über "Passwort zurücksetzen" und Ihre Sicherheitsfrage können Sie ein neues vergeben.

Ihre Auenwald Versicherungsgruppe

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
""")

# ================================================================ mails 076-100

def m076():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-broker",
             reason="onboarding of a sole-trader broker: birth date, tax ID, private address, IBAN; no customer",
             frm="Vertriebspartnerservice <partnerservice@auenwald.example>",
             to="Frank Tegtmeier <f.tegtmeier@vorsorgeteam-nord.example>",
             subject="Ihre Courtagevereinbarung – fehlende Angaben",
             date="Fri, 12 Dec 2025 09:14:33 +0100",
             text="""Sehr geehrter Herr Tegtmeier,

vielen Dank für die unterschriebene Courtagevereinbarung. Für die Anlage Ihres Vermittlerkontos haben wir erfasst:

Frank Tegtmeier, Einzelunternehmer (Vorsorgeteam Nord)
geb. 28.06.1977 in Stade
Privatanschrift: Am Mühlenteich 3, 21682 Stade
Steuer-ID: 47 036 892 154
Vermittlerregister: D-JZ8Q-MX41V-18
Bankverbindung: DE37 5105 0015 0311 7284 06

Es fehlen noch:
- Nachweis der Vermögensschadenhaftpflicht (Police oder Bestätigung des Versicherers),
- ein aktueller Auszug aus dem Gewerbezentralregister (nicht älter als drei Monate).

Sobald beides da ist, schalten wir Ihren Zugang zum Maklerportal frei; das Initialpasswort kommt dann in einer separaten Mail.

Mit freundlichen Grüßen
Vertriebspartnerservice
Auenwald Lebensversicherung AG
""")


def m077():
    return M(label="NORMAL", lang="en", kind="insurer-to-broker",
             reason="trap: broker portal one-time password mail, no personal or contract data",
             frm="Auenwald Broker Portal <no-reply@auenwald.example>",
             to="h.kaur@brookfield-kaur.example",
             subject="Your one-time password for the Auenwald broker portal",
             date="Fri, 12 Dec 2025 09:40:00 +0100",
             text="""Hello,

a user account has been created for you in the Auenwald broker portal by your firm administrator.

User name: hkaur-bkfp
One-time password: 7QmZ-4ra9-Xe2L

The password is valid for 72 hours. At first login you will be asked to choose your own password and a security question. If you did not expect this e-mail, please contact your firm administrator or partnerservice@auenwald.example.

Login: https://makler.auenwald.example

This message was generated automatically. Please do not reply.
""")


def m078():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="premium arrears warning (§ 38 VVG) on a named customer's BU contract: loss of cover threatened; personal line",
             frm="Beitragsservice Leben <beitrag-leben@auenwald.example>",
             to="Dennis Kubitza <dennis.kubitza@mailo.example>",
             subject="Zahlungsaufforderung gem. § 38 VVG – BU 2020-719 882",
             date="Mon, 15 Dec 2025 07:55:12 +0100",
             text="""Sehr geehrter Herr Kubitza,

für Ihre Berufsunfähigkeitsversicherung BU 2020-719 882 sind folgende Beiträge offen:

Oktober 2025   64,20 EUR (Rücklastschrift, Konto erloschen)
November 2025  64,20 EUR
Dezember 2025  64,20 EUR
Rücklastschriftgebühr 3,50 EUR
Summe 196,10 EUR

Bitte zahlen Sie den Betrag innerhalb von zwei Wochen nach Zugang dieser Mahnung (Frist bis 02.01.2026). Ist der Betrag bis dahin nicht bei uns eingegangen, sind wir für Versicherungsfälle, die nach Fristablauf eintreten, leistungsfrei und können den Vertrag fristlos kündigen. Ihr BU-Schutz wäre dann weg – und ein neuer Vertrag erfordert eine neue Gesundheitsprüfung.

Wenn Sie gerade finanziell in Schwierigkeiten sind, rufen Sie uns an: Eine Stundung oder Beitragspause ist oft möglich.

Mit freundlichen Grüßen
Beitragsservice Leben
Auenwald Lebensversicherung AG
Tel. 0561 7730-4300
""")


def m079():
    return M(label="NORMAL", lang="de", kind="internal",
             reason="trap: memo on doctors' fees for medical reports under GOÄ positions, no patient",
             frm="Tobias Rehkopf <tobias.rehkopf@auenwald.example>",
             to="Risikoprüfung Leben <risiko-leben@auenwald.example>",
             cc="Team BU-Leistung <bu-leistung@auenwald.example>",
             subject="Honorare für ärztliche Berichte ab 01.01.2026",
             date="Mon, 15 Dec 2025 10:40:25 +0100",
             text="""Hallo zusammen,

kurze Info zu den Honoraren, die wir Ärzten für Berichte zahlen (ab Januar gelten unsere neuen Pauschalen):

Kurzer Befundbericht (Formular LV 131)         35,00 EUR
Ausführlicher Befundbericht (GOÄ Nr. 75 analog) 60,00 EUR
Attest Arbeitsunfähigkeit/Verlauf (GOÄ Nr. 70)   15,00 EUR
Fachärztlicher Bericht Psychiatrie/Psychosomatik 95,00 EUR
Ärztliche Untersuchung nach Paket A / B         140,00 / 285,00 EUR zzgl. Labor
Kopien von Krankenunterlagen                    0,50 EUR je Seite, max. 50 EUR

Rechnungen über diesen Sätzen bitte nicht kommentarlos freigeben, sondern mit dem Arzt klären. Die Honorare sind umsatzsteuerfrei, wenn der Bericht einem therapeutischen Zweck dient – bei uns ist das in der Regel nicht der Fall, also 19 % USt zusätzlich, wenn der Arzt sie ausweist.

Gruß
Tobias
""")


def m080():
    return M(label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="trip cancellation after a named customer's redundancy: booking, amounts, employer letter; no health content",
             frm="Travel Claims <reise-schaden@auenwald.example>",
             to="Marco Lindholm <marco.lindholm@nordmail.example>",
             subject="Trip cancellation claim RR-25-1104 – redundancy",
             date="Tue, 16 Dec 2025 11:02:14 +0100",
             text="""Dear Mr Lindholm,

we have received your cancellation claim under your annual travel cancellation policy RR-5541 0822 for the trip to Lapland (22-29 December 2025, 2 persons, total price EUR 3,860).

Unexpected loss of employment is an insured event. Please send us:
- the termination letter from your employer (you mentioned Vektron Systems GmbH, notice dated 28 November 2025),
- confirmation that you were in permanent employment at the time of booking,
- the cancellation invoice from the tour operator.

Your excess is 20 % of the cancellation costs. We aim to settle within 10 working days of receiving everything.

Kind regards
Travel Claims
Auenwald Sachversicherung AG
""")


def m081():
    return M(label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-company",
             reason="group life death claim of a named employee: date of death, salary multiple, beneficiaries, death certificate",
             frm="Stefanie Ulbrich <stefanie.ulbrich@auenwald.example>",
             to="Jennifer Holt <jennifer.holt@tramway-systems.example>",
             subject="Group life scheme GL-0442 – Mr Kevin O'Shea",
             date="Tue, 16 Dec 2025 15:20:48 +0100",
             text="""Dear Ms Holt,

I'm very sorry for the loss of your colleague. Thank you for notifying us of the death of Mr Kevin O'Shea (employee no. 3318, born 05.09.1983) on 29 November 2025.

Under your group life scheme GL-0442 the benefit is 3 x annual base salary. Based on the salary you reported for the scheme year (EUR 74,600), the benefit is EUR 223,800.

To settle the claim we need:
1. a certified copy of the death certificate,
2. the latest beneficiary nomination form Mr O'Shea filed with you (your records show his wife, Siobhan O'Shea, and their two children),
3. confirmation that he was actively at work on the scheme start date.

If the cause of death was an accident, please let us know, as the accidental death supplement may apply.

With kind regards
Stefanie Ulbrich
Corporate Clients / Group Schemes
Auenwald Lebensversicherung AG
""")


def m082():
    return M(label="NORMAL", lang="en", kind="insurer-to-supplier",
             reason="order of docking stations and headsets, company data only",
             frm="IT Procurement <it-einkauf@auenwald.example>",
             to="Sales <sales@rheinbyte-hardware.example>",
             subject="Order 7710-2291: docking stations and headsets",
             date="Wed, 17 Dec 2025 08:51:06 +0100",
             text="""Hello Mr Lagarde,

following your quote Q-25-8841, please deliver:

25 x USB-C docking station DS-900, EUR 162.00 each
25 x wireless headset HS-44 duo, EUR 118.50 each

Total net EUR 7,012.50. Delivery to Auenwald Versicherungsgruppe, IT logistics, Kölnische Straße 118, 34117 Kassel, before 16 January 2026. Invoice with order number to rechnungseingang@auenwald.example.

Regards
Lukas Rieger
IT Procurement
""")


def m083():
    items = xlsx([("Stehlgutliste", [
        ["Stehlgutliste zum Einbruch vom 06.12.2025 – Versicherungsnehmerin: Sabine Herzberg, Goethestraße 41, 34119 Kassel", "", "", ""],
        ["Gegenstand", "Anschaffung", "Neuwert EUR", "Beleg vorhanden"],
        ["Goldkette mit Anhänger (Erbstück)", "ca. 1995", 1800, "nein, Foto"],
        ["Armbanduhr Junghans", "2019", 1290, "ja"],
        ["Notebook Lenovo ThinkPad", "2023", 1149, "ja"],
        ["Bargeld", "", 420, "nein"],
        ["Spielekonsole mit 2 Controllern", "2022", 549, "ja"],
        ["Summe", "", 5208, ""],
    ])])
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="household burglary claim: named customer's address and list of stolen items only in the XLSX; body names claim number",
             frm="Schadenservice Sach <schaden-sach@auenwald.example>",
             to="Sabine Herzberg <sabine.herzberg@webpost.example>",
             subject="AW: Einbruch – Stehlgutliste",
             date="Wed, 17 Dec 2025 13:33:50 +0100",
             text="""Hallo Frau Herzberg,

danke für die Liste. Ich habe sie in unser Formular übertragen (siehe Anhang) – bitte prüfen Sie, ob alles stimmt, und reichen Sie die Liste auch bei der Polizei nach. Für Bargeld gilt in Ihrem Tarif eine Grenze von 1.500 EUR, das passt.

Schaden-Nr. HR-25-0188 604. Der Sachverständige meldet sich wegen der Tür.

Viele Grüße
Mareike Thon
Schadenservice Sach
""",
             attachments=[att("Stehlgutliste_HR-25-0188604.xlsx", items)])


def m084():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
             reason="customer's BU claim notice (herniated disc, surgery, sick leave) only in the quoted original; reply body harmless",
             frm="Fatma Yıldırım <fatma.yildirim@auenwald.example>",
             to="Stefan Ruppelt <stefan.ruppelt@handwerk-mail.example>",
             subject="AW: Berufsunfähigkeit melden",
             date="Thu, 18 Dec 2025 09:05:31 +0100",
             text="""Hallo Herr Ruppelt,

vielen Dank für Ihre Nachricht. Ich schicke Ihnen heute die Formulare per Post und melde mich Anfang Januar telefonisch bei Ihnen.

Schöne Feiertage und gute Besserung!
Fatma Yıldırım
Leistungsprüfung BU

-----Ursprüngliche Nachricht-----
Von: Stefan Ruppelt <stefan.ruppelt@handwerk-mail.example>
Gesendet: Mittwoch, 17. Dezember 2025 20:11
An: bu-leistung@auenwald.example
Betreff: Berufsunfähigkeit melden

Sehr geehrte Damen und Herren

ich bin Fliesenleger und habe seit 2018 eine BU bei Ihnen (Nr. BU 2018-640 117). Im September hatte ich einen Bandscheibenvorfall L4/L5 und wurde im Oktober operiert, seitdem bin ich krankgeschrieben. Der Neurochirurg sagt ich soll nicht mehr knien und schwer heben, das ist aber mein Beruf. Wie melde ich das richtig? Mein Hausarzt hat gesagt ich soll mich an Sie wenden.

MfG Stefan Ruppelt
Gesendet von meinem iPhone
""")


def m085():
    return M(label="NORMAL", lang="de", kind="internal",
             reason="trap: note on ICD-10-GM 2026 code changes relevant to claims, no person",
             frm="Dr. Helga Brandstätter <helga.brandstaetter@auenwald.example>",
             to="Team BU-Leistung <bu-leistung@auenwald.example>",
             cc="Risikoprüfung Leben <risiko-leben@auenwald.example>",
             subject="ICD-10-GM 2026 – was sich für uns ändert",
             date="Thu, 18 Dec 2025 14:19:02 +0100",
             text="""Liebe Kolleginnen und Kollegen,

zum 1. Januar gilt die ICD-10-GM Version 2026. Für unsere Arbeit relevant:

- U-Kodes: Die Schlüsselnummern für Post-COVID (U09.9!) bleiben, neue Zusatzkennzeichen für Long-COVID-Folgezustände – in Berichten weiter auf das Fatigue-Syndrom (G93.3) achten.
- Kapitel F: Präzisierungen bei F43.- (Reaktionen auf schwere Belastungen); Anpassungsstörung F43.2 wird in Arztberichten künftig häufiger mit fünfter Stelle kodiert.
- Zusatzkennzeichen G (gesichert), V (Verdacht), Z (Zustand nach), A (Ausschluss) wie bisher – bitte bei "V" nie als gesicherte Diagnose behandeln!
- Kapitel M: neue Differenzierung bei M54.- (Rückenschmerzen) nach Lokalisation.

Unsere Diagnoseschlüsseltabelle im Bestandssystem wird am 05.01. aktualisiert. Bis dahin werden neue Codes als "unbekannt" angezeigt – einfach im Freitext ergänzen.

Viele Grüße
Helga Brandstätter
""")


def m086():
    return M(label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="pet insurance claim: named customer's dog, vet diagnosis and invoice, policy number; animal health is confidential",
             frm="Pet Claims <tier-schaden@auenwald.example>",
             to="Annika Sørensen <annika.sorensen@dkmail.example>",
             subject="Your pet claim TK-25-0311 – Balou (Labrador)",
             date="Fri, 19 Dec 2025 10:46:55 +0100",
             text="""Dear Ms Sørensen,

we hope Balou is recovering well. We have checked the invoice from Tierklinik Kassel-Wehlheiden for the surgery on 9 December 2025 (cruciate ligament rupture, right hind leg, TPLO).

Invoice total                  EUR 2,874.60
covered under OP cover TK-2281 4470  EUR 2,874.60 (GOT rate 2x)
less annual excess             EUR   -250.00
Reimbursement                  EUR 2,624.60

The amount will reach your account ending in ...0937 within three working days. Follow-up physiotherapy is covered up to EUR 500 per year; please send the invoices when you have them.

Kind regards
Pet Claims
Auenwald Sachversicherung AG
""")


def m087():
    return M(label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="critical illness payout to a named customer after myocardial infarction with stent, cardiology report",
             frm="Bernd Kowalczyk <bernd.kowalczyk@auenwald.example>",
             to="Gareth Pemberton <g.pemberton@valleymail.example>",
             subject="Critical illness benefit – policy DD 2017-090 412",
             date="Fri, 19 Dec 2025 14:08:20 +0100",
             text="""Dear Mr Pemberton,

we were glad to read in the cardiology report from Klinikum Fulda that you are recovering well.

The report confirms an acute ST-elevation myocardial infarction on 14 October 2025 with typical chest pain, ECG changes and a troponin rise, treated with a drug-eluting stent in the right coronary artery. This meets the definition of "heart attack" in your critical illness policy DD 2017-090 412.

We will therefore pay the full benefit of EUR 100,000 to your account at Sparkasse Werra-Meißner within the next five working days. The policy ends with this payment as agreed in the terms, so no further premiums will be collected after December.

The benefit is tax-free in Germany. If you have any questions, you can reach me directly on +49 561 7730-4231.

Wishing you all the best for the new year,
Bernd Kowalczyk
Death, Maturity and Critical Illness Benefits
Auenwald Lebensversicherung AG
""")


def m088():
    wb = xlsx([("Large claims 2025", [
        ["Large life and disability claims 2025 (> EUR 250k), anonymised", "", "", "", ""],
        ["No.", "Type", "Age band", "Cause group", "Amount / reserve EUR"],
        [1, "Death", "50-59", "Neoplasm", 1250000],
        [2, "Death", "40-49", "Circulatory", 800000],
        [3, "Disability", "40-49", "Mental", 612000],
        [4, "Death", "60-69", "Neoplasm", 500000],
        [5, "Disability", "30-39", "Neurological", 588000],
        [6, "Death", "40-49", "Accident", 450000],
        [7, "Disability", "50-59", "Musculoskeletal", 301000],
        [8, "Death", "50-59", "other / merged", 350000],
    ])])
    return M(label="NORMAL", lang="en", kind="insurer-to-partner",
             reason="trap: anonymised large-claims list with age bands and cause groups only (XLSX)",
             frm="Henrik Sjöberg <henrik.sjoeberg@auenwald.example>",
             to="Claire Abernethy <c.abernethy@northgate-re.example>",
             subject="Large claims 2025 for the renewal pack",
             date="Mon, 22 Dec 2025 09:27:41 +0100",
             text="""Claire,

as promised, the large claims overview for 2025 -- anonymised, age bands only, no policy numbers. The individual files for the two cases above EUR 750k you have already received through the claims notification process.

Merry Christmas!
Henrik
""",
             attachments=[att("large_claims_2025_anonymised.xlsx", wb)])


def m089():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-heir",
             reason="heir ends her late mother's household insurance: policy number, address, refund to the heir's IBAN; no personal line",
             frm="Kundenservice Sach <service-sach@auenwald.example>",
             to="Petra Lindemann-Roos <p.lindemann-roos@familienpost.example>",
             subject="Hausratversicherung HR-0371 5590 – Wohnungsauflösung",
             date="Mon, 22 Dec 2025 11:51:09 +0100",
             text="""Sehr geehrte Frau Lindemann-Roos,

mit herzlichem Beileid bestätigen wir die Beendigung der Hausratversicherung HR-0371 5590 Ihrer verstorbenen Mutter, Frau Ilse Roos, Schillerstraße 8, 34125 Kassel.

Nach den Bedingungen endet die Versicherung zwei Monate nach dem Tod, spätestens mit der Aufgabe der Wohnung. Sie haben uns die Wohnungsübergabe an den Vermieter zum 15.12.2025 mitgeteilt; der Vertrag endet daher zu diesem Tag.

Den zu viel gezahlten Beitrag von 52,18 EUR überweisen wir auf das Konto der Erbengemeinschaft, das Sie uns genannt haben:
IBAN DE44 8605 5592 1100 9937 46, Kontoinhaber: Erbengemeinschaft Ilse Roos

Bis zur Übergabe war der Hausrat weiter versichert, auch während der Räumung.

Mit freundlichen Grüßen
Kundenservice Sach
Auenwald Sachversicherung AG
""")


def m090():
    return M(label="NORMAL", lang="de", kind="internal",
             reason="car park closure notice, no personal data",
             frm="Gerd Plöger <gerd.ploeger@auenwald.example>",
             to="Alle Mitarbeitenden <alle@auenwald.example>",
             subject="Tiefgarage Ebene -2 gesperrt (05.-09.01.)",
             date="Mon, 22 Dec 2025 15:12:38 +0100",
             text="""Hallo zusammen,

vom 05. bis 09.01.2026 wird in der Tiefgarage die Ebene -2 beschichtet und ist komplett gesperrt. Bitte in dieser Woche auf Ebene -1 oder den Parkplatz P3 (Zufahrt über die Wolfhager Straße) ausweichen. E-Ladesäulen auf -2 sind in der Zeit ebenfalls nicht nutzbar.

Danke für euer Verständnis und schöne Feiertage
Gerd Plöger
""")


def m091():
    doc = pdf([
        "Auenwald Lebensversicherung AG - Versorgungsausgleich",
        "Auskunft an Frau Rechtsanwältin Ines Warnke (für Frau Yvonne Stahlberg)",
        "Ausgleichspflichtiger: Marco Stahlberg, geb. 08.10.1980",
        "",
        "1) Private Rentenversicherung R 2012-330 146",
        "   Ehezeit 01.09.2012 - 31.08.2025",
        "   Ehezeitanteil Deckungskapital: 27.604,18 EUR",
        "   Ausgleichswert (hälftig, abzgl. Teilungskosten): 13.677,09 EUR",
        "",
        "2) Selbständige Berufsunfähigkeitsversicherung BU 2012-330 147",
        "   Keine laufende BU-Rente; kein ausgleichsfähiges Anrecht, da",
        "   reine Risikoversicherung ohne Deckungskapital mit Versorgungscharakter.",
        "",
        "3) Direktversicherung über Arbeitgeber (DV 2015-88 0612)",
        "   Ehezeitanteil: 9.130,40 EUR, Ausgleichswert 4.440,20 EUR",
    ], title="Auskunft VA Stahlberg")
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
             reason="pension-equalisation information on a named husband's pension, BU and direct insurance contracts, birth date (PDF); body names the case",
             frm="Versorgungsausgleich Auenwald <versorgungsausgleich@auenwald.example>",
             to="RAin Ines Warnke <warnke@familienrecht-warnke.example>",
             subject="Ihre Anfrage zum Versorgungsausgleich Stahlberg ./. Stahlberg",
             date="Tue, 23 Dec 2025 10:03:16 +0100",
             text="""Sehr geehrte Frau Rechtsanwältin Warnke,

zu Ihrer Anfrage vom 10.12.2025 übersenden wir die Auskunft über die Anrechte des Ehemanns Ihrer Mandantin bei uns. Die Vollmacht Ihrer Mandantin liegt vor; die Auskunft erteilen wir nach § 4 VersAusglG.

Bitte beachten Sie, dass das Familiengericht selbst noch eine förmliche Auskunft anfordern wird; die Werte können sich bis dahin durch Überschüsse leicht ändern.

Mit freundlichen Grüßen
i.A. Bettina Schwalm
Versorgungsausgleich
""",
             attachments=[att("Auskunft_VA_Stahlberg.pdf", doc)])


def m092():
    return M(label="CONFIDENTIAL", lang="en", kind="insurer-to-partner",
             reason="confirmation of a sole-trader broker's commission income to his bank, with his consent; no customer",
             frm="Katrin Möbius <katrin.moebius@auenwald.example>",
             to="Business Lending <lending@harbourline-bank.example>",
             subject="Income confirmation – Mr Declan Moriarty (agent no. 88 0142)",
             date="Tue, 23 Dec 2025 13:45:30 +0100",
             text="""Dear Sir or Madam,

at the request of and with the written consent of our agent, Mr Declan Moriarty (Moriarty Financial Services, sole trader, Galway), we confirm the commission paid by Auenwald Lebensversicherung AG:

2023: EUR 27,418.20
2024: EUR 31,905.75
2025 (January to November): EUR 29,340.10

There are no outstanding clawback claims or advances against Mr Moriarty at present. The agency agreement is in force and has not been terminated.

This confirmation does not constitute a guarantee.

Yours faithfully
Katrin Möbius
Commission Accounting
Auenwald Lebensversicherung AG
""")


def m093():
    doc = pdf([
        "Auenwald Term Life - Key Facts (English convenience translation)",
        "",
        "What is insured? A lump sum is paid if the insured person dies during the term.",
        "Who can apply? Age 18-65 at start, end age max. 80.",
        "Health questions: 10 questions; above EUR 300,000 GP questionnaire,",
        "above EUR 750,000 medical examination.",
        "Smoker / non-smoker rates: non-smoker = no tobacco or e-cigarettes for 12 months.",
        "",
        "Example (fictitious): woman, 35, non-smoker, office job,",
        "EUR 250,000 for 25 years: EUR 11.48 per month net.",
        "Same cover for a smoker: EUR 24.95 per month net.",
        "",
        "Exclusions: suicide within the first 3 years, acts of war, nuclear risks.",
        "This translation is for information only; the German terms apply.",
    ], title="Term Life Key Facts EN")
    return M(label="NORMAL", lang="en", kind="insurer-to-broker",
             reason="trap: product key facts with health questions and fictitious premium examples (PDF)",
             frm="Daniel Ferreira <daniel.ferreira@auenwald.example>",
             to="Harpreet Kaur <h.kaur@brookfield-kaur.example>",
             subject="English key facts for Auenwald Term Life",
             date="Mon, 29 Dec 2025 10:22:04 +0100",
             text="""Hi Harpreet,

here is the English key facts sheet you asked for, for your expat clients. Please note the German policy terms remain binding.

Happy new year in advance,
Daniel
""",
             attachments=[att("Auenwald_TermLife_KeyFacts_EN.pdf", doc)])


def m094():
    return M(label="CONFIDENTIAL", lang="de", kind="internal",
             reason="travel expense claim of a named employee with private IBAN; no health data",
             frm="Reisekostenstelle <reisekosten@auenwald.example>",
             to="Oliver Strunz <oliver.strunz@auenwald.example>",
             subject="Reisekostenabrechnung 11/2025 – Rückfrage",
             date="Mon, 29 Dec 2025 13:14:47 +0100",
             text="""Hallo Herr Strunz,

Ihre Abrechnung für November (Personalnr. 10 8834) ist fast fertig:

Fahrtkosten Privat-Pkw 2.318 km x 0,30 EUR  695,40 EUR
Verpflegungsmehraufwand                     252,00 EUR
Übernachtungen (4 Belege)                   478,00 EUR
Summe                                     1.425,40 EUR

Es fehlt noch der Hotelbeleg Hamburg vom 12.11. Sobald er da ist, überweisen wir auf Ihr Gehaltskonto DE95 4405 0199 0017 3645 20.

Viele Grüße
Reisekostenstelle
""")


def m095():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="guaranteed increase of a named customer's BU benefit after marriage (no new health check); personal line, income stated",
             frm="Ralf Heinemann <ralf.heinemann@auenwald.example>",
             to="Lukas Brenninger <l.brenninger@webpost.example>",
             subject="Nachversicherung wegen Heirat – BU 2025-448 172",
             date="Tue, 30 Dec 2025 09:35:59 +0100",
             text="""Hallo Herr Brenninger,

herzlichen Glückwunsch zur Hochzeit! Wie gewünscht erhöhen wir Ihre BU-Rente über die Nachversicherungsgarantie – ohne erneute Gesundheitsfragen:

Vertrag BU 2025-448 172
BU-Rente bisher 1.500 EUR, neu 2.000 EUR monatlich (ab 01.02.2026)
Beitrag bisher 52,80 EUR, neu 71,05 EUR monatlich

Die Erhöhung ist möglich, weil sie innerhalb von sechs Monaten nach der Heirat beantragt wurde und die neue Rente zusammen mit anderen Absicherungen 70 % Ihres Nettoeinkommens (laut Gehaltsnachweis 3.410 EUR netto) nicht übersteigt.

Die Heiratsurkunde haben wir erhalten. Den Nachtrag bekommen Sie per Post.

Viele Grüße
Ralf Heinemann
Vertragsservice Leben
""")


def m096():
    return M(label="NORMAL", lang="de", kind="internal",
             reason="trap: deletion run report for rejected applications and medical reports, counts only",
             frm="Serkan Aydın <serkan.aydin@auenwald.example>",
             to="Matthias Ebeling <datenschutz@auenwald.example>",
             subject="Löschlauf Q4/2025 – abgelehnte Anträge und Arztberichte",
             date="Tue, 30 Dec 2025 16:40:12 +0100",
             text="""Hallo Matthias,

der Löschlauf für Q4 ist durch. Ergebnis:

Anträge abgelehnt/zurückgestellt bis 30.09.2022: 1.842 Vorgänge gelöscht
davon mit Arztberichten/Befunden (DMS-Dokumentklasse MED): 1.217 Vorgänge, 4.930 Dokumente
Sperrvermerke wegen laufender Rechtsstreitigkeiten: 3 Vorgänge nicht gelöscht (Liste bei Frau Dr. Haas)
Fehler: 0

Das Löschprotokoll (nur Vorgangs-IDs, keine Namen) liegt im Revisionsordner. Die Backups rotieren nach 90 Tagen raus, dann sind die Daten auch dort weg.

Gruß
Serkan
""")


def m097():
    return M(label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="legal-expenses cover for a named expat's tenancy dispute: rent, deposit, landlord; non-personal line",
             frm="Legal Expenses Service <rechtsschutz@auenwald.example>",
             to="Chloé Marchetti <chloe.marchetti@mailfr.example>",
             subject="Cover confirmation – tenancy dispute, policy RS 5531 204",
             date="Fri, 02 Jan 2026 10:17:44 +0100",
             text="""Dear Ms Marchetti,

we confirm cover under your legal expenses policy RS 5531 204 (tenancy module) for your dispute with your former landlord, Mr Wolfram Eschke, about the return of your rent deposit of EUR 2,340 for the flat at Kirchweg 12, Kassel (tenancy ended 31 August 2025).

Cover includes an out-of-court letter by a lawyer and, if necessary, proceedings before the Local Court of Kassel. Your excess is EUR 150.

We recommend an English-speaking lawyer from our network: Ms Daria Wolff, Kanzlei am Ständeplatz. You are free to choose another lawyer.

Kind regards
Legal Expenses Service
Auenwald Sachversicherung AG
""")


def m098():
    return M(label="NORMAL", lang="en", kind="newsletter",
             reason="trap: employer newsletter on company pension rules with a fictitious salary example",
             frm="Auenwald Corporate Clients <firmenkunden@auenwald.example>",
             to="Employer newsletter <arbeitgeber-newsletter@auenwald.example>",
             subject="Company pensions 2026: new thresholds and what they mean for your staff",
             date="Mon, 05 Jan 2026 08:00:00 +0100",
             text="""Auenwald Employer Briefing – January 2026

New figures for 2026
- Tax-free contributions to direct insurance / pension fund: 8 % of the social security ceiling (West) = EUR 8,112 per year
- Free of social security contributions: 4 % = EUR 4,056 per year
- Employer subsidy for low earners (monthly gross up to EUR 2,718): state subsidy of 30 % on employer contributions of EUR 240-960 per year

Example (fictitious employee, gross EUR 3,000 per month, tax class I, no church tax):
converting EUR 200 per month costs her only about EUR 104 net; with the mandatory 15 % employer subsidy EUR 230 go into the pension each month.

Opting-out models
Since the second Company Pensions Strengthening Act, employers without a collective agreement may also introduce automatic enrolment with opt-out. We help you with the employee information letters.

Webinar for HR departments: 22 January 2026, 11:00 CET.

Auenwald Lebensversicherung AG – Corporate Clients
""")


def m099():
    return M(label="CONFIDENTIAL", lang="mixed", kind="insurer-to-broker",
             reason="annual commission statement of a sole-trader broker for his tax return (income, IBAN); German and English",
             frm="Katrin Möbius <katrin.moebius@auenwald.example>",
             to="Declan Moriarty <declan@moriarty-financial.example>",
             subject="Jahresprovisionsbescheinigung 2025 / Annual commission statement 2025",
             date="Wed, 07 Jan 2026 11:30:21 +0100",
             text="""Dear Mr Moriarty,

as requested, here is your annual statement for your Irish tax return. The German original is below.

Agent no. 88 0142 – Declan Moriarty t/a Moriarty Financial Services
Commission paid in 2025: EUR 32,011.65 (acquisition EUR 28,406.90 / renewal EUR 3,604.75)
No VAT charged (exempt supply). Paid to IE44 AIBK 9311 5212 3456 99.

---

Provisionsbescheinigung 2025
Vermittler-Nr. 88 0142, Declan Moriarty, Galway (Irland)
Im Kalenderjahr 2025 gezahlte Provisionen: 32.011,65 EUR
davon Abschlussprovision 28.406,90 EUR, Bestandsprovision 3.604,75 EUR
Umsatzsteuerfrei nach § 4 Nr. 11 UStG.

Kind regards / Mit freundlichen Grüßen
Katrin Möbius
""")


def m100():
    cases = csv_bytes([
        ["testcase", "vorname", "nachname", "geburtsdatum", "iban", "erwartung"],
        ["TC-01", "Max", "Mustermann", "01.01.1970", "DE89 3704 0044 0532 0130 00", "Lastschrift ok"],
        ["TC-02", "Erika", "Mustermann", "12.08.1964", "DE89370400440532013000", "Lastschrift ok (ohne Leerzeichen)"],
        ["TC-03", "Max", "Mustermann", "01.01.1970", "DE89 3704 0044 0532 0130 01", "Fehler: Prüfziffer"],
        ["TC-04", "Testfirma", "GmbH", "", "", "Fehler: Pflichtfeld IBAN"],
    ])
    return M(label="NORMAL", lang="de", kind="insurer-to-supplier",
             reason="trap: API test cases with Max/Erika Mustermann and the published example IBAN (CSV)",
             frm="Serkan Aydın <serkan.aydin@auenwald.example>",
             to="Support Pentacode <support@pentacode-insurtech.example>",
             subject="Testfälle SEPA-Mandat im Online-Antrag",
             date="Wed, 07 Jan 2026 15:02:48 +0100",
             text="""Hallo zusammen,

für den Regressionstest des SEPA-Schritts im Online-Antrag anbei unsere Testfälle. Es sind ausschließlich die Mustermann-Testpersonen und die bekannte Beispiel-IBAN aus der Bankendokumentation – bitte keine echten Kundendaten aus der Produktion in die Testumgebung kopieren, auch nicht anonymisiert.

TC-03 muss mit einer Fehlermeldung "IBAN ungültig" abbrechen.

Gruß
Serkan
""",
             attachments=[att("testfaelle_sepa.csv", cases)])

# ================================================================ mails 101-125

def m101():
    auftrag = pdf([
        "Auenwald Lebensversicherung AG - Gutachtenauftrag BU",
        "Versicherte Person: Dominik Haubold, geb. 19.07.1985",
        "Vertrag: BU 2016-227 903, Leistungsantrag vom 02.10.2025",
        "Beruf: Lokführer im Güterverkehr (Schichtdienst)",
        "Angegebene Erkrankung: Posttraumatische Belastungsstörung (F43.1) nach",
        "Personenunfall am 11.06.2025, seitdem arbeitsunfähig;",
        "ambulante Traumatherapie seit 08/2025, Sertralin 100 mg.",
        "Fragen an den Gutachter:",
        "1. Welche Diagnosen liegen nach ICD-10 vor?",
        "2. Welche Funktionseinschränkungen bestehen bezogen auf die Tätigkeit als Lokführer?",
        "3. Seit wann und voraussichtlich wie lange besteht eine Einschränkung > 50 %?",
        "4. Ist eine Besserung durch zumutbare Behandlung zu erwarten?",
    ], title="Gutachtenauftrag Haubold")
    liste = ("Unterlagenverzeichnis BU 2016-227 903 (Haubold)\r\n"
             "01 Leistungsantrag mit Tätigkeitsbeschreibung (12 S.)\r\n"
             "02 Bericht Dipl.-Psych. Martina Eggers, Traumatherapie, 14.10.2025\r\n"
             "03 AU-Bescheinigungen 06/2025-11/2025\r\n"
             "04 Bericht Betriebsarzt DB Cargo-Dienstleister, Tauglichkeit Triebfahrzeugführer entzogen\r\n").encode("utf-8")
    z = zip_file([("Gutachtenauftrag_Haubold.pdf", auftrag), ("Unterlagenverzeichnis.txt", liste)])
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-assessor",
             reason="assessment order to a psychiatric expert: named insured with PTSD, medication, birth date only inside the ZIP; body harmless",
             frm="Sabine Wendland <sabine.wendland@auenwald.example>",
             to="Prof. Dr. Reinhard Stoll <sekretariat@gutachten-stoll.example>",
             subject="Gutachtenauftrag unser Zeichen BU-L 25/0877",
             date="Thu, 08 Jan 2026 10:11:26 +0100",
             text="""Sehr geehrter Herr Prof. Stoll,

wie telefonisch mit Ihrem Sekretariat besprochen, erhalten Sie anbei den Gutachtenauftrag samt Unterlagenverzeichnis. Das Passwort für das Archiv sende ich Ihnen wie üblich per SMS. Die vollständige Akte geht per Post an Sie.

Um einen Untersuchungstermin bis Ende Februar wären wir dankbar.

Mit freundlichen Grüßen
Sabine Wendland
Leistungsprüfung Berufsunfähigkeit
Auenwald Lebensversicherung AG
""",
             attachments=[att("BU-L_25-0877.zip", z)])


def m102():
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p>Dear broker partners,</p>
<p><b>Webinar: Mental health and income protection – what really happens at claim stage</b></p>
<table cellpadding="6" style="border:1px solid #9bb">
<tr><td><b>Date</b></td><td>Thursday, 29 January 2026, 14:00-15:15 CET</td></tr>
<tr><td><b>Speakers</b></td><td>Dr. Helga Brandstätter (Chief Medical Officer) and Kai-Uwe Lorenz (Head of Disability Claims)</td></tr>
<tr><td><b>Topics</b></td><td>Depression, anxiety disorders and burnout in claims practice; the role of psychotherapy reports;
why "stress at work" alone rarely leads to disability; how to prepare your clients for a follow-up review</td></tr>
<tr><td><b>CPD</b></td><td>75 minutes, counts towards the IDD training requirement</td></tr>
</table>
<p>All examples in the webinar are anonymised composites. <a href="https://makler.auenwald.example/webinar/mh2026">Register here</a>.</p>
<p>Auenwald Lebensversicherung AG · Broker Service</p>
</body></html>"""
    return M(label="NORMAL", lang="en", kind="newsletter",
             reason="trap: HTML-only webinar invitation on mental illness in disability claims, no person",
             frm="Auenwald Broker Service <newsletter@auenwald.example>",
             to="partner-international@auenwald.example",
             subject="Webinar 29 Jan: Mental health and income protection claims",
             date="Fri, 09 Jan 2026 08:00:00 +0100",
             html=html)


def m103():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="deer collision claim of a named customer: policy, plate, repair amount; nobody hurt (iso-8859-1)",
             frm="Kfz-Schaden Auenwald <kfz-schaden@auenwald.example>",
             to="Ingrid Schwabedissen <i.schwabedissen@landpost.example>",
             subject="Wildunfall vom 04.01.2026 – Schaden-Nr. KS-26-0000 417",
             date="Fri, 09 Jan 2026 11:40:09 +0100",
             charset="iso-8859-1", cte="quoted-printable",
             text="""Sehr geehrte Frau Schwabedissen,

gut, dass Ihnen bei dem Zusammenstoß mit dem Reh auf der L 3229 bei Reinhardshagen nichts passiert ist.

Die Wildunfallbescheinigung des Jagdpächters und die Fotos liegen uns vor. Der Schaden an Ihrem Opel Astra (HMÜ-IS 88) ist über die Teilkasko Ihres Vertrags KF-7702 5516 versichert. Laut Kostenvoranschlag der Werkstatt Bode & Söhne:

Reparaturkosten brutto  2.912,35 EUR
abzgl. SB Teilkasko      -150,00 EUR
Entschädigung           2.762,35 EUR

Eine Rückstufung Ihres Schadenfreiheitsrabatts erfolgt bei Teilkaskoschäden nicht. Wir zahlen direkt an die Werkstatt, wenn Sie uns die Abtretungserklärung schicken.

Mit freundlichen Grüßen
Kfz-Schaden, i.A. Holger Fenske
Auenwald Sachversicherung AG
""")


def m104():
    return M(label="NORMAL", lang="de", kind="internal",
             reason="holiday cover plan naming colleagues without reasons; organisational",
             frm="Kai-Uwe Lorenz <kai-uwe.lorenz@auenwald.example>",
             to="Team BU-Leistung <bu-leistung@auenwald.example>",
             subject="Vertretungsplan Februar + Teamfrühstück",
             date="Mon, 12 Jan 2026 08:20:51 +0100",
             text="""Moin zusammen,

Vertretungen im Februar:
- Sabine ist 09.-20.02. nicht da -> Vertretung Fatma (Postkorb A-K), Jan (L-Z)
- Fatma ist 23.-27.02. weg -> Vertretung Sabine
- ich bin am 16./17.02. auf der Tagung in Köln, Freigaben über 100 TEUR dann bitte an Frau Dr. Haas

Und: Teamfrühstück am Freitag, 30.01., 9 Uhr im 5.12. Jan bringt Brötchen, ich kümmere mich um Kaffee. Wer was mitbringen will, bitte in die Liste an der Tür.

Gruß
Kai-Uwe
""")


def m105():
    text = """Dear Ms Nwachukwu,

thank you for your patience while we assessed your claim under your disability policy BU 2019-505 226.

We have carefully reviewed the report of your rheumatologist (fibromyalgia syndrome, chronic widespread pain, sleep disturbance), the report of the pain clinic in Bad Wildungen and the independent assessment by Dr. Marlene Rückert of 18 December 2025.

Dr. Rückert concludes that you are able to work as an accountant for at least six hours a day with regular breaks and a flexible working time model, which your employer has offered. Your ability to work in your last occupation is therefore reduced by less than 50 %, which is the threshold in your policy.

We are therefore unable to pay disability benefits at present. We know this is not the answer you hoped for. If your health gets worse, you can submit a new claim at any time.

You can have this decision reviewed free of charge by the Insurance Ombudsman (Versicherungsombudsmann e.V., Berlin) or take legal action.

Kind regards
Fatma Yıldırım
Disability Claims
Auenwald Lebensversicherung AG
"""
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in text.strip().split("\n\n")) + "</body></html>"
    return M(label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="BU claim rejection for a named customer with fibromyalgia; medical reports and assessment; multipart/alternative",
             frm="Fatma Yıldırım <fatma.yildirim@auenwald.example>",
             to="Adaeze Nwachukwu <adaeze.n@mailbox-uk.example>",
             subject="Your disability claim – policy BU 2019-505 226 – our decision",
             date="Mon, 12 Jan 2026 14:55:03 +0100",
             text=text, html=html)


def m106():
    return M(label="CONFIDENTIAL", lang="en", kind="insurer-to-jobapplicant",
             reason="working-student applicant: date of birth, enrolment, hourly wage; no insurance data",
             frm="Petra Guse <petra.guse@auenwald.example>",
             to="Mateo Ruiz Santos <mateo.ruizsantos@uni-kassel-student.example>",
             subject="Your working student contract – Data Analytics Life",
             date="Tue, 13 Jan 2026 10:33:38 +0100",
             text="""Dear Mateo,

great news: the department would like you to join as a working student from 1 February 2026. Please check the data for your contract:

Name: Mateo Ruiz Santos
Date of birth: 1999-11-23
Enrolled at: University of Kassel, M.Sc. Mathematics, 3rd semester (please send your current enrolment certificate)
Working hours: 16 hours per week during the semester, up to 40 hours in the semester break
Hourly wage: EUR 17.50

As a non-EU student you may work up to 140 full days per year; please bring your residence permit to the onboarding on 2 February.

Best regards
Petra Guse
HR Business Partner
""")


def m107():
    return M(label="NORMAL", lang="de", kind="internal",
             reason="trap: complaint statistics Q4 by topic (BU rejections, death benefit delays), counts only",
             frm="Beschwerdemanagement <beschwerden@auenwald.example>",
             to="Vorstandsbüro Leben <vorstandsbuero@auenwald.example>",
             subject="Beschwerdebericht Q4/2025 Leben",
             date="Wed, 14 Jan 2026 09:00:12 +0100",
             text="""Sehr geehrte Damen und Herren,

anbei die Kennzahlen zum Beschwerdemanagement Leben für das vierte Quartal 2025:

Beschwerden gesamt: 212 (Q3: 188)
- Leistungsablehnung BU: 41 (davon 12 mit Bezug auf psychische Erkrankungen)
- Dauer Todesfall-/Ablaufauszahlung: 37 (Hauptgrund: fehlender Erbschein)
- Rückkaufswert / Stornoabzug: 34
- Beitragsanpassung / Dynamik: 29
- Versorgungsausgleich: 11
- Kundenportal / Technik: 33
- Sonstiges: 27

Erledigt innerhalb 14 Tagen: 84 %. Ombudsmann-Verfahren neu: 6 (davon 4 BU).
Auffälligkeit: Beschwerden zur Auszahlungsdauer bei Todesfällen ohne Bezugsrecht steigen – Vorschlag: Checkliste für Erben auf der Website.

Mit freundlichen Grüßen
Beschwerdemanagement Leben
""")


def m108():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="rescission of a named customer's BU contract for undisclosed psychotherapy and back treatment before application",
             frm="Sabine Wendland <sabine.wendland@auenwald.example>",
             to="Marvin Eckhoff <marvin.eckhoff@post-box.example>",
             subject="Ihre Berufsunfähigkeitsversicherung BU 2022-871 330 – Rücktritt",
             date="Thu, 15 Jan 2026 11:24:40 +0100",
             text="""Sehr geehrter Herr Eckhoff,

im Rahmen der Prüfung Ihres Leistungsantrags vom 03.09.2025 haben wir die Auskünfte Ihrer Krankenkasse und Ihres Hausarztes erhalten. Daraus ergibt sich:

- Psychotherapie bei Dipl.-Psych. Ruth Behrendt vom 04/2021 bis 01/2022 (24 Sitzungen) wegen einer mittelgradigen depressiven Episode (F32.1),
- Behandlungen wegen wiederkehrender Lumbalgie (M54.5) mit zwei Arbeitsunfähigkeitszeiten 2021.

Im Antrag vom 12.05.2022 haben Sie die Fragen nach ambulanten Behandlungen und psychotherapeutischen Behandlungen in den letzten fünf Jahren mit "nein" beantwortet. Hätten wir von diesen Behandlungen gewusst, hätten wir den Vertrag nicht abgeschlossen.

Wir erklären daher nach § 19 Abs. 2 VVG den Rücktritt vom Vertrag. Der Rückkaufswert von 182,40 EUR wird Ihnen erstattet. Leistungen aus dem Antrag vom 03.09.2025 können wir nicht erbringen.

Sie können innerhalb eines Monats Stellung nehmen, falls Sie meinen, die Angaben seien uns bekannt gewesen oder nicht schuldhaft unterblieben. Der Weg zum Versicherungsombudsmann steht Ihnen offen.

Mit freundlichen Grüßen
Sabine Wendland
Leistungsprüfung Berufsunfähigkeit
""")


def m109():
    mp = ("model_point;product;sex;age;smoker;sum_assured_eur;annual_premium_eur;policy_year;weight\r\n"
          "MP0001;TERM;M;35;N;250000;168.40;3;412\r\n"
          "MP0002;TERM;F;35;N;250000;121.90;3;388\r\n"
          "MP0003;TERM;M;45;Y;150000;402.10;8;97\r\n"
          "MP0004;BU;F;30;N;18000;612.00;2;1104\r\n"
          "MP0005;BU;M;42;N;24000;1088.50;11;640\r\n"
          "MP0006;PENS;M;55;N;0;2400.00;19;2210\r\n").encode("utf-8")
    readme = ("Model points for the 2025 year-end valuation.\r\n"
              "Policies grouped by product, sex, age, smoker status and duration; weight = number of policies.\r\n"
              "Groups with fewer than 20 policies are merged with the neighbouring age. No policy numbers, no names.\r\n").encode("utf-8")
    z = zip_file([("model_points_YE2025.csv", mp), ("README.txt", readme)])
    return M(label="NORMAL", lang="en", kind="insurer-to-supplier",
             reason="trap: ZIP with grouped actuarial model points (age, smoker, sum assured, weights), no policy or person",
             frm="Dr. Lena Vogtländer <lena.vogtlaender@auenwald.example>",
             to="Ravi Menon <ravi.menon@actuarial-partners.example>",
             subject="YE2025 model points for the independent review",
             date="Thu, 15 Jan 2026 16:18:22 +0100",
             text="""Hi Ravi,

attached the grouped model points for your independent review of the year-end reserves. Grouping rules are in the README; this is the file we run through the projection model, so it should reconcile to the reserve report within 0.1 %.

Let me know if you need the seriatim check on a sample -- that would have to happen on site in Kassel.

Best regards
Lena
""",
             attachments=[att("YE2025_model_points.zip", z)])


def m110():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-authority",
             reason="third-party debtor declaration on the garnishment of a sole-trader broker's commission (tax debt, amounts)",
             frm="Dr. Cornelia Haas <cornelia.haas@auenwald.example>",
             to="Finanzamt Göttingen Vollstreckungsstelle <vollstreckung@fa-goettingen.example>",
             subject="Drittschuldnererklärung § 316 AO – Vollstreckungsschuldner Andreas Weber, StNr. 26 815 40372",
             date="Fri, 16 Jan 2026 10:05:37 +0100",
             text="""Sehr geehrte Damen und Herren,

in der Vollstreckungssache gegen Herrn Andreas Weber, Inhaber Finanzkontor Weber e.K., Göttingen, geben wir zur Pfändungs- und Einziehungsverfügung vom 07.01.2026 (Rückstände 18.740,22 EUR Einkommen- und Umsatzsteuer 2023) folgende Erklärung ab:

1. Wir erkennen die gepfändete Forderung als begründet an, soweit künftig Provisionen entstehen.
2. Herr Weber erhält von uns monatliche Provisionen von derzeit durchschnittlich ca. 11.900 EUR.
3. Vorrangig ist eine Verrechnung mit einem im Dezember 2025 gewährten Provisionsvorschuss (offen 6.000 EUR) sowie einem Darlehen (offen 3.450 EUR).
4. Andere Pfändungen liegen nicht vor.

Die pfändbaren Beträge überweisen wir ab der Abrechnung Januar 2026 an die Finanzkasse.

Mit freundlichen Grüßen
Dr. Cornelia Haas
Syndikusrechtsanwältin
Auenwald Versicherungsgruppe
""")


def m111():
    return M(label="NORMAL", lang="de", kind="insurer-to-supplier",
             reason="trap: tender for secure destruction of medical files and application records, no person",
             frm="Gerd Plöger <gerd.ploeger@auenwald.example>",
             to="Vertrieb Aktenwolf Datenvernichtung <angebote@aktenwolf.example>",
             subject="Anfrage: Vernichtung von Akten mit Gesundheitsdaten (Schutzklasse 3)",
             date="Mon, 19 Jan 2026 09:44:15 +0100",
             text="""Sehr geehrte Damen und Herren,

wir bitten um ein Angebot für die Vernichtung von Papierakten aus der Lebensversicherung (Anträge, Arztberichte, Gutachten, Leistungsakten):

- Menge: ca. 38 t jährlich, plus einmalig ca. 60 t Altbestand aus dem Archiv Bettenhausen
- Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399
- 40 abschließbare Sicherheitsbehälter à 240 l, Leerung 14-tägig
- Abholung im geschlossenen Fahrzeug, Vernichtung innerhalb von 24 Std., Vernichtungsprotokoll je Abholung
- Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO, Mitarbeiter nach § 203 StGB verpflichtet

Angebotsfrist: 13.02.2026. Eine Besichtigung ist nach Absprache möglich.

Mit freundlichen Grüßen
Gerd Plöger
Facility Management / Einkauf
""")


def m112():
    fwd = inner("Florian Brückner <f.brueckner@heimnetz.example>",
                "service-leben@auenwald.example",
                "Sterbegeldversicherung meines Vaters",
                "Sun, 18 Jan 2026 17:40:12 +0100",
                "<8842f1e0-brueckner@heimnetz.example>",
                """Sehr geehrte Damen und Herren,

mein Vater, Günter Brückner, geb. 11.03.1941, ist am 14.01.2026 im Hospiz in Witzenhausen nach langer Krebserkrankung gestorben. Er hatte bei Ihnen eine Sterbegeldversicherung (die Nummer finde ich leider nicht, irgendwas mit S 2009-...). Die Beerdigung ist am 26.01., das Bestattungshaus Hoffmann fragt, ob Sie direkt an sie zahlen können.

Was brauchen Sie von mir? Die Sterbeurkunde habe ich. Ich bin das einzige Kind, meine Mutter ist schon 2019 verstorben.

Mit freundlichen Grüßen
Florian Brückner
""")
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="heir",
             reason="son reports his father's death (cancer, hospice) and the funeral-expense life policy; only in the forwarded message/rfc822",
             frm="Ralf Heinemann <ralf.heinemann@auenwald.example>",
             to="Leistung Leben <leistung-leben@auenwald.example>",
             subject="WG: Sterbegeld – bitte dringend, Beerdigung 26.01.",
             date="Mon, 19 Jan 2026 08:12:03 +0100",
             text="""Hallo Team Leistung,

bitte dringend bearbeiten, siehe angehängte Mail. Vertrag habe ich über das Geburtsdatum gefunden: S 2009-040 771. Direktzahlung an den Bestatter geht nur mit Abtretung – bitte Formular an den Sohn.

Danke
Ralf
""",
             attachments=[fwd])


def m113():
    return M(label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="household water damage claim of a named tenant: address, policy and claim number, damaged items",
             frm="Claims Service Property <schaden-sach@auenwald.example>",
             to="Jakub Nowicki <jakub.nowicki@plmail.example>",
             subject="Water damage 16 January – claim HR-26-0004 118",
             date="Tue, 20 Jan 2026 13:07:40 +0100",
             text="""Dear Mr Nowicki,

thank you for reporting the water damage in your flat at Holländische Straße 77, Kassel (2nd floor), caused by a burst pipe in the flat above.

Your household contents policy HR-0429 6617 covers your furniture and belongings; damage to the building itself (floors, walls) is a matter for your landlord's buildings insurer.

According to your list:
- sofa, water-stained: EUR 890 (bought 2022)
- rug: EUR 240
- laptop bag and documents: EUR 120

Please send photos of the damaged items and, if available, the receipts. Please keep the items until our adjuster has seen them or we confirm they can be thrown away. Drying equipment costs for your belongings are also covered.

Kind regards
Finn Albrecht
Claims Service Property
Auenwald Sachversicherung AG
""")


def m114():
    return M(label="NORMAL", lang="en", kind="internal",
             reason="phishing simulation results per department, aggregates only",
             frm="IT Security <it-security@auenwald.example>",
             to="Management Life <leitung-leben@auenwald.example>",
             subject="Phishing simulation December – results",
             date="Wed, 21 Jan 2026 10:30:00 +0100",
             text="""Dear managers,

results of the December phishing simulation ("your parcel could not be delivered"):

Department               mails sent   clicked   entered password   reported
Underwriting Life             38         4             1               22
Disability Claims             29         2             0               19
Contract Service Life         61        11             3               24
Sales Support / Brokers       44         9             2               13
Actuarial                     17         0             0               12

Overall click rate 13 % (previous: 18 %). Please remind your teams of the "Report phishing" button in Outlook. Individual results are not shared with managers.

IT Security
""")


def m115():
    text = """BU für Pflegekräfte – jetzt mit Pflege-Klausel

Liebe Vertriebspartnerinnen und -partner,

Pflegekräfte haben ein hohes BU-Risiko: Rücken, Schichtdienst, psychische Belastung. Ab 01.02.2026 bieten wir für Gesundheits- und Pflegeberufe:

- Berufsgruppe 3 statt 4 für examinierte Pflegefachkräfte mit Leitungsfunktion (mind. 25 % Bürotätigkeit)
- Infektionsklausel: Leistung auch bei behördlichem Tätigkeitsverbot wegen einer Infektion (z. B. Hepatitis, Tuberkulose)
- Wiedereingliederungshilfe: 3 Monatsrenten, wenn die BU endet

Beispiel (fiktiv): Pflegefachfrau, 28 Jahre, Nichtraucherin, 1.500 EUR BU-Rente bis 67: 97,40 EUR brutto / 68,18 EUR netto monatlich.

Ihr Maklerservice Leben
"""
    html = """<html><body style="font-family:Arial;font-size:14px"><h3>BU für Pflegekräfte – jetzt mit Pflege-Klausel</h3>
<p>Liebe Vertriebspartnerinnen und -partner,</p>
<p>Pflegekräfte haben ein hohes BU-Risiko: Rücken, Schichtdienst, psychische Belastung. Ab <b>01.02.2026</b> bieten wir für Gesundheits- und Pflegeberufe:</p>
<ul><li>Berufsgruppe 3 statt 4 für examinierte Pflegefachkräfte mit Leitungsfunktion (mind. 25 % Bürotätigkeit)</li>
<li>Infektionsklausel: Leistung auch bei behördlichem Tätigkeitsverbot wegen einer Infektion (z.&nbsp;B. Hepatitis, Tuberkulose)</li>
<li>Wiedereingliederungshilfe: 3 Monatsrenten, wenn die BU endet</li></ul>
<table border="1" cellpadding="4" cellspacing="0"><tr><th>Beispiel (fiktiv)</th><th>BU-Rente</th><th>brutto</th><th>netto</th></tr>
<tr><td>Pflegefachfrau, 28, Nichtraucherin</td><td>1.500 EUR bis 67</td><td>97,40 EUR</td><td>68,18 EUR</td></tr></table>
<p>Ihr Maklerservice Leben</p></body></html>"""
    return M(label="NORMAL", lang="de", kind="newsletter",
             reason="trap: product mailing on BU for nurses (back, infection clause, hepatitis) with a fictitious example; multipart/alternative",
             frm="Maklerservice Auenwald <newsletter@auenwald.example>",
             to="Maklerverteiler Leben <makler-leben@auenwald.example>",
             subject="Neu ab Februar: BU für Pflegekräfte mit Infektionsklausel",
             date="Thu, 22 Jan 2026 07:30:00 +0100",
             text=text, html=html)


def m116():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-jobapplicant",
             reason="apprenticeship applicant: birth date, school grades, address; not an insurance matter",
             frm="Ausbildung Auenwald <ausbildung@auenwald.example>",
             to="Emily Sauerbier <emily.sauerbier@schuelermail.example>",
             subject="Deine Bewerbung um einen Ausbildungsplatz 2026",
             date="Thu, 22 Jan 2026 15:48:19 +0100",
             text="""Hallo Emily,

vielen Dank für deine Bewerbung als Kauffrau für Versicherungen und Finanzen ab 01.08.2026. Wir freuen uns, dich zum Auswahltag am 12.02.2026 um 9 Uhr einzuladen!

Zur Kontrolle unsere Daten:
Emily Sauerbier, geb. 04.09.2008
Anschrift: Brüder-Grimm-Weg 5, 34225 Baunatal
Schule: Elisabeth-Knipping-Schule, Fachoberschule Wirtschaft
Halbjahreszeugnis: Mathematik 2, Deutsch 2, Englisch 3, Durchschnitt 2,3

Da du zu Ausbildungsbeginn noch nicht volljährig bist, brauchen wir für den Vertrag später die Unterschrift deiner Eltern.

Bis bald!
Jana Brücher
Ausbildungsleitung
""")


def m117():
    return M(label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-broker",
             reason="decline of a named applicant (type 1 diabetes with retinopathy, BMI 36) explained to a broker pushing for the case",
             frm="Miriam Okafor <miriam.okafor@auenwald.example>",
             to="Tom Brookfield <t.brookfield@brookfield-kaur.example>",
             subject="RE: RE: Mrs Sinead Gallagher – please reconsider!",
             date="Fri, 23 Jan 2026 12:30:52 +0100",
             text="""Tom,

I understand your frustration, and I did take the case to our medical officer again.

For income protection we cannot offer terms for Mrs Gallagher at the moment. The combination of type 1 diabetes for 22 years with background retinopathy in both eyes, an HbA1c of 8.9 % and a BMI of 36 is outside what we (and, frankly, our reinsurer) can accept for disability cover. This is not about a single value.

What we can do:
- term life up to EUR 300,000 with a +100 % loading, which she may still want for the mortgage;
- reconsider income protection in 12 months if her HbA1c is stable below 7.5 % and the eye specialist confirms no progression.

I know another insurer has quoted; I'd gently ask whether they had the eye report when they did.

Best regards
Miriam

> Miriam, with respect, she's a teacher, she has never missed a day because of her
> diabetes. Please reconsider. -- Tom
""")


def m118():
    return M(label="NORMAL", lang="en", kind="internal",
             reason="trap: summary of published ombudsman decisions on disability clauses, no names",
             frm="Dr. Cornelia Haas <cornelia.haas@auenwald.example>",
             to="Leistungsausschuss Leben <leistungsausschuss@auenwald.example>",
             subject="Ombudsman annual report – three BU decisions worth knowing (EN summary for Henrik)",
             date="Mon, 26 Jan 2026 09:58:27 +0100",
             text="""Dear all,

the ombudsman's annual report is out. Three published (anonymised) decisions are relevant for us:

1. A claimant with a chronic pain syndrome: the insurer relied on an expert who had not examined the claimant in person. Ombudsman: expert opinion based on files alone is insufficient where the assessment depends on the claimant's self-reported symptoms.
2. A self-employed baker after a shoulder injury: restructuring of the business was only reasonable if it did not require significant investment or lead to a noticeable loss of income.
3. Follow-up review: the insurer stopped payments because the claimant had improved "in general". Ombudsman: the insurer must compare the current state with the state at the time of the original acceptance and explain specifically what changed.

Our practice already meets points 2 and 3; point 1 is a reminder to keep using in-person examinations for psychiatric and pain cases.

Cornelia
""")


def m119():
    return M(label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="windscreen claim of a named expat: motor policy, plate, repair shop; non-personal line",
             frm="Motor Claims <kfz-schaden@auenwald.example>",
             to="Siddharth Iyer <sid.iyer@mailhub-in.example>",
             subject="Windscreen claim KS-26-0000 592 – approved",
             date="Tue, 27 Jan 2026 11:11:11 +0100",
             text="""Dear Mr Iyer,

your windscreen claim for the Tesla Model 3, registration KS-SI 2204, under your car insurance KF-7758 3390 (partial cover) has been approved.

Repair: replacement of the windscreen incl. camera calibration at Glasklar Autoglas, Kassel
Cost: EUR 1,386.00
Your excess: EUR 150.00

We pay EUR 1,236.00 directly to the workshop. Your no-claims class is not affected.

Kind regards
Motor Claims
Auenwald Sachversicherung AG
""")


def m120():
    html = """<html><body style="font-family:Arial;font-size:13px">
<p>Sehr geehrte Frau Falkenhagen,</p>
<p>zum 01.02.2026 beginnt die Rentenzahlung aus Ihrer privaten Rentenversicherung. Wir freuen uns, Sie ab jetzt monatlich zu begleiten.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eef"><td colspan="2"><b>Rentenversicherung R 1998-600 124</b></td></tr>
<tr><td>Rentenempfängerin</td><td>Renate Falkenhagen, geb. 30.01.1959</td></tr>
<tr><td>garantierte Monatsrente</td><td>612,40 EUR</td></tr>
<tr><td>Überschussrente (nicht garantiert)</td><td>88,15 EUR</td></tr>
<tr><td>Gesamtrente brutto</td><td>700,55 EUR</td></tr>
<tr><td>Ertragsanteil (Rentenbeginn mit 67)</td><td>17 % – steuerpflichtig ca. 119,09 EUR/Monat</td></tr>
<tr><td>Steuer-ID</td><td>83 415 079 226</td></tr>
<tr><td>Auszahlung auf</td><td>DE43 8205 1000 0160 4783 91</td></tr>
<tr><td>Rentengarantiezeit</td><td>10 Jahre (bis 31.01.2036)</td></tr>
</table>
<p>Wir melden die Rentenzahlungen jährlich an die Zentrale Zulagenstelle (Rentenbezugsmitteilung). Ihre Krankenkasse erhält keine Meldung, da es sich um eine private Rente handelt.</p>
<p>Mit freundlichen Grüßen<br>Auenwald Lebensversicherung AG – Rentenservice</p>
</body></html>"""
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="pension start of a named customer: birth date, tax ID, IBAN, annuity amounts; HTML-only table; personal line",
             frm="Rentenservice Auenwald <rentenservice@auenwald.example>",
             to="Renate Falkenhagen <renate.falkenhagen@mailbox.example>",
             subject="Ihr Rentenbeginn am 01.02.2026",
             date="Wed, 28 Jan 2026 08:45:00 +0100",
             html=html)


def m121():
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Auenwald//Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:jourfixe-risikopruefung-2026@auenwald.example
DTSTAMP:20260128T090000Z
DTSTART:20260203T090000Z
DTEND:20260203T100000Z
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=20
SUMMARY:Jour fixe Risikoprüfung Leben/BU
LOCATION:Raum 4.08 / Teams
ORGANIZER;CN=Jonas Pietzsch:mailto:jonas.pietzsch@auenwald.example
END:VEVENT
END:VCALENDAR""")
    return M(label="NORMAL", lang="de", kind="internal",
             reason="trap: jour fixe minutes with case counts and an anonymised heart-valve case type; ICS series",
             frm="Jonas Pietzsch <jonas.pietzsch@auenwald.example>",
             to="Risikoprüfung Leben <risiko-leben@auenwald.example>",
             subject="Jour fixe Risikoprüfung – Kurzprotokoll 27.01. + Serientermin",
             date="Wed, 28 Jan 2026 10:02:44 +0100",
             text="""Hallo zusammen,

Kurzprotokoll von gestern:
- Offene Anträge mit Arztanfrage: 214 (Vorwoche 231), davon älter als 6 Wochen: 19
- Neue Richtlinie Diabetes Typ 2: seit 05.01. angewendet, bisher 7 Annahmen mit Zuschlag statt Ablehnung
- Diskussion Fallgruppe "Z. n. Herzklappen-OP > 5 Jahre, beschwerdefrei": Helga klärt mit Northgate, ob Zuschlag +50 % statt Ablehnung geht. Keine Einzelfälle im Protokoll, bitte weiter so.
- Makleranfragen zum Bearbeitungsstand: bitte nur Status, nie Diagnosen an Makler.

Ab jetzt findet der Jour fixe jeden Dienstag um 10 Uhr statt, Einladung anbei.

Jonas
""",
             attachments=[att("jourfixe.ics", cal, "text/calendar")])


def m122():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="builder's liability policy for a named private builder: plot address, building costs, policy number",
             frm="Kundenservice Sach <service-sach@auenwald.example>",
             to="Jannik Wiesemann <jannik.wiesemann@hausbau-post.example>",
             subject="Ihre Bauherrenhaftpflichtversicherung BH-1180 2276",
             date="Thu, 29 Jan 2026 14:20:31 +0100",
             text="""Hallo Herr Wiesemann,

Ihre Bauherrenhaftpflicht ist policiert:

Vertrag: BH-1180 2276
Bauvorhaben: Einfamilienhaus mit Carport, Flurstück 412/7, Am Sandberg 22, 34292 Ahnatal
Bausumme: 465.000 EUR, Bauzeit voraussichtlich 03/2026 bis 06/2027
Deckung: 10 Mio. EUR pauschal für Personen- und Sachschäden, Eigenleistungen bis 30.000 EUR mitversichert
Einmalbeitrag: 236,81 EUR inkl. VSt

Tipp: Denken Sie auch an eine Bauleistungsversicherung und – sobald der Rohbau steht – an die Feuerrohbauversicherung, die bei uns in der Wohngebäudeversicherung bis zu 24 Monate beitragsfrei ist.

Viele Grüße
Kundenservice Sach
Auenwald Sachversicherung AG
""")


def m123():
    return M(label="NORMAL", lang="en", kind="insurer-to-supplier",
             reason="trap: customer survey template after a claim with {placeholders}, no person",
             frm="Customer Experience <cx@auenwald.example>",
             to="Project team <projects@feedbackloop-research.example>",
             subject="Survey texts 'after a claim' – final EN version",
             date="Fri, 30 Jan 2026 09:17:08 +0100",
             text="""Hi Ana,

final English wording for the post-claim survey, please set it up in the tool. Placeholders in curly brackets come from our export; no diagnosis or claim reason will be transferred, only the claim type code.

---
Subject: {first_name}, how did we do?

Dear {salutation} {last_name},

we recently {claim_type_text} (reference {case_ref}). We would like to know how you experienced our service.

1. How easy was it to submit your documents? (1-5)
2. How satisfied are you with the time it took? (1-5)
3. Did you feel treated with respect and empathy? (yes / partly / no)
4. What should we improve? (free text)

For claims after a death ({claim_type_code} = 'DTH') the survey is only sent after 8 weeks and without question 2.
---

Thanks!
Jule Kranefeld
Customer Experience
""")


def m124():
    return M(label="STRICTLY_CONFIDENTIAL", lang="mixed", kind="internal",
             reason="internal underwriting discussion in German and English about a named applicant with cured hepatitis C and liver values",
             frm="Jonas Pietzsch <jonas.pietzsch@auenwald.example>",
             to="Miriam Okafor <miriam.okafor@auenwald.example>",
             cc="Dr. Helga Brandstätter <helga.brandstaetter@auenwald.example>",
             subject="Re: Antrag Sørlie – Hep C / reinsurer?",
             date="Fri, 30 Jan 2026 13:40:59 +0100",
             text="""Hi Miriam,

kurz zu Antrag RL-2026-120 018 (Herr Espen Sørlie, Risiko-LV 500k):

Hepatitis C, genotype 1a, treated 2023 with sofosbuvir/velpatasvir, SVR12 confirmed 11/2023. Fibroscan 2025: 6.1 kPa (F1). GPT/ALT 31 U/l, normal. Kein Alkohol laut Hausarzt.

Unser Manual sagt nach SVR > 2 Jahre normal annehmen, wenn keine Fibrose ≥ F3. So I'd go standard. Does Northgate need to see it, as it's above 300k? I think the treaty only requires that for loadings above +100 %.

Helga, falls du anderer Meinung bist, bitte heute noch – der Makler ruft sonst Montag wieder an.

Danke
Jonas

> Miriam Okafor wrote on 30.01.2026 11:02:
> Jonas, can you take Sørlie? I'm out Monday. Lab results came in this morning. M.
""")


def m125():
    return M(label="NORMAL", lang="de", kind="internal",
             reason="trap: summary of the industry code of conduct changes on health data and consent, no person",
             frm="Matthias Ebeling <datenschutz@auenwald.example>",
             to="Führungskräfte Leben <fk-leben@auenwald.example>",
             subject="Code of Conduct Datenschutz der Versicherungswirtschaft – was ändert sich für uns",
             date="Mon, 02 Feb 2026 09:30:10 +0100",
             text="""Liebe Führungskräfte,

die überarbeiteten Verhaltensregeln der Versicherungswirtschaft zum Umgang mit personenbezogenen Daten treten zum 01.07.2026 in Kraft. Für die Lebensversicherung wichtig:

- Gesundheitsdaten (Art. 9 DSGVO) dürfen weiterhin nur mit ausdrücklicher Einwilligung bzw. zur Leistungsprüfung verarbeitet werden; die Mustertexte der Schweigepflichtentbindung werden angepasst.
- Neu: ausdrückliche Regeln für den Einsatz automatisierter Risikoprüfung (Regelwerk im Online-Antrag). Betroffene müssen auf Wunsch eine Prüfung durch einen Menschen erhalten.
- Übermittlung an Rückversicherer: künftig Dokumentationspflicht, welche Daten in welchem Fall übermittelt wurden.
- E-Mail: Gesundheitsdaten nur verschlüsselt oder mit dokumentierter Einwilligung der betroffenen Person in den unverschlüsselten Versand.

Ich stelle die Änderungen am 24.02. im Führungskreis vor. Bitte bis dahin keine eigenen Vorlagen anpassen.

Matthias Ebeling
Datenschutzbeauftragter
""")

# ================================================================ mails 126-150

def m126():
    return M(label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="private liability claim of a named customer (bicycle scratched a parked car), policy/claim numbers; nobody hurt",
             frm="Liability Claims <schaden-haftpflicht@auenwald.example>",
             to="Oskar Wennberg <oskar.wennberg@sverigemail.example>",
             subject="Claim PH-26-0000 233 – parked car scratched",
             date="Mon, 02 Feb 2026 11:25:47 +0100",
             text="""Dear Mr Wennberg,

thank you for reporting that your bicycle slipped on ice on 29 January 2026 and scratched the door of a parked car (owner: Ms Dagmar Pletz, registration KS-DP 118) in the Friedrich-Ebert-Straße, Kassel. Good to hear nobody was hurt.

Your personal liability policy PH-4431 0075 covers this. We have written to Ms Pletz and asked her for the repair estimate. Please don't pay anything directly to her and don't acknowledge any amount; we will handle it.

Kind regards
Jana Weißgerber
Liability Claims
Auenwald Sachversicherung AG
""")


def m127():
    entscheid = docx([
        "# Auenwald Lebensversicherung AG – Ergebnis der Nachprüfung",
        "Versicherte Person: Andrea Liebscher, Vertrag BU 2012-118 440",
        "Anerkannte Erkrankung (02/2023): schwere Anpassungsstörung mit depressiver Symptomatik (F43.2)",
        "Bericht Dipl.-Psych. Hannah Degenhardt vom 08.01.2026: Symptomatik weitgehend remittiert, Therapie im Dezember 2025 beendet.",
        "Seit 01.11.2025 Tätigkeit als Erzieherin in einer Kindertagesstätte, 30 Std./Woche, unbefristet.",
        "Bewertung: Die Tätigkeit entspricht der bisherigen Lebensstellung (Vergütung S8a TVöD, vergleichbare Wertschätzung).",
        "Die Voraussetzungen der Berufsunfähigkeit liegen nicht mehr vor. Die Leistungen enden mit Ablauf des dritten Monats nach Zugang dieser Mitteilung (30.04.2026).",
        "Ab 01.05.2026 ist der Beitrag wieder zu zahlen (73,90 EUR monatlich); der Versicherungsschutz besteht unverändert weiter.",
    ])
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="end of a named customer's BU benefit after follow-up review: diagnosis, therapy, new job only in the DOCX; body says only that the decision is attached",
             frm="Sabine Wendland <sabine.wendland@auenwald.example>",
             to="Andrea Liebscher <andrea.liebscher@freenet-mail.example>",
             subject="Ergebnis der Nachprüfung",
             date="Tue, 03 Feb 2026 10:50:14 +0100",
             text="""Sehr geehrte Frau Liebscher,

vielen Dank für die Unterlagen und das offene Telefonat letzte Woche. Unsere Entscheidung finden Sie im Anhang. Zunächst: Wir freuen uns sehr, dass es Ihnen besser geht.

Bei Fragen rufen Sie mich gern an.

Mit freundlichen Grüßen
Sabine Wendland
""",
             attachments=[att("Nachpruefung_Ergebnis.docx", entscheid)])


def m128():
    return M(label="NORMAL", lang="de", kind="internal",
             reason="trap: training announcement 'medical basics – oncology' with participant names (colleagues), no health data of anyone",
             frm="Akademie Auenwald <akademie@auenwald.example>",
             to="Team BU-Leistung <bu-leistung@auenwald.example>",
             cc="Risikoprüfung Leben <risiko-leben@auenwald.example>",
             subject="Medizinisches Grundwissen Modul 4: Onkologie – Teilnehmerliste",
             date="Wed, 04 Feb 2026 08:35:21 +0100",
             text="""Hallo zusammen,

für das Modul 4 "Onkologie in Risikoprüfung und Leistung" am 05.03.2026 (9-16 Uhr, Raum 4.12) sind angemeldet:

Fatma Yıldırım, Jan Osterloh, Tobias Rehkopf, Lea Marquardt, Jonas Pietzsch (nachmittags)

Inhalte: TNM-Klassifikation und Grading, häufige Tumorarten (Mamma, Prostata, Darm, Melanom, Lymphome), Therapiefolgen (Fatigue, Polyneuropathie), Nachsorgeintervalle, Prognose und Zurückstellungsfristen. Referentin: Dr. Susanne Albers, Onkologin.

Es sind noch drei Plätze frei.

Viele Grüße
Carolin Sturm
Auenwald Akademie
""")


def m129():
    tab = ods([("Provisionen 2025", [
        ["Vermittlerin: Sandra Lichtblau, Vermittlernummer 40 9113", "", "", ""],
        ["Monat", "Abschlussprovision", "Bestandsprovision", "Auszahlung"],
        ["Januar", 3120.00, 212.40, 3332.40],
        ["Februar", 1988.50, 214.10, 2202.60],
        ["März", 4410.00, 215.90, 4625.90],
        ["April", 2675.20, 218.00, 2893.20],
        ["Mai", 1830.00, 219.30, 2049.30],
        ["Juni", 3905.75, 221.60, 4127.35],
        ["Juli", 2210.00, 223.00, 2433.00],
        ["August", 1402.40, 224.80, 1627.20],
        ["September", 3366.00, 226.10, 3592.10],
        ["Oktober", 2987.30, 227.90, 3215.20],
        ["November", 2590.00, 229.50, 2819.50],
        ["Dezember", 4012.80, 231.00, 4243.80],
        ["Summe 2025", 34498.95, 2663.60, 37162.55],
    ])])
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-broker",
             reason="sole-trader broker's monthly commission income 2025 in ODS attachment; body harmless",
             frm="Katrin Möbius <katrin.moebius@auenwald.example>",
             to="Sandra Lichtblau <kontakt@lichtblau-finanz.example>",
             subject="AW: Aufstellung fürs Finanzamt",
             date="Wed, 04 Feb 2026 13:12:09 +0100",
             text="""Hallo Frau Lichtblau,

hier die gewünschte Aufstellung für Ihre Steuerberaterin, als Tabelle (LibreOffice, lässt sich aber auch mit Excel öffnen).

Viele Grüße
Katrin Möbius

> Hallo Frau Möbius, können Sie mir bitte eine Monatsaufstellung 2025 schicken?
> Meine Steuerberaterin braucht das bis Ende Februar. Danke!! S.L.
""",
             attachments=[att("Provisionen_2025_Lichtblau.ods", tab)])


def m130():
    return M(label="NORMAL", lang="en", kind="internal",
             reason="trap: underwriting manual update with BMI ratings and blood pressure tables, generic",
             frm="Dr. Helga Brandstätter <helga.brandstaetter@auenwald.example>",
             to="Underwriting Life <risiko-leben@auenwald.example>",
             subject="Manual 2026/1 – build and blood pressure tables (English pages for the international desk)",
             date="Thu, 05 Feb 2026 09:48:36 +0100",
             text="""Dear colleagues,

the English pages of Manual 2026/1 are now on the intranet. Main changes:

Build (BMI), term life, age 18-50
  below 17      refer to medical officer
  17.0 - 32.9   standard
  33.0 - 35.9   +25 %
  36.0 - 39.9   +50 % to +75 %
  40 and above  decline or postpone

Blood pressure (average of 3 readings, treated or untreated)
  up to 140/90        standard
  141-150 / 91-95     +25 %
  151-160 / 96-100    +50 %, ECG required
  above 160/100       postpone, refer to medical officer

For income protection the BMI limit remains 32 for standard terms; above that, case-by-case.

Please use the new tables for all applications received from 1 February.

Helga
""")


def m131():
    return M(label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="reduction of contributions to a named customer's private pension after job loss; pension contract figures",
             frm="Daniel Ferreira <daniel.ferreira@auenwald.example>",
             to="Ioana Petrescu <ioana.petrescu@romail.example>",
             subject="Re: lower contributions to my pension",
             date="Thu, 05 Feb 2026 15:01:55 +0100",
             text="""Dear Ms Petrescu,

I'm sorry to hear about your job. We have reduced the contributions to your private pension policy R 2020-448 913 as requested:

  contribution until February 2026:  EUR 250 per month
  contribution from March 2026:      EUR 50 per month (minimum)
  guaranteed pension at 67 falls from EUR 611.30 to EUR 402.85 per month

You can increase the contribution again within 24 months without any health questions, up to the original amount.

Best regards
Daniel Ferreira
International Customer Service – Life

On 3 Feb 2026, Ioana Petrescu wrote:
> Hello, i lost my job in january and need to save money. can i pay less for my pension
> without loosing it? the number is R 2020-448 913. thank you
> Ioana
""")


def m132():
    return M(label="NORMAL", lang="de", kind="internal",
             reason="broken coffee machine, no personal data",
             frm="Lea Marquardt <lea.marquardt@auenwald.example>",
             to="Team BU-Leistung <bu-leistung@auenwald.example>",
             subject="Kaffeemaschine 5. OG kaputt :(",
             date="Fri, 06 Feb 2026 08:03:12 +0100",
             text="""Morgen zusammen,

die Kaffeemaschine in der Teeküche zeigt wieder "Brüheinheit einsetzen" und macht nix. Ticket bei Facility ist raus (Nr. 55219). Bis dahin gibts Kaffee im 4. OG, die haben gesagt wir dürfen, aber bitte eigene Tassen mitnehmen und nicht die Milch leer machen ;)

Lea
""")


def m133():
    return M(label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="travel baggage claim of a named customer: flight, contents and values; no health content",
             frm="Travel Claims <reise-schaden@auenwald.example>",
             to="Fiona McAllister <fiona.mcallister@scotmail.example>",
             subject="Lost suitcase – claim RG-26-0031",
             date="Fri, 06 Feb 2026 12:44:40 +0100",
             text="""Dear Ms McAllister,

thank you for your claim under your travel baggage policy RG-5580 1144 for the suitcase that did not arrive on flight EW 9587 from Edinburgh to Düsseldorf on 24 January 2026.

The airline has confirmed that the suitcase is officially lost (Property Irregularity Report DUSEW41877). Under the Montreal Convention the airline is liable first; please forward us their settlement once you have it. We will then pay the difference up to your sum insured of EUR 2,000.

Your list of contents (suitcase EUR 180, clothing EUR 640, shoes EUR 210, camera EUR 520) is plausible; for the camera we will need the purchase receipt.

Kind regards
Travel Claims
Auenwald Sachversicherung AG
""")


def m134():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-doctor",
             reason="request to an orthopaedic surgeon for a report on a named BU claimant (disc herniation L4/L5, surgery)",
             frm="Fatma Yıldırım <fatma.yildirim@auenwald.example>",
             to="Praxis Dr. Cem Yilmaz <praxis@ortho-yilmaz.example>",
             subject="Anfrage Befundbericht – Patient Stefan Ruppelt, geb. 17.04.1979",
             date="Mon, 09 Feb 2026 09:20:05 +0100",
             text="""Sehr geehrter Herr Dr. Yilmaz,

Ihr Patient, Herr Stefan Ruppelt, geb. 17.04.1979, Lindenstraße 3, 34346 Hann. Münden, hat bei uns Leistungen aus seiner Berufsunfähigkeitsversicherung beantragt. Eine Schweigepflichtentbindung für Ihre Praxis liegt uns vor (Kopie anbei).

Herr Ruppelt ist selbständiger Fliesenleger. Er gibt einen Bandscheibenvorfall L4/L5 an, operiert am 14.10.2025. Bitte beantworten Sie uns:

1. Diagnosen (möglichst mit ICD-10) und Befunde (MRT, neurologischer Status)
2. Verlauf seit der Operation, aktuelle Beschwerden und Therapie
3. Welche Tätigkeiten sind ihm nicht mehr möglich (Knien, Heben über x kg, Zwangshaltungen)?
4. Ist mit einer Besserung zu rechnen, und wenn ja, bis wann?

Für den Bericht zahlen wir 60,00 EUR zzgl. USt. Bitte senden Sie ihn per Post oder Fax (0561 7730-4599).

Mit freundlichen Grüßen
Fatma Yıldırım
Leistungsprüfung Berufsunfähigkeit
""")


def m135():
    return M(label="NORMAL", lang="en", kind="insurer-to-partner",
             reason="audit fieldwork scheduling with the external auditor, no personal data",
             frm="Dr. Lena Vogtländer <lena.vogtlaender@auenwald.example>",
             to="Audit team <fs-audit-kassel@brightline-audit.example>",
             subject="YE2025 audit – fieldwork dates actuarial",
             date="Tue, 10 Feb 2026 10:10:10 +0100",
             text="""Hello Jens, hello Aoife,

for the actuarial part of the year-end audit I suggest:

- 23 Feb: walkthrough reserving process (2 h)
- 24-26 Feb: sample testing, you'll have a room on the 4th floor
- 3 Mar: closing meeting with the Responsible Actuary

We'll provide the data room access on 20 Feb. Please send the final PBC list by Friday.

Best regards
Lena
""")


def m136():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="dog-owner liability claim: named customer's dog injured another dog, vet costs; animal health, nobody hurt",
             frm="Schadenservice Haftpflicht <schaden-haftpflicht@auenwald.example>",
             to="Tanja Roßbach <tanja.rossbach@hundefreunde-post.example>",
             subject="Hundehalterhaftpflicht TH-3307 1821 – Beißerei am 31.01.",
             date="Wed, 11 Feb 2026 14:27:33 +0100",
             text="""Hallo Frau Roßbach,

danke für Ihre Schilderung. Ihr Rüde Anton hat am 31.01.2026 auf der Hundewiese an der Fulda den Hund von Herrn Kästner (Beagle-Hündin "Frieda") gebissen; Menschen wurden nicht verletzt.

Die Tierarztrechnung der Kleintierpraxis Dr. Eulenberg liegt uns vor: Wundversorgung unter Narkose, Naht, Antibiotikum, zwei Kontrollen – 486,20 EUR. Wir übernehmen die Rechnung aus Ihrer Hundehalterhaftpflichtversicherung TH-3307 1821 und zahlen direkt an Herrn Kästner.

Schaden-Nr.: TH-26-0000 087. Ihr Beitrag ändert sich dadurch nicht.

Viele Grüße
Jana Weißgerber
Schadenservice Haftpflicht
""")


def m137():
    return M(label="NORMAL", lang="de", kind="insurer-to-partner",
             reason="trap: aggregated deaths in the portfolio by cause group for an actuarial association survey",
             frm="Dr. Lena Vogtländer <lena.vogtlaender@auenwald.example>",
             to="DAV Arbeitsgruppe Biometrie <ag-biometrie@aktuarverein-test.example>",
             subject="Datenlieferung Sterblichkeitsstudie 2025 – Auenwald Leben",
             date="Thu, 12 Feb 2026 11:05:49 +0100",
             text="""Sehr geehrte Damen und Herren,

für die Studie zur Sterblichkeit in der Risikolebensversicherung liefern wir wie vereinbart aggregierte Daten (Kalenderjahr 2025):

Todesfälle gesamt: 327, davon Männer 231, Frauen 96
Ursachengruppen (soweit bekannt):
  Neubildungen 138
  Herz-Kreislauf 71
  Unfälle 29
  Suizid 17
  Infektionen 8
  sonstige / unbekannt 64
Beobachtet/erwartet (DAV 2008 T, nach Selektion): 0,72

Angaben zur Todesursache liegen uns nur vor, wenn ein ärztliches Zeugnis angefordert wurde (Verträge unter 3 Jahren oder Summen über 500.000 EUR). Zellen unter 5 sind zusammengefasst.

Mit freundlichen Grüßen
Dr. Lena Vogtländer
Aktuarin DAV
""")


def m138():
    return M(label="STRICTLY_CONFIDENTIAL", lang="en", kind="lawyer",
             reason="US attorney claims the death benefit for a named ex-wife against the current beneficiary; inline forward; deceased's life policy",
             frm="Bernd Kowalczyk <bernd.kowalczyk@auenwald.example>",
             to="Dr. Cornelia Haas <cornelia.haas@auenwald.example>",
             subject="WG: Claim to death benefit – policy RL 2010-301 577 (Mr Frederick Lang †)",
             date="Fri, 13 Feb 2026 09:40:22 +0100",
             text="""Frau Dr. Haas,

nächster Streitfall zum Bezugsrecht. Im Vertrag steht seit 2021 die Lebensgefährtin (Frau Nadja Reiss) als widerruflich Bezugsberechtigte, die Ex-Frau war es bis dahin. Der Scheidungsvergleich von 2019 verpflichtete ihn angeblich, die Ex-Frau als Begünstigte zu lassen. Hinterlegung beim Amtsgericht? Summe 180.000 EUR.

Gruß
Bernd Kowalczyk

---------- Forwarded message ----------
From: Patricia Delgado, Esq. <pdelgado@delgado-family-law.example>
Date: Wed, 11 Feb 2026 16:05
Subject: Claim to death benefit – policy RL 2010-301 577

Dear Sir or Madam,

this office represents Mrs Margaret Lang of Portland, Oregon, former spouse of the late Mr Frederick Lang, who died in Kassel on 21 December 2025.

Under the marital settlement agreement approved by the Circuit Court of Multnomah County on 3 May 2019, Mr Lang was obliged to maintain Mrs Lang as the sole beneficiary of the above policy for as long as child support was owed for their daughter, Emily (born 2011). Any later change of beneficiary was therefore in breach of that agreement.

We hereby give notice of Mrs Lang's claim to the entire death benefit and request that you make no payment to any other person until this matter is resolved.

Sincerely,
Patricia Delgado
Delgado Family Law LLC
""")


def m139():
    return M(label="CONFIDENTIAL", lang="en", kind="internal",
             reason="bonus payments and base salaries of named sales staff; no health data",
             frm="Petra Guse <petra.guse@auenwald.example>",
             to="Head of Sales Life <vertriebsleitung-leben@auenwald.example>",
             subject="Sales bonus 2025 – broker managers (for approval)",
             date="Mon, 16 Feb 2026 14:32:18 +0100",
             text="""Hi Michael,

below the bonus calculation for the broker managers according to the 2025 target agreements. Please approve by 20 February so payroll can include it in March.

Name                Base salary 2025   Target achievement   Bonus
Oliver Strunz       EUR 71,400         118 %                EUR 9,850
Bianca Hoffmeister  EUR 68,900         104 %                EUR 7,170
Jörn Tietjen        EUR 66,200          87 %                EUR 3,600
Daniel Ferreira     EUR 58,300          96 %                EUR 4,190 (pro rata, intl. desk)

Total EUR 24,810, within budget (EUR 27,000).

Thanks
Petra
""")


def m140():
    tpl = docx([
        "# Checklist for heirs and beneficiaries – death benefit (template)",
        "Dear <<salutation>> <<last_name>>,",
        "we are very sorry for the loss of <<deceased_name>>. To pay the benefit from policy <<policy_no>> we need:",
        "1. the death certificate (certified copy)",
        "2. the original policy document or a declaration of loss",
        "3. if there is no named beneficiary: certificate of inheritance, European Certificate of Succession or a notarised will with the opening record",
        "4. a copy of your ID and your bank details",
        "5. only for policies younger than 3 years or above EUR 500,000: a medical certificate on the cause of death (form LV 160)",
        "Your contact: <<handler_name>>, phone <<handler_phone>>",
    ])
    return M(label="NORMAL", lang="en", kind="internal",
             reason="trap: template checklist for heirs with <<placeholders>> (DOCX), mentions cause of death in general",
             frm="Bernd Kowalczyk <bernd.kowalczyk@auenwald.example>",
             to="Customer Experience <cx@auenwald.example>",
             subject="English checklist for heirs – template for the website",
             date="Tue, 17 Feb 2026 10:14:05 +0100",
             text="""Hi Jule,

as discussed after the complaints report: here is the English version of our checklist for heirs as a letter template. Could you turn it into a web page as well? German version follows tomorrow.

Bernd
""",
             attachments=[att("Template_Checklist_Heirs_EN.docx", tpl)])


def m141():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="BU benefit accepted for a named train driver with PTSD after an expert report; base64-encoded body",
             frm="Sabine Wendland <sabine.wendland@auenwald.example>",
             to="Dominik Haubold <d.haubold@schienenpost.example>",
             subject="Ihr Leistungsantrag – BU 2016-227 903",
             date="Wed, 18 Feb 2026 13:55:30 +0100",
             cte="base64",
             text="""Sehr geehrter Herr Haubold,

das Gutachten von Herrn Prof. Dr. Stoll liegt uns seit letzter Woche vor. Er bestätigt eine posttraumatische Belastungsstörung nach dem Personenunfall vom 11.06.2025 und kommt zu dem Ergebnis, dass Sie als Triebfahrzeugführer seit Juni 2025 zu mehr als 50 % berufsunfähig sind. Eine Rückkehr auf den Führerstand hält er auf absehbare Zeit nicht für zumutbar.

Wir erkennen unsere Leistungspflicht daher ab 01.06.2025 an:
- monatliche BU-Rente 1.900,00 EUR
- Beitragsbefreiung ab 01.06.2025 (die gezahlten Beiträge von 9 x 58,70 EUR erstatten wir)
- Nachzahlung Juni 2025 bis Februar 2026: 17.100,00 EUR + 528,30 EUR

Das Anerkenntnis ist unbefristet. Wie bei allen Leistungsfällen werden wir in größeren Abständen nachfragen, wie es Ihnen geht.

Wir wünschen Ihnen für die weitere Therapie alles Gute.

Mit freundlichen Grüßen
Sabine Wendland
Leistungsprüfung Berufsunfähigkeit
""")


def m142():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="traffic legal-expenses cover for a named driver's speeding fine (administrative offence, points); non-personal line",
             frm="Rechtsschutz Service <rechtsschutz@auenwald.example>",
             to="Björn Lüttgens <bjoern.luettgens@autopost.example>",
             subject="Bußgeldverfahren – Deckung aus RS 5529 430",
             date="Thu, 19 Feb 2026 09:08:44 +0100",
             text="""Sehr geehrter Herr Lüttgens,

für Ihr Bußgeldverfahren (Geschwindigkeitsüberschreitung um 34 km/h außerorts auf der B 83 am 12.01.2026, Bußgeldbescheid des Regierungspräsidiums Kassel: 260 EUR, 1 Punkt, 1 Monat Fahrverbot) besteht Deckung aus Ihrem Verkehrs-Rechtsschutz RS 5529 430.

Wir übernehmen die Kosten Ihres Anwalts, RA Kemal Doğan, für den Einspruch und ein mögliches Verfahren vor dem Amtsgericht. Eine Selbstbeteiligung fällt in Bußgeldsachen bei Ihnen nicht an.

Hinweis: Die Geldbuße selbst ist nicht versichert.

Mit freundlichen Grüßen
Rechtsschutz Service
Auenwald Sachversicherung AG
""")


def m143():
    return M(label="NORMAL", lang="de", kind="internal",
             reason="trap: fictitious advice case 'Familie Beispiel' for apprentices with income, health and BU need",
             frm="Jana Brücher <ausbildung@auenwald.example>",
             to="Azubis 2. Lehrjahr <azubis-2lj@auenwald.example>",
             subject="Projektaufgabe: Beratungsfall Familie Beispiel (fiktiv)",
             date="Fri, 20 Feb 2026 11:30:15 +0100",
             text="""Hallo ihr Lieben,

hier eure Projektaufgabe für die Lernwoche. Die Familie ist komplett ausgedacht!

Familie Beispiel, Kassel
- Tom Beispiel, 34, Elektroniker, 3.200 EUR netto, leichtes Asthma (Spray bei Bedarf)
- Sara Beispiel, 31, Grundschullehrerin (verbeamtet auf Probe), 2.900 EUR netto, zweites Kind unterwegs
- Sohn Ben, 3 Jahre
- Eigentumswohnung, Darlehen 280.000 EUR, Restlaufzeit 24 Jahre
- vorhanden: Hausrat, Privathaftpflicht, Riester-Vertrag von Sara

Aufgaben:
1. Welche Risiken sind nicht abgesichert? Priorisiert!
2. Wie hoch sollte eine BU-Rente für Tom sein? Was bedeutet das Asthma für den Antrag?
3. Braucht Sara als Beamtin eine Dienstunfähigkeitsversicherung?
4. Risiko-LV: Summe, Laufzeit, über Kreuz?

Präsentation am 06.03. vor der Ausbildungsleitung, 15 Minuten pro Gruppe.

Jana
""")


def m144():
    return M(label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
             reason="disputed beneficiary of a named deceased's term life policy: payment deposited with the court; partner and children named",
             frm="Bernd Kowalczyk <bernd.kowalczyk@auenwald.example>",
             to="Nadja Reiss <nadja.reiss@kassel-mail.example>",
             subject="Risikolebensversicherung RL 2010-301 577 – Hinterlegung der Leistung",
             date="Mon, 23 Feb 2026 15:16:02 +0100",
             text="""Sehr geehrte Frau Reiss,

wie telefonisch angekündigt, informieren wir Sie über den Stand zur Risikolebensversicherung RL 2010-301 577 Ihres verstorbenen Lebensgefährten, Herrn Frederick Lang.

Sie sind seit der Änderung vom 14.06.2021 als Bezugsberechtigte im Vertrag eingetragen. Die frühere Ehefrau von Herrn Lang macht über ihre Anwältin geltend, er sei durch einen Vergleich im Scheidungsverfahren verpflichtet gewesen, sie als Begünstigte zu belassen.

Da wir nicht beurteilen können, wem die Leistung von 180.000 EUR zusteht, werden wir den Betrag nach § 372 BGB beim Amtsgericht Kassel – Hinterlegungsstelle – hinterlegen. Das befreit uns von der Leistung; die Auszahlung erfolgt dann an die Person, deren Berechtigung feststeht (durch Einigung oder Urteil).

Wir empfehlen Ihnen, sich anwaltlich beraten zu lassen. Es tut uns leid, dass Sie in dieser Zeit zusätzlich damit belastet werden.

Mit freundlichen Grüßen
Bernd Kowalczyk
Leistung Tod und Ablauf
""")


def m145():
    return M(label="CONFIDENTIAL", lang="de", kind="insurer-to-authority",
             reason="notice to the chamber about a sole-trader broker's lapsed professional indemnity cover, with his birth date and register number",
             frm="Vertriebspartnerservice <partnerservice@auenwald.example>",
             to="IHK Kassel-Marburg Vermittlerregister <vermittlerregister@ihk-test.example>",
             subject="Vermittlerregister D-JZ8Q-MX41V-18 – fehlende Vermögensschadenhaftpflicht",
             date="Tue, 24 Feb 2026 10:45:00 +0100",
             text="""Sehr geehrte Damen und Herren,

wir haben am 12.12.2025 mit Herrn Frank Tegtmeier, geb. 28.06.1977, Einzelunternehmer (Vorsorgeteam Nord, Stade), Registrierungsnummer D-JZ8Q-MX41V-18, eine Courtagevereinbarung geschlossen.

Trotz zweimaliger Erinnerung hat Herr Tegtmeier uns keinen Nachweis einer bestehenden Berufshaftpflichtversicherung vorgelegt. Sein bisheriger Versicherer teilte uns auf Nachfrage mit, der Vertrag sei zum 31.12.2025 beendet worden.

Wir haben die Zusammenarbeit vorläufig ausgesetzt und bitten um Prüfung, ob die Registrierung noch den Voraussetzungen nach § 34d GewO entspricht.

Mit freundlichen Grüßen
Vertriebspartnerservice
Auenwald Lebensversicherung AG
""")


def m146():
    return M(label="NORMAL", lang="en", kind="internal",
             reason="trap: social-media post draft with aggregate death-benefit figures, no person",
             frm="Melanie Rößler <presse@auenwald.example>",
             to="Bernd Kowalczyk <bernd.kowalczyk@auenwald.example>",
             subject="LinkedIn draft – death benefits 2025, OK?",
             date="Wed, 25 Feb 2026 12:00:37 +0100",
             text="""Hi Bernd,

could you check the figures in this draft for our English LinkedIn page?

---
In 2025 we paid EUR 12.4 million to families who lost a loved one. 327 term life policies paid out, on average 23 days after we received the documents. Behind every number is a family, and our job is to make one thing easier in a terrible moment.
Tip: a named beneficiary in your policy means the money does not have to wait for a certificate of inheritance.
#lifeinsurance #family
---

No photos of customers, obviously. We'll use the stock image with the kitchen table.

Thanks
Melanie
""")


def m147():
    return M(label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="rent deposit guarantee for a named tenant: landlord, flat address, deposit amount, policy number",
             frm="Rent Deposit Service <mietkaution@auenwald.example>",
             to="Hiroshi Tanabe <h.tanabe@jpmail.example>",
             subject="Your rent deposit guarantee MK-0917 2204",
             date="Thu, 26 Feb 2026 09:31:58 +0100",
             text="""Dear Mr Tanabe,

your rent deposit guarantee has been issued:

Guarantee no.: MK-0917 2204
Landlord: Hausverwaltung Eberhardt & Co. KG for the flat Wilhelmshöher Allee 88, 3rd floor left, 34119 Kassel
Guaranteed amount: EUR 2,610 (three months' basic rent)
Annual fee: EUR 130.50

The original guarantee certificate goes to your landlord by post today; you will receive a copy. If the landlord makes a claim under the guarantee, you will have to reimburse us, so please keep us informed about any dispute.

Kind regards
Rent Deposit Service
Auenwald Sachversicherung AG
""")


def m148():
    return M(label="NORMAL", lang="mixed", kind="internal",
             reason="trap: bilingual job posting for a working student in medical underwriting, health terms but no person",
             frm="Petra Guse <petra.guse@auenwald.example>",
             to="Jonas Pietzsch <jonas.pietzsch@auenwald.example>",
             subject="Stellenausschreibung Werkstudent Risikoprüfung / Working student underwriting – bitte freigeben",
             date="Fri, 27 Feb 2026 11:22:50 +0100",
             text="""Hallo Jonas,

anbei der Entwurf, zweisprachig wie gewünscht. Freigabe bis Dienstag?

Werkstudent (m/w/d) Risikoprüfung Leben/BU – 16-20 Std./Woche
Du studierst Medizin, Gesundheitswissenschaften oder Medizinische Dokumentation und willst sehen, wie Versicherer Gesundheitsangaben bewerten? Du unterstützt unser Team bei der Auswertung von Arztberichten, bei Anfragen an Ärzte und Kliniken und bei der Pflege unseres Diagnoseschlüssels (ICD-10-GM). Vergütung 17,50 EUR/Std.

Working student (m/f/d) Life & disability underwriting – 16-20 hrs/week
Studying medicine, health sciences or medical documentation? Help our underwriters evaluate doctors' reports, request medical evidence and maintain our ICD-10 diagnosis tables. Good German required, English is a plus. EUR 17.50/hour.

Gruß
Petra
""")


def m149():
    return M(label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
             reason="cyber policy of a sole-trader freelancer: her turnover, policy number, business address; non-personal line",
             frm="Commercial Lines Service <gewerbe@auenwald.example>",
             to="Lena Høgsberg <lena@hogsberg-design.example>",
             subject="Your cyber insurance CY-2206 0318 – renewal 2026",
             date="Fri, 27 Feb 2026 14:48:26 +0100",
             text="""Dear Ms Høgsberg,

your cyber insurance for your design studio (sole proprietor, Lena Høgsberg Design, Goethestraße 12, 34119 Kassel) renews on 1 April 2026.

Based on your declared annual turnover for 2025 of EUR 86,400 (2024: EUR 71,900), the premium for 2026 is EUR 348.00 plus insurance tax (previously EUR 312.00). Sum insured EUR 250,000, excess EUR 500.

Please confirm that you still back up your data at least weekly to a separate medium and use two-factor authentication for your e-mail account; both are conditions of cover.

Kind regards
Commercial Lines Service
Auenwald Sachversicherung AG
""")


def m150():
    return M(label="NORMAL", lang="en", kind="newsletter",
             reason="trap: generic customer newsletter on tax documents for life and pension policies, no person",
             frm="Auenwald Customer News <news@auenwald.example>",
             to="Customer newsletter EN <kundennews-en@auenwald.example>",
             subject="Tax season: your documents for life and pension policies",
             date="Fri, 27 Feb 2026 16:00:00 +0100",
             text="""Auenwald Customer News – February 2026

Tax season: what you will receive from us

- Pension in payment: we report your pension to the tax authorities automatically. You will find the taxable amount in your annual statement.
- Basic pension (Rürup) and Riester contracts: your contributions are reported electronically with your consent; no paper certificate is needed.
- Surrender or maturity with taxable gains: you receive a tax certificate by the end of February.
- Disability pensions: only the "income share" (Ertragsanteil) is taxable; your statement shows the amount.

Please note: we will never ask you for your tax ID or bank details by e-mail. If you receive such a request, forward it to security@auenwald.example.

Your Auenwald Team
You receive this newsletter because you subscribed in our customer portal. Unsubscribe: https://kunden.auenwald.example/newsletter
""")

# ---------------------------------------------------------------- driver

IBAN_LEN = {"DE": 22, "AT": 20, "GB": 22, "IE": 22, "NL": 18, "CH": 21, "FR": 27, "ES": 24, "IT": 27, "LU": 20}
IBAN_INVALID_ON_PURPOSE = {"d60-0100.eml"}  # file names where a broken IBAN is part of the story


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def mails():
    fns = [globals()["m%03d" % i] for i in range(1, 151) if ("m%03d" % i) in globals()]
    return fns


def write():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, fn in enumerate(mails(), 1):
        d = fn()
        d.setdefault("msgid", "<%s-%04d.%s@auenwald.example>" % (PREFIX, i, fn.__name__))
        msg = build(d)
        name = "%s-%04d.eml" % (PREFIX, i)
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(MAILDIR, name), "wb") as fh:
            fh.write(data)
        for k in ("label", "lang", "kind", "reason"):
            assert d.get(k) and "\t" not in d[k] and "\n" not in d[k], (name, k)
        rows.append("\t".join([name, d["label"], d["lang"], d["kind"], d["reason"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d mails" % (len(rows) - 1))


def _texts_of_zip(data, name):
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None, name
        for n in z.namelist():
            b = z.read(n)
            if n.endswith(".xml"):
                out.append(re.sub(r"<[^>]+>", " ", b.decode("utf-8")))
            elif n.lower().endswith((".csv", ".txt", ".ics")):
                out.append(b.decode("utf-8", "replace"))
            elif n.lower().endswith((".docx", ".xlsx", ".ods", ".odt", ".zip")):
                out.extend(_texts_of_zip(b, name + ":" + n))
            elif n.lower().endswith(".pdf"):
                assert b.startswith(b"%PDF"), name
                out.append(b.decode("latin-1"))
    return out


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().rstrip("\n").split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("bad header")
    rows = [l.split("\t") for l in lines[1:]]
    counts, langs, kinds, traps = {}, {}, {}, 0
    files = sorted(f for f in os.listdir(MAILDIR) if f.endswith(".eml"))
    if files != [r[0] for r in rows]:
        errors.append("file list and labels.tsv differ")
    n_att = 0
    for r in rows:
        if len(r) != 5:
            errors.append("row with %d fields: %r" % (len(r), r[:1]))
            continue
        name, label, lang, kind, reason = r
        counts[label] = counts.get(label, 0) + 1
        langs[(label, lang)] = langs.get((label, lang), 0) + 1
        kinds[kind] = kinds.get(kind, 0) + 1
        if label == "NORMAL" and reason.startswith("trap:"):
            traps += 1
        if reason.startswith("trap:") and label != "NORMAL":
            errors.append(name + ": trap prefix on non-NORMAL")
        raw = open(os.path.join(MAILDIR, name), "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            errors.append(name + ": bare LF")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                errors.append(name + ": missing " + h)
        try:
            from email.utils import parsedate_to_datetime
            dt = parsedate_to_datetime(str(msg["Date"]))
            if dt.strftime("%a") != str(msg["Date"])[:3]:
                errors.append(name + ": weekday does not match date")
        except Exception as e:  # noqa
            errors.append(name + ": bad Date (%s)" % e)
        if "@auenwald.example" not in str(msg["From"]):
            errors.append(name + ": not sent from the insurer")
        texts = [str(msg["Subject"])]
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            fn = part.get_filename()
            if fn:
                n_att += 1
            try:
                if ct.startswith("text/"):
                    texts.append(part.get_content())
                else:
                    b = part.get_payload(decode=True)
                    if fn and fn.lower().endswith((".docx", ".xlsx", ".ods", ".odt", ".zip")):
                        texts.extend(_texts_of_zip(b, name + ":" + fn))
                    elif fn and fn.lower().endswith(".pdf"):
                        if not b.startswith(b"%PDF"):
                            errors.append(name + ": bad pdf")
                        texts.append(b.decode("latin-1"))
            except Exception as e:  # noqa
                errors.append("%s: cannot decode %s (%s)" % (name, ct, e))
        blob = "\n".join(texts)
        for m in re.finditer(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b", blob):
            cand = m.group(1).replace(" ", "")
            if cand[:2] in IBAN_LEN and len(cand) == IBAN_LEN[cand[:2]] and not iban_ok(cand):
                if name not in IBAN_INVALID_ON_PURPOSE:
                    errors.append("%s: IBAN checksum fails: %s" % (name, m.group(1)))
    for k, v in EXPECTED.items():
        if counts.get(k, 0) != v:
            errors.append("count %s = %d, expected %d" % (k, counts.get(k, 0), v))
    if traps * 3 < EXPECTED["NORMAL"] * 2:
        errors.append("too few traps: %d" % traps)
    print("mails:", len(rows), "attachments:", n_att, "traps:", traps)
    print("labels:", counts)
    for lab in EXPECTED:
        print("  %-22s" % lab, {lg: langs.get((lab, lg), 0) for lg in ("de", "en", "mixed")})
    print("kinds:", dict(sorted(kinds.items())))
    if errors:
        print("CHECK FAILED")
        for e in errors:
            print("  " + e)
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    write()
