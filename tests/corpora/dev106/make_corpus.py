#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel independent test corpus dev106 (students, apprentices, young adults).

All people, companies, numbers and addresses are invented. Every domain ends in
.example. Every mail is written by hand in its own function m001 ... m150; the
helpers below only turn that content into MIME or into attachment files.

    python make_corpus.py          writes mails/d106-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses and validates everything
"""
import datetime
import io
import os
import re
import sys
import zipfile
import xml.dom.minidom
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

NN = "106"
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mails")
N = "NORMAL"
C = "CONFIDENTIAL"
S = "STRICTLY_CONFIDENTIAL"
TZ = datetime.timezone(datetime.timedelta(hours=2))
ZIPTIME = (2024, 9, 1, 9, 30, 0)
# IBANs that are wrong on purpose (a customer's typo, written by hand in the mail)
DELIBERATELY_INVALID_IBANS = {"DE64705172419904876480"}


# Send date of each mail (month-day hour:minute, 2024, CEST), chosen to fit its content
SENT = {
    1: "09-27 10:14", 2: "09-30 09:00", 3: "09-24 11:02", 4: "10-07 16:40", 5: "09-18 14:25",
    6: "09-26 09:48", 7: "09-04 21:13", 8: "09-05 10:31", 9: "10-09 13:12", 10: "10-02 08:55",
    11: "09-30 08:21", 12: "10-01 07:00", 13: "09-10 15:37", 14: "10-15 11:20", 15: "10-08 08:03",
    16: "10-04 14:44", 17: "10-10 17:05", 18: "10-02 10:10", 19: "10-07 09:30", 20: "09-12 10:00",
    21: "09-16 12:30", 22: "09-16 10:05", 23: "09-19 16:22", 24: "09-26 09:15", 25: "09-27 17:45",
    26: "10-14 11:11", 27: "09-20 13:40", 28: "10-01 09:00", 29: "10-08 15:55", 30: "10-16 10:30",
    31: "09-12 16:48", 32: "10-18 09:02", 33: "09-25 14:15", 34: "10-09 07:58", 35: "10-14 11:12",
    36: "09-20 10:37", 37: "09-24 12:00", 38: "09-09 08:30", 39: "09-05 16:20", 40: "10-15 08:47",
    41: "09-19 11:30", 42: "09-27 13:05", 43: "08-28 14:00", 44: "10-21 10:50", 45: "10-01 11:40",
    46: "09-12 13:20", 47: "10-16 12:35", 48: "10-17 15:10", 49: "10-01 06:30", 50: "10-10 09:25",
    51: "10-11 15:45", 52: "09-26 10:18", 53: "10-02 14:50", 54: "10-02 10:05", 55: "10-22 09:12",
    56: "10-17 11:33", 57: "09-23 13:50", 58: "10-18 16:05", 59: "10-15 10:41", 60: "10-09 08:40",
    61: "10-11 07:15", 62: "09-26 11:45", 63: "10-21 14:20", 64: "09-25 15:02", 65: "10-14 10:00",
    66: "10-16 13:26", 67: "10-22 16:31", 68: "09-12 09:20", 69: "10-08 11:11", 70: "10-23 17:18",
    71: "09-30 14:35", 72: "09-17 07:00", 73: "10-24 10:05", 74: "10-08 08:12", 75: "10-16 15:40",
    76: "10-02 09:00", 77: "10-07 18:02", 78: "10-24 12:48", 79: "10-25 10:15", 80: "09-23 16:07",
    81: "10-15 09:00", 82: "10-25 14:33", 83: "10-21 08:50", 84: "09-20 11:27", 85: "09-18 10:02",
    86: "10-04 12:40", 87: "10-28 09:35", 88: "10-28 11:00", 89: "10-28 15:10", 90: "10-29 08:30",
    91: "10-29 10:20", 92: "10-28 09:36", 93: "10-29 14:00", 94: "10-30 09:47", 95: "10-30 11:15",
    96: "10-01 10:10", 97: "10-30 13:25", 98: "10-16 07:52", 99: "10-01 07:30", 100: "10-21 16:12",
    101: "10-31 09:12", 102: "10-31 10:44", 103: "10-17 13:02", 104: "10-02 15:21", 105: "09-09 12:00",
    106: "10-18 11:50", 107: "10-31 14:05", 108: "10-08 10:00", 109: "10-22 12:14", 110: "10-23 09:33",
    111: "10-23 15:27", 112: "10-15 16:02", 113: "10-09 08:15", 114: "10-24 16:41", 115: "10-07 11:19",
    116: "10-25 22:07", 117: "10-10 13:55", 118: "10-02 09:41", 119: "10-01 11:05", 120: "10-18 10:28",
    121: "10-03 07:00", 122: "10-16 09:14", 123: "10-24 08:59", 124: "10-29 16:00", 125: "09-30 15:48",
    126: "10-25 07:00", 127: "10-08 12:12", 128: "10-11 10:30", 129: "10-14 09:20", 130: "10-30 15:40",
    131: "10-04 12:01", 132: "10-11 14:22", 133: "10-22 11:08", 134: "09-27 10:45", 135: "10-10 08:06",
    136: "10-25 07:41", 137: "10-17 09:55", 138: "10-02 16:18", 139: "10-15 07:00", 140: "10-04 13:37",
    141: "09-26 15:09", 142: "10-30 10:05", 143: "10-31 11:35", 144: "10-31 15:20", 145: "10-11 16:47",
    146: "10-28 13:00", 147: "10-17 10:02", 148: "10-30 16:12", 149: "10-28 08:45", 150: "10-31 12:30",
}


# ---------------------------------------------------------------- MIME helpers
def mail(n, frm, to, subject, text=None, *, cc=None, html=None, html_only=False,
         atts=(), charset="utf-8", cte=None, flowed=False, reply_to=None,
         headers=None, when=None):
    """Build one message. text/html are the hand-written bodies, atts a list of
    (filename, maintype, subtype, bytes) or EmailMessage (forwarded as rfc822)."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    if when is None:
        md, hm = SENT[n].split()
        when = datetime.datetime(2024, int(md[:2]), int(md[3:]), int(hm[:2]), int(hm[3:]),
                                 (n * 17) % 60, tzinfo=TZ)
    m["Date"] = format_datetime(when)
    m["Message-ID"] = "<d%s-%04d.%d@weserstein-versicherung.example>" % (NN, n, 7 * n + 3)
    for k, v in (headers or []):
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte or "quoted-printable")
    else:
        m.set_content(text, charset=charset, cte=cte or "quoted-printable")
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte="quoted-printable")
    for a in atts:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
        else:
            fn, mt, st, data = a
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    k = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary("=_d%s_%04d_part%d" % (NN, n, k))
    return m


def inner(frm, to, subject, text, date, msgid, charset="utf-8", atts=()):
    """A forwarded message (message/rfc822) with hand-written content."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    m.set_content(text, charset=charset, cte="quoted-printable")
    for fn, mt, st, data in atts:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    k = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary("=_inner_%s_part%d" % (re.sub(r"\W", "", msgid)[:12], k))
    return m


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def _esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data, compress in files:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def zipfile_of(members):
    """members: list of (name, bytes)."""
    return _zip([(n, d, True) for n, d in members])


def pdf(lines, title="Dokument"):
    """Minimal one-font PDF; lines are hand-written text lines."""
    def pesc(s):
        return (s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                .encode("cp1252", "replace"))
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                b"/Encoding /WinAnsiEncoding >>")
    for i, pg in enumerate(pages):
        stream = b"BT /F1 10 Tf 56 790 Td 13 TL\n"
        for ln in pg:
            stream += b"(" + pesc(ln) + b") Tj T*\n"
        stream += b"ET\n"
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
                     % (5 + 2 * i)).encode())
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n"
                    + stream + b"endstream")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ("%d 0 obj\n" % (i + 1)).encode() + o + b"\nendobj\n"
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info << /Title (%s) >> >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, title, xref)).encode("latin-1")
    return out


def docx(paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _esc(p)
                   for p in paragraphs)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
    return _zip([("[Content_Types].xml", ct, True), ("_rels/.rels", rels, True),
                 ("word/document.xml", doc, True)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1"):
    xr = []
    for r, row in enumerate(rows):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r + 1)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _esc(str(v))))
        xr.append('<row r="%d">%s</row>' % (r + 1, "".join(cells)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
          'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
    return _zip([("[Content_Types].xml", ct, True), ("_rels/.rels", rels, True),
                 ("xl/workbook.xml", wb, True), ("xl/_rels/workbook.xml.rels", wbrels, True),
                 ("xl/worksheets/sheet1.xml", ws, True)])


def _odf(mimetype, body):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (ns, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return _zip([("mimetype", mimetype, False), ("META-INF/manifest.xml", manifest, True),
                 ("content.xml", content, True)])


def odt(paragraphs):
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(
                    "<text:p>%s</text:p>" % _esc(p) for p in paragraphs))


def ods(rows, sheet="Tabelle1"):
    trs = "".join("<table:table-row>%s</table:table-row>" % "".join(
        ('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p>'
         '</table:table-cell>' % (v, v)) if isinstance(v, (int, float)) else
        ('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
         % _esc(str(v))) for v in row) for row in rows)
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table>'
                '</office:spreadsheet>' % (_esc(sheet), trs))


DOCX_T = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX_T = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
ODT_T = ("application", "vnd.oasis.opendocument.text")
ODS_T = ("application", "vnd.oasis.opendocument.spreadsheet")


# ------------------------------------------------------------------ mails 1-25
def m001():
    t = """Hallo Frau Brinkmann,

vielen Dank für Ihre Nachricht und die Fotos der Belege aus Valencia.

Wir haben die Kosten aus Ihrer Auslandskrankenversicherung "Campus Global"
(Vertrag AKV-2024-0318772) wie folgt abgerechnet:

  Hospital Clínico Valdemora, Notaufnahme 14.09.2024     312,00 EUR
  Röntgen Sprunggelenk rechts                             95,00 EUR
  Orthese / Vacoped-Schiene                              148,50 EUR
  Physiotherapie 6 Sitzungen (Fisio Turia)               210,00 EUR
  ------------------------------------------------------------------
  erstattungsfähig                                       765,50 EUR

Laut Bericht der Notaufnahme handelt es sich um einen Außenbandriss
(ICD S93.2) nach dem Volleyballtraining beim Unisport. Ein Selbstbehalt
ist in Ihrem Tarif nicht vereinbart. Der Betrag geht in den nächsten
3-4 Werktagen auf das bei uns hinterlegte Konto.

Für die Krankentransportrechnung (Ambulancia) brauchen wir noch die
Originalrechnung mit Stempel, ein Foto reicht hier leider nicht.

Gute Besserung und noch ein schönes Semester!

Viele Grüße
Katrin Wessels
Leistungsservice Reise & Ausland
Weserstein Versicherung AG
Am Speicherhafen 12 · 28217 Bremen
Tel. +49 421 98765-344
"""
    return (mail(1, "Katrin Wessels <katrin.wessels@weserstein-versicherung.example>",
                 "Lea Brinkmann <lea.brinkmann@studmail.uni-lindhaven.example>",
                 "Ihre Erstattung Auslandskrankenversicherung – Schaden 2024-AKV-55120", t),
            S, "de", "insurer-to-customer",
            "travel health claim of a named student: ligament tear with ICD, treatment costs")


def m002():
    t = """WELCOME WEEK 2024 - come and say hi!

Hansische Universität Lindhaven, main campus, Mensa foyer
Monday 7 to Thursday 10 October, 10:00-15:00

What's waiting for you at the Weserstein stand:
* free bike locks (while stocks last) and reflective snap bands
* the "Uni-Start" quiz - win one of three refurbished e-bikes
* first-aid mini kits for your WG kitchen
* quick check: are you still covered by your parents' liability and
  household insurance? Bring your questions, not your documents.

Our student team speaks German, English and Turkish.

See you there!
Your Weserstein Campus Team

You receive this mail because you subscribed to the Weserstein Campus
newsletter. Unsubscribe: https://www.weserstein-versicherung.example/newsletter/abmelden
"""
    h = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#0b5d7a">WELCOME WEEK 2024 &ndash; come and say hi!</h2>
<p><b>Hansische Universit&auml;t Lindhaven</b>, main campus, Mensa foyer<br>
Monday 7 to Thursday 10 October, 10:00&ndash;15:00</p>
<ul>
<li>free bike locks (while stocks last) and reflective snap bands</li>
<li>the &bdquo;Uni-Start&ldquo; quiz &ndash; win one of three refurbished e-bikes</li>
<li>first-aid mini kits for your WG kitchen</li>
<li>quick check: are you still covered by your parents' liability and household
insurance? Bring your questions, not your documents.</li>
</ul>
<p>Our student team speaks German, English and Turkish.</p>
<p>See you there!<br>Your Weserstein Campus Team</p>
<p style="font-size:10px;color:#888">You receive this mail because you subscribed to the
Weserstein Campus newsletter. <a href="https://www.weserstein-versicherung.example/newsletter/abmelden">Unsubscribe</a></p>
</body></html>"""
    return (mail(2, "Weserstein Campus <campus@weserstein-versicherung.example>",
                 "newsletter-campus@lists.weserstein-versicherung.example",
                 "Welcome Week: free bike locks, first-aid kits & e-bike quiz", t, html=h),
            N, "en", "newsletter",
            "trap: campus-event newsletter with first aid and insurance words, no person")


def m003():
    t = """Sehr geehrter Herr Oltmanns,

wir bestätigen den Eingang Ihrer Schadenmeldung zum Fahrraddiebstahl.

Schadennummer:      HR-S-2024-081377
Vertrag:            Hausratversicherung Start, HR-5520-730184
Versicherungsort:   Nadorster Str. 88, WG 3. OG, 26123 Oldenburg
Fahrrad:            Cube Nature EXC, Rahmennummer WBK2291840C
Schadentag:         laut Ihrer Angabe Nacht 22./23.09.2024

Bitte beachten Sie: Ihr Vertrag enthält die Fahrradklausel ohne
Nachtzeitbeschränkung, das Rad war aber nach Ihrer Schilderung im
Innenhof nur am Vorderrad angeschlossen. Damit es keine Verzögerung
gibt, senden Sie uns bitte

1. die Bestätigung der Diebstahlsanzeige (Polizeiinspektion Oldenburg-Stadt,
   Tagebuchnummer),
2. den Kaufbeleg bzw. Nachweis zum Kaufpreis (1.049 EUR laut Meldung),
3. ein Foto des aufgebrochenen Schlosses, falls noch vorhanden.

Den Upload können Sie bequem über Mein Weserstein erledigen.

Mit freundlichen Grüßen

Timo Behrends
Schadenservice Sach
Weserstein Versicherung AG
"""
    return (mail(3, "Weserstein Schadenservice <schaden-sach@weserstein-versicherung.example>",
                 "niklas.oltmanns@mailbox.example",
                 "Ihr Fahrraddiebstahl – Schadennummer HR-S-2024-081377", t),
            C, "de", "insurer-to-customer",
            "household/bicycle claim of named student with policy, claim number and flat address")


def m004():
    t = """Hallo zusammen,

kurzer Stand zum Gesundheitstag an der Hochschule Ostmarsch am 24.10.:

- Standfläche: 3x2 m im Foyer Gebäude C, Strom ist beantragt
- Die Hochschulsportler machen Blutdruck- und Handkraftmessung, wir
  stellen nur Tisch + Rollup. Wir messen selbst NICHTS und notieren
  auch keine Werte, bitte daran denken, falls jemand fragt.
- Flyer: "Psychische Gesundheit im Studium – wo gibt es Hilfe?"
  (Text vom Studierendenwerk freigegeben), 300 Stück, und unsere
  BU-Broschüre für Studierende, 200 Stück
- Give-aways: Traubenzucker, Kühlpads, Pflaster-Sets
- Besetzung: Vormittag Florian + Jana, Nachmittag Melis + ich

Offen: Brauchen wir für das Gewinnspiel eine Datenschutzinfo auf
der Karte? Ich frage Ole.

Gruß
Svenja

--
Svenja Reents
Vertrieb Hochschulkooperationen
Weserstein Versicherung AG
"""
    return (mail(4, "Svenja Reents <svenja.reents@weserstein-versicherung.example>",
                 "team-campus@weserstein-versicherung.example",
                 "Gesundheitstag HS Ostmarsch – Stand, Flyer, Besetzung", t),
            N, "de", "internal",
            "trap: campus health-day planning (blood pressure, mental health flyer), no person's data")


def m005():
    t = """Dear Dr Vahlsing,

thank you for your e-mail of 11 September.

You are the policyholder of the family health contract KV 30 441827, and
your daughter Mara (born 02.05.2003) is an insured person under tariff
AT-Student. We have now processed the invoices you sent for her:

  Dipl.-Psych. Henrike Saathoff, psychotherapy practice
  GOÄ 870, 10 sessions in July/August 2024        1,005.20 EUR
  reimbursed (80 % per tariff AT-Student)           804.16 EUR

The approval from April covers 25 sessions of behavioural therapy in
total; 16 of them have now been used. If further sessions are needed
after that, we will need a short follow-up report from the therapist
(form PT-2, which she can send us directly).

Please note: Mara turned 21 this year. For data protection reasons we
will send future letters about her treatment to her directly, unless
she gives us written authorisation to keep writing to you. The form is
available in our customer portal.

Kind regards

Dr Sabine Ortlieb
Health Claims - Outpatient
Weserstein Krankenversicherung AG
"""
    q = """
> From: Reinhard Vahlsing <r.vahlsing@vahlsing-partner.example>
> Sent: 11 September 2024 21:04
> Subject: Invoices Mara
>
> Dear Sir or Madam,
> please find attached my daughter's therapy invoices for the summer.
> We are still waiting for the refund for May. Could you please also
> tell me how many sessions are left? She does not like to deal with
> this herself at the moment.
> Best regards, R. Vahlsing
"""
    return (mail(5, "Dr Sabine Ortlieb <sabine.ortlieb@weserstein-versicherung.example>",
                 "Reinhard Vahlsing <r.vahlsing@vahlsing-partner.example>",
                 "RE: Invoices Mara", t + q),
            S, "en", "insurer-to-parent",
            "father as policyholder told about adult daughter's psychotherapy sessions and refund")


def m006():
    t = """Dear Mr Kranz,

as requested, please find below the confirmation for your landlord.

  CONFIRMATION OF PERSONAL LIABILITY INSURANCE

  Policyholder:    Tobias Kranz
  Address:         Am Deich 41, room 12, 28199 Bremen
  Policy no.:      PH-4471-208839
  Cover period:    01/10/2024 until further notice
  Sum insured:     EUR 10,000,000 lump sum for personal injury and
                   property damage
  Included:        damage to rented living space (Mietsachschäden),
                   loss of third-party keys up to EUR 30,000

You can forward this e-mail to Ms Degen from the property management
as it is; a signed PDF is also available in Mein Weserstein under
"Documents".

Kind regards
Jana Pohlmann
Customer Service "Start"
Weserstein Versicherung AG
"""
    return (mail(6, "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "tobias.kranz@posteo-mail.example",
                 "Your liability insurance confirmation for the landlord", t),
            C, "en", "insurer-to-customer",
            "liability cover confirmation naming the student, address and policy number")


def m007():
    t = """Hallo,

Sie haben sich gerade bei Mein Weserstein registriert.

Ihr Einmal-Passwort lautet: 7Rk-4qP-92z

Es ist 30 Minuten gültig. Bitte vergeben Sie nach der ersten Anmeldung
ein eigenes Passwort und hinterlegen Sie eine Sicherheitsfrage.

Sie haben sich nicht registriert? Dann ignorieren Sie diese Nachricht
einfach. Wir fragen Sie niemals per E-Mail oder Telefon nach Ihrem
Passwort.

Ihr Weserstein-Team

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse
werden nicht gelesen.
"""
    return (mail(7, "Mein Weserstein <noreply@weserstein-versicherung.example>",
                 "f.hollmann2006@webpost.example",
                 "Ihr Einmal-Passwort für Mein Weserstein", t),
            N, "de", "insurer-to-customer",
            "trap: portal one-time password mail, no contract or personal data")


def m008():
    t = """Sehr geehrter Herr Hollmann,

vielen Dank für Ihren Antrag auf unsere Berufsunfähigkeitsversicherung
"Start-BU für Auszubildende" (Antragsnummer A-BU-2024-118402).

Bei der Prüfung Ihrer Gesundheitsangaben haben wir noch Rückfragen.
Sie haben Frage 4 ("Wurden Sie in den letzten 5 Jahren psychotherapeutisch
behandelt?") mit "ja" beantwortet und angegeben:

   "2022 ca. 15 Termine bei einer Psychotherapeutin wegen Prüfungsangst,
    abgeschlossen"

Aus dem Auszug Ihrer Krankenkasse, den Sie beigefügt haben, ergibt sich
die Diagnose F41.1 (generalisierte Angststörung) bis 03/2023. Damit wir
entscheiden können, benötigen wir bitte:

- den Fragebogen "Psychische Erkrankungen" (liegt bei), vollständig
  ausgefüllt und unterschrieben,
- einen kurzen Abschlussbericht der behandelnden Psychotherapeutin
  (die Kosten übernehmen wir bis 50 EUR),
- Angaben zu eingenommenen Medikamenten, falls vorhanden.

Bis dahin stellen wir den Antrag zurück. Ihr Ausbildungsvertrag als
Kfz-Mechatroniker bei der Autohaus Tewes GmbH liegt uns vor, der
Beitrag würde sich nach aktueller Kalkulation auf 31,84 EUR monatlich
belaufen (BU-Rente 1.200 EUR).

Wenn Sie Fragen haben, rufen Sie mich gern an.

Freundliche Grüße

Henrike Janssen
Risikoprüfung Leben/BU
Weserstein Lebensversicherung AG
Tel. 0421 98765-512
"""
    return (mail(8, "Henrike Janssen <henrike.janssen@weserstein-versicherung.example>",
                 "Finn Hollmann <f.hollmann2006@webpost.example>",
                 "Ihr BU-Antrag A-BU-2024-118402 – Rückfragen zu den Gesundheitsangaben", t),
            S, "de", "insurer-to-applicant",
            "disability underwriting of an apprentice: psychotherapy and ICD F41.1")


def m009():
    t = """Sehr geehrte Frau Tewes,

danke für die schnelle Meldung. Ich habe den Schaden zu Ihrem
Flottenvertrag angelegt:

Schadennummer     KF-S-2024-226104
Fahrzeug          VW Caddy, OL-AT 412 (Werkstattwagen)
Fahrer            Kevin Rademacher, Auszubildender 2. Lehrjahr
Hergang           Rangieren auf dem Kundenparkplatz, Anstoß an
                  Poller, Stoßfänger hinten und Heckklappe
Personenschaden   laut Ihrer Meldung keiner

Da nur Ihr eigenes Fahrzeug beschädigt ist, läuft das über die
Vollkasko (SB 500 EUR). Sie können den Schaden in Ihrer eigenen
Werkstatt beheben, bitte schicken Sie uns vorher den Kostenvoranschlag.

Ob Sie den Fall Herrn Rademacher gegenüber arbeitsrechtlich
berücksichtigen, ist natürlich Ihre Sache, für uns ist die Meldung
damit vollständig.

Mit freundlichen Grüßen
Melis Aydın
Kfz-Schaden Firmenkunden
Weserstein Versicherung AG
"""
    return (mail(9, "Melis Aydın <melis.aydin@weserstein-versicherung.example>",
                 "Anke Tewes <a.tewes@autohaus-tewes.example>",
                 "Schaden Werkstattwagen OL-AT 412", t),
            C, "de", "insurer-to-employer",
            "fleet motor claim naming the apprentice driver, plate and claim number; nobody hurt")


def m010():
    t = """Ticket INC-2024-33871 | Priority: P3 | Status: in progress

Summary: Upload of enrolment certificate (Immatrikulationsbescheinigung)
fails in portal when file > 10 MB

Steps to reproduce:
1. Log in with test account qa-student-07 (test environment only)
2. My contracts > Liability > "Submit proof of studies"
3. Upload a scanned PDF of ~12 MB
4. Spinner runs forever, no error message

Expected: error "file too large (max. 10 MB)" or compression.
Seen by service desk 14 times this week, peak at semester start.

Workaround for service agents: ask customers to send the certificate
via the upload link in the letter, or as smartphone photo (JPEG).

Assigned to: Portal Team (Lukas Brandt)
"""
    return (mail(10, "IT Service Desk <servicedesk@weserstein-versicherung.example>",
                 "portal-team@weserstein-versicherung.example",
                 "[INC-2024-33871] Upload of enrolment certificate fails > 10 MB", t),
            N, "en", "internal",
            "trap: IT ticket about enrolment certificate uploads, test account, no customer")


def m011():
    t = """Hi Katrin,

forwarding this one from the Campus Global mailbox, can you take it?
She's in Dublin, so reply in English please.

Cheers, Jana

-------- Forwarded Message --------
Subject: broke my wrist - what do I do now?? policy AKV-2024-0402915
Date: Sun, 29 Sep 2024 02:13:40 +0100
From: Hannah Wübbena <hannah.wuebbena@mail.tcd-student.example>
To: campus-global@weserstein-versicherung.example

Hi,

sorry for writing so late (or early). I'm on my Erasmus semester in
Dublin and I fell down the stairs at a house party tonight and my
wrist is definitely broken, they did an x-ray at the A&E at
St. Brigid's and said it's a distal radius fracture, they put a cast
on and want me to come back Tuesday for the fracture clinic, maybe
surgery with a plate.

I had to pay 100 euro for the A&E up front and the x-ray was another
60 or so. Do I have to pay the surgery myself first??? I don't have
that much money on my card. Also they gave me codeine and I'm not
sure if I can keep going to lectures next week.

My insurance number is AKV-2024-0402915, date of birth 17/03/2004.
Photos of the receipts attached (I hope they're readable).

Thanks so much
Hannah
"""
    return (mail(11, "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "Katrin Wessels <katrin.wessels@weserstein-versicherung.example>",
                 "Fwd: broke my wrist - what do I do now?? policy AKV-2024-0402915", t),
            S, "en", "customer",
            "forwarded student mail: wrist fracture after party, surgery, medication, birth date")


def m012():
    t = """Weserstein Start – Dein Vorteil zum Ausbildungsbeginn

Hallo und willkommen im Berufsleben!

Neue Arbeit, neues Geld, neue Fragen. Mit Weserstein Start bekommst
Du bis zum 30.11.2024 als Azubi oder dual Studierende/r:

  20 % Nachlass auf die Unfallversicherung Start
  Start-BU schon ab 5 EUR im Monat in den ersten zwei Ausbildungsjahren*
  Privathaftpflicht Single für 3,90 EUR monatlich

Warum eine BU schon jetzt? Jede vierte Berufsunfähigkeit beginnt vor
dem 40. Lebensjahr, häufigste Ursachen sind psychische Erkrankungen
und Rückenleiden. Je jünger und gesünder Du beim Abschluss bist, desto
günstiger bleibt der Beitrag.

Jetzt in 5 Minuten online berechnen:
https://www.weserstein-versicherung.example/start

* Anfangsbeitrag bei Einstiegsoption, Beruf Bürokauffrau/-mann,
  BU-Rente 1.000 EUR, Eintrittsalter 17. Beitrag steigt planmäßig ab
  dem 3. Versicherungsjahr.

Weserstein Versicherung AG · Am Speicherhafen 12 · 28217 Bremen
Abmelden: https://www.weserstein-versicherung.example/newsletter/abmelden
"""
    return (mail(12, "Weserstein Start <start@weserstein-versicherung.example>",
                 "azubi-newsletter@lists.weserstein-versicherung.example",
                 "20 % zum Ausbildungsstart – Unfall, BU und Haftpflicht für Azubis", t),
            N, "de", "newsletter",
            "trap: student/apprentice offer mentioning BU, mental illness statistics, no person")


def m013():
    t = """Sehr geehrte Frau Thiele,
sehr geehrter Herr Thiele,

wie besprochen haben wir die Übertragung des Schadenfreiheitsrabatts
geprüft.

Abgebende Person:   Gisela Thiele, geb. 19.08.1949
                    Vertrag KF 7720 118345 (VW Golf VII, HB-GT 711)
                    SF-Klasse 25, seit 2021 keine eigenen Fahrten mehr
Übernehmende Person: Paul Thiele, geb. 04.01.2005
                    Führerschein Klasse B seit 12.02.2023

Übertragen werden können nur so viele schadenfreie Jahre, wie Paul
selbst seit Erwerb der Fahrerlaubnis hätte erreichen können, also
SF 1. Die übrigen Jahre verfallen, das lässt sich leider nicht ändern.
Frau Thiele, Ihr Vertrag wird danach zum 30.09.2024 beendet.

Neuer Vertrag ab 01.10.2024 für Paul:
  VW Golf VII, Kennzeichen bleibt HB-GT 711
  Haftpflicht SF 1 (...), Teilkasko SB 150 EUR
  Jahresbeitrag 1.184,20 EUR, Zahlung vierteljährlich

Bitte unterschreiben Sie beide die beigefügte Übertragungserklärung
(Formular K-112) und senden Sie sie uns zurück. Bei Fragen erreichen
Sie mich unter 0421 98765-265.

Mit freundlichen Grüßen
Melis Aydın
Kfz-Service Privatkunden
"""
    return (mail(13, "Melis Aydın <melis.aydin@weserstein-versicherung.example>",
                 "gisela.thiele@t-netz.example",
                 "SF-Übertragung Oma an Enkel – KF 7720 118345", t,
                 cc="paul.thiele05@webpost.example"),
            C, "de", "insurer-to-customer",
            "motor no-claims transfer with birth dates of grandmother and grandson, plates")


def m014():
    t = """Sehr geehrte Frau Sandkühler,

zu Ihrer Unfallmeldung vom 02.07.2024 (Unfallversicherung UV 55208114)
liegt uns nun das Gutachten von Dr. med. Carsten Imholt vor.

Unfallhergang: Verdrehtrauma des linken Knies beim Hochschulsport
(Handball), 19.06.2024.
Diagnose: vordere Kreuzbandruptur links mit Innenmeniskusläsion,
operative Versorgung (VKB-Plastik) am 08.07.2024 im Klinikum Lindhaven.

Der Gutachter schätzt die dauerhafte Funktionsbeeinträchtigung auf
2/20 Beinwert. Bei einer Grundsumme von 100.000 EUR und dem Beinwert
von 70 % nach Gliedertaxe ergibt sich:

  100.000 EUR x 70 % x 2/20 = 7.000 EUR Invaliditätsleistung

Zusätzlich zahlen wir das vereinbarte Krankenhaustagegeld für 4 Tage
(4 x 30 EUR = 120 EUR). Die Überweisung erfolgt in den nächsten Tagen.

Sie können innerhalb von drei Jahren nach dem Unfall eine erneute
Bemessung verlangen, falls sich der Zustand verschlechtert.

Mit freundlichen Grüßen

Katrin Wessels
Leistung Unfall
Weserstein Versicherung AG
"""
    return (mail(14, "Leistung Unfall <leistung-unfall@weserstein-versicherung.example>",
                 "Marie Sandkühler <marie.sandkuehler@studmail.uni-lindhaven.example>",
                 "Ihre Unfallversicherung UV 55208114 – Invaliditätsleistung", t, cte="8bit"),
            S, "de", "insurer-to-customer",
            "accident insurance: ACL rupture at university sport, surgery, invalidity payment")


def m015():
    t = """Thank you for your message.

I am at the Lindhaven university job fair until Friday 11 October and
will read my e-mails from Monday 14 October.

For questions about student offers please contact campus@weserstein-
versicherung.example. For claims, especially travel health claims
from abroad, please use our 24/7 emergency line +49 421 98765-9000.

Best regards
Florian Gerdes
"""
    return (mail(15, "Florian Gerdes <florian.gerdes@weserstein-versicherung.example>",
                 "careers@uni-lindhaven.example",
                 "Out of office: Florian Gerdes", t,
                 headers=[("Auto-Submitted", "auto-replied")]),
            N, "en", "insurer-to-university",
            "trap: out-of-office mentioning travel health claims, no person's data")


def m016():
    t = """Dear Mr Feldmann,

we are sorry to hear about the theft at your hostel in Lyon.

Claim number:  RG-2024-10-04417
Policy:        Travel package "Semester Abroad", RG-8812-055106
Item:          laptop Lenovo ThinkPad E14, purchased 03/2023 for 799 EUR
Incident:      theft from locked locker, Auberge Croix-Rousse, 28/09/2024

Your baggage cover pays the current value of items that are stolen
from a locked room or locker. For a laptop that is 18 months old, we
calculate 60 % of the purchase price, i.e. 479.40 EUR.

Before we can pay, please send us:
- the police report (récépissé de dépôt de plainte) you mentioned,
- the hostel's written confirmation of the break-in,
- the purchase receipt.

The payment will go to the account you gave in your claim form.

Kind regards
Timo Behrends
Claims Travel & Baggage
Weserstein Versicherung AG
"""
    return (mail(16, "Timo Behrends <timo.behrends@weserstein-versicherung.example>",
                 "jakob.feldmann@studmail.hs-ostmarsch.example",
                 "Your claim RG-2024-10-04417 - stolen laptop", t),
            C, "en", "insurer-to-customer",
            "travel baggage claim of a named student, no health content")


def m017():
    t = """Hallo Bernd,

anbei wie gewünscht die Auswertung Sportunfälle in der Unfallversicherung
Start (Versicherte 18-29, Schadenjahr 2023) für den Vortrag beim
Hochschulsport-Symposium. Alles aggregiert, Felder < 5 Fälle sind
unter "sonstige" zusammengefasst, keine Schadennummern.

Auffällig: Fußball und Handball machen zusammen gut die Hälfte aus,
Knie ist mit Abstand die häufigste Körperregion. Bouldern ist
gegenüber 2021 deutlich gestiegen.

Die Folien mache ich bis Mittwoch fertig.

Grüße
Lina

Lina Tammen
Produktmanagement Unfall
"""
    rows = [["Sportart", "Fälle", "Anteil", "davon Knie", "Ø Leistung EUR"],
            ["Fußball", 412, "31,2 %", 188, 3120],
            ["Handball", 259, "19,6 %", 121, 3410],
            ["Bouldern/Klettern", 143, "10,8 %", 17, 2280],
            ["Volleyball", 98, "7,4 %", 22, 1650],
            ["Ski/Snowboard", 121, "9,2 %", 54, 4870],
            ["Radfahren (Sport)", 87, "6,6 %", 9, 2990],
            ["Fitness/Kraftsport", 64, "4,8 %", 6, 1120],
            ["sonstige", 137, "10,4 %", 31, 2050],
            ["Summe", 1321, "100 %", 448, 2960]]
    return (mail(17, "Lina Tammen <lina.tammen@weserstein-versicherung.example>",
                 "Bernd Klüver <bernd.kluever@weserstein-versicherung.example>",
                 "Auswertung Sportunfälle 18-29 für Symposium", t,
                 atts=[("Sportunfaelle_Start_2023.xlsx",) + XLSX_T + (xlsx(rows, "Sportunfälle 2023"),)]),
            N, "de", "internal",
            "trap: aggregated sports-injury statistics in XLSX, small cells merged, no person")


def m018():
    t = """Sehr geehrte Frau Ahlers,

Ihr Sohn Jonas ist in Ihrem Beihilfe-Ergänzungsvertrag KV 30 559012
im Tarif BE-Kind 20 % mitversichert. Sie hatten gefragt, was sich mit
dem Ende seines Studiums ändert.

Der Anspruch auf Beihilfe für Jonas endet, sobald er nicht mehr im
Familienzuschlag berücksichtigt wird, spätestens mit Vollendung des
25. Lebensjahres am 13.03.2025. Ab dann muss er sich selbst
versichern. Möglich sind:

a) Fortführung bei uns im Tarif Start-Voll 100 % ohne erneute
   Gesundheitsprüfung, wenn der Antrag innerhalb von zwei Monaten nach
   Ende der Beihilfe gestellt wird;
b) Wechsel in die gesetzliche Krankenversicherung, wenn er dann
   versicherungspflichtig beschäftigt ist.

Die zuletzt eingereichte Rechnung (Augenoptik Fielmeyer, Brillengläser
-4,25 / -4,0 dpt., 389 EUR) haben wir mit 77,80 EUR erstattet; der
Rest entfällt auf die Beihilfe.

Da Jonas volljährig ist, schicken wir ihm eine Kopie dieses Schreibens.

Mit freundlichen Grüßen
Dr. Sabine Ortlieb
Leistung Kranken
Weserstein Krankenversicherung AG
"""
    return (mail(18, "Dr. Sabine Ortlieb <sabine.ortlieb@weserstein-versicherung.example>",
                 "birgit.ahlers@niedersachsen-post.example",
                 "Mitversicherung Jonas – Ende Beihilfe und Fortführung", t,
                 cc="jonas.ahlers@studmail.uni-lindhaven.example"),
            S, "de", "insurer-to-parent",
            "health contract of a student son: end of Beihilfe, glasses prescription, refund")


def m019():
    t = """Hallo Frau Doğan,

danke, das neue SEPA-Lastschriftmandat ist angekommen und ab der
nächsten Fälligkeit aktiv.

Kontoinhaberin:  Selin Doğan
IBAN:            DE17 7432 2090 8761 9340 46
Mandatsreferenz: WS-PH-4471-311902-02
Verträge:        Privathaftpflicht Single PH-4471-311902,
                 Hausrat Start HR-5520-801477
Abbuchung:       jeweils am 1. des Monats, zusammen 8,70 EUR

Die alte Bankverbindung bei Ihrer Mutter haben wir gelöscht.

Viele Grüße
Jana Pohlmann
Kundenservice Start
"""
    return (mail(19, "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "selin.dogan@mailbox.example",
                 "Neues Lastschriftmandat bestätigt", t),
            C, "de", "insurer-to-customer",
            "SEPA mandate with the student's IBAN and contract numbers")


def m020():
    t = """Dear HR partners,

we'd like to invite you to our next partner webinar:

"Mental health in the first job - how employers can support
apprentices and graduates"

Speakers: a company health manager from a logistics firm and our
own team for group income protection. No case studies with real
people, only what works and what doesn't.

Date: Wednesday, 23 October 2024, 14:00-15:00 CEST
The calendar invite is attached; the dial-in link follows one day
before the event.

Kind regards
Nadine Kruse
Corporate Clients / Employee Benefits
Weserstein Versicherung AG
"""
    ics = crlf("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weserstein Versicherung//Partnerwebinar//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:webinar-2024-10-23-mentalhealth@weserstein-versicherung.example
DTSTAMP:20240912T080000Z
DTSTART:20241023T120000Z
DTEND:20241023T130000Z
SUMMARY:Webinar: Mental health in the first job
DESCRIPTION:Partner webinar for HR departments. Dial-in link follows.
LOCATION:Online
ORGANIZER;CN=Nadine Kruse:mailto:nadine.kruse@weserstein-versicherung.example
END:VEVENT
END:VCALENDAR
""").encode()
    return (mail(20, "Nadine Kruse <nadine.kruse@weserstein-versicherung.example>",
                 "hr-partner@lists.weserstein-versicherung.example",
                 "Invitation: webinar 'Mental health in the first job' on 23 Oct", t,
                 atts=[("webinar_mental_health.ics", "text", "calendar", ics)]),
            N, "en", "newsletter",
            "trap: webinar invite on mental health for HR partners, ICS, no person")


def m021():
    t = """Dear Ms Ferrero,

as requested by our customer, we confirm the health insurance cover of
your incoming exchange student. The signed confirmation is attached as
PDF; the key data are:

  Name:            Johanna Riedesel
  Date of birth:   22/11/2002
  Home university: Hansische Universität Lindhaven
  Policy:          International student health insurance "Campus
                   Global", AKV-2024-0377610
  Cover:           01/09/2024 - 28/02/2025, worldwide excl. USA/Canada,
                   inpatient and outpatient treatment, medical
                   repatriation, no deductible
  Pre-existing:    exclusion for treatment of the known type 1
                   diabetes has been waived (insulin and supplies
                   are covered)

If the Oficina de Relaciones Internacionales needs a Spanish version,
please let me know.

Kind regards
Katrin Wessels
Travel & International Health
Weserstein Krankenversicherung AG
"""
    p = pdf(["Weserstein Krankenversicherung AG - Am Speicherhafen 12 - 28217 Bremen",
             "",
             "CONFIRMATION OF HEALTH INSURANCE / CERTIFICADO DE SEGURO MEDICO",
             "",
             "Insured person: Johanna Riedesel, born 22/11/2002",
             "Address in Germany: Wallstraße 9, 26122 Oldenburg",
             "Policy number: AKV-2024-0377610, tariff Campus Global",
             "Period of cover: 01/09/2024 - 28/02/2025",
             "Scope: outpatient and inpatient treatment, medication, emergency dental",
             "treatment, medically necessary repatriation. No deductible.",
             "Special agreement: pre-existing type 1 diabetes included (insulin, sensors).",
             "",
             "Bremen, 16/09/2024",
             "Weserstein Krankenversicherung AG - International Health"],
            "Confirmation of insurance")
    return (mail(21, "Katrin Wessels <katrin.wessels@weserstein-versicherung.example>",
                 "Lucia Ferrero <lferrero@ori.uni-valdemora.example>",
                 "Confirmation of health insurance - J. Riedesel", t,
                 atts=[("Confirmation_AKV-2024-0377610.pdf", "application", "pdf", p)]),
            S, "en", "insurer-to-university",
            "health insurance confirmation to a foreign university with birth date and diabetes")


def m022():
    t = """Hallo Frau Pohlmann,

anbei die Mail von Herrn Janßen, er hat für seine Kundin
Startpaket Haftpflicht + Hausrat angefragt. Können Sie das Angebot
rechnen? Danke!

Gruß Till (Maklerbetreuung)

----- Weitergeleitet von Heiko Janßen -----
Von: Heiko Janßen <info@janssen-finanzkontor.example>
Gesendet: Montag, 16. September 2024 09:12
Betreff: Anfrage Startpaket Laura Meents

Moin,

ich hätte gern ein Angebot für meine Kundin:

Laura Meents, geb. 30.06.2006
Ausbildung zur Pflegefachfrau seit 01.08.2024, Klinikum Ammerland
Ausbildungsvergütung lt. Vertrag 1.340,69 EUR brutto (1. Jahr)
zieht zum 01.10. in eine WG: Friesenstr. 17, 26655 Westerstede

Gewünscht: Privathaftpflicht Single mit Schlüsselverlust, Hausrat
VS 15.000 EUR inkl. Fahrrad (Gazelle, ca. 900 EUR).
Bisher über die Eltern mitversichert (bei der Allgemeinen Nord),
die Mitversicherung endet mit dem eigenen Hausstand.

Courtage wie gehabt über Vermittlernummer 44719.

Mit freundlichem Gruß
Heiko Janßen
Versicherungsmakler
Janßen Finanzkontor e.K.
"""
    return (mail(22, "Till Evers <till.evers@weserstein-versicherung.example>",
                 "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "WG: Anfrage Startpaket Laura Meents", t, charset="windows-1252"),
            C, "de", "broker",
            "broker request with apprentice's birth date, training pay and new address")


def m023():
    t = """Hallo Herr Busch,

danke für Ihre Frage über unser Kontaktformular.

Grundsätzlich gilt in den meisten Familien-Haftpflichtverträgen, auch
bei uns: Unverheiratete Kinder sind mitversichert, solange sie sich in
der ersten Ausbildung befinden – Schule, Ausbildung oder Studium,
auch ein Bachelor mit direkt anschließendem Master. Wartezeiten wie ein
Freiwilliges Soziales Jahr oder Bundesfreiwilligendienst unterbrechen
das in der Regel nicht.

Die Mitversicherung endet typischerweise, wenn
- die erste Ausbildung abgeschlossen ist und ein Job beginnt,
- das Kind heiratet oder
- nach dem Ende der Ausbildung eine Übergangsfrist abgelaufen ist.

Ein eigener Wohnsitz in einer WG ist für die Haftpflicht meist kein
Problem. Bei der Hausratversicherung der Eltern ist das anders: Dort
gilt die sogenannte Außenversicherung nur, solange das Kind noch zum
Haushalt der Eltern gehört.

Wie das in Ihrem eigenen Vertrag (bei welchem Versicherer auch immer)
geregelt ist, steht in den Bedingungen unter "Mitversicherte Personen".
Gern rechnen wir Ihnen auch ein Angebot für einen eigenen Vertrag.

Freundliche Grüße
Jana Pohlmann
Kundenservice Start
Weserstein Versicherung AG
"""
    return (mail(23, "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "m.busch@freenet-mail.example",
                 "Ihre Frage: Haftpflicht während des Studiums", t),
            N, "de", "insurer-to-customer",
            "trap: generic product answer to a prospect about family liability, no contract data")


def m024():
    t = """Hi Sabine,

bitte mal prüfen, Rechnung kam per Post, ist eingescannt (Anhang).
Tarif AT-Student, Genehmigung liegt meines Wissens vor.

Danke
Ronja
"""
    p = pdf(["Dipl.-Psych. Henrike Saathoff - Psychologische Psychotherapeutin",
             "Praxis für Verhaltenstherapie, Kurze Str. 4, 26122 Oldenburg",
             "",
             "Rechnung Nr. 2024-0917",
             "Patient: Mara Vahlsing, geb. 02.05.2003, Ostertorsteinweg 55, 28203 Bremen",
             "Versicherung: Weserstein Krankenversicherung AG, KV 30 441827",
             "",
             "Diagnose: F32.1 Mittelgradige depressive Episode",
             "",
             "Datum       GOÄ   Leistung                               Faktor   Betrag",
             "02.09.2024  870   Verhaltenstherapie Einzelbehandlung     2,3     100,52",
             "09.09.2024  870   Verhaltenstherapie Einzelbehandlung     2,3     100,52",
             "16.09.2024  870   Verhaltenstherapie Einzelbehandlung     2,3     100,52",
             "23.09.2024  870   Verhaltenstherapie Einzelbehandlung     2,3     100,52",
             "",
             "Gesamtbetrag                                                      402,08 EUR",
             "Zahlbar innerhalb von 30 Tagen auf DE32 8071 6736 7921 1503 77"],
            "Rechnung 2024-0917")
    return (mail(24, "Ronja Siebels <ronja.siebels@weserstein-versicherung.example>",
                 "Dr. Sabine Ortlieb <sabine.ortlieb@weserstein-versicherung.example>",
                 "Rechnung Psychotherapie z.K.", t,
                 atts=[("Scan_20240926_0913.pdf", "application", "pdf", p)]),
            S, "de", "internal",
            "harmless body; attached PDF invoice with student's depression diagnosis F32.1")


def m025():
    t = """Hi all / Hallo zusammen,

packing list for the Ersti-Tüten (1.200 Stück, Packen am Dienstag ab
9 Uhr im Lager, Raum E.14):

- Flyer Startpaket DE + EN (Stapel liegt schon da)
- Pflasterset "Weserstein hilft" – 1 per bag
- Traubenzucker 2x
- Kondome: NICHT reinlegen, hat Marketing gestrichen (sorry, Marco)
- Fahrradklingel mit Logo
- Postkarte "Bist du noch über deine Eltern versichert?" with QR code
- Gutschein Mensa-Kaffee (Studierendenwerk sponsored)

Bitte bring your own scissors, und wer Zeit hat: Pizza gibt's um 12.

Danke! / Thanks!
Svenja
"""
    return (mail(25, "Svenja Reents <svenja.reents@weserstein-versicherung.example>",
                 "team-campus@weserstein-versicherung.example",
                 "Ersti-Tüten packing list / Packliste Dienstag", t),
            N, "mixed", "internal",
            "trap: give-away packing list (plasters, insurance postcard), no person")

# ------------------------------------------------------------------ mails 26-50
def m026():
    t = """Dear Mr Adeyemi,

congratulations on your first car! Here is the electronic insurance
confirmation (eVB) you need for the registration office:

  eVB number:  K7Q4M2X
  valid for:   registration until 15/11/2024
  Vehicle:     Opel Corsa D, VIN W0L0SDL6894417723

About your question on the driving licence: your Nigerian licence is
valid in Germany for six months after you registered your residence
here (you wrote: 01/04/2024). After that you need a German licence,
otherwise you would be driving without a valid licence and we could
take recourse against you after an accident. Please send us a copy of
the German licence as soon as you have it.

Because you cannot prove claim-free years with a German or EU insurer,
we start your contract in class 0. The letter from your insurer in
Lagos cannot be taken into account, sorry.

Your premium: third-party liability + partial cover (deductible
150 EUR), 1,412.60 EUR per year, paid monthly: 117.72 EUR.
Policy number after registration: KF 7720 240188.

Kind regards
Melis Aydın
Motor Insurance - Private Customers
Weserstein Versicherung AG
"""
    return (mail(26, "Melis Aydın <melis.aydin@weserstein-versicherung.example>",
                 "Chinedu Adeyemi <c.adeyemi@studmail.hs-ostmarsch.example>",
                 "Your eVB for the Opel Corsa", t),
            C, "en", "insurer-to-customer",
            "first car of an international student: eVB, VIN, licence history, premium")


def m027():
    t = """Hallo Herr Nietfeld,

die Rechnung der MKG-Praxis Dr. Lüken & Kollegen zur Entfernung Ihrer
vier Weisheitszähne (Eingriff am 05.09.2024 in Sedierung) haben wir
geprüft:

GOZ 3030 / 3040 operative Entfernung, 4 Zähne   1.036,48 EUR
GOÄ 5004 OPG (Panoramaaufnahme)                    52,46 EUR
Sedierung / Anästhesie                           248,20 EUR
Material, Naht                                    61,30 EUR
---------------------------------------------------------------
Rechnungsbetrag                                1.398,44 EUR
davon Vorleistung Ihrer Krankenkasse (AOK)       412,00 EUR
Erstattung aus Zahnzusatz Start ZS-90           887,79 EUR

Die Sedierung ist in Ihrem Tarif nur zu 90 % erstattungsfähig, daher die
Differenz. Die Zahlung geht an Sie, nicht an die Praxis.

Gute Besserung – und viel Erfolg beim Berufsstart!

Mit freundlichen Grüßen
Ronja Siebels
Leistung Zahn
Weserstein Krankenversicherung AG
"""
    return (mail(27, "Ronja Siebels <ronja.siebels@weserstein-versicherung.example>",
                 "jan.nietfeld@webpost.example",
                 "Erstattung Weisheitszahn-OP", t),
            S, "de", "insurer-to-customer",
            "dental supplementary claim: wisdom tooth surgery under sedation, amounts")


def m028():
    t = """PRESSEMITTEILUNG

Studie: Zwei von fünf Studierenden fühlen sich dauerhaft gestresst –
Weserstein unterstützt Beratungsangebot der Studierendenwerke

Bremen, 01. Oktober 2024. 41 Prozent der Studierenden in Norddeutschland
fühlen sich im Semester "häufig" oder "sehr häufig" gestresst, 23
Prozent geben an, schon einmal wegen psychischer Belastung eine
Prüfung verschoben zu haben. Das ist das Ergebnis einer Online-Befragung
von 2.107 Studierenden, die das Institut für Hochschulforschung
Lindhaven im Auftrag der Weserstein Versicherung im Juni 2024
durchgeführt hat.

Am häufigsten genannte Belastungen: Geldsorgen (58 %), Prüfungsdruck
(54 %), Wohnungssuche (37 %). Nur 19 Prozent kennen die psychologische
Beratungsstelle ihres Studierendenwerks.

"Viele junge Menschen warten zu lange, bis sie sich Hilfe holen",
sagt Dr. Arne Kötter, Vorstand Kranken der Weserstein. Die Weserstein
fördert deshalb ab dem Wintersemester die Online-Sprechstunde der
Studierendenwerke in Bremen und Oldenburg mit 150.000 Euro.

Methodik: Online-Panel, gewichtet nach Hochschulart und Geschlecht;
die Daten liegen nur anonymisiert vor.

Pressekontakt:
Maren Deetjen, Unternehmenskommunikation
presse@weserstein-versicherung.example, 0421 98765-100
"""
    return (mail(28, "Maren Deetjen <presse@weserstein-versicherung.example>",
                 "redaktion@nordwest-kurier.example",
                 "PM: Studie Stress im Studium – Weserstein fördert Online-Sprechstunde", t),
            N, "de", "insurer-to-partner",
            "trap: press release with mental-health survey aggregates, no individual")


def m029():
    t = """Sehr geehrter Herr Lammers,

Sie möchten künftig die Beiträge für den Hausratvertrag Ihrer Tochter
übernehmen. Das geht, Versicherungsnehmerin bleibt aber Ihre Tochter.

Vertrag:        Hausrat Start HR-5520-772305
Versicherungsnehmerin: Amelie Lammers, Marienstr. 3, 49074 Osnabrück
Beitrag:        4,80 EUR monatlich

Neue Bankverbindung (Beitragszahler):
Kontoinhaber:   Frank Lammers
IBAN:           DE79 1760 8125 0374 3009 80

Für die Lastschrift brauchen wir noch Ihr unterschriebenes
SEPA-Mandat (liegt als Formular bei, einfach zurückfaxen oder
abfotografieren). Schadenmeldungen und Vertragsänderungen muss weiterhin
Amelie selbst machen oder Sie per Vollmacht beauftragen.

Freundliche Grüße
Jana Pohlmann
Kundenservice Start
"""
    return (mail(29, "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "frank.lammers@lammers-haustechnik.example",
                 "Beitragszahler für Vertrag HR-5520-772305", t,
                 cc="amelie.lammers@uni-os-student.example"),
            C, "de", "insurer-to-parent",
            "father pays daughter's household premium: father's IBAN, daughter's contract")


def m030():
    t = """Dual study programme "Insurance & Finance" (B.A.) - start 1 August 2025

Weserstein Versicherung AG, Bremen | 3 places

What you do:
- 3 years, alternating between Hochschule Ostmarsch and our
  departments (motor, property, health claims, sales, IT)
- B.A. degree plus IHK qualification "Kaufmann/-frau für
  Versicherungen und Finanzanlagen"

What we offer:
- 1,350 / 1,450 / 1,550 EUR per month, tuition fees paid
- 30 days of holiday, flexible hours, job ticket, subsidised gym
- company health management incl. free mental health counselling
  (anonymous, external service)
- a buddy from the previous year

What you bring: Abitur or Fachhochschulreife, good German (B2) and
English, curiosity. No insurance background needed.

Apply by 31 January 2025 with CV and last two school reports via
https://karriere.weserstein-versicherung.example/dual

Questions? ausbildung@weserstein-versicherung.example
"""
    return (mail(30, "Ausbildung Weserstein <ausbildung@weserstein-versicherung.example>",
                 "jobs@careerservice.uni-lindhaven.example",
                 "Job posting: Dual study programme Insurance & Finance 2025", t),
            N, "en", "insurer-to-university",
            "trap: job ad with pay scale and health benefits, no individual")


def m031():
    t = """Hi Dirk,

need a second opinion on UV 55 301 772 (Leon Stürenburg, 20, student).

Facts so far:
- 31/08, around 01:30, at a private garden party in Vechta he fell
  from a pallet "stage" (~1.2 m) backwards onto the paving.
- ER report Krankenhaus St. Marien Vechta: concussion (S06.0),
  laceration back of the head, 2 nights observation.
- Blood alcohol measured on admission: 1.74 per mille. He says he
  had "a few beers" and slipped because the pallet was wet.
- He claims hospital daily allowance (2 days) and the "Gipspauschale"
  does not apply; he also mentions ongoing headaches and is seeing a
  neurologist next week, so a disability claim may follow.

Question: do we apply the exclusion for accidents caused by a
disturbance of consciousness due to alcohol? 1.74 is below the 1.1
"absolute" figure we use for drivers but for pedestrians our
guideline says we need evidence the alcohol caused the fall. The
witness (host) says the pallet was slippery and two others fell too.

My view: pay the daily allowance, keep the file open for the
neurology report. Do you agree?

Thanks
Katrin
"""
    return (mail(31, "Katrin Wessels <katrin.wessels@weserstein-versicherung.example>",
                 "Dirk Hoting <dirk.hoting@weserstein-versicherung.example>",
                 "UV 55 301 772 - alcohol exclusion?", t),
            S, "en", "internal",
            "accident claim discussion: concussion, blood alcohol level of a named student")


def m032():
    t = """Hallo Herr Wolters,

Schaden FR-S-2024-5523 (E-Bike Diebstahl, Bahnhof Leer) ist
reguliert: 2.180,00 EUR Neuwert abzgl. 0 EUR SB, Überweisung heute.

Schloss-Nachweis und Anzeige lagen vor, danke.

Gruß
T. Behrends
"""
    return (mail(32, "Timo Behrends <timo.behrends@weserstein-versicherung.example>",
                 "j.wolters@ostfriesen-mail.example",
                 "AW: E-Bike weg – FR-S-2024-5523", t),
            C, "de", "insurer-to-customer",
            "curt settlement note for a named customer's e-bike theft claim")


def m033():
    t = """Hallo zusammen,

anbei die überarbeitete Briefvorlage "Ende Mitversicherung Kind in der
Familienhaftpflicht" (F-HP-27, Version 3). Geändert:

- Übergangsfrist jetzt 12 Monate statt 6 (neues Bedingungswerk 2024)
- Hinweis auf das Startangebot für den eigenen Vertrag
- Datenschutzhinweis: Schreiben geht an VN, Kopie an das Kind, wenn
  volljährig

Bitte ab 01.10. nur noch diese Vorlage verwenden, die alte ist im DMS
gesperrt. Rückmeldungen bis Freitag an mich.

Gruß
Bernd Klüver
Produkt & Prozesse Sach/HUK
"""
    d = docx(["Weserstein Versicherung AG · Am Speicherhafen 12 · 28217 Bremen",
              "«Anrede» «Vorname» «Nachname»",
              "«Straße» «Hausnummer»",
              "«PLZ» «Ort»",
              "Ihre Privathaftpflichtversicherung «Vertragsnummer»",
              "«Anrede_lang»,",
              "nach unseren Unterlagen hat «Vorname_Kind» die erste Berufsausbildung bzw. das "
              "Studium am «Datum_Ende_Ausbildung» abgeschlossen.",
              "Die beitragsfreie Mitversicherung in Ihrem Vertrag endet deshalb nach einer "
              "Übergangsfrist von 12 Monaten am «Datum_Ende_Mitversicherung».",
              "Damit kein Versicherungsschutz fehlt, bieten wir «Vorname_Kind» den eigenen Vertrag "
              "Privathaftpflicht Single Start ohne Wartezeit an: «Beitrag_Start» EUR monatlich.",
              "Ist «Vorname_Kind» volljährig, senden wir eine Kopie dieses Schreibens direkt an "
              "«Vorname_Kind».",
              "Mit freundlichen Grüßen",
              "«Sachbearbeiter»"])
    return (mail(33, "Bernd Klüver <bernd.kluever@weserstein-versicherung.example>",
                 "team-sach-privat@weserstein-versicherung.example",
                 "Neue Vorlage F-HP-27: Ende Mitversicherung Kind", t,
                 atts=[("F-HP-27_Ende_Mitversicherung_v3.docx",) + DOCX_T + (d,)]),
            N, "de", "internal",
            "trap: letter template with «placeholders» about ending family cover")


def m034():
    t = """Hallo Frau Wessels,

der Befundbericht von Dr. Brüning zum Unfall Tjark Mennenga (Azubi
Dachdecker) ist gerade per Mail gekommen, ich lege ihn hier rein.
Brauchen Sie noch die Röntgenbilder?

Gruß
Ole Kramer, Posteingang Leistung

---------- Weitergeleitete Nachricht ----------
Von: Praxis Dr. med. Enno Brüning <praxis@unfallchirurgie-leer.example>
Datum: Di., 8. Okt. 2024 um 16:42
Betreff: Befundbericht Mennenga, Tjark, geb. 11.02.2006 – Ihr Az. UV 55 412 090
An: <leistung-unfall@weserstein-versicherung.example>

Sehr geehrte Damen und Herren,

anbei der angeforderte Befundbericht.

Patient: Tjark Mennenga, geb. 11.02.2006
Unfalltag: 14.08.2024, Sturz von einer Leiter (ca. 2,5 m) auf einer
Baustelle in Aurich während der Ausbildung.

Diagnosen:
- Calcaneusfraktur rechts (S92.0), operativ versorgt 15.08.2024
  (Plattenosteosynthese, Klinikum Aurich)
- Distorsion HWS (S13.4)

Verlauf: Teilbelastung mit 20 kg seit 26.09., Lymphdrainage und
Krankengymnastik 2x/Woche. Arbeitsunfähig voraussichtlich bis Ende
November. Eine Rückkehr auf das Dach ist aus heutiger Sicht offen;
ein Dauerschaden am Sprunggelenk ist nicht ausgeschlossen.

Der Fall wird parallel über die BG BAU geführt (Arbeitsunfall).

Mit freundlichen Grüßen
Dr. med. E. Brüning
Facharzt für Orthopädie und Unfallchirurgie, D-Arzt
"""
    return (mail(34, "Ole Kramer <ole.kramer@weserstein-versicherung.example>",
                 "Katrin Wessels <katrin.wessels@weserstein-versicherung.example>",
                 "WG: Befundbericht Mennenga, Tjark – Az. UV 55 412 090", t),
            S, "de", "doctor",
            "forwarded doctor's report on apprentice roofer's heel fracture, birth date")


def m035():
    t = """Hello,

you have a new message in your secure Weserstein mailbox.

For your protection, this e-mail does not contain the message itself.
Please log in at https://portal.weserstein-versicherung.example to read
it.

This is an automatically generated e-mail. Please do not reply.

Weserstein Versicherung AG
"""
    return (mail(35, "Weserstein SecureMail <securemail@weserstein-versicherung.example>",
                 "c.adeyemi@studmail.hs-ostmarsch.example",
                 "You have a new secure message", t, cte="7bit"),
            N, "en", "insurer-to-customer",
            "trap: portal notification without content")


def m036():
    t = """Dear Ms Okafor,

thank you for reporting the damage in your shared flat.

Claim no.:   PH-S-2024-118820
Policy:      Personal liability "Single Start", PH-4471-290315
Damage:      coffee spilled over flatmate's laptop (MacBook Air M1),
             17/09/2024, Humboldtstr. 12, Göttingen
Injured party: Mr Pascal Wenzel (flatmate)

Please note that liability cover applies to damage you cause to
others, including flatmates, as long as you are not living in one
household in the legal sense of "one shared household budget". From
what you wrote (separate rental contracts, separate food) this is
fine.

We need from Mr Wenzel: a repair estimate or a statement from a repair
shop that repair is not economical, and the purchase receipt. He can
send it directly to schaden-haftpflicht@weserstein-versicherung.example,
quoting the claim number. Nobody was hurt, so we don't need anything
else.

Kind regards
Timo Behrends
Liability Claims
"""
    return (mail(36, "Timo Behrends <timo.behrends@weserstein-versicherung.example>",
                 "grace.okafor@studmail.uni-goettingen-nord.example",
                 "Your claim PH-S-2024-118820 - flatmate's laptop", t),
            C, "en", "insurer-to-customer",
            "WG liability claim naming policyholder and flatmate, claim and policy numbers")


def m037():
    t = """Sehr geehrte Frau Schoon,

anbei die Versicherungsbescheinigung für Ihre Krankenkasse bzw. die
Hochschule, damit Sie von der Versicherungspflicht als Studentin
befreit werden können (§ 8 Abs. 1 Nr. 5 SGB V).

Bitte beachten Sie: Die Befreiung gilt für die gesamte Dauer des
Studiums und kann nicht widerrufen werden. Eine Rückkehr in die
gesetzliche Krankenversicherung ist erst wieder mit einer
versicherungspflichtigen Beschäftigung möglich.

  Versicherte:    Imke Schoon, geb. 27.07.2005
  Vertrag:        KV 30 612004, Tarif Start-Voll 100 / Ausbildung
  Beginn:         01.10.2024
  Leistungsumfang: ambulant, stationär (Mehrbettzimmer), Zahn 80 %;
                   entspricht Art und Umfang der GKV-Leistungen
  Pflegepflichtversicherung: PV 30 612004

Beitrag: 112,40 EUR KV + 14,81 EUR PV monatlich. Den Beitragszuschuss
der Beihilfe haben wir berücksichtigt.

Mit freundlichen Grüßen
Kundenservice Kranken
Weserstein Krankenversicherung AG
"""
    return (mail(37, "Kundenservice Kranken <kundenservice-kv@weserstein-versicherung.example>",
                 "imke.schoon@mail-ostfriesland.example",
                 "Ihre Versicherungsbescheinigung zur Befreiung von der KV-Pflicht", t),
            S, "de", "insurer-to-customer",
            "private health insurance of a student with birth date: exemption certificate")


def m038():
    t = """Liebe Azubis des Jahrgangs 2024,

zur Vorbereitung auf die Datenschutz-Schulung am Donnerstag hier drei
Übungsfälle. Alle Personen sind frei erfunden.

Fall 1: Anruf einer Mutter: "Mein Sohn Max Mustermann (fiktiv), 20, ist
bei Ihnen unfallversichert, ist die Rechnung vom Krankenhaus schon
bezahlt?" – Was dürfen Sie sagen?

Fall 2: Eine Studentin schickt ihre Immatrikulationsbescheinigung an
die allgemeine Infoadresse statt über das Portal. Dürfen Sie sie
ausdrucken und in den Posteingang legen?

Fall 3: Ein Ausbildungsbetrieb fragt per Mail, ob sein Azubi
"Erika Musterfrau (fiktiv)" eine BU bei uns hat, weil er einen
Zuschuss zahlen will. Wie antworten Sie?

Bringt Eure Antworten mit, wir besprechen sie in der Gruppe.

Viele Grüße
Ole Harms
Datenschutzkoordination
"""
    return (mail(38, "Ole Harms <ole.harms@weserstein-versicherung.example>",
                 "azubis-2024@weserstein-versicherung.example",
                 "Übungsfälle Datenschutz-Schulung Donnerstag", t),
            N, "de", "internal",
            "trap: training cases with fictitious persons (Max Mustermann, fiktiv)")


def m039():
    t = """Hallo Frau Gerdes-Janko,

für das Begleitete Fahren ab 17 ist nun alles eingetragen:

Vertrag:    KF 7720 097613, Skoda Fabia, EL-KG 203
Fahrerkreis neu:
  - Karin Gerdes-Janko (VN)
  - Mats Gerdes-Janko, BF17-Prüfungsbescheinigung vom 02.09.2024
Begleitpersonen laut Bescheinigung: Karin Gerdes-Janko, Thomas Janko

Durch den jungen Fahrer steigt der Beitrag ab 03.09.2024 um 214,30 EUR
im Jahr (Zuschlag Fahrer unter 23). Den anteiligen Betrag für 2024
(69,85 EUR) buchen wir zum 01.10. ab.

Tipp: Wenn Mats mit 18 einen eigenen Wagen bekommt, kann er als
Fahranfänger günstiger einsteigen, wenn er hier schon als Fahrer
eingetragen war.

Gute Fahrt!
Melis Aydın
Kfz-Service Privatkunden
"""
    return (mail(39, "Melis Aydın <melis.aydin@weserstein-versicherung.example>",
                 "k.gerdes-janko@emsland-net.example",
                 "BF17 – Mats ist als Fahrer eingetragen", t),
            C, "de", "insurer-to-customer",
            "motor contract: accompanied driving of a 17-year-old, plate, premium")


def m040():
    t = """Sabine, zur Info bzw. für die Antwort – die Frage ist eigentlich
eine Leistungsfrage, nicht Service. Danke, Jana

> -----Original Message-----
> From: Aylin Korkmaz <aylin.korkmaz@studmail.uni-lindhaven.example>
> Sent: Monday, October 14, 2024 11:27 PM
> To: service@weserstein-versicherung.example
> Subject: question about therapy / Psychotherapie - KV 30 590227
>
> Hello, sorry my German is not good enough for this.
>
> I am a master student from Turkey and have my health insurance with
> you since 2023 (KV 30 590227). I was diagnosed with ADHD last month
> by a psychiatrist here (Dr. Pfeiffer) and I take Methylphenidat
> 20 mg (Medikinet retard) now. Also the student counselling service
> said I should do therapy because of depression and anxiety since my
> exams in July.
>
> Questions:
> 1. Does my tariff pay for psychotherapy? How many sessions?
> 2. Do I need to ask you before?
> 3. The pharmacy said the medicine is a "BtM" prescription, is this
>    a problem for the refund?
>
> I am a bit afraid it will be expensive, I only work 15 hours per week
> as a student assistant.
>
> Thank you,
> Aylin
"""
    return (mail(40, "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "Dr Sabine Ortlieb <sabine.ortlieb@weserstein-versicherung.example>",
                 "FW: question about therapy / Psychotherapie - KV 30 590227", t),
            S, "en", "customer",
            "quoted student mail: ADHD diagnosis, medication dose, depression")


def m041():
    t = """FYI - our slot is confirmed. Who's in?

-----Original Message-----
From: Career Service Hansische Universität Lindhaven <careers@uni-lindhaven.example>
Sent: Thursday, 19 September 2024 10:03
To: Florian Gerdes
Subject: Career Fair 2024 - your booth confirmation

Dear exhibitor,

thank you for registering for the Lindhaven Career Fair on
6 November 2024 (Audimax building, 10:00-16:00).

Booth: B-17 (3 x 2 m, 1 table, 2 chairs, power)
Lunch vouchers: 3
Set-up: from 08:00, delivery of materials via gate 4

Please note that the fair is a no-data-collection event: you may
hand out business cards but must not collect CVs or contact data
without the written consent form provided by the Career Service.

Parking permits will be sent one week before the fair.

Kind regards
Career Service Team
"""
    return (mail(41, "Florian Gerdes <florian.gerdes@weserstein-versicherung.example>",
                 "team-campus@weserstein-versicherung.example",
                 "FW: Career Fair 2024 - your booth confirmation", t),
            N, "en", "university",
            "trap: forwarded campus career-fair booth confirmation, no personal data")


def m042():
    t = """Buongiorno Signora Ricci, hello Ms Ricci,

hier ist die Bestätigung für das Studierendenwohnheim / here is the
confirmation for your student residence:

  Versicherungsbestätigung / Confirmation of insurance
  Versicherungsnehmerin / Policyholder:  Giulia Ricci
  Anschrift / Address:  Studierendenwohnheim Am Hochschulring 7,
                        Zimmer 2.31, 27711 Osterholz
  Hausrat Start / Contents insurance:  HR-5520-812660
  Privathaftpflicht / Personal liability: PH-4471-312009
  gültig ab / valid from: 01.10.2024

Das Wohnheim verlangt beides, weil die Möbel dem Studierendenwerk
gehören (Mietsachschäden sind über die Haftpflicht versichert).
The residence requires both because the furniture belongs to the
Studierendenwerk.

Viele Grüße / Kind regards
Jana Pohlmann
"""
    return (mail(42, "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "giulia.ricci@studenti-mail.example",
                 "Versicherungsbestätigung Wohnheim / confirmation for your residence", t),
            C, "mixed", "insurer-to-customer",
            "bilingual cover confirmation with name, room address and policy numbers")


def m043():
    t = """Liebe neue Azubis und dual Studierende,

herzlich willkommen! Hier der Plan für Eure Einführungstage:

Mo 02.09.  09:00  Begrüßung durch den Vorstand, Kantine 1. OG
           11:00  Rundgang, Ausgabe Laptops und Ausweise (IT, Lukas Brandt)
           14:00  Azubi-Paten stellen sich vor
Di 03.09.  09:00  Erste-Hilfe-Kurs mit dem Betriebsärztlichen Dienst
                  (9 UE, zählt als Ersthelferausbildung)
Mi 04.09.  09:00  Datenschutz & Informationssicherheit (Ole Harms)
           13:00  Teambuilding im Kletterpark – festes Schuhwerk!
Do 05.09.  ganztägig Einsatz in den Abteilungen laut Versetzungsplan

Bei Fragen: Anja Hinrichs, Ausbildungsleitung, Durchwahl -180.

Wir freuen uns auf Euch!
"""
    return (mail(43, "Ausbildung Weserstein <ausbildung@weserstein-versicherung.example>",
                 "azubis-2024@weserstein-versicherung.example",
                 "Eure Einführungstage 02.-05.09.", t),
            N, "de", "internal",
            "trap: onboarding schedule with first-aid course and staff names, organisational")


def m044():
    t = """Sehr geehrter Herr Ostendorf,

Ihre Meldung zum Snowboardunfall auf der Skifreizeit des Hochschulsports
(Saalbach, 17.02.2024) ist abgeschlossen geprüft. Laut Entlassbericht
des Krankenhauses Zell am See wurden Sie wegen einer Milzruptur
(S36.03) und einer Rippenserienfraktur rechts stationär behandelt,
vom 17.02. bis 26.02.2024, davon zwei Tage auf der Intensivstation.

Aus Ihrer Unfallversicherung UV 55 198 331 zahlen wir:

  Krankenhaustagegeld 10 Tage x 50 EUR        500,00 EUR
  Genesungsgeld 10 Tage x 50 EUR              500,00 EUR
  Bergungskosten (Hubschrauber) lt. Rechnung 3.870,00 EUR
                                          -----------------
                                            4.870,00 EUR

Ob nach der Milzentfernung eine dauerhafte Beeinträchtigung bleibt,
können wir erst nach Ablauf eines Jahres beurteilen. Bitte senden Sie
uns Anfang 2025 einen aktuellen Bericht Ihres Hausarztes.

Mit freundlichen Grüßen

Dirk Hoting
Leistung Unfall
Weserstein Versicherung AG
"""
    return (mail(44, "Dirk Hoting <dirk.hoting@weserstein-versicherung.example>",
                 "lasse.ostendorf@webpost.example",
                 "Unfall vom 17.02.2024 – Leistungsabrechnung", t),
            S, "de", "insurer-to-customer",
            "accident claim: spleen rupture after snowboard trip, hospital stay, payment")


def m045():
    t = """Hi Nadine,

I'm forwarding the request from Kleeblatt Software GmbH for the bike
leasing insurance. Only one person this month. Can you add her to the
framework contract? Thanks, Till

---- Forwarded ----
From: People & Culture <people@kleeblatt-software.example>
Date: Tue, 1 Oct 2024 09:55
To: firmenkunden@weserstein-versicherung.example
Subject: New company bike - insurance registration

Hello,

please add the following bike to our company bike framework
contract DR-9001-4417:

  Employee:        Sofia Marquardt (working student, 20 h/week)
  Date of birth:   09.12.2001
  Personnel no.:   KS-0388
  Bike:            Riese & Müller Charger4, frame no. RM22C0471853
  List price:      5,299.00 EUR
  Leasing start:   15.10.2024, 36 months, salary conversion

Thanks!
Merle, People & Culture
Kleeblatt Software GmbH
"""
    return (mail(45, "Till Evers <till.evers@weserstein-versicherung.example>",
                 "Nadine Kruse <nadine.kruse@weserstein-versicherung.example>",
                 "FW: New company bike - insurance registration", t),
            C, "en", "employer",
            "employer registers working student's bike with birth date and salary conversion")


def m046():
    t = """Dear Mr Hansen,

please find our order for the campus season below:

  PO 4500-221876
  400  bike helmets "City", size M/L, printed logo 1c white
  300  bike helmets "City", size S/M, printed logo 1c white
  600  mini first-aid kits (DIN 13167 content, pouch 11 x 8 cm)
  1,000 reflective snap bands, logo
  Delivery: 30/09/2024 latest, Weserstein Versicherung AG,
            goods receipt gate 2, Am Speicherhafen 12, 28217 Bremen

Invoice to: Weserstein Versicherung AG, Einkauf, cost centre 4410
(Marketing Campus). Payment 30 days net as agreed in the framework
contract.

Please confirm the delivery date.

Best regards
Petra Hagedorn
Purchasing
"""
    return (mail(46, "Petra Hagedorn <einkauf@weserstein-versicherung.example>",
                 "Jens Hansen <j.hansen@promo-nordsee.example>",
                 "PO 4500-221876 - helmets and first-aid kits", t),
            N, "en", "insurer-to-supplier",
            "trap: purchase order for helmets and first-aid kits, no person")


def m047():
    t = """Sehr geehrte Frau Peters,

danke für Ihren Anruf heute Vormittag. Wie besprochen fasse ich
zusammen:

Ihre Tochter Ronja Peters (Vertrag Auslandskranken Campus Global
AKV-2024-0391128) liegt seit gestern im Hospital São Francisco in
Lissabon. Sie wurde in der Nacht wegen einer akuten Blinddarmentzündung
operiert (laparoskopische Appendektomie), es geht ihr den Umständen
entsprechend gut. Die Klinik rechnet mit einer Entlassung am Samstag.

Wir haben der Klinik heute eine Kostenübernahmegarantie bis
8.500 EUR geschickt; Ronja muss nichts vorstrecken. Ein Rücktransport
ist medizinisch nicht nötig. Wenn Sie zu ihr fliegen möchten: Die
Reisekosten einer Begleitperson übernehmen wir nur, wenn der
Krankenhausaufenthalt länger als 10 Tage dauert.

Ronja hat uns telefonisch erlaubt, Sie zu informieren. Für alle
weiteren Fragen melden Sie sich gern unter der Notfallnummer
+49 421 98765-9000.

Mit freundlichen Grüßen
Katrin Wessels
Notfallservice Ausland
"""
    return (mail(47, "Katrin Wessels <katrin.wessels@weserstein-versicherung.example>",
                 "anja.peters@friesland-post.example",
                 "Ihre Tochter Ronja – Krankenhaus Lissabon", t),
            S, "de", "insurer-to-parent",
            "mother informed of student daughter's appendectomy abroad and cost guarantee")


def m048():
    t = """Sehr geehrter Herr Cordes,

für Ihre Auseinandersetzung mit Ihrem Ausbildungsbetrieb erteilen wir
Deckungszusage aus Ihrem Rechtsschutzvertrag RS-3301-098114 (Baustein
Arbeits-Rechtsschutz) für die außergerichtliche Tätigkeit von
Rechtsanwältin Wiebke Harms.

Gegenstand laut Ihrer Schilderung: nicht vergütete Überstunden
(ca. 180 Stunden seit 08/2023) und Kürzung der Ausbildungsvergütung
im 2. Ausbildungsjahr von 1.125 EUR auf 980 EUR brutto durch die
Malerbetrieb Thiesing GmbH.

Wartezeit erfüllt (Vertrag seit 01.06.2023), Selbstbeteiligung
150 EUR. Schadennummer bitte bei allen Schreiben angeben:
RS-S-2024-33019.

Mit freundlichen Grüßen
Weserstein Rechtsschutz-Service
"""
    return (mail(48, "Rechtsschutz-Service <rechtsschutz@weserstein-versicherung.example>",
                 "marlon.cordes@webpost.example",
                 "Deckungszusage RS-S-2024-33019", t,
                 cc="kanzlei@harms-arbeitsrecht.example"),
            C, "de", "insurer-to-customer",
            "legal expenses cover for apprentice's pay dispute, training pay figures")


def m049():
    h = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Semesterstart-Checkliste</title></head>
<body style="margin:0;font-family:Verdana,sans-serif;background:#f3f6f8">
<table width="600" align="center" cellpadding="16" style="background:#fff">
<tr><td style="background:#0b5d7a;color:#fff"><h1 style="margin:0">Semesterstart-Checkliste</h1>
<p style="margin:4px 0 0">Weserstein Campus &middot; Ausgabe Oktober 2024</p></td></tr>
<tr><td>
<p>Neue Stadt, neues Zimmer, neues Rad. Diese f&uuml;nf Dinge solltest Du in den ersten Wochen kl&auml;ren:</p>
<ol>
<li><b>Haftpflicht:</b> Bist Du noch &uuml;ber Deine Eltern versichert? Meist ja, solange Du in der ersten Ausbildung bist.</li>
<li><b>Hausrat:</b> Die Au&szlig;enversicherung der Eltern gilt oft nicht mehr, wenn Du in der WG gemeldet bist.</li>
<li><b>Fahrrad:</b> Nachtzeitklausel? Rahmennummer fotografieren!</li>
<li><b>Krankenversicherung:</b> Familienversichert bis 25, danach studentische Pflichtversicherung oder Befreiung.</li>
<li><b>Auslandssemester:</b> Die Europ&auml;ische Krankenversicherungskarte deckt nicht alles &ndash; R&uuml;cktransport z.&nbsp;B. nicht.</li>
</ol>
<p><a href="https://www.weserstein-versicherung.example/campus/checkliste" style="color:#0b5d7a">Zur ausf&uuml;hrlichen Checkliste</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#777">Weserstein Versicherung AG &middot; Am Speicherhafen 12 &middot; 28217 Bremen<br>
<a href="https://www.weserstein-versicherung.example/newsletter/abmelden">Newsletter abbestellen</a></td></tr>
</table></body></html>"""
    return (mail(49, "Weserstein Campus <campus@weserstein-versicherung.example>",
                 "newsletter-campus@lists.weserstein-versicherung.example",
                 "Deine Semesterstart-Checkliste", html=h, html_only=True),
            N, "de", "newsletter",
            "trap: HTML-only student newsletter on health and liability cover, no person")


def m050():
    t = """Dear Dr Lindemann,

your patient Mr Bastian Köster, born 28/04/1999, has applied for
benefits from his disability insurance with us (policy BU-8830-11472)
because he has been unable to work as a warehouse logistics specialist
since March 2024. He signed a release from medical confidentiality,
a copy is attached to the letter we sent by post.

According to his statement you treated him for a lumbar disc
herniation L5/S1 (M51.2) with radiating pain into the left leg, and he
underwent microsurgical sequestrectomy on 22/03/2024.

We would be grateful for a medical report answering the following:
1. Diagnoses and dates of first consultation
2. Findings after surgery, current neurological status
3. Which activities (lifting > 10 kg, standing, forklift driving)
   is he able to perform, and for how many hours per day?
4. Prognosis: is improvement expected within the next six months?

We pay a fee of 90 EUR according to the agreement with the medical
associations. Please send your report with reference BU-L-2024-0733.

Kind regards
Henrike Janssen
Disability Claims
Weserstein Lebensversicherung AG
"""
    return (mail(50, "Henrike Janssen <henrike.janssen@weserstein-versicherung.example>",
                 "praxis@orthopaedie-lindemann.example",
                 "Medical report request - Bastian Köster, ref. BU-L-2024-0733", t),
            S, "en", "insurer-to-doctor",
            "request to orthopaedist: young worker's disc herniation, disability claim")

# ------------------------------------------------------------------ mails 51-75
def m051():
    t = """Moin Lukas,

für den Regressionstest der neuen Antragsstrecke Auslandskranken
(Release 24.10) habe ich die Testfälle angepasst. Alles synthetisch,
bitte NICHT mit Produktivdaten auffüllen.

TF-01  Erika Musterfrau (fiktiv), geb. 01.01.2000, Ziel Spanien,
       6 Monate, IBAN DE02 1203 0000 0000 2020 51 (offizielles
       Beispiel-IBAN aus der Bankdokumentation) -> Antrag grün
TF-02  Max Mustermann (fiktiv), geb. 29.02.2004, Ziel USA,
       12 Monate -> Hinweis "USA/Kanada-Zuschlag" muss erscheinen
TF-03  Gesundheitsfrage "Vorerkrankungen?" = ja, Freitext "Test
       Asthma" -> Antrag muss in die manuelle Risikoprüfung laufen
TF-04  Alter 36 -> Tarif Campus Global darf nicht angeboten werden
TF-05  IBAN mit Prüfziffernfehler DE00 1234 5678 -> Fehlermeldung

Die Testumgebung ist ab Montag wieder frei.

Gruß
Bernd
"""
    return (mail(51, "Bernd Klüver <bernd.kluever@weserstein-versicherung.example>",
                 "Lukas Brandt <lukas.brandt@weserstein-versicherung.example>",
                 "Testfälle Antragsstrecke AKV Release 24.10", t),
            N, "de", "internal",
            "trap: synthetic test cases (Mustermann fiktiv), published example IBAN, 'Test Asthma'")


def m052():
    t = """Sehr geehrte Frau Hoppe,

zum Wasserschaden in Ihrer WG in der Rosenstraße 22, 48143 Münster
(Hausrat Start HR-5520-690471, Schaden HR-S-2024-091226) haben wir
die Fotos und die Liste erhalten.

Nach Ihrer Schilderung ist am 19.09. der Zulaufschlauch der
Waschmaschine im Bad geplatzt. Betroffen sind in Ihrem Zimmer:
Teppich, Matratze, Schreibtischstuhl und zwei Umzugskartons mit
Büchern.

Ihre Mitbewohnerinnen sind nicht bei uns versichert; deren Sachen
können wir nicht ersetzen. Die Schäden an Boden und Wänden sind Sache
der Gebäudeversicherung des Vermieters.

Für Ihre Sachen bieten wir 640 EUR pauschal an (Neuwert abzüglich
eines kleinen Abzugs für die Matratze, die laut Foto schon vorher
Flecken hatte 😉). Wenn Sie einverstanden sind, antworten Sie bitte
kurz, dann überweisen wir.

Viele Grüße
Timo Behrends
Schadenservice Sach
"""
    return (mail(52, "Timo Behrends <timo.behrends@weserstein-versicherung.example>",
                 "clara.hoppe@uni-muenster-mail.example",
                 "Wasserschaden WG Rosenstraße – Regulierungsangebot", t, cte="8bit"),
            C, "de", "insurer-to-customer",
            "household water damage in WG: address, contract and claim number, offer")


def m053():
    t = """Sehr geehrter Herr Brockmann,

wir haben Ihre Auslandskrankenversicherung Campus Global
(AKV-2024-0355203) wie gewünscht zum 30.09.2024 beendet.

Sie haben Ihr Auslandssemester in Uppsala vorzeitig abgebrochen, weil
Sie laut dem Attest von Dr. Lindström (Studenthälsan) wegen einer
schweren depressiven Episode nach Deutschland zurückkehren und hier
stationär behandelt werden sollten. Da der Abbruch medizinisch
begründet ist, erstatten wir den Beitrag für die nicht genutzten Monate
Oktober bis Januar anteilig: 4 x 38,50 EUR = 154,00 EUR.

Die Kosten der Behandlung in Schweden bis 27.09. (drei Termine
Studenthälsan, Sertralin-Verordnung) rechnen wir noch gesondert ab,
sobald die Rechnungen vorliegen.

Wir wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
Katrin Wessels
Reise & Ausland
"""
    return (mail(53, "Katrin Wessels <katrin.wessels@weserstein-versicherung.example>",
                 "m.brockmann@studmail.uni-lindhaven.example",
                 "Beendigung AKV-2024-0355203 und Beitragserstattung", t),
            S, "de", "insurer-to-customer",
            "semester abroad ended due to severe depression, medication, premium refund")


def m054():
    t = """Hi everyone,

the university's blood donation day is on 16 October in the Mensa
(10:00-17:00). As in previous years, Weserstein volunteers help with
registration and hand out snacks afterwards - no medical tasks, the
Red Cross team does all of that.

We need 6 people for 2-hour shifts. Please put your name in the
spreadsheet on the team drive (Campus > 2024 > Blutspende.xlsx). It
counts as working time (social day).

If you want to donate yourself, you're welcome to, but please do that
outside your volunteer shift.

Thanks!
Svenja
"""
    return (mail(54, "Svenja Reents <svenja.reents@weserstein-versicherung.example>",
                 "alle-bremen@weserstein-versicherung.example",
                 "Volunteers wanted: blood donation day on campus, 16 Oct", t),
            N, "en", "internal",
            "trap: blood donation volunteer call, no health data of anyone")


def m055():
    t = """Dear Mr Lorenz,

welcome to Weserstein - and congratulations on your first own
contract!

Now that you have finished your apprenticeship and started your job
at Hafenlogistik Weser GmbH, you are no longer covered by your
parents' personal liability policy. Your new contract starts on the
day the old cover ends, so there is no gap:

  Personal liability "Single Start"   PH-4471-318774
  Start:                              01/11/2024
  Premium:                            4.10 EUR per month
  Direct debit from:                  DE** **** **** **** **18 77

Your policy schedule is attached. Please check your date of birth and
address, these are the details we took over from your parents'
contract.

Kind regards
Jana Pohlmann
Customer Service "Start"
"""
    p = pdf(["Weserstein Versicherung AG",
             "VERSICHERUNGSSCHEIN / POLICY SCHEDULE  PH-4471-318774",
             "",
             "Versicherungsnehmer: Niklas Lorenz, geb. 14.05.2003",
             "Anschrift: Vegesacker Heerstr. 140, 28757 Bremen",
             "Tarif: Privathaftpflicht Single Start, Deckungssumme 10 Mio. EUR",
             "Beginn: 01.11.2024, 00:00 Uhr   Ablauf: 01.11.2025, Verlängerung um je 1 Jahr",
             "Vorvertrag: mitversichert bei Andreas Lorenz, PH-4471-102338 (endet 31.10.2024)",
             "Beitrag: 4,10 EUR monatlich inkl. 19 % Versicherungsteuer",
             "Zahlungsweise: SEPA-Lastschrift, Mandat WS-PH-4471-318774-01"],
            "Versicherungsschein")
    return (mail(55, "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "niklas.lorenz@webpost.example",
                 "Welcome to Weserstein - your first own liability policy", t,
                 atts=[("Versicherungsschein_PH-4471-318774.pdf", "application", "pdf", p)]),
            C, "en", "insurer-to-customer",
            "first own liability contract; employer named, masked IBAN, birth date in PDF")


def m056():
    t = """Hallo Henrike,

Votum zu A-BU-2024-120377 (Jule Hasselbach, 21, Studium Sport B.Sc.,
angestrebter Beruf Physiotherapeutin/Sportwissenschaftlerin):

Vorerkrankungen lt. Antrag und Arztauskunft:
- habituelle Schulterluxation rechts, 3 Ereignisse 2019-2021,
  arthroskopische Stabilisierung (Bankart) 04/2022, seitdem
  beschwerdefrei, voll sportfähig (Bericht Dr. Meyerholz 06/2024)
- Asthma bronchiale, Bedarfsspray Salbutamol, keine Exazerbationen
- einmalig 2020 Beratung wegen Essverhalten (Schulpsychologin,
  2 Termine) – lt. Arzt keine Diagnose, nicht weiter relevant

Vorschlag: Annahme mit Ausschlussklausel rechtes Schultergelenk inkl.
Folgen, kein Zuschlag für Asthma. Nach 5 Jahren beschwerdefrei
Überprüfung des Ausschlusses auf Antrag.

Beruf Studentin Sport -> BG 2, nach Abschluss Umstufung nach
Nachversicherungsgarantie möglich.

Gruß
Dr. Jörn Fastenau
Risikoprüfung / ärztlicher Dienst
"""
    return (mail(56, "Dr. Jörn Fastenau <joern.fastenau@weserstein-versicherung.example>",
                 "Henrike Janssen <henrike.janssen@weserstein-versicherung.example>",
                 "Votum A-BU-2024-120377", t),
            S, "de", "internal",
            "underwriting vote for a sports student: shoulder surgery, asthma, eating behaviour")


def m057():
    t = """Zur Info fürs Campus-Team, das Merkblatt der HS Ostmarsch ist neu –
bitte an den Ständen nichts anderes erzählen ;-)

Svenja

--- Anfang der weitergeleiteten Nachricht ---
Von: Studierendensekretariat Hochschule Ostmarsch <studsek@hs-ostmarsch.example>
Betreff: Merkblatt Krankenversicherung zur Einschreibung WiSe 2024/25

Sehr geehrte Kooperationspartner,

zur Information das aktualisierte Merkblatt:

1. Ohne Meldung einer Krankenkasse (M10-Verfahren) ist keine
   Einschreibung möglich. Die Meldung erfolgt elektronisch durch die
   Krankenkasse, Papierbescheinigungen nehmen wir nicht mehr an.
2. Privat Versicherte benötigen eine Befreiungsbescheinigung einer
   gesetzlichen Krankenkasse, die diese elektronisch meldet.
3. Studierende über 30 bzw. nach dem 14. Fachsemester melden sich
   bitte bei ihrer Krankenkasse wegen der Weiterversicherung.
4. Internationale Studierende aus Nicht-EU-Ländern: siehe Merkblatt B.

Fragen zu einzelnen Fällen bitte nicht per Mail, sondern in der
Sprechstunde.

Mit freundlichen Grüßen
Studierendensekretariat
"""
    return (mail(57, "Svenja Reents <svenja.reents@weserstein-versicherung.example>",
                 "team-campus@weserstein-versicherung.example",
                 "WG: Merkblatt Krankenversicherung zur Einschreibung WiSe 2024/25", t),
            N, "de", "university",
            "trap: forwarded university info sheet on health insurance for enrolment, general")


def m058():
    t = """Hallo Herr Tjarks,

wie am Telefon besprochen, hier Ihre Beitragsberechnung für das erste
eigene Auto. Das Angebot gilt 4 Wochen.

Fahrzeug:         Seat Ibiza 1.0 TSI, EZ 03/2018, HSN/TSN 7593/AJK
Typklassen:       KH 15, VK 17, TK 19
Regionalklasse:   Landkreis Cloppenburg
Halter/VN:        Jannis Tjarks, geb. 21.10.2004
Fahrer:           nur VN, kein Fahrer unter 23 außer VN
Fahrleistung:     12.000 km/Jahr, Stellplatz Carport
Nutzung:          privat + Arbeitsweg zur Ausbildungsstelle
Einstufung:       SF 1/2 (Führerschein seit 11/2022, BF17 mit
                  Eintrag bei den Eltern – Vertrag KF 7720 055214)

Haftpflicht                        684,20 EUR
Teilkasko SB 150                   128,90 EUR
Vollkasko SB 500 (optional)        571,40 EUR

Ohne Vollkasko: 813,10 EUR/Jahr, monatlich 70,09 EUR (Ratenzuschlag 3 %).

Wenn Sie abschließen möchten, brauche ich nur noch Ihre Bankverbindung,
dann schicke ich die eVB.

Grüße
Melis Aydın
"""
    return (mail(58, "Melis Aydın <melis.aydin@weserstein-versicherung.example>",
                 "jannis.tjarks@emsland-net.example",
                 "Ihr Angebot Kfz – Seat Ibiza", t),
            C, "de", "insurer-to-customer",
            "first car quote with named prospect's birth date and parents' contract")


def m059():
    t = """Dear Sir or Madam,

we act for Ms Emilia Varga, a student at Hansische Universität
Lindhaven. Our client's power of attorney is enclosed.

On 7 September 2024 our client attended a party in the flat of your
policyholder, Mr Moritz Engelke, Bürgermeister-Smidt-Str. 44,
Bremerhaven (your policy PH-4471-255908). At around 23:40 she leaned
against the balcony railing, which gave way because it had been
loosely re-attached by Mr Engelke with cable ties after a previous
party. Our client fell approx. 3 metres onto a bicycle shed.

She suffered:
- a fracture of the first lumbar vertebra (L1), stabilised surgically
  on 8 September 2024 at Klinikum Bremerhaven-Reinkenheide,
- a complex fracture of the left wrist,
- a laceration to the forehead with permanent scarring.

She was an inpatient until 24 September and is currently in
outpatient rehabilitation. She has had to suspend her studies for the
winter semester and has lost her student job (EUR 603 per month).

We claim on behalf of our client:
1. pain and suffering, for now EUR 25,000,
2. loss of earnings from 8 September 2024, currently EUR 1,206,
3. costs of household help and travel to therapy, EUR 1,480,
4. a declaration that you are liable for all future damage.

Please confirm your liability by 31 October 2024.

Yours faithfully
Dr. Katharina Volkmer
Rechtsanwältin
Volkmer & Sander Rechtsanwälte
"""
    fw = """Timo, this came in for you via the general claims address - the
lawyer writes in English because her client is Hungarian. I've
attached it to the file PH-S-2024-120114. /Ines

"""
    return (mail(59, "Ines Bruns <ines.bruns@weserstein-versicherung.example>",
                 "Timo Behrends <timo.behrends@weserstein-versicherung.example>",
                 "FW: Claim Emilia Varga ./. Moritz Engelke - your policy PH-4471-255908",
                 fw + t),
            S, "en", "lawyer",
            "lawyer's claim letter: student's spinal fracture after balcony fall at a party")


def m060():
    t = """Hi all,

attached are the Q3 figures for the Young Customers segment (age
18-29), as discussed in the steering meeting. Numbers are counts of
contracts or cases, no individual records.

Highlights:
- new contracts +14 % vs Q3/2023, mainly household and liability at
  semester start
- churn after first year still high for Campus Global (people
  return from abroad)
- complaints: 41, top topic "parents not given information" (12)

Best
Lina
"""
    csv = crlf("""segment;product;new_contracts_q3;cancellations_q3;complaints_q3;avg_age
students;Privathaftpflicht Single Start;2184;311;6;22.4
students;Hausrat Start;1620;287;9;22.9
students;Campus Global (travel health);942;655;12;22.1
apprentices;Start-BU;508;44;3;19.6
apprentices;Unfall Start;733;91;4;19.2
young_professionals;Kfz Fahranfaenger;1311;206;7;23.8
""").encode("utf-8")
    return (mail(60, "Lina Tammen <lina.tammen@weserstein-versicherung.example>",
                 "steering-young@weserstein-versicherung.example",
                 "Q3 KPIs Young Customers", t,
                 atts=[("young_customers_q3_2024.csv", "text", "csv", csv)]),
            N, "en", "internal",
            "trap: aggregated KPI CSV (travel health, BU), no individual")


def m061():
    t = """Sehr geehrter Herr Wiechmann,

in Ihrer Familien-Haftpflichtversicherung PH-4471-066390 ist Ihr Sohn
Hauke Wiechmann, geb. 05.11.2000, beitragsfrei mitversichert.

Da Hauke in diesem Jahr 24 wird, fragen wir routinemäßig nach, ob er
sich noch in der ersten Ausbildung befindet. Sie hatten uns im Januar
mitgeteilt, dass er nach dem Bachelor (Abschluss 03/2024) einen
Master in Hannover begonnen hat.

Bitte senden Sie uns dafür die aktuelle Immatrikulationsbescheinigung
für das Wintersemester 2024/25 zu. Ohne Nachweis endet die
Mitversicherung zum 31.12.2024.

Mit freundlichen Grüßen
Kundenservice Sach
Weserstein Versicherung AG
"""
    return (mail(61, "Kundenservice Sach <kundenservice-sach@weserstein-versicherung.example>",
                 "g.wiechmann@wiechmann-online.example",
                 "Mitversicherung Ihres Sohnes – Nachweis Studium", t),
            C, "de", "insurer-to-parent",
            "family liability: son's birth date and study status requested from parent")


def m062():
    t = """Sehr geehrte Frau Rahmlow,

herzlichen Glückwunsch zur Einstellung als Polizeikommissaranwärterin!
Wir haben Ihren Antrag auf Krankenversicherung im Ausbildungstarif
für Beamtenanwärter angenommen.

Vertrag:   KV 30 618855
Tarife:    BA-Anw 50 (ambulant/stationär/Zahn), BA-KHT
Beginn:    01.10.2024
Beitrag:   63,18 EUR (KV) + 8,40 EUR (Pflege) monatlich

Aufgrund Ihrer Angaben im Antrag (allergisches Asthma, Pollen/
Hausstaub, Dauermedikation Budesonid/Formoterol) vereinbaren wir
einen Risikozuschlag von 15 % auf den Tarif BA-Anw 50. Einen
Leistungsausschluss gibt es nicht. Die Öffnungsaktion für
Beamtenanfänger begrenzt den Zuschlag auf höchstens 30 %.

Den Versicherungsschein erhalten Sie per Post. Die Beihilfe trägt
50 % Ihrer Krankheitskosten; bitte reichen Sie Rechnungen immer an
beide Stellen ein.

Mit freundlichen Grüßen
Antragsservice Kranken
Weserstein Krankenversicherung AG
"""
    return (mail(62, "Antragsservice Kranken <antrag-kv@weserstein-versicherung.example>",
                 "lena.rahmlow@polizei-azubi-mail.example",
                 "Ihr Antrag KV 30 618855 ist angenommen", t),
            S, "de", "insurer-to-customer",
            "health policy acceptance for a police trainee with asthma surcharge and medication")


def m063():
    t = """FAQ-Baustein für die Website, Bereich "Junge Kunden" – bitte
Freigabe bis Mittwoch. /Jana

-----

Wie reiche ich Arztrechnungen per App ein?

1. Öffne die Weserstein-App und tippe auf "Rechnung einreichen".
2. Fotografiere die Rechnung – alle Seiten, auch die Rückseite, wenn
   dort etwas steht. Rezepte bitte mit Apothekenstempel.
3. Wähle aus, für wen die Rechnung ist. Bist Du über Deine Eltern
   versichert, muss das Elternteil einreichen, das den Vertrag hat –
   oder Du bekommst eine eigene Einreichungsberechtigung.
4. Fertig. Die Originale bitte 6 Monate aufheben.

Wie lange dauert die Erstattung?
Meist 5-10 Arbeitstage. Rechnungen aus dem Ausland dauern länger.

Kann ich Psychotherapie-Rechnungen auch per App einreichen?
Ja. Die Rechnungen werden nur von der Leistungsabteilung gesehen,
nicht vom Versicherungsnehmer, wenn Du selbst einreichst.
"""
    return (mail(63, "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "Maren Deetjen <presse@weserstein-versicherung.example>",
                 "FAQ Arztrechnungen per App – zur Freigabe", t),
            N, "de", "internal",
            "trap: FAQ text on submitting doctor's/psychotherapy bills, no person")


def m064():
    t = """Hi Till,

could you get me a quote for the following client? He is an
apprentice, so I assume Start tariffs apply.

Client:        Dominik Saathoff
Date of birth: 02/08/2005
Apprenticeship: electronics technician (Elektroniker für Energie- und
               Gebäudetechnik), 3rd year, Elektro Ahlrichs GmbH, Jever
Pay:           1,180 EUR gross per month
Address:       Mühlenstr. 9, 26441 Jever (own flat since 08/2024)

Needs:
1. personal liability incl. damage to rented property
2. household contents 20,000 EUR, incl. his own tools in the car
   (approx. 3,500 EUR, he works on construction sites on weekends -
   I told him that's not covered if it's commercial, please check)

He was previously insured with his parents, no claims.

Cheers
Marco Ihnen
Ihnen Versicherungsmakler GmbH
"""
    return (mail(64, "Till Evers <till.evers@weserstein-versicherung.example>",
                 "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "FW: Quote request Dominik Saathoff - liability + contents",
                 "Jana, can you run this one? Thx, Till\n\n"
                 "-----Original Message-----\n"
                 "From: Marco Ihnen <m.ihnen@ihnen-makler.example>\n"
                 "Sent: Wednesday, 25 September 2024 14:20\n\n" + t),
            C, "en", "broker",
            "broker quote request: apprentice's birth date, pay, employer and address")


def m065():
    t = """Sehr geehrte Frau Janssen-Fokken,

Ihre Tochter Frieda ist am 12.10. 18 Jahre alt geworden.
Herzlichen Glückwunsch!

Die Kinder-Unfallversicherung UV 55 077 412 stellen wir deshalb wie
vereinbart auf den Erwachsenentarif "Unfall Start" um. Die
Leistungen bleiben gleich, der Beitrag ändert sich von 9,20 EUR auf
11,60 EUR monatlich. Eine neue Gesundheitsprüfung gibt es nicht.

Bitte beachten Sie: Frieda ist jetzt selbst volljährig. Sie bleiben
Versicherungsnehmerin, Leistungen aus der Unfallversicherung stehen
aber Frieda als versicherter Person zu. Für den noch offenen Fall
aus dem Sommer (Zahnschaden nach Sturz mit dem Fahrrad, Frontzahn 11
und 21, Krone geplant) zahlen wir deshalb die Zahnersatzpauschale an
Frieda, sobald der Heil- und Kostenplan vorliegt – es sei denn, sie
erteilt uns eine andere Weisung.

Mit freundlichen Grüßen
Leistung Unfall
Weserstein Versicherung AG
"""
    return (mail(65, "Leistung Unfall <leistung-unfall@weserstein-versicherung.example>",
                 "janssen-fokken@jever-net.example",
                 "Umstellung Kinder-Unfallversicherung UV 55 077 412", t),
            S, "de", "insurer-to-parent",
            "child accident insurance switched at 18; open dental injury claim of the daughter")


def m066():
    t = """Hi,

could you please book room 3.12 (U-shape, 16 people) for the
"Mental Health First Aid" training for team leads:

  Tue 12 Nov and Wed 13 Nov 2024, 08:30-16:30
  catering: coffee/tea all day, lunch vegetarian for 16
  equipment: flipchart x2, projector, moderation case

The trainer is external (MHFA-certified, company Kopfsache Training
GmbH), invoice goes to cost centre 1100 (HR Development).

Thanks a lot
Anja Hinrichs
HR Development
"""
    return (mail(66, "Anja Hinrichs <anja.hinrichs@weserstein-versicherung.example>",
                 "facility@weserstein-versicherung.example",
                 "Room booking 12/13 Nov - Mental Health First Aid training", t),
            N, "en", "internal",
            "trap: room booking for a mental health first aid course, no person's health")


def m067():
    t = """Hallo Herr Yıldırım,

Ihr Displayschaden ist erledigt.

Schaden:   EL-S-2024-40871
Gerät:     iPhone 13, IMEI 35 488612 904117 3
Vertrag:   Elektronik Start EL-6603-224590
Reparatur: HandyDoc Oldenburg, Rechnung 249,00 EUR
Erstattung: 249,00 EUR abzgl. 50 EUR SB = 199,00 EUR

Das Geld ist unterwegs. Nächstes Mal vielleicht eine Hülle? 🙂

Gruß
Team Elektronik-Schaden
"""
    return (mail(67, "Elektronik-Schaden <schaden-elektronik@weserstein-versicherung.example>",
                 "emre.yildirim@studmail.uni-lindhaven.example",
                 "Ihr Handy-Schaden EL-S-2024-40871", t, cte="8bit"),
            C, "de", "insurer-to-customer",
            "electronics claim of named student: device IMEI, contract, payout")


def m068():
    h = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Dear Mr Hinrichs,</p>
<p>please find below the statement for the invoices you uploaded from Australia under your
Work &amp; Travel health insurance <b>AKV-2024-0311982</b>.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8f1f5"><th>Date</th><th>Provider</th><th>Treatment</th><th>Invoice AUD</th><th>Refund EUR</th></tr>
<tr><td>02/08/2024</td><td>Cairns Central Medical</td><td>GP consultation, suspected skin infection</td><td>95.00</td><td>58.10</td></tr>
<tr><td>02/08/2024</td><td>Chemist Warehouse Cairns</td><td>flucloxacillin 500 mg, 24 caps</td><td>21.40</td><td>13.09</td></tr>
<tr><td>19/08/2024</td><td>Dr L. Nguyen, dermatologist</td><td>excision of abscess, left shin; wound care</td><td>420.00</td><td>256.87</td></tr>
<tr><td>26/08/2024</td><td>Cairns Central Medical</td><td>wound check, removal of stitches</td><td>60.00</td><td>36.70</td></tr>
<tr><td colspan="4"><b>Total refund</b></td><td><b>364.76</b></td></tr>
</table>
<p>The exchange rate used is the ECB rate of the invoice date. The amount will be transferred to your
German account within five working days.</p>
<p>Not reimbursed: the surfing lesson voucher (AUD 60) you included &ndash; we assume by mistake. &#128578;</p>
<p>Kind regards<br>Katrin Wessels<br>Travel &amp; International Health<br>Weserstein Krankenversicherung AG</p>
</body></html>"""
    return (mail(68, "Katrin Wessels <katrin.wessels@weserstein-versicherung.example>",
                 "lukas.hinrichs.wt@travelmail.example",
                 "Your statement AKV-2024-0311982", html=h, html_only=True),
            S, "en", "insurer-to-customer",
            "HTML-only table: work & travel health claim with treatments and antibiotics")


def m069():
    t = """Hallo Frau Kück,

anbei wie besprochen die Eckpunkte für die Kooperationsvereinbarung
mit dem Studierendenwerk Lindhaven (AöR) für 2025/26:

1. Weserstein bietet Bewohnerinnen und Bewohnern der Wohnheime den
   Tarif "Hausrat Start Wohnheim" mit 15 % Nachlass an.
2. Das Studierendenwerk legt bei Mietvertragsabschluss einen Flyer bei
   und nennt uns auf der Website als Kooperationspartner. Es gibt
   KEINE Übermittlung von Mieterdaten an Weserstein.
3. Weserstein unterstützt die psychosoziale Beratung mit 40.000 EUR
   pro Jahr (Zuwendung, keine Gegenleistung, kein Einfluss auf die
   Beratung).
4. Laufzeit 2 Jahre, Kündigungsfrist 3 Monate.

Die Zahlungen gehen an das Konto des Studierendenwerks laut Vertrag.
Den Entwurf schickt unsere Rechtsabteilung bis Ende Oktober.

Mit freundlichen Grüßen
Florian Gerdes
Vertrieb Hochschulkooperationen
"""
    return (mail(69, "Florian Gerdes <florian.gerdes@weserstein-versicherung.example>",
                 "Dörte Kück <d.kueck@studierendenwerk-lindhaven.example>",
                 "Eckpunkte Kooperation 2025/26", t),
            N, "de", "insurer-to-partner",
            "trap: cooperation terms with student services, counselling funding, no person")


def m070():
    t = """Hallo Herr Bödeker,

zu Ihrer Frage, ob Sie den Polo für Ihren Sohn über sich als
Zweitwagen versichern können:

Ja, das geht. Wenn Sie Versicherungsnehmer und Halter sind und Lars
als Fahrer eintragen, bekommt der Zweitwagen bei uns die
Sonderstufe SF 1/2 statt SF 0. Ihr Erstwagen (KF 7720 033871,
DH-BK 550, SF 18) bleibt davon unberührt.

Voraussetzung: Lars ist als Fahrer mit Geburtsdatum gemeldet
(laut Ihrer Mail 08.03.2006). Wenn er später selbst Halter wird,
kann er den Zweitwagenvertrag mit den bis dahin erfahrenen SF-Jahren
übernehmen.

Beitrag VW Polo, SF 1/2, Fahrer ab 18: ca. 1.090 EUR/Jahr (HP + TK).
Soll ich das so aufsetzen? Dann brauche ich noch das Kennzeichen,
sobald Sie es haben.

Viele Grüße
Melis Aydın
"""
    return (mail(70, "Melis Aydın <melis.aydin@weserstein-versicherung.example>",
                 "h.boedeker@boedeker-bau.example",
                 "Zweitwagen für Lars", t),
            C, "de", "insurer-to-parent",
            "second-car cover for son: son's birth date, father's contract and plate")


def m071():
    t = """Hallo Dirk,

kannst Du mal auf die Unfallmeldung UV 55 390 006 schauen? Ich bin
unsicher wegen der Zuständigkeit.

VP: Tom Eilers, 17, Azubi Anlagenmechaniker, VN ist die Mutter.
Unfall 23.09.2024 im Sportunterricht der BBS Wilhelmshaven
(Basketball), Umknicken, Fraktur Os metatarsale V links (Jones-
Fraktur), Gips 6 Wochen, evtl. OP mit Schraube wenn es nicht heilt.

Das ist ja ein Schulunfall in der Berufsschule -> gesetzliche
Unfallversicherung (Unfallkasse) zuständig für die Heilbehandlung.
Unsere private UV zahlt trotzdem ihre Leistungen (Gipspauschale
250 EUR, ggf. Invalidität), richtig? Die Mutter fragt außerdem, ob
wir das Fahrgeld zur Physio zahlen.

Gruß
Ines
"""
    return (mail(71, "Ines Bruns <ines.bruns@weserstein-versicherung.example>",
                 "Dirk Hoting <dirk.hoting@weserstein-versicherung.example>",
                 "UV 55 390 006 – Schulunfall Berufsschule", t),
            S, "de", "internal",
            "internal accident claim question: apprentice's foot fracture at vocational school")


def m072():
    t = """Going abroad? 5 things to check before your semester starts

1. Is your health insurance valid abroad? The European Health Insurance
   Card covers necessary treatment in the EU, but not medical
   repatriation and not private doctors.
2. Outside the EU you almost always need private travel health
   insurance - many universities and visa offices ask for a
   confirmation in English.
3. Pre-existing conditions: tell your insurer before you go, not
   after the first doctor's visit.
4. Your liability and household insurance at home may cover you for a
   limited time abroad. Check the fine print for "stays abroad of up
   to ... months".
5. Save the emergency number of your insurer in your phone. Ours:
   +49 421 98765-9000, 24/7.

More tips: https://www.weserstein-versicherung.example/campus/abroad
"""
    h = """<html><body style="font-family:Arial,sans-serif">
<h2>Going abroad? 5 things to check before your semester starts</h2>
<ol>
<li><b>Is your health insurance valid abroad?</b> The European Health Insurance Card covers necessary
treatment in the EU, but not medical repatriation and not private doctors.</li>
<li><b>Outside the EU</b> you almost always need private travel health insurance &ndash; many universities
and visa offices ask for a confirmation in English.</li>
<li><b>Pre-existing conditions:</b> tell your insurer before you go, not after the first doctor's visit.</li>
<li><b>Liability and household</b> insurance at home may cover you for a limited time abroad.</li>
<li><b>Save the emergency number</b> of your insurer in your phone. Ours: +49 421 98765-9000, 24/7.</li>
</ol>
<p><a href="https://www.weserstein-versicherung.example/campus/abroad">More tips</a></p>
</body></html>"""
    return (mail(72, "Weserstein Campus <campus@weserstein-versicherung.example>",
                 "newsletter-campus@lists.weserstein-versicherung.example",
                 "Going abroad? 5 things to check", t, html=h),
            N, "en", "newsletter",
            "trap: semester-abroad tips about pre-existing conditions, no person")


def m073():
    t = """Dear Ms Haddad,

thank you for your application for our rent deposit guarantee
(Mietkautionsbürgschaft) for your room in Bremen.

Because you are a student without regular income, we need a
co-signer. You named your father, Mr Karim Haddad, Dortmund. From the
documents you sent we have:

  Guarantee amount:      1,050.00 EUR (3 x basic rent 350 EUR)
  Landlord:              Wohnbau Neustadt eG, Bremen
  Co-signer's income:    net salary 3,412.55 EUR/month (payslips
                         June-August 2024, employer Westfalen
                         Stahlhandel GmbH)
  Annual fee:            47.25 EUR (4.5 %)

That is sufficient. Please both sign the attached guarantee agreement
and the SEPA mandate. Once we have them, we will send the guarantee
certificate directly to the landlord.

Kind regards
Jana Pohlmann
Customer Service "Start"
"""
    return (mail(73, "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "noor.haddad@studmail.uni-bremen-nord.example",
                 "Your rent deposit guarantee - co-signer", t),
            C, "en", "insurer-to-customer",
            "rent deposit guarantee: father's net salary and employer, student's landlord")


def m074():
    t = """Henrike, die Kundin hat an die Infoadresse geschrieben, ich leite das an
dich weiter. Antrag ist noch nicht gestellt, sie fragt vorher.
Gruß Jana

-------- Original-Nachricht --------
Betreff: Frage zur BU vor dem Antrag
Datum: 07.10.2024 19:48
Von: Pia Grotelüschen <pia.grotelueschen@gmx-mail.example>
An: info@weserstein-versicherung.example

Hallo,

ich möchte eine BU abschließen, bin 22 und studiere Lehramt in
Oldenburg. Ich hatte mit 16-17 eine Magersucht (Anorexie) und war
2019 für 10 Wochen in einer Klinik in Bad Bramstedt, danach noch ca.
ein Jahr ambulant Therapie. Seit 2021 bin ich stabil, BMI normal,
keine Behandlung mehr.

Muss ich das angeben, wenn nur nach den letzten 5 Jahren gefragt
wird? Die Klinik war ja 2019, die ambulante Therapie ging aber bis
Frühjahr 2020. Und wenn ich es angebe, bekomme ich dann überhaupt
eine BU?

Ich möchte nichts falsch machen.
Viele Grüße
Pia Grotelüschen
"""
    return (mail(74, "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "Henrike Janssen <henrike.janssen@weserstein-versicherung.example>",
                 "WG: Frage zur BU vor dem Antrag", t, charset="iso-8859-1"),
            S, "de", "customer",
            "forwarded student question revealing past anorexia and clinic stay")


def m075():
    t = """Hallo zusammen, dear colleagues from Aseguradora Levante,

here is the agenda for our exchange day on youth products
(Erfahrungsaustausch "Junge Kunden"), Thursday 21 November, Bremen:

09:30  Welcome / Begrüßung – Dr. Arne Kötter
10:00  Campus Global: Auslandskranken für Erasmus-Studierende –
       claims trends 2023/24 (aggregated figures only)
11:00  Levante: "Seguro Joven" – motor for drivers under 25
12:30  Lunch in der Kantine
13:30  Workshop: Wie sprechen wir Eltern an, ohne Datenschutz-
       Probleme? / How to talk to parents without data protection
       issues
15:00  Hafenrundfahrt (bei gutem Wetter)

Bitte keine Kundenbeispiele mit echten Daten in die Folien.
Please send your slides by 15 November.

Viele Grüße / Best regards
Florian Gerdes
"""
    return (mail(75, "Florian Gerdes <florian.gerdes@weserstein-versicherung.example>",
                 "young-products@aseguradora-levante.example",
                 "Agenda exchange day 21 Nov / Erfahrungsaustausch Junge Kunden", t,
                 cc="team-campus@weserstein-versicherung.example"),
            N, "mixed", "insurer-to-partner",
            "trap: bilingual agenda with claims-trend topics, no individual data")

# ------------------------------------------------------------------ mails 76-100
def m076():
    t = """Hallo zusammen,

die JAV lädt wieder zur offenen Sprechstunde ein – für alle Azubis
und dual Studierenden. Themen diesmal: Übernahme nach der Ausbildung,
Prüfungsvorbereitung, Lernzeiten im Homeoffice.

Termin im Anhang. Wer nicht kommen kann: Ihr erreicht uns auch per
Mail an jav@weserstein-versicherung.example.

Eure JAV
"""
    ics = crlf("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weserstein Versicherung//JAV//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:jav-sprechstunde-2024-11@weserstein-versicherung.example
DTSTAMP:20241002T070000Z
DTSTART:20241106T110000Z
DTEND:20241106T123000Z
SUMMARY:JAV-Sprechstunde für Azubis und dual Studierende
LOCATION:Raum 2.07 (und per Video)
DESCRIPTION:Offene Sprechstunde der Jugend- und Auszubildendenvertretung.
END:VEVENT
END:VCALENDAR
""").encode("utf-8")
    return (mail(76, "JAV Weserstein <jav@weserstein-versicherung.example>",
                 "azubis-alle@weserstein-versicherung.example",
                 "Einladung: JAV-Sprechstunde am 06.11.", t,
                 atts=[("JAV-Sprechstunde.ics", "text", "calendar", ics)]),
            N, "de", "internal",
            "trap: youth representation office-hours invite (ICS), no person")


def m077():
    t = """Dear Ms Kaminski,

we're glad to hear the operation went well.

We have agreed direct billing with Vancouver General Hospital for
your stay from 3 to 5 October 2024 (emergency appendectomy, acute
appendicitis with local peritonitis). The hospital will invoice us
directly; you do not have to pay anything there.

What you may still receive by post are separate bills from the
surgeon and the anaesthetist (in Canada these often come later).
Please do not pay them, just upload them in the app or send them to
reise@weserstein-versicherung.example with your policy number
AKV-2024-0398741.

Your tariff Campus Global USA/Canada has a deductible of 100 CAD per
case. We will deduct it from the hospital invoice, so the hospital
may ask you for this amount.

The follow-up appointment with your family doctor on campus (UBC
Student Health Service) and the prescribed antibiotics are also
covered.

Get well soon!
Katrin Wessels
Travel & International Health
"""
    return (mail(77, "Katrin Wessels <katrin.wessels@weserstein-versicherung.example>",
                 "zofia.kaminski@exchange-mail.example",
                 "Direct billing Vancouver General - AKV-2024-0398741", t),
            S, "en", "insurer-to-customer",
            "exchange student's appendectomy in Canada, direct billing, antibiotics")


def m078():
    t = """Hallo Frau Pauls,

zum Verlust Ihres Wohnungsschlüssels (Schließanlage) in der WG
Kaiserstraße 61, Karlsruhe:

Schaden:   PH-S-2024-119473
Vertrag:   Privathaftpflicht Single Start PH-4471-287120

Versichert ist der Verlust fremder Schlüssel bis 30.000 EUR. Die
Hausverwaltung (Rhein-Immo Verwaltung GmbH) hat den Austausch der
Schließzylinder für 16 Parteien angekündigt, Kostenvoranschlag
4.870 EUR.

Bevor die Anlage getauscht wird, bitten wir um:
- Ihre kurze Schilderung, wo und wann der Schlüssel verloren ging
  (Sie schrieben: "vermutlich nach dem WG-Abend in der Straßenbahn"),
- Bestätigung der Hausverwaltung, dass es sich um eine
  Generalschließanlage handelt,
- die Fundbüro-Anfrage der KVV.

Die Hausverwaltung kann sich direkt bei uns melden.

Viele Grüße
Timo Behrends
"""
    return (mail(78, "Timo Behrends <timo.behrends@weserstein-versicherung.example>",
                 "nele.pauls@kit-student-mail.example",
                 "Schlüsselverlust – PH-S-2024-119473", t),
            C, "de", "insurer-to-customer",
            "liability key-loss claim of a student, address, claim and policy numbers")


def m079():
    t = """Hi Svenja,

as requested for the student info folder: the blank template of the
release from medical confidentiality (Schweigepflichtentbindung) in
English, so international students can see what they would sign if
they ever make a claim. It is the same text as our German form
SE-01, just translated; legal has approved it.

Please only hand out the blank form - we don't collect signed forms
at the stand.

Ole
"""
    p = pdf(["Weserstein Versicherung AG - Form SE-01-EN (translation, for information)",
             "",
             "CONSENT AND RELEASE FROM MEDICAL CONFIDENTIALITY",
             "",
             "Insured person: ______________________  Date of birth: ____________",
             "Policy number:  ______________________",
             "",
             "I release the following doctors, hospitals and therapists from their duty",
             "of confidentiality towards Weserstein, as far as this is necessary to",
             "assess my claim:",
             "[ ] only the persons named here: __________________________________",
             "[ ] I want to be asked before each request (individual consent)",
             "",
             "I can withdraw this consent at any time for the future.",
             "",
             "Place, date: ______________   Signature: _______________________",
             "",
             "For minors: signature of the legal guardian(s)"],
            "SE-01-EN blank")
    return (mail(79, "Ole Harms <ole.harms@weserstein-versicherung.example>",
                 "Svenja Reents <svenja.reents@weserstein-versicherung.example>",
                 "Blank release form (EN) for the student folder", t,
                 atts=[("SE-01-EN_blank.pdf", "application", "pdf", p)]),
            N, "en", "internal",
            "trap: blank confidentiality-release form with empty fields")


def m080():
    t = """Hallo Maren,

hier die Teilnahmebedingungen für das Gewinnspiel an den Campus-Ständen
(E-Bike-Quiz), bitte so auf die Karten drucken:

Teilnahmebedingungen Uni-Start-Quiz 2024
1. Teilnehmen können Personen ab 18 Jahren mit Wohnsitz in Deutschland.
2. Teilnahme durch Abgabe der ausgefüllten Karte am Stand bis 31.10.2024.
3. Unter allen richtigen Antworten werden drei E-Bikes verlost.
4. Die Gewinner werden per E-Mail benachrichtigt. Name und Anschrift
   werden nur zur Übergabe des Gewinns verwendet und danach gelöscht.
5. Mitarbeitende der Weserstein und ihre Angehörigen sind
   ausgeschlossen.
6. Eine Teilnahme ist unabhängig von einem Versicherungsabschluss.

Datenschutz-Hinweis ist mit Ole abgestimmt.

Gruß
Svenja
"""
    return (mail(80, "Svenja Reents <svenja.reents@weserstein-versicherung.example>",
                 "Maren Deetjen <presse@weserstein-versicherung.example>",
                 "Teilnahmebedingungen Campus-Gewinnspiel", t),
            N, "de", "internal",
            "trap: campus prize-draw terms, no participant named")


def m081():
    t = """Sehr geehrter Herr Ammermann,

leider konnten wir die Beiträge für Ihre Krankenversicherung
(KV 30 577409, Tarif Start-Voll Ausbildung) für August und September
nicht einziehen, die Lastschriften kamen zurück.

Rückstand:             2 x 128,95 EUR = 257,90 EUR
Rücklastschriftgebühren:              6,00 EUR
Gesamt:                             263,90 EUR

Bitte überweisen Sie den Betrag bis zum 31.10.2024. Bleibt der
Beitrag länger offen, müssen wir das gesetzliche Mahnverfahren nach
§ 193 VVG einleiten; Ihr Vertrag würde dann in den Notlagentarif
umgestellt, der nur noch akute Behandlungen und Schmerzen abdeckt.

Wenn Sie als Student gerade knapp bei Kasse sind: Rufen Sie uns an,
eine Ratenzahlung ist meist möglich.

Mit freundlichen Grüßen
Beitragsservice Kranken
Weserstein Krankenversicherung AG
"""
    return (mail(81, "Beitragsservice Kranken <beitrag-kv@weserstein-versicherung.example>",
                 "f.ammermann@studmail.hs-ostmarsch.example",
                 "Zahlungserinnerung KV 30 577409", t),
            S, "de", "insurer-to-customer",
            "premium arrears on a student's private health insurance")


def m082():
    t = """Hi Mr Sousa,

windscreen claim KF-S-2024-231870 for your Fiesta (HB-JS 2210) is
approved. Carglass Bremen-Hemelingen will bill us directly, you only
pay the partial-cover deductible of 150 EUR there.

Thanks
Motor Claims Team
"""
    return (mail(82, "Motor Claims <kfz-schaden@weserstein-versicherung.example>",
                 "joao.sousa@studmail.uni-bremen-nord.example",
                 "Windscreen claim approved", t, cte="7bit"),
            C, "en", "insurer-to-customer",
            "short motor glass claim approval with plate and claim number")


def m083():
    t = """Hallo Florian,

anbei die Abschlüsse, die wir den Hochschulmessen im Herbst zuordnen
konnten (Aktionscode auf dem Flyer). Nur Stückzahlen, keine Namen.

Grob: Lindhaven wie erwartet vorne, Ostmarsch enttäuschend – dort
stand unser Stand aber auch hinter der Treppe.

Gruß
Lina
"""
    rows = [["Hochschule", "Messetag", "Haftpflicht", "Hausrat", "Campus Global", "Unfall", "BU"],
            ["Hansische Universität Lindhaven", "07.10.2024", 86, 41, 22, 9, 3],
            ["Hochschule Ostmarsch", "09.10.2024", 14, 6, 3, 1, 0],
            ["Universität Bremen-Nord", "15.10.2024", 52, 30, 17, 6, 2],
            ["Jade Hochschule Süd (fiktiv)", "17.10.2024", 23, 12, 4, 2, 1],
            ["Summe", "", 175, 89, 46, 18, 6]]
    return (mail(83, "Lina Tammen <lina.tammen@weserstein-versicherung.example>",
                 "Florian Gerdes <florian.gerdes@weserstein-versicherung.example>",
                 "Abschlüsse Hochschulmessen Herbst", t,
                 atts=[("Abschluesse_Messen_Herbst2024.ods",) + ODS_T + (ods(rows, "Messen"),)]),
            N, "de", "internal",
            "trap: sales counts per university fair in ODS, no names")


def m084():
    t = """Olá Beatriz, Hallo Frau Almeida,

anbei Ihre Bestätigung für Visum und Hochschule. / Attached is your
confirmation for the visa and the university.

Für die Ausländerbehörde: Der Tarif "Incoming Student" erfüllt die
Anforderungen für die Aufenthaltserlaubnis zum Studium (§ 16b
AufenthG), weil er ambulante und stationäre Behandlung ohne
Leistungsobergrenze und ohne Ausschluss abdeckt.

For the Foreigners' Office, please note:

  Insured person:  Beatriz Almeida, born 03/07/2001, Brazilian
                   passport no. FX418203
  Policy:          KV 30 620933, tariff Incoming Student
  Period:          01/10/2024 - 30/09/2026
  Pregnancy:       you told us you are in week 14; maternity care and
                   delivery are covered as the pregnancy started after
                   the policy start date was agreed (no waiting period
                   for accidents and pregnancy in this tariff)

Boa sorte mit dem Termin! Bei Fragen: +49 421 98765-377.

Viele Grüße / Kind regards
Katrin Wessels
"""
    return (mail(84, "Katrin Wessels <katrin.wessels@weserstein-versicherung.example>",
                 "beatriz.almeida@mail-br.example",
                 "Versicherungsbestätigung Visum / confirmation for visa", t),
            S, "mixed", "insurer-to-customer",
            "health insurance confirmation with birth date, passport number and pregnancy")


def m085():
    t = """This is an automatic reply.

The mailbox hochschulkooperation@weserstein-versicherung.example is not
monitored during the semester break (until 30 September).

For sponsoring requests from student associations please use the form
at https://www.weserstein-versicherung.example/campus/sponsoring.
For anything about an existing contract or claim, please contact
service@weserstein-versicherung.example.

Weserstein Versicherung AG
"""
    return (mail(85, "Hochschulkooperation <hochschulkooperation@weserstein-versicherung.example>",
                 "vorstand@fachschaft-bwl-lindhaven.example",
                 "Automatic reply: Sponsoring Erstiwoche", t, cte="7bit",
                 headers=[("Auto-Submitted", "auto-replied")]),
            N, "en", "insurer-to-university",
            "trap: auto-reply of a university cooperation mailbox")


def m086():
    t = """Hallo Jana,

die Arbeitgeberbescheinigung für Frau Ehlers (Mietkautionsbürgschaft,
Antrag MK-2024-0877) ist da, lege ich in die Akte. Passt so, oder?

Gruß Till

-----Ursprüngliche Nachricht-----
Von: Personalabteilung Bäckerei Wiemken GmbH <personal@baeckerei-wiemken.example>
Gesendet: Freitag, 4. Oktober 2024 11:02
An: service@weserstein-versicherung.example
Betreff: Bescheinigung Ausbildungsverhältnis Finja Ehlers

Sehr geehrte Damen und Herren,

hiermit bestätigen wir, dass Frau Finja Ehlers, geb. 15.01.2005,
wohnhaft Am Markt 2, 26316 Varel, seit dem 01.08.2023 bei uns eine
Ausbildung zur Bäckereifachverkäuferin absolviert. Das
Ausbildungsverhältnis ist ungekündigt und endet planmäßig am
31.07.2026.

Die Ausbildungsvergütung beträgt im 2. Ausbildungsjahr 1.050,00 EUR
brutto monatlich zzgl. 40 EUR vermögenswirksame Leistungen.

Mit freundlichen Grüßen
i.A. Sandra Wiemken
Personal
"""
    return (mail(86, "Till Evers <till.evers@weserstein-versicherung.example>",
                 "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "AW: Bescheinigung Ausbildungsverhältnis Finja Ehlers", t),
            C, "de", "employer",
            "employer certificate: apprentice's birth date, address and training pay")


def m087():
    t = """Sehr geehrte Frau Bruns,

wir freuen uns, Ihnen die Annahme Ihres Antrags auf
Berufsunfähigkeitsversicherung mitteilen zu können.

Vertrag:    BU-8830-12990, Start-BU für Studierende
BU-Rente:   1.000 EUR monatlich, Laufzeit bis 67
Beitrag:    42,17 EUR monatlich (Zahlbeitrag)

Besondere Vereinbarung:
Aufgrund der in Ihrem Antrag angegebenen idiopathischen Skoliose
(thorakal, Cobb-Winkel 24°, Korsettbehandlung 2015-2018) sind
Leistungen für Berufsunfähigkeit ausgeschlossen, die ursächlich auf
Erkrankungen oder Veränderungen der Wirbelsäule einschließlich der
Bandscheiben und deren Folgen zurückzuführen sind.

Sie können nach fünf Jahren ohne Behandlung beantragen, dass wir den
Ausschluss überprüfen.

Die Police erhalten Sie in den nächsten Tagen per Post. Sie haben ein
Widerrufsrecht von 30 Tagen.

Mit freundlichen Grüßen
Henrike Janssen
Risikoprüfung Leben/BU
"""
    return (mail(87, "Henrike Janssen <henrike.janssen@weserstein-versicherung.example>",
                 "merle.bruns@studmail.uni-lindhaven.example",
                 "Ihr BU-Antrag ist angenommen", t),
            S, "de", "insurer-to-customer",
            "disability policy accepted with exclusion for scoliosis")


def m088():
    t = """Ausbildung Kaufmann/Kauffrau für Versicherungen und Finanzanlagen
Start: 01.08.2025 | Bremen | 6 Plätze

Das erwartet Dich:
- Einsätze im Kundenservice, in der Schadenbearbeitung (Kfz, Sach,
  Kranken) und im Vertrieb
- Berufsschule: BBS Bremen-Mitte, Blockunterricht
- Vergütung nach Tarifvertrag: 1.220 / 1.315 / 1.410 EUR
- Übernahmequote der letzten 5 Jahre: 94 %

Dazu: Jobticket, Kantine, Fitnessstudio-Zuschuss, Betriebliches
Gesundheitsmanagement mit Rückenkursen und Sozialberatung,
Azubi-Fahrt nach Hamburg.

Bewerbung bis 31.12.2024 unter
https://karriere.weserstein-versicherung.example/ausbildung

Fragen beantwortet das Ausbildungsteam:
ausbildung@weserstein-versicherung.example
"""
    return (mail(88, "Ausbildung Weserstein <ausbildung@weserstein-versicherung.example>",
                 "stellen@bbs-bremen-mitte.example",
                 "Stellenanzeige Ausbildung 2025 – bitte aushängen", t),
            N, "de", "insurer-to-partner",
            "trap: apprenticeship job ad with pay scale and health benefits, no person")


def m089():
    t = """Hallo Herr Meiners,

Ihre Mutter hat uns mitgeteilt, dass Sie Ihre Ausbildung zum
Fachinformatiker am 15.07.2024 abgeschlossen haben und jetzt bei der
Datenwerk Oldenburg GmbH arbeiten. Glückwunsch!

Damit endet Ihre beitragsfreie Mitversicherung in der
Familien-Haftpflicht Ihrer Eltern (PH-4471-041197) nach der
Übergangsfrist am 15.07.2025. Sie müssten sich spätestens dann selbst
versichern.

Unser Angebot für Ihren eigenen Vertrag:
Privathaftpflicht Single Start, 10 Mio. EUR, inkl. Schlüsselverlust
und Mietsachschäden: 4,10 EUR monatlich, Beginn frei wählbar.
Sie können einfach auf diese Mail antworten oder online abschließen.

Viele Grüße
Jana Pohlmann
Kundenservice Start
"""
    return (mail(89, "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "ben.meiners@webpost.example",
                 "Ihre Haftpflicht nach der Ausbildung", t),
            C, "de", "insurer-to-customer",
            "end of family liability cover for a named young adult; employer, parents' contract")


def m090():
    t = """Guidance note DP-07 (for service staff) - What may we tell parents?

1. Minors (under 18): parents are the legal representatives. You may
   give information about the child's contract and claims to the
   parent who holds the contract or is the legal guardian.
2. Adults (18+): even if a parent pays the premium or is the
   policyholder, information about the insured adult child's health
   (claims, invoices, diagnoses) goes to the child only - unless the
   child has given written authorisation (form DP-V3).
3. Pure contract questions in non-personal lines (e.g. "is the bike
   covered?") may be answered to the policyholder.
4. On the phone: no information about whether someone is insured at
   all, unless you have verified that the caller is the policyholder.
5. Emergencies abroad: our assistance team may inform relatives if
   the insured person agrees or cannot be asked; document this in the
   file.

Questions: datenschutz@weserstein-versicherung.example
"""
    return (mail(90, "Ole Harms <ole.harms@weserstein-versicherung.example>",
                 "service-all@weserstein-versicherung.example",
                 "Guidance note DP-07: What may we tell parents?", t),
            N, "en", "internal",
            "trap: data-protection guidance about parents and health info, no person")


def m091():
    t = """Dear Mr Harms,

we have now completed the review of your claim under your accident
insurance UV 55 402 118.

On 14 September 2024 you fell from a table during a beer pong game at
a student party in Lüneburg and suffered a fracture of the left
collarbone (S42.0) and a dental injury (tooth 21). According to the
hospital report from Städtisches Klinikum Lüneburg, your blood alcohol
concentration on admission two hours later was 1.9 per mille, and you
were "disoriented, unsteady gait".

Your policy excludes accidents caused by disturbances of
consciousness, including those caused by alcohol (section 5.1.1 of
the terms). Climbing onto a table and falling at this blood alcohol
level is, in our view, a typical consequence of such a disturbance.
We are therefore unable to pay the benefits claimed (hospital daily
allowance, plaster lump sum).

If you have information that the fall had a different cause (for
example, the table broke), please send it to us within four weeks.
You may also contact the insurance ombudsman free of charge.

Kind regards
Dirk Hoting
Accident Claims
Weserstein Versicherung AG
"""
    return (mail(91, "Dirk Hoting <dirk.hoting@weserstein-versicherung.example>",
                 "jonte.harms@leuphana-student.example",
                 "Your accident claim UV 55 402 118 - decision", t),
            S, "en", "insurer-to-customer",
            "accident claim declined: fracture at beer pong party, blood alcohol 1.9")


def m092():
    t = """Guten Tag,

in Ihrem Postfach bei Mein Weserstein liegt ein neues Dokument für
Sie bereit.

Aus Sicherheitsgründen versenden wir Dokumente nicht per E-Mail.
Bitte melden Sie sich an unter
https://portal.weserstein-versicherung.example

Ihr Weserstein-Team

Diese Nachricht wurde automatisch erzeugt.
"""
    return (mail(92, "Mein Weserstein <noreply@weserstein-versicherung.example>",
                 "merle.bruns@studmail.uni-lindhaven.example",
                 "Neues Dokument in Ihrem Postfach", t),
            N, "de", "insurer-to-customer",
            "trap: portal document notification without content")


def m093():
    t = """Dear Mr Iyer,

we're sorry about the burglary in your room at the Campus Apartments.

Claim no.:  HR-S-2024-093315
Policy:     Household contents Start, HR-5520-799801
Address:    Campus Apartments, Am Stadtwaldsee 3, app. 214,
            28359 Bremen
Police ref: Bremen police, 0241/24/118330

We have put your list of stolen items into the attached table with our
current-value calculation. Please check it - in particular, we need
proof of purchase (receipt, bank statement or order confirmation) for
the laptop and the camera.

Cash is covered up to 1,500 EUR only if it was kept in a locked
safe; the 220 EUR from your desk drawer therefore cannot be paid, sorry.

Kind regards
Timo Behrends
Property Claims
"""
    csv = crlf("""item;bought;price_eur;proof;current_value_eur
Laptop Dell XPS 13;2023-02;1349.00;open;1349.00
Camera Sony ZV-1 + lens;2022-10;749.00;open;749.00
Noise-cancelling headphones;2024-01;279.00;yes;279.00
Backpack;2021-09;120.00;no;60.00
Cash (desk drawer);;220.00;n/a;0.00
Total;;;;2437.00
""").encode("utf-8")
    return (mail(93, "Timo Behrends <timo.behrends@weserstein-versicherung.example>",
                 "arjun.iyer@studmail.uni-bremen-nord.example",
                 "Your claim HR-S-2024-093315 - list of stolen items", t,
                 atts=[("HR-S-2024-093315_items.csv", "text", "csv", csv)]),
            C, "en", "insurer-to-customer",
            "burglary claim in student halls, address, CSV with stolen items")


def m094():
    t = """Sehr geehrter Herr Lüschen,

vielen Dank für Ihre Nachricht. Sie fragen, warum die Rechnungen Ihres
Sohnes Malte aus der Physiotherapie noch nicht erstattet sind.

Die Verordnung von Dr. Harms (6 x Krankengymnastik und 6 x manuelle
Lymphdrainage nach Innenbandverletzung am rechten Knie beim
Fußballtraining) liegt uns vor, ebenso die Rechnung der Praxis
PhysioMoves über 312,60 EUR. Wir haben sie heute angewiesen:
Erstattung 281,34 EUR (90 % laut Tarif KS-Plus).

Bitte beachten Sie für die Zukunft: Malte ist 19 Jahre alt. Auch wenn
Sie Versicherungsnehmer des Vertrags KV 30 401556 sind, dürfen wir
Ihnen Auskünfte über seine Behandlungen nur mit seinem Einverständnis
geben. Dieses Mal hat er uns am Telefon zugestimmt. Für die Zukunft
kann er uns das Formular DP-V3 schicken.

Mit freundlichen Grüßen
Ronja Siebels
Leistung Kranken
"""
    return (mail(94, "Ronja Siebels <ronja.siebels@weserstein-versicherung.example>",
                 "lueschen.familie@nordwest-mail.example",
                 "Physiotherapie Malte – Erstattung", t),
            S, "de", "insurer-to-parent",
            "father told about adult son's physiotherapy after knee injury, refund")


def m095():
    t = """Hallo zusammen,

für den Azubi-Block "Leistungsbearbeitung Kranken" am 18.11. die
Unterlage zum Vorlesen vorab – bitte durchlesen, keine Echtdaten
drin.

ICD-10-GM – die wichtigsten Grundlagen
- Aufbau: Buchstabe + 2 Ziffern (Kategorie), Punkt, 1-2 Ziffern
  (Subkategorie), z. B. S93.4 = Verstauchung und Zerrung des oberen
  Sprunggelenks
- Zusatzkennzeichen: G = gesichert, V = Verdacht, Z = Zustand nach,
  A = ausgeschlossen; Seitenangabe R/L/B
- Kapitel, die Euch bei jungen Versicherten oft begegnen:
  F (psychische Störungen, z. B. F32 depressive Episode, F41
  Angststörungen, F90 ADHS), J (Atemwege, J45 Asthma),
  K (Verdauung, K35 Appendizitis), S (Verletzungen)
- OPS beschreibt die Operation, nicht die Diagnose
- Wichtig: Diagnosen nie in Betreffzeilen oder Teams-Nachrichten
  schreiben

Übung: Ordnet die 10 Fantasie-Fälle auf dem Arbeitsblatt den
richtigen Kapiteln zu.

Viele Grüße
Dr. Sabine Ortlieb
"""
    return (mail(95, "Dr. Sabine Ortlieb <sabine.ortlieb@weserstein-versicherung.example>",
                 "azubis-2024@weserstein-versicherung.example",
                 "Unterlage ICD-10 Grundlagen für den Azubi-Block", t),
            N, "de", "internal",
            "trap: ICD-10 training material for apprentices, codes without any person")


def m096():
    t = """Sehr geehrte Frau Kirchhoff,

Ihr Parkrempler vom 24.09. auf dem Parkplatz P3 der Hochschule
Ostmarsch ist bei uns unter KF-S-2024-229561 angelegt.

Ihr Fahrzeug:   Toyota Yaris, EL-MK 318 (Vertrag KF 7720 177402)
Gegner:         Ford Focus, LER-HK 77, Halter Hendrik Kleen
Schaden Gegner: Kotflügel vorn links, Gutachten 1.840 EUR
Personenschaden: keiner

Wir regulieren den Schaden von Herrn Kleen über Ihre Kfz-Haftpflicht.
Ihr Schadenfreiheitsrabatt wird dadurch im nächsten Jahr von SF 3 auf
SF 1 zurückgestuft. Tipp: Sie können den Schaden innerhalb von
sechs Monaten selbst an uns zurückzahlen, dann bleibt Ihre Einstufung
erhalten. Wir schicken Ihnen dazu nach Abschluss eine Info.

Mit freundlichen Grüßen
Kfz-Schaden Privatkunden
"""
    return (mail(96, "Kfz-Schaden <kfz-schaden@weserstein-versicherung.example>",
                 "m.kirchhoff@studmail.hs-ostmarsch.example",
                 "Ihr Kfz-Schaden KF-S-2024-229561", t),
            C, "de", "insurer-to-customer",
            "motor liability claim with plates and third party's name; nobody hurt")


def m097():
    t = """Hello Ms Hagedorn,

thank you for your order. Please find the invoice for the freshers'
guides below; the PDF copy follows by post.

  Invoice 2024-1187 | Druckhaus Wümme GmbH
  8,000  "Dein Start in Bremen" freshers' guide, A6, 24 pages
  2,500  flyers "Semester abroad checklist" DE/EN
  Total  EUR 3,948.50 incl. 19 % VAT

Payment within 14 days to:
  Druckhaus Wümme GmbH, Sparkasse Lilienthal
  IBAN DE90 3990 2856 7601 3190 73
  Reference: 2024-1187 / PO 4500-221902

Kind regards
Birte Wendt
Accounts, Druckhaus Wümme GmbH
"""
    fw = "Invoice for the campus flyers - approved, cost centre 4410, please pay. /Svenja\n\n---\n"
    return (mail(97, "Svenja Reents <svenja.reents@weserstein-versicherung.example>",
                 "kreditoren@weserstein-versicherung.example",
                 "FW: Invoice 2024-1187 freshers' guide", fw + t),
            N, "en", "insurer-to-supplier",
            "trap: printer's invoice with a company (GmbH) IBAN, no private person")


def m098():
    t = """Hallo Sabine,

zur Kenntnis und mit der Bitte um Kostenzusage – die Mail der Kundin
hängt an. Ich bin ab morgen im Urlaub.

Gruß Ronja
"""
    fwd = inner("Lotta Harjes <lotta.harjes@studmail.uni-lindhaven.example>",
                "leistung-kranken@weserstein-versicherung.example",
                "Antrag Kostenübernahme Klinik – KV 30 588120",
                """Sehr geehrte Damen und Herren,

mein Psychiater, Dr. Tobias Wendeborn, hat mir eine stationäre
Behandlung in der psychosomatischen Klinik am Deich (Bad Zwischenahn)
empfohlen. Ich habe seit dem Frühjahr wiederholt Panikattacken,
kann seit Juni kaum noch in die Uni gehen und habe mein
Praxissemester abbrechen müssen. Die ambulante Therapie reicht laut
ihm nicht mehr aus (Diagnosen: F41.0 Panikstörung, F32.2 schwere
depressive Episode).

Geplant ist ein Aufenthalt von ca. 6-8 Wochen ab dem 04.11.2024.
Die Einweisung und der Kostenvoranschlag der Klinik hängen an.

Ich bin bei Ihnen im Tarif Start-Voll 100 versichert
(KV 30 588120), geb. 19.12.2001.

Können Sie mir bitte schriftlich bestätigen, dass die Kosten
übernommen werden?

Vielen Dank
Lotta Harjes
""", "Tue, 15 Oct 2024 22:41:07 +0200",
                "<f3c9a1-lotta-0815@studmail.uni-lindhaven.example>")
    return (mail(98, "Ronja Siebels <ronja.siebels@weserstein-versicherung.example>",
                 "Dr. Sabine Ortlieb <sabine.ortlieb@weserstein-versicherung.example>",
                 "Kostenzusage Psychosomatik z.K.", t, atts=[fwd]),
            S, "de", "customer",
            "harmless body; forwarded message/rfc822 with student's panic disorder and clinic stay")


def m099():
    t = """Employee Benefits Newsletter - October 2024

Onboarding apprentices: an insurance checklist for HR

Every autumn thousands of young people start their apprenticeship.
Many of them are insured through their parents for the last time.
What HR departments can do:

- Tell new apprentices that their statutory accident insurance (BG)
  covers work and the way to work - but not leisure time.
- Explain salary conversion for occupational pensions in plain
  language; apprentices often think it is "a loss of money".
- Offer group accident or group disability cover as a benefit; our
  "Azubi Protect" group contract needs no health questions for
  companies with 10+ apprentices.
- Point to employee assistance programmes for mental health; the
  first year away from home is hard for many.

Next webinar: 23 October, "Mental health in the first job".

Weserstein Versicherung AG - Corporate Clients
Unsubscribe: https://www.weserstein-versicherung.example/newsletter/abmelden
"""
    return (mail(99, "Weserstein Firmenkunden <firmenkunden@weserstein-versicherung.example>",
                 "hr-partner@lists.weserstein-versicherung.example",
                 "Employee Benefits Newsletter: onboarding apprentices", t),
            N, "en", "newsletter",
            "trap: HR newsletter on group accident/disability and mental health, no person")


def m100():
    t = """Hi Melis,

kannst du am Donnerstag 14-16 Uhr den Stand an der Uni Bremen-Nord
übernehmen? Ich bin ab Mittwoch im Urlaub, das hatte ich bei der
Planung übersehen, sorry!

Everything you need is in the blue box: flyers, quiz cards, the
tablet for the premium calculator (offline mode, no customer data on
it). Florian is there until 14:00 and shows you the setup.

Danke dir!! 🙏
Jana
"""
    return (mail(100, "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "Melis Aydın <melis.aydin@weserstein-versicherung.example>",
                 "Stand Uni Bremen-Nord Donnerstag – can you cover?", t, cte="8bit"),
            N, "mixed", "internal",
            "trap: colleague asks for stand cover during holiday, organisational only")

# ------------------------------------------------------------------ mails 101-125
def m101():
    t = """Hallo Frau Stöver,

danke für den Hinweis, da ist uns beim Übertragen aus dem
Online-Antrag ein Zahlendreher passiert.

Wir haben Ihr Geburtsdatum im Vertrag PH-4471-305562 korrigiert:
alt: 07.03.2004  ->  neu: 03.07.2004

Einen neuen Versicherungsschein schicken wir Ihnen in Ihr Postfach.
Am Beitrag ändert sich nichts.

Viele Grüße
Kundenservice Start
"""
    return (mail(101, "Kundenservice Start <start@weserstein-versicherung.example>",
                 "h.stoever@webpost.example",
                 "AW: falsches Geburtsdatum im Versicherungsschein", t),
            C, "de", "insurer-to-customer",
            "birth date correction in a named customer's liability contract")


def m102():
    t = """Dear Mr Campbell,

thank you for your enquiry about cover for your son's exchange year
in Canada.

In general, for stays of up to 12 months abroad we recommend:

- International health insurance: our "Campus Global USA/Canada"
  tariff is available for pupils and students aged 15 to 35. It covers
  outpatient and inpatient treatment, emergency dental care and
  medical repatriation. Canadian host schools usually require proof
  of cover in English, which we issue free of charge.
- Liability: if your family has a personal liability policy, children
  in school education are usually covered abroad for up to one year -
  please check your own terms.
- Personal belongings: a travel baggage policy is often cheaper than
  extending household contents insurance.

Premiums for Campus Global USA/Canada currently start at 79 EUR per
month. You can calculate and apply online at
https://www.weserstein-versicherung.example/campus-global

If you'd like a call back, just reply with a time that suits you.

Kind regards
Jana Pohlmann
Customer Service "Start"
"""
    q = """
> I'm looking for insurance for my son (17) who will spend next school
> year in Ontario. What do we need and what does it cost? Thanks,
> Alistair Campbell
"""
    return (mail(102, "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "a.campbell@campbell-home.example",
                 "RE: Insurance for exchange year in Canada", t + q),
            N, "en", "insurer-to-customer",
            "trap: generic product answer to a prospect parent, no contract, no health data")


def m103():
    t = """Hallo Frau Dreyer,

für Ihre Reiseimpfungen vor dem Auslandssemester in Hanoi erstatten
wir aus dem Baustein Reiseschutzimpfungen Ihres Vertrags
KV 30 602218:

Tollwut (Rabipur), 3 Dosen                      246,90 EUR
Japanische Enzephalitis (Ixiaro), 2 Dosen       221,40 EUR
Typhus (Typhim Vi)                               38,70 EUR
Impfberatung Tropeninstitut Hamburg               25,00 EUR
--------------------------------------------------------------
Summe                                           532,00 EUR
erstattet (Höchstbetrag 500 EUR/Kalenderjahr)   500,00 EUR

Die Malariaprophylaxe (Atovaquon/Proguanil) ist ein Arzneimittel und
wird über den ambulanten Tarif abgerechnet – die Rechnung der Apotheke
fehlt uns dafür noch.

Gute Reise!
Ronja Siebels
Leistung Kranken
"""
    return (mail(103, "Ronja Siebels <ronja.siebels@weserstein-versicherung.example>",
                 "tabea.dreyer@studmail.uni-lindhaven.example",
                 "Erstattung Reiseimpfungen", t),
            S, "de", "insurer-to-customer",
            "travel vaccinations and malaria prophylaxis of a named student, refund")


def m104():
    t = """Dear Ms Novak,

thanks for sending the completed claim form - I have attached it again
with our notes so you can check the details. The damaged bike was in
the shared bicycle cellar of your building, which is a lockable
common room, so the damage by the falling shelf is covered.

Please let us know if anything in the form is wrong.

Kind regards
Timo Behrends
"""
    o = odt(["Weserstein Versicherung AG - Schadenanzeige Fahrrad / Bicycle claim form",
             "Schadennummer / claim no.: FR-S-2024-5771",
             "Versicherungsnehmerin / policyholder: Petra Novak",
             "Vertrag / policy: Hausrat Start mit Fahrradklausel, HR-5520-760043",
             "Anschrift / address: Lange Reihe 40, Kellerraum 2, 28219 Bremen",
             "Fahrrad / bicycle: Trek FX 2 Disc, frame no. WTU291C2281K, bought 04/2023, 849 EUR",
             "Schaden / damage: rear wheel and derailleur bent by a falling metal shelf, 21.09.2024",
             "Reparaturkostenvoranschlag / estimate: Radhaus Findorff, 186,50 EUR",
             "Notiz Weserstein: gedeckt, Zahlung nach Rechnung, keine SB"])
    return (mail(104, "Timo Behrends <timo.behrends@weserstein-versicherung.example>",
                 "petra.novak@studmail.uni-bremen-nord.example",
                 "Your bicycle claim FR-S-2024-5771 - claim form", t,
                 atts=[("Schadenanzeige_FR-S-2024-5771.odt",) + ODT_T + (o,)]),
            C, "en", "insurer-to-customer",
            "bicycle claim; contract, address and frame number only in the ODT attachment")


def m105():
    t = """Hallo liebe Azubis und Duale,

nicht vergessen: Anmeldung zum Azubi-Sommerfest bis Freitag!

Wann: Samstag, 14.09., ab 15 Uhr
Wo:   Beachclub Weserstrand (Bus 24 bis Haltestelle Hafenkante)
Was:  Beachvolleyball, Grill, alkoholfreie Cocktails (und ein paar
      mit), DJ ab 20 Uhr

Bitte bei der Anmeldung angeben, ob Ihr vegetarisch/vegan esst.
Partner/innen sind willkommen.

Und für die Volleyballer: Letztes Jahr gab's zwei umgeknickte Füße –
bitte warm machen :)

Euer Orga-Team
"""
    return (mail(105, "Azubi-Orga <azubi-orga@weserstein-versicherung.example>",
                 "azubis-alle@weserstein-versicherung.example",
                 "Erinnerung: Anmeldung Azubi-Sommerfest bis Freitag", t),
            N, "de", "internal",
            "trap: party invite with a vague joke about last year's sprained ankles, nobody named")


def m106():
    t = """Katrin,

dental invoice from Prague for AKV-2024-0367220, see attachment.
Translation is in column E. OK to pay?

Ines
"""
    rows = [["Datum", "Leistung (CZ)", "Zahn", "CZK", "Übersetzung / Anmerkung"],
            ["Pacient / Patientin: Leonie Wübker, nar. 08.06.2003", "", "", "", ""],
            ["30.09.2024", "Akutní ošetření, RTG", "11, 12", 1850, "Notfallbehandlung nach Fahrradsturz, Röntgen"],
            ["30.09.2024", "Ošetření komplikované fraktury zubu", "11", 4200, "Behandlung Zahnfraktur mit Pulpabeteiligung"],
            ["30.09.2024", "Provizorní korunka", "11", 2600, "provisorische Krone"],
            ["07.10.2024", "Endodontické ošetření", "11", 6900, "Wurzelkanalbehandlung"],
            ["", "Celkem", "", 15550, "Gesamt ca. 618 EUR"],
            ["", "Klinika: Dentální centrum Vinohrady s.r.o.", "", "", ""]]
    return (mail(106, "Ines Bruns <ines.bruns@weserstein-versicherung.example>",
                 "Katrin Wessels <katrin.wessels@weserstein-versicherung.example>",
                 "Prague invoice AKV-2024-0367220", t,
                 atts=[("Rechnung_Praha_uebersetzt.xlsx",) + XLSX_T + (xlsx(rows, "Rechnung"),)]),
            S, "en", "internal",
            "harmless body; XLSX with student's dental fracture treatment after bike crash")


def m107():
    t = """Sehr geehrter Herr Gerken,

zum 01.01.2025 stufen wir Ihren Vertrag KF 7720 188904 (Mazda 2,
CLP-TG 44) neu ein. Sie sind seit drei Jahren unfallfrei gefahren –
Glückwunsch!

                    2024       2025
SF-Klasse Haftpfl.  SF 2       SF 3
SF-Klasse Vollk.    SF 2       SF 3
Fahrer unter 23     ja         nein (Sie werden am 02.02.2025 23)

Ihr Beitrag sinkt dadurch von 1.226,40 EUR auf 958,70 EUR im Jahr.
Die neue Beitragsrechnung kommt im November.

Mit freundlichen Grüßen
Kfz-Service Privatkunden
"""
    return (mail(107, "Kfz-Service <kfz-service@weserstein-versicherung.example>",
                 "niels.gerken@webpost.example",
                 "Neue SF-Einstufung ab 2025", t),
            C, "de", "insurer-to-customer",
            "motor re-rating for young driver with plate and implied birth date")


def m108():
    t = """PRESS RELEASE

Weserstein sponsors the Lindhaven University Rowing Regatta

Bremen, 8 October 2024 - Weserstein Versicherung will be the main
sponsor of the 25th Lindhaven University Rowing Regatta on 26 April
2025. Around 600 student rowers from 30 universities are expected on
the Weser.

Part of the sponsorship is a first-aid and water rescue station run by
the DLRG youth group, which Weserstein is funding with new equipment,
and a "safe rowing" campaign on cold-water risks.

"Sport on campus is about fitness, friendship and balance during
stressful semesters," says Svenja Reents, head of university
partnerships at Weserstein.

Press contact: presse@weserstein-versicherung.example
"""
    return (mail(108, "Maren Deetjen <presse@weserstein-versicherung.example>",
                 "sportredaktion@weser-tageblatt.example",
                 "Press release: Weserstein sponsors University Rowing Regatta", t),
            N, "en", "insurer-to-partner",
            "trap: sponsoring press release mentioning first aid and rescue, no person")


def m109():
    t = """Sehr geehrte Damen und Herren,

in der Unfallsache unseres Mandanten

    Luca Hemken, geb. 26.09.2004, Azubi Industriemechaniker
    Ihre Schadennummer UV-L-2024-1127, Vertrag UV 55 366 014

nehmen wir Bezug auf Ihr Schreiben vom 12.09.2024, mit dem Sie eine
Invaliditätsleistung auf Basis von 3/10 Armwert rechts angeboten haben.

Dem widersprechen wir. Unser Mandant hat bei dem Motorradunfall am
03.11.2023 (Zusammenstoß mit einem abbiegenden Pkw, B 72) eine
Plexusläsion des rechten Arms (obere Plexusparese C5/C6) erlitten.
Nach dem Bericht der BG Klinik Hamburg vom 28.08.2024 ist die
Schulterabduktion auf 40° begrenzt, die Ellenbogenbeugung nur gegen
leichten Widerstand möglich (Kraftgrad 3/5). Eine weitere Besserung
ist nicht zu erwarten.

Nach unserer Auffassung ist eine Funktionsbeeinträchtigung von
mindestens 6/10 Armwert anzusetzen. Außerdem wurde die psychische
Folgesymptomatik (Anpassungsstörung, ambulante Psychotherapie seit
02/2024) nicht berücksichtigt.

Wir fordern Sie auf, bis zum 15.11.2024 ein neues Gutachten durch
einen Handchirurgen in Auftrag zu geben oder die Leistung auf
Grundlage von 6/10 Armwert neu zu berechnen.

Mit freundlichen Grüßen
Jan-Hendrik Oltmer
Rechtsanwalt, Fachanwalt für Versicherungsrecht
Kanzlei Oltmer Wilkens, Oldenburg
"""
    fw = "Dirk, Schreiben RA Oltmer zu Hemken, Frist 15.11. notiert. /Ines\n\n-------- Weitergeleitet --------\n"
    return (mail(109, "Ines Bruns <ines.bruns@weserstein-versicherung.example>",
                 "Dirk Hoting <dirk.hoting@weserstein-versicherung.example>",
                 "WG: Unfallsache Hemken – UV-L-2024-1127", fw + t),
            S, "de", "lawyer",
            "lawyer disputes invalidity of an apprentice: brachial plexus injury, psychotherapy")


def m110():
    t = """Hallo Frau Seemann,

wir erteilen Deckungszusage für die Rückforderung Ihrer Mietkaution.

Schaden:   RS-S-2024-33412
Vertrag:   Rechtsschutz Start (Privat, Wohnen) RS-3301-104455
Gegner:    Vermieter Herr Dieter Albers, Osnabrück
Streitwert: 1.200 EUR (Kaution WG-Zimmer Lotter Str. 61, Auszug
            30.04.2024, bisher keine Abrechnung)

Sie können eine Anwältin oder einen Anwalt Ihrer Wahl beauftragen.
Wenn Sie möchten, nennen wir Ihnen eine Kanzlei in Osnabrück aus
unserem Netzwerk – dann entfällt die Selbstbeteiligung.

Viele Grüße
Rechtsschutz-Service
"""
    return (mail(110, "Rechtsschutz-Service <rechtsschutz@weserstein-versicherung.example>",
                 "jule.seemann@uni-os-student.example",
                 "Deckungszusage Mietkaution – RS-S-2024-33412", t),
            C, "de", "insurer-to-customer",
            "legal expenses cover for deposit dispute; landlord named, contract number")


def m111():
    t = """Hallo zusammen,

neuer Textbaustein im Korrespondenzsystem: TB-AKV-12 "Bestätigung für
Hochschule". Bitte künftig diesen verwenden statt eigener Texte.

-----
Sehr geehrte Damen und Herren,

wir bestätigen, dass «Vorname» «Name», geb. «Geburtsdatum», bei uns
im Tarif «Tarifname» versichert ist (Vertrag «Vertragsnummer»).

Versicherungszeitraum: «Beginn» bis «Ende»
Geltungsbereich: «Geltungsbereich»

Der Versicherungsschutz umfasst ambulante und stationäre
Heilbehandlung sowie den medizinisch notwendigen Rücktransport.
Auskünfte über Vorerkrankungen oder Leistungsfälle erteilen wir
nicht.
-----

Wichtig: Der Baustein darf nur mit schriftlichem Auftrag der
versicherten Person an die Hochschule gehen.

Gruß
Bernd Klüver
"""
    return (mail(111, "Bernd Klüver <bernd.kluever@weserstein-versicherung.example>",
                 "team-reise-ausland@weserstein-versicherung.example",
                 "Neuer Textbaustein TB-AKV-12 Bestätigung für Hochschule", t),
            N, "de", "internal",
            "trap: text template with «Geburtsdatum» placeholders, no person")


def m112():
    t = """Dear Mr Petrović,

we are pleased to confirm that we will cover the costs of outpatient
psychotherapy under your health insurance KV 30 594410 (tariff
Start-Voll 100):

  Therapist:    Dipl.-Psych. Anna-Lena Rüther, Bremen
  Procedure:    cognitive behavioural therapy, individual sessions
  Diagnosis:    F33.1 recurrent depressive disorder, current episode
                moderate
  Approved:     24 sessions (plus 2 probatory sessions already held)
  Period:       15/10/2024 - 14/10/2025
  Rate:         100 % up to 2.3 x GOÄ 870

If more sessions are needed, the therapist can apply for an extension
with a short report. We will not contact your university or anyone
else about this.

Take care,
Dr Sabine Ortlieb
Health Claims
Weserstein Krankenversicherung AG
"""
    return (mail(112, "Dr Sabine Ortlieb <sabine.ortlieb@weserstein-versicherung.example>",
                 "stefan.petrovic@studmail.uni-lindhaven.example",
                 "Approval of psychotherapy - KV 30 594410", t),
            S, "en", "insurer-to-customer",
            "psychotherapy approval for a student with diagnosis F33.1")


def m113():
    t = """Timo - rental excess claim for Ms Schröder (young driver), invoice
from the rental company below. Her policy RG-8812-061337 includes
the rental excess module. Can you take it?  /Ines

-----Original Message-----
From: Damage Department <damages@quickrent-mobility.example>
Sent: Tuesday, 8 October 2024 10:15
To: annika.schroeder@webpost.example
Subject: Damage invoice rental agreement RA-BRE-771024

Dear Ms Schröder,

during the return check of your rental vehicle (VW Polo, HB-QR 4471,
rental 04.10.-06.10.2024, Bremen Airport) we found a dent and
scratches on the rear right door.

As you are a driver under 25 ("young driver"), your excess under our
collision damage waiver is 1,500 EUR instead of 950 EUR.

Damage invoice:
  repair as per assessment          1,312.40 EUR
  loss of use 2 days                  118.00 EUR
  administration fee                   69.00 EUR
  total (capped at excess)          1,499.40 EUR

The amount was charged to your credit card ending 4471 today.

Quickrent Mobility GmbH
"""
    return (mail(113, "Ines Bruns <ines.bruns@weserstein-versicherung.example>",
                 "Timo Behrends <timo.behrends@weserstein-versicherung.example>",
                 "FW: Damage invoice rental agreement RA-BRE-771024", t),
            C, "en", "company",
            "rental company damage invoice to a young driver, rental excess policy number")


def m114():
    t = """Wissensdatenbank-Artikel KB-0412 (Entwurf) – bitte gegenlesen.

Auslandssemester: Welche Versicherung braucht der Kunde?

1. Krankenversicherung
   - GKV-Versicherte im EU-Ausland: EHIC deckt notwendige Behandlung
     nach dem Recht des Gastlandes, oft mit Zuzahlungen; kein
     Rücktransport.
   - Außerhalb EU/Abkommensstaaten: GKV zahlt i. d. R. nichts ->
     Campus Global anbieten.
   - PKV-Versicherte: Geltungsbereich prüfen, meist Europa + 1 Monat
     weltweit.
2. Haftpflicht: Familienvertrag oder Single Start gilt weltweit bis
   3 Jahre Auslandsaufenthalt.
3. Hausrat: Außenversicherung 3 Monate – für ein ganzes Semester
   reicht das nicht. Reisegepäck anbieten.
4. Anwartschaft: Bei Auslandsaufenthalt > 3 Monate kann die deutsche
   PKV ruhen; Anwartschaft sichert die Rückkehr ohne neue
   Gesundheitsprüfung.

Gesprächshinweis: Nie nach Vorerkrankungen fragen, bevor ein Antrag
gestellt wird – das macht die Antragsstrecke.

Stand: 10/2024, Verantwortlich: Produkt Reise
"""
    return (mail(114, "Bernd Klüver <bernd.kluever@weserstein-versicherung.example>",
                 "team-service@weserstein-versicherung.example",
                 "KB-0412 Auslandssemester – Entwurf zum Gegenlesen", t),
            N, "de", "internal",
            "trap: knowledge-base article on semester-abroad insurance, general")


def m115():
    t = """Hallo Herr Pape,

schöne Grüße zurück – und gute Besserung!

Wir haben Ihre Unfallmeldung (Sturz vom Hochbett in Ihrem WG-Zimmer
am 28.09.2024 nachts, Schlüsselbeinbruch links, konservativ mit
Rucksackverband behandelt, Röntgen Klinikum Oldenburg) zu Ihrer
Unfallversicherung UV 55 411 870 bearbeitet.

Wir zahlen die Gipspauschale für Frakturen: 300 EUR. Die
Arbeitsunfähigkeitsbescheinigung für Ihren Minijob brauchen wir
nicht.

Sollte nach einem Jahr eine Bewegungseinschränkung in der Schulter
bleiben, melden Sie sich bitte wieder, dann prüfen wir eine
Invaliditätsleistung.

Viele Grüße
Leistung Unfall

PS: Ein Rausfallschutz am Hochbett wäre vielleicht eine Idee. ;)
"""
    return (mail(115, "Leistung Unfall <leistung-unfall@weserstein-versicherung.example>",
                 "till.pape@studmail.uni-oldenburg-nord.example",
                 "Ihr Unfall vom 28.09. – Gipspauschale", t),
            S, "de", "insurer-to-customer",
            "accident claim: collarbone fracture after falling from loft bed in WG")


def m116():
    t = """Hello,

we received a request to reset the password for your Mein Weserstein
account.

To continue, please answer your security question on the reset page:
https://portal.weserstein-versicherung.example/reset?token=7f3c2a9e4b

The link is valid for 20 minutes. If you did not request this, you can
ignore this e-mail - your password stays unchanged.

Weserstein Versicherung AG
This e-mail was generated automatically.
"""
    return (mail(116, "Mein Weserstein <noreply@weserstein-versicherung.example>",
                 "arjun.iyer@studmail.uni-bremen-nord.example",
                 "Reset your password", t, cte="7bit"),
            N, "en", "insurer-to-customer",
            "trap: password-reset notification, no contract data")


def m117():
    t = """Sehr geehrter Herr Janßen,

Ihre Anfrage zur Bestandsübertragung haben wir geprüft. Für die drei
Kundinnen und Kunden aus dem Bestand der bisherigen Agentur Renken
liegen die Maklervollmachten vor. Die Verträge werden ab 01.11.2024
Ihrer Vermittlernummer 44719 zugeordnet. Die Übersicht finden Sie im
Anhang; bitte gleichen Sie die Daten mit Ihrem MVP ab.

Mit freundlichen Grüßen
Till Evers
Maklerbetreuung
"""
    csv = crlf("""Vertrag;Sparte;VN;Geburtsdatum;PLZ;Beitrag_mtl;Beginn
PH-4471-288031;Privathaftpflicht Single Start;Jonas Wilken;12.04.2003;26655;4,10;01.03.2023
HR-5520-701144;Hausrat Start;Jonas Wilken;12.04.2003;26655;5,20;01.03.2023
KF 7720 162280;Kfz (VW Up, WST-JW 12);Mareike Addicks;30.01.2002;26160;82,40;01.05.2022
PH-4471-299410;Privathaftpflicht Single Start;Okan Yilmaz;19.08.2005;26655;4,10;15.08.2024
""").encode("cp1252")
    return (mail(117, "Till Evers <till.evers@weserstein-versicherung.example>",
                 "Heiko Janßen <info@janssen-finanzkontor.example>",
                 "Bestandsübertragung Agentur Renken – Übersicht", t,
                 atts=[("Bestand_Uebertragung_44719.csv", "application", "vnd.ms-excel", csv)]),
            C, "de", "insurer-to-broker",
            "harmless body; CSV with young customers' birth dates and contracts (non-personal lines)")


def m118():
    t = """Sehr geehrter Herr Brunken,

zur Unfallmeldung aus Ihrer Gruppenunfallversicherung GU-7710-0082
(Tischlerei Brunken GmbH & Co. KG):

Versicherte Person: Emil Carstens, Auszubildender Tischler, 1. Lehrjahr
Unfall: 17.09.2024, Schnittverletzung linke Hand an der
Formatkreissäge, Durchtrennung der Beugesehne Zeigefinger (S66.0),
operative Naht im Klinikum Delmenhorst, Schiene 6 Wochen.

Die BG Holz und Metall ist als Träger der gesetzlichen
Unfallversicherung für die Heilbehandlung zuständig. Aus der
Gruppenunfallversicherung leisten wir zusätzlich:
  Krankenhaustagegeld 1 Tag:      40 EUR
  Übergangsleistung: nach 6 Monaten zu prüfen
  Invalidität: Bemessung frühestens nach 12 Monaten

Wir überweisen die Leistung gemäß Vertrag an Herrn Carstens direkt.
Bitte geben Sie ihm eine Kopie dieses Schreibens bzw. unsere
Kontaktdaten; medizinische Unterlagen schicken wir künftig nur noch
an ihn.

Mit freundlichen Grüßen
Dirk Hoting
Leistung Unfall Firmenkunden
"""
    return (mail(118, "Dirk Hoting <dirk.hoting@weserstein-versicherung.example>",
                 "geschaeftsfuehrung@tischlerei-brunken.example",
                 "Gruppenunfall GU-7710-0082 – Unfall Emil Carstens", t),
            S, "de", "insurer-to-employer",
            "group accident: apprentice's tendon injury reported to the employer")


def m119():
    t = """Hallo Team,

Termin für die Fahrradcodierung mit der Polizei am Mensa-Stand steht.
Die Polizei codiert, wir verteilen Flyer zur Fahrradversicherung und
Schlossaufkleber. Bitte KEINE Namen oder Rahmennummern notieren –
das macht die Polizei selbst für ihr Codierprotokoll.

Einladung hängt an.
Svenja
"""
    ics = crlf("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weserstein Versicherung//Campus//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:fahrradcodierung-2024-10-22@weserstein-versicherung.example
DTSTAMP:20241001T090000Z
DTSTART:20241022T080000Z
DTEND:20241022T140000Z
SUMMARY:Fahrradcodierung mit der Polizei – Mensa Uni Bremen-Nord
LOCATION:Mensa-Vorplatz\\, Universität Bremen-Nord
DESCRIPTION:Infostand Fahrradversicherung\\, Codierung durch die Polizei.
ORGANIZER;CN=Svenja Reents:mailto:svenja.reents@weserstein-versicherung.example
END:VEVENT
END:VCALENDAR
""").encode("utf-8")
    return (mail(119, "Svenja Reents <svenja.reents@weserstein-versicherung.example>",
                 "team-campus@weserstein-versicherung.example",
                 "Fahrradcodierung Mensa 22.10.", t,
                 atts=[("Fahrradcodierung_22-10.ics", "text", "calendar", ics)]),
            N, "de", "internal",
            "trap: campus bike-coding event invite (ICS), no person")


def m120():
    t = """Dear Mr Navarro,

thank you, your SEPA mandate has been registered. Since you still use
your Spanish account, the direct debit will be made as a SEPA
cross-border debit - no extra fees on our side.

  Account holder: Pablo Navarro Ruiz
  IBAN:           ES17 8051 5532 1439 3828 2396
  Mandate ref.:   WS-HR-5520-817730-01
  Contract:       Household contents Start HR-5520-817730
  Amount:         5.20 EUR monthly, first debit 01/11/2024

Kind regards
Customer Service "Start"
Weserstein Versicherung AG
"""
    return (mail(120, "Kundenservice Start <start@weserstein-versicherung.example>",
                 "pablo.navarro@erasmus-mail.example",
                 "Your SEPA direct debit mandate", t),
            C, "en", "insurer-to-customer",
            "SEPA mandate confirmation with a Spanish IBAN of a named student")


def m121():
    t = """STUDENT OFFER: 3 months of phone insurance for free

Cracked screen before your first exam? Happens to the best of us.

Until 30 November, students and apprentices get "Elektronik Start"
for smartphones and laptops with 3 free months:
- screen breakage, liquid damage, theft from a locked room
- 50 EUR deductible, no deductible for theft
- after the free period from 4.90 EUR/month, cancel monthly

Proof of status: enrolment certificate or training contract, upload
when you sign up.

Get it here: https://www.weserstein-versicherung.example/elektronik-start
Terms and conditions: https://www.weserstein-versicherung.example/agb/el-start

Weserstein Versicherung AG, Am Speicherhafen 12, 28217 Bremen
"""
    return (mail(121, "Weserstein Campus <campus@weserstein-versicherung.example>",
                 "newsletter-campus@lists.weserstein-versicherung.example",
                 "Student offer: 3 months free phone insurance", t),
            N, "en", "newsletter",
            "trap: student-offer marketing mail, no person")


def m122():
    t = """Sabine, kannst du ihr antworten? Sie hat nur Zahnzusatz bei uns,
ich glaube, ein Krankentagegeld kann sie jetzt nicht mehr
abschließen. Danke, Jana

-----Ursprüngliche Nachricht-----
Von: Chiara Loose <chiara.loose@webpost.example>
Gesendet: Mittwoch, 16. Oktober 2024 07:58
An: service@weserstein-versicherung.example
Betreff: Frage Krankentagegeld / Schwangerschaft – Vertrag ZS-90-448120

Hallo,

ich bin Azubi (Zahnmedizinische Fachangestellte, 2. Lehrjahr) und
habe bei Ihnen meine Zahnzusatzversicherung. Ich bin in der 11. Woche
schwanger und meine Frauenärztin hat ein Beschäftigungsverbot
ausgesprochen, weil ich in der Praxis mit Röntgen und Amalgam zu tun
habe. Meine Chefin zahlt das Gehalt weiter, aber ich mache mir
Sorgen, wie es nach der Geburt weitergeht, weil das Elterngeld von
meiner Ausbildungsvergütung (920 EUR) ja sehr wenig ist.

Kann ich bei Ihnen noch eine Krankentagegeldversicherung oder
irgendwas abschließen, das mir hilft? Und zahlt die
Zahnzusatzversicherung auch die professionelle Zahnreinigung in der
Schwangerschaft?

Viele Grüße
Chiara Loose
"""
    return (mail(122, "Jana Pohlmann <jana.pohlmann@weserstein-versicherung.example>",
                 "Dr. Sabine Ortlieb <sabine.ortlieb@weserstein-versicherung.example>",
                 "WG: Frage Krankentagegeld / Schwangerschaft – Vertrag ZS-90-448120", t),
            S, "de", "customer",
            "forwarded apprentice mail: pregnancy, employment ban, training pay")


def m123():
    t = """Hallo Frau Tammena,

hier Ihre eVB für die Zulassung:

eVB-Nummer:  J8X2L5R
gültig bis:  30.11.2024
Halterin:    Wiebke Tammena, Kolberger Str. 6, 26603 Aurich
Fahrzeug:    Renault Clio IV, FIN VF15R400H58822610

Mit der Nummer können Sie das Auto bei der Zulassungsstelle Aurich
anmelden. Sobald uns das Kennzeichen gemeldet wird, schicken wir den
Versicherungsschein.

Gute Fahrt mit dem ersten eigenen Auto!
Kfz-Service Privatkunden
"""
    return (mail(123, "Kfz-Service <kfz-service@weserstein-versicherung.example>",
                 "wiebke.tammena@ostfriesen-mail.example",
                 "Ihre eVB-Nummer", t),
            C, "de", "insurer-to-customer",
            "eVB with holder's name, address and VIN")


def m124():
    t = """Hallo zusammen,

hier die Zusammenfassung der Kundenbefragung "Azubi-Tarife" (n=412,
Rücklauf 18 %). Freitextantworten sind gekürzt und anonymisiert,
Namen/Vertragsnummern wurden vom Institut entfernt.

Zufriedenheit gesamt: 1,9 (Schulnoten)
Weiterempfehlung: 71 %

Häufigste Kritik (Freitext, Auswahl):
- "Meine Eltern haben angerufen und durften nichts erfahren, das war
  nervig, aber eigentlich richtig."
- "Der Gesundheitsfragebogen für die BU ist viel zu lang."
- "Warum kostet Unfall für Dachdecker mehr als für Bürokaufleute??"
- "Die App stürzt beim Hochladen der Rechnung ab."

Häufigstes Lob:
- schnelle Erstattung, Ansprechpartner per Chat, Startrabatt

Details in der Präsentation am 05.11.

Gruß
Lina
"""
    return (mail(124, "Lina Tammen <lina.tammen@weserstein-versicherung.example>",
                 "steering-young@weserstein-versicherung.example",
                 "Kundenbefragung Azubi-Tarife – Ergebnisse", t),
            N, "de", "internal",
            "trap: anonymised survey results with health-questionnaire complaints, no person")


def m125():
    t = """Dear Ms Falkenberg,

thank you for choosing our term life insurance to secure your
education loan.

  Policy:         RL-4410-028815, term life "Start Protect"
  Insured person: Marta Falkenberg, born 11/03/2000
  Sum insured:    28,000 EUR, decreasing in line with the loan
  Term:           01/10/2024 - 30/09/2036
  Beneficiary:    Förderbank Nord AöR (loan no. ST-2024-4471) up to the
                  outstanding loan amount; remainder to your parents,
                  Ingrid and Olaf Falkenberg
  Premium:        6.40 EUR per month (non-smoker rate)

Please note: the non-smoker rate applies because you declared that you
have not smoked in the past 12 months. If you start smoking, please
tell us.

The policy document follows by post.

Kind regards
Weserstein Lebensversicherung AG
Customer Service Life
"""
    return (mail(125, "Service Leben <service-leben@weserstein-versicherung.example>",
                 "marta.falkenberg@webpost.example",
                 "Your term life policy RL-4410-028815", t),
            S, "en", "insurer-to-customer",
            "life policy of a named student: birth date, beneficiaries, non-smoker status")

# ------------------------------------------------------------------ mails 126-150
def m126():
    t = """STUDY ABROAD FAIR 2024 - Hansische Universität Lindhaven
Saturday 9 November, 11:00-16:00, Audimax foyer

Meet partner universities from 20 countries, scholarship advisers
(Erasmus+, DAAD, PROMOS) - and us, with a short Q&A every hour:

  12:00  "Do I need extra health insurance for Spain/the UK/Canada?"
  14:00  "Liability, bike and laptop: what is covered abroad?"

No registration needed. Bring your questions - we don't need any
documents or personal data to answer them.

Weserstein Campus Team
https://www.weserstein-versicherung.example/campus
"""
    h = """<html><body style="font-family:Arial,sans-serif">
<h2>STUDY ABROAD FAIR 2024</h2>
<p><b>Hansische Universit&auml;t Lindhaven</b><br>Saturday 9 November, 11:00&ndash;16:00, Audimax foyer</p>
<p>Meet partner universities from 20 countries, scholarship advisers (Erasmus+, DAAD, PROMOS) &ndash; and us,
with a short Q&amp;A every hour:</p>
<table cellpadding="4"><tr><td>12:00</td><td>&bdquo;Do I need extra health insurance for Spain/the UK/Canada?&ldquo;</td></tr>
<tr><td>14:00</td><td>&bdquo;Liability, bike and laptop: what is covered abroad?&ldquo;</td></tr></table>
<p>No registration needed. Bring your questions &ndash; we don't need any documents or personal data to answer them.</p>
<p>Weserstein Campus Team &middot; <a href="https://www.weserstein-versicherung.example/campus">weserstein-versicherung.example/campus</a></p>
</body></html>"""
    return (mail(126, "Weserstein Campus <campus@weserstein-versicherung.example>",
                 "newsletter-campus@lists.weserstein-versicherung.example",
                 "Study Abroad Fair on 9 Nov - health insurance Q&A", t, html=h),
            N, "en", "newsletter",
            "trap: campus-event newsletter about health insurance abroad, no person")


def m127():
    t = """Hallo Herr Lübben,

die Lastschrift für Ihre Hausratversicherung HR-5520-744518 vom
01.10.2024 ist leider zurückgekommen (Grund der Bank: "Konto
erloschen").

Belastetes Konto: IBAN DE55 4732 9578 7455 3805 77
Offener Betrag:   5,20 EUR Beitrag + 3,00 EUR Rücklastschriftgebühr

Haben Sie vielleicht nach dem Umzug die Bank gewechselt? Dann geben
Sie uns bitte einfach die neue Bankverbindung über Mein Weserstein
durch, wir buchen den offenen Betrag dann mit der nächsten Rate ab.

Viele Grüße
Beitragsservice Sach
"""
    return (mail(127, "Beitragsservice Sach <beitrag-sach@weserstein-versicherung.example>",
                 "kai.luebben@studmail.hs-ostmarsch.example",
                 "Rücklastschrift Hausrat HR-5520-744518", t),
            C, "de", "insurer-to-customer",
            "returned direct debit: student's IBAN and household contract")


def m128():
    t = """Sehr geehrte Frau Dr. Meinen,

Ihre Patientin Frau Smilla Gerdes, geb. 12.04.2005, hat bei uns einen
Unfall gemeldet (Unfallversicherung UV 55 418 223). Nach ihren Angaben
ist sie am 10.08.2024 auf dem Festival "Deichbrand Nord" im
Zeltplatzbereich über eine Zeltleine gestürzt und hat sich das rechte
Sprunggelenk gebrochen. Sie wurde vor Ort vom Sanitätsdienst versorgt
und anschließend im Krankenhaus Cuxhaven operiert.

Eine Schweigepflichtentbindung liegt uns vor (Kopie anbei per Post).

Wir bitten um einen kurzen ärztlichen Bericht (Formular U-3):
- genaue Diagnose (Weber-Klassifikation) und Versorgung,
- Vorerkrankungen oder frühere Verletzungen des rechten Sprunggelenks,
- voraussichtliche Dauer der Behandlung,
- ist mit einem Dauerschaden zu rechnen?

Für den Bericht zahlen wir 45 EUR. Bitte geben Sie als Zeichen
UV-L-2024-1398 an.

Mit freundlichen Grüßen
Katrin Wessels
Leistung Unfall
"""
    return (mail(128, "Katrin Wessels <katrin.wessels@weserstein-versicherung.example>",
                 "praxis@hausarzt-meinen.example",
                 "Anfrage ärztlicher Bericht – Smilla Gerdes, UV-L-2024-1398", t),
            S, "de", "insurer-to-doctor",
            "request to GP: young woman's ankle fracture at festival, birth date")


def m129():
    t = """Hallo zusammen,

nach der Welcome Week noch mal die Regeln für Social Media bei
Campus-Aktionen:

1. Fotos nur von unserem Stand, dem Team und Give-aways.
2. Keine Fotos, auf denen Studierende erkennbar sind – auch nicht von
   hinten mit Namensschild oder mit Rad + Rahmennummer.
3. Keine Geschichten aus Kundengesprächen ("Heute kam eine Studentin,
   deren Laptop ..."), auch nicht anonymisiert, wenn der Ort
   erkennbar ist.
4. Gewinnerinnen und Gewinner des Quiz nur mit schriftlicher
   Einwilligung posten.
5. Kommentare mit Schadenfragen: freundlich auf Direktnachricht bzw.
   Service-Kontakt verweisen, nie öffentlich antworten.

Danke!
Maren Deetjen
Unternehmenskommunikation
"""
    return (mail(129, "Maren Deetjen <presse@weserstein-versicherung.example>",
                 "team-campus@weserstein-versicherung.example",
                 "Social-Media-Regeln bei Campus-Aktionen", t),
            N, "de", "internal",
            "trap: social-media rules for campus events, no person")


def m130():
    t = """Dear Ms Obi,

as requested, here is the confirmation of your personal liability
insurance for your internship in the chemistry laboratory:

  To: Institut für Anorganische Chemie, Hansische Universität Lindhaven
  Policyholder:     Adaeze Obi, student of chemistry (B.Sc.)
  Policy no.:       PH-4471-309980, Privathaftpflicht Single Start
  Cover:            EUR 10 million lump sum; includes damage to
                    borrowed or rented property and laboratory
                    equipment during compulsory internships up to
                    EUR 50,000
  Valid:            since 01/04/2024, continuing

Kind regards
Customer Service "Start"
Weserstein Versicherung AG
"""
    return (mail(130, "Kundenservice Start <start@weserstein-versicherung.example>",
                 "adaeze.obi@studmail.uni-lindhaven.example",
                 "Liability confirmation for your lab internship", t,
                 cc="praktikum-ac@uni-lindhaven.example"),
            C, "en", "insurer-to-customer",
            "liability confirmation naming student and policy, copied to university")


def m131():
    t = """Minutes - Product Meeting "Young Customers", 2 October 2024

Present: L. Tammen, B. Klüver, F. Gerdes, Dr. S. Ortlieb, H. Janssen
Minutes: L. Tammen

1. "Start Plus" bundle (liability + contents + accident)
   - Launch planned for 01/03/2025.
   - Includes an optional psychological hotline (external provider,
     anonymous, no data flow to Weserstein). Dr. Ortlieb confirms that
     hotline calls will never be used for underwriting.
2. Start-BU health questions
   - Question on psychotherapy to be reduced from 5 to 3 years,
     in line with the market. Janssen to check impact with reinsurer.
3. Parents' enquiries
   - Complaints up; service to use guidance note DP-07 consistently.
4. Campus Global
   - Claims ratio 2024 YTD 71 %; no price change.

Next meeting: 6 November 2024.
"""
    return (mail(131, "Lina Tammen <lina.tammen@weserstein-versicherung.example>",
                 "steering-young@weserstein-versicherung.example",
                 "Minutes product meeting Young Customers 2 Oct", t),
            N, "en", "internal",
            "trap: product minutes on psychotherapy questions and hotline, no customer")


def m132():
    t = """Dear Ms Lindner,

we have reviewed the invoices from your semester abroad in Edinburgh
(policy AKV-2024-0344519, tariff Campus Global).

Unfortunately we cannot reimburse the costs of 3 and 17 September
(Royal Infirmary, emergency department, nebuliser treatment and
prednisolone; follow-up with a GP, new salbutamol and beclometasone
inhalers).

Reason: in your application of 12 June 2024 you answered "no" to the
question about chronic illnesses treated in the past three years.
The GP letter you sent us now states that you have had allergic asthma
since childhood, with regular prescriptions of inhalers, most recently
in May 2024. Treatment of pre-existing conditions that were known at
the time of application is excluded in your tariff (section 3.2).

We will not withdraw from the contract because we assume you did not
know the question included asthma that is "under control". Future
acute emergencies not related to asthma remain covered.

You can ask us to review this decision or contact the ombudsman for
private health insurance.

Kind regards
Katrin Wessels
Travel & International Health
"""
    return (mail(132, "Katrin Wessels <katrin.wessels@weserstein-versicherung.example>",
                 "sarah.lindner@studmail.uni-lindhaven.example",
                 "Your invoices from Edinburgh - AKV-2024-0344519", t),
            S, "en", "insurer-to-customer",
            "travel health claim declined for pre-existing asthma, medication named")


def m133():
    t = """Sehr geehrte Frau Renken,

zu Ihrer Meldung, dass aus dem WG-Zimmer Ihres Sohnes Hannes in
Göttingen (Weender Landstr. 88) ein Fernseher und eine Spielkonsole
gestohlen wurden:

Ihr Hausratvertrag HR-5520-310992 enthält eine Außenversicherung.
Sachen von Kindern, die für Ausbildung oder Studium vorübergehend
auswärts wohnen, sind darüber versichert – aber nur, solange der
Lebensmittelpunkt noch bei Ihnen ist. Hannes ist laut Ihrer Angabe
seit 2022 in Göttingen mit Hauptwohnsitz gemeldet; damit gehört das
Zimmer nicht mehr zur Außenversicherung.

Wir können den Schaden (Schadennummer HR-S-2024-094411) deshalb leider
nicht übernehmen. Für Hannes empfehlen wir einen eigenen Vertrag
Hausrat Start ab 3,90 EUR im Monat.

Mit freundlichen Grüßen
Timo Behrends
Schadenservice Sach
"""
    return (mail(133, "Timo Behrends <timo.behrends@weserstein-versicherung.example>",
                 "renken.familie@nordwest-mail.example",
                 "Diebstahl im WG-Zimmer – HR-S-2024-094411", t),
            C, "de", "insurer-to-parent",
            "household claim refused to mother: son's WG address and registration status")


def m134():
    t = """Hallo zusammen,

hier der Versetzungsplan für den Ausbildungsjahrgang 2023 im
2. Halbjahr:

Okt-Nov   Lea Hinners -> Kfz-Schaden / Jonas Freese -> Kundenservice
          Start / Aleyna Demir -> Leistung Kranken (Posteingang)
Dez-Jan   Lea Hinners -> Vertrieb Campus / Jonas Freese -> Sach-Schaden
          / Aleyna Demir -> Beitragsservice
Feb-Mär   Prüfungsvorbereitung, Blockunterricht BBS

Die Ausbildungsbeauftragten bekommen die Beurteilungsbögen wie
gewohnt zwei Wochen vor Ende des Einsatzes.

Viele Grüße
Anja Hinrichs
Ausbildungsleitung
"""
    return (mail(134, "Anja Hinrichs <anja.hinrichs@weserstein-versicherung.example>",
                 "ausbildungsbeauftragte@weserstein-versicherung.example",
                 "Versetzungsplan Azubis 2. Halbjahr", t),
            N, "de", "internal",
            "trap: apprentice rotation plan naming colleagues, organisational only")


def m135():
    t = """Hallo Melis,

das Autohaus hat die Daten für die Finanzierung geschickt, Kunde
möchte bei uns versichern (Vollkasko ist Pflicht lt. Bank). Kannst du
die eVB machen?

Gruß Till

---------- Weitergeleitete Nachricht ----------
Von: Verkauf Autohaus Siefken GmbH <verkauf@autohaus-siefken.example>
Datum: 09.10.2024 15:32
Betreff: Versicherungsanfrage Kunde Kuhlmann – Fahrzeugbestellung 24-0917

Sehr geehrte Damen und Herren,

unser Kunde wünscht Vollkasko über Ihr Haus. Daten für die eVB:

Käufer/Halter:  Tim Kuhlmann, geb. 17.06.2004
Anschrift:      Dorfstr. 21, 26188 Edewecht
Fahrzeug:       Hyundai i20, Neuwagen, FIN KMHBC81EXRU220417
Finanzierung:   Hyundai Capital Bank Europe, 48 Monate, Sicherungs-
                übereignung – Sicherungsschein bitte an die Bank
Auslieferung:   25.10.2024

Herr Kuhlmann ist Fahranfänger (Führerschein seit 2022, BF17).

Mit freundlichen Grüßen
Jörg Siefken
Autohaus Siefken GmbH
"""
    return (mail(135, "Till Evers <till.evers@weserstein-versicherung.example>",
                 "Melis Aydın <melis.aydin@weserstein-versicherung.example>",
                 "WG: Versicherungsanfrage Kunde Kuhlmann – Fahrzeugbestellung 24-0917", t),
            C, "de", "company",
            "car dealer sends young buyer's birth date, address, VIN and financing")


def m136():
    t = """Hello,

your one-time password for Mein Weserstein is:

    482 117

It is valid for 10 minutes. Never share this code with anyone,
including Weserstein staff.

Weserstein Versicherung AG
"""
    return (mail(136, "Mein Weserstein <noreply@weserstein-versicherung.example>",
                 "noor.haddad@studmail.uni-bremen-nord.example",
                 "Your one-time password", t, cte="7bit"),
            N, "en", "insurer-to-customer",
            "trap: one-time password mail")


def m137():
    t = """Sehr geehrter Herr Osterloh,

wir haben Ihren Antrag auf Leistungen aus Ihrer
Berufsunfähigkeitsversicherung BU-8830-10388 erhalten.

Sie schreiben, dass Sie seit Mai 2024 wegen eines Erschöpfungssyndroms
("Burnout") und einer mittelgradigen depressiven Episode arbeitsunfähig
sind. Sie waren seit September 2023 in Ihrem ersten Job als
Junior-Berater bei der Kanzlei Brand & Weyhe Steuerberatung tätig und
befinden sich derzeit in einer Tagesklinik.

Damit wir Ihren Anspruch prüfen können, senden Sie uns bitte:

1. den beigefügten Fragebogen zur beruflichen Tätigkeit (mit
   Stundenaufstellung einer typischen Arbeitswoche),
2. die Schweigepflichtentbindung für Ihre Hausärztin, die Tagesklinik
   Ammerland und Ihren Psychotherapeuten,
3. den Arbeitsvertrag und die letzten drei Gehaltsabrechnungen,
4. falls vorhanden: Bescheide der Krankenkasse über Krankengeld.

Die Prüfung dauert erfahrungsgemäß drei bis vier Monate. Ihre
Beiträge können Sie währenddessen zinslos stunden lassen.

Mit freundlichen Grüßen
Henrike Janssen
Leistung BU
Weserstein Lebensversicherung AG
"""
    return (mail(137, "Henrike Janssen <henrike.janssen@weserstein-versicherung.example>",
                 "finn.osterloh@webpost.example",
                 "Ihr BU-Leistungsantrag BU-8830-10388", t),
            S, "de", "insurer-to-customer",
            "disability claim: burnout and depression in first job, day clinic")


def m138():
    t = """Dear Ms Wójcik,

we confirm cover under your legal expenses insurance RS-3301-112087
(employment module) for an action against your dismissal during the
probation period.

Claim no.:   RS-S-2024-33987
Employer:    Nordlicht Events GmbH, Hamburg
Position:    Junior Event Manager since 01/07/2024
Salary:      3,150 EUR gross per month
Dismissal:   letter of 27/09/2024, effective 11/10/2024

Please note: the action must be filed with the labour court within
three weeks of receiving the dismissal letter. The three-month
waiting period is fulfilled: your policy started on 01/05/2024, so it
ended on 01/08/2024, before the dismissal.

Kind regards
Legal Expenses Service
Weserstein Versicherung AG
"""
    return (mail(138, "Legal Expenses Service <rechtsschutz@weserstein-versicherung.example>",
                 "k.wojcik@posteo-mail.example",
                 "Cover confirmed RS-S-2024-33987", t),
            C, "en", "insurer-to-customer",
            "legal expenses: named young employee's salary and dismissal")


def m139():
    t = """Erste eigene Wohnung: Brauche ich eine Hausratversicherung?

Kurz gesagt: Wenn Du in eine WG oder Deine erste Wohnung ziehst und
dort mit Hauptwohnsitz gemeldet bist, bist Du meist nicht mehr über
Deine Eltern versichert.

Was kostet der Hausrat von Studierenden? Mehr als man denkt:
Laptop, Handy, Fahrrad, Kleidung, Möbel – schnell 10.000 Euro.

Hausrat Start bei Weserstein:
- ab 3,90 Euro im Monat
- Fahrrad bis 1.500 Euro inklusive
- Überspannung durch Blitz, Wasser aus der Waschmaschine

Jetzt berechnen: https://www.weserstein-versicherung.example/hausrat-start
"""
    h = """<html><body style="font-family:Verdana,sans-serif">
<h2>Erste eigene Wohnung: Brauche ich eine Hausratversicherung?</h2>
<p><b>Kurz gesagt:</b> Wenn Du in eine WG oder Deine erste Wohnung ziehst und dort mit Hauptwohnsitz
gemeldet bist, bist Du meist nicht mehr &uuml;ber Deine Eltern versichert.</p>
<p>Was kostet der Hausrat von Studierenden? Mehr als man denkt: Laptop, Handy, Fahrrad, Kleidung,
M&ouml;bel &ndash; schnell 10.000&nbsp;Euro.</p>
<ul><li>ab 3,90&nbsp;Euro im Monat</li><li>Fahrrad bis 1.500&nbsp;Euro inklusive</li>
<li>&Uuml;berspannung durch Blitz, Wasser aus der Waschmaschine</li></ul>
<p><a href="https://www.weserstein-versicherung.example/hausrat-start">Jetzt berechnen</a></p>
</body></html>"""
    return (mail(139, "Weserstein Campus <campus@weserstein-versicherung.example>",
                 "newsletter-campus@lists.weserstein-versicherung.example",
                 "Erste eigene Wohnung – brauchst Du Hausrat?", t, html=h),
            N, "de", "newsletter",
            "trap: student household-insurance newsletter, no person")


def m140():
    t = """Ciao Marco, hallo Herr De Luca,

wir haben Ihre beiden Meldungen zum Abend des 21.09. (WG-Party in
der Friedrich-Ebert-Str. 14, Lindhaven) bearbeitet. / We have
processed both of your reports:

1) Unfallversicherung UV 55 420 017 (your own accident policy):
   Nasenbeinfraktur (broken nose) nach Sturz auf der Treppe,
   Reposition am 23.09. in der HNO-Klinik Lindhaven, 1 night
   inpatient. We pay: Krankenhaustagegeld 1 x 30 EUR and the
   Gipspauschale 150 EUR = 180 EUR.

2) Privathaftpflicht PH-4471-314660: Ihr Mitbewohner Herr Schmitz
   verlangt Ersatz für die beschädigte Glastür (Kostenvoranschlag
   640 EUR). According to your description you fell through the door
   when you tripped. Das ist ein versicherter Haftpflichtschaden; wir
   zahlen direkt an Herrn Schmitz.

Please send us the discharge letter (Entlassbrief) of the HNO-Klinik
if you haven't already.

Gute Besserung! / Get well soon!
Dirk Hoting
"""
    return (mail(140, "Dirk Hoting <dirk.hoting@weserstein-versicherung.example>",
                 "marco.deluca@erasmus-mail.example",
                 "Ihre Schäden vom 21.09. / your claims of 21 Sept", t),
            S, "mixed", "insurer-to-customer",
            "bilingual: Erasmus student's broken nose after party, accident and liability")


def m141():
    t = """For the team wiki - the International Office's current info for
exchange students. Good to know what they tell students. /Svenja

---------- Forwarded message ----------
From: International Office Hansische Universität Lindhaven <io@uni-lindhaven.example>
Subject: Newsletter for incoming students - health insurance

Dear incoming students,

a few reminders about health insurance in Germany:

- If you come from an EU/EEA country, bring your European Health
  Insurance Card (EHIC). Your German public health insurer will
  register it for enrolment.
- If you come from outside the EU, you need German public health
  insurance (students are usually covered for a low fixed rate) or -
  if you are over 30 or a language-course student - a private policy
  that meets the requirements of the Foreigners' Office.
- Travel insurance policies from home are often NOT accepted.
- Questions? Come to our Wednesday open hours, room A 0.14. Please do
  not send us medical documents by e-mail.

Welcome to Lindhaven!
International Office
"""
    return (mail(141, "Svenja Reents <svenja.reents@weserstein-versicherung.example>",
                 "team-campus@weserstein-versicherung.example",
                 "Fwd: Newsletter for incoming students - health insurance", t),
            N, "en", "university",
            "trap: forwarded international office newsletter on health insurance, generic")


def m142():
    t = """Hallo Herr Kowalczyk,

Ihr Fahrraddiebstahl (FR-S-2024-5802) ist geprüft, wir würden
1.120,00 EUR auszahlen.

Leider lässt sich die Überweisung nicht ausführen: Die IBAN, die Sie
im Formular angegeben haben,

    DE64 7051 7241 9904 8764 80

ist ungültig – die Prüfziffer passt nicht, vermutlich ein
Zahlendreher am Ende. Bitte schauen Sie noch einmal in Ihrer
Banking-App nach und schicken Sie uns die korrekte IBAN (gern als
Screenshot). Ihr Vertrag: Hausrat Start HR-5520-788123.

Viele Grüße
Timo Behrends
"""
    return (mail(142, "Timo Behrends <timo.behrends@weserstein-versicherung.example>",
                 "d.kowalczyk@webpost.example",
                 "Auszahlung Fahrrad FR-S-2024-5802 – IBAN prüfen", t),
            C, "de", "insurer-to-customer",
            "bicycle payout: customer's IBAN with a typo (deliberately invalid), contract")


def m143():
    t = """Sehr geehrte Frau Lammert,

für unser Schulungszentrum mit den Azubi-Räumen bestellen wir:

Bestellung 4500-222015
  6   Erste-Hilfe-Koffer DIN 13157, Wandhalterung
  1   AED Defibrillator (Modell wie im Hauptgebäude), inkl. Wandkasten
      und Hinweisschild
  2   Ersatz-Elektrodenpads Erwachsene, 1 Set Kinder-Pads
  20  Augenspülflaschen 500 ml

Lieferung an: Weserstein Versicherung AG, Schulungszentrum,
Überseetor 4, 28217 Bremen, Ansprechpartner Haustechnik.
Rechnung an Einkauf, Kostenstelle 1120.

Bitte bestätigen Sie den Liefertermin. Die Einweisung für die
Ersthelfer organisiert der Betriebsärztliche Dienst selbst.

Mit freundlichen Grüßen
Petra Hagedorn
Einkauf
"""
    return (mail(143, "Petra Hagedorn <einkauf@weserstein-versicherung.example>",
                 "vertrieb@medi-bedarf-nord.example",
                 "Bestellung 4500-222015 Erste Hilfe / AED", t),
            N, "de", "insurer-to-supplier",
            "trap: purchase order for first-aid kits and AED, no person")


def m144():
    t = """Hallo Frau Ubbens,

Ihre Rechnung vom Orthopäden (Einlagen nach Verordnung wegen
Senk-Spreizfuß, Sanitätshaus Ihnken) ist erstattet: 86,40 EUR.

Leistung Kranken
"""
    return (mail(144, "Leistung Kranken <leistung-kranken@weserstein-versicherung.example>",
                 "jana.ubbens@webpost.example",
                 "Erstattung Einlagen", t, cte="base64"),
            S, "de", "insurer-to-customer",
            "two-line refund of orthopaedic insoles with diagnosis; base64 body")


def m145():
    t = """Dear Mr Ahrens,

we've added your girlfriend as a named driver to your car insurance:

  Policy:          KF 7720 201774, Ford Fiesta, HB-LA 904
  Policyholder:    Leon Ahrens, born 30/09/2003
  Added driver:    Sophie Brandes, born 14/02/2004, licence since
                   06/2022
  Effective:       12/10/2024

Because both drivers are under 23, the young-driver surcharge stays
the same (it already applied to you). Your premium does not change.

Drive safely!
Motor Service - Private Customers
"""
    return (mail(145, "Kfz-Service <kfz-service@weserstein-versicherung.example>",
                 "leon.ahrens@webpost.example",
                 "Named driver added - KF 7720 201774", t),
            C, "en", "insurer-to-customer",
            "motor: named additional driver with birth dates, plate")


def m146():
    t = """Incident drill IR-2024-Q4 - scenario (FICTITIOUS DATA ONLY)

Scenario: A service agent sends the reimbursement statement of a
fictitious student "Jane Doe (test)" to the wrong recipient, a
fictitious parent address jane.parent@test.weserstein-versicherung.example.
The statement contains a fictitious diagnosis and an invoice amount.

Your tasks during the drill (Thursday 14:00-15:30):
1. Decide within 30 minutes whether this is a notifiable data breach
   under Art. 33 GDPR (72-hour deadline).
2. Draft the recall/deletion request to the wrong recipient.
3. Draft the information to the data subject.
4. Document everything in the breach register template.

No real customer data may be used in the exercise. Please do not
forward this mail outside the drill team.

Ole Harms
Data Protection Coordination
"""
    return (mail(146, "Ole Harms <ole.harms@weserstein-versicherung.example>",
                 "incident-drill@weserstein-versicherung.example",
                 "Incident drill IR-2024-Q4 - scenario", t),
            N, "en", "internal",
            "trap: data-breach drill with fictitious student and diagnosis")


def m147():
    t = """Moin Sabine,

die Unterlagen zu KV 30 579901 kamen als ZIP vom Kunden. Ich hab's
einmal ausgepackt und kontrolliert, ist vollständig. Bitte prüfen.

Gruß
Ronja
"""
    brief = crlf("""Gemeinschaftspraxis Orthopädie am Wall
Dr. med. Hauke Wilms / Dr. med. Sina Tönjes
Am Wall 112, 28195 Bremen

Arztbrief

Patient: Kilian Bösch, geb. 23.02.2002
Versichert: Weserstein Krankenversicherung AG, KV 30 579901

Anamnese: Sportstudent, Schulterluxation rechts beim Judo am
06.09.2024, Reposition im Notdienst.
Befund MRT 12.09.2024: Bankart-Läsion, Hill-Sachs-Delle.
Diagnose: S43.01 R traumatische vordere Schulterluxation rechts
Empfehlung: arthroskopische Bankart-Operation; Sportpause 6 Monate.
OP-Termin: 04.11.2024, ambulant im OP-Zentrum Schwachhausen.

Mit freundlichen kollegialen Grüßen
Dr. med. H. Wilms
""").encode("utf-8")
    rechnung = pdf(["Gemeinschaftspraxis Orthopädie am Wall - Rechnung 24-3318",
                    "Patient: Kilian Bösch, geb. 23.02.2002",
                    "Diagnose: S43.01 R",
                    "06.09.2024 GOÄ 1, 5, 2205 Reposition Schultergelenk    96,42 EUR",
                    "12.09.2024 GOÄ 5700 MRT Schulter rechts               268,27 EUR",
                    "19.09.2024 GOÄ 3, 7 Befundbesprechung                  41,56 EUR",
                    "Gesamt                                               406,25 EUR"],
                   "Rechnung 24-3318")
    z = zipfile_of([("Unterlagen_KV30579901/Arztbrief_Orthopaedie.txt", brief),
                    ("Unterlagen_KV30579901/Rechnung_24-3318.pdf", rechnung)])
    return (mail(147, "Ronja Siebels <ronja.siebels@weserstein-versicherung.example>",
                 "Dr. Sabine Ortlieb <sabine.ortlieb@weserstein-versicherung.example>",
                 "Unterlagen KV 30 579901", t,
                 atts=[("Unterlagen_KV30579901.zip", "application", "zip", z)]),
            S, "de", "internal",
            "harmless body; ZIP with doctor's letter and invoice: shoulder dislocation")


def m148():
    t = """Sehr geehrte Frau Onken,

vielen Dank für Ihre Nachricht.

Ihr Sohn Lennart ist seit diesem Jahr selbst Versicherungsnehmer
seiner Kfz-Versicherung bei uns. Deshalb dürfen wir Ihnen keine
Auskunft zu Beitrag, Einstufung oder zu dem Schaden geben, nach dem
Sie fragen – auch wenn Sie ihm das Auto geschenkt haben.

Lennart kann uns aber jederzeit schriftlich erlauben, Ihnen Auskunft
zu geben, oder Sie bevollmächtigen. Das Formular "Vollmacht
Vertragsauskunft" schicken wir ihm gern zu.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Melis Aydın
Kfz-Service Privatkunden
"""
    return (mail(148, "Melis Aydın <melis.aydin@weserstein-versicherung.example>",
                 "ute.onken@ammerland-net.example",
                 "Ihre Anfrage zur Kfz-Versicherung Ihres Sohnes", t),
            C, "de", "insurer-to-parent",
            "refusal to mother still confirms the named son is insured (motor) and has a claim")


def m149():
    t = """Liebe Studierende,

leider müssen wir den Vortrag "Gesund durchs Studium – Stress,
Schlaf, Sport" am Dienstag, 29.10., im Hörsaal H2 der Hochschule
Ostmarsch kurzfristig absagen, da die Referentin erkrankt ist.

Wir holen die Veranstaltung im Januar nach; der neue Termin wird über
den Hochschulverteiler bekanntgegeben. Die Anmeldung bleibt gültig,
Sie müssen nichts tun.

Wer nicht so lange warten möchte: Die psychologische Beratung des
Studierendenwerks bietet jeden Donnerstag offene Sprechstunden an.

Mit freundlichen Grüßen
Ihr Weserstein Campus-Team
"""
    return (mail(149, "Weserstein Campus <campus@weserstein-versicherung.example>",
                 "studierende-info@hs-ostmarsch.example",
                 "Absage: Vortrag 'Gesund durchs Studium' am 29.10.", t),
            N, "de", "insurer-to-university",
            "trap: event cancellation, unnamed speaker 'erkrankt', no identifiable person")


def m150():
    t = """Sehr geehrte Frau Albers,

vielen Dank für die Anfrage des AStA zur Unterstützung der
Erstsemesterwoche im Sommersemester 2025.

Gern unterstützen wir wieder mit:
- 1.500 Erstitüten-Beigaben (Fahrradklingeln, Pflastersets, Flyer)
- einem Zuschuss von 2.000 EUR für die Erstiparty, sofern ein
  Sanitätsdienst und ein Awareness-Team eingeplant sind
- einem Infostand am Markt der Möglichkeiten

Eine Gegenleistung in Form von Teilnehmer- oder Kontaktdaten
erwarten wir ausdrücklich nicht. Bitte schicken Sie uns die Rechnung
an die Hansische Universität Lindhaven – Studierendenschaft (AStA) wie
im letzten Jahr an unseren Einkauf, Kostenstelle 4410.

Mit freundlichen Grüßen
Florian Gerdes
Vertrieb Hochschulkooperationen
Weserstein Versicherung AG
"""
    return (mail(150, "Florian Gerdes <florian.gerdes@weserstein-versicherung.example>",
                 "Leonie Albers <finanzen@asta-lindhaven.example>",
                 "Unterstützung Erstsemesterwoche SoSe 2025", t),
            N, "de", "insurer-to-university",
            "trap: sponsoring reply to student union for freshers' party, no personal data")


# ------------------------------------------------------------------ build / check
EXPECTED = {N: 60, C: 45, S: 45}
LANGS = {"de", "en", "mixed"}
HEADER = "file\tlabel\tlang\tkind\treason"


def all_mails():
    out = []
    for i in range(1, 151):
        fn = globals()["m%03d" % i]
        msg, label, lang, kind, reason = fn()
        out.append(("d%s-%04d.eml" % (NN, i), msg, label, lang, kind, reason))
    return out


def build():
    os.makedirs(MAILDIR, exist_ok=True)
    rows = [HEADER]
    for name, msg, label, lang, kind, reason in all_mails():
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(MAILDIR, name), "wb") as f:
            f.write(data)
        rows.append("\t".join([name, label, lang, kind, reason]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s and labels.tsv" % (len(rows) - 1, MAILDIR))


# --- validation helpers (re-parse everything that was written)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+)", re.I)
IBAN_RE = re.compile(r"\b((?:DE|AT|CH|ES|IT|FR|NL|BE|LU|PL|DK|SE|IE|PT|CZ)\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b")


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    try:
        n = int("".join(str(int(c, 36)) for c in r))
    except ValueError:
        return False
    return n % 97 == 1


def _xml_text(data):
    xml.dom.minidom.parseString(data)  # must be well-formed
    return re.sub(r"<[^>]+>", " ", data.decode("utf-8"))


def attachment_text(fn, data, errors, where):
    """Open an attachment by type; return its text for further checks."""
    low = fn.lower()
    if low.endswith(".pdf"):
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-32:]:
            errors.append("%s: %s is not a complete PDF" % (where, fn))
        if b"startxref" not in data:
            errors.append("%s: %s has no xref" % (where, fn))
        txt = " ".join(m.decode("cp1252")
                       for m in re.findall(rb"\(((?:[^()\\]|\\.)*)\) Tj", data))
        return txt.replace("\\(", "(").replace("\\)", ")")
    if low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            errors.append("%s: %s is not a zip" % (where, fn))
            return ""
        if z.testzip() is not None:
            errors.append("%s: %s has a bad member" % (where, fn))
        names = z.namelist()
        need = {".docx": "word/document.xml", ".xlsx": "xl/workbook.xml",
                ".odt": "content.xml", ".ods": "content.xml"}
        for ext, member in need.items():
            if low.endswith(ext) and member not in names:
                errors.append("%s: %s lacks %s" % (where, fn, member))
        if low.endswith((".odt", ".ods")) and names[0] != "mimetype":
            errors.append("%s: %s mimetype not first" % (where, fn))
        txt = []
        for nm in names:
            d = z.read(nm)
            if nm.endswith((".xml", ".rels")):
                try:
                    txt.append(_xml_text(d))
                except Exception as e:  # noqa
                    errors.append("%s: %s/%s bad XML (%s)" % (where, fn, nm, e))
            elif low.endswith(".zip"):
                txt.append(attachment_text(nm, d, errors, where + ":" + fn))
        return " ".join(txt)
    if low.endswith(".ics"):
        s = data.decode("utf-8")
        if not (s.startswith("BEGIN:VCALENDAR") and s.rstrip().endswith("END:VCALENDAR")):
            errors.append("%s: %s is not a calendar" % (where, fn))
        if "\n" in s.replace("\r\n", ""):
            errors.append("%s: %s lines not CRLF" % (where, fn))
        return s
    if low.endswith(".csv"):
        for enc in ("utf-8", "cp1252"):
            try:
                s = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            errors.append("%s: %s cannot be decoded" % (where, fn))
            return ""
        widths = {len(r.split(";")) for r in s.strip().splitlines()}
        if len(widths) != 1:
            errors.append("%s: %s ragged CSV %s" % (where, fn, widths))
        return s
    if low.endswith(".txt"):
        return data.decode("utf-8")
    errors.append("%s: unknown attachment type %s" % (where, fn))
    return ""


def message_text(msg, errors, where):
    """All text of a parsed message incl. attachments and nested messages."""
    out = []
    for h in ("From", "To", "Cc", "Reply-To", "Subject"):
        if msg[h]:
            out.append(str(msg[h]))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ct == "message/rfc822":
            inner_msg = part.get_payload(0)
            out.append(message_text(inner_msg, errors, where + ":rfc822"))
            continue
        if fn:
            out.append(attachment_text(fn, part.get_payload(decode=True), errors, where))
        elif part.get_content_maintype() == "text":
            out.append(part.get_content())
    return "\n".join(out)


def check():
    errors = []
    files = sorted(f for f in os.listdir(MAILDIR) if f.endswith(".eml"))
    want = ["d%s-%04d.eml" % (NN, i) for i in range(1, 151)]
    if files != want:
        errors.append("mail files differ from d%s-0001 ... d%s-0150" % (NN, NN))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != HEADER:
        errors.append("labels.tsv header wrong")
    rows = [ln.split("\t") for ln in lines[1:] if ln]
    if len(rows) != 150:
        errors.append("labels.tsv has %d rows" % len(rows))
    count = {N: 0, C: 0, S: 0}
    langs = {}
    traps = 0
    for r in rows:
        if len(r) != 5:
            errors.append("bad row %r" % r)
            continue
        name, label, lang, kind, reason = r
        if label not in count:
            errors.append("%s: bad label %s" % (name, label))
            continue
        count[label] += 1
        if lang not in LANGS:
            errors.append("%s: bad lang %s" % (name, lang))
        langs[(label, lang)] = langs.get((label, lang), 0) + 1
        if not kind or not reason:
            errors.append("%s: empty kind/reason" % name)
        if reason.startswith("trap:"):
            traps += 1
            if label != N:
                errors.append("%s: trap reason but label %s" % (name, label))
        if [x[0] for x in rows].count(name) != 1:
            errors.append("%s: duplicate row" % name)
    if count != EXPECTED:
        errors.append("label counts %r != %r" % (count, EXPECTED))
    nparts = natt = 0
    ibans = 0
    for name in files:
        path = os.path.join(MAILDIR, name)
        raw = open(path, "rb").read()
        if b"\n" in raw.replace(b"\r\n", b""):
            errors.append("%s: bare LF" % name)
        if b"\r" in raw.replace(b"\r\n", b""):
            errors.append("%s: bare CR" % name)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg[h]:
                errors.append("%s: missing header %s" % (name, h))
        if not str(msg["Message-ID"]).endswith("@weserstein-versicherung.example>"):
            errors.append("%s: odd Message-ID" % name)
        if msg.defects:
            errors.append("%s: parser defects %r" % (name, msg.defects))
        for part in msg.walk():
            nparts += 1
            if part.get_filename() or part.get_content_type() == "message/rfc822":
                natt += 1
        text = message_text(msg, errors, name)
        for dom in EMAIL_RE.findall(text) + URL_RE.findall(text):
            if not dom.lower().rstrip(".").endswith(".example"):
                errors.append("%s: domain not .example: %s" % (name, dom))
        for ib in IBAN_RE.findall(text):
            compact = ib.replace(" ", "")
            if len(compact) < 15:
                continue
            ibans += 1
            if not iban_ok(compact) and compact not in DELIBERATELY_INVALID_IBANS:
                errors.append("%s: IBAN checksum fails: %s" % (name, ib))
    print("files: %d, parts: %d, attachments (incl. rfc822): %d, IBANs seen: %d"
          % (len(files), nparts, natt, ibans))
    print("labels: " + ", ".join("%s=%d" % (k, v) for k, v in count.items()) +
          "; traps: %d" % traps)
    for lab in (N, C, S):
        print("  %-22s de=%-3d en=%-3d mixed=%d" % (lab, langs.get((lab, "de"), 0),
                                                   langs.get((lab, "en"), 0),
                                                   langs.get((lab, "mixed"), 0)))
    if errors:
        print("CHECK FAILED (%d problems)" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
