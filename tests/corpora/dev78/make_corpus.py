#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev78 for Siegel: children, pupils, students and families at an insurer.

Every mail is written by hand in its own function m001 ... m150. The helpers below
only turn that content into MIME or into attachment files (PDF, DOCX, XLSX, ODT,
ODS, ZIP). Deterministic: fixed dates, Message-IDs, MIME boundaries, ZIP times.

    python make_corpus.py          writes mails/d78-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses and validates everything
"""
import csv
import datetime as _dt
import email
import email.policy
import html.parser
import io
import os
import re
import sys
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape as _xesc
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
NN = "78"
POLICY = email.policy.SMTP
TZ = _dt.timezone(_dt.timedelta(hours=1))
BASE = _dt.datetime(2024, 9, 2, 7, 41, tzinfo=TZ)
ZIPTIME = (2024, 9, 1, 8, 0, 0)
INS = "auenwald.example"

# ---------------------------------------------------------------- MIME helpers

_current = {"n": 0}


def _date(n):
    # deterministic spread over ~5 months, office hours mostly
    d = BASE + _dt.timedelta(days=(n * 37) % 151, minutes=(n * 53) % 600)
    if d.weekday() >= 5:  # office mail: move weekend dates to Monday
        d += _dt.timedelta(days=7 - d.weekday())
    return d


def mail(frm, to, subject, body=None, *, cc=None, html=None, html_only=False,
         atts=(), charset="utf-8", cte=None, flowed=False, headers=None,
         reply_to=None, date=None):
    """Build an EmailMessage from hand-written content."""
    n = _current["n"]
    if cte is None:
        txt = html if html_only else body
        if any(ord(c) > 127 for c in txt) or any(len(l) > 900 for l in txt.splitlines()):
            cte = "quoted-printable"
    m = EmailMessage(policy=POLICY)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date or _date(n))
    m["Message-ID"] = "<d%s-%04d.%x@mail.%s>" % (NN, n, 0x5A17 * n + 78, INS)
    m["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        m.set_content(body, charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte="quoted-printable")
    for a in atts:
        _attach(m, a)
    _fix_boundaries(m, n)
    return m


def _attach(m, a):
    kind = a[0]
    if kind == "msg":
        m.add_attachment(a[1], filename=a[2] if len(a) > 2 else None)
        return
    _, fname, data = a[:3]
    ctype = a[3] if len(a) > 3 else _ctype(fname)
    maintype, subtype = ctype.split("/")
    if isinstance(data, str):
        cs = a[4] if len(a) > 4 else "utf-8"
        data = data.encode(cs)
    else:
        cs = None
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if maintype == "text" and cs:
        m.get_payload()[-1].set_param("charset", cs)


def _ctype(fname):
    ext = fname.rsplit(".", 1)[-1].lower()
    return {
        "pdf": "application/pdf",
        "csv": "text/csv",
        "ics": "text/calendar",
        "html": "text/html",
        "htm": "text/html",
        "txt": "text/plain",
        "zip": "application/zip",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "odt": "application/vnd.oasis.opendocument.text",
        "ods": "application/vnd.oasis.opendocument.spreadsheet",
        "eml": "message/rfc822",
        "jpg": "image/jpeg",
    }.get(ext, "application/octet-stream")


def _fix_boundaries(m, n):
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("=_d%s_%04d_%d" % (NN, n, i))


def inner(frm, to, subject, body, date, msgid, charset="utf-8"):
    """A forwarded mail (message/rfc822), content written by hand by the caller."""
    m = EmailMessage(policy=POLICY)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset=charset)
    return m


# ---------------------------------------------------------- attachment makers

def _zipbytes(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zipfile_of(members):
    """members: list of (name, bytes|str)."""
    return _zipbytes(members)


def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b


def pdf(lines, title="Dokument"):
    """Minimal one-or-more-page PDF with the given text lines (Helvetica, WinAnsi)."""
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pl in enumerate(pages):
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)).encode())
        st = b"BT /F1 10 Tf 56 790 Td 14 TL\n"
        for ln in pl:
            st += b"(" + _pdf_str(ln) + b") Tj T*\n"
        st += b"ET"
        objs.append(b"<< /Length %d >>\nstream\n" % len(st) + st + b"\nendstream")
    objs.append(b"<< /Title (" + _pdf_str(title) + b") /Producer (Auenwald DMS 4.2) "
                b"/CreationDate (D:20240901080000+01'00') >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, len(objs), x))
    return out


def docx(paras, table=None):
    """paras: list of str; table: optional list of rows (list of str)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = ""
    for p in paras:
        body += "<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % _xesc(p)
    if table:
        body += "<w:tbl>"
        for row in table:
            body += "<w:tr>" + "".join(
                "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p></w:tc>" % _xesc(c)
                for c in row) + "</w:tr>"
        body += "</w:tbl><w:p/>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (W, body))
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
    return _zipbytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1"):
    """rows: list of lists; numbers stay numbers, everything else inline strings."""
    sd = ""
    for r, row in enumerate(rows):
        sd += '<row r="%d">' % (r + 1)
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r + 1)
            if isinstance(v, (int, float)):
                sd += '<c r="%s"><v>%s</v></c>' % (ref, v)
            else:
                sd += '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _xesc(str(v)))
        sd += "</row>"
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % sd)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xesc(sheet))
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
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zipbytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                      ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s><office:body>%s</office:body></office:document-content>'
               % (_ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zipbytes([("mimetype", mime), ("content.xml", content), ("META-INF/manifest.xml", manifest)])


def odt(paras):
    body = "<office:text>" + "".join("<text:p>%s</text:p>" % _xesc(p) for p in paras) + "</office:text>"
    return _odf("application/vnd.oasis.opendocument.text", body)


def ods(rows, sheet="Tabelle1"):
    t = '<table:table table:name="%s">' % _xesc(sheet)
    for row in rows:
        t += "<table:table-row>" + "".join(
            "<table:table-cell><text:p>%s</text:p></table:table-cell>" % _xesc(str(c)) for c in row) + "</table:table-row>"
    t += "</table:table>"
    return _odf("application/vnd.oasis.opendocument.spreadsheet", "<office:spreadsheet>%s</office:spreadsheet>" % t)


def R(msg, label, lang, kind, reason):
    return (msg, label, lang, kind, reason)


# =====================================================================
# The mails. Each function is one hand-written message.
# =====================================================================

def m001():
    body = """Sehr geehrte Frau Kuhlmann,

vielen Dank für Ihre Nachricht und die Unterlagen zum Unfall Ihrer Tochter Lina
am 12.09.2024 in der Grundschule am Lindenhof.

Wir haben den Schaden in der Kinder-Unfallversicherung erfasst:

  Versicherungsschein:  UV-4471-208833
  Versicherte Person:   Lina Kuhlmann, geb. 03.05.2015
  Schadennummer:        U-2024-031547
  Unfallhergang:        Sturz vom Klettergerüst in der großen Pause
  Diagnose lt. Bericht: distale Radiusfraktur links (S52.50), Gipsschiene

Die Leistungen aus dem Baustein "Gipsgeld" (einmalig 250 EUR) und das Schmerzensgeld
bei Knochenbruch zahlen wir in den nächsten Tagen auf Ihr bekanntes Konto aus.
Ob eine Invalidität verbleibt, lässt sich erst später beurteilen. Bitte schicken Sie
uns dafür in ca. 6 Monaten den Abschlussbericht der Unfallchirurgie.

Die Unfallanzeige der Schule an die Unfallkasse Hessen brauchen wir nicht, der
Durchgangsarztbericht reicht uns.

Gute Besserung für Lina!

Mit freundlichen Grüßen

Aylin Korkmaz
Leistung Unfallversicherung
Auenwald Versicherung AG
Auenwaldplatz 1, 34117 Kassel
Tel. 0561 7788-4412

-----Ursprüngliche Nachricht-----
Von: Stefanie Kuhlmann <steffi.kuhlmann@mailbox.example>
Gesendet: Freitag, 13. September 2024 21:14
An: unfall@auenwald.example
Betreff: Unfall Lina in der Schule

Hallo,
meine Tochter ist gestern in der Schule vom Klettergerüst gefallen und hat sich
den Arm gebrochen. Sie hat jetzt einen Gips bis Anfang Oktober. Wir haben bei
Ihnen die Kinderunfall. Anbei der Bericht vom Krankenhaus. Was muss ich noch tun?

Viele Grüße
Steffi Kuhlmann
"""
    m = mail("Aylin Korkmaz <aylin.korkmaz@auenwald.example>",
             "Stefanie Kuhlmann <steffi.kuhlmann@mailbox.example>",
             "AW: Unfall Lina in der Schule - Ihre Schadennummer U-2024-031547", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "child accident claim, named pupil with birth date and fracture diagnosis S52.50")


def m002():
    body = """Hallo Carina,

das kam heute über den Elternverteiler der Schule meiner Kinder. Fand ich als
Aufhänger für unseren Familien-Blog ganz nett (Thema "Was zahlt eigentlich wer,
wenn's in der Schule juckt" o.ä.) - nur als Idee.

LG Jonas

---------- Weitergeleitete Nachricht ----------
Von: Sekretariat Grundschule am Lindenhof <sekretariat@gs-lindenhof.example>
Datum: Mo., 23. Sept. 2024 um 08:02
Betreff: Elterninfo Klasse 2b - Kopflausbefall

Liebe Eltern der Klasse 2b,

in der Klasse Ihres Kindes ist Kopflausbefall aufgetreten. Bitte untersuchen Sie
die Haare Ihres Kindes in den nächsten Tagen sorgfältig (am besten nass mit einem
Läusekamm). Wird Ihr Kind behandelt, darf es nach der ersten korrekten Behandlung
die Schule wieder besuchen. Die Rückmeldung auf dem beigefügten Abschnitt ist nach
§ 34 Infektionsschutzgesetz erforderlich.

Weitere Informationen finden Sie unter https://www.infektionsschutz.example/kopflaeuse

Vielen Dank für Ihre Mithilfe!
Ihr Schulteam der Grundschule am Lindenhof
"""
    m = mail("Jonas Petrowski <jonas.petrowski@auenwald.example>",
             "Carina Wolff <carina.wolff@auenwald.example>",
             "WG: Elterninfo Klasse 2b - Kopflausbefall", body)
    return R(m, "NORMAL", "de", "internal",
             "trap: school newsletter about head lice in a class, no pupil named, forwarded as blog idea")


def m003():
    body = """Sehr geehrter Herr Kuhlmann,

Ihre Schadenmeldung vom 30.09.2024 zu Ihrer Privathaftpflichtversicherung haben wir
unter der Schadennummer H-2024-77130 erfasst.

Nach Ihrer Schilderung hat Ihr Sohn Ben (6 Jahre) beim Fußballspielen im Garten den
Ball gegen das Wohnzimmerfenster Ihres Nachbarn, Herrn Gerd Ilsemann, Lindenstraße 14,
geschossen; die Scheibe ist gesprungen.

Hierzu ein wichtiger Hinweis: Kinder unter sieben Jahren sind nach § 828 BGB nicht
deliktsfähig. Eine gesetzliche Haftung besteht deshalb nur, wenn Sie Ihre
Aufsichtspflicht verletzt haben. Ihr Vertrag (PHV-1-30 551 274, Tarif Familie Komfort)
enthält jedoch die Klausel "Schäden durch deliktunfähige Kinder" bis 15.000 EUR.
Wir regulieren den Schaden daher, auch wenn keine Haftung besteht.

Bitte lassen Sie uns noch den Kostenvoranschlag des Glasers zukommen. Herr Ilsemann
kann ihn auch direkt an uns senden (Schadennummer angeben).

Freundliche Grüße
Nils Harms
Schaden Haftpflicht
Auenwald Allgemeine Versicherung AG
"""
    m = mail("Nils Harms <nils.harms@auenwald.example>",
             "Marco Kuhlmann <m.kuhlmann@mailbox.example>",
             "Ihre Schadenmeldung H-2024-77130 - Fensterscheibe Nachbar", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "liability claim by a 6-year-old, named family, policy and claim number, neighbour's address; nobody hurt")


def m004():
    body = """PRESS RELEASE - for immediate release

Auenwald launches "Campus Cover", a health plan for international students in Germany

Kassel, 7 October 2024 - Auenwald Krankenversicherung AG today introduced Campus Cover,
a private health insurance plan designed for international degree and exchange students
who are exempt from statutory health insurance or who are not eligible for it.

Campus Cover includes outpatient and inpatient treatment, emergency dental care,
psychotherapy (up to 20 sessions per year), vaccinations recommended by the STIKO and
repatriation. Monthly premiums start at EUR 39.90 for students under 30. Proof of
insurance for university enrolment is available in English and German within one
working day.

"Every winter semester about 4,000 students from abroad start at universities in
Northern Hesse alone," says Dr. Henrike Voss, member of the Board. "They need cover
that universities accept and that they can understand."

Campus Cover can be applied for online at https://www.auenwald.example/campus-cover.

Press contact:
Auenwald Versicherung AG, Corporate Communications
Marlene Stöckl, presse@auenwald.example, +49 561 7788-1000
"""
    m = mail("Marlene Stöckl <presse@auenwald.example>",
             "Press list <presseverteiler@auenwald.example>",
             "Press release: Auenwald launches Campus Cover for international students", body,
             headers={"Bcc": "redaktionen@medienkontor.example"})
    return R(m, "NORMAL", "en", "newsletter",
             "trap: press release on a student health plan, psychotherapy and vaccinations named, no person")


def m005():
    body = """Dear Mr Herrera,

thank you for your email and the discharge letter from Klinikum Kassel.

We are sorry to hear that you had to be operated on so quickly. We have checked your
claim under your Campus Cover policy (policy no. KV 88 214 607):

- Inpatient stay 14-17 October 2024, Klinikum Kassel, Department of General Surgery
- Diagnosis: acute appendicitis (K35.8), laparoscopic appendectomy (OPS 5-470.11)
- DRG G23C, invoice total EUR 3,412.56

The hospital will bill us directly, so you do not have to pay anything yourself. The
bill for the emergency doctor (EUR 86.40) that you paid in cash will be refunded to
your account ending in ...4471 within the next few days.

Please note that the sick note for your university ("Attest") is not something we
need - you can hand it in at the International Office directly.

Get well soon!

Kind regards
Mareike Vossberg
Student & International Desk
Auenwald Krankenversicherung AG

> From: Tomás Herrera <tomas.herrera@studmail.example>
> Sent: Saturday, 19 October 2024 10:22
> Subject: hospital bill
>
> Hello, I had an emergency surgery (appendix) last week in Kassel, I am insured
> with you as exchange student. I attach the letter from the hospital. Do I have to
> pay the hospital myself?? Thanks, Tomás
"""
    m = mail("Mareike Vossberg <student-desk@auenwald.example>",
             "Tomás Herrera <tomas.herrera@studmail.example>",
             "RE: hospital bill - policy KV 88 214 607", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "international student's appendectomy, ICD K35.8, OPS, hospital invoice")


def m006():
    body = """Dear Mrs Henderson,

we have registered the theft of your son's laptop under claim number HR-S-2024-40218
(household contents policy HR-7702145).

As we understand it, Noah's MacBook Air was taken from an unlocked locker in the sports
hall of the Frankfurt International School on 24 September. Items taken away from your
home are covered under the "external cover" (Außenversicherung) for up to 3 months, but
theft from an unlocked locker is not a burglary in the sense of our conditions (§ 7
VHB 2022). Unfortunately we can therefore only consider the claim if the locker was
actually locked and broken open.

Could you let us know:
1. whether the locker was locked,
2. the police reference number (Tagebuchnummer) of your report,
3. the purchase receipt for the laptop.

Best regards
Petra Quandt
Property Claims
Auenwald Allgemeine Versicherung AG
"""
    m = mail("Petra Quandt <petra.quandt@auenwald.example>",
             "Jennifer Henderson <jen.henderson@usmail.example>",
             "Your claim HR-S-2024-40218 - stolen laptop at school", body)
    return R(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "household theft claim of a named pupil, policy and claim numbers")


def m007():
    flyer = pdf([
        "Auenwald Kinder-Unfall Plus",
        "Weil Kinder nicht stillsitzen.",
        "",
        "Rund 60 % aller Unfälle von Kindern passieren in der Freizeit - dann zahlt",
        "die gesetzliche Unfallversicherung nicht. Kinder-Unfall Plus schützt rund",
        "um die Uhr, weltweit.",
        "",
        "Leistungen (Tarif Premium):",
        "- Invaliditätsgrundsumme 150.000 EUR, mit Progression 500 % bis 750.000 EUR",
        "- Kinder-Unfallrente ab 50 % Invalidität: 1.000 EUR monatlich, lebenslang",
        "- Gipsgeld 250 EUR, Knochenbruch-Sofortleistung 1.000 EUR",
        "- Kosmetische Operationen bis 25.000 EUR",
        "- Zahnersatz nach Unfall, Bergungskosten, Rooming-in im Krankenhaus",
        "- Mitversichert: Vergiftungen, Zeckenstich (FSME, Borreliose), Insektenstiche",
        "",
        "Beispiel: Mia, 7 Jahre, stürzt beim Inline-Skaten. Bruch des Handgelenks,",
        "es bleibt eine Bewegungseinschränkung. Leistung: 1.000 EUR Sofortleistung",
        "+ 250 EUR Gipsgeld + 12.000 EUR Invaliditätsleistung.",
        "(Beispielfall, Namen und Zahlen frei gewählt.)",
        "",
        "Beitrag ab 7,90 EUR im Monat. Jetzt beraten lassen!",
        "Auenwald Versicherung AG, Auenwaldplatz 1, 34117 Kassel, www.auenwald.example",
    ], title="Flyer Kinder-Unfall Plus 2025")
    body = """Hallo Herr Jaspers,

anbei die finale Druckfassung des Flyers "Kinder-Unfall Plus" für die
Herbstaktion. Bitte gerne an die Vertriebspartner weitergeben, die gedruckten
Exemplare (5.000 Stück) kommen KW 42 ins Lager.

Freigabe Recht/Compliance ist erfolgt (Ticket MKT-2291).

Viele Grüße
Carina Wolff
Marketing & Kommunikation
"""
    m = mail("Carina Wolff <carina.wolff@auenwald.example>",
             "Holger Jaspers <holger.jaspers@auenwald.example>",
             "Flyer Kinder-Unfall Plus - Druckfassung", body,
             atts=[("file", "Flyer_Kinder-Unfall-Plus_2025.pdf", flyer)])
    return R(m, "NORMAL", "de", "internal",
             "trap: product flyer for child accident insurance, fictitious example child, no real person")


def m008():
    body = """Sehr geehrte Frau Dr. Stadler,

wir beziehen uns auf Ihren kieferorthopädischen Behandlungsplan vom 02.09.2024 für
unseren Versicherten

  Emre Yilmaz, geb. 21.02.2011
  Versicherungsnehmerin: Derya Yilmaz, KV-Nr. 77 310 845, Tarif ZahnKids 90

Befund laut Plan: Distalbiss mit vergrößerter Frontzahnstufe (Overjet 7,5 mm),
Engstand im UK, KIG-Einstufung D4. Geplant sind eine herausnehmbare Apparatur
(Aktivator) für ca. 12 Monate und anschließend eine festsitzende Multibandapparatur,
Gesamtdauer 16 Quartale.

Da die KIG-Stufe D4 erreicht ist, übernimmt die gesetzliche Kasse die Regelversorgung;
unser Tarif ZahnKids 90 erstattet 90 % der privaten Mehrleistungen. Folgende
Positionen laut Ihrer Mehrkostenvereinbarung erkennen wir an:

  - Keramikbrackets OK/UK (analog GOZ 6100)          erstattungsfähig
  - Nickelfreie Bögen (Material)                     erstattungsfähig
  - Professionelle Zahnreinigung begleitend, 4x/Jahr erstattungsfähig bis 100 EUR/Jahr
  - Digitale Modellanalyse (analog GOZ 6010)         erstattungsfähig
  - Lingualretainer nach Abschluss                   erst nach Vorlage

Den Kostenvoranschlag über insgesamt 2.860,00 EUR Mehrkosten haben wir damit
mit 2.574,00 EUR vorgemerkt. Eine Kopie dieses Schreibens erhält Frau Yilmaz.

Mit freundlichen Grüßen

Sabine Oehlkers
Leistungsprüfung Zahn / KFO
Auenwald Krankenversicherung AG
"""
    m = mail("Sabine Oehlkers <sabine.oehlkers@auenwald.example>",
             "Praxis Dr. Yvonne Stadler <praxis@kfo-stadler.example>",
             "Kostenzusage KFO - Emre Yilmaz, geb. 21.02.2011", body,
             cc="Derya Yilmaz <derya.yilmaz@webpost.example>")
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
             "orthodontic treatment plan of a named child, KIG D4 findings, GOZ positions, cost approval")


def m009():
    body = """Ticket INC-0048812 - Portal upload of vaccination record scans fails

Priority: P3
Component: Kundenportal / Dokumentenupload
Reporter: Kevin Rusch (IT Service Desk)

Description:
Since release 24.10.1 uploads of scanned vaccination records ("Impfpass") in the
customer portal fail with HTTP 413 (Request Entity Too Large) when the file is a
multi-page PDF above 8 MB. Smaller PDFs and JPGs go through. The nginx limit on
the portal ingress was lowered from 25 MB to 8 MB by change CHG-7710.

Affected document type: DOC_IMPF (vaccination certificate, used for travel
vaccination refunds and the child bonus programme).

No customer data attached to this ticket. Test file used: impfpass_dummy_12pages.pdf
(generated, no real content).

Proposed fix: raise client_max_body_size to 25m for /api/upload, or compress on client.

Please take over, Platform team.
Kevin
"""
    m = mail("Kevin Rusch <kevin.rusch@auenwald.example>",
             "Platform Team <platform-team@auenwald.example>",
             "[INC-0048812] Portal: Impfpass upload fails with HTTP 413", body)
    return R(m, "NORMAL", "en", "internal",
             "trap: IT ticket about vaccination record uploads, dummy file, no customer")


def m010():
    rows = [
        ["Klassenfahrt 7c Juist 04.11.-08.11.2024 - Teilnehmerliste Gruppen-Reiseversicherung", "", "", "", ""],
        ["Nr.", "Name", "Vorname", "Geburtsdatum", "Wohnort"],
        [1, "Albers", "Finn", "14.03.2011", "Baunatal"],
        [2, "Bektas", "Elif", "02.07.2011", "Kassel"],
        [3, "Dörnbach", "Luis", "29.10.2010", "Wolfhagen"],
        [4, "Engel", "Mara", "11.01.2011", "Kassel"],
        [5, "Fischer", "Paul", "19.06.2011", "Vellmar"],
        [6, "Grabowski", "Tim", "08.08.2011", "Kassel"],
        [7, "Hoang", "Linh", "23.04.2011", "Kassel"],
        [8, "Kuhlmann", "Jana", "30.12.2010", "Kassel"],
        [9, "Meißner", "Lea", "05.05.2011", "Ahnatal"],
        [10, "Nowak", "Jakub", "17.09.2011", "Kassel"],
        [11, "Petersen", "Ole", "21.02.2011", "Kassel"],
        [12, "Schäfer", "Emily", "01.11.2011", "Fuldatal"],
        ["Begleitpersonen", "Reinhardt", "Katrin (Lehrerin)", "", ""],
        ["", "Oswald", "Tobias (Lehrer)", "", ""],
    ]
    body = """Sehr geehrte Frau Reinhardt,

vielen Dank für die Teilnehmerliste. Die Gruppen-Reiseversicherung
(Reiserücktritt + Reiseabbruch, ohne Auslandskranken, da Inlandsreise) für die
Klassenfahrt der 7c nach Juist ist damit dokumentiert:

  Vertrag: GR-2024-11873, Reisezeitraum 04.11.-08.11.2024
  Versicherte Personen: 12 Schüler/innen, 2 Begleitpersonen
  Reisepreis je Person: 289 EUR, Prämie gesamt 98,00 EUR

Ich habe die Liste in unser Format übernommen und hänge sie zur Kontrolle an.
Bitte prüfen Sie die Schreibweise der Namen und die Geburtsdaten; Nachmeldungen
sind bis 7 Tage vor Abreise möglich.

Beste Grüße aus Kassel
Lea Scheuermann
Kundenservice Reise
Auenwald Allgemeine Versicherung AG
"""
    m = mail("Lea Scheuermann <lea.scheuermann@auenwald.example>",
             "Katrin Reinhardt <k.reinhardt@gesamtschule-nordstadt.example>",
             "Gruppen-Reiseversicherung Klassenfahrt 7c Juist - Teilnehmerliste", body,
             atts=[("file", "GR-2024-11873_Teilnehmer.xlsx", xlsx(rows, "Teilnehmer"))])
    return R(m, "CONFIDENTIAL", "de", "insurer-to-school",
             "school trip cancellation cover, pupils' names and birth dates in XLSX, no health data")


def m011():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 30.09.2025 in Elternzeit und lese meine E-Mails nicht.
Ihre Nachricht wird nicht weitergeleitet.

In Angelegenheiten der Kinder-Unfallversicherung wenden Sie sich bitte an
unfall@auenwald.example oder 0561 7788-4400.

Viele Grüße
Tamara Heinemann
"""
    m = mail("Tamara Heinemann <tamara.heinemann@auenwald.example>",
             "Brede Familienfinanz <info@brede-finanz.example>",
             "Abwesenheitsnotiz: Nachfrage Antrag Kinderunfall", body,
             headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    return R(m, "NORMAL", "de", "insurer-to-broker",
             "trap: out-of-office of a colleague on parental leave, organisational")


def m012():
    body = """Dear Mr O'Connor,

thank you for sending the prescription and the pharmacy receipt for Aoife.

We can confirm reimbursement under your family health policy (KV 60 118 032, tariff
Expat Family Comfort):

  Insured person:  Aoife O'Connor (8)
  Prescription:    Dr. Bernd Achterberg, paediatrician, 11.09.2024
  Medication:      adrenaline auto-injector 150 micrograms ("Emerade 150"), 2 pens
  Indication:      severe peanut allergy with history of anaphylaxis (T78.0, Z91.0)
  Amount paid:     EUR 187.46
  Reimbursed:      EUR 187.46 (100 %, no deductible for children)

The refund will be credited to your account IE90 AIBK 9311 5262 8459 81 within
3 to 5 working days.

A note that might help: the school can keep a second set of pens. A second
prescription for the school set is also covered - just send us the receipt.

Kind regards
Fiona McAllister
Expat Health Service
Auenwald Krankenversicherung AG
"""
    m = mail("Fiona McAllister <fiona.mcallister@auenwald.example>",
             "Ciarán O'Connor <ciaran.oconnor@greenpost.example>",
             "Reimbursement - adrenaline auto-injectors for Aoife", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "child's anaphylaxis / peanut allergy, medication, ICD codes, plus IBAN")


def m013():
    body = """Sehr geehrte Frau Engel,

gerne tragen wir Ihren Sohn als Fahrer im Rahmen des Begleiteten Fahrens ab 17 in
Ihre Kfz-Versicherung ein.

  Vertrag:           KF-5520-118204
  Fahrzeug:          VW Golf Variant, KS-ME 2207
  Neuer Fahrer:      Jonas Engel, geb. 14.12.2007
  Prüfungsbescheinigung BF17 vom 16.12.2024
  Begleitpersonen:   Michaela Engel, Thomas Engel

Durch den zusätzlichen Fahrer unter 23 Jahren erhöht sich der Jahresbeitrag ab
16.12.2024 um 212,40 EUR. Der anteilige Mehrbeitrag von 9,87 EUR wird mit der
nächsten Abbuchung eingezogen.

Einen Nachtrag zum Versicherungsschein erhalten Sie per Post.

Freundliche Grüße
Timo Brandl
Kundenservice Kfz
"""
    m = mail("Timo Brandl <timo.brandl@auenwald.example>",
             "Michaela Engel <michaela.engel@famengel.example>",
             "Ihr Kfz-Vertrag KF-5520-118204 - Eintragung Fahrer BF17", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "motor policy, teen driver's birth date, plate number")


def m014():
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Auenwald Versicherung//Veranstaltungen//DE\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:sommerfest-tsv-2025@auenwald.example\r
DTSTAMP:20240915T080000Z\r
DTSTART;TZID=Europe/Berlin:20250614T110000\r
DTEND;TZID=Europe/Berlin:20250614T180000\r
SUMMARY:Jugend-Sommerfest TSV Eintracht Wolfhagen (Sponsoring Auenwald)\r
LOCATION:Sportplatz Am Bürgerhaus, Wolfhagen\r
DESCRIPTION:Unser Stand: Torwandschießen + Glücksrad. Erste-Hilfe-Station\r
  stellt das DRK. Bitte 2 Kolleg/innen für den Stand eintragen.\r
ORGANIZER;CN=Holger Jaspers:mailto:holger.jaspers@auenwald.example\r
END:VEVENT\r
END:VCALENDAR\r
"""
    body = """Hallo zusammen,

wie jedes Jahr sind wir beim Jugend-Sommerfest des TSV Eintracht Wolfhagen mit einem
Stand dabei (Torwand, Glücksrad, Give-aways: Trinkflaschen und Pflaster-Sets mit
Logo). Die Einladung hänge ich an. Wer Lust hat, bitte bis Ende Mai bei mir melden -
Kinder dürfen gerne mitgebracht werden.

Gruß
Holger
"""
    m = mail("Holger Jaspers <holger.jaspers@auenwald.example>",
             "Vertrieb Nordhessen <vertrieb-nordhessen@auenwald.example>",
             "Einladung: Jugend-Sommerfest TSV Wolfhagen 14.06.2025", body,
             atts=[("file", "einladung.ics", ics.replace("\r\n", "\n"), "text/calendar")])
    return R(m, "NORMAL", "de", "internal",
             "trap: sports club event invitation with first-aid station, no personal data")


def m015():
    body = """Sehr geehrte Frau Brandstätter,

zu Ihrer Einreichung vom 07.10.2024 erhalten Sie anbei unsere Leistungsabrechnung.

Versicherte Person: Felix Brandstätter (Tarif KinderAmbulant 100)
KV-Nr. 51 402 776

Beleg 1  Dr. med. Bernd Achterberg, Kinder- und Jugendmedizin
         Diagnose: einfache Aktivitäts- und Aufmerksamkeitsstörung (F90.0 G)
         GOÄ 1, 5, 801, 857 (Conners-Fragebogen)          84,37 EUR   erstattet 84,37 EUR
Beleg 2  Apotheke am Königsplatz, BtM-Rezept
         Medikinet retard 20 mg, 30 Hartkapseln            58,12 EUR   erstattet 58,12 EUR
Beleg 3  Ergotherapie Praxis Sandmann, 10x Einzelbehandlung  412,00 EUR   erstattet 329,60 EUR
         (Erstattung bis zum Höchstsatz der Heilmittelliste, vgl. § 4 Abs. 4 AVB)

Auszahlung gesamt: 472,09 EUR auf Ihr Konto bei der Kasseler Sparkasse.

Zum Medikament: Bei Methylphenidat genügt uns künftig die Kopie des BtM-Rezepts
mit Apothekenstempel; das Original bleibt bei der Apotheke.

Mit freundlichen Grüßen
Jonas Petrowski
Leistung Kranken
"""
    m = mail("Jonas Petrowski <jonas.petrowski@auenwald.example>",
             "Katja Brandstätter <katja.brandstaetter@mailbox.example>",
             "Leistungsabrechnung vom 14.10.2024 - Felix", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "ADHD diagnosis F90.0, methylphenidate and occupational therapy for a named child")


def m016():
    body = """Hi all,

for Thursday's broker training ("Selling child disability and accident cover") here
is the case study I mentioned. All details are anonymised; the figures come from a
closed file from 2019 with rounding and swapped details.

Case 3 - Trampoline
- Boy, 10, jumps on a garden trampoline at a friend's birthday party, lands
  on the frame.
- Result: complex fracture of the lower leg, two operations, permanent restriction
  of the ankle joint.
- Invalidity under the limb table ("Gliedertaxe"): foot 40 %, assessed at 1/2 =
  20 % invalidity.
- Sum insured EUR 100,000 with 350 % progression -> at 20 % no progression
  effect yet: payment EUR 20,000.
- Question for the group: what would the payment have been with 225 % progression
  and a basic sum of EUR 200,000? Why does the child accident pension not apply?

Slides follow tomorrow.
Daniel
"""
    m = mail("Daniel Okafor <daniel.okafor@auenwald.example>",
             "Broker Academy <maklerakademie@auenwald.example>",
             "Case study for Thursday - child accident (anonymised)", body)
    return R(m, "NORMAL", "en", "internal",
             "trap: anonymised case study with injury and invalidity figures, no identifiable child")


def m017():
    body = """Sehr geehrter Herr Dörnbach,

danke für die schnelle Meldung. Wir haben den Schaden zur Vereinshaftpflicht des
TSV Eintracht Wolfhagen 1911 e.V. aufgenommen:

  Vertrag:        VH-3301-007745 (Sportverein, 612 Mitglieder)
  Schadennummer:  H-2024-80922
  Schadentag:     05.10.2024, Auswärtsspiel der C-Jugend beim SC Baunatal
  Schaden:        Kabinentür und Garderobenhaken beschädigt (nach Ihrer Schilderung
                  beim "Feiern" nach dem Spiel), Kosten lt. Rechnung Platzwart 640 EUR
  Verletzt:       niemand

Bitte beachten Sie: Schäden, die Mitglieder vorsätzlich verursachen, sind nicht
versichert. Ob hier "nur" grobe Ausgelassenheit vorlag, klären wir mit dem SC Baunatal.
Ansprechpartner dort ist laut Ihrer Mail Herr Wendel Kraus (Kassenwart).

Die Namen der beteiligten Spieler benötigen wir derzeit nicht.

Mit sportlichen Grüßen
Nils Harms
Schaden Haftpflicht
"""
    m = mail("Nils Harms <nils.harms@auenwald.example>",
             "Ralf Dörnbach <jugendleitung@tsv-wolfhagen.example>",
             "Vereinshaftpflicht TSV Wolfhagen - Schaden H-2024-80922 (Kabine Baunatal)", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-club",
             "club liability claim with named youth leader as contact, policy and claim number; nobody hurt")


def m018():
    gut = pdf([
        "Neurologisches Fachgutachten zur Bemessung der Invalidität",
        "Kinder-Invaliditätsversicherung, Vertrag KI-2202-556310",
        "",
        "Versicherte: Hanna Schönherr, geb. 17.06.2017",
        "Gutachter: Prof. Dr. med. Konstantin Elsner, Neuropädiatrie, Klinikum Nordstadt",
        "Untersuchung am 26.08.2024 in Anwesenheit der Mutter",
        "",
        "Vorgeschichte: Im Februar 2023 bakterielle Meningitis (Pneumokokken, A39.0 / G00.1),",
        "Intensivbehandlung über 9 Tage. Seither beidseitige Schallempfindungsschwerhörigkeit",
        "(H90.3), rechts an Taubheit grenzend. Cochlea-Implantat rechts seit 05/2023,",
        "links Hörgeräteversorgung. Leichte Gleichgewichtsstörung, feinmotorisch unauffällig.",
        "",
        "Befund: Sprachverständnis mit CI im Freifeld 70 % (Freiburger Einsilber, 65 dB),",
        "Sprachentwicklung leicht verzögert, Förderung durch Frühförderstelle Hören.",
        "",
        "Beurteilung: Es liegt eine dauerhafte Beeinträchtigung durch Krankheit vor.",
        "Nach den Bedingungen (Behinderungsgrad nach Versorgungsmedizin-Verordnung)",
        "schlage ich einen Grad der Behinderung von 70 vor. Der Zustand ist stabil.",
        "",
        "Kassel, 09.09.2024",
        "gez. Prof. Dr. med. K. Elsner",
    ], title="Gutachten Schönherr")
    body = """Sehr geehrte Frau Schönherr, sehr geehrter Herr Schönherr,

anbei erhalten Sie wie besprochen eine Kopie des neurologischen Gutachtens von
Prof. Elsner.

Auf dieser Grundlage erkennen wir Ihren Anspruch aus der Kinder-Invaliditäts-
versicherung an: Bei einem Grad der Behinderung von 70 zahlen wir die vereinbarte
Kinderrente von monatlich 750 EUR, rückwirkend ab 01.03.2024, sowie die
Kapitalleistung von 30.000 EUR. Die Abrechnung folgt gesondert per Post.

Für Rückfragen erreichen Sie mich direkt unter 0561 7788-4418.

Mit freundlichen Grüßen
Markus Wendeborn
Leistung Unfall / Kinder-Invalidität
Auenwald Versicherung AG
"""
    m = mail("Markus Wendeborn <markus.wendeborn@auenwald.example>",
             "Familie Schönherr <schoenherr.familie@webpost.example>",
             "Ihre Kinder-Invaliditätsversicherung KI-2202-556310 - Gutachten", body,
             atts=[("file", "Gutachten_Elsner_2024-09-09.pdf", gut)])
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "child disability claim; meningitis, hearing loss, cochlear implant in the PDF report")


def m019():
    rows = [
        ["Auswertung Kinder- und Jugendsparte 2021-2023 (aggregiert, Stand 30.06.2024)", "", "", ""],
        ["Merkmal", "2021", "2022", "2023"],
        ["Unfallmeldungen Kinder-Unfall gesamt", 1864, 2071, 2239],
        ["  davon Alter 0-5", 402, 455, 470],
        ["  davon Alter 6-10", 781, 862, 931],
        ["  davon Alter 11-17", 681, 754, 838],
        ["  davon Unfallort Schule/Kita", 512, 560, 618],
        ["  davon Sport/Verein", 633, 702, 781],
        ["Häufigste Verletzung: Fraktur obere Extremität (S42-S62), Anteil", "38%", "37%", "39%"],
        ["Invaliditätsfälle (>0 %)", 96, 104, 117],
        ["KFO-Fälle ZahnKids (Neuzugang Behandlung)", 1210, 1356, 1402],
        ["  KIG 1-2 (nur privat)", 388, 431, 455],
        ["  KIG 3-5 (GKV-Regelversorgung + Mehrkosten)", 822, 925, 947],
        ["Ø Erstattung KFO je Fall (EUR)", 1844, 1912, 2040],
        ["Hinweis: Zellen < 5 Fälle wurden mit Nachbarklassen zusammengefasst.", "", "", ""],
    ]
    body = """Hallo Herr Dr. Lorenz,

wie in der Produktrunde besprochen die Zahlen für das Kinder-Portfolio. Auffällig:
Schule/Kita wächst stärker als Freizeit, das passt zu der Beobachtung, dass Eltern
seit 2022 häufiger auch Bagatellfälle melden (Sofortleistung Knochenbruch).

Beste Grüße
Anja Ritter
Aktuariat Schaden/Unfall
"""
    m = mail("Anja Ritter <anja.ritter@auenwald.example>",
             "Dr. Stefan Lorenz <stefan.lorenz@auenwald.example>",
             "Kinderportfolio 2021-2023: Unfälle und KFO (aggregiert)", body,
             atts=[("file", "Kinderportfolio_2021-2023.xlsx", xlsx(rows, "Auswertung"))])
    return R(m, "NORMAL", "de", "internal",
             "trap: aggregated child accident and orthodontic statistics, ICD chapters, small cells merged")


def m020():
    body = """Dear Mr Herrera,

thank you for reporting the damage in the shared kitchen of your student residence
(Studentenwohnheim Holländischer Platz, Moritzstraße 18, room 3.14).

We have opened claim H-2024-81377 under your private liability insurance
(PHV-1-31 002 918, tariff Campus Liability). According to your description a pan
with oil caught fire on 2 November while you were cooking; the extractor hood and
one wall cabinet were damaged. Nobody was injured, and the fire brigade was not
called.

Damage to rented rooms is covered ("Mietsachschäden an Wohnräumen"). The
Studentenwerk will send us the repair estimate directly. Your deductible is
EUR 150.

Kind regards
Nils Harms
Liability Claims
Auenwald Allgemeine Versicherung AG
"""
    m = mail("Nils Harms <nils.harms@auenwald.example>",
             "Tomás Herrera <tomas.herrera@studmail.example>",
             "Your liability claim H-2024-81377 - kitchen fire in student residence", body)
    return R(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "student's liability claim, address, policy and claim numbers; nobody injured")


def m021():
    text = """Dear Mr and Mrs Henderson,

Thank you for submitting the invoices from the travel medicine clinic. Your family's
travel vaccinations before your trip to Kenya are covered under your tariff
Expat Family Comfort (policy KV 60 224 519). Details:

Insured person | Vaccination | Date | Amount | Refund
Mason Henderson (11) | Yellow fever (Stamaril) | 12.08.2024 | EUR 78.20 | EUR 78.20
Mason Henderson (11) | Typhoid (Typhim Vi) | 12.08.2024 | EUR 41.35 | EUR 41.35
Chloe Henderson (7) | Yellow fever (Stamaril) | 12.08.2024 | EUR 78.20 | EUR 78.20
Chloe Henderson (7) | Hepatitis A, 1st dose (Havrix 720 Kinder) | 12.08.2024 | EUR 52.90 | EUR 52.90
Jennifer Henderson | Yellow fever (Stamaril) | 12.08.2024 | EUR 78.20 | EUR 78.20

Malaria prophylaxis (atovaquone/proguanil) for the children is covered as well;
for adults only 50 %. Total refund: EUR 328.85.

Please remember that Chloe's second hepatitis A dose is due in 6 to 12 months.

Kind regards
Fiona McAllister
Expat Health Service
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Mr and Mrs Henderson,</p>
<p>Thank you for submitting the invoices from the travel medicine clinic. Your family's
travel vaccinations before your trip to Kenya are covered under your tariff
<b>Expat Family Comfort</b> (policy KV 60 224 519). Details:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Insured person</th><th>Vaccination</th><th>Date</th><th>Amount</th><th>Refund</th></tr>
<tr><td>Mason Henderson (11)</td><td>Yellow fever (Stamaril)</td><td>12.08.2024</td><td>EUR 78.20</td><td>EUR 78.20</td></tr>
<tr><td>Mason Henderson (11)</td><td>Typhoid (Typhim Vi)</td><td>12.08.2024</td><td>EUR 41.35</td><td>EUR 41.35</td></tr>
<tr><td>Chloe Henderson (7)</td><td>Yellow fever (Stamaril)</td><td>12.08.2024</td><td>EUR 78.20</td><td>EUR 78.20</td></tr>
<tr><td>Chloe Henderson (7)</td><td>Hepatitis A, 1st dose (Havrix 720 Kinder)</td><td>12.08.2024</td><td>EUR 52.90</td><td>EUR 52.90</td></tr>
<tr><td>Jennifer Henderson</td><td>Yellow fever (Stamaril)</td><td>12.08.2024</td><td>EUR 78.20</td><td>EUR 78.20</td></tr>
</table>
<p>Malaria prophylaxis (atovaquone/proguanil) for the children is covered as well;
for adults only 50&nbsp;%. Total refund: <b>EUR 328.85</b>.</p>
<p>Please remember that Chloe's second hepatitis A dose is due in 6 to 12 months.</p>
<p>Kind regards<br>Fiona McAllister<br>Expat Health Service</p>
</body></html>
"""
    m = mail("Fiona McAllister <fiona.mcallister@auenwald.example>",
             "Jennifer Henderson <jen.henderson@usmail.example>",
             "Your travel vaccinations - refund", text, html=html)
    return R(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "vaccinations of named children with products and dates, health policy")


def m022():
    body = """Liebe Kolleginnen und Kollegen,

aus den Teamrunden kamen mehrere Fragen zum Umgang mit Impfnachweisen. Hier die
Antworten aus dem Datenschutz, abgestimmt mit der Rechtsabteilung:

1. Dürfen wir Impfpass-Kopien per normaler E-Mail annehmen?
   Annehmen ja - wir können nicht verhindern, dass Kunden sie schicken. Antworten
   mit Inhalt aus dem Impfpass gehen aber nur verschlüsselt raus (Siegel macht das
   automatisch, bitte nicht umgehen).

2. Ist ein Impfnachweis ein Gesundheitsdatum nach Art. 9 DSGVO?
   Ja, auch wenn "nur" die Masernimpfung draufsteht.

3. Was ist mit dem Nachweis nach Masernschutzgesetz für unsere Betriebskita?
   Der geht an die Kita-Leitung, nicht an HR und nicht an die Fachabteilungen.
   Aufbewahrung nur so lange, wie das Kind die Kita besucht.

4. Eltern schicken Fotos vom gelben Heft per WhatsApp an den Außendienst.
   Bitte nicht. Verweisen Sie auf den Upload im Kundenportal.

Bei weiteren Fragen: datenschutz@auenwald.example

Dr. Ulrich Seibold
Datenschutzbeauftragter
"""
    m = mail("Dr. Ulrich Seibold <datenschutz@auenwald.example>",
             "Alle Leistungsabteilungen <leistung-alle@auenwald.example>",
             "Datenschutz-FAQ: Impfnachweise in E-Mails", body)
    return R(m, "NORMAL", "de", "internal",
             "trap: data-protection FAQ about vaccination records, no person concerned")


def m023():
    body = """Hallo Herr Seidlitz,

die Geburtsurkunde Ihrer Tochter ist bei uns eingegangen, vielen Dank. Ab der
Oktober-Abrechnung berücksichtigen wir Folgendes:

  Personalnummer:     40 7718
  Kind:               Ella Seidlitz, geb. 09.08.2024
  Kinderzuschlag Tarif (MTV § 10):   + 118,50 EUR brutto/Monat
  Kinderfreibetrag Lohnsteuer:       1,0 (bitte in ELStAM prüfen lassen)
  Kita-Zuschuss (steuerfrei § 3 Nr. 33 EStG): ab Kita-Beginn auf Antrag

Ihr neues Bruttogehalt beträgt damit 4.386,50 EUR (EG 8, Stufe 4).

Das Kindergeld beantragen Sie bitte selbst bei der Familienkasse; wir sind daran
nicht beteiligt.

Herzlichen Glückwunsch zur Geburt und viele Grüße
Birgit Lammers
Personalabrechnung
"""
    m = mail("Birgit Lammers <birgit.lammers@auenwald.example>",
             "Sven Seidlitz <sven.seidlitz@auenwald.example>",
             "Kinderzuschlag ab Oktober", body)
    return R(m, "CONFIDENTIAL", "de", "internal",
             "employee salary and child's birth date for payroll; birth mentioned only as event, no health details")


def m024():
    html = """<html><head><meta charset="utf-8"><title>Auenwald Family News</title></head>
<body style="margin:0;background:#f3f6f4;font-family:Verdana,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#2e6b4f;color:#fff;padding:18px;font-size:20px">Auenwald Family News &middot; September 2024</td></tr>
<tr><td style="padding:18px">
<h2 style="color:#2e6b4f">Back to school: what your cover does</h2>
<p>New school, new sports, new germs - here is a quick checklist for expat families in Germany.</p>
<h3>1. Vaccinations</h3>
<p>Germany requires proof of measles vaccination for every child in a Kita or school
(Masernschutzgesetz). All STIKO-recommended vaccinations are covered 100&nbsp;% in our Expat Family tariffs.</p>
<h3>2. Allergies at school</h3>
<p>If your child needs an adrenaline auto-injector or an asthma inhaler at school, ask your
paediatrician for a second prescription. We cover both sets.</p>
<h3>3. Accidents on the way to school</h3>
<p>Accidents at school and on the direct way there are covered by the German statutory accident
insurance (Unfallkasse). Accidents in the afternoon, at the sports club or on holiday are not -
that is what <a href="https://www.auenwald.example/kinderunfall">Child Accident Plus</a> is for.</p>
<h3>4. Glasses and braces</h3>
<p>Children's glasses: up to EUR 250 every two years. Orthodontics: see your policy schedule.</p>
<p style="font-size:11px;color:#777">You receive this newsletter because you subscribed at auenwald.example.
<a href="https://www.auenwald.example/newsletter/unsubscribe">Unsubscribe</a>.
Auenwald Versicherung AG, Auenwaldplatz 1, 34117 Kassel, Germany.</p>
</td></tr></table></body></html>
"""
    m = mail("Auenwald Family News <newsletter@auenwald.example>",
             "newsletter-expat@lists.auenwald.example",
             "Back to school: vaccinations, allergies and your cover", html=html, html_only=True,
             headers={"List-Unsubscribe": "<https://www.auenwald.example/newsletter/unsubscribe>"})
    return R(m, "NORMAL", "en", "newsletter",
             "trap: HTML newsletter on vaccinations, allergies, accidents and braces, no person")


def m025():
    body = """Sehr geehrte Frau Albrecht,

herzlichen Glückwunsch zur Geburt Ihres Sohnes!

Wir haben Ihre Anmeldung zur Kindernachversicherung erhalten. Da Sie selbst seit
mehr als drei Monaten bei uns versichert sind und die Anmeldung innerhalb von zwei
Monaten nach der Geburt erfolgt ist, versichern wir Paul ohne Gesundheitsprüfung
und ohne Wartezeiten ab Geburt (§ 198 VVG):

  Versicherte Person:  Paul Albrecht, geb. 28.09.2024
  Tarife:              KinderAmbulant 100, KinderStationär 1-Bett, ZahnKids 90
  Monatsbeitrag:       142,68 EUR
  Versicherungsschein: folgt per Post (Nachtrag zu KV 73 880 120)

Aus dem Entlassbrief haben wir gesehen, dass Paul in der 34. SSW per Kaiserschnitt
geboren wurde und zehn Tage auf der Neonatologie lag (P07.3, Atemunterstützung per
CPAP). Diese Kosten sind über die Nachversicherung vollständig gedeckt, die Klinik
rechnet direkt mit uns ab.

Alles Gute für Sie und Ihre Familie!

Mit freundlichen Grüßen
Lea Scheuermann
Kundenservice Kranken
"""
    m = mail("Lea Scheuermann <lea.scheuermann@auenwald.example>",
             "Miriam Albrecht <miriam.albrecht@mailbox.example>",
             "Kindernachversicherung Paul - Bestätigung", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "newborn added to health insurance, premature birth, neonatal care P07.3")


def m026():
    body = """Hi Sven, hi Olga,

for the regression run of the new "add child to policy" flow in the customer portal
please use only the synthetic test persons below (test tenant T3). They are in the
fixture file portal_family_fixtures.json in the repo, I list them here for the test
protocol.

TC-FAM-01  Policyholder: Max Mustermann (fiktiv), born 01.01.1980, Musterstraße 1,
           12345 Musterstadt; new child: Erika Musterkind (fiktiv), born 01.06.2024
           Expected: premium quote shown, no health questions (newborn < 2 months)
TC-FAM-02  Same policyholder, child born 01.01.2024 (> 2 months)
           Expected: health questionnaire step appears (questions 1-7)
TC-FAM-03  SEPA mandate with the published example IBAN DE89 3704 0044 0532 0130 00
           Expected: IBAN accepted, bank name "Commerzbank" resolved
TC-FAM-04  IBAN with wrong check digits DE00 3704 0044 0532 0130 00
           Expected: inline error "IBAN ungültig"
TC-FAM-05  Adoption: child with date of adoption instead of birth date
           Expected: field "Datum der Adoption" visible, upload of court order

Please do NOT use copies of real customers from production, not even masked.

Thanks,
Olena
QA Lead Customer Portal
"""
    m = mail("Olena Hryhorenko <olena.hryhorenko@auenwald.example>",
             "Sven Seidlitz <sven.seidlitz@auenwald.example>, Olga Brenner <olga.brenner@auenwald.example>",
             "Test cases: add child to family policy (portal release 24.11)", body)
    return R(m, "NORMAL", "en", "internal",
             "trap: synthetic test persons (Mustermann, fiktiv) and the published example IBAN")


def m027():
    body = """Guten Tag Herr Grabowski,

zum Fahrraddiebstahl Ihres Sohnes Tim am Schulzentrum Brückenhof haben wir die
Schadenakte HR-S-2024-40377 angelegt (Hausratversicherung HR-6619034, Baustein
Fahrrad Plus, Nachtzeitklausel entfällt).

Folgende Angaben haben wir übernommen:
  Fahrrad: Cube Acid 260, 26 Zoll, Farbe petrol
  Rahmennummer: WBK 2207 418 C
  Gekauft: 03/2023 bei Zweirad Henning, 649 EUR
  Tatzeit: 24.10.2024 zwischen 7:45 und 13:10 Uhr, Fahrradständer Schulhof,
  mit Bügelschloss angeschlossen
  Anzeige: Polizeirevier Kassel-Ost, Vorgangsnummer 0412-24-118307

Wenn sich das Rad innerhalb von vier Wochen nicht wiederfindet, erstatten wir den
Neuwert abzüglich der Selbstbeteiligung von 100 EUR. Die Original-Kaufrechnung und
den Schlüssel des Bügelschlosses brauchen wir nicht, ein Foto des Schlüssels reicht.

Mit freundlichen Grüßen
Petra Quandt
Schaden Sach
"""
    m = mail("Petra Quandt <petra.quandt@auenwald.example>",
             "Andrzej Grabowski <a.grabowski@netpost.example>",
             "Fahrraddiebstahl Tim - Schaden HR-S-2024-40377", body, cte="8bit", flowed=False)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "bicycle theft at school, named child and parent, frame number, police reference")


def m028():
    body = """Sehr geehrte Frau Nowak, sehr geehrter Herr Nowak,

vielen Dank für die Unterlagen. Mit dem Beschluss des Amtsgerichts Kassel vom
02.09.2024 (Az. 780 F 118/24 AD) ist die Adoption von Mila wirksam. Eine Nach-
versicherung ohne Gesundheitsprüfung ist nach § 198 Abs. 2 VVG auch bei
minderjährigen Adoptivkindern möglich; da Mila aber älter als zwei Monate war, gilt
das nur bis zum einfachen Beitrag, ein Risikozuschlag darf höchstens 100 % betragen.

Aus dem Gesundheitsfragebogen und dem Bericht der Kinderärztin ergibt sich:
  - atopische Dermatitis (Neurodermitis, L20.8) seit dem 1. Lebensjahr,
    Behandlung mit Pflegecreme und bei Schüben Hydrocortison 1 %
  - Milcheiweißallergie, inzwischen abgeklungen
  - sonst altersgerechte Entwicklung, U-Untersuchungen bis U7 ohne Befund

Unser Angebot: Aufnahme von Mila Nowak (geb. 11.04.2021) in die Tarife KinderAmbulant
100 und KinderStationär 2-Bett ab 01.10.2024 mit einem Risikozuschlag von 15 % auf den
ambulanten Tarif (Monatsbeitrag gesamt 118,44 EUR statt 109,20 EUR). Leistungsausschlüsse
gibt es keine.

Bitte senden Sie uns die beigefügte Annahmeerklärung unterschrieben zurück.

Mit freundlichen Grüßen
Dr. med. Friederike Hasselbach
Risikoprüfung / Gesellschaftsärztin
Auenwald Krankenversicherung AG
"""
    m = mail("Dr. Friederike Hasselbach <risikopruefung@auenwald.example>",
             "Agnieszka und Marek Nowak <familie.nowak@postfach.example>",
             "Aufnahme Ihrer Tochter Mila in die Krankenversicherung (Adoption)", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "adopted child's health insurance underwriting, neurodermatitis L20.8, court file number")


def m029():
    body = """Liebe Kolleginnen und Kollegen der Leistungsprüfung Kranken,

die Zahl der Einreichungen zu ADHS bei Kindern und Jugendlichen hat sich seit 2019
fast verdoppelt. Wir bieten deshalb eine interne Schulung an:

"ADHS im Kindes- und Jugendalter - Diagnostik, Therapie, Leistungsprüfung"
Referentin: Dr. med. Petra Kramm, Kinder- und Jugendpsychiaterin (extern)
Termin: Mittwoch, 13.11.2024, 9:00-12:30 Uhr, Raum Fulda (EG) und per Teams

Inhalte:
- Diagnosekriterien nach ICD-10 (F90.0, F90.1, F98.8) und DSM-5, Ausblick ICD-11 (6A05)
- Multimodale Therapie: Elterntraining, Ergotherapie, Neurofeedback (nicht
  wissenschaftlich allgemein anerkannt?), Medikation
- Methylphenidat, Lisdexamfetamin, Atomoxetin, Guanfacin: Dosierungen, BtM-Rezept,
  Off-Label bei Erwachsenen
- Typische Fallstricke bei der Erstattung: Lerntherapie, Schulbegleitung, Diagnostik
  durch Heilpraktiker

Anmeldung bis 31.10. über das Lernportal (Kurs-ID LP-2024-117). Max. 25 Plätze.

Viele Grüße
Team Fachschulung Leistung
"""
    m = mail("Fachschulung Leistung <fachschulung@auenwald.example>",
             "Leistungsprüfung Kranken <lp-kranken@auenwald.example>",
             "Schulung ADHS bei Kindern und Jugendlichen am 13.11.", body)
    return R(m, "NORMAL", "de", "internal",
             "trap: internal training announcement full of ADHD vocabulary and ICD codes, no patient")


def m030():
    body = """Sehr geehrter Herr Dörnbach,

vielen Dank für die Unfallmeldung zur Sportunfallversicherung Ihres Vereins
(Gruppen-Unfallversicherung Verein, Vertrag GU-3301-007746).

Betroffen ist Ihr Spieler der B-Jugend, Jannik Weller (16), beim Punktspiel am
12.10.2024 gegen den FC Bad Arolsen. Laut dem beigefügten Arztbericht der
Orthopädischen Gemeinschaftspraxis Wilhelmshöhe liegt vor:

  - Ruptur des vorderen Kreuzbands rechts (S83.53) mit Innenmeniskusläsion
  - geplante Kreuzbandplastik (Semitendinosus) am 04.11.2024
  - voraussichtlich 6-9 Monate Sportpause

Versichert sind für Jugendspieler: Invaliditätsleistung (Grundsumme 50.000 EUR),
Krankenhaustagegeld 20 EUR und Zuschuss zu Physiotherapie bis 500 EUR. Ob eine
Invalidität verbleibt, prüfen wir frühestens nach Abschluss der Reha.

Da Jannik minderjährig ist, schreiben wir künftig direkt an die Eltern (Familie
Weller, Zierenberg). Bitte geben Sie uns deren Einverständnis zur Kontaktaufnahme
weiter oder schicken Sie uns die Adresse.

Mit freundlichen Grüßen
Aylin Korkmaz
Leistung Unfallversicherung
"""
    m = mail("Aylin Korkmaz <aylin.korkmaz@auenwald.example>",
             "Ralf Dörnbach <jugendleitung@tsv-wolfhagen.example>",
             "Sportunfall B-Jugend 12.10.2024 - Jannik Weller", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-club",
             "youth player's cruciate ligament rupture under the club's group accident policy")


def m031():
    body = """Dear Mrs Albers,

thank you for your message about the damage caused by your au pair.

We have opened claim H-2024-81590 under the au pair liability cover that you took
out for Ms Lucía Ferreira (policy AP-2024-00318, period 01.08.2024 - 31.07.2025).
According to your description Lucía dropped the family iPad (iPad 10th gen., bought
11/2023 for EUR 479) while helping the children with homework, and the display broke.

Good news: damage to the host family's property is included in our au pair package up
to EUR 5,000 (deductible EUR 100). Please send us:
- the repair estimate or, if repair is not possible, a statement from the shop,
- a short statement from Lucía in her own words (English or Portuguese is fine).

Best regards
Nils Harms
Liability Claims, Auenwald Allgemeine Versicherung AG
"""
    m = mail("Nils Harms <nils.harms@auenwald.example>",
             "Kerstin Albers <kerstin.albers@albers-familie.example>",
             "Au pair liability - claim H-2024-81590 (iPad)", body)
    return R(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "au pair liability claim with named au pair, policy period and claim number")


def m032():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Auenwald Maklerakademie//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-kinv-20241121@auenwald.example
DTSTAMP:20241001T090000Z
DTSTART;TZID=Europe/Berlin:20241121T100000
DTEND;TZID=Europe/Berlin:20241121T113000
SUMMARY:Webinar: Kinder-Invaliditätsversicherung richtig verkaufen
DESCRIPTION:Referent: Dr. Marc Oettinger. Link: https://webinar.auenwald.ex
 ample/kinv-1121 - Weiterbildungszeit IDD: 90 Minuten.
LOCATION:Online
END:VEVENT
END:VCALENDAR
"""
    body = """Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

Kinder-Invaliditätsversicherung ist erklärungsbedürftig - Eltern fragen zu Recht:
"Was ist, wenn mein Kind nicht durch einen Unfall, sondern durch eine Krankheit
behindert wird?" Genau das deckt die Kinder-Invalidität ab, die reine Unfall-
versicherung nicht.

In unserem Webinar am 21.11.2024 zeigen wir Ihnen unter anderem:
  • Welche Leistungsauslöser gelten (GdB ab 50, Pflegegrad, Schwerbehindertenausweis)
  • Wie Autismus, Diabetes Typ 1, Epilepsie und Krebserkrankungen bei Kindern
    behandelt werden (Gesundheitsfragen, Ausschlüsse, Wartezeiten)
  • Abgrenzung zu Pflegezusatz und Kinder-Unfall Plus
  • Beratungsdokumentation und Formulierungshilfen

Die Teilnahme wird mit 90 Minuten IDD-Weiterbildungszeit bestätigt. Den Kalender-
eintrag finden Sie im Anhang.

Ihre Auenwald Maklerakademie
"""
    m = mail("Auenwald Maklerakademie <maklerakademie@auenwald.example>",
             "vertriebspartner-news@lists.auenwald.example",
             "Webinar 21.11.: Kinder-Invaliditätsversicherung richtig verkaufen", body,
             atts=[("file", "Webinar_Kinder-Invaliditaet.ics", ics, "text/calendar")])
    return R(m, "NORMAL", "de", "insurer-to-broker",
             "trap: broker webinar naming autism, diabetes, epilepsy, cancer in children, generic")


def m033():
    body = """Sehr geehrte Frau Petersen,

Sie haben für Ihren Sohn Ole die Kosten der Klassenfahrt nach Juist (04.-08.11.2024)
über die Gruppen-Reiseversicherung GR-2024-11873 der Gesamtschule Nordstadt
zurückgefordert.

Laut dem Attest von Dr. Achterberg vom 01.11.2024 ist Ole am 31.10. an Windpocken
(Varizellen, B01.9) erkrankt und war bis einschließlich 09.11. nicht reisefähig und
ansteckend. Eine unerwartete schwere Erkrankung ist ein versichertes Rücktrittsereignis.

Wir erstatten die Stornokosten laut Rechnung der Jugendherberge und des Busunternehmens
in Höhe von 231,20 EUR (80 % des Reisepreises, Stornostaffel ab 7 Tage vor Reisebeginn).
Eine Selbstbeteiligung fällt bei Krankheit von Kindern unter 18 nicht an.

Bitte teilen Sie uns noch Ihre Bankverbindung mit, die Schule hat uns nur die eigene
Kontoverbindung genannt.

Mit freundlichen Grüßen
Lea Scheuermann
Kundenservice Reise
"""
    m = mail("Lea Scheuermann <lea.scheuermann@auenwald.example>",
             "Birte Petersen <birte.petersen@mailbox.example>",
             "Reiserücktritt Klassenfahrt Juist - Ole Petersen", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "school trip cancellation because of a named pupil's chickenpox, ICD B01.9")


def m034():
    body = """Hallo Frau Meißner,

kurze Rückmeldung zu Ihrer Frage: Ja, Ihr Sohn Jonas bleibt in Ihrer Familien-
Privathaftpflicht mitversichert, solange er sich in der ersten Berufsausbildung
oder im ersten Studium befindet - auch wenn er jetzt für das Studium nach Göttingen
zieht und dort eine eigene Wohnung hat. Das gilt auch für ein anschließendes
Masterstudium, solange es sich unmittelbar anschließt.

In Ihrem Vertrag PHV-1-28 447 013 ist Jonas (geb. 05.03.2005) als mitversichertes
Kind hinterlegt; wir haben die neue Anschrift Weender Landstraße 63, 37075 Göttingen
als Zweitwohnsitz vermerkt. Eine eigene Haftpflicht braucht er also nicht.

Für die Wohnung selbst (Möbel, Laptop) empfehlen wir, den Hausratschutz zu prüfen:
Ihr Hausratvertrag deckt Sachen in der Studentenwohnung nur bis 10 % der
Versicherungssumme.

Freundliche Grüße
Timo Brandl
Kundenservice
"""
    m = mail("Timo Brandl <timo.brandl@auenwald.example>",
             "Sandra Meißner <sandra.meissner@famail.example>",
             "AW: Haftpflicht für Jonas im Studium?", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "family liability: student son with birth date and new address, policy number")


def m035():
    body = """Dear Dr. Ferreira-Lindholm,

as agreed in our call, please find below the draft benefit definitions for our new
child disability product (working title "Kinder-Invalidität 2025"), for your review
before the quota share treaty renewal.

Trigger events (any one of):
(a) degree of disability (GdB) of at least 50 under the German Versorgungsmedizin-
    Verordnung, established by the competent authority;
(b) care grade (Pflegegrad) 2 or higher under SGB XI;
(c) one of the listed severe conditions diagnosed before age 18: malignant tumour
    (ICD-10 C00-C97 except C44), type 1 diabetes (E10), cerebral palsy (G80),
    epilepsy with more than 6 seizures per year despite therapy (G40),
    autism spectrum disorder with GdB >= 30 (F84.0, F84.1, F84.5).

Benefits: monthly annuity EUR 500 - 1,500 up to age 67; lump sum option.
Exclusions: conditions present or diagnosed in the first 12 months of cover, unless
the child was insured from birth (newborn provision).

Pricing assumptions (incidence per 1,000 children per year by age band) are in the
actuarial note that Anja will send separately.

Kind regards
Dr. Stefan Lorenz
Head of Product Development, Personal Lines
Auenwald Versicherung AG
"""
    m = mail("Dr. Stefan Lorenz <stefan.lorenz@auenwald.example>",
             "Dr. Ana Ferreira-Lindholm <a.ferreira-lindholm@nordre.example>",
             "Child disability product - draft benefit definitions for treaty review", body)
    return R(m, "NORMAL", "en", "insurer-to-partner",
             "trap: reinsurer product definitions listing ICD codes and conditions, no person")


def m036():
    body = """Hallo Herr Wendt,

danke, die Rechnung aus Edinburgh ist angekommen. Sie war auf Englisch, das ist
kein Problem - eine Übersetzung brauchen wir bei Englisch nicht.

Ihre Auslandskrankenversicherung Student Plus (AR-2024-55802, Laufzeit
01.09.2024-31.05.2025) übernimmt die Notfallbehandlung beim Zahnarzt zu 100 %:

  Behandlung 08.10.2024: Wurzelbehandlung Zahn 36 nach Pulpitis, provisorischer
  Verschluss
  Rechnungsbetrag: GBP 285.00 = 334,18 EUR (Kurs vom Behandlungstag)

Die Erstattung geht auf Ihr deutsches Konto DE82 5204 0021 4763 7569 54.

Hinweis: Die endgültige Krone ist keine Notfallbehandlung mehr und deshalb im Ausland
nicht versichert - am besten nach der Rückkehr in Deutschland machen lassen.

Viele Grüße nach Schottland
Mareike Vossberg
Student & International Desk

-----Ursprüngliche Nachricht-----
Von: Paul Wendt <paul.wendt@uni-nordhessen.example>
Gesendet: Donnerstag, 10. Oktober 2024 23:51
Betreff: Zahnarztrechnung Edinburgh

Hi, ich hatte letzte Woche nachts heftige Zahnschmerzen und war beim Notfallzahnarzt.
Rechnung anbei (ist auf englisch, sorry). Hab das mit Kreditkarte bezahlt.

  > SMILE CLINIC EDINBURGH - INVOICE 2024-10-0871
  > Patient: Mr Paul Wendt, DOB 19/07/2003
  > 08/10/2024  Emergency examination + periapical radiograph   GBP 65.00
  > 08/10/2024  Pulpectomy / root canal initiation, LL6 (36)     GBP 195.00
  > 08/10/2024  Temporary dressing                               GBP 25.00
  > Total paid by card                                          GBP 285.00

LG Paul
"""
    m = mail("Mareike Vossberg <student-desk@auenwald.example>",
             "Paul Wendt <paul.wendt@uni-nordhessen.example>",
             "AW: Zahnarztrechnung Edinburgh - AR-2024-55802", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
             "exchange student's emergency root canal abroad, English invoice quoted with DOB, IBAN")


def m037():
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir für unsere Betriebskita "Auenzwerge" (Auenwaldplatz 1,
34117 Kassel, Lieferung an Pforte Gebäude C) zu Ihrem Angebot Nr. AN-24-3317:

  Pos. 1   6 Stk.  Erste-Hilfe-Koffer Kita nach DIN 13157, mit Kinderpflastern  à 54,90 EUR
  Pos. 2  12 Stk.  Nachfüllset DIN 13157                                        à 21,40 EUR
  Pos. 3  20 Stk.  Kühlkompresse Kinder (Motiv Tiere)                           à  2,95 EUR
  Pos. 4   6 Stk.  Zeckenkarte/Zeckenzange                                      à  3,80 EUR
  Pos. 5   2 Stk.  Verbandbuch A5 (Dokumentation nach DGUV Vorschrift 1)        à  4,50 EUR

Summe netto 550,80 EUR zzgl. MwSt. Bestellnummer (bitte auf der Rechnung angeben):
BE-2024-07731. Rechnung bitte an kreditoren@auenwald.example.

Mit freundlichen Grüßen
Einkauf / Facility Management
Auenwald Versicherung AG
"""
    m = mail("Einkauf Auenwald <einkauf@auenwald.example>",
             "Vertrieb <bestellung@medisan-bedarf.example>",
             "Bestellung BE-2024-07731 - Erste-Hilfe-Material Betriebskita", body)
    return R(m, "NORMAL", "de", "insurer-to-supplier",
             "trap: purchase order for first-aid kits for the company Kita, no person")


def m038():
    body = """Dear Mr Whitmore,

thank you for your call this morning. To confirm what we discussed:

Olivia's bicycle that was stolen in Leiden is covered under your household contents
policy (HR-7709822) through the external cover for children in education: children
who live away from home for their studies remain covered for their belongings up to
10 % of the sum insured, i.e. EUR 6,500 in your case, as long as Olivia is still
registered at your address in Darmstadt.

Claim number: HR-S-2024-40491
Bicycle: Gazelle Ultimate C380, frame no. GZ5531842K, bought 08/2024 for EUR 1,099
Theft: 29.10.2024, bicycle rack at Leiden Centraal, locked with a frame lock and chain
Police report: Politie Leiden, reference 2024291047

Please send us the purchase invoice and the police report as a PDF; a Dutch report is
fine. We will pay the replacement value less the EUR 150 deductible.

Kind regards
Petra Quandt
Property Claims
"""
    m = mail("Petra Quandt <petra.quandt@auenwald.example>",
             "Richard Whitmore <richard.whitmore@britmail.example>",
             "Claim HR-S-2024-40491 - Olivia's bicycle (Leiden)", body)
    return R(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "household claim of a student daughter abroad, frame number, police reference")


def m039():
    body = """Sehr geehrte Frau Riedesel,

vielen Dank für Ihren Antrag auf private Krankenversicherung im Ausbildungstarif
"Campus Start" (Antragsnr. A-KV-2024-118342). Sie haben sich zum Wintersemester als
Studentin von der Versicherungspflicht in der GKV befreien lassen (§ 8 Abs. 1 Nr. 5
SGB V); die Befreiung gilt für die gesamte Dauer des Studiums und ist unwiderruflich.

Wir haben Ihren Antrag geprüft. Aufgrund Ihrer Angaben zum allergischen Asthma
bronchiale (J45.0) mit Dauertherapie (Budesonid/Formoterol 160/4,5 µg) und der
bekannten Hausstaubmilbenallergie können wir Sie wie folgt versichern:

  Beginn:          01.10.2024
  Tarif:           Campus Start ambulant/stationär/Zahn
  Monatsbeitrag:   118,90 EUR + Risikozuschlag 20 % = 142,68 EUR
  Selbstbehalt:    300 EUR/Jahr

Bitte bestätigen Sie uns die Annahme innerhalb von vier Wochen. Die Versicherungs-
bescheinigung für die Hochschule (Meldung nach § 199a SGB V an die Hochschule
Nordhessen) schicken wir direkt nach Ihrer Zusage.

Mit freundlichen Grüßen
Mareike Vossberg
Student & International Desk
Auenwald Krankenversicherung AG
"""
    m = mail("Mareike Vossberg <student-desk@auenwald.example>",
             "Jana Riedesel <jana.riedesel@studmail.example>",
             "Ihr Antrag Campus Start - Annahme mit Risikozuschlag", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
             "student health insurance underwriting: asthma J45.0, medication, risk surcharge")


def m040():
    body = """Dear Ms Kowalczyk,

thank you again for inviting us to the information session for outgoing exchange
students on 20 November. As requested, here is the outline for our 20-minute slot:

"Health insurance for your semester abroad - what you really need"
1. Statutory (GKV) vs. private students: what the European Health Insurance Card
   covers in the EU/EEA and the UK, and what it does not (repatriation, private
   clinics, dental beyond emergency).
2. Outside Europe: why an international student health plan is usually mandatory
   (US universities' waiver forms, Australian OSHC, Canadian provincial plans).
3. Pre-existing conditions and regular medication abroad: take a doctor's letter in
   English, check import rules for medicines (e.g. ADHD medication in Japan and the UAE).
4. Mental health support abroad and the 24/7 assistance hotline.
5. Liability and contents: bikes, rented rooms, laptops.

We will bring printed checklists (German/English) for 120 students. No personal data
will be collected at our stand; students who want a quote can scan a QR code leading to
our website.

Best regards
Mareike Vossberg
Student & International Desk, Auenwald Versicherung AG
"""
    m = mail("Mareike Vossberg <student-desk@auenwald.example>",
             "Joanna Kowalczyk <international.office@uni-nordhessen.example>",
             "Info session for outgoing students, 20 Nov - our contribution", body)
    return R(m, "NORMAL", "en", "insurer-to-partner",
             "trap: talk outline for a university on health cover abroad, ADHD medication rules, no person")


def m041():
    body = """Dear Mr O'Connor,

we have updated the direct debit for your family liability and household contents
policies as requested:

  Policies:        PHV-1-29 880 417, HR-7705310
  Account holder:  Ciarán and Siobhán O'Connor
  New IBAN:        DE23 5004 0000 5942 9567 41 (Commerzbank Frankfurt)
  Mandate ref.:    AW-SEPA-00871422, valid from 01.11.2024

The old Irish account (ending ...5981) will no longer be debited for these two
policies. The first debit from the new account will be on 01.12.2024 (EUR 17.45).

Kind regards
Timo Brandl
Customer Service
"""
    m = mail("Timo Brandl <timo.brandl@auenwald.example>",
             "Ciarán O'Connor <ciaran.oconnor@greenpost.example>",
             "SEPA direct debit changed - PHV-1-29 880 417 / HR-7705310", body)
    return R(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "bank data change (IBAN, mandate) for liability and household policies")


def m042():
    rows = [
        ["Tarif ZahnKids 90 - Nachkalkulation KFO 2025 (Arbeitsstand)", "", "", ""],
        ["Position", "Ist 2023", "Plan 2025", "Kommentar"],
        ["Anteil Kinder mit KFO-Beginn im Alter 9-12", "11,8%", "12,4%", "Trend seit 2020 steigend"],
        ["Ø Mehrkosten KFO je Fall (privat)", "2.040", "2.310", "Aligner, Keramikbrackets"],
        ["Anteil Aligner-Therapien bei Jugendlichen", "9%", "15%", "Marktdaten Verband"],
        ["GOZ-Punktwert", "0,0562421", "0,0562421", "keine GOZ-Novelle erwartet"],
        ["BEMA KFO-Positionen (GKV-Anteil)", "n/a", "n/a", "Kassenanteil 80/90 % + Eigenanteil"],
        ["Schadenquote ZahnKids 90", "78,4%", "82,0%", "Beitragsanpassung 7,5 % geprüft"],
        ["Auslösender Faktor § 155 VAG", "1,06", "1,11", "Schwellenwert 1,05 überschritten"],
    ]
    body = """Hallo zusammen,

anbei der Arbeitsstand zur Nachkalkulation ZahnKids 90 für die Sitzung am Dienstag.
Wesentlicher Treiber sind die Aligner bei Jugendlichen. Bitte noch nicht außerhalb
des Aktuariats weitergeben (Treuhänder hat noch nicht zugestimmt).

Gruß, Anja
"""
    m = mail("Anja Ritter <anja.ritter@auenwald.example>",
             "Aktuariat Kranken <aktuariat-kv@auenwald.example>",
             "Nachkalkulation ZahnKids 90 - Arbeitsstand", body,
             atts=[("file", "ZahnKids90_Nachkalkulation_2025.ods", ods(rows, "KFO"))])
    return R(m, "NORMAL", "de", "internal",
             "trap: actuarial note on an orthodontic tariff, aggregated, no person")


def m043():
    body = """Liebe Frau Dr. Hasselbach,

bitte um Ihr Votum zu folgendem Antrag Kinder-Invaliditätsversicherung
(Antrag A-KI-2024-00917, Vermittler Brede Familienfinanz, VM-Nr. 20 4471):

  Zu versicherndes Kind: Leon Kaminski, geb. 02.02.2021
  Gewünschte Rente: 1.000 EUR/Monat

Gesundheitsfragen:
  Frage 3 (Entwicklungsstörungen/Förderung) mit JA beantwortet:
  "Sprachentwicklungsverzögerung, seit 03/2024 Logopädie 1x/Woche, Hörtest unauffällig,
   U8 im Mai 2024: Kinderärztin sieht sonst keine Auffälligkeiten"
  Frage 5 (Krankenhausaufenthalte): Paukenröhrchen beidseits 11/2023, ambulant
  Alle übrigen Fragen: nein

Mein Vorschlag: Annahme mit Ausschluss für Sprach- und Entwicklungsstörungen
(F80.-, F83) für die ersten drei Jahre, danach Überprüfung auf Antrag. Alternativ
Zurückstellung bis zum Logopädie-Abschlussbericht.

Gruß
Jan-Hendrik Paulsen
Antragsprüfung Personenversicherung
"""
    m = mail("Jan-Hendrik Paulsen <jh.paulsen@auenwald.example>",
             "Dr. Friederike Hasselbach <risikopruefung@auenwald.example>",
             "Votum erbeten: A-KI-2024-00917 (Kinder-Invalidität, Logopädie)", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "underwriting of a named child's disability application: speech development delay, ENT surgery")


def m044():
    csvtxt = """policyholder;policy_no;product;renewal_date;annual_premium_eur;insured_children
Henderson, Jennifer;PHV-1-30 112 845;Family Liability Comfort;01.01.2025;98,40;2
O'Connor, Ciarán;PHV-1-29 880 417;Family Liability Comfort;01.01.2025;98,40;2
Whitmore, Richard;PHV-1-27 560 019;Family Liability Premium;01.01.2025;131,60;2
Lindqvist, Emma;PHV-1-31 207 733;Family Liability Comfort;01.01.2025;98,40;1
Tanaka, Hiroshi;PHV-1-30 775 102;Family Liability Basic;01.01.2025;64,90;3
Mbeki, Thandiwe;PHV-1-31 004 561;Family Liability Comfort;01.01.2025;98,40;1
"""
    body = """Dear Sarah,

as requested, the list of your clients' family liability policies renewing on
1 January 2025 (portfolio of Rhine Expat Cover GmbH, broker no. 31 0088). From
1 January the Comfort tariff includes damage caused by children under 7 up to
EUR 20,000 (was 15,000) at unchanged premium.

Please use the list only for the renewal campaign and delete it afterwards.

Best regards
Holger Jaspers
Broker Support
"""
    m = mail("Holger Jaspers <holger.jaspers@auenwald.example>",
             "Sarah Whitfield <s.whitfield@rhine-expat.example>",
             "Renewals 01/2025 - family liability portfolio Rhine Expat Cover", body,
             atts=[("file", "renewals_2025_rhine-expat.csv", csvtxt, "text/csv")])
    return R(m, "CONFIDENTIAL", "en", "insurer-to-broker",
             "CSV of named policyholders with liability policy numbers and premiums")


def m045():
    body = """Stellenausschreibung intern/extern - bitte im Intranet und auf dem Karriereportal
veröffentlichen. Freigabe Betriebsrat liegt vor.

Sachbearbeiter/in (m/w/d) Leistungsprüfung Zahn / Kieferorthopädie
Standort Kassel, Vollzeit oder Teilzeit (mind. 30 Std.), unbefristet

Ihre Aufgaben:
- Prüfung von Heil- und Kostenplänen für kieferorthopädische Behandlungen von Kindern
  und Jugendlichen (KIG-Einstufung, GOZ/BEMA, Mehrkostenvereinbarungen)
- Leistungsabrechnung Zahnersatz, Implantologie, Prophylaxe
- Telefonische Beratung von Versicherten, Eltern und Praxen

Ihr Profil:
- Ausbildung als Zahnmedizinische Fachangestellte (ZMF/ZMV) oder Kauffrau/Kaufmann für
  Versicherungen und Finanzen mit Erfahrung in der Leistungsprüfung
- Sicher in GOZ und BEMA, Erfahrung in einer KFO-Praxis wünschenswert

Wir bieten: 38-Stunden-Woche, mobiles Arbeiten bis 60 %, Betriebskita, Jobrad.

Ansprechpartnerin: Birgit Lammers, Personal, bewerbung@auenwald.example
Kennziffer 2024-LP-031
"""
    m = mail("Birgit Lammers <birgit.lammers@auenwald.example>",
             "Karriereportal Redaktion <karriere@auenwald.example>",
             "Stellenausschreibung 2024-LP-031 Leistungsprüfung Zahn/KFO", body)
    return R(m, "NORMAL", "de", "internal",
             "trap: job ad for orthodontic claims handler, dental vocabulary, no person")


def m046():
    body = """Dear Mrs Albers,

thank you for forwarding the invoice for Lucía's doctor's visit.

Under the au pair health and accident cover (policy AP-2024-00318, insured person
Lucía Ferreira, born 14/02/2004) we reimburse:

  26.09.2024  Orthopaedic practice Dr. Hollmann, Kassel
              Diagnosis: sprain of the right ankle (S93.40), X-ray without fracture
              GOÄ 1, 7, 5030 (X-ray), 200 (tape bandage)       EUR 98.64
  27.09.2024  Pharmacy: ibuprofen 400, ankle brace               EUR 36.80

Total refund: EUR 135.44. As agreed in the au pair conditions, the refund goes to the
host family's account (DE90 5225 0030 0106 0903 48) because you paid the invoices.

Lucía should not do sports for 2-3 weeks according to the doctor. If she needs
physiotherapy, a prescription is required.

Kind regards
Fiona McAllister
Expat & Au Pair Health Service
"""
    m = mail("Fiona McAllister <fiona.mcallister@auenwald.example>",
             "Kerstin Albers <kerstin.albers@albers-familie.example>",
             "Au pair cover AP-2024-00318 - refund for Lucía", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "au pair's ankle sprain with diagnosis code, birth date and IBAN")


def m047():
    body = """Liebe Eltern unserer Betriebskita "Auenzwerge",

zum 1. Januar nehmen wir zwölf neue Kinder auf. Für alle Neuzugänge gilt wie
immer: Vor dem ersten Kita-Tag muss der Nachweis über den Masernschutz vorliegen
(Impfpass, ärztliche Bescheinigung über Immunität oder Kontraindikation). Das ist
gesetzlich vorgeschrieben (§ 20 Abs. 9 IfSG).

Bitte beachten Sie:
- Den Nachweis zeigen Sie ausschließlich der Kita-Leitung, Frau Reimers, vor.
  Bitte schicken Sie ihn NICHT an die Personalabteilung und nicht per E-Mail.
- Wir machen keine Kopie, sondern vermerken nur "Nachweis liegt vor".
- Die Eingewöhnungstermine erhalten Sie Anfang Dezember.

Für Fragen steht Ihnen das Kita-Team gern zur Verfügung.

Herzliche Grüße
Anja Reimers (Kita-Leitung) und Birgit Lammers (Personal)
"""
    m = mail("Betriebskita Auenzwerge <kita@auenwald.example>",
             "kita-eltern@lists.auenwald.example",
             "Info für neue Kita-Eltern: Masernschutznachweis", body)
    return R(m, "NORMAL", "de", "internal",
             "trap: company Kita circular on measles vaccination proof, no child named")


def m048():
    body = """Sehr geehrte Frau Reimers,

wir bestätigen den Eingang Ihrer Schadenmeldung für die Kita Sonnenblume e.V.

  Vertrag:        GI-4410-002231 (Geschäftsinhaltsversicherung Kindertagesstätte)
  Schadennummer:  S-2024-118734
  Schadentag:     20.10.2024 (Wochenende, bemerkt am Montag früh)
  Schaden:        Leitungswasser aus geplatztem Eckventil unter dem Waschtisch im
                  Waschraum der Krippengruppe; durchfeuchtet sind Spielteppich,
                  Wickelkommode, Regale und Bastelmaterial

Unser Regulierer, Herr Frank Oltmanns (Sachverständigenbüro Oltmanns), meldet sich
heute noch bei Ihnen für einen Termin. Bitte werfen Sie nichts weg, bevor er die
Sachen gesehen hat, und machen Sie Fotos. Die Trocknung darf sofort beauftragt werden.

Den Gebäudeschaden übernimmt die Gebäudeversicherung des Vermieters (Gemeinnützige
Wohnungsbau Kassel), bitte melden Sie ihn dort ebenfalls.

Mit freundlichen Grüßen
Petra Quandt
Schaden Sach
"""
    m = mail("Petra Quandt <petra.quandt@auenwald.example>",
             "Anja Reimers <leitung@kita-sonnenblume.example>",
             "Wasserschaden Kita Sonnenblume - S-2024-118734", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-company",
             "commercial contents claim of an association-run Kita with named head as contact")


def m049():
    rep = pdf([
        "Zahnarztpraxis Dr. med. dent. Ines Bartholdy - Kinderzahnheilkunde",
        "Friedrich-Ebert-Str. 77, 34119 Kassel",
        "",
        "Zahnärztlicher Befundbericht nach Unfall",
        "Patientin: Mathilda Sauer, geb. 06.11.2020",
        "Versicherung: Auenwald Kinder-Unfall, UV-4471-311920",
        "",
        "Anamnese: Am 15.10.2024 gegen 10:30 Uhr in der Kita Sonnenblume von einem anderen",
        "Kind in die Oberlippe gebissen, dabei mit den Frontzähnen gegen eine Tischkante.",
        "",
        "Befund: Kronenfraktur 51 (Schmelz-Dentin, ohne Pulpabeteiligung),",
        "Lockerung 61 Grad II, Lippenbisswunde (S01.51), Zahnfleisch geschwollen.",
        "ICD: S02.5 (Zahnfraktur), S03.2 (Luxation eines Zahnes)",
        "",
        "Therapie: Glättung und Kompositaufbau 51, Schienung 61 für 14 Tage,",
        "Chlorhexidin-Gel, Kontrolle in 1 Woche und 3 Monaten.",
        "Prognose: Verfärbung/Devitalisierung 61 möglich; Keimanlage 21 ggf. betroffen,",
        "Kontrolle bis zum Durchbruch der bleibenden Zähne empfohlen.",
        "",
        "Kassel, 18.10.2024",
        "Dr. I. Bartholdy",
    ], title="Befundbericht Sauer")
    body = """Hallo Frau Sauer,

wie gewünscht die Unterlagen zurück, die wir für die Akte kopiert haben.
Die Abrechnung schicken wir Ihnen in den nächsten Tagen.

Freundliche Grüße
Aylin Korkmaz
"""
    m = mail("Aylin Korkmaz <aylin.korkmaz@auenwald.example>",
             "Julia Sauer <julia.sauer@mailbox.example>",
             "Ihre Unterlagen", body,
             atts=[("file", "Scan_20241018_0931.pdf", rep)])
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "harmless body; only the PDF: child's dental injury in Kita, ICD S02.5, accident policy")


def m050():
    tpl = docx([
        "Auenwald Krankenversicherung AG · Leistung Zahn/KFO",
        "«Anrede» «Vorname_VN» «Name_VN»",
        "«Straße»",
        "«PLZ» «Ort»",
        "",
        "Kieferorthopädische Behandlung von «Vorname_VP» «Name_VP», Versicherungsnummer «KV_Nr»",
        "",
        "«Briefanrede»,",
        "zum Behandlungsplan von «Praxis» vom «Datum_Plan» teilen wir Ihnen mit:",
        "Die kieferorthopädische Indikationsgruppe ist mit KIG «KIG_Stufe» angegeben.",
        "[Textbaustein A - KIG 3-5] Die gesetzliche Krankenkasse übernimmt die Regelversorgung. "
        "Aus Ihrem Tarif «Tarif» erstatten wir «Prozent» % der vereinbarten Mehrleistungen.",
        "[Textbaustein B - KIG 1-2] Die Behandlung ist keine Kassenleistung. "
        "Ihr Tarif «Tarif» leistet bis «Hoechstbetrag» EUR für die gesamte Behandlung.",
        "[Textbaustein C] Für folgende Positionen können wir keine Leistung zusagen: «Positionen».",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter»",
    ])
    body = """Hi Sabine,

anbei die überarbeitete Vorlage für die KFO-Kostenzusage (neue Textbausteine A-C,
Hinweis auf KIG-Stufe jetzt im Fließtext). Bitte bis Freitag durchsehen, dann geht
sie an die Vorlagenverwaltung zum Einspielen in die Korrespondenz-Software.

Danke!
Jonas
"""
    m = mail("Jonas Petrowski <jonas.petrowski@auenwald.example>",
             "Sabine Oehlkers <sabine.oehlkers@auenwald.example>",
             "Vorlage KFO-Kostenzusage v3 zur Durchsicht", body,
             atts=[("file", "Vorlage_KFO_Kostenzusage_v3.docx", tpl)])
    return R(m, "NORMAL", "de", "internal",
             "trap: letter template with «placeholders» for orthodontic cost approval")


def m051():
    body = """Dear Mrs Henderson,

thank you for the application for behavioural therapy for Mason, which Dr. Ruth
Engländer (child and adolescent psychotherapist, Frankfurt) submitted on 30 September.

We are happy to confirm cover under your policy KV 60 224 519 (tariff Expat Family
Comfort) for:

  Patient:           Mason Henderson, born 03/04/2013
  Diagnosis:         attention deficit hyperactivity disorder, combined type (F90.0),
                     with oppositional behaviour (F91.3)
  Treatment:         cognitive behavioural therapy, 24 sessions of 50 minutes plus
                     6 sessions with parents (GOÄ 870, 871 analogous), 2.3-fold rate
  Period:            until 31 December 2025

The therapy sessions are reimbursed at 100 %. If Dr. Engländer recommends medication
after the diagnostic phase, the prescriptions are reimbursed under the normal
outpatient benefits.

Please let me know if you would prefer letters about Mason to go to both parents.

Kind regards
Fiona McAllister
Expat Health Service
"""
    m = mail("Fiona McAllister <fiona.mcallister@auenwald.example>",
             "Jennifer Henderson <jen.henderson@usmail.example>",
             "Cost approval - therapy for Mason", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "child psychotherapy approval with ADHD and conduct disorder codes")


def m052():
    body = """Hallo Frau Hoang,

danke für Ihre Unterlagen. Wir haben Ihren Antrag auf die Hausratversicherung im
Tarif "Hausrat Start" (für Studierende und Auszubildende bis 30 Jahre) gepolt:

  Versicherungsnehmerin:  Linh Hoang, geb. 23.04.1999
  Risikoanschrift:        Studentenwohnheim Campus Nord, Zimmer 212,
                          Mönchebergstraße 41, 34125 Kassel
  Versicherungssumme:     12.000 EUR (pauschal, ohne Unterversicherungsverzicht-Prüfung)
  Beitrag:                4,90 EUR monatlich
  Nachweis:               Immatrikulationsbescheinigung WS 2024/25 liegt vor
                          (Hochschule Nordhessen, Matrikelnr. 33 610 772)

Die Police kommt per Mail ins Kundenportal. Den Tarif können Sie bis zum Ende des
Studiums behalten; danach stellen wir automatisch auf "Hausrat Komfort" um.

Viele Grüße
Lea Scheuermann
Kundenservice
"""
    m = mail("Lea Scheuermann <lea.scheuermann@auenwald.example>",
             "Linh Hoang <linh.hoang@studmail.example>",
             "Ihr Antrag Hausrat Start", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "student household insurance with birth date, address, matriculation number")


def m053():
    text = """Hello,

you have a new message in your Auenwald secure mailbox.

For your security this e-mail does not contain the message itself. Please log in at
https://portal.auenwald.example to read it.

If you did not expect a message from us, please do not click on any links but open
the portal by typing the address yourself.

Your Auenwald Customer Service

This e-mail was sent automatically. Replies to this address are not read.
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>you have a <b>new message</b> in your Auenwald secure mailbox.</p>
<p>For your security this e-mail does not contain the message itself. Please log in at
<a href="https://portal.auenwald.example">portal.auenwald.example</a> to read it.</p>
<p>If you did not expect a message from us, please do not click on any links but open
the portal by typing the address yourself.</p>
<p>Your Auenwald Customer Service</p>
<p style="font-size:9px;color:#888">This e-mail was sent automatically. Replies to this address are not read.</p>
</body></html>
"""
    m = mail("Auenwald SecureMail <no-reply@portal.auenwald.example>",
             "siobhan.oconnor@greenpost.example",
             "You have a new secure message", text, html=html,
             headers={"Auto-Submitted": "auto-generated"})
    return R(m, "NORMAL", "en", "insurer-to-customer",
             "trap: portal notification without content")


def m054():
    body = """Sehr geehrte Frau Dipl.-Psych. Lehmkuhl,

vielen Dank für Ihren Bericht an den Gutachter zum Antrag auf Kurzzeittherapie für
Ihre Patientin

  Charlotte Vogt, geb. 27.01.2008, KV-Nr. 64 019 338 (VN: Dr. Henning Vogt)

Wir haben den Antrag mit unserem beratenden Psychotherapeuten besprochen. Die
mittelgradige depressive Episode (F32.1) mit sozialem Rückzug, Schulabsentismus seit
den Sommerferien und einer Selbstverletzung im August ist gut nachvollziehbar
beschrieben. Wir übernehmen:

  - 24 Sitzungen Verhaltenstherapie (Einzel, Kinder- und Jugendlichenpsychotherapie),
    GOP 870, 2,3-fach, davon 4 Sitzungen unter Einbeziehung der Bezugspersonen
  - zuzüglich 2 probatorische Sitzungen (bereits abgerechnet)

Sollte eine teilstationäre Behandlung notwendig werden (Sie erwähnen die Tagesklinik
der Kinder- und Jugendpsychiatrie Bad Wilhelmshöhe), bitten wir um vorherige Nachricht.

Die Eltern erhalten eine Kopie dieser Kostenzusage. Charlotte ist 16; auf ihren Wunsch
schicken wir keine Diagnosen in die Familienpost, sondern nur die Zusage ohne Befund.

Mit freundlichen Grüßen
Jonas Petrowski
Leistung Kranken / Psychotherapie
"""
    m = mail("Jonas Petrowski <jonas.petrowski@auenwald.example>",
             "Praxis Lehmkuhl <praxis@psychotherapie-lehmkuhl.example>",
             "Kostenzusage Verhaltenstherapie - Charlotte Vogt", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
             "adolescent's depression F32.1, self-harm, psychotherapy approval")


def m055():
    body = """Hallo Herr Yilmaz,

wir haben den Schaden zu Ihrer Familienhaftpflicht (PHV-1-26 330 981) aufgenommen,
Schadennummer H-2024-81744.

Ihr Sohn Emre hat am 06.11.2024 in der Pause auf dem Schulhof der Carl-Schomburg-Schule
das Smartphone seines Mitschülers Dario Conti heruntergeworfen (Display gebrochen).
Es ist niemand verletzt worden.

Emre ist 13 und damit grundsätzlich verantwortlich (§ 828 Abs. 3 BGB), wenn er die
Einsicht hatte, dass er etwas kaputt macht. Wir prüfen den Hergang noch mit der Schule.
Bitte bitten Sie die Eltern von Dario (Familie Conti, Kassel), uns den Kostenvoranschlag
oder die Rechnung der Reparatur direkt zu schicken. Zeitwertabzug bei einem zwei Jahre
alten Gerät ca. 30 %.

Schöne Grüße
Nils Harms
Schaden Haftpflicht
"""
    m = mail("Nils Harms <nils.harms@auenwald.example>",
             "Serkan Yilmaz <serkan.yilmaz@webpost.example>",
             "Schaden H-2024-81744 - Handy Mitschüler", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "liability claim on schoolyard, named pupils, policy and claim number, nobody hurt")


def m056():
    body = """Liebe Kita-Eltern,

zur Erinnerung: Am Freitag, 04.10. (Brückentag), bleibt die Betriebskita
geschlossen. Ab Montag sind wir wie gewohnt ab 7:00 Uhr für Sie da.

Am 18.10. findet unser Laternenbasteln um 15:30 Uhr statt, Eltern sind herzlich
eingeladen. Bitte bringt leere Saftpackungen und Gläser mit!

Herzliche Grüße
Euer Auenzwerge-Team
"""
    m = mail("Betriebskita Auenzwerge <kita@auenwald.example>",
             "kita-eltern@lists.auenwald.example",
             "Brückentag 4.10. - Kita geschlossen", body)
    return R(m, "NORMAL", "de", "internal",
             "company Kita closure notice, nothing personal")


def m057():
    rows = [
        ["Auenwald Krankenversicherung AG - Statement of benefits", "", "", "", ""],
        ["Policy", "KV 60 309 772", "Policyholder", "Richard Whitmore", ""],
        ["Insured person", "Jack Whitmore", "Date of birth", "2012-05-19", ""],
        ["Date", "Provider", "Service", "Invoice EUR", "Reimbursed EUR"],
        ["2024-09-03", "Dr. Sieglinde Marx, allergology", "Prick test, 16 allergens (GOÄ 385)", 98.56, 98.56],
        ["2024-09-03", "Dr. Sieglinde Marx, allergology", "Specific IgE grass / birch (GOÄ 3892)", 77.13, 77.13],
        ["2024-09-17", "Dr. Sieglinde Marx, allergology", "Start SCIT grass pollen (J30.1), GOÄ 263", 26.81, 26.81],
        ["2024-09-17", "Apotheke am Luisenplatz", "Allergen extract grass pollen, 1 initial pack", 412.30, 412.30],
        ["2024-10-01", "Dr. Sieglinde Marx, allergology", "SCIT dose increase, observation 30 min", 26.81, 26.81],
        ["2024-10-02", "Apotheke am Luisenplatz", "Cetirizine 10 mg, 20 tablets", 6.95, 0.00],
        ["", "", "Total", 648.56, 641.61],
        ["Note", "OTC antihistamines are not reimbursed (tariff conditions § 4 (3)).", "", "", ""],
    ]
    body = """Dear Mr Whitmore,

please find attached the statement of benefits for the invoices you submitted for Jack.
The refund of EUR 641.61 is on its way.

Kind regards
Fiona McAllister
Expat Health Service
"""
    m = mail("Fiona McAllister <fiona.mcallister@auenwald.example>",
             "Richard Whitmore <richard.whitmore@britmail.example>",
             "Statement of benefits - October 2024", body,
             atts=[("file", "Statement_KV60309772_2024-10.xlsx", xlsx(rows, "Statement"))])
    return R(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "short body; XLSX statement with a child's allergy immunotherapy J30.1 and birth date")


def m058():
    body = """Dear Mr and Mrs Henderson,

your annual premium notice for 2025:

  Family liability (PHV-1-30 112 845), tariff Comfort      EUR  98.40
  Household contents (HR-7702145), sum insured 78,000 EUR   EUR 211.20
  Total 2025                                               EUR 309.60

The amount will be collected on 2 January 2025 from your account
DE88 5004 0000 3215 0727 80 (mandate AW-SEPA-00793115).

Your household contents sum insured is index-linked; it rose from EUR 75,400 to
EUR 78,000. If you have bought expensive items (e.g. new electronics for the children),
please check whether the sum is still sufficient.

Kind regards
Auenwald Customer Service
"""
    m = mail("Auenwald Kundenservice <kundenservice@auenwald.example>",
             "Jennifer Henderson <jen.henderson@usmail.example>",
             "Your premium notice 2025", body)
    return R(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "premium notice with policy numbers and IBAN, non-personal lines")


def m059():
    body = """Sehr geehrte Frau Pape,

vielen Dank für das nette Telefonat. Gerne unterstützen wir auch in diesem Jahr
die Aktion "Sicher zur Schule" für die Erstklässler der Grundschule am Lindenhof.

Wir liefern Ihnen bis 28.08.:
- 70 Warnwesten in Kindergröße (gelb, reflektierend, EN 17353) mit Schul-Logo
- 70 Reflektor-Anhänger für den Schulranzen
- 1 Satz Elternflyer "Der sichere Schulweg" (Hinweis: Auf dem Schulweg sind Kinder
  über die Unfallkasse Hessen gesetzlich unfallversichert.)

Wir würden gern mit einem Foto der Übergabe (ohne erkennbare Kinder, z. B. nur die
Westen auf dem Schulhof) auf unserer Website berichten - nur wenn die Schulleitung
einverstanden ist.

Mit freundlichen Grüßen
Carina Wolff
Marketing & Kommunikation
"""
    m = mail("Carina Wolff <carina.wolff@auenwald.example>",
             "Gerlinde Pape <sekretariat@gs-lindenhof.example>",
             "Aktion Sicher zur Schule - Warnwesten für Erstklässler", body)
    return R(m, "NORMAL", "de", "insurer-to-school",
             "trap: school-way safety campaign, accident insurance mentioned, no pupil")


def m060():
    body = """To whom it may concern,

CONFIRMATION OF HEALTH INSURANCE COVER

We confirm that

  Ms Hannah Pohl, born 11 March 2004,
  student of Hochschule Nordhessen, exchange student at Northgate University
  (student ID NU-24-118207)

is insured with Auenwald Krankenversicherung AG under international student health
policy AR-2024-55917, tariff Student Plus Worldwide, from 1 September 2024 to
30 June 2025.

The cover includes, without deductible: outpatient and inpatient treatment, emergency
dental treatment, prescribed medication, mental health treatment, medically necessary
repatriation and repatriation of remains (up to EUR 25,000).

Cover is valid worldwide excluding the USA and Canada. Claims can be settled directly
with the provider through our 24/7 assistance partner.

This confirmation is issued at the request of the insured person, who has consented to
it being sent to the university.

Kassel, 22 August 2024
Auenwald Krankenversicherung AG
Student & International Desk
"""
    m = mail("Mareike Vossberg <student-desk@auenwald.example>",
             "Northgate University Insurance Waivers <insurance-waivers@northgate-uni.example>",
             "Confirmation of cover - Hannah Pohl (NU-24-118207)", body,
             cc="Hannah Pohl <hannah.pohl@studmail.example>")
    return R(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-university",
             "confirmation that a named student holds health insurance, birth date; personal line, no diagnosis")


def m061():
    body = """Guten Tag,

Sie haben im Auenwald Kundenportal die Registrierung gestartet.

Ihr Einmal-Passwort lautet: 483 917

Es ist 15 Minuten gültig. Geben Sie das Passwort nie telefonisch oder per E-Mail
weiter - unsere Mitarbeiterinnen und Mitarbeiter werden Sie niemals danach fragen.

Wenn Sie die Registrierung nicht selbst gestartet haben, können Sie diese E-Mail
ignorieren.

Ihr Auenwald Kundenportal
"""
    m = mail("Auenwald Kundenportal <no-reply@portal.auenwald.example>",
             "familie.nowak@postfach.example",
             "Ihr Einmal-Passwort für das Kundenportal", body,
             headers={"Auto-Submitted": "auto-generated"})
    return R(m, "NORMAL", "de", "insurer-to-customer",
             "trap: one-time password mail, no contract data")


def m062():
    body = """Sehr geehrter Herr Rechtsanwalt Alsleben,

in der Angelegenheit Ihres Mandanten Herrn Dr. Clemens Bauerfeind ./. Familie Fischer
(Ihr Zeichen: 144/24 AL) teilen wir Ihnen mit, dass wir der Privathaftpflichtversicherer
der Eheleute Fischer sind (Schadennummer H-2024-79915).

Ihr Mandant verlangt Ersatz für den beschädigten rechten Außenspiegel und einen
Lackkratzer an seinem Pkw (Kennzeichen KS-CB 401), verursacht am 19.08.2024 durch
den damals achtjährigen Paul Fischer mit dem Fahrrad auf dem Gehweg der Goethestraße.
Es wurde niemand verletzt.

Paul war zum Unfallzeitpunkt acht Jahre alt. Nach § 828 Abs. 2 BGB haftet ein Kind
zwischen 7 und 10 Jahren für Schäden bei einem Unfall mit einem Kraftfahrzeug nicht,
wenn es nicht vorsätzlich handelte; das gilt nach der Rechtsprechung des BGH auch,
wenn das Fahrzeug parkte, nur dann nicht, wenn sich keine typische Überforderung im
Straßenverkehr verwirklicht hat. Eine Aufsichtspflichtverletzung der Eltern ist nicht
ersichtlich: Paul fuhr den ihm seit über einem Jahr bekannten Schulweg allein.

Wir lehnen die Ansprüche daher ab. Aus Kulanz und ohne Anerkennung einer Rechtspflicht
bieten wir zur Erledigung 150 EUR an.

Mit freundlichen Grüßen
Nils Harms
Schaden Haftpflicht, Auenwald Allgemeine Versicherung AG
"""
    m = mail("Nils Harms <nils.harms@auenwald.example>",
             "RA Dr. Jörg Alsleben <alsleben@ritter-alsleben.example>",
             "Ihr Zeichen 144/24 AL - Bauerfeind ./. Fischer, unser Schaden H-2024-79915", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-lawyer",
             "liability claim against parents of a named 8-year-old, plate number; nobody hurt")


def m063():
    body = """Sehr geehrte Frau Petersen,

Sie möchten die Kinder-Rentenversicherung "StartKapital", die Sie für Ihren Sohn
Ole abgeschlossen haben, vorübergehend beitragsfrei stellen.

  Vertrag:           LV-8812-446071 (fondsgebundene Rentenversicherung)
  Versicherungsnehmerin: Birte Petersen
  Versicherte Person: Ole Petersen, geb. 21.02.2011
  Monatsbeitrag bisher: 50,00 EUR
  Beitragsfrei ab:   01.12.2024

Der aktuelle Fondswert beträgt 8.412,77 EUR (Stand 15.11.2024). Während der
Beitragsfreistellung fallen weiterhin die Verwaltungskosten an (ca. 1,10 EUR/Monat).
Sie können den Vertrag innerhalb von 24 Monaten ohne erneute Gesundheitsprüfung wieder
in Kraft setzen. Der Beitragsschutz bei Tod oder Berufsunfähigkeit der Versicherungs-
nehmerin ruht während der Freistellung.

Mit freundlichen Grüßen
Auenwald Lebensversicherung AG
Vertragsservice Leben
i. A. Ronja Falkenberg
"""
    m = mail("Ronja Falkenberg <ronja.falkenberg@auenwald.example>",
             "Birte Petersen <birte.petersen@mailbox.example>",
             "Beitragsfreistellung LV-8812-446071 (StartKapital Ole)", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "child's life/pension policy change, no medical word but life line")


def m064():
    body = """Protokoll Produktrunde "Kinder & Familie" vom 22.10.2024
Teilnehmende: Lorenz, Ritter, Oehlkers, Wolff, Jaspers, Okafor
Protokoll: Wolff

TOP 1 Baustein "Allergie & Haut" für ZahnKids/KinderAmbulant
- Idee: Zusatzleistung für Kinder mit Allergien und Neurodermitis, die GKV/PKV-
  Grundtarif nicht tragen: Basispflege (Emollienzien), Neurodermitis-Schulung,
  Milbendichte Bettbezüge (Encasings), Nahrungsmittel-Allergietests ohne Kassenindikation.
- Relevante Indikationen laut Markt: J30.1-J30.4, L20.8, T78.1, Z91.0. Prävalenz
  bei Schulkindern (Literatur, KiGGS): Heuschnupfen ~9 %, Neurodermitis ~7 %.
- Oehlkers: Abgrenzung zu bestehenden Hilfsmittelleistungen klären.
- Entscheidung: Ritter rechnet bis 30.11. zwei Varianten (Beitrag 3,90/5,90 EUR).

TOP 2 Brillenzuschuss Kinder
- Vorschlag Erhöhung auf 250 EUR alle 2 Jahre, Myopie-Management (Ortho-K-Linsen,
  Spezialgläser) bis 400 EUR. Wird in der nächsten Runde entschieden.

TOP 3 Verschiedenes
- Sponsoring TSV Wolfhagen 2025 verlängert (Jaspers).

Nächster Termin: 19.11.2024, 10:00 Uhr
"""
    m = mail("Carina Wolff <carina.wolff@auenwald.example>",
             "Produktrunde Kinder <produktrunde-kinder@auenwald.example>",
             "Protokoll Produktrunde Kinder & Familie 22.10.", body)
    return R(m, "NORMAL", "de", "internal",
             "trap: product meeting minutes with allergy ICD codes and prevalence, no person")


def m065():
    body = """Dear Mr Whitmore,

as requested for your new insurer in the United Kingdom, we confirm:

  Policyholder:    Richard Whitmore, born 02 October 1976
  Co-insured:      Claire Whitmore; children Olivia (born 2005) and Jack (born 2012)
  Policy:          Family private liability, PHV-1-27 560 019, tariff Premium
  Period:          01.01.2019 - 31.12.2024 (ending because you move to Bristol)
  Claims:          2 claims in the last five years
                   - 2021: damage to a neighbour's fence by Jack (football), paid EUR 380
                   - 2023: bicycle collision with a parked car by Olivia, paid EUR 1,150

The policy ends on 31.12.2024 as per your cancellation. We wish your family all the best
for the move.

Kind regards
Timo Brandl
Customer Service
"""
    m = mail("Timo Brandl <timo.brandl@auenwald.example>",
             "Richard Whitmore <richard.whitmore@britmail.example>",
             "Confirmation of insurance and claims history", body)
    return R(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "liability claims history with birth date and named children")


def m066():
    body = """Hallo Herr Kuhlmann,

das Fahrrad von Lina haben wir jetzt reguliert: Für die verbogene Felge und den
gebrochenen Lenker zahlen wir laut Rechnung Zweirad Henning 187,50 EUR aus der
Hausratversicherung HR-6618220 (Fahrradbaustein), da der Unfall ohne Fremd-
beteiligung war. Überweisung in den nächsten Tagen.

Viele Grüße
Petra Quandt
Schaden Sach

> Am 04.11.2024 um 19:02 schrieb Marco Kuhlmann:
> Hallo Frau Quandt, anbei die Rechnung vom Fahrradladen. Lenker + Felge.
> Gruß M. Kuhlmann
>
>> Am 29.10.2024 schrieb Petra Quandt:
>> Guten Tag Herr Kuhlmann, danke für die Meldung. Bitte schicken Sie uns noch die
>> Reparaturrechnung. Gute Besserung an Lina!
>>
>>> Am 28.10.2024 um 21:40 schrieb Marco Kuhlmann:
>>> Hallo, Lina ist heute auf dem Heimweg von der Schule mit dem Rad in der Kurve am
>>> Weinberg weggerutscht und gestürzt. Sie hatte Helm auf, trotzdem Gehirnerschütterung
>>> und eine Platzwunde an der Stirn (genäht, 4 Stiche), sie war eine Nacht zur
>>> Beobachtung in der Kinderklinik Park Schönfeld. Der Arm von September ist zum Glück
>>> heil geblieben. Das Fahrrad ist ziemlich kaputt. Wer zahlt das? Läuft das über die
>>> Kinderunfall oder Hausrat?
>>> Marco
"""
    m = mail("Petra Quandt <petra.quandt@auenwald.example>",
             "Marco Kuhlmann <m.kuhlmann@mailbox.example>",
             "AW: AW: Fahrrad Lina", body, cte="base64")
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "base64 body; bicycle claim on top, concussion and hospital night of a child only deep in the quote")


def m067():
    body = """Hi team,

headline results of the parent survey (online panel, n = 1,214 parents of children
aged 0-17 in Germany, fieldwork 2-16 September 2024, weighted):

- 62 % worry about the cost of orthodontic treatment ("braces") for their child;
  among parents of 8-12 year olds: 71 %.
- 48 % do not know that accidents in leisure time are not covered by the statutory
  accident insurance.
- 34 % report that at least one of their children has an allergy; 11 % an ADHD
  diagnosis "in the family or circle of friends".
- Only 9 % have heard of child disability insurance; after a short explanation 41 %
  rate it as "important" or "very important".
- Preferred information channels: paediatrician (54 %), other parents (47 %),
  online comparison sites (38 %), insurance broker (21 %).

Full report (anonymous panel data, no personal data) on SharePoint under
Marketing > Research > 2024 > Parents.

Cheers
Carina
"""
    m = mail("Carina Wolff <carina.wolff@auenwald.example>",
             "Product & Marketing <produkt-marketing@auenwald.example>",
             "Parent survey 2024 - headline results", body)
    return R(m, "NORMAL", "en", "internal",
             "trap: anonymous survey percentages on braces, allergies, ADHD")


def m068():
    body = """Sehr geehrte Frau Bektas,

zum Diebstahl des Kinderwagens aus dem Treppenhaus Ihres Mehrfamilienhauses
(Schadennummer HR-S-2024-40602, Hausratversicherung HR-6620458) folgende Rückmeldung:

Kinderwagen sind in Ihrem Tarif "Hausrat Komfort" auch im gemeinschaftlich genutzten
Hausflur versichert, wenn das Haus verschlossen war. Laut Ihrer Schilderung war die
Haustür in der Nacht zum 12.11.2024 abgeschlossen, Einbruchspuren am Schloss hat die
Polizei dokumentiert (Anzeige 0412-24-121088, Polizeirevier Kassel-Mitte).

Wir erstatten den Wiederbeschaffungswert des Kinderwagens (Modell Joolz Day+, gekauft
05/2023 für 1.149 EUR, Neupreis heute 1.199 EUR) abzüglich 150 EUR Selbstbeteiligung,
also 1.049 EUR. Der Betrag geht auf das Konto DE57 5004 0000 9793 8560 32.

Die Babyschale (Maxi-Cosi), die im Kinderwagen lag, ist ebenfalls ersetzt, bitte schicken
Sie uns hierzu noch einen Kaufbeleg oder ein Foto.

Mit freundlichen Grüßen
Petra Quandt
Schaden Sach
"""
    m = mail("Petra Quandt <petra.quandt@auenwald.example>",
             "Elif Bektas <elif.bektas@netpost.example>",
             "Kinderwagen - Ihr Schaden HR-S-2024-40602", body,
             charset="windows-1252", cte="quoted-printable")
    return R(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "windows-1252; household theft claim with IBAN and police reference")


def m069():
    body = """Dear Sarah,

thanks for your question on behalf of the O'Connors. Since Rhine Expat Cover has
portfolio rights for their policies and Mr O'Connor asked you to follow up, here is
the status for Cian:

  Insured person:   Cian O'Connor (12), policy KV 60 118 032, Expat Family Comfort
  Orthodontist:     Dr. Yvonne Stadler, Kassel
  Findings:         Class II/1 malocclusion, overjet 6 mm, crowding upper jaw, KIG D4
  Plan:             twin block appliance 9 months, then fixed braces; 14 quarters
  Estimated cost:   EUR 5,940.00 (GOZ 6030-6080, materials, laboratory)
  Our share:        80 % under the tariff = EUR 4,752.00, max EUR 6,000 per child

The approval letter went to the family yesterday. The family had asked about clear
aligners instead of fixed braces - these are covered up to the cost of fixed braces.

Kind regards
Holger Jaspers
Broker Support
"""
    m = mail("Holger Jaspers <holger.jaspers@auenwald.example>",
             "Sarah Whitfield <s.whitfield@rhine-expat.example>",
             "RE: O'Connor family - status orthodontics Cian", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
             "broker receives a child's orthodontic findings and plan under a health policy")


def m070():
    body = """Sehr geehrter Herr Oswald,

vielen Dank für Ihre Anfrage zur Absicherung von Klassenfahrten. Hier unsere Angebote
im Überblick (Preise je Teilnehmer/in und Reise):

  Schul-Reiserücktritt Inland      bis 300 EUR Reisepreis   6,00 EUR
  Schul-Reiserücktritt Ausland     bis 500 EUR Reisepreis  11,50 EUR
  Reiseabbruch + Auslandskranken   nur Ausland              4,80 EUR
  Gepäck                           bis 500 EUR              2,90 EUR

Versichert sind unter anderem unerwartete schwere Erkrankung oder Unfall der
Schülerin/des Schülers, Tod eines nahen Angehörigen, Schulwechsel und Nichtversetzung
(nur bei Abschlussfahrten). Lehrkräfte und Begleitpersonen sind zum gleichen Preis
versicherbar.

Wenn Sie sich für ein Paket entscheiden, brauchen wir erst 14 Tage vor der Reise eine
Teilnehmerliste (Name, Vorname, Geburtsdatum). Eine Gesundheitsprüfung gibt es nicht.

Die Versicherungsbedingungen (AVB Schulreise 2024) und das Produktinformationsblatt
hängen als Link an: https://www.auenwald.example/schulreise

Mit freundlichen Grüßen
Lea Scheuermann
Kundenservice Reise
"""
    m = mail("Lea Scheuermann <lea.scheuermann@auenwald.example>",
             "Tobias Oswald <t.oswald@gesamtschule-nordstadt.example>",
             "Ihre Anfrage: Versicherung für Klassenfahrten", body)
    return R(m, "NORMAL", "de", "insurer-to-school",
             "trap: product info for school trip insurance mentioning illness, no pupil")


def m071():
    body = """Dear Ms Santos,

thank you for the October enrolment list. We have added the following au pairs to the
group au pair liability policy of Global Au Pair Connect GmbH (GAP-LIA-2023-0007).
Liability only - health and accident cover are with the au pairs' individual policies
and not part of this list.

No. | Au pair | Date of birth | Nationality | Host family / address | Cover from
1 | Gabriela Mendes | 08/03/2003 | Brazil | Fam. Lührs, Am Fasanenhof 9, 34125 Kassel | 01.10.2024
2 | Tatiana Hrytsenko | 25/11/2002 | Ukraine | Fam. Grau, Kirchweg 3, 34289 Zierenberg | 01.10.2024
3 | Mercy Wanjiru | 17/06/2004 | Kenya | Fam. Dietz, Brüder-Grimm-Str. 55, 34117 Kassel | 07.10.2024
4 | Ana Sofía Ríos | 30/01/2005 | Colombia | Fam. Thiele, Lange Str. 12, 34131 Kassel | 15.10.2024

Premium: EUR 7.50 per au pair and month, invoiced quarterly to the agency.

Please remember to report au pairs who leave their host family early, so that cover can
end on the correct date.

Best regards
Lea Scheuermann
Customer Service Group Contracts
"""
    m = mail("Lea Scheuermann <lea.scheuermann@auenwald.example>",
             "Beatriz Santos <b.santos@global-aupair.example>",
             "Enrolment October - group au pair liability GAP-LIA-2023-0007", body)
    return R(m, "CONFIDENTIAL", "en", "insurer-to-company",
             "liability-only enrolment list with au pairs' birth dates and host family addresses")


def m072():
    body = """Dear colleagues,

this year's flu vaccination campaign for employees takes place from 4 to 15 November
in the company medical service (building B, ground floor).

New this year: family members living in your household (partners and children from
6 months) can also be vaccinated on Saturday 9 November, 9:00 - 13:00. For children
under 9 years who are being vaccinated for the first time, two doses are needed four
weeks apart - the second appointment will be on 7 December.

Vaccine: tetravalent influenza vaccine (egg-based); for children 2-17 the nasal spray
vaccine is available while stocks last.

Please book your slot in the intranet (Service > Health > Flu vaccination). Bring your
vaccination record if you have it. The company doctor does not pass on any information
about who was vaccinated to HR or your manager.

Your Occupational Health Team
"""
    m = mail("Betriebsärztlicher Dienst <betriebsarzt@auenwald.example>",
             "All staff <alle@auenwald.example>",
             "Flu vaccination 2024 - now also for family members", body)
    return R(m, "NORMAL", "en", "internal",
             "trap: company flu vaccination campaign for staff and children, no person")


def m073():
    body = """Dear Ms Lindqvist,

congratulations on your pregnancy, and thank you for letting us know early.

To answer your questions:

1. Your baby can be added to your health policy (KV 60 401 256, Expat Family Comfort)
   from the day of birth without any health questions and without waiting periods, as
   long as you have been insured for at least three months (you have been since
   03/2023) and you register the baby within two months after birth.

2. Your prenatal care, including the additional ultrasound scans and the first-trimester
   screening (NT scan) that your gynaecologist Dr. Anke Hilbrecht offered, is covered.
   The non-invasive prenatal test (NIPT) is covered because of your age (39) and the
   recommendation in your maternity record.

3. Hospital: you are registered for delivery at Klinikum Kassel, expected date
   14 March 2025. Private room and chief physician are included in your tariff.
   Midwife aftercare at home is covered up to 12 weeks.

4. Once the baby is born, please send us the birth certificate and the hospital
   discharge letter. You will then receive a new policy schedule.

All the best for the coming months!

Kind regards
Fiona McAllister
Expat Health Service
"""
    m = mail("Fiona McAllister <fiona.mcallister@auenwald.example>",
             "Emma Lindqvist <emma.lindqvist@nordmail.example>",
             "Your questions about pregnancy and adding the baby", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "pregnancy, prenatal tests and delivery date of a named customer")


def m074():
    body = """Sehr geehrte Frau Lührs, sehr geehrter Herr Lührs,

vielen Dank für Ihre Nachricht und herzlichen Glückwunsch!

Wir haben Ihr Adoptivkind Noah Lührs, geb. 19.05.2019, ab dem 15.11.2024 (Datum der
Aufnahme in Ihren Haushalt laut Bescheinigung des Jugendamts Kassel) als mitver-
sichertes Kind in Ihre Familien-Privathaftpflichtversicherung PHV-1-30 990 114
aufgenommen. Der Beitrag ändert sich nicht, da Kinder im Familientarif beitragsfrei
mitversichert sind.

Auch Pflegekinder wären übrigens mitversichert; die Unterscheidung spielt für die
Haftpflicht keine Rolle.

Mit freundlichen Grüßen
Timo Brandl
Kundenservice
"""
    m = mail("Timo Brandl <timo.brandl@auenwald.example>",
             "Familie Lührs <luehrs.familie@famail.example>",
             "Mitversicherung Noah in Ihrer Privathaftpflicht", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "adopted child added to family liability with birth date; adoption itself not health data")


def m075():
    body = """Hallo zusammen,

anbei die Beschwerdezahlen Q3/2024 für die Kinder- und Familienprodukte (Quelle:
Beschwerdemanagement-Tool, nur Anzahl, keine Einzelfälle):

  Produkt                     Beschwerden  davon BaFin/Ombudsmann   Ø Bearbeitung
  Kinder-Unfall Plus                   41                        2        6,1 Tage
  Kinder-Invalidität                   12                        3       11,4 Tage
  ZahnKids 90 (KFO)                    57                        4        8,9 Tage
  Campus Start / Campus Cover          19                        0        5,2 Tage
  Au-pair-Paket                         6                        0        4,0 Tage

Häufigste Gründe: KFO-Leistungsgrenzen (KIG 1-2), Dauer der Invaliditätsbemessung,
Ablehnung Lerntherapie bei ADHS/LRS, fehlende englische Schreiben bei Campus Cover.

Bitte zur Vorbereitung des Qualitätszirkels am 12.11. ansehen.

Gruß
Team Qualitätsmanagement
"""
    m = mail("Qualitätsmanagement <qm@auenwald.example>",
             "Führungskreis Leistung <fk-leistung@auenwald.example>",
             "Beschwerde-KPIs Q3 Kinder & Familie", body)
    return R(m, "NORMAL", "de", "internal",
             "trap: complaint counts per child product, reasons mention ADHD, no case")


def m076():
    body = """Hallo Frau Kuhlmann,

die Brillenrechnung für Ben ist da, danke. Kurz zur Abrechnung:

Ben Kuhlmann, KV-Nr. 52 117 604, Tarif KinderAmbulant 100
Verordnung Augenärztin Dr. Leitner vom 02.10.2024:
  R sph -2,75 cyl -0,50 A 10°, L sph -3,25, Myopie mit raschem Fortschreiten
  (+0,75 dpt in 12 Monaten), Empfehlung Myopie-Management-Gläser
Rechnung Augenoptik Seidel vom 09.10.2024:
  Fassung Kinder 89,00 EUR, 2 Gläser DIMS-Technologie à 245,00 EUR = 579,00 EUR

Erstattung: Sehhilfen bis 250 EUR in zwei Jahren, zusätzlich Myopie-Management bei
Kindern bis 300 EUR -> insgesamt 550,00 EUR. Die restlichen 29 EUR bleiben leider bei
Ihnen.

Die Atropin-Augentropfen 0,01 % (Rezeptur der Apotheke) reichen Sie bitte gesondert ein,
die sind als Arzneimittel erstattungsfähig.

Viele Grüße
Sabine Oehlkers
Leistung Kranken
"""
    m = mail("Sabine Oehlkers <sabine.oehlkers@auenwald.example>",
             "Stefanie Kuhlmann <steffi.kuhlmann@mailbox.example>",
             "Brille Ben", body, cte="8bit", flowed=True)
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "child's glasses prescription, progressive myopia, atropine drops")


def m077():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Auenwald Versicherung//Expat Events//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:expat-webinar-school-20250115@auenwald.example
DTSTAMP:20241115T100000Z
DTSTART;TZID=Europe/Berlin:20250115T190000
DTEND;TZID=Europe/Berlin:20250115T203000
SUMMARY:Webinar: The German school system and your family's insurance
DESCRIPTION:Speakers: Fiona McAllister (Auenwald) and Dr. Till Raabe (schoo
 l psychologist). Join: https://webinar.auenwald.example/expat-school
LOCATION:Online
END:VEVENT
END:VCALENDAR
"""
    body = """Dear expat families,

Kita, Grundschule, Gymnasium, Gesamtschule - and who pays when something happens?
Join our free evening webinar on 15 January 2025:

- How the German school system works (and when children change schools)
- Statutory accident insurance at school vs. private child accident cover
- School trips and exchange programmes: what travel cover you need
- Learning difficulties, ADHD and dyslexia: what the school offers, what health
  insurance pays and what it does not
- Q&A

Add the event to your calendar with the attached invitation. No registration needed.

Your Auenwald Expat Service
"""
    m = mail("Auenwald Expat Service <expat-service@auenwald.example>",
             "newsletter-expat@lists.auenwald.example",
             "Webinar 15 Jan: German schools and your family's insurance", body,
             atts=[("file", "webinar_2025-01-15.ics", ics, "text/calendar")])
    return R(m, "NORMAL", "en", "newsletter",
             "trap: webinar invitation with ADHD and accident topics, no person")


def m078():
    body = """Hallo Herr Schäfer,

gute Nachrichten zu Ihrer Frage: Ihr Gastschüler ist während seines Aufenthalts bei
Ihnen in Ihrer Familien-Privathaftpflicht mitversichert. Der Tarif "Familie Komfort"
schließt Gastschüler und Au-pairs bis zu einem Jahr Aufenthalt ein.

Wir haben vermerkt:
  Vertrag:         PHV-1-29 114 086 (Versicherungsnehmer Frank Schäfer)
  Gastschüler:     Théo Marchand, geb. 12.02.2009, aus Angers (Frankreich)
  Aufenthalt:      02.09.2024 - 20.12.2024, Schüleraustausch über das
                   Deutsch-Französische Jugendwerk, Schule: Jacob-Grimm-Schule Kassel

Schäden, die Théo bei Ihnen zu Hause anrichtet (z. B. an Ihren Möbeln), sind allerdings
nicht versichert - Haftpflicht zahlt nur Schäden an Dritten.

Freundliche Grüße
Timo Brandl
Kundenservice
"""
    m = mail("Timo Brandl <timo.brandl@auenwald.example>",
             "Frank Schäfer <frank.schaefer@famail.example>",
             "AW: Gastschüler aus Frankreich - Haftpflicht?", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "exchange pupil co-insured in family liability, birth date and stay")


def m079():
    body = """Liebe Beteiligte,

anbei die Zusammenfassung der 2. DSFA-Sitzung zur geplanten App "Auenwald FamilyCare"
(Impfkalender, Allergie-Tagebuch, Wachstumskurven, Erinnerungen an U-Untersuchungen
und Zahnarzttermine, Direkt-Upload von Rechnungen).

Ergebnisse:
1. Die App verarbeitet Gesundheitsdaten von Kindern (Art. 9 DSGVO, Art. 8 DSGVO für die
   Einwilligung). Rechtsgrundlage: ausdrückliche Einwilligung der Sorgeberechtigten;
   ab 16 Jahren zusätzlich der Jugendlichen selbst.
2. Allergie-Tagebuch und Wachstumskurven bleiben lokal auf dem Gerät (kein Upload).
   Nur Rechnungsbelege gehen an die Leistungsabteilung.
3. Risiko "gemeinsam genutztes Familien-Tablet": Biometrie/PIN pro Profil Pflicht.
4. Push-Nachrichten dürfen keinen Inhalt enthalten ("Neue Erinnerung" statt
   "Zweite Dosis Hepatitis A fällig für Lina").
5. Dienstleister für Hosting: nur EU-Rechenzentren, AVV liegt im Entwurf vor.

Offene Punkte: Löschkonzept bei Volljährigkeit, Übergabe des Kinderprofils an das
volljährige Kind. Nächste Sitzung 05.12.2024.

Dr. Ulrich Seibold
Datenschutzbeauftragter
"""
    m = mail("Dr. Ulrich Seibold <datenschutz@auenwald.example>",
             "DSFA FamilyCare <dsfa-familycare@auenwald.example>",
             "DSFA FamilyCare App - Ergebnisse Sitzung 2", body)
    return R(m, "NORMAL", "de", "internal",
             "trap: DPIA minutes about a children's health app, example push text with a first name only")


def m080():
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Ms Raman,</p>
<p>thank you for your question about the counselling sessions you have been attending.</p>
<p>We have checked your Campus Cover policy (<b>KV 88 219 441</b>). The sessions with
<b>Ms Dipl.-Psych. Anika Voigt</b> at the Psychological Counselling Service of Hochschule
Nordhessen are free of charge for students, so there is nothing for us to reimburse.</p>
<p>For the psychotherapy that your GP has now recommended because of the
<b>anxiety and panic attacks (F41.0)</b> and the sleep problems, the following applies:</p>
<ul>
<li>up to 20 sessions per calendar year are covered at 80&nbsp;%,</li>
<li>the therapist must be a licensed psychotherapist (Approbation),</li>
<li>please send us the therapist's short report after the first 5 sessions.</li>
</ul>
<p>The sertraline prescription (50&nbsp;mg) from Dr. Maurer is reimbursed under the normal
outpatient benefits; please upload the pharmacy receipt in the portal.</p>
<p>If you would like to talk to someone in English outside office hours, our 24/7 health line
is +49 561 7788-2424.</p>
<p>Kind regards<br>Mareike Vossberg<br>Student &amp; International Desk</p>
</body></html>
"""
    m = mail("Mareike Vossberg <student-desk@auenwald.example>",
             "Priya Raman <priya.raman@studmail.example>",
             "RE: counselling sessions", html=html, html_only=True)
    return R(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "HTML only; student's panic disorder F41.0, psychotherapy and sertraline")


def m081():
    rows = [
        ["Payout batch LIAB-2024-46 (liability claims, private customers)", "", "", "", ""],
        ["Claim", "Payee", "IBAN", "Amount EUR", "Reference"],
        ["H-2024-77130", "Gerd Ilsemann", "DE17520400214807382710", 412.65, "Glass window, claimant"],
        ["H-2024-79915", "Dr. Clemens Bauerfeind", "DE14500105177587839978", 150.00, "Goodwill, mirror"],
        ["H-2024-81590", "Kerstin Albers", "DE90522500300106090348", 329.00, "Au pair, iPad"],
        ["H-2024-81744", "Giulia Conti", "DE44500400005887138101", 168.00, "Smartphone display"],
        ["H-2024-81377", "Studentenwerk Kassel AöR", "DE22520503532915421845", 1260.40, "Kitchen, residence"],
        ["", "", "Total", 2320.05, ""],
    ]
    body = """Hi Markus,

attached the payout batch LIAB-2024-46 for your second signature (4-eyes principle).
All five claims have been approved in the claims system; the amounts match the
settlement letters. Please release in the payment tool by Thursday noon so that the
transfer goes out with Friday's SEPA file.

Thanks
Nils
"""
    m = mail("Nils Harms <nils.harms@auenwald.example>",
             "Markus Wendeborn <markus.wendeborn@auenwald.example>",
             "Payout batch LIAB-2024-46 - 2nd signature please", body,
             atts=[("file", "LIAB-2024-46.xlsx", xlsx(rows, "Batch"))])
    return R(m, "CONFIDENTIAL", "en", "internal",
             "payout list with private payees' names and IBANs in XLSX")


def m082():
    body = """Hi Daniel,

für die englischen Leistungsschreiben brauchen wir ein einheitliches Glossar
Kieferorthopädie. Mein Vorschlag - bitte ergänzen / korrigieren:

  Kieferorthopädie (KFO)              orthodontics
  kieferorthopädische Indikations-
    gruppen (KIG)                     orthodontic indication groups (KIG), German
                                      grading system 1-5
  Heil- und Kostenplan                treatment and cost plan
  festsitzende Apparatur / Multiband  fixed appliance / fixed braces
  herausnehmbare Zahnspange           removable appliance
  Aktivator, Funktionskieferorthop.   functional appliance (e.g. activator, twin block)
  Brackets (Keramik/Metall)           brackets (ceramic/metal)
  Retainer (Kleberetainer)            retainer (bonded retainer)
  Distalbiss / Deckbiss               Class II malocclusion / deep bite (Class II/2)
  Mehrkostenvereinbarung              agreement on additional private costs
  Eigenanteil (GKV 20 %/10 %)         patient share (statutory 20 %/10 %)

Open question: should we keep "KIG" untranslated? I'd say yes, with explanation
in brackets on first use.

Thanks, Fiona
"""
    m = mail("Fiona McAllister <fiona.mcallister@auenwald.example>",
             "Daniel Okafor <daniel.okafor@auenwald.example>",
             "Glossar KFO DE-EN für Leistungsschreiben", body)
    return R(m, "NORMAL", "mixed", "internal",
             "trap: German-English orthodontic glossary, no patient")


def m083():
    rep = pdf([
        "Praxis für Kinder- und Jugendmedizin Dr. med. Bernd Achterberg",
        "Wilhelmshöher Allee 210, 34119 Kassel",
        "",
        "Ärztlicher Bericht für die private Unfallversicherung",
        "Patient: Luis Dörnbach, geb. 29.10.2010",
        "Unfalltag: 21.09.2024, Sturz beim Fußballtraining (TSV Wolfhagen)",
        "",
        "Erstbehandlung: Notaufnahme Kreisklinik Wolfhagen, Rö: nicht dislozierte",
        "Fraktur Os scaphoideum links (S62.0), Unterarmgips mit Daumeneinschluss 6 Wochen.",
        "Kontrolle 04.11.2024: CT - Frakturspalt noch sichtbar, verzögerte Heilung.",
        "Weiteres Vorgehen: erneute Ruhigstellung 4 Wochen, ggf. Verschraubung.",
        "Sportverbot bis mindestens Januar 2025.",
        "",
        "Unfallunabhängige Vorerkrankungen: Asthma bronchiale (Salbutamol bei Bedarf).",
        "Dauerschaden: derzeit nicht beurteilbar.",
        "",
        "Kassel, 06.11.2024, Dr. B. Achterberg",
    ], title="Bericht")
    body = """bitte zur akte U-2024-033081 nehmen, kam per fax/scan rein.
gruß ak
"""
    m = mail("Aylin Korkmaz <aylin.korkmaz@auenwald.example>",
             "Posteingang Unfall <unfall-post@auenwald.example>",
             "AW: Bericht", body,
             atts=[("file", "scan0047.pdf", rep, "application/octet-stream")])
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "doctor",
             "curt body; doctor's report as octet-stream PDF: boy's scaphoid fracture, asthma")


def m084():
    body = """Sehr geehrte Frau Engel,

in Ihrer Rechtsschutzversicherung (RS-2201-338145, Baustein Privat inkl.
Verwaltungsrechtsschutz) erteilen wir Deckungsschutz für die außergerichtliche und
erstinstanzliche Interessenwahrnehmung:

  Gegenstand:  Widerspruch und ggf. Klage vor dem Verwaltungsgericht Kassel gegen die
               Nichtversetzung Ihrer Tochter Mara (Klasse 7c, Gesamtschule Nordstadt)
               in die Jahrgangsstufe 8, Bescheid der Klassenkonferenz vom 26.06.2024
  Rechtsanwalt: Kanzlei Ritter & Alsleben, RAin Dr. Sabine Ritter
  Selbstbeteiligung: 150 EUR
  Schadennummer: RS-S-2024-07712

Die Erfolgsaussichten schätzen wir nach Ihrer Schilderung (Notenbild Mathe 5, Englisch 5,
Ausgleich nicht möglich wegen nicht berücksichtigter Nachteilsausgleich-Regelung) als
ausreichend ein.

Mit freundlichen Grüßen
Rechtsschutz-Service
i. A. Kai Lüdemann
"""
    m = mail("Kai Lüdemann <kai.luedemann@auenwald.example>",
             "Michaela Engel <michaela.engel@famengel.example>",
             "Deckungszusage RS-S-2024-07712 - Widerspruch Nichtversetzung", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "legal expenses cover for a pupil's non-promotion, grades, lawyer; no health detail")


def m085():
    body = """Hallo Herr Dörnbach,

anbei wie besprochen der Entwurf der Sponsoring-Vereinbarung für 2025. Die
wesentlichen Eckpunkte:

  - Trikotsätze für die Jugendmannschaften F- bis B-Jugend (9 Teams) mit Auenwald-Logo
  - Sponsoringbetrag 6.500 EUR, zahlbar in zwei Raten (März/August)
  - Bandenwerbung am Nebenplatz, Nennung auf der Vereinswebsite
  - Präventionstag "Fit & fair" mit dem Hessischen Fußball-Verband im Frühjahr

Die Zahlung geht wie bisher auf das Vereinskonto des TSV Eintracht Wolfhagen 1911 e.V.
bei der Kasseler Sparkasse, IBAN DE03 5004 0000 6397 3063 62 (laut Ihrem Briefkopf).

Bitte lassen Sie den Entwurf vom Vorstand prüfen; Unterschrift dann durch zwei
vertretungsberechtigte Vorstandsmitglieder.

Sportliche Grüße
Holger Jaspers
"""
    m = mail("Holger Jaspers <holger.jaspers@auenwald.example>",
             "Ralf Dörnbach <jugendleitung@tsv-wolfhagen.example>",
             "Sponsoring 2025 - Entwurf Vereinbarung", body)
    return R(m, "NORMAL", "de", "insurer-to-club",
             "trap: sponsoring contract with the club's own bank account (association, not a person)")


def m086():
    body = """Sehr geehrte Frau Grabowski,

nach Abschluss der Behandlung und dem Bericht der Handchirurgie des Diakonie-Klinikums
vom 14.10.2024 können wir die Invaliditätsleistung aus der Kinder-Unfallversicherung
für Ihre Tochter Zofia abrechnen.

Unfall vom 17.08.2023: Trampolinsturz, Sehnenverletzung und Fraktur am rechten
Zeigefinger (S62.62, S66.1), zwei Operationen.
Dauerfolge laut Gutachten: Bewegungseinschränkung im Mittel- und Endgelenk, Funktions-
verlust des Zeigefingers zu 6/10.

Berechnung nach Gliedertaxe (Ziff. 2.1.2.2.1 AUB):
  Zeigefinger                               10 %
  davon 6/10                                 6 % Invaliditätsgrad
  Grundsumme                          150.000 EUR
  Invaliditätsleistung (keine Progression unter 25 %)   9.000 EUR
  abzgl. bereits gezahlter Vorschuss           -2.000 EUR
  Auszahlung                                 7.000 EUR

Die Überweisung erfolgt auf das Konto DE96 4306 0967 1400 4426 04 (Kontoinhaberin:
Marta Grabowski). Gegen die Bemessung können Sie innerhalb von drei Jahren eine
Neubemessung verlangen, z. B. wenn sich der Finger noch verschlechtert.

Mit freundlichen Grüßen
Markus Wendeborn
Leistung Unfall
"""
    m = mail("Markus Wendeborn <markus.wendeborn@auenwald.example>",
             "Marta Grabowski <marta.grabowski@netpost.example>",
             "Invaliditätsleistung Zofia - UV-4471-225078", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "child accident invalidity payout: finger injury, ICD, IBAN")


def m087():
    form = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Accident report - pupil (blank)</title></head>
<body>
<h1>Auenwald Child Accident Plus - Accident report (pupil / Kita child)</h1>
<p>Please fill in and return to unfall@auenwald.example. Fields marked * are mandatory.</p>
<table border="1" cellpadding="4">
<tr><td>Policy number*</td><td>________________</td></tr>
<tr><td>Child's name*</td><td>________________</td></tr>
<tr><td>Date of birth*</td><td>__.__.____</td></tr>
<tr><td>Date and time of accident*</td><td>________________</td></tr>
<tr><td>Place (school, Kita, sports club, home, other)*</td><td>________________</td></tr>
<tr><td>What happened?*</td><td>________________________________</td></tr>
<tr><td>Injuries (e.g. fracture, concussion, tooth)*</td><td>________________</td></tr>
<tr><td>First treating doctor / hospital</td><td>________________</td></tr>
<tr><td>Was the accident reported to the statutory accident insurance (Unfallkasse)?</td><td>yes / no</td></tr>
<tr><td>Witnesses (teacher, coach)</td><td>________________</td></tr>
</table>
<p>Release from medical confidentiality: see separate form.</p>
</body></html>
"""
    body = """Hi Fiona,

here is the English version of the blank accident report form for the expat website,
translated from the German form "Unfallanzeige Kind". Can you check the wording before
web team puts it online? Layout will be done by them.

Thanks
Aylin
"""
    m = mail("Aylin Korkmaz <aylin.korkmaz@auenwald.example>",
             "Fiona McAllister <fiona.mcallister@auenwald.example>",
             "Blank accident report form (EN) for review", body,
             atts=[("file", "accident_report_pupil_EN.html", form, "text/html")])
    return R(m, "NORMAL", "en", "internal",
             "trap: blank accident report form for children, empty fields")


def m088():
    body = """Sehr geehrter Herr Hoang,

in der Angelegenheit "Kita-Platz für Ihre Tochter Vy" erteilen wir Deckungsschutz aus
Ihrer Rechtsschutzversicherung RS-2201-340977 für ein verwaltungsgerichtliches
Eilverfahren gegen die Stadt Kassel (Anspruch auf einen Betreuungsplatz nach
§ 24 Abs. 2 SGB VIII ab Vollendung des ersten Lebensjahres am 03.10.2024).

Aus Ihrer Schilderung haben wir zur Akte genommen:
  - Antrag auf Betreuungsplatz gestellt am 12.02.2024, Ablehnung am 19.08.2024
  - beide Eltern berufstätig, Ihr Bruttoeinkommen 3.950 EUR, das Ihrer Frau 2.300 EUR
    monatlich; Verdienstausfall Ihrer Frau ab 01.11. wegen fehlender Betreuung
  - Rechtsanwältin: Dr. Sabine Ritter, Kanzlei Ritter & Alsleben

Schadennummer RS-S-2024-07790, Selbstbeteiligung 150 EUR. Ein möglicher Schadensersatz
für den Verdienstausfall ist nicht Gegenstand dieser Zusage; bitte gesondert anfragen.

Mit freundlichen Grüßen
Kai Lüdemann
Rechtsschutz-Service
"""
    m = mail("Kai Lüdemann <kai.luedemann@auenwald.example>",
             "Duc Hoang <duc.hoang@mailbox.example>",
             "Deckungszusage Kita-Platz Vy - RS-S-2024-07790", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "legal expenses for a Kita place: parents' incomes, child's birthday, claim number")


def m089():
    body = """Liebe Kolleginnen und Kollegen,

zum 01.01.2025 tritt die neue ICD-10-GM-Version in Kraft. Für die Kinder- und Jugend-
tarife sind folgende Änderungen relevant (Auszug, vollständige Liste im Wiki):

  - F90.-: neue Kodierhinweise zur Abgrenzung ADHS / Anpassungsstörung bei
    Schulkindern; F90.8 wird häufiger erwartet
  - F84.-: keine Änderung, Hinweis auf ICD-11 (6A02 Autismus-Spektrum-Störung)
  - U07.-: Post-COVID bei Kindern, Kodierung weiter mit U09.9!
  - Z91.0-: Allergieanamnese, neue Unterteilungen für Nahrungsmittelallergien
    (Erdnuss, Baumnüsse) in Planung, noch nicht 2025

Auswirkungen auf die Leistungsprüfung: Die Prüfregeln "Diagnose passt zu Verordnung"
(Methylphenidat nur mit F90.-) bleiben unverändert. IT passt die Katalogtabellen bis
15.12. an (Change CHG-7802).

Viele Grüße
Team Medizinische Grundsatzfragen
"""
    m = mail("Medizinische Grundsatzfragen <med-grundsatz@auenwald.example>",
             "Leistungsprüfung Kranken <lp-kranken@auenwald.example>",
             "ICD-10-GM 2025 - Änderungen für Kinder-Tarife", body)
    return R(m, "NORMAL", "de", "internal",
             "trap: ICD catalogue update note for child tariffs, no patient")


def m090():
    body = """Dear Mr O'Connor,

short note: the HPV vaccination for Aoife (first dose 04.11.2024, Gardasil 9, given by
Dr. Achterberg) is a STIKO-recommended vaccination for girls and boys aged 9-14 and is
reimbursed in full - EUR 163.48. The second dose in 5-13 months will be covered as well.

Best regards
Fiona McAllister
Expat Health Service
"""
    m = mail("Fiona McAllister <fiona.mcallister@auenwald.example>",
             "Ciarán O'Connor <ciaran.oconnor@greenpost.example>",
             "HPV vaccination Aoife", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "short: named child's vaccination with product and date")


def m091():
    body = """Dear Ms Beaumont,

thank you for your email about the suitcase that went missing on the school trip of
Frankfurt International School to London (Year 9, 14-18 October 2024).

We have registered the claim under the school's group travel policy (GR-2024-11921):

  Claim number:  RG-2024-05518
  Pupil:         Amélie Beaumont (Year 9)
  Loss:          suitcase not delivered by the airline, Lufthansa file FRALH38714,
                 delivered 3 days late, damaged zip
  Emergency purchases: clothes and toiletries, GBP 142.60 (receipts attached by you)

We reimburse emergency purchases up to EUR 250 for delayed baggage. Please send us the
airline's confirmation of the delay (Property Irregularity Report) and your bank details.

Kind regards
Lea Scheuermann
Travel Customer Service
"""
    m = mail("Lea Scheuermann <lea.scheuermann@auenwald.example>",
             "Camille Beaumont <c.beaumont@frenchmail.example>",
             "Claim RG-2024-05518 - delayed baggage, school trip London", body)
    return R(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "travel baggage claim of a named pupil, no health content")


def m092():
    body = """Hi all,

the Campus Cover retro is moved from Tuesday to Wednesday, 14:00-15:00, same Teams
link. Sorry for the short notice - half of the team is at the university fair on Tuesday.

Thanks
Daniel
"""
    m = mail("Daniel Okafor <daniel.okafor@auenwald.example>",
             "Campus Cover Team <campus-cover-team@auenwald.example>",
             "Retro moved to Wednesday", body)
    return R(m, "NORMAL", "en", "internal", "meeting moved, nothing sensitive")


def m093():
    body = """Sehr geehrte Damen und Herren,

für unsere Versicherte

  Malia Tanaka, geb. 07.07.2018, KV-Nr. 60 512 908 (VN Hiroshi Tanaka)

erteilen wir Kostenzusage für die geplante stationäre Behandlung in Ihrer Klinik für
HNO-Heilkunde:

  Aufnahme:       25.11.2024
  Diagnose:       chronische Tonsillitis mit Tonsillenhyperplasie (J35.01),
                  obstruktive Schlafapnoe (G47.31)
  Eingriff:       Tonsillotomie beidseits mit Adenotomie (OPS 5-281.5, 5-285.0)
  Leistungen:     allgemeine Krankenhausleistungen, Zweibettzimmer, Chefarzt-
                  behandlung (Dr. Wessely)
  Begleitperson:  Rooming-in der Mutter (Frau Aiko Tanaka) für die Dauer des
                  Aufenthalts, da das Kind unter 9 Jahre alt ist

Bitte rechnen Sie direkt mit uns ab (Klinik-Card Nr. 4471 0201 8890).

Mit freundlichen Grüßen
Jonas Petrowski
Leistung Kranken / Krankenhaus
"""
    m = mail("Jonas Petrowski <jonas.petrowski@auenwald.example>",
             "Patientenaufnahme Klinikum Nordstadt <aufnahme@klinikum-nordstadt.example>",
             "Kostenzusage stationär - Malia Tanaka, geb. 07.07.2018", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
             "child's tonsil surgery, sleep apnoea, ICD and OPS, rooming-in")


def m094():
    body = """Sehr geehrter Herr Seidel,

vielen Dank für das Angebot zur Verlängerung der Rahmenvereinbarung "Brillenpartner"
für 2025. Wir nehmen es mit folgenden Änderungen an:

1. Kinderfassungen: Festpreis 49 EUR (statt 59 EUR), Auswahl von mindestens 40 Modellen
   je Filiale, Bruchgarantie 24 Monate.
2. Einstärkengläser Kinder inkl. Entspiegelung: 39 EUR je Glas.
3. Myopie-Management-Gläser (DIMS / H.A.L.T.): 229 EUR je Glas.
4. Direktabrechnung mit uns über das Partnerportal, Zahlungsziel 14 Tage.

Zahlungen erfolgen wie bisher auf das Geschäftskonto der Augenoptik Seidel GmbH. Die
Vereinbarung gilt für alle 14 Filialen in Nord- und Osthessen.

Mit freundlichen Grüßen
Einkauf Gesundheitsdienstleistungen
Auenwald Krankenversicherung AG
"""
    m = mail("Einkauf Gesundheitsdienstleister <einkauf-gesundheit@auenwald.example>",
             "Jens Seidel <j.seidel@optik-seidel.example>",
             "Rahmenvereinbarung Brillenpartner 2025", body)
    return R(m, "NORMAL", "de", "insurer-to-supplier",
             "trap: supplier framework for children's glasses, prices only")


def m095():
    body = """Hallo Frau Riedesel,

wie gewünscht die Beitragsbescheinigung für Ihre Steuererklärung 2023 zu Ihrer
Privathaftpflichtversicherung:

  Versicherungsnehmerin: Jana Riedesel, Weserstraße 21, 34125 Kassel
  Steuer-ID:             47 118 305 926
  Vertrag:               PHV-1-31 118 204 (Tarif Single Start)
  gezahlte Beiträge 2023: 58,80 EUR

Haftpflichtbeiträge gehören zu den sonstigen Vorsorgeaufwendungen (Anlage Vorsorge-
aufwand). Eine Bescheinigung mit Stempel brauchen Sie nicht, dieser Ausdruck
genügt dem Finanzamt.

Freundliche Grüße
Kundenservice
"""
    m = mail("Auenwald Kundenservice <kundenservice@auenwald.example>",
             "Jana Riedesel <jana.riedesel@studmail.example>",
             "Beitragsbescheinigung 2023 Privathaftpflicht", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "liability premium certificate with tax ID and address")


def m096():
    body = """Hallo Herr Lehmann,

danke für die Unterlagen aus Valencia. Ihre Tochter ist über die Auslands-
krankenversicherung Student Plus (AR-2024-55760) versichert, wir übernehmen:

  Versicherte:   Lotta Lehmann, Erasmus-Semester Universitat de València
  10.10.2024     Hospital Clínico Universitario, Urgencias: akute Gastroenteritis mit
                 Exsikkose (A09.9), Infusion, Labor, 1 Nacht Beobachtung  612,40 EUR
  11.10.2024     Farmacia Blasco: Elektrolytlösung, Loperamid               18,95 EUR
  Summe                                                                    631,35 EUR

Die Klinik hat die Kreditkarte Ihrer Tochter belastet; wir überweisen den Betrag
deshalb wie gewünscht auf Lottas Girokonto DE29 5004 0000 8717 1535 29.

Die Europäische Krankenversicherungskarte (EHIC) hat die Klinik nicht akzeptiert,
weil Lotta in der Privatambulanz behandelt wurde - das ist in Spanien leider häufig.
Für die gesetzliche Kasse müssen Sie deshalb nichts weiter tun.

Viele Grüße
Mareike Vossberg
Student & International Desk
"""
    m = mail("Mareike Vossberg <student-desk@auenwald.example>",
             "Bernd Lehmann <bernd.lehmann@famail.example>",
             "Erstattung Valencia - Lotta Lehmann", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "Erasmus student's hospital visit abroad, gastroenteritis A09.9, IBAN")


def m097():
    body = """Hallo Carina,

die Kita Sonnenblume (unser Kunde, Inhaltsversicherung) hat uns ihren Eltern-Newsletter
geschickt, weil wir als Sponsor erwähnt sind. Kannst du das für Social Media verwenden?
Die Fotos im Original sind ohne Gesichter.

LG Petra

--- Auszug Newsletter Kita Sonnenblume, November 2024 ---

Liebe Eltern,

am 14. November war wieder die Zahnfee da: Frau Dr. Bartholdy und ihr Team vom
Arbeitskreis Jugendzahnpflege haben mit allen Gruppen das richtige Zähneputzen geübt
(KAI-Technik: Kauflächen - Außenflächen - Innenflächen). Jedes Kind hat eine neue
Zahnbürste und eine Sanduhr bekommen - gesponsert von der Auenwald Versicherung.
Danke!

Zur Erinnerung: Die gruppenprophylaktische Untersuchung findet am 03.12. statt. Wer
nicht möchte, dass sein Kind untersucht wird, gibt bitte bis 25.11. Bescheid. Die
Ergebnisse bekommen nur Sie als Eltern, in einem verschlossenen Umschlag.

Außerdem: Bitte denkt an Matschhosen und Wechselwäsche!

Euer Sonnenblumen-Team
"""
    m = mail("Petra Quandt <petra.quandt@auenwald.example>",
             "Carina Wolff <carina.wolff@auenwald.example>",
             "WG: Newsletter Kita Sonnenblume - Zahnputzaktion", body)
    return R(m, "NORMAL", "de", "internal",
             "trap: Kita newsletter about tooth-brushing and dental screening, no child named")


def m098():
    body = """Sehr geehrte Frau Meißner,

die Übertragung des Schadenfreiheitsrabatts von Ihrer Mutter auf Ihre Tochter ist
erledigt:

  Abgebende:     Irmgard Meißner, geb. 16.09.1948, Vertrag KF-5520-097310
                 (Fahrzeug abgemeldet am 30.09.2024), SF 25
  Übernehmende:  Lea Meißner, geb. 05.05.2002, Vertrag KF-5520-120017,
                 Opel Corsa, KS-LM 552, Führerschein seit 06/2020

Übertragen werden können nur so viele schadenfreie Jahre, wie Lea selbst hätte
erfahren können (seit Führerscheinerwerb): SF 4 statt SF 1/2. Die restlichen Jahre
Ihrer Mutter verfallen.

Der neue Jahresbeitrag für Leas Corsa beträgt 612,80 EUR (Haftpflicht + Teilkasko),
Abbuchung vom Konto der Versicherungsnehmerin.

Mit freundlichen Grüßen
Timo Brandl
Kundenservice Kfz
"""
    m = mail("Timo Brandl <timo.brandl@auenwald.example>",
             "Sandra Meißner <sandra.meissner@famail.example>",
             "SF-Übertragung Oma -> Lea erledigt", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "motor no-claims transfer grandmother to student, two birth dates, plate")


def m099():
    body = """Dear Mr Tallis,

thank you for your request. For the encrypted exchange with your International Office we
can use S/MIME. Our gateway certificate details:

  Subject:      CN=auenwald.example, O=Auenwald Versicherung AG, C=DE
  Type:         domain certificate (gateway-to-gateway)
  Valid:        2024-07-01 to 2026-06-30
  SHA-256 fingerprint:
  4F:1A:9C:77:0B:3E:D2:88:15:6A:C0:41:9E:7D:2B:33:A8:50:6F:C4:19:E2:7B:0D:91:3C:5A:68:F7:24:DE:10

Please send us your certificate or your domain certificate in return. Once both sides
have each other's certificates, confirmations of cover for exchange students will be
encrypted automatically.

Best regards
Kevin Rusch
IT Service Desk, Auenwald Versicherung AG
"""
    m = mail("Kevin Rusch <kevin.rusch@auenwald.example>",
             "Martin Tallis <it-security@northgate-uni.example>",
             "S/MIME certificate for encrypted mail with International Office", body)
    return R(m, "NORMAL", "en", "insurer-to-partner",
             "trap: certificate exchange mail, technical only")


def m100():
    gut = odt([
        "Auenwald Pflegepflichtversicherung - Gutachten zur Feststellung der Pflegebedürftigkeit",
        "Gutachterdienst: Medicproof, Gutachterin: Dipl.-Pflegew. Heike Tessmer",
        "Versicherter: Moritz Sander, geb. 30.08.2016, Pflegeversicherungs-Nr. PV 71 223 018",
        "Begutachtung im häuslichen Umfeld am 07.10.2024, anwesend: Mutter, Vater",
        "Pflegebegründende Diagnosen: frühkindlicher Autismus (F84.0), Intelligenzminderung "
        "leichten Grades (F70.1), Epilepsie mit fokalen Anfällen (G40.2)",
        "Modul 1 Mobilität: 2,5 gewichtete Punkte; Modul 2/3 Kognition/Verhalten: 15 gewichtete "
        "Punkte; Modul 4 Selbstversorgung: 20 gewichtete Punkte; Modul 5: 5; Modul 6: 11,25",
        "Gesamtpunktwert: 53,75 - Pflegegrad 3",
        "Besonderheiten Kinder: Vergleich mit altersentsprechend entwickeltem Kind; "
        "ständige Beaufsichtigung wegen Weglauftendenz erforderlich.",
        "Empfehlungen: Schulbegleitung, Verhinderungspflege, Hilfsmittel: GPS-Tracker, "
        "Anfallsmelder für die Nacht.",
    ])
    body = """Sehr geehrte Frau Sander,

anbei erhalten Sie das Gutachten zur Pflegebedürftigkeit Ihres Sohnes Moritz.

Auf dieser Grundlage stufen wir Moritz ab dem Antragsmonat September 2024 in den
Pflegegrad 3 ein. Sie erhalten Pflegegeld von monatlich 599 EUR; der Betrag für
September und Oktober wird nachgezahlt. Zusätzlich stehen Ihnen der Entlastungsbetrag
(131 EUR/Monat) und Verhinderungspflege zu.

Den Bescheid mit Rechtsbehelfsbelehrung erhalten Sie per Post.

Mit freundlichen Grüßen
Ihre Auenwald Pflegeversicherung
i. A. Gül Demirtaş
"""
    m = mail("Gül Demirtaş <guel.demirtas@auenwald.example>",
             "Christina Sander <c.sander@webpost.example>",
             "Pflegegrad Moritz - Gutachten", body,
             atts=[("file", "Gutachten_Pflegegrad_Sander.odt", gut)])
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "child's care grade 3, autism, epilepsy; diagnoses in the ODT report")


def m101():
    sched = docx([
        "AUENWALD ALLGEMEINE VERSICHERUNG AG - POLICY SCHEDULE (translation for information)",
        "Policyholder: Ciarán O'Connor, born 22 May 1981",
        "Address: Im Druseltal 8, 34131 Kassel",
        "Insured persons: Siobhán O'Connor (born 03 January 1983), Cian O'Connor "
        "(born 19 February 2012), Aoife O'Connor (born 07 August 2016)",
        "Effective date of this schedule: 01.01.2025",
    ], table=[
        ["Policy", "Product", "Sum insured", "Annual premium"],
        ["PHV-1-29 880 417", "Family private liability Comfort", "EUR 20 million", "EUR 98.40"],
        ["HR-7705310", "Household contents Comfort incl. bicycles", "EUR 84,000", "EUR 226.80"],
        ["GL-3318027", "Glass breakage", "flat", "EUR 39.00"],
        ["", "", "Total", "EUR 364.20"],
    ])
    body = """Dear Mr O'Connor,

as requested, an English translation of your current policy schedule for your
relocation file. The German original remains legally binding.

Kind regards
Timo Brandl
Customer Service
"""
    m = mail("Timo Brandl <timo.brandl@auenwald.example>",
             "Ciarán O'Connor <ciaran.oconnor@greenpost.example>",
             "Policy schedule - English translation", body,
             atts=[("file", "PolicySchedule_OConnor_EN.docx", sched)])
    return R(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "harmless body; DOCX schedule with family birth dates, address, non-personal lines")


def m102():
    body = """Sehr geehrter Herr Bachmann,

vielen Dank für das Gespräch zur Kooperation beim Präventionsprogramm "FIFA 11+ Kids"
in den Jugendabteilungen Nordhessens. Wie besprochen unterstützen wir das Programm
2025 mit 15.000 EUR und stellen unsere Daten zur Verfügung - natürlich nur aggregiert:

  Sportunfälle Fußball in unserer Kinder-Unfallversicherung, Kreis Kassel, 2023:
  - 214 Meldungen bei Kindern 7-14 Jahre
  - häufigste Verletzungen: Sprunggelenk (31 %), Knie (18 %), Hand/Finger (17 %),
    Kopf (9 %)
  - 11 Fälle mit dauerhafter Invalidität (Kreuzband, Sprunggelenk)

Studien zeigen, dass das 15-minütige Aufwärmprogramm Verletzungen bei Kindern um bis zu
ein Drittel senkt. Unser Wunsch: Trainerschulungen für mindestens 40 Vereine und eine
gemeinsame Pressemitteilung im März.

Mit freundlichen Grüßen
Holger Jaspers
Vertrieb & Kooperationen
"""
    m = mail("Holger Jaspers <holger.jaspers@auenwald.example>",
             "Uwe Bachmann <u.bachmann@hfv-nordhessen.example>",
             "Kooperation 11+ Kids - Verletzungsprävention Jugendfußball", body)
    return R(m, "NORMAL", "de", "insurer-to-partner",
             "trap: football injury prevention with aggregated injury counts, no child")


def m103():
    csvtxt = """claim_id,insured,age,policy,diagnosis_icd,diagnosis_text,status,amount_open_eur,handler
EX-24-0912,Mason Henderson,11,KV 60 224 519,F90.0,ADHD combined type,therapy approved,2740.00,FMA
EX-24-0917,Aoife O'Connor,8,KV 60 118 032,T78.0,anaphylaxis peanut,paid,0.00,FMA
EX-24-0933,Cian O'Connor,12,KV 60 118 032,K07.2,Class II malocclusion,plan approved,4752.00,HJA
EX-24-0951,Jack Whitmore,12,KV 60 309 772,J30.1,grass pollen allergy SCIT,ongoing,412.30,FMA
EX-24-0960,Malia Tanaka,6,KV 60 512 908,J35.01,tonsillotomy,inpatient 25.11.,3900.00,JPE
EX-24-0968,Lindqvist (unborn),0,KV 60 401 256,Z34.9,pregnancy supervision,open,0.00,FMA
"""
    body = """Hi Daniel,

for your cover tomorrow: here are my open expat family claims as CSV (export from the
claims tool, filter "handler = FMA/HJA/JPE, kids"). Nothing urgent except Tanaka, the
hospital will send the bill after 25.11.

Thanks!
Fiona
"""
    m = mail("Fiona McAllister <fiona.mcallister@auenwald.example>",
             "Daniel Okafor <daniel.okafor@auenwald.example>",
             "Handover open claims (kids) - CSV", body,
             atts=[("file", "handover_open_claims_kids.csv", csvtxt, "text/csv")])
    return R(m, "STRICTLY_CONFIDENTIAL", "en", "internal",
             "handover CSV with named children's diagnoses and ICD codes")


def m104():
    body = """Job posting - please publish on the careers site (EN and DE) and LinkedIn.

Paediatric Nurse (m/f/d) - Health Line for Families
Kassel / hybrid, 30-39 hours per week

Your tasks:
- Advise parents on our 24/7 health line in German and English: fever, rashes, sleep,
  vaccinations, first aid after accidents at home or at school
- Help families find paediatricians, child psychiatrists and therapists
- Support our claims teams with medical questions about children's treatments

Your profile:
- Registered nurse for paediatrics (Gesundheits- und Kinderkrankenpfleger/in) or
  paediatric nurse with at least 3 years of experience
- Fluent German and English; a third language is a plus

We offer: company Kita, 30 days of leave, mobile work, training budget.

Contact: Birgit Lammers, bewerbung@auenwald.example, ref. 2024-HL-007
"""
    m = mail("Birgit Lammers <birgit.lammers@auenwald.example>",
             "Careers site team <karriere@auenwald.example>",
             "Job posting 2024-HL-007 paediatric nurse", body)
    return R(m, "NORMAL", "en", "internal",
             "trap: job ad for a paediatric nurse, medical vocabulary, no person")


def m105():
    body = """Sehr geehrter Herr Brede,

anbei die Courtageabrechnung für Oktober 2024 (Vermittlernummer 20 4471).

  Abschlussprovision Neugeschäft Kinder-Unfall Plus (7 Verträge)     1.176,00 EUR
  Abschlussprovision Privathaftpflicht / Hausrat (12 Verträge)        648,30 EUR
  Bestandspflegeprovision Sach (laufend)                             1.203,44 EUR
  Stornohaftung (2 Verträge)                                          -211,20 EUR
  Summe netto                                                       2.816,54 EUR

Versicherungsvermittlung ist nach § 4 Nr. 11 UStG umsatzsteuerfrei.

Die Auszahlung erfolgt auf Ihr Konto DE96 5005 0201 0106 7506 96, Steuernummer
026 812 44019. Als Einzelunternehmer sind Sie selbst für die Versteuerung verantwortlich.

Die Aufstellung je Vertrag finden Sie wie gewohnt im Maklerportal unter
Elektronische Vermittlerpost.

Mit freundlichen Grüßen
Provisionsabrechnung
Auenwald Versicherung AG
"""
    m = mail("Provisionsabrechnung <provision@auenwald.example>",
             "Thorsten Brede <thorsten.brede@brede-finanz.example>",
             "Courtageabrechnung 10/2024 - VM 20 4471", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-broker",
             "sole-trader broker's commission income, IBAN and tax number")


def m106():
    body = """Dear Mr Henderson,

REMINDER - OUTSTANDING PREMIUMS, HEALTH INSURANCE KV 60 224 519

Our records show that the premiums for your family health insurance for September and
October 2024 (2 x EUR 1,284.60 = EUR 2,569.20) have not been paid. The direct debit was
returned by your bank twice with the reason "account closed".

Under § 193 (6) of the German Insurance Contract Act (VVG) we are required to tell you:
if the outstanding amount is not paid within two months of this reminder, the policy
will be moved to the emergency tariff, in which only acute illness, pain and pregnancy
are covered. For your children Mason and Chloe this would also mean that ongoing
treatments would have to be interrupted.

Please transfer the amount to our account at Commerzbank Kassel, reference
KV 60224519, or send us a new SEPA mandate.

If you are in financial difficulty, please call us - we can agree on instalments.

Kind regards
Premium Accounting Health
Auenwald Krankenversicherung AG
"""
    m = mail("Beitragsbuchhaltung Kranken <beitrag-kv@auenwald.example>",
             "Michael Henderson <mike.henderson@usmail.example>",
             "Reminder: outstanding premiums KV 60 224 519", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "premium arrears in a family health policy, children named; health line without diagnosis")


def m107():
    body = """Liebe Kolleginnen und Kollegen,

am Samstag, 21. Juni 2025, ist wieder Familientag auf dem Campus! Von 11 bis 17 Uhr
erwarten euch:

- Hüpfburg, Kinderschminken und Bastelecke (Betriebskita-Team)
- Fahrradparcours mit der Verkehrswacht
- Erste-Hilfe-Kurs für Kinder ("Pflaster-Profis", ab 5 Jahren)
- Führungen durch das Rechenzentrum für Teenager
- Grillen und vegane Alternativen; bitte in der Anmeldung Allergien der Kinder angeben,
  damit die Kantine richtig plant (die Angaben werden nach dem Fest gelöscht)

Anmeldung bis 30. Mai über das Intranet.

Euer Orga-Team Familientag
"""
    m = mail("Orga-Team Familientag <familientag@auenwald.example>",
             "Alle Mitarbeitenden <alle@auenwald.example>",
             "Save the date: Familientag 21. Juni 2025", body)
    return R(m, "NORMAL", "de", "internal",
             "trap: staff family day invitation asking for allergies in a form, no person")


def m108():
    body = """Dear Mrs Henderson,

thank you for letting us know about your move. We have updated the risk address for your
household contents insurance and your family liability insurance:

  Policies:      HR-7702145, PHV-1-30 112 845
  Old address:   Kennedyallee 91, 60596 Frankfurt am Main
  New address:   Am Rosenhang 12, 34131 Kassel
  Moving date:   15.11.2024

During the move, your belongings are insured at both addresses for up to 2 months.
Because the new flat is 14 m² larger, we recommend increasing the sum insured to
EUR 84,000 (+ EUR 16.80 per year). Just reply "yes" and we will do it.

Kind regards
Timo Brandl
Customer Service
"""
    m = mail("Timo Brandl <timo.brandl@auenwald.example>",
             "Jennifer Henderson <jen.henderson@usmail.example>",
             "Change of address - HR-7702145 / PHV-1-30 112 845", body)
    return R(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "change of insured address, policy numbers")


def m109():
    body = """Sehr geehrte Frau Rechtsanwältin Dr. Ritter,

in der Sache Schönherr ./. Auenwald Versicherung AG (Ihr Az. 211/24 RI) nehmen wir zu
Ihrem Schreiben vom 28.10.2024 wie folgt Stellung. Es geht nicht um Hanna Schönherr,
deren Anspruch wir anerkannt haben, sondern um ihren Bruder Jonas Schönherr
(geb. 02.12.2014, Kinder-Invaliditätsversicherung KI-2202-556311).

1. Jonas leidet seit 2022 an einer Epilepsie (Absencen, G40.3), die medikamentös mit
   Ethosuximid gut eingestellt ist. Laut Versorgungsamt beträgt der GdB 30.
2. Die vertragliche Leistungsvoraussetzung ist ein GdB von mindestens 50. Der von Ihnen
   vorgelegte neuropädiatrische Bericht (Prof. Elsner, 12.09.2024) beschreibt zusätzlich
   eine Aufmerksamkeitsstörung und Lernschwierigkeiten, die aber nicht zu einer
   Neufeststellung des GdB geführt haben.
3. Die Gesundheitsfragen im Antrag 2021 waren zutreffend beantwortet; eine
   vorvertragliche Anzeigepflichtverletzung machen wir nicht geltend.

Wir bleiben daher bei der Ablehnung vom 23.09.2024, sagen aber zu, bei einem neuen
GdB-Bescheid von mindestens 50 unverzüglich neu zu entscheiden.

Mit freundlichen Grüßen
Dr. Lena Hartwig
Rechtsabteilung, Auenwald Versicherung AG
"""
    m = mail("Dr. Lena Hartwig <lena.hartwig@auenwald.example>",
             "RAin Dr. Sabine Ritter <ritter@ritter-alsleben.example>",
             "Ihr Az. 211/24 RI - Schönherr ./. Auenwald, KI-2202-556311", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "disability claim dispute: child's epilepsy G40.3, GdB, medication")


def m110():
    body = """Hi all,

quick update on the Campus Ambassadors programme for the winter semester:

- 6 student ambassadors at Hochschule Nordhessen and the University of Applied
  Sciences Fulda, paid as mini-jobbers through our HR (contracts done).
- Campus booth dates: 15 Oct (International Welcome Day), 6 Nov (Health Week),
  4 Dec (Christmas market). We will hand out free water bottles and allergy-friendly
  snacks (nut-free, gluten-free labels visible).
- At the Health Week we have a slot on "Exam stress and mental health - where to get
  help in Kassel". Speaker from the university's counselling service; we are only
  the sponsor, no insurance sales in that slot.
- KPI: 300 quote requests via QR code by end of December.

Reminder: ambassadors must not collect any personal or health information at the
booth. Interested students scan the QR code and apply online.

Cheers
Daniel
"""
    m = mail("Daniel Okafor <daniel.okafor@auenwald.example>",
             "Campus Cover Team <campus-cover-team@auenwald.example>",
             "Campus Ambassadors WS 24/25 - update", body)
    return R(m, "NORMAL", "en", "internal",
             "trap: student marketing update mentioning mental health and allergies, no person")


def m111():
    body = """Sehr geehrter Herr Kaminski,

wir bestätigen die Kündigung der Privathaftpflichtversicherung Ihres Sohnes
Dominik Kaminski (Vertrag PHV-1-30 662 570, Tarif Single Start) zum 31.12.2024.

Da Dominik seine Ausbildung beendet hat und jetzt in Ihrem Haushalt lebt, ist er ab
01.01.2025 wieder in Ihrer Familienhaftpflicht PHV-1-25 117 002 mitversichert. Die
Beitragsrückerstattung von 8,40 EUR für den Dezember überweisen wir auf sein Konto.

Mit freundlichen Grüßen
Kundenservice
Auenwald Allgemeine Versicherung AG
"""
    m = mail("Auenwald Kundenservice <kundenservice@auenwald.example>",
             "Piotr Kaminski <p.kaminski@netpost.example>",
             "Kündigungsbestätigung PHV-1-30 662 570", body,
             charset="iso-8859-1", cte="quoted-printable")
    return R(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "iso-8859-1; liability cancellation for a named son, two policy numbers")


def m112():
    body = """Dear Ms Lindqvist,

thank you for the receipts for Elsa's glasses and the eye patches.

  Insured person: Elsa Lindqvist (5), policy KV 60 401 256
  Orthoptic findings (Dr. Carla Neubert, 14.10.2024): amblyopia of the left eye
  (H53.0) with convergent strabismus (H50.0); visual acuity left 0.4, right 1.0
  Treatment: full-time glasses (R +1.50, L +3.75), occlusion therapy right eye
  4 hours daily, orthoptic check-ups every 6 weeks

Refund:
  Glasses for children (frame + 2 lenses)     EUR 238.00   100 %   EUR 238.00
  Eye patches (Ortopad), 2 boxes               EUR  44.90   100 %   EUR  44.90
  Total                                                            EUR 282.90

The orthoptic check-ups are billed by the practice directly (GOÄ 1200, 1216).

Kind regards
Sabine Oehlkers
Health Claims
"""
    m = mail("Sabine Oehlkers <sabine.oehlkers@auenwald.example>",
             "Emma Lindqvist <emma.lindqvist@nordmail.example>",
             "Refund glasses and eye patches - Elsa", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "child's amblyopia and squint, refraction values, glasses")


def m113():
    body = """Rundschreiben Schaden Haftpflicht 07/2024

Betreff: Aufsichtspflicht bei Kindern - aktuelle Rechtsprechung

Liebe Kolleginnen und Kollegen,

zur Einordnung häufiger Fälle in der Familienhaftpflicht hier eine kurze Übersicht
(alle Fälle anonymisiert, Quellen im Wiki):

1. BGH, Urteil vom 19.01.2021 (VI ZR 210/18): Ein siebenjähriges Kind, das den Schulweg
   kennt, darf ihn grundsätzlich allein mit dem Fahrrad fahren; eine lückenlose
   Überwachung ist nicht geschuldet.
2. OLG-Rechtsprechung zu Kindern unter 7: Auf Spielplätzen genügt bei Vierjährigen eine
   Kontrolle in kurzen Abständen; dauerndes "Danebenstehen" ist nicht verlangt.
3. Zündeln: Bei Streichhölzern und Feuerzeugen gelten deutlich strengere Maßstäbe;
   Eltern müssen diese unzugänglich aufbewahren.

Praxis-Tipp: Die Klausel "deliktunfähige Kinder" in unseren Familientarifen greift
unabhängig von der Aufsichtspflicht - prüfen Sie sie immer zuerst, bevor Sie eine
Ablehnung formulieren.

Team Grundsatz Haftpflicht
"""
    m = mail("Grundsatz Haftpflicht <grundsatz-haftpflicht@auenwald.example>",
             "Schaden Haftpflicht <schaden-haftpflicht@auenwald.example>",
             "Rundschreiben 07/2024: Aufsichtspflicht bei Kindern", body)
    return R(m, "NORMAL", "de", "internal",
             "trap: circular on parental supervision case law, anonymised")


def m114():
    body = """Dear Sarah,

thanks for your request for a family liability and household quote for your new
clients. Here is our offer based on the data you sent:

  Prospects:     Kenji Watanabe (born 1985-02-14) and Yui Watanabe (born 1987-09-30)
  Children:      Haruto (born 2016-06-03), Mei (born 2020-01-22)
  Address:       Bergstraße 8, 34246 Vellmar
  Employer:      Nordhessen Automotive Systems (relocation package, 3 years)

  Family private liability Comfort      EUR  98.40 p.a.
  Household contents Comfort, EUR 70k   EUR 176.40 p.a.

The offer is valid for 6 weeks. Please note that we need the signed application and the
SEPA mandate before cover can start.

Best regards
Holger Jaspers
Broker Support
"""
    m = mail("Holger Jaspers <holger.jaspers@auenwald.example>",
             "Sarah Whitfield <s.whitfield@rhine-expat.example>",
             "Quote Watanabe family - liability & household", body)
    return R(m, "CONFIDENTIAL", "en", "insurer-to-broker",
             "quote with prospects' and children's birth dates, address, employer")


def m115():
    body = """Hallo Fr. Brückner,

die Logopädie-Rechnungen für Finn sind da, danke. Wir zahlen 20 Sitzungen à 60 min
(Verordnung Dr. Achterberg: Sprachentwicklungsstörung, F80.1 expressive Sprachstörung,
+ Myofunktionelle Störung) zu 100% bis Höchstsatz = 1.180,00 EUR.

Für die weitere Verordnung (nochmal 20 Sitz.) brauchen wir nen kurzen
Therapiebericht der Logopädin, den Vordruck hat die Praxis.

Geld kommt nächste Woche.

Gruß
J. Petrowski
Leistung Kranken
KV-Nr 59 330 118
"""
    m = mail("Jonas Petrowski <jonas.petrowski@auenwald.example>",
             "Nadine Brückner <nadine.brueckner@webpost.example>",
             "Logopädie Finn", body, charset="windows-1252", cte="8bit")
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "curt windows-1252 mail: child's speech therapy with diagnosis F80.1")


def m116():
    csvtxt = """line,year,age_band,exposure_child_years,claims_reported,claims_invalidity,invalidity_paid_eur
child_accident,2021,0-5,41200,402,14,612000
child_accident,2021,6-10,52800,781,39,1884000
child_accident,2021,11-17,47100,681,43,2410000
child_accident,2022,0-5,43900,455,17,705000
child_accident,2022,6-10,55300,862,41,2015000
child_accident,2022,11-17,49800,754,46,2736000
child_accident,2023,0-5,45100,470,18,741000
child_accident,2023,6-10,57700,931,47,2290000
child_accident,2023,11-17,51900,838,52,3012000
"""
    body = """Dear Ana,

as promised, the experience data for the child accident portfolio by age band,
2021-2023, for the treaty renewal. Exposure in child-years; claims with invalidity
are those with a final invalidity degree above 0 %. No individual claims, no names.
Large losses above EUR 250,000 (three in the period) are included in the totals and
listed separately in the bordereau you already have, with age band only.

Best regards
Anja Ritter
Actuarial Department P&C / Accident
"""
    m = mail("Anja Ritter <anja.ritter@auenwald.example>",
             "Dr. Ana Ferreira-Lindholm <a.ferreira-lindholm@nordre.example>",
             "Child accident experience 2021-2023 by age band", body,
             atts=[("file", "child_accident_experience_2021_2023.csv", csvtxt, "text/csv")])
    return R(m, "NORMAL", "en", "insurer-to-partner",
             "trap: aggregated child accident experience by age band for the reinsurer")


def m117():
    body = """Sehr geehrter Herr Dörnbach,

anbei die Daten für die Zulassung des neuen Vereinsbusses:

  Versicherungsnehmer:   TSV Eintracht Wolfhagen 1911 e.V., vertreten durch den
                         Vorstand; Ansprechpartner Ralf Dörnbach (Jugendleiter)
  Fahrzeug:              Ford Transit Custom Kombi, 9 Sitze, FIN WF0XXXTTGXMU81234
  eVB-Nummer:            K7T4M2Q
  Kennzeichen:           wird bei Zulassung vergeben (Wunschkennzeichen KS-TSV 1911)
  Fahrerkreis:           alle vom Vorstand benannten Fahrer ab 23 Jahren
  Beitrag:               Haftpflicht + Vollkasko (SB 500/150), 1.386,20 EUR jährlich

Die Insassenunfallversicherung für die Jugendspieler ist nicht Teil dieses Vertrags;
die Kinder sind bei Vereinsfahrten über die Sportversicherung des Landessportbunds
abgesichert.

Mit freundlichen Grüßen
Timo Brandl
Kundenservice Kfz
"""
    m = mail("Timo Brandl <timo.brandl@auenwald.example>",
             "Ralf Dörnbach <jugendleitung@tsv-wolfhagen.example>",
             "eVB Vereinsbus TSV Wolfhagen", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-club",
             "club motor policy with named contact, VIN and eVB")


def m118():
    inv = pdf([
        "Clementine Kinderhospital Frankfurt - Pediatric Emergency Department",
        "Private invoice / Privatliquidation (GOÄ)",
        "Patient: Chloe Henderson, date of birth 26.02.2017",
        "Guarantor: Michael Henderson, Am Rosenhang 12, 34131 Kassel",
        "Date of treatment: 19.10.2024, 22:40",
        "",
        "Diagnosis: febrile seizure (R56.0), acute otitis media left (H66.9)",
        "GOÄ 1 Consultation                                  10,72 EUR",
        "GOÄ 8 Examination                                   35,05 EUR",
        "GOÄ 250 Blood sample                                 4,20 EUR",
        "GOÄ 3550 Blood count                                 8,04 EUR",
        "GOÄ 1415 Otoscopy                                    9,25 EUR",
        "Paracetamol suppository 250 mg, Amoxicillin syrup   21,40 EUR",
        "Total                                               88,66 EUR",
    ], title="Invoice")
    note = """Notes Jennifer (for Auenwald):
Chloe had a high fever (40.2) and a short seizure at home, about 2 minutes.
We called 112, ambulance took her to the children's hospital. She was fine again
after 1 hour. Doctor said it was a febrile seizure because of the ear infection.
Ambulance bill will follow from the fire brigade.
"""
    z = zipfile_of([("Chloe_ER_invoice.pdf", inv), ("notes.txt", note)])
    body = """Hi Daniel,

please take this one over (from the Hendersons, came in via portal). ZIP attached as
received. Ambulance bill will follow.

Fiona
"""
    m = mail("Fiona McAllister <fiona.mcallister@auenwald.example>",
             "Daniel Okafor <daniel.okafor@auenwald.example>",
             "FW: documents", body,
             atts=[("file", "documents.zip", z)])
    return R(m, "STRICTLY_CONFIDENTIAL", "en", "internal",
             "vague body; ZIP with a child's emergency invoice: febrile seizure, otitis")


def m119():
    body = """Hallo Holger, hallo Daniel,

hier mein Konzept für das "Willkommenspaket" zur Kindernachversicherung - bitte um
Feedback bis Freitag.

Idee: Eltern, die ein Neugeborenes innerhalb von zwei Monaten nachversichern, bekommen
ein kleines Paket per Post:
  - Spieluhr oder Greifling mit Auenwald-Logo (schadstoffgeprüft, ohne Kleinteile)
  - Broschüre "Das erste Jahr": U-Untersuchungen U1-U6, Impfkalender der STIKO,
    Vitamin D/Fluorid-Prophylaxe, was die Versicherung zahlt
  - Hinweis auf Kinder-Unfall Plus und Kinder-Invalidität (ohne Gesundheitsfragen bei
    Abschluss im ersten Lebensjahr - Aktionsbedingungen!)
  - Gutschein 20 EUR für die Babyschwimm-Kurse unseres Kooperationspartners

Datenschutz: Der Versand läuft über die Adressdaten aus dem Vertrag, kein Transfer an
den Lettershop mit Geburtsdaten - nur Name und Anschrift. Mit Seibold abgestimmt.

Kosten: ca. 11 EUR pro Paket, bei ~2.400 Geburten im Bestand pro Jahr ca. 26.400 EUR.

Carina
"""
    m = mail("Carina Wolff <carina.wolff@auenwald.example>",
             "Holger Jaspers <holger.jaspers@auenwald.example>, Daniel Okafor <daniel.okafor@auenwald.example>",
             "Konzept Willkommenspaket Neugeborene", body)
    return R(m, "NORMAL", "de", "internal",
             "trap: marketing concept for newborns, vaccination calendar, no person")


def m120():
    body = """Hallo Frau Schäfer,

vielen Dank, die Erklärung von Théo haben wir bekommen. Für die Akte fasse ich
zusammen: Schaden H-2024-82011, Familienhaftpflicht PHV-1-29 114 086.

Théo Marchand (Gastschüler, 15) hat am 16.11.2024 beim Fußballspielen im Hof der
Familie Rasch (Nachbarhaus, Heckenweg 4) das Küchenfenster getroffen. Niemand wurde
verletzt. Herr Rasch hat einen Kostenvoranschlag über 540 EUR geschickt. Wir zahlen
direkt an ihn.

Théos englische Stellungnahme zitiere ich unten, eine Übersetzung brauchen wir nicht.

Viele Grüße
Nils Harms

> From: Théo Marchand <theo.marchand@lycee-angers.example>
> Date: 18 Nov 2024
> Subject: statement
>
> Hello, I am sorry. On Saturday 16 November at around 4 pm I played football with
> Niklas Schäfer and his friend in the yard next to the house. I kicked the ball too
> high and it hit the kitchen window of Mr Rasch. The glass broke. Nobody was hurt.
> I told Mr Rasch directly. Théo Marchand
"""
    m = mail("Nils Harms <nils.harms@auenwald.example>",
             "Ilka Schäfer <ilka.schaefer@famail.example>",
             "AW: Fenster Nachbar Rasch / Erklärung Théo", body)
    return R(m, "CONFIDENTIAL", "mixed", "insurer-to-customer",
             "liability claim by an exchange pupil, German mail quoting an English statement; nobody hurt")


def m121():
    fwd = inner(
        "Ralf Dörnbach <jugendleitung@tsv-wolfhagen.example>",
        "unfall@auenwald.example",
        "Unfallmeldung U13 Hallenturnier",
        """Hallo zusammen,

beim Hallenturnier in Zierenberg am 23.11. hat sich unser U13-Spieler
Maximilian Roth (geb. 14.08.2012) bei einem Zusammenprall mit einem Gegenspieler
die Nase gebrochen. Er wurde in der Notaufnahme Wolfhagen versorgt: Nasenbeinfraktur
(nicht verschoben), Platzwunde an der Augenbraue mit 3 Stichen genäht. Gehirn-
erschütterung wurde ausgeschlossen. Er darf 4 Wochen keinen Kontaktsport machen.

Die Eltern (Familie Roth, Wolfhagen) sind einverstanden, dass wir das melden.
Mitgliedsnummer 0711. Der Arztbrief kommt per Post.

Gruß Ralf Dörnbach
Jugendleiter TSV Eintracht Wolfhagen
""",
        "Mon, 25 Nov 2024 20:14:33 +0100",
        "<a81c-2211@tsv-wolfhagen.example>")
    body = """Bitte anlegen unter GU-3301-007746 (Vereins-Gruppenunfall), Meldung anbei.
Danke!
"""
    m = mail("Aylin Korkmaz <aylin.korkmaz@auenwald.example>",
             "Posteingang Unfall <unfall-post@auenwald.example>",
             "WG: Unfallmeldung U13 Hallenturnier", body,
             atts=[("msg", fwd, "Unfallmeldung U13.eml")])
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-club",
             "forwarded message/rfc822: youth player's broken nose under group accident cover")


def m122():
    notice = docx([
        "Privacy notice for children and teenagers (draft v0.4, for legal review)",
        "Who we are: Auenwald Versicherung AG, Auenwaldplatz 1, 34117 Kassel.",
        "What this is about: Your parents have taken out insurance for you. To help you when "
        "you are ill or have had an accident, we need some information about you, for "
        "example your name, your birthday and what the doctor found out.",
        "Who decides: Until you are 16, your parents decide for you. From 16, you can give "
        "your own consent for some things, for example our app (Art. 8 GDPR).",
        "Special rule for health information: Information about your health is especially "
        "protected (Art. 9 GDPR). We only send it to your parents or to you, encrypted.",
        "Your rights: You can ask us what we know about you. You can ask us to correct it.",
        "Contact: datenschutz@auenwald.example",
        "[LEGAL: check age 16 vs. Hesse school law; check plain-language requirement]",
    ])
    body = """Dear Lena,

attached the child-friendly privacy notice draft (English master, German translation
follows once the wording is fixed). It is modelled on the ICO guidance on age-
appropriate design. Could legal check the two marked points?

Thanks
Ulrich
"""
    m = mail("Dr. Ulrich Seibold <datenschutz@auenwald.example>",
             "Dr. Lena Hartwig <lena.hartwig@auenwald.example>",
             "Draft privacy notice for minors - legal review", body,
             atts=[("file", "PrivacyNotice_Minors_v0.4.docx", notice)])
    return R(m, "NORMAL", "en", "internal",
             "trap: draft privacy notice for minors about health data, no person")


def m123():
    body = """Hallo Frau Sauer,

vielen Dank für die Einladung zum Elternabend der Kita Sonnenblume am 10.12. - ich komme
gern und stelle in 10 Minuten vor, was Eltern bei Kita-Unfällen beachten sollten
(gesetzliche Unfallkasse, private Vorsorge, Haftpflicht). Beamer bringe ich mit.

Viele Grüße
Aylin Korkmaz

> Am 20.11.2024 um 08:12 schrieb Julia Sauer (Elternbeirat Kita Sonnenblume):
> Liebe Frau Korkmaz,
> der Elternbeirat würde sich freuen, wenn Sie am 10.12. um 19:30 kurz etwas zum Thema
> Versicherung erzählen. Eine Aufwandsentschädigung können wir leider nicht zahlen.
>
> PS: Weil Ihre Kollegin vom Kundenservice neulich gefragt hatte: Die Beitrags-
> erstattung aus unserer Hausrat (HR-6623117, nach dem Umzug zu viel gezahlt) bitte
> an mein neues Konto: Julia Sauer, DE50 5335 0000 7296 9937 22 (Sparkasse Waldeck).
> Liebe Grüße, Julia Sauer
"""
    m = mail("Aylin Korkmaz <aylin.korkmaz@auenwald.example>",
             "Julia Sauer <julia.sauer@mailbox.example>",
             "AW: Elternabend 10.12. - Vortrag Versicherung", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "organisational reply about a parents' evening; only the quoted PS holds IBAN and household policy number")


def m124():
    body = """Hallo Hausmeisterei,

im Eltern-Kind-Büro (Geb. C, 2. OG, Raum C2.14) ist die Wickelauflage am Wickeltisch
eingerissen und die Schublade klemmt. Bitte austauschen/reparieren, das Zimmer wird
ab Montag wieder gebucht.

Danke und Gruß
Empfang Gebäude C
"""
    m = mail("Empfang Gebäude C <empfang-c@auenwald.example>",
             "Hausmeisterei <hausmeister@auenwald.example>",
             "Reparatur Wickeltisch Eltern-Kind-Büro C2.14", body,
             charset="iso-8859-1", cte="8bit")
    return R(m, "NORMAL", "de", "internal", "facility repair request, nothing personal")


def m125():
    body = """Sehr geehrte Frau Sander,

Sie haben gefragt, ob wir die Kosten einer Schulbegleitung (Integrationshilfe) für
Moritz übernehmen, nachdem das Sozialamt der Stadt Kassel den Antrag zunächst
abgelehnt hat.

Leider ist eine Schulbegleitung keine Leistung der Kranken- oder Pflegeversicherung,
sondern Eingliederungshilfe nach SGB IX bzw. § 35a SGB VIII. Zuständig bleibt der
Träger der Eingliederungshilfe. Angesichts der Diagnosen im Pflegegutachten
(frühkindlicher Autismus, Epilepsie) und des Pflegegrads 3 sind die Erfolgsaussichten
eines Widerspruchs nach unserer Erfahrung gut; die Gutachterin hat die Schulbegleitung
ausdrücklich empfohlen.

Was wir übernehmen können:
- Verhinderungspflege, wenn eine private Begleitperson an schulfreien Tagen einspringt
  (bis 1.612 EUR/Jahr),
- den Entlastungsbetrag (131 EUR/Monat), z. B. für einen anerkannten Familien-
  entlastenden Dienst.

Eine Kopie des Gutachtens für Ihren Widerspruch schicken wir Ihnen gern noch einmal.

Mit freundlichen Grüßen
Gül Demirtaş
Pflegeversicherung
"""
    m = mail("Gül Demirtaş <guel.demirtas@auenwald.example>",
             "Christina Sander <c.sander@webpost.example>",
             "Ihre Frage zur Schulbegleitung für Moritz", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "school assistant for a child with autism and epilepsy, care grade")


def m126():
    body = """Dear Dr. Ashworth, liebe Frau Kowalczyk,

here is the draft agenda for our cooperation meeting on 12 December (Teams, 10:00 CET /
09:00 GMT). Ich schreibe die Punkte zweisprachig, damit beide Seiten sie intern
weitergeben können.

1. Welcome / Begrüßung
2. Insurance requirements for German exchange students at Northgate - proof of cover,
   waiver deadline, template letter (no student names in the template)
   Anforderungen an die Versicherungsbestätigung: Was muss drinstehen?
3. Mental health support for exchange students / psychologische Unterstützung:
   how the university counselling service and our 24/7 line can refer to each other
4. Encrypted exchange of confirmations (S/MIME, see Kevin Rusch's mail)
5. Incoming students from Northgate in Kassel: Campus Cover, Haftpflicht, Fahrrad
6. AOB / Verschiedenes

Bitte ergänzen Sie gern Punkte bis 6 December.

Kind regards / Viele Grüße
Mareike Vossberg
"""
    m = mail("Mareike Vossberg <student-desk@auenwald.example>",
             "Dr. Helen Ashworth <h.ashworth@northgate-uni.example>",
             "Agenda 12 Dec - Northgate / Hochschule Nordhessen / Auenwald",
             body, cc="Joanna Kowalczyk <international.office@uni-nordhessen.example>")
    return R(m, "NORMAL", "mixed", "insurer-to-partner",
             "trap: bilingual cooperation agenda on exchange students' insurance and mental health, no person")


def m127():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:640px;margin:auto">
<div style="background:#2e6b4f;color:#fff;padding:12px 16px;font-size:18px">Auenwald &middot; Confirmation of your change</div>
<p>Dear Mr Tanaka,</p>
<p>we have processed the change you requested in the customer portal on 28.11.2024:</p>
<table style="border-collapse:collapse" cellpadding="6">
<tr><td style="border-bottom:1px solid #ccc">Policy</td><td style="border-bottom:1px solid #ccc"><b>HR-7711460</b> (household contents Comfort)</td></tr>
<tr><td style="border-bottom:1px solid #ccc">Change</td><td style="border-bottom:1px solid #ccc">bicycle cover added for 3 children's bikes, sum EUR 2,000</td></tr>
<tr><td style="border-bottom:1px solid #ccc">Insured address</td><td style="border-bottom:1px solid #ccc">Tischbeinstraße 44, 34121 Kassel</td></tr>
<tr><td style="border-bottom:1px solid #ccc">Valid from</td><td style="border-bottom:1px solid #ccc">01.12.2024</td></tr>
<tr><td>New annual premium</td><td><b>EUR 243.60</b> (previously EUR 201.60)</td></tr>
</table>
<p>Your updated policy schedule is available in the portal.</p>
<p>Kind regards<br>Your Auenwald Customer Service</p>
<p style="font-size:11px;color:#888">Auenwald Allgemeine Versicherung AG &middot; Auenwaldplatz 1 &middot; 34117 Kassel &middot; Register court Kassel HRB 4471</p>
</div></body></html>
"""
    m = mail("Auenwald Kundenservice <kundenservice@auenwald.example>",
             "Hiroshi Tanaka <hiroshi.tanaka@jmail.example>",
             "Confirmation of your change - HR-7711460", html=html, html_only=True)
    return R(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "HTML only; household policy change with address and premium")


def m128():
    body = """Hi everyone,

this month's 5-minute privacy quiz (answers at the bottom - no peeking!):

1. A mother sends us her daughter's vaccination record to get a refund. Is this
   health data?
2. A school sends us a newsletter saying "there is a case of head lice in class 2b".
   Is this personal data?
3. A colleague's out-of-office says "on parental leave until September". Should
   Siegel encrypt replies to it?
4. A broker asks for the list of children insured in a family liability policy.
   Confidential or strictly confidential?
5. A product flyer says "Example: Mia, 7, breaks her wrist". Personal data?

Answers: 1. Yes - a vaccination record is health data (Art. 9 GDPR). 2. No, as long
as no child can be identified. 3. No - that is organisational information. 4.
Confidential: names and birth dates in a non-personal line, no health data. 5. No -
a made-up example.

Your Data Protection Team
"""
    m = mail("Dr. Ulrich Seibold <datenschutz@auenwald.example>",
             "All staff <alle@auenwald.example>",
             "Privacy quiz November: kids edition", body)
    return R(m, "NORMAL", "en", "internal",
             "trap: privacy quiz with hypothetical children's cases, no real person")


def m129():
    body = """Dear Mr and Mrs Bergström-Achebe,

thank you for sending the documents about your adopted son. We are very happy for
your family.

We have reviewed the medical report of the pre-adoption screening in Lagos and the
paediatric entry examination in Kassel:

  Child:      Chinedu Bergström-Achebe, born 04/09/2020 (date of birth as per the
              Nigerian birth certificate; adoption recognised by Amtsgericht Kassel
              on 30/09/2024)
  Findings:   chronic hepatitis B carrier status (HBsAg positive, B18.1), normal liver
              values; mild iron-deficiency anaemia (D50.9), treated; growth on the
              10th percentile; vaccinations incomplete, catch-up plan started
  Follow-up:  paediatric hepatology at University Hospital Göttingen every 6 months

Because Chinedu was registered within two months of the adoption, he is insured
without health questions and without exclusions from 01/10/2024 under your policy
KV 60 733 019 (Expat Family Comfort). The hepatology check-ups and the catch-up
vaccinations are fully covered.

Kind regards
Fiona McAllister
Expat Health Service
"""
    m = mail("Fiona McAllister <fiona.mcallister@auenwald.example>",
             "Ingrid Bergström-Achebe <ingrid.ba@nordmail.example>",
             "Health insurance for Chinedu - confirmation", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "international adoption, child's hepatitis B carrier status and anaemia")


def m130():
    body = """Hallo Frau Reinholz,

Ihr Antrag auf den steuerfreien Kita-Zuschuss ist genehmigt:

  Personalnummer:   40 2253
  Kind:             Lotte Reinholz, geb. 14.06.2021
  Einrichtung:      Kita Sonnenblume e.V., Kassel
  Betreuungsbeitrag lt. Bescheid: 312,00 EUR/Monat (inkl. Verpflegung 68 EUR)
  Zuschuss:         244,00 EUR/Monat (ohne Verpflegung, § 3 Nr. 33 EStG)
  ab:               Dezember-Abrechnung

Bitte reichen Sie uns jedes Jahr im Januar den aktuellen Gebührenbescheid der Kita
ein; sonst stellen wir den Zuschuss ein.

Viele Grüße
Birgit Lammers
Personalabrechnung
"""
    m = mail("Birgit Lammers <birgit.lammers@auenwald.example>",
             "Svenja Reinholz <svenja.reinholz@auenwald.example>",
             "Kita-Zuschuss genehmigt", body)
    return R(m, "CONFIDENTIAL", "de", "internal",
             "payroll: employee's child with birth date and Kita fees")


def m131():
    body = """Liebe Mitglieder des Produktausschusses,

zur Entscheidung am 03.12. die Vorlage zum Brillenzuschuss für Kinder.

Hintergrund: Die Myopie bei Kindern nimmt zu (Schätzungen für Deutschland: 15-20 % der
Jugendlichen, in Ostasien über 80 %). Hohe Kurzsichtigkeit erhöht im Erwachsenenalter
das Risiko für Netzhautablösung, Glaukom und myope Makulopathie. Wirksam zur
Verlangsamung sind laut Studienlage:
  - niedrig dosierte Atropin-Augentropfen (0,01-0,05 %), seit 2024 als Fertigarznei-
    mittel zugelassen
  - Myopie-Management-Brillengläser (DIMS, H.A.L.T.) und multifokale Kontaktlinsen
  - Orthokeratologie (Nachtlinsen)
  - mehr Zeit im Freien (mind. 2 Std./Tag)

Antrag: Ab 01.01.2026 zahlen die Tarife KinderAmbulant bei ärztlich dokumentierter
progressiver Myopie zusätzlich zum Sehhilfenbudget bis 400 EUR pro Jahr für Myopie-
Management. Mehrbeitrag kalkuliert: 0,38 EUR/Monat.

Sabine Oehlkers / Dr. Stefan Lorenz
"""
    m = mail("Dr. Stefan Lorenz <stefan.lorenz@auenwald.example>",
             "Produktausschuss <produktausschuss@auenwald.example>",
             "Vorlage Produktausschuss: Myopie-Management Kinder", body)
    return R(m, "NORMAL", "de", "internal",
             "trap: product committee paper on child myopia treatment, clinical background only")


def m132():
    body = """Sehr geehrte Frau Reimers,

wir bearbeiten einen Schaden aus der privaten Kinder-Unfallversicherung für ein Kind
Ihrer Einrichtung und bitten Sie um eine kurze Schilderung des Unfallhergangs:

  Kind:          Mathilda Sauer (Gruppe Igel)
  Unfalltag:     15.10.2024, vormittags
  Vertrag:       UV-4471-311920, Schadennummer U-2024-032260

Bitte teilen Sie uns mit, wer die Situation beobachtet hat, wo genau sie sich ereignet
hat und ob der Unfall ins Verbandbuch eingetragen bzw. an die Unfallkasse Hessen
gemeldet wurde. Angaben zu anderen beteiligten Kindern benötigen wir nicht.

Die Eltern haben uns schriftlich von der Schweigepflicht entbunden und sind mit der
Anfrage einverstanden (Erklärung vom 17.10.2024 liegt uns vor).

Mit freundlichen Grüßen
Aylin Korkmaz
Leistung Unfallversicherung
"""
    m = mail("Aylin Korkmaz <aylin.korkmaz@auenwald.example>",
             "Anja Reimers <leitung@kita-sonnenblume.example>",
             "Anfrage Unfallhergang 15.10.2024 - U-2024-032260", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
             "named child's accident claim under accident policy, no diagnosis; personal line")


def m133():
    body = """Health Line - call script "Accident at school or Kita" (EN), version 2

Purpose: first call from a parent after a child's accident. Agents do NOT take medical
details on this call beyond what is needed to open a claim.

1. Greeting: "Auenwald Health Line, my name is ... How can I help you?"
2. Safety first: "Is your child being treated or does he/she need a doctor now?"
   -> if emergency: "Please call 112." End call politely.
3. Identify the caller: policy number, caller's name, relationship to the child.
4. Statutory vs. private: "Did the accident happen at school, Kita or on the direct
   way there?" -> explain that the Unfallkasse is responsible first; our Child Accident
   Plus pays in addition (e.g. cast money, fracture payment).
5. Open claim: date, place, short description, treating doctor. Do not ask for the
   diagnosis; it will come with the doctor's report.
6. Send link to upload documents; explain the release from medical confidentiality.
7. Close: "We wish [child's first name] a speedy recovery."

Placeholders in [brackets]. No real case data in this script.
"""
    m = mail("Daniel Okafor <daniel.okafor@auenwald.example>",
             "Health Line Team <healthline@auenwald.example>",
             "Call script v2 - accident at school or Kita", body)
    return R(m, "NORMAL", "en", "internal",
             "trap: call script with placeholders for children's accidents")


def m134():
    body = """Dear Mr Watanabe,

welcome to Auenwald! As requested by phone we have added your nephew as an additional
driver to your car insurance:

  Policy:              KF-5520-121886
  Vehicle:             Toyota RAV4 Hybrid, KS-KW 3010
  Additional driver:   Riku Watanabe, born 11 July 2007 (lives in your household,
                       accompanied driving from 17, test certificate of 28 November 2024)
  Accompanying persons: Kenji Watanabe, Yui Watanabe

Correction to my mail of this morning: I had entered Riku's year of birth as 2006 -
that was a typing error on our side, the policy now shows 2007. This does not change
the premium: the annual premium increases by EUR 236.00 because of a driver under 23.

Kind regards
Timo Brandl
Motor Customer Service
"""
    m = mail("Timo Brandl <timo.brandl@auenwald.example>",
             "Kenji Watanabe <kenji.watanabe@jmail.example>",
             "Additional driver added - KF-5520-121886 (corrected)", body)
    return R(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "motor policy, teen driver's birth date, plate; correction of an earlier mail")


def m135():
    body = """Liebe Kolleginnen und Kollegen,

der Betriebsrat informiert: Die Regeln zum Kinderkrankengeld gelten auch 2025 weiter.

- Gesetzlich versicherte Eltern haben 2025 pro Kind und Elternteil 15 Arbeitstage
  Anspruch auf Kinderkrankengeld (Alleinerziehende 30), bei mehreren Kindern höchstens
  35 bzw. 70 Tage (§ 45 SGB V).
- Das Kind muss unter 12 Jahre alt sein und gesetzlich versichert.
- Für privat Versicherte gibt es kein Kinderkrankengeld. Nach unserer Betriebs-
  vereinbarung "Familie & Beruf" zahlt die Auenwald bis zu 5 Tage pro Kind und Jahr
  bezahlte Freistellung.
- Ab dem 4. Tag braucht ihr eine ärztliche Bescheinigung über die Erkrankung des Kindes.
  Die Bescheinigung geht an die Personalabteilung, nicht an die Führungskraft.

Fragen? Sprecht uns an: betriebsrat@auenwald.example

Euer Betriebsrat
"""
    m = mail("Betriebsrat <betriebsrat@auenwald.example>",
             "Alle Mitarbeitenden <alle@auenwald.example>",
             "Info: Kinderkrankentage 2025", body)
    return R(m, "NORMAL", "de", "internal",
             "trap: works council info on sick-child days, generic rules")


def m136():
    body = """Dear Mrs Mbeki,

thank you for sending the prescription for Lindiwe's new insulin pump supplies.

Your daughter has type 1 diabetes (E10.9) and uses an insulin patch pump with a CGM
sensor. For the next quarter we approve:

  - Pods (patch pump), 30 units                                EUR 1,096.50
  - CGM sensors, 6 units (10-day sensors)                      EUR   389.70
  - Insulin aspart 100 U/ml, 5 x 10 ml vials                   EUR   187.25
  - Glucagon nasal powder 3 mg, 2 units (school + home)        EUR   198.40

Total EUR 1,871.85, covered at 100 % under policy KV 60 640 115. The medical supply
company (DiaService Nord) bills us directly.

Diabetes training for her class teacher and the after-school club: we can pay a
diabetes nurse for one session at the school (up to EUR 150) - just let us know the date.

Kind regards
Fiona McAllister
Expat Health Service
"""
    m = mail("Fiona McAllister <fiona.mcallister@auenwald.example>",
             "Thandiwe Mbeki <thandiwe.mbeki@afmail.example>",
             "Approval insulin pump supplies - Lindiwe", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "child's type 1 diabetes E10.9, pump, sensors, medication")


def m137():
    inv_csv = """Nr;Gegenstand;Raum;Kaufjahr;Neupreis EUR;Beleg
1;Kinderhochbett Kiefer mit Rutsche;Kinderzimmer Ben;2021;689,00;ja
2;Matratze 90x200;Kinderzimmer Ben;2021;149,00;nein
3;Teppich Straßenmotiv;Kinderzimmer Ben;2022;59,90;nein
4;LEGO-Sammlung (ca. 14 Sets);Kinderzimmer Ben;2020-2024;820,00;teilweise
5;Schreibtisch höhenverstellbar;Kinderzimmer Lina;2023;329,00;ja
6;Schulranzen;Kinderzimmer Lina;2024;249,00;ja
"""
    photos = """Fotoliste Schaden HR-S-2024-40811 (Fotos liegen im Portal, hier nur Liste)
IMG_4410.jpg Wasserfleck Decke Kinderzimmer
IMG_4411.jpg Hochbett, Wasserrand
IMG_4412.jpg LEGO in Wanne
"""
    z = zipfile_of([("Inventarliste_Kuhlmann.csv", inv_csv), ("Fotoliste.txt", photos)])
    body = """Hallo Herr Oltmanns,

für den Ortstermin bei Familie Kuhlmann am Donnerstag (Leitungswasserschaden aus der
Wohnung darüber, Kinderzimmer) die Unterlagen der Kunden als ZIP.

  Schaden:  HR-S-2024-40811, Hausrat HR-6618220
  Adresse:  Familie Marco und Stefanie Kuhlmann, Am Weinberg 27, 34121 Kassel
  Telefon:  0561 40 88 217 (ab 16 Uhr)

Gruß
Petra Quandt
"""
    m = mail("Petra Quandt <petra.quandt@auenwald.example>",
             "Frank Oltmanns <f.oltmanns@sv-oltmanns.example>",
             "Ortstermin Kuhlmann - HR-S-2024-40811", body,
             atts=[("file", "Kuhlmann_Unterlagen.zip", z)])
    return R(m, "CONFIDENTIAL", "de", "insurer-to-assessor",
             "household water damage, customer address and phone; inventory in a ZIP")


def m138():
    body = """Hi all,

booking confirmed for the team offsite of the Student & International Desk:

  Date:     Thursday, 23 January 2025, 9:30 - 16:30
  Place:    Seminarhaus am Bergpark, room "Herkules"
  Catering: lunch buffet + coffee breaks (vegetarian by default)

Agenda to follow. Carpooling list is in the Teams channel.

Mareike
"""
    m = mail("Mareike Vossberg <student-desk@auenwald.example>",
             "Student Desk Team <student-desk-team@auenwald.example>",
             "Offsite 23 Jan - booking confirmed", body)
    return R(m, "NORMAL", "en", "internal", "team offsite booking, nothing sensitive")


def m139():
    body = """Sehr geehrte Frau Pape,

herzlichen Dank für die Einladung zum Sponsorenlauf der Grundschule am Lindenhof am
16. Mai 2025. Wir sind gern dabei: Die Auenwald spendet 2 EUR pro gelaufene Runde aller
Kinder, höchstens 1.500 EUR, und stellt an der Strecke einen Wasserstand.

Die Spende überweisen wir nach dem Lauf an den Förderverein der Grundschule am
Lindenhof e.V., IBAN DE12 5205 0353 0535 0385 33 (Kasseler Sparkasse), Verwendungs-
zweck "Sponsorenlauf 2025". Eine Spendenquittung benötigen wir für die Buchhaltung.

Ein Sanitätsdienst ist laut Ihrer Mail durch das Jugendrotkreuz organisiert - sehr gut.

Mit freundlichen Grüßen
Carina Wolff
Marketing & Kommunikation
"""
    m = mail("Carina Wolff <carina.wolff@auenwald.example>",
             "Gerlinde Pape <sekretariat@gs-lindenhof.example>",
             "Sponsorenlauf 16.05.2025 - Zusage", body)
    return R(m, "NORMAL", "de", "insurer-to-school",
             "trap: donation to a school's booster association with the association's IBAN")


def m140():
    body = """Hallo Friederike,

kurze Rückfrage zu einem Antrag Campus Cover, bevor ich antworte - the applicant writes
in English, so I quote her answers as given:

  Antrag A-KV-2024-119006, Incoming student (Northgate University, 1 semester)
  Applicant: Ms Olivia Hartley-Brown, born 09/12/2004
  Q4 (chronic illness): "Yes - epilepsy (juvenile myoclonic), diagnosed 2019, on
     levetiracetam 750 mg twice daily, last seizure March 2023."
  Q6 (hospital last 5 years): "One night in 2023 after the seizure, Royal Infirmary."

Im Campus-Tarif haben wir für Epilepsie nur die Optionen Zuschlag oder Ausschluss.
I would suggest acceptance with a 25 % surcharge and no exclusion, da anfallsfrei seit
>18 Monaten und Monotherapie. Einverstanden? Dann schicke ich ihr heute das Angebot
(in English).

Danke!
Mareike
"""
    m = mail("Mareike Vossberg <student-desk@auenwald.example>",
             "Dr. Friederike Hasselbach <risikopruefung@auenwald.example>",
             "Rückfrage Risikoprüfung Campus Cover - Epilepsie", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "mixed", "internal",
             "German/English underwriting query: incoming student's epilepsy, medication, birth date")


def m141():
    body = """Hallo Frau Albers,

für die Verlängerung des Au-pair-Pakets (Haftpflicht) brauchen wir nur noch die
aktuellen Vertragsdaten. Aus dem Au-pair-Vertrag, den Sie geschickt haben, habe ich
übernommen (the contract is in English, so I keep the original terms):

  Au pair:            Lucía Ferreira, born 14/02/2004, Brazilian citizen
  Host family:        Kerstin and Jörg Albers, Am Hang 3, 34132 Kassel
  Term:               01/08/2024 - 31/07/2025, extension requested to 31/12/2025
  Pocket money:       EUR 280 per month, plus public transport ticket and
                      EUR 70 per month language course contribution
  Working hours:      max. 30 hours/week

Die Haftpflicht-Verlängerung kostet 45 EUR (Aug-Dez 2025). Bitte bestätigen Sie kurz,
dann schicke ich die neue Bestätigung auf Deutsch und Englisch.

Viele Grüße
Lea Scheuermann
Kundenservice
"""
    m = mail("Lea Scheuermann <lea.scheuermann@auenwald.example>",
             "Kerstin Albers <kerstin.albers@albers-familie.example>",
             "Verlängerung Au-pair-Haftpflicht Lucía / extension", body)
    return R(m, "CONFIDENTIAL", "mixed", "insurer-to-customer",
             "au pair liability extension with birth date, pocket money (income), address; liability only")


def m142():
    body = """Hi all,

for the broker integration of "add child to family policy" (BiPRO Norm 430.4 style
transfer of documents and our own REST endpoint /v2/contracts/{id}/insured-children)
here is the field list and a sample payload. The sample uses fictitious data only.

Fields:
  firstName, lastName            string, required
  dateOfBirth                    date (ISO 8601), required
  relationship                   enum CHILD | ADOPTED_CHILD | FOSTER_CHILD | STEPCHILD
  adoptionDate                   date, required if ADOPTED_CHILD
  healthQuestionsRequired        boolean, computed by us (false within 2 months of
                                 birth/adoption)

Sample request body:
  {
    "contractId": "TEST-PHV-0000001",
    "child": {
      "firstName": "Erika",
      "lastName": "Musterkind",
      "dateOfBirth": "2024-06-01",
      "relationship": "CHILD"
    }
  }

Sample response: 201 Created, {"healthQuestionsRequired": false, "premiumDelta": 0.00}

The sandbox is at https://api-sandbox.auenwald.example; the contract TEST-PHV-0000001
exists only there.

Olena
"""
    m = mail("Olena Hryhorenko <olena.hryhorenko@auenwald.example>",
             "MVP vendors <mvp-partner@lists.auenwald.example>",
             "API: add child to family policy - field list and sample payload", body)
    return R(m, "NORMAL", "en", "insurer-to-partner",
             "trap: API docs with fictitious child (Musterkind) and test contract")


def m143():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Auenwald Versicherung//Claims//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ortstermin-HR-S-2024-40830@auenwald.example
DTSTAMP:20241202T090000Z
DTSTART;TZID=Europe/Berlin:20241205T140000
DTEND;TZID=Europe/Berlin:20241205T150000
SUMMARY:Loss adjuster visit - claim HR-S-2024-40830 (water damage)
LOCATION:Lindqvist family, Ludwig-Mond-Straße 119, 34121 Kassel
DESCRIPTION:Adjuster: Frank Oltmanns. Children's room and hallway, water fro
 m washing machine. Please keep damaged items. Policy HR-7712093.
ORGANIZER;CN=Petra Quandt:mailto:petra.quandt@auenwald.example
ATTENDEE;CN=Emma Lindqvist:mailto:emma.lindqvist@nordmail.example
ATTENDEE;CN=Frank Oltmanns:mailto:f.oltmanns@sv-oltmanns.example
END:VEVENT
END:VCALENDAR
"""
    body = """Dear Ms Lindqvist,

as agreed on the phone, our loss adjuster Mr Oltmanns will visit you on Thursday,
5 December, at 2 pm. The invitation is attached.

Kind regards
Petra Quandt
Property Claims
"""
    m = mail("Petra Quandt <petra.quandt@auenwald.example>",
             "Emma Lindqvist <emma.lindqvist@nordmail.example>",
             "Loss adjuster visit 5 Dec", body,
             cc="Frank Oltmanns <f.oltmanns@sv-oltmanns.example>",
             atts=[("file", "invite.ics", ics, "text/calendar")])
    return R(m, "CONFIDENTIAL", "en", "insurer-to-customer",
             "ICS with customer's address, claim and policy number")


def m144():
    body = """Liebe Kundinnen und Kunden,

der Hersteller "KiddyGuard" hat einen Rückruf für die Kindersitz-Serie "KG Isofix 360"
(Produktionszeitraum 03/2023 bis 02/2024) veröffentlicht. Bei einzelnen Sitzen kann sich
das Gurtschloss bei starker Belastung lösen.

Was Sie tun sollten:
1. Prüfen Sie die Seriennummer auf dem Etikett unter dem Sitzbezug.
2. Auf https://www.kiddyguard.example/rueckruf erfahren Sie, ob Ihr Sitz betroffen ist.
3. Der Hersteller tauscht das Gurtschloss kostenlos aus.

Ein Hinweis von uns: Wurde Ihr Kind in einem betroffenen Sitz bei einem Unfall verletzt,
melden Sie den Schaden bitte auch bei Ihrer Kfz- bzw. Kinder-Unfallversicherung.

Ihre Auenwald Versicherung
Newsletter abbestellen: https://www.auenwald.example/newsletter/abmelden
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Liebe Kundinnen und Kunden,</p>
<p>der Hersteller &bdquo;KiddyGuard&ldquo; hat einen <b>Rückruf für die Kindersitz-Serie &bdquo;KG Isofix 360&ldquo;</b>
(Produktionszeitraum 03/2023 bis 02/2024) veröffentlicht. Bei einzelnen Sitzen kann sich
das Gurtschloss bei starker Belastung lösen.</p>
<p><b>Was Sie tun sollten:</b></p>
<ol>
<li>Prüfen Sie die Seriennummer auf dem Etikett unter dem Sitzbezug.</li>
<li>Auf <a href="https://www.kiddyguard.example/rueckruf">www.kiddyguard.example/rueckruf</a> erfahren Sie, ob Ihr Sitz betroffen ist.</li>
<li>Der Hersteller tauscht das Gurtschloss kostenlos aus.</li>
</ol>
<p>Ein Hinweis von uns: Wurde Ihr Kind in einem betroffenen Sitz bei einem Unfall verletzt,
melden Sie den Schaden bitte auch bei Ihrer Kfz- bzw. Kinder-Unfallversicherung.</p>
<p>Ihre Auenwald Versicherung</p>
<p style="font-size:11px;color:#777"><a href="https://www.auenwald.example/newsletter/abmelden">Newsletter abbestellen</a></p>
</body></html>
"""
    m = mail("Auenwald Newsletter <newsletter@auenwald.example>",
             "newsletter-kfz@lists.auenwald.example",
             "Rückruf Kindersitz KG Isofix 360 - bitte prüfen", body, html=html,
             headers={"List-Unsubscribe": "<https://www.auenwald.example/newsletter/abmelden>"})
    return R(m, "NORMAL", "de", "newsletter",
             "trap: child car seat recall newsletter mentioning injuries, no person")


def m145():
    body = """Hallo Daniel,

kannst du dir das ansehen? Frau Albers hat uns den Bericht des Zahnarztes für Lucía
weitergeleitet (auf Englisch, der Zahnarzt ist ein Kollege aus Porto, Lucía war über
die Herbstferien zu Hause). Das Au-pair-Paket deckt im Ausland nur Notfall-Zahn-
behandlung - passt das hier?

My take: the extraction is an emergency, the implant consultation is not.

Danke, Fiona

---------- Forwarded message ----------
From: Kerstin Albers <kerstin.albers@albers-familie.example>
Subject: Lucía Zahnarzt Portugal

Hallo Frau McAllister, anbei der Bericht, Lucía hat die Rechnung (EUR 410) selbst
bezahlt. Kerstin Albers

  > Clínica Dentária Ribeira, Porto - Dental report (English)
  > Patient: Lucía Ferreira, DOB 14/02/2004
  > 28/10/2024: acute pain and swelling lower right, diagnosis: acute apical abscess
  > tooth 46 (K04.7), tooth not restorable. Extraction 46 under local anaesthesia,
  > amoxicillin 875 mg + clavulanic acid for 7 days. Consultation regarding future
  > implant 46 (not performed). Fee: extraction EUR 180, X-ray EUR 40, consultation
  > implant EUR 190.
"""
    m = mail("Fiona McAllister <fiona.mcallister@auenwald.example>",
             "Daniel Okafor <daniel.okafor@auenwald.example>",
             "Au pair Lucía - dental treatment in Porto", body)
    return R(m, "STRICTLY_CONFIDENTIAL", "mixed", "internal",
             "German/English internal forward: au pair's dental abscess K04.7, extraction, antibiotics")


def m146():
    fwd = inner(
        "Derya Yilmaz <derya.yilmaz@webpost.example>",
        "schaden@auenwald.example",
        "Laptop kaputt",
        """Guten Tag,

mein Sohn Emre hat gestern beim Hausaufgaben machen sein Glas Wasser über den
Laptop gekippt (Lenovo IdeaPad, gekauft 12/2022 bei Expert Kassel für 699 EUR).
Der Laptop geht nicht mehr an. Wir haben bei Ihnen die Elektronikversicherung
zum Hausrat, Vertrag HR-6624790.

Der Laptop gehört Emre, er braucht ihn für die Schule. Können Sie das übernehmen?

Mit freundlichen Grüßen
Derya Yilmaz
Holländische Straße 150, 34127 Kassel
""",
        "Tue, 26 Nov 2024 18:41:09 +0100",
        "<5f21c0aa@webpost.example>")
    body = """Hallo Petra,

Elektronik-Baustein, Flüssigkeitsschaden - bitte du übernehmen, ich bin ab morgen im
Urlaub. Originalmail hängt an.

Gruß Nils
"""
    m = mail("Nils Harms <nils.harms@auenwald.example>",
             "Petra Quandt <petra.quandt@auenwald.example>",
             "WG: Laptop kaputt", body,
             atts=[("msg", fwd, "Laptop kaputt.eml")])
    return R(m, "CONFIDENTIAL", "de", "customer",
             "body says only 'please take over'; forwarded customer mail with policy number and address")


def m147():
    body = """Dear partners,

here are the au pair package premiums valid for contracts starting from 1 January 2025
(per au pair and month, incl. 19 % insurance tax where applicable):

  Package          Health & accident   Liability   Total
  Basic                 EUR 39.00        EUR 6.00    EUR 45.00
  Comfort               EUR 49.50        EUR 7.50    EUR 57.00
  Comfort Plus          EUR 61.00        EUR 7.50    EUR 68.50
  (incl. dental up to EUR 500 and repatriation)

Pre-existing conditions: no health questions for au pairs under 30 with a standard
12-month contract; known conditions are covered for acute treatment only.

Marketing material (flyers in EN/ES/PT/UK) can be ordered in the broker portal.

Kind regards
Holger Jaspers
Broker Support
"""
    m = mail("Holger Jaspers <holger.jaspers@auenwald.example>",
             "Au pair agencies <aupair-partner@lists.auenwald.example>",
             "Au pair package 2025 - premium table", body)
    return R(m, "NORMAL", "en", "insurer-to-broker",
             "trap: au pair health premium table, no person")


def m148():
    body = """Sehr geehrter Herr Bektas,

für den Familientarif Ihrer Privathaftpflicht (Beitragsnachlass 15 % bei Kindern in
Ausbildung) brauchen wir einmal jährlich einen Nachweis. Ihren Kindergeldbescheid
haben wir erhalten:

  Vertrag:              PHV-1-28 991 640
  Familienkasse Hessen, Kindergeldnummer 115FK447812
  berücksichtigte Kinder: Elif (geb. 02.07.2011), Deniz (geb. 19.03.2004, Ausbildung
                          zum Mechatroniker bis 08/2026)

Der Nachlass bleibt damit bis 31.12.2025 bestehen. Den Bescheid haben wir nach Prüfung
gelöscht; wir speichern nur den Vermerk "Nachweis liegt vor".

Mit freundlichen Grüßen
Timo Brandl
Kundenservice
"""
    m = mail("Timo Brandl <timo.brandl@auenwald.example>",
             "Cem Bektas <cem.bektas@netpost.example>",
             "Nachweis Familientarif PHV-1-28 991 640", body)
    return R(m, "CONFIDENTIAL", "de", "insurer-to-customer",
             "child benefit number and children's birth dates for a liability discount")


def m149():
    body = """Release Notes Leistungssystem LEO 24.12 (Deployment 10.12.2024, 18:00)

Neu / New:
- Workflow "Kindernachversicherung": automatischer Fristcheck (2 Monate ab Geburt bzw.
  Adoption) with a warning banner when the deadline is < 14 days away.
- Adoption: new field "Datum Wirksamkeit Adoption" replaces the free-text note.
- Campus Cover: English letter templates for approvals (KFO/orthodontics excluded).

Fixes:
- BUG-3318: ICD-10 search did not find codes with suffix " G" (e.g. F90.0 G) when
  typed without space. Fixed.
- BUG-3342: Sammelabrechnung for children > 10 documents timed out. Fixed.

Known issues:
- The Impfpass-Upload limit (INC-0048812) is still 8 MB, fix planned in 25.01.

No customer data was used in testing; test tenant T3 only.
Team LEO
"""
    m = mail("Team LEO <leo-release@auenwald.example>",
             "LEO Key User <leo-keyuser@auenwald.example>",
             "Release Notes LEO 24.12", body)
    return R(m, "NORMAL", "mixed", "internal",
             "trap: bilingual release notes on child add-on workflow and ICD search, no customer")


def m150():
    body = """Sehr geehrte Frau Winter,

vielen Dank für Ihr Interesse an unserer Kinder-Unfallversicherung. Gern beantworte
ich Ihre Fragen:

1. Ab welchem Alter? Ab Geburt bis zum 18. Geburtstag im Kindertarif, danach wird der
   Vertrag ohne neue Gesundheitsprüfung in einen Erwachsenentarif umgestellt.
2. Zahlt die Versicherung auch bei Unfällen in der Schule? Ja, zusätzlich zur
   gesetzlichen Unfallkasse, und rund um die Uhr weltweit.
3. Gibt es Gesundheitsfragen? Im Tarif Kinder-Unfall Plus nur zwei allgemeine Fragen
   (z. B. ob eine Pflegebedürftigkeit besteht).

Unseren Flyer und die Produktinformationen finden Sie unter
https://www.auenwald.example/kinderunfall. Wenn Sie ein persönliches Angebot möchten,
nennen Sie mir einfach das Alter Ihres Kindes und die gewünschte Grundsumme - oder
rufen Sie mich an.

Mit freundlichen Grüßen
Holger Jaspers
Vertrieb
"""
    m = mail("Holger Jaspers <holger.jaspers@auenwald.example>",
             "Sophie Winter <sophie.winter@mailbox.example>",
             "Ihre Anfrage zur Kinder-Unfallversicherung", body)
    return R(m, "NORMAL", "de", "insurer-to-customer",
             "trap: prospect's brochure question answered with generic product information")


# =====================================================================
# Generation
# =====================================================================

MAILS = [globals()["m%03d" % i] for i in range(1, 151)]
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}


def fname(i):
    return "d%s-%04d.eml" % (NN, i)


def generate():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for i, fn in enumerate(MAILS, 1):
        _current["n"] = i
        msg, label, lang, kind, reason = fn()
        data = msg.as_bytes(policy=POLICY)
        with open(os.path.join(OUT, fname(i)), "wb") as f:
            f.write(data)
        rows.append((fname(i), label, lang, kind, reason))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("wrote %d mails to %s and labels.tsv" % (len(rows), OUT))


# =====================================================================
# Check
# =====================================================================

IBAN_LEN = {"DE": 22, "AT": 20, "GB": 22, "IE": 22, "ES": 24, "NL": 18, "FR": 27,
            "IT": 27, "CH": 21, "BE": 16, "PL": 28}
# deliberately invalid IBANs (negative test case in a NORMAL test-plan mail)
IBAN_ALLOW_INVALID = {"DE00370400440532013000"}
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"\b(?:https?|ftp)://([A-Za-z0-9.-]+)")


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


class _HP(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.text = []

    def handle_data(self, d):
        self.text.append(d)


def _pdf_check(b):
    if not b.startswith(b"%PDF-") or not b.rstrip().endswith(b"%%EOF"):
        raise ValueError("PDF header/trailer")
    sx = int(b[b.rindex(b"startxref") + 9:].split()[0])
    if b[sx:sx + 4] != b"xref":
        raise ValueError("PDF startxref")
    lines = b[sx:].split(b"\n")
    cnt = int(lines[1].split()[1])
    for k in range(1, cnt):
        off = int(lines[2 + k].split()[0])
        if not b[off:].startswith(b"%d 0 obj" % k):
            raise ValueError("PDF xref offset obj %d" % k)
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", b):
        t = re.sub(rb"\\(.)", rb"\1", m.group(1))
        out.append(t.decode("cp1252"))
    return "\n".join(out)


def _zip_check(b, kind):
    z = zipfile.ZipFile(io.BytesIO(b))
    bad = z.testzip()
    if bad:
        raise ValueError("ZIP member corrupt: %s" % bad)
    names = z.namelist()
    need = {"docx": ["[Content_Types].xml", "word/document.xml"],
            "xlsx": ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"],
            "odt": ["mimetype", "content.xml"], "ods": ["mimetype", "content.xml"]}.get(kind, [])
    for n in need:
        if n not in names:
            raise ValueError("%s lacks %s" % (kind, n))
    if kind in ("odt", "ods") and names[0] != "mimetype":
        raise ValueError("ODF mimetype not first")
    texts = []
    for info in z.infolist():
        if info.date_time != ZIPTIME:
            raise ValueError("ZIP timestamp not fixed")
        data = z.read(info)
        low = info.filename.lower()
        if low.endswith(".xml") or low.endswith(".rels"):
            xml.dom.minidom.parseString(data)
            texts.append(re.sub(r"<[^>]+>", " ", data.decode("utf-8")))
        elif kind == "zip":
            texts.append(_file_check(info.filename, data))
    return "\n".join(texts)


def _file_check(name, data, ctype=None):
    low = (name or "").lower()
    if low.endswith(".pdf") or ctype == "application/pdf":
        return _pdf_check(data)
    for ext in ("docx", "xlsx", "odt", "ods", "zip"):
        if low.endswith("." + ext):
            return _zip_check(data, ext)
    if low.endswith(".csv"):
        try:
            t = data.decode("utf-8")
        except UnicodeDecodeError:
            t = data.decode("cp1252")
        rows = list(csv.reader(io.StringIO(t), delimiter=";" if t.count(";") > t.count(",") else ","))
        if len(rows) < 2 or len({len(r) for r in rows if r}) != 1:
            raise ValueError("CSV ragged")
        return t
    if low.endswith(".ics"):
        t = data.decode("utf-8").replace("\r\n", "\n")
        if not t.startswith("BEGIN:VCALENDAR") or not t.rstrip().endswith("END:VCALENDAR"):
            raise ValueError("ICS frame")
        if t.count("BEGIN:VEVENT") != t.count("END:VEVENT"):
            raise ValueError("ICS events")
        return t.replace("\n ", "")
    if low.endswith(".html") or low.endswith(".htm"):
        p = _HP()
        p.feed(data.decode("utf-8"))
        return " ".join(p.text)
    return data.decode("utf-8")


def _walk_text(msg, errs, where):
    """Return all human-readable text of msg (headers, parts, attachments)."""
    texts = []
    for h in ("From", "To", "Cc", "Reply-To", "Bcc"):
        for v in msg.get_all(h, []):
            texts.append(str(v))
    texts.append(str(msg.get("Subject", "")))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        try:
            if ct == "message/rfc822":
                sub = part.get_content()
                for h in ("From", "To", "Subject", "Date", "Message-ID"):
                    if sub.get(h) is None:
                        errs.append("%s: forwarded message lacks %s" % (where, h))
                texts.append(_walk_text(sub, errs, where + "/rfc822"))
                continue
            if fn:
                data = part.get_payload(decode=True)
                if data is None:
                    raise ValueError("empty payload")
                texts.append(_file_check(fn, data, ct))
            elif part.get_content_maintype() == "text":
                t = part.get_content()
                if ct == "text/html":
                    p = _HP()
                    p.feed(t)
                    texts.append(" ".join(p.text))
                texts.append(t)
            else:
                errs.append("%s: unnamed non-text part %s" % (where, ct))
        except Exception as e:  # noqa
            errs.append("%s: part %s (%s) does not open: %s" % (where, fn or "", ct, e))
    return "\n".join(texts)


def check():
    errs = []
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if files != [fname(i) for i in range(1, 151)]:
        errs.append("mail files: expected d%s-0001..0150, found %d" % (NN, len(files)))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errs.append("labels.tsv header")
    rows = [l.split("\t") for l in lines[1:] if l]
    counts = {k: 0 for k in LABELS}
    langs = {}
    table = {}
    for r in rows:
        if len(r) != 5:
            errs.append("labels.tsv row with %d fields: %r" % (len(r), r[:1]))
            continue
        fn, label, lang, kind, reason = r
        if label not in LABELS:
            errs.append("%s: bad label %s" % (fn, label))
            continue
        if lang not in ("de", "en", "mixed"):
            errs.append("%s: bad lang %s" % (fn, lang))
        if label == "NORMAL" and reason.startswith("trap:") is False and "trap" in reason:
            errs.append("%s: trap reason must start with 'trap:'" % fn)
        if label != "NORMAL" and reason.startswith("trap:"):
            errs.append("%s: trap on a sensitive label" % fn)
        counts[label] += 1
        langs[lang] = langs.get(lang, 0) + 1
        table[(label, lang)] = table.get((label, lang), 0) + 1
    if [r[0] for r in rows] != [fname(i) for i in range(1, 151)]:
        errs.append("labels.tsv files do not match mails")
    if counts != EXPECTED:
        errs.append("label counts %r != %r" % (counts, EXPECTED))
    mids = set()
    n_att = 0
    for fn in files:
        raw = open(os.path.join(OUT, fn), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errs.append("%s: line ends are not all CRLF" % fn)
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            errs.append("%s: line longer than 998 octets" % fn)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg.get(h) is None:
                errs.append("%s: missing header %s" % (fn, h))
        mid = str(msg.get("Message-ID"))
        if mid in mids:
            errs.append("%s: duplicate Message-ID" % fn)
        mids.add(mid)
        if msg.defects:
            errs.append("%s: parser defects %r" % (fn, msg.defects))
        n_att += sum(1 for p in msg.walk() if p.get_filename() or p.get_content_type() == "message/rfc822")
        text = _walk_text(msg, errs, fn)
        for d in set(MAIL_RE.findall(text)) | set(URL_RE.findall(text)):
            d = d.rstrip(".").lower()
            if not (d == "example" or d.endswith(".example")):
                errs.append("%s: domain not .example: %s" % (fn, d))
        for cand in IBAN_RE.findall(text):
            c = cand.replace(" ", "")
            cc = c[:2]
            if cc not in IBAN_LEN:
                continue
            if c in IBAN_ALLOW_INVALID:
                continue
            if len(c) != IBAN_LEN[cc] or not iban_ok(c):
                errs.append("%s: IBAN fails length/checksum: %s" % (fn, cand))
    print("mails: %d, attachments (incl. forwarded mails): %d" % (len(files), n_att))
    print("labels: " + ", ".join("%s %d" % (k, counts[k]) for k in LABELS))
    print("langs:  " + ", ".join("%s %d" % (k, langs[k]) for k in sorted(langs)))
    for k in LABELS:
        print("  %-22s de %2d  en %2d  mixed %d" % (k, table.get((k, "de"), 0),
                                                   table.get((k, "en"), 0), table.get((k, "mixed"), 0)))
    if errs:
        print("CHECK FAILED (%d problems):" % len(errs))
        for e in errs:
            print("  - " + e)
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    generate()
