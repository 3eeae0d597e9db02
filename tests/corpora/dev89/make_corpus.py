#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel evaluation corpus dev89 - cyber insurance and IT incidents at business customers.

All content is fictitious and written by hand in the functions m001 ... m150.
The helpers below only turn that content into MIME messages and attachment files.

    python make_corpus.py          writes mails/d89-0001.eml ... d89-0150.eml and labels.tsv
    python make_corpus.py --check  re-parses every file and validates the corpus
Standard library only, Python 3.8+, deterministic, no network.
"""
import csv
import datetime as _dt
import io
import os
import re
import sys
import zipfile
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default as _default_policy
from email.utils import format_datetime
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as _xesc

HERE = os.path.dirname(os.path.abspath(__file__))
NN = "89"
N_MAILS = 150
DOM = "weserland-versicherung.example"
ZIP_TS = (2024, 1, 2, 8, 0, 0)

# --------------------------------------------------------------------------------------
# MIME helpers (no content here)
# --------------------------------------------------------------------------------------


def M(frm, to, subject, body, label, lang, kind, reason, **kw):
    d = dict(frm=frm, to=to, subject=subject, body=body, label=label, lang=lang,
             kind=kind, reason=reason)
    d.update(kw)
    return d


class Att(object):
    def __init__(self, name, data, maintype, subtype, params=None):
        self.name, self.data, self.maintype, self.subtype = name, data, maintype, subtype
        self.params = params or {}


def _zip(members, first_stored=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED if name == first_stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def att_csv(name, rows, encoding="utf-8", delimiter=";", subtype="csv"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(encoding)
    if subtype == "vnd.ms-excel":
        return Att(name, data, "application", "vnd.ms-excel")
    return Att(name, data, "text", subtype, {"charset": encoding})


def att_txt(name, text, subtype="plain", encoding="utf-8"):
    return Att(name, text.replace("\r\n", "\n").replace("\n", "\r\n").encode(encoding),
               "text", subtype, {"charset": encoding})


def att_bin(name, data, maintype="application", subtype="octet-stream"):
    return Att(name, data, maintype, subtype)


def _pdf_esc(line):
    b = line.encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf_bytes(lines, per_page=58):
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = []
    n_pages = len(pages)
    kids = " ".join("%d 0 R" % (4 + 2 * k) for k in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for k, pl in enumerate(pages):
        stream = b"BT /F1 10 Tf 14 TL 50 800 Td\n" + b"".join(b"(" + _pdf_esc(l) + b") Tj T*\n" for l in pl) + b"ET\n"
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * k)).encode())
        objs.append(("<< /Length %d >>\nstream\n" % len(stream)).encode() + stream + b"endstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ("%d 0 obj\n" % (i + 1)).encode() + o + b"\nendobj\n"
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return bytes(out)


def att_pdf(name, lines, octet=False):
    data = pdf_bytes(lines)
    if octet:
        return Att(name, data, "application", "octet-stream")
    return Att(name, data, "application", "pdf")


def docx_bytes(paragraphs, table=None):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []
    for p in paragraphs:
        body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xesc(p))
    if table:
        rows = []
        for r in table:
            cells = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _xesc(str(c)) for c in r)
            rows.append("<w:tr>%s</w:tr>" % cells)
        body.append("<w:tbl>%s</w:tbl>" % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W, "".join(body)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def att_docx(name, paragraphs, table=None):
    return Att(name, docx_bytes(paragraphs, table), "application",
               "vnd.openxmlformats-officedocument.wordprocessingml.document")


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet="Tabelle1"):
    xr = []
    for ri, r in enumerate(rows):
        cells = []
        for ci, v in enumerate(r):
            ref = "%s%d" % (_col(ci), ri + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _xesc(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xesc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sh)])


def att_xlsx(name, rows, sheet="Tabelle1"):
    return Att(name, xlsx_bytes(rows, sheet), "application",
               "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')


def _odf(mime, inner):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2"><office:body>%s</office:body></office:document-content>' % (_ODF_NS, inner))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                first_stored="mimetype")


def att_odt(name, paragraphs):
    inner = "<office:text>%s</office:text>" % "".join("<text:p>%s</text:p>" % _xesc(p) for p in paragraphs)
    return Att(name, _odf("application/vnd.oasis.opendocument.text", inner), "application",
               "vnd.oasis.opendocument.text")


def att_ods(name, rows, sheet="Tabelle1"):
    rs = []
    for r in rows:
        cs = "".join('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _xesc(str(c)) for c in r)
        rs.append("<table:table-row>%s</table:table-row>" % cs)
    inner = '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>' % (_xesc(sheet), "".join(rs))
    return Att(name, _odf("application/vnd.oasis.opendocument.spreadsheet", inner), "application",
               "vnd.oasis.opendocument.spreadsheet")


def att_ics(name, text):
    return Att(name, text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"), "text", "calendar",
               {"charset": "utf-8", "method": "REQUEST"})


def att_zip(name, members):
    """members: list of Att objects (their file name and bytes go into the ZIP)."""
    return Att(name, _zip([(a.name, a.data) for a in members]), "application", "zip")


def att_eml(d):
    """d: a dict built with M(...) (label fields ignored) for a forwarded message/rfc822."""
    return Att(d.get("filename", "weitergeleitet.eml"), _build_msg(d, None), "message", "rfc822")


def _build_msg(d, idx):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = d["frm"]
    msg["To"] = d["to"] if isinstance(d["to"], str) else ", ".join(d["to"])
    if d.get("cc"):
        msg["Cc"] = d["cc"] if isinstance(d["cc"], str) else ", ".join(d["cc"])
    msg["Subject"] = d["subject"]
    msg["Date"] = d.get("date_hdr") or _date(idx)
    msg["Message-ID"] = d.get("msgid") or ("<d%s.%04d.%s@%s>" % (NN, idx, "4c1e%03d" % (idx * 7 % 997), DOM))
    if d.get("in_reply_to"):
        msg["In-Reply-To"] = d["in_reply_to"]
        msg["References"] = d["in_reply_to"]
    for k, v in d.get("headers", []):
        msg[k] = v
    charset = d.get("charset", "utf-8")
    cte = d.get("cte")
    if d.get("html_only"):
        msg.set_content(d["html"], subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(d["body"], charset=charset, cte=cte)
        if d.get("flowed"):
            msg.set_param("format", "flowed")
        if d.get("html"):
            msg.add_alternative(d["html"], subtype="html", charset=charset)
    for a in d.get("atts", []):
        if a.maintype == "message":
            inner = message_from_bytes(a.data, policy=_default_policy)
            msg.add_attachment(inner, filename=a.name)
        else:
            msg.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype, filename=a.name,
                               params=a.params or None)
    k = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_d%s_%s_%d" % (NN, "%04d" % idx if idx else "fwd", k))
            k += 1
    return msg.as_bytes(policy=SMTP)


def _date(idx):
    base = _dt.datetime(2024, 9, 2, 7, 40, tzinfo=_dt.timezone(_dt.timedelta(hours=2)))
    idx = idx or 0
    t = base + _dt.timedelta(hours=idx * 9 + (idx * 13) % 7, minutes=(idx * 37) % 60)
    if t.month >= 11 or (t.month == 10 and t.day >= 27):
        t = t.astimezone(_dt.timezone(_dt.timedelta(hours=1)))
    return format_datetime(t)


# --------------------------------------------------------------------------------------
# People (all invented)
# --------------------------------------------------------------------------------------
KO = "Katrin Oltmanns <katrin.oltmanns@weserland-versicherung.example>"
TW = "Timo Wessels <timo.wessels@weserland-versicherung.example>"
AD = "Aylin Demir <aylin.demir@weserland-versicherung.example>"
OP = "Olga Petrenko <olga.petrenko@weserland-versicherung.example>"
JB = "Jonas Behrendt <jonas.behrendt@weserland-versicherung.example>"
DSB = "Dr. Miriam Sauer <datenschutz@weserland-versicherung.example>"
FH = "Frank Hoppe <frank.hoppe@weserland-versicherung.example>"
LB = "Lena Brückner <lena.brueckner@weserland-versicherung.example>"
SK = "Sebastian Kruse <sebastian.kruse@weserland-versicherung.example>"
HJ = "Henrik Janssen <henrik.janssen@weserland-versicherung.example>"
CYS = "Cyber-Schaden <cyber-schaden@weserland-versicherung.example>"
ITSEC = "IT-Sicherheit <it-sicherheit@weserland-versicherung.example>"
ALLE = "Alle Mitarbeitenden <alle@weserland-versicherung.example>"

LUEHRS = "Praxis Dr. Lührs <praxis@hausarzt-luehrs.example>"
BRANDES = "Löwen-Apotheke Oldenburg <info@loewen-apotheke-ol.example>"
PFLEGE = "Gabriele Stührmann <g.stuehrmann@pflege-mit-herz-del.example>"
STEINMEYER = "Dr. Jan Steinmeyer <j.steinmeyer@steinmeyer-partner.example>"
KOEHLER = "Birgit Köhler <b.koehler@koehler-vogt-stb.example>"
MEINERS = "Dirk Meiners <d.meiners@lohnbuero-nordwest.example>"
ASHWORTH = "Catherine Ashworth <c.ashworth@harbourlegal.example>"
BRIGHTWELL = "Owen Brightwell <owen@brightwell-physio.example>"
GALLAGHER = "Niamh Gallagher <niamh.gallagher@meridian-people.example>"
YILMAZ = "Zahnarztpraxis Dr. Yılmaz <praxis@zahnarzt-yilmaz.example>"
WHITLOCK = "Sarah Whitlock <s.whitlock@apotheke-am-hafen.example>"
FNORD = "Dr. Malte Ahrens <m.ahrens@forensik-nord.example>"
KESTREL = "Priya Raman <priya.raman@kestrel-ir.example>"
THRESH = "Daan Verbeek <daan@threshold-negotiations.example>"
HALLER = "Dr. Carola Hallermann <c.hallermann@hallermann-recht.example>"
ASHBY = "Tom Whitfield <tom.whitfield@ashbycrane.example>"
GERDES = "Nils Gerdes <n.gerdes@gerdes-toepfer.example>"
WHITCOMBE = "Rachel Moss <rachel.moss@whitcombe-specialty.example>"
BALTICA = "Lars Sørensen <lars.sorensen@baltica-re.example>"
PETERSEN = "Tobias Petersen <t.petersen@petersen-it.example>"

SIG_KO = """--
Katrin Oltmanns
Schadenreferentin Cyber | Schaden Gewerbe
Weserland Versicherung AG
Am Speicherhafen 12, 28217 Bremen
Tel. +49 421 5570-3318

Weserland Versicherung AG | Sitz Bremen | Amtsgericht Bremen HRB 40817
Vorstand: Dr. Hauke Meyerdierks (Vors.), Sabine Teuber"""

SIG_AD = """Mit freundlichen Grüßen

Aylin Demir
Cyber-Schaden
Weserland Versicherung AG | Am Speicherhafen 12 | 28217 Bremen
Tel. 0421 5570-3342 | Fax 0421 5570-3999"""

SIG_OP = """Kind regards,
Olga Petrenko
Senior Claims Specialist Cyber & Tech
Weserland Versicherung AG, Am Speicherhafen 12, 28217 Bremen, Germany
T +49 421 5570-3371 | M +49 160 5570 3371"""

SIG_TW = """Gruß
Timo Wessels
Teamleiter Cyber-Schaden | Weserland Versicherung AG | -3301"""

DISCLAIMER = """Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie
nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren
Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie
die unbefugte Weitergabe dieser Mail ist nicht gestattet."""

# --------------------------------------------------------------------------------------
# Mails
# --------------------------------------------------------------------------------------


def m001():
    return M(FH, ALLE, "Cyber-Lagebild KW 36: Ransomware gegen Arztpraxen, neue Phishing-Welle",
"""Liebe Kolleginnen und Kollegen,

hier das wöchentliche Cyber-Lagebild der Informationssicherheit.

1) Ransomware im Gesundheitswesen
Mehrere Sicherheitsbehörden berichten über eine Kampagne gegen kleinere Arztpraxen und
MVZ. Einfallstor sind in fast allen Fällen Fernwartungszugänge ohne zweiten Faktor.
Die Täter verschlüsseln Praxisverwaltungssysteme und drohen mit der Veröffentlichung von
Patientendaten (Double Extortion). Für uns relevant: unser Bestand Heilberufe im
CyberSchutz-Tarif ist genau diese Zielgruppe - die Kollegen aus dem Underwriting sind
informiert.

2) Phishing "Rückerstattung Krankenversicherung"
Seit Montag sehen wir am Gateway vermehrt Mails mit dem Betreff "Ihre Erstattung ist
bereit" und einem Link auf eine gefälschte Anmeldeseite. Bitte nichts anklicken, sondern
über den Button "Phishing melden" in Outlook weiterleiten.

3) Patchday
Der Patchday diese Woche schließt u. a. zwei kritische Lücken in Browsern. Die Verteilung
läuft automatisch, bitte Rechner heute Abend nicht ausschalten, sondern nur abmelden.

Fragen gerne an it-sicherheit@weserland-versicherung.example.

Viele Grüße
Frank Hoppe
Informationssicherheitsbeauftragter (CISO)""",
             "NORMAL", "de", "internal", "trap: weekly threat newsletter; ransomware, Patientendaten, Krankenversicherung but no person")


def m002():
    return M(AD, LUEHRS, "Ihre Schadenmeldung vom 03.09.2024 - Schaden-Nr. S-CY-24-00417",
"""Sehr geehrte Frau Dr. Lührs,

vielen Dank für Ihre telefonische Schadenmeldung von heute früh. Wir bestätigen den
Eingang und haben den Schaden unter der Nummer S-CY-24-00417 angelegt.

Versicherungsnehmerin: Dr. med. Annette Lührs, Hemmstraße 211, 28215 Bremen
Vertrag: CyberSchutz Heilberufe, Vers.-Nr. CY-HB-2023-004127
Schadentag: 02.09.2024 (Verschlüsselung der Praxisserver festgestellt gegen 7:15 Uhr)

Wie besprochen haben wir die Forensik Nord GmbH als Incident-Response-Dienstleister
beauftragt. Herr Dr. Ahrens wird sich innerhalb der nächsten zwei Stunden bei Ihnen
melden. Bitte schalten Sie die betroffenen Rechner nicht aus und spielen Sie keine
Sicherungen zurück, bevor die Forensiker Abbilder gezogen haben.

Zahlen Sie bitte kein Lösegeld und nehmen Sie keinen Kontakt zu den Tätern auf - das
stimmen wir gemeinsam mit Ihnen und den Spezialisten ab.

Da personenbezogene Daten Ihrer Patientinnen und Patienten betroffen sein könnten,
läuft ab Kenntnis die 72-Stunden-Frist zur Meldung an die Datenschutzaufsicht. Unsere
Partnerkanzlei Hallermann Rechtsanwälte unterstützt Sie dabei; die Kosten sind über
Ihren Vertrag gedeckt (Baustein Krisenmanagement).

Ihre Ansprechpartnerin bei uns bin ich, Vertretung Frau Oltmanns (-3318).

""" + SIG_AD,
             "CONFIDENTIAL", "de", "insurer-to-customer", "claim acknowledgement to a doctor (natural person) as cyber policyholder; no patient named")


def m003():
    return M(KO, HALLER, "WG: Patientenliste für Benachrichtigung - S-CY-24-00417 Praxis Dr. Lührs",
"""Hallo Frau Dr. Hallermann,

anbei die Liste, die uns die Praxis gerade geschickt hat. Bitte für die Entwürfe der
Benachrichtigungsschreiben nach Art. 34 verwenden. Die Praxis hat die Liste aus der
Datensicherung vom 30.08. gezogen, es fehlen also ggf. Neupatienten der letzten Tage.

Gruß
Katrin Oltmanns

-----Ursprüngliche Nachricht-----
Von: Sandra Kück <praxis@hausarzt-luehrs.example>
Gesendet: Donnerstag, 5. September 2024 16:02
An: Oltmanns, Katrin
Betreff: Patientenliste

Hallo Frau Oltmanns,
wie gewünscht die Liste. Ist erstmal nur ein Auszug (Buchstabe A-B), der Rest kommt morgen,
das System ist noch langsam.
LG S. Kück
Praxismanagerin""",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "attachment-only: CSV with GP patients (name, birth date, address, last visit, Dauerdiagnose)",
             atts=[att_csv("Patienten_A-B_Auszug.csv", [
                 ["PatNr", "Name", "Vorname", "Geb.-Datum", "Straße", "PLZ", "Ort", "Letzter Besuch", "Dauerdiagnose"],
                 ["10233", "Abeling", "Hermann", "14.02.1951", "Admiralstraße 17", "28215", "Bremen", "28.08.2024", "I10.90 G"],
                 ["10871", "Ahlers", "Petra", "03.11.1978", "Plantage 4", "28215", "Bremen", "12.08.2024", "E03.9 G"],
                 ["11402", "Albrecht", "Jonas", "21.06.1999", "Findorffstraße 88", "28215", "Bremen", "30.07.2024", ""],
                 ["12019", "Arslan", "Meryem", "09.09.1964", "Eickedorfer Str. 3", "28215", "Bremen", "27.08.2024", "E11.9 G"],
                 ["12544", "Bartels", "Günter", "30.01.1940", "Hemmstraße 150", "28215", "Bremen", "29.08.2024", "I48.1 G; N18.3 G"],
                 ["12660", "Becker", "Lisa-Marie", "17.04.2001", "Regensburger Str. 21", "28215", "Bremen", "02.08.2024", "F41.1 G"],
                 ["13005", "Bischoff", "Werner", "05.12.1957", "Münchener Str. 140", "28215", "Bremen", "19.08.2024", "J44.19 G"],
                 ["13377", "Brinkmann", "Anke", "26.03.1983", "Neukirchstraße 9", "28215", "Bremen", "23.08.2024", "O09.1 V"],
             ], encoding="windows-1252", subtype="vnd.ms-excel")])


def m004():
    return M(FH, "Cyber Underwriting <cyber-uw@weserland-versicherung.example>, " + OP,
             "FYI: actively exploited auth bypass in SSL-VPN appliances - portfolio check?",
"""Hi all,

heads-up from this morning's threat intel feed (vendor advisory + CERT note, summarised):

- Authentication bypass in the web interface of a widely used SSL-VPN appliance family,
  CVSS 9.8, exploitation in the wild since at least last Friday.
- Initial access brokers are already selling access; two ransomware affiliates have been
  seen using it against healthcare and professional services (law, tax, payroll).
- Fixed firmware is available. Mitigation if patching is not possible: disable the web
  portal on the WAN interface.

Suggestion: underwriting could send the standard customer alert to the Heilberufe and
Freie Berufe portfolio (template "Sicherheitshinweis kritische Schwachstelle"), and claims
may want to ask new ransomware notifications whether this appliance is in place.

IOCs are on the intranet page "Threat Intel", not attached here.

Cheers,
Frank

--
Frank Hoppe | CISO | Weserland Versicherung AG""",
             "NORMAL", "en", "internal", "trap: vulnerability advisory mentioning healthcare and law firms; no customer, no person")


def m005():
    return M(OP, TW + ", " + HALLER,
             "FW: Harbour Legal - preliminary findings (exfiltration scope) S-CY-24-00538",
"""Timo, Carola,

forwarding Kestrel's preliminary note. The scope is worse than we hoped: client matter
folders were staged and uploaded. Carola, you'll want to look at the criminal defence and
immigration matters first - that's where Art. 9/10 data sits.

Olga

---------- Forwarded message ---------
From: Priya Raman <priya.raman@kestrel-ir.example>
Date: Tue, 10 Sep 2024 at 18:47
Subject: Harbour Legal - preliminary findings (exfiltration scope)
To: Olga Petrenko <olga.petrenko@weserland-versicherung.example>

Olga,

Preliminary, not yet a report - please don't circulate beyond counsel.

1. Initial access 22 Aug via compromised VPN account of a trainee (no MFA).
2. Threat actor enumerated \\\\HL-FS01\\Matters and archived selected folders with 7-Zip.
3. ~41 GB transferred to a cloud storage provider on 27/28 Aug (firewall logs confirm).

Folders we can confirm were in the staged archives (from the 7z listing left in
C:\\PerfLogs\\tmp):

  Matters\\Crime\\2024-017 Dragan Petrović (BtM-Verfahren, LG Hamburg)
  Matters\\Crime\\2024-022 Jannik Rohwer (Untreue, StA Hamburg)
  Matters\\Immigration\\2023-114 Amira Haddad (asylum appeal, incl. medical reports PTSD)
  Matters\\Immigration\\2024-031 Oleksandr Bondar (residence permit)
  Matters\\Employment\\2024-009 Kerstin Vahl (dismissal, long-term sick leave)
  Matters\\Corporate\\2024-044 Nordkai Logistik GmbH (SPA)

Full listing (1,872 matter folders) to follow with the interim report on Friday.

Priya Raman
Director, Incident Response - Kestrel Incident Response Ltd""",
             "STRICTLY_CONFIDENTIAL", "en", "supplier",
             "forensic note names law-firm clients with criminal proceedings, asylum/PTSD and sick leave (§ 203, Art. 9/10)")


def m006():
    return M(ITSEC, ALLE, "Achtung Phishing: gefälschte Mails \"Ihre Erstattung der Krankenkasse\"",
"""Liebe Kolleginnen und Kollegen,

derzeit erreichen uns gefälschte E-Mails, die angeblich von einer Krankenkasse stammen.
Betreff zum Beispiel:

  "Ihre Erstattung für Arztrechnungen ist bereit - Bestätigung erforderlich"
  "Beitragsrückerstattung 2023: Bitte IBAN bestätigen"

In der Mail wird man aufgefordert, Kontodaten und Versichertennummer auf einer Webseite
einzugeben. Die Seite sieht echt aus, gehört aber Betrügern.

So erkennen Sie die Mails:
- Absenderadresse passt nicht zur Krankenkasse
- Zeitdruck ("innerhalb von 24 Stunden")
- Link führt nicht auf die bekannte Domain

Was tun? Nicht klicken, nichts eingeben, über "Phishing melden" weiterleiten. Wer bereits
Daten eingegeben hat: bitte sofort die IT-Hotline -4444 anrufen. Das ist kein Drama,
aber je schneller wir reagieren, desto besser.

Ihr Team IT-Sicherheit""",
             "NORMAL", "de", "internal", "trap: phishing warning about fake health-insurer refunds, IBAN, Arztrechnungen; no person",
             html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>derzeit erreichen uns <b>gefälschte E-Mails</b>, die angeblich von einer Krankenkasse stammen. Betreff zum Beispiel:</p>
<ul><li>&quot;Ihre Erstattung für Arztrechnungen ist bereit - Bestätigung erforderlich&quot;</li>
<li>&quot;Beitragsrückerstattung 2023: Bitte IBAN bestätigen&quot;</li></ul>
<p>In der Mail wird man aufgefordert, Kontodaten und Versichertennummer auf einer Webseite einzugeben. Die Seite sieht echt aus, gehört aber Betrügern.</p>
<p><b>So erkennen Sie die Mails:</b></p>
<ul><li>Absenderadresse passt nicht zur Krankenkasse</li><li>Zeitdruck (&quot;innerhalb von 24 Stunden&quot;)</li><li>Link führt nicht auf die bekannte Domain</li></ul>
<p><b>Was tun?</b> Nicht klicken, nichts eingeben, über &quot;Phishing melden&quot; weiterleiten. Wer bereits Daten eingegeben hat: bitte sofort die IT-Hotline -4444 anrufen. Das ist kein Drama, aber je schneller wir reagieren, desto besser.</p>
<p>Ihr Team IT-Sicherheit</p></body></html>""")


def m007():
    return M(OP, ASHWORTH, "Harbour Legal LLP - cyber claim S-CY-24-00538 - coverage position",
"""Dear Ms Ashworth,

Policy CY-HH-2023-011870 (CyberSchutz Freie Berufe) - incident notified 24 August 2024

Thank you for the call this afternoon and for your firm's cooperation with Kestrel.

On the information currently available we confirm cover under the policy for:

  - incident response and forensic costs (Kestrel Incident Response Ltd, panel rates);
  - legal advice on notification duties (Ashby Crane LLP / Hallermann Rechtsanwälte);
  - notification and call-centre costs for affected clients;
  - business interruption, subject to the 12-hour waiting period and proof of loss.

We reserve our position on the following points until the final forensic report:

  (a) the compromised VPN account of a trainee was not protected by multi-factor
      authentication, although the proposal form (question 4.2) confirmed MFA "for all
      remote access". We are not alleging a breach of the pre-contractual duty of
      disclosure at this stage, but must reserve our rights under Sections 19 et seq. VVG;
  (b) any regulatory fines: insurability will be assessed under German law case by case.

The policy deductible of EUR 5,000 applies once per claim.

Please don't hesitate to call me if anything is unclear.

""" + SIG_OP,
             "CONFIDENTIAL", "en", "insurer-to-customer", "coverage position to named managing partner of insured law firm; no client data")


def m008():
    return M(TW, "Henrik Janssen <henrik.janssen@weserland-versicherung.example>",
             "Cyber-Schadenstatistik 1. Halbjahr 2024 für die Vorstandsvorlage",
"""Hallo Henrik,

die Zahlen für die Vorstandsvorlage, Stand 30.06., Quelle Schadensystem (Auswertung von
Aylin). Tabelle ist auch im HTML-Teil. Die Zahlen sind Schadenanzahl und Aufwand inkl.
Reserven, ohne Großschadenfilter.

Branche               Schäden  davon Ransomware  Aufwand TEUR  Ø TEUR
Arztpraxen/MVZ             41                19         1.874    45,7
Zahnärzte                  12                 4           311    25,9
Apotheken                   9                 3           402    44,7
Pflegedienste               7                 4           529    75,6
Rechtsanwälte              17                 6           988    58,1
Steuerberater              14                 7           862    61,6
Lohn-/HR-Dienstleister      3                 2           640   213,3
Sonstige Gewerbe           96                21         3.310    34,5
Summe                     199                66         8.916    44,8

Auffällig: Pflegedienste und Lohnbüros haben wenige, aber teure Schäden (Benachrichtigung
vieler Betroffener, Call-Center). Bei Heilberufen ist der BU-Anteil am Aufwand hoch.

Gruß
Timo""",
             "NORMAL", "de", "internal", "trap: aggregated claims statistics by sector (Arztpraxen, Pflegedienste); no customer or person",
             html="""<html><body><p>Hallo Henrik,</p><p>die Zahlen für die Vorstandsvorlage, Stand 30.06.:</p>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-family:Calibri">
<tr><th>Branche</th><th>Schäden</th><th>davon Ransomware</th><th>Aufwand TEUR</th><th>Ø TEUR</th></tr>
<tr><td>Arztpraxen/MVZ</td><td>41</td><td>19</td><td>1.874</td><td>45,7</td></tr>
<tr><td>Zahnärzte</td><td>12</td><td>4</td><td>311</td><td>25,9</td></tr>
<tr><td>Apotheken</td><td>9</td><td>3</td><td>402</td><td>44,7</td></tr>
<tr><td>Pflegedienste</td><td>7</td><td>4</td><td>529</td><td>75,6</td></tr>
<tr><td>Rechtsanwälte</td><td>17</td><td>6</td><td>988</td><td>58,1</td></tr>
<tr><td>Steuerberater</td><td>14</td><td>7</td><td>862</td><td>61,6</td></tr>
<tr><td>Lohn-/HR-Dienstleister</td><td>3</td><td>2</td><td>640</td><td>213,3</td></tr>
<tr><td>Sonstige Gewerbe</td><td>96</td><td>21</td><td>3.310</td><td>34,5</td></tr>
<tr><td><b>Summe</b></td><td><b>199</b></td><td><b>66</b></td><td><b>8.916</b></td><td><b>44,8</b></td></tr>
</table><p>Gruß<br>Timo</p></body></html>""")


def m009():
    return M(AD, FNORD, "S-CY-24-00468 Pflege mit Herz - Tourenplan aus dem gestohlenen Laptop",
"""Hallo Herr Dr. Ahrens,

wie heute im Call besprochen: Frau Stührmann hat den Tourenplan rekonstruiert, der auf dem
gestohlenen Laptop lokal gespeichert war (Export aus der Pflegesoftware vom 06.09.).
Damit können Sie abgleichen, welche Klienten auf dem Gerät waren und ob die Festplatte
verschlüsselt war.

Die Datei ist im Anhang.

""" + SIG_AD,
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
             "attachment-only: ODS tour plan of a care service with client names, Pflegegrad, medication and wound care",
             atts=[att_ods("Tourenplan_KW36_Tour3.ods", [
                 ["Tour 3 Frühdienst", "KW 36", "", "", "", ""],
                 ["Zeit", "Klient/in", "Adresse", "PG", "Leistung", "Hinweis"],
                 ["06:30", "Hedwig Kramer", "Lange Straße 40, Delmenhorst", "4", "Grundpflege, Insulin s.c.", "Schlüssel im Tresor, Demenz"],
                 ["07:15", "Bernd Oeltjen", "Stedinger Str. 7, Delmenhorst", "3", "Kompressionsstrümpfe, Medikamentengabe", "Marcumar - INR Mi"],
                 ["07:50", "Irmgard Wübbenhorst", "Bremer Str. 112, Delmenhorst", "5", "Grundpflege, PEG-Versorgung", "Tochter anrufen bei Fieber"],
                 ["08:40", "Heinz-Dieter Schwarting", "Am Wollepark 3, Delmenhorst", "2", "Wundversorgung Ulcus cruris re.", "VW-Wechsel Mo/Do"],
                 ["09:20", "Elfriede Bohlken", "Friedrich-Ebert-Allee 19, Delmenhorst", "3", "Medikamentengabe, Blutzucker", "Diabetes Typ 2"],
                 ["10:05", "Manfred Siemer", "Oldenburger Str. 251, Delmenhorst", "4", "Grundpflege, Katheter", "Parkinson"],
             ], sheet="Tour3")])


def m010():
    return M(KO, FNORD, "Auftrag Incident Response - Praxis Dr. Lührs, Bremen (S-CY-24-00417)",
"""Sehr geehrter Herr Dr. Ahrens,

hiermit beauftragen wir Sie im Rahmen des Rahmenvertrags vom 01.02.2023 mit der
Incident Response für unsere Versicherungsnehmerin:

  Hausarztpraxis Dr. med. Annette Lührs
  Hemmstraße 211, 28215 Bremen
  Ansprechpartnerin vor Ort: Frau Sandra Kück (Praxismanagerin), Tel. 0421 3498-220
  IT-Dienstleister der Praxis: Systemhaus Petersen IT GmbH, Herr Tobias Petersen

Sachverhalt laut Meldung: Am 02.09.2024 morgens waren Server und Arbeitsplätze
verschlüsselt, auf allen Geräten liegt eine Erpressernachricht ("README_BLACKMOTH.txt").
Das Praxisverwaltungssystem ist nicht nutzbar, die Praxis arbeitet mit Papier.

Auftragsumfang Phase 1 (Budget bis 15.000 EUR netto, darüber bitte Freigabe):
1. Eindämmung und Beweissicherung (Images der Server, Firewall-Logs, Fernwartung)
2. Feststellung Einfallstor und Zeitlinie
3. Prüfung Datenabfluss (wichtig wegen Meldung Art. 33/34 DSGVO)
4. Unterstützung bei der Wiederherstellung in Abstimmung mit Herrn Petersen

Berichte bitte ausschließlich an mich und an die Kanzlei Hallermann, nicht an die
Praxismitarbeiter per unverschlüsselter Mail.

Vielen Dank und viele Grüße
Katrin Oltmanns

""" + SIG_KO,
             "CONFIDENTIAL", "de", "insurer-to-supplier", "forensic engagement naming insured doctor and practice manager; no patient data")


def m011():
    return M(FH, "Claims IT <claims-it@weserland-versicherung.example>",
             "Pentest Schadenportal 2024 - management summary (final)",
"""Hi everyone,

the final report from the external pentest of the claims portal ("Schaden online") is
on the ISMS SharePoint. Management summary below, in English as delivered.

--- Management summary ---
Scope: claims portal (web + REST API), 19-30 August 2024, grey box, two test accounts
provided by Weserland (test.vn01 "Max Mustermann", test.vn02 "Erika Musterfrau", both
fictitious, staging environment only).

Findings:
  H-01  IDOR on /api/v2/claims/{id}/documents - a logged-in user could request document
        metadata of other claims by iterating IDs (staging; no production data touched).
        CVSS 7.5. Fixed in release 24.09.1, retest passed.
  M-01  Upload of medical invoices accepts SVG files -> stored XSS in case worker view.
        CVSS 5.4. Fix planned.
  M-02  Session cookie missing SameSite attribute. CVSS 4.3.
  L-01  Verbose error messages disclose framework version.
  I-01  Password reset token valid for 24h (recommend 1h).

Overall: no critical findings, one high (fixed). Good baseline.
--- end ---

Retest for M-01 and M-02 is booked for October.

Frank""",
             "NORMAL", "en", "internal", "trap: pentest summary with IDOR on claims documents and fictitious test accounts Mustermann")


def m012():
    return M(KO, HALLER + ", " + AD, "WG: Beschwerde eines Patienten - Praxis Lührs / S-CY-24-00417",
"""Frau Dr. Hallermann,

das hier kam über das Kontaktformular der Praxis, Frau Kück hat es an uns weitergeleitet.
Der Patient droht mit Anwalt und Aufsichtsbehörde. Können Sie einen Antwortentwurf für
die Praxis machen? Bitte Art. 82 im Blick behalten.

Danke, K. Oltmanns

> Von: Gerold Wienholt <g.wienholt@posteo-mail.example>
> An: praxis@hausarzt-luehrs.example
> Betreff: Datenleck!!!
>
> Sehr geehrte Frau Dr. Lührs,
>
> ich habe aus der Zeitung erfahren dass Ihre Praxis gehackt wurde. Ich bin seit 2019 bei
> Ihnen wegen meiner Depressionen und Sie haben mich 2022 an die Psychiatrie in Ellen
> überwiesen. Wenn das jetzt im Internet steht verliere ich meinen Job. Mein Arbeitgeber
> weiß davon nichts.
>
> Ich verlange sofort Auskunft welche Daten von mir gestohlen wurden, auch die Berichte
> vom Klinikum und die Medikamente (Sertralin). Ich überlege mir rechtliche Schritte.
>
> Gerold Wienholt
> geb. 11.05.1976""",
             "STRICTLY_CONFIDENTIAL", "de", "third-party",
             "patient complaint quoted: depression, psychiatric referral, medication, birth date")


def m013():
    return M(TW, KO, "AW: Lösegeldforderung Lührs - Freigabe Verhandler",
"""Katrin,

Freigabe für Threshold Negotiations erteilt, Budget für den Verhandler wie üblich
Stundensatz lt. Rahmenvertrag, max. 20 h erstmal.

Zur Forderung (180.000 USD in BTC, Frist 7 Tage): Zahlung kommt für mich nur in Frage,
wenn Forensik Nord bestätigt, dass die Backups wirklich unbrauchbar sind. Bitte vorher
Sanktionsprüfung der Wallet über Compliance laufen lassen, das ist Pflicht.

Reserve für S-CY-24-00417 bitte auf 95 TEUR erhöhen (BU-Schaden Praxis ca. 6 Wochen,
Wiederherstellung, Benachrichtigung ca. 3.800 Patienten, Rechtsberatung).

Timo

Am 04.09.2024 um 09:12 schrieb Katrin Oltmanns:
> Timo, die Täter haben sich gemeldet. Forderung 180k USD, zahlbar in BTC. Frau Dr. Lührs
> fragt, ob wir zahlen. Ich würde gern Daan von Threshold dazuholen. Ok?""",
             "CONFIDENTIAL", "de", "internal", "internal reserve and ransom decision for a named insured doctor; no patient data")


def m014():
    return M(DSB, CYS, "Musterschreiben Benachrichtigung Betroffener (Art. 34 DSGVO) - aktualisiert",
"""Hallo zusammen,

im Anhang die aktualisierte Vorlage für Benachrichtigungsschreiben, die wir Versicherungs-
nehmern nach einem Cybervorfall an die Hand geben. Änderungen gegenüber Version 2023:
- Hinweis auf Kontaktstelle für Rückfragen (Call-Center-Baustein)
- eigener Absatz für Gesundheitsdaten / Berufsgeheimnisträger
- einfache Sprache, Satzlänge reduziert

Die Platzhalter stehen in «spitzen Klammern». Bitte nicht mit echten Daten befüllt
zurückschicken, sondern die Befüllung macht der VN bzw. der Dienstleister.

Viele Grüße
Miriam Sauer
Datenschutzbeauftragte""",
             "NORMAL", "de", "internal", "trap: Art. 34 letter template with placeholders mentioning Gesundheitsdaten",
             atts=[att_docx("Vorlage_Benachrichtigung_Art34_v2024-2.docx", [
                 "«Briefkopf Praxis/Kanzlei»",
                 "«Anrede» «Vorname» «Nachname»",
                 "«Straße Hausnr.», «PLZ» «Ort»",
                 "Information über einen Sicherheitsvorfall, der Ihre Daten betrifft",
                 "«Anrede» «Nachname»,",
                 "am «Datum» haben wir festgestellt, dass Unbekannte in unser IT-System eingedrungen sind. Dabei wurden möglicherweise folgende Daten über Sie kopiert: «Datenkategorien, z. B. Name, Anschrift, Geburtsdatum, Befunde».",
                 "[Optional Heilberufe:] Darunter können auch Angaben zu Ihrer Gesundheit sein. Diese Daten unterliegen der Schweigepflicht.",
                 "Was wir getan haben: «Maßnahmen».",
                 "Was Sie tun können: Seien Sie vorsichtig bei Anrufen, E-Mails oder Briefen, in denen jemand Bezug auf Ihre Behandlung nimmt und Geld oder Daten fordert.",
                 "Rückfragen: «Hotline» (Mo-Fr 8-18 Uhr)",
                 "Mit freundlichen Grüßen «Unterschrift»",
             ])])


def m015():
    return M(OP, THRESH, "Köhler & Vogt StB - ransom note and leak sample (S-CY-24-00503)",
"""Daan,

as discussed, attached the ransom note found on the file server of our insured, a tax
advisory firm in Verden (Köhler & Vogt Steuerberater PartG mbB). The group calls itself
"Nocturne". The note contains a "proof" excerpt - we verified with the firm that these
are real clients and real figures, so the exfiltration claim is credible.

Please open the chat on the Tor portal with the victim ID from the note, but do not
commit to any number yet. Insured's position: they would rather not pay, but the
partners are very worried about their clients (professional secrecy, § 203 StGB).

Olga

""" + SIG_OP,
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier",
             "ransom note attachment lists tax-adviser clients with tax IDs and income (§ 203 secrecy)",
             atts=[att_txt("README_NOCTURNE.txt", """!!! ALL YOUR FILES ARE ENCRYPTED AND STOLEN !!!

Hello KOEHLER & VOGT.
We are NOCTURNE. We downloaded 212 GB from your network: tax returns, payroll,
annual accounts, scanned IDs, your clients' bank statements.

If you do not contact us in 5 days, everything will be published on our blog
and we will email your clients directly.

PROOF (random sample from \\\\KV-SRV02\\Mandanten\\ESt\\2023):

 Mandant 10422  Hanna Dierks         Steuer-ID 57 402 913 866  zvE 2023: 71.340 EUR
 Mandant 10587  Torsten Bruns        Steuer-ID 83 119 604 257  zvE 2023: 148.905 EUR
 Mandant 11230  Dr. Ulrike Menke     Steuer-ID 26 875 310 942  Krankheitskosten 14.212 EUR
 Mandant 11871  Yusuf Kaplan         Steuer-ID 49 630 278 105  Einkünfte GewB 96.410 EUR

Contact: use Tor browser, open our portal and enter your ID: KV-7731-NOC
Do not call police, do not hire negotiators, do not try to decrypt.
""")])


def m016():
    return M(OP, "Priya Raman <priya.raman@kestrel-ir.example>", "Automatic reply: Interim report",
"""Thank you for your email. I am out of the office until Monday 23 September with no access
to email.

For urgent cyber claims matters please contact cyber-schaden@weserland-versicherung.example
or call +49 421 5570-3300 (24/7 incident hotline for policyholders: +49 421 5570-3000).

Vielen Dank für Ihre Nachricht. Ich bin bis Montag, 23.09., nicht im Büro.

Olga Petrenko""",
             "NORMAL", "mixed", "insurer-to-supplier", "out-of-office auto reply; no claim, no person",
             headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


def m017():
    return M(JB, BRANDES, "Verlängerungsangebot CyberSchutz Apotheke - Vers.-Nr. CY-OL-2022-001893",
"""Sehr geehrter Herr Brandes,

Ihr Vertrag CyberSchutz Apotheke läuft zum 01.11.2024 ab. Auf Basis Ihrer Angaben im
Fragebogen vom 29.08.2024 bieten wir Ihnen die Verlängerung wie folgt an:

  Versicherungsnehmer:     Löwen-Apotheke, Inh. Michael Brandes e.K.
                           Achternstraße 31, 26122 Oldenburg
  Jahresumsatz 2023 (lt. Ihrer Angabe):  3.420.000 EUR
  davon Versandhandel/Webshop:             410.000 EUR
  Versicherungssumme:       500.000 EUR (BU-Sublimit 250.000 EUR)
  Selbstbehalt:             2.500 EUR, BU-Zeitselbstbehalt 12 Stunden
  Jahresbeitrag:            3.186,00 EUR netto zzgl. 19 % VersSt = 3.791,34 EUR

Neu: Wegen der Anbindung an die Telematikinfrastruktur und des Webshops setzen wir
voraus, dass der Admin-Zugang zum Shop-Backend mit zweitem Faktor geschützt ist. Bitte
bestätigen Sie das formlos per Mail.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Jonas Behrendt
Underwriter Cyber Gewerbe
Weserland Versicherung AG""",
             "CONFIDENTIAL", "de", "insurer-to-customer", "renewal offer to sole-trader pharmacist: turnover (income) and contract data")


def m018():
    return M(AD, FNORD, "AW: Löwen-Apotheke - Export Shop-Bestellungen",
"""Hallo Herr Dr. Ahrens,

anbei der Export, den die Agentur (Pixelwerk) aus der Shop-Datenbank gezogen hat -
Zeitraum der unberechtigten Zugriffe laut Ihrer Logauswertung (14.08.-03.09.).

Viele Grüße
Aylin Demir

> Am 09.09.2024 schrieb Dr. Malte Ahrens:
> Können Sie mir die Bestellungen aus dem Zeitraum schicken? Dann kann ich mit den
> abgerufenen Order-IDs aus dem Access-Log abgleichen.""",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
             "attachment-only: XLSX of pharmacy web-shop orders with customer names, addresses and prescription drugs",
             atts=[att_xlsx("shop_orders_2024-08-14_2024-09-03.xlsx", [
                 ["order_id", "date", "customer", "email", "zip", "city", "items", "rx", "pzn"],
                 ["LA-240814-0192", "2024-08-14", "Karin Meents", "k.meents@webpost.example", "26123", "Oldenburg", "Pantoprazol 40 mg 100 St.", "ja", "01234567"],
                 ["LA-240816-0211", "2024-08-16", "Thomas Eilers", "teilers@mailbox.example", "26135", "Oldenburg", "Emtricitabin/Tenofovir 200/245 mg 30 St.", "ja", "07654321"],
                 ["LA-240819-0234", "2024-08-19", "Sabine Grotelüschen", "sabine.g@webpost.example", "26160", "Bad Zwischenahn", "Bepanthen Wundsalbe 100 g", "nein", "02345678"],
                 ["LA-240822-0270", "2024-08-22", "Lukas Hattermann", "lukas.hattermann@mailbox.example", "26121", "Oldenburg", "Methylphenidat ret. 36 mg 30 St. (BtM)", "ja", "03456789"],
                 ["LA-240827-0318", "2024-08-27", "Renate Ahlhorn", "r.ahlhorn@webpost.example", "26180", "Rastede", "Sertralin 50 mg 100 St.", "ja", "04567891"],
                 ["LA-240902-0377", "2024-09-02", "Jens Wöltjen", "jw1980@mailbox.example", "26127", "Oldenburg", "Sildenafil 50 mg 12 St.", "ja", "05678912"],
             ], sheet="orders")])


def m019():
    return M(SK, "Maklerverteiler Nord <makler-nord@weserland-versicherung.example>",
             "Einladung Web-Seminar: Cyberrisiken in Arztpraxen, Apotheken und Pflegediensten",
"""Sehr geehrte Damen und Herren,

Heilberufe sind derzeit die Berufsgruppe mit den meisten Ransomware-Fällen in unserem
Bestand. Gleichzeitig sind viele Praxisinhaber unterversichert oder gar nicht versichert.

Deshalb laden wir Sie herzlich zu unserem Web-Seminar ein:

  "Patientendaten als Lösegeld - Cyberrisiken bei Heilberufen richtig beraten"
  Dienstag, 08.10.2024, 10:00-11:30 Uhr (Teams)

Inhalte:
- Typische Schadenverläufe: Verschlüsselung Praxisverwaltung, gehackter Webshop,
  gestohlenes Tablet in der ambulanten Pflege
- Schweigepflicht (§ 203 StGB) und Meldepflichten nach DSGVO - was bedeutet das für den
  Kunden?
- CyberSchutz Heilberufe: Bausteine, Obliegenheiten, Annahmerichtlinien
- Ihre Fragen

Die Veranstaltung ist für die IDD-Weiterbildung mit 90 Minuten anrechenbar.
Die Kalendereinladung mit dem Link finden Sie im Anhang.

Mit freundlichen Grüßen

Sebastian Kruse
Maklerbetreuung Nord
Weserland Versicherung AG""",
             "NORMAL", "de", "insurer-to-broker", "trap: broker webinar on Patientendaten/§ 203 with ICS; no person",
             atts=[att_ics("Webseminar_Cyber_Heilberufe.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weserland Versicherung//Veranstaltungen//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:webseminar-cyber-heilberufe-20241008@weserland-versicherung.example
DTSTAMP:20240910T080000Z
DTSTART;TZID=Europe/Berlin:20241008T100000
DTEND;TZID=Europe/Berlin:20241008T113000
SUMMARY:Web-Seminar Cyberrisiken Heilberufe (IDD 90 Min.)
LOCATION:Microsoft Teams
DESCRIPTION:Einwahl: https://events.weserland-versicherung.example/cyber-heilberufe
ORGANIZER;CN=Sebastian Kruse:mailto:sebastian.kruse@weserland-versicherung.example
END:VEVENT
END:VCALENDAR
""")])


def m020():
    return M(KO, TW, "Stand Verhandlung Lührs / Threshold - kurz zusammengefasst",
"""Timo,

kurzer Stand aus der Verhandlung, unten die Mail von Daan im Original.

- Täter sind von 180k auf 95k USD runter, Daan meint 60-70k wären realistisch
- Forensik Nord sagt: Backup auf dem NAS ist mitverschlüsselt, aber das Offline-Backup
  vom 25.08. ist sauber -> wir brauchen den Decryptor evtl. gar nicht
- Proof of Life: Täter haben 3 Dateien entschlüsselt, Daan hat nur Systemdateien
  hingeschickt, keine Patientendokumente (gut so)

Ich würde vorschlagen, die Verhandlung hinhaltend weiterzuführen, bis die
Wiederherstellung aus dem Offline-Backup durch ist. Frau Dr. Lührs ist einverstanden.

Katrin

---------- Forwarded message ---------
From: Daan Verbeek <daan@threshold-negotiations.example>
Subject: BLACKMOTH / Lührs - update day 4

Hi Katrin,

quick update after tonight's exchange:
- TA reduced to USD 95k "final offer, valid 48h". Standard pressure, not final.
- They claim 38 GB exfiltrated incl. "all patient records". They could not name a
  single file path when asked, so this is likely inflated; Forensik Nord's egress data
  (approx. 2.1 GB) supports that.
- Decryptor test: 3 files (2x .dll, 1x .ini) came back fine.

My recommendation: keep the channel open, no counter-offer before Monday. I will
propose a "budget problem" narrative of the practice owner.

Best, Daan
Threshold Negotiations B.V.""",
             "CONFIDENTIAL", "mixed", "internal", "negotiation status for named insured doctor; no patient data, German + English quote")


def m021():
    return M(KO, TW, "Lührs - Termin Abschlussgespräch verschiebt sich",
"""Hi Timo,

das Abschlussgespräch mit Frau Dr. Lührs am 24.09. muss ausfallen. Sie hat mich heute
selbst angerufen: Bandscheibenvorfall L4/L5 letzte Woche, sie ist operiert worden und
geht ab nächster Woche für drei Wochen in die Reha nach Bad Zwischenahn. Die Praxis
läuft mit der Vertretung (Dr. Thiele) weiter.

Sie hat gesagt, der Stress der letzten Wochen hat ihr den Rest gegeben. Ich würde den
Termin auf Ende Oktober legen und bis dahin mit Frau Kück arbeiten.

Gruß Katrin""",
             "STRICTLY_CONFIDENTIAL", "de", "internal", "health of the insured doctor herself: herniated disc surgery, rehab")


def m022():
    return M(OP, BALTICA, "Cyber treaty 2024 - H1 claims development (aggregated)",
"""Dear Lars,

as agreed for the mid-year review of the cyber quota share, please find below our
aggregated H1 figures. Individual large-loss notifications (> EUR 250k) follow the usual
route and are not included here.

                         count   incurred EUR   paid EUR   ransom paid (count)
Healthcare (GP, dental,
 pharmacy, home care)       69      3,116,000   1,402,000      2
Legal & tax                 31      1,850,000     988,000      1
Payroll / HR services        3        640,000     205,000      0
Other SME                   96      3,310,000   1,744,000      3
Total                      199      8,916,000   4,339,000      6

Notes:
- Frequency in healthcare up 38 % vs. H1 2023, severity stable.
- Two of the ransom payments were below EUR 50k and were made after sanctions screening.
- Notification costs (letters, call centre) now 14 % of incurred.

Happy to walk you through it on the 1st of October.

""" + SIG_OP,
             "NORMAL", "en", "insurer-to-partner", "trap: aggregated cyber claims figures for reinsurer; no insured named")


def m023():
    return M(AD, LUEHRS, "Zahlung Betriebsunterbrechung (1. Abschlag) - S-CY-24-00417",
"""Sehr geehrte Frau Dr. Lührs,

auf Grundlage der von Ihrem Steuerberater eingereichten Aufstellung (Honorarumsatz
September 2023 zum Vergleich: 61.840 EUR; September 2024 während des Ausfalls:
23.115 EUR) leisten wir einen ersten Abschlag auf den Betriebsunterbrechungsschaden:

  Ertragsausfall lt. Aufstellung          38.725,00 EUR
  abzgl. ersparte Kosten (pauschal 15 %)  -5.808,75 EUR
  abzgl. Selbstbehalt                     -2.500,00 EUR
  Abschlag                                30.416,25 EUR

Die Überweisung erfolgt in den nächsten Tagen auf das uns bekannte Praxiskonto

  Kontoinhaberin: Dr. med. Annette Lührs
  IBAN: DE97 2544 1902 1211 5270 76

Die endgültige Abrechnung nehmen wir vor, sobald die Quartalsabrechnung der KV vorliegt.

""" + SIG_AD,
             "CONFIDENTIAL", "de", "insurer-to-customer", "BI payment to named doctor with practice revenue and IBAN")


def m024():
    return M(OP, HALLER, "Brightwell Physiotherapy - what was taken (S-CY-24-00561)",
"""Dear Carola,

Mr Brightwell (sole trader, physio practice in Hamburg-Eimsbüttel, English is easier
for him) sent me the export below from his booking system. According to the hosting
provider this is exactly the table the attacker downloaded via the compromised admin
account. Could you assess whether notification under Art. 34 is required? In my view
clearly yes.

Olga

-------- Original Message --------
From: Owen Brightwell <owen@brightwell-physio.example>
Sent: Monday, 16 September 2024 21:14
To: Olga Petrenko
Subject: the appointments table

Hi Olga,

this is what was in the appointments table (I have shortened it, it's about 1,100
patients since 2021). I'm sick about this. Some of these people are quite vulnerable.

date       | patient             | DOB        | referral / reason                         | therapist
2024-09-02 | Martina Kolbe       | 1968-04-12 | KG post-op knee TEP left (Dr. Wendt)      | Owen
2024-09-02 | Felix Aydin         | 2009-11-30 | scoliosis, Schroth therapy                | Jule
2024-09-03 | Hannelore Strüver   | 1944-07-19 | lymph drainage after mastectomy           | Jule
2024-09-03 | Rasmus Friedrichsen | 1987-02-02 | MLD/back pain M54.5, work accident (BG)   | Owen
2024-09-04 | Nadja Petersen      | 1992-08-25 | pelvic floor therapy postpartum           | Maren

Tell me what I need to do.
Owen""",
             "STRICTLY_CONFIDENTIAL", "en", "customer", "quoted patient list of physio practice with birth dates and treatments")


def m025():
    return M(HJ, "Personalabteilung <personal@weserland-versicherung.example>",
             "Stellenausschreibung Schadenregulierer/in Cyber (m/w/d) - bitte veröffentlichen",
"""Hallo zusammen,

bitte die folgende Ausschreibung intern und auf der Karriereseite veröffentlichen.
Kennziffer SG-2024-17.

---
Schadenregulierer/in Cyber (m/w/d), Bremen, Vollzeit/Teilzeit

Ihre Aufgaben:
- Regulierung von Cyberschäden bei gewerblichen Kunden und Heilberufen: Ransomware,
  Datenabfluss, Betrugsschäden (Fake President, Payment Diversion)
- Steuerung von Forensikern, Datenschutzanwälten und Krisenkommunikation
- Bewertung von Betriebsunterbrechungsschäden und Drittansprüchen nach Art. 82 DSGVO

Ihr Profil:
- Ausbildung als Kaufmann/-frau für Versicherungen und Finanzen oder Studium
- Erfahrung in der Schadenregulierung (gewerbliche Sparten), IT-Grundverständnis
- Sicheres Englisch (Abstimmung mit internationalen IR-Dienstleistern)
- Nervenstärke: Unsere Kunden rufen nicht an, wenn alles gut läuft.

Wir bieten: mobiles Arbeiten bis 60 %, 30 Tage Urlaub, betriebliche Altersversorgung,
Jobrad, Kantine am Speicherhafen.
---

Danke!
Henrik Janssen
Abteilungsleiter Schaden Gewerbe""",
             "NORMAL", "de", "internal", "trap: job ad for cyber claims handler (Datenabfluss, Art. 82); no person")


def m026():
    return M(AD, GERDES, "Ihr Kunde Löwen-Apotheke (Brandes) - Schaden S-CY-24-00452 angelegt",
"""Hallo Herr Gerdes,

danke für die schnelle Weiterleitung der Meldung Ihres Kunden. Kurz zum Stand:

- Schaden S-CY-24-00452 zu Vertrag CY-OL-2022-001893 (Inh. Michael Brandes e.K.) angelegt
- Forensik Nord ist seit gestern Abend dran, der Webshop ist offline
- Herr Brandes hat die Meldung an die Aufsichtsbehörde mit Unterstützung von
  Hallermann Rechtsanwälte heute fristgerecht abgegeben
- Deckung für IR-Kosten und Rechtsberatung haben wir zugesagt, BU prüfen wir noch
  (Ladengeschäft läuft ja weiter, nur Versand ist betroffen)

Über die Abschlagszahlung informiere ich Sie, sobald die Aufstellung da ist.

""" + SIG_AD,
             "CONFIDENTIAL", "de", "insurer-to-broker", "claim status to broker naming sole-trader insured and contract")


def m027():
    return M(KO, HALLER, "WG: Anfrage einer Kundin der Löwen-Apotheke - bitte Antwortentwurf",
"""Frau Dr. Hallermann,

Herr Brandes bittet um Hilfe bei der Antwort. Die Kundin hat auch schon bei der
Verbraucherzentrale angerufen. Original unten.

Gruß K. Oltmanns

-------- Weitergeleitete Nachricht --------
Betreff: Ihr Brief vom 12.09.
Datum: Fri, 13 Sep 2024 22:41:09 +0200
Von: Thomas Eilers <teilers@mailbox.example>
An: info@loewen-apotheke-ol.example

Guten Abend Herr Brandes,

ich habe Ihren Brief bekommen, dass Hacker an die Bestelldaten aus dem Webshop gekommen
sind. Ich bestelle bei Ihnen seit einem Jahr meine PrEP (Emtricitabin/Tenofovir) weil ich
das in meiner Stammapotheke im Ort nicht abholen will. Genau deswegen!!

Wer hat diese Daten jetzt? Kann das jemand meinem Arbeitgeber schicken? Ich will eine
schriftliche Bestätigung, welche Bestellungen betroffen sind, und ich will wissen, ob
auch mein Rezeptfoto (Dr. Hinrichsen, Infektiologie) hochgeladen im Shop gespeichert war.

Thomas Eilers
Nadorster Str. 202, 26123 Oldenburg""",
             "STRICTLY_CONFIDENTIAL", "de", "third-party", "forwarded customer mail: HIV PrEP medication, prescription, sexual health")


def m028():
    return M(FH, "Threat Intel Distribution <ti-dist@weserland-versicherung.example>",
             "TI note 2024-41: new extortion crew targeting pharmacy web shops",
"""TLP:GREEN - may be shared with customers and partners.

Summary
A financially motivated group (tracked by us as "GLASSWING") is compromising pharmacy and
drugstore web shops built on a popular open-source shop system. Access is gained via
stolen admin credentials or an outdated payment plug-in. Instead of ransomware the group
exfiltrates order tables and threatens to contact end customers about "sensitive
purchases" unless the shop owner pays.

Observed TTPs
- T1078 valid accounts (admin panel, no MFA)
- T1190 exploit public-facing application (payment plug-in < 3.2.7)
- T1567 exfiltration over web service
- Extortion mails sent from freemail accounts, amounts EUR 15k-40k in XMR

Indicators (defanged)
  hxxps://cdn-statics[.]glasswing-shop.example/js/jq.min.js
  185.220.x.x range (Tor exits, low value)
  SHA256 3f1a9c0e7b5d2a46e8c1f09b7d3e2a5c6b8f0d1e4a7c9b2e5f8a1d3c6e9b0f27 (webshell)

Recommendations for insureds
- MFA for shop admin, update plug-ins, remove order data older than needed
- Do not store prescription images in the shop database

No Weserland policyholder is named in this note. Claims: please flag new web-shop
extortion notifications to IT-Sicherheit so we can enrich this picture.

--
IT-Sicherheit / Threat Intelligence""",
             "NORMAL", "en", "internal", "trap: threat-intel note about pharmacy web shops, 'sensitive purchases', prescriptions; no person")


def m029():
    return M(KO, STEINMEYER, "Deckungszusage Vertrauensschaden/Zahlungsumleitung - S-CY-24-00391",
"""Sehr geehrter Herr Dr. Steinmeyer,

Vertrag CY-HH-2021-010552 - Steinmeyer & Partner Rechtsanwälte mbB

wir haben die Unterlagen zum Vorfall vom 19.08.2024 geprüft. Nach dem Bericht der
Forensik Nord wurde das Postfach von Frau Rechtsanwältin Olde über eine gefälschte
Microsoft-Anmeldeseite kompromittiert; die Täter haben eine Weiterleitungsregel angelegt
und in einem laufenden Mandat eine Mail mit geänderter Bankverbindung versandt.

Wir bestätigen Deckung für
- die Kosten der forensischen Untersuchung (Rechnung Forensik Nord, 11.480 EUR netto),
- die Kosten der datenschutzrechtlichen Beratung durch Hallermann Rechtsanwälte,
- den Drittschaden aus der fehlgeleiteten Zahlung im Rahmen des Bausteins
  "Zahlungsumleitung / Social Engineering" bis zum Sublimit von 50.000 EUR, abzüglich
  des vereinbarten Selbstbehalts von 5.000 EUR.

Zur Höhe des Drittschadens benötigen wir noch die Bestätigung der Bank über den
gescheiterten Rückruf der Überweisung.

Mit freundlichen Grüßen

Katrin Oltmanns
Schadenreferentin Cyber""",
             "CONFIDENTIAL", "de", "insurer-to-customer", "coverage confirmation to named partner of law firm; no client identified")


def m030():
    return M(KO, HALLER + ", " + FNORD, "S-CY-24-00391 Steinmeyer - Details zur fehlgeleiteten Zahlung",
"""Hallo zusammen,

hier die Details, die die Kanzlei heute geliefert hat - für die Meldung an die Bank und
die Strafanzeige:

Mandantin:       Renate Focken, Worpswede (Az. Kanzlei 0412/24 - Erbauseinandersetzung
                 nach ihrem verstorbenen Bruder, Auszahlung an Miterben)
Überweisung am:  21.08.2024, 48.300,00 EUR
Ursprüngliches Anderkonto der Kanzlei:
                 DE78 4310 4350 3760 5407 01
Empfängerkonto lt. gefälschter Mail:
                 LT61 3477 0408 1998 3812 (Kontoinhaber "Steinmeyer Partner Escrow")

Frau Focken ist verständlicherweise sehr aufgebracht; sie wollte mit dem Geld ihre
Wohnung sanieren. Die Kanzlei bittet, dass niemand außer RAin Olde Kontakt zu ihr
aufnimmt.

Gruß K. Oltmanns""",
             "STRICTLY_CONFIDENTIAL", "de", "internal",
             "law-firm client named with her matter (inheritance) and transfer data: § 203 professional secrecy, IBANs")


def m031():
    return M(TW, CYS, "Glossar für neue Kolleg:innen - Begriffe aus der Cyber-Regulierung",
"""Hallo zusammen,

weil wir im Oktober zwei neue Kolleginnen bekommen, hier mal die Begriffe, die im
Tagesgeschäft ständig fallen. Gerne ergänzen.

Double Extortion - Täter verschlüsseln UND drohen mit Veröffentlichung gestohlener Daten
Leak-Site - Blog der Tätergruppe im Tor-Netz, auf dem Opfer und Daten gezeigt werden
Exfiltration - unbemerktes Herausschleusen von Daten, erkennbar z. B. an Firewall-Logs
IOC - Indicator of Compromise (Hash, IP, Domain)
Proof of Life - Täter entschlüsseln Testdateien, um zu beweisen, dass sie es können
BEC / Payment Diversion - kompromittiertes Postfach, gefälschte Bankverbindung
Art. 33 DSGVO - Meldung an die Aufsicht binnen 72 h ab Kenntnis
Art. 34 DSGVO - Benachrichtigung der Betroffenen bei hohem Risiko
§ 203 StGB - Schweigepflicht von Ärzten, Apothekern, Anwälten, Steuerberatern u. a.;
               macht Vorfälle bei diesen Kunden besonders heikel
Breach Coach - auf Datenschutz spezialisierte Kanzlei, die den VN durch die Meldungen führt
Waiting Period - zeitlicher Selbstbehalt bei der Betriebsunterbrechung (bei uns 12 h)
OFAC/Sanktionsprüfung - Pflicht vor jeder Lösegeldzahlung, läuft über Compliance

Gruß Timo""",
             "NORMAL", "de", "internal", "trap: glossary with § 203, Art. 34, Leak-Site, Exfiltration; no case, no person")


def m032():
    return M(OP, "Kreditorenbuchhaltung <kreditoren@weserland-versicherung.example>",
             "Invoice Kestrel IR - claim S-CY-24-00538 - please pay (approved)",
"""Hallo Kreditoren,

please pay the attached Kestrel invoice, approved by me and by Timo Wessels (4-eyes,
amount above EUR 25k). Booking to claim S-CY-24-00538, cost type "IR/Forensik".

Invoice KIR-2024-0917
  Bill to:   Weserland Versicherung AG, on behalf of insured Harbour Legal LLP
             (attn. Catherine Ashworth, Managing Partner, Hamburg office)
  Period:    24 Aug - 13 Sep 2024
  Services:  DFIR lead 38.5 h x GBP 395; analysts 112 h x GBP 265;
             EDR deployment 40 endpoints x 14 days
  Total:     GBP 47,231.50 (reverse charge)
  Bank:      Kestrel Incident Response Ltd, IBAN GB87 WESB 8426 0376 9087 22

Thanks,
Olga""",
             "CONFIDENTIAL", "en", "internal", "invoice for named insured law firm with named managing partner; supplier IBAN is company")


def m033():
    return M("Facility Management <facility@weserland-versicherung.example>", ALLE,
             "Erinnerung: Datenschutztonnen und Clean Desk ab Montag",
"""Liebe Kolleginnen und Kollegen,

ab Montag stehen auf allen Etagen neue Datenschutztonnen (Schutzklasse 2, Sicherheits-
stufe P-4). Bitte Papier mit Kundendaten, Schadenunterlagen, Arztberichten usw. nur noch
dort einwerfen, nicht in den blauen Papiermüll.

Die Leerung übernimmt weiterhin die Firma Aktenwolf GmbH, jeden Donnerstag.

Bitte denkt auch an den aufgeräumten Schreibtisch zum Feierabend.

Danke und viele Grüße
Euer Facility Management""",
             "NORMAL", "de", "internal", "trap: shredding bins for Arztberichte; organisational, no person")


def m034():
    return M(AD, FNORD, "Lohnbüro Nordwest - Stichprobe abgeflossene Lohndaten",
"""Hallo Herr Dr. Ahrens,

Herr Meiners hat uns die Stichprobe aus dem Leak geschickt (ZIP, Passwort kommt per SMS).
Bitte abgleichen, aus welchem Mandanten-Ordner das stammt - er vermutet den Export für
die Bäckerei Tammen.

Danke, Aylin Demir""",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
             "inside ZIP: payroll sample with confession (church tax), severe disability, sick days, salaries",
             atts=[att_zip("Stichprobe_Leak_Lohn_2024-08.zip", [
                 att_xlsx("Lohnjournal_Tammen_08-2024.xlsx", [
                     ["PersNr", "Name", "Geb.", "StKl", "Konf.", "SV-Nr", "Brutto", "Netto", "SB/GdB", "AU-Tage 2024"],
                     ["0017", "Tammen, Heike", "12.03.1971", "IV", "ev", "18120371T512", 3420.00, 2231.17, "", 4],
                     ["0023", "Bruns, Marco", "28.07.1989", "I", "rk", "18280789B033", 2980.00, 1987.40, "GdB 50", 31],
                     ["0031", "Yıldız, Emre", "02.02.1995", "I", "", "18020295Y018", 2650.00, 1802.55, "", 0],
                     ["0042", "Meyer-Ahlers, Jutta", "19.10.1966", "V", "ev", "18191066M519", 1820.00, 1101.93, "GdB 30 (gleichgest.)", 56],
                     ["0045", "Ohlrogge, Finn", "07.06.2004", "I", "", "18070604O006", 1150.00, 912.40, "", 2],
                 ], sheet="08-2024"),
             ])])


def m035():
    return M(AD, MEINERS, "Lohnbüro Nordwest - Auszahlungsliste zur Klärung der Doppelüberweisungen",
"""Hallo Herr Meiners,

Ihre Bank hat uns wie besprochen die Liste der Gehaltszahlungen geschickt, die wegen der
manipulierten SEPA-Datei am 30.08. an falsche Konten gegangen sind bzw. doppelt
ausgeführt wurden. Bitte prüfen Sie die Angaben und bestätigen Sie, dass die
Arbeitnehmer inzwischen aus Eigenmitteln ausgezahlt wurden - dann können wir den
Vermögensschaden regulieren.

Mandant  | Arbeitnehmer       | Netto      | IBAN korrekt              | ausgeführt an
---------+--------------------+------------+---------------------------+--------------------------
Tammen   | Heike Tammen       | 2.231,17   | DE27 3003 7656 8033 0564 93 | LT61 3477 0408 1998 3812
Tammen   | Marco Bruns        | 1.987,40   | DE10 4244 3245 3947 8888 17 | LT61 3477 0408 1998 3812
Hof Eden | Svenja Claußen     | 2.604,88   | DE47 4011 2241 1535 8945 40 | doppelt (korrekt + LT)
Hof Eden | Piotr Nowak        | 2.118,02   | DE25 5827 8741 3795 5549 68 | LT61 3477 0408 1998 3812

Summe fehlgeleitet: 8.941,47 EUR (zzgl. 2.604,88 EUR Doppelzahlung, Rückruf läuft)

""" + SIG_AD,
             "CONFIDENTIAL", "de", "insurer-to-customer", "payroll payout list: employee names, net pay and IBANs; no special categories")


def m036():
    return M(DSB, CYS + ", " + JB, "FW: Privacy Enforcement Digest - September",
"""FYI - interessant vor allem Punkt 2 (Arztpraxis) für die Underwriting-Argumentation.
Miriam

---------- Forwarded message ---------
From: Privacy Enforcement Digest <digest@privacy-digest.example>
Subject: Privacy Enforcement Digest - September

PRIVACY ENFORCEMENT DIGEST | Issue 112

1. Payroll provider fined EUR 1.1m (fictitious case study series)
   A mid-sized payroll bureau stored client payroll exports on an internet-facing FTP
   server without encryption. Regulator criticised missing deletion concept and late
   notification (day 9 instead of 72 hours).

2. Medical practice: EUR 40k for unpatched remote access
   A group practice with 6 doctors suffered ransomware via a remote maintenance tool with
   a default password. Regulator: "Health data requires state-of-the-art protection;
   the size of the practice is no excuse."

3. Court round-up: non-material damages
   Courts keep awarding modest amounts (EUR 100-2,000) for loss of control over data;
   higher amounts where health data or data of minors were published.

4. Tip of the month
   Test your backups by actually restoring them. Twice a year. Offline.

You receive this digest because you subscribed at privacy-digest.example.
Unsubscribe: https://privacy-digest.example/u""",
             "NORMAL", "en", "newsletter", "trap: enforcement newsletter on fines against payroll provider and medical practice; no person")


def m037():
    return M(OP, "Tom Whitfield <tom.whitfield@ashbycrane.example>, " + ASHWORTH,
             "Harbour Legal - draft client notification A. Haddad (for your review)",
"""Tom, Catherine,

attached is the first individual notification, drafted for the highest-risk group
(immigration matters with medical content). Catherine asked that the firm signs, not
us - fine. Please review the wording on the psychological reports; Ms Haddad's
caseworker says she is in treatment and we do not want the letter itself to cause harm.

Olga""",
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
             "DOCX attachment: notification to named law-firm client, asylum matter, PTSD reports, therapy",
             atts=[att_docx("Draft_Notification_Haddad_v1.docx", [
                 "HARBOUR LEGAL LLP - Hamburg",
                 "Ms Amira Haddad, c/o Refugee Counselling Centre Wilhelmsburg, Hamburg",
                 "Our ref: 2023-114 - PRIVATE AND CONFIDENTIAL",
                 "Dear Ms Haddad,",
                 "We are writing to tell you about a security incident at our firm. Between 22 and 28 August 2024 an unknown criminal group gained access to our file server and copied documents.",
                 "The copied documents include parts of the file for your asylum appeal: your statement to the Federal Office, our correspondence with the court, and the psychological expert report of Dr. Fenske dated 3 March 2024 (post-traumatic stress disorder, ongoing trauma therapy).",
                 "We have no indication that your documents have been published. We have reported the incident to the police and to the data protection authority.",
                 "If you are contacted by anyone referring to your case, please do not respond and call us immediately: +49 40 8890 1100.",
                 "Your counsellor at the centre has been informed and can explain this letter in Arabic.",
                 "Yours sincerely, Catherine Ashworth, Managing Partner",
             ])])


def m038():
    return M(LB, "Redaktion Kundenmagazin <redaktion@weserland-versicherung.example>",
             "Text für \"Weserland Gewerbe aktuell\" 4/2024: Schadenfall aus der Praxis",
"""Hallo Redaktion,

hier der abgestimmte Text für die Rubrik "Aus der Schadenpraxis". Vom Cyber-Schaden
freigegeben, Fall ist so verfremdet, dass kein Kunde erkennbar ist (Ort, Größe und
Zeitpunkt geändert).

---
Das Tablet im Kofferraum

Ein ambulanter Pflegedienst irgendwo in Niedersachsen, gut 30 Mitarbeitende, rund 150
Klientinnen und Klienten. Eine Pflegekraft lässt nach der Frühtour das Dienst-Tablet im
Auto liegen - am Nachmittag ist die Scheibe eingeschlagen und das Tablet weg.

Auf dem Gerät: die Tourenplanung mit Namen, Adressen, Pflegegraden und Medikamenten-
plänen. Eine Bildschirmsperre gab es, eine Verschlüsselung nicht.

Was dann passierte: Meldung an die Datenschutzaufsicht binnen 72 Stunden, Sperrung und
Fernlöschung des Geräts, Benachrichtigung aller Klienten und Angehörigen per Brief,
eine Hotline für Rückfragen. Kosten insgesamt: knapp 23.000 Euro - ohne dass je ein
Hacker im Spiel war.

Unser Tipp: Geräteverschlüsselung einschalten, Mobile-Device-Management nutzen und
Dienstgeräte nie im Auto lassen.
---

Bild: bitte Symbolfoto Tablet/Pflege aus der Bilddatenbank.

Viele Grüße
Lena Brückner""",
             "NORMAL", "de", "internal", "trap: anonymised case story (care service, Pflegegrade, Medikamentenpläne); no identifiable person")


def m039():
    return M(AD, PFLEGE, "Ihre Schadenmeldung - gestohlener Laptop - S-CY-24-00468",
"""Sehr geehrte Frau Stührmann,

vielen Dank für Ihre Meldung vom 06.09.2024. Der Schaden ist unter S-CY-24-00468 zum
Vertrag CY-DEL-2023-000716 (Pflege mit Herz Delmenhorst GmbH) angelegt.

Nach Ihrer Schilderung wurde der Dienstlaptop Ihrer Mitarbeiterin Frau Jana Ruscher am
05.09. gegen 14 Uhr aus ihrem Privat-Pkw (Parkplatz Delme-Center) gestohlen. Die
Anzeige bei der Polizei Delmenhorst liegt uns vor (Tagebuch-Nr. 0641/24/183220).

Für die weitere Bearbeitung benötigen wir:
1. Seriennummer/Inventarnummer des Laptops
2. Angaben, ob die Festplatte mit BitLocker verschlüsselt war (fragen Sie ggf. Ihren
   IT-Dienstleister)
3. welche Programme/Daten lokal gespeichert waren

Bitte schicken Sie uns keine Klientenlisten per normaler E-Mail. Falls wir diese
benötigen, stellen wir Ihnen einen sicheren Upload-Link zur Verfügung.

""" + SIG_AD,
             "CONFIDENTIAL", "de", "insurer-to-customer", "claim acknowledgement naming care-service contact and employee; no client data")


def m040():
    return M("Business Continuity <bcm@weserland-versicherung.example>", "Krisenstab <krisenstab@weserland-versicherung.example>",
             "Invitation: tabletop exercise \"Operation Nightingale\" - 17 October",
"""Dear members of the crisis management team,

our annual tabletop exercise takes place on Thursday, 17 October, 13:00-17:00, room
Speicher 4.01. This year's scenario (all fictitious):

  A ransomware group claims to have stolen 40,000 claims documents from Weserland,
  including medical reports from health and disability claims, and posts a sample on
  its leak site. Journalists call the press office within the hour. A regulator asks
  for a first notification by the next morning.

Injects will be delivered by the external facilitator. Participants: Board member
Operations, CISO, DPO, Legal, Communications, Head of Claims, IT Operations.

Please block the time (calendar invite attached) and nominate a deputy if you cannot
attend. No preparation needed - the point is to see how we decide under pressure.

Business Continuity Management""",
             "NORMAL", "en", "internal", "trap: fictitious crisis exercise about stolen medical reports; no person",
             atts=[att_ics("Tabletop_Nightingale.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weserland Versicherung//BCM//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tabletop-2024-nightingale@weserland-versicherung.example
DTSTAMP:20240916T070000Z
DTSTART;TZID=Europe/Berlin:20241017T130000
DTEND;TZID=Europe/Berlin:20241017T170000
SUMMARY:Tabletop exercise Operation Nightingale
LOCATION:Speicher 4.01
ORGANIZER;CN=Business Continuity:mailto:bcm@weserland-versicherung.example
END:VEVENT
END:VCALENDAR
""")])


def m041():
    return M(DSB, CYS, "Checkliste: Was wir in den ersten 72 Stunden vom VN brauchen",
"""Hallo Cyber-Schaden,

wie in der Teamrunde versprochen die Checkliste für die Erstaufnahme, wenn ein VN einen
Vorfall mit personenbezogenen Daten meldet. Soll helfen, dass die Frist nach Art. 33
nicht an fehlenden Infos scheitert.

[ ] Zeitpunkt der Kenntnis (wann hat wer was bemerkt?) - Frist läuft ab da
[ ] Art des Vorfalls (Verschlüsselung, Abfluss, Verlust, Fehlversand)
[ ] Kategorien betroffener Personen (Patienten, Mandanten, Beschäftigte, Kunden)
[ ] ungefähre Anzahl Personen und Datensätze
[ ] Datenkategorien - besonders: Gesundheitsdaten, Daten von Kindern, Bankdaten,
    Berufsgeheimnisse (§ 203 StGB)
[ ] wer ist Verantwortlicher? (bei Lohnbüros oft nur Auftragsverarbeiter!)
[ ] Name und Kontakt des Datenschutzbeauftragten des VN
[ ] getroffene Sofortmaßnahmen

WICHTIG: Wir brauchen für die Meldung KEINE Namen oder Listen der Betroffenen. Bitte den
VN nicht auffordern, Patientenlisten o. Ä. per Mail an uns zu schicken.

Viele Grüße
Miriam Sauer""",
             "NORMAL", "de", "internal", "trap: DPO checklist naming Gesundheitsdaten, Patienten, § 203; no case data")


def m042():
    return M(SK, "Julian Pereira <j.pereira@pereira-immigration.example>",
             "Re: Cyber insurance for a small law practice - information",
"""Dear Mr Pereira,

thank you for your interest in our cyber insurance for professionals. Please find a
short overview below; the full product information sheet and the general terms are
available on our website.

CyberSchutz Freie Berufe covers, in essence:
- 24/7 incident hotline and IT forensics from our panel partners
- legal advice on data protection notifications (including professional secrecy issues)
- costs of notifying affected clients and a call centre
- business interruption after a cyber attack (after a 12-hour waiting period)
- third-party claims from data breaches and payment-diversion fraud (sub-limit)

For a quote we need the completed questionnaire (turnover, number of lawyers, IT
security measures such as MFA and offline backups). We can send it to you, or - if you
prefer - you can go through your broker.

We do not need any client information for a quote.

Kind regards

Sebastian Kruse
Weserland Versicherung AG""",
             "NORMAL", "en", "insurer-to-prospect", "trap: generic product information to a prospect; no contract, no personal data beyond the enquirer's name")


def m043():
    return M(KO, HALLER, "Köhler & Vogt - Mandantin hat sich direkt bei uns gemeldet",
"""Frau Dr. Hallermann,

eine Mandantin der Steuerkanzlei Köhler & Vogt hat unsere Nummer aus dem
Benachrichtigungsschreiben und heute bei der Hotline angerufen. Notiz der Kollegin:

  Anruferin: Dr. Ulrike Menke, Verden, geb. 04.01.1969
  Sie hat auf der Leak-Seite (ein Bekannter hat ihr Screenshots geschickt) ihren
  ESt-Bescheid 2023 gesehen. Darauf stehen die außergewöhnlichen Belastungen
  (Krankheitskosten 14.212 EUR: Chemotherapie-Zuzahlungen, Perücke, Fahrtkosten zur
  Strahlentherapie) und ihre Religionszugehörigkeit (rk, Kirchensteuer).
  Sie ist Schulleiterin und befürchtet, dass Eltern/Kollegium davon erfahren.
  Wünscht Rückruf durch "jemanden, der Ahnung hat", nicht durch die Kanzlei.

Kann jemand aus Ihrem Team sie zurückrufen? Tel. 04231 771 209.

Danke
Katrin Oltmanns""",
             "STRICTLY_CONFIDENTIAL", "de", "internal",
             "tax-adviser client named with birth date, cancer treatment costs and religion (§ 203, Art. 9)")


def m044():
    return M(FH, CYS, "Leak-Site-Monitoring KW 38: keine Treffer im Bestand",
"""Moin,

Ergebnis des wöchentlichen Abgleichs der bekannten Leak-Sites mit unserer VN-Liste
(Firmennamen, Domains):

- 87 neue Opfer-Einträge weltweit, davon 9 mit Sitz in Deutschland
- Branchen DE: 2x Maschinenbau, 2x Logistik, 1x Arztpraxis, 1x Steuerberatung,
  1x Stadtwerke, 2x Handel
- Abgleich mit unserem Bestand: 0 neue Treffer (der Treffer aus KW 36 ist bekannt und
  wird bereits im Schaden bearbeitet)

Methodik wie gehabt: nur Namen/Domains aus dem Tätereintrag, keine heruntergeladenen
Daten. Wir laden grundsätzlich nichts von Leak-Sites herunter.

Gruß Frank""",
             "NORMAL", "de", "internal", "trap: leak-site monitoring with no hits in the portfolio; no insured, no person")


def m045():
    return M(OP, BALTICA, "Large loss notification - Lohnbüro Nordwest GmbH - S-CY-24-00520",
"""Dear Lars,

in accordance with clause 9 of the cyber quota share treaty, we notify the following
potential large loss:

Insured:          Lohnbüro Nordwest GmbH, Leer (payroll bureau, 24 staff,
                  approx. 310 client businesses)
Contact:          Dirk Meiners, Managing Director
Policy:           CY-LER-2023-003348, limit EUR 1,000,000, deductible EUR 10,000
Date of loss:     30 August 2024 (discovery)
Cause:            ransomware (group "Nocturne"), initial access via phishing; manipulation
                  of a SEPA payment file before encryption
Heads of loss:    IR/forensics, notification of approx. 9,600 employees of client
                  businesses (insured acts as processor), BI, payment diversion, third-
                  party claims from client businesses
Current reserve:  EUR 410,000 (gross), of which paid EUR 86,500

No ransom has been paid. We will update you at the latest when the reserve exceeds
EUR 500,000.

""" + SIG_OP,
             "CONFIDENTIAL", "en", "insurer-to-partner", "large-loss notice to reinsurer: company insured with named MD, reserves")


def m046():
    return M("Weserland SecureMail <noreply@weserland-versicherung.example>", "praxis@hausarzt-luehrs.example",
             "Sie haben eine neue Nachricht in Ihrem Postfach",
"""Guten Tag,

in Ihrem Weserland-Postfach liegt eine neue Nachricht für Sie bereit.

Bitte melden Sie sich unter https://securemail.weserland-versicherung.example an, um die
Nachricht zu lesen.

Diese Benachrichtigung enthält aus Sicherheitsgründen keine Inhalte. Bitte antworten Sie
nicht auf diese E-Mail.

Ihre Weserland Versicherung""",
             "NORMAL", "de", "insurer-to-customer", "portal notification mail without content",
             headers=[("Auto-Submitted", "auto-generated")])


def m047():
    return M(KO, HALLER, "Löwen-Apotheke: Versandprotokoll Benachrichtigungen",
             "", "STRICTLY_CONFIDENTIAL", "de", "internal",
             "HTML-only: mailing log of pharmacy notifications with names and medications",
             html_only=True, html="""<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Frau Dr. Hallermann,</p>
<p>unten das Versandprotokoll vom Druckdienstleister (Briefwerk Bremen) für die erste Tranche. Drei Briefe kamen als unzustellbar zurück (markiert). Können Sie entscheiden, ob wir für diese Fälle eine Ersatzbekanntmachung brauchen?</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#e7eef7"><th>Brief-Nr.</th><th>Empfänger</th><th>Anschrift</th><th>betroffene Bestellung(en)</th><th>Status</th></tr>
<tr><td>LA-0001</td><td>Karin Meents</td><td>Donnerschweer Str. 55, 26123 Oldenburg</td><td>Pantoprazol 40 mg</td><td>zugestellt</td></tr>
<tr><td>LA-0002</td><td>Thomas Eilers</td><td>Nadorster Str. 202, 26123 Oldenburg</td><td>Emtricitabin/Tenofovir (4x)</td><td>zugestellt</td></tr>
<tr><td>LA-0003</td><td>Lukas Hattermann</td><td>Ofener Str. 18, 26121 Oldenburg</td><td>Methylphenidat ret. 36 mg (BtM)</td><td style="color:red">unzustellbar</td></tr>
<tr><td>LA-0004</td><td>Renate Ahlhorn</td><td>Oldenburger Str. 9, 26180 Rastede</td><td>Sertralin 50 mg</td><td>zugestellt</td></tr>
<tr><td>LA-0005</td><td>Jens Wöltjen</td><td>Alexanderstr. 300, 26127 Oldenburg</td><td>Sildenafil 50 mg</td><td style="color:red">unzustellbar</td></tr>
<tr><td>LA-0006</td><td>Gesine Tapken</td><td>Hauptstr. 4, 26188 Edewecht</td><td>Levothyroxin 75 µg, Estradiol-Gel</td><td style="color:red">unzustellbar</td></tr>
</table>
<p>Viele Grüße<br>Katrin Oltmanns<br>Cyber-Schaden, Weserland Versicherung AG</p>
</body></html>""")


def m048():
    return M(OP, CYS, "FW: Kestrel IR Insights - Q3 2024",
"""Good read, esp. the part on dwell time in professional services. Olga

-----Original Message-----
From: Kestrel Insights <insights@kestrel-ir.example>
Subject: Kestrel IR Insights - Q3 2024

KESTREL IR INSIGHTS | Q3 2024

Across 214 incident response engagements in Q3:
- Median dwell time fell to 6 days (Q2: 9). In law and accounting firms it was 11 days,
  mostly because initial access came through mailbox compromise that went unnoticed.
- 58 % of ransomware cases involved confirmed data exfiltration before encryption.
- Healthcare victims were re-extorted in 1 of 7 cases after paying.
- Payment-diversion fraud: average loss EUR 63k; recovery rate 21 % when the bank was
  alerted within 24 hours, 3 % after 72 hours.

Top recommendation of the quarter: phishing-resistant MFA for email and VPN.

Kestrel Incident Response Ltd, London | insights@kestrel-ir.example
You are receiving this because you are a Kestrel client contact. Manage preferences:
https://kestrel-ir.example/prefs""",
             "NORMAL", "en", "newsletter", "trap: IR vendor newsletter with healthcare and law-firm statistics; no person")


def m049():
    return M(AD, "Zahlungsverkehr <zahlungsverkehr@weserland-versicherung.example>",
             "STOP Zahlung S-CY-24-00452 - Bankverbindung geändert, bitte Rückruf",
"""Hallo Zahlungsverkehr,

bitte die Zahlung zum Schaden S-CY-24-00452 (Abschlag 12.400,00 EUR an Michael Brandes
e.K.) NICHT ausführen.

Wir haben heute eine Mail "von Herrn Brandes" bekommen, in der um Überweisung auf ein
neues Konto gebeten wird:
  neu (angeblich):  DE19 3497 7648 9313 8806 36
  bisher bekannt:   DE67 5096 2364 8919 3833 48

Gerade bei einem VN, dessen Systeme kompromittiert waren, ist das das klassische Muster.
Ich rufe Herrn Brandes unter der Festnetznummer aus dem Vertrag zurück und melde mich.

Danke
Aylin""",
             "CONFIDENTIAL", "de", "internal", "payment stop with two IBANs of a sole-trader pharmacist")


def m050():
    return M("Pressestelle <presse@weserland-versicherung.example>", HJ + ", " + TW,
             "Entwurf Pressemitteilung: Cyberangriffe auf Heilberufe nehmen zu - Bitte um Freigabe",
"""Hallo Henrik, hallo Timo,

bitte bis Donnerstag 12 Uhr freigeben oder korrigieren.

---
Weserland Versicherung: Cyberangriffe auf Arztpraxen und Apotheken nehmen deutlich zu

Bremen, 24. September 2024. Die Zahl der Cyberschäden bei Arztpraxen, Apotheken und
Pflegediensten ist im ersten Halbjahr 2024 gegenüber dem Vorjahreszeitraum um 38
Prozent gestiegen. Das zeigt die Schadenstatistik der Weserland Versicherung.

"Die Täter wissen, dass Patientendaten besonders sensibel sind und Praxen ohne ihre
Software nicht arbeiten können", sagt Timo Wessels, Teamleiter Cyber-Schaden. "Oft reicht
ein Fernwartungszugang ohne zweiten Faktor."

Im Durchschnitt kostet ein Cyberschaden bei Heilberufen rund 45.000 Euro. Den größten
Teil machen der Praxisausfall, die IT-Forensik und die Information der betroffenen
Patientinnen und Patienten aus.

Pressekontakt: presse@weserland-versicherung.example, 0421 5570-1010
---

Danke!
Marie Fehrs, Pressestelle""",
             "NORMAL", "de", "internal", "trap: press release draft with sector statistics; no customer")


def m051():
    return M(OP, "Tom Whitfield <tom.whitfield@ashbycrane.example>",
             "Meridian People Services - high-risk data subjects (S-CY-24-00577)",
"""Tom,

Niamh Gallagher's team has finished the first pass over the exfiltrated HR share. They
flagged the records below as high-risk because of health and family information
(maternity / parental leave administration). Spreadsheet attached; please treat as
privileged and use it only for the notification strategy.

In total 214 of the 3,870 employee records in the share carry "special category"
fields. Meridian is the processor; the controllers are its 41 client companies, so
each client will need to notify its own staff. That's the tricky bit for the letters.

Olga

""" + SIG_OP,
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
             "attachment: employee records with pregnancy, maternity leave, sick notes and disability",
             atts=[att_xlsx("Meridian_high_risk_records.xlsx", [
                 ["client", "employee", "DOB", "category", "detail", "source file"],
                 ["Fenwick Marine GmbH", "Laura Stöver", "1993-05-14", "maternity", "Mutterschutz from 2024-10-07, expected due date 2024-11-18", "MuSchG_notifications_2024.xlsx"],
                 ["Fenwick Marine GmbH", "Kai Dreyer", "1985-09-02", "sick leave", "eAU 2024-06-03 to 2024-07-26, BEM invitation", "BEM_tracker.xlsx"],
                 ["Harlinger Foods GmbH", "Ana Marković", "1990-12-21", "pregnancy", "employment ban (Beschäftigungsverbot) per doctor's certificate", "scan_0418.pdf"],
                 ["Harlinger Foods GmbH", "Benedikt Rauh", "1979-03-30", "disability", "Schwerbehinderung GdB 60, additional leave 5 days", "SB_list.xlsx"],
                 ["Nordsee Dental Lab GmbH", "Imke Janßen", "1996-07-08", "parental leave", "Elternzeit 2024-03 to 2025-02, miscarriage 2023 noted in HR comment", "Elternzeit_2024.xlsx"],
             ], sheet="high risk")])


def m052():
    return M(OP, GALLAGHER, "Your cyber claim - S-CY-24-00577 - next steps",
"""Dear Ms Gallagher,

thank you for notifying the incident on Friday evening. For your records:

  Insured:       Meridian People Services GmbH, Bremen
  Policy:        CY-HB-2024-012390 (CyberSchutz Business, limit EUR 2,000,000)
  Claim number:  S-CY-24-00577
  Incident:      unauthorised access to the HR file share "HRS-DATA", discovered
                 20 September 2024, exfiltration suspected

Next steps as agreed on the call:
1. Kestrel Incident Response will contact you today (Priya Raman).
2. Ashby Crane LLP (Tom Whitfield) will advise Meridian on its duties as a processor
   and on informing your client companies without undue delay (Art. 33(2) GDPR).
3. Please keep a simple log of all internal costs and overtime from now on.

Please do not send lists of affected employees to us by ordinary email; Kestrel will
set up a secure exchange.

""" + SIG_OP,
             "CONFIDENTIAL", "en", "insurer-to-customer", "claim acknowledgement to named contact of insured company")


def m053():
    return M(JB, WHITCOMBE, "Re: War & infrastructure exclusion - our wording for 2025",
"""Hi Rachel,

thanks for the market feedback. Our position for the 2025 renewals of the German SME
book:

- We will keep the state-backed cyber operation exclusion in the LMA-style form, but
  with an explicit carve-back for "collateral" damage to insureds that were not the
  intended target, up to EUR 250k.
- Attribution: we will not rely on government attribution alone; the burden of proof
  stays with the insurer, as now.
- Infrastructure exclusion (power, telecom, internet backbone) unchanged.

For healthcare and professional-services insureds we do not plan any additional
exclusions; pricing reflects the frequency there.

Draft wording to follow next week. Happy to discuss with your client-facing team.

Best,
Jonas

Jonas Behrendt | Underwriter Cyber | Weserland Versicherung AG""",
             "NORMAL", "en", "insurer-to-broker", "trap: wording discussion on war exclusion; no customer, no person")


def m054():
    return M(OP, ASHBY + ", " + WHITLOCK, "Apotheke am Hafen - patient complaint re substitution programme",
"""Tom, Sarah,

please see below. This is the first complaint from a patient of the substitution
programme since the compromised mailbox was discovered. Tom, Sarah needs advice on what
she can say in her reply - the patient's worry is exactly the data that was in the
mailbox (the daily dispensing lists sent by the practice).

Olga

> From: Marvin Lüdemann <marvin.l@freemail-nord.example>
> To: s.whitlock@apotheke-am-hafen.example
> Subject: my data
>
> Hello Mrs Whitlock (sorry my english, you said its ok),
>
> I got a text message from an unknown number saying they know I get Methadon every day
> at your pharmacy and that they tell my new employer if I dont pay 500 euro. How do
> they know this??? Only you and Dr. Baumgarten know that I am in the programme.
> I am clean for two years and starting at the shipyard on 1 October.
>
> Please call me. 0176 5550 2231
> Marvin""",
             "STRICTLY_CONFIDENTIAL", "en", "third-party", "quoted patient mail: opioid substitution programme, named patient, extortion")


def m055():
    return M(OP, WHITLOCK, "Claim S-CY-24-00583 - mailbox compromise - confirmation of cover",
"""Dear Ms Whitlock,

Policy CY-BHV-2023-002281 - Apotheke am Hafen, Inh. Sarah Whitlock e.K., Bremerhaven

we have reviewed the report of Forensik Nord (mailbox compromise of the pharmacy's
shared mailbox via a phishing page, 2-16 September 2024) and confirm cover for:

- IT forensics and mailbox clean-up: EUR 6,240.00 (paid directly to Forensik Nord)
- legal advice by Ashby Crane LLP on notifications
- notification letters and hotline

Your deductible of EUR 1,000 will be deducted from our first payment to you.
Payments to you will be made to the account on file:

  Account holder: Sarah Whitlock
  IBAN: DE20 4175 1779 0490 7382 40

If anyone contacts you asking to change these bank details, please call us first.

""" + SIG_OP,
             "CONFIDENTIAL", "en", "insurer-to-customer", "cover confirmation to sole-trader pharmacist with her IBAN")


def m056():
    return M(FH, "Vendor Security <security@cloudcase-saas.example>",
             "Weserland vendor security assessment - claims collaboration platform",
"""Dear CloudCase security team,

as part of our supplier onboarding (DORA / BAIT-aligned third-party risk process) we
ask you to complete the attached questionnaire for the planned claims collaboration
platform. Some points we will focus on, because the platform will host forensic reports
and correspondence about data breaches at our policyholders:

1. Hosting location and sub-processors (EU only?)
2. Encryption at rest / key management (customer-managed keys possible?)
3. Tenant isolation and admin access by your staff (just-in-time, logged?)
4. Certifications: ISO 27001 certificate and statement of applicability; C5 attestation
5. Incident notification to us: within how many hours?
6. Deletion on termination and proof of deletion

Please return by 11 October. A call with your CISO is welcome.

Kind regards
Frank Hoppe
CISO, Weserland Versicherung AG""",
             "NORMAL", "en", "insurer-to-supplier", "trap: vendor security questionnaire mentioning data breaches and forensic reports")


def m057():
    return M(JB, "Cyber Underwriting <cyber-uw@weserland-versicherung.example>",
             "Annahmerichtlinie Heilberufe ab 01.01.2025 - MFA und Offline-Backup Pflicht",
"""Hallo zusammen,

nach der Schadenauswertung H1 passen wir die Annahmerichtlinie CyberSchutz Heilberufe
(Arztpraxen, Zahnärzte, Apotheken, Physiotherapie, ambulante Pflege) wie folgt an:

K.O.-Kriterien ab 01.01.2025 (Neugeschäft und Verlängerung):
1. Fernzugriffe (VPN, Fernwartung des PVS-Anbieters) nur mit MFA
2. Offline- oder unveränderbares Backup, mind. wöchentlich, Wiederherstellung getestet
3. Kein Betrieb von Windows-Versionen ohne Sicherheitsupdates im Praxisnetz

Zuschlag/Nachlass:
- Praxen mit mehr als 5.000 Patienten/Jahr: Mindestversicherungssumme 250.000 EUR
- Nachweis Awareness-Schulung für alle MFA/PTA: 5 % Nachlass
- Webshop mit Rx-Versand: Einzelfallprüfung durch Teamleitung

Fragebogen-Version 2025-01 ist im UW-Handbuch hinterlegt.

Gruß Jonas""",
             "NORMAL", "de", "internal", "trap: underwriting guideline for Heilberufe (Patienten, Rx); no person")


def m058():
    return M(SK, JB, "FW: Submission - Dr. Samuel Okafor, private practice (internal medicine), Hamburg",
"""Jonas, new submission via Elbe Expat Brokers, English-speaking client. Can you quote?
Sebastian

-------- Forwarded Message --------
From: Hannah Brooks <hannah.brooks@elbe-expat-brokers.example>
Subject: Submission - Dr. Samuel Okafor, private practice (internal medicine), Hamburg

Dear Sebastian,

please find our submission for cyber cover for a new client:

Proposer:        Dr. med. Samuel Okafor (sole practitioner, private patients only)
Date of birth:   09/03/1977
Address:         Mittelweg 88, 20148 Hamburg
Turnover 2023:   EUR 684,000 (fees); expected 2024: EUR 720,000
Staff:           4 (2 medical assistants, 1 receptionist, 1 part-time bookkeeper)
Patients/year:   approx. 2,100
IT:              cloud practice software, MFA on all remote access, daily backup to
                 NAS + weekly offline copy, endpoint protection, no web shop
Prior incidents: none
Requested limit: EUR 500,000, deductible EUR 1,000, BI included

Completed questionnaire attached separately. We'd appreciate indicative terms by the
end of next week.

Best regards,
Hannah Brooks
Elbe Expat Insurance Brokers GmbH""",
             "CONFIDENTIAL", "en", "broker", "broker submission: sole-practitioner doctor's birth date and fee income; no patient data")


def m059():
    return M(OP, "Tom Whitfield <tom.whitfield@ashbycrane.example>", "Harbour Legal - Kestrel interim report",
"""Tom,

interim report attached, as promised. Final version expected in two weeks.

Olga""",
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
             "body says only 'interim report attached': PDF lists law-firm clients in criminal and immigration matters",
             atts=[att_pdf("Kestrel_Interim_Report_HarbourLegal_v0.9.pdf", [
                 "KESTREL INCIDENT RESPONSE LTD - INTERIM REPORT (PRIVILEGED & CONFIDENTIAL)",
                 "Client: Harbour Legal LLP (Hamburg office) - Prepared for: Weserland Versicherung AG / Ashby Crane LLP",
                 "Version 0.9 - 20 September 2024",
                 "",
                 "1. Executive summary",
                 "An unauthorised actor accessed the network from 22 Aug 2024 using the VPN credentials of a trainee.",
                 "Approx. 41 GB of data from the file server share 'Matters' were exfiltrated on 27/28 Aug 2024.",
                 "No evidence of encryption. No evidence of access to the document management system database.",
                 "",
                 "2. Timeline (UTC)",
                 "2024-08-22 19:02  First VPN login from 45.x.x.x (VPS provider) with account 'trainee03'",
                 "2024-08-23 02:14  AD enumeration (AdFind), share discovery",
                 "2024-08-27 21:40  7-Zip archives created in C:\\PerfLogs\\tmp",
                 "2024-08-28 03:55  Upload to cloud storage completed (firewall: 41.2 GB)",
                 "",
                 "3. Affected data (sample of matters confirmed in archive listing)",
                 "Crime/2024-017   Dragan Petrovic       narcotics proceedings, Regional Court Hamburg",
                 "Crime/2024-022   Jannik Rohwer         breach of trust, prosecutor's investigation",
                 "Crime/2023-088   Selin Aksoy           domestic violence (victim, joint plaintiff)",
                 "Immig/2023-114   Amira Haddad          asylum appeal, psychological expert report (PTSD)",
                 "Immig/2024-031   Oleksandr Bondar      residence permit",
                 "Family/2024-012  Tobias & Nina Lenz    divorce, custody, child psychologist report",
                 "",
                 "4. Recommendations",
                 "Enforce MFA for all remote access; reset all credentials; review retention of closed matters.",
             ])])


def m060():
    return M("Lernwelt <lernwelt@weserland-versicherung.example>", ALLE,
             "Lunch & Learn: \"Is that really your boss?\" - deepfake voice fraud",
"""Hi everyone,

next Lunch & Learn: Wednesday, 9 October, 12:15-13:00, canteen room 2 and on Teams.

Deepfake voice calls are the new CEO fraud: a cloned voice of a managing director asks
the accounts team to make an urgent transfer. Our cyber claims team has seen the first
cases at policyholders this year. Olga Petrenko and Frank Hoppe will show:

- how the fraud works (with a live demo using a colleague's voice - with consent!)
- why the callback rule saves money
- what cyber policies cover and what they don't

Bring your lunch, we bring dessert.

Your Lernwelt team""",
             "NORMAL", "en", "internal", "trap: staff training on CEO fraud; colleagues named in organisational role only")


def m061():
    return M(AD, KOEHLER, "Vorschusszahlung Wiederherstellungskosten - S-CY-24-00503",
"""Sehr geehrte Frau Köhler,

wie telefonisch besprochen leisten wir einen Vorschuss auf die Kosten der
Wiederherstellung (Angebot Ihres Systemhauses vom 11.09.2024: 27.860 EUR netto) in Höhe
von 20.000,00 EUR.

Zahlungsempfänger: Köhler & Vogt Steuerberater PartG mbB
IBAN: DE47 4767 6292 2142 8611 32

Die restlichen Kosten erstatten wir gegen Vorlage der Schlussrechnung. Die Kosten für die
Benachrichtigung Ihrer Mandanten (Druck, Porto, Hotline) rechnen wir separat ab.

""" + SIG_AD,
             "CONFIDENTIAL", "de", "insurer-to-customer", "advance payment to insured tax firm, named partner, claim number")


def m062():
    return M(AD, PFLEGE + ", " + HALLER, "WG: Beschwerde Angehörige - Pflege mit Herz",
"""Frau Stührmann, Frau Dr. Hallermann,

die folgende Mail ist direkt bei uns eingegangen (die Absenderin hat unsere Adresse aus
dem Benachrichtigungsschreiben). Ich leite sie zuständigkeitshalber weiter. Bitte
beantworten Sie sie aus dem Pflegedienst heraus, Frau Dr. Hallermann unterstützt.

Mit freundlichen Grüßen
Aylin Demir

-----Ursprüngliche Nachricht-----
Von: Kerstin Kramer-Lahmann <kerstin.kl@t-netz.example>
Gesendet: Montag, 23. September 2024 08:03
An: cyber-schaden@weserland-versicherung.example
Betreff: Laptop Pflegedienst / meine Mutter Hedwig Kramer

Sehr geehrte Damen und Herren,

meine Mutter Hedwig Kramer (88) wird von Pflege mit Herz versorgt. Laut Ihrem Brief waren
ihre Daten auf dem gestohlenen Laptop. Meine Mutter hat Alzheimer-Demenz und Pflegegrad 4,
sie kann selbst nichts mehr regeln, ich habe die Vorsorgevollmacht.

Auf dem Laptop stand auch, dass der Schlüssel zur Wohnung im Schlüsseltresor an der
Haustür liegt, und der Code! Wer ändert jetzt den Code und wer zahlt den Schlüsseldienst?
Meine Mutter ist allein zuhause, wenn der Pflegedienst weg ist.

Ich erwarte eine Antwort noch heute.
Kerstin Kramer-Lahmann""",
             "STRICTLY_CONFIDENTIAL", "de", "third-party", "relative's mail: named client with Alzheimer's dementia and Pflegegrad 4")


def m063():
    return M(FH, "Führungskräfte <fuehrungskraefte@weserland-versicherung.example>",
             "Ergebnis Phishing-Simulation September",
"""Liebe Führungskräfte,

die Phishing-Simulation im September ("Paketzustellung - Zoll fällig") ist abgeschlossen.
Ergebnisse pro Bereich (Klickrate / Eingabe von Zugangsdaten / Meldung über Button):

Bereich                  Klick   Zugangsdaten  gemeldet
Schaden Gewerbe           6 %        1 %         54 %
Schaden Kranken           9 %        2 %         41 %
Leben/BU                  7 %        1 %         48 %
Vertrieb/Maklerbetreuung 14 %        5 %         22 %
IT                        3 %        0 %         71 %
Gesamt                    8 %        2 %         45 %

Einzelergebnisse werden nicht ausgewertet und nicht an Führungskräfte gegeben
(Betriebsvereinbarung IT-Sicherheit, § 4). Bitte sprechen Sie das Thema in Ihren
Teamrunden an - die Meldequote ist uns wichtiger als die Klickrate.

Frank Hoppe""",
             "NORMAL", "de", "internal", "trap: phishing simulation results per department incl. Schaden Kranken; aggregated only")


def m064():
    return M(OP, TW + ", " + LB, "Harbour Legal - call notes on communications (23 Sep)",
"""Timo, Lena,

short notes from today's call with Harbour Legal on external communication.

Participants: Catherine Ashworth (Managing Partner), Dr. Felix Marquardt (Partner,
Risk & Compliance), Tom Whitfield (Ashby Crane), Olga Petrenko (Weserland), crisis PR
consultant from our panel (Kim Ohlsen, Nordlicht Kommunikation).

- Firm will not issue a press release; holding statement only if journalists call.
- Clients in the high-risk group are informed personally by their responsible partner
  before letters go out.
- Catherine asked whether Weserland would cover a goodwill gesture (fee waivers) for
  affected clients. I said this is not covered as such; PR/crisis costs are, within the
  sub-limit of EUR 50k.
- Next call Thursday 10:00.

Lena - no mention of the insured in our marketing material, obviously.

Olga""",
             "CONFIDENTIAL", "en", "internal", "call notes on a named insured law firm with named partners; no client data")


def m065():
    return M(OP, BRIGHTWELL, "Re: letter to Mrs Kolbe - final version",
"""Hi Owen,

Carola has made two small changes; the version below is final from our side. Please put
it on your letterhead, sign it and send it by post (not email). Letters to the other
patients follow the same pattern.

Olga

---
Mrs Martina Kolbe
Heußweg 31, 20255 Hamburg

Information about a data security incident

Dear Mrs Kolbe,

on 9 September 2024 we discovered that an unknown person had accessed our online
appointment system and copied the appointment list. This list contained your name,
your date of birth (12 April 1968), your phone number and the reason for your
appointments since June 2024 ("physiotherapy after left knee replacement, referral
Dr. Wendt").

Your medical reports and invoices were not stored in this system and are not affected.

We are very sorry. We have changed all passwords, switched on two-factor login and
informed the Hamburg data protection authority. If you receive calls or emails that
refer to your treatment, please be careful and contact us on 040 5550 4410.

Kind regards
Owen Brightwell
Physiotherapist""",
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "notification letter to named patient with birth date and knee-replacement treatment")


def m066():
    return M(OP, KESTREL, "S/MIME certificate for encrypted exchange",
"""Hi Priya,

as discussed, we'd like to switch to S/MIME for everything case-related. Our
certificate is attached to this (signed) mail; could you send yours back so our gateway
can encrypt to you? If your organisation has a domain certificate for kestrel-ir.example,
even better - please send that one to our IT (it-sicherheit@weserland-versicherung.example).

Until then: reports only via your secure share, please.

Thanks,
Olga""",
             "NORMAL", "en", "insurer-to-supplier", "certificate exchange; no case content",
             atts=[att_txt("olga.petrenko.cer.pem", """-----BEGIN CERTIFICATE-----
MIIDazCCAlOgAwIBAgIUQ2F0YWxvZ3VlRmljdGlvbmFsRGF0YTAeFw0yNDA5MDEw
MDAwMDBaFw0yNjA5MDEwMDAwMDBaMEUxCzAJBgNVBAYTAkRFMRcwFQYDVQQKDA5X
ZXNlcmxhbmQgVmVyczEdMBsGA1UEAwwUT2xnYSBQZXRyZW5rbyAoZmFrZSkwggEi
MA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQDfictionalplaceholderonly
-----END CERTIFICATE-----
""", subtype="plain")])


def m067():
    return M(OP, KESTREL, "Engagement: Meridian People Services GmbH (S-CY-24-00577)",
"""Hi Priya,

please treat this mail as our formal instruction under the panel agreement.

Insured:        Meridian People Services GmbH, Bremen (HR and payroll outsourcing,
                subsidiary of Meridian People Services Ltd, Dublin)
Contact:        Niamh Gallagher, Head of Operations, +49 421 5550 7720
IT contact:     Stefan Buss, IT lead (internal IT, 3 people)
Incident:       unauthorised access to HR file share, discovered 20 Sep 2024
Budget phase 1: EUR 25,000 net; please ask before exceeding

Priorities: (1) scope of exfiltration - which client folders; (2) whether the attacker
is still in; (3) evidence for the processor notification to Meridian's clients.

Legal privilege: please address reports to Ashby Crane LLP (Tom Whitfield), copy to me.

Thanks,
Olga""",
             "CONFIDENTIAL", "en", "insurer-to-supplier", "forensic instruction naming insured company contacts; no employee data")


def m068():
    return M(AD, KESTREL, "Pflege mit Herz - question on Intune wipe log / Frage Fernlöschung",
"""Dear Ms Raman,

my colleague Olga is out, so I am writing. Forensik Nord is overloaded and asked you to
check the Intune wipe log of the stolen laptop (S-CY-24-00468). The care service sent
us the message below. In short: they want to know whether the wipe happened BEFORE the
thief could open the files of the client mentioned. Sorry, the original is German.

Kind regards
Aylin Demir

-----Ursprüngliche Nachricht-----
Von: Gabriele Stührmann <g.stuehrmann@pflege-mit-herz-del.example>
Betreff: Laptop Frau Ruscher

Hallo Frau Demir,
der Laptop hat sich laut unserem IT-Mann am 05.09. um 18:40 Uhr noch einmal mit dem
Internet verbunden, und dann kam erst der Löschbefehl. Auf dem Laptop waren in
Downloads die Arztbriefe von Herrn Manfred Siemer (Parkinson, Entlassbrief Klinikum
Delmenhorst mit Medikationsplan) und von Frau Irmgard Wübbenhorst (PEG-Anlage,
Wundbericht). Die wurden Frau Ruscher von der Hausärztin geschickt.
Können Sie rausfinden, ob die Dateien geöffnet wurden?
Gruß G. Stührmann, PDL""",
             "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-supplier", "English mail quoting German PDL mail: clients with Parkinson's, PEG, discharge letters")


def m069():
    return M(KO, CYS, "Schulung \"Berufsgeheimnisträger als Versicherungsnehmer\" - Folien",
"""Hallo zusammen,

hier die Folien aus der Schulung am Dienstag zum Nachlesen (Zusammenfassung):

1. Wer gehört dazu? Ärzte, Zahnärzte, Apotheker, Psychotherapeuten, Angehörige anderer
   Heilberufe mit staatlich geregelter Ausbildung (z. B. Physiotherapie, Pflege),
   Rechtsanwälte, Steuerberater, Wirtschaftsprüfer ... (§ 203 Abs. 1 StGB)
2. Warum heikel? Schon die Tatsache, DASS jemand Patient oder Mandant ist, ist ein
   Geheimnis. Ein Leak trifft also nicht nur "Daten", sondern die Vertrauensbeziehung.
3. Was heißt das für uns?
   - Wir brauchen für die Regulierung in aller Regel keine Patienten-/Mandantendaten.
   - Forensikberichte mit Beispielen bitte nur an die Breach-Coach-Kanzlei.
   - Wenn doch Listen bei uns landen: nicht weiterleiten, in der Akte als "vertraulich"
     ablegen, DSB informieren.
4. Mitwirkende Personen (§ 203 Abs. 3 StGB): IT-Dienstleister der Praxis dürfen Zugriff
   haben, wenn sie zur Verschwiegenheit verpflichtet wurden - wichtig bei Regress.

Folien liegen unter Teams > Cyber-Schaden > Schulungen.

Katrin""",
             "NORMAL", "de", "internal", "trap: training summary on § 203 (Patient, Mandant); no case data")


def m070():
    return M(JB, "Cyber Underwriting <cyber-uw@weserland-versicherung.example>",
             "UW training material: anatomy of a ransom note (samples from public reporting)",
"""Team,

for Thursday's UW training, three typical ransom note patterns, paraphrased from public
threat reports and stripped of any victim references. Look at what they reveal about
the group (double extortion, deadlines, "data audit" offers).

Sample A - "corporate" style
  "Your network has been penetrated. We have downloaded 150 GB of confidential data.
  To avoid publication and regulatory fines, contact our support team. We also offer a
  security report explaining how we got in."

Sample B - pressure on healthcare
  "We know you are a medical institution. Patients will be informed that their records
  are for sale. You have 72 hours."

Sample C - no encryption, extortion only
  "We did not encrypt anything. We simply have your data. Pay or it goes public."

Discussion: which of these would trigger the cyber extortion module, and when does a
claim become a BI loss?

Jonas""",
             "NORMAL", "en", "internal", "trap: generic ransom-note samples for training; no victim, no person")


def m071():
    return M(KO, PETERSEN, "Regress wegen Cyberschaden Praxis Dr. Lührs - Aufforderung zur Stellungnahme",
"""Sehr geehrter Herr Petersen,

wir sind Cyber-Versicherer der Hausarztpraxis Dr. med. Annette Lührs, Bremen, und haben
aus dem Schadenfall vom 02.09.2024 (unser Zeichen S-CY-24-00417) bislang Leistungen in
Höhe von 71.380,44 EUR erbracht. Nach § 86 VVG sind die Ansprüche unserer
Versicherungsnehmerin gegen Dritte insoweit auf uns übergegangen.

Nach dem Bericht der Forensik Nord GmbH erfolgte der Erstzugriff über den
Fernwartungszugang Ihres Hauses ("PIT-Support"), der mit einem seit 2021 unveränderten
Passwort und ohne zweiten Faktor betrieben wurde. Nach dem IT-Servicevertrag vom
14.03.2020 (Ziff. 5.2) schulden Sie die Absicherung der Fernwartung nach Stand der Technik.

Wir bitten Sie, den Vorgang Ihrem Betriebshaftpflichtversicherer zu melden und uns bis
zum 25.10.2024 dessen Namen und Schadennummer mitzuteilen.

Mit freundlichen Grüßen
Katrin Oltmanns
Schadenreferentin Cyber""",
             "CONFIDENTIAL", "de", "insurer-to-company", "subrogation letter naming insured doctor and claim amount; no patient data")


def m072():
    return M(OP, ASHBY + ", " + GALLAGHER, "Meridian - employee request (Aoife Brennan) - please advise",
"""Tom, Niamh,

the employee below wrote to our claims address (she found us via LinkedIn, it seems).
We have not replied. Tom, can you advise Meridian / the controller (Fenwick Marine) on
the response?

Olga

> From: Aoife Brennan <aoife.brennan@inbox-mail.example>
> Sent: 24 September 2024 19:55
> Subject: Data breach at Meridian
>
> To whom it may concern,
>
> my employer Fenwick Marine told me that my HR data was stolen from Meridian. I want to
> know if this includes the sick note from April (I was off for 6 weeks with a
> burnout / depression diagnosis - F32.1 was on the certificate my GP sent to HR by
> mistake) and the occupational health report. If this gets out I will sue.
>
> Aoife Brennan, born 17 May 1988, Personnel no. FM-0231""",
             "STRICTLY_CONFIDENTIAL", "en", "third-party", "quoted employee mail: depression F32.1, sick note, birth date")


def m073():
    return M(TW, "Einkauf <einkauf@weserland-versicherung.example>",
             "Rahmenvertrag Forensik Nord GmbH 2025 - Konditionen zur Prüfung",
"""Hallo Einkauf,

anbei die Eckdaten für die Verlängerung des Rahmenvertrags mit der Forensik Nord GmbH
(Panel-Dienstleister Incident Response). Bitte wie immer Vergleich mit den beiden
anderen Angeboten.

Stundensätze 2025 (netto):
  Senior Incident Responder      245 EUR (2024: 235)
  Forensic Analyst               185 EUR (2024: 180)
  Rufbereitschaft 24/7           pauschal 1.900 EUR/Monat
  Reisekosten                    nach Aufwand, Bahn 1. Kl.
Reaktionszeit:  Rückruf 1 h, vor Ort 24 h (Nordwestdeutschland)
Zahlungsziel:   30 Tage
Bankverbindung Forensik Nord GmbH:
  IBAN DE08 6954 4086 0690 2229 51

Vertragsentwurf liegt in der Einkaufsakte EK-2024-233.

Gruß Timo""",
             "NORMAL", "de", "insurer-to-supplier", "trap: framework agreement with company IBAN and rates; no natural person's data")


def m074():
    return M(OP, "Orders <orders@identguard.example>",
             "Order: identity monitoring codes - Lohnbüro Nordwest GmbH (S-CY-24-00520)",
"""Hello IdentGuard team,

please issue identity-monitoring activation codes under our framework order FO-2024-07:

  Sponsor / insured:   Lohnbüro Nordwest GmbH, Leer
  Contact at insured:  Dirk Meiners (managing director), d.meiners@lohnbuero-nordwest.example
  Number of codes:     9,600 (12-month "Basic" package, German-language portal)
  Invoice to:          Weserland Versicherung AG, claim S-CY-24-00520
  Delivery:            code list as encrypted file to the insured only; the insured's
                       print provider will merge codes into the notification letters

We will not send you any names or addresses of the affected employees.

Thanks,
Olga Petrenko""",
             "CONFIDENTIAL", "en", "insurer-to-supplier", "service order naming insured company and its MD; counts only")


def m075():
    return M(KO, HALLER, "Lührs - Artefakte aus der Forensik (Dateizugriffe)",
"""Frau Dr. Hallermann,

Forensik Nord hat die Dateizugriffe des Täterkontos aus dem Fileserver-Audit
rekonstruiert, siehe ZIP. Relevant für die Frage, welche Patienten individuell zu
benachrichtigen sind (Dateien, die nachweislich geöffnet wurden).

Passwort wie vereinbart telefonisch.

Gruß K. Oltmanns""",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "inside ZIP: file-access log whose file names reveal patient names and findings (MRT, Befunde)",
             atts=[att_zip("Forensik_Nord_Artefakte_S-CY-24-00417.zip", [
                 att_txt("fileaudit_svc-backup.csv", """timestamp;account;action;path
2024-08-31T23:12:04;PRAXIS\\svc-backup;READ;D:\\Praxis\\Befunde\\2024\\Wienholt_Gerold_Entlassbrief_Psychiatrie_Ellen.pdf
2024-08-31T23:12:09;PRAXIS\\svc-backup;READ;D:\\Praxis\\Befunde\\2024\\Mueller_Hans_MRT_LWS_Bandscheibenprolaps.pdf
2024-08-31T23:12:15;PRAXIS\\svc-backup;READ;D:\\Praxis\\Befunde\\2024\\Brinkmann_Anke_Mutterpass_Kopie.pdf
2024-08-31T23:12:31;PRAXIS\\svc-backup;READ;D:\\Praxis\\Labor\\2024-08\\Bartels_Guenter_Labor_Kreatinin_eGFR.pdf
2024-08-31T23:13:02;PRAXIS\\svc-backup;READ;D:\\Praxis\\Befunde\\2024\\Becker_LisaMarie_Psychotherapie_Antrag.pdf
2024-08-31T23:14:40;PRAXIS\\svc-backup;COPY;D:\\Praxis\\Export\\pvs_export_20240831.zip
"""),
                 att_txt("README_Forensik_Nord.txt", """Forensik Nord GmbH - Auszug Fileserver-Audit, Täterkonto svc-backup
Zeitzone UTC+2. Vollständiger Export im Beweismittelarchiv FN-24-0871.
"""),
             ])])


def m076():
    return M(TW, CYS, "Jour fixe Cyber-Schaden ab Oktober dienstags",
"""Hallo zusammen,

ab Oktober verlegen wir den Jour fixe auf dienstags 9:00-9:45, Raum Speicher 3.12 bzw.
Teams. Einladung kommt gleich als Serie.

Agenda wie immer: neue Großschäden, offene Freigaben, Panel-Dienstleister, Sonstiges.
Bitte keine Einzelfallunterlagen in den Chat posten, dafür haben wir die Akte.

Timo""",
             "NORMAL", "de", "internal", "plain organisational mail",
             atts=[att_ics("Jour_fixe_Cyber.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weserland Versicherung//Outlook//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:jf-cyber-schaden-2024@weserland-versicherung.example
DTSTAMP:20240925T060000Z
DTSTART;TZID=Europe/Berlin:20241001T090000
DTEND;TZID=Europe/Berlin:20241001T094500
RRULE:FREQ=WEEKLY;BYDAY=TU
SUMMARY:Jour fixe Cyber-Schaden
LOCATION:Speicher 3.12 / Teams
ORGANIZER;CN=Timo Wessels:mailto:timo.wessels@weserland-versicherung.example
END:VEVENT
END:VCALENDAR
""")])


def m077():
    return M(AD, "Orders <orders@identguard.example>", "Identitätsschutz Mitarbeitende Köhler & Vogt - Teilnehmerliste",
"""Guten Tag,

für die Mitarbeitenden unserer Versicherungsnehmerin Köhler & Vogt Steuerberater
PartG mbB (Verden) bitten wir um Einrichtung des Identitätsschutz-Pakets "Plus" für 12
Monate (Rahmenauftrag FO-2024-07). Die Mitarbeitenden haben eingewilligt; deren
Personalausweisdaten lagen auf dem kompromittierten Server.

Teilnehmerliste im Anhang (Name, Geburtsdatum, private E-Mail für die Aktivierung).

Mit freundlichen Grüßen
Aylin Demir
Cyber-Schaden, Weserland Versicherung AG""",
             "CONFIDENTIAL", "de", "insurer-to-supplier", "attachment CSV: tax-firm employees with birth dates and private email (no client data)",
             atts=[att_csv("Teilnehmer_KV_Identitaetsschutz.csv", [
                 ["Nachname", "Vorname", "Geburtsdatum", "E-Mail privat"],
                 ["Köhler", "Birgit", "1966-02-23", "birgit.koehler@privat-post.example"],
                 ["Vogt", "Matthias", "1971-10-05", "m.vogt71@privat-post.example"],
                 ["Hesse", "Corinna", "1988-06-17", "corinna.hesse@netmail.example"],
                 ["Lüers", "Dennis", "1994-01-29", "dluers@netmail.example"],
                 ["Kuhlmann", "Anja", "1979-08-11", "anja.kuhlmann@privat-post.example"],
                 ["Öztürk", "Selin", "2001-04-03", "selin.oeztuerk@netmail.example"],
             ])])


def m078():
    return M(AD, HALLER, "KV Mandantenliste Tranche 1",
"""Frau Dr. Hallermann,

die Kanzlei Köhler & Vogt hat die erste Tranche der Mandanten geschickt, deren Ordner im
Leak nachweislich enthalten sind (Abgleich mit dem Dateibaum auf der Leak-Seite). Bitte
für die Benachrichtigung verwenden.

Mdt-Nr | Name                 | Anschrift                         | Ordnerinhalt im Leak
10422  | Hanna Dierks         | Am Holzmarkt 7, 27283 Verden      | ESt 2021-2023, Steuer-ID 57 402 913 866
10587  | Torsten Bruns        | Grüne Str. 14, 27283 Verden       | ESt 2023, Gehaltsabrechnungen, Kontoauszüge
11230  | Dr. Ulrike Menke     | Ritterstr. 3, 27283 Verden        | ESt 2023 inkl. Belege Krankheitskosten
11871  | Yusuf Kaplan         | Lindhooper Str. 40, 27283 Verden  | GewSt/EÜR 2023, BWA
12004  | Margret Hollmann     | Dörverden, Am Weserdeich 2        | Erbschaftsteuererklärung, Testament (Kopie)
12316  | Jörg und Silke Prigge| Achim, Bergstr. 9                 | ESt 2023, Unterhalt an Tochter (Studium)

Gruß
Aylin Demir""",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer", "base64 body: tax-adviser client list with tax IDs and file contents (§ 203)",
             cte="base64")


def m079():
    return M(SK, WHITCOMBE, "Re: quick question - ransom payments under your cyber wording",
"""Hi Rachel,

short answer: yes, but.

- Cyber extortion is an insured module, including ransom payments, if we have agreed to
  the payment in advance, the payment is legal (sanctions screening, no listed group)
  and the police have been informed.
- Ransom is paid only as a last resort; in practice we pay in under 5 % of ransomware
  claims, because most insureds can restore from backup.
- Costs of the negotiator and the crypto broker are covered in full.

Happy to send the relevant clause (section B.4) in English if your client wants it.

Cheers,
Sebastian""",
             "NORMAL", "en", "insurer-to-broker", "trap: generic wording question on ransom payments; no client")


def m080():
    return M(AD, YILMAZ, "Kündigung CyberSchutz Zahnarztpraxis - Beitragserstattung",
"""Sehr geehrter Herr Dr. Yilmaz,

wir bestätigen Ihre Kündigung des Vertrags CY-BHV-2022-001377 zum 30.09.2024 wegen
Praxisaufgabe (Übergabe an Ihre Nachfolgerin).

Für den Zeitraum 01.10.2024 bis 31.12.2024 erstatten wir Ihnen den anteiligen Beitrag
von 412,75 EUR auf Ihr Konto

  Kontoinhaber: Deniz Yilmaz
  IBAN: DE12 4718 8874 7990 3418 10

Der noch offene Schaden S-CY-24-00589 (Fehlversand) wird selbstverständlich weiter
reguliert, da der Schadenfall in die Vertragslaufzeit fällt.

Wir wünschen Ihnen für den Ruhestand alles Gute.

Mit freundlichen Grüßen
Aylin Demir
Cyber-Schaden""",
             "CONFIDENTIAL", "de", "insurer-to-customer", "iso-8859-1: cancellation and premium refund to dentist with IBAN",
             charset="iso-8859-1")


def m081():
    fwd = M("Zahnarztpraxis Dr. Yılmaz <praxis@zahnarzt-yilmaz.example>", "anmeldung@kfo-am-deich.example",
            "Röntgenbild und HKP Patient Hinrichs",
"""Hallo liebe Kollegen,

anbei wie besprochen das OPG und der Heil- und Kostenplan für Herrn Ole Hinrichs
(geb. 22.02.2011) zur kieferorthopädischen Mitbeurteilung. Befund: Nichtanlage 35 und
45, persistierende Milchzähne 75/85, Verdacht auf Retention 13.

Die Mutter ist informiert, Termin bei Ihnen am 14.10.

Viele Grüße
Tanja Pohl, ZFA
Zahnarztpraxis Dr. Yilmaz, Bremerhaven""", None, None, None, None)
    fwd["filename"] = "Röntgenbild und HKP Patient Hinrichs.eml"
    fwd["date_hdr"] = "Wed, 18 Sep 2024 11:42:17 +0200"
    fwd["msgid"] = "<20240918114217.5512@zahnarzt-yilmaz.example>"
    return M(AD, HALLER, "S-CY-24-00589 Fehlversand Zahnarztpraxis - Original-Mail",
"""Frau Dr. Hallermann,

anbei die Original-Mail, die die Praxis am 18.09. versehentlich an eine falsche Adresse
(Tippfehler "kfo-am-deich" statt "kfo-am-deich-bhv") geschickt hat. Der Empfänger hat
nicht reagiert. Bitte prüfen Sie, ob eine Meldung nach Art. 33 und eine Benachrichtigung
der Eltern erforderlich ist.

Die Anhänge (OPG, HKP als PDF) hat die Praxis nicht mitgeschickt, nur die Mail selbst.

""" + SIG_AD,
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "only in forwarded message/rfc822: child patient with birth date and dental findings",
             atts=[att_eml(fwd)])


def m082():
    return M(SK, GERDES, "Fragebogen CyberSchutz Heilberufe (Version 2025-01)",
"""Hallo Herr Gerdes,

wie gewünscht der aktuelle Fragebogen zum Weitergeben an Ihre Kunden aus dem
Heilberufe-Bereich. Wichtig: Die Fragen 3.1-3.4 (MFA, Backup) sind ab 2025 K.O.-
Kriterien. Bitte keine Patientendaten o. Ä. beilegen lassen - wir brauchen nur die
Angaben im Fragebogen.

Viele Grüße
Sebastian Kruse""",
             "NORMAL", "de", "insurer-to-broker", "trap: blank questionnaire (Patienten pro Jahr, Gesundheitsdaten) as DOCX",
             atts=[att_docx("Fragebogen_CyberSchutz_Heilberufe_2025-01.docx", [
                 "Weserland Versicherung AG - Fragebogen CyberSchutz Heilberufe (Version 2025-01)",
                 "1. Antragsteller: Name/Firma ______  Rechtsform ______  Anschrift ______",
                 "2. Tätigkeit: [ ] Arztpraxis [ ] Zahnarztpraxis [ ] Apotheke [ ] Physiotherapie [ ] ambulanter Pflegedienst [ ] Sonstiges ______",
                 "2.1 Umsatz letztes Geschäftsjahr: ______ EUR   2.2 Anzahl Mitarbeitende: ______",
                 "2.3 Anzahl Patienten/Klienten pro Jahr: ______",
                 "2.4 Werden Gesundheitsdaten elektronisch verarbeitet? [ ] ja [ ] nein (bei Heilberufen in der Regel ja)",
                 "3.1 Sind alle Fernzugriffe mit Mehr-Faktor-Authentifizierung geschützt? [ ] ja [ ] nein",
                 "3.2 Gibt es ein Offline-/unveränderbares Backup? [ ] ja [ ] nein  Wie oft? ______",
                 "3.3 Wurde die Wiederherstellung in den letzten 12 Monaten getestet? [ ] ja [ ] nein",
                 "3.4 Werden alle Systeme mit Sicherheitsupdates versorgt? [ ] ja [ ] nein",
                 "4. Vorschäden in den letzten 5 Jahren (Cyber, Datenschutz): ______",
                 "Ort, Datum, Unterschrift ______",
             ])])


def m083():
    return M(OP, "Tom Whitfield <tom.whitfield@ashbycrane.example>", "FW: Harbour Legal - complaint Mr and Mrs Lenz",
"""Tom,

another one, forwarded by Catherine. This is the family matter with the child psychologist
report. The clients threaten a claim for damages (Art. 82) and a complaint to the bar.
Catherine would like to know by tomorrow whether the firm can offer a meeting without
prejudice.

Olga

-----Original Message-----
From: Nina Lenz <nina.lenz@elbmail.example>
To: c.ashworth@harbourlegal.example
Subject: Our custody file

Dear Ms Ashworth,

We received your letter. You tell us that our custody file was stolen, including the
report of Dr. Brandt about our son Mats (8). That report describes his ADHD diagnosis,
his therapy and what happened in his first school year in detail. My ex-husband's new
lawyer has already hinted that he "heard things".

We entrusted you with the most private things of our family. We expect an explanation
in person this week.

Nina Lenz""",
             "STRICTLY_CONFIDENTIAL", "en", "third-party", "client mail quoted: custody file, child's ADHD diagnosis and therapy (§ 203)")


def m084():
    return M(OP, "Tom Whitfield <tom.whitfield@ashbycrane.example>, " + GALLAGHER,
             "Meridian - controller contact list for processor notifications",
"""Tom, Niamh,

to keep the processor notifications consistent, here is the list of Meridian client
companies (controllers) with the HR contacts Niamh's team will call before the written
notice goes out. Tom, please confirm the wording of the notice by Thursday.

client (controller)          | HR contact           | phone             | employees in share
Fenwick Marine GmbH          | Julia Westerkamp     | +49 421 5550 8811 | 412
Harlinger Foods GmbH         | Bernd Siefken        | +49 4464 5550 212 | 638
Nordsee Dental Lab GmbH      | Marion Ehlers        | +49 471 5550 3310 | 57
Kranwerk Bremerhaven AG      | Stefan Gröne         | +49 471 5550 9020 | 1,104
(37 further clients in the shared tracker)

Olga""",
             "CONFIDENTIAL", "en", "insurer-to-lawyer", "insured company's claim with named business contacts of its clients; counts only")


def m085():
    return M(AD, "Tobias Petersen <t.petersen@petersen-it.example>", "Abwesenheitsnotiz: AW: Rechnung Wiederherstellung",
"""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 04.10.2024 nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
cyber-schaden@weserland-versicherung.example oder 0421 5570-3300.

Schäden können Versicherungsnehmer rund um die Uhr unter 0421 5570-3000 melden.

Mit freundlichen Grüßen
Aylin Demir""",
             "NORMAL", "de", "insurer-to-company", "out-of-office auto reply",
             headers=[("Auto-Submitted", "auto-replied")])


def m086():
    return M(KO, HALLER, "Neuer Fall: Psychotherapiepraxis Brunssen - Täter kontaktieren Patienten",
"""Frau Dr. Hallermann,

neuer Fall, bitte dringend übernehmen (Deckung Rechtsberatung ist zugesagt):

VN: Dipl.-Psych. Heike Brunssen, Psychologische Psychotherapeutin, Osterholz-
Scharmbeck, Einzelpraxis. Schaden S-CY-24-00602.

Ransomware am Wochenende, Täter haben offenbar die Praxissoftware inkl. Sitzungs-
dokumentation abgezogen. Heute hat sich eine Patientin bei Frau Brunssen gemeldet,
die von den Tätern direkt angeschrieben wurde. Inhalt der Tätermail laut Frau Brunssen
(abgetippt vom Handy der Patientin):

  "Hallo Frau Jessica Ortmann. Wir haben die Aufzeichnungen Ihrer Therapie bei Frau
  Brunssen (Essstörung, Selbstverletzung, Gespräche über Ihren Vater). Zahlen Sie 300
  Euro in Bitcoin oder wir schicken sie an Ihre Kontakte."

Frau Ortmann ist 19. Frau Brunssen ist völlig aufgelöst und fragt, ob sie die Polizei
und die anderen Patienten sofort informieren muss. Bitte rufen Sie sie heute noch an:
04791 5550 618.

Danke, K. Oltmanns""",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer", "named psychotherapy patient with eating disorder and self-harm; extortion")


def m087():
    return M(KO, "Heike Brunssen <praxis@psychotherapie-brunssen.example>", "Ihr Schaden S-CY-24-00602 - Sofortmaßnahmen",
"""Sehr geehrte Frau Brunssen,

danke für Ihren Anruf. Wie besprochen:

1. Forensik Nord (Herr Dr. Ahrens) kommt morgen um 8 Uhr in Ihre Praxis. Bitte die
   Rechner nicht neu starten.
2. Frau Dr. Hallermann (Kanzlei Hallermann) ruft Sie heute an und übernimmt die
   Meldung an die Datenschutzaufsicht und die Abstimmung mit der Polizei (ZAC).
3. Bitte zahlen Sie nichts an die Täter und antworten Sie nicht.
4. Die Kosten sind über Ihren Vertrag CY-OHZ-2023-000952 gedeckt; Ihr Selbstbehalt
   beträgt 1.000 EUR.

Ich weiß, dass das gerade sehr belastend ist. Sie können mich jederzeit anrufen.

Mit freundlichen Grüßen
Katrin Oltmanns
Schadenreferentin Cyber, Weserland Versicherung AG, Tel. 0421 5570-3318""",
             "CONFIDENTIAL", "de", "insurer-to-customer", "immediate-measures mail to sole-practitioner psychotherapist; no patient named",
             flowed=True, cte="8bit")


def m088():
    return M(TW, HJ, "Cyber hotline Q3 - call volumes (for the ops review)",
"""Henrik,

Q3 numbers from the 24/7 cyber hotline (external call-centre provider), for the ops
review on Monday. English because the provider reports in English.

                         Jul   Aug   Sep   Q3
Calls total              118   141   163   422
 - real incidents         31    38    47   116
 - phishing questions     44    52    61   157
 - policy questions       29    33    36    98
 - wrong number/other     14    18    19    51
Forensic dispatch        9     12    15    36
Avg. time to callback    22m   19m   24m   22m

Peak: week 36 (ransomware wave in healthcare). Provider SLA (30 min) met in 94 % of
cases.

Timo""",
             "NORMAL", "en", "internal", "trap: hotline statistics (incidents, healthcare wave); aggregated")


def m089():
    return M(AD, HALLER + ", " + MEINERS, "Lohnbüro Nordwest - Anfrage Betriebsrat Hof Eden / Gewerkschaftsbeiträge",
"""Frau Dr. Hallermann, Herr Meiners,

der Betriebsrat des Mandanten Hof Eden Molkerei hat beim Lohnbüro nachgefragt, welche
Daten konkret betroffen sind. Herr Meiners hat mir die Auswertung für die drei
Kollegen geschickt, die sich besonders sorgen - bitte prüfen, wie wir antworten:

- Svenja Claußen: Lohnabzug Gewerkschaftsbeitrag NGG 28,90 EUR/Monat (Mitglied seit
  2016), Betriebsratsvorsitzende
- Piotr Nowak: Lohnpfändung (Pfändungs- und Überweisungsbeschluss AG Leer, Gläubiger
  Inkasso), Gewerkschaftsbeitrag NGG
- Henning Dirks: Gewerkschaftsbeitrag NGG, Abzug Vorschuss

Die Geschäftsführung von Hof Eden weiß bisher nicht, wer Gewerkschaftsmitglied ist -
das war der Grund für den direkten Lohnabzug über das Lohnbüro nur auf Wunsch der
Mitarbeiter. Entsprechend groß ist die Aufregung.

""" + SIG_AD,
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer", "named employees' trade-union membership and wage garnishment")


def m090():
    return M(AD, MEINERS, "WG: Anwaltsschreiben Schadensersatz Art. 82 DSGVO - Herr Wilken",
"""Sehr geehrter Herr Meiners,

das Schreiben ging direkt an uns (als bekannter Versicherer). Wir übernehmen die Abwehr
bzw. Regulierung im Rahmen der Haftpflicht-Bausteine. Bitte reagieren Sie nicht selbst
gegenüber der Kanzlei.

Mit freundlichen Grüßen
Aylin Demir

-----Ursprüngliche Nachricht-----
Von: RA Kai-Uwe Bents <kanzlei@bents-arbeitsrecht.example>
An: Lohnbüro Nordwest GmbH; cyber-schaden@weserland-versicherung.example
Betreff: Jens Wilken ./. Lohnbüro Nordwest GmbH

Sehr geehrte Damen und Herren,

wir vertreten Herrn Jens Wilken, Grüner Weg 12, 26789 Leer. Unser Mandant ist
Beschäftigter der Kranwerk Bremerhaven AG, deren Lohnabrechnung Sie erstellen. Mit
Schreiben vom 16.09.2024 wurde er darüber informiert, dass seine Lohndaten (Name,
Anschrift, Geburtsdatum 03.12.1982, Steuer-ID, Bruttogehalt 4.870 EUR, Bankverbindung)
im Rahmen eines Cyberangriffs entwendet wurden.

Wir machen einen immateriellen Schadensersatz in Höhe von 2.500 EUR sowie die Erstattung
unserer Gebühren geltend. Frist: 14.10.2024.

Bents, Rechtsanwalt""",
             "CONFIDENTIAL", "de", "lawyer", "lawyer's Art. 82 claim: named employee with birth date and salary; no special category")


def m091():
    return M(KO, "IT-Servicedesk <servicedesk@weserland-versicherung.example>",
             "Ticket: geschützter Ordner \"Eingang Patienten-/Mandantenlisten\" für Cyber-Schaden",
"""Hallo Servicedesk,

wir bitten um Einrichtung eines Ordners mit eingeschränkten Rechten:

  Pfad:        \\\\fs-hb01\\schaden\\cyber\\_Eingang_Betroffenenlisten
  Berechtigt:  nur Gruppe GG-Cyber-Schaden-Leitung (T. Wessels, K. Oltmanns) und DSB
  Löschfrist:  automatische Löschung nach 90 Tagen
  Verschlüsselung: ja (wie Ordner "Leben-Gesundheitsprüfung")

Hintergrund: Versicherungsnehmer schicken uns trotz Bitte immer wieder Patienten- oder
Mandantenlisten. Die sollen nicht mehr im allgemeinen Schadenpostfach liegen.

Freigabe DSB liegt vor (Frau Dr. Sauer in cc auf dem Ticket).

Danke
Katrin Oltmanns""",
             "NORMAL", "de", "internal", "trap: IT ticket about folder for patient/client lists; no list, no person")


def m092():
    return M(OP, HALLER, "Brightwell - mother of a minor patient asking for the data",
"""Carola,

Owen got the message below from the mother of one of his youngest patients. Can he give
her the information directly (she has custody) or does the 15-year-old need to be asked
first? And can he tell her the "reason for referral" text in the stolen list?

Olga

> Hi Mr Brightwell,
> Felix told me about your letter. I am his mother. Felix had the scoliosis therapy with
> Jule since last year and he is very embarrassed about the brace. Some boys in his class
> already make jokes. Can you please tell me exactly what was stolen about him and if
> the x-ray from the orthopaedic surgeon was in there too?
> Thanks, Derya Aydin""",
             "STRICTLY_CONFIDENTIAL", "en", "third-party", "named minor patient: scoliosis therapy and brace")


def m093():
    return M(FH, CYS + ", " + DSB, "Vorlage Forensik-Kurzbericht (template) - Feedback bis Freitag",
"""Hallo zusammen,

wir wollen den Panel-Dienstleistern eine einheitliche Struktur für Kurzberichte vorgeben,
damit Schaden und DSB schneller entscheiden können. Die Dienstleister arbeiten teils
auf Englisch, daher ist die Vorlage zweisprachig. Bitte Feedback bis Freitag.

=== INCIDENT SHORT REPORT / KURZBERICHT ===
Insured / VN:            <company name>        Claim / Schaden-Nr.: <S-CY-YY-NNNNN>
Report date / Datum:     <date>                Author / Verfasser:  <name, firm>

1. Initial access / Einfallstor:        <vector, date/time, confidence>
2. Dwell time / Verweildauer:           <days>
3. Encryption / Verschlüsselung:        <yes/no, systems>
4. Exfiltration / Datenabfluss:         <yes/no/unknown, volume, evidence>
5. Data categories / Datenkategorien:   <e.g. health data, client files, payroll>
   -> categories and counts ONLY. Do not include names or samples of affected persons.
   -> Nur Kategorien und Anzahlen, keine Namen oder Beispieldatensätze!
6. Threat actor still present? / Täter noch aktiv?: <yes/no>
7. Recommendations / Empfehlungen:      <...>
=== END ===

Gruß Frank""",
             "NORMAL", "mixed", "internal", "trap: bilingual forensic report template with placeholders; health data only as category")


def m094():
    return M(OP, "Forensic Accountants <team@nordbilanz-forensic.example>",
             "Harbour Legal - BI claim - documents for your review",
"""Dear colleagues,

please review the business interruption claim of Harbour Legal LLP (claim
S-CY-24-00538) and let us have your opinion within three weeks. Key figures as
submitted by the firm's finance director, Mr Anand Mehta:

  Fee income Hamburg office, Sept 2023:   EUR 1,284,000
  Fee income Hamburg office, Sept 2024:   EUR   871,500
  Claimed loss (28 Aug - 20 Sep):         EUR   398,200
  Extra expense (contract lawyers, overtime, temporary IT): EUR 61,740

The firm has also included the fixed profit shares of the four equity partners
(Catherine Ashworth EUR 31,250/month; Dr. Felix Marquardt, Jonas Bremer and Dr. Leonie
Kranz EUR 26,000/month each) as "continuing expenses". In our view these are not
insured standing charges - please comment.

""" + SIG_OP,
             "CONFIDENTIAL", "en", "insurer-to-supplier", "BI review: named partners' monthly profit shares (income)")


def m095():
    return M(SK, GERDES, "AW: Sind Bußgelder der Datenschutzbehörde versichert?",
"""Hallo Herr Gerdes,

kurze Antwort auf Ihre Frage aus dem Maklerstammtisch:

Vertragsstrafen der Kartenzahlungsbranche (PCI) sind im CyberSchutz versichert.
Bußgelder nach Art. 83 DSGVO sind versichert, "soweit gesetzlich zulässig". Ob ein
Bußgeld in Deutschland versicherbar ist, ist umstritten; viele Stimmen halten es für
unzulässig, weil die Sanktion den Täter selbst treffen soll. Wir zahlen daher nur, wenn
die Versicherbarkeit im Einzelfall gegeben ist.

Gedeckt sind aber in jedem Fall die Kosten der anwaltlichen Vertretung im
Bußgeldverfahren.

Viele Grüße
Sebastian Kruse""",
             "NORMAL", "de", "insurer-to-broker", "trap: generic answer about GDPR fines; no customer")


def m096():
    return M(KO, HALLER, "Pflege mit Herz - Strafanzeige gegen ehemaligen Mitarbeiter",
"""Frau Dr. Hallermann,

Wendung im Fall S-CY-24-00468: Der Laptop wurde nicht zufällig gestohlen. Die Polizei
hat ihn bei einem ehemaligen Mitarbeiter des Pflegedienstes gefunden, Herrn Marco
Tiedemann (Pflegehelfer, fristlos gekündigt am 30.08.). Er hat gestanden, den Laptop
aus dem Auto von Frau Ruscher genommen zu haben, um "Beweise für Abrechnungsbetrug"
zu sammeln. Die Staatsanwaltschaft Oldenburg ermittelt wegen Diebstahls und
Ausspähens von Daten (§ 202a StGB), Az. 1102 Js 48812/24. Herr Tiedemann ist wohl
einschlägig vorbestraft (Diebstahl 2021, Bewährung).

Bitte prüfen: Ändert das die Risikobewertung für die Betroffenen-Benachrichtigung?
Und können wir den Regress gegen ihn vorbereiten?

Gruß K. Oltmanns""",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer", "criminal investigation and previous conviction of a named former employee")


def m097():
    return M(AD, "Buchhaltung Pflege mit Herz <buchhaltung@pflege-mit-herz-del.example>",
             "Rechnung IT-Dienstleister - Erstattung an Sie",
"""Sehr geehrte Damen und Herren,

die Rechnung Ihres IT-Dienstleisters (Delme-IT Service, Re.-Nr. 2024-1187 vom
20.09.2024, 3.412,50 EUR brutto: Neuinstallation Ersatzgerät, Einrichtung MDM,
Passwortwechsel aller Konten) haben wir geprüft. Wir erstatten 2.867,65 EUR netto
abzgl. 0 EUR Selbstbehalt (bereits mit der Forensikrechnung verrechnet) auf das Konto
der Pflege mit Herz Delmenhorst GmbH.

Rückfragen gerne an mich oder an Frau Stührmann, die den Vorgang bei Ihnen betreut.

Mit freundlichen Grüßen
Aylin Demir
Cyber-Schaden, Schaden-Nr. S-CY-24-00468""",
             "CONFIDENTIAL", "de", "insurer-to-customer", "windows-1252: reimbursement to insured company with named contact and claim number",
             charset="windows-1252")


def m098():
    return M(OP, "Catering <catering@weserland-versicherung.example>", "Catering request - claims workshop 15 Oct",
"""Hi,

could we please have coffee, water and a light lunch (vegetarian option, one vegan) for
14 people on 15 October, room Speicher 2.07, delivery 12:00. Cost centre 4310.

Thanks a lot,
Olga""",
             "NORMAL", "en", "internal", "plain organisational mail")


def m099():
    return M(OP, BALTICA, "Update large loss S-CY-24-00417 - healthcare ransomware (Bremen)",
"""Dear Lars,

further to our first notice, an update on the GP practice claim in Bremen:

Reserve increased to EUR 185,000 (from 95,000). Drivers:
- data was published on the BLACKMOTH leak site on 27 September after the practice
  declined to pay;
- 3,812 patients are being notified individually, with call-centre support;
- first claims for non-material damages received.

To illustrate the severity, the forensic provider's summary of what is visible on the
leak site (excerpt, for your claims file only):

  - PVS export with patient master data (name, date of birth, insurance number)
  - scanned discharge letters, e.g. "Wienholt, Gerold - Psychiatrie Ellen, F33.1"
  - lab results, e.g. "Bartels, Günter - eGFR 38, CKD stage 3b"
  - maternity records, e.g. "Brinkmann, Anke - Mutterpass, 12+3 SSW"

We'd expect the third-party element to develop over the next 12-18 months.

""" + SIG_OP,
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner", "large-loss update to reinsurer with leaked patient names and diagnoses")


def m100():
    return M(JB, TW, "Steinmeyer & Partner - Verlängerung nach Schaden, UW-Notiz",
"""Hi Timo,

kurze UW-Notiz zur Verlängerung CY-HH-2021-010552 (Steinmeyer & Partner Rechtsanwälte
mbB) zum 01.01.2025, bevor ich dem Makler antworte:

- Schadenverlauf: 1 Schaden 2024 (BEC, Aufwand bisher 61.480 EUR)
- Partner: Dr. Jan Steinmeyer, Franziska Olde, Dr. Merle Kahrs, Bernd Quast
- Honorarumsatz 2023 lt. Fragebogen: 4,1 Mio. EUR
- Maßnahmen nach Schaden: MFA für M365 seit 09/2024, Schulung aller Mitarbeitenden,
  Rückrufpflicht bei geänderten Bankverbindungen (schriftliche Anweisung liegt vor)

Vorschlag: Verlängerung mit Beitragserhöhung 15 % (14.250 -> 16.390 EUR netto),
Sublimit Zahlungsumleitung bleibt 50k, SB dort auf 10k.

Einverstanden?
Jonas""",
             "CONFIDENTIAL", "de", "internal", "underwriting note on named insured law firm and partners with turnover and premium")


def m101():
    return M(DSB, "Projekt CloudCase <projekt-cloudcase@weserland-versicherung.example>",
             "DSFA Kollaborationsplattform Schaden - Entwurf zur Abstimmung",
"""Hallo Projektteam,

anbei der Entwurf der Datenschutz-Folgenabschätzung (Art. 35 DSGVO) für die geplante
Plattform zum Austausch mit Forensikern und Kanzleien. Kernpunkte:

- Auf der Plattform werden Forensikberichte und Korrespondenz zu Datenschutzvorfällen
  bei Versicherungsnehmern liegen. Diese können im Einzelfall Gesundheitsdaten oder
  Berufsgeheimnisse Dritter enthalten (z. B. Patientenlisten), obwohl wir sie nicht
  anfordern. Daher Risiko "hoch".
- Maßnahmen: Ende-zu-Ende-Verschlüsselung der Dateiablage, Zugriff nur fallbezogen,
  automatische Löschung 90 Tage nach Schadenabschluss, Protokollierung aller Zugriffe,
  Verbot von Patienten-/Mandantenlisten im Chat.
- Restrisiko nach Maßnahmen: "mittel" -> Konsultation der Aufsicht nicht erforderlich.

Bitte Rückmeldung bis 18.10., insbesondere zu Kapitel 4 (Löschkonzept).

Miriam Sauer""",
             "NORMAL", "de", "internal", "trap: DPIA mentioning Gesundheitsdaten and Patientenlisten in the abstract")


def m102():
    return M(AD, "Anja Kiefer <kontakt@kiefer-personalberatung.example>", "Ihre Schadenmeldung vom 30.09.2024 - S-CY-24-00611",
"""Sehr geehrte Frau Kiefer,

wir bestätigen den Eingang Ihrer Schadenmeldung zum Vertrag CY-VEC-2024-000318
(Personalberatung Anja Kiefer, Vechta).

Nach Ihrer Schilderung hat sich am 27.09. jemand mit Ihrem Passwort in Ihr
Webmail-Postfach eingeloggt und von dort 480 Mails an Ihre Kontakte geschickt (Link auf
eine angebliche "Dokumentenfreigabe"). In Ihrem Postfach liegen Bewerbungsunterlagen
von Kandidatinnen und Kandidaten.

Nächste Schritte:
- Forensik Nord prüft, ob Inhalte des Postfachs heruntergeladen wurden (Termin morgen
  10 Uhr per Fernzugriff).
- Bitte ändern Sie sofort alle Passwörter und aktivieren Sie die Zwei-Faktor-
  Anmeldung bei Ihrem Mail-Anbieter.
- Meldung an die Aufsicht: Frau Dr. Hallermann meldet sich bei Ihnen.

""" + SIG_AD,
             "CONFIDENTIAL", "de", "insurer-to-customer", "claim acknowledgement to sole-trader HR consultant; no candidate data")


def m103():
    return M(AD, HALLER, "Kiefer Personalberatung - betroffene Bewerbungen (besonders sensibel)",
"""Frau Dr. Hallermann,

Frau Kiefer hat die Bewerbungen herausgesucht, die aus ihrer Sicht besonders heikel sind
(Notiz im Anhang, ODT). Forensik Nord bestätigt, dass am 27.09. ein IMAP-Vollabruf des
Postfachs erfolgt ist - also ist von Abfluss aller Anhänge auszugehen.

Viele Grüße
Aylin Demir""",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "attachment-only ODT: candidates with disability, rehab gap, pregnancy and religion",
             atts=[att_odt("Notiz_sensible_Bewerbungen.odt", [
                 "Personalberatung Anja Kiefer - Notiz für Kanzlei Hallermann, Stand 01.10.2024",
                 "Besonders sensible Unterlagen im Postfach (Bewerbungen laufender Mandate):",
                 "1. Carsten Wolters, geb. 14.09.1975 - Schwerbehindertenausweis GdB 70 als Anlage, erwähnt im Anschreiben MS-Diagnose",
                 "2. Melanie Garbade, geb. 30.06.1990 - Lücke im Lebenslauf 2022: 'stationäre Reha nach Burnout (Klinik am Deister)'",
                 "3. Fatma Kılıç, geb. 08.02.1993 - im Gesprächsprotokoll notiert: schwanger, 5. Monat; Kopftuch, wünscht Gebetsraum",
                 "4. Ralf Ostendorf, geb. 22.11.1968 - Führungszeugnis mit Eintrag (Trunkenheit im Verkehr 2019)",
                 "Die übrigen ca. 230 Bewerbungen enthalten Lebensläufe, Zeugnisse, Gehaltsvorstellungen.",
             ])])


def m104():
    return M(OP, CYS + ", " + JB, "Notes from CyberForum Nord 2024 (Hamburg)",
"""Hi all,

my notes from CyberForum Nord yesterday, for those who couldn't make it:

1. Keynote (state criminal police, cybercrime unit): ransomware groups increasingly skip
   encryption and go straight to extortion - faster, quieter, and backups don't help.
2. Panel "Healthcare under pressure": a hospital CISO explained that small practices
   are hit because their IT provider manages 50 practices with the same remote tool and
   the same password. One compromised provider = dozens of victims. Relevant for our
   accumulation scenarios!
3. Talk by a breach coach: average notification letter now costs EUR 2.80 incl. postage
   and call centre; letters in "plain language" reduce call volumes by a third.
4. Insurers' round table: everyone is tightening MFA requirements; nobody wants to
   exclude healthcare.

Slides will be shared by the organiser next week.

Olga""",
             "NORMAL", "en", "internal", "trap: conference notes on healthcare ransomware and notification letters; no person")


def m105():
    return M("Weserland Versicherung <kundenservice@weserland-versicherung.example>",
             "Kundenservice <kundenservice@weserland-versicherung.example>",
             "Sicherheitshinweis: kritische Schwachstelle in Fernwartungssoftware - bitte jetzt handeln",
"""Sehr geehrte Kundin, sehr geehrter Kunde,

Sie haben bei uns eine Cyberversicherung für Ihre Praxis, Apotheke oder Ihren
Pflegedienst abgeschlossen. Wir möchten Sie heute auf eine aktuelle Gefahr hinweisen:

In einer verbreiteten Fernwartungssoftware wurde eine kritische Sicherheitslücke
gefunden, die bereits aktiv ausgenutzt wird. Angreifer verschaffen sich darüber Zugriff
auf Praxisnetzwerke und verschlüsseln die Praxissoftware.

Bitte fragen Sie noch heute Ihren IT-Dienstleister:
1. Wird in Ihrer Praxis Fernwartungssoftware eingesetzt?
2. Ist das aktuelle Update installiert?
3. Ist der Zugang mit einem zweiten Faktor (z. B. App-Code) geschützt?

Wenn Sie einen Angriff vermuten: Rufen Sie unsere 24/7-Hotline an: 0421 5570-3000.
Bitte schalten Sie betroffene Geräte nicht aus, sondern trennen Sie sie vom Netzwerk.

Mit freundlichen Grüßen
Ihre Weserland Versicherung

Diese Nachricht geht an alle Kundinnen und Kunden mit CyberSchutz Heilberufe (BCC).""",
             "NORMAL", "de", "insurer-to-customer", "trap: mass security alert to all Heilberufe policyholders in BCC; no individual",
             headers=[("Precedence", "bulk")])


def m106():
    return M(OP, ASHBY, "Apotheke am Hafen - dispensing lists found in the mailbox",
"""Tom,

Forensik Nord has finished the mailbox review. The attacker had full access to the
shared mailbox for 14 days. Among the mails: the weekly dispensing lists for the opioid
substitution programme that Dr. Baumgarten's practice sends to the pharmacy (daily
take-home/supervised doses). Extract of the most recent list attached (as received by
Sarah; she confirmed all persons are still in the programme).

This confirms Mr Lüdemann's extortion SMS is linked to our incident. We need to discuss
notification to all programme participants today.

Olga""",
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
             "CSV attachment: opioid substitution patients with substance and dose",
             atts=[att_csv("Sichtvergabe_KW38_Praxis_Baumgarten.csv", [
                 ["Patient", "geb.", "Substitut", "Dosis", "Modus", "Take-Home"],
                 ["Lüdemann, Marvin", "04.08.1996", "Methadon 1 %", "65 mg", "täglich Sicht", "nein"],
                 ["Behrens, Kevin", "19.01.1984", "L-Polamidon", "8 ml", "Sicht Mo-Fr", "Sa/So"],
                 ["Schulte, Tanja", "27.05.1979", "Buprenorphin", "12 mg", "Take-Home 7 Tage", "ja"],
                 ["Grabowski, Dennis", "13.12.1990", "Methadon 1 %", "90 mg", "täglich Sicht", "nein"],
             ], delimiter=",")])


def m107():
    return M(OP, "Rechnungsprüfung Cyber <rechnungspruefung-cyber@weserland-versicherung.example>",
             "Meridian - Ashby Crane fee note no. 1 - approval",
"""Hi,

please book and pay Ashby Crane LLP fee note AC/24/3318 (GBP 18,420.00 + disbursements
GBP 312.00) to claim S-CY-24-00577 (Meridian People Services GmbH, contact Niamh
Gallagher). I checked the time entries against the engagement: rates as per panel, 41.2
hours, mainly processor notices and controller calls. Approved.

Note: the fee note mentions "advice to N. Gallagher re employment law implications for
Meridian staff" (2.5 h) - this is outside cover (Meridian's own HR matters); please
deduct GBP 1,125.00.

Olga""",
             "CONFIDENTIAL", "en", "internal", "fee-note approval for named insured company contact; no employee data")


def m108():
    return M(JB, HJ, "Auswertung Risikofragebögen Heilberufe 2024 (anonymisiert)",
"""Hallo Henrik,

wie gewünscht die Auswertung der 1.146 Fragebögen aus Neugeschäft und Verlängerung
Heilberufe 2024 (keine Einzeldaten, nur Quoten):

                               Arzt  Zahnarzt  Apotheke  Pflege  Physio
MFA für Fernzugriff            71 %     64 %      83 %    52 %    47 %
Offline-Backup                 58 %     61 %      77 %    40 %    36 %
Wiederherstellung getestet     33 %     29 %      51 %    22 %    18 %
Awareness-Schulung             45 %     38 %      69 %    31 %    24 %
Webshop mit Rx                  -        -        27 %     -       -

Pflege und Physio sind die Sorgenkinder - niedrige Quoten bei mobilen Geräten und
Backups. Ich würde dort in 2025 gezielt mit den Maklern arbeiten.

Jonas""",
             "NORMAL", "de", "internal", "trap: aggregated questionnaire quotas for healthcare segments")


def m109():
    return M(DSB, KO, "Auskunftsersuchen an uns - Patientin der Praxis Lührs",
"""Hallo Katrin,

bei uns (DSB-Postfach) ist ein Auskunftsersuchen nach Art. 15 DSGVO eingegangen, das
eigentlich an die Praxis gehört. Die Frau geht davon aus, dass wir als Versicherer ihre
Daten haben:

  Anke Brinkmann, Neukirchstraße 9, 28215 Bremen
  Sie ist in der 16. Woche schwanger (Risikoschwangerschaft nach zwei Fehlgeburten) und
  hat gelesen, dass ihr Mutterpass im Leak ist. Sie fragt, ob wir als Versicherer das
  gesehen haben und ob das Auswirkungen auf ihre private Krankenversicherung hat, die
  sie - Zufall - auch bei uns hat (Vers.-Nr. KV-3381204).

Bitte prüf, ob in der Schadenakte S-CY-24-00417 etwas über sie liegt (ich vermute: ja,
im Forensik-Artefakt und im Rückversicherungs-Update). Ich beantworte das Ersuchen
dann für uns; die Praxis muss separat antworten.

Miriam""",
             "STRICTLY_CONFIDENTIAL", "de", "internal", "DSB mail: named patient's high-risk pregnancy and her health-insurance contract")


def m110():
    return M(JB, WHITCOMBE, "Harbour Legal renewal 2025 - our terms (mit Anmerkung des Vertriebs)",
"""Hi Rachel,

as promised, renewal terms for Harbour Legal LLP (Hamburg office) - policy
CY-HH-2023-011870, expiring 1 January 2025. Below my colleague's internal note
(German, sorry) which I'm leaving in because it explains the loading.

Terms:
  Limit EUR 2,000,000 / deductible EUR 25,000 (was 5,000)
  Premium EUR 38,900 net (was 21,400), subject to:
   - MFA on all remote access (evidence: screenshot of conditional access policy)
   - EDR on all endpoints, 24/7 MDR service
   - retention policy for closed matters (max 10 years)

Jonas

> Von: Sebastian Kruse
> Jonas, bitte im Blick haben: Frau Ashworth (Managing Partner) hat mir im Vertrauen
> gesagt, dass die Kanzlei 2025 zwei Partner verliert und der Umsatz eher auf ca.
> 11 Mio. EUR fällt (2024: 13,6 Mio.). Sie möchte nicht, dass das über den Makler
> gestreut wird. Beitrag daher nicht über Umsatz rechnen, sondern über Berufsträger (38).""",
             "CONFIDENTIAL", "mixed", "insurer-to-broker", "renewal terms for insured law firm, named partner, confidential revenue; German note quoted")


def m111():
    return M(SK, "Broker distribution <broker-news@weserland-versicherung.example>",
             "Broker portal: two-factor login mandatory from 4 November",
"""Dear partners,

from 4 November 2024, logging in to the Weserland broker portal will require a second
factor (authenticator app or hardware key). SMS codes will no longer be accepted.

Why? Attackers are increasingly targeting broker accounts to get at policy data and to
redirect commission payments. Our own cyber claims show how quickly a compromised
mailbox turns into a payment-diversion loss.

What you need to do:
1. Install an authenticator app on your phone.
2. Log in once before 4 November and follow the set-up wizard.
3. Firm administrators: please remind your users.

Questions: maklerservice@weserland-versicherung.example or +49 421 5570-2200.

Kind regards
Sebastian Kruse, Broker Services""",
             "NORMAL", "en", "insurer-to-broker", "trap: MFA announcement to brokers mentioning policy data and commission payments")


def m112():
    return M(AD, FNORD, "Löwen-Apotheke: hochgeladene Rezeptfotos",
"""Hallo Herr Dr. Ahrens,

die Agentur hat die Rezeptfotos aus dem Upload-Verzeichnis des Shops gesichert, damit
Sie prüfen können, welche davon im Zeitraum abgerufen wurden (Dateinamen vs.
Access-Log). Zwei Beispiele anbei, der Rest liegt auf Ihrem Share.

Aylin""",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
             "attachment sent as octet-stream: prescription scans with patient, doctor and drugs",
             atts=[att_pdf("upload_LA-240816-0211_rezept.pdf", [
                 "Scan - Kassenrezept (Muster 16)",
                 "Krankenkasse: BKK Nordwest fiktiv   Versicherten-Nr.: T482913506",
                 "Name: Eilers, Thomas   geb. 21.03.1988",
                 "Nadorster Str. 202, 26123 Oldenburg",
                 "Rp. Emtricitabin/Tenofovirdisoproxil 200 mg/245 mg FTA N3 (3x30)",
                 "Dosierung: 1-0-0 (PrEP)",
                 "Arzt: Dr. med. Jonte Hinrichsen, Infektiologie, Oldenburg   BSNR 38 771 2200",
                 "Datum: 12.08.2024",
             ], octet=True),
                 att_pdf("upload_LA-240822-0270_rezept.pdf", [
                 "Scan - BtM-Rezept",
                 "Name: Hattermann, Lukas   geb. 05.07.2005",
                 "Ofener Str. 18, 26121 Oldenburg",
                 "Rp. Methylphenidat retard 36 mg N1 (30 St.)   Dosierung 1-0-0",
                 "Diagnose lt. Begleitschreiben: ADHS (F90.0)",
                 "Arzt: Dr. med. Wiebke Lamken, Psychiatrie und Psychotherapie",
                 "Datum: 20.08.2024",
             ], octet=True)])


def m113():
    return M("Weserland Newsletter <newsletter@weserland-versicherung.example>",
             "Newsletter Heilberufe <newsletter-heilberufe@weserland-versicherung.example>",
             "Praxis-Sicherheit kompakt: 5 Tipps gegen Erpressungstrojaner",
"""Praxis-Sicherheit kompakt - Ausgabe Oktober 2024

1. Zwei Faktoren für alle Fernzugänge. Auch für den Support Ihres PVS-Herstellers.
2. Ein Backup, das offline ist. Eine externe Festplatte, die nach der Sicherung
   abgesteckt wird, rettet im Ernstfall Ihre Praxis.
3. Testen Sie die Wiederherstellung. Zweimal im Jahr.
4. Schulen Sie Ihr Team. Die meisten Angriffe beginnen mit einer Mail.
5. Notfallplan: Wer ruft wen an? Unsere Hotline: 0421 5570-3000.

Aus der Schadenpraxis: Eine Zahnarztpraxis konnte nach einem Angriff am Montag schon am
Mittwoch wieder behandeln - weil das Offline-Backup vom Freitag funktionierte.

Abmelden: https://www.weserland-versicherung.example/newsletter/abmelden""",
             "NORMAL", "de", "newsletter", "trap: customer security newsletter (HTML) about practices; no person",
             html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h2 style="color:#1d4e89">Praxis-Sicherheit kompakt</h2><p><i>Ausgabe Oktober 2024</i></p>
<ol><li><b>Zwei Faktoren für alle Fernzugänge.</b> Auch für den Support Ihres PVS-Herstellers.</li>
<li><b>Ein Backup, das offline ist.</b> Eine externe Festplatte, die nach der Sicherung abgesteckt wird, rettet im Ernstfall Ihre Praxis.</li>
<li><b>Testen Sie die Wiederherstellung.</b> Zweimal im Jahr.</li>
<li><b>Schulen Sie Ihr Team.</b> Die meisten Angriffe beginnen mit einer Mail.</li>
<li><b>Notfallplan:</b> Wer ruft wen an? Unsere Hotline: 0421 5570-3000.</li></ol>
<p style="background:#eef3f9;padding:8px"><b>Aus der Schadenpraxis:</b> Eine Zahnarztpraxis konnte nach einem Angriff am Montag schon am Mittwoch wieder behandeln - weil das Offline-Backup vom Freitag funktionierte.</p>
<p style="font-size:8pt"><a href="https://www.weserland-versicherung.example/newsletter/abmelden">Abmelden</a></p>
</body></html>""")


def m114():
    return M(OP, BRIGHTWELL, "Your claim S-CY-24-00561 - first payment",
"""Hi Owen,

good news: we have approved the first payment on your claim.

  Hosting provider emergency support (invoice 24-0915)     EUR   1,190.00
  Notification letters (print and postage, 1,104 letters)  EUR   3,091.20
  Loss of income, 3 days closed (per your booking data)    EUR   4,350.00
  less deductible                                          EUR  -1,000.00
  Total                                                    EUR   7,631.20

We'll transfer the amount to your business account:
  Owen Brightwell, IBAN DE08 2142 4381 9311 6568 86

Your accountant's figures for September (fee income EUR 24,800 vs. EUR 29,150 last
year) will be used for the final BI calculation.

""" + SIG_OP,
             "CONFIDENTIAL", "en", "insurer-to-customer", "payment to sole-trader physiotherapist with IBAN and fee income")


def m115():
    return M("Business Continuity <bcm@weserland-versicherung.example>", "Krisenstab <krisenstab@weserland-versicherung.example>",
             "Debrief: tabletop \"Operation Nightingale\" - lessons learned",
"""Dear all,

thank you for an intense afternoon. Key lessons from the exercise:

1. Decision on the ransom question took 70 minutes - too long. We need a pre-agreed
   decision tree (Board, Legal, Compliance).
2. Nobody knew who informs the health and life customers if medical reports leak.
   Action: DPO and Claims to draft a notification process for personal lines (Q1).
3. The press holding statement was ready in 25 minutes. Well done, Communications.
4. The regulator notification template was missing an English version for the
   reinsurers. Action: Legal.
5. Out-of-band communication (Signal group) worked, but two members had no work phone
   with them.

Full minutes on the BCM SharePoint. Next exercise: spring 2025, scenario "cloud outage".

BCM""",
             "NORMAL", "en", "internal", "trap: exercise debrief on leaked medical reports (fictitious); no person")


def m116():
    return M(KO, LUEHRS, "Rechnung Briefwerk - Benachrichtigung Ihrer Patienten - bitte nicht selbst zahlen",
"""Sehr geehrte Frau Dr. Lührs, liebe Frau Kück,

die Briefwerk Bremen GmbH hat die Rechnung für den Versand der Benachrichtigungs-
schreiben versehentlich an die Praxis adressiert (Re.-Nr. BW-24-2291 über 10.712,66 EUR
brutto: 3.812 Briefe, Druck, Kuvertierung, Porto, Rückläuferbearbeitung).

Bitte zahlen Sie diese Rechnung NICHT. Wir begleichen sie direkt; ich habe Briefwerk
gebeten, die Rechnung auf uns umzuschreiben (Schaden S-CY-24-00417).

Die Rückläufer (bisher 64) schickt Briefwerk Ihnen in einem verschlossenen Umschlag -
bitte zur Patientenakte nehmen bzw. Adressen prüfen.

Mit freundlichen Grüßen
Katrin Oltmanns""",
             "CONFIDENTIAL", "de", "insurer-to-customer", "invoice handling for named insured doctor; count of patients only")


def m117():
    return M(OP, ASHBY + ", " + ASHWORTH, "Harbour Legal - letter from counsel for Mr Petrović",
"""Tom, Catherine,

we have received (through Catherine) a letter from Mr Petrović's new defence counsel,
Rechtsanwalt Sven Kühl. Summary:

- Mr Petrović is in pre-trial detention (JVA Hamburg) in the narcotics proceedings.
- Counsel says that the stolen file contained the confidential defence strategy and
  statements by Mr Petrović on co-accused persons. He fears for his client's safety in
  custody if the content circulates.
- He requests (i) a full list of documents from the matter folder that were in the
  archive, (ii) confirmation whether the data has been published, (iii) a meeting.

Tom, given the safety aspect I'd suggest we ask Kestrel to check the leak site daily
for this matter specifically. Catherine, can you confirm the firm wants us to fund
this?

Olga""",
             "STRICTLY_CONFIDENTIAL", "en", "internal", "named law-firm client in pre-trial detention, narcotics case (criminal data, § 203)")


def m118():
    return M(AD, "IT-Servicedesk <servicedesk@weserland-versicherung.example>", "Drucker 3. OG druckt keine Schadenakten mehr",
"""Hallo Servicedesk,

der Drucker am Flur 3. OG (PRN-HB-3-04) druckt seit heute früh keine PDFs aus der
Schadenakte mehr, Fehlermeldung "Secure Print: job rejected". Normale Word-Dokumente
gehen. Betrifft das ganze Team Cyber-Schaden.

Könnt ihr mal schauen? Dringend, wir müssen heute Deckungszusagen rausschicken.

Danke
Aylin""",
             "NORMAL", "de", "internal", "trap: IT ticket about printing claim files; no content")


def m119():
    return M(TW, "Krisenstab Cyber-Schaden <cyber-krise@weserland-versicherung.example>",
             "Erreichbarkeit GF Lohnbüro Nordwest am Wochenende",
"""Hallo zusammen,

für das Wochenende (Veröffentlichung der Daten auf der Leak-Seite angekündigt für
Sonntag 18 Uhr) hier die private Erreichbarkeit von Herrn Meiners, der uns ausdrücklich
darum gebeten hat, ihn auch nachts anzurufen:

  Dirk Meiners, Geschäftsführer Lohnbüro Nordwest GmbH
  privat: Hauptstraße 41, 26817 Rhauderfehn
  mobil: 0171 5550 3318, privat Festnetz 04952 5550 127
  Ehefrau (Notfall, falls er nicht rangeht): Inga Meiners, 0160 5550 8830

Bitte nur für diesen Schaden verwenden und nicht in die Kundendaten übernehmen.

Timo""",
             "CONFIDENTIAL", "de", "internal", "private address and phones of insured company's MD and his wife in claim context")


def m120():
    return M(AD, PFLEGE, "Termine Hausbesuche Schlüsseltresore - Einladung für Ihr Team",
"""Hallo Frau Stührmann,

wie besprochen übernehmen wir die Kosten für den Austausch der Schlüsseltresor-Codes
bzw. der Tresore bei den Klienten, deren Codes auf dem Laptop gespeichert waren. Der
Schlüsseldienst Delmenhorst Ost kommt an den Terminen in der Einladung; bitte schicken
Sie jeweils eine Pflegekraft mit, die die Klienten kennt.

""" + SIG_AD,
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "ICS attachment: client home visits with names, addresses, Pflegegrad and dementia notes",
             atts=[att_ics("Schluesseltresor_Termine.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weserland Versicherung//Outlook//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:s-cy-24-00468-tresor-1@weserland-versicherung.example
DTSTAMP:20241001T080000Z
DTSTART;TZID=Europe/Berlin:20241004T100000
DTEND;TZID=Europe/Berlin:20241004T110000
SUMMARY:Tresorwechsel Hedwig Kramer (PG 4, Demenz - Tochter anwesend)
LOCATION:Lange Straße 40, Delmenhorst
DESCRIPTION:Klientin Alzheimer-Demenz, bitte ruhig ansprechen. Tochter Kerstin Kramer-Lahmann 0176 5550 4412.
END:VEVENT
BEGIN:VEVENT
UID:s-cy-24-00468-tresor-2@weserland-versicherung.example
DTSTAMP:20241001T080000Z
DTSTART;TZID=Europe/Berlin:20241004T113000
DTEND;TZID=Europe/Berlin:20241004T123000
SUMMARY:Tresorwechsel Irmgard Wübbenhorst (PG 5, bettlägerig, PEG)
LOCATION:Bremer Str. 112, Delmenhorst
END:VEVENT
BEGIN:VEVENT
UID:s-cy-24-00468-tresor-3@weserland-versicherung.example
DTSTAMP:20241001T080000Z
DTSTART;TZID=Europe/Berlin:20241004T140000
DTEND;TZID=Europe/Berlin:20241004T150000
SUMMARY:Tresorwechsel Manfred Siemer (PG 4, Parkinson)
LOCATION:Oldenburger Str. 251, Delmenhorst
END:VEVENT
END:VCALENDAR
""")])


def m121():
    return M(TW, CYS, "Fallbesprechung Jour fixe 08.10. - anonymisierte Fälle",
"""Hallo zusammen,

für Dienstag zwei Fälle zur Diskussion - bewusst anonymisiert, damit wir im großen Kreis
über Grundsätze reden können (Details in der jeweiligen Akte).

Fall A: Steuerkanzlei, 3 Berufsträger, Ransomware + Leak. Mandanten verlangen Ersatz
der Kosten für neue Steuer-IDs bzw. Ausweise. Frage: Sind Kosten Dritter für neue
Ausweisdokumente unter dem Baustein "Benachrichtigung/Kreditüberwachung" gedeckt oder
Drittschaden?

Fall B: Pflegedienst, Diebstahl eines Laptops durch einen Ex-Mitarbeiter. Frage: Greift
der Ausschluss "vorsätzliche Handlungen von Mitarbeitern"? Der Täter war zum Tatzeit-
punkt schon gekündigt.

Bitte Meinungen mitbringen.

Timo""",
             "NORMAL", "de", "internal", "trap: anonymised case discussion (tax firm, care service); no person")


def m122():
    return M(OP, ASHWORTH, "Harbour Legal - compromised staff accounts (for your IT reset)",
"""Dear Catherine,

Kestrel asked me to pass on the list of staff accounts that the attacker used or whose
password hashes were extracted (DCSync on 23 August). These accounts need a forced
reset and new MFA enrolment; Kestrel recommends also resetting the KRBTGT account twice.

  trainee03   - Lukas Brenner (trainee lawyer)    used for VPN access
  jmeyer      - Johanna Meyer (secretary)         hash extracted, cracked (weak pw)
  adm-itsupp  - external IT support account       used for lateral movement
  fmarquardt  - Dr. Felix Marquardt (partner)      hash extracted, not cracked
  svc-scan    - scanner service account            used to stage archives

No client data in this mail - the matter listing stays with Tom.

""" + SIG_OP,
             "CONFIDENTIAL", "en", "insurer-to-customer", "named staff of insured law firm with compromised accounts; no client data")


def m123():
    return M(OP, "Tom Whitfield <tom.whitfield@ashbycrane.example>", "Meridian - Kestrel addendum (sample records)",
"""Tom,

Kestrel's addendum with the verified sample records is attached. I have not forwarded
it to anyone else.

Olga""",
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
             "body says only 'addendum attached': PDF with employees' pregnancy, disability and sick-leave records",
             atts=[att_pdf("Kestrel_Addendum_Meridian_sample_records.pdf", [
                 "KESTREL INCIDENT RESPONSE - ADDENDUM 1 - PRIVILEGED",
                 "Matter: Meridian People Services GmbH / Weserland claim S-CY-24-00577",
                 "Verified sample of records present in exfiltrated archive 'hrs_data_2.rar'",
                 "",
                 "Record 1: Laura Stöver, DOB 14.05.1993, Fenwick Marine GmbH - MuSchG notification, due date 18.11.2024",
                 "Record 2: Kai Dreyer, DOB 02.09.1985, Fenwick Marine GmbH - BEM file, sick leave 8 weeks, diagnosis not stated",
                 "Record 3: Benedikt Rauh, DOB 30.03.1979, Harlinger Foods GmbH - severe disability GdB 60",
                 "Record 4: Ana Markovic, DOB 21.12.1990, Harlinger Foods GmbH - pregnancy, employment ban certificate (scan)",
                 "Record 5: Aoife Brennan, DOB 17.05.1988, Fenwick Marine GmbH - sick note with ICD F32.1",
                 "",
                 "Method: hash comparison of files in archive listing against file server snapshot of 19.09.2024.",
             ])])


def m124():
    return M("Pressestelle <presse@weserland-versicherung.example>", "Jana Hollerith <j.hollerith@weser-kurier-online.example>",
             "Re: Your enquiry - cyber attacks on medical practices in Bremen",
"""Dear Ms Hollerith,

thank you for your enquiry. Please understand that we do not comment on individual
claims or on whether a particular practice or company is insured with us.

What we can say in general:
- Cyber claims in the healthcare sector have risen by 38 % in the first half of 2024
  compared with the same period last year.
- In most cases, the attackers gained access via remote maintenance tools without a
  second factor.
- A cyber policy typically pays for IT forensics, legal advice, informing patients and
  loss of income while the practice cannot work.

Timo Wessels, head of our cyber claims team, is available for a background interview
on the topic next week.

Best regards
Marie Fehrs
Press Office, Weserland Versicherung AG""",
             "NORMAL", "en", "insurer-to-press", "trap: press answer refusing to confirm individual claims; statistics only")


def m125():
    return M("Weserland Maklerportal <noreply@weserland-versicherung.example>", "n.gerdes@gerdes-toepfer.example",
             "Ihr Zugang zum Maklerportal - Einmal-Passwort",
"""Guten Tag Herr Gerdes,

für Ihren neuen Benutzer im Maklerportal wurde ein Einmal-Passwort erzeugt:

  Benutzer:        gerdes.n@vp-20418
  Einmal-Passwort: Tq7!vMe2-Lp9x

Das Passwort ist 72 Stunden gültig. Bei der ersten Anmeldung werden Sie aufgefordert,
ein eigenes Passwort zu vergeben und die Zwei-Faktor-Anmeldung einzurichten.

https://makler.weserland-versicherung.example

Diese E-Mail wurde automatisch erstellt.""",
             "NORMAL", "de", "insurer-to-broker", "one-time password mail for broker portal",
             headers=[("Auto-Submitted", "auto-generated")])


def m126():
    return M(JB, HJ + ", " + TW, "Kumulszenario \"Systemhaus\" für die Vorstandsvorlage Risikomanagement",
"""Hallo Henrik, hallo Timo,

für die Vorlage zum Risikomanagement habe ich das Kumulszenario "kompromittierter
IT-Dienstleister" neu gerechnet:

Annahme: Ein regionales Systemhaus betreut 60 Praxen/Apotheken in unserem Bestand mit
demselben Fernwartungswerkzeug. Ein Angreifer kompromittiert das Werkzeug und
verschlüsselt an einem Wochenende alle 60 Kunden.

  Ø Schadenaufwand je Praxis (IR, BU 3 Wochen, Benachrichtigung)   62.000 EUR
  60 Praxen                                                        3,72 Mio. EUR
  Drittansprüche (Art. 82), pauschal 20 %                          0,74 Mio. EUR
  Summe brutto                                                     4,46 Mio. EUR
  netto nach Quote (Rückversicherung 50 %)                         2,23 Mio. EUR

Das liegt unter unserer Kumulgrenze (5 Mio. netto), aber wir sollten die Systemhaus-
Konzentration im Fragebogen erfassen (Frage "Name Ihres IT-Dienstleisters").

Jonas""",
             "NORMAL", "de", "internal", "trap: accumulation scenario for practices and pharmacies; no insured, no person")


def m127():
    return M(FH, "IT Security <it-security@ashbycrane.example>", "Re: domain certificate ashbycrane.example - imported",
"""Hello,

thank you for sending your S/MIME domain certificate. We have imported it into our mail
gateway; from today, mail from weserland-versicherung.example to ashbycrane.example is
encrypted gateway-to-gateway. Fingerprint checked by phone with your colleague (SHA-256
ending ...9C:41:7E).

Our own domain certificate is published in the usual directory; please let us know if
you need it sent by mail.

Best regards
Frank Hoppe, CISO""",
             "NORMAL", "en", "insurer-to-lawyer", "certificate answer; no case content")


def m128():
    return M(DSB, CYS, "Rechtsprechungsübersicht immaterieller Schaden (Art. 82 DSGVO) - Stand Q3",
"""Hallo zusammen,

für die Bewertung von Drittansprüchen eine grobe Orientierung aus der veröffentlichten
Rechtsprechung (zusammengefasst, ohne Gewähr):

- Bloßer Kontrollverlust ohne weitere Folgen: eher niedrige Beträge (ca. 100-500 EUR),
  manche Gerichte weisen ganz ab, wenn keine konkrete Beeinträchtigung dargelegt ist.
- Veröffentlichung von Gesundheitsdaten: deutlich höhere Beträge (im Bereich
  1.000-5.000 EUR), je nach Sensibilität und Verbreitung.
- Berufsgeheimnisse (Mandantendaten, Steuerunterlagen): ähnlich hoch, wenn die Daten
  tatsächlich veröffentlicht wurden.
- Massenverfahren über Legal-Tech-Anbieter: Beträge je Person meist niedrig, aber die
  Anzahl macht's.

Für die Reservierung schlage ich vor: 250 EUR je benachrichtigter Person als Pauschale,
1.500 EUR bei nachweislich veröffentlichten Gesundheits-/Mandantendaten.

Miriam""",
             "NORMAL", "de", "internal", "trap: case-law overview on damages for leaked health/client data; no person")


def m129():
    return M(OP, BALTICA, "Re: accumulation question - shared IT providers / Kumul Systemhaus",
"""Lars,

re your question on accumulation via shared IT service providers: we ran the scenario
last week (60 practices, one compromised remote-maintenance tool). Result: EUR 4.46m
gross / 2.23m net, below our internal limit. I'm pasting the relevant part of Jonas's
internal note in German - happy to translate if needed.

> Das liegt unter unserer Kumulgrenze (5 Mio. netto), aber wir sollten die
> Systemhaus-Konzentration im Fragebogen erfassen (Frage "Name Ihres IT-Dienstleisters").

From January we will collect the IT provider's name in the questionnaire, so we can map
concentrations properly. We will share anonymised concentration data (number of
insureds per provider, no names) with you once we have a year of data.

Best, Olga""",
             "NORMAL", "mixed", "insurer-to-partner", "trap: accumulation discussion with reinsurer; German quote; no insured named")


def m130():
    return M(FH, DSB, "DLP-Alarm 14:02 - Fehlalarm, keine Datenpanne",
"""Hallo Miriam,

zur Info: Das DLP-System hat heute um 14:02 eine ausgehende Mail aus dem Cyber-Schaden
blockiert (Betreff "Patientenliste Vorlage", Anhang XLSX). Ich habe mir den Anhang im
Quarantäne-Viewer angesehen: Es ist die leere Spaltenvorlage, die wir Versicherungs-
nehmern für den Druckdienstleister geben (Spalten Name, Vorname, Straße, PLZ, Ort,
Anrede - keine Zeilen mit Daten).

Die Mail ist freigegeben, kein Vorfall. Ich passe die Regel an, damit die Vorlage nicht
jedes Mal anschlägt (Hash-Ausnahme).

Frank""",
             "NORMAL", "de", "internal", "trap: DLP false positive about an empty 'Patientenliste' template")


def m131():
    return M(SK, "Broker distribution <broker-news@weserland-versicherung.example>",
             "Warning: fake \"Weserland claims payment\" emails in circulation",
"""Dear partners,

we are aware of fraudulent emails that appear to come from Weserland's claims
department. They announce a "claims payment" and ask the recipient to confirm or update
bank details via a link, or they attach a file "Zahlungsavis.html".

Please note:
- We never ask for bank details via a link.
- Payment advices from us come as PDF from our secure mail system.
- Our domain is weserland-versicherung.example - look closely, the fraudsters use
  look-alike domains with swapped letters.

If you or your clients received such a mail, please forward it as an attachment to
phishing@weserland-versicherung.example and delete it.

Kind regards
Broker Services, Weserland Versicherung AG""",
             "NORMAL", "en", "insurer-to-broker", "trap: phishing warning about fake claims payments and bank details")


def m132():
    return M(AD, "Fachbereich Schadensystem <schadensystem-fach@weserland-versicherung.example>",
             "Testfall für UAT: Cyber-Schaden mit Betroffenenbenachrichtigung",
"""Hallo Fachbereich,

für den Abnahmetest des neuen Schadensystems (Release 25.1) hier unser Testfall Cyber.
Bitte NUR in der Testumgebung anlegen. Alle Daten sind fiktiv.

  VN:              Max Mustermann Zahnarztpraxis (fiktiv), Musterstraße 1, 12345 Musterstadt
  Vertrag:         TEST-CY-0000001
  Schadenart:      Ransomware mit Datenabfluss
  Betroffene:      1.000 (Patienten, fiktiv, keine Liste)
  Zahlung an VN:   IBAN DE89 3704 0044 0532 0130 00 (veröffentlichte Beispiel-IBAN)
  Erwartung:       Workflow "Benachrichtigung" startet, Reserve-Vorschlag 45.000 EUR,
                   Pflichtfeld "DSB informiert" erscheint

Bitte Ergebnis im Testprotokoll TP-CY-07 eintragen.

Danke, Aylin""",
             "NORMAL", "de", "internal", "trap: UAT test case with Mustermann and published example IBAN")


def m133():
    return M(DSB, "DS-Koordinatoren <ds-koordinatoren@weserland-versicherung.example>",
             "Tagesordnung Datenschutz-Koordinationskreis 22.10.",
"""Hallo zusammen,

Tagesordnung für den Koordinationskreis am 22.10., 14 Uhr:

1. Protokoll der letzten Sitzung
2. Umgang mit Gesundheitsdaten Dritter in Cyber-Schadenakten (Bericht Cyber-Schaden)
3. Löschkonzept Schadenakten: Fristen für Forensikberichte
4. Neue Vorlage Auskunftsersuchen Art. 15
5. Schulungsplan 2025 (Pflichtschulung Datenschutz, E-Learning)
6. Verschiedenes

Unterlagen kommen bis Freitag.

Miriam Sauer""",
             "NORMAL", "de", "internal", "trap: DPO meeting agenda mentioning Gesundheitsdaten; no person")


def m134():
    return M(TW, HJ, "Panel review 2024 - vendor scorecard (summary)",
"""Henrik,

summary of the annual panel review, as input for the 2025 contracts (English because
Kestrel and Threshold get the same feedback):

vendor                    cases  callback <1h  report on time  customer rating (1-5)
Forensik Nord GmbH          48       96 %          81 %              4.6
Kestrel Incident Response   11      100 %          91 %              4.4
Hallermann Rechtsanwälte    52       n/a           88 %              4.8
Ashby Crane LLP              9       n/a          100 %              4.2
Threshold Negotiations       6      100 %          n/a               4.5
Briefwerk Bremen GmbH       14       n/a           93 %              4.1

Recommendation: extend all; ask Forensik Nord for a second on-call team (capacity in
the September wave was an issue).

Timo""",
             "NORMAL", "en", "internal", "trap: vendor scorecard; companies only, no person")


def m135():
    return M(AD, BRANDES, "Schlussabrechnung S-CY-24-00452",
"""Sehr geehrter Herr Brandes,

wir schließen den Schaden mit folgender Abrechnung ab:

  Forensik Nord (direkt gezahlt)                      14.920,00 EUR
  Pixelwerk Oldenburg, Wiederherstellung Webshop      6.380,00 EUR
  Hallermann Rechtsanwälte (direkt gezahlt)            4.115,60 EUR
  Benachrichtigung (Briefwerk, 612 Briefe)             1.746,30 EUR
  Ertragsausfall Versandhandel 19 Tage                 9.870,00 EUR
  abzgl. Selbstbehalt                                 -2.500,00 EUR
  abzgl. Abschlag vom 27.09.                         -12.400,00 EUR
  Restzahlung an Sie                                   1.350,00 EUR

Die Restzahlung überweisen wir auf Ihr Konto DE67 5096 2364 8919 3833 48 (nach
telefonischer Bestätigung vom 26.09. unverändert).

Mit freundlichen Grüßen
Aylin Demir""",
             "CONFIDENTIAL", "de", "insurer-to-customer", "final settlement to sole-trader pharmacist with IBAN")


def m136():
    return M(KO, STEINMEYER, "AW: Rückruf Überweisung gescheitert - Nachweis",
"""Sehr geehrter Herr Dr. Steinmeyer,

danke für die Bankbestätigung. Damit liegen alle Unterlagen vor; wir zahlen den
Drittschaden (45.000 EUR nach Abzug des Selbstbehalts, Sublimit 50.000 EUR) in den
nächsten Tagen auf das Anderkonto der Kanzlei, damit Sie die Auszahlung im Mandat
nachholen können.

Mit freundlichen Grüßen
Katrin Oltmanns

> Am 01.10.2024 schrieb Dr. Jan Steinmeyer:
> Sehr geehrte Frau Oltmanns,
> anbei die Bestätigung der Elbe-Volksbank eG, dass der
> Rückruf der Überweisung vom 21.08. bei der litauischen Empfängerbank erfolglos war,
> das Konto war bereits leergeräumt. Strafanzeige ist gestellt (LKA Hamburg).
> Mit freundlichen Grüßen
> Jan Steinmeyer""",
             "CONFIDENTIAL", "de", "insurer-to-customer", "payment for named partner of insured law firm; client not identified")


def m137():
    return M(AD, HALLER, "Köhler & Vogt - Identitätsmissbrauch bei einer Mitarbeiterin",
"""Frau Dr. Hallermann,

Frau Köhler berichtet, dass mit den Ausweisdaten ihrer Mitarbeiterin Corinna Hesse
(geb. 17.06.1988, wohnhaft in Achim) inzwischen zwei Kundenkonten bei Online-Händlern
und ein Handyvertrag abgeschlossen wurden. Frau Hesse hat Anzeige erstattet und eine
Schufa-Auskunft angefordert; dort ist ein neuer Kreditrahmen über 2.000 EUR eingetragen.

Frage: Können wir über den Baustein Identitätsschutz auch die Anwaltskosten von Frau
Hesse für die Bereinigung übernehmen? Sie ist ja nicht VN, sondern Beschäftigte der VN.

""" + SIG_AD,
             "CONFIDENTIAL", "de", "insurer-to-lawyer", "employee of insured firm named with birth date and credit entry; no client data")


def m138():
    return M(AD, "Anja Kiefer <kontakt@kiefer-personalberatung.example>", "Zahlung S-CY-24-00611",
"""Sehr geehrte Frau Kiefer,

wir haben heute 3.840,00 EUR an Sie überwiesen (Forensik-Eigenanteil Ihres
Mail-Anbieters, Ihre Arbeitszeit für die Benachrichtigung der Kandidaten, Porto), auf
Ihr Konto

  Anja Kiefer, IBAN DE90 3507 9027 3117 0798 44

Der Selbstbehalt von 500 EUR ist berücksichtigt.

Mit freundlichen Grüßen
Aylin Demir""",
             "CONFIDENTIAL", "de", "insurer-to-customer", "payment advice to sole-trader consultant with IBAN")


def m139():
    return M(SK, JB, "WG: Antrag CyberSchutz Freie Berufe - StB Henning Rademacher",
"""Jonas, Antrag über Gerdes & Töpfer. Fragebogen ist vollständig, bitte Votum.
Sebastian

-----Ursprüngliche Nachricht-----
Von: Nils Gerdes <n.gerdes@gerdes-toepfer.example>
Betreff: Antrag CyberSchutz Freie Berufe - StB Henning Rademacher

Moin Herr Kruse,

anbei die Eckdaten für meinen Kunden, Einzelkanzlei:

  Henning Rademacher, Steuerberater, geb. 02.08.1963
  Kanzlei: Lange Str. 5, 27232 Sulingen
  Honorarumsatz 2023: 512.000 EUR, Mitarbeiter: 6
  Vorversicherung: keine, Vorschäden: keine
  IT: Kanzleisoftware im Rechenzentrum, MFA ja, Backup beim Rechenzentrum
  Gewünscht: VS 500.000 EUR, SB 1.000 EUR

Herr Rademacher möchte nach den Fällen bei den Kollegen in Verden "nicht der Nächste
sein". Policierung bitte zum 01.11.

Gruß Nils Gerdes""",
             "CONFIDENTIAL", "de", "broker", "proposal: sole tax adviser's birth date and fee income")


def m140():
    return M(OP, GALLAGHER, "Endorsement: limit increase from 1 January 2025",
"""Dear Niamh,

as requested by Mr Conor Walsh (Managing Director), we confirm the endorsement to your
policy CY-HB-2024-012390 from 1 January 2025:

  Limit:       EUR 3,000,000 (was 2,000,000)
  Deductible:  EUR 25,000 (unchanged)
  Additional premium: EUR 11,600 p.a. net plus 19 % insurance tax

The open claim S-CY-24-00577 remains subject to the old limit.

""" + SIG_OP,
             "CONFIDENTIAL", "en", "insurer-to-customer", "endorsement for insured company addressed to named contact, MD named")


def m141():
    return M(OP, LUEHRS + ", " + HALLER, "Final forensic report - executive summary in English (for your IT provider)",
"""Dear Dr. Lührs,

as requested, the executive summary of Forensik Nord's final report in English, since
the new managed-service provider of your practice works in English:

- Initial access on 28 August 2024 via the remote maintenance account of your former IT
  provider (password unchanged since 2021, no MFA).
- Ransomware "BlackMoth" deployed on 1 September 2024, 23:50.
- Approx. 2.1 GB exfiltrated from the server's "Befunde" and "Export" folders.
- Data categories affected: patient master data, findings and letters, lab results.
  (Details of individual patients are in the confidential annex, which we are not
  sending by email.)
- Systems fully restored from the offline backup of 25 August 2024.

Please let me know if your provider needs anything else.

""" + SIG_OP,
             "CONFIDENTIAL", "en", "insurer-to-customer", "report summary to named insured doctor; data categories only, no patient")


def m142():
    return M(TW, "Rechnungsprüfung Cyber <rechnungspruefung-cyber@weserland-versicherung.example>",
             "Freigabe Rechnung Threshold Negotiations - zwei Schäden",
"""Hallo,

bitte die Rechnung TN-2024-0412 der Threshold Negotiations B.V. freigeben:

  S-CY-24-00417 (Dr. med. Annette Lührs, Bremen):  14,5 h x 320 EUR = 4.640,00 EUR
  S-CY-24-00503 (Köhler & Vogt StB, Verden):        9,0 h x 320 EUR = 2.880,00 EUR
  Summe netto 7.520,00 EUR, Reverse Charge (NL)

Bank: Threshold Negotiations B.V., IBAN NL28 ABNX 5828 3722 60

Sachlich richtig, Stunden mit den Protokollen abgeglichen. In beiden Fällen wurde kein
Lösegeld gezahlt.

Timo""",
             "CONFIDENTIAL", "de", "internal", "invoice approval naming insured doctor and tax firm with claims")


def m143():
    return M(KO, HALLER, "Lührs - Anspruchsschreiben für Patient Bartels",
"""Frau Dr. Hallermann,

das nächste Anspruchsschreiben (Art. 82) ging bei der Praxis ein, Kopie unten. Bitte
übernehmen Sie die Abwehr/Verhandlung; Deckung ist zugesagt. Herr Bartels ist 84 und
wird von seinem Sohn vertreten.

Gruß K. Oltmanns

------------------------------------------------------------------------
Rechtsanwälte Fricke & Lange, Bremen-Vegesack
In Sachen Günter Bartels ./. Dr. med. Annette Lührs

Unser Mandant, vertreten durch seinen Sohn Uwe Bartels als Betreuer, ist seit 2006
Patient Ihrer Mandantin. Durch die Veröffentlichung auf der Leak-Seite sind seine
Laborwerte (Niereninsuffizienz Stadium 3b, eGFR 38), die Diagnose Vorhofflimmern und die
Medikation (Apixaban, Bisoprolol) für jedermann abrufbar. Unser Mandant ist seitdem in
großer Sorge, Nachbarn hätten davon erfahren.

Wir fordern einen immateriellen Schadensersatz von 3.000 EUR bis zum 31.10.2024.
------------------------------------------------------------------------""",
             "STRICTLY_CONFIDENTIAL", "de", "lawyer", "lawyer's claim for named patient: CKD, atrial fibrillation, medication")


def m144():
    return M(KO, PETERSEN, "AW: AW: AW: PVS wieder online - Restarbeiten",
"""Hallo Herr Petersen,

danke, dann schließen wir die Wiederherstellung so ab. Rechnung bitte wie besprochen an
uns (Schaden S-CY-24-00417), nicht an die Praxis.

Gruß K. Oltmanns

-----Ursprüngliche Nachricht-----
Von: Tobias Petersen
Gesendet: Mittwoch, 25. September 2024 17:20
Betreff: AW: AW: PVS wieder online - Restarbeiten

Frau Oltmanns,
Restarbeiten erledigt: Drucker Anmeldung, Kartenterminal, Scanner-Profil Labor.
Der neue Fernwartungszugang läuft über den Jump-Host mit MFA, das alte Konto ist gelöscht.
MfG T. Petersen

-----Ursprüngliche Nachricht-----
Von: Katrin Oltmanns
Gesendet: Mittwoch, 25. September 2024 09:02
Betreff: AW: PVS wieder online - Restarbeiten

Herr Petersen, was fehlt noch bis zur Abnahme? Die Praxis meldet, dass das Scannen noch
nicht geht. Und bitte bestätigen, dass der alte Zugang weg ist.

-----Ursprüngliche Nachricht-----
Von: Sandra Kück <praxis@hausarzt-luehrs.example>
Gesendet: Dienstag, 24. September 2024 18:47
An: Tobias Petersen; Katrin Oltmanns
Betreff: PVS wieder online - Restarbeiten

Hallo zusammen,
PVS läuft wieder, danke! Aber Scanner geht nicht und Drucker im Labor auch nicht.
Ich hab zum Test mal einen Befund durch den Scanner gejagt und der landet irgendwo im
Nirvana. Hier der Text, den ich abgetippt habe, damit Herr Petersen sieht, wie das
Dokument aussehen muss:

  Laborbefund vom 23.09.2024 - Patientin: Meryem Arslan, geb. 09.09.1964
  HbA1c 9,1 % (erhöht), Nüchternglukose 187 mg/dl, Kreatinin 1,1 mg/dl
  Beurteilung: Diabetes mellitus Typ 2, schlecht eingestellt (E11.9)
  Dr. A. Lührs

LG S. Kück""",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
             "deep in quoted thread: MFA typed a named patient's lab results and diabetes diagnosis")


def m145():
    return M(OP, ASHBY, "Apotheke am Hafen - probation officer asks about Mr Behrens",
"""Tom,

another delicate one. Sarah received a call and then this mail from the probation
officer of Kevin Behrens (one of the substitution patients on the stolen list). Can the
pharmacy confirm anything at all to the probation service? My instinct is no, not
without Mr Behrens's written consent.

Olga

> From: Bewährungshilfe Bremerhaven <bewaehrungshilfe@justiz-bhv.example>
> Subject: Herr Kevin Behrens, geb. 19.01.1984
>
> Dear Mrs Whitlock,
> as Mr Behrens's probation officer (conviction for drug-related theft, Amtsgericht
> Bremerhaven 2022, probation until 2025) I have been told by Mr Behrens that his data
> concerning his substitution therapy with L-Polamidon were stolen from your pharmacy.
> He is very anxious and has missed two appointments. Could you confirm the incident
> in writing so that I can document it in his file?
> Regards, J. Kramer, Bewährungshelferin""",
             "STRICTLY_CONFIDENTIAL", "en", "third-party", "named patient: opioid substitution, criminal conviction and probation")


def m146():
    return M("Ralf Ostermann <ralf.ostermann@weserland-versicherung.example>", KO,
             "BU-Leistungsantrag Dr. Lührs - Bitte um Info aus der Cyber-Akte?",
"""Hallo Frau Oltmanns,

ich bin Leistungsprüfer in der BU. Frau Dr. med. Annette Lührs (BU-Vertrag
LV-2011-0487723, versicherte BU-Rente 3.500 EUR/Monat) hat einen Leistungsantrag
gestellt: Lumbaler Bandscheibenvorfall mit Operation, anschließend Reha, jetzt
Anpassungsstörung/Erschöpfung (F43.2), 50 % Tätigkeitsminderung als Hausärztin.

Im Antrag erwähnt sie, die Belastung durch den Cyberangriff auf ihre Praxis habe
wesentlich beigetragen. Gibt es in Ihrer Akte etwas, was für die Beurteilung der
Arbeitsfähigkeit bzw. des Praxisbetriebs relevant ist (z. B. Umsatzzahlen)?

Ich weiß, dass das heikel ist - falls Sie das ohne Einwilligung nicht dürfen, sagen Sie
es bitte einfach.

Gruß
Ralf Ostermann
Leistungsprüfung BU, Leben""",
             "STRICTLY_CONFIDENTIAL", "de", "internal", "disability (BU) claim of the insured doctor: diagnosis F43.2, surgery, rehab; life contract")


def m147():
    return M(OP, ASHBY + ", " + ASHWORTH, "URGENT - Harbour Legal - Ms Aksoy's safety",
"""Tom, Catherine,

urgent: Ms Selin Aksoy (matter Crime/2023-088, she is the victim and joint plaintiff in
the domestic violence case) called the firm this morning. Her file in the stolen
archive contains her current address in the women's shelter and the protection order
(Gewaltschutzanordnung) against her ex-partner, who is on remand until next month.

She is terrified that he or his family get the data. Kestrel has not seen the archive
published yet.

Proposal: (1) firm informs the police/victim protection officer today, (2) we fund
temporary relocation costs as mitigation under the crisis management module - I will
clear this with Timo, (3) Kestrel monitors the leak site hourly for this matter.

Please call me as soon as you read this: +49 160 5570 3371.

Olga""",
             "STRICTLY_CONFIDENTIAL", "en", "internal", "named domestic-violence victim, protection order, shelter address (§ 203, criminal matter)")


def m148():
    return M(OP, THRESH, "Nocturne published KV data - what's listed (mit Originalauszug)",
"""Daan,

Nocturne went ahead and published a first batch of the Köhler & Vogt data last night,
despite the ongoing chat. I'm pasting the directory listing as shown on the leak page
(German folder names, I've added English notes in brackets). Please use this in the chat
to challenge their "final deadline" claim - they published before it expired.

  /KV-SRV02/Mandanten/
    10587_Bruns_Torsten/ESt2023/Lohnsteuerbescheinigung.pdf   [wage tax certificate]
    11230_Menke_Ulrike/ESt2023/agB_Krankheitskosten_Onkologie.pdf   [medical costs, oncology]
    12004_Hollmann_Margret/ErbSt/Testament_Kopie.pdf   [copy of will]
    12316_Prigge/ESt2023/Kirchenaustritt_Bescheinigung.pdf   [certificate leaving the church]
    12551_Ahrens_Jonas/Insolvenz/Verbraucherinsolvenz_Antrag.pdf   [personal insolvency]

Insured is informing the affected clients today.

Olga""",
             "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-supplier",
             "leak listing of tax-firm clients: oncology costs, religion, insolvency (§ 203); German paths with English notes")


def m149():
    return M(AD, MEINERS, "AW: Anfrage Hof Eden Molkerei - Mutterschutzmeldungen",
"""Hallo Herr Meiners,

zu Ihrer Frage: Ja, bitte beantworten Sie die Anfrage der Personalleitung von Hof Eden
so, wie Frau Dr. Hallermann es vorgeschlagen hat - aber ohne die Details zu den
einzelnen Mitarbeiterinnen per Mail zu wiederholen.

Gruß
Aylin Demir

> -----Ursprüngliche Nachricht-----
> Von: Dirk Meiners
> Betreff: Anfrage Hof Eden Molkerei - Mutterschutzmeldungen
>
> Frau Demir,
> Hof Eden fragt, ob die Mutterschutzunterlagen im Leak sind. Ja, leider: im Ordner
> "HofEden/MuSchG" lagen die Meldungen für Svenja Claußen (ET 12.01.2025, Beschäftigungs-
> verbot ab 10/2024) und für Lea Hinrichs (Fehlgeburt im Juli, Mutterschutz nach
> § 3 Abs. 4 MuSchG wurde nicht beantragt, aber die Arztbescheinigung lag drin).
> Was sage ich denen?
> Meiners""",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "quoted: named employees' pregnancy, employment ban and miscarriage")


def m150():
    return M(OP, BRIGHTWELL, "Re: Mrs Petersen called again",
"""Hi Owen,

thanks for letting me know. I've spoken to Carola: you can tell Mrs Petersen that her
appointment entries (pelvic floor therapy after the birth of her daughter in May, 6
sessions, referral by her gynaecologist) were in the stolen table, and nothing else -
no reports, no invoices. Please don't speculate about who might have the data.

If she wants compensation, please do not promise anything; ask her to put it in writing
and send it to me.

Olga

> On 30 Sep 2024, at 18:02, Owen Brightwell wrote:
> Nadja Petersen called again, crying. She says her ex found out she was in therapy with
> us and is using it in their custody dispute ("she can't even look after herself").
> What can I tell her?""",
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "named patient: postpartum pelvic-floor therapy, custody dispute")


# --------------------------------------------------------------------------------------
# Writing and checking
# --------------------------------------------------------------------------------------
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
LANGS = ("de", "en", "mixed")
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}


def all_mails():
    g = globals()
    return [(i, g["m%03d" % i]()) for i in range(1, N_MAILS + 1)]


def fname(i):
    return "d%s-%04d.eml" % (NN, i)


def write():
    out = os.path.join(HERE, "mails")
    os.makedirs(out, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, d in all_mails():
        with open(os.path.join(out, fname(i)), "wb") as f:
            f.write(_build_msg(d, i))
        rows.append("\t".join([fname(i), d["label"], d["lang"], d["kind"], d["reason"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s and labels.tsv" % (N_MAILS, out))


IBAN_LEN = {"DE": 22, "GB": 22, "NL": 18, "LT": 20, "AT": 20, "FR": 27, "CH": 21, "IE": 22}


def iban_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def find_ibans(text):
    found = []
    for m in re.finditer(r"(?<![A-Za-z0-9])([A-Z]{2})(\d{2})(?=[ ]?[A-Z0-9])", text):
        cc = m.group(1)
        if cc not in IBAN_LEN:
            continue
        need = IBAN_LEN[cc] - 4
        j, chars = m.end(), []
        while j < len(text) and len(chars) < need:
            c = text[j]
            if c.isalnum() and c.isascii():
                chars.append(c.upper())
            elif c == " " and j + 1 < len(text) and text[j + 1].isalnum():
                pass
            else:
                break
            j += 1
        if len(chars) == need and not (j < len(text) and text[j].isalnum() and text[j].isascii()):
            found.append(cc + m.group(2) + "".join(chars))
    return found


def _check_zip(name, data, texts):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, name
    names = z.namelist()
    for zi in z.infolist():
        assert zi.date_time == ZIP_TS, (name, zi.filename)
    low = name.lower()
    if low.endswith(".docx"):
        assert "word/document.xml" in names, name
    if low.endswith(".xlsx"):
        assert "xl/workbook.xml" in names and "xl/worksheets/sheet1.xml" in names, name
    if low.endswith((".odt", ".ods")):
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED, name
    for n in names:
        b = z.read(n)
        if n.endswith((".xml", ".rels")):
            ET.fromstring(b)
            # OOXML namespace / relationship-type URIs are format identifiers, not hosts
            texts.append(re.sub(r"http://schemas\.openxmlformats\.org/[^\"\s<>]*", "", b.decode("utf-8")))
        else:
            _check_file(n, b, None, texts)


def _check_pdf(name, data, texts):
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF"), name
    sx = int(data.rsplit(b"startxref", 1)[1].split()[0])
    assert data[sx:sx + 4] == b"xref", name
    lines = data[sx:].split(b"\n")
    count = int(lines[1].split()[1])
    for k in range(1, count):
        off = int(lines[2 + k].split()[0])
        assert data[off:].startswith(("%d 0 obj" % k).encode()), (name, k)
    texts.append(data.decode("latin-1"))


def _check_file(name, data, charset, texts):
    low = name.lower()
    if low.endswith((".zip", ".docx", ".xlsx", ".odt", ".ods")):
        _check_zip(name, data, texts)
    elif low.endswith(".pdf"):
        _check_pdf(name, data, texts)
    elif low.endswith(".csv"):
        try:
            t = data.decode(charset or "utf-8")
        except UnicodeDecodeError:
            t = data.decode("windows-1252")  # Excel-style CSV without charset parameter
        rows = list(csv.reader(io.StringIO(t), delimiter=";" if t.count(";") > t.count(",") else ","))
        assert len(rows) >= 2 and len(rows[0]) >= 2, name
        texts.append(t)
    elif low.endswith(".ics"):
        t = data.decode(charset or "utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR") and "BEGIN:VEVENT" in t, name
        texts.append(t)
    else:
        texts.append(data.decode(charset or "utf-8"))


def check():
    errors = []
    base = os.path.join(HERE, "mails")
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "bad header"
    rows = [l.split("\t") for l in lines[1:] if l]
    if len(rows) != N_MAILS:
        errors.append("labels.tsv has %d rows" % len(rows))
    counts, langs = {}, {}
    for r in rows:
        if len(r) != 5 or not all(r):
            errors.append("bad row %r" % (r,))
            continue
        fn, lab, lang, kind, reason = r
        counts[lab] = counts.get(lab, 0) + 1
        langs[(lab, lang)] = langs.get((lab, lang), 0) + 1
        if lab not in LABELS:
            errors.append("%s: bad label %s" % (fn, lab))
        if lang not in LANGS:
            errors.append("%s: bad lang %s" % (fn, lang))
        if lab != "NORMAL" and reason.startswith("trap:"):
            errors.append("%s: trap reason on sensitive mail" % fn)
    if counts != EXPECTED:
        errors.append("label counts %r" % counts)
    files = sorted(os.listdir(base))
    if files != [fname(i) for i in range(1, N_MAILS + 1)]:
        errors.append("unexpected file list in mails/")
    n_att, n_ibans = 0, 0
    for i in range(1, N_MAILS + 1):
        fn = fname(i)
        raw = open(os.path.join(base, fn), "rb").read()
        if raw.count(b"\n") != raw.count(b"\r\n") or raw.count(b"\r") != raw.count(b"\r\n"):
            errors.append("%s: not pure CRLF" % fn)
        msg = message_from_bytes(raw, policy=_default_policy)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg[h]:
                errors.append("%s: missing %s" % (fn, h))
        if msg.defects:
            errors.append("%s: defects %r" % (fn, msg.defects))
        texts = [str(v) for k, v in msg.items()]
        try:
            for part in msg.walk():
                for k, v in part.items():
                    texts.append(str(v))
                if part.is_multipart():
                    continue
                fnm = part.get_filename()
                payload = part.get_payload(decode=True)
                if fnm:
                    n_att += 1
                    _check_file(fnm, payload, part.get_content_charset(), texts)
                elif part.get_content_maintype() == "text":
                    texts.append(payload.decode(part.get_content_charset() or "utf-8"))
                else:
                    errors.append("%s: unnamed non-text part %s" % (fn, part.get_content_type()))
        except Exception as e:  # noqa
            errors.append("%s: attachment/part error %r" % (fn, e))
        text = "\n".join(texts)
        for m in re.finditer(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", text):
            if not m.group(1).lower().endswith(".example"):
                errors.append("%s: non-.example address %s" % (fn, m.group(0)))
        for m in re.finditer(r"(?:https?://|\bwww\.)([^/\s\"'<>)\]]+)", text):
            host = m.group(1).rstrip(".,;:")
            if m.group(0).startswith("www."):
                host = "www." + host
            if not host.lower().endswith(".example"):
                errors.append("%s: non-.example URL host %s" % (fn, host))
        for ib in find_ibans(text):
            n_ibans += 1
            if not iban_ok(ib):
                errors.append("%s: IBAN checksum fails %s" % (fn, ib))
    print("mails: %d, attachments checked: %d, IBANs validated: %d" % (N_MAILS, n_att, n_ibans))
    print("labels: " + ", ".join("%s=%d" % (k, counts.get(k, 0)) for k in LABELS))
    for lab in LABELS:
        print("  %-22s " % lab + "  ".join("%s=%d" % (lg, langs.get((lab, lg), 0)) for lg in LANGS))
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
