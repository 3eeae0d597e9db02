#!/usr/bin/env python3
"""dev57 corpus generator: internal mail of the invented Kranich Versicherungsgruppe.

Every mail is written by hand in its own function m001 ... m150. The helpers below
only turn that hand-written content into MIME (Python ``email``, policy SMTP, CRLF)
or into a file format (CSV, XLSX, ODS, DOCX, ODT, PDF, ICS, ZIP), written with the
standard library only so that the output is byte-for-byte reproducible.

    python make_corpus.py          writes mails/d57-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses every file and validates counts
"""
import io
import os
import re
import sys
import random
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.generator import BytesGenerator
from xml.sax.saxutils import escape as xesc

SEED = 57
NN = 57
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
D = "kranich-gruppe.example"
ZIP_TIME = (2024, 1, 2, 9, 0, 0)

LABELS = []  # filled by the mail functions through lab()


# ---------------------------------------------------------------- MIME helpers

def lab(label, lang, kind, reason):
    """Return the label row of the mail (the mail functions call this by hand)."""
    return (label, lang, kind, reason)


def mail(frm, to, subject, date, body=None, *, cc=None, html=None, html_only=False,
         charset="utf-8", cte=None, atts=(), headers=None, reply_to=None,
         in_reply_to=None, mid=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    if mid:
        m["Message-ID"] = mid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    if reply_to:
        m["Reply-To"] = reply_to
    for k, v in (headers or []):
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        if cte:
            m.set_content(body, subtype="plain", charset=charset, cte=cte)
        else:
            m.set_content(body, subtype="plain", charset=charset)
        if html is not None:
            m.add_alternative(html, subtype="html")
    for a in atts:
        kind = a[0]
        if kind == "msg":
            m.add_attachment(a[1])
        else:
            _, data, ctype, fname = a
            maintype, subtype = ctype.split("/", 1)
            if isinstance(data, str):
                data = data.encode("utf-8")
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m


def att(data, ctype, fname):
    return ("file", data, ctype, fname)


def fwd(msg):
    """A complete mail attached as message/rfc822."""
    return ("msg", msg)


def to_bytes(m, n):
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("----=_KR57_%04d_%d_b" % (n, i))
    if "Message-ID" not in m:
        m["Message-ID"] = "<d57.%04d.%s@%s>" % (n, "kr%05d" % (n * 7919 % 100000), D)
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.SMTP).flatten(m)
    return buf.getvalue()


# ---------------------------------------------------------------- file formats

def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()


def zip_of(files):
    """files: list of (name, bytes-or-str)."""
    return _zip(files)


def csv_text(rows, sep=";"):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if sep in c or '"' in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"


def csv_bytes(rows, sep=";", encoding="utf-8"):
    return csv_text(rows, sep).encode(encoding)


def _colname(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (sheetname, rows). Numbers stay numbers, the rest inline strings."""
    wb_sheets, rels, ct, members = [], [], [], []
    for idx, (name, rows) in enumerate(sheets, 1):
        xrows = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_colname(ci), ri)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, xesc(str(v))))
            xrows.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        members.append(("xl/worksheets/sheet%d.xml" % idx,
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                        '<sheetData>%s</sheetData></worksheet>' % "".join(xrows)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), idx, idx))
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (idx, idx))
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
                  'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % idx)
    head = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/'
         'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>%s</Types>' % "".join(ct)),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets>%s</sheets></workbook>' % "".join(wb_sheets)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
         '</Relationships>' % "".join(rels)),
    ]
    return _zip(head + members)


def docx(paragraphs, title=""):
    """paragraphs: list of str; a str starting with '# ' becomes bold."""
    ps = []
    for p in paragraphs:
        if p.startswith("# "):
            ps.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                      % xesc(p[2:]))
        else:
            ps.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p))
    members = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/'
         'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/'
         'vnd.openxmlformats-package.core-properties+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
         'metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("docProps/core.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
         'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title>'
         '<dc:creator>Kranich Versicherungsgruppe</dc:creator></cp:coreProperties>' % xesc(title)),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s</w:body></w:document>' % "".join(ps)),
    ]
    return _zip(members)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'office:version="1.2"')


def _odf(mimetype, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="%s"/><manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>' % mimetype)
    return _zip([("mimetype", mimetype), ("META-INF/manifest.xml", manifest),
                 ("content.xml", content)], stored_first="mimetype")


def odt(paragraphs):
    body = "".join('<text:p>%s</text:p>' % xesc(p) for p in paragraphs)
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % body)


def ods(sheetname, rows):
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" office:value="%s">'
                             '<text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                             '</table:table-cell>' % xesc(str(v)))
        xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    body = ('<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>'
            % (xesc(sheetname), "".join(xr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", body)


def pdf(lines, title=""):
    """Single- or multi-page PDF, Helvetica 10pt, WinAnsi text (extractable)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    pages = [lines[i:i + 60] for i in range(0, max(len(lines), 1), 60)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for pg in pages:
        ops = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
        for ln in pg:
            ops.append("(%s) Tj T*" % esc(ln))
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252", errors="replace")
        n_page = len(objs) + 1
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                     "<< /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (n_page + 1)).encode())
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream +
                    b"\nendstream")
    info_n = len(objs) + 1
    objs.append(("<< /Title (%s) /Producer (Kranich DMS) >>" % esc(title)).encode("cp1252"))
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
              % (len(objs) + 1, info_n, xref))
    return out.getvalue()


def ics(uid, start, end, summary, location, description, organizer, attendees=()):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kranich Versicherungsgruppe//Outlook//DE",
             "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20240101T080000Z",
             "DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end,
             "SUMMARY:" + summary, "LOCATION:" + location,
             "DESCRIPTION:" + description.replace("\n", "\\n"),
             "ORGANIZER;CN=%s" % organizer]
    for a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;CN=%s" % a)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODS_T = "application/vnd.oasis.opendocument.spreadsheet"
ODT_T = "application/vnd.oasis.opendocument.text"

# ---------------------------------------------------------------- signatures / disclaimers
# (plain constant text, pasted by hand into mails where the writer would have them)

DISCL_DE = ("--\nKranich Versicherung AG | Ballindamm 61 | 20095 Hamburg (fiktiv)\n"
            "Vorstand: Dr. Konstantin Reimers (Vors.), Ilka Brodersen, Tomasz Nowicki\n"
            "Aufsichtsratsvorsitzender: Prof. Dr. Gerd Halvorsen | Amtsgericht Hamburg HRB 000057\n"
            "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige "
            "Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.")
DISCL_EN = ("--\nKranich Insurance Group | Group Functions | Hamburg - Dublin - Vienna - Kraków\n"
            "This e-mail may contain confidential information. If you are not the intended "
            "recipient, please notify the sender and delete it. Internal use only unless stated.")


# ================================================================ the mails
# NORMAL 1-60, CONFIDENTIAL 61-105, STRICTLY_CONFIDENTIAL 106-150 (order is only for writing;
# labels.tsv lists every file with its own label).


def m001():
    rows = [
        ["Altersband", "Geschlecht", "Bestand_Risikojahre", "Todesfaelle_beob", "Todesfaelle_erw_DAV2008T", "A/E"],
        ["20-29", "m", 41230, 19, 24.6, 0.77],
        ["20-29", "w", 38810, 8, 10.9, 0.73],
        ["30-39", "m", 66402, 41, 55.1, 0.74],
        ["30-39", "w", 61977, 27, 33.0, 0.82],
        ["40-49", "m", 72118, 118, 149.3, 0.79],
        ["40-49", "w", 70545, 74, 91.2, 0.81],
        ["50-59", "m", 58210, 262, 318.7, 0.82],
        ["50-59", "w", 55090, 149, 176.4, 0.84],
        ["60-69", "m", 21544, 231, 258.0, 0.90],
        ["60-69", "w", 19872, 121, 139.5, 0.87],
    ]
    body = """Hallo zusammen,

anbei die Sterblichkeitsanalyse Risikoleben für die Beobachtungsjahre 2019-2023
(Stichtag 31.12.2023), Vergleich mit DAV 2008 T, Raucher und Nichtraucher gemischt.

Kurz zusammengefasst:
- Gesamt-A/E 0,81 (Vorjahr 0,83), d.h. wir liegen weiter deutlich unter der Tafel.
- Ausreißer nach oben nur bei Männern 60-69 (0,90), das ist aber das kleinste Kollektiv.
- Covid-Übersterblichkeit 2021 ist in den Zahlen drin; ohne 2021 kämen wir auf ca. 0,78.

Einzelfälle sind in der Datei nicht enthalten, nur aggregierte Risikojahre und
Todesfallzahlen je Zelle. Bitte noch nicht an den Rückversicherer weitergeben,
die Abstimmung mit Siobhan (Dublin) zur Glättung läuft noch.

Viele Grüße
Bernd Tiedemann
Aktuariat Leben | Kranich Lebensversicherung AG
Tel. +49 40 000057-4410
"""
    m = mail("Dr. Bernd Tiedemann <bernd.tiedemann@%s>" % D,
             "aktuariat-leben@%s" % D, "Sterblichkeitsanalyse RL 2019-2023 vs. DAV 2008 T",
             "Tue, 09 Apr 2024 10:14:33 +0200", body,
             cc="Siobhan Keane <siobhan.keane@%s>" % D,
             atts=[att(csv_bytes(rows), "text/csv", "AE_Risikoleben_2019-2023.csv")])
    return m, lab("NORMAL", "de", "internal",
                  "trap: mortality analysis (deaths, Sterblichkeit) by age band and sex, aggregate only, CSV")


def m002():
    rows = [
        ["Benefit type", "2021 EUR per insured", "2022", "2023", "Trend 23/22"],
        ["Inpatient (hospital)", 612.40, 648.95, 702.11, "8.2%"],
        ["Outpatient physician", 498.20, 511.70, 538.02, "5.1%"],
        ["Dental treatment", 211.35, 219.80, 229.64, "4.5%"],
        ["Dentures / implants", 176.90, 188.40, 201.77, "7.1%"],
        ["Pharmaceuticals", 301.15, 329.60, 354.85, "7.7%"],
        ["Psychotherapy", 58.10, 64.45, 71.30, "10.6%"],
        ["Aids (glasses, hearing aids)", 39.80, 41.05, 43.90, "6.9%"],
    ]
    body = """Hi Bernd, hi Matthias,

as promised in yesterday's call, attached the claims inflation per insured person by
benefit type for the German PKV comprehensive portfolio (Kranich Krankenversicherung AG),
3 years. Source is the BaFin-style Kopfschaden file, so everything is aggregated per
tariff group, no individual claims.

Psychotherapy is the one that stands out (+10.6%), but the base is small. Inpatient is
mostly DRG base rate increase plus the Pflegebudget effect.

We'll need this for the premium adjustment trigger test (auslösender Faktor) in June.

Cheers,
Siobhan

Siobhan Keane FSAI
Group Actuarial - Health & Protection
Kranich Insurance Ireland dac, Dublin
"""
    m = mail("Siobhan Keane <siobhan.keane@%s>" % D,
             "Bernd Tiedemann <bernd.tiedemann@%s>, Matthias Hölzl <matthias.hoelzl@%s>" % (D, D),
             "PKV claims inflation per head 2021-2023 (aggregated)",
             "Wed, 17 Apr 2024 16:42:05 +0100", body,
             atts=[att(xlsx([("Kopfschaden", rows)]), XLSX_T, "PKV_Kopfschaden_Trend_2021-2023.xlsx")])
    return m, lab("NORMAL", "en", "internal",
                  "trap: health claims cost per head by benefit type (psychotherapy, dental, hospital), aggregate XLSX")


def m003():
    body = """Liebe Kolleginnen und Kollegen im 3. OG,

am Freitag, 24.05., werden ab 14 Uhr die Teppiche im Flur und in den Räumen
3.12 bis 3.27 getauscht. Bitte räumt bis Donnerstagabend alles vom Boden weg
(Kartons, Papierkörbe, Ladekabel). Die Schreibtische bleiben stehen.

Wer Freitag im Büro sein muss: in 2.05 und 2.06 sind Desk-Sharing-Plätze frei.

Danke & schönes Wochenende schon mal
Birte Claußen
Facility Management Hamburg
Durchwahl -1180
"""
    m = mail("Birte Claußen <birte.claussen@%s>" % D, "standort-hh-3og@%s" % D,
             "Teppichtausch 3. OG am Freitag", "Mon, 20 May 2024 08:03:51 +0200", body)
    return m, lab("NORMAL", "de", "internal", "facility notice, nothing personal")


def m004():
    body = """Hallo Kerstin,

hier mein Entwurf für die Stellenanzeige, bitte einmal drüberschauen, bevor sie
an die Agentur geht.

----
Arbeitsmedizinerin / Arbeitsmediziner bzw. Betriebsärztin / Betriebsarzt (m/w/d)
Teilzeit 20-25 Std., Standort Hamburg

Ihre Aufgaben:
- arbeitsmedizinische Vorsorge nach ArbMedVV für rund 2.300 Mitarbeitende
- Beratung zu Bildschirmarbeitsplätzen, Ergonomie und psychischen Belastungen
- Begleitung des Betrieblichen Eingliederungsmanagements (BEM) und der Grippeschutzimpfung
- Mitarbeit im Arbeitsschutzausschuss

Ihr Profil:
- Facharzt/Fachärztin für Arbeitsmedizin oder Zusatzbezeichnung Betriebsmedizin
- Erfahrung in der Dienstleistungsbranche wünschenswert

Wir bieten: 30 Tage Urlaub, betriebliche Krankenversicherung, Jobrad, Gehalt nach
Vereinbarung (außertariflich).
----

Das Gehaltsband würde ich nicht reinschreiben, oder? Bei den Pflegestellen im
Gesundheitsservice haben wir es auch weggelassen.

LG Svenja
"""
    m = mail("Svenja Rautenberg <svenja.rautenberg@%s>" % D, "Kerstin Mahnke <kerstin.mahnke@%s>" % D,
             "Entwurf Anzeige Betriebsarzt (m/w/d)", "Thu, 11 Jan 2024 13:27:40 +0100", body)
    return m, lab("NORMAL", "de", "internal",
                  "trap: job ad for an occupational physician (Vorsorge, BEM, Impfung, Gehalt), no person")


def m005():
    body = """Dear all,

please find below the approved English master template for declining a health
claim (expat plans, Kranich Insurance Ireland). Local language versions follow.
Do NOT change the legal paragraph without Compliance sign-off.

----------------------------------------------------------------
«Salutation» «FirstName» «LastName»
«Street» «HouseNo»
«PostCode» «City», «Country»

Policy no.: «PolicyNo»     Claim ref.: «ClaimRef»

Dear «Salutation» «LastName»,

thank you for submitting your claim dated «ClaimDate» for «TreatmentDescription».
After careful review by our medical team we regret to inform you that we are unable
to reimburse the costs, because «ReasonCode_Text».

If you disagree with this decision, you may ask for a review within «ReviewPeriod»
weeks or contact the Irish Financial Services and Pensions Ombudsman.

Yours sincerely,
«HandlerName»
Claims Team
----------------------------------------------------------------

Reason code texts are in the Sharepoint list "RC_Decline_EN". The field
«Diagnosis» was removed on purpose - we don't repeat diagnoses in decline letters.

Best regards,
Claire Dubois-Hartmann
Group Compliance
"""
    m = mail("Claire Dubois-Hartmann <claire.dubois-hartmann@%s>" % D,
             "claims-expat-dublin@%s" % D, "Approved template: health claim decline letter (EN master)",
             "Fri, 02 Feb 2024 11:09:12 +0000", body, cc="legal-dublin@%s" % D)
    return m, lab("NORMAL", "en", "internal",
                  "trap: decline-letter template with «placeholders» for treatment/diagnosis, no person")


def m006():
    doc = ["# Protokoll Datenschutz-Jour-fixe Scan-Eingang, 14.03.2024",
           "Teilnehmende: Dr. F. Lamprecht (DSB), N. Grabowski, Y. Behrendt (ScanPort), T. Quandt (Leistung KV)",
           "TOP 1: Eingangsklassifikation. Arztberichte und Krankenhausentlassberichte werden künftig "
           "bereits beim Scannen als Dokumentklasse MED markiert und nur an das Postfach Leistung KV geroutet.",
           "TOP 2: Fehlzuordnungen Q4/2023: 7 Fälle (Vorquartal 11). Ursache überwiegend falsch gelesene "
           "Versicherungsnummern auf handschriftlichen Belegen. Keine Meldung nach Art. 33 erforderlich, "
           "da intern korrigiert vor Bearbeitung.",
           "TOP 3: Löschfristen Papieroriginale: 6 Wochen nach Scan, Vernichtung DIN 66399 Schutzklasse 3.",
           "TOP 4: Nächster Termin 13.06.2024."]
    body = """Hallo zusammen,

anbei das Protokoll vom Jour fixe. Bitte Anmerkungen bis Freitag, danach geht es
in die Ablage DSB/Auftragsverarbeiter/ScanPort.

Gruß
Nils Grabowski
Datenschutz-Koordination
"""
    m = mail("Nils Grabowski <nils.grabowski@%s>" % D,
             "Dr. Friederike Lamprecht <friederike.lamprecht@%s>, Tobias Quandt <tobias.quandt@%s>" % (D, D),
             "Protokoll JF Datenschutz Scan-Eingang 14.03.", "Mon, 18 Mar 2024 09:40:02 +0100", body,
             atts=[att(docx(doc, "Protokoll JF Datenschutz"), DOCX_T, "Protokoll_JF_DS_Scan_2024-03-14.docx")])
    return m, lab("NORMAL", "de", "internal",
                  "trap: DPO minutes about routing Arztberichte/Krankenhausberichte, counts only, DOCX")


def m007():
    body = """Hallo Herr Tödter,

Freigabe für den Druckauftrag BAP-KV-2025 (Beitragsanpassung Krankenversicherung
zum 01.01.2025):

  Auflage:        48.210 Briefe, Simplex, 2-6 Blatt je Brief
  Beilagen:       Beileger "Warum steigen die Beiträge?" (4 Seiten, Ihre Lagernr. 7781)
  Datenlieferung: per SFTP am 11.11., Datei BAP_KV_2025_*.afp
  Postauflieferung: spätestens 27.11.2024

Den Andruck mit dem Testdatensatz "Max Mustermann (fiktiv), Tarif KV-Komfort 300"
haben wir geprüft, Seite 3 bitte den Fußnotenabstand wie besprochen verkleinern.
Sonst passt alles.

Mit freundlichen Grüßen
Ines Wachtendorf
Output-Management / Dokumentenerstellung
Kranich Versicherungsgruppe
"""
    m = mail("Ines Wachtendorf <ines.wachtendorf@%s>" % D, "Frank Tödter <f.toedter@druckhaus-elbmarsch.example>",
             "Freigabe Druckauftrag BAP-KV-2025", "Tue, 29 Oct 2024 15:11:47 +0100", body)
    return m, lab("NORMAL", "de", "insurer-to-supplier",
                  "trap: print order for health premium-adjustment letters, volumes and a fictitious test record")


def m008():
    body = """Hi team,

INC0418832 - queue "MEDDOC_IMPORT" (Arztberichte / medical reports import) has been
stuck since 06:10 CET. Root cause: the OCR worker on scanapp-p03 ran out of disk
(/var/spool 100%). We cleared the tmp folder and restarted the service at 07:52;
backlog of ~3,400 documents is processing now, ETA 10:30.

No data loss, no documents routed to wrong queues. Monitoring alert threshold
lowered from 95% to 85%.

Piotr Zieliński
Service Desk L2 - Document Platforms
Kranich Shared Services, Kraków
"""
    m = mail("Service Desk <servicedesk@ssc.%s>" % D, "it-docplatform@%s" % D,
             "[INC0418832] MEDDOC_IMPORT queue stuck - resolved", "Thu, 06 Jun 2024 08:05:19 +0200", body,
             headers=[("X-Ticket-ID", "INC0418832")])
    return m, lab("NORMAL", "en", "internal",
                  "trap: IT incident about the medical-report import queue, technical only")


def m009():
    html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>hier die Beschwerdestatistik Q2/2024 (Konzern Deutschland) für die Vorstandsvorlage:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>Sparte</th><th>Beschwerden Q2</th><th>davon BaFin</th><th>davon Ombudsmann</th><th>Ø Bearbeitungszeit (Tage)</th></tr>
<tr><td>Krankenversicherung</td><td>412</td><td>19</td><td>31</td><td>11,4</td></tr>
<tr><td>Lebensversicherung / BU</td><td>238</td><td>14</td><td>22</td><td>13,9</td></tr>
<tr><td>Unfall</td><td>57</td><td>2</td><td>4</td><td>9,1</td></tr>
<tr><td>Kfz</td><td>331</td><td>6</td><td>12</td><td>6,8</td></tr>
<tr><td>Sach/Haftpflicht</td><td>209</td><td>4</td><td>9</td><td>7,5</td></tr>
<tr><td><b>Gesamt</b></td><td><b>1.247</b></td><td><b>45</b></td><td><b>78</b></td><td><b>9,6</b></td></tr>
</table>
<p>Top-Gründe KV: Erstattung Heilmittel/Physiotherapie, Beitragsanpassung, Wartezeiten Kostenzusage Krankenhaus.</p>
<p>Viele Grüße<br>Dirk Brandstätter<br>Beschwerdemanagement</p>
</body></html>"""
    m = mail("Dirk Brandstätter <dirk.brandstaetter@%s>" % D, "vorstandsbuero@%s" % D,
             "Beschwerdestatistik Q2/2024", "Fri, 12 Jul 2024 10:30:00 +0200", html=html, html_only=True)
    return m, lab("NORMAL", "de", "internal",
                  "trap: HTML-only complaint statistics per line incl. health/BU, aggregate")


def m010():
    body = """Liebe Bereichsleitungen,

zur Info vorab der Entwurf des Prüfungsplans 2025 der Konzernrevision (Auszug Deutschland):

 Nr.  Prüfung                                         Quartal  Stichprobe
 01   Leistungsprüfung Krankheitskosten ambulant      Q1       60 Fälle
 02   BU-Leistungsfälle: Anerkenntnis und Nachprüfung  Q2       40 Fälle
 03   Outsourcing Callvista (Call-Center)             Q2       Vor-Ort
 04   Berechtigungen Bestandsführung Leben            Q3       IT-gestützt
 05   Schadenreserven Kfz Großschäden                 Q3       alle > 250 TEUR
 06   Umsetzung DORA Informationsregister             Q4       -

Die Stichproben werden erst zu Prüfungsbeginn gezogen. Bitte keine Fälle
"vorbereiten". Feedback zum Plan bis 30.11. an mich.

Anke Wiesner
Konzernrevision
"""
    m = mail("Anke Wiesner <anke.wiesner@%s>" % D, "bereichsleitungen-de@%s" % D,
             "Entwurf Prüfungsplan 2025 Konzernrevision", "Mon, 04 Nov 2024 07:58:31 +0100", body)
    return m, lab("NORMAL", "de", "internal",
                  "trap: audit plan naming health/BU claims audits and sample sizes, no cases")


def m011():
    rows = [["test_id", "first_name", "last_name", "birth_date", "iban", "product", "note"],
            ["T-0001", "Max", "Mustermann", "1970-01-01", "DE89370400440532013000", "KV-Komfort", "fictitious"],
            ["T-0002", "Erika", "Musterfrau", "1964-08-12", "DE89370400440532013000", "BU-Plus", "fictitious"],
            ["T-0003", "Testfall", "Kfz-Flotte", "", "DE02120300000000202051", "KFZ-FLOTTE", "fictitious company"],
            ["T-0004", "Hans", "Dampf", "1988-02-29", "DE89370400440532013000", "UNFALL-AKTIV", "leap day edge case"]]
    body = """Hi all,

for sprint 14 of the claims platform migration (ClaimNova) I've put together the
synthetic test customers. All names are the usual placeholders, the IBANs are the
published example IBANs from the Bundesbank / ECBS documentation, birth dates are
made up (one 29 Feb on purpose).

Please use ONLY these in the INT and UAT environments. Reminder: copying production
data to test needs DPO approval (see policy DS-07).

Thanks,
Agnieszka Wróbel
Test Management, Kranich Shared Services
"""
    m = mail("Agnieszka Wróbel <agnieszka.wrobel@ssc.%s>" % D, "claimnova-team@%s" % D,
             "Synthetic test customers for sprint 14", "Tue, 23 Jan 2024 12:48:09 +0100", body,
             atts=[att(csv_bytes(rows, sep=","), "text/csv", "synthetic_customers_s14.csv")])
    return m, lab("NORMAL", "en", "internal",
                  "trap: synthetic test customers (Mustermann), published example IBANs, fake birth dates")


def m012():
    body = """Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unser betriebsärztlicher Dienst die kostenlose
Grippeschutzimpfung (Vierfach-Impfstoff) an. Termine im Gesundheitsraum EG, Raum 0.14:

  Di 15.10.  09:00-12:00
  Do 17.10.  13:00-16:00
  Mo 21.10.  09:00-12:00

Bitte Impfpass mitbringen, falls vorhanden. Die Anmeldung läuft über das
Intranet (Service > Gesundheit > Impfung), der Kalendereintrag hängt an.

Bleibt gesund!
Euer Team Betriebliches Gesundheitsmanagement
"""
    cal = ics("bgm-grippe-2024@kranich-gruppe.example", "20241015T090000", "20241015T120000",
              "Grippeschutzimpfung 2024", "Hamburg, EG Raum 0.14",
              "Kostenlose Grippeschutzimpfung für alle Mitarbeitenden. Anmeldung im Intranet.",
              "BGM:mailto:bgm@kranich-gruppe.example")
    m = mail("BGM Kranich <bgm@%s>" % D, "alle-hamburg@%s" % D, "Grippeschutzimpfung 2024 – Termine",
             "Mon, 30 Sep 2024 09:00:00 +0200", body, atts=[att(cal, "text/calendar", "Grippeimpfung.ics")])
    return m, lab("NORMAL", "de", "internal", "trap: staff flu vaccination campaign, ICS, no person")


def m013():
    cal = ics("sc-claimnova-0612@kranich-gruppe.example", "20240612T140000", "20240612T153000",
              "ClaimNova Steering Committee #7", "Teams / HH 5.01",
              "Agenda: 1) Go-live readiness wave 2 2) Budget 3) Risks", "Marek Jankowski",
              ["Ilka Brodersen", "Rafael Moreno", "Tobias Quandt"])
    body = """Hi all,

invite for SteerCo #7 attached. Deck will come Monday latest.

Marek
"""
    m = mail("Marek Jankowski <marek.jankowski@%s>" % D, "claimnova-steerco@%s" % D,
             "Invitation: ClaimNova Steering Committee #7", "Wed, 05 Jun 2024 17:21:44 +0200", body,
             atts=[att(cal, "text/calendar", "invite.ics")])
    return m, lab("NORMAL", "en", "internal", "meeting invitation, project steering")


def m014():
    body = """Hallo zusammen,

kurze Info vom Arbeitsschutz: Der Defibrillator (AED) im Treppenhaus B, 2. OG,
hat bei der Monatsprüfung "Pads abgelaufen" gemeldet. Neue Elektroden sind
bestellt (Lieferung Mittwoch), bis dahin bitte den AED im Foyer verwenden.

Außerdem suchen wir noch 4 Ersthelfer:innen für den 4. Stock. Die Ausbildung
(9 UE, Herz-Lungen-Wiederbelebung, Wundversorgung, Schock) übernimmt die BG,
Termin 18.09. Wer Lust hat, einfach bei mir melden.

Gruß
Olaf Reinecke
Fachkraft für Arbeitssicherheit
"""
    m = mail("Olaf Reinecke <olaf.reinecke@%s>" % D, "alle-hamburg@%s" % D,
             "AED Treppenhaus B / Ersthelfer gesucht", "Mon, 26 Aug 2024 11:32:10 +0200", body)
    return m, lab("NORMAL", "de", "internal", "trap: defibrillator and first-aid training notice")


def m015():
    body = """Dear members of the Management Board,

please find below the draft extract of the minutes of the Board meeting of 21 March
2024, item 4 "Q4 results", for your approval by circulation:

4.1 Gross written premiums Group EUR 3.412bn (+4.9%). Non-life combined ratio 94.1%
    (PY 97.3%), driven by lower nat cat; motor still above 100% (103.6%).
4.2 Health (PKV): benefit ratio 81.7%; hospital costs +8% per head. The Board takes
    note of the planned premium adjustment for 1 Jan 2025.
4.3 Life: new business margin 3.1%; lapse rate 4.4%.
4.4 Solvency II ratio 198% (standard formula, without transitionals).

Approval by reply to this mail by 28 March please.

Kind regards
Dr. Marlene Aschenbach
Head of Board Office
"""
    html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear members of the Management Board,</p>
<p>please find below the draft extract of the minutes of the Board meeting of 21 March 2024,
item 4 &quot;Q4 results&quot;, for your approval by circulation:</p>
<ol style="list-style:none">
<li>4.1 Gross written premiums Group EUR 3.412bn (+4.9%). Non-life combined ratio 94.1% (PY 97.3%),
driven by lower nat cat; motor still above 100% (103.6%).</li>
<li>4.2 Health (PKV): benefit ratio 81.7%; hospital costs +8% per head. The Board takes note of the
planned premium adjustment for 1 Jan 2025.</li>
<li>4.3 Life: new business margin 3.1%; lapse rate 4.4%.</li>
<li>4.4 Solvency II ratio 198% (standard formula, without transitionals).</li>
</ol>
<p>Approval by reply to this mail by 28 March please.</p>
<p>Kind regards<br>Dr. Marlene Aschenbach<br><span style="color:#666">Head of Board Office</span></p>
</body></html>"""
    m = mail("Dr. Marlene Aschenbach <marlene.aschenbach@%s>" % D, "vorstand@%s" % D,
             "Draft minutes Board meeting 21/03 - item 4 (for approval)", "Fri, 22 Mar 2024 18:02:27 +0100", body,
             html=html)
    return m, lab("NORMAL", "en", "internal", "trap: board minutes with premium, health benefit ratio, solvency")


def m016():
    body = """Hallo Marco,

wie gestern besprochen hier der überarbeitete Gesprächsleitfaden-Baustein für die
KV-Hotline. Bitte bis 1.7. in eure Agent-Scripts übernehmen:

>> Kundin/Kunde möchte über eine Erkrankung oder Behandlung sprechen:
   "Damit Ihre Gesundheitsdaten geschützt bleiben, nehme ich am Telefon keine
    Diagnosen auf. Ich schicke Ihnen gerne den Link zum Upload im Kundenportal
    bzw. die Anschrift für die Belege."
   -> KEINE Diagnose, kein Medikament, kein Arztname ins Freitextfeld!
   -> Ticket-Kategorie 'KV-Leistung allgemein' wählen.

>> Rückfragen zu Arztrechnungen: nur Status (eingegangen / in Prüfung / erstattet)
   nach Identifikation mit Versicherungsnummer + Geburtsdatum nennen.

Danke und Gruß
Lea Kowalczyk
Kundenservice-Steuerung
"""
    m = mail("Lea Kowalczyk <lea.kowalczyk@%s>" % D, "Marco Santangelo <m.santangelo@callvista.example>",
             "Leitfaden KV-Hotline: Baustein Gesundheitsdaten", "Thu, 20 Jun 2024 09:15:00 +0200", body)
    return m, lab("NORMAL", "de", "insurer-to-supplier",
                  "trap: call-centre script about not recording diagnoses, generic")


def m017():
    body = """Hallo Kerstin,

die Krankenstandsquote je Bereich für den HR-Quartalsbericht Q1/2024:

  Bereich                     Quote   Vorjahr
  Leistung Kranken             6,1 %   5,8 %
  Kfz-Schaden                  5,4 %   6,0 %
  Vertrieb Innendienst         4,9 %   4,7 %
  IT / Shared Services HH      3,8 %   4,1 %
  Stabsbereiche*               3,2 %   3,5 %

* Vorstandsbüro, Revision, Datenschutz, Compliance und Recht zusammengefasst,
  weil die Einheiten einzeln unter 20 Köpfen liegen (Vorgabe Betriebsrat).

Langzeiterkrankungen > 6 Wochen sind wie immer nicht getrennt ausgewiesen.

Gruß, Jana
"""
    m = mail("Jana Petersen <jana.petersen@%s>" % D, "Kerstin Mahnke <kerstin.mahnke@%s>" % D,
             "Krankenstand Q1 je Bereich", "Tue, 16 Apr 2024 14:20:18 +0200", body)
    return m, lab("NORMAL", "de", "internal", "trap: sickness-absence rate per department, small units merged")


def m018():
    body = """Dear Katharina,

ahead of the renewal meeting, the anonymised large-loss list for the health XL
(Kranich Krankenversicherung AG, treaty year 2023, losses > EUR 300k gross):

 #  Age band  Sex  Main cost driver                       Gross EUR
 1  40-49     m    polytrauma, ICU 61 days                  1,284,000
 2  0-9       f    neonatal intensive care                    912,500
 3  50-59     m    CAR-T cell therapy                         744,300
 4  60-69     f    haemophilia factor concentrate             612,900
 5  30-39     m    transplant incl. follow-up                 488,150
 6  70-79     m    cardiac surgery, complications             351,700

No names, policy numbers or regions as agreed in the data sharing clause.
Full bordereau via the portal as usual.

Best regards,
Matthias Hölzl
Reinsurance & Capital, Kranich Group
"""
    m = mail("Matthias Hölzl <matthias.hoelzl@%s>" % D, "Katharina Brandl <k.brandl@nordlicht-re.example>",
             "Health XL 2024 renewal - large loss list (anonymised)", "Wed, 13 Nov 2024 10:05:41 +0100", body)
    return m, lab("NORMAL", "en", "insurer-to-partner",
                  "trap: anonymised large-loss list for reinsurer, age bands and treatments only")


def m019():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 16.08.2024 nicht im Büro und habe keinen Zugriff auf
meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
underwriting-leben@kranich-gruppe.example oder Durchwahl -4400.

Jonas Ebeling
Risikoprüfung Leben/BU
"""
    m = mail("Jonas Ebeling <jonas.ebeling@%s>" % D, "Petra Lindqvist <petra.lindqvist@%s>" % D,
             "Automatische Antwort: Rückfrage Antrag", "Mon, 05 Aug 2024 08:12:00 +0200", body,
             headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return m, lab("NORMAL", "de", "internal", "out-of-office auto reply")


def m020():
    body = """Hallo Frau Haverkamp,

hier der Textentwurf für die neue Zahnzusatz-Broschüre (Tarif ZahnPlus 90), Seite 2:

"Ein Implantat kostet schnell 2.500 bis 3.500 Euro. Die gesetzliche Kasse zahlt nur
den Festzuschuss von z. B. 490 Euro. Mit ZahnPlus 90 erstatten wir 90 % des
Rechnungsbetrags inklusive Vorleistung der GKV - auch für Inlays, Kronen und
professionelle Zahnreinigung (bis 200 Euro pro Jahr).

Rechenbeispiel: Rechnung 3.000 EUR, GKV-Festzuschuss 490 EUR
  -> Erstattung ZahnPlus 90: 2.210 EUR, Eigenanteil nur 300 EUR."

Keine Gesundheitsfragen bis Alter 50, Wartezeit 8 Monate für Zahnersatz.

Bitte Freigabe durch Produktmanagement und Recht bis 10.5.

Viele Grüße
Nora Baumgärtel
Marketing Privatkunden
"""
    m = mail("Nora Baumgärtel <nora.baumgaertel@%s>" % D, "Ulrike Haverkamp <ulrike.haverkamp@%s>" % D,
             "Broschüre ZahnPlus 90 – Text S. 2", "Fri, 26 Apr 2024 13:44:06 +0200", body,
             cc="recht-produkt@%s" % D)
    return m, lab("NORMAL", "de", "internal", "trap: dental product text with implant/Zahnersatz cost example")


def m021():
    doc = ["# DPIA - Speech analytics pilot at Callvista (draft v0.3)",
           "1. Processing: automatic transcription and sentiment scoring of inbound calls to the "
           "customer hotlines (motor, property, health, life).",
           "2. Categories of data: contact data, contract numbers, voice recordings; special categories "
           "(Art. 9 GDPR) may occur incidentally where callers mention illnesses, treatments or disabilities.",
           "3. Risks: unintended profiling; transcripts of health information stored outside the "
           "claims systems; access by call-centre supervisors.",
           "4. Measures: health hotline excluded from the pilot; redaction of numbers and medical "
           "terms before storage; retention 30 days; pseudonymised agent IDs.",
           "5. Residual risk: medium. Consultation of the supervisory authority not required (draft view)."]
    body = """Friederike, Nils -

draft DPIA for the speech analytics pilot attached (v0.3). Section 4 is still open on
the redaction vendor. Could we go through it on Thursday?

Thanks
Claire
"""
    m = mail("Claire Dubois-Hartmann <claire.dubois-hartmann@%s>" % D,
             "Friederike Lamprecht <friederike.lamprecht@%s>, Nils Grabowski <nils.grabowski@%s>" % (D, D),
             "DPIA speech analytics Callvista - draft v0.3", "Tue, 10 Sep 2024 16:55:12 +0200", body,
             atts=[att(docx(doc, "DPIA speech analytics"), DOCX_T, "DPIA_SpeechAnalytics_v0.3.docx")])
    return m, lab("NORMAL", "en", "internal", "trap: DPIA draft naming health data categories generically, DOCX")


def m022():
    body = """Moin zusammen,

zum 01.01.2025 wird im Leistungssystem der ICD-10-GM 2025 Katalog eingespielt.
Relevante Änderungen für unsere Prüfregeln (Auszug BfArM-Änderungsliste):

 - U07.x  Zusatzkennzeichen bleiben, Post-COVID (U09.9!) unverändert
 - F43.8  neue Subkodes für Anpassungsstörungen -> Regel R-PSY-04 anpassen
 - M54.-  keine Änderung
 - E66.-  Adipositas: neue fünfte Stelle für BMI-Klassen -> Tabelle TAB_BMI erweitern

Die Regelpflege macht wieder Tobias; Test im UAT ab 09.12. Bitte keine echten
Leistungsfälle für den Test nehmen, die Testfälle liegen unter /ClaimNova/UAT/ICD2025.

Gruß
Sabine Okonkwo-Richter
Fachbereich Leistung Kranken - Prozesse & Regeln
"""
    m = mail("Sabine Okonkwo-Richter <sabine.okonkwo-richter@%s>" % D, "leistung-kv-regeln@%s" % D,
             "ICD-10-GM 2025 – Auswirkungen auf Prüfregeln", "Wed, 20 Nov 2024 09:12:44 +0100", body)
    return m, lab("NORMAL", "de", "internal", "trap: ICD-10-GM catalogue update, codes without any person")


def m023():
    body = """Liebe Kolleg*innen,

heute Abend ab 20:00 Uhr wird Microsoft Teams auf die neue Version aktualisiert.
Bitte lasst euren Rechner eingeschaltet und angemeldet, dann läuft das Update
automatisch. Morgen früh einmal neu starten.

Außerdem: Die Passwortänderung für die Windows-Anmeldung wird ab 1. März alle
180 statt 90 Tage erzwungen, dafür ist MFA dann für alle Pflicht.

Euer IT-Service
"""
    m = mail("IT-Service Hamburg <it-service@%s>" % D, "alle-de@%s" % D,
             "Teams-Update heute Abend / Passwortregel", "Wed, 21 Feb 2024 14:00:00 +0100", body)
    return m, lab("NORMAL", "de", "internal", "IT announcement")


def m024():
    body = """Hi everyone,

here's the quiz for Thursday's fraud awareness session. All cases are FICTITIOUS
(composite examples, no real customers).

Q1. "Mr. A." (fictitious), 41, takes out disability cover in March and reports
    back pain with inability to work in May. Which red flags do you see?
    a) short time between inception and claim  b) self-employed  c) both

Q2. A physiotherapy practice submits 30 invoices with identical signatures for
    different patients. What's the first step?

Q3. A motor claimant sends photos with EXIF dates before the reported accident date.
    Who do you inform?

Answers after the session. Please don't forward outside the claims teams.

Henrik Sørensen
Special Investigations Unit (SIU)
"""
    m = mail("Henrik Sørensen <henrik.sorensen@%s>" % D, "claims-all@%s" % D,
             "Fraud awareness quiz - Thursday", "Mon, 14 Oct 2024 12:01:55 +0200", body)
    return m, lab("NORMAL", "en", "internal", "trap: fraud quiz with fictitious disability/back-pain case")


def m025():
    rows = [["Monat", "Dokumentklasse", "Seiten", "Sendungen", "Fehlerquote_%", "SLA_erfüllt"],
            ["2024-05", "Arztrechnungen ambulant", 112408, 38110, 0.21, "ja"],
            ["2024-05", "Krankenhausrechnungen", 20377, 4902, 0.34, "ja"],
            ["2024-05", "Zahnarzt HKP/Rechnungen", 18904, 6021, 0.18, "ja"],
            ["2024-05", "Schadenmeldungen Sach/Kfz", 15330, 5770, 0.42, "nein"],
            ["2024-05", "Anträge Leben/BU", 9120, 1404, 0.09, "ja"],
            ["2024-05", "Sonstiges", 7781, 3390, 0.60, "ja"]]
    body = """Hallo Frau Behrendt,

danke für den SLA-Report Mai. Eine Rückfrage zur Klasse Sach/Kfz: Die Fehlerquote
liegt zum zweiten Mal über 0,4 %. Können Sie im nächsten Jour fixe die Ursachen
darstellen? Der Rest sieht gut aus, die Tabelle habe ich für unser Reporting
nochmal als Excel angehängt (Spalte SLA_erfüllt ergänzt).

Freundliche Grüße
Tobias Quandt
Leistung Kranken / Posteingang
"""
    m = mail("Tobias Quandt <tobias.quandt@%s>" % D, "Yvonne Behrendt <y.behrendt@scanport.example>",
             "AW: SLA-Report Mai 2024", "Tue, 11 Jun 2024 10:47:30 +0200", body,
             atts=[att(xlsx([("Mai 2024", rows)]), XLSX_T, "SLA_ScanPort_2024-05.xlsx")])
    return m, lab("NORMAL", "de", "insurer-to-supplier",
                  "trap: scan volumes of doctors'/hospital invoices, counts only, XLSX")


def m026():
    body = """Hallo ihr Lieben,

das Sommerfest steigt am 5. Juli ab 16 Uhr auf der Dachterrasse!
Es gibt Grill (auch vegetarisch/vegan), Eis und ab 19 Uhr die Band "Die Policen".

Bitte bis 28.06. im Intranet zusagen, damit die Kantine planen kann.
Partner:innen sind herzlich willkommen.

Sonnige Grüße
Das Festkomitee (Birte, Kemal, Ronja)
"""
    m = mail("Ronja Heitmann <ronja.heitmann@%s>" % D, "alle-hamburg@%s" % D,
             "Sommerfest 5. Juli – save the date", "Mon, 10 Jun 2024 11:11:11 +0200", body)
    return m, lab("NORMAL", "de", "internal", "social event")


def m027():
    html = """<html><body>
<p>Dear colleagues,</p>
<p>as required by the EU Pay Transparency Directive, here is the first gender pay gap overview
(base salary, full-time equivalent, Germany, 31 Dec 2023):</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Grade band</th><th>Headcount</th><th>Median salary women</th><th>Median salary men</th><th>Gap</th></tr>
<tr><td>T1-T4 (tariff)</td><td>1,108</td><td>EUR 46,300</td><td>EUR 47,100</td><td>1.7%</td></tr>
<tr><td>T5-T8 (tariff)</td><td>742</td><td>EUR 61,900</td><td>EUR 64,200</td><td>3.6%</td></tr>
<tr><td>AT1-AT2</td><td>391</td><td>EUR 84,500</td><td>EUR 90,800</td><td>6.9%</td></tr>
<tr><td>AT3+ / executives</td><td>71</td><td colspan="2">not shown (fewer than 10 women)</td><td>-</td></tr>
</table>
<p>Please treat as internal until the works council has been informed on 15 May.</p>
<p>Regards,<br>Kerstin Mahnke<br>HR Business Partner</p>
</body></html>"""
    text = """Dear colleagues,

as required by the EU Pay Transparency Directive, here is the first gender pay gap
overview (base salary, FTE, Germany, 31 Dec 2023):

Grade band         Headcount  Median women  Median men  Gap
T1-T4 (tariff)     1,108      EUR 46,300    EUR 47,100  1.7%
T5-T8 (tariff)     742        EUR 61,900    EUR 64,200  3.6%
AT1-AT2            391        EUR 84,500    EUR 90,800  6.9%
AT3+ / executives  71         not shown (fewer than 10 women)

Please treat as internal until the works council has been informed on 15 May.

Regards,
Kerstin Mahnke
HR Business Partner
"""
    m = mail("Kerstin Mahnke <kerstin.mahnke@%s>" % D, "hr-leadership@%s" % D,
             "Gender pay gap overview 2023 (internal)", "Thu, 02 May 2024 15:38:00 +0200", text, html=html)
    return m, lab("NORMAL", "en", "internal", "trap: salary medians per grade band, aggregate, small cells suppressed")


def m028():
    body = """Liebe Kolleginnen und Kollegen,

Erinnerung: Die jährliche Pflichtschulung "Geldwäscheprävention und Sanktionen"
muss bis 30.09. abgeschlossen sein (Lernplattform, ca. 35 Minuten).

Neu in diesem Jahr: Fallbeispiele zu Einmalbeiträgen in der Lebensversicherung
aus unklarer Mittelherkunft, zu Zahlungen von Drittkonten und zur Prüfung der
Einkommens- und Vermögensverhältnisse bei Beiträgen über 15.000 EUR.

Bei Fragen: compliance-gw@kranich-gruppe.example

Claire Dubois-Hartmann
Geldwäschebeauftragte (stv.) / Group Compliance
"""
    m = mail("Compliance <compliance@%s>" % D, "alle-de@%s" % D,
             "Erinnerung: Pflichtschulung Geldwäscheprävention bis 30.09.", "Mon, 02 Sep 2024 08:30:00 +0200", body)
    return m, lab("NORMAL", "de", "internal", "trap: AML training reminder mentioning income, third-party accounts")


def m029():
    body = """Liebe Kolleginnen und Kollegen,

ich freue mich, Ihnen mitzuteilen, dass Frau Dr. med. Katrin Oswald zum 1. Juni
die Leitung der Abteilung Leistungsprüfung Kranken übernimmt. Frau Dr. Oswald ist
Fachärztin für Innere Medizin und war zuletzt sieben Jahre im Gesellschaftsärztlichen
Dienst eines Wettbewerbers tätig.

Herr Dr. Fenske bleibt als Gesellschaftsarzt Ansprechpartner für alle medizinischen
Grundsatzfragen.

Bitte heißen Sie Frau Dr. Oswald herzlich willkommen!

Ilka Brodersen
Vorstand Kranken und Leben
"""
    m = mail("Ilka Brodersen <ilka.brodersen@%s>" % D, "alle-de@%s" % D,
             "Personalie: neue Leitung Leistungsprüfung Kranken", "Wed, 15 May 2024 12:00:00 +0200", body)
    return m, lab("NORMAL", "de", "internal", "trap: personnel announcement of a physician, no personal data beyond role")


def m030():
    body = """Hi Katharina,

as requested, BU (disability income) claim incidence for the quota share portfolio,
new claims 2023 by ICD-10 chapter of the main diagnosis:

 Chapter                               New claims  Share
 F  Mental and behavioural disorders      412       34.1%
 M  Musculoskeletal system                255       21.1%
 C/D Neoplasms                            198       16.4%
 I  Circulatory system                     97        8.0%
 S/T Injuries                              91        7.5%
 G  Nervous system                         79        6.5%
 other                                     76        6.3%
 Total                                   1,208      100%

Incidence rate per mille of exposed lives: 2.31 (2022: 2.18).

Regards,
Siobhan
"""
    m = mail("Siobhan Keane <siobhan.keane@%s>" % D, "Katharina Brandl <k.brandl@nordlicht-re.example>",
             "BU incidence 2023 by ICD chapter", "Thu, 07 Mar 2024 09:22:19 +0000", body,
             cc="Matthias Hölzl <matthias.hoelzl@%s>" % D)
    return m, lab("NORMAL", "en", "insurer-to-partner", "trap: disability claim incidence by ICD chapter, aggregate")


def m031():
    lines = ["Kranich Krankenversicherung AG - Erklärung zur Schweigepflichtentbindung",
             "",
             "Versicherte Person: ______________________________  geb. am: ____________",
             "Versicherungsnummer: ____________________",
             "",
             "Ich entbinde die nachfolgend genannten Ärztinnen/Ärzte, Zahnärzte, Krankenhäuser",
             "und Pflegeeinrichtungen von ihrer Schweigepflicht, soweit die Kranich",
             "Krankenversicherung AG Auskünfte zur Prüfung der Leistungspflicht benötigt:",
             "",
             "1. Name/Anschrift: _________________________________________",
             "2. Name/Anschrift: _________________________________________",
             "",
             "Die Erklärung gilt für Behandlungen im Zeitraum von ________ bis ________.",
             "Ich kann diese Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.",
             "",
             "Ort, Datum: ____________________   Unterschrift: ______________________",
             "Formular SE-KV-03/2024"]
    body = """Hallo Sabine,

das neue Formular SE-KV-03/2024 (leer) als PDF für das Formularcenter. Die Fassung
ist mit DSB und Recht abgestimmt, Änderungen ggü. 2021: Zeitraum jetzt Pflichtfeld,
Pflegeeinrichtungen ergänzt.

Gruß Nils
"""
    m = mail("Nils Grabowski <nils.grabowski@%s>" % D, "Sabine Okonkwo-Richter <sabine.okonkwo-richter@%s>" % D,
             "Formular Schweigepflichtentbindung KV – neue Fassung", "Mon, 08 Apr 2024 10:10:10 +0200", body,
             atts=[att(pdf(lines, "SE-KV-03/2024"), "application/pdf", "SE-KV-03-2024_leer.pdf")])
    return m, lab("NORMAL", "de", "internal", "trap: blank confidentiality-release form (Schweigepflicht, geb. am) as PDF")


def m032():
    body = """Hi,

wir haben im 5. OG kein Druckerpapier mehr (A4, 80g) und der Toner für den
Kyocera am Fenster ist auch fast leer. Könnt ihr bis morgen was hochbringen?

Danke!
Kemal

Sent from my iPhone
"""
    m = mail("Kemal Aydın <kemal.aydin@%s>" % D, "hausdienst@%s" % D, "Papier 5. OG",
             "Tue, 19 Mar 2024 16:49:02 +0100", body)
    return m, lab("NORMAL", "de", "internal", "office supplies request")


def m033():
    body = """Hi Lea,

August numbers for the Kranich hotlines operated by Callvista:

 Queue                     Calls    AHT (s)  SL 80/20   FCR
 Motor claims              21,904   312      82%        74%
 Property claims           11,377   356      79%        70%
 Health - reimbursement    17,640   289      85%        81%
 Health - daily allowance   2,210   401      77%        66%
 Life/BU service            4,985   344      83%        72%

Daily allowance (Krankentagegeld) AHT is up again; most calls are status questions
about pending medical certificates. Suggest we add a status message to the IVR.

Best,
Marco Santangelo
Team Lead Insurance Services, Callvista Kundenservice GmbH

> -----Original Message-----
> From: Lea Kowalczyk
> Sent: Monday, 2 September 2024 08:14
> Can you send me the August KPIs before Wednesday? Thanks, Lea
"""
    m = mail("Lea Kowalczyk <lea.kowalczyk@%s>" % D, "kundenservice-steuerung@%s" % D,
             "FW: August KPIs Kranich hotlines", "Tue, 03 Sep 2024 17:30:21 +0200", body)
    return m, lab("NORMAL", "en", "supplier", "trap: call-centre KPIs incl. health/daily-allowance queues, aggregate")


def m034():
    body = """Hallo Frau Dr. Oswald,

vorab das Ergebnis der Stichprobe Leistungsprüfung ambulant (Prüfung 01/2024),
Feststellung F-03 (noch nicht final):

"In 3 von 60 Stichprobenfällen lag bei Einholung eines Befundberichts keine
gültige Schweigepflichtentbindung vor; in einem weiteren Fall war sie älter als
der angefragte Behandlungszeitraum. Risiko: mittel. Empfehlung: Systemsperre für
Arztanfragen ohne hinterlegte SE."

Die Fallnummern erhalten Sie separat über das Revisionstool, nicht per Mail.
Schlussbesprechung wäre am 22.03. möglich.

Mit freundlichen Grüßen
Anke Wiesner
Konzernrevision
"""
    m = mail("Anke Wiesner <anke.wiesner@%s>" % D, "Dr. Katrin Oswald <katrin.oswald@%s>" % D,
             "Prüfung 01/2024 – Feststellung F-03 (Entwurf)", "Thu, 07 Mar 2024 13:13:00 +0100", body)
    return m, lab("NORMAL", "de", "internal", "trap: audit finding about missing consents, counts only, no case IDs")


def m035():
    body = """Liebe Kolleginnen und Kollegen im Vertrieb,

der Vorstand hat die Überschussdeklaration 2025 beschlossen:

  Laufende Verzinsung klassische Rentenversicherung:  2,75 % (Vorjahr 2,50 %)
  Gesamtverzinsung inkl. Schlussüberschuss:            3,45 %
  Mindestbeteiligung Bewertungsreserven:               0,15 %
  Berufsunfähigkeit: Beitragsverrechnung unverändert 28 %

Die Kundenanschreiben gehen ab KW 4 über das Druckhaus raus. Sprachregelung
und FAQ liegen im Vertriebsportal.

Viele Grüße
Dr. Bernd Tiedemann
Verantwortlicher Aktuar
"""
    m = mail("Dr. Bernd Tiedemann <bernd.tiedemann@%s>" % D, "vertrieb-innendienst@%s" % D,
             "Überschussdeklaration 2025", "Fri, 13 Dec 2024 11:45:00 +0100", body)
    return m, lab("NORMAL", "de", "internal", "trap: profit participation rates for life/BU, product-level")


def m036():
    body = """Hi Friederike, hi Nils,

FYI: the domain certificate for the secure mail gateway (S/MIME, gateway-to-gateway)
for kranich-gruppe.example expires on 30 Sep. New CSR has been submitted to the CA
today, validation via DNS. We'll swap it in the change window on 19 Sep, 21:00.

Partners who pinned the old certificate (two reinsurers, the print shop) will get
the new public key by mail from us in advance.

Regards
Piotr
Service Desk L2 - Messaging
"""
    m = mail("Piotr Zieliński <piotr.zielinski@ssc.%s>" % D,
             "Friederike Lamprecht <friederike.lamprecht@%s>, Nils Grabowski <nils.grabowski@%s>" % (D, D),
             "Domain certificate renewal - secure mail gateway", "Mon, 02 Sep 2024 10:02:37 +0200", body)
    return m, lab("NORMAL", "en", "internal", "certificate renewal notice")


def m037():
    body = """Liebe Kolleginnen und Kollegen der BU-Leistung,

kurz zur neuen BGH-Entscheidung vom 12.06.2024 (IV ZR 000/23, veröffentlicht):

Der BGH bestätigt, dass eine Nachprüfung nach konkreter Verweisung nur zulässig ist,
wenn der Versicherer die neue Tätigkeit nach Einkommen und sozialer Wertschätzung
mit dem früheren Beruf vergleicht; ein Einkommensverlust von mehr als 20 % ist in
der Regel nicht mehr zumutbar. Im entschiedenen Fall ging es um eine Krankenschwester
mit Bandscheibenvorfall, die nach einer Umschulung als Praxismanagerin tätig war.

Für uns: Bitte in laufenden Nachprüfungen die Einkommensvergleiche dokumentieren.
Musterformulierung folgt.

Viele Grüße
Recht Leben/Kranken
"""
    m = mail("Recht Leben/Kranken <recht-lk@%s>" % D, "bu-leistung@%s" % D,
             "BGH zur Nachprüfung BU – Einkommensvergleich", "Wed, 03 Jul 2024 14:27:09 +0200", body)
    return m, lab("NORMAL", "de", "internal", "trap: summary of a published judgment (anonymous nurse, herniated disc)")


def m038():
    body = """Hallo zusammen,

für das Training "Schwierige Kundengespräche" am Dienstag hier das Fallbeispiel
(komplett ausgedacht):

  Herr Beispiel ruft zum dritten Mal an, weil seine Kfz-Schadenzahlung
  "seit Wochen" aussteht. Er ist laut, droht mit BaFin und Presse.
  Aufgabe: Gespräch in 3 Phasen (Dampf ablassen lassen - Fakten - Zusage mit Termin).

Bitte jeweils zu zweit vorbereiten. Rollenkarten verteile ich vor Ort.

Dirk
"""
    m = mail("Dirk Brandstätter <dirk.brandstaetter@%s>" % D, "team-beschwerde@%s" % D,
             "Training Dienstag – Fallbeispiel", "Thu, 18 Jan 2024 16:10:00 +0100", body)
    return m, lab("NORMAL", "de", "internal", "trap: fictitious complaint case for training")


def m039():
    body = """Team,

quick summary for the pet insurance launch (Kranich TierSchutz, start 1 October):

- Surgery cover and full vet cover, reimbursement up to 3x GOT (German veterinary fee
  schedule), annual limit EUR 5,000 / unlimited in Premium.
- Waiting period 30 days for illnesses, none for accidents.
- Typical claim examples used in the marketing: cruciate ligament surgery in dogs
  (EUR 2,000-3,500), dental cleaning under anaesthesia for cats (EUR 400).

Underwriting questions ask for breed, birth date of the animal and chip number only.

Thanks,
Nora
"""
    m = mail("Nora Baumgärtel <nora.baumgaertel@%s>" % D, "product-pet@%s" % D,
             "Pet insurance launch - key facts", "Tue, 27 Aug 2024 09:09:09 +0200", body)
    return m, lab("NORMAL", "en", "internal", "trap: pet product facts with surgery/anaesthesia wording")


def m040():
    body = """Die Kaffeemaschine in der Teeküche 4. OG ist schon wieder kaputt (Fehler 8,
Wassertank). Hab beim Hausdienst ein Ticket aufgemacht. Bis dahin bitte die im
3. OG benutzen.

Gruß Timo
"""
    m = mail("Timo Westphal <timo.westphal@%s>" % D, "team-kfz-schaden@%s" % D, "Kaffeemaschine 4. OG",
             "Wed, 07 Feb 2024 08:41:15 +0100", body)
    return m, lab("NORMAL", "de", "internal", "kitchen notice")


def m041():
    rows = [["Pflegegrad", "Leistungsempfänger PPV", "Anteil", "Ø Alter"],
            ["PG 1", 1204, "14,2 %", 79.1], ["PG 2", 3388, "40,0 %", 81.4], ["PG 3", 2215, "26,1 %", 82.0],
            ["PG 4", 1190, "14,0 %", 83.3], ["PG 5", 478, "5,6 %", 79.8], ["Gesamt", 8475, "100 %", 81.4]]
    body = """Hallo Herr Tiedemann,

die Verteilung der Leistungsempfänger in der Pflegepflichtversicherung nach
Pflegegrad zum 30.06.2024 (ODS, wie gewünscht für LibreOffice). Der Anstieg PG 2
kommt überwiegend aus Höherstufungen nach Begutachtung durch Medicproof.

Grüße
Rieke Hansen
Controlling Kranken/Pflege
"""
    m = mail("Rieke Hansen <rieke.hansen@%s>" % D, "Dr. Bernd Tiedemann <bernd.tiedemann@%s>" % D,
             "Pflegegrade PPV Stand 30.06.", "Fri, 19 Jul 2024 12:32:50 +0200", body,
             atts=[att(ods("PPV_2024-06", rows), ODS_T, "PPV_Pflegegrade_2024-06.ods")])
    return m, lab("NORMAL", "de", "internal", "trap: care-level distribution of beneficiaries, aggregate ODS")


def m042():
    body = """Hi all,

as agreed in the data governance board, the masking rules for copying the policy
database to the UAT environment (effective with refresh 2024-R3):

  field                 rule
  last_name/first_name  replaced from synthetic name list (deterministic hash)
  birth_date            shifted by random +/- 0..180 days, year kept for age bands
  iban                  replaced with valid test IBAN from bank code 12030000 pool
  diagnosis_code        replaced by chapter only (e.g. "M" instead of M51.1)
  free_text             nulled
  policy_no             kept (needed for reconciliation), but not linked to real name

Anything not listed: nulled by default. Questions -> data-governance@kranich-gruppe.example

Siobhan (for the Data Governance Board)
"""
    m = mail("Siobhan Keane <siobhan.keane@%s>" % D, "it-test-environments@%s" % D,
             "Masking rules for UAT refresh 2024-R3", "Mon, 15 Jul 2024 11:03:12 +0100", body)
    return m, lab("NORMAL", "en", "internal", "trap: data masking rules naming birth date, IBAN, diagnosis fields, no data")


def m043():
    body = """Guten Tag Herr Tödter,

wir möchten zusätzlich zu den Druckaufträgen die Aktenvernichtung für unseren
Standort Hamburg bei Ihnen beauftragen:

  - 12 verschließbare Datenschutztonnen 240 l (Posteingang, Leistung Kranken, Archiv)
  - Abholung 14-täglich, Vernichtung nach DIN 66399 Sicherheitsstufe P-4
  - Vernichtungsnachweis je Abholung

In den Tonnen landen u.a. gescannte Arztrechnungen und Krankenhausberichte, daher
brauchen wir die Ergänzung zum AV-Vertrag (Anlage TOM) vor Beginn.

Bitte um Angebot bis Ende des Monats.

Mit freundlichen Grüßen
Birte Claußen
Facility Management
"""
    m = mail("Birte Claußen <birte.claussen@%s>" % D, "Frank Tödter <f.toedter@druckhaus-elbmarsch.example>",
             "Anfrage Aktenvernichtung Standort Hamburg", "Tue, 05 Mar 2024 10:25:00 +0100", body)
    return m, lab("NORMAL", "de", "insurer-to-supplier", "trap: shredding order for medical documents, no person")


def m044():
    body = """Hallo Siobhan, hi Matthias,

für den ESG-Bericht (ESRS S1) brauchen wir noch folgende Kennzahlen, bitte jeweils
für DE, AT und IE:

- sick leave days per FTE 2023  (DE liegt laut HR bei 15,8 Tagen)
- work-related accidents, recordable, count + rate per 1m hours
- share of employees covered by occupational health services

Deadline ist der 31.01., das Template liegt im ESG-Teams-Kanal.
Danke euch!

Best, Laura Engelke
Group Sustainability
"""
    m = mail("Laura Engelke <laura.engelke@%s>" % D,
             "Siobhan Keane <siobhan.keane@%s>, Matthias Hölzl <matthias.hoelzl@%s>" % (D, D),
             "ESRS S1 Kennzahlen – sick leave / accidents", "Tue, 09 Jan 2024 09:50:10 +0100", body)
    return m, lab("NORMAL", "mixed", "internal", "trap: ESG request for sick-leave and accident rates, aggregate")


def m045():
    body = """Hallo Frau Claußen,

können Sie mir für Donnerstag, 14.11., 10-12 Uhr den Raum Alster (5.01) buchen?
8 Personen, Beamer und Catering (Kaffee, Wasser) bitte.

Danke und Gruß
Mehmet Arslan
"""
    m = mail("Mehmet Arslan <mehmet.arslan@%s>" % D, "Birte Claußen <birte.claussen@%s>" % D,
             "Raumbuchung 14.11.", "Fri, 08 Nov 2024 15:15:15 +0100", body)
    return m, lab("NORMAL", "de", "internal", "room booking")


def m046():
    body = """Hi Marlene,

draft press release for Thursday, please check the CEO quote:

"HAMBURG - Kranich Krankenversicherung AG paid out EUR 1.21 billion in health
benefits to its 612,000 insured persons in 2023, 7% more than the year before.
Hospital treatment accounted for 38%, outpatient doctors for 27% and dental care
for 14%. 'Rising costs for new cancer therapies and psychotherapy are a challenge
we take seriously,' said CEO Dr. Konstantin Reimers."

Embargo: 28 March, 10:00 CET.

Thanks, Jan
Corporate Communications
"""
    m = mail("Jan Vosgerau <jan.vosgerau@%s>" % D, "Dr. Marlene Aschenbach <marlene.aschenbach@%s>" % D,
             "Press release health benefits 2023 - CEO quote", "Mon, 25 Mar 2024 17:40:03 +0100", body)
    return m, lab("NORMAL", "en", "internal", "trap: press release on health benefit totals, cancer/psychotherapy in general")


def m047():
    body = """Hallo Team,

neuer Textbaustein TB-BESCHW-12 (Eingangsbestätigung Beschwerde) ist im
Korrespondenzsystem freigeschaltet:

  Sehr geehrte«r» «Anrede» «Nachname»,
  vielen Dank für Ihre Nachricht vom «Eingangsdatum» zu Ihrem Vertrag «Vertragsnummer».
  Wir nehmen Ihr Anliegen sehr ernst und prüfen es sorgfältig. Sie erhalten bis
  spätestens «Antwortfrist» eine Antwort von «Sachbearbeiter».

Bitte den alten Baustein TB-BESCHW-03 ab sofort nicht mehr verwenden.

Gruß
Lea
"""
    m = mail("Lea Kowalczyk <lea.kowalczyk@%s>" % D, "team-beschwerde@%s" % D,
             "Neuer Textbaustein Eingangsbestätigung", "Wed, 10 Apr 2024 09:31:00 +0200", body)
    return m, lab("NORMAL", "de", "internal", "trap: complaint acknowledgement template with «placeholders»")


def m048():
    body = """Hello,

your laptop is scheduled for the hardware refresh (Lenovo T14 Gen 5) in week 39.
Please back up local files to OneDrive before your slot and bring the old device,
charger and docking station to the IT bar, 1st floor.

Your slot: Tue 24 Sep, 10:30. Reschedule via the self-service portal.

Kranich Shared Services - Workplace Team
"""
    m = mail("Workplace Team <workplace@ssc.%s>" % D, "Dirk Brandstätter <dirk.brandstaetter@%s>" % D,
             "Laptop refresh - your slot", "Mon, 16 Sep 2024 07:00:00 +0200", body)
    return m, lab("NORMAL", "en", "internal", "IT hardware refresh slot")


def m049():
    body = """Liebe Führungskräfte,

auf Wunsch mehrerer Bereiche hier noch einmal der Ablauf des Betrieblichen
Eingliederungsmanagements (BEM) nach § 167 Abs. 2 SGB IX, wie mit dem Betriebsrat
vereinbart:

1. HR erhält aus dem Zeiterfassungssystem einen Hinweis, wenn jemand innerhalb von
   12 Monaten länger als sechs Wochen arbeitsunfähig war.
2. HR schreibt die Person an, die Teilnahme ist freiwillig.
3. Diagnosen werden nicht erfragt; was die Person freiwillig berichtet, bleibt im BEM-Team.
4. Führungskräfte erfahren nur vereinbarte Maßnahmen (z. B. Stundenreduzierung), nicht die Gründe.

Bitte sprecht Mitarbeitende nicht selbst auf Krankheiten an, sondern verweist auf das BEM-Team.

Kerstin Mahnke, HR
"""
    m = mail("Kerstin Mahnke <kerstin.mahnke@%s>" % D, "fuehrungskraefte-de@%s" % D,
             "BEM – Ablauf zur Erinnerung", "Thu, 22 Feb 2024 10:00:00 +0100", body)
    return m, lab("NORMAL", "de", "internal", "trap: BEM process description (arbeitsunfähig, Diagnosen), no person")


def m050():
    body = """Hallo Matthias,

kurzer Stand zur Erneuerung des Kranken-XL (Kranich Krankenversicherung AG) zum 1.1.:

  Priorität:  EUR 300.000 je Person und Jahr (unverändert)
  Haftung:    EUR 5 Mio. xs 300.000
  Rate:       Nordlicht Re bietet 0,92 ‰ der Bruttoprämie (Vorjahr 0,85 ‰)
  Begründung: Gen- und Zelltherapien (CAR-T), Frühgeborenen-Intensivmedizin

Ich würde bei 0,88 ‰ abschließen wollen. Können wir morgen 15 Uhr telefonieren?

Gruß
Katja Rehder
Rückversicherung
"""
    m = mail("Katja Rehder <katja.rehder@%s>" % D, "Matthias Hölzl <matthias.hoelzl@%s>" % D,
             "Kranken-XL 2025 – Stand Verhandlung", "Mon, 18 Nov 2024 18:20:40 +0100", body)
    return m, lab("NORMAL", "de", "internal", "trap: reinsurance treaty terms mentioning CAR-T and neonatal care, no person")


def m051():
    body = """Hi Anke,

for the audit of outpatient health claims (01/2025) I'd suggest the following
sampling approach, consistent with our methodology manual:

- Population: all outpatient claims settled 1 Jan - 30 Sep 2024 (approx. 402,000)
- Stratification: 3 strata by amount (< EUR 500 / 500-5,000 / > 5,000)
- Sample: 20 per stratum, random selection with seed documented in the working papers
- Attribute testing on: consent on file, tariff check, GOÄ factor check, 4-eyes above EUR 5,000

Expected deviation rate 2%, tolerable 5%. We don't need the claims team to pull
anything in advance - the extract comes directly from the data warehouse.

Rafael Moreno
Group Internal Audit - Data Analytics
"""
    m = mail("Rafael Moreno <rafael.moreno@%s>" % D, "Anke Wiesner <anke.wiesner@%s>" % D,
             "Sampling approach audit 01/2025 outpatient claims", "Wed, 27 Nov 2024 11:19:45 +0100", body)
    return m, lab("NORMAL", "en", "internal", "trap: audit sampling methodology for health claims, no cases")


def m052():
    body = """Liebe Kolleginnen und Kollegen,

die Weihnachtsfeier der Sparte Schaden/Unfall findet am Freitag, 13.12., ab 18 Uhr
im "Fährhaus Altona" statt. Wichteln mit max. 10 Euro, bitte bis 1.12. im
Teams-Formular eintragen.

Fröhliche Grüße
Petra Lindqvist
"""
    m = mail("Petra Lindqvist <petra.lindqvist@%s>" % D, "sparte-schaden@%s" % D,
             "Weihnachtsfeier 13.12.", "Mon, 18 Nov 2024 12:12:12 +0100", body)
    return m, lab("NORMAL", "de", "internal", "Christmas party")


def m053():
    body = """Hallo Henrike,

zum neuen BU-Antrag (Generation 2025) mein Vorschlag für die vereinfachten
Gesundheitsfragen (nur Produktebene, Zielgruppe Azubis/Studierende):

 1. Sind Sie in den letzten 3 Jahren wegen einer psychischen Erkrankung
    (z. B. Depression, Angststörung) ambulant behandelt worden?
 2. Waren Sie in den letzten 5 Jahren stationär im Krankenhaus (mehr als 3 Tage)?
 3. Besteht bei Ihnen eine anerkannte Behinderung oder Berufsunfähigkeit?
 4. Körpergröße und Gewicht?

Frage 1 würde ich gern auf "letzte 3 Jahre" lassen, die Rückversicherung wollte 5.

Gruß
Ulrich
Dr. med. Ulrich Fenske, Gesellschaftsarzt
"""
    m = mail("Dr. Ulrich Fenske <ulrich.fenske@%s>" % D, "Dr. Henrike Vosskamp <henrike.vosskamp@%s>" % D,
             "Gesundheitsfragen BU Gen. 2025 – Entwurf", "Thu, 30 May 2024 08:55:33 +0200", body)
    return m, lab("NORMAL", "de", "internal", "trap: draft health questions for an application form, no applicant")


def m054():
    body = """Hello Yvonne,

for the ClaimNova go-live we need the following new document class codes in your
classification engine from 4 November (mapping table below, rest unchanged):

  Code            Description                        Target queue
  MED_REPORT      doctor's report / discharge letter  KV-LEISTUNG-MED
  INVOICE_OUTPAT  outpatient invoice (GOÄ/GOZ)        KV-LEISTUNG-AMB
  INVOICE_HOSP    hospital invoice (DRG)              KV-LEISTUNG-STAT
  PRESCRIPTION    prescription / pharmacy receipt     KV-LEISTUNG-AMB
  MOTOR_FNOL      motor first notice of loss          KFZ-SCHADEN

Test batch (synthetic documents only) will be delivered via SFTP on 21 Oct.

Regards,
Agnieszka
"""
    m = mail("Agnieszka Wróbel <agnieszka.wrobel@ssc.%s>" % D, "Yvonne Behrendt <y.behrendt@scanport.example>",
             "New document class codes for ClaimNova", "Thu, 10 Oct 2024 14:04:59 +0200", body)
    return m, lab("NORMAL", "en", "insurer-to-supplier", "trap: document class codes for medical reports/invoices")


def m055():
    body = """Liebe Kolleginnen und Kollegen,

danke an alle 1.642 Teilnehmenden der Mitarbeitendenbefragung 2024 (Quote 71 %)!
Die wichtigsten Ergebnisse:

  - 68 % fühlen sich "häufig" oder "sehr häufig" durch Arbeitsmenge gestresst (2022: 61 %)
  - 14 % berichten Symptome, die sie selbst als Erschöpfung/Burnout beschreiben
  - Zufriedenheit mit mobilem Arbeiten: 4,4 von 5

Ergebnisse werden nur für Einheiten ab 10 Antworten ausgewiesen. Die Bereiche
erhalten ihre Auswertung in den nächsten Wochen.

Euer HR-Team
"""
    m = mail("HR Kommunikation <hr-kommunikation@%s>" % D, "alle-de@%s" % D,
             "Ergebnisse Mitarbeitendenbefragung 2024", "Tue, 08 Oct 2024 09:00:00 +0200", body)
    return m, lab("NORMAL", "de", "internal", "trap: staff survey with stress/burnout percentages, aggregate")


def m056():
    body = """Hi Siobhan,

kurze Frage zum QRT S.12.01 (Life technical provisions), Q3:

Best Estimate health similar to life (Zeile R0030, Spalte C0160) ist ggü. Q2 um
EUR 214 Mio. gestiegen, die Zinskurve erklärt nur ~150 Mio. Is the rest from the new
Pflegetagegeld business or from the model change in the lapse assumptions?

Need it for the validation log by Friday.

Danke, Matthias
"""
    m = mail("Matthias Hölzl <matthias.hoelzl@%s>" % D, "Siobhan Keane <siobhan.keane@%s>" % D,
             "QRT S.12.01 Q3 – BE movement", "Wed, 23 Oct 2024 13:01:02 +0200", body)
    return m, lab("NORMAL", "mixed", "internal", "trap: Solvency II best estimate figures, no person")


def m057():
    html = """<html><body style="font-family:Arial">
<h2>Kranich intern – Ausgabe 11/2024</h2>
<ul>
<li><b>ClaimNova Welle 2 live:</b> Seit 4.11. laufen auch Kfz-Schäden über die neue Plattform.</li>
<li><b>Neue Kantine:</b> Ab Januar mit Salatbar und längeren Öffnungszeiten.</li>
<li><b>Lauf gegen Krebs:</b> 84 Kolleg:innen sind 612 km für die Krebshilfe gelaufen – danke!</li>
<li><b>Jubiläen:</b> 25 Jahre Kranich: Herzlichen Glückwunsch an alle Jubilarinnen und Jubilare.</li>
</ul>
<p>Redaktion: interne-kommunikation@kranich-gruppe.example</p>
</body></html>"""
    text = """Kranich intern - Ausgabe 11/2024

* ClaimNova Welle 2 live: Seit 4.11. laufen auch Kfz-Schäden über die neue Plattform.
* Neue Kantine: Ab Januar mit Salatbar und längeren Öffnungszeiten.
* Lauf gegen Krebs: 84 Kolleg:innen sind 612 km für die Krebshilfe gelaufen - danke!
* Jubiläen: 25 Jahre Kranich: Herzlichen Glückwunsch an alle Jubilarinnen und Jubilare.

Redaktion: interne-kommunikation@kranich-gruppe.example
"""
    m = mail("Kranich intern <interne-kommunikation@%s>" % D, "alle-de@%s" % D,
             "Kranich intern 11/2024", "Thu, 21 Nov 2024 07:30:00 +0100", text, html=html,
             cte="quoted-printable")
    return m, lab("NORMAL", "de", "newsletter", "internal newsletter (charity run against cancer, no person)")


def m058():
    body = """Hi all,

selection of anonymised NPS verbatims from the Q3 claims survey (health + motor),
names and any identifying details removed by the survey vendor:

 "After my operation I had to send the hospital bill three times. Three times!"  (score 2)
 "The lady on the phone was very kind when my husband was in rehab."            (score 9)
 "Motor claim settled in 5 days, great."                                        (score 10)
 "I don't understand why physiotherapy is only partly reimbursed."              (score 4)

Overall NPS claims: +18 (Q2: +14). Full report on the CX Sharepoint.

Lea
"""
    m = mail("Lea Kowalczyk <lea.kowalczyk@%s>" % D, "cx-board@%s" % D,
             "Q3 claims NPS - verbatims", "Mon, 14 Oct 2024 16:16:16 +0200", body)
    return m, lab("NORMAL", "en", "internal", "trap: anonymised survey verbatims mentioning operation/rehab, not identifiable")


def m059():
    body = """Hallo Mehmet,

für die FAQ "Kündigung Kfz" hier der Musterbrief, den Kundinnen und Kunden im
Portal herunterladen können. Bitte prüfen, ob der Hinweis zur Beitragsrückzahlung
so passt:

  «Vorname» «Nachname», «Straße», «PLZ Ort»
  Versicherungsschein-Nr.: KF-________
  Kennzeichen: __-__ ____

  Hiermit kündige ich den o.g. Vertrag zum ________.
  Zu viel gezahlte Beiträge erstatten Sie bitte auf mein Konto:
  IBAN DE__ ____ ____ ____ ____ __

Gruß, Nora
"""
    m = mail("Nora Baumgärtel <nora.baumgaertel@%s>" % D, "Mehmet Arslan <mehmet.arslan@%s>" % D,
             "Musterbrief Kündigung Kfz für FAQ", "Wed, 31 Jul 2024 10:58:00 +0200", body)
    return m, lab("NORMAL", "de", "internal", "trap: blank cancellation template with empty IBAN/plate placeholders")


def m060():
    body = """Hallo zusammen,

Auswertung SEPA-Rücklastschriften Oktober (alle Sparten, Konzern DE):

  Rückgabegrund                        Anzahl   Volumen EUR
  AC04 Konto erloschen                    812       97.410
  AM04 Deckung unzureichend             2.105      311.880
  MD06 Widerspruch Zahler                 640      102.300
  MS03 Sonstige Gründe                    233       28.115
  Summe                                 3.790      539.705

Deckung unzureichend ist weiter hoch, besonders zum Monatsanfang. Vorschlag
Inkasso: Einzugstermin auf den 15. verschieben bei Wiederholern.

Grüße
Holger Brinkmann
Inkasso / Zahlungsverkehr
"""
    m = mail("Holger Brinkmann <holger.brinkmann@%s>" % D, "inkasso-leitung@%s" % D,
             "Rücklastschriften Oktober – Auswertung", "Tue, 05 Nov 2024 09:44:21 +0100", body)
    return m, lab("NORMAL", "de", "internal", "trap: direct-debit return statistics, account/money words, aggregate")


# ---------------------------------------------------------------- CONFIDENTIAL


def m061():
    body = """Hi Jonas,

kurze Frage aus dem Kfz-Schaden: Kunde Lars Pietschmann, KF-2207-118843, HH-LP 4471,
Auffahrunfall am 03.04. auf der A7, niemand verletzt, Schaden am Gegner ca. 4.800 EUR.

Er behauptet, er sei bei Vertragsbeginn in SF 12 eingestuft worden, im System steht
aber SF 8. Kannst du in der Antragsakte nachsehen, ob die Vorversicherer-Bescheinigung
(HUK?) da ist? Sonst kriegen wir nächste Woche eine Beschwerde.

Danke!
Mehmet
"""
    m = mail("Mehmet Arslan <mehmet.arslan@%s>" % D, "Jonas Ebeling <jonas.ebeling@%s>" % D,
             "Frage SF-Einstufung KF-2207-118843", "Mon, 08 Apr 2024 11:20:35 +0200", body)
    return m, lab("CONFIDENTIAL", "de", "internal",
                  "named motor customer with policy no., plate and claim; nobody hurt")


def m062():
    inner = mail("Gwendolyn Farrell-Schulze <gfs@inbox-mail.example>", "ceo@%s" % D,
                 "Five weeks and still no assessor - household claim S-24-0098812",
                 "Mon, 18 Mar 2024 23:12:40 +0100",
                 """Dear Dr Reimers,

I am writing to you directly because nobody in your claims department seems to
care. On 12 February a pipe burst in the flat above mine and my kitchen and
hallway were flooded (household policy HR-5508-31207, claim S-24-0098812).

Five weeks later no assessor has turned up. I am paying EUR 38 per day for the
dryers myself. I expect an interim payment of EUR 3,000 by the end of this week,
otherwise I will contact the ombudsman.

You can reach me on 0151 000 57 412.

Gwendolyn Farrell-Schulze
Schlüterstraße 17, 20146 Hamburg
""", mid="<gfs.20240318231240@inbox-mail.example>")
    body = """Dirk,

complaint came in via the CEO inbox last night, original attached.
Can your team pick this up and call her today, please? Short status to me by
Thursday for the CEO.

Thanks,
Marlene

Dr. Marlene Aschenbach
Head of Board Office
"""
    m = mail("Dr. Marlene Aschenbach <marlene.aschenbach@%s>" % D, "Dirk Brandstätter <dirk.brandstaetter@%s>" % D,
             "FW: complaint via CEO inbox", "Tue, 19 Mar 2024 08:47:12 +0100", body, atts=[fwd(inner)])
    return m, lab("CONFIDENTIAL", "en", "customer",
                  "harmless body; attached message/rfc822: named household customer, address, phone, policy/claim numbers")


def m063():
    body = """Hallo Jana,

bitte für Herrn Sven Mühlenkamp (Personalnr. 204417, Kfz-Schaden) ab 01.07. die
Höhergruppierung von TG 6 in TG 7 umsetzen, neues Monatsgehalt 4.612 EUR brutto
zzgl. Zulage 150 EUR. Die Zustimmung des Betriebsrats liegt seit gestern vor.

Danke und Gruß
Kerstin
"""
    m = mail("Kerstin Mahnke <kerstin.mahnke@%s>" % D, "Jana Petersen <jana.petersen@%s>" % D,
             "Höhergruppierung Mühlenkamp ab 01.07.", "Wed, 26 Jun 2024 13:03:03 +0200", body)
    return m, lab("CONFIDENTIAL", "de", "internal", "named employee with salary (income)")


def m064():
    body = """Hallo Herr Tödter,

bitte den Nachtrag zur Hausratversicherung für Frau Annegret Lührs (Vertrag
HR-4410-77802) noch einmal drucken und versenden, diesmal an die neue Anschrift:

  Annegret Lührs
  Am Sielgraben 4
  21614 Buxtehude

Der erste Versand (Job 2024-08-1142) ist als unzustellbar zurückgekommen.
Das PDF liegt im SFTP-Ordner /reprint/2024-08-22.

Danke und Gruß
Ines Wachtendorf
"""
    m = mail("Ines Wachtendorf <ines.wachtendorf@%s>" % D, "Frank Tödter <f.toedter@druckhaus-elbmarsch.example>",
             "Nachdruck Nachtrag HR-4410-77802", "Thu, 22 Aug 2024 09:20:00 +0200", body)
    return m, lab("CONFIDENTIAL", "de", "insurer-to-supplier", "named household customer with address and policy number")


def m065():
    rows = [["Sample#", "Claim no.", "Policyholder", "Plate", "Date of loss", "Reserve EUR", "Paid EUR"],
            [1, "K-23-4410981", "Björn Asmussen", "PI-BA 220", "2023-02-14", 0, 6120.40],
            [2, "K-23-4412277", "Dragana Petrović", "HH-DP 1984", "2023-03-02", 2500, 11890.00],
            [3, "K-23-4419035", "Uwe Kreikenbohm", "SE-UK 77", "2023-05-19", 0, 1480.55],
            [4, "K-23-4420113", "Lamprecht Logistik GmbH", "HH-LL 3011", "2023-06-07", 48000, 15200.00],
            [5, "K-23-4431890", "Marieke de Vries", "STD-MV 12", "2023-08-30", 0, 3320.10],
            [6, "K-23-4440062", "Anton Scheibner", "HH-AS 6060", "2023-11-11", 12000, 0]]
    body = """Hi Anke,

the motor claims sample for the reserve audit is attached, as drawn by the data
analytics script (seed in the working papers). Could you ask Petra's team to
provide the files by 15 April?

Rafael
"""
    m = mail("Rafael Moreno <rafael.moreno@%s>" % D, "Anke Wiesner <anke.wiesner@%s>" % D,
             "Sample motor reserves", "Thu, 28 Mar 2024 10:10:44 +0100", body,
             atts=[att(xlsx([("Sample", rows)]), XLSX_T, "sample_motor_reserves_2024.xlsx")])
    return m, lab("CONFIDENTIAL", "en", "internal",
                  "harmless body; XLSX attachment lists named motor policyholders, plates, claim numbers")


def m066():
    body = """Hallo Holger,

im Vorgang Privathaftpflicht PH-3307-22160 (Kunde Ferdinand Oelkers) ist die
Beitragserstattung nach Kündigung (84,17 EUR) auf ein falsches Konto gegangen.
Der Kunde hatte uns im Juli die neue Bankverbindung mitgeteilt:

  DE36 9659 8833 4636 7077 06  (Kontoinhaber Ferdinand Oelkers)

überwiesen wurde aber noch auf die alte DE27 0957 8078 9040 4555 94.
Kannst du einen Rückruf bei der Bank anstoßen und neu überweisen?

Danke, Petra
"""
    m = mail("Petra Lindqvist <petra.lindqvist@%s>" % D, "Holger Brinkmann <holger.brinkmann@%s>" % D,
             "Erstattung an falsches Konto – PH-3307-22160", "Fri, 16 Aug 2024 14:44:00 +0200", body)
    return m, lab("CONFIDENTIAL", "de", "internal", "named liability customer with two IBANs and refund")


def m067():
    body = """Hallo Team Bestand,

Weiterleitung Gesprächsnotiz von Callvista, bitte SEPA-Mandat anpassen.

Lea

-------- Weitergeleitete Nachricht --------
Von: Callvista Agent 0417 <agent0417@callvista.example>
Datum: 04.03.2024 15:22
Betreff: Gesprächsnotiz Ticket CV-778120

Anrufer: Herr Rüdiger Tamm, VN Wohngebäude WG-1190-40021
Objekt: Lindenweg 9, 25462 Rellingen
Anliegen: Änderung Bankverbindung ab nächster Abbuchung (01.04.)
Neue IBAN: DE61 5329 3098 2012 7821 72, Kreissparkasse, Kontoinhaber Rüdiger und Helga Tamm
Legitimation: Vers.-Nr. + Objektanschrift + Geb.-Datum 17.10.1958 abgefragt, ok
Mandat: neues Mandat per Post angefordert
"""
    m = mail("Lea Kowalczyk <lea.kowalczyk@%s>" % D, "bestand-sach@%s" % D,
             "WG: Gesprächsnotiz Ticket CV-778120", "Mon, 04 Mar 2024 16:01:30 +0100", body)
    return m, lab("CONFIDENTIAL", "de", "supplier",
                  "forwarded call note: named buildings customer, IBAN, birth date")


def m068():
    body = """Hi Nils,

we received an Art. 15 GDPR access request from Mr Callum O'Driscoll, address
Rathgar Road 112, Dublin 6 (he moved from Hamburg in 2023). I checked our systems:

- motor policy KF-2019-554781 (cancelled 31.12.2023), one claim 2021 (glass)
- household policy HR-2019-554790 (cancelled 31.12.2023)
- no life, health or accident contracts found

To verify his identity we matched name, old address and date of birth
(22/06/1984) against the copy of his passport. Can you prepare the response
letter? Deadline is 14 May.

Thanks,
Claire
"""
    m = mail("Claire Dubois-Hartmann <claire.dubois-hartmann@%s>" % D, "Nils Grabowski <nils.grabowski@%s>" % D,
             "Art. 15 request O'Driscoll", "Tue, 16 Apr 2024 09:36:48 +0100", body)
    return m, lab("CONFIDENTIAL", "en", "internal",
                  "access request: named person, birth date, motor/household contracts; explicitly no personal lines")


def m069():
    body = """Hallo Frau Kühl,

zu RS-Schaden RS-24-007731 (VN Benedikt Sander, Rechtsschutz Privat/Wohnen):
Der Vermieter hat Räumungsklage beim AG Hamburg-Altona eingereicht, Streitwert
9.840 EUR (12 Monatsmieten). Die Deckungszusage für die erste Instanz können wir
erteilen, Wartezeit ist abgelaufen, Mietrückstand entstand nach Vertragsbeginn.

Anwalt des VN: Kanzlei Hollmann & Frerichs. Bitte Zusage an die Kanzlei und Kopie
an den VN rausschicken.

Viele Grüße
Götz Wiechmann
Rechtsschutz-Schaden
"""
    m = mail("Götz Wiechmann <goetz.wiechmann@%s>" % D, "Maren Kühl <maren.kuehl@%s>" % D,
             "RS-24-007731 Deckungszusage Räumungsklage", "Wed, 24 Jan 2024 11:07:51 +0100", body)
    return m, lab("CONFIDENTIAL", "de", "internal", "named legal-expenses customer, tenancy dispute, claim number")


def m070():
    body = """Incident report IR-2024-031 (draft)

Summary: On 9 July 2024 at 14:12, a policy schedule for motor policy KF-2301-770154
(policyholder: Yusuf Demirci, Bremen) was sent by e-mail to another customer,
Mrs Jutta Demirel, because the agent picked the wrong entry in the address
auto-complete. The schedule contained name, address, plate HB-YD 810, VIN
WVWZZZ1KZ8W000057 and premium data (EUR 612.40/year). No health or bank data.

Actions: Mrs Demirel confirmed deletion by phone on 10 July. Mr Demirci informed
by letter on 11 July. DPO assessment: low risk, no notification to the authority.

Root cause: auto-complete in Outlook; measure: disable auto-complete for the
claims team (CHG0098113).

Piotr Zieliński, Service Desk L2 / Security Incident Coordination
"""
    m = mail("Piotr Zieliński <piotr.zielinski@ssc.%s>" % D, "security-incidents@%s" % D,
             "IR-2024-031 misdirected e-mail - draft report", "Fri, 12 Jul 2024 15:30:30 +0200", body,
             cc="Nils Grabowski <nils.grabowski@%s>" % D)
    return m, lab("CONFIDENTIAL", "en", "internal", "incident report naming two customers, motor policy, plate, VIN")


def m071():
    body = """Hallo Jonas,

Anfrage Betriebshaftpflicht über Makler Wendt & Partner:
Schreinerei Malte Burmeister (Einzelunternehmen), Hauptstr. 40, 24589 Nortorf,
4 Mitarbeitende, Jahresumsatz 2023 lt. BWA 612.000 EUR, Gewinn ca. 88.000 EUR.
Gewünscht: 5 Mio. pauschal, Bearbeitungsschäden mitversichert.

Vorschaden 2022: Wasserschaden bei Kunden durch Montagefehler, 14.300 EUR.
Passt das in deine Zeichnungsrichtlinie oder brauche ich die Freigabe Gewerbe?

LG Svea
"""
    m = mail("Svea Hinrichsen <svea.hinrichsen@%s>" % D, "Jonas Ebeling <jonas.ebeling@%s>" % D,
             "BHV Schreinerei Burmeister – Zeichnung?", "Tue, 13 Feb 2024 10:33:02 +0100", body)
    return m, lab("CONFIDENTIAL", "de", "internal",
                  "sole trader (natural person) with turnover/profit and prior claim, commercial liability")


def m072():
    body = """Hallo Frau Behrendt,

in der Sendung zum Hausrat-Einbruchdiebstahl S-24-0131177 (VN Marta Wieczorek,
Elbchaussee 311) fehlt im Scan die Seite 2 der Stehlgutliste. Im Original war es
ein doppelseitig bedrucktes Blatt, gescannt wurde nur die Vorderseite.

Können Sie die Papierunterlage (Eingang 18.04., Batch SP-240418-077) noch einmal
vorziehen und nachscannen? Die Vernichtungsfrist läuft sonst nächste Woche ab.

Danke
Mehmet Arslan
"""
    m = mail("Mehmet Arslan <mehmet.arslan@%s>" % D, "Yvonne Behrendt <y.behrendt@scanport.example>",
             "Nachscan S-24-0131177 Seite 2", "Fri, 26 Apr 2024 08:58:41 +0200", body)
    return m, lab("CONFIDENTIAL", "de", "insurer-to-supplier", "named household theft claimant, address, claim number")


def m073():
    body = """Hi Petra,

flagging three e-bike theft claims that look connected - same dealer invoice
format, all bikes bought at "Velo Boutique Nord" (which closed in 2023):

  S-24-0220145  Jannik Rohwedder, Kiel          Riese & Müller, EUR 6,299
  S-24-0220981  Leonie Rohwedder, Kiel          Riese & Müller, EUR 6,299
  S-24-0223310  Kevin Maaß, Neumünster          Cube, EUR 4,850

Invoice numbers are consecutive although bought 8 months apart. Please hold the
payments; I'll ask the dealer's insolvency administrator for the books.

Henrik
SIU
"""
    m = mail("Henrik Sørensen <henrik.sorensen@%s>" % D, "Petra Lindqvist <petra.lindqvist@%s>" % D,
             "Suspicious e-bike theft claims - please hold payment", "Mon, 22 Jul 2024 13:48:19 +0200", body)
    return m, lab("CONFIDENTIAL", "en", "internal", "fraud suspicion on named bicycle-theft claimants (no criminal record)")


def m074():
    body = """Hi Dirk,

ist erledigt, ich habe Herrn Wolters gestern angerufen und die Zahlung bestätigt.
Kann geschlossen werden.

Gruß
Timo

Am 14.05.2024 um 09:12 schrieb Dirk Brandstätter:
> Timo, kannst du dich bitte darum kümmern? Details unten.
>
> > Von: Bernhard Wolters <b.wolters@posteo.example>
> > Gesendet: Montag, 13. Mai 2024 22:41
> > An: beschwerde@kranich-gruppe.example
> > Betreff: Unverschämtheit!!!
> >
> > Sehr geehrte Damen und Herren,
> > seit dem Hagelschaden an meinem Golf (OS-BW 515, Vers.-Nr. KF-2011-390044,
> > Schadennr. K-24-5520771) warte ich jetzt 7 Wochen auf die Zahlung von
> > 3.912,60 EUR. Ihr Gutachter war am 2. April da. Wenn bis Freitag nichts
> > passiert, gehe ich zum Ombudsmann.
> > Bernhard Wolters, Bramsche
"""
    m = mail("Timo Westphal <timo.westphal@%s>" % D, "Dirk Brandstätter <dirk.brandstaetter@%s>" % D,
             "AW: WG: Unverschämtheit!!!", "Wed, 15 May 2024 10:02:27 +0200", body)
    return m, lab("CONFIDENTIAL", "de", "customer",
                  "harmless top; quoted complaint of named motor customer with plate, policy and claim number")


def m075():
    rows = [["Personalnr", "Name", "Vorname", "Eintritt", "Geburtsdatum", "IBAN", "Steuerklasse", "Bruttogehalt"],
            ["204981", "Schöneberg", "Malte", "01.10.2024", "14.02.1996", "DE31886296863621032007", "1", "3.980,00"],
            ["204982", "Adeyemi", "Folake", "01.10.2024", "03.09.1991", "DE78109493557668626556", "4", "4.250,00"],
            ["204983", "Größel", "Jürgen", "01.10.2024", "27.11.1967", "DE38369078616160148001", "3", "5.110,00"]]
    body = """Hallo Jana,

anbei die Stammdaten der Neueinstellungen zum 01.10. für die Lohnabrechnung.
Die Datei ist wie immer aus dem Bewerbermanagement exportiert (Excel-CSV).

Gruß Kerstin
"""
    m = mail("Kerstin Mahnke <kerstin.mahnke@%s>" % D, "Jana Petersen <jana.petersen@%s>" % D,
             "Neueinstellungen 10/2024", "Mon, 16 Sep 2024 12:24:09 +0200", body,
             atts=[att(csv_bytes(rows, encoding="cp1252"), "application/vnd.ms-excel", "Neueinstellungen_2024-10.csv")])
    return m, lab("CONFIDENTIAL", "de", "internal",
                  "attachment-only: employee birth dates, IBANs, tax class and salary (CSV windows-1252)")


def m076():
    body = """Hi Götz,

travel cancellation claim RR-24-001187, policyholder Ms Oona Lindgren-Beck
(annual travel policy RV-9902-11540). She cancelled the family trip to Mallorca
(4 persons, 18-25 Aug, EUR 4,380) because she was made redundant on 2 July -
termination letter of her employer (Hafenlogistik Süd GmbH) is attached to the claim.

Job loss is covered in the Premium tariff, but only if the employment lasted
more than 12 months. She started there in May 2023, so that fits. OK to pay 80%?

Best
Astrid
"""
    m = mail("Astrid Kalwa <astrid.kalwa@%s>" % D, "Götz Wiechmann <goetz.wiechmann@%s>" % D,
             "Travel cancellation - job loss RR-24-001187", "Thu, 11 Jul 2024 16:36:36 +0200", body)
    return m, lab("CONFIDENTIAL", "en", "internal",
                  "named traveller, travel cancellation for job loss (no health), policy/claim numbers")


def m077():
    body = """Hallo Holger,

bitte für den Vertrag Hausrat HR-3318-90117 (VN Jacqueline Nowak, Bremerhaven)
die 2. Mahnung nach § 38 VVG vorbereiten: offener Jahresbeitrag 2024 = 187,30 EUR
zzgl. 5,00 EUR Mahngebühr. Die Lastschrift kam mit AM04 zurück (Konto
DE07 4987 2407 3202 7928 14).

Danke, Rieke
"""
    m = mail("Rieke Hansen <rieke.hansen@%s>" % D, "Holger Brinkmann <holger.brinkmann@%s>" % D,
             "2. Mahnung HR-3318-90117", "Fri, 15 Mar 2024 08:08:08 +0100", body)
    return m, lab("CONFIDENTIAL", "de", "internal", "premium arrears of named household customer with IBAN")


def m078():
    html = """<html><body style="font-family:Calibri">
<p>Sehr geehrter Herr Dr. Reimers,</p>
<p>zur Vorstandsbeschwerde von <b>Herrn Prof. Dr. Joachim Brettschneider</b> (Wohngebäude WG-0772-00218,
Objekt Am Kaiserkai 9, 20457 Hamburg) folgender Sachstand:</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><td>Schaden</td><td>Sturm „Zoltan“, 22.12.2023, Dachstuhl und Fassade</td></tr>
<tr><td>Schadennummer</td><td>S-23-0977120</td></tr>
<tr><td>Forderung Kunde</td><td>148.600 EUR</td></tr>
<tr><td>Gutachten</td><td>92.300 EUR (Unterversicherung 18 % festgestellt)</td></tr>
<tr><td>Gezahlt</td><td>60.000 EUR Abschlag am 15.02.2024</td></tr>
</table>
<p>Vorschlag: Kulanzgespräch mit Herrn Brettschneider durch Herrn Arslan und die Fachbereichsleitung.</p>
<p>Mit freundlichen Grüßen<br>Dr. Marlene Aschenbach</p>
</body></html>"""
    m = mail("Dr. Marlene Aschenbach <marlene.aschenbach@%s>" % D, "Dr. Konstantin Reimers <konstantin.reimers@%s>" % D,
             "Vorstandsbeschwerde Wohngebäude – Sachstand", "Wed, 06 Mar 2024 19:05:00 +0100", html=html, html_only=True)
    return m, lab("CONFIDENTIAL", "de", "internal",
                  "HTML-only: named buildings customer, address, claim amounts in a table")


def m079():
    body = """Hi Claire,

heads-up: cyber claim CY-24-00041 at our policyholder Nordkamp Landtechnik GmbH
(cyber policy CYB-2022-0311). Ransomware on 2 Sept, production down for 4 days.
Contact is the managing director Mr Hauke Nordkamp, mobile +49 171 000 5731.

The attackers claim to have exfiltrated HR files of the company's employees.
We've appointed the incident response firm from our panel. Sanctions check on the
ransom wallet is needed before any payment discussion - could you run it?

Thanks,
Jonas Ebeling (on duty for Specialty Lines this week)
"""
    m = mail("Jonas Ebeling <jonas.ebeling@%s>" % D, "Claire Dubois-Hartmann <claire.dubois-hartmann@%s>" % D,
             "Cyber claim Nordkamp Landtechnik - sanctions check", "Wed, 04 Sep 2024 07:44:10 +0200", body)
    return m, lab("CONFIDENTIAL", "en", "internal", "company cyber claim with named contact person and mobile")


def m080():
    body = """Hallo zusammen,

Callvista bittet um eVB für folgende Neukundin (Angebot im Portal angenommen):

  Merle Tiedje, geb. 09.05.2001
  Dorfstraße 2a, 27711 Osterholz-Scharmbeck
  Fahrzeug: Opel Corsa F, FIN W0V0000000E057123, Erstzulassung 03/2021
  Gewünschter Beginn: 01.03.2024

eVB-Nummer bitte direkt an die Kundin per Post/SMS, nicht über Callvista.

Danke
Lea
"""
    m = mail("Lea Kowalczyk <lea.kowalczyk@%s>" % D, "kfz-antrag@%s" % D,
             "eVB-Anfrage Tiedje", "Tue, 27 Feb 2024 12:00:59 +0100", body)
    return m, lab("CONFIDENTIAL", "de", "internal", "named motor applicant with birth date, address, VIN")


def m081():
    body = """Hallo Petra,

anbei die Gesprächsnotiz von Callvista zum Hundebiss, bitte Schadenakte anlegen.

Gruß Lea

-----Ursprüngliche Nachricht-----
Von: Marco Santangelo <m.santangelo@callvista.example>
Gesendet: Donnerstag, 6. Juni 2024 17:55
An: Lea Kowalczyk
Betreff: Schadenmeldung Tierhalterhaftpflicht TH-5120-88310

Hallo Lea,
Kundin Frau Svetlana Brückner (Tierhalterhaftpflicht TH-5120-88310) hat heute
angerufen: Ihr Labrador "Bruno" hat am 05.06. im Stadtpark Norderstedt den
Dackel der Nachbarin (Frau Gisela Harms, Ulzburger Str. 80) gebissen. Der Dackel
wurde in der Tierklinik genäht, Rechnung ca. 640 EUR, folgt per Post.
Menschen wurden nicht verletzt.
Gruß Marco
"""
    m = mail("Lea Kowalczyk <lea.kowalczyk@%s>" % D, "Petra Lindqvist <petra.lindqvist@%s>" % D,
             "WG: Schadenmeldung Tierhalterhaftpflicht TH-5120-88310", "Fri, 07 Jun 2024 08:30:14 +0200", body)
    return m, lab("CONFIDENTIAL", "de", "supplier",
                  "named pet-liability customer and third party, animal injury only (no human health)")


def m082():
    body = """Hi Astrid,

can you double-check this pet claim before I pay? Policyholder Mr Florian Eckhoff,
TierSchutz Premium TS-0024-00871, cat "Mimi" (British Shorthair, born 2019).
Vet invoice Tierarztpraxis am Hafen: dental extraction of 3 teeth under general
anaesthesia, GOT 2-fold, EUR 786.40. Reimbursement to DE51 3982 7664 5066 4145 64.

Waiting period ended 30 Oct, treatment 14 Nov - looks fine to me.

Cheers, Kemal
"""
    m = mail("Kemal Aydın <kemal.aydin@%s>" % D, "Astrid Kalwa <astrid.kalwa@%s>" % D,
             "Pet claim TS-0024-00871 check", "Mon, 25 Nov 2024 14:14:14 +0100", body)
    return m, lab("CONFIDENTIAL", "en", "internal", "named pet owner, animal treatment and IBAN (animal health = confidential)")


def m083():
    rows = [["Vertrag", "VN", "Straße", "PLZ", "Ort", "Versicherungssumme EUR", "ZÜRS-Zone"],
            ["WG-0191-22041", "Heinrich Boysen", "Deichstraße 14", "25761", "Büsum", 412000, "GK 3"],
            ["WG-0191-22107", "Sönke und Maike Jessen", "Am Siel 3", "25761", "Büsum", 389000, "GK 3"],
            ["WG-0193-10456", "Ilse Carstens", "Hafenstraße 21", "25832", "Tönning", 276500, "GK 4"],
            ["WG-0201-77812", "Thore Paulsen", "Süderstraße 5", "25813", "Husum", 505000, "GK 3"]]
    body = """Moin Katja,

anbei die Objektliste Westküste (Auszug) für die Sturmflut-Kumulrechnung, wie
von Nordlicht Re angefragt. Bitte vor Weitergabe noch auf PLZ-Ebene aggregieren,
die Namen gehen so nicht raus!

Gruß, Rieke
"""
    m = mail("Rieke Hansen <rieke.hansen@%s>" % D, "Katja Rehder <katja.rehder@%s>" % D,
             "Objektliste Westküste Kumul", "Tue, 20 Feb 2024 11:55:30 +0100", body,
             atts=[att(ods("Westkueste", rows), ODS_T, "Objektliste_Westkueste.ods")])
    return m, lab("CONFIDENTIAL", "de", "internal",
                  "attachment-only ODS: named buildings policyholders with addresses and sums insured")


def m084():
    body = """Hallo liebes Team,

damit wir keinen Geburtstag mehr verpassen, hier die aktualisierte Liste fürs
Kuchen-Orga (bitte nicht weiterleiten, nicht alle wollen das öffentlich!):

  Gesa Thormählen     03.01.1979
  Kemal Aydın         19.02.1990
  Timo Westphal       11.04.1985
  Petra Lindqvist     28.07.1972
  Mehmet Arslan       05.10.1988
  Ronja Heitmann      22.12.1997

Ronja hat Kuchendienst im Januar :)

Gesa
"""
    m = mail("Gesa Thormählen <gesa.thormaehlen@%s>" % D, "team-kfz-schaden@%s" % D,
             "Geburtstagsliste 2024", "Wed, 03 Jan 2024 09:09:09 +0100", body)
    return m, lab("CONFIDENTIAL", "de", "internal", "colleagues' full birth dates next to names")


def m085():
    rows = [["job_id", "policy_no", "name", "street", "postcode", "city", "return_reason"],
            ["2024-09-0411", "KF-1908-220417", "Dennis Kaczmarek", "Bergstraße 7", "22041", "Hamburg", "moved - no forwarding"],
            ["2024-09-0411", "KF-2102-558130", "Aylin Kocabaş", "Weidenallee 55", "20357", "Hamburg", "unknown at address"],
            ["2024-09-0411", "KF-2207-118210", "Wiebke Harjes", "Im Winkel 1", "28857", "Syke", "refused"],
            ["2024-09-0411", "KF-1812-004459", "Gerrit van Leeuwen", "Marktplatz 3", "26721", "Emden", "moved - no forwarding"]]
    body = """Hi Ines,

returns for the motor renewal mailing (job 2024-09-0411) from Druckhaus Elbmarsch,
week 39, as CSV. Could you trigger the address research for these four?

Thanks,
Sebastian (Output Management, Vienna team)
"""
    m = mail("Sebastian Pichler <sebastian.pichler@%s>" % D, "Ines Wachtendorf <ines.wachtendorf@%s>" % D,
             "Returns motor renewal job 2024-09-0411", "Mon, 30 Sep 2024 10:40:00 +0200", body,
             atts=[att(csv_bytes(rows, sep=","), "text/csv", "returns_2024-09-0411.csv")])
    return m, lab("CONFIDENTIAL", "en", "internal", "attachment-only CSV: named motor customers, addresses, policy numbers")


def m086():
    body = """Hallo Holger,

bitte folgende Erstattung anweisen (Glasbruch, Vertrag GL-2210-04418):

  Empfänger: Hildegard Schäfer-Lütjens
  IBAN:      DE16 8874 7521 5933 3720 25
  Betrag:    412,00 EUR
  Verwendungszweck: Schaden S-24-0301992 Ceranfeld

Die Rechnung des Elektrikers liegt im Vorgang. Vier-Augen-Freigabe hat Gesa erteilt.

Grüße
Björn Märtens
Sachschaden
"""
    m = mail("Björn Märtens <bjoern.maertens@%s>" % D, "Holger Brinkmann <holger.brinkmann@%s>" % D,
             "Zahlungsanweisung Glasbruch S-24-0301992", "Thu, 10 Oct 2024 11:11:00 +0200", body,
             charset="iso-8859-1")
    return m, lab("CONFIDENTIAL", "de", "internal", "named glass-insurance claimant with IBAN and amount (iso-8859-1)")


def m087():
    body = """Hallo Jonas,

Besichtigungsbericht zum Neuantrag Wohngebäude (Reetdachhaus!):

VN: Dr. rer. nat. Claas Petersen-Wohlert, Dorfstr. 27, 25938 Nieblum/Föhr
Baujahr 1789, Reetdach 2019 erneuert, Feuerstelle Kamin (Funkenschutz vorhanden),
Versicherungssumme 1914: 48.000 Mark -> gleitender Neuwert ca. 1,1 Mio EUR.
Elektrik 2015 erneuert (Nachweis liegt vor).

Meine Empfehlung: annehmen mit Reetdach-Zuschlag 35 % und SB 2.500 EUR.

Viele Grüße
Hauke Jannsen
Technischer Außendienst
Sent from my iPad
"""
    m = mail("Hauke Jannsen <hauke.jannsen@%s>" % D, "Jonas Ebeling <jonas.ebeling@%s>" % D,
             "Besichtigung Nieblum – Reetdach", "Fri, 07 Jun 2024 18:22:00 +0200", body)
    return m, lab("CONFIDENTIAL", "de", "internal", "named buildings applicant with address and underwriting decision")


def m088():
    body = """Hi Rafael,

on your sample item #14 (rent deposit guarantee KB-2023-01188): the applicant,
Ms Sandra Okafor, stated a net monthly income of EUR 2,940 (employed nurse at
a hospital in Harburg). The payslips on file only show EUR 2,610 net. The
guarantee amount is EUR 2,850 (3 months' rent), so the affordability check
would still pass with the lower figure. We'll document the deviation.

Best regards,
Svea Hinrichsen
Underwriting Kaution
"""
    m = mail("Svea Hinrichsen <svea.hinrichsen@%s>" % D, "Rafael Moreno <rafael.moreno@%s>" % D,
             "Audit sample #14 rent deposit guarantee", "Tue, 21 May 2024 10:21:21 +0200", body)
    return m, lab("CONFIDENTIAL", "en", "internal", "named customer's income and guarantee (nurse = job, not health)")


def m089():
    body = """Hallo Kerstin,

für die Stelle Referent:in Rückversicherung (Ausschreibung 24-117) wäre mein
Favorit Herr Aurelio Santini (geb. 1990, derzeit bei einem Makler in Köln).
Gehaltsvorstellung 78.000 EUR + Bonus, Kündigungsfrist 3 Monate zum Quartal.
Zweite Wahl: Frau Dr. Wenke Lohse, 72.000 EUR, sofort verfügbar.

Können wir Herrn Santini ein Angebot mit 74.000 + 10 % Bonus machen?

Danke
Katja
"""
    m = mail("Katja Rehder <katja.rehder@%s>" % D, "Kerstin Mahnke <kerstin.mahnke@%s>" % D,
             "Stelle 24-117 – Favorit", "Wed, 10 Jul 2024 17:30:48 +0200", body)
    return m, lab("CONFIDENTIAL", "de", "internal", "named applicants with salary expectations")


def m090():
    rows = [["Nr", "Vertrag", "Name", "Anschrift_korrekt", "falsch_zugestellt_an"],
            [1, "HR-2301-00412", "Ulrike Feddersen", "Brunsberg 12, 24941 Flensburg", "Brunsberg 21"],
            [2, "HR-2301-00977", "Wolfgang Stöver", "Am Markt 4, 24937 Flensburg", "Am Markt 44"],
            [3, "HR-2301-01330", "Chiara Mancini", "Norderstraße 60, 24939 Flensburg", "Norderstraße 6"]]
    body = """Dear Friederike,

as discussed: draft for the notification under Art. 33 GDPR regarding the print shop
error in job 2024-05-0233 (household renewal letters). 212 letters were put into
envelopes with a misaligned address window; in the first three cases we know the
letter reached a neighbour. List of the confirmed cases attached (the full list of
212 is in the incident folder). Letters contained name, address, policy number and
annual premium - no bank or health data.

My view: notification not required (low risk), but documentation under Art. 33(5).

Claire
"""
    m = mail("Claire Dubois-Hartmann <claire.dubois-hartmann@%s>" % D,
             "Friederike Lamprecht <friederike.lamprecht@%s>" % D,
             "Print shop incident job 2024-05-0233 - draft assessment", "Mon, 03 Jun 2024 08:18:00 +0200", body,
             atts=[att(xlsx([("confirmed", rows)]), XLSX_T, "confirmed_cases_2024-05-0233.xlsx")])
    return m, lab("CONFIDENTIAL", "en", "internal",
                  "body has counts only; XLSX names household customers with addresses and policy numbers")


def m091():
    body = """Hallo Jana,

heute kam per Zustellung ein Pfändungs- und Überweisungsbeschluss des AG Pinneberg
(Az. 66 M 0057/24) gegen unseren Mitarbeiter Herrn Dominik Rabe, PNr. 203118.
Gläubigerin: Autohaus Möller GmbH, Forderung 7.412,88 EUR.

Bitte ab der Oktober-Abrechnung den pfändbaren Betrag berücksichtigen. Laut
Personalakte ist er verheiratet, zwei Unterhaltsberechtigte, Nettogehalt ca.
2.950 EUR. Drittschuldnererklärung mache ich.

Gruß Kerstin
"""
    m = mail("Kerstin Mahnke <kerstin.mahnke@%s>" % D, "Jana Petersen <jana.petersen@%s>" % D,
             "PfÜB Rabe", "Fri, 20 Sep 2024 13:30:13 +0200", body)
    return m, lab("CONFIDENTIAL", "de", "internal", "employee salary garnishment: debt, net income, family situation")


def m092():
    body = """Hi Mehmet,

fleet claim for our customer Baltic Bau GmbH (fleet policy FL-2020-0077, 48 vehicles):
truck HH-BB 4407 (driver Mr Oleksandr Hrytsenko) scraped a bus shelter in
Wandsbek on 19 Feb. Property damage only, nobody hurt. City of Hamburg is
claiming EUR 9,240. The fleet manager, Ms Birgit Holtorf (040 000 577 31), asks
whether this affects the fleet's loss ratio bonus.

Could you reserve and answer her?

Cheers,
Sebastian
"""
    m = mail("Sebastian Pichler <sebastian.pichler@%s>" % D, "Mehmet Arslan <mehmet.arslan@%s>" % D,
             "Fleet claim Baltic Bau - bus shelter", "Wed, 21 Feb 2024 09:49:07 +0100", body)
    return m, lab("CONFIDENTIAL", "en", "internal", "company fleet claim with named driver and fleet manager; no injury")


def m093():
    inner = mail("Heike Brammer <heike.brammer@mailbox.example>", "schaden@%s" % D,
                 "Glasschaden Terrassentür", "Sun, 17 Mar 2024 20:14:51 +0100",
                 """Guten Abend,

am Samstag ist beim Rasenmähen ein Stein gegen unsere Terrassentür geflogen, die
Scheibe ist gesprungen. Meine Glasversicherung läuft unter GL-1507-33912.
Der Glaser (Fa. Glas-Kruse) kommt Mittwoch, Kostenvoranschlag 540 EUR.

Bitte überweisen Sie auf mein Konto DE02 2715 2955 4514 5318 17.

Viele Grüße
Heike Brammer
Zum Mühlenteich 8
31582 Nienburg
""", mid="<20240317201451.5512@mailbox.example>")
    body = """Hallo Björn,

die ist im Sammelpostfach gelandet, kannst du übernehmen? Mail hängt an.

Gesa
"""
    m = mail("Gesa Thormählen <gesa.thormaehlen@%s>" % D, "Björn Märtens <bjoern.maertens@%s>" % D,
             "WG: Glasschaden Terrassentür", "Mon, 18 Mar 2024 07:55:40 +0100", body, atts=[fwd(inner)])
    return m, lab("CONFIDENTIAL", "de", "customer",
                  "harmless body; attached message/rfc822 with named glass customer, address, IBAN")


def m094():
    body = """Hallo Timo,

Totalschaden K-24-5588120 (VN Cornelia Haberkorn, VW Polo, WOB-CH 303):
Wiederbeschaffungswert lt. Gutachten 11.400 EUR, Restwert 2.150 EUR (Höchstgebot
Restwertbörse), Selbstbeteiligung VK 500 EUR -> Auszahlung 8.750 EUR.
Die Kundin möchte das Fahrzeug selbst behalten. Fahrerin war allein im Auto
und ist unverletzt.

Freigabe bitte bis Mittwoch.
Petra
"""
    m = mail("Petra Lindqvist <petra.lindqvist@%s>" % D, "Timo Westphal <timo.westphal@%s>" % D,
             "Freigabe Totalschaden K-24-5588120", "Mon, 13 May 2024 15:35:00 +0200", body, cte="base64")
    return m, lab("CONFIDENTIAL", "de", "internal", "base64 body: named motor customer, total loss figures, unhurt")


def m095():
    body = """Dirk,

BaFin forwarded a complaint (BaFin ref. VA 21-Q 5000-2024/0057) from Mr Raimund
Jeschke, legal expenses policy RS-1103-88201, neighbour dispute about a hedge
(Nachbarrecht). We refused cover in March because neighbour disputes are excluded
in his basic tariff. He argues the broker promised him the opposite.

BaFin wants our statement within 4 weeks (by 9 August). Can you get the broker
file from sales? I'll draft the legal part.

Götz
"""
    m = mail("Götz Wiechmann <goetz.wiechmann@%s>" % D, "Dirk Brandstätter <dirk.brandstaetter@%s>" % D,
             "BaFin complaint Jeschke - legal expenses", "Fri, 12 Jul 2024 12:12:00 +0200", body)
    return m, lab("CONFIDENTIAL", "en", "internal", "named legal-expenses customer in a BaFin complaint")


def m096():
    body = """Hallo Service Desk,

bitte das Kundenportal-Konto von Frau Edeltraut Vogelsang entsperren (3x falsches
Passwort). Sie hat bei uns Hausrat HR-0815-44120 und Kfz KF-0815-44133.
Legitimation telefonisch erfolgt: geb. 02.12.1949, Anschrift Hoheluftchaussee 88.

Bitte Einmal-Passwort per Brief, nicht per Mail - sie hat keine eigene E-Mail-Adresse
mehr hinterlegt.

Danke, Björn
"""
    m = mail("Björn Märtens <bjoern.maertens@%s>" % D, "servicedesk@ssc.%s" % D,
             "Portalkonto entsperren", "Tue, 02 Jul 2024 09:03:00 +0200", body)
    return m, lab("CONFIDENTIAL", "de", "internal", "named customer with birth date, address and P&C contracts")


def m097():
    body = """Hi Ines,

kurze Info: Kunde Maximilian Ostendorf kündigt Hausrat HR-1209-33017 und PHV
PH-1209-33018 zum 30.09., er zieht nach Zürich (Arbeitsstelle bei einer Bank).
Bitte keine Rückgewinnungsmailing an ihn, er war am Telefon ziemlich genervt.

Danke,
Rieke
"""
    m = mail("Rieke Hansen <rieke.hansen@%s>" % D, "Ines Wachtendorf <ines.wachtendorf@%s>" % D,
             "Kündigung Ostendorf – kein Mailing", "Thu, 29 Aug 2024 16:07:43 +0200", body)
    return m, lab("CONFIDENTIAL", "de", "internal", "named customer cancelling household/liability contracts")


def m098():
    body = """Hi Götz,

recovery file K-23-4470018: our policyholder Mrs Emine Özkan (KF-2004-118800) was
hit at a red light in Lübeck on 4 Dec 2023 by a van of Frischdienst Kowalke e.K.,
owner Mr Ralf Kowalke, who was uninsured at the time (policy lapsed). We paid
EUR 7,930 under her comprehensive cover. Nobody injured.

Mr Kowalke runs the business as a sole trader; Creditreform shows him solvent.
Shall I send the claim to him directly or through our lawyers?

Regards,
Timo
"""
    m = mail("Timo Westphal <timo.westphal@%s>" % D, "Götz Wiechmann <goetz.wiechmann@%s>" % D,
             "Recovery K-23-4470018 - uninsured van", "Thu, 18 Jan 2024 14:01:11 +0100", body)
    return m, lab("CONFIDENTIAL", "en", "internal", "subrogation against named sole trader; named motor customer; no injury")


def m099():
    body = """Hallo Jonas,

D&O-Verlängerung für die Weser Solar Invest GmbH (DO-2021-0054), Ansprechpartner
Geschäftsführer Dr. Friedhelm Aschoff. Er hat im Fragebogen angegeben, dass gegen
ihn persönlich ein Schadenersatzanspruch eines Gesellschafters über 1,2 Mio EUR
geltend gemacht wurde (Streit um Projektfinanzierung Windpark Hollen). Zivilrechtlich,
kein Strafverfahren.

Deckungssumme bleibt 5 Mio. Ich würde verlängern mit Ausschluss des bekannten Falls.

VG Svea
"""
    m = mail("Svea Hinrichsen <svea.hinrichsen@%s>" % D, "Jonas Ebeling <jonas.ebeling@%s>" % D,
             "D&O Weser Solar Invest – bekannter Anspruch", "Mon, 09 Dec 2024 10:19:30 +0100", body)
    return m, lab("CONFIDENTIAL", "de", "internal", "D&O renewal: named managing director with civil claim (no criminal)")


def m100():
    doc = ["# Protokoll Schadenausschuss Kfz/Sach, Sitzung 07/2024",
           "Teilnehmende: P. Lindqvist (Vorsitz), M. Arslan, T. Westphal, G. Wiechmann",
           "1. K-24-5520771, VN Bernhard Wolters: Hagelschaden, Zahlung 3.912,60 EUR erfolgt, Beschwerde erledigt.",
           "2. S-23-0977120, VN Prof. Dr. Joachim Brettschneider: Kulanz 20.000 EUR auf Unterversicherung beschlossen.",
           "3. K-24-5588120, VN Cornelia Haberkorn: Totalschaden, Auszahlung 8.750 EUR freigegeben.",
           "4. S-24-0220145 ff. (Rohwedder/Maaß): Zahlung bis Abschluss SIU-Prüfung ausgesetzt.",
           "Nächste Sitzung: 05.08.2024"]
    body = """Hallo zusammen,

das Protokoll der Juli-Sitzung im Anhang. Einwände bitte bis Freitag.

Petra
"""
    m = mail("Petra Lindqvist <petra.lindqvist@%s>" % D, "schadenausschuss@%s" % D,
             "Protokoll Schadenausschuss 07/2024", "Tue, 23 Jul 2024 17:17:17 +0200", body,
             atts=[att(docx(doc, "Protokoll Schadenausschuss 07/2024"), DOCX_T, "Protokoll_SA_2024-07.docx")])
    return m, lab("CONFIDENTIAL", "de", "internal", "attachment-only DOCX minutes with named motor/property customers and amounts")


def m101():
    rows = [["batch", "doc_id", "claim_no", "policyholder", "issue"],
            ["SP-240911-014", "D0000571120", "S-24-0388104", "Ole Brüggemann", "page 3 unreadable"],
            ["SP-240911-014", "D0000571127", "S-24-0388311", "Franziska Ehlers", "photo pages too dark"],
            ["SP-240912-002", "D0000571890", "S-24-0390026", "Ahmet Yılmaz", "wrong document class (FNOL)"]]
    readme = ("Re-scan request Kranich -> ScanPort, 13.09.2024\r\n"
              "Please re-scan the listed documents from the paper originals (still in retention).\r\n")
    z = zip_of([("rescan_2024-09-13.csv", csv_bytes(rows, sep=",")), ("README.txt", readme)])
    body = """Hello Yvonne,

please find attached the re-scan request for this week (household claims).
Password for the ZIP as agreed by phone - ah no, sorry, I forgot to set one this
time; it's within our TLS connection anyway.

Thanks,
Agnieszka
"""
    m = mail("Agnieszka Wróbel <agnieszka.wrobel@ssc.%s>" % D, "Yvonne Behrendt <y.behrendt@scanport.example>",
             "Re-scan request week 37", "Fri, 13 Sep 2024 11:45:02 +0200", body,
             atts=[att(z, "application/zip", "rescan_KW37.zip")])
    return m, lab("CONFIDENTIAL", "en", "insurer-to-supplier",
                  "inside ZIP: CSV with named household claimants and claim numbers")


def m102():
    body = """Hallo Jana,

Frau Merve Çelik (PNr. 201553, Beschwerdemanagement) hat eine neue Bankverbindung
für die Gehaltszahlung ab Dezember:

  DE43 5871 4694 5466 6840 61
  Kontoinhaberin: Merve Çelik

Formular mit Unterschrift liegt in der Personalakte.

Viele Grüße
Kerstin
"""
    m = mail("Kerstin Mahnke <kerstin.mahnke@%s>" % D, "Jana Petersen <jana.petersen@%s>" % D,
             "Neue Bankverbindung Çelik", "Tue, 19 Nov 2024 08:45:00 +0100", body, charset="windows-1252")
    return m, lab("CONFIDENTIAL", "de", "internal", "employee's new salary account IBAN (windows-1252)")


def m103():
    body = """Servus Mehmet,

zum Schaden K-24-5601177 eures Kunden Herrn Finn Oltmanns (Urlaubsfahrt, Unfall am
Arlberg-Parkplatz, nur Blechschaden, keine Verletzten): Der Geschädigte, Herr
Leopold Hainzl, hat uns als Schadenregulierungsbeauftragten in Österreich
angeschrieben. Reparaturkosten laut Werkstatt Landeck EUR 2.816,40.

Bitte um Freigabe, dann überweisen wir an Herrn Hainzl:
  AT31 0524 5114 8645 9013

Thanks & liebe Grüße aus Wien
Matthias Hölzl
(covering for the Austrian claims desk this week)
"""
    m = mail("Matthias Hölzl <matthias.hoelzl@%s>" % D, "Mehmet Arslan <mehmet.arslan@%s>" % D,
             "K-24-5601177 – Schaden Österreich, Freigabe", "Mon, 05 Aug 2024 13:20:31 +0200", body)
    return m, lab("CONFIDENTIAL", "mixed", "internal", "named motor customer and Austrian third party with AT IBAN, no injury")


def m104():
    body = """Hallo Björn,

siehe Betreff. Sie hat heute schon zweimal angerufen, bitte heute noch zurückrufen,
Nummer steht im Vorgang.

Danke
Lea
"""
    m = mail("Lea Kowalczyk <lea.kowalczyk@%s>" % D, "Björn Märtens <bjoern.maertens@%s>" % D,
             "Beschwerde Fr. Yıldız, Hausrat HR-4471-0982 – bitte Rückruf",
             "Wed, 11 Sep 2024 15:02:00 +0200", body)
    return m, lab("CONFIDENTIAL", "de", "internal",
                  "subject only: named household customer with policy number; body harmless")


def m105():
    body = """Petra,

e-bike theft, claim S-24-0412771: policyholder Ms Hanna Grotefend, household policy
with bicycle extension HR-2203-15520. Riese & Müller Charger4, frame no.
WSBC602130574K, bought 03/2023 for EUR 5,699. Stolen from the locked cellar at
Eppendorfer Weg 200 on 28 Sept; police report no. on file.

The night-time clause doesn't apply (cellar). I'd settle at replacement value
minus 10% depreciation = EUR 5,129.10. OK?

Kemal
"""
    m = mail("Kemal Aydın <kemal.aydin@%s>" % D, "Petra Lindqvist <petra.lindqvist@%s>" % D,
             "E-bike theft S-24-0412771", "Wed, 09 Oct 2024 10:01:50 +0200", body)
    return m, lab("CONFIDENTIAL", "en", "internal", "named bicycle-theft claimant, address, frame number, amount")


# ---------------------------------------------------------------- STRICTLY_CONFIDENTIAL


def m106():
    body = """Hallo Herr Dr. Fenske,

ich bräuchte bitte eine kurze medizinische Einschätzung:

VN/VP: Wilfried Brodowski, geb. 11.03.1961, KV-Vollversicherung KV-3310-552018
Rechnung Orthopädie Dr. Sanders, 6 Sitzungen Stoßwellentherapie (GOÄ analog 1800),
Diagnose M54.5 G (Kreuzschmerz), zusätzlich M47.26 G.
Rechnungsbetrag 1.148,20 EUR, Faktor 2,3.

Ist die Stoßwellentherapie bei Lumbago medizinisch notwendig im Sinne der MB/KK,
oder nur bei Fersensporn/Kalkschulter? Der Kunde hat schon angekündigt, dass er
sich beschwert, wenn wir kürzen.

Danke und Gruß
Tobias Quandt
Leistung Kranken
"""
    m = mail("Tobias Quandt <tobias.quandt@%s>" % D, "Dr. Ulrich Fenske <ulrich.fenske@%s>" % D,
             "Bitte um Einschätzung Stoßwelle KV-3310-552018", "Thu, 25 Jan 2024 10:44:20 +0100", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal",
                  "named health insured, birth date, ICD codes M54.5/M47.26, doctor's invoice")


def m107():
    body = """Hi Henrike,

term life application TL-A-2024-08813, Mr Desmond Achterberg, born 04 July 1971,
sum assured EUR 400,000 (mortgage cover). GP report received:

- type 2 diabetes since 2016, metformin 1000 mg twice daily
- HbA1c 7.4% (Feb 2024), previous 7.9%
- BMI 31.2, BP 138/86 on ramipril 5 mg
- no retinopathy, no nephropathy

Manual says +75% extra premium for this profile, +100% if HbA1c > 8. I'd offer
+75% and a 5-year review. Agree?

Jonas
"""
    m = mail("Jonas Ebeling <jonas.ebeling@%s>" % D, "Dr. Henrike Vosskamp <henrike.vosskamp@%s>" % D,
             "TL-A-2024-08813 diabetes rating", "Tue, 12 Mar 2024 09:30:00 +0100", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal",
                  "named life applicant with birth date, diabetes, HbA1c, medication, rating decision")


def m108():
    body = """Hallo Sabine,

Beschwerde aus dem Ombudsmann-Verfahren, bitte bis 20.06. Stellungnahme:

Frau Reinhild Oetjen (KV-1402-300781) beschwert sich, dass wir die Physiotherapie
nach ihrer Schulter-OP (Rotatorenmanschettenruptur rechts, OP im Januar im UKE)
nur zu 60 % erstattet haben. Sie hat 24x KG-Gerät + 10x Lymphdrainage
bekommen, der Therapeut rechnet den 2,3-fachen Satz nach Heilmittelverzeichnis ab.

Unser Tarif erstattet bis zu den Höchstsätzen des Preisverzeichnisses, das hat
der Kollege korrekt gemacht - nur die Begründung im Schreiben war schwach.

Gruß
Dirk
"""
    m = mail("Dirk Brandstätter <dirk.brandstaetter@%s>" % D, "Sabine Okonkwo-Richter <sabine.okonkwo-richter@%s>" % D,
             "Ombudsmann: Oetjen – Physio nach Schulter-OP", "Mon, 27 May 2024 11:30:09 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal",
                  "named health insured: rotator cuff surgery, physiotherapy reimbursement, ombudsman")


def m109():
    body = """Hallo Herr Tödter,

bitte die Leistungsabrechnung vom 14.08. für Herrn Kurt Vollmers, Versicherungsnr.
KV-0987-441190, noch einmal drucken (Job KV-ABR-2024-0814, Dokument 8811).
Er hat sie angeblich nicht bekommen. Versand bitte an die Postfachadresse:

  Kurt Vollmers
  Postfach 1107
  26501 Norden

Danke!
Ines Wachtendorf
"""
    m = mail("Ines Wachtendorf <ines.wachtendorf@%s>" % D, "Frank Tödter <f.toedter@druckhaus-elbmarsch.example>",
             "Nachdruck Leistungsabrechnung KV-0987-441190", "Tue, 27 Aug 2024 14:50:00 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
                  "named person's health-insurance benefit statement reprint, no medical word")


def m110():
    rows = [["#", "Claim", "Insured", "DOB", "Occupation", "Main diagnosis", "ICD", "Status"],
            [1, "BU-L-2022-0417", "Tanja Rieckhoff", "1980-06-02", "kindergarten teacher", "recurrent depression", "F33.1", "accepted"],
            [2, "BU-L-2022-0533", "Hendrik Oltmann", "1969-01-28", "roofer", "lumbar disc prolapse", "M51.1", "accepted, review 2025"],
            [3, "BU-L-2023-0102", "Sibel Aksoy", "1987-11-15", "nurse", "breast cancer", "C50.4", "accepted"],
            [4, "BU-L-2023-0288", "Gerd Pohlmann", "1962-04-09", "electrician", "COPD", "J44.1", "declined (pre-existing)"],
            [5, "BU-L-2023-0361", "Lina Harms", "1991-09-30", "software developer", "long COVID / ME-CFS", "U09.9", "pending"]]
    body = """Hi Anke,

sample for audit 02/2025 (BU claims) attached. Same procedure as last time.

Rafael
"""
    m = mail("Rafael Moreno <rafael.moreno@%s>" % D, "Anke Wiesner <anke.wiesner@%s>" % D,
             "Sample 02/2025", "Mon, 09 Dec 2024 16:03:33 +0100", body,
             atts=[att(xlsx([("sample", rows)]), XLSX_T, "sample_02-2025.xlsx")])
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal",
                  "harmless body; XLSX lists named BU claimants with birth dates, diagnoses and ICD codes")


def m111():
    body = """Hallo Herr Ziegler,

wie besprochen: Frau Annika Reuter (Leistung Kranken, PNr. 202874) ist seit dem
8. Januar durchgehend krankgeschrieben, die aktuelle AU-Bescheinigung geht bis
29.03. Damit sind die sechs Wochen lange überschritten und wir laden sie zum
BEM-Gespräch ein. Aus dem Telefonat weiß ich, dass es um eine Erschöpfungsdepression
geht - bitte das NICHT in die Teamrunde tragen.

Die Vertretung regeln Sie bitte weiter mit Frau Okonkwo-Richter.

Viele Grüße
Kerstin Mahnke
"""
    m = mail("Kerstin Mahnke <kerstin.mahnke@%s>" % D, "Frank Ziegler <frank.ziegler@%s>" % D,
             "Frau Reuter – AU / BEM", "Mon, 11 Mar 2024 08:20:00 +0100", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal",
                  "named employee's sick leave and depression, BEM invitation")


def m112():
    body = """Friederike,

ScanPort reported an error from batch SP-240603-021: a discharge letter from the
Asklepios-type clinic "Klinik am Mühlenberg" concerning Mr Arne Hinrichs (health
policy KV-2011-730418; cardiac catheter, 2 stents, diagnosis I25.13) was indexed
to the file of a different customer with a similar policy number, Mr Arne
Heinrichs (KV-2011-730481). A claims handler opened it on 5 June, noticed the
mismatch and reported it. No further disclosure outside the company.

Proposal: Art. 33 documentation, no notification (internal, no further access),
correction in DMS done. ScanPort to add a name check on the cover page.

Nils
"""
    m = mail("Nils Grabowski <nils.grabowski@%s>" % D, "Friederike Lamprecht <friederike.lamprecht@%s>" % D,
             "Misindexed discharge letter - batch SP-240603-021", "Thu, 06 Jun 2024 17:10:10 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal",
                  "incident naming two health insureds, cardiac diagnosis I25.13, stents")


def m113():
    body = """Hi Henrike,

death claim on term life TL-2016-22071, insured Mr Torben Kasischke, died
14 February 2024 aged 47. Death certificate: cause of death "acute myocardial
infarction", manner natural. The policy is in force since 2016, so no
contestability issue.

Beneficiary per policy: his wife Mrs Ina Kasischke, sum assured EUR 250,000.
Her bank details came in with the claim form; payment ready for 4-eyes release.

Regards
Jonas
"""
    m = mail("Jonas Ebeling <jonas.ebeling@%s>" % D, "Dr. Henrike Vosskamp <henrike.vosskamp@%s>" % D,
             "Death claim TL-2016-22071 - for release", "Tue, 05 Mar 2024 12:22:22 +0100", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal",
                  "named deceased insured with cause of death, life claim and beneficiary")


def m114():
    body = """Hallo Götz,

Unfallschaden U-24-001882, VP Jasmin Koopmann (Unfallversicherung UV-2018-40071,
Grundsumme 100.000 EUR, Progression 350 %): Sturz vom Fahrrad am 02.03.2023,
Unterschenkelfraktur rechts (S82.6 R), Osteosynthese, Metallentfernung 01/2024.

Das Gutachten Dr. Lüders stellt eine dauerhafte Funktionsbeeinträchtigung von
3/10 Beinwert unterhalb des Knies fest -> Invaliditätsgrad 15 %. Damit
Invaliditätsleistung 15.000 EUR (Progression greift erst ab 25 %).

Passt das so zur Freigabe?
Astrid
"""
    m = mail("Astrid Kalwa <astrid.kalwa@%s>" % D, "Götz Wiechmann <goetz.wiechmann@%s>" % D,
             "Invalidität U-24-001882", "Wed, 17 Apr 2024 15:45:45 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal",
                  "named accident insured, fracture S82.6 R, surgery, disability degree")


def m115():
    body = """Hallo Sabine,

Gesprächsnotiz aus dem Callvista-Ticket, hätte da nicht reingehört, aber jetzt ist
es so. Bitte Kontakt aufnehmen.

Lea

> Ticket CV-812477, 19.09.2024, Agent 0211
> Anruferin: Frau Doris Paschke, KV-2213-019844
> Kundin sagt, sie mache gerade eine Chemotherapie (Brustkrebs) und könne
> wegen Verdienstausfall die Beiträge für 3 Monate nicht zahlen. Fragt nach
> Stundung oder Ruhen. Sehr aufgelöst. Rückruf durch Fachbereich zugesagt.
"""
    m = mail("Lea Kowalczyk <lea.kowalczyk@%s>" % D, "Sabine Okonkwo-Richter <sabine.okonkwo-richter@%s>" % D,
             "WG: Ticket CV-812477 – Rückruf KV", "Thu, 19 Sep 2024 18:04:12 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "supplier",
                  "forwarded call note: named health insured in chemotherapy for breast cancer")


def m116():
    body = """Dear Konstantin,

regarding the letter you received from Mr Philipp Sturmhöfel (BU policy BU-2015-60442),
here is the summary from the claims department:

- He claimed disability benefits in 2023 as a sales manager after a depressive
  episode (F32.1), inpatient treatment for 8 weeks in a psychosomatic clinic.
- We accepted for 12 months (temporary acknowledgment) until 31 May 2024.
- Our follow-up assessment by an external psychiatrist found him able to work 6h/day;
  we therefore stopped benefits.
- He disputes the assessment and has instructed a lawyer.

We propose to offer a second independent assessment. Draft reply to him attached
to the board workflow.

Best regards,
Marlene
"""
    html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Konstantin,</p>
<p>regarding the letter you received from Mr Philipp Sturmh&ouml;fel (BU policy BU-2015-60442),
here is the summary from the claims department:</p>
<ul>
<li>He claimed disability benefits in 2023 as a sales manager after a depressive episode (F32.1),
inpatient treatment for 8 weeks in a psychosomatic clinic.</li>
<li>We accepted for 12 months (temporary acknowledgment) until 31 May 2024.</li>
<li>Our follow-up assessment by an external psychiatrist found him able to work 6h/day;
we therefore stopped benefits.</li>
<li>He disputes the assessment and has instructed a lawyer.</li>
</ul>
<p>We propose to offer a second independent assessment. Draft reply to him attached to the board workflow.</p>
<p>Best regards,<br>Marlene</p>
</body></html>"""
    m = mail("Dr. Marlene Aschenbach <marlene.aschenbach@%s>" % D, "Dr. Konstantin Reimers <konstantin.reimers@%s>" % D,
             "Letter Mr Sturmhöfel - BU", "Mon, 24 Jun 2024 18:40:00 +0200", body, html=html)
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal",
                  "named BU claimant, depression F32.1, psychosomatic clinic, benefit decision")


def m117():
    body = """Hallo Ulrich,

HKP zur Zahnzusatz ZahnPlus 90, VP Marianne Quast (ZZ-2022-11873):
Zahnarzt plant Implantate regio 36 und 46 mit Suprakonstruktion, plus
Sinuslift rechts (GOZ 9120). Gesamt lt. HKP 7.412,30 EUR, Faktor bis 3,5 bei 9010.

Befund: 36 und 46 fehlen seit 2023 (Extraktion nach Parodontitis). Vertragsbeginn
war 01.03.2022, also bekannter Fehlbestand? Laut Antrag waren zu Beginn keine
Zähne fehlend. Bitte um Prüfung.

Grüße, Tobias
"""
    m = mail("Tobias Quandt <tobias.quandt@%s>" % D, "Dr. Ulrich Fenske <ulrich.fenske@%s>" % D,
             "HKP ZZ-2022-11873 Implantate", "Fri, 01 Mar 2024 10:12:00 +0100", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal",
                  "named dental insured: treatment plan, periodontitis, extraction, GOZ positions")


def m118():
    body = """Hallo Rieke,

bitte im Vertrag LV-2009-118204 (Kapitallebensversicherung, VP und VN
Hans-Jürgen Stolle) das Bezugsrecht ändern: bisher widerruflich "Ehefrau
Brigitte Stolle", neu widerruflich "Lebensgefährtin Carmen Ruhnke, geb.
19.08.1968". Das unterschriebene Formular ist gestern eingegangen und
hängt im DMS. Die Scheidung ist laut Kunde seit März rechtskräftig.

Danke
Björn
"""
    m = mail("Björn Märtens <bjoern.maertens@%s>" % D, "Rieke Hansen <rieke.hansen@%s>" % D,
             "Bezugsrechtsänderung LV-2009-118204", "Wed, 16 Oct 2024 12:34:56 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal",
                  "life contract of a named person: beneficiary change, divorce, birth date (no medical word)")


def m119():
    rows = [["claim_id", "policy_no", "name", "dob", "icd", "amount_eur"],
            ["KV-L-24-0081120", "KV-1998-007712", "Herta Lüdemann", "1938-02-14", "I48.0", "2,311.50"],
            ["KV-L-24-0081133", "KV-2005-118003", "Okan Şahin", "1979-07-30", "F41.1", "1,040.00"],
            ["KV-L-24-0081147", "KV-2017-330918", "Johanna Wiese", "2012-05-02", "J45.0", "188.20"]]
    log = ("2024-10-21 07:12:44 share \\\\fs-hh-02\\dept\\claims\\tmp\\export_full.csv created by user KV\\tq_temp\r\n"
           "2024-10-21 07:12:45 size 48,114,902 bytes, 211,904 rows\r\n"
           "2024-11-04 10:03:10 DLP alert: health data on share with Everyone:Read\r\n")
    z = zip_of([("evidence/sample_rows.csv", csv_bytes(rows, sep=",")), ("evidence/fileshare_audit.log", log)])
    body = """Hi Friederike, hi Claire,

security incident IR-2024-044: our DLP scan found a full health claims export
(211,904 rows, names, dates of birth, ICD codes, amounts) on a department share
that was readable by all domain users for 14 days. Evidence (3 sample rows and
the share audit log) in the ZIP. Access logs show 2 opens by users outside the
claims department - we're checking who.

The file has been removed. We need your call on Art. 33/34 by tomorrow noon.

Piotr
"""
    m = mail("Piotr Zieliński <piotr.zielinski@ssc.%s>" % D,
             "Friederike Lamprecht <friederike.lamprecht@%s>, Claire Dubois-Hartmann <claire.dubois-hartmann@%s>" % (D, D),
             "IR-2024-044 health claims export on open share", "Mon, 04 Nov 2024 14:29:00 +0100", body,
             atts=[att(z, "application/zip", "IR-2024-044_evidence.zip")])
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal",
                  "incident; ZIP contains sample rows with names, birth dates and ICD codes")


def m120():
    body = """Hi Sabine,

one for your long-term care team (PPV): Mr Viktor Szymański, PPV-2001-557031,
assessment by Medicproof on 3 September: care level 3 (Pflegegrad 3), 58.75
points, main limitations mobility and cognition (vascular dementia diagnosed 2023).
Care is provided by his daughter at home, plus an outpatient care service three
times a week.

Please set up the care allowance from 1 August (date of application) and send the
pension insurance notice for the carer.

Thanks,
Rieke
"""
    m = mail("Rieke Hansen <rieke.hansen@%s>" % D, "Sabine Okonkwo-Richter <sabine.okonkwo-richter@%s>" % D,
             "PPV-2001-557031 care level 3", "Fri, 13 Sep 2024 09:59:59 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal",
                  "named insured: care level 3, dementia, care arrangement")


def m121():
    body = """Hallo Tobias,

ok, dann zahle ich ab 01.06. wieder. Danke für die schnelle Rückmeldung!

Viele Grüße
Gesa

-----Ursprüngliche Nachricht-----
Von: Tobias Quandt
Gesendet: Dienstag, 4. Juni 2024 16:40
An: Gesa Thormählen
Betreff: AW: KTG KV-2019-006612

Hallo Gesa,
der Gesellschaftsarzt hat sich den Entlassbericht angesehen: Frau Ehlerding war
vom 02.04. bis 14.05. in der Reha-Klinik Bad Bramstedt (Z. n. Hüft-TEP links,
M16.1 L) und ist laut Bericht ab 01.06. wieder arbeitsfähig in Teilzeit. Das
Krankentagegeld (85 EUR/Tag) läuft bis 31.05., danach Wiedereingliederung.
Gruß Tobias

> Hi Tobias, darf ich das KTG für Frau Ehlerding weiterzahlen? Die neue AU fehlt. Gesa
"""
    m = mail("Gesa Thormählen <gesa.thormaehlen@%s>" % D, "Tobias Quandt <tobias.quandt@%s>" % D,
             "AW: AW: KTG KV-2019-006612", "Wed, 05 Jun 2024 08:15:30 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal",
                  "harmless top; quoted reply: named insured's rehab after hip replacement, M16.1, daily sickness allowance")


def m122():
    lines = ["FACULTATIVE SUBMISSION - LIFE & DISABILITY",
             "Cedent: Kranich Lebensversicherung AG    Ref: FAC-2024-0019",
             "",
             "Life assured: Mr Rasmus Oellerich, DOB 30.11.1982, male, non-smoker",
             "Occupation: managing partner, logistics company",
             "Sum at risk: EUR 3,500,000 term life + EUR 60,000 p.a. disability annuity",
             "",
             "Medical history:",
             "- 2019 Hodgkin lymphoma stage IIA, 4x ABVD chemotherapy, complete remission since 09/2019",
             "- Follow-up PET-CT 03/2024 without findings (report attached in cedent file)",
             "- Hypertension, treated with candesartan 8 mg",
             "- Family history: father MI at 58",
             "",
             "Cedent's proposal: standard rates life +50% for 5 years, disability exclusion of",
             "malignant neoplasms C81-C96 for 10 years.",
             "Please quote by 15.10.2024."]
    body = """Dear Katharina,

attached the facultative submission FAC-2024-0019 - a large case above our
retention. Looking forward to your terms.

Kind regards
Dr. Henrike Vosskamp
Head of Underwriting Life & Disability
"""
    m = mail("Dr. Henrike Vosskamp <henrike.vosskamp@%s>" % D, "Katharina Brandl <k.brandl@nordlicht-re.example>",
             "Fac submission FAC-2024-0019", "Tue, 01 Oct 2024 10:00:00 +0200", body,
             atts=[att(pdf(lines, "FAC-2024-0019"), "application/pdf", "FAC-2024-0019.pdf")])
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                  "PDF-only: named life applicant with birth date, lymphoma history, medication")


def m123():
    body = """Hallo Jana,

Herr Ralf Dettmers (PNr. 200319, IT-Betrieb) hat den Bescheid des Versorgungsamts
vorgelegt: GdB 50 ab 01.02.2024, Merkzeichen G. Bitte im Personalstamm als
schwerbehindert erfassen, Zusatzurlaub 5 Tage ab diesem Jahr, und die Meldung an
die Agentur für Arbeit (Anzeigeverfahren) entsprechend anpassen.

Die Schwerbehindertenvertretung ist informiert, Herr Dettmers hat zugestimmt.

Gruß
Kerstin
"""
    m = mail("Kerstin Mahnke <kerstin.mahnke@%s>" % D, "Jana Petersen <jana.petersen@%s>" % D,
             "Schwerbehinderung Dettmers – Zusatzurlaub", "Thu, 04 Apr 2024 11:00:00 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal", "named employee's severe disability (GdB 50)")


def m124():
    body = """Hallo Jana,

Frau Yvette Krumbholz (PNr. 205102) hat beantragt, dass ihr ver.di-Mitgliedsbeitrag
ab November direkt über die Gehaltsabrechnung abgeführt wird (monatlich 1 % vom
Brutto, also 38,90 EUR). Formular ist unterschrieben. Geht das bei uns überhaupt
noch, oder haben wir das Verfahren abgeschafft?

LG Kerstin
"""
    m = mail("Kerstin Mahnke <kerstin.mahnke@%s>" % D, "Jana Petersen <jana.petersen@%s>" % D,
             "Gewerkschaftsbeitrag über Lohn – Krumbholz", "Mon, 21 Oct 2024 15:50:00 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal", "named employee's trade-union membership (special category)")


def m125():
    body = """Claire,

pre-employment screening for the new Head of Payments in Vienna came back. The
certificate of good conduct (Strafregisterbescheinigung) of the candidate,
Mr Bernhard Aigner-Weiss, shows a conviction from 2017 under § 146 StGB (fraud),
fine of 120 daily rates. He didn't mention it in the interview.

For a payments role with signing authority I think this is a fit & proper issue.
Can we discuss today? HR Vienna is waiting for a go/no-go.

Matthias
"""
    m = mail("Matthias Hölzl <matthias.hoelzl@%s>" % D, "Claire Dubois-Hartmann <claire.dubois-hartmann@%s>" % D,
             "Screening result - Head of Payments Vienna", "Wed, 27 Nov 2024 08:31:00 +0100", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal", "named candidate's criminal conviction")


def m126():
    body = """Hallo Team Stationär,

bitte Kostenübernahme prüfen, die Mail kam über das allgemeine Postfach.

Gruß Gesa

---------- Forwarded message ---------
Von: Sören Matthiesen <soeren.matthiesen@webpost.example>
Date: Mo., 15. Jan. 2024 um 21:03 Uhr
Subject: Krankenhaus nächste Woche
To: <service@kranich-gruppe.example>

Hallo,
ich (KV-2008-441337) muss am 22.01. ins Albertinen-Krankenhaus, geplant ist eine
Leistenbruch-OP (laparoskopisch, 2-3 Tage stationär). Übernehmen Sie das
Zweibettzimmer und die Chefarztbehandlung? Die Einweisung von Dr. Kröger kann ich
schicken.

Gruß
Sören Matthiesen
"""
    m = mail("Gesa Thormählen <gesa.thormaehlen@%s>" % D, "kv-stationaer@%s" % D,
             "Fwd: Krankenhaus nächste Woche", "Tue, 16 Jan 2024 08:02:48 +0100", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "customer",
                  "inline forward: named health insured planning hernia surgery and hospital stay")


def m127():
    body = """Hi Götz,

recovery for the health side: our insured Mrs Wiebke Carstensen (KV-2016-228901)
was hit as a pedestrian by a car on 8 Aug in Kiel; multiple rib fractures and a
spleen rupture, splenectomy at the university hospital, 11 days inpatient.
We've paid EUR 28,470 so far. Third-party motor insurer is Baltica Auto (claim
BA-24-77120), liability accepted 100%.

Please file our claim under § 86 VVG; hospital and doctor invoices are in the file.

Tobias
"""
    m = mail("Tobias Quandt <tobias.quandt@%s>" % D, "Götz Wiechmann <goetz.wiechmann@%s>" % D,
             "Recovery KV-2016-228901 - pedestrian accident", "Fri, 11 Oct 2024 13:13:13 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal",
                  "named health insured's injuries, splenectomy, hospital stay, recovery")


def m128():
    body = """Astrid,

emergency from the travel assistance line: our customer Mr Anton Feldhusen
(travel health policy RK-2024-88121) was admitted to Hospital Universitario Son
Espases, Palma, on 18 July with a stroke (left MCA, thrombolysis done). He's stable
but can't fly commercially. Family asks for repatriation to Hamburg.

Assistance partner quotes EUR 21,500 for an air ambulance on 23 July, landing
at Fuhlsbüttel, transfer to the UKE stroke unit. Cost guarantee needed today.

Kemal (on call)
Sent from my iPhone
"""
    m = mail("Kemal Aydın <kemal.aydin@%s>" % D, "Astrid Kalwa <astrid.kalwa@%s>" % D,
             "URGENT repatriation Feldhusen - Palma", "Sat, 20 Jul 2024 11:48:02 +0200", body,
             headers=[("Importance", "high"), ("X-Priority", "1")])
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal",
                  "named travel-health insured with stroke, hospital abroad, repatriation")


def m129():
    rows = [["Personalnr", "Name", "Vorname", "Geburtsdatum", "Vertrag DV", "Beitrag mtl. EUR", "Entgeltumwandlung"],
            ["200112", "Behnke", "Marcel", "12.04.1985", "DV-2015-00412", 250.00, "ja"],
            ["200487", "Kuzmanović", "Ivana", "30.01.1990", "DV-2018-00977", 150.00, "ja"],
            ["201203", "Thiessen", "Hauke", "07.07.1975", "DV-2011-00038", 302.00, "ja, + AG-Zuschuss 15 %"],
            ["202874", "Reuter", "Annika", "19.10.1988", "DV-2020-01150", 0, "beitragsfrei gestellt"]]
    body = """Hallo Rieke,

anbei die Meldeliste für die Direktversicherungen (bAV) unserer Mitarbeitenden zum
01.01.2025 aus der Lohnbuchhaltung, bitte in den Kollektivvertrag einspielen.

Gruß Jana
Lohn- und Gehaltsabrechnung
"""
    m = mail("Jana Petersen <jana.petersen@%s>" % D, "Rieke Hansen <rieke.hansen@%s>" % D,
             "bAV Meldeliste 01/2025", "Fri, 13 Dec 2024 09:15:00 +0100", body,
             atts=[att(ods("bAV", rows), ODS_T, "bAV_Meldeliste_2025-01.ods")])
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal",
                  "attachment-only ODS: employees' life (direct insurance) contracts with birth dates")


def m130():
    body = """Sabine,

update on the physiotherapy fraud case (Praxis "Bewegungsraum Harburg"): we've now
matched 41 invoices to 9 of our insureds. Example: insured Mrs Katrin Vahldiek
(KV-2012-308812) - invoices for 36 sessions of manual therapy and lymph drainage
for "post-op knee" (M23.2), but she told us on the phone that she only attended
six sessions after her meniscus surgery and never signed the treatment sheets.

Please stop payments to the practice and pull the prescriptions for all 9.
The criminal complaint is being prepared by legal; the insureds are witnesses,
not suspects.

Henrik
"""
    m = mail("Henrik Sørensen <henrik.sorensen@%s>" % D, "Sabine Okonkwo-Richter <sabine.okonkwo-richter@%s>" % D,
             "Physio fraud case - insured statements", "Tue, 30 Apr 2024 16:20:00 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal",
                  "named health insured: meniscus surgery, physiotherapy, M23.2")


def m131():
    html = """<html><body style="font-family:Segoe UI,sans-serif;font-size:10pt">
<p>Hallo Frau Dr. Oswald,</p>
<p>die offenen Beschwerden Leistung Kranken mit Frist diese Woche:</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Eingang</th><th>Kunde</th><th>Vertrag</th><th>Thema</th><th>Frist</th></tr>
<tr><td>02.09.</td><td>Oetjen, Reinhild</td><td>KV-1402-300781</td><td>Physiotherapie nach Schulter-OP gekürzt</td><td>11.09.</td></tr>
<tr><td>03.09.</td><td>Grabbe, Lutz</td><td>KV-1999-040022</td><td>Insulinpumpe (Hilfsmittel) abgelehnt</td><td>12.09.</td></tr>
<tr><td>04.09.</td><td>Nguyen, Thi Lan</td><td>KV-2020-551904</td><td>Psychotherapie: Kostenzusage nach 25 Std. fehlt</td><td>13.09.</td></tr>
<tr><td>05.09.</td><td>Hollmann, Erich</td><td>KV-1987-002913</td><td>Chefarztrechnung Prostata-OP, Faktor 3,5</td><td>13.09.</td></tr>
</table>
<p>Gruß<br>Lea Kowalczyk<br>Beschwerdemanagement</p>
</body></html>"""
    m = mail("Lea Kowalczyk <lea.kowalczyk@%s>" % D, "Dr. Katrin Oswald <katrin.oswald@%s>" % D,
             "Fristen Beschwerden KW 37", "Mon, 09 Sep 2024 08:00:00 +0200", html=html, html_only=True)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal",
                  "HTML-only table: named health insureds with treatments (insulin pump, psychotherapy, prostate surgery)")


def m132():
    body = """Hallo Tobias,

Hilfsmittel-Antrag Hörgeräte, VP Gertrud Fölster (KV-1979-000481), 84 Jahre:
beidseitige Versorgung mit Hörgeräten (Ohrmuschel-Hörsystem), Kostenvoranschlag
Hörakustik Möller 4.980,00 EUR, Verordnung HNO Dr. Größmann, Diagnose
Schallempfindungsschwerhörigkeit beidseits (H90.3).

Tarif zahlt 80 % bis 1.500 EUR je Ohr alle 5 Jahre, letzte Versorgung 2018.
Also 3.000 EUR Zusage. Einverstanden?

Gruß, Gesa
"""
    m = mail("Gesa Thormählen <gesa.thormaehlen@%s>" % D, "Tobias Quandt <tobias.quandt@%s>" % D,
             "Hörgeräte Fölster – Zusage?", "Tue, 20 Feb 2024 10:20:30 +0100", body, charset="windows-1252")
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal",
                  "named insured's hearing aids and diagnosis H90.3 (windows-1252)")


def m133():
    body = """Hi Nils,

Art. 15 request from Mrs Ewa Kowalski-Brandt (health policy KV-2014-667012, dental
ZZ-2014-667013). She wants copies of everything, explicitly "all medical reports you
obtained from my doctors" - we have the psychiatrist's report from 2021 (anxiety
disorder, F41.1), two hospital discharge letters (2022, gallbladder surgery) and
our medical officer's notes on the 2023 dental claim.

Question: do we send the psychiatrist's report directly to her, or via a doctor of
her choice (§ 630g BGB analogy)? The letter must go out by 2 December.

Claire
"""
    m = mail("Claire Dubois-Hartmann <claire.dubois-hartmann@%s>" % D, "Nils Grabowski <nils.grabowski@%s>" % D,
             "Art. 15 health customer - psychiatric report", "Mon, 18 Nov 2024 09:09:00 +0100", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal",
                  "named health insured with anxiety disorder F41.1 and gallbladder surgery")


def m134():
    body = """Hallo Siobhan,

ich habe Bedenken bei Tabelle 7 des Pflege-Reports für den Verband: In der Zelle
"Alter 90+, PLZ-Bereich 23 (Lübeck), Pflegegrad 5, Hauptdiagnose ALS" steht genau
1 Fall. Das ist Herr Gustav Rehwinkel, 91 (PPV-1995-000712), der war letztes Jahr
sogar in den Lübecker Nachrichten, weil er mit ALS so alt geworden ist. Jeder
kann ihn damit identifizieren.

Bitte Zellen < 5 zusammenfassen, bevor wir die Datei rausgeben.

Gruß
Bernd
"""
    m = mail("Dr. Bernd Tiedemann <bernd.tiedemann@%s>" % D, "Siobhan Keane <siobhan.keane@%s>" % D,
             "Pflege-Report Tabelle 7 – Einzelfall identifizierbar", "Thu, 24 Oct 2024 17:45:12 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal",
                  "statistics discussion that names the single identifiable insured with ALS and care level 5")


def m135():
    body = """Hi Agnieszka,

we have a problem in UAT: the ClaimNova test tenant contains real customer data.
I searched for "Mustermann" and instead found e.g.

  Ute Brakelmann, 1957-03-22, KV-2001-170904, claim: chemotherapy cycle 4 (C34.1)
  Finn-Ole Jacobsen, 2016-08-11, KV-2016-900221, claim: speech therapy (F80.1)

Looks like the refresh on 2 May was done from the production snapshot without
the masking job. I've locked the tenant. Please don't take screenshots or exports;
we need to inform the DPO.

Marek
"""
    m = mail("Marek Jankowski <marek.jankowski@%s>" % D, "Agnieszka Wróbel <agnieszka.wrobel@ssc.%s>" % D,
             "UAT contains production health data!", "Fri, 10 May 2024 12:07:40 +0200", body,
             cc="Nils Grabowski <nils.grabowski@%s>" % D)
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal",
                  "test-data incident quoting real insureds with birth dates and diagnoses (C34.1, F80.1)")


def m136():
    body = """Hi Ulrich,

BU application BU-A-2024-11702, Ms Jelena Marković, born 14/03/1993, UX designer,
annuity EUR 2,000/month. In the health questions she disclosed outpatient
psychotherapy 2021-2022 (25 sessions, "adjustment disorder after separation",
F43.2), no medication, no sick leave longer than 2 weeks.

Would you accept at standard rates, or do we need the therapist's report? Broker
is pushing, she wants to sign before her birthday (age step).

Thanks,
Jonas
"""
    m = mail("Jonas Ebeling <jonas.ebeling@%s>" % D, "Dr. Ulrich Fenske <ulrich.fenske@%s>" % D,
             "BU-A-2024-11702 psychotherapy history", "Wed, 06 Mar 2024 11:11:11 +0100", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal",
                  "named BU applicant, birth date, psychotherapy, F43.2")


def m137():
    body = """Hallo Holger,

bitte Auszahlung Policendarlehen vorbereiten:

  Vertrag:   RV-2006-330187 (private Rentenversicherung)
  VN:        Klaus-Dieter Hamann
  Darlehen:  18.000,00 EUR, Zins 4,1 % p.a., Laufzeit bis Rentenbeginn
  Konto:     DE34 8602 3642 2738 4273 25

Rückkaufswert aktuell 41.277,12 EUR, damit im Rahmen. Vertrag ist nicht
abgetreten, Darlehensvertrag unterschrieben zurück.

Gruß
Rieke
"""
    m = mail("Rieke Hansen <rieke.hansen@%s>" % D, "Holger Brinkmann <holger.brinkmann@%s>" % D,
             "Policendarlehen RV-2006-330187", "Thu, 08 Aug 2024 10:30:00 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal",
                  "policy loan on a named person's pension/life contract with IBAN (no medical word)")


def m138():
    doc = ["Protokoll Leistungsausschuss Kranken, Sitzung 04/2024 (12.04.2024)",
           "Teilnehmende: Dr. K. Oswald, Dr. U. Fenske, S. Okonkwo-Richter, T. Quandt",
           "Fall 1: KV-3310-552018, Wilfried Brodowski - Stoßwellentherapie bei M54.5: Erstattung 50 % aus Kulanz, "
           "weitere Serien nur nach Vorab-Zusage.",
           "Fall 2: KV-2019-006612, Frau Ehlerding - Hüft-TEP, Reha Bad Bramstedt: KTG bis 31.05. weiter.",
           "Fall 3: KV-1999-040022, Lutz Grabbe - Insulinpumpe bei Diabetes Typ 1 (E10.90): Zusage als Hilfsmittel.",
           "Fall 4: KV-2020-551904, Thi Lan Nguyen - Verlängerung Verhaltenstherapie um 20 Std. genehmigt.",
           "Nächste Sitzung: 10.05.2024"]
    body = """Hallo zusammen,

Protokoll der April-Sitzung anbei (ODT). Bitte nur im Teamordner ablegen,
nicht im allgemeinen Laufwerk.

Sabine
"""
    m = mail("Sabine Okonkwo-Richter <sabine.okonkwo-richter@%s>" % D, "leistungsausschuss-kv@%s" % D,
             "Protokoll LA 04/2024", "Mon, 15 Apr 2024 16:40:00 +0200", body,
             atts=[att(odt(doc), ODT_T, "Protokoll_LA_2024-04.odt")])
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal",
                  "attachment-only ODT minutes: named health insureds with diagnoses and decisions")


def m139():
    body = """Hi Marco,

please delete call recording CV-REC-2024-0710-3312 (10 July, 14:02, KV hotline,
agent 0188) from your system and confirm in writing. The caller, Mrs Larissa
Wendeborn (KV-2021-440871), talked at length about her IVF treatment (third
cycle, ICSI) and the embryo transfer costs; she has now objected to the recording
under Art. 21 GDPR.

The KV hotline is not supposed to be recorded at all (see DPIA) - can you
also check why this queue was in the recording rule?

Thanks,
Lea
"""
    m = mail("Lea Kowalczyk <lea.kowalczyk@%s>" % D, "Marco Santangelo <m.santangelo@callvista.example>",
             "Deletion of call recording CV-REC-2024-0710-3312", "Fri, 19 Jul 2024 11:25:00 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier",
                  "named health insured's IVF/ICSI treatment in a deletion request to the call centre")


def m140():
    body = """Hi Henrike,

quick one on the PKV application of Ms Franziska Hellweg (KV-A-2024-20517,
born 1989-05-21): she answered "no" to all health questions but attached a
letter from the human genetics clinic: BRCA1 mutation confirmed, no cancer so far,
she's considering preventive mastectomy.

Under the German Genetic Diagnostics Act (GenDG) we must not use that result
for underwriting and shouldn't even have it. How do we handle the letter -
return it and delete the scan?

Ulrich
"""
    m = mail("Dr. Ulrich Fenske <ulrich.fenske@%s>" % D, "Dr. Henrike Vosskamp <henrike.vosskamp@%s>" % D,
             "Genetic test result in PKV application", "Thu, 22 Aug 2024 14:40:40 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal",
                  "named applicant's genetic test (BRCA1) and birth date")


def m141():
    body = """Hallo Astrid,

Unfall aus Österreich, bitte deutschen Vertrag prüfen:

VP: Leonard Brecht-Kaminski, Unfall UV-2020-70114 (DE)
Skiunfall am 11.02.2024 in Saalbach, vordere Kreuzbandruptur und Innenmeniskusriss
links (S83.5, S83.2), operiert im Krankenhaus Zell am See am 13.02.
Bergungskosten Hubschrauber EUR 4.870 (ÖAMTC), invoice attached to the claim.

Our Austrian colleagues handled the local side; the rescue costs are covered
under the DE policy up to EUR 10,000. Invalidity will be assessed after 12 months.

LG Matthias (Wien)
"""
    m = mail("Matthias Hölzl <matthias.hoelzl@%s>" % D, "Astrid Kalwa <astrid.kalwa@%s>" % D,
             "Skiunfall Saalbach – UV-2020-70114", "Tue, 20 Feb 2024 10:45:00 +0100", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "mixed", "internal",
                  "named accident insured: ACL/meniscus injury S83.5/S83.2, surgery, rescue costs")


def m142():
    body = """Hallo Mehmet,

zum Schaden K-24-5610488 (unser VN Jens Uphoff, Auffahrunfall B75 am 14.08.):
Die Fahrerin des vorderen Fahrzeugs, Frau Claudia Riemenschneider, macht über
ihren Anwalt Schmerzensgeld geltend. Attest Unfallchirurgie: HWS-Distorsion
(S13.4), 3 Wochen arbeitsunfähig, Physiotherapie 12 Einheiten. Forderung
Schmerzensgeld 2.500 EUR plus Verdienstausfall 1.860 EUR.

Ich würde 1.500 EUR Schmerzensgeld anbieten. Personenschaden-Freigabe brauche
ich von dir.

Gruß Timo
"""
    m = mail("Timo Westphal <timo.westphal@%s>" % D, "Mehmet Arslan <mehmet.arslan@%s>" % D,
             "Personenschaden K-24-5610488 HWS", "Mon, 02 Sep 2024 14:14:00 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal",
                  "motor liability with named injured third party: whiplash S13.4, sick leave")


def m143():
    body = """Hi Kerstin,

just a heads-up for planning: Svenja Rautenberg from my team told me today that
she's pregnant, due date around 28 January. Maternity leave would start mid-December.
She'd like to come back part-time after 12 months' parental leave. She's fine with
me telling HR but not the team yet - please keep it between us for now.

Can we start the search for a fixed-term replacement?

Thanks,
Marek
"""
    m = mail("Marek Jankowski <marek.jankowski@%s>" % D, "Kerstin Mahnke <kerstin.mahnke@%s>" % D,
             "Replacement needed - Svenja (confidential)", "Wed, 17 Jul 2024 17:03:00 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal", "named employee's pregnancy and due date")


def m144():
    lines = ["Dr. med. Frauke Ingwersen - Fachärztin für Dermatologie - Große Straße 12 - 24937 Flensburg",
             "",
             "Privatliquidation Rechnung Nr. 2024-03311        Datum: 08.05.2024",
             "Patient: Herr Sebastian Krohn, geb. 17.01.1978",
             "Versicherung: Kranich Krankenversicherung AG, KV-2010-512770",
             "",
             "Diagnose: Malignes Melanom Rücken (C43.5), Z. n. Exzision",
             "",
             "Datum      GOÄ   Leistung                                   Faktor   Betrag",
             "22.04.24   1     Beratung                                   2,3       10,72",
             "22.04.24   750   Auflichtmikroskopie                        2,3       16,09",
             "22.04.24   2404  Exzision großer Geschwulst                 2,3       89,26",
             "22.04.24   4815  Histologie (Fremdleistung)                 1,15      23,72",
             "",
             "Rechnungsbetrag: 139,79 EUR"]
    body = """AW: Beleg

"""
    m = mail("Gesa Thormählen <gesa.thormaehlen@%s>" % D, "Tobias Quandt <tobias.quandt@%s>" % D,
             "AW: Beleg", "Wed, 15 May 2024 13:31:00 +0200", body,
             atts=[att(pdf(lines, "scan"), "application/octet-stream", "scan_20240515_133012.pdf")])
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal",
                  "body only 'AW: Beleg'; PDF as octet-stream: named patient's melanoma invoice C43.5, birth date")


def m145():
    body = """Hallo Holger,

Beitragsrückstand Pflegetagegeld PTG-2017-08811, VN Heidemarie Brunckhorst:
3 Monatsbeiträge à 64,20 EUR offen (Juli-September). Bitte noch KEINE
Mahnung nach § 193 VVG rausschicken - die Tochter hat angerufen, es gibt eine
neue Betreuerin, die sich um die Zahlungen kümmert. Betreuerausweis kommt per Post.

Danke
Rieke
"""
    m = mail("Rieke Hansen <rieke.hansen@%s>" % D, "Holger Brinkmann <holger.brinkmann@%s>" % D,
             "PTG-2017-08811 Rückstand – bitte warten", "Wed, 02 Oct 2024 09:27:00 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal",
                  "named person's care insurance premium arrears and legal guardian (no diagnosis)")


def m146():
    body = """Dear Dr. Oswald,

final finding F-07 of audit 01/2024 (outpatient health claims):

"Sample case 23, claim KV-L-23-0441907, insured Mr Mattis Grünwald
(KV-2018-119002): 48 sessions of psychotherapy (depth psychology, F33.0) were
reimbursed in 2023 although the tariff requires prior approval after session 30
and no approval was documented. Amount above the approval threshold:
EUR 1,987.20."

Rating: medium. Management response requested by 31 May.

Kind regards,
Rafael Moreno
Group Internal Audit
"""
    m = mail("Rafael Moreno <rafael.moreno@%s>" % D, "Dr. Katrin Oswald <katrin.oswald@%s>" % D,
             "Audit 01/2024 - final finding F-07", "Fri, 03 May 2024 15:00:00 +0200", body,
             cc="Anke Wiesner <anke.wiesner@%s>" % D)
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal",
                  "audit finding naming an insured with psychotherapy and F33.0")


def m147():
    body = """Hallo Jana,

Frau Deborah Finkelstein (PNr. 204455, Vienna payroll transfer) hat uns den
Nachweis über ihre Mitgliedschaft in der Israelitischen Kultusgemeinde vorgelegt.
Please change the church tax flag from "--" to "is" (israelitische Kultussteuer)
from January, and correct the ELStAM data accordingly.

She also asked for two days off for Jom Kippur - that's for her manager, I told her.

Danke & Gruß
Kerstin
"""
    m = mail("Kerstin Mahnke <kerstin.mahnke@%s>" % D, "Jana Petersen <jana.petersen@%s>" % D,
             "Kirchensteuermerkmal Finkelstein", "Tue, 17 Sep 2024 10:10:10 +0200", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "mixed", "internal", "named employee's religious affiliation (church tax)")


def m148():
    body = """Hallo Ulrich,

siehe Betreff, bitte prüfen, ob wir das ohne weitere Unterlagen zusagen können.
Der Antrag der Klinik liegt im DMS.

Danke
Tobias
"""
    m = mail("Tobias Quandt <tobias.quandt@%s>" % D, "Dr. Ulrich Fenske <ulrich.fenske@%s>" % D,
             "Fr. Brandt – Reha nach Bandscheiben-OP, KV-2004-771520, Kostenzusage?",
             "Thu, 28 Nov 2024 11:30:00 +0100", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "de", "internal",
                  "subject only: named insured, rehab after disc surgery, policy number; body harmless")


def m149():
    body = """Hi Astrid,

child accident claim, school accident during PE: Noah Terhorst, aged 9, insured
under his parents' child accident policy KU-2019-40018 (policyholder: Mr Jan
Terhorst). Fall from the climbing frame on 5 Nov, displaced forearm fracture
(radius and ulna), closed reduction under anaesthesia at Altona Children's
Hospital, 2 nights inpatient.

The policy pays hospital daily allowance EUR 50/night and a cosmetic surgery
benefit if needed. I'll pay EUR 100 now and diary for the 12-month review.

Kemal
"""
    m = mail("Kemal Aydın <kemal.aydin@%s>" % D, "Astrid Kalwa <astrid.kalwa@%s>" % D,
             "Child accident KU-2019-40018", "Tue, 19 Nov 2024 09:41:00 +0100", body)
    return m, lab("STRICTLY_CONFIDENTIAL", "en", "internal",
                  "named child's forearm fracture, anaesthesia and hospital stay under accident policy")


def m150():
    body = """Hi Siobhan, hallo Tobias,

Krankentagegeld-Fall from the Irish expat portfolio that is now with the German
team after the portfolio transfer:

Insured: Conor Flanagan, born 02.02.1984, policy IE-KTG-2021-00377
Diagnosis: F43.0 acute stress reaction, later F48.0 (burnout/exhaustion) per the
attending psychiatrist in Cork; off work since 15 August 2024.
Daily allowance EUR 120 from day 43 (waiting period), paid until 30 November.

Bitte ab Dezember in ClaimNova weiterführen, the medical reports are in the shared
folder IE-transfer/KTG. Payment goes to IE13 KRAN 4778 7230 8480 74.

Thanks,
Matthias
"""
    m = mail("Matthias Hölzl <matthias.hoelzl@%s>" % D,
             "Siobhan Keane <siobhan.keane@%s>, Tobias Quandt <tobias.quandt@%s>" % (D, D),
             "KTG case handover IE -> DE", "Fri, 29 Nov 2024 16:05:00 +0100", body, cte="base64")
    return m, lab("STRICTLY_CONFIDENTIAL", "mixed", "internal",
                  "base64 body: named insured, birth date, F43.0/F48.0 burnout, daily sickness allowance, IBAN")


# ================================================================ driver

N_MAILS = 150
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}


def build():
    out = []
    for n in range(1, N_MAILS + 1):
        random.seed(SEED * 1000 + n)  # boundaries are set explicitly; seed only as a safety net
        msg, row = globals()["m%03d" % n]()
        out.append(("d%02d-%04d.eml" % (NN, n), to_bytes(msg, n), row))
    return out


def write():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for fname, data, (label, lang, kind, reason) in build():
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        assert "\t" not in reason and "\n" not in reason
        rows.append("\t".join([fname, label, lang, kind, reason]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (len(rows) - 1, OUT))


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b")


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _texts_of(part):
    """Decoded text of a leaf part, including text inside office/zip/pdf attachments."""
    ctype = part.get_content_type()
    payload = part.get_payload(decode=True) or b""
    texts = []
    if part.get_content_maintype() == "text":
        texts.append(part.get_content())
    elif payload[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(payload)) as z:
            assert z.testzip() is None
            for name in z.namelist():
                data = z.read(name)
                if name.endswith((".xml", ".csv", ".txt", ".log")):
                    texts.append(re.sub(r"<[^>]+>", " ", data.decode("utf-8", "replace")))
                if name.endswith(".csv"):
                    texts.append(data.decode("utf-8", "replace"))
    elif (part.get_filename() or "").lower().endswith(".csv"):
        texts.append(payload.decode("cp1252", "replace"))
    elif payload[:5] == b"%PDF-":
        assert payload.rstrip().endswith(b"%%EOF"), "broken pdf"
        texts.append(payload.decode("cp1252", "replace"))
    return texts


def check():
    problems = []
    labels_path = os.path.join(HERE, "labels.tsv")
    with open(labels_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        problems.append("bad labels header")
    rows = [l.split("\t") for l in lines[1:]]
    if len(rows) != N_MAILS:
        problems.append("labels.tsv has %d rows" % len(rows))
    counts, langs, traps, kinds = {}, {}, 0, {}
    fresh = {fname: data for fname, data, _ in build()}
    files = sorted(os.listdir(OUT))
    if files != ["d%02d-%04d.eml" % (NN, n) for n in range(1, N_MAILS + 1)]:
        problems.append("unexpected file list in mails/")
    n_att = {}
    for r in rows:
        if len(r) != 5 or not all(r):
            problems.append("bad row %r" % (r,))
            continue
        fname, label, lang, kind, reason = r
        counts[label] = counts.get(label, 0) + 1
        langs[(label, lang)] = langs.get((label, lang), 0) + 1
        kinds[kind] = kinds.get(kind, 0) + 1
        if reason.startswith("trap:"):
            traps += 1
            if label != "NORMAL":
                problems.append("%s: trap reason on %s" % (fname, label))
        if lang not in ("de", "en", "mixed"):
            problems.append("%s: lang %s" % (fname, lang))
        path = os.path.join(OUT, fname)
        raw = open(path, "rb").read()
        if raw != fresh.get(fname):
            problems.append("%s: not reproducible" % fname)
        if re.search(rb"(?<!\r)\n", raw):
            problems.append("%s: bare LF" % fname)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg[h]:
                problems.append("%s: missing %s" % (fname, h))
        for h in ("From", "To", "Cc", "Reply-To"):
            for addr in re.findall(r"[\w.+-]+@([\w.-]+)", str(msg.get(h, ""))):
                if not addr.endswith(".example"):
                    problems.append("%s: domain %s" % (fname, addr))
        alltext = [str(msg["Subject"])]
        for part in msg.walk():
            if part.is_multipart() or part.get_content_type() == "message/rfc822":
                continue
            if part.get_filename():
                ext = part.get_filename().rsplit(".", 1)[-1].lower()
                n_att[ext] = n_att.get(ext, 0) + 1
            try:
                alltext += _texts_of(part)
            except Exception as e:  # noqa
                problems.append("%s: cannot decode part %s: %s" % (fname, part.get_content_type(), e))
        joined = "\n".join(alltext)
        for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", joined):
            if not dom.endswith(".example"):
                problems.append("%s: domain in text %s" % (fname, dom))
        for cand in IBAN_RE.findall(joined):
            c = cand.replace(" ", "")
            if c[:2] in ("DE", "AT", "IE", "PL") and not iban_ok(c):
                problems.append("%s: IBAN fails checksum %s" % (fname, cand))
    for k, v in EXPECTED.items():
        if counts.get(k) != v:
            problems.append("count %s = %s, expected %d" % (k, counts.get(k), v))
    if traps * 3 < EXPECTED["NORMAL"] * 2:
        problems.append("only %d traps" % traps)
    print("labels:", counts)
    print("label x lang:", dict(sorted(langs.items())))
    print("traps:", traps)
    print("kinds:", dict(sorted(kinds.items())))
    print("attachments by extension:", dict(sorted(n_att.items())))
    if problems:
        print("CHECK FAILED")
        for p in problems:
            print("  -", p)
        return 1
    print("CHECK OK: %d mails, all parsed, reproducible, CRLF, IBANs valid, counts match" % len(rows))
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    write()
