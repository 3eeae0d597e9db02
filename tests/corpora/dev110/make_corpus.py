#!/usr/bin/env python3
"""Corpus dev110 for Siegel: legal expenses insurance (family and employment law).

Every mail is written by hand in its own function m001 ... m150.  The helpers
below only turn that content into MIME or into attachment files.
Standard library only, deterministic, no network.

    python make_corpus.py          -> mails/d110-0001.eml ... d110-0150.eml, labels.tsv
    python make_corpus.py --check  -> re-parse and validate everything
"""
import csv
import io
import os
import re
import sys
import zipfile
import hashlib
import xml.dom.minidom
from datetime import datetime, timezone, timedelta
from email import policy, message_from_bytes
from email.message import EmailMessage
from email.generator import BytesGenerator
from email.utils import format_datetime

NN = "110"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
INS = "lindauer-versicherung.example"
ZIP_TS = (2025, 1, 2, 8, 0, 0)
# IBANs that are wrong on purpose (customer typo, documented in README)
KNOWN_BAD_IBANS = {"DE65480501619645771495", "DE00123456789012345678"}

# ---------------------------------------------------------------- attachments

def _pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _wrap(line, width=92):
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width)
        if cut <= 0:
            cut = width
        out.append(line[:cut])
        line = line[cut:].lstrip()
    out.append(line)
    return out


def PDF(name, lines, ctype="application/pdf"):
    """A small text PDF (Helvetica, WinAnsi) with the given lines."""
    flat = []
    for ln in lines:
        flat.extend(_wrap(ln))
    pages = [flat[i:i + 52] for i in range(0, max(len(flat), 1), 52)] or [[]]
    objs = []
    # 1 catalog, 2 pages, 3 font, then page/content pairs
    kids = []
    page_objs = []
    for pi, pl in enumerate(pages):
        stream = ["BT", "/F1 10 Tf", "13 TL", "56 790 Td"]
        for ln in pl:
            stream.append("(%s) Tj T*" % _pdf_escape(ln))
        stream.append("ET")
        data = "\n".join(stream).encode("cp1252", "replace")
        pnum = 4 + 2 * pi
        kids.append("%d 0 R" % pnum)
        page_objs.append((pnum, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                          b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (pnum + 1)))
        page_objs.append((pnum + 1, b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"))
    objs.append((1, b"<< /Type /Catalog /Pages 2 0 R >>"))
    objs.append((2, ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(kids), len(pages))).encode()))
    objs.append((3, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"))
    objs.extend(page_objs)
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for num, body in objs:
        offs[num] = buf.tell()
        buf.write(b"%d 0 obj\n" % num + body + b"\nendobj\n")
    xref = buf.tell()
    n = len(objs) + 1
    buf.write(b"xref\n0 %d\n0000000000 65535 f \n" % n)
    for i in range(1, n):
        buf.write(b"%010d 00000 n \n" % offs[i])
    buf.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref))
    mt, st = ctype.split("/")
    return (name, mt, st, buf.getvalue())


def _zip(files, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for fname, data in files:
            zi = zipfile.ZipInfo(fname, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED if fname == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace('"', "&quot;"))


def DOCX(name, paras):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paras)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s</w:body></w:document>' % body),
    ]
    return (name, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
            _zip([(f, d.encode("utf-8")) for f, d in files]))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def XLSX(name, rows, sheet="Tabelle1"):
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>%s</sheetData></worksheet>' % "".join(xr)),
    ]
    return (name, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            _zip([(f, d.encode("utf-8")) for f, d in files]))


def _odf(name, mime, body):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
               '<office:body>%s</office:body></office:document-content>' % body)
    data = _zip([("mimetype", mime.encode()), ("META-INF/manifest.xml", manifest.encode()),
                 ("content.xml", content.encode("utf-8"))], stored_first="mimetype")
    mt, st = mime.split("/")
    return (name, mt, st, data)


def ODT(name, paras):
    body = "<office:text>%s</office:text>" % "".join("<text:p>%s</text:p>" % _x(p) for p in paras)
    return _odf(name, "application/vnd.oasis.opendocument.text", body)


def ODS(name, rows, sheet="Tabelle1"):
    trs = []
    for row in rows:
        tds = "".join('<table:table-cell><text:p>%s</text:p></table:table-cell>' % _x(str(v)) for v in row)
        trs.append("<table:table-row>%s</table:table-row>" % tds)
    body = ('<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>'
            % (_x(sheet), "".join(trs)))
    return _odf(name, "application/vnd.oasis.opendocument.spreadsheet", body)


def CSV(name, text, enc="utf-8", ctype="text/csv"):
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(enc)
    mt, st = ctype.split("/")
    return (name, mt, st, data)


def TXT(name, text, enc="utf-8"):
    return (name, "text", "plain", text.replace("\r\n", "\n").replace("\n", "\r\n").encode(enc))


def ICS(name, text):
    return (name, "text", "calendar", text.strip("\n").replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n")


def HTMLFILE(name, html):
    return (name, "text", "html", html.encode("utf-8"))


def ZIP(name, members):
    return (name, "application", "zip", _zip([(m[0], m[3]) for m in members]))


def OCTET(att):
    return (att[0], "application", "octet-stream", att[3])


def EML(d):
    """A mail (same dict shape as the m-functions return) attached as message/rfc822."""
    return ("__eml__", d)

# ---------------------------------------------------------------- MIME


def _date(s, n):
    if s:
        dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    else:
        dt = datetime(2025, 1, 6, 8, 0) + timedelta(hours=13 * n + (n * 7) % 11, minutes=(n * 17) % 60)
    off = 2 if 4 <= dt.month <= 10 else 1
    return format_datetime(dt.replace(tzinfo=timezone(timedelta(hours=off))))


def _text_part(text, charset="utf-8", cte=None, subtype="plain", flowed=False):
    p = EmailMessage(policy=policy.SMTP)
    if cte is None:
        cte = "quoted-printable"
    try:
        text.encode("ascii")
        if cte == "8bit":
            cte = "7bit"
    except UnicodeEncodeError:
        pass
    p.set_content(text, subtype=subtype, charset=charset, cte=cte)
    if flowed:
        p.set_param("format", "flowed")
    return p


def _attach(msg, att, n, depth):
    if att[0] == "__eml__":
        inner = build(att[1], n, depth + 1)
        msg.add_attachment(inner)
        return
    name, mt, st, data = att
    if mt == "text":
        cs = "utf-8"
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            cs = "windows-1252"
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name,
                           cte="base64", params={"charset": cs})
    else:
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)


def build(d, n, depth=0):
    text = d.get("body")
    html = d.get("html")
    atts = d.get("atts", [])
    cs = d.get("charset", "utf-8")
    cte = d.get("cte")
    if text is not None and html is not None:
        msg = _text_part(text, cs, cte, flowed=d.get("flowed", False))
        msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    elif html is not None:
        msg = _text_part(html, "utf-8", cte, subtype="html")
    else:
        msg = _text_part(text or "", cs, cte, flowed=d.get("flowed", False))
    if atts:
        msg.make_mixed()
        for a in atts:
            _attach(msg, a, n, depth)
    msg["From"] = d["frm"]
    msg["To"] = d["to"]
    if d.get("cc"):
        msg["Cc"] = d["cc"]
    msg["Subject"] = d["subject"]
    msg["Date"] = _date(d.get("date"), n + depth * 1000)
    stamp = (d.get("date") or "2025-01-01 00:00").replace("-", "").replace(" ", "").replace(":", "")
    tag = int(hashlib.sha1(("%s-%d-%d" % (NN, n, depth)).encode()).hexdigest()[:8], 16) % 100000
    dom = d["frm"].rsplit("@", 1)[-1].rstrip(">").strip()
    msg["Message-ID"] = "<%s.%05d.%s%04d%d@%s>" % (stamp, tag, NN, n, depth, dom)
    if d.get("reply"):
        msg["In-Reply-To"] = "<%s@%s>" % (d["reply"], dom)
    for k, v in d.get("hdr", {}).items():
        msg[k] = v
    if msg["MIME-Version"] is None:
        msg["MIME-Version"] = "1.0"
    # fixed boundaries
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("=_d%s_%04d_%d_%d" % (NN, n, depth, i))
    _strip_part_mime_version(msg, True)
    # mail-client order: address headers first, MIME headers last
    mime = [h for h in msg._headers if h[0].lower().startswith(("content-", "mime-"))]
    rest = [h for h in msg._headers if not h[0].lower().startswith(("content-", "mime-"))]
    msg._headers = rest + mime
    return msg


def _strip_part_mime_version(part, top):
    if not top:
        del part["MIME-Version"]
    if part.get_content_type() == "message/rfc822":
        return
    if part.is_multipart():
        for sub in part.get_payload():
            _strip_part_mime_version(sub, False)


def render(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.SMTP).flatten(msg)
    return buf.getvalue()

# ---------------------------------------------------------------- signatures (content)

SIG_OBH = """Mit freundlichen Grüßen

Katrin Oberhauser
Rechtsschutz-Leistung | Team Familien- und Erbrecht
Lindauer Versicherung AG
Kemptener Straße 140, 88131 Lindau
Tel. 08382 7704-2316 | Fax 08382 7704-2999
k.oberhauser@lindauer-versicherung.example

Lindauer Versicherung AG | Sitz Lindau | Amtsgericht Kempten HRB 18822
Vorstand: Dr. Christoph Amann (Vors.), Petra Lenzinger, Raimund Vogt
Vorsitzender des Aufsichtsrats: Prof. Dr. Hubert Scheidlmayr"""

SIG_WEI = """Viele Grüße
Jonas Weidenfeller

Rechtsschutz-Leistung | Team Arbeitsrecht
Lindauer Versicherung AG
Tel. 08382 7704-2341
j.weidenfeller@lindauer-versicherung.example"""

SIG_DEM = """Kind regards

Aylin Demirel
International Service Desk – Legal Expenses
Lindauer Versicherung AG
Kemptener Straße 140 | 88131 Lindau | Germany
Phone +49 8382 7704-2377
a.demirel@lindauer-versicherung.example"""

SIG_SAA = """Dr. Miriam Saalfeld
Syndikusrechtsanwältin
Leiterin Rechtsschutz-Leistung
Lindauer Versicherung AG
Tel. 08382 7704-2300"""

DISCL = """--
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen
Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe
dieser E-Mail sind nicht gestattet."""

# ---------------------------------------------------------------- mails 001-030


def m001():
    return dict(
        label="NORMAL", lang="de", kind="newsletter",
        reason="trap: legal newsletter on the probative value of sick notes (BAG), no person concerned",
        frm="Lindauer Rechtsschutz Partnerservice <partnerservice@lindauer-versicherung.example>",
        to="Partneranwaelte Arbeitsrecht <partneranwaelte-arbr@lindauer-versicherung.example>",
        subject="ArbR-Ticker 02/2025: Beweiswert der AU-Bescheinigung, Zugang der Kündigung, Urlaubsabgeltung",
        date="2025-02-11 07:30",
        body="""Sehr geehrte Partneranwältinnen und Partneranwälte,

in der Februar-Ausgabe unseres ArbR-Tickers haben wir drei Entscheidungen
zusammengestellt, die in der Mandatsarbeit zuletzt häufig eine Rolle gespielt haben.

1. Erschütterter Beweiswert der Arbeitsunfähigkeitsbescheinigung
   Das BAG hat seine Linie bestätigt: Legt ein Arbeitnehmer nach Zugang einer
   Kündigung eine oder mehrere AU-Bescheinigungen vor, die passgenau die
   Kündigungsfrist abdecken, kann der Beweiswert erschüttert sein. Der
   Arbeitnehmer muss dann substantiiert zu den Krankheitsursachen und zu den
   ärztlichen Verhaltensanordnungen vortragen. Für die Entgeltfortzahlungsklage
   bedeutet das: frühzeitig klären, ob der Mandant die behandelnden Ärzte von der
   Schweigepflicht entbinden will.

2. Zugang der Kündigung per Einwurf-Einschreiben
   Der Einlieferungsbeleg mit Sendungsverfolgung begründet nach aktueller
   Rechtsprechung keinen Anscheinsbeweis für den Zugang. Relevant für die
   Berechnung der Dreiwochenfrist nach § 4 KSchG.

3. Urlaubsabgeltung bei langer Erkrankung
   Urlaubsansprüche verfallen bei durchgehender Arbeitsunfähigkeit erst 15 Monate
   nach Ende des Urlaubsjahres – aber nur, wenn der Arbeitgeber seinen
   Mitwirkungsobliegenheiten nachgekommen ist.

Hinweis zur Deckung: Entgeltfortzahlungs- und Urlaubsabgeltungsklagen fallen unter
den Arbeits-Rechtsschutz (§ 2 b ARB). Für die Deckungsanfrage genügt uns wie immer
die Klageschrift im Entwurf; ärztliche Unterlagen Ihrer Mandanten benötigen wir
dafür nicht.

Den Ticker als PDF und das Archiv finden Sie im Partnerportal unter
https://partner.lindauer-versicherung.example/arbr-ticker

Mit kollegialen Grüßen
Ihr Partnerservice Rechtsschutz
Lindauer Versicherung AG

Sie erhalten diesen Ticker als Partnerkanzlei der Lindauer Rechtsschutz.
Abmelden: https://partner.lindauer-versicherung.example/abmelden
""")


def m002():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
        reason="coverage confirmation for a named insured's dismissal suit with claim number and monthly gross salary",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="RA Torsten Brandt <kanzlei@brandt-yilmaz.example>",
        subject="Deckungszusage | Ihr Zeichen 25/0187 TB | Rautenberg ./. Kessler Logistik GmbH | Schaden-Nr. RS-25-104417",
        date="2025-02-13 10:42",
        body="""Sehr geehrter Herr Kollege Brandt,

in der Arbeitsrechtssache Ihres Mandanten

  Herrn Dennis Rautenberg, Sennestadtring 44, 33689 Bielefeld
  Versicherungsschein-Nr. RS 4471 208 315
  Schaden-Nr. RS-25-104417

bestätigen wir Versicherungsschutz für die außergerichtliche Tätigkeit sowie für
die Erhebung der Kündigungsschutzklage vor dem Arbeitsgericht Bielefeld gegen die
ordentliche, betriebsbedingte Kündigung der Kessler Logistik GmbH vom 29.01.2025.

Gegenstandswert: Nach Ihren Angaben beträgt das Bruttomonatsgehalt 3.850,00 EUR;
wir gehen daher von einem Wert von 11.550,00 EUR (Vierteljahresverdienst,
§ 42 Abs. 2 GKG) aus. Einen etwaigen Weiterbeschäftigungsantrag berücksichtigen wir
mit einem weiteren Bruttomonatsgehalt.

Die vereinbarte Selbstbeteiligung von 150,00 EUR trägt Ihr Mandant. Bitte rechnen
Sie diese bei Ihrer Kostennote ab bzw. weisen Sie sie gesondert aus.

Für einen Vergleich mit Abfindung decken wir die Einigungsgebühr, soweit die
Kostenquote dem Verhältnis von Obsiegen und Unterliegen entspricht (§ 5 Abs. 3 b ARB).

Bitte geben Sie bei jeder Korrespondenz unsere Schaden-Nummer an.

""" + SIG_WEI + "\n\n" + DISCL + "\n")


def m003():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
        reason="reply quoting the insured's account of mobbing, depression diagnosis, psychotherapy and sick leave",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="Nadine Hoffrichter <nadine.hoffrichter@posteo.example>",
        subject="AW: Mobbing durch meine Teamleitung - was übernimmt die Rechtsschutz?",
        date="2025-02-14 15:06",
        reply="CAF3x9Lk.hoffrichter",
        body="""Sehr geehrte Frau Hoffrichter,

danke für Ihre ausführliche Schilderung. Damit wir prüfen können, ob und in
welchem Umfang wir Kosten übernehmen, benötigen wir bitte noch:

- die Abmahnung vom 03.02.2025 in Kopie,
- Ihren Arbeitsvertrag,
- Namen und Anschrift der Anwältin/des Anwalts, die/den Sie beauftragen möchten.

Wichtig: Allein das "Mobbing" ist noch kein Rechtsschutzfall. Versichert ist die
Wahrnehmung rechtlicher Interessen, z. B. ein Anspruch auf Entfernung der
Abmahnung aus der Personalakte oder auf Schmerzensgeld. Das klären wir gern mit
Ihrer Anwältin.

Ärztliche Unterlagen brauchen wir derzeit nicht; bitte schicken Sie uns diese nur,
wenn Ihre Anwältin sie für die Klage benötigt.

""" + SIG_WEI + """

-----Ursprüngliche Nachricht-----
Von: Nadine Hoffrichter <nadine.hoffrichter@posteo.example>
Gesendet: Donnerstag, 13. Februar 2025 22:41
An: rs-leistung@lindauer-versicherung.example
Betreff: Mobbing durch meine Teamleitung - was übernimmt die Rechtsschutz?

Guten Abend,

ich bin bei Ihnen rechtsschutzversichert (RS 4471 339 026) und weiß langsam nicht
mehr weiter. Seit meine neue Teamleiterin im Sommer angefangen hat, werde ich
in Meetings vor allen bloßgestellt, bekomme Aufgaben weggenommen und Mails von
mir werden an die ganze Abteilung weitergeleitet mit Kommentaren drunter.
Anfang Februar kam dann eine Abmahnung wegen angeblich verspäteter Abgabe eines
Berichts.

Ich bin seit dem 05.02. krankgeschrieben, mein Hausarzt hat eine mittelgradige
depressive Episode (F32.1) festgestellt und mich an eine Psychotherapeutin
überwiesen, bei der ich jetzt einmal die Woche bin. Ich nehme seit zwei Wochen
Sertralin. Ich will eigentlich nicht kündigen, aber so geht es nicht weiter.

Zahlt die Versicherung einen Anwalt? Und kann ich Schmerzensgeld verlangen?

Viele Grüße
Nadine Hoffrichter
""")


def m004():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: court-fee and RVG fee table for the team, amounts by value in dispute only",
        frm="Felix Dornbusch <f.dornbusch@lindauer-versicherung.example>",
        to="RS-Leistung alle <rs-leistung-team@lindauer-versicherung.example>",
        subject="Kostentabelle GKG/FamGKG/RVG Stand 01.06.2025 (neue Werte nach KostBRÄG)",
        date="2025-06-02 08:15",
        body="""Hallo zusammen,

anbei die aktualisierte Kostentabelle für die Reserveberechnung. Die Werte
sind an die neuen Gebührentabellen angepasst; die Formeln in der Spalte
"Kostenrisiko 1. Instanz" rechnen mit 1,3 Verfahrens- + 1,2 Terminsgebühr +
Auslagenpauschale + 19 % USt je Seite und 3,0 Gerichtsgebühren (arbeitsgerichtlich
2,0, bei Vergleich entfallend).

Bitte ab sofort nur noch diese Tabelle verwenden, die alte Version im
Teamlaufwerk habe ich nach \\\\archiv verschoben.

Gruß
Felix

Schadencontrolling Rechtsschutz | App. 2388
""",
        atts=[XLSX("Kostentabelle_RS_2025-06.xlsx", [
            ["Gegenstandswert bis EUR", "1,0 Gebühr RVG", "1,0 Gebühr GKG", "Kostenrisiko 1. Instanz Zivil", "Kostenrisiko ArbG 1. Instanz (ohne Erstattung)"],
            [500, 51.5, 40, 448.31, 212.18],
            [1000, 93, 61, 771.66, 362.49],
            [2000, 176, 82, 1405.82, 652.86],
            [3000, 235.5, 103, 1868.48, 861.88],
            [5000, 362, 170, 2916.57, 1305.05],
            [8000, 507, 230, 4024.52, 1808.82],
            [10000, 650, 283, 5083.32, 2304.73],
            [13000, 707, 320, 5535.99, 2503.63],
            [16000, 765, 357, 5980.72, 2705.06],
            [19000, 822, 394, 6431.37, 2902.68],
            [22000, 880, 431, 6880.12, 3105.48],
            [25000, 937, 468, 7328.13, 3303.45],
            [30000, 1003, 515, 7865.45, 3534.29],
            [35000, 1069, 562, 8402.14, 3764.98],
            [40000, 1135, 609, 8939.39, 3995.74],
            [45000, 1201, 656, 9476.42, 4226.50],
            [50000, 1267, 703, 10013.54, 4457.26],
            ["Stand: 01.06.2025 – ohne Gewähr – nur für interne Reservezwecke", "", "", "", ""],
        ], sheet="Tabelle GKG-RVG")])


def m005():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="reimbursement of divorce first-advice fee to a named insured with IBAN and policy number",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Melanie Strobl <m.strobl@gmx.example>",
        subject="Ihre Erstberatung Familienrecht - Erstattung | Schaden-Nr. RS-25-100982",
        date="2025-01-22 11:18",
        body="""Sehr geehrte Frau Strobl,

vielen Dank für die Übersendung der Rechnung von Frau Rechtsanwältin Dr. Voss
vom 14.01.2025 über die Erstberatung im Familienrecht.

Aus Ihrem Vertrag RS 4471 117 540 (Privat-Rechtsschutz Komfort, Baustein
Beratungs-Rechtsschutz im Familien-, Lebenspartnerschafts- und Erbrecht) erstatten
wir Ihnen:

  Beratungsgebühr § 34 RVG (Verbraucher, Erstberatung)    190,00 EUR
  zzgl. 19 % USt                                          36,10 EUR
  Erstattungsbetrag                                       226,10 EUR

Eine Selbstbeteiligung fällt für die Beratung nach Ihrem Tarif nicht an.
Den Betrag überweisen wir in den nächsten Tagen auf Ihr Konto

  DE95 2005 0550 3577 6443 75 (Hamburger Sparkasse), Kontoinhaberin Melanie Strobl.

Bitte beachten Sie: Der Baustein umfasst nur den Rat oder die Auskunft, die nicht
mit einer anderen gebührenpflichtigen Tätigkeit zusammenhängt. Eine Vertretung im
Scheidungsverfahren selbst ist nicht versichert (§ 3 Abs. 2 g ARB).

""" + SIG_OBH + "\n")


def m006():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
        reason="continued-pay dispute: insured's herniated disc diagnosis (M51.1), sick-leave periods and treating doctor",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="RAin Selin Kaya <s.kaya@kaya-partner.example>",
        cc="rs-leistung@lindauer-versicherung.example",
        subject="Brämer ./. Rheinwerk Metallbau GmbH - Entgeltfortzahlung | RS-25-106230",
        date="2025-02-26 09:55",
        body="""Sehr geehrte Frau Kollegin Kaya,

danke für Ihre Deckungsanfrage vom 24.02.2025 zur Zahlungsklage auf
Entgeltfortzahlung für Ihren Mandanten Herrn Kai-Uwe Brämer.

Nach den übersandten Unterlagen war Herr Brämer vom 06.01. bis 14.02.2025
durchgehend arbeitsunfähig (Erst- und drei Folgebescheinigungen
Dr. med. Lothar Wiesinger, Orthopädie Köln-Mülheim). Die Arbeitgeberin bezweifelt
die Arbeitsunfähigkeit, weil Ihr Mandant während dieser Zeit beim Umzug seiner
Tochter gesehen worden sein soll, und hat die Entgeltfortzahlung ab dem
20.01.2025 eingestellt.

Aus dem beigefügten Bericht des MRT-Instituts ergibt sich ein
Bandscheibenvorfall L4/L5 (M51.1 G) mit Wurzelreizung; dazu Physiotherapie
2x wöchentlich und Ibuprofen 600. Damit sehen wir hinreichende Erfolgsaussichten.

Wir erteilen Deckung für die Zahlungsklage vor dem Arbeitsgericht Köln über
4.212,60 EUR brutto nebst Zinsen. Die Selbstbeteiligung von 250,00 EUR
rechnen wir mit der ersten Kostennote ab.

Hinweis: Sollte die Gegenseite die behandelnden Ärzte als Zeugen benennen,
denken Sie bitte an die Schweigepflichtentbindung Ihres Mandanten.

""" + SIG_WEI + "\n")


def m007():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: Düsseldorf maintenance table values and self-retention amounts, no person",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Team Familie/Erbrecht <rs-familie@lindauer-versicherung.example>",
        subject="Düsseldorfer Tabelle 2025 - was sich für unsere Beratungsfälle ändert",
        date="2025-01-08 13:20",
        body="""Hallo ihr Lieben,

kurzer Überblick zur Düsseldorfer Tabelle 2025, weil in der Hotline immer
wieder nach "dem neuen Kindesunterhalt" gefragt wird:

- Bedarfssätze der 1. Einkommensgruppe (bis 2.100 EUR netto) bleiben wie 2024:
  0-5 Jahre 482 EUR, 6-11 Jahre 554 EUR, 12-17 Jahre 649 EUR, ab 18 Jahre 693 EUR.
- Angehoben wurde der Bedarf volljähriger Studierender mit eigenem Haushalt
  auf 990 EUR.
- Der notwendige Selbstbehalt bleibt bei 1.450 EUR (erwerbstätig) bzw.
  1.200 EUR (nicht erwerbstätig).
- Kindergeld 2025: 255 EUR je Kind, hälftig anzurechnen bei minderjährigen Kindern.

Für uns bedeutet das: Beratungsfälle zum Kindesunterhalt bleiben Beratungs-
Rechtsschutz (Erstberatung). Ein gerichtliches Unterhaltsverfahren ist nur mit
dem Sonderbaustein "Familie Plus" (Tarif 2023) gedeckt, Verfahrenswert
= Jahresbetrag (§ 51 FamGKG) plus Rückstände.

Die komplette Tabelle liegt im Wiki unter Fachwissen > Familienrecht > Unterhalt.

LG Katrin
""")


def m008():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="customer",
        reason="insured's new bank details and SEPA mandate forwarded internally with policy number",
        frm="Henrik Lassen <h.lassen@lindauer-versicherung.example>",
        to="Beitragsinkasso <inkasso@lindauer-versicherung.example>",
        subject="WG: Neue Bankverbindung für meine Rechtsschutz",
        date="2025-03-04 08:47",
        body="""Hallo Inkasso-Team,

bitte Bankverbindung und Mandat im Vertrag ändern, Kunde hat telefonisch
bestätigt (Rückruf 04.03., 08:40 Uhr, Identität per Geburtsdatum geprüft).
Der nächste Einzug am 01.04. soll schon vom neuen Konto gehen.

Danke & Gruß
Henrik Lassen
Kundenservice Vertrag

________________________________
Von: Ralf Quednau <ralf.quednau@t-online.example>
Gesendet: Montag, 3. März 2025 19:12
An: service@lindauer-versicherung.example
Betreff: Neue Bankverbindung für meine Rechtsschutz

Hallo,

wegen der Trennung von meiner Frau habe ich jetzt ein eigenes Konto. Bitte
buchen Sie den Beitrag für meine Rechtsschutzversicherung (Vertrag
RS 4471 092 664) ab April von diesem Konto ab:

Ralf Quednau
IBAN DE22200505509912021072
Hamburger Sparkasse

Das alte Gemeinschaftskonto wird Ende März aufgelöst. Meine Frau soll aus dem
Vertrag raus, geht das auch? Die Adresse ist ab 15.03. Bramfelder Chaussee 210,
22177 Hamburg.

Gruß
R. Quednau
""")


def m009():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="lawyer",
        reason="attachment-only: lawyer's coverage request for illness-related dismissal with absence list and diagnoses",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        subject="WG: Deckungsanfrage Schönberger ./. Stadtwerke Rottweil - bitte Freigabe > 20 T€",
        date="2025-03-10 14:02",
        body="""Hallo Miriam,

Freigabe bitte für die Vertretung in zweiter Instanz, Gegenstandswert
ca. 24 T€. Unterlagen der Kanzlei anbei, aus meiner Sicht Erfolgsaussichten
gegeben (Negativprognose dünn, BEM fehlerhaft).

Jonas

-------- Weitergeleitete Nachricht --------
Betreff: Deckungsanfrage Schönberger ./. Stadtwerke Rottweil
Datum: Fri, 7 Mar 2025 16:48:11 +0100
Von: Kanzlei Brandt & Yilmaz <kanzlei@brandt-yilmaz.example>
An: rs-leistung@lindauer-versicherung.example

Sehr geehrte Damen und Herren,

in obiger Sache überreichen wir unsere Deckungsanfrage für das
Berufungsverfahren vor dem LAG Baden-Württemberg nebst Anlagen.

Mit freundlichen Grüßen
Yilmaz
Rechtsanwältin
""",
        atts=[PDF("Deckungsanfrage_Schoenberger_LAG.pdf", [
            "Brandt & Yilmaz Rechtsanwälte PartG mbB",
            "Niederwall 31, 33602 Bielefeld",
            "",
            "An: Lindauer Versicherung AG, Rechtsschutz-Leistung",
            "Ihr VN: Herr Andreas Schönberger, geb. 17.08.1971, RS 4471 226 870",
            "Unser Zeichen: 24/0933 DY",
            "",
            "Deckungsanfrage Berufung (LAG Baden-Württemberg, Kammern Freiburg)",
            "",
            "Die Arbeitgeberin hat unserem Mandanten am 28.06.2024 krankheitsbedingt",
            "ordentlich gekündigt. Das Arbeitsgericht hat die Kündigungsschutzklage abgewiesen.",
            "",
            "Fehlzeiten des Mandanten nach Aufstellung der Arbeitgeberin:",
            "2021: 41 Arbeitstage (Lumbago, M54.5; Hüft-TEP rechts)",
            "2022: 63 Arbeitstage (Reha nach Hüft-TEP, Anschlussheilbehandlung Bad Dürrheim)",
            "2023: 38 Arbeitstage (depressive Anpassungsstörung F43.2, drei Kurzerkrankungen Infekt)",
            "2024 bis Juni: 29 Arbeitstage (Bluthochdruck-Einstellung, I10.90)",
            "",
            "Die Arbeitgeberin stützt die negative Gesundheitsprognose allein auf diese Zahlen.",
            "Das BEM-Gespräch vom 12.03.2024 fand ohne Beteiligung des Betriebsarztes statt;",
            "die vom Mandanten vorgeschlagene stufenweise Wiedereingliederung wurde nicht geprüft.",
            "Der behandelnde Orthopäde Dr. Kramer bescheinigt eine vollständige Ausheilung.",
            "",
            "Gegenstandswert: 3 x 6.980,00 EUR brutto zzgl. Weiterbeschäftigung = 27.920,00 EUR",
            "",
            "Wir bitten um Deckungsschutz für die Berufungsinstanz.",
            "Rechtsanwältin Derya Yilmaz, Fachanwältin für Arbeitsrecht",
        ])])


def m010():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: model letter against a warning with «placeholders» for the customer portal",
        frm="Sabine Mertens-Koch <s.mertens-koch@lindauer-versicherung.example>",
        to="Kundenservice Rechtsschutz <rs-service@lindauer-versicherung.example>",
        cc="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        subject="Neue Musterbriefe im Kundenportal: Gegendarstellung zur Abmahnung",
        date="2025-03-12 11:30",
        body="""Liebe Kolleginnen und Kollegen,

ab dem 17.03. stehen im Kundenportal unter "Hilfe im Job" drei neue
Musterbriefe zum Download bereit. Die Texte sind juristisch von Frau
Dr. Saalfeld freigegeben. Anbei die Vorlage "Gegendarstellung zur Abmahnung"
zur Info, damit ihr am Telefon wisst, was Kunden vor sich haben.

Bitte weist bei Anfragen immer darauf hin, dass der Musterbrief keine
anwaltliche Beratung ersetzt und die telefonische Erstberatung über unsere
Anwaltshotline (0800 / 7704 555) kostenlos ist.

Viele Grüße
Sabine Mertens-Koch
Produktmanagement Rechtsschutz
""",
        atts=[DOCX("Muster_Gegendarstellung_Abmahnung.docx", [
            "«Vorname» «Nachname»",
            "«Straße Hausnummer»",
            "«PLZ Ort»",
            "",
            "An «Arbeitgeber», Personalabteilung",
            "«Ort», den «Datum»",
            "",
            "Gegendarstellung zur Abmahnung vom «Datum der Abmahnung»",
            "",
            "Sehr geehrte Damen und Herren,",
            "mit Schreiben vom «Datum der Abmahnung» haben Sie mir vorgeworfen, «Vorwurf in eigenen Worten». "
            "Diesen Vorwurf weise ich zurück. Der Sachverhalt stellt sich wie folgt dar: «Sachverhalt».",
            "Ich fordere Sie auf, die Abmahnung aus meiner Personalakte zu entfernen. Hilfsweise bitte ich, "
            "diese Gegendarstellung gemäß § 83 Abs. 2 BetrVG zur Personalakte zu nehmen.",
            "Mit freundlichen Grüßen",
            "«Unterschrift»",
            "",
            "Hinweis: Dieses Muster ersetzt keine Rechtsberatung. Versicherte der Lindauer Rechtsschutz erreichen "
            "die Anwaltshotline unter 0800 7704 555.",
        ])])



def m011():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="named expat insured: cover for advice on a termination agreement, severance amount and claim number",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Daniel Whitcombe <dan.whitcombe@fastmail.example>",
        subject="Your termination agreement (Aufhebungsvertrag) - cover confirmed | claim RS-25-107781",
        date="2025-03-06 16:20",
        body="""Dear Mr Whitcombe,

thank you for your call this morning and for sending the draft termination
agreement (Aufhebungsvertrag) your employer, Hollbrook Analytics GmbH, handed
to you on 4 March.

I am pleased to confirm that your legal expenses policy RS 4471 301 958
(Private + Employment, since 1 June 2021) covers the costs of an employment
lawyer to advise you on the agreement and to negotiate with your employer.

What the agreement currently says, as far as relevant for us:
- end of employment: 30 June 2025 (notice period would have been 31 July)
- severance payment (Abfindung): EUR 42,000 gross
- garden leave from 1 April with full salary (EUR 7,150 gross per month)

Please note:
1. You are free to choose your lawyer. If you do not know one, our partner
   firm Kaya & Partner in Cologne has English-speaking employment lawyers.
2. Please do not sign anything before you have spoken to the lawyer. Signing
   an Aufhebungsvertrag can lead to a blocking period (Sperrzeit) for
   unemployment benefit.
3. Your deductible is EUR 150.

Please give your lawyer our claim number RS-25-107781; they will send their
invoice directly to us.

""" + SIG_DEM + "\n")


def m012():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
        reason="custody case quoting the spouse's alcohol dependence, withdrawal clinic and child welfare office report",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Dr. Henriette Voss <voss@voss-familienrecht.example>",
        subject="AW: Sorgerechtsverfahren Lindner - Kostenübernahme? | RS-25-101552",
        date="2025-01-28 10:05",
        reply="voss.20250127.lindner",
        body="""Sehr geehrte Frau Dr. Voss,

vielen Dank für Ihre Nachricht. Leider können wir für das gerichtliche
Sorgerechtsverfahren keine Kosten übernehmen. Frau Lindner ist im Tarif
"Privat Basis" versichert; Streitigkeiten aus dem Familienrecht sind dort nur
als Beratungs-Rechtsschutz (§ 2 k ARB) eingeschlossen. Die Erstberatung
vom 20.01.2025 erstatten wir selbstverständlich.

Für das Verfahren selbst kommt ggf. Verfahrenskostenhilfe in Betracht.

""" + SIG_OBH + """

Am 27.01.2025 um 17:52 schrieb Dr. Henriette Voss:
> Sehr geehrte Damen und Herren,
>
> wir vertreten Ihre Versicherungsnehmerin, Frau Sandra Lindner (Vertrag
> RS 4471 088 310). Frau Lindner lebt seit November 2024 von ihrem Ehemann
> getrennt. Der Ehemann ist seit Jahren alkoholabhängig; nach einem Rückfall im
> Dezember befand er sich vom 02.01. bis 23.01.2025 zur qualifizierten
> Entzugsbehandlung in der Fachklinik Hohenrodt. Während eines Umgangswochenendes
> hat er das gemeinsame Kind (Leonie, 6 J.) alkoholisiert mit dem Auto abgeholt.
> Das Jugendamt Emmendingen hat im Bericht vom 15.01.2025 eine Gefährdung
> bestätigt.
>
> Wir beabsichtigen, beim AG Emmendingen die Übertragung der alleinigen
> elterlichen Sorge (§ 1671 BGB) sowie begleiteten Umgang zu beantragen, und
> bitten um Deckungszusage. Verfahrenswert 4.000 EUR (§ 45 FamGKG).
>
> Mit freundlichen Grüßen
> Dr. Henriette Voss
> Fachanwältin für Familienrecht
""")


def m013():
    return dict(
        label="NORMAL", lang="de", kind="insurer-to-lawyer",
        reason="trap: seminar invitation on illness-related dismissal and BEM, calendar file, no case",
        frm="Lindauer Akademie <akademie@lindauer-versicherung.example>",
        to="Partnerkanzleien Arbeitsrecht <partneranwaelte-arbr@lindauer-versicherung.example>",
        subject="Einladung: Fachseminar \"Krankheitsbedingte Kündigung, BEM und AU-Beweiswert\" am 08.05.2025",
        date="2025-03-18 09:00",
        body="""Sehr geehrte Damen und Herren,

wir laden Sie herzlich zu unserem Fachseminar für Partnerkanzleien ein:

  Krankheitsbedingte Kündigung, BEM und Beweiswert der AU-Bescheinigung
  Donnerstag, 08.05.2025, 13:30 - 17:30 Uhr
  Lindauer Akademie, Kemptener Straße 140, Lindau (auch online)

Referenten:
- Prof. Dr. Gregor Aschauer, Vorsitzender Richter am LAG a. D.
- RAin Derya Yilmaz, Fachanwältin für Arbeitsrecht, Bielefeld

Inhalte:
- Drei-Stufen-Prüfung bei häufigen Kurzerkrankungen und Langzeiterkrankung
- Das betriebliche Eingliederungsmanagement (§ 167 Abs. 2 SGB IX) als
  Wirksamkeitshürde - Fallgruppen aus der Rechtsprechung 2024
- Schwerbehinderte Arbeitnehmer: Zustimmung des Integrationsamts
- Entgeltfortzahlung: erschütterter Beweiswert, Fortsetzungserkrankung
- Deckungsfragen aus Sicht der Lindauer Rechtsschutz

Fortbildungsnachweis nach § 15 FAO: 3,5 Zeitstunden.
Teilnahmegebühr für Partnerkanzleien: entfällt.

Anmeldung bis 25.04.2025 unter https://akademie.lindauer-versicherung.example/s/0805
Den Termin für Ihren Kalender finden Sie im Anhang.

Mit freundlichen Grüßen
Ihr Team der Lindauer Akademie
""",
        atts=[ICS("Fachseminar_2025-05-08.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindauer Akademie//Seminarplaner 4.2//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:seminar-2025-05-08-arbr@lindauer-versicherung.example
DTSTAMP:20250318T080000Z
DTSTART;TZID=Europe/Berlin:20250508T133000
DTEND;TZID=Europe/Berlin:20250508T173000
SUMMARY:Fachseminar Krankheitsbedingte Kündigung\\, BEM und AU-Beweiswert
LOCATION:Lindauer Akademie\\, Kemptener Straße 140\\, 88131 Lindau
DESCRIPTION:Online-Zugang: https://akademie.lindauer-versicherung.example/l
 ive/0805\\nFortbildung § 15 FAO: 3\\,5 Stunden
END:VEVENT
END:VCALENDAR""")])


def m014():
    text = """Sehr geehrter Herr Plessow,

Sie haben uns mitgeteilt, dass Sie sich von Ihrer Ehefrau trennen und sich
zur Scheidung und zum Zugewinnausgleich anwaltlich beraten lassen möchten.

Gern bestätigen wir Ihnen Versicherungsschutz im Rahmen des
Beratungs-Rechtsschutzes im Familienrecht:

  Versicherungsnehmer:   Oliver Plessow, Hainholzweg 7, 37085 Göttingen
  Vertrag:               RS 4471 154 207, Tarif Privat Komfort
  Schaden-Nr.:           RS-25-102260
  Leistung:              Rat oder Auskunft durch einen in Deutschland
                         zugelassenen Rechtsanwalt, bis 500,00 EUR je
                         Versicherungsfall

Nicht versichert sind die Vertretung im Scheidungsverfahren und in
Folgesachen (Zugewinn, Unterhalt, Hausrat, Ehewohnung). Wenn Sie das
Angebot unserer Partner-Mediatoren nutzen möchten, übernehmen wir zusätzlich
bis zu 2.000,00 EUR Mediationskosten.

Mit freundlichen Grüßen

Ihr Rechtsschutz-Team Familie
Lindauer Versicherung AG"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Plessow,</p>
<p>Sie haben uns mitgeteilt, dass Sie sich von Ihrer Ehefrau trennen und sich zur Scheidung und zum
Zugewinnausgleich anwaltlich beraten lassen möchten.</p>
<p>Gern bestätigen wir Ihnen Versicherungsschutz im Rahmen des Beratungs-Rechtsschutzes im Familienrecht:</p>
<table border="0" cellpadding="3" style="font-size:10pt">
<tr><td><b>Versicherungsnehmer</b></td><td>Oliver Plessow, Hainholzweg 7, 37085 Göttingen</td></tr>
<tr><td><b>Vertrag</b></td><td>RS 4471 154 207, Tarif Privat Komfort</td></tr>
<tr><td><b>Schaden-Nr.</b></td><td>RS-25-102260</td></tr>
<tr><td><b>Leistung</b></td><td>Rat oder Auskunft durch einen in Deutschland zugelassenen Rechtsanwalt,
bis 500,00 EUR je Versicherungsfall</td></tr>
</table>
<p>Nicht versichert sind die Vertretung im Scheidungsverfahren und in Folgesachen (Zugewinn, Unterhalt,
Hausrat, Ehewohnung). Wenn Sie das Angebot unserer Partner-Mediatoren nutzen möchten, übernehmen wir
zusätzlich bis zu 2.000,00 EUR Mediationskosten.</p>
<p>Mit freundlichen Grüßen<br>Ihr Rechtsschutz-Team Familie<br>Lindauer Versicherung AG</p>
</body></html>"""
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="named insured's separation and divorce advice cover with address, policy and claim number (no health)",
        frm="Rechtsschutz Familie <rs-familie@lindauer-versicherung.example>",
        to="Oliver Plessow <o.plessow@web.example>",
        subject="Ihre Anfrage zur Scheidungsberatung - Deckungsbestätigung",
        date="2025-01-30 14:44",
        body=text, html=html)


def m015():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
        reason="violence-protection case: assault by spouse, injuries, police report and criminal complaint",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="RA Ludger Osterkamp <osterkamp@ra-osterkamp.example>",
        subject="Gewaltschutzsache Yıldırım - Ihre Anfrage vom 03.02.",
        date="2025-02-04 12:31",
        body="""Sehr geehrter Herr Osterkamp,

zu Ihrer Anfrage für Ihre Mandantin, Frau Elif Yıldırım (VN, Vertrag
RS 4471 276 415):

Nach Ihrer Schilderung hat der Ehemann Ihre Mandantin in der Nacht zum
01.02.2025 in der gemeinsamen Wohnung gewürgt und geschlagen; sie wurde in der
Notaufnahme des Clemenshospitals Münster mit Prellungen und einer
Nasenbeinfraktur behandelt. Die Polizei hat eine Wohnungsverweisung für
10 Tage ausgesprochen, eine Strafanzeige wegen gefährlicher Körperverletzung
ist gestellt (Az. StA Münster 540 Js 1182/25).

Die Kosten des Verfahrens nach § 1 GewSchG (Kontakt- und Näherungsverbot)
und der Wohnungszuweisung nach § 2 GewSchG übernehmen wir aus Kulanz im
Rahmen des Familien-Bausteins, da es sich um eine eilbedürftige
Schutzmaßnahme handelt. Für die Nebenklage im Strafverfahren besteht nach
den ARB kein Versicherungsschutz; hier verweisen wir auf den Opferanwalt
nach § 397a StPO.

Bitte senden Sie uns Ihre Kostennote nach Abschluss des Eilverfahrens.

""" + SIG_OBH + "\n")


def m016():
    return dict(
        label="NORMAL", lang="en", kind="newsletter",
        reason="trap: webinar on cross-border divorce and child abduction law, no person",
        frm="Lindauer Legal Expenses Partner Network <partnerservice@lindauer-versicherung.example>",
        to="International partner firms <intl-partners@lindauer-versicherung.example>",
        subject="Webinar 27 May: Cross-border divorce, Brussels IIb and international child abduction",
        date="2025-04-29 10:00",
        html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Webinar</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;color:#1d2b36">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#00426b;color:#fff;padding:18px"><h2 style="margin:0">Partner Network Webinar</h2></td></tr>
<tr><td style="padding:18px">
<p>Dear colleagues,</p>
<p>more and more of our policyholders live in international families. In our next webinar
we look at the questions our partner firms ask most often:</p>
<ul>
<li>Jurisdiction in divorce matters under the Brussels IIb Regulation (EU) 2019/1111</li>
<li>Which law applies? Rome III choice-of-law agreements in practice</li>
<li>Parental responsibility and relocation of a child abroad</li>
<li>Hague Child Abduction Convention: return proceedings and time limits</li>
<li>Maintenance across borders: the 2007 Hague Protocol and enforcement</li>
<li>What the Lindauer policy covers abroad (advice cover, limits, EU/EEA rule)</li>
</ul>
<p><b>Tuesday, 27 May 2025, 15:00&ndash;16:30 CEST</b>, Microsoft Teams, in English.</p>
<p>Speakers: Fiona Hartley (Hartley &amp; Moss LLP, London) and Dr. Henriette Voss
(family law specialist, Freiburg).</p>
<p><a href="https://partner.lindauer-versicherung.example/webinar/2705">Register here</a></p>
<p style="font-size:11px;color:#667">You receive this e-mail as a member of the Lindauer partner network.
<a href="https://partner.lindauer-versicherung.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>""")


def m017():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="lawyer",
        reason="lawyer's advance invoice in a certificate-of-inheritance case: named insured, estate value, claim number",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Zahlungsverkehr Leistung <zahlungsverkehr@lindauer-versicherung.example>",
        subject="WG: Vorschussanforderung Erbscheinsverfahren Aumüller | RS-24-188402 - bitte anweisen",
        date="2025-03-20 09:12",
        body="""Bitte Vorschuss anweisen, Deckung ist erteilt (Sonderbaustein Erbrecht
Plus, Vertrag RS 4471 040 775). Kanzleikonto ist im System hinterlegt.
Betrag 1.403,68 EUR.

Danke, Katrin

-----Ursprüngliche Nachricht-----
Von: Philipp Gerlach <p.gerlach@gerlach-erbrecht.example>
Gesendet: Mittwoch, 19. März 2025 17:03
An: rs-leistung@lindauer-versicherung.example
Betreff: Vorschuss - Aumüller, Nachlass Josef Aumüller - Ihr Az. RS-24-188402

Sehr geehrte Damen und Herren,

in der Nachlasssache Ihres Versicherungsnehmers, Herrn Bernhard Aumüller,
beantragen wir beim Nachlassgericht Regensburg einen Erbschein auf Grundlage
des handschriftlichen Testaments des Vaters vom 11.04.2019. Die Schwester
unseres Mandanten beruft sich auf ein späteres notarielles Testament.

Der Nachlasswert beträgt nach dem Nachlassverzeichnis rund 410.000 EUR
(Hausgrundstück Kumpfmühl ca. 355.000 EUR, Bankguthaben ca. 55.000 EUR).

Wir fordern gem. § 9 RVG folgenden Vorschuss an:

  1,3 Verfahrensgebühr Nr. 3100 VV RVG aus 410.000 EUR
  - begrenzt nach Deckungszusage auf Wert 50.000 EUR      1.159,60 EUR
  Auslagenpauschale Nr. 7002 VV RVG                        20,00 EUR
  19 % USt                                                224,08 EUR
  Summe                                                 1.403,68 EUR

Mit freundlichen Grüßen
Philipp Gerlach
Rechtsanwalt, Fachanwalt für Erbrecht
Gerlach Erbrecht Rechtsanwälte, Dr.-Martin-Luther-Str. 9, 93047 Regensburg
""")


def m018():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-court",
        reason="pension-splitting information on a named person's private pension/life policy with birth date and values",
        frm="Versorgungsausgleich Leben <va-auskunft@lindauer-versicherung.example>",
        to="Amtsgericht Göttingen - Familiengericht <poststelle@ag-goettingen.justiz.example>",
        subject="12 F 344/24 - Plessow ./. Plessow - Auskunft zum Versorgungsausgleich (vorab per E-Mail)",
        date="2025-04-15 13:40",
        body="""Sehr geehrte Damen und Herren,

in der Familiensache 12 F 344/24 übersenden wir vorab per E-Mail unsere
Auskunft nach § 220 FamFG zum Anrecht des Antragsgegners aus der privaten
Rentenversicherung bei der Lindauer Lebensversicherung AG. Das Original mit
dem Vorschlag zur internen Teilung und der Teilungsordnung folgt auf dem
Postweg.

Mit freundlichen Grüßen
i. A. Corinna Hablitzel
Lindauer Lebensversicherung AG
Bereich Versorgungsausgleich
""",
        atts=[PDF("Auskunft_VA_12F344-24.pdf", [
            "Lindauer Lebensversicherung AG - Auskunft zum Versorgungsausgleich",
            "Amtsgericht Göttingen, Az. 12 F 344/24",
            "",
            "Versicherte Person / Antragsgegner: Oliver Plessow, geb. 23.09.1979",
            "Vertrag: LV 8802 417 316, private Rentenversicherung mit aufgeschobener Rente,",
            "Beginn 01.10.2008, Rentenbeginn 01.10.2044, Beitrag 150,00 EUR monatlich",
            "",
            "Ehezeit: 01.05.2012 bis 31.12.2024 (Zustellung des Scheidungsantrags 08.01.2025)",
            "Ehezeitanteil (Deckungskapital): 27.418,56 EUR",
            "Teilungskosten (2 %, max. 500 EUR): 500,00 EUR",
            "Ausgleichswert: 13.459,28 EUR",
            "Korrespondierender Kapitalwert: 13.459,28 EUR",
            "",
            "Vorschlag: interne Teilung nach § 10 VersAusglG. Für die ausgleichsberechtigte Person",
            "Frau Nicole Plessow, geb. 02.02.1982, wird ein eigenständiger Vertrag begründet.",
            "Die Berufsunfähigkeits-Zusatzversicherung ist nicht Gegenstand des Ausgleichs.",
        ])])


def m019():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: quarterly claim counts by area (divorce, dismissal, mobbing), aggregates only",
        frm="Felix Dornbusch <f.dornbusch@lindauer-versicherung.example>",
        to="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        cc="Team Leitungen RS <rs-leitungen@lindauer-versicherung.example>",
        subject="Schadenstatistik RS Q3/2024 nach Rechtsgebieten",
        date="2024-10-14 07:55",
        body="""Hallo Miriam,

anbei die Q3-Zahlen als CSV für die Vorstandsvorlage. Auffällig:
Arbeitsrecht +14 % ggü. Vorjahresquartal, getrieben durch betriebsbedingte
Kündigungen in der Automobilzulieferung (Region Stuttgart/Heilbronn).
Mobbing/AGG-Fälle bleiben mit 1,8 % der Meldungen klein, aber teuer.
Zellen < 5 habe ich zusammengefasst.

Felix
""",
        atts=[CSV("RS_Statistik_Q3_2024.csv", """Rechtsgebiet;Meldungen Q3/2024;Meldungen Q3/2023;Deckung erteilt;Ablehnungsquote;Ø Aufwand EUR
Arbeitsrecht - Kündigung;1.284;1.102;1.141;11,1 %;2.386
Arbeitsrecht - Abmahnung/Zeugnis;611;588;560;8,3 %;612
Arbeitsrecht - Entgelt/Entgeltfortzahlung;402;377;371;7,7 %;1.144
Arbeitsrecht - Mobbing/AGG;58;49;31;46,6 %;3.905
Familienrecht - Beratung Scheidung/Trennung;947;921;930;1,8 %;231
Familienrecht - Unterhalt (Familie Plus);73;61;66;9,6 %;1.870
Familienrecht - Sorge/Umgang (Beratung);212;198;209;1,4 %;224
Erbrecht - Beratung;508;472;501;1,4 %;238
Erbrecht - Erbrecht Plus;41;34;37;9,8 %;2.655
Sonstige (zusammengefasst, Zellen < 5);9;12;6;33,3 %;-
""", enc="windows-1252", ctype="application/vnd.ms-excel")])


def m020():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-broker",
        reason="status of a named client's warning claim for a broker, with policy and claim number",
        frm="Marco Petrović <m.petrovic@lindauer-versicherung.example>",
        to="Rüdiger Hamann <hamann@hamann-makler.example>",
        subject="AW: Kundin Frau Tessmer - Stand Abmahnung?",
        date="2025-02-18 11:02",
        flowed=True, cte="8bit",
        body="""Hallo Herr Hamann,

kurzer Stand zu Ihrer Kundin Frau Jana Tessmer (RS 4471 201 119):

- Schaden RS-25-103907 ist angelegt, Meldung vom 10.02.
- Deckung für die außergerichtliche Tätigkeit (Entfernung der Abmahnung
  wegen Verstoß gegen die Dienstwagenrichtlinie) wurde am 12.02. an
  Kanzlei Kaya & Partner erteilt.
- Selbstbeteiligung 150 EUR, Frau Tessmer ist informiert.
- Die Kanzlei hat die Arbeitgeberin mit Frist 28.02. angeschrieben.

Mehr kann ich Ihnen ohne Vollmacht der Kundin zum Inhalt leider nicht
sagen, aber das reicht ja vermutlich für Ihr Gespräch morgen.

Beste Grüße
Marco Petrović
Maklerbetreuung Süd | Lindauer Versicherung AG
Tel. 08382 7704-1560 | mobil 0171 5530 8841

> Hallo Herr Petrović, meine Kundin Frau Tessmer fragt, ob die Sache mit
> der Abmahnung durch ist. Können Sie kurz nachsehen? Gruß R. Hamann
""")


# ---------------------------------------------------------------- mails 021-040


def m021():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="customer",
        reason="insured's disability (GdB 50, MS diagnosis) and rejected job application forwarded to a lawyer",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="RAin Selin Kaya <s.kaya@kaya-partner.example>",
        subject="FW: Rejected application - discrimination? | RS-25-108115 Mr Okafor",
        date="2025-03-14 09:31",
        body="""Dear Ms Kaya,

as discussed on the phone, I am forwarding Mr Okafor's e-mail. He has agreed
that we pass it on to you. Cover for an out-of-court claim under § 15 AGG
is confirmed (claim no. RS-25-108115, policy RS 4471 318 204, deductible
EUR 150). Please note the two-month deadline for the written claim, which
ends on 2 May 2025.

""" + SIG_DEM + """

-----Original Message-----
From: Chinedu Okafor <c.okafor@mailbox.example>
Sent: Wednesday, March 12, 2025 8:14 PM
To: service-international@lindauer-versicherung.example
Subject: Rejected application - discrimination?

Hello,

I have legal expenses insurance with you (RS 4471 318 204). I applied for
the position of Senior Data Engineer at Verdana Mobility SE in Stuttgart.
In my cover letter I mentioned that I have a recognised severe disability
(GdB 50) because of multiple sclerosis, diagnosed in 2019, which is stable
on medication (ocrelizumab infusions every six months).

The first interview went very well. In the second interview the HR manager
asked how often I would be "out sick" and whether the infusions could be
done during holidays. Two days later I got a rejection. The company did not
invite the representative for severely disabled employees and as far as I
know did not inform the employment agency about the vacancy.

Can I do something about this? Does my insurance pay for a lawyer?

Thank you,
Chinedu Okafor
Stuttgart
""")


def m022():
    return dict(
        label="NORMAL", lang="de", kind="newsletter",
        reason="trap: product newsletter on family legal expenses cover (divorce, custody, inheritance), no person",
        frm="Lindauer Versicherung <newsletter@lindauer-versicherung.example>",
        to="kundennewsletter@lindauer-versicherung.example",
        subject="Wenn aus \"wir\" wieder \"ich\" wird: Rechtsschutz bei Trennung, Sorgerecht und Erbe",
        date="2025-02-20 18:00",
        html="""<html><head><meta charset="utf-8"></head>
<body style="margin:0;font-family:Georgia,serif;background:#f3f1ec">
<div style="max-width:620px;margin:auto;background:#fff;padding:24px">
<p style="font-size:12px;color:#888">Kundenmagazin "Recht im Alltag" &middot; Februar 2025</p>
<h1 style="color:#00426b">Trennung, Scheidung, Sorgerecht: Was Ihre Rechtsschutzversicherung leistet</h1>
<p>Jede dritte Ehe in Deutschland wird geschieden. Neben den persönlichen Belastungen stellen sich schnell
rechtliche Fragen: Wer bleibt in der Wohnung? Wie wird der Unterhalt berechnet? Was passiert mit den
Rentenanwartschaften im Versorgungsausgleich?</p>
<h2>Beratung inklusive</h2>
<p>Mit dem Baustein <b>Beratungs-Rechtsschutz Familie und Erbe</b> zahlen wir Ihre anwaltliche
Erstberatung &ndash; auch wenn es "nur" um ein Testament oder eine Sorgerechtsfrage geht.</p>
<h2>Mediation statt Rosenkrieg</h2>
<p>Unsere Partner-Mediatorinnen und -Mediatoren helfen Paaren, sich fair zu einigen. Die Kosten übernehmen
wir bis 2.000 Euro je Fall.</p>
<h2>Neu: Familie Plus</h2>
<p>Für Unterhaltsverfahren und Streit ums Erbe gibt es jetzt den Zusatzbaustein <b>Familie Plus</b>
ab 4,90 Euro im Monat &ndash; nach drei Monaten Wartezeit.</p>
<p><a href="https://www.lindauer-versicherung.example/rechtsschutz/familie" style="background:#00426b;color:#fff;padding:8px 14px;text-decoration:none">Jetzt informieren</a></p>
<hr>
<p style="font-size:11px;color:#888">Lindauer Versicherung AG, Kemptener Straße 140, 88131 Lindau.
Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.lindauer-versicherung.example/newsletter/abmelden">Abmelden</a></p>
</div></body></html>""")


def m023():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="attachment-only: policy supplement listing co-insured spouse and children with birth dates",
        frm="Vertragsservice Rechtsschutz <vertrag-rs@lindauer-versicherung.example>",
        to="Familie Ahrendt <ahrendt.familie@web.example>",
        subject="Ihr Nachtrag zum Rechtsschutzvertrag",
        date="2025-03-03 06:12",
        body="""Guten Tag,

anbei erhalten Sie Ihren aktuellen Nachtrag. Bitte bewahren Sie ihn zusammen
mit Ihrem Versicherungsschein auf.

Freundliche Grüße
Ihre Lindauer Versicherung

Dies ist eine automatisch erzeugte Nachricht. Antworten an diese Adresse
werden nicht gelesen. Fragen? 08382 7704-0 oder www.lindauer-versicherung.example/kontakt
""",
        atts=[PDF("Nachtrag_RS4471062918_2025-03-01.pdf", [
            "Lindauer Versicherung AG - Nachtrag Nr. 3 zum Versicherungsschein RS 4471 062 918",
            "Versicherungsnehmer: Thomas Ahrendt, geb. 14.06.1983, Lerchenweg 12, 31785 Hameln",
            "Gültig ab 01.03.2025, Hauptfälligkeit 01.03.",
            "",
            "Änderung: Einschluss Baustein Familie Plus (Unterhalt, Erbrecht Plus) ab 01.03.2025,",
            "Wartezeit 3 Monate. Wechsel Privat Komfort -> Privat Premium.",
            "",
            "Mitversicherte Personen:",
            "- Ehepartnerin Carolin Ahrendt geb. Wiegmann, geb. 30.11.1985",
            "- Kind Mats Ahrendt, geb. 08.02.2014",
            "- Kind Frieda Ahrendt, geb. 19.07.2017",
            "",
            "Beitrag neu: 38,70 EUR monatlich (bisher 31,20 EUR), Selbstbeteiligung 150 EUR",
            "Zahlweise: SEPA-Lastschrift, Mandatsreferenz LV-RS-4471062918-01",
            "Konto: IBAN DE94 2005 0550 7447 6049 90",
        ])])


def m024():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
        reason="AGG claim over a headscarf ban: named insured's religion (Muslim faith) stated",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="Kanzlei Brandt & Yilmaz <kanzlei@brandt-yilmaz.example>",
        subject="Ihr Zeichen 25/0241 DY - Entschädigung § 15 AGG, Frau Hadžić | RS-25-105512",
        date="2025-02-21 13:17",
        body="""Sehr geehrte Frau Kollegin Yilmaz,

danke für die Unterlagen. Ihre Mandantin, Frau Amra Hadžić, ist als
Zahnmedizinische Fachangestellte in der Praxisgemeinschaft Dres. Vollrath
beschäftigt. Nach Ihrer Darstellung trägt sie aus religiöser Überzeugung als
praktizierende Muslimin seit Januar ein Kopftuch; die Arbeitgeberin hat ihr
daraufhin untersagt, am Empfang zu arbeiten, und sie in die Sterilisation
versetzt, mit Hinweis auf "Neutralität gegenüber Patienten".

Wir erteilen Deckung für die außergerichtliche Geltendmachung einer
Entschädigung nach § 15 Abs. 2 AGG (drei Bruttomonatsgehälter à 2.640 EUR)
sowie für die Klage auf vertragsgemäße Beschäftigung am Empfang.

Die Frist des § 15 Abs. 4 AGG läuft nach Ihrer Berechnung am 14.03.2025 ab -
bitte denken Sie an die rechtzeitige schriftliche Geltendmachung.

""" + SIG_WEI + "\n")


def m025():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: internal Q&A on waiting periods for dismissal and divorce claims, general rules only",
        frm="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        to="RS-Leistung alle <rs-leistung-team@lindauer-versicherung.example>",
        subject="FAQ Wartezeit - Klarstellung nach Teamrunde",
        date="2025-01-16 16:40",
        body="""Liebe Kolleginnen und Kollegen,

in der Teamrunde kamen mehrere Fragen zur Wartezeit. Hier die verbindliche
Linie, bitte so anwenden:

1. Arbeits-Rechtsschutz: 3 Monate Wartezeit (§ 4 Abs. 1 c ARB). Maßgeblich ist
   der Zeitpunkt des Verstoßes, nicht der Zugang der Kündigung. Bei einer
   Kündigung ist der Verstoß in der Regel die Kündigungserklärung selbst; hat
   der Arbeitgeber die Kündigung aber schon vorher angedroht ("wenn Sie nicht
   den Aufhebungsvertrag unterschreiben ..."), kann der Verstoß früher liegen.
   Im Zweifel: Rücksprache mit mir.

2. Beratungs-Rechtsschutz Familie/Erbe: keine Wartezeit, aber das Ereignis, das
   die Beratung auslöst (z. B. Trennung, Tod des Erblassers), muss nach
   Vertragsbeginn eingetreten sein.

3. Familie Plus (Unterhalt, Erbrecht Plus): 3 Monate. Beim Unterhalt ist auf
   die erste Zahlungsaufforderung bzw. Herabsetzungsverlangen abzustellen.

4. Vorvertrag: Bei nahtlosem Wechsel von einem anderen Rechtsschutzversicherer
   entfällt die Wartezeit, soweit Deckungsgleichheit besteht. Bitte
   Vorversicherungsnachweis anfordern.

Beispiele aus der Akte bitte nicht in Teams-Chats posten, sondern im
Fachforum nur anonymisiert.

Danke und viele Grüße
Miriam
""")


def m026():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="internal",
        reason="labour-court cost invoice for a named insured forwarded to accounts with file and claim number",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="Buchhaltung Leistung <buchhaltung-leistung@lindauer-versicherung.example>",
        subject="Gerichtskostenrechnung ArbG Heilbronn 4 Ca 318/24 - Zahlung bis 02.04.",
        date="2025-03-19 10:26",
        body="""Hallo zusammen,

bitte die beigefügte Gerichtskostenrechnung direkt an die Landesoberkasse
zahlen (Kassenzeichen beachten!):

  Verfahren:      Arbeitsgericht Heilbronn, 4 Ca 318/24
                  Wenzlaff ./. Brückner Antriebstechnik GmbH
  VN:             Marcel Wenzlaff, Vertrag RS 4471 215 003
  Schaden-Nr.:    RS-24-176650
  Kassenzeichen:  7203 2025 0418 6621
  Betrag:         486,00 EUR (2,0 Gebühr nach Wert 11.400 EUR, kein Vergleich)
  Empfänger:      Landesoberkasse Baden-Württemberg, IBAN DE11 3605 0105 4918 7402 97
  fällig:         02.04.2025

Das Verfahren endete durch Urteil, deshalb keine Gebührenprivilegierung.

Danke!
Jonas Weidenfeller
""")


def m027():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
        reason="insured states trade-union membership (IG BCE) in the subsidiarity check for a dismissal case",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="RA Torsten Brandt <kanzlei@brandt-yilmaz.example>",
        subject="WG: AW: Kündigung Herr Grabowski - Gewerkschaftsrechtsschutz | RS-25-106981",
        date="2025-03-03 15:48",
        body="""Sehr geehrter Herr Brandt,

zur Info die Antwort Ihres Mandanten auf unsere Frage zur Subsidiarität.
Da die Gewerkschaft den Rechtsschutz schriftlich abgelehnt hat, ist unsere
Leistungspflicht nicht nachrangig. Deckung für die Kündigungsschutzklage
ist damit erteilt.

Gruß
Jonas Weidenfeller

-----Ursprüngliche Nachricht-----
Von: Piotr Grabowski <p.grabowski@t-online.example>
Gesendet: Freitag, 28. Februar 2025 21:06
An: Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>
Betreff: AW: Kündigung Herr Grabowski - Gewerkschaftsrechtsschutz

Sehr geehrter Herr Weidenfeller,

ja, ich bin seit 2011 Mitglied der IG BCE und war bis letztes Jahr auch
Vertrauensmann im Werk. Die DGB Rechtsschutz GmbH hat mir aber geschrieben,
dass sie meinen Fall nicht übernimmt, weil ich mit den Beiträgen im Rückstand
war (ich hatte das Konto gewechselt und die Lastschrift ist geplatzt). Das
Schreiben hänge ich Ihnen als Foto an. Ich bin jetzt wieder zahlendes Mitglied.

Ich glaube ja, dass die Kündigung auch was damit zu tun hat, dass ich bei der
Betriebsratswahl kandidiert habe.

Mit freundlichen Grüßen
Piotr Grabowski

> Sehr geehrter Herr Grabowski,
> bitte teilen Sie uns mit, ob Sie Mitglied einer Gewerkschaft sind und ob
> Ihnen von dort Rechtsschutz gewährt wird (§ 3 Abs. 5 ARB, Subsidiarität).
""")


def m028():
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: anonymised training case (policyholder A, burnout, severance) without identifying data",
        frm="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        to="Group Legal Expenses Claims Academy <claims-academy@lindauer-group.example>",
        subject="Case study for the 3 June session: employment claim with settlement",
        date="2025-05-20 12:10",
        body="""Dear colleagues,

as promised, here is the German case study for the 3 June session. All data
are anonymised; dates, places and amounts have been changed.

Policyholder A, a sales manager in a mid-sized company, is dismissed for
operational reasons after 11 years of service. A has been on sick leave for
some weeks before the dismissal (burnout is mentioned in the file, but the
diagnosis plays no role for cover). A's lawyer files a claim for unfair
dismissal and requests cover; value in dispute = three monthly salaries.

At the first hearing (Gütetermin) the parties agree on a settlement:
- employment ends at the end of the notice period,
- severance of 0.75 monthly salaries per year of service,
- good reference (grade "very good"),
- release from work with pay.

Questions for the group:
1. Which fees do we cover for the settlement (Einigungsgebühr, Mehrwert for
   the reference and the release from work)?
2. The settlement says "each party bears its own costs". Does § 5 (3) b ARB
   (cost ratio) limit our payment?
3. A asks whether we also pay for a tax adviser for the severance. Cover?

Please bring your answers for your own market (AT, CZ, DE). 45 minutes.

Best
Miriam Saalfeld
""")


def m029():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-lawyer",
        reason="English solicitor told a named insured's policy, claim number and inheritance cover limit",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Fiona Hartley <f.hartley@hartleymoss.example>",
        subject="RE: Mrs Eleanor Brandauer - estate of the late Mr Walter Brandauer - cover",
        date="2025-04-03 14:55",
        reply="hm.0402.brandauer",
        body="""Dear Ms Hartley,

thank you for your e-mail of 2 April. I can confirm that Mrs Eleanor
Brandauer, 4 Kingsley Mews, Bath, holds policy RS 4471 300 812 with us
(Private Premium incl. "Familie Plus", since 2018).

The policy covers disputes under inheritance law ("Erbrecht Plus") up to
EUR 25,000 per case, worldwide for advice and within the EU/EEA and the UK
for proceedings. The claim against her stepson concerning the compulsory
portion (Pflichtteil) from the estate of her late husband is therefore
covered, subject to the usual assessment of prospects.

Claim number: RS-25-109940. Deductible: EUR 250.

We accept English-law fees at the hourly rates agreed in your engagement
letter, capped at the German statutory fees (RVG) that a lawyer at the
place of the competent court would charge. Please send a cost estimate
before you issue proceedings.

""" + SIG_DEM + """

> Dear Sirs,
> we act for Mrs Eleanor Brandauer in connection with the estate of her late
> husband, who died in Munich on 17 November 2024. We understand she holds
> legal expenses insurance with you. Could you please confirm cover?
> Kind regards, Fiona Hartley, Partner, Hartley & Moss LLP
""")


def m030():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: IT ticket about the claims-system category 'Mobbing/Diskriminierung', no case data",
        frm="IT-Servicedesk <servicedesk@lindauer-versicherung.example>",
        to="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        subject="[INC-2025-044718] Kategorie \"Mobbing/Diskriminierung\" in RS-Leistung nicht auswählbar",
        date="2025-02-07 10:03",
        body="""Ticket INC-2025-044718
Status: In Bearbeitung
Priorität: 3 - mittel
Anwendung: LEON RS-Leistung 7.4 (Produktion)
Zugewiesen an: Anwendungsbetreuung Schaden

Beschreibung (von Ihnen erfasst am 06.02.2025 17:12):
Seit dem Release am Wochenende ist im Schadenanlage-Dialog unter
Rechtsgebiet "Arbeitsrecht" die Unterkategorie "Mobbing/Diskriminierung (AGG)"
ausgegraut. Neue Fälle landen deshalb unter "Sonstiges". Bitte Kategorie wieder
aktivieren; außerdem Umbenennung in "Mobbing / AGG-Benachteiligung" gewünscht.

Notiz Anwendungsbetreuung (07.02.2025 09:58):
Ursache gefunden: Die Kategorie war in der Wertetabelle LT_RSGEB_UKAT mit
gültig-bis 31.01.2025 versehen (Altlast aus der Tarifmigration). Fix ist im
Test, Transport in Produktion heute 16:00. Die Umbenennung erfolgt mit dem
nächsten Release (KW 10). Die unter "Sonstiges" angelegten Fälle können über
den Sammelbericht SB-114 identifiziert und umgeschlüsselt werden.

Sie können auf diese Mail antworten, um das Ticket zu ergänzen.
IT-Servicedesk | Tel. -4444 | https://itsm.lindauer-versicherung.example
""")


# ---------------------------------------------------------------- mails 031-045


def m031():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="premium-arrears reminder to a named insured with policy number, amounts and loss of cover warning",
        frm="Beitragsinkasso <inkasso@lindauer-versicherung.example>",
        to="Sascha Bienert <sascha.bienert@gmx.example>",
        subject="Zahlungserinnerung - Ihr Rechtsschutzvertrag RS 4471 190 554",
        date="2025-04-07 05:40",
        charset="iso-8859-1", cte="quoted-printable",
        body="""Sehr geehrter Herr Bienert,

leider konnten wir den Beitrag für Ihren Rechtsschutzvertrag nicht abbuchen.
Ihre Bank hat die Lastschrift vom 01.03.2025 mit dem Vermerk "Konto
erloschen" zurückgegeben.

  Vertrag:              RS 4471 190 554 (Privat-, Berufs- und Verkehrs-RS)
  offener Beitrag:      29,40 EUR (März 2025)
  Rücklastschriftgebühr: 3,50 EUR
  Gesamt:               32,90 EUR

Bitte überweisen Sie den Betrag bis zum 21.04.2025 auf unser Konto bei der
Sparkasse Memmingen-Lindau-Mindelheim, IBAN DE61 7015 0000 6852 8238 37,
Verwendungszweck "RS 4471 190 554".

Wichtig: Ist ein Folgebeitrag nicht rechtzeitig gezahlt, sind wir bei einem
Versicherungsfall nach Ablauf der Zahlungsfrist leistungsfrei (§ 38 VVG).
Das gilt auch für Ihre laufende Angelegenheit (Kündigung Ihres
Arbeitsverhältnisses, Schaden-Nr. RS-25-104988).

Haben Sie ein neues Konto? Dann senden Sie uns einfach ein neues
SEPA-Mandat über das Kundenportal.

Mit freundlichen Grüßen
Ihre Lindauer Versicherung AG
Beitragsinkasso
""")


def m032():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="lawyer",
        reason="testamentary-capacity dispute: deceased's Alzheimer dementia, MMSE scores and care level quoted",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        subject="Erbrecht Plus - Testierfähigkeit Nachlass Fenske - Deckung Gutachten? (RS-25-103370)",
        date="2025-02-25 17:22",
        body="""Hallo Miriam,

hier ein Fall für die Grundsatzfrage "Privatgutachten zur Testierfähigkeit":
Kanzlei Gerlach möchte vor Klageerhebung ein psychiatrisches Privatgutachten
(ca. 3.500 EUR) einholen. Nach ARB eigentlich nicht gedeckt (§ 5 Abs. 1 f ARB
nur gerichtlich bestellte Sachverständige). Ich würde ablehnen, wollte aber
deine Meinung. Auszug aus dem Anwaltsschreiben unten.

Katrin

--- Auszug Schreiben RA Gerlach vom 21.02.2025 ---

Unsere Mandantin, Ihre VN Frau Gudrun Fenske, ist nach dem Testament vom
03.05.2016 Alleinerbin ihrer am 09.12.2024 verstorbenen Mutter, Frau Hildegard
Fenske. Der Bruder unserer Mandantin legt ein notarielles Testament vom
22.08.2023 vor, das ihn zum Alleinerben einsetzt.

Die Erblasserin litt nach den Unterlagen der Hausärztin Dr. Scholl seit 2021
an einer Alzheimer-Demenz (G30.1, F00.1). Im Juni 2023 lag der MMST-Wert bei
16 von 30 Punkten, im Januar 2024 bei 11 Punkten. Seit März 2023 war Pflegegrad 3
anerkannt; die Erblasserin lebte ab Oktober 2023 im Pflegeheim St. Anna,
Regensburg, und erhielt Risperidon gegen nächtliche Unruhe.

Wir halten die Erblasserin am 22.08.2023 für testierunfähig (§ 2229 Abs. 4 BGB)
und beabsichtigen Feststellungsklage. Zur Substantiierung benötigen wir ein
Privatgutachten eines Facharztes für Psychiatrie auf Aktenlage.
""")


def m033():
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: job advert for an employment/family-law counsel mentioning sick leave, divorce, discrimination",
        frm="Talent Acquisition <jobs@lindauer-versicherung.example>",
        to="Group HR Partners <hr-partners@lindauer-group.example>",
        subject="Please share: Legal Counsel Legal Expenses Claims (m/f/d) - Lindau or remote",
        date="2025-03-25 09:30",
        body="""Hi all,

please share the following vacancy in your networks and on LinkedIn.

------------------------------------------------------------------
Legal Counsel Legal Expenses Claims - Employment & Family Law (m/f/d)
Lindauer Versicherung AG | Lindau (Lake Constance) or 80 % remote
------------------------------------------------------------------

Your role
- You decide on cover for employment disputes (dismissals, warnings,
  continued pay during sick leave, discrimination and mobbing claims) and
  family and inheritance matters (divorce advice, maintenance, compulsory
  portion).
- You advise our customers' lawyers and our partner network in English and
  German, including cross-border cases.
- You handle complaints and Ombudsman proceedings.

Your profile
- Second state exam (Volljurist/in) or LL.M. with German law background
- Two years of experience in employment or family law
- Fluent German and English; any further language is a plus

What we offer
- 38-hour week, 30 days' leave, company pension, job bike
- Salary band E10-E11 (collective agreement for private insurance,
  approx. EUR 72,000 - 84,000 p.a.)

Apply by 30 April 2025 via https://karriere.lindauer-versicherung.example/job/2025-117

Thanks!
Talent Acquisition Team
""")


def m034():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="child-maintenance cover for a named insured with net income and maintenance figures",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Marcus Delaney <m.delaney@outlook.example>",
        subject="Child maintenance proceedings - cover under \"Familie Plus\" | RS-25-110204",
        date="2025-04-22 11:47",
        body="""Dear Mr Delaney,

we have reviewed the application your former partner filed at the Family
Court Frankfurt (Amtsgericht Frankfurt am Main, 456 F 1207/25 UK) and the
letter from your lawyer, Mr Ansgar Pohl.

Your policy RS 4471 322 007 includes the module "Familie Plus" since
1 September 2024, so the three-month waiting period has passed. We confirm
cover for your defence in the maintenance proceedings for your two children.

For the value of the proceedings we have noted:
- maintenance demanded: EUR 1,122 per month for both children
  (income bracket 7 of the Düsseldorf Table),
- your net income according to your payslips: EUR 5,870 per month;
  your lawyer argues for bracket 5 because of your debts for the flat in
  Bad Homburg,
- arrears claimed since November 2024: EUR 3,810.

Value = 12 x 1,122 + 3,810 = EUR 17,274 (section 51 FamGKG).

Your deductible is EUR 150. We will settle your lawyer's invoices directly.

""" + SIG_DEM + "\n")


def m035():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
        reason="contact-arrangement advice request quoting a named child's ADHD diagnosis, medication and psychiatrist",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Kerstin Wollny <kerstin.wollny@web.example>",
        subject="AW: Umgangsregelung - brauche dringend Beratung",
        date="2025-03-27 08:58",
        body="""Liebe Frau Wollny,

ich habe Ihre Beratung unter der Schaden-Nr. RS-25-108822 angelegt. Die
Erstberatung bei einer Fachanwältin für Familienrecht Ihrer Wahl ist
versichert, wir übernehmen bis 500 EUR. Eine Liste von Kanzleien in Ihrer
Nähe (Kassel) finden Sie im Kundenportal, oder Sie rufen unsere
Anwaltshotline an.

Herzliche Grüße
Katrin Oberhauser
Rechtsschutz-Leistung, Team Familie

Von: Kerstin Wollny <kerstin.wollny@web.example>
Gesendet: Mittwoch, 26. März 2025 23:37
An: rs-familie@lindauer-versicherung.example
Betreff: Umgangsregelung - brauche dringend Beratung

Hallo,

mein Ex-Mann will, dass unser Sohn Jonte (9) jedes zweite Wochenende und die
halben Ferien bei ihm ist. Jonte hat ADHS, ist bei Dr. Meschede (Kinder- und
Jugendpsychiater) in Behandlung und bekommt Medikinet 20 mg. Bei seinem Vater
werden die Tabletten am Wochenende nie gegeben, danach ist er die ganze Woche
durch den Wind und die Schule hat schon zweimal angerufen. Außerdem hat er
seit den Besuchen wieder angefangen einzunässen.

Kann ich verlangen, dass die Wochenenden kürzer werden oder dass das
Jugendamt eingeschaltet wird? Zahlt meine Rechtsschutz (Vertrag RS 4471 249 133)
dafür einen Anwalt?

Danke und Gruß
Kerstin Wollny
""")


def m036():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-lawyer",
        reason="out-of-office reply, no content",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Fiona Hartley <f.hartley@hartleymoss.example>",
        subject="Automatic reply: RE: Brandauer - cost estimate",
        date="2025-04-18 07:02",
        hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        body="""Thank you for your message. I am out of the office until Tuesday,
22 April 2025, with limited access to e-mail.

For urgent matters please contact our International Service Desk at
service-international@lindauer-versicherung.example or +49 8382 7704-2370.

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22.04.2025 nicht
im Büro. In dringenden Fällen wenden Sie sich bitte an
service-international@lindauer-versicherung.example.

Aylin Demirel
""")


def m037():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="coverage refusal for a named insured's dismissal because of the waiting period, with dates and policy",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="Lisa-Marie Donath <lm.donath@gmail.example>",
        subject="Ihre Kündigung - Entscheidung zum Versicherungsschutz (RS-25-105030)",
        date="2025-02-19 14:10",
        body="""Sehr geehrte Frau Donath,

wir haben Ihre Anfrage zur Kündigung durch die Bäckerei Kirchgässner GmbH & Co. KG
sorgfältig geprüft. Leider können wir Ihnen für diese Angelegenheit keinen
Versicherungsschutz gewähren.

Begründung:
Ihr Vertrag RS 4471 330 416 (Berufs-Rechtsschutz für Arbeitnehmer) begann am
01.12.2024. Für Streitigkeiten aus Arbeitsverhältnissen gilt eine Wartezeit
von drei Monaten (§ 4 Abs. 1 c ARB 2021). Die Kündigung ist Ihnen am 30.01.2025
zugegangen; der Rechtsschutzfall liegt damit innerhalb der Wartezeit, die am
28.02.2025 endet. Einen Vorvertrag bei einem anderen Versicherer haben Sie
nicht angegeben.

Wir wissen, dass diese Nachricht nicht die ist, auf die Sie gehofft haben.
Bitte beachten Sie die Klagefrist von drei Wochen ab Zugang der Kündigung
(§ 4 KSchG). Kostenlose Beratung bieten u. a. die Rechtsantragstelle des
Arbeitsgerichts Chemnitz und die Gewerkschaften.

Sind Sie mit unserer Entscheidung nicht einverstanden, können Sie den
Stichentscheid eines Rechtsanwalts beantragen oder sich an den
Versicherungsombudsmann wenden.

""" + SIG_WEI + "\n")


def m038():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
        reason="attachment-only: payslip with tax ID, salary and church-tax code (religion) for a wage claim",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="RAin Selin Kaya <s.kaya@kaya-partner.example>",
        subject="WG: Lohnabrechnung Januar - Herr Ostendorf (RS-25-104702)",
        date="2025-02-12 12:05",
        body="""Frau Kaya,

anbei die Abrechnung, die Herr Ostendorf uns statt Ihnen geschickt hat.
Für die Überstundenklage.

Gruß J. Weidenfeller

> Anbei die Lohnabrechnung wie besprochen. Die Überstunden fehlen wieder.
> Gruß Ostendorf
""",
        atts=[PDF("Entgeltabrechnung_2025-01.pdf", [
            "Hensel Fördertechnik GmbH & Co. KG - Abrechnung der Brutto/Netto-Bezüge Januar 2025",
            "Pers.-Nr. 004117   Herr Frank Ostendorf   Ahornweg 3, 51469 Bergisch Gladbach",
            "Geb.-Datum 06.03.1977   Eintritt 01.04.2009   Kostenstelle 4100 Montage",
            "Steuer-ID 57 318 406 912   StKl 3   Kinderfreibetrag 1,0   Konfession rk",
            "SV-Nr. 53 060377 O 512   KK: AOK Rheinland/Hamburg",
            "",
            "Lohnart                       Menge      Satz      Betrag",
            "1000 Grundlohn               169,00     23,40     3.954,60",
            "1210 Überstunden 25 %          0,00     29,25         0,00",
            "1500 Schichtzulage                                  186,00",
            "Gesamtbrutto                                      4.140,60",
            "Lohnsteuer                                          404,83",
            "Solidaritätszuschlag                                  0,00",
            "Kirchensteuer rk 9 %                                 36,43",
            "KV-Beitrag                                          338,14",
            "RV-Beitrag                                          385,08",
            "AV-Beitrag                                           53,83",
            "PV-Beitrag                                           62,11",
            "Nettobezug                                        2.860,18",
            "Auszahlung auf IBAN DE39 4306 0967 1172 1077 64",
        ])])


def m039():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-customer",
        reason="trap: portal notification 'new secure message', no content",
        frm="Lindauer SecureMail <noreply-portal@lindauer-versicherung.example>",
        to="c.okafor@mailbox.example",
        subject="You have a new secure message in your Lindauer mailbox",
        date="2025-03-17 10:15",
        body="""Hello,

a new message is waiting for you in your secure Lindauer mailbox.

For your protection we do not send the content by e-mail. Please log in at

  https://securemail.lindauer-versicherung.example

to read it. If you have forgotten your password, use "Reset password" and
answer your security question.

This is an automatic notification - please do not reply.

Lindauer Versicherung AG | Kemptener Straße 140 | 88131 Lindau | Germany
""")


def m040():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="customer",
        reason="web-form claim notice about a warning for lateness: named insured, employer, policy number",
        frm="Online-Schadenmeldung <formular@lindauer-versicherung.example>",
        to="Team Arbeitsrecht <rs-arbeitsrecht@lindauer-versicherung.example>",
        subject="[Online-Schadenmeldung] Rechtsschutz Arbeit - Eingang 2025-03-21-0931-7714",
        date="2025-03-21 09:31",
        body="""Neue Schadenmeldung über www.lindauer-versicherung.example/schaden-melden

Vorgang:             2025-03-21-0931-7714
Sparte:              Rechtsschutz
Rechtsgebiet:        Arbeitsrecht - Abmahnung
Versicherungsschein: RS 4471 207 861
Name:                Yannick Sobotta
Anschrift:           Gutenbergstr. 19, 70176 Stuttgart
Telefon:             0176 4421 9057
E-Mail:              yannick.sobotta@gmx.example
Arbeitgeber:         Maurer Gebäudeservice GmbH, Stuttgart
Tätigkeit:           Objektleiter, seit 03/2019
Datum des Ereignisses: 17.03.2025
Gegner anwaltlich vertreten: nein

Schilderung (Freitext):
Ich habe eine Abmahnung bekommen weil ich dreimal zu spät zur Objektbegehung
gekommen sein soll (10 bis 20 Minuten). Zweimal war Stau auf der B14 und einmal
war der Schlüssel beim Hausmeister nicht da, das kann der Hausmeister
bestätigen. Ich will, dass die Abmahnung aus der Akte kommt. Mein Chef sagt
beim nächsten Mal gibt es die Kündigung.

Gewünschter Anwalt: keiner bekannt, bitte Empfehlung
Einwilligung Datenverarbeitung: ja (Version 2024-11)
""")


def m041():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="reply to a named insured about 14 weeks of sick leave for burnout, sickness benefit and reintegration",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Sophie Lindqvist <sophie.lindqvist@proton.example>",
        subject="RE: Employer wants me back before my doctor says I am fit",
        date="2025-05-06 13:36",
        body="""Dear Ms Lindqvist,

I am sorry to hear how difficult the last months have been. I have opened a
claim for you (RS-25-112318) under your employment cover.

To summarise what you told me on the phone and in your e-mail:
- you have been on sick leave since 27 January 2025 because of burnout
  (exhaustion syndrome), certified by your GP and now by your psychiatrist
  Dr. Anselm Röhrig in Leipzig,
- your continued pay ended after six weeks and you receive sickness benefit
  (Krankengeld) from your health insurance fund,
- your employer has asked you to attend a "return-to-work meeting" on
  12 May and wrote that otherwise "further steps" would follow,
- your doctor recommends a gradual return (Hamburg model: 2 - 4 - 6 hours)
  starting in June at the earliest.

You are not obliged to tell your employer your diagnosis. The invitation to
an occupational integration meeting (BEM) is voluntary for you. Whether you
attend, and how, is something an employment lawyer should advise you on.

Your policy covers this advice. Please choose a lawyer and give them our
claim number. Deductible: EUR 150.

""" + SIG_DEM + """

-----Original Message-----
From: Sophie Lindqvist <sophie.lindqvist@proton.example>
Sent: Monday, May 5, 2025 9:02 PM
To: service-international@lindauer-versicherung.example
Subject: Employer wants me back before my doctor says I am fit

Hi, my policy is RS 4471 335 290. I've been off with burnout since January
and I'm on Krankengeld now. My employer sent me a letter today ... (see
phone call). Thanks, Sophie
""")


def m042():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-partner",
        reason="trap: reinsurance bordereau summary of employment/family claims, aggregates without persons",
        frm="Felix Dornbusch <f.dornbusch@lindauer-versicherung.example>",
        to="Northbridge Re Claims <claims@northbridge-re.example>",
        subject="LEI quota share 2024 - claims summary employment & family law (Q4)",
        date="2025-01-31 15:20",
        body="""Dear Ms Farrow,

please find below the Q4 2024 summary for the legal expenses quota share
(treaty LV-LE-QS-2024). Figures in EUR, gross of deductibles.

Area                                  New claims  Paid Q4    Reserve 31/12  Avg. paid
Employment - dismissal                     1,311  2,894,102      6,201,450      2,207
Employment - warning/reference               598    356,540        402,118        596
Employment - pay/continued pay               421    477,018        690,330      1,133
Employment - mobbing/discrimination           61    201,877        488,100      3,309
Family - advice (divorce/custody)          1,154    262,958         41,020        228
Family Plus - maintenance                     79    131,220        215,400      1,661
Inheritance - advice                         531    124,785         18,310        235
Inheritance Plus                              44    102,850        266,700      2,338

Large losses (> EUR 50,000 incurred): 3, all employment (executive
dismissals with settlements). No individual notification is required under
the treaty; the large-loss list will follow with the annual statement.

Please let me know if you need the split by Länder.

Best regards
Felix Dornbusch
Claims Controlling Legal Expenses
Lindauer Versicherung AG
""")


def m043():
    return dict(
        label="CONFIDENTIAL", lang="mixed", kind="customer",
        reason="named insured's termination offer, salary and severance in a German-English exchange",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Rohan Mehta <rohan.mehta@gmail.example>",
        subject="AW: Aufhebungsvertrag / termination offer - what should I do?",
        date="2025-04-10 10:12",
        body="""Hallo Herr Mehta, dear Mr Mehta,

ich antworte auf Deutsch und Englisch, wie gewünscht / I reply in both
languages as requested.

Ihr Vertrag RS 4471 327 551 umfasst Arbeits-Rechtsschutz. Für die Prüfung
des Aufhebungsvertrags übernehmen wir die Anwaltskosten (Schaden-Nr.
RS-25-110010, SB 150 EUR).
Your policy covers an employment lawyer to review the termination agreement.
Please do not sign before the lawyer has looked at it - deadline in the
offer is 17 April.

Viele Grüße / best regards
Aylin Demirel

> Hello, ich habe ein Angebot bekommen von meinem employer, Brightline
> Software GmbH, Düsseldorf. They offer 3 months salary as Abfindung if I
> sign until 17 April. My gross salary is 6.400 EUR per month, I am there
> since 2020. Ist das normal? Is this a good offer or should I wait for
> Kündigung? Mein Deutsch ist nicht perfekt, sorry.
> Thanks, Rohan Mehta (Vertrag RS 4471 327 551)
""")


def m044():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-lawyer",
        reason="dismissal during pregnancy: named insured's pregnancy, due date and maternity protection",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="RAin Selin Kaya <s.kaya@kaya-partner.example>",
        subject="Ms Ferreira - dismissal during pregnancy - cover confirmed | RS-25-109177",
        date="2025-04-01 09:20",
        body="""Dear Ms Kaya,

thank you for taking on Ms Ferreira's case at such short notice.

Facts as provided by Ms Ferreira (policy RS 4471 312 660):
- employed as UX designer at Klarwerk Digital GmbH, Cologne, since 1 March 2024
- dismissed by letter dated 24 March 2025, received 25 March
- she informed her team lead verbally on 20 March that she is pregnant
  (12th week); the doctor's certificate stating the expected date of
  delivery (19 September 2025) was e-mailed to HR on 27 March
- she had a miscarriage in 2024 and her gynaecologist has advised her to
  avoid stress; she is currently working from home

Cover is confirmed for the action for protection against dismissal
(section 17 Maternity Protection Act) before the Labour Court Cologne and
for the claim for continued pay. Value: three gross monthly salaries of
EUR 4,300.

Please make sure the claim is filed within three weeks of 25 March.

""" + SIG_DEM + "\n")


def m045():
    return dict(
        label="NORMAL", lang="de", kind="insurer-to-partner",
        reason="trap: press release on a divorce and inheritance-dispute survey, statistics only",
        frm="Unternehmenskommunikation <presse@lindauer-versicherung.example>",
        to="Presseverteiler Wirtschaft <presseverteiler@lindauer-versicherung.example>",
        subject="Pressemitteilung: Lindauer Rechtsschutz-Report 2025 - Streit ums Erbe nimmt zu",
        date="2025-05-13 10:00",
        body="""PRESSEMITTEILUNG

Lindauer Rechtsschutz-Report 2025: Streit ums Erbe nimmt zu, Scheidungen
werden teurer

Lindau, 13. Mai 2025. Erbstreitigkeiten sind im vergangenen Jahr deutlich
häufiger geworden: Die Zahl der bei der Lindauer Rechtsschutz gemeldeten
Erbrechtsfälle stieg 2024 um 9 Prozent. Das zeigt der heute veröffentlichte
Lindauer Rechtsschutz-Report, für den über 48.000 Schadenfälle aus den
Bereichen Arbeit, Familie und Erbe ausgewertet wurden.

Die wichtigsten Ergebnisse:
- Häufigster Anlass im Erbrecht ist der Pflichtteil (41 %), gefolgt von
  Streit um die Auslegung handschriftlicher Testamente (23 %).
- Eine durchschnittliche Scheidungsberatung kostet inzwischen 231 Euro;
  ein streitiges Unterhaltsverfahren in erster Instanz rund 3.900 Euro.
- Im Arbeitsrecht dominiert weiterhin die Kündigung (53 % der Fälle). Fälle
  von Mobbing und Diskriminierung machen nur 2 % aus, verursachen aber die
  höchsten Durchschnittskosten.
- Jede vierte Kündigungsschutzklage endet mit einem Vergleich im Gütetermin.

"Viele Menschen unterschätzen, wie schnell ein Testament Streit auslösen
kann", sagt Dr. Miriam Saalfeld, Leiterin Rechtsschutz-Leistung. "Eine
anwaltliche Beratung vor dem Erbfall ist deutlich günstiger als ein
Prozess danach."

Der vollständige Report steht unter
www.lindauer-versicherung.example/presse/rechtsschutz-report-2025 zum Download bereit.

Pressekontakt:
Johanna Brettschneider, Unternehmenskommunikation
Tel. 08382 7704-1010, presse@lindauer-versicherung.example
""")


# ---------------------------------------------------------------- mails 046-060


def m046():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="request for documents in a named insured's dismissal case, with salary and employer",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Kevin O'Rourke <kevin.orourke@icloud.example>",
        subject="Your dismissal by Penrose Labs GmbH - documents we need | RS-25-107120",
        date="2025-03-07 08:44",
        body="""Dear Mr O'Rourke,

thank you for notifying us of your dismissal. To decide on cover quickly we
need the following documents (a photo or scan is fine):

  1. the letter of termination dated 28 February 2025,
  2. your employment contract and any amendments (you mentioned the change
     of your bonus scheme in 2023),
  3. your last three payslips - you told us your base salary is
     EUR 9,250 gross per month plus a variable bonus of up to 20 %,
  4. the name of the lawyer you want to instruct.

Please upload them in your secure mailbox or reply to this e-mail.

Important: an action against the dismissal must be filed with the Labour
Court Munich within three weeks after you received the letter, i.e. by
21 March 2025 at the latest. Please contact a lawyer now - you do not have
to wait for our decision.

Policy: RS 4471 305 776 | Claim: RS-25-107120

""" + SIG_DEM + "\n")


def m047():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
        reason="dismissal on suspicion of theft: criminal investigation against the named insured",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="RA Torsten Brandt <kanzlei@brandt-yilmaz.example>",
        subject="Verdachtskündigung Herr Lukić - Deckung arbeitsgerichtlich ja, Strafverteidigung nein | RS-25-104121",
        date="2025-02-10 16:05",
        body="""Sehr geehrter Herr Brandt,

zu Ihrer Anfrage vom 07.02. in Sachen Ihres Mandanten Dragan Lukić:

Die Arbeitgeberin (Elektro-Fachmarkt Paulsen GmbH) wirft Herrn Lukić vor,
zwischen Oktober und Dezember 2024 insgesamt 14 Smartphones aus dem Lager
entwendet und über ein Kleinanzeigenportal verkauft zu haben. Sie hat am
30.01.2025 fristlos, hilfsweise fristgemäß wegen dringenden Tatverdachts
gekündigt und Strafanzeige erstattet; die Staatsanwaltschaft Bielefeld führt
ein Ermittlungsverfahren wegen Diebstahls (Az. 406 Js 2217/25), am 04.02.
fand eine Durchsuchung der Wohnung Ihres Mandanten statt.

1. Für die Kündigungsschutzklage vor dem ArbG Bielefeld besteht Deckung
   (Gegenstandswert 3 x 3.120 EUR).
2. Für die Verteidigung im Ermittlungsverfahren besteht kein
   Versicherungsschutz: Herr Lukić hat den Straf-Rechtsschutz nicht
   eingeschlossen, und bei vorsätzlichen Straftaten bestünde nach § 2 i ARB
   ohnehin nur rückwirkend Deckung bei Freispruch.

Bitte halten Sie uns über den Ausgang des Ermittlungsverfahrens auf dem
Laufenden, da dieser auch für die Erfolgsaussichten der Klage relevant ist.

""" + SIG_WEI + "\n")


def m048():
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: group policy memo on handling Art. 9 GDPR data in legal expenses claims, no person",
        frm="Ulrike Brenneis <datenschutz@lindauer-versicherung.example>",
        to="Group Data Protection Network <dp-network@lindauer-group.example>",
        subject="Guidance note: special-category data in legal expenses claims (health, union, religion)",
        date="2025-01-24 11:11",
        body="""Dear colleagues,

following the discussion in our last network call, here is the short
guidance note for legal expenses claims. Please adapt it to your local law.

1. Why it matters
   Employment and family claims regularly contain special categories of
   personal data (Art. 9 GDPR): sick notes and diagnoses in continued-pay
   cases, disability in discrimination cases, trade-union membership in the
   subsidiarity check, religion in headscarf cases, and data on criminal
   offences (Art. 10) in dismissals on suspicion.

2. Minimisation
   We ask only for what we need to decide on cover. A sick note showing the
   period is usually enough; diagnoses are only needed if the prospects of
   success depend on them. Do not ask for medical reports "just in case".

3. Transport
   Mails to lawyers or customers containing such data must leave encrypted
   (portal or S/MIME). The gateway classifies automatically, but staff
   should use the [streng vertraulich] tag when in doubt.

4. Retention
   Claim files: 10 years after closure, then deletion. Medical documents
   received by mistake are returned or deleted without delay and the
   deletion is noted in the file.

5. Training
   The annual e-learning module "Art. 9 in claims" is mandatory for all
   claims handlers by 30 June.

Kind regards
Ulrike Brenneis
Data Protection Officer, Lindauer Versicherung AG
""")


def m049():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="customer",
        reason="named insured's change of name and address after divorce with maiden name and birth date",
        frm="Henrik Lassen <h.lassen@lindauer-versicherung.example>",
        to="Vertragsservice Rechtsschutz <vertrag-rs@lindauer-versicherung.example>",
        subject="WG: Namensänderung nach Scheidung - RS 4471 071 385",
        date="2025-04-14 10:50",
        body="""Bitte Namen und Anschrift ändern und neuen Versicherungsschein schicken.
Kopie der Namensänderungsbescheinigung liegt im DMS (Posteingang 14.04.).
Ex-Ehemann als mitversicherte Person austragen zum 01.05.

Danke
Henrik

-----Ursprüngliche Nachricht-----
Von: Annette Kuhlmann <annette.kuhlmann@web.example>
Gesendet: Samstag, 12. April 2025 10:21
An: service@lindauer-versicherung.example
Betreff: Namensänderung nach Scheidung

Sehr geehrte Damen und Herren,

meine Ehe ist seit dem 20.02.2025 rechtskräftig geschieden. Ich habe
meinen Geburtsnamen wieder angenommen und heiße jetzt Annette Kuhlmann
(vorher Annette Brosowski, geb. Kuhlmann), geboren am 09.10.1974.

Neue Anschrift ab 01.05.2025: Am Kirchberg 4, 97318 Kitzingen.

Mein früherer Ehemann, Herr Rainer Brosowski, soll bitte nicht mehr
mitversichert sein. Der Vertrag läuft nur noch auf mich. Bitte schicken Sie
mir eine Bestätigung.

Mit freundlichen Grüßen
Annette Kuhlmann
Vertrag RS 4471 071 385
""")


def m050():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-lawyer",
        reason="work accident: named insured's hand injury with ICD code, surgery and incapacity in an employer dispute",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Fiona Hartley <f.hartley@hartleymoss.example>",
        cc="RAin Selin Kaya <s.kaya@kaya-partner.example>",
        subject="Mr Gallagher - accident at work and dispute with employer - German counsel",
        date="2025-05-15 15:25",
        body="""Dear Ms Hartley,

as agreed, we have asked Ms Kaya (Kaya & Partner, Cologne, in copy) to act
for your client in Germany; she will liaise with you directly.

Summary for Ms Kaya:
- Mr Liam Gallagher, policy RS 4471 329 018, works as a technician for
  Rheinkraft Wind Services GmbH.
- On 3 April 2025 he crushed his right hand while securing a rotor blade;
  fracture of the fourth and fifth metacarpal bones (S62.31 R) and a flexor
  tendon injury, operated at BG Klinikum Duisburg on 4 April.
- The statutory accident insurer (BG ETEM) has accepted the accident; he
  is unfit for work until at least mid-June and attends hand therapy.
- The employer now refuses to pay his contractual bonus for 2024 and has
  announced a transfer to office work at a lower pay grade "for health
  reasons".

Cover is confirmed for the out-of-court representation regarding the bonus
(EUR 8,500) and the transfer. Claims for damages for the injury itself are
not part of this mandate (they are barred under section 104 SGB VII).

""" + SIG_DEM + "\n")


def m051():
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: mandatory anti-discrimination (AGG) training announcement for staff, no person",
        frm="Group HR Learning <hr-learning@lindauer-versicherung.example>",
        to="All staff Germany <alle-mitarbeitenden@lindauer-versicherung.example>",
        subject="Mandatory e-learning: Equal treatment & anti-discrimination (AGG) - due 31 July",
        date="2025-06-02 07:45",
        body="""Dear colleagues,

every two years all employees complete the e-learning "Equal treatment at
work" (General Equal Treatment Act, AGG). The new version takes about 35
minutes and covers:

- the six protected characteristics: ethnic origin, gender, religion or
  belief, disability, age, sexual identity
- what counts as harassment and sexual harassment
- your right to complain and where to go (complaints office under § 13 AGG:
  Ms Petra Ruoff, HR, and the works council)
- how managers must react to a complaint

The module is available in German and English on the learning platform
https://learning.lindauer-group.example until 31 July 2025.

Thank you for helping us keep Lindauer a fair place to work.

Group HR Learning
""")


def m052():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-lawyer",
        reason="remittance advice naming insured clients, claim numbers and fee amounts",
        frm="Payments Legal Expenses <zahlungsverkehr@lindauer-versicherung.example>",
        to="Accounts Hartley & Moss <accounts@hartleymoss.example>",
        subject="Remittance advice 2025-05-28 / LV-ZV-0528-0113",
        date="2025-05-28 06:05",
        body="""Remittance advice - Lindauer Versicherung AG, Legal Expenses

Payment date:   28 May 2025
Payment ref.:   LV-ZV-0528-0113
Paid to:        Hartley & Moss LLP, client account
                IBAN GB81 NWBK 6016 1310 5230 27
Total:          EUR 6,812.40

Your invoice   Client               Our claim no.   Amount EUR   Note
HM/24/1180     Eleanor Brandauer    RS-25-109940      4,120.00   interim fees, capped at RVG
HM/25/0217     Liam Gallagher       RS-25-111802      1,692.40   advice fee
HM/25/0231     Priya Raghunathan    RS-25-112047      1,000.00   fixed fee initial advice

Deductibles have been charged to the policyholders directly.

This message was generated automatically. Questions: +49 8382 7704-2390.
""")


def m053():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
        reason="inheritance dispute over a named deceased's life insurance beneficiary designation and payout",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Philipp Gerlach <p.gerlach@gerlach-erbrecht.example>",
        subject="Nachlass Dieter Schwertfeger - Bezugsrecht Lebensversicherung | RS-25-106400",
        date="2025-03-05 11:33",
        body="""Sehr geehrter Herr Gerlach,

in der Erbrechtssache Ihrer Mandantin, Frau Bettina Schwertfeger, erteilen
wir Deckung für die außergerichtliche Geltendmachung gegen die geschiedene
Ehefrau des Erblassers, Frau Monika Schwertfeger-Haas.

Zum Sachverhalt haben wir uns - mit Einverständnis Ihrer Mandantin - bei
unserer Schwestergesellschaft, der Lindauer Lebensversicherung AG, erkundigt:

- Kapitallebensversicherung LV 8802 155 903, versicherte Person Dieter
  Schwertfeger, verstorben am 02.11.2024 (Herzinfarkt)
- Bezugsberechtigt im Todesfall laut Antrag von 1999: "die Ehefrau";
  eine Änderung des Bezugsrechts nach der Scheidung 2016 ist nicht erfolgt
- Todesfallleistung inkl. Überschüsse: 86.214,77 EUR, am 20.01.2025 an
  Frau Schwertfeger-Haas ausgezahlt

Nach BGH-Rechtsprechung ist bei der Formulierung "die Ehefrau" im Zweifel
die zum Zeitpunkt der Bezugsrechtseinräumung verheiratete Person gemeint.
Ansprüche Ihrer Mandantin können sich daher allenfalls aus dem
Valutaverhältnis (Bereicherungsrecht) ergeben. Bitte prüfen Sie die
Erfolgsaussichten insoweit besonders sorgfältig.

""" + SIG_OBH + "\n")


def m054():
    return dict(
        label="NORMAL", lang="mixed", kind="internal",
        reason="trap: German-English glossary of family and employment law terms, no person",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="International Service Desk <service-international@lindauer-versicherung.example>",
        subject="Glossar DE/EN für die Hotline - Familie & Arbeit (Version 3)",
        date="2025-02-03 12:00",
        body="""Hi team / hallo zusammen,

updated glossary below, please use these terms consistently in letters to
English-speaking customers. Neue Einträge mit *.

Abfindung ................... severance payment
Abmahnung ................... (formal) warning letter
Arbeitsunfähigkeitsbescheinigung (AU) ... sick note / certificate of incapacity for work
Aufhebungsvertrag ........... termination agreement
Betriebliches Eingliederungsmanagement (BEM) ... occupational reintegration management
Ehegattenunterhalt .......... spousal maintenance
Entgeltfortzahlung .......... continued pay during sick leave
Erbschein ................... certificate of inheritance
Gütetermin .................. conciliation hearing
*Kindesunterhalt ............ child maintenance
Kündigungsschutzklage ....... action for protection against dismissal
*Pflichtteil ................ compulsory portion (forced heirship share)
Sorgerecht .................. parental responsibility / custody
Umgangsrecht ................ right of contact
Versorgungsausgleich ........ pension rights adjustment (pension splitting)
Zugewinnausgleich ........... equalisation of accrued gains
*Zeugnis .................... employment reference

Bitte NICHT "Mobbing" mit "mobbing" übersetzen - im Englischen "workplace
bullying" bzw. "harassment".

Danke! Aylin
""")


def m055():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="internal",
        reason="attachment-only: list of open fee advances with insured names, claim numbers and dispute types",
        frm="Felix Dornbusch <f.dornbusch@lindauer-versicherung.example>",
        to="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        cc="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        subject="Offene Vorschüsse > 180 Tage - bitte bis Monatsende klären",
        date="2025-04-28 08:20",
        body="""Hallo ihr beiden,

für den Quartalsabschluss die Liste der Vorschüsse, die seit mehr als 180
Tagen nicht abgerechnet sind. Bitte die Kanzleien anschreiben und Stand in
Spalte G eintragen.

Danke
Felix
""",
        atts=[XLSX("Vorschuesse_ueber_180_Tage_2025-04.xlsx", [
            ["Schaden-Nr.", "VN", "Rechtsgebiet", "Kanzlei", "Vorschuss EUR", "gezahlt am", "Stand"],
            ["RS-24-151208", "Hülsmann, Gregor", "Arbeitsrecht - Kündigung", "Brandt & Yilmaz", 1348.32, "2024-07-19", ""],
            ["RS-24-155671", "Petzold, Ines", "Erbrecht Plus", "Gerlach Erbrecht", 2201.50, "2024-08-02", ""],
            ["RS-24-160044", "Albayrak, Murat", "Arbeitsrecht - Entgelt", "Kaya & Partner", 887.03, "2024-08-27", ""],
            ["RS-24-163912", "Szymańska, Agata", "Familie Plus - Unterhalt", "Dr. Voss", 1502.27, "2024-09-10", ""],
            ["RS-24-166380", "Reinhold, Bastian", "Arbeitsrecht - Zeugnis", "RA Osterkamp", 492.54, "2024-09-30", ""],
            ["RS-24-170215", "Nguyen, Thi Hoa", "Arbeitsrecht - Kündigung", "Kaya & Partner", 1786.40, "2024-10-21", ""],
        ], sheet="Vorschuesse")])


def m056():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="lawyer",
        reason="maintenance case: ex-spouse claims illness maintenance citing multiple sclerosis and disability pension",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Rechtsschutz Familie Team <rs-familie@lindauer-versicherung.example>",
        subject="Vertretung KW 17: Akte RS-25-104560 (Krankheitsunterhalt) - bitte Frist 25.04. im Blick",
        date="2025-04-17 16:31",
        body="""Hallo zusammen,

ich bin ab Montag eine Woche weg. Bitte die Akte RS-25-104560 im Blick
behalten, RA Osterkamp wartet auf unsere Entscheidung zur Berufung.
Das Wesentliche aus seinem Schreiben vom 14.04.:

  "Die geschiedene Ehefrau unseres Mandanten, Herrn Volker Tepe, verlangt
   Unterhalt wegen Krankheit nach § 1572 BGB in Höhe von 780 EUR monatlich.
   Sie ist seit 2019 an schubförmig remittierender Multipler Sklerose
   erkrankt (G35.1), bezieht seit 01/2024 eine volle Erwerbsminderungsrente
   von 1.012 EUR und hat einen GdB von 60. Das AG Münster hat den Anspruch
   zugesprochen, ohne den Einwand der Befristung (§ 1578b BGB) zu prüfen.
   Wir halten eine Berufung für aussichtsreich."

Familie Plus ist eingeschlossen, Wartezeit erfüllt. Mein Vorschlag: Deckung
für die Berufung, beschränkt auf die Befristung. Entwurf liegt im Ordner.

Danke euch!
Katrin
""")


def m057():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-customer",
        reason="trap: generic info sheet for expat customers on sick notes and dismissal in Germany",
        frm="Lindauer International Service <service-international@lindauer-versicherung.example>",
        to="expat-newsletter@lindauer-versicherung.example",
        subject="Working in Germany: 7 things to know about sick notes, warnings and dismissal",
        date="2025-03-31 17:00",
        body="""Working in Germany - Legal Expenses Info Sheet No. 4

1. Sick note (AU): If you are ill for more than three calendar days, your
   employer can demand a certificate from day four - or earlier if your
   contract says so. Since 2023 doctors send it electronically (eAU) to
   your health insurer; you only have to report sick to your employer.

2. Your diagnosis is private. The certificate your employer sees does not
   show it, and you do not have to tell them.

3. Continued pay: your employer pays your salary for up to six weeks per
   illness; after that, statutory health insurers pay sickness benefit.

4. Warning letter (Abmahnung): usually required before a dismissal for
   misconduct. You may reply in writing and ask for your reply to be put
   on file.

5. Dismissal: it must be in writing, with a wet-ink signature. An e-mail
   or WhatsApp message is not enough.

6. Three weeks: if you want to challenge a dismissal, you must go to the
   Labour Court within three weeks. No exceptions in practice.

7. Severance: there is no general right to severance pay in Germany - it is
   usually negotiated.

Your Lindauer legal expenses policy with employment cover pays for a lawyer
in these situations. Call our English-speaking hotline: +49 8382 7704-2370.

This information sheet is general information and not legal advice.
""")


def m058():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="compulsory-portion advice cover for a named insured: deceased parent, estate value, heirs",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Holger Brinkmeier <h.brinkmeier@t-online.example>",
        subject="Ihr Pflichtteil nach Ihrer Mutter - Beratungs-Rechtsschutz (RS-25-107455)",
        date="2025-03-11 15:15",
        body="""Sehr geehrter Herr Brinkmeier,

mein herzliches Beileid zum Tod Ihrer Mutter.

Sie haben uns geschildert, dass Ihre Mutter, Frau Ilse Brinkmeier, in ihrem
Testament Ihren Bruder, Herrn Lutz Brinkmeier, zum Alleinerben eingesetzt
hat. Das Haus in Lemgo (Wert nach Ihrer Schätzung ca. 290.000 EUR) hat sie
ihm allerdings bereits 2019 geschenkt; auf dem Konto waren beim Tod rund
64.000 EUR.

Ihr Vertrag RS 4471 097 226 umfasst den Beratungs-Rechtsschutz im Erbrecht.
Wir übernehmen die Kosten einer anwaltlichen Beratung zu Ihrem
Pflichtteilsanspruch und zum Pflichtteilsergänzungsanspruch wegen der
Schenkung (§ 2325 BGB, Abschmelzung 10 % pro Jahr) bis 500 EUR.

Eine außergerichtliche oder gerichtliche Durchsetzung gegen Ihren Bruder ist
nur mit dem Baustein "Erbrecht Plus" versichert, den Ihr Vertrag nicht
enthält.

Schaden-Nr.: RS-25-107455. Bitte geben Sie diese bei der Kanzlei an.

""" + SIG_OBH + "\n")


def m059():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="lawyer",
        reason="inheritance dispute quoting a named deceased's pancreatic cancer, hospice stay and morphine",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        subject="FW: Estate of Margaret Kessler - undue influence - cover under Erbrecht Plus?",
        date="2025-05-08 12:40",
        body="""Hi Katrin,

English lawyer, German estate (flat in Konstanz) - could you check cover
under Erbrecht Plus? Policyholder is the daughter, Ms Rachel Kessler-Moore,
RS 4471 320 455. I think it is covered but the "undue influence" argument is
English law.

Thanks, Aylin

---------- Forwarded message ---------
From: Fiona Hartley <f.hartley@hartleymoss.example>
Date: Wed, 7 May 2025 at 18:22
Subject: Estate of Margaret Kessler - undue influence
To: <service-international@lindauer-versicherung.example>

Dear Sirs,

we act for your policyholder Ms Rachel Kessler-Moore. Her mother, Mrs
Margaret Kessler, died on 2 March 2025 in the Hospiz am Seerhein in
Konstanz. She had been diagnosed with metastatic pancreatic cancer in
October 2024 and was on high-dose morphine from January onwards.

On 14 February 2025, i.e. while she was in the hospice, Mrs Kessler
signed a new will leaving her flat in Konstanz to her neighbour, Mr
Gerd Albers, who had organised her admission and visited her daily. The
hospice records note episodes of confusion in the week of 10 February.

We intend to challenge the will for lack of capacity and undue influence
and would be grateful for confirmation of cover.

Yours faithfully
Fiona Hartley
""")


def m060():
    return dict(
        label="NORMAL", lang="de", kind="insurer-to-broker",
        reason="trap: cost-risk calculation of a dismissal suit for example salaries, no person",
        frm="Marco Petrović <m.petrovic@lindauer-versicherung.example>",
        to="Maklerpartner Süd <makler-sued@lindauer-versicherung.example>",
        subject="Verkaufsargument: Was kostet eine Kündigungsschutzklage ohne Rechtsschutz?",
        date="2025-04-24 13:00",
        body="""Liebe Maklerpartner,

für Ihre Kundengespräche zum Berufs-Rechtsschutz hier eine einfache
Beispielrechnung. Im Arbeitsgericht trägt in der ersten Instanz jede Seite
ihre Anwaltskosten selbst - auch wer gewinnt.

Beispiel-          Streitwert      eigene Anwalts-    Gerichts-     Risiko
bruttogehalt       (3 Gehälter)    kosten 1. Inst.    kosten        gesamt
3.000 EUR           9.000 EUR        1.872 EUR          0-546 EUR   bis 2.418 EUR
4.500 EUR          13.500 EUR        2.283 EUR          0-640 EUR   bis 2.923 EUR
6.000 EUR          18.000 EUR        2.610 EUR          0-714 EUR   bis 3.324 EUR

(Verfahrens- und Terminsgebühr, Pauschale, 19 % USt; Gerichtskosten entfallen
bei Vergleich. Werte gerundet, ohne Gewähr.)

Dazu kommt im Zweifel ein Aufhebungsvertrag mit Abfindung, den man ohne
Anwalt nicht unterschreiben sollte.

Die Übersicht gibt es auch als Flyer "Job weg - und jetzt?" im Maklerportal.

Beste Grüße
Marco Petrović
Maklerbetreuung Süd
""")


# ---------------------------------------------------------------- mails 061-080


def m061():
    return dict(
        label="NORMAL", lang="de", kind="insurer-to-lawyer",
        reason="trap: partner-firm framework agreement with fee terms and the law firm's (partnership) bank account",
        frm="Partnerservice Rechtsschutz <partnerservice@lindauer-versicherung.example>",
        to="Kaya & Partner Rechtsanwälte <info@kaya-partner.example>",
        subject="Rahmenvereinbarung Partnerkanzlei - Ihre Stammdaten zur Bestätigung",
        date="2025-01-13 10:30",
        body="""Sehr geehrte Frau Kaya,
sehr geehrte Damen und Herren,

wir freuen uns, dass Sie ab dem 01.02.2025 Partnerkanzlei der Lindauer
Rechtsschutz für die Rechtsgebiete Arbeitsrecht und Familienrecht sind.
Bitte prüfen Sie die von uns erfassten Stammdaten:

  Kanzlei:          Kaya & Partner Rechtsanwälte PartG mbB
  Anschrift:        Hohenzollernring 58, 50672 Köln
  Partnerschaftsregister: AG Essen PR 4418
  USt-IdNr.:        DE 318 774 205
  Kanzleikonto:     Sparkasse KölnBonn, IBAN DE84 6605 0101 1977 8269 11
  Ansprechpartner:  RAin Selin Kaya (Fachanwältin für Arbeitsrecht),
                    RA Moritz Leisten (Fachanwalt für Familienrecht)
  Sprachen:         Deutsch, Englisch, Türkisch

Vereinbarte Konditionen (Auszug aus der Rahmenvereinbarung):
- Abrechnung nach RVG; bei Erstberatung im Familienrecht Pauschale 190 EUR
  zzgl. USt
- Deckungsanfragen ausschließlich über das Partnerportal oder beA
- Rückruf bei Mandatsanfragen über die Hotline binnen 24 Stunden
- Sammelabrechnung monatlich, E-Rechnung im Format XRechnung oder ZUGFeRD

Bitte bestätigen Sie die Angaben kurz per Antwort.

Mit freundlichen Grüßen
Partnerservice Rechtsschutz
Lindauer Versicherung AG
""")


def m062():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="mediation cover in a named insured's contact dispute about his daughter, policy and claim number",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Thomas Beaumont <tom.beaumont@gmail.example>",
        subject="Mediation about contact arrangements - cover confirmed",
        date="2025-02-27 10:08",
        body="""Dear Mr Beaumont,

thank you for your e-mail. You and your former partner, Ms Julia Reimann,
would like to agree on a new contact schedule for your daughter Emma now
that Ms Reimann is moving from Heidelberg to Mannheim, and you would
prefer mediation to a court case.

Good news: your policy RS 4471 316 604 covers mediation in family matters
up to EUR 2,000 per case (claim no. RS-25-106700). We pay the mediator
directly. The cover is for your share; if Ms Reimann is not insured with
us, the mediator will invoice her share separately.

Our partner mediator near you:
  Dipl.-Psych. Gesa Thielemann, Mediationsbüro am Neckar, Heidelberg
  thielemann@mediation-thielemann.example, +49 6221 438 77 0
  (sessions possible in English)

Please tell Ms Thielemann your claim number when you book the first
session.

""" + SIG_DEM + "\n")


def m063():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="customer",
        reason="sexual harassment complaint revealing a named insured's sexual orientation, forwarded to a lawyer",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="RAin Selin Kaya <s.kaya@kaya-partner.example>",
        subject="FW: harassment at work and now a warning letter - Mr Novak (RS-25-111410)",
        date="2025-05-12 11:48",
        body="""Dear Ms Kaya,

Mr Novak has asked us to pass his description to you; cover for the
out-of-court representation (removal of the warning, claims under the AGG)
is confirmed, claim no. RS-25-111410. He asks that you contact him by phone
rather than e-mail at work.

""" + SIG_DEM + """

-------- Original message --------
From: Tomas Novak <t.novak.private@mailbox.example>
Date: 10/05/2025 22:15
To: service-international@lindauer-versicherung.example
Subject: harassment at work and now a warning letter

Hello,

policy RS 4471 324 870. I work as a sales engineer at Baumgart Industrial
Solutions in Düsseldorf. Since a colleague saw me with my husband at the
summer party last year, my team lead makes comments about me being gay in
almost every team meeting ("the princess", jokes about "our colourful
department"). Two colleagues laugh along. In March he put his hand on my
back and said I "should like that".

I complained to HR on 2 April under § 13 AGG. Nothing happened except
that on 6 May I received a warning letter for "unprofessional behaviour
towards my supervisor" because I told him in front of the team to stop.

I want the warning removed and I want the company to protect me. I am not
out to everybody at work, so please treat this carefully.

Tomas Novak
""")


def m064():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: hotline script for callers reporting domestic violence, no caller data",
        frm="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        to="Anwaltshotline Koordination <hotline-koordination@lindauer-versicherung.example>",
        cc="Team Familie/Erbrecht <rs-familie@lindauer-versicherung.example>",
        subject="Gesprächsleitfaden Familie: Anruferinnen und Anrufer, die von Gewalt berichten (Version 1.2)",
        date="2025-03-06 14:00",
        body="""Liebe Kolleginnen und Kollegen,

nach der Supervision im Februar haben wir den Leitfaden überarbeitet. Bitte
ab sofort so vorgehen, wenn Anrufende im Gespräch über Trennung oder
Umgang von Gewalt berichten:

1. Sicherheit zuerst
   Fragen Sie: "Sind Sie gerade in Sicherheit?" Bei akuter Gefahr: 110,
   Gespräch nicht beenden, bis die Person es möchte.

2. Hilfsangebote nennen
   - Hilfetelefon "Gewalt gegen Frauen": 116 016 (rund um die Uhr,
     anonym, mehrsprachig)
   - Hilfetelefon "Gewalt an Männern": 0800 1239900
   - Frauenhäuser vor Ort über die Hotline-Liste im Wiki

3. Rechtliches
   Auf das Gewaltschutzgesetz hinweisen (Schutzanordnung, Wohnungszuweisung,
   Eilverfahren beim Familiengericht). Kostenübernahme nur nach Rücksprache
   mit der Teamleitung (Kulanzregel GewSchG, siehe Rundschreiben 03/2024).

4. Dokumentation
   Im Hotline-Vermerk nur das Nötigste: "Beratung Familienrecht, Hinweis
   Hilfsangebote gegeben". Keine Details zur Gewalt, keine Verletzungen,
   keine Namen der anderen Person ins Freitextfeld.

5. Selbstschutz
   Solche Gespräche belasten. Nutzt das Angebot der Supervision (jeden
   zweiten Donnerstag) oder meldet euch bei mir.

Danke für eure Arbeit!
Miriam
""")


def m065():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="insurer's termination of a named insured's contract after two claims, with claim numbers",
        frm="Vertragsservice Rechtsschutz <vertrag-rs@lindauer-versicherung.example>",
        to="Detlef Marquardt <d.marquardt@freenet.example>",
        subject="Kündigung Ihres Rechtsschutzvertrags RS 4471 122 690",
        date="2025-05-19 09:00",
        body="""Sehr geehrter Herr Marquardt,

nach § 13 ARB können beide Vertragsparteien den Vertrag kündigen, wenn der
Versicherer für mindestens zwei innerhalb von zwölf Monaten eingetretene
Rechtsschutzfälle seine Leistungspflicht bejaht hat.

Für Ihren Vertrag haben wir in folgenden Fällen geleistet:
  - RS-24-171300, Kündigungsschutzklage gegen die Fleischwaren Dörr GmbH
    (Gütetermin 12/2024, Vergleich)
  - RS-25-103911, Zeugnisberichtigung gegen die Fleischwaren Dörr GmbH
  - RS-25-109021, Zahlungsklage gegen die Personalservice Nord GmbH

Wir kündigen den Vertrag daher zum 30.06.2025. Für Rechtsschutzfälle, die
bis dahin eintreten, besteht weiterhin Versicherungsschutz nach den
vereinbarten Bedingungen.

Den anteiligen Beitrag für die Zeit nach dem 30.06.2025 (88,20 EUR) erstatten
wir auf Ihr bekanntes Konto.

Mit freundlichen Grüßen
Lindauer Versicherung AG
Vertragsservice Rechtsschutz
""")


def m066():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="lawyer",
        reason="grey zone § 203 StGB: lawyer's privileged strategy memo with the client's confidential statements and plans",
        frm="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        to="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        subject="WG: [vertraulich] Vergleichsstrategie Kammerer ./. Solvio AG - bitte nur zur Deckungsprüfung",
        date="2025-04-09 18:12",
        body="""Jonas,

die Kanzlei schickt uns ihre interne Strategie, damit wir den Mehrwert im
Vergleich vorab freigeben. Bitte nur für die Deckungsentscheidung verwenden
und nicht in LEON hochladen, nur im verschlossenen Teil der E-Akte.

M.

-------- Weitergeleitete Nachricht --------
Von: RA Torsten Brandt <kanzlei@brandt-yilmaz.example>
Datum: 09.04.2025 16:44
Betreff: [vertraulich] Vergleichsstrategie Kammerer ./. Solvio AG

Sehr geehrte Frau Dr. Saalfeld,

wie telefonisch besprochen, unter Hinweis auf § 203 StGB und nur zur
Prüfung der Kostenübernahme:

Unser Mandant, Herr Dr. Florian Kammerer (Ihr VN, RS 4471 288 150), ist
Vertriebsleiter der Solvio AG und wurde am 14.03.2025 fristlos gekündigt,
angeblich wegen Weitergabe von Kundenlisten. Was die Gegenseite nicht weiß:
Unser Mandant hat bereits einen Vorvertrag als Geschäftsführer bei einem
Wettbewerber (Start 01.10.2025) unterschrieben und will deshalb keinesfalls
weiterbeschäftigt werden. Er hat uns außerdem eingeräumt, die Listen im
Januar an seine private Adresse geschickt zu haben ("für das Homeoffice").

Strategie: Wir greifen die Kündigung formal an (Anhörung Betriebsrat
fehlerhaft, § 626 Abs. 2 BGB-Frist), bieten aber im Gütetermin eine
Beendigung zum 30.09. mit Freistellung, Abfindung von mindestens 120.000 EUR
und einer Erledigungsklausel an, die die Kundenlisten einschließt. Unsere
Untergrenze nach Rücksprache mit dem Mandanten: 85.000 EUR.

Wir bitten um Freigabe des Vergleichsmehrwerts (Freistellung, Zeugnis,
Erledigung) bis 60.000 EUR.

Mit kollegialen Grüßen
Brandt
""")


def m067():
    return dict(
        label="NORMAL", lang="en", kind="newsletter",
        reason="trap: comparative article on UK employment tribunals vs German labour courts, no person",
        frm="Lindauer Legal Expenses Partner Network <partnerservice@lindauer-versicherung.example>",
        to="International partner firms <intl-partners@lindauer-versicherung.example>",
        subject="Partner Brief 2/2025: Employment tribunal or Arbeitsgericht? Five differences that matter for cover",
        date="2025-03-04 08:00",
        body="""PARTNER BRIEF 2/2025

Employment tribunal or Arbeitsgericht? Five differences that matter for cover

Many of our English-speaking policyholders have worked in the UK before
they came to Germany, and their expectations are shaped by the employment
tribunal system. For our UK and Irish partner firms who advise them, here
are the key differences.

1. Costs. In German labour courts each party pays its own lawyer in the
   first instance, win or lose (section 12a ArbGG). That is exactly why
   legal expenses cover matters.

2. Time limits. A claim against a dismissal must be filed within three
   weeks - much shorter than the three months (less one day) in the UK.

3. Reinstatement. German law protects the job itself; severance is the
   usual result of a settlement but not a statutory right.

4. Conciliation. Every case starts with a conciliation hearing before the
   presiding judge alone, usually within a few weeks.

5. Sickness. There is no "capability" procedure as such; illness-related
   dismissals follow a three-stage test, and the employer must offer
   occupational reintegration management (BEM) first.

Next issue: maintenance claims against a parent living abroad.

Lindauer Legal Expenses Partner Network
https://partner.lindauer-versicherung.example
""")


def m068():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-supplier",
        reason="payment notice to a mediator naming both separating partners and the insured's claim number",
        frm="Zahlungsverkehr Leistung <zahlungsverkehr@lindauer-versicherung.example>",
        to="Gesa Thielemann <thielemann@mediation-thielemann.example>",
        subject="Zahlungsavis Ihre Rechnung 2025-031 - Mediation Beaumont/Reimann",
        date="2025-04-16 06:30",
        body="""Sehr geehrte Frau Thielemann,

wir haben Ihre Rechnung Nr. 2025-031 vom 08.04.2025 wie folgt beglichen:

  Mediation:       Beaumont / Reimann (Umgangsregelung)
  Unser VN:        Thomas Beaumont, Schaden-Nr. RS-25-106700
  Sitzungen:       11.03., 25.03., 08.04.2025 (je 2 Std. à 180 EUR)
  Rechnungsbetrag: 1.285,20 EUR (inkl. 19 % USt)
  davon Anteil VN
  (50 %):          642,60 EUR
  überwiesen am:   16.04.2025

Den Anteil von Frau Reimann (642,60 EUR) rechnen Sie bitte direkt mit ihr ab.
Der Deckungsrahmen für Herrn Beaumont (2.000 EUR) ist damit zu 642,60 EUR
ausgeschöpft.

Mit freundlichen Grüßen
Lindauer Versicherung AG
Zahlungsverkehr Leistung
""")


def m069():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="doctor",
        reason="attachment-only: doctor's certificate (sent as octet-stream) with diagnosis and work restrictions",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Kevin O'Rourke <kevin.orourke@icloud.example>",
        subject="RE: Attest",
        date="2025-03-24 16:02",
        body="""Dear Mr O'Rourke,

thank you - we have received the certificate. As requested, I am sending you
back the legible copy we made from your photo, so that you can forward it to
your lawyer.

""" + SIG_DEM + "\n",
        atts=[OCTET(PDF("scan_0324_1547.pdf", [
            "Praxis Dr. med. Sabine Ortlieb - Fachärztin für Innere Medizin",
            "Leopoldstraße 88, 80802 München",
            "",
            "Ärztliche Bescheinigung zur Vorlage beim Arbeitgeber / Rechtsanwalt",
            "",
            "Patient: Kevin O'Rourke, geb. 12.01.1986",
            "",
            "Herr O'Rourke befindet sich seit 11/2024 in meiner Behandlung wegen einer",
            "koronaren Herzkrankheit (I25.11) nach Stentimplantation am 19.11.2024 sowie",
            "einer arteriellen Hypertonie (I10.00). Er war vom 15.11.2024 bis 05.01.2025",
            "arbeitsunfähig. Aus ärztlicher Sicht ist er seit dem 06.01.2025 wieder",
            "voll arbeitsfähig. Nachtschichten und Reisetätigkeit über 50 % sollten bis",
            "06/2025 vermieden werden.",
            "",
            "München, 21.03.2025   Dr. med. S. Ortlieb",
        ]))])


def m070():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: team meeting minutes on divorce/inheritance workflows, no case data",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Team Familie/Erbrecht <rs-familie@lindauer-versicherung.example>",
        subject="Protokoll Teamrunde Familie/Erbe 12.03.2025",
        date="2025-03-12 15:50",
        body="""Protokoll Teamrunde Familie/Erbe, 12.03.2025, 10:00-11:15, Raum 3.14 / Teams
Teilnehmende: Oberhauser (Protokoll), Saalfeld, Grüning, Haberl, Ndiaye, Pfister
Entschuldigt: Reichl

TOP 1 Erbrecht Plus - Gutachterkosten
Privatgutachten zur Testierfähigkeit sind nicht gedeckt (§ 5 Abs. 1 f ARB).
Einheitliche Ablehnungsbausteine werden bis 31.03. in der Textverwaltung
angelegt (Verantwortlich: Haberl).

TOP 2 Mediation
Quote der Mediationen, die mit Einigung enden: 71 % (Vorjahr 64 %). Die
Partner-Mediatorenliste wird um Standorte in Thüringen und Sachsen ergänzt.

TOP 3 Scheidungsberatung - Mehrfachberatung
Mehrere Beratungen zum selben Trennungsgeschehen (z. B. zuerst Unterhalt,
später Versorgungsausgleich) = ein Versicherungsfall. Hinweis in der
Deckungsbestätigung ergänzen.

TOP 4 Posteingang
Bitte Arztberichte, die Kunden ungefragt schicken, nicht in die E-Akte
übernehmen, sondern nach Rücksprache löschen und Löschvermerk setzen
(Vorgabe Datenschutz, siehe Guidance note vom 24.01.).

TOP 5 Verschiedenes
Teamfrühstück 28.03., Frau Pfister übernimmt ab April die Ausbildungs-
betreuung.

Nächste Teamrunde: 09.04.2025
""")


def m071():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-broker",
        reason="renewal list for an international broker with client names, birth dates and policy numbers (CSV)",
        frm="Broker Services <makler-service@lindauer-versicherung.example>",
        to="Jamie Calder <j.calder@calder-benefits.example>",
        subject="Renewals 07/2025 - legal expenses policies in your portfolio",
        date="2025-05-02 09:05",
        body="""Hello Jamie,

attached are the legal expenses policies in your portfolio that renew on
1 July 2025, as requested for your client review meetings. The new premium
already includes the 4.2 % index adjustment.

Please remember that this list is for your portfolio only and must not be
passed on.

Best regards
Broker Services
Lindauer Versicherung AG
""",
        atts=[CSV("renewals_2025-07_calder.csv", """policy_no,policyholder,date_of_birth,tariff,modules,premium_old_eur_month,premium_new_eur_month,claims_last_3y
RS 4471 301 958,Daniel Whitcombe,1984-05-21,Private Premium,Employment;Family Plus,34.10,35.53,1
RS 4471 305 776,Kevin O'Rourke,1986-01-12,Private Comfort,Employment,27.80,28.97,1
RS 4471 309 114,Hannah Sørensen,1990-08-03,Private Comfort,Employment;Tenancy,31.40,32.72,0
RS 4471 311 402,Mateus Carvalho,1979-11-27,Private Premium,Employment;Family Plus;Traffic,41.90,43.66,2
RS 4471 316 604,Thomas Beaumont,1982-04-09,Private Comfort,Family advice,24.60,25.63,1
""")])


def m072():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="mixed", kind="customer",
        reason="insured's sick leave with gastritis/anxiety diagnosis and employer's demand for diagnosis, German-English",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="Ana Petrescu <ana.petrescu@yahoo.example>",
        subject="AW: Krankmeldung - my boss wants to know what I have",
        date="2025-02-05 11:22",
        body="""Hello Ms Petrescu / Guten Tag Frau Petrescu,

short answer: No, your employer is not allowed to ask for your diagnosis.
Sie müssen die Diagnose nicht nennen. The sick note (eAU) is enough.

If your employer cuts your salary because of this, your employment cover
applies (policy RS 4471 333 018). I have opened claim RS-25-104890 for
you. You can call our lawyer hotline at 0800 7704 555 today.

Viele Grüße / kind regards
Jonas Weidenfeller
Rechtsschutz-Leistung | Team Arbeitsrecht

> -----Original Message-----
> From: Ana Petrescu <ana.petrescu@yahoo.example>
> Sent: Tuesday, 4 February 2025 19:48
> To: rs-leistung@lindauer-versicherung.example
> Subject: Krankmeldung - my boss wants to know what I have
>
> Hallo, I am sorry my German is not so good. Ich bin seit 27.01.
> krankgeschrieben, my doctor says it is gastritis and also Angststörung
> (she wrote F41.1 on the paper for me). My boss at Hotel Seeblick called
> me and said if I don't tell him "was genau los ist" and bring the paper
> with the Diagnose, he will not pay me for January. Darf er das?
> Thank you very much, Ana Petrescu
""")


def m073():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: cheat sheet on procedural values for pension splitting and divorce (FamGKG), no person",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Team Familie/Erbrecht <rs-familie@lindauer-versicherung.example>",
        subject="Spickzettel Verfahrenswerte Scheidungsverbund (FamGKG)",
        date="2025-02-12 09:40",
        body="""Hallo zusammen,

weil die Frage bei Kostennoten aus Familie Plus immer wieder kommt, hier
die Werte zum Nachschlagen:

Scheidung (§ 43 FamGKG)
  3-faches Nettoeinkommen beider Ehegatten, mind. 3.000 EUR;
  Abzug 250-300 EUR je unterhaltsberechtigtem Kind ist üblich.

Versorgungsausgleich (§ 50 FamGKG)
  10 % des 3-fachen Nettoeinkommens je Anrecht
  (20 % bei Ausgleich nach der Scheidung), mind. 1.000 EUR.
  Beispiel: 4 Anrechte (2x DRV, 1x bAV, 1x private RV) bei 3-fachem
  Netto von 15.000 EUR -> 4 x 1.500 = 6.000 EUR.

Unterhalt (§ 51 FamGKG)
  Jahresbetrag der geforderten Zahlung + Rückstände bei Einreichung.

Sorge/Umgang (§ 45 FamGKG)
  4.000 EUR; im Verbund 20 % des Scheidungswerts, max. 4.000 EUR.

Ehewohnung/Haushalt (§ 48 FamGKG)
  3.000 / 4.000 EUR bzw. 2.000 / 3.000 EUR.

Zugewinn: Wert der Forderung.

Hinweis: Versichert ist bei uns davon nur, was der jeweilige Tarif abdeckt
(Familie Plus: Unterhalt; Scheidung selbst nie).

Katrin
""")


def m074():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
        reason="approval of a settlement with a named insured's severance and salary figures",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="RA Torsten Brandt <kanzlei@brandt-yilmaz.example>",
        subject="AW: Rautenberg ./. Kessler Logistik - Vergleichsvorschlag ArbG | RS-25-104417",
        date="2025-03-27 12:44",
        reply="bk.0326.rautenberg",
        body="""Sehr geehrter Herr Brandt,

danke für die Info aus dem Gütetermin. Dem Vergleich in der protokollierten
Fassung stimmen wir kostenrechtlich zu:

  - Beendigung zum 31.05.2025 (statt 30.04.), bis dahin Freistellung unter
    Fortzahlung der Vergütung (3.850 EUR brutto/Monat)
  - Abfindung 18.500 EUR brutto (0,8 Gehälter x 6 Jahre)
  - Zeugnis "gut", Zwischenzeugnis entfällt
  - Kosten gegeneinander aufgehoben

Den Mehrwert für Freistellung und Zeugnis (4.620 EUR) übernehmen wir. Die
Einigungsgebühr (1,0 nach Nr. 1003 VV RVG) aus 16.170 EUR ist gedeckt.

Bitte schicken Sie uns die Schlussrechnung unter Abzug der bereits
gezahlten Vorschüsse. Die Selbstbeteiligung Ihres Mandanten (150 EUR) haben
wir berücksichtigt.

Mit freundlichen Grüßen
Jonas Weidenfeller

> Der Vorschlag der Kammer: Beendigung 31.05., Abfindung 18.500 EUR,
> Zeugnis gut, Freistellung. Mandant ist einverstanden. Widerrufsfrist
> 10.04.2025. Bitte kurze Bestätigung der Kostenübernahme. Brandt
""")


def m075():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
        reason="internal escalation: named insured's psychosomatic rehab, tinnitus and sick leave after mobbing",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        subject="Eskalation Beschwerde Frau Wendlandt (RS-25-102770) - Mobbing/Schmerzensgeld",
        date="2025-04-02 17:05",
        body="""Hallo Miriam,

Frau Wendlandt hat sich gestern beim Vorstand beschwert (Kopie kommt über
das Beschwerdemanagement). Kurz die Lage, damit du vorbereitet bist:

- VN: Petra Wendlandt, Sachbearbeiterin Stadtverwaltung, RS 4471 144 309
- Vorwurf: Mobbing durch Amtsleiter seit 2023; Klage auf Schmerzensgeld
  (15.000 EUR) und Entfernung zweier Abmahnungen
- Sie ist seit 10/2024 arbeitsunfähig, war von 08.01. bis 19.02.2025 in
  der psychosomatischen Reha-Klinik Schloss Ilmenau (Diagnosen laut
  Entlassungsbericht: rezidivierende depressive Störung F33.1, Tinnitus
  aurium H93.1, Schlafstörung), seitdem ambulante Psychotherapie
- Wir haben Deckung für die Abmahnungen erteilt, für das Schmerzensgeld
  wegen fehlender Erfolgsaussichten abgelehnt (keine Dokumentation der
  einzelnen Vorfälle, Kausalität unklar)
- Ihr Anwalt hat Stichentscheid angekündigt

Ich halte die Ablehnung für vertretbar, würde aber wegen der Vorstands-
beschwerde ein Gespräch anbieten. Entlassungsbericht liegt in der E-Akte
(gesperrter Bereich).

Jonas
""")


def m076():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-supplier",
        reason="trap: synthetic test cases (fictitious persons, published example IBAN) for the claims-system vendor",
        frm="Tobias Kern <t.kern@lindauer-versicherung.example>",
        to="Delivery Team Nordwind IT <delivery@nordwind-it.example>",
        subject="LEON RS 7.5 - test cases for the new family-law claim dialogue",
        date="2025-04-11 14:20",
        body="""Hi team,

for the acceptance test of the family-law dialogue (CR-2025-031) please use
only the synthetic test cases below. They exist in the test environment
T2 only. Do NOT copy data from production.

TC-FAM-01  Divorce advice, tariff Private Comfort
  Policyholder: Max Mustermann (fictitious), born 01.01.1970
  Policy: RS 0000 000 001 (test range), claim to be created by the test
  Expected: cover "advice only", limit 500 EUR, no deductible

TC-FAM-02  Maintenance proceedings, Familie Plus, waiting period not met
  Policyholder: Erika Mustermann (fictitious), born 12.08.1964
  Policy start: today minus 60 days
  Expected: rejection text block ABL-FAM-07 (waiting period)

TC-FAM-03  Payment to lawyer
  Payee: Testkanzlei Musterfrau, IBAN DE89 3704 0044 0532 0130 00
  (the published example IBAN, not a real account)
  Expected: payment file pain.001 with end-to-end ID = claim number

TC-FAM-04  Wrong IBAN
  Payee IBAN DE00 1234 5678 9012 3456 78 -> expected validation error V-112

Please report results in Jira under the epic FAMDIAL.

Thanks
Tobias Kern
Business Analyst Claims Systems
""")


def m077():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="calendar invitation for lawyer-hotline callback with the named insured's policy number and topic",
        frm="Lawyer Hotline Scheduling <hotline-termine@lindauer-versicherung.example>",
        to="Hannah Sørensen <hannah.sorensen@mailbox.example>",
        subject="Your callback: employment law advice, Thu 24 April, 17:30",
        date="2025-04-22 16:11",
        body="""Dear Ms Sørensen,

your callback with our partner lawyer is booked:

  Thursday, 24 April 2025, 17:30-17:50 (German time)
  Lawyer: RA Moritz Leisten, Kaya & Partner (English-speaking)
  Topic: overtime not paid / fixed-term contract not extended
  Policy: RS 4471 309 114 - claim RS-25-110655

The lawyer will call you on +49 1522 6904 113. A calendar entry is attached.

Lindauer Lawyer Hotline
""",
        atts=[ICS("callback_2025-04-24.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindauer Versicherung//Hotline Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:cb-RS-25-110655@lindauer-versicherung.example
DTSTAMP:20250422T141100Z
DTSTART;TZID=Europe/Berlin:20250424T173000
DTEND;TZID=Europe/Berlin:20250424T175000
SUMMARY:Callback employment law advice (RA Leisten)
DESCRIPTION:Policyholder Hannah Sørensen\\, policy RS 4471 309 114\\, claim R
 S-25-110655. Topic: unpaid overtime\\, fixed-term contract not extended (F
 jordline Consulting GmbH). Phone +49 1522 6904 113.
ORGANIZER;CN=Lindauer Lawyer Hotline:mailto:hotline-termine@lindauer-versich
 erung.example
ATTENDEE;CN=Hannah Sørensen;RSVP=FALSE:mailto:hannah.sorensen@mailbox.example
END:VEVENT
END:VCALENDAR""")])


def m078():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-partner",
        reason="large-loss notice to the reinsurer with a named claimant's PTSD diagnosis in a discrimination case",
        frm="Felix Dornbusch <f.dornbusch@lindauer-versicherung.example>",
        to="Northbridge Re Claims <claims@northbridge-re.example>",
        subject="Large loss notification LV-LE-QS-2025 / RS-24-158833",
        date="2025-05-21 10:14",
        body="""Dear Ms Farrow,

under clause 9 of the treaty we notify the following claim, which has
exceeded the EUR 50,000 incurred threshold:

Claim:          RS-24-158833
Policyholder:   Dr. Leonie Marschall, born 1978, senior physician
Opponent:       Klinikverbund Oberrhein gGmbH
Matter:         discrimination and harassment (AGG) and dismissal;
                the claimant alleges sexual harassment by the medical
                director and retaliation after her complaint
Health:         the claimant has been unfit for work since 06/2024 with
                post-traumatic stress disorder (F43.1), confirmed by two
                court-appointed psychiatric experts
Stage:          appeal before the Regional Labour Court Baden-Württemberg
Incurred:       EUR 58,900 (own lawyer 2 instances, experts EUR 14,200,
                opponent's costs 2nd instance reserved)

Next step: hearing on 17 September 2025. We consider a settlement likely.

Best regards
Felix Dornbusch
Claims Controlling Legal Expenses
""")


def m079():
    return dict(
        label="NORMAL", lang="de", kind="insurer-to-supplier",
        reason="trap: invitation to a mediators' day on separation and inheritance disputes, no case",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Partner-Mediatorinnen und -Mediatoren <mediatoren@lindauer-versicherung.example>",
        subject="Einladung 3. Lindauer Mediationstag - 20.06.2025",
        date="2025-04-04 10:30",
        body="""Liebe Mediatorinnen und Mediatoren,

wir laden Sie herzlich zum 3. Lindauer Mediationstag ein:

  Freitag, 20.06.2025, 10:00 - 16:30 Uhr
  Inselhalle Lindau, Zwanzigerstraße 10

Programm:
10:00  Begrüßung (Dr. Miriam Saalfeld)
10:30  Trennung mit Kindern: Wenn ein Elternteil ins Ausland zieht
11:45  Erbengemeinschaften auseinandersetzen - Mediation statt Teilungsversteigerung
13:00  Mittagessen
14:00  Workshops: (A) Hochkonflikt-Paare, (B) Online-Mediation,
       (C) Abrechnung mit der Lindauer Rechtsschutz - Fragen und Antworten
16:00  Ausblick

Teilnahme für Partner-Mediatoren kostenlos, Reisekosten werden nicht
erstattet. Anmeldung bis 23.05. per Antwort auf diese Mail.

Herzliche Grüße
Katrin Oberhauser
Koordination Mediation, Lindauer Rechtsschutz
""")


def m080():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: rejection letter template (ODT) with «placeholders» for waiting period / divorce exclusion",
        frm="Thomas Haberl <t.haberl@lindauer-versicherung.example>",
        to="Team Familie/Erbrecht <rs-familie@lindauer-versicherung.example>",
        subject="Textbausteine ABL-FAM-07/08 zur Abstimmung (Wartezeit, Scheidungsausschluss)",
        date="2025-03-28 11:25",
        body="""Hallo zusammen,

wie in der Teamrunde besprochen, anbei die Entwürfe der neuen
Ablehnungsbausteine. Bitte Rückmeldung bis Mittwoch, dann gebe ich sie an
die Textverwaltung.

Gruß
Thomas
""",
        atts=[ODT("ABL-FAM-07_08_Entwurf.odt", [
            "Baustein ABL-FAM-07 (Wartezeit Familie Plus)",
            "Sehr geehrte/r «Anrede» «Nachname»,",
            "wir haben Ihre Anfrage vom «Datum_Anfrage» zu «Gegenstand» geprüft. Leider können wir Ihnen keinen "
            "Versicherungsschutz gewähren. Der Baustein Familie Plus besteht seit «Beginn_Baustein». Für "
            "Streitigkeiten aus diesem Baustein gilt eine Wartezeit von drei Monaten (§ 4 Abs. 1 c ARB). Der "
            "Rechtsschutzfall ist am «Datum_RS_Fall» und damit innerhalb der Wartezeit eingetreten.",
            "",
            "Baustein ABL-FAM-08 (Scheidungsverfahren nicht versichert)",
            "Sehr geehrte/r «Anrede» «Nachname»,",
            "Ihr Vertrag «Vertragsnummer» umfasst im Familienrecht den Beratungs-Rechtsschutz. Die Vertretung im "
            "Scheidungsverfahren und in den Folgesachen ist nach § 3 Abs. 2 g ARB nicht versichert. Die Kosten der "
            "Erstberatung vom «Datum_Beratung» übernehmen wir gern bis «Betrag».",
            "",
            "Rechtsbehelfsbelehrung: Stichentscheid (§ 3a ARB), Versicherungsombudsmann e. V., BaFin.",
        ])])


# ---------------------------------------------------------------- mails 081-105


def m081():
    text = """Recht im Alltag - Ratgeber Erbrecht

Das Berliner Testament: fünf Fehler, die Familien teuer zu stehen kommen

Das Berliner Testament ist in Deutschland das beliebteste Ehegattentestament:
Die Partner setzen sich gegenseitig als Alleinerben ein, die Kinder erben erst
nach dem Tod des Längerlebenden. Klingt einfach - doch in der Praxis
entstehen immer wieder Streitigkeiten.

1. Pflichtteil vergessen: Kinder sind beim ersten Erbfall enterbt und können
   ihren Pflichtteil verlangen. Eine Pflichtteilsstrafklausel kann helfen.
2. Bindungswirkung unterschätzt: Nach dem Tod des ersten Partners kann der
   Überlebende das Testament meist nicht mehr ändern.
3. Wiederverheiratung nicht geregelt.
4. Steuerfreibeträge der Kinder beim ersten Erbfall verschenkt.
5. Handschriftlich, aber nicht von beiden unterschrieben.

Tipp: Mit dem Beratungs-Rechtsschutz im Erbrecht übernehmen wir die Kosten
einer anwaltlichen Erstberatung - auch vor dem Erbfall.

Mehr unter https://www.lindauer-versicherung.example/ratgeber/erbrecht"""
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p style="color:#7a7a7a">Recht im Alltag &ndash; Ratgeber Erbrecht</p>
<h2>Das Berliner Testament: fünf Fehler, die Familien teuer zu stehen kommen</h2>
<p>Das Berliner Testament ist in Deutschland das beliebteste Ehegattentestament: Die Partner setzen sich
gegenseitig als Alleinerben ein, die Kinder erben erst nach dem Tod des Längerlebenden. Klingt einfach &ndash;
doch in der Praxis entstehen immer wieder Streitigkeiten.</p>
<ol>
<li><b>Pflichtteil vergessen:</b> Kinder sind beim ersten Erbfall enterbt und können ihren Pflichtteil
verlangen. Eine Pflichtteilsstrafklausel kann helfen.</li>
<li><b>Bindungswirkung unterschätzt:</b> Nach dem Tod des ersten Partners kann der Überlebende das Testament
meist nicht mehr ändern.</li>
<li><b>Wiederverheiratung nicht geregelt.</b></li>
<li><b>Steuerfreibeträge</b> der Kinder beim ersten Erbfall verschenkt.</li>
<li><b>Handschriftlich, aber nicht von beiden unterschrieben.</b></li>
</ol>
<p style="background:#eef4f8;padding:8px"><b>Tipp:</b> Mit dem Beratungs-Rechtsschutz im Erbrecht übernehmen wir
die Kosten einer anwaltlichen Erstberatung &ndash; auch vor dem Erbfall.</p>
<p><a href="https://www.lindauer-versicherung.example/ratgeber/erbrecht">Mehr erfahren</a></p>
</body></html>"""
    return dict(
        label="NORMAL", lang="de", kind="newsletter",
        reason="trap: customer guide on joint wills, compulsory portion and inheritance disputes, no person",
        frm="Lindauer Versicherung <newsletter@lindauer-versicherung.example>",
        to="kundennewsletter@lindauer-versicherung.example",
        subject="Berliner Testament: 5 Fehler, die Familien teuer zu stehen kommen",
        date="2025-05-22 18:00",
        body=text, html=html)


def m082():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="wage-claim cover for a named insured with unpaid salary amounts and employer",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Mateus Carvalho <mateus.carvalho@gmail.example>",
        subject="Unpaid salary March and April - cover for your claim | RS-25-111090",
        date="2025-05-09 10:37",
        body="""Dear Mr Carvalho,

thank you for the documents. We confirm cover for your claim against
Fassadenbau Krüger GmbH & Co. KG for unpaid wages:

  March 2025   EUR 3,420.00 gross (not paid)
  April 2025   EUR 3,420.00 gross (not paid)
  overtime     EUR   612.75 gross (41.5 hours, according to your time sheets)
  total        EUR 7,452.75 gross plus interest

Policy RS 4471 311 402, claim RS-25-111090, deductible EUR 250
(your tariff since the 2023 change).

As your employer has stopped answering, your lawyer may also apply for
insolvency pay (Insolvenzgeld) if insolvency proceedings are opened. The
advice on this is covered too.

Please also check the deadline in your employment contract: many contracts
say claims must be made in writing within three months (Ausschlussfrist).
You sent a WhatsApp message on 2 April - your lawyer should send a proper
written demand immediately.

""" + SIG_DEM + "\n")


def m083():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="parental-maintenance claim by social welfare office citing the insured's mother's care level 4 and dementia",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Wolfgang Reichenbach <w.reichenbach@web.example>",
        subject="Elternunterhalt - Schreiben des Sozialamts | Ihre Beratung RS-25-108001",
        date="2025-03-31 13:45",
        body="""Sehr geehrter Herr Reichenbach,

danke für die Kopie des Schreibens des Landratsamts Ravensburg
(Sozialhilfe, Hilfe zur Pflege) vom 20.03.2025.

Das Amt trägt für Ihre Mutter, Frau Elfriede Reichenbach, seit Januar die
ungedeckten Heimkosten im Seniorenzentrum Weingarten (Pflegegrad 4,
fortgeschrittene vaskuläre Demenz) und fordert Sie zur Auskunft über Ihr
Einkommen auf, um einen Übergang von Unterhaltsansprüchen zu prüfen.

Zur Beruhigung vorab: Seit dem Angehörigen-Entlastungsgesetz werden Kinder
nur herangezogen, wenn ihr Jahresbruttoeinkommen 100.000 EUR übersteigt.

Ihr Vertrag RS 4471 055 808 umfasst den Beratungs-Rechtsschutz im
Familienrecht; Elternunterhalt fällt darunter. Wir übernehmen die Kosten
einer Erstberatung bis 500 EUR (Schaden-Nr. RS-25-108001). Die Auskunft
sollten Sie erst nach der Beratung erteilen.

""" + SIG_OBH + "\n")


def m084():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-customer",
        reason="trap: answer to an anonymous web enquiry whether divorce is covered, generic product information",
        frm="Lindauer Sales Service <vertrieb@lindauer-versicherung.example>",
        to="web-enquiry-20250411-2291@forms.lindauer-versicherung.example",
        subject="Re: Your question via our website - is divorce covered?",
        date="2025-04-11 14:30",
        body="""Hello,

thank you for your question via our contact form. You asked whether our
legal expenses insurance pays for a divorce.

In short:
- Divorce proceedings themselves are not insurable with any German legal
  expenses insurer; this is standard in the market.
- With our "Private Comfort" and "Private Premium" tariffs, advice from a
  lawyer on family and inheritance law is included (up to EUR 500 per case),
  for example on separation, maintenance or custody.
- With the "Familie Plus" module (from EUR 4.90 per month) we also cover
  court proceedings about maintenance and inheritance disputes, after a
  waiting period of three months.
- Mediation is covered up to EUR 2,000.

Please note that events which happened before the start of the policy are
not covered.

If you would like a quote, please use our online calculator at
https://www.lindauer-versicherung.example/en/legal-expenses or call us.

Kind regards
Lindauer Sales Service
""")


def m085():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
        reason="cover for a named insured's reference correction claim with grades and claim number",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="RA Ludger Osterkamp <osterkamp@ra-osterkamp.example>",
        subject="Zeugnisberichtigung Reinhold ./. Hanse Spedition | RS-24-166380",
        date="2025-01-20 10:10",
        cte="8bit",
        body="""Sehr geehrter Herr Osterkamp,

für Ihren Mandanten, Herrn Bastian Reinhold (VN, Vertrag RS 4471 180 227),
erteilen wir Deckung für die Klage auf Berichtigung des Arbeitszeugnisses
vor dem Arbeitsgericht Münster.

Nach Ihrer Darstellung lautet die Leistungsbeurteilung "stets zu unserer
Zufriedenheit" (Note 3), Ihr Mandant verlangt "stets zu unserer vollsten
Zufriedenheit"; zudem fehlt die Schlussformel. Ihr Mandant war 7 Jahre als
Disponent tätig, Bruttomonatsgehalt zuletzt 3.480 EUR.

Gegenstandswert: ein Bruttomonatsgehalt (3.480 EUR). Bitte beachten Sie,
dass Ihr Mandant für die Note "sehr gut" die Darlegungs- und Beweislast trägt.

Der Vorschuss von 492,54 EUR ist bereits gezahlt; wir bitten um
Abrechnung nach Abschluss.

Mit freundlichen Grüßen
J. Weidenfeller
Lindauer Rechtsschutz, Team Arbeitsrecht
""")


def m086():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="paternity challenge: DNA test result (genetic data) of a named insured and child",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Jonathan Price <j.price@fastmail.example>",
        subject="RE: paternity - DNA test result - can you cover a lawyer?",
        date="2025-06-03 15:17",
        body="""Dear Mr Price,

I understand this is a very painful situation and I am sorry.

You wrote that a private DNA test (laboratory GenoCheck Leipzig, report of
26 May 2025) found that you are not the biological father of your son Noah
(born 2019), with a probability of paternity of 0 %, and that you want to
challenge paternity at the Family Court Hamburg and stop paying child
maintenance.

Please note three points:
1. Your policy RS 4471 319 550 covers advice in family law (up to EUR 500),
   but not court proceedings about paternity (Abstammungssachen).
2. A DNA test made without the consent of the child's mother cannot be
   used in court and can even be fined (section 26 Genetic Diagnostics
   Act). Your lawyer will explain the court-ordered test (section 1598a BGB).
3. The two-year time limit for challenging paternity runs from the moment
   you learned of the circumstances.

Claim number for the advice: RS-25-112900.

""" + SIG_DEM + "\n")


def m087():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: board statistics on average severance by length of service, aggregates only",
        frm="Felix Dornbusch <f.dornbusch@lindauer-versicherung.example>",
        to="Vorstandsbüro <vorstandsbuero@lindauer-versicherung.example>",
        cc="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        subject="Vorlage Vorstandssitzung 05.06.: Abfindungen in Vergleichen 2024",
        date="2025-05-27 17:40",
        body="""Sehr geehrte Damen und Herren,

für TOP 6 der Vorstandssitzung anbei die gewünschte Auswertung der
Abfindungen in arbeitsgerichtlichen Vergleichen 2024, in denen wir Kosten
getragen haben (n = 2.214; nur Fälle mit bekannter Abfindungshöhe).

Betriebszugehörigkeit   Fälle   Ø Faktor (Gehälter/Jahr)   Median Abfindung
unter 2 Jahre             388            0,41                  2.900 EUR
2 bis 5 Jahre             702            0,52                  7.800 EUR
5 bis 10 Jahre            611            0,58                 16.400 EUR
10 bis 20 Jahre           402            0,66                 31.900 EUR
über 20 Jahre             111            0,74                 58.300 EUR

Beobachtungen:
- Der Faktor liegt überall über der "Faustformel" von 0,5.
- In 9 % der Vergleiche wurde keine Abfindung, sondern nur ein Zeugnis
  und Freistellung vereinbart.
- Unsere durchschnittlichen Kosten je Vergleich: 2.140 EUR.

Mit freundlichen Grüßen
Felix Dornbusch
""")


def m088():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="customer",
        reason="named insured's certificate-of-inheritance costs and IBAN (with his own typo, corrected)",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Michael Sattler <michael.sattler@gmx.example>",
        subject="AW: AW: Erstattung Erbscheinkosten - IBAN falsch?",
        date="2025-04-25 09:21",
        body="""Hallo Herr Sattler,

danke, jetzt passt es. Die Überweisung über 645,00 EUR (Notarkosten für
den Erbscheinantrag nach Ihrem Vater, Rechnung Notar Dr. Imhof vom 02.04.)
geht heute an:

  Michael Sattler, IBAN DE65 4805 0161 9645 7714 59

Hinweis: Die Gerichtsgebühr des Nachlassgerichts Bielefeld (Kostenrechnung
vom 10.04., 645,00 EUR nach Nachlasswert 180.000 EUR) haben wir bereits
direkt gezahlt.

Viele Grüße
Katrin Oberhauser
Rechtsschutz-Leistung

> Entschuldigung, ich hab mich vertippt, richtig ist am Ende ...714 59.
> Gruß M. Sattler
>
>> Sehr geehrter Herr Sattler,
>> unsere Überweisung auf die IBAN DE65 4805 0161 9645 7714 95 wurde von der
>> Bank abgelehnt (Prüfziffer ungültig). Bitte prüfen Sie Ihre Angaben.
>> Schaden-Nr. RS-25-108870, Vertrag RS 4471 104 532.
""")


def m089():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
        reason="warning for alcohol at work: named insured's alcohol dependence and addiction counselling",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="RAin Derya Yilmaz <kanzlei@brandt-yilmaz.example>",
        subject="WG: Abmahnung wegen Alkohol - Herr Kowalski bittet um Hilfe (RS-25-109660)",
        date="2025-04-14 08:30",
        body="""Sehr geehrte Frau Yilmaz,

Herr Kowalski hat Sie als Anwältin benannt und ist mit der Weiterleitung
einverstanden. Deckung für die außergerichtliche Tätigkeit (Abmahnung) ist
erteilt, SB 150 EUR.

Mit freundlichen Grüßen
J. Weidenfeller

---------- Weitergeleitete Nachricht ----------
Von: Heinz Kowalski <heinz.kowalski@t-online.example>
Datum: Fr., 11. Apr. 2025 um 14:52
Betreff: Abmahnung
An: <rs-leistung@lindauer-versicherung.example>

Guten Tag

ich habe am 9.4. eine Abmahnung bekommen weil ich nach der Mittagspause
nach Alkohol gerochen habe, der Meister hat einen Test machen lassen 0,4
Promille. Ich bin Staplerfahrer bei Gebr. Windhorst in Gütersloh.

Ich will ehrlich sein ich habe ein Alkoholproblem, seit meine Frau
gestorben ist. Ich bin seit März bei der Suchtberatung der Diakonie und
soll im Sommer eine Entwöhnung machen (stationär 12 Wochen). Das weiß der
Betrieb aber nicht. Ich habe Angst dass die mich jetzt rausschmeißen,
ich bin 58 und seit 31 Jahren da.

Vertrag RS 4471 027 911.

Mit freundlichen Grüßen
Heinz Kowalski
""")


def m090():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-partner",
        reason="trap: conference invitation on legal expenses insurance in family and employment law",
        frm="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        to="ELPF Programme Committee <programme@legalprotection-forum.example>",
        subject="Re: Speaker slot - European Legal Protection Forum, Vienna, 9-10 October",
        date="2025-05-05 11:55",
        body="""Dear Mr Lindqvist,

thank you for the invitation. I am happy to accept the speaker slot on
10 October. Proposed title and abstract:

"Sick notes, severance and custody: what ten years of claims data tell us
about employment and family legal expenses cover in Germany"

Abstract: Employment and family matters account for more than a third of
all legal expenses claims in Germany. Based on aggregated, anonymised
claims data of a mid-sized insurer, the talk looks at trends in dismissal
disputes, the growing role of mediation in separation cases, the cost
drivers in discrimination and mobbing claims, and the data protection
challenges of handling health and other special-category data in claims.

Technical requirements: projector, clicker. I will arrive on 9 October and
would appreciate a hotel booking near the venue.

Best regards
Dr. Miriam Saalfeld
Head of Legal Expenses Claims, Lindauer Versicherung AG
""")


def m091():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-partner",
        reason="request to reinsurer for approval of a named executive's dismissal claim with salary figures",
        frm="Felix Dornbusch <f.dornbusch@lindauer-versicherung.example>",
        to="Northbridge Re Claims <claims@northbridge-re.example>",
        subject="Prior approval request - executive dismissal RS-25-109004",
        date="2025-04-08 09:46",
        body="""Dear Ms Farrow,

under clause 11 (prior approval for claims with expected costs above
EUR 75,000) we request your approval for:

Claim:          RS-25-109004, policy RS 4471 262 300 (Executive Legal)
Policyholder:   Mr Carsten Vollmer, Managing Director (Geschäftsführer)
                of Terravolt Energy GmbH, Hamburg
Matter:         dismissal as managing director and termination of service
                agreement; claim for remuneration until end of term
                (31 Dec 2027) and bonus
Salary:         EUR 265,000 fixed p.a. plus bonus up to EUR 110,000
Value:          approx. EUR 640,000 (Regional Court Hamburg, commercial
                chamber, not labour court)
Cost estimate:  1st instance approx. EUR 48,000 own lawyer, court fees
                EUR 17,600, opponent's costs EUR 48,000 in case of loss
                -> total risk approx. EUR 113,600

Prospects: reasonable; the dismissal was based on alleged breach of
reporting duties that the shareholders' meeting knew about for more than
two weeks.

We would be grateful for your approval by 15 April.

Best regards
Felix Dornbusch
""")


def m092():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="company",
        reason="employer's occupational-health fitness assessment of a named employee forwarded in a dispute",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="RAin Selin Kaya <s.kaya@kaya-partner.example>",
        subject="FW: Fitness for work assessment - Mr Adeyemi (your client, RS-25-110418)",
        date="2025-04-29 14:03",
        body="""Dear Ms Kaya,

the employer's HR department sent the following directly to us, apparently
by mistake (they thought we were Mr Adeyemi's health insurer). We have
informed Mr Adeyemi and are forwarding it to you as his lawyer; we will not
keep it in our file.

""" + SIG_DEM + """

-----Original Message-----
From: HR Operations <hr-operations@castellan-chemicals.example>
Sent: Monday, April 28, 2025 4:40 PM
To: service-international@lindauer-versicherung.example
Subject: Fitness for work assessment - Mr Adeyemi

Dear Sir or Madam,

as discussed with Mr Adeyemi's representative, please find below the
summary of the occupational physician's assessment (Dr. Petra Voigt,
company medical service, 24 April 2025):

- Employee: Samuel Adeyemi, shift supervisor, plant Ludwigshafen
- Condition: obstructive sleep apnoea (G47.31), now treated with CPAP;
  type 2 diabetes on insulin since January 2025
- Assessment: not fit for night shifts and not fit for work on elevated
  platforms until HbA1c is stable and hypoglycaemia risk is excluded;
  re-assessment in 6 months
- Recommendation: day shifts only

In light of this, the company intends to transfer Mr Adeyemi to the day
shift in the warehouse (pay group E5 instead of E7).

Kind regards
HR Operations, Castellan Chemicals GmbH
""")


def m093():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: calendar invitation for a case-review meeting without case details",
        frm="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        to="Team Arbeitsrecht <rs-arbeitsrecht@lindauer-versicherung.example>",
        subject="Einladung: Fallbesprechung Arbeitsrecht (Stichentscheide, Großschäden)",
        date="2025-04-23 12:00",
        body="""Hallo zusammen,

monatliche Fallbesprechung wie gewohnt. Bitte Fälle bis Montag in die
Liste im Teams-Kanal eintragen (nur Schaden-Nummer, keine Namen im Chat).

Miriam
""",
        atts=[ICS("Fallbesprechung_ArbR.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000050A1F29CB4B4DB01
DTSTAMP:20250423T100000Z
DTSTART;TZID=W. Europe Standard Time:20250430T140000
DTEND;TZID=W. Europe Standard Time:20250430T153000
RRULE:FREQ=MONTHLY;BYDAY=-1WE;COUNT=6
SUMMARY:Fallbesprechung Arbeitsrecht
LOCATION:Raum 3.14 / Microsoft Teams
DESCRIPTION:Tagesordnung: 1. Stichentscheide Q2\\, 2. Großschäden > 25 T€\\,
  3. neue BAG-Rechtsprechung (Urlaubsabgeltung)\\, 4. Verschiedenes
ORGANIZER;CN=Dr. Miriam Saalfeld:mailto:m.saalfeld@lindauer-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Team Arbeitsrecht:mailto:rs-arbeitsrecht@lindauer-versicherung.example
END:VEVENT
END:VCALENDAR""")])


def m094():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="internal",
        reason="attachment-only: handover sheet (ODS) with insured names, claim numbers and deadlines",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Lena Grüning <l.gruening@lindauer-versicherung.example>",
        subject="Übergabe meiner Akten KW 17",
        date="2025-04-17 16:58",
        body="""Hi Lena,

anbei meine Übergabeliste, danke dir fürs Vertreten!
Die Tepe-Akte habe ich separat ans Team geschickt.

LG Katrin
""",
        atts=[ODS("Uebergabe_KW17_Oberhauser.ods", [
            ["Schaden-Nr.", "VN", "Gegenstand", "Frist/Wiedervorlage", "Was ist zu tun"],
            ["RS-25-100982", "Strobl, Melanie", "Beratung Trennung", "-", "erledigt, nur Ablage"],
            ["RS-25-103370", "Fenske, Gudrun", "Erbrecht Plus, Testament", "24.04.", "Ablehnung Privatgutachten versenden"],
            ["RS-25-106400", "Schwertfeger, Bettina", "Erbrecht Plus, Bezugsrecht LV", "25.04.", "Kostennote Gerlach prüfen"],
            ["RS-25-107455", "Brinkmeier, Holger", "Beratung Pflichtteil", "-", "Rechnung kommt"],
            ["RS-25-108001", "Reichenbach, Wolfgang", "Beratung Elternunterhalt", "28.04.", "Rückruf VN erbeten"],
            ["RS-25-108822", "Wollny, Kerstin", "Beratung Umgang", "-", "warten auf Kanzleirechnung"],
        ], sheet="Übergabe")])


def m095():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
        reason="suspected insurance fraud by a named insured, criminal complaint being prepared",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="Spezialermittlung Betrug <sie@lindauer-versicherung.example>",
        cc="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        subject="Verdacht Vordatierung Rechtsschutzfall - RS-25-105866 - bitte prüfen",
        date="2025-03-13 13:20",
        body="""Hallo Kolleginnen und Kollegen der SIE,

ich bitte um Prüfung des folgenden Falls auf Versicherungsbetrug:

VN:           Ralf-Dieter Hubrich, Krefeld, Vertrag RS 4471 332 770
Vertragsbeginn: 01.11.2024 (Online-Abschluss am 29.10.2024)
Meldung:      Kündigung durch die Niederrhein Kabelwerke GmbH, angeblich
              zugegangen am 03.02.2025

Auffälligkeiten:
1. Die Kündigung ist auf den 31.01.2025 datiert, im Anhörungsschreiben des
   Betriebsrats, das die Kanzlei mitgeschickt hat, wird aber auf ein
   "Personalgespräch vom 21.10.2024" mit Ankündigung der Kündigung Bezug
   genommen - also vor Vertragsabschluss.
2. Herr Hubrich hat beim Online-Abschluss die Frage nach "bereits
   absehbaren Streitigkeiten" verneint.
3. Im Schreiben der Arbeitgeberin ist von einem laufenden
   Ermittlungsverfahren gegen Herrn Hubrich wegen Untreue (Spesenabrechnungen)
   die Rede.

Ich habe die Deckung zunächst zurückgestellt. Falls sich der Verdacht
bestätigt: Anfechtung wegen arglistiger Täuschung und Strafanzeige wegen
Betrugs (§ 263 StGB) bitte mit Recht abstimmen.

Gruß
Jonas Weidenfeller
""")


def m096():
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="IT security warning about phishing mails disguised as court letters, no person",
        frm="IT Security <it-security@lindauer-versicherung.example>",
        to="All staff Germany <alle-mitarbeitenden@lindauer-versicherung.example>",
        subject="Warning: phishing e-mails pretending to be from a labour court",
        date="2025-02-24 08:05",
        body="""Dear colleagues,

since Friday we have been seeing phishing e-mails with subjects like
"Ladung zum Gütetermin - Arbeitsgericht" or "Ihr Aktenzeichen 3 Ca ...".
They contain a ZIP file or a link to a fake "beA viewer".

Courts do NOT send summons or documents as ordinary e-mail attachments.
Lawyers use beA, courts use EGVP.

What to do:
- do not open the attachment or the link,
- use the "Report phishing" button in Outlook,
- if you have already clicked: call the IT service desk immediately (-4444).

Thank you for staying alert.
Group IT Security
""")


def m097():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="correction of a named insured's date of birth and address in the policy",
        frm="Policy Service Legal Expenses <vertrag-rs@lindauer-versicherung.example>",
        to="Priya Raghunathan <priya.r@outlook.example>",
        subject="Your policy RS 4471 328 640 - corrected details",
        date="2025-05-14 09:40",
        body="""Dear Ms Raghunathan,

thank you for pointing out the error. We have corrected your details:

  Name:           Priya Raghunathan
  Date of birth:  04/07/1991 (previously recorded as 07/04/1991)
  Address:        Karl-Liebknecht-Straße 21, 04107 Leipzig
  Policy:         RS 4471 328 640, Private Comfort + Employment

Your updated policy schedule is available in your secure mailbox. The
correction does not change your premium.

Kind regards
Policy Service Legal Expenses
Lindauer Versicherung AG
""")


def m098():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-lawyer",
        reason="discrimination of a named trans employee: gender identity, former name and hormone therapy",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Fiona Hartley <f.hartley@hartleymoss.example>",
        cc="RAin Selin Kaya <s.kaya@kaya-partner.example>",
        subject="Ms Alexandra Kühn - cover for AGG claim and name change in employer records",
        date="2025-05-26 10:50",
        body="""Dear Ms Hartley, dear Ms Kaya,

following our call, cover is confirmed for Ms Kühn's claims against her
employer, Helios Travel Services GmbH (Frankfurt), under the General Equal
Treatment Act (claim RS-25-112105, policy RS 4471 331 560).

Background as provided by Ms Kühn:
- She is a trans woman. Her first name and gender entry were changed on
  12 February 2025 under the Self-Determination Act (previously registered
  as "Alexander Kühn").
- She has been on hormone therapy since 2023; she informed HR in
  February and asked that her e-mail account, badge and payslips be
  changed.
- HR has refused to change the payslips "until the pension fund agrees",
  her team lead keeps using the former name in meetings, and she was
  removed from customer-facing work in March.

Ms Hartley advised Ms Kühn when she worked in London; Ms Kaya will act in
the German proceedings. Please coordinate directly. Deadline for the
written claim under section 15 (4) AGG: 2 June 2025.

""" + SIG_DEM + "\n")


def m099():
    return dict(
        label="NORMAL", lang="de", kind="insurer-to-broker",
        reason="trap: broker product update (mobbing counselling, mediation) without customer data",
        frm="Maklerbetreuung Rechtsschutz <makler-service@lindauer-versicherung.example>",
        to="Maklerpartner Rechtsschutz <maklerpartner-rs@lindauer-versicherung.example>",
        subject="Produktupdate Rechtsschutz 07/2025: Mobbing-Beratung, Mediation, Familie Plus",
        date="2025-06-10 07:30",
        body="""Sehr geehrte Maklerpartnerinnen und Maklerpartner,

zum 01.07.2025 erweitern wir unsere Rechtsschutz-Tarife - für Bestands-
und Neukunden ohne Mehrbeitrag (Update-Garantie):

1. Mobbing-Beratung
   Neu in Komfort und Premium: bis zu 3 Beratungsgespräche bei einer
   psychologischen Beratungsstelle (Partner: Konfliktberatung Süd) sowie
   anwaltliche Erstberatung, auch wenn noch kein Rechtsverstoß vorliegt.

2. Mediation
   Erhöhung von 2.000 auf 3.000 EUR je Fall, auch in Erbengemeinschaften.

3. Familie Plus
   Neu versichert: Verfahren zum Versorgungsausgleich nach der Scheidung
   (§§ 20 ff. VersAusglG) und Elternunterhalt, Wartezeit 3 Monate.

4. Arbeits-Rechtsschutz
   Aufhebungsverträge: Beratung auch ohne vorherige Kündigungsandrohung.

Die aktualisierten Produktinformationsblätter und ein Vergleich alt/neu
finden Sie im Maklerportal unter Downloads > Rechtsschutz.

Mit freundlichen Grüßen
Ihre Maklerbetreuung Rechtsschutz
Lindauer Versicherung AG
""")


def m100():
    return dict(
        label="CONFIDENTIAL", lang="mixed", kind="insurer-to-lawyer",
        reason="Austrian probate case of a named insured: estate assets and heirs, German-English",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Mag. Clemens Steinwender <c.steinwender@steinwender-law.example>",
        subject="AW: Verlassenschaft nach Franz Eder / your client Mr Martin Eder - coverage",
        date="2025-05-07 14:22",
        body="""Sehr geehrter Herr Mag. Steinwender,

thank you for your e-mail in English - I answer in German, as you offered,
with a short English summary below.

Für Ihren Mandanten, unseren Versicherungsnehmer Herrn Martin Eder
(Vertrag RS 4471 279 001, Erbrecht Plus), bestätigen wir Deckung für die
Vertretung im Verlassenschaftsverfahren nach seinem Vater, Herrn Franz Eder,
verstorben am 08.01.2025 in Kufstein, vor dem Bezirksgericht Kufstein, soweit
es um die Erbantrittserklärung und die Auseinandersetzung mit der
Lebensgefährtin des Erblassers über das Wohnungsgebrauchsrecht geht.

Nachlass laut Ihrer Aufstellung: Eigentumswohnung Kufstein (ca. EUR 420.000),
Sparbuch (EUR 38.500), Pkw. Deckungssumme Erbrecht Plus: EUR 25.000.
Wir erstatten nach RATG bis zur Höhe der vergleichbaren RVG-Gebühren.

English summary: cover confirmed for the Austrian probate proceedings
(Verlassenschaftsverfahren), limit EUR 25,000, fees under RATG capped at
the German statutory scale. Claim no. RS-25-111236.

""" + SIG_OBH + """

> Dear Madam or Sir, we represent Mr Martin Eder in the probate proceedings
> after his father. Mr Eder informs us that he holds legal expenses
> insurance with you. We kindly ask for confirmation of coverage.
> Mit freundlichen Grüßen, Mag. Clemens Steinwender, Rechtsanwalt, Innsbruck
""")


def m101():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="lawyer",
        reason="dismissal after organising a works council: named insured's IG Metall membership and union role",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        subject="WG: Deckungsanfrage Krüger ./. Alpina Präzisionsteile - Sonderkündigungsschutz Wahlinitiator",
        date="2025-05-16 09:14",
        body="""Miriam, zur Info, Deckung erteile ich - Subsidiarität geklärt, die
IG Metall vertritt nicht, weil er erst seit 4 Wochen Mitglied ist
(Karenzzeit 3 Monate). J.

-------- Weitergeleitete Nachricht --------
Von: RA Ansgar Pohl <pohl@pohl-arbeitsrecht.example>
Datum: 15.05.2025 17:20
Betreff: Deckungsanfrage Krüger ./. Alpina Präzisionsteile GmbH

Sehr geehrte Damen und Herren,

Ihr VN, Herr Sebastian Krüger (RS 4471 298 004), hat im April 2025 mit
zwei Kollegen zur ersten Betriebsratswahl in der Alpina Präzisionsteile
GmbH, Kempten, eingeladen und ist am 10.04.2025 der IG Metall beigetreten,
die die Wahl unterstützt. Zwei Wochen nach Aushang der Einladung wurde ihm
ordentlich gekündigt, angeblich wegen Auftragsrückgangs.

Als Einladender genießt unser Mandant Sonderkündigungsschutz nach § 15
Abs. 3a KSchG. Wir bitten um Deckung für die Kündigungsschutzklage vor dem
ArbG Kempten. Bruttomonatsgehalt 3.960 EUR.

Mit freundlichen Grüßen
Pohl
Rechtsanwalt
""")


def m102():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-broker",
        reason="trap: broker webinar invitation on selling employment legal cover, calendar file, no customer",
        frm="Broker Academy <makler-akademie@lindauer-versicherung.example>",
        to="International brokers <intl-brokers@lindauer-versicherung.example>",
        subject="Broker webinar: Legal expenses cover for international employees - 12 June",
        date="2025-05-28 12:00",
        body="""Dear partners,

international employees in Germany are often surprised that there is no
statutory severance, that a dismissal must be challenged within three
weeks and that each side pays its own lawyer at the labour court. That is
a strong argument for employment legal expenses cover.

Join our 45-minute webinar:
  Thursday, 12 June 2025, 10:00-10:45 CEST (in English)
  - product overview: Private Comfort, Premium, Familie Plus
  - typical claims: dismissal, warning, continued pay during sick leave,
    discrimination
  - waiting periods and pre-existing disputes - how to explain them
  - Q&A

The calendar invitation with the link is attached.

Broker Academy
Lindauer Versicherung AG
""",
        atts=[ICS("broker_webinar_2025-06-12.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindauer Versicherung//Broker Academy//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:broker-webinar-2025-06-12@lindauer-versicherung.example
DTSTAMP:20250528T100000Z
DTSTART;TZID=Europe/Berlin:20250612T100000
DTEND;TZID=Europe/Berlin:20250612T104500
SUMMARY:Broker webinar: legal expenses cover for international employees
DESCRIPTION:Join: https://makler.lindauer-versicherung.example/webinar/0612
LOCATION:Online
END:VEVENT
END:VCALENDAR""")])


def m103():
    return dict(
        label="NORMAL", lang="de", kind="insurer-to-supplier",
        reason="trap: purchase order for destruction of old divorce/employment claim files, no file contents",
        frm="Einkauf <einkauf@lindauer-versicherung.example>",
        to="Akten-Ex Süd GmbH <auftrag@akten-ex-sued.example>",
        subject="Bestellung 4500318877 - Aktenvernichtung Rechtsschutz Altakten Abschluss 2014",
        date="2025-02-04 13:10",
        body="""Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2023-017:

Pos. 10  Vernichtung von Papierakten, Schutzklasse 3, Sicherheitsstufe P-4
         (DIN 66399), Abholung mit verschlossenen Sicherheitsbehältern
         Menge: ca. 180 Behälter à 240 l
         Inhalt: Rechtsschutz-Leistungsakten (Arbeits-, Familien- und
         Erbrecht) mit Abschlussjahr 2014, Aufbewahrungsfrist abgelaufen
Pos. 20  Vernichtungsprotokoll mit Behälternummern

Abholtermin: 17.02.2025, 7:30 Uhr, Anlieferzone Nord, Kemptener Str. 140
Ansprechpartner vor Ort: Herr Gstöttner, Hausdienst, Tel. 08382 7704-1190

Bitte bestätigen Sie den Termin. Die Rechnung bitte unter Angabe der
Bestellnummer an rechnungseingang@lindauer-versicherung.example.

Mit freundlichen Grüßen
Einkauf, Lindauer Versicherung AG
""")


def m104():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-partner",
        reason="statement to the insurance ombudsman on a named insured's complaint about a waiting-period refusal",
        frm="Beschwerdemanagement <beschwerde@lindauer-versicherung.example>",
        to="Versicherungsombudsmann e. V. <beschwerde@ombudsmann-vers.example>",
        subject="Ihr Az. 2025-04418-RS / Donath, Lisa-Marie - Stellungnahme",
        date="2025-05-02 15:30",
        body="""Sehr geehrte Damen und Herren,

zur Beschwerde von Frau Lisa-Marie Donath, Chemnitz, nehmen wir wie folgt
Stellung:

1. Vertrag: RS 4471 330 416, Berufs-Rechtsschutz für Arbeitnehmer,
   Beginn 01.12.2024, Wartezeit Arbeitsrecht 3 Monate (bis 28.02.2025).

2. Rechtsschutzfall: Kündigung durch die Arbeitgeberin, zugegangen am
   30.01.2025, Schaden-Nr. RS-25-105030.

3. Frau Donath macht geltend, sie sei von der Vermittlerin nicht auf die
   Wartezeit hingewiesen worden. Im Beratungsprotokoll vom 18.11.2024, das
   Frau Donath unterschrieben hat, ist der Hinweis unter Ziffer 4 angekreuzt.
   Das Produktinformationsblatt nennt die Wartezeit auf Seite 1.

4. Ein Vorvertrag, der die Wartezeit entfallen ließe, bestand nicht.

Wir halten an unserer Entscheidung fest. Aus Kulanz haben wir Frau Donath
angeboten, die Kosten einer anwaltlichen Erstberatung (bis 226,10 EUR) zu
übernehmen; das Angebot hat sie nicht angenommen.

Mit freundlichen Grüßen
Lindauer Versicherung AG
Beschwerdemanagement, i. A. Ruth Abele
""")


def m105():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="lawyer",
        reason="attachment-only: draft divorce settlement with life policy transfer and private health insurance of spouse",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Dr. Henriette Voss <voss@voss-familienrecht.example>",
        subject="AW: Entwurf Scheidungsfolgenvereinbarung Albrecht - Mediationskosten",
        date="2025-06-05 10:02",
        body="""Sehr geehrte Frau Dr. Voss,

danke für den Entwurf, den ich für die Akte zurücksende (Ihre Anmerkungen
zu § 5 habe ich nicht verändert). Die Kosten der beiden Mediationssitzungen
übernehmen wir wie besprochen; die notarielle Beurkundung ist leider nicht
versichert.

""" + SIG_OBH + "\n",
        atts=[DOCX("Entwurf_Scheidungsfolgenvereinbarung_Albrecht_v3.docx", [
            "ENTWURF v3 - Scheidungsfolgenvereinbarung",
            "zwischen Frau Sabine Albrecht geb. Hartung, geb. 03.05.1976, und Herrn Jens Albrecht, geb. 21.12.1973,",
            "wohnhaft Merianstraße 14, 79104 Freiburg",
            "§ 1 Trennung: Die Beteiligten leben seit dem 01.09.2024 getrennt.",
            "§ 2 Ehewohnung: Frau Albrecht übernimmt die Wohnung Merianstraße 14 gegen Zahlung von 95.000 EUR.",
            "§ 3 Zugewinn: Mit der Zahlung nach § 2 ist der Zugewinnausgleich abgegolten.",
            "§ 4 Versorgungsausgleich: Die Kapitallebensversicherung des Ehemannes bei der Lindauer "
            "Lebensversicherung AG (LV 8802 203 114, Rückkaufswert 41.280 EUR) wird auf die Ehefrau übertragen; "
            "im Übrigen findet der Versorgungsausgleich statt.",
            "§ 5 Krankenversicherung: Frau Albrecht ist wegen ihrer Brustkrebserkrankung (Erstdiagnose 2022, "
            "derzeit Antihormontherapie) nicht in einen anderen PKV-Tarif wechselbar. Der Ehemann zahlt bis zur "
            "Rechtskraft der Scheidung den Beitrag ihrer privaten Krankenversicherung (Lindauer Kranken, "
            "Tarif Komfort 100, 612,40 EUR mtl.) als Teil des Trennungsunterhalts. [Anm. RAin Voss: Altersvorsorgeunterhalt prüfen]",
            "§ 6 Kindesunterhalt: 130 % des Mindestunterhalts für Lea (geb. 2011) nach der jeweils gültigen "
            "Düsseldorfer Tabelle.",
            "§ 7 Kosten: Die Kosten der Mediation und dieser Vereinbarung tragen die Beteiligten je zur Hälfte.",
        ])])


# ---------------------------------------------------------------- mails 106-128


def m106():
    return dict(
        label="NORMAL", lang="de", kind="newsletter",
        reason="trap: case-law newsletter on compulsory portion and gifts, parties anonymised as in published judgments",
        frm="Lindauer Rechtsschutz Partnerservice <partnerservice@lindauer-versicherung.example>",
        to="Partneranwaelte Erbrecht <partneranwaelte-erbr@lindauer-versicherung.example>",
        subject="ErbR-Ticker 01/2025: Pflichtteilsergänzung bei Nießbrauchsvorbehalt, Testamentsauslegung",
        date="2025-01-27 07:30",
        body="""Sehr geehrte Partneranwältinnen und Partneranwälte,

die wichtigsten Entscheidungen aus dem Erbrecht im Überblick:

1. BGH: Schenkung unter Nießbrauchsvorbehalt
   Behält sich der Schenker bei der Übertragung einer Immobilie den
   vollständigen Nießbrauch vor, beginnt die Zehnjahresfrist des § 2325
   Abs. 3 BGB nicht zu laufen. Der Erblasser hat den "Genuss" des
   Gegenstands nicht aufgegeben. In dem entschiedenen Fall hatte die
   Erblasserin ihrem Sohn ein Mehrfamilienhaus übertragen; die Tochter
   verlangte Pflichtteilsergänzung - mit Erfolg.

2. OLG: "Meine Kinder sollen zu gleichen Teilen erben"
   Ein handschriftlicher Zusatz auf einem Kontoauszug kann ein wirksames
   Testament sein, wenn Testierwille erkennbar ist. Hier: nein, es fehlte
   der ernstliche Wille, eine letztwillige Verfügung zu treffen.

3. Deckungshinweis
   Pflichtteilsergänzungsansprüche sind nur mit "Erbrecht Plus" gedeckt.
   Für die Beratung genügt der Beratungs-Rechtsschutz.

Archiv: https://partner.lindauer-versicherung.example/erbr-ticker

Mit kollegialen Grüßen
Ihr Partnerservice Rechtsschutz
""")


def m107():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="named insured's refused part-time request after parental leave, salary and employer (no health data)",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Hannah Sørensen <hannah.sorensen@mailbox.example>",
        subject="RE: Part-time after parental leave refused | RS-25-112560",
        date="2025-06-06 11:09",
        body="""Dear Ms Sørensen,

thank you for your reply and the letter from Fjordline Consulting GmbH.

As I understand it, you will return from parental leave on 1 August 2025
and applied on 3 April to reduce your working time from 40 to 28 hours
per week (section 15 (7) BEEG), spread over four days. Your employer
refused on 2 June, citing "operational reasons" without further detail.
Your current salary is EUR 5,600 gross per month.

This is covered under your employment cover (policy RS 4471 309 114).
We have opened a new claim, RS-25-112560. As the refusal does not seem to
meet the formal requirements, your lawyer should look at it quickly -
there is a deadline of four weeks to take the matter to court if you want
to enforce the reduction.

Would you like to work with Mr Leisten again, who advised you in April?

""" + SIG_DEM + "\n")


def m108():
    inner = dict(
        frm="RA Dr. Bernd Rathmann <rathmann@kanzlei-rathmann.example>",
        to="service-international@lindauer-versicherung.example",
        subject="Mr Wojcik - occupational disease and dismissal - medical report",
        date="2025-05-30 17:41",
        body="""Dear Ms Demirel,

as requested, the summary of the report of the occupational medicine
clinic (Universitätsklinikum Gießen, Prof. Dr. Hennig, 19 May 2025) for
our client, your policyholder Mr Paweł Wójcik (RS 4471 303 118):

- occupational asthma caused by isocyanates (J45.0, occupational disease
  no. 1315), confirmed by specific inhalation challenge test
- FEV1 68 % of predicted; inhaled corticosteroids and salbutamol as needed
- Recommendation: no further exposure to isocyanates; workplace in the
  paint shop is unsuitable

The employer (Kühlmann Karosseriebau GmbH) has dismissed Mr Wójcik for
illness-related reasons instead of offering him a workplace in assembly.
We will argue that the dismissal is disproportionate. The employers'
liability insurance association has recognised the occupational disease.

Kind regards
Dr. Bernd Rathmann
""")
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="lawyer",
        reason="forwarded mail (message/rfc822) with a named insured's occupational asthma diagnosis and lung function",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        subject="FW: Mr Wojcik - please decide on cover (illness-related dismissal)",
        date="2025-06-02 08:36",
        body="""Hi Jonas,

German lawyer but writes in English for the client - see attached mail.
Cover for the dismissal claim looks fine to me, can you confirm? Value:
3 x EUR 3,890.

Thanks
Aylin
""",
        atts=[EML(inner)])


def m109():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-supplier",
        reason="trap: translation order for template letters about sick notes and dismissal, no person",
        frm="Sabine Mertens-Koch <s.mertens-koch@lindauer-versicherung.example>",
        to="Project Management Lingua Bridge <projects@linguabridge.example>",
        subject="Translation order: 14 customer letter templates DE > EN/TR/PL (legal expenses)",
        date="2025-03-19 15:22",
        body="""Dear Ms Okonkwo,

please find our order for the translation of 14 letter templates from
German into English, Turkish and Polish (approx. 6,300 source words).

The templates are used in legal expenses claims, e.g.:
- confirmation of cover for dismissal and warning cases
- request for the sick note and the employment contract
- rejection because of the waiting period
- information on advice cover in divorce and inheritance matters

The templates contain placeholders in guillemets («Name», «Schadennummer»);
please leave them unchanged. No personal data are included. Please use our
glossary (attached to the project in your portal) for terms such as
"Abmahnung", "Aufhebungsvertrag" and "Versorgungsausgleich".

Deadline: 4 April 2025. Purchase order no. 4500319402, framework agreement
RV-2024-009.

Kind regards
Sabine Mertens-Koch
Product Management Legal Expenses
""")


def m110():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
        reason="attachment-only: signed power of attorney with the insured's birth date and claim data",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="RA Ansgar Pohl <pohl@pohl-arbeitsrecht.example>",
        subject="Vollmacht Krüger - zu Ihrer Akte",
        date="2025-05-19 10:40",
        body="""Sehr geehrter Herr Pohl,

Ihr Mandant hat die Vollmacht versehentlich an uns geschickt. Anbei zu
Ihrer Akte.

Mit freundlichen Grüßen
J. Weidenfeller
""",
        atts=[PDF("Vollmacht_Krueger_unterschrieben.pdf", [
            "VOLLMACHT",
            "",
            "Hiermit wird Herrn Rechtsanwalt Ansgar Pohl, Bahnhofstraße 12, 87435 Kempten,",
            "in Sachen Krüger ./. Alpina Präzisionsteile GmbH wegen Kündigung vom 24.04.2025",
            "Vollmacht erteilt zur Prozessführung (u. a. nach §§ 81 ff. ZPO) sowie zur",
            "außergerichtlichen Vertretung, zur Korrespondenz mit der Rechtsschutzversicherung",
            "(Lindauer Versicherung AG, Vertrag RS 4471 298 004, Schaden-Nr. RS-25-111670)",
            "und zur Entgegennahme von Geld und Wertsachen.",
            "",
            "Vollmachtgeber: Sebastian Krüger, geb. 28.02.1989",
            "Anschrift: Illerstraße 7, 87439 Kempten",
            "",
            "Kempten, den 15.05.2025         gez. S. Krüger",
        ])])


def m111():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
        reason="calendar file only: hearing note says the named insured is in inpatient psychiatric treatment",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="RAin Selin Kaya <s.kaya@kaya-partner.example>",
        subject="Termin Güteverhandlung Brämer",
        date="2025-03-21 11:30",
        body="""Frau Kaya,

wie telefonisch besprochen der Termin für Ihren Kalender.

Gruß J. Weidenfeller
""",
        atts=[ICS("Guetetermin_Braemer.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:guete-braemer-20250409@lindauer-versicherung.example
DTSTAMP:20250321T103000Z
DTSTART;TZID=Europe/Berlin:20250409T093000
DTEND;TZID=Europe/Berlin:20250409T100000
SUMMARY:Gütetermin ArbG Köln 9 Ca 1144/25 Brämer ./. Rheinwerk Metallbau
LOCATION:Arbeitsgericht Köln\\, Pohligstraße 9\\, Saal 1.12
DESCRIPTION:RS-25-106230. Achtung: Mandant befindet sich seit 17.03. in st
 ationärer Behandlung (LVR-Klinik Köln-Merheim\\, Depression nach Bandschei
 ben-OP\\, Schmerzmittelabhängigkeit). Persönliches Erscheinen angeordnet -
  Attest für Entschuldigung liegt vor\\, ggf. Terminsverlegung beantragen.
ORGANIZER;CN=Jonas Weidenfeller:mailto:j.weidenfeller@lindauer-versicherung.example
ATTENDEE;CN=Selin Kaya:mailto:s.kaya@kaya-partner.example
END:VEVENT
END:VCALENDAR""")])


def m112():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: process Q&A on sick notes (AU) in incoming mail, no person",
        frm="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        to="Team Arbeitsrecht <rs-arbeitsrecht@lindauer-versicherung.example>",
        cc="Posteingang Scan <scan-team@lindauer-versicherung.example>",
        subject="Umgang mit AU-Bescheinigungen und Arztberichten im Posteingang - neue Regel ab 01.05.",
        date="2025-04-25 13:55",
        body="""Liebe Kolleginnen und Kollegen,

ab 01.05. gilt für Entgeltfortzahlungs- und Kündigungsfälle:

F: Brauchen wir AU-Bescheinigungen für die Deckungsprüfung?
A: In der Regel nicht. Es genügt die Angabe des Zeitraums der
   Arbeitsunfähigkeit durch die Kanzlei. Ausnahme: der Beweiswert ist
   streitig und die Erfolgsaussichten hängen davon ab.

F: Ein Kunde schickt ungefragt einen Arztbericht. Was tun?
A: Nicht in die Akte übernehmen. Kunde kurz informieren, dass wir ihn nicht
   benötigen, Dokument löschen, Löschvermerk "med. Unterlage gelöscht
   (Datum, Kürzel)" setzen.

F: Darf ich in LEON die Diagnose ins Freitextfeld schreiben?
A: Nein. Freitext nur: "AU-Zeitraum streitig" o. Ä.

F: Wie schicke ich Unterlagen mit Gesundheitsdaten an die Kanzlei?
A: Ausschließlich über das Partnerportal oder per E-Mail mit dem Betreff-Tag
   [streng vertraulich]; das Gateway verschlüsselt dann.

Das Scan-Team markiert Eingänge mit Arztbriefkopf ab sofort mit dem
Dokumenttyp "MED" und legt sie in den gesperrten Bereich.

Viele Grüße
Miriam
""")


def m113():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="reimbursement of a named insured's travel costs to a court hearing with her IBAN",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Sophie Lindqvist <sophie.lindqvist@proton.example>",
        subject="Travel costs for the hearing in Leipzig - reimbursement",
        date="2025-06-12 09:25",
        body="""Dear Ms Lindqvist,

thank you for sending the tickets. Your policy covers your travel costs to
a court hearing when the court has ordered you to appear in person. We
reimburse:

  train Berlin - Leipzig and back, 2nd class, 4 June 2025   EUR 71.80
  local transport                                          EUR  6.40
  total                                                    EUR 78.20

The amount will be transferred within five working days to:
  Sophie Lindqvist, IBAN DE48 3005 0110 6404 4332 74

Claim RS-25-112318.

""" + SIG_DEM + "\n")


def m114():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="customer",
        reason="deep in a quoted thread: the named insured explains a missed deadline with her chemotherapy",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Hartley & Moss LLP <f.hartley@hartleymoss.example>",
        subject="RE: RE: RE: Raghunathan - late instruction / limitation",
        date="2025-06-16 16:44",
        body="""Dear Ms Hartley,

thanks - agreed, please go ahead on that basis. I will note the file.

Aylin

-----Original Message-----
From: Fiona Hartley <f.hartley@hartleymoss.example>
Sent: 16 June 2025 15:02
Subject: RE: RE: Raghunathan - late instruction / limitation

Aylin, we would argue the deadline was not missed because the contractual
cut-off clause is invalid anyway. Shall we proceed? Fiona

-----Original Message-----
From: Aylin Demirel
Sent: 13 June 2025 10:20
Subject: RE: Raghunathan - late instruction / limitation

Dear Ms Hartley, the underlying question for us is only whether the
claim can still succeed. See Ms Raghunathan's explanation below. Best, Aylin

> From: Priya Raghunathan <priya.r@outlook.example>
> Sent: 11 June 2025 21:37
> To: service-international@lindauer-versicherung.example
> Subject: why I did not claim the bonus in time
>
> Dear Ms Demirel,
>
> you asked why I only contacted a lawyer in May about the unpaid bonus
> for 2024 although the deadline in my contract was 31 March.
>
> I was diagnosed with Hodgkin lymphoma in January and had my chemotherapy
> (ABVD, six cycles) from February until the end of April at the
> University Hospital Leipzig. For most of that time I was on sick leave and
> honestly could not think about anything else. My oncologist can confirm
> this. I am in remission now and back at work since 2 June.
>
> Regards
> Priya
""")


def m115():
    return dict(
        label="NORMAL", lang="mixed", kind="internal",
        reason="trap: agenda for a group meeting on pension-splitting and family products, no person",
        frm="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        to="Mag. Verena Pichler <v.pichler@lindauer-group.example>",
        cc="Sabine Mertens-Koch <s.mertens-koch@lindauer-versicherung.example>",
        subject="Agenda Produktworkshop Familie / family products workshop Wien 03.07.",
        date="2025-06-18 09:15",
        body="""Liebe Verena,

anbei der Agenda-Vorschlag für unseren Workshop in Wien. Wir sprechen wie
besprochen Englisch, weil die Kollegen aus Prag dabei sind.

Agenda - Family products workshop, Vienna, 3 July 2025, 09:30-15:00

09:30  Welcome and goals (Pichler / Saalfeld)
09:45  DE: Familie Plus after one year - take-up, claims, lessons learned
10:30  AT: Rechtsschutz im Familienrecht - Scheidung "einvernehmlich vs.
       strittig", Unterhalt, Obsorge
11:15  Pension splitting (Versorgungsausgleich DE / Pensionssplitting AT):
       can we offer cover for the proceedings after divorce?
12:00  Lunch
13:00  Mediation as a standard service in all three markets
13:45  Inheritance: Erbrecht Plus vs. Verlassenschaftsverfahren - common
       product core?
14:30  Next steps, owners, timeline

Könntest du bitte den Raum reservieren und die Kollegen aus Prag einladen?

Danke und bis bald
Miriam
""")


def m116():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="final cost statement for a named insured with deductible, fees and opponent's refund",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="Dennis Rautenberg <d.rautenberg@gmx.example>",
        subject="Abschluss Ihres Rechtsschutzfalls RS-25-104417 - Abrechnung",
        date="2025-05-08 14:00",
        body="""Sehr geehrter Herr Rautenberg,

Ihr Verfahren gegen die Kessler Logistik GmbH ist durch Vergleich vom
26.03.2025 beendet. Wir haben die Kosten wie folgt abgerechnet:

  Rechtsanwälte Brandt & Yilmaz, Schlussrechnung       3.312,43 EUR
  Gerichtskosten (entfallen durch Vergleich)               0,00 EUR
  Summe Kosten                                         3.312,43 EUR
  abzüglich Ihre Selbstbeteiligung                      -150,00 EUR
  von uns gezahlt                                      3.162,43 EUR

Ihre Selbstbeteiligung von 150,00 EUR hat die Kanzlei direkt mit Ihnen
abgerechnet.

Bitte beachten Sie: Für Ihre Abfindung (18.500 EUR) gilt die
Fünftelregelung nach § 34 EStG; eine steuerliche Beratung ist nicht
Gegenstand der Rechtsschutzversicherung.

Der Schadenfall wird damit geschlossen. Ihr Vertrag RS 4471 208 315 läuft
unverändert weiter.

""" + SIG_WEI + "\n")


def m117():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
        reason="inside a ZIP: sick notes with ICD codes and a hospital discharge letter of the named insured",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="Kanzlei Brandt & Yilmaz <kanzlei@brandt-yilmaz.example>",
        subject="WG: Unterlagen Wenzlaff für Berufung",
        date="2025-04-03 15:38",
        body="""Sehr geehrte Damen und Herren,

Herr Wenzlaff hat die Unterlagen für die Berufung an uns statt an Sie
geschickt. Wir leiten sie unverändert weiter und nehmen sie nicht zur Akte.

Mit freundlichen Grüßen
J. Weidenfeller

> Hallo, anbei alles was ich habe, als zip weil so viele Seiten.
> Marcel Wenzlaff
""",
        atts=[ZIP("Wenzlaff_Unterlagen.zip", [
            PDF("01_Arbeitsvertrag_Seite1.pdf", [
                "Arbeitsvertrag zwischen Brückner Antriebstechnik GmbH und Herrn Marcel Wenzlaff",
                "Beginn 01.09.2016, Tätigkeit Industriemechaniker, Vergütung nach ERA-Tarif EG 9",
            ]),
            PDF("02_AU_Bescheinigungen_2024.pdf", [
                "Arbeitsunfähigkeitsbescheinigung - Ausfertigung zur Vorlage beim Versicherten",
                "Versicherter: Marcel Wenzlaff, geb. 11.11.1990, AOK Baden-Württemberg",
                "AU von 04.03.2024 bis 22.03.2024  Erstbescheinigung  ICD-10: F10.2 G (Alkoholabhängigkeit)",
                "AU von 23.03.2024 bis 30.04.2024  Folgebescheinigung   ICD-10: F10.2 G, K70.0 G",
                "AU von 08.10.2024 bis 18.10.2024  Erstbescheinigung  ICD-10: J06.9 G",
                "Arzt: Dr. med. Uwe Rennert, Allgemeinmedizin, Heilbronn",
            ]),
            PDF("03_Entlassbrief_Klinik.pdf", [
                "Klinikum am Weissenhof, Weinsberg - Abteilung Suchtmedizin",
                "Entlassbrief Herr Marcel Wenzlaff, geb. 11.11.1990",
                "Aufenthalt 25.03.2024 - 19.04.2024, qualifizierter Alkoholentzug",
                "Diagnosen: Alkoholabhängigkeitssyndrom (F10.2), Fettleber (K70.0)",
                "Empfehlung: Entwöhnungsbehandlung, Anbindung Suchtberatung, Abstinenz",
            ]),
        ])])


def m118():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-customer",
        reason="trap: model severance calculation for fictitious salaries in an FAQ for international employers",
        frm="Lindauer Business Legal Expenses <firmenkunden-rs@lindauer-versicherung.example>",
        to="hr-circle-members@lindauer-versicherung.example",
        subject="HR Circle FAQ: How is severance calculated in German settlements?",
        date="2025-05-15 08:30",
        body="""HR Circle - FAQ for employers with company legal expenses cover

Q: Is there a legal right to severance in Germany?
A: Generally no. Severance is usually agreed in a settlement. The only
   statutory formula is section 1a KSchG (0.5 monthly salaries per year of
   service) for operational dismissals if the employer offers it in the
   notice letter.

Q: What does a typical settlement look like?
A: Courts often start from 0.5 monthly salaries per year of service and
   adjust for the risk of each side. Example (fictitious):

   Monthly gross salary        EUR 4,000
   Years of service            8
   Factor                      0.5
   Severance                   4,000 x 8 x 0.5 = EUR 16,000

   With a higher factor of 0.75 because the dismissal looks weak:
   4,000 x 8 x 0.75 = EUR 24,000

Q: Does our company legal expenses cover pay the severance?
A: No. It pays lawyers' fees and court costs, never the severance itself.

Q: What about employees on long-term sick leave?
A: Illness-related dismissals follow a strict three-step test, and the
   occupational reintegration procedure (BEM) must be offered first. Please
   speak to your lawyer before taking any steps.

This FAQ is general information and not legal advice.
""")


def m119():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-lawyer",
        reason="cover for a named insured's warning about unrecorded overtime, with employer and claim number",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="RA Moritz Leisten <m.leisten@kaya-partner.example>",
        subject="Mr Carvalho - second matter: warning letter (working time records) | RS-25-112733",
        date="2025-06-11 13:52",
        body="""Dear Mr Leisten,

Mr Carvalho (policy RS 4471 311 402) has a second matter with the same
employer, Fassadenbau Krüger GmbH & Co. KG: on 5 June he received a warning
letter for "failing to record working hours in the time recording system
on 14 occasions in May". He says the terminals on two building sites were
out of order and he wrote his hours on paper as instructed by the site
manager.

We confirm cover for the out-of-court representation (removal of the
warning from the personnel file), separate claim no. RS-25-112733. The
deductible applies once more (EUR 250), as this is a new event.

Please keep the two matters separate in your invoices.

""" + SIG_DEM + "\n")


def m120():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-lawyer",
        reason="racial/ethnic-origin discrimination of a named insured (Syrian origin, Arabic) in an AGG claim",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="RAin Selin Kaya <s.kaya@kaya-partner.example>",
        subject="Mr Haddad - AGG claim, ethnic origin - cover confirmed | RS-25-111960",
        date="2025-05-23 10:18",
        body="""Dear Ms Kaya,

cover is confirmed for Mr Karim Haddad (policy RS 4471 326 215) for
claims under sections 15 (1) and (2) AGG against Stadtwerke Brühl
Servicegesellschaft mbH, claim RS-25-111960.

Facts as reported by Mr Haddad:
- He came to Germany from Syria in 2015 and has worked as a customer
  service agent since 2021.
- Since a new manager took over in January, he and a colleague of
  Lebanese origin have been forbidden to speak Arabic with each other even
  during breaks, while Polish-speaking colleagues are not restricted.
- In a team e-mail of 3 April the manager wrote that "people from there"
  were "not suitable for customer contact"; Mr Haddad was moved to the back
  office the next week with a lower bonus.
- A screenshot of the e-mail is available.

Value for the compensation claim: three monthly salaries of EUR 2,980.
Deadline for the written claim: two months from 3 April (section 15 (4)
AGG) - it may already have been missed for the e-mail itself, but the
transfer is a fresh act.

""" + SIG_DEM + "\n")


def m121():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: published, anonymised labour-court judgment on mobbing and sick leave forwarded for training",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="Team Arbeitsrecht <rs-arbeitsrecht@lindauer-versicherung.example>",
        subject="Lesetipp: LAG zu Schmerzensgeld wegen Mobbing (anonymisiertes Urteil)",
        date="2025-02-28 12:30",
        body="""Hallo zusammen,

passend zu unserer Diskussion über die Erfolgsaussichten bei
Mobbing-Schmerzensgeld: das LAG hat in einem veröffentlichten Urteil
(Volltext in der Landesrechtsprechungsdatenbank, Parteien anonymisiert)
einer Klägerin 7.000 EUR zugesprochen.

Kernaussagen:
- "Mobbing" ist kein Rechtsbegriff; entscheidend ist eine Gesamtschau
  systematischer Anfeindungen, die das Persönlichkeitsrecht verletzen.
- Die Klägerin hatte ein Mobbing-Tagebuch über 14 Monate geführt, mit
  Datum, Uhrzeit, Zeugen - das war ausschlaggebend.
- Die Arbeitsunfähigkeit der Klägerin (psychische Erkrankung) hat das
  Gericht als Folge der Verletzungen anerkannt, weil ein
  Sachverständigengutachten die Kausalität bestätigte.
- Die Beklagte haftete nach § 278 BGB für den Vorgesetzten.

Für uns: Ohne Dokumentation der Einzelvorfälle keine hinreichenden
Erfolgsaussichten - das bestätigt unsere Linie. Mit Tagebuch und Zeugen
sollten wir großzügiger sein.

Jonas
""")


def m122():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="broker",
        reason="HTML-only broker claim notice with a named client's birth date, employer and gross salary",
        frm="Marco Petrović <m.petrovic@lindauer-versicherung.example>",
        to="Team Arbeitsrecht <rs-arbeitsrecht@lindauer-versicherung.example>",
        subject="WG: Schadenmeldung Kunde Albayrak - Kündigung",
        date="2025-03-26 11:41",
        html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hallo Team Arbeitsrecht,</p>
<p>Meldung von Nordlicht Finanz für ihren Kunden, bitte anlegen und Makler informieren. Danke, Marco</p>
<hr>
<p><b>Von:</b> Nordlicht Finanz GmbH &lt;service@nordlicht-finanz.example&gt;<br>
<b>Gesendet:</b> Dienstag, 25. März 2025 18:02<br>
<b>Betreff:</b> Schadenmeldung Kunde Albayrak - Kündigung</p>
<p>Sehr geehrte Damen und Herren,</p>
<p>wir melden für unseren Kunden folgenden Rechtsschutzfall:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr><th align="left">Versicherungsnehmer</th><td>Murat Albayrak</td></tr>
<tr><th align="left">Geburtsdatum</th><td>1981-07-15</td></tr>
<tr><th align="left">Vertrag</th><td>RS 4471 166 740</td></tr>
<tr><th align="left">Anschrift</th><td>Vogelsanger Str. 301, 50827 Köln</td></tr>
<tr><th align="left">Arbeitgeber</th><td>Rhein-Erft Lagerlogistik GmbH</td></tr>
<tr><th align="left">Beschäftigt seit</th><td>01.02.2012</td></tr>
<tr><th align="left">Bruttomonatsgehalt</th><td>3.310,00 EUR</td></tr>
<tr><th align="left">Ereignis</th><td>ordentliche betriebsbedingte Kündigung vom 21.03.2025 zum 31.07.2025</td></tr>
<tr><th align="left">Anwalt</th><td>Kaya &amp; Partner, Köln</td></tr>
</table>
<p>Die Klagefrist endet am 11.04.2025. Wir bitten um kurzfristige Deckungszusage an die Kanzlei.</p>
<p>Mit freundlichen Grüßen<br>Nordlicht Finanz GmbH<br>Versicherungsmakler, Schadenservice</p>
</body></html>""")


def m123():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="inheritance advice on a will for a named disabled son with Down syndrome and care level",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Brigitte und Werner Hollstein <hollstein.bw@t-online.example>",
        subject="Ihre Frage zum Behindertentestament - Beratung wird übernommen",
        date="2025-05-28 11:12",
        body="""Sehr geehrte Frau Hollstein, sehr geehrter Herr Hollstein,

vielen Dank für Ihren Anruf. Sie möchten Ihr Testament so gestalten, dass
Ihr Sohn Lukas (34) gut versorgt ist, ohne dass das Erbe auf die
Sozialleistungen angerechnet wird. Lukas hat das Down-Syndrom (Trisomie 21),
lebt in einer Wohngruppe der Lebenshilfe Bamberg, arbeitet in einer
Werkstatt für behinderte Menschen und hat Pflegegrad 3; Sie sind seine
rechtlichen Betreuer.

Ein sogenanntes Behindertentestament (Vor- und Nacherbschaft mit
Dauertestamentsvollstreckung) ist dafür der übliche Weg. Die Beratung durch
eine Fachanwältin oder einen Fachanwalt für Erbrecht übernehmen wir aus
Ihrem Vertrag RS 4471 031 226 (Beratungs-Rechtsschutz Erbrecht) bis 500 EUR,
Schaden-Nr. RS-25-112330. Die Kosten einer notariellen Beurkundung sind
nicht versichert.

""" + SIG_OBH + "\n")


def m124():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-partner",
        reason="agenda for the reinsurance treaty renewal meeting, no claims data",
        frm="Felix Dornbusch <f.dornbusch@lindauer-versicherung.example>",
        to="Northbridge Re Claims <claims@northbridge-re.example>",
        cc="Reinsurance Desk <rueckversicherung@lindauer-versicherung.example>",
        subject="Renewal meeting 2026 - agenda, 18 September, Lindau",
        date="2025-08-28 10:20",
        body="""Dear Ms Farrow, dear Mr Whitfield,

we look forward to welcoming you in Lindau on 18 September. Proposed
agenda:

10:00  Welcome, results 2024 and H1 2025 (Dornbusch)
10:45  Product changes 07/2025: mediation limit, Familie Plus extensions
11:30  Claims trends: employment disputes in the automotive supply
       industry, inheritance claims
12:30  Lunch
13:30  Treaty terms 2026: retention, large-loss threshold, prior approval
       limit, profit commission
15:00  Audit follow-up 2024 (claims file review)
15:30  Close

Hotel: Bayerischer Hof Lindau, rooms reserved for 17-18 September.

Best regards
Felix Dornbusch
""")


def m125():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: complaints KPI report for legal expenses (ombudsman, refusals), counts only",
        frm="Beschwerdemanagement <beschwerde@lindauer-versicherung.example>",
        to="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        subject="Beschwerdebericht Rechtsschutz Q1/2025",
        date="2025-04-15 16:05",
        charset="windows-1252", cte="quoted-printable",
        body="""Hallo Frau Dr. Saalfeld,

hier die Kennzahlen Q1/2025 für die Rechtsschutz-Leistung:

Beschwerden gesamt:                         87  (Q1/2024: 74)
  davon Arbeitsrecht                        41
  davon Familie/Erbe                        23
  davon Bearbeitungsdauer/Erreichbarkeit    23
Ombudsmann-Verfahren neu:                   11  (Q1/2024: 9)
  davon zugunsten Kunde entschieden          2
Stichentscheide beantragt:                   6
Ø Bearbeitungszeit Beschwerde:             8,4 Arbeitstage (Ziel <= 10)

Häufigste Gründe:
1. Ablehnung wegen Wartezeit (19)
2. "Scheidung nicht versichert" - Kunden erwarten Vollschutz (12)
3. Ablehnung Schmerzensgeld wegen Mobbing mangels Erfolgsaussichten (7)
4. Selbstbeteiligung nicht verstanden (6)

Vorschlag: Textbaustein zur Scheidung verständlicher formulieren (läuft
bereits, ABL-FAM-08).

Viele Grüße
Ruth Abele
Beschwerdemanagement
""")


def m126():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="cross-border divorce advice: named insured's assets, property values and gains equalisation",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Catherine Walsh-Biermann <c.walsh@btinternet.example>",
        subject="Your separation - advice cover and the question of German or English law | RS-25-112890",
        date="2025-06-13 14:27",
        body="""Dear Mrs Walsh-Biermann,

thank you for the detailed overview. You and your husband, Mr Stefan
Biermann, married in Dublin in 2009, have lived in Freiburg since 2014 and
separated in April 2025.

Assets you mentioned:
- family home in Freiburg-Herdern, jointly owned, approx. EUR 780,000,
  mortgage EUR 310,000 outstanding
- your husband's shares in Biermann Engineering GmbH (value unknown)
- your flat in Cork, inherited from your mother in 2016 (approx.
  EUR 240,000) - inheritances are generally excluded from the German
  equalisation of accrued gains (Zugewinnausgleich)
- your pension in Ireland and his German statutory pension

Your policy RS 4471 314 990 covers advice in family law up to EUR 500.
Given the international aspects, we accept a cross-border adviser of your
choice. Court proceedings on the divorce itself are not covered.

Claim number: RS-25-112890.

""" + SIG_DEM + "\n")


def m127():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="lawyer",
        reason="attachment-only: draft statement of claim with the named insured's type 1 diabetes and hypoglycaemia",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        subject="FW: Draft claim O'Rourke ./. Penrose Labs - for cover decision",
        date="2025-03-18 17:06",
        body="""Jonas, draft claim from Kaya & Partner attached (English courtesy
translation for the client). Deadline is Friday - could you check today?
Aylin
""",
        atts=[DOCX("Draft_statement_of_claim_ORourke_EN.docx", [
            "To the Labour Court Munich - DRAFT (courtesy translation)",
            "Statement of claim",
            "Kevin O'Rourke, Munich - claimant - v. Penrose Labs GmbH, Munich - respondent",
            "Claims: 1. It is established that the employment relationship was not terminated by the notice of 28 Feb 2025.",
            "2. The respondent shall continue to employ the claimant as Senior Field Engineer.",
            "Grounds:",
            "The claimant has type 1 diabetes (E10.9) since childhood and uses an insulin pump. In November 2024 he suffered "
            "a severe hypoglycaemia at a customer site and was taken to hospital; shortly afterwards he had a coronary stent "
            "implanted and was on sick leave until 5 January 2025.",
            "On his return the respondent's managing director stated that 'field work with diabetes and a heart condition is "
            "a liability'. The dismissal followed seven weeks later. The respondent did not offer occupational reintegration "
            "management and did not consider an adjustment of duties.",
            "The dismissal is socially unjustified (section 1 KSchG) and constitutes discrimination on grounds of disability.",
            "Value: 3 x EUR 9,250 = EUR 27,750.",
        ])])


def m128():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: list of partner family-law firms by postcode for the hotline (business contacts only)",
        frm="Partnerservice Rechtsschutz <partnerservice@lindauer-versicherung.example>",
        to="Anwaltshotline Koordination <hotline-koordination@lindauer-versicherung.example>",
        subject="Aktualisierte Partnerkanzleien Familienrecht PLZ 7 und 8 (Stand Mai 2025)",
        date="2025-05-06 08:45",
        body="""Hallo zusammen,

aktualisierte Liste der Partnerkanzleien Familien- und Erbrecht für die
Regionen 7 und 8. Bitte bei Empfehlungen an Kunden verwenden.

PLZ     Kanzlei                                  Schwerpunkte                  Sprachen
790xx   Dr. Henriette Voss, Freiburg             Familienrecht, Mediation      DE, EN, FR
791xx   Kanzlei am Münsterplatz, Freiburg        Erbrecht, Testamente          DE
7xxxx   Kaya & Partner (Video-Beratung)          Arbeits-, Familienrecht       DE, EN, TR
800xx   Sternecker Rechtsanwälte, München        Familienrecht, intern. Fälle  DE, EN, IT
860xx   Kanzlei Obermaier, Augsburg              Familien-, Erbrecht           DE
870xx   RA Ansgar Pohl, Kempten                  Arbeitsrecht                  DE
881xx   RAin Marlene Spiegelhalder, Lindau       Familienrecht, Erbrecht       DE, EN
930xx   Gerlach Erbrecht, Regensburg             Erbrecht                      DE, CS

Neu: Spiegelhalder (Lindau). Ausgeschieden: Kanzlei Weidner, Ulm
(Kanzleiaufgabe).

Partnerservice Rechtsschutz
""")


# ---------------------------------------------------------------- mails 129-150


def m129():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="premium adjustment letter to a named insured with policy number, old and new premium",
        frm="Vertragsservice Rechtsschutz <vertrag-rs@lindauer-versicherung.example>",
        to="Gertrud Pawlik <g.pawlik@web.example>",
        subject="Beitragsanpassung zum 01.10.2025 - Vertrag RS 4471 012 447",
        date="2025-08-14 06:00",
        body="""Sehr geehrte Frau Pawlik,

die Kosten für Anwälte und Gerichte sind mit dem Kostenrechtsänderungsgesetz
2025 gestiegen. Ein unabhängiger Treuhänder hat deshalb für den Tarif
"Privat Basis 2014" eine Anpassung der Beiträge bestätigt (§ 10 ARB).

  Versicherungsnehmerin:  Gertrud Pawlik, Sonnenstraße 3, 88239 Wangen
  Vertrag:                RS 4471 012 447 (Privat-, Berufs-, Wohnungs-RS)
  Beitrag bisher:         22,90 EUR monatlich
  Beitrag ab 01.10.2025:  24,60 EUR monatlich
  Abbuchung wie bisher von Ihrem Konto IBAN DE31 6605 0101 5655 9290 58

Sie können den Vertrag innerhalb eines Monats nach Zugang dieser Mitteilung
zum Zeitpunkt des Wirksamwerdens der Anpassung kündigen. Gern beraten wir
Sie auch zu unseren aktuellen Tarifen, in denen z. B. die Mediation und der
Beratungs-Rechtsschutz im Familien- und Erbrecht enthalten sind.

Mit freundlichen Grüßen
Lindauer Versicherung AG
""")


def m130():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
        reason="base64-encoded body: named insured's mobbing account with tinnitus, panic attacks and medication",
        frm="Jonas Weidenfeller <j.weidenfeller@lindauer-versicherung.example>",
        to="RA Ludger Osterkamp <osterkamp@ra-osterkamp.example>",
        subject="WG: Mobbing im Lager - Frau Yilmazer bittet um Rückruf",
        date="2025-06-19 09:48",
        cte="base64",
        body="""Sehr geehrter Herr Osterkamp,

die Kundin hat Sie als Anwalt gewünscht, Weiterleitung mit ihrem
Einverständnis. Deckung für die außergerichtliche Tätigkeit erteilt,
Schaden-Nr. RS-25-113020, SB 150 EUR.

Gruß Weidenfeller

-----Ursprüngliche Nachricht-----
Von: Sevgi Yilmazer <sevgi.yilmazer@gmx.example>
Gesendet: Mittwoch, 18. Juni 2025 20:15
An: rs-leistung@lindauer-versicherung.example
Betreff: Mobbing im Lager

Hallo,

ich arbeite seit 9 Jahren im Lager bei der Drogeriekette Brandl in
Münster-Hiltrup. Seit ich im Januar Schichtleiterin geworden bin, machen
zwei Kollegen alles um mich fertig zu machen, sie verstecken Lieferscheine,
reden hinter meinem Rücken und haben ein Foto von mir mit Sprüchen in die
WhatsApp Gruppe gestellt. Der Filialleiter sagt ich soll mich nicht so
anstellen.

Seit März habe ich einen Tinnitus links, der HNO sagt das ist vom Stress,
und ich bekomme Panikattacken vor der Schicht. Meine Hausärztin hat mir
Opipramol verschrieben und mich zwei Wochen krankgeschrieben.

Ich will nicht kündigen, ich will dass das aufhört. Vertrag RS 4471 258 119.

Sevgi Yilmazer
""")


def m131():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-customer",
        reason="trap: customer satisfaction survey template with placeholders, mentions claim types generically",
        frm="Lindauer Customer Feedback <feedback@lindauer-versicherung.example>",
        to="survey-template-test@lindauer-versicherung.example",
        subject="[TEST] How did we do? Your legal expenses claim",
        date="2025-07-01 09:00",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear {{salutation}} {{last_name}},</p>
<p>your legal expenses claim {{claim_no}} has recently been closed. Whether it was about a dismissal, a
warning, a divorce advice or an inheritance matter &ndash; we would like to know how satisfied you were with our
service.</p>
<p>The survey takes about three minutes and is anonymous. Your answers are not linked to your claim file.</p>
<p style="text-align:center"><a href="https://feedback.lindauer-versicherung.example/s/{{token}}"
style="background:#00426b;color:#fff;padding:10px 18px;text-decoration:none">Start survey</a></p>
<p>Thank you!<br>Your Lindauer Legal Expenses Team</p>
<p style="font-size:11px;color:#888">[TEST RENDERING - template LE-SURVEY-EN v2, placeholders not filled]</p>
</body></html>""")


def m132():
    return dict(
        label="NORMAL", lang="de", kind="insurer-to-lawyer",
        reason="trap: blank release-from-confidentiality form (Schweigepflichtentbindung) with empty fields",
        frm="Partnerservice Rechtsschutz <partnerservice@lindauer-versicherung.example>",
        to="Kanzlei Brandt & Yilmaz <kanzlei@brandt-yilmaz.example>",
        subject="Formular Schweigepflichtentbindung (leer) - wie erbeten",
        date="2025-03-03 10:05",
        body="""Sehr geehrte Damen und Herren,

wie telefonisch erbeten, anbei unser Formular zur Entbindung von der
Schweigepflicht (Stand 01/2025) als Blanko-Vorlage. Bitte lassen Sie es nur
ausfüllen, wenn medizinische Unterlagen für die Deckungsprüfung wirklich
benötigt werden.

Mit freundlichen Grüßen
Partnerservice Rechtsschutz
""",
        atts=[PDF("Formular_Schweigepflichtentbindung_RS_2025-01.pdf", [
            "Lindauer Versicherung AG - Rechtsschutz",
            "Einwilligung und Schweigepflichtentbindung (Formular RS-SE 01/2025)",
            "",
            "Versicherungsnehmer/in: ________________________  Vertrag: RS ____ ___ ___",
            "Geburtsdatum: ____.____.________   Schaden-Nr.: RS-__-______",
            "",
            "Ich entbinde folgende Ärztinnen/Ärzte/Einrichtungen von der Schweigepflicht:",
            "1. ___________________________________________________",
            "2. ___________________________________________________",
            "",
            "Zweck: ausschließlich Prüfung der Erfolgsaussichten in der Rechtsschutzsache",
            "________________________ (Rechtsgebiet). Die Daten werden nach Abschluss",
            "gelöscht. Die Einwilligung ist jederzeit widerruflich.",
            "",
            "Ort, Datum: _____________________   Unterschrift: _____________________",
        ])])


def m133():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-lawyer",
        reason="hotline call note for a partner lawyer: named insured, policy, overtime and contract dispute",
        frm="Lawyer Hotline Scheduling <hotline-termine@lindauer-versicherung.example>",
        to="RA Moritz Leisten <m.leisten@kaya-partner.example>",
        subject="Hotline handover - callback 24 April, Ms Sørensen",
        date="2025-04-22 16:12",
        body="""Dear Mr Leisten,

handover note for your callback on 24 April, 17:30:

Caller:        Hannah Sørensen, Leipzig, +49 1522 6904 113
Policy/claim:  RS 4471 309 114 / RS-25-110655 (employment cover active)
Employer:      Fjordline Consulting GmbH, Leipzig (approx. 60 employees)
Issue:         - approx. 120 hours of overtime since 2023 not paid; contract
                 says "overtime is compensated by salary"
               - fixed-term contract ends 31 July 2025; an extension was
                 promised orally in January, now refused
Language:      English preferred
Documents:     contract and time sheets will be uploaded to the portal

Please enter the result of the call in the portal afterwards.

Lindauer Lawyer Hotline
""")


def m134():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="internal",
        reason="hotline escalation: named caller voiced suicidal thoughts after dismissal, welfare check",
        frm="Hotline Team Lead <hotline-koordination@lindauer-versicherung.example>",
        to="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        cc="Ulrike Brenneis <datenschutz@lindauer-versicherung.example>",
        subject="Incident report hotline 03/07 - caller at risk, emergency services informed",
        date="2025-07-03 19:40",
        body="""Dear Dr. Saalfeld,

as required by the crisis procedure, here is the incident report for
today's call. I have copied the DPO because we passed data to the police.

Time:       3 July 2025, 17:52-18:31
Agent:      L. Ndiaye (English line)
Caller:     Mr Jakub Lewandowski, policy RS 4471 334 101, Frankfurt (Oder)
Reason:     dismissal received today after 14 years

During the call Mr Lewandowski said several times that he "does not see a
point any more", that he had "collected his pills" and that his wife had
left in spring. He has been treated for depression before. When asked
directly, he confirmed that he was thinking about taking his life tonight.

Actions:
- agent stayed on the line, second colleague called 112 at 18:05 and gave
  name, address and phone number (vital interest, Art. 9 (2) (c) GDPR)
- police and ambulance arrived 18:27, agent ended the call at 18:31 after
  the police officer confirmed they were with him
- agent debriefed by me; supervision offered for tomorrow

Follow-up: employment claim to be opened once he contacts us again; no
calls from our side in the next days unless he agrees.

Regards
Hotline Team Lead
""")


def m135():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: launch announcement of an inheritance-advice hotline, no person",
        frm="Sabine Mertens-Koch <s.mertens-koch@lindauer-versicherung.example>",
        to="Alle Mitarbeitenden Vertrieb <vertrieb-alle@lindauer-versicherung.example>",
        subject="Start 01.09.: Erbrecht-Hotline für Rechtsschutzkunden",
        date="2025-08-20 10:00",
        body="""Liebe Kolleginnen und Kollegen im Vertrieb,

ab dem 01.09.2025 können alle Rechtsschutzkunden mit Beratungs-Rechtsschutz
unsere neue Erbrecht-Hotline nutzen:

- telefonische Erstberatung durch Fachanwältinnen und Fachanwälte für
  Erbrecht, Mo-Fr 8-20 Uhr
- Themen: Testament, Pflichtteil, Erbschein, Erbengemeinschaft,
  Vorsorgevollmacht
- ohne Selbstbeteiligung, ohne Anrechnung auf die 500-EUR-Grenze

Für die Kundenansprache gibt es einen Flyer und einen Social-Media-Post
im Vertriebsportal. Bitte weist darauf hin, dass die Hotline nicht die
notarielle Beurkundung ersetzt.

Viele Grüße
Sabine Mertens-Koch
Produktmanagement Rechtsschutz
""")


def m136():
    return dict(
        label="NORMAL", lang="en", kind="internal",
        reason="trap: internal audit summary of claims-file sampling, aggregate findings only",
        frm="Group Internal Audit <internal-audit@lindauer-versicherung.example>",
        to="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        subject="Audit LE-2025-04: file review employment & family claims - summary of findings",
        date="2025-07-10 14:00",
        body="""Dear Dr. Saalfeld,

please find below the summary of audit LE-2025-04 (sample of 60 closed
employment and family claims, Q4 2024 - Q1 2025). The full report follows
after the management response.

Findings
F1 (medium) In 7 of 60 files, medical documents (sick notes, reports) were
   stored although not needed for the cover decision. In 3 of them the
   deletion note required by the internal guideline was missing.
F2 (low)    In 4 files the deductible was not charged.
F3 (low)    Reserve not adjusted after settlement in 5 files
   (average delay 38 days).
F4 (info)   Decision times within target (median 2.1 working days).

Good practice: clear reasoning in refusals due to the waiting period;
consistent use of text blocks.

Please send your management response by 31 July.

Kind regards
Group Internal Audit
""")


def m137():
    return dict(
        label="CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
        reason="cost recovery from opponent after a named insured's won case, with amounts and claim number",
        frm="Regress Rechtsschutz <regress-rs@lindauer-versicherung.example>",
        to="Gerlach Erbrecht Rechtsanwälte <kanzlei@gerlach-erbrecht.example>",
        subject="Kostenfestsetzungsbeschluss Aumüller ./. Aumüller - Forderungsübergang § 86 VVG",
        date="2025-07-22 10:35",
        body="""Sehr geehrter Herr Gerlach,

im Erbscheinsverfahren Ihres Mandanten, Herrn Bernhard Aumüller (unser VN,
Schaden-Nr. RS-24-188402), hat das Nachlassgericht Regensburg der
Schwester die Kosten auferlegt. Laut Kostenfestsetzungsbeschluss vom
08.07.2025 sind an Ihren Mandanten 4.871,06 EUR nebst Zinsen zu erstatten.

Da wir die Kosten getragen haben, ist der Erstattungsanspruch insoweit auf
uns übergegangen (§ 86 VVG, § 17 Abs. 8 ARB). Wir bitten Sie, eingehende
Zahlungen der Gegenseite an uns weiterzuleiten:

  Empfänger:  Lindauer Versicherung AG
  IBAN:       DE61 7015 0000 6852 8238 37
  Zweck:      RS-24-188402 Aumüller KFB

Die von Ihrem Mandanten selbst getragene Selbstbeteiligung (250 EUR) steht
ihm vorrangig zu.

Mit freundlichen Grüßen
Regress Rechtsschutz
""")


def m138():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
        reason="pension splitting of a named person's occupational pension (bAV direct life insurance) with values",
        frm="Versorgungsausgleich Leben <va-auskunft@lindauer-versicherung.example>",
        to="Dr. Henriette Voss <voss@voss-familienrecht.example>",
        subject="Albrecht ./. Albrecht, AG Freiburg 45 F 211/25 - Direktversicherung, Ihre Nachfrage",
        date="2025-07-08 11:50",
        body="""Sehr geehrte Frau Dr. Voss,

zu Ihrer Nachfrage vom 02.07.2025 teilen wir mit Zustimmung von Herrn
Albrecht mit:

Herr Jens Albrecht, geb. 21.12.1973, ist versicherte Person einer
Direktversicherung (betriebliche Altersversorgung, § 3 Nr. 63 EStG) bei
der Lindauer Lebensversicherung AG, Versicherungsnehmerin ist seine
Arbeitgeberin, die Schwarzwald Präzision GmbH.

  Vertrag:                LV-bAV 7710 052 338, Beginn 01.01.2006
  Ehezeitanteil:          38.944,10 EUR
  Teilungskosten:         500,00 EUR
  Ausgleichswert:         19.222,05 EUR

Wir schlagen die interne Teilung vor. Zusätzlich bestehen eine
Berufsunfähigkeits-Zusatzversicherung und eine Risikolebensversicherung
bei uns, die nach § 2 VersAusglG nicht auszugleichen sind; eine
Leistungsprüfung wegen Berufsunfähigkeit ist derzeit nicht anhängig.

Die förmliche Auskunft ist dem Familiengericht am 30.06.2025 zugegangen.

Mit freundlichen Grüßen
i. A. Corinna Hablitzel
Lindauer Lebensversicherung AG, Versorgungsausgleich
""")


def m139():
    return dict(
        label="NORMAL", lang="mixed", kind="internal",
        reason="trap: release notes of the deadline calendar mentioning dismissal and AGG deadlines, no case",
        frm="LEON Release Management <leon-release@lindauer-versicherung.example>",
        to="RS-Leistung alle <rs-leistung-team@lindauer-versicherung.example>",
        subject="Release Notes LEON RS 7.6 - Fristenkalender / deadline calendar",
        date="2025-07-14 17:30",
        body="""Release Notes LEON RS 7.6 (go-live 19.07.2025)

Neu / New
- Fristenkalender: automatische Wiedervorlage für die Dreiwochenfrist
  (§ 4 KSchG) ab "Zugang der Kündigung"; deadline is shown in red 5 days
  before expiry.
- AGG-Frist (2 Monate, § 15 Abs. 4 AGG) als eigener Fristtyp.
- English letter templates now selectable for all family-law text blocks.
- Dokumenttyp "MED" wird beim Export in die Kanzlei-Schnittstelle
  automatisch ausgeschlossen / documents of type MED are excluded from
  lawyer-portal exports.

Behoben / Fixed
- INC-2025-044718: subcategory "Mobbing / AGG-Benachteiligung" available again.
- Wrong calculation of the waiting period for contracts starting on the
  31st of a month.

Known issues
- Der Fristenkalender zeigt Feiertage in Sachsen-Anhalt noch nicht an.

LEON Release Management
""")


def m140():
    return dict(
        label="NORMAL", lang="de", kind="insurer-to-supplier",
        reason="trap: print order for a divorce/custody brochure, no person",
        frm="Sabine Mertens-Koch <s.mertens-koch@lindauer-versicherung.example>",
        to="Druckerei Allgäu Print <auftrag@allgaeu-print.example>",
        subject="Druckfreigabe Broschüre \"Trennung und Scheidung - was jetzt?\" (Auftrag 25-0612)",
        date="2025-06-12 15:05",
        body="""Sehr geehrter Herr Mayr,

hiermit erteilen wir die Druckfreigabe für die Broschüre

  "Trennung und Scheidung - was jetzt? Unterhalt, Sorgerecht,
   Versorgungsausgleich verständlich erklärt"
  DIN A5, 24 Seiten + Umschlag, 4/4-farbig, Bilderdruck matt 135 g
  Auflage: 15.000 Stück, Lieferung bis 04.07.2025

Korrekturen gegenüber dem letzten Proof:
- S. 7: Selbstbehalt "1.450 EUR" statt "1.370 EUR"
- S. 15: Grafik Versorgungsausgleich - Beschriftung "Ausgleichswert"
- S. 23: QR-Code zeigt auf www.lindauer-versicherung.example/familie

Lieferadresse: Lindauer Versicherung AG, Warenannahme, Kemptener Straße 140,
88131 Lindau.

Mit freundlichen Grüßen
Sabine Mertens-Koch
""")


def m141():
    return dict(
        label="CONFIDENTIAL", lang="en", kind="insurer-to-lawyer",
        reason="cover extended to appeal for a named insured's wage claim with amounts and claim number",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="RA Moritz Leisten <m.leisten@kaya-partner.example>",
        subject="Carvalho ./. Fassadenbau Krüger - appeal by the employer - cover for 2nd instance",
        date="2025-09-04 12:10",
        body="""Dear Mr Leisten,

thank you for the judgment of the Labour Court Cologne of 21 August 2025
awarding Mr Carvalho EUR 7,452.75 gross plus interest, and for the notice
that the employer has appealed to the Regional Labour Court Cologne.

We confirm cover for the defence in the appeal proceedings (claim
RS-25-111090, policy RS 4471 311 402). In the second instance the losing
party bears the costs; we will cover the risk of the opponent's costs.
No additional deductible is charged for the appeal.

Please send us the statement of grounds of appeal when you receive it.

""" + SIG_DEM + "\n")


def m142():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="en", kind="lawyer",
        reason="hearing postponed because the named insured is in hospital after spinal surgery",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Mag. Clemens Steinwender <c.steinwender@steinwender-law.example>",
        subject="RE: Eder - postponement of the hearing in Kufstein",
        date="2025-09-15 10:02",
        body="""Dear Mr Steinwender,

noted, thank you. The postponement does not affect cover; additional
travel costs for the new date are covered as well.

Aylin Demirel
Lindauer Versicherung AG

> Dear Ms Demirel,
>
> for your file: the hearing before the District Court Kufstein on
> 18 September has been postponed at our request. Our client Mr Martin
> Eder had emergency surgery for a herniated cervical disc (C5/C6) on
> 10 September at the Innsbruck University Hospital and will remain in
> hospital and then in inpatient rehabilitation until mid-October. The
> medical certificate was submitted to the court.
>
> New date expected in November.
>
> Best regards
> Clemens Steinwender
""")


def m143():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="trap: works council consultation hours calendar entry, no person",
        frm="Betriebsrat Lindau <betriebsrat@lindauer-versicherung.example>",
        to="Alle Mitarbeitenden Lindau <alle-lindau@lindauer-versicherung.example>",
        subject="Sprechstunde des Betriebsrats im Oktober - auch zu BEM und Überlastung",
        date="2025-09-26 08:00",
        body="""Liebe Kolleginnen und Kollegen,

unsere Sprechstunde findet im Oktober jeden Dienstag von 13 bis 15 Uhr im
Raum 0.08 statt (oder per Teams nach Vereinbarung). Themen diesmal u. a.:
betriebliches Eingliederungsmanagement nach längerer Krankheit,
Überlastungsanzeigen, Arbeitszeiterfassung.

Alles, was ihr uns erzählt, bleibt vertraulich. Die Termine zum Eintragen
hängen an.

Euer Betriebsrat
""",
        atts=[ICS("BR_Sprechstunde_Oktober.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Betriebsrat Lindau//Kalender//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:br-sprechstunde-2025-10@lindauer-versicherung.example
DTSTAMP:20250926T060000Z
DTSTART;TZID=Europe/Berlin:20251007T130000
DTEND;TZID=Europe/Berlin:20251007T150000
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4
SUMMARY:Sprechstunde Betriebsrat
LOCATION:Raum 0.08 / Teams
DESCRIPTION:Offene Sprechstunde. Themen u. a. BEM\\, Überlastungsanzeige\\,
  Arbeitszeiterfassung.
END:VEVENT
END:VCALENDAR""")])


def m144():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-lawyer",
        reason="answer to a law firm's question on e-invoice formats, no client",
        frm="Payments Legal Expenses <zahlungsverkehr@lindauer-versicherung.example>",
        to="Accounts Hartley & Moss <accounts@hartleymoss.example>",
        subject="RE: Invoice format - do you accept PDF invoices from UK firms?",
        date="2025-02-17 10:40",
        body="""Dear colleagues,

thank you for your question. As a firm established outside Germany you are
not obliged to use the German e-invoice formats (XRechnung/ZUGFeRD). We
accept PDF invoices by e-mail to rechnungseingang@lindauer-versicherung.example
if they show:

- our claim number in the subject line and on the invoice,
- your VAT number and the reverse-charge note where applicable,
- a breakdown of hours and rates, or the RVG calculation,
- your client account details.

Please send one invoice per claim and per PDF.

Kind regards
Payments Legal Expenses
Lindauer Versicherung AG
""")


def m145():
    return dict(
        label="STRICTLY_CONFIDENTIAL", lang="mixed", kind="internal",
        reason="group counsel exchange on a named insured dismissed after disclosing his HIV status, German-English",
        frm="Dr. Miriam Saalfeld <m.saalfeld@lindauer-versicherung.example>",
        to="Mag. Verena Pichler <v.pichler@lindauer-group.example>",
        subject="AW: Cross-border case Gruber - Kündigung wegen HIV / question on AT cover",
        date="2025-08-06 16:25",
        body="""Liebe Verena,

danke für den schnellen Blick drauf. Summary in English for your colleague
in Prague, who asked about the Czech branch:

Our policyholder, Mr Stefan Gruber (RS 4471 327 904), works for the
Salzburg branch of a German logistics company. After he told his team lead
in June that he is HIV-positive (under therapy, viral load undetectable),
he was dismissed during the probation period of his new position. The
employer argues with "hygiene requirements" in the food logistics
warehouse.

Aus deutscher Sicht wäre das eine Diskriminierung wegen Behinderung
(BAG-Rechtsprechung zur symptomlosen HIV-Infektion). Frage an dich: Deckt
unser Vertrag die Vertretung vor dem ASG Salzburg, und kannst du uns einen
Anwalt in Salzburg empfehlen, der nach dem Gleichbehandlungsgesetz
klagt? Schaden-Nr. RS-25-114007.

Danke dir und liebe Grüße
Miriam

> Hi Miriam, kurze Antwort: Arbeitsrecht in AT ist bei euch über die
> Europa-Klausel gedeckt, Kanzlei-Empfehlung folgt morgen. Verena
""")


def m146():
    return dict(
        label="NORMAL", lang="de", kind="lawyer",
        reason="trap: law firm's client newsletter on parental maintenance and the EUR 100,000 threshold, forwarded",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Team Familie/Erbrecht <rs-familie@lindauer-versicherung.example>",
        subject="WG: Mandanten-Info Elternunterhalt - gut für die Hotline",
        date="2025-09-10 09:05",
        body="""Hallo zusammen, sehr verständlich geschrieben, können wir so als
Hintergrund für Anrufe zum Elternunterhalt nehmen. LG Katrin

-------- Weitergeleitete Nachricht --------
Von: Dr. Henriette Voss <newsletter@voss-familienrecht.example>
Betreff: Mandanten-Info 3/2025: Müssen Kinder für die Pflege der Eltern zahlen?

Liebe Mandantinnen und Mandanten,

immer mehr Eltern leben im Pflegeheim, und die Eigenanteile steigen. Viele
Kinder fragen sich: Muss ich zahlen, wenn das Sozialamt einspringt?

1. Die 100.000-Euro-Grenze: Seit 2020 geht der Unterhaltsanspruch nur
   auf das Sozialamt über, wenn das Jahresbruttoeinkommen des Kindes
   100.000 EUR übersteigt. Das Einkommen des Ehepartners zählt nicht.
2. Vermutung: Das Amt darf zunächst vermuten, dass Sie darunter liegen,
   und Auskunft nur bei Anhaltspunkten verlangen.
3. Schenkungen: Hat der Elternteil in den letzten zehn Jahren etwas
   verschenkt, kann das Amt die Schenkung zurückfordern - unabhängig vom
   Einkommen des Beschenkten.
4. Selbstbehalt: Auch über der Grenze bleibt ein großzügiger Selbstbehalt.

Gern beraten wir Sie persönlich.
Ihre Kanzlei Dr. Voss, Freiburg
""")


def m147():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-lawyer",
        reason="trap: explanation of German statutory fees (RVG) for English solicitors, fictitious example values",
        frm="Aylin Demirel <a.demirel@lindauer-versicherung.example>",
        to="Fiona Hartley <f.hartley@hartleymoss.example>",
        subject="RVG in a nutshell - as promised",
        date="2025-04-24 17:15",
        body="""Dear Fiona,

as promised on the phone, a short explanation of how we cap fees at the
German statutory scale (RVG), so your team can prepare estimates.

1. Everything depends on the value of the matter (Gegenstandswert).
   Example: a compulsory-portion claim of EUR 60,000.
2. The lawyer earns fee units, each multiplied by a base fee from the
   table. For a value of EUR 60,000 one unit is approx. EUR 1,400 (2025
   table).
3. Typical out-of-court work: 1.3 units (business fee) = approx.
   EUR 1,820 plus EUR 20 expenses plus VAT.
4. Court proceedings: 1.3 (procedure) + 1.2 (hearing) units, plus 1.0 for
   a settlement.
5. Hourly rates are fine for us, but we only pay up to what the RVG
   calculation gives.

Happy to go through an example with your trainees.

Best
Aylin
""")


def m148():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="internal reminder on scan quality in the mail room, no case data",
        frm="Posteingang Scan <scan-team@lindauer-versicherung.example>",
        to="RS-Leistung alle <rs-leistung-team@lindauer-versicherung.example>",
        subject="Bitte beachten: Nachscan-Anforderungen nur noch über das Formular",
        date="2025-05-05 07:50",
        body="""Liebe Kolleginnen und Kollegen,

wir bekommen derzeit viele Nachscan-Wünsche per Mail und Telefon. Bitte
ab sofort nur noch über das Formular "Nachscan" im Intranet anfordern, mit
Posteingangs-ID (nicht mit Kundennamen!). Dann finden wir das Original im
Zwischenarchiv schneller.

Hinweis: Originale werden 8 Wochen nach dem Scan vernichtet.

Danke!
Euer Scan-Team
""")


def m149():
    return dict(
        label="NORMAL", lang="en", kind="insurer-to-lawyer",
        reason="S/MIME certificate exchange with a law firm, no content",
        frm="Lindauer Secure Mail Support <securemail-support@lindauer-versicherung.example>",
        to="IT Hartley & Moss <it@hartleymoss.example>",
        subject="RE: Encrypted e-mail between our firms - certificate exchange",
        date="2025-03-10 11:20",
        body="""Hello,

thank you for sending your domain certificate. We have imported it on our
gateway; from now on mail from Lindauer to hartleymoss.example will be
encrypted automatically with S/MIME (gateway to gateway).

Our domain certificate for lindauer-versicherung.example can be downloaded
at https://securemail.lindauer-versicherung.example/certificates. Please
compare the fingerprint before importing it:

  SHA-256: 4F:9A:11:C3:7E:22:90:5B:AD:0C:63:18:E4:77:2B:91:
           5D:C0:3A:8F:16:EE:42:09:B7:61:D5:2C:98:0E:F3:47

Validity: until 14 February 2027.

Kind regards
Lindauer Secure Mail Support
""")


def m150():
    return dict(
        label="NORMAL", lang="de", kind="internal",
        reason="holiday cover arrangement naming colleagues, no reason given, no case data",
        frm="Katrin Oberhauser <k.oberhauser@lindauer-versicherung.example>",
        to="Team Familie/Erbrecht <rs-familie@lindauer-versicherung.example>",
        subject="Vertretung Sommer",
        date="2025-07-25 12:15",
        body="""Hi zusammen,

kurz zur Sommervertretung:
- ich bin vom 04.08. bis 22.08. weg, Vertretung Lena (A-K) und
  Thomas (L-Z)
- Aylin übernimmt alle englischsprachigen Familienfälle
- Mediationsrechnungen bitte weiter an Zahlungsverkehr, nicht liegen
  lassen

Danke und schönen Sommer!
Katrin
""")


# ---------------------------------------------------------------- main / check

TARGET = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}


def all_mails():
    out = []
    for i in range(1, 151):
        f = globals().get("m%03d" % i)
        if f is None:
            raise SystemExit("missing function m%03d" % i)
        out.append(f())
    return out


def generate():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for i, d in enumerate(all_mails(), 1):
        fn = "d%s-%04d.eml" % (NN, i)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(render(build(d, i)))
        for k in ("label", "lang", "kind", "reason"):
            if "\t" in d[k] or "\n" in d[k]:
                raise SystemExit("bad %s in %s" % (k, fn))
        rows.append((fn, d["label"], d["lang"], d["kind"], d["reason"]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    print("wrote %d mails to %s" % (len(rows), OUT))


# --- check helpers

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9\-.]+)", re.I)
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b", re.I)
IBAN_LEN = {"DE": 22, "AT": 20, "GB": 22, "CH": 21, "NL": 18, "FR": 27}


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def pdf_text(data):
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        s = m.group(1).replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\")
        out.append(s.decode("cp1252"))
    return "\n".join(out)


def check_blob(name, data, errs, where):
    """Validate that an attachment opens; return its text."""
    low = name.lower()
    if low.endswith(".pdf"):
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-32:]:
            errs.append("%s: %s is not a PDF" % (where, name))
        if b"startxref" not in data:
            errs.append("%s: %s lacks xref" % (where, name))
        return pdf_text(data)
    if low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
            if z.testzip() is not None:
                errs.append("%s: %s corrupt member" % (where, name))
        except zipfile.BadZipFile:
            errs.append("%s: %s is not a zip" % (where, name))
            return ""
        texts = []
        for zn in z.namelist():
            zd = z.read(zn)
            if low.endswith(".zip"):
                texts.append(check_blob(zn, zd, errs, where + ":" + name))
            elif zn.endswith(".xml") or zn.endswith(".rels"):
                try:
                    dom = xml.dom.minidom.parseString(zd)
                    texts.append(" ".join(n.data for n in _text_nodes(dom)))
                except Exception as e:  # noqa
                    errs.append("%s: %s/%s bad XML (%s)" % (where, name, zn, e))
        if low.endswith(".docx") and "word/document.xml" not in z.namelist():
            errs.append("%s: %s no document.xml" % (where, name))
        if low.endswith(".xlsx") and "xl/workbook.xml" not in z.namelist():
            errs.append("%s: %s no workbook.xml" % (where, name))
        if low.endswith((".odt", ".ods")) and z.namelist()[0] != "mimetype":
            errs.append("%s: %s mimetype not first" % (where, name))
        return "\n".join(texts)
    if low.endswith(".ics"):
        t = data.decode("utf-8")
        if not t.startswith("BEGIN:VCALENDAR") or "END:VCALENDAR" not in t or "\n" in t.replace("\r\n", ""):
            errs.append("%s: %s bad ICS" % (where, name))
        return t
    if low.endswith((".csv", ".txt", ".html", ".htm", ".log")):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252")
    errs.append("%s: %s unknown attachment type" % (where, name))
    return ""


def _text_nodes(node):
    for c in node.childNodes:
        if c.nodeType == c.TEXT_NODE:
            yield c
        else:
            for t in _text_nodes(c):
                yield t


def check_msg(msg, errs, where, top):
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            errs.append("%s: missing header %s" % (where, h))
    texts = []
    for h in ("From", "To", "Cc", "Subject", "Message-ID", "In-Reply-To"):
        if msg[h] is not None:
            texts.append(str(msg[h]))
    if top and not str(msg["From"]).rstrip(">").endswith("@" + INS):
        errs.append("%s: top-level sender not from %s" % (where, INS))
    for part in msg.walk():
        if part is not msg and part.get_content_type() == "message/rfc822":
            continue
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ct == "message/rfc822":
            continue
        payload = part.get_payload(decode=True)
        if fn:
            texts.append(check_blob(fn, payload, errs, where))
        elif part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            texts.append(payload.decode(cs))
        else:
            errs.append("%s: unnamed non-text part %s" % (where, ct))
    # nested mails
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            texts.append(check_msg(inner, errs, where + "/rfc822", False))
    return "\n".join(texts)


def check():
    errs = []
    rows = list(csv.reader(open(os.path.join(HERE, "labels.tsv"), encoding="utf-8"), delimiter="\t"))
    if rows[0] != ["file", "label", "lang", "kind", "reason"]:
        errs.append("labels.tsv: bad header")
    rows = rows[1:]
    if len(rows) != 150:
        errs.append("labels.tsv: %d rows" % len(rows))
    cnt = {}
    langs = {}
    files = sorted(os.listdir(OUT))
    expected = ["d%s-%04d.eml" % (NN, i) for i in range(1, 151)]
    if files != expected:
        errs.append("mails/: unexpected file set")
    for r in rows:
        if len(r) != 5:
            errs.append("labels.tsv: bad row %r" % (r,))
            continue
        fn, label, lang, kind, reason = r
        cnt[label] = cnt.get(label, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
        if label not in TARGET:
            errs.append("%s: bad label %s" % (fn, label))
        if lang not in ("de", "en", "mixed"):
            errs.append("%s: bad lang %s" % (fn, lang))
        if not kind or not reason:
            errs.append("%s: empty kind/reason" % fn)
        raw = open(os.path.join(OUT, fn), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errs.append("%s: not pure CRLF" % fn)
        if any(len(line) > 998 for line in raw.split(b"\r\n")):
            errs.append("%s: line longer than 998 octets" % fn)
        msg = message_from_bytes(raw, policy=policy.default)
        text = check_msg(msg, errs, fn, True)
        for m in EMAIL_RE.finditer(text):
            if not m.group(1).lower().endswith(".example"):
                errs.append("%s: non-.example address %s" % (fn, m.group(0)))
        for m in URL_RE.finditer(text):
            host = m.group(1).rstrip(".").lower()
            if not host.endswith(".example"):
                errs.append("%s: non-.example URL host %s" % (fn, host))
        for m in IBAN_RE.finditer(text):
            s = m.group(1).replace(" ", "").upper()
            cc = s[:2]
            if cc not in IBAN_LEN or "X" in s[4:]:
                continue
            if len(s) != IBAN_LEN[cc]:
                continue
            if not iban_ok(s) and s not in KNOWN_BAD_IBANS:
                errs.append("%s: IBAN checksum fails %s" % (fn, s))
        if label == "NORMAL" and reason.startswith("trap:") is False and "trap" in reason:
            errs.append("%s: trap reason must start with 'trap:'" % fn)
    if cnt != TARGET:
        errs.append("label counts %r != %r" % (cnt, TARGET))
    for e in errs:
        print("ERROR", e)
    print("labels:", ", ".join("%s=%d" % (k, cnt.get(k, 0)) for k in TARGET))
    print("langs:", ", ".join("%s=%d" % (k, langs.get(k, 0)) for k in ("de", "en", "mixed")))
    traps = sum(1 for r in rows if r[1] == "NORMAL" and r[4].startswith("trap:"))
    print("NORMAL traps:", traps)
    print("check: %s (%d files)" % ("OK" if not errs else "FAILED, %d errors" % len(errs), len(files)))
    return 0 if not errs else 1


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    generate()
