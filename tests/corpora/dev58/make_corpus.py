#!/usr/bin/env python3
"""Corpus dev58 for Siegel: 150 hand-written mails around travel insurance and
international assistance (Aurelis Reiseversicherung AG, invented).

Every mail is written by hand in its own function m001 ... m150. The helpers at
the top only turn that content into MIME (Python `email`, policy=SMTP, CRLF) or
into a file format (PDF, XLSX, DOCX, ODT, ODS, ZIP are written with the standard
library only, deterministic, fixed timestamps).

    python make_corpus.py          writes mails/d58-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses every file and validates counts
"""
import io
import os
import re
import sys
import zipfile
import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email import message_from_bytes
from email.generator import BytesGenerator
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
NN = "58"
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}

MAILS = []


def mail(label, lang, kind, reason):
    """Register a mail function together with its hand-given label."""
    def deco(f):
        MAILS.append((f.__name__, f, label, lang, kind, reason))
        return f
    return deco


# ---------------------------------------------------------------- dates

def dt(stamp, tz="+0200"):
    """'2026-08-04 09:12' -> RFC 5322 date string (weekday computed)."""
    d = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
              "Oct", "Nov", "Dec"]
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (
        days[d.weekday()], d.day, months[d.month - 1], d.year, d.hour, d.minute,
        (d.minute * 7 + d.hour) % 60, tz)


# ---------------------------------------------------------------- MIME

def mk(frm, to, subject, date, text=None, html=None, cc=None, charset="utf-8",
       cte=None, flowed=False, att=(), headers=None, reply_to=None):
    """Build one message. text and/or html; att = list of (name, mime, bytes)
    or an EmailMessage (attached as message/rfc822)."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    if reply_to:
        m["Reply-To"] = reply_to
    for k, v in (headers or {}).items():
        m[k] = v
    kw = {"charset": charset}
    if cte:
        kw["cte"] = cte
    if flowed:
        kw["params"] = {"format": "flowed"}
    if text is not None and html is not None:
        m.set_content(text, **kw)
        m.add_alternative(html, subtype="html", charset=charset if charset != "us-ascii" else "utf-8")
    elif html is not None:
        m.set_content(html, subtype="html", **kw)
    else:
        m.set_content(text if text is not None else "", **kw)
    for a in att:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
        else:
            name, mime, data = a
            maintype, subtype = mime.split("/", 1)
            if maintype == "text":
                m.add_attachment(data, maintype=maintype, subtype=subtype,
                                 filename=name)
            else:
                m.add_attachment(data, maintype=maintype, subtype=subtype,
                                 filename=name)
    return m


def inner(frm, to, subject, date, text, cc=None, html=None, att=(), charset="utf-8"):
    """A mail that is later attached as message/rfc822 (written by someone else)."""
    return mk(frm, to, subject, date, text=text, html=html, cc=cc, att=att,
              charset=charset)


# ---------------------------------------------------------------- formats

MT = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "zip": "application/zip",
    "csv": "text/csv",
    "ics": "text/calendar",
    "txt": "text/plain",
    "bin": "application/octet-stream",
    "xls": "application/vnd.ms-excel",
}

ZDATE = (2026, 1, 1, 0, 0, 0)


def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = (zipfile.ZIP_STORED if name == stored_first
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zipf(files):
    """files: list of (name, bytes)."""
    return _zip(files)


def pdf(lines, title="Dokument"):
    """Minimal text PDF (Helvetica, WinAnsi), one or more pages."""
    def esc(s):
        s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return s.encode("cp1252", "replace")
    pages = [lines[i:i + 50] for i in range(0, max(len(lines), 1), 50)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                b"/Encoding /WinAnsiEncoding >>")
    for i, pg in enumerate(pages):
        stream = b"BT /F1 10 Tf 14 TL 50 800 Td\n"
        for ln in pg:
            stream += b"(" + esc(ln) + b") Tj T*\n"
        stream += b"ET\n"
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
                     % (5 + 2 * i)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
    info_no = len(objs) + 1
    objs.append(b"<< /Title (" + esc(title) + b") /Producer (dev58 make_corpus) "
                b"/CreationDate (D:20260101000000Z) >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % n + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, info_no, x))
    return out


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1"):
    """rows: list of lists; numbers stay numbers, the rest inline strings."""
    sd = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None or v == "":
                continue
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, xesc(str(v))))
        sd.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pr = "http://schemas.openxmlformats.org/package/2006/relationships"
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    files = [
        ("[Content_Types].xml", hdr +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels", hdr + '<Relationships xmlns="%s"><Relationship Id="rId1" '
         'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="xl/workbook.xml"/></Relationships>' % pr),
        ("xl/workbook.xml", hdr + '<workbook xmlns="%s" xmlns:r="%s"><sheets>'
         '<sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, rns, xesc(sheet))),
        ("xl/_rels/workbook.xml.rels", hdr + '<Relationships xmlns="%s"><Relationship Id="rId1" '
         'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
         'Target="worksheets/sheet1.xml"/></Relationships>' % pr),
        ("xl/worksheets/sheet1.xml", hdr + '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>'
         % (ns, "".join(sd))),
    ]
    return _zip([(n, d.encode("utf-8")) for n, d in files])


def docx(paras):
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p)
                   for p in paras)
    files = [
        ("[Content_Types].xml", hdr +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels", hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", hdr + '<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (w, body)),
    ]
    return _zip([(n, d.encode("utf-8")) for n, d in files])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mimetype, body):
    hdr = '<?xml version="1.0" encoding="UTF-8"?>\n'
    manifest = (hdr + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="%s"/><manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>' % mimetype)
    content = hdr + '<office:document-content %s><office:body>%s</office:body></office:document-content>' % (_ODF_NS, body)
    return _zip([("mimetype", mimetype.encode()),
                 ("META-INF/manifest.xml", manifest.encode("utf-8")),
                 ("content.xml", content.encode("utf-8"))], stored_first="mimetype")


def odt(paras):
    body = "<office:text>%s</office:text>" % "".join(
        "<text:p>%s</text:p>" % xesc(p) for p in paras)
    return _odf("application/vnd.oasis.opendocument.text", body)


def ods(rows, sheet="Tabelle1"):
    trs = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" office:value="%s">'
                             '<text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                             '</table:table-cell>' % xesc(str(v)))
        trs.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    body = ('<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>'
            % (xesc(sheet), "".join(trs)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", body)


def csvb(text, enc="utf-8"):
    """CSV text written by hand -> bytes with CRLF line ends."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode(enc)


def ics(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


# =====================================================================
# The mails. Every one is written by hand. From is always an Aurelis
# mailbox (the gateway sees outgoing mail); text by others is quoted or
# forwarded.
# =====================================================================


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "guarantee of payment to a Malaga clinic naming the patient, femoral neck fracture S72.0 and planned hip surgery")
def m001():
    return mk(
        "Aurelis Assistance 24/7 <assistance@aurelis.example>",
        "Admisiones Internacionales <international@clinicasanrafael.example>",
        "Guarantee of Payment - OBERMAIER, Heinz - our ref. AC-26-118203",
        dt("2026-08-04 02:41"),
        text="""Dear colleagues,

further to our phone call with Dr. Ruiz Castellano at 01:55 local time we
confirm that Aurelis Reiseversicherung AG guarantees payment of the
medically necessary inpatient treatment for:

  Patient:        Mr Heinz OBERMAIER
  Date of birth:  17/03/1951
  Passport no.:   C4KJ71P09 (Germany)
  Policy no.:     AR-4471-22958 (travel medical, single trip)
  Admitted:       03 August 2026, 22:10, via emergency department
  Diagnosis:      fracture of the femoral neck, left (S72.0)
  Planned:        hemiarthroplasty, 04 or 05 August

The guarantee covers an initial amount of EUR 15,000.00. Please send us
a cost estimate before the operation and notify us immediately if the
amount is likely to be exceeded or if complications occur (the patient
takes an anticoagulant, according to his wife Apixaban 5 mg twice
daily).

Invoices should be addressed to Aurelis Reiseversicherung AG, stating our
reference AC-26-118203, and sent to claims-international@aurelis.example.
Please do not charge the patient for any part of the treatment covered by
this guarantee, except personal items (phone, TV).

Our medical team will contact the treating surgeon tomorrow morning for a
first medical report. You can reach us 24/7 on +49 221 5550 880.

Kind regards

Tom Okafor
Case Manager, Aurelis Assistance
Aurelis Reiseversicherung AG | Hohenzollernring 88 | 50672 Köln | Germany
""")


@mail("NORMAL", "de", "internal",
      "trap: monthly case statistics of the assistance centre by diagnosis group and country, aggregates only, in XLSX")
def m002():
    rows = [
        ["Aurelis Assistance - Fallstatistik Oktober 2026", "", "", ""],
        ["Diagnosegruppe", "Fälle", "davon Rücktransport", "Ø Kosten EUR"],
        ["Frakturen / Verletzungen", 412, 38, 6840],
        ["Herz-Kreislauf", 127, 21, 14210],
        ["Infektionen (inkl. Dengue, Magen-Darm)", 356, 4, 1920],
        ["Zahnbehandlungen", 198, 0, 410],
        ["Schwangerschaft / Geburt", 14, 2, 9350],
        ["Psychische Erkrankungen", 22, 5, 7780],
        ["Sonstige", 241, 9, 2150],
        ["Summe", 1370, 79, ""],
        ["", "", "", ""],
        ["Länder Top 5", "Spanien 288", "Türkei 171", "Italien 119"],
        ["", "Thailand 96", "USA 74", ""],
    ]
    return mk(
        "Jonas Pietsch <j.pietsch@aurelis.example>",
        "Bereichsleitung Assistance <bl-assistance@aurelis.example>",
        "Monatsstatistik Assistance 10/2026",
        dt("2026-11-05 08:17", "+0100"),
        text="""Hallo zusammen,

anbei die Monatsstatistik Oktober. Kurz die Auffälligkeiten:

- Infektionen deutlich über Vorjahr (+31 %), fast alles Dengue in
  Thailand/Vietnam und Magen-Darm in Ägypten.
- Herz-Kreislauf-Fälle teuer wie immer, Ø 14 T EUR.
- Nur 14 Schwangerschaftsfälle, daher keine Aufschlüsselung nach Ländern
  (zu kleine Zellen, siehe Absprache mit Datenschutz).

Die Rohdaten bleiben im Fallsystem, in der Datei sind nur Summen.

Gruß
Jonas

--
Jonas Pietsch
Teamleitung Fallsteuerung | Aurelis Assistance
Tel. +49 221 5550 871
""",
        att=[("Assistance_Statistik_2026-10.xlsx", MT["xlsx"], xlsx(rows, "Okt 2026"))])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "lost luggage claim: named customer, claim number, payout amount and IBAN; no health content")
def m003():
    return mk(
        "Uwe Kessler <u.kessler@aurelis.example>",
        "Sabine Wächtersbach <s.waechtersbach@webpost.example>",
        "Ihr Gepäckschaden R-GE-2026-077412 – Erstattung",
        dt("2026-09-14 11:06"),
        text="""Sehr geehrte Frau Wächtersbach,

vielen Dank für die Unterlagen zu Ihrem Koffer, der auf dem Flug
Palma – Düsseldorf am 22.08.2026 verloren gegangen ist. Die Airline hat
uns inzwischen bestätigt, dass der Koffer nach 21 Tagen als endgültig
verloren gilt (PIR-Nr. PMIXX 41873).

Wir erstatten Ihnen aus Ihrer Reisegepäckversicherung (Vertrag
AR-3308-10442):

  Kleidung und Schuhe (Zeitwert)          612,00 EUR
  Kulturbeutel, Kosmetik                   88,50 EUR
  Koffer (Hartschale, 3 Jahre alt)         95,00 EUR
  abzüglich Zahlung der Airline          - 320,00 EUR
  ------------------------------------------------
  Erstattung                              475,50 EUR

Der Betrag wird in den nächsten 3 Bankarbeitstagen auf Ihr Konto
DE26 7371 7865 0124 0244 29 (Kontoinhaberin: Sabine Wächtersbach)
überwiesen.

Für die Sonnenbrille konnten wir leider nichts erstatten, weil Wertsachen
im aufgegebenen Gepäck nach § 4 Abs. 3 AVB-Gepäck nicht versichert sind.

Mit freundlichen Grüßen

Uwe Kessler
Leistungsabteilung Reisegepäck
Aurelis Reiseversicherung AG
Hohenzollernring 88, 50672 Köln
Telefon 0221 5550-412
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "hospital",
      "mixed de/en: internal inline forward of a Nice hospital report: named patient, ischaemic stroke, hemiparesis, medication")
def m004():
    return mk(
        "Sofia Marchetti <s.marchetti@aurelis.example>",
        "Dr. Henrike Vossberg <h.vossberg@aurelis.example>",
        "WG: Medical report - Mme STAHL Margarete - AC-26-120455",
        dt("2026-09-02 16:48"),
        text="""Liebe Frau Dr. Vossberg,

anbei der erste Bericht aus Nizza. Die Tochter fragt täglich nach einem
Rücktransport-Termin, kannst du bitte bis morgen sagen, ob
Liegendtransport im Linienflug reicht oder Ambulanzjet nötig ist?

Danke & Gruß
Sofia

-------- Weitergeleitete Nachricht --------
Betreff: Medical report - Mme STAHL Margarete
Datum: Wed, 2 Sep 2026 15:12:40 +0200
Von: Dr Amélie Fournier <a.fournier@hp-lescedres.example>
An: assistance@aurelis.example

Dear colleague,

Mrs Margarete STAHL, born 09/11/1944, was admitted to our stroke unit on
31/08/2026 after sudden onset of right-sided weakness and aphasia at her
hotel. CT angiography: occlusion of the left middle cerebral artery (M1).
Thrombolysis was performed at 14:05 (door-to-needle 41 min).

Current state (day 3): GCS 14, right hemiparesis 3/5, mild expressive
aphasia, swallowing test passed today. Atrial fibrillation newly
diagnosed, apixaban started 2.5 mg bid.

In our opinion the patient will not be fit to fly on a commercial
flight before day 10. A medical escort is recommended.

Best regards,
Dr Amélie Fournier
Neurologie - Unité Neuro-Vasculaire
Hôpital Privé Les Cèdres, Nice
""")


@mail("NORMAL", "en", "newsletter",
      "trap: HTML-only customer newsletter with travel-health advice (dengue, vaccinations, travel pharmacy); no person")
def m005():
    return mk(
        "Aurelis Travel News <news@aurelis.example>",
        "newsletter-en@lists.aurelis.example",
        "Winter sun? Five health tips before you fly",
        dt("2026-11-19 10:00", "+0100"),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2>Winter sun? Five health tips before you fly</h2>
<p>Thailand, the Caribbean or the Canaries: many of you escape the grey
weeks. Our assistance team handled more than 1,300 medical cases last
October alone. Here is what they recommend:</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Tip</th><th>Why it matters</th></tr>
<tr><td>Check vaccinations 6 weeks ahead</td><td>Hepatitis A, typhoid and
yellow fever need time; ask your GP or a travel clinic.</td></tr>
<tr><td>Mosquito protection</td><td>Dengue cases in South-East Asia are up
this season. Use repellent with DEET or icaridin.</td></tr>
<tr><td>Pack a travel pharmacy</td><td>Painkillers, oral rehydration salts,
plasters, your regular medication in hand luggage.</td></tr>
<tr><td>Carry your emergency number</td><td>Aurelis Assistance: +49 221 5550 880,
24/7, in English, German, French and Spanish.</td></tr>
<tr><td>Don't pay large hospital bills yourself</td><td>Call us first and we
send a guarantee of payment to the hospital.</td></tr>
</table>
<p>Safe travels!<br>Your Aurelis team</p>
<p style="font-size:10px;color:#777">Aurelis Reiseversicherung AG, Hohenzollernring 88,
50672 Köln. You receive this newsletter because you subscribed on aurelis.example.
<a href="https://aurelis.example/unsubscribe">Unsubscribe</a></p>
</body></html>
""")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "multipart/alternative: trip cancellation after airline strike declined; named customer, claim and policy number, no health")
def m006():
    text = """Dear Mr Lindqvist,

thank you for your claim under policy AR-5120-88713 (claim no.
R-RT-2026-031877).

You cancelled your trip to Lisbon (departure 12 October 2026) because
the cabin crew strike announced on 8 October made your flight
uncertain. We are sorry to tell you that a strike announced by the
airline is not an insured cancellation reason under section 3 of your
cancellation terms. Your flight was in the end operated with a delay of
2 hours, so the airline is also not obliged to refund the ticket.

Costs claimed: EUR 1,184.00 (flights and apartment). Payment: EUR 0.00.

If you disagree, you may write to our complaints team or to the
insurance ombudsman (details enclosed in your policy documents).

Yours sincerely

Clara Heinemann
Claims, Travel Cancellation
Aurelis Reiseversicherung AG
"""
    html = """<html><body><p>Dear Mr Lindqvist,</p>
<p>thank you for your claim under policy <b>AR-5120-88713</b> (claim no. <b>R-RT-2026-031877</b>).</p>
<p>You cancelled your trip to Lisbon (departure 12 October 2026) because the cabin crew strike
announced on 8 October made your flight uncertain. We are sorry to tell you that a strike announced by the
airline is not an insured cancellation reason under section 3 of your cancellation terms. Your flight was in
the end operated with a delay of 2 hours, so the airline is also not obliged to refund the ticket.</p>
<table border="1" cellpadding="4"><tr><td>Costs claimed</td><td>EUR 1,184.00 (flights and apartment)</td></tr>
<tr><td>Payment</td><td>EUR 0.00</td></tr></table>
<p>If you disagree, you may write to our complaints team or to the insurance ombudsman
(details enclosed in your policy documents).</p>
<p>Yours sincerely<br>Clara Heinemann<br>Claims, Travel Cancellation<br>Aurelis Reiseversicherung AG</p>
</body></html>
"""
    return mk("Clara Heinemann <c.heinemann@aurelis.example>",
              "Erik Lindqvist <erik.lindqvist@mailbox.example>",
              "Your claim R-RT-2026-031877 - trip cancellation Lisbon",
              dt("2026-10-27 14:22", "+0100"), text=text, html=html)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "cancellation for medical reasons: asks the customer for a doctor's certificate about her disc surgery")
def m007():
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Jutta Rehbein <jutta.rehbein@t-post.example>",
        "Reiserücktritt Kreta – Schaden R-RT-2026-029114 – fehlende Unterlagen",
        dt("2026-09-21 09:35"),
        cte="quoted-printable",
        text="""Sehr geehrte Frau Rehbein,

Sie haben Ihre Pauschalreise nach Kreta (Reisebeginn 03.10.2026) storniert,
weil bei Ihnen kurzfristig eine Bandscheibenoperation (L4/L5) notwendig
wurde. Das tut uns sehr leid, wir wünschen Ihnen gute Besserung.

Damit wir die Stornokosten von 1.960,00 EUR erstatten können, fehlen uns
noch:

1. das ausgefüllte Formular "Ärztliches Attest Reiserücktritt" (liegt
   bei), ausgefüllt vom behandelnden Arzt, mit Datum der ersten
   Behandlung und Diagnose,
2. der OP-Bericht oder Entlassungsbrief des Krankenhauses,
3. die Stornorechnung des Reiseveranstalters.

Bitte beachten Sie: Der Arzt muss bestätigen, dass die Erkrankung
unerwartet aufgetreten ist. Hatten Sie in den letzten 6 Monaten vor
Buchung bereits Rückenbeschwerden in Behandlung, geben Sie das bitte mit
an.

Die Kosten für das Attest (bis 30 EUR) übernehmen wir.

Mit freundlichen Grüßen

Clara Heinemann
Leistung Reiserücktritt
Aurelis Reiseversicherung AG
""")


@mail("NORMAL", "de", "internal",
      "team roster for the Christmas shifts with an ICS invite; names of colleagues, no personal data")
def m008():
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Aurelis//Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:d58-0008-dienstplan@aurelis.example
DTSTAMP:20261124T081500Z
DTSTART:20261201T090000Z
DTEND:20261201T094500Z
SUMMARY:Abstimmung Dienstplan Notrufzentrale 24.12.-01.01.
LOCATION:Raum 4.12 / Teams
ORGANIZER;CN=Jonas Pietsch:mailto:j.pietsch@aurelis.example
ATTENDEE;CN=Team Fallsteuerung:mailto:fallsteuerung@aurelis.example
END:VEVENT
END:VCALENDAR
""")
    return mk(
        "Jonas Pietsch <j.pietsch@aurelis.example>",
        "Team Fallsteuerung <fallsteuerung@aurelis.example>",
        "Dienstplan Weihnachten/Silvester",
        dt("2026-11-24 09:15", "+0100"),
        text="""Moin,

wie jedes Jahr: Die Notrufzentrale muss über die Feiertage voll besetzt
sein, an Silvester ab 22 Uhr mit zwei zusätzlichen Leuten (erfahrungsgemäß
viele Anrufe aus den Skigebieten).

Bitte tragt eure Wünsche bis Freitag in die Liste im Teams-Kanal ein.
Abstimmung dann am 1.12., Einladung kommt anbei.

Wer schon Urlaub genehmigt hat (Miriam, Ben, Sofia), muss nix tun.

Jonas
""",
        att=[("einladung.ics", MT["ics"], cal)])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
      "request to a Spanish surgeon for the report on a named student after appendectomy and fitness to fly")
def m009():
    return mk(
        "Miriam Albers <m.albers@aurelis.example>",
        "Dr. Javier Ortega Ruiz <jortega@hospitalvalenciamar.example>",
        "Patient Lena VOIGT - medical report and fitness to fly",
        dt("2026-10-08 10:12"),
        cc="Aurelis Assistance 24/7 <assistance@aurelis.example>",
        text="""Dear Dr. Ortega Ruiz,

thank you for taking my call this morning. As discussed, Aurelis
Assistance is the medical assistance provider of your patient

  Ms Lena VOIGT, born 2004-06-30,
  Erasmus student at Universitat de València,
  our case AC-26-121907.

According to the information we have, Ms Voigt underwent a laparoscopic
appendectomy on 6 October for acute appendicitis. Could you please send
us:

 - a short medical report (diagnosis, surgery, course, complications if
   any, current medication),
 - the expected date of discharge,
 - your opinion whether she can fly home to Hamburg for the Christmas
   holidays or if she should rather stay and continue her studies with
   local follow-up.

Her mother has signed a release of medical confidentiality, Ms Voigt
herself agreed verbally on the phone and will sign the form on the
ward today.

You may reply by e-mail to this address or by fax to +49 221 5550 899.

With many thanks and kind regards,

Miriam Albers
Medical Case Manager (registered nurse)
Aurelis Assistance | Aurelis Reiseversicherung AG
""")


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: webinar invitation for travel agencies on how to explain cancellation for illness; ICS, no person")
def m010():
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Aurelis//Webinar//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:d58-0010-webinar@aurelis.example
DTSTAMP:20261002T120000Z
DTSTART:20261020T150000Z
DTEND:20261020T160000Z
SUMMARY:Aurelis Partner-Webinar: Reiserücktritt bei Krankheit
DESCRIPTION:Link: https://webinar.aurelis.example/rr-krankheit
URL:https://webinar.aurelis.example/rr-krankheit
END:VEVENT
END:VCALENDAR
""")
    return mk(
        "Nadine Schorlemmer <n.schorlemmer@aurelis.example>",
        "Partner Reisebüros <reisebuero-partner@lists.aurelis.example>",
        "Einladung Partner-Webinar 20.10.: Reiserücktritt bei Krankheit – was Ihre Kunden wissen müssen",
        dt("2026-10-02 14:00"),
        text="""Liebe Partnerinnen und Partner,

"Mein Kind hat Fieber – zahlt die Versicherung?" Solche Anrufe kennen Sie.
In unserem 60-Minuten-Webinar erklären Dr. Henrike Vossberg (Beratungsärztin)
und Clara Heinemann (Leistung Reiserücktritt):

• was "unerwartete schwere Erkrankung" bedeutet,
• warum Vorerkrankungen nicht automatisch ausgeschlossen sind,
• wann ein Attest nötig ist und wer es bezahlt,
• typische Fälle: Schwangerschaft, Knochenbruch, psychische Erkrankung,
  Tod eines Angehörigen.

Termin: Dienstag, 20. Oktober 2026, 17:00–18:00 Uhr
Der Kalendereintrag hängt an. Teilnahme kostenlos, keine Anmeldung nötig.

Herzliche Grüße aus Köln

Nadine Schorlemmer
Vertriebspartner Reiseveranstalter & Reisebüros
Aurelis Reiseversicherung AG
""",
        att=[("Webinar_Reiseruecktritt.ics", MT["ics"], cal)])


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "harmless body; commission statement PDF for a sole-trader travel agent with her IBAN and tax number")
def m011():
    doc = pdf([
        "Aurelis Reiseversicherung AG - Provisionsabrechnung 3. Quartal 2026",
        "",
        "Vermittlerin: Reisebüro Kappel, Inh. Heike Kappel e.K.",
        "Marktstraße 14, 35037 Marburg",
        "Vermittlernummer: V-20931",
        "Steuernummer: 031 842 60913",
        "",
        "Vertrag           Kunde              Sparte              Prämie    Prov. %   Provision",
        "AR-5521-30177     Schnellbach, T.    Rücktritt Jahres    189,00    20        37,80",
        "AR-5521-30412     Öztürk, D.         Rücktritt+Gepäck    242,40    20        48,48",
        "AR-5521-30890     Brinkmann, G.      Gepäck              39,00     20         7,80",
        "AR-5521-31004     Hollstein, M.      Rücktritt Einmal    96,00     20        19,20",
        "",
        "Summe Provision Q3/2026:                                                    113,28 EUR",
        "",
        "Auszahlung auf: DE55 9596 2443 7393 7991 21, Kontoinhaberin Heike Kappel",
        "Valuta: 15.10.2026",
    ], title="Provisionsabrechnung Q3 2026 V-20931")
    return mk(
        "Vermittlerabrechnung <provision@aurelis.example>",
        "Heike Kappel <info@reisebuero-kappel.example>",
        "Provisionsabrechnung Q3/2026",
        dt("2026-10-13 07:30"),
        text="""Sehr geehrte Frau Kappel,

im Anhang erhalten Sie Ihre Provisionsabrechnung für das 3. Quartal 2026.

Bei Rückfragen erreichen Sie uns unter 0221 5550-300.

Mit freundlichen Grüßen
Ihr Vermittlerservice
Aurelis Reiseversicherung AG

Diese E-Mail wurde automatisch erstellt.
""",
        att=[("Provision_Q3_2026_V-20931.pdf", MT["pdf"], doc)])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health contract of a named person: premium arrears and suspension warning, no medical word (health line)")
def m012():
    return mk(
        "Rachel Moorcroft <r.moorcroft@aurelis.example>",
        "Daniel Whitcombe <dan.whitcombe@expatmail.example>",
        "Aurelis Expat Health - outstanding premium, policy EX-2291-0047",
        dt("2026-11-10 12:03", "+0100"),
        text="""Dear Mr Whitcombe,

I am writing about your Aurelis Expat Health policy EX-2291-0047
(Comprehensive, area 2 worldwide excl. USA; insured persons: you and
your daughter Isla).

The quarterly premium of EUR 1,386.90 due on 1 October 2026 is still
outstanding. Our card payment attempts on 2 and 16 October were
declined.

Please pay by 30 November 2026, either via the payment link in your
online account or by bank transfer to

  Aurelis Reiseversicherung AG
  IBAN DE67 3356 1723 9300 2905 65
  Reference: EX-2291-0047 Q4

If we have not received the premium by then, cover will be suspended
from 1 December and claims from that date cannot be paid. As you live in
Kuala Lumpur and are not covered by a statutory scheme there, I would
really like to avoid that.

If the payment is difficult at the moment, call me - we can talk about
monthly instalments.

Best regards

Rachel Moorcroft
Expat Desk | Aurelis Reiseversicherung AG
+49 221 5550 760 (Mon-Fri 08:00-18:00 CET)
""")


@mail("NORMAL", "en", "internal",
      "trap: anonymised large-loss list (age bands, diagnosis groups, countries, costs) in CSV for reinsurer prep")
def m013():
    data = csvb("""case_ref_anon;quarter;age_band;sex;country;diagnosis_group;service;total_cost_eur
L-01;Q3-2026;60-69;m;Thailand;cardiovascular;ICU + air ambulance;186400
L-02;Q3-2026;70-79;f;USA;cardiovascular;inpatient + stretcher flight;142950
L-03;Q3-2026;40-49;m;Austria;injury (skiing);surgery + helicopter;61200
L-04;Q3-2026;70-79;m;Spain;injury (fall);surgery + medical escort;48730
L-05;Q3-2026;20-29;f;Mexico;infection;ICU;44100
L-06;Q3-2026;50-59;m;Egypt;neurological;inpatient + air ambulance;97380
""")
    return mk(
        "Felix Grunewald <f.grunewald@aurelis.example>",
        "Reinsurance Team <rueckversicherung@aurelis.example>",
        "Large losses Q3 - anonymised list for Atlantis Re meeting",
        dt("2026-10-19 17:44"),
        text="""Hi both,

for the meeting with Atlantis Re on Thursday: attached the Q3 large
losses above EUR 40k. Case refs are replaced by L-xx, only age bands and
diagnosis groups, no dates of birth, no names, no exact dates - so it
can go out as is.

Six cases, EUR 581k in total, two thirds of it cardiovascular with air
ambulance. Same picture as last year; I'd use it to argue against the
higher retention they want.

Felix
""",
        att=[("large_losses_Q3_2026_anon.csv", MT["csv"], data)])


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "traveller list of a tour operator group (names, birth dates, booking no.) for group cancellation/baggage cover, XLSX; no health")
def m014():
    rows = [
        ["Nordlicht Expeditions GmbH - Gruppe NL-26-ISL-07 - Iceland Highlands 14-28 Sep 2026"],
        ["No", "Surname", "First name", "Date of birth", "Booking", "Cover"],
        [1, "Achterberg", "Ruth", "1958-02-11", "NL-884120", "cancellation + baggage"],
        [2, "Achterberg", "Gerd", "1955-07-29", "NL-884120", "cancellation + baggage"],
        [3, "Dimitriou", "Eleni", "1979-12-03", "NL-884133", "cancellation + baggage"],
        [4, "Kowalczyk", "Marek", "1983-05-17", "NL-884140", "baggage"],
        [5, "Pfannenstiel", "Sigrid", "1962-09-08", "NL-884152", "cancellation + baggage"],
        [6, "van Dam", "Pieter", "1970-01-21", "NL-884159", "cancellation + baggage"],
        [7, "Zellweger", "Anouk", "1991-04-14", "NL-884161", "cancellation"],
    ]
    return mk(
        "Nadine Schorlemmer <n.schorlemmer@aurelis.example>",
        "Maren Tjaden <m.tjaden@nordlicht-expeditions.example>",
        "Re: Group NL-26-ISL-07 - list of insured travellers",
        dt("2026-08-28 15:31"),
        text="""Dear Maren,

thank you, the list is complete now. I have added the cover per person as
booked in your system (Mr Kowalczyk only took baggage, Ms Zellweger only
cancellation) and attach the version we have registered under group
contract GV-NL-2026-003. Please check and let me know by Monday if
anything is wrong.

Cover starts with the booking date and ends on 28 September 2026.

Best regards
Nadine

Nadine Schorlemmer | Tour operator partners
Aurelis Reiseversicherung AG, Köln

> On 27 Aug 2026, at 18:02, Maren Tjaden wrote:
> Hi Nadine, attached the final passenger list for the Iceland group,
> 7 pax. Cheers, Maren
""",
        att=[("GV-NL-2026-003_travellers.xlsx", MT["xlsx"], xlsx(rows, "Travellers"))])


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "case conference on repatriation of a named man after myocardial infarction in Thailand, ICU, stent, air ambulance")
def m015():
    return mk(
        "Miriam Albers <m.albers@aurelis.example>",
        "Dr. Henrike Vossberg <h.vossberg@aurelis.example>",
        "Fall AC-26-119660 Bemmann – Rücktransport Bangkok, Entscheidung heute",
        dt("2026-08-19 08:05"),
        cc="Jonas Pietsch <j.pietsch@aurelis.example>",
        text="""Guten Morgen Henrike,

kurzer Stand zu Herrn Kurt Bemmann (68, Vertrag AR-4102-77315):

- 15.08. Hinterwandinfarkt in Hua Hin, Verlegung ins Bangkok Riverside
  International Hospital, dort am 16.08. Stent RCA.
- Seit gestern wieder Rhythmusstörungen (VT), lag nachts nochmal auf der
  Intensiv, jetzt stabil, Amiodaron.
- Ehefrau ist vor Ort, möchte ihn so schnell wie möglich nach Hause
  (Uniklinik Münster hat Übernahme zugesagt).
- Angebot SkyMed Ambulance Flights: Learjet 45 mit Intensivteam, ab
  Freitag möglich, 86.400 EUR. Linienflug mit Arzt und Stretcher erst
  frühestens in 10 Tagen, ca. 24.000 EUR.

Meine Einschätzung: nach der VT-Episode kein Linienflug. Kannst du bis 12
Uhr mit dem behandelnden Kardiologen (Dr. Suthida, +66 2 555 0142)
sprechen? Dann hole ich die Kostenfreigabe beim Vorstand ein (> 50 T).

Danke!
Miriam
""")


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits, AED pads and blood-pressure monitors for the emergency centre; company supplier")
def m016():
    return mk(
        "Einkauf Aurelis <einkauf@aurelis.example>",
        "Bestellannahme <bestellung@medbedarf-rheinland.example>",
        "Bestellung 4500-2026-1187 – Erste Hilfe / AED",
        dt("2026-09-09 13:27"),
        text="""Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-09:

Pos  Menge  Artikel                                         EP netto
10   6      Erste-Hilfe-Koffer DIN 13157, Betriebsausstattung   42,90
20   4      AED-Elektrodenpads Erwachsene (für Lifeline View)  61,50
30   1      AED-Elektrodenpads Kinder                           74,00
40   3      Blutdruckmessgerät Oberarm, validiert               38,20
50   10     Rettungsdecke gold/silber                            0,95

Lieferadresse: Aurelis Reiseversicherung AG, Notrufzentrale, 4. OG,
Hohenzollernring 88, 50672 Köln, z. Hd. Herrn Brandes (Empfang).

Hintergrund: Die Ersthelfer-Ausstattung wird nach der Begehung durch die
Fachkraft für Arbeitssicherheit aufgestockt.

Bitte Auftragsbestätigung an einkauf@aurelis.example.

Mit freundlichen Grüßen
Petra Neubauer
Einkauf / Facility
Aurelis Reiseversicherung AG
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "rental car excess refund after parking damage: named customer, contract and claim numbers, plate; nobody hurt")
def m017():
    return mk(
        "Uwe Kessler <u.kessler@aurelis.example>",
        "Markus Ehrenberg <markus.ehrenberg@freenet-mail.example>",
        "AW: Selbstbeteiligung Mietwagen Sardinien",
        dt("2026-09-30 15:50"),
        text="""Hallo Herr Ehrenberg,

danke für die schnelle Nachreichung des Mietvertrags.

Ihre Selbstbeteiligungs-Versicherung für Mietwagen (Vertrag
AR-6003-14529) erstattet die von der Vermietstation in Olbia
einbehaltenen 850,00 EUR für den Parkschaden vom 11.09.2026 (Fiat 500X,
Kennzeichen GH 417 XT, Mietvertrag OLB-2026-558312). Laut Ihrer
Schilderung wurde niemand verletzt, der Schaden ist beim Rangieren auf
dem Hotelparkplatz entstanden.

Schadennummer: R-SB-2026-004471
Auszahlung: 850,00 EUR auf das bekannte Konto, Eingang ca. 2-3 Tage.

Viele Grüße
Uwe Kessler
Aurelis Reiseversicherung AG – Leistung Reisegepäck & Mietwagen

-----Ursprüngliche Nachricht-----
Von: Markus Ehrenberg
Gesendet: Montag, 28. September 2026 21:14
Betreff: Selbstbeteiligung Mietwagen Sardinien

hallo, anbei der mietvertrag wie gewünscht. die haben 850 eur von der
kreditkarte abgebucht obwohl nur ne kleine delle war. gruß M. Ehrenberg
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "windows-1252: cost approval for psychotherapy of a named au-pair in the USA (depression), sessions and provider")
def m018():
    return mk(
        "Sofia Marchetti <s.marchetti@aurelis.example>",
        "Johanna Reuter <jo.reuter@aupairmail.example>",
        "Kostenzusage Therapie – Ihr Fall AC-26-117204",
        dt("2026-07-22 18:19"),
        charset="windows-1252",
        text="""Liebe Frau Reuter,

wie heute am Telefon besprochen, bestätige ich Ihnen die Kostenübernahme
für die ambulante Psychotherapie bei Dr. Karen Whitfield, Licensed
Clinical Psychologist, in Arlington (Virginia).

Übernommen werden aus Ihrer Au-pair-Krankenversicherung (Vertrag
AP-7781-02096):
– bis zu 10 Sitzungen à max. 180 USD wegen der diagnostizierten
  mittelgradigen depressiven Episode (F32.1),
– die Erstverordnung Sertralin 50 mg durch die Hausärztin vor Ort.

Dr. Whitfield rechnet direkt mit uns ab, Sie müssen nichts auslegen.
Nach der 8. Sitzung brauchen wir einen kurzen Verlaufsbericht, falls
weitere Stunden nötig sind.

Ihre Gastfamilie und die Agentur erfahren von uns nichts über die
Behandlung – das entscheiden allein Sie.

Wenn es Ihnen schlechter geht, erreichen Sie uns rund um die Uhr unter
+49 221 5550 880, in den USA auch über die 988.

Alles Gute und herzliche Grüße
Sofia Marchetti
Fallmanagerin, Aurelis Assistance
""")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: direct-billing tariff sheet with a Bangkok hospital (rates per procedure, room types), PDF; no patients")
def m019():
    doc = pdf([
        "Direct Billing Agreement - Annex 2: Agreed Rates 2027",
        "Bangkok Riverside International Hospital / Aurelis Reiseversicherung AG",
        "",
        "Item                                              THB",
        "Emergency department visit (incl. physician)      3,800",
        "Outpatient consultation, specialist               2,400",
        "Single room per day                               9,500",
        "ICU per day (excl. drugs)                        38,000",
        "Appendectomy, laparoscopic (package, 3 nights)   145,000",
        "Cast / closed reduction, forearm fracture         28,500",
        "Dengue package (up to 4 nights, lab incl.)        62,000",
        "Coronary angiography + 1 stent (package)         390,000",
        "",
        "Rates include nursing, standard consumables and hospital pharmacy at",
        "cost +10 %. Invoices to be submitted within 30 days stating the",
        "Aurelis case number. Payment term 21 days.",
    ], title="Annex 2 Agreed Rates 2027")
    return mk(
        "Felix Grunewald <f.grunewald@aurelis.example>",
        "Khun Pimchanok Srisuwan <intl.contracts@bkk-riverside.example>",
        "Annex 2 - rates 2027 - final version for signature",
        dt("2026-11-27 11:14", "+0100"),
        text="""Dear Khun Pimchanok,

thank you for the constructive negotiation last week. Attached the final
Annex 2 with the agreed rates for 2027, including the new dengue package
and the cardiology package we discussed.

If you are fine with it, please have it signed by your CFO and return a
scan; we will countersign and send the original by courier.

Kind regards,
Felix Grunewald
Head of Product & Provider Network
Aurelis Reiseversicherung AG
""",
        att=[("Annex2_Rates_2027_BRIH_Aurelis.pdf", MT["pdf"], doc)])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "theft of camera and laptop in Lisbon: named customer, police report, claim no., payout to GB IBAN; no injury")
def m020():
    return mk(
        "Uwe Kessler <u.kessler@aurelis.example>",
        "Oliver Prendergast <oliver.prendergast@postbox.example>",
        "Your baggage claim R-GE-2026-081230 - settlement",
        dt("2026-10-06 10:47"),
        text="""Dear Mr Prendergast,

thank you for sending the police report from PSP Lisbon (NUIPC
1127/26.4PBLSB) and the purchase receipts.

Your rucksack with a Sony A7 IV camera and a MacBook Air was stolen from
the luggage rack of tram 28 on 18 September 2026. Under your baggage
cover (policy AR-7710-20386) we settle as follows:

  Camera (bought 03/2024, 2,499.00, 25 % deduction)   1,874.25
  Laptop (bought 11/2022, 1,329.00, 40 % deduction)     797.40
  Subtotal                                            2,671.65
  Limit for electronic devices per event              1,500.00
  Excess                                                 -100.00
  ------------------------------------------------------------------
  Payment                                              EUR 1,400.00

The amount will be transferred to GB05 NWBK 6876 6140 8151 17
(O Prendergast) within five working days.

Yours sincerely
Uwe Kessler
Baggage Claims
Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "hospital",
      "message/rfc822 forward of a Bangkok hospital invoice with diagnoses I21.1, stent, ICU days for a named patient")
def m021():
    fwd = inner(
        "Billing International <billing.intl@bkk-riverside.example>",
        "claims-international@aurelis.example",
        "Interim invoice - BEMMANN Kurt - HN 26-0081145",
        dt("2026-08-21 09:12", "+0700"),
        """Dear Sir/Madam,

please find below the interim invoice for your member.

Patient: Mr Kurt BEMMANN, DOB 02-Feb-1958, HN 26-0081145
Admission: 15-Aug-2026, still inpatient
Diagnosis: I21.1 acute transmural MI of inferior wall; I47.2 ventricular
tachycardia

Emergency & CCU admission               41,200.00
Coronary angiography + PCI RCA, 1 DES  392,500.00
CCU 5 days                             190,000.00
Medication (amiodarone, ticagrelor...)  38,740.00
Laboratory / imaging                    27,310.00
----------------------------------------------------
Total THB                              689,750.00

As per Guarantee of Payment AC-26-119660. Thank you.

Billing Department
Bangkok Riverside International Hospital
""")
    return mk(
        "Miriam Albers <m.albers@aurelis.example>",
        "Claims International <claims-international@aurelis.example>",
        "Fwd: Interim invoice - AC-26-119660",
        dt("2026-08-21 08:30"),
        text="""Hi claims team,

interim invoice from Bangkok for case AC-26-119660, forwarded as
attachment. Amount is within the agreed package rates, please book
against the guarantee. Final invoice follows after the transfer on
Friday.

Thanks, Miriam
""",
        att=[fwd])


@mail("NORMAL", "de", "internal",
      "trap: data-protection guidance on foreign medical reports via WhatsApp and fax; rules only, no person")
def m022():
    return mk(
        "Arne Lütke-Wessel <datenschutz@aurelis.example>",
        "Alle Fallmanager <fallsteuerung@aurelis.example>",
        "Datenschutz-Hinweis: Arztberichte aus dem Ausland per WhatsApp",
        dt("2026-09-17 12:00"),
        text="""Liebe Kolleginnen und Kollegen,

aus gegebenem Anlass (mehrere Nachfragen in der letzten Woche):

1. Ausländische Kliniken und Angehörige schicken Arztberichte,
   Röntgenbilder und Rechnungen gern per WhatsApp an die Diensthandys.
   Das ist nicht verboten, aber: Die Dateien müssen noch am selben Tag in
   die elektronische Fallakte übertragen und danach auf dem Handy
   gelöscht werden. Keine Weiterleitung in private Chats!
2. Gesundheitsdaten gehen an externe Stellen (Ambulanzflug-Anbieter,
   Übersetzungsbüro, Klinik in Deutschland) nur über das SecureMail-Portal
   oder per verschlüsselter Mail, nie unverschlüsselt.
3. Faxe aus dem Ausland landen im Fax-Postfach der Notrufzentrale. Bitte
   Ausdrucke nicht im Drucker liegen lassen.
4. Bei Zweifeln, ob eine Schweigepflichtentbindung vorliegt: lieber
   nachfragen, als Infos an Angehörige geben.

Die überarbeitete Arbeitsanweisung AA-DS-07 liegt im Intranet.

Viele Grüße
Arne Lütke-Wessel
Datenschutzbeauftragter
Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "cancellation refund after a high-risk pregnancy with bleeding; named insured, amounts, IBAN")
def m023():
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Familie Aydın <aydin.familie@heimnetz.example>",
        "Ihre Reiserücktrittsversicherung – Erstattung Schaden R-RT-2026-027760",
        dt("2026-08-12 10:20"),
        text="""Sehr geehrte Frau Aydın,

wir haben die Bescheinigung Ihrer Frauenärztin erhalten. Danach wurde bei
Ihnen in der 14. Schwangerschaftswoche eine Risikoschwangerschaft mit
Blutungen festgestellt und von der Flugreise nach Antalya dringend
abgeraten. Die Schwangerschaft bestand bei Buchung noch nicht; damit ist
der Rücktritt versichert.

Erstattung aus Vertrag AR-5533-60218:

  Stornokosten Reiseveranstalter (Sie und Ihr Ehemann)   2.314,00 EUR
  Selbstbehalt 20 %                                     -  462,80 EUR
  Auszahlung                                             1.851,20 EUR

Die Überweisung erfolgt auf DE40 7457 7472 1208 3040 03.

Für den Rest der Schwangerschaft alles Gute!

Mit freundlichen Grüßen
Clara Heinemann
Leistung Reiserücktritt
Aurelis Reiseversicherung AG
""")


@mail("NORMAL", "en", "internal",
      "office move of the English desk to another floor; names colleagues, nothing sensitive")
def m024():
    return mk(
        "Facility Management <facility@aurelis.example>",
        "English Desk <english-desk@aurelis.example>",
        "Move to 5th floor on Friday - please pack by Thursday 4pm",
        dt("2026-09-23 13:05"),
        text="""Hi everyone,

reminder: the English desk moves from 4.20-4.24 to the new open space on
the 5th floor (5.08) this Friday.

- Crates are delivered Wednesday morning, please label them with your
  name and the new desk number (list in the Teams channel).
- Screens and docking stations stay, the IT team (Kai) will reconnect
  phones by Friday 2 pm.
- Lockable pedestals: keys will be handed out by Rachel.
- The printer "PR-4-EN" moves too and will be renamed "PR-5-EN".

Out-of-hours calls are routed to the German desk from Friday 12:00 to
14:00.

Thanks!
Facility Management
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "harmless body; policy schedule PDF for an annual cancellation+baggage policy with family members and birth dates, no health cover")
def m025():
    doc = pdf([
        "Aurelis Reiseversicherung AG",
        "Versicherungsschein Nr. AR-5870-33561",
        "",
        "Versicherungsnehmer: Thomas Brandl, Schwabinger Weg 7, 85748 Garching",
        "Tarif: Jahres-Reiseschutz Familie (Reiserücktritt, Reiseabbruch, Reisegepäck)",
        "Versicherungsbeginn: 01.11.2026, Laufzeit 1 Jahr, Verlängerung stillschweigend",
        "Selbstbehalt: 100 EUR je Schadenfall",
        "",
        "Versicherte Personen:",
        "  Thomas Brandl        geb. 14.05.1981",
        "  Katrin Brandl        geb. 02.12.1983",
        "  Leonie Brandl        geb. 27.08.2014",
        "  Jakob Brandl         geb. 09.01.2018",
        "",
        "Versicherungssumme Reiserücktritt je Reise: 8.000 EUR",
        "Versicherungssumme Reisegepäck: 3.000 EUR",
        "Jahresbeitrag: 219,00 EUR inkl. 19 % Versicherungsteuer",
        "Zahlungsweise: jährlich per SEPA-Lastschrift, Mandat MA-5870-33561",
    ], title="Versicherungsschein AR-5870-33561")
    return mk(
        "Kundenservice Aurelis <service@aurelis.example>",
        "Thomas Brandl <t.brandl@bayernnet.example>",
        "Ihre Vertragsunterlagen",
        dt("2026-10-29 06:45", "+0100"),
        text="""Guten Tag Herr Brandl,

vielen Dank für Ihr Vertrauen. Im Anhang finden Sie Ihre
Vertragsunterlagen. Bitte prüfen Sie die Angaben.

Freundliche Grüße
Ihr Kundenservice
Aurelis Reiseversicherung AG · Hohenzollernring 88 · 50672 Köln
Vorstand: Dr. Carola Immendorf (Vors.), Bernd Osterkamp · AG Köln HRB 99120
""",
        att=[("Versicherungsschein_AR-5870-33561.pdf", MT["pdf"], doc)])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "ODS list of au-pairs insured under health and accident cover for an au-pair agency (names, birth dates, host country)")
def m026():
    rows = [
        ["Vertrag", "Name", "Vorname", "geb.", "Gastland", "Beginn", "Ende", "Tarif"],
        ["AP-7781-02311", "Bakirci", "Selin", "12.03.2006", "USA", "01.09.2026", "31.08.2027", "Au-pair Kranken+Unfall+Haftpflicht"],
        ["AP-7781-02312", "Lemke", "Hannah", "27.10.2005", "Australien", "15.09.2026", "14.03.2027", "Au-pair Kranken+Unfall+Haftpflicht"],
        ["AP-7781-02313", "Nguyen", "Thi Mai", "05.06.2007", "Frankreich", "01.10.2026", "30.06.2027", "Au-pair Kranken+Unfall"],
        ["AP-7781-02314", "Oberländer", "Finn", "19.01.2006", "Neuseeland", "01.10.2026", "30.09.2027", "Au-pair Kranken+Unfall+Haftpflicht"],
    ]
    return mk(
        "Nadine Schorlemmer <n.schorlemmer@aurelis.example>",
        "Teresa Albrecht <t.albrecht@aupairbridge.example>",
        "Anmeldungen Herbst – Bestätigung",
        dt("2026-09-25 14:37"),
        text="""Liebe Frau Albrecht,

die vier Herbst-Anmeldungen sind eingepflegt, die Versicherungsbestätigungen
gehen den Au-pairs direkt per Post zu. Die Übersicht mit den Vertragsnummern
hängt an, falls die Gastfamilien nachfragen.

Bei Herrn Oberländer fehlt noch die unterschriebene Erklärung zum
Gesundheitszustand, ohne die beginnt der Krankenschutz nicht. Können Sie
da bitte nachhaken?

Viele Grüße
Nadine Schorlemmer
Aurelis Reiseversicherung AG
""",
        att=[("Anmeldungen_Herbst_2026.ods", MT["ods"], ods(rows, "Herbst 2026"))])


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: multipart/alternative job ad for a medical case manager (nurse) in the assistance centre; no person")
def m027():
    text = """Stellenanzeige zur Veröffentlichung – bitte ab 01.10. schalten

Medizinische Fallmanagerin / Medizinischer Fallmanager (m/w/d)
Notrufzentrale Aurelis Assistance, Köln, Vollzeit oder Teilzeit (ab 30 Std.)

Ihre Aufgaben:
- Betreuung erkrankter und verletzter Reisender weltweit am Telefon
- Abstimmung mit ausländischen Kliniken, Ärzten und Ambulanzflugdiensten
- Organisation von Rücktransporten gemeinsam mit unseren Beratungsärzten

Ihr Profil:
- abgeschlossene Ausbildung in der Gesundheits- und Krankenpflege oder als
  Notfallsanitäter/in, Erfahrung auf Intensiv- oder Notaufnahme
- sehr gutes Englisch, weitere Sprache (Spanisch, Französisch, Türkisch) ideal
- Bereitschaft zu Schichtdienst inkl. Wochenende

Wir bieten: 30 Tage Urlaub, Schichtzulagen, betriebliche Krankenversicherung,
Jobrad, Fortbildungen in Flugmedizin.

Bewerbung an karriere@aurelis.example, Kennziffer FM-2026-14.
"""
    html = """<html><body><h3>Medizinische Fallmanagerin / Medizinischer Fallmanager (m/w/d)</h3>
<p>Notrufzentrale Aurelis Assistance, Köln, Vollzeit oder Teilzeit (ab 30 Std.)</p>
<p><b>Ihre Aufgaben</b></p><ul><li>Betreuung erkrankter und verletzter Reisender weltweit am Telefon</li>
<li>Abstimmung mit ausländischen Kliniken, Ärzten und Ambulanzflugdiensten</li>
<li>Organisation von Rücktransporten gemeinsam mit unseren Beratungsärzten</li></ul>
<p><b>Ihr Profil</b></p><ul><li>abgeschlossene Ausbildung in der Gesundheits- und Krankenpflege oder als
Notfallsanitäter/in, Erfahrung auf Intensiv- oder Notaufnahme</li>
<li>sehr gutes Englisch, weitere Sprache (Spanisch, Französisch, Türkisch) ideal</li>
<li>Bereitschaft zu Schichtdienst inkl. Wochenende</li></ul>
<p>Wir bieten: 30 Tage Urlaub, Schichtzulagen, betriebliche Krankenversicherung, Jobrad,
Fortbildungen in Flugmedizin.</p>
<p>Bewerbung an karriere@aurelis.example, Kennziffer FM-2026-14.</p></body></html>
"""
    return mk("Sabine Roth <s.roth@aurelis.example>",
              "Anzeigenservice <anzeigen@pflegejobs-portal.example>",
              "Stellenanzeige FM-2026-14 Medizinische/r Fallmanager/in",
              dt("2026-09-28 11:40"), text=text, html=html)


@mail("CONFIDENTIAL", "en", "customer",
      "reply quoting the customer's delayed-baggage claim (purchases, flight, claim no., account holder); no health")
def m028():
    return mk(
        "Uwe Kessler <u.kessler@aurelis.example>",
        "Priya Raman <priya.raman@inboxly.example>",
        "RE: delayed suitcase - what can I claim??",
        dt("2026-08-07 09:58"),
        text="""Dear Ms Raman,

yes, you can claim the emergency purchases. Your policy AR-7712-40021
covers up to EUR 400 for essential items if checked baggage arrives more
than 12 hours late. Please send the receipts and the airline's
confirmation of the delivery time (not just the PIR). I have opened claim
R-GE-2026-079905 for you.

Kind regards
Uwe Kessler
Aurelis Reiseversicherung AG

-----Original Message-----
From: Priya Raman <priya.raman@inboxly.example>
Sent: 06 August 2026 23:47
To: service@aurelis.example
Subject: delayed suitcase - what can I claim??

Hi, my suitcase didnt arrive in Toronto (flight LH 470 on 4 Aug, file
YYZLH 22871), it came only 2 days later to the hotel. I had to buy
clothes, charger and toiletries for about CAD 310. Is that covered? My
policy no is AR-7712-40021. The account for refunds is in my name,
Priya Raman, DE18 7150 8696 7615 1936 29.
thanks
Priya

Sent from my iPhone
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "reimbursement of an emergency root canal treatment in Cape Town for a named insured (dental invoice, tooth 36)")
def m029():
    return mk(
        "Leistung Auslandskranken <leistung@aurelis.example>",
        "Martin Van der Merwe-Schulz <mvdm.schulz@postweb.example>",
        "Your travel medical claim R-KR-2026-103348 - dental treatment Cape Town",
        dt("2026-11-03 16:02", "+0100"),
        text="""Dear Mr Van der Merwe-Schulz,

we have checked the invoice of Dr. N. Pillay, Sea Point Dental Studio,
Cape Town, dated 14 October 2026, for the acute treatment of tooth 36
(pulpitis, emergency root canal opening, temporary filling, x-ray).

Your travel medical insurance (policy AR-4620-51178) covers pain-relieving
dental treatment abroad in full; the definitive root filling and crown
planned at home are not part of the travel cover and should be submitted
to your German health insurer.

  Invoice ZAR 4,380.00 = EUR 221.64 (rate of 14/10/2026)
  Reimbursed: EUR 221.64

The amount is transferred to your account ending in ...7068 02.

Kind regards
Petra Lindqvist-Brandt
Travel Medical Claims
Aurelis Reiseversicherung AG
""")


@mail("NORMAL", "de", "internal",
      "trap: product summary of travel health insurance for the website (hospital, dental, repatriation benefits); no person")
def m030():
    return mk(
        "Lea Dornbusch <l.dornbusch@aurelis.example>",
        "Felix Grunewald <f.grunewald@aurelis.example>",
        "Website-Text Auslandsreisekranken – bitte fachlich prüfen",
        dt("2026-10-14 15:12"),
        text="""Hallo Felix,

hier der neue Kurztext für die Produktseite. Kannst du bis Freitag drüber
schauen, ob fachlich alles stimmt?

---
Aurelis Auslandsreisekrankenversicherung – ab 9,90 EUR im Jahr

✔ Ambulante und stationäre Behandlung im Ausland ohne Summenbegrenzung
✔ Schmerzstillende Zahnbehandlung inkl. einfacher Füllungen
✔ Medizinisch sinnvoller Rücktransport nach Deutschland
✔ Arzneimittel und Verbandmittel auf ärztliche Verordnung
✔ Schwangerschaftskomplikationen und Frühgeburt bis zur 36. Woche
✔ 24/7-Notrufservice mit deutschsprachigen Ärzten
✔ Reisen bis 56 Tage je Reise, weltweit inkl. USA/Kanada

Nicht versichert: Behandlungen, die Anlass der Reise sind; bekannte
Erkrankungen, deren Behandlung vor Reiseantritt feststand.
---

Bei "ohne Summenbegrenzung" bin ich unsicher, ob das in den AVB so steht.

Danke dir!
Lea
""")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: loss ratios and medical inflation by region for the reinsurer, XLSX with aggregates only")
def m031():
    rows = [
        ["Aurelis travel medical portfolio - underwriting years 2024-2026 (as at 30/09/2026)"],
        ["Region", "Earned premium EUR k", "Incurred claims EUR k", "Loss ratio", "Medical inflation y/y"],
        ["Europe", 18420, 9874, 0.536, 0.061],
        ["Mediterranean non-EU (TR, EG, MA, TN)", 6210, 4130, 0.665, 0.118],
        ["Asia", 3980, 2911, 0.731, 0.094],
        ["USA / Canada", 2150, 2244, 1.044, 0.087],
        ["Rest of world", 1740, 1012, 0.582, 0.072],
        ["Total", 32500, 20171, 0.621, ""],
    ]
    return mk(
        "Felix Grunewald <f.grunewald@aurelis.example>",
        "Laura Bennett <l.bennett@atlantis-re.example>",
        "Treaty renewal 2027 - portfolio figures",
        dt("2026-10-21 09:40"),
        cc="Reinsurance Team <rueckversicherung@aurelis.example>",
        text="""Dear Laura,

as promised, our travel medical figures by region for the 2027 renewal
of the quota share. USA/Canada runs above 100 % again, mainly because
of two cardiac cases in Florida; we have already raised the USA
surcharge by 15 % for 2027 (product note in the data room).

Large losses are in a separate anonymised list which I will bring on
Thursday.

Best regards,
Felix
""",
        att=[("Aurelis_TravelMed_LR_2024-2026.xlsx", MT["xlsx"], xlsx(rows, "LR by region"))])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "trip cancellation after a refused US visa: named customer, claim no., refund to IBAN; no health")
def m032():
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Ahmad Rahimi <a.rahimi@webpost.example>",
        "Reiserücktritt New York – Schaden R-RT-2026-030561 – Zahlung",
        dt("2026-09-08 12:44"),
        text="""Sehr geehrter Herr Rahimi,

die US-Botschaft hat Ihren Visumsantrag am 19.08.2026 abgelehnt, die
Ablehnung liegt uns vor. Da Sie den Antrag rechtzeitig gestellt hatten
und die Ablehnung nicht auf falschen Angaben beruht, ist das nach Ihrem
Tarif "Reiserücktritt Premium" (Vertrag AR-5590-01876) ein versichertes
Ereignis.

Erstattet werden:
  Flugtickets FRA–JFK–FRA (nicht erstattbar)   1.046,00 EUR
  Hotel Manhattan, Stornogebühr                  388,00 EUR
  ------------------------------------------------------
  Summe (ohne Selbstbehalt im Premium-Tarif)   1.434,00 EUR

Überweisung auf DE91 4184 1607 9093 7415 52, Verwendungszweck
R-RT-2026-030561.

Mit freundlichen Grüßen
Clara Heinemann
Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "baggage claim with health content: insulin and pump supplies lost in the suitcase of a named diabetic customer")
def m033():
    return mk(
        "Uwe Kessler <u.kessler@aurelis.example>",
        "Bernd Scholtissek <bernd.scholtissek@mailpost.example>",
        "AW: Koffer weg – Insulin",
        dt("2026-08-17 19:22"),
        text="""Hallo Herr Scholtissek,

gut, dass Sie über die Notrufnummer gleich an eine Apotheke in Funchal
vermittelt wurden. Zu Ihrer Frage:

Die Ersatzbeschaffung von Insulin (Humalog und Lantus), Pen-Nadeln und
Katheter-Sets für Ihre Insulinpumpe in Höhe von 412,80 EUR erstatten wir
aus Ihrer Auslandsreisekrankenversicherung (Vertrag AR-4620-39905), weil
die Medikamente wegen Ihres Typ-1-Diabetes unaufschiebbar waren. Der
verlorene Koffer selbst läuft über die Gepäckversicherung, Schaden
R-GE-2026-080022.

Ein Tipp für die nächste Reise: Insulin und Pumpenzubehör immer ins
Handgepäck, mit dem Attest Ihrer Diabetologin.

Viele Grüße
Uwe Kessler
Aurelis Reiseversicherung AG

> Am 16.08.2026 um 22:51 schrieb Bernd Scholtissek:
> mein koffer ist in lissabon beim umsteigen verloren gegangen, da war
> mein ganzes insulin drin. hab in der apotheke 412,80 bezahlt, krieg
> ich das wieder?
""")


@mail("NORMAL", "de", "internal",
      "trap: minutes of the air-ambulance quality circle (KPIs, response times, incubator, process changes); no patient")
def m034():
    return mk(
        "Jonas Pietsch <j.pietsch@aurelis.example>",
        "QZ Ambulanzflug <qz-ambulanzflug@aurelis.example>",
        "Protokoll Qualitätszirkel Ambulanzflug 3/2026",
        dt("2026-10-01 16:30"),
        text="""Protokoll Qualitätszirkel Ambulanzflug – Sitzung 3/2026
Datum: 30.09.2026, 14:00–15:30, Raum 4.12
Teilnehmende: Dr. Vossberg, Pietsch, Albers, Okafor, Grunewald (Gast)

TOP 1 Kennzahlen Q3
- 47 Ambulanzflüge (Q2: 31), davon 9 Intensivtransporte mit Beatmung.
- Zeit von Flugtauglichkeit bis Abflug: Median 27 Std. (Ziel < 36 Std.).
- 3 Flüge wegen fehlender Landegenehmigung verschoben (Ägypten, Tunesien).

TOP 2 Neonatologie
- Die Anfrage nach Inkubator-Transporten (Frühgeburten im Ausland)
  nimmt zu. SkyMed kann ab 2027 einen Transportinkubator stellen;
  Preisangebot folgt.

TOP 3 Stretcher auf Linienflügen
- Lufthansa-Gruppe: Vorlauf jetzt 72 Std. Beschluss: Anfrage parallel zur
  ärztlichen Freigabe stellen, nicht erst danach.

TOP 4 Verschiedenes
- Nächster Termin: 09.12.2026.

Protokoll: J. Pietsch
""")


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "CSV to a tour operator with booking numbers and lead travellers' names for hurricane cancellations; no health")
def m035():
    data = csvb("""booking;lead_traveller;pax;destination;departure;policy;claim;status
SW-26-661204;Hartmann, Doris;2;Cancun;2026-10-09;AR-5520-80114;R-RT-2026-031220;paid
SW-26-661377;Yilmaz, Kerem;4;Cancun;2026-10-10;AR-5520-80290;R-RT-2026-031221;paid
SW-26-661402;Fitzgerald, Aoife;2;Playa del Carmen;2026-10-10;AR-5520-80301;R-RT-2026-031225;documents missing
SW-26-661555;Brückner, Heiko;3;Tulum;2026-10-11;AR-5520-80412;R-RT-2026-031230;paid
""")
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Kundenservice Sonnenweit <service@sonnenweit-reisen.example>",
        "Hurricane 'Lorena' - status of cancellation claims for your customers",
        dt("2026-10-30 10:10", "+0100"),
        text="""Dear Sonnenweit team,

as requested by Mr Haberland, attached the status of the four
cancellation claims of your customers affected by the hurricane warning
for the Yucatán peninsula (departures 9-11 October). Three are paid; for
booking SW-26-661402 we still need your cancellation invoice.

Please treat the list as confidential and use it only for customer
enquiries.

Kind regards
Clara Heinemann
Aurelis Reiseversicherung AG
""",
        att=[("hurricane_lorena_claims_status.csv", MT["csv"], data)])


@mail("NORMAL", "en", "internal",
      "trap: DOCX template for a guarantee of payment with [PLACEHOLDERS] for patient, diagnosis and policy")
def m036():
    doc = docx([
        "AURELIS ASSISTANCE - GUARANTEE OF PAYMENT (template GOP-EN-03)",
        "To: [HOSPITAL NAME], [CITY], [COUNTRY]",
        "Our reference: [CASE NUMBER]",
        "Patient: [TITLE] [FIRST NAME] [SURNAME], date of birth [DD/MM/YYYY]",
        "Policy: [POLICY NUMBER] ([PRODUCT])",
        "Diagnosis as reported by you: [DIAGNOSIS / ICD-10]",
        "We guarantee payment of medically necessary treatment up to [AMOUNT] [CURRENCY].",
        "Please send a cost estimate before any elective or non-urgent procedure.",
        "Not covered: personal items, telephone, TV, treatment of [EXCLUSIONS IF ANY].",
        "Invoices to claims-international@aurelis.example quoting [CASE NUMBER].",
        "[NAME OF CASE MANAGER], Aurelis Assistance, +49 221 5550 880",
    ])
    return mk(
        "Tom Okafor <t.okafor@aurelis.example>",
        "English Desk <english-desk@aurelis.example>",
        "Updated GOP template (v3) - please use from Monday",
        dt("2026-09-11 17:02"),
        text="""Hi all,

attached the updated guarantee-of-payment template. Changes vs v2:
- field for exclusions (e.g. pre-existing conditions) added,
- sentence on cost estimates before elective procedures,
- new claims mailbox address.

Please delete v2 from your desktops, the template in the case system
will be switched on Monday.

Tom
""",
        att=[("GOP_template_EN_v3.docx", MT["docx"], doc)])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "update to parents about their student son hospitalised in Dublin with pneumonia (oxygen, antibiotics)")
def m037():
    return mk(
        "Miriam Albers <m.albers@aurelis.example>",
        "Cornelia Hoffer <c.hoffer@famhoffer.example>",
        "Maximilian – Stand heute Abend",
        dt("2026-11-12 20:41", "+0100"),
        flowed=True, cte="8bit",
        text="""Liebe Frau Hoffer,

wie versprochen ein kurzes Update, nachdem ich mit der Stationsärztin im St. Brigid's University Hospital gesprochen habe (Maximilian ist einverstanden, dass ich Sie informiere):

- Die Lungenentzündung (rechter Unterlappen) spricht auf das Antibiotikum an, das Fieber ist seit heute Mittag unter 38,5.
- Er braucht nachts noch etwas Sauerstoff über die Nasenbrille, tagsüber nicht mehr.
- Entlassung ist frühestens Montag geplant, danach soll er eine Woche nicht an die Uni.

Die Kosten laufen direkt über uns (Studenten-Auslandskrankenversicherung, Vertrag ST-8812-00733), Sie müssen nichts bezahlen. Falls Sie nach Dublin fliegen möchten: Die Reisekosten eines Angehörigen übernehmen wir erst ab 5 Tagen Klinikaufenthalt, das wäre ab Sonntag der Fall.

Ich melde mich morgen wieder.

Herzliche Grüße
Miriam Albers
Aurelis Assistance
""")


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "confirmation of cancellation cover for a named customer of a travel agency (booking, policy number); no health")
def m038():
    return mk(
        "Vermittlerservice <vermittler@aurelis.example>",
        "Heike Kappel <info@reisebuero-kappel.example>",
        "AW: Kundin Schnellbach – ist die Reise versichert?",
        dt("2026-09-03 08:51"),
        text="""Hallo Frau Kappel,

ja, Frau Tanja Schnellbach hat über Sie am 14.06.2026 eine
Jahres-Reiserücktrittsversicherung abgeschlossen (AR-5521-30177,
Versicherungssumme 5.000 EUR je Reise). Die Kreuzfahrt "Norwegens Fjorde"
ab 19.10.2026 (Buchung TUX-883012, Reisepreis 3.690 EUR) ist damit
mitversichert, da die Summe pro Reise reicht – wenn ihr Mann mitfährt,
müsste die Summe auf 8.000 EUR erhöht werden. Das kostet 48 EUR
Mehrbeitrag im Jahr.

Schöne Grüße
Lukas Fendt
Vermittlerservice Aurelis

-----Ursprüngliche Nachricht-----
Von: Reisebüro Kappel
Gesendet: Mittwoch, 2. September 2026 17:30
Kurze Frage, meine Kundin Frau Schnellbach fragt ob die Kreuzfahrt im
Oktober über ihren Jahresvertrag läuft. Danke, H. Kappel
""")


@mail("NORMAL", "de", "newsletter",
      "trap: press release with summer statistics of emergency calls, heatstroke, fractures; aggregates and a quote")
def m039():
    return mk(
        "Presse Aurelis <presse@aurelis.example>",
        "Presseverteiler <presseverteiler@lists.aurelis.example>",
        "Pressemitteilung: Aurelis Assistance zieht Sommerbilanz – Rekord bei Hitzenotfällen",
        dt("2026-09-15 10:00"),
        text="""PRESSEMITTEILUNG

Köln, 15. September 2026 – Die Notrufzentrale der Aurelis
Reiseversicherung AG hat zwischen Juni und August 18.400 Anrufe von
Reisenden angenommen, 12 % mehr als im Vorjahr. Auffällig: Die Zahl der
hitzebedingten Notfälle wie Hitzschlag, Kreislaufkollaps und
Dehydrierung hat sich auf 640 Fälle fast verdoppelt, vor allem in
Südspanien, Griechenland und der Türkei.

Weitere häufige Gründe für einen Anruf waren Knochenbrüche (2.100),
Magen-Darm-Infektionen (1.750) und Zahnschmerzen (1.200). In 310 Fällen
organisierte Aurelis einen Rücktransport nach Deutschland, 58 davon mit
Ambulanzflugzeug.

"Ältere Reisende unterschätzen die Hitze, und viele nehmen Medikamente,
die den Flüssigkeitshaushalt beeinflussen", sagt Dr. Henrike Vossberg,
Beratungsärztin bei Aurelis. "Wer Blutdrucksenker oder Entwässerungs-
tabletten nimmt, sollte vor der Reise mit der Hausärztin sprechen."

Pressekontakt: Lea Dornbusch, presse@aurelis.example, 0221 5550-150

Über Aurelis: Die Aurelis Reiseversicherung AG mit Sitz in Köln versichert
rund 1,1 Millionen Reisende und betreibt eine eigene Notrufzentrale.
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "harmless body 'Stellungnahme anbei'; ODT with medical officer's fit-to-fly opinion on a named COPD patient needing oxygen")
def m040():
    doc = odt([
        "Beratungsärztliche Stellungnahme – Flugtauglichkeit",
        "Fall AC-26-122310, Frau Ingrid Lassahn, geb. 23.04.1949, Vertrag AR-4620-10088",
        "Aufenthaltsort: Hospital Insular, Las Palmas de Gran Canaria, seit 28.10.2026",
        "Diagnosen: akute Exazerbation einer COPD GOLD 3 (J44.1), Pneumonie links basal (J18.9)",
        "Aktuell: SpO2 91 % unter 2 l O2/min, ohne O2 86 %. Keine Beatmung. Mobilisation am Rollator.",
        "Beurteilung: Flug im Linienflug mit Sauerstoff 2-3 l/min (POC, Airline-Freigabe MEDIF) und ärztlicher Begleitung ab 06.11. vertretbar.",
        "Ambulanzflug medizinisch nicht erforderlich.",
        "Empfehlung: Übernahme durch Pneumologie Klinikum Bremen-Ost, Hausarzt informieren.",
        "Köln, 03.11.2026 – Dr. med. Henrike Vossberg, Fachärztin für Innere Medizin, Flugmedizin",
    ])
    return mk(
        "Dr. Henrike Vossberg <h.vossberg@aurelis.example>",
        "Sofia Marchetti <s.marchetti@aurelis.example>",
        "AC-26-122310",
        dt("2026-11-03 13:26", "+0100"),
        text="""Sofia, Stellungnahme anbei. Gruß H.V.
""",
        att=[("Stellungnahme_AC-26-122310.odt", MT["odt"], doc)])


@mail("NORMAL", "en", "internal",
      "farewell lunch for a retiring colleague; personnel announcement without personal data")
def m041():
    return mk(
        "Rachel Moorcroft <r.moorcroft@aurelis.example>",
        "English Desk <english-desk@aurelis.example>",
        "Farewell lunch for Graham - Thursday 12:30",
        dt("2026-11-23 10:18", "+0100"),
        text="""Dear all,

after 19 years with us (and countless nights on the phone with hospitals
from Manila to Montevideo) Graham retires at the end of November.

We'll take him out for lunch on Thursday at 12:30, Trattoria Da Piero,
Friesenplatz. Please tell me by Tuesday if you join so I can book the
table. There is a card going round - it's in the top drawer of my desk -
and an envelope for a small present.

Rachel
""")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "returned direct debit on an annual travel policy (cancellation + baggage) and new Irish IBAN of the customer")
def m042():
    return mk(
        "Customer Service <service@aurelis.example>",
        "Siobhán Kearney <siobhan.kearney@emerald-mail.example>",
        "Re: Direct debit returned - policy AR-5874-02217",
        dt("2026-11-16 11:55", "+0100"),
        text="""Dear Ms Kearney,

thank you for your quick reply. We have updated your direct debit mandate
for your annual travel policy AR-5874-02217 (cancellation and baggage,
EUR 149.00 per year) to your new account

  IE12 AIBK 2728 6465 5802 06, account holder Siobhán Kearney

and will collect the premium on 25 November 2026. The bank charges of
EUR 3.50 for the returned debit have been waived as a goodwill gesture.

Your cover was never interrupted.

Kind regards
Jana Wiechert
Customer Service, Aurelis Reiseversicherung AG

> I changed banks when I moved to Galway in September, sorry. New IBAN
> is IE12 AIBK 2728 6465 5802 06. Siobhán
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "doctor",
      "sensitive only in the quoted doctor's reply: DVT with anticoagulation, fit to fly with compression; named patient")
def m043():
    return mk(
        "Tom Okafor <t.okafor@aurelis.example>",
        "Aurelis Assistance 24/7 <assistance@aurelis.example>",
        "FW: Mr Gallagher - flight home",
        dt("2026-10-15 07:52"),
        text="""Team, FYI - we can book the flight for Saturday, aisle seat, no
escort needed. Details below. Tom

-----Original Message-----
From: Dr. Lucas Moreau <l.moreau@cabinet-moreau.example>
Sent: 14 October 2026 22:10
To: Tom Okafor
Subject: Re: Mr Gallagher - flight home

Dear Mr Okafor,

I saw Mr Brendan Gallagher (your case AC-26-121544) again this evening.
The deep vein thrombosis of the left calf is treated with rivaroxaban
15 mg twice daily since 10 October, the leg is much less swollen and he
walks without pain. No signs of pulmonary embolism.

He is fit to fly on Saturday 17 October (Pointe-à-Pitre - Paris -
Dublin), with a class II compression stocking, an aisle seat and
regular walks. He should continue rivaroxaban and see his GP in Dublin
within one week.

Invoice for today's visit (EUR 70) follows.

Dr Lucas Moreau
Médecine générale, Saint-François, Guadeloupe
""")


@mail("NORMAL", "de", "internal",
      "trap: IT ticket about failing upload of 'Arztberichte' in the partner portal (file size limit); no patient data")
def m044():
    return mk(
        "IT-Servicedesk <servicedesk@aurelis.example>",
        "Jonas Pietsch <j.pietsch@aurelis.example>",
        "[Ticket INC-2026-18841] Upload Arztberichte im Partnerportal schlägt fehl",
        dt("2026-10-22 14:09"),
        text="""Hallo Herr Pietsch,

zu Ihrem Ticket INC-2026-18841:

Ursache: Mehrere ausländische Kliniken laden Arztberichte und
Röntgenbilder als unkomprimierte TIFF-Dateien hoch (bis 80 MB). Das
Portal lehnt Dateien über 25 MB ab, zeigt aber nur "Fehler 413" an.

Maßnahmen:
1. Limit wird mit dem nächsten Release (05.11.) auf 100 MB erhöht.
2. Fehlermeldung wird verständlich (DE/EN/FR/ES).
3. Bis dahin: Kliniken bitte auf das Upload-Formular "große Dateien"
   verweisen (Link in der Wissensdatenbank, Artikel KB-0412).

Es sind keine Dateien verloren gegangen; abgelehnte Uploads wurden nicht
gespeichert.

Viele Grüße
Kai Brandes
IT-Servicedesk
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "windows-1252: damaged suitcase claim, PIR number, claim no., named customer; no health")
def m045():
    return mk(
        "Uwe Kessler <u.kessler@aurelis.example>",
        "Gerlinde Paschke <g.paschke@rheinmail.example>",
        "Ihr Schaden R-GE-2026-082114 – beschädigter Koffer",
        dt("2026-10-12 09:14"),
        charset="windows-1252",
        text="""Sehr geehrte Frau Paschke,

vielen Dank für Ihre Schadenmeldung vom 08.10.2026. Ihr Koffer wurde auf
dem Rückflug von Heraklion nach Frankfurt am Main beschädigt (Rollen
abgerissen, Schale gebrochen), die Schadensanzeige der Airline liegt vor
(PIR FRAXX 30127).

Bitte schicken Sie uns noch:
– den Kaufbeleg des Koffers oder, falls nicht vorhanden, Angaben zu
  Kaufjahr und Kaufpreis,
– ein Foto des Schadens,
– die Mitteilung der Airline, ob und wie viel sie zahlt.

Versicherungsnehmerin: Gerlinde Paschke, Vertrag AR-3308-55190
Schadennummer: R-GE-2026-082114

Mit freundlichen Grüßen
Uwe Kessler
Aurelis Reiseversicherung AG · Leistung Reisegepäck
""")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: price list negotiation with a medical translation agency (per line, urgency surcharge); no documents or patients")
def m046():
    return mk(
        "Einkauf Aurelis <einkauf@aurelis.example>",
        "Sales <sales@polyglot-medtrans.example>",
        "Re: Offer 2027 - medical translations",
        dt("2026-11-04 15:36", "+0100"),
        text="""Dear Ms Okonkwo,

thank you for your offer for 2027. We can accept the following, if you
agree:

  Standard line (55 characters), ES/FR/IT/PT -> DE      1.25 EUR
  Standard line, TR/EL/TH/AR -> DE                      1.60 EUR
  Urgent (within 4 hours, 24/7)                        +50 %
  Minimum fee per order                                 25.00 EUR

Medical reports, discharge letters and invoices must be handled only by
translators who signed our confidentiality agreement, and files have to
be exchanged via our portal, not by mail. The data processing agreement
(Art. 28 GDPR) from 2024 stays in force.

Please confirm by 20 November.

Kind regards
Petra Neubauer
Purchasing, Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "death abroad: repatriation of a named deceased husband, cause of death (cardiac arrest), funeral director, costs")
def m047():
    return mk(
        "Sofia Marchetti <s.marchetti@aurelis.example>",
        "Renate Kühnhold <renate.kuehnhold@gmx-post.example>",
        "Überführung Ihres Mannes – die nächsten Schritte",
        dt("2026-10-05 17:03"),
        cte="quoted-printable",
        text="""Liebe Frau Kühnhold,

ich möchte Ihnen noch einmal mein herzliches Beileid aussprechen.

Wie heute Mittag besprochen, haben wir alles Weitere in die Wege
geleitet:

1. Die Todesbescheinigung des Hospital Clínico in Tarragona liegt uns
   vor (Herzstillstand nach akutem Herzinfarkt am 03.10.2026). Das
   Gericht hat die Leiche zur Überführung freigegeben.
2. Das Bestattungsunternehmen Funeraria Mediterránea übernimmt die
   Einsargung und den Leichenpass. Die Überführung nach Deutschland ist
   für Donnerstag, 08.10., geplant; Ankunft beim Bestattungshaus
   Lindemann in Kassel am Freitagvormittag.
3. Die Kosten der Überführung (ca. 6.900 EUR) übernehmen wir vollständig
   aus der Reiseversicherung Ihres Mannes (Vertrag AR-4102-55870). Sie
   müssen nichts vorstrecken.
4. Ihren eigenen Rückflug am Mittwoch haben wir umgebucht, die Mehrkosten
   zahlen ebenfalls wir.

Wenn Sie etwas brauchen – auch einfach jemanden zum Reden –, erreichen
Sie mich direkt unter 0221 5550-884.

In stillem Mitgefühl
Sofia Marchetti
Aurelis Assistance
""")


@mail("NORMAL", "de", "internal",
      "trap: DOCX training case with fictitious 'Max Mustermann (fiktiv)', ski accident, tibia fracture, costs")
def m048():
    doc = docx([
        "Schulungsfall 4 – Skiunfall in Tirol (fiktiv)",
        "Hinweis: Alle Personen und Daten sind erfunden.",
        "Max Mustermann (fiktiv), 45 Jahre, stürzt am 2. Urlaubstag in Sölden und zieht sich eine Unterschenkelfraktur zu.",
        "Die Bergrettung bringt ihn per Hubschrauber ins Krankenhaus Zams; dort wird die Fraktur operativ versorgt.",
        "Die Klinik verlangt eine Kostenübernahme. Die Ehefrau ruft in der Notrufzentrale an.",
        "Aufgaben: 1. Welche Informationen brauchen Sie am Telefon? 2. Wer zahlt den Hubschrauber (Sozialversicherung, Auslandsreisekranken, Unfall)?",
        "3. Ab wann ist ein liegender Rücktransport sinnvoll? 4. Formulieren Sie die Kostenübernahme an die Klinik.",
        "Lösungshinweise auf Seite 2 (nur für Trainer).",
    ])
    return mk(
        "Miriam Albers <m.albers@aurelis.example>",
        "Neue Kolleg*innen Assistance <onboarding-assistance@aurelis.example>",
        "Einarbeitung Woche 2 – Schulungsfall Skiunfall",
        dt("2026-11-09 08:12", "+0100"),
        text="""Hallo ihr Neuen,

für Mittwoch bitte den Schulungsfall im Anhang vorbereiten. Ist komplett
ausgedacht, ihr dürft also gern darin herumschreiben. Wir spielen das
Telefonat dann zu zweit durch.

Bis Mittwoch
Miriam
""",
        att=[("Schulungsfall_4_Skiunfall_fiktiv.docx", MT["docx"], doc)])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "trip interruption after volcanic ash: extra hotel nights paid, named customer and claim; no health")
def m049():
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Hannah and Jakob Meissner <meissner.hj@familymail.example>",
        "Claim R-RA-2026-004102 - extra nights in Catania",
        dt("2026-07-30 13:15"),
        text="""Dear Mr and Mrs Meissner,

Catania airport was closed from 21 to 23 July because of the ash cloud
from Mount Etna, and your return flight was cancelled. Your policy
AR-5588-71902 covers additional accommodation and meals when the return
journey is delayed by a natural event.

We reimburse:
  Hotel Villa Aci, 2 nights, 2 adults, 1 child     EUR 412.00
  Meals (flat rate 25 EUR/person/day)              EUR 150.00
  Total                                             EUR 562.00

Payment to the account we have on file for your policy. Please note the
airline must reimburse the rebooking itself (EU Regulation 261/2004) -
we have not deducted anything for that.

Kind regards
Clara Heinemann
Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
      "XLSX list of a company's expatriates enrolled in group expat health cover (names, birth dates, family members)")
def m050():
    rows = [
        ["Kettler Anlagenbau GmbH - Group Expat Health GEX-0412 - enrolment confirmation"],
        ["Member no.", "Employee", "Date of birth", "Dependants", "Country", "Start", "Plan"],
        ["GEX-0412-031", "Tobias Reinhardt", "1986-09-14", "spouse, 1 child", "Saudi Arabia", "2026-12-01", "Comprehensive + dental"],
        ["GEX-0412-032", "Ana-Maria Popescu", "1990-02-02", "none", "Saudi Arabia", "2026-12-01", "Comprehensive"],
        ["GEX-0412-033", "Lars Hinrichsen", "1977-11-30", "spouse", "Qatar", "2027-01-01", "Comprehensive + maternity"],
    ]
    return mk(
        "Rachel Moorcroft <r.moorcroft@aurelis.example>",
        "HR International <hr-international@kettler-anlagenbau.example>",
        "GEX-0412 - new members December/January",
        dt("2026-11-18 16:25", "+0100"),
        text="""Dear Ms Stroh,

attached the enrolment confirmation for your three new expatriates. Member
cards will be sent to the employees' private e-mail addresses through our
secure portal.

For Mr Hinrichsen's spouse the maternity module starts after the
10-month waiting period, as stated in the group terms.

Best regards
Rachel Moorcroft
Expat Desk, Aurelis Reiseversicherung AG
""",
        att=[("GEX-0412_enrolment_2026-11.xlsx", MT["xlsx"], xlsx(rows, "Enrolment"))])


@mail("NORMAL", "en", "insurer-to-company",
      "trap: generic FAQ for an au-pair agency on pregnancy, pre-existing conditions, psychotherapy; no person")
def m051():
    return mk(
        "Nadine Schorlemmer <n.schorlemmer@aurelis.example>",
        "Teresa Albrecht <t.albrecht@aupairbridge.example>",
        "FAQ for your host-family handbook",
        dt("2026-08-24 10:33"),
        text="""Dear Teresa,

here are the answers for the FAQ page in your handbook, as discussed.
Feel free to shorten them.

Q: Is pregnancy covered?
A: Complications of pregnancy and an emergency birth are covered. Routine
prenatal care is covered only after the au-pair has been insured for 8
months.

Q: What about pre-existing conditions like asthma or diabetes?
A: Acute worsening abroad is covered. Regular medication for a known
condition must be brought from home for the first 3 months; after that
prescriptions abroad are reimbursed.

Q: Does the insurance pay for psychotherapy?
A: Yes, up to 20 sessions per insurance year with a licensed therapist,
after approval by Aurelis Assistance. The host family is not informed.

Q: Who do I call at night?
A: Aurelis Assistance, +49 221 5550 880, in English and German.

Best wishes
Nadine
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "cancellation of an annual travel policy (cancellation+baggage): named customer, contract no., premium refund")
def m052():
    return mk(
        "Kundenservice Aurelis <service@aurelis.example>",
        "Wolfgang Terhorst <w.terhorst@ruhrpost.example>",
        "Kündigungsbestätigung Vertrag AR-5874-11930",
        dt("2026-11-02 08:02", "+0100"),
        text="""Sehr geehrter Herr Terhorst,

wir bestätigen die Kündigung Ihres Jahres-Reiseschutzes (Reiserücktritt
und Reisegepäck) Nr. AR-5874-11930 zum 31.12.2026.

Da Sie den Jahresbeitrag bereits bis 30.04.2027 gezahlt haben, erstatten
wir den anteiligen Beitrag von 52,33 EUR für vier Monate auf Ihr Konto
bei der Sparkasse Gelsenkirchen (IBAN endet auf …9649 10).

Schade, dass Sie uns verlassen. Falls Sie später doch wieder verreisen:
Sie können jederzeit online einen Einmal-Schutz abschließen.

Mit freundlichen Grüßen
Ihr Aurelis-Kundenservice
""")


@mail("NORMAL", "de", "internal",
      "fire drill and parking garage closure; building organisation, no personal data")
def m053():
    return mk(
        "Facility Management <facility@aurelis.example>",
        "Alle Mitarbeitenden Köln <alle-koeln@aurelis.example>",
        "Räumungsübung Dienstag + Tiefgarage gesperrt",
        dt("2026-10-16 11:11"),
        text="""Liebe Kolleginnen und Kollegen,

am Dienstag, 20.10., findet zwischen 10 und 11 Uhr eine unangekündigte
... na gut, jetzt angekündigte Räumungsübung statt. Sammelplatz ist wie
immer der Parkplatz gegenüber (Hausnr. 91).

Ausnahme: Die Notrufzentrale im 4. OG bleibt besetzt (Notbesetzung nach
Plan), die Kolleg*innen dort bekommen eine eigene Übung im November.

Außerdem ist die Tiefgarage von Mittwoch bis Freitag wegen
Bodenbeschichtung gesperrt. Bitte auf das Parkhaus am Ring ausweichen,
die Tickets werden erstattet (Beleg an facility@).

Danke und viele Grüße
Ihr Facility Management
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "message/rfc822: mother's mail about her au-pair daughter in France with Lyme disease (erythema, antibiotics), forwarded")
def m054():
    fwd = inner(
        "Birgit Nowak <birgit.nowak@heimpost.example>",
        "assistance@aurelis.example",
        "Tochter Au-pair in Lyon – Zeckenbiss, was jetzt?",
        dt("2026-06-28 21:37"),
        """Guten Abend,

meine Tochter Paula Nowak (19) ist seit März als Au-pair in Lyon,
versichert bei Ihnen über die Agentur (Vertrag AP-7781-01988).

Sie hatte vor 2 Wochen einen Zeckenbiss und jetzt einen großen roten
Ring am Oberschenkel, dazu Kopfschmerzen und Fieber. Die Gastmutter hat
sie heute zu einem Arzt gebracht, der sagt Borreliose und hat Doxycyclin
für 3 Wochen verschrieben. Muss sie das selbst bezahlen? Und reicht das
oder soll sie lieber nach Hause kommen?

Paula ist einverstanden, dass ich mich darum kümmere, sie spricht nicht
so gut Französisch.

Vielen Dank
Birgit Nowak
""")
    return mk(
        "Aurelis Assistance 24/7 <assistance@aurelis.example>",
        "Sofia Marchetti <s.marchetti@aurelis.example>",
        "WG: Tochter Au-pair in Lyon",
        dt("2026-06-29 07:15"),
        text="""Sofia, übernimmst du bitte? Nachtschicht hat nur die Eingangsbestätigung
geschickt. Schweigepflichtentbindung der Tochter fehlt noch.
Gruß Ben
""",
        att=[fwd])


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "status of a baggage claim for a named client of a UK travel agency (claim no., amount); no health")
def m055():
    return mk(
        "Uwe Kessler <u.kessler@aurelis.example>",
        "Bookings <bookings@hartley-travel.example>",
        "RE: Client Mrs Thornbury - baggage claim status",
        dt("2026-09-18 14:48"),
        text="""Dear Mr Hartley,

Mrs Eileen Thornbury has authorised us to give you information on her
claim, so here is the status of R-GE-2026-080790 (policy AR-7710-19944):

 - stolen handbag in Seville on 29 August, police report received,
 - we agreed EUR 380 for the bag and contents (limit for cash EUR 100
   included),
 - payment was made on 15 September to her UK account.

If she has not received it yet, she may want to check with her bank.

Kind regards
Uwe Kessler
Aurelis Reiseversicherung AG

> Could you let me know where Mrs Thornbury's claim stands? She rang us
> twice this week. Regards, Geoffrey Hartley, Hartley Travel Ltd
""")


@mail("NORMAL", "en", "newsletter",
      "trap: travel-health alert digest for travel agencies (measles, yellow fever, cholera rules by country); no person")
def m056():
    return mk(
        "Aurelis Partner Info <partnerinfo@aurelis.example>",
        "partner-en@lists.aurelis.example",
        "Travel health alerts - week 44",
        dt("2026-10-26 07:00", "+0100"),
        text="""AURELIS TRAVEL HEALTH ALERTS - WEEK 44/2026
for travel agencies and tour operators - please pass on to your clients

1. Measles: increased case numbers in Romania and Morocco. Travellers
   born after 1970 should check they have two documented vaccinations.

2. Yellow fever: proof of vaccination now required for entry into
   Ghana regardless of the route. The certificate is valid for life.

3. Cholera: outbreak in parts of Zambia; standard hygiene measures,
   oral vaccine only for aid workers and long stays.

4. Dengue: season peak in Thailand, Vietnam, Brazil. No vaccination
   recommended for first-time travellers; mosquito protection.

Source: public health authority notices of the countries concerned.
This digest is general information and does not replace individual
medical advice.

Aurelis Reiseversicherung AG - Partner Service
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "HTML-only request for an itemised invoice for a named patient with ICD codes K35.8 and procedures, Mexico")
def m057():
    return mk(
        "Claims International <claims-international@aurelis.example>",
        "Facturación <facturacion.intl@hu-valleverde.example>",
        "Itemised invoice required - patient SCHIRMER, Anja - AC-26-120881",
        dt("2026-09-29 18:40"),
        html="""<html><body style="font-family:Calibri,Arial">
<p>Dear Sir or Madam,</p>
<p>thank you for your invoice no. HVV-2026-13377. Before we can pay, we need an itemised
invoice for the following patient:</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><td><b>Patient</b></td><td>Ms Anja SCHIRMER</td></tr>
<tr><td><b>Date of birth</b></td><td>November 30, 1992</td></tr>
<tr><td><b>Stay</b></td><td>16/09/2026 - 19/09/2026</td></tr>
<tr><td><b>Diagnosis on your invoice</b></td><td>K35.8 acute appendicitis, other; R10.3</td></tr>
<tr><td><b>Procedure</b></td><td>laparoscopic appendectomy, histology</td></tr>
<tr><td><b>Amount invoiced</b></td><td>MXN 238,400.00</td></tr>
</table>
<p>Please list separately: room charges per day, surgeon and anaesthetist fees, operating theatre,
medication and material, laboratory and pathology. Please also send the operation report and the
histology result, which our medical officer needs to confirm the diagnosis.</p>
<p>Kind regards<br>Petra Lindqvist-Brandt<br>Claims International, Aurelis Reiseversicherung AG</p>
</body></html>
""")


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: PDF premium table of the expat health tariff by age band (product information, no person)")
def m058():
    doc = pdf([
        "Aurelis Expat Health - Beitragstabelle 2027 (Monatsbeiträge in EUR)",
        "",
        "Eintrittsalter   Basis (ohne USA)   Comfort (ohne USA)   Comfort weltweit",
        "0-17             62                 94                   171",
        "18-29            88                 131                  242",
        "30-39            109                164                  301",
        "40-49            147                219                  405",
        "50-59            208                312                  577",
        "60-64            296                441                  819",
        "",
        "Zahnbaustein: + 18 EUR, Mutterschaftsbaustein (Wartezeit 10 Monate): + 46 EUR",
        "Gesundheitsprüfung: ab 50 Jahren ärztlicher Fragebogen, Vorerkrankungen ggf. Zuschlag oder Ausschluss.",
        "Nur für Vermittler. Stand 01.11.2026.",
    ], title="Beitragstabelle Expat Health 2027")
    return mk(
        "Rachel Moorcroft <r.moorcroft@aurelis.example>",
        "Vermittler Expat <vermittler-expat@lists.aurelis.example>",
        "Neue Beitragstabelle Expat Health 2027",
        dt("2026-11-02 09:30", "+0100"),
        text="""Liebe Vermittlerinnen und Vermittler,

ab 01.01.2027 gelten neue Beiträge im Expat-Tarif. Die Tabelle hängt an.
Bestandskunden erhalten ihre Anpassungsschreiben ab Mitte November.

Viele Grüße
Rachel Moorcroft
Expat Desk
""",
        att=[("Beitragstabelle_Expat_2027.pdf", MT["pdf"], doc)])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "address change and corrected birth date on an annual travel policy (no health line)")
def m059():
    return mk(
        "Kundenservice Aurelis <service@aurelis.example>",
        "Dragana Mihajlović <dragana.m@balkanmail.example>",
        "Ihre Änderungsmitteilung – Vertrag AR-5871-40772",
        dt("2026-10-07 14:14"),
        text="""Guten Tag Frau Mihajlović,

wir haben Ihre Änderungen übernommen:

  neue Anschrift:   Weidenstraße 23a, 04317 Leipzig (ab 01.10.2026)
  Geburtsdatum:     korrigiert von 11.07.1988 auf 07.11.1988

Ihr Vertrag AR-5871-40772 (Jahres-Reiserücktritt und Reiseabbruch)
läuft unverändert weiter; der Beitrag ändert sich durch die Korrektur
nicht. Einen neuen Versicherungsschein schicken wir Ihnen per Post.

Freundliche Grüße
Ihr Aurelis-Kundenservice
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "cancellation claim declined because of known pre-existing heart failure of the named insured")
def m060():
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Herbert Wollschläger <h.wollschlaeger@seniorenmail.example>",
        "Ihr Schaden R-RT-2026-028842 – Entscheidung",
        dt("2026-08-27 11:30"),
        cte="quoted-printable",
        text="""Sehr geehrter Herr Wollschläger,

wir haben Ihren Antrag auf Erstattung der Stornokosten für die
Donau-Flusskreuzfahrt (Abreise 02.09.2026) sorgfältig geprüft, auch
unter Einbeziehung unserer Beratungsärztin.

Nach dem Bericht Ihres Kardiologen Dr. Ahrendt wird bei Ihnen seit 2023
eine Herzinsuffizienz (NYHA III) behandelt; im April 2026, also vor der
Buchung im Mai, waren Sie deswegen zuletzt stationär. Die Verschlechterung
im August war nach Einschätzung Ihres Arztes nicht unerwartet. Eine
Erkrankung, die bei Buchung bereits bestand und mit deren Verschlechterung
gerechnet werden musste, ist nach § 2 Nr. 1 AVB-RR nicht versichert.

Wir können die Stornokosten von 3.120,00 EUR daher leider nicht
übernehmen.

Wenn Sie weitere ärztliche Unterlagen haben, die zu einer anderen
Bewertung führen könnten, prüfen wir gern erneut. Außerdem können Sie
sich an den Versicherungsombudsmann wenden.

Mit freundlichen Grüßen
Clara Heinemann
Aurelis Reiseversicherung AG
""")


@mail("NORMAL", "de", "internal",
      "trap: invitation to staff flu vaccination by the company doctor (vaccine, side effects, booking); no individual")
def m061():
    return mk(
        "Sabine Roth <s.roth@aurelis.example>",
        "Alle Mitarbeitenden Köln <alle-koeln@aurelis.example>",
        "Grippeschutzimpfung 2026 – jetzt Termin buchen",
        dt("2026-10-08 09:00"),
        text="""Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unser betriebsärztlicher Dienst (Praxis
Dr. Sommerfeld) eine kostenlose Grippeschutzimpfung an:

  Termine: 28. und 29. Oktober, jeweils 8:30–12:30 Uhr
  Ort:     Raum 1.05 (Erste-Hilfe-Raum)
  Impfstoff: tetravalenter Influenza-Impfstoff, Saison 2026/27

Bitte bringen Sie, wenn vorhanden, Ihren Impfpass mit. Wer akut Fieber
hat, wird an diesem Tag nicht geimpft. Nach der Impfung können leichte
Rötungen an der Einstichstelle oder Abgeschlagenheit auftreten.

Buchung über das Intranet (Service > Gesundheit > Impftermin). Ob und von
wem Sie sich impfen lassen, erfährt die Personalabteilung nicht; die
Praxis rechnet nur die Gesamtzahl mit uns ab.

Viele Grüße
Sabine Roth
Personal / Betriebliches Gesundheitsmanagement
""")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "lost passport in Rome: emergency travel document and rebooking costs reimbursed; named customer, claim no.")
def m062():
    return mk(
        "Aurelis Assistance 24/7 <assistance@aurelis.example>",
        "Kerstin Aalto <kerstin.aalto@nordicmail.example>",
        "Your case AC-26-121020 - emergency passport Rome",
        dt("2026-10-03 12:27"),
        text="""Dear Ms Aalto,

as discussed on the phone: the German embassy in Rome (Via San Martino
della Battaglia 4) can issue an emergency travel document tomorrow
between 9 and 12. Please bring the police report from the Carabinieri,
two biometric photos and any copy of your lost passport (you mentioned
a photo on your phone - that helps a lot).

Under your travel policy AR-5588-80467 we reimburse:
 - the fee for the emergency document,
 - the rebooking fee for your flight to Helsinki,
 - one extra hotel night, up to EUR 150.

Please keep all receipts and send them to leistung@aurelis.example with
claim number R-RA-2026-004877.

Kind regards
Ben Hartwig
Aurelis Assistance
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel accident insurance claim: ski accident, knee ligament rupture, degree of disability assessment; named insured")
def m063():
    return mk(
        "Unfallleistung Aurelis <unfall@aurelis.example>",
        "Pieter Hooghiemstra <p.hooghiemstra@lowlandsmail.example>",
        "Travel accident insurance - your claim U-2026-00731",
        dt("2026-11-06 10:58", "+0100"),
        text="""Dear Mr Hooghiemstra,

thank you for the medical reports from Innsbruck University Hospital and
your orthopaedic surgeon in Utrecht about your skiing accident in Ischgl
on 02 February 2026 (rupture of the anterior cruciate ligament and the
medial meniscus of the right knee, reconstruction on 11 February).

Under your travel accident insurance (policy AR-8100-06634, sum insured
for permanent disability EUR 100,000) a permanent impairment can be
assessed at the earliest one year after the accident. Your surgeon
currently expects a residual limitation of knee flexion.

We have therefore commissioned an independent assessment for February
2027 with Dr. Maaike de Groot, Amsterdam. The costs of the assessment
are borne by us. Meanwhile we have paid the hospital daily allowance for
9 days (EUR 270) to your account.

Kind regards
Ulrike Hagedorn
Accident Claims
Aurelis Reiseversicherung AG
""")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: direct-billing guidelines for partner hospitals telling what an invoice must contain (diagnosis, ICD-10); generic")
def m064():
    return mk(
        "Felix Grunewald <f.grunewald@aurelis.example>",
        "Network Hospitals <network-hospitals@lists.aurelis.example>",
        "Direct billing guidelines 2027 - what we need on every invoice",
        dt("2026-12-01 09:15", "+0100"),
        text="""Dear partners,

to speed up payments, please make sure that from 1 January 2027 every
invoice to Aurelis contains:

 1. our case number (AC-YY-NNNNNN) and the guarantee of payment number,
 2. patient name and date of birth as on the passport,
 3. admission and discharge date,
 4. the diagnosis in words and as ICD-10 code,
 5. procedures performed (CPT, OPS or your national coding),
 6. itemised charges per day and per service,
 7. bank details of the hospital (account in the hospital's name only).

Please send medical reports and invoices only through the Aurelis
provider portal. Invoices sent to personal mailboxes of our staff can no
longer be processed.

Thank you for the good cooperation in 2026.

Felix Grunewald
Head of Product & Provider Network
Aurelis Reiseversicherung AG
""")


@mail("CONFIDENTIAL", "de", "insurer-to-partner",
      "ZIP with a CSV of named customers and booking numbers affected by an airline insolvency (cancellation claims); no health")
def m065():
    data = csvb("""Buchungsnummer;Kunde;Vorname;Reisedatum;Vertrag;Schaden;Betrag EUR
SW-26-702211;Görlitz;Annette;14.11.2026;AR-5520-91023;R-RT-2026-033001;1.240,00
SW-26-702340;Bauer-Şahin;Melek;15.11.2026;AR-5520-91110;R-RT-2026-033002;2.488,00
SW-26-702356;Trautmann;Roland;15.11.2026;AR-5520-91147;R-RT-2026-033003;980,00
SW-26-702410;Kovács;Zsófia;18.11.2026;AR-5520-91200;R-RT-2026-033004;1.615,00
SW-26-702499;Lehmkuhl;Sven;21.11.2026;AR-5520-91256;R-RT-2026-033005;3.110,00
""", "utf-8")
    z = zipf([("Insolvenz_SkyIbera_Sonnenweit_Liste.csv", data),
              ("LIESMICH.txt", "Stand 27.11.2026, Liste nur für Kundenservice Sonnenweit.\r\n".encode("utf-8"))])
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Ralf Haberland <r.haberland@sonnenweit-reisen.example>",
        "Insolvenz SkyIbera – betroffene Kunden",
        dt("2026-11-27 16:05", "+0100"),
        text="""Hallo Herr Haberland,

anbei die Liste der Sonnenweit-Kunden, die wegen der Insolvenz von
SkyIbera bei uns Reiserücktritt gemeldet haben, mit unseren
Schadennummern. Bitte nur für die Kundenbetreuung verwenden.

Wichtig: Die Flugkosten müssen Ihre Kunden zuerst über den
Insolvenzverwalter bzw. den Sicherungsschein geltend machen. Wir zahlen
nur den Teil, der dort nicht erstattet wird.

Viele Grüße
Clara Heinemann
""",
        att=[("SkyIbera_Kunden.zip", MT["zip"], z)])


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "board approval for an air ambulance above 50k EUR for a named cardiac patient (VT, ICU team)")
def m066():
    return mk(
        "Jonas Pietsch <j.pietsch@aurelis.example>",
        "Bernd Osterkamp <b.osterkamp@aurelis.example>",
        "Freigabe Ambulanzflug > 50 T EUR – Fall AC-26-119660",
        dt("2026-08-19 12:34"),
        cc="Dr. Henrike Vossberg <h.vossberg@aurelis.example>",
        text="""Sehr geehrter Herr Osterkamp,

wir bitten um Ihre Freigabe nach Vollmachtenregelung (> 50.000 EUR):

Versicherter: Kurt Bemmann, geb. 02.02.1958, Vertrag AR-4102-77315
Ort: Bangkok Riverside International Hospital, Intensivstation
Diagnose: Hinterwandinfarkt mit Stent, danach ventrikuläre Tachykardie
Beratungsärztliche Bewertung (Dr. Vossberg, heute 11:40): Rücktransport
nur mit Ambulanzflug und Intensivteam vertretbar, Linienflug nicht.
Anbieter: SkyMed Ambulance Flights, Learjet 45, Abflug Fr 21.08.
Kosten: 86.400 EUR (Rahmenvertragspreis)
Aufnahme: Universitätsklinikum Münster, Kardiologie, zugesagt

Eine kurze Antwort "freigegeben" per Mail genügt.

Mit freundlichen Grüßen
Jonas Pietsch
Teamleitung Fallsteuerung
""")


@mail("NORMAL", "de", "internal",
      "meeting moved, ICS update; organisational only")
def m067():
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Aurelis//Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:d58-0067-jourfixe@aurelis.example
SEQUENCE:2
DTSTAMP:20261012T070000Z
DTSTART:20261015T120000Z
DTEND:20261015T130000Z
SUMMARY:Jour fixe Leistung Reise
LOCATION:Raum 2.07
ORGANIZER;CN=Clara Heinemann:mailto:c.heinemann@aurelis.example
END:VEVENT
END:VCALENDAR
""")
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Leistung Reise <leistung-reise@aurelis.example>",
        "Verschoben: Jour fixe Leistung Reise auf Do 14 Uhr",
        dt("2026-10-12 09:03"),
        text="""Hi, wegen der Betriebsversammlung verschiebe ich unseren Jour fixe auf
Donnerstag 14 Uhr, anderer Raum (2.07). Aktualisierte Einladung hängt an.
Clara
""",
        att=[("jourfixe.ics", MT["ics"], cal)])


@mail("NORMAL", "en", "internal",
      "trap: customer satisfaction survey results of the assistance service (hospital admissions, repatriations) in aggregate")
def m068():
    return mk(
        "Lea Dornbusch <l.dornbusch@aurelis.example>",
        "Management Assistance <bl-assistance@aurelis.example>",
        "Customer survey H1/2026 - key results",
        dt("2026-08-10 15:45"),
        text="""Hi all,

key results of the post-case survey H1/2026 (n = 1,214, response rate
23 %):

 - Overall satisfaction: 1.8 (school grades, previous 1.9)
 - Customers with a hospital admission abroad: 1.6 - they value the
   guarantee of payment and daily calls most
 - Repatriation cases: 1.5, but 14 % complain about waiting for the
   fitness-to-fly decision
 - Outpatient cases (pharmacy, doctor visits): 2.2 - main complaint is
   having to pay first and claim later
 - Lost luggage: 2.9 (not really our service, but we get the blame)

Free-text answers were anonymised by the survey provider; I have not
seen any names.

Recommendation: online claim for outpatient bills with photo upload.

Lea
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "premium reminder on an annual cancellation policy with masked IBAN and contract number; no health")
def m069():
    return mk(
        "Beitragsservice Aurelis <beitrag@aurelis.example>",
        "Jens-Uwe Förster <ju.foerster@elbmail.example>",
        "Zahlungserinnerung – Vertrag AR-5874-07345",
        dt("2026-09-10 06:30"),
        text="""Sehr geehrter Herr Förster,

leider konnten wir den Jahresbeitrag für Ihren Reiseschutz
(Reiserücktritt + Reiseabbruch, Vertrag AR-5874-07345) in Höhe von
129,00 EUR nicht von Ihrem Konto DE81 **** **** **** **51 22 einziehen;
Ihre Bank hat die Lastschrift mit dem Grund "Konto erloschen"
zurückgegeben.

Bitte überweisen Sie den Betrag zuzüglich 3,00 EUR Rücklastschriftgebühr
bis zum 24.09.2026 oder teilen Sie uns Ihre neue Bankverbindung mit.

Solange der Erstbeitrag nicht gezahlt ist, besteht kein
Versicherungsschutz (§ 37 VVG).

Mit freundlichen Grüßen
Beitragsservice
Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "hospital",
      "inline forward of a Cape Town discharge summary: puff adder bite, antivenom, ICU, named tourist")
def m070():
    return mk(
        "Tom Okafor <t.okafor@aurelis.example>",
        "Claims International <claims-international@aurelis.example>",
        "FW: Discharge summary - Mr J. Wendland - AC-26-118877",
        dt("2026-08-11 09:20"),
        text="""For the file and for checking the final invoice. Patient is flying home
on Thursday with his wife, no escort needed. Tom

---------- Forwarded message ---------
From: Dr. Thandeka Mokoena <t.mokoena@mercygeneral-ct.example>
Date: Mon, 10 Aug 2026 at 16:02
Subject: Discharge summary - Mr J. Wendland
To: <assistance@aurelis.example>

DISCHARGE SUMMARY
Patient: Jörg WENDLAND, DOB 1969-05-22, German tourist
Admitted: 05/08/2026, discharged 10/08/2026
Diagnosis: envenomation by puff adder (Bitis arietans), right hand,
with progressive local swelling and coagulopathy (T63.0)
Treatment: SAIMR polyvalent antivenom 10 vials, ICU 2 days, elevation,
analgesia, tetanus booster. No surgical intervention required.
On discharge: swelling regressing, INR normal, full finger movement.
Follow-up: wound check by GP in 5 days.

Dr T. Mokoena, Emergency Medicine
Mercy General Hospital, Cape Town
""")


@mail("NORMAL", "de", "internal",
      "trap: blank ODT form 'Schweigepflichtentbindung' for foreign doctors with empty fields; no person")
def m071():
    doc = odt([
        "Erklärung zur Entbindung von der ärztlichen Schweigepflicht / Release of medical confidentiality",
        "Ich, ______________________ (Name, Vorname), geboren am ___________, entbinde die mich behandelnden Ärztinnen, Ärzte und Krankenhäuser im Ausland",
        "gegenüber der Aurelis Reiseversicherung AG und der Aurelis Assistance von der Schweigepflicht, soweit dies für die Prüfung der Leistungspflicht",
        "und die Organisation von Hilfeleistungen im Fall Nr. __________ erforderlich ist.",
        "Diese Erklärung kann ich jederzeit widerrufen.",
        "Ort, Datum ____________________   Unterschrift ____________________",
        "Bei Minderjährigen: Unterschrift der Erziehungsberechtigten ____________________",
    ])
    return mk(
        "Arne Lütke-Wessel <datenschutz@aurelis.example>",
        "Team Fallsteuerung <fallsteuerung@aurelis.example>",
        "Neue Vorlage Schweigepflichtentbindung (zweisprachig)",
        dt("2026-07-14 10:25"),
        text="""Hallo zusammen,

die zweisprachige Vorlage für die Schweigepflichtentbindung ist mit der
Rechtsabteilung abgestimmt und ersetzt ab sofort die alte Version. Bitte
nur diese an Versicherte oder Angehörige schicken (am besten über das
Portal, damit die Unterschrift gleich in der Fallakte landet).

Gruß
Arne
""",
        att=[("Vorlage_Schweigepflichtentbindung_DE-EN.odt", MT["odt"], doc)])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "student's personal liability claim (broken window in Edinburgh flat), named insured and claim no.; nobody hurt")
def m072():
    return mk(
        "Haftpflicht Aurelis <haftpflicht@aurelis.example>",
        "Felix Odenwald <felix.odenwald@unimail.example>",
        "Your liability claim H-2026-01877 - window at 14/3 Marchmont Road",
        dt("2026-11-20 13:40", "+0100"),
        text="""Dear Mr Odenwald,

thank you for reporting the damage. You broke the sash window of your
rented room at 14/3 Marchmont Road, Edinburgh, on 12 November while
opening it; nobody was hurt. This is covered under the personal
liability section of your student liability and baggage policy
(AR-6100-01204).

Please ask your landlord, Mr Callum Fraser, to send the glazier's quote
or invoice directly to us, stating claim number H-2026-01877. We will pay
him directly; your excess of EUR 150 will be deducted, so he may ask you
for that part.

Good luck with your exams!

Kind regards
Ferhat Ünal
Liability Claims, Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "iso-8859-1 quoted-printable: dentist invoice from Spain reimbursed, tooth extraction and abscess of the named insured")
def m073():
    return mk(
        "Leistung Auslandskranken <leistung@aurelis.example>",
        "Irmgard Sonnleitner <i.sonnleitner@alpenpost.example>",
        "Erstattung Zahnarztrechnung Benidorm – R-KR-2026-099714",
        dt("2026-09-24 10:05"),
        charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrte Frau Sonnleitner,

wir haben die Rechnung der Clínica Dental Levante (Dra. Beatriz Sáez)
vom 02.09.2026 geprüft. Behandelt wurde ein Abszess am Zahn 46 mit
Eröffnung, Antibiotikum (Amoxicillin 1 g) und anschließender Extraktion.

Aus Ihrer Auslandsreisekrankenversicherung (Vertrag AR-4620-22781)
erstatten wir:

  Notfallbehandlung, Röntgen              95,00 EUR
  Extraktion 46                          120,00 EUR
  Medikamente (Apotheke)                  14,60 EUR
  Summe                                  229,60 EUR

Eine Brücke oder ein Implantat als Ersatz für den Zahn ist keine
Notfallbehandlung und daher nicht über die Reiseversicherung
versichert.

Die Überweisung geht auf das bekannte Konto.

Mit freundlichen Grüßen
Petra Lindqvist-Brandt
Aurelis Reiseversicherung AG
""")


@mail("NORMAL", "en", "internal",
      "trap: pricing memo with average repatriation costs by region and average patient age; aggregates only")
def m074():
    return mk(
        "Felix Grunewald <f.grunewald@aurelis.example>",
        "Product Committee <produktausschuss@aurelis.example>",
        "Memo: repatriation cost trend and 2027 pricing",
        dt("2026-09-04 16:20"),
        text="""Product Committee - memo for the meeting on 10 September

1. Repatriations 2025 vs. 2026 (Jan-Aug)

   mode                       n 2026   avg cost 2025   avg cost 2026
   scheduled flight, seated      612        1,840           2,010
   stretcher on scheduled flt     88       19,500          23,900
   air ambulance, Europe          71       24,300          27,800
   air ambulance, long-haul       19       82,000          94,600

   Average age of repatriated patients: 67 (2025: 66). 58 % orthopaedic,
   24 % cardiovascular/neurological, 18 % other.

2. Drivers: jet fuel, shortage of flight nurses, longer lead times for
   stretchers.

3. Proposal: +6 % on the repatriation component of all travel medical
   tariffs from 01/2027; age surcharge 70+ unchanged.

Felix
""")


@mail("NORMAL", "de", "internal",
      "trap: windows-1252 CSV glossary of medical terms DE/EN/FR/ES for case managers; no person")
def m075():
    data = csvb("""Deutsch;Englisch;Französisch;Spanisch
Oberschenkelhalsbruch;femoral neck fracture;fracture du col du fémur;fractura de cuello de fémur
Schlaganfall;stroke;accident vasculaire cérébral (AVC);ictus
Herzinfarkt;heart attack / myocardial infarction;infarctus du myocarde;infarto de miocardio
Blinddarmentzündung;appendicitis;appendicite;apendicitis
Lungenentzündung;pneumonia;pneumonie;neumonía
Flugtauglichkeit;fitness to fly;aptitude au vol;aptitud para volar
Kostenübernahme;guarantee of payment;prise en charge;garantía de pago
Entlassungsbrief;discharge summary;compte rendu de sortie;informe de alta
Begleitperson (ärztlich);medical escort;accompagnement médical;acompañante médico
""", "cp1252")
    return mk(
        "Miriam Albers <m.albers@aurelis.example>",
        "Team Fallsteuerung <fallsteuerung@aurelis.example>",
        "Glossar Medizin DE/EN/FR/ES – Version 2",
        dt("2026-07-08 14:50"),
        text="""Hallo zusammen,

Sofia und ich haben das Glossar ergänzt (jetzt mit Spanisch). Die Datei
geht in Excel direkt auf, Trennzeichen Semikolon. Ergänzungen gern an mich.

LG Miriam
""",
        att=[("Glossar_Medizin_DE_EN_FR_ES.csv", MT["xls"], data)])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "trip interruption because of a burglary at home: named customers, claim no., return flight costs; no health")
def m076():
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Sandra und Mirko Vukovic <vukovic.sm@webpost.example>",
        "Reiseabbruch nach Einbruch – Schaden R-RA-2026-004650",
        dt("2026-09-01 11:48"),
        text="""Sehr geehrte Frau Vukovic, sehr geehrter Herr Vukovic,

nach dem Einbruch in Ihr Haus in Offenbach am 24.08.2026 (Anzeige
Polizeipräsidium Südosthessen, Tgb.-Nr. ST/0883412/2026) hat die Polizei
Ihre Anwesenheit verlangt. Deshalb mussten Sie den Urlaub in Kroatien
vorzeitig abbrechen. Das ist nach Ihrem Vertrag AR-5588-33091 als
Reiseabbruch versichert.

Wir erstatten die Mehrkosten der Rückreise (Flug Split–Frankfurt für zwei
Personen, 486,00 EUR) und die nicht genutzten Ferienwohnungs-Nächte
anteilig (5 von 14 Nächten, 640,00 EUR). Summe: 1.126,00 EUR.

Der Schaden an Ihrem Haus selbst gehört zur Hausratversicherung.

Mit freundlichen Grüßen
Clara Heinemann
Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health underwriting decision: exclusion of pre-existing asthma for a named applicant")
def m077():
    return mk(
        "Rachel Moorcroft <r.moorcroft@aurelis.example>",
        "Chloé Durand-Weiss <chloe.durandweiss@frmail.example>",
        "Your application for Aurelis Expat Health - our decision",
        dt("2026-10-19 12:12"),
        text="""Dear Ms Durand-Weiss,

thank you for completing the health questionnaire for your move to
Singapore. Our medical underwriters have reviewed your answers and the
report from your pulmonologist.

We are pleased to offer cover under Aurelis Expat Health Comfort
(worldwide excl. USA) from 1 December 2026, with the following special
condition:

  Exclusion: bronchial asthma (J45) including its complications and
  treatment, as the condition has required two courses of oral steroids
  in the last 12 months.

The exclusion can be reviewed on request after 24 months without
exacerbation. Alternatively, we can include asthma against a surcharge
of 35 % on the monthly premium (EUR 219.00 instead of EUR 162.00).

Please let us know which option you prefer by 31 October.

Kind regards
Rachel Moorcroft
Expat Desk
""")


@mail("NORMAL", "en", "internal",
      "IT maintenance window for the case management system; no personal data")
def m078():
    return mk(
        "IT Operations <it-ops@aurelis.example>",
        "All Staff <alle-koeln@aurelis.example>",
        "Planned maintenance CaseNet - Sunday 02:00-05:00",
        dt("2026-11-26 16:00", "+0100"),
        text="""Hello all,

CaseNet (case management) and the provider portal will be unavailable
on Sunday 29 November from 02:00 to 05:00 CET for a database upgrade.

The emergency centre works with the offline fallback (paper forms in the
red folder, desk 4.01) during that time. Please enter the cases in
CaseNet as soon as it is back.

Telephone and e-mail are not affected.

IT Operations
""")


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "commission statement for a sole-trader UK agent with her IBAN and UTR tax reference")
def m079():
    return mk(
        "Broker Accounts <provision@aurelis.example>",
        "Margaret Ellison <margaret@ellison-travelcover.example>",
        "Commission statement October 2026 - agent 40217",
        dt("2026-11-05 07:45", "+0100"),
        text="""Dear Mrs Ellison,

your commission for October 2026:

  Policies sold:                   37 (single trip 29, annual 8)
  Gross written premium:           EUR 4,918.40
  Commission 22.5 %:               EUR 1,106.64

Payment on 10 November 2026 to:
  Account holder:  Margaret Ellison (trading as Ellison Travel Cover)
  IBAN:            GB33 BARC 5529 6827 3840 86
  UTR (HMRC):      73194 20586

Please check that your UTR is still correct; we need it for the annual
report to the tax authority.

Kind regards
Broker Accounts
Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request to the German GP about pre-existing conditions (hypertension, AF) of a named insured for a cancellation claim")
def m080():
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Praxis Dr. Lohmeier <praxis@hausarzt-lohmeier.example>",
        "Anfrage zu Ihrer Patientin Elfriede Janowski, geb. 08.06.1947",
        dt("2026-10-20 10:40"),
        text="""Sehr geehrter Herr Dr. Lohmeier,

Ihre Patientin Frau Elfriede Janowski, Bahnhofstraße 3, 49074 Osnabrück,
hat eine Busreise nach Südtirol storniert und dafür Ihr Attest vom
05.10.2026 vorgelegt (Diagnose: Vorhofflimmern mit Tachykardie,
Erstdiagnose 02.10.2026).

Für die Prüfung bitten wir um folgende Angaben:
1. Seit wann behandeln Sie Frau Janowski wegen Bluthochdruck oder
   Herzrhythmusstörungen?
2. Gab es in den 6 Monaten vor der Buchung (12.05.2026) Behandlungen
   oder Medikamentenänderungen wegen dieser Erkrankungen?
3. Welche Medikamente nahm sie zum Zeitpunkt der Buchung?

Eine Schweigepflichtentbindung von Frau Janowski liegt bei. Für Ihre
Auskunft zahlen wir ein Honorar nach GOÄ Nr. 75.

Mit freundlichen Grüßen
Clara Heinemann
Leistung Reiserücktritt, Aurelis Reiseversicherung AG
Fax 0221 5550-499
""")


@mail("NORMAL", "de", "newsletter",
      "trap: multipart/alternative partner newsletter on new tariffs, pandemic add-on and cancellation for illness; no person")
def m081():
    text = """Aurelis Partnerbrief November 2026

1. Neue Tarife ab 01.01.2027
Der Komplettschutz enthält künftig auch Reiseabbruch bei Erkrankung eines
Haustiers und eine Quarantäne-Leistung bei behördlich angeordneter
Isolation am Urlaubsort.

2. Reiserücktritt: Selbstbehalt bei Krankheit
Bei Rücktritt wegen Krankheit entfällt der Selbstbehalt im Premium-Tarif
komplett – ein gutes Verkaufsargument für ältere Kundinnen und Kunden.

3. Provision
Die Staffelprovision für Reisebüros mit mehr als 300 Policen steigt auf
25 %.

4. Termine
Partner-Webinar "Auslandskranken für Langzeitreisende": 14.01.2027.

Ihr Aurelis-Partnerservice – abmelden: partner@aurelis.example
"""
    html = """<html><body>
<h2>Aurelis Partnerbrief November 2026</h2>
<h3>1. Neue Tarife ab 01.01.2027</h3><p>Der Komplettschutz enthält künftig auch Reiseabbruch bei
Erkrankung eines Haustiers und eine Quarantäne-Leistung bei behördlich angeordneter Isolation am Urlaubsort.</p>
<h3>2. Reiserücktritt: Selbstbehalt bei Krankheit</h3><p>Bei Rücktritt wegen Krankheit entfällt der
Selbstbehalt im Premium-Tarif komplett – ein gutes Verkaufsargument für ältere Kundinnen und Kunden.</p>
<h3>3. Provision</h3><p>Die Staffelprovision für Reisebüros mit mehr als 300 Policen steigt auf 25 %.</p>
<h3>4. Termine</h3><p>Partner-Webinar „Auslandskranken für Langzeitreisende“: 14.01.2027.</p>
<p style="font-size:smaller">Ihr Aurelis-Partnerservice – abmelden: partner@aurelis.example</p>
</body></html>
"""
    return mk("Aurelis Partnerservice <partnerinfo@aurelis.example>",
              "partner-de@lists.aurelis.example",
              "Partnerbrief November: neue Tarife, Quarantäne-Leistung, Provision",
              dt("2026-11-11 07:00", "+0100"), text=text, html=html)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "cancellation after unexpected job loss: named customer, dismissal letter, employer, income-related eligibility; no health")
def m082():
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Kevin Marquardt <kevin.marquardt@mailpoint.example>",
        "AW: Stornierung Dominikanische Republik – Arbeitgeberkündigung",
        dt("2026-10-23 15:27"),
        text="""Hallo Herr Marquardt,

danke für die Kopie der Kündigung der Brenner Logistik GmbH vom
30.09.2026 (betriebsbedingt, zum 31.10.2026). Ein unerwarteter Verlust
des Arbeitsplatzes durch betriebsbedingte Kündigung des Arbeitgebers ist
in Ihrem Tarif versichert (Vertrag AR-5590-12266).

Was wir noch brauchen:
- die Stornorechnung des Veranstalters (bisher nur die Buchungsbestätigung),
- den Nachweis, dass Sie bei Buchung seit mindestens 12 Monaten dort
  beschäftigt waren (z. B. Arbeitsvertrag oder eine Gehaltsabrechnung
  aus 2025 – Ihr Bruttogehalt von 3.480 EUR interessiert uns dabei
  nicht, das können Sie gern schwärzen).

Schadennummer: R-RT-2026-032190

Viele Grüße
Clara Heinemann
Aurelis Reiseversicherung AG

> Hallo, hab die Kündigung bekommen und kann die Reise im Dezember jetzt
> nicht mehr bezahlen bzw will nicht. Die Kündigung hängt an.
> Gruß Kevin Marquardt
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "HTML-only shift handover with a table of open cases: names, countries, diagnoses, next steps")
def m083():
    return mk(
        "Tom Okafor <t.okafor@aurelis.example>",
        "English Desk <english-desk@aurelis.example>",
        "Handover night shift 14/15 Oct",
        dt("2026-10-15 06:58"),
        html="""<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Morning all, handover from the night shift. Quiet night apart from Tenerife.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#ddd"><th>Case</th><th>Insured</th><th>Where</th><th>Issue</th><th>Next step</th></tr>
<tr><td>AC-26-121544</td><td>Gallagher, Brendan</td><td>Guadeloupe</td><td>DVT left calf, on rivaroxaban</td><td>flight Sat booked, send ticket</td></tr>
<tr><td>AC-26-121611</td><td>Osei, Abena</td><td>Tenerife</td><td>fall from balcony 02:10, polytrauma, ICU Hospital Universitario</td><td>call ICU 09:00, inform husband, GOP 30k sent</td></tr>
<tr><td>AC-26-121620</td><td>Harrington, Mary (79)</td><td>Malta</td><td>confusion, suspected UTI, admitted for observation</td><td>daughter calls back 10:00</td></tr>
<tr><td>AC-26-121627</td><td>Kowalski, Piotr</td><td>Dubai</td><td>kidney stone, ER visit, discharged</td><td>claim form only</td></tr>
</table>
<p>Tom</p>
</body></html>
""")


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: PDF tender for an air-ambulance framework contract (ICU equipment, incubator, response times); no patient")
def m084():
    doc = pdf([
        "Ausschreibung Rahmenvertrag Ambulanzflug 2027-2029",
        "Auftraggeber: Aurelis Reiseversicherung AG, Einkauf, Köln",
        "",
        "1. Leistungsumfang",
        "   Intensivmedizinische Patientenrückholung weltweit, Europa und Mittelmeer mit Verfügbarkeit < 12 Std.",
        "   Ausstattung: Beatmungsgerät, Monitoring, Perfusoren, Defibrillator, Vakuummatratze.",
        "   Optional: Transportinkubator für Neugeborene, Isolationstrage für hochinfektiöse Patienten.",
        "2. Personal",
        "   Notarzt/Notärztin mit Intensiverfahrung, Fachpflegekraft Intensiv, Flugmedizin-Zusatzqualifikation.",
        "3. Preise",
        "   Angebot je Flugstunde und je Einsatz, Treibstoffzuschlag transparent, Stornokosten.",
        "4. Datenschutz",
        "   Verarbeitung von Gesundheitsdaten nur im Auftrag, AV-Vertrag nach Art. 28 DSGVO, Server in der EU.",
        "5. Fristen",
        "   Angebote bis 15.01.2027, 12:00 Uhr, über das Vergabeportal.",
    ], title="Ausschreibung Ambulanzflug 2027-2029")
    return mk(
        "Einkauf Aurelis <einkauf@aurelis.example>",
        "Vertrieb <vertrieb@skymed-ambulance.example>",
        "Ausschreibung Rahmenvertrag Ambulanzflug 2027–2029",
        dt("2026-12-02 10:00", "+0100"),
        text="""Sehr geehrte Damen und Herren,

wir laden Sie ein, sich an der Ausschreibung unseres Rahmenvertrags für
Ambulanzflüge 2027–2029 zu beteiligen. Die Unterlagen hängen an; die
gleiche Einladung geht an vier weitere Anbieter.

Mit freundlichen Grüßen
Petra Neubauer
Einkauf, Aurelis Reiseversicherung AG
""",
        att=[("Ausschreibung_Ambulanzflug_2027.pdf", MT["pdf"], doc)])


@mail("NORMAL", "en", "internal",
      "trap: phishing warning about fake 'hospital invoice' mails with malicious attachments; no real case")
def m085():
    return mk(
        "IT Security <it-security@aurelis.example>",
        "All Staff <alle-koeln@aurelis.example>",
        "WARNING: fake hospital invoices in circulation",
        dt("2026-09-09 11:35"),
        text="""Dear colleagues,

since this morning we see phishing mails that look like invoices from
foreign hospitals, e.g.

  Subject: "URGENT unpaid medical bill - patient transfer ICU"
  From:    billing@hospital-intl-payments.example (not a partner!)
  Attachment: Invoice_Patient_Record.zip / .html

They ask for an urgent transfer to a "new bank account" of the hospital.

Please:
 - do not open the attachment,
 - never change hospital bank details because of an e-mail; bank
   changes are only accepted via the provider portal,
 - report the mail with the "Report phishing" button.

Real hospitals send invoices through the portal or to
claims-international@ - if in doubt, call the hospital using the number
in CaseNet.

IT Security
""")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "rental car excess in Iceland (gravel damage): named customer, rental agreement, claim no.; no injury")
def m086():
    return mk(
        "Uwe Kessler <u.kessler@aurelis.example>",
        "Ingrid Solheim-Bauer <ingrid.sb@nordpost.example>",
        "Claim R-SB-2026-004530 - windscreen and paint damage, Iceland",
        dt("2026-09-15 16:33"),
        text="""Dear Ms Solheim-Bauer,

the rental company Hekla Car Rental charged ISK 148,000 (approx.
EUR 995) to your credit card for gravel damage to the windscreen and the
bonnet of the Dacia Duster (rental agreement HCR-77120, 22-29 August
2026). Gravel damage is explicitly covered by your rental car excess
insurance (policy AR-6003-20817), as no one was injured and you had not
left the paved road on an F-road with a non-4x4 vehicle.

We will reimburse EUR 995.40 to your account within 5 working days.

Kind regards
Uwe Kessler
Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "sensitive only in the quoted customer mail: chemotherapy for colon cancer and travel plans of a named insured")
def m087():
    return mk(
        "Kundenservice Aurelis <service@aurelis.example>",
        "Gerhard Pohlmann <g.pohlmann@t-post.example>",
        "AW: Frage zur Reise nach Mallorca",
        dt("2026-11-17 10:15", "+0100"),
        text="""Sehr geehrter Herr Pohlmann,

vielen Dank für Ihre offene Schilderung. Die gute Nachricht: Ihre
Auslandsreisekrankenversicherung gilt auch für die geplante Reise; ein
Ausschluss wegen Ihrer Vorerkrankung besteht in Ihrem Tarif nicht. Nicht
versichert wären nur Behandlungen, die schon vor der Reise feststanden
(z. B. ein geplanter Zyklus vor Ort).

Bitte sprechen Sie die Reise mit Ihrem Onkologen ab und nehmen Sie den
aktuellen Arztbrief auf Englisch mit. Im Notfall rufen Sie uns an, wir
kennen die Kliniken auf Mallorca gut.

Mit freundlichen Grüßen
Sandra Keppler
Kundenservice

-----Ursprüngliche Nachricht-----
Von: Gerhard Pohlmann
Gesendet: Sonntag, 15. November 2026 18:02
An: service@aurelis.example
Betreff: Frage zur Reise nach Mallorca

Guten Tag, ich habe Darmkrebs und bekomme seit August eine Chemotherapie
(FOLFOX), der letzte Zyklus ist am 4. Dezember. Meine Frau und ich
wollen im Januar 3 Wochen nach Mallorca. Bin ich da über meinen Vertrag
AR-4620-30917 versichert, wenn z.B. Fieber oder Thrombose auftritt?
Mit freundlichen Grüßen Gerhard Pohlmann
""")


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: anonymised case study for a sales training (34-year-old traveller, appendicitis in Bali, costs); no identifiable person")
def m088():
    return mk(
        "Nadine Schorlemmer <n.schorlemmer@aurelis.example>",
        "Vertriebstrainer <vertriebstraining@aurelis.example>",
        "Fallbeispiel für die Reisebüro-Schulung (anonymisiert)",
        dt("2026-10-09 13:13"),
        text="""Hallo zusammen,

für die Schulung in Hannover hier ein echtes, aber anonymisiertes
Fallbeispiel (Name, Datum und Ort sind geändert, mit Datenschutz
abgestimmt):

"Eine 34-jährige Reisende bekommt am 5. Urlaubstag auf Bali starke
Bauchschmerzen. Diagnose im Krankenhaus: Blinddarmentzündung, Operation
am selben Abend. Das Krankenhaus verlangt vorab 6.000 USD Kaution. Nach
einem Anruf bei der Notrufzentrale schickt Aurelis eine Kostenübernahme,
die Kaution entfällt. Gesamtkosten: 11.800 EUR, inkl. Umbuchung des
Rückflugs. Ohne Auslandsreisekrankenversicherung hätte sie alles selbst
bezahlt – die gesetzliche Kasse zahlt in Indonesien nichts."

Damit lässt sich gut zeigen, warum man die 9,90 EUR nicht sparen sollte.

Gruß Nadine
""")


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "business travel group contract for a company with named contact person, policy no., premium; baggage/cancellation only")
def m089():
    return mk(
        "Felix Grunewald <f.grunewald@aurelis.example>",
        "Dr. Ulrike Sandmann <u.sandmann@hofmeister-maschinenbau.example>",
        "Geschäftsreise-Rahmenvertrag GR-2027-0144 – Angebot",
        dt("2026-11-24 14:22", "+0100"),
        text="""Sehr geehrte Frau Dr. Sandmann,

wie besprochen unser Angebot für den Geschäftsreise-Rahmenvertrag der
Hofmeister Maschinenbau GmbH & Co. KG ab 01.01.2027:

  Vertragsnummer (vorläufig): GR-2027-0144
  versicherte Reisen: ca. 1.400 Dienstreisen/Jahr, weltweit
  Bausteine: Reiserücktritt/-abbruch, Reisegepäck, Mietwagen-SB
  (Krankenversicherung für Dienstreisen besteht bei Ihnen bereits
  anderweitig und ist daher nicht enthalten)
  Jahresbeitrag: 18.650,00 EUR zzgl. VersSt
  Ansprechpartnerin im Unternehmen: Sie persönlich, Vertretung Herr
  Maximilian Ortlepp (Travel Management)

Das Angebot gilt bis 15.12.2026.

Mit freundlichen Grüßen
Felix Grunewald
Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "harmless body; PDF benefit statement for a child's otitis media treated in Croatia (paediatrician invoice, antibiotic)")
def m090():
    doc = pdf([
        "Aurelis Reiseversicherung AG - Leistungsabrechnung",
        "Schaden R-KR-2026-097301 vom 27.08.2026",
        "Versicherungsnehmer: Stefan Rautenberg, Vertrag AR-4620-48862 (Familie)",
        "Behandelte Person: Emil Rautenberg, geb. 19.04.2021",
        "",
        "Leistungserbringer: Poliklinika Dr. Marić, Pedijatrija, Poreč (HR)",
        "Diagnose laut Rechnung: akute Mittelohrentzündung links (H66.9), Fieber",
        "Behandlung 14.08.2026: Untersuchung, Otoskopie                  55,00 EUR",
        "Folgetermin 17.08.2026                                          35,00 EUR",
        "Apotheke: Amoxicillin-Saft 250 mg/5 ml, Nasentropfen            18,40 EUR",
        "",
        "Erstattungsbetrag                                              108,40 EUR",
        "Überweisung auf DE70 9312 3722 2304 4178 94 am 31.08.2026",
    ], title="Leistungsabrechnung R-KR-2026-097301")
    return mk(
        "Leistung Auslandskranken <leistung@aurelis.example>",
        "Stefan Rautenberg <s.rautenberg@familie-rautenberg.example>",
        "Ihre Leistungsabrechnung",
        dt("2026-08-28 07:10"),
        text="""Sehr geehrter Herr Rautenberg,

im Anhang erhalten Sie Ihre Leistungsabrechnung.

Mit freundlichen Grüßen
Aurelis Reiseversicherung AG
""",
        att=[("Leistungsabrechnung_R-KR-2026-097301.pdf", MT["pdf"], doc)])


@mail("NORMAL", "en", "internal",
      "out-of-office auto-reply without reason; names a deputy")
def m091():
    return mk(
        "Rachel Moorcroft <r.moorcroft@aurelis.example>",
        "Tom Okafor <t.okafor@aurelis.example>",
        "Automatic reply: Expat renewals 2027",
        dt("2026-12-03 08:01", "+0100"),
        headers={"Auto-Submitted": "auto-replied"},
        text="""Thank you for your message. I am out of the office until 14 December 2026
with limited access to e-mail.

For urgent expat matters please contact Matthias Quint
(m.quint@aurelis.example, +49 221 5550 762). Medical emergencies:
Aurelis Assistance +49 221 5550 880 (24/7).

Rachel Moorcroft
Expat Desk
""")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "trip cancellation because of a jury summons: named customer, court letter, claim no., refund; no health")
def m092():
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Aidan Whitlock <aidan.whitlock@cornmail.example>",
        "Claim R-RT-2026-032744 - jury summons",
        dt("2026-11-25 11:09", "+0100"),
        text="""Dear Mr Whitlock,

thank you for the copy of the jury summons from the Crown Court at
Bristol dated 2 November 2026, requiring your attendance from 7 December
- the week of your booked trip to Vienna. A summons for jury service
that you could not have foreseen at the time of booking is an insured
reason under your policy AR-7712-38810, provided you applied for a
deferral and it was refused. You have sent us the refusal as well.

We will reimburse the non-refundable costs of EUR 736.00 (flights
EUR 318.00, hotel EUR 418.00) to your account ending 0641.

Kind regards
Clara Heinemann
Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "au-pair in Australia with a distal radius fracture from surfing: cast, follow-up, reimbursement")
def m093():
    return mk(
        "Sofia Marchetti <s.marchetti@aurelis.example>",
        "Hannah Lemke <hannah.lemke@aupairmail.example>",
        "Your wrist - what happens next (case AC-26-122044)",
        dt("2026-11-08 23:50", "+0100"),
        text="""Hi Hannah,

sorry to hear about the surfing accident! Here's what we've sorted out
after talking to the Emergency Department at Gold Coast Private:

- The X-ray shows a non-displaced fracture of the distal radius (right
  wrist). No surgery needed, they put on a cast for 6 weeks.
- Follow-up X-rays in 1 and 3 weeks at the fracture clinic; we've sent
  them a guarantee of payment, so you don't have to pay.
- The ED bill (AUD 640) you paid by card: please upload the receipt in
  the Aurelis app and we'll refund it from your au-pair policy
  AP-7781-02312 within a few days.
- Painkillers: the paracetamol/ibuprofen from the pharmacy is also
  covered, keep the receipt.

You can keep working with one hand if your host family is OK with it -
but no lifting the kids with the right arm, doctor's orders :)

Take care
Sofia
Aurelis Assistance
""")


@mail("NORMAL", "de", "internal",
      "trap: DOCX minutes of a DPIA on video telemedicine for travellers (health data categories, risks, measures); no person")
def m094():
    doc = docx([
        "Protokoll: Datenschutz-Folgenabschätzung (DSFA) Video-Telemedizin für Reisende",
        "Datum: 06.10.2026 · Teilnehmende: Lütke-Wessel (DSB), Vossberg, Brandes, Grunewald, Dienstleister MediCall (extern)",
        "1. Verarbeitungszweck: ärztliche Erstberatung per Video für erkrankte Reisende, Ausstellung von Privatrezepten im Ausland, Empfehlung von Kliniken.",
        "2. Datenkategorien: Gesundheitsdaten (Symptome, Diagnosen, Medikation), Kontaktdaten, Aufenthaltsort; keine Speicherung der Videos.",
        "3. Risiken: Zugriff durch Dritte im Hotel-WLAN; Verwechslung von Personen; Übermittlung in Drittländer bei Ärzten außerhalb der EU.",
        "4. Maßnahmen: Ende-zu-Ende-Verschlüsselung, Identitätsprüfung per Vertragsnummer und Geburtsdatum, nur Ärztinnen/Ärzte mit Sitz in der EU.",
        "5. Ergebnis: Restrisiko vertretbar, Freigabe unter Auflage eines Penetrationstests vor Go-live.",
        "Protokoll: A. Lütke-Wessel",
    ])
    return mk(
        "Arne Lütke-Wessel <datenschutz@aurelis.example>",
        "DSFA Telemedizin <projekt-telemedizin@aurelis.example>",
        "Protokoll DSFA Telemedizin vom 06.10.",
        dt("2026-10-07 17:30"),
        text="""Hallo zusammen,

anbei das Protokoll unserer DSFA-Sitzung. Einwände bitte bis 14.10.,
danach geht es an den Vorstand.

Viele Grüße
Arne Lütke-Wessel
""",
        att=[("Protokoll_DSFA_Telemedizin_2026-10-06.docx", MT["docx"], doc)])


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "windows-1252: confirmation to a travel agency of cancellation+baggage cover for a named family with birth dates; no health")
def m095():
    return mk(
        "Vermittlerservice <vermittler@aurelis.example>",
        "Reisebüro Weltenbummler <buchung@rb-weltenbummler.example>",
        "Policierung Familie Okonkwo-Berger – AR-5533-71950",
        dt("2026-07-02 12:56"),
        charset="windows-1252",
        text="""Guten Tag Frau Lindner,

die Reiseversicherung für Ihre Kunden ist policiert:

Vertrag:        AR-5533-71950 (Reiserücktritt + Reisegepäck, Einmalreise)
Reise:          Kenia Safari + Badeurlaub Diani, 27.12.2026 – 10.01.2027
Reisepreis:     9.840,00 €
Beitrag:        412,00 € (wird mit der Reiserechnung kassiert)
Personen:       Chidi Okonkwo-Berger, geb. 03.05.1980
                Sabine Okonkwo-Berger, geb. 21.09.1982
                Amara Okonkwo-Berger, geb. 11.02.2012
                Tobi Okonkwo-Berger, geb. 30.06.2015

Die Kunden haben keine Auslandskrankenversicherung bei uns gebucht – bitte
weisen Sie sie darauf hin, dass ihre Kasse in Kenia nicht zahlt.

Freundliche Grüße
Lukas Fendt
Vermittlerservice Aurelis
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "pre-approval of holiday dialysis in Gran Canaria for a named insured with end-stage kidney disease")
def m096():
    return mk(
        "Miriam Albers <m.albers@aurelis.example>",
        "Walter Niedermeyer <walter.niedermeyer@seniorennet.example>",
        "Feriendialyse Gran Canaria – Ihre Anfrage",
        dt("2026-10-27 09:48", "+0100"),
        cte="quoted-printable",
        text="""Sehr geehrter Herr Niedermeyer,

vielen Dank für Ihre Anfrage. Zu Ihrer geplanten Reise nach Maspalomas
(10.–31.01.2027) und der Feriendialyse im Centro de Diálisis Sur:

1. Die Dialyse selbst (3 x wöchentlich, 9 Behandlungen) ist keine
   unvorhergesehene Behandlung und daher nicht über die
   Auslandsreisekrankenversicherung versichert. Innerhalb der EU rechnet
   das Zentrum mit Ihrer Europäischen Krankenversicherungskarte über Ihre
   gesetzliche Kasse ab; bitte lassen Sie sich das vom Zentrum schriftlich
   bestätigen.
2. Versichert sind dagegen akute Komplikationen, z. B. ein Shuntverschluss
   oder eine Infektion, und ein medizinisch notwendiger Rücktransport.
3. Bitte nehmen Sie den aktuellen Dialysebericht, die Medikamentenliste
   (u. a. Ihr Blutdruckmittel und Phosphatbinder) und die Kontaktdaten
   Ihres Nephrologen mit.

Für Rückfragen bin ich erreichbar.

Mit freundlichen Grüßen
Miriam Albers
Aurelis Assistance
""")


@mail("NORMAL", "de", "internal",
      "Christmas party invitation; organisational only")
def m097():
    return mk(
        "Betriebsrat Aurelis <betriebsrat@aurelis.example>",
        "Alle Mitarbeitenden Köln <alle-koeln@aurelis.example>",
        "Einladung Weihnachtsfeier 11.12. – Anmeldung bis 1.12.",
        dt("2026-11-19 12:00", "+0100"),
        text="""Liebe Kolleginnen und Kollegen,

die Weihnachtsfeier findet am Freitag, 11. Dezember, ab 18 Uhr im
Brauhaus am Eigelstein statt. Es gibt Buffet (auch vegetarisch/vegan),
Kölsch und – auf vielfachen Wunsch – wieder Karaoke.

Für die Kolleginnen und Kollegen der Notrufzentrale, die an dem Abend
Dienst haben, gibt es am 12.12. ein Frühstück im Büro.

Anmeldung bitte bis 1.12. über das Formular im Intranet.

Euer Betriebsrat
""")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: negotiation of fuel surcharge and ICU jet rates with an air-ambulance company; no patient")
def m098():
    return mk(
        "Jonas Pietsch <j.pietsch@aurelis.example>",
        "Key Account <keyaccount@skymed-ambulance.example>",
        "Fuel surcharge Q4 and ICU rates",
        dt("2026-10-05 13:58"),
        cc="Einkauf Aurelis <einkauf@aurelis.example>",
        text="""Dear Mr Castellanos,

we received your notice of a fuel surcharge of 9 % from 1 October.
Under clause 7.2 of our framework agreement a surcharge can only be
applied if the jet fuel index rises by more than 15 % against the
reference month; according to our calculation it rose by 11.4 %.

We therefore do not accept the surcharge for Q4. We are, however, open
to discussing the ICU rates for 2027:

  Learjet 45, ICU configuration, per flight hour:   EUR 5,900 (you: 6,400)
  Challenger 604, long-haul ICU, per flight hour:   EUR 8,700 (you: 9,350)
  Incubator module, per mission:                    EUR 2,400 (new)

Could we meet in Cologne in the week of 19 October?

Kind regards
Jonas Pietsch
Head of Case Steering, Aurelis Assistance
""")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "trip delay benefit after missed connection, named customer, claim no., payout to Spanish IBAN; no health")
def m099():
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Lucía Fernández Brandt <lucia.fbrandt@iberpost.example>",
        "Delay benefit - claim R-RV-2026-001934",
        dt("2026-08-31 10:26"),
        text="""Dear Ms Fernández Brandt,

your flight from Munich to Seville on 14 August was delayed by 7 hours
because of a technical fault, and you missed the first night at your
hotel in Seville. Your policy AR-5588-61470 provides a delay benefit of
EUR 50 per started 6 hours plus non-refundable accommodation.

  Delay benefit (2 x 50)                   EUR 100.00
  Hotel Casa Triana, 1st night             EUR 164.00
  Total                                     EUR 264.00

We will transfer the amount to ES20 6950 2521 9582 8373 3532.
Please claim the EU compensation (EUR 400) directly from the airline; it
is not deducted.

Kind regards
Clara Heinemann
Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "transfer arrangements to a Nice hospital for a named stroke patient: escort, oxygen, medication, receiving hospital")
def m100():
    return mk(
        "Sofia Marchetti <s.marchetti@aurelis.example>",
        "Dr Amélie Fournier <a.fournier@hp-lescedres.example>",
        "Transfer Mrs STAHL - Wednesday 9 September",
        dt("2026-09-07 15:20"),
        text="""Dear Dr Fournier,

thank you for the updated report. Following our medical officer's review
we have organised the repatriation of Mrs Margarete Stahl as follows:

  Date:          Wednesday 9 September 2026
  Pick-up:       09:30 at your stroke unit, by ground ambulance (Ambulances
                 Azur) to Nice airport
  Flight:        LH 1057 NCE-FRA 12:25, stretcher, with Dr. Paul Kettwig
                 (emergency physician) as escort
  Receiving:     Klinikum Darmstadt, Neurology / Early Rehabilitation

Could you please prepare for the escorting physician:
 - the discharge letter in English incl. latest NIHSS,
 - medication plan (apixaban, atorvastatin, anything new?),
 - swallowing status and diet,
 - CT/MRI images on CD.

Oxygen will be available on board if needed.

Many thanks for the excellent care of Mrs Stahl.

Sofia Marchetti
Aurelis Assistance
""")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: job ad for a multilingual assistance coordinator (medical background welcome, night shifts); no person")
def m101():
    return mk(
        "Sabine Roth <s.roth@aurelis.example>",
        "Job Postings <postings@euro-careers.example>",
        "Job posting AC-2026-22: Multilingual Assistance Coordinator (Spanish/French)",
        dt("2026-11-13 10:40", "+0100"),
        text="""Please publish the following ad from 16 November for 30 days.

MULTILINGUAL ASSISTANCE COORDINATOR (f/m/d) - Cologne, full-time

Aurelis Assistance helps travellers in trouble around the clock: a broken
leg in the Alps, a heart attack on a cruise ship, a lost child's passport
in Madrid. You:
 - take emergency calls in English and Spanish or French,
 - organise doctors, hospitals, guarantees of payment and flights home,
 - keep families informed with empathy and a clear head.

You bring: very good German, fluent English and Spanish or French, a
steady voice at 3 am. A medical background (nurse, paramedic, medical
assistant) is a plus, not a must. Shift work incl. nights and weekends.

We offer: paid training in travel medicine, shift allowances, 30 days'
leave, company pension and health insurance.

Apply: karriere@aurelis.example, ref. AC-2026-22

Thanks,
Sabine Roth, HR
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "base64 body: delayed baggage emergency purchases refunded, named customer, claim no., IBAN; no health")
def m102():
    return mk(
        "Uwe Kessler <u.kessler@aurelis.example>",
        "Yvonne Hagemeister <y.hagemeister@nordstadtmail.example>",
        "Gepäckverspätung Teneriffa – Erstattung Ihrer Ersatzkäufe",
        dt("2026-10-30 15:02", "+0100"),
        cte="base64",
        text="""Hallo Frau Hagemeister,

Ihr Koffer kam mit 46 Stunden Verspätung im Hotel in Puerto de la Cruz an.
Für die notwendigen Ersatzkäufe in dieser Zeit (Badekleidung, Wäsche,
Ladekabel, Toilettenartikel) erstatten wir aus Ihrer Reisegepäck-
versicherung (Vertrag AR-3308-60013) den Höchstbetrag von 300,00 EUR;
Ihre Belege ergaben 347,85 EUR.

Schadennummer: R-GE-2026-083350
Zahlung auf: DE24 1261 0318 6348 7068 02 (Yvonne Hagemeister)

Die gekauften Sachen dürfen Sie natürlich behalten.

Viele Grüße
Uwe Kessler
Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "data-breach report: medical report of a named insured (HIV infection) sent to wrong recipient; Art. 33 assessment")
def m103():
    return mk(
        "Arne Lütke-Wessel <datenschutz@aurelis.example>",
        "Vorstand Aurelis <vorstand@aurelis.example>",
        "Datenschutzvorfall DSV-2026-09 – Bewertung und Meldung",
        dt("2026-11-04 18:12", "+0100"),
        cc="Jonas Pietsch <j.pietsch@aurelis.example>",
        text="""Sehr geehrte Frau Dr. Immendorf, sehr geehrter Herr Osterkamp,

kurze Zusammenfassung des Vorfalls von gestern:

- Am 03.11.2026, 14:26 Uhr, wurde der Arztbericht des Hospital General
  de Cancún zu unserem Versicherten Herrn Dominik Scharnagl (Fall
  AC-26-122590) versehentlich an eine Privatperson mit ähnlichem
  Nachnamen geschickt (Autovervollständigung im Mailprogramm).
- Der Bericht enthält u. a. die Diagnose einer HIV-Infektion
  (Erstdiagnose im Rahmen des Aufenthalts) und die begonnene Therapie.
- Die Empfängerin hat auf unsere Bitte hin die Löschung schriftlich
  bestätigt.

Bewertung: Gesundheitsdaten besonderer Kategorie, hohes Risiko für den
Betroffenen. Meldung an die LDI NRW nach Art. 33 DSGVO erfolgt heute;
Benachrichtigung von Herrn Scharnagl nach Art. 34 durch Herrn Pietsch
persönlich am Telefon, danach schriftlich.

Maßnahme: Autovervollständigung für externe Adressen in der Notrufzentrale
wird deaktiviert; Arztberichte nur noch über das Portal.

Mit freundlichen Grüßen
Arne Lütke-Wessel
Datenschutzbeauftragter
""")


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: order for certified shredding of archived medical files and invoices (DIN 66399, containers); no content")
def m104():
    return mk(
        "Einkauf Aurelis <einkauf@aurelis.example>",
        "Auftragsannahme <auftrag@aktenwolf-entsorgung.example>",
        "Auftrag Aktenvernichtung – Arztberichte/Leistungsakten 2015",
        dt("2026-09-28 08:44"),
        text="""Sehr geehrte Damen und Herren,

hiermit beauftragen wir die Vernichtung der Papier-Leistungsakten des
Jahrgangs 2015 (Aufbewahrungsfrist abgelaufen):

  Umfang:      ca. 140 Archivkartons (Arztberichte, Klinikrechnungen,
               Atteste, Schriftverkehr)
  Sicherheit:  Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399
  Abholung:    KW 41, verschlossene Sicherheitsbehälter, Archiv UG,
               Hohenzollernring 88
  Nachweis:    Vernichtungsprotokoll mit Plombennummern

Grundlage ist der bestehende Rahmenvertrag inkl. AV-Vertrag. Bitte
bestätigen Sie den Termin.

Mit freundlichen Grüßen
Petra Neubauer
Einkauf, Aurelis Reiseversicherung AG
""")


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "ODS list of exchange students with birth dates and schools for liability and baggage cover only (no health module)")
def m105():
    rows = [
        ["Campus Abroad e.V. - Exchange year 2026/27 - Liability & Baggage (group policy GV-CA-2026-11)"],
        ["Participant", "Date of birth", "Host country", "Host school", "Cover from", "Cover to"],
        ["Aurich, Mila", "2010-03-19", "Canada (BC)", "Kelowna Secondary", "2026-08-25", "2027-06-30"],
        ["Demir, Yusuf", "2009-12-02", "USA (OH)", "Westerville North HS", "2026-08-10", "2027-06-05"],
        ["Frommholz, Clara", "2010-07-07", "Ireland", "St. Mary's College, Galway", "2026-08-28", "2027-05-31"],
        ["Petersen, Ole", "2010-01-26", "New Zealand", "Rangitoto College", "2026-07-15", "2027-07-10"],
    ]
    return mk(
        "Nadine Schorlemmer <n.schorlemmer@aurelis.example>",
        "Programme Office <office@campus-abroad.example>",
        "GV-CA-2026-11 - participants registered (liability & baggage)",
        dt("2026-08-06 11:21"),
        text="""Dear Mr Winterfeld,

attached the list of the four participants registered under your group
policy for liability and baggage. As agreed, health insurance for these
students is arranged by the host organisations, so no health module is
included here.

Kind regards
Nadine Schorlemmer
Aurelis Reiseversicherung AG
""",
        att=[("GV-CA-2026-11_participants.ods", MT["ods"], ods(rows, "Participants"))])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health claim: prenatal check-ups and gestational diabetes screening of a named insured in Singapore")
def m106():
    return mk(
        "Expat Claims <expat-claims@aurelis.example>",
        "Mei Ling Hartmann <meiling.hartmann@sgmail.example>",
        "Claim EX-C-2026-04481 - maternity consultations",
        dt("2026-10-14 04:15"),
        text="""Dear Mrs Hartmann,

congratulations again on your pregnancy. We have processed the invoices
of Dr Tan Wei Ling (Obstetrics & Gynaecology, Novena Medical Centre) for
your antenatal visits in weeks 20 and 24, including the ultrasound
anomaly scan and the oral glucose tolerance test.

As the test showed gestational diabetes, the dietitian consultation and
the glucose meter are covered as well (policy EX-2291-0318, maternity
module active since 01/02/2026).

  Invoiced                                SGD 1,486.00
  Reimbursed (100 %)                      SGD 1,486.00 = EUR 1,027.35

Please remember to pre-register the delivery with us at least 8 weeks in
advance so we can issue the guarantee of payment to the hospital.

Kind regards
Expat Claims Team
Aurelis Reiseversicherung AG
""")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: agenda for a reinsurance renewal meeting with pandemic and mass-casualty scenarios; no person")
def m107():
    return mk(
        "Felix Grunewald <f.grunewald@aurelis.example>",
        "Laura Bennett <l.bennett@atlantis-re.example>",
        "Agenda - renewal meeting 22 October",
        dt("2026-10-16 10:05"),
        text="""Dear Laura,

proposed agenda for Thursday (10:00-13:00, Cologne, room 6.01):

 1. Portfolio development 2026 (figures sent on 21/10)
 2. Large losses Q1-Q3 (anonymised list, handed out in the meeting)
 3. Accumulation scenarios:
    a) pandemic with border closures - repatriation of 3,000 insured
       within 14 days
    b) mass-casualty event at a holiday resort (bus accident,
       hotel fire) - 40 injured insured, 8 air ambulances
 4. Quota share 2027: cession rate, retention, commission
 5. AOB

Lunch afterwards at the Rheinterrassen.

Best regards
Felix
""")


@mail("NORMAL", "de", "internal",
      "trap: rejection letter template with «placeholders» for pre-existing condition and diagnosis; no person")
def m108():
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Leistung Reise <leistung-reise@aurelis.example>",
        "Neue Textbaustein-Vorlage RR-ABL-04 (Vorerkrankung)",
        dt("2026-07-21 16:48"),
        text="""Hallo zusammen,

die Rechtsabteilung hat den Baustein für Ablehnungen wegen Vorerkrankung
überarbeitet. Bitte ab sofort so verwenden:

-----
Sehr geehrte«r» «Anrede» «Nachname»,

wir haben Ihren Antrag auf Erstattung der Stornokosten für «Reise» ab
«Reisedatum» geprüft. Nach den vorliegenden Unterlagen wurde bei
«der versicherten Person» bereits vor der Buchung am «Buchungsdatum» eine
«Erkrankung in allgemeinverständlichen Worten» behandelt. Die
Verschlechterung war nach ärztlicher Einschätzung nicht unerwartet.

Nach § 2 Nr. 1 AVB-RR besteht für diese Ursache kein
Versicherungsschutz. Wir können die Kosten von «Betrag» EUR daher nicht
übernehmen. «Optional: Hinweis auf Kulanz»

Sie können … (Ombudsmann-Hinweis, unverändert)
-----

Wichtig: keine ICD-Codes in den Brief, nur verständliche Worte, und nur so
viel zur Diagnose wie nötig.

Clara
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "policy withdrawal within 14 days, premium refund to an Austrian IBAN; named customer, no health")
def m109():
    return mk(
        "Kundenservice Aurelis <service@aurelis.example>",
        "Thomas Pichler-Wallner <t.pichler@alpenmail.example>",
        "Widerruf Ihres Vertrags AR-5590-20558",
        dt("2026-09-16 09:39"),
        text="""Sehr geehrter Herr Pichler-Wallner,

Ihren Widerruf vom 14.09.2026 haben wir fristgerecht erhalten. Der
Vertrag AR-5590-20558 (Reiserücktritt Einmalreise "Kapverden") gilt als
nicht zustande gekommen.

Den gezahlten Beitrag von 84,00 EUR überweisen wir auf Ihr Konto

  AT93 3112 5665 2374 8451 (Raiffeisenbank, Thomas Pichler-Wallner).

Mit freundlichen Grüßen
Ihr Aurelis-Kundenservice
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "helicopter rescue in Switzerland after a hiking fall, ankle fracture; accident and travel health contract of named insured")
def m110():
    return mk(
        "Unfallleistung Aurelis <unfall@aurelis.example>",
        "Martina Gschwendtner <m.gschwendtner@bergpost.example>",
        "Rechnung Rettungshubschrauber – Schaden U-2026-00688",
        dt("2026-09-02 14:04"),
        text="""Sehr geehrte Frau Gschwendtner,

die Rechnung der Rettungsflugwacht über 4.870 CHF für Ihre Bergung am
Aletschgletscher-Wanderweg (Sturz am 16.08.2026, Sprunggelenkfraktur
rechts, Transport ins Spitalzentrum Oberwallis, Brig) übernehmen wir aus
Ihrer Reise-Unfallversicherung (Vertrag AR-8100-05209), Leistung
"Bergungskosten" bis 10.000 EUR.

Die Krankenhausrechnung des Spitals (Operation mit Platte, 4 Tage
stationär) läuft über Ihre Auslandsreisekrankenversicherung; dort fehlt
uns noch der Austrittsbericht. Können Sie den bitte nachreichen?

Für die weitere Genesung alles Gute.

Mit freundlichen Grüßen
Ulrike Hagedorn
Unfallleistung, Aurelis Reiseversicherung AG
""")


@mail("NORMAL", "en", "internal",
      "conference trip: hotel booking and ICS for an assistance industry conference in Lisbon; organisational")
def m111():
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Aurelis//Kalender//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:d58-0111-conf@aurelis.example
DTSTAMP:20261020T090000Z
DTSTART;VALUE=DATE:20270303
DTEND;VALUE=DATE:20270306
SUMMARY:International Assistance Forum 2027, Lisbon
LOCATION:Centro de Congressos de Lisboa
END:VEVENT
END:VCALENDAR
""")
    return mk(
        "Rachel Moorcroft <r.moorcroft@aurelis.example>",
        "Jonas Pietsch <j.pietsch@aurelis.example>",
        "Lisbon forum in March - hotel booked",
        dt("2026-10-20 11:02"),
        cc="Tom Okafor <t.okafor@aurelis.example>",
        text="""Hi Jonas, hi Tom,

I've booked three rooms at Hotel Alfama Rio for 2-6 March (company rate
EUR 129/night incl. breakfast). Flights still open, I'll do them once
the programme is out. Calendar entry attached.

Tom - your panel slot ("Working with private hospitals abroad") is
confirmed for Thursday afternoon.

Rachel
""",
        att=[("assistance_forum_2027.ics", MT["ics"], cal)])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "emergency cash advance after a robbery in Nairobi (insured not hurt); repayment arrangement and bank details")
def m112():
    return mk(
        "Aurelis Assistance 24/7 <assistance@aurelis.example>",
        "Florian Achterhold <f.achterhold@globepost.example>",
        "Emergency cash advance - AC-26-121870 - repayment",
        dt("2026-10-12 08:16"),
        text="""Dear Mr Achterhold,

we are glad that you were not hurt in the robbery in Nairobi on
8 October. As agreed on the phone, we arranged an emergency cash advance
of USD 800 via Western Union (MTCN 482 117 6630), collected by you on
9 October.

The advance is a loan under your travel policy AR-5588-92214 and is to
be repaid within 30 days of your return, i.e. by 20 November 2026, to:

  Aurelis Reiseversicherung AG
  IBAN DE67 3356 1723 9300 2905 65
  Reference: AC-26-121870 Achterhold

Stolen items (phone, wallet, sunglasses) can be claimed under your
baggage cover - please send the police abstract (OB no. 44/08/10/2026).

Kind regards
Ben Hartwig
Aurelis Assistance
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "body says only 'docs for the case'; ZIP with a hospital report PDF (pulmonary embolism) and invoice for a named patient")
def m113():
    rep = pdf([
        "Hospital Universitario Costa del Sol - Informe de alta / Discharge report",
        "Patient: Reinhold Kaspari, DOB 12/01/1956, NHC 3318820",
        "Admission 02/11/2026 - Discharge 09/11/2026",
        "Diagnosis: bilateral pulmonary embolism (I26.9), deep vein thrombosis right popliteal vein (I80.2)",
        "Treatment: enoxaparin 80 mg bid, switched to edoxaban 60 mg od on day 5.",
        "Echocardiography: mild right ventricular strain, normalising.",
        "Recommendation: no flight before 12/11/2026, then aisle seat, compression stocking.",
        "Dr. Carmen Villalobos, Medicina Interna",
    ], title="Informe de alta Kaspari")
    inv = pdf([
        "Hospital Universitario Costa del Sol - Factura F-2026-118204",
        "Patient: Reinhold Kaspari - Aurelis case AC-26-122701",
        "7 days ward (planta)                      3,850.00 EUR",
        "CT pulmonary angiography                   410.00 EUR",
        "Echocardiography                            180.00 EUR",
        "Pharmacy                                    264.30 EUR",
        "Total                                     4,704.30 EUR",
    ], title="Factura F-2026-118204")
    z = zipf([("AC-26-122701/informe_alta.pdf", rep), ("AC-26-122701/factura.pdf", inv)])
    return mk(
        "Ben Hartwig <b.hartwig@aurelis.example>",
        "Claims International <claims-international@aurelis.example>",
        "AC-26-122701 docs",
        dt("2026-11-10 13:37", "+0100"),
        text="""docs for the case, hospital sent them as zip. pls check invoice vs GOP.
Ben
""",
        att=[("AC-26-122701.zip", MT["zip"], z)])


@mail("NORMAL", "de", "internal",
      "trap: complaints KPI report Q3 with categories like 'foreign hospital did not accept guarantee'; counts only")
def m114():
    return mk(
        "Beschwerdemanagement <beschwerden@aurelis.example>",
        "Bereichsleitung Assistance <bl-assistance@aurelis.example>",
        "Beschwerdebericht Q3/2026",
        dt("2026-10-09 12:30"),
        text="""Beschwerdebericht 3. Quartal 2026 – Zusammenfassung

Beschwerden gesamt: 214 (Q2: 187), davon berechtigt 41 %

Top-Kategorien
  Bearbeitungsdauer Leistung Reiserücktritt        63
  Ablehnung wegen Vorerkrankung                    38
  Klinik im Ausland akzeptierte Kostenübernahme
  nicht / Kunde musste vorleisten                  27
  Erreichbarkeit Notrufzentrale (Wartezeit)         19
  Gepäck: Zeitwertabzug                             31
  Sonstiges                                         36

Ombudsmann-Verfahren: 9 neu, 6 abgeschlossen (davon 2 mit Abhilfe)
BaFin-Beschwerden: 2

Maßnahmen: Standardtext zur Kostenübernahme auf Spanisch/Türkisch,
Zusatzkräfte in der Notrufzentrale an Sommerwochenenden.

Keine personenbezogenen Daten in diesem Bericht; Einzelfälle im
Beschwerdesystem.
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "stolen phone on the beach, baggage claim declined (left unattended); named customer and claim no.; no health")
def m115():
    return mk(
        "Uwe Kessler <u.kessler@aurelis.example>",
        "Dennis Krawczyk <dennis.krawczyk@mailnetz.example>",
        "Schaden R-GE-2026-081677 – Handy am Strand",
        dt("2026-09-11 13:52"),
        text="""Hallo Herr Krawczyk,

leider müssen wir Ihnen eine Absage schicken. Nach Ihrer eigenen
Schilderung und dem Protokoll der Guardia Civil lag Ihr iPhone 15 am
30.08.2026 am Strand von Cala Millor unter dem Handtuch, während Sie
etwa eine Stunde schwimmen waren. Gegenstände, die unbeaufsichtigt an
einem allgemein zugänglichen Ort zurückgelassen werden, sind nach § 5
AVB-Gepäck nicht versichert.

Versicherungsnehmer: Dennis Krawczyk, Vertrag AR-3308-47110
Forderung: 899,00 EUR – Leistung: 0,00 EUR

Falls Sie eine Hausratversicherung mit Außenversicherung haben, fragen Sie
dort nach.

Viele Grüße
Uwe Kessler
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "hospital",
      "mixed de/en: inline forward of a Malaga surgeon's post-op update (hemiarthroplasty, anaemia, transfusion) on a named patient")
def m116():
    return mk(
        "Tom Okafor <t.okafor@aurelis.example>",
        "Dr. Henrike Vossberg <h.vossberg@aurelis.example>",
        "WG: Mr Obermaier - post-op",
        dt("2026-08-07 10:31"),
        text="""Hallo Henrike,

Update aus Málaga zu Obermaier unten. Die Klinik fragt, ob wir ihn
Dienstag liegend im Linienflug holen. Ehefrau fliegt Montag schon heim.
Passt das für dich?

Tom

---------- Forwarded message ----------
From: Dr. Eduardo Ruiz Castellano <e.ruiz@clinicasanrafael.example>
Date: Fri, 7 Aug 2026 09:48
Subject: Mr Obermaier - post-op
To: t.okafor@aurelis.example

Dear Mr Okafor,

Mr Heinz Obermaier underwent cemented hemiarthroplasty of the left hip
on 05/08 without surgical complications. Post-op haemoglobin 8.1 g/dl,
he received 2 units of packed red cells, today Hb 9.6. Apixaban was
restarted yesterday at prophylactic dose. He is mobilised with a walker
and physiotherapy twice a day; wound dry.

From our side he can be transferred on Tuesday 11/08 on a stretcher,
with a nurse escort. Please confirm so we can prepare the discharge
report and X-rays.

Best regards
Dr. E. Ruiz Castellano
Traumatología, Clínica San Rafael, Málaga
""")


@mail("NORMAL", "de", "internal",
      "trap: KPI dashboard of the emergency centre (calls, waiting times, share of medical cases); aggregates")
def m117():
    return mk(
        "Jonas Pietsch <j.pietsch@aurelis.example>",
        "Team Fallsteuerung <fallsteuerung@aurelis.example>",
        "Wochenzahlen KW 46",
        dt("2026-11-16 08:40", "+0100"),
        text="""Moin zusammen, die Zahlen der letzten Woche:

  Anrufe gesamt:                      1.412
  davon medizinische Fälle:             58 %
  angenommen in < 20 Sek.:              86 %  (Ziel 80 %)
  längste Wartezeit:                  4:12 Min. (Sa 23:40, Skiunfälle)
  neue Fälle mit Kostenübernahme:       211
  Rücktransporte organisiert:            17
  Rückrufe an Angehörige < 2 Std.:      91 %

Danke an alle fürs Einspringen am Samstag!

Jonas
""")


@mail("NORMAL", "en", "insurer-to-broker",
      "trap: blank medical questionnaire PDF for long-stay expat cover (questions on diagnoses, medication, pregnancy); no answers")
def m118():
    doc = pdf([
        "Aurelis Expat Health - Medical Questionnaire (applicants aged 50+ or on request)",
        "Applicant: ____________________  Date of birth: ___/___/______",
        "",
        "1. Have you been treated in the last 5 years for any of the following? (yes/no)",
        "   heart or circulatory disease   [ ]   diabetes   [ ]   cancer   [ ]",
        "   lung disease incl. asthma   [ ]   mental illness   [ ]   back/joint disease   [ ]",
        "2. Are you currently taking any prescribed medication? If yes, name and dose: __________",
        "3. Has any hospital stay, operation or further examination been recommended to you? __________",
        "4. Are you pregnant? (yes/no/not applicable)  [ ]",
        "5. Height ____ cm   Weight ____ kg",
        "",
        "Please attach medical reports for every 'yes'. False answers may void the contract.",
        "Signature ____________________   Date __________",
    ], title="Medical Questionnaire Expat Health")
    return mk(
        "Rachel Moorcroft <r.moorcroft@aurelis.example>",
        "Vermittler Expat <vermittler-expat@lists.aurelis.example>",
        "Updated medical questionnaire for Expat Health applications",
        dt("2026-09-22 14:18"),
        text="""Dear partners,

from 1 October please use the attached questionnaire (version 09/2026)
for all Expat Health applicants aged 50 or over. The question on back
and joint disease is new.

Completed questionnaires must be sent to us via the secure broker portal,
not by e-mail.

Kind regards
Rachel Moorcroft
Expat Desk
""",
        att=[("Expat_Medical_Questionnaire_09-2026.pdf", MT["pdf"], doc)])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "annual travel policy cancelled because the customer moves to Canada; new address, contract no., refund; no health")
def m119():
    return mk(
        "Customer Service <service@aurelis.example>",
        "Kathrin Obst <kathrin.obst@mapleleafmail.example>",
        "Re: moving to Canada - policy AR-5874-15583",
        dt("2026-11-30 17:02", "+0100"),
        text="""Dear Ms Obst,

as you are moving your residence to Canada on 15 December 2026, your
annual travel policy AR-5874-15583 (cancellation, interruption and
baggage) ends on that date - the policy is only available to residents
of the EU.

We have noted your new address:
  2210 West 4th Avenue, Apt. 508, Vancouver, BC V6K 1N8, Canada

The unused premium of EUR 61.25 will be refunded to your German account
on file (ending 3040 03), which you told us you will keep until March.

All the best for the new start!

Kind regards
Jana Wiechert
Customer Service, Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "harmless body; PDF certificate of travel medical insurance for a Schengen visa of a named visitor (health contract)")
def m120():
    doc = pdf([
        "Aurelis Reiseversicherung AG - CERTIFICATE OF TRAVEL MEDICAL INSURANCE",
        "for the purpose of a Schengen visa application (Art. 15 Visa Code)",
        "",
        "Insured person:  ZHANG Wenjun, born 1958-10-04, passport E38812094 (People's Republic of China)",
        "Policyholder:    Dr. Stefanie Berghaus-Zhang, Lindenallee 40, 40474 Düsseldorf (inviting person)",
        "Policy no.:      VI-3301-08471 (Visitor Health Incoming)",
        "Period:          15/01/2027 - 14/04/2027 (90 days)",
        "Territory:       all Schengen states",
        "Sum insured:     EUR 30,000 for medical treatment, hospitalisation, repatriation and return of remains",
        "Deductible:      none",
        "",
        "Aurelis Assistance 24/7: +49 221 5550 880",
        "Köln, 01/12/2026",
    ], title="Visa certificate VI-3301-08471")
    return mk(
        "Kundenservice Aurelis <service@aurelis.example>",
        "Stefanie Berghaus-Zhang <s.berghaus-zhang@rheinufer-mail.example>",
        "Your documents",
        dt("2026-12-01 10:20", "+0100"),
        text="""Dear Dr Berghaus-Zhang,

please find attached the requested document.

Kind regards
Aurelis Customer Service
""",
        att=[("Certificate_VI-3301-08471.pdf", MT["pdf"], doc)])


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: answer to a journalist on typical hospital costs in the USA and Thailand (appendectomy, heart attack); generic figures")
def m121():
    return mk(
        "Lea Dornbusch <l.dornbusch@aurelis.example>",
        "Jan Bredemeyer <j.bredemeyer@reisemagazin-redaktion.example>",
        "AW: Anfrage Kosten Krankenhaus USA für Ratgeberartikel",
        dt("2026-11-25 16:08", "+0100"),
        text="""Hallo Herr Bredemeyer,

gern die gewünschten Richtwerte aus unserer Schadenpraxis 2026 (gerundete
Durchschnittswerte, keine Einzelfälle):

  Blinddarm-OP inkl. 2 Nächte, USA           ca. 38.000 EUR
  Blinddarm-OP inkl. 2 Nächte, Thailand      ca.  5.500 EUR
  Herzinfarkt mit Stent, USA                 ca. 95.000 EUR
  Herzinfarkt mit Stent, Spanien (privat)    ca. 24.000 EUR
  Ambulanzflug USA-Ostküste -> Deutschland   ca. 80.000-110.000 EUR

Zitierfähig: "Ein Tag auf einer US-Intensivstation kostet oft mehr als
eine Auslandsreisekrankenversicherung für die ganze Familie über zwanzig
Jahre." – Dr. Henrike Vossberg, Beratungsärztin.

Wenn Sie noch ein Foto der Notrufzentrale brauchen, melden Sie sich.

Viele Grüße
Lea Dornbusch
Unternehmenskommunikation, Aurelis Reiseversicherung AG
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "cancellation because the insured's home was flooded: named customers, damage at residence, claim no.; no health")
def m122():
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Elke und Rainer Dietzsch <dietzsch.er@erzgebirgsmail.example>",
        "Ihr Reiserücktritt wegen Hochwasserschaden – R-RT-2026-030015",
        dt("2026-09-04 10:12"),
        cte="quoted-printable",
        text="""Sehr geehrte Frau Dietzsch, sehr geehrter Herr Dietzsch,

das Hochwasser der Zschopau am 21.08.2026 hat Ihr Haus in der
Talstraße 17, 09405 Zschopau, erheblich beschädigt (Gutachten der
Gebäudeversicherung liegt vor, Schaden ca. 48.000 EUR). Ein erheblicher
Schaden am Eigentum, der Ihre Anwesenheit erfordert, ist ein versicherter
Rücktrittsgrund (Vertrag AR-5533-20114).

Wir erstatten die Stornokosten der Ostseereise (Kühlungsborn,
05.–12.09.2026) in Höhe von 1.078,00 EUR abzüglich 10 % Selbstbehalt,
also 970,20 EUR.

Wir wünschen Ihnen viel Kraft beim Aufräumen.

Mit freundlichen Grüßen
Clara Heinemann
Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "student health insurance abroad of a named student in Canada: premium arrears and lapse warning (health line, no medical word)")
def m123():
    return mk(
        "Beitragsservice Aurelis <beitrag@aurelis.example>",
        "Jonte Brüggemann <jonte.brueggemann@studimail.example>",
        "Ihre Auslandskrankenversicherung für Studierende – Beitrag offen",
        dt("2026-11-12 06:30", "+0100"),
        text="""Hallo Jonte Brüggemann,

für Ihre Auslandskrankenversicherung für Studierende (Vertrag
ST-8812-00981, Studienaufenthalt University of Toronto) sind die
Monatsbeiträge für Oktober und November in Höhe von je 58,00 EUR noch
offen. Ihre Kreditkarte wurde abgelehnt.

Bitte zahlen Sie 116,00 EUR bis zum 26.11.2026 im Kundenportal.
Andernfalls müssen wir den Vertrag kündigen. Ohne Krankenversicherung
erfüllen Sie die Bedingungen Ihrer Study Permit nicht, und die
Universität kann Sie vom Studium ausschließen.

Wenn Ihre Eltern zahlen möchten, können Sie diese im Portal als
Beitragszahler hinterlegen.

Viele Grüße
Beitragsservice
Aurelis Reiseversicherung AG
""")


@mail("NORMAL", "de", "internal",
      "team holiday planning Q1 with names and days, no reasons; organisational")
def m124():
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Leistung Reise <leistung-reise@aurelis.example>",
        "Urlaubsplanung Q1/2027",
        dt("2026-11-30 12:20", "+0100"),
        text="""Hallo ihr Lieben,

Stand Urlaubsplanung Januar bis März:

  Uwe       02.–09.01. und 23.–27.02.
  Petra     Karneval 12.–17.02. (wie immer ;-)
  Ferhat    16.–27.03.
  Clara     05.–09.01.

Es fehlen noch Jana und Lukas. In den Karnevalstagen brauchen wir
mindestens drei Leute im Büro, da kommen erfahrungsgemäß viele
Stornos rein. Bitte bis 11.12. eintragen.

Clara
""")


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "XLSX for a travel agency (company) with named cruise passengers, policy numbers and sums insured; cancellation/baggage only")
def m125():
    rows = [
        ["Seaways Travel GmbH - Group 'Caribbean Christmas Cruise 2026' - Aurelis policies"],
        ["Passenger", "Cabin", "Policy", "Cover", "Sum insured EUR", "Premium EUR"],
        ["Mrs Gwendolyn Price", "8214", "AR-5533-81001", "cancellation + baggage", 5200, 214.00],
        ["Mr Howard Price", "8214", "AR-5533-81001", "cancellation + baggage", 5200, 0],
        ["Ms Annegret Fuchs", "6102", "AR-5533-81014", "cancellation", 3900, 139.00],
        ["Mr Jean-Luc Thibault", "7330", "AR-5533-81022", "cancellation + baggage", 4600, 188.00],
    ]
    return mk(
        "Nadine Schorlemmer <n.schorlemmer@aurelis.example>",
        "Olivia Marsh <o.marsh@seaways-travel.example>",
        "Caribbean Christmas Cruise - policy overview",
        dt("2026-11-06 12:44", "+0100"),
        text="""Hi Olivia,

as requested, the overview of the Aurelis policies for your cruise group.
Mr and Mrs Price are on one family policy. Please note that none of the
four took our travel medical cover - you may want to remind them before
departure on 19 December.

Best regards
Nadine
""",
        att=[("Seaways_CaribbeanXmas_policies.xlsx", MT["xlsx"], xlsx(rows, "Policies"))])


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: HTML-only training sheet for travel agencies with generic examples of insured illnesses (pregnancy, fracture, psyche)")
def m126():
    return mk(
        "Nadine Schorlemmer <n.schorlemmer@aurelis.example>",
        "Partner Reisebüros <reisebuero-partner@lists.aurelis.example>",
        "Spickzettel: Wann zahlt die Reiserücktrittsversicherung?",
        dt("2026-10-21 09:00"),
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:11px">
<p>Liebe Partnerinnen und Partner,</p>
<p>nach dem Webinar haben viele nach einer Übersicht gefragt. Hier ist sie – zum Ausdrucken für den Counter:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#e8eef7"><th>Situation (Beispiel)</th><th>versichert?</th><th>Hinweis</th></tr>
<tr><td>Kind bekommt kurz vor Abreise Windpocken</td><td>ja</td><td>Attest nötig, mitreisende Eltern mitversichert</td></tr>
<tr><td>Beinbruch beim Fußball 2 Wochen vor Abflug</td><td>ja</td><td>unerwartete schwere Verletzung</td></tr>
<tr><td>Schwangerschaft festgestellt nach Buchung</td><td>ja, wenn Reise medizinisch unzumutbar</td><td>z. B. Fernreise mit Impfpflicht</td></tr>
<tr><td>Akute psychische Erkrankung</td><td>ja</td><td>Attest von Fachärztin/Facharzt</td></tr>
<tr><td>Bekanntes Rückenleiden wird schlimmer</td><td>meist nein</td><td>wenn Behandlung vor Buchung feststand</td></tr>
<tr><td>"Keine Lust mehr" / Streit mit Partner</td><td>nein</td><td>–</td></tr>
</table>
<p>Alle Beispiele sind typisiert und beschreiben keine echten Kundinnen oder Kunden.</p>
<p>Herzliche Grüße<br>Nadine Schorlemmer</p>
</body></html>
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "medical officer's reply quoting a case note: named insured at 35 weeks' pregnancy with pre-eclampsia wants to fly home")
def m127():
    return mk(
        "Dr. Henrike Vossberg <h.vossberg@aurelis.example>",
        "Miriam Albers <m.albers@aurelis.example>",
        "Re: AC-26-122815 Aksoy – Rückflug in SSW 35?",
        dt("2026-11-21 19:36", "+0100"),
        text="""Miriam,

nein, bitte keinen Linienflug organisieren. Mit Präeklampsie und
Blutdruckwerten um 160/105 gehört sie in eine Geburtsklinik, nicht in ein
Flugzeug – die Klinik in Izmir ist gut, Level III-Neonatologie vorhanden.
Wenn sie stabil bleibt und die Familie unbedingt will: frühestens
Ambulanzflug mit Hebamme und Gynäkologin, aber nur nach Rücksprache mit
mir und dem Oberarzt dort. Ich rufe morgen um 9 selbst an.

Bitte der Versicherten gut erklären, dass das nichts mit den Kosten zu
tun hat.

Henrike

> Am 21.11.2026 um 18:55 schrieb Miriam Albers:
> Frau Reyhan Aksoy (Vertrag AR-4620-61720), SSW 35+2, seit gestern im
> Ege Üniversitesi Hastanesi Izmir mit Präeklampsie, RR 160/105,
> Eiweiß im Urin. Sie und ihr Mann wollen unbedingt am Montag nach
> Stuttgart fliegen, damit das Kind in Deutschland geboren wird.
> Was sagst du?
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "cancellation because the insured's dog fell seriously ill (animal health, vet report) under the pet add-on; named customer")
def m128():
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Annika Rosenthal <annika.rosenthal@hundefreunde-mail.example>",
        "Reiserücktritt wegen Erkrankung Ihres Hundes – R-RT-2026-031702",
        dt("2026-10-15 11:25"),
        text="""Liebe Frau Rosenthal,

es tut uns sehr leid, dass Ihre Berner Sennenhündin Frieda so schwer
erkrankt ist. Laut Bericht der Tierklinik Hofheim wurde am 02.10.2026
eine Magendrehung notfallmäßig operiert; sie musste danach mehrere Tage
stationär bleiben und intensiv betreut werden.

Ihr Reiseschutz Plus (Vertrag AR-5588-44306, Reiserücktritt und
Reiseabbruch) enthält den Baustein "Haustier": Eine unerwartete
schwere Erkrankung eines im Haushalt lebenden Hundes ist ein
versicherter Rücktrittsgrund. Wir erstatten die
Stornokosten für die Lissabon-Reise von 690,00 EUR in voller Höhe.

Gute Besserung an Frieda!

Mit freundlichen Grüßen
Clara Heinemann
Aurelis Reiseversicherung AG
""")


@mail("NORMAL", "en", "internal",
      "trap: API test cases with fictitious persons, published example IBAN and fake ICD codes in a TXT attachment")
def m129():
    data = """# claims-api regression set v7 - ALL DATA FICTITIOUS
# Do not replace with production data!
TC-01 create_claim  insured="Max Mustermann (fictitious)" dob=1970-01-01 policy=AR-0000-00001 type=baggage amount=120.00
TC-02 create_claim  insured="Erika Musterfrau (fictitious)" dob=1980-02-29 policy=AR-0000-00002 type=travel_medical icd=Z00.0 amount=55.00
TC-03 payout        iban=DE89 3704 0044 0532 0130 00 (published example IBAN) amount=10.00 expect=OK
TC-04 payout        iban=DE00 0000 0000 0000 0000 00 expect=REJECT_CHECKSUM
TC-05 upload_report file=lorem_ipsum_report.pdf expect=OK
""".replace("\n", "\r\n").encode("utf-8")
    return mk(
        "Kai Brandes <k.brandes@aurelis.example>",
        "Claims IT <claims-it@aurelis.example>",
        "claims-api regression set v7",
        dt("2026-11-18 18:05", "+0100"),
        text="""Hi,

updated regression set attached. TC-04 now has to reject the invalid
checksum (bug CLM-883). All persons and numbers are made up, the IBAN in
TC-03 is the public example one from the bank docs.

Kai
""",
        att=[("regression_set_v7.txt", MT["txt"], data)])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "helicopter evacuation from the Everest trek for high-altitude pulmonary oedema; named insured, Kathmandu hospital")
def m130():
    return mk(
        "Tom Okafor <t.okafor@aurelis.example>",
        "Niamh Brennan-Vogt <niamh.bv@trekmail.example>",
        "Your evacuation from Lobuche - invoices and what's next",
        dt("2026-10-29 07:55", "+0100"),
        text="""Dear Niamh,

I hope you're feeling much better. To sum up what happened, for your
records and for the claim:

 - 24 October: your trekking guide called us from Lobuche (4,940 m);
   you had severe breathlessness and were coughing up pink froth.
 - Helicopter evacuation to Kathmandu the same afternoon (Himalaya Air
   Rescue, USD 5,800), admission to Norvic International Hospital with
   high-altitude pulmonary oedema (HAPE). Oxygen and nifedipine, 3
   nights, discharged fit on 27 October.
 - Both invoices are paid directly by us under your travel medical
   policy AR-4620-77105. You don't need to do anything.

The doctors recommend no ascent above 2,500 m for the rest of this trip.
If you'd like to rebook your flight home earlier, we can cover the
change fee under your trip interruption benefit.

Take care,
Tom Okafor
Aurelis Assistance
""")


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: portal notification 'new document in your mailbox' (Leistungsabrechnung) without any content or name")
def m131():
    return mk(
        "Aurelis SecureMail <no-reply@portal.aurelis.example>",
        "kunde-4471@kundenpost.example",
        "Neue Nachricht in Ihrem Aurelis-Postfach",
        dt("2026-09-30 05:12"),
        text="""Guten Tag,

in Ihrem persönlichen Aurelis-Postfach liegt ein neues Dokument
(Leistungsabrechnung) für Sie bereit.

Bitte melden Sie sich unter https://portal.aurelis.example an, um es
abzurufen. Aus Datenschutzgründen versenden wir Dokumente mit
Gesundheitsdaten nicht per E-Mail.

Dies ist eine automatisch erzeugte Nachricht, bitte antworten Sie nicht
darauf.

Aurelis Reiseversicherung AG
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "iso-8859-1 quoted-printable: bicycle damaged on a flight, expert, claim no., named customer; no health")
def m132():
    return mk(
        "Uwe Kessler <u.kessler@aurelis.example>",
        "Björn Schäfer-Ludwig <bjoern.sl@radlerpost.example>",
        "Ihr Rennrad – Schaden R-GE-2026-082901",
        dt("2026-10-19 14:40"),
        charset="iso-8859-1", cte="quoted-printable",
        text="""Hallo Herr Schäfer-Ludwig,

Ihr Rennrad (Canyon Ultimate CF SL, Rahmennr. WCN22K004417) wurde auf dem
Flug Mallorca - Hannover am 11.10.2026 im Transportkoffer beschädigt; der
Carbonrahmen hat einen Riss am Oberrohr.

Wir haben den Sachverständigen Herrn Dipl.-Ing. Kühl (Fahrradgutachten
Nord) beauftragt, den Rahmen zu prüfen. Er meldet sich bei Ihnen für
einen Termin in Ihrer Wohnung in der Lister Meile 62.

Bitte das Rad bis dahin nicht reparieren lassen und nicht fahren.

Schadennummer: R-GE-2026-082901, Vertrag AR-3308-52290

Grüße
Uwe Kessler
""")


@mail("NORMAL", "en", "internal",
      "trap: minutes of the data-protection committee on retention periods for foreign medical reports; no person")
def m133():
    return mk(
        "Arne Lütke-Wessel <datenschutz@aurelis.example>",
        "Data Protection Committee <dsk@aurelis.example>",
        "Minutes DPC 4/2026 - retention of medical documents",
        dt("2026-11-26 15:15", "+0100"),
        text="""Data Protection Committee - meeting 4/2026, 25 November 2026
Present: Lütke-Wessel (chair), Vossberg, Pietsch, Brandes, Legal (Dr Kranz)

1. Retention of medical reports from foreign hospitals
   - Current practice: kept with the claim file for 10 years.
   - Decision: medical reports are deleted 3 years after the claim is
     closed unless litigation is pending; invoices stay 10 years (tax
     law). Implementation in CaseNet by Q2/2027.

2. Voice recordings in the emergency centre
   - Stored 90 days for quality purposes; callers are informed by the
     announcement. No change.

3. Messenger use by case managers
   - Guidance of 17/09 works; spot check found 2 phones with old files.
     Reminder to be sent.

Next meeting: 24 February 2027.
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "returned direct debit, new IBAN confirmed; scanned SEPA mandate as application/octet-stream; named customer, no health")
def m134():
    scan = pdf([
        "SEPA-Lastschriftmandat (Scan)",
        "Zahlungsempfänger: Aurelis Reiseversicherung AG, Gläubiger-ID DE98ZZZ09999999999",
        "Mandatsreferenz: MA-5874-22410",
        "Kontoinhaber: Heiko Brandstetter, Am Mühlbach 5, 94469 Deggendorf",
        "IBAN: DE30 9333 0376 5447 9649 10",
        "Deggendorf, 02.11.2026   Unterschrift: H. Brandstetter",
    ], title="Scan")
    return mk(
        "Beitragsservice Aurelis <beitrag@aurelis.example>",
        "Heiko Brandstetter <heiko.brandstetter@donaupost.example>",
        "AW: Beleg",
        dt("2026-11-04 10:02", "+0100"),
        text="""Sehr geehrter Herr Brandstetter,

danke für das neue Lastschriftmandat (Scan anbei zu Ihrer Ablage). Wir
ziehen den offenen Jahresbeitrag Ihres Reiseschutzes AR-5874-22410 über
149,00 EUR am 12.11.2026 von dem neuen Konto ein.

Mit freundlichen Grüßen
Beitragsservice Aurelis
""",
        att=[("scan_20261102.pdf", MT["bin"], scan)])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "harmless body; PDF benefit statement: cancellation because the co-travelling mother was diagnosed with breast cancer")
def m135():
    doc = pdf([
        "Aurelis Reiseversicherung AG - Leistungsabrechnung Reiserücktritt",
        "Schaden R-RT-2026-031455 · Vertrag AR-5533-58820",
        "Versicherungsnehmerin: Carina Westphal, Gartenstraße 9, 24103 Kiel",
        "Mitreisende versicherte Person: Ingeborg Westphal (Mutter), geb. 17.02.1952",
        "",
        "Rücktrittsgrund: Erstdiagnose Mammakarzinom links (C50.4) am 29.09.2026,",
        "Operation am 14.10.2026 und anschließende Chemotherapie; Reise nicht zumutbar.",
        "Reise: Madeira, 18.-25.10.2026, Reiseveranstalter Atlantik Reisen",
        "",
        "Stornokosten lt. Rechnung (2 Personen)                   1.744,00 EUR",
        "Selbstbehalt                                                  0,00 EUR",
        "Erstattung                                               1.744,00 EUR",
        "Überweisung auf DE59 2639 2334 2907 6906 02 (Carina Westphal)",
    ], title="Leistungsabrechnung R-RT-2026-031455")
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Carina Westphal <carina.westphal@kielnet.example>",
        "Ihre Abrechnung R-RT-2026-031455",
        dt("2026-10-22 09:47"),
        text="""Liebe Frau Westphal,

anbei die Abrechnung zu Ihrem Schaden. Der Betrag ist angewiesen.

Ihnen und Ihrer Mutter alles Gute.

Clara Heinemann
Aurelis Reiseversicherung AG
""",
        att=[("Abrechnung_R-RT-2026-031455.pdf", MT["pdf"], doc)])


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: order of branded travel first-aid kits as give-aways (plasters, painkiller-free contents, dosage leaflet); no person")
def m136():
    return mk(
        "Lea Dornbusch <l.dornbusch@aurelis.example>",
        "Werbemittel Service <angebote@promo-kontor.example>",
        "Bestellung Reiseapotheke mit Logo – Angebot 26-4471",
        dt("2026-09-03 15:18"),
        text="""Hallo Frau Ebeling,

wir nehmen Ihr Angebot 26-4471 an:

  2.500 Stück Reise-Erste-Hilfe-Set "Traveller S", Etui blau,
  Logo Aurelis 1-farbig weiß, Inhalt: Pflaster sortiert, Blasenpflaster,
  Desinfektionstücher, Fieberthermometer digital, Rettungsdecke,
  Pinzette, Zeckenkarte
  Stückpreis 3,85 EUR netto, Lieferung bis 15.11.2026

Bitte ohne Medikamente (keine Schmerztabletten, keine Mittel gegen
Durchfall) – das dürfen wir als Versicherer nicht verteilen. Den
Beipackzettel "Tipps für die Reiseapotheke" liefern wir als PDF zu.

Viele Grüße
Lea Dornbusch
Marketing, Aurelis Reiseversicherung AG
""")


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "to a cruise line (company): named passenger missed the ship in Barcelona due to traffic; claim and costs; no health")
def m137():
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Guest Services <guest.services@mare-nostrum-cruises.example>",
        "Passenger GRABOWSKI, Tomasz - booking MNC-4418827 - missed embarkation",
        dt("2026-09-26 11:30"),
        text="""Dear Guest Services team,

our insured Mr Tomasz Grabowski (Aurelis policy AR-5588-55617, claim
R-RA-2026-004911) missed the embarkation of MS Mare Aurora in Barcelona
on 19 September 2026 because his airport taxi was stuck in a traffic
jam caused by a road closure; he rejoined the ship in Marseille on
20 September.

For our assessment, please confirm:
 1. the time the gangway closed in Barcelona,
 2. whether you charged him for the port change or the night in Marseille,
 3. the amount of any unused services that you refunded.

Mr Grabowski has authorised you to share this information with us
(authorisation attached to his claim).

Kind regards
Clara Heinemann
Aurelis Reiseversicherung AG
""")


@mail("NORMAL", "de", "internal",
      "power shutdown in the server room; organisational only")
def m138():
    return mk(
        "IT-Betrieb <it-ops@aurelis.example>",
        "Alle Mitarbeitenden Köln <alle-koeln@aurelis.example>",
        "Stromabschaltung Serverraum Sa 05.12., 06–10 Uhr",
        dt("2026-11-27 13:00", "+0100"),
        text="""Liebe Kolleginnen und Kollegen,

wegen Wartung der USV-Anlage wird der Serverraum im UG am Samstag,
05.12., von 6 bis 10 Uhr auf das Notstromaggregat umgeschaltet. In
dieser Zeit sind Dateiablage und Drucker kurz nicht erreichbar.

Telefonie der Notrufzentrale läuft über das Rechenzentrum in Frankfurt
und ist nicht betroffen.

IT-Betrieb
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "doctor",
      "message/rfc822 forward of a Guadeloupe GP's report: dengue fever with low platelets for a named traveller")
def m139():
    fwd = inner(
        "Dr. Lucas Moreau <l.moreau@cabinet-moreau.example>",
        "assistance@aurelis.example",
        "Patient Mme LEFEBVRE-HAAS Sandrine",
        dt("2026-11-02 21:14", "-0400"),
        """Dear colleagues,

I saw your insured Mrs Sandrine LEFEBVRE-HAAS (born 14/03/1979) today at
her holiday apartment in Sainte-Anne. Fever 39.6 for 3 days, headache,
retro-orbital pain, rash. NS1 antigen positive: dengue fever.
Platelets 62,000/µl, haematocrit normal, no bleeding signs.

Treatment: paracetamol, oral fluids 3 l/day, no NSAIDs. Blood count
again in 48 h. If platelets fall below 30,000 or warning signs appear
she must be admitted to CHU Pointe-à-Pitre.

Visit fee EUR 70 + laboratory EUR 46, paid by the patient.

Dr Lucas Moreau
""")
    return mk(
        "Tom Okafor <t.okafor@aurelis.example>",
        "Claims International <claims-international@aurelis.example>",
        "Fwd: Patient Mme LEFEBVRE-HAAS - AC-26-122480",
        dt("2026-11-03 08:05", "+0100"),
        text="""Report from Dr Moreau attached for case AC-26-122480. She paid EUR 116
herself - please reimburse once she uploads the receipts. I've set a
follow-up call for Thursday.

Tom
""",
        att=[fwd])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "multipart/alternative: trip interruption because of an air-traffic strike, extra costs, named customer and claim no.; no health")
def m140():
    text = """Sehr geehrter Herr Landgraf,

wegen des Fluglotsenstreiks in Frankreich am 03.10.2026 wurde Ihr
Rückflug Nizza – Köln/Bonn annulliert, und Sie sind mit dem Zug
zurückgereist. Ihr Vertrag AR-5588-70231 enthält den Baustein
"Reiseunterbrechung bei Streik".

Erstattung:
  Bahnfahrt Nizza – Köln, 2 Personen     398,00 EUR
  Hotel Lyon (Zwischenübernachtung)      124,00 EUR
  Summe                                  522,00 EUR

Den Flugpreis muss die Airline erstatten; das ist nicht abgezogen.

Mit freundlichen Grüßen
Clara Heinemann
Aurelis Reiseversicherung AG
"""
    html = """<html><body><p>Sehr geehrter Herr Landgraf,</p>
<p>wegen des Fluglotsenstreiks in Frankreich am 03.10.2026 wurde Ihr Rückflug Nizza – Köln/Bonn annulliert,
und Sie sind mit dem Zug zurückgereist. Ihr Vertrag <b>AR-5588-70231</b> enthält den Baustein
„Reiseunterbrechung bei Streik“.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Bahnfahrt Nizza – Köln, 2 Personen</td><td align="right">398,00 EUR</td></tr>
<tr><td>Hotel Lyon (Zwischenübernachtung)</td><td align="right">124,00 EUR</td></tr>
<tr><td><b>Summe</b></td><td align="right"><b>522,00 EUR</b></td></tr></table>
<p>Den Flugpreis muss die Airline erstatten; das ist nicht abgezogen.</p>
<p>Mit freundlichen Grüßen<br>Clara Heinemann<br>Aurelis Reiseversicherung AG</p></body></html>
"""
    return mk("Clara Heinemann <c.heinemann@aurelis.example>",
              "Günter Landgraf <g.landgraf@rheinlandpost.example>",
              "Reiseunterbrechung Nizza – Schaden R-RA-2026-004998",
              dt("2026-10-16 13:21"), text=text, html=html)


@mail("NORMAL", "de", "internal",
      "trap: water damage on the 3rd floor in the rooms of the medical officers; building matter, no patient files affected")
def m141():
    return mk(
        "Facility Management <facility@aurelis.example>",
        "Dr. Henrike Vossberg <h.vossberg@aurelis.example>",
        "Wasserschaden 3. OG – Räume Beratungsärzte",
        dt("2026-11-09 07:42", "+0100"),
        cc="IT-Servicedesk <servicedesk@aurelis.example>",
        text="""Guten Morgen Frau Dr. Vossberg,

heute Nacht ist im 3. OG eine Heizungsleitung geplatzt. Betroffen sind
die Räume 3.14 bis 3.17 (beratungsärztlicher Dienst): Teppich nass,
Deckenplatten heruntergekommen.

- Die Akten- und Röntgenbildschränke sind geschlossen und trocken
  geblieben, wir haben sie vorsorglich in Raum 3.02 gebracht
  (abgeschlossen, Schlüssel beim Empfang).
- Die PCs waren ausgeschaltet, IT prüft sie heute.
- Trocknungsgeräte laufen voraussichtlich 10 Tage. Bitte bis dahin in
  den Ausweichräumen 5.20/5.21 arbeiten.

Der Schaden ist bei der Gebäudeversicherung gemeldet.

Viele Grüße
Marco Jansen
Facility Management
""")


@mail("NORMAL", "en", "internal",
      "trap: draft expat product brochure (maternity waiting period, chronic conditions, mental health, evacuation); no person")
def m142():
    return mk(
        "Lea Dornbusch <l.dornbusch@aurelis.example>",
        "Rachel Moorcroft <r.moorcroft@aurelis.example>",
        "Expat brochure 2027 - draft text for your review",
        dt("2026-10-28 10:10", "+0100"),
        text="""Hi Rachel,

draft for pages 4-5 of the new brochure. Please check the facts!

--- 
Living abroad, covered like at home

- Inpatient and outpatient treatment worldwide, with or without the USA
- Chronic conditions: ongoing treatment of diabetes, hypertension or
  asthma is covered once the condition has been accepted at application
- Mental health: up to 30 therapy sessions a year, no referral needed
- Maternity: antenatal care, delivery and newborn care after a 10-month
  waiting period
- Medical evacuation to the nearest suitable hospital and repatriation
  to your home country
- Dental: check-ups, fillings, and 80 % of crowns and implants
- 24/7 assistance in 6 languages, direct billing with 900+ hospitals
---

Is "900+ hospitals" still right after the Asia contracts?

Cheers, Lea
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "au-pair personal liability claim (damaged host family's laptop), named au-pair and policy; no health")
def m143():
    return mk(
        "Haftpflicht Aurelis <haftpflicht@aurelis.example>",
        "Selin Bakirci <selin.bakirci@aupairmail.example>",
        "Haftpflichtschaden H-2026-01952 – Laptop der Gastfamilie",
        dt("2026-11-13 16:45", "+0100"),
        text="""Liebe Frau Bakirci,

danke für Ihre Meldung. Ihnen ist am 09.11.2026 ein Glas Saft über den
Laptop Ihres Gastvaters, Mr Kevin Doherty, in Naperville (Illinois)
gekippt. Der Laptop ist laut Werkstatt nicht mehr zu reparieren.

Das ist über die Haftpflicht Ihrer Au-pair-Versicherung (Vertrag
AP-7781-02311) versichert. Wir brauchen noch:
 - den Kaufbeleg oder das Kaufjahr des Laptops (Zeitwert!),
 - den Kostenvoranschlag bzw. die Bescheinigung der Werkstatt,
 - die Bankverbindung von Mr Doherty, wir zahlen direkt an ihn.

Selbstbeteiligung: keine.

Viele Grüße
Ferhat Ünal
Haftpflicht, Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only benefit statement for a doctor's bill in Thailand: gastroenteritis A09, infusion, named insured")
def m144():
    return mk(
        "Leistung Auslandskranken <leistung@aurelis.example>",
        "Lukas Heimsoeth <lukas.heimsoeth@backpackmail.example>",
        "Erstattung Arztrechnung Koh Phangan – R-KR-2026-104115",
        dt("2026-11-19 11:33", "+0100"),
        html="""<html><body style="font-family:Arial">
<p>Hallo Herr Heimsoeth,</p>
<p>wir haben Ihre Rechnungen aus Thailand geprüft und erstatten aus Ihrer Auslandsreisekrankenversicherung
(Vertrag AR-4620-80334):</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#eee"><th>Datum</th><th>Leistung</th><th>THB</th><th>EUR</th></tr>
<tr><td>03.11.2026</td><td>Bandon International Clinic, Notfall: akute Gastroenteritis (A09), Exsikkose</td><td>2.800</td><td>74,10</td></tr>
<tr><td>03.11.2026</td><td>Infusion 2 l, Ondansetron i.v.</td><td>3.400</td><td>89,98</td></tr>
<tr><td>05.11.2026</td><td>Kontrolle, Stuhlprobe</td><td>1.500</td><td>39,70</td></tr>
<tr><td>05.11.2026</td><td>Apotheke: Elektrolyte, Loperamid</td><td>420</td><td>11,12</td></tr>
<tr><td colspan="3"><b>Erstattung</b></td><td><b>214,90</b></td></tr>
</table>
<p>Der Betrag wird auf Ihr Konto überwiesen. Gute Weiterreise!</p>
<p>Viele Grüße<br>Petra Lindqvist-Brandt<br>Aurelis Reiseversicherung AG</p>
</body></html>
""")


@mail("NORMAL", "de", "internal",
      "trap: ODS statistics of cancellation reasons 2026 (illness 61 %, pregnancy, death of relatives) in percentages")
def m145():
    rows = [
        ["Rücktrittsgründe Jan–Okt 2026", "Anzahl", "Anteil"],
        ["unerwartete schwere Erkrankung", 8112, "61,0 %"],
        ["Unfallverletzung", 1464, "11,0 %"],
        ["Tod eines Angehörigen", 798, "6,0 %"],
        ["Schwangerschaft", 346, "2,6 %"],
        ["Arbeitsplatzverlust / neuer Job", 931, "7,0 %"],
        ["Schaden am Eigentum", 412, "3,1 %"],
        ["sonstige versicherte Gründe", 1237, "9,3 %"],
        ["Summe", 13300, "100 %"],
    ]
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Felix Grunewald <f.grunewald@aurelis.example>",
        "Rücktrittsgründe 2026 für die Tarifkalkulation",
        dt("2026-11-11 14:02", "+0100"),
        text="""Hallo Felix,

wie gewünscht die Verteilung der Rücktrittsgründe 2026 (bis Oktober).
Nur Summen aus dem Leistungssystem, keine Einzelfälle.

Clara
""",
        att=[("Ruecktrittsgruende_2026.ods", MT["ods"], ods(rows, "2026"))])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "hotel overbooking on arrival, alternative accommodation refund to a French IBAN; named customer, claim no.; no health")
def m146():
    return mk(
        "Clara Heinemann <c.heinemann@aurelis.example>",
        "Margaux Delacroix-Hübner <margaux.dh@parisnet.example>",
        "Claim R-RA-2026-005021 - overbooked hotel Marrakech",
        dt("2026-11-23 09:56", "+0100"),
        text="""Dear Ms Delacroix-Hübner,

the Riad Al Kasbah confirmed in writing that your prepaid room was
overbooked on 7 November 2026 and that no alternative was offered. You
therefore stayed 3 nights at Hotel Menara Gardens.

Under the "accommodation default" benefit of your policy AR-5588-90002
we reimburse the difference of EUR 287.00 and the taxi of EUR 18.00,
total EUR 305.00, to

  FR76 0788 7827 2029 2959 1237 995 (M. Delacroix-Hübner).

Please ask the riad to refund the prepaid nights; if they refuse, let us
know and we will try to recover the amount.

Kind regards
Clara Heinemann
Aurelis Reiseversicherung AG
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "assistance arranged courier shipment of anticoagulant (phenprocoumon) and INR check abroad for a named insured")
def m147():
    return mk(
        "Aurelis Assistance 24/7 <assistance@aurelis.example>",
        "Gordon McAllister <gordon.mcallister@highlandpost.example>",
        "Your medication - courier to Lanzarote (case AC-26-122933)",
        dt("2026-11-28 18:24", "+0100"),
        text="""Dear Mr McAllister,

as promised, here is the arrangement for your blood thinner, which was in
the bag stolen at Arrecife airport:

 - Phenprocoumon (Marcumar 3 mg) is not available in Spanish pharmacies.
   Your GP practice in Bonn (Dr. Feldkamp) has issued a new prescription
   and the Rathaus-Apotheke will hand the pack to our courier tomorrow
   morning. Delivery to your hotel in Puerto del Carmen on Monday by
   14:00.
 - Until then, Dr. Suárez at Clínica Lanzarote will bridge with
   enoxaparin injections and check your INR on Monday and Wednesday
   (your target range 2.0-3.0 because of the mechanical heart valve).
 - Costs for courier, prescription and the clinic are covered by your
   travel medical policy AR-4620-90651.

If you notice any bleeding, chest pain or shortness of breath, call us
or 112 immediately.

Kind regards
Ben Hartwig
Aurelis Assistance
""")


@mail("NORMAL", "de", "internal",
      "trap: anonymised sample audit of dental cost estimates abroad (implants, crowns, countries, deviations); no person")
def m148():
    return mk(
        "Revision Aurelis <revision@aurelis.example>",
        "Leistung Reise <leistung-reise@aurelis.example>",
        "Prüfbericht Stichprobe Zahnbehandlungen Ausland (anonymisiert)",
        dt("2026-10-30 11:45", "+0100"),
        text="""Prüfbericht R-2026-07 – Kurzfassung

Gegenstand: 60 zufällig gezogene Leistungsfälle "Zahnbehandlung im
Ausland" aus 01–06/2026. Die Fälle sind im Bericht nur mit laufender
Nummer geführt; die Zuordnung liegt ausschließlich bei der Revision.

Ergebnisse:
- 49 Fälle korrekt (schmerzstillende Behandlung, Füllung, Extraktion).
- 7 Fälle: Kronen oder Implantate wurden ganz oder teilweise erstattet,
  obwohl nur Notfallbehandlung versichert ist (Ø 380 EUR zu viel).
  Schwerpunkt: Türkei und Ungarn.
- 4 Fälle: fehlende Übersetzung der Rechnung.

Empfehlung: Prüfschritt "Zahnersatz?" im Leistungssystem verpflichtend;
Schulung am 18.11.

Revision
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "pram damaged on a flight: named family and child's first name, claim no., IBAN; no health")
def m149():
    return mk(
        "Uwe Kessler <u.kessler@aurelis.example>",
        "Familie Tiedemann-Okoro <tiedemann.okoro@familienpost.example>",
        "Kinderwagen beschädigt – Erstattung R-GE-2026-083612",
        dt("2026-11-26 10:37", "+0100"),
        text="""Liebe Familie Tiedemann-Okoro,

der Kinderwagen von Ihrem Sohn Malik (Modell Joolz Day+, gekauft 05/2025
für 899 EUR) kam am 15.11.2026 in Hamburg mit gebrochenem Gestell vom
Gepäckband. Die Airline hat 250 EUR gezahlt.

Aus Ihrer Familien-Reisegepäckversicherung (Vertrag AR-3308-71540)
erstatten wir den restlichen Zeitwert:

  Zeitwert (ca. 1,5 Jahre, 30 % Abzug)   629,30 EUR
  Zahlung der Airline                  - 250,00 EUR
  Erstattung                             379,30 EUR

Überweisung auf DE70 6256 5054 7520 2935 43 (Jana Tiedemann-Okoro).

Viele Grüße
Uwe Kessler
Aurelis Reiseversicherung AG
""")


@mail("NORMAL", "en", "newsletter",
      "trap: ski-season guide for customers on what to do after a skiing accident (helicopter, fractures, claims); generic")
def m150():
    return mk(
        "Aurelis Travel News <news@aurelis.example>",
        "newsletter-en@lists.aurelis.example",
        "Ski season: what to do if you get hurt on the slopes",
        dt("2026-12-04 10:00", "+0100"),
        text="""AURELIS TRAVEL NEWS - SKI SPECIAL

Every winter our emergency centre takes around 2,000 calls from ski
resorts. Knee injuries, wrist and collarbone fractures and head injuries
are the most common. Here is what to do:

1. Call the piste rescue first (number on your ski pass), then us:
   +49 221 5550 880.
2. Helicopter rescue in Austria, Switzerland and Italy can cost
   EUR 4,000-8,000. It's covered by your travel medical policy - but
   only if you call us or send us the invoice, not if you pay cash and
   lose the receipt.
3. Choose a public hospital if you can. Private clinics near the slopes
   sometimes ask for high deposits.
4. Don't sign a "private patient" form before talking to us.
5. Keep every document: rescue report, X-rays, invoices. Upload them in
   the Aurelis app.

Wear a helmet and have a great season!

Aurelis Reiseversicherung AG - unsubscribe: https://aurelis.example/unsubscribe
""")


# =====================================================================
# Writing and checking
# =====================================================================

# deliberately invalid IBAN in a NORMAL test-case file (m129)
INTENTIONALLY_INVALID = {"DE00000000000000000000"}


def _iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _serialize(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=SMTP).flatten(msg)
    return buf.getvalue()


def build():
    funcs = sorted(MAILS, key=lambda t: t[0])
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (name, f, label, lang, kind, reason) in enumerate(funcs, 1):
        assert name == "m%03d" % i, (name, i)
        msg = f()
        if "Message-ID" not in msg:
            msg["Message-ID"] = "<d%s.%04d.%s@aurelis.example>" % (NN, i, name)
        if "MIME-Version" not in msg:
            msg["MIME-Version"] = "1.0"
        k = 0
        for part in msg.walk():
            if part.is_multipart() and part.get_content_maintype() == "multipart":
                part.set_boundary("=_d%s_%04d_%d_=" % (NN, i, k))
                k += 1
        fn = "d%s-%04d.eml" % (NN, i)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(_serialize(msg))
        assert "\t" not in reason and "\n" not in reason
        rows.append("\t".join([fn, label, lang, kind, reason]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    return len(funcs)


def _texts(msg):
    """Decoded text of all text parts (and names of attachments)."""
    out = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return "\n".join(out)


def _attachment_text(name, data):
    """Rough text of an attachment, only to validate IBANs in --check."""
    if isinstance(data, str):
        return data
    if name.endswith(".pdf"):
        return " ".join(re.findall(r"\((.*?)\) Tj", data.decode("cp1252", "replace")))
    if name.endswith((".xlsx", ".docx", ".odt", ".ods", ".zip")):
        out = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for n in z.namelist():
                out.append(_attachment_text(n.lower(), z.read(n)))
        return "\n".join(out)
    if name.endswith(".xml"):
        return re.sub(r"<[^>]+>", " ", data.decode("utf-8", "replace"))
    return data.decode("utf-8", "replace") if name.endswith((".csv", ".txt", ".ics")) else ""


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("bad header")
    rows = [ln.split("\t") for ln in lines[1:]]
    counts = {}
    langs = {}
    traps = 0
    for r in rows:
        if len(r) != 5:
            errors.append("bad row %r" % r)
            continue
        counts[r[1]] = counts.get(r[1], 0) + 1
        langs[r[2]] = langs.get(r[2], 0) + 1
        if r[1] == "NORMAL" and r[4].startswith("trap:"):
            traps += 1
        if r[1] != "NORMAL" and r[4].startswith("trap:"):
            errors.append("trap prefix on sensitive mail %s" % r[0])
    if counts != EXPECTED:
        errors.append("label counts %r != %r" % (counts, EXPECTED))
    if traps < EXPECTED["NORMAL"] * 2 // 3:
        errors.append("only %d traps" % traps)
    files = sorted(os.listdir(OUT))
    want = ["d%s-%04d.eml" % (NN, i) for i in range(1, len(rows) + 1)]
    if files != want or [r[0] for r in rows] != want:
        errors.append("file list does not match labels.tsv")
    ctypes = {}
    natt = 0
    for fn in files:
        raw = open(os.path.join(OUT, fn), "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            errors.append("%s: bare LF" % fn)
        msg = message_from_bytes(raw, policy=SMTP)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (fn, h))
        for h in ("From", "To", "Cc"):
            for addr in re.findall(r"[\w.+-]+@([\w.-]+)", str(msg[h] or "")):
                if not addr.endswith(".example"):
                    errors.append("%s: domain %s" % (fn, addr))
        if not re.search(r"@([\w-]+\.)*aurelis\.example>?$", str(msg["From"])):
            errors.append("%s: not sent from aurelis" % fn)
        ct = msg.get_content_type()
        ctypes[ct] = ctypes.get(ct, 0) + 1
        for part in msg.walk():
            if part.get_filename():
                natt += 1
                data = part.get_content()
                name = part.get_filename().lower()
                if name.endswith((".xlsx", ".docx", ".odt", ".ods", ".zip")):
                    try:
                        zipfile.ZipFile(io.BytesIO(data)).testzip()
                    except Exception as e:  # noqa
                        errors.append("%s: bad zip %s (%s)" % (fn, name, e))
                if name.endswith(".pdf") and not data.startswith(b"%PDF-"):
                    errors.append("%s: bad pdf %s" % (fn, name))
        text = _texts(msg)
        for part in msg.walk():
            if part.get_filename():
                text += "\n" + _attachment_text(part.get_filename().lower(), part.get_content())
        for m in re.finditer(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b", text):
            cand = m.group(1)
            if "ZZZ" in cand or cand.replace(" ", "") in INTENTIONALLY_INVALID:
                continue
            if not _iban_ok(cand):
                errors.append("%s: invalid IBAN %s" % (fn, cand))
    print("mails: %d  labels: %r  langs: %r  traps: %d" % (len(files), counts, langs, traps))
    print("top-level types: %r  attachments: %d" % (ctypes, natt))
    if errors:
        print("CHECK FAILED")
        for e in errors:
            print("  -", e)
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    n = build()
    print("wrote %d mails to %s" % (n, OUT))
