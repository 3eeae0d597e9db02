#!/usr/bin/env python3
"""Siegel dev corpus 107 - landlords, property managers and tenants with the
(fictitious) Weserstein Versicherung AG.  Deterministic, standard library only.

    python make_corpus.py          writes mails/d107-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses and validates everything
"""
import io
import os
import re
import sys
import zipfile
import email
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
NN = "107"
MAILS = []          # (number, label, lang, kind, reason, function)
INVALID_IBANS_OK = {"DE19200505507121529927"}   # deliberate customer typo in m097


def mail(label, lang, kind, reason):
    def deco(fn):
        MAILS.append((int(fn.__name__[1:]), label, lang, kind, reason, fn))
        return fn
    return deco


# --------------------------------------------------------------------------
# MIME helpers (no content here, only packaging)
# --------------------------------------------------------------------------
BASE = datetime.datetime(2024, 10, 1, 8, 12, 0,
                         tzinfo=datetime.timezone(datetime.timedelta(hours=2)))


def _date(n):
    d = BASE + datetime.timedelta(days=(n * 7) % 170, hours=(n * 5) % 9, minutes=(n * 13) % 60)
    if d.replace(tzinfo=None) >= datetime.datetime(2024, 10, 27, 3, 0):
        d = d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    return format_datetime(d)


def build(n, frm, to, subject, body=None, cc=None, html=None, atts=(), charset="utf-8",
          cte=None, flowed=False, headers=None, html_only=False):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = _date(n)
    m["Message-ID"] = "<d%s-%04d.%05d@weserstein.example>" % (NN, n, (n * 7919) % 99991)
    m["MIME-Version"] = "1.0"
    for k, v in (headers or []):
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte or "quoted-printable")
    else:
        kw = {"charset": charset}
        if cte:
            kw["cte"] = cte
        m.set_content(body, **kw)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    for a in atts:
        kind = a[0]
        if kind == "msgobj":
            m.add_attachment(a[1])
            continue
        _, fname, data, ctype = a
        if True:
            maintype, subtype = ctype.split("/")
            if isinstance(data, str):
                data = data.encode("utf-8")
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    i = 0
    for part in m.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary("=_d%s_%04d_%d" % (NN, n, i))
    return m


def inner(frm, to, subject, date, body, cc=None):
    """A mail that is forwarded as message/rfc822."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = "<%08x.fwd@%s>" % (len(body) * 2654435761 % 0xffffffff, frm.split("@")[-1].rstrip(">"))
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    return m


ZDATE = (2024, 1, 1, 0, 0, 0)


def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        if stored_first:
            zi = zipfile.ZipInfo(stored_first[0], ZDATE)
            zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, stored_first[1])
        for name, data in members:
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def zip_of(files):
    return _zip([(n, d if isinstance(d, bytes) else d.encode("utf-8")) for n, d in files])


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
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
    return _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                 ("word/document.xml", doc.encode("utf-8"))])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1"):
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(str(v))))
        xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheetxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                 ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbrels.encode()),
                 ("xl/worksheets/sheet1.xml", sheetxml.encode("utf-8"))])


def _odf(mimetype, content):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return _zip([("content.xml", content.encode("utf-8")), ("META-INF/manifest.xml", manifest.encode())],
                stored_first=("mimetype", mimetype.encode()))


_ODNS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def odt(paragraphs):
    body = "".join("<text:p>%s</text:p>" % _x(p) for p in paragraphs)
    return _odf("application/vnd.oasis.opendocument.text",
                '<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body>'
                '<office:text>%s</office:text></office:body></office:document-content>' % (_ODNS, body))


def ods(rows, name="Tabelle1"):
    rx = "".join("<table:table-row>%s</table:table-row>" % "".join(
        '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(str(v))
        for v in row) for row in rows)
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body>'
                '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>'
                '</office:body></office:document-content>' % (_ODNS, _x(name), rx))


def pdf(lines, title="Dokument"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "50 800 Td", "13 TL"]
    for ln in lines:
        ops.append("(%s) '" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            ("<< /Title (%s) /Producer (Weserstein DMS) >>" % esc(title)).encode("cp1252", "replace")]
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
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def ics(uid, start, end, summary, location, description):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Weserstein Versicherung//Termine//DE\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:%s@weserstein.example\r\nDTSTAMP:20241001T080000Z\r\n"
            "DTSTART;TZID=Europe/Berlin:%s\r\nDTEND;TZID=Europe/Berlin:%s\r\nSUMMARY:%s\r\n"
            "LOCATION:%s\r\nDESCRIPTION:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            % (uid, start, end, summary, location, description.replace("\n", "\\n")))


# Attachment shorthands
def A_pdf(name, lines, title=None):
    return ("file", name, pdf(lines, title or name), "application/pdf")


def A_docx(name, paras):
    return ("file", name, docx(paras), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def A_xlsx(name, rows, sheet="Tabelle1"):
    return ("file", name, xlsx(rows, sheet), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def A_odt(name, paras):
    return ("file", name, odt(paras), "application/vnd.oasis.opendocument.text")


def A_ods(name, rows):
    return ("file", name, ods(rows), "application/vnd.oasis.opendocument.spreadsheet")


def A_csv(name, text, enc="utf-8", ctype="text/csv"):
    return ("file", name, text.replace("\n", "\r\n").encode(enc), ctype)


def A_ics(name, *a):
    return ("file", name, ics(*a).encode("utf-8"), "text/calendar")


def A_zip(name, files):
    return ("file", name, zip_of(files), "application/zip")


def A_msg(m):
    return ("msgobj", m)


def A_file(name, data, ctype):
    return ("file", name, data, ctype)


# ==========================================================================
# The mails
# ==========================================================================

@mail("NORMAL", "de", "newsletter", "trap: Vermieter-Newsletter über Schimmel, Lüften, Streupflicht, Pflegebedarf - keine Person")
def m001():
    text = """Weserstein Vermieter-Info | Ausgabe 11/2024

Liebe Vermieterinnen und Vermieter, liebe Hausverwaltungen,

der Herbst ist da - und mit ihm die Jahreszeit, in der uns die meisten
Schimmel- und Glätteschäden erreichen. Drei Themen für Ihren Bestand:

1) Schimmel vorbeugen
Stoßlüften statt Kipplüften, 3-4 mal täglich 5-10 Minuten. Relative
Luftfeuchte in Wohnräumen möglichst unter 60 %. Möbel mit 5-10 cm Abstand
zur Außenwand. Ein Hygrometer kostet weniger als 15 Euro - verteilen Sie
es doch an Ihre Mieter! Unser Merkblatt "Lüften und Heizen" gibt es als
PDF zum Weitergeben (Deutsch, Englisch, Türkisch, Arabisch, Ukrainisch).

Wichtig: Schimmel durch Baumängel (Wärmebrücken, undichte Fugen) ist
nicht automatisch ein Gebäudeschaden - versichert ist in der Wohngebäude-
versicherung der Folgeschaden eines Leitungswasseraustritts.

2) Winterdienst und Streupflicht
Die Räum- und Streupflicht trifft den Eigentümer, kann aber per
Mietvertrag oder Hausordnung übertragen werden. Dann bleibt eine
Kontrollpflicht! Dokumentieren Sie, wer wann gestreut hat (Streubuch).
Werktags in der Regel ab 7 Uhr, sonn- und feiertags ab 9 Uhr, bis 20 Uhr
- maßgeblich ist die Ortssatzung.

3) Ältere Mieterinnen und Mieter
Immer mehr Menschen leben mit Pflegegrad in der eigenen Wohnung. Haltegriffe,
Handläufe auf beiden Seiten, gute Treppenhausbeleuchtung (Bewegungsmelder!)
senken das Sturzrisiko deutlich. Umbauten werden von der Pflegekasse mit bis
zu 4.180 Euro je Maßnahme bezuschusst - sprechen Sie Ihre Mieter an.

Termine
- 21.11.2024, 10:00 Uhr: Webinar "Verkehrssicherungspflicht im Mehrfamilienhaus"
- 05.12.2024, 14:00 Uhr: Sprechstunde Elementarschaden

Ihr Team Wohnungswirtschaft
Weserstein Versicherung AG · Am Speicher 4 · 28217 Bremen
www.weserstein.example/vermieter

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben.
Abmelden: https://www.weserstein.example/newsletter/abmelden
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#0b4f6c">Weserstein Vermieter-Info &middot; 11/2024</h2>
<p>Liebe Vermieterinnen und Vermieter, liebe Hausverwaltungen,</p>
<p>der Herbst ist da &ndash; und mit ihm die Jahreszeit, in der uns die meisten Schimmel- und Gl&auml;tteschäden erreichen.</p>
<h3>1) Schimmel vorbeugen</h3>
<ul><li>Sto&szlig;l&uuml;ften statt Kippl&uuml;ften, 3&ndash;4 mal t&auml;glich</li>
<li>Luftfeuchte unter 60&nbsp;%</li><li>M&ouml;bel 5&ndash;10&nbsp;cm von der Au&szlig;enwand</li></ul>
<h3>2) Winterdienst und Streupflicht</h3>
<p>Die Pflicht kann &uuml;bertragen werden &ndash; die Kontrollpflicht bleibt. F&uuml;hren Sie ein Streubuch.</p>
<h3>3) &Auml;ltere Mieterinnen und Mieter</h3>
<p>Handl&auml;ufe beidseitig, Bewegungsmelder, Haltegriffe. Zuschuss der Pflegekasse bis 4.180&nbsp;Euro je Ma&szlig;nahme.</p>
<p><a href="https://www.weserstein.example/vermieter">www.weserstein.example/vermieter</a></p>
<p style="font-size:11px;color:#777">Abmelden: <a href="https://www.weserstein.example/newsletter/abmelden">hier</a></p>
</body></html>"""
    return build(1, "Weserstein Wohnungswirtschaft <newsletter@weserstein.example>",
                 "vermieter-verteiler@weserstein.example",
                 "Vermieter-Info 11/2024: Schimmel, Streupflicht und ältere Mieter", text, html=html)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Leitungswasserschaden WEG, Schadennummer, Eigentümer Whg. 5 namentlich, Hausverwaltung mit Ansprechpartnerin")
def m002():
    body = """Sehr geehrte Frau Krummsiek,

vielen Dank für Ihre Schadenmeldung vom 07.10.2024.

Versicherungsnehmerin: WEG Am Lindenhof 12-16, 28215 Bremen
Verwalter: Hausverwaltung Krummsiek GmbH
Vertrag: WG-4471-20933 (Verbundene Wohngebäudeversicherung)
Schaden-Nr.: S-24-118734
Schadentag: 05.10.2024
Ursache lt. Meldung: Bruch des Kaltwasser-Steigstrangs im Bad der Whg. 5
(Eigentümer Herr Ole Jansen), Durchfeuchtung der Decke Whg. 2.

Wir haben die Firma Trocknungstechnik Nord GmbH mit der Leckageortung und
Trocknung beauftragt. Diese meldet sich bis morgen direkt bei Herrn Jansen
wegen eines Termins. Bitte informieren Sie auch die Mieter der Whg. 2,
dass die Trocknungsgeräte ca. 3 Wochen laufen werden; die Stromkosten
erstatten wir gegen Nachweis (Zwischenzählerstand).

Bitte heben Sie das defekte Rohrstück auf, wir benötigen es ggf. für
den Regress.

Mit freundlichen Grüßen

Jana Kowalczyk
Schadenregulierung Sach - Wohngebäude
Weserstein Versicherung AG
Am Speicher 4, 28217 Bremen
Tel. 0421 5588-3120
"""
    return build(2, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Dörte Krummsiek <d.krummsiek@krummsiek-hv.example>",
                 "Ihre Schadenmeldung S-24-118734 - WEG Am Lindenhof 12-16", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "Schimmel: Mieterin schildert Asthma der Tochter im zitierten Schreiben, Haftpflichtfall des Vermieters")
def m003():
    body = """Sehr geehrter Herr Rademacher,

zu Ihrer Haus- und Grundbesitzerhaftpflicht (HG-2207-55810) liegt uns
jetzt das Anspruchsschreiben Ihrer Mieterin vor, das Sie uns weiter-
geleitet haben. Wir prüfen die Haftungsfrage und werden zunächst einen
Bausachverständigen zur Ursache der Feuchtigkeit beauftragen. Bitte
erkennen Sie gegenüber der Mieterin keine Ansprüche an und machen Sie
keine Zahlungszusagen.

Schaden-Nr.: H-24-20417

Mit freundlichen Grüßen
Matthias Brenneke
Haftpflicht-Schaden
Weserstein Versicherung AG

-----Ursprüngliche Nachricht-----
Von: Gerd Rademacher <g.rademacher@webpost.example>
Gesendet: Montag, 14. Oktober 2024 19:02
An: Haftpflicht-Schaden <haftpflicht-schaden@weserstein.example>
Betreff: WG: Schimmel Wohnung EG links

Hallo, anbei das Schreiben von meiner Mieterin. Was soll ich machen?
Gruß G. Rademacher

> Sehr geehrter Herr Rademacher,
>
> wie ich Ihnen schon dreimal gesagt habe, wächst im Kinderzimmer und
> hinter dem Kleiderschrank im Schlafzimmer schwarzer Schimmel. Meine
> Tochter Mila (6) hat seit dem Frühjahr ständig Husten, im August wurde
> beim Kinderarzt Asthma bronchiale festgestellt und sie braucht jetzt
> ein Cortison-Spray. Die Ärztin sagt, der Schimmel kann der Auslöser sein.
> Ich mindere die Miete ab November um 20 % und verlange, dass Sie die
> Kosten für die neuen Möbel und die Medikamente übernehmen.
>
> Mit freundlichen Grüßen
> Sandra Köhnke, Vegesacker Str. 41, EG links
"""
    return build(3, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Gerd Rademacher <g.rademacher@webpost.example>",
                 "AW: WG: Schimmel Wohnung EG links - Ihr Zeichen H-24-20417", body)


@mail("NORMAL", "en", "insurer-to-customer", "trap: generic checklist for building claims sent to property manager, no claim, no person's data")
def m004():
    body = """Hi Claire,

as promised on the phone, here is the short checklist we ask all our
property management partners to use when reporting building claims.
Feel free to share it with your site managers and caretakers.

Building claims - what we need
1. Address of the building and, if a condominium, the unit(s) affected
2. Date and cause of loss as far as known (burst pipe, storm, fire ...)
3. Photos before any repair or clean-up (wide shot + detail)
4. Emergency measures taken and by whom (plumber's report)
5. Cost estimate or invoice
6. For liability-related incidents (slips, falls, falling objects):
   do NOT admit liability, note the witnesses, keep the gritting log
   or cleaning log for the day in question
7. For mould: moisture readings if available; we will appoint an expert

Anything with injuries goes to our liability claims team directly, not
to the building claims inbox - it keeps personal data out of the wrong
mailbox.

Best regards
Paul Okafor
Key Account Claims - Residential
Weserstein Versicherung AG, Bremen
"""
    return build(4, "Paul Okafor <paul.okafor@weserstein.example>",
                 "Claire Whitfield <c.whitfield@nordhafen-rm.example>",
                 "Claims checklist for your site managers", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer", "Treppensturz einer 82-jährigen Mieterin, Oberschenkelhalsfraktur, Schmerzensgeldforderung")
def m005():
    body = """Sehr geehrte Frau Rechtsanwältin Yilmaz,

in der Sache Wachtel ./. Wohnbau Hemelingen GmbH
Ihr Zeichen: 211/24 YI
Unser Zeichen: H-24-19880 (Haus- und Grundbesitzerhaftpflicht)

bestätigen wir den Eingang Ihres Schreibens vom 02.10.2024.

Ihre Mandantin, Frau Elfriede Wachtel (82), ist nach Ihrem Vortrag am
18.07.2024 gegen 21:30 Uhr auf der Treppe zwischen 1. und 2. OG im Haus
Sebaldsbrücker Heerstr. 77 gestürzt, weil die Treppenhausbeleuchtung
defekt gewesen sei. Sie hat eine mediale Schenkelhalsfraktur rechts
(S72.00) erlitten, wurde im Klinikum Bremen-Ost mit einer Hüft-TEP
versorgt und befand sich anschließend drei Wochen in der geriatrischen
Reha. Seitdem sei sie auf einen Rollator angewiesen und habe Pflegegrad 2
beantragt.

Bevor wir zur geforderten Schmerzensgeldhöhe (15.000 EUR) Stellung nehmen
können, benötigen wir:
- den Entlassbericht des Klinikums und den Reha-Abschlussbericht,
- eine Schweigepflichtentbindung Ihrer Mandantin (Vordruck anbei),
- den Bescheid der Pflegekasse, sobald er vorliegt.

Zur Haftung: Nach Angaben unserer Versicherungsnehmerin wurde die
Beleuchtung am 15.07.2024 vom Hausmeister kontrolliert; das Prüfprotokoll
liegt uns vor. Wir behalten uns eine abschließende Stellungnahme vor.

Mit freundlichen Grüßen
Matthias Brenneke
Haftpflicht-Schaden
Weserstein Versicherung AG
"""
    return build(5, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "RAin Aylin Yilmaz <yilmaz@brandt-yilmaz-recht.example>",
                 "Wachtel ./. Wohnbau Hemelingen GmbH - Ihr Az. 211/24 YI", body)


@mail("NORMAL", "de", "internal", "trap: Einladung Eigentümerversammlung mit Tagesordnung (Gebäudeversicherung, Schimmelsanierung) - keine Namen, keine Beträge einzelner Eigentümer")
def m006():
    body = """Hallo Torben,

zur Info - die Krummsiek HV hat uns die Einladung zur ETV Lindenhof
geschickt, TOP 6 betrifft uns (Selbstbehalt). Falls du Zahlen für eine
Variante mit 2.500 EUR SB hast, gerne bis 25.10. an Frau Krummsiek.

Gruß Selin

---------- Weitergeleitete Nachricht ----------
Von: Hausverwaltung Krummsiek GmbH <info@krummsiek-hv.example>
Datum: 16.10.2024 11:20
Betreff: Einladung zur ordentlichen Eigentümerversammlung 2024

Einladung zur ordentlichen Eigentümerversammlung
der Gemeinschaft der Wohnungseigentümer Am Lindenhof 12-16, 28215 Bremen

Termin: Donnerstag, 14.11.2024, 18:30 Uhr
Ort: Gemeindesaal St. Michael, Lindenhofstr. 3 (barrierefrei)

Tagesordnung
TOP 1  Begrüßung, Feststellung der Beschlussfähigkeit
TOP 2  Bericht der Verwaltung und des Verwaltungsbeirats
TOP 3  Jahresabrechnung 2023 (Beschluss über Nachschüsse/Anpassung der
       beschlossenen Vorschüsse, § 28 Abs. 2 WEG)
TOP 4  Entlastung von Verwaltung und Beirat
TOP 5  Wirtschaftsplan 2025
TOP 6  Gebäudeversicherung: Angebot Erhöhung Selbstbehalt auf 1.000 EUR
       zur Reduzierung der Prämie nach Leitungswasserschäden 2023/2024
TOP 7  Schimmelsanierung Kellerräume Haus 14 - Auftragsvergabe
       (3 Angebote liegen bei)
TOP 8  Erneuerung Treppenhausbeleuchtung mit Bewegungsmeldern
TOP 9  Winterdienst: Vergabe an Fremdfirma statt Eigenleistung
TOP 10 Verschiedenes

Vollmachtsformular und Unterlagen sind beigefügt. Eine Vertretung ist
nur in Textform möglich. Bitte bringen Sie Ihren Ausweis mit.

Mit freundlichen Grüßen
Hausverwaltung Krummsiek GmbH
"""
    return build(6, "Selin Aydın <selin.aydin@weserstein.example>",
                 "Torben Lüdeke <torben.luedeke@weserstein.example>",
                 "WG: Einladung zur ordentlichen Eigentümerversammlung 2024", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "storm damage to insured building, policy and claim number, company policyholder with named contact")
def m007():
    body = """Dear Ms Whitfield,

Re: Storm damage 'Ciarán' - Hafenkante 9-11, 28217 Bremen
Policyholder: Nordhafen Residential Fund II GmbH & Co. KG
Policy no.: WG-5120-77104
Claim no.: S-24-121906

Thank you for the photos. Our loss adjuster, Mr Reinholt, will inspect
the roof on Thursday, 24 October, at 10:00. Please make sure that the
caretaker, Mr Petrowski, can give access to the attic and the roof
hatch.

Temporary tarpaulin cover: approved up to EUR 2,800 net. Please send
the roofer's invoice with the photos once the work is done.

Kind regards
Paul Okafor
Key Account Claims - Residential
Weserstein Versicherung AG
"""
    return build(7, "Paul Okafor <paul.okafor@weserstein.example>",
                 "Claire Whitfield <c.whitfield@nordhafen-rm.example>",
                 "Claim S-24-121906 - roof inspection Thursday", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "water damage: replacement accommodation must suit a tenant who uses a wheelchair after stroke")
def m008():
    body = """Dear Ms Whitfield,

Claim no. S-24-120555 - Hafenkante 11, flat 1.03

We agree that flat 1.03 is uninhabitable while the screed is being
dried (approx. 4-5 weeks). Under the loss-of-rent cover we will pay the
hotel costs for the tenant, Mr Emeka Obi, instead of the rent loss.

Your site manager mentioned that Mr Obi has been using a wheelchair
since his stroke last year and needs a carer twice a day. The hotel
must therefore be fully accessible (roll-in shower, step-free access)
and close enough for the nursing service to reach him. We have reserved
an accessible room at the Hotel am Wall from 28 October; the care
service (Pflegedienst Lebensfreude) has confirmed they can cover that
address. Please let Mr Obi know and pass on our contact details.

Kind regards
Paul Okafor
Key Account Claims - Residential
Weserstein Versicherung AG
"""
    return build(8, "Paul Okafor <paul.okafor@weserstein.example>",
                 "Claire Whitfield <c.whitfield@nordhafen-rm.example>",
                 "RE: Flat 1.03 - alternative accommodation", body)


@mail("NORMAL", "de", "internal", "trap: Wartungsplan Trinkwasser/Legionellen, Rückstau, Rauchmelder für eigenes Bürogebäude - nur Firmen und Termine")
def m009():
    body = """Liebe Kolleginnen und Kollegen,

anbei der Wartungsplan 2025 für die Liegenschaft Am Speicher 4. Bitte
Termine in die Raumplanung übernehmen; an den markierten Tagen ist das
Untergeschoss nur eingeschränkt zugänglich.

Viele Grüße
Facility Management
"""
    rows = [["Gewerk", "Prüfung", "Intervall", "Termin 2025", "Firma"],
            ["Trinkwasser", "Legionellenuntersuchung TrinkwV (7 Probenahmestellen)", "jährlich", "12.02.2025", "Hygienelabor Weser GmbH"],
            ["Abwasser", "Rückstausicherung Hebeanlage UG", "halbjährlich", "03.03./01.09.2025", "Sanitär Holtorf GmbH"],
            ["Brandschutz", "Rauchwarnmelder, RWA, Feuerlöscher", "jährlich", "07.04.2025", "Feuerschutz Nord GmbH"],
            ["Aufzug", "Hauptprüfung ZÜS", "2-jährlich", "19.05.2025", "Prüfstelle Hansa"],
            ["Erste Hilfe", "AED Wartung, Verbandkästen DIN 13157 auffüllen", "jährlich", "02.06.2025", "Medi-Service Brinkmann GmbH"],
            ["Dach", "Dachrinnen, Sturmsicherung", "halbjährlich", "15.04./14.10.2025", "Dachdeckerei Wulf"],
            ["Außenanlagen", "Winterdienst Bereitschaft", "Nov-März", "ab 01.11.2025", "Grünpflege Oberneuland GmbH"]]
    return build(9, "Facility Management <facility@weserstein.example>",
                 "alle-am-speicher@weserstein.example", "Wartungsplan 2025 Am Speicher 4",
                 body, atts=[A_xlsx("Wartungsplan_2025_AmSpeicher4.xlsx", rows, "Wartung")])


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Mietkautionsbürgschaft: Mieter mit Geburtsdatum, Vermieter, Bürgschaftssumme")
def m010():
    body = """Sehr geehrter Herr Schaper,

vielen Dank für Ihren Antrag auf eine Mietkautionsbürgschaft.

Bürgschaftsnehmer: Kevin Schaper, geb. 03.05.1996
Mietobjekt: Hastedter Heerstr. 212, 2. OG rechts, 28207 Bremen
Vermieterin: Grundstücksgemeinschaft Tietjen GbR, vertreten durch
Immobilienverwaltung Albers & Partner
Bürgschaftssumme: 2.850,00 EUR (3 Nettokaltmieten)
Jahresbeitrag: 142,50 EUR, erstmals fällig am 01.11.2024
Vertragsnummer: KB-3391-04528

Die Bürgschaftsurkunde senden wir heute im Original per Post direkt an
die Hausverwaltung. Eine Kopie für Ihre Unterlagen finden Sie in Ihrem
Kundenportal.

Bitte beachten Sie: Nimmt Ihr Vermieter die Bürgschaft in Anspruch,
müssen Sie uns den ausgezahlten Betrag erstatten.

Freundliche Grüße
Birte Hinrichs
Kundenservice Kaution
Weserstein Versicherung AG
"""
    return build(10, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Kevin Schaper <kevin.schaper@mailbox.example>",
                 "Ihre Mietkautionsbürgschaft KB-3391-04528", body, charset="windows-1252", cte="quoted-printable")
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor", "Anforderung Befundbericht beim Hausarzt einer gestürzten Mieterin mit Schweigepflichtentbindung")
def m011():
    body = """Sehr geehrte Frau Dr. Lampe,

wir regulieren als Haftpflichtversicherer der Grundstückseigentümerin
einen Sturz Ihrer Patientin

Frau Renate Oltmanns, geb. 11.02.1949,
Anschrift: Wachmannstr. 88, 28209 Bremen

vom 09.01.2024 auf dem vereisten Gehweg vor dem Haus Wachmannstr. 86.
Frau Oltmanns hat uns die beigefügte Schweigepflichtentbindung erteilt.

Wir bitten um einen kurzen Befundbericht zu
- den Verletzungen nach dem Unfall (laut Patientin Prellung der
  Lendenwirbelsäule und Handgelenksfraktur links),
- Vorerkrankungen des Bewegungsapparats (bekannte Osteoporose?),
- Dauer der Behandlung und verbleibenden Beschwerden.

Ihre Kosten erstatten wir nach GOÄ Nr. 75. Bitte geben Sie bei
Antwort unser Zeichen H-24-10233 an. Den Bericht können Sie uns gern
über unser sicheres Upload-Portal oder per Fax (0421 5588-3999) senden.

Mit freundlichen Grüßen
Matthias Brenneke
Haftpflicht-Schaden, Weserstein Versicherung AG
"""
    return build(11, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Praxis Dr. Lampe <praxis@hausarzt-lampe.example>",
                 "Befundanforderung - Ihre Patientin R. Oltmanns - Az. H-24-10233", body,
                 atts=[A_pdf("Schweigepflichtentbindung_Oltmanns.pdf",
                             ["Schweigepflichtentbindungserklaerung",
                              "Ich, Renate Oltmanns, geb. 11.02.1949, Wachmannstr. 88, 28209 Bremen,",
                              "entbinde Frau Dr. med. Karin Lampe, Fachaerztin fuer Allgemeinmedizin,",
                              "von der aerztlichen Schweigepflicht gegenueber der Weserstein Versicherung AG",
                              "fuer Auskuenfte zu meinem Sturz am 09.01.2024 und dessen Folgen.",
                              "Bremen, 20.09.2024      gez. R. Oltmanns"])])


@mail("NORMAL", "en", "newsletter", "trap: gritting-duty newsletter in English for landlords, generic slip-and-fall statistics")
def m012():
    body = """WESERSTEIN LANDLORD BRIEFING - Winter edition

Slips, trips and falls: what landlords in Germany need to know

Every winter our liability team handles several hundred claims from
people who slipped on icy pavements in front of rented buildings.
Across our portfolio last season:
  - 61 % of falls happened between 6 and 9 a.m.
  - in 4 out of 10 cases no gritting log could be produced
  - the average settlement for a fracture was EUR 7,900
  - claims from people aged 70+ took three times longer to settle

Your duties in brief
* Pavements in front of the property must be cleared and gritted on
  working days from 7 a.m. (local by-laws vary - check yours).
* You can delegate the job to tenants or a service company, but you
  remain responsible for checking it is done.
* Keep a log. A simple table (date, time, who, what was used) is enough.
* Stairwells: working lights, handrails on both sides, no loose mats.

Download our gritting log template (German/English) at
https://www.weserstein.example/en/landlords/gritting-log

Weserstein Versicherung AG | Am Speicher 4 | 28217 Bremen | Germany
Unsubscribe: https://www.weserstein.example/newsletter/unsubscribe
"""
    return build(12, "Weserstein Landlord Briefing <newsletter@weserstein.example>",
                 "landlords-en@weserstein.example", "Winter is coming: your gritting duties explained", body)


@mail("CONFIDENTIAL", "de", "customer", "Hausratschaden Mieterin durch Wasser vom Nachbarn, IBAN für Auszahlung, Vertragsnummer")
def m013():
    body = """Hallo Frau Kowalczyk,

die Mieterin aus dem Lindenhof hat sich bei uns gemeldet (Hausrat ist
bei uns, Gebäude ja auch). Bitte als Hausratschaden anlegen, die
Gebäudeseite läuft unter S-24-118734.

Gruß Birte

-------- Original-Nachricht --------
Von: Nadine Freese <nadine.freese@webpost.example>
An: service@weserstein.example
Datum: 09.10.2024 22:47
Betreff: Wasserschaden Hausrat

Sehr geehrte Damen und Herren,

ich bin bei Ihnen hausratversichert (Vertrag HR-8812-33017). Am
Samstag ist aus der Wohnung über mir (Nr. 5) Wasser durch die Decke
gekommen. Kaputt sind: Sofa (2 Jahre alt, 1.290 EUR), Teppich, ein
Laptop der auf dem Tisch stand und mehrere Bücher. Fotos hänge ich an.

Bitte überweisen Sie die Entschädigung auf mein Konto:
Nadine Freese
IBAN DE95 4405 0199 4239 8217 59
Sparkasse Dortmund

Mit freundlichen Grüßen
Nadine Freese
Am Lindenhof 14, Whg. 2
28215 Bremen
"""
    return build(13, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "WG: Wasserschaden Hausrat", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "Rechtsschutz Nachbarstreit: Körperverletzung, Strafanzeige, Prellungen und Gehirnerschütterung")
def m014():
    body = """Sehr geehrter Herr Lorenzen,

wir bestätigen Ihnen Versicherungsschutz aus Ihrer Privat-Rechtsschutz-
versicherung (RS-6604-21876, Bausteine Privat, Wohnen) für

1. die Geltendmachung von Schadenersatz- und Schmerzensgeldansprüchen
   gegen Ihren Nachbarn, Herrn Dieter Ufken, wegen des Vorfalls vom
   29.09.2024 im Hausflur Kornstr. 150, und
2. die Vertretung als Nebenkläger im Strafverfahren gegen Herrn Ufken
   (Az. StA Bremen 610 Js 44871/24, Körperverletzung).

Nach Ihrer Schilderung hat Herr Ufken Sie im Streit über den
abgestellten Kinderwagen gestoßen; Sie sind gegen den Briefkasten
gefallen und wurden im Krankenhaus St.-Joseph-Stift mit einer
Gehirnerschütterung und Prellungen an Schulter und Rippen über Nacht
behandelt. Bitte reichen Sie die Arbeitsunfähigkeitsbescheinigung und
den Arztbrief bei Ihrem Anwalt ein - wir benötigen diese nicht.

Die mietrechtliche Auseinandersetzung mit Ihrer Vermieterin wegen des
Treppenhauses ist davon unabhängig; dazu bitten wir um eine gesonderte
Meldung.

Mit freundlichen Grüßen
Hanna Petersen
Rechtsschutz-Leistung
Weserstein Versicherung AG
"""
    return build(14, "Hanna Petersen <hanna.petersen@weserstein.example>",
                 "Jonas Lorenzen <jonas.lorenzen@mailbox.example>",
                 "Deckungszusage RS-6604-21876 / Vorfall 29.09.2024", body)


@mail("NORMAL", "de", "insurer-to-customer", "trap: Portal-Benachrichtigung ohne Inhalt")
def m015():
    body = """Guten Tag,

in Ihrem Weserstein-Postfach liegt eine neue Nachricht für Sie bereit.

Bitte melden Sie sich unter https://postfach.weserstein.example an, um
die Nachricht zu lesen. Aus Sicherheitsgründen enthält diese E-Mail
keine Inhalte und keine Anhänge.

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht
darauf.

Ihre Weserstein Versicherung AG
"""
    return build(15, "Weserstein Postfach <no-reply@weserstein.example>",
                 "info@krummsiek-hv.example", "Neue Nachricht in Ihrem Weserstein-Postfach", body)


@mail("CONFIDENTIAL", "en", "insurer-to-broker", "private landlord's portfolio renewal: named person, six insured buildings, sums insured, claims history")
def m016():
    body = """Hi Tom,

thanks for the renewal request for your client Mr Harald Brinkmann.
We can renew the landlord package on the current terms with a 7 %
index adjustment, except for Delmestr. 20, where we need a 1,000 EUR
excess after three water claims in 24 months.

Portfolio (policy WG-3008-40172, policyholder Harald Brinkmann, private
landlord):

  Location                 Units  Sum insured 1914  Claims 22-24
  Delmestr. 20, Bremen       8      31,400 M          3 (water)
  Delmestr. 22, Bremen       8      31,400 M          0
  Gastfeldstr. 71, Bremen    6      22,900 M          1 (storm)
  Kornstr. 302, Bremen      12      44,100 M          0
  Am Hulsberg 9, Bremen      4      17,300 M          0
  Bahnhofstr. 3, Achim       3      11,800 M          1 (glass)

Public liability (HG-3008-40173) stays as is: EUR 10m combined single
limit, rental income up to EUR 420k p.a. declared.

Please send me his signed declaration on the Delmestr. pipework by
15 November.

Best
Torben Lüdeke
Underwriting Residential Property
Weserstein Versicherung AG
"""
    return build(16, "Torben Lüdeke <torben.luedeke@weserstein.example>",
                 "Tom Meiners <t.meiners@meiners-makler.example>",
                 "Renewal Brinkmann landlord package 2025", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "customer", "tenant's mould complaint quoted: son's eczema and GP letter, forwarded to liability claims")
def m017():
    body = """Matthias,

new one for you - landlord's liability, Nordhafen Residential (HG-5120-77105).
The tenant wrote to the property manager in English, Claire forwarded it
to us. Please open a file; I think we need an expert before anything else.

Paul

> From: Claire Whitfield <c.whitfield@nordhafen-rm.example>
> Sent: 21 October 2024 09:14
> To: Paul Okafor
> Subject: FW: Mould in flat 3.07 - again
>
> Paul, see below. Tenant threatens to go to the press. Claire
>
>> From: Rebecca Holt <rebecca.holt@inboxmail.example>
>> Sent: 19 October 2024 23:51
>> To: service@nordhafen-rm.example
>> Subject: Mould in flat 3.07 - again
>>
>> Dear Sir or Madam,
>>
>> this is my fourth email. The black mould in the bedroom of my son
>> Oliver (4) is back, two months after your painter "fixed" it. Oliver's
>> eczema has got much worse and our GP, Dr Schütte, has written that the
>> damp conditions are very likely contributing to it - her letter is
>> attached. He is on steroid cream and antihistamines now and we have
>> been to the children's hospital twice with breathing problems.
>>
>> I want a proper repair, a rent reduction from July and compensation
>> for the ruined clothes and the bed. Otherwise I will go to the
>> Mieterverein and the Weser-Kurier.
>>
>> Rebecca Holt
>> Hafenkante 11, flat 3.07
"""
    return build(17, "Paul Okafor <paul.okafor@weserstein.example>",
                 "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "FW: Mould in flat 3.07 - again", body)


@mail("NORMAL", "de", "internal", "trap: Schulungsunterlage Verkehrssicherungspflicht mit anonymisierten Urteilen (Klägerin, Oberschenkelhalsfraktur) - keine identifizierbare Person")
def m018():
    body = """Hallo zusammen,

für die Schulung der neuen Kolleginnen am 7.11. habe ich die Fallsammlung
aktualisiert (ODT anbei). Alle Fälle sind aus veröffentlichten Urteilen,
Parteien nur als Kl./Bekl. - bitte trotzdem nicht nach außen geben, ist
noch nicht final.

Gruß Matthias
"""
    paras = ["Fallsammlung Verkehrssicherungspflicht Mehrfamilienhaus (Stand 10/2024)",
             "Fall 1 (BGH, Urt. v. 2006, Az. VI ZR ...): Die 79-jährige Kl. stürzte morgens um 7:15 Uhr auf dem nicht gestreuten Gehweg und zog sich eine Oberschenkelhalsfraktur zu. Streupflicht auf Mieter übertragen, Kontrollpflicht des Vermieters verletzt. Mithaftung der Kl. 1/3.",
             "Fall 2 (OLG-Entscheidung 2019): Sturz im Treppenhaus wegen defekter Zeitschaltung der Beleuchtung. Kein Anspruch, da Kl. ohne Licht weitergegangen ist (überwiegendes Eigenverschulden).",
             "Fall 3 (LG-Urteil 2021): Mieterin rutscht auf frisch gewischter Treppe aus, Warnschild fehlte. Haftung der Reinigungsfirma, Regress des Haftpflichtversicherers.",
             "Fall 4 (AG-Urteil 2022): Schimmel in Mietwohnung, Mieter behauptet Atemwegserkrankung. Kausalität nicht bewiesen, Gutachten sah Lüftungsverhalten als Ursache.",
             "Merksätze: 1. Streubuch verlangen. 2. Bei Verletzungen sofort an Haftpflicht-Schaden, nie im Sachschaden-Postfach. 3. Gesundheitsdaten nur mit Schweigepflichtentbindung anfordern.",
             "Übung: Bewerten Sie die Fälle nach Haftungsquote und Schmerzensgeldrahmen (Hacks/Wellner/Häcker)."]
    return build(18, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "team-haftpflicht@weserstein.example", "Schulung 7.11. - Fallsammlung VSP (Entwurf)",
                 body, atts=[A_odt("Fallsammlung_VSP_Entwurf.odt", paras)])


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Mietausfall nach Brand: Mieterliste mit Namen und Mieten nur im CSV-Anhang, Body harmlos")
def m019():
    body = """Sehr geehrter Herr Albers,

anbei die Aufstellung, mit der wir den Mietausfall für das Objekt
Hemelinger Bahnhofstr. 14 für Oktober abrechnen. Bitte prüfen Sie die
Angaben und bestätigen Sie kurz, dann zahlen wir aus.

Mit freundlichen Grüßen
Jana Kowalczyk
Schadenregulierung Sach - Wohngebäude
Weserstein Versicherung AG
"""
    csv = """Schaden-Nr.;Whg.;Mieter;Nettokaltmiete;Betriebskostenvorauszahlung;Ausfall Okt 2024;Bemerkung
S-24-109944;EG li;Marek Nowicki;545,00;180,00;725,00;unbewohnbar seit 22.09.
S-24-109944;EG re;Hülya und Cem Arslan;610,00;195,00;805,00;unbewohnbar seit 22.09.
S-24-109944;1. OG li;Frieda Bolte;498,00;170,00;334,60;Minderung 50 % (Rauchgeruch)
S-24-109944;1. OG re;Thomas Grünhagen;520,00;175,00;0,00;zahlt voll, keine Beeinträchtigung
S-24-109944;2. OG li;Svetlana Kuzmina;575,00;185,00;760,00;unbewohnbar seit 22.09.
S-24-109944;2. OG re;leerstehend;0,00;0,00;0,00;Leerstand vor Schaden
"""
    return build(19, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Hinrich Albers <h.albers@albers-verwaltung.example>",
                 "Mietausfall Oktober - Hemelinger Bahnhofstr. 14", body,
                 atts=[A_csv("Mietausfall_Okt2024_S-24-109944.csv", csv, "windows-1252", "application/vnd.ms-excel")])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor", "Gutachterauftrag Schimmel: Mieter mit COPD und Pflegegrad 3, Termin mit Pflegedienst")
def m020():
    body = """Sehr geehrter Herr Dr. Kessler,

wir beauftragen Sie mit einem Gutachten zur Ursache des Feuchte- und
Schimmelbefalls in folgendem Objekt:

Az.: H-24-20611 / S-24-120977
Objekt: Gröpelinger Heerstr. 240, 1. OG rechts, 28237 Bremen
Eigentümer/VN: Wohnungsbaugenossenschaft Gröpelingen eG
Ansprechpartner: Herr Sievers, Technik

Fragestellung:
1. Ursache (Leitungswasser, Wärmebrücke, Nutzerverhalten?)
2. Umfang und Sanierungskosten
3. Ist die Wohnung während der Sanierung bewohnbar?

Bitte beachten: Der Mieter, Herr Waldemar Olszewski (74), hat eine
schwere COPD, ist sauerstoffpflichtig und hat Pflegegrad 3. Er hat über
seinen Sohn mitteilen lassen, dass er seine Atemnot auf den Schimmel
zurückführt. Termine bitte nur vormittags zwischen 9 und 11 Uhr, wenn
der Pflegedienst vor Ort ist (Sohn: 0176 4410 2287). Bitte tragen Sie
bei der Probenahme FFP2 und vermeiden Sie Staubentwicklung.

Zu Frage 3 bitten wir um eine Einschätzung, ob ein Umzug für die Dauer
der Sanierung aus gesundheitlichen Gründen erforderlich ist.

Mit freundlichen Grüßen
Matthias Brenneke
Haftpflicht-Schaden
"""
    return build(20, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Dr. Bernd Kessler <kessler@sv-kessler-bau.example>",
                 "Gutachterauftrag H-24-20611 Gröpelinger Heerstr. 240", body)
@mail("NORMAL", "en", "insurer-to-supplier", "trap: purchase order for winter service, de-icing salt and first-aid kits for the insurer's own residential properties")
def m021():
    body = """Dear Mr Kranz,

please find below our order for the winter season 2024/25 for the
residential properties held by Weserstein Versicherung AG as capital
investment (asset management: Weserstein Immobilien GmbH).

PO 4500-28817
  1. Winter service (clearing and gritting of pavements, entrances,
     car parks) for 14 properties per annex, 01.11.2024-31.03.2025,
     flat rate EUR 18,900 net
  2. 120 x 25 kg bags of grit (no road salt on tree pits), delivered
     to the caretaker depots
  3. 28 first-aid kits DIN 13157 for stairwells/boiler rooms
  4. Gritting logs: digital, with timestamp and GPS, monthly export
     to asset.management@weserstein.example

Invoices to: Weserstein Immobilien GmbH, Kreditorenbuchhaltung,
Am Speicher 4, 28217 Bremen. Payment within 30 days net.

Kind regards
Ingrid Fahrenholz
Procurement
Weserstein Versicherung AG
"""
    return build(21, "Ingrid Fahrenholz <ingrid.fahrenholz@weserstein.example>",
                 "Jan Kranz <j.kranz@gruenpflege-oberneuland.example>",
                 "PO 4500-28817 winter service 2024/25", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "landlord liability: named visitor slipped in entrance hall, explicitly no injury, claim for damaged phone and coat")
def m022():
    body = """Dear Mr Hartmann,

Claim H-24-21002 - your public liability policy HG-1193-60241
Incident: 04 October 2024, entrance hall Am Wandrahm 33

We have received the claim from Ms Julia Westermann, who visited a
tenant in your building and slipped on the wet tiles in the entrance
hall. Ms Westermann confirms she was not hurt. She is claiming:

  - smartphone screen repair     EUR 239.00
  - dry cleaning of her coat     EUR  24.50

Please tell us by 31 October:
  * who cleans the entrance hall and on which days,
  * whether there was a doormat or warning sign on 4 October,
  * whether the cleaning company has its own liability insurance.

Kind regards
Matthias Brenneke
Liability Claims
Weserstein Versicherung AG
"""
    return build(22, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Frank Hartmann <frank.hartmann@webpost.example>",
                 "Claim H-24-21002 - incident 4 October", body)


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-company", "icy pavement fall, distal radius fracture with ICD code, instruction to UK-based loss adjuster, German medical report excerpt")
def m023():
    body = """Dear Simon,

as discussed, please handle the following file for us (claimant is a
British national living in Bremen, hence your involvement):

Our ref.: H-24-10874 | Insured: Gebr. Tiedemann Grundbesitz OHG
Claimant: Mr Gareth Lloyd, 41, Parkallee 118, 28209 Bremen
Loss: fall on ice in front of Parkallee 116 on 08 Jan 2024, 07:40

Medical summary (from the A&E discharge letter, in German):
  "Diagnose: Distale Radiusfraktur links (S52.51 L), geschlossene
   Reposition und K-Draht-Osteosynthese am 09.01.2024. AU bis
   voraussichtlich 15.03.2024. Physiotherapie 2x/Woche."

Mr Lloyd is a self-employed translator and claims loss of earnings of
EUR 6,400 plus pain and suffering. Please interview him (English is
fine) and get his invoices. Our insured's caretaker says he gritted at
06:50 - the gritting log is attached in German; let me know if you need
a translation.

Viele Grüße / best regards
Matthias Brenneke
"""
    log = """Streubuch Parkallee 116
Datum;Uhrzeit;Tätigkeit;Streumittel;Name
07.01.2024;06:45;geräumt und gestreut;Splitt;Petrowski
08.01.2024;06:50;gestreut;Splitt;Petrowski
08.01.2024;11:30;nachgestreut;Splitt;Petrowski
09.01.2024;06:40;geräumt und gestreut;Splitt;Petrowski
"""
    return build(23, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Simon Ashworth <s.ashworth@ashworth-adjusters.example>",
                 "New instruction H-24-10874 - slip on ice, Parkallee", body,
                 atts=[A_csv("Streubuch_Parkallee116_Jan2024.csv", log)])


@mail("NORMAL", "de", "insurer-to-customer", "trap: leeres Schadenanzeige-Formular mit Platzhaltern an Hausverwaltung, kein Vertrag, keine Person")
def m024():
    body = """Hallo Herr Albers,

wie telefonisch besprochen anbei die aktuelle Schadenanzeige Wohngebäude
als Word-Datei zum Ausfüllen am Rechner. Sie können sie gern an Ihre
Objektbetreuer verteilen.

Viele Grüße
Birte Hinrichs
Kundenservice
"""
    paras = ["Schadenanzeige Wohngebäude / Haus- und Grundbesitzerhaftpflicht",
             "Versicherungsnummer: ____________________",
             "Versicherungsnehmer (Name/Firma): «VN_NAME»",
             "Anschrift des versicherten Gebäudes: «OBJEKT_ADRESSE»",
             "Schadentag: «DATUM»   Uhrzeit: «UHRZEIT»",
             "Schadenart: [ ] Leitungswasser [ ] Sturm/Hagel [ ] Feuer [ ] Elementar [ ] Glas [ ] Personenschaden",
             "Bei Personenschaden: Name und Anschrift der verletzten Person, Art der Verletzung, Zeugen - bitte NICHT per unverschlüsselter E-Mail senden, sondern über das Weserstein-Postfach.",
             "Bankverbindung für die Entschädigung: IBAN «IBAN» BIC «BIC»",
             "Ort, Datum, Unterschrift: ______________________"]
    return build(24, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Hinrich Albers <h.albers@albers-verwaltung.example>",
                 "Formular Schadenanzeige Wohngebäude", body,
                 atts=[A_docx("Schadenanzeige_Wohngebaeude_Vorlage.docx", paras)])


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Beitragsrechnung Wohngebäude eines Privatvermieters mit SEPA-IBAN und Mandatsreferenz")
def m025():
    body = """Sehr geehrte Frau Meyer-Tönjes,

anbei Ihre Beitragsrechnung für das Versicherungsjahr 2025.

Vertrag: WG-2290-18465, Verbundene Wohngebäudeversicherung
Objekt: Zweifamilienhaus Auf den Häfen 17, 28203 Bremen (vermietet)
Beitrag 2025: 1.184,32 EUR inkl. 19 % VersSt
   davon Elementarschaden: 212,10 EUR

Der Betrag wird am 02.01.2025 per SEPA-Lastschrift eingezogen:
Kontoinhaberin: Anke Meyer-Tönjes
IBAN: DE54 3704 0044 9739 1810 74
Mandatsreferenz: WS-WG229018465-01
Gläubiger-ID: DE98ZZZ00000912345

Haben Sie Fragen? Rufen Sie uns an: 0421 5588-0.

Mit freundlichen Grüßen
Ihre Weserstein Versicherung AG
Beitragsservice
"""
    return build(25, "Beitragsservice <beitragsservice@weserstein.example>",
                 "Anke Meyer-Tönjes <anke.mt@webpost.example>",
                 "Ihre Beitragsrechnung 2025 - WG-2290-18465", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "internal", "deceased tenant found after weeks, odour decontamination claim, cause of death from police")
def m026():
    body = """Hi Kerstin,

quick heads-up before I approve the reserve on S-24-122310
(Hafenkante 9, flat 4.02, Nordhafen Residential):

The tenant, Mr Horst Wendeborn (68), was found dead in the flat on
11 October, police estimate he had been dead for about three weeks.
According to the police report he died of heart failure; no third-party
involvement. He apparently had no relatives in Bremen - the estate court
has appointed a curator for the estate.

Damage: decomposition fluids soaked through the parquet into the screed
and the ceiling of flat 3.02 below; strong odour in the stairwell.
Specialist cleaning (biohazard) EUR 9,800, screed/parquet replacement
approx. EUR 22,000, loss of rent for both flats.

Coverage question: is this a covered "sudden" event under the building
policy? I'd say the screed damage falls under our extended cover
(clause 7.3 "Tatortreinigung/Leichenfund"), the odour in the stairwell
probably not. Can you have a look today? The property manager wants to
start work on Monday.

Thanks
Paul
"""
    return build(26, "Paul Okafor <paul.okafor@weserstein.example>",
                 "Kerstin Vahle <kerstin.vahle@weserstein.example>",
                 "S-24-122310 flat 4.02 - coverage question before reserve", body)


@mail("NORMAL", "de", "insurer-to-customer", "trap: Webinar-Einladung mit ICS zu Demenz und Pflegebedürftigkeit im Mietshaus - keine Person")
def m027():
    body = """Sehr geehrte Damen und Herren,

wir laden Sie herzlich zu unserem kostenlosen Webinar ein:

"Wenn Mieter älter werden - Demenz, Pflegebedürftigkeit und
Verkehrssicherung im Mehrfamilienhaus"

Mittwoch, 27.11.2024, 10:00-11:30 Uhr
Referentinnen: Dr. Henrike Vossberg (Datenschutz, Weserstein)
               Ute Schwarting (Pflegeberatung, Caritas Bremen)

Themen:
- Was darf die Hausverwaltung über den Gesundheitszustand eines Mieters
  wissen und weitergeben - und was nicht?
- Herd angelassen, Wasser laufen lassen: typische Schäden und wie die
  Versicherung hilft
- Rauchwarnmelder mit Funkvernetzung, Herdabschaltung, Wassermelder
- Zusammenarbeit mit Betreuern und Pflegediensten

Den Termin finden Sie im Anhang. Der Zugangslink folgt eine Woche
vorher.

Mit freundlichen Grüßen
Selin Aydın
Key Account Wohnungswirtschaft
Weserstein Versicherung AG
"""
    return build(27, "Selin Aydın <selin.aydin@weserstein.example>",
                 "hv-partner@weserstein.example", "Einladung Webinar: Wenn Mieter älter werden", body,
                 atts=[A_ics("Webinar_27112024.ics", "webinar-20241127-wohnen", "20241127T100000",
                             "20241127T113000", "Webinar: Wenn Mieter älter werden",
                             "Online (Link folgt)", "Demenz, Pflegebedürftigkeit und Verkehrssicherung im Mehrfamilienhaus")])


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Rechtsschutz Nachbarstreit wegen überhängender Äste, Deckungszusage mit Vertrags- und Schadennummer, keine Verletzung")
def m028():
    body = """Sehr geehrte Frau Gerdes,

für die Auseinandersetzung mit Ihren Nachbarn, Eheleuten Stührmann,
Am Hohen Ufer 9, wegen der überhängenden Äste der Blutbuche und der
verstopften Dachrinne besteht Versicherungsschutz im Rahmen Ihrer
Rechtsschutzversicherung (RS-4417-90312, Baustein Wohnungs- und
Grundstücks-Rechtsschutz als Eigentümerin).

Leistungsfall-Nr.: RL-24-05519
Selbstbeteiligung: 150 EUR

Wir übernehmen zunächst die Kosten für ein außergerichtliches
Schlichtungsverfahren vor der Schiedsperson (Pflicht in Niedersachsen
bei Nachbarstreitigkeiten). Ihre Anwältin, Frau Brandt, kann sich direkt
an uns wenden.

Mit freundlichen Grüßen
Hanna Petersen
Rechtsschutz-Leistung
"""
    return build(28, "Hanna Petersen <hanna.petersen@weserstein.example>",
                 "Marlies Gerdes <marlies.gerdes@mailbox.example>",
                 "Ihr Leistungsfall RL-24-05519 - Nachbarschaft", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal", "Protokoll Eigentümerversammlung mit Krankheitsgrund eines Eigentümers und Hausgeldrückstand, nur im PDF-Anhang")
def m029():
    body = """Hallo Frau Stöver,

anbei das Protokoll der ETV Buntentorsteinweg 310 (wir halten dort 6
Einheiten im Direktbestand). Bitte ablegen und TOP 5 in die
Instandhaltungsplanung übernehmen.

Gruß
Rüdiger Haake
Weserstein Immobilien GmbH - Asset Management
"""
    lines = ["Niederschrift der ordentlichen Eigentuemerversammlung vom 24.09.2024",
             "WEG Buntentorsteinweg 310, 28201 Bremen - Verwalter: Albers & Partner",
             "Beginn 18:35 Uhr. Anwesend/vertreten: 812,4/1000 MEA. Beschlussfaehig.",
             "Entschuldigt: Herr Klaus-Peter Nolte (Whg. 11), befindet sich nach eigener Mitteilung",
             "in Chemotherapie (Darmkrebs) und hat Vollmacht an den Beirat erteilt.",
             "TOP 3 Jahresabrechnung 2023: angenommen (ja 780,1 / nein 32,3).",
             "TOP 4 Hausgeldrueckstaende: Frau Dagmar Ehlers (Whg. 4) schuldet 3.412,80 EUR.",
             "Die Verwaltung wird ermaechtigt, die Forderung gerichtlich geltend zu machen.",
             "TOP 5 Sanierung Flachdach Garage 2025, Kostenrahmen 48.000 EUR: angenommen.",
             "TOP 6 Gebaeudeversicherung: Wechsel zur Weserstein abgelehnt, Vertrag bleibt.",
             "Ende 20:10 Uhr. gez. H. Albers (Versammlungsleiter), gez. Beirat"]
    return build(29, "Rüdiger Haake <ruediger.haake@weserstein.example>",
                 "Silke Stöver <silke.stoever@weserstein.example>",
                 "Protokoll ETV Buntentorsteinweg 310", body,
                 atts=[A_pdf("Protokoll_ETV_2024-09-24.pdf", lines, "Niederschrift ETV")])


@mail("NORMAL", "en", "internal", "trap: IT ticket about a shared mailbox folder named tenant health complaints - no content")
def m030():
    body = """Ticket INC-0412873 - updated by IT Service Desk

Short description: Shared mailbox "Wohnungswirtschaft-Schaden" - folder
"Mieterbeschwerden Gesundheit" not syncing on mobile devices
Priority: 3 - Moderate
Status: In progress
Assigned to: Workplace Team (M. Dziedzic)

Work notes:
The folder has more than 5,000 items and exceeds the mobile sync limit.
We recommend archiving items older than 24 months to the DMS as
described in KB0012201. Note: per data-protection policy, this folder
should not be synced to private devices at all; the MDM policy will be
adjusted on 28/10.

Please do not reply to this email. To add a comment, open the ticket
in the self-service portal: https://itsm.weserstein.example/INC0412873
"""
    return build(30, "IT Service Desk <servicedesk@weserstein.example>",
                 "Paul Okafor <paul.okafor@weserstein.example>",
                 "[INC-0412873] Shared mailbox folder not syncing", body)
@mail("NORMAL", "de", "insurer-to-customer", "trap: allgemeine Auskunft an Hausverwaltung, ob Schimmel versichert ist - kein Vertrag, kein Fall, keine Person")
def m031():
    body = """Hallo Herr Albers,

kurz zu Ihrer Frage vom Telefon, ganz allgemein (ohne Bezug auf einen
konkreten Vertrag):

In der Wohngebäudeversicherung ist Schimmel nur versichert, wenn er die
Folge eines versicherten Leitungswasserschadens ist - also z. B. ein
geplatztes Rohr in der Wand, das unbemerkt Feuchtigkeit abgegeben hat.
Schimmel durch Kondensat (Wärmebrücken, zu wenig Heizen/Lüften) oder
durch eindringendes Grundwasser ist nicht versichert, Letzteres kann
über Elementar laufen, wenn es Überschwemmung/Rückstau war.

Macht ein Mieter gegen den Vermieter Schadenersatz geltend (Möbel,
Gesundheit), prüft das die Haus- und Grundbesitzerhaftpflicht - dann
bitte direkt dorthin melden und keine Ansprüche anerkennen.

Die Sanierung selbst bitte immer erst nach Freigabe durch uns.

Viele Grüße
Jana Kowalczyk
"""
    return build(31, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Hinrich Albers <h.albers@albers-verwaltung.example>",
                 "Schimmel - versichert oder nicht?", body, flowed=True)


@mail("STRICTLY_CONFIDENTIAL", "de", "customer", "Hausmeisterbericht: demenzkranke Mieterin, Herd angelassen, Brandschaden, gesetzliche Betreuerin")
def m032():
    body = """Frau Kowalczyk, zur Info für die Akte S-24-123047, Bericht vom
Hausmeister kam heute per Mail von der Verwaltung. Gruß B. Hinrichs

-----Ursprüngliche Nachricht-----
Von: Hausmeisterservice Petrowski <info@hms-petrowski.example>
Gesendet: Dienstag, 22. Oktober 2024 07:58
An: Hausverwaltung Krummsiek GmbH <info@krummsiek-hv.example>
Betreff: Brand Lindenhof 16 3.OG li

moin frau krummsiek,

wie gestern am telefon. die feuerwehr war um 16:40 da, topf auf dem
herd bei frau hellwege 3.og li, küche verrußt, dunstabzug
geschmolzen, flur voller ruß bis 2.og. frau hellwege ist ja schon
länger dement, das wissen im haus alle, ist schon das 3. mal das der
herd anbleibt (1x im mai, 1x august, da hat die nachbarin es
gerochen). sie war unverletzt aber total verwirrt, rettungsdienst hat
sie dann mitgenommen ins krankenhaus zur beobachtung.

ihre betreuerin ist frau dr. hagedorn (betreuungsbüro hagedorn
0421-6672310) die hab ich angerufen. die sagt, frau hellwege soll
jetzt ins heim, pflegegrad 4 ist beantragt. wer bezahlt die küche??

ich hab die tür versiegelt und die rauchmelder im flur getauscht.

gruß
a. petrowski
hausmeisterservice petrowski
"""
    return build(32, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "WG: Brand Lindenhof 16 3.OG li", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Vandalismus/Graffiti WEG, Schadennummer, Strafanzeige gegen Unbekannt, Verwalterin namentlich")
def m033():
    body = """Sehr geehrte Frau Krummsiek,

Schaden-Nr. S-24-123588, WEG Am Lindenhof 12-16
Vertrag WG-4471-20933, Zusatzbaustein Graffiti/Vandalismus

die Kosten für die Graffitientfernung an der Fassade Haus 12 und die
Erneuerung der aufgebrochenen Briefkastenanlage übernehmen wir bis zur
Höhe des vorgelegten Angebots (3.960,00 EUR brutto) abzüglich 250 EUR
Selbstbehalt. Die Anzeige gegen Unbekannt (Polizei Bremen, Tgb.-Nr.
2024/116604) liegt uns vor; sollte ein Täter ermittelt werden, teilen
Sie uns das bitte mit.

Zahlung erfolgt nach Rechnungseingang auf das Konto der Gemeinschaft.

Mit freundlichen Grüßen
Jana Kowalczyk
"""
    return build(33, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Dörte Krummsiek <d.krummsiek@krummsiek-hv.example>",
                 "S-24-123588 Graffiti/Briefkastenanlage - Kostenübernahme", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "expat tenant's liability claim for parquet damage at move-out, landlord withholds deposit, policy number")
def m034():
    body = """Dear Mr Lindqvist,

Your personal liability policy PH-7781-30456 - claim no. H-24-21377

Thank you for sending the move-out report (Übergabeprotokoll) from
30 September. We understand that your landlord, Mrs Ingeborg Cordes,
is keeping EUR 1,650 of your EUR 2,400 deposit for:

  1. scratches on the parquet in the living room      EUR 1,100
  2. drill holes in the bathroom tiles                EUR   320
  3. final cleaning                                   EUR   230

Items 2 and 3 are not covered: drill holes for normal fittings are
usually normal wear and tear that the landlord has to accept, and
cleaning is not damage. We will contact Mrs Cordes about item 1 and
ask for photos and the age of the floor. If the parquet is older than
ten years, she can only claim its depreciated value.

Please do not agree to any deduction in the meantime.

Kind regards
Matthias Brenneke
Liability Claims
Weserstein Versicherung AG
"""
    return build(34, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Erik Lindqvist <erik.lindqvist@nordpost.example>",
                 "Your deposit / parquet - claim H-24-21377", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer", "tenant sues landlord over mould and claims depression F32.1 and asthma, defence instruction")
def m035():
    body = """Dear Mr Brandt,

Holt ./. Nordhafen Residential Fund II GmbH & Co. KG
Landgericht Bremen, 4 O 1187/24
Our ref.: H-24-20978

As discussed, we would like you to defend our insured in this claim.
The statement of claim was served on 28 October; the deadline to
notify intent to defend is 11 November.

Summary of the claimant's case:
- Ms Rebecca Holt (tenant, flat 3.07) claims EUR 18,500 (rent reduction
  since July 2024, furniture, and pain and suffering for herself and
  her son Oliver).
- She submits a psychiatrist's certificate (Dr. Imke Rosendahl) stating
  a moderate depressive episode (F32.1) since spring 2024, which she
  attributes to the living conditions, and the GP letter on Oliver's
  atopic eczema (L20.8) and suspected asthma (J45.9).

Our position: the expert report of Dr. Kessler (attached, 14 pages)
finds the mould in the bedroom is caused by condensation on a cold
external corner combined with furniture placed against the wall; there
is no leak. We accept that the external corner is a thermal bridge and
that the landlord may share responsibility for the building defect.

Please challenge causation for the health claims. We agree to a
settlement up to EUR 4,000 if the court suggests one.

Kind regards
Matthias Brenneke
Liability Claims
"""
    return build(35, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "RA Malte Brandt <brandt@brandt-yilmaz-recht.example>",
                 "Holt ./. Nordhafen - LG Bremen 4 O 1187/24 - instruction", body)


@mail("NORMAL", "en", "newsletter", "trap: press release on landlord package with mould and tenant-injury cover; named board member in corporate role only")
def m036():
    body = """PRESS RELEASE

Weserstein launches "Vermieter Plus": building and landlord liability
in one policy - now with mould remediation cover

Bremen, 4 November 2024 - Weserstein Versicherung AG today launched
Vermieter Plus, a combined building and landlord liability policy for
private landlords with up to 30 residential units.

New features:
- Mould remediation up to EUR 10,000 after a covered water leak,
  including the expert's fee
- Liability cover for injuries to tenants and visitors (for example
  falls in stairwells or on icy pavements) up to EUR 15 million
- Loss of rent for up to 24 months
- Optional rent default cover and deposit guarantee for tenants

"Landlords tell us that mould and slip accidents are their biggest
worries," said Dr. Friederike Lanz, Member of the Board responsible for
Property & Casualty. "Vermieter Plus answers both with one contract."

About Weserstein Versicherung AG
Founded in 1897 in Bremen, Weserstein insures more than 180,000
residential buildings in northern Germany.

Press contact: presse@weserstein.example, +49 421 5588-1010
"""
    return build(36, "Weserstein Presse <presse@weserstein.example>",
                 "presseverteiler@weserstein.example",
                 "Press release: Weserstein launches Vermieter Plus", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Inanspruchnahme Mietkautionsbürgschaft durch Vermieter, Mieter namentlich mit Rückforderung")
def m037():
    body = """Sehr geehrter Herr Schaper,

Ihre Vermieterin, die Grundstücksgemeinschaft Tietjen GbR, vertreten
durch die Immobilienverwaltung Albers & Partner, hat die Bürgschaft
KB-3391-04528 mit Schreiben vom 14.11.2024 in Höhe von 1.920,00 EUR in
Anspruch genommen. Begründung: Mietrückstand August und September 2024
(je 950,00 EUR) sowie 20,00 EUR Mahnkosten.

Nach den Bürgschaftsbedingungen müssen wir auf erstes Anfordern zahlen.
Wenn Sie die Forderung für unberechtigt halten, teilen Sie uns das bitte
bis zum 29.11.2024 mit Nachweisen (z. B. Kontoauszüge) mit.

Zahlen wir an die Vermieterin, fordern wir den Betrag von Ihnen zurück.
Eine Ratenzahlung ist möglich.

Mit freundlichen Grüßen
Birte Hinrichs
Kundenservice Kaution
"""
    return build(37, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Kevin Schaper <kevin.schaper@mailbox.example>",
                 "Inanspruchnahme Ihrer Mietkautionsbürgschaft KB-3391-04528", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "private Unfallversicherung eines Hausmeisters: Sturz von der Leiter, Fersenbeinbruch, Invaliditätsprüfung")
def m038():
    body = """Sehr geehrter Herr Petrowski,

vielen Dank für Ihre Unfallanzeige zu Ihrer Unfallversicherung
UV-5530-11822.

Unfalltag: 02.10.2024
Hergang lt. Ihrer Angabe: Beim Reinigen der Dachrinne am Objekt
Gastfeldstr. 71 ist die Leiter weggerutscht, Sturz aus ca. 2,5 m Höhe.
Verletzungen lt. Durchgangsarztbericht: Fersenbeinfraktur rechts
(S92.0), Prellung Becken.

Das Krankenhaustagegeld für den stationären Aufenthalt vom 02.10. bis
09.10.2024 (8 Tage x 50 EUR = 400 EUR) zahlen wir in den nächsten Tagen
aus. Über eine Invaliditätsleistung können wir erst entscheiden, wenn
der Dauerschaden feststeht - spätestens 15 Monate nach dem Unfall muss
die Invalidität ärztlich festgestellt sein. Bitte schicken Sie uns die
beigefügte Schweigepflichtentbindung unterschrieben zurück.

Gute Besserung!
Kai-Uwe Rehberg
Leistung Unfall
Weserstein Versicherung AG
"""
    return build(38, "Kai-Uwe Rehberg <kai-uwe.rehberg@weserstein.example>",
                 "Andrzej Petrowski <info@hms-petrowski.example>",
                 "Ihre Unfallanzeige vom 04.10.2024 - UV-5530-11822", body)


@mail("NORMAL", "de", "internal", "trap: Einsatzplan Hausmeister eigener Bestand - nur dienstliche Namen und Telefonnummern, Urlaubsvertretung ohne Grund")
def m039():
    body = """Moin zusammen,

der Einsatzplan für Dezember. Herr Petrowski ist vom 02.-13.12. nicht
da, Vertretung für die Objekte Gastfeldstraße/Kornstraße übernimmt
Hausmeisterdienst Stelljes.

Objekt                 Hausmeister        Notfall-Handy    Winterdienst
Gastfeldstr. 71        Petrowski/Stelljes 0170 2234411     Grünpflege ON
Kornstr. 302           Petrowski/Stelljes 0170 2234411     Grünpflege ON
Am Hulsberg 9          Rohlfs             0151 8890023     Eigenleistung
Hafenkante 9-11        Nordhafen (FM)     0421 330990      Grünpflege ON
Buntentorsteinweg 310  Albers (HV)        0421 4471100     Eigenleistung

Bitte Schlüsselausgabe nur gegen Quittung. Die Notrufnummer für
Wasser/Heizung außerhalb der Geschäftszeiten bleibt 0421 5588-7777.

Gruß
Rüdiger Haake
Weserstein Immobilien GmbH
"""
    return build(39, "Rüdiger Haake <ruediger.haake@weserstein.example>",
                 "asset.management@weserstein.example", "Einsatzplan Hausmeister Dezember", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Elementarschaden Starkregen im Keller einer vermieteten Doppelhaushälfte, Privatvermieter, Schadennummer und Auszahlung auf IBAN")
def m040():
    body = """Sehr geehrter Herr Wübbenhorst,

zum Schaden S-24-114420 (Starkregen vom 17.08.2024, Keller Ihres
vermieteten Hauses Achterdieksweg 5a) haben wir die Rechnungen geprüft.

Trocknung Keller (Fa. Trocknungstechnik Nord)   2.341,80 EUR
Estrich/Fliesen Waschküche                      4.118,00 EUR
Austausch Heizungsumwälzpumpe                     688,50 EUR
Mietminderung Ihrer Mieter Aug.-Okt.              450,00 EUR
abzgl. Selbstbehalt Elementar                    -500,00 EUR
Entschädigung                                   7.098,30 EUR

Die Rückstauklappe war nach dem Gutachten nicht gewartet; eine Kürzung
nehmen wir dieses Mal nicht vor. Bitte lassen Sie die Wartung künftig
jährlich durchführen.

Die Zahlung geht auf Ihr Konto DE67 2505 0180 1599 4996 98.

Mit freundlichen Grüßen
Jana Kowalczyk
"""
    return build(40, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Heiko Wübbenhorst <h.wuebbenhorst@webpost.example>",
                 "Abrechnung S-24-114420 Starkregen", body)
@mail("NORMAL", "de", "newsletter", "trap: HTML-only Verwalter-News zu Rauchwarnmeldern, Legionellenprüfung, Heizkosten - keine Person")
def m041():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Verwalter-News</title></head>
<body style="margin:0;font-family:Verdana,sans-serif;font-size:13px">
<table width="100%" cellpadding="12" style="background:#eef4f7">
<tr><td><b style="font-size:18px;color:#0b4f6c">Verwalter-News 4/2024</b><br>
Informationen f&uuml;r Hausverwaltungen und Wohnungsunternehmen</td></tr></table>
<table width="100%" cellpadding="10">
<tr><td><h3>Rauchwarnmelder: Wartungspflicht beachten</h3>
<p>In Bremen sind Rauchwarnmelder in Schlafr&auml;umen, Kinderzimmern und Fluren Pflicht.
Die j&auml;hrliche Funktionspr&uuml;fung obliegt in der Regel dem Besitzer &ndash; viele Verwaltungen
beauftragen einen Dienstleister. Bei einem Brand fragen wir nach dem Wartungsnachweis.</p></td></tr>
<tr><td><h3>Legionellen: Pr&uuml;fung alle drei Jahre</h3>
<p>Gro&szlig;anlagen zur Trinkwassererw&auml;rmung in vermieteten Geb&auml;uden m&uuml;ssen alle drei Jahre
untersucht werden. Technischer Ma&szlig;nahmenwert: 100 KBE/100&nbsp;ml. Wird er &uuml;berschritten,
m&uuml;ssen Mieter informiert und eine Gef&auml;hrdungsanalyse erstellt werden.</p></td></tr>
<tr><td><h3>Heizkosten: unterj&auml;hrige Verbrauchsinformation</h3>
<p>Seit 2022 m&uuml;ssen Mieter bei fernablesbaren Z&auml;hlern monatlich informiert werden.
Fehlt die Information, darf der Mieter die Heizkosten um 3&nbsp;% k&uuml;rzen.</p></td></tr>
<tr><td style="font-size:11px;color:#666">Weserstein Versicherung AG &middot; Am Speicher 4 &middot; 28217 Bremen<br>
<a href="https://www.weserstein.example/verwalter">weserstein.example/verwalter</a> &middot;
<a href="https://www.weserstein.example/newsletter/abmelden">Abmelden</a></td></tr>
</table></body></html>"""
    return build(41, "Weserstein Verwalter-News <newsletter@weserstein.example>",
                 "verwalter-verteiler@weserstein.example", "Verwalter-News 4/2024",
                 html=html, html_only=True)


@mail("NORMAL", "en", "insurer-to-customer", "trap: out-of-office auto-reply mentioning claims and medical reports generically")
def m042():
    body = """Thank you for your email.

I am out of the office until Monday, 11 November, with limited access
to email. Your message will not be forwarded.

For new building claims please use claims-residential@weserstein.example
or call +49 421 5588-3100. Injuries, medical reports and anything
concerning a person's health should be sent only through our secure
upload portal: https://upload.weserstein.example

Kind regards
Paul Okafor
Weserstein Versicherung AG
"""
    return build(42, "Paul Okafor <paul.okafor@weserstein.example>",
                 "Claire Whitfield <c.whitfield@nordhafen-rm.example>",
                 "Automatic reply: Flat 2.11 - leak from balcony above", body,
                 headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "Mieter mit Messie-Syndrom und psychiatrischer Behandlung, Brandgefahr, Betreuung - Antwort an Hausverwaltung")
def m043():
    body = """Sehr geehrter Herr Albers,

danke für die offene Schilderung zur Wohnung Buntentorsteinweg 310,
Whg. 9 (Mieter Herr Bernhard Kück). Zur Einordnung für unsere Akte
WG-6620-03318 fasse ich zusammen, was Sie uns mitgeteilt haben:

- Die Wohnung ist bis unter die Decke vermüllt (Zeitungen, Kartons,
  Lebensmittel), Ungeziefer im Treppenhaus.
- Herr Kück ist nach Auskunft seines Betreuers wegen eines
  Messie-Syndroms und einer Depression in psychiatrischer Behandlung und
  war im Sommer sechs Wochen in der Klinik Bremen-Ost.
- Das Amtsgericht hat eine Betreuung für Gesundheit und
  Wohnungsangelegenheiten eingerichtet.

Versicherungsrechtlich: Eine Gefahrerhöhung (Brandlast) liegt aus
unserer Sicht vor, wir kündigen deshalb nicht, bitten aber darum, dass
die Entrümpelung wie geplant bis 31.01.2025 erfolgt. Reinigung und
Schädlingsbekämpfung sind keine versicherten Gebäudeschäden. Bitte
informieren Sie uns, wenn der Elektriker die Leitungen geprüft hat.

Bitte schicken Sie uns keine weiteren Einzelheiten zur Gesundheit des
Mieters; wir brauchen sie nicht.

Mit freundlichen Grüßen
Torben Lüdeke
Underwriting Wohngebäude
"""
    return build(43, "Torben Lüdeke <torben.luedeke@weserstein.example>",
                 "Hinrich Albers <h.albers@albers-verwaltung.example>",
                 "AW: Whg. 9 Buntentorsteinweg - Gefahrerhöhung?", body)


@mail("NORMAL", "de", "internal", "trap: Statistik Glätteunfälle nach Altersband und Verletzungsart (XLSX), keine Einzelperson, kleine Zellen zusammengefasst")
def m044():
    body = """Hallo Matthias,

wie gewünscht die Auswertung Glätte-/Sturzschäden HG-Vermieter Saison
2023/24 für die Vorstandsvorlage. Zellen < 5 Fälle habe ich zu
"sonstige" zusammengefasst, keine Einzelfälle, keine Namen.

Gruß
Nele Brandes
Schadencontrolling
"""
    rows = [["Altersband", "Anzahl Fälle", "davon Fraktur", "davon Prellung/Zerrung", "sonstige", "Ø Aufwand EUR", "Ø Dauer Tage"],
            ["unter 30", 38, 9, 27, 2, 2140, 96],
            ["30-49", 71, 22, 45, 4, 3380, 121],
            ["50-69", 104, 49, 50, 5, 5870, 188],
            ["70+", 93, 61, 28, 4, 11420, 297],
            ["Summe", 306, 141, 150, 15, 6210, 190],
            ["Quelle: Schadensystem SAVI, Stand 30.09.2024, Sparte HG, Ursache Glätte/Treppe", "", "", "", "", "", ""]]
    return build(44, "Nele Brandes <nele.brandes@weserstein.example>",
                 "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Auswertung Glätteschäden 23/24", body,
                 atts=[A_xlsx("Glaetteschaeden_2023_24_Altersband.xlsx", rows, "Auswertung")])


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer", "Dutch flat owner in a WEG: claim share paid to NL IBAN, German claim terms in English mail")
def m045():
    body = """Dear Mr van der Berg,

Schaden-Nr. S-24-118734 - WEG Am Lindenhof 12-16

Our building policy covers the common property and the fixtures of all
flats. For your flat (Whg. 7, Sondereigentum) the damage is:

  Trocknung Bad/Flur (drying)        EUR   980.40
  Malerarbeiten (repainting)         EUR 1,216.00
  Sockelleisten (skirting boards)    EUR   187.60
  Total                              EUR 2,384.00

As agreed with the Hausverwaltung Krummsiek, we pay your share directly
to you:

  Account holder: Pieter van der Berg
  IBAN: NL93 ABNA 7190 1299 00

Your tenant's furniture is not covered by the building policy; she
should contact her own Hausratversicherung (contents insurance).

Met vriendelijke groet / Mit freundlichen Grüßen
Jana Kowalczyk
Schadenregulierung Sach - Wohngebäude
"""
    return build(45, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Pieter van der Berg <p.vanderberg@postnl-mail.example>",
                 "Payment for your flat - Schaden-Nr. S-24-118734", body,
                 cc="Dörte Krummsiek <d.krummsiek@krummsiek-hv.example>")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner", "large-loss notice to reinsurer: apartment fire, named tenant in intensive care with smoke inhalation")
def m046():
    body = """Dear Ms Carrington,

Large loss notification under the Property Per Risk XL 2024
(layer EUR 2m xs EUR 1m)

Our claim no.: S-24-124001 / H-24-21550
Insured: Wohnungsbaugenossenschaft Gröpelingen eG
Risk: residential block, Lindenhofstr. 60-64, 28237 Bremen, 48 units
Date of loss: 03 November 2024, approx. 02:15

Fire started in a ground-floor flat (cause under investigation by the
fire brigade, electrical fault suspected in an e-bike battery). The
stairwell of no. 62 was smoke-logged; 31 residents were evacuated.

Personal injury: the tenant of the flat of origin, Mr Dariusz Wilk
(57), was rescued by the fire brigade and is in intensive care at
Klinikum Bremen-Mitte with severe smoke inhalation and second-degree
burns to both hands. Two neighbours were treated on site.

Reserves (gross):
  Building                     EUR 2,350,000
  Loss of rent (18 months)     EUR   410,000
  Liability (bodily injury)    EUR   150,000 (separate treaty, FYI)

We will send the adjuster's first report by 20 November.

Kind regards
Kerstin Vahle
Large Loss Unit
Weserstein Versicherung AG
"""
    return build(46, "Kerstin Vahle <kerstin.vahle@weserstein.example>",
                 "Olivia Carrington <o.carrington@northsea-re.example>",
                 "Large loss notice S-24-124001 - residential fire Bremen", body)


@mail("NORMAL", "de", "insurer-to-customer", "trap: Einmal-Passwort für neuen Portalzugang einer Hausverwaltung")
def m047():
    body = """Guten Tag,

für Ihre Hausverwaltung wurde ein Zugang zum Weserstein-Partnerportal
eingerichtet.

Benutzername: krummsiek-hv-03
Einmal-Passwort: siehe separate SMS an die hinterlegte Mobilnummer

Das Einmal-Passwort ist 72 Stunden gültig. Bei der ersten Anmeldung
vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage.

https://partner.weserstein.example

Diese Nachricht wurde automatisch erstellt.
Weserstein Versicherung AG
"""
    return build(47, "Weserstein Partnerportal <no-reply@weserstein.example>",
                 "m.ostendorf@krummsiek-hv.example", "Ihr Zugang zum Weserstein-Partnerportal", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Dachlawine beschädigt Pkw des Nachbarn, Kennzeichen und Name, niemand verletzt")
def m048():
    body = """Sehr geehrte Frau Meyer-Tönjes,

zu Ihrer Haus- und Grundbesitzerhaftpflicht HG-2290-18466 haben wir
folgenden Schaden angelegt:

Schaden-Nr.: H-24-22015
Schadentag: 06.01.2024 (Meldung durch den Geschädigten am 12.11.2024)
Geschädigter: Herr Lars Kummerfeld, Auf den Häfen 19
Fahrzeug: VW Golf, HB-LK 4471
Hergang: Dachlawine vom Dach Ihres Hauses Auf den Häfen 17 auf die
Motorhaube des am Straßenrand geparkten Fahrzeugs. Personen wurden
nicht verletzt.
Forderung: 2.870,00 EUR lt. Gutachten Kfz-SV Dreyer

Bitte teilen Sie uns mit, ob an Ihrem Dach Schneefanggitter angebracht
sind und ob es eine Warnung (Schild, Absperrung) gab. Fotos des Dachs
helfen uns.

Mit freundlichen Grüßen
Matthias Brenneke
Haftpflicht-Schaden
"""
    return build(48, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Anke Meyer-Tönjes <anke.mt@webpost.example>",
                 "Dachlawine - Ihr Schaden H-24-22015", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "customer", "Mieterin im 5. Monat schwanger, Angst wegen Schimmel, Frauenärztin rät zum Auszug - weitergeleitet vom Vermieter")
def m049():
    body = """Hallo Herr Brenneke,

noch was zu H-24-20417 - Herr Rademacher hat eine weitere Mail der
Mieterin nachgereicht (siehe unten). Ich leg's zur Akte, Gutachter ist
ja beauftragt.

Gruß Lena (Schadenaufnahme)

----- Weitergeleitet von Gerd Rademacher am 04.11.2024 08:12 -----

Sehr geehrter Herr Rademacher,

ich möchte Ihnen mitteilen, dass ich im fünften Monat schwanger bin.
Meine Frauenärztin hat mir dringend geraten, nicht mehr im Schlafzimmer
zu schlafen, solange dort Schimmel ist, weil ich eine
Schwangerschaftsdiabetes habe und sowieso schon Infekte hatte. Ich
schlafe jetzt mit Mila im Wohnzimmer. Wenn bis Januar nichts passiert,
ziehe ich zu meiner Mutter und Sie müssen die Mehrkosten zahlen.

Sandra Köhnke
"""
    return build(49, "Lena Wiechmann <lena.wiechmann@weserstein.example>",
                 "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "WG: Schimmel - Nachtrag Mieterin", body)


@mail("NORMAL", "en", "internal", "trap: five-year maintenance and capex plan for insurer-owned residential buildings - no persons")
def m050():
    body = """Hi all,

attached is the draft maintenance and capex plan 2025-2029 for the
directly held residential portfolio, for the investment committee on
3 December. Main items:

- Stairwell lighting with motion sensors in all 14 buildings (2025),
  following the liability team's recommendation after last winter
- Handrails on both sides in 6 older stairwells (2025)
- Ventilation units (decentralised, with heat recovery) in 3 buildings
  with recurring mould complaints (2026-2027)
- Roof renewal Kornstr. 302 (2027)
- Step-free access / ramp at Am Hulsberg 9 (2026) - KfW 455-B grant
  applied for

Comments by 22 November please.

Rüdiger
"""
    rows = [["Building", "Measure", "Year", "Budget EUR", "Priority", "Reason"],
            ["All (14)", "Stairwell LED + motion sensors", "2025", "126000", "A", "slip/fall risk, liability"],
            ["Gastfeldstr. 71", "Second handrail", "2025", "8400", "A", "fall risk"],
            ["Kornstr. 302", "Decentral ventilation", "2026", "94000", "B", "recurring mould complaints"],
            ["Hafenkante 9-11", "Decentral ventilation", "2027", "151000", "B", "condensation, thermal bridges"],
            ["Kornstr. 302", "Roof renewal", "2027", "310000", "B", "end of life"],
            ["Am Hulsberg 9", "Ramp + automatic door", "2026", "38500", "B", "accessibility, KfW grant"],
            ["Delmestr. 20", "Pipe renewal (riser)", "2025", "210000", "A", "3 water claims in 24 months"]]
    return build(50, "Rüdiger Haake <ruediger.haake@weserstein.example>",
                 "investment-committee@weserstein.example",
                 "Draft maintenance & capex plan 2025-2029 residential", body,
                 atts=[A_xlsx("Capex_Plan_2025-2029_Residential_DRAFT.xlsx", rows, "Plan")])
@mail("NORMAL", "de", "insurer-to-customer", "trap: Aushang-Text für Mieter über Trocknungsgeräte und Stromkosten - keine Namen, keine Schadennummer")
def m051():
    body = """Hallo Frau Ostendorf,

hier wie besprochen ein Textvorschlag für den Aushang im Treppenhaus.
Gern anpassen.

------------------------------------------------------------------
Liebe Bewohnerinnen und Bewohner,

nach dem Wasserschaden im Haus laufen in einigen Wohnungen und im
Keller Trocknungsgeräte. Bitte

- schalten Sie die Geräte nicht aus und stellen Sie nichts darauf,
- halten Sie Fenster und Türen der betroffenen Räume geschlossen,
- notieren Sie in betroffenen Wohnungen den Stromzählerstand am ersten
  und letzten Tag. Die Stromkosten werden erstattet.

Die Geräte sind laut (ca. 50 dB). Wir bitten um Verständnis.
Die Trocknung dauert voraussichtlich 3 bis 4 Wochen.

Bei Fragen: Hausverwaltung, Tel. 0421 4471100
------------------------------------------------------------------

Viele Grüße
Jana Kowalczyk
"""
    return build(51, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Maren Ostendorf <m.ostendorf@krummsiek-hv.example>",
                 "Textvorschlag Aushang Trocknung", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Heizungsausfall: Bewohnerliste mit Namen, Telefon, Personenzahl für Ersatzunterkunft nur im XLSX-Anhang")
def m052():
    body = """Sehr geehrter Herr Sievers,

zum Schaden S-24-124500 (Ausfall der Heizzentrale nach Wassereinbruch
Lindenhofstr. 60-64) haben wir die Liste der Haushalte ergänzt, die ab
morgen in Ferienwohnungen untergebracht werden. Bitte kontrollieren Sie
Spalte F - dort fehlen noch Rückmeldungen.

Mit freundlichen Grüßen
Jana Kowalczyk
"""
    rows = [["Haus", "Whg.", "Haushalt", "Telefon", "Personen", "Unterkunft ab 15.11.", "Rückmeldung"],
            ["60", "EG li", "Familie Yıldırım", "0176 22910834", 4, "FeWo Weserblick 2", "ja"],
            ["60", "1. OG re", "Heinz und Gisela Brüning", "0421 617733", 2, "Hotel Munte", "ja"],
            ["62", "2. OG li", "Oksana Melnyk", "0157 44120987", 3, "FeWo Weserblick 4", "ja"],
            ["62", "3. OG re", "Jörn Tebbe", "0170 9983321", 1, "bleibt bei Familie", "ja"],
            ["64", "EG re", "Familie Abdi", "0152 33098120", 6, "FeWo Vegesack 1", "offen"],
            ["64", "1. OG li", "Margret Kruse", "0421 610294", 1, "Hotel Munte", "offen"]]
    return build(52, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Hauke Sievers <h.sievers@wbg-groepelingen.example>",
                 "S-24-124500 - Unterbringung Haushalte", body,
                 atts=[A_xlsx("Unterbringung_S-24-124500.xlsx", rows, "Haushalte")])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "deaf tenant named: flashing smoke alarms and vibration pad after fire, disability information")
def m053():
    body = """Dear Ms Whitfield,

Regarding your question after the small kitchen fire in flat 2.04 (claim
S-24-122877): yes, the replacement of the smoke alarms is covered as
part of the fire damage, and we are happy to pay the difference for the
special alarms.

Since the tenant, Ms Amira Haddad, is profoundly deaf and did not hear
the standard alarm - her neighbour alerted her - we agree that she
needs a radio-linked alarm system with flashing lights and a vibration
pad under the pillow. Her statutory health insurer may pay part of the
cost as a medical aid; please ask her to check this with them, and we
will cover the rest up to EUR 650.

Kind regards
Paul Okafor
Key Account Claims - Residential
"""
    return build(53, "Paul Okafor <paul.okafor@weserstein.example>",
                 "Claire Whitfield <c.whitfield@nordhafen-rm.example>",
                 "RE: Flat 2.04 smoke alarms", body)


@mail("NORMAL", "de", "internal", "trap: Protokoll Eigentümerversammlung ohne personenbezogene Angaben (nur TOPs, MEA, Beschlüsse, Wohnungsnummern)")
def m054():
    body = """Hallo Frau Stöver,

anbei das Protokoll der ETV Kornstraße 302 zur Ablage. Diesmal ohne
Besonderheiten; die Verwaltung hat es schon ohne Namen verschickt.

Gruß Rüdiger Haake

================================================================
Niederschrift über die ordentliche Versammlung der Gemeinschaft der
Wohnungseigentümer Kornstraße 302, 28201 Bremen
am 08.10.2024, 18:00 Uhr, Bürgerhaus Neustadt

Versammlungsleitung: Verwaltung (Albers & Partner)
Anwesend oder vertreten: 14 von 21 Einheiten, 702/1000 MEA
Die Versammlung ist beschlussfähig.

TOP 1 Jahresabrechnung 2023
Beschluss: Die Nachschüsse/Anpassungen gemäß Einzelabrechnungen werden
genehmigt. Ja 702 / Nein 0 / Enth. 0 - angenommen.

TOP 2 Wirtschaftsplan 2025
Hausgeldvorschüsse gemäß Einzelwirtschaftsplänen, Erhöhung der
Erhaltungsrücklage auf 1,20 EUR/m² Wohnfläche. angenommen (Ja 650 /
Nein 52).

TOP 3 Gebäudeversicherung
Die Verwaltung berichtet über drei Leitungswasserschäden (Strang B) und
die Prämienerhöhung. Beschluss: Angebot über Strangsanierung Strang B
einholen. angenommen.

TOP 4 Schimmel Kellerraum 7 (Gemeinschaftseigentum)
Ursache laut Gutachten: fehlende Horizontalsperre. Beschluss:
Abdichtung durch Fa. Bautenschutz Ahrens, 14.200 EUR aus der
Rücklage. angenommen.

TOP 5 Sturzgefahr Außentreppe
Nach einem Sturz im Januar (ohne Folgen für die Gemeinschaft) wird ein
zweiter Handlauf angebracht. angenommen.

TOP 6 Verschiedenes: Hinweis auf die Streupflicht laut Hausordnung.

Ende 19:40 Uhr. gez. Versammlungsleitung, gez. Beirat
================================================================
"""
    return build(54, "Rüdiger Haake <ruediger.haake@weserstein.example>",
                 "Silke Stöver <silke.stoever@weserstein.example>",
                 "Protokoll ETV Kornstraße 302", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "rent default insurance: named tenant's arrears and eviction status")
def m055():
    body = """Dear Mr Hartmann,

Your rent default insurance MA-1193-60245 - claim MA-24-00318
Property: Am Wandrahm 33, flat 2 right

We have received your claim for the rent arrears of your tenant,
Mr Dennis Kollmeyer:

  July 2024        EUR   890.00
  August 2024      EUR   890.00
  September 2024   EUR   890.00
  October 2024     EUR   890.00
  Total            EUR 3,560.00

We note that you terminated the tenancy without notice on 12 September
and filed for eviction at the Amtsgericht Bremen (case 9 C 341/24).
Under the policy we pay up to 12 months' rent from the first missed
payment, minus the deposit you hold (EUR 1,780). We will pay the first
instalment of EUR 1,780 this week and then monthly until the flat is
handed back.

Please send us the court's decision as soon as you have it.

Kind regards
Birte Hinrichs
Customer Service - Rent Guarantee
"""
    return build(55, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Frank Hartmann <frank.hartmann@webpost.example>",
                 "Rent default claim MA-24-00318", body)


@mail("NORMAL", "en", "insurer-to-partner", "trap: answer to association survey with aggregated mould and slip claims figures")
def m056():
    body = """Dear Dr Reents,

please find our figures for the association's survey on residential
property claims 2023 below. All figures are portfolio totals; we cannot
provide a breakdown below regional level.

                                    2022     2023
Residential buildings insured     176,400  181,950
Water claims                       14,210   15,034
  of which with mould remediation   1,187    1,402
Storm/hail claims                   6,890   11,203
Landlord liability claims           2,944    3,117
  of which bodily injury (falls)    1,610    1,702
  of which mould/health allegations   203      241

Average cost of a landlord liability claim with bodily injury rose
from EUR 5,480 to EUR 6,210, mainly due to care costs for older
claimants.

Best regards
Nele Brandes
Claims Controlling
Weserstein Versicherung AG
"""
    return build(56, "Nele Brandes <nele.brandes@weserstein.example>",
                 "Dr. Tjark Reents <reents@vns-verband.example>",
                 "Survey residential property claims 2023 - Weserstein figures", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company", "Regress Krankenkasse nach Treppensturz: Behandlungskosten mit Diagnosen und OPS")
def m057():
    body = """Sehr geehrte Frau Grotheer,

Ihr Zeichen: REG-2024-08817 - Versicherte: Elfriede Wachtel, geb. 27.03.1942
Unser Zeichen: H-24-19880

Ihre Regressforderung nach § 116 SGB X haben wir erhalten. Die
beigefügte Kostenaufstellung haben wir wie folgt geprüft:

Krankenhaus Bremen-Ost 18.07.-29.07.2024
  DRG I47B, Hüft-TEP bei Schenkelhalsfraktur (S72.00, OPS 5-820.00)
                                                       11.204,17 EUR
Geriatrische Reha 29.07.-19.08.2024                    6.930,00 EUR
Krankentransporte (3x)                                   412,50 EUR
Rollator, Toilettensitzerhöhung                          186,40 EUR
Physiotherapie (KG, 18 Einheiten)                        502,20 EUR
Summe                                                 19.235,27 EUR

Die Haftung unserer Versicherungsnehmerin ist dem Grunde nach noch
nicht geklärt (Beleuchtungsprotokoll). Wir schlagen vorsorglich eine
Quote von 50 % vor und zahlen 9.617,64 EUR ohne Anerkennung einer
Rechtspflicht. Für die Pflegeleistungen (Pflegegrad 2 ab 01.09.2024)
bitten wir um gesonderte Aufstellung der Pflegekasse.

Mit freundlichen Grüßen
Frank Zschörner
Regress / Haftpflicht
"""
    return build(57, "Frank Zschörner <frank.zschoerner@weserstein.example>",
                 "Bettina Grotheer <regress@hanse-bkk.example>",
                 "Regress REG-2024-08817 / unser Az. H-24-19880", body)


@mail("NORMAL", "de", "insurer-to-customer", "trap: Streuplan-Vorlage und Musterklausel Hausordnung mit Wohnungsnummern statt Namen")
def m058():
    body = """Hallo Frau Ostendorf,

anbei die Vorlage Streu- und Räumplan, die Sie für Haus 12-16 nutzen
können, und unsere Musterklausel für die Hausordnung. Die Namen tragen
Sie bitte selbst ein - die Vorlage arbeitet nur mit Wohnungsnummern.

Musterklausel:
"Die Mieter der Erdgeschosswohnungen übernehmen im wöchentlichen
Wechsel gemäß Aushang das Räumen und Streuen des Zugangs und des
Gehwegs vor dem Haus. Ist ein Mieter verhindert (Urlaub, Krankheit,
Alter), hat er für Vertretung zu sorgen oder die Verwaltung rechtzeitig
zu informieren; die Verwaltung beauftragt dann auf Kosten der
Gemeinschaft einen Dienstleister."

Viele Grüße
Selin Aydın
"""
    csv = """KW;Zeitraum;zuständig;Vertretung;Quittiert
45;04.11.-10.11.;Whg. 1;Whg. 2;
46;11.11.-17.11.;Whg. 2;Whg. 3;
47;18.11.-24.11.;Whg. 3;Whg. 1;
48;25.11.-01.12.;Dienstleister;-;
"""
    return build(58, "Selin Aydın <selin.aydin@weserstein.example>",
                 "Maren Ostendorf <m.ostendorf@krummsiek-hv.example>",
                 "Vorlage Streuplan + Hausordnungsklausel", body,
                 atts=[A_csv("Streuplan_Vorlage.csv", csv)])


@mail("CONFIDENTIAL", "de", "customer", "Hausverwaltung meldet Eigentümer, der den Notdienst privat bezahlt hat, mit IBAN zur Erstattung")
def m059():
    body = """Bitte Erstattung an Eigentümer anlegen, Rechnung hängt im System.
J.K.

> Von: Maren Ostendorf <m.ostendorf@krummsiek-hv.example>
> Gesendet: Mittwoch, 13. November 2024 10:41
> An: Jana Kowalczyk
> Betreff: S-24-118734 Notdienstrechnung
>
> Sehr geehrte Frau Kowalczyk,
>
> Herr Jansen (Whg. 5) hat den Klempner-Notdienst am Samstag, 05.10.,
> selbst bezahlt (Rechnung Sanitär-Notdienst Hanse, 486,71 EUR, anbei).
> Bitte erstatten Sie den Betrag direkt an ihn:
>
> Kontoinhaber: Ole Jansen
> IBAN: DE85250501805566963013
>
> Vielen Dank und freundliche Grüße
> Maren Ostendorf
> Hausverwaltung Krummsiek GmbH
> Objektbetreuung WEG
"""
    return build(59, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Zahlungsverkehr Schaden <zv-schaden@weserstein.example>",
                 "WG: S-24-118734 Notdienstrechnung", body)


@mail("NORMAL", "en", "insurer-to-customer", "trap: prospective tenant asks whether she needs liability/contents cover; generic product answer, no contract or personal data")
def m060():
    body = """Dear Ms Okonkwo,

thank you for your enquiry. In Germany a landlord cannot force a tenant
to take out insurance, but many rental contracts recommend it and we
strongly advise it:

- Personal liability (Privathaftpflicht) covers damage you cause to
  others - including damage to the rented flat (e.g. a cracked sink or
  a burnt worktop). From EUR 5.90 a month.
- Contents insurance (Hausrat) covers your own belongings against
  fire, burst pipes, storm and burglary. The price depends on the
  postcode and floor area.
- A deposit guarantee (Mietkautionsbürgschaft) can replace the cash
  deposit of up to three months' rent.

You can get a quote online at https://www.weserstein.example/en/tenants
or I can call you back - just tell me a convenient time.

Kind regards
Birte Hinrichs
Customer Service
"""
    return build(60, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Grace Okonkwo <grace.okonkwo@inboxmail.example>",
                 "RE: Do I need insurance as a tenant?", body)
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "Aufzug steckengeblieben: 79-jährige Mieterin mit Kreislaufkollaps und Herzschrittmacher, Haftpflichtfall der Genossenschaft")
def m061():
    body = """Sehr geehrter Herr Sievers,

zum Aufzugsvorfall Lindenhofstr. 64 vom 22.10.2024 (unser Az.
H-24-21801) liegen uns inzwischen das Störungsprotokoll der Aufzugsfirma
und das Schreiben der Tochter der betroffenen Mieterin vor.

Danach saß Frau Hildegard Rippe (79) rund 95 Minuten in der Kabine
fest, bevor der Notdienst eintraf. Sie erlitt einen Kreislaufkollaps;
der Rettungsdienst brachte sie ins Krankenhaus, wo sie zwei Nächte
überwacht wurde, auch weil ihr Herzschrittmacher kontrolliert werden
musste. Die Tochter verlangt ein Schmerzensgeld von 2.000 EUR und
Erstattung der Taxikosten.

Für unsere Prüfung benötigen wir:
1. den Wartungsvertrag und die letzten beiden Prüfberichte (ZÜS),
2. die Aufzeichnung des Notrufsystems (Uhrzeit Notruf / Eintreffen),
3. die Angabe, ob die Notrufweiterleitung zum Zeitpunkt funktionierte.

Bitte geben Sie gegenüber Familie Rippe keine Zusagen ab; wir melden
uns direkt bei der Tochter.

Mit freundlichen Grüßen
Matthias Brenneke
"""
    return build(61, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Hauke Sievers <h.sievers@wbg-groepelingen.example>",
                 "Aufzug Lindenhofstr. 64 - H-24-21801", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "short note: glass breakage of front door in a private landlord's building, policy and claim number")
def m062():
    body = """Hi Mr Wübbenhorst,

the broken glass in the front door at Achterdieksweg 7 is registered as
claim S-24-125190 (glass policy GL-2290-55107). You can instruct the
glazier directly and have the invoice sent to us. Emergency glazing is
covered.

Best regards
Jana Kowalczyk
"""
    return build(62, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Heiko Wübbenhorst <h.wuebbenhorst@webpost.example>",
                 "Broken front door glass - S-24-125190", body)


@mail("NORMAL", "en", "internal", "trap: team organisation, colleague away (no reason given), cover for mailboxes")
def m063():
    body = """Hi team,

Lena is out of the office until Friday. Please cover her inbox tasks
as follows:

- new building claims A-K: Birte
- new building claims L-Z: Jana
- liability intake (slips/falls): Matthias, as usual
- call-backs to property managers: Selin

Thursday's team meeting is cancelled; we'll meet on Monday at 9:30 in
room Weser 2 instead. Torben is bringing cake (belated birthday).

Thanks, all!
Kerstin
"""
    return build(63, "Kerstin Vahle <kerstin.vahle@weserstein.example>",
                 "team-sach-wohnen@weserstein.example", "Cover this week", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "customer", "neighbours' dispute: tenant reports neighbour with schizophrenia, threats, police call-outs; legal expenses claim")
def m064():
    body = """Hanna,

English-speaking customer, legal expenses (RS-8120-44913, tenant module).
Can you check cover for a claim against the landlord (failure to act on
a disruptive neighbour)? Her email below.

Birte

-----Original Message-----
From: Laura Jennings <laura.jennings@inboxmail.example>
Sent: Thursday, 7 November 2024 21:33
To: service@weserstein.example
Subject: Neighbour - need legal help

Hello,

I rent a flat at Parkallee 118 (2nd floor left). Since the summer the
man in the flat above, Mr Ralf Harms, has been banging on the floor at
night, shouting through the door and once threatened me with a knife
in the stairwell. The police have been here four times. His sister told
me he has paranoid schizophrenia and stopped taking his medication, and
that he was in the psychiatric ward in September but was released.

I am not sleeping, my GP has signed me off sick for two weeks with
anxiety. The landlord (Gebr. Tiedemann) says they cannot do anything.
Can my legal insurance pay a lawyer to make the landlord act or let me
leave the lease early?

Thank you,
Laura Jennings
"""
    return build(64, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Hanna Petersen <hanna.petersen@weserstein.example>",
                 "FW: Neighbour - need legal help", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "legal expenses for a rent increase dispute: named tenant, policy, current and proposed rent")
def m065():
    body = """Dear Mr Lindqvist,

Legal expenses policy RS-7781-30460 - case no. RL-24-06102

We confirm cover for legal advice and, if necessary, court proceedings
concerning your landlord's demand for a rent increase for your new flat
at Schwachhauser Ring 44:

  current net rent       EUR 1,140.00
  demanded from 01/2025  EUR 1,311.00 (+15 %)

Your landlord relies on three comparable flats; your lawyer should
check whether the cap (Kappungsgrenze) of 15 % in three years and the
Bremen rent index have been respected. The waiting period has passed.
Excess: EUR 250.

Kind regards
Hanna Petersen
Legal Expenses Claims
"""
    return build(65, "Hanna Petersen <hanna.petersen@weserstein.example>",
                 "Erik Lindqvist <erik.lindqvist@nordpost.example>",
                 "Cover confirmation RL-24-06102 - rent increase", body)


@mail("NORMAL", "de", "insurer-to-customer", "trap: Einladung Erste-Hilfe-Kurs für Hausmeister mit ICS, Themen Sturzverletzungen und Reanimation")
def m066():
    body = """Liebe Partner-Hausverwaltungen,

auch in diesem Winter bieten wir für Hausmeisterinnen und Hausmeister
Ihrer Objekte einen kostenlosen Erste-Hilfe-Kurs an (9 UE, anerkannt
nach DGUV Grundsatz 304-001):

- Versorgung von Sturzverletzungen (Knochenbrüche, Kopfverletzungen)
- Herz-Lungen-Wiederbelebung und Einsatz des AED
- Unterkühlung, Erfrierungen
- richtiges Verhalten nach einem Unfall im Treppenhaus (Notruf,
  Zeugen, Dokumentation - keine Schuldanerkenntnis!)

Termin und Ort im Anhang. Anmeldung formlos bis 29.11. an
veranstaltungen@weserstein.example, max. 16 Teilnehmende.

Viele Grüße
Selin Aydın
Key Account Wohnungswirtschaft
"""
    return build(66, "Selin Aydın <selin.aydin@weserstein.example>",
                 "hv-partner@weserstein.example", "Erste-Hilfe-Kurs für Hausmeister am 10.12.", body,
                 atts=[A_ics("Erste-Hilfe-Hausmeister.ics", "eh-kurs-20241210", "20241210T080000",
                             "20241210T160000", "Erste-Hilfe-Kurs für Hausmeister",
                             "Weserstein Schulungszentrum, Am Speicher 4, Raum Weser 1",
                             "DRK-Ausbilder, Verpflegung wird gestellt")])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "Kind verletzt sich auf Spielplatz der Wohnanlage, Platzwunde und Zahnverletzung, Arztrechnungen - Antwort an die Mutter")
def m067():
    body = """Sehr geehrte Frau Dąbrowska,

als Haftpflichtversicherer der Wohnungseigentümergemeinschaft Am
Lindenhof 12-16 bearbeiten wir den Unfall Ihres Sohnes Filip (7) vom
12.09.2024 auf dem Spielplatz der Anlage (unser Az. H-24-20233).

Nach Ihren Unterlagen hat sich beim Sturz von der Kletterkombination,
deren Holzbalken morsch war, ein Teil des Geländers gelöst. Filip hat
eine Platzwunde an der Stirn (genäht in der Kinderklinik) und einen
abgebrochenen oberen Schneidezahn (11) erlitten.

Wir übernehmen:
- die Zuzahlungen und Fahrtkosten (87,40 EUR),
- die privat in Rechnung gestellte Kompositfüllung der Zahnärztin
  Dr. Claußen (GOZ 2120, 214,33 EUR),
- ein Schmerzensgeld von 800 EUR.

Weil bei bleibenden Zähnen Spätfolgen (Verfärbung, Wurzelbehandlung)
möglich sind, verzichten wir für fünf Jahre auf die Einrede der
Verjährung für Zukunftsschäden am Zahn 11.

Mit freundlichen Grüßen
Matthias Brenneke
Haftpflicht-Schaden
"""
    return build(67, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Agnieszka Dąbrowska <a.dabrowska@mailbox.example>",
                 "Unfall Ihres Sohnes am 12.09.2024 - Az. H-24-20233", body)


@mail("NORMAL", "en", "internal", "trap: fictitious training case about a tenant with dementia (Max Mustermann, invented), underwriting exercise")
def m068():
    body = """Hi everyone,

for Friday's underwriting workshop, please read the case below. It is
entirely fictitious - any resemblance to real persons is coincidental.

CASE 3 - "Lindenallee 1" (fictitious)
A private landlord insures a 6-unit building. In flat 3 lives tenant
"Max Mustermann" (fictitious, 84), who has dementia. Three incidents in
12 months: bathtub overflow, pan fire, front door left open overnight.
The landlord asks whether his building policy is at risk and whether
he may terminate the tenancy.

Questions:
1. Is there an increase in risk (Gefahrerhöhung) in the legal sense?
2. What risk-reducing measures can we suggest (stove guard, water
   stop valve, networked smoke alarms)?
3. What information about the tenant may the landlord give us, and
   what should we NOT ask for (health data, data minimisation)?
4. Draft a two-paragraph reply to the landlord.

See you Friday,
Torben
"""
    return build(68, "Torben Lüdeke <torben.luedeke@weserstein.example>",
                 "uw-property-team@weserstein.example", "Workshop Friday - case 3 (fictitious)", body)


@mail("CONFIDENTIAL", "de", "insurer-to-broker", "Angebot Wohngebäude für Privatvermieterin mit Geburtsdatum, Vorversicherer und Vorschäden")
def m069():
    body = """Hallo Herr Meiners,

anbei die Eckdaten für das Angebot Ihrer Kundin. Bitte die Vorschäden
noch mal mit ihr durchgehen, dann kann ich policieren.

Antragstellerin: Gesa Harjes, geb. 19.06.1971
Anschrift: Kirchweg 12, 27711 Osterholz-Scharmbeck
Risiko: Dreifamilienhaus Bürgermeister-Smidt-Str. 5, Osterholz-
Scharmbeck, Bj. 1958, Kernsanierung 2011, alle 3 Whg. vermietet
Wohnfläche 246 m², Wert 1914: 24.800 Mark
Vorversicherer: Nordhanse Versicherung, gekündigt durch VN zum 01.01.2025
Vorschäden 5 J.: 2021 Sturm 1.900 EUR, 2023 LW 6.400 EUR
Beitrag Vermieter Plus inkl. Elementar (ZÜRS 1): 1.392,40 EUR p.a.
HG für 3 WE: 148,00 EUR p.a.

Beste Grüße
Torben Lüdeke
"""
    return build(69, "Torben Lüdeke <torben.luedeke@weserstein.example>",
                 "Tom Meiners <t.meiners@meiners-makler.example>",
                 "Angebot Harjes - Vermieter Plus", body)


@mail("NORMAL", "de", "internal", "trap: Datenschutz-FAQ zum Umgang mit Gesundheitsangaben von Mietern in Sach- und Haftpflichtakten - keine Fälle")
def m070():
    body = """Liebe Kolleginnen und Kollegen der Sach- und Haftpflichtschaden-
regulierung,

immer häufiger schicken Hausverwaltungen und Vermieter uns ungefragt
Gesundheitsangaben ihrer Mieter (Atteste, Pflegegrade, Diagnosen).
Hier die wichtigsten Antworten:

Dürfen wir solche Angaben speichern?
Nur, wenn wir sie für die Regulierung brauchen (z. B. Personenschaden
in der Haftpflicht). In der reinen Gebäudeschadenakte nicht - dann
bitte an den Absender zurück und löschen.

Wie versenden wir Schreiben mit Gesundheitsangaben?
Nie unverschlüsselt. Siegel erkennt viele Fälle automatisch, aber bitte
setzt im Zweifel selbst [streng vertraulich] in den Betreff.

Brauchen wir eine Schweigepflichtentbindung?
Für Auskünfte von Ärzten ja, immer. Für Angaben, die uns die verletzte
Person selbst macht, genügt die Information nach Art. 13/14 DSGVO.

Was ist mit Angaben wie "Rollstuhlfahrer" oder "dement"?
Auch das sind Gesundheitsdaten. Bitte nur dann in Schreiben aufnehmen,
wenn es für die Maßnahme nötig ist (z. B. barrierefreie Ersatzunterkunft).

Fragen gern an datenschutz@weserstein.example.

Dr. Henrike Vossberg
Datenschutzbeauftragte
"""
    return build(70, "Dr. Henrike Vossberg <datenschutz@weserstein.example>",
                 "sach-haftpflicht-alle@weserstein.example", "Datenschutz-FAQ: Gesundheitsangaben von Mietern", body)
@mail("NORMAL", "de", "insurer-to-supplier", "trap: Laborauftrag Schimmelproben im eigenen Bürokeller - keine Person, kein Versicherungsfall")
def m071():
    body = """Sehr geehrte Damen und Herren,

hiermit beauftragen wir Sie gemäß Angebot A-2024-1187 mit der
Untersuchung von Materialproben auf Schimmelpilze:

Objekt: Am Speicher 4, 28217 Bremen (Eigennutzung, Archivräume UG)
Proben: 6 Materialproben (Gipskarton, Tapete), 2 Luftkeimsammlungen
        innen, 1 Außenluftreferenz
Analytik: Gattungsbestimmung, KBE/g bzw. KBE/m³, Bewertung nach
          UBA-Schimmelleitfaden
Termin Probenahme: 19.11.2024, 8:00 Uhr, Treffpunkt Pforte

Die Archivräume bleiben bis zum Befund gesperrt. Rechnung bitte an
Weserstein Versicherung AG, Facility Management, Bestell-Nr. 4500-29103.

Mit freundlichen Grüßen
Facility Management
Weserstein Versicherung AG
"""
    return build(71, "Facility Management <facility@weserstein.example>",
                 "auftrag@umweltlabor-nord.example", "Auftrag Schimmelanalytik Am Speicher 4 - Bestell-Nr. 4500-29103", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Mieter verweigert Zutritt für Leckageortung, Mieter namentlich, Vertrag des Vermieters")
def m072():
    body = """Sehr geehrter Herr Rademacher,

zu S-24-119902 (Feuchtigkeit Decke Keller, Vegesacker Str. 41):

Die Leckageortung konnte am 28.10. nicht stattfinden, weil Ihr Mieter
im 1. OG, Herr Ralf Dunker, den Zutritt verweigert hat. Er möchte nach
eigener Aussage "erst mit dem Mieterverein sprechen".

Bitte weisen Sie Herrn Dunker schriftlich auf seine Duldungspflicht nach
§ 555a BGB hin und nennen Sie ihm einen neuen Termin. Der Trocknungs-
betrieb steht am 06. oder 07.11. zur Verfügung. Wird der Zutritt
weiterhin verweigert, kann sich der Schaden vergrößern; die Mehrkosten
könnten Sie dann gegenüber dem Mieter geltend machen.

Mit freundlichen Grüßen
Jana Kowalczyk
"""
    return build(72, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Gerd Rademacher <g.rademacher@webpost.example>",
                 "S-24-119902 - Zutritt Wohnung 1. OG", body, charset="iso-8859-1")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "Routine-Abrechnung Wohngebäude, Krankenhausaufenthalt des Vermieters (Bypass-OP) als Grund der verspäteten Meldung nur im Zitat")
def m073():
    body = """Sehr geehrter Herr Brinkmann,

danke für Ihre Erklärung. Wir akzeptieren die verspätete Meldung und
bearbeiten den Schaden S-24-124730 (Delmestr. 22, Leitungswasser Küche
EG) normal weiter. Der Sachverständige meldet sich bei Ihnen.

Gute Besserung weiterhin!
Jana Kowalczyk

Am 12.11.2024 um 16:05 schrieb Harald Brinkmann:
> Sehr geehrte Frau Kowalczyk,
>
> Sie fragen, warum ich den Schaden erst jetzt melde. Ich lag vom
> 20.09. bis 25.10. im Herzzentrum, nach einem Herzinfarkt wurde ich
> mit einem dreifachen Bypass operiert und war danach in der
> Anschlussheilbehandlung in Bad Bevensen. Mein Sohn kümmert sich
> sonst um die Häuser, war aber in der Zeit selbst im Urlaub. Die
> Mieterin hat mir den Wasserfleck erst nach meiner Rückkehr gezeigt.
>
> Mit freundlichen Grüßen
> Harald Brinkmann
"""
    return build(73, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Harald Brinkmann <harald.brinkmann@webpost.example>",
                 "AW: S-24-124730 verspätete Meldung", body)


@mail("NORMAL", "en", "insurer-to-company", "trap: S/MIME certificate exchange with a property manager's IT, technical only")
def m074():
    body = """Hello Mr Vogt,

thanks for sending your S/MIME certificate. We have imported it; from
now on mails from Weserstein to @nordhafen-rm.example will be
encrypted automatically by our gateway.

Our public key certificate for weserstein.example is available at
https://pki.weserstein.example/smime/weserstein-domain-2024.cer
SHA-256 fingerprint:
  4E:11:9A:C2:7D:30:5B:88:E1:02:6F:94:AA:3C:71:D5:
  0B:E6:29:47:C8:13:5A:F0:9E:62:84:1D:B7:35:CC:40

Please note the certificate expires on 31 March 2025; we will send the
new one in February.

Kind regards
Daniel Kuhlmann
IT Security - Secure Mail
Weserstein Versicherung AG
"""
    return build(74, "Daniel Kuhlmann <daniel.kuhlmann@weserstein.example>",
                 "Sven Vogt <it@nordhafen-rm.example>", "RE: S/MIME certificate for encrypted mail", body)


@mail("CONFIDENTIAL", "en", "customer", "rent default underwriting: prospective tenant's payslip and SCHUFA summary only in the PDF attachment, harmless body")
def m075():
    body = """Torben - documents for the rent default cover on Am Wandrahm 33,
flat 2 right (new tenant), see attached. Body of Mr Hartmann's mail
below. Birte

> Dear Ms Hinrichs,
> as requested, the documents for my new tenant. Please confirm the
> rent guarantee cover so I can sign the lease.
> Frank Hartmann
"""
    lines = ["Gehaltsabrechnung Oktober 2024",
             "Arbeitgeber: Logistikzentrum Hansalinie GmbH, Bremen",
             "Arbeitnehmerin: Jessica Wolter, geb. 08.12.1993, Pers.-Nr. 40718",
             "Steuerklasse I, Steuer-ID 57 209 318 446",
             "Bruttogehalt 3.240,00 EUR  Nettoauszahlung 2.198,57 EUR",
             "Auszahlung auf IBAN DE40 2005 0550 9896 3492 34",
             "",
             "Bonitaetsauskunft (Auszug): keine Negativmerkmale, Score 97,1 %",
             "Mietschuldenfreiheitsbescheinigung Vorvermieter liegt vor."]
    return build(75, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Torben Lüdeke <torben.luedeke@weserstein.example>",
                 "FW: new tenant documents Am Wandrahm 33", body,
                 atts=[A_pdf("Unterlagen_Mietinteressentin.pdf", lines, "Scan")])


@mail("STRICTLY_CONFIDENTIAL", "en", "internal", "internal note: tenant's alcohol addiction as cause of repeated overflow claims, recourse question")
def m076():
    body = """Kerstin,

third overflow claim from Kornstr. 302, flat 11 in 14 months
(S-24-125455). Before I pay again: the caretaker told the property
manager - and she told me, unasked - that the tenant, Mr Sascha Evers,
is an alcoholic, falls asleep with the bath running and was in a
detox clinic in the spring. He apparently has no liability insurance.

Questions:
1. Recourse against the tenant (gross negligence) - worth it, given he
   probably has no money?
2. Can we ask the landlord to take measures (water stop valve in the
   bathroom)? I'd rather not use the addiction information in any
   letter at all - it's not our business and I don't want it in the
   file more than necessary.

Paul
"""
    return build(76, "Paul Okafor <paul.okafor@weserstein.example>",
                 "Kerstin Vahle <kerstin.vahle@weserstein.example>",
                 "Kornstr. 302 flat 11 - third overflow, recourse?", body)


@mail("NORMAL", "de", "newsletter", "trap: Hausmeister-Tipps (Dachrinnen, Rückstau, Leitern) mit Unfallstatistik, keine Person")
def m077():
    body = """HAUSMEISTER-TIPPS NOVEMBER

Dachrinnen: Laub raus, bevor der Frost kommt. Verstopfte Rinnen sind
die häufigste Ursache für Nässeschäden an Fassaden im Winter.

Rückstauklappen: mindestens einmal im Jahr prüfen und warten lassen.
Ohne Wartungsnachweis kann die Entschädigung gekürzt werden.

Leitern: Jeder dritte Arbeitsunfall von Hausmeistern ist ein Sturz von
der Leiter - meist bei Arbeiten, die "nur fünf Minuten" dauern. Leiter
gegen Wegrutschen sichern, nie auf die obersten drei Stufen steigen,
ab 2 m Arbeitshöhe lieber Gerüst oder Hubsteiger.

Außenwasserhähne: abstellen und entleeren. Ein geplatzter Außenhahn
kann wochenlang unbemerkt in die Kellerwand laufen.

Ihre Weserstein Versicherung - Team Wohnungswirtschaft
Abmelden: https://www.weserstein.example/newsletter/abmelden
"""
    return build(77, "Weserstein Wohnungswirtschaft <newsletter@weserstein.example>",
                 "hausmeister-verteiler@weserstein.example", "Hausmeister-Tipps November", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Kündigung des Wohngebäudevertrags nach Schadenhäufung, Privatvermieter namentlich")
def m078():
    body = """Sehr geehrter Herr Brinkmann,

nach drei Leitungswasserschäden innerhalb von 24 Monaten im Objekt
Delmestr. 20 (S-22-088107, S-23-101554, S-24-111203) mit einer
Gesamtentschädigung von 41.870 EUR kündigen wir den Teilvertrag für
dieses Objekt gemäß § 18 VGB im Schadenfall zum 31.12.2024.

Vertrag: WG-3008-40172, Position 1 (Delmestr. 20)

Die übrigen Positionen Ihres Vertrags bleiben unverändert bestehen.
Gern bieten wir Ihnen die Fortführung an, wenn die Steigleitungen
saniert sind; Ihr Makler, Herr Meiners, hat die Einzelheiten.

Mit freundlichen Grüßen
Torben Lüdeke
Underwriting Wohngebäude
"""
    return build(78, "Torben Lüdeke <torben.luedeke@weserstein.example>",
                 "Harald Brinkmann <harald.brinkmann@webpost.example>",
                 "Kündigung Teilvertrag Delmestr. 20 - WG-3008-40172", body,
                 cc="Tom Meiners <t.meiners@meiners-makler.example>")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer", "Nachbarstreit: Verurteilung des Nachbarn wegen Bedrohung und Sachbeschädigung (Strafbefehl), Rechtsschutzfall")
def m079():
    body = """Sehr geehrte Frau Rechtsanwältin Brandt,

Leistungsfall RL-24-05519 (Ihre Mandantin Frau Marlies Gerdes)

danke für den Sachstand. Dass der Nachbar, Herr Volker Stührmann,
inzwischen per rechtskräftigem Strafbefehl des AG Osterholz-Scharmbeck
(Cs 214/24) wegen Bedrohung und Sachbeschädigung zu 60 Tagessätzen
verurteilt wurde, nachdem er die Buche angesägt und Ihrer Mandantin
gedroht hatte, "ihr das Dach anzuzünden", ändert die Lage deutlich.

Wir erweitern die Deckung auf die zivilrechtliche Unterlassungsklage
(Streitwert lt. Ihrer Schätzung 5.000 EUR) und die Schadenersatzklage
für die Buche (Gutachten Baumsachverständiger: 7.800 EUR). Bitte
schicken Sie uns die Klageentwürfe vorab.

Mit freundlichen Grüßen
Hanna Petersen
Rechtsschutz-Leistung
"""
    return build(79, "Hanna Petersen <hanna.petersen@weserstein.example>",
                 "RAin Svenja Brandt <s.brandt@brandt-yilmaz-recht.example>",
                 "RL-24-05519 Gerdes ./. Stührmann - Erweiterung Deckung", body)


@mail("NORMAL", "de", "internal", "trap: Räumungsübung und Brandschutzhelfer, allgemeiner Hinweis auf Mobilitätseinschränkungen ohne Person")
def m080():
    body = """Liebe Kolleginnen und Kollegen,

am Dienstag, 26.11.2024, findet um 10:15 Uhr die jährliche
Räumungsübung im Gebäude Am Speicher 4 statt. Sammelplatz ist wie
immer der Parkplatz Ost.

Wer wegen einer Mobilitätseinschränkung - dauerhaft oder vorübergehend,
z. B. nach einer Verletzung - Hilfe beim Verlassen des Gebäudes braucht,
meldet sich bitte vertraulich beim Brandschutzbeauftragten. Die
Angaben werden nur für die Einsatzplanung der Brandschutzhelfer
verwendet und nach der Übung gelöscht.

Neue Brandschutzhelfer je Etage: bitte bis 15.11. bei der Teamleitung
melden. Schulung (2 Stunden) am 20.11.

Facility Management
"""
    return build(80, "Facility Management <facility@weserstein.example>",
                 "alle-am-speicher@weserstein.example", "Räumungsübung 26.11. / Brandschutzhelfer gesucht", body)
@mail("NORMAL", "en", "insurer-to-customer", "trap: rescheduling a quarterly review with a property manager, ICS, only agenda topics")
def m081():
    body = """Hi Claire,

as discussed, let's move our quarterly review to 5 December, 14:00, at
your office. Invitation attached.

Agenda:
1. Claims trend Q3 (portfolio level)
2. Mould prevention programme - ventilation pilot in two buildings
3. Gritting service contracts for winter 2024/25
4. Secure mail: encryption now active both ways
5. AOB

Best
Paul
"""
    return build(81, "Paul Okafor <paul.okafor@weserstein.example>",
                 "Claire Whitfield <c.whitfield@nordhafen-rm.example>",
                 "Quarterly review moved to 5 December", body,
                 atts=[A_ics("Quarterly_review_Nordhafen.ics", "qr-nordhafen-20241205", "20241205T140000",
                             "20241205T153000", "Quarterly review Weserstein / Nordhafen Residential",
                             "Nordhafen Residential Management, Hafenkante 1, Bremen",
                             "Claims trend, mould prevention, gritting contracts, secure mail")])


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer", "UK-resident flat owner: excess share and payment to his German account, claim and policy number; German terms in English mail")
def m082():
    body = """Dear Mr Fairbairn,

Schaden-Nr. S-24-123588 / Vertrag WG-4471-20933 (WEG Am Lindenhof)

You asked why the "Selbstbehalt" (excess) of EUR 250 appears on your
Hausgeldabrechnung. Under the WEG policy the excess is borne by the
community of owners as a whole, not by you alone; the allocation is
decided by the Hausverwaltung according to the co-ownership shares
(Miteigentumsanteile). Your share for flat 12 (38.6/1000) is EUR 9.65.

The separate payment of EUR 412.00 for the damaged letterbox of your
flat, which you paid yourself, will be refunded to the account you
gave us:

  Kontoinhaber: Ian Fairbairn
  IBAN: DE43 2005 0550 3533 0416 07 (Deutsche Kreditbank Hamburg)

Mit freundlichen Grüßen / Kind regards
Jana Kowalczyk
"""
    return build(82, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Ian Fairbairn <ian.fairbairn@scotmail.example>",
                 "Your question on the Selbstbehalt - S-24-123588", body)


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer", "ceiling plaster damages tenant's electric wheelchair; paraplegia mentioned; German/English mail to property manager")
def m083():
    body = """Hi Claire,

kurze Zusammenfassung auf Deutsch für Ihre Buchhaltung, details in
English below.

Schaden H-24-22140 (Haftpflicht Nordhafen Residential Fund II):
Deckenputz im Flur der Whg. 0.02 herabgefallen, Elektrorollstuhl des
Mieters beschädigt (Steuermodul, Armlehne). Kostenvoranschlag
Sanitätshaus: 3.480,00 EUR.

Details: The tenant, Mr Jakob Freitag, is paraplegic (T10) since a
motorcycle accident and depends on the electric wheelchair entirely.
The medical supply store will lend him a replacement chair from
tomorrow; we pay the rental (EUR 35/day) until the repair is done.
Please have the ceilings in the other ground-floor flats checked - the
plaster came down because of the old water damage in 1.02.

Kind regards
Paul Okafor
"""
    return build(83, "Paul Okafor <paul.okafor@weserstein.example>",
                 "Claire Whitfield <c.whitfield@nordhafen-rm.example>",
                 "H-24-22140 Rollstuhl / wheelchair flat 0.02", body)


@mail("NORMAL", "de", "insurer-to-customer", "trap: Merkblatt Lüften und Heizen als PDF an Hausverwaltung, Gesundheitshinweise allgemein")
def m084():
    body = """Sehr geehrte Frau Ostendorf,

anbei wie gewünscht unser Merkblatt "Richtig heizen und lüften" zum
Verteilen an die Mieter. Den Text haben wir mit dem Umweltlabor
abgestimmt.

Mit freundlichen Grüßen
Selin Aydın
"""
    lines = ["Richtig heizen und lueften - Schimmel vermeiden",
             "1. Stosslueften 3-4 x taeglich, 5-10 Minuten, Fenster ganz oeffnen.",
             "2. Nach dem Duschen und Kochen sofort lueften, Tuer zu den anderen Raeumen schliessen.",
             "3. Raeume nicht unter 16 Grad auskuehlen lassen, auch nicht das Schlafzimmer.",
             "4. Moebel mit Abstand zur Aussenwand aufstellen.",
             "5. Waesche moeglichst nicht in der Wohnung trocknen.",
             "Gesundheit: Schimmelpilze koennen Allergien und Atemwegsbeschwerden ausloesen.",
             "Besonders empfindlich sind Kleinkinder, Schwangere, aeltere und immungeschwaechte Menschen.",
             "Sehen Sie Schimmel? Bitte melden Sie ihn sofort Ihrer Hausverwaltung.",
             "Weserstein Versicherung AG - www.weserstein.example/lueften"]
    return build(84, "Selin Aydın <selin.aydin@weserstein.example>",
                 "Maren Ostendorf <m.ostendorf@krummsiek-hv.example>",
                 "Merkblatt Heizen und Lüften", body,
                 atts=[A_pdf("Merkblatt_Heizen_Lueften.pdf", lines, "Merkblatt")])


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Kellereinbruch: Fahrräder einer Mieterin über Hausrat, Vertrag und Rahmennummern")
def m085():
    body = """Liebe Frau Freese,

Ihre Meldung zum Einbruch in den Kellerraum (Am Lindenhof 14, Keller 2)
haben wir unter HR-24-07716 angelegt, Vertrag HR-8812-33017.

Gestohlen:
- E-Bike Kalkhoff Image 3.B, Rahmen-Nr. WAW23K118840, Kaufpreis
  2.899 EUR (Rechnung 03/2023)
- Kinderfahrrad Puky 18", Rahmen-Nr. unbekannt

Einbruchdiebstahl aus dem Keller ist versichert. Bitte schicken Sie uns
noch die Bestätigung der Anzeige (Polizei Bremen) und - falls vorhanden
- ein Foto des Kaufbelegs für das Kinderrad.

Viele Grüße
Birte Hinrichs
"""
    return build(85, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Nadine Freese <nadine.freese@webpost.example>",
                 "Kellereinbruch - HR-24-07716", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "Hundebiss im Treppenhaus: Tierhalterhaftpflicht des Nachbarn, Bisswunde, Antibiotika, Tetanus")
def m086():
    body = """Sehr geehrter Herr Kaya,

zu Ihrer Hundehalterhaftpflicht TH-3317-20870 haben wir die Meldung
Ihrer Nachbarin, Frau Ilse Wendt, erhalten (Schaden-Nr. H-24-22301).

Danach hat Ihr Hund "Balu" Frau Wendt am 02.11.2024 im Treppenhaus
Gastfeldstr. 71 in die rechte Wade gebissen. Sie wurde in der
Notaufnahme behandelt: Wundversorgung, Tetanus-Auffrischung, sieben
Tage Antibiotikum (Amoxicillin/Clavulansäure). Die Wunde hat sich
entzündet; sie war bis 15.11. krankgeschrieben.

Bitte schildern Sie uns den Vorfall aus Ihrer Sicht: War der Hund
angeleint? Gab es Zeugen? Die Hausverwaltung hat uns mitgeteilt, dass
es schon früher Beschwerden gab - stimmt das?

Mit freundlichen Grüßen
Matthias Brenneke
Haftpflicht-Schaden
"""
    return build(86, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Murat Kaya <murat.kaya@mailbox.example>",
                 "Ihr Hund / Vorfall 02.11.2024 - H-24-22301", body)


@mail("NORMAL", "en", "newsletter", "trap: storm warning alert to landlords with generic advice")
def m087():
    body = """WESERSTEIN STORM ALERT - North Sea coast and Bremen area

The German Weather Service expects severe gusts of 100-120 km/h on
Thursday from 14:00 to Friday morning.

Please:
- secure loose items on balconies and roof terraces (ask tenants!)
- close skylights and roof hatches
- check that scaffolding is secured
- park cars away from trees if possible

After the storm: take photos, make emergency repairs (tarpaulin), keep
receipts, report damage online at https://www.weserstein.example/en/claim

Stay safe.
Weserstein Versicherung AG
"""
    return build(87, "Weserstein Alerts <alerts@weserstein.example>",
                 "landlords-en@weserstein.example", "Storm alert: severe gusts expected Thursday", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "tenant's washing machine floods neighbour below; personal liability claim; named neighbour, nobody hurt")
def m088():
    body = """Dear Ms Jennings,

Personal liability policy PH-8120-44910 - claim H-24-22455

Thank you for reporting the leak from your washing machine on
9 November. Your downstairs neighbour, Mr Hauke Osterloh (Parkallee
118, 1st floor left), has sent us photos of his kitchen ceiling and
a damaged cupboard. Nobody was injured.

The damage to the building (ceiling) will be handled by the landlord's
building insurer; we will deal with Mr Osterloh's cupboard and
belongings (claim EUR 640). Please send us the invoice or the model of
your washing machine and tell us how old the inlet hose was.

Kind regards
Matthias Brenneke
Liability Claims
"""
    return build(88, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Laura Jennings <laura.jennings@inboxmail.example>",
                 "Your claim H-24-22455 - leak 9 November", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor", "request to UK GP about a holiday guest's ankle fracture after falling on icy steps of a rented flat")
def m089():
    body = """Dear Dr Patel,

Your patient: Mrs Valerie Sutton, date of birth 14/08/1958
Our reference: H-24-11302

We are the liability insurer of the owner of a holiday flat in Bremen
(Schnoor 21) where Mrs Sutton fell on the icy outside steps on
27 December 2023. She has given us the enclosed signed authority.

According to the German hospital, she sustained a bimalleolar ankle
fracture (S82.81) which was operated on in Bremen (ORIF) before she flew
home. She now claims ongoing pain and reduced mobility.

Could you please provide:
1. a summary of her treatment in the UK since January 2024,
2. any relevant pre-existing conditions (e.g. osteoporosis, previous
   falls, balance problems),
3. your prognosis.

We will of course pay your reasonable fee for the report.

Yours sincerely
Matthias Brenneke
Liability Claims, Weserstein Versicherung AG
"""
    return build(89, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Dr Anil Patel <reception@meadowbank-surgery.example>",
                 "Medical report request - Mrs V. Sutton - our ref H-24-11302", body)


@mail("NORMAL", "de", "internal", "trap: Legionellenbefund eigenes Gebäude mit Aushangtext, keine Person")
def m090():
    body = """Hallo Herr Haake,

der Befund für Kornstr. 302 ist da: Probenahmestelle 3 (Strang B,
4. OG) 240 KBE/100 ml Legionella spec. - technischer Maßnahmenwert
überschritten, alle anderen Stellen < 100.

Nach TrinkwV müssen wir:
- das Gesundheitsamt informieren (erledigt heute, 10:30),
- die Mieter unverzüglich informieren (Aushangtext unten),
- eine Gefährdungsanalyse beauftragen (Angebot Hygienelabor Weser
  liegt vor, 1.850 EUR netto).

Aushang:
"Liebe Mieterinnen und Mieter, bei der Routineuntersuchung des
Trinkwassers wurde an einer Stelle eine erhöhte Legionellenzahl
festgestellt. Es besteht kein Grund zur Sorge, bitte vermeiden Sie
aber bis auf Weiteres das Duschen mit Warmwasser-Sprühnebel oder
nutzen Sie einen Sparduschkopf. Trinken und Kochen ist unbedenklich.
Wir informieren Sie, sobald die Spülung abgeschlossen ist."

Gruß
Facility / Technik
"""
    return build(90, "Technik Immobilien <technik-immo@weserstein.example>",
                 "Rüdiger Haake <ruediger.haake@weserstein.example>",
                 "Legionellen Kornstr. 302 - Maßnahmenwert überschritten", body)
@mail("NORMAL", "de", "insurer-to-customer", "trap: Agenda Jahresgespräch mit Hausverwaltung, Schadenquote nur aggregiert über den Bestand")
def m091():
    body = """Sehr geehrte Frau Krummsiek,

für unser Jahresgespräch am 28.11. anbei die Eckdaten Ihres
verwalteten Bestands bei uns (alle WEG und Mietshäuser zusammen):

Anzahl Verträge Wohngebäude:        37
Gesamtprämie 2024:            412.880 EUR
Schadenaufwand 2022-2024:     903.400 EUR
Schadenquote 3 Jahre:              73 %
  davon Leitungswasser:            61 %
  Sturm/Hagel:                     22 %
  Haftpflicht (Sturz/Glätte):       9 %

Themen:
1. Strangsanierungen in den Objekten mit gehäuften LW-Schäden
2. Prämienanpassung 2025 (+6,8 % Index + objektbezogene Zuschläge)
3. Winterdienst und Streubuch - Ihre neue Dienstleister-Lösung
4. Übermittlung von Schadenunterlagen nur noch über das Partnerportal

Mit freundlichen Grüßen
Selin Aydın
"""
    return build(91, "Selin Aydın <selin.aydin@weserstein.example>",
                 "Dörte Krummsiek <d.krummsiek@krummsiek-hv.example>",
                 "Jahresgespräch 28.11. - Unterlagen", body)


@mail("CONFIDENTIAL", "de", "insurer-to-company", "Regress gegen Installateur (Einzelunternehmer) nach fehlerhafter Pressverbindung, Name, Schadennummer, Forderung")
def m092():
    body = """Sehr geehrter Herr Hollmann,

Regress aus Schaden S-24-118734 (WEG Am Lindenhof 12-16)

Ihr Betrieb (Sanitär & Heizung Rolf Hollmann e. K.) hat im März 2023
im Bad der Whg. 5 den Kaltwasserstrang erneuert. Nach dem Gutachten des
Sachverständigen Dipl.-Ing. Runge (anbei) ist die Pressverbindung am
Übergang Kupfer/Edelstahl nicht verpresst worden; daher der Rohrbruch
am 05.10.2024.

Wir haben als Gebäudeversicherer bisher 18.406,33 EUR gezahlt und
machen diesen Betrag aus übergegangenem Recht (§ 86 VVG) gegen Sie
geltend. Bitte leiten Sie dieses Schreiben an Ihren
Betriebshaftpflichtversicherer weiter und teilen Sie uns dessen
Schadennummer bis 06.12.2024 mit.

Mit freundlichen Grüßen
Frank Zschörner
Regress
"""
    return build(92, "Frank Zschörner <frank.zschoerner@weserstein.example>",
                 "Rolf Hollmann <info@hollmann-sanitaer.example>",
                 "Regressforderung S-24-118734 - Lindenhof Whg. 5", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "customer", "ärztliches Attest einer Mieterin (Asthma, Schimmelallergie) nur im PDF-Anhang, Body 'Unterlagen Whg. 3'")
def m093():
    body = """Anbei die Unterlagen zu Whg. 3 von der Verwaltung, zur Akte
H-24-21920.

--
Lena Wiechmann
Schadenaufnahme Haftpflicht
"""
    lines = ["Dr. med. Sabine Oetjen - Fachaerztin fuer Innere Medizin und Pneumologie",
             "Hemelinger Heerstr. 55, 28309 Bremen",
             "",
             "Aerztliches Attest zur Vorlage beim Vermieter",
             "",
             "Frau Hülya Arslan, geb. 22.04.1981, wohnhaft Hemelinger Bahnhofstr. 14, EG re,",
             "ist bei mir wegen eines allergischen Asthma bronchiale (J45.0) in Behandlung.",
             "Im Pricktest zeigt sich eine Sensibilisierung gegen Aspergillus und Alternaria.",
             "Aus medizinischer Sicht ist ein Aufenthalt in der schimmelbelasteten Wohnung",
             "bis zur fachgerechten Sanierung nicht zumutbar.",
             "",
             "Bremen, 08.11.2024     Dr. S. Oetjen"]
    return build(93, "Lena Wiechmann <lena.wiechmann@weserstein.example>",
                 "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Unterlagen Whg. 3", body,
                 atts=[A_file("Scan_20241108_0931.pdf", pdf(lines, "Scan"), "application/octet-stream")])


@mail("NORMAL", "en", "internal", "trap: quarterly KPI report residential claims with counts of injury and mould claims, no individuals")
def m094():
    body = """Residential Claims - KPI Report Q3 2024

                                   Q3 2023   Q3 2024   target
New building claims                  3,812     4,104        -
  avg. days to first contact           2.9       2.1     <= 2
  avg. days to settlement             41.0      37.5     <= 35
Landlord liability - bodily injury     298       311        -
  of which slips/falls                 241       247        -
  open > 12 months                      64        58     <= 50
Mould-related complaints (tenants)      71        93        -
Complaints to the ombudsman              4         2        -
NPS property managers                   31        38     >= 35

Comments:
- Mould-related complaints up 31 %, mostly in buildings from the 1960s
  and 70s after window replacements without ventilation concepts.
- Liability backlog: two long-running cases with care costs; expected
  to close in Q1 2025.

Claims Controlling
"""
    return build(94, "Nele Brandes <nele.brandes@weserstein.example>",
                 "claims-management@weserstein.example", "KPI report residential claims Q3 2024", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "confirmation of insurance for a tenant to show his landlord: name, address, policy number, sum insured")
def m095():
    body = """Dear Mr Lindqvist,

as requested, here is the confirmation for your new landlord.

------------------------------------------------------------------
CONFIRMATION OF INSURANCE / VERSICHERUNGSBESTÄTIGUNG

We confirm that
  Mr Erik Lindqvist
  Schwachhauser Ring 44, 28209 Bremen
is insured with Weserstein Versicherung AG under personal liability
policy PH-7781-30456, including damage to rented residential premises
(Mietsachschäden), sum insured EUR 20,000,000, valid until 01.03.2025
and renewing annually. Premiums are paid up to date.

Bremen, 18 November 2024
Weserstein Versicherung AG - Customer Service
------------------------------------------------------------------

Kind regards
Birte Hinrichs
"""
    return build(95, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Erik Lindqvist <erik.lindqvist@nordpost.example>",
                 "Confirmation of insurance for your landlord", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "elderly tenant fell in stairwell, head injury and hip bruising, mail to son with power of attorney asking for medical records")
def m096():
    body = """Dear Mr Brooks,

Our ref. H-24-22610 - your mother, Mrs Dorothy Brooks

Thank you for your call and for sending the power of attorney. As the
liability insurer of the building owner (Nordhafen Residential Fund II)
we are looking into your mother's fall on the stairs between the 2nd
and 3rd floor of Hafenkante 9 on 14 November.

From what you told us, your mother (86) tripped on a loose stair nosing,
hit her head and bruised her hip; she was kept at Klinikum Links der
Weser for three days because of a suspected bleed on the brain, which
was ruled out by CT. She is now back home but anxious about using the
stairs and has a home-care service twice a day.

To assess the claim we need:
1. the hospital discharge letter,
2. a confidentiality waiver signed by you on her behalf (form enclosed),
3. receipts for any extra costs (taxi, care service, aids).

Kind regards
Matthias Brenneke
Liability Claims
"""
    return build(96, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Andrew Brooks <andrew.brooks@britmail.example>",
                 "Your mother's fall on 14 November - our ref. H-24-22610", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Beitragserstattung Kautionsbürgschaft, Mieterin nennt IBAN mit Zahlendreher (ungültige Prüfziffer absichtlich), zitiert")
def m097():
    body = """Hallo Frau Özdemir,

die von Ihnen angegebene IBAN ist leider ungültig (Prüfziffer passt
nicht) - vermutlich ein Zahlendreher. Bitte schauen Sie noch einmal auf
Ihre Bankkarte oder ins Online-Banking und schicken Sie uns die IBAN
erneut. Sobald sie vorliegt, erstatten wir den anteiligen Beitrag von
61,25 EUR für Ihre beendete Mietkautionsbürgschaft KB-4410-07782.

Viele Grüße
Birte Hinrichs
Kundenservice Kaution

> Von: Derya Özdemir <derya.oezdemir@mailbox.example>
> Datum: 19.11.2024 20:14
> Betreff: Rückzahlung
>
> Hallo, die Vermieterin hat die Urkunde zurückgegeben, ich bin
> ausgezogen. Bitte das Geld auf DE19 2005 0550 7121 5299 27.
> Derya Özdemir, jetzt Osterstraße 9, 28199 Bremen
"""
    return build(97, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Derya Özdemir <derya.oezdemir@mailbox.example>",
                 "AW: Rückzahlung", body)


@mail("NORMAL", "de", "insurer-to-supplier", "trap: Stellenanzeige Hausmeister/in für eigenen Immobilienbestand an Jobportal, Hinweis Schwerbehinderung allgemein")
def m098():
    body = """Hallo Frau Pundt,

bitte folgende Anzeige ab 25.11. für 30 Tage schalten (Paket Regional
Plus, Rechnung an Weserstein Immobilien GmbH, Kst. 7420):

------------------------------------------------------------------
Hausmeister/in (m/w/d) in Vollzeit - Bremen

Die Weserstein Immobilien GmbH betreut 14 Wohnhäuser mit rund 260
Wohnungen in Bremen. Wir suchen Verstärkung!

Ihre Aufgaben: Kontrollgänge, Kleinreparaturen, Winterdienst und
Streubuch, Betreuung von Handwerkern, Ansprechpartner/in für unsere
Mieterinnen und Mieter - auch für ältere Menschen, die mal Hilfe
brauchen.

Ihr Profil: handwerkliche Ausbildung, Führerschein Klasse B,
Erste-Hilfe-Kenntnisse (oder Bereitschaft zum Kurs).

Wir bieten: Tarif, Dienstwagen, 30 Tage Urlaub, Jobrad.

Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher
Eignung bevorzugt berücksichtigt.

Bewerbung an: karriere@weserstein.example
------------------------------------------------------------------

Danke und Gruß
Personalmarketing
"""
    return build(98, "Personalmarketing <karriere@weserstein.example>",
                 "j.pundt@jobportal-nord.example", "Anzeige Hausmeister/in - Schaltung ab 25.11.", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "Unfallversicherung/Reha-Management: Unterschenkelamputation des Mieters, barrierefreier Badumbau, Zustimmung des Vermieters")
def m099():
    body = """Sehr geehrter Herr Albers,

unsere Kundin ist Mieterin in einem von Ihnen verwalteten Objekt. Wir
schreiben Ihnen mit ihrem ausdrücklichen Einverständnis.

Versicherte Person: Frau Marion Tiedtke, Buntentorsteinweg 310, Whg. 2
Unfallversicherung UV-6120-30087, Leistungsfall U-24-03318

Frau Tiedtke hat bei einem Verkehrsunfall im Juni eine so schwere
Verletzung erlitten, dass der linke Unterschenkel amputiert werden
musste. Sie wird nach der Reha im Dezember mit einer Prothese und
zeitweise im Rollstuhl in ihre Wohnung zurückkehren.

Aus der Unfallversicherung (Baustein Reha-Management) übernehmen wir
den Umbau des Bads: bodengleiche Dusche, Haltegriffe, Türverbreiterung
auf 90 cm. Dafür benötigen wir die Zustimmung der Eigentümerin nach
§ 554 BGB. Ein Rückbau bei Auszug ist nicht gewünscht; wir gehen davon
aus, dass der Umbau den Wert der Wohnung eher steigert.

Können Sie die Zustimmung bis Ende November einholen? Die Handwerker
wären ab 02.12. verfügbar.

Mit freundlichen Grüßen
Sabine Wellbrock
Reha-Management Unfall
Weserstein Versicherung AG
"""
    return build(99, "Sabine Wellbrock <sabine.wellbrock@weserstein.example>",
                 "Hinrich Albers <h.albers@albers-verwaltung.example>",
                 "Badumbau Whg. 2 Buntentorsteinweg 310 - Zustimmung Eigentümerin", body)


@mail("NORMAL", "de", "insurer-to-customer", "trap: Rundschreiben Frostschutz in leerstehenden Wohnungen an Hausverwaltungen, Obliegenheiten allgemein")
def m100():
    body = """Sehr geehrte Damen und Herren,

mit den ersten Frostnächten erinnern wir an die Obliegenheiten aus der
Wohngebäudeversicherung (§ 16 VGB):

- Nicht genutzte Gebäude und Gebäudeteile sind genügend häufig zu
  kontrollieren und dort alle wasserführenden Anlagen abzusperren,
  zu entleeren und entleert zu halten - oder ausreichend zu beheizen.
- Leerstehende Wohnungen zwischen Mieterwechseln: Heizung auf
  Frostschutz (mind. 12 °C empfohlen), wöchentliche Kontrolle mit
  Protokoll.
- Verletzen Sie diese Obliegenheiten grob fahrlässig, kann die
  Entschädigung gekürzt werden.

Vordruck Kontrollprotokoll: https://www.weserstein.example/verwalter/frost

Mit freundlichen Grüßen
Weserstein Versicherung AG
Team Wohnungswirtschaft
"""
    return build(100, "Team Wohnungswirtschaft <wohnungswirtschaft@weserstein.example>",
                 "verwalter-verteiler@weserstein.example", "Frostschutz: Ihre Obliegenheiten im Winter", body)
@mail("NORMAL", "en", "newsletter", "trap: tenant guide on moving in (deposit, insurance, mould, handover) - generic, no person")
def m101():
    body = """NEW IN BREMEN? Your Weserstein guide to renting a flat

1. The deposit
Your landlord may ask for up to three months' net rent as a deposit.
You may pay it in three monthly instalments. Instead of cash you can
offer a deposit guarantee from an insurer.

2. The handover report (Übergabeprotokoll)
Walk through the flat with the landlord, note every scratch and stain,
take dated photos. This protects your deposit when you move out.

3. Insurance
Personal liability (Privathaftpflicht) is the most important policy
in Germany - it also pays for damage you cause to the rented flat.
Contents insurance covers your own belongings.

4. Heating and airing
German flats are well insulated. Air rooms fully several times a day,
especially after showering, to avoid mould. Mould caused by "wrong"
airing can be charged to the tenant.

5. Winter duties
Check your lease and the house rules - tenants often have to clear
snow from the pavement.

More: https://www.weserstein.example/en/tenants
"""
    return build(101, "Weserstein <newsletter@weserstein.example>",
                 "tenants-en@weserstein.example", "Renting in Germany: your first-month guide", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Schadenunterlagen als ZIP: Eigentümer namentlich mit Anschrift und Schadennummer in TXT/CSV-Dateien, Body knapp")
def m102():
    body = """Hallo Frau Ostendorf,

anbei gesammelt die Unterlagen zu S-24-125822 für Ihre Akte bzw. die
Weitergabe an den Beirat.

Gruß
Jana Kowalczyk
"""
    txt = """Schadenübersicht S-24-125822
Vertrag WG-4471-20933, WEG Am Lindenhof 12-16
Sturmschaden 09.11.2024: Dachziegel Haus 16, Dachfenster Whg. 11
Eigentümerin Whg. 11: Frau Waltraud Meinken, wohnhaft Am Lindenhof 16
Mieterin Whg. 11: keine (Eigennutzung)
Innenschaden Whg. 11 (Sondereigentum): Parkett, Deckenanstrich
Reserve: 6.500 EUR
"""
    csv = """Pos;Gewerk;Firma;Betrag brutto
1;Notabdeckung;Dachdeckerei Wulf;612,40
2;Dachziegel/Lattung;Dachdeckerei Wulf;2.311,00
3;Dachfenster Whg. 11;Roto-Service Nord;1.488,90
4;Parkett Whg. 11 (Eigentümerin Meinken);Parkett Brüns;1.920,00
"""
    return build(102, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Maren Ostendorf <m.ostendorf@krummsiek-hv.example>",
                 "Unterlagen S-24-125822", body,
                 atts=[A_zip("S-24-125822_Unterlagen.zip",
                             [("Schadenuebersicht.txt", txt), ("Kostenaufstellung.csv", csv)])])


@mail("STRICTLY_CONFIDENTIAL", "en", "customer", "tenant's forwarded mail (message/rfc822) with doctor's note on child's bronchitis from mould; harmless covering body")
def m103():
    body = """Matthias,

attached the tenant's original email incl. the doctor's note, as sent
to Claire. Goes to file H-24-20978.

Paul
"""
    fw = inner("Rebecca Holt <rebecca.holt@inboxmail.example>",
               "Claire Whitfield <c.whitfield@nordhafen-rm.example>",
               "Doctor's note - Oliver", "Fri, 08 Nov 2024 18:22:10 +0100",
               """Dear Ms Whitfield,

as requested, here is what Dr Schütte wrote (translated by me):

"Oliver Holt, born 02/03/2020, has been treated in my practice since
April 2024 for recurrent obstructive bronchitis (J20.9) and
atopic eczema (L20.8). Exposure to mould in the
home is a plausible aggravating factor. I recommend that the child
does not sleep in the affected room until the mould is removed."

Please forward this to your insurance.

Rebecca Holt
""")
    return build(103, "Paul Okafor <paul.okafor@weserstein.example>",
                 "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "FW: Doctor's note - Oliver", body, atts=[A_msg(fw)])


@mail("NORMAL", "de", "internal", "trap: Textbaustein Ablehnung Schimmel mit Platzhaltern, keine echte Person")
def m104():
    body = """Hallo zusammen,

der überarbeitete Textbaustein SCH-17 ist ab sofort im Korrespondenz-
system freigegeben. Bitte die alten Vorlagen nicht mehr verwenden.

--- SCH-17 Ablehnung Schimmel (kein Leitungswasserschaden) ---

Sehr geehrte/r «Anrede» «Nachname»,

zu Ihrer Schadenmeldung «Schadennummer» vom «Meldedatum» haben wir das
Gutachten von «Sachverständiger» erhalten. Danach ist der Schimmelbefall
in «Räume» nicht auf einen Leitungswasseraustritt zurückzuführen,
sondern auf «Ursache: Kondensat/Wärmebrücke/eindringende Feuchtigkeit».

Dieser Schaden ist nach § «Paragraph» VGB nicht versichert. [Optional:
Angaben Dritter zu gesundheitlichen Beschwerden NICHT in dieses
Schreiben übernehmen - für Personenschäden gilt der Prozess HP-04.]

Mit freundlichen Grüßen
«Sachbearbeiter»
---

Gruß Kerstin
"""
    return build(104, "Kerstin Vahle <kerstin.vahle@weserstein.example>",
                 "team-sach-wohnen@weserstein.example", "Textbaustein SCH-17 freigegeben", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "new property manager: list of condominium owners with names, home addresses and shares only in ODS attachment")
def m105():
    body = """Dear Mr Vogt,

following the change of administrator for the WEG Hafenkante 13
(policy WG-5120-77311) from 1 January, please find attached the owners'
list as we hold it. Please check it against your records and send us
any corrections so that claim payments for private units go to the
right owner.

Kind regards
Birte Hinrichs
"""
    rows = [["Unit", "Owner", "Address for correspondence", "Share /1000", "Owner-occupied"],
            ["1", "Sophie and Malte Karstens", "Hafenkante 13, 28217 Bremen", "71.2", "yes"],
            ["2", "Dr. Gunnar Eilers", "Am Weidedamm 20, 28215 Bremen", "68.9", "no (let)"],
            ["3", "Nordhafen Residential Fund II GmbH & Co. KG", "Hafenkante 1, 28217 Bremen", "142.0", "no (let)"],
            ["4", "Chen Wei", "Kurfürstenallee 8, 28211 Bremen", "70.4", "no (let)"],
            ["5", "Elisabeth Runge", "Hafenkante 13, 28217 Bremen", "69.1", "yes"]]
    return build(105, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Sven Vogt <s.vogt@nordhafen-rm.example>",
                 "WEG Hafenkante 13 - owners' list for your records", body,
                 atts=[A_ods("Owners_Hafenkante13.ods", rows)])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer", "Mietrechtsschutz Räumungsklage: Härtegründe des Mieters (schwere Depression, Suizidgefahr) nach § 574 BGB")
def m106():
    body = """Sehr geehrter Herr Rechtsanwalt Brandt,

Ihr Mandant: Herr Bernd Siemers, Wachmannstr. 12, 28209 Bremen
Mietrechtsschutz RS-2088-51034, Leistungsfall RL-24-06688

Wir übernehmen die Kosten der Verteidigung gegen die Räumungsklage der
Vermieterin (AG Bremen 7 C 512/24, Eigenbedarfskündigung).

Zu Ihrer Anfrage wegen des psychiatrischen Gutachtens: Sie wollen
Härtegründe nach § 574 BGB geltend machen, weil Ihr Mandant nach dem
Tod seiner Frau an einer schweren rezidivierenden Depression leidet
(F33.2), zweimal stationär behandelt wurde und der behandelnde
Psychiater bei einem erzwungenen Umzug akute Suizidgefahr sieht.
Die Kosten eines gerichtlichen Sachverständigengutachtens sind
mitversichert; ein Privatgutachten übernehmen wir ausnahmsweise bis
1.500 EUR, wenn das Gericht kein Gutachten einholt.

Mit freundlichen Grüßen
Hanna Petersen
Rechtsschutz-Leistung
"""
    return build(106, "Hanna Petersen <hanna.petersen@weserstein.example>",
                 "RA Malte Brandt <brandt@brandt-yilmaz-recht.example>",
                 "RL-24-06688 Siemers - Räumungsklage, Kostenübernahme Gutachten", body)


@mail("NORMAL", "de", "insurer-to-customer", "trap: Abwesenheitsnotiz, erwähnt Personenschäden und Atteste nur allgemein")
def m107():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29.11.2024 nicht im Büro. Ihre E-Mail wird
nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an haftpflicht-schaden@
weserstein.example oder 0421 5588-3200. Arztberichte, Atteste und
andere Unterlagen zu Verletzungen senden Sie bitte ausschließlich über
unser Upload-Portal https://upload.weserstein.example.

Mit freundlichen Grüßen
Matthias Brenneke
"""
    return build(107, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "RAin Aylin Yilmaz <yilmaz@brandt-yilmaz-recht.example>",
                 "Abwesenheitsnotiz: Wachtel ./. Wohnbau Hemelingen GmbH", body,
                 headers=[("Auto-Submitted", "auto-replied")])


@mail("NORMAL", "de", "insurer-to-customer", "trap: Urteilszusammenfassung zur Streupflicht mit anonymisierter Klägerin und Verletzung, an Verwalterverteiler")
def m108():
    body = """Liebe Verwalterinnen und Verwalter,

ein aktuelles Urteil, das Sie kennen sollten (OLG, Urteil vom
12.09.2024, Parteien anonymisiert):

Sachverhalt: Eine Passantin stürzte an einem Sonntag gegen 8:30 Uhr auf
dem nicht gestreuten Gehweg vor einem Mehrfamilienhaus und brach sich
das Handgelenk. Die Streupflicht war per Hausordnung auf die Mieter
übertragen; der zuständige Mieter war verreist.

Entscheidung: Die Eigentümergemeinschaft haftet, weil die Verwaltung
keine Vertretungsregelung getroffen und die Erfüllung nie kontrolliert
hatte. Die Mithaftung der Klägerin (feste Schuhe, aber bekannter
Glätte) wurde mit 25 % bewertet.

Unsere Empfehlung: Vertretungsregelung in der Hausordnung, Streubuch,
stichprobenartige Kontrolle mit Datum dokumentieren.

Viele Grüße
Team Wohnungswirtschaft
"""
    return build(108, "Team Wohnungswirtschaft <wohnungswirtschaft@weserstein.example>",
                 "verwalter-verteiler@weserstein.example", "Urteil: Haftung trotz übertragener Streupflicht", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "end of a deposit guarantee: former landlord named, tenant's new address, contract number")
def m109():
    body = """Dear Ms Özdemir,

we confirm that your deposit guarantee KB-4410-07782 ended on
31 October 2024. Your former landlord, Mrs Renate Hollwedel, has
returned the original certificate and made no claim under it.

We have updated your address to Osterstraße 9, 28199 Bremen. We will
refund the overpaid premium as soon as we have your corrected IBAN.

Kind regards
Birte Hinrichs
"""
    return build(109, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Derya Özdemir <derya.oezdemir@mailbox.example>",
                 "Your guarantee KB-4410-07782 has ended", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal", "Reservebesprechung Glatteissturz mit Schädel-Hirn-Trauma, Pflegebedarf, Verdienstausfall")
def m110():
    body = """Hallo Kerstin,

für die Großschadenrunde am Donnerstag meine Einschätzung zu
H-24-10991 (HG Gebr. Tiedemann Grundbesitz OHG):

Geschädigter: Herr Reinhard Mollenhauer, 67, Rentner, vorher
ehrenamtlich als Schöffe tätig.
Unfall: 19.01.2024, Sturz auf Glatteis vor Parkallee 114, Hinterkopf
auf Bordstein. Subdurales Hämatom, Trepanation im Klinikum Mitte,
danach 9 Wochen neurologische Frühreha (Phase B/C).
Aktuell: Wortfindungsstörungen, Gangunsicherheit, Pflegegrad 3 seit
06/2024, Ehefrau pflegt mit ambulantem Dienst.

Haftung: Streubuch lückenhaft (kein Eintrag für 19.01.), Haftung dem
Grunde nach aus meiner Sicht 100 %.

Reserve bisher 80.000 EUR, Vorschlag neu:
  Schmerzensgeld              90.000 EUR
  vermehrte Bedürfnisse       60.000 EUR (Pflege, Umbau Bad)
  Haushaltsführungsschaden    25.000 EUR
  Regress Kranken-/Pflegekasse 70.000 EUR
  Summe                      245.000 EUR

Matthias
"""
    return build(110, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Kerstin Vahle <kerstin.vahle@weserstein.example>",
                 "Großschadenrunde: H-24-10991 Reserveerhöhung", body)
@mail("NORMAL", "en", "insurer-to-supplier", "trap: pest control framework contract for insurer-owned buildings, hygiene wording, no persons")
def m111():
    body = """Dear Ms Brüggemann,

we accept your offer of 30 October for the framework contract on pest
control for the 14 residential buildings of Weserstein Immobilien GmbH
(list attached to the offer), term 01/2025-12/2026:

- quarterly inspection of bait stations (rats) in cellars, bin areas
  and courtyards, with digital log
- call-outs for cockroaches, bedbugs, pigeons within 48 hours, flat
  rate EUR 145 per call-out plus material
- IPM approach, no rodenticides in areas accessible to children and
  pets
- annual hygiene report per building

Please coordinate appointments in occupied flats with the caretaker and
give tenants at least 5 days' notice.

Kind regards
Ingrid Fahrenholz
Procurement
"""
    return build(111, "Ingrid Fahrenholz <ingrid.fahrenholz@weserstein.example>",
                 "Katrin Brüggemann <k.brueggemann@schaedlingsstopp-nord.example>",
                 "Framework contract pest control 2025-2026 - acceptance", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "tree in courtyard falls on a tenant's car: named tenant, plate number, landlord liability claim, no injuries")
def m112():
    body = """Dear Ms Whitfield,

Claim H-24-22780 - public liability Nordhafen Residential Fund II
(HG-5120-77105)

During the storm on 9 November a poplar in the courtyard of Hafenkante
9-11 fell onto the car of your tenant Mr Tobias Reimers (flat 2.06),
Skoda Octavia, HB-TR 612. Fortunately nobody was in or near the car.

Liability depends on whether the tree showed signs of disease or
instability that should have been noticed. Please send us:
- the tree inspection records (Baumkontrolle) for 2022-2024,
- the name of the gardening contractor,
- photos of the root plate and trunk.

Mr Reimers' own comprehensive motor insurance may pay first; please
tell him to contact his motor insurer, who can then recover from us if
the landlord is liable.

Kind regards
Matthias Brenneke
"""
    return build(112, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Claire Whitfield <c.whitfield@nordhafen-rm.example>",
                 "Fallen tree Hafenkante courtyard - H-24-22780", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "customer", "Weiterleitungskette: Wasserschaden durch Badewanne nach epileptischem Anfall der Mieterin, Notarzt - tief im Zitat")
def m113():
    body = """Jana, bitte S-24-126004 übernehmen, Buntentorsteinweg. Mail-Kette
unten. Birte

-----Ursprüngliche Nachricht-----
Von: Hinrich Albers <h.albers@albers-verwaltung.example>
Gesendet: Freitag, 22. November 2024 09:02
An: service@weserstein.example
Betreff: WG: Wasser Whg. 4 -> Whg. 1

Guten Morgen, bitte Schaden aufnehmen, VN ist die WEG Buntentorsteinweg
310, Vertrag WG-6620-03318. Decke Whg. 1 durchnässt, Elektrik im Flur
abgeschaltet. Mail vom Hausmeister unten. Gruß Albers

    -----Ursprüngliche Nachricht-----
    Von: Hausmeister Rohlfs <rohlfs.hausmeister@webpost.example>
    Gesendet: Donnerstag, 21. November 2024 22:40
    An: Hinrich Albers
    Betreff: Wasser Whg. 4 -> Whg. 1

    Herr Albers,
    Wasser läuft bei Frau Tiedjen Whg 1 durch die decke. oben bei
    Frau Ehlers (Whg 4) lief die Badewanne über, sie hatte in der
    Wanne einen epileptischen Anfall, ihr Sohn hat sie gefunden,
    Notarzt war da und hat sie ins Krankenhaus gebracht. Sie hat
    das wohl öfter, nimmt Tabletten dagegen. Haupthahn ist zu.
    Trocknungsfirma sollte morgen kommen.
    Rohlfs
"""
    return build(113, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "WG: WG: Wasser Whg. 4 -> Whg. 1", body)


@mail("NORMAL", "de", "insurer-to-customer", "trap: Produktinfo Prämiennachlass für Wassermelder/Leckageschutz an Hausverwaltung, kein Vertrag")
def m114():
    body = """Sehr geehrte Frau Krummsiek,

wie im Gespräch angekündigt: Ab 01.01.2025 gewähren wir in der
Wohngebäudeversicherung einen Nachlass von 10 % auf den Baustein
Leitungswasser, wenn in allen Wohnungen eines Objekts ein zertifiziertes
Leckageschutzsystem (automatische Absperrung) eingebaut ist, und 5 %
bei Wassermeldern in Bad und Küche mit Alarm an die Verwaltung.

Gefördert werden Systeme mit VdS-Anerkennung. Der Einbau kostet
erfahrungsgemäß 350-600 EUR je Wohnung. Gerade in Häusern mit älteren
Bewohnern, die ein Tropfen nicht bemerken, sind die Systeme sinnvoll.

Eine Liste der anerkannten Systeme finden Sie unter
https://www.weserstein.example/verwalter/leckageschutz

Mit freundlichen Grüßen
Selin Aydın
"""
    return build(114, "Selin Aydın <selin.aydin@weserstein.example>",
                 "Dörte Krummsiek <d.krummsiek@krummsiek-hv.example>",
                 "Nachlass für Leckageschutz ab 2025", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Mietrechtsschutz Kautionsrückforderung gegen Vermieterin, Kautionsbetrag, Vertrags- und Leistungsfallnummer")
def m115():
    body = """Hallo Herr Lorenzen,

für Ihre Forderung auf Rückzahlung der Mietkaution gegen Ihre frühere
Vermieterin, Frau Hannelore Piehl (Kornstr. 150), besteht
Versicherungsschutz aus RS-6604-21876, Baustein Wohnen als Mieter.

Leistungsfall: RL-24-06920
Kaution: 2.100,00 EUR zzgl. Zinsen, Mietende 31.05.2024
Einbehalt der Vermieterin: vollständig, mit Verweis auf eine noch
ausstehende Betriebskostenabrechnung 2023

Nach sechs Monaten ist ein vollständiger Einbehalt regelmäßig nicht
mehr gerechtfertigt. Sie können einen Anwalt Ihrer Wahl beauftragen;
die Selbstbeteiligung beträgt 150 EUR.

Viele Grüße
Hanna Petersen
"""
    return build(115, "Hanna Petersen <hanna.petersen@weserstein.example>",
                 "Jonas Lorenzen <jonas.lorenzen@mailbox.example>",
                 "Kaution - Ihr Leistungsfall RL-24-06920", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company", "CO poisoning from faulty gas boiler in rented flat: named tenants, hyperbaric oxygen treatment; instruction to heating expert")
def m116():
    body = """Dear Mr Gräfe,

we instruct you as an independent expert in the following matter:

Our ref.: H-24-22902 (landlord's liability, Wohnbau Hemelingen GmbH)
Property: Sebaldsbrücker Heerstr. 79, 2nd floor right
Incident: 24 November 2024, carbon monoxide in the flat

The tenants, Mr Nikola Jovanović (44) and his daughter Mila (12), were
found by the fire brigade with CO poisoning; both were treated with
hyperbaric oxygen at the university hospital in Hamburg and kept for
four days. The daughter still complains of headaches and concentration
problems; a neurological follow-up is planned.

The gas boiler (Vaillant atmoTEC, installed 2004) had been serviced by
the landlord's contractor in September. The chimney sweep's last
measurement is attached.

Questions: cause of the CO release (boiler defect, flue blockage,
servicing error?), and whether the defect was detectable at the last
service. Please coordinate access with the property manager; the flat
is sealed by the police until 2 December.

Kind regards
Matthias Brenneke
"""
    return build(116, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Uwe Gräfe <graefe@sv-heizungstechnik.example>",
                 "Expert instruction H-24-22902 - CO incident Sebaldsbrücker Heerstr.", body)


@mail("NORMAL", "en", "internal", "trap: farewell lunch for a colleague, organisational")
def m117():
    body = """Hi all,

after 31 years in residential claims, Gisela is retiring at the end of
December. We're taking her for lunch on Friday 20 December, 12:30, at
the Kantine am Speicher (upstairs). Please sign up in the list on the
team site and chip in for the present (cycling tour on the Weser, she
has always wanted one) - envelope with Birte.

Please don't mention it to her - it's a surprise!

Kerstin
"""
    return build(117, "Kerstin Vahle <kerstin.vahle@weserstein.example>",
                 "team-sach-wohnen@weserstein.example", "Farewell lunch 20 December (psst!)", body)


@mail("NORMAL", "de", "insurer-to-supplier", "trap: Auftrag Aktenvernichtung von Schadenakten mit Gesundheitsunterlagen nach Ablauf der Aufbewahrungsfrist - kein Inhalt")
def m118():
    body = """Sehr geehrter Herr Lüllmann,

hiermit beauftragen wir die datenschutzgerechte Vernichtung von
Papierakten gemäß Rahmenvertrag RV-2021-044:

- 38 Sicherheitsbehälter (240 l) Schadenakten Haftpflicht 2010-2013
  (Aufbewahrungsfrist abgelaufen), enthalten u. a. Arztberichte und
  Atteste - Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399
- 12 Behälter Sachschadenakten Wohngebäude 2012-2013, P-4

Abholung: 05.12.2024 ab 7:30 Uhr, Laderampe Am Speicher 4.
Bitte Vernichtungsprotokoll mit Behälternummern an
datenschutz@weserstein.example.

Mit freundlichen Grüßen
Zentrale Dienste - Archiv
"""
    return build(118, "Archiv <archiv@weserstein.example>",
                 "dispo@aktenvernichtung-hanse.example", "Auftrag Aktenvernichtung 05.12.2024", body)


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer", "storm claim: HTML table (both parts) of affected private units with owners' names and payments; mail in German and English")
def m119():
    text = """Hi Claire, hallo Herr Vogt,

die Aufteilung Sturmschaden S-24-125900 (WEG Hafenkante 13, policy
WG-5120-77311) auf das Sondereigentum / split of the storm claim for
private units:

Unit | Owner                  | Damage                  | EUR
1    | S. and M. Karstens     | balcony glass           |   842.00
2    | Dr. Gunnar Eilers      | awning, window seal     | 1,310.50
5    | Elisabeth Runge        | roof window, parquet    | 2,706.00

Payment goes to the WEG account; please distribute.
Zahlung an das WEG-Konto, Verteilung bitte durch Sie.

Best / Gruß
Jana Kowalczyk
"""
    html = """<html><body><p>Hi Claire, hallo Herr Vogt,</p>
<p>die Aufteilung Sturmschaden S-24-125900 (WEG Hafenkante 13, policy WG-5120-77311) auf das Sondereigentum / split of the storm claim for private units:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Unit</th><th>Owner</th><th>Damage</th><th>EUR</th></tr>
<tr><td>1</td><td>S. and M. Karstens</td><td>balcony glass</td><td align="right">842.00</td></tr>
<tr><td>2</td><td>Dr. Gunnar Eilers</td><td>awning, window seal</td><td align="right">1,310.50</td></tr>
<tr><td>5</td><td>Elisabeth Runge</td><td>roof window, parquet</td><td align="right">2,706.00</td></tr>
</table>
<p>Payment goes to the WEG account; please distribute.<br>Zahlung an das WEG-Konto, Verteilung bitte durch Sie.</p>
<p>Best / Gru&szlig;<br>Jana Kowalczyk</p></body></html>"""
    return build(119, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Claire Whitfield <c.whitfield@nordhafen-rm.example>",
                 "S-24-125900 Hafenkante 13 - split per unit", text, html=html,
                 cc="Sven Vogt <s.vogt@nordhafen-rm.example>")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "Brief an gesetzlichen Betreuer einer Wohnungseigentümerin mit Demenz und Pflegeheimaufenthalt, Schaden in ihrer leerstehenden Wohnung")
def m120():
    body = """Sehr geehrter Herr Lange,

vielen Dank für die Kopie Ihres Betreuerausweises. Danach sind Sie für
Frau Irmgard Ahlers (Aufgabenkreise Vermögenssorge, Wohnungs-
angelegenheiten) zum Betreuer bestellt.

Zum Schaden in ihrer Eigentumswohnung Kornstr. 302, Whg. 14
(S-24-126118, WEG-Vertrag WG-7001-22840): Sie schreiben, dass Frau
Ahlers wegen ihrer fortgeschrittenen Alzheimer-Demenz seit Mai 2024 im
Pflegeheim Haus Ansgar lebt (Pflegegrad 4) und die Wohnung seitdem leer
steht. Der Frostschaden an der Heizung im Bad ist deshalb vermutlich
wochenlang nicht bemerkt worden.

Bitte teilen Sie uns mit, wer die Wohnung in dieser Zeit kontrolliert
hat und ob die Heizung angestellt war. Bei Leerstand gelten besondere
Obliegenheiten (Kontrolle, Absperren, Entleeren). Wir klären das mit
der Verwaltung; für Frau Ahlers entstehen vorerst keine Kosten.

Mit freundlichen Grüßen
Jana Kowalczyk
"""
    return build(120, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Berufsbetreuer Ingo Lange <i.lange@betreuungsbuero-lange.example>",
                 "S-24-126118 Kornstr. 302 Whg. 14 - Ihre Betreute Frau Ahlers", body)
@mail("NORMAL", "de", "insurer-to-customer", "trap: Wartungsplan Rauchwarnmelder/Legionellen je Objekt an Hausverwaltung - nur Adressen der Gemeinschaftsobjekte und Termine")
def m121():
    body = """Hallo Frau Ostendorf,

anbei wie besprochen der abgestimmte Wartungsplan 2025 für Ihre
Objekte, den unser Risk-Engineering empfiehlt. Das ist keine
Vertragsbedingung, hilft aber im Schadenfall beim Nachweis.

Viele Grüße
Selin Aydın
"""
    rows = [["Objekt", "Rauchwarnmelder", "Legionellen (3-jährl.)", "Rückstauklappe", "Dachrinnen", "Baumkontrolle"],
            ["Am Lindenhof 12-16", "März 2025", "fällig 2025", "Mai/Nov", "April/Okt", "Juni"],
            ["Kornstr. 150", "März 2025", "2026", "Mai/Nov", "April/Okt", "-"],
            ["Vegesacker Str. 39-43", "April 2025", "fällig 2025", "Mai/Nov", "April/Okt", "Juli"],
            ["Wachmannstr. 86-88", "April 2025", "2027", "Mai/Nov", "April/Okt", "Juli"]]
    return build(121, "Selin Aydın <selin.aydin@weserstein.example>",
                 "Maren Ostendorf <m.ostendorf@krummsiek-hv.example>",
                 "Wartungsplan 2025 - Empfehlung Risk Engineering", body,
                 atts=[A_xlsx("Wartungsplan_2025_Krummsiek.xlsx", rows, "Wartung")])


@mail("CONFIDENTIAL", "de", "insurer-to-supplier", "Auftrag an Trocknungsfirma mit Mieterliste (Namen, Telefon, Erreichbarkeit) und Schadennummer")
def m122():
    body = """Moin Herr Focke,

Auftrag Trocknung S-24-126004, WEG Buntentorsteinweg 310.

Betroffene Wohnungen und Ansprechpartner (lt. Verwaltung):
- Whg. 1 EG li: Frau Gesine Tiedjen, Tel. 0421 538812, ganztags
  erreichbar
- Whg. 4 1. OG li: Sohn der Mieterin, Herr Timo Ehlers,
  Tel. 0160 4471193, nur nach 17 Uhr
- Keller: Schlüssel beim Hausmeister Rohlfs, 0151 8890023

Bitte Messprotokolle und Zählerstände der Geräte wöchentlich an mich.
Freigabe bis 4.000 EUR netto, darüber bitte Rücksprache.

Gruß
Jana Kowalczyk
"""
    return build(122, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Lars Focke <disposition@trocknungstechnik-nord.example>",
                 "Auftrag Trocknung S-24-126004", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company", "balcony railing gave way: named tenant fell from first floor, vertebral fracture, instruction to loss adjuster")
def m123():
    body = """Simon,

another one for you, this time with a possible recourse angle:

Our ref.: H-24-23011 | Insured: Gebr. Tiedemann Grundbesitz OHG
Property: Parkallee 120, flat 1.2 (first floor)
Date: 26 November 2024

The tenant, Ms Hanna Lüders (34), leaned on the balcony railing while
hanging up washing; the railing's anchors gave way and she fell about
3.5 m onto the lawn. She suffered a compression fracture of the first
lumbar vertebra (S32.01) and a fractured heel, surgery at Klinikum
Mitte on 27 November. She is expected to be in hospital and rehab for
at least eight weeks; no neurological deficits reported so far.

The balconies were renovated in 2019 by Metallbau Kück GmbH. Please
secure the railing parts (the police have released them), get a
structural engineer's opinion on the anchoring, and let me know whether
recourse against the metalworker looks realistic.

Best
Matthias
"""
    return build(123, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Simon Ashworth <s.ashworth@ashworth-adjusters.example>",
                 "New instruction H-24-23011 - balcony railing Parkallee 120", body)


@mail("NORMAL", "en", "newsletter", "trap: newsletter on accessibility retrofit grants for landlords (stairlifts, ramps), generic")
def m124():
    body = """LANDLORD BRIEFING - Making your building accessible

More and more tenants want to stay in their homes as they get older.
Some retrofit measures pay for themselves through lower vacancy and
fewer accidents:

- Stairlifts and ramps: the tenant's long-term care insurer can pay up
  to EUR 4,180 per measure for a person with a care level; the landlord
  must consent but may not unreasonably refuse (section 554 BGB).
- KfW programme 455-B "Barrierereduzierung": grants for owners.
- Lighting with motion sensors and contrast marking on stair edges
  reduce falls significantly.

Insurance tip: tell us about new lifts or ramps - they are part of the
building and should be included in the sum insured. Ramps and
handrails also reduce your liability risk.

Weserstein Versicherung AG | landlords-en@weserstein.example
Unsubscribe: https://www.weserstein.example/newsletter/unsubscribe
"""
    return build(124, "Weserstein Landlord Briefing <newsletter@weserstein.example>",
                 "landlords-en@weserstein.example", "Accessible buildings: grants and insurance tips", body)


@mail("CONFIDENTIAL", "de", "internal", "neue Mieterin einer konzerneigenen Wohnung: Geburtsdatum, IBAN für Lastschrift, Miethöhe")
def m125():
    body = """Hallo Frau Stöver,

bitte für Kornstr. 302, Whg. 11, ab 01.01.2025 den neuen Mietvertrag
anlegen (alter Mieter ausgezogen, Wohnung saniert):

Mieterin: Johanna Piepenbrink, geb. 30.11.1988
bisherige Anschrift: Föhrenstr. 44, 28207 Bremen
Nettokaltmiete: 742,00 EUR, BK-Vorauszahlung 210,00 EUR,
HK-Vorauszahlung 95,00 EUR
Kaution: 2.226,00 EUR per Bürgschaft (Weserstein KB-5120-11873)
SEPA-Lastschrift: IBAN DE25 5001 0517 1486 7783 03, Mandat liegt vor

Übergabe am 30.12. um 10 Uhr mit Herrn Petrowski.

Gruß
Rüdiger Haake
"""
    return build(125, "Rüdiger Haake <ruediger.haake@weserstein.example>",
                 "Silke Stöver <silke.stoever@weserstein.example>",
                 "Neuvermietung Kornstr. 302 Whg. 11", body)


@mail("NORMAL", "de", "internal", "trap: Entwurf Hausordnung für eigene Wohnhäuser (Ruhezeiten, Streupflicht, Rauchen, Kinderwagen) - keine Person")
def m126():
    body = """Hallo Rüdiger,

der Entwurf der neuen Hausordnung für unsere 14 Häuser, mit der
Rechtsabteilung abgestimmt. Änderungen gegenüber 2019 markiert mit (neu).

§ 1 Ruhezeiten 22-6 Uhr, sonntags ganztägig Rücksicht.
§ 2 Treppenhaus: Kinderwagen, Rollatoren und Rollstühle dürfen im
    Hausflur abgestellt werden, wenn Fluchtwege frei bleiben. (neu)
§ 3 Reinigung nach Plan; ist eine Mietpartei aus Alters- oder
    Gesundheitsgründen dazu nicht in der Lage, übernimmt der
    Reinigungsdienst gegen Umlage. (neu)
§ 4 Winterdienst durch Dienstleister, Kosten über die BK-Abrechnung.
§ 5 Rauchen im Treppenhaus und Aufzug verboten.
§ 6 Balkone: Grillen nur elektrisch. (neu)
§ 7 Lüften: Treppenhausfenster im Winter nicht dauerhaft kippen.

Gruß
Silke
"""
    return build(126, "Silke Stöver <silke.stoever@weserstein.example>",
                 "Rüdiger Haake <ruediger.haake@weserstein.example>",
                 "Entwurf Hausordnung 2025", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "Mieter mit Legionellen-Pneumonie, Intensivstation, Anspruch gegen Vermieterin - Schreiben an Versicherungsnehmerin")
def m127():
    body = """Sehr geehrte Damen und Herren,

Haus- und Grundbesitzerhaftpflicht HG-7350-08812
Schaden-Nr. H-24-23140

uns liegt das Anspruchsschreiben des Mieters Herrn Günter Wöltjen
(Vegesacker Str. 43, 3. OG) vor. Er wurde am 28.10.2024 mit einer
Legionellen-Pneumonie (A48.1) ins Klinikum Bremen-Nord eingeliefert und
lag fünf Tage auf der Intensivstation. Das Gesundheitsamt hat in der
Trinkwasseranlage Ihres Hauses 2.300 KBE/100 ml festgestellt.

Herr Wöltjen verlangt Schmerzensgeld und Verdienstausfall. Für unsere
Prüfung benötigen wir:
1. die Untersuchungsberichte der letzten beiden Legionellenprüfungen,
2. Angaben zur Warmwassertemperatur am Speicheraustritt,
3. die Korrespondenz mit dem Gesundheitsamt.

Bitte geben Sie gegenüber dem Mieter keine Erklärungen zur Haftung ab.

Mit freundlichen Grüßen
Matthias Brenneke
Haftpflicht-Schaden
"""
    return build(127, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Grundstücksgesellschaft Vegesack <verwaltung@gg-vegesack.example>",
                 "H-24-23140 Legionellen Vegesacker Str. 43 [streng vertraulich]", body)


@mail("CONFIDENTIAL", "en", "insurer-to-broker", "commission statement to a sole-trader broker with his IBAN and tax number")
def m128():
    body = """Dear Mr Meiners,

please find below your commission statement for October 2024
(broker no. 40-1187, Tom Meiners Versicherungsmakler, sole trader).

Product line            Policies   Premium EUR   Commission EUR
Residential buildings        14      18,412.30         2,761.85
Landlord liability            9       1,940.00           291.00
Rent default                  3         612.00            91.80
Deposit guarantee             5         690.00           103.50
Total                                                  3,248.15

Paid on 15 November to: DE10 4405 0199 2282 5363 37
Tax no. 60/143/07718 - commission exempt from VAT (section 4 no. 11 UStG)

Kind regards
Broker Accounting
Weserstein Versicherung AG
"""
    return build(128, "Maklerabrechnung <maklerabrechnung@weserstein.example>",
                 "Tom Meiners <t.meiners@meiners-makler.example>",
                 "Commission statement 10/2024 - broker 40-1187", body)


@mail("NORMAL", "en", "internal", "trap: anonymised underwriting committee case - building with recurring mould claims and older tenants, no names or addresses")
def m129():
    body = """Underwriting Committee - case 2024-41 (anonymised)

Risk: 1968 residential block, 36 units, northern Bremen, windows
replaced 2021 without a ventilation concept.
Claims 2022-2024: 7 water claims (EUR 96k), 3 mould-related liability
claims from tenants (2 settled, 1 open), 1 slip on icy steps.
Tenant structure (from the landlord's questionnaire): about half of the
tenants are over 70.

Proposal: renew with (a) excess EUR 2,500 for water, (b) condition:
decentralised ventilation in at least the ground-floor units by end of
2025, (c) no mould remediation extension.

Decision required by 6 December.
"""
    return build(129, "Torben Lüdeke <torben.luedeke@weserstein.example>",
                 "uw-committee@weserstein.example", "UW Committee case 2024-41 (anonymised)", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "Hausratschaden nach Wasserschaden: Insulinvorrat im Kühlschrank und CPAP-Gerät der Mieterin beschädigt")
def m130():
    body = """Sehr geehrte Frau Tiedjen,

zu Ihrer Hausratversicherung HR-6620-14409 haben wir den Schaden vom
21.11.2024 unter HR-24-08102 angelegt.

Sie haben uns mitgeteilt, dass durch das von oben eindringende Wasser
neben Teppich und Wohnzimmerschrank auch Ihr Schlafapnoe-Gerät (CPAP,
ResMed AirSense 10) und - weil der Strom abgeschaltet war - Ihr
Insulinvorrat im Kühlschrank unbrauchbar geworden sind.

Das CPAP-Gerät gehört nach Ihren Angaben Ihrer Krankenkasse (Leihgerät);
bitte melden Sie den Schaden dort, wir regulieren dann gegenüber der
Kasse. Die Zuzahlung für das neu verordnete Insulin (10 EUR) und die
Fahrt zur Apotheke erstatten wir Ihnen gern.

Mit freundlichen Grüßen
Birte Hinrichs
"""
    return build(130, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Gesine Tiedjen <g.tiedjen@webpost.example>",
                 "Ihr Hausratschaden HR-24-08102", body)
@mail("NORMAL", "en", "insurer-to-customer", "trap: two-line answer on smoke alarm duty, no data")
def m131():
    body = """Hi Mr Albers,

no, smoke alarms aren't required in the basement hobby room - only in
bedrooms, children's rooms and the hallways leading to them. Won't
hurt, though.

J. Kowalczyk
"""
    return build(131, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Hinrich Albers <h.albers@albers-verwaltung.example>",
                 "RE: quick question smoke alarms", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Ortstermin Sachverständiger als ICS: Eigentümer namentlich, Whg., Schadennummer")
def m132():
    body = """Sehr geehrter Herr Jansen,

der Sachverständige Dipl.-Ing. Runge kommt zur Schlussbesichtigung in
Ihre Wohnung (Am Lindenhof 12, Whg. 5). Den Termin finden Sie im
Anhang. Bitte sorgen Sie dafür, dass Bad und Abstellraum zugänglich
sind.

Mit freundlichen Grüßen
Jana Kowalczyk
"""
    return build(132, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Ole Jansen <ole.jansen@mailbox.example>",
                 "Schlussbesichtigung S-24-118734 am 10.12.", body,
                 atts=[A_ics("Ortstermin_S-24-118734.ics", "ortstermin-s24118734", "20241210T090000",
                             "20241210T100000", "Schlussbesichtigung S-24-118734 - Whg. 5 Herr Jansen",
                             "Am Lindenhof 12, Whg. 5, 28215 Bremen",
                             "SV Dipl.-Ing. Runge, Eigentümer Ole Jansen, Vertrag WG-4471-20933")])


@mail("STRICTLY_CONFIDENTIAL", "en", "customer", "property manager asks about a tenant with Parkinson's who keeps falling on the stairs; stairlift and liability")
def m133():
    body = """Selin - question from Nordhafen for you/underwriting, below.
Paul

-----Original Message-----
From: Claire Whitfield <c.whitfield@nordhafen-rm.example>
Sent: Monday, 2 December 2024 11:47
To: Paul Okafor <paul.okafor@weserstein.example>
Subject: Stairlift Hafenkante 11

Hi Paul,

a tricky one. Mr Günther Schnakenberg (flat 3.01, Hafenkante 11) has
advanced Parkinson's and has fallen on the stairs twice this autumn;
the last time the paramedics had to come and he had a cut on his head.
His daughter wants to install a stairlift at his expense (his care
insurer pays part, he has care level 3). The other tenants are worried
about the narrowed stairway.

Two questions:
1. Does the stairlift need to be declared for the building policy?
2. If someone trips over the rail, who is liable - us or him?

Thanks!
Claire
"""
    return build(133, "Paul Okafor <paul.okafor@weserstein.example>",
                 "Selin Aydın <selin.aydin@weserstein.example>",
                 "FW: Stairlift Hafenkante 11", body)


@mail("NORMAL", "en", "internal", "trap: draft FAQ answers for the landlord portal chatbot about mould, falls and deposits - generic")
def m134():
    body = """Hi team,

please review these draft answers for the new landlord portal assistant
by Wednesday. Keep them generic - the bot must never ask for health
details.

Q: My tenant says the mould is making her ill. What do I do?
A: Don't admit anything. Report it under your landlord liability
   policy; we'll appoint an expert. Please don't send us medical
   certificates - the tenant can send them to us directly if needed.

Q: Someone slipped in front of my building.
A: Report it as a liability claim. Note date, time, weather, witnesses,
   and keep your gritting log.

Q: Can I use the deposit guarantee for unpaid utilities?
A: Yes, once the utility bill is issued and due.

Q: Is a stairlift part of the building?
A: Yes if permanently fixed - please tell us so we can adjust the sum
   insured.

Thanks
Selin
"""
    return build(134, "Selin Aydın <selin.aydin@weserstein.example>",
                 "portal-content@weserstein.example", "Draft FAQ for landlord portal assistant", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "underground garage flooding: company policyholder with named contact, policy and claim numbers, no injuries")
def m135():
    body = """Dear Ms Whitfield,

Claim S-24-126330 - policy WG-5120-77104
Nordhafen Residential Fund II GmbH & Co. KG, Hafenkante 9-11

We confirm cover for the flooding of the underground car park on
30 November (failure of the lifting pump during heavy rain). Covered:
pump replacement, cleaning, drying, electrical checks. Damage to
tenants' cars is not part of the building policy; tenants should
contact their own motor insurers (comprehensive cover). Nobody was hurt.

Please send the pump service contract and the last two service reports.

Kind regards
Paul Okafor
"""
    return build(135, "Paul Okafor <paul.okafor@weserstein.example>",
                 "Claire Whitfield <c.whitfield@nordhafen-rm.example>",
                 "Car park flooding - S-24-126330", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "Abfindungsvergleich nach Glätteunfall: Handgelenksfraktur, Osteoporose, Auszahlung auf IBAN - nur in DOCX")
def m136():
    body = """Sehr geehrte Frau Oltmanns,

anbei unser Vergleichsvorschlag zur abschließenden Regulierung. Bitte
unterschreiben Sie die Erklärung und senden Sie sie uns zurück.

Mit freundlichen Grüßen
Matthias Brenneke
Haftpflicht-Schaden
"""
    paras = ["Abfindungserklärung - Az. H-24-10233",
             "Geschädigte: Renate Oltmanns, geb. 11.02.1949, Wachmannstr. 88, 28209 Bremen",
             "Unfall vom 09.01.2024 auf dem Gehweg vor Wachmannstr. 86 (Glätte).",
             "Verletzungen lt. Befundbericht Dr. Lampe vom 14.10.2024: distale Radiusfraktur links (S52.50), konservativ behandelt, Prellung LWS; vorbestehende Osteoporose (M81.0) wurde bei der Bemessung berücksichtigt.",
             "Zur Abgeltung aller Ansprüche aus dem Unfall, auch für die Zukunft, zahlt die Weserstein Versicherung AG ohne Anerkennung einer Rechtspflicht: Schmerzensgeld 3.500,00 EUR, Haushaltshilfe 6 Wochen 1.080,00 EUR, Zuzahlungen und Fahrtkosten 164,20 EUR, gesamt 4.744,20 EUR.",
             "Zahlung auf: Renate Oltmanns, IBAN DE23 3704 0044 1379 5987 33",
             "Bremen, den ____________   Unterschrift: ______________________"]
    return build(136, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Renate Oltmanns <r.oltmanns@webpost.example>",
                 "Ihr Unfall vom 09.01.2024 - Vergleichsvorschlag", body,
                 atts=[A_docx("Abfindungserklaerung_H-24-10233.docx", paras)])


@mail("NORMAL", "de", "internal", "trap: Auszug Beschluss-Sammlung WEG ohne Namen (nur Beschlüsse zu Versicherung, Schimmel, Handlauf)")
def m137():
    body = """Hallo Frau Stöver,

für unsere Unterlagen zur WEG Kornstr. 302 der Auszug aus der
Beschluss-Sammlung (§ 24 Abs. 7 WEG), Stand 30.11.2024:

Nr. 2024/01 ETV 08.10.2024: Jahresabrechnung 2023 genehmigt.
Nr. 2024/02 ETV 08.10.2024: Wirtschaftsplan 2025, Erhöhung der
         Erhaltungsrücklage auf 1,20 EUR/m².
Nr. 2024/03 ETV 08.10.2024: Angebot Strangsanierung Strang B einholen.
Nr. 2024/04 ETV 08.10.2024: Abdichtung Kellerraum 7 (Schimmel),
         14.200 EUR aus der Rücklage.
Nr. 2024/05 ETV 08.10.2024: zweiter Handlauf Außentreppe.
Nr. 2024/06 Umlaufbeschluss 15.11.2024: Auftrag Winterdienst an
         Grünpflege Oberneuland GmbH.

Keine Anfechtungen bekannt.

Gruß Rüdiger Haake
"""
    return build(137, "Rüdiger Haake <ruediger.haake@weserstein.example>",
                 "Silke Stöver <silke.stoever@weserstein.example>",
                 "Beschluss-Sammlung WEG Kornstr. 302", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Schlüsselverlust eines Mieters, Austausch der Schließanlage, Privathaftpflicht mit Vertragsnummer")
def m138():
    body = """Hallo Herr Kaya,

Ihren Schlüsselverlust (Generalschlüssel-Schließanlage Gastfeldstr. 71)
haben wir unter H-24-23302 zu Ihrer Privathaftpflicht PH-3317-20869
angelegt. Verlust fremder Schlüssel ist bis 50.000 EUR mitversichert,
Selbstbeteiligung 150 EUR.

Die Hausverwaltung hat einen Kostenvoranschlag für den Austausch von 24
Zylindern über 5.940 EUR geschickt. Bitte bestätigen Sie uns kurz, wann
und wo Sie den Schlüssel verloren haben und ob er mit Adresse
gekennzeichnet war.

Viele Grüße
Matthias Brenneke
"""
    return build(138, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Murat Kaya <murat.kaya@mailbox.example>",
                 "Schlüsselverlust - H-24-23302", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "Nachbarstreit Kinderlärm: ADHS-Diagnose und Therapie des Kindes als Argument, Rechtsschutz-Deckung")
def m139():
    body = """Sehr geehrte Frau Dąbrowska,

für die Abwehr der Abmahnung Ihrer Vermieterin wegen angeblicher
Lärmbelästigung (Beschwerden des Nachbarn unter Ihnen, Herr Egon
Mahnken) besteht Versicherungsschutz aus Ihrer Rechtsschutzversicherung
RS-9140-22771, Leistungsfall RL-24-07114.

Sie haben uns geschrieben, dass Ihr Sohn Filip eine ADHS-Diagnose hat,
seit Oktober Methylphenidat bekommt und zweimal wöchentlich zur
Ergotherapie geht, und dass der Lärm deshalb nicht "böswillig" sei. Das
kann Ihr Anwalt vortragen, wenn Sie es möchten; Kinderlärm ist in
gewissem Umfang ohnehin hinzunehmen. Den Bericht der Kinder- und
Jugendpsychiaterin brauchen wir nicht, bitte senden Sie ihn
ausschließlich Ihrem Anwalt.

Mit freundlichen Grüßen
Hanna Petersen
"""
    return build(139, "Hanna Petersen <hanna.petersen@weserstein.example>",
                 "Agnieszka Dąbrowska <a.dabrowska@mailbox.example>",
                 "Abmahnung Ihrer Vermieterin - RL-24-07114", body)


@mail("NORMAL", "en", "insurer-to-partner", "trap: press answer to a journalist on mould and tenant health complaints, statistics only, no case")
def m140():
    body = """Dear Ms Hadley,

thank you for your questions for your article on mould in rented flats.

1. How many mould-related claims do you see? - In 2023 about 1,400
   building claims included mould remediation after a water leak, and
   around 240 liability claims in which tenants blamed mould for health
   problems.
2. Do you pay for tenants' health problems? - Only where the landlord is
   legally liable, i.e. where a building defect caused the mould and
   the health damage can be proven. Many such claims are settled.
3. What should tenants do? - Report mould early and in writing to the
   landlord, take photos, air and heat properly.

We cannot comment on individual cases. You may quote me by name.

Best regards
Lea Marquardt
Press Office, Weserstein Versicherung AG
"""
    return build(140, "Lea Marquardt <presse@weserstein.example>",
                 "Sarah Hadley <s.hadley@weserkurier-online.example>",
                 "RE: Your questions on mould in rented flats", body)
@mail("NORMAL", "de", "insurer-to-customer", "trap: leere Vollmacht für die Eigentümerversammlung (DOCX mit Platzhaltern) an Hausverwaltung")
def m141():
    body = """Hallo Frau Krummsiek,

wie gewünscht unser Muster für die Stimmrechtsvollmacht (Textform),
zur Verwendung in Ihren Einladungen. Gern auch ohne unser Logo.

Viele Grüße
Selin Aydın
"""
    paras = ["Vollmacht zur Eigentümerversammlung",
             "Ich/Wir, ____________________ (Name), Eigentümer/in der Einheit Nr. ____ der Gemeinschaft ____________________,",
             "bevollmächtige(n) hiermit ____________________ (Name des Bevollmächtigten)",
             "mich/uns in der Eigentümerversammlung am __________ zu vertreten und das Stimmrecht auszuüben.",
             "[ ] nach freiem Ermessen   [ ] nach folgender Weisung: ______________________",
             "Ort, Datum: __________   Unterschrift/Textform: __________"]
    return build(141, "Selin Aydın <selin.aydin@weserstein.example>",
                 "Dörte Krummsiek <d.krummsiek@krummsiek-hv.example>",
                 "Muster Vollmacht ETV", body,
                 atts=[A_docx("Muster_Vollmacht_ETV.docx", paras)])


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "deposit guarantee for an expat tenant: date of birth written out, landlord, guarantee sum")
def m142():
    body = """Dear Dr Ramanathan,

welcome to Weserstein! Your deposit guarantee is now active.

Guarantee holder: Dr Priya Ramanathan, born November 30, 1987
Rented flat: Am Weidedamm 20, 4th floor, 28215 Bremen
Landlord: Dr. Gunnar Eilers
Guarantee amount: EUR 3,600.00 (three months' net rent)
Contract no.: KB-7730-00412
Annual fee: EUR 180.00, paid by credit card

The original guarantee certificate goes directly to your landlord by
post; he will usually confirm receipt to you. Keep in mind that if your
landlord calls the guarantee, you will have to reimburse us.

Kind regards
Birte Hinrichs
Customer Service - Deposit Guarantee
"""
    return build(142, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Dr Priya Ramanathan <priya.r@inboxmail.example>",
                 "Your deposit guarantee KB-7730-00412", body)


@mail("STRICTLY_CONFIDENTIAL", "mixed", "internal", "landlord deceased: heirs' letter states cause of death (lung cancer) and a son's addiction treatment; policyholder change, English/German")
def m143():
    body = """Torben,

Erbfall beim Vermieter-Paket Harjes (WG-3312-40815, HG-3312-40816) -
the heirs are in the UK and wrote in English. Bitte Versicherungs-
nehmerwechsel vorbereiten. Their letter:

> Dear Sir or Madam,
> our mother, Gesa Harjes, passed away on 18 November 2024 at the
> Hospiz am Deich after a long illness (lung cancer). We, her two
> children, are her heirs - certificate of inheritance (Erbschein)
> is applied for. My brother Nils is currently in a residential
> addiction treatment programme and has authorised me to act for both
> of us. Please keep the building insurance for Bürgermeister-Smidt-Str.
> 5 running and send all letters to me.
> Kind regards, Kirsten Harjes-Doyle, Leeds

Der Vertrag geht nach § 95 VVG auf die Erben über. Beitrag läuft weiter
über das Konto der Erblasserin bis zur Umstellung.

Gruß Birte
"""
    return build(143, "Birte Hinrichs <birte.hinrichs@weserstein.example>",
                 "Torben Lüdeke <torben.luedeke@weserstein.example>",
                 "Erbfall Harjes - VN-Wechsel / heirs' letter", body)


@mail("NORMAL", "en", "internal", "trap: winter service inspection rota for the insurer's own buildings, staff and buildings only")
def m144():
    body = """Morning,

winter service spot checks (gritting log + visual check) for December,
always 7:00-8:30:

wk 49: Haake   - Gastfeldstr., Kornstr.
wk 50: Stöver  - Hafenkante, Am Hulsberg
wk 51: Haake   - Buntentorsteinweg, Delmestr.
wk 52: contractor reports via app, spot check on 27/12 by Stöver

Photos with timestamp go to \\\\immo\\Winterdienst\\2024-12. If
anything is wrong, call Grünpflege Oberneuland straight away (hotline
0421 2299 00) and follow up by email.

Rüdiger
"""
    return build(144, "Rüdiger Haake <ruediger.haake@weserstein.example>",
                 "Silke Stöver <silke.stoever@weserstein.example>",
                 "Winter service spot checks December", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "payment reminder: tenant's contents insurance premium arrears, policy number and amount")
def m145():
    body = """Dear Mr Dunker,

unfortunately we could not collect the premium for your contents
insurance HR-7712-55031; your bank returned the direct debit.

Outstanding premium Q4 2024:   EUR 38.70
Return debit fee:              EUR  3.00
Total:                         EUR 41.70

Please transfer the amount by 20 December 2024. If you do not pay in
time, we will not be liable for losses that occur in the meantime
(section 38 VVG).

Kind regards
Premium Services
"""
    return build(145, "Beitragsservice <beitragsservice@weserstein.example>",
                 "Ralf Dunker <ralf.dunker@webpost.example>",
                 "Payment reminder HR-7712-55031", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "glass entrance door shattered: tenant cut flexor tendons, hand surgery, landlord liability claim")
def m146():
    body = """Dear Mr Hartmann,

Public liability HG-1193-60241 - claim H-24-23388

Your tenant Ms Yasmin Nouri (Am Wandrahm 33, 1st floor) has claimed
against you. On 3 December the glass pane of the front door shattered
when she pushed it open; she cut her right wrist and severed two flexor
tendons. She had surgery at the hand surgery unit of Klinikum Mitte the
same night and will need splinting and hand therapy for about three
months. As a dental technician she cannot work in that time.

It appears the door still had ordinary float glass, not safety glass.
Please send us:
- the age of the door and any inspection or repair records,
- photos of the frame,
- the glazier's report if one has been made.

Please do not discuss liability with Ms Nouri; we will contact her.

Kind regards
Matthias Brenneke
"""
    return build(146, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Frank Hartmann <frank.hartmann@webpost.example>",
                 "Claim H-24-23388 - front door Am Wandrahm 33", body)


@mail("NORMAL", "de", "newsletter", "trap: Vermieter-Info Dezember (multipart) mit Themen Pflegegrad-Umbauten, Schimmel, Kaution - keine Person")
def m147():
    text = """Weserstein Vermieter-Info | Ausgabe 12/2024

Zum Jahresende drei kurze Themen:

Umbau für pflegebedürftige Mieter
Will eine Mieterin mit Pflegegrad einen Treppenlift oder eine
bodengleiche Dusche einbauen, dürfen Sie nur aus wichtigem Grund
widersprechen (§ 554 BGB). Vereinbaren Sie eine zusätzliche Sicherheit
für den Rückbau und melden Sie fest eingebaute Anlagen bei uns an.

Schimmel nach dem Fenstertausch
Neue, dichte Fenster ohne Lüftungskonzept sind der Klassiker. Ein
Lüftungskonzept nach DIN 1946-6 kostet wenig und hilft im Streitfall.

Kaution: Bürgschaft statt Barkaution
Immer mehr Mieter bieten eine Kautionsbürgschaft an. Für Sie als
Vermieter ist sie genauso sicher - wir zahlen auf erstes Anfordern.

Frohe Feiertage!
Ihr Team Wohnungswirtschaft
Abmelden: https://www.weserstein.example/newsletter/abmelden
"""
    html = """<html><body style="font-family:Arial,sans-serif"><h2>Vermieter-Info 12/2024</h2>
<h3>Umbau f&uuml;r pflegebed&uuml;rftige Mieter</h3><p>Treppenlift oder bodengleiche Dusche: Widerspruch nur aus wichtigem Grund (&sect; 554 BGB). Fest eingebaute Anlagen bitte bei uns anmelden.</p>
<h3>Schimmel nach dem Fenstertausch</h3><p>L&uuml;ftungskonzept nach DIN 1946-6 erstellen lassen.</p>
<h3>Kaution: B&uuml;rgschaft statt Barkaution</h3><p>Wir zahlen auf erstes Anfordern.</p>
<p>Frohe Feiertage!<br>Ihr Team Wohnungswirtschaft</p>
<p style="font-size:11px"><a href="https://www.weserstein.example/newsletter/abmelden">Abmelden</a></p></body></html>"""
    return build(147, "Weserstein Wohnungswirtschaft <newsletter@weserstein.example>",
                 "vermieter-verteiler@weserstein.example", "Vermieter-Info 12/2024", text, html=html)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "Schadenhistorie je Wohnung für die Hausverwaltung mit Eigentümernamen nur im XLSX-Anhang")
def m148():
    body = """Hallo Frau Ostendorf,

für die Vorbereitung TOP 6 der ETV anbei die Schadenhistorie
Lindenhof 2022-2024 je Einheit, wie vom Beirat gewünscht.

Gruß
Jana Kowalczyk
"""
    rows = [["Schaden-Nr.", "Datum", "Haus/Whg.", "Eigentümer/in", "Ursache", "Zahlung EUR"],
            ["S-22-081334", "14.02.2022", "12 / 3", "Bernd und Ulla Kracke", "Sturm, Dachfenster", 1240.00],
            ["S-23-097702", "02.06.2023", "14 / 8", "Fatma Güler", "Leitungswasser Spülmaschine", 6318.40],
            ["S-23-104418", "11.12.2023", "16 / 11", "Waltraud Meinken", "Frost Außenhahn", 2904.75],
            ["S-24-118734", "05.10.2024", "12 / 5", "Ole Jansen", "Rohrbruch Steigstrang", 18406.33],
            ["S-24-123588", "19.10.2024", "12 / Gemeinschaft", "WEG", "Graffiti/Briefkästen", 3710.00],
            ["S-24-125822", "09.11.2024", "16 / 11", "Waltraud Meinken", "Sturm, Dachziegel", 6332.30]]
    return build(148, "Jana Kowalczyk <jana.kowalczyk@weserstein.example>",
                 "Maren Ostendorf <m.ostendorf@krummsiek-hv.example>",
                 "Schadenhistorie Lindenhof für TOP 6", body,
                 atts=[A_xlsx("Schadenhistorie_Lindenhof_2022-2024.xlsx", rows, "Schaeden")])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor", "Befundanforderung bei der Kinderärztin zum Asthma eines Kindes aus der Schimmelwohnung, base64-kodierter Body")
def m149():
    body = """Sehr geehrte Frau Dr. Schwarting-Heise,

wir prüfen als Haftpflichtversicherer des Vermieters Ansprüche Ihrer
Patientin

Mila Köhnke, geb. 17.06.2018,
gesetzlich vertreten durch die Mutter Sandra Köhnke,
Vegesacker Str. 41, 28757 Bremen (Az. H-24-20417).

Die Mutter hat uns die beigefügte Schweigepflichtentbindung erteilt und
vorgetragen, dass im August 2024 ein Asthma bronchiale diagnostiziert
wurde und Mila seitdem ein inhalatives Kortikoid erhält. Wir bitten um
einen kurzen Befundbericht:
1. Diagnose(n) und Datum der Erstdiagnose,
2. Behandlung und Medikation,
3. Ihre Einschätzung, ob die Feuchtigkeit/der Schimmel in der Wohnung
   als Auslöser in Betracht kommt,
4. Allergietestung (falls erfolgt).

Die Kosten erstatten wir nach GOÄ.

Mit freundlichen Grüßen
Matthias Brenneke
Haftpflicht-Schaden
"""
    return build(149, "Matthias Brenneke <matthias.brenneke@weserstein.example>",
                 "Kinderarztpraxis Dr. Schwarting-Heise <praxis@kinderarzt-vegesack.example>",
                 "Befundanforderung Mila Köhnke - Az. H-24-20417", body, cte="base64")


@mail("NORMAL", "en", "insurer-to-customer", "trap: English portal notification without content")
def m150():
    body = """Hello,

you have a new message in your Weserstein secure mailbox.

Please sign in at https://postfach.weserstein.example to read it. For
security reasons this email contains no content and no attachments.

This is an automated message - please do not reply.

Weserstein Versicherung AG
"""
    return build(150, "Weserstein Secure Mailbox <no-reply@weserstein.example>",
                 "Rebecca Holt <rebecca.holt@inboxmail.example>",
                 "You have a new secure message", body)


# ==========================================================================
# Writing and checking
# ==========================================================================
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b", re.I)
ADDR_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"https?://([\w.-]+)")


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return True   # not an IBAN-shaped token
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1


def write():
    out = os.path.join(HERE, "mails")
    os.makedirs(out, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for num, label, lang, kind, reason, fn in sorted(MAILS):
        m = fn()
        name = "d%s-%04d.eml" % (NN, num)
        data = m.as_bytes(policy=policy.SMTP)
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        rows.append("\t".join([name, label, lang, kind, reason]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails" % len(MAILS))


def _texts(msg, errors, name):
    """Yield all decoded text of a message, opening attachments."""
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        if ct == "message/rfc822":
            continue
        fn = part.get_filename() or ""
        if ct.startswith("text/") or fn.endswith((".csv", ".ics", ".txt")):
            cs = part.get_content_charset() or "utf-8"
            try:
                t = payload.decode(cs)
            except (UnicodeDecodeError, LookupError):
                t = payload.decode("cp1252")
            if fn.endswith(".ics") and "BEGIN:VCALENDAR" not in t:
                errors.append("%s: bad ics %s" % (name, fn))
            yield t
        elif fn.endswith(".pdf") or ct == "application/pdf" or (ct == "application/octet-stream" and payload[:5] == b"%PDF-"):
            if not (payload.startswith(b"%PDF-") and payload.rstrip().endswith(b"%%EOF")):
                errors.append("%s: bad pdf %s" % (name, fn))
            yield payload.decode("cp1252", "replace")
        elif fn.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
            try:
                for t in _zip_texts(payload, fn):
                    yield t
            except Exception as e:  # noqa
                errors.append("%s: attachment %s does not open: %s" % (name, fn, e))
        else:
            errors.append("%s: unexpected part %s %s" % (name, ct, fn))


def _zip_texts(data, fn):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise ValueError("crc")
    names = z.namelist()
    if fn.endswith(".docx"):
        assert "word/document.xml" in names
    if fn.endswith(".xlsx"):
        assert "xl/workbook.xml" in names
    if fn.endswith((".odt", ".ods")):
        assert names[0] == "mimetype" and "content.xml" in names
    for n in names:
        raw = z.read(n)
        if n.endswith((".xml", ".csv", ".txt", ".ics", ".html", ".rels")) or n == "mimetype":
            t = raw.decode("utf-8") if not n.endswith(".csv") else raw.decode("cp1252")
            if n.endswith(".xml"):
                import xml.dom.minidom
                xml.dom.minidom.parseString(raw)
            yield re.sub(r"<[^>]+>", " ", t)
        elif n.endswith(".pdf"):
            if not raw.startswith(b"%PDF-"):
                raise ValueError("pdf in zip")
            yield raw.decode("cp1252", "replace")
        elif n.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
            for t in _zip_texts(raw, n):
                yield t
        elif n.endswith(".eml"):
            yield raw.decode("utf-8")
        else:
            raise ValueError("unknown member %s" % n)


def check():
    errors = []
    out = os.path.join(HERE, "mails")
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("labels.tsv header")
    rows = [l.split("\t") for l in lines[1:]]
    counts, langs = {}, {}
    for r in rows:
        if len(r) != 5 or not all(r):
            errors.append("labels.tsv row %r" % r)
            continue
        counts[r[1]] = counts.get(r[1], 0) + 1
        langs[r[2]] = langs.get(r[2], 0) + 1
        if r[1] not in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
            errors.append("bad label %s" % r[0])
        if r[2] not in ("de", "en", "mixed"):
            errors.append("bad lang %s" % r[0])
    expect = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
    if counts != expect:
        errors.append("label counts %r" % counts)
    files = sorted(os.listdir(out))
    want = ["d%s-%04d.eml" % (NN, i) for i in range(1, 151)]
    if files != want or [r[0] for r in rows] != want:
        errors.append("file list does not match d%s-0001..0150" % NN)
    n_att = 0
    for name in files:
        raw = open(os.path.join(out, name), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("%s: not CRLF" % name)
        msg = email.message_from_bytes(raw, policy=policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg[h]:
                errors.append("%s: missing %s" % (name, h))
        if msg.defects:
            errors.append("%s: defects %r" % (name, msg.defects))
        texts = []
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                inner_msg = part.get_payload()[0]
                for h in ("From", "Subject"):
                    if not inner_msg[h]:
                        errors.append("%s: forwarded mail without %s" % (name, h))
                    texts.append(str(inner_msg[h]))
            if part.get_filename():
                n_att += 1
        texts.extend(_texts(msg, errors, name))
        for h in ("From", "To", "Cc", "Reply-To"):
            if msg[h]:
                texts.append(str(msg[h]))
        blob = "\n".join(texts)
        for dom in ADDR_RE.findall(blob) + URL_RE.findall(blob):
            if not dom.lower().rstrip(".").endswith(".example"):
                errors.append("%s: non-.example domain %s" % (name, dom))
        for ib in IBAN_RE.findall(blob):
            c = ib.replace(" ", "").upper()
            if re.match(r"^[A-Z]{2}\d\dZZZ", c):
                continue   # SEPA creditor identifier, not an IBAN
            if c[:2] in ("DE", "AT", "NL", "CH", "FR", "GB") and not iban_ok(c) and c not in INVALID_IBANS_OK:
                errors.append("%s: IBAN checksum %s" % (name, ib))
    if errors:
        print("\n".join(errors))
        print("CHECK FAILED: %d problem(s)" % len(errors))
        return 1
    print("labels: NORMAL %d, CONFIDENTIAL %d, STRICTLY_CONFIDENTIAL %d" % (
        counts["NORMAL"], counts["CONFIDENTIAL"], counts["STRICTLY_CONFIDENTIAL"]))
    print("lang: " + ", ".join("%s %d" % kv for kv in sorted(langs.items())))
    print("150 files parsed, CRLF ok, headers ok, .example domains ok, IBAN checksums ok, %d attachments open" % n_att)
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
