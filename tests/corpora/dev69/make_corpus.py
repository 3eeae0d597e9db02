#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev69 for Siegel: "sensitive matters said indirectly".

Every mail is written by hand in its own function m001 ... m150. The helpers
below only turn that hand-written content into MIME (Python `email`,
policy=SMTP, CRLF) or into a file format (XLSX, DOCX, ODS, ODT, PDF, ZIP,
written with the standard library only so that the output is byte-for-byte
deterministic). Nothing is random, nothing is assembled from lists of parts.

    python make_corpus.py          writes mails/d69-0001.eml ... and labels.tsv
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
from email.utils import parsedate_to_datetime
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
NN = "69"
INS = "kranichsee.example"
ZIPDATE = (2026, 3, 2, 9, 0, 0)

MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


class M:
    def __init__(self, label, lang, kind, reason, msg):
        self.label, self.lang, self.kind, self.reason, self.msg = label, lang, kind, reason, msg


# ---------------------------------------------------------------- MIME helper
def build(frm, to, subject, date, text=None, html=None, cc=None, charset="utf-8",
          cte=None, flowed=False, atts=(), extra=None, msgid=None, reply=None):
    """Wrap hand-written content into an EmailMessage (policy SMTP)."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid or "<%s.%06d@%s>" % (
        parsedate_to_datetime(date).strftime("%Y%m%d%H%M%S"), hash_s(subject + date + to) % 999983, INS)
    if reply:
        msg["In-Reply-To"] = reply
        msg["References"] = reply
    msg["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        msg[k] = v
    params = {"format": "flowed"} if flowed else None
    if text is not None and html is not None:
        msg.set_content(text, charset=charset, cte=cte)
        msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        kw = {"charset": charset}
        if cte:
            kw["cte"] = cte
        if params:
            kw["params"] = params
        msg.set_content(text, **kw)
    for a in atts:
        if isinstance(a, EmailMessage):
            msg.add_attachment(a)
        else:
            fname, data, ctype = a[0], a[1], a[2]
            maint, subt = ctype.split("/")
            if maint == "text":
                cs = a[3] if len(a) > 3 else "utf-8"
                msg.add_attachment(data.encode(cs) if isinstance(data, str) else data,
                                   maintype=maint, subtype=subt, filename=fname,
                                   params={"charset": cs} if cs else {})
            else:
                msg.add_attachment(data, maintype=maint, subtype=subt, filename=fname)
    _fix_boundaries(msg, subject + date)
    return msg


def _fix_boundaries(msg, seed):
    """Replace the random MIME boundaries by deterministic ones."""
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary("=_kv%08x_%d" % (hash_s(seed), n))


def hash_s(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 2147483647
    return h


def inner(frm, to, subject, date, text, cc=None, charset="utf-8"):
    """A forwarded original mail (message/rfc822)."""
    return build(frm, to, subject, date, text=text, cc=cc, charset=charset)


# ---------------------------------------------------------------- file formats
def _zip(members, first_stored=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, ZIPDATE)
            zi.compress_type = zipfile.ZIP_STORED if name == first_stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def zipb(members):
    """ZIP archive of (name, bytes) members."""
    return _zip(members)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1"):
    """Minimal valid XLSX; rows are lists of str/int/float/None."""
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if v is None:
                continue
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
        out.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheetxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<sheetData>%s</sheetData></worksheet>' % "".join(out))
    return _zip([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet)),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml", sheetxml),
    ])


def docx(paras, table=None):
    """Minimal valid DOCX: paragraphs, then an optional table (list of rows)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p) for p in paras)
    if table:
        trs = "".join("<w:tr>%s</w:tr>" % "".join(
            '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(str(c)) for c in row)
            for row in table)
        body += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>%s</w:tbl><w:p/>" % trs
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W, body))
    return _zip([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml", doc),
    ])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'office:version="1.2"')


def _odf(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content %s><office:body>%s</office:body></office:document-content>' % (_ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                first_stored="mimetype")


def odt(paras):
    body = "".join("<text:p>%s</text:p>" % xesc(p) for p in paras)
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % body)


def ods(rows, sheet="Tabelle1"):
    trs = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc("" if v is None else str(v)))
        trs.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>' % (xesc(sheet), "".join(trs)))


def pdf(lines, title="Dokument"):
    """Minimal text PDF (Helvetica, WinAnsi), 48 lines per page."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)] or [[]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = []
    nxt = 4
    for pg in pages:
        stream = "BT /F1 10 Tf 50 800 Td 14 TL\n" + "".join("(%s) '\n" % esc(l) for l in pg) + "ET"
        sb = stream.encode("cp1252", "replace")
        objs[nxt + 1] = b"<< /Length %d >>\nstream\n" % len(sb) + sb + b"\nendstream"
        objs[nxt] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (nxt + 1)).encode()
        kids.append(nxt)
        nxt += 2
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    info = nxt
    objs[info] = ("<< /Title (%s) /Producer (dev69 make_corpus) >>" % esc(title)).encode("cp1252", "replace")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for i in range(1, n):
        out += b"%010d 00000 n \n" % offs[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, info, xref)
    return bytes(out)


XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODS_T = "application/vnd.oasis.opendocument.spreadsheet"
ODT_T = "application/vnd.oasis.opendocument.text"
PDF_T = "application/pdf"
ZIP_T = "application/zip"
ICS_T = "text/calendar"
CSV_T = "text/csv"

# ======================================================================
# The mails. Each function is one hand-written message.
# ======================================================================


@mail
def m001():
    text = """Sehr geehrte Frau Lautenschläger,

vielen Dank für Ihre Nachricht und die offenen Worte. Ich kann gut
verstehen, dass Ihnen das Ausfüllen des Fragebogens schwergefallen ist.

Damit wir Ihren Antrag auf Leistungen aus der Berufsunfähigkeits-
versicherung (Vertrag LV 4417-093-22) zügig prüfen können, brauchen wir
noch zwei Dinge:

1. den Entlassungsbericht der Klinik, in der Sie von März bis Mai waren
   (Sie dürfen ihn uns gern direkt schicken oder die Klinik bitten, ihn
   an uns zu senden - die Schweigepflichtentbindung liegt uns vor),
2. eine kurze Beschreibung, wie Ihr Arbeitstag als Filialleiterin vor
   dem Frühjahr aussah (Stunden, Personalverantwortung, Kassenabschluss).

Sie müssen nichts ausführlicher schildern, als Sie möchten.

Mit freundlichen Grüßen

Dr. Henrik Wassermann
Leistungsprüfung Berufsunfähigkeit
Kranichsee Lebensversicherung AG
Kriegsstraße 140, 76133 Karlsruhe
Tel. 0721 5566-4120

-----Ursprüngliche Nachricht-----
Von: Bettina Lautenschläger <b.lautenschlaeger@posteingang.example>
Gesendet: Dienstag, 13. Januar 2026 21:47
An: Leistung Leben <leistung-leben@kranichsee.example>
Betreff: Fragebogen BU

Hallo Herr Wassermann,
anbei der Fragebogen, ich hab nicht alles ausgefüllt, sorry. Es ging mir
letztes Jahr einfach nicht gut, ich konnte irgendwann morgens nicht mehr
aufstehen und in den Laden schon gar nicht. Von März bis Mai war ich dann
in der Klinik am Feldberg, Sie wissen sicher was für eine Klinik das ist.
Seit Juni bin ich wieder zuhause, aber arbeiten geht nicht, ich fang immer
noch an zu zittern wenn ich nur an die Kasse denke.
Gruß B. Lautenschläger
"""
    msg = build("Dr. Henrik Wassermann <henrik.wassermann@kranichsee.example>",
                "Bettina Lautenschläger <b.lautenschlaeger@posteingang.example>",
                "AW: Fragebogen BU", "Thu, 15 Jan 2026 10:12:40 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "BU claim of named customer; stay in a clinic March-May, cannot get up, trembling (mental illness said indirectly, partly in quote)", msg)


@mail
def m002():
    text = """Liebe Kolleginnen und Kollegen,

am 10. Oktober ist Welttag der seelischen Gesundheit. Jede vierte
erwachsene Person in Deutschland erlebt im Laufe eines Jahres eine
psychische Belastung, die sie im Alltag spürbar einschränkt. Darüber zu
reden fällt vielen schwer - gerade im Job.

Was wir anbieten:
* Mittagsimpuls "Wenn der Kopf nicht abschaltet" am 9.10., 12:15 Uhr,
  Raum Rhein 2 und per Teams
* unsere Mitarbeiterberatung (Lotsenhaus): anonym, kostenlos, rund um die
  Uhr unter 0800 5522 110 - auch bei Sucht, Trauer, Schulden oder Konflikten
  zu Hause
* Sprechstunde der Betriebsärztin, dienstags und donnerstags

Niemand im Haus erfährt, wer das Angebot nutzt.

Herzliche Grüße
Ihr Team Gesundheitsmanagement
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#2b6a8f">10. Oktober: Welttag der seelischen Gesundheit</h2>
<p>Liebe Kolleginnen und Kollegen,</p>
<p>jede vierte erwachsene Person in Deutschland erlebt im Laufe eines Jahres eine psychische Belastung,
die sie im Alltag spürbar einschränkt. Darüber zu reden fällt vielen schwer &ndash; gerade im Job.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Angebot</th><th>Wann / wie</th></tr>
<tr><td>Mittagsimpuls &bdquo;Wenn der Kopf nicht abschaltet&ldquo;</td><td>9.10., 12:15 Uhr, Raum Rhein 2 und Teams</td></tr>
<tr><td>Mitarbeiterberatung Lotsenhaus</td><td>anonym, kostenlos, 24/7: 0800 5522 110 &ndash; auch bei Sucht, Trauer, Schulden, Konflikten zu Hause</td></tr>
<tr><td>Sprechstunde Betriebsärztin</td><td>Di und Do</td></tr>
</table>
<p>Niemand im Haus erfährt, wer das Angebot nutzt.</p>
<p>Herzliche Grüße<br>Ihr Team Gesundheitsmanagement</p>
</body></html>"""
    msg = build("Gesundheitsmanagement <gesundheit@kranichsee.example>",
                "Alle Mitarbeitenden <alle@kranichsee.example>",
                "Reden hilft - Welttag der seelischen Gesundheit am 10.10.",
                "Mon, 05 Oct 2026 08:00:00 +0200", text=text, html=html)
    return M("NORMAL", "de", "internal",
             "trap: awareness campaign about mental health, addiction, conflicts at home; EAP hotline; no person", msg)


@mail
def m003():
    text = """Guten Tag Herr Schwörer,

wir haben Ihre Schadenmeldung vom 02.02.2026 erhalten und unter der
Schadennummer KS-26-0031877 angelegt.

Nach Ihrer Schilderung sind Sie am 30.01. auf der B 3 in Ettlingen an der
Ampel Pforzheimer Straße auf den vor Ihnen haltenden Wagen aufgefahren
(KA-RS 412, VW Touran). Verletzt wurde nach Ihren Angaben niemand.

Wir regulieren den Schaden des Unfallgegners über Ihre Kfz-Haftpflicht-
versicherung (Vertrag KF 7730-5512). Ihre Schadenfreiheitsklasse wird
dadurch voraussichtlich von SF 12 auf SF 6 zurückgestuft. Sie können den
Schaden innerhalb von sechs Monaten nach Abschluss selbst an uns erstatten,
um die Rückstufung zu vermeiden - wir melden uns dann mit dem Betrag.

Bitte schicken Sie uns noch Fotos von Ihrem Fahrzeug, falls Sie die
Vollkasko in Anspruch nehmen möchten.

Freundliche Grüße
Marco Pfisterer
Kfz-Schaden
Kranichsee Allgemeine Versicherung AG
"""
    msg = build("Marco Pfisterer <marco.pfisterer@kranichsee.example>",
                "Ralf Schwörer <ralf.schwoerer@mailbox-sued.example>",
                "Ihr Schaden KS-26-0031877 vom 30.01.2026",
                "Wed, 04 Feb 2026 14:31:09 +0100", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "named customer, motor liability claim number, plates, SF class; nobody hurt", msg)


@mail
def m004():
    text = """Dear Mrs Halvorsen,

Thank you for sending the invoices. I have had a first look and I want to
be upfront about what we need before we can decide.

Your plan (Kranichsee Global Health, member no. KGH-208817-03 for Jonah)
covers inpatient treatment worldwide, including residential programmes,
but only in facilities that are licensed as hospitals or treatment
centres and only after we have given prior approval. The statement from
"Red Mesa Ranch" for USD 38,400 does not tell us what kind of programme
your son took part in.

Could you ask them for an itemised invoice and a short medical report
(admission reason, programme, dates, the name of the responsible
physician)? Once we have it I will put it to our medical officer right
away and ask for a retrospective approval.

Kind regards,
Emma Lindqvist
International Health Claims
Kranichsee Krankenversicherung a.G.

> From: Karen Halvorsen <karen.halvorsen@fjordmail.example>
> Sent: 19 February 2026 02:13
> To: claims-international@kranichsee.example
> Subject: Jonah - invoices
>
> Hi, attached are the bills from the place Jonah stayed at. As I said on
> the phone, he had to go away for a few weeks after the trouble at
> school in the autumn - it was the only place that would take him
> at short notice and they specialise in young people with, you know,
> substances. He is home now and doing much better. I hope this is
> covered, we paid upfront.
> Karen
"""
    msg = build("Emma Lindqvist <emma.lindqvist@kranichsee.example>",
                "Karen Halvorsen <karen.halvorsen@fjordmail.example>",
                "RE: Jonah - invoices", "Fri, 20 Feb 2026 09:44:51 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "expat health claim for named son; residential programme for 'young people with substances' = addiction treatment said indirectly", msg)


@mail
def m005():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Lotsenhaus</title></head>
<body style="margin:0;font-family:Georgia,serif;background:#f4f1ea">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px;background:#1f4d4a;color:#fff"><h1 style="margin:0">Someone to talk to.</h1>
<p>Confidential counselling for your employees &ndash; now in 14 languages.</p></td></tr>
<tr><td style="padding:24px">
<p>Dear HR colleagues,</p>
<p>When an employee is going through a hard time &ndash; a breakup, a parent who needs care, money worries,
drinking that has got out of hand, or just feeling low for weeks &ndash; it shows at work long before anyone says a word.</p>
<table width="100%" border="1" cellpadding="8" style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:13px">
<tr style="background:#e8efe9"><th align="left">Service</th><th align="left">What employees get</th><th align="left">What you get</th></tr>
<tr><td>Helpline 24/7</td><td>psychologists, social workers, debt advisers</td><td>quarterly usage figures, never names</td></tr>
<tr><td>Short-term counselling</td><td>up to 6 sessions per topic</td><td>anonymous topic statistics (groups of 10+)</td></tr>
<tr><td>Manager coaching</td><td>&ndash;</td><td>help with difficult conversations</td></tr>
<tr><td>Critical incident support</td><td>on-site within 24 h</td><td>after robberies, accidents, deaths</td></tr>
</table>
<p>Your colleagues at Kranichsee have used Lotsenhaus since 2019. Forward this to anyone who might benefit.</p>
<p style="font-size:11px;color:#777">Lotsenhaus Beratung GmbH &middot; Kaiserallee 12 &middot; 76185 Karlsruhe &middot; Unsubscribe: news@lotsenhaus.example</p>
</td></tr></table></body></html>"""
    msg = build("HR Newsroom <hr-news@kranichsee.example>",
                "People Leads <people-leads@kranichsee.example>",
                "FYI: Lotsenhaus EAP - new brochure for managers",
                "Tue, 10 Mar 2026 11:05:00 +0100", html=html)
    return M("NORMAL", "en", "newsletter",
             "trap: EAP advert listing drinking, feeling low, breakup; HTML-only with table; no person", msg)


@mail
def m006():
    text = """Hallo Jens,

kurz zu Herrn Brenner, bevor du ihn morgen anrufst:

Er hat sich heute früh wieder krankgemeldet, diesmal bis Freitag. Das ist
die vierte Kurzmeldung seit Weihnachten, immer montags. Ich will nichts
unterstellen, aber du weißt ja, dass er vor drei Jahren schon mal wegen
seiner alten Geschichte mit dem Alkohol sechs Wochen weg war und danach
eine Weile trocken. Die Kollegen in der Poststelle haben mir letzte Woche
gesagt, er habe morgens "ziemlich gerochen".

Bitte im Gespräch NICHT darauf ansprechen, sondern nur das BEM-Angebot
machen und auf das Lotsenhaus hinweisen. Alles andere nach Rücksprache mit
Frau Dr. Kuhnle. Und bitte nicht weiterleiten.

Danke dir
Katrin

--
Katrin Vollmer
HR Business Partner Betrieb & Service
Kranichsee Versicherungsgruppe
"""
    msg = build("Katrin Vollmer <katrin.vollmer@kranichsee.example>",
                "Jens Ruppenthal <jens.ruppenthal@kranichsee.example>",
                "Herr Brenner - bitte vor dem Telefonat lesen",
                "Mon, 26 Jan 2026 09:58:13 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "de", "internal",
             "HR about named employee: repeated sick notes, 'alte Geschichte mit dem Alkohol', earlier six weeks away = addiction", msg)


@mail
def m007():
    text = """Sehr geehrte Frau Dimitrova,

Ihr Fahrrad (Gazelle Ultimate C380, Rahmennummer GZ 8810473 K) wurde laut
Ihrer Anzeige beim Polizeirevier Karlsruhe-Durlach (Tagebuchnummer
0412/26/1187) in der Nacht vom 7. auf den 8. März aus dem verschlossenen
Fahrradkeller Ihres Wohnhauses, Pfinztalstraße 88, entwendet.

Der Diebstahl ist über Ihre Hausratversicherung HR-5521-88710 mit der
Klausel Fahrraddiebstahl versichert. Wir erstatten den Wiederbeschaffungs-
preis laut Kaufbeleg abzüglich der vereinbarten Selbstbeteiligung:

  Kaufpreis 04/2024          2.499,00 EUR
  Entschädigungsgrenze       2.500,00 EUR
  Selbstbeteiligung           -150,00 EUR
  Auszahlung                 2.349,00 EUR

Die Zahlung geht in den nächsten Tagen auf Ihr Konto
DE18 6609 0120 0004 0211 7785 (Volksbank Pforzheim-Land).

Sollte das Rad wieder auftauchen, geben Sie uns bitte Bescheid.

Mit freundlichen Grüßen
Ulrike Bender
Schadenservice Sach
"""
    msg = build("Ulrike Bender <ulrike.bender@kranichsee.example>",
                "Milena Dimitrova <milena.d@posteingang.example>",
                "Fahrraddiebstahl - Schaden HR-26-004411",
                "Thu, 12 Mar 2026 15:20:00 +0100", text=text, cte="quoted-printable")
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "household claim of named customer: address, contract, payout IBAN; victim of theft only", msg)


@mail
def m008():
    text = """Hallo Herr Weinmann,

wie telefonisch besprochen bestellen wir für die Aktionswoche
Suchtprävention im Mai:

- 800 Faltflyer DIN lang, 4/4-farbig, 135 g matt, Motiv "Wie viel ist zu
  viel?" (Druckdaten kommen morgen von unserer Agentur)
- 60 Plakate DIN A2 "Alkohol, Tabletten, Glücksspiel - reden wir drüber"
- 500 Aufkleber rund, 6 cm, mit der Telefonnummer der Mitarbeiterberatung

Liefertermin spätestens 30.04.2026, Lieferadresse Kriegsstraße 140,
Warenannahme Tor 2, z. Hd. Herrn Kimmig.
Rechnung bitte an Kranichsee Versicherungsgruppe, Kostenstelle 4410,
Bestellnummer BE-2026-00871.

Viele Grüße
Lea Brandstetter
Unternehmenskommunikation
"""
    msg = build("Lea Brandstetter <lea.brandstetter@kranichsee.example>",
                "Druckhaus Weinmann <auftrag@druckhaus-weinmann.example>",
                "Bestellung BE-2026-00871 Flyer/Plakate Aktionswoche",
                "Wed, 01 Apr 2026 13:02:44 +0200", text=text)
    return M("NORMAL", "de", "insurer-to-supplier",
             "trap: print order for addiction-prevention week (alcohol, pills, gambling); no person", msg)


@mail
def m009():
    text = """Sehr geehrter Herr Rechtsanwalt Dr. Sattler,

in der Strafsache gegen Ihren Mandanten, Herrn Kevin Roth (Rechtsschutz-
vertrag RS 3302-417), erteilen wir für das Ermittlungsverfahren der
Staatsanwaltschaft Baden-Baden, Az. 305 Js 11873/25, wegen des Vorwurfs
der gefährlichen Körperverletzung vorläufige Kostendeckung für die
Verteidigung im Ermittlungsverfahren.

Bitte beachten Sie: Der Straf-Rechtsschutz entfällt rückwirkend, wenn
Ihr Mandant wegen einer vorsätzlichen Tat rechtskräftig verurteilt wird;
in diesem Fall fordern wir die erbrachten Leistungen zurück. Die
Deckung für ein Hauptverfahren prüfen wir gesondert nach Anklageerhebung.

Ihren Vorschuss von 1.130,50 EUR (Grundgebühr Nr. 4100, Verfahrens-
gebühr Nr. 4104 VV RVG zzgl. Auslagen und USt) überweisen wir heute.

Mit freundlichen Grüßen
Tobias Rehm
Rechtsschutz-Leistung
Kranichsee Rechtsschutz AG
"""
    msg = build("Tobias Rehm <tobias.rehm@kranichsee.example>",
                "Kanzlei Dr. Sattler <kanzlei@sattler-strafrecht.example>",
                "Ihr Mandant Roth / Az. 305 Js 11873/25 - Deckung",
                "Tue, 17 Feb 2026 11:48:30 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "criminal proceedings (gefährliche Körperverletzung) against named insured; lawyer secrecy", msg)


@mail
def m010():
    text = """Hi Gareth,

Renewal terms for your client Mr Callum Frazer, trading as "Frazer
Decorating" (sole trader), public liability policy BH-22-40917:

- Limit of indemnity: EUR 3m per occurrence
- Declared turnover 2025: EUR 184,300 (2024: EUR 167,950)
- Premium from 1 May 2026: EUR 842.60 incl. 19% insurance tax
- Excess: EUR 250 per claim

Could you please confirm his bank details are unchanged? We still hold
DE47 6709 1234 0000 2378 1650 for the direct debit. He also mentioned to
you that he now employs an apprentice - if so, please send the start date
so we can update the headcount.

Cheers,
Sven

Sven Jäckle
Broker Management South-West
Kranichsee Allgemeine Versicherung AG
Mobile +49 171 5510 287
"""
    msg = build("Sven Jäckle <sven.jaeckle@kranichsee.example>",
                "Gareth Pryce <g.pryce@pryce-insurance-brokers.example>",
                "Renewal BH-22-40917 Frazer Decorating",
                "Thu, 09 Apr 2026 16:12:05 +0200", text=text)
    return M("CONFIDENTIAL", "en", "insurer-to-broker",
             "sole trader (natural person) liability renewal: turnover, IBAN, policy number", msg)


@mail
def m011():
    text = """Hi all,

Agenda for Thursday's case conference (Room Murg, 14:00-15:30).
As agreed with Data Protection, cases are presented without names,
policy numbers, employer or place of residence. Please do not bring
the files into the room.

Case 1 - income protection, male, 50-59, office job. Off work 14 months,
  two psychiatric inpatient stays. Question: is a graded return with
  50 % realistic, and how do we word the review letter?
Case 2 - income protection, female, 30-39, healthcare sector. Claim
  based on exhaustion; treating doctor and our assessor disagree.
  Question: second opinion yes/no.
Case 3 - critical illness, male, 40-49. Condition disclosed late;
  discussion of the pre-contractual disclosure rules (learning case,
  already closed).
Case 4 - open slot, bring something if you have it.

Reminder: the slides from last month's session on alcohol-related
claims are on the team site under Training > 2026.

Thanks,
Dr Henrik Wassermann
"""
    msg = build("Dr. Henrik Wassermann <henrik.wassermann@kranichsee.example>",
                "BU Claims Team <bu-leistung@kranichsee.example>",
                "Case conference Thursday - anonymised cases",
                "Mon, 23 Mar 2026 17:40:22 +0100", text=text)
    return M("NORMAL", "en", "internal",
             "trap: anonymised case conference (age bands, sector, no name/number/employer/place); psychiatric words", msg)


@mail
def m012():
    text = """Sehr geehrte Frau Kovačević,

wir bestätigen den Eingang Ihres Schreibens vom 2. März 2026.

Für Ihre Risikolebensversicherung Nr. LV 2290-118-07 haben Sie das
Bezugsrecht geändert: Begünstigt sind ab sofort Ihre Kinder Luka und Ana
Kovačević zu gleichen Teilen. Die bisherige Bezugsberechtigung Ihres
Ehemannes ist widerrufen; das Bezugsrecht war widerruflich, seine
Zustimmung ist daher nicht erforderlich.

Sie hatten uns außerdem gebeten, keine Post mehr an die gemeinsame
Wohnung in der Werderstraße zu schicken, weil Ihr Mann nach der
Entscheidung des Familiengerichts dort nicht mehr wohnen und sich Ihnen
nicht nähern darf. Wir haben Ihre neue Anschrift hinterlegt und den
Vertrag mit einem Sperrvermerk versehen: Auskünfte erhalten nur noch Sie
persönlich.

Wenn Sie Fragen haben, rufen Sie mich bitte direkt an.

Mit freundlichen Grüßen
Selin Aydoğan
Vertragsservice Leben
Kranichsee Lebensversicherung AG
Durchwahl 0721 5566-4388
"""
    msg = build("Selin Aydoğan <selin.aydogan@kranichsee.example>",
                "Marija Kovačević <m.kovacevic@posteingang.example>",
                "Ihre Lebensversicherung LV 2290-118-07 - Änderung Bezugsrecht",
                "Fri, 06 Mar 2026 10:03:57 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "life contract of named person + protection order against husband (domestic violence said indirectly)", msg)


@mail
def m013():
    text = """Liebe Kolleginnen und Kollegen,

die Tarifverhandlungen für das private Versicherungsgewerbe gehen am
24. Februar in die dritte Runde. Viele von euch haben gefragt, was das
für Kranichsee bedeutet.

Einladung zur Informationsveranstaltung des Betriebsrats
Donnerstag, 19.02.2026, 12:30-13:15 Uhr, Kantine Ebene 0 und Teams

- Stand der Verhandlungen (Gast: Gewerkschaftssekretärin von ver.di
  Mittelbaden-Nordschwarzwald)
- Was gilt bei Warnstreiks? Wer darf teilnehmen, was passiert mit dem
  Gehalt? (Kurz: Teilnahme ist freiwillig, auch für Nichtmitglieder;
  niemand muss seine Mitgliedschaft offenlegen.)
- Fragen

Die Teilnahme gilt als Arbeitszeit.

Euer Betriebsrat
Kranichsee Versicherungsgruppe, Standort Karlsruhe
"""
    msg = build("Betriebsrat Karlsruhe <betriebsrat@kranichsee.example>",
                "Alle Mitarbeitenden <alle@kranichsee.example>",
                "Einladung: Info zur Tarifrunde am 19.02.",
                "Thu, 12 Feb 2026 07:45:00 +0100", text=text, flowed=True, cte="8bit")
    return M("NORMAL", "de", "internal",
             "trap: works council invitation about collective bargaining, ver.di, strikes; no one's membership", msg)


@mail
def m014():
    text = """Hi Rachel,

Thanks for the notification form for John Whitcombe (employee no. 10882,
group income protection scheme GIP-0415 for Brightwater Logistics GmbH).

I am sorry to read how hard the last months have been for him. From what
you wrote, he has been struggling since the divorce last summer, his GP
signed him off on 3 March "with stress", and he told you he is seeing
somebody privately every week.

The deferred period under your scheme is 26 weeks, so benefit could start
on 1 September 2026 at the earliest. To set up the claim now (we prefer to
start early and support a return to work where possible), could you send:

* his signed consent form (attached, page 2),
* the fit notes / AU certificates so far,
* his gross salary for the last 12 months and his contractual hours.

Our rehabilitation nurse, Sabine, would like to call him - only if he
agrees. Please ask him and let me know.

Best regards,
Daniel Okafor
Group Benefits Claims
Kranichsee Lebensversicherung AG
"""
    msg = build("Daniel Okafor <daniel.okafor@kranichsee.example>",
                "Rachel Moore <rachel.moore@brightwater-logistics.example>",
                "GIP-0415 - new claim J. Whitcombe",
                "Tue, 24 Mar 2026 12:18:46 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
             "group income protection claim for named employee: signed off 'with stress', weekly therapy, divorce", msg)


@mail
def m015():
    text = """Sehr geehrte Frau Zähringer,

vielen Dank für die Fotos. Der Leitungswasserschaden in Ihrem Haus
Schloßbergstraße 7, 79219 Staufen, ist über Ihre Wohngebäudeversicherung
WG 0098-66321 versichert (Schadennummer WG-26-00512).

Unser Gutachter, Herr Ingenieur Böhler, meldet sich bei Ihnen wegen eines
Termins zur Besichtigung. Die Trocknungsfirma dürfen Sie schon jetzt
beauftragen; die Kosten übernehmen wir im Rahmen des Vertrags.

Bitte heben Sie das geplatzte Rohrstück auf.

Mit freundlichen Grüßen
Ulrike Bender
Schadenservice Sach - Kranichsee Allgemeine Versicherung AG
"""
    msg = build("Ulrike Bender <ulrike.bender@kranichsee.example>",
                "Gisela Zähringer <gisela.zaehringer@schwarzwald-online.example>",
                "Leitungswasserschaden Schloßbergstraße 7 - WG-26-00512",
                "Mon, 19 Jan 2026 09:15:00 +0100", text=text,
                charset="iso-8859-1", cte="quoted-printable")
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "buildings claim of named customer with insured address and contract number; iso-8859-1 QP", msg)


@mail
def m016():
    text = """Hallo zusammen,

anbei wie versprochen die Auswertung der neu anerkannten BU-Leistungsfälle
2025 nach Hauptursache für die Vorstandsvorlage. Alle Zahlen aggregiert,
Zellen unter 5 Fällen sind unter "Sonstige" zusammengefasst.

Auffällig: Psychische Erkrankungen sind mit 38 % wieder die häufigste
Ursache, Durchschnittsalter bei Eintritt 46. Bei Suchterkrankungen haben
wir zu wenige Fälle für eine eigene Zeile.

Grüße
Anke Riedinger
Aktuariat Leben
"""
    rows = [
        ["Hauptursache (ICD-Kapitel)", "Anzahl Fälle", "Anteil", "Ø Eintrittsalter", "Ø Jahresrente EUR"],
        ["F - Psychische und Verhaltensstörungen", 412, "38,1 %", 44.2, 13980],
        ["M - Muskel-Skelett-System", 231, "21,4 %", 49.8, 12110],
        ["C/D - Neubildungen", 168, "15,5 %", 51.3, 14670],
        ["I - Kreislaufsystem", 79, "7,3 %", 53.0, 12840],
        ["G - Nervensystem", 71, "6,6 %", 45.7, 13320],
        ["S/T - Unfälle, Verletzungen", 64, "5,9 %", 41.9, 11760],
        ["Sonstige (inkl. Zellen < 5)", 56, "5,2 %", 47.5, 12490],
        ["Summe", 1081, "100 %", 47.1, 13230],
    ]
    msg = build("Anke Riedinger <anke.riedinger@kranichsee.example>",
                "Vorstandsstab Leben <vorstandsstab-leben@kranichsee.example>",
                "BU-Leistungsfälle 2025 nach Ursache (Vorstandsvorlage)",
                "Fri, 06 Feb 2026 16:55:10 +0100", text=text,
                atts=[("BU_Leistungsfaelle_2025_Ursachen.xlsx", xlsx(rows, "2025"), XLSX_T)])
    return M("NORMAL", "de", "internal",
             "trap: aggregated BU incidence by ICD chapter, small cells merged; XLSX", msg)


@mail
def m017():
    text = """Sehr geehrte Frau Dr. Falkenstein,

Ihre Patientin, Frau Nadine Kessler, geb. 11.08.1989, hat bei uns Leistungen
aus ihrer privaten Unfallversicherung (Vertrag UV 6610-2043) beantragt. Eine
Schweigepflichtentbindung für Sie liegt bei (Anlage).

In der Unfallanzeige gibt Frau Kessler an, sie sei am 14. Februar im
Treppenhaus gestürzt. Im Bericht der Notaufnahme wird dagegen ein
"Zustand nach häuslicher Auseinandersetzung" erwähnt, und die Polizei
hat nach unserer Kenntnis eine Anzeige aufgenommen.

Für die Bemessung einer möglichen Invalidität bitten wir Sie um einen
kurzen Befundbericht zu den Verletzungen (insbesondere Jochbein und linkes
Handgelenk), zum bisherigen Verlauf und zu der Frage, ob ein Dauerschaden
zu erwarten ist. Wie es zu den Verletzungen kam, ist für den Versicherungs-
schutz nicht entscheidend - bitte schildern Sie nur, was Sie medizinisch
feststellen konnten.

Ihr Honorar nach GOÄ übernehmen wir.

Mit freundlichen Grüßen
Rainer Schöttle
Leistung Unfallversicherung
Kranichsee Allgemeine Versicherung AG
"""
    msg = build("Rainer Schöttle <rainer.schoettle@kranichsee.example>",
                "Praxis Dr. Falkenstein <praxis@dr-falkenstein.example>",
                "Befundanforderung - Ihre Patientin N. Kessler, UV 6610-2043",
                "Mon, 09 Mar 2026 08:37:19 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
             "accident claim, birth date, injuries, 'häusliche Auseinandersetzung' = domestic violence said indirectly", msg)


@mail
def m018():
    text = """Nadine,

forwarding the customer's reply below - can you set up the payment? Job
loss is an insured event under his cancellation tariff (RR-Plus), the
termination letter from his employer is dated 30 Jan, booking was made in
November, so that's fine. No medical angle here.

Thanks, Tom

-------- Forwarded Message --------
Subject: Re: Your cancellation claim RR-26-01144
Date: Sun, 8 Feb 2026 19:22:31 +0000
From: Peter Wainwright <peter.wainwright@mailcloud.example>
To: Kranichsee Travel Claims <reise-leistung@kranichsee.example>

Hello,

yes, as I wrote, I was made redundant at the end of January (letter
attached again), and we cannot afford the trip to Madeira now. The
cancellation fee from the tour operator is EUR 1,932.00 for two people
(me and my partner Jasper Vos).

Please pay to my account:
Peter Wainwright, IBAN DE84 6649 1850 0007 7019 3348

Thank you,
Peter
"""
    msg = build("Tom Berger <tom.berger@kranichsee.example>",
                "Nadine Frick <nadine.frick@kranichsee.example>",
                "Fwd: Re: Your cancellation claim RR-26-01144",
                "Mon, 09 Feb 2026 08:05:33 +0100", text=text)
    return M("CONFIDENTIAL", "en", "customer",
             "inline forward: travel cancellation for job loss, named customer, IBAN, claim number; no health", msg)


@mail
def m019():
    text = """Hi everyone,

1 December is World AIDS Day. Like last year, we will have a small stand
in the canteen (ground floor) from 11:30 to 14:00, together with the local
AIDS service organisation:

- red ribbons and information leaflets (German, English, Turkish, Arabic)
- facts about HIV today: with effective treatment the virus is not
  transmitted, people with HIV can work in any job - including ours
- where to get an anonymous and free test: the public health department
  offers one every Wednesday, no appointment, no name needed

Donations go to the counselling centre. Volunteers for the stand,
please reply to me by 25 Nov.

Thanks!
Lea
Corporate Communications
"""
    msg = build("Lea Brandstetter <lea.brandstetter@kranichsee.example>",
                "All staff <alle@kranichsee.example>",
                "World AIDS Day - stand in the canteen on 1 Dec",
                "Wed, 18 Nov 2026 10:10:10 +0100", text=text)
    return M("NORMAL", "en", "internal",
             "trap: World AIDS Day awareness, HIV facts and anonymous testing; no person", msg)


@mail
def m020():
    text = """Sehr geehrter Herr Baumgartner,

vielen Dank für Ihre Unterlagen. Zu Ihren Fragen:

Die Rechnung der Schwerpunktpraxis in der Kaiserstraße vom 20.01.2026
(Beratung, Laboruntersuchungen, 214,37 EUR) erstatten wir vollständig
nach Ihrem Tarif KompaktPlus.

Auch das Rezept für die vorbeugenden Tabletten, die Sie seit Januar
einnehmen, ist erstattungsfähig: Seit 2019 gehört die Prophylaxe zu den
Leistungen, die wir wie jedes andere verordnete Arzneimittel
übernehmen. Die drei Apothekenbelege (je 3 x 30 Stück) über zusammen
149,70 EUR sind berücksichtigt.

Die begleitenden Kontrolluntersuchungen alle drei Monate (Nieren-
werte, Tests) sind ebenfalls versichert. Eine Mitteilung an Ihren
Arbeitgeber oder an andere Stellen erfolgt selbstverständlich nicht.

Erstattung gesamt: 364,07 EUR, Zahlung auf Ihr bekanntes Konto.

Freundliche Grüße
Jasmin Oberle
Leistungsabteilung Krankenversicherung
Kranichsee Krankenversicherung a.G.
Versicherungsnummer: 30 441 872-1
"""
    msg = build("Jasmin Oberle <jasmin.oberle@kranichsee.example>",
                "Lukas Baumgartner <lukas.baumgartner@mailcloud.example>",
                "Ihre Rechnungen vom Januar",
                "Wed, 11 Feb 2026 14:45:02 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "PKV reimbursement: specialist practice, preventive tablets, kidney checks = HIV PrEP said indirectly", msg)


@mail
def m021():
    text = """Guten Tag Frau Herzog,

danke für Ihr Interesse an unserer Pflegezusatzversicherung. Gern
schicke ich Ihnen unsere Produktinformation "PflegeSicher" als PDF.

Kurz zusammengefasst: Die gesetzliche Pflegeversicherung zahlt nur
einen Teil der Kosten. PflegeSicher zahlt ab Pflegegrad 2 ein monatliches
Pflegegeld, das Sie frei verwenden können - etwa für einen Pflegedienst,
für Angehörige oder den Eigenanteil im Heim. Der Beitrag hängt vom
Eintrittsalter ab; ein Beispiel: Eintritt mit 45 Jahren, 1.500 EUR
Pflegegeld in Grad 5, rund 38 EUR im Monat.

Ein Angebot erstellen wir gern, wenn Sie uns Ihr Geburtsjahr nennen -
Gesundheitsfragen stellen wir erst im Antrag.

Freundliche Grüße
Hannah Seitz
Kundenservice
Kranichsee Krankenversicherung a.G.
"""
    msg = build("Kundenservice Kranichsee <service@kranichsee.example>",
                "Birgit Herzog <birgit.herzog@posteingang.example>",
                "Ihre Anfrage: Informationen Pflegezusatzversicherung",
                "Tue, 20 Jan 2026 11:30:00 +0100", text=text,
                atts=[("PflegeSicher_Produktinfo.pdf", pdf([
                    "PflegeSicher - Pflegemonatsgeld-Versicherung",
                    "Kranichsee Krankenversicherung a.G., Karlsruhe",
                    "",
                    "Leistung je Pflegegrad (Beispiel Tarif PS 1500):",
                    "  Pflegegrad 1:     0 EUR",
                    "  Pflegegrad 2:   300 EUR",
                    "  Pflegegrad 3:   600 EUR",
                    "  Pflegegrad 4: 1.050 EUR",
                    "  Pflegegrad 5: 1.500 EUR",
                    "Beitragsbeispiele (monatlich): Eintrittsalter 35: 21,40 EUR; 45: 38,10 EUR; 55: 67,90 EUR",
                    "Wartezeit: keine bei Unfall, sonst 3 Jahre.",
                    "Beitragsbefreiung ab Pflegegrad 4.",
                ], "PflegeSicher"), PDF_T)])
    return M("NORMAL", "de", "insurer-to-customer",
             "trap: prospect asks for long-term-care brochure; generic product information, no contract or health data", msg)


@mail
def m022():
    text = """Hallo Frau Nagel,

anbei die aktualisierte Fahrzeugliste für den Flottenvertrag der
Rheinhafen Umzüge & Logistik GmbH (KF-Flotte 40-2210), Stand 01.03.2026.
Ansprechpartner beim Kunden bleibt Herr Dieter Rapp (Fuhrparkleitung,
Tel. 0721 9980-31).

Neu sind die beiden Sprinter (KA-RU 2031 und KA-RU 2032), abgemeldet der
alte Atego. Der Jahresbeitrag steigt dadurch um 2.118,40 EUR netto.
Die Schadenquote 2025 lag bei 61 %, daher kein Sanierungszuschlag.

Viele Grüße
Sven Jäckle
Maklerbetreuung
"""
    csv = ("Kennzeichen;Hersteller;Typ;FIN;Erstzulassung;Deckung;SF-KH;Beitrag netto\r\n"
           "KA-RU 1187;Mercedes-Benz;Sprinter 316;WDB9066331S771204;14.06.2019;KH+VK;SF 8;1.402,10\r\n"
           "KA-RU 1440;Mercedes-Benz;Sprinter 319;WDB9066351S908833;02.03.2021;KH+VK;SF 5;1.588,70\r\n"
           "KA-RU 1902;MAN;TGL 12.220;WMAN08ZZ4LY398110;21.09.2020;KH+TK;SF 6;2.901,30\r\n"
           "KA-RU 2031;Mercedes-Benz;Sprinter 317;W1V9076331P602214;15.02.2026;KH+VK;SF 1/2;1.059,20\r\n"
           "KA-RU 2032;Mercedes-Benz;Sprinter 317;W1V9076331P602387;15.02.2026;KH+VK;SF 1/2;1.059,20\r\n"
           "KA-RU 77;VW;Passat Variant;WVWZZZ3CZME051642;30.04.2021;KH+VK;SF 14;612,40\r\n")
    msg = build("Sven Jäckle <sven.jaeckle@kranichsee.example>",
                "Anette Nagel <a.nagel@nagel-assekuranz.example>",
                "Flotte Rheinhafen Umzüge - Fahrzeugliste 03/2026",
                "Mon, 02 Mar 2026 10:22:15 +0100", text=text,
                atts=[("Fahrzeugliste_KF-Flotte_40-2210.csv", csv, CSV_T, "windows-1252")])
    return M("CONFIDENTIAL", "de", "insurer-to-broker",
             "company fleet contract with named contact person, plates/VINs, premiums; CSV windows-1252", msg)


@mail
def m023():
    text = """Dear Ines,

I would like to offer you a facultative case on our term life treaty.

Applicant: Ms Charlotte Ebner, born 02/05/1984, senior engineer
Sum assured: EUR 1,200,000, term 25 years, joint mortgage protection
Our reference: UW-26-03391

Medical: fit and well, BMI 22, non-smoker. The point for discussion is
the family history. Her mother and her older sister both "had the breast
thing" (her words in the tele-interview) before 45, and she told our nurse
that she had "the gene test" at the university hospital last year and
"it came back the way we feared". She has since had a preventive
operation and is under a yearly screening programme.

We do not ask for genetic test results (GenDG), but she volunteered
this, and the sum exceeds the EUR 300,000 threshold in § 18 GenDG, so
we may take it into account. Our own manual would suggest +100 % for the
first 10 years; we would appreciate your view and your share.

Full file via the secure portal, case UW-26-03391.

Best regards,
Franziska Muhr
Life Underwriting
Kranichsee Lebensversicherung AG
"""
    msg = build("Franziska Muhr <franziska.muhr@kranichsee.example>",
                "Ines Verhoeven <ines.verhoeven@northgate-re.example>",
                "Facultative offer UW-26-03391 - term life EUR 1.2m",
                "Thu, 26 Feb 2026 13:09:41 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
             "named applicant with birth date; genetic test result ('came back the way we feared'), preventive operation", msg)


@mail
def m024():
    text = """Hello Ines,

For the treaty review meeting in April, here are the portfolio figures
you asked for on deaths within the suicide exclusion period (36 months
after inception, § 161 VVG), term and endowment combined, 2021-2025.

Year | death claims | of which suicide | within 36 months | paid after 36 m
2021 | 612 | 14 | 3 | 11
2022 | 644 | 17 | 2 | 15
2023 | 629 | 15 | 4 | 11
2024 | 671 | 19 | 3 | 16
2025 | 688 | 18 | 2 | 16

Claims within the exclusion period were declined except where the
beneficiaries showed that the act was committed in a state excluding
free will (1 case in 2023, merged above). No individual data - if you
need case detail for the audit sample, we would do that on site.

Kind regards,
Anke Riedinger
Actuarial Life
"""
    msg = build("Anke Riedinger <anke.riedinger@kranichsee.example>",
                "Ines Verhoeven <ines.verhoeven@northgate-re.example>",
                "Treaty review - suicide exclusion statistics 2021-2025",
                "Wed, 18 Mar 2026 15:00:12 +0100", text=text)
    return M("NORMAL", "en", "insurer-to-partner",
             "trap: aggregated suicide statistics for reinsurer, no individual data", msg)


@mail
def m025():
    text = """Hallo Selin,

zum Todesfall Vogelbacher (LV 1180-772-15, VN und versicherte Person
Herr Andreas Vogelbacher, verstorben am 21.01.2026) noch ein Hinweis,
bevor du der Witwe antwortest:

Im Telefonat gestern hat Frau Vogelbacher gesagt, ihr Mann sei "freiwillig
gegangen", er habe "das mit der Firma nicht mehr ausgehalten". Die
Todesbescheinigung nennt nicht-natürlicher Tod, die Kripo hat ermittelt
und Fremdverschulden ausgeschlossen.

Der Vertrag ist am 01.09.2021 beginnen, die drei Jahre nach § 161 VVG
sind also lange um - wir zahlen. Bitte im Schreiben an die Witwe das
Wort Selbsttötung NICHT verwenden, sie hat ausdrücklich darum gebeten.
Einfach Auszahlung der Versicherungssumme 150.000 EUR zzgl. Über-
schussbeteiligung bestätigen und Sterbeurkunde/Erbschein anfordern,
falls noch nicht da.

Danke
Michael

--
Michael Frey, Teamleitung Leistung Leben
"""
    msg = build("Michael Frey <michael.frey@kranichsee.example>",
                "Selin Aydoğan <selin.aydogan@kranichsee.example>",
                "Vogelbacher LV 1180-772-15",
                "Tue, 27 Jan 2026 08:12:30 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "de", "internal",
             "life death claim of named person; suicide said indirectly ('freiwillig gegangen', nicht-natürlicher Tod)", msg)


@mail
def m026():
    text = """Sehr geehrter Herr Yıldırım,

für Ihre Auseinandersetzung mit Ihrem Vermieter wegen der Nebenkosten-
abrechnung 2024 für die Wohnung Rintheimer Straße 45, 76131 Karlsruhe,
besteht Versicherungsschutz aus Ihrer Rechtsschutzversicherung
RS 7712-004 (Baustein Wohnen/Miete). Schadennummer RS-26-00911.

Wir übernehmen die Kosten der außergerichtlichen Vertretung durch
Rechtsanwältin Haberle. Ihre Selbstbeteiligung beträgt 150 EUR.

Mit freundlichen Grüßen
Tobias Rehm
Kranichsee Rechtsschutz AG
"""
    msg = build("Tobias Rehm <tobias.rehm@kranichsee.example>",
                "Emre Yıldırım <emre.yildirim@mailbox-sued.example>",
                "Deckungszusage RS-26-00911 Nebenkosten",
                "Fri, 30 Jan 2026 10:40:00 +0100", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "legal expenses (tenancy) of named customer: contract, claim number, address", msg)


@mail
def m027():
    text = """Hallo zusammen,

anbei die Einladung zum Planungsworkshop Q3 für den Bereich Schaden/
Leistung Sach. Bitte bringt eure Teamziele und die Liste der offenen
Digitalisierungsthemen mit.

Ort: Schulungszentrum, Raum Alb, Kriegsstraße 140
Zeit: 16.06.2026, 09:00 - 15:30 Uhr, Mittagessen ist bestellt

Gruß
Stefanie
"""
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kranichsee//Kalender//DE\r\nMETHOD:REQUEST\r\n"
           "BEGIN:VEVENT\r\nUID:q3-planung-2026@kranichsee.example\r\nDTSTAMP:20260520T080000Z\r\n"
           "DTSTART;TZID=Europe/Berlin:20260616T090000\r\nDTEND;TZID=Europe/Berlin:20260616T153000\r\n"
           "SUMMARY:Planungsworkshop Q3 Schaden/Leistung Sach\r\nLOCATION:Schulungszentrum Raum Alb\r\n"
           "ORGANIZER;CN=Stefanie Rombach:mailto:stefanie.rombach@kranichsee.example\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    msg = build("Stefanie Rombach <stefanie.rombach@kranichsee.example>",
                "Teamleitungen Sach <tl-sach@kranichsee.example>",
                "Einladung Planungsworkshop Q3",
                "Wed, 20 May 2026 10:00:00 +0200", text=text,
                atts=[("einladung.ics", ics, ICS_T)])
    return M("NORMAL", "de", "internal", "meeting invitation with ICS; nothing sensitive", msg)


@mail
def m028():
    text = """Dear Mr Ashworth,

Thank you for calling us from Lanzarote on Saturday. I am so sorry for
what you and your wife went through, and I am glad that she is stable.

To confirm what we agreed on the phone:

- The hospital in Arrecife has our guarantee of payment for the stay of
  Mrs Helen Ashworth (travel health policy RK-88-33017, claim
  RK-26-00209). You do not need to pay anything there.
- As the doctors said, what happened with her tablets means she should
  be accompanied on the flight home. Our assistance partner will book a
  flight for Thursday with a nurse escort and seats for both of you; the
  cost of the escort is covered.
- The psychiatric follow-up at home will be arranged by her GP - please
  keep all bills and the discharge letter.

Your hotel costs for the extra nights (up to EUR 100 per night) are
covered under the travel cancellation/interruption part of your policy.

If you need anything, our 24-hour line is +49 721 5566-9000.

Yours sincerely,
Nadine Frick
Travel Claims
Kranichsee Allgemeine Versicherung AG
"""
    msg = build("Nadine Frick <nadine.frick@kranichsee.example>",
                "Graham Ashworth <g.ashworth@mailcloud.example>",
                "Your call from Lanzarote - claim RK-26-00209",
                "Mon, 16 Mar 2026 09:02:00 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "travel health: named wife's hospital stay after 'what happened with her tablets' (suicide attempt said indirectly), psychiatric follow-up", msg)


@mail
def m029():
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:14px">
<p style="font-size:11px;color:#888">Kranichsee Kundenmagazin &bdquo;Wegweiser&ldquo; &middot; Ausgabe Frühjahr 2026</p>
<h1>Wenn die Seele streikt</h1>
<p>Psychische Erkrankungen sind heute der häufigste Grund für eine Berufsunfähigkeit. Ein Beispiel aus der Praxis:</p>
<blockquote style="border-left:4px solid #7aa;padding-left:10px">
<p><b>Anna, 34, Grafikdesignerin (Name und Details geändert)</b>, arbeitet seit Monaten am Limit. Irgendwann geht nichts mehr:
Schlafstörungen, Panik vor jedem Kundentermin. Ihre Ärztin schreibt sie krank, es folgen acht Wochen in einer Tagesklinik.
Weil sie rechtzeitig eine BU-Versicherung abgeschlossen hat, bekommt sie ihre vereinbarte Rente &ndash; und kann sich Zeit für
die Genesung nehmen.</p></blockquote>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Ursache der Berufsunfähigkeit</th><th>Anteil (Branche, 2025)</th></tr>
<tr><td>Psyche und Nerven</td><td>ca. 35 %</td></tr>
<tr><td>Rücken und Gelenke</td><td>ca. 20 %</td></tr>
<tr><td>Krebs</td><td>ca. 16 %</td></tr>
</table>
<p><a href="https://www.kranichsee.example/bu">Jetzt Beitrag berechnen</a></p>
<p style="font-size:11px">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://www.kranichsee.example/abmelden">Abmelden</a></p>
</body></html>"""
    msg = build("Kranichsee Wegweiser <newsletter@kranichsee.example>",
                "Abonnenten <newsletter-abonnenten@kranichsee.example>",
                "Wegweiser Frühjahr: Wenn die Seele streikt",
                "Thu, 02 Apr 2026 07:30:00 +0200", html=html)
    return M("NORMAL", "de", "newsletter",
             "trap: customer magazine with fictitious example person (name changed), panic, day clinic; industry statistics", msg)


@mail
def m030():
    text = """Dear Ms O'Sullivan,

Welcome to Kranichsee! Your contents insurance is now in force.

Policy number: HR-5530-10274
Insured address: Bergheimer Straße 61, 3rd floor, 69115 Heidelberg
Sum insured: EUR 52,000 (incl. bicycles up to EUR 1,500)
Start: 01 April 2026
Annual premium: EUR 96.40, collected by direct debit on 1 April each
year from IBAN DE34 6809 0222 0005 4003 3318 (account holder Siobhan
O'Sullivan), mandate reference KS-HR-5530-10274.

Your policy documents are in your customer portal. German is the legally
binding language, but the English summary in the portal explains
everything you need day to day.

Kind regards,
Hannah Seitz
Customer Service, Kranichsee Allgemeine Versicherung AG
"""
    msg = build("Kundenservice Kranichsee <service@kranichsee.example>",
                "Siobhan O'Sullivan <siobhan.osullivan@fjordmail.example>",
                "Your contents insurance HR-5530-10274",
                "Wed, 25 Mar 2026 12:00:00 +0100", text=text)
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "household policy of named customer: address, premium, IBAN, mandate", msg)


@mail
def m031():
    orig = inner("Werner Gutjahr <werner.gutjahr@schwarzwald-online.example>",
                 "Beitragsservice Kranichsee <beitrag-kranken@kranichsee.example>",
                 "Mahnung Vers.-Nr. 30 118 406-2",
                 "Sat, 07 Mar 2026 18:41:02 +0100",
                 """Sehr geehrte Damen und Herren,

Ihre Mahnung habe ich bekommen. Ja, die Beiträge für Februar und März
sind offen, das weiß ich. Ich bitte um etwas Geduld. Bei uns ist gerade
alles durcheinander, unser Sohn Timo ist seit drei Wochen wieder in der
Klinik am Hohberg (Sie haben ja die Rechnungen vom letzten Mal), und ich
musste deshalb unbezahlt Urlaub nehmen, weil meine Frau das allein nicht
mehr schafft. Ab April geht es wieder.

Kann man die Beiträge stunden oder in Raten zahlen? Bitte nicht kündigen,
gerade jetzt brauchen wir die Versicherung.

Mit freundlichen Grüßen
Werner Gutjahr
Vers.-Nr. 30 118 406-2
""")
    text = """Hallo Jasmin,

zur Info und mit der Bitte um Rückmeldung aus der Leistung: Herr Gutjahr
fragt nach Stundung. Ich würde eine Ratenzahlung bis Juni anbieten und das
Mahnverfahren aussetzen. Weißt du, ob für den Sohn schon eine Kosten-
zusage für den aktuellen Aufenthalt angefragt wurde? Dann könnten wir
das in einem Schreiben zusammenfassen.

Original hängt an.

Gruß
Björn Heinzmann
Beitragsservice Kranken
"""
    msg = build("Björn Heinzmann <bjoern.heinzmann@kranichsee.example>",
                "Jasmin Oberle <jasmin.oberle@kranichsee.example>",
                "WG: Mahnung Vers.-Nr. 30 118 406-2 - Stundung?",
                "Mon, 09 Mar 2026 09:20:11 +0100", text=text, atts=[orig])
    return M("STRICTLY_CONFIDENTIAL", "de", "customer",
             "health premium arrears of named customer; son 'wieder in der Klinik am Hohberg' (hospital stay, only in the forwarded message/rfc822)", msg)


@mail
def m032():
    text = """Hi team leads,

As discussed in the leadership call, here is the new template for the
return-to-work conversation after a long absence. Please use it from
1 May. Fill in the fields in angle brackets; do not record diagnoses or
the reason for the absence - if the employee wants to talk about it,
that's their choice, and it does not go into the form.

Questions to me or to the works council.

Best,
Katrin
"""
    doc = docx([
        "Return-to-work conversation (after absence of more than 6 weeks)",
        "Employee: <first name> <last name>          Personnel no.: <number>",
        "Team / manager: <team>, <manager name>",
        "Date of conversation: <DD.MM.YYYY>",
        "First day back: <DD.MM.YYYY>",
        "",
        "1. Welcome back. How are you getting on in the first days?",
        "2. What has changed in the team while you were away? (handover, new tools)",
        "3. Are there any adjustments that would help you at the moment (hours, tasks, workplace)?",
        "   [ ] graded return (Hamburg model) - plan attached",
        "   [ ] temporary change of tasks",
        "   [ ] none needed",
        "4. Offer of the occupational integration procedure (BEM) made: [ ] yes, accepted  [ ] yes, declined",
        "5. Reminder: employee assistance (Lotsenhaus) 0800 5522 110, company doctor consultation hours.",
        "",
        "Important: do NOT record medical information or the cause of the absence in this form.",
        "Signatures: <employee>  <manager>",
    ])
    msg = build("Katrin Vollmer <katrin.vollmer@kranichsee.example>",
                "Team leads Operations <tl-operations@kranichsee.example>",
                "Template: return-to-work conversation",
                "Wed, 15 Apr 2026 13:26:00 +0200", text=text,
                atts=[("RTW_conversation_template_v3.docx", doc, DOCX_T)])
    return M("NORMAL", "en", "internal",
             "trap: HR return-to-work template with <placeholders> in DOCX; no person", msg)


@mail
def m033():
    text = """Sehr geehrter Herr Maier-Lindemann,

wie gewünscht haben wir Ihre Tochter als weitere Fahrerin für Ihren
Skoda Octavia (KA-ML 708) in den Vertrag KF 7731-2044 aufgenommen:

  Fahrerin: Lena Maier-Lindemann, geb. 03.09.2007
  Führerschein Klasse B seit: 12.01.2026 (begleitetes Fahren ab 17)

Durch die junge Fahrerin erhöht sich der Jahresbeitrag ab 01.02.2026
von 612,30 EUR auf 958,80 EUR. Den anteiligen Mehrbeitrag von 317,63 EUR
buchen wir zum 01.03. von Ihrem Konto ab.

Den Nachtrag zum Versicherungsschein finden Sie im Kundenportal.

Mit freundlichen Grüßen
Ihr Kranichsee Kundenservice
"""
    msg = build("Kundenservice Kranichsee <service@kranichsee.example>",
                "Jochen Maier-Lindemann <jochen.ml@mailbox-sued.example>",
                "Nachtrag Kfz-Vertrag KF 7731-2044 - weitere Fahrerin",
                "Tue, 03 Feb 2026 08:55:40 +0100", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "motor contract: named daughter with birth date, plate, premium", msg)


@mail
def m034():
    text = """Sehr geehrte Frau Ketterer,

vielen Dank, die Liste ist angekommen. Wir spielen die Daten zum
01.04. ein und melden uns, falls etwas fehlt.

Mit freundlichen Grüßen
Oliver Kurz
Firmenkunden bAV
Kranichsee Lebensversicherung AG

> Von: Sandra Ketterer <s.ketterer@mueller-praezisionsteile.example>
> Gesendet: Freitag, 20. März 2026 15:02
> Betreff: Entgeltumwandlung neue Mitarbeitende
>
> Hallo Herr Kurz, anbei wie besprochen die Daten der neuen Mitarbeitenden
> für die Direktversicherung. Ich habe die Abrechnungsdaten so wie sie
> aus dem Lohnprogramm kommen übernommen.
> Grüße S. Ketterer, Personal
"""
    rows = [
        ["Pers.-Nr.", "Name", "Vorname", "Geb.-Datum", "Eintritt", "Brutto/Monat", "Stkl.", "Konf.", "Umwandlung EUR", "Tarif"],
        [40211, "Bulut", "Serkan", "17.02.1994", "01.01.2026", 3650.00, 1, "--", 150, "DV-Klassik"],
        [40214, "Hauser", "Miriam", "28.11.1988", "01.01.2026", 4120.00, 4, "rk", 200, "DV-Klassik"],
        [40219, "Schöpflin", "Andreas", "09.06.1979", "01.02.2026", 5210.00, 3, "ev", 300, "DV-Fonds"],
        [40223, "Nowak", "Agnieszka", "22.07.1996", "01.02.2026", 3180.00, 1, "rk", 100, "DV-Klassik"],
        [40230, "Ruf", "Tobias", "05.12.1991", "01.03.2026", 3900.00, 1, "--", 150, "DV-Fonds"],
    ]
    msg = build("Oliver Kurz <oliver.kurz@kranichsee.example>",
                "Sandra Ketterer <s.ketterer@mueller-praezisionsteile.example>",
                "AW: Entgeltumwandlung neue Mitarbeitende",
                "Mon, 23 Mar 2026 09:31:00 +0100", text=text,
                atts=[("bAV_Neuzugaenge_Q1_2026.xlsx", xlsx(rows, "Neuzugänge"), XLSX_T)])
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
             "harmless body; XLSX attachment: bAV life contracts with birth dates, salaries and church-tax column (religion rk/ev)", msg)


@mail
def m035():
    text = """Sehr geehrte Damen und Herren,

im Gebäude B (Kriegsstraße 142) steht der Aufzug 2 seit heute 7:40 Uhr
zwischen dem 3. und 4. OG. Es ist niemand eingeschlossen, die Tür ist
gesichert und abgesperrt. Fehlercode auf der Steuerung: E-47.

Bitte schicken Sie im Rahmen des Wartungsvertrags WV-2019-118 einen
Techniker, möglichst noch heute. Ansprechpartner vor Ort: Herr Kimmig,
Haustechnik, Tel. 0721 5566-1300.

Mit freundlichen Grüßen
Bernd Kimmig
Facility Management
"""
    msg = build("Bernd Kimmig <bernd.kimmig@kranichsee.example>",
                "Störungsannahme <stoerung@aufzugtechnik-oberrhein.example>",
                "Störung Aufzug 2, Gebäude B - WV-2019-118",
                "Tue, 10 Feb 2026 07:52:10 +0100", text=text)
    return M("NORMAL", "de", "insurer-to-supplier", "lift breakdown report to supplier; nothing sensitive", msg)


@mail
def m036():
    text = """Dear Mr Lindqvist,

Re: your client Hansa Kaffeeimport GmbH, open cargo policy TR-OC-2017-055
Claim TR-26-00077 - container MSKU 7738102, ex Santos to Hamburg

Our surveyor found seawater ingress through a damaged door seal; 212 of
640 bags of green coffee are affected. The consignee's contact, Ms Ulla
Brandes (logistics manager, +49 40 3390 2214), has agreed to a salvage
sale through the surveyor.

Provisional reserve: EUR 68,500. We have notified the carrier and
protected the time bar. Please ask your client to send the commercial
invoice, bill of lading and the delivery receipt with remarks.

Kind regards,
Jörg Dannenmaier
Marine & Transport Claims
Kranichsee Allgemeine Versicherung AG
"""
    msg = build("Jörg Dannenmaier <joerg.dannenmaier@kranichsee.example>",
                "Erik Lindqvist <erik.lindqvist@hanseatic-brokers.example>",
                "Cargo claim TR-26-00077 Hansa Kaffeeimport",
                "Thu, 19 Feb 2026 11:11:00 +0100", text=text)
    return M("CONFIDENTIAL", "en", "insurer-to-broker",
             "company cargo claim with named contact person and claim figures", msg)


@mail
def m037():
    text = """Hi Martina,

Quick one about the team offsite. Please don't book the Tuesday/Wednesday
slot (22-23 September). David Rosenthal asked me discreetly whether we
could avoid it - it's Yom Kippur, and he fasts and goes to synagogue.
He'd rather not make a thing of it in the team, so let's just say the
venue wasn't available.

The week after (29-30 Sept) works for everyone else as far as I can tell.

Thanks!
Chris

Chris Hartmann
Head of Claims Analytics
Kranichsee Versicherungsgruppe
"""
    msg = build("Chris Hartmann <chris.hartmann@kranichsee.example>",
                "Martina Blum <martina.blum@kranichsee.example>",
                "Offsite dates",
                "Fri, 17 Jul 2026 16:20:31 +0200", text=text)
    return M("STRICTLY_CONFIDENTIAL", "en", "internal",
             "religion of a named employee (observes Yom Kippur, synagogue); special category", msg)


@mail
def m038():
    text = """Liebe Kolleginnen und Kollegen,

ab Aschermittwoch (18.02.) bis Ostern bietet die Kantine täglich ein
fleischloses "Fastengericht" an. Vom 18.02. bis 19.03. fällt außerdem der
Ramadan in diesen Zeitraum: Für alle, die fasten, stellen wir ab 17:30 Uhr
im Bistro Ebene 1 eine Auswahl an Speisen zum Mitnehmen bereit (bitte
bis 14 Uhr über die Kantinen-App vorbestellen). Gern auch für alle
anderen, die spät im Haus sind.

Am 12.03. laden der Arbeitskreis Vielfalt und die Kantine zu einem
gemeinsamen Iftar ein - alle sind willkommen, egal ob mit oder ohne
Religion.

Guten Appetit!
Ihr Kantinenteam
"""
    msg = build("Kantine Karlsruhe <kantine@kranichsee.example>",
                "Alle Mitarbeitenden <alle@kranichsee.example>",
                "Fastenzeit und Ramadan - Angebote der Kantine",
                "Mon, 16 Feb 2026 10:00:00 +0100", text=text)
    return M("NORMAL", "de", "internal", "trap: canteen offer for Lent and Ramadan, religious words, no person", msg)


@mail
def m039():
    text = """Sehr geehrter Herr Kapp,

vielen Dank für Ihre Meldung zu der Kündigung durch Ihren Arbeitgeber,
die Stahlbau Renchtal GmbH (Schadennummer RS-26-01320, Vertrag RS 7702-
918, Baustein Arbeits-Rechtsschutz).

Sie haben uns am Telefon gesagt, dass Sie seit vielen Jahren bei der
IG Metall sind und die Verwaltungsstelle Offenburg Ihnen bereits
Rechtsschutz zugesagt hat. Nach § 3 unserer Bedingungen ist der
gewerkschaftliche Rechtsschutz vorrangig: Solange die Gewerkschaft die
Kosten trägt, leisten wir nicht. Wir übernehmen aber Kosten, die die
Gewerkschaft nicht trägt (z. B. die Kosten eines eigenen Anwalts in der
zweiten Instanz, wenn die Gewerkschaft die Vertretung ablehnt).

Bitte schicken Sie uns deshalb die Zusage der Gewerkschaft in Kopie.

Mit freundlichen Grüßen
Tobias Rehm
Kranichsee Rechtsschutz AG
"""
    msg = build("Tobias Rehm <tobias.rehm@kranichsee.example>",
                "Günter Kapp <guenter.kapp@mailbox-sued.example>",
                "Ihre Kündigungsschutzsache - RS-26-01320",
                "Wed, 04 Mar 2026 14:08:19 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "trade-union membership of named customer (IG Metall, union legal protection) in legal-expenses claim", msg)


@mail
def m040():
    text = """Guten Tag Frau Obergföll,

vielen Dank für die Meldung. Wir haben den Schaden unter der Nummer
PH-26-00384 zu Ihrer Privathaftpflichtversicherung PH 1190-3311 angelegt.

Ihr Sohn Maximilian (9) hat beim Fußballspielen am 28.03. die Scheibe
des Gartenhauses Ihrer Nachbarn, Familie Rieger, Am Sonnenhang 3, getroffen.
Kinder unter 7 haften nicht, Ihr Sohn ist aber 9 - der Schaden ist über
Ihren Vertrag gedeckt.

Bitte schicken Sie uns den Kostenvoranschlag des Glasers (Ihre Nachbarn
können ihn auch direkt an uns schicken). Bis 500 EUR zahlen wir ohne
Besichtigung direkt an Familie Rieger.

Freundliche Grüße
Ulrike Bender
"""
    msg = build("Ulrike Bender <ulrike.bender@kranichsee.example>",
                "Claudia Obergföll <c.obergfoell@posteingang.example>",
                "Glasschaden bei Ihren Nachbarn - PH-26-00384",
                "Tue, 31 Mar 2026 15:45:00 +0200", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "private liability claim of named customer (child's age, neighbours' address), no injuries", msg)


@mail
def m041():
    text = """PRESS RELEASE - for immediate release

Kranichsee Foundation supports 24-hour helpline for women affected by
violence in Baden

Karlsruhe, 25 November 2026 - On the International Day for the
Elimination of Violence against Women, the Kranichsee Foundation is
donating EUR 60,000 to the regional counselling network "Sichere Tür".
The money will finance additional night shifts at the helpline for three
years.

"Violence at home is still hidden behind closed doors far too often,"
says Dr. Renate Glaser, chair of the foundation. "Every call can be the
first step out."

In 2025, the helpline took around 4,300 calls; about one in five came
between 10 pm and 6 am.

Press contact:
Lea Brandstetter, Corporate Communications, +49 721 5566-2200
presse@kranichsee.example
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<p><b>PRESS RELEASE &ndash; for immediate release</b></p>
<h2>Kranichsee Foundation supports 24-hour helpline for women affected by violence in Baden</h2>
<p>Karlsruhe, 25 November 2026 &ndash; On the International Day for the Elimination of Violence against Women,
the Kranichsee Foundation is donating EUR 60,000 to the regional counselling network &bdquo;Sichere Tür&ldquo;.
The money will finance additional night shifts at the helpline for three years.</p>
<p>&bdquo;Violence at home is still hidden behind closed doors far too often,&ldquo; says Dr. Renate Glaser,
chair of the foundation. &bdquo;Every call can be the first step out.&ldquo;</p>
<p>In 2025, the helpline took around 4,300 calls; about one in five came between 10 pm and 6 am.</p>
<p>Press contact: Lea Brandstetter, Corporate Communications, +49 721 5566-2200, presse@kranichsee.example</p>
</body></html>"""
    msg = build("Kranichsee Presse <presse@kranichsee.example>",
                "Press list <presseverteiler@kranichsee.example>",
                "Press release: Kranichsee Foundation supports helpline for women affected by violence",
                "Wed, 25 Nov 2026 09:00:00 +0100", text=text, html=html)
    return M("NORMAL", "en", "insurer-to-partner",
             "trap: press release on domestic violence helpline donation; spokesperson named in official role only", msg)


@mail
def m042():
    text = """Liebe Kolleginnen und Kollegen,

in den letzten Wochen kamen mehrere Fragen zum Umgang mit Gesundheits-
informationen über Kolleginnen und Kollegen. Hier die wichtigsten
Antworten (alle Beispiele sind erfunden):

F: Darf ich im Team-Chat schreiben, dass ein Kollege "mal wieder in der
   Entzugsklinik" ist?
A: Nein. Auch Andeutungen wie "er hat wieder sein altes Problem" oder
   "sie ist für ein paar Wochen im Schwarzwald, ihr wisst schon" sind
   Gesundheitsdaten, wenn klar ist, um wen es geht. Schreiben Sie
   "ist bis auf Weiteres nicht im Haus, Vertretung: ...".

F: Eine Kollegin hat mir erzählt, dass sie von ihrem Partner bedroht wird.
   Darf ich das an die Führungskraft weitergeben?
A: Nur mit ihrem Einverständnis - außer bei akuter Gefahr. Dann 110.
   Die Mitarbeiterberatung hilft auch Ihnen als Vertrauensperson.

F: Gilt das auch für Gewerkschaftsmitgliedschaft oder Religion?
A: Ja, das sind ebenfalls besondere Kategorien nach Art. 9 DSGVO.

Bei Unsicherheit: datenschutz@kranichsee.example

Philipp Haag
Datenschutzbeauftragter
"""
    msg = build("Philipp Haag <datenschutz@kranichsee.example>",
                "Alle Führungskräfte <fuehrungskraefte@kranichsee.example>",
                "Datenschutz-FAQ: Gesundheit und Privates von Kollegen",
                "Thu, 05 Mar 2026 12:00:00 +0100", text=text)
    return M("NORMAL", "de", "internal",
             "trap: data-protection FAQ quoting euphemisms ('Entzugsklinik', 'altes Problem', 'im Schwarzwald'), invented examples, no person", msg)


@mail
def m043():
    text = """Dear Ms Delacroix,

We have received a hearing form (Anhörungsbogen) from the Bußgeldstelle
Karlsruhe concerning your car KA-ZD 515, which is insured with us and
registered in your name (policy KF 7745-0820). According to the form, the
vehicle was recorded at 78 km/h in a 50 zone on the Südtangente on
12 February 2026 at 18:44.

The form was sent to us by mistake because we are listed as the
leasing company's insurer. We are forwarding it to you as an
attachment; please reply to the authority directly within the deadline
(one week). This has no effect on your insurance.

Kind regards,
Marco Pfisterer
Motor Claims
Kranichsee Allgemeine Versicherung AG
"""
    msg = build("Marco Pfisterer <marco.pfisterer@kranichsee.example>",
                "Zoé Delacroix <zoe.delacroix@mailcloud.example>",
                "Hearing form from the fine office - KA-ZD 515",
                "Mon, 02 Mar 2026 16:00:00 +0100", text=text,
                atts=[("Anhoerungsbogen_KA-ZD515.pdf", pdf([
                    "Stadt Karlsruhe - Bußgeldstelle",
                    "Anhörung im Bußgeldverfahren, Az. 53.41-26-0218874",
                    "Halterin: Zoé Delacroix, Kaiserallee 80, 76185 Karlsruhe",
                    "Kennzeichen: KA-ZD 515",
                    "Tatzeit: 12.02.2026, 18:44 Uhr, Südtangente Höhe Ausfahrt Weststadt",
                    "Vorwurf: Überschreitung der zulässigen Höchstgeschwindigkeit innerorts um 25 km/h (nach Toleranzabzug)",
                    "Regelsatz: 150 EUR, 1 Punkt",
                ], "Anhoerung"), PDF_T)])
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "named policyholder, plate, administrative speeding fine (not criminal) in PDF", msg)


@mail
def m044():
    text = """Dear Mr Kowalczyk,

Thank you for applying for our TermLife Plus cover (application
A-26-118340) and for taking the time for the telephone interview.

In the health questions you told us about your stay at Haus Tannenblick
in autumn 2024 and that you still take "something to keep things level"
every morning. The report we received from your GP with your consent
confirms the treatment and that it ended eleven months ago.

For applicants with this history we can only offer cover once at least
two years have passed since the end of treatment without a relapse. We
are therefore postponing your application until November 2026. This is
not a rejection: if you apply again then, we will only need a short
update from your GP.

If you have questions, you can reach me on +49 721 5566-4172.

Yours sincerely,
Franziska Muhr
Life Underwriting
Kranichsee Lebensversicherung AG
"""
    msg = build("Franziska Muhr <franziska.muhr@kranichsee.example>",
                "Tomasz Kowalczyk <t.kowalczyk@fjordmail.example>",
                "Your application A-26-118340",
                "Tue, 13 Jan 2026 10:30:00 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
             "underwriting postponement: stay at 'Haus Tannenblick', daily medication, relapse = treatment said indirectly", msg)


@mail
def m045():
    text = """Dear colleagues,

Planned maintenance of the document management system (DMS "Akte"):

Saturday 7 March 2026, 06:00 - 14:00 CET

During this window you cannot open or upload documents. Scanning
continues, scans will be imported automatically afterwards. The
customer portal and the broker portal are not affected.

Thanks for your patience,
IT Service Desk
Ticket CHG-2026-0142
"""
    msg = build("IT Service Desk <it-servicedesk@kranichsee.example>",
                "All staff <alle@kranichsee.example>",
                "Planned maintenance DMS - Sat 7 March",
                "Tue, 03 Mar 2026 15:30:00 +0100", text=text)
    return M("NORMAL", "en", "internal", "IT maintenance notice; nothing sensitive", msg)


@mail
def m046():
    text = """Sehr geehrter Herr Doğan,

wir bedauern den Diebstahl Ihres Fahrzeugs. Ihre Meldung haben wir unter
der Schadennummer KS-26-0041203 erfasst.

  Fahrzeug: BMW 320d Touring, KA-HD 1983, FIN WBA8J11060K493218
  Vertrag: KF 7719-4402, Teilkasko mit 150 EUR Selbstbeteiligung
  Anzeige: Polizeirevier Karlsruhe-Mühlburg, Vorgangsnr. 2026-0331-0087

Nach den Bedingungen warten wir einen Monat ab, ob das Fahrzeug wieder-
gefunden wird. Bitte schicken Sie uns in der Zwischenzeit beide
Fahrzeugschlüssel, die Zulassungsbescheinigung Teil II und die Angaben
zu einer eventuellen Finanzierung (Bank, Restschuld).

Mit freundlichen Grüßen
Marco Pfisterer
Kfz-Schaden
"""
    msg = build("Marco Pfisterer <marco.pfisterer@kranichsee.example>",
                "Hakan Doğan <hakan.dogan@posteingang.example>",
                "Fahrzeugdiebstahl KA-HD 1983 - KS-26-0041203",
                "Wed, 01 Apr 2026 11:23:45 +0200", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "motor theft of named customer (victim of crime, not offender): plate, VIN, contract", msg)


@mail
def m047():
    text = """Liebe Kolleginnen und Kollegen im Kundenservice,

immer wieder rufen Menschen bei uns an, die in einer Krise sind - nach
einem Todesfall, nach einer Ablehnung, manchmal mit Sätzen wie "dann hat
ja alles keinen Sinn mehr". Wie reagiert man da richtig?

Pflichtschulung "Krisengespräche am Telefon - Hinweise auf Suizidalität
erkennen und richtig handeln"
mit Dipl.-Psych. Jana Heberle (Lotsenhaus)

Termine (je 3 Stunden, bitte einen wählen):
- Di, 21.04.2026, 9-12 Uhr
- Do, 23.04.2026, 13-16 Uhr

Inhalte: Warnsignale, was man sagen kann und was nicht, Notfallnummern
(Telefonseelsorge 0800 111 0 111, Notruf 112), Weitergabe an die
Teamleitung, Selbstschutz nach belastenden Gesprächen.

Die Kalendereinladung für den ersten Termin hängt an.

Viele Grüße
Petra Schnurr
Leitung Kundenservice
"""
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kranichsee//Kalender//DE\r\nMETHOD:REQUEST\r\n"
           "BEGIN:VEVENT\r\nUID:schulung-krisengespraech-1@kranichsee.example\r\nDTSTAMP:20260330T090000Z\r\n"
           "DTSTART;TZID=Europe/Berlin:20260421T090000\r\nDTEND;TZID=Europe/Berlin:20260421T120000\r\n"
           "SUMMARY:Schulung Krisengespräche am Telefon (Suizidalität)\r\nLOCATION:Schulungsraum Alb\r\n"
           "ORGANIZER;CN=Petra Schnurr:mailto:petra.schnurr@kranichsee.example\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    msg = build("Petra Schnurr <petra.schnurr@kranichsee.example>",
                "Kundenservice Team <kundenservice-team@kranichsee.example>",
                "Pflichtschulung Krisengespräche - bitte Termin wählen",
                "Mon, 30 Mar 2026 11:00:00 +0200", text=text,
                atts=[("Schulung_Krisengespraeche.ics", ics, ICS_T)])
    return M("NORMAL", "de", "internal", "trap: training on suicidal callers, ICS; no person", msg)


@mail
def m048():
    text = """Hallo Frau Schillinger,

die Rechnung der Tierklinik am Turmberg vom 16.03.2026 für Ihren Hund
"Balou" (Labrador, Chip-Nr. 276 0981 0044 7123) haben wir geprüft:
Magendrehung, Notoperation und zwei Tage stationär, 3.418,55 EUR nach
GOT 2-facher Satz.

Ihr Tarif TierOP Komfort (Vertrag TK 0412-7730) erstattet 100 % der
OP-Kosten bis 5.000 EUR im Jahr, abzüglich 250 EUR Selbstbeteiligung.
Wir überweisen 3.168,55 EUR in den nächsten Tagen.

Gute Besserung für Balou!
Kranichsee Tierversicherung, Leistungsservice
"""
    msg = build("Tierversicherung Leistung <tier-leistung@kranichsee.example>",
                "Andrea Schillinger <andrea.schillinger@schwarzwald-online.example>",
                "Ihre Tierarztrechnung vom 16.03.2026 - TK 0412-7730",
                "Fri, 20 Mar 2026 14:14:14 +0100", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "pet health claim of named customer (animal health = confidential per grey-zone rule)", msg)


@mail
def m049():
    text = """Hi Katrin,

attached is the sickness absence overview for the HR committee. Rates
are per department for 2025. As agreed, departments with fewer than
10 employees are merged ("small units") so that nobody can be singled
out, and the reasons (long-term vs short-term) are only shown for the
whole company.

Long-term absences (> 6 weeks) are up from 31 to 36 cases; company
health insurance data show mental health as the main driver, as
everywhere in the industry.

Cheers,
Oskar
"""
    rows = [
        ["Department", "Headcount (avg)", "Absence rate 2025", "Absence rate 2024"],
        ["Claims Health", 148, "6.9 %", "6.1 %"],
        ["Claims Life/BU", 61, "5.8 %", "5.5 %"],
        ["Claims P&C", 203, "6.2 %", "6.4 %"],
        ["Customer Service", 176, "8.1 %", "7.4 %"],
        ["IT", 132, "3.9 %", "4.2 %"],
        ["Sales/Broker Mgmt", 88, "4.4 %", "4.0 %"],
        ["Small units (merged, 7 units)", 41, "4.8 %", "5.1 %"],
        ["Company total", 849, "6.1 %", "5.8 %"],
        [None],
        ["Long-term absences > 6 weeks (company only)", 36, "", ""],
    ]
    msg = build("Oskar Lehmann <oskar.lehmann@kranichsee.example>",
                "Katrin Vollmer <katrin.vollmer@kranichsee.example>",
                "Absence rates 2025 for HR committee",
                "Thu, 22 Jan 2026 17:05:00 +0100", text=text,
                atts=[("absence_rates_2025.ods", ods(rows, "2025"), ODS_T)])
    return M("NORMAL", "en", "internal", "trap: sickness absence rates by department, small units merged; ODS", msg)


@mail
def m050():
    text = """Sehr geehrter Herr Faller,

vielen Dank für Ihren Anruf und Ihre Nachricht. Es tut mir leid, dass
die Situation mit Ihrer Mutter Sie so belastet.

Sie schreiben, dass Ihre Mutter, Frau Hedwig Faller, seit dem Herbst
"zunehmend vergesslich" ist, nachts aufsteht und das Haus verlassen will
und den Herd nicht mehr allein bedienen kann. Für das Pflegemonatsgeld
aus ihrer Pflegezusatzversicherung PS 1500 (Vers.-Nr. 30 209 117-4)
brauchen wir den Bescheid über den Pflegegrad. Den Antrag bei der
Pflegekasse haben Sie schon gestellt - sehr gut. Schicken Sie uns bitte
das Gutachten des Medizinischen Dienstes, sobald es da ist.

Weil Sie eine Vorsorgevollmacht haben, können Sie alles für Ihre Mutter
erledigen. Eine Kopie der Vollmacht haben wir bereits.

Mit freundlichen Grüßen
Jasmin Oberle
Leistung Pflege
Kranichsee Krankenversicherung a.G.
"""
    msg = build("Jasmin Oberle <jasmin.oberle@kranichsee.example>",
                "Stefan Faller <stefan.faller@mailbox-sued.example>",
                "Pflegezusatzversicherung Ihrer Mutter",
                "Thu, 08 Jan 2026 10:05:00 +0100", text=text, cte="base64")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "care insurance of named mother: forgetful, wanders at night (dementia said indirectly); base64 body", msg)


@mail
def m051():
    text = """Dear Mr Bergström,

Re: D&O policy DO-2023-0144, Solvana Energy Systems GmbH
Claim DO-26-0009 - letter from the insolvency administrator

We acknowledge receipt of the claim letter of 4 March 2026 from the
insolvency administrator, Dr. Kuhlmann, against the former managing
director, Mr Frederik Aalto, for EUR 1.45m under § 15b InsO (payments
made after insolvency maturity).

We grant defence cost cover under reservation of rights. Mr Aalto may
instruct counsel of his choice; hourly rates up to EUR 350 net are
accepted without further approval. Please ask him to send us the
engagement letter and keep us informed before any settlement talks.

Kind regards,
Dr. Carola Wendling
Financial Lines Claims
Kranichsee Allgemeine Versicherung AG
"""
    msg = build("Dr. Carola Wendling <carola.wendling@kranichsee.example>",
                "Nils Bergström <nils.bergstrom@solvana-energy.example>",
                "D&O claim DO-26-0009 - cover for Mr Aalto",
                "Tue, 10 Mar 2026 14:40:00 +0100", text=text)
    return M("CONFIDENTIAL", "en", "insurer-to-company",
             "D&O claim against named former managing director (civil liability, not criminal)", msg)


@mail
def m052():
    text = """Sehr geehrter Herr Rechtsanwalt Brändle,

in der Sache Ihrer Mandantin, der Sanitär Ohnemus GmbH & Co. KG
(Vertrauensschadenversicherung VS 2021-0088, Schaden VS-26-0003), danken
wir für die Übersendung der Ermittlungsakte.

Nach der Akte hat die frühere Buchhalterin, Frau Sabine Leible, zwischen
2022 und 2025 rund 214.000 EUR auf eigene Konten umgeleitet. Sie hat die
Taten in der Vernehmung eingeräumt und befindet sich seit dem 19.02.2026
in Untersuchungshaft (JVA Bühl). Die Staatsanwaltschaft Baden-Baden
führt das Verfahren unter 410 Js 2288/26.

Wir bestätigen die Deckung dem Grunde nach. Bitte teilen Sie uns mit,
ob Ihre Mandantin bereits einen dinglichen Arrest in das Vermögen von
Frau Leible beantragt hat; wir beteiligen uns an den Kosten.

Mit freundlichen Grüßen
Dr. Carola Wendling
Financial Lines - Schaden
"""
    msg = build("Dr. Carola Wendling <carola.wendling@kranichsee.example>",
                "RA Matthias Brändle <braendle@kanzlei-braendle.example>",
                "Vertrauensschaden Ohnemus - VS-26-0003",
                "Fri, 13 Mar 2026 09:09:09 +0100", text=text,
                charset="windows-1252", cte="quoted-printable")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "criminal matter: named former employee admitted embezzlement, in custody; windows-1252 QP", msg)


@mail
def m053():
    text = """Liebe Partnerinnen und Partner,

ab 1. Juli 2026 gibt es unsere BU "Klartext" in neuer Fassung. Die
wichtigsten Änderungen für Ihre Beratung:

1. Verkürzte Gesundheitsfragen: Psychotherapie wird nur noch für die
   letzten 5 Jahre abgefragt (bisher 10), reine Beratungsgespräche
   (z. B. Paar- oder Erziehungsberatung, Mitarbeiterberatung) zählen
   nicht als Behandlung.
2. Neue Wiedereingliederungshilfe: Nach einer psychischen Erkrankung
   zahlen wir während einer stufenweisen Rückkehr bis zu 6 Monate die
   volle Rente weiter.
3. Verzicht auf die abstrakte Verweisung bleibt, Nachversicherung ohne
   Gesundheitsprüfung bei Heirat, Geburt, Immobilienkauf.

Unterlagen, Rechner und Schulungstermine im Maklerportal.

Herzliche Grüße
Sven Jäckle
Maklerbetreuung Süd-West
"""
    msg = build("Sven Jäckle <sven.jaeckle@kranichsee.example>",
                "Maklerverteiler Süd-West <makler-suedwest@kranichsee.example>",
                "Neu ab 1.7.: BU Klartext - weniger Fragen zur Psyche",
                "Tue, 26 May 2026 08:30:00 +0200", text=text)
    return M("NORMAL", "de", "insurer-to-broker",
             "trap: broker product info on BU health questions (psychotherapy, counselling); no person", msg)


@mail
def m054():
    text = """Hi Ms Zhou, liebe Frau Zhou,

thanks for your message regarding your employee Mr Felix Brenneisen
(expat health plan KGH-Group 0311, member 0311-0027).

I understand he was sent home early from the Shanghai posting last week
"for personal reasons" and that, in your words, "he needs to see someone
about his nerves" and cannot start work in Stuttgart yet. His cover
continues at home in Germany until the end of the posting contract
(30 June 2026), so outpatient treatment by a psychiatrist or psycho-
therapist is covered; for more than 5 therapy sessions we need a short
request from the therapist.

Für Herrn Brenneisen selbst: Er kann uns gern auch direkt auf Deutsch
schreiben oder anrufen (+49 721 5566-7310). Wir sprechen mit Ihnen als
Arbeitgeberin nur über organisatorische Dinge, Befunde schickt er bitte
direkt an uns.

Best regards / Viele Grüße
Emma Lindqvist
International Health
"""
    msg = build("Emma Lindqvist <emma.lindqvist@kranichsee.example>",
                "Mei Zhou <mei.zhou@rheintal-automotive.example>",
                "RE: Mr Brenneisen - return from Shanghai",
                "Wed, 15 Apr 2026 16:44:00 +0200", text=text)
    return M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-company",
             "expat health: named employee sent home, 'needs to see someone about his nerves', psychiatric treatment; EN/DE", msg)


@mail
def m055():
    text = """Hallo Herr Ziegler,

danke für die Fotos von der gesprungenen Terrassentür. Der Glasbruch ist
über Ihre Glasversicherung GL 3301-559 versichert (Schaden GL-26-00141).
Beauftragen Sie ruhig den Glaser Ihrer Wahl; die Rechnung können Sie
uns einfach schicken oder der Glaser rechnet direkt mit uns ab.

Viele Grüße
Schadenservice Sach
Kranichsee Allgemeine Versicherung AG
"""
    msg = build("Schadenservice Sach <schaden-sach@kranichsee.example>",
                "Harald Ziegler <h.ziegler@posteingang.example>",
                "Glasbruch Terrassentür GL-26-00141",
                "Mon, 23 Feb 2026 12:12:00 +0100", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-customer", "named customer, glass insurance claim and contract number", msg)


@mail
def m056():
    text = """Protokoll Fallkonferenz Leistung Kranken, 11.02.2026

Teilnehmende: Team 3 (Oberle, Leitner, Sauter), Beratungsärztin
Dr. Haas, Case Management (Wenzel)

Vorbemerkung: Die Fälle wurden ohne Namen, Versicherungsnummer und
Wohnort vorgestellt. Dieses Protokoll enthält nur die Ergebnisse.

Fall A - Versicherte, 40-49, psychosomatische Reha beantragt, Tarif
ohne Reha-Leistung. Ergebnis: Kulanz für 50 % prüfen, Voraussetzung
Stellungnahme der Beratungsärztin; Musterformulierung für die Zusage
erarbeitet (siehe unten).

Fall B - Versicherter, 20-29, wiederholte Entzugsbehandlungen in
privaten Kliniken im Ausland. Ergebnis: Hinweis auf Erstattungsgrenzen
außerhalb der EU; Case Management bietet Vermittlung in eine deutsche
Einrichtung mit Vertragspreisen an.

Fall C - Versicherte, 60-69, Medikamente nach Transplantation.
Ergebnis: Versandapotheke mit Direktabrechnung anbieten.

Musterformulierung Fall A:
"Obwohl Ihr Tarif keine Rehabilitation vorsieht, beteiligen wir uns
ausnahmsweise mit 50 % an den Kosten der Maßnahme in [Klinik] vom
[Datum] bis [Datum]."

Nächste Fallkonferenz: 11.03.2026

gez. Wenzel
"""
    msg = build("Sabrina Wenzel <sabrina.wenzel@kranichsee.example>",
                "Leistung Kranken Team 3 <lk-team3@kranichsee.example>",
                "Protokoll Fallkonferenz 11.02.",
                "Thu, 12 Feb 2026 08:10:00 +0100", text=text)
    return M("NORMAL", "de", "internal",
             "trap: anonymised case-conference minutes (age bands, no name/number/place), rehab, withdrawal treatment", msg)


@mail
def m057():
    text = """Hi Sabrina,

ich finde, "anonym" ist das leider nicht ganz - im Entwurf steht bei
Fall D "die Frau aus Offenburg mit dem Reiterhof" und in der Fußzeile
die Schadennummer 26-KL-0048812. Das ist eindeutig Frau Birkle. Können
wir das vor dem Versand an den Verteiler rausnehmen?

Zum Inhalt: Ich stimme zu, dass wir die Klinik im Schwarzwald nicht
komplett zahlen. Aber sie ist nach dem, was sie im Herbst versucht hat,
aus meiner Sicht noch nicht so weit, dass wir ihr eine ambulante
Lösung aufdrücken sollten. Dr. Haas sah das im Termin auch so.

Gruß
Jasmin

> Am 11.03.2026 um 16:02 schrieb Sabrina Wenzel:
> Entwurf Protokoll Fallkonferenz 11.03. - bitte bis morgen Rückmeldung.
> Fall D: die Frau aus Offenburg mit dem Reiterhof, stationär seit 01/26
> in der Klinik am Feldberg, Verlängerung um 4 Wochen beantragt ...
> [Fußzeile: Schaden 26-KL-0048812]
"""
    msg = build("Jasmin Oberle <jasmin.oberle@kranichsee.example>",
                "Sabrina Wenzel <sabrina.wenzel@kranichsee.example>",
                "AW: Entwurf Protokoll Fallkonferenz 11.03.",
                "Wed, 11 Mar 2026 17:21:00 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "de", "internal",
             "'anonymised' case conference that is re-identifiable (place, farm, claim number, name); clinic stay, attempt 'im Herbst versucht'", msg)


@mail
def m058():
    text = """Dear Mr Abernethy,

Thank you for your call. Regarding the accident on 9 January on the
L 560 near Bruchsal, where the other driver ran a red light and hit your
car (KA-EA 220), legal expenses cover applies under your policy RS 7740-
2318 (traffic module), claim RS-26-00402.

The other driver's insurer has refused to pay your loss of use and the
full repair costs. We cover the costs of your lawyer, Ms Haberle, for
enforcing your claims. You told us nobody was injured, so only your
property damage (EUR 6,870.40 per the repair estimate) is involved.

Kind regards,
Tobias Rehm
Kranichsee Legal Expenses
"""
    msg = build("Tobias Rehm <tobias.rehm@kranichsee.example>",
                "Ian Abernethy <ian.abernethy@mailcloud.example>",
                "Your legal expenses claim RS-26-00402",
                "Thu, 29 Jan 2026 13:13:00 +0100", text=text)
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "legal expenses (traffic) of named customer, plate, claim number, nobody injured", msg)


@mail
def m059():
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<div style="background:#0b3954;color:#fff;padding:18px"><h1 style="margin:0">November is Men's Health Month</h1></div>
<p>Hi there,</p>
<p>Men are less likely to see a doctor, less likely to talk about how they feel &ndash; and three times more likely to die by suicide.
This November, our wellbeing team wants to change that, one conversation at a time.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Topic</th><th>Did you know?</th><th>What you can do</th></tr>
<tr><td>Prostate &amp; testicular health</td><td>Testicular cancer is most common in men aged 15&ndash;45.</td><td>Check monthly; see a doctor if anything changes.</td></tr>
<tr><td>Mental health</td><td>3 out of 4 suicides in Germany are men.</td><td>Ask twice: &bdquo;How are you &ndash; really?&ldquo;</td></tr>
<tr><td>Alcohol</td><td>1 in 5 men drinks at a risky level.</td><td>Try two alcohol-free days a week.</td></tr>
</table>
<p>Join the &ldquo;Move for Movember&rdquo; step challenge in the wellbeing app. All data is anonymous; team rankings only.</p>
<p>Your Kranichsee Wellbeing Team</p>
</body></html>"""
    msg = build("Kranichsee Wellbeing <wellbeing@kranichsee.example>",
                "All staff <alle@kranichsee.example>",
                "Men's Health Month - let's talk",
                "Mon, 02 Nov 2026 08:15:00 +0100", html=html)
    return M("NORMAL", "en", "newsletter", "trap: men's health campaign (suicide, alcohol, cancer statistics); HTML-only table; no person", msg)


@mail
def m060():
    text = """Hallo zusammen,

Frau Wendt ist ab Montag, 02.03., für einige Wochen nicht im Haus. Wann
sie zurückkommt, steht noch nicht fest.

Vertretung:
- Posteingang Team 2 und Fristen: Herr Sauter
- Regresse über 10.000 EUR: ich selbst
- Ihr Telefon wird auf die Teamnummer -4400 umgeleitet

Bitte keine Anfragen an ihr Postfach schicken, es hat eine
Abwesenheitsnotiz.

Danke und Gruß
Stefanie Rombach
Teamleitung Schaden Sach
"""
    msg = build("Stefanie Rombach <stefanie.rombach@kranichsee.example>",
                "Schaden Sach Team 2 <schaden-sach-team2@kranichsee.example>",
                "Abwesenheit Frau Wendt - Vertretung",
                "Fri, 27 Feb 2026 15:48:00 +0100", text=text)
    return M("NORMAL", "de", "internal",
             "trap: colleague away 'für einige Wochen', no reason given; organisational handover only", msg)


@mail
def m061():
    orig = inner("Deborah Finch <deborah.finch@fjordmail.example>",
                 "Kranichsee Health Claims <leistung-kranken@kranichsee.example>",
                 "policy 30 552 018-6 - hospital bills for Martin",
                 "Sun, 22 Feb 2026 22:05:48 +0000",
                 """Dear Sir or Madam,

I'm writing on behalf of my husband Martin Finch (policy 30 552 018-6),
as he can't really deal with paperwork at the moment. He's been unwell
again since Christmas - the same as in 2019, you will have the file
from then - and he has been back at Ravenscourt House since 2 February.
They say at least another four weeks.

Last time you paid the clinic directly. Could you please do the same
this time? I have attached the admission letter. Please write to me
rather than to him, he has agreed to that (his signature is on the form).

Many thanks,
Deborah Finch
""")
    text = """Jasmin - forwarding this from the English-speaking hotline queue.
Direct billing request for an inpatient stay, previous case 2019 in the
archive. Spouse has a signed authorisation (attached to her mail). Can
you check if Ravenscourt still has our direct billing agreement?

Thanks, Emma
"""
    msg = build("Emma Lindqvist <emma.lindqvist@kranichsee.example>",
                "Jasmin Oberle <jasmin.oberle@kranichsee.example>",
                "Fw: policy 30 552 018-6 - hospital bills for Martin",
                "Mon, 23 Feb 2026 08:40:00 +0100", text=text, atts=[orig])
    return M("STRICTLY_CONFIDENTIAL", "en", "customer",
             "forwarded message/rfc822: named insured 'unwell again, same as 2019', inpatient at Ravenscourt House (psychiatric stay said indirectly)", msg)


@mail
def m062():
    text = """Hi all,

For next week's onboarding session for the new claims handlers, here are
my speaker notes for the "difficult conversations" block. The cases are
made up - any resemblance to real customers is accidental - please do
not replace them with real files.

Example 1: "Mr A", 45, calls about his income protection claim. He
says: "I haven't been myself since the summer, my wife says I drink too
much." What do you say? (Answer: acknowledge, no diagnosis talk, explain
next steps, offer the case manager.)

Example 2: "Ms B", 29, travel claim after she "had to come home early
because of my ex". What questions are relevant for the claim, and which
ones are none of our business?

Example 3: "Mrs C", 70, wants to change the beneficiary of her life
policy and asks us not to tell her son. How do we document this?

Slides follow on Friday.
Rebecca
"""
    msg = build("Rebecca Thornton <rebecca.thornton@kranichsee.example>",
                "Onboarding trainers <onboarding-trainer@kranichsee.example>",
                "Speaker notes: difficult conversations (fictitious cases)",
                "Thu, 16 Apr 2026 12:40:00 +0200", text=text)
    return M("NORMAL", "en", "internal",
             "trap: training notes with fictitious customers ('Mr A', 45, drinking; 'Ms B' ex-partner)", msg)


@mail
def m063():
    text = """Sehr geehrte Frau Hummel,

anbei erhalten Sie Ihre Beitragsrechnung für das Versicherungsjahr
2026/2027.

  Vertrag:           Hausrat HR-5509-33817
  Versicherungsort:  Am Alten Friedhof 12, 76229 Karlsruhe
  Jahresbeitrag:     142,60 EUR (inkl. 19 % Versicherungsteuer)
  Fälligkeit:        01.05.2026
  Einzug:            SEPA-Lastschrift, Mandatsreferenz KS-HR-5509-33817
                     von IBAN DE20 6729 2248 0000 0441 7205

Sie brauchen nichts zu tun.

Mit freundlichen Grüßen
Kranichsee Allgemeine Versicherung AG
Beitragsservice
"""
    msg = build("Beitragsservice Kranichsee <beitrag@kranichsee.example>",
                "Renate Hummel <renate.hummel@posteingang.example>",
                "Beitragsrechnung Hausrat HR-5509-33817",
                "Mon, 06 Apr 2026 06:00:00 +0200", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-customer", "named customer: insured address, premium, IBAN, mandate reference", msg)


@mail
def m064():
    text = """Hallo zusammen,

hier der überarbeitete Textbaustein für die Anforderung von Unterlagen
im Krankentagegeld. Bitte ab sofort nur noch diesen verwenden; der alte
Baustein "KT-07" hat zu oft nach der Diagnose gefragt, obwohl wir sie in
vielen Fällen gar nicht brauchen.

----- Baustein KT-07a -----
Sehr geehrte/r «Anrede» «Nachname»,

vielen Dank für Ihre Meldung der Arbeitsunfähigkeit seit «AU_Beginn».
Damit wir das Krankentagegeld aus Ihrem Tarif «Tarif» ab dem
«Karenz_Ende» zahlen können, senden Sie uns bitte:
- die Arbeitsunfähigkeitsbescheinigungen Ihrer Ärztin/Ihres Arztes
  (Folgebescheinigungen bitte jeweils unaufgefordert),
- bei Selbstständigen: eine kurze Erklärung, dass Sie Ihre berufliche
  Tätigkeit in keiner Weise ausüben.
Einen ärztlichen Befundbericht fordern wir nur an, wenn die Arbeits-
unfähigkeit länger als «Wochen» Wochen dauert.

Mit freundlichen Grüßen
«Sachbearbeiter»
----- Ende -----

Gruß
Jasmin
"""
    msg = build("Jasmin Oberle <jasmin.oberle@kranichsee.example>",
                "Leistung Kranken <leistung-kranken-team@kranichsee.example>",
                "Neuer Textbaustein KT-07a Krankentagegeld",
                "Tue, 19 May 2026 10:20:00 +0200", text=text)
    return M("NORMAL", "de", "internal", "trap: letter template for daily sickness allowance with «placeholders», no person", msg)


@mail
def m065():
    text = """Liebe Kolleginnen und Kollegen,

der Umzug der Leistung Kranken in den 5. Stock (Gebäude A) findet am
Wochenende 13./14. Juni statt.

Bitte bis Freitag, 12.06., 14 Uhr:
- Schreibtische leeren, persönliche Dinge in die beschrifteten Kisten
- Bildschirme und Dockingstationen bleiben stehen, die IT baut um
- Akten in die Rollcontainer, Rollcontainer abschließen, Schlüssel an
  Frau Leitner

Am Montag, 15.06., ist die neue Sitzordnung im Teams-Kanal.

Viele Grüße
Bernd Kimmig, Facility Management
"""
    msg = build("Bernd Kimmig <bernd.kimmig@kranichsee.example>",
                "Leistung Kranken <leistung-kranken-alle@kranichsee.example>",
                "Umzug in den 5. Stock am 13./14. Juni",
                "Mon, 01 Jun 2026 09:00:00 +0200", text=text, flowed=True, cte="8bit")
    return M("NORMAL", "de", "internal", "office move; nothing sensitive", msg)


@mail
def m066():
    text = """Hey Tanja,

nur unter uns, weil du gefragt hast, warum die Kathrin so plötzlich weg
ist: Sie ist seit Montag in Bad Dürrheim, psychosomatische Reha, sechs
Wochen erstmal. Nach allem, was mit ihrem Mann war (du weißt, die Polizei
war im Dezember zweimal da), ist das auch kein Wunder. Sie hat mich
gebeten, es nicht rumzuerzählen, also bitte echt für dich behalten.

Ich schick ihr nächste Woche eine Karte, wenn du unterschreiben magst,
komm vorbei.

LG Steffi
"""
    msg = build("Stefanie Rombach <stefanie.rombach@kranichsee.example>",
                "Tanja Hölzle <tanja.hoelzle@kranichsee.example>",
                "Re: Kathrin?",
                "Wed, 04 Mar 2026 19:12:00 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "de", "internal",
             "colleague Kathrin (Wendt): psychosomatic rehab in Bad Dürrheim, police at home = domestic violence said indirectly", msg)


@mail
def m067():
    text = """Dear Mr and Mrs Okonkwo,

We are sorry that your suitcase did not arrive in Lisbon. Your claim under
the baggage cover of your travel policy RG-88-14206 has been registered
as RG-26-00318.

For the emergency purchases (clothes, toiletries) on 4 and 5 April we
can pay up to EUR 400 per person. Please send the receipts and the
Property Irregularity Report from the airline. If the suitcase is
finally lost, we will need a list of its contents with approximate
purchase dates and prices.

Kind regards,
Nadine Frick
Travel Claims, Kranichsee Allgemeine Versicherung AG
"""
    msg = build("Nadine Frick <nadine.frick@kranichsee.example>",
                "Chidi Okonkwo <chidi.okonkwo@mailcloud.example>",
                "Delayed baggage Lisbon - RG-26-00318",
                "Tue, 07 Apr 2026 10:10:00 +0200", text=text)
    return M("CONFIDENTIAL", "en", "insurer-to-customer", "travel baggage claim of named customers; no health", msg)


@mail
def m068():
    text = """Sehr geehrte Frau Albiez,

wir haben Ihre Nachricht und den Strafbefehl des Amtsgerichts Lörrach
vom 24.02.2026 erhalten (Az. 3 Cs 221 Js 4410/25). Ihnen wird
vorgeworfen, am 18.10.2025 in Weil am Rhein beim Abbiegen einen Radfahrer
übersehen und dabei fahrlässig verletzt zu haben.

Für die Verteidigung gegen den Vorwurf der fahrlässigen Körperverletzung
besteht Versicherungsschutz aus Ihrer Verkehrs-Rechtsschutzversicherung
RS 7716-0551 (Schaden RS-26-00788). Wir übernehmen die Kosten für
Rechtsanwalt Dr. Behringer, der für Sie fristgerecht Einspruch
eingelegt hat.

Mit freundlichen Grüßen
Tobias Rehm
Kranichsee Rechtsschutz AG
"""
    msg = build("Tobias Rehm <tobias.rehm@kranichsee.example>",
                "Martina Albiez <martina.albiez@schwarzwald-online.example>",
                "Ihr Strafbefehl - Kostenzusage RS-26-00788",
                "Tue, 03 Mar 2026 11:00:00 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "criminal matter: penal order against named customer for negligent bodily injury", msg)


@mail
def m069():
    text = """Liebe Kolleginnen und Kollegen der Leistungsbereiche,

anbei die neue Fassung der Einwilligungs- und Schweigepflicht-
entbindungserklärung (Stand 04/2026). Änderungen gegenüber 2021:
- eigener Abschnitt für Angaben zu psychischen Erkrankungen,
  Suchterkrankungen und HIV, die nur mit ausdrücklicher Einwilligung
  an Gutachter weitergegeben werden,
- Erläuterung zur Einzelfall-Einwilligung statt Generalvollmacht.

Das Formular ist leer, bitte nur über die Vorlagenverwaltung verwenden,
nicht ausgefüllt per E-Mail verschicken.

Philipp Haag
Datenschutzbeauftragter
"""
    doc = odt([
        "Einwilligung und Schweigepflichtentbindung für die Leistungsprüfung",
        "Versicherte Person: ______________________   Geburtsdatum: __.__.____",
        "Vertrags-/Schadennummer: ______________________",
        "",
        "1. Ich willige ein, dass die Kranichsee Versicherungsgruppe die von mir übermittelten Gesundheitsdaten zur Prüfung der Leistungspflicht verarbeitet.",
        "2. Ich entbinde folgende Ärztinnen, Ärzte, Psychotherapeutinnen und Kliniken für diesen Leistungsfall von der Schweigepflicht: ______________________",
        "3. Besondere Angaben (psychische Erkrankungen, Suchterkrankungen, HIV-Infektion): Weitergabe an externe Gutachter [ ] ja  [ ] nein",
        "4. Ich kann diese Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.",
        "",
        "Ort, Datum ______________   Unterschrift ______________________",
    ])
    msg = build("Philipp Haag <datenschutz@kranichsee.example>",
                "Leistungsbereiche <leistung-alle@kranichsee.example>",
                "Neue Schweigepflichtentbindung 04/2026 (leeres Formular)",
                "Wed, 08 Apr 2026 09:45:00 +0200", text=text,
                atts=[("SEE_Leistung_2026-04_leer.odt", doc, ODT_T)])
    return M("NORMAL", "de", "internal", "trap: blank consent/secrecy-release form naming HIV, addiction, mental illness; ODT", msg)


@mail
def m070():
    text = """Sehr geehrter Herr Kaltenbach,

wie gewünscht bestätigen wir Ihnen für den Wechsel zu Ihrem neuen
Versicherer den Schadenverlauf Ihrer Kfz-Haftpflichtversicherung:

  Versicherungsnehmer: Reinhold Kaltenbach, geb. 19.04.1961
  Vertrag: KF 7702-1178, beendet zum 31.12.2025
  Fahrzeug zuletzt: Mercedes C 220, KA-RK 61
  Versichert seit: 01.03.1989
  Erreichte Schadenfreiheitsklasse: SF 35
  Schäden in den letzten 5 Jahren: keine

Diese Bestätigung gilt zur Vorlage bei Ihrem neuen Versicherer.

Mit freundlichen Grüßen
Kranichsee Kundenservice Kfz
"""
    msg = build("Kundenservice Kfz <kfz-service@kranichsee.example>",
                "Reinhold Kaltenbach <r.kaltenbach@mailbox-sued.example>",
                "Ihre SF-Bestätigung",
                "Thu, 15 Jan 2026 13:30:00 +0100", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-customer", "no-claims certificate: birth date, contract, plate", msg)


@mail
def m071():
    text = """Dear colleagues,

Re: Your claim against our policyholder - recourse file KS-25-0188204

Further to your letter of 12 January: our policyholder, Mr Dariusz
Wróbel, admits liability for the collision on 3 November 2025 in
Mannheim (his van, MA-DW 447, reversed into your insured's parked car,
HD-KL 3302). No persons were involved or injured.

We accept your recourse claim for the repair costs of EUR 4,212.88 and
the expert fee of EUR 486.00. Payment will be made within 10 days to
the account stated in your letter, reference KS-25-0188204.

Kind regards,
Marco Pfisterer
Motor Claims, Kranichsee Allgemeine Versicherung AG
"""
    msg = build("Marco Pfisterer <marco.pfisterer@kranichsee.example>",
                "Recourse Department <regress@neckartal-versicherung.example>",
                "Recourse KS-25-0188204 - liability accepted",
                "Mon, 19 Jan 2026 15:00:00 +0100", text=text)
    return M("CONFIDENTIAL", "en", "insurer-to-partner", "motor recourse to other insurer: named policyholder, plates, nobody injured", msg)


@mail
def m072():
    text = """Hi Mareike,

Here's the final text for the job ad, please publish on the careers page
and the usual job boards from Monday.

---
Case Manager (m/f/d) Mental Health & Return to Work
Kranichsee Lebensversicherung AG, Karlsruhe - full time or 80 %, hybrid

More than a third of our income protection claims are due to mental
illness. We want to help people get back to life and to work - with
time, respect and the right support.

Your tasks: you accompany customers during long-term incapacity,
coordinate therapy places and graded returns, and advise our claims
handlers on cases involving depression, anxiety, burnout or addiction.

Your profile: degree in psychology, social work or nursing with
psychiatric experience; empathy and firm boundaries; German C1,
English B2.

We offer: 38-hour week, 30 days' leave, company pension, supervision.
Contact: Katrin Vollmer, jobs@kranichsee.example
---

Thanks!
Katrin
"""
    msg = build("Katrin Vollmer <katrin.vollmer@kranichsee.example>",
                "Mareike Schön <mareike.schoen@kranichsee.example>",
                "Job ad: Case Manager Mental Health",
                "Thu, 26 Feb 2026 11:30:00 +0100", text=text)
    return M("NORMAL", "en", "internal", "trap: job ad naming depression, anxiety, addiction; no person", msg)


@mail
def m073():
    text = """Sehr geehrte Frau Meißner,

für die Behandlung bei Frau Dipl.-Psych. Anja Eckert, Psychologische
Psychotherapeutin in Freiburg, erteilen wir Ihnen folgende Zusage:

  Versicherte Person: Sophie Meißner (Vers.-Nr. 30 301 446-3)
  Verfahren: Verhaltenstherapie, Einzelbehandlung
  Umfang: 24 Sitzungen zzgl. 2 probatorische Sitzungen
  Erstattung: 80 % nach Tarif AmbulantPlus, bis zum 3,5-fachen Satz GOP

Den Bericht der Therapeutin haben wir von unserer Beratungsärztin prüfen
lassen. Einzelheiten daraus geben wir nicht an Dritte weiter - auch nicht
an Sie als Versicherungsnehmerin, da Ihre Tochter volljährig ist. Eine
Verlängerung beantragt Frau Eckert bitte rechtzeitig vor der 20. Sitzung.

Mit freundlichen Grüßen
Jasmin Oberle
Kranichsee Krankenversicherung a.G.
"""
    msg = build("Jasmin Oberle <jasmin.oberle@kranichsee.example>",
                "Ulrike Meißner <ulrike.meissner@posteingang.example>",
                "Kostenzusage ambulante Behandlung Ihrer Tochter",
                "Fri, 16 Jan 2026 09:25:00 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "PKV: psychotherapy cost approval for named adult daughter", msg)


@mail
def m074():
    text = """Hallo Sven,

kannst du das bitte an die Risikoprüfung Sach weitergeben? Der Makler
braucht das Angebot bis Freitag.

Danke, Ina

---------- Weitergeleitete Nachricht ----------
Von: Kurt Wehrle <k.wehrle@wehrle-versicherungsmakler.example>
Datum: Di., 17. März 2026 um 10:02
Betreff: Angebotsanfrage Wohngebäude Familie Eschbach
An: <makler-sued@kranichsee.example>

Guten Morgen,

bitte um ein Angebot Wohngebäude (gleitender Neuwert, inkl. Elementar)
für meine Kunden:

Eigentümer: Thomas Eschbach, geb. 07.12.1975, und Julia Eschbach,
geb. Hug, geb. 30.06.1978
Objekt: Einfamilienhaus, Hintere Gasse 4, 79199 Kirchzarten
Baujahr 1984, Wohnfläche 168 m², Keller, Ölheizung (Tausch gegen
Wärmepumpe 2027 geplant), keine Vorschäden
Vorversicherer: Breisgauer Feuerkasse, Kündigung zum 01.06.2026
Kontoverbindung für Einzug: DE51 7006 0120 0000 6550 9173

Mit freundlichen Grüßen
Kurt Wehrle, Versicherungsmakler
"""
    msg = build("Ina Maurer <ina.maurer@kranichsee.example>",
                "Sven Jäckle <sven.jaeckle@kranichsee.example>",
                "WG: Angebotsanfrage Wohngebäude Familie Eschbach",
                "Tue, 17 Mar 2026 10:35:00 +0100", text=text)
    return M("CONFIDENTIAL", "de", "broker",
             "inline forward of broker request: birth dates, maiden name, address, IBAN; buildings line", msg)


@mail
def m075():
    text = """Hello,

Please deliver the following to Kranichsee Versicherungsgruppe,
Kriegsstraße 140, 76133 Karlsruhe, goods entrance gate 2:

- 24 x toner HP 59X black (CF259X)
- 10 x toner Kyocera TK-5280 cyan/magenta/yellow (set)
- 40 boxes A4 paper 80 g, FSC

PO number: BE-2026-01214, cost centre 1100.
Delivery by 20 March please.

Regards,
Bernd Kimmig
Facility Management
"""
    msg = build("Bernd Kimmig <bernd.kimmig@kranichsee.example>",
                "Orders <orders@buerowelt-rhein.example>",
                "PO BE-2026-01214 toner and paper",
                "Fri, 13 Mar 2026 08:00:00 +0100", text=text)
    return M("NORMAL", "en", "insurer-to-supplier", "office supplies order", msg)


@mail
def m076():
    text = """Hallo Herr Schöttle,

unten die Schilderung unserer Personalabteilung zum Unfall von Herrn
Yilmaz. Ich leite sie Ihnen so weiter, wie sie bei mir ankam - bitte
sagen Sie uns, was Sie noch brauchen.

Gruppenunfallversicherung GU 4410-019, Firma Kessler Metallbau GmbH

Freundliche Grüße
Thomas Kessler
Geschäftsführer

>>> Nachricht von Personal (B. Vogt), 08.01.2026:
>>> Herr Murat Yilmaz (Pers.-Nr. 118) hat sich auf unserer Weihnachts-
>>> feier am 19.12. im Gasthaus Linde die rechte Hand gebrochen - er ist
>>> auf der Treppe zum Parkplatz ausgerutscht. Ehrlich gesagt war auch
>>> Alkohol im Spiel, er hatte ziemlich einen sitzen, das haben mehrere
>>> gesehen. Er wurde in der Nacht im Klinikum Mittelbaden operiert
>>> (Platte), ist noch bis mindestens Ende Februar krankgeschrieben.
"""
    msg = build("Rainer Schöttle <rainer.schoettle@kranichsee.example>",
                "Unfall-Leistung Posteingang <unfall-leistung@kranichsee.example>",
                "WG: Unfall Herr Yilmaz - GU 4410-019",
                "Fri, 09 Jan 2026 08:15:00 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "de", "company",
             "group accident: named employee broke hand, surgery, sick leave; 'Alkohol im Spiel' (intoxication said indirectly) in quoted HR text", msg)


@mail
def m077():
    text = """Dear Ms Varga,

Thank you for reporting the ransomware attack on your studio computer.
Your cyber policy for sole traders, CY-0412-2201 ("Studio Varga
Photography", Ms Judit Varga, Kaiserstraße 201, 76133 Karlsruhe), covers
data restoration, IT forensics and business interruption after a
waiting period of 12 hours.

Our IT incident partner, ByteRettung GmbH, will call you today. Please do
not pay the ransom and do not switch the computer off.

Claim number: CY-26-00057

Your annual turnover declared in the application (EUR 96,000) will be the
basis for the business interruption calculation.

Best regards,
Dr. Carola Wendling
Financial Lines Claims
"""
    msg = build("Dr. Carola Wendling <carola.wendling@kranichsee.example>",
                "Judit Varga <judit@studio-varga.example>",
                "Your cyber claim CY-26-00057",
                "Mon, 16 Feb 2026 10:45:00 +0100", text=text)
    return M("CONFIDENTIAL", "en", "insurer-to-customer", "sole trader (natural person): cyber claim, address, turnover", msg)


@mail
def m078():
    text = """Liebe Versicherte,

einen Therapieplatz zu finden, dauert in Deutschland oft Monate. Dabei
ist gerade am Anfang schnelle Hilfe wichtig - ob bei Erschöpfung, Ängsten,
Trauer oder wenn der Alkohol zu viel Raum einnimmt.

So unterstützt Sie Ihr Kranichsee-Gesundheitstelefon:
- Terminservice: Wir suchen für Sie freie Plätze bei Psychotherapeutinnen
  und -therapeuten in Ihrer Nähe (auch Videosprechstunde).
- Erstgespräch mit unserem Psychologen-Team innerhalb von 48 Stunden.
- Online-Programme gegen Schlafprobleme und depressive Verstimmung -
  kostenfrei für alle Versicherten im Vollversicherungstarif.

Sie erreichen uns unter 0800 5566 330, Mo-Fr 8-20 Uhr.

Ihre Kranichsee Krankenversicherung
"""
    html = """<html><body style="font-family:Arial,sans-serif;max-width:640px">
<h2>Schnelle Hilfe für die Seele</h2>
<p>Liebe Versicherte,</p>
<p>einen Therapieplatz zu finden, dauert in Deutschland oft Monate. Dabei ist gerade am Anfang schnelle Hilfe wichtig &ndash;
ob bei Erschöpfung, Ängsten, Trauer oder wenn der Alkohol zu viel Raum einnimmt.</p>
<ul>
<li><b>Terminservice:</b> freie Plätze bei Psychotherapeutinnen und -therapeuten in Ihrer Nähe (auch Video)</li>
<li><b>Erstgespräch</b> mit unserem Psychologen-Team innerhalb von 48 Stunden</li>
<li><b>Online-Programme</b> gegen Schlafprobleme und depressive Verstimmung</li>
</ul>
<p>0800 5566 330, Mo&ndash;Fr 8&ndash;20 Uhr</p>
<p>Ihre Kranichsee Krankenversicherung</p>
<p style="font-size:10px;color:#999">Newsletter abbestellen: https://www.kranichsee.example/abmelden</p>
</body></html>"""
    msg = build("Kranichsee Krankenversicherung <newsletter@kranichsee.example>",
                "Versicherte Newsletter <newsletter-pkv@kranichsee.example>",
                "Therapieplatz gesucht? Wir helfen.",
                "Tue, 13 Oct 2026 07:00:00 +0200", text=text, html=html)
    return M("NORMAL", "de", "newsletter", "trap: PKV customer newsletter about therapy places, anxiety, alcohol; no person", msg)


@mail
def m079():
    text = """Sehr geehrter Herr Dipl.-Psych. Strittmatter,

Ihr Patient, Herr Jonas Wehrle (geb. 14.03.1992, Vers.-Nr. 30 412 907-1),
befindet sich seit Mai 2025 bei Ihnen in Behandlung. Die bisher
zugesagten 24 Sitzungen sind nach Ihrer Abrechnung im Februar erreicht.

Für die beantragte Verlängerung um weitere 36 Sitzungen benötigt unsere
Beratungsärztin einen kurzen Verlängerungsbericht (Verlauf, aktueller
Befund, Begründung, insbesondere zur weiterhin bestehenden Rückfallgefahr
im Zusammenhang mit dem Glücksspiel, die Sie im Erstbericht beschrieben
haben). Eine Einwilligung des Patienten liegt vor.

Bitte senden Sie den Bericht im verschlossenen Umschlag an unsere
Beratungsärztin oder über das Leistungserbringer-Portal.

Mit freundlichen Grüßen
Jasmin Oberle
Kranichsee Krankenversicherung a.G.
"""
    msg = build("Jasmin Oberle <jasmin.oberle@kranichsee.example>",
                "Praxis Strittmatter <praxis@psychotherapie-strittmatter.example>",
                "Verlängerungsbericht - Ihr Patient J. Wehrle",
                "Wed, 25 Feb 2026 11:50:00 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
             "psychotherapy of named patient with birth date; gambling addiction relapse risk", msg)


@mail
def m080():
    text = """Sehr geehrter Herr Petrović,

Ihre Vermieterin, die Hausverwaltung Wolff & Partner, hat uns aus der
Mietkautionsbürgschaft MK-2022-4471 (Mietobjekt Luisenstraße 9, 2. OG
links, 76137 Karlsruhe) in Anspruch genommen. Sie verlangt 2.340 EUR für
Renovierung und Nebenkostennachzahlung 2025. Die Unterlagen der
Hausverwaltung finden Sie im ZIP-Archiv.

Bevor wir zahlen, haben Sie Gelegenheit zur Stellungnahme bis zum
15.05.2026. Wenn wir zahlen, sind Sie nach dem Bürgschaftsvertrag
verpflichtet, uns den Betrag zu erstatten.

Mit freundlichen Grüßen
Kautionsservice
Kranichsee Allgemeine Versicherung AG
"""
    z = zipb([
        ("Forderung_Wolff_Partner.pdf", pdf([
            "Hausverwaltung Wolff & Partner, Kaiserallee 40, 76133 Karlsruhe",
            "Inanspruchnahme aus Mietkautionsbürgschaft MK-2022-4471",
            "Mieter: Nikola Petrović, Luisenstraße 9, 76137 Karlsruhe",
            "Renovierung Wände/Decken lt. Übergabeprotokoll: 1.610,00 EUR",
            "Nebenkostennachzahlung 2025: 730,00 EUR",
            "Summe: 2.340,00 EUR",
        ], "Forderung")),
        ("Uebergabeprotokoll_Notizen.txt", "Übergabe 31.03.2026, anwesend: N. Petrović, Frau Wolff.\r\nWohnzimmer: Dübellöcher, Wand gelb gestrichen.\r\nKüche: ok. Bad: Silikonfugen schimmelig.\r\nSchlüssel: 3 von 3 zurück.\r\n"),
    ])
    msg = build("Kautionsservice <kaution@kranichsee.example>",
                "Nikola Petrović <nikola.petrovic@posteingang.example>",
                "Inanspruchnahme Mietkautionsbürgschaft MK-2022-4471",
                "Thu, 23 Apr 2026 14:00:00 +0200", text=text,
                atts=[("Unterlagen_MK-2022-4471.zip", z, ZIP_T)])
    return M("CONFIDENTIAL", "de", "insurer-to-customer", "rent-deposit guarantee claim against named tenant, address, amounts; ZIP with PDF", msg)


@mail
def m081():
    text = """Hi Sarah,

Heads-up before you see the absence in the system. Mark Jennings' wife
called me this morning. There was an incident at home over the weekend,
the police were called and Mark is staying with his brother for now. She
didn't go into detail, and I didn't ask, but it sounded like he may be
the one who needs to keep away from the house for a while.

Mark himself emailed an hour later asking for two weeks' annual leave
starting today. I've approved it. Please keep this between us - I only
want you to know so you don't chase him about the Q1 report.

If he asks, the EAP number is on the intranet.

Paul

Paul Davenport
Head of Reinsurance Accounting
"""
    msg = build("Paul Davenport <paul.davenport@kranichsee.example>",
                "Sarah Kling <sarah.kling@kranichsee.example>",
                "Mark - leave from today",
                "Mon, 09 Feb 2026 10:02:00 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "en", "internal",
             "named employee: police at home, has to keep away from the house = domestic violence/offence said indirectly", msg)


@mail
def m082():
    text = """Dear people managers,

Domestic abuse affects around one in four women and one in seven men
during their lifetime - and it follows people to work: lateness,
sudden absences, calls they don't want to take at their desk.

Webinar: "Domestic abuse - what managers can do"
Thursday, 19 November 2026, 10:00-11:00, Teams
with a trainer from the counselling network "Sichere Tür"

You will learn how to recognise signs without prying, how to start a
conversation, which practical help we can offer (paid leave, changed
working hours, a different desk or phone number, safe parking) and
where to refer colleagues.

Register in the learning portal (course code DV-2026).

HR Learning & Development
"""
    msg = build("HR Learning <hr-learning@kranichsee.example>",
                "People managers <fuehrungskraefte@kranichsee.example>",
                "Webinar 19 Nov: Domestic abuse - what managers can do",
                "Mon, 26 Oct 2026 09:00:00 +0100", text=text)
    return M("NORMAL", "en", "internal", "trap: manager webinar on domestic abuse, statistics only", msg)


@mail
def m083():
    text = """Sehr geehrte Frau Brombacher,

anbei erhalten Sie Ihre Beitragsbescheinigung 2025 für die Steuer-
erklärung (Kfz-Haftpflichtanteil als sonstige Vorsorgeaufwendungen).

Mit freundlichen Grüßen
Ihr Kranichsee Kundenservice
"""
    doc = pdf([
        "Kranichsee Allgemeine Versicherung AG, Kriegsstraße 140, 76133 Karlsruhe",
        "",
        "Beitragsbescheinigung 2025",
        "Versicherungsnehmerin: Elke Brombacher, Sandweg 17, 76275 Ettlingen",
        "Steuer-Identifikationsnummer: 57 104 886 932",
        "Vertrag: KF 7729-6630, Fahrzeug KA-EB 808",
        "",
        "Gezahlte Beiträge 01.01.2025 - 31.12.2025:",
        "  Kfz-Haftpflicht      418,20 EUR",
        "  Vollkasko            291,60 EUR (steuerlich nicht absetzbar)",
        "",
        "Die Beiträge zur Kfz-Haftpflicht wurden der Finanzverwaltung nicht elektronisch übermittelt.",
    ], "Beitragsbescheinigung 2025")
    msg = build("Kundenservice Kranichsee <service@kranichsee.example>",
                "Elke Brombacher <elke.brombacher@mailbox-sued.example>",
                "Beitragsbescheinigung 2025",
                "Thu, 22 Jan 2026 07:00:00 +0100", text=text,
                atts=[("Beitragsbescheinigung_2025_KF7729-6630.pdf", doc, PDF_T)])
    return M("CONFIDENTIAL", "de", "insurer-to-customer", "harmless body; PDF: tax ID, address, motor contract, premiums", msg)


@mail
def m084():
    text = """Hallo zusammen,

die Weihnachtsfeier der Direktion findet am Freitag, 11.12.2026, ab
18 Uhr in der Alten Hackerei statt. Essen, Getränke und Musik sind
organisiert.

Ein paar Dinge, die uns dieses Jahr wichtig sind:
- An der Bar gibt es eine eigene Karte mit alkoholfreien Cocktails und
  alkoholfreiem Bier - niemand muss erklären, warum er nichts trinkt.
- Es gibt ein Awareness-Team (erkennbar an grünen Bändchen), an das ihr
  euch wenden könnt, wenn euch jemand zu nahe kommt oder es euch nicht
  gut geht.
- Für den Heimweg: Shuttle ab 22 Uhr stündlich zum Hauptbahnhof, Taxi-
  gutscheine am Empfang. Bitte fahrt nicht selbst, wenn ihr getrunken habt.

Anmeldung bis 20.11. im Intranet.

Euer Orga-Team
"""
    msg = build("Orga Weihnachtsfeier <feier@kranichsee.example>",
                "Direktion Karlsruhe <direktion-ka@kranichsee.example>",
                "Weihnachtsfeier 11.12. - Infos",
                "Tue, 03 Nov 2026 12:00:00 +0100", text=text)
    return M("NORMAL", "de", "internal", "trap: party invitation mentioning alcohol-free drinks and awareness team; no person", msg)


@mail
def m085():
    text = """Hallo Sven,

die Vertriebszahlen Q1 2026 für die Region Süd-West:

Neugeschäft (Jahresbeitrag, TEUR):
  Kfz         1.940  (Plan 1.800)
  Sach        1.215  (Plan 1.300)
  Leben/BU    2.870  (Plan 2.600)
  Kranken       980  (Plan 1.050)

Stornoquote Kfz gestiegen, vermutlich Preisrunde im Januar. Details
in der Präsentation am Dienstag.

Gruß
Nina Eberle
Vertriebscontrolling
"""
    msg = build("Nina Eberle <nina.eberle@kranichsee.example>",
                "Sven Jäckle <sven.jaeckle@kranichsee.example>",
                "Q1 Zahlen Süd-West",
                "Wed, 08 Apr 2026 17:30:00 +0200", text=text)
    return M("NORMAL", "de", "internal", "sales figures by line, aggregated; nothing sensitive", msg)


@mail
def m086():
    text = """Dear Dr Radcliffe,

Our customer, Mrs Alison Whitford (born 21 October 1970, critical illness
policy CI-3307-0815), has made a claim and has given us her written
consent to contact you (copy attached).

She told us about "the findings from the biopsy in April" and that you
have since started "the tablets and the course at the day unit". To
assess her claim, could you please send us:

1. the histology report of the biopsy and the date of diagnosis,
2. the staging and the treatment plan,
3. whether the condition was known or suspected before 1 March 2023
   (policy start).

Your fee will be paid on receipt of your invoice (up to GBP 150).

Yours sincerely,
Dr. Henrik Wassermann
Claims Assessment Life & Critical Illness
Kranichsee Lebensversicherung AG
"""
    msg = build("Dr. Henrik Wassermann <henrik.wassermann@kranichsee.example>",
                "Dr Helen Radcliffe <h.radcliffe@oncology-clinic.example>",
                "Your patient Mrs A. Whitford - critical illness claim",
                "Tue, 12 May 2026 09:30:00 +0200", text=text, cte="quoted-printable")
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
             "critical illness claim: named patient, birth date, biopsy findings, treatment (cancer said indirectly)", msg)


@mail
def m087():
    text = """Dear Mr Halloran,

A claim has been made against your car insurance (policy KF 7750-1209,
vehicle KA-JH 912). According to the claimant, Mrs Petra Sommer, you
scraped her parked car while leaving a space at the Ettlinger Tor car
park on 14 March 2026 around 16:00. She has a witness and photos.

Before we decide, could you tell us whether you remember the incident
and whether your car shows any damage? Photos would help. Please reply
within two weeks.

Kind regards,
Marco Pfisterer
Motor Claims
"""
    msg = build("Marco Pfisterer <marco.pfisterer@kranichsee.example>",
                "James Halloran <james.halloran@fjordmail.example>",
                "Claim against your policy KF 7750-1209",
                "Thu, 19 Mar 2026 13:45:00 +0100", text=text)
    return M("CONFIDENTIAL", "en", "insurer-to-customer", "motor liability claim against named insured; plates, claimant name", msg)


@mail
def m088():
    text = """Sehr geehrter Herr Professor Langenbach,

vielen Dank für das anregende Gespräch auf der Tagung in Mannheim. Wie
besprochen würden wir uns gern an Ihrer Studie "Suchterkrankungen und
Erwerbsminderung - Verläufe nach Entwöhnungsbehandlung" beteiligen.

Unser Vorschlag:
- Wir liefern aggregierte Daten aus unseren BU-Leistungsfällen 2015-2025
  mit Hauptdiagnose F10-F19 (Anzahl, Alter in 10-Jahres-Gruppen,
  Leistungsdauer, Reaktivierungsquote).
- Keine Einzeldatensätze, keine Namen, keine Versicherungsnummern;
  Zellen mit weniger als 5 Fällen werden zusammengefasst.
- Unser Datenschutzbeauftragter, Herr Haag, prüft vorab das Konzept.

Hätten Sie im Mai Zeit für ein Gespräch mit unserem Aktuariat?

Mit freundlichen Grüßen
Dr. Henrik Wassermann
Leitung Leistungsprüfung BU
"""
    msg = build("Dr. Henrik Wassermann <henrik.wassermann@kranichsee.example>",
                "Prof. Dr. Arno Langenbach <langenbach@zi-forschung.example>",
                "Kooperation Studie Sucht und Erwerbsminderung",
                "Mon, 20 Apr 2026 10:00:00 +0200", text=text)
    return M("NORMAL", "de", "insurer-to-partner", "trap: research cooperation on addiction and disability with aggregated data only", msg)


@mail
def m089():
    text = """Liebe Führungskräfte,

im Anhang die überarbeitete Kurzanleitung zum Betrieblichen
Eingliederungsmanagement (BEM) und der Musterbrief für das erste
Anschreiben. Der Brief wird künftig ausschließlich von HR verschickt;
bitte schreiben Sie Betroffene nicht selbst an und fragen Sie nie nach
Diagnosen.

Bei Fragen: Katrin Vollmer oder die Schwerbehindertenvertretung.

HR Grundsatzfragen
"""
    doc = docx([
        "Betriebliches Eingliederungsmanagement (§ 167 Abs. 2 SGB IX) - Kurzanleitung",
        "1. Auslöser: mehr als 6 Wochen Arbeitsunfähigkeit innerhalb von 12 Monaten (HR prüft monatlich).",
        "2. HR schreibt die Person mit dem Musterbrief an. Teilnahme ist freiwillig.",
        "3. Erstgespräch mit HR, auf Wunsch mit Betriebsrat, Schwerbehindertenvertretung, Betriebsärztin.",
        "4. Maßnahmen: stufenweise Wiedereingliederung, Arbeitsplatzanpassung, Beratung (Lotsenhaus).",
        "5. Dokumentation: BEM-Akte getrennt von der Personalakte, Diagnosen werden nicht erfasst.",
        "",
        "Musterbrief:",
        "Sehr geehrte/r «Anrede» «Nachname»,",
        "Sie waren in den letzten zwölf Monaten länger als sechs Wochen arbeitsunfähig. Wir möchten gemeinsam mit Ihnen klären, wie wir Sie unterstützen können ...",
        "Bitte teilen Sie uns bis zum «Frist» mit, ob Sie das Angebot annehmen.",
        "Mit freundlichen Grüßen «HR_Ansprechpartner»",
    ])
    msg = build("HR Grundsatzfragen <hr-grundsatz@kranichsee.example>",
                "Alle Führungskräfte <fuehrungskraefte@kranichsee.example>",
                "BEM - neue Kurzanleitung und Musterbrief",
                "Tue, 10 Feb 2026 14:00:00 +0100", text=text,
                atts=[("BEM_Kurzanleitung_Musterbrief_2026.docx", doc, DOCX_T)])
    return M("NORMAL", "de", "internal", "trap: BEM procedure and letter template with «placeholders»; DOCX", msg)


@mail
def m090():
    text = """Sehr geehrte Frau Lämmle,

es tut uns leid, dass bei Ihnen eingebrochen wurde. Wir haben den
Schaden zu Ihrer Hausratversicherung HR-5517-20983 unter der Nummer
HR-26-00957 aufgenommen.

Versicherungsort: Grabener Straße 21, 76646 Bruchsal
Polizeiliches Aktenzeichen: BR-2026-00871

Bitte reichen Sie uns eine Stehlgutliste mit Kaufdaten und Preisen ein
(auch bei der Polizei) und Belege, soweit vorhanden. Für die Reparatur
der Terrassentür können Sie sofort einen Handwerker beauftragen.

Mit freundlichen Grüßen
Ulrike Bender
Schadenservice Sach
"""
    msg = build("Ulrike Bender <ulrike.bender@kranichsee.example>",
                "Irmgard Lämmle <irmgard.laemmle@schwarzwald-online.example>",
                "Einbruchdiebstahl - HR-26-00957",
                "Fri, 27 Feb 2026 10:30:00 +0100", text=text,
                charset="iso-8859-1", cte="8bit")
    return M("CONFIDENTIAL", "de", "insurer-to-customer", "household burglary claim of named customer; address, police ref; iso-8859-1", msg)


@mail
def m091():
    text = """Sehr geehrte Frau Vöhringer,

danke für Ihre Nachricht. Sie möchten die Reise nach Kreta (Abflug
23.05.2026, 2 Personen) stornieren, weil Ihre Schwester "wieder einen
Schub" hat und Sie sich um sie und ihre Kinder kümmern müssen.

Über Ihre Reiserücktrittsversicherung RR-88-40127 ist eine unerwartete
schwere Erkrankung einer Angehörigen versichert; die Schwester zählt zu
den mitversicherten Risikopersonen. Wir brauchen:

- das ausgefüllte Formular "Ärztliches Attest Reiserücktritt", von der
  behandelnden Neurologin Ihrer Schwester ausgefüllt (die Diagnose
  kann sie in einem verschlossenen Umschlag an unsere Beratungsärztin
  schicken),
- die Stornorechnung des Reiseveranstalters.

Bitte stornieren Sie sofort, damit die Stornokosten nicht steigen.

Mit freundlichen Grüßen
Nadine Frick
Reise-Leistung
"""
    msg = build("Nadine Frick <nadine.frick@kranichsee.example>",
                "Sabine Vöhringer <sabine.voehringer@posteingang.example>",
                "Reiserücktritt RR-88-40127 - was wir brauchen",
                "Mon, 11 May 2026 09:05:00 +0200", text=text,
                charset="windows-1252", cte="quoted-printable")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "travel cancellation for named customer's sister 'wieder einen Schub', neurologist (MS relapse said indirectly); windows-1252", msg)


@mail
def m092():
    text = """Hi,

Ticket INC-2026-08814

User: Tanja Hölzle (HR Operations)
Issue: The folder \\\\fs02\\hr\\Gesundheit\\Suchtberatung on the HR share
shows "access denied" since the file server migration on Saturday. The
same is true for \\\\fs02\\hr\\Gesundheit\\BEM and ...\\Betriebsarzt.

Expected: HR Operations group (GG-HR-OPS) has read/write on all three
folders, as before. The folders are restricted - please do not add the
general HR group.

Priority: medium, affects 4 users.

Thanks,
IT Service Desk
"""
    msg = build("IT Service Desk <it-servicedesk@kranichsee.example>",
                "File Services <fileservices@kranichsee.example>",
                "INC-2026-08814 access denied on HR health folders",
                "Mon, 16 Mar 2026 08:50:00 +0100", text=text)
    return M("NORMAL", "en", "internal", "trap: IT ticket about folder names 'Suchtberatung', 'BEM', 'Betriebsarzt'; requester named only as IT user", msg)


@mail
def m093():
    text = """Dear Mr Bauer-Cheng,

Your rental car excess claim RX-26-00066 (rental company: AutoIsla,
Mallorca, contract 5581207, period 2-9 March 2026) has been approved.

The rental company charged your credit card EUR 750.00 for a damaged rim.
Your policy RX-2210-4470 reimburses the excess in full. We will transfer
EUR 750.00 to IBAN DE73 5001 0121 0006 4002 8819 within the next
5 working days.

Kind regards,
Nadine Frick
Travel Claims
"""
    msg = build("Nadine Frick <nadine.frick@kranichsee.example>",
                "Felix Bauer-Cheng <felix.bauercheng@mailcloud.example>",
                "Rental car excess - RX-26-00066 approved",
                "Fri, 20 Mar 2026 15:15:00 +0100", text=text)
    return M("CONFIDENTIAL", "en", "insurer-to-customer", "rental excess claim of named customer with IBAN; no health", msg)


@mail
def m094():
    text = """Dear Ms Nakamura,

Please find attached the updated member list for your group life scheme
as at 1 April 2026, as requested for your year-end audit.

Kind regards,
Daniel Okafor
Group Benefits
Kranichsee Lebensversicherung AG
"""
    rows = [
        ["Scheme", "GL-0207 Tessaro Software GmbH", None, None, None, None],
        ["Member", "Date of birth", "Salary basis EUR", "Sum assured (2x salary)", "Beneficiary", "Relation"],
        ["Aiko Nakamura", "1983-05-14", 96000, 192000, "Kenji Nakamura", "spouse"],
        ["Lukas Feuerstein", "1990-11-02", 78500, 157000, "Marie Feuerstein", "spouse"],
        ["Priya Raman", "1987-01-29", 88200, 176400, "Daniel Weiss", "partner"],
        ["Oliver Stępień", "1995-07-08", 64000, 128000, "estate", "-"],
        ["Hannah Goldberg", "1979-09-21", 112000, 224000, "Ruth Goldberg / Sam Goldberg", "children"],
        ["Marco Biondi", "1992-03-17", 71300, 142600, "Luca Rinaldi", "partner"],
    ]
    msg = build("Daniel Okafor <daniel.okafor@kranichsee.example>",
                "Aiko Nakamura <aiko.nakamura@tessaro-software.example>",
                "GL-0207 member list 1 April 2026",
                "Wed, 08 Apr 2026 10:20:00 +0200", text=text,
                atts=[("GL-0207_members_2026-04-01.xlsx", xlsx(rows, "Members"), XLSX_T)])
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
             "harmless body; XLSX: group life members with birth dates, salaries, beneficiaries (life line)", msg)


@mail
def m095():
    text = """Sehr geehrte Frau Dr. Pflüger,

gern beantworten wir den Fragebogen des Verbands zum Thema "Kundinnen
und Kunden in Krisensituationen" für die Arbeitsgruppe Verbraucher.

1. Gibt es eine schriftliche Leitlinie? - Ja, seit 2023, zuletzt
   aktualisiert 03/2026 (Leitfaden "Krisengespräche").
2. Schulungen: Pflichtschulung für alle Beschäftigten im Kundenservice
   und in den Leistungsabteilungen, jährliche Auffrischung.
3. Vorgehen bei Hinweisen auf akute Suizidgefahr am Telefon: Gespräch
   halten, Notruf 112 über zweite Leitung, Teamleitung informieren,
   anschließend Nachsorgeangebot für die Beschäftigten.
4. Hinweise auf häusliche Gewalt (z. B. bei Adressänderungen oder
   Auskunftssperren): Sperrvermerk im Bestand, Auskunft nur an die
   betroffene Person, Hinweis auf Hilfetelefon.
5. Fallzahlen: werden nicht erhoben.

Mit freundlichen Grüßen
Petra Schnurr
Leitung Kundenservice
"""
    msg = build("Petra Schnurr <petra.schnurr@kranichsee.example>",
                "Dr. Ursula Pflüger <pflueger@versichererverband.example>",
                "Fragebogen AG Verbraucher - Krisensituationen",
                "Thu, 09 Apr 2026 16:10:00 +0200", text=text)
    return M("NORMAL", "de", "insurer-to-partner", "trap: association questionnaire on suicidal callers and domestic violence processes; no cases", msg)


@mail
def m096():
    text = """Sehr geehrter Herr Brugger,

wir haben Ihren Antrag auf Invaliditätsleistung aus der Unfall-
versicherung UV 6601-3398 geprüft (Unfall vom 21.06.2025, Motorrad,
K 4951 bei Todtnau).

Das Gutachten von Dr. Aberle stellt eine dauerhafte Funktionsbeein-
trächtigung des linken Beins von 4/20 Beinwert fest.

Leider müssen wir Ihnen auch Folgendes mitteilen: Nach dem Polizei-
bericht ergab die Blutprobe nach dem Unfall 0,9 Promille. Sie haben
selbst geschrieben, Sie hätten "auf dem Fest ein, zwei Radler" getrunken.
Nach Ziffer 5.1.1 unserer Bedingungen sind Unfälle durch Bewusstseins-
störungen infolge Alkohols nicht versichert, wenn der Alkohol den Unfall
verursacht hat. Wir prüfen diese Frage anhand der Ermittlungsakte, die
wir angefordert haben, und melden uns bis Ende Februar.

Mit freundlichen Grüßen
Rainer Schöttle
Leistung Unfallversicherung
"""
    msg = build("Rainer Schöttle <rainer.schoettle@kranichsee.example>",
                "Florian Brugger <florian.brugger@schwarzwald-online.example>",
                "Ihre Unfallversicherung UV 6601-3398",
                "Mon, 26 Jan 2026 11:11:00 +0100", text=text,
                charset="iso-8859-1", cte="quoted-printable")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "accident insurance: permanent impairment, blood alcohol 0.9 per mille, criminal file; iso-8859-1 QP", msg)


@mail
def m097():
    text = """Guten Tag Herr Reichert,

Ihr Hund "Bruno" hat am 02.03.2026 im Schlossgarten den Hund von Frau
Stefanie Lang gebissen. Frau Lang hat uns die Rechnung der Tierarzt-
praxis Dr. Kern über 486,20 EUR (Wundversorgung, Naht, Antibiotikum)
geschickt.

Ihre Hundehaftpflicht HH 2205-118 deckt den Schaden (Schadennummer
HH-26-00029). Wir zahlen direkt an Frau Lang; Ihre Selbstbeteiligung von
150 EUR stellen wir Ihnen gesondert in Rechnung.

Mit freundlichen Grüßen
Schadenservice Haftpflicht
"""
    msg = build("Schadenservice Haftpflicht <schaden-haftpflicht@kranichsee.example>",
                "Wolfgang Reichert <w.reichert@mailbox-sued.example>",
                "Hundebiss 02.03.2026 - HH-26-00029",
                "Wed, 11 Mar 2026 09:00:00 +0100", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-customer", "dog liability: named customer and claimant, vet bill for the other dog (animal health)", msg)


@mail
def m098():
    text = """Dear Mr Lindholm,

Thank you for attending the medical examination for your application
for TermLife Plus (A-26-120577, sum assured EUR 400,000).

One of the laboratory results from the blood test requires further
clarification before we can make a decision. For data protection
reasons we do not describe the result in this e-mail. We have written
to the doctor you named in your application, Dr. Marlene Vogt, who
will be able to discuss it with you in person, and we recommend that
you make an appointment with her soon.

Your application is on hold until we hear from you or Dr. Vogt. If you
prefer to withdraw the application, just let us know.

Yours sincerely,
Franziska Muhr
Life Underwriting
"""
    doc = pdf([
        "Kranichsee Lebensversicherung AG - Risikoprüfung",
        "Mitteilung an die benannte Ärztin (Kopie zur Akte)",
        "Antragsteller: Erik Lindholm, geb. 28.02.1986, Antrag A-26-120577",
        "Laborbefund vom 02.04.2026 (Labor Dr. Brandt & Kollegen):",
        "  HIV-1/2-Antikörper-Suchtest (4. Gen.): reaktiv",
        "  Bestätigungstest (Immunoblot): positiv",
        "  Hepatitis B/C: negativ",
        "Bitte informieren Sie den Antragsteller persönlich; Beratung und Überweisung an eine Schwerpunktpraxis empfohlen.",
    ], "Mitteilung Laborbefund")
    msg = build("Franziska Muhr <franziska.muhr@kranichsee.example>",
                "Erik Lindholm <erik.lindholm@fjordmail.example>",
                "Your application A-26-120577",
                "Thu, 09 Apr 2026 14:40:00 +0200", text=text,
                atts=[("Kopie_Mitteilung_Aerztin_A-26-120577.pdf", doc, PDF_T)])
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
             "body says only 'a lab result requires clarification'; attached PDF copy states positive HIV test of named applicant with birth date", msg)


@mail
def m099():
    text = """Dear Ms Kerr,

As agreed for the interim audit, please find below the list of documents
we will provide in the data room by 3 July:

1. Trial balance per 30 June 2026 (all three entities)
2. Reconciliation of premium receivables
3. Reinsurance settlements Q2
4. Board minutes January-June
5. IT general controls: user access review H1

Access to the data room will be sent separately by our IT.

Kind regards,
Martin Schill
Group Accounting
"""
    msg = build("Martin Schill <martin.schill@kranichsee.example>",
                "Fiona Kerr <fiona.kerr@audit-partners.example>",
                "Interim audit 2026 - document list",
                "Mon, 22 Jun 2026 11:00:00 +0200", text=text)
    return M("NORMAL", "en", "insurer-to-partner", "audit document list; nothing sensitive", msg)


@mail
def m100():
    text = """Hallo Jasmin,

ja, das ist wieder die Entzugsgeschichte von Herrn Eisenmann
(Vers.-Nr. 30 227 590-8). Die Rechnungen kommen diesmal von der
Privatklinik am See in Kreuzlingen, 28 Tage à 1.190 CHF, plus
"Begleitmedikation". Im Tarif ist Entwöhnung nur einmal pro Vertrags-
laufzeit und nur in Deutschland bzw. EU versichert - die Schweiz zählt
nach Ziffer 4 zwar als Europa, aber die erste Maßnahme 2023 hatten wir
schon bezahlt.

Mein Vorschlag: Entgiftung (die ersten 10 Tage) als Akutbehandlung
übernehmen, den Rest ablehnen. Kannst du das mit Dr. Haas abstimmen?

Viele Grüße
Lars

> Am 04.03.2026 schrieb Jasmin Oberle:
> Lars, weißt du, ob der Fall Eisenmann der mit der Schweiz ist? Es liegen
> wieder Rechnungen über 33.000 CHF auf meinem Tisch.
"""
    msg = build("Lars Leitner <lars.leitner@kranichsee.example>",
                "Jasmin Oberle <jasmin.oberle@kranichsee.example>",
                "AW: Eisenmann - Rechnungen Schweiz",
                "Wed, 04 Mar 2026 16:30:00 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "de", "internal", "PKV: named insured, withdrawal treatment ('Entzugsgeschichte') in Swiss private clinic", msg)


@mail
def m101():
    text = """Sehr geehrte Frau Eckstein,

Sie haben uns mitgeteilt, dass Sie und Ihr Mann sich getrennt haben und
Sie sich über die Scheidung, den Unterhalt und die Aufteilung der
gemeinsamen Wohnung beraten lassen möchten.

Ihr Familien-Rechtsschutz (RS 7721-4417) umfasst Beratungs-Rechtsschutz
im Familienrecht: Wir übernehmen die Kosten für eine Erstberatung bei
einer Rechtsanwältin oder einem Rechtsanwalt Ihrer Wahl bis 250 EUR
(Schadennummer RS-26-01002). Die Kosten des Scheidungsverfahrens
selbst sind nicht versichert.

Mit freundlichen Grüßen
Tobias Rehm
Kranichsee Rechtsschutz AG
"""
    msg = build("Tobias Rehm <tobias.rehm@kranichsee.example>",
                "Carina Eckstein <carina.eckstein@posteingang.example>",
                "Beratungs-Rechtsschutz Familienrecht - RS-26-01002",
                "Tue, 14 Apr 2026 10:00:00 +0200", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-customer", "legal expenses: divorce advice for named customer (no violence, no health)", msg)


@mail
def m102():
    text = """Liebe Kolleginnen und Kollegen,

wie jedes Jahr sammeln wir in der Adventszeit für das Frauen- und
Kinderschutzhaus Karlsruhe. Dieses Jahr wünschen sich die Bewohnerinnen
vor allem:

- Gutscheine für Drogerie und Supermarkt
- Schulranzen und Federmäppchen (neu)
- Handtücher, Bettwäsche, Kinderschlafanzüge (neu oder sehr gut erhalten)

Sammelkisten stehen bis 14.12. am Empfang Gebäude A und in der Kantine.
Geldspenden gern über die Kollekte-Box bei mir (Raum 3.14) - wir
überweisen gesammelt, die Kranichsee-Stiftung verdoppelt den Betrag.

Danke euch!
Monika Gerwig
Sozialteam
"""
    msg = build("Monika Gerwig <monika.gerwig@kranichsee.example>",
                "Alle Mitarbeitenden <alle@kranichsee.example>",
                "Adventssammlung für das Frauenhaus",
                "Mon, 23 Nov 2026 08:30:00 +0100", text=text)
    return M("NORMAL", "de", "internal", "trap: donation drive for a women's shelter; organiser named only organisationally", msg)


@mail
def m103():
    text = """Sehr geehrte Frau Dr. Fuchs-Albrecht,

vielen Dank für Ihre Frage vorab. Die Kosten der Untersuchung in der
Humangenetik der Uniklinik, die Ihnen nach der Erkrankung Ihrer Schwester
empfohlen wurde, übernehmen wir aus Ihrem Tarif KompaktPlus
(Vers.-Nr. 30 118 552-0), wenn sie ärztlich veranlasst ist:

- die genetische Beratung (GOÄ-Ziffern 21/34),
- die Analyse selbst, auch wenn sie vom Labor in Rechnung gestellt wird.

Das Ergebnis müssen Sie uns nicht mitteilen und wir fragen auch nicht
danach; für die Abrechnung reichen die Rechnungen mit der Überweisung.
Sollte das Ergebnis zu vorbeugenden Maßnahmen führen (engmaschigere
Kontrollen, MRT, ggf. eine Operation), sprechen Sie uns bitte vorher
an, damit wir die Kostenübernahme klären können.

Mit freundlichen Grüßen
Jasmin Oberle
"""
    html = """<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Sehr geehrte Frau Dr. Fuchs-Albrecht,</p>
<p>vielen Dank für Ihre Frage vorab. Die Kosten der Untersuchung in der Humangenetik der Uniklinik, die Ihnen nach der
Erkrankung Ihrer Schwester empfohlen wurde, übernehmen wir aus Ihrem Tarif KompaktPlus (Vers.-Nr. 30 118 552-0),
wenn sie ärztlich veranlasst ist:</p>
<ul><li>die genetische Beratung (GOÄ-Ziffern 21/34),</li><li>die Analyse selbst, auch wenn sie vom Labor in Rechnung gestellt wird.</li></ul>
<p>Das Ergebnis müssen Sie uns nicht mitteilen und wir fragen auch nicht danach; für die Abrechnung reichen die Rechnungen
mit der Überweisung. Sollte das Ergebnis zu vorbeugenden Maßnahmen führen (engmaschigere Kontrollen, MRT, ggf. eine Operation),
sprechen Sie uns bitte vorher an, damit wir die Kostenübernahme klären können.</p>
<p>Mit freundlichen Grüßen<br>Jasmin Oberle</p>
</body></html>"""
    msg = build("Jasmin Oberle <jasmin.oberle@kranichsee.example>",
                "Dr. Katharina Fuchs-Albrecht <k.fuchs-albrecht@mailcloud.example>",
                "Ihre Anfrage zur Kostenübernahme",
                "Thu, 05 Feb 2026 15:22:00 +0100", text=text, html=html)
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "PKV: named customer's genetic testing after sister's illness, possible preventive surgery", msg)


@mail
def m104():
    text = """Sven - can you pass this on to commercial property underwriting? UK
broker, client lives in the Black Forest now, runs a guesthouse.
- Ina

-----Original Message-----
From: Hugh Pemberton <hugh@pemberton-brokers.example>
Sent: 02 April 2026 11:47
To: makler-international@kranichsee.example
Subject: New business - Gästehaus Waldblick

Good morning,

Please quote buildings and contents for my client:

Proprietor: Mrs Gillian Ashcroft (sole trader), born 11 June 1968
Business: Gästehaus Waldblick, 6 guest rooms, breakfast only
Address: Schwarzwaldstraße 44, 79674 Todtnauberg
Buildings sum: EUR 1.1m; contents incl. business equipment EUR 140,000
Turnover 2025: EUR 118,400
Her UK account for refunds: GB53 MIDL 4012 7655 1098 23
German account for the direct debit: DE39 6646 0123 0001 9007 7231

Many thanks,
Hugh Pemberton
Pemberton Insurance Brokers Ltd
"""
    msg = build("Ina Maurer <ina.maurer@kranichsee.example>",
                "Sven Jäckle <sven.jaeckle@kranichsee.example>",
                "FW: New business - Gästehaus Waldblick",
                "Thu, 02 Apr 2026 12:05:00 +0200", text=text)
    return M("CONFIDENTIAL", "en", "broker",
             "inline forward: sole-trader guesthouse owner with birth date, turnover, two IBANs (GB and DE)", msg)


@mail
def m105():
    text = """Dear colleagues,

Please note the update to the Northgate Re Life Underwriting Manual,
chapter 7 "Mental health and substance use", effective 1 July 2026.
Summary of changes (full text attached):

- Depression, single episode, fully recovered > 2 years: standard
  (previously +25 %).
- Anxiety disorders treated in primary care only: standard.
- Alcohol use disorder, abstinent 3-5 years with documented follow-up:
  +50 %; < 3 years: postpone.
- Suicide attempt: postpone for 2 years, then individual assessment
  (no automatic decline any more).
- New: no questions about counselling via employee assistance
  programmes.

Kind regards,
Ines Verhoeven
Northgate Re - Life & Health Underwriting
(forwarded by F. Muhr to Life Underwriting team)
"""
    doc = pdf([
        "Northgate Re Life Underwriting Manual - Chapter 7 (extract), effective 01.07.2026",
        "7.1 Depression",
        "  single episode, recovered > 2 years ............ standard",
        "  recurrent, stable on medication > 1 year ....... +50 %",
        "7.2 Anxiety disorders (primary care only) ........ standard",
        "7.4 Alcohol use disorder",
        "  abstinent > 5 years ............................ standard to +25 %",
        "  abstinent 3-5 years ............................ +50 %",
        "  abstinent < 3 years ............................ postpone",
        "7.6 Suicide attempt ............................... postpone 2 years, then individual",
        "7.9 Counselling (EAP, couples, bereavement) ....... not to be asked",
    ], "UW Manual ch. 7")
    msg = build("Franziska Muhr <franziska.muhr@kranichsee.example>",
                "Life Underwriting <risikopruefung-leben@kranichsee.example>",
                "FW: Northgate Re manual update - mental health chapter",
                "Fri, 05 Jun 2026 09:15:00 +0200", text=text,
                atts=[("NGR_UW_Manual_ch7_2026-07.pdf", doc, PDF_T)])
    return M("NORMAL", "en", "insurer-to-partner", "trap: reinsurer underwriting manual on depression, alcohol, suicide attempt; rules only, no person; PDF", msg)


@mail
def m106():
    orig = inner("Claudia Herrmann <c.herrmann@pfalzwerk-kunststoffe.example>",
                 "Rainer Schöttle <rainer.schoettle@kranichsee.example>",
                 "Gruppenunfallversicherung GU 4402-077 - Frau K.",
                 "Mon, 02 Feb 2026 17:55:10 +0100",
                 """Sehr geehrter Herr Schöttle,

ich wende mich in einer heiklen Sache an Sie. Unsere Mitarbeiterin
Frau Larissa Klee (Pers.-Nr. 2207) liegt seit dem 24.01. im Klinikum.
Sie ist aus dem Fenster ihrer Wohnung im 3. Stock gestürzt. Nach dem,
was ihre Mutter uns gesagt hat, war es kein Unfall - sie hat es wohl
selbst gewollt, nach einer langen schwierigen Zeit.

Die Kolleginnen wollen wissen, ob die Gruppenunfallversicherung hilft,
sie wird wohl lange nicht gehen können. Wie gehen wir da vor? Ich
möchte der Familie nichts Falsches versprechen.

Mit freundlichen Grüßen
Claudia Herrmann, Personalleitung
""")
    text = """Sehr geehrte Frau Herrmann,

vielen Dank für Ihre offene Nachricht, die ich zur Akte nehme (unten
beigefügt). Es tut mir sehr leid.

Ich muss Ihnen ehrlich antworten: Die Unfallversicherung leistet nur bei
einem unfreiwillig erlittenen Unfall. Gesundheitsschäden, die sich eine
Person absichtlich selbst zufügt, sind nicht versichert - es sei denn,
sie befand sich in einem Zustand, in dem sie ihren Willen nicht frei
bestimmen konnte. Das lässt sich nur mit ärztlichen Unterlagen klären,
und nur, wenn Frau Klee oder ihre Betreuerin das möchte.

Bitte geben Sie der Familie meine Durchwahl 0721 5566-4630. Ich würde
mit ihnen in Ruhe sprechen und nichts von ihnen verlangen, was sie nicht
geben möchten.

Mit freundlichen Grüßen
Rainer Schöttle
"""
    msg = build("Rainer Schöttle <rainer.schoettle@kranichsee.example>",
                "Claudia Herrmann <c.herrmann@pfalzwerk-kunststoffe.example>",
                "AW: Gruppenunfallversicherung GU 4402-077 - Frau K.",
                "Tue, 03 Feb 2026 10:20:00 +0100", text=text, atts=[orig])
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
             "group accident: named employee in hospital after fall from window, 'selbst gewollt' = suicide attempt (details in attached message/rfc822)", msg)


@mail
def m107():
    text = """Hallo Frau Sauer,

Ihr E-Bike (Riese & Müller Charger4, Rahmennummer WSBC 60 2218 4471)
ist über die Fahrradversicherung FV 0919-3380 gegen Diebstahl versichert.
Den Schaden vom 18.04.2026 vor dem Bahnhof Durlach haben wir unter
FV-26-00211 erfasst.

Bitte schicken Sie uns noch den zweiten Akkuschlüssel und das Foto des
aufgebrochenen Schlosses. Nach 4 Wochen ohne Wiederauffinden erstatten
wir den Neuwert laut Rechnung (5.299 EUR).

Freundliche Grüße
Schadenservice Sach
"""
    msg = build("Schadenservice Sach <schaden-sach@kranichsee.example>",
                "Melanie Sauer <melanie.sauer@posteingang.example>",
                "E-Bike-Diebstahl FV-26-00211",
                "Tue, 21 Apr 2026 09:45:00 +0200", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-customer", "e-bike theft claim of named customer, frame number, contract", msg)


@mail
def m108():
    text = """Hallo Vorstandsbüro, hi Paul,

für den Jahresbericht Betrugsbekämpfung 2025 (DE) bzw. den Group Fraud
Report (EN) hier die abgestimmten Kennzahlen. Alles aggregiert, keine
Einzelfälle - die Falldetails bleiben in der SIU.

Kennzahl / figure                          2025    2024
Verdachtsfälle / suspicious claims          1.318   1.204
davon bestätigt / confirmed                   412     377
Strafanzeigen / criminal complaints filed      37      29
verhinderte Zahlungen / savings (EUR m)       6,8     5,9
Mitarbeiterfälle / internal fraud cases         1       0

Zum internen Fall: bitte im Bericht nur "1 Fall, arbeitsrechtlich
abgeschlossen" - no further detail in the English version either.

Viele Grüße / best regards
Heiko Reuther
Special Investigation Unit
"""
    msg = build("Heiko Reuther <heiko.reuther@kranichsee.example>",
                "Vorstandsbüro <vorstandsbuero@kranichsee.example>",
                "Fraud report 2025 / Jahresbericht Betrugsbekämpfung - Kennzahlen",
                "Thu, 19 Feb 2026 13:00:00 +0100", text=text, cc="Paul Davenport <paul.davenport@kranichsee.example>")
    return M("NORMAL", "mixed", "internal", "trap: aggregated fraud and criminal-complaint figures, one internal case without any identifying detail", msg)


@mail
def m109():
    text = """Liebe Kolleginnen und Kollegen,

ab Montag, 2. März, steht im Gebäude A, 2. OG (ehemals Raum 2.07),
ein Raum der Stille zur Verfügung. Er ist für alle offen - zum Beten,
Meditieren oder einfach für ein paar ruhige Minuten.

Ein paar Regeln:
- Bitte Schuhe vor der Tür ausziehen (Regal ist da).
- Keine Telefonate, kein Essen.
- Gebetsteppiche, Sitzkissen und ein Regal mit Büchern verschiedener
  Religionen sind vorhanden; bitte nach Gebrauch zurücklegen.
- Der Raum kann nicht gebucht werden.

Die Idee kam aus dem Arbeitskreis Vielfalt - vielen Dank dafür!

Facility Management
"""
    msg = build("Facility Management <facility@kranichsee.example>",
                "Alle Mitarbeitenden <alle@kranichsee.example>",
                "Neu: Raum der Stille im Gebäude A",
                "Thu, 26 Feb 2026 11:00:00 +0100", text=text)
    return M("NORMAL", "de", "internal", "trap: quiet/prayer room announcement, religion words, no person", msg)


@mail
def m110():
    text = """Hallo Herr Kaya,

wie jeden Monat die Liste der Gewerkschaftsbeiträge, die wir auf Wunsch
der Beschäftigten direkt über die Gehaltsabrechnung abführen (Stand
Abrechnung März 2026). Bitte gleichen Sie sie mit Ihrer Mitgliederliste
ab; zwei Neuzugänge sind markiert.

Viele Grüße
Anja Gräßle
Entgeltabrechnung
Kranichsee Versicherungsgruppe
"""
    csv = ("Pers.-Nr.;Name;Vorname;Kostenstelle;Gewerkschaft;Beitrag EUR;Hinweis\r\n"
           "10233;Albrecht;Monika;4410;ver.di;38,20;\r\n"
           "10519;Bühler;Stefan;3100;ver.di;42,75;\r\n"
           "11002;Cakir;Elif;2200;ver.di;29,90;neu ab 03/2026\r\n"
           "11310;Degen;Ralf;3100;ver.di;45,10;\r\n"
           "11874;Esposito;Giulia;5200;ver.di;31,60;neu ab 03/2026\r\n"
           "12006;Fritz;Heinz;1100;ver.di;47,30;\r\n")
    msg = build("Anja Gräßle <anja.graessle@kranichsee.example>",
                "Cem Kaya <cem.kaya@kranichsee.example>",
                "Beitragsabführung März 2026",
                "Tue, 31 Mar 2026 16:00:00 +0200", text=text,
                atts=[("Gew_Beitraege_2026-03.csv", csv, CSV_T)])
    return M("STRICTLY_CONFIDENTIAL", "de", "internal",
             "harmless body ('Gewerkschaftsbeiträge' without names); CSV lists named employees' ver.di membership dues (union membership)", msg)


@mail
def m111():
    text = """Dear Mr Whitaker, sehr geehrter Herr Whitaker,

as requested, here is the English summary of your new car insurance. Die
deutsche Fassung im Kundenportal ist rechtlich maßgeblich.

Policyholder / Versicherungsnehmer: Bradley Whitaker, born 09/30/1977
(geb. 30.09.1977)
Vehicle / Fahrzeug: Tesla Model 3, KA-BW 1977
Cover / Deckung: third party liability + comprehensive (Vollkasko),
excess EUR 300 / partial cover (Teilkasko) EUR 150
No-claims class / SF-Klasse: SF 4, based on your US driving record
(letter from Lone Star Mutual accepted as proof)
Annual premium / Jahresbeitrag: EUR 1,164.90

Best regards / Viele Grüße
Kundenservice Kfz
"""
    msg = build("Kundenservice Kfz <kfz-service@kranichsee.example>",
                "Bradley Whitaker <bradley.whitaker@mailcloud.example>",
                "Your car insurance / Ihre Kfz-Versicherung KA-BW 1977",
                "Fri, 16 Jan 2026 10:10:00 +0100", text=text)
    return M("CONFIDENTIAL", "mixed", "insurer-to-customer", "motor policy summary: named customer with birth date (US and DE format), plate, premium", msg)


@mail
def m112():
    text = """Hallo Team,

die Urlaubsplanung für Juli/August steht. Bitte prüft, ob eure Vertretung
richtig eingetragen ist:

KW 28-29: Sauter (Vertretung Leitner)
KW 30-32: Oberle (Vertretung Wenzel)
KW 33: Leitner (Vertretung Sauter)
KW 34-35: Wenzel (Vertretung Oberle)

In KW 31 sind wir nur zu dritt - bitte in der Woche keine Schulungen
oder Gleitzeittage.

Gruß
Lars
"""
    msg = build("Lars Leitner <lars.leitner@kranichsee.example>",
                "Leistung Kranken Team 3 <lk-team3@kranichsee.example>",
                "Urlaubsplanung Sommer",
                "Mon, 18 May 2026 08:20:00 +0200", text=text)
    return M("NORMAL", "de", "internal", "holiday rota; nothing sensitive", msg)


@mail
def m113():
    text = """Hi Katrin,

Please find attached the Lotsenhaus usage report for Q1 2026 for your
HR committee. As per our contract, figures are only shown for the whole
company; topics are reported where at least 10 contacts occurred, all
others are grouped as "other".

Highlights: 74 new contacts (Q4 2025: 61), 58 % by phone, 42 % video.
Top topics: work stress/conflicts, family and relationships, mental
health. Addiction-related contacts are included under "other" this
quarter.

Best regards,
Jana Heberle
Lotsenhaus Beratung GmbH
(forwarded internally by Katrin Vollmer to the HR committee)
"""
    doc = pdf([
        "Lotsenhaus Beratung GmbH - EAP usage report Q1 2026 - client: Kranichsee Versicherungsgruppe",
        "Eligible employees: 2,410",
        "New contacts: 74 (utilisation 3.1 %)",
        "Channel: phone 43, video 31",
        "Topics (n >= 10): work stress/conflicts 22, family/relationships 17, mental health 14",
        "Other (n < 10 each, grouped): 21",
        "Average sessions per case: 3.4",
        "No names, departments or locations are reported.",
    ], "EAP Q1 2026")
    msg = build("Katrin Vollmer <katrin.vollmer@kranichsee.example>",
                "HR committee <hr-ausschuss@kranichsee.example>",
                "FW: Lotsenhaus usage report Q1 2026",
                "Wed, 15 Apr 2026 17:00:00 +0200", text=text,
                atts=[("Lotsenhaus_Report_Q1_2026.pdf", doc, PDF_T)])
    return M("NORMAL", "en", "internal", "trap: EAP usage report, company-wide aggregates, cells under 10 grouped; PDF", msg)


@mail
def m114():
    text = """Hi all,

a few of us would like to set up a rainbow network at Kranichsee - an
employee resource group for LGBTQ+ colleagues and allies. Our first
get-together is on Wednesday, 24 June, 17:30, in the canteen terrace
(before the CSD in Karlsruhe on 27 June).

No need to come out to anyone to join - allies are very welcome, and
the mailing list is bcc only.

Topics we'd like to discuss:
- visibility at the CSD (a Kranichsee group? flags at the entrance?)
- inclusive language in our customer letters ("Ehepartner/eingetragene
  Lebenspartner" is outdated in some templates)
- gender options in HR systems

Drop us a line at rainbow@kranichsee.example.

The organising team
"""
    msg = build("Rainbow Network <rainbow@kranichsee.example>",
                "All staff <alle@kranichsee.example>",
                "New: rainbow network - first meet-up 24 June",
                "Tue, 09 Jun 2026 12:30:00 +0200", text=text)
    return M("NORMAL", "en", "internal", "trap: LGBTQ+ network invitation, sexual orientation words, no person", msg)


@mail
def m115():
    text = """Dear Ms Fontaine,

Your laptop (Lenovo ThinkPad X1 Carbon, serial PF3K8L21) is covered by
your electronics insurance EL-0811-2270. Our repair partner, Compurep
Karlsruhe, will collect it from your home address (Rüppurrer Straße 72,
76137 Karlsruhe) on Thursday between 9 and 13.

Claim number: EL-26-00143
Cause reported: liquid damage (coffee), 24 March 2026
Excess: EUR 100

Kind regards,
Claims Service Property
"""
    msg = build("Schadenservice Sach <schaden-sach@kranichsee.example>",
                "Amélie Fontaine <amelie.fontaine@fjordmail.example>",
                "Your laptop claim EL-26-00143",
                "Wed, 25 Mar 2026 16:40:00 +0100", text=text)
    return M("CONFIDENTIAL", "en", "insurer-to-customer", "electronics claim of named customer with home address and serial number", msg)


@mail
def m116():
    text = """Sehr geehrte Eheleute Gerber,

der Sachverständige hat den Sturmschaden vom 14.02.2026 an Ihrem Haus
Talstraße 3, 77756 Hausach, besichtigt. Betroffen sind 14 Module der
Photovoltaikanlage und die Dachrinne an der Westseite.

  Wohngebäudeversicherung: WG 0091-40218
  Schadennummer: WG-26-00633
  Entschädigung PV-Module (Neuwert) 4.760,00 EUR
  Dachrinne                           612,40 EUR
  Gerüst                            1.180,00 EUR
  Summe                             6.552,40 EUR

Wir überweisen den Betrag auf das bekannte Konto.

Mit freundlichen Grüßen
Ulrike Bender
"""
    msg = build("Ulrike Bender <ulrike.bender@kranichsee.example>",
                "Familie Gerber <familie.gerber@schwarzwald-online.example>",
                "Sturmschaden Talstraße 3 - WG-26-00633",
                "Mon, 09 Mar 2026 13:00:00 +0100", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-customer", "buildings storm claim of named couple, insured address, amounts", msg)


@mail
def m117():
    text = """Sehr geehrte Frau Yavuz,

vielen Dank für Ihr Angebot vom 02.03. Wir beauftragen Sie hiermit mit
der Übersetzung unseres Faltblatts "Gewalt zu Hause - was Ihre
Versicherung für Sie tun kann" (ca. 1.450 Wörter, Word-Datei anbei) ins
Türkische, Arabische, Russische und Ukrainische.

Inhalt in Kürze: Schlossaustausch über die Hausrat, Beratungs-Rechts-
schutz im Familienrecht, Auskunftssperre im Vertrag, Adressen von
Beratungsstellen. Es enthält keine personenbezogenen Daten.

Liefertermin: 27.03.2026, Preis laut Angebot 0,14 EUR/Wort netto je
Sprache. Bitte achten Sie auf eine einfache, nicht juristische Sprache.

Mit freundlichen Grüßen
Lea Brandstetter
Unternehmenskommunikation
"""
    doc = docx([
        "Gewalt zu Hause - was Ihre Versicherung für Sie tun kann",
        "Sie sind nicht allein. Hilfetelefon Gewalt gegen Frauen: 116 016 (kostenlos, rund um die Uhr).",
        "1. Schlösser austauschen: Ihre Hausratversicherung zahlt den Schlossaustausch, wenn Schlüssel abhandengekommen sind oder eine Person sie nicht herausgibt.",
        "2. Rechtsberatung: Mit dem Familien-Rechtsschutz übernehmen wir eine Erstberatung.",
        "3. Ihre Adresse schützen: Auf Wunsch richten wir eine Auskunftssperre ein. Dann erhalten nur Sie selbst Auskunft zu Ihren Verträgen.",
        "4. Begünstigte ändern: In Ihrer Lebensversicherung können Sie ein widerrufliches Bezugsrecht jederzeit ändern.",
    ])
    msg = build("Lea Brandstetter <lea.brandstetter@kranichsee.example>",
                "Übersetzungsbüro Yavuz <auftrag@yavuz-uebersetzungen.example>",
                "Auftrag Übersetzung Faltblatt (4 Sprachen)",
                "Wed, 04 Mar 2026 10:30:00 +0100", text=text,
                atts=[("Faltblatt_Gewalt_zu_Hause_DE.docx", doc, DOCX_T)])
    return M("NORMAL", "de", "insurer-to-supplier", "trap: translation order for a domestic-violence information leaflet; DOCX, no person", msg)


@mail
def m118():
    text = """Guten Tag Herr Fischer,

Ihren Wildunfall vom 08.01.2026 auf der K 5312 zwischen Bad Herrenalb und
Dobel (Reh) regulieren wir über Ihre Teilkaskoversicherung
(Vertrag KF 7708-3315, Fahrzeug CW-TF 220).

Die Wildunfallbescheinigung des Jagdpächters liegt vor. Es wurde nach
Ihren Angaben niemand verletzt. Die Reparaturkosten laut Gutachten
betragen 3.480,16 EUR; abzüglich 150 EUR Selbstbeteiligung zahlen wir
3.330,16 EUR direkt an das Autohaus Brenk.

Ihr Schadenfreiheitsrabatt bleibt unverändert.

Mit freundlichen Grüßen
Marco Pfisterer
"""
    msg = build("Marco Pfisterer <marco.pfisterer@kranichsee.example>",
                "Tobias Fischer <tobias.fischer@mailbox-sued.example>",
                "Wildunfall 08.01.2026 - KS-26-0009918",
                "Thu, 22 Jan 2026 11:40:00 +0100", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-customer", "motor deer collision, named customer, plate, nobody hurt", msg)


@mail
def m119():
    text = """Hi all,

Following the questions in last week's underwriting clinic, a few notes
on how to handle vague disclosures in tele-interviews. None of this is
about a specific case.

1. "I had a difficult period" / "I took some time off" - ask neutrally
   what kind of help they received (GP, counselling, medication, inpatient
   stay) and when it ended. Don't guess the diagnosis and don't write
   your guess in the file.
2. "I used to drink a bit too much" - ask about treatment and how long
   it has been since, not about quantities today unless the form asks.
3. Counselling via an employer assistance programme or couples
   counselling is not treatment - no follow-up questions (see reinsurer
   manual ch. 7.9).
4. If someone tells you they are in danger at home or thinking about
   ending their life, stop the interview, use the crisis guide, inform
   your team lead.

Franziska
"""
    msg = build("Franziska Muhr <franziska.muhr@kranichsee.example>",
                "Life Underwriting <risikopruefung-leben@kranichsee.example>",
                "Notes: vague disclosures in tele-interviews",
                "Tue, 16 Jun 2026 14:25:00 +0200", text=text)
    return M("NORMAL", "en", "internal", "trap: underwriting guidance quoting euphemisms ('difficult period', 'drink a bit too much'); no case", msg)


@mail
def m120():
    text = """Thank you for your message.

I am out of the office until Monday, 13 April 2026, with limited access
to e-mail. For urgent matters concerning group benefits, please contact
our team mailbox group-benefits@kranichsee.example or call
+49 721 5566-7300.

Kind regards,
Daniel Okafor
"""
    msg = build("Daniel Okafor <daniel.okafor@kranichsee.example>",
                "Aiko Nakamura <aiko.nakamura@tessaro-software.example>",
                "Out of office: RE: GL-0207 question on new joiners",
                "Thu, 02 Apr 2026 09:01:12 +0200", text=text,
                extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    return M("NORMAL", "en", "insurer-to-company", "out-of-office auto-reply to a client contact; no content", msg)


@mail
def m121():
    text = """Sehr geehrte Frau Hettich,

danke, dass Sie sich so schnell gemeldet haben. Für Ihren Antrag beim
Familiengericht Pforzheim auf eine Schutzanordnung nach dem Gewalt-
schutzgesetz gegen Ihren früheren Lebensgefährten, Herrn Dennis Kraus,
erteilen wir Kostenschutz aus Ihrem Rechtsschutzvertrag RS 7733-0914
(Schadennummer RS-26-01155). Die Kosten von Rechtsanwältin Oswald
übernehmen wir ohne Selbstbeteiligung.

Wie gewünscht haben wir auf dem Vertrag eine Auskunftssperre eingetragen
und schreiben Ihnen künftig nur noch an diese E-Mail-Adresse. Ihre neue
Anschrift speichern wir nur intern.

Wenn Sie kurzfristig das Schloss austauschen lassen, reichen Sie die
Rechnung bitte über Ihre Hausratversicherung ein - das ist dort mit-
versichert.

Mit freundlichen Grüßen
Tobias Rehm
Kranichsee Rechtsschutz AG

> Am 19.03.2026 um 23:14 schrieb Jessica Hettich:
> Hallo, ich brauche dringend einen Anwalt. Dennis war gestern wieder vor
> der Tür und hat rumgebrüllt, die Polizei war da. Ich will dass er nicht
> mehr in meine Nähe darf. Bin ich da versichert? Bitte nichts an die alte
> Adresse schicken.
"""
    msg = build("Tobias Rehm <tobias.rehm@kranichsee.example>",
                "Jessica Hettich <jessica.hettich@posteingang.example>",
                "AW: dringend Anwalt",
                "Fri, 20 Mar 2026 08:35:00 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "domestic violence: protection order against named ex-partner, police call-out (partly in quote)", msg)


@mail
def m122():
    text = """Dear Mr de Vries,

Renewal of your yacht insurance YA-0306-118 for "Zeewind II" (Bavaria
Cruiser 37, hull no. BAVC37B2F910, home port Lindau, Lake Constance):

- Agreed hull value 2026: EUR 118,000 (2025: EUR 124,000)
- Third party liability: EUR 10m
- Navigation area: Lake Constance, Rhine to Basel
- Premium: EUR 1,046.30, due 1 May 2026

Your direct debit from NL45 INGB 0007 3145 62 will continue unchanged.

Fair winds,
Jörg Dannenmaier
Marine Claims & Underwriting
"""
    msg = build("Jörg Dannenmaier <joerg.dannenmaier@kranichsee.example>",
                "Maarten de Vries <maarten.devries@fjordmail.example>",
                "Renewal YA-0306-118 Zeewind II",
                "Wed, 01 Apr 2026 10:00:00 +0200", text=text)
    return M("CONFIDENTIAL", "en", "insurer-to-customer", "yacht renewal of named customer with Dutch IBAN", msg)


@mail
def m123():
    text = """Hallo Pricing-Team,

die Polizeiliche Kriminalstatistik 2025 für Baden-Württemberg ist
veröffentlicht. Ich habe die Wohnungseinbruchszahlen schon auf unsere
Tarifzonen gemappt (PLZ-Zweisteller, pro 100.000 Einwohner):

PLZ  | Einbrüche 2025 | je 100.000 | Veränderung | Zone alt | Zone neu
68xx |  1.912         | 121        | +6 %        | 4        | 4
69xx |    804         |  78        | -2 %        | 3        | 3
70xx |  2.231         | 139        | +9 %        | 4        | 5
76xx |  1.377         |  96        | +1 %        | 3        | 3
77xx |    611         |  64        | -8 %        | 2        | 2
79xx |    990         |  71        | +3 %        | 2        | 3

Außerdem interessant: Anteil der Taten mit Tatverdächtigen aus dem
persönlichen Umfeld ("Beziehungstaten") bei Diebstahl aus Wohnungen
laut PKS weiterhin um 15 %.

Vorschlag zur Zonenanpassung in der Runde am Donnerstag.

Gruß
Moritz Gaiser
Pricing Sach
"""
    msg = build("Moritz Gaiser <moritz.gaiser@kranichsee.example>",
                "Pricing Sach <pricing-sach@kranichsee.example>",
                "PKS 2025 - Einbruchszahlen nach Tarifzone",
                "Thu, 07 May 2026 09:30:00 +0200", text=text)
    return M("NORMAL", "de", "internal", "trap: published crime statistics mapped to tariff zones; no person", msg)


@mail
def m124():
    text = """Sehr geehrte Frau Dr. Wöhrle,

vielen Dank für das Gespräch am Telefon. Wie besprochen bestätige ich
Ihnen die neue Rahmenvereinbarung für ärztliche Befundberichte, die wir
ab 1. Juni 2026 mit der Ärztekammer-Bezirksgruppe vereinbart haben:

- Kurzer Befundbericht (Formular F1, Ankreuzbogen): 40 EUR
- Ausführlicher Befundbericht (F2, z. B. Berufsunfähigkeit, psychische
  Erkrankungen, Verlauf über mehrere Jahre): 95 EUR
- Kopien von Unterlagen: 0,50 EUR je Seite, max. 30 EUR
- Zahlung innerhalb von 14 Tagen nach Eingang der Rechnung

Die Formulare F1/F2 finden Sie im Leistungserbringer-Portal. Eine
Schweigepflichtentbindung der jeweiligen Patientin oder des Patienten
liegt jeder unserer Anfragen bei.

Mit freundlichen Grüßen
Dr. Henrik Wassermann
Kranichsee Lebensversicherung AG
"""
    msg = build("Dr. Henrik Wassermann <henrik.wassermann@kranichsee.example>",
                "Praxis Dr. Wöhrle <praxis@hausarzt-woehrle.example>",
                "Rahmenvereinbarung Befundberichte ab 01.06.2026",
                "Tue, 26 May 2026 15:00:00 +0200", text=text)
    return M("NORMAL", "de", "insurer-to-doctor", "trap: fee agreement for medical reports with a practice; no patient", msg)


@mail
def m125():
    text = """Sehr geehrte Damen und Herren,

für das Objekt Ihrer Darlehensnehmer Herrn Alexander Wunsch und Frau
Petra Wunsch, Lindenweg 9, 76327 Pfinztal, bestätigen wir den Bestand
der Wohngebäudeversicherung WG 0099-12077 (gleitender Neuwert, Feuer,
Leitungswasser, Sturm/Hagel, Elementar) und übersenden den Sicherungs-
schein zu Ihrem Darlehen Nr. 7730441902.

Die Beiträge sind bis 30.06.2026 bezahlt. Wir informieren Sie, falls der
Vertrag gekündigt wird oder Beiträge offen bleiben.

Mit freundlichen Grüßen
Vertragsservice Sach
Kranichsee Allgemeine Versicherung AG
"""
    msg = build("Vertragsservice Sach <vertrag-sach@kranichsee.example>",
                "Baufinanzierung Sparkasse <baufi@sparkasse-pfinztal.example>",
                "Sicherungsschein WG 0099-12077 / Darlehen 7730441902",
                "Fri, 17 Apr 2026 11:20:00 +0200", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-partner", "buildings policy confirmation to bank: named borrowers, address, loan number", msg)


@mail
def m126():
    text = """Dear Mr Castellanos,

Thank you for your claim submission. We have received the attached
receipts and will process them within 10 working days.

Kind regards,
International Health Claims
Kranichsee Krankenversicherung a.G.
"""
    csv = ("date,provider,description,amount,currency\r\n"
           "2026-02-03,Farmacia San Rafael,Sertralina 50 mg x30,18.40,EUR\r\n"
           "2026-02-03,Dr. Inés Molina (psiquiatra),consulta inicial,120.00,EUR\r\n"
           "2026-02-17,Dr. Inés Molina (psiquiatra),consulta de seguimiento,80.00,EUR\r\n"
           "2026-03-02,Farmacia San Rafael,Sertralina 100 mg x30,21.90,EUR\r\n"
           "2026-03-02,Farmacia San Rafael,Lorazepam 1 mg x20,4.60,EUR\r\n")
    z = zipb([
        ("claim_form_KGH-301944-01.txt", "Member: Diego Castellanos, KGH-301944-01\r\nDate of birth: 1981-08-19\r\nCountry of residence: Spain (Valencia)\r\nReason for treatment: see doctor's note - 'low mood, not sleeping since January'\r\nPayment to: IBAN on file\r\n"),
        ("receipts_feb_mar_2026.csv", csv),
        ("doctor_note_molina.pdf", pdf([
            "Dra. Inés Molina - Psiquiatría, Valencia",
            "Paciente: Diego Castellanos, 19/08/1981",
            "Motivo: estado de ánimo bajo, insomnio desde enero 2026",
            "Tratamiento: sertralina 50 -> 100 mg, seguimiento quincenal",
        ], "nota")),
    ])
    msg = build("International Health Claims <claims-international@kranichsee.example>",
                "Diego Castellanos <diego.castellanos@mailcloud.example>",
                "Claim received - KGH-301944-01",
                "Wed, 11 Mar 2026 08:00:00 +0100", text=text,
                atts=[("claim_KGH-301944-01_2026-03.zip", z, ZIP_T)])
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "harmless body; inside ZIP: named member's birth date, psychiatrist visits, sertraline/lorazepam receipts, 'low mood'", msg)


@mail
def m127():
    html = """<html><body style="font-family:'Segoe UI',Arial,sans-serif;background:#f6f8fa">
<div style="max-width:620px;margin:auto;background:#fff;padding:20px">
<h1 style="color:#5a2d82">Dry January? Try it your way.</h1>
<p>New year, new wellbeing challenge! Whether you go completely alcohol-free for 31 days or just cut down,
our app helps you track it &ndash; anonymously.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;width:100%">
<tr style="background:#efe7f7"><th>Week</th><th>Focus</th><th>Tip</th></tr>
<tr><td>1</td><td>Sleep</td><td>Notice how you sleep after three dry evenings.</td></tr>
<tr><td>2</td><td>Social life</td><td>Alcohol-free drinks at the Friday get-together are on us.</td></tr>
<tr><td>3</td><td>Money</td><td>Put what you'd have spent in a jar &ndash; or donate it.</td></tr>
<tr><td>4</td><td>Reflect</td><td>If cutting down was harder than expected, talk to Lotsenhaus &ndash; confidentially.</td></tr>
</table>
<p>Team results only, no individual data leaves the app.</p>
<p>Cheers (with sparkling water)!<br>Kranichsee Wellbeing</p>
</div></body></html>"""
    msg = build("Kranichsee Wellbeing <wellbeing@kranichsee.example>",
                "All staff <alle@kranichsee.example>",
                "Dry January challenge starts Monday",
                "Wed, 30 Dec 2026 10:00:00 +0100", html=html)
    return M("NORMAL", "en", "newsletter", "trap: alcohol-free challenge newsletter; HTML-only table; no person", msg)


@mail
def m128():
    text = """Hi Ms Becker,

Transit insurance for the relocation of your clients, Dr. Samuel Adeyemi
and Mrs Grace Adeyemi, from Frankfurt to Toronto is confirmed:

- Policy: UG-26-0418 (household goods, all risks, door to door)
- Removal company: Trans-Global Umzüge GmbH
- Loading: 18 May 2026, Friedberger Landstraße 301, 60389 Frankfurt
- Sum insured per packing list: EUR 86,500 (incl. piano EUR 9,000)
- Premium: EUR 692.00

Please make sure the clients sign the packing list with values before
loading.

Kind regards,
Jörg Dannenmaier
Marine & Transport
"""
    msg = build("Jörg Dannenmaier <joerg.dannenmaier@kranichsee.example>",
                "Stefanie Becker <s.becker@becker-finanz.example>",
                "Relocation insurance Adeyemi UG-26-0418",
                "Mon, 04 May 2026 12:00:00 +0200", text=text)
    return M("CONFIDENTIAL", "en", "insurer-to-broker", "relocation goods insurance for named couple with address and values", msg)


@mail
def m129():
    text = """Hallo Stefanie,

zum Schaden KS-26-0022417 (Lkw der Spedition Oberle & Söhne, Fahrer
Herr Sascha Mock, Auffahrunfall A 5 bei Bühl am 12.02.) eine Info, die
du für die Regressprüfung brauchst:

Die Polizei hat uns auf Nachfrage Folgendes mitgeteilt:
"Beim Fahrzeugführer wurden Auffälligkeiten festgestellt, ein Drogen-
vortest war positiv auf THC, Blutentnahme wurde angeordnet. Gegen den
Fahrer wurde ein Strafverfahren wegen Gefährdung des Straßenverkehrs
eingeleitet."

Der Fahrer des Pkw, in den er reingefahren ist, war laut Polizei nur
leicht verletzt (HWS), wurde ambulant versorgt.

Nach AKB D.2.1 prüfen wir Regress beim Fahrer (max. 5.000 EUR). Bitte
die Ermittlungsakte über die Kanzlei anfordern.

Gruß
Marco
"""
    msg = build("Marco Pfisterer <marco.pfisterer@kranichsee.example>",
                "Stefanie Rombach <stefanie.rombach@kranichsee.example>",
                "KS-26-0022417 Oberle & Söhne - Drogen/Regress",
                "Thu, 26 Feb 2026 14:50:00 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "de", "internal",
             "motor claim: named driver positive for THC, criminal proceedings; injured third party (HWS)", msg)


@mail
def m130():
    text = """Guten Tag,

in Ihrem Postfach im Kranichsee Maklerportal liegt eine neue Nachricht
für Sie bereit.

Bitte melden Sie sich unter https://makler.kranichsee.example an, um sie
zu lesen. Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte.

Ihr Kranichsee Maklerportal

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht
auf diese E-Mail.
"""
    msg = build("Kranichsee Maklerportal <noreply-makler@kranichsee.example>",
                "Kurt Wehrle <k.wehrle@wehrle-versicherungsmakler.example>",
                "Neue Nachricht in Ihrem Maklerpostfach",
                "Wed, 18 Mar 2026 07:12:00 +0100", text=text,
                extra={"Auto-Submitted": "auto-generated"})
    return M("NORMAL", "de", "insurer-to-broker", "portal notification without content", msg)


@mail
def m131():
    text = """Liebe Leserinnen und Leser,

"Mama hat den Herd angelassen - schon wieder." Solche Momente kennen
viele Familien. Vergesslichkeit im Alter ist normal, doch manchmal
steckt mehr dahinter.

Warnzeichen, bei denen Sie ärztlichen Rat suchen sollten:
- Termine und Gespräche werden in kurzer Zeit vergessen
- vertraute Wege werden nicht mehr gefunden
- Geld, Rechnungen oder Medikamente werden nicht mehr überblickt
- Stimmung und Persönlichkeit verändern sich

Was Sie tun können: Sprechen Sie das Thema behutsam an, begleiten Sie
zur Hausarztpraxis, und kümmern Sie sich rechtzeitig um eine
Vorsorgevollmacht. Den Antrag auf einen Pflegegrad stellen Sie bei der
Pflegekasse; unsere Pflegeberatung hilft kostenlos: 0800 5566 440.

Ihre Kranichsee Pflegeberatung
(Newsletter "Gut versorgt", Ausgabe 3/2026)
"""
    msg = build("Kranichsee Pflegeberatung <newsletter@kranichsee.example>",
                "Newsletter Gut versorgt <newsletter-pflege@kranichsee.example>",
                "Gut versorgt 3/2026: Vergesslich oder mehr?",
                "Tue, 08 Sep 2026 07:00:00 +0200", text=text)
    return M("NORMAL", "de", "newsletter", "trap: care newsletter on dementia warning signs; quoted example not identifiable", msg)


@mail
def m132():
    text = """Sehr geehrter Herr Stoll,

in Ihrer Auseinandersetzung mit Ihrem Nachbarn, Herrn Gerd Walz, wegen
der überhängenden Thujahecke an der Grundstücksgrenze Im Wingert 12/14,
76356 Weingarten, besteht Rechtsschutz über Ihren Vertrag RS 7718-2260
(Baustein Wohnen, Nachbarrecht). Schadennummer RS-26-00517.

Da ein Schlichtungsverfahren nach dem baden-württembergischen Schlich-
tungsgesetz vorgeschrieben ist, übernehmen wir zunächst dessen Kosten
und die Ihres Anwalts dafür.

Mit freundlichen Grüßen
Kranichsee Rechtsschutz AG
"""
    msg = build("Rechtsschutz Leistung <rechtsschutz@kranichsee.example>",
                "Bernhard Stoll <bernhard.stoll@mailbox-sued.example>",
                "Nachbarstreit Hecke - RS-26-00517",
                "Mon, 13 Apr 2026 14:00:00 +0200", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-customer", "legal expenses (neighbour dispute): named customer and neighbour, address, contract", msg)


@mail
def m133():
    text = """Hi Anke,

for the repricing of the daily sickness allowance tariffs (KT 2027),
attached are the claim counts and durations by diagnosis group for
2023-2025, from the claims data warehouse. Only aggregated rows; groups
with fewer than 20 claims are merged into "other". The extract contains
no insured IDs.

Main finding: mental disorders account for 21 % of claims but 44 % of
paid days (average duration 96 days vs. 28 for musculoskeletal).

Regards,
Jonas Ilg
Health Analytics
"""
    csv = ("diagnosis_group;claims_2023;claims_2024;claims_2025;avg_days_2025;paid_days_share_2025\r\n"
           "F00-F99 mental and behavioural;1204;1311;1398;96;44%\r\n"
           "M00-M99 musculoskeletal;2011;2090;2143;28;21%\r\n"
           "J00-J99 respiratory;1710;1455;1502;9;5%\r\n"
           "S00-T98 injuries;980;1002;1044;34;12%\r\n"
           "C00-D48 neoplasms;211;225;238;118;10%\r\n"
           "other (groups < 20 merged);640;598;611;21;8%\r\n")
    msg = build("Jonas Ilg <jonas.ilg@kranichsee.example>",
                "Anke Riedinger <anke.riedinger@kranichsee.example>",
                "KT 2027 repricing - claims by diagnosis group",
                "Fri, 15 May 2026 16:20:00 +0200", text=text,
                atts=[("kt_claims_by_diagnosis_2023-2025.csv", csv, CSV_T)])
    return M("NORMAL", "en", "internal", "trap: aggregated sickness-allowance claims by ICD chapter, small groups merged; CSV", msg)


@mail
def m134():
    text = """Dear Mr Hargreaves,

As every quarter, please find attached the health management report
for Vantor Capital GmbH (company health insurance bKV-0518) for the HR
steering group.

Best regards,
Daniel Okafor
Group Benefits
Kranichsee Krankenversicherung a.G.
"""
    rows = [
        ["bKV-0518 Vantor Capital GmbH - health management report Q1 2026", None, None, None],
        ["Team", "Insured employees", "Counselling contacts (EAP via bKV)", "Main topic"],
        ["Trading", 41, 4, "stress / sleep"],
        ["Operations", 36, 3, "family / relationships"],
        ["IT", 22, 2, "stress"],
        ["Legal", 3, 1, "alcohol - same colleague as Q4 2025, now in residential treatment"],
        ["Management board", 2, 0, "-"],
        [None],
        ["Note", "Small teams are shown separately at the client's request.", None, None],
    ]
    msg = build("Daniel Okafor <daniel.okafor@kranichsee.example>",
                "Tom Hargreaves <tom.hargreaves@vantor-capital.example>",
                "bKV-0518 health management report Q1 2026",
                "Thu, 16 Apr 2026 11:00:00 +0200", text=text,
                atts=[("bKV-0518_report_Q1_2026.ods", ods(rows, "Q1 2026"), ODS_T)])
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
             "harmless body; ODS 'aggregate' with a 3-person team cell: one colleague's alcohol problem and residential treatment (re-identifiable)", msg)


@mail
def m135():
    text = """Sehr geehrte Frau Neumaier,

vielen Dank für die Unterlagen zu Ihrer Kündigung durch die Autohaus
Krebs GmbH zum 30.06.2026. Für die Kündigungsschutzklage vor dem
Arbeitsgericht Karlsruhe besteht Rechtsschutz aus Ihrem Vertrag
RS 7729-1183 (Baustein Beruf). Schadennummer RS-26-01288.

Für die Berechnung des Streitwerts haben wir Ihr Bruttomonatsgehalt
von 3.420 EUR (lt. Gehaltsabrechnung März 2026) zugrunde gelegt; der
Streitwert beträgt damit drei Bruttomonatsgehälter, 10.260 EUR.

Wir übernehmen die Kosten Ihres Anwalts in der ersten Instanz.

Mit freundlichen Grüßen
Tobias Rehm
"""
    msg = build("Tobias Rehm <tobias.rehm@kranichsee.example>",
                "Sonja Neumaier <sonja.neumaier@posteingang.example>",
                "Kündigungsschutzklage - RS-26-01288",
                "Wed, 15 Apr 2026 09:40:00 +0200", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-customer", "employment legal expenses: named customer's gross salary, employer, contract", msg)


@mail
def m136():
    text = """Sehr geehrter Herr Aksoy,

unser herzliches Beileid zum Tod Ihres Vaters, Herrn Mehmet Aksoy.

Aus seiner Sterbegeldversicherung SG 5510-0723 zahlen wir die
Versicherungssumme von 8.000 EUR aus. Sie hatten uns gebeten, die Kosten
der Überführung nach Kayseri direkt mit dem Bestattungsinstitut Hilal
abzurechnen, damit Ihr Vater nach islamischem Ritus innerhalb von
24 Stunden beigesetzt werden kann. Das ist bereits geschehen: Wir haben
3.950 EUR an das Institut gezahlt.

Den Restbetrag von 4.050 EUR überweisen wir an Sie als Bezugs-
berechtigten auf das Konto DE43 6802 0000 0000 0483 0021.

Mit freundlichen Grüßen
Selin Aydogan
Leistung Leben
"""
    msg = build("Selin Aydoğan <selin.aydogan@kranichsee.example>",
                "Kemal Aksoy <kemal.aksoy@mailbox-sued.example>",
                "Sterbegeldversicherung SG 5510-0723 - Auszahlung",
                "Tue, 20 Jan 2026 15:30:00 +0100", text=text,
                charset="iso-8859-1", cte="quoted-printable")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "funeral (life) policy payout after named father's death; Islamic burial = religion; IBAN; iso-8859-1", msg)


@mail
def m137():
    text = """Hi all,

When you plan team events, trainings or deadlines for 2027, please check
the attached interfaith calendar first. It lists the main holidays of
the larger religious communities in our workforce, so that colleagues
don't have to ask for a day off or explain themselves. We don't know -
and don't want to know - who observes what.

Dates included: Orthodox Christmas (7 Jan), Ramadan start (approx.
8 Feb) and Eid al-Fitr (approx. 10 Mar), Passover (22-29 Apr), Easter
(28 Mar / Orthodox 2 May), Vesak, Eid al-Adha (approx. 16 May), Rosh
Hashanah (2-3 Oct), Yom Kippur (11 Oct), Diwali (29 Oct).

Diversity working group
"""
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kranichsee//Diversity//EN\r\n"
           "BEGIN:VEVENT\r\nUID:ifc-2027-01@kranichsee.example\r\nDTSTAMP:20261201T090000Z\r\nDTSTART;VALUE=DATE:20270107\r\nSUMMARY:Orthodox Christmas\r\nEND:VEVENT\r\n"
           "BEGIN:VEVENT\r\nUID:ifc-2027-02@kranichsee.example\r\nDTSTAMP:20261201T090000Z\r\nDTSTART;VALUE=DATE:20270310\r\nSUMMARY:Eid al-Fitr (approx.)\r\nEND:VEVENT\r\n"
           "BEGIN:VEVENT\r\nUID:ifc-2027-03@kranichsee.example\r\nDTSTAMP:20261201T090000Z\r\nDTSTART;VALUE=DATE:20270422\r\nDTEND;VALUE=DATE:20270430\r\nSUMMARY:Passover\r\nEND:VEVENT\r\n"
           "BEGIN:VEVENT\r\nUID:ifc-2027-04@kranichsee.example\r\nDTSTAMP:20261201T090000Z\r\nDTSTART;VALUE=DATE:20271011\r\nSUMMARY:Yom Kippur\r\nEND:VEVENT\r\n"
           "BEGIN:VEVENT\r\nUID:ifc-2027-05@kranichsee.example\r\nDTSTAMP:20261201T090000Z\r\nDTSTART;VALUE=DATE:20271029\r\nSUMMARY:Diwali\r\nEND:VEVENT\r\n"
           "END:VCALENDAR\r\n")
    msg = build("Diversity Working Group <vielfalt@kranichsee.example>",
                "People managers <fuehrungskraefte@kranichsee.example>",
                "Interfaith calendar 2027 for planning",
                "Tue, 01 Dec 2026 09:00:00 +0100", text=text,
                atts=[("interfaith_calendar_2027.ics", ics, ICS_T)])
    return M("NORMAL", "en", "internal", "trap: interfaith holiday calendar (ICS), explicitly no information on who observes what", msg)


@mail
def m138():
    text = """Dear Mr and Mrs Thompson,

Thank you for choosing Kranichsee for your new home.

Buildings insurance WG 0101-55830
Property: Am Kirchberg 5, 69151 Neckargemünd
Sum insured: replacement value (Wert 1914: 24,800 Mark)
Start of cover: 15 May 2026 (handover date)
Annual premium: EUR 1,288.70

At the request of your lender, Neckartal Bausparkasse, we have issued a
security certificate (Sicherungsschein) for loan no. 55102877. Your
first premium will be collected on 15 May.

Kind regards,
Contract Service Property
"""
    msg = build("Vertragsservice Sach <vertrag-sach@kranichsee.example>",
                "Rob Thompson <rob.thompson@fjordmail.example>",
                "Your buildings insurance WG 0101-55830",
                "Tue, 12 May 2026 10:10:00 +0200", text=text)
    return M("CONFIDENTIAL", "en", "insurer-to-customer", "buildings policy of named couple, address, loan number", msg)


@mail
def m139():
    text = """Sehr geehrte Frau Hildebrandt,

vielen Dank für Ihren Anruf und die Unterlagen zu Ihrer Tochter Mia
(mitversichert unter Vers.-Nr. 30 402 119-2).

Die stationäre Behandlung in der Klinik für Kinder- und Jugend-
psychiatrie am Klinikum Lahr seit dem 9. März übernehmen wir im Rahmen
Ihres Tarifs. Sie hatten am Telefon gesagt, es gehe "um das Essen", Mia
habe seit dem Herbst stark abgenommen und man habe sie "gerade noch
rechtzeitig" aufgenommen. Die Klinik hat die voraussichtliche Dauer mit
10 bis 12 Wochen angegeben; die Kostenzusage gilt zunächst bis 31. Mai
und wird auf Antrag der Klinik verlängert.

Auch die Unterbringung einer Begleitperson in den ersten Tagen ist
versichert.

Wir wünschen Mia alles Gute.

Mit freundlichen Grüßen
Jasmin Oberle
"""
    msg = build("Jasmin Oberle <jasmin.oberle@kranichsee.example>",
                "Kerstin Hildebrandt <k.hildebrandt@schwarzwald-online.example>",
                "Kostenzusage stationäre Behandlung Mia",
                "Fri, 13 Mar 2026 12:00:00 +0100", text=text, cte="base64")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "PKV: named daughter in child psychiatry 'um das Essen', weight loss (eating disorder said indirectly); base64 body", msg)


@mail
def m140():
    text = """Dear Mr Berisha,

Further to our meeting, we confirm the extension of the cleaning
contract RV-2022-031 for buildings A and B (Kriegsstraße 140/142) until
31 December 2027 at the prices of your offer of 14 April 2026:

- daily office cleaning: EUR 38,420 per month
- window cleaning (4x per year): EUR 6,900 per round
- carpet deep cleaning (2x per year): EUR 4,150 per round

Please send the revised service specification with the new times for
the canteen (after 15:00).

Regards,
Bernd Kimmig
Facility Management
"""
    msg = build("Bernd Kimmig <bernd.kimmig@kranichsee.example>",
                "Arben Berisha <a.berisha@glanzwerk-gebaeudeservice.example>",
                "Extension cleaning contract RV-2022-031",
                "Wed, 22 Apr 2026 14:30:00 +0200", text=text)
    return M("NORMAL", "en", "insurer-to-supplier", "cleaning contract extension (company supplier); nothing sensitive", msg)


@mail
def m141():
    text = """Sehr geehrter Herr Heitz,

nach dem Gutachten der Dekra ist Ihr Fahrzeug (Audi A4 Avant, OG-MH 430,
Vertrag KF 7741-8805) ein wirtschaftlicher Totalschaden. Der Unfall vom
02.03.2026 (Glatteis, Alleinunfall, nach Ihren Angaben ohne Verletzte)
ist über Ihre Vollkasko versichert.

  Wiederbeschaffungswert          14.900,00 EUR
  abzgl. Restwert (Höchstgebot)   -2.350,00 EUR
  abzgl. Selbstbeteiligung          -300,00 EUR
  Auszahlung                      12.250,00 EUR

Die Zahlung erfolgt auf Ihr Konto DE93 6609 0444 0000 8220 6457.
Bitte übergeben Sie das Fahrzeug dem Restwertkäufer (Autoverwertung
Renchtal) gegen Zahlung des Restwerts.

Mit freundlichen Grüßen
Marco Pfisterer
"""
    msg = build("Marco Pfisterer <marco.pfisterer@kranichsee.example>",
                "Manfred Heitz <manfred.heitz@schwarzwald-online.example>",
                "Totalschaden OG-MH 430 - Abrechnung",
                "Tue, 24 Mar 2026 10:00:00 +0100", text=text)
    return M("CONFIDENTIAL", "de", "insurer-to-customer", "motor total loss: named customer, plate, payout IBAN, nobody hurt", msg)


@mail
def m142():
    text = """Hi Katrin,

I need your advice, and I'd rather write it down than say it in the
open-plan office.

Tom Fairbanks's old problem is back, I'm fairly sure. Twice this week he
came in after lunch smelling of it, and on Wednesday he nearly sent the
bordereau to the wrong cedant. When he was off for those six weeks two
years ago, we all knew where he was, even though nobody said it. He's a
good underwriter and I don't want to lose him - but I also can't let
him sign off treaty documents like this.

What am I allowed to say to him? Can I send him to the company doctor?

Thanks,
Alastair

Alastair Reid
Team Lead Reinsurance Underwriting
"""
    msg = build("Alastair Reid <alastair.reid@kranichsee.example>",
                "Katrin Vollmer <katrin.vollmer@kranichsee.example>",
                "Need advice - Tom",
                "Fri, 20 Feb 2026 18:03:00 +0100", text=text)
    return M("STRICTLY_CONFIDENTIAL", "en", "internal",
             "named employee: 'old problem is back', smelling of it, earlier six-week absence = alcohol addiction said indirectly", msg)


@mail
def m143():
    text = """Liebe Mitglieder der Arbeitsgruppe,

anbei der Entwurf der Betriebsvereinbarung "Suchtprävention und Hilfe
bei Suchtproblemen" (Stand nach der Sitzung vom 12.05.). Änderungen
gegenüber der letzten Fassung sind im Text beschrieben.

Bitte Anmerkungen bis 29.05. an mich. Die Unterzeichnung ist für die
Betriebsratssitzung im Juni geplant.

Viele Grüße
Katrin Vollmer
HR - im Auftrag der paritätischen Arbeitsgruppe
"""
    doc = docx([
        "Betriebsvereinbarung Suchtprävention und Hilfe bei Suchtproblemen (Entwurf 3)",
        "§ 1 Geltungsbereich: alle Beschäftigten der Kranichsee Versicherungsgruppe am Standort Karlsruhe.",
        "§ 2 Ziel: Vorbeugung, frühzeitige Hilfe, Gleichbehandlung, Schutz der Vertraulichkeit.",
        "§ 3 Stufenplan bei Auffälligkeiten am Arbeitsplatz:",
        "Stufe 1: vertrauliches Gespräch Führungskraft - beschäftigte Person, Hinweis auf Hilfeangebote. Keine Aktennotiz in der Personalakte.",
        "Stufe 2: erneute Auffälligkeit innerhalb von 8 Wochen: Gespräch mit HR und auf Wunsch Betriebsrat; Empfehlung Suchtberatung.",
        "Stufe 3-5: Auflagen, Abmahnung nur bei Verletzung arbeitsvertraglicher Pflichten, nie wegen der Erkrankung selbst.",
        "§ 4 Rückkehr nach einer Therapie: Anspruch auf Rückkehr an den bisherigen Arbeitsplatz, Wiedereingliederungsgespräch.",
        "§ 5 Alkohol bei betrieblichen Feiern: alkoholfreie Alternativen sind immer anzubieten.",
        "§ 6 Datenschutz: Gesprächsnotizen der Stufen 1-2 werden nach 12 Monaten ohne weitere Auffälligkeit vernichtet.",
    ], table=[["Stufe", "Beteiligte", "Dokumentation"], ["1", "FK, MA", "keine"], ["2", "FK, MA, HR, ggf. BR", "Gesprächsnotiz (verschlossen)"], ["3", "FK, MA, HR, BR, Suchtberatung", "Gesprächsnotiz, Auflagen"]])
    msg = build("Katrin Vollmer <katrin.vollmer@kranichsee.example>",
                "AG Betriebsvereinbarung Sucht <ag-bv-sucht@kranichsee.example>",
                "Entwurf 3 BV Suchtprävention",
                "Thu, 14 May 2026 11:45:00 +0200", text=text,
                atts=[("BV_Sucht_Entwurf3.docx", doc, DOCX_T)])
    return M("NORMAL", "de", "internal", "trap: draft works agreement on addiction with step plan; DOCX with table, no person", msg)


@mail
def m144():
    text = """Dear Ms Ferreira,

Thank you for reporting the incident of 6 March 2026 on the cycle path
along the Alb. You told us you brushed against a pedestrian, Mr Klaus
Eberhardt, while overtaking; his mobile phone fell and the screen broke.
You both confirmed that nobody was hurt.

The damage is covered by your personal liability policy PH 1195-4410
(claim PH-26-00219). We will pay Mr Eberhardt the repair cost of
EUR 289.00 against the invoice from the repair shop.

Kind regards,
Claims Service Liability
"""
    msg = build("Schadenservice Haftpflicht <schaden-haftpflicht@kranichsee.example>",
                "Ana Ferreira <ana.ferreira@mailcloud.example>",
                "Your liability claim PH-26-00219",
                "Fri, 13 Mar 2026 09:30:00 +0100", text=text)
    return M("CONFIDENTIAL", "en", "insurer-to-customer", "personal liability claim, named customer and third party, nobody hurt", msg)


@mail
def m145():
    text = """Sehr geehrter Herr Seibold,

vielen Dank für Ihre Rechnungen. Die Kosten der Untersuchungen in der
Ambulanz für sexuelle Gesundheit am Städtischen Klinikum vom 12. und
26. Februar (Abstriche, Labor, Behandlung) erstatten wir vollständig
nach Ihrem Tarif AmbulantPlus:

  Rechnung vom 12.02.2026    187,42 EUR
  Rechnung vom 26.02.2026     96,18 EUR
  Rezept Apotheke              31,05 EUR
  Erstattung gesamt          314,65 EUR

Die empfohlene Kontrolle in drei Monaten ist ebenfalls versichert.
Beitragsrückerstattung: Durch diese Erstattung entfällt für 2026 der
Anspruch auf Beitragsrückerstattung - wenn Sie die Rechnungen lieber
selbst tragen möchten, sagen Sie uns bis Jahresende Bescheid.

Mit freundlichen Grüßen
Jasmin Oberle
Vers.-Nr. 30 509 881-7
"""
    msg = build("Jasmin Oberle <jasmin.oberle@kranichsee.example>",
                "Patrick Seibold <patrick.seibold@posteingang.example>",
                "Ihre Rechnungen vom Februar",
                "Mon, 09 Mar 2026 13:25:00 +0100", text=text, cte="quoted-printable")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "PKV: named customer treated at sexual health clinic (STI said indirectly)", msg)


@mail
def m146():
    text = """Sehr geehrte Frau Winterhalter,

vielen Dank für Ihre Anfrage für Ihren Beitrag im "Badischen Wochen-
blatt" zum Thema HIV-Prophylaxe.

Gern unsere Antworten:

1. Übernimmt die Kranichsee Krankenversicherung die Kosten der PrEP?
   Ja. In allen ambulanten Tarifen erstatten wir die PrEP wie andere
   verordnete Arzneimittel, seit 2019. Auch die begleitenden
   Untersuchungen sind versichert.
2. Wie viele Versicherte nutzen das? Dazu veröffentlichen wir keine
   Zahlen, auch nicht anonymisiert, weil die Gruppe klein ist.
3. Erfährt der Arbeitgeber davon? Nein. Leistungsdaten gehen an
   niemanden außer der versicherten Person.
4. Wird nach einer PrEP im Antrag gefragt? Wir fragen nach Behandlungen
   und Medikamenten der letzten Jahre; eine PrEP führt bei uns nicht zu
   einem Zuschlag.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
Lea Brandstetter
Pressestelle
"""
    msg = build("Lea Brandstetter <presse@kranichsee.example>",
                "Jana Winterhalter <j.winterhalter@badisches-wochenblatt.example>",
                "Ihre Presseanfrage PrEP",
                "Wed, 29 Apr 2026 16:00:00 +0200", text=text)
    return M("NORMAL", "de", "insurer-to-partner", "trap: press answer on HIV PrEP coverage; general, no figures, no person", msg)


@mail
def m147():
    text = """Dear Ms Schultheiß, sehr geehrte Frau Schultheiß,

wie gewünscht bestätigen wir Ihren Schadenverlauf für Ihren Umzug nach
Irland. As requested, here is confirmation of your claims history for
your move to Ireland:

Policyholder / Versicherungsnehmerin: Nicole Schultheiß
Date of birth / Geburtsdatum: 1984-01-23
Policy / Vertrag: KF 7736-0092 (cancelled / beendet 31.03.2026)
Insured since / Versichert seit: 01.06.2008
Claims in the last 5 years / Schäden in den letzten 5 Jahren: 0
No-claims class / SF-Klasse: SF 17 (= 17 claim-free years)

Kind regards / Mit freundlichen Grüßen
Kundenservice Kfz
"""
    msg = build("Kundenservice Kfz <kfz-service@kranichsee.example>",
                "Nicole Schultheiß <nicole.schultheiss@fjordmail.example>",
                "Claims history / Schadenverlauf KF 7736-0092",
                "Thu, 02 Apr 2026 08:45:00 +0200", text=text)
    return M("CONFIDENTIAL", "mixed", "insurer-to-customer", "no-claims letter DE/EN: named customer, birth date (ISO format), contract", msg)


@mail
def m148():
    text = """Sehr geehrte Frau Engler,

vielen Dank für Ihre Nachricht und die Kopie der Bestätigung des
Standesamts Freiburg. Wir haben Ihren Vertrag geändert:

  Versicherungsnummer: 30 377 204-5
  neuer Vorname: Lina (bisher: Linus)
  Geschlechtseintrag: weiblich
  Anrede: Frau

Die Änderung nach dem Selbstbestimmungsgesetz hat keinen Einfluss auf
Ihren Beitrag oder Ihren Versicherungsschutz. Auch die bisherigen
Leistungszusagen, etwa für die laufende Hormonbehandlung bei
Dr. Rebmann, gelten unverändert weiter.

Ihre neue Versichertenkarte ist unterwegs. Alte Schreiben mit dem
früheren Namen versenden wir nicht mehr.

Mit freundlichen Grüßen
Kundenservice Krankenversicherung
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Sehr geehrte Frau Engler,</p>
<p>vielen Dank für Ihre Nachricht und die Kopie der Bestätigung des Standesamts Freiburg. Wir haben Ihren Vertrag geändert:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Versicherungsnummer</td><td>30 377 204-5</td></tr>
<tr><td>neuer Vorname</td><td>Lina (bisher: Linus)</td></tr>
<tr><td>Geschlechtseintrag</td><td>weiblich</td></tr>
<tr><td>Anrede</td><td>Frau</td></tr>
</table>
<p>Die Änderung nach dem Selbstbestimmungsgesetz hat keinen Einfluss auf Ihren Beitrag oder Ihren Versicherungsschutz.
Auch die bisherigen Leistungszusagen, etwa für die laufende Hormonbehandlung bei Dr. Rebmann, gelten unverändert weiter.</p>
<p>Ihre neue Versichertenkarte ist unterwegs. Alte Schreiben mit dem früheren Namen versenden wir nicht mehr.</p>
<p>Mit freundlichen Grüßen<br>Kundenservice Krankenversicherung</p>
</body></html>"""
    msg = build("Kundenservice Krankenversicherung <service-kranken@kranichsee.example>",
                "Lina Engler <lina.engler@posteingang.example>",
                "Änderung Ihrer Vertragsdaten",
                "Mon, 26 Jan 2026 10:50:00 +0100", text=text, html=html)
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "PKV contract of named person: change of first name and gender entry (gender identity), hormone treatment", msg)


@mail
def m149():
    text = """Hallo zusammen,

ab 1. Juli werden die Stellplätze in der Tiefgarage Gebäude A neu
vergeben. Wer einen festen Platz möchte, meldet sich bitte bis 15.06.
über das Formular im Intranet.

Vorrang haben wie bisher:
- Fahrgemeinschaften (mind. 2 Personen)
- E-Autos (Ladeplätze U1, 24 Stück)
- Schwerbehindertenparkplätze (Nachweis bei Facility, wird nicht
  gespeichert - wie bisher)

Die übrigen Plätze werden verlost. Die Parkgebühr bleibt bei 35 EUR
im Monat.

Facility Management
"""
    msg = build("Facility Management <facility@kranichsee.example>",
                "Alle Mitarbeitenden <alle@kranichsee.example>",
                "Neuvergabe Tiefgaragenplätze ab 1. Juli",
                "Mon, 01 Jun 2026 13:00:00 +0200", text=text)
    return M("NORMAL", "de", "internal", "parking space allocation; general mention of disabled parking, no person", msg)


@mail
def m150():
    text = """Protokoll / Minutes - Datenschutz-Lenkungskreis, 17.03.2026

Teilnehmende / attendees: Haag (DSB), Rehm (Rechtsschutz), Seitz
(Kundenservice), Reid (Reinsurance), Okafor (Group Benefits)

TOP 1 Auskunftssperren (z. B. bei häuslicher Gewalt / domestic violence)
- Stand: 43 aktive Sperrvermerke über alle Sparten (2025: 31). Keine
  Auswertung nach Gründen - the reason is not recorded on purpose.
- Problem: Sperrvermerk wird bei Vertragswechsel in eine andere Sparte
  nicht übernommen. Maßnahme: IT-Change beauftragt (Seitz).

TOP 2 English-language claims mail / englischsprachige Leistungspost
- Group Benefits uses templates that still ask for "diagnosis" in the
  first letter. Decision: new template without diagnosis question
  (Okafor, by 30 April).

TOP 3 Teams-Chats mit Gesundheitsangaben über Kolleg:innen
- Hinweis im Intranet-FAQ (veröffentlicht 05.03.). No individual cases
  discussed.

Nächster Termin / next meeting: 16.06.2026

gez. P. Haag
"""
    msg = build("Philipp Haag <datenschutz@kranichsee.example>",
                "Lenkungskreis Datenschutz <lk-datenschutz@kranichsee.example>",
                "Protokoll Lenkungskreis Datenschutz 17.03.2026 / minutes",
                "Wed, 18 Mar 2026 09:00:00 +0100", text=text)
    return M("NORMAL", "mixed", "internal",
             "trap: DE/EN data-protection minutes on blocking notices for domestic violence; counts only, no case", msg)


# ======================================================================
# writing and checking
# ======================================================================
EXPECT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
# IBANs deliberately invalid (none) or published examples (none): all must pass.
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b")
ADDR_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)")


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def fname(i):
    return "d%s-%04d.eml" % (NN, i)


def generate():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, fn in enumerate(MAILS, 1):
        assert fn.__name__ == "m%03d" % i, fn.__name__
        m = fn()
        data = m.msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(OUT, fname(i)), "wb") as f:
            f.write(data)
        for x in (m.label, m.lang, m.kind, m.reason):
            assert "\t" not in x and "\n" not in x
        rows.append("\t".join([fname(i), m.label, m.lang, m.kind, m.reason]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails" % len(MAILS))


def _texts(msg):
    """All decoded text of a parsed message, including attachments where feasible."""
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            continue
        payload = part.get_payload(decode=True) or b""
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        elif ct == ZIP_T:
            with zipfile.ZipFile(io.BytesIO(payload)) as z:
                assert z.testzip() is None
                for n in z.namelist():
                    b = z.read(n)
                    if n.endswith((".csv", ".txt", ".ics")):
                        out.append(b.decode("utf-8", "replace"))
                    elif n.endswith((".xlsx", ".docx", ".odt", ".ods")):
                        out.append(_office_text(b))
        elif ct in (XLSX_T, DOCX_T, ODS_T, ODT_T):
            out.append(_office_text(payload))
        elif ct == PDF_T or (ct == "application/octet-stream" and payload[:5] == b"%PDF-"):
            assert payload.startswith(b"%PDF-") and payload.rstrip().endswith(b"%%EOF")
            out.append(payload.decode("cp1252", "replace"))
    return out


def _office_text(b):
    with zipfile.ZipFile(io.BytesIO(b)) as z:
        assert z.testzip() is None
        txt = []
        for n in z.namelist():
            if n.endswith(".xml"):
                x = z.read(n).decode("utf-8")
                txt.append(re.sub(r"<[^>]+>", " ", x))
        return " ".join(txt)


def check():
    ok = True
    rows = open(os.path.join(HERE, "labels.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
    assert rows[0] == "file\tlabel\tlang\tkind\treason", rows[0]
    rows = [r.split("\t") for r in rows[1:]]
    if len(rows) != len(MAILS) or len(rows) != 150:
        print("FAIL: %d rows, %d functions" % (len(rows), len(MAILS)))
        ok = False
    count = {}
    langs = {}
    traps = 0
    for r in rows:
        if len(r) != 5:
            print("FAIL: bad row", r)
            ok = False
            continue
        f, label, lang, kind, reason = r
        count[label] = count.get(label, 0) + 1
        langs[(label, lang)] = langs.get((label, lang), 0) + 1
        if label == "NORMAL" and reason.startswith("trap:"):
            traps += 1
        if label != "NORMAL" and reason.startswith("trap:"):
            print("FAIL: trap prefix on sensitive", f)
            ok = False
        path = os.path.join(OUT, f)
        raw = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            print("FAIL: bare LF in", f)
            ok = False
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                print("FAIL: missing", h, f)
                ok = False
        if not str(msg["From"]).lower().rstrip(">").endswith("@" + INS):
            print("FAIL: From not insurer", f, msg["From"])
            ok = False
        try:
            texts = _texts(msg)
        except Exception as e:  # noqa
            print("FAIL: cannot parse parts of", f, e)
            ok = False
            continue
        allt = "\n".join(texts) + "\n" + "\n".join(str(v) for k, v in msg.items())
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                allt += "\n".join(str(v) for k, v in part.get_payload(0).items())
        for dom in ADDR_RE.findall(allt):
            d = dom.rstrip(".").lower()
            if not d.endswith(".example"):
                print("FAIL: non-.example domain", d, "in", f)
                ok = False
        for ib in IBAN_RE.findall(allt):
            c = ib.replace(" ", "")
            if len(c) >= 15 and c[:2] in ("DE", "AT", "GB", "NL", "CH", "FR") and not iban_ok(c):
                print("FAIL: bad IBAN", ib, "in", f)
                ok = False
    for k, v in EXPECT.items():
        if count.get(k) != v:
            print("FAIL: %s = %s, expected %d" % (k, count.get(k), v))
            ok = False
    if traps < 40:
        print("FAIL: only %d traps" % traps)
        ok = False
    print("labels:", count, "traps:", traps)
    print("label x lang:", dict(sorted(langs.items())))
    print("CHECK", "OK" if ok else "FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    generate()
