#!/usr/bin/env python3
"""Generator for the Siegel evaluation corpus dev64.

Theme: people writing about someone else (relatives, carers, guardians/Betreuer,
neighbours, employers, teachers, lawyers, landlords, colleagues) and look-alikes.
Invented insurer: Falkenried Versicherung AG (falkenried.example).

Every mail is written by hand in its own function m001 ... m150. The helpers
below only turn that hand-written content into MIME or into file formats
(XLSX, ODS, DOCX, ODT, PDF, ZIP are written as minimal, deterministic files with
the standard library only).

    python make_corpus.py          writes mails/d64-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses every file and validates counts
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

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
NN = "64"
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
TOTAL = 150

ROWS = []  # (file, label, lang, kind, reason)
ZDATE = (2026, 1, 2, 9, 0, 0)


# ----------------------------------------------------------------- formats
def _zip(members, first_stored=None):
    """members: list of (name, bytes). Deterministic zip."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_STORED if name == first_stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zip_file(members):
    """members: list of (name, bytes) -> a .zip archive."""
    return _zip(members)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (sheet name, rows); rows are lists of str/int/float/None."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>')
    for i in range(len(sheets)):
        ct += ('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
               'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
    ct += "</Types>"
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
        wb += '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), i + 1, i + 1)
        wbrels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1))
        sx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        for r, row in enumerate(rows):
            sx += '<row r="%d">' % (r + 1)
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r + 1)
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    sx += '<c r="%s"><v>%s</v></c>' % (ref, v)
                else:
                    sx += '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v)))
            sx += "</row>"
        sx += "</sheetData></worksheet>"
        members.append(("xl/worksheets/sheet%d.xml" % (i + 1), sx.encode("utf-8")))
    wb += "</sheets></workbook>"
    wbrels += "</Relationships>"
    return _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                 ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbrels.encode())] + members)


def docx(paragraphs):
    """paragraphs: list of str; a str starting with '# ' becomes bold;
    a list/tuple becomes a table row set (list of rows)."""
    body = ""
    for p in paragraphs:
        if isinstance(p, (list, tuple)):
            body += "<w:tbl>"
            for row in p:
                body += "<w:tr>" + "".join(
                    '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(str(c))
                    for c in row) + "</w:tr>"
            body += "</w:tbl>"
        elif p.startswith("# "):
            body += '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p[2:])
        else:
            body += '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body>%s</w:body></w:document>" % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>")
    return _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                 ("word/document.xml", doc.encode("utf-8"))])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mime, content):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>" % mime)
    return _zip([("mimetype", mime.encode()), ("META-INF/manifest.xml", manifest.encode()),
                 ("content.xml", content.encode("utf-8"))], first_stored="mimetype")


def odt(paragraphs):
    body = "".join("<text:p>%s</text:p>" % xesc(p) for p in paragraphs)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               "<office:body><office:text>%s</office:text></office:body></office:document-content>" % (_ODF_NS, body))
    return _odf("application/vnd.oasis.opendocument.text", content)


def ods(name, rows):
    t = '<table:table table:name="%s">' % xesc(name)
    for row in rows:
        t += "<table:table-row>"
        for v in row:
            if isinstance(v, (int, float)):
                t += ('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p>'
                      "</table:table-cell>" % (v, v))
            else:
                t += '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(
                    "" if v is None else str(v))
        t += "</table:table-row>"
    t += "</table:table>"
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               "<office:body><office:spreadsheet>%s</office:spreadsheet></office:body>"
               "</office:document-content>" % (_ODF_NS, t))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", content)


def _pdfstr(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(lines, title=None):
    """A one- or multi-page PDF with Helvetica text; lines: list of str ('' = blank)."""
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)] or [[]]
    objs = []  # index 0 -> obj 1
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(None)  # pages, filled later
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for pg in pages:
        stream = b"BT /F1 10 Tf 13 TL 56 790 Td\n"
        for ln in pg:
            stream += b"(" + _pdfstr(ln) + b") Tj T*\n"
        stream += b"ET"
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_no = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_no)
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    if title:
        objs.append(b"<< /Title (" + _pdfstr(title) + b") /Producer (dev64 make_corpus) >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R" % (len(objs) + 1)
    if title:
        out += b" /Info %d 0 R" % len(objs)
    out += b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return out


MIME = {
    "pdf": ("application", "pdf"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "csv": ("text", "csv"),
    "ics": ("text", "calendar"),
    "zip": ("application", "zip"),
    "txt": ("text", "plain"),
    "jpg": ("image", "jpeg"),
}


def att(filename, data, mime=None, charset=None):
    """Attachment spec. data: bytes, or str (encoded with charset or utf-8)."""
    ext = filename.rsplit(".", 1)[-1].lower()
    maintype, subtype = (mime.split("/") if mime else MIME[ext])
    return {"filename": filename, "data": data, "maintype": maintype, "subtype": subtype, "charset": charset}


# ----------------------------------------------------------------- MIME
def build(n, label, lang, kind, reason, *, frm, to, subject, date, body=None, html=None,
          cc=None, reply_to=None, charset="utf-8", cte=None, atts=(), fwd=None, headers=None,
          flowed=False, msgid=None, in_reply_to=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid or "<d64-%04d.%s@%s>" % (n, date.split()[1] + date.split()[2] + date.split()[3],
                                                    frm.rsplit("@", 1)[-1].strip(">"))
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        m[k] = v
    if body is not None:
        kw = {"charset": charset}
        if cte:
            kw["cte"] = cte
        m.set_content(body, **kw)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset, cte=cte or "quoted-printable")
    for a in atts:
        data = a["data"]
        if isinstance(data, str):
            data = data.encode(a["charset"] or "utf-8")
        params = {}
        if a["maintype"] == "text":
            params["params"] = {"charset": a["charset"] or "utf-8"}
        m.add_attachment(data, maintype=a["maintype"], subtype=a["subtype"],
                         filename=a["filename"], cte="base64", **params)
    if fwd is not None:
        m.add_attachment(fwd)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary("=_d%s_%04d_%d_=" % (NN, n, i))
    fn = "d%s-%04d.eml" % (NN, n)
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(m.as_bytes(policy=policy.SMTP))
    assert "\t" not in reason and "\n" not in reason
    ROWS.append((fn, label, lang, kind, reason))


def inner(*, frm, to, subject, date, body, charset="utf-8", cc=None, atts=()):
    """A mail object to be forwarded as message/rfc822."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = "<orig.%s@%s>" % (re.sub(r"\W", "", date)[:18], frm.rsplit("@", 1)[-1].strip(">"))
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset=charset)
    for a in atts:
        data = a["data"] if isinstance(a["data"], bytes) else a["data"].encode(a["charset"] or "utf-8")
        m.add_attachment(data, maintype=a["maintype"], subtype=a["subtype"], filename=a["filename"])
    return m


# ====================================================================== mails
def m001():
    sterbe = pdf([
        "Standesamt Bad Arolsen",
        "",
        "STERBEURKUNDE",
        "(Auszug aus dem Sterberegister Nr. S 212/2026)",
        "",
        "Familienname: Hollerbach",
        "Vornamen: Gerd Wilhelm",
        "Tag und Ort der Geburt: 17.04.1958, Korbach",
        "Tag und Ort des Todes: 02.03.2026, Bad Arolsen",
        "Letzter Wohnsitz: Am Pfingstberg 9, 34454 Bad Arolsen",
        "Familienstand: verheiratet mit Ingrid Hollerbach geb. Schade",
        "",
        "Bad Arolsen, 05.03.2026",
        "Die Standesbeamtin",
    ], title="Sterbeurkunde Hollerbach")
    build(1, "STRICTLY_CONFIDENTIAL", "de", "relative",
          "daughter reports death of insured father under term life policy, death certificate PDF with birth date; life claim",
          frm="Nadine Hollerbach <nadine.hollerbach@gmx-post.example>",
          to="leben-leistung@falkenried.example",
          subject="Todesfall meines Vaters - Vertrag RL 4471902",
          date="Sat, 07 Mar 2026 21:14:08 +0100",
          body="""Sehr geehrte Damen und Herren,

leider muss ich Ihnen mitteilen, dass mein Vater Gerd Hollerbach am 02.03.2026 verstorben ist.
Er hatte bei Ihnen eine Risikolebensversicherung (Vertragsnummer RL 4471902), Bezugsberechtigte
ist meines Wissens meine Mutter Ingrid Hollerbach.

Meine Mutter ist im Moment nicht in der Lage, sich um den Schriftverkehr zu kümmern, deshalb
schreibe ich Ihnen. Eine Kopie der Sterbeurkunde hänge ich an. Den Originalversicherungsschein
suchen wir noch, er muss irgendwo in den Ordnern sein.

Was brauchen Sie noch von uns? Reicht eine Vollmacht meiner Mutter, damit Sie mit mir sprechen
dürfen?

Mit freundlichen Grüßen
Nadine Hollerbach
Tel. 0176 5521 0934
""",
          atts=[att("Sterbeurkunde_Hollerbach.pdf", sterbe)])


def m002():
    build(2, "NORMAL", "de", "internal",
          "trap: process instruction on information to relatives and authorised persons, no person or contract named",
          frm="Dr. Ruth Imhoff <ruth.imhoff@falkenried.example>",
          to="alle-leistung@falkenried.example",
          cc="datenschutz@falkenried.example",
          subject="Arbeitsanweisung AA-LS-17: Auskünfte an Angehörige, Betreuer und Bevollmächtigte (Neufassung)",
          date="Mon, 12 Jan 2026 08:02:41 +0100",
          body="""Liebe Kolleginnen und Kollegen,

ab 1. Februar gilt die überarbeitete Arbeitsanweisung AA-LS-17. Die wichtigsten Punkte:

1. Ehepartner, Kinder oder Eltern sind NICHT automatisch auskunftsberechtigt. Das gilt auch,
   wenn die anrufende Person alle Vertragsdaten kennt.
2. Auskunft nur bei
   a) schriftlicher Vollmacht bzw. Vorsorgevollmacht (Kopie reicht, Original bei Zweifeln),
   b) Betreuerausweis mit passendem Aufgabenkreis (Gesundheitssorge für Leistungsfragen in
      Kranken/Pflege, Vermögenssorge für Beitrags- und Zahlungsfragen),
   c) Erbschein oder notariellem Testament nach einem Todesfall.
3. Gesundheitsdaten gehen auch an Bevollmächtigte nur per Portal-Postfach oder Post,
   nie unverschlüsselt per E-Mail.
4. Minderjährige Versicherte ab 15 Jahren werden vor Auskünften an die Eltern in
   Leistungsfragen der Krankenversicherung angehört (siehe Abschnitt 4.3).
5. Die Vollmacht wird im Bestandssystem unter "Beteiligte > Vertreter" erfasst, Scan in die
   E-Akte, Dokumentart VOLL.

Die Schulungstermine (je 45 Min., Teams) schicken wir separat. Fragen gern an mich.

Viele Grüße
Ruth Imhoff
Datenschutzbeauftragte
Falkenried Versicherung AG | Wilhelmshöher Allee 212 | 34119 Kassel
""")


def m003():
    build(3, "CONFIDENTIAL", "de", "insurer-to-landlord",
          "landlord told that tenant is insured in private liability, policy and claim number, tenant's name; nobody hurt",
          frm="Sevgi Aydın <sevgi.aydin@falkenried.example>",
          to="Hausverwaltung Brüggemann <info@brueggemann-hv.example>",
          subject="AW: Wasserschaden Goethestr. 41, 2. OG links - Ihr Mieter Herr Yıldız",
          date="Wed, 14 Jan 2026 10:37:12 +0100",
          in_reply_to="<7c1e2b90-aa1f@brueggemann-hv.example>",
          body="""Sehr geehrte Frau Brüggemann,

vielen Dank für Ihre Nachricht. Ihr Mieter, Herr Emre Yıldız, hat den Schaden bei uns
bereits gemeldet; er ist bei uns privathaftpflichtversichert (Vertrag PHV-22 381 907).
Wir führen den Vorgang unter der Schadennummer S-2026-004118.

Damit wir den Schaden an der Decke der darunterliegenden Wohnung prüfen können, benötigen
wir bitte:
- den Kostenvoranschlag des Malerbetriebs,
- Fotos der Decke im 1. OG,
- die Angabe, ob die Gebäudeversicherung des Eigentümers bereits eingeschaltet ist.

Bitte beachten Sie: Schäden durch Leitungswasser an Gebäudeteilen trägt in der Regel
die Wohngebäudeversicherung; die Haftpflicht des Mieters kommt nur bei Verschulden in
Betracht (hier: vergessener Waschmaschinenschlauch).

Mit freundlichen Grüßen
Sevgi Aydın
Schaden Haftpflicht/Sach
Falkenried Versicherung AG
Tel. 0561 7790-4412

-----Ursprüngliche Nachricht-----
Von: Hausverwaltung Brüggemann <info@brueggemann-hv.example>
Gesendet: Dienstag, 13. Januar 2026 16:50
An: schaden@falkenried.example
Betreff: Wasserschaden Goethestr. 41

Sehr geehrte Damen und Herren,
in unserem Objekt Goethestr. 41 in Kassel ist am Wochenende aus der Wohnung unseres Mieters
Herrn Yıldız (2. OG links) Wasser in die darunterliegende Wohnung gelaufen. Herr Yıldız sagt,
er sei bei Ihnen versichert. Verletzt wurde niemand. Bitte teilen Sie uns den Ansprechpartner mit.

Mit freundlichen Grüßen
Petra Brüggemann
Hausverwaltung Brüggemann, Friedrich-Ebert-Str. 88, 34117 Kassel
""")


def m004():
    build(4, "STRICTLY_CONFIDENTIAL", "en", "employer",
          "HR reports workplace accident of named employee under group accident policy: fall, wrist fracture, hospital",
          frm="Claire Dunmore <c.dunmore@northgate-logistics.example>",
          to="group-accident@falkenried.example",
          subject="Accident notification - group policy GUV-880214 - employee M. Kowalczyk",
          date="Thu, 15 Jan 2026 13:05:55 +0000",
          body="""Dear Sir or Madam,

I am writing to notify you of an accident involving one of our employees, covered under our
group accident policy GUV-880214 (Northgate Logistics GmbH, Kassel site).

Employee: Marek Kowalczyk, warehouse operative, employee no. 40117
Date/time: 13 January 2026, approx. 06:40
What happened: Mr Kowalczyk fell from a step ladder (approx. 1.5 m) while relabelling racking
in aisle 14. He landed on his outstretched right hand.
Injuries: He was taken to Klinikum Kassel by ambulance. According to his wife, who phoned us
yesterday, the wrist is broken in two places and he was operated on the same evening (plate).
He is expected to be off work for at least 8 weeks.

The statutory accident report to the Berufsgenossenschaft has been filed separately. Please let
me know which forms you need from us and whether Mr Kowalczyk should contact you directly.

Kind regards,
Claire Dunmore
HR Business Partner
Northgate Logistics GmbH | Sandershäuser Str. 3 | 34123 Kassel
""")


def m005():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#2c5f2d">Falkenried Familienbrief &ndash; English edition, February 2026</h2>
<h3>Looking after mum and dad: five insurance questions families ask us</h3>
<ol>
<li><b>Can I talk to the insurer on my parent's behalf?</b> Only with a power of attorney
or as a court-appointed deputy/guardian. Send us a copy once &ndash; we keep it on file.</li>
<li><b>Who pays if dad's care needs grow?</b> Statutory long-term care insurance covers part
of the cost; a private care top-up (Pflegetagegeld) pays a fixed daily amount per care grade.</li>
<li><b>What happens to the household contents policy when a parent moves into a care home?</b>
It can usually be continued for the remaining flat or cancelled with one month's notice.</li>
<li><b>Is a relative who helps at home covered by liability insurance?</b> Mostly yes, through
the family's own personal liability policy &ndash; check the wording.</li>
<li><b>Where are the documents?</b> Our tip: one folder, one list, one trusted person.</li>
</ol>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Care grade</th><th>Typical monthly gap (home care)*</th></tr>
<tr><td>2</td><td>EUR 350 &ndash; 600</td></tr>
<tr><td>3</td><td>EUR 700 &ndash; 1,100</td></tr>
<tr><td>4</td><td>EUR 1,200 &ndash; 1,800</td></tr>
<tr><td>5</td><td>EUR 1,600 &ndash; 2,400</td></tr>
</table>
<p style="font-size:11px">* Illustrative ranges from published market studies, not an offer.
You receive this newsletter because you subscribed at www.falkenried.example/newsletter.
<a href="https://www.falkenried.example/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    text = """Falkenried Familienbrief - English edition, February 2026

LOOKING AFTER MUM AND DAD: FIVE INSURANCE QUESTIONS FAMILIES ASK US

1. Can I talk to the insurer on my parent's behalf? Only with a power of attorney or as a
   court-appointed deputy/guardian. Send us a copy once - we keep it on file.
2. Who pays if dad's care needs grow? Statutory long-term care insurance covers part of the
   cost; a private care top-up (Pflegetagegeld) pays a fixed daily amount per care grade.
3. What happens to the household contents policy when a parent moves into a care home?
   It can usually be continued or cancelled with one month's notice.
4. Is a relative who helps at home covered by liability insurance? Mostly yes.
5. Where are the documents? One folder, one list, one trusted person.

Typical monthly gap for home care by care grade (illustrative): 2: EUR 350-600,
3: EUR 700-1,100, 4: EUR 1,200-1,800, 5: EUR 1,600-2,400.

Unsubscribe: https://www.falkenried.example/unsubscribe
"""
    build(5, "NORMAL", "en", "newsletter",
          "trap: newsletter about caring for parents, care grades and cost ranges, no individual",
          frm="Falkenried Familienbrief <newsletter@falkenried.example>",
          to="subscribers-en@lists.falkenried.example",
          subject="Looking after mum and dad - five questions families ask",
          date="Tue, 03 Feb 2026 07:30:00 +0100",
          body=text, html=html, headers={"List-Unsubscribe": "<https://www.falkenried.example/unsubscribe>"})


def m006():
    build(6, "CONFIDENTIAL", "de", "relative",
          "son with power of attorney changes bank account for mother's household contents policy: IBAN, policy number, birth date",
          frm="Jörg Tiedemann <joerg.tiedemann@posteo-mail.example>",
          to="kundenservice@falkenried.example",
          subject="Kontoänderung Hausratversicherung meiner Mutter",
          date="Fri, 16 Jan 2026 18:22:10 +0100",
          flowed=True,
          cte="8bit",
          body="""Guten Tag,

ich habe für meine Mutter, Frau Hildegard Tiedemann (geb. 23.09.1941), eine
Vorsorgevollmacht, die Ihnen seit letztem Jahr vorliegt. Bitte buchen Sie den
Beitrag für ihre Hausratversicherung HR-2231-0097 ab sofort von folgendem Konto ab:

Kontoinhaberin: Hildegard Tiedemann
IBAN: DE14 2005 0550 1128 8400 93
Bank: Hamburger Sparkasse

Das alte Konto bei der Postbank wird zum 31.01. aufgelöst.
Eine kurze Bestätigung an mich wäre nett.

Danke und Gruß
Jörg Tiedemann
Lerchenfeld 4a, 22081 Hamburg
""")


def m007():
    bescheid = pdf([
        "Medicproof Gutachtenstelle Nord (Muster-Träger)          Az. PG-26-118733",
        "",
        "Ergebnis der Begutachtung zur Feststellung der Pflegebedürftigkeit",
        "",
        "Versicherte Person: Irmgard Wessolek, geb. 11.02.1936",
        "Anschrift: Seniorenresidenz Am Auepark, Zi. 214, Frankfurter Str. 60, 34121 Kassel",
        "Begutachtung am: 19.01.2026 (Hausbesuch)",
        "",
        "Modul 1 Mobilität: 7,5 gewichtete Punkte",
        "Modul 2/3 Kognition/Verhalten: 15 gewichtete Punkte",
        "Modul 4 Selbstversorgung: 20 gewichtete Punkte",
        "Modul 5 Umgang mit krankheitsbedingten Anforderungen: 10 gewichtete Punkte",
        "Modul 6 Alltagsleben: 11,25 gewichtete Punkte",
        "Gesamtpunktzahl: 63,75",
        "",
        "Ergebnis: Pflegegrad 3 ab 01.12.2025",
        "Pflegebegründende Diagnosen: F01.3 gemischte vaskuläre Demenz, I69.4 Folgen Schlaganfall",
        "Empfehlung: Rollator, Toilettensitzerhöhung, Überprüfung in 24 Monaten",
    ], title="Begutachtung Wessolek")
    build(7, "STRICTLY_CONFIDENTIAL", "de", "guardian",
          "harmless body; care assessment only in PDF attachment: care grade 3, dementia ICD F01.3, birth date of ward",
          frm="Frank Ostendorf Berufsbetreuer <buero@betreuung-ostendorf.example>",
          to="pflege@falkenried.example",
          subject="Unterlagen Fr. W. / Ihr Zeichen PT-9920417",
          date="Tue, 27 Jan 2026 11:48:33 +0100",
          body="""Sehr geehrte Damen und Herren,

wie am Telefon mit Frau Demir besprochen übersende ich anbei die angeforderte Unterlage
zu Ihrem Zeichen PT-9920417. Die Bestellungsurkunde liegt Ihnen bereits vor.

Mit freundlichen Grüßen

Frank Ostendorf
Berufsbetreuer
Kölnische Str. 118 | 34119 Kassel | Tel. 0561 93 88 71-0
""",
          atts=[att("Scan_20260127_1142.pdf", bescheid)])


def m008():
    build(8, "NORMAL", "de", "internal",
          "trap: colleague absent without reason, substitute named; organisational only",
          frm="Tobias Wendland <tobias.wendland@falkenried.example>",
          to="team-kfz-schaden@falkenried.example",
          subject="Fr. Kessler bis Freitag nicht im Haus",
          date="Mon, 19 Jan 2026 07:51:02 +0100",
          body="""Moin zusammen,

Anja Kessler ist bis einschließlich Freitag nicht im Haus. Ihre offenen Vorgänge Buchstaben
K-M übernimmt bitte Lars Lutz, Rückrufe bitte über die Teamnummer -4400.
Die Teamrunde am Mittwoch findet trotzdem statt, Raum 3.14.

Danke euch!
Tobias
""")


def m009():
    build(9, "STRICTLY_CONFIDENTIAL", "en", "relative",
          "wife reports husband in hospital abroad under travel health policy: suspected stroke, ICU, repatriation question",
          frm="Gill Ashworth <gill.ashworth@btmail.example>",
          to="assistance@falkenried.example",
          subject="URGENT husband in hospital in Faro - policy TRV 55 0193 22",
          date="Sun, 25 Jan 2026 02:47:19 +0000",
          body="""Hello

My husband Derek Ashworth (DOB 14/06/1953) collapsed at our hotel in Albufeira last night and
was taken to the Hospital de Faro. The doctors think its a stroke, he cant move his left side
properly and hes on the intensive care ward. Our travel insurance is with you, policy TRV 55 0193 22,
through his employers pension scheme i think.

I dont speak Portuguese and nobody has told me what happens next. Can he be flown home to
Germany? We live in Göttingen. Please call me on +49 151 2280 4417 any time

Gill Ashworth

Sent from my iPhone
""")


def m010():
    build(10, "CONFIDENTIAL", "en", "insurer-to-lawyer",
          "estate lawyer: household policy of deceased ended, premium refund to estate account IBAN; death without cause in non-personal line",
          frm="Henrike Sallmann <henrike.sallmann@falkenried.example>",
          to="Dr. Oliver Prentice <prentice@prentice-hahn-law.example>",
          subject="Your ref. PH/2026/0311 - estate of the late Mr Alan Whitcombe - household contents policy HR-1907-5521",
          date="Tue, 20 Jan 2026 15:12:40 +0100",
          body="""Dear Dr Prentice,

thank you for your letter of 9 January 2026 and the copy of the certificate of inheritance.

As requested, we have cancelled the household contents policy HR-1907-5521 of the late
Mr Alan Whitcombe (Kassel, Luisenstr. 17) with effect from the date of death, 28 December 2025.
The unused premium of EUR 48.17 for the period 29/12/2025 - 31/03/2026 will be refunded to the
estate account you gave us:

  Account holder: Nachlass Alan Whitcombe, c/o Prentice Hahn Rechtsanwälte
  IBAN DE39 5001 0517 3300 4719 26

No claims are open under this policy. Please let us know if the heirs wish to continue the
personal liability policy, which currently also covers Mrs Whitcombe; otherwise it will be
transferred to her name at the next renewal.

Kind regards
Henrike Sallmann
Customer Service | Falkenried Versicherung AG
""")


def m011():
    vorlage = docx([
        "# Vorlage KOND-01 – Schreiben an Hinterbliebene (Lebensversicherung)",
        "Stand 01/2026 – Felder in «» werden vom Textsystem befüllt. Nicht manuell ändern.",
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «Hausnummer»",
        "«PLZ» «Ort»",
        "Ihr Zeichen: «Zeichen»   Vertrag: «Vertragsnummer»   Datum: «Datum»",
        "# Todesfall von «Anrede_VN» «Name_VN»",
        "«Briefanrede»,",
        "zum Tod von «Name_VN» sprechen wir Ihnen unser aufrichtiges Beileid aus.",
        "Damit wir die Versicherungsleistung zügig auszahlen können, benötigen wir:",
        "– die Sterbeurkunde (Kopie genügt),",
        "– den Versicherungsschein im Original oder eine Verlusterklärung,",
        "– «Optional: ärztliche Bescheinigung zur Todesursache, nur bei Vertragsdauer < 3 Jahre»,",
        "– Ihre Bankverbindung (IBAN) für die Auszahlung.",
        "Für Rückfragen erreichen Sie «Sachbearbeiter» unter «Durchwahl».",
        "Mit freundlichen Grüßen",
        "Falkenried Lebensversicherung AG",
    ])
    build(11, "NORMAL", "de", "internal",
          "trap: condolence letter template with placeholders only (DOCX), no real person",
          frm="Malte Kerkhoff <malte.kerkhoff@falkenried.example>",
          to="Textsysteme <textsysteme@falkenried.example>",
          subject="Neue Vorlage KOND-01 zur Freigabe",
          date="Wed, 21 Jan 2026 09:14:27 +0100",
          body="""Hallo Textsysteme-Team,

anbei die überarbeitete Vorlage KOND-01 für die Schreiben an Hinterbliebene. Geändert haben wir
nur den Absatz zur Todesursache (jetzt optional und nur bei kurzer Vertragsdauer) und die
Formulierung zur Bankverbindung.

Könnt ihr die Vorlage bis Ende des Monats in die Testumgebung einspielen? Fachliche Abnahme
machen Frau Oberländer und ich.

Danke & Gruß
Malte Kerkhoff
Leben – Leistung, Gruppenleitung
""",
          atts=[att("KOND-01_Hinterbliebene_v3.docx", vorlage)])


def m012():
    build(12, "STRICTLY_CONFIDENTIAL", "de", "teacher",
          "teacher on school trip reports pupil hospitalised with appendicitis abroad under group travel health cover",
          frm="StR Benedikt Raabe <raabe@engelsburg-gymnasium.example>",
          to="reise-notfall@falkenried.example",
          cc="sekretariat@engelsburg-gymnasium.example",
          subject="Klassenfahrt Prag 9b - Schülerin im Krankenhaus - Gruppenvertrag GRV-2026-0412",
          date="Wed, 11 Mar 2026 23:09:51 +0100",
          body="""Sehr geehrte Damen und Herren,

ich bin Klassenlehrer der 9b des Engelsburg-Gymnasiums Kassel und befinde mich mit 24 Schülern
auf Klassenfahrt in Prag (Gruppenreiseversicherung GRV-2026-0412, über das Reisebüro Weltenbummler).

Unsere Schülerin Lina Marquardt (14) hatte seit heute Mittag starke Bauchschmerzen und Fieber.
Sie wurde um 20 Uhr ins Krankenhaus Na Homolce gebracht, dort wurde eine akute Blinddarmentzündung
festgestellt, sie wird heute Nacht noch operiert. Die Mutter, Frau Sabine Marquardt, ist informiert
und reist morgen nach.

Das Krankenhaus möchte eine Kostenübernahmeerklärung. Bitte melden Sie sich bei mir unter
+49 160 9947 2103 oder direkt bei der Aufnahme (+420 257 27 0000).

Mit freundlichen Grüßen
Benedikt Raabe
""")


def m013():
    build(13, "CONFIDENTIAL", "de", "neighbour",
          "neighbour claims against named neighbours' private liability policy (tree fell on carport), policy number; nobody hurt",
          frm="Rüdiger Pfannkuch <r.pfannkuch@t-online-mail.example>",
          to="schaden@falkenried.example",
          subject="Schaden durch Baum vom Nachbargrundstück / Versicherung Fam. Sommerfeld",
          date="Fri, 06 Feb 2026 08:40:03 +0100",
          cte="8bit",
          body="""Sehr geehrte Damen und Herren,

beim Sturm in der Nacht zum Donnerstag ist eine Fichte vom Grundstück meiner Nachbarn, Eheleute
Kai und Melanie Sommerfeld, Am Hang 12, 34233 Fuldatal, auf meinen Carport gefallen. Das Dach
ist eingedrückt, mein Auto (KS-RP 418) hat Dellen auf Motorhaube und Dach. Verletzt wurde zum
Glück niemand.

Herr Sommerfeld hat mir gesagt, er sei bei Ihnen haftpflichtversichert, Nummer PH 7 112 093,
und ich solle mich direkt an Sie wenden. Die Fichte war schon länger krank, das hatte ich
beiden im Herbst auch gesagt.

Fotos und einen Kostenvoranschlag der Zimmerei Heinemeyer kann ich nachreichen.

Mit freundlichen Grüßen
Rüdiger Pfannkuch
Am Hang 10, 34233 Fuldatal
""")


def m014():
    build(14, "NORMAL", "en", "insurer-to-supplier",
          "trap: job ad for bereavement/third-party desk sent to recruitment agency; health, death, carer words but no person",
          frm="Carla Vosskuhl <carla.vosskuhl@falkenried.example>",
          to="Priya Lang <priya.lang@talentbridge-recruiting.example>",
          subject="Job ad for posting: Claims Handler (m/f/d) - Bereavement & Third-Party Desk",
          date="Thu, 22 Jan 2026 14:30:12 +0100",
          body="""Hi Priya,

as discussed, here is the final text. Please post on your usual boards from Monday.

----------------------------------------------------------------
Claims Handler (m/f/d) - Bereavement & Third-Party Desk, Kassel, full time
----------------------------------------------------------------
Every week, hundreds of people contact us not about themselves but about someone they love:
a daughter whose father has died, a husband whose wife now needs care, a court-appointed
guardian sorting out a client's affairs. Our new desk gives them one contact person.

What you will do
- handle life insurance death claims and care-insurance applications made by relatives
- check powers of attorney, guardianship papers and certificates of inheritance
- explain what happens next, in plain language, by phone and in writing
- work closely with our medical advisers and the data protection team

What you bring
- training as Kaufmann/-frau für Versicherungen und Finanzanlagen or similar
- experience in claims, ideally life or long-term care
- calm, empathy, and German at C1 level; English is a plus

We offer 30 days' holiday, hybrid work, company pension and a supervision programme
for staff who deal with bereavement every day.
----------------------------------------------------------------

Salary band is E9-E10 of the collective agreement; please don't publish it.

Thanks,
Carla Vosskuhl
HR Recruiting, Falkenried Versicherung AG
""")


def m015():
    build(15, "STRICTLY_CONFIDENTIAL", "de", "internal",
          "phone note: wife of insured reports his depression F32.2 and day clinic, income protection claim",
          frm="Pieter de Groot <pieter.degroot@falkenried.example>",
          to="bu-leistung@falkenried.example",
          subject="Telefonnotiz BU 30-118 442-7 (Ehefrau)",
          date="Thu, 22 Jan 2026 16:58:40 +0100",
          body="""Telefonnotiz, 22.01.26, 16:35 Uhr

Anruferin: Frau Katrin Vogelsang, Ehefrau des VN/VP Stefan Vogelsang, BU 30-118 442-7.
Vollmacht: liegt NICHT vor -> keine Auskünfte zum Vertrag gegeben, nur zugehört.

Inhalt: Ihr Mann sei seit Oktober krankgeschrieben, Diagnose laut Frau V. schwere depressive
Episode (F32.2), seit 12.01. in der Tagesklinik des Klinikums Ludwig-Noll. Er sei selbst nicht
in der Lage zu telefonieren. Sie fragt, ob und wie BU-Leistungen beantragt werden können und
ob die Beiträge während der Prüfung weiterlaufen.

Vereinbart: Leistungsantrag + Vollmachtsformular gehen per Post an den VN. Rückruf durch
Sachbearbeitung BU erst nach Eingang Vollmacht.

P. de Groot
""")


def m016():
    build(16, "CONFIDENTIAL", "en", "colleague",
          "colleague sends motor claim details of a named co-worker: claim number, plate, third-party car; nobody injured",
          frm="Tom Halvorsen <tom.halvorsen@brightlane-software.example>",
          to="motor-claims@falkenried.example",
          subject="Claim KF-2026-018844 - info on behalf of my colleague Julia Brandes",
          date="Mon, 26 Jan 2026 12:03:17 +0100",
          body="""Hello,

my colleague Julia Brandes is on a business trip to Singapore until 6 Feb and asked me to pass
on the information you requested for her claim KF-2026-018844 (her car, reg. KS-JB 2207,
VW Golf, was hit while parked in our office car park on 21 Jan).

- Other vehicle: grey Skoda Octavia, reg. HMÜ-TK 93, driver left a note with his name
  (Timo Kranz) and phone number, photo of the note attached to her first email
- Witness: our receptionist, Ms Ayşe Karaca, saw it from the window
- Nobody was in the car, nobody was hurt
- Damage: rear bumper and tailgate, she has an appointment at Autohaus Glinicke on 9 Feb

Julia says you can call her on her mobile, but with the time difference email is better.

Best regards
Tom Halvorsen
Team Lead QA | Brightlane Software GmbH
""")


def m017():
    wb = xlsx([
        ("Übersicht 2025", [
            ["Leistungsfälle mit Vertretung durch Dritte, Geschäftsjahr 2025", None, None, None, None],
            ["Sparte", "Fälle gesamt", "davon Vollmacht", "davon Betreuung", "davon Erben/Nachlass"],
            ["Leben (Tod)", 1184, 102, 41, 1041],
            ["BU", 2270, 388, 95, 0],
            ["Pflege", 4912, 2604, 1377, 0],
            ["Kranken Vollversicherung", 61850, 3120, 1012, 214],
            ["Unfall", 3015, 211, 37, 88],
            ["Hausrat/Haftpflicht", 22480, 640, 158, 522],
            ["Summe", 95711, 7065, 2720, 1865],
            ["Quelle: Bestandssystem, Auswertung Beteiligtenrolle 'Vertreter', Stand 15.01.2026", None, None, None, None],
        ]),
        ("Dauer", [
            ["Median Bearbeitungsdauer (Tage)", "mit Vertreter", "ohne Vertreter"],
            ["Leben (Tod)", 19, 14],
            ["Pflege", 31, 22],
            ["BU", 94, 81],
        ]),
    ])
    build(17, "NORMAL", "de", "internal",
          "trap: aggregated statistics on claims handled via relatives/guardians/heirs per line (XLSX), no individuals",
          frm="Nils Hartung <nils.hartung@falkenried.example>",
          to="Dr. Ruth Imhoff <ruth.imhoff@falkenried.example>",
          cc="Malte Kerkhoff <malte.kerkhoff@falkenried.example>",
          subject="Auswertung Vertreter-Fälle 2025 für das Angehörigen-Projekt",
          date="Fri, 23 Jan 2026 10:20:45 +0100",
          body="""Hallo Frau Imhoff,

anbei die gewünschte Auswertung. Nur Fallzahlen und Mediane, keine Einzelfälle.
Auffällig: in der Pflege läuft mehr als die Hälfte der Fälle über Bevollmächtigte oder Betreuer,
und die Bearbeitung dauert dort im Median neun Tage länger.

Gruß
Nils Hartung
Controlling Leistung
""",
          atts=[att("Vertreterfaelle_2025.xlsx", wb)])


def m018():
    build(18, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
          "reply to son about mother's private care claim; requests GP report; quoted mail mentions Alzheimer's and falls",
          frm="Aylin Demir <aylin.demir@falkenried.example>",
          to="Michael Reuter <mreuter@northmail.example>",
          subject="RE: my mother Elfriede Reuter - care insurance PT-7718203",
          date="Wed, 28 Jan 2026 11:02:09 +0100",
          in_reply_to="<CAF8x1Qn@northmail.example>",
          body="""Dear Mr Reuter,

thank you for your email and for sending the power of attorney, which we have now registered
for your mother's care policy PT-7718203.

To assess the claim we need a current report from her GP. Please ask Dr. Lindqvist to complete
the enclosed form "Ärztlicher Befundbericht Pflege" and return it to us directly; the cost of the
report is covered by us. We will then arrange the home assessment by our medical service, which
usually takes place within four weeks.

Kind regards
Aylin Demir
Long-term care claims | Falkenried Krankenversicherung AG

> From: Michael Reuter <mreuter@northmail.example>
> Sent: 26 January 2026 20:41
> Subject: my mother Elfriede Reuter - care insurance PT-7718203
>
> Hello, I live in Edinburgh and my mother lives alone in Baunatal. She was diagnosed with
> Alzheimer's last spring and since Christmas she has fallen twice, once she was on the floor
> all night. The neighbours look in but she now needs help washing and dressing. Her GP is
> Dr. Lindqvist in Baunatal. What do I need to do to claim from her care insurance? I attach
> the power of attorney she signed in 2021.
> Michael
""")


def m019():
    bescheinigung = pdf([
        "Stadtwerke Lossetal GmbH - Personalabteilung",
        "Hafenstraße 4, 34125 Kassel",
        "",
        "Verdienstbescheinigung zur Vorlage beim Mietkautionsversicherer",
        "",
        "Hiermit bestätigen wir, dass Herr Dennis Albrecht, geb. 30.06.1994,",
        "seit dem 01.08.2019 unbefristet als Elektroniker für Betriebstechnik",
        "bei uns beschäftigt ist. Das Arbeitsverhältnis ist ungekündigt.",
        "",
        "Monatliches Bruttogehalt (TVöD-V E8, Stufe 4): 3.874,52 EUR",
        "Durchschnittliches Nettogehalt der letzten drei Monate: 2.611,09 EUR",
        "",
        "Kassel, 28.01.2026",
        "i. A. Miriam Stöcker, Personalsachbearbeitung",
    ])
    build(19, "CONFIDENTIAL", "de", "employer",
          "employer sends salary certificate of named employee with birth date for rent deposit guarantee (PDF); income",
          frm="Miriam Stöcker <m.stoecker@stadtwerke-lossetal.example>",
          to="mietkaution@falkenried.example",
          subject="Verdienstbescheinigung Hr. Albrecht - Antrag MK-26-00871",
          date="Wed, 28 Jan 2026 13:55:00 +0100",
          body="""Sehr geehrte Damen und Herren,

auf Wunsch unseres Mitarbeiters, Herrn Dennis Albrecht, übersenden wir Ihnen die
Verdienstbescheinigung für seinen Antrag auf eine Mietkautionsbürgschaft (Ihr Zeichen MK-26-00871).

Freundliche Grüße
i. A. Miriam Stöcker
Personalabteilung
Stadtwerke Lossetal GmbH

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat
sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht.
""",
          atts=[att("Verdienstbescheinigung_Albrecht.pdf", bescheinigung)])


def m020():
    formular = odt([
        "Falkenried Versicherung AG – Formular V-12",
        "Vollmacht zur Auskunft und Vertretung gegenüber der Falkenried Versicherung AG",
        "",
        "Vollmachtgeber/in: Name ____________________  Vorname ____________________",
        "Geburtsdatum ____________  Anschrift ______________________________________",
        "",
        "Bevollmächtigte/r: Name ____________________  Vorname ____________________",
        "Verhältnis zur/zum Vollmachtgeber/in (z. B. Tochter, Nachbar): ______________",
        "",
        "Umfang (bitte ankreuzen):",
        "[ ] Auskünfte zu Verträgen und Beiträgen",
        "[ ] Meldung und Abwicklung von Schäden und Leistungsfällen",
        "[ ] Auskünfte über Gesundheitsdaten (Kranken-, Pflege-, Lebens-, Unfall-, BU-Versicherung)",
        "    – hierzu ist zusätzlich die Schweigepflichtentbindung S-3 erforderlich",
        "[ ] Vertragsänderungen und Kündigungen",
        "",
        "Ort, Datum ____________________  Unterschrift Vollmachtgeber/in ____________________",
    ])
    build(20, "NORMAL", "de", "insurer-to-relative",
          "trap: blank power-of-attorney form sent in answer to a general question, no contract or person data",
          frm="Henrike Sallmann <henrike.sallmann@falkenried.example>",
          to="l.brauckmann@webpost.example",
          subject="Ihre Anfrage: Vollmacht für Angehörige",
          date="Thu, 29 Jan 2026 09:41:18 +0100",
          body="""Guten Tag Frau Brauckmann,

vielen Dank für Ihre Frage, wie Angehörige bei uns künftig Auskünfte erhalten können.

Anbei finden Sie unser Formular V-12 (Vollmacht). Es kann von jeder Kundin und jedem Kunden
ausgefüllt werden; bitte senden Sie es unterschrieben per Post oder über das Kundenportal zurück.
Eine notarielle Vorsorgevollmacht erkennen wir ebenfalls an, dann genügt eine Kopie.

Falls es auch um Gesundheitsdaten gehen soll, ist zusätzlich die Schweigepflichtentbindung
S-3 nötig. Die finden Sie unter www.falkenried.example/formulare.

Freundliche Grüße
Henrike Sallmann
Kundenservice
""",
          atts=[att("Formular_V-12_Vollmacht.odt", formular)])


def m021():
    build(21, "STRICTLY_CONFIDENTIAL", "de", "lawyer",
          "lawyer of injured cyclist claims against our motor policyholder: fractures, hospital stay, pain and suffering",
          frm="Kanzlei Thielmann & Roos <sekretariat@thielmann-roos.example>",
          to="kfz-schaden@falkenried.example",
          subject="Unser Az. 26/0148 TR - Verkehrsunfall vom 09.12.2025 - Ihr VN Herr Bastian Krug, KS-BK 771",
          date="Mon, 02 Feb 2026 10:11:56 +0100",
          cte="8bit",
          body="""Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Frau Johanna Lüders, Wolfhager Str. 201, 34127 Kassel, vertreten.
Vollmacht anbei in Kopie.

Ihr Versicherungsnehmer, Herr Bastian Krug, hat am 09.12.2025 gegen 17:20 Uhr beim Abbiegen
in die Holländische Straße unsere Mandantin, die auf dem Radweg fuhr, erfasst. Die Haftung
ist nach Aktenlage eindeutig.

Unsere Mandantin erlitt eine distale Radiusfraktur links (S52.5) sowie eine Gehirnerschütterung
(S06.0) und wurde vom 09.12. bis 13.12.2025 im Klinikum Kassel stationär behandelt. Die Fraktur
wurde operativ versorgt. Sie war bis 30.01.2026 arbeitsunfähig und befindet sich weiterhin in
physiotherapeutischer Behandlung.

Wir beziffern vorläufig:
- Schmerzensgeld: 6.500,00 EUR
- Verdienstausfall (Nettolohndifferenz Dez./Jan.): 1.184,30 EUR
- Fahrrad (Gutachten folgt), Kleidung, Helm: 1.420,00 EUR
- Zuzahlungen/Fahrtkosten: 96,50 EUR

Wir bitten um Anerkenntnis dem Grunde nach bis zum 16.02.2026.

Mit freundlichen Grüßen
Dr. Sina Thielmann
Rechtsanwältin
""")


def m022():
    build(22, "CONFIDENTIAL", "en", "landlord",
          "landlord claims under tenant's rent deposit guarantee: tenant name, guarantee number, rent arrears amount",
          frm="Richard Osei-Bonsu <r.oseibonsu@oseibonsu-property.example>",
          to="mietkaution@falkenried.example",
          subject="Claim under rent deposit guarantee MK-24-03317 (tenant Ms Larissa Penner)",
          date="Tue, 03 Feb 2026 17:26:31 +0100",
          body="""Dear Sirs,

I am the landlord of the flat at Kölnische Straße 52, 3rd floor right, 34117 Kassel. The tenant,
Ms Larissa Penner, provided your rent deposit guarantee no. MK-24-03317 for EUR 2,250.00 instead
of a cash deposit.

The tenancy ended on 31 December 2025. Ms Penner moved out without paying the rent for November
and December 2025 (2 x EUR 750.00 = EUR 1,500.00) and left damage to the kitchen worktop which
my contractor estimates at EUR 430.00. She has not responded to my letters of 8 and 22 January.

I therefore claim EUR 1,930.00 under the guarantee. Copies of the tenancy agreement, the
handover protocol and my reminders can be sent on request. Payment please to my account with
Kasseler Sparkasse, which you have on file from the original guarantee.

Yours faithfully
Richard Osei-Bonsu
""")


def m023():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Falkenried//Outlook Export//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:20260210T090000-proxyproject@falkenried.example
DTSTAMP:20260204T081500Z
DTSTART;TZID=Europe/Berlin:20260210T090000
DTEND;TZID=Europe/Berlin:20260210T103000
SUMMARY:Kick-off: third-party authorisations in the customer portal
LOCATION:Teams / room 5.02
ORGANIZER;CN=Fiona McAllister:mailto:fiona.mcallister@falkenried.example
ATTENDEE;CN=Ruth Imhoff:mailto:ruth.imhoff@falkenried.example
ATTENDEE;CN=Ole Brinkmann:mailto:ole.brinkmann@falkenried.example
ATTENDEE;CN=Henrike Sallmann:mailto:henrike.sallmann@falkenried.example
DESCRIPTION:Agenda: 1) user stories 2) legal basis 3) portal roles 4) plan
END:VEVENT
END:VCALENDAR
"""
    build(23, "NORMAL", "en", "internal",
          "trap: project kick-off invitation for relatives' portal access with fictitious persona 'Jane Doe (fictitious)', no real data",
          frm="Fiona McAllister <fiona.mcallister@falkenried.example>",
          to="ruth.imhoff@falkenried.example, ole.brinkmann@falkenried.example, henrike.sallmann@falkenried.example",
          subject="Kick-off: third-party authorisations in the customer portal (10 Feb)",
          date="Wed, 04 Feb 2026 09:15:00 +0100",
          body="""Hi all,

invitation attached. To make the discussion concrete I've written three user stories. All
persons are invented:

1. "Jane Doe (fictitious), 52, holds a lasting power of attorney for her father, who has a
   care policy with us. She wants to upload invoices from the care service and see when they
   are reimbursed - but not his medical reports."
2. "A professional guardian manages 40 clients. He needs one login, not 40, and must see
   only the clients for whom his court order covers financial matters."
3. "A neighbour reports a burst pipe in a flat whose tenant is in hospital. We need a way to
   accept the report without giving him any access at all."

Please think about which data each role may see. Ruth, could you bring the legal basis
slides from the DPO training?

Thanks
Fiona
--
Fiona McAllister | Product Owner Customer Portal | Falkenried Versicherung AG
""",
          atts=[att("invite.ics", ics)])


def m024():
    csv = """Leistungsnachweis Februar 2026;;;;;
Pflegedienst Sonnenhof ambulant GmbH, IK 461234567;;;;;
Versicherte: Gertrud Mahlmann, geb. 05.05.1939, Pflegegrad 2, Vers.-Nr. PP-3318207;;;;;
Datum;Leistungskomplex;Bezeichnung;Anzahl;Einzelpreis;Betrag
03.02.2026;LK 1;Kleine Morgentoilette;1;24,17;24,17
03.02.2026;LK 12;Medikamentengabe (Ramipril 5 mg, Metformin 1000 mg);1;8,90;8,90
05.02.2026;LK 1;Kleine Morgentoilette;1;24,17;24,17
05.02.2026;LK 31;Kompressionsstrümpfe anziehen Kl. 2;1;9,65;9,65
10.02.2026;LK 2;Große Morgentoilette inkl. Baden;1;36,20;36,20
10.02.2026;LK 12;Medikamentengabe;1;8,90;8,90
12.02.2026;LK 15;Blutzuckermessung;1;6,40;6,40
;;;;Summe;118,39
"""
    build(24, "STRICTLY_CONFIDENTIAL", "de", "carer",
          "home care service sends care invoice CSV for named insured: care grade, medicines, birth date; body harmless",
          frm="Abrechnung Sonnenhof <abrechnung@sonnenhof-pflege.example>",
          to="pflege-rechnungen@falkenried.example",
          subject="Abrechnung 02/2026 - Kd.-Nr. 1187",
          date="Mon, 02 Mar 2026 07:12:44 +0100",
          body="""Guten Morgen,

anbei die Abrechnung für Februar zur Direktabrechnung, wie mit den Angehörigen vereinbart.
Abtretungserklärung liegt Ihnen vor.

Mit freundlichem Gruß
Sonja Riemenschneider
Verwaltung / Abrechnung
Pflegedienst Sonnenhof ambulant GmbH
""",
          atts=[att("LN_2026-02_1187.csv", csv, mime="text/csv", charset="windows-1252")])


def m025():
    build(25, "NORMAL", "de", "newsletter",
          "trap: press release about relatives' hotline with aggregate figures (care, death claims), no individual",
          frm="Presse Falkenried <presse@falkenried.example>",
          to="verteiler-presse@lists.falkenried.example",
          subject="Pressemitteilung: Falkenried startet Hotline für Angehörige und Betreuer",
          date="Tue, 10 Feb 2026 10:00:00 +0100",
          body="""PRESSEMITTEILUNG

Falkenried startet Hotline für Angehörige und Betreuer

Kassel, 10. Februar 2026. Ab dem 1. März erreichen Angehörige, Bevollmächtigte und rechtliche
Betreuer von Falkenried-Kundinnen und -Kunden ein eigenes Team unter 0561 7790-5000.

"Wenn der Vater stirbt oder die Mutter pflegebedürftig wird, haben Familien andere Sorgen als
Vertragsnummern", sagt Vorständin Dr. Beate Lohmeyer. Im vergangenen Jahr wurden bei Falkenried
mehr als die Hälfte aller Pflegeanträge von Dritten gestellt, bei Todesfällen in der
Lebensversicherung fast alle.

Das neue Team ist montags bis freitags von 8 bis 19 Uhr erreichbar, prüft Vollmachten und
Betreuerausweise und begleitet den Fall bis zur Auszahlung. Gesundheitsdaten werden dabei nur
über das gesicherte Kundenportal oder per Post ausgetauscht.

Über Falkenried: Die Falkenried Versicherung AG mit Sitz in Kassel betreut rund 1,1 Millionen
Kundinnen und Kunden in Kranken-, Lebens-, Pflege- und Sachversicherung.

Pressekontakt: Jonas Reichert, presse@falkenried.example, 0561 7790-1010
""")

def m026():
    build(26, "NORMAL", "de", "internal",
          "trap: IT ticket about upload of guardianship documents failing, test file with sample data only",
          frm="Ole Brinkmann <ole.brinkmann@falkenried.example>",
          to="it-servicedesk@falkenried.example",
          subject="INC-2026-11873 Portal: Upload Betreuerausweis bricht bei PDF > 8 MB ab",
          date="Tue, 03 Feb 2026 14:47:29 +0100",
          body="""Ticket INC-2026-11873
Priorität: 3 (mittel)
Komponente: Kundenportal / Dokumenten-Upload / Rolle "Vertreter"

Beschreibung:
Beim Hochladen von Betreuerausweisen, Vollmachten und Erbscheinen über die Vertreter-Rolle
bricht der Upload bei PDF-Dateien über 8 MB mit HTTP 413 ab. Betroffen sind vor allem
eingescannte mehrseitige Dokumente (Betreuungsbeschlüsse haben oft 6-10 Seiten).

Nachgestellt in T2 mit der Testdatei Betreuerausweis_Muster_10MB.pdf
(Musterdaten "Erika Mustermann", Amtsgericht Musterstadt, keine Echtdaten).

Erwartet: Upload bis 20 MB wie bei der Rolle "Versicherungsnehmer".
Vermutung: Limit im Reverse Proxy (client_max_body_size) nur für /vertreter/* nicht angepasst.

Gruß
Ole Brinkmann
IT Anwendungsbetreuung Portal
""")


def m027():
    build(27, "CONFIDENTIAL", "de", "insurer-to-relative",
          "heir informed about cancellation of deceased father's household policy, refund to heir's IBAN; death without cause, non-personal line",
          frm="Henrike Sallmann <henrike.sallmann@falkenried.example>",
          to="Sabine Kranich <sabine.kranich@web-mail.example>",
          subject="Hausratversicherung HR-0815-3349 Ihres verstorbenen Vaters",
          date="Wed, 04 Feb 2026 11:30:00 +0100",
          body="""Sehr geehrte Frau Kranich,

unser herzliches Beileid zum Tod Ihres Vaters, Herrn Werner Kranich.

Wie gewünscht haben wir die Hausratversicherung HR-0815-3349 (Versicherungsort Brüder-Grimm-Platz 3,
34117 Kassel) zum 31.01.2026 beendet; das ist der Tag, an dem Sie die Wohnung an den Vermieter
übergeben haben. Den zu viel gezahlten Beitrag von 61,40 EUR überweisen wir laut Ihrem
Erbschein an Sie als Alleinerbin auf das angegebene Konto

IBAN DE19 3701 0050 0062 2198 45 (Kontoinhaberin Sabine Kranich).

Die Gutschrift sollte in den nächsten fünf Bankarbeitstagen eingehen.

Mit freundlichen Grüßen
Henrike Sallmann
Kundenservice
Falkenried Versicherung AG
""")


def m028():
    build(28, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-guardian",
          "guardian told about premium arrears in ward's private health insurance and suspension of benefits; health contract of named person",
          frm="Rahul Iyer <rahul.iyer@falkenried.example>",
          to="Brigitte Amsel <amsel@betreuungsverein-nordhessen.example>",
          subject="Private health insurance KV 661 204 88 - Mr Sean Gallagher - premium arrears",
          date="Thu, 05 Feb 2026 10:05:42 +0100",
          body="""Dear Ms Amsel,

thank you for your call this morning. As requested, here is a summary in English so that you
can discuss it with Mr Gallagher, whose guardian you have been since 18 December 2025
(Amtsgericht Kassel, order received by us on 12 January 2026).

Mr Sean Gallagher's comprehensive private health insurance KV 661 204 88 has premium arrears of
EUR 1,873.56 (October 2025 to January 2026, four months at EUR 468.39). Under § 193 (6) VVG the
policy is currently suspended ("ruhend"); during that time only acute illness, pain and
pregnancy-related treatment is covered.

Options:
1. payment of the arrears (instalments possible, 6 x EUR 312.26),
2. an application for reduction of premium via the basic tariff,
3. if he receives benefits under SGB XII: confirmation from the social welfare office, then
   the suspension can be lifted.

Invoices from his current hospital stay will be checked under the acute-care rule, so please
send them to us anyway.

Kind regards
Rahul Iyer
International & Health Services | Falkenried Krankenversicherung AG
""")


def m029():
    build(29, "NORMAL", "en", "internal",
          "trap: FAQ draft 'reporting a death' for the English website; generic, no person",
          frm="Fiona McAllister <fiona.mcallister@falkenried.example>",
          to="web-content@falkenried.example",
          subject="FAQ draft EN: Reporting a death - please review",
          date="Fri, 06 Feb 2026 16:44:10 +0100",
          body="""Hi web team,

draft text for the new English FAQ page. Legal has approved the German original.

---
Reporting a death

Who can report a death to Falkenried?
Anyone can tell us - a partner, a child, a neighbour, a care home or a funeral director.
To receive information about the contracts, however, you will need to show that you are
entitled to it: as a beneficiary named in the policy, as an heir (certificate of inheritance
or notarised will) or as an executor.

What should I send?
- a copy of the death certificate
- the policy document if you have it (don't worry if you can't find it)
- for life insurance taken out less than three years ago, a doctor's certificate on the
  cause of death may be requested

How long does it take?
Most life insurance payments are made within 14 days of receiving complete documents.

What happens to the other policies?
Car, household and liability policies do not end automatically. Tell us who will take them
over, or cancel them in writing.
---

Can we have it live by 1 March?
Fiona
""")


def m030():
    wb = xlsx([("Räder 2026", [
        ["Mitarbeiter-Nr.", "Name", "Vorname", "Hersteller", "Modell", "Rahmennummer", "Kaufpreis EUR", "Beginn"],
        ["10233", "Okafor", "Chidi", "Cube", "Kathmandu Hybrid", "WCU24K118733", 3499, "01.02.2026"],
        ["10419", "Seifert", "Annika", "Riese & Müller", "Charger4", "RM5540912C", 5890, "01.02.2026"],
        ["10502", "Bakker", "Ruud", "Gazelle", "Ultimate C380", "GZ22019847", 3299, "01.02.2026"],
        ["10777", "Winter", "Hannes", "Canyon", "Grail:ON", "CA7H22019", 4199, "01.03.2026"],
        ["10781", "Pohl", "Marlies", "Kalkhoff", "Endeavour 5.B", "KH20230441", 2999, "01.03.2026"],
    ])])
    build(30, "CONFIDENTIAL", "en", "employer",
          "employer sends list of named employees with leased bikes, frame numbers and prices for bike insurance (XLSX)",
          frm="Lena Haupt <lena.haupt@vireo-medtech.example>",
          to="firmenkunden@falkenried.example",
          subject="Bike leasing group cover FK-7730-12 - additions Feb/Mar 2026",
          date="Mon, 09 Feb 2026 09:02:51 +0100",
          body="""Hello Mr Engel,

please find attached the five new bikes for our group bicycle cover FK-7730-12 (employee
leasing scheme). Start dates as per the list; the employees have signed the insurance
declaration, originals are in our HR files.

Could you send me the updated certificates for the five colleagues by end of next week?

Thanks and best regards
Lena Haupt
People & Culture | Vireo MedTech GmbH | Kassel
""",
          atts=[att("Bikes_additions_2026-02.xlsx", wb)])


def m031():
    build(31, "NORMAL", "de", "insurer-to-neighbour",
          "trap: general answer on neighbourly help and liability cover; elderly neighbour unnamed, no contract data",
          frm="Kundenservice Falkenried <kundenservice@falkenried.example>",
          to="hans-peter.gruen@mailbox-nord.example",
          subject="AW: Frage Nachbarschaftshilfe versichert?",
          date="Tue, 10 Feb 2026 13:12:33 +0100",
          body="""Guten Tag Herr Grün,

vielen Dank für Ihre Anfrage über unser Kontaktformular.

Wenn Sie für eine Nachbarin unentgeltlich den Rasen mähen, einkaufen gehen oder den Schnee
räumen, handelt es sich um eine sogenannte Gefälligkeit. Schäden, die Sie dabei Dritten
zufügen, sind über eine private Haftpflichtversicherung in der Regel mitversichert. Viele
Tarife (bei uns ab dem Tarif "Komfort") decken auch Schäden am Eigentum der Person, der Sie
helfen, bis zu einer bestimmten Summe ("Gefälligkeitsschäden").

Eigene Unfälle während der Hilfe sind dagegen nur über eine private Unfallversicherung
abgesichert; die gesetzliche Unfallversicherung greift bei reiner Nachbarschaftshilfe meist nicht.

Gerne schicken wir Ihnen ein unverbindliches Angebot. Ein Produktblatt finden Sie unter
www.falkenried.example/haftpflicht.

Freundliche Grüße
Ihr Kundenservice der Falkenried Versicherung

> Ich helfe meiner älteren Nachbarin regelmäßig im Garten. Wer zahlt, wenn ich
> dabei etwas kaputt mache oder mich verletze?
""")


def m032():
    build(32, "STRICTLY_CONFIDENTIAL", "de", "relative",
          "mother submits adult son's dental invoice (GOZ positions, root canal) under his private health policy; base64 body",
          frm="Marion Effenberger <marion.effenberger@familie-eff.example>",
          to="leistung-kranken@falkenried.example",
          subject="Zahnarztrechnung für meinen Sohn Luca, Vers.-Nr. 4410 2217 03",
          date="Sat, 14 Feb 2026 10:16:02 +0100",
          cte="base64",
          body="""Hallo liebes Falkenried-Team,

mein Sohn Luca Effenberger (Vers.-Nr. 4410 2217 03, Tarif ZahnPlus) studiert in Leipzig und
hat mich gebeten die Rechnung einzureichen, er hat keinen Scanner. Er hat mir dafür eine
Vollmacht gegeben, die schicke ich per Post nach.

Zahnarztpraxis Dr. Kovačević, Leipzig, Rechnung Nr. 2026-0318 vom 05.02.2026:
- GOZ 2410 Wurzelkanalaufbereitung, Zahn 36, 3 Kanäle
- GOZ 2440 Wurzelkanalfüllung, 3x
- GOZ 0090 Infiltrationsanästhesie
- Röntgen Ä5000, 2x
Gesamtbetrag 612,84 EUR

Er hatte seit Wochen Schmerzen und hat sich nicht getraut hinzugehen, typisch ;-)
Bitte überweisen Sie das Geld auf sein Konto wie immer.

Viele Grüße
Marion Effenberger
""")


def m033():
    build(33, "CONFIDENTIAL", "de", "lawyer",
          "lawyer asks legal expenses cover for named client's tenancy dispute: policy number, rent reduction, client's address",
          frm="RA Konstantin Weyrauch <weyrauch@kanzlei-weyrauch.example>",
          to="rechtsschutz@falkenried.example",
          subject="Deckungsanfrage - Mandantin Frau Ramona Stiehl, RS-Vertrag 55-903 118",
          date="Mon, 16 Feb 2026 09:27:14 +0100",
          body="""Sehr geehrte Damen und Herren,

namens und in Vollmacht unserer Mandantin, Frau Ramona Stiehl, Philippistraße 9, 34127 Kassel,
bitten wir um Deckungszusage für die außergerichtliche und ggf. gerichtliche Interessenwahrnehmung
aus dem Wohnungsmietvertrag (Rechtsschutzvertrag 55-903 118, Baustein Wohnen).

Sachverhalt in Kürze: Die Vermieterin, die Lossetal Wohnbau GmbH, verweigert seit November 2025
die Beseitigung eines Schimmelbefalls im Schlafzimmer. Unsere Mandantin mindert seit Dezember die
Miete um 15 % (von 890,00 EUR auf 756,50 EUR). Die Vermieterin hat nun mit Schreiben vom
02.02.2026 wegen "Zahlungsverzug" die Kündigung angedroht.

Gegenstandswert: Jahresbetrag der Minderung, 1.602,00 EUR. Schreiben der Vermieterin und
Mängelanzeigen liegen uns vor und werden auf Wunsch übersandt.

Mit freundlichen kollegialen Grüßen
Konstantin Weyrauch
Rechtsanwalt
Fachanwalt für Miet- und WEG-Recht
""")


def m034():
    build(34, "NORMAL", "de", "internal",
          "trap: HR information session on care leave (Pflegezeit) for staff, generic, no person",
          frm="Carla Vosskuhl <carla.vosskuhl@falkenried.example>",
          to="alle-mitarbeitenden@falkenried.example",
          subject="Infoveranstaltung: Beruf und Pflege von Angehörigen - 26. Februar",
          date="Wed, 11 Feb 2026 12:00:00 +0100",
          body="""Liebe Kolleginnen und Kollegen,

viele von uns kümmern sich neben der Arbeit um Eltern, Partner oder Kinder, die Unterstützung
brauchen. Wir laden deshalb zu einer Infoveranstaltung ein:

"Beruf und Pflege - was steht mir zu?"
Donnerstag, 26. Februar 2026, 12:30 - 13:30 Uhr, Kantine Ebene 0 und per Teams

Themen:
- kurzzeitige Arbeitsverhinderung (bis 10 Tage) und Pflegeunterstützungsgeld
- Pflegezeit (bis 6 Monate) und Familienpflegezeit (bis 24 Monate)
- unsere Betriebsvereinbarung "Mobiles Arbeiten" und das Angebot des Familienservice
- Erfahrungsbericht einer Kollegin (freiwillig, ohne Namen im Protokoll)

Referentin ist Frau Sophie Brandl vom Pflegestützpunkt Kassel. Eine Anmeldung ist nicht nötig.
Die Folien stellen wir danach ins Intranet.

Herzliche Grüße
Carla Vosskuhl
Personalentwicklung
""")


def m035():
    wb = xlsx([("Änderungen 03-2026", [
        ["Personal-Nr.", "Name", "Vorname", "Geb.-Datum", "Vertrags-Nr. DV", "Bruttogehalt mtl.", "Umwandlung alt", "Umwandlung neu", "gültig ab"],
        ["2014", "Achterberg", "Helge", "1979-03-12", "DV 7 440 112", 4820.00, 150.00, 250.00, "2026-03-01"],
        ["2231", "Nowak", "Joanna", "1988-11-30", "DV 7 440 589", 3610.50, 0, 100.00, "2026-03-01"],
        ["2307", "Ferreira", "Rui", "1992-07-04", "DV 7 441 020", 3950.00, 200.00, 0, "2026-03-01"],
        ["2412", "Landgrebe", "Svenja", "1985-01-21", "DV 7 441 377", 5210.00, 300.00, 302.00, "2026-03-01"],
    ])])
    build(35, "STRICTLY_CONFIDENTIAL", "de", "employer",
          "body names only one employee's bAV change; birth dates, salaries and direct-insurance (bAV, life) contract changes of all four only in XLSX",
          frm="Lohnbuchhaltung Heyne Metallbau <lohn@heyne-metallbau.example>",
          to="bav-service@falkenried.example",
          subject="Änderungsmeldung bAV März",
          date="Thu, 19 Feb 2026 15:40:03 +0100",
          body="""Hallo Frau Oberländer,

anbei wie jeden Monat die Änderungsliste für März. Bei Herrn Ferreira bitte die Umwandlung
aussetzen (beitragsfrei stellen), nicht kündigen.

Gruß aus Baunatal
Tanja Rehbein
Lohn & Gehalt, Heyne Metallbau GmbH & Co. KG
""",
          atts=[att("bAV_Aenderungen_2026-03.xlsx", wb)])


def m036():
    sheet = ods("Mortality 2021-2025", [
        ["Falkenried Lebensversicherung AG - term life portfolio, death claims by age band", None, None, None],
        ["Age band", "Exposure (policy years)", "Deaths", "A/E vs DAV 2008 T"],
        ["18-29", 48211, 9, 0.71],
        ["30-39", 96540, 41, 0.78],
        ["40-49", 121877, 133, 0.82],
        ["50-59", 88403, 298, 0.86],
        ["60-69", 31290, 247, 0.91],
        ["70+", 4102, 51, 0.97],
        ["Total", 390423, 779, 0.86],
        ["Cells with fewer than 5 deaths merged. No policy-level data.", None, None, None],
    ])
    build(36, "NORMAL", "en", "insurer-to-partner",
          "trap: aggregated mortality experience by age band for reinsurer (ODS), no individuals",
          frm="Dr. Jakob Feldmeier <jakob.feldmeier@falkenried.example>",
          to="Hannah Whitfield <hannah.whitfield@munich-atlas-re.example>",
          subject="Term life experience study 2021-2025 - aggregated data",
          date="Fri, 20 Feb 2026 11:11:11 +0100",
          body="""Dear Hannah,

as agreed in our treaty meeting, attached is the aggregated mortality experience of our term
life portfolio for 2021-2025. Actual-to-expected ratios against DAV 2008 T, unisex, smoker and
non-smoker combined. Cells with fewer than five deaths are merged, so nothing in the file can
be traced back to a single insured life.

Causes of death are not included; if you need the split by ICD chapter for the cancer
rider pricing, I can produce it at portfolio level, again without policy-level data.

Best regards
Jakob Feldmeier
Chief Actuary Life | Falkenried Lebensversicherung AG
""",
          atts=[att("term_life_experience_2021-2025.ods", sheet)])


def m037():
    build(37, "CONFIDENTIAL", "en", "neighbour",
          "neighbour reports water escaping in absent neighbour's flat, names him as policyholder, policy number; no health",
          frm="Oksana Hryhorenko <oksana.hry@inbox-mail.example>",
          to="schaden@falkenried.example",
          subject="water coming from flat above - Mr Pieper is away - insured with you",
          date="Sun, 22 Feb 2026 08:03:27 +0100",
          body="""Good morning,

sorry for my English. I live in Kassel, Wilhelmshöher Allee 98, 1st floor. Since this night
water comes through my kitchen ceiling from the flat of Mr Bernd Pieper (2nd floor). Mr Pieper
is on holiday in Canada until 10 March, I have his key for the plants. In his flat the pipe under
the sink is broken, I closed the main tap now.

On his fridge there is a letter from you with "Hausratversicherung HR-4471-2290" so I think
he is insured with you. I wrote him on WhatsApp but no answer yet (time difference).

What must I do? Should I call a plumber? Who pays for my kitchen?

Oksana Hryhorenko
+49 157 3390 1182
""")


def m038():
    build(38, "NORMAL", "de", "internal",
          "trap: data-protection quiz with fictitious cases about relatives asking for health data, no real persons",
          frm="Dr. Ruth Imhoff <ruth.imhoff@falkenried.example>",
          to="schulung-leistung@falkenried.example",
          subject="Quiz zur Schulung AA-LS-17 (Lösungen unten)",
          date="Mon, 23 Feb 2026 08:30:00 +0100",
          body="""Hallo zusammen,

hier das Quiz für die Schulungen nächste Woche. Alle Fälle sind erfunden.

Fall 1: Eine Anruferin sagt, sie sei die Ehefrau von "Herrn M. (fiktiv)" und möchte wissen, ob
die Rechnung der Herzklinik schon bezahlt ist. Sie nennt Versicherungsnummer und Geburtsdatum.
Dürfen Sie Auskunft geben?

Fall 2: Ein Berufsbetreuer mit Aufgabenkreis "Vermögenssorge" fragt nach dem Arztbericht seines
Betreuten. Was tun Sie?

Fall 3: Der Nachbar einer Kundin meldet einen Wasserschaden in deren Wohnung. Dürfen Sie ihm die
Schadennummer nennen?

Fall 4: Eine Mutter reicht Rechnungen ihres 17-jährigen Sohnes ein. Darf sie die Abrechnung sehen?

Lösungen:
1) Nein. Kenntnis von Daten ersetzt keine Vollmacht.
2) Keine Herausgabe; der Aufgabenkreis umfasst keine Gesundheitssorge. Hinweis auf Erweiterung.
3) Die Meldung annehmen, aber keine Vertrags- oder Schadendaten nennen; Rückmeldung an die Kundin.
4) Grundsätzlich ja (Sorgerecht), aber Abschnitt 4.3 beachten (Anhörung ab 15).

Gruß
Ruth Imhoff
""")


def m039():
    build(39, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
          "liability claim: insurer asks claimant's lawyer for medical records on dog-bite injuries (stitches, infection) of named client",
          frm="Sevgi Aydın <sevgi.aydin@falkenried.example>",
          to="Emma Caldwell <e.caldwell@caldwell-partners.example>",
          subject="Your client Mr Finn O'Rourke - dog bite 31 Jan 2026 - our claim PH-S-2026-007712",
          date="Tue, 24 Feb 2026 14:18:09 +0100",
          body="""Dear Ms Caldwell,

we act as personal liability insurer of Mrs Doris Lamprecht, the keeper of the dog involved in
the incident of 31 January 2026 in the Bergpark. Liability is not disputed in principle.

To assess your client's claim for pain and suffering we need the medical documentation you
mention in your letter:
- the A&E report of the Elisabeth-Krankenhaus dated 31/01/2026 (bite wounds to the left
  forearm, 9 stitches),
- the GP's notes on the wound infection and the antibiotic treatment in February,
- the rabies/tetanus vaccination record,
- and, if treatment is still ongoing, a current report on the scarring.

Please also confirm that Mr O'Rourke has released the treating doctors from confidentiality
for this purpose; our form is attached to the letter we sent by post today.

Yours sincerely
Sevgi Aydın
Liability Claims | Falkenried Versicherung AG
""")


def m040():
    build(40, "CONFIDENTIAL", "de", "insurer-to-landlord",
          "landlord refused details, but quoted mail names deceased tenant and her household policy number; death without cause",
          frm="Sevgi Aydın <sevgi.aydin@falkenried.example>",
          to="Gerhard Wiegand <g.wiegand@wiegand-immobilien.example>",
          subject="AW: Verstorbene Mieterin Frau Kühn - Hausrat",
          date="Wed, 25 Feb 2026 09:48:55 +0100",
          body="""Sehr geehrter Herr Wiegand,

vielen Dank für Ihre Nachricht. Bitte haben Sie Verständnis, dass wir Ihnen ohne Nachweis einer
Berechtigung (z. B. Erbschein oder Nachlasspflegschaft) keine Auskünfte zu Verträgen geben können.
Kosten für die Räumung einer Wohnung sind über eine Hausratversicherung zudem nicht versichert.

Wir empfehlen, sich an das Nachlassgericht beim Amtsgericht Kassel zu wenden; dort erfahren Sie,
ob Erben bekannt sind oder ein Nachlasspfleger bestellt wird.

Mit freundlichen Grüßen
Sevgi Aydın
Falkenried Versicherung AG

Von: Gerhard Wiegand <g.wiegand@wiegand-immobilien.example>
Gesendet: Montag, 23. Februar 2026 17:02
An: schaden@falkenried.example
Betreff: Verstorbene Mieterin Frau Kühn - Hausrat

Guten Tag,
meine Mieterin Frau Edeltraut Kühn, Weserstr. 7, 34125 Kassel, ist am 3. Januar verstorben.
Angehörige sind nicht bekannt. In ihren Unterlagen lag eine Police von Ihnen,
Hausratversicherung Nr. HR-3306-1184. Übernimmt die Versicherung die Räumung der Wohnung?
Wer sind die Erben? Die Miete für Februar ist auch offen.
MfG Wiegand
""")


def m041():
    build(41, "NORMAL", "en", "internal",
          "trap: change request for a 'relationship to insured' field, test data explicitly fictitious",
          frm="Ole Brinkmann <ole.brinkmann@falkenried.example>",
          to="claims-it-backlog@falkenried.example",
          subject="CR-0442: add 'relationship to insured person' to first notice of loss",
          date="Thu, 26 Feb 2026 10:02:33 +0100",
          body="""Change request CR-0442

Background: about 30 % of first notices of loss are submitted by someone other than the
policyholder (spouse, child, neighbour, landlord, employer, guardian, lawyer). Today the
claims system stores them as "reporter" without a relationship, which makes it hard to decide
what we may tell them later.

Request: new mandatory field REPORTER_RELATION with values
SELF | SPOUSE_PARTNER | CHILD | PARENT | OTHER_RELATIVE | NEIGHBOUR | LANDLORD | EMPLOYER |
GUARDIAN | ATTORNEY_IN_FACT | LAWYER | CARE_SERVICE | OTHER

Acceptance test (synthetic data only):
  Claim TEST-0001, policyholder "Max Mustermann (fictitious)", reporter "Erika Mustermann",
  relation SPOUSE_PARTNER -> letter goes to policyholder, reporter gets acknowledgement only.
  Claim TEST-0002, reporter "Hausverwaltung Beispiel GmbH", relation LANDLORD -> same.

Estimate: 5 story points, no migration of old claims.

Ole
""")


def m042():
    text = """Sehr geehrte Frau Dreßler,

zunächst möchten wir Ihnen noch einmal unser aufrichtiges Mitgefühl zum Tod Ihres Mannes
aussprechen.

Wir haben die Unterlagen zur Lebensversicherung LV 30-077 215-4 Ihres verstorbenen Ehemannes,
Herrn Klaus Dreßler, geprüft. Sie sind als Bezugsberechtigte eingetragen. Wir zahlen aus:

  Todesfallleistung                 45.000,00 EUR
  Überschussbeteiligung              3.218,44 EUR
  abzgl. Beitrag März (anteilig)       -38,20 EUR
  Auszahlungsbetrag                 48.180,24 EUR

Überweisung auf Ihr Konto IBAN DE32 7602 6000 0905 5167 42 mit Wertstellung 06.03.2026.

Eine Steuerbescheinigung erhalten Sie mit separater Post. Die Mitteilung an das Finanzamt
nach § 33 ErbStG erfolgt durch uns.

Mit freundlichen Grüßen
Malte Kerkhoff
Leben - Leistung
"""
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Sehr geehrte Frau Dre&szlig;ler,</p>
<p>zun&auml;chst m&ouml;chten wir Ihnen noch einmal unser aufrichtiges Mitgef&uuml;hl zum Tod Ihres Mannes aussprechen.</p>
<p>Wir haben die Unterlagen zur Lebensversicherung <b>LV 30-077 215-4</b> Ihres verstorbenen Ehemannes,
Herrn Klaus Dre&szlig;ler, gepr&uuml;ft. Sie sind als Bezugsberechtigte eingetragen. Wir zahlen aus:</p>
<table style="border-collapse:collapse" cellpadding="3">
<tr><td>Todesfallleistung</td><td align="right">45.000,00 EUR</td></tr>
<tr><td>&Uuml;berschussbeteiligung</td><td align="right">3.218,44 EUR</td></tr>
<tr><td>abzgl. Beitrag M&auml;rz (anteilig)</td><td align="right">-38,20 EUR</td></tr>
<tr style="font-weight:bold;border-top:1px solid #000"><td>Auszahlungsbetrag</td><td align="right">48.180,24 EUR</td></tr>
</table>
<p>&Uuml;berweisung auf Ihr Konto IBAN DE32 7602 6000 0905 5167 42 mit Wertstellung 06.03.2026.</p>
<p>Eine Steuerbescheinigung erhalten Sie mit separater Post. Die Mitteilung an das Finanzamt
nach &sect; 33 ErbStG erfolgt durch uns.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Malte Kerkhoff<br>Leben &ndash; Leistung</p>
</body></html>"""
    build(42, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
          "widow as beneficiary: payout of life insurance death benefit with IBAN; life claim of named deceased",
          frm="Malte Kerkhoff <malte.kerkhoff@falkenried.example>",
          to="Renate Dreßler <renate.dressler@kabelmail.example>",
          subject="Auszahlung Lebensversicherung Ihres Mannes",
          date="Tue, 03 Mar 2026 10:24:00 +0100",
          body=text, html=html)


def m043():
    build(43, "NORMAL", "de", "internal",
          "trap: retirement announcement of a colleague, farewell party; no sensitive data",
          frm="Bereichsleitung Kundenservice <bl-kundenservice@falkenried.example>",
          to="kundenservice-alle@falkenried.example",
          subject="Abschied von Gisela Petersen - Einladung",
          date="Fri, 27 Feb 2026 11:45:12 +0100",
          body="""Liebe Kolleginnen und Kollegen,

nach 38 Jahren bei Falkenried geht unsere Gisela Petersen Ende März in den Ruhestand.
Viele von euch kennen sie noch aus der Zeit, als Vollmachten per Fax kamen und die Akten im
Keller standen ;-)

Wir verabschieden Gisela am Donnerstag, 26. März, ab 15 Uhr in der Cafeteria Ebene 2.
Für ein gemeinsames Geschenk steht bis 20. März eine Box bei Frau Schmalz (Raum 2.07).

Ihre Nachfolge im Team Angehörigen-Service übernimmt ab 1. April Herr Deniz Arslan.

Viele Grüße
Jutta Klingelhöfer
Bereichsleitung Kundenservice
""")


def m044():
    build(44, "CONFIDENTIAL", "de", "relative",
          "husband reports theft of his wife's e-bike under her household policy: frame number, policy number, address (windows-1252)",
          frm="Uwe Kettler <uwe.kettler@freenet-post.example>",
          to="schaden@falkenried.example",
          subject="Diebstahl E-Bike meiner Frau / Hausrat 4471-880-2",
          date="Mon, 02 Mar 2026 19:50:44 +0100",
          charset="windows-1252", cte="quoted-printable",
          body="""Sehr geehrte Damen und Herren,

ich melde im Auftrag meiner Frau, Ulrike Kettler (Versicherungsnehmerin, Hausratversicherung
4471-880-2 mit Fahrradklausel), den Diebstahl ihres E-Bikes.

Fahrrad: Kalkhoff Image 3.B Move, Farbe grün, Rahmennummer KH2024117765, gekauft 04/2024 für
2.899 € bei Zweirad Fröhlich (Rechnung liegt vor).
Tatort: Fahrradständer vor dem Hallenbad Süd, Frankfurter Str., Kassel
Tatzeit: Samstag, 28.02., zwischen 10:15 und 11:45 Uhr. Das Rad war mit einem Bügelschloss
(Abus Granit) angeschlossen, das Schloss ist auch weg.
Anzeige: Polizeirevier Süd, Tagebuch-Nr. 0412/26/118803

Meine Frau ist diese Woche beruflich unterwegs, Rückfragen gerne an mich (0561 9182 440).

Mit freundlichen Grüßen
Uwe Kettler
""")


def m045():
    build(45, "STRICTLY_CONFIDENTIAL", "de+en", "insurer-to-relative",
          "bilingual reply to daughter-in-law about father-in-law's hospital invoice under private health policy (hip replacement)",
          frm="Jana Oberländer <jana.oberlaender@falkenried.example>",
          to="Kate Lindner <kate.lindner@lindner-family.example>",
          subject="AW: RE: hospital bill Heinz Lindner / Krankenhausrechnung",
          date="Wed, 04 Mar 2026 16:07:18 +0100",
          in_reply_to="<a1b2c3d4-kate@lindner-family.example>",
          body="""Sehr geehrte Frau Lindner, dear Mrs Lindner,

(English below)

die Rechnung des Rotes Kreuz Krankenhauses für den Aufenthalt Ihres Schwiegervaters, Herrn
Heinz Lindner, vom 09.02. bis 17.02.2026 (Hüft-TEP rechts, DRG I47B) haben wir direkt mit dem
Krankenhaus abgerechnet (Vertrag KV 118 330 07, Tarif Stationär 1-Bett). Die Wahlleistung
Chefarzt wurde mit 2.310,66 EUR erstattet. Für die Reha in Bad Wildungen liegt die Zusage vor.

The hospital invoice for your father-in-law's stay (9-17 February 2026, right hip replacement)
has been settled directly with the hospital. The senior consultant's fees (EUR 2,310.66) are
reimbursed as well, and the rehabilitation clinic in Bad Wildungen is approved. Mr Lindner does
not need to pay anything himself.

Freundliche Grüße / kind regards
Jana Oberländer
Leistung Kranken, Falkenried Krankenversicherung AG

> Dear Sir or Madam, my German is not very good. My father-in-law Heinz Lindner got a letter
> from the hospital. Does he have to pay it? He has given me his power of attorney (sent by post).
> Thank you, Kate Lindner
""")


def m046():
    build(46, "NORMAL", "de", "insurer-to-teacher",
          "trap: sponsoring of first-aid courses for a school, teacher named, no pupil or health data",
          frm="Jonas Reichert <jonas.reichert@falkenried.example>",
          to="Maren Opitz <opitz@grundschule-am-lindenberg.example>",
          subject="Erste-Hilfe-Kurse für die 4. Klassen - Zusage",
          date="Thu, 05 Mar 2026 12:21:40 +0100",
          body="""Liebe Frau Opitz,

gute Nachrichten: Der Falkenried-Förderfonds übernimmt die Kosten für die Erste-Hilfe-Kurse
"Kleine Helfer" für Ihre drei 4. Klassen (insgesamt 71 Kinder), 2 x 90 Minuten je Klasse.

Durchgeführt werden die Kurse vom DRK-Kreisverband; die Trainerin, Frau Lehnhoff, meldet sich
wegen der Termine direkt bei Ihnen. Wir stellen Verbandpäckchen, Rettungsdecken und die
Urkunden. Fotos für unsere Mitarbeiterzeitung nur mit Einverständnis der Eltern und gern ohne
Gesichter.

Herzliche Grüße
Jonas Reichert
Unternehmenskommunikation / Förderfonds
""")


def m047():
    build(47, "CONFIDENTIAL", "en", "insurer-to-employer",
          "fleet claim: employer informed about accident of named employee in pool car, plate, claim number; nobody injured",
          frm="Tobias Wendland <tobias.wendland@falkenried.example>",
          to="fleet@vireo-medtech.example",
          subject="Fleet policy FL-2290 / claim KF-2026-021907 - KS-VM 114",
          date="Fri, 06 Mar 2026 09:13:27 +0100",
          body="""Dear Mr Sanders,

we have received the accident report for your pool car KS-VM 114 (Škoda Enyaq) under fleet
policy FL-2290. According to the report your employee, Mr Pavel Dvořák, reversed into a
bollard at the Göttingen customer site on 3 March; no other vehicle was involved and nobody
was injured.

The damage is covered under comprehensive cover less the fleet deductible of EUR 500. Please
have the repair done at a partner garage (list attached to your framework agreement) and send
us the invoice. The claim will be included in your fleet loss ratio for 2026.

Kind regards
Tobias Wendland
Motor Claims | Falkenried Versicherung AG
""")


def m048():
    check = pdf([
        "Falkenried Versicherung AG",
        "Checkliste für Angehörige: Was ist im Todesfall zu tun?",
        "",
        "In den ersten Tagen",
        "[ ] Arzt für die Leichenschau rufen (Totenschein)",
        "[ ] Bestattungsunternehmen beauftragen",
        "[ ] Sterbefall beim Standesamt anzeigen (meist übernimmt das der Bestatter)",
        "",
        "In den ersten zwei Wochen",
        "[ ] Lebens- und Sterbegeldversicherungen melden (Frist oft 72 Stunden bis 2 Wochen!)",
        "[ ] Arbeitgeber bzw. Rentenversicherung informieren",
        "[ ] Vermieter, Krankenkasse, Banken informieren",
        "",
        "Später",
        "[ ] Hausrat-, Haftpflicht-, Kfz-Versicherungen umschreiben oder kündigen",
        "[ ] Erbschein beantragen, falls nötig",
        "",
        "Ihr Kontakt: Angehörigen-Hotline 0561 7790-5000",
    ])
    build(48, "NORMAL", "de", "internal",
          "trap: checklist for relatives after a death (PDF) for website review, generic",
          frm="Henrike Sallmann <henrike.sallmann@falkenried.example>",
          to="web-content@falkenried.example",
          cc="presse@falkenried.example",
          subject="Checkliste Todesfall als PDF für die Angehörigen-Seite",
          date="Mon, 09 Mar 2026 08:55:21 +0100",
          body="""Hallo zusammen,

anbei die Checkliste, die wir im Angehörigen-Service den Anrufenden bisher per Post schicken.
Können wir sie als Download auf die neue Seite stellen? Die Frist bei Sterbegeldversicherungen
ist absichtlich allgemein formuliert, bitte nicht kürzen.

Danke!
Henrike
""",
          atts=[att("Checkliste_Todesfall_Angehoerige.pdf", check)])


def m049():
    build(49, "STRICTLY_CONFIDENTIAL", "de", "neighbour",
          "neighbour reports water damage in flat of named policyholder who is in hospital after a stroke",
          frm="Christa Bergmann <christa.bergmann@gmx-post.example>",
          to="schaden@falkenried.example",
          subject="Wasserschaden bei Herrn Jablonski, der liegt im Krankenhaus",
          date="Tue, 10 Mar 2026 07:31:06 +0100",
          body="""Guten Morgen,

ich bin die Nachbarin von Herrn Walter Jablonski, Ihrem Kunden (das weiß ich, weil sein Sohn mir
die Versicherungsmappe gezeigt hat, Hausrat und Haftpflicht bei Falkenried).

Herr Jablonski hatte letzte Woche Dienstag einen Schlaganfall und liegt seitdem im Klinikum auf
der Stroke Unit, er kann noch nicht sprechen. Gestern Abend lief bei mir Wasser die Wand runter.
Der Hausmeister hat seine Wohnung geöffnet: die Waschmaschine ist ausgelaufen, der Boden in Bad
und Flur steht unter Wasser, das Parkett ist hoch.

Der Sohn wohnt in München und kommt erst am Wochenende. Kann jemand von Ihnen vorbeikommen?
Adresse: Ahnatalstraße 23, 34128 Kassel, 1. OG rechts. Ich bin den ganzen Tag zu Hause.

Mit freundlichen Grüßen
Christa Bergmann (EG rechts)
Tel. 0561 88 11 73
""")


def m050():
    build(50, "NORMAL", "en", "insurer-to-guardian",
          "trap: portal notification 'new secure message' to a guardian, no content or names",
          frm="Falkenried SecureMail <no-reply@securemail.falkenried.example>",
          to="amsel@betreuungsverein-nordhessen.example",
          subject="You have a new secure message",
          date="Wed, 11 Mar 2026 06:02:00 +0100",
          body="""Hello,

a new message is waiting for you in your Falkenried SecureMail mailbox.

Please sign in at https://securemail.falkenried.example to read it. For security reasons we
do not include any content in this notification.

If you did not expect this message, you can ignore this email or contact our service team
on +49 561 7790-0.

This is an automatically generated email. Replies to this address are not read.
Falkenried Versicherung AG, Wilhelmshöher Allee 212, 34119 Kassel
""")

def m051():
    build(51, "CONFIDENTIAL", "de", "employer",
          "employer requests eVB for company car of named new employee with birth date and private address",
          frm="Autohaus Glinicke Personal <personal@glinicke-autohaus.example>",
          to="kfz-antrag@falkenried.example",
          subject="eVB Dienstwagen neuer Mitarbeiter - Flottenvertrag FL-1804",
          date="Thu, 12 Mar 2026 08:17:45 +0100",
          body="""Guten Morgen Frau Wilke,

für unseren neuen Verkaufsberater brauchen wir eine eVB-Nummer für den Dienstwagen
(Flottenvertrag FL-1804). Fahrzeug: VW ID.4 Pro, FIN WVGZZZE2ZRP041187, Zulassung Montag.

Nutzer lt. Dienstwagenüberlassung: Herr Mirko Pavlović, geb. 08.08.1990,
wohnhaft Dörnbergstr. 15, 34119 Kassel. Führerschein Klasse B seit 2008.

Danke und viele Grüße
Yvonne Brede
Personal / Fuhrpark
Autohaus Glinicke GmbH & Co. KG
""")


def m052():
    build(52, "STRICTLY_CONFIDENTIAL", "en", "relative",
          "son reports mother's fall on ice under her accident policy: femoral neck fracture, surgery, rehab",
          frm="Daniel Okonkwo-Behrens <d.okonkwo-behrens@fastmail-box.example>",
          to="unfall@falkenried.example",
          subject="Accident claim for my mother Hannelore Behrens - UV 2 208 417",
          date="Fri, 13 Mar 2026 21:40:02 +0100",
          flowed=True,
          cte="8bit",
          body="""Dear Falkenried team,

I'm writing on behalf of my mother, Hannelore Behrens (accident insurance
UV 2 208 417), as she is still in hospital and I hold her power of attorney
(copy will follow by post).

On 27 February 2026 she slipped on ice on the steps outside her house in
Vellmar and fell on her left side. She was taken to the Diakonie-Klinikum,
where a femoral neck fracture was diagnosed. She had a hip replacement on
28 February and is now in geriatric rehabilitation in Hofgeismar until
around 3 April.

Her policy includes hospital daily allowance and a disability benefit, as
far as I understand. Could you send the claim form to me (address below)
and tell me which medical reports you need?

Many thanks,
Daniel Okonkwo-Behrens
Friedrich-Ebert-Platz 2, 37073 Göttingen
""")


def m053():
    build(53, "NORMAL", "en", "insurer-to-broker",
          "trap: broker info on a care top-up tariff for parents with a fictitious model customer, no real person",
          frm="Vertriebsservice Falkenried <vertriebsservice@falkenried.example>",
          to="maklerinfo-en@lists.falkenried.example",
          subject="New: PflegePlus Eltern - care top-up that children can pay for their parents",
          date="Mon, 16 Mar 2026 07:45:00 +0100",
          body="""Dear partners,

from 1 April you can offer PflegePlus Eltern: a private long-term care daily allowance where
the policyholder (e.g. a son or daughter) pays the premium and a parent is the insured person.

Key facts
- entry age of the insured parent 40-75, simplified health questions (4 questions)
- daily allowance EUR 10-100 in steps of 10, paid from care grade 2
- care grade 5: 100 %; grade 4: 70 %; grade 3: 50 %; grade 2: 25 %
- premium waiver from care grade 4
- consent of the insured parent required (signature on the application)

Model calculation (fictitious example customer, not a real case):
insured person 62 years, daily allowance EUR 50 -> monthly premium EUR 61.30
insured person 70 years, daily allowance EUR 50 -> monthly premium EUR 104.85

Commission: 6 monthly premiums, liability period 60 months.
Sales material and the calculator are in the broker portal from 20 March.

Best regards
Your Falkenried broker service team
""")


def m054():
    build(54, "STRICTLY_CONFIDENTIAL", "de", "guardian",
          "guardian cancels ward's funeral expense life policy because of social assistance; guardianship and life contract of named person",
          frm="Ines Wittkopf <wittkopf@btv-kassel-land.example>",
          to="leben@falkenried.example",
          subject="Kündigung Sterbegeldversicherung SG 88 140 223 - Betreute Frau Lore Schnabel",
          date="Mon, 16 Mar 2026 14:02:37 +0100",
          body="""Sehr geehrte Damen und Herren,

als gerichtlich bestellte Betreuerin von Frau Lore Schnabel, geb. 19.12.1944 (Amtsgericht Kassel,
Az. 780 XVII 1122/25, Aufgabenkreise u. a. Vermögenssorge und Vertretung gegenüber Behörden,
Versicherungen), kündige ich hiermit die Sterbegeldversicherung SG 88 140 223 zum nächstmöglichen
Termin.

Hintergrund: Frau Schnabel lebt seit Januar im Pflegeheim Haus Ahnegrund, die Heimkosten werden
teilweise vom Sozialamt übernommen. Das Sozialamt verlangt den Einsatz des Rückkaufswerts, da
die Versicherung nicht als angemessene Bestattungsvorsorge anerkannt wird (Widerspruch läuft noch).

Bitte teilen Sie mir den aktuellen Rückkaufswert mit und überweisen Sie ihn auf das
Betreuungskonto: IBAN DE38 4306 0967 7731 0244 88, Kontoinhaberin Lore Schnabel.

Betreuerausweis in Kopie anbei per Post.

Mit freundlichen Grüßen
Ines Wittkopf
Betreuungsverein Kassel-Land e. V.
""")


def m055():
    build(55, "NORMAL", "de", "insurer-to-supplier",
          "trap: print order for condolence cards and envelopes; no person",
          frm="Einkauf Falkenried <einkauf@falkenried.example>",
          to="Druckerei Hesse <auftrag@druckerei-hesse.example>",
          subject="Bestellung 4500031877 - Kondolenzkarten",
          date="Tue, 17 Mar 2026 10:30:00 +0100",
          charset="windows-1252",
          body="""Sehr geehrter Herr Hesse,

wir bestellen gemäß Ihrem Angebot A-26-0219 vom 09.03.2026:

Pos. 10  2.000 Kondolenzkarten "In stillem Gedenken", Klappkarte DIN lang, 300 g Naturkarton,
         Außenseite 1/0-farbig Prägung Logo, Innenseite unbedruckt       Stückpreis 0,62 €
Pos. 20  2.000 Umschläge DIN lang ohne Fenster, grau, haftklebend       Stückpreis 0,09 €
Pos. 30  Satz- und Prägekosten einmalig                                  85,00 €

Lieferung an: Falkenried Versicherung AG, Poststelle, Wilhelmshöher Allee 212, 34119 Kassel,
Kostenstelle 4120 (Angehörigen-Service). Liefertermin KW 14.

Bitte bestätigen Sie den Auftrag unter Angabe der Bestellnummer.

Mit freundlichen Grüßen
Martina Gerlach
Zentraler Einkauf
""")


def m056():
    build(56, "CONFIDENTIAL", "en", "lawyer",
          "estate lawyer asks to transfer deceased's motor policy and no-claims class to son: plates, policy, son's birth date",
          frm="Sarah Jennings-Vogt <jennings-vogt@jv-legal.example>",
          to="kfz@falkenried.example",
          subject="Estate of Mr Peter Hamann - motor policy KF 71 004 583 - transfer to heir",
          date="Wed, 18 Mar 2026 11:52:19 +0100",
          body="""Dear Sir or Madam,

I am the executor of the estate of Mr Peter Hamann, formerly of Kurhausstraße 31, 34131 Kassel,
who died on 14 February 2026. A copy of the executor's certificate is attached to my letter of
today sent by post.

Mr Hamann held a motor policy with you, no. KF 71 004 583, for a Mercedes C 200, reg. KS-PH 55.
His son and sole heir, Mr Lukas Hamann, born 02/05/1996, will take over the car and wishes to
continue the policy in his name. Please also confirm whether the late Mr Hamann's no-claims
class (SF 25) can be transferred to his son under your terms, in full or in part.

Mr Lukas Hamann's address: Lessingstraße 4, 80336 München.

Yours faithfully
Sarah Jennings-Vogt
Rechtsanwältin / Solicitor
""")


def m057():
    build(57, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employer",
          "insurer asks employer for sick-leave periods of named employee in group accident claim (knee injury)",
          frm="Pieter de Groot <pieter.degroot@falkenried.example>",
          to="Claire Dunmore <c.dunmore@northgate-logistics.example>",
          subject="Gruppenunfall GUV-880214 - Schaden U-2026-00913 - Ihr Mitarbeiter Herr Tomasz Zielinski",
          date="Thu, 19 Mar 2026 13:33:03 +0100",
          body="""Sehr geehrte Frau Dunmore,

zum Unfall Ihres Mitarbeiters Herrn Tomasz Zielinski vom 24.02.2026 (Sturz von der Laderampe,
Kreuzbandriss und Meniskusverletzung rechts) benötigen wir für die Prüfung des Krankenhaustagegeldes
und der Genesungsgeldleistung noch folgende Angaben:

1. Zeiträume der Arbeitsunfähigkeit laut AU-Bescheinigungen (Beginn/Ende),
2. Datum der Wiederaufnahme der Arbeit, ggf. stufenweise Wiedereingliederung,
3. Kopie der Unfallanzeige an die Berufsgenossenschaft.

Herr Zielinski hat uns eine entsprechende Einwilligung erteilt. Bitte senden Sie die Unterlagen
über unser Firmenkundenportal, nicht per unverschlüsselter E-Mail.

Mit freundlichen Grüßen
Pieter de Groot
Unfall-Leistung
""")


def m058():
    build(58, "NORMAL", "de", "internal",
          "trap: works council minutes with aggregated sickness-absence rates per department and care-leave counts, no names",
          frm="Betriebsrat Falkenried <betriebsrat@falkenried.example>",
          to="br-mitglieder@falkenried.example",
          subject="Protokoll BR-Sitzung 12.03.2026 (Entwurf)",
          date="Fri, 20 Mar 2026 15:10:44 +0100",
          body="""Protokoll der Betriebsratssitzung vom 12.03.2026 - ENTWURF -

Anwesend: 11 von 13 Mitgliedern, Gast: Frau Vosskuhl (Personal) zu TOP 3

TOP 1 Genehmigung Protokoll 26.02. - einstimmig
TOP 2 Mobiles Arbeiten, Verlängerung BV - Zustimmung

TOP 3 Gesundheitsbericht 2025 (Personal)
Krankenquote gesamt 6,1 % (2024: 6,4 %). Nach Bereichen: Kundenservice 7,9 %, Leistung
Kranken 6,8 %, Schaden Sach 5,2 %, IT 3,7 %, Vertrieb Innendienst 5,5 %. Bereiche unter
20 Beschäftigten wurden zusammengefasst. Anteil Langzeiterkrankungen (> 6 Wochen) 1,9 %.
BEM-Verfahren 2025: 41 angeboten, 29 angenommen.
Pflegezeit/Familienpflegezeit 2025: 9 Beschäftigte, kurzzeitige Arbeitsverhinderung 23 Fälle.
Der BR bittet um Auswertung Kundenservice nach Teams, sofern jeweils mind. 15 Personen.

TOP 4 Verschiedenes: Sommerfest 3. Juli.

Protokoll: D. Arslan
""")


def m059():
    build(59, "CONFIDENTIAL", "de", "neighbour",
          "neighbour claims vet costs after named neighbours' dog bit her cat, their animal liability policy number; animal health only",
          frm="Sandra Möbus <sandra.moebus@mailhaus.example>",
          to="schaden@falkenried.example",
          subject="Tierhalterhaftpflicht Familie Rothe - Hundebiss bei unserer Katze",
          date="Sat, 21 Mar 2026 12:14:50 +0100",
          body="""Hallo,

am 14.03. hat der Labrador unserer Nachbarn, Familie Jens und Tatjana Rothe (Im Rosental 8,
34246 Vellmar), unsere Katze Mimi im Garten gebissen. Die Familie Rothe hat bei Ihnen eine
Hundehaftpflicht, Nummer TH-4402 319, und ist mit der Regulierung einverstanden.

Mimi musste in der Tierklinik genäht werden und bekam Antibiotika, Rechnung der Tierklinik
Kassel-Nord vom 14.03.2026 über 386,73 EUR. Bitte überweisen Sie den Betrag auf mein Konto

IBAN: DE58 2605 0001 0250 0981 13
Sandra Möbus

Rechnung und Fotos kann ich gerne schicken.

Viele Grüße
Sandra Möbus
Im Rosental 10, Vellmar
""")


def m060():
    build(60, "STRICTLY_CONFIDENTIAL", "en", "carer",
          "live-in care agency reports client's hospital discharge, care needs and invoices respite care under private care policy",
          frm="Opieka24 Care Agency <office@opieka24-care.example>",
          to="pflege@falkenried.example",
          subject="Client Mr Horst Eberwein - PT-4410987 - respite care invoice March",
          date="Mon, 23 Mar 2026 09:09:09 +0100",
          body="""Dear Sir or Madam,

we are the live-in care agency of your insured Mr Horst Eberwein (Habichtswald), care policy
PT-4410987. His daughter, Mrs Claudia Eberwein, has authorised us to send invoices directly.

Mr Eberwein returned from hospital on 6 March after treatment for pneumonia. Since then he needs
help with all transfers and is mostly bed-bound; he is on oxygen at night. His regular family
carer (the daughter) was unable to care from 6 to 20 March, so our carer Ms Bożena Kwiatkowska
provided respite care ("Verhinderungspflege") for 15 days.

Invoice no. 2026/0311: 15 days x EUR 118.00 = EUR 1,770.00
Please pay to our account at mBank (IBAN on the invoice, sent by post).

Kind regards
Agnieszka Wróbel
Office manager, Opieka24 Sp. z o.o., German branch Kassel
""")


def m061():
    build(61, "NORMAL", "en", "insurer-to-employer",
          "trap: group accident quote for a prospect employer, headcounts and job categories only, no names",
          frm="Firmenkunden Falkenried <firmenkunden@falkenried.example>",
          to="Ben Achterfeld <b.achterfeld@solvent-robotics.example>",
          subject="Your enquiry: group accident insurance for 48 employees",
          date="Tue, 24 Mar 2026 10:40:12 +0100",
          body="""Dear Mr Achterfeld,

thank you for your enquiry. Based on the figures you gave us we can offer group accident
insurance on a 24-hour basis (work and leisure):

Risk group A (office, 31 employees): sum insured disability EUR 100,000, progression 225 %,
death EUR 20,000, hospital cash EUR 20 -> EUR 98.00 per person per year
Risk group B (assembly/field service, 17 employees): same benefits -> EUR 171.50 per person per year

Annual premium incl. 19 % insurance tax: EUR 7,095.92

No health questions are asked for groups of 10 or more. Employees can be added or removed
monthly by headcount; we do not need names unless a claim is made.

The offer is valid until 30 April 2026. I'd be happy to discuss it by phone.

Kind regards
Marcel Engel
Corporate Clients | Falkenried Versicherung AG
""")


def m062():
    best = pdf([
        "Falkenried Versicherung AG",
        "Wilhelmshöher Allee 212, 34119 Kassel",
        "",
        "Versicherungsbestätigung Privathaftpflicht (zur Vorlage beim Vermieter)",
        "",
        "Versicherungsnehmerin: Frau Zeynep Aksoy",
        "Anschrift: Querallee 44, 34119 Kassel",
        "Vertragsnummer: PHV-23 551 064",
        "Versicherungsbeginn: 01.04.2023, ungekündigt",
        "Deckungssumme: 10.000.000 EUR pauschal für Personen-, Sach- und Vermögensschäden",
        "Mietsachschäden an Wohnräumen: mitversichert bis 1.000.000 EUR",
        "",
        "Kassel, 24.03.2026",
    ])
    build(62, "CONFIDENTIAL", "de", "insurer-to-landlord",
          "liability insurance confirmation of named tenant sent to landlord with her consent (PDF): policy number, address",
          frm="Kundenservice Falkenried <kundenservice@falkenried.example>",
          to="Wohnungsbau Fulda-Aue eG <vermietung@wb-fulda-aue.example>",
          cc="zeynep.aksoy@post-mail.example",
          subject="Versicherungsbestätigung für Ihre künftige Mieterin",
          date="Tue, 24 Mar 2026 14:22:31 +0100",
          body="""Sehr geehrte Damen und Herren,

auf Wunsch und mit Einverständnis unserer Kundin, Frau Zeynep Aksoy, übersenden wir Ihnen die
anliegende Versicherungsbestätigung zu ihrer Privathaftpflichtversicherung für den Abschluss
des Mietvertrags. Frau Aksoy erhält diese E-Mail in Kopie.

Mit freundlichen Grüßen
Ihr Kundenservice der Falkenried Versicherung AG
""",
          atts=[att("Versicherungsbestaetigung_PHV.pdf", best)])


def m063():
    orig = inner(
        frm="Lea Hirschfeld <lea.hirschfeld@uni-mail.example>",
        to="kundenservice@falkenried.example",
        subject="Sterbegeld meine Oma Anneliese Hirschfeld",
        date="Sun, 22 Mar 2026 22:48:10 +0100",
        body="""Hallo,

meine Oma Anneliese Hirschfeld ist am 15.03. im Hospiz gestorben (sie hatte Bauchspeicheldrüsenkrebs,
es ging am Ende sehr schnell). Sie hatte bei Ihnen eine Sterbegeldversicherung, die Nummer ist
SG 71 220 948. Ich bin die Bezugsberechtigte, das hat sie mir damals gesagt.

Die Beerdigung war am Freitag, Rechnung vom Bestattungshaus Pietät Walther: 4.986,00 EUR.
Können Sie das Sterbegeld auf mein Konto überweisen? DE70 5204 0021 6650 1299 44

Sterbeurkunde schicke ich mit der Post, ich habe nur das Original.

Liebe Grüße
Lea Hirschfeld
""")
    build(63, "STRICTLY_CONFIDENTIAL", "de", "relative",
          "harmless forwarding body; forwarded message/rfc822: granddaughter reports death (pancreatic cancer) under funeral life policy, IBAN",
          frm="Henrike Sallmann <henrike.sallmann@falkenried.example>",
          to="leben-leistung@falkenried.example",
          subject="WG: Sterbegeld meine Oma",
          date="Mon, 23 Mar 2026 08:12:40 +0100",
          body="""Hallo Leben-Leistung,

zuständigkeitshalber, kam bei uns im allgemeinen Postfach an. Ich habe der Absenderin eine
Eingangsbestätigung geschickt.

Gruß Henrike
""",
          fwd=orig)


def m064():
    build(64, "NORMAL", "de", "internal",
          "trap: call guide for hospitals, police or care homes calling about customers; generic script",
          frm="Deniz Arslan <deniz.arslan@falkenried.example>",
          to="angehoerigen-service@falkenried.example",
          subject="Gesprächsleitfaden: Anrufe von Krankenhäusern, Pflegeheimen, Polizei",
          date="Wed, 25 Mar 2026 09:00:03 +0100",
          body="""Hallo Team,

wir bekommen immer öfter Anrufe von Dritten, die keine Angehörigen sind. Bitte ab sofort so:

Krankenhaus (Kostenübernahme, Sozialdienst)
- Rückrufnummer über die Website des Hauses verifizieren, nie die genannte Nummer nehmen.
- Kostenübernahme nur schriftlich über das Klinik-Portal; telefonisch nur "liegt vor / liegt
  nicht vor", keine Tarif- oder Diagnoseinfos.

Pflegeheim / Pflegedienst
- Abtretungserklärung im System prüfen. Ohne Abtretung nur allgemeine Infos zu Formularen.

Polizei / Staatsanwaltschaft
- Keine Auskunft am Telefon. Schriftliches Ersuchen an die Rechtsabteilung.

Nachbarn, Vermieter, Hausverwaltung
- Meldung aufnehmen, keine Vertragsdaten bestätigen (auch nicht "ja, der ist bei uns").

Fragen gern an mich.
Deniz
""")


def m065():
    build(65, "CONFIDENTIAL", "en", "colleague",
          "team assistant sends colleagues' birth dates and passport numbers for group travel cancellation cover",
          frm="Marta Gonçalves <marta.goncalves@brightlane-software.example>",
          to="reise@falkenried.example",
          subject="Travel cancellation cover - team trip Lisbon 14-17 May - traveller list",
          date="Thu, 26 Mar 2026 11:31:27 +0100",
          body="""Hello,

I'm organising our team trip and would like to book your group travel cancellation insurance
(tariff "Gruppe Basis") for the following colleagues. Trip price EUR 940 per person.

Name                  | Date of birth | Passport/ID no.
----------------------|---------------|----------------
Tom Halvorsen         | 1987-10-02    | C4K7R2L91
Julia Brandes         | 1991-04-19    | L01X6T8N3
Ayşe Karaca           | 1996-12-08    | T22F9K0M4
Dominik Schwarzkopf   | 1983-06-27    | C7HH2P1Z8
Marta Gonçalves       | 1990-01-15    | CB812345 (PT)

Payment by company credit card please (Brightlane Software GmbH, invoice to
accounting@brightlane-software.example).

Thanks!
Marta
""")


def m066():
    bericht = docx([
        "# Grundschule Am Lindenberg – Unfallbericht für Versicherung",
        "Datum des Unfalls: 18.03.2026, 10:05 Uhr, große Pause",
        "Schüler: Noah Reichenbach, Klasse 3a, geb. 03.07.2017",
        "Aufsicht: Frau Opitz, Herr Kamali",
        "Hergang: Noah ist beim Fangenspielen mit dem Gesicht gegen die Kante des Klettergerüsts gestoßen.",
        "Verletzung: oberer Schneidezahn (11) abgebrochen, Zahn 21 gelockert, Platzwunde Oberlippe.",
        "Erstversorgung: Kühlen, Zahnstück in Zahnrettungsbox, Mutter informiert 10:15 Uhr.",
        "Weiterbehandlung: Zahnärztlicher Notdienst Dr. Schenk, Kassel, gleicher Tag.",
        "Meldung an Unfallkasse Hessen erfolgt (Az. liegt der Mutter vor).",
        "Kassel, 19.03.2026 – Maren Opitz, Klassenlehrerin",
    ])
    build(66, "STRICTLY_CONFIDENTIAL", "de", "teacher",
          "teacher sends school accident report (DOCX) for pupil's private child accident policy: tooth injuries, birth date",
          frm="Maren Opitz <opitz@grundschule-am-lindenberg.example>",
          to="unfall@falkenried.example",
          cc="j.reichenbach@familienpost.example",
          subject="Unfallbericht Noah Reichenbach / Kinderunfall KU 3 118 206",
          date="Fri, 27 Mar 2026 13:49:02 +0100",
          body="""Sehr geehrte Damen und Herren,

auf Bitte von Frau Reichenbach (in Kopie) sende ich Ihnen den Unfallbericht der Schule zur
Kinderunfallversicherung KU 3 118 206.

Mit freundlichen Grüßen
Maren Opitz
Grundschule Am Lindenberg, Kassel
""",
          atts=[att("Unfallbericht_Reichenbach_2026-03-18.docx", bericht)])


def m067():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Kinderunfall</title></head>
<body style="font-family:Georgia,serif;max-width:640px">
<h1>Klettern, Toben, Hinfallen &ndash; und dann?</h1>
<p>Jedes Jahr verletzen sich in Deutschland rund 1,7 Millionen Kinder so, dass sie &auml;rztlich
behandelt werden m&uuml;ssen. Die gesetzliche Unfallversicherung zahlt nur in Kita und Schule und
auf dem Weg dorthin &ndash; nicht am Nachmittag auf dem Spielplatz.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Leistung</th><th>Falkenried KinderUnfall Basis</th><th>KinderUnfall Plus</th></tr>
<tr><td>Invalidit&auml;t (Grundsumme)</td><td>100.000 &euro;</td><td>200.000 &euro;</td></tr>
<tr><td>Progression</td><td>350 %</td><td>500 %</td></tr>
<tr><td>Zahnersatz nach Unfall</td><td>bis 2.500 &euro;</td><td>bis 10.000 &euro;</td></tr>
<tr><td>Kosmetische Operationen</td><td>bis 10.000 &euro;</td><td>bis 25.000 &euro;</td></tr>
<tr><td>Beitrag monatlich</td><td>8,90 &euro;</td><td>14,40 &euro;</td></tr>
</table>
<p><small>Quelle Unfallzahl: ver&ouml;ffentlichte Sch&auml;tzung der Bundesarbeitsgemeinschaft
Mehr Sicherheit f&uuml;r Kinder. Beispielbeitr&auml;ge f&uuml;r ein Kind von 0 bis 17 Jahren.</small></p>
<p><a href="https://www.falkenried.example/kinderunfall">Jetzt berechnen</a></p>
</body></html>"""
    build(67, "NORMAL", "de", "newsletter",
          "trap: HTML-only product mailing on child accident insurance with accident statistics and dental benefits, no person",
          frm="Falkenried Newsletter <newsletter@falkenried.example>",
          to="familie@lists.falkenried.example",
          subject="Klettern, Toben, Hinfallen - und dann?",
          date="Sat, 28 Mar 2026 08:00:00 +0100",
          html=html)


def m068():
    build(68, "CONFIDENTIAL", "de", "relative",
          "daughter reports parking damage for her father's car: plate, policy, his no-claims class; nobody hurt",
          frm="Jessica Brandt <jessi.brandt@mobil-post.example>",
          to="kfz-schaden@falkenried.example",
          subject="Parkschaden Papa",
          date="Sun, 29 Mar 2026 17:05:58 +0200",
          cte="8bit",
          body="""Hallo,

mein Vater Klaus-Dieter Brandt (Kfz-Versicherung KF 70 331 812, SF 18) ist heute beim
Ausparken am Edeka in Lohfelden gegen einen anderen Wagen gestoßen, hinten links.
Das andere Auto: Opel Corsa, KS-MW 6003, Fahrerin Frau Weidemann, Tel hat sie ihm gegeben.
Verletzt wurde keiner, nur Blechschaden.

Er möchte das wenn möglich selbst zahlen damit er nicht hochgestuft wird, wie geht das?
Er hat kein Internet deshalb schreib ich. Er ist erreichbar unter 0561 51 33 08.

LG Jessica Brandt

Von meinem iPhone gesendet
""")


def m069():
    build(69, "NORMAL", "en", "insurer-to-partner",
          "trap: out-of-office reply naming a substitute, no reason given",
          frm="Rahul Iyer <rahul.iyer@falkenried.example>",
          to="claims@globalcare-assist.example",
          subject="Automatic reply: Case FA-26-3319 - guarantee of payment",
          date="Mon, 30 Mar 2026 07:12:03 +0200",
          headers={"Auto-Submitted": "auto-replied"},
          body="""Thank you for your email. I am out of the office until 6 April 2026 and will not be
reading emails.

For urgent matters concerning international health claims please contact my colleague
Fiona McAllister (fiona.mcallister@falkenried.example, +49 561 7790-4821) or our 24/7
assistance line +49 561 7790-9999.

Kind regards
Rahul Iyer
""")


def m070():
    build(70, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
          "husband of expat insured told about pre-approval of her maternity care and planned caesarean; pregnancy data",
          frm="Fiona McAllister <fiona.mcallister@falkenried.example>",
          to="Arjun Mehta <arjun.mehta@mehta-home.example>",
          subject="Pre-authorisation maternity - Mrs Priyanka Mehta - IHP 440 118 2",
          date="Tue, 31 Mar 2026 15:38:44 +0200",
          body="""Dear Mr Mehta,

your wife has confirmed by phone that we may correspond with you about her international health
plan IHP 440 118 2, and we have noted this on file.

We are pleased to confirm pre-authorisation for the maternity package at Mediclinic City
Hospital, Dubai:
- estimated due date 22 June 2026; planned caesarean section because of the placenta praevia
  diagnosed at the 20-week scan (O44.0),
- hospital stay up to 5 days, private room,
- newborn care including paediatric check-ups for the first 30 days.

Cover is subject to the maternity limit of USD 15,000 and the 10-month waiting period, which
has been met. The hospital will send us the invoice directly. Please register the baby with
us within 30 days of birth so that cover continues without health questions.

Best wishes to you both
Fiona McAllister
International Health | Falkenried Krankenversicherung AG
""")


def m071():
    dsfa = docx([
        "# DSFA Angehörigen-Zugang im Kundenportal – Auszug Kapitel 3 (Entwurf 0.4)",
        "3.1 Beschreibung der Verarbeitung",
        "Bevollmächtigte, rechtliche Betreuer und Erben erhalten eine eigene Rolle im Kundenportal. "
        "Sie sehen je nach Umfang der Vollmacht Vertrags-, Beitrags- und Leistungsdaten der vertretenen Person.",
        "3.2 Kategorien personenbezogener Daten",
        [["Kategorie", "Beispiel", "Art. 9 DSGVO"],
         ["Stammdaten", "Name, Anschrift, Geburtsdatum", "nein"],
         ["Vertragsdaten", "Tarif, Beitrag, Versicherungsnummer", "nein"],
         ["Leistungsdaten Kranken/Pflege", "Rechnungen, Diagnosen, Pflegegrad", "ja"],
         ["Nachweise der Vertretung", "Betreuerausweis, Vollmacht, Erbschein", "teilweise (Betreuung)"]],
        "3.3 Risiken",
        "R1 Vollmacht überschreitet Umfang (z. B. Vermögenssorge ohne Gesundheitssorge) – hoch",
        "R2 Vollmacht widerrufen, aber noch aktiv im Portal – mittel",
        "R3 Versicherte Person ab 15 Jahren widerspricht Einsicht der Eltern – mittel",
        "Maßnahmen: Prüfung durch Angehörigen-Service, jährliche Rezertifizierung, Widerrufsbutton.",
    ])
    build(71, "NORMAL", "de", "internal",
          "trap: DPIA excerpt (DOCX) on relatives' portal access listing health data categories, no person",
          frm="Dr. Ruth Imhoff <ruth.imhoff@falkenried.example>",
          to="Fiona McAllister <fiona.mcallister@falkenried.example>",
          cc="ole.brinkmann@falkenried.example",
          subject="DSFA Angehörigenzugang - Kapitel 3 zur Abstimmung",
          date="Wed, 01 Apr 2026 10:10:10 +0200",
          body="""Hallo Fiona,

anbei Kapitel 3 der DSFA. Bitte vor allem die Risikobewertung prüfen: R1 halte ich für das
größte Problem, weil Vermögenssorge und Gesundheitssorge in den Beschlüssen oft nicht klar
getrennt sind. Kapitel 4 (Maßnahmen) folgt nächste Woche.

Viele Grüße
Ruth
""",
          atts=[att("DSFA_Angehoerigenzugang_Kap3_v0.4.docx", dsfa)])


def m072():
    build(72, "CONFIDENTIAL", "en", "insurer-to-landlord",
          "landlord's buildings claim after burglary names the tenant whose door was forced; claim and policy numbers",
          frm="Sevgi Aydın <sevgi.aydin@falkenried.example>",
          to="Martin Holloway <martin.holloway@holloway-lettings.example>",
          subject="Buildings policy WG-3390-177 - burglary damage, claim S-2026-019443",
          date="Thu, 02 Apr 2026 11:26:54 +0200",
          body="""Dear Mr Holloway,

thank you for reporting the damage at your property Herkulesstraße 12, 34119 Kassel
(buildings insurance WG-3390-177).

We understand that the flat door of your tenant on the 2nd floor, Ms Greta Sundqvist, was forced
during a burglary on 28 March while she was at work. The door frame and lock are damage to the
building and are covered under your policy (claim S-2026-019443). Items stolen from the flat
are not covered by your buildings insurance; Ms Sundqvist should report them to her own
household insurer.

Please send us the joiner's invoice and the police reference number (Ms Sundqvist's report).
We will then pay the costs less your deductible of EUR 250.

Kind regards
Sevgi Aydın
Property Claims | Falkenried Versicherung AG
""")


def m073():
    build(73, "NORMAL", "de", "insurer-to-partner",
          "trap: invitation of guardianship associations to a cooperation workshop; no clients named",
          frm="Deniz Arslan <deniz.arslan@falkenried.example>",
          to="info@betreuungsverein-nordhessen.example, kontakt@btv-kassel-land.example, vorstand@bdb-hessen.example",
          subject="Einladung: Werkstattgespräch Betreuungsvereine & Versicherer, 5. Mai",
          date="Fri, 03 Apr 2026 09:30:00 +0200",
          body="""Sehr geehrte Damen und Herren,

Betreuerinnen und Betreuer sind für uns wichtige Ansprechpartner. Gleichzeitig hören wir
von Ihnen, dass vieles zu lange dauert: Bestellungsurkunden werden mehrfach angefordert,
Schreiben gehen an die Betreuten statt an Sie, und es gibt zu viele Postfächer.

Wir laden Sie deshalb zu einem Werkstattgespräch ein:
Dienstag, 5. Mai 2026, 14-17 Uhr, Falkenried, Wilhelmshöher Allee 212, Raum 1.01 (barrierefrei)

Themen:
1. Ein Zugang für viele Betreute im Kundenportal
2. Welche Aufgabenkreise brauchen wir für welche Auskunft?
3. Ihre Wünsche an Briefe und Formulare

Bitte bringen Sie keine Unterlagen zu einzelnen Betreuten mit. Anmeldung bis 24. April
an angehoerigen-service@falkenried.example.

Mit freundlichen Grüßen
Deniz Arslan
Angehörigen-Service, Falkenried Versicherung AG
""")


def m074():
    build(74, "STRICTLY_CONFIDENTIAL", "de", "lawyer",
          "executor asks for values of deceased's life and pension contracts for estate inventory; life contracts of named person",
          frm="Notarin Dr. Ulrike Sander <sander@notariat-sander.example>",
          to="leben@falkenried.example",
          subject="Nachlass Friedhelm Ortmann, verst. 21.02.2026 - Ihre Verträge LV 30-044 781-2 / RV 91-220 317",
          date="Mon, 06 Apr 2026 10:48:00 +0200",
          body="""Sehr geehrte Damen und Herren,

ich bin durch Testament vom 12.05.2019 zur Testamentsvollstreckerin über den Nachlass des am
21.02.2026 verstorbenen Herrn Friedhelm Ortmann, geb. 04.10.1949, zuletzt wohnhaft Bergstraße 9,
34131 Kassel, bestellt (Testamentsvollstreckerzeugnis AG Kassel 61 VI 318/26 anbei per Post).

Für das Nachlassverzeichnis bitte ich um Mitteilung:
1. Kapitallebensversicherung LV 30-044 781-2: Todesfallleistung, Bezugsberechtigte(r), ob
   widerruflich oder unwiderruflich, ob bereits ausgezahlt;
2. Private Rentenversicherung RV 91-220 317: Status nach Tod, Rentengarantiezeit,
   Restzahlungen an Erben;
3. etwaige Beitragsrückstände oder Policendarlehen.

Ferner bitte ich um Übersendung der Versicherungsscheine in Kopie.

Mit freundlichen Grüßen
Dr. Ulrike Sander
Notarin
""")


def m075():
    build(75, "NORMAL", "en", "internal",
          "trap: security warning about phishing mails impersonating guardianship courts; no real person",
          frm="IT Security <it-security@falkenried.example>",
          to="alle-mitarbeitenden@falkenried.example",
          subject="Warning: fake emails from 'guardianship courts' with malicious attachments",
          date="Tue, 07 Apr 2026 08:05:00 +0200",
          body="""Dear colleagues,

since last week we have seen a wave of phishing emails that pretend to come from German
local courts ("Amtsgericht - Betreuungsgericht") and claim that a customer has been placed
under legal guardianship. They ask us to open an attached "Beschluss" (ZIP or .iso file) or to
confirm contract details by reply.

How to recognise them:
- sender domains that look official but are not (e.g. amtsgericht-betreuung-online...),
- pressure ("Frist 24 Stunden"), generic salutation, no case number format "XVII",
- archives with passwords in the mail text.

Real court orders come by post or via the secure electronic court mailbox (beA/EGVP), never
as ZIP files by ordinary email.

If you received one: do not open it, use the "Report phishing" button in Outlook.

IT Security Team
""")

def m076():
    build(76, "STRICTLY_CONFIDENTIAL", "de", "relative",
          "sensitive only in subject: son names father's bypass surgery and rehab application with health policy number; body harmless",
          frm="Sven Rathgeber <sven.rathgeber@kabelpost.example>",
          to="leistung-kranken@falkenried.example",
          subject="Reha-Antrag Papa (Günter Rathgeber) nach Bypass-OP - KV 2210 448 19 - bitte Rückruf",
          date="Wed, 08 Apr 2026 12:44:31 +0200",
          body="""Hallo,

siehe Betreff. Vollmacht haben Sie. Bitte rufen Sie mich kurz an, es eilt etwas,
Entlassung ist am Freitag.

0170 4481 227

Danke
Sven Rathgeber
""")


def m077():
    vollm = odt([
        "Formular V-12 – Vollmacht (Blanko, Stand 01/2026)",
        "Vollmachtgeber/in: ______________________  Bevollmächtigte/r: ______________________",
        "Umfang: [ ] Verträge  [ ] Schäden/Leistungen  [ ] Gesundheitsdaten (nur mit S-3)",
    ])
    schweige = docx([
        "# Formular S-3 – Einwilligung und Schweigepflichtentbindung (Blanko)",
        "Ich, ______________________ (Name, Vorname), geb. ____________, entbinde die mich behandelnden Ärzte, "
        "Krankenhäuser und Pflegeeinrichtungen gegenüber der Falkenried Versicherung AG von der Schweigepflicht, "
        "soweit dies zur Prüfung von Leistungsansprüchen erforderlich ist.",
        "Ich willige ein, dass Gesundheitsdaten an folgende Person übermittelt werden dürfen: ______________________",
        "Ort, Datum, Unterschrift ______________________",
    ])
    readme = """Formularpaket Angehoerige, Stand 01/2026
V-12_Vollmacht.odt        Vollmacht fuer Angehoerige, Betreuer, Nachbarn
S-3_Schweigepflicht.docx  Einwilligung/Schweigepflichtentbindung
Bitte nur unausgefuellt weitergeben. Ausgefuellte Formulare bitte per Post oder Portal.
"""
    z = zip_file([("V-12_Vollmacht.odt", vollm), ("S-3_Schweigepflicht.docx", schweige),
                  ("LIESMICH.txt", readme.encode("utf-8"))])
    build(77, "NORMAL", "de", "insurer-to-broker",
          "trap: ZIP with blank power-of-attorney and confidentiality-release forms for brokers, placeholders only",
          frm="Vertriebsservice Falkenried <vertriebsservice@falkenried.example>",
          to="Maklerbüro Schellhaas <info@schellhaas-makler.example>",
          subject="Formularpaket Angehörige (Vollmacht V-12, Schweigepflichtentbindung S-3)",
          date="Thu, 09 Apr 2026 09:19:08 +0200",
          body="""Sehr geehrter Herr Schellhaas,

wie gestern am Telefon besprochen erhalten Sie anbei unser Formularpaket für Angehörige als ZIP.
Die Formulare sind blanko; bitte geben Sie sie unausgefüllt an Ihre Kundinnen und Kunden weiter.

Ausgefüllte Formulare mit Gesundheitsangaben bitte nicht per E-Mail an uns, sondern per Post
oder über die elektronische Vermittlerpost.

Mit freundlichen Grüßen
Ihr Vertriebsservice
""",
          atts=[att("Formularpaket_Angehoerige_2026-01.zip", z)])


def m078():
    build(78, "CONFIDENTIAL", "de", "insurer-to-relative",
          "heir receives copy of deceased mother's buildings policy details: address, sum insured, premium; no health",
          frm="Kundenservice Falkenried <kundenservice@falkenried.example>",
          to="Matthias Grebe <m.grebe@grebe-net.example>",
          subject="Ihre Anfrage zur Wohngebäudeversicherung WG-1204-7731",
          date="Fri, 10 Apr 2026 14:05:26 +0200",
          body="""Sehr geehrter Herr Grebe,

vielen Dank für die Übersendung des Erbscheins. Sie sind damit als Miterbe nach Ihrer Mutter,
Frau Elisabeth Grebe, berechtigt, Auskunft zur Wohngebäudeversicherung zu erhalten.

Vertrag: WG-1204-7731
Versichertes Gebäude: Einfamilienhaus, Kirchweg 14, 34346 Hann. Münden
Versicherungssumme: Wert 1914 = 28.400 Mark (gleitender Neuwert)
Gefahren: Feuer, Leitungswasser, Sturm/Hagel, Elementar
Jahresbeitrag: 842,16 EUR, fällig jeweils zum 01.07., zuletzt bezahlt am 01.07.2025

Der Vertrag geht mit dem Erbfall auf die Erbengemeinschaft über. Bitte teilen Sie uns mit, wer
künftig Ansprechpartner ist. Bei einem Verkauf des Hauses geht der Vertrag auf den Käufer über.

Wichtig: Steht das Haus leer, müssen Sie uns das nach 60 Tagen melden.

Mit freundlichen Grüßen
Ihr Kundenservice
""")


def m079():
    build(79, "STRICTLY_CONFIDENTIAL", "en", "employer",
          "employer asks about status of employee's group income protection claim after disc surgery (M51.1)",
          frm="Lena Haupt <lena.haupt@vireo-medtech.example>",
          to="group-life@falkenried.example",
          subject="Group income protection GIP-1177 - status of claim for Mr Oliver Strauch",
          date="Mon, 13 Apr 2026 16:20:07 +0200",
          body="""Dear claims team,

our employee Oliver Strauch (staff no. 10188) has been unable to work since October 2025. As far
as we know he had surgery for a herniated disc (L4/L5, M51.1) in November and the recovery
has been slow; he is now in an outpatient rehab programme three days a week.

Under our group income protection policy GIP-1177 the deferred period of 26 weeks ends on
20 April 2026. He told us he sent you the claim form and his doctor's reports in March.

Could you let us know whether anything is missing from our side (salary confirmation, job
description)? His statutory sick pay from the health fund ends in early May, so he is
understandably worried.

Best regards
Lena Haupt
People & Culture | Vireo MedTech GmbH
""")


def m080():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Falkenried//Webinar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-lpa-20260505@falkenried.example
DTSTAMP:20260414T070000Z
DTSTART:20260505T160000Z
DTEND:20260505T170000Z
SUMMARY:Webinar: Powers of attorney, guardians and heirs - what brokers need to know
URL:https://events.falkenried.example/lpa-2026
DESCRIPTION:Speaker: Dr Ruth Imhoff (DPO). Which documents we accept, what
 relatives may see, how to handle death claims. Fictitious cases only.
END:VEVENT
END:VCALENDAR
"""
    build(80, "NORMAL", "en", "insurer-to-broker",
          "trap: webinar invitation (ICS) about powers of attorney, guardians and death claims; no person data",
          frm="Falkenried Academy <academy@falkenried.example>",
          to="brokers-en@lists.falkenried.example",
          subject="Webinar 5 May: powers of attorney, guardians and heirs",
          date="Tue, 14 Apr 2026 09:00:00 +0200",
          body="""Dear broker partners,

more and more of your clients' affairs are handled by children, partners or professional
guardians. In this 60-minute webinar our data protection officer explains:

- which powers of attorney and court orders we accept,
- what relatives may see and what needs a separate confidentiality release,
- how to report a death and what happens to the remaining contracts.

Date: 5 May 2026, 18:00-19:00 CEST. Calendar entry attached.
Registration counts as 1 hour of IDD training.

Falkenried Academy
""",
          atts=[att("webinar_2026-05-05.ics", ics)])


def m081():
    build(81, "CONFIDENTIAL", "en", "relative",
          "brother reports lost luggage of his sister under her travel baggage policy: policy number, items, values; no health",
          frm="Jonas Lindqvist <jonas.lindqvist@nordpost.example>",
          to="reise@falkenried.example",
          subject="Lost suitcase - baggage insurance RG-2025-88104 (Emilia Lindqvist)",
          date="Wed, 15 Apr 2026 20:31:49 +0200",
          body="""Hi,

I'm writing for my sister Emilia Lindqvist, who has a travel baggage policy with you
(RG-2025-88104). She is still in Lisbon and her phone was in the suitcase, so she asked me
to report it.

Her suitcase did not arrive on flight TP 578 Lisbon-Frankfurt on 12 April. The airline
reference (PIR) is FRATP41877. It was a grey Samsonite, about 4 years old.
Contents as far as she remembers:
- clothes and shoes, approx. EUR 900
- Canon EOS M50 camera with lens, bought 2023, EUR 680
- toiletries, approx. EUR 80

She will send the receipts when she is back on Monday. Can you send the claim form to her
email address emilia.lindqvist@nordpost.example?

Thanks
Jonas
""")


def m082():
    csv = """Pflegegrad;Versicherte PPV;Anteil;Leistungsempfänger ambulant;Leistungsempfänger stationär
1;1.284;0,41%;1.284;0
2;3.977;1,27%;3.310;667
3;2.612;0,83%;1.845;767
4;1.398;0,45%;701;697
5;603;0,19%;214;389
Summe;9.874;3,15%;7.354;2.520
Stichtag 31.12.2025, Bestand Private Pflegepflichtversicherung Falkenried Krankenversicherung AG, 313.470 Versicherte
"""
    build(82, "NORMAL", "de", "insurer-to-partner",
          "trap: aggregate care-grade statistics (CSV) for the industry association, no individuals",
          frm="Statistik Kranken <statistik-kv@falkenried.example>",
          to="statistik@pkv-verband-muster.example",
          subject="Meldung Pflegestatistik 2025 - Falkenried Krankenversicherung AG (Unt.-Nr. 4188)",
          date="Thu, 16 Apr 2026 11:00:00 +0200",
          body="""Sehr geehrte Damen und Herren,

anbei unsere Meldung zur Pflegestatistik 2025 im vereinbarten CSV-Format (Trennzeichen Semikolon,
Zeichensatz Windows-1252). Es handelt sich ausschließlich um aggregierte Bestandszahlen.

Mit freundlichen Grüßen
Sabine Rothenberger
Statistik Krankenversicherung
""",
          atts=[att("PPV_Pflegegrade_2025_4188.csv", csv, mime="application/vnd.ms-excel", charset="windows-1252")])


def m083():
    text = """Sehr geehrter Herr Ostendorf,

zur Einreichung vom 02.04.2026 für Ihre Betreute, Frau Irmgard Wessolek (KV 330 118 04):

Hörgeräteversorgung beidseits, Hörakustik Lange, Rechnung 26-0417
  Rechnungsbetrag                        3.480,00 EUR
  erstattungsfähig lt. Tarif (80 %,
  max. 1.500 EUR je Ohr alle 4 Jahre)     2.784,00 EUR
  Erstattung                             2.784,00 EUR

Die Verordnung von Dr. Hamacher (HNO) mit dem Audiogramm (beidseitige Schwerhörigkeit,
H90.3) lag bei. Die Zahlung erfolgt auf das Betreuungskonto.

Mit freundlichen Grüßen
Jana Oberländer
Leistung Kranken
"""
    html = """<html><body style="font-family:Arial;font-size:13px">
<p>Sehr geehrter Herr Ostendorf,</p>
<p>zur Einreichung vom 02.04.2026 f&uuml;r Ihre Betreute, Frau Irmgard Wessolek (KV 330 118 04):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">Position</th><th align="right">Betrag</th></tr>
<tr><td>H&ouml;rger&auml;teversorgung beidseits, H&ouml;rakustik Lange, Rechnung 26-0417</td><td align="right">3.480,00 EUR</td></tr>
<tr><td>erstattungsf&auml;hig lt. Tarif (80 %, max. 1.500 EUR je Ohr alle 4 Jahre)</td><td align="right">2.784,00 EUR</td></tr>
<tr><td><b>Erstattung</b></td><td align="right"><b>2.784,00 EUR</b></td></tr>
</table>
<p>Die Verordnung von Dr. Hamacher (HNO) mit dem Audiogramm (beidseitige Schwerh&ouml;rigkeit, H90.3) lag bei.
Die Zahlung erfolgt auf das Betreuungskonto.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Jana Oberl&auml;nder<br>Leistung Kranken</p>
</body></html>"""
    build(83, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-guardian",
          "guardian informed of hearing-aid reimbursement for ward: hearing loss H90.3, ENT prescription",
          frm="Jana Oberländer <jana.oberlaender@falkenried.example>",
          to="Frank Ostendorf <buero@betreuung-ostendorf.example>",
          subject="Erstattung Hörgeräte - Ihre Betreute Frau W.",
          date="Fri, 17 Apr 2026 10:52:13 +0200",
          body=text, html=html)


def m084():
    build(84, "CONFIDENTIAL", "de", "landlord",
          "landlady reports cellar fire caused by named tenant's e-bike battery, tenant's household/liability policy; nobody hurt",
          frm="Gudrun Heckmann <gudrun.heckmann@heckmann-haus.example>",
          to="schaden@falkenried.example",
          subject="Kellerbrand Sternstraße 5 - Akku von Herrn Ebersbach",
          date="Sat, 18 Apr 2026 09:37:40 +0200",
          cte="8bit",
          body="""Sehr geehrte Damen und Herren,

in meinem Mehrfamilienhaus Sternstraße 5, 34123 Kassel, hat es am Donnerstagabend im Keller
gebrannt. Laut Feuerwehr hat sich der Akku des E-Bikes meines Mieters, Herrn Florian Ebersbach
(Wohnung 3), beim Laden entzündet. Verletzt wurde niemand, die Bewohner waren schnell draußen.

Schäden: Kellerabteil Nr. 3 komplett ausgebrannt, Ruß im ganzen Kellergang und Treppenhaus,
Stromleitungen im Keller beschädigt, Nachbarabteile Nr. 2 und 4 verrußt.

Herr Ebersbach hat mir seine Versicherungsnummern bei Ihnen gegeben:
Hausrat HR-5520-1178, Privathaftpflicht PHV-24 118 330.

Mein eigenes Gebäude ist bei der Nordhessischen Brandkasse versichert, die habe ich auch
informiert. Bitte stimmen Sie sich ab, wer was übernimmt.

Mit freundlichen Grüßen
Gudrun Heckmann
""")


def m085():
    build(85, "NORMAL", "de", "insurer-to-supplier",
          "trap: order for certified destruction of paper files containing health data; no person or file content",
          frm="Einkauf Falkenried <einkauf@falkenried.example>",
          to="Aktenwolf GmbH <auftrag@aktenwolf.example>",
          subject="Abruf aus Rahmenvertrag RV-2024-011: Vernichtung Altakten Leistung Kranken/Pflege",
          date="Mon, 20 Apr 2026 08:40:00 +0200",
          body="""Sehr geehrte Damen und Herren,

wir rufen aus dem Rahmenvertrag RV-2024-011 folgende Leistung ab:

- Abholung und Vernichtung von 84 Sicherheitsbehältern à 240 l (Papierakten Leistung Kranken
  und Pflege, Aufbewahrungsfrist abgelaufen, Jahrgänge bis 2014)
- Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399
- Abholung im geschlossenen Fahrzeug, lückenlose Behälterverfolgung, Vernichtungsprotokoll
- Termin: 12. Mai 2026, 7:30 Uhr, Anlieferung Tor 3

Die Akten enthalten Gesundheitsdaten (Art. 9 DSGVO); Ihre Mitarbeiter müssen daher auf
§ 203 StGB verpflichtet sein (Verpflichtungserklärungen liegen uns für 2026 noch nicht vor,
bitte nachreichen).

Mit freundlichen Grüßen
Martina Gerlach
Zentraler Einkauf
""")


def m086():
    build(86, "STRICTLY_CONFIDENTIAL", "en", "lawyer",
          "widow's lawyer contests refusal of accidental death benefit: blood alcohol, autopsy, cause of death of named insured",
          frm="Daniel Ferreira-Koch <ferreira-koch@fk-anwaelte.example>",
          to="unfall-leistung@falkenried.example",
          subject="Ref. 2026/077 - Mrs Anja Riedesel ./. Falkenried - accidental death benefit UV 5 331 082",
          date="Tue, 21 Apr 2026 15:03:31 +0200",
          body="""Dear Sir or Madam,

we represent Mrs Anja Riedesel, widow of the late Mr Karsten Riedesel and beneficiary under
his accident policy UV 5 331 082. By letter of 2 April 2026 you refused the accidental death
benefit of EUR 100,000 on the grounds of the exclusion for disturbances of consciousness caused
by alcohol.

We disagree. According to the autopsy report of the Institute of Forensic Medicine Göttingen,
the blood alcohol concentration was 0.41 per mille, well below any threshold relevant to a
pedestrian. The cause of death was a traumatic brain injury (S06.2) after he was struck by a
cyclist on the unlit path along the Fulda. There is no indication that alcohol contributed to
the fall.

We ask you to reconsider and to pay the benefit within four weeks. Otherwise we have
instructions to take legal action. A copy of the autopsy report is enclosed in our letter by
post.

Yours faithfully
Daniel Ferreira-Koch
Lawyer
""")


def m087():
    build(87, "CONFIDENTIAL", "en", "insurer-to-colleague",
          "insurer refuses change requested by a colleague; quoted mail has named policyholder's motor policy and new IBAN",
          frm="Kundenservice Falkenried <kundenservice@falkenried.example>",
          to="Petra Sandvoss <p.sandvoss@hartwig-bau.example>",
          subject="RE: bank details for my colleague Mr Fromm",
          date="Wed, 22 Apr 2026 10:17:44 +0200",
          body="""Dear Ms Sandvoss,

thank you for your message. For your colleague's protection we can only change bank details
on the instruction of the policyholder himself, or with a written power of attorney. Please ask
Mr Fromm to send us the change himself through the customer portal or by post when he is back.

Kind regards
Customer Service | Falkenried Versicherung AG

-----Original Message-----
From: Petra Sandvoss <p.sandvoss@hartwig-bau.example>
Sent: Tuesday, April 21, 2026 4:55 PM
To: kundenservice@falkenried.example
Subject: bank details for my colleague Mr Fromm

Hello, my colleague Alexander Fromm is on holiday until May and asked me to send you his new
bank account for his car insurance KF 72 118 409, because his old account will be closed:
IBAN DE88 2505 0180 0033 8714 02, account holder Alexander Fromm.
Thank you! Petra Sandvoss, Hartwig Bau GmbH
""")


def m088():
    build(88, "NORMAL", "en", "insurer-to-relative",
          "trap: reply that no information can be given about a parent without authorisation; no name, no confirmation of a contract",
          frm="Kundenservice Falkenried <kundenservice@falkenried.example>",
          to="s.whitaker@mailpoint.example",
          subject="Your enquiry of 22 April",
          date="Thu, 23 Apr 2026 09:08:15 +0200",
          body="""Dear Ms Whitaker,

thank you for contacting us. We understand that you are worried and would like to help.

For data protection reasons we cannot confirm whether a particular person is insured with us
or give any information about contracts or claims, including to close family members, unless
we have received one of the following:

- a power of attorney signed by the person concerned (our form V-12 or a notarised lasting
  power of attorney),
- a court order appointing you as guardian,
- after a death: a certificate of inheritance or proof that you are a named beneficiary.

You can download form V-12 at www.falkenried.example/forms. Once we have received it, our
relatives' service team will contact you straight away.

Kind regards
Customer Service | Falkenried Versicherung AG
""")


def m089():
    build(89, "STRICTLY_CONFIDENTIAL", "de", "teacher",
          "exchange coordinator at school reports exchange student's asthma attack and hospital stay under exchange-student health policy",
          frm="OStR' Katharina Vahle <vahle@jacob-grimm-schule.example>",
          to="reise-notfall@falkenried.example",
          subject="Austauschschüler Tyler Brooks - Krankenhaus - Police AS-26-004417",
          date="Fri, 24 Apr 2026 13:13:52 +0200",
          body="""Sehr geehrte Damen und Herren,

ich betreue an der Jacob-Grimm-Schule die Austauschschüler. Unser amerikanischer Gastschüler
Tyler Brooks (16), Gastfamilie Familie Heinemann in Kassel-Wehlheiden, ist bei Ihnen über die
Austauschorganisation "Bridges Abroad" krankenversichert (Police AS-26-004417).

Tyler hatte heute im Sportunterricht einen schweren Asthmaanfall. Der Notarzt hat ihn ins
Klinikum Kassel gebracht, er bleibt zur Beobachtung mindestens eine Nacht auf der Kinderstation.
Sein Notfallspray war leer. Die leiblichen Eltern in Ohio sind informiert.

Die Gastmutter, Frau Anke Heinemann (0171 553 2048), ist bei ihm. Bitte teilen Sie dem
Krankenhaus mit, dass die Kosten übernommen werden.

Mit freundlichen Grüßen
Katharina Vahle
""")


def m090():
    build(90, "NORMAL", "de", "internal",
          "trap: blood donation drive announcement with general health eligibility rules; no person",
          frm="Betriebsärztlicher Dienst <betriebsarzt@falkenried.example>",
          to="alle-mitarbeitenden@falkenried.example",
          subject="Blutspende im Haus am 19. Mai - jetzt Termin buchen",
          date="Mon, 27 Apr 2026 08:15:00 +0200",
          body="""Liebe Kolleginnen und Kollegen,

am Dienstag, 19. Mai, kommt der DRK-Blutspendedienst wieder zu uns (Konferenzzentrum,
9-15 Uhr). Bitte buchen Sie einen Termin im Intranet unter "Gesundheit > Blutspende".

Spenden dürfen gesunde Personen ab 18 Jahren mit mindestens 50 kg Körpergewicht.
Nicht spenden sollten Sie u. a. bei Erkältung oder Fieber in den letzten Tagen, nach einer
Tätowierung in den letzten 4 Monaten oder bei Einnahme bestimmter Medikamente - im Zweifel
entscheidet der Arzt vor Ort. Bitte den Personalausweis mitbringen.

Die Spendezeit gilt als Arbeitszeit. Für Kuchen ist gesorgt.

Ihr Betriebsärztlicher Dienst
""")


def m091():
    build(91, "CONFIDENTIAL", "en", "insurer-to-employer",
          "certificate of business travel cover for named employee's visa: birth date, passport number; no health",
          frm="Firmenkunden Falkenried <firmenkunden@falkenried.example>",
          to="Claire Dunmore <c.dunmore@northgate-logistics.example>",
          subject="Certificate of cover for visa application - Mr Oluwaseun Adebayo",
          date="Tue, 28 Apr 2026 14:41:09 +0200",
          body="""Dear Ms Dunmore,

as requested, we confirm for the visa application of your employee:

Name: Oluwaseun Adebayo
Date of birth: 1989-02-17
Passport no.: A09981234 (Nigeria)
Employer: Northgate Logistics GmbH, business travel policy GR-BT-2211
Period of cover: 10 May 2026 - 9 June 2026, destination China
Cover: as per policy schedule, medical costs abroad unlimited, repatriation included

The signed certificate on letterhead is attached to the same email in our portal; please
download it from there, as we do not send passport data as a PDF by ordinary email.

Kind regards
Marcel Engel
Corporate Clients
""")


def m092():
    build(92, "NORMAL", "en", "internal",
          "trap: anonymised case study for training (age band, care grade, no name or number); not identifiable",
          frm="Deniz Arslan <deniz.arslan@falkenried.example>",
          to="angehoerigen-service@falkenried.example",
          subject="Case study for Thursday's team session (anonymised)",
          date="Wed, 29 Apr 2026 17:22:30 +0200",
          body="""Hi all,

for Thursday, please read this case. All identifying details have been removed or changed;
please don't try to find it in the system.

"A woman in her late seventies, living alone in a small town, has a private care policy.
Her son abroad calls us after she was found confused at a bus stop. He has no power of attorney.
Two weeks later a neighbour calls to say that the son has asked her to collect the post, and
reads out one of our letters to the agent. A month later a court-appointed guardian writes to
us with an order covering 'health care and residence', but not finances."

Questions:
1. What could we tell the son on the first call?
2. What should we have done with the neighbour's call?
3. May the guardian receive the premium reminder? The care assessment?

Bring your answers, we'll discuss them together.
Deniz
""")


def m093():
    build(93, "STRICTLY_CONFIDENTIAL", "de+en", "relative",
          "English wife writes about husband's daily sickness allowance, quoting insurer's German letter: burnout F43.2, sick note dates",
          frm="Rebecca Hartmann <rebecca.hartmann@hartmann-family.example>",
          to="leistung-kranken@falkenried.example",
          subject="Re: Krankentagegeld Herr Jens Hartmann KT 4401 7729",
          date="Thu, 30 Apr 2026 19:46:21 +0200",
          body="""Hello,

I am the wife of Jens Hartmann. He asked me to answer your letter because he finds it hard to
deal with paperwork at the moment. I have his written authorisation (attached to the letter
I posted today).

The new sick note from Dr. Brückner runs from 27 April to 22 May. The diagnosis is the same
(F43.2 adjustment disorder). He started therapy with a psychologist in Kassel last week, the
first appointments are twice a week.

Could you please write in English or call me? My German is OK but not for official letters.

Rebecca Hartmann

> Sehr geehrter Herr Hartmann,
> für die Weiterzahlung des Krankentagegeldes aus Ihrem Vertrag KT 4401 7729 über den
> 30.04.2026 hinaus benötigen wir eine Folgebescheinigung Ihres behandelnden Arztes mit
> Angabe der Diagnose sowie Angaben zur laufenden Behandlung.
> Mit freundlichen Grüßen, Falkenried Krankenversicherung AG
""")


def m094():
    build(94, "CONFIDENTIAL", "de", "neighbour",
          "neighbour claims window damage by named child of neighbours, their liability policy number; iso-8859-1; nobody hurt",
          frm="Helmut Kaufunger <h.kaufunger@bergpost.example>",
          to="schaden@falkenried.example",
          subject="Fensterscheibe eingeschossen - Haftpflicht Fam. Özdemir",
          date="Sat, 02 May 2026 11:58:04 +0200",
          charset="iso-8859-1", cte="quoted-printable",
          body="""Sehr geehrte Damen und Herren,

der Sohn meiner Nachbarn, Can Özdemir (10 Jahre), hat am Donnerstag beim Fußballspielen
meine Wohnzimmerscheibe getroffen, Isolierglas 1,80 x 1,20 m, komplett gesprungen.
Verletzt wurde niemand, ich war nicht im Zimmer.

Die Eltern, Herr Murat und Frau Elif Özdemir, Talstraße 17, 34260 Kaufungen, haben mir
ihre Haftpflichtversicherung bei Ihnen genannt: PHV-21 447 905. Sie sind sehr nett und
wollen, dass das schnell erledigt wird.

Angebot Glaserei Vaupel: 718,40 Euro inkl. Einbau.

Mit freundlichen Grüßen
Helmut Kaufunger
Talstraße 19, 34260 Kaufungen
""")


def m095():
    build(95, "NORMAL", "de", "insurer-to-partner",
          "trap: complaint statistics by relatives for the ombudsman, aggregated categories only",
          frm="Beschwerdemanagement Falkenried <beschwerde@falkenried.example>",
          to="geschaeftsstelle@ombudsmann-muster.example",
          subject="Jahresmeldung Beschwerden 2025 - Beschwerden durch Dritte",
          date="Mon, 04 May 2026 10:00:00 +0200",
          body="""Sehr geehrte Damen und Herren,

zu Ihrer Umfrage "Beschwerden durch Angehörige und Vertreter" melden wir für 2025:

Beschwerden gesamt: 3.412, davon eingereicht durch Dritte: 618 (18,1 %)
  - Angehörige mit Vollmacht: 271
  - Angehörige ohne Vollmacht: 144
  - rechtliche Betreuer: 97
  - Rechtsanwälte: 82
  - sonstige (Nachbarn, Pflegeeinrichtungen, Arbeitgeber): 24

Häufigste Themen: Bearbeitungsdauer Pflegeantrag (31 %), Auskunftsverweigerung mangels
Vollmacht (22 %), Auszahlung Todesfallleistung (17 %), Beitragsrückstände (9 %).
Abhilfequote: 54 %.

Einzelfälle werden nicht gemeldet.

Mit freundlichen Grüßen
Beschwerdemanagement
Falkenried Versicherung AG
""")


def m096():
    build(96, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
          "mother of a 16-year-old told psychotherapy for daughter's anorexia (F50.0) is approved; minor's mental health",
          frm="Jana Oberländer <jana.oberlaender@falkenried.example>",
          to="Nicola Brennan-Scholz <nicola.bs@hometown-mail.example>",
          subject="Approval of psychotherapy - your daughter Maja, KV 2290 511 06",
          date="Tue, 05 May 2026 11:34:47 +0200",
          body="""Dear Mrs Brennan-Scholz,

we have received the therapy application from Dipl.-Psych. Heike Vollmert for your daughter
Maja (insured under your family policy KV 2290 511 06).

We approve outpatient behavioural therapy for anorexia nervosa (F50.0) with an initial 24
sessions, including up to 4 sessions with parents, from 1 May 2026. Maja also asked us, as
discussed with her on the phone, that the therapist's reports be sent to the therapist and
to our medical adviser only; we will respect that.

Invoices can be submitted monthly. If the therapy needs to be extended, the therapist should
send a short report before session 20.

Kind regards
Jana Oberländer
Health Claims | Falkenried Krankenversicherung AG
""")


def m097():
    build(97, "CONFIDENTIAL", "de", "insurer-to-lawyer",
          "motor liability claim with property damage only: opponent's lawyer informed of payment, names, plates, amount; no injuries",
          frm="Tobias Wendland <tobias.wendland@falkenried.example>",
          to="RA Jörn Petersilie <petersilie@verkehrsrecht-nordhessen.example>",
          subject="Ihr Az. 112/26 - Unfall 14.03.2026 Kassel, Ihr Mandant Herr Arne Wolff ./. unser VN Herr Reinhold Fuchs",
          date="Wed, 06 May 2026 09:20:05 +0200",
          body="""Sehr geehrter Herr Rechtsanwalt Petersilie,

in obiger Sache regulieren wir den Sachschaden Ihres Mandanten, Herrn Arne Wolff, auf Basis
des Gutachtens des Ing.-Büros Stracke vom 27.03.2026 wie folgt:

Reparaturkosten netto (Ford Kuga, KS-AW 330)       5.884,12 EUR
Wertminderung                                         450,00 EUR
Gutachterkosten                                       812,34 EUR
Nutzungsausfall 8 Tage à 59 EUR                       472,00 EUR
Kostenpauschale                                        25,00 EUR
Ihre Gebühren (1,3 Geschäftsgebühr + Auslagen)       901,20 EUR
Summe                                               8.544,66 EUR

Personenschäden wurden nicht geltend gemacht; laut Ihrer Mitteilung wurde niemand verletzt.
Die Zahlung erfolgt auf Ihr Kanzleikonto. Damit betrachten wir die Angelegenheit als erledigt.

Mit freundlichen Grüßen
Tobias Wendland
Kfz-Schaden, Falkenried Versicherung AG (Schaden-Nr. KH-2026-031188, VN Herr Reinhold Fuchs, KS-RF 92)
""")


def m098():
    build(98, "NORMAL", "de", "internal",
          "trap: team birthday breakfast for a colleague, no date of birth or age",
          frm="Anja Kessler <anja.kessler@falkenried.example>",
          to="team-kfz-schaden@falkenried.example",
          subject="Donnerstag Frühstück für Carsten",
          date="Thu, 07 May 2026 08:02:11 +0200",
          body="""Hallo ihr Lieben,

Carsten hat am Donnerstag Geburtstag - pssst! Wir machen um 9:30 ein kleines Frühstück in
der Teeküche. Wer bringt was mit? Liste hängt am Kühlschrank. Brötchen bestelle ich.

Und bitte nicht verraten ;-)
Anja
""")


def m099():
    build(99, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employer",
          "employer informed that named employee's direct insurance (bAV, life) is made premium-free during parental leave",
          frm="bAV-Service Falkenried <bav-service@falkenried.example>",
          to="Tanja Rehbein <lohn@heyne-metallbau.example>",
          subject="Direktversicherung DV 7 440 589 - Frau Joanna Nowak - Beitragsfreistellung Elternzeit",
          date="Fri, 08 May 2026 13:07:55 +0200",
          body="""Sehr geehrte Frau Rehbein,

wie von Ihnen gemeldet stellen wir die Direktversicherung DV 7 440 589 Ihrer Mitarbeiterin
Frau Joanna Nowak für die Dauer der Elternzeit vom 01.06.2026 bis 31.05.2027 beitragsfrei.

Stand zum 31.05.2026:
  garantierte Altersrente ab 01.12.2055                 94,12 EUR mtl.
  beitragsfreie Rente nach Freistellung                 88,60 EUR mtl.
  Todesfallleistung vor Rentenbeginn              Rückgewähr des Deckungskapitals

Frau Nowak kann die Versicherung während der Elternzeit privat mit eigenen Beiträgen fortführen;
ein entsprechendes Schreiben geht ihr direkt zu. Nach Rückkehr bitten wir um Meldung, ob die
Entgeltumwandlung wieder aufgenommen wird.

Mit freundlichen Grüßen
bAV-Service
Falkenried Lebensversicherung AG
""")


def m100():
    text = """Falkenried Makler-Newsletter 05/2026

Wenn ein Dritter zahlt: Beitragszahler, Geldwäsche und Vollmachten

Immer öfter zahlen Kinder die Beiträge ihrer Eltern, Arbeitgeber die Beiträge ihrer
Mitarbeiter oder Großeltern die Ausbildungsversicherung der Enkel. Für die Lebensversicherung
gelten dabei die Regeln des Geldwäschegesetzes:

- Der abweichende Beitragszahler muss identifiziert werden (Name, Anschrift, Geburtsdatum,
  Staatsangehörigkeit) - aber nur im Antrag, nicht per E-Mail.
- Ein Beitragszahler ist nicht automatisch auskunftsberechtigt.
- Bei Auszahlung an Dritte prüfen wir die wirtschaftlich Berechtigten.

Unser Beispiel (fiktiv): "Tochter zahlt Pflegetagegeld-Police der Mutter" - Antrag mit
Abschnitt C "abweichender Beitragszahler", Vollmacht V-12 nur, wenn die Tochter auch
Auskünfte erhalten soll.

Ihr Vertriebsservice
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<h2>Falkenried Makler-Newsletter 05/2026</h2>
<h3>Wenn ein Dritter zahlt: Beitragszahler, Geldw&auml;sche und Vollmachten</h3>
<p>Immer &ouml;fter zahlen Kinder die Beitr&auml;ge ihrer Eltern, Arbeitgeber die Beitr&auml;ge ihrer
Mitarbeiter oder Gro&szlig;eltern die Ausbildungsversicherung der Enkel.</p>
<ul>
<li>Der abweichende Beitragszahler muss identifiziert werden &ndash; aber nur im Antrag, nicht per E-Mail.</li>
<li>Ein Beitragszahler ist nicht automatisch auskunftsberechtigt.</li>
<li>Bei Auszahlung an Dritte pr&uuml;fen wir die wirtschaftlich Berechtigten.</li>
</ul>
<p><i>Beispiel (fiktiv):</i> &bdquo;Tochter zahlt Pflegetagegeld-Police der Mutter&ldquo;.</p>
<p>Ihr Vertriebsservice</p></body></html>"""
    build(100, "NORMAL", "de", "newsletter",
          "trap: broker newsletter on third-party premium payers and anti-money-laundering rules, fictitious example only",
          frm="Vertriebsservice Falkenried <vertriebsservice@falkenried.example>",
          to="makler@lists.falkenried.example",
          subject="Makler-Newsletter 05/2026: Wenn ein Dritter zahlt",
          date="Mon, 11 May 2026 07:00:00 +0200",
          body=text, html=html)

def m101():
    build(101, "CONFIDENTIAL", "en", "relative",
          "daughter reports father's change of address for his household and liability policies: policy numbers, new address",
          frm="Hannah Clegg <hannah.clegg@clegg-home.example>",
          to="kundenservice@falkenried.example",
          subject="Change of address - Mr Werner Albers - HR-3017-4406 / PHV-19 220 871",
          date="Tue, 12 May 2026 18:12:40 +0200",
          body="""Dear Sir or Madam,

my father, Mr Werner Albers, has moved in with my family. Could you please change the address
on his policies (household contents HR-3017-4406 and personal liability PHV-19 220 871):

old: Marbachshöhe 3, 34119 Kassel
new: c/o Clegg, Heckershäuser Str. 61, 34289 Zierenberg

Moving date was 1 May 2026. The household contents are now in our granny flat (approx. 45 m2),
so I suppose the sum insured can be reduced - please send him an offer.

My father has signed the enclosed authorisation (your form V-12) so that you can correspond
with me. He does not use email himself.

Kind regards
Hannah Clegg
""")


def m102():
    form = pdf([
        "Falkenried Versicherung AG - Claim form for relatives (DRAFT, English version)",
        "",
        "Part A - Insured person",
        "Full name: {{insured_name}}      Date of birth: {{insured_dob}}",
        "Policy number(s): {{policy_numbers}}",
        "",
        "Part B - You (the person completing this form)",
        "Full name: {{reporter_name}}     Relationship: {{relationship}}",
        "Authority: [ ] power of attorney  [ ] guardian  [ ] heir  [ ] beneficiary",
        "",
        "Part C - What has happened?",
        "[ ] death   [ ] care need   [ ] accident   [ ] hospital stay   [ ] other",
        "Date: {{event_date}}   Short description: {{description}}",
        "",
        "Part D - Payment details",
        "Account holder: {{account_holder}}   IBAN: {{iban}}",
        "",
        "Please do not send medical documents by email.",
    ])
    build(102, "NORMAL", "en", "internal",
          "trap: draft claim form for relatives (PDF) with {{placeholders}} for name, DOB, IBAN; no real data",
          frm="Fiona McAllister <fiona.mcallister@falkenried.example>",
          to="Henrike Sallmann <henrike.sallmann@falkenried.example>",
          subject="Draft EN claim form for relatives - placeholders OK?",
          date="Wed, 13 May 2026 10:44:02 +0200",
          body="""Hi Henrike,

here's the English draft of the relatives' claim form as it will come out of the form
generator. The {{...}} fields are filled in the portal. Could you check the wording of Part B?
I wasn't sure whether "heir" and "beneficiary" should be separate boxes.

Thanks!
Fiona
""",
          atts=[att("claim_form_relatives_EN_draft.pdf", form)])


def m103():
    build(103, "STRICTLY_CONFIDENTIAL", "de", "relative",
          "husband forwards pharmacy receipt for wife's private health policy inline: medicines incl. letrozole (breast cancer therapy)",
          frm="Bernd Kowalski <bernd.kowalski@heimnetz-mail.example>",
          to="leistung-kranken@falkenried.example",
          subject="WG: Ihr Beleg Apotheke am Königsplatz",
          date="Thu, 14 May 2026 08:51:16 +0200",
          body="""Guten Morgen,

anbei der Beleg der Apotheke für meine Frau Dorota Kowalski, Vers.-Nr. 5510 3382 01.
Die Originalrezepte schicke ich mit der Post. Bitte Erstattung wie immer auf unser
gemeinsames Konto.

Gruß
B. Kowalski

---------- Weitergeleitete Nachricht ---------
Von: Apotheke am Königsplatz <kasse@apotheke-koenigsplatz.example>
Datum: Mi., 13. Mai 2026 um 17:02
Betreff: Ihr Beleg Apotheke am Königsplatz
An: <bernd.kowalski@heimnetz-mail.example>

Kundin: Dorota Kowalski     Beleg 2026-05-13/0441

PZN 12345826  Letrozol 2,5 mg 100 Filmtbl.            1x   118,92 EUR
PZN 03978116  Calcium-D3 1000/880 120 Kautbl.         1x    14,95 EUR
PZN 17211092  Denosumab 60 mg Fertigspritze           1x   271,33 EUR
Summe                                                       405,20 EUR

Vielen Dank für Ihren Einkauf. Gute Besserung!
""")


def m104():
    build(104, "CONFIDENTIAL", "de", "insurer-to-relative",
          "mother as premium payer told about premium arrears on adult son's motor policy: policy, plate, amount, IBAN debit failed",
          frm="Beitragsservice Falkenried <beitragsservice@falkenried.example>",
          to="Ute Pfeiffer <ute.pfeiffer@pfeiffer-web.example>",
          subject="Rücklastschrift Kfz-Versicherung KF 73 440 219 (Versicherungsnehmer Herr Tim Pfeiffer)",
          date="Fri, 15 May 2026 09:30:11 +0200",
          body="""Sehr geehrte Frau Pfeiffer,

Sie sind als abweichende Beitragszahlerin für die Kfz-Versicherung Ihres Sohnes, Herrn Tim
Pfeiffer (KF 73 440 219, Fahrzeug KS-TP 1997), hinterlegt.

Die Lastschrift vom 01.05.2026 über 387,45 EUR (Halbjahresbeitrag) von Ihrem Konto
IBAN DE19 2005 0550 0748 8211 63 wurde von Ihrer Bank mit dem Grund "Konto erloschen" zurückgegeben.

Bitte überweisen Sie den Betrag zuzüglich 3,00 EUR Rücklastschriftgebühr bis zum 29.05.2026
oder teilen Sie uns eine neue Bankverbindung mit. Ohne Zahlung entfällt nach § 38 VVG der
Versicherungsschutz; die Zulassungsstelle wird dann informiert. Eine Kopie dieses Schreibens
erhält Ihr Sohn.

Mit freundlichen Grüßen
Beitragsservice
Falkenried Versicherung AG
""")


def m105():
    build(105, "NORMAL", "de", "internal",
          "trap: job ad for nurse as care advisor; health vocabulary, no person",
          frm="Carla Vosskuhl <carla.vosskuhl@falkenried.example>",
          to="karriereportal@falkenried.example",
          subject="Stellenanzeige zur Veröffentlichung: Pflegefachkraft (m/w/d) Pflegeberatung",
          date="Mon, 18 May 2026 11:00:00 +0200",
          body="""Bitte ab sofort im Karriereportal und auf den üblichen Jobbörsen veröffentlichen:

Pflegefachkraft (m/w/d) für die Pflegeberatung nach § 7a SGB XI
Kassel / Außendienst Nordhessen, Vollzeit oder Teilzeit (ab 30 Std.)

Ihre Aufgaben
- Sie beraten Versicherte und ihre Angehörigen zu Hause, im Krankenhaus oder telefonisch,
  wenn Pflegebedürftigkeit droht oder eingetreten ist.
- Sie erstellen Versorgungspläne, organisieren Hilfsmittel und Entlastungsangebote und
  vermitteln an Pflegedienste und Pflegestützpunkte.
- Sie arbeiten eng mit Betreuern, Hausärzten und Sozialdiensten zusammen.

Ihr Profil
- Examen als Pflegefachfrau/-mann, Gesundheits- und Krankenpfleger/in oder Altenpfleger/in
- Weiterbildung Pflegeberatung (oder Bereitschaft dazu), Führerschein Klasse B

Wir bieten Dienstwagen auch zur privaten Nutzung, 30 Tage Urlaub, betriebliche
Altersversorgung und keine Schichtarbeit.

Ansprechpartnerin: Carla Vosskuhl, 0561 7790-2280
""")


def m106():
    build(106, "CONFIDENTIAL", "en", "lawyer",
          "employment lawyer asks legal expenses cover for named client's dismissal: salary, employer, policy number",
          frm="Aisha Rahimi <rahimi@rahimi-arbeitsrecht.example>",
          to="rechtsschutz@falkenried.example",
          subject="Request for cover - client Mr Gareth Price - legal expenses policy RS 55-771 408",
          date="Tue, 19 May 2026 14:27:50 +0200",
          body="""Dear Sir or Madam,

we represent Mr Gareth Price, Lutherplatz 6, 34117 Kassel, who holds a legal expenses policy
with you (RS 55-771 408, including employment law).

His employer, Kasselwerk Automation AG, dismissed him on 12 May 2026 with effect from
30 June 2026, citing operational reasons. Mr Price has been employed since 1 March 2017 as
a project engineer at a gross monthly salary of EUR 5,940.00. We consider the dismissal
socially unjustified and intend to file an action with the Labour Court Kassel within the
three-week deadline, i.e. by 2 June 2026.

Value in dispute (three months' gross salary): EUR 17,820.00.

We request confirmation of cover for first-instance proceedings. The notice of dismissal
and employment contract can be provided on request.

Yours faithfully
Aisha Rahimi
Fachanwältin für Arbeitsrecht
""")


def m107():
    csv = """testcase;role;account_holder;iban;expected
TC-01;guardian_account;Erika Mustermann (fiktiv) vertr. d. Betreuer Max Mustermann (fiktiv);GB29NWBK60161331926819;ACCEPT
TC-02;heir_account;Nachlass Max Mustermann (fiktiv);NL91ABNA0417164300;ACCEPT
TC-03;relative_account;Jane Doe (fictitious);GB29NWBK60161331926818;REJECT_CHECKSUM
TC-04;relative_account;John Doe (fictitious);;REJECT_EMPTY
TC-05;care_service;Pflegedienst Beispiel GmbH;NL91ABNA0417164300;ACCEPT
"""
    build(107, "NORMAL", "en", "internal",
          "trap: API test cases with published example IBANs (one deliberate checksum typo) and fictitious account holders",
          frm="Ole Brinkmann <ole.brinkmann@falkenried.example>",
          to="qa-payments@falkenried.example",
          subject="Test cases payout to third-party accounts (guardian/heir/relative) - typo case included",
          date="Wed, 20 May 2026 09:15:33 +0200",
          body="""Hi QA,

attached are the test cases for the new third-party payout check. We only use the published
example IBANs from the standards documentation plus one with a deliberate checksum typo
(TC-03, last digit changed). Account holders are all fictitious.

Please run them against T2 before the release on 28 May.

Ole
""",
          atts=[att("payout_thirdparty_testcases.csv", csv)])


def m108():
    build(108, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-employer",
          "group life: employer told death benefit for named deceased employee will be paid to beneficiaries; life claim",
          frm="Malte Kerkhoff <malte.kerkhoff@falkenried.example>",
          to="Lena Haupt <lena.haupt@vireo-medtech.example>",
          subject="Group life GL-1177 - death of Mr Bruno Castellanos - benefit payment",
          date="Thu, 21 May 2026 15:55:09 +0200",
          body="""Dear Ms Haupt,

please accept our condolences on the death of your colleague, Mr Bruno Castellanos.

We have now received all documents for the group life claim under policy GL-1177. The death
benefit of two times his annual salary, EUR 148,600.00, will be paid on 27 May 2026 in equal
shares to the beneficiaries named in his nomination form, his wife and his two children
(for the children into the accounts set up by their guardian, their mother).

The employer's share of the 2026 premium for Mr Castellanos will be refunded pro rata with
the next invoice. No further action is needed from your side; please remove him from the
group list with effect from 8 May 2026.

Kind regards
Malte Kerkhoff
Group Life Claims | Falkenried Lebensversicherung AG
""")


def m109():
    build(109, "CONFIDENTIAL", "de", "insurer-to-neighbour",
          "neighbour asked for witness statement in motor claim: policyholder's name, plates, claim number; nobody hurt",
          frm="Tobias Wendland <tobias.wendland@falkenried.example>",
          to="Wilfried Osterhage <w.osterhage@hausmail.example>",
          subject="Zeugenaussage Unfall 09.05.2026 Brüder-Grimm-Str. - Schaden KH-2026-034472",
          date="Fri, 22 May 2026 10:30:17 +0200",
          body="""Sehr geehrter Herr Osterhage,

Ihr Nachbar und unser Versicherungsnehmer, Herr Dieter Lohrey, hat Sie als Zeugen des
Verkehrsunfalls vom 09.05.2026 vor Ihrem Haus Brüder-Grimm-Str. 31 benannt. Beteiligt waren
sein Pkw KS-DL 604 und ein Transporter mit dem Kennzeichen HR-LM 218, der beim Rückwärtsfahren
den geparkten Pkw Ihres Nachbarn getroffen haben soll. Verletzt wurde niemand.

Wir wären Ihnen dankbar, wenn Sie uns kurz schildern könnten:
1. Wo standen Sie, was haben Sie gesehen?
2. Stand der Pkw von Herrn Lohrey zum Unfallzeitpunkt?
3. Haben Sie mit dem Fahrer des Transporters gesprochen?

Eine formlose Antwort per E-Mail genügt. Vielen Dank für Ihre Mühe.

Mit freundlichen Grüßen
Tobias Wendland
Kfz-Schaden
""")


def m110():
    sheet = ods("Statusbericht", [
        ["Projekt Angehörigenportal – Statusbericht KW 21/2026", None, None],
        ["Arbeitspaket", "Status", "Bemerkung"],
        ["Rollenmodell Vertreter", "grün", "abgenommen durch Datenschutz"],
        ["Upload Nachweise (20 MB)", "grün", "INC-2026-11873 behoben"],
        ["Prüfprozess Angehörigen-Service", "gelb", "2 FTE fehlen bis Juli"],
        ["Sammelzugang Berufsbetreuer", "rot", "Rechtsgrundlage offen"],
        ["Kennzahl", "Ist", "Ziel"],
        ["Registrierte Vertreter (Pilot)", 412, 500],
        ["Ø Prüfdauer Vollmacht (Tage)", 3.4, 2],
        ["Ablehnungen wg. unzureichender Vollmacht", "11 %", "< 10 %"],
    ])
    build(110, "NORMAL", "de", "internal",
          "trap: project status report (ODS) for relatives' portal with aggregate KPIs, no persons",
          frm="Fiona McAllister <fiona.mcallister@falkenried.example>",
          to="lenkungskreis-portal@falkenried.example",
          subject="Statusbericht Angehörigenportal KW 21",
          date="Fri, 22 May 2026 16:02:00 +0200",
          body="""Hallo Lenkungskreis,

anbei der Status für KW 21. Kritisch ist weiterhin der Sammelzugang für Berufsbetreuer,
siehe rote Zeile. Entscheidungsvorlage kommt zur Sitzung am 2. Juni.

Viele Grüße
Fiona
""",
          atts=[att("Status_Angehoerigenportal_KW21.ods", sheet)])


def m111():
    build(111, "STRICTLY_CONFIDENTIAL", "de", "carer",
          "care home social service requests higher care grade assessment for named resident: dementia progression, falls, incontinence",
          frm="Sozialdienst Haus Ahnegrund <sozialdienst@haus-ahnegrund.example>",
          to="pflege@falkenried.example",
          subject="Antrag auf Höherstufung - Bewohnerin Frau Lore Schnabel, PP-2290 771",
          date="Tue, 26 May 2026 11:18:42 +0200",
          body="""Sehr geehrte Damen und Herren,

in Absprache mit der Betreuerin, Frau Wittkopf (Betreuungsverein Kassel-Land), beantragen wir
für unsere Bewohnerin Frau Lore Schnabel, geb. 19.12.1944, die Überprüfung des Pflegegrades
(bisher Pflegegrad 3, Versicherungsnummer PP-2290 771).

Begründung: Die Demenz hat in den letzten Monaten deutlich zugenommen. Frau Schnabel erkennt
ihre Angehörigen nicht mehr zuverlässig, ist nachts unruhig und läuft weg (Hinlauftendenz).
Seit März drei Stürze, einer mit Platzwunde am Kopf. Sie ist inzwischen vollständig
harninkontinent und benötigt beim Essen Anleitung und teilweise Übernahme.

Die aktuelle Pflegedokumentation und der Bericht des Hausarztes, Dr. Feuerstein, können wir dem
Gutachter bei der Begutachtung vorlegen. Bitte Terminabsprache über den Sozialdienst.

Mit freundlichen Grüßen
Monika Schäfer-Ley
Sozialdienst, Seniorenzentrum Haus Ahnegrund gGmbH
""")


def m112():
    csv = """Name;Vorname;Geburtsdatum;Straße;PLZ;Ort;Tarifwunsch
Heinemeyer;Tobias;14.02.1985;Am Wall 3;34369;Hofgeismar;Hausrat+PHV
Schuchardt;Lisa;02.09.1992;Kasseler Str. 71;34289;Zierenberg;PHV
Yilmaz;Burak;27.11.1979;Mühlenweg 8;34379;Calden;Hausrat
Kranz;Melanie;30.05.1988;Lindenstr. 19;34225;Baunatal;Hausrat+PHV
Thiele;Georg;07.07.1966;Am Park 2;34128;Kassel;PHV
"""
    build(112, "CONFIDENTIAL", "de", "employer",
          "employer sends staff list with birth dates and home addresses for group discount household/liability contracts (CSV)",
          frm="Personalbüro Heinemeyer Zimmerei <personal@zimmerei-heinemeyer.example>",
          to="firmenkunden@falkenried.example",
          subject="Mitarbeiterliste Sonderkonditionen Hausrat/Haftpflicht",
          date="Wed, 27 May 2026 07:49:30 +0200",
          body="""Hallo Herr Engel,

wie besprochen die Liste der Mitarbeiter, die das Angebot für die Gruppen-Sonderkonditionen
nutzen möchten. Alle haben zugestimmt, dass wir die Daten weitergeben. Bitte schicken Sie die
Anträge direkt an die Privatadressen.

Gruß
Sabine Heinemeyer
Zimmerei Heinemeyer GmbH
""",
          atts=[att("Mitarbeiter_Gruppenvertrag.csv", csv, charset="utf-8")])


def m113():
    build(113, "NORMAL", "de", "insurer-to-relative",
          "trap: general answer to a son asking about a funeral policy for his (unnamed) father; product info only",
          frm="Kundenservice Falkenried <kundenservice@falkenried.example>",
          to="thomas.vieregge@webpost.example",
          subject="AW: Sterbegeldversicherung für meinen Vater?",
          date="Thu, 28 May 2026 12:40:55 +0200",
          body="""Guten Tag Herr Vieregge,

vielen Dank für Ihr Interesse an unserer Sterbegeldversicherung.

- Abschluss ist bis zum Alter von 85 Jahren möglich.
- Es gibt keine Gesundheitsfragen. Stattdessen gilt eine Wartezeit: Bei Tod in den ersten
  drei Jahren werden die eingezahlten Beiträge erstattet, bei Unfalltod sofort die volle Summe.
- Versicherungssummen von 3.000 bis 15.000 EUR.
- Sie können als Kind Versicherungsnehmer und Beitragszahler sein; Ihr Vater muss als
  versicherte Person aber selbst unterschreiben.

Ein unverbindliches Angebot können Sie unter www.falkenried.example/sterbegeld berechnen;
dafür brauchen wir nur das Geburtsjahr der zu versichernden Person.

Freundliche Grüße
Ihr Kundenservice

> Mein Vater ist 78 und möchte seine Beerdigung absichern, damit wir Kinder das nicht
> bezahlen müssen. Muss er dafür Gesundheitsfragen beantworten?
""")


def m114():
    build(114, "STRICTLY_CONFIDENTIAL", "en", "guardian",
          "UK court-appointed deputy asks about client's German private pension annuity and life policy; mental capacity",
          frm="Graham Featherstone <gfeatherstone@featherstone-deputyship.example>",
          to="leben@falkenried.example",
          subject="Deputyship for Mrs Brigitte Shaw (née Kuhlmann) - pension RV 91-330 572",
          date="Fri, 29 May 2026 11:06:23 +0100",
          body="""Dear Sirs,

I have been appointed by the Court of Protection of England and Wales as property and financial
affairs deputy for Mrs Brigitte Shaw, née Kuhlmann, born 3 October 1946, of Harrogate,
North Yorkshire. Mrs Shaw lacks mental capacity to manage her finances following a diagnosis
of frontotemporal dementia. A sealed copy of the deputyship order with an apostille will follow
by post.

According to her papers Mrs Shaw has a private pension annuity with you, RV 91-330 572, which
has been paid into an account at Kasseler Sparkasse since 2011. Please:
1. confirm the current monthly annuity and any guaranteed period,
2. change the payment account to the deputyship account (details in my letter),
3. send future correspondence to me.

Yours faithfully
Graham Featherstone
Professional Deputy
""")


def m115():
    build(115, "CONFIDENTIAL", "de+en", "landlord",
          "landlord writes bilingually about water damage caused by named international tenant, tenant's policy number; nobody hurt",
          frm="Klaus Rommel <k.rommel@rommel-vermietung.example>",
          to="schaden@falkenried.example",
          cc="liu.wei@campusmail.example",
          subject="Wasserschaden / water damage - Mieterin Frau Liu Wei - PHV-25 003 118",
          date="Sat, 30 May 2026 10:22:38 +0200",
          body="""Sehr geehrte Damen und Herren, dear Ms Liu,

(deutsch / English)

in der Wohnung meiner Mieterin, Frau Liu Wei (Gottschalkstr. 27, App. 12, 34127 Kassel), ist
am 28.05. die Badewanne übergelaufen. Das Wasser ist in die Wohnung darunter gelaufen (Decke
und Laminat beschädigt). Frau Liu ist bei Ihnen haftpflichtversichert, Vertrag PHV-25 003 118.
Verletzt wurde niemand.

Ms Liu, I have written to your liability insurer as discussed. Please send them your own
description of what happened and answer their questions. You can write in English.

Kostenvoranschlag / estimate: Malerbetrieb Jäger, 1.240,00 EUR; Bodenleger Sauer, 980,00 EUR.

Mit freundlichen Grüßen / kind regards
Klaus Rommel
""")


def m116():
    build(116, "NORMAL", "en", "insurer-to-partner",
          "trap: S/MIME domain certificate exchange for care invoices with a care provider group; technical, no patient data",
          frm="Ole Brinkmann <ole.brinkmann@falkenried.example>",
          to="it@sonnenhof-pflege.example",
          subject="Encrypted exchange of care invoices - our domain certificate",
          date="Mon, 01 Jun 2026 09:45:12 +0200",
          body="""Hello Mr Kettenbach,

as agreed in our call, from July you will send your care invoices and care documentation for
our insured clients to pflege-rechnungen@falkenried.example via gateway-to-gateway S/MIME
encryption instead of unencrypted CSV attachments.

Our domain certificate for falkenried.example is published in our certificate directory:
https://pki.falkenried.example/domain/falkenried.example.pem
Fingerprint (SHA-256): 4F:1A:9C:77:02:DE:B3:61:0E:58:AA:93:1C:47:F2:08:6B:DD:31:90:7E:25:C4:0F:A8:16:53:E9:2B:70:CC:14

Please send us your domain certificate or tell us where it is published. We will send a
test message (no real data) once both sides are configured.

Best regards
Ole Brinkmann
IT Application Support | Falkenried Versicherung AG
""")


def m117():
    build(117, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
          "accident insurance: lawyer of insured informed of disability degree from medical expert report (shoulder, arm value)",
          frm="Pieter de Groot <pieter.degroot@falkenried.example>",
          to="Kanzlei Thielmann & Roos <sekretariat@thielmann-roos.example>",
          subject="Ihr Az. 25/0877 RO - Unfallversicherung UV 4 118 330 - Ihr Mandant Herr Lars Vogt",
          date="Tue, 02 Jun 2026 14:16:03 +0200",
          body="""Sehr geehrter Herr Rechtsanwalt Roos,

das unfallchirurgische Gutachten von Prof. Dr. Meinhardt vom 12.05.2026 liegt uns vor. Danach
besteht bei Ihrem Mandanten nach der Schulterluxation rechts mit Rotatorenmanschettenruptur
(Unfall vom 18.01.2025) eine dauerhafte Funktionsbeeinträchtigung des rechten Arms von 3/10
Armwert. Vorinvalidität durch die degenerative Vorschädigung der Supraspinatussehne wird mit
1/10 berücksichtigt.

Berechnung:
  Armwert im Schultergelenk lt. Gliedertaxe        70 %
  davon 3/10 abzgl. Vorinvalidität 1/10 = 2/10    14 %
  Grundsumme 150.000 EUR x 14 %                   21.000,00 EUR
  (keine Progression, da unter 25 %)

Die Zahlung erfolgt auf das Konto Ihres Mandanten. Gegen die Bemessung kann Ihr Mandant binnen
drei Jahren eine Neubemessung verlangen.

Mit freundlichen Grüßen
Pieter de Groot
Unfall-Leistung
""")


def m118():
    build(118, "CONFIDENTIAL", "en", "colleague",
          "personal assistant requests yacht insurance quote for her boss: his birth date, address, boat details",
          frm="Charlotte Beaumont <c.beaumont@meridian-capital.example>",
          to="transport@falkenried.example",
          subject="Quote request yacht insurance - Dr. Henrik Vossberg",
          date="Wed, 03 Jun 2026 17:33:48 +0200",
          body="""Good afternoon,

I'm the personal assistant of Dr. Henrik Vossberg, who has bought a sailing yacht and would
like a quote for hull and liability cover. His details:

Name: Dr. Henrik Vossberg
Date of birth: 11 November 1971
Address: Am Weinberg 4, 34131 Kassel
Boat: Hallberg-Rassy 40C, built 2019, hull no. SE-HRY40117C919, value EUR 420,000
Home port: Heiligenhafen; cruising area Baltic Sea incl. Sweden and Denmark
Skipper experience: SKS licence since 2004, no claims in the last 5 years

Could you send the quote to me by Friday? Dr. Vossberg is travelling this week.

Many thanks
Charlotte Beaumont
Executive Assistant | Meridian Capital Partners
""")


def m119():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;max-width:680px">
<h2>Falkenried Partnerbrief Pflege &ndash; Ausgabe Juni 2026</h2>
<p>Liebe Pflegedienste und Pflegeeinrichtungen,</p>
<p>immer mehr Angeh&ouml;rige bitten darum, dass Sie direkt mit uns abrechnen. So klappt es:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Schritt</th><th>Was wir brauchen</th><th>Wie</th></tr>
<tr><td>1</td><td>Abtretungserkl&auml;rung der versicherten Person oder des Betreuers</td><td>einmalig, per Post oder Portal</td></tr>
<tr><td>2</td><td>Rechnung mit Leistungsnachweis, IK-Nummer</td><td>monatlich, verschl&uuml;sselt</td></tr>
<tr><td>3</td><td>Bei Verhinderungspflege: Zeitraum und Grund der Verhinderung</td><td>mit der Rechnung</td></tr>
</table>
<p>Bitte senden Sie keine Pflegedokumentation unverschl&uuml;sselt per E-Mail. Ab Juli unterst&uuml;tzen wir
S/MIME zwischen Mailservern &ndash; sprechen Sie Ihre IT an.</p>
<p>Die durchschnittliche Zahlungsdauer bei vollst&auml;ndigen Unterlagen lag im Mai bei 6,2 Tagen.</p>
<p>Ihr Team Pflege-Leistung<br>Falkenried Krankenversicherung AG</p>
</body></html>"""
    build(119, "NORMAL", "de", "newsletter",
          "trap: HTML-only partner letter for care services on direct billing procedure, no insured person",
          frm="Pflege-Leistung Falkenried <pflege@falkenried.example>",
          to="pflegepartner@lists.falkenried.example",
          subject="Partnerbrief Pflege Juni: Direktabrechnung in drei Schritten",
          date="Thu, 04 Jun 2026 08:00:00 +0200",
          html=html)


def m120():
    build(120, "CONFIDENTIAL", "de", "insurer-to-relative",
          "separated wife informed about splitting the joint household/liability contracts; husband named, new addresses, policy numbers",
          frm="Kundenservice Falkenried <kundenservice@falkenried.example>",
          to="Daniela Reinhardt <daniela.reinhardt@mail-nordhessen.example>",
          subject="Trennung - Aufteilung Ihrer Verträge HR-2208-1931 / PHV-18 330 705",
          date="Fri, 05 Jun 2026 10:55:21 +0200",
          body="""Sehr geehrte Frau Reinhardt,

vielen Dank für Ihre Mitteilung, dass Sie und Herr Marco Reinhardt seit dem 01.05.2026 getrennt
leben. Wir haben die gemeinsamen Verträge wie folgt angepasst:

Hausratversicherung HR-2208-1931: läuft auf Herrn Reinhardt weiter, Versicherungsort bleibt
Rothenbergstr. 40, 34233 Fuldatal. Für Ihre neue Wohnung (Mönchebergstr. 11, 34125 Kassel)
haben wir Ihnen einen eigenen Vertrag HR-2606-0412 ausgestellt.

Privathaftpflicht PHV-18 330 705 (Familientarif): Nach den Bedingungen sind Sie nach der
Trennung noch bis zur nächsten Hauptfälligkeit (01.10.2026) mitversichert. Danach benötigen
Sie einen eigenen Vertrag; ein Angebot liegt bei (Single-Tarif, 58,90 EUR jährlich).

Herr Reinhardt erhält ein entsprechendes Schreiben. Auskünfte zu seinem Vertrag können wir
Ihnen künftig nicht mehr geben.

Mit freundlichen Grüßen
Ihr Kundenservice
""")


def m121():
    build(121, "NORMAL", "en", "insurer-to-partner",
          "trap: travel health cover summary for an exchange organisation's host families, generic, no student named",
          frm="Fiona McAllister <fiona.mcallister@falkenried.example>",
          to="programmes@bridges-abroad.example",
          subject="Host family information sheet - health cover for exchange students 2026/27",
          date="Mon, 08 Jun 2026 11:20:40 +0200",
          body="""Dear Bridges Abroad team,

as requested, here is the text for the host family information sheet for the coming school
year. Please use it unchanged.

---
Your exchange student is insured with Falkenried
- Doctor, dentist (pain relief), hospital and medicines are covered; pre-existing conditions
  such as asthma or allergies are covered if they were declared on the application.
- In an emergency: call 112 first, then our 24/7 line +49 561 7790-9999.
- Keep all invoices and prescriptions; the student (or you, with the student's consent)
  can submit them through the app.
- Host parents are not automatically entitled to information about the student's treatment.
  Students under 18 can give consent on the form "Host family contact".
---

Best regards
Fiona McAllister
International Health
""")


def m122():
    sterbe = pdf([
        "Standesamt Melsungen - Sterbeurkunde (Auszug)",
        "Familienname: Krüger   Vorname: Timo",
        "Geboren: 22.08.1983 in Melsungen",
        "Gestorben: 17.05.2026, B 83 zwischen Melsungen und Malsfeld",
        "Letzter Wohnsitz: Kasseler Str. 12, 34212 Melsungen",
    ])
    polizei = """Polizeidirektion Schwalm-Eder, VU-Nr. 0517-2026-0331
Unfallzeit: 17.05.2026, 15:42 Uhr
Beteiligte: Kraftrad Yamaha MT-07, HR-TK 83, Fahrer Timo Krüger (verstorben)
            Pkw Audi A4, FB-XR 722, Fahrer unverletzt
Hergang: Pkw beim Überholen auf Gegenfahrbahn, Frontalkollision mit Kraftrad.
Verletzungen: Kradfahrer polytraumatisiert, Tod noch an der Unfallstelle (Notarzt 16:05 Uhr).
"""
    z = zip_file([("Sterbeurkunde_Krueger.pdf", sterbe), ("Auszug_Unfallmitteilung_Polizei.txt", polizei.encode("utf-8"))])
    build(122, "STRICTLY_CONFIDENTIAL", "de", "relative",
          "partner reports fatal motorcycle accident under accident policy; death certificate and police extract (polytrauma) only in ZIP",
          frm="Verena Stolzenbach <verena.stolzenbach@heimpost.example>",
          to="unfall@falkenried.example",
          subject="Unfallversicherung Timo Krüger UV 3 904 126",
          date="Tue, 09 Jun 2026 20:14:05 +0200",
          body="""Sehr geehrte Damen und Herren,

mein Lebensgefährte Timo Krüger hatte bei Ihnen eine Unfallversicherung (UV 3 904 126), ich bin
darin als Bezugsberechtigte für den Todesfall eingetragen. Die Unterlagen, die ich bisher habe,
sind in der ZIP-Datei.

Es fällt mir schwer, das alles zu schreiben. Bitte melden Sie sich, was Sie noch brauchen.

Verena Stolzenbach
""",
          atts=[att("Unterlagen_Timo.zip", z)])


def m123():
    build(123, "NORMAL", "de", "internal",
          "trap: staff outing registration asking to report allergies/mobility needs to organiser; no person's data",
          frm="Sozialkommission Falkenried <sozialkommission@falkenried.example>",
          to="alle-mitarbeitenden@falkenried.example",
          subject="Betriebsausflug 2026 - Edersee - Anmeldung bis 19.06.",
          date="Wed, 10 Jun 2026 09:00:00 +0200",
          body="""Liebe Kolleginnen und Kollegen,

unser Betriebsausflug führt uns am Freitag, 10. Juli, an den Edersee: Schifffahrt,
Wildtierpark und Grillabend in Waldeck. Abfahrt 9:00 Uhr am Haupteingang, Rückkehr ca. 21 Uhr.

Anmeldung über das Intranet-Formular bis 19. Juni. Wer Lebensmittelallergien oder
Unverträglichkeiten hat oder wegen eingeschränkter Mobilität Unterstützung braucht, trägt das
bitte im Formular ein - die Angaben sieht nur das Orga-Team und sie werden nach dem Ausflug
gelöscht.

Partnerinnen und Partner sind beim Grillabend willkommen (Kostenbeitrag 25 EUR).

Eure Sozialkommission
""")


def m124():
    build(124, "CONFIDENTIAL", "en", "insurer-to-landlord",
          "rent deposit guarantee: landlord told payment of arrears for named former tenant, amounts, recourse against her",
          frm="Mietkaution Falkenried <mietkaution@falkenried.example>",
          to="Richard Osei-Bonsu <r.oseibonsu@oseibonsu-property.example>",
          subject="RE: Claim under rent deposit guarantee MK-24-03317 (tenant Ms Larissa Penner)",
          date="Thu, 11 Jun 2026 13:47:19 +0200",
          in_reply_to="<d64-0022.03Feb2026@oseibonsu-property.example>",
          body="""Dear Mr Osei-Bonsu,

we have examined your claim of 3 February 2026. Ms Penner did not object within the period we
gave her. We therefore pay under guarantee MK-24-03317:

  rent arrears November/December 2025         EUR 1,500.00
  damage to kitchen worktop (invoice Ebert)   EUR   395.00
  total                                       EUR 1,895.00

Payment will be made within five working days to your account on file. With this payment the
guarantee is used up to EUR 1,895.00; the remaining EUR 355.00 is released. We will seek
reimbursement from Ms Penner directly.

Kind regards
Rent Deposit Guarantees | Falkenried Versicherung AG
""")


def m125():
    build(125, "NORMAL", "de", "lawyer",
          "trap: law firm client newsletter on inheritance and life insurance beneficiaries, fictitious example",
          frm="Prentice Hahn Rechtsanwälte <newsletter@prentice-hahn-law.example>",
          to="henrike.sallmann@falkenried.example",
          subject="Mandanteninfo 2/2026: Lebensversicherung gehört nicht in den Nachlass - oder doch?",
          date="Fri, 12 Jun 2026 07:30:00 +0200",
          body="""PRENTICE HAHN RECHTSANWÄLTE - Mandanteninformation 2/2026

Lebensversicherung und Erbschaft: drei Irrtümer

1. "Die Lebensversicherung erben meine Kinder."
   Nur, wenn sie bezugsberechtigt sind oder kein Bezugsberechtigter benannt ist. Ist die
   Ehefrau eingetragen, erhält sie die Leistung außerhalb des Nachlasses - auch nach einer
   Scheidung, wenn die Bezugsberechtigung nicht geändert wurde.

2. "Das Testament ändert die Bezugsberechtigung."
   In der Regel nein. Die Änderung muss dem Versicherer zu Lebzeiten zugehen.

3. "Pflichtteilsberechtigte gehen leer aus."
   Nicht ganz: Die gezahlten Beiträge bzw. der Rückkaufswert können
   pflichtteilsergänzungspflichtig sein (BGH, Urteil vom 28.04.2010 - IV ZR 73/08).

Beispiel (fiktiv): Herr A. setzt 2005 seine damalige Ehefrau B. ein, heiratet 2015 C. und
verstirbt 2026. Ohne Änderung erhält B. die Versicherungssumme.

Diese Information ersetzt keine Rechtsberatung. Abmeldung: newsletter@prentice-hahn-law.example
""")

def m126():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Falkenried//Pflegebegutachtung//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:pg-26-118733-hb2@falkenried.example
DTSTAMP:20260615T081200Z
DTSTART;TZID=Europe/Berlin:20260702T100000
DTEND;TZID=Europe/Berlin:20260702T113000
SUMMARY:Höherstufungsbegutachtung Pflegegrad - Frau Lore Schnabel (geb. 19.12.1944)
LOCATION:Seniorenzentrum Haus Ahnegrund\\, Zimmer 118\\, Ahnatal
DESCRIPTION:Hausbesuch Gutachterin Frau Dr. Thamm. Anwesenheit Betreuerin er
 wünscht. Bitte Pflegedokumentation\\, Medikationsplan und Arztbericht Dr. Feu
 erstein (Demenz\\, Sturzprotokoll) bereithalten.
ORGANIZER;CN=Aylin Demir:mailto:aylin.demir@falkenried.example
ATTENDEE;CN=Ines Wittkopf:mailto:wittkopf@btv-kassel-land.example
END:VEVENT
END:VCALENDAR
"""
    build(126, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-guardian",
          "harmless body; ICS invitation names ward with birth date, care-grade reassessment, dementia and falls",
          frm="Aylin Demir <aylin.demir@falkenried.example>",
          to="Ines Wittkopf <wittkopf@btv-kassel-land.example>",
          subject="Terminvorschlag Hausbesuch 02.07.",
          date="Mon, 15 Jun 2026 10:12:00 +0200",
          body="""Sehr geehrte Frau Wittkopf,

anbei der Terminvorschlag für den Hausbesuch. Bitte bestätigen Sie kurz über die
Kalendereinladung oder telefonisch.

Mit freundlichen Grüßen
Aylin Demir
Pflege-Leistung
""",
          atts=[att("Termin_Hausbesuch.ics", ics)])


def m127():
    build(127, "NORMAL", "en", "teacher",
          "trap: teacher asks for a school trip insurance quote with group size only; no pupil named",
          frm="Mr Samuel Oduya <s.oduya@international-school-kassel.example>",
          to="reise@falkenried.example",
          subject="Quote for school trip insurance - Year 8 to Berlin",
          date="Tue, 16 Jun 2026 12:05:44 +0200",
          body="""Dear Sir or Madam,

I'm planning a residential trip for Year 8 of the International School Kassel and would like a
quote for group travel insurance (cancellation, travel health, liability, baggage).

Destination: Berlin, 21-25 September 2026
Participants: 46 pupils (aged 12-13) and 5 staff
Travel by train, hostel accommodation, cost EUR 385 per person

Some pupils have medical conditions (e.g. allergies, diabetes) - is that a problem for the
travel health cover, and do you need details in advance? We would of course only share these
with parents' consent.

Kind regards
Samuel Oduya
Head of Year 8
""")


def m128():
    build(128, "CONFIDENTIAL", "en", "relative",
          "sister sends receipt for brother's stolen smartphone under his electronics policy: claim number, IMEI, price",
          frm="Fatima Haddad <fatima.haddad@mailcloud.example>",
          to="schaden@falkenried.example",
          subject="Claim E-2026-07719 - receipt for my brother's phone (Karim Haddad)",
          date="Wed, 17 Jun 2026 21:40:12 +0200",
          body="""Hi,

my brother Karim Haddad reported the theft of his phone last week (claim E-2026-07719,
electronics insurance). You asked for the receipt. He bought the phone through my account,
so the receipt is in my name - hope that's OK.

Samsung Galaxy S25, 256 GB, IMEI 356938113482710
Bought 14/02/2026 at MediaWorld Kassel, EUR 949.00, order no. 2026-02-14-88412

Karim says the police reference is on the form he already sent you.

Thanks
Fatima
""")


def m129():
    html = """<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Dear Mr Adeyemi,</p>
<p>please find below the statement for your son <b>Samuel Adeyemi</b> (insured under your family
policy KV 3301 884 27), orthodontic treatment by Dr. Marzahn, Kassel.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#dde"><th>Invoice</th><th>Treatment</th><th>Amount</th><th>Reimbursed</th></tr>
<tr><td>KFO-2026-114</td><td>Treatment plan, KIG 4 (crowding, deep bite), GOZ 6030</td><td>EUR 412.30</td><td>EUR 329.84</td></tr>
<tr><td>KFO-2026-187</td><td>Fixed brace upper/lower jaw, GOZ 6100 x 24</td><td>EUR 1,862.50</td><td>EUR 1,490.00</td></tr>
<tr><td>KFO-2026-233</td><td>X-ray (OPG, cephalometric)</td><td>EUR 96.10</td><td>EUR 76.88</td></tr>
<tr><td colspan="3"><b>Total reimbursed (80 %)</b></td><td><b>EUR 1,896.72</b></td></tr>
</table>
<p>The amount will be transferred to your account ending in &hellip;4417 within three days.
The treatment plan is approved for 16 quarters.</p>
<p>Kind regards<br>Jana Oberl&auml;nder<br>Health Claims | Falkenried Krankenversicherung AG</p>
</body></html>"""
    build(129, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
          "HTML-only table: father informed of son's orthodontic reimbursement (KIG 4, GOZ positions)",
          frm="Jana Oberländer <jana.oberlaender@falkenried.example>",
          to="Tunde Adeyemi <tunde.adeyemi@adeyemi-home.example>",
          subject="Reimbursement statement 06/2026",
          date="Thu, 18 Jun 2026 14:02:51 +0200",
          html=html)


def m130():
    build(130, "NORMAL", "de", "internal",
          "trap: legal summary of guardianship law reform for staff, no person",
          frm="Rechtsabteilung Falkenried <recht@falkenried.example>",
          to="alle-leistung@falkenried.example",
          subject="Kurzinfo: Betreuungsrecht seit 2023 - was heißt das für uns?",
          date="Fri, 19 Jun 2026 09:30:00 +0200",
          body="""Liebe Kolleginnen und Kollegen,

wegen wiederholter Rückfragen noch einmal die Eckpunkte des reformierten Betreuungsrechts
(§§ 1814 ff. BGB, in Kraft seit 01.01.2023):

1. Der Betreuer vertritt den Betreuten nur in den Aufgabenbereichen, die im Beschluss
   ausdrücklich genannt sind. Die frühere Formulierung "alle Angelegenheiten" gibt es nicht mehr.
2. Wünsche des Betreuten haben Vorrang (§ 1821 BGB). Auch ein Betreuter kann weiter
   selbst mit uns korrespondieren, wenn kein Einwilligungsvorbehalt angeordnet ist.
3. Ehegatten haben ein auf sechs Monate begrenztes Notvertretungsrecht in
   Gesundheitsangelegenheiten (§ 1358 BGB) - das umfasst KEINE Vertragsänderungen und keine
   Auskünfte über Beiträge, wohl aber Auskünfte der Ärzte und die Geltendmachung von
   Leistungen aus Anlass der Erkrankung.
4. Der Betreuerausweis ersetzt nicht den Beschluss: im Zweifel den Beschluss anfordern.

Die Arbeitsanweisung AA-LS-17 ist entsprechend angepasst.

Rechtsabteilung
""")


def m131():
    orig = inner(
        frm="Sebastian Möller <sebastian.moeller@stadtnetz-post.example>",
        to="kfz@falkenried.example",
        subject="Abmeldung Auto meiner verstorbenen Tante / KF 70 118 993",
        date="Fri, 19 Jun 2026 16:22:48 +0200",
        charset="iso-8859-1",
        body="""Sehr geehrte Damen und Herren,

meine Tante, Frau Waltraud Heßler, ist im April verstorben. Ich bin laut Erbschein
(AG Eschwege, 5 VI 144/26) Alleinerbe. Ihr Auto, ein Opel Astra mit dem Kennzeichen
ESW-WH 44, habe ich am 16.06. bei der Zulassungsstelle abgemeldet, die Bestätigung
hängt an.

Bitte beenden Sie die Kfz-Versicherung KF 70 118 993 und überweisen Sie den Restbeitrag
auf mein Konto: IBAN DE94 3701 0050 1190 3760 25, Sebastian Möller.

Mit freundlichen Grüßen
Sebastian Möller
Brückenstraße 6, 37269 Eschwege
""")
    build(131, "CONFIDENTIAL", "de", "relative",
          "harmless forwarding note; forwarded message/rfc822 (iso-8859-1): heir cancels late aunt's motor policy, plate, IBAN",
          frm="Kundenservice Falkenried <kundenservice@falkenried.example>",
          to="kfz-bestand@falkenried.example",
          subject="WG: Abmeldung Auto",
          date="Mon, 22 Jun 2026 08:05:30 +0200",
          body="""Bitte übernehmen, Erbschein liegt in der E-Akte. Danke!
""",
          fwd=orig)


def m132():
    wb = xlsx([("Large losses 2025", [
        ["Falkenried - accident and BU large losses 2025 (> EUR 250k), anonymised for treaty renewal", None, None, None, None],
        ["Loss ID", "Line", "Age band", "Cause (category)", "Reserve/paid EUR"],
        ["LL-25-01", "Accident", "30-39", "road traffic, spinal injury", 1450000],
        ["LL-25-02", "Accident", "50-59", "fall from height", 620000],
        ["LL-25-03", "BU", "40-49", "neoplasms (ICD chapter II)", 890000],
        ["LL-25-04", "BU", "40-49", "mental disorders (ICD chapter V)", 740000],
        ["LL-25-05", "BU", "30-39", "diseases of the nervous system (ICD chapter VI)", 1120000],
        ["LL-25-06", "Accident", "60+", "road traffic, brain injury", 410000],
        ["No names, policy numbers, dates of birth or dates of loss. Loss IDs are not the claim numbers.", None, None, None, None],
    ])])
    build(132, "NORMAL", "en", "insurer-to-partner",
          "trap: anonymised large-loss list for reinsurer (XLSX) with age bands and injury/ICD-chapter categories only",
          frm="Dr. Jakob Feldmeier <jakob.feldmeier@falkenried.example>",
          to="Hannah Whitfield <hannah.whitfield@munich-atlas-re.example>",
          subject="Large loss list 2025 - accident & disability (anonymised)",
          date="Tue, 23 Jun 2026 10:48:13 +0200",
          body="""Dear Hannah,

attached is the anonymised large-loss list for the accident and disability treaty. As usual
only age bands and cause categories, no claim numbers or dates. If you need more detail on
LL-25-05 for the reserve review, let's go through it in a call with our medical officer
rather than by email.

Best regards
Jakob
""",
          atts=[att("large_losses_2025_anon.xlsx", wb)])


def m133():
    build(133, "STRICTLY_CONFIDENTIAL", "de", "employer",
          "base64 body: employer asks about employee's disability pension and sends restrictions from company doctor (no heavy lifting after disc surgery)",
          frm="Ralf Heyne <r.heyne@heyne-metallbau.example>",
          to="bu-leistung@falkenried.example",
          subject="Wiedereingliederung Herr Achterberg - BU 30-221 904-1",
          date="Wed, 24 Jun 2026 15:31:09 +0200",
          cte="base64",
          body="""Sehr geehrte Damen und Herren,

unser Mitarbeiter Herr Helge Achterberg (bei Ihnen BU-versichert, Vertrag BU 30-221 904-1,
er hat uns ermächtigt, mit Ihnen zu sprechen) soll ab 1. August stufenweise wieder
eingegliedert werden.

Laut Stellungnahme unseres Betriebsarztes Dr. Nolte vom 22.06. darf er nach der zweiten
Bandscheiben-OP (L5/S1) dauerhaft keine Lasten über 10 kg heben und nicht länger als
2 Stunden am Stück stehen. Als Schweißer kann er damit nicht mehr arbeiten. Wir können ihm
eine Stelle in der Arbeitsvorbereitung anbieten, allerdings mit ca. 900 EUR weniger brutto.

Frage: Hat dieses Angebot Einfluss auf seine BU-Rente (Stichwort Verweisung)? Wir wollen
ihm nicht schaden.

Mit freundlichen Grüßen
Ralf Heyne
Geschäftsführer, Heyne Metallbau GmbH & Co. KG
""")


def m134():
    text = """Häufige Fragen von Betreuerinnen und Betreuern (Entwurf für die Website)

Welche Unterlagen brauchen Sie von mir?
Eine Kopie des Betreuerausweises und des Beschlusses mit den Aufgabenbereichen.

Reicht der Aufgabenbereich Vermögenssorge für Fragen zur Krankenversicherung?
Für Beiträge und Zahlungen ja. Für Arztberichte, Diagnosen und Leistungsentscheidungen
brauchen wir den Aufgabenbereich Gesundheitssorge oder eine Einwilligung der betreuten Person.

Kann ich alle meine Betreuten über einen Zugang verwalten?
Ab Herbst 2026 im Kundenportal (Pilot).

Was passiert, wenn die Betreuung endet?
Bitte teilen Sie uns das Ende mit; wir schreiben dann wieder direkt an die versicherte Person
oder an die Erben.
"""
    html = """<html><body><h3>H&auml;ufige Fragen von Betreuerinnen und Betreuern</h3>
<dl>
<dt><b>Welche Unterlagen brauchen Sie von mir?</b></dt><dd>Eine Kopie des Betreuerausweises und des Beschlusses mit den Aufgabenbereichen.</dd>
<dt><b>Reicht der Aufgabenbereich Verm&ouml;genssorge f&uuml;r Fragen zur Krankenversicherung?</b></dt>
<dd>F&uuml;r Beitr&auml;ge und Zahlungen ja. F&uuml;r Arztberichte, Diagnosen und Leistungsentscheidungen brauchen wir den Aufgabenbereich Gesundheitssorge oder eine Einwilligung der betreuten Person.</dd>
<dt><b>Kann ich alle meine Betreuten &uuml;ber einen Zugang verwalten?</b></dt><dd>Ab Herbst 2026 im Kundenportal (Pilot).</dd>
<dt><b>Was passiert, wenn die Betreuung endet?</b></dt><dd>Bitte teilen Sie uns das Ende mit.</dd>
</dl></body></html>"""
    build(134, "NORMAL", "de", "internal",
          "trap: FAQ draft for guardians mentioning diagnoses and doctors' reports generically, no person",
          frm="Deniz Arslan <deniz.arslan@falkenried.example>",
          to="web-content@falkenried.example",
          subject="FAQ Betreuer - Entwurf",
          date="Thu, 25 Jun 2026 13:20:00 +0200",
          body=text, html=html)


def m135():
    build(135, "CONFIDENTIAL", "en", "landlord",
          "holiday-flat host claims against named guest's liability policy: guest's address, birth date from booking, damage; nobody hurt",
          frm="Ingrid Sørensen <host@edersee-ferienhaus.example>",
          to="schaden@falkenried.example",
          subject="Damage by guest Mr Patrick Doyle - his liability insurance PHV-22 908 114",
          date="Fri, 26 Jun 2026 19:09:02 +0200",
          body="""Dear Sir or Madam,

I rent out a holiday house at the Edersee. My guest Mr Patrick Doyle (booking 14-21 June 2026,
address 27 Harcourt Road, Dublin 2, Ireland, date of birth 5 March 1984 as per his booking form)
told me that he has personal liability insurance with you, policy PHV-22 908 114.

On 19 June his children knocked over the TV (LG OLED 55", bought 2024 for EUR 1,399), the
screen is broken. Nobody was hurt. Mr Doyle admitted the damage in writing before he left;
I have his signed note and photos.

Please let me know how to proceed.

Kind regards
Ingrid Sørensen
Ferienhaus Seeblick, Waldeck
""")


def m136():
    build(136, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
          "heir informed of open hospital invoices (oncology ward, chemotherapy) of late mother's health policy; quoted question",
          frm="Rahul Iyer <rahul.iyer@falkenried.example>",
          to="Susan Fairweather <susan.fairweather@fairmail.example>",
          subject="RE: Closing my late mother's health insurance - KV 118 007 32",
          date="Mon, 29 Jun 2026 11:11:45 +0200",
          body="""Dear Ms Fairweather,

thank you for the certificate of inheritance. As sole heir you are entitled to information
about your late mother's health insurance.

The policy KV 118 007 32 ended on the date of death, 3 May 2026. The following invoices are
still open and will be settled by us directly with the providers, so you do not need to pay them:

- Klinikum Kassel, oncology ward, 14 April - 3 May 2026 (DRG R61H) - EUR 14,882.10
- Dr. Saleh, outpatient chemotherapy March/April 2026 - EUR 3,140.55
- Palliative care team Nordhessen, April 2026 - EUR 1,210.00

The premium for May, EUR 611.40, was debited in full; the share for 4-31 May will be
refunded to the estate account you gave us.

With our sincere condolences
Rahul Iyer
Health Services | Falkenried Krankenversicherung AG

> Dear Falkenried, my mother Margaret Fairweather died in May. I am her only child and
> executor. Can you tell me if there are any bills left to pay and close her policy?
> Susan Fairweather
""")


def m137():
    build(137, "NORMAL", "de", "internal",
          "trap: new phone numbers for relatives' service (death, care, accident) - directory only",
          frm="Angehörigen-Service <angehoerigen-service@falkenried.example>",
          to="alle-mitarbeitenden@falkenried.example",
          subject="Neue Durchwahlen Angehörigen-Service ab 1. Juli",
          date="Tue, 30 Jun 2026 08:10:00 +0200",
          body="""Liebe Kolleginnen und Kollegen,

ab 1. Juli ist der Angehörigen-Service unter neuen Durchwahlen erreichbar. Bitte leitet
Anrufende entsprechend weiter:

Todesfall Leben/Sterbegeld ............ -5001
Pflegeanträge durch Angehörige ........ -5002
Unfall/Invalidität (Angehörige) ....... -5003
Betreuer und Berufsbetreuer ........... -5004
Erben, Nachlass, Testamentsvollstrecker  -5005
Allgemein / Zentrale .................. -5000

Bitte keine Gesundheitsdaten in die Weiterleitungsnotiz im Telefonsystem schreiben,
nur Name und Rückrufnummer.

Danke!
Euer Angehörigen-Service
""")


def m138():
    build(138, "CONFIDENTIAL", "de", "lawyer",
          "lawyer requests legal expenses cover for named client's speeding fine and driving ban (administrative offence)",
          frm="RA Jörn Petersilie <petersilie@verkehrsrecht-nordhessen.example>",
          to="rechtsschutz@falkenried.example",
          subject="Deckungsanfrage Bußgeldverfahren - Mandant Herr Kevin Schaumburg - RS 55-118 029",
          date="Wed, 01 Jul 2026 09:44:30 +0200",
          body="""Sehr geehrte Damen und Herren,

wir vertreten Herrn Kevin Schaumburg, Tischbeinstraße 40, 34121 Kassel, Ihr Versicherungsnehmer
(Verkehrsrechtsschutz RS 55-118 029).

Gegen unseren Mandanten ist ein Bußgeldbescheid des Regierungspräsidiums Kassel vom 22.06.2026
ergangen: Überschreitung der zulässigen Höchstgeschwindigkeit außerorts um 36 km/h
(A 49, Messstelle Edermünde), Geldbuße 320 EUR, 1 Monat Fahrverbot, 2 Punkte.

Unser Mandant ist als Außendienstmitarbeiter auf den Führerschein angewiesen. Wir werden
Einspruch einlegen und Akteneinsicht beantragen (Zweifel an der Messung, Eichschein).

Wir bitten um Deckungszusage für das Verwaltungs- und ggf. gerichtliche Verfahren.

Mit freundlichen Grüßen
Jörn Petersilie
Rechtsanwalt, Fachanwalt für Verkehrsrecht
""")


def m139():
    dagboek = odt([
        "Pflegetagebuch / care diary – Hendrik de Vries, Pflegeversicherung PT-6627105",
        "Geführt von / kept by: Jeroen de Vries (Sohn), 01.–07.07.2026",
        "Mo 01.07.: Hilfe beim Aufstehen, Waschen, Anziehen (45 min). Insulin morgens und abends gespritzt.",
        "Di 02.07.: nachts 3x Toilette begleitet, Sturz im Flur ohne Verletzung. Wundversorgung Unterschenkel (Ulcus).",
        "Mi 03.07.: Arzttermin Dr. Wolff (Diabetologe), Fahrt und Begleitung 3 Std. Neue Dosis Metformin.",
        "Do 04.07.: verwirrt am Nachmittag, erkennt Wohnung nicht. Beaufsichtigung ganztägig.",
        "Fr 05.07.: Duschen mit Hilfe (Duschstuhl), Mahlzeiten zubereitet, Medikamente gestellt.",
        "Sa/So: wie oben, zusätzlich Einkauf, Wäsche. Durchschnitt ca. 5,5 Std. Hilfe pro Tag.",
    ])
    build(139, "STRICTLY_CONFIDENTIAL", "de+en", "relative",
          "Dutch son writes in English/German; care diary only in ODT: insulin, leg ulcer, falls, confusion of named father",
          frm="Jeroen de Vries <jeroen.devries@polder-mail.example>",
          to="pflege@falkenried.example",
          subject="Pflegetagebuch / care diary - PT-6627105",
          date="Wed, 08 Jul 2026 22:03:17 +0200",
          body="""Guten Tag / Hello,

Sorry, mein Deutsch ist nicht so gut, I continue in English. Your assessor asked for a care
diary for one week before the visit. Please find it attached (I wrote it in German with help
from my wife, hope it is understandable).

Met vriendelijke groet / Mit freundlichen Grüßen
Jeroen de Vries
""",
          atts=[att("Pflegetagebuch_Juli.odt", dagboek)])


def m140():
    build(140, "NORMAL", "en", "newsletter",
          "trap: press release with aggregate income-protection claim causes by ICD chapter, no individuals",
          frm="Falkenried Press <presse@falkenried.example>",
          to="press-en@lists.falkenried.example",
          subject="Press release: Mental health now the leading cause of disability claims at Falkenried",
          date="Thu, 09 Jul 2026 10:00:00 +0200",
          body="""PRESS RELEASE

Mental health now the leading cause of disability claims at Falkenried

Kassel, 9 July 2026. For the first time, mental and behavioural disorders (ICD-10 chapter V)
account for more new income protection (BU) claims at Falkenried than musculoskeletal
conditions. Of 2,270 new claims in 2025:

  Mental disorders (F00-F99) ................. 34 %
  Musculoskeletal (M00-M99) .................. 22 %
  Cancer (C00-D48) ........................... 17 %
  Nervous system (G00-G99) ................... 8 %
  Accidents (S00-T98) ........................ 7 %
  Cardiovascular (I00-I99) ................... 6 %
  Other ...................................... 6 %

"In four out of ten of these cases it is a partner or a parent who first contacts us," says
Malte Kerkhoff, head of life claims. "We have trained our team to support relatives from the
first call."

Press contact: Jonas Reichert, presse@falkenried.example
""")


def m141():
    build(141, "CONFIDENTIAL", "de", "colleague",
          "colleague reports damage caused by named coworker while helping with a move, coworker's liability policy number; nobody hurt",
          frm="Marcel Thöne <marcel.thoene@kasselwerk-automation.example>",
          to="schaden@falkenried.example",
          subject="Gefälligkeitsschaden beim Umzug - Haftpflicht meines Kollegen Herrn Jan Reuß",
          date="Fri, 10 Jul 2026 12:27:59 +0200",
          cte="8bit",
          body="""Hallo zusammen,

mein Arbeitskollege Jan Reuß hat mir am Samstag (04.07.) beim Umzug geholfen. Beim Tragen meines
Kühlschranks ist er an der Treppe abgerutscht und hat den Kühlschrank gegen das
Treppengeländer im Haus meines neuen Vermieters gerammt: zwei Geländerstäbe gebrochen,
Kühlschranktür verbeult. Passiert ist sonst nichts, keiner hat sich wehgetan.

Jan ist bei Ihnen privathaftpflichtversichert (PHV-20 774 316, Tarif Komfort, da sind
Gefälligkeitsschäden ja mit drin, oder?). Er hat gesagt ich soll mich direkt melden.

Kostenvoranschlag Schlosserei Wenzel für das Geländer: 560 EUR. Kühlschrank Zeitwert ca. 300 EUR.

Gruß
Marcel Thöne
Goethestraße 102, 34119 Kassel
""")


def m142():
    build(142, "NORMAL", "de", "internal",
          "trap: IT ticket about scanner misclassifying death certificates and doctors' letters; no document content",
          frm="Poststelle Falkenried <poststelle@falkenried.example>",
          to="it-servicedesk@falkenried.example",
          subject="INC-2026-20415 Scanstraße: Sterbeurkunden landen als 'Arztbrief' im Posteingang Kranken",
          date="Mon, 13 Jul 2026 07:58:20 +0200",
          body="""Ticket INC-2026-20415, Priorität 2

Seit dem Update der Klassifikations-Software am Freitag werden Sterbeurkunden und
Erbscheine von der Scanstraße häufig als Dokumentart "ARZTBRIEF" erkannt und landen im
Posteingang Leistung Kranken statt bei Leben-Leistung bzw. Angehörigen-Service.
Heute früh betroffen: 23 Dokumente (Liste der Barcodes im Scan-Log, keine Namen hier).

Umgekehrt werden Pflegegutachten teilweise als "SONSTIGES" klassifiziert.

Bitte Rollback auf Version 4.2 oder Nachtrainieren der Dokumentarten. Bis dahin sortieren
wir manuell nach.

Gruß
Poststelle / Scanstraße
""")


def m143():
    build(143, "CONFIDENTIAL", "en", "insurer-to-relative",
          "wife receives rental car excess refund for husband's claim: names, policy, amount, her IBAN; no health",
          frm="Reise-Schaden Falkenried <reise@falkenried.example>",
          to="Moira Buchanan-Kraft <moira.bk@highland-post.example>",
          subject="Rental car excess claim RX-2026-01187 - Mr Stefan Kraft",
          date="Tue, 14 Jul 2026 10:36:48 +0200",
          body="""Dear Mrs Buchanan-Kraft,

your husband, Mr Stefan Kraft, asked us to pay the refund under his rental car excess
insurance (policy RX-2025-44019) to your account, as he is travelling. We have his written
instruction on file.

Claim: RX-2026-01187, damage to rental car (Arnold Clark, Inverness) on 22 June 2026, gravel
damage to windscreen and bonnet; excess charged by the rental company GBP 850.00.
Refund: EUR 996.18 (exchange rate of the charge date).

Payment to: Moira Buchanan-Kraft, IBAN DE58 5001 0517 0375 5149 60, within 3 working days.

Kind regards
Travel Claims | Falkenried Versicherung AG
""")


def m144():
    build(144, "CONFIDENTIAL", "en", "insurer-to-relative",
          "father receives moped insurance plate for his named 16-year-old son with son's birth date; no health",
          frm="Kfz-Service Falkenried <kfz@falkenried.example>",
          to="Andrew Whitmore <a.whitmore@whitmore-family.example>",
          subject="Moped insurance 2026/27 - your son Leo - plate 418 KXT",
          date="Wed, 15 Jul 2026 14:14:14 +0200",
          body="""Dear Mr Whitmore,

thank you for your application for moped insurance (Versicherungskennzeichen) for your son.

Policyholder: Andrew Whitmore
Driver: Leo Whitmore, date of birth 09/04/2010, driving licence class AM since 06/2026
Vehicle: Piaggio Liberty 50, frame no. ZAPC53600N5012741
Insurance plate: 418 KXT (valid until 28/02/2027), third-party liability and partial cover
Premium: EUR 96.00 paid by direct debit on 20 July

The plate and certificate are on their way by post. Please make sure Leo carries the
certificate when riding.

Kind regards
Motor Service | Falkenried Versicherung AG
""")


def m145():
    build(145, "NORMAL", "en", "insurer-to-supplier",
          "trap: framework agreement with interpreting service for relatives' calls; confidentiality clauses, no case data",
          frm="Einkauf Falkenried <einkauf@falkenried.example>",
          to="contracts@linguabridge-interpreting.example",
          subject="Framework agreement telephone interpreting - final draft",
          date="Thu, 16 Jul 2026 11:30:00 +0200",
          body="""Dear Ms Novak,

please find below the remaining points for the framework agreement on telephone interpreting
for our relatives' service (calls about deaths, care needs and hospital stays abroad):

1. Languages: English, Turkish, Russian, Polish, Arabic, Ukrainian, Romanian; others on request.
2. Availability: Mon-Fri 8-19, connection within 90 seconds.
3. Price: EUR 1.65 per minute, billed per started minute, no minimum fee.
4. Confidentiality: interpreters are obliged under § 203 (4) StGB as persons involved in our
   work; signed declarations for each interpreter before the first call.
5. No recording, no notes beyond the call; no storage of names or health information.
6. Data processing agreement under Art. 28 GDPR (our template, version 2026-03).

If you agree, we will send the signature version via DocuSign next week.

Kind regards
Martina Gerlach
Central Procurement
""")


def m146():
    build(146, "STRICTLY_CONFIDENTIAL", "de", "relative",
          "sister writes (iso-8859-1) about brother's alcohol withdrawal treatment and daily sickness allowance; addiction",
          frm="Corinna Faßhauer <corinna.fasshauer@postbox-hessen.example>",
          to="leistung-kranken@falkenried.example",
          subject="Mein Bruder Dirk Faßhauer - Krankentagegeld KT 5510 2093",
          date="Fri, 17 Jul 2026 17:55:03 +0200",
          charset="iso-8859-1",
          body="""Sehr geehrte Damen und Herren,

mein Bruder Dirk Faßhauer ist seit dem 29.06. in einer Entwöhnungsbehandlung (Alkohol) in der
Fachklinik Haus Lindenhof-Süd in Bad Zwesten, voraussichtlich 12 Wochen. Vorher war er
10 Tage zur Entgiftung im Klinikum. Er hat mich gebeten, mich um seine Post zu kümmern,
die Vollmacht hat er unterschrieben, liegt bei.

Er fragt, ob das Krankentagegeld während der Therapie weitergezahlt wird und ob die Klinik
die AU direkt an Sie schicken kann. Er ist selbständig (Dachdecker) und hat sonst kein Einkommen.

Bitte schreiben Sie an mich, nicht an seine Adresse, dort leert niemand den Briefkasten.

Mit freundlichen Grüßen
Corinna Faßhauer
Jahnstraße 12, 34576 Homberg (Efze)
""")


def m147():
    build(147, "NORMAL", "de", "internal",
          "trap: satisfaction survey of relatives' hotline, aggregated scores and anonymised verbatims without names",
          frm="Nils Hartung <nils.hartung@falkenried.example>",
          to="angehoerigen-service@falkenried.example",
          cc="bl-kundenservice@falkenried.example",
          subject="Kundenzufriedenheit Angehörigen-Hotline Q2/2026",
          date="Mon, 20 Jul 2026 09:05:00 +0200",
          body="""Hallo Team,

die Ergebnisse der Nachbefragung Q2 (n = 486, Rücklauf 31 %):

Gesamtzufriedenheit (1-5)            4,3   (Q1: 4,0)
Erreichbarkeit                       4,1
Verständlichkeit der Auskünfte       4,4
"Ich wurde einfühlsam behandelt"     4,6
Weiterempfehlung (NPS)               +38

Ausgewählte Freitexte (anonymisiert, ohne Namen und Vertragsbezug):
- "Nach dem Tod unseres Vaters war das der einzige Anruf, bei dem ich mich nicht als
   Aktenzeichen gefühlt habe."
- "Die Vollmacht musste ich dreimal schicken."
- "Warum bekomme ich als Betreuerin weiterhin Post an die Betreute?"

Danke für eure Arbeit!
Nils
""")


def m148():
    wb = xlsx([("bKV Anmeldung", [
        ["Vireo MedTech GmbH - bKV Gruppenvertrag BKV-1177 - Anmeldungen 08/2026", None, None, None, None, None],
        ["Pers.-Nr.", "Name", "Geburtsdatum", "Baustein", "Laufende Behandlung (Mitarbeiterangabe)", "Mitversicherte"],
        ["10188", "Strauch, Oliver", "1984-09-13", "Zahn + Vorsorge", "Physiotherapie LWS", "–"],
        ["10419", "Seifert, Annika", "1991-03-02", "Zahn + Brille", "Kieferorthopädie (Aligner)", "–"],
        ["10502", "Bakker, Ruud", "1977-12-20", "Zahn", "–", "Bakker, Femke (Ehefrau)"],
        ["10790", "Hoffmann, Nele", "1995-06-30", "Zahn + Vorsorge + Brille", "Psychotherapie seit 04/2026", "–"],
    ])])
    build(148, "STRICTLY_CONFIDENTIAL", "en", "employer",
          "harmless body; XLSX enrolment list for company health insurance (bKV) with birth dates and ongoing treatments",
          frm="Lena Haupt <lena.haupt@vireo-medtech.example>",
          to="firmenkunden@falkenried.example",
          subject="bKV enrolments August",
          date="Tue, 21 Jul 2026 16:40:26 +0200",
          body="""Hi Mr Engel,

here are the August enrolments for our company health plan. Let me know if anything is missing.

Best
Lena
""",
          atts=[att("bKV_enrolments_2026-08.xlsx", wb)])


def m149():
    build(149, "CONFIDENTIAL", "de+en", "insurer-to-neighbour",
          "German reply to English neighbour, quoted original: storm damage to his car by named neighbour's roof tiles, her buildings policy; nobody hurt",
          frm="Sevgi Aydın <sevgi.aydin@falkenried.example>",
          to="Callum Reid <callum.reid@scotmail.example>",
          subject="AW: Roof tiles from neighbour's house damaged my car",
          date="Wed, 22 Jul 2026 11:19:40 +0200",
          body="""Sehr geehrter Herr Reid,

vielen Dank für Ihre Nachricht. Wir haben den Schaden unter der Nummer S-2026-044810 zur
Wohngebäudeversicherung Ihrer Nachbarin angelegt. Bitte beachten Sie: Die
Gebäudeversicherung zahlt nur Schäden am versicherten Gebäude. Schäden an Ihrem Auto durch
herabfallende Dachziegel sind zunächst ein Fall für Ihre eigene Teilkaskoversicherung
(Sturm ab Windstärke 8). Eine Haftung Ihrer Nachbarin besteht nur, wenn das Dach schlecht
unterhalten war; das prüfen wir.

In short: please report the damage to your own car insurer (partial cover, storm) as well.
We will check whether your neighbour is liable.

Mit freundlichen Grüßen / kind regards
Sevgi Aydın

> From: Callum Reid
> Sent: 20 July 2026
> Hello, during the storm on Saturday several roof tiles fell from the house of my neighbour,
> Mrs Edith Lambrecht (Schöne Aussicht 21, 34117 Kassel), onto my car (BMW 320d, KS-CR 808),
> smashing the windscreen and denting the roof. Nobody was hurt. Mrs Lambrecht gave me her
> buildings insurance number with you: WG-2019-33817. Who pays for my car?
> Callum Reid
""")


def m150():
    build(150, "NORMAL", "de", "insurer-to-guardian",
          "trap: one-time password mail for a guardian's new portal account; no ward, no contract",
          frm="Falkenried Kundenportal <no-reply@portal.falkenried.example>",
          to="buero@betreuung-ostendorf.example",
          subject="Ihr Zugang zum Falkenried Kundenportal (Rolle: Betreuer)",
          date="Thu, 23 Jul 2026 06:30:00 +0200",
          body="""Guten Tag,

für Sie wurde ein Zugang zum Falkenried Kundenportal mit der Rolle "Betreuer" eingerichtet.

Ihr Benutzername: betreuer-ostendorf-4471
Ihr Einmal-Passwort: Qx7m-R2pk-9Lwe

Bitte melden Sie sich innerhalb von 7 Tagen unter https://portal.falkenried.example an und
vergeben Sie ein eigenes Passwort sowie Ihre Sicherheitsfrage. Danach sehen Sie im Portal die
Personen, für die uns Ihr Betreuerausweis vorliegt.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
Falkenried Versicherung AG
""")


# ====================================================================== main
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b")


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def generate():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for i in range(1, TOTAL + 1):
        globals()["m%03d" % i]()
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in ROWS:
            f.write("\t".join(r) + "\n")
    print("wrote %d mails" % len(ROWS))


def _texts(msg):
    """Yield (where, text) for every text part and every attachment we can read."""
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            continue
        payload = part.get_payload(decode=True) or b""
        fn = part.get_filename() or ""
        if ct.startswith("text/"):
            yield fn or ct, payload.decode(part.get_content_charset() or "utf-8", "replace")
        elif fn.endswith((".xlsx", ".docx", ".odt", ".ods", ".zip")):
            z = zipfile.ZipFile(io.BytesIO(payload))
            assert z.testzip() is None, fn
            for name in z.namelist():
                if name.endswith((".xml", ".csv", ".txt")):
                    yield fn + ":" + name, z.read(name).decode("utf-8", "replace")
        elif fn.endswith(".pdf"):
            assert payload.startswith(b"%PDF-"), fn
            yield fn, payload.decode("latin-1")


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "bad header"
    rows = [l.split("\t") for l in lines[1:] if l]
    counts = {}
    langs = {}
    for r in rows:
        if len(r) != 5:
            errors.append("bad row %r" % (r,))
            continue
        fn, label, lang, kind, reason = r
        counts[label] = counts.get(label, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
        if label not in EXPECTED:
            errors.append("%s: bad label %s" % (fn, label))
        if lang not in ("de", "en", "de+en"):
            errors.append("%s: bad lang %s" % (fn, lang))
        if label == "NORMAL" and not reason:
            errors.append("%s: no reason" % fn)
        path = os.path.join(OUT, fn)
        if not os.path.exists(path):
            errors.append("%s missing" % fn)
            continue
        raw = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            errors.append("%s: bare LF" % fn)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                errors.append("%s: no %s" % (fn, h))
        for h in ("From", "To", "Cc"):
            for addr in (msg.get_all(h) or []):
                for dom in re.findall(r"@([\w.-]+)", str(addr)):
                    if not dom.endswith(".example"):
                        errors.append("%s: domain %s" % (fn, dom))
        try:
            texts = list(_texts(msg))
        except Exception as e:  # noqa
            errors.append("%s: attachment unreadable: %s" % (fn, e))
            continue
        if not texts:
            errors.append("%s: no text" % fn)
        for where, t in texts:
            for ib in IBAN_RE.findall(t):
                if ib[:2] in ("DE", "AT", "NL", "GB", "CH", "FR") and not iban_ok(ib) and "typo" not in reason:
                    errors.append("%s: invalid IBAN %s in %s" % (fn, ib, where))
            for dom in re.findall(r"(?:https?://|www\.|@)([a-z0-9-]+(?:\.[a-z0-9-]+)+)", t):
                if not dom.endswith(".example") and not dom.startswith(("schemas.", "urn")) \
                        and dom not in ("purl.org", "www.w3.org", "w3.org"):
                    errors.append("%s: non-example domain %s in %s" % (fn, dom, where))
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if files != ["d%s-%04d.eml" % (NN, i) for i in range(1, TOTAL + 1)]:
        errors.append("file set differs from 1..%d" % TOTAL)
    if len(rows) != TOTAL:
        errors.append("rows: %d" % len(rows))
    for k, v in EXPECTED.items():
        if counts.get(k) != v:
            errors.append("count %s = %s, expected %d" % (k, counts.get(k), v))
    traps = sum(1 for r in rows if r[1] == "NORMAL" and r[4].startswith("trap:"))
    if traps < 40:
        errors.append("only %d traps" % traps)
    print("labels:", counts, "langs:", langs, "traps:", traps)
    if errors:
        print("CHECK FAILED")
        for e in errors:
            print("  " + e)
        return 1
    print("CHECK OK: %d mails" % len(rows))
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    generate()
