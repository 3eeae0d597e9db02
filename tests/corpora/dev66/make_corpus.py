#!/usr/bin/env python3
"""Siegel evaluation corpus dev66 - theme: pregnancy, birth, newborns, fertility.

Every mail is written by hand in its own function m001 ... m150.  The helpers
below only turn that hand-written content into MIME (Python ``email``,
policy=SMTP, CRLF) or into a file format (XLSX, DOCX, ODS, ODT, PDF, ZIP, ICS,
CSV).  Nothing is random; SEED is only used to name MIME boundaries.

    python make_corpus.py          writes mails/d66-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses every file and validates counts
"""
import hashlib
import io
import os
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

SEED = 66
NN = "66"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
DOM = "hainbuche-versicherung.example"
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
ZIP_TIME = (2026, 3, 2, 9, 0, 0)

# ---------------------------------------------------------------- file formats

def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def _zip(members, stored_first=None):
    """members: list of (name, bytes-or-str). Deterministic timestamps."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = (zipfile.ZIP_STORED if name == stored_first
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zip_files(members):
    """A plain ZIP archive of (name, bytes) members."""
    return _zip(members)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (sheet name, rows); rows are lists of str/int/float."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    wb_sheets, wb_rels, members = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for r, row in enumerate(rows, 1):
            out.append('<row r="%d">' % r)
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                elif v is None or v == "":
                    continue
                else:
                    out.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
            out.append('</row>')
        out.append('</sheetData></worksheet>')
        members.append(("xl/worksheets/sheet%d.xml" % i, "".join(out)))
    ct.append('</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(wb_sheets) + '</sheets></workbook>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           + "".join(wb_rels) + '</Relationships>')
    return _zip([("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbr)] + members)


def docx(paragraphs):
    """paragraphs: list of str; a str starting with '# ' becomes bold;
    a list/tuple becomes a table row group (list of rows)."""
    body = []
    for p in paragraphs:
        if isinstance(p, (list, tuple)):
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>')
            for row in p:
                body.append('<w:tr>' + "".join(
                    '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c)
                    for c in row) + '</w:tr>')
            body.append('</w:tbl>')
        elif p.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'office:version="1.2"')


def _odf(mime, inner):
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content %s><office:body>%s</office:body></office:document-content>'
               % (_ODF_NS, inner))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest),
                 ("content.xml", content)], stored_first="mimetype")


def odt(paragraphs):
    inner = "".join('<text:p>%s</text:p>' % _x(p) for p in paragraphs)
    return _odf("application/vnd.oasis.opendocument.text",
                '<office:text>%s</office:text>' % inner)


def ods(sheets):
    parts = []
    for name, rows in sheets:
        parts.append('<table:table table:name="%s">' % _x(name))
        for row in rows:
            parts.append('<table:table-row>')
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    parts.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    parts.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            parts.append('</table:table-row>')
        parts.append('</table:table>')
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet>%s</office:spreadsheet>' % "".join(parts))


def pdf(lines, title="Dokument"):
    """A one- or multi-page PDF with Helvetica text (WinAnsi, so umlauts work)."""
    per_page = 48
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = []
    def esc(t):
        b = t.encode("cp1252", "replace")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(None)  # pages, filled later
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for pl in pages:
        stream = [b"BT /F1 10 Tf 56 790 Td 13 TL"]
        for ln in pl:
            stream.append(b"(" + esc(ln) + b") Tj T*")
        stream.append(b"ET")
        data = b"\n".join(stream)
        objs.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        content_no = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_no)
        kids.append(len(objs))
    objs[1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count %d >>" % len(kids))
    objs.append(b"<< /Title (" + esc(title) + b") /Producer (Hainbuche DMS 4.2) >>")
    info_no = len(objs)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, info_no, xref))
    return out.getvalue()


def ics(lines):
    """lines: the VCALENDAR lines, written by hand; joined with CRLF."""
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def csv_bytes(text, encoding="utf-8"):
    return text.replace("\n", "\r\n").encode(encoding)

# ---------------------------------------------------------------- MIME

MIME_OF = {
    "pdf": ("application", "pdf"), "csv": ("text", "csv"), "txt": ("text", "plain"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ics": ("text", "calendar"), "zip": ("application", "zip"),
}


def att(filename, data, mime=None):
    """Describe an attachment; mime 'a/b' overrides the type guessed from the name."""
    if mime:
        mt, st = mime.split("/")
    else:
        mt, st = MIME_OF[filename.rsplit(".", 1)[1].lower()]
    return ("file", filename, data, mt, st)


def fwd(inner):
    """Attach a whole message as message/rfc822."""
    return ("rfc822", inner)


def mail(frm, to, subject, date, body=None, *, html=None, cc=None, charset="utf-8",
         cte="quoted-printable", flowed=False, attachments=(), headers=(), msgid=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    if msgid:
        m["Message-ID"] = msgid
    for k, v in headers:
        m[k] = v
    params = {"format": "flowed"} if flowed else None
    if body is not None and html is not None:
        m.set_content(body, charset=charset, cte=cte)
        m.add_alternative(html, subtype="html", charset=charset, cte=cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        if params:
            m.set_content(body, charset=charset, cte=cte, params=params)
        else:
            m.set_content(body, charset=charset, cte=cte)
    for a in attachments:
        if a[0] == "rfc822":
            m.add_attachment(a[1])
        else:
            _, fn, data, mt, st = a
            if mt == "text":
                m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
            else:
                m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


def _fix_boundaries(m, n):
    i = 0
    for part in m.walk():
        if part.is_multipart():
            h = hashlib.sha1(("%d-%d-%d" % (SEED, n, i)).encode()).hexdigest()[:16]
            part.set_boundary("----=_Part_%s_%04d_%d_%s" % (NN, n, i, h))
            i += 1
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                _fix_boundaries_inner(sub, n, i)
                i += 10


def _fix_boundaries_inner(m, n, base):
    i = base
    for part in m.walk():
        if part.is_multipart():
            h = hashlib.sha1(("%d-%d-%d-in" % (SEED, n, i)).encode()).hexdigest()[:16]
            part.set_boundary("----=_Inner_%s_%04d_%d_%s" % (NN, n, i, h))
            i += 1

# ---------------------------------------------------------------- the mails
N, C, S = "NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"


def m001():
    body = """Sehr geehrte Frau Dörrbecker,

vielen Dank für Ihren Antrag auf Kostenübernahme vom 12.02.2026 und den
Behandlungsplan des Kinderwunschzentrums Elbufer.

Wir freuen uns, Ihnen mitteilen zu können, dass wir die Kosten für den
zweiten ICSI-Zyklus im tariflichen Umfang übernehmen. Grundlage ist die
ärztlich bestätigte Diagnose einer tubaren Sterilität (N97.1) sowie der
eingeschränkte Spermiogrammbefund Ihres Ehemannes, der bei seiner
Krankenversicherung gesondert zu beantragen ist.

Zugesagt sind:
- Hormonstimulation und Monitoring (Ultraschall, Östradiol-Bestimmung)
- Follikelpunktion in Kurznarkose
- ICSI und Embryotransfer
- Medikamente laut Plan (u. a. Follitropin alfa 150 IE, Ganirelix)

Die Zusage gilt bis 31.08.2026. Kryokonservierung überzähliger Vorkerne ist
nach Tarif KV-Komfort 2 nicht versichert.

Versicherungsnummer: KV 5512-883401
Vorgang: LF-2026-0219-44

Für Rückfragen erreichen Sie mich direkt unter 0421 5598-2217.

Mit freundlichen Grüßen

Miriam Okonkwo-Brandt
Leistungsabteilung Krankenversicherung
Hainbuche Krankenversicherung a.G.
Am Hainbucheneck 4 · 28195 Bremen
"""
    m = mail("Miriam Okonkwo-Brandt <miriam.okonkwo-brandt@hainbuche-versicherung.example>",
             "Janine Dörrbecker <j.doerrbecker@posteo-mail.example>",
             "Ihre Kostenübernahme Kinderwunschbehandlung - Vorgang LF-2026-0219-44",
             "Tue, 03 Mar 2026 10:14:22 +0100", body)
    return m, S, "de", "insurer-to-customer", "IVF/ICSI cost approval with infertility diagnosis N97.1, medicines, health policy number"


def m002():
    text = """Hainbuche Gesundheitsbrief 2/2026

Neu: Baustein "Kinderwunsch Plus"

Für viele Paare ist der Weg zum Wunschkind lang. Mit dem neuen Baustein
Kinderwunsch Plus ergänzen Sie Ihren Tarif KV-Komfort oder KV-Premium um:

* bis zu 4 Versuche IVF oder ICSI, je Versuch bis 6.500 EUR
* Kryokonservierung von Eizellen oder Vorkernen bis 3 Jahre
* psychosoziale Beratung vor und während der Behandlung (bis 10 Sitzungen)
* Wartezeit: 8 Monate, Eintrittsalter bis 40 Jahre

Monatsbeitrag ab 19,80 EUR. Eine Gesundheitsprüfung findet statt.

Mehr unter https://www.hainbuche-versicherung.example/kinderwunsch

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abmelden: https://www.hainbuche-versicherung.example/newsletter/abmelden
Hainbuche Krankenversicherung a.G., Am Hainbucheneck 4, 28195 Bremen
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<h2>Hainbuche Gesundheitsbrief 2/2026</h2>
<h3>Neu: Baustein &bdquo;Kinderwunsch Plus&ldquo;</h3>
<p>F&uuml;r viele Paare ist der Weg zum Wunschkind lang. Mit dem neuen Baustein
Kinderwunsch Plus erg&auml;nzen Sie Ihren Tarif KV-Komfort oder KV-Premium um:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Leistung</th><th>Umfang</th></tr>
<tr><td>IVF oder ICSI</td><td>bis zu 4 Versuche, je bis 6.500 EUR</td></tr>
<tr><td>Kryokonservierung</td><td>Eizellen oder Vorkerne, bis 3 Jahre</td></tr>
<tr><td>Psychosoziale Beratung</td><td>bis 10 Sitzungen</td></tr>
<tr><td>Wartezeit / Eintrittsalter</td><td>8 Monate / bis 40 Jahre</td></tr>
</table>
<p>Monatsbeitrag ab 19,80&nbsp;EUR. Eine Gesundheitspr&uuml;fung findet statt.</p>
<p><a href="https://www.hainbuche-versicherung.example/kinderwunsch">Mehr erfahren</a></p>
<p style="font-size:10px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.hainbuche-versicherung.example/newsletter/abmelden">Abmelden</a><br>
Hainbuche Krankenversicherung a.G., Am Hainbucheneck 4, 28195 Bremen</p>
</body></html>
"""
    m = mail("Hainbuche Gesundheitsbrief <newsletter@hainbuche-versicherung.example>",
             "abonnenten@newsletter.hainbuche-versicherung.example",
             "Neu: Kinderwunsch Plus - mehr Unterstützung auf dem Weg zum Wunschkind",
             "Thu, 05 Mar 2026 08:00:00 +0100", text, html=html,
             headers=[("List-Unsubscribe", "<https://www.hainbuche-versicherung.example/newsletter/abmelden>")])
    return m, N, "de", "newsletter", "trap: product newsletter on IVF/ICSI benefits, no person"


def m003():
    body = """Guten Tag Herr und Frau Schaffranek,

herzlichen Glückwunsch zur Geburt Ihrer Tochter!

Gern bestätigen wir Ihnen, dass Lina Schaffranek, geb. 14.03.2026, ab
Geburt beitragsfrei in Ihrer Familien-Privathaftpflichtversicherung
mitversichert ist. Eine Beitragsänderung ergibt sich nicht.

Vertrag: PHV-7730-112908
Tarif: Haftpflicht Familie Best
Versicherungsnehmer: Dennis Schaffranek
Anschrift: Kolberger Straße 19, 24143 Kiel

Den aktualisierten Versicherungsschein erhalten Sie in den nächsten Tagen
per Post.

Freundliche Grüße
Tobias Reiniger
Kundenservice Sach
Hainbuche Allgemeine Versicherung AG
Tel. 0421 5598-1000
"""
    m = mail("Tobias Reiniger <tobias.reiniger@hainbuche-versicherung.example>",
             "d.schaffranek@kielnet.example",
             "Mitversicherung Ihrer Tochter - Privathaftpflicht PHV-7730-112908",
             "Mon, 23 Mar 2026 14:41:09 +0100", body, cte="8bit")
    return m, C, "de", "insurer-to-customer", "newborn's birth date and co-insurance in private liability (non-personal line), address"


def m004():
    body = """Dear Ms Tanaka-Whitfield,

Thank you for submitting the pre-authorisation request from Raffles Bay
Women's Hospital on 9 March.

We confirm cover under your Hainbuche Global Health plan (member no.
GH-40-551872-02) for a planned caesarean section at 38+6 weeks, scheduled
for 2 April 2026. Your obstetrician, Dr Lim Wei Ling, has documented a
breech presentation and a previous caesarean delivery in 2023, which meets
the medical-necessity criteria of your plan.

Approved:
  - elective caesarean section incl. anaesthetist fee
  - 4 nights private room, mother and baby
  - paediatrician attendance at delivery
  - standard newborn screening

Direct settlement has been arranged with the hospital up to SGD 24,000.
Any amount above this limit will be reviewed once the final invoice is
received.

Please remember to add your baby to the policy within 30 days of birth so
that cover starts from day one without medical underwriting.

Kind regards,

Priya Raman
International Health Claims
Hainbuche Krankenversicherung a.G.
+49 421 5598-3340
"""
    m = mail("Priya Raman <priya.raman@hainbuche-versicherung.example>",
             "Aiko Tanaka-Whitfield <aiko.tw@lionmail.example>",
             "Pre-authorisation approved - GH-40-551872-02",
             "Wed, 11 Mar 2026 07:52:33 +0100", body, cte="7bit")
    return m, S, "en", "insurer-to-customer", "pre-authorisation for caesarean section, breech presentation, previous C-section; expat health plan"


def m005():
    body = """Liebe Kolleginnen und Kollegen,

ab dem 1. April geht Sandra Hellwege in Elternzeit. Wir wünschen ihr eine
schöne Zeit und freuen uns, wenn sie im Frühjahr 2027 wieder bei uns ist.

Ihre Aufgaben in der Tarifpflege übernehmen bis dahin:
- Produktanfragen Zahn: Benedikt Aurich
- Bedingungswerke / AVB-Pflege: Sabine Kröger
- Vertretung im Produktausschuss: Sabine Kröger

Bitte stellt bis Ende März sicher, dass offene Vorgänge an Benedikt oder
Sabine übergeben sind. Das Postfach tarif-kranken@ bleibt wie gehabt.

Viele Grüße
Ruth Albers
Leitung Aktuariat und Produkt Kranken
"""
    m = mail("Ruth Albers <ruth.albers@hainbuche-versicherung.example>",
             "abt-produkt-kranken@hainbuche-versicherung.example",
             "Elternzeit Sandra Hellwege - Vertretungsregelung",
             "Fri, 13 Mar 2026 11:02:45 +0100", body)
    return m, N, "de", "internal", "trap: colleague's parental-leave announcement, organisational, no health or income data"


def m006():
    body = """Hi Mr Okafor,

thanks for your call this morning. As discussed, we've updated your motor
policy to the new vehicle with effect from 20 March 2026:

Policy number:   KFZ 88-2044719
Old vehicle:     VW Polo, HB-MO 4412 (cover ends 19/03/2026)
New vehicle:     Skoda Octavia Combi, HB-MO 7755
VIN:             TMBJG7NE4L0197342
Additional driver: Chidinma Okafor (spouse)
No-claims class: SF 9 (carried over)

The new annual premium is EUR 612.40, collected monthly as before. The
updated certificate is attached in your customer portal.

Best wishes,
Tobias Reiniger
Customer Service Motor & Property
Hainbuche Allgemeine Versicherung AG
"""
    m = mail("Tobias Reiniger <tobias.reiniger@hainbuche-versicherung.example>",
             "emeka.okafor@brightpost.example",
             "Your motor policy KFZ 88-2044719 - vehicle change confirmed",
             "Thu, 19 Mar 2026 16:20:11 +0100", body, cte="7bit")
    return m, C, "en", "insurer-to-customer", "motor policy with plate, VIN, named spouse as driver, premium"


def m007():
    body = """Hallo Katrin,

kannst du dir bitte den Befund unten anschauen? Die Versicherte beantragt
Krankenhaustagegeld für den stationären Aufenthalt, ich bin nicht sicher, ob
die Einweisung medizinisch notwendig war oder ob das ambulant gegangen wäre.

Danke dir!
Miriam

-------- Weitergeleitete Nachricht --------
Betreff: Arztbrief Frau Yasemin Korkmaz, geb. 02.07.1993
Datum: Mon, 16 Mar 2026 09:31:40 +0100
Von: Praxis Dr. Lindqvist <praxis@frauenarzt-lindqvist.example>
An: leistung-kranken@hainbuche-versicherung.example

Sehr geehrte Damen und Herren,

auf Wunsch unserer Patientin Frau Yasemin Korkmaz, geb. 02.07.1993,
Versicherungsnr. KV 3301-556012, übersenden wir folgenden Kurzbefund:

Diagnosen:
O24.4 G  Gestationsdiabetes, diätetisch nicht ausreichend eingestellt
Z34 G    Überwachung einer normalen Schwangerschaft (G2/P1), 29. SSW

Verlauf: oGTT am 26.02.2026 pathologisch (nüchtern 98 mg/dl, 1h 192 mg/dl).
Trotz Ernährungsberatung persistierend erhöhte postprandiale Werte.
Stationäre Einstellung auf Insulin (Humaninsulin, Basis-Bolus) vom
09.03. bis 12.03.2026 im Klinikum Nordhafen.

Mit freundlichen Grüßen
Dr. med. Henrike Lindqvist
Fachärztin für Frauenheilkunde und Geburtshilfe
"""
    m = mail("Miriam Okonkwo-Brandt <miriam.okonkwo-brandt@hainbuche-versicherung.example>",
             "Dr. Katrin Wendland <katrin.wendland@hainbuche-versicherung.example>",
             "WG: Arztbrief Frau Yasemin Korkmaz, geb. 02.07.1993",
             "Tue, 17 Mar 2026 08:45:02 +0100", body)
    return m, S, "de", "doctor", "inline-forwarded gynaecologist's letter: gestational diabetes O24.4, pregnancy week, insulin, birth date"


def m008():
    body = """Dear all,

From 1 May 2026 our parental leave guidelines change. The key points:

1. Paid parental top-up: Hainbuche tops up the statutory parental allowance
   to 80% of net salary for up to 8 weeks (was 4 weeks), for all parents
   regardless of gender.
2. Returning from parental leave: part-time of 20-32 hours can be agreed
   with your team lead without HR approval for the first 12 months.
3. Keep-in-touch days: up to 10 paid days during leave, voluntary.
4. The parent-and-child office on floor 3 (room 3.14) can be booked via
   the room calendar.

The full guideline is on the intranet under HR > Family & Work. Questions
go to family@hainbuche-versicherung.example; please do not send personal
documents to that address, use the HR portal instead.

Best,
Lea Marschall
HR Business Partner
"""
    m = mail("Lea Marschall <lea.marschall@hainbuche-versicherung.example>",
             "all-staff@hainbuche-versicherung.example",
             "Updated parental leave guideline from 1 May",
             "Mon, 30 Mar 2026 09:00:00 +0200", body, cte="7bit")
    return m, N, "en", "internal", "trap: general HR parental-leave policy, salary percentages not tied to any person"


def m009():
    body = """Liebe Frau Pohlmann,

wie besprochen fasse ich Ihnen die Eckdaten für Ihre Teilzeit in der
Elternzeit zusammen:

Zeitraum: 01.06.2026 bis 31.05.2027
Wochenarbeitszeit: 24 Stunden (bisher 39)
Bruttomonatsgehalt bisher: 4.860,00 EUR
Bruttomonatsgehalt in Teilzeit: 2.990,77 EUR
Tarifgruppe: VT 7, Stufe 3
Personalnummer: 20417

Die Änderung wird zum Juni-Lauf in der Entgeltabrechnung berücksichtigt.
Die Bescheinigung für die Elterngeldstelle schicke ich Ihnen separat über
das HR-Portal.

Viele Grüße
Lea Marschall
Personal / HR Business Partner
Hainbuche Versicherungsgruppe
"""
    m = mail("Lea Marschall <lea.marschall@hainbuche-versicherung.example>",
             "Katharina Pohlmann <katharina.pohlmann@hainbuche-versicherung.example>",
             "Ihre Teilzeit in Elternzeit - Eckdaten",
             "Wed, 08 Apr 2026 15:12:56 +0200", body)
    return m, C, "de", "internal", "named employee's salary before/after part-time in parental leave, personnel number"


def m010():
    body = """Sehr geehrter Herr Brettschneider,

wir haben Ihre Anmeldung zur Kindernachversicherung für Ihren Sohn Mats
erhalten. Vielen Dank auch für die Geburtsurkunde und den Entlassbrief.

Da die Anmeldung innerhalb von zwei Monaten nach der Geburt erfolgt ist,
versichern wir Mats ohne Gesundheitsprüfung und ohne Wartezeiten ab dem
Tag der Geburt (27.02.2026) im gleichen Tarif wie Sie (KV-Premium 1, 0 EUR
Selbstbehalt).

Aus dem Entlassbrief haben wir gesehen, dass Mats in der 32. SSW zur Welt
kam und vier Wochen auf der neonatologischen Intensivstation versorgt wurde
(u. a. CPAP-Atemunterstützung, Phototherapie). Diese Kosten übernehmen wir
vollständig; die Klinik rechnet direkt mit uns ab. Sie müssen nichts
vorstrecken.

Neue Versicherungsnummer: KV 6120-774903-02
Monatsbeitrag Mats: 168,44 EUR

Wir wünschen Ihnen und Ihrer Familie alles Gute.

Mit freundlichen Grüßen
Tobias Reiniger
Kundenservice Krankenversicherung
"""
    m = mail("Tobias Reiniger <tobias.reiniger@hainbuche-versicherung.example>",
             "Lukas Brettschneider <lukas.brettschneider@familienpost.example>",
             "Kindernachversicherung Mats - KV 6120-774903-02",
             "Fri, 27 Mar 2026 10:05:37 +0100", body)
    return m, S, "de", "insurer-to-customer", "premature birth in week 32, NICU, CPAP; newborn added to health insurance"


def m011():
    body = """Hallo zusammen,

anbei der überarbeitete Textbaustein für Zusagen zur Kinderwunschbehandlung
(Version 3.1). Bitte ab sofort nur noch diese Fassung im Korrespondenzsystem
verwenden, die alte Vorlage KW-ZUS-02 ist gesperrt.

----------------------------------------------------------------------
KW-ZUS-03

Sehr geehrte(r) «Anrede» «Nachname»,

vielen Dank für Ihren Antrag vom «Antragsdatum». Auf Grundlage der
ärztlich festgestellten Diagnose «Diagnose_Text» («ICD_Code») übernehmen
wir die Kosten für «Anzahl_Zyklen» Behandlungszyklus/-zyklen
«Methode» im tariflichen Umfang.

Die Zusage gilt bis «Gültig_bis». Leistungen für «Ausschlüsse» sind
nach Tarif «Tarifname» nicht versichert.

Versicherungsnummer: «VSNR»
----------------------------------------------------------------------

Änderungen ggü. 3.0: Satz zur Kryokonservierung jetzt als Variable,
Hinweis auf Partnerversicherung entfernt (kommt in eigenen Baustein).

Gruß
Sabine Kröger
Produktmanagement Kranken
"""
    m = mail("Sabine Kröger <sabine.kroeger@hainbuche-versicherung.example>",
             "team-leistung-kranken@hainbuche-versicherung.example",
             "Textbaustein KW-ZUS-03 Kinderwunsch-Zusage",
             "Tue, 24 Mar 2026 13:30:00 +0100", body)
    return m, N, "de", "internal", "trap: letter template for IVF approval with «placeholders» only"


def m012():
    body = """Sehr geehrte Frau Aydemir,

vielen Dank für Ihre Schadenmeldung vom 02.04.2026.

Sie schreiben, dass Ihr Kinderwagen (Marke Lumo Terra, gekauft 11/2025
für 1.049 EUR) in der Nacht vom 31.03. auf den 01.04.2026 aus dem
abgeschlossenen Fahrradkeller des Hauses Lindenstraße 7, 30159 Hannover
gestohlen wurde.

Damit wir den Schaden regulieren können, benötigen wir noch:
1. die Bestätigung der Anzeige durch die Polizei (Tagebuchnummer)
2. den Kaufbeleg
3. Angaben, wie der Keller gesichert war (Schloss, Aufbruchspuren)

Schadennummer: HR-2026-041187
Vertrag: Hausrat HR 3301-98821

Sie können die Unterlagen einfach auf diese E-Mail antworten oder im
Kundenportal hochladen.

Mit freundlichen Grüßen
Jonas Pfeiffenberger
Schadenservice Sach
Hainbuche Allgemeine Versicherung AG
"""
    m = mail("Jonas Pfeiffenberger <jonas.pfeiffenberger@hainbuche-versicherung.example>",
             "Esra Aydemir <esra.aydemir@webpost.example>",
             "Ihr Schaden HR-2026-041187 - Diebstahl Kinderwagen",
             "Fri, 03 Apr 2026 09:18:44 +0200", body)
    return m, C, "de", "insurer-to-customer", "household theft claim with claim number, insured address"


def m013():
    body = """Dear Mr and Mrs Vasconcelos-Brandt,

Please find attached the settlement statement for the medical costs that
arose during your stay in Faro.

As explained on the phone, your travel health insurance covers unforeseen
pregnancy complications abroad up to the 36th week. The premature rupture of
membranes at 33+2 weeks and the subsequent preterm delivery are therefore
covered, as is the neonatal care of your son in the hospital in Faro.

The repatriation by ambulance flight on 21 April is being organised by our
assistance partner; you will receive a separate message.

Kind regards
Jonas Pfeiffenberger
Travel Claims
Hainbuche Allgemeine Versicherung AG
"""
    pdf_lines = [
        "Hainbuche Allgemeine Versicherung AG - Reise-Krankenversicherung",
        "Abrechnung / Settlement statement",
        "",
        "Versicherte Person: Marta Vasconcelos-Brandt, geb. 09.11.1990",
        "Mitversichert: Neugeborenes (Sohn), geb. 06.04.2026 in Faro",
        "Vertrag: RKV-JAHR 2025-551092   Schaden: RS-2026-00873",
        "",
        "Diagnose: O42.0 vorzeitiger Blasensprung; O60.1 Frühgeburt 33+2 SSW",
        "Kind: P07.3 Frühgeborenes, Atemunterstützung 3 Tage",
        "",
        "Hospital Particular do Algarve, Faro          EUR",
        "  Entbindung (vaginal), 5 Tage Mutter        7.840,00",
        "  Neonatologie, 12 Tage Kind                21.360,00",
        "  Arzthonorare Geburtshilfe/Pädiatrie        3.115,50",
        "  Medikamente (Betamethason, Antibiotika)      412,30",
        "Summe                                       32.727,80",
        "Erstattet direkt an Klinik                  32.727,80",
        "Selbstbeteiligung                                0,00",
    ]
    m = mail("Jonas Pfeiffenberger <jonas.pfeiffenberger@hainbuche-versicherung.example>",
             "m.vasconcelos-brandt@correio.example",
             "Your claim RS-2026-00873 - settlement statement",
             "Fri, 17 Apr 2026 12:03:19 +0200", body, cte="7bit",
             attachments=[att("Abrechnung_RS-2026-00873.pdf",
                              pdf(pdf_lines, "Abrechnung RS-2026-00873"))])
    return m, S, "en", "insurer-to-customer", "travel health: preterm delivery abroad, PROM; PDF lists diagnoses O42.0/O60.1/P07.3 and costs"


def m014():
    body = """Guten Tag Herr Brinkhoff,

wir bestellen hiermit für unseren Standort Bremen, Am Hainbucheneck 4, die
Ausstattung für den neuen Eltern-Kind-Raum und den Stillraum im 3. OG:

Pos  Menge  Artikel                                    Art.-Nr.     Preis netto
1    1      Wickelkommode Wandmontage, Buche            WK-220-B      689,00
2    1      Stillsessel mit Fußhocker, Stoff grau       SS-14-G       845,00
3    1      Kinderreisebett                             KR-3          129,00
4    2      Wandschrank abschließbar                   WS-60         2x 210,00
5    1      Kühlschrank klein (für Muttermilch), 45 l   KS-45         239,00

Lieferung bis spätestens 24.04.2026, Anlieferung über die Tiefgarage
(Höhe 2,10 m). Montage bitte mit einplanen.

Rechnung an: Hainbuche Versicherungsgruppe, Kreditorenbuchhaltung,
Bestellnummer 4500-7719 unbedingt angeben.

Mit freundlichen Grüßen
Gero Hinrichs
Facility Management
Hainbuche Versicherungsgruppe
"""
    m = mail("Gero Hinrichs <gero.hinrichs@hainbuche-versicherung.example>",
             "vertrieb@brinkhoff-objektmoebel.example",
             "Bestellung 4500-7719 Ausstattung Eltern-Kind-Raum / Stillraum",
             "Mon, 30 Mar 2026 10:44:12 +0200", body)
    return m, N, "de", "insurer-to-supplier", "trap: purchase order for nursing-room furniture, no person"


def m015():
    body = """Sehr geehrte Frau Lemke,

vielen Dank für Ihren Antrag auf eine Berufsunfähigkeitsversicherung
(Antragsnummer BU-A-2026-06631) vom 18.03.2026.

Sie haben uns in den Gesundheitsangaben mitgeteilt, dass Sie derzeit in der
21. Schwangerschaftswoche sind und Ihre Frauenärztin eine Zervixinsuffizienz
mit Cerclage festgestellt hat. Während einer bestehenden Schwangerschaft
können wir das Risiko leider nicht abschließend beurteilen.

Wir stellen Ihren Antrag deshalb zurück. Gern prüfen wir ihn neu, wenn Sie
uns frühestens drei Monate nach der Entbindung einen kurzen Bericht Ihrer
Frauenärztin senden. Eine erneute vollständige Antragstellung ist dann
nicht nötig; die Angaben zu Beruf und Einkommen bleiben gültig.

Bitte sprechen Sie uns oder Ihren Berater an, wenn Sie Fragen haben.

Mit freundlichen Grüßen
Felix Adebayo
Risikoprüfung Leben / BU
Hainbuche Lebensversicherung AG
"""
    m = mail("Felix Adebayo <felix.adebayo@hainbuche-versicherung.example>",
             "Nora Lemke <nora.lemke@mailhafen.example>",
             "Ihr Antrag BU-A-2026-06631",
             "Thu, 02 Apr 2026 11:26:50 +0200", body)
    return m, S, "de", "insurer-to-applicant", "disability underwriting deferral: current pregnancy week 21, cervical insufficiency"


def m016():
    body = """Hallo Herr Osterhagen,

unten die Daten von meinen Kunden, wie besprochen. Die beiden ziehen
zusammen und wollen einen gemeinsamen Hausratvertrag. Bitte Angebot
Hausrat Premium mit Fahrradbaustein 1.500 EUR.

Gruß aus Oldenburg
Henning Mertens

---------- Forwarded message ---------
Von: Henning Mertens <h.mertens@finanzkontor-mertens.example>
Datum: Di., 7. Apr. 2026 um 17:02
Betreff: Neukunden Hausrat
An: makler@hainbuche-versicherung.example

VN 1: Carolin Weidemann, geb. 23.09.1994
VN 2: Malte Jaspers, geb. 11.01.1992
Neue Anschrift ab 01.05.2026: Donnerschweer Str. 140, 26123 Oldenburg
Wohnfläche: 86 qm, 3. OG, kein Erdgeschoss
Vorschäden: keine
Zahlweise: jährlich, SEPA
IBAN: DE32 5003 0500 0741 2289 (Kontoinhaberin C. Weidemann)
Vermittlernummer: 40-7712

Die Familie erwartet im Sommer Nachwuchs, deshalb die größere Wohnung.
Also bitte gern auch gleich Privathaftpflicht Familie mit anbieten.
"""
    m = mail("Nils Osterhagen <nils.osterhagen@hainbuche-versicherung.example>",
             "angebote-sach@hainbuche-versicherung.example",
             "WG: Neukunden Hausrat (Mertens, VM 40-7712)",
             "Wed, 08 Apr 2026 08:12:03 +0200", body)
    return m, S, "de", "broker", "broker data: birth dates, IBAN; one line reveals the customer's pregnancy ('erwartet Nachwuchs') -> health"


def m017():
    body = """Dear Henrik,

as promised in our call, attached are the maternity cost figures for the
quota share review. All figures are portfolio aggregates for the German
comprehensive health book; no individual cases are included, and cells
below 10 deliveries have been merged into the neighbouring age band.

Headline points:
- average cost per delivery (mother, inpatient) rose 6.8% to EUR 5,412
- caesarean share stable at 31.9% (2024: 32.4%)
- neonatal intensive care remains the main driver of the large-loss tail
  (top 1% of deliveries = 23% of total maternity cost)

Happy to walk you through it on 28 April.

Best regards
Ruth Albers
Head of Health Actuarial & Product
Hainbuche Krankenversicherung a.G.
"""
    sheet = [
        ["Year", "Age band mother", "Deliveries", "C-section share", "Avg cost mother EUR", "Avg cost newborn EUR", "NICU admissions"],
        [2024, "< 30", 1184, 0.274, 4610, 1390, 71],
        [2024, "30-34", 2390, 0.309, 4985, 1522, 158],
        [2024, "35-39", 1655, 0.351, 5320, 1804, 139],
        [2024, "40+", 402, 0.418, 5840, 2410, 46],
        [2025, "< 30", 1102, 0.268, 4922, 1455, 64],
        [2025, "30-34", 2433, 0.304, 5301, 1610, 166],
        [2025, "35-39", 1721, 0.342, 5688, 1935, 151],
        [2025, "40+", 438, 0.411, 6207, 2588, 52],
    ]
    m = mail("Ruth Albers <ruth.albers@hainbuche-versicherung.example>",
             "Henrik Sjöberg <henrik.sjoberg@nordre-re.example>",
             "Maternity cost trend 2024-2025 (aggregated) for QS review",
             "Tue, 14 Apr 2026 17:40:27 +0200", body,
             attachments=[att("maternity_cost_trend_2024_2025.xlsx",
                              xlsx([("Maternity", sheet)]))])
    return m, N, "en", "insurer-to-partner", "trap: aggregated maternity cost statistics for reinsurer, age bands, no persons"


def m018():
    body = """Hallo Miriam,

der Kunde hat gestern Abend über das Kontaktformular geschrieben, ich leite
dir das direkt weiter, weil es um die Klinikrechnungen geht. Er klang am
Telefon heute ziemlich fertig, vielleicht kannst du ihn kurz zurückrufen?
0176 5520 1948

Tobias

> Von: Kontaktformular <noreply@hainbuche-versicherung.example>
> Gesendet: Sonntag, 12. April 2026 22:47
> Betreff: Kontaktanfrage Leistung - KV 4471-228190
>
> Name: Sebastian Kowalczyk
> Versicherungsnummer: KV 4471-228190
> Nachricht:
> Hallo, unsere zwillinge sind am 28.3. in der 30. woche per notkaiserschnitt
> gekommen, beide liegen jetzt auf der neo intensiv im klinikum nordhafen.
> meine frau hatte ein hellp syndrom und war selbst 3 tage auf der
> intensiv. jetzt kommen schon die ersten rechnungen vom chefarzt und vom
> anästhesisten, das sind über 6000 euro. müssen wir das vorstrecken?? ich
> hab echt grad keinen kopf dafür und wir haben das geld auch nicht
> einfach so rumliegen. die kinder sind noch nicht nachversichert, das
> wollte ich diese woche machen, reicht das noch?
> danke und sorry für die schreibfehler
> sebastian
"""
    m = mail("Tobias Reiniger <tobias.reiniger@hainbuche-versicherung.example>",
             "Miriam Okonkwo-Brandt <miriam.okonkwo-brandt@hainbuche-versicherung.example>",
             "WG: Kontaktanfrage Leistung - KV 4471-228190",
             "Mon, 13 Apr 2026 09:02:58 +0200", body, cte="8bit", flowed=True)
    return m, S, "de", "customer", "customer text quoted: twins born week 30 by emergency C-section, HELLP syndrome, NICU, bills"


def m019():
    body = """Hi zusammen,

die Abteilungsrunde am Donnerstag muss ich leider verschieben, ich hänge
den ganzen Tag im Vorstandsworkshop. Neuer Termin: Dienstag 21.04., 10:00
bis 11:00, Raum 2.08 oder Teams.

Agenda bleibt gleich (Q1-Zahlen, Urlaubsplanung Sommer, Umzug Archiv).

Danke & Gruß
Ruth
"""
    m = mail("Ruth Albers <ruth.albers@hainbuche-versicherung.example>",
             "abt-produkt-kranken@hainbuche-versicherung.example",
             "Abteilungsrunde verschoben auf Di 21.04.",
             "Tue, 14 Apr 2026 07:58:10 +0200", body, cte="8bit")
    return m, N, "de", "internal", "meeting rescheduling"


def m020():
    body = """Sehr geehrte Frau Hansmann-Petersen,

wir haben Ihre Namensänderung nach der Eheschließung sowie die neue
Bankverbindung für Ihren Hausratvertrag HR 2209-44172 übernommen.

Bisheriger Name: Anja Petersen
Neuer Name: Anja Hansmann-Petersen
Geburtsdatum: 17.05.1989

Neue Bankverbindung für den Beitragseinzug ab 01.05.2026:
Kontoinhaber: Anja Hansmann-Petersen
IBAN: DE58 6605 0012 2309 4561
Mandatsreferenz: HB-HR2209-44172-02

Unsere Gläubiger-ID lautet DE98ZZZ09999999999.

Mit freundlichen Grüßen
Ihr Kundenservice der Hainbuche Allgemeine Versicherung AG
i. A. Dörte Gansäuer
"""
    m = mail("Dörte Gansäuer <doerte.gansaeuer@hainbuche-versicherung.example>",
             "anja.hp@nordlicht-mail.example",
             "Änderung Name und Bankverbindung - HR 2209-44172",
             "Thu, 16 Apr 2026 13:47:21 +0200", body, charset="iso-8859-1")
    return m, C, "de", "insurer-to-customer", "name change after marriage, birth date, new IBAN, household policy (iso-8859-1 QP)"


def m021():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Sehr geehrte Frau Ziemann,</p>
<p>zu Ihrer Einreichung vom 09.04.2026 erhalten Sie folgende Leistungsabrechnung.
Der Betrag wird in den n&auml;chsten Tagen auf Ihr hinterlegtes Konto &uuml;berwiesen.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8f0e0"><th>Datum</th><th>Leistungserbringer</th><th>Leistung</th><th>Betrag</th><th>Erstattet</th></tr>
<tr><td>12.01.2026</td><td>Dr. med. A. Faltermeier, Frauen&auml;rztin</td><td>Ersttrimesterscreening (NT-Messung, PAPP-A, freies &beta;-hCG)</td><td>238,60 &euro;</td><td>238,60 &euro;</td></tr>
<tr><td>12.01.2026</td><td>Labor Dr. Seiffert &amp; Kollegen</td><td>Toxoplasmose-Serologie, R&ouml;teln-Titer</td><td>61,20 &euro;</td><td>61,20 &euro;</td></tr>
<tr><td>19.02.2026</td><td>Dr. med. A. Faltermeier, Frauen&auml;rztin</td><td>Feindiagnostik Ultraschall 20+3 SSW</td><td>312,44 &euro;</td><td>312,44 &euro;</td></tr>
<tr><td>05.03.2026</td><td>Hebammenpraxis Lotte Krause</td><td>Vorsorgeuntersuchung, CTG</td><td>54,90 &euro;</td><td>54,90 &euro;</td></tr>
<tr style="font-weight:bold"><td colspan="3">Summe</td><td>667,14 &euro;</td><td>667,14 &euro;</td></tr>
</table>
<p>Versicherungsnummer: KV 2290-661738 &middot; Tarif KV-Komfort 2</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihre Hainbuche Krankenversicherung a.G.<br>Leistungsabteilung</p>
</body></html>
"""
    m = mail("Leistungsabteilung Kranken <leistung-kranken@hainbuche-versicherung.example>",
             "Vivien Ziemann <vivien.ziemann@freemail-nord.example>",
             "Ihre Leistungsabrechnung vom 16.04.2026",
             "Thu, 16 Apr 2026 18:30:00 +0200", html=html)
    return m, S, "de", "insurer-to-customer", "HTML-only table: prenatal screening, ultrasound at week 20, midwife CTG for named customer"


def m022():
    body = """Stellenausschreibung – Hebamme (m/w/d) für unser Gesundheitstelefon
Teilzeit 20–30 Std./Woche, Bremen oder remote, unbefristet

Die Hainbuche Krankenversicherung baut ihren Service für werdende Eltern
aus. Am Gesundheitstelefon „Babyzeit" beraten Sie unsere Versicherten rund
um Schwangerschaft, Geburt und Wochenbett – medizinisch fundiert,
unabhängig und mit Herz.

Ihre Aufgaben:
• telefonische und Video-Beratung zu Vorsorge, Geburtsvorbereitung,
  Stillen und Rückbildung
• Lotsenfunktion zu Hebammen, Geburtskliniken und Geburtshäusern
• Mitarbeit an Ratgebertexten

Ihr Profil:
• Examen als Hebamme bzw. Bachelor Hebammenwissenschaft
• mindestens 3 Jahre Berufserfahrung, gern auch freiberuflich
• Freude an digitaler Beratung

Wir bieten: TV Versicherungen, 30 Tage Urlaub, Zuschuss Deutschlandticket,
betriebliche Krankenversicherung.

Bewerbung bis 15.05.2026 über karriere.hainbuche-versicherung.example,
Kennziffer 2026-KV-017. Fragen beantwortet Lea Marschall, Tel. 0421 5598-4410.
"""
    m = mail("Lea Marschall <lea.marschall@hainbuche-versicherung.example>",
             "jobs@hebammen-stellenmarkt.example",
             "Anzeigenauftrag: Hebamme (m/w/d) Gesundheitstelefon, Kennziffer 2026-KV-017",
             "Fri, 17 Apr 2026 10:10:10 +0200", body)
    return m, N, "de", "insurer-to-supplier", "trap: job ad for midwife, health vocabulary but no person"


def m023():
    body = """Dear Mr Abernethy,

thank you for your claim for the cancelled trip to Lanzarote (booking
ref. SUNV-88127, departure 2 May 2026, 3 travellers).

We are sorry to hear that your daughter's first passport was not issued in
time for the departure. Unfortunately, a delay by the passport authority is
not one of the insured cancellation reasons under your annual travel
cancellation policy (section 2.1 of the terms lists the insured events).

We therefore cannot refund the cancellation fee of EUR 1,284.00.

Policy number: RR-JAHR 2024-339014
Claim number: RR-2026-01952
Insured persons: Gareth Abernethy (born 04/10/1987), Svenja Abernethy
(born 21/06/1989), Ella Abernethy (born 02/02/2026)

If you have any further documents that show a different reason for the
cancellation, please send them to us within four weeks.

Yours sincerely
Jonas Pfeiffenberger
Travel Claims
Hainbuche Allgemeine Versicherung AG
"""
    m = mail("Jonas Pfeiffenberger <jonas.pfeiffenberger@hainbuche-versicherung.example>",
             "gareth.abernethy@highlandmail.example",
             "Your travel cancellation claim RR-2026-01952",
             "Tue, 28 Apr 2026 15:55:41 +0200", body, cte="7bit")
    return m, C, "en", "insurer-to-customer", "travel cancellation without health content (passport delay), birth dates of family incl. newborn"


def m024():
    body = """Sehr geehrte Frau Dr. Faltermeier,

unsere Versicherte, Frau Bianca Reuter, geb. 30.10.1991, hat bei uns
Krankenhaustagegeld für ihren stationären Aufenthalt im Klinikum Nordhafen
vom 02.04. bis 16.04.2026 beantragt. Laut Aufnahmebericht erfolgte die
Einweisung wegen einer Präeklampsie (O14.1) in der 34. SSW.

Für die Leistungsprüfung bitten wir Sie um einen kurzen Befundbericht zu:
1. Zeitpunkt der Erstdiagnose der Hypertonie in der Schwangerschaft
2. Befunden vor Vertragsbeginn (01.09.2025), insbesondere Blutdruck- und
   Proteinurie-Werte
3. Ihrer Empfehlung zur stationären Aufnahme

Eine Schweigepflichtentbindung von Frau Reuter liegt uns vor (Kopie
anbei auf dem Postweg). Ihr Honorar nach GOÄ Nr. 75 erstatten wir gern.

Mit freundlichen Grüßen
Dr. med. Katrin Wendland
Beratungsärztin
Hainbuche Krankenversicherung a.G.
Fax 0421 5598-2299
"""
    m = mail("Dr. Katrin Wendland <katrin.wendland@hainbuche-versicherung.example>",
             "praxis@frauenaerztin-faltermeier.example",
             "Anfrage Befundbericht - Bianca Reuter, KV 7710-045128",
             "Mon, 20 Apr 2026 09:37:15 +0200", body)
    return m, S, "de", "insurer-to-doctor", "request for medical report: pre-eclampsia O14.1, week 34, hospital stay, birth date"


def m025():
    body = """Ihr Lieben,

wie manche von euch schon wissen, verabschiedet sich unsere Jana Mrozek
Ende Mai in die Elternzeit – und das wollen wir gebührend feiern!

Babyparty für Jana
Wann: Mittwoch, 20. Mai, 15:30 Uhr
Wo: Dachterrasse 5. OG (bei Regen Besprechungsraum 5.01)

Wir sammeln für ein gemeinsames Geschenk (Gutschein für den
Babyausstatter + Blumen). Wer mag, wirft bis 15.05. etwas in die Dose
bei Gül am Empfang oder per PayPal an mich.

Kuchenspenden gern willkommen – bitte in die Liste im Teams-Kanal
eintragen, damit wir nicht fünf Zitronenkuchen haben :)

Bitte nichts zu Jana sagen, das Ganze ist eine Überraschung!

Liebe Grüße
Melanie vom Team Vertriebsservice
"""
    m = mail("Melanie Ostendorf <melanie.ostendorf@hainbuche-versicherung.example>",
             "team-vertriebsservice@hainbuche-versicherung.example",
             "Psst... Babyparty für Jana am 20.05.",
             "Wed, 06 May 2026 12:20:00 +0200", body, cte="8bit")
    return m, N, "de", "internal", "trap: baby-shower invitation for colleague, organisational social mail, no medical detail (grey zone, see README)"


def m026():
    body = """Dear Ms Holmgaard,

we are the health insurer of your patient

  Ms Rebecca Fairweather-Lund, born 14 August 1985
  Hainbuche Global Health, member no. GH-40-602214-01

Ms Fairweather-Lund has sent us your treatment plan dated 2 April 2026 for
frozen embryo transfer (FET) following her IVF cycle in January. Before we
can confirm cost cover, could you please let us know:

1. how many embryos are currently cryopreserved, and since when;
2. the endometrial preparation protocol you intend to use (natural cycle
   or hormone replacement with oestradiol/progesterone);
3. the itemised cost estimate in DKK, including laboratory fees for thawing
   and assisted hatching, if planned.

Your patient has signed a release of medical confidentiality in our
favour; a copy is attached to her own message to you.

Thank you in advance.

Kind regards
Priya Raman
International Health Claims
Hainbuche Krankenversicherung a.G.
Am Hainbucheneck 4, 28195 Bremen, Germany
"""
    m = mail("Priya Raman <priya.raman@hainbuche-versicherung.example>",
             "Dr Mette Holmgaard <mh@fertilitetsklinik-oresund.example>",
             "Cost cover request FET - Rebecca Fairweather-Lund (GH-40-602214-01)",
             "Tue, 07 Apr 2026 14:22:31 +0200", body, cte="7bit",
             cc="Rebecca Fairweather-Lund <rebecca.fl@nordicmail.example>")
    return m, S, "en", "insurer-to-clinic", "IVF frozen embryo transfer, cryopreserved embryos, patient's birth date and member number"


def m027():
    body = """Sehr geehrter Herr Dzubiel,

in Ihrer arbeitsrechtlichen Angelegenheit gegen die Stahlbau Ruhrort GmbH
erteilen wir Deckungszusage für die außergerichtliche Interessenwahrnehmung
durch Rechtsanwältin Kerstin Ebbinghaus.

Sachverhalt laut Ihrer Meldung: Nach Rückkehr aus Ihrer Elternzeit am
02.03.2026 wurden Sie nicht auf Ihren bisherigen Arbeitsplatz als
Schichtleiter zurückgeführt, sondern als Lagerarbeiter eingesetzt. Ihr
Bruttomonatsgehalt soll von 4.230 EUR auf 3.380 EUR sinken.

Vertrag: RS 5540-201733 (Privat-, Berufs- und Verkehrsrechtsschutz)
Schadennummer: RS-S-2026-004412
Selbstbeteiligung: 150 EUR

Bitte leiten Sie diese Zusage an Ihre Anwältin weiter; sie kann direkt mit
uns abrechnen.

Mit freundlichen Grüßen
Ilka Brüggemann
Rechtsschutz-Schaden
Hainbuche Allgemeine Versicherung AG
"""
    m = mail("Ilka Brüggemann <ilka.brueggemann@hainbuche-versicherung.example>",
             "piotr.dzubiel@revier-mail.example",
             "Deckungszusage Arbeitsrecht - RS-S-2026-004412",
             "Wed, 15 Apr 2026 11:05:48 +0200", body)
    return m, C, "de", "insurer-to-customer", "legal-expenses cover for parental-leave employment dispute; named person, salary figures, no health data"


def m028():
    body = """Protokoll – DSFA-Workshop „Digitale Einreichung Kinderwunsch-Unterlagen"
Datum: 22.04.2026, 13:00–15:30, Raum 4.02 / Teams
Teilnehmende: H. Vogelsang (DSB), S. Kröger (Produkt), O. Sandmann (IT),
M. Okonkwo-Brandt (Leistung), externer Gast: Fa. Dokuflux (AV-Dienstleister)

1. Verarbeitungszweck
   Upload von Behandlungsplänen, Spermiogrammen, Hormonbefunden und
   Rechnungen der Kinderwunschzentren über die App. Es handelt sich um
   Gesundheitsdaten nach Art. 9 DSGVO, teils auch über Partner, die nicht
   selbst Versicherte sind.

2. Risiken (Auszug)
   - Daten des Partners: Rechtsgrundlage? -> eigene Einwilligung des
     Partners im Upload-Dialog einholen (Entwurf Produkt bis 15.05.)
   - Speicherung von Ultraschallbildern nicht erforderlich -> Upload-Filter
   - Zugriff Sachbearbeitung: nur Team KiWu, Rollenkonzept prüfen (IT)

3. Ergebnis
   Risiko nach Maßnahmen: mittel. Freigabe unter Vorbehalt der Umsetzung
   der Maßnahmen 2a–2c. Nächster Termin: 10.06.2026.

Verteiler: Teilnehmende, Datenschutz-Ordner DSFA-2026-07
"""
    m = mail("Hanne Vogelsang <hanne.vogelsang@hainbuche-versicherung.example>",
             "sabine.kroeger@hainbuche-versicherung.example, oliver.sandmann@hainbuche-versicherung.example, miriam.okonkwo-brandt@hainbuche-versicherung.example",
             "Protokoll DSFA Kinderwunsch-Upload 22.04.",
             "Thu, 23 Apr 2026 09:15:00 +0200", body)
    return m, N, "de", "internal", "trap: DPIA minutes about processing fertility data, only staff names"


def m029():
    inner = mail("Kinderwunschzentrum Elbufer <verwaltung@kiwu-elbufer.example>",
                 "Tim Harbusch <tim.harbusch@hanse-online.example>",
                 "Ihr Behandlungsplan und Kostenvoranschlag",
                 "Fri, 10 Apr 2026 16:03:00 +0200",
                 """Sehr geehrter Herr Harbusch, sehr geehrte Frau Oltmanns,

wie im Gespräch am 08.04. vereinbart, erhalten Sie Ihren Behandlungsplan
zur Vorlage bei Ihren Krankenversicherungen.

Patientin: Svea Oltmanns, geb. 03.12.1988 (Hainbuche KV 8813-552071)
Partner:   Tim Harbusch, geb. 19.06.1986

Diagnosen:
Frau Oltmanns: N97.0 Sterilität durch fehlenden Eisprung, PCO-Syndrom (E28.2)
Herr Harbusch: N46 Oligoasthenozoospermie (Spermiogramm 25.03.2026)

Geplante Behandlung: 3 Zyklen ICSI im antagonistischen Protokoll

Kostenvoranschlag je Zyklus (GOÄ, Faktor 2,3):
  Ärztliche Leistungen Frau          2.140,38 EUR
  Labor / Embryologie (ICSI)         1.892,50 EUR
  Medikamente (ca.)                  1.650,00 EUR
  Leistungen Herr (Aufbereitung)       318,74 EUR

Mit freundlichen Grüßen
Dr. med. Friederike Sandau
Kinderwunschzentrum Elbufer
""", cte="quoted-printable")
    body = """Liebe Katrin,

anbei weitergeleitet die Mail des Zentrums, die uns der Versicherte
geschickt hat. Bitte medizinische Stellungnahme zur Zusage für 3 Zyklen,
Vorgang LF-2026-0411-02. Danke!

Grüße
Miriam
"""
    m = mail("Miriam Okonkwo-Brandt <miriam.okonkwo-brandt@hainbuche-versicherung.example>",
             "Dr. Katrin Wendland <katrin.wendland@hainbuche-versicherung.example>",
             "WG: Ihr Behandlungsplan und Kostenvoranschlag",
             "Mon, 13 Apr 2026 10:40:12 +0200", body, attachments=[fwd(inner)])
    return m, S, "de", "clinic", "fertility clinic plan in forwarded message/rfc822: PCOS, male factor, ICSI, birth dates; body harmless"


def m030():
    body = """Dear Ms Ferreira-Lowe,

thank you for sending the invoice from Kleintierklinik am Deich for your
French bulldog "Pepper".

We are glad to hear that Pepper and all four puppies are doing well after
the emergency caesarean on 12 April. Under your pet health policy
TK-HUND 3390-118273 we reimburse the surgery as follows:

  Caesarean section incl. anaesthesia (GOT)   EUR 1,148.60
  Post-operative medication                   EUR    64.20
  Puppy check-up (4 puppies)                  EUR   156.00  - not covered*
  ---------------------------------------------------------
  Reimbursed (80%)                            EUR   970.24

* Your policy covers the insured animal only; the puppies are not insured.
  If you keep one of them, we'd be happy to send you an offer.

The amount will be transferred to your account ending in ...4473 within
five working days.

Kind regards
Jonas Pfeiffenberger
Pet Insurance Claims
Hainbuche Allgemeine Versicherung AG
"""
    m = mail("Jonas Pfeiffenberger <jonas.pfeiffenberger@hainbuche-versicherung.example>",
             "Daniela Ferreira-Lowe <dani.fl@pfotenpost.example>",
             "Your pet claim - Pepper (TK-HUND 3390-118273)",
             "Fri, 24 Apr 2026 14:14:14 +0200", body, cte="7bit")
    return m, C, "en", "insurer-to-customer", "pet health (dog caesarean) -> animal health is CONFIDENTIAL, named owner and policy"


def m031():
    text = """Hainbuche Global Health - Your questions about having a baby abroad

Q: When can I claim maternity benefits?
A: After a waiting period of 10 months from the start of your maternity
   module. Complications of pregnancy are covered from day one under the
   inpatient module.

Q: How do I add my newborn?
A: Send us the birth certificate within 30 days of birth. Your baby is
   then covered from birth without a health questionnaire, including
   congenital conditions.

Q: Is a home birth covered?
A: Yes, midwife fees for a planned home birth are covered up to the same
   limit as a hospital delivery.

Q: What about surrogacy?
A: Costs related to surrogacy are excluded under all plans.

This is general product information. The policy terms (GH-AVB 2026) apply.
"""
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#223">
<h2 style="color:#2e6b3a">Having a baby abroad &ndash; your questions</h2>
<dl>
<dt><b>When can I claim maternity benefits?</b></dt>
<dd>After a waiting period of 10 months from the start of your maternity module.
Complications of pregnancy are covered from day one under the inpatient module.</dd>
<dt><b>How do I add my newborn?</b></dt>
<dd>Send us the birth certificate within 30 days of birth. Your baby is then covered
from birth without a health questionnaire, including congenital conditions.</dd>
<dt><b>Is a home birth covered?</b></dt>
<dd>Yes, midwife fees for a planned home birth are covered up to the same limit as a hospital delivery.</dd>
<dt><b>What about surrogacy?</b></dt>
<dd>Costs related to surrogacy are excluded under all plans.</dd>
</dl>
<p style="font-size:11px">General product information. The policy terms (GH-AVB 2026) apply.</p>
</body></html>
"""
    m = mail("Hainbuche Global Health <globalhealth@hainbuche-versicherung.example>",
             "expat-members@newsletter.hainbuche-versicherung.example",
             "FAQ: Having a baby while living abroad",
             "Mon, 27 Apr 2026 06:30:00 +0200", text, html=html)
    return m, N, "en", "newsletter", "trap: generic maternity FAQ for expat plan members, no person"


def m032():
    body = """Sehr geehrte Frau Ostrowski,

es tut uns sehr leid, dass Sie Ihr Kind verloren haben. Wir möchten Ihnen
die Abrechnung so einfach wie möglich machen und haben Ihre Unterlagen
deshalb vorrangig bearbeitet.

Erstattet werden die Rechnungen
- des Ev. Krankenhauses Lindenau für den stationären Aufenthalt vom 06.04.
  bis 07.04.2026 (Abort in der 11. SSW, Kürettage), 1.436,20 EUR,
- Ihrer Frauenärztin Dr. Yilmaz für die Nachuntersuchung, 87,43 EUR.

Eine Selbstbeteiligung fällt für stationäre Leistungen nicht an. Die
Beitragsrückerstattung für 2026 bleibt davon unberührt, da nur ambulante
Leistungen angerechnet werden.

Versicherungsnummer: KV 1905-338821

Wenn Sie Unterstützung suchen: Unser Gesundheitstelefon vermittelt auch
psychologische Beratung, kostenfrei unter 0800 5598 500.

Mit herzlichen Grüßen
Miriam Okonkwo-Brandt
Leistungsabteilung Krankenversicherung
"""
    m = mail("Miriam Okonkwo-Brandt <miriam.okonkwo-brandt@hainbuche-versicherung.example>",
             "Agnieszka Ostrowski <a.ostrowski@postfach-mitte.example>",
             "Ihre Einreichung vom 14.04.2026",
             "Mon, 20 Apr 2026 15:48:02 +0200", body)
    return m, S, "de", "insurer-to-customer", "miscarriage in week 11, curettage, hospital stay; subject harmless"


def m033():
    body = """PRESSEMITTEILUNG

Hainbuche Krankenversicherung erweitert Leistungen bei Kinderwunsch

Bremen, 28. April 2026 – Die Hainbuche Krankenversicherung a.G. übernimmt
ab 1. Juli 2026 in ihren Vollversicherungstarifen die Kosten für bis zu vier
Behandlungszyklen der künstlichen Befruchtung – unabhängig vom
Familienstand. Bislang waren drei Zyklen und ausschließlich verheiratete
Paare vorgesehen.

„Ein Kinderwunsch fragt nicht nach dem Trauschein", sagt Vorständin
Dr. Annelie Brockmöller. „Wir wollen Paaren den Weg so leicht wie möglich
machen – medizinisch und finanziell."

Laut Deutschem IVF-Register wurden 2024 bundesweit rund 125.000
Behandlungszyklen durchgeführt. Rund jede dritte Behandlung führt zu einer
klinischen Schwangerschaft.

Pressekontakt:
Carla Jüttner, Unternehmenskommunikation
presse@hainbuche-versicherung.example, Tel. 0421 5598-7070
"""
    m = mail("Carla Jüttner <carla.juettner@hainbuche-versicherung.example>",
             "redaktion@wirtschaftsblatt-nord.example",
             "PM: Hainbuche erweitert Leistungen bei Kinderwunsch",
             "Tue, 28 Apr 2026 10:00:00 +0200", body, cte="8bit",
             cc="presseverteiler@hainbuche-versicherung.example")
    return m, N, "de", "insurer-to-partner", "trap: press release on IVF coverage with national statistics"


def m034():
    body = """Hallo Frau Kühnemund,

anbei wie angefordert die Liste der Mitarbeitenden, die im 2. Halbjahr in
Elternzeit gehen oder daraus zurückkehren, für die Budgetplanung der
Vertretungsstellen. Bitte nur im Controlling verwenden, nicht weiterleiten.

Gruß
Lea Marschall
HR Business Partner
"""
    rows = [
        ["Pers.-Nr.", "Name", "Abteilung", "Elternzeit von", "Elternzeit bis", "Teilzeit in EZ (Std.)", "Brutto/Monat bisher", "Brutto/Monat in EZ"],
        ["20417", "Pohlmann, Katharina", "Leistung KV", "01.06.2026", "31.05.2027", 24, 4860.00, 2990.77],
        ["18833", "Mrozek, Jana", "Vertriebsservice", "01.06.2026", "30.11.2027", 0, 3920.00, 0],
        ["21190", "Eilers, Tjark", "IT Betrieb", "01.08.2026", "31.10.2026", 0, 5310.00, 0],
        ["19502", "Hellwege, Sandra", "Produkt KV", "01.04.2026", "31.03.2027", 0, 5075.00, 0],
        ["22014", "Baptista, Rui", "Schaden Sach", "15.09.2026", "14.11.2026", 20, 3780.00, 1938.46],
    ]
    m = mail("Lea Marschall <lea.marschall@hainbuche-versicherung.example>",
             "Imke Kühnemund <imke.kuehnemund@hainbuche-versicherung.example>",
             "Liste Elternzeiten H2 für Vertretungsbudget",
             "Thu, 30 Apr 2026 16:02:39 +0200", body,
             attachments=[att("Elternzeiten_H2_2026.xlsx", xlsx([("Elternzeit H2", rows)]))])
    return m, C, "de", "internal", "XLSX lists named employees' parental leave and monthly salaries (income); body harmless"


def m035():
    body = """Sehr geehrte Frau Krause,

uns liegt Ihre Rechnung Nr. 2026-0318 vom 30.03.2026 über Leistungen der
Wochenbettbetreuung für unsere Versicherte Frau Johanna Tiedemann,
Entbindung am 19.02.2026 (Sectio), vor.

Bei der Prüfung sind uns zwei Positionen aufgefallen:

1. Sie berechnen 26 Hausbesuche im Wochenbett nach Pos. 1800 (Zeitraum
   20.02. bis 30.03.2026). Nach den ersten zehn Tagen sind laut
   Hebammenvergütungsvereinbarung bis zu 16 weitere Leistungen vorgesehen,
   darüber hinaus nur auf ärztliche Anordnung. Können Sie uns eine
   Anordnung (z. B. wegen der Wundheilungsstörung) zusenden?
2. Pos. 2300 (Stillberatung) ist neben dem Hausbesuch am selben Tag
   zweimal angesetzt (03.03. und 04.03.).

Frau Tiedemann ist damit einverstanden, dass wir uns direkt an Sie wenden.

Mit freundlichen Grüßen
Miriam Okonkwo-Brandt
Leistungsabteilung Krankenversicherung
Hainbuche Krankenversicherung a.G.
"""
    m = mail("Miriam Okonkwo-Brandt <miriam.okonkwo-brandt@hainbuche-versicherung.example>",
             "Lotte Krause <info@hebammenpraxis-lotte.example>",
             "Rückfrage Rechnung 2026-0318 - Versicherte J. Tiedemann",
             "Wed, 22 Apr 2026 11:11:45 +0200", body)
    return m, S, "de", "insurer-to-midwife", "midwife invoice query: named woman's C-section, postpartum visits, wound-healing disorder"


def m036():
    body = """Hallo Oliver,

seit dem Update der Eingangsverarbeitung am Montag werden
Hebammenrechnungen nicht mehr richtig klassifiziert. Sie landen in der
Kategorie "Sonstige Rechnungen" statt "Leistung KV - Hebamme" und damit in
der falschen Arbeitsliste. Betroffen sind offenbar alle Belege mit
Positionsnummern im Format "Pos. 0500" statt "GOÄ".

Beispiel-Scan-IDs (Testbelege aus dem Regressionsset, keine echten Fälle):
SCAN-TST-00412, SCAN-TST-00413

Priorität: hoch, wir haben aktuell ca. 140 fehlgeleitete Belege im Rückstau.

Ticket: INC-2026-088315

Danke
Dörte Gansäuer
Eingangsmanagement
"""
    m = mail("Dörte Gansäuer <doerte.gansaeuer@hainbuche-versicherung.example>",
             "it-servicedesk@hainbuche-versicherung.example",
             "INC-2026-088315 Hebammenrechnungen falsch klassifiziert",
             "Wed, 29 Apr 2026 08:31:20 +0200", body, cc="oliver.sandmann@hainbuche-versicherung.example")
    return m, N, "de", "internal", "trap: IT ticket about misrouted midwife invoices, test scan IDs only"


def m037():
    body = """Hi Daniel, hi Farah,

congratulations on the arrival of little Zayn! We've added him to your
family plan from his date of birth, 14 April 2026:

  Member no.: GH-40-577310-03
  Plan:       Global Health Comprehensive, area 2 (worldwide excl. USA)
  Deductible: none (newborns inherit the parents' plan)

About the bills you sent from Mediclinic Al Noor: we have approved the
phototherapy for neonatal jaundice (3 days) and the hip ultrasound
(suspected developmental dysplasia, Graf type IIa). The follow-up
ultrasound at 12 weeks is pre-approved too, so you don't need to ask again.

One thing: the paediatrician's report mentions a possible tongue-tie
procedure. If that's scheduled, please send us the quote first.

Best wishes from Bremen,
Priya

Priya Raman | International Health Claims
Hainbuche Krankenversicherung a.G.
"""
    m = mail("Priya Raman <priya.raman@hainbuche-versicherung.example>",
             "Daniel Achterberg <daniel.achterberg@gulfnet.example>",
             "Zayn added to your plan + claims update",
             "Thu, 30 Apr 2026 09:09:33 +0200", body, cte="7bit",
             cc="farah.achterberg@gulfnet.example")
    return m, S, "en", "insurer-to-customer", "newborn added to expat health plan; neonatal jaundice, hip dysplasia ultrasound"


def m038():
    body = """Sehr geehrte Frau Lüdecke-Haas,

zu Ihrem Leitungswasserschaden im künftigen Kinderzimmer (Schaden
WG-2026-007719, Wohngebäudeversicherung WG 4410-77128) haben wir einen
Sachverständigen beauftragt. Den Termin finden Sie als Kalendereintrag im
Anhang.

Bitte lassen Sie bis dahin die beschädigte Trockenbauwand und den Estrich
möglichst unverändert, damit der Sachverständige die Ursache feststellen
kann. Die Trocknungsgeräte dürfen selbstverständlich weiterlaufen.

Mit freundlichen Grüßen
Jonas Pfeiffenberger
Schadenservice Sach
"""
    cal = ics([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Hainbuche Versicherung//Schadentermine//DE",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:wg-2026-007719-ortstermin@hainbuche-versicherung.example",
        "DTSTAMP:20260505T081500Z",
        "DTSTART;TZID=Europe/Berlin:20260512T093000",
        "DTEND;TZID=Europe/Berlin:20260512T110000",
        "SUMMARY:Ortstermin Sachverständiger - Schaden WG-2026-007719",
        "LOCATION:Lüdecke-Haas\\, Am Mühlengraben 23\\, 31134 Hildesheim",
        "DESCRIPTION:Versicherungsnehmerin: Franziska Lüdecke-Haas\\, Tel. 05121 8",
        " 84420\\nVertrag WG 4410-77128\\nSachverständiger: Dipl.-Ing. Rolf Wennem",
        " ann\\, Büro Wennemann Bauschadensgutachten",
        "ORGANIZER;CN=Jonas Pfeiffenberger:mailto:jonas.pfeiffenberger@hainbuche-versicherung.example",
        "ATTENDEE;CN=Franziska Lüdecke-Haas:mailto:f.luedecke-haas@heimnetz.example",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    m = mail("Jonas Pfeiffenberger <jonas.pfeiffenberger@hainbuche-versicherung.example>",
             "Franziska Lüdecke-Haas <f.luedecke-haas@heimnetz.example>",
             "Ortstermin zu Ihrem Schaden WG-2026-007719",
             "Tue, 05 May 2026 10:15:00 +0200", body,
             attachments=[att("Ortstermin_WG-2026-007719.ics", cal)])
    return m, C, "de", "insurer-to-customer", "buildings water-damage claim, claim/policy numbers; insured address and phone in ICS"


def m039():
    body = """Hi Ruth, hi Benedikt,

attached is the incidence table for the maternity rider repricing. Source
is our own exposure 2021-2025 (comprehensive tariffs, women 18-45), credible
age bands only. Ages 43-45 are merged because of low counts.

Main observation: the delivery rate in 35-39 has overtaken 25-29 for the
first time, and the mean claim for deliveries 40+ is about 18% above the
portfolio mean. My suggestion is to keep the rider unisex-priced as
required, but adjust the age-banded loading.

Draft note for the pricing committee follows next week.

Cheers
Mikkel Thorsen
Actuarial Analyst
"""
    csv_text = """age_band;exposure_years;deliveries;incidence_per_1000;mean_claim_eur;c_section_rate
18-24;3412;88;25.8;4480;0.221
25-29;12980;811;62.5;4790;0.262
30-34;21455;1604;74.8;5050;0.301
35-39;18760;1233;65.7;5410;0.347
40-42;9120;214;23.5;6030;0.402
43-45;7885;39;4.9;6390;0.436
"""
    m = mail("Mikkel Thorsen <mikkel.thorsen@hainbuche-versicherung.example>",
             "ruth.albers@hainbuche-versicherung.example, benedikt.aurich@hainbuche-versicherung.example",
             "Maternity rider - incidence table 2021-2025",
             "Mon, 04 May 2026 17:26:40 +0200", body, cte="7bit",
             attachments=[att("maternity_incidence_2021_2025.csv", csv_bytes(csv_text))])
    return m, N, "en", "internal", "trap: actuarial incidence table by age band (CSV), aggregated"


def m040():
    body = """Sehr geehrte Damen und Herren,

unsere Mitarbeiterin Frau Melek Çelik, geb. 08.08.1990, Personalnummer
0447, befindet sich vom 01.06.2026 bis 31.05.2027 in Elternzeit. In dieser
Zeit erhält sie kein Entgelt, die Entgeltumwandlung in ihre
Direktversicherung entfällt daher.

Direktversicherung: Vertrag LV-bAV 7731-004218
Bisheriger Monatsbeitrag: 176,00 EUR (davon AG-Zuschuss 26,40 EUR)

Bitte stellen Sie den Vertrag für diesen Zeitraum beitragsfrei und
bestätigen Sie uns, ob Frau Çelik den Vertrag privat weiterführen kann.
Sie wünscht das ausdrücklich, die Unterlagen schicken wir separat.

Mit freundlichen Grüßen
i. A. Renate Höltgebaum
Personalabteilung
Holzbau Vorwerk GmbH & Co. KG
Industriestraße 12, 49377 Vechta
"""
    m = mail("Nils Osterhagen <nils.osterhagen@hainbuche-versicherung.example>",
             "bav-service@hainbuche-versicherung.example",
             "WG: Beitragsfreistellung Direktversicherung während Elternzeit - LV-bAV 7731-004218",
             "Wed, 06 May 2026 08:55:17 +0200", body, cte="8bit")
    return m, S, "de", "company", "employer HR: named employee's bAV direct life insurance (personal line) with birth date and contribution"


def m041():
    body = """Liebe Kolleginnen und Kollegen der Leistungsprüfung,

kurzer Hinweis zur ICD-10-GM 2026, Kapitel XV (Schwangerschaft, Geburt und
Wochenbett), soweit es unsere Prüfregeln betrifft:

- O09.- (Schwangerschaftsdauer) ist weiterhin nur als Zusatzkode zulässig;
  die Prüfregel R-KV-0912 meldet künftig einen Hinweis, wenn O09 allein
  steht.
- Neue Differenzierung bei O26.8- (sonstige näher bezeichnete Zustände);
  die Zuordnung zur Leistungsart "Schwangerschaftsbeschwerden" ist im
  Regelwerk angepasst.
- P07.- (Frühgeborene) bleibt Leistungsart "Neonatologie".

Die Regeländerungen gehen am 18.05. produktiv. Testfälle dazu sind im
Regressionsset unter TST-ICD26-O*.

Viele Grüße
Dr. Katrin Wendland
Beratungsärztin / Regelwerk Medizin
"""
    m = mail("Dr. Katrin Wendland <katrin.wendland@hainbuche-versicherung.example>",
             "team-leistung-kranken@hainbuche-versicherung.example",
             "ICD-10-GM 2026 Kapitel XV - Anpassung Prüfregeln",
             "Thu, 07 May 2026 13:00:00 +0200", body)
    return m, N, "de", "internal", "trap: ICD-10 chapter XV rule update with codes, no person"


def m042():
    body = """Hallo Hauke,

anbei die Unterlagen zum Vorgang LF-2026-0502-17 für die Regressprüfung,
wie heute Morgen besprochen.

Gruß
Miriam
"""
    inv = pdf([
        "Klinikum Nordhafen gGmbH - Patientenabrechnung",
        "Rechnungsnr. 2026-115-48823   Datum 28.04.2026",
        "",
        "Patientin: Leonie Schwarzkopf, geb. 25.01.1994",
        "Kostenträger: Hainbuche Krankenversicherung a.G., KV 3920-118550",
        "Aufenthalt: 11.04.2026 - 17.04.2026",
        "",
        "Hauptdiagnose: O72.0 Blutung in der Nachgeburtsperiode",
        "Nebendiagnosen: O82 Geburt durch Schnittentbindung; D62 akute Blutungsanämie",
        "OPS: 5-749.11 Re-Sectio; 8-800.c0 Transfusion Erythrozytenkonzentrat",
        "DRG: O01D   Relativgewicht 1,412",
        "",
        "DRG-Erlös                                     6.118,24 EUR",
        "Wahlleistung Einbettzimmer 6 Tage               612,00 EUR",
        "Chefarztbehandlung (gesondert)                  --",
        "Gesamt                                        6.730,24 EUR",
    ], "Rechnung 2026-115-48823")
    liste = """Datum;Vorgang;Beleg;Betrag;Bemerkung
11.04.2026;LF-2026-0502-17;Notarzteinsatz Geburt;812,40;Unfall im Treppenhaus vor Geburt? Regress Hausverwaltung prüfen
17.04.2026;LF-2026-0502-17;Klinikrechnung Sectio;6730,24;siehe PDF
22.04.2026;LF-2026-0502-17;Hebamme Wochenbett;488,10;
"""
    z = zip_files([("Klinikrechnung_2026-115-48823.pdf", inv),
                   ("Belegliste_LF-2026-0502-17.csv", csv_bytes(liste, "cp1252"))])
    m = mail("Miriam Okonkwo-Brandt <miriam.okonkwo-brandt@hainbuche-versicherung.example>",
             "Hauke Detmers <hauke.detmers@hainbuche-versicherung.example>",
             "Unterlagen LF-2026-0502-17",
             "Mon, 11 May 2026 11:45:00 +0200", body,
             attachments=[att("LF-2026-0502-17.zip", z)])
    return m, S, "de", "internal", "ZIP with hospital invoice (postpartum haemorrhage O72.0, C-section, transfusion) and CSV; body harmless"


def m043():
    body = """Sehr geehrter Herr Grabowski,

vielen Dank für die Fotos. Der Sprung im Glaskeramik-Kochfeld ist gut zu
erkennen – ein Spielzeugauto als Ursache hatten wir auch noch nicht :-)

Wir übernehmen den Austausch des Kochfelds im Rahmen Ihrer
Glasversicherung:

Vertrag: GL 1188-30297
Schaden: GL-2026-002281
Kostenvoranschlag Küchenstudio Brandes: 689,00 EUR inkl. Montage
Selbstbeteiligung: keine

Bitte beauftragen Sie das Küchenstudio direkt und schicken Sie uns die
Rechnung. Alternativ überweisen wir den Betrag auf Ihr Konto
DE36 2004 1100 0336 1870.

Mit freundlichen Grüßen
Tobias Reiniger
Kundenservice Sach
"""
    m = mail("Tobias Reiniger <tobias.reiniger@hainbuche-versicherung.example>",
             "marek.grabowski@elbemail.example",
             "Ihr Glasschaden GL-2026-002281",
             "Tue, 12 May 2026 14:27:19 +0200", body)
    return m, C, "de", "insurer-to-customer", "glass insurance claim with policy/claim number and IBAN"


def m044():
    body = """Dear colleagues,

you are invited to our partner webinar

  "Fertility and family-building benefits in employer health plans"
  Tuesday, 9 June 2026, 14:00-15:00 CEST

Speakers: Sabine Kröger (Hainbuche, product management) and
Dr. Amelie Stratmann (HR consultant, Family@Work Consulting)

Agenda: market overview Germany/EU, what employees ask for, cost ranges
for IVF benefits, tax treatment of bKV family modules.

The calendar invitation is attached. Dial-in details follow the day
before.

Kind regards
Carla Jüttner
Corporate Communications
"""
    cal = ics([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Hainbuche Versicherung//Events//EN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        "UID:webinar-2026-06-09-fertility@hainbuche-versicherung.example",
        "DTSTAMP:20260513T090000Z",
        "DTSTART:20260609T120000Z",
        "DTEND:20260609T130000Z",
        "SUMMARY:Webinar: Fertility and family-building benefits in employer health plans",
        "DESCRIPTION:Partner webinar. Market overview\\, employee demand\\, cost ranges",
        "  for IVF benefits\\, tax treatment of bKV family modules.",
        "LOCATION:Online",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    m = mail("Carla Jüttner <carla.juettner@hainbuche-versicherung.example>",
             "partner-hr@verteiler.hainbuche-versicherung.example",
             "Invitation: Webinar on fertility benefits, 9 June",
             "Wed, 13 May 2026 11:00:00 +0200", body,
             attachments=[att("webinar_fertility_benefits.ics", cal)])
    return m, N, "en", "insurer-to-partner", "trap: webinar invitation (ICS) on fertility benefits, no person"


def m045():
    body = """Sehr geehrte Frau Wachholz,

Ihren Antrag auf eine Haushaltshilfe nach der Entbindung haben wir
geprüft. Da Sie nach dem Kaiserschnitt am 29.04.2026 laut Bescheinigung
Ihres Gynäkologen für mindestens drei Wochen nicht schwer heben dürfen und
zwei weitere Kinder unter 8 Jahren im Haushalt leben, übernehmen wir die
Kosten für eine Haushaltshilfe:

Zeitraum:     04.05.2026 bis 24.05.2026
Umfang:       bis zu 6 Stunden täglich
Stundensatz:  bis 18,50 EUR
Anbieter:     frei wählbar, z. B. Familienpflegewerk Osnabrück

Bitte reichen Sie die Rechnung mit einer Aufstellung der geleisteten
Stunden ein. Verwandte bis zum zweiten Grad können wir leider nur mit
Fahrkosten und Verdienstausfall berücksichtigen.

Versicherungsnummer: KV 2840-993015

Gute Erholung und alles Gute für Sie und Ihr Baby!

Mit freundlichen Grüßen
Hainbuche Krankenversicherung a.G.
Leistungsabteilung, i. A. Hauke Detmers
"""
    m = mail("Hauke Detmers <hauke.detmers@hainbuche-versicherung.example>",
             "Sarah Wachholz <sarah.wachholz@osnanet.example>",
             "Ihr Antrag auf Haushaltshilfe",
             "Mon, 04 May 2026 12:40:27 +0200", body, cte="base64")
    return m, S, "de", "insurer-to-customer", "base64 body: household help approved after caesarean section, lifting restriction; health policy"


def m046():
    body = """Dear Mrs Kowalski-Reid,

We're sorry your pushchair didn't make it to Málaga with you.

Thank you for sending the Property Irregularity Report from the airline
(ref. AGPXY41027) and the receipt. Under your baggage insurance we pay the
value of lost items after deduction of any compensation from the airline:

  Pushchair (Bugaboo Fox 5, bought 09/2025)      EUR  1,199.00
  Depreciation 10%                               EUR   -119.90
  Airline compensation (paid 07/05/2026)         EUR   -400.00
  ----------------------------------------------------------------
  Payment                                        EUR    679.10

Policy: RG-JAHR 2025-771093 (annual travel package, family)
Claim:  RG-2026-00415

We'll transfer the amount to IBAN DE61 8606 5555 0921 4473 (account holder
Hannah Kowalski-Reid) within three working days.

Kind regards,
Jonas Pfeiffenberger
Travel Claims
Hainbuche Allgemeine Versicherung AG
"""
    m = mail("Jonas Pfeiffenberger <jonas.pfeiffenberger@hainbuche-versicherung.example>",
             "hannah.kr@seasidemail.example",
             "Claim RG-2026-00415 - your lost pushchair",
             "Fri, 15 May 2026 10:03:56 +0200", body)
    return m, C, "en", "insurer-to-customer", "travel baggage claim (lost pushchair), policy/claim number, IBAN; no health content"


def m047():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin vom 01.06.2026 bis einschließlich 30.11.2027 in Elternzeit und
lese meine E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht
weitergeleitet.

Bei Fragen zu Maklerabrechnungen wenden Sie sich bitte an
vertriebsservice@hainbuche-versicherung.example oder 0421 5598-6200.

Mit freundlichen Grüßen
Jana Mrozek
Vertriebsservice
Hainbuche Versicherungsgruppe
"""
    m = mail("Jana Mrozek <jana.mrozek@hainbuche-versicherung.example>",
             "Henning Mertens <h.mertens@finanzkontor-mertens.example>",
             "Abwesenheitsnotiz: AW: Courtageabrechnung Mai",
             "Tue, 02 Jun 2026 09:12:44 +0200", body,
             headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return m, N, "de", "internal", "trap: out-of-office 'in Elternzeit', no health data"


def m048():
    body = """Hi Priya,

forwarding this from our broker partner in Amsterdam - can you advise
what we can offer? I've told him nothing is guaranteed until underwriting
has seen the file.

Thanks, Nils

-----Original Message-----
From: Bas van Leeuwarden <bas@leeuwarden-expat-advies.example>
Sent: Wednesday, 13 May 2026 16:48
To: Nils Osterhagen <nils.osterhagen@hainbuche-versicherung.example>
Subject: new client - pregnant, moving to Bremen

Hello Nils,

I have a client, Ms Ingrid Solberg-Maas (DOB 02 Feb 1992, Norwegian
citizen), who starts a job in Bremen on 1 August and needs private health
cover as she will be above the income threshold. She is currently 16 weeks
pregnant (first pregnancy, everything normal so far according to her
midwife), due date 28 October.

Questions:
1. Will the pregnancy be excluded as pre-existing, or only the delivery?
2. Can the baby be added from birth without underwriting if she starts
   with you in August?
3. She had a thyroid issue in 2021 (Hashimoto, on levothyroxine 50 mcg) -
   does that mean a loading?

Her current insurer is Vårtrygd in Oslo, continuous cover since 2014.

Best regards,
Bas van Leeuwarden
Leeuwarden Expat Advies B.V.
"""
    m = mail("Nils Osterhagen <nils.osterhagen@hainbuche-versicherung.example>",
             "Priya Raman <priya.raman@hainbuche-versicherung.example>",
             "FW: new client - pregnant, moving to Bremen",
             "Thu, 14 May 2026 08:20:10 +0200", body)
    return m, S, "en", "broker", "broker's forwarded mail: named prospect 16 weeks pregnant, Hashimoto with medication, DOB"


def m049():
    body = """Hallo Herr Osterhagen,

wie telefonisch besprochen die Übersicht meiner Familien-PHV-Kunden, die
auf den neuen Tarif Haftpflicht Familie Best umgestellt werden sollen.
Alle haben zugestimmt, Umstellung bitte zum 01.07.

Viele Grüße
Henning Mertens
Finanzkontor Mertens e.K.
"""
    rows = [
        ["Vertrag", "VN Name", "VN geb.", "Partner/in", "Partner/in geb.", "Kinder (geb.)", "Anschrift"],
        ["PHV-7730-098112", "Jaspers, Malte", "11.01.1992", "Weidemann, Carolin", "23.09.1994", "-", "Donnerschweer Str. 140, 26123 Oldenburg"],
        ["PHV-7730-101447", "Hollmann, Erik", "30.04.1985", "Hollmann, Tanja", "14.12.1986", "Ben (03.05.2019), Ida (27.02.2026)", "Am Wasserturm 8, 26131 Oldenburg"],
        ["PHV-7730-104920", "Schnieders, Anke", "09.07.1979", "-", "-", "Lotta (11.11.2011)", "Hauptstr. 54a, 26215 Wiefelstede"],
        ["PHV-7730-108336", "Krüger, Dennis", "21.02.1990", "Krüger, Mai Anh", "05.08.1991", "Minh (18.03.2026)", "Eichenweg 3, 26160 Bad Zwischenahn"],
    ]
    m = mail("Nils Osterhagen <nils.osterhagen@hainbuche-versicherung.example>",
             "bestand-sach@hainbuche-versicherung.example",
             "WG: Umstellung Familien-PHV Bestand Mertens",
             "Fri, 15 May 2026 13:33:02 +0200", body,
             attachments=[att("PHV_Umstellung_Mertens.ods", ods([("Kunden", rows)]))])
    return m, C, "de", "broker", "ODS with named liability policyholders, birth dates of family incl. newborns, addresses"


def m050():
    body = """Hi Henrik,

thanks for confirming. For 28 April we've booked:

- Meeting room "Weser" (ground floor), 10:00-13:00, lunch at 12:15
- Parking: two guest spaces reserved under "Nordre Re"
- Wi-Fi: guest network, voucher at reception

Please bring your ID, reception will issue badges. Our address is Am
Hainbucheneck 4, 28195 Bremen; from the station it's a 12-minute walk.

See you then,
Ruth
"""
    m = mail("Ruth Albers <ruth.albers@hainbuche-versicherung.example>",
             "Henrik Sjöberg <henrik.sjoberg@nordre-re.example>",
             "RE: Visit 28 April - logistics",
             "Thu, 23 Apr 2026 15:10:00 +0200", body, cte="7bit")
    return m, N, "en", "insurer-to-partner", "meeting logistics with reinsurer"


def m051():
    body = """Dear Ms Pellegrini,

Thank you for your message and for sending the hospital discharge letter so
quickly. We're very sorry about your loss.

We have reviewed your trip cancellation claim for the booking to Sardinia
(departure 30 May 2026). A miscarriage shortly before departure, as
confirmed by Dr. Hofstede's letter of 11 May (missed abortion at 9 weeks,
treated by dilatation and curettage on 12 May), is an unexpected serious
illness under section 2.1 a) of your policy terms. We will therefore
reimburse the cancellation costs for you and your partner:

  Tour operator cancellation fee (40%)   EUR 1,136.00
  Deductible                             EUR     0.00

Policy: RR-EINZEL 2026-118554
Claim:  RR-2026-02417

Payment will be made to the account you gave us.

With kind regards
Jonas Pfeiffenberger
Travel Claims
Hainbuche Allgemeine Versicherung AG
"""
    m = mail("Jonas Pfeiffenberger <jonas.pfeiffenberger@hainbuche-versicherung.example>",
             "Giulia Pellegrini <giulia.pellegrini@mailbox-rhein.example>",
             "RE: cancellation Sardinia - claim RR-2026-02417",
             "Tue, 19 May 2026 11:30:44 +0200", body, cte="7bit")
    return m, S, "en", "insurer-to-customer", "travel cancellation due to miscarriage, D&C, doctor's letter"


def m052():
    body = """Job posting - please publish from 1 June for 6 weeks

Maternity & Newborn Case Manager (registered nurse / midwife), m/f/d
Hainbuche Global Health, Bremen (hybrid), full-time, English-speaking team

You will accompany members of our international health plans through
pregnancy, complicated deliveries and the first months with a newborn -
from pre-authorisations to coordinating care with hospitals worldwide.

What you bring
- registered nurse, paediatric nurse or midwife qualification
- at least 3 years' clinical experience, ideally obstetrics or NICU
- fluent English; German or Arabic is a plus

What we offer
- salary band T8 of the insurance collective agreement
- 30 days' leave, 2 days a week remote
- international team of 14

Apply by 15 July 2026 at careers.hainbuche-versicherung.example, ref. GH-2026-05.
"""
    m = mail("Lea Marschall <lea.marschall@hainbuche-versicherung.example>",
             "ads@healthcare-careers-europe.example",
             "Job ad order: Maternity & Newborn Case Manager (GH-2026-05)",
             "Wed, 20 May 2026 09:45:12 +0200", body, cte="7bit")
    return m, N, "en", "insurer-to-supplier", "trap: job ad for maternity case manager, nursing vocabulary, no person"


def m053():
    text = """Dear Mr Hargreaves,

Your new address has been added to your home contents policy.

Policy number: HR 6602-00871
New address from 1 June 2026: Parkallee 61, 3rd floor, 28209 Bremen
Living space: 94 sqm (previously 58 sqm)
New annual premium: EUR 186.30 (previously EUR 121.75)
Sum insured: EUR 61,100 (650 EUR per sqm, underinsurance waiver applies)

The updated schedule is in your customer portal.

Kind regards
Dörte Gansäuer
Customer Service
Hainbuche Allgemeine Versicherung AG
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Mr Hargreaves,</p>
<p>Your new address has been added to your home contents policy.</p>
<table cellpadding="4" style="border:1px solid #999;border-collapse:collapse">
<tr><td><b>Policy number</b></td><td>HR 6602-00871</td></tr>
<tr><td><b>New address from 1 June 2026</b></td><td>Parkallee 61, 3rd floor, 28209 Bremen</td></tr>
<tr><td><b>Living space</b></td><td>94 sqm (previously 58 sqm)</td></tr>
<tr><td><b>New annual premium</b></td><td>EUR 186.30 (previously EUR 121.75)</td></tr>
<tr><td><b>Sum insured</b></td><td>EUR 61,100 (650 EUR per sqm, underinsurance waiver applies)</td></tr>
</table>
<p>The updated schedule is in your customer portal.</p>
<p>Kind regards<br>Dörte Gansäuer<br>Customer Service<br>Hainbuche Allgemeine Versicherung AG</p>
</body></html>
"""
    m = mail("Dörte Gansäuer <doerte.gansaeuer@hainbuche-versicherung.example>",
             "Thomas Hargreaves <t.hargreaves@mailpoint.example>",
             "Address change confirmed - HR 6602-00871",
             "Thu, 21 May 2026 14:05:09 +0200", text, html=html)
    return m, C, "en", "insurer-to-customer", "home contents policy: new insured address, premium, named policyholder"


def m054():
    body = """Dear colleagues,

attached is the case list for Thursday's medical board (28 May). Please
review your cases beforehand; we'll have 10 minutes per case.

Dial-in as usual.

Katrin
"""
    rows = [
        ["Case", "Member", "DOB", "Plan", "Question", "Findings", "Reviewer"],
        ["MB-26-101", "Claire Dubois-Henke", "1987-03-19", "GH-40-598812-01",
         "Cover for invasive diagnostics after NIPT?",
         "NIPT 2026-05-04: high probability trisomy 21 (fetal fraction 11%); amniocentesis planned wk 16", "Wendland"],
        ["MB-26-102", "Sun-Hee Park", "1990-11-02", "GH-40-610045-01",
         "Pre-existing? IVF pregnancy started 3 weeks after policy start",
         "Twin pregnancy after ICSI (Seoul, 02/2026); placenta praevia suspected", "Raman / Wendland"],
        ["MB-26-103", "Olumide Adeyemi", "1984-06-25", "GH-40-588130-02",
         "Newborn cardiac surgery abroad - medical necessity of transfer",
         "Newborn (son, born 2026-05-09): transposition of the great arteries, arterial switch planned", "Wendland"],
        ["MB-26-104", "Fatima Al-Rashed", "1993-01-30", "GH-40-603377-01",
         "Hyperemesis gravidarum - length of inpatient stay",
         "12 days inpatient, IV fluids, 8 kg weight loss, wk 10-12", "Raman"],
    ]
    m = mail("Dr. Katrin Wendland <katrin.wendland@hainbuche-versicherung.example>",
             "medical-board@hainbuche-versicherung.example",
             "Medical board 28 May - case list",
             "Mon, 25 May 2026 16:50:21 +0200", body, cte="7bit",
             attachments=[att("medical_board_2026-05-28.xlsx", xlsx([("Cases", rows)]))])
    return m, S, "en", "internal", "XLSX only: named members with NIPT trisomy 21 result (genetic), IVF twins, newborn heart defect, hyperemesis; body harmless"


def m055():
    body = """Hi Service Desk,

members are reporting that uploads fail in the portal when they attach
ultrasound images or scanned maternity records as multi-page TIFF. Error
message shown: "Upload failed (413)". The limit seems to be 10 MB per file,
which most TIFF scans exceed.

Steps to reproduce (test account only):
1. log in as test user gh.test.0042 (synthetic member, no real data)
2. Claims > New claim > attach file "sample_scan_25MB.tif"
3. submit -> 413

Can we raise the limit to 30 MB or convert TIFF to PDF on upload?
Urgency: medium, about 20 complaints per week.

Thanks
Priya Raman
International Health Claims
"""
    m = mail("Priya Raman <priya.raman@hainbuche-versicherung.example>",
             "it-servicedesk@hainbuche-versicherung.example",
             "Portal: upload of ultrasound images fails (413)",
             "Tue, 26 May 2026 10:22:05 +0200", body, cte="7bit")
    return m, N, "en", "internal", "trap: IT ticket about ultrasound-image uploads, synthetic test account"


def m056():
    body = """Call note - customer service, 27 May 2026, 11:40

Caller: Mr Jonathan Ellery-Kraus (policyholder), verified by DOB
(07/03/1983) and postcode (20251).

Request:
- add wife's new surname to the home contents and liability policies
  (wife: Marisa Ellery-Kraus, formerly Marisa Hoang, DOB 19/09/1986)
- policies: HR 7015-33201 and PHV-7730-115602
- no change to bank account (direct debit from DE07 1507 0000 7205 5148)

Done in the system, confirmation letter sent by post. Customer asked if
his daughter, born last month, is co-insured in the liability policy -
told him yes, family tariff, no action needed.

Logged by: Tobias Reiniger
"""
    m = mail("Tobias Reiniger <tobias.reiniger@hainbuche-versicherung.example>",
             "bestand-sach@hainbuche-versicherung.example",
             "Call note Ellery-Kraus - name change HR 7015-33201",
             "Wed, 27 May 2026 11:52:40 +0200", body, cte="7bit")
    return m, C, "en", "internal", "call note: named policyholders with DOBs, property/liability policy numbers, IBAN"


def m057():
    body = """Sehr geehrte Frau Dr. Behrens-Illner,

Sie haben uns gebeten, die Kosten für eine vorsorgliche Kryokonservierung
unbefruchteter Eizellen („Social Freezing") im Kinderwunschzentrum am
Stadtpark zu übernehmen (Kostenvoranschlag vom 06.05.2026 über
4.870,00 EUR zzgl. Lagerung 290 EUR jährlich).

Nach den Unterlagen liegt bei Ihnen keine Erkrankung vor, die Ihre
Fruchtbarkeit gefährdet; der AMH-Wert von 1,9 ng/ml liegt im
altersentsprechenden Bereich. Versichert sind nach § 1 Abs. 2 der
Allgemeinen Versicherungsbedingungen nur medizinisch notwendige
Heilbehandlungen wegen Krankheit. Eine Kryokonservierung ohne
Krankheitsbezug erfüllt diese Voraussetzung nicht.

Wir können die Kosten deshalb leider nicht übernehmen. Anders wäre es
z. B. vor einer keimzellschädigenden Therapie; dann sprechen Sie uns bitte
erneut an.

Versicherungsnummer: KV 4008-772310

Mit freundlichen Grüßen
Miriam Okonkwo-Brandt
Leistungsabteilung Krankenversicherung
"""
    m = mail("Miriam Okonkwo-Brandt <miriam.okonkwo-brandt@hainbuche-versicherung.example>",
             "Dr. Nadine Behrens-Illner <n.behrens-illner@kanzlei-illner.example>",
             "Ihre Anfrage Kryokonservierung - KV 4008-772310",
             "Thu, 28 May 2026 09:58:12 +0200", body)
    return m, S, "de", "insurer-to-customer", "refusal of social egg freezing for named customer, AMH value, health policy"


def m058():
    body = """Liebe Kolleginnen und Kollegen,

hier das Quiz zur Pflichtschulung Datenschutz 2026 – diesmal mit dem
Schwerpunkt „Familie und Gesundheitsdaten". Alle Fälle sind frei erfunden.
Bitte bis 30.06. im Lernportal bearbeiten.

Frage 1: Eine Kundin, „Erika Musterfrau" (fiktiv), schreibt, dass sie in
der 20. SSW ist und ihre Hausratversicherung auf die neue Adresse umziehen
möchte. Welche Kategorie hat die Mail?
  a) normal  b) vertraulich  c) streng vertraulich

Frage 2: Eine Kollegin verschickt eine Einladung zur Babyparty eines
Kollegen an das ganze Team. Ist das ein Datenschutzvorfall?

Frage 3: Die Statistik „Entbindungen je Altersgruppe" enthält eine Zelle
mit zwei Fällen im Alter 45+. Was ist zu tun, bevor sie an den
Rückversicherer geht?

Frage 4: Ein Vater ruft an und möchte wissen, ob die IVF-Rechnung seiner
volljährigen Tochter bezahlt wurde. Darf Auskunft erteilt werden?

Auflösung nach Abschluss im Lernportal.

Hanne Vogelsang
Datenschutzbeauftragte
"""
    m = mail("Hanne Vogelsang <hanne.vogelsang@hainbuche-versicherung.example>",
             "all-staff@hainbuche-versicherung.example",
             "Pflichtschulung Datenschutz 2026: Quiz Familie & Gesundheitsdaten",
             "Mon, 01 Jun 2026 08:30:00 +0200", body)
    return m, N, "de", "internal", "trap: data-protection quiz with fictitious cases (Erika Musterfrau), pregnancy/IVF words"


def m059():
    body = """Hello Mr Lindqvist-Moore,

Thanks for the photos and the rental agreement. Your rental car excess
insurance covers the excess charged by the rental company for the scratch
on the rear bumper (Avis Faro, contract PT-4471902, vehicle 44-VX-19).

  Excess charged by rental company   EUR 850.00
  Our payment                        EUR 850.00

Claim number: MW-2026-00388
Policy: rental excess cover, RG-JAHR 2025-771104

The amount goes to your account DE59 2802 0000 1192 7450 this week.

Hope the rest of the holiday with the little one was relaxing!

Regards
Jonas Pfeiffenberger
Travel Claims
"""
    m = mail("Jonas Pfeiffenberger <jonas.pfeiffenberger@hainbuche-versicherung.example>",
             "Erik Lindqvist-Moore <erik.lm@fjordpost.example>",
             "Rental car excess - claim MW-2026-00388",
             "Tue, 02 Jun 2026 15:40:00 +0200", body, cte="7bit")
    return m, C, "en", "insurer-to-customer", "rental excess claim, policy and claim number, IBAN; no health content"


def m060():
    body = """Dear Ms Nakashima-Berger,

please find attached our letter regarding your request of 20 May 2026.

If you have any questions, just reply to this email.

Kind regards
Priya Raman
International Health Claims
Hainbuche Krankenversicherung a.G.
"""
    letter = docx([
        "Hainbuche Krankenversicherung a.G. · Am Hainbucheneck 4 · 28195 Bremen",
        "Ms Yuki Nakashima-Berger",
        "Rua das Flores 118, 1200-195 Lisboa, Portugal",
        "Bremen, 3 June 2026",
        "# Pre-authorisation - fertility treatment (member no. GH-40-571903-01)",
        "Dear Ms Nakashima-Berger,",
        "we are pleased to confirm cover for up to two IVF cycles at Clínica Tejo Fertilidade, Lisbon, based on the diagnosis of bilateral tubal occlusion after salpingitis (N97.1) and your AMH of 2.4 ng/ml.",
        [["Item", "Limit per cycle"],
         ["Ovarian stimulation incl. medication", "EUR 2,200"],
         ["Egg retrieval and embryo transfer", "EUR 2,900"],
         ["Laboratory / embryology", "EUR 1,400"]],
        "Cryopreservation and preimplantation genetic testing are not covered under your plan.",
        "This pre-authorisation is valid until 31 December 2026.",
        "Kind regards",
        "Priya Raman, International Health Claims",
    ])
    m = mail("Priya Raman <priya.raman@hainbuche-versicherung.example>",
             "Yuki Nakashima-Berger <yuki.nb@lisboamail.example>",
             "Your request of 20 May 2026",
             "Wed, 03 Jun 2026 12:12:12 +0200", body, cte="7bit",
             attachments=[att("Preauthorisation_GH-40-571903-01.docx", letter)])
    return m, S, "en", "insurer-to-customer", "DOCX only: IVF pre-authorisation, tubal occlusion N97.1, AMH; body harmless"


def m061():
    body = """Hi all,

for Friday's onboarding session with the new claims staff, here is the
anonymised case study. All identifying details have been changed or
removed; the case is a composite of several files.

--- Case study 7: "The surprise twins" ---
A member in her late thirties, insured for 14 months in a comprehensive
plan with a 10-month maternity waiting period, is admitted abroad at 31
weeks with preterm labour. She delivers twins who need 5 weeks of neonatal
intensive care. Total cost: approx. EUR 190,000.

Discussion questions:
1. Is the delivery covered, given that conception may have occurred before
   the waiting period ended?
2. Are the newborns covered from birth if the member notifies us on day 35?
3. Which costs can we settle directly with the hospital?

Model answers are in the trainer notes (SharePoint > Onboarding > Claims).

Thanks,
Priya
"""
    m = mail("Priya Raman <priya.raman@hainbuche-versicherung.example>",
             "onboarding-claims@hainbuche-versicherung.example",
             "Onboarding Friday - case study 7 (anonymised)",
             "Wed, 03 Jun 2026 17:01:44 +0200", body, cte="7bit")
    return m, N, "en", "internal", "trap: anonymised composite case study about preterm twins, no identifiable person"


def m062():
    body = """Sehr geehrte Frau Krause,

vielen Dank für das Gespräch. Wie besprochen erhalten Sie unser Angebot
für die Berufs- und Betriebshaftpflichtversicherung Ihrer Hebammenpraxis.

Versicherungsnehmerin: Hebammenpraxis Lotte Krause & Partnerinnen PartG
Ansprechpartnerin: Lotte Krause
Anschrift: Feldstraße 33, 28203 Bremen
Tätigkeiten: Schwangerenvorsorge, Geburtsvorbereitung, Wochenbettbetreuung,
Kurse – ausdrücklich ohne außerklinische Geburtshilfe
Hebammen: 4 (davon 2 in Teilzeit)

Deckungssummen: Personenschäden 10 Mio. EUR, Sach- und Vermögensschäden
3 Mio. EUR
Jahresbeitrag: 2.184,00 EUR zzgl. Versicherungsteuer

Angebotsnummer: BHV-A-2026-3318, gültig bis 30.06.2026.

Sollten Sie künftig auch Hausgeburten begleiten wollen, benötigen wir eine
gesonderte Risikoprüfung.

Mit freundlichen Grüßen
Volker Enneking
Firmenkunden Haftpflicht
Hainbuche Allgemeine Versicherung AG
"""
    m = mail("Volker Enneking <volker.enneking@hainbuche-versicherung.example>",
             "Lotte Krause <info@hebammenpraxis-lotte.example>",
             "Angebot Berufshaftpflicht Hebammenpraxis - BHV-A-2026-3318",
             "Thu, 04 Jun 2026 10:30:00 +0200", body)
    return m, C, "de", "insurer-to-company", "liability offer for a midwifery practice with named contact and premium; no patient data"


def m063():
    body = """Sehr geehrte Frau Rautenberg,

zu Ihrer Unfallmeldung vom 26.05.2026 teilen wir Ihnen Folgendes mit.

Sie sind am 19.05.2026 auf dem nassen Bahnsteig in Hameln ausgerutscht
und auf die rechte Hand gefallen. Laut Durchgangsarztbericht wurde eine
distale Radiusfraktur rechts (S52.51) festgestellt und wegen Ihrer
Schwangerschaft (28. SSW) ohne Röntgen-Kontrollaufnahmen konservativ im
Gips behandelt. Der Ultraschall beim Frauenarzt am selben Tag war
unauffällig.

Aus Ihrer Unfallversicherung UV 5119-60342 zahlen wir:
- Gipspauschale 250,00 EUR
- Krankenhaustagegeld für 1 Tag Beobachtung 50,00 EUR

Über eine mögliche Invaliditätsleistung entscheiden wir, sobald die
Behandlung abgeschlossen ist, spätestens nach 12 Monaten.

Gute Besserung und alles Gute für die restliche Schwangerschaft!

Mit freundlichen Grüßen
Hainbuche Allgemeine Versicherung AG
Unfall-Leistung, i. A. Serkan Yıldız
"""
    m = mail("Serkan Yıldız <serkan.yildiz@hainbuche-versicherung.example>",
             "Petra Rautenberg <petra.rautenberg@weserbergland-mail.example>",
             "Ihre Unfallmeldung - UV 5119-60342",
             "Fri, 05 Jun 2026 13:14:50 +0200", body)
    return m, S, "de", "insurer-to-customer", "accident insurance: radius fracture S52.51, pregnancy week 28"


def m064():
    body = """Dear Mr Vandenberghe,

thank you for the draft framework agreement. From our side, the following
points remain open before we can sign:

1. Flat rates for uncomplicated deliveries: we propose the DRG base rate
   plus a fixed uplift of 12% for single-room accommodation instead of
   itemised elective-service billing.
2. Neonatal intensive care: direct settlement from day 1, with a
   utilisation review by our medical advisor after day 14.
3. Invoice format: electronic invoices via the clinic portal only;
   no paper copies.
4. Term: 3 years, starting 1 January 2027.

We suggest a call on 16 June at 11:00 CET. None of this concerns individual
patients; case lists will not be exchanged under the agreement.

Kind regards
Ruth Albers
Head of Health Actuarial & Product
Hainbuche Krankenversicherung a.G.
"""
    m = mail("Ruth Albers <ruth.albers@hainbuche-versicherung.example>",
             "Luc Vandenberghe <l.vandenberghe@meridian-kliniken.example>",
             "Framework agreement maternity care - open points",
             "Mon, 08 Jun 2026 14:00:00 +0200", body, cte="7bit")
    return m, N, "en", "insurer-to-partner", "trap: hospital-group negotiation on delivery flat rates and NICU, no patients"


def m065():
    body = """Dear Dr Whitcombe,

thank you for reporting the incident on 5 June. We have opened a claim
under your cyber policy and appointed our incident response partner,
Castellan Forensics, who will contact you today.

Policyholder: Northbank Fertility Partners Ltd (German branch)
Contact: Dr Alistair Whitcombe, managing director
Policy: CY 9004-22817, limit EUR 2,000,000, retention EUR 10,000
Claim: CY-2026-00091

What we understood from your call:
- ransomware encrypted the file server and the appointment system
- the electronic patient record runs on a separate hosted system and is
  not affected, according to your IT provider
- no ransom has been paid

Please do not delete any logs. If it turns out that patient data was
accessed, the 72-hour notification to the data protection authority is
your obligation; our panel lawyers can help.

Kind regards
Volker Enneking
Commercial Lines
Hainbuche Allgemeine Versicherung AG
"""
    m = mail("Volker Enneking <volker.enneking@hainbuche-versicherung.example>",
             "Dr Alistair Whitcombe <a.whitcombe@northbank-fertility.example>",
             "Cyber claim CY-2026-00091 - next steps",
             "Mon, 08 Jun 2026 16:45:30 +0200", body, cte="7bit")
    return m, C, "en", "insurer-to-company", "cyber claim of a fertility clinic with named managing director; no patient data"


def m066():
    body = """Sehr geehrte Frau Stöckel,

wir haben die Rechnungen für Ihren Geburtsvorbereitungskurs und die
Rückbildungsgymnastik erhalten:

  Geburtsvorbereitungskurs, Hebammenpraxis Möwennest,
  7 Termine im Februar/März 2026                        98,00 EUR
  Rückbildungsgymnastik nach der Entbindung am 02.04.,
  8 Termine Mai/Juni 2026                               112,00 EUR

Beide Kurse sind im Tarif KV-Komfort 2 zu 100 % erstattungsfähig. Die
Kursgebühr für Ihren Partner (Geburtsvorbereitung) ist leider nicht
versichert (35,00 EUR).

Erstattung: 210,00 EUR
Versicherungsnummer: KV 6307-118420

Mit freundlichen Grüßen
Hainbuche Krankenversicherung a.G.
Leistungsabteilung
"""
    m = mail("Leistungsabteilung Kranken <leistung-kranken@hainbuche-versicherung.example>",
             "Ute Stöckel <ute.stoeckel@kuestenmail.example>",
             "Erstattung Kursgebühren - KV 6307-118420",
             "Tue, 09 Jun 2026 10:00:51 +0200", body, charset="iso-8859-1")
    return m, S, "de", "insurer-to-customer", "iso-8859-1: antenatal and postnatal course reimbursement reveals delivery date; health policy"


def m067():
    body = """Hallo Carla,

hier der Text für die neue Glückwunschkarte zur Geburt, die wir ab Juli
automatisch an Neukunden aus der Kindernachversicherung schicken. Bitte
noch einmal drüberlesen, dann geht es an die Druckerei.

------------------------------------------------------------
Vorderseite: „Willkommen, «Vorname_Kind»!"

Innenseite:
Liebe Familie «Nachname»,

herzlichen Glückwunsch zur Geburt von «Vorname_Kind»! Wir freuen uns,
dass «er_sie» jetzt auch zur Hainbuche-Familie gehört.

Als kleines Willkommensgeschenk liegt ein Gutschein für einen
Babyschwimmkurs bei. Für Fragen zur Vorsorge (U-Untersuchungen, Impfungen)
ist unser Gesundheitstelefon „Babyzeit" rund um die Uhr für Sie da.

Herzliche Grüße
«Unterschrift_Betreuer»
------------------------------------------------------------

Auflage erste Charge: 2.500 Stück, Format A6 Klappkarte.

Liebe Grüße
Sabine
"""
    m = mail("Sabine Kröger <sabine.kroeger@hainbuche-versicherung.example>",
             "Carla Jüttner <carla.juettner@hainbuche-versicherung.example>",
             "Text Glückwunschkarte Geburt - bitte gegenlesen",
             "Wed, 10 Jun 2026 11:25:00 +0200", body, cte="8bit")
    return m, N, "de", "internal", "trap: birth congratulation card template with «placeholders»"


def m068():
    text = """Dear Mr and Mrs Oyelaran,

thank you for renewing your annual family travel insurance. Your baby
has been added free of charge, as children under 2 travel with their
parents at no extra premium.

Policy: RF-JAHR 2026-204417
Cover: 01/07/2026 - 30/06/2027, worldwide incl. USA
Premium: EUR 289.00 per year

Insured persons:
  Tunde Oyelaran      born 12 Jan 1984
  Bisola Oyelaran     born 30 Sep 1987
  Kemi Oyelaran       born 17 Jul 2020
  Dayo Oyelaran       born 08 May 2026

Kind regards
Hainbuche Allgemeine Versicherung AG - Travel Service
"""
    html = """<html><body style="font-family:Georgia,serif">
<p>Dear Mr and Mrs Oyelaran,</p>
<p>thank you for renewing your annual family travel insurance. Your baby has been added free of charge,
as children under 2 travel with their parents at no extra premium.</p>
<p>Policy: <b>RF-JAHR 2026-204417</b><br>Cover: 01/07/2026 &ndash; 30/06/2027, worldwide incl. USA<br>Premium: EUR 289.00 per year</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Insured person</th><th>Date of birth</th></tr>
<tr><td>Tunde Oyelaran</td><td>12 Jan 1984</td></tr>
<tr><td>Bisola Oyelaran</td><td>30 Sep 1987</td></tr>
<tr><td>Kemi Oyelaran</td><td>17 Jul 2020</td></tr>
<tr><td>Dayo Oyelaran</td><td>08 May 2026</td></tr>
</table>
<p>Kind regards<br>Hainbuche Allgemeine Versicherung AG &ndash; Travel Service</p>
</body></html>
"""
    m = mail("Travel Service <reise@hainbuche-versicherung.example>",
             "tunde.oyelaran@familymail.example",
             "Your annual travel insurance RF-JAHR 2026-204417 - renewal",
             "Fri, 12 Jun 2026 09:00:00 +0200", text, html=html)
    return m, C, "en", "insurer-to-customer", "travel policy (no health content) listing family members with birth dates incl. newborn"


def m069():
    body = """Hallo Katrin,

bitte einmal medizinisch draufschauen - Mail aus Dubai unten, auf
Englisch. Die Klinik möchte eine Kostenzusage für die Verlängerung auf der
NICU. Mitglied ist Frau Hadjiev, Vertrag GH-40-615520-01. Ich würde bis
Tag 21 zusagen, danach Review. Einverstanden?

Danke, Priya

-------- Forwarded Message --------
From: Case Management <casemgmt@almanara-womens-hospital.example>
Date: 11 June 2026 18:22 GST
Subject: Extension request - Baby of Lejla Hadjiev (MRN 7731049)

Dear Hainbuche team,

Baby of Lejla Hadjiev, born 04/06/2026 at 29+4 weeks, birth weight
1,180 g, remains in our NICU. Current issues: respiratory distress syndrome
(surfactant x2, now on high-flow), suspected NEC stage I, feeding via NG
tube. Estimated further stay: 3-4 weeks.

We kindly request extension of the guarantee of payment by 21 days
(estimate AED 168,000).

Mother discharged on 08/06 after emergency caesarean for placental
abruption; follow-up in our outpatient clinic.

Regards
Noor Al-Hammadi, RN
Case Management
"""
    m = mail("Priya Raman <priya.raman@hainbuche-versicherung.example>",
             "Dr. Katrin Wendland <katrin.wendland@hainbuche-versicherung.example>",
             "WG: Extension request - Baby of Lejla Hadjiev (MRN 7731049)",
             "Fri, 12 Jun 2026 08:10:22 +0200", body, cte="8bit")
    return m, S, "mixed", "hospital", "German note plus forwarded English hospital mail: preterm infant RDS, NEC, placental abruption"


def m070():
    body = """Liebe Partnerinnen und Partner im Maklervertrieb,

für Ihre Beratung rund um Familienplanung haben wir die wichtigsten
Regeln unserer Krankenvollversicherung zusammengefasst (Stand 06/2026):

• Wartezeit Entbindung: 8 Monate ab Versicherungsbeginn (entfällt bei
  Übertritt aus der GKV mit nahtloser Vorversicherung)
• Kindernachversicherung: ohne Gesundheitsprüfung und ohne Wartezeiten,
  wenn die Anmeldung innerhalb von 2 Monaten nach Geburt erfolgt und ein
  Elternteil mindestens 3 Monate bei uns versichert ist
• Schwangerschaftsvorsorge, Hebammenhilfe, Geburtsvorbereitung: ohne
  Selbstbehalt
• Kinderwunsch: nach Tarif, bis zu 4 Zyklen ab 01.07.2026

Bitte beachten Sie: Eine bestehende Schwangerschaft ist im Antrag
anzugeben. Sie führt nicht zur Ablehnung, Schwangerschaftskomplikationen
können aber bis zur Entbindung zurückgestellt werden.

Die Schulungsunterlage (12 Folien) finden Sie im Maklerportal unter
Produktwissen > Kranken.

Ihr Maklerservice der Hainbuche
"""
    m = mail("Maklerservice Hainbuche <makler@hainbuche-versicherung.example>",
             "maklerverteiler-kranken@verteiler.hainbuche-versicherung.example",
             "Produktwissen: Familienplanung in der Krankenvollversicherung",
             "Mon, 15 Jun 2026 07:45:00 +0200", body)
    return m, N, "de", "insurer-to-broker", "trap: broker product training on maternity waiting periods and newborn cover"


def m071():
    body = """Hainbuche Customer Portal - your one-time password

Hello,

you (or someone using your email address) started the registration for
the Hainbuche customer portal.

Your one-time password: 884 217

It is valid for 15 minutes. If you did not request this, you can ignore
this email - no account will be created.

Please never share this code. Hainbuche staff will never ask you for it.

Hainbuche Versicherungsgruppe
This is an automated message; replies are not read.
"""
    m = mail("Hainbuche Portal <no-reply@portal.hainbuche-versicherung.example>",
             "s.mbeki-larsen@onlinepost.example",
             "Your one-time password for the Hainbuche portal",
             "Sat, 13 Jun 2026 21:04:17 +0200", body, cte="7bit",
             headers=[("Auto-Submitted", "auto-generated")])
    return m, N, "en", "insurer-to-customer", "one-time password mail, no personal data beyond the address"


def m072():
    body = """Sehr geehrte Damen und Herren,

für unsere Versicherte

  Frau Merle Ahrendsen, geb. 21.04.1995
  Versicherungsnummer KV 5570-220819
  Tarif KV-Premium 1 (Wahlleistungen Einbettzimmer und Chefarzt)

erklären wir die Kostenübernahme für die stationäre Entbindung in Ihrem
Haus, voraussichtlicher Termin 28.07.2026, im tariflichen Umfang:

- allgemeine Krankenhausleistungen (DRG) einschließlich Neugeborenes
- Wahlleistung Unterkunft Einbettzimmer, inkl. Familienzimmer für den
  Partner bis 5 Tage
- wahlärztliche Leistungen nach GOÄ bis zum 3,5-fachen Satz

Nach der Geburt bitten wir um Mitteilung von Namen und Geburtsdatum des
Kindes, damit die Kindernachversicherung angelegt werden kann.

Rechnungen bitte direkt an die Hainbuche Krankenversicherung a.G.,
Klinikabrechnung, Postfach 10 44 20, 28044 Bremen, oder elektronisch über
das DTA-Verfahren.

Mit freundlichen Grüßen
Hainbuche Krankenversicherung a.G.
Klinikabrechnung, i. A. Hauke Detmers
"""
    m = mail("Hauke Detmers <hauke.detmers@hainbuche-versicherung.example>",
             "patientenaufnahme@klinikum-nordhafen.example",
             "Kostenübernahmeerklärung Entbindung - Merle Ahrendsen, KV 5570-220819",
             "Mon, 15 Jun 2026 09:31:00 +0200", body)
    return m, S, "de", "insurer-to-hospital", "cost-cover declaration for a named patient's planned delivery, birth date, health policy"


def m073():
    body = """Sehr geehrte Frau Petrović,

vielen Dank für Ihren Antrag auf eine Mietkautionsbürgschaft für Ihre neue
Wohnung. Wir haben Ihre Angaben geprüft und können die Bürgschaft
übernehmen.

Antragstellerin: Milena Petrović, geb. 02.12.1993
Mitantragsteller: Stefan Ruhnau, geb. 16.06.1991
Vermieter: Wohnbau Weserufer GmbH, Objekt Hafenstr. 12, WE 14, Bremerhaven
Kaution: 3 Nettokaltmieten = 2.670,00 EUR
Nachgewiesenes Haushaltsnettoeinkommen: 4.310 EUR/Monat
(davon Elterngeld Frau Petrović 1.180 EUR bis 02/2027)

Jahresbeitrag: 133,50 EUR (5 % der Bürgschaftssumme)
Vertrag: MK 2026-0771-54

Die Bürgschaftsurkunde geht heute per Post an den Vermieter.

Mit freundlichen Grüßen
Dörte Gansäuer
Kundenservice
"""
    m = mail("Dörte Gansäuer <doerte.gansaeuer@hainbuche-versicherung.example>",
             "milena.petrovic@hafenpost.example",
             "Ihre Mietkautionsbürgschaft MK 2026-0771-54",
             "Tue, 16 Jun 2026 11:07:31 +0200", body)
    return m, C, "de", "insurer-to-customer", "rent-deposit guarantee with birth dates and household income incl. parental allowance"


def m074():
    body = """Liebe Kolleginnen und Kollegen,

der Betriebsrat informiert – diesmal zum Thema Mutterschutz und Elternzeit.
Viele Fragen erreichen uns immer wieder, deshalb hier die wichtigsten
Punkte im Überblick:

1. Mutterschutz: 6 Wochen vor und 8 Wochen nach der Entbindung (12 Wochen
   bei Früh- oder Mehrlingsgeburten). Während dieser Zeit zahlt die
   Krankenkasse Mutterschaftsgeld, die Hainbuche stockt auf das volle
   Netto auf.
2. Kündigungsschutz gilt ab Beginn der Schwangerschaft bis vier Monate
   nach der Entbindung – auch nach einer Fehlgeburt ab der 12. Woche.
3. Elternzeit muss spätestens 7 Wochen vor Beginn schriftlich beantragt
   werden; Teilzeit bis 32 Stunden ist möglich.
4. Die Mitteilung einer Schwangerschaft an die Personalabteilung ist
   freiwillig, aber wichtig für die Gefährdungsbeurteilung am Arbeitsplatz.

Sprechstunde des Betriebsrats: dienstags 13–15 Uhr, Raum 1.12, oder
vertraulich unter betriebsrat@hainbuche-versicherung.example.

Euer Betriebsrat
"""
    m = mail("Betriebsrat Hainbuche <betriebsrat@hainbuche-versicherung.example>",
             "all-staff@hainbuche-versicherung.example",
             "BR-Info 04/2026: Mutterschutz und Elternzeit",
             "Wed, 17 Jun 2026 08:00:00 +0200", body)
    return m, N, "de", "internal", "trap: works-council info on maternity protection rules, general, no person"


def m075():
    body = """Hallo Frau Gansäuer,

anbei die Arbeitgeberbescheinigung, die Herr Ruhnau uns für seine
Mietkautionsbürgschaft hat zukommen lassen; er hatte sie versehentlich an
das Postfach des Vertriebs geschickt.

Viele Grüße
Nils Osterhagen

-------- Weitergeleitete Nachricht --------
Von: Lohnbüro Kühling Logistik <lohn@kuehling-logistik.example>
An: Stefan Ruhnau <s.ruhnau@hafenpost.example>
Datum: 12.06.2026, 14:22
Betreff: Verdienstbescheinigung

Bescheinigung zur Vorlage beim Vermieter / Bürgen

Hiermit bestätigen wir, dass Herr Stefan Ruhnau, geb. 16.06.1991,
wohnhaft Lange Straße 4, 27568 Bremerhaven, seit dem 01.09.2019 bei uns
unbefristet als Disponent beschäftigt ist.

Bruttomonatsgehalt: 3.850,00 EUR
Nettomonatsgehalt (Durchschnitt der letzten 3 Monate): 2.612,48 EUR
Das Arbeitsverhältnis ist ungekündigt. Die Probezeit ist beendet.

Kühling Logistik GmbH
Personalwesen, i. A. B. Lammers
"""
    m = mail("Nils Osterhagen <nils.osterhagen@hainbuche-versicherung.example>",
             "Dörte Gansäuer <doerte.gansaeuer@hainbuche-versicherung.example>",
             "WG: Verdienstbescheinigung Ruhnau (MK 2026-0771-54)",
             "Tue, 16 Jun 2026 08:40:02 +0200", body)
    return m, C, "de", "company", "inline-forwarded employer salary certificate with birth date and address"


def m076():
    body = """Dear Ms Brandvold,

thanks for your message. You asked whether you can pause your
supplementary dental insurance while you are on parental leave and your
income is lower.

A full pause is not possible for this policy, but you have two options:

1. Reduce to the "Dental Basic" level for up to 24 months. Your premium
   drops from EUR 38.90 to EUR 14.20 a month. You can switch back without
   a new health questionnaire as long as you do so within the 24 months.
2. Defer premiums for up to 6 months (premium holiday). Cover continues;
   the deferred premiums are spread over the following 12 months.

Policy: ZZ 3318-650214, Dental Premium
Your current waiting periods are already completed, so neither option
would restart them.

Just reply to this email with option 1 or 2 and the start month.

Best regards
Tobias Reiniger
Customer Service Health
Hainbuche Krankenversicherung a.G.
"""
    m = mail("Tobias Reiniger <tobias.reiniger@hainbuche-versicherung.example>",
             "Ingvild Brandvold <ingvild.brandvold@nordpost.example>",
             "RE: dental insurance during parental leave",
             "Wed, 17 Jun 2026 15:20:00 +0200", body, cte="7bit")
    return m, S, "en", "insurer-to-customer", "named customer's supplementary dental (health line) contract, premiums; personal line without medical word"


def m077():
    body = """Hi team,

briefing for the autumn campaign "First year, well covered" below. All
personas are invented for creative work; please don't use real customer
stories without written consent from Legal.

Target group: new parents 28-40, first child, urban, both working

Persona A - "Lena, 33" (fictitious): UX designer in Hamburg, expecting her
first baby in November, worried about costs of a private room and whether
her partner can stay overnight. Channels: Instagram, parenting podcasts.

Persona B - "Arjun, 36" (fictitious): software engineer, partner went
through two IVF cycles, now twins on the way. Wants to know how fast the
babies can be added to his private health plan.

Key messages
- newborns covered from birth, no health questions
- hotline "Babyzeit" with midwives, 24/7
- family room in partner hospitals

Deliverables: 3 social videos, landing page, broker one-pager.
Deadline for concepts: 10 July.

Thanks!
Carla
"""
    m = mail("Carla Jüttner <carla.juettner@hainbuche-versicherung.example>",
             "Studio Kranich <team@studio-kranich.example>",
             "Briefing: campaign \"First year, well covered\"",
             "Thu, 18 Jun 2026 10:44:00 +0200", body, cte="7bit")
    return m, N, "en", "insurer-to-supplier", "trap: campaign brief with explicitly fictitious personas (pregnancy, IVF)"


def m078():
    body = """Hallo Herr Kaminski,

danke für die schnelle Rückmeldung, dann überweisen wir wie gewünscht.
Die Erstattung kommt in den nächsten Tagen.

Viele Grüße
Tobias Reiniger
Kundenservice Sach

Am 18.06.2026 um 19:47 schrieb Rafał Kaminski <rafal.kaminski@oderpost.example>:
> Hallo Herr Reiniger,
>
> danke für die Info mit der Beitragsrückzahlung wegen dem Wechsel von
> der Single- auf die Familienhaftpflicht. Bitte auf unser neues
> Gemeinschaftskonto:
>
> Rafał und Daria Kaminski
> IBAN DE81 3606 0100 9851 4207
> Sparkasse Mittelweser
>
> Das alte Konto bei der Postbank ist gekündigt.
>
> Gruß
> Rafał Kaminski
> Vertrag PHV-7730-119983
>
> Gesendet von meinem iPhone
"""
    m = mail("Tobias Reiniger <tobias.reiniger@hainbuche-versicherung.example>",
             "Rafał Kaminski <rafal.kaminski@oderpost.example>",
             "AW: Beitragsrückzahlung",
             "Fri, 19 Jun 2026 08:03:14 +0200", body,
             headers=[("In-Reply-To", "<CAF9xk-Ro1@oderpost.example>")])
    return m, C, "de", "insurer-to-customer", "IBAN and liability policy number only in the quoted customer reply; body harmless"


def m079():
    body = """Liebe Frau Haverkamp,

Ihre Unterlagen sind vollständig bei uns eingegangen, vielen Dank. Wir
melden uns innerhalb von 10 Arbeitstagen mit der Abrechnung.

Herzliche Grüße
Hauke Detmers
Leistungsabteilung Krankenversicherung

-----Ursprüngliche Nachricht-----
Von: Nele Haverkamp <nele.haverkamp@muensterland-mail.example>
Gesendet: Donnerstag, 18. Juni 2026 22:15
An: leistung-kranken@hainbuche-versicherung.example
Betreff: Unterlagen KV 7102-554039

Hallo,

anbei wie gewünscht die Rechnungen vom St.-Agnes-Hospital. Ich war wegen
Hyperemesis gravidarum (O21.1) zweimal stationär, 27.05.-03.06. und
11.06.-14.06., mit Infusionen und Ondansetron. Jetzt in der 15. Woche geht
es langsam besser.

Eine Frage noch: Übernehmen Sie auch die Akupunktur, die mir die
Hebamme empfohlen hat? Das sind 8 Sitzungen à 45 Euro.

Viele Grüße
Nele Haverkamp
"""
    m = mail("Hauke Detmers <hauke.detmers@hainbuche-versicherung.example>",
             "Nele Haverkamp <nele.haverkamp@muensterland-mail.example>",
             "AW: Unterlagen KV 7102-554039",
             "Fri, 19 Jun 2026 10:12:40 +0200", body)
    return m, S, "de", "insurer-to-customer", "health content only in quoted customer mail: hyperemesis O21.1, inpatient stays, week 15"


def m080():
    body = """Liebe Kolleginnen und Kollegen,

die Weihnachtsspende der Hainbuche geht in diesem Jahr – auf Vorschlag
der Belegschaft – an den Förderverein der Frühgeborenen-Station des
Klinikums Nordhafen „Kleine Kämpfer e. V.".

Mit den 15.000 Euro werden zwei Känguru-Liegestühle für Eltern, ein
Milchpumpen-Set und Fortbildungen für die Pflege zur entwicklungsfördernden
Betreuung finanziert. Die Übergabe findet am 14.12. um 11 Uhr in der
Eingangshalle statt, alle sind herzlich eingeladen.

Wer privat etwas dazugeben möchte: Die Kontoverbindung des Vereins steht
im Intranet-Artikel.

Herzliche Grüße
Carla Jüttner
Unternehmenskommunikation
"""
    m = mail("Carla Jüttner <carla.juettner@hainbuche-versicherung.example>",
             "all-staff@hainbuche-versicherung.example",
             "Weihnachtsspende 2026 an die Frühchenstation",
             "Mon, 30 Nov 2026 09:00:00 +0100", body)
    return m, N, "de", "internal", "trap: corporate donation to a neonatal ward, no patients"


def m081():
    inner = mail("Marcus Feldkamp <marcus.feldkamp@ruhrpost.example>",
                 "reise-schaden@hainbuche-versicherung.example",
                 "Re: claim RR-2026-02977 bank details",
                 "Sun, 21 Jun 2026 20:31:05 +0200",
                 """Hi,

as requested here are my bank details for the refund. The trip to Cape
Town was cancelled because my wife's visa application was refused (letter
from the consulate attached to my first mail).

Account holder: Marcus Feldkamp
IBAN: DE57 3001 0600 0048 0263
BIC: HBVSDEFFXXX (Hansebank)

Booking ref: CTX-22819, policy RR-EINZEL 2026-120071.

Cheers
Marcus

Sent from my iPad
""", cte="7bit")
    body = """Hi Ilka,

can you take over the payment? The customer's mail with the bank details is
attached. Visa refusal is covered under 2.1 g), amount EUR 2,340.00.

Thanks
Jonas
"""
    m = mail("Jonas Pfeiffenberger <jonas.pfeiffenberger@hainbuche-versicherung.example>",
             "Ilka Brüggemann <ilka.brueggemann@hainbuche-versicherung.example>",
             "FW: Re: claim RR-2026-02977 bank details",
             "Mon, 22 Jun 2026 08:15:00 +0200", body, cte="7bit",
             attachments=[fwd(inner)])
    return m, C, "en", "customer", "forwarded message/rfc822 with customer's IBAN and travel policy (visa refusal, no health)"


def m082():
    body = """Sehr geehrte Frau Imholze,

anbei erhalten Sie unser Schreiben zu Ihrem Widerspruch vom 02.06.2026.

Mit freundlichen Grüßen
Hainbuche Krankenversicherung a.G.
Beschwerdemanagement
"""
    letter = odt([
        "Hainbuche Krankenversicherung a.G. · Beschwerdemanagement",
        "Frau Carina Imholze, Sielwall 71, 28203 Bremen",
        "Bremen, 23.06.2026",
        "Ihr Widerspruch vom 02.06.2026 – Versicherungsnummer KV 3390-447102",
        "Sehr geehrte Frau Imholze,",
        "wir haben Ihren Widerspruch gegen die Ablehnung des dritten IVF-Zyklus erneut geprüft und eine Stellungnahme unserer Beratungsärztin eingeholt.",
        "Nach den vorliegenden Befunden (Alter bei Behandlungsbeginn 41 Jahre, AMH 0,4 ng/ml, zwei vorangegangene Zyklen ohne Embryotransfer wegen fehlender Befruchtung) liegt die Erfolgsaussicht für einen weiteren Zyklus unter 15 %. Nach der Rechtsprechung des BGH ist eine Behandlung bei dieser Erfolgswahrscheinlichkeit nicht mehr medizinisch notwendig im Sinne der Versicherungsbedingungen.",
        "Wir müssen die Ablehnung daher leider aufrechterhalten. Sie können sich an den Ombudsmann Private Kranken- und Pflegeversicherung wenden.",
        "Mit freundlichen Grüßen",
        "Gesa Holtorf, Beschwerdemanagement",
    ])
    m = mail("Beschwerdemanagement <beschwerde@hainbuche-versicherung.example>",
             "carina.imholze@bremenmail.example",
             "Ihr Schreiben vom 02.06.2026",
             "Tue, 23 Jun 2026 14:30:00 +0200", body,
             attachments=[att("Antwort_Widerspruch_KV_3390-447102.odt", letter)])
    return m, S, "de", "insurer-to-customer", "ODT only: IVF refusal upheld, age 41, AMH, failed cycles; body harmless"


def m083():
    body = """Hallo Frau Kühnemund,

für den Personalbericht 2025 die Kennzahlen zu Elternzeit und Rückkehr
(Stichtag 31.12.2025, Gesamtbelegschaft 1.418 Köpfe). Kleinere Gruppen als
5 Personen sind zusammengefasst.

                               Frauen   Männer   gesamt
Beginn Elternzeit 2025            41       33       74
  davon Dauer <= 2 Monate          3       24       27
  davon Dauer > 12 Monate         29        -*      31
Rückkehr aus Elternzeit 2025      38       31       69
  davon in Teilzeit               27        9       36
Rückkehrquote nach 24 Monaten    94 %     97 %     95 %

* mit "davon Dauer 3-12 Monate" zusammengefasst (n < 5)

Die Aufstockung des Elterngelds wurde 2025 in 61 Fällen genutzt,
Gesamtvolumen 148.300 EUR.

Viele Grüße
Lea Marschall
"""
    m = mail("Lea Marschall <lea.marschall@hainbuche-versicherung.example>",
             "Imke Kühnemund <imke.kuehnemund@hainbuche-versicherung.example>",
             "Kennzahlen Elternzeit für Personalbericht 2025",
             "Wed, 24 Jun 2026 13:13:13 +0200", body)
    return m, N, "de", "internal", "trap: aggregated parental-leave HR statistics, small groups merged"


def m084():
    body = """Guten Tag Frau Thielemann,

wie gewünscht erhalten Sie im Anhang die Übersicht Ihrer Verträge und
Beiträge für Ihre Unterlagen.

Freundliche Grüße
Ihr Kundenservice
Hainbuche Allgemeine Versicherung AG
"""
    csv_text = """Vertrag;Sparte;Versicherungsnehmerin;Risikoort;Jahresbeitrag EUR;Zahlweise;IBAN;Mandatsreferenz
HR 4471-30022;Hausrat;Birte Thielemann;Brunnenweg 9, 21337 Lüneburg;142,80;jährlich;DE09 7605 0000 4129 3376;HB-HR4471-30022-01
PHV-7730-090114;Privathaftpflicht Familie;Birte Thielemann;Brunnenweg 9, 21337 Lüneburg;89,40;jährlich;DE09 7605 0000 4129 3376;HB-PHV7730-090114-01
GL 1188-29931;Glas;Birte Thielemann;Brunnenweg 9, 21337 Lüneburg;34,00;jährlich;DE09 7605 0000 4129 3376;HB-GL1188-29931-01
"""
    m = mail("Kundenservice Sach <kundenservice@hainbuche-versicherung.example>",
             "birte.thielemann@lueneburg-online.example",
             "Ihre Vertragsübersicht",
             "Thu, 25 Jun 2026 09:44:10 +0200", body,
             attachments=[att("Vertragsuebersicht_Thielemann.csv",
                              csv_bytes(csv_text, "cp1252"), "application/vnd.ms-excel")])
    return m, C, "de", "insurer-to-customer", "windows-1252 CSV attachment with property policies, address and IBAN; body harmless"


def m085():
    body = """Sehr geehrter Herr Okwuosa,

herzlichen Glückwunsch zur Geburt Ihres Sohnes!

Wie gewünscht haben wir das Bezugsrecht in Ihrer
Risikolebensversicherung geändert:

Vertrag: RL 8840-207711
Versicherte Person: Chukwuemeka Okwuosa
Versicherungssumme: 250.000 EUR

Bezugsberechtigt im Todesfall (widerruflich):
  Adaeze Okwuosa (Ehefrau), 50 %
  Chibueze Okwuosa (Sohn, geb. 11.06.2026), 50 %

Da Ihr Sohn minderjährig ist, würde eine Auszahlung an ihn im
Leistungsfall über seine gesetzlichen Vertreter erfolgen. Wenn Sie eine
andere Regelung (z. B. Treuhand) wünschen, beraten wir Sie gern.

Sie haben außerdem das Recht, wegen der Geburt die Versicherungssumme
innerhalb von 6 Monaten ohne erneute Gesundheitsprüfung um bis zu
50.000 EUR zu erhöhen (Nachversicherungsgarantie).

Mit freundlichen Grüßen
Hainbuche Lebensversicherung AG
Vertragsservice, i. A. Felix Adebayo
"""
    m = mail("Felix Adebayo <felix.adebayo@hainbuche-versicherung.example>",
             "c.okwuosa@lagos-bremen.example",
             "Änderung Bezugsrecht - RL 8840-207711",
             "Fri, 26 Jun 2026 11:00:22 +0200", body)
    return m, S, "de", "insurer-to-customer", "life insurance beneficiary change adding newborn son: personal line, no medical word"


def m086():
    body = """Dear Ms Kessler,

please find below our comments on the draft data processing agreement
(Art. 28 GDPR) for the "Hebamme24" video-consultation app, version 0.9.

1. Annex 1 (categories of data): please add "health data (Art. 9 GDPR):
   pregnancy status, due date, symptoms described by the user" explicitly.
   The current wording "communication data" is not sufficient.
2. Annex 2 (TOMs): end-to-end encryption of video sessions is described,
   but not the storage of chat transcripts. Where and for how long?
3. Sub-processors: the transcription service in the US is not acceptable
   for Art. 9 data without an adequacy decision covering the recipient;
   please propose an EU alternative.
4. Deletion: 30 days after end of the consultation package, confirmed in
   writing.

Once these points are addressed we can sign. No personal data will be
transferred before that; the pilot uses test accounts only.

Kind regards
Hanne Vogelsang
Data Protection Officer
Hainbuche Versicherungsgruppe
"""
    m = mail("Hanne Vogelsang <hanne.vogelsang@hainbuche-versicherung.example>",
             "Judith Kessler <legal@hebamme24-app.example>",
             "DPA Hebamme24 - our comments on v0.9",
             "Mon, 29 Jun 2026 16:16:00 +0200", body, cte="7bit")
    return m, N, "en", "insurer-to-supplier", "trap: data processing agreement comments naming health-data categories, no person"


def m087():
    body = """Sehr geehrter Herr Wulfekammer,

anbei die gewünschte Versicherungsbestätigung für Ihren neuen Vermieter.

Mit freundlichen Grüßen
Tobias Reiniger
Kundenservice Sach
"""
    doc = docx([
        "Hainbuche Allgemeine Versicherung AG",
        "# Versicherungsbestätigung Privathaftpflicht",
        "Hiermit bestätigen wir, dass",
        "Herr Jan-Ole Wulfekammer, geb. 04.03.1990, und Frau Lisa Wulfekammer, geb. 22.10.1992,",
        "wohnhaft ab 01.08.2026 in der Wohnung Schwachhauser Heerstraße 180, 2. OG links, 28211 Bremen,",
        "bei uns eine Privathaftpflichtversicherung (Familie) unterhalten.",
        [["Vertrag", "PHV-7730-121095"],
         ["Beginn", "01.01.2022"],
         ["Deckungssumme", "50 Mio. EUR pauschal"],
         ["Mietsachschäden an Wohnräumen", "eingeschlossen"]],
        "Der Beitrag ist bis zum 31.12.2026 bezahlt.",
        "Bremen, 30.06.2026",
    ])
    m = mail("Tobias Reiniger <tobias.reiniger@hainbuche-versicherung.example>",
             "jo.wulfekammer@hanse-online.example",
             "Versicherungsbestätigung für Ihren Vermieter",
             "Tue, 30 Jun 2026 10:02:58 +0200", body,
             attachments=[att("Versicherungsbestaetigung_PHV-7730-121095.docx", doc)])
    return m, C, "de", "insurer-to-customer", "DOCX only: liability insurance confirmation with birth dates and new address"


def m088():
    body = """Dear Mr Achterberg,

congratulations again on the birth of Zayn. You asked whether you can
increase your term life cover because of the new family situation.

Your policy TL 8840-199032 includes a guaranteed insurability option. The
birth of a child is a qualifying event, so you can increase the sum
assured without new health questions, as long as you apply within six
months of the birth (i.e. by 14 October 2026):

  Current sum assured:      EUR 300,000
  Maximum increase:         EUR 100,000 (to EUR 400,000)
  Additional premium:       approx. EUR 9.40 per month (age at increase)

Please sign and return the enclosed increase form together with a copy of
the birth certificate. The increase takes effect on the first of the
month after we receive it.

Kind regards
Felix Adebayo
Life Policy Service
Hainbuche Lebensversicherung AG
"""
    m = mail("Felix Adebayo <felix.adebayo@hainbuche-versicherung.example>",
             "Daniel Achterberg <daniel.achterberg@gulfnet.example>",
             "Increasing your term life cover - TL 8840-199032",
             "Wed, 01 Jul 2026 09:25:14 +0200", body, cte="7bit")
    return m, S, "en", "insurer-to-customer", "term life policy of named person, sum assured and premium (personal line)"


def m089():
    body = """Liebe Kolleginnen und Kollegen,

zum 01.07.2026 tritt die neue Anlage 1.1 zum Vertrag über die Versorgung
mit Hebammenhilfe in Kraft. Für unsere Prüfung von Hebammenrechnungen
heißt das:

- Die Vergütungen steigen um durchschnittlich 4,2 %. Die Tabelle im
  Prüfsystem ist aktualisiert (Version HEB-2026-07).
- Neue Position für Videoberatung im Wochenbett (analog zur
  Präsenzleistung, max. 5x).
- Wegegeld: Kilometerpauschale jetzt 0,48 EUR, Nachtzuschlag unverändert.

Für Privatversicherte gilt weiterhin die landesrechtliche
Hebammengebührenordnung; Abrechnung bis zum vereinbarten Vielfachen. Wo die
Landesverordnung noch nicht angepasst ist, erkennen wir die neuen Sätze
aus Kulanz bereits an.

Beispielrechnungen (fiktiv) liegen im Handbuch, Kapitel 7.3.

Viele Grüße
Hauke Detmers
Fachbereich Leistungsgrundsätze
"""
    m = mail("Hauke Detmers <hauke.detmers@hainbuche-versicherung.example>",
             "team-leistung-kranken@hainbuche-versicherung.example",
             "Neue Hebammenvergütung ab 01.07.2026",
             "Thu, 25 Jun 2026 15:00:00 +0200", body)
    return m, N, "de", "internal", "trap: midwife fee schedule update, no person"


def m090():
    body = """Dear Mr Bakshi,

attached is the international motor insurance card (green card) for your
trip to Croatia, as requested.

Safe travels!

Customer Service Motor
Hainbuche Allgemeine Versicherung AG
"""
    card = pdf([
        "INTERNATIONAL MOTOR INSURANCE CARD / GRÜNE KARTE",
        "",
        "Issuing insurer: Hainbuche Allgemeine Versicherung AG, Bremen (D-412)",
        "Card number: D/412/26/0088731",
        "Valid from 10.07.2026 to 09.07.2027",
        "",
        "Policyholder: Rohan Bakshi",
        "Address: Lilienthaler Heerstr. 211, 28357 Bremen",
        "Registration: HB-RB 2908",
        "Vehicle: Volkswagen Touran, VIN WVGZZZ1TZLW017736",
        "Motor policy: KFZ 88-2077315",
        "",
        "Valid in: AL AT BA BE BG CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IT",
        "LU LV LT MD ME MK MT NL NO PL PT RO RS SE SI SK",
    ], "Green Card D/412/26/0088731")
    m = mail("Kundenservice Kfz <kfz-service@hainbuche-versicherung.example>",
             "rohan.bakshi@weserlink.example",
             "Your green card for Croatia",
             "Fri, 03 Jul 2026 12:00:00 +0200", body, cte="7bit",
             attachments=[att("Green_Card_KFZ_88-2077315.pdf", card)])
    return m, C, "en", "insurer-to-customer", "PDF green card: named policyholder, address, plate, VIN, motor policy; body harmless"


def m091():
    body = """Hallo Frau Okonkwo-Brandt,

unten die Mail der Kundin, die heute bei mir reinkam (über das alte
Kundenpostfach). Sie hatte vorher schon angerufen. Bitte übernehmen Sie,
danke!

Gruß D. Gansäuer

----- Weitergeleitet von Kundenservice -----
Von: "Jessica Brüning" <jessi.bruening@dorfnetz.example>
Datum: 02.07.2026 06:51
Betreff: Rechnung Frauenärztin + Krankenhaus nach Kaiserschnitt

Hallo liebe Hainbuche,

ich schicke euch die rechnungen vom krankenhaus und von meiner
frauenärztin. nach dem kaiserschnitt am 3. juni hat sich die naht
entzündet (wundheilungsstörung sagen die), ich musste nochmal 4 tage rein
und hab antibiotika bekommen (cefuroxim). jetzt kommt noch jeden 2. tag
die hebamme zum verbandwechsel. übernehmt ihr das alles? meine
versicherungsnr. ist KV 2019-448861.

ach ja, und mein sohn Theo ist jetzt seit 4 wochen bei euch versichert,
hab die urkunde letzte woche geschickt, ist die angekommen??

lg Jessi
"""
    m = mail("Dörte Gansäuer <doerte.gansaeuer@hainbuche-versicherung.example>",
             "Miriam Okonkwo-Brandt <miriam.okonkwo-brandt@hainbuche-versicherung.example>",
             "WG: Rechnung Frauenärztin + Krankenhaus nach Kaiserschnitt",
             "Thu, 02 Jul 2026 09:05:18 +0200", body, charset="windows-1252")
    return m, S, "de", "customer", "windows-1252 forward of customer mail: C-section wound infection, antibiotics, health policy"


def m092():
    body = """Liebe Kolleginnen und Kollegen,

am Samstag, 12. September, ist wieder Hainbuche-Familientag! Bringt eure
Kinder, Partnerinnen und Partner, Eltern und Freunde mit.

11–17 Uhr auf dem Gelände am Hainbucheneck:
- Hüpfburg, Kinderschminken, Bastelzelt
- Führungen durchs Haus („Wo arbeitet eigentlich Mama/Papa?")
- Grillstand und Eiswagen (kostenlos)
- 14 Uhr: Auftritt der Betriebsband „Die Schadensregulierer"

Anmeldung bitte bis 28.08. im Intranet (Anzahl Erwachsene/Kinder, wegen
der Essensplanung). Parkplätze in der Tiefgarage sind freigegeben.

Wir freuen uns auf euch!
Das Orga-Team Familientag
"""
    m = mail("Orga Familientag <familientag@hainbuche-versicherung.example>",
             "all-staff@hainbuche-versicherung.example",
             "Save the date: Familientag am 12. September",
             "Mon, 06 Jul 2026 10:00:00 +0200", body, cte="8bit")
    return m, N, "de", "internal", "company family-day invitation"


def m093():
    body = """Sehr geehrter Herr Ünal,

wir haben den Halterwechsel bzw. das neue Kennzeichen für Ihr Fahrzeug
erfasst:

Vertrag:              KFZ 88-2051190
Fahrzeug:             Opel Zafira Life, FIN W0VZRHNS4L6019883
Bisheriges Kennzeichen: OS-EU 332
Neues Kennzeichen:    OS-ÜK 1707 (ab 08.07.2026)
Fahrerkreis:          Versicherungsnehmer und Ehefrau Kübra Ünal
SF-Klasse Haftpflicht/Vollkasko: SF 12 / SF 10

Der Beitrag ändert sich nicht. Bitte bewahren Sie die eVB-Nummer
Z7K4P2Q für die Zulassungsstelle auf, falls dort noch nachgefragt wird.

Mit freundlichen Grüßen
Ihr Kfz-Service der Hainbuche
"""
    m = mail("Kundenservice Kfz <kfz-service@hainbuche-versicherung.example>",
             "e.uenal@osnanet.example",
             "Neues Kennzeichen für KFZ 88-2051190",
             "Tue, 07 Jul 2026 13:22:50 +0200", body, charset="iso-8859-1")
    return m, C, "de", "insurer-to-customer", "iso-8859-1 motor change: plate, VIN, named drivers, eVB, SF class"


def m094():
    text = """Travelling while pregnant - 6 tips from our travel health team

1. Check your dates: most airlines ask for a doctor's letter from week 28
   and refuse travel after week 36 (week 32 for twins).
2. Take your maternity record with you, and a translation if you travel
   outside Europe.
3. Check your travel health insurance: does it cover pregnancy
   complications and premature birth abroad? Hainbuche TravelCare covers
   both up to week 36, including care for the newborn.
4. Avoid destinations with Zika or malaria risk.
5. On long flights: aisle seat, move regularly, compression stockings.
6. Save our 24/7 emergency number: +49 421 5598 9110.

This newsletter contains general information only and does not replace
medical advice.
"""
    html = """<html><body style="font-family:Arial,sans-serif;max-width:640px">
<h2>Travelling while pregnant &ndash; 6 tips</h2>
<ol>
<li><b>Check your dates:</b> most airlines ask for a doctor's letter from week 28 and refuse travel after week 36 (week 32 for twins).</li>
<li><b>Take your maternity record</b> with you, and a translation if you travel outside Europe.</li>
<li><b>Check your travel health insurance:</b> Hainbuche TravelCare covers pregnancy complications and premature birth abroad up to week 36, including care for the newborn.</li>
<li><b>Avoid destinations</b> with Zika or malaria risk.</li>
<li><b>On long flights:</b> aisle seat, move regularly, compression stockings.</li>
<li><b>Save our 24/7 emergency number:</b> +49 421 5598 9110.</li>
</ol>
<p style="font-size:11px;color:#666">General information only; does not replace medical advice.</p>
</body></html>
"""
    m = mail("Hainbuche TravelCare <newsletter@hainbuche-versicherung.example>",
             "travelcare-subscribers@newsletter.hainbuche-versicherung.example",
             "Travelling while pregnant? 6 tips before you go",
             "Wed, 08 Jul 2026 07:00:00 +0200", text, html=html)
    return m, N, "en", "newsletter", "trap: travel newsletter on pregnancy and premature birth abroad, generic"


def m095():
    body = """Sehr geehrte Frau Demirci,

für Ihren Widerspruch und ggf. die Klage vor dem Sozialgericht gegen den
Elterngeldbescheid der Elterngeldstelle Hannover vom 12.06.2026 erteilen
wir Deckungszusage im Sozialrechtsschutz (Vertrag RS 5540-188302).

Nach Ihren Angaben wurde bei der Berechnung Ihr Einkommen aus
selbständiger Tätigkeit nicht berücksichtigt:
- Bemessungszeitraum 2025
- Einkommen aus nichtselbständiger Arbeit: 28.400 EUR brutto
- Gewinn aus selbständiger Tätigkeit (Übersetzungen): 11.950 EUR
- bewilligtes Elterngeld: 1.212 EUR/Monat; erwartet: ca. 1.640 EUR/Monat

Für das Widerspruchsverfahren fallen keine Gerichtskosten an; die
Anwaltskosten übernehmen wir abzüglich Ihrer Selbstbeteiligung von
150 EUR.

Schadennummer: RS-S-2026-005870

Mit freundlichen Grüßen
Ilka Brüggemann
Rechtsschutz-Schaden
"""
    m = mail("Ilka Brüggemann <ilka.brueggemann@hainbuche-versicherung.example>",
             "Aylin Demirci <aylin.demirci@leinemail.example>",
             "Deckungszusage Sozialrecht - RS-S-2026-005870",
             "Thu, 09 Jul 2026 10:30:30 +0200", body)
    return m, C, "de", "insurer-to-customer", "legal-expenses cover for parental-allowance dispute: named person's income figures, no health"


def m096():
    body = """Hallo zusammen,

am Samstag, 18.07., zwischen 06:00 und 12:00 Uhr führen wir
Wartungsarbeiten an der Leistungsplattform KV durch (Datenbank-Upgrade).

In dieser Zeit sind nicht verfügbar:
- Leistungsplattform KV (alle Mandanten)
- Kundenportal: Rechnungsupload (Nachricht an Kunden ist geschaltet)
- Schnittstelle DTA Krankenhäuser (Dateien werden nachverarbeitet)

Bitte plant keine Batchläufe in diesem Zeitraum.

Gruß
Oliver Sandmann
IT Betrieb Anwendungen
"""
    m = mail("Oliver Sandmann <oliver.sandmann@hainbuche-versicherung.example>",
             "it-info@hainbuche-versicherung.example",
             "Wartung Leistungsplattform KV am 18.07.",
             "Fri, 10 Jul 2026 14:00:00 +0200", body, cte="8bit")
    return m, N, "de", "internal", "IT maintenance announcement"


def m097():
    body = """Liebe Frau Brettschneider, lieber Herr Brettschneider,

wie am Telefon besprochen, ruft Sie unsere Fallbegleiterin Frau Anja
Roggenkamp am Dienstag an. Die Einladung finden Sie im Anhang, damit Sie
den Termin im Kalender haben.

Herzliche Grüße
Ihre Hainbuche Krankenversicherung
Fallbegleitung Familie
"""
    cal = ics([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Hainbuche Versicherung//Fallbegleitung//DE",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:fb-2026-07-21-brettschneider@hainbuche-versicherung.example",
        "DTSTAMP:20260713T080000Z",
        "DTSTART;TZID=Europe/Berlin:20260721T100000",
        "DTEND;TZID=Europe/Berlin:20260721T103000",
        "SUMMARY:Telefonat Fallbegleitung Mats Brettschneider",
        "DESCRIPTION:Nachsorge nach Frühgeburt (32. SSW) und NICU-Aufenthalt. The",
        " men: Heilmittelverordnung Physiotherapie (Bobath) wegen muskulärer Hy",
        " potonie\\, Termin Frühchen-Nachsorgeambulanz\\, Sozialmedizinische Nachs",
        " orge (Bunter Kreis). KV 6120-774903-02.",
        "ORGANIZER;CN=Anja Roggenkamp:mailto:anja.roggenkamp@hainbuche-versicherung.example",
        "ATTENDEE;CN=Lukas Brettschneider:mailto:lukas.brettschneider@familienpost.example",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    m = mail("Anja Roggenkamp <anja.roggenkamp@hainbuche-versicherung.example>",
             "Lukas Brettschneider <lukas.brettschneider@familienpost.example>",
             "Termin Fallbegleitung am 21.07.",
             "Mon, 13 Jul 2026 10:00:00 +0200", body,
             attachments=[att("Termin_Fallbegleitung.ics", cal)])
    return m, S, "de", "insurer-to-customer", "ICS description only: premature infant follow-up, hypotonia, physiotherapy; body harmless"


def m098():
    body = """Dear Mrs Fairclough,

we have updated the bank details for your buildings insurance as requested
in your letter of 8 July.

Policy: WG 4410-80356 (Am Deich 5, 27572 Bremerhaven)
New account holder: Joanna Fairclough
New IBAN: DE22 8305 0010 0011 7789
Mandate reference: HB-WG4410-80356-03
First collection from the new account: 1 August 2026, EUR 612.18

Your previous mandate has been cancelled.

Kind regards
Dörte Gansäuer
Customer Service
Hainbuche Allgemeine Versicherung AG
"""
    m = mail("Dörte Gansäuer <doerte.gansaeuer@hainbuche-versicherung.example>",
             "joanna.fairclough@northsea-mail.example",
             "Bank details updated - WG 4410-80356",
             "Tue, 14 Jul 2026 11:45:00 +0200", body, cte="8bit")
    return m, C, "en", "insurer-to-customer", "buildings insurance with insured address and new IBAN"


def m099():
    body = """Sehr geehrte Frau Timmermann,

hiermit beauftragen wir den Druck der Broschüre „Gut versichert rund um
Schwangerschaft und Geburt" gemäß Ihrem Angebot AN-26-4471:

Format: DIN A5, 24 Seiten + Umschlag, 4/4-farbig
Papier: 135 g Bilderdruck matt, Umschlag 250 g mit Softtouch
Auflage: 8.000 Exemplare
Druckdaten: folgen bis 20.07. per Download-Link (PDF/X-4)
Liefertermin: 14.08.2026, Anlieferung an Poststelle Am Hainbucheneck 4

Preis laut Angebot: 4.380,00 EUR netto. Bestellnummer 4500-8120.

Mit freundlichen Grüßen
Carla Jüttner
Unternehmenskommunikation
"""
    m = mail("Carla Jüttner <carla.juettner@hainbuche-versicherung.example>",
             "auftrag@druckhaus-timmermann.example",
             "Druckauftrag Broschüre Schwangerschaft & Geburt - Bestellung 4500-8120",
             "Wed, 15 Jul 2026 09:12:00 +0200", body)
    return m, N, "de", "insurer-to-supplier", "trap: print order for pregnancy brochure"


def m100():
    body = """Dear Ms Moreau,

please find below our answers to the association's survey on assisted
reproduction benefits (reference year 2025). All figures refer to our
German comprehensive health portfolio and are aggregated.

Q1 Number of insured persons who received ART benefits:   1,284
Q2 Number of reimbursed cycles:
     IVF   1,102
     ICSI  1,618
     FET     947
     IUI     385
Q3 Average reimbursement per IVF/ICSI cycle:              EUR 5,870
Q4 Share of applications refused (all reasons):           11.4 %
Q5 Most frequent refusal reason: low success probability (age/ovarian
   reserve), followed by missing medical necessity (social freezing).
Q6 Do you reimburse PGT? Only where there is a serious hereditary
   disease risk, case-by-case.

We have no objection to publication in aggregated form, with Hainbuche
named among the participating companies.

Kind regards
Ruth Albers
Hainbuche Krankenversicherung a.G.
"""
    m = mail("Ruth Albers <ruth.albers@hainbuche-versicherung.example>",
             "Claire Moreau <c.moreau@eu-health-insurers.example>",
             "Survey ART benefits 2025 - Hainbuche answers",
             "Thu, 16 Jul 2026 16:30:00 +0200", body, cte="7bit")
    return m, N, "en", "insurer-to-partner", "trap: aggregated ART/IVF benefit statistics for association survey"


def m101():
    body = """Sehr geehrter Herr Rechtsanwalt Vahlbruch,

in der Angelegenheit Ihrer Mandantin Frau Carina Imholze (KV 3390-447102)
nehmen wir Bezug auf Ihr Schreiben vom 14.07.2026.

Ihre Mandantin begehrt die Erstattung eines dritten IVF-Zyklus. Wir haben
die Ablehnung vom 23.06.2026 auf die beratungsärztliche Stellungnahme
gestützt: Bei Behandlungsbeginn war Ihre Mandantin 41 Jahre alt, der
AMH-Wert lag bei 0,4 ng/ml, in zwei Zyklen kam es mangels Befruchtung zu
keinem Embryotransfer. Die Erfolgswahrscheinlichkeit je Zyklus liegt nach
den Daten des Deutschen IVF-Registers für diese Konstellation deutlich
unter 15 %.

Soweit Sie sich auf das Gutachten von Prof. Dr. Reimers berufen, wonach
ein modifiziertes Stimulationsprotokoll (Dual Trigger) die Chancen
verbessere, bitten wir um Übersendung des vollständigen Gutachtens. Wir
werden es unserer Beratungsärztin zur erneuten Prüfung vorlegen.

Mit freundlichen Grüßen
Gesa Holtorf
Beschwerdemanagement / Rechtsfälle
Hainbuche Krankenversicherung a.G.
"""
    m = mail("Gesa Holtorf <gesa.holtorf@hainbuche-versicherung.example>",
             "RA Dirk Vahlbruch <kanzlei@vahlbruch-medizinrecht.example>",
             "Ihre Mandantin Carina Imholze - KV 3390-447102",
             "Mon, 20 Jul 2026 11:11:11 +0200", body)
    return m, S, "de", "insurer-to-lawyer", "IVF dispute with lawyer: client's age, AMH, failed cycles, medical opinion"


def m102():
    body = """Hi Henrik,

quick one: our gateway can't verify your S/MIME signature since Monday.
It looks like your new certificate was issued by "Nordre Re Issuing CA 3",
and we only have CA 2 in our trust store.

Could you send us the CA 3 root and intermediate certificate (PEM) or a
link where our IT can fetch them? Until then our gateway will still
deliver your mails, just flagged as "signature not verified".

Thanks,
Oliver Sandmann
IT Operations, Hainbuche
"""
    m = mail("Oliver Sandmann <oliver.sandmann@hainbuche-versicherung.example>",
             "Henrik Sjöberg <henrik.sjoberg@nordre-re.example>",
             "S/MIME: new issuing CA on your side?",
             "Tue, 21 Jul 2026 09:30:00 +0200", body, cte="7bit")
    return m, N, "en", "insurer-to-partner", "S/MIME certificate question"


def m103():
    body = """Hi Ms Adjei,

Thanks for reporting the damage to your video baby monitor. We've checked
the photos and the repair shop's estimate: the display unit fell from the
changing table and the screen is broken. Repair isn't economical, so we'll
pay the replacement value.

  Device: Nanoview Duo 5" baby monitor, bought 14/02/2026, EUR 229.00
  Replacement value (new device, same model): EUR 219.00
  Deductible: EUR 50.00
  Payment: EUR 169.00

Policy: EL 2270-40198 (electronics insurance)
Claim: EL-2026-01177

Payment goes to the account we have on file for your policy.

Kind regards
Tobias Reiniger
Customer Service Property
"""
    m = mail("Tobias Reiniger <tobias.reiniger@hainbuche-versicherung.example>",
             "abena.adjei@citynet-mail.example",
             "Your electronics claim EL-2026-01177",
             "Wed, 22 Jul 2026 14:40:00 +0200", body, cte="7bit")
    return m, C, "en", "insurer-to-customer", "electronics insurance claim (baby monitor), policy/claim number, named customer"


def m104():
    body = """Dear Mr Castellano,

thank you for sending the invoice from Andrology Centre Bremen.

We have reimbursed the following in full under your comprehensive plan
(member no. KV 9015-330472):

  14/07/2026  Semen analysis per WHO 2021 incl. DNA fragmentation index
              (diagnosis: oligoasthenoteratozoospermia, N46)    EUR 186.40
  14/07/2026  Scrotal ultrasound (varicocele grade II left)      EUR  71.22
  14/07/2026  Hormone panel (FSH, LH, testosterone, inhibin B)   EUR  94.55
                                                                  ---------
  Total reimbursed                                                EUR 352.17

If surgery for the varicocele is recommended, please ask your urologist to
send us a cost estimate beforehand. Any ICSI treatment for you and your
partner would be assessed together; please let us know which insurer your
partner is with.

Kind regards
Hauke Detmers
Health Claims
Hainbuche Krankenversicherung a.G.
"""
    m = mail("Hauke Detmers <hauke.detmers@hainbuche-versicherung.example>",
             "Matteo Castellano <m.castellano@vespermail.example>",
             "Your claim from 15 July",
             "Thu, 23 Jul 2026 10:05:00 +0200", body, cte="7bit")
    return m, S, "en", "insurer-to-customer", "male-factor infertility: semen analysis N46, varicocele; subject harmless"


def m105():
    body = """Protokoll Produktausschuss Kranken – Sitzung 07/2026
Datum: 23.07.2026, 10:00–12:30
Teilnehmende: R. Albers (Vorsitz), S. Kröger, B. Aurich, Dr. K. Wendland,
M. Thorsen, G. Holtorf (Gast, TOP 3)

TOP 1 Geburtshaus und Hausgeburt
Bisher erstatten wir Betriebskostenpauschalen von Geburtshäusern nur aus
Kulanz. Beschluss: Aufnahme als Tarifleistung ab 01.01.2027 bis 900 EUR je
Geburt; Hausgeburt-Rufbereitschaft der Hebamme bis 600 EUR.

TOP 2 Kinderwunsch Plus – erste Zahlen
Bis Ende Juni 312 Abschlüsse, Ziel 2026: 800. Stornoquote 4 %.

TOP 3 Beschwerden Kinderwunsch
17 Beschwerden im 1. Halbjahr, davon 9 zu „Erfolgsaussicht unter 15 %".
Auftrag: Textbaustein zur Begründung verständlicher formulieren (Kröger,
Holtorf bis 30.09.).

TOP 4 Verschiedenes
Nächste Sitzung 24.09.2026.

Protokoll: B. Aurich
"""
    m = mail("Benedikt Aurich <benedikt.aurich@hainbuche-versicherung.example>",
             "produktausschuss-kv@hainbuche-versicherung.example",
             "Protokoll Produktausschuss Kranken 07/2026",
             "Fri, 24 Jul 2026 08:50:00 +0200", body)
    return m, N, "de", "internal", "trap: product committee minutes on birth-centre cover and IVF complaints (counts only)"


def m106():
    html = """<html><body style="font-family:Tahoma,sans-serif;font-size:13px">
<p>Guten Tag Frau Rosenbaum-Keller,</p>
<p>hier Ihre Beitragsrechnung f&uuml;r das Versicherungsjahr 2026/2027:</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr style="background:#dde"><th>Vertrag</th><th>Fahrzeug</th><th>Kennzeichen</th><th>Deckung</th><th>SF-Klasse</th><th>Jahresbeitrag</th></tr>
<tr><td>KFZ 88-2101447</td><td>Seat Tarraco 2.0 TDI</td><td>LG-RK 808</td><td>Haftpflicht</td><td>SF 14 (32 %)</td><td>348,12 &euro;</td></tr>
<tr><td>KFZ 88-2101447</td><td>Seat Tarraco 2.0 TDI</td><td>LG-RK 808</td><td>Vollkasko, SB 300/150</td><td>SF 11 (38 %)</td><td>421,76 &euro;</td></tr>
<tr><td colspan="5"><b>Summe</b></td><td><b>769,88 &euro;</b></td></tr>
</table>
<p>Der Betrag wird am 01.08.2026 von Ihrem Konto DE13&nbsp;6802&nbsp;0083&nbsp;0271&nbsp;5590 abgebucht.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr Kfz-Service der Hainbuche</p>
</body></html>
"""
    m = mail("Kundenservice Kfz <kfz-service@hainbuche-versicherung.example>",
             "Ines Rosenbaum-Keller <ines.rk@lueneburg-online.example>",
             "Ihre Beitragsrechnung Kfz 2026/2027",
             "Mon, 27 Jul 2026 06:15:00 +0200", html=html)
    return m, C, "de", "insurer-to-customer", "HTML-only table: motor premium invoice, plate, SF class, IBAN"


def m107():
    body = """Hi Oliver,

for the regression tests of the new maternity claims workflow, please
create the following synthetic members in the TEST environment (T2). All
names are made up and marked as such; none of them exists in production.

member_id;name;dob;plan;scenario
TST-GH-9001;Jane Sample (fictitious);1990-01-01;GH Comprehensive;normal delivery, 3 nights
TST-GH-9002;Maria Testperson (fictitious);1985-06-15;GH Comprehensive;emergency C-section + NICU 10 days
TST-GH-9003;Anna Placeholder (fictitious);1992-12-31;GH Essential;delivery within waiting period -> decline
TST-GH-9004;John Dummy (fictitious);1988-03-03;GH Comprehensive;newborn added on day 31 -> underwriting

Test IBAN for refunds: DE89 3704 0044 0532 0130 00 (the published
example IBAN, not a real account).

Please confirm once they are loaded.

Thanks
Priya
"""
    m = mail("Priya Raman <priya.raman@hainbuche-versicherung.example>",
             "Oliver Sandmann <oliver.sandmann@hainbuche-versicherung.example>",
             "Test data for maternity workflow (T2)",
             "Tue, 28 Jul 2026 13:40:00 +0200", body, cte="7bit")
    return m, N, "en", "internal", "trap: synthetic test members marked fictitious, published example IBAN"


def m108():
    body = """Hallo zusammen,

für die Fallkonferenz Neonatologie am Donnerstag anbei die aktuelle Liste.
Bitte vorab durchsehen.

Katrin
"""
    rows = [
        ["Fall", "Kind", "geb.", "SSW", "Gewicht g", "Klinik", "Diagnosen", "Kosten bisher EUR", "Frage"],
        ["NEO-26-031", "Mats Brettschneider", "27.02.2026", "32+1", 1720, "Klinikum Nordhafen", "P07.12, P22.1, P59.0", 48210, "Heilmittel Physio Bobath"],
        ["NEO-26-044", "Zwillinge Kowalczyk (Leon, Emil)", "28.03.2026", "30+0", "1390 / 1270", "Klinikum Nordhafen", "P07.11, P22.0, P61.2", 186400, "Heimmonitor Apnoe"],
        ["NEO-26-052", "Ida Hollmann", "27.02.2026", "36+2", 2480, "Ev. Krankenhaus Lindenau", "Q21.1 ASD II, P59.9", 22930, "Kardiologische Kontrolle"],
        ["NEO-26-058", "Baby of Lejla Hadjiev", "04.06.2026", "29+4", 1180, "Al Manara Women's Hospital, Dubai", "P07.12, P22.0, P77 V.a. NEC", 91600, "Verlängerung Garantie"],
    ]
    m = mail("Dr. Katrin Wendland <katrin.wendland@hainbuche-versicherung.example>",
             "fallkonferenz-kv@hainbuche-versicherung.example",
             "Fallkonferenz Neonatologie 30.07.",
             "Tue, 28 Jul 2026 17:20:00 +0200", body,
             attachments=[att("Fallkonferenz_Neo_2026-07-30.ods", ods([("Fälle", rows)]))])
    return m, S, "de", "internal", "ODS only: named preterm infants with birth dates, ICD codes, costs; body harmless"


def m109():
    body = """Sehr geehrte Frau Nieminen, sehr geehrter Herr Duarte,
Dear Ms Nieminen, dear Mr Duarte,

Ihr Hausratvertrag ist abgeschlossen. / Your home contents policy is now
in force.

Vertrag / policy:        HR 6602-01533
Beginn / start:          01.08.2026
Versicherungsort / insured address: Humboldtstraße 48, 28203 Bremen
Versicherungssumme / sum insured: 52.000 EUR
Jahresbeitrag / annual premium:  131,40 EUR
Konto / account:         NL63 INGB 0004 4128 71 (Aino Nieminen)

Den Versicherungsschein schicken wir per Post, eine englische
Übersetzung der Bedingungen finden Sie im Kundenportal. / The policy
schedule follows by post; an English translation of the terms is in the
customer portal.

Mit freundlichen Grüßen / Kind regards
Dörte Gansäuer
Kundenservice / Customer Service
"""
    m = mail("Dörte Gansäuer <doerte.gansaeuer@hainbuche-versicherung.example>",
             "aino.nieminen@kotiposti.example",
             "Ihr Hausratvertrag / your home contents policy HR 6602-01533",
             "Wed, 29 Jul 2026 12:00:00 +0200", body,
             cc="Tiago Duarte <tiago.duarte@kotiposti.example>")
    return m, C, "mixed", "insurer-to-customer", "bilingual household policy: insured address, premium, Dutch IBAN"


def m110():
    body = """Hallo Frau Gansäuer,

anbei die neue Blanko-Vorlage der Schweigepflichtentbindung für
Geburtskliniken und Hebammen (Version 07/2026). Bitte im Formularcenter
die alte Fassung ersetzen. Die Felder sind bewusst leer, die Kundinnen
füllen sie selbst aus.

Viele Grüße
Hanne Vogelsang
Datenschutz
"""
    form = pdf([
        "Hainbuche Krankenversicherung a.G.",
        "Einwilligung und Schweigepflichtentbindung",
        "für Geburtskliniken, Hebammen und Frauenärztinnen/Frauenärzte",
        "",
        "Versicherte Person: ______________________________",
        "Geburtsdatum:      ____.____.________",
        "Versicherungsnummer: KV ____-______",
        "",
        "Ich entbinde die nachstehend genannten Stellen von der Schweigepflicht,",
        "soweit dies zur Prüfung der Leistungspflicht im Zusammenhang mit",
        "Schwangerschaft, Entbindung und Wochenbett erforderlich ist:",
        "",
        "[ ] Klinik: ______________________________",
        "[ ] Hebamme: _____________________________",
        "[ ] Frauenärztin/Frauenarzt: ______________",
        "",
        "Die Einwilligung gilt für 2 Jahre und kann jederzeit widerrufen werden.",
        "",
        "Ort, Datum: ______________   Unterschrift: ______________________",
        "Formular SE-GEB 07/2026",
    ], "Schweigepflichtentbindung SE-GEB 07/2026")
    m = mail("Hanne Vogelsang <hanne.vogelsang@hainbuche-versicherung.example>",
             "Dörte Gansäuer <doerte.gansaeuer@hainbuche-versicherung.example>",
             "Neue Vorlage Schweigepflichtentbindung Geburt",
             "Thu, 30 Jul 2026 09:00:00 +0200", body,
             attachments=[att("SE-GEB_2026-07_blanko.pdf", form)])
    return m, N, "de", "internal", "trap: blank consent/confidentiality-release form (PDF) for births, no person"


def m111():
    body = """Hi all,

Q2 complaints dashboard for the health claims units is below. Counts only;
individual cases are in the complaints tool, not in this mail.

Category                         Q1    Q2   change
--------------------------------------------------
Processing time > 15 days        48    31    -35%
Maternity / newborn               22    29    +32%
  of which: newborn not added
  in time (> 2 months)             9    14
  of which: midwife invoices       8     9
Fertility treatment refusal       11    13    +18%
Dental / orthodontics             37    35     -5%
Other                              64    58     -9%
--------------------------------------------------
Total                            182   166     -9%

The increase in maternity/newborn complaints is mostly about the two-month
deadline for adding newborns. Product team is looking at a reminder
letter three weeks after we learn of a birth.

Ombudsman cases in Q2: 3 (none upheld).

Regards
Gesa Holtorf
Complaints Management
"""
    m = mail("Gesa Holtorf <gesa.holtorf@hainbuche-versicherung.example>",
             "leitung-kv@hainbuche-versicherung.example",
             "Complaints dashboard Q2 - health claims",
             "Mon, 03 Aug 2026 09:30:00 +0200", body, cte="7bit")
    return m, N, "en", "internal", "trap: complaints KPI counts incl. maternity/newborn and fertility categories"


def m112():
    inner = mail("Dr. Inés Carvajal Ortega <icarvajal@clinica-costa-azahar.example>",
                 "assistance@hainbuche-versicherung.example",
                 "Medical report - Mrs Friederike Lammertz",
                 "Sat, 01 Aug 2026 19:40:00 +0200",
                 """Dear colleagues,

as requested, medical report on your insured Mrs Friederike Lammertz
(DOB 17/03/1989), admitted to our hospital in Valencia on 28/07/2026.

Gestational age 34+5 weeks on admission. Presented with vaginal bleeding
and abdominal pain; ultrasound showed partial placental abruption with
fetal bradycardia. Emergency caesarean section under general anaesthesia
the same night. Female infant, 2,260 g, Apgar 6/8/9, admitted to our
neonatal unit for observation and hypoglycaemia management.

Mother: blood loss approx. 1,100 ml, two units of packed red cells,
recovering well. Expected discharge 04/08/2026. Fit to fly from a surgical
point of view after 10 days; the infant needs paediatric clearance.

Kind regards
Dr. Inés Carvajal Ortega
Obstetrics and Gynaecology, Clínica Costa Azahar
""")
    body = """Jonas,

the medical report from Valencia, attached as received. Please add it to
claim RS-2026-01388 and check the repatriation date with the assistance
team.

Katrin
"""
    m = mail("Dr. Katrin Wendland <katrin.wendland@hainbuche-versicherung.example>",
             "Jonas Pfeiffenberger <jonas.pfeiffenberger@hainbuche-versicherung.example>",
             "FW: Medical report - RS-2026-01388",
             "Mon, 03 Aug 2026 08:05:00 +0200", body, cte="7bit",
             attachments=[fwd(inner)])
    return m, S, "en", "doctor", "forwarded message/rfc822 medical report: placental abruption, emergency C-section, transfusion, DOB"


def m113():
    body = """Hallo Jonas,

die Kundin Esra Aydemir hat sich heute telefonisch beschwert, dass ihr
Schaden HR-2026-041187 (Diebstahl Kinderwagen, Hausrat HR 3301-98821)
seit sechs Wochen offen ist. Laut System fehlt nur noch die Bestätigung
der Polizei, die hat sie aber nach eigener Aussage am 20.04. per Post
geschickt.

Kannst du bitte in der Posteingangsablage schauen, ob der Brief
irgendwo falsch zugeordnet wurde? Sie erwartet bis Freitag einen Rückruf
unter 0511 4471 290.

Beschwerdenummer: BS-2026-00671

Danke
Gesa
"""
    m = mail("Gesa Holtorf <gesa.holtorf@hainbuche-versicherung.example>",
             "Jonas Pfeiffenberger <jonas.pfeiffenberger@hainbuche-versicherung.example>",
             "Beschwerde BS-2026-00671 - HR-2026-041187",
             "Tue, 12 May 2026 15:22:00 +0200", body)
    return m, C, "de", "internal", "complaint note: named customer, household claim and policy number, phone"


def m114():
    body = """Hallo Dörte,

anbei das überarbeitete Anmeldeformular zur Kindernachversicherung
(leer). Neu ist das Feld für die Steuer-ID des Kindes und der Hinweis auf
die 2-Monats-Frist ganz oben. Bitte im Formularcenter und im Portal
austauschen.

Gruß
Sabine
"""
    form = docx([
        "# Anmeldung zur Kindernachversicherung",
        "Bitte innerhalb von 2 Monaten nach der Geburt einsenden – dann ohne Gesundheitsprüfung und ohne Wartezeiten.",
        "# 1. Versicherter Elternteil",
        [["Name, Vorname", ""], ["Versicherungsnummer", "KV ____-______"]],
        "# 2. Angaben zum Kind",
        [["Name, Vorname", ""], ["Geburtsdatum", "__.__.____"], ["Geburtsort", ""],
         ["Steuer-Identifikationsnummer", ""], ["Gewünschter Tarif", "[ ] wie Elternteil  [ ] anderer: ________"]],
        "# 3. Anlagen",
        "[ ] Geburtsurkunde (Kopie)",
        "Ort, Datum, Unterschrift: ______________________________",
        "Formular KNV 08/2026",
    ])
    m = mail("Sabine Kröger <sabine.kroeger@hainbuche-versicherung.example>",
             "Dörte Gansäuer <doerte.gansaeuer@hainbuche-versicherung.example>",
             "Formular Kindernachversicherung (neu, blanko)",
             "Wed, 05 Aug 2026 10:40:00 +0200", body,
             attachments=[att("KNV_Anmeldung_2026-08_blanko.docx", form)])
    return m, N, "de", "internal", "trap: blank newborn-enrolment form (DOCX), empty fields"


def m115():
    body = """Dear Mr Petrosyan,

we have reviewed your request for legal expenses cover in your dispute with
Kita Sonnenkäfer gGmbH about the termination of your son's childcare place
and the retained deposit of EUR 600.

The dispute arises from a private-law childcare contract and falls under
the contract law module of your legal expenses policy. We therefore grant
cover for an out-of-court first step by a lawyer of your choice.

  Policy:     RS 5540-190877 (private and contract law)
  Claim:      RS-S-2026-006233
  Deductible: EUR 150
  Value in dispute (as stated): EUR 600 deposit + EUR 1,140 fees

Because the value in dispute is low, we recommend our free mediation
service first. Let us know if you would like us to arrange it.

Kind regards
Ilka Brüggemann
Legal Expenses Claims
"""
    m = mail("Ilka Brüggemann <ilka.brueggemann@hainbuche-versicherung.example>",
             "armen.petrosyan@eastbridge-mail.example",
             "Legal expenses cover - childcare contract dispute",
             "Thu, 06 Aug 2026 11:50:00 +0200", body)
    return m, C, "en", "insurer-to-customer", "legal expenses claim about a nursery contract, named customer, policy/claim number"


def m116():
    body = """Dear Ms Lohmann,

regarding your invoice RE-2026-3318 for the translation of our IVF FAQ
into English, Turkish and Arabic: the invoice shows EUR 2,940.00, but the
order (PO 4500-8044) was for EUR 2,640.00. The difference seems to be the
express surcharge, which we did not order.

Could you please send a corrected invoice? Payment will go to your company
account as usual once we receive it.

Kind regards
Gero Hinrichs
Purchasing
Hainbuche Versicherungsgruppe
"""
    m = mail("Gero Hinrichs <gero.hinrichs@hainbuche-versicherung.example>",
             "Karin Lohmann <buchhaltung@lingua-brueckenbau.example>",
             "Invoice RE-2026-3318 - amount differs from PO 4500-8044",
             "Fri, 07 Aug 2026 09:20:00 +0200", body, cte="7bit")
    return m, N, "en", "insurer-to-supplier", "supplier invoice query, company accounts only"


def m117():
    text = """Sehr geehrte Frau Nwosu,

gute Nachrichten: Wir übernehmen die Miete für die elektrische
Doppel-Milchpumpe (Medela Symphony) ab dem 10.08.2026 für zunächst
3 Monate.

Ihre Kinderärztin hat bescheinigt, dass Ihre Tochter wegen einer
Trinkschwäche nach der Frühgeburt (35. SSW) nicht ausreichend an der Brust
trinkt und abgepumpte Muttermilch benötigt.

Mietpreis: 2,10 EUR/Tag, Abrechnung direkt über die Sanitätshaus
Weserland GmbH. Eine Verlängerung ist mit neuer Verordnung möglich.

Versicherungsnummer: KV 1188-620344

Mit freundlichen Grüßen
Hainbuche Krankenversicherung a.G.
Hilfsmittel-Team
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Sehr geehrte Frau Nwosu,</p>
<p>gute Nachrichten: Wir &uuml;bernehmen die Miete f&uuml;r die elektrische Doppel-Milchpumpe (Medela Symphony)
ab dem 10.08.2026 f&uuml;r zun&auml;chst 3 Monate.</p>
<p>Ihre Kinder&auml;rztin hat bescheinigt, dass Ihre Tochter wegen einer Trinkschw&auml;che nach der Fr&uuml;hgeburt
(35. SSW) nicht ausreichend an der Brust trinkt und abgepumpte Muttermilch ben&ouml;tigt.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Mietpreis</td><td>2,10 EUR/Tag</td></tr>
<tr><td>Abrechnung</td><td>direkt &uuml;ber Sanit&auml;tshaus Weserland GmbH</td></tr>
<tr><td>Versicherungsnummer</td><td>KV 1188-620344</td></tr>
</table>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Hainbuche Krankenversicherung a.G.<br>Hilfsmittel-Team</p>
</body></html>
"""
    m = mail("Hilfsmittel-Team <hilfsmittel@hainbuche-versicherung.example>",
             "Chiamaka Nwosu <chiamaka.nwosu@weserpost.example>",
             "Ihre Milchpumpe - Kostenübernahme",
             "Mon, 10 Aug 2026 08:30:00 +0200", text, html=html)
    return m, S, "de", "insurer-to-customer", "breast-pump rental approved: infant's feeding problem after preterm birth, health policy"


def m118():
    body = """Sehr geehrter Herr Wennemann,

anbei die Unterlagen zum Einbruchdiebstahl bei unserer Versicherungsnehmerin
für Ihre Begutachtung vor Ort. Auftrag gemäß Rahmenvereinbarung, Honorar
nach Zeitaufwand.

Mit freundlichen Grüßen
Jonas Pfeiffenberger
Schadenservice Sach
"""
    auftrag = """Auftrag Sachverständiger
Schaden: HR-2026-052240
Vertrag: Hausrat HR 4471-31877
Versicherungsnehmerin: Svenja Marquardt, geb. 30.01.1991
Risikoort: Bergstraße 17, EG rechts, 31134 Hildesheim
Telefon: 05121 9930 417
Schadentag: 08.08.2026, Einbruch über Terrassentür
Fragen: Wiederbeschaffungswerte, Einbruchspuren, Sicherung der Tür
"""
    liste = """Pos;Gegenstand;Kaufdatum;Kaufpreis EUR;Beleg
1;Kinderwagen Kombi (Lumo Terra);11/2025;1049,00;ja
2;Babyschale mit Isofix-Station;12/2025;389,00;ja
3;Laptop (privat);03/2024;1299,00;ja
4;Schmuck (Erbstück Ring);-;ca. 800,00;nein
5;Bargeld Spardose Kinderzimmer;-;ca. 120,00;nein
"""
    z = zip_files([("Auftrag_HR-2026-052240.txt", auftrag.replace("\n", "\r\n").encode("utf-8")),
                   ("Stehlgutliste_HR-2026-052240.csv", csv_bytes(liste, "cp1252"))])
    m = mail("Jonas Pfeiffenberger <jonas.pfeiffenberger@hainbuche-versicherung.example>",
             "Rolf Wennemann <buero@wennemann-gutachten.example>",
             "Auftrag Begutachtung HR-2026-052240",
             "Tue, 11 Aug 2026 13:00:00 +0200", body,
             attachments=[att("HR-2026-052240.zip", z)])
    return m, C, "de", "insurer-to-assessor", "ZIP only: burglary claim with policyholder's birth date, address, phone, stolen items"


def m119():
    html = """<html><body style="font-family:Georgia,serif;max-width:680px;margin:auto">
<h1 style="color:#2e6b3a">Hainbuche Magazin &bdquo;Babyjahre&ldquo; &ndash; Ausgabe Herbst 2026</h1>
<h2>Die U-Untersuchungen im ersten Lebensjahr</h2>
<p>Zehn Vorsorgeuntersuchungen sieht das Kinder-Untersuchungsheft bis zum sechsten Geburtstag vor &ndash;
sechs davon im ersten Lebensjahr. Wir erkl&auml;ren, was bei der U1 bis U6 passiert:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Untersuchung</th><th>Zeitpunkt</th><th>Schwerpunkt</th></tr>
<tr><td>U1</td><td>direkt nach der Geburt</td><td>Apgar-Test, Atmung, Herzschlag</td></tr>
<tr><td>U2</td><td>3.&ndash;10. Lebenstag</td><td>Neugeborenen-Screening, H&uuml;ftultraschall-Termin</td></tr>
<tr><td>U3</td><td>4.&ndash;5. Woche</td><td>H&uuml;ftultraschall, Gewichtszunahme</td></tr>
<tr><td>U4</td><td>3.&ndash;4. Monat</td><td>Beweglichkeit, Impfberatung</td></tr>
<tr><td>U5</td><td>6.&ndash;7. Monat</td><td>Motorik, Sehen, H&ouml;ren</td></tr>
<tr><td>U6</td><td>10.&ndash;12. Monat</td><td>Krabbeln, erste Worte</td></tr>
</table>
<p>Alle U-Untersuchungen sind in unseren Tarifen ohne Selbstbehalt versichert.</p>
<h2>Au&szlig;erdem in diesem Heft</h2>
<ul><li>Schlafen wie ein Baby? Was Hebammen raten</li><li>Elterngeld, Kindergeld, Kinderzuschlag: der &Uuml;berblick</li></ul>
<p style="font-size:11px">Hainbuche Versicherungsgruppe &middot; Abmelden: https://www.hainbuche-versicherung.example/newsletter/abmelden</p>
</body></html>
"""
    m = mail("Hainbuche Magazin <magazin@hainbuche-versicherung.example>",
             "babyjahre-abo@newsletter.hainbuche-versicherung.example",
             "Babyjahre Herbst 2026: Die U-Untersuchungen im ersten Jahr",
             "Tue, 01 Sep 2026 07:00:00 +0200", html=html)
    return m, N, "de", "newsletter", "trap: HTML-only customer magazine on child check-ups, generic"


def m120():
    body = """Sehr geehrte Frau Hollmann,

vielen Dank für Ihren Antrag. Ihre Kinder-Unfallversicherung für Ihre
Tochter Ida ist ab dem 01.09.2026 in Kraft:

Vertrag:            KU 6040-118732
Versicherte Person: Ida Hollmann, geb. 27.02.2026
Versicherungsnehmerin: Tanja Hollmann
Leistungen:         Invaliditätsgrundsumme 150.000 EUR, Progression 350 %
                    Unfallrente ab 50 % Invalidität: 800 EUR/Monat
                    Bergungskosten, kosmetische Operationen bis 20.000 EUR
Monatsbeitrag:      11,90 EUR

Der Beitrag wird von Ihrem Konto bei der Landessparkasse abgebucht
(SEPA-Mandat HB-KU6040-118732-01).

Mit freundlichen Grüßen
Hainbuche Allgemeine Versicherung AG
Vertragsservice Unfall
"""
    m = mail("Vertragsservice Unfall <unfall-service@hainbuche-versicherung.example>",
             "tanja.hollmann@wasserturm-mail.example",
             "Ihre Kinder-Unfallversicherung KU 6040-118732",
             "Mon, 31 Aug 2026 10:10:10 +0200", body)
    return m, S, "de", "insurer-to-customer", "child accident insurance (personal line) for a named newborn with birth date"


def m121():
    body = """Hi Jarno,

as discussed, attached is the mapping table for the coding engine: ICD-10
chapter XV and P-codes to our internal benefit types. Please load it into
the rules repository for the October release. The table contains codes and
our labels only, no patient or claim data.

Two special cases:
- O09.* may never stand alone (supplementary code for gestational age).
- Z37.* (outcome of delivery) is informational only, no benefit type.

Thanks
Hauke
"""
    csv_text = """icd_code;description;benefit_type;requires_review
O00-O08;Pregnancy with abortive outcome;INPATIENT_GYN;no
O10-O16;Oedema, proteinuria and hypertensive disorders;PREGNANCY_COMPLICATION;yes
O21;Excessive vomiting in pregnancy;PREGNANCY_COMPLICATION;no
O24;Diabetes mellitus in pregnancy;PREGNANCY_COMPLICATION;no
O60-O75;Complications of labour and delivery;DELIVERY;no
O80-O82;Delivery;DELIVERY;no
O85-O92;Complications of the puerperium;POSTPARTUM;no
P05-P08;Disorders related to gestation and growth;NEONATOLOGY;yes
P20-P29;Respiratory disorders specific to perinatal period;NEONATOLOGY;yes
N97;Female infertility;ART;yes
N46;Male infertility;ART;yes
"""
    m = mail("Hauke Detmers <hauke.detmers@hainbuche-versicherung.example>",
             "Jarno Virtanen <jarno.virtanen@codelogic-health.example>",
             "Mapping table ICD chapter XV / P-codes for October release",
             "Wed, 02 Sep 2026 14:30:00 +0200", body, cte="7bit",
             attachments=[att("icd_benefit_mapping_2026-10.csv", csv_bytes(csv_text))])
    return m, N, "en", "insurer-to-supplier", "trap: ICD-10 code mapping table for a software vendor, no person"


def m122():
    body = """Hi Nils,

another one from me - not health this time, promise :-)

My client Mr Rasmus Lykke-Andersen (DOB 5 Nov 1986) is moving to Hamburg
with his wife and their two small kids on 1 October. He needs:

- household contents, approx. 110 sqm flat, Eppendorfer Weg 201, 20253
  Hamburg
- family personal liability

He starts as a senior engineer at Vindkraft Nord GmbH, base salary
EUR 96,000 p.a. - the landlord wants proof of liability cover before
signing, so speed would be great.

Bank: DE85 4405 0057 0912 8834 (new German account, already open).

Thanks!
Bas

Bas van Leeuwarden
Leeuwarden Expat Advies B.V.
"""
    m = mail("Nils Osterhagen <nils.osterhagen@hainbuche-versicherung.example>",
             "angebote-sach@hainbuche-versicherung.example",
             "FW: household + liability for Lykke-Andersen",
             "Thu, 03 Sep 2026 09:02:00 +0200", body, cte="7bit")
    return m, C, "en", "broker", "broker data: DOB, salary, address and IBAN for household/liability; no health"


def m123():
    body = """Sehr geehrte Frau Solberg-Maas,
dear Ms Solberg-Maas,

vielen Dank für Ihren Antrag auf Krankenvollversicherung ab 01.08.2026.
Thank you for your application for comprehensive health insurance from
1 August 2026.

Wir können Ihren Antrag annehmen / We can accept your application:

- Tarif / plan: KV-Premium 1, Selbstbehalt / deductible EUR 600
- Ihre bestehende Schwangerschaft (Entbindungstermin 28.10.2026) ist
  versichert; die Wartezeit für die Entbindung entfällt wegen Ihrer
  nahtlosen Vorversicherung in Norwegen.
  Your current pregnancy (due date 28 October 2026) is covered; the waiting
  period for delivery is waived because of your continuous prior cover in
  Norway.
- Wegen der Hashimoto-Thyreoiditis erheben wir einen Risikozuschlag von
  8 % / Because of Hashimoto's thyroiditis we apply a loading of 8%.

Monatsbeitrag / monthly premium: 612,34 EUR (inkl. Zuschlag)
Antragsnummer / application no.: KV-A-2026-11873

Ihr Kind können Sie nach der Geburt ohne Gesundheitsprüfung anmelden. /
You can add your baby after birth without health questions.

Mit freundlichen Grüßen / Kind regards
Felix Adebayo
Risikoprüfung / Underwriting
"""
    m = mail("Felix Adebayo <felix.adebayo@hainbuche-versicherung.example>",
             "Ingrid Solberg-Maas <ingrid.solberg@fjellpost.example>",
             "Ihr Antrag / your application KV-A-2026-11873",
             "Fri, 19 Jun 2026 11:40:00 +0200", body,
             cc="Bas van Leeuwarden <bas@leeuwarden-expat-advies.example>")
    return m, S, "mixed", "insurer-to-applicant", "bilingual underwriting decision: pregnancy with due date, Hashimoto loading"


def m124():
    body = """Liebe Kolleginnen und Kollegen,

für unsere Fallsammlung hier die Zusammenfassung einer aktuellen
Entscheidung des Ombudsmanns PKV (anonymisiert, Aktenzeichen von uns
entfernt):

Sachverhalt: Eine Versicherte Anfang 40 beantragte einen vierten
IVF-Zyklus. Der Versicherer lehnte ab, weil die Erfolgsaussicht unter 15 %
liege. Die Beschwerdeführerin legte ein Privatgutachten vor, das bei
geändertem Protokoll eine höhere Chance sah.

Entscheidung: Der Ombudsmann hielt die Ablehnung für vertretbar, weil das
Gutachten keine patientinnenbezogenen Daten, sondern nur Literaturwerte
enthielt. Er empfahl aber, künftig die konkrete Berechnung der
Erfolgsaussicht im Ablehnungsschreiben offenzulegen.

Konsequenz für uns: Textbaustein KW-ABL-04 wird entsprechend ergänzt
(Holtorf/Kröger, bis 30.09.).

Viele Grüße
Gesa Holtorf
"""
    m = mail("Gesa Holtorf <gesa.holtorf@hainbuche-versicherung.example>",
             "team-leistung-kranken@hainbuche-versicherung.example",
             "Fallsammlung: Ombudsmann zu IVF-Erfolgsaussicht (anonymisiert)",
             "Mon, 07 Sep 2026 10:00:00 +0200", body)
    return m, N, "de", "internal", "trap: anonymised ombudsman decision on IVF, no identifiable person"


def m125():
    body = """Sehr geehrter Herr Bartels-Ndiaye,

für Ihre Wohngebäudeversicherung ergibt sich nach der Umstellung auf den
neuen Tarif eine Beitragsgutschrift:

Vertrag:          WG 4410-81920
Versichertes Objekt: Zum Sportplatz 6, 27711 Osterholz-Scharmbeck
Gutschrift:       187,45 EUR
Überweisung an:   DE68 4306 0967 0118 8345 (Kontoinhaber Lamine Bartels-Ndiaye)
Valuta:           ca. 15.09.2026

Mit freundlichen Grüßen
Hainbuche Allgemeine Versicherung AG
Beitragsservice
"""
    m = mail("Beitragsservice <beitragsservice@hainbuche-versicherung.example>",
             "lamine.bn@moorpost.example",
             "Beitragsgutschrift WG 4410-81920",
             "Thu, 10 Sep 2026 08:00:00 +0200", body, cte="base64")
    return m, C, "de", "insurer-to-customer", "base64 body: buildings policy refund with insured address and IBAN"


def m126():
    body = """Hallo Herr Kolbe,

bitte liefern Sie für die Abteilung Leistung KV (3. OG) folgende Artikel:

- 20 Pakete Kopierpapier A4, 80 g
- 10 Ordner breit, grün
- 5 Schachteln Heftklammern 24/6
- 2 Whiteboard-Marker-Sets
- 1 Tischlocher bis 40 Blatt

Kostenstelle 4120, Bestellnummer 4500-8233. Lieferung bitte bis Ende der
Woche an die Poststelle.

Danke und Gruß
Gero Hinrichs
Einkauf
"""
    m = mail("Gero Hinrichs <gero.hinrichs@hainbuche-versicherung.example>",
             "bestellung@buerobedarf-kolbe.example",
             "Bestellung 4500-8233 Büromaterial",
             "Fri, 11 Sep 2026 09:45:00 +0200", body)
    return m, N, "de", "insurer-to-supplier", "office supplies order"


def m127():
    body = """Sehr geehrter Herr Hollmann,

Sie haben Ihre Tochter Ida (geb. 27.02.2026) am 14.08.2026 zur
Krankenversicherung angemeldet. Leider lag die Anmeldung außerhalb der
Frist von zwei Monaten nach der Geburt, sodass wir eine Gesundheitsprüfung
durchführen mussten.

Aus dem Bericht der Kinderkardiologie des Ev. Krankenhauses Lindenau geht
ein Vorhofseptumdefekt vom Sekundum-Typ (Q21.1) hervor, der derzeit
kontrolliert und möglicherweise im Kleinkindalter per Katheter
verschlossen wird.

Wir können Ida versichern, allerdings
- mit einem Risikozuschlag von 35 % auf den Tarifbeitrag, oder
- ohne Zuschlag, aber mit Leistungsausschluss für Behandlungen des
  Herzfehlers.

Bitte teilen Sie uns innerhalb von 4 Wochen mit, welche Variante Sie
wählen. Der Zuschlag kann auf Antrag überprüft werden, sobald der Defekt
verschlossen ist.

Versicherungsnummer Elternteil: KV 4390-017722

Mit freundlichen Grüßen
Felix Adebayo
Risikoprüfung Kranken
"""
    m = mail("Felix Adebayo <felix.adebayo@hainbuche-versicherung.example>",
             "erik.hollmann@wasserturm-mail.example",
             "Anmeldung Ihrer Tochter Ida zur Krankenversicherung",
             "Mon, 14 Sep 2026 11:30:00 +0200", body)
    return m, S, "de", "insurer-to-customer", "late newborn enrolment: infant's atrial septal defect Q21.1, loading or exclusion"


def m128():
    body = """Thank you for your email.

I am on parental leave until 31 January 2027 and will not be reading my
emails. Your message has not been forwarded.

For international health claims, please contact
globalhealth-claims@hainbuche-versicherung.example or call
+49 421 5598-3300.

Best regards
Mikkel Thorsen
"""
    m = mail("Mikkel Thorsen <mikkel.thorsen@hainbuche-versicherung.example>",
             "Henrik Sjöberg <henrik.sjoberg@nordre-re.example>",
             "Automatic reply: Q3 bordereaux",
             "Tue, 15 Sep 2026 16:44:00 +0200", body, cte="7bit",
             headers=[("Auto-Submitted", "auto-replied")])
    return m, N, "en", "internal", "trap: out-of-office 'on parental leave', no health data"


def m129():
    body = """Guten Tag Frau Scholz-Ibrahim,

leider wurde Ihr Fahrradanhänger (Croozer Kid Plus for 2) in der Nacht auf
den 12.09.2026 vor Ihrem Haus gestohlen. Das tut uns leid.

Über Ihre Hausratversicherung mit Baustein Fahrrad ist der Anhänger
versichert, weil er mit einem Rahmenschloss am Fahrradständer
angeschlossen war:

Neuwert laut Beleg (06/2024):     899,00 EUR
Entschädigung (Neuwert):          899,00 EUR
Selbstbeteiligung:                150,00 EUR
Auszahlung:                       749,00 EUR

Vertrag: HR 2209-51186
Schaden: HR-2026-063344
Anschrift: Ostertorsteinweg 88, 28203 Bremen

Die Auszahlung erfolgt auf Ihr bekanntes Konto.

Mit freundlichen Grüßen
Jonas Pfeiffenberger
Schadenservice Sach
"""
    m = mail("Jonas Pfeiffenberger <jonas.pfeiffenberger@hainbuche-versicherung.example>",
             "h.scholz-ibrahim@viertelpost.example",
             "Ihr Schaden HR-2026-063344 - Fahrradanhänger",
             "Thu, 17 Sep 2026 13:30:00 +0200", body)
    return m, C, "de", "insurer-to-customer", "household/bicycle claim: named customer, address, policy and claim number"


def m130():
    body = """Liebe Maklerpartnerinnen und Maklerpartner,

ein paar Zahlen für Ihre Beratungsgespräche zum Thema Familie:

• In Deutschland kamen 2025 rund 670.000 Kinder zur Welt, etwa 3 % weniger
  als im Vorjahr.
• Das Durchschnittsalter der Mütter bei der ersten Geburt liegt bei
  30,4 Jahren.
• Knapp ein Drittel der Kinder wird per Kaiserschnitt geboren.
• Etwa jedes 40. Kind ist nach einer Kinderwunschbehandlung entstanden.
• Rund 8 % der Kinder kommen vor der 37. Schwangerschaftswoche zur Welt.

Was heißt das für die Absicherung? Eltern sollten früh an die
Kindernachversicherung (2-Monats-Frist!), eine Kinder-Unfallversicherung
und die Anpassung der Risikolebensversicherung denken. Unsere
Beratungshilfe „Familie im Blick" finden Sie im Maklerportal.

Ihr Maklerservice der Hainbuche
(Quellen: amtliche Statistik, Deutsches IVF-Register; gerundet)
"""
    m = mail("Maklerservice Hainbuche <makler@hainbuche-versicherung.example>",
             "maklerverteiler@verteiler.hainbuche-versicherung.example",
             "Zahlen & Fakten: Geburten in Deutschland",
             "Mon, 21 Sep 2026 07:30:00 +0200", body)
    return m, N, "de", "insurer-to-broker", "trap: national birth, C-section, IVF and preterm statistics for brokers"


def m131():
    body = """Release notes - Member Portal 5.8 (go-live 29 September 2026)

New
- Maternity claims: members can now upload a birth certificate directly
  from the claim screen to add a newborn; the two-month deadline is shown
  as a countdown.
- Hospital invoices (incl. NICU) can be submitted as one bundle of up to
  30 files.
- Fertility treatment: cost-approval requests show their status
  (received / medical review / decided).

Fixed
- TIFF scans over 10 MB were rejected (ticket INC-2026-091204).
- German umlauts in file names broke the upload preview.

Known issues
- The status "medical review" is not yet shown in the app, only on the web.

All screenshots in the attached guide use the synthetic test member
"Jane Sample (fictitious)".

IT Product Team Portal
"""
    m = mail("Portal Product Team <portal-team@hainbuche-versicherung.example>",
             "release-info@hainbuche-versicherung.example",
             "Release notes Member Portal 5.8",
             "Fri, 25 Sep 2026 15:00:00 +0200", body, cte="7bit")
    return m, N, "en", "internal", "trap: portal release notes on maternity/NICU/fertility features, synthetic member only"


def m132():
    body = """Dear Ms Delacroix-Hahn,

thank you for your report. We're glad to read that nobody was hurt when
the other driver reversed into your parked car at the Weserpark car park
on 19 September.

As the other driver is insured with us under a motor liability policy,
we'll settle your damage directly:

  Repair of rear door and bumper (Autohaus Behrens estimate)  EUR 2,184.60
  Replacement of child seat (manufacturer recommends
  replacement after any collision), receipt required         EUR   329.00
  Loss of use, 4 days                                         EUR   172.00
  --------------------------------------------------------------------------
  Total                                                       EUR 2,685.60

Your vehicle: HB-CD 6120, Mazda CX-5
Claim number: KH-2026-019922 (third-party claim)

Please send us the child seat receipt; the rest will be paid to the
account you provided on the claim form.

Kind regards
Serkan Yıldız
Motor Claims
Hainbuche Allgemeine Versicherung AG
"""
    m = mail("Serkan Yıldız <serkan.yildiz@hainbuche-versicherung.example>",
             "Camille Delacroix-Hahn <camille.dh@flussmail.example>",
             "Your third-party claim KH-2026-019922",
             "Tue, 29 Sep 2026 10:20:00 +0200", body)
    return m, C, "en", "insurer-to-customer", "motor third-party claim, nobody hurt: named claimant, plate, claim number"


def m133():
    body = """Minutes - Global Health product team, 30 September 2026

Present: Priya Raman, Mikkel Thorsen (dialled in from leave for item 1 at
his own request), Sabine Kröger, Benedikt Aurich

1. Maternity module repricing (area 1/2)
   - Average maternity claim area 2 grew 9% (mostly UAE and Singapore).
   - Proposal: increase the module premium by 7%, keep the 10-month waiting
     period, raise the delivery limit from EUR 12,000 to EUR 14,000.
   - NICU remains under the inpatient module without separate limit.
   Decision: accepted, effective 1 January 2027.

2. Fertility add-on for corporate groups
   - Three corporate clients asked for IVF cover for employees abroad.
   - Sabine to draft a group-only add-on (2 cycles, age limit 42).

3. Surrogacy exclusion wording
   - Legal asked to clarify that complications of the surrogate are not
     covered. Benedikt to update GH-AVB section 5.3.

Next meeting: 28 October.
"""
    m = mail("Benedikt Aurich <benedikt.aurich@hainbuche-versicherung.example>",
             "gh-product-team@hainbuche-versicherung.example",
             "Minutes GH product team 30/09",
             "Wed, 30 Sep 2026 17:00:00 +0200", body)
    return m, N, "en", "internal", "trap: product minutes on maternity module pricing, IVF add-on, surrogacy wording"


def m134():
    body = """Hallo Miriam,

die Antwort der Hebamme zur Rechnung Tiedemann ist gekommen, siehe unten.
Aus meiner Sicht können wir damit alle 26 Besuche anerkennen, Pos. 2300
einmal streichen. Machst du die Abrechnung?

Hauke

---------- Weitergeleitete Nachricht ----------
Von: Lotte Krause <info@hebammenpraxis-lotte.example>
Datum: Mo., 27. Apr. 2026, 21:14
Betreff: AW: Rückfrage Rechnung 2026-0318 - Versicherte J. Tiedemann
An: Miriam Okonkwo-Brandt <miriam.okonkwo-brandt@hainbuche-versicherung.example>

Liebe Frau Okonkwo-Brandt,

Frau Tiedemann hatte nach der Sectio eine Wundheilungsstörung mit
Serom und ab der dritten Woche zusätzlich eine Mastitis rechts. Die
zusätzlichen Besuche hat Dr. Faltermeier am 06.03. angeordnet, die
Anordnung hänge ich als Foto an.

Bei der Stillberatung am 04.03. haben Sie recht, das war ein
Übertragungsfehler, bitte einmal streichen.

Herzliche Grüße
Lotte Krause
Hebamme
"""
    m = mail("Hauke Detmers <hauke.detmers@hainbuche-versicherung.example>",
             "Miriam Okonkwo-Brandt <miriam.okonkwo-brandt@hainbuche-versicherung.example>",
             "WG: AW: Rückfrage Rechnung 2026-0318 - Versicherte J. Tiedemann",
             "Tue, 28 Apr 2026 08:30:00 +0200", body, cte="8bit")
    return m, S, "de", "midwife", "inline-forwarded midwife reply: post-C-section seroma, mastitis, doctor's order"


def m135():
    body = """Sehr geehrte Frau Grunewald,

anbei unsere Bestätigung zu Ihrer Kündigung.

Mit freundlichen Grüßen
Ihr Kundenservice der Hainbuche
"""
    letter = odt([
        "Hainbuche Allgemeine Versicherung AG · Kundenservice Sach",
        "Frau Theresa Grunewald, Am Schwarzen Meer 41, 28205 Bremen",
        "Bremen, 01.10.2026",
        "Kündigung Ihrer Hausratversicherung HR 3301-99745",
        "Sehr geehrte Frau Grunewald,",
        "wir bestätigen die Kündigung Ihrer Hausratversicherung wegen Ihres Umzugs nach Graz zum 31.10.2026.",
        "Den zu viel gezahlten Beitrag von 48,70 EUR erstatten wir auf Ihr Konto AT31 1200 0520 6613 4872.",
        "Wir wünschen Ihnen und Ihrer Familie einen guten Start in Österreich.",
        "Mit freundlichen Grüßen",
        "Dörte Gansäuer",
    ])
    m = mail("Kundenservice Sach <kundenservice@hainbuche-versicherung.example>",
             "theresa.grunewald@steirerpost.example",
             "Ihre Kündigung",
             "Thu, 01 Oct 2026 11:00:00 +0200", body,
             attachments=[att("Kuendigungsbestaetigung_HR_3301-99745.odt", letter)])
    return m, C, "de", "insurer-to-customer", "ODT only: household policy cancellation with address and Austrian IBAN"


def m136():
    body = """Hallo zusammen,

kurze Info für alle im Erdgeschoss Ost: In der Kinderarztpraxis Dr. Behnke
(unser Mieter im EG, Eingang Seitenstraße) ist heute Nacht ein
Heizungsrohr im Wartezimmer undicht geworden. Die Praxis bleibt heute
geschlossen; unser Haustechniker und die Trocknungsfirma sind vor Ort.

Für uns bedeutet das:
- Der Flur EG Ost ist bis voraussichtlich Mittwoch teilweise gesperrt.
- Im Serverraum EG.07 ist nichts passiert, die IT hat geprüft.
- Bitte nutzt den Haupteingang.

Der Schaden läuft über die Gebäudeversicherung des Hauses, Ansprechpartner
ist Gero Hinrichs.

Viele Grüße
Facility Management
"""
    m = mail("Facility Management <facility@hainbuche-versicherung.example>",
             "standort-bremen@hainbuche-versicherung.example",
             "Wasserschaden Kinderarztpraxis EG Ost - Flur teilweise gesperrt",
             "Mon, 05 Oct 2026 07:40:00 +0200", body)
    return m, N, "de", "internal", "trap: water damage in a paediatric practice in the insurer's building, no patients"


def m137():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Ms Achterberg,</p>
<p>here is your premium invoice for the family travel cover (cancellation and baggage only;
medical cover is provided by your Global Health plan).</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Insured person</th><th>Date of birth</th><th>Cover</th><th>Premium</th></tr>
<tr><td>Daniel Achterberg</td><td>22/08/1985</td><td>Cancellation + baggage</td><td>EUR 94.00</td></tr>
<tr><td>Farah Achterberg</td><td>03/01/1988</td><td>Cancellation + baggage</td><td>EUR 94.00</td></tr>
<tr><td>Zayn Achterberg</td><td>14/04/2026</td><td>Cancellation + baggage</td><td>EUR 0.00</td></tr>
<tr><td colspan="3"><b>Total (policy RF-JAHR 2026-209930)</b></td><td><b>EUR 188.00</b></td></tr>
</table>
<p>Payment is due by 1 November 2026.</p>
<p>Kind regards<br>Travel Service, Hainbuche Allgemeine Versicherung AG</p>
</body></html>
"""
    m = mail("Travel Service <reise@hainbuche-versicherung.example>",
             "farah.achterberg@gulfnet.example",
             "Premium invoice RF-JAHR 2026-209930",
             "Tue, 06 Oct 2026 09:00:00 +0200", html=html)
    return m, C, "en", "insurer-to-customer", "HTML-only table: travel (non-medical) policy with family birth dates and premiums"


def m138():
    body = """Hi everyone,

as some of you know, Henrik from Nordre Re is retiring at the end of the
year. We'd like to take him out for lunch after the treaty meeting on
10 December - Ratskeller, 12:30, table for 8 is booked.

Please let me know by 1 December whether you can join. The company covers
it, so no need to bring cash.

Cheers
Ruth
"""
    m = mail("Ruth Albers <ruth.albers@hainbuche-versicherung.example>",
             "reinsurance-team@hainbuche-versicherung.example",
             "Farewell lunch for Henrik, 10 Dec",
             "Mon, 23 Nov 2026 12:00:00 +0100", body, cte="7bit")
    return m, N, "en", "internal", "farewell lunch invitation"


def m139():
    body = """Sehr geehrte Damen und Herren,

für die Gruppen-Dienstreiseversicherung (Reiserücktritt und Gepäck) unter
dem Rahmenvertrag GR-DR 2024-0077 senden wir Ihnen die aktualisierte
Teilnehmerliste zum 01.11.2026 als ZIP-Datei.

Zwei Mitarbeiterinnen sind wegen Elternzeit vorübergehend abgemeldet, ein
Mitarbeiter ist neu hinzugekommen.

Mit freundlichen Grüßen
Renate Höltgebaum
Personalabteilung
Holzbau Vorwerk GmbH & Co. KG
"""
    liste = """Personalnr;Name;Vorname;Geburtsdatum;Status;gueltig ab
0447;Çelik;Melek;08.08.1990;abgemeldet (Elternzeit);01.06.2026
0512;Brand;Sören;14.02.1983;aktiv;01.01.2024
0533;Wiechmann;Tessa;29.11.1994;abgemeldet (Elternzeit);01.10.2026
0561;Nikolić;Dragan;03.05.1979;aktiv;01.01.2024
0602;Ahlers;Jannik;21.07.1997;neu;01.11.2026
"""
    z = zip_files([("Teilnehmer_GR-DR_2024-0077_2026-11.csv", csv_bytes(liste))])
    m = mail("Nils Osterhagen <nils.osterhagen@hainbuche-versicherung.example>",
             "firmen-reise@hainbuche-versicherung.example",
             "WG: Teilnehmerliste Dienstreiseversicherung Holzbau Vorwerk",
             "Wed, 14 Oct 2026 09:10:00 +0200", body,
             attachments=[att("Teilnehmer_2026-11.zip", z)])
    return m, C, "de", "company", "ZIP/CSV: employees' birth dates for group travel (non-medical) cover, parental-leave status"


def m140():
    body = """Liebe Kolleginnen und Kollegen im Kundenservice,

ab 01.11. startet unser Gesundheitstelefon „Babyzeit": Drei Hebammen und
eine Kinderkrankenpflegerin beraten Versicherte rund um Schwangerschaft,
Geburt und die ersten Lebensmonate – Montag bis Freitag 8–20 Uhr,
Samstag 9–14 Uhr.

Was heißt das für euch?
- Medizinische Fragen (z. B. „Ist das Fieber bei meinem Baby normal?")
  bitte nicht selbst beantworten, sondern an „Babyzeit" durchstellen:
  Durchwahl 5598-5050.
- Vertrags- und Abrechnungsfragen bleiben bei euch.
- „Babyzeit" dokumentiert getrennt von den Leistungsakten; ihr habt
  keinen Zugriff auf die Gesprächsnotizen, und das ist so gewollt.

Eine kurze Schulung (30 Min.) findet am 27.10. um 14 Uhr in Teams statt.

Viele Grüße
Sabine Kröger
Produktmanagement Kranken
"""
    m = mail("Sabine Kröger <sabine.kroeger@hainbuche-versicherung.example>",
             "kundenservice-team@hainbuche-versicherung.example",
             "Start Gesundheitstelefon „Babyzeit\" am 01.11.",
             "Mon, 19 Oct 2026 10:30:00 +0200", body)
    return m, N, "de", "internal", "trap: internal launch of midwife hotline, generic example question"


def m141():
    body = """Dear colleagues,

this short guide is for managers in our international teams who are not
familiar with German maternity protection rules. It is general
information; please do not discuss individual cases by email.

- When an employee tells you she is pregnant, HR carries out a workplace
  risk assessment. Office work is usually fine; late evening work after
  8 pm needs approval from the authority.
- An "employment ban" (Beschäftigungsverbot) can be issued by a doctor if
  work endangers mother or child. The employee keeps her full salary; the
  company is reimbursed by the statutory fund (U2 scheme).
- Protection period: 6 weeks before the due date and 8 weeks after birth.
- The information that someone is pregnant is health data. Share it only
  with those who need it (HR, direct manager), and only with her consent
  before she announces it herself.

Questions: hr-international@hainbuche-versicherung.example

Lea Marschall
HR Business Partner
"""
    m = mail("Lea Marschall <lea.marschall@hainbuche-versicherung.example>",
             "managers-international@hainbuche-versicherung.example",
             "Guide: maternity protection in Germany for managers",
             "Wed, 21 Oct 2026 09:00:00 +0200", body)
    return m, N, "en", "internal", "trap: general HR guide on maternity protection, no person"


def m142():
    body = """Dear Ms Haddad,

as requested for your residence permit appointment, we confirm the
following:

Ms Rania Haddad, born 11 March 1994, and her daughter Lina Haddad, born
2 September 2026, both resident at Vahrer Straße 230, 28329 Bremen, are
insured with us under

  - home contents insurance HR 6602-02218 (since 1 May 2025)
  - personal liability insurance PHV-7730-126604 (family, since 1 May 2025)

Premiums are paid up to 31 December 2026.

Please note that this confirmation does not concern health insurance; for
the immigration office you will need a separate certificate from your
health insurer.

Kind regards
Dörte Gansäuer
Customer Service
"""
    m = mail("Dörte Gansäuer <doerte.gansaeuer@hainbuche-versicherung.example>",
             "rania.haddad@postbox-bremen.example",
             "Confirmation of insurance for your appointment",
             "Fri, 23 Oct 2026 14:00:00 +0200", body)
    return m, C, "en", "insurer-to-customer", "insurance confirmation (property/liability) with birth dates incl. newborn and address"


def m143():
    body = """Dear Ms Okoro,

thank you for your questions for your article on fertility benefits in
private health insurance. Our answers:

1. Is there an age limit? - There is no fixed age limit in our tariffs.
   We assess whether a treatment cycle has a reasonable chance of success
   (at least 15% per cycle), which in practice becomes difficult beyond
   the early forties.
2. Do you cover unmarried couples? - Yes, since 1 July 2026.
3. Same-sex couples? - Treatment of an insured person with a diagnosed
   fertility disorder is covered regardless of the partner's gender; donor
   sperm costs are not covered.
4. How many people used the benefit last year? - In 2025, about 1,300
   insured persons received fertility benefits from us.

Please quote me as "Sabine Kröger, product manager health at Hainbuche".
We'd appreciate seeing the quotes before publication.

Kind regards
Carla Jüttner
Corporate Communications
"""
    m = mail("Carla Jüttner <carla.juettner@hainbuche-versicherung.example>",
             "Ngozi Okoro <n.okoro@health-economy-weekly.example>",
             "Your questions on fertility benefits",
             "Mon, 26 Oct 2026 16:00:00 +0100", body)
    return m, N, "en", "insurer-to-partner", "trap: press answer on IVF age limits and aggregate numbers, no person"


def m144():
    body = """Sehr geehrter Herr Evers,

Ihr Nachbar, Herr Klaus Dittmer, hat uns den Schaden an seinem Auto
gemeldet: Ihr Sohn (3 Jahre) ist am 24.10.2026 mit seinem Bobbycar gegen
die Fahrertür des geparkten Fahrzeugs gefahren und hat dabei einen
Kratzer im Lack verursacht. Verletzt wurde niemand.

Bei Kindern unter 7 Jahren besteht grundsätzlich keine gesetzliche
Haftung. Ihr Vertrag enthält jedoch den Baustein „deliktunfähige Kinder"
bis 15.000 EUR, sodass wir den Schaden aus Kulanz übernehmen:

Vertrag:      PHV-7730-103772
Schaden:      PH-2026-044190
Geschädigter: Klaus Dittmer, Am Ginsterberg 12, 27721 Ritterhude
Betrag:       Smart-Repair laut Kostenvoranschlag 412,00 EUR

Wir regulieren direkt mit Herrn Dittmer.

Mit freundlichen Grüßen
Ilka Brüggemann
Haftpflicht-Schaden
"""
    m = mail("Ilka Brüggemann <ilka.brueggemann@hainbuche-versicherung.example>",
             "marten.evers@ritterhude-net.example",
             "Schaden PH-2026-044190 - Ihr Nachbar Herr Dittmer",
             "Wed, 28 Oct 2026 11:15:00 +0100", body)
    return m, C, "de", "insurer-to-customer", "liability claim (child damaged neighbour's car, nobody hurt), names and addresses"


def m145():
    body = """Hi all,

from 2 November the underground car park allocation changes:

- Levels -1 and -2: reserved spaces as before
- Level -3: first come, first served; 6 new EV charging points (rows F/G)
- 4 family parking spaces near the lift (level -1, row A) for colleagues
  who bring small children to the company daycare - just register your
  plate at facility@.

Please remove cars from level -3 on Saturday 31 October for line painting.

Facility Management
"""
    m = mail("Facility Management <facility@hainbuche-versicherung.example>",
             "standort-bremen@hainbuche-versicherung.example",
             "Car park: new allocation from 2 November",
             "Thu, 29 Oct 2026 08:00:00 +0100", body, cte="7bit")
    return m, N, "en", "internal", "car park allocation notice"


def m146():
    body = """Sehr geehrte Frau Wojciechowska,

zu Ihrer Reiserücktrittsmeldung für die Kreuzfahrt ab Hamburg am
14.11.2026 (Buchung MS-77281, Vertrag RR-EINZEL 2026-131840) teilen wir
Ihnen Folgendes mit:

Eine Schwangerschaft allein ist kein versichertes Rücktrittsereignis.
Ihre Frauenärztin hat jedoch am 02.11.2026 bescheinigt, dass bei Ihnen
wegen vorzeitiger Wehen und verkürzter Zervix (O60.0, 27. SSW) eine
Reiseunfähigkeit und strenge Schonung besteht. Das ist eine unerwartete
schwere Erkrankung im Sinne der Bedingungen.

Wir erstatten daher die Stornokosten für Sie und Ihren mitversicherten
Ehemann:
  Stornogebühr Reederei (60 %):   2.574,00 EUR
  Selbstbehalt (20 %):             -514,80 EUR
  Erstattung:                     2.059,20 EUR

Wir wünschen Ihnen alles Gute für die restliche Schwangerschaft.

Mit freundlichen Grüßen
Jonas Pfeiffenberger
Reise-Schaden
"""
    m = mail("Jonas Pfeiffenberger <jonas.pfeiffenberger@hainbuche-versicherung.example>",
             "Zofia Wojciechowska <zofia.w@baltykmail.example>",
             "Ihre Reiserücktrittsmeldung MS-77281",
             "Thu, 05 Nov 2026 10:45:00 +0100", body, charset="windows-1252")
    return m, S, "de", "insurer-to-customer", "windows-1252: travel cancellation due to preterm labour O60.0 in week 27"


def m147():
    body = """Hi Priya,

here is the English template for the "newborn added" confirmation as
agreed. Square brackets are merge fields filled by the correspondence
system; please check the wording before I hand it to IT.

------------------------------------------------------------------
Dear [Salutation] [Member last name],

congratulations on the birth of [Child first name]! We have added
[him/her/them] to your [Plan name] plan with effect from [Date of birth].

Member number: [Child member no.]
Monthly premium: [Premium] [Currency]

As you registered [Child first name] within [30 days / 2 months] of
birth, no health questions were necessary and cover includes any
conditions present at birth.

Kind regards
[Case handler name]
------------------------------------------------------------------

Benedikt
"""
    m = mail("Benedikt Aurich <benedikt.aurich@hainbuche-versicherung.example>",
             "Priya Raman <priya.raman@hainbuche-versicherung.example>",
             "Template: newborn added confirmation (EN)",
             "Mon, 09 Nov 2026 11:00:00 +0100", body, cte="7bit")
    return m, N, "en", "internal", "trap: newborn-confirmation letter template with [merge fields]"


def m148():
    body = """Hallo Tobias,

kannst du das bitte im Bestand ändern? Der Kunde schreibt auf Englisch,
Adresse und Konto für Hausrat und Haftpflicht. Ich bin ab morgen im
Urlaub.

Danke!
Dörte

---------- Forwarded message ---------
From: Thomas Hargreaves <t.hargreaves@mailpoint.example>
Date: Tue, 10 Nov 2026 at 19:02
Subject: new bank account
To: kundenservice@hainbuche-versicherung.example

Hello,

please collect the premiums for HR 6602-00871 and my liability policy
PHV-7730-117045 from our new joint account from December:

Account holder: Thomas and Amelia Hargreaves
IBAN: DE03 1002 0010 0440 0917

Also, please note my new mobile number: 0157 4410 2283.

Thanks and best regards,
Tom Hargreaves
Parkallee 61, 28209 Bremen
"""
    m = mail("Dörte Gansäuer <doerte.gansaeuer@hainbuche-versicherung.example>",
             "Tobias Reiniger <tobias.reiniger@hainbuche-versicherung.example>",
             "WG: new bank account (Hargreaves)",
             "Wed, 11 Nov 2026 08:20:00 +0100", body)
    return m, C, "mixed", "customer", "German note plus forwarded English customer mail: IBAN, policy numbers, address, phone"


def m149():
    body = """Liebe Kolleginnen und Kollegen, dear colleagues,

der Stillraum im 3. OG (Raum 3.15) kann ab sofort über den Raumkalender
gebucht werden. Die Buchung erscheint im Kalender nur als „belegt", ohne
Namen.
The lactation room on floor 3 (room 3.15) can now be booked via the room
calendar. Bookings only show as "busy", without names.

Ausstattung / equipment: Stillsessel, Kühlschrank, Waschbecken,
abschließbarer Schrank / nursing chair, fridge, sink, lockable cupboard.

Bitte den Kühlschrank freitags leeren. / Please empty the fridge on
Fridays.

Facility Management
"""
    m = mail("Facility Management <facility@hainbuche-versicherung.example>",
             "standort-bremen@hainbuche-versicherung.example",
             "Stillraum 3.15 buchbar / lactation room can be booked",
             "Thu, 12 Nov 2026 09:30:00 +0100", body)
    return m, N, "mixed", "internal", "trap: bilingual facility notice about lactation room, no person"


def m150():
    body = """Sehr geehrter Herr Kowalczyk,

für Ihre Krankenversicherung sind derzeit Beiträge offen:

Versicherungsnummer: KV 4471-228190
Versicherte Personen: Sebastian, Marta, Leon und Emil Kowalczyk
Rückstand: September bis November 2026, 3 x 1.084,62 EUR = 3.253,86 EUR

Wir wissen, dass Ihre Familie ein schwieriges Jahr hatte. Deshalb möchten
wir Ihnen eine Ratenzahlung anbieten: 6 Monatsraten à 542,31 EUR
zusätzlich zum laufenden Beitrag, ohne Säumniszuschläge.

Wenn Sie einverstanden sind, antworten Sie einfach auf diese E-Mail. Falls
sich Ihr Einkommen während der Elternzeit verringert hat, können wir auch
über einen Tarifwechsel mit höherem Selbstbehalt sprechen.

Bitte melden Sie sich bis 30.11.2026, damit wir kein gesetzliches
Mahnverfahren einleiten müssen.

Mit freundlichen Grüßen
Tobias Reiniger
Beitragsservice Kranken
"""
    m = mail("Tobias Reiniger <tobias.reiniger@hainbuche-versicherung.example>",
             "Sebastian Kowalczyk <s.kowalczyk@familiennetz.example>",
             "Ihre Beiträge - KV 4471-228190",
             "Mon, 16 Nov 2026 10:00:00 +0100", body)
    return m, S, "de", "insurer-to-customer", "premium arrears in health insurance for named family (personal line), no medical word"



# ---------------------------------------------------------------- driver

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b")
INTENTIONALLY_INVALID_IBANS = {"DE44210501203478125"}


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def all_mails():
    fns = [globals()["m%03d" % i] for i in range(1, 151) if ("m%03d" % i) in globals()]
    return fns


def build():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = ["file\tlabel\tlang\tkind\treason"]
    for fn in all_mails():
        n = int(fn.__name__[1:])
        m, label, lang, kind, reason = fn()
        if "Message-ID" not in m:
            h = hashlib.sha1(("%d-%d-mid" % (SEED, n)).encode()).hexdigest()[:20]
            m["Message-ID"] = "<%s.%04d@%s>" % (h, n, DOM)
        _fix_boundaries(m, n)
        name = "d%s-%04d.eml" % (NN, n)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(m.as_bytes(policy=policy.SMTP))
        assert "\t" not in reason and "\n" not in reason
        rows.append("\t".join([name, label, lang, kind, reason]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d mails" % (len(rows) - 1))


def _texts(msg, out, names):
    """Collect decoded text of all parts, descending into rfc822 and ZIP/office files."""
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue  # walk() already descends into the inner message
        fn = part.get_filename()
        if fn:
            names.append(fn)
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        else:
            data = part.get_payload(decode=True)
            out.append(_file_text(fn or "", data, names))


def _file_text(fn, data, names):
    low = fn.lower()
    if low.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    if low.endswith((".xlsx", ".docx", ".ods", ".odt", ".zip")):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, fn
        if low.endswith(".zip"):
            parts = []
            for info in z.infolist():
                names.append(info.filename)
                inner = z.read(info.filename)
                if info.filename.lower().endswith((".csv", ".txt", ".ics")):
                    for enc in ("utf-8", "cp1252"):
                        try:
                            parts.append(inner.decode(enc))
                            break
                        except UnicodeDecodeError:
                            pass
                else:
                    parts.append(_file_text(info.filename, inner, names))
            return "\n".join(parts)
        if low.endswith(".xlsx"):
            try:
                import openpyxl
                wb = openpyxl.load_workbook(io.BytesIO(data))
                return "\n".join(" ".join(str(c) for c in row if c is not None)
                                 for ws in wb for row in ws.iter_rows(values_only=True))
            except ImportError:
                pass
        if low.endswith(".docx"):
            try:
                import docx as _d
                d = _d.Document(io.BytesIO(data))
                t = [p.text for p in d.paragraphs]
                for tb in d.tables:
                    for r in tb.rows:
                        t.append(" ".join(c.text for c in r.cells))
                return "\n".join(t)
            except ImportError:
                pass
        if low.endswith((".ods", ".odt")):
            try:
                from odf.opendocument import load
                from odf import teletype, text as odtext
                d = load(io.BytesIO(data))
                return "\n".join(teletype.extractText(p) for p in d.getElementsByType(odtext.P))
            except ImportError:
                pass
        xml = [z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")]
        return re.sub(r"<[^>]+>", " ", "\n".join(xml))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def check():
    ok = True
    def fail(msg):
        nonlocal ok
        ok = False
        print("FAIL", msg)
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        fail("labels header")
    rows = [l.split("\t") for l in lines[1:]]
    counts, langs, kinds = {}, {}, {}
    for r in rows:
        if len(r) != 5 or not r[4].strip():
            fail("bad row %r" % r)
            continue
        counts[r[1]] = counts.get(r[1], 0) + 1
        langs[(r[1], r[2])] = langs.get((r[1], r[2]), 0) + 1
        kinds[r[3]] = kinds.get(r[3], 0) + 1
        if r[1] == "NORMAL" and r[4].startswith("trap:"):
            kinds.setdefault("_traps", 0)
            kinds["_traps"] += 1
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    expected_files = ["d%s-%04d.eml" % (NN, i) for i in range(1, 151)]
    if files != expected_files:
        fail("file list differs from d66-0001..0150 (%d files)" % len(files))
    if [r[0] for r in rows] != expected_files:
        fail("labels.tsv rows do not match files")
    if counts != EXPECTED:
        fail("label counts %r != %r" % (counts, EXPECTED))
    if kinds.get("_traps", 0) < 40:
        fail("only %d traps" % kinds.get("_traps", 0))
    fmt = {}
    for f in files:
        raw = open(os.path.join(OUT, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            fail("%s: bare LF" % f)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                fail("%s: missing %s" % (f, h))
        out, names = [], []
        try:
            _texts(msg, out, names)
        except Exception as e:  # noqa
            fail("%s: cannot decode parts: %r" % (f, e))
            continue
        text = "\n".join(out)
        for addr in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", " ".join([str(msg["From"]), str(msg["To"]), str(msg["Cc"] or ""), text])):
            if not addr.lower().endswith(".example"):
                fail("%s: domain %s" % (f, addr))
        for ib in IBAN_RE.findall(text):
            compact = ib.replace(" ", "").upper()
            if "ZZZ" in compact:  # SEPA creditor identifier, not an IBAN
                continue
            if compact[:2] in ("DE", "AT", "NL", "CH", "FR", "GB", "ES", "IT", "PT") and len(compact) >= 15:
                if not iban_ok(compact) and compact not in INTENTIONALLY_INVALID_IBANS:
                    fail("%s: IBAN checksum %s" % (f, ib))
        top = msg.get_content_type()
        fmt[top] = fmt.get(top, 0) + 1
        for nm in names:
            ext = nm.rsplit(".", 1)[-1].lower()
            fmt["att:" + ext] = fmt.get("att:" + ext, 0) + 1
    print("labels:", counts)
    print("traps:", kinds.get("_traps", 0))
    print("label x lang:", dict(sorted(langs.items())))
    print("kinds:", dict(sorted((k, v) for k, v in kinds.items() if k != "_traps")))
    print("formats:", dict(sorted(fmt.items())))
    print("CHECK", "OK" if ok else "FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
