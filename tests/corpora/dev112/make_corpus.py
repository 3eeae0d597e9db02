#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev112 for Siegel: scanned, OCR'd, faxed and pasted text at an insurer.

All content is hand-written in the functions m001 ... m150 below; helpers only
turn that content into MIME parts or attachment files.  Standard library only,
deterministic, no network.

    python make_corpus.py          # writes mails/d112-0001.eml ... and labels.tsv
    python make_corpus.py --check  # re-parses and validates the output
"""
import csv
import datetime
import email
import email.policy
import email.utils
import hashlib
import io
import os
import re
import sys
import zipfile
from email.message import EmailMessage
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
NN = "112"
N_MAILS = 150
ZIP_TS = (2024, 1, 2, 8, 0, 0)
INS = "lindenhof-vers.example"

# ---------------------------------------------------------------- MIME helpers


def M(frm, to, subj, body=None, html=None, atts=(), charset="utf-8",
      cte=None, cc=None, hdrs=(), html_charset="utf-8"):
    """Build one message. body=plain text, html=HTML (alone or as alternative)."""
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subj
    for k, v in hdrs:
        msg[k] = v
    if body is not None:
        kw = {"charset": charset}
        if cte:
            kw["cte"] = cte
        msg.set_content(body, **kw)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=html_charset)
    elif html is not None:
        msg.set_content(html, subtype="html", charset=html_charset)
    for a in atts:
        a(msg)
    return msg


def _bin(data, maintype, subtype, name):
    def add(msg):
        msg.add_attachment(data, maintype=maintype, subtype=subtype,
                           filename=name)
    return add


def TXT(name, text, charset="utf-8", subtype="plain"):
    def add(msg):
        msg.add_attachment(text, subtype=subtype, charset=charset,
                           filename=name, cte="quoted-printable"
                           if charset.lower() != "us-ascii" else "7bit")
    return add


def CSV(name, text, charset="utf-8", mime="text/csv"):
    data = text.replace("\n", "\r\n").encode(charset)
    mt, st = mime.split("/")
    return _bin(data, mt, st, name)


def HTMLATT(name, html):
    return _bin(html.encode("utf-8"), "text", "html", name)


def ICS(name, text):
    return _bin(text.replace("\n", "\r\n").encode("utf-8"), "text",
                "calendar", name)


def _pdf_bytes(pages):
    """pages: list of lists of text lines -> simple PDF (Helvetica, WinAnsi)."""
    def esc(s):
        b = s.encode("cp1252", "replace")
        return (b.replace(b"\\", b"\\\\").replace(b"(", b"\\(")
                .replace(b")", b"\\)"))
    objs = []
    n_pages = len(pages)
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                b"/Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        stream = b"BT /F1 10 Tf 12 TL 50 800 Td\n"
        for ln in lines:
            stream += b"(" + esc(ln) + b") Tj T*\n"
        stream += b"ET\n"
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
                     % (5 + 2 * i)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream +
                    b"endstream")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return out


def PDF(name, text, mime="application/pdf"):
    """text: str; pages separated by a form feed \\f."""
    pages = [p.split("\n") for p in text.split("\f")]
    mt, st = mime.split("/")
    return _bin(_pdf_bytes(pages), mt, st, name)


def _zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, stored in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _docx_bytes(paras):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                   % _x(p) for p in paras)
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
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
    return _zip([("[Content_Types].xml", ct, False), ("_rels/.rels", rels, False),
                 ("word/document.xml", doc, False)])


def DOCX(name, text):
    return _bin(_docx_bytes(text.split("\n")), "application",
                "vnd.openxmlformats-officedocument.wordprocessingml.document", name)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _xlsx_bytes(rows):
    xr = []
    for r, row in enumerate(rows):
        cells = "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>'
                        % (_col(c), r + 1, _x(v)) for c, v in enumerate(row))
        xr.append('<row r="%d">%s</row>' % (r + 1, cells))
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
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Tabelle1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
    return _zip([("[Content_Types].xml", ct, False), ("_rels/.rels", rels, False),
                 ("xl/workbook.xml", wb, False),
                 ("xl/_rels/workbook.xml.rels", wbrels, False),
                 ("xl/worksheets/sheet1.xml", sh, False)])


def XLSX(name, rows):
    return _bin(_xlsx_bytes(rows), "application",
                "vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'office:version="1.2"')


def _odf(mime, inner):
    man = ('<?xml version="1.0" encoding="UTF-8"?>'
           '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
           '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
           '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
           '</manifest:manifest>' % mime)
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content %s><office:body>%s</office:body>'
               '</office:document-content>' % (_ODF_NS, inner))
    return _zip([("mimetype", mime, True), ("META-INF/manifest.xml", man, False),
                 ("content.xml", content, False)])


def ODT(name, text):
    inner = "<office:text>%s</office:text>" % "".join(
        "<text:p>%s</text:p>" % _x(p) for p in text.split("\n"))
    mime = "application/vnd.oasis.opendocument.text"
    return _bin(_odf(mime, inner), "application",
                "vnd.oasis.opendocument.text", name)


def ODS(name, rows):
    trs = "".join("<table:table-row>%s</table:table-row>" % "".join(
        '<table:table-cell office:value-type="string"><text:p>%s</text:p>'
        '</table:table-cell>' % _x(v) for v in row) for row in rows)
    inner = ('<office:spreadsheet><table:table table:name="Tabelle1">%s'
             '</table:table></office:spreadsheet>' % trs)
    mime = "application/vnd.oasis.opendocument.spreadsheet"
    return _bin(_odf(mime, inner), "application",
                "vnd.oasis.opendocument.spreadsheet", name)


def EML(inner):
    def add(msg):
        msg.add_attachment(inner)
    return add


def ZIP(name, members):
    """members: list of (filename, str-or-bytes)."""
    ms = [(n, d if isinstance(d, bytes) else d.encode("utf-8"), False)
          for n, d in members]
    return _bin(_zip(ms), "application", "zip", name)


def INNER(frm, to, subj, body, date, charset="utf-8"):
    """A forwarded message for message/rfc822 attachments."""
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = date
    m["Message-ID"] = "<%s@%s>" % (hashlib.sha1((subj + date).encode()).hexdigest()[:16],
                                   frm.split("@")[-1].strip(">"))
    m.set_content(body, charset=charset)
    return m


# ---------------------------------------------------------------- the mails
# Invented insurer: Lindenhof Versicherungen AG, Bremen (lindenhof-vers.example).
# Posteingang/Scanstelle, fax gateway FAXGW01, host system VIS/390, OCR platform
# "CaptureHub" by the supplier Papyra Capture Ltd (papyra.example).


def m001():
    body = """Hallo zusammen,

anbei wie besprochen der Text der Testseite, die wir heute früh über das neue
Faxgateway FAXGW02 geschickt haben, so wie er nach der OCR im Postkorb ankam.
Bitte nicht wundern, das ist die Standard-Testvorlage vom Hersteller.

----- OCR-Ergebnis Seite 1/1 -----
FAX-TESTSElTE  FAXGW02  Kanal 07   9600 bps  ECM: ein
Absender: TESTSTATlON  +49 421 000000
Empfanger: Posteingang KV-Leistung

Die Diagno-
se lautet: TESTTEXT. Patient: MUSTERMANN, MAX (fiktiv)
Geb.-Datum: TT.MM.JJJJ   Versicherungsnr.: 000000000
0123456789 OOOO llll rnrnrn mmm BBB ßßß äöü ÄÖÜ
The quick brown fox jumps over the lazy dog.
----- Ende -----

Auffällig: "Empfänger" ohne Umlaut, "TESTSElTE" mit kleinem L statt I.
Umlaute in der Zeile mit den Testzeichen kommen aber durch. rn/m wird wie
erwartet nicht unterschieden.

Gruß
Torsten Wendt
IT / Input-Management
Lindenhof Versicherungen AG
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "Input-Management <input-management@%s>" % INS,
              "Testseite FAXGW02 - OCR-Ergebnis", body),
            "NORMAL", "de", "internal",
            "trap: fax test page with Diagnose/Geb.-Datum placeholders and fictitious Mustermann")


def m002():
    body = """Liebe Frau Oltmanns,

das folgende Fax kam heute in der Scanstelle an, Barcode fehlte, daher manuell
zugeordnet. Bitte übernehmen. OCR-Text unten, Original im Archiv (Dok-ID 2024-0417-00931).

Viele Grüße
Sabine Kröger
Scanstelle / Posteingang

-------- OCR Fax 17.04.2024 09:12 von +49 4402 555 1730 --------
Gemeinschaftspraxis Dr. rned. H. Ahlers / K. Wiemken
Fachärzte fur Allgemeinmedizin - Hauptstr. 12 - 26180 Rastede

An die Lindenhof Krankenversicherung
Leistungsabteilung

Betr.: lhre Versicherte Frau Heike Tjarks, geb. O4.O7.l968
Vers.-Nr. KV-4471 0983

Sehr geehrte Darnen und Herren,

auf lhre Anfrage vom 02.04. teilen wir rnit, dass sich Frau Tjarks seit
Januar 2024 bei uns in Behandlung befindet. Diagno-
se: chronische Lumbago (M54.5 G), Verdacht auf Bandscheibenvorfall L4/5
(M51.1 V). Verordnet wurden Krankengymnastik 2x6 sowie lbuprofen 600 rng
bei Bedarf. Eine MRT-Untersuchung ist fur Mai geplant.

Mit freundlichen GruBen
Dr. rned. H. Ahlers
-------- Seite 1/1 --------
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "WG: Fax ohne Barcode - KV-Leistung", body),
            "STRICTLY_CONFIDENTIAL", "de", "doctor",
            "OCR'd doctor's fax: diagnosis M54.5/M51.1, medication, named insured with birth date")


def m003():
    body = """Guten Tag Herr Aydin,

hier der Text aus der Schadenmeldung, die der Kunde uns als Scan geschickt hat
(das PDF war ein Foto vom Handy, ich habe es durch die OCR gejagt und
hier reinkopiert, damit Sie nicht das 14-MB-PDF öffnen müssen):

SCHADENANZEIGE KRAFTFAHRT
Versicherungsnehrner: Björn Hülsmann
Anschrift: Deichweg 7, 27568 Brernerhaven
Vers.-Schein-Nr.: KF 8 553 210 77   amtl. Kennz.: HB-BH 412
Schadentag: l1.O4.2024  Uhrzeit: ca. 17:4O
Schadenort: Parkplatz Columbus-Center, Ebene 2
Hergang: Beim Ausparken rnit der rechten hinteren Ecke gegen
eine Betonsäule gefahren. Kein anderes Fahrzeug beteiligt.
Verletzte Personen: keine
Polizei: nein

Bitte als Kasko-Teilschaden anlegen, Schadennr. vergibt das System.

Gruß aus dem Posteingang
Lisa Behrens
"""
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Mehmet Aydin <mehmet.aydin@%s>" % INS,
              "Schadenanzeige Kfz per Handyfoto - OCR-Text", body),
            "CONFIDENTIAL", "de", "customer",
            "OCR'd motor claim form: named policyholder, address, policy no., plate; nobody hurt")


def m004():
    body = """Hi Priya,

following up on our call about the character confusions in CaptureHub 5.2.
We ran the regression set (synthetic documents only, no production scans)
and the top errors on German text are still:

  expected        recognised     count
  -------------   ------------   -----
  m               rn               412
  rn              m                 96
  I (capital i)   l                388
  0 (zero)        O                251
  ß               B                174
  ä/ö/ü           a/o/u            143   (mostly 200 dpi fax input)
  hyphen at EOL   kept             all   ("Diagno- se", "Kranken- haus")

Words that break most often in our domain dictionary: Krankenhaus,
Diagnose, Heil- und Kostenplan, Arbeitsunfähigkeitsbescheinigung,
Berufsunfähigkeit, Zahnersatz. Could you add the attached word list to the
custom lexicon for the next build? It's just the vocabulary, no case data.

Thanks,
Torsten

--
Torsten Wendt | IT Input Management | Lindenhof Versicherungen AG
"""
    words = """# custom lexicon, Lindenhof, v3
Arbeitsunfähigkeitsbescheinigung
Berufsunfähigkeitsversicherung
Diagnose
Heil- und Kostenplan
Krankenhaustagegeld
Krankentagegeld
Leistungsabrechnung
Pflegegrad
Versicherungsnehmer
Versicherungsschein
Zahnersatz
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "Priya Raman <priya.raman@papyra.example>",
              "CaptureHub 5.2 - rn/m and l/I confusions, lexicon update", body,
              atts=[TXT("lexicon_lindenhof_v3.txt", words)]),
            "NORMAL", "en", "insurer-to-supplier",
            "trap: OCR error statistics and health vocabulary list, synthetic test set, no person")


def m005():
    body = """Dear colleagues,

please find below the OCR text of the fax we received from Clínica Santa
Marta, Palma, regarding our policyholder on the travel health cover. The
original fax is partly illegible (see page 2), so we have asked for the
discharge report by e-mail. Please advise whether you need the original.

Regards
Emma Clarke
International Claims Desk
Lindenhof Versicherungen AG

>>> FAX 03/04/2024 22:47  +34 971 555 210  P.01/02 <<<
CLINICA SANTA MARTA - SERVICIO DE URGENCIAS
MEDICAL REPORT / INFORME MEDICO

Patient: FELDKAMP, Jonas       DOB: 11/O2/199O
Passport: C4F7R2K91  Insurance: LINDENHOF  Pol. RK-2024-55817
Admission: 02/04/2024 19:3O   Emergency

Diagnosis: closed fracture of the distal radius, left (S52.5l)
Mechanism: fall from scooter, no loss of consciousness
Treatment: closed reduction under regional anaesthesia, cast
Estimated cost: EUR 2.84O,OO (incl. X-ray, 1 night observation)
Fit to fly: yes, from O5/04/2024 with cast, seat with extra leg room
>>> P.02/02 <<<
[illegible - signature and stamp]
"""
    return (M("Emma Clarke <emma.clarke@%s>" % INS,
              "Reiseschaden Team <reise-leistung@%s>" % INS,
              "FW: fax Clinica Santa Marta - Feldkamp - travel health", body),
            "STRICTLY_CONFIDENTIAL", "en", "hospital",
            "faxed hospital report: fracture with ICD S52.5, named patient with DOB, travel health claim")


def m006():
    body = """Moin Piet,

Du hattest nach der Bankverbindung gefragt, hier der Ausdruck aus dem Host
(Bildschirm kopiert, daher die komische Formatierung):

VIS/390  BESTANDSAUSKUNFT SACH             DATUM 22.04.24  ZEIT 10:14:33
----------------------------------------------------------------------------
VS-NR     HR-0712-55310          SPARTE   HAUSRAT KOMFORT 2019
VN        SCHWARTING, GESA MARIA
ANSCHR    AM DOBBEN 88 A
          28203 BREMEN
VERS-ORT  WIE ANSCHRIFT        WOHNFL   74 QM   VS  55.000,00 EUR
BEITRAG   14,82 MTL            ZW       1/12    ZAHLART  LASTSCHRIFT
KTO-INH   SCHWARTING, GESA MARIA
IBAN      DE35799476253870693774   BIC  GENODEF1XXX
MANDAT    LVH-SEPA-0712-55310 VOM 01.03.2019
STATUS    AKTIV    LETZTE AENDERUNG 04.01.24 USER K0417
----------------------------------------------------------------------------
PF3=ENDE  PF7=ZURUECK  PF8=VOR  PF12=MENUE

Die Lastschrift ist im April zurückgekommen, deshalb die Frage der Kundin.

Gruß
Kerstin
"""
    return (M("Kerstin Möhle <kerstin.moehle@%s>" % INS,
              "Piet Janssen <piet.janssen@%s>" % INS,
              "Hausrat Schwarting - Bankverbindung (Hostausdruck)", body),
            "CONFIDENTIAL", "de", "internal",
            "host screen copy: household policy of a named person with IBAN and SEPA mandate")


def m007():
    body = """JOB KVLEI017  SCANIMPORT ARZTRECHNUNGEN           LAUF 2024-04-23 02:00
================================================================================
SCHRITT  PROGRAMM   RC   GELESEN   VERARBEITET  ABGEWIESEN  DAUER
-------  --------  ---   -------   -----------  ----------  --------
S010     KVIMP01     0     1.204         1.204           0  00:03:12
S020     KVOCR02     4     1.204         1.201           3  00:41:07
S030     KVZUO03     0     1.201         1.188          13  00:05:55
S040     KVBEL04     0     1.188         1.188           0  00:02:10
--------------------------------------------------------------------------------
ABGEWIESEN S020: 3 BELEGE OCR-KONFIDENZ < 60 PCT (KLAERUNGSKORB KV-OCR)
ABGEWIESEN S030: 13 BELEGE OHNE ZUORDNUNG VS-NR (KLAERUNGSKORB KV-ZUO)
DAVON ARZTRECHNUNGEN GOAE 1.022  ZAHNARZT GOZ 97  HEILMITTEL 52  REZEPTE 17
ENDE JOB KVLEI017  MAXRC 4
================================================================================

Hallo Sabine, RC 4 in S020 wieder wegen der Thermopapier-Faxe. Die 16 Belege
liegen in den Klärungskörben, bitte morgen früh manuell sichten.
Torsten
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Joblauf KVLEI017 RC 4", body),
            "NORMAL", "de", "internal",
            "trap: batch job log counting doctors' invoices, only totals, no person")


def m008():
    body = """Hallo Herr Hagedorn,

mein Kunde hat den BU-Antrag auf Papier ausgefüllt, ich habe Ihnen das PDF
gestern geschickt. Weil die Risikoprüfung wohl Probleme mit dem Scan hatte,
hier nochmal der Text der Gesundheitsfragen, aus dem PDF rauskopiert:

Antragsteller: Marvin Struckmeyer, geb. 23.09.1991, Elektroniker
Tarif: BU Plus, BU-Rente 1.800 EUR mtl., Endalter 67

3. Sind Sie in den letzten 5 Jahren von Ärzten oder Heilpraktikern unter-
sucht, beraten oder behandelt worden?  [X] ja  [ ] nein
Wenn ja: Hausarzt 2022, Ban-
dscheibenvorfall HWS C5/6, konservativ behandelt (Physiotherapie 12x),
beschwerdefrei seit 03/2023. Orthopäde 2023 Kontrolle ohne Be-
fund.
4. Bestehen oder bestanden in den letzten 10 Jahren psychische Erkran-
kungen?  [ ] ja  [X] nein
5. Nehmen Sie regelmäßig Medikamente?  [ ] ja  [X] nein

                                              Seite 3 von 6
Antrag BU Plus  Formular 2210-03/23
Größe 1,82 m, Gewicht 86 kg

Bitte kurze Info, ob noch ein Arztbericht vom Orthopäden nötig ist.

Beste Grüße
Dennis Brakhage
Brakhage Versicherungsmakler e.K.
"""
    return (M("Oliver Hagedorn <oliver.hagedorn@%s>" % INS,
              "Risikoprüfung Leben <risikopruefung@%s>" % INS,
              "WG: BU-Antrag Struckmeyer - Gesundheitsfragen aus PDF kopiert",
              body),
            "STRICTLY_CONFIDENTIAL", "de", "broker",
            "broker pastes BU application health questions: herniated disc, physio, height/weight, birth date")


def m009():
    body = """Dear Sir or Madam,

I am writing about my claim for the break-in at my flat in Bremen. I copied
the police report below from the PDF the police gave me, sorry for the
strange line breaks, it came out like that.

Policy number: HR-0933-10488
My name: Daniel O'Connor, Contrescarpe 45, 28203 Bremen

----
Polizei Bremen
Anzeige wegen Wohnungseinbruchdiebstahl
Vorgangsnummer: 4117-2024-
0033871
Geschädigte: O'Connor, Daniel
Tatzeit: 12.04.2024 08:00 Uhr bis 12.04.2024 18:30 Uhr
Tatort: Contrescarpe 45, 28203 Bremen, 2. OG links
Entwendet: Notebook (Marke Lenovo), Spielkonsole, Bargeld ca. 200 EUR,
Schmuck (Ehe-
ring Gelbgold)
Seite 1 von 2
Polizei Bremen - Vorgangsnummer 4117-2024-0033871
Begehungsweise: Wohnungstür aufgehebelt
----

The list of stolen items with prices is attached. Please let me know what
else you need.

Kind regards,
Daniel O'Connor
"""
    fwd = """Forwarded by customer service to household claims, customer wrote in English.
-- L. Behrens

""" + body
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Sachschaden <sachschaden@%s>" % INS,
              "FW: burglary claim HR-0933-10488 police report", fwd,
              atts=[CSV("stolen_items.csv", "item;bought;price EUR\nLenovo ThinkPad E14;2022;899,00\nSpielkonsole;2021;499,00\nEhering Gelbgold 585;2015;640,00\nBargeld;-;200,00\n")]),
            "CONFIDENTIAL", "en", "customer",
            "customer household burglary claim: name, address, policy no., police report")


def m010():
    body = """Liebe Kolleginnen und Kollegen,

ab 1. Juli läuft der Posteingang der Krankenversicherung über die neue
Scanstraße im 2. OG. Für Sie ändert sich Folgendes:

- Arztrechnungen, Rezepte, Heil- und Kostenpläne und Krankenhausrechnungen
  bitte ungeheftet und ohne Klarsichthülle in die grauen Boxen legen.
- Thermopapier-Belege (Apotheke, Faxe) vorher kopieren, sonst liefert die
  OCR bei "Diagnose" und "Betrag" häufig Unsinn.
- Doppelseitig bedruckte Belege: Schalter "Duplex" am Gerät.
- Post mit dem Stempel "Persönlich/Vertraulich" geht ungeöffnet an den
  Empfänger.

Fragen an input-management@lindenhof-vers.example.

Ihr Team Input-Management
"""
    return (M("Input-Management <input-management@%s>" % INS,
              "Alle KV <alle-kv@%s>" % INS,
              "Neue Scanstraße KV ab 1. Juli", body),
            "NORMAL", "de", "internal",
            "trap: organisational notice about scanning doctors' invoices and prescriptions, no person")


def m011():
    body = """Sehr geehrte Frau Rademacher,

vielen Dank für Ihre Nachricht. Den Heil- und Kostenplan haben wir geprüft.
Nach Ihrem Tarif ZahnPlus 80 erstatten wir 80 % der Kosten für Zahnersatz,
im ersten Versicherungsjahr begrenzt auf 1.000 EUR. Die Zusage schicken wir
Ihnen zusätzlich per Post.

Mit freundlichen Grüßen
Jana Oltmanns
Leistung Kranken
Lindenhof Versicherungen AG

-----Ursprüngliche Nachricht-----
Von: Ute Rademacher <u.rademacher@web-mail.example>
Gesendet: Montag, 22. April 2024 19:41
An: kv-leistung@lindenhof-vers.example
Betreff: HKP Zahnarzt

Hallo, anbei der Text vom HKP, den Scan hab ich nicht hingekriegt, hab es
mit der Handy-App abgetippt (die App heißt irgendwas mit OCR):

> Heil- und Kostenp1an Teil 1   Zahnarztpraxis Dr. Ferdinand Voß, Oldenburg
> Patient: Rademacher, Ute   geb. 3O.11.1975   Vers.-Nr. KV-3390 1127
> Befund: 16 k, 26 ww, 36 b
> Regelversorgung: Brücke 35-37, Krone 16
> Therapieplanung: 16 KM, 35 KV 36 BV 37 KV
> Voraussichtl. Gesamtkosten: 3.412,8O EUR   Eigenanteil ca. 2.100 EUR

Geht das so? Danke, Ute Rademacher
"""
    return (M("Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Ute Rademacher <u.rademacher@web-mail.example>",
              "AW: HKP Zahnarzt", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "dental treatment plan of the addressee with findings and costs; details in the quote")


def m012():
    body = """Dear Martin,

as agreed, attached the fixed-width extract of our disability income claims
incidence for 2023, grouped by ICD-10 chapter. It comes straight from the host
(VIS/390 report BUSTAT12), so I left the format as it is. Cells below 5 are
suppressed and shown as '*'.

Best regards
Christian Bode
Actuarial / Reinsurance
Lindenhof Versicherungen AG
"""
    rep = """BUSTAT12   BU-LEISTUNGSFAELLE NACH ICD-KAPITEL         BERICHTSJAHR 2023
LINDENHOF LEBEN                                          SEITE 001
-----------------------------------------------------------------------
KAP  BEZEICHNUNG                           NEU   BESTAND   ANTEIL
---  ----------------------------------  -----  --------  -------
V    PSYCHISCHE U. VERHALTENSSTOERUNGEN     88       612    34,1 %
XIII MUSKEL-SKELETT-SYSTEM                  61       401    22,4 %
II   NEUBILDUNGEN                           29       188    10,5 %
IX   KREISLAUFSYSTEM                        17       141     7,9 %
VI   NERVENSYSTEM                           14       112     6,2 %
XIX  VERLETZUNGEN                           11        97     5,4 %
     UEBRIGE                                22       243    13,5 %
     DAVON KAP I/III/XVII                    *         *       *
-----------------------------------------------------------------------
     SUMME                                 242     1.794   100,0 %
LINDENHOF LEBEN                                          SEITE 002
ENDE BERICHT BUSTAT12
"""
    return (M("Christian Bode <christian.bode@%s>" % INS,
              "Martin Hall <martin.hall@northsea-re.example>",
              "DI claims incidence 2023 by ICD chapter", body,
              atts=[TXT("BUSTAT12_2023.txt", rep, charset="us-ascii")]),
            "NORMAL", "en", "insurer-to-partner",
            "trap: aggregate BU incidence by ICD chapter for reinsurer, small cells suppressed")


def m013():
    body = """Sehr geehrter Herr Lampe,

wie telefonisch besprochen, hier die Angaben aus unserer Beitragsrechnung.
Die Lastschrift vom 01.04.2024 ist mit dem Vermerk "Konto erloschen"
zurückgekommen.

Versicherungsschein-Nr.:  PH-2201-77419 (Privathaftpflicht)
Beitrag jährlich:          84,60 EUR
Rückstand:                 84,60 EUR zzgl. 3,00 EUR Rücklastschriftgebühr
bisherige Verbindung:      DE39 5339 2785 6964 0113 46

Bitte teilen Sie uns Ihre neue Bankverbindung mit oder überweisen Sie den
Betrag auf unser Konto. Für Fragen bin ich gern für Sie da.

Mit freundlichen Grüßen
Lisa Behrens
Kundenservice
Lindenhof Versicherungen AG
Lindenhofstraße 1, 28199 Bremen
"""
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Gerd Lampe <gerd.lampe@t-net.example>",
              "Ihre Privathaftpflicht - Rücklastschrift", body,
              charset="windows-1252", cte="quoted-printable"),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "liability policy arrears of addressee with his old IBAN (windows-1252)")


def m014():
    body = """Hi Kerstin,

the certified translation of the death certificate for the term life claim
arrived by fax from the notary in Porto, I've attached the OCR output as PDF
(the fax image itself is in the archive). Main points: date of death
14 March 2024, immediate cause "acute myocardial infarction", underlying
cause "coronary heart disease", no autopsy. The beneficiary is the widow.

Could you check the file LV 20-118 774-3 for the beneficiary clause before
I write to her?

Thanks
Emma
"""
    pdf = """CERTIFIED TRANSLATION  -  Portuguese > English
Translator: Ana Sofia Rebelo, sworn translator, Porto          page 1/1
------------------------------------------------------------------------
DEATH CERTIFICATE  No. 2024/PRT/01177
Name of deceased: Hartmut Wilhelm DIECKMANN
Born: O8 May 1957, Vechta, Germany
Nationality: German     Residence: Rua das Flores 12, Porto
Date and time of death: 14 March 2O24, 06:2O
Place of death: Hospital de Santo António, Porto
Immediate cause: acute myocardial infarction
Underlying cause: coronary heart disease (known for 6 years)
Autopsy: no
Declarant: Maria do Céu Dieckmann (spouse)
------------------------------------------------------------------------
I certify that the above is a true translation.  [stamp]  [signature]
"""
    return (M("Emma Clarke <emma.clarke@%s>" % INS,
              "Kerstin Möhle <kerstin.moehle@%s>" % INS,
              "Dieckmann LV 20-118 774-3 - death cert translation (fax)", body,
              atts=[PDF("DC_translation_Dieckmann_OCR.pdf", pdf)]),
            "STRICTLY_CONFIDENTIAL", "en", "internal",
            "life claim: cause of death of named insured, DOB in faxed translation")


def m015():
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2022-014 die Abholung und
datenschutzgerechte Vernichtung (Sicherheitsstufe P-4, Schutzklasse 3) von

  14 Sicherheitsbehältern à 240 l  -  Altakten Leistung Kranken 2009-2013,
                                     Arztrechnungen/Rezepte nach Scan
   3 Sicherheitsbehältern à 240 l  -  Fax-Thermopapier Posteingang

Abholort: Lindenhof Versicherungen AG, Lindenhofstraße 1, Anlieferung Tor 3,
Ansprechpartner vor Ort: Hausdienst, Tel. 0421 555 30-100.
Wunschtermin: KW 19, vormittags.

Bitte senden Sie uns das Vernichtungsprotokoll wie üblich zu. Rechnung bitte
an unsere Kreditorenbuchhaltung; unsere Bankverbindung für Gutschriften:
Lindenhof Versicherungen AG, DE92 1901 3487 0468 2486 28.

Mit freundlichen Grüßen
Sabine Kröger
Scanstelle / Posteingang
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Auftragsannahme <auftrag@aktenwolf-entsorgung.example>",
              "Bestellung Aktenvernichtung KW 19 - RV-2022-014", body),
            "NORMAL", "de", "insurer-to-supplier",
            "trap: order to shred old medical files, insurer's own company IBAN, no person")


def m016():
    body = """Hallo Herr Hagedorn,

anbei der Export aus meinem Maklerprogramm mit den Kfz-Verträgen, die zum
01.01. zu Ihnen wechseln sollen. Das Programm kann nur Festbreite, sorry.
Bitte SF-Klassen bei den Vorversicherern anfragen.

Gruß
Dennis Brakhage
"""
    exp = """KFZEXP  BRAKHAGE VERSICHERUNGSMAKLER E.K.   STAND 25.04.2024
NAME                 VORNAME      GEB.DAT    PLZ   KENNZ.       VORVERS.   SF
-------------------- ------------ ---------- ----- ------------ ---------- ---
Struckmeyer          Marvin       23.09.1991 26135 OL-MS 91     Hansa Dir  SF4
Kück                 Hannelore    02.02.1949 26160 AMM-HK 49    WestVers   SF25
Tebben               Frank        17.10.1979 26125 OL-FT 1710   Hansa Dir  SF12
Gerdes-Özkan         Meltem       05.06.1987 26131 OL-GÖ 87     NordKfz    SF7
"""
    fwd = """Zur Info / zur Anlage der Angebote. Umlaute im Export teilweise kaputt.
O. Hagedorn

-----Ursprüngliche Nachricht-----
""" + body
    return (M("Oliver Hagedorn <oliver.hagedorn@%s>" % INS,
              "Kfz-Antrag <kfz-antrag@%s>" % INS,
              "WG: Kfz-Wechsler 01.01. Brakhage - Export", fwd,
              atts=[TXT("KFZEXP_Brakhage.txt", exp, charset="windows-1252")]),
            "CONFIDENTIAL", "de", "broker",
            "broker's fixed-width export: names, birth dates, plates, no-claims classes (attachment)")


def m017():
    body = """Hello Torsten,

CaptureHub 5.3.0 is now available on the staging channel. Highlights from
the release notes:

  * New German health-document model: better recognition of ICD-10-GM codes
    (e.g. "M54.5 G", "F32.1 V") in doctors' invoices; confusions of 1/l and
    0/O inside codes reduced by 38 % on our benchmark.
  * De-hyphenation at line ends ("Diagno-\\nse" -> "Diagnose") switchable
    per document class.
  * Field "Patient name" is now masked as [REDACTED] in debug logs.
  * Fax input: improved binarisation for 200x100 dpi "normal" mode.

Benchmark: 12,000 synthetic pages, no customer data. Full notes:
https://support.papyra.example/capturehub/5.3.0

Let us know when you want the upgrade window.

Best,
Priya Raman
Customer Success, Papyra Capture Ltd
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "Input-Management <input-management@%s>" % INS,
              "FW: CaptureHub 5.3.0 available on staging", body),
            "NORMAL", "en", "internal",
            "trap: vendor release notes mentioning ICD codes and patient-name masking, no person")


def m018():
    body = """Liebe Frau Möhle,

zum Antrag Gesine Hollmann (LV-Antrag 2024-04417, Risikoleben 250 TEUR)
liegt jetzt der Hausarztbericht vor, leider nur als Fax. Meine Bewertung:

- arterielle Hypertonie, medikamentös gut eingestellt (Ramipril 5 mg)
- BMI 31
- keine weiteren Befunde

Votum: Annahme mit Risikozuschlag 25 %. Bitte Angebot entsprechend an den
Makler. Den Bericht (OCR-Text) habe ich als Word-Datei angehängt.

Ute Brinkmann
Gesellschaftsärztin / Risikoprüfung
"""
    doc = """Praxis Dr. med. Jörg Kettler - Innere Medizin - Am Markt 3 - 27749 Delmenhorst
Arztbericht zur Vorlage bei der Lindenhof Lebensversicherung
Betr.: Frau Gesine Hollmann, geb. 19.O1.1972, wohnhaft Delmenhorst
Die Patientin ist seit 2015 in meiner Behandlung.
Diagnosen: I1O.9O arterielle Hypertonie; E66.O Adipositas Grad I
Medikation: Ramipril 5 rng 1-0-0
RR bei letzter Kontrolle 132/84 mmHg. Labor unauffällig.
Keine Krankenhausaufenthalte. Keine Arbeitsunfähigkeitszeiten >2 Wochen.
Delmenhorst, den O9.O4.2O24   Dr. med. J. Kettler
"""
    return (M("Ute Brinkmann <ute.brinkmann@%s>" % INS,
              "Kerstin Möhle <kerstin.moehle@%s>" % INS,
              "Antrag 2024-04417 Votum", body,
              atts=[DOCX("Arztbericht_Hollmann_OCR.docx", doc)]),
            "STRICTLY_CONFIDENTIAL", "de", "internal",
            "underwriting decision with hypertension, BMI; OCR'd GP report attached")


def m019():
    body = """Dear Mr de Vries,

thanks for your mail. Wir haben die Schadenanzeige Ihres Kunden erhalten,
leider war der Scan des Frachtbriefs (CMR) kaum lesbar. What we could read:

  CMR Nr. 0044127   Absender: Möbelwerkstatt Kees Bakker (Einzelunternehmen),
  Zwolle   Empfänger: Wohnstudio Renate Pohl e.K., Oldenburg
  Ware: 12 Colli Massivholzmöbel   Gewicht: 1.34O kg
  Vorbehalt bei Ablieferung: "2 Colli beschädigt, Kanten gebrochen"

Transportversicherung TR-5530-208 (VN: Kees Bakker). Schadennummer
S-2024-118402. Could you please send us the original photos and the
invoice for the two damaged items (Esstisch Eiche, Sideboard)? Bitte auch
die Reparaturkostenschätzung, falls vorhanden.

Kind regards / Mit freundlichen Grüßen
Piet Janssen
Sach- und Transportschaden
"""
    return (M("Piet Janssen <piet.janssen@%s>" % INS,
              "Jeroen de Vries <j.devries@devries-assurantien.example>",
              "RE: cargo claim Bakker / CMR 0044127", body),
            "CONFIDENTIAL", "mixed", "insurer-to-broker",
            "cargo claim of sole trader (natural person) with policy and claim number, mixed de/en")


def m020():
    body = """*** STÖRUNGSMELDUNG FAXGW01 ***

Seit 06:40 Uhr werden eingehende Faxe auf den Nebenstellen
-4410 (KV-Leistung), -4420 (Leben/BU) und -4500 (Kfz-Schaden) nur
verzögert zugestellt. Ursache: volle Spool-Partition nach Softwareupdate.
Die Faxe gehen nicht verloren, sie werden nach Behebung nachgeliefert.

Bitte Ärzte, Krankenhäuser und Werkstätten, die telefonisch nachfragen,
um etwas Geduld bitten. Keine Faxe doppelt anfordern.

Nächste Info: 10:00 Uhr.
IT-Service Desk, Tel. -2222
"""
    return (M("IT-Service Desk <servicedesk@%s>" % INS,
              "Alle Fachbereiche <alle@%s>" % INS,
              "Störung Faxgateway FAXGW01 - verzögerte Zustellung", body),
            "NORMAL", "de", "internal",
            "trap: fax gateway outage notice mentioning doctors and hospitals, no person")


def m021():
    body = """Sehr geehrter Herr Wübbeling,

Sie hatten um das Schreiben zur Invaliditätsleistung noch einmal als Text
gebeten, weil Ihr Vorleseprogramm mit dem PDF nicht zurechtkommt. Ich habe
den Inhalt hier hineinkopiert:

Unfallversicherung Nr. UV-6610-30915
Unfall vom 18.08.2023 - lhre Invaliditätsleistung

Sehr geehrter Herr Wübbeling,

nach Auswertung des fachorthopädischen Gutachtens von Dr. Seeger vom
12.03.2024 steht fest, dass nach dem Unfall eine dauerhafte Beein-
trächtigung des rechten Kniegelenks verbleibt (Zustand nach Tibiakopf-
fraktur, eingeschränkte Beugung bis 90 Grad). Nach der Gliedertaxe
bemessen wir den Invaliditätsgrad mit 3/10 Beinwert, das entspricht
21 % Invalidität.

Lindenhof Versicherungen AG                                 Seite 2 von 3
Unfallversicherung Nr. UV-6610-30915

Bei einer Grundsumme von 100.000 EUR und Progression 225 % ergibt sich eine
Leistung von 21.000 EUR. Den Betrag überweisen wir in den nächsten Tagen.

Lindenhof Versicherungen AG                                 Seite 3 von 3
Unfallversicherung Nr. UV-6610-30915

Mit freundlichen Grüßen
Ihre Lindenhof Versicherungen

Wenn Sie noch Fragen haben, rufen Sie mich gern an: 0421 555 30-4471.

Freundliche Grüße
Ralf Ennen
Leistung Unfall
"""
    return (M("Ralf Ennen <ralf.ennen@%s>" % INS,
              "Hinrich Wübbeling <h.wuebbeling@mailbox.example>",
              "Ihr Unfall vom 18.08.2023 - Schreiben als Text", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "accident invalidity decision with knee injury; PDF letter pasted with repeated page headers")


def m022():
    body = """Dear Ms Whitfield,

thank you for sending the repair estimate. Our OCR had trouble with the
German workshop form, so I attach the text as we read it; please check
whether the figures match your copy, especially the total.

Claim no. S-2024-118377, motor own damage (Vollkasko),
vehicle HB-KW 2207, VIN WVWZZZAUZKW1O4471 (as read - the scan shows
an "O" where there should probably be a zero).

We will instruct our assessor if the final invoice exceeds EUR 3,000.

Kind regards
Mehmet Aydin
Motor Claims, Lindenhof Versicherungen AG
"""
    est = """AUTOHAUS BRUNS GMBH - KOSTENVORANSCHLAG Nr. KV-24-0871
Kunde: Whitfield, Karen   Kennz.: HB-KW 2207   FIN: WVWZZZAUZKW1O4471
Pos  Arbeit/Teil                        Menge   Betrag EUR
1    Stoßfänger hinten erneuern/lack.     1      812,40
2    Einparksensor hinten rechts          1      146,9O
3    Heckklappe instandsetzen           3,5 h    395,5O
4    Lackierung Material                  -      288,00
     Summe netto                                1.642,8O
     MwSt 19 %                                    312,13
     GESAMT                                     1.954,93
"""
    return (M("Mehmet Aydin <mehmet.aydin@%s>" % INS,
              "Karen Whitfield <karen.whitfield@inbox.example>",
              "Your claim S-2024-118377 - repair estimate as read by OCR", body,
              atts=[TXT("KVA_0871_ocr.txt", est)]),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "motor claim of addressee: claim no., plate, VIN, workshop estimate")


def m023():
    body = """FYI - maybe interesting for the fax replacement project.

-------- Forwarded Message --------
From: Papyra Capture Ltd <events@papyra.example>
Subject: Webinar: From fax to structured data in health insurance

Join our webinar on 14 May, 10:00 CET:

"40,000 medical invoices a day - how insurers automate intake"
  - Reading GOÄ/GOZ positions and ICD codes from low-quality fax scans
  - De-hyphenation and column detection in hospital discharge letters
  - Case study: a mid-sized German health insurer cut manual keying by 62 %
  - Privacy by design: masking patient names in training data

Register: https://events.papyra.example/webinar-health-intake

You receive this newsletter because you are a CaptureHub customer.
Unsubscribe: https://events.papyra.example/unsubscribe
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "Projekt Faxablösung <projekt-faxabloesung@%s>" % INS,
              "FW: Webinar: From fax to structured data in health insurance",
              body),
            "NORMAL", "en", "internal",
            "trap: forwarded vendor webinar invitation about medical invoice OCR, no person")


def m024():
    body = """Hallo Jana,

Frau Lüken (Tochter und Bevollmächtigte unserer Versicherten) hat heute
angerufen und danach das hier geschickt. Sie hat den Text aus dem Gutachten
des Medizinischen Dienstes abgeschrieben bzw. reinkopiert, das Original kommt
per Post. Vollmacht liegt vor (Akte PV-2210-4471).

----- Text aus der Mail von Frau Lüken -----
Gutachten zur Feststellung der Pflegebedürftigkeit
Versicherte: Anneliese Lüken, geb. 14.O2.1936
Hausbesuch am 09.04.2024

Pflegebegründende Diagnosen:
1. Demenz bei Alzheimer-Krankheit (F00.1)
2. Z.n. Schenkelhalsfraktur rechts 2022
3. Herzinsuffizienz NYHA III

Modul 2 (kognitive u. kommunikative Fähigkei-
ten): 11 Punkte ... Modul 4 (Selbstversorgung): 26 Punkte
Gesamtpunkte: 63,75  ->  Empfehlung: Pflegegrad 3
Hilfsmittel: Rollator vorhanden, Toilettensitzerhöhung empfohlen
----- Ende -----

Sie fragt, ab wann das Pflegegeld aus der Pflegetagegeldversicherung fließt.
Kannst Du bitte zurückrufen? 0441 555 2918.

Danke, Lisa
"""
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Pflegetagegeld Lüken - Text aus MD-Gutachten", body),
            "STRICTLY_CONFIDENTIAL", "de", "customer",
            "care-level assessment text: dementia F00.1, Pflegegrad 3, named insured with birth date")


def m025():
    body = """Sehr geehrter Herr Rechtsanwalt Meinders,

Ihr Fax vom 19.04.2024 haben wir erhalten. Leider war die zweite Seite
nicht vollständig lesbar; unser Scan zeigt nur:

   "...in der Mietsache Ehlers ./. Wohnbau Nordwest GmbH wegen der
   Nebenkostenabrechnung 2022 (Nachforderung 1.8__,__ EUR) ... beantra-
   gen wir Deckungszusage für die außergerichtliche Vertretung und ggf.
   das Klageverfahren vor dem AG Bremen ..."

Für unseren Versicherungsnehmer Herrn Sönke Ehlers, Rechtsschutzversicherung
RS-4402-18830 (Privat-, Berufs- und Wohnungsrechtsschutz), erteilen wir
hiermit Deckungszusage für die außergerichtliche Tätigkeit. Selbstbeteiligung
150 EUR. Über das gerichtliche Verfahren entscheiden wir nach Vorlage des
Klageentwurfs.

Schadennummer bitte immer angeben: RS-S-2024-02271.

Mit freundlichen Grüßen
Anke Rohlfs
Rechtsschutz-Schaden
"""
    return (M("Anke Rohlfs <anke.rohlfs@%s>" % INS,
              "Kanzlei Meinders <kanzlei@meinders-recht.example>",
              "Ihr Fax vom 19.04.2024 - Ehlers / Wohnbau Nordwest", body),
            "CONFIDENTIAL", "de", "insurer-to-lawyer",
            "legal expenses cover for named policyholder in tenancy dispute; OCR'd fax quote")


def m026():
    body = """Hallo zusammen,

für die Praxen, die weiter faxen wollen, hier die neue Vorlage für das
Fax-Deckblatt. Bitte auf der Website unter "Downloads für Ärzte" ersetzen.
Die Felder sind leer, die Barcode-Zone unten muss frei bleiben, sonst kann
die Scanstraße nicht zuordnen.

Gruß Sabine
"""
    odt = """FAX-DECKBLATT  an die Lindenhof Krankenversicherung
Fax: 0421 555 30-4410
Absender (Praxisstempel): ______________________________
Betrifft Versicherte/n: Name ____________________ Vorname ______________
Geb.-Datum: __.__.____     Versicherungs-Nr.: ______________________
Art des Dokuments: [ ] Arztbericht  [ ] Diagnose/Befund  [ ] Heil- und Kostenplan
                   [ ] Krankenhaus-Aufnahmeanzeige  [ ] Sonstiges
Seitenzahl inkl. Deckblatt: ____
Hinweis: Bitte keine Unterlagen ohne Schweigepflichtentbindung senden.
[ BARCODE-ZONE - BITTE FREI LASSEN ]
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Web-Redaktion <web-redaktion@%s>" % INS,
              "Neue Vorlage Fax-Deckblatt für Arztpraxen", body,
              atts=[ODT("Fax-Deckblatt_KV_2024.odt", odt)]),
            "NORMAL", "de", "internal",
            "trap: blank fax cover sheet with Geb.-Datum/Diagnose fields, no person")


def m027():
    body = """Dear Dr. Okafor,

thank you for the update by phone. As requested, here is the text of the
medical report we received from the hospital in Antalya by fax this morning
(OCR, unedited). Our policyholder is covered under travel health policy
RK-2024-60233 including repatriation.

Please confirm whether a stretcher transport or a seated flight with
medical escort is required, and send us the cost estimate.

Best regards
Emma Clarke
International Claims Desk
Lindenhof Versicherungen AG

=== FAX P.1/1 - AKDENIZ PRIVATE HOSPITAL - 26.04.2024 07:58 ===
EPICRISIS
Name Surname: BROCKMANN, WERNER      Age: 71   Gender: M
Admission: 23.04.2024   Dept: Cardiology / ICU
Diagnosis: NSTEMl (l21.4); atrial fibrillation, new onset
Procedure: coronary angiography 24.04., PCl with 1 DES in RCA
Current status: stable, mobilised, on ASS 1OO mg, ticagrelor 9O mg BlD,
apixaban 5 mg BlD
Recommendation: repatriation after day 7, medical escort (physician)
Attending: Dr. Mehmet Yilmaz
==============================================================
"""
    return (M("Emma Clarke <emma.clarke@%s>" % INS,
              "Dr. Ngozi Okafor <medical@euro-assist-24.example>",
              "Brockmann RK-2024-60233 - repatriation / medical report", body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
            "repatriation case: heart attack I21.4, medication, named policyholder sent to assistance company")


def m028():
    body = """Hallo Mehmet,

bei der Nachkontrolle ist aufgefallen, dass die Zulassungsbescheinigung
Teil I von Herrn Frerichs in der falschen Akte gelandet ist (OCR hat die
Vers.-Nr. falsch gelesen: 8 statt B im Präfix). Ich habe umgehängt:

  falsch:  KF 8 553 210 71  (Akte Oltrogge)
  richtig: KF 8 553 210 17  (Akte Frerichs, Eike)

Inhalt lt. OCR: Halter Frerichs, Eike, Am Hafen 3, 26954 Nordenham,
Kennzeichen BRA-EF 33, FIN WDD2050421F7718O3, Erstzulassung 03/2019.

Bitte kurz prüfen, ob in der Akte Oltrogge schon etwas auf Basis des
falschen Dokuments passiert ist. Der Vorgang ist im Fehlerprotokoll der
Scanstelle unter 2024-04-0117 vermerkt.

Gruß
Sabine
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Mehmet Aydin <mehmet.aydin@%s>" % INS,
              "Fehlzuordnung Zulassungsbescheinigung - Frerichs/Oltrogge", body),
            "CONFIDENTIAL", "de", "internal",
            "misfiled vehicle registration: named holder, address, plate, VIN, policy numbers")


def m029():
    body = """Ticket INC-2024-08812  Priority: 3  Category: OCR / Capture
Reporter: Piet Janssen (Sach-Schaden)

Summary: "ß" is recognised as "B" in free-text fields

Description:
In the Sach-Schaden document class the OCR turns every "ß" into a capital
"B", which breaks our keyword routing. Examples from this week (words only):
  "GroBschaden"      instead of "Großschaden"
  "StraBe"           instead of "Straße"
  "AuBenwand"        instead of "Außenwand"
  "FuBbodenheizung"  instead of "Fußbodenheizung"
  "schlieBlich"      instead of "schließlich"
As a result, large-loss notifications are not routed to the Großschaden team.

Expected: ß is kept or, if unsure, mapped to "ss".
Workaround: clerks search for both spellings.

Assigned group: IT-Capture (T. Wendt)
"""
    return (M("IT-Service Desk <servicedesk@%s>" % INS,
              "IT-Capture <it-capture@%s>" % INS,
              "[INC-2024-08812] OCR: ß recognised as B", body),
            "NORMAL", "en", "internal",
            "trap: IT ticket about OCR errors using only example words, no claim data")


def m030():
    body = """Sehr geehrte Damen und Herren,

zu Ihrer Aufnahmeanzeige vom 24.04.2024 (per Fax, unser Eingang 25.04.)
erteilen wir folgende Kostenzusage:

Patientin:        Frau Birte Onken, geb. 07.12.1983
Vers.-Nr.:        KV-5518 2204, Tarif Stationär Komfort (Zweibettzimmer,
                  Chefarztbehandlung)
Aufnahme:         24.04.2024, Frauenklinik
Aufnahmediagnose lt. Ihrer Anzeige (OCR, bitte prüfen):
                  "Uterus myomatosus (D25.l), geplante laparoskopische
                  Myomenukleation"
Kostenzusage:     allgemeine Krankenhausleistungen nach DRG, Wahlleistung
                  Zweibettzimmer und Chefarzt, vorerst 7 Tage

Bitte senden Sie die Rechnung direkt an uns. Die Aufnahmeanzeige war auf
Thermopapier und teilweise verblasst; falls die Diagnose nicht stimmt,
teilen Sie uns bitte die korrekte mit.

Mit freundlichen Grüßen
Jana Oltmanns
Leistung Kranken
"""
    return (M("Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Patientenaufnahme <aufnahme@klinikum-weserbogen.example>",
              "Kostenzusage Onken, Birte - KV-5518 2204", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
            "cost approval for inpatient stay with diagnosis D25.1, name and birth date")


def m031():
    body = """Hallo Herr Brakhage,

zu Ihrer allgemeinen Frage nach der Karenzzeit beim Krankentagegeld hier der
Auszug aus den Tarifbedingungen (aus dem PDF kopiert, daher die Seiten-
köpfe mittendrin, ich hoffe, es ist trotzdem lesbar):

§ 4 Umfang der Leistungspflicht
(1) Das Krankentagegeld wird ab dem im Tarif vereinbarten Leistungsbeginn
(Karenzzeit) gezahlt. Die Karenzzeit beginnt mit dem ersten Tag der ärzt-
lich festgestellten Arbeitsunfähigkeit.
AVB/KT 2021 - Teil II Tarif KT Flex              Seite 7 von 22
Lindenhof Krankenversicherung a.G.
(2) Wählbar sind Karenzzeiten von 4, 8, 15, 22, 29, 43 oder 92 Tagen. Bei
Selbstständigen wird eine Karenzzeit von mindestens 15 Tagen empfohlen.
(3) Bei Wiedererkrankung an derselben Krankheit innerhalb von 30 Tagen
wird die Karenzzeit nicht erneut angerechnet.
AVB/KT 2021 - Teil II Tarif KT Flex              Seite 8 von 22
Lindenhof Krankenversicherung a.G.

Die vollständigen Bedingungen finden Sie im Maklerportal unter Produkte >
Kranken > KT Flex.

Viele Grüße
Oliver Hagedorn
Maklerbetreuung
"""
    return (M("Oliver Hagedorn <oliver.hagedorn@%s>" % INS,
              "Dennis Brakhage <info@brakhage-makler.example>",
              "AW: Karenzzeit KT - allgemeine Frage", body),
            "NORMAL", "de", "insurer-to-broker",
            "trap: pasted policy conditions on sick pay (Arbeitsunfähigkeit) with page headers, no customer")


def m032():
    body = """Hi Oliver,

please find below the traveller list for the group travel policy for
St. Aidan's School, trip to Bremen and Hamburg 10-17 May. Sorry, our system
exports only in this format; I've pasted it as it came.

Policy: GT-2024-0091 (group travel: cancellation, baggage, liability)

SURNAME         FIRST NAME   DOB         ROLE
--------------- ------------ ----------- ---------
ASHWORTH        Thomas       14/03/2008  pupil
BELLAMY         Chloe        02/11/2008  pupil
CHAUDHRY        Imran        21/07/2007  pupil
DONNELLY        Siobhan      30/01/2008  pupil
FAIRCLOUGH      Helen        09/09/1976  teacher
...               (24 more rows in the attached file)

Could you confirm cover before the group leaves?

Many thanks
Gareth Pryce
Pryce & Lowe Insurance Brokers
"""
    rows = [["SURNAME", "FIRST NAME", "DOB", "ROLE"],
            ["ASHWORTH", "Thomas", "14/03/2008", "pupil"],
            ["BELLAMY", "Chloe", "02/11/2008", "pupil"],
            ["CHAUDHRY", "Imran", "21/07/2007", "pupil"],
            ["DONNELLY", "Siobhan", "30/01/2008", "pupil"],
            ["EVANS", "Rhys", "17/05/2008", "pupil"],
            ["FAIRCLOUGH", "Helen", "09/09/1976", "teacher"],
            ["GILL", "Martin", "26/04/1981", "teacher"]]
    return (M("Oliver Hagedorn <oliver.hagedorn@%s>" % INS,
              "Reise-Antrag <reise-antrag@%s>" % INS,
              "FW: traveller list GT-2024-0091 St. Aidan's", body,
              atts=[XLSX("GT-2024-0091_travellers.xlsx", rows)]),
            "CONFIDENTIAL", "en", "broker",
            "group travel traveller list with names and dates of birth, no health content")


def m033():
    html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hallo Jana,</p>
<p>im Klärungskorb KV-ZUO liegen seit gestern drei Belege, bei denen die OCR
die Versicherungsnummer nicht lesen konnte. Ich habe die erkannten Felder aus
dem Capture-Client kopiert. Kannst du die zuordnen?</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Beleg-ID</th><th>Patient (OCR)</th><th>Geb. (OCR)</th><th>Leistungserbringer</th><th>Diagnose (OCR)</th><th>Betrag</th></tr>
<tr><td>B-0424-11873</td><td>Harms, Jens-Uwe</td><td>l2.O5.l964</td><td>Dr. med. A. Poppinga, Kardiologie</td><td>I25.1O KHK, Belastungs-EKG (GOÄ 652)</td><td>187,43</td></tr>
<tr><td>B-0424-11874</td><td>Schoon, Merle</td><td>29.O8.2O11</td><td>Praxis f. Kinder- u. Jugendpsychiatrie Tammen</td><td>F9O.O ADHS, Verlaufskontrolle</td><td>96,12</td></tr>
<tr><td>B-0424-11890</td><td>Ahrens, Ute</td><td>unleserlich</td><td>Apotheke am Ostertor</td><td>Rezept: Letrozol 2,5 mg N3</td><td>213,78</td></tr>
</table>
<p>Danke!<br>Sabine</p>
</body></html>"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Klärungskorb KV-ZUO - 3 Belege ohne Vers.-Nr.", html=html),
            "STRICTLY_CONFIDENTIAL", "de", "internal",
            "HTML-only table of unassigned invoices: named patients, diagnoses incl. a child's ADHD, cancer drug")


def m034():
    body = """Liebe Kolleginnen und Kollegen,

in den letzten Wochen sind mehrfach Faxe von Arztpraxen bei uns auf falschen
Nebenstellen angekommen oder von uns an falsche Faxnummern gegangen. Zur
Erinnerung das Vorgehen:

1. Fehlgeleitetes Fax bei uns eingegangen (z. B. Befundbericht einer Praxis,
   der für eine Krankenkasse bestimmt war): nicht weiterleiten, nicht
   scannen, Datenschutz (datenschutz@lindenhof-vers.example) informieren,
   Original in den verschlossenen Umschlag, Absender telefonisch informieren.
2. Von uns falsch versendet: sofort Datenschutz informieren. Wir prüfen die
   Meldepflicht nach Art. 33 DSGVO innerhalb von 72 Stunden.
3. Keine Inhalte (Namen, Diagnosen) in die Meldung an den Datenschutz
   schreiben, nur Datum, Uhrzeit, Nebenstelle, Absender-Faxnummer und
   Art des Dokuments.

Beispiel aus dem letzten Quartal (anonymisiert): Eine orthopädische Praxis
hat einen OP-Bericht an die Nebenstelle Kfz-Schaden gefaxt. Der Kollege hat
richtig gehandelt und das Fax nicht in die Scanstraße gegeben.

Frank Lüders
Datenschutzbeauftragter
"""
    return (M("Frank Lüders <frank.lueders@%s>" % INS,
              "Alle Fachbereiche <alle@%s>" % INS,
              "Fehlgeleitete Faxe - Vorgehen", body),
            "NORMAL", "de", "internal",
            "trap: DPO circular on misdirected medical faxes, anonymised example, no person")


def m035():
    body = """Sehr geehrte Frau Gersema,

danke für die Unterlagen zu Ihrem Antrag auf Ratenzahlung für den
Wohngebäudebeitrag (Vertrag WG-3318-20076). Beim Einlesen der
Gehaltsabrechnung ist unsere Texterkennung leider durcheinandergekommen;
bitte bestätigen Sie kurz, ob wir die Werte richtig übernommen haben:

  Abrechnungsmonat    03/2024
  Arbeitgeber         Fischverarbeitung Cuxhaven GmbH
  Gesamtbrutto        3.41O,OO EUR   (erkannt: "3.41O,OO")
  Nettobezüge         2.138,45 EUR   (erkannt: "2.13B,45")
  Auszahlung auf      DE80 9139 4399 2663 9215 91

Bei einem Nettoeinkommen in dieser Höhe können wir die Raten wie gewünscht
auf 6 Monate verteilen (je 118,20 EUR).

Mit freundlichen Grüßen
Lisa Behrens
Kundenservice
"""
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Tanja Gersema <tanja.gersema@web-mail.example>",
              "Ihr Antrag auf Ratenzahlung WG-3318-20076", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "payslip figures (income), IBAN, buildings policy of addressee; OCR misreads")


def m036():
    body = """Hi, I'm forwarding this for the health claims team, the customer wrote
to the general mailbox. -- L.B.

> From: Aisha Rahman <aisha.rahman@mailbox.example>
> Subject: pharmacy receipts March
>
> Hello, my policy is KV-6021 4490 (expat health). I scanned my pharmacy
> receipts with an app and it gave me this text, I hope that is ok as I
> can't find my scanner cable:
>
> APOTHEKE AM WALL  Bremen   19.03.2024  14:22
> Metformin 85O mg  180 St  N3          32,18
> Sitagliptin 1OO mg  98 St             171,4O
> Blutzucker-Teststreifen 1OO St        39,95
> SUMME EUR                             243,53
> Rezept Dr. Koopmann, Diabetologie
>
> APOTHEKE AM WALL  Bremen   02.04.2024  09:05
> Lancetten 2OO St                       11,9O
>
> Please reimburse to my usual account. Thank you, Aisha Rahman
"""
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "KV-Leistung <kv-leistung@%s>" % INS,
              "FW: pharmacy receipts March", body),
            "STRICTLY_CONFIDENTIAL", "en", "customer",
            "customer's OCR'd pharmacy receipts: diabetes medication, named insured with policy no.")


def m037():
    body = """Dear members of the working group,

ahead of the meeting on 6 June, here are our figures for the survey on
incoming fax traffic (Lindenhof, Q1 2024, all lines):

  incoming fax pages total             48,210
  share of health claims documents        61 %
  share of doctors' reports               19 %
  share of hospital admission notices      9 %
  pages on thermal paper (est.)            7 %
  OCR confidence < 60 %                   11 %
  average pages per fax                  2.3

We plan to switch off fax for hospitals by end of 2025 and route
admission notices through the electronic data exchange instead.

Best regards
Torsten Wendt
Lindenhof Versicherungen AG
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "Capture Working Group <wg-capture@insurers-forum.example>",
              "Fax survey Q1 2024 - Lindenhof figures", body),
            "NORMAL", "en", "insurer-to-partner",
            "trap: aggregate fax statistics about health documents for an industry group")


def m038():
    body = """anbei das Gutachten, hat der Kunde eingeschickt. Text per OCR, Original
ist ein Foto.
Lisa
"""
    pdf = """KFZ-SACHVERSTÄNDIGENBÜRO HOLLWEGE  -  Gutachten Nr. 24-1187
Auftraggeber: Herr Niklas Tönjes, Mühlenstraße 9, 26215 Wiefelstede
Fahrzeug: VW Golf VII 1.5 TSI   Kennz.: OL-NT 817   FIN: WVWZZZAUZHW2O5519
Besichtigung: 16.04.2024   Schadentag: 13.04.2024 (Wildunfall, Reh)
Schadenumfang: Frontschaden, Kühler, Scheinwerfer li./re., Motorhaube
Reparaturkosten brutto: 9.412,77 EUR
Wiederbeschaffungswert: 8.900,00 EUR   Restwert: 2.150,00 EUR
Ergebnis: wirtschaftlicher Totalschaden
Versicherung: Lindenhof, Teilkasko KF 8 553 340 02
\f
Seite 2/2 - Gutachten Nr. 24-1187 - Fotodokumentation
(Bilder 1-14 nicht im Text enthalten)
"""
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Kfz-Schaden <kfz-schaden@%s>" % INS,
              "WG: Gutachten", body,
              atts=[PDF("Gutachten_24-1187_OCR.pdf", pdf)]),
            "CONFIDENTIAL", "de", "customer",
            "body says only 'Gutachten'; attachment: total-loss appraisal with name, address, plate, VIN")


def m039():
    body = """Sehr geehrter Herr Dr. Timmermann,

wir bearbeiten den Antrag auf Leistungen aus der Berufsunfähigkeits-
versicherung Ihres Patienten, Herrn Lars Dirks, geb. 11.06.1980
(Vertrag LV 20-204 118-9). Herr Dirks gibt an, seit Oktober 2023 wegen einer
mittelgradigen depressiven Episode bei Ihnen in Behandlung zu sein.

Eine Schweigepflichtentbindung liegt uns vor (Kopie anbei, leider nur als
Fax-Scan, die Unterschrift ist aber gut lesbar).

Bitte beantworten Sie uns die Fragen im beigefügten Formular BU-Arzt-03
und fügen Sie, soweit vorhanden, Ihre Befundberichte bei. Ihr Honorar nach
GOÄ Nr. 80/85 übernehmen wir.

Mit freundlichen Grüßen
Kerstin Möhle
Leistung Leben/BU
"""
    return (M("Kerstin Möhle <kerstin.moehle@%s>" % INS,
              "Praxis Dr. Timmermann <praxis@timmermann-psychiatrie.example>",
              "BU-Leistungsantrag Dirks - Anfrage Befundbericht", body,
              atts=[PDF("Schweigepflichtentbindung_Dirks_Fax.pdf",
                        "Erklärung zur Schweigepflichtentbindung\nVersicherte Person: Lars Dirks, geb. 11.O6.198O\nIch entbinde die mich behandelnden Ärzte ... gegenüber der Lindenhof Lebensversicherung AG\nOrt, Datum: Leer, O3.O4.2O24   Unterschrift: [Lars Dirks]\n--- FAX 04/04/2024 11:03  S.01 ---")]),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
            "BU claim: depressive episode of named patient with birth date, request to psychiatrist")


def m040():
    body = """Hallo Nadine,

hier der Text der Stellenanzeige, den ich aus der alten PDF-Vorlage kopiert
habe. Die Trennstriche musst du bitte noch rausnehmen, die kommen vom
Blocksatz:

Medizinische Fachangestellte / Gesundheits- und Kranken-
pfleger (m/w/d) für die Leistungsprüfung Krankenversicherung
Vollzeit/Teilzeit, Bremen

lhre Aufgaben:
- Prüfung von Arzt- und Krankenhausrechnungen nach GOÄ und DRG
- Bearbeitung von Heil- und Kostenplänen, Hilfsmittelanträgen und
  Kostenübernahmen für Reha-Maßnahmen
- telefonische Beratung unserer Versicherten zu medizinischen Leistungs-
  fragen

lhr Profil:
- abgeschlossene Ausbildung als MFA, ZFA oder in der Kranken-
  pflege
- sicherer Umgang mit medizinischer Terminologie und ICD-10

Wir bieten: 38-Stunden-Woche, mobiles Arbeiten, betriebliche Altersvorsorge
Lindenhof Versicherungen AG - Karriere                       Seite 1/1

Gruß
Jana
"""
    return (M("Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Nadine Wübbena <nadine.wuebbena@%s>" % INS,
              "Stellenanzeige MFA Leistungsprüfung - Text aus alter Vorlage",
              body),
            "NORMAL", "de", "internal",
            "trap: job ad for medical assistants pasted from PDF with hyphenation, no person")


def m041():
    body = """Dear Rahul,

thanks for the draft statement of work for the overflow scanning service.
Before our purchasing signs, three points on Annex 3 (technical and
organisational measures):

1. The documents include special categories of data under Art. 9 GDPR
   (health data from doctors' invoices, hospital reports, care
   assessments). Please state explicitly that scanning stations are in a
   separate room with access control and no mobile phones.
2. Paper originals must stay in the locked transport boxes until scanned
   and go back to us within 5 working days; no local copies.
3. Your OCR quality report may only contain document IDs, page counts and
   confidence values - never names or content fields.

Could you send a revised Annex 3 by Friday?

Best regards
Sabine Kröger
Input Management, Lindenhof Versicherungen AG
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Rahul Mehta <rahul.mehta@scanserv-solutions.example>",
              "SoW overflow scanning - comments on Annex 3 (TOMs)", body),
            "NORMAL", "en", "insurer-to-supplier",
            "trap: contract remarks about handling health data, no data subject")


def m042():
    body = """Dear Mr Hargreaves,

we have received your claim for the theft of your e-bike. The scanned
purchase receipt you sent was read by our text recognition as follows;
the frame number seems to contain some misread characters:

  Fahrrad Becker GmbH, Bremen - Rechnung 2023-1147 vom 18.05.2023
  Käufer: Hargreaves, Simon   Schwachhauser Heerstr. 212, 28211 Bremen
  Artikel: E-Bike Trekking "Voyager 7", Rahmennr. WBK O4471l 2B
  Preis: 3.199,00 EUR

Could you please check the frame number on your original receipt or the
bike passport and let us know the correct one? We need it for the police
search register.

Your household policy: HR-1022-48813 (incl. bicycle theft cover up to
EUR 5,000). Claim number: S-2024-118511.

Kind regards
Piet Janssen
Property Claims
"""
    return (M("Piet Janssen <piet.janssen@%s>" % INS,
              "Simon Hargreaves <simon.hargreaves@inbox.example>",
              "Your e-bike theft claim S-2024-118511 - frame number", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "household bicycle theft claim: named customer, address, policy and claim no.")


def m043():
    body = """For KV-Leistung - therapist sent invoice by fax, cover note in English.
S. Kröger

---- OCR FAX 29/04/2024 16:31  FROM +31 50 555 8841  P.1/2 ----
Fysiotherapie Noorderpoort  -  Groningen (NL)

To: Lindenhof Krankenversicherung, claims department

Re: your insured Mr. Tjark Bolte, born 22-1O-1985, policy KV-7730 0181
(cross-border commuter)

Dear Sir/Madam,

Please find enclosed our invoice for 8 sessions of physiotherapy
(manual therapy, 30 min) for chronic shoulder pain right, impingement
syndrome (M75.4), as prescribed by Dr. H. Wiersma, orthopaedic surgeon.
Sessions: 04/03, 11/03, 18/03, 25/03, O8/04, 15/04, 22/04, 29/04/2O24.
Total: EUR 44O,OO (8 x 55,OO)

Kind regards, Femke Dijkstra, physiotherapist
---- P.2/2 ----
[invoice table - see archive image]
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "KV-Leistung <kv-leistung@%s>" % INS,
              "Fax NL Physiotherapie Bolte", body),
            "STRICTLY_CONFIDENTIAL", "en", "therapist",
            "faxed physiotherapy invoice: shoulder impingement M75.4, named insured with DOB")


def m044():
    body = """Hallo Torsten,

für das Mapping in der neuen Capture-Plattform brauchst du die alten
Leistungsartenschlüssel aus VIS/390. Hier der Ausdruck der Tabelle
(TS-Abfrage, 1:1 kopiert):

TABELLE LEIART   LEISTUNGSARTEN KV                    GUELTIG AB 01.01.2009
--------------------------------------------------------------------------
SCHL  KURZTEXT              LANGTEXT                               BELEGKL
----  --------------------  -------------------------------------  -------
01    ARZT AMBULANT         AERZTLICHE LEISTUNGEN AMBULANT (GOAE)  AR
02    ZAHNARZT BEH          ZAHNAERZTLICHE BEHANDLUNG (GOZ)        ZA
03    ZAHNERSATZ            ZAHNERSATZ / KFO LT. HKP               ZA
04    HEILPRAKTIKER         HEILPRAKTIKER (GEBUEH)                 HP
05    PSYCHOTHERAPIE        AMBULANTE PSYCHOTHERAPIE               PT
06    ARZNEIMITTEL          ARZNEI- UND VERBANDMITTEL              RZ
07    HEILMITTEL            PHYSIO-, ERGO-, LOGOPAEDIE             HM
08    HILFSMITTEL           HILFSMITTEL (BRILLE, HOERGERAET ...)   HI
10    STATIONAER ALLG       KRANKENHAUS ALLG. LEISTUNGEN (DRG)     KH
11    STATIONAER WAHL       WAHLLEISTUNG ARZT/UNTERKUNFT           KH
20    KTG                   KRANKENTAGEGELD                        AU
30    PFLEGE                PFLEGETAGEGELD / PFLEGEGELD            PF
--------------------------------------------------------------------------
ANZAHL SAETZE: 12                                       ENDE DER AUSGABE

Gruß
Jana
"""
    return (M("Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Torsten Wendt <torsten.wendt@%s>" % INS,
              "Leistungsartenschlüssel VIS/390 für Mapping", body),
            "NORMAL", "de", "internal",
            "trap: legacy code table of health benefit types in caps, no person")


def m045():
    body = """Sehr geehrte Frau Klaassen,

anbei wie gewünscht der Nachtrag zu Ihrer Kfz-Versicherung als Text. Unser
Drucksystem erzeugt die Nachträge leider noch in Großbuchstaben:

LINDENHOF VERSICHERUNGEN AG               NACHTRAG ZUM VERSICHERUNGSSCHEIN
VS-NR KF 8 553 118 40                     DATUM 30.04.2024
VN    KLAASSEN, WIEBKE, LANGE STRASSE 14, 26871 PAPENBURG
FZG   OPEL CORSA F  EL-WK 144  FIN W0V0P2F46L4O91883
AENDERUNG AB 01.05.2024: ZUSAETZLICHER FAHRER
      KLAASSEN, TIM  GEB. 03.03.2003  FUEHRERSCHEIN SEIT 03/2021
BEITRAG ALT 412,80 EUR/JAHR  NEU 688,30 EUR/JAHR (FAHRER UNTER 25 J.)
SF-KLASSE HAFTPFL SF 6 (45 %)  VK SF 5 (50 %)
ZAHLUNG   LASTSCHRIFT DE03 4675 8341 1926 6125 69
SEITE 1 VON 1

Mit freundlichen Grüßen
Lisa Behrens
Kundenservice
"""
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Wiebke Klaassen <wiebke.klaassen@t-net.example>",
              "Nachtrag Kfz-Versicherung - zusätzlicher Fahrer", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "all-caps motor endorsement: young driver's birth date, plate, VIN, IBAN")


def m046():
    body = """Sehr geehrter Herr Behrends,

vielen Dank für die Zusendung Ihrer Arbeitsunfähigkeitsbescheinigung per
Foto. Leider hat unsere Texterkennung das Enddatum nicht sicher erkannt:

  AU-Bescheinigung Folgebescheinigung
  arbeitsunfähig seit: 18.03.2024
  voraussichtlich bis: 3O.O4.2O24 (erkannt: "3O.O4." - bitte bestätigen)
  Diagnose: F43.2 G (Anpassungsstörung)
  festgestellt am: 15.04.2024, Dr. med. Anja Siefken

Wenn das Datum 30.04.2024 stimmt, zahlen wir das Krankentagegeld aus Ihrem
Tarif KT Flex (Karenzzeit 43 Tage) für die Zeit vom 30.04. bis 30.04.2024
und danach weiter nach Vorlage der nächsten Bescheinigung. Bitte schicken
Sie künftig nach Möglichkeit einen Scan statt eines Fotos.

Mit freundlichen Grüßen
Jana Oltmanns
Leistung Kranken
"""
    return (M("Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Jannik Behrends <j.behrends@mailbox.example>",
              "Ihr Krankentagegeld - AU-Bescheinigung", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "sick pay claim of addressee: adjustment disorder F43.2 from OCR'd sick note")


def m047():
    body = """Hi team,

for the OCR training set we need 5,000 synthetic doctors' invoices. I wrote
a small generator; sample output below. All names come from a list of
obviously fictitious names (Musterfrau, Mustermann, Beispiel, Test), birth
dates are random, ICD codes are drawn from a frequency table. Nothing comes
from production.

--- sample 00017 ---
Dr. med. Test Beispiel, Allgemeinmedizin, Musterstraße 1, 12345 Musterstadt
Rechnung Nr. 2024-00017
Patient: Erika Musterfrau (SYNTHETIC), geb. 12.08.1964
Diagnose: J06.9 akute Infektion der oberen Atemwege
GOÄ 1  Beratung                     2,3   10,72
GOÄ 5  symptombezogene Untersuchung 2,3   10,72
Summe                                      21,44
--- end sample ---

To make the OCR robust we also render them at 200x100 dpi with simulated
fax noise, and 10 % with hyphenation at line ends. Please review the
generator before I run it at scale: https://git.lindenhof-vers.example/capture/synthgen

Cheers
Torsten
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "IT-Capture <it-capture@%s>" % INS,
              "Synthetic training invoices - sample for review", body),
            "NORMAL", "en", "internal",
            "trap: synthetic invoice with Musterfrau, birth date and ICD code, explicitly fictitious")


def m048():
    body = """Hallo Frau Jürgens, hello Mr Kowalski,

die Fahrerliste für die Flottenversicherung (Vertrag FL-0090-1123,
Spedition Jürgens & Kowalski GmbH) kam als Fax, und die Spalten sind beim
Scannen ineinandergelaufen. So sieht es bei uns aus:

NameVornameFührerscheinklasseGeb.-DatumKennz.
WojcikPawelCE1978-02-14DEL-JK 401
MeyerSvenCE1969-11-30DEL-JK 402
AydemirSerkanC1E1990-07-07DEL-JK 410
NiemannTheaB1995-05-21DEL-JK 88

Could you please send the list again as Excel or CSV? Wir brauchen die
Liste für die Fahrerschutz-Option, die ab 01.06. gilt; bei den anderen
Fahrzeugen ändert sich nichts.

Danke und viele Grüße / best regards
Mehmet Aydin
Kfz-Flotte
"""
    return (M("Mehmet Aydin <mehmet.aydin@%s>" % INS,
              "Fuhrpark <fuhrpark@juergens-kowalski.example>",
              "Fahrerliste FL-0090-1123 / driver list - please resend", body),
            "CONFIDENTIAL", "mixed", "insurer-to-company",
            "fleet driver list run together by OCR: names, birth dates, plates; mixed de/en")


def m049():
    body = """Dear Mrs Pereira,

as you asked, here is the text of our letter of 2 May 2024, copied from
the PDF so you can translate it more easily.

Lindenhof Lebensversicherung AG - Critical Illness Cover CI-2020-03318
Your claim of 28 March 2024

Dear Mrs Pereira,

we have now received the histology report from the Pius-Hospital Olden-
burg and the letter from your oncologist. They confirm the diagnosis of an
invasive ductal carcinoma of the left breast (C50.4), stage pT1c pN0.
This is a covered illness under section 3.1 of your policy conditions.

Lindenhof Lebensversicherung AG          page 2 of 2          CI-2020-03318

We will therefore pay the agreed lump sum of EUR 60,000 to the account
ending in ...4471 within 10 working days. The cover ends with this pay-
ment as agreed in the contract.

We wish you all the best for your treatment.

Kind regards
Kerstin Möhle
Life & Disability Claims
"""
    return (M("Kerstin Möhle <kerstin.moehle@%s>" % INS,
              "Lucia Pereira <lucia.pereira@mailbox.example>",
              "Your critical illness claim - letter as text", body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "critical illness payout: breast cancer C50.4 of addressee, letter pasted from PDF")


def m050():
    body = """Sehr geehrte Damen und Herren,

ab dem 1. Oktober 2024 nehmen wir Anträge und Unterlagen von Maklern nicht
mehr per Fax an. Bitte nutzen Sie stattdessen

- das Maklerportal (Upload, max. 25 MB pro Vorgang),
- die BiPRO-Schnittstelle Ihres Maklerverwaltungsprogramms oder
- für Gesundheitsunterlagen (Arztberichte, Gesundheitsfragen) ausschließlich
  den verschlüsselten Upload im Portal, nicht die normale E-Mail.

Faxe, die danach eingehen, werden nicht mehr automatisch verarbeitet. Eine
Checkliste zum Scannen (300 dpi, schwarz-weiß, PDF/A, keine Handyfotos)
finden Sie im Portal unter Service > Downloads.

Mit freundlichen Grüßen
Ihre Maklerbetreuung der Lindenhof Versicherungen
"""
    return (M("Maklerbetreuung <maklerbetreuung@%s>" % INS,
              "Maklerverteiler Nord <makler-nord@%s>" % INS,
              "Maklerinformation: Ende des Faxempfangs zum 01.10.2024", body),
            "NORMAL", "de", "insurer-to-broker",
            "trap: broker circular on fax shutdown mentioning health documents, no customer")


def m051():
    body = """Hallo Torsten,

das Faxjournal von gestern zeigt, dass ein Fax zweimal durch die OCR
gelaufen ist und deshalb doppelt in der Akte liegt. Hier der Auszug aus dem
Journal (aus der Admin-Konsole kopiert):

DATUM      ZEIT   KANAL  ABSENDER-KENNUNG            NEBENST  SEITEN STATUS
---------- -----  -----  --------------------------  -------  ------ ------
29.04.2024 10:14  07     PRAXIS PSYCHOTHERAPIE SAND  4410     3      OK
29.04.2024 10:14  07     BETR: VERLAENGERUNGSANTRAG  -        -      -
                         VT PATIENT HAYE, KATHARINA
                         KV-2281 7765 (25 STD. WEITERE)
29.04.2024 10:31  07     PRAXIS PSYCHOTHERAPIE SAND  4410     3      OK(REPLAY)

Bitte prüfen, warum der Replay ausgelöst wurde. In der Akte von Frau Haye
habe ich die Dublette schon gelöscht.

Gruß
Sabine
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Torsten Wendt <torsten.wendt@%s>" % INS,
              "Fax doppelt verarbeitet - Journal 29.04.", body),
            "STRICTLY_CONFIDENTIAL", "de", "internal",
            "fax journal shows psychotherapy extension request for a named insured (only metadata, still health)")


def m052():
    body = """Hello Oliver,

attached is the yacht proposal from our client. He filled it in by hand and
the scan is not great, so I typed the key data here:

Proposer: Captain (retd.) Ian McAllister
DOB: 4 July 1958
Address: 7 Harbour Row, Oban PA34 4LW, Scotland
Vessel: "Morven", Bavaria 37 Cruiser, built 2011, hull no. BAVQ7711C111
Berth: Marina Bremerhaven (summer), Oban (winter)
Sum insured: EUR 98,000   Liability: EUR 10m
Previous claims: 1 (2019, fender damage, GBP 1,200)

Please quote with and without racing extension.

Best
Gareth Pryce
Pryce & Lowe Insurance Brokers
"""
    return (M("Oliver Hagedorn <oliver.hagedorn@%s>" % INS,
              "Transport/Yacht <yacht@%s>" % INS,
              "FW: yacht proposal McAllister - data typed from scan", body),
            "CONFIDENTIAL", "en", "broker",
            "yacht proposal: named proposer with date of birth, address, claims history")


def m053():
    body = """Dear Ms Novak,

for your audit of the incoming mail process (item 4.2 of the audit plan),
here is a summary of our controls in the scanning and OCR line:

Control                                   Frequency   Sample        Owner
----------------------------------------  ----------  ------------  ---------
Completeness: page count paper vs. image  daily       all batches   Scanstelle
OCR confidence threshold (60 %) enforced  per page    automatic     IT-Capture
Manual check of low-confidence fields     daily       100 %         Scanstelle
Four-eyes check of routing to health      weekly      50 documents  KV-Leistung
Destruction of originals after 3 months   monthly     protocol      Hausdienst
Access to archive (health classes)        quarterly   user list     Datenschutz

Error rate of misrouted documents 2023: 0.07 % (31 of 44,180 sampled pages);
all were corrected within two working days. We can show you the protocols
on site on 14 May; they contain document IDs only.

Kind regards
Sabine Kröger
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Ivana Novak <ivana.novak@audit-partners.example>",
              "Audit 2024 - controls in scanning/OCR (item 4.2)", body),
            "NORMAL", "en", "insurer-to-partner",
            "trap: audit control matrix with health routing, aggregate error rate, no person")


def m054():
    body = """Hallo Jana,

das hier kam per Fax von Herrn Rickels, offenbar von einem sehr alten
Faxgerät, daher alles in Großbuchstaben. OCR-Text:

---
AN LINDENHOF KRANKENVERSICHERUNG   VON: G. RICKELS, ZETEL
BETR. VERS.NR. KV-1093 5528

SEHR GEEHRTE DAMEN UND HERREN,
ICH HATTE AM 02.04. EINE NEUE HUEFTE BEKOMMEN (HUEFT-TEP LINKS,
KLINIKUM WILHELMSHAVEN). DER ARZT SAGT, ICH SOLL JETZT IN DIE
ANSCHLUSSHEILBEHANDLUNG NACH BAD ZWISCHENAHN, 3 WOCHEN STATIONAER.
ZAHLEN SIE DAS? MEINE FRAU KANN MICH NICHT FAHREN, ICH BRAUCHE EINEN
KRANKENTRANSPORT. ICH HABE AUCH ZUCKER, FALLS DAS WICHTIG IST.

MIT FREUNDLICHEN GRUESSEN
GERHARD RICKELS
TEL. 04453 555 781
---

Kannst Du ihn zurückrufen? Er hört schlecht, am besten laut sprechen.

Lisa
"""
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Fax Rickels - AHB nach Hüft-TEP", body),
            "STRICTLY_CONFIDENTIAL", "de", "customer",
            "all-caps customer fax: hip replacement, rehab, diabetes, hearing impairment")


def m055():
    body = """Hallo Piet,

die Rückläufer von der Beitragsrechnung Sach (Versand 22.04.) sind
gescannt. Die Adressen wurden per OCR von den Umschlägen gelesen; bitte die
Verträge auf "Anschrift unbekannt" setzen und die Adressermittlung
beauftragen:

VS-NR          NAME / ANSCHRIFT LT. UMSCHLAG                  GRUND
-------------  ---------------------------------------------  ----------------
HR-0488-10273  Jelena Marković, Hastedter Heerstr. 311,       verzogen
               28207 Bremen
PH-2109-66120  Rolf Grotelüschen, Im Krummen Ort 4,           Empf. unbekannt
               28865 Lilienthal
WG-3301-02245  Erna u. Heinz Bührmann, Dorfstr. 2B,           verstorben (lt.
               27308 Kirchlinteln                             Vermerk Post)
HR-0712-7781O  Anton Szymański, Zum Sportplatz 1O,            unleserlich
               27404 Zeven

Gruß
Sabine
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Piet Janssen <piet.janssen@%s>" % INS,
              "Rückläufer Beitragsrechnung Sach 22.04.", body),
            "CONFIDENTIAL", "de", "internal",
            "returned-mail list: named policyholders, addresses, policy numbers of non-personal lines")


def m056():
    body = """Hallo Hausdienst,

der Scanner SCAN-04 (Scanstraße KV, 2. OG, Raum 2.117) zieht seit gestern
dünne Belege schief ein, vor allem Apothekenquittungen und Rezepte. Die
OCR liefert dann bei schrägen Seiten nur noch Zeichensalat, z. B.
"Arzneimittel" -> "Arzne imitte1". Vermutlich sind die Einzugsrollen
verschlissen (letzter Tausch 11/2023, Zählerstand jetzt 1,84 Mio. Seiten).

Bitte Servicetechniker von Fa. ScanTec Nord beauftragen, Wartungsvertrag
WV-0093. Bis dahin scannen wir über SCAN-02.

Danke
Sabine Kröger
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Hausdienst <hausdienst@%s>" % INS,
              "SCAN-04 zieht schief ein - Techniker bitte", body),
            "NORMAL", "de", "internal",
            "trap: scanner maintenance request mentioning prescriptions, no person")


def m057():
    body = """Geachte heer/mevrouw, dear colleagues,

thank you for your invoice no. 2024-N-33817 (received by fax, OCR below).
Wir haben die Kosten für unsere Versicherte geprüft und übernehmen sie
abzüglich des Selbstbehalts von 300 EUR.

  UMCG Groningen - nota 2024-N-33817
  Patiënt: Meike Janssen-de Boer, geb./born 19-O3-1990
  Verzekerde bij: Lindenhof KV-8811 0026 (Tarif EuroMed)
  Opname / admission: 08-04-2024 t/m 10-04-2024, Gynaecologie
  Behandeling: laparoscopische appendectomie (K35.8), geen complicaties
  Totaal: EUR 4.812,50

Payment of EUR 4,512.50 will be made to your account
NL91 ABNA 0417 1643 00 within 14 days. Bitte geben Sie bei Rückfragen
unsere Schadennummer KV-S-2024-07712 an.

Met vriendelijke groet / Mit freundlichen Grüßen
Jana Oltmanns
Leistung Kranken, Lindenhof Versicherungen AG
"""
    return (M("Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Patiëntenadministratie <debiteuren@umcg-noord.example>",
              "Invoice 2024-N-33817 - Janssen-de Boer / Kostenübernahme", body),
            "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-hospital",
            "Dutch hospital invoice: appendectomy of named insured with DOB; mixed en/de/nl")


def m058():
    body = """Hallo Beitragsbuchhaltung,

Herr Poppe behauptet, er habe die Beiträge für seine Hausrat- und
Glasversicherung überwiesen, und hat einen Kontoauszug als Scan geschickt.
OCR-Text (die Spalten sind etwas verrutscht):

Sparkasse Unterweser   Kontoauszug 4/2024   Blatt 2
Kontoinhaber Hauke Poppe   IBAN DE79 8365 6520 6857 0844 09
Buchungstag Wert Verwendungszweck                         Betrag EUR
02.04. 02.04. LINDENHOF VERS. HR-0551-30021 BEITRAG Q2     -38,70
              GLAS-0551-30022
05.04. 05.04. GEHALT 04/2024 STADTWERKE NORDENHAM        2.641,18
08.04. 08.04. EDEKA NORDENHAM KARTE 4471                   -63,12
Alter Saldo 1.204,33   Neuer Saldo 3.743,69

Die 38,70 sind bei uns auf dem Sammelkonto nicht zugeordnet - vermutlich
wegen der zwei Vertragsnummern im Verwendungszweck. Bitte suchen und
zuordnen, danke!

Lisa Behrens
"""
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Beitragsbuchhaltung <beitragsbuchhaltung@%s>" % INS,
              "Zahlung Poppe nicht zugeordnet - Kontoauszug (OCR)", body),
            "CONFIDENTIAL", "de", "customer",
            "customer's scanned bank statement: IBAN, salary credit, policy numbers")


def m059():
    html = """<html><body style="font-family:Arial,sans-serif">
<h2>Lindenhof International - Newsletter May 2024</h2>
<h3>Five tips for submitting your medical bills</h3>
<ol>
<li><b>Scan, don't photograph.</b> Phone photos taken at an angle often turn
"1" into "l" and "0" into "O" - and then the amount on your doctor's bill
may be read wrongly.</li>
<li><b>One bill per page.</b> Our scanning line separates documents by page.</li>
<li><b>No staples, no sticky notes</b> on prescriptions and pharmacy receipts.</li>
<li><b>Thermal paper fades.</b> Make a copy of pharmacy and hospital receipts
printed on thermal paper before you send them in.</li>
<li><b>Use the app.</b> The Lindenhof app checks image quality before upload.</li>
</ol>
<p>Questions? Our International Desk is there for you: +49 421 555 30-7000.</p>
<p style="font-size:8pt">You receive this newsletter as a subscriber.
<a href="https://www.lindenhof-vers.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    text = """Lindenhof International - Newsletter May 2024

Five tips for submitting your medical bills
1. Scan, don't photograph. Phone photos taken at an angle often turn "1"
   into "l" and "0" into "O" - and then the amount on your doctor's bill may
   be read wrongly.
2. One bill per page.
3. No staples, no sticky notes on prescriptions and pharmacy receipts.
4. Thermal paper fades. Copy pharmacy and hospital receipts first.
5. Use the app.

Questions? +49 421 555 30-7000
Unsubscribe: https://www.lindenhof-vers.example/newsletter/unsubscribe
"""
    return (M("Lindenhof International <newsletter@%s>" % INS,
              "Subscribers <subscribers-intl@%s>" % INS,
              "Newsletter May 2024: five tips for your medical bills", text,
              html=html),
            "NORMAL", "en", "newsletter",
            "trap: customer newsletter on scanning doctors' bills, prescriptions; no person")


def m060():
    body = """Hi Sabine,

attached is the weekly OCR quality sample from our Pune site (batch week 17).
Five documents failed the field-level check; details in the CSV. Sorry, the
client settings were wrong and the name field was not masked this time - we
have fixed this for next week.

Regards
Rahul Mehta
Delivery Manager, ScanServ Solutions
"""
    csvt = """doc_id;doc_class;patient_name_ocr;field;expected;recognised;conf
LV-0417-2231;Onkologie-Bericht;Wessels, Margret;Diagnose;C18.7;Cl8.7;0.52
LV-0417-2240;Krankenhaus-Entlassbericht;Fooken, Ole;Diagnose;I63.4;l63.4;0.48
KV-0418-0019;Psychotherapie-Antrag;Rosenboom, Ina;Leistung;VT 25 Std;VT 2S Std;0.55
KV-0418-0102;Arztrechnung;Schmidt, Peter;Betrag;1.284,00;1.2B4,00;0.41
KV-0419-0330;Hilfsmittel;Eilers, Karl-Heinz;Artikel;Hörgerät bds.;Horgerat bds.;0.58
"""
    fwd = """Sabine, see below - the vendor's QA sample contains unmasked names with
diagnoses. I've asked Frank (DPO) to look at it. Please don't forward
further.
Torsten

-----Original Message-----
""" + body
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "Sabine Kröger <sabine.kroeger@%s>" % INS,
              "FW: OCR quality sample week 17", fwd,
              atts=[CSV("qa_sample_wk17.csv", csvt)]),
            "STRICTLY_CONFIDENTIAL", "en", "internal",
            "vendor QA CSV with unmasked patient names and diagnoses (cancer, stroke, hearing aids)")


def m061():
    body = """Protokoll DSFA-Workshop "KI-gestützte Klassifikation im Posteingang"
Datum: 30.04.2024, 10:00-12:15, Raum 4.02
Teilnehmer: Datenschutz (F. Lüders), IT-Capture (T. Wendt), Scanstelle
(S. Kröger), Leistung Kranken (J. Oltmanns), Informationssicherheit

1. Verarbeitungszweck: automatische Erkennung der Dokumentklasse (Arzt-
   rechnung, Heil- und Kostenplan, AU-Bescheinigung, Krankenhausbericht,
   Kfz-Gutachten usw.) und Auslesen von Vers.-Nr., Betrag, Datum.
2. Datenkategorien: u. a. Gesundheitsdaten nach Art. 9 DSGVO, Daten von
   Kindern, Daten nach § 203 StGB. Risiko: hoch -> DSFA erforderlich.
3. Risiken: Fehlklassifikation (Gesundheitsdokument landet in Sachpostkorb),
   Trainingsdaten beim Dienstleister, Protokolldateien mit Klartext.
4. Maßnahmen: Training nur mit synthetischen Daten; Logs nur mit Dok-ID;
   Vier-Augen-Prüfung bei Konfidenz < 80 %; Löschkonzept für Zwischen-
   ergebnisse (OCR-Text) nach 30 Tagen.
5. Offene Punkte: Rechtsgrundlage für Nachtraining mit echten Belegen klären
   (Einwilligung vs. § 213 VVG) - Verantwortlich: Datenschutz, bis 31.05.

Protokoll: F. Lüders
"""
    return (M("Frank Lüders <frank.lueders@%s>" % INS,
              "DSFA KI-Posteingang <dsfa-ki@%s>" % INS,
              "Protokoll DSFA-Workshop KI-Klassifikation 30.04.", body,
              atts=[DOCX("Protokoll_DSFA_KI_2024-04-30.docx", body)]),
            "NORMAL", "de", "internal",
            "trap: DPIA minutes about health data categories, no data subject")


def m062():
    body = """Sehr geehrte Frau Detmers,

vielen Dank für die Rechnung der Glaserei. Die Texterkennung hat daraus
Folgendes gelesen - die Summe erscheint uns ungewöhnlich hoch, vermutlich
wurde ein Komma falsch erkannt:

  Glaserei Lübben & Sohn, Varel
  Rechnung 24/0388 an: Frau Inken Detmers, Schloßplatz 6, 26316 Varel
  Neuverglasung Terrassentür, Isolierglas 2-fach, 96 x 2O8 cm
  Material und Montage                          6.124,OO EUR (?)

Bitte bestätigen Sie den Betrag oder senden Sie uns die Rechnung noch einmal
als PDF. Ihr Vertrag: Glasversicherung GL-0551-90117, Schadennummer
S-2024-118623.

Mit freundlichen Grüßen
Piet Janssen
Sachschaden
"""
    return (M("Piet Janssen <piet.janssen@%s>" % INS,
              "Inken Detmers <inken.detmers@mailbox.example>",
              "Glasschaden S-2024-118623 - Rechnung Glaserei", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "glass claim of addressee with address, policy and claim number")


def m063():
    body = """Sehr geehrter Herr Uphoff,

Ihre Optikerrechnung haben wir erhalten und erstatten nach Tarif Ambulant
Plus 100 % bis 300 EUR alle zwei Jahre. Die Angaben haben wir so übernommen,
wie unsere Texterkennung sie gelesen hat:

  Optik Rosenbohm, Aurich - Rechnung 11207, 16.04.2024
  Kunde: Bernd Uphoff
  Gleitsichtglas R: sph +1,75 cyl -0,5O A 9O Add 2,25
  Gleitsichtglas L: sph +2,OO cyl -0,25 A 85 Add 2,25
  Fassung Titan                                 189,00
  2 Gläser Gleitsicht Komfort                   612,00
  Gesamt                                        801,00

Erstattung: 300,00 EUR. Der Betrag geht in den nächsten Tagen auf Ihr
bekanntes Konto.

Mit freundlichen Grüßen
Jana Oltmanns
Leistung Kranken
"""
    return (M("Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Bernd Uphoff <bernd.uphoff@t-net.example>",
              "Erstattung Ihrer Brille", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "health reimbursement of addressee's glasses with prescription values")


def m064():
    body = """Protokoll / minutes - Projekt "Host-Ablösung Posteingang", Jour fixe 19

Teilnehmer: T. Wendt, S. Kröger, P. Raman (Papyra, remote), R. Mehta
(ScanServ, remote)

1. Status Migration / status migration
   - Dokumentklassen Kfz und Sach live since 15 April, no blocking issues.
   - KV-Klassen: go-live moved to 1 July (new scanning line).
2. Zeichensatz / character set
   - Export VIS/390 is EBCDIC 273; conversion to UTF-8 drops umlauts in
     about 2 % of records ("Prufung", "Gebuhr"). Fix by Papyra in 5.3.1.
3. Festbreiten-Schnittstelle / fixed-width interface
   - Record length stays 512; field "Dokumentklasse" moves from 41-48 to
     61-68. Spec v2.3 to be circulated by T. Wendt.
4. Next meeting: 3 May, 14:00.

Action items:
  AI-19-1  Spec v2.3 verteilen (TW)            due 26.04.
  AI-19-2  Test data set without real names (PR) due 30.04.
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "Projekt Host-Ablösung <projekt-hostabloesung@%s>" % INS,
              "Protokoll JF 19 / minutes", body),
            "NORMAL", "mixed", "internal",
            "trap: mixed-language project minutes on host migration and OCR, no person")


def m065():
    body = """Dear Mr Adeyemi,

thank you for your claim under your travel cancellation insurance
(policy RR-2024-11874) for the trip to Lagos booked for 20 May.

As proof of the reason for cancellation you sent a photo of the letter of
termination from your employer. Our text recognition read it as follows:

  Nordhafen Logistik GmbH - Personalabteilung
  Herrn Chidi Adeyemi, Kattenturmer Heerstr. 40, 28277 Bremen
  Betriebsbedingte Kündigung ... zum 31.05.2024 ... Personalnummer 1O0887

Unexpected job loss is an insured reason under section 2.1(e). Please send
us the cancellation invoice from the travel agency (Reisebüro Weserstrand,
booking no. WS-44127, total price EUR 1,846) so that we can settle the
claim. The refund will go to the account you stated, DE88 7745 0424 7796 7726 38.

Kind regards
Emma Clarke
International Claims Desk
"""
    return (M("Emma Clarke <emma.clarke@%s>" % INS,
              "Chidi Adeyemi <chidi.adeyemi@inbox.example>",
              "Your travel cancellation claim RR-2024-11874", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "travel cancellation for job loss (no health): employment termination, address, IBAN")


def m066():
    body = """Sehr geehrter Herr Rechtsanwalt Dr. Albers,

in der Haftpflichtsache Ihrer Mandantin Frau Swantje Ihnen gegen unseren
Versicherungsnehmer Herrn Kai Hinrichs (Privathaftpflicht PH-2203-01944,
Schadennummer S-2024-117902) nehmen wir Bezug auf Ihr Fax vom 22.04.2024.

Ihr Schreiben war in Teilen schwer lesbar; wir haben folgende Verletzungen
Ihrer Mandantin aus dem beigefügten Attest des Klinikums übernommen:

  - Schädelprellung, Platzwunde Stirn (genäht, 4 Stiche)
  - HWS-Distorsion Grad I (S13.4)
  - Prellung linkes Handgelenk
  - AU vom 08.03. bis 29.03.2024

Zur Bemessung des Schmerzensgeldes bitten wir noch um den Abschlussbericht
des behandelnden Orthopäden sowie um eine Aufstellung des Verdienstausfalls.
Einen Vorschuss von 1.500 EUR zahlen wir auf Ihr Kanzleikonto.

Mit freundlichen Grüßen
Anke Rohlfs
Haftpflicht-Schaden
"""
    return (M("Anke Rohlfs <anke.rohlfs@%s>" % INS,
              "Dr. Albers <albers@kanzlei-albers-partner.example>",
              "Ihnen ./. Hinrichs - S-2024-117902 - Ihr Fax vom 22.04.", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
            "liability claim: injuries of named third party (S13.4, sick leave) in letter to her lawyer")


def m067():
    body = """Hallo zusammen,

hier die aktualisierte Liste der Faxnummern unserer Vertragskrankenhäuser
für Kostenzusagen (Stand Mai 2024). Bitte nur diese Nummern verwenden, bei
Abweichungen vorher anrufen. Nummern, die das Faxgateway als "ungültig"
meldet, bitte an mich.

KRANKENHAUS                          ABTEILUNG              FAX
-----------------------------------  ---------------------  ----------------
Klinikum Weserbogen                  Patientenaufnahme      0421 555 71-190
Ev. Diakoniekrankenhaus Neustadt     Patientenverwaltung    0421 555 62-44
Pius-Hospital Oldenburg              Kostenträger           0441 555 29-80
Klinikum Wilhelmshaven               Aufnahme/Abrechnung    04421 555 2-13
Reha-Zentrum Bad Zwischenahn         Verwaltung             04403 555 6-11

Die Liste liegt auch im Teamlaufwerk unter KV\\Vorlagen\\Faxnummern_KH.xlsx.

Gruß
Jana
"""
    return (M("Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "KV-Leistung <kv-leistung@%s>" % INS,
              "Faxnummern Vertragskrankenhäuser - Stand Mai 2024", body),
            "NORMAL", "de", "internal",
            "trap: fax numbers of hospitals, institutional contacts only")


def m068():
    body = """Hallo Herr Hagedorn,

anbei die gescannte Maklervollmacht für meinen neuen Kunden. Weil Ihr
Portal den Scan wegen der Dateigröße ablehnt, hier der Text:

MAKLERVOLLMACHT UND MAKLERAUFTRAG
Auftraggeber: Herr Falk Renken, geb. 08.11.1966
Anschrift: Grüne Straße 21, 26121 Oldenburg
Beruf: selbstständiger Tischlermeister (Einzelunternehmen)
Steuer-ID: 57 204 883 190
Der Auftraggeber beauftragt Brakhage Versicherungsmakler e.K. mit der Ver-
mittlung und Betreuung folgender Sparten: Privathaftpflicht, Hausrat,
Wohngebäude, Betriebshaftpflicht, Kfz.
Oldenburg, 26.04.2024   [Unterschrift F. Renken]

Bitte die bestehenden Verträge PH-2198-33012 und HR-0612-20981 auf uns
umschlüsseln. Danke!

Dennis Brakhage
"""
    return (M("Oliver Hagedorn <oliver.hagedorn@%s>" % INS,
              "Bestandsübertragung <bestand@%s>" % INS,
              "WG: Maklervollmacht Renken - Text", body),
            "CONFIDENTIAL", "de", "broker",
            "broker mandate: birth date, tax ID, address, existing non-personal contracts")


def m069():
    body = """Dear Sir or Madam,

please accept our purchase order PO-4500188312:

Pos  Qty  Item                                          Unit price   Total
---  ---  --------------------------------------------  ----------  --------
10     2  Document scanner DS-790 duplex, 90 ppm          4,180.00  8,360.00
20     2  Roller exchange kit DS-790                        112.00    224.00
30    40  Thermal fax paper roll 216 mm x 30 m                3.10    124.00
40     1  On-site installation and calibration            650.00    650.00
                                                        Net total  9,358.00

Delivery to: Lindenhof Versicherungen AG, Goods receipt Gate 3,
Lindenhofstraße 1, 28199 Bremen, Attn. Input Management.
Invoices to: invoices@lindenhof-vers.example, quoting the PO number.

Kind regards
Purchasing Department
"""
    return (M("Einkauf <einkauf@%s>" % INS,
              "Sales <sales@scantec-nord.example>",
              "Purchase order PO-4500188312 - scanners DS-790", body),
            "NORMAL", "en", "insurer-to-supplier",
            "trap: purchase order for scanners and thermal fax paper")


def m070():
    body = """Hallo Jana,

bei der Zahnarztrechnung Ostendorf (Beleg B-0429-01772) hat die OCR die
Spalten der GOZ-Tabelle zusammengezogen, das Prüfsystem hat deshalb alles
abgelehnt. So kam es an:

DatumZahnGOZLeistungFaktorBetrag
08.04.20241622 02Präparation Krone3,5215,47
08.04.2024162197adhäsive Befestigung2,358,92
15.04.202416 5170Abformung2,325,87
15.04.202436-370120Exkavieren, provisorisch2,311,64
Material/Labor (§ 9 GOZ) lt. Anlage 1.18 4,22

Richtig wäre wohl: 16 / 2210 Krone vollkeramisch Faktor 3,5, dann 2197,
5170 usw. Patientin ist Frau Gesa Ostendorf, KV-4490 1205, Tarif ZahnPlus 80.
Faktor 3,5 ohne Begründung auf der Rechnung - bitte die Begründung beim
Zahnarzt anfordern, bevor wir erstatten.

Danke, Sabine
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Zahnarztrechnung Ostendorf - Spalten kaputt", body),
            "STRICTLY_CONFIDENTIAL", "de", "internal",
            "dental invoice of named insured with tooth numbers and GOZ items, columns run together")


def m071():
    body = """Hi Priya,

here is the record layout for the fixed-width export from CaptureHub to our
host (spec v2.3, changes marked with *). Record length 512, EBCDIC 273 on
the host side, UTF-8 on your side.

POS      LEN  FIELD            FORMAT        REMARK
-------  ---  ---------------  ------------  -----------------------------
001-012   12  DOK_ID           AN            e.g. KV0424011873
013-022   10  VS_NR            AN            without blanks/hyphens
023-052   30  NAME_VN          AN            "NACHNAME, VORNAME"
053-060    8  GEB_DAT          JJJJMMTT      00000000 if unknown
061-068*   8  DOK_KLASSE       AN            ARZTRG, ZAHNRG, HKP, AUB, KHAUF
069-075    7  ICD_1            AN            e.g. M545  (no dot, no suffix)
076-087   12  BETRAG           N(10)V99      cents, right-aligned
088-090    3  OCR_KONF         N             0-100
...
Test record (synthetic):
KV0424000001KV00000001TESTPERSON, ERIKA              19700101ARZTRG  J069   00000002144092

Please confirm by Friday that 5.3.1 writes DOK_KLASSE at the new position.

Thanks
Torsten
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "Priya Raman <priya.raman@papyra.example>",
              "Fixed-width export spec v2.3 (record layout)", body),
            "NORMAL", "en", "insurer-to-supplier",
            "trap: record layout with name/birth date/ICD fields and a synthetic TESTPERSON record")


def m072():
    body = """Dear Ms Lindqvist,

thank you for sending the vet invoice for Bruno. Our OCR struggled a bit
with the handwriting; this is what we have on file:

  Tierarztpraxis Dr. Hemmen, Lilienthal - invoice 2024/1183, 17 April 2024
  Owner: Sara Lindqvist   Animal: Bruno, Labrador, male, 6 y.
  Findings: cruciate ligament rupture right hind leg
  Treatment: TPLO surgery, 2 days inpatient, X-ray follow-up
  GOT items: 1.421,86 EUR (factor 2.0)

Under your pet health policy TK-0331-0772 (surgery cover), we reimburse
80 % after the excess of EUR 250, i.e. EUR 937.49. Payment goes to
DE35 9728 4443 3273 5519 73 this week.

We wish Bruno a quick recovery!

Kind regards
Piet Janssen
Property & Pet Claims
"""
    return (M("Piet Janssen <piet.janssen@%s>" % INS,
              "Sara Lindqvist <sara.lindqvist@mailbox.example>",
              "Your pet health claim - Bruno", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "pet surgery claim (animal health): named owner, policy, IBAN")


def m073():
    body = """Dear Mr Thornton,

we have received the invoice for your new hearing aids from Hörakustik
Vahrenkamp. The copy was hard to read (fax quality), so please check the
data we took over:

  Hearing aids: 2 x RIC, receiver-in-canal, both ears
  Audiogram: moderate sensorineural hearing loss, bilateral (H90.3)
  Prescribed by: Dr. Oltmer, ENT specialist, 04 March 2024
  Invoice total: EUR 4,380.00   Statutory share: n/a (private only)

Under your expat health plan KV-6021 5530 we reimburse hearing aids up to
EUR 1,500 per ear every five years, so EUR 3,000 in total. Please let us
know if you would like us to pay the provider directly.

Kind regards
Jana Oltmanns
Health Claims, Lindenhof Versicherungen AG
"""
    return (M("Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Richard Thornton <r.thornton@inbox.example>",
              "Your hearing aids - reimbursement", body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "hearing loss H90.3 and hearing aids of addressee")


def m074():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10.05.2024 nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet.

In dringenden Fällen (z. B. Kostenzusagen für Krankenhausaufenthalte oder
Faxe, die nicht zugestellt wurden) wenden Sie sich bitte an die Scanstelle,
scanstelle@lindenhof-vers.example, Tel. 0421 555 30-4400.

Mit freundlichen Grüßen
Sabine Kröger
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Praxis Dr. Ahlers <praxis@ahlers-wiemken.example>",
              "Abwesenheitsnotiz: AW: Fax von heute", body,
              hdrs=[("Auto-Submitted", "auto-replied")]),
            "NORMAL", "de", "insurer-to-doctor",
            "trap: out-of-office reply to a practice mentioning hospital cost approvals")


def m075():
    body = """Sehr geehrter Herr Bollmann,

zu Ihrem Leitungswasserschaden vom 03.04.2024 im Haus Brookweg 17,
27711 Osterholz-Scharmbeck (Wohngebäudeversicherung WG-3320-11450) liegt
uns jetzt die Rechnung des Installateurs vor. Die Datei war ein Scan;
die Positionen lauten laut Texterkennung:

  Haustechnik Wendelken GmbH - Rechnung R-24-1092
  1  Leckortung mit Thermografie                         280,OO
  2  Kupferrohr 15 mm erneuern, Küche, 2,5 m             318,4O
  3  Trocknungsgeräte 14 Tage (3 Stück)                  924,OO
  4  Fliesenarbeiten Küchenboden (Fa. Stelljes)        1.870,OO
     netto                                            3.392,4O
     19 % MwSt                                          644,56
     brutto                                           4.036,96

Wir übernehmen den Betrag abzüglich Ihrer Selbstbeteiligung von 500 EUR.

Mit freundlichen Grüßen
Piet Janssen
Sachschaden
"""
    return (M("Piet Janssen <piet.janssen@%s>" % INS,
              "Uwe Bollmann <uwe.bollmann@web-mail.example>",
              "Leitungswasserschaden Brookweg 17 - Rechnung Installateur", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "buildings water damage of addressee: address, policy no., invoice")


def m076():
    body = """Zur Bearbeitung - KFO-Plan kam per Fax von der Praxis, Deckblatt
fehlte. OCR unten. Sabine

=== Seite 1/2 ===
Kieferorthopädische Fachpraxis Dr. Nele Gröneveld, Leer
Behandlungsplan für kieferorthopädische Behandlung
Patient: Luca Weerts, geb. 2O.O6.2O13
Versicherter: Hauke Weerts (Vater), Vers.-Nr. KV-3318 0077
Befund: Distalbiss, vergrößerte Frontzahnstufe 7 mm, Engstand
UK-Front, KIG-Einstufung D4
Therapie: festsitzende Multiband-Apparatur OK/UK, Behandlungs-
dauer ca. 3 Jahre (12 Quartale)
Voraussichtliche Kosten: 5.870,OO EUR
=== Seite 2/2 ===
Kieferorthopädische Fachpraxis Dr. Nele Gröneveld, Leer
GOZ-Positionen 6030-6080, 6100, 6140 (Anlage)
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "KV-Leistung <kv-leistung@%s>" % INS,
              "Fax KFO-Behandlungsplan ohne Deckblatt", body),
            "STRICTLY_CONFIDENTIAL", "de", "doctor",
            "orthodontic treatment plan of a named child with birth date and findings")


def m077():
    body = """Hi all,

proposal for the masking rules in the OCR debug logs (CaptureHub), to be
applied before anything is written to disk. Patterns are deliberately
broad; false positives are fine.

  R1  IBAN        [A-Z]{2}\\d{2}( ?[A-Z0-9]{4}){3,7}( ?[A-Z0-9]{1,3})?
                  test string: DE89 3704 0044 0532 0130 00 (published example)
  R2  birth date  (geb\\.?|Geb\\.-Datum|DOB)\\s*\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}
                  must also match OCR variants like "geb. O4.O7.l968"
  R3  ICD-10      [A-TV-Z]\\d{2}(\\.\\d{1,2})?( ?[GVZAL])?  e.g. "M54.5 G"
  R4  policy no.  (KV|LV|KF|HR|PH|WG)[- ]?\\d[\\d -]{6,12}
  R5  name field  everything after "Patient:" / "Versicherte:" up to EOL

Replacement: fixed token [MASKED:Rn]. Please comment by Wednesday.

Torsten
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "IT-Capture <it-capture@%s>" % INS,
              "Proposal: masking rules for OCR debug logs", body),
            "NORMAL", "en", "internal",
            "trap: masking regexes with the published example IBAN and example ICD code, no person")


def m078():
    body = """Hallo, hello,

ich schreibe English, my German is not so good. I had accident on
A1 near Delmenhorst, 21.04.2024. I send the European accident report,
scanned with phone. The OCR from my phone put columns A and B together,
sorry:

Fahrzeug A / vehicle A              Fahrzeug B / vehicle B
VN: Kamiński TomaszVN: Eilts Hannelore
Kennz.: HB-TK 5512Kennz.: DEL-HE 60
Versicherer: LindenhofVersicherer: Nordwest Direkt
Vertrag: KF 8 553 402 19Vertrag: 77-441-0092
Schaden: Front rechtsSchaden: Heck links
Verletzte: neinVerletzte: nein

The other driver says I was too close. I think she braked without reason.
What I have to do now? My car is still driving.

Thanks, Tomasz Kamiński
Tel. 0176 555 33012
"""
    fwd = """Kunde schreibt halb Deutsch, halb Englisch. Bitte Schaden anlegen.
-- Lisa

""" + body
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Kfz-Schaden <kfz-schaden@%s>" % INS,
              "WG: accident A1 / Unfallbericht", fwd),
            "CONFIDENTIAL", "mixed", "customer",
            "motor liability accident report run together: names, plates, policy numbers; no injuries")


def m079():
    body = """Sehr geehrte Frau Dunker,

Sie hatten nach den Daten für das Policendarlehen gefragt. Hier der Auszug
aus unserem Bestandssystem (die Großbuchstaben bitten wir zu
entschuldigen):

LEBENSVERSICHERUNG  VS-NR LV 20-097 331-2   STICHTAG 01.05.2024
VP/VN      DUNKER, ANJA                    TARIF  KAP-LV 2005, END 2035
VERS.SUMME 60.000,00 EUR                   BEITRAG 118,40 MTL
RUECKKAUFSWERT       41.227,18 EUR
MAX. POLICENDARLEHEN 32.981,74 EUR (80 % RKW)
ZINSSATZ             4,75 % P.A.
BEZUGSRECHT TOD      WIDERRUFLICH - EHEGATTE

Wenn Sie ein Darlehen über 15.000 EUR aufnehmen möchten, schicken Sie uns
bitte den unterschriebenen Darlehensvertrag zurück.

Mit freundlichen Grüßen
Kerstin Möhle
Leben-Bestand
"""
    return (M("Kerstin Möhle <kerstin.moehle@%s>" % INS,
              "Anja Dunker <anja.dunker@mailbox.example>",
              "Ihr Policendarlehen LV 20-097 331-2", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "life policy loan of addressee (personal line, no medical word): surrender value, beneficiary")


def m080():
    body = """Sehr geehrter Herr Vosteen,

vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung. Hier die
wichtigsten Leistungen aus dem Produktblatt (aus dem PDF kopiert, deshalb
die Trennungen):

ZahnPlus 80 - Produktinformationsblatt
- 80 % Erstattung für Zahnersatz (Kronen, Brücken, Implantate) inkl.
  Vorleistung der gesetzlichen Krankenkas-
  se
- 100 % für professionelle Zahnreinigung bis 150 EUR im Jahr
- Kieferorthopädie für Kinder bei KIG 3-5: 80 %
- keine Wartezeit für Zahnbehandlung, 8 Monate für Zahnersatz
- Leistungsbegrenzung in den ersten 4 Jahren: 1.000 / 2.000 / 3.000 /
  4.000 EUR
ZahnPlus 80 - Stand 01/2024                                     Seite 1/2

Den Antrag und die Gesundheitsfragen finden Sie online. Gern berate ich
Sie auch telefonisch.

Mit freundlichen Grüßen
Lisa Behrens
Kundenservice
"""
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Jörg Vosteen <joerg.vosteen@web-mail.example>",
              "Ihre Anfrage Zahnzusatzversicherung", body),
            "NORMAL", "de", "insurer-to-customer",
            "trap: prospect gets generic dental product sheet pasted from PDF, no contract or health data")


def m081():
    body = """Hi Oliver,

our client's application for the International Health Plan is attached as
a scan; since your portal keeps rejecting the file, here are the answers to
the medical questionnaire typed out:

Applicant: Dr. Priyanka Sethi, DOB 17 Feb 1984, relocating to Bremen
(employer: Hanse Aerospace), plan IHP Gold, deductible EUR 500

Q1 Hospital stay last 5 years?  Yes - 2021, laparoscopic removal of
   ovarian cyst, Mumbai, discharged after 2 days, no recurrence
Q2 Ongoing treatment/medication? Yes - levothyroxine 75 mcg daily
   (hypothyroidism since 2016, stable)
Q3 Mental health treatment last 10 years? No
Q4 Planned treatment? No
Height/weight: 163 cm / 58 kg

Please let us know whether you need the thyroid lab values.

Best
Gareth Pryce
Pryce & Lowe Insurance Brokers
"""
    return (M("Oliver Hagedorn <oliver.hagedorn@%s>" % INS,
              "Risikoprüfung Kranken <risikopruefung-kv@%s>" % INS,
              "FW: IHP application Sethi - medical questionnaire typed", body),
            "STRICTLY_CONFIDENTIAL", "en", "broker",
            "health insurance application answers: hypothyroidism, medication, past surgery, DOB")


def m082():
    body = """Hallo Mehmet,

anbei der Mahnlauf Kfz vom 29.04. als Druckdatei (gezippt, weil die
Mailsoftware .prn nicht durchlässt). Bitte bis Freitag prüfen, ob bei den
Verträgen mit Schaden in Regulierung die Mahnung zurückgehalten werden soll.

Gruß
Beitragsbuchhaltung
"""
    prn = """VIS/390  MAHNLAUF KRAFTFAHRT  STUFE 2                 LAUF 29.04.24  SEITE    1
VS-NR           VN                          RUECKST EUR  MAHNGEB  FAELLIG  SPERRE
--------------- --------------------------- -----------  -------  -------- ------
KF 8 553 118 77 HASHEMI, DARIUSH                 412,60     5,00  13.05.24
KF 8 553 201 09 POPPINGA, MAREN                  198,33     5,00  13.05.24
KF 8 553 274 41 LUEBBERS, JOHANN-HINRICH       1.044,80     5,00  13.05.24  SCHADEN
KF 8 553 309 12 ZIELINSKA, AGNIESZKA              88,10     5,00  13.05.24
                                           -----------
SUMME STUFE 2 (4 VERTRAEGE)                    1.743,83
ENDE DRUCKLISTE MAHN02
"""
    return (M("Beitragsbuchhaltung <beitragsbuchhaltung@%s>" % INS,
              "Mehmet Aydin <mehmet.aydin@%s>" % INS,
              "Mahnlauf Kfz Stufe 2 - 29.04.", body,
              atts=[ZIP("MAHN02_20240429.zip", [("MAHN02_20240429.prn", prn)])]),
            "CONFIDENTIAL", "de", "internal",
            "dunning list in ZIP: named motor policyholders with arrears")


def m083():
    body = """Liebe Kolleginnen und Kollegen,

mit dem neuen Archiv gelten ab 1. Juni folgende Aufbewahrungsfristen je
Dokumentklasse (Auszug aus der Archivrichtlinie AR-07, Anhang 2):

DOKUMENTKLASSE                    FRIST        RECHTSGRUNDLAGE
--------------------------------  -----------  -----------------------------
Arztrechnung / Rezept (KV)        10 Jahre     § 257 HGB, § 147 AO
Heil- und Kostenplan              10 Jahre     § 257 HGB
Arztbericht / Gutachten (LV/BU)   Vertragsende + 10 J.   Verjährung
Krankenhaus-Aufnahmeanzeige        6 Jahre     § 257 HGB
Kfz-Schadenanzeige                 6 Jahre     § 257 HGB, Verjährung
Fax-Thermopapier (nach Scan)       3 Monate    intern, Qualitätssicherung

Die Papieroriginale werden nach dem Scan 3 Monate aufbewahrt und dann
vernichtet (siehe Rahmenvertrag Aktenvernichtung).

Frank Lüders / Sabine Kröger
"""
    return (M("Frank Lüders <frank.lueders@%s>" % INS,
              "Alle Fachbereiche <alle@%s>" % INS,
              "Aufbewahrungsfristen je Dokumentklasse ab 01.06.", body),
            "NORMAL", "de", "internal",
            "trap: retention periods for medical document classes, no person")


def m084():
    body = """Dear Ms Whitaker,

thank you for your enquiry about the report that faxes containing medical
documents had been sent to a wrong number at German insurers.

Lindenhof Versicherungen AG was not affected. We can confirm that:
- all incoming faxes are received by our own fax server in our data centre
  in Bremen, not by third-party services;
- outgoing faxes with health information are no longer sent at all;
  we use encrypted e-mail or our secure portal instead;
- no incident involving customer data was reported to the supervisory
  authority in 2024.

For further questions please contact our press office.

Kind regards
Maren Tholen
Corporate Communications
Lindenhof Versicherungen AG
"""
    return (M("Maren Tholen <presse@%s>" % INS,
              "Helen Whitaker <h.whitaker@insurance-weekly.example>",
              "Your enquiry - fax incidents at German insurers", body),
            "NORMAL", "en", "insurer-to-partner",
            "trap: press answer about medical faxes, no incident and no person")


def m085():
    body = """Hallo Kollegen vom Regress,

in der Unfallversicherung UV-6610-44087 (VP Frau Telse Bruns, geb.
13.09.1977) zahlen wir Krankenhaustagegeld und voraussichtlich eine
Invaliditätsleistung. Der Unfall wurde von einem Dritten verursacht; hier
der Text aus dem Polizeibericht (Scan, OCR, Tabelle zerfallen):

Unfallaufnahme PI Verden  Az. 2O24-VER-01188
Datum/Zeit: 06.04.2024 / 16:52  Ort: L171, Höhe Kirchlinteln
Beteiligter 1: Pkw VER-AK 331, Fahrer Andreas Kordes
Beteiligter 2: Radfahrerin Bruns, Telse
Hergang: Pkw übersieht beim Abbiegen die vorfahrtsberechtigte Radfahrerin
Verletzungen Bet. 2: Oberschenkelfraktur links, Rippenprellung,
stationär Klinikum Verden
Alkoholtest Bet. 1: 0,0 Promille

Bitte prüfen, ob wir beim Kfz-Haftpflichtversicherer des Pkw Regress nehmen
können (Kosten bisher 4.200 EUR KH-Tagegeld + Übergangsleistung).

Ralf Ennen
Leistung Unfall
"""
    return (M("Ralf Ennen <ralf.ennen@%s>" % INS,
              "Regress <regress@%s>" % INS,
              "Regressprüfung UV-6610-44087 Bruns", body),
            "STRICTLY_CONFIDENTIAL", "de", "internal",
            "accident insurance case: femur fracture of named insured with birth date, police report")


def m086():
    body = """Dear Mr Novak,

your tenant's rent deposit guarantee is confirmed. Please keep this e-mail
together with the guarantee certificate (attached as PDF, scanned from our
print centre, so the lines may look slightly off).

  Guarantee no.:  MK-2024-03391
  Tenant:         Mr Luis Ortega Ruiz
  Rented flat:    Hemelinger Heerstr. 12, 3rd floor left, 28309 Bremen
  Landlord:       Mr Pavel Novak
  Amount:         EUR 2,550.00 (three monthly net rents)
  Valid from:     1 June 2024

Kind regards
Lisa Behrens
Customer Service
"""
    pdf = """LINDENHOF VERSICHERUNGEN AG   MIETKAUTIONSBUERGSCHAFT  MK-2024-03391
BUERGSCHAFTSURKUNDE
MIETER       ORTEGA RUIZ, LUIS
MIETOBJEKT   HEMELINGER HEERSTR. 12, 3. OG LI., 28309 BREMEN
VERMIETER    NOVAK, PAVEL
BETRAG       2.550,00 EUR   GUELTIG AB 01.06.2024
BREMEN, 02.05.2024      LINDENHOF VERSICHERUNGEN AG
"""
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Pavel Novak <pavel.novak@mailbox.example>",
              "Rent deposit guarantee MK-2024-03391", body,
              cc="Luis Ortega Ruiz <luis.ortega@inbox.example>",
              atts=[PDF("Buergschaft_MK-2024-03391.pdf", pdf)]),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "rent deposit guarantee: tenant and landlord named, address, amount")


def m087():
    body = """Moin,

im Export aus VIS/390 (Nachtlauf EXPKV03) sind seit dem Update die Umlaute
kaputt. Statt "ü" steht "Ã¼", statt "ß" steht "ÃŸ", und ab und zu ganz
fehlende Zeichen. Beispiele aus dem Feld LEISTUNGSTEXT (nur Feldinhalte der
Schlüsseltabelle, keine Kundendaten):

  erwartet                       ist
  -----------------------------  -------------------------------
  Prüfung Gebührenordnung        PrÃ¼fung GebÃ¼hrenordnung
  Zahnärztliche Behandlung       ZahnÃ¤rztliche Behandlung
  Heil- und Kostenplan (Größe)   Heil- und Kostenplan (GrÃ¶ÃŸe)
  Arzneimittel außerhalb         Arzneimittel auÃŸerhalb

Klassischer Fall: UTF-8 wird als ISO-8859-1 gelesen und nochmal als UTF-8
geschrieben. Bitte im Konvertierungsschritt die Codepage prüfen (CP273 ->
UTF-8, nicht über Latin-1).

Gruß
Torsten
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "Host-Betrieb <host-betrieb@%s>" % INS,
              "EXPKV03: Umlaute kaputt (Mojibake)", body),
            "NORMAL", "de", "internal",
            "trap: mojibake examples from a code table of health benefits, no customer data")


def m088():
    body = """Sehr geehrte Frau Meiners,

Sie hatten nach dem Stand Ihres Antrags auf Pflegetagegeld gefragt. Das
Gutachten des Medizinischen Dienstes liegt uns jetzt vor (leider kam es
per Fax und musste nachbearbeitet werden). Danach ist bei Ihnen seit dem
01.03.2024 Pflegegrad 2 festgestellt.

Aus Ihrem Tarif PTG 50 zahlen wir bei Pflegegrad 2 monatlich 30 % des
vereinbarten Pflegemonatsgeldes von 1.500 EUR, also 450 EUR, rückwirkend ab
März. Die Nachzahlung für März und April (900 EUR) überweisen wir in den
nächsten Tagen.

Für die Beantragung einer höheren Stufe bei einer Verschlechterung Ihres
Zustands genügt eine kurze Nachricht an uns.

Mit freundlichen Grüßen
Jana Oltmanns
Leistung Kranken/Pflege
"""
    return (M("Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Hildegard Meiners <h.meiners@t-net.example>",
              "Ihr Pflegetagegeld - Pflegegrad 2", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "care level 2 of addressee and long-term care benefit")


def m089():
    body = """Hallo Herr Brakhage,

wie gewünscht Ihre Bestandsliste Hausrat/Haftpflicht zum 30.04.2024 als
Tabelle. Die Liste kommt aus dem alten Druckprogramm und wurde per Texter-
kennung in die Tabelle übertragen; bitte Auffälligkeiten an mich melden.

Viele Grüße
Oliver Hagedorn
Maklerbetreuung
"""
    rows = [["VS-NR", "SPARTE", "VN", "ANSCHRIFT", "BEITRAG JAHR", "HAUPTFAELL."],
            ["HR-0612-20981", "HAUSRAT", "Renken, Falk", "Grüne Straße 21, 26121 Oldenburg", "142,80", "01.01."],
            ["PH-2198-33012", "PRIV. HAFTPFL.", "Renken, Falk", "Grüne Straße 21, 26121 Oldenburg", "71,40", "01.01."],
            ["HR-0613-00712", "HAUSRAT", "Kück, Hannelore", "Am Esch 4, 26160 Bad Zwischenahn", "98,10", "01.07."],
            ["PH-2201-11450", "PRIV. HAFTPFL.", "Tebben, Frank", "Donnerschweer Str. 80, 26125 Oldenburg", "71,40", "01.04."],
            ["HR-0640-5512O", "HAUSRAT", "Gerdes-Özkan, Meltem", "Nadorster Str. 199, 26123 Oldenburg", "121,55", "01.10."]]
    return (M("Oliver Hagedorn <oliver.hagedorn@%s>" % INS,
              "Dennis Brakhage <info@brakhage-makler.example>",
              "Bestandsliste Hausrat/PHV 30.04.2024", body,
              atts=[ODS("Bestand_Brakhage_2024-04-30.ods", rows)]),
            "CONFIDENTIAL", "de", "insurer-to-broker",
            "portfolio list for broker in ODS: named customers, addresses, premiums (non-personal lines)")


def m090():
    body = """Hi everyone,

quick security awareness note. Over the last two weeks our fax gateway
received several fake "invoices" that look like doctors' bills or hospital
invoices, with a QR code for payment and an urgent tone ("Mahnung -
letzte Frist"). The OCR routes them into the health claims inbox.

How to spot them:
  - unknown practice name, no tax number, no GOÄ positions
  - payee account abroad, QR code instead of bank details
  - no reference to any policy or patient we know

Please do not pay or scan these; forward the document ID to
security@lindenhof-vers.example. So far no damage has occurred.

Thanks
Information Security Team
"""
    return (M("Information Security <security@%s>" % INS,
              "Alle Fachbereiche <alle@%s>" % INS,
              "Awareness: fake medical invoices by fax", body),
            "NORMAL", "en", "internal",
            "trap: security warning about fake doctors' invoices, no person")


def m091():
    body = """Please see attached - discharge summary from Royal Eastcliff Hospital,
received at intl-claims. For the travel health file.
Emma
"""
    pdf = """ROYAL EASTCLIFF HOSPITAL NHS TRUST - DISCHARGE SUMMARY
Patient: Mrs Renate KOCH   DOB: 03/O9/1952   NHS no.: n/a (overseas visitor)
Insurer: Lindenhof Versicherungen AG, policy RK-2024-59012
Admitted: 19/04/2024 via A&E   Discharged: 24/04/2024
Presenting complaint: shortness of breath, chest pain
Diagnosis: community-acquired pneumonia right lower lobe; type 2 diabetes
(known), HbA1c 8.1 %
Treatment: IV co-amoxiclav, then oral; oxygen 2 l for 48 h
Medication on discharge: amoxicillin 500 mg tds 5 days, metformin 1 g bd
Follow-up: GP in Germany within 2 weeks, chest X-ray in 6 weeks
\f
Page 2 of 2 - Royal Eastcliff Hospital - Discharge summary KOCH, Renate
Consultant: Dr A. Menon, Respiratory Medicine
"""
    return (M("Emma Clarke <emma.clarke@%s>" % INS,
              "Reiseschaden Team <reise-leistung@%s>" % INS,
              "FW: discharge summary", body,
              atts=[PDF("discharge_summary_scan.pdf", pdf)]),
            "STRICTLY_CONFIDENTIAL", "en", "hospital",
            "harmless body; attached discharge summary: pneumonia, diabetes, medication of named patient")


def m092():
    body = """Sehr geehrte Damen und Herren,

nach dem Wasserschaden in meiner Wohnung schicke ich Ihnen die Liste der
beschädigten Sachen. Ich habe sie aus meinem alten Word-Dokument kopiert,
das ich mal eingescannt hatte, deshalb sieht es etwas komisch aus.

Hausratversicherung Nr. HR-0725-66301, Schaden vom 28.04.2024

Pos. Gegenstand                  Kaufjahr   Neuwert EUR
1    Sofa 3-Sitzer (Stoff)        2019       1.2OO,OO
2    Teppich Wohnzimmer 2x3 m     2020         340,OO
3    Bücherregal Buche            2015         280,OO
4    Laminat ist Vermieter-
     sache (nicht versichert?)
5    Fernseher 55 Zoll            2021         899,OO

Bitte überweisen Sie die Entschädigung auf mein Konto
DE49 6480 4013 0835 9236 69 (Kontoinhaberin Doris Schnakenberg).

Mit freundlichen Grüßen
Doris Schnakenberg
Worpsweder Straße 18, 27721 Ritterhude
"""
    fwd = """Bitte an Sachschaden, Liste der Kundin in der Mail. L. Behrens

-----Ursprüngliche Nachricht-----
Von: Doris Schnakenberg <doris.schnakenberg@web-mail.example>
Betreff: Wasserschaden Liste

""" + body
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Sachschaden <sachschaden@%s>" % INS,
              "WG: Wasserschaden Liste", fwd),
            "CONFIDENTIAL", "de", "customer",
            "customer household claim list with IBAN, address, policy number")


def m093():
    text = """Posteingang April 2024 nach Dokumentklassen (Seiten)

Dokumentklasse                 Papier    Fax   E-Mail/App   Summe
Arztrechnung                   21.440  4.102      18.877   44.419
Rezept/Apothekenquittung        6.118    388       9.004   15.510
AU-Bescheinigung                  904  1.220       2.117    4.241
Krankenhaus-Aufnahmeanzeige        12  2.877          90    2.979
Heil- und Kostenplan            1.877    611         744    3.232
Kfz-Schadenanzeige              1.330    140       2.210    3.680
Sonstiges                       5.902    811       4.330   11.043

Quelle: CaptureHub-Statistik, Stand 02.05.2024
"""
    html = """<html><body><p>Posteingang April 2024 nach Dokumentklassen (Seiten)</p>
<table border="1" cellspacing="0" cellpadding="2">
<tr><th>Dokumentklasse</th><th>Papier</th><th>Fax</th><th>E-Mail/App</th><th>Summe</th></tr>
<tr><td>Arztrechnung</td><td>21.440</td><td>4.102</td><td>18.877</td><td>44.419</td></tr>
<tr><td>Rezept/Apothekenquittung</td><td>6.118</td><td>388</td><td>9.004</td><td>15.510</td></tr>
<tr><td>AU-Bescheinigung</td><td>904</td><td>1.220</td><td>2.117</td><td>4.241</td></tr>
<tr><td>Krankenhaus-Aufnahmeanzeige</td><td>12</td><td>2.877</td><td>90</td><td>2.979</td></tr>
<tr><td>Heil- und Kostenplan</td><td>1.877</td><td>611</td><td>744</td><td>3.232</td></tr>
<tr><td>Kfz-Schadenanzeige</td><td>1.330</td><td>140</td><td>2.210</td><td>3.680</td></tr>
<tr><td>Sonstiges</td><td>5.902</td><td>811</td><td>4.330</td><td>11.043</td></tr>
</table><p>Quelle: CaptureHub-Statistik, Stand 02.05.2024</p></body></html>"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Bereichsleitung Betrieb <bl-betrieb@%s>" % INS,
              "Monatsstatistik Posteingang April 2024", text, html=html),
            "NORMAL", "de", "internal",
            "trap: monthly page counts per medical document class, aggregate only")


def m094():
    body = """Sehr geehrter Herr Osterloh,

anbei erhalten Sie unser Schreiben zur Nachprüfung als Text, wie von Ihnen
gewünscht. Es stammt aus unserem zentralen Druck und ist daher in
Großbuchstaben gesetzt.

LINDENHOF LEBENSVERSICHERUNG AG        BREMEN, 03.05.2024
HERRN
MALTE OSTERLOH
AM STADTGRABEN 9
26721 EMDEN
VERTRAG LV 20-211 640-5   BERUFSUNFAEHIGKEITS-ZUSATZVERSICHERUNG
NACHPRUEFUNG IHRER BERUFSUNFAEHIGKEIT GEMAESS PAR. 9 DER BEDINGUNGEN
SEHR GEEHRTER HERR OSTERLOH,
SIE ERHALTEN SEIT DEM 01.02.2021 EINE MONATLICHE BU-RENTE VON 1.250,00 EUR
SOWIE DIE BEITRAGSBEFREIUNG. IM RAHMEN DER NACHPRUEFUNG BITTEN WIR SIE,
DEN BEILIEGENDEN FRAGEBOGEN AUSZUFUELLEN UND UNS DIE BERICHTE IHRER
BEHANDELNDEN AERZTE DER LETZTEN 12 MONATE ZU SENDEN.
SEITE 1 VON 2
LINDENHOF LEBENSVERSICHERUNG AG  LV 20-211 640-5  SEITE 2 VON 2
BITTE SENDEN SIE DIE UNTERLAGEN BIS ZUM 15.06.2024 ZURUECK.
MIT FREUNDLICHEN GRUESSEN
LINDENHOF LEBENSVERSICHERUNG AG

Mit freundlichen Grüßen
Kerstin Möhle
Leistung Leben/BU
"""
    return (M("Kerstin Möhle <kerstin.moehle@%s>" % INS,
              "Malte Osterloh <malte.osterloh@mailbox.example>",
              "Nachprüfung Ihrer BU-Rente - Schreiben als Text", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "all-caps printout: addressee receives disability pension, follow-up review")


def m095():
    body = """Dear Mr Ahlers,

thank you for reporting the ransomware incident in your tax advisory
office. We have opened the claim under your cyber policy CY-0077-1204
(policyholder: Steuerberatung Jens Ahlers, sole proprietorship).

  Claim number:        S-2024-118733
  Date of incident:    29 April 2024, approx. 07:30
  Affected systems:    file server, 3 workstations; backups offline
  Incident response:   CyberSure IR, engaged via our hotline
  Notification DPA:    you told us you reported to the state authority
                       on 30 April (reference LfD-2024-0882)

Our incident responder will contact you today. Please keep the ransom note
(your scan of the screen message, which our OCR could only partly read) and
do not pay any ransom without consulting us.

Kind regards
Piet Janssen
Commercial & Cyber Claims
"""
    return (M("Piet Janssen <piet.janssen@%s>" % INS,
              "Jens Ahlers <kanzlei@stb-ahlers.example>",
              "Your cyber claim S-2024-118733", body),
            "CONFIDENTIAL", "en", "insurer-to-company",
            "cyber claim of a sole-trader tax advisor: named person, policy and claim number")


def m096():
    body = """Checkliste Cut-over VIS/390 -> CaptureHub (Posteingang KV), Version 0.9

[ ] 1. Freeze host job KVLEI017 (last run Sunday 23:00) - owner: Host-Betrieb
[ ] 2. Export Klärungskörbe as fixed-width (spec v2.3) - owner: T. Wendt
[ ] 3. Verify record count old vs. new (tolerance 0) - owner: S. Kröger
[ ] 4. Smoke test mit 20 synthetischen Belegen (Arztrechnung, HKP, AU,
       KH-Aufnahme) - no real documents!
[ ] 5. Switch fax routing -4410/-4420 to CaptureHub inbound
[ ] 6. Go/No-Go call Monday 07:30 (Bridge: +49 421 555 30-9900, PIN 4471)
[ ] 7. Rollback plan: re-enable KVLEI017, fax routing back to FAXGW01

Offen / open: Umgang mit Belegen, die während des Cut-overs per Fax
eintreffen (Vorschlag: in Spool lassen, nach Go-live verarbeiten).
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "Projekt Host-Ablösung <projekt-hostabloesung@%s>" % INS,
              "Cut-over-Checkliste KV v0.9", body),
            "NORMAL", "mixed", "internal",
            "trap: mixed-language cut-over checklist about medical document classes, no person")


def m097():
    body = """Sehr geehrte Familie Harms,

vielen Dank für die Unfallmeldung zu Ihrer Tochter Mia. Den Bericht der
Schule haben wir erhalten, er kam als Fax mit leider schlechter Qualität.
Wir haben daraus übernommen:

  Kinderunfallversicherung KU-7702-0318, versicherte Person Mia Harms
  Unfall am 24.04.2024 in der Pause (Grundschule Am Deich, Brake):
  Sturz vom Klettergerüst, Frontzahn 11 abgebrochen, Platzwunde Kinn
  Erstversorgung: Zahnarztpraxis Dr. Wilkens, Brake

Für Zahnschäden nach einem Unfall zahlen wir aus dem Tarif KinderPlus bis zu
5.000 EUR für Zahnersatz. Bitte schicken Sie uns den Behandlungsplan des
Zahnarztes, sobald er vorliegt.

Wir wünschen Mia gute Besserung!

Mit freundlichen Grüßen
Ralf Ennen
Leistung Unfall
"""
    return (M("Ralf Ennen <ralf.ennen@%s>" % INS,
              "Familie Harms <harms.brake@t-net.example>",
              "Unfall Ihrer Tochter Mia - KU-7702-0318", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "child accident: broken tooth and wound of a named child, accident policy")


def m098():
    body = """Dear Ms Castellano,

thank you for the scan of your driving licence for adding you as a driver
to the motor policy KF 8 553 420 88. Our text recognition read the
following - please check field 5, which looks wrong:

  1. CASTELLANO
  2. GIULIA
  3. 11.12.1994 ROMA (RM)
  4a. 06.03.2014   4b. 05.03.2034   4c. MIT-UCO
  5. U1C54O719Z   (?)
  9. AM/B1/B

If field 5 is correct, no further action is needed; the change will be
effective from 10 May 2024 and the premium remains unchanged.

Kind regards
Lisa Behrens
Customer Service
"""
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Giulia Castellano <giulia.castellano@inbox.example>",
              "Adding you as a driver - driving licence data", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "driving licence data of addressee: birth date, licence number, motor policy")


def m099():
    body = """Sehr geehrte Damen und Herren,

wir bestellen aus dem Rahmenvertrag Formulardruck folgende Vordrucke:

Art.-Nr.   Bezeichnung                                      Menge
---------  -----------------------------------------------  -------
F-KV-011   Erklärung zur Schweigepflichtentbindung (KV)      5.000
F-LV-204   Gesundheitsfragen BU (Antrag, 4 Seiten)           2.000
F-KV-030   Fax-Deckblatt Arztpraxen (mit Barcode-Zone)       3.000
F-SA-101   Schadenanzeige Hausrat/Wohngebäude                2.500

Wichtig: Die Barcode-Zone auf F-KV-030 muss wie im Muster weiß bleiben, sonst
kann unsere Scanstraße die Belege nicht trennen. Druckfreigabe erfolgt nach
Vorlage des Proofs.

Lieferung an Lindenhof Versicherungen AG, Warenannahme Tor 3.

Mit freundlichen Grüßen
Einkauf
"""
    return (M("Einkauf <einkauf@%s>" % INS,
              "Auftrag <auftrag@druckhaus-weser.example>",
              "Bestellung Vordrucke - Rahmenvertrag Formulardruck", body),
            "NORMAL", "de", "insurer-to-supplier",
            "trap: order for blank confidentiality-release and health-question forms")


def m100():
    body = """Hallo Frau Möhle,

den Antrag 2024-04902 (BU Plus, Antragstellerin Svenja Cordes, geb.
02.08.1993, Erzieherin) muss ich zurückstellen. In den handschriftlichen
Gesundheitsangaben ist eine Zeile nach dem Scan kaum lesbar. Die OCR liefert:

  "Frage 4: ja - 2O19 stat. Behandlung weg. Alkoho1abh...   (unleserlich)
   Entwöhnung 12 Wo. Fachklinik Oldenburger Land, seitdem abstinent"

Bitte beim Makler den Originalantrag anfordern bzw. die Kundin direkt um
eine genaue Schilderung und einen Bericht der Fachklinik bitten
(Schweigepflichtentbindung liegt vor). Bis dahin keine Policierung.

Ute Brinkmann
Risikoprüfung
"""
    return (M("Ute Brinkmann <ute.brinkmann@%s>" % INS,
              "Kerstin Möhle <kerstin.moehle@%s>" % INS,
              "Antrag 2024-04902 zurückgestellt", body),
            "STRICTLY_CONFIDENTIAL", "de", "internal",
            "BU application: alcohol dependence treatment of named applicant with birth date")


def m101():
    body = """Hi Priya,

thanks for the April SLA report. For the record, the figures we agreed on
in the service review (all classes, field level, after validation rules):

  document class            pages    field accuracy   target   status
  ------------------------  -------  ---------------  -------  ------
  doctor's invoice (GOÄ)     44,419          97.8 %    97.0 %  met
  dental invoice (GOZ)        6,210          95.1 %    96.0 %  MISSED
  treatment plan (HKP)        3,232          93.4 %    95.0 %  MISSED
  sick note (AU)              4,241          98.9 %    98.0 %  met
  hospital admission          2,979          91.2 %    95.0 %  MISSED
  motor claim form            3,680          96.5 %    95.0 %  met

The misses are all in fax-heavy classes. Please propose a remediation plan
(binarisation, column detection for GOZ tables) by 20 May; service credits
per clause 9.3 apply from June.

Best
Torsten
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "Priya Raman <priya.raman@papyra.example>",
              "April SLA report - missed targets in fax-heavy classes", body),
            "NORMAL", "en", "insurer-to-supplier",
            "trap: SLA accuracy per medical document class, aggregate only")


def m102():
    body = """Sehr geehrter Herr Gerdes,

die Bescheinigung Ihres Vorversicherers über den Schadenverlauf haben wir
erhalten. Sie kam per Fax; laut Texterkennung:

  NORDWEST DIREKT VERSICHERUNG - SCHADENFREIHEITSBESCHEINIGUNG
  VN: Gerdes, Hauke   geb. 29.O1.1971
  Vertrag 44-KH-0091832, Fahrzeug OL-HG 711, Vertragsende 31.12.2023
  Schadenfreie Jahre KH: 17   Schäden 2021-2023: 1 (reguliert 2022,
  1.180 EUR)

Damit stufen wir Ihre Kfz-Haftpflicht bei uns (KF 8 553 502 30) in SF 16
ein, die Vollkasko in SF 12. Den neuen Versicherungsschein erhalten Sie in
den nächsten Tagen per Post.

Mit freundlichen Grüßen
Lisa Behrens
Kundenservice
"""
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Hauke Gerdes <hauke.gerdes@web-mail.example>",
              "Ihre Kfz-Versicherung - Einstufung SF", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "motor no-claims certificate: birth date, previous claim, plate, policy numbers")


def m103():
    body = """Sehr geehrter Herr Abels,

Ihre Krankenhausrechnung vom Aufenthalt im Ev. Diakoniekrankenhaus (07.03.
bis 14.03.2024) haben wir geprüft. Die Rechnung war ein Scan mit schlechter
Qualität; die DRG haben wir so gelesen:

  Hauptdiagnose:  K80.10 (Gallenblasenstein mit Cholezystitis)
  Prozedur:       5-511.11 laparoskopische Cholezystektomie
  DRG:            H08B   Relativgewicht 0,9O4 (OCR: "O,9O4")
  Rechnungsbetrag allg. Krankenhausleistungen:  4.211,37 EUR
  Wahlleistung Zweibettzimmer 7 Tage à 68,00:     476,00 EUR

Wir erstatten den vollen Betrag von 4.687,37 EUR nach Ihrem Tarif Stationär
Komfort. Da Sie das Klinikum bereits bezahlt haben, geht die Erstattung an
Sie.

Mit freundlichen Grüßen
Jana Oltmanns
Leistung Kranken
"""
    return (M("Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Dieter Abels <d.abels@mailbox.example>",
              "Ihre Krankenhausrechnung März 2024", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "hospital bill of addressee: gallstones K80.10, OPS and DRG")


def m104():
    body = """Hallo zusammen,

für die Schulung "OCR-Fehler erkennen" am Donnerstag hier das Quiz. Alle
Beispiele sind erfunden bzw. so verändert, dass niemand erkennbar ist; bitte
trotzdem nicht außerhalb der Schulung verwenden.

1. Die OCR liest "Diagnose: M5l.l6". Welcher Code ist wahrscheinlich
   gemeint? (a) M51.16  (b) M5I.I6  (c) MS1.16
2. In einer Rechnung steht "Betrag 1.2B4,OO". Was prüfen Sie?
3. Eine AU-Bescheinigung enthält "arbeitsunfahig bis 3O.O4.". Warum
   fehlt das "ä" und wie gehen Sie damit um?
4. Bei einem Fax wurde die Kopfzeile "Praxis Dr. ... - Seite 2 von 3" in die
   Mitte der Diagnosenliste gesetzt. Darf die OCR-Zeile als Diagnose
   übernommen werden?
5. Fallbeispiel: Versicherte, 54 Jahre, Arztrechnung Orthopädie, Vers.-Nr.
   unleserlich. Wie gehen Sie vor? (Klärungskorb / Rückfrage / Ablehnung)

Lösungen gibt es am Donnerstag.
Sabine
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Team Scanstelle <team-scanstelle@%s>" % INS,
              "Quiz für die Schulung OCR-Fehler", body),
            "NORMAL", "de", "internal",
            "trap: training quiz with invented diagnosis codes and an anonymised case (age only)")


def m105():
    body = """Hello,

I'm writing because I scratched my neighbour's car with my bike trailer
last Saturday in our street. She said I should contact my liability
insurance. Here is the text from the note she put in my letterbox (I
copied it from the photo with Google Lens, sorry for the errors):

  "Hallo Herr Fitzgerald, lhr Fahrradanhänger hat an meinem Auto (Skoda
   Octavia, OHZ-RW 304) die Beifahrertür zerkratzt. Bitte melden Sie
   sich. Renate Wilkens, Haus Nr. 14"

My policy is PH-2210-55871. Nobody was hurt, it's only the paint. Her
workshop says about 600 euros.

Best regards
Sean Fitzgerald
Lindenallee 16, 27711 Osterholz-Scharmbeck
"""
    fwd = """Kunde schreibt Englisch - bitte PHV-Schaden anlegen. Lisa

----- Original Message -----
""" + body
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Haftpflicht-Schaden <haftpflicht-schaden@%s>" % INS,
              "FW: scratch on neighbour's car", fwd),
            "CONFIDENTIAL", "en", "customer",
            "liability claim: named customer, address, policy no., third party's car; nobody hurt")


def m106():
    body = """Hallo zusammen,

kurze Info zum ICD-10-GM 2025: Das BfArM hat die Vorabfassung
veröffentlicht. Für unsere OCR-Wortliste und die Plausibilitätsprüfung der
Diagnosefelder bedeutet das:

- neue Schlüsselnummern in den Kapiteln U und Z werden in die Code-Tabelle
  übernommen (Update durch IT-Capture bis 30.11.),
- die Zusatzkennzeichen G, V, Z, A (Diagnosesicherheit) und R, L, B
  (Seitenlokalisation) bleiben unverändert,
- typische OCR-Verwechslungen im Codeformat (l statt 1, O statt 0, S statt 5)
  korrigiert die Plausibilitätsprüfung weiter automatisch, wenn das Ergebnis
  ein gültiger Code ist.

Die Änderungsliste hänge ich nicht an, sie ist auf der Seite des BfArM.

Gruß
Torsten
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "KV-Leistung <kv-leistung@%s>" % INS,
              "ICD-10-GM 2025 - Auswirkungen auf OCR-Prüfung", body),
            "NORMAL", "de", "internal",
            "trap: ICD-10-GM update note for OCR rules, no person")


def m107():
    body = """Dear Ms Möhle,

further to your request of 11 April regarding my patient Mr Arne Visser
(date of birth 30 May 1975), who has applied for benefits under his
disability cover with you, I can report the following. Please excuse the
format; our practice system prints in columns which I have pasted here.

PROBLEM LIST                      SINCE     STATUS
Multiple sclerosis, relapsing-    2019      active, 2 relapses 2023
remitting (G35.1)
Fatigue, severe                   2022      ongoing
Depressive symptoms, reactive     2023      treated (sertraline 50 mg)

He has been unable to work as a ship's engineer since October 2023. In my
opinion he will not be able to return to work requiring full physical
fitness and night shifts. The neurologist's report (Dr. Hendriks,
Groningen) is enclosed.

Yours sincerely
Dr. Marten Bakker, general practitioner, Emden
"""
    fwd = """Eingang per Mail (Arzt, Englisch). Für die Akte LV 20-188 207-4.
Kerstin

-----Original Message-----
""" + body
    return (M("Kerstin Möhle <kerstin.moehle@%s>" % INS,
              "Leistung Leben/BU <bu-leistung@%s>" % INS,
              "WG: Mr Arne Visser - report", fwd),
            "STRICTLY_CONFIDENTIAL", "en", "doctor",
            "GP report for disability claim: multiple sclerosis G35.1, depression, medication, DOB")


def m108():
    body = """Sehr geehrte Kundin, sehr geehrter Kunde,

in Ihrem SecureMail-Postfach bei der Lindenhof Versicherungen AG liegt eine
neue Nachricht für Sie bereit.

Bitte melden Sie sich unter https://securemail.lindenhof-vers.example an, um
die Nachricht zu lesen. Aus Sicherheitsgründen enthält diese Benachrichtigung
keine Inhalte.

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht darauf.

Lindenhof Versicherungen AG - Lindenhofstraße 1 - 28199 Bremen
"""
    return (M("SecureMail <no-reply@%s>" % INS,
              "kunde4471@mailbox.example",
              "Neue Nachricht in Ihrem SecureMail-Postfach", body),
            "NORMAL", "de", "insurer-to-customer",
            "trap: portal notification without content")


def m109():
    body = """Dear Mr Kessler,

thank you for the scanned documents. Below the data from our contract
system for your household and liability policies, as you asked in your
request. Our old print module still produces upper case, sorry:

  VN         KESSLER, THOMAS ANDREAS     GEB. 17.04.1962
  ANSCHRIFT  BUERGERMEISTER-SMIDT-STR. 58, 28195 BREMEN
  HR-0790-31022  HAUSRAT KOMFORT   VS 80.000 EUR  BEITRAG 188,20/J
  PH-2215-40033  PRIVATHAFTPFL.    VS 10 MIO EUR  BEITRAG  79,90/J
  ZAHLART    LASTSCHRIFT JAEHRLICH   IBAN DE66 6617 3972 8814 0361 91

Your date of birth is recorded as 17 April 1962; if this is wrong (your
mail said the scan of your ID might show "1982"), please send us a copy of
your ID card and we will correct it.

Kind regards
Lisa Behrens
Customer Service
"""
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Thomas Kessler <thomas.kessler@inbox.example>",
              "Your contract data - household and liability", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "customer's contract data: birth date, address, IBAN, household/liability policies")


def m110():
    body = """Dear Martin,

following your question about the select period in our mortality basis:
the text below is copied from the technical note (PDF), which is why the
hyphenation is still in. Table values are for the portfolio as a whole.

  3.2 Selection effects
  For term life policies underwritten with full medical evidence, observed
  mortality in policy years 1-3 was 61 % of the base table (DAV 2008 T),
  rising to 88 % in years 4-5 and converging to 97 % from year 6 on-
  wards. Smoker/non-smoker differentiation is applied after the select
  period only.
                   Technical Note TN-LV-2023-04          page 7 of 19
  Lindenhof Lebensversicherung AG - internal / reinsurer use only
  Claims with cause of death "cardiovascular" accounted for 34 % of
  claims by count and 41 % by amount (2019-2023, n = 212).

Happy to discuss on Thursday.

Christian Bode
"""
    return (M("Christian Bode <christian.bode@%s>" % INS,
              "Martin Hall <martin.hall@northsea-re.example>",
              "RE: select period - excerpt from TN-LV-2023-04", body),
            "NORMAL", "en", "insurer-to-partner",
            "trap: mortality and cause-of-death statistics for reinsurer, portfolio level")


def m111():
    body = """Hallo Frau Möhle,

anbei wie jedes Jahr die Meldeliste für die Direktversicherung unserer
Mitarbeiter (Gruppenvertrag bAV GV-0412). Unser Lohnprogramm exportiert nur
Festbreite, ich habe die Datei ins Excel übertragen.

Zugänge 2024: Frau Rieken (ab 01.03.), Herr Santos Ferreira (ab 01.04.)
Abgang: Herr Witte zum 31.03. (Kündigung)

Viele Grüße
Martina Lohmann
Personalabteilung, Hafenbetriebe Weser GmbH
"""
    rows = [["PERS-NR", "NAME", "VORNAME", "GEB.-DATUM", "EINTRITT", "BRUTTO JAHR", "UMWANDLUNG MTL", "AG-ZUSCHUSS"],
            ["10044", "Rieken", "Wiebke", "12.07.1990", "01.03.2024", "46.800,00", "150,00", "22,50"],
            ["10051", "Santos Ferreira", "João", "03.11.1986", "01.04.2024", "52.400,00", "200,00", "30,00"],
            ["09871", "Onnen", "Tjark", "28.02.1979", "01.01.2019", "61.200,00", "302,00", "45,30"],
            ["09120", "Witte", "Klaus-Dieter", "09.09.1968", "01.06.2012", "58.900,00", "ABGANG", "-"]]
    return (M("Kerstin Möhle <kerstin.moehle@%s>" % INS,
              "bAV-Bestand <bav@%s>" % INS,
              "WG: Meldeliste bAV GV-0412 Hafenbetriebe Weser 2024", body,
              atts=[XLSX("bAV_GV-0412_2024.xlsx", rows)]),
            "STRICTLY_CONFIDENTIAL", "de", "company",
            "employer's bAV (life) list: named employees with birth dates and salaries")


def m112():
    body = """Sehr geehrtes Praxisteam,

wir stellen unser Faxgateway um. Damit wir prüfen können, ob Ihre Faxe
weiterhin sauber ankommen, bitten wir Sie um ein Testfax:

- Empfänger: 0421 555 30-4499 (Testnummer, nicht die Leistungsabteilung)
- Inhalt: nur das beigefügte Testblatt oder eine leere Seite mit Ihrem
  Praxisstempel - bitte KEINE Patientenunterlagen
- Zeitraum: 13.-17. Mai 2024

Sie erhalten von uns innerhalb eines Tages eine kurze Rückmeldung zur
Lesbarkeit. Vielen Dank für Ihre Unterstützung!

Mit freundlichen Grüßen
Torsten Wendt
IT / Input-Management
Lindenhof Versicherungen AG
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "Praxis Dr. Ahlers <praxis@ahlers-wiemken.example>",
              "Bitte um Testfax - Umstellung Faxgateway", body,
              atts=[PDF("Testblatt_Fax.pdf", "TESTBLATT FAX - LINDENHOF\n0123456789  ABCDEFGHIJKLMNOPQRSTUVWXYZ  ÄÖÜ äöüß\nrn m rn m   l 1 I   0 O   B ß\nBitte mit Praxisstempel an 0421 555 30-4499 faxen. Keine Patientendaten.")]),
            "NORMAL", "de", "insurer-to-doctor",
            "trap: request to a practice for a test fax without patient data")


def m113():
    body = """Hi Oliver,

our client, Hanseatic Timber Trading GmbH, had a claim under the
commercial liability policy. Their contact is the managing director,
Mr Lukas Brandt (mobile +49 170 555 8821). Below the text of the
certificate of insurance the client scanned - I can't open your PDF
without OCR, so this is what came out:

  CERTIFICATE OF INSURANCE - Betriebshaftpflicht BH-3301-00718
  Policyholder: Hanseatic Timber Trading GmbH, Holzhafen 4, 28197 Bremen
  Limit: EUR 5,000,000 per occurrence, deductible EUR 1,000
  Period: 01.01.2024 - 31.12.2024

Claim: a pallet fell from their forklift onto a customer's van in the
yard on 2 May, damage to the van only, approx. EUR 3,400. Nobody was
injured. Please register.

Best regards
Gareth Pryce
Pryce & Lowe Insurance Brokers
"""
    return (M("Oliver Hagedorn <oliver.hagedorn@%s>" % INS,
              "Haftpflicht-Schaden <haftpflicht-schaden@%s>" % INS,
              "FW: liability claim Hanseatic Timber Trading - BH-3301-00718", body),
            "CONFIDENTIAL", "en", "broker",
            "commercial liability claim with named contact person and mobile; property damage only")


def m114():
    body = """Hi Torsten,

here's the excerpt from the FAXGW01 log for the failed transmissions this
morning. Looks like the T.30 negotiation fails with ECM on some old
machines.

2024-05-06 08:14:02 ch07 RX start  CSID="+49 4402 5551730"
2024-05-06 08:14:09 ch07 DIS/DCS 9600 V.29 ECM=on
2024-05-06 08:14:31 ch07 ERR  T.30 phase D timeout (MCF not received)
2024-05-06 08:14:31 ch07 RX end   status=FAILED pages=0/3
2024-05-06 08:21:47 ch03 RX start  CSID="PRAXIS WIEMKEN"
2024-05-06 08:21:55 ch03 DIS/DCS 14400 V.17 ECM=on
2024-05-06 08:22:40 ch03 ERR  T.30 RTN x3, falling back to 9600
2024-05-06 08:23:58 ch03 RX end   status=OK pages=2/2  -> OCR queue KV

Suggest forcing ECM off for ch07 as a test. No documents were lost; the
sender retried successfully at 08:31.

Cheers
Nils (Network Ops)
"""
    return (M("Nils Frerichs <nils.frerichs@%s>" % INS,
              "Torsten Wendt <torsten.wendt@%s>" % INS,
              "FAXGW01 log - T.30 failures on ch07", body),
            "NORMAL", "en", "internal",
            "trap: fax gateway protocol log with practice fax IDs, no document content")


def m115():
    body = """Dear Mrs Okonkwo,

congratulations on your pregnancy! We have received the copy of the pages
from your maternity record (Mutterpass). The scan was slightly blurred;
we have recorded:

  expected date of delivery: 14 September 2024
  pregnancy: first, singleton, no risk factors noted
  gynaecologist: Dr. Steffens, Bremen-Vegesack

Under your health plan KV-6021 6677 (tariff International Comfort) you are
entitled to the maternity allowance of EUR 1,000 after the birth, and the
costs of antenatal care and delivery are covered in full (waiting period
completed). Please send us the birth certificate after the birth so that we
can add your baby to your policy without health questions.

Kind regards
Jana Oltmanns
Health Claims
"""
    return (M("Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Adaeze Okonkwo <adaeze.okonkwo@mailbox.example>",
              "Your maternity benefits", body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "pregnancy of addressee: due date, maternity record, health plan")


def m116():
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<h3>Makler-Newsletter 05/2024</h3>
<p><b>Neue Gesundheitsfragen im BU-Antrag ab 1. Juli</b><br>
Wir vereinfachen die Gesundheitsfragen: statt 9 nur noch 6 Fragen, Abfrage-
zeitraum für ambulante Behandlungen 3 statt 5 Jahre. Bagatellen wie Erkältung,
Grippe oder Zahnbehandlung ohne Komplikationen müssen nicht angegeben werden.</p>
<p><b>Scannen statt faxen</b><br>
Arztberichte und Antragsunterlagen bitte nur noch über den verschlüsselten
Upload im Maklerportal. Handyfotos führen häufig zu Lesefehlern ("rn" statt "m",
"l" statt "1"), die Rückfragen auslösen.</p>
<p><b>Webinar</b>: "Risikoprüfung verstehen" am 4. Juni, 10 Uhr, mit unserer
Gesellschaftsärztin. Anmeldung im Portal.</p>
<p style="font-size:8pt">Lindenhof Versicherungen AG - Maklerbetreuung -
<a href="https://makler.lindenhof-vers.example">makler.lindenhof-vers.example</a></p>
</body></html>"""
    return (M("Maklerbetreuung <maklerbetreuung@%s>" % INS,
              "Maklerverteiler <makler-alle@%s>" % INS,
              "Makler-Newsletter 05/2024", html=html),
            "NORMAL", "de", "insurer-to-broker",
            "trap: HTML broker newsletter about health questions and underwriting, no person")


def m117():
    body = """Sehr geehrte Damen und Herren,

das Autohaus hat uns für einen Kunden per Fax eine eVB angefragt; das Fax
war kaum lesbar, deshalb hier unsere Rückfrage mit den Daten, wie wir sie
gelesen haben:

  Autohaus Bruns GmbH - Anfrage eVB
  Kunde: Jasmin Oltmanns-Reiners, geb. 1O.1O.1998
  Anschrift: Stedinger Str. 71, 27751 Delmenhorst
  Fahrzeug: Hyundai i20, FIN NLHBB51... (unleserlich)
  Zulassung geplant: 08.05.2024

Bitte senden Sie uns die vollständige FIN. Die eVB-Nummer lautet
vorläufig 7HK4P2W; sie ist 14 Tage gültig.

Mit freundlichen Grüßen
Kfz-Antrag
"""
    return (M("Kfz-Antrag <kfz-antrag@%s>" % INS,
              "Verkauf <verkauf@autohaus-bruns.example>",
              "Ihre eVB-Anfrage per Fax - Oltmanns-Reiners", body),
            "CONFIDENTIAL", "de", "insurer-to-company",
            "eVB request: named customer with birth date and address to car dealer")


def m118():
    body = """Liebe Kolleginnen und Kollegen,

ab 1. Juni übernimmt Sabine Kröger die Leitung des neuen Teams
Input-Management (Scanstelle, Faxeingang, Klärungskörbe). Torsten Wendt
bleibt fachlich für die Capture-Plattform verantwortlich.

Außerdem begrüßen wir zwei neue Kolleginnen in der Scanstelle: Merve Yıldız
und Hanna Tapken. Sie fangen am 13. Mai an; bitte nehmt sie freundlich auf.

Zur Einstandsfeier gibt es am 14. Mai um 15 Uhr Kuchen in der Teeküche 2. OG.

Viele Grüße
Bereichsleitung Betrieb
"""
    return (M("Bereichsleitung Betrieb <bl-betrieb@%s>" % INS,
              "Alle Betrieb <alle-betrieb@%s>" % INS,
              "Personalien Input-Management", body),
            "NORMAL", "de", "internal",
            "trap: personnel announcement naming colleagues, no sensitive data")


def m119():
    body = """Hallo Jana,

das hier kam per Fax von Frau Eilers, Rechnung einer Heilpraktikerin.
OCR, Spalten teilweise zusammengelaufen:

Naturheilpraxis Birgit Sanders, Heilpraktikerin, Ganderkesee
Rechnung Nr. 2024-118 für Frau Margarete Eilers, Bookholzberg
Diagnose: Erschöpfungssyndrom, Schlafstörungen, Reizdarm
DatumGebüH-Nr.LeistungBetrag
04.04.20241Anamnese, Erstkonsultation26,00
04.04.202420.1Akupunktur23,00
11.04.202420.1Akupunktur23,00
11.04.20244Eigenbluttherapie18,00
Gesamt 90,00 EUR

Vers.-Nr. stand handschriftlich drauf: KV-2217 8831. Tarif Ambulant
Plus mit Heilpraktiker bis 1.000 EUR.

Sabine
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Fax Heilpraktikerrechnung Eilers", body),
            "STRICTLY_CONFIDENTIAL", "de", "customer",
            "naturopath invoice with diagnoses of named insured, GebüH table run together")


def m120():
    body = """Hi Priya,

another de-hyphenation issue in 5.3.0 (ticket PAP-7712): the rule joins
every line ending in "-" with the next line, but in German the hyphen often
stays because it is part of a coordinated compound. Examples from our
synthetic set:

  input (line break at "|")          output 5.3.0          expected
  ---------------------------------  --------------------  ----------------------
  "Kranken-|und Pflegeversicherung"  "Krankenund Pflege…"  "Kranken- und Pflege…"
  "Heil-|und Kostenplan"             "Heilund Kostenplan"  "Heil- und Kostenplan"
  "Diagno-|se"                       "Diagnose"            "Diagnose"  (ok)
  "Zahn-|ersatz"                     "Zahnersatz"          "Zahnersatz" (ok)
  "Sach-|und Haftpflicht"            "Sachund Haftpflicht" "Sach- und Haftpflicht"

Rule suggestion: keep the hyphen if the next line starts with "und", "oder",
"bzw." or a comma.

Thanks
Torsten
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "Priya Raman <priya.raman@papyra.example>",
              "PAP-7712 de-hyphenation joins 'Kranken- und'", body),
            "NORMAL", "en", "insurer-to-supplier",
            "trap: de-hyphenation bug with health words only, synthetic examples")


def m121():
    body = """Hallo Piet,

die Deutsche Post hat die Nachsendeaufträge als Festbreitendatei geliefert
(Adressabgleich Mai). Betroffen sind Sach-Verträge; ich habe die Treffer aus
der Datei hier reinkopiert. Bitte die Anschriften in VIS/390 ändern.

SATZ NAME                      ALTE ANSCHRIFT                     NEUE ANSCHRIFT                      VS-NR
0001 HOLTHUSEN, BIRGIT         WACHMANNSTR. 14, 28209 BREMEN      AM WALL 201, 28195 BREMEN           HR-0488-11902
0002 RAHMAN, AISHA             KORNSTR. 112, 28201 BREMEN         OSTERDEICH 61, 28203 BREMEN         PH-2210-66013
0003 BEHRENDS, JANNIK          FEDELHOEREN 8, 28203 BREMEN        LLOYDSTR. 4, 28217 BREMEN           HR-0731-20099

Satz 0002 ist die Kundin mit der Auslandskrankenversicherung - bitte nur den
PHV-Vertrag hier ändern, die KV macht die Leistungsabteilung selbst.

Gruß
Sabine
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Piet Janssen <piet.janssen@%s>" % INS,
              "Adressabgleich Mai - Nachsendeaufträge Sach", body),
            "CONFIDENTIAL", "de", "internal",
            "change-of-address records: names, old and new addresses, policy numbers (mentions a health contract exists)")


def m122():
    body = """Hallo zusammen,

für die Schulung der neuen Kolleginnen ein anonymisiertes Fallbeispiel aus
dem letzten Jahr (Namen, Daten und Orte verändert, Zahlen gerundet):

Eine Praxis faxt eine Rechnung über eine ambulante Psychotherapie
(Verhaltenstherapie, 24 Sitzungen) für einen Versicherten Mitte 40. Die
OCR liest die Vers.-Nr. falsch, der Beleg landet in der Akte eines anderen
Versicherten. Der Fehler fällt erst auf, als dieser Versicherte eine
Erstattungsmitteilung über eine Therapie bekommt, die er nie gemacht hat.

Was lernen wir daraus?
1. Bei Konfidenz unter 80 % in der Vers.-Nr. immer Namensabgleich.
2. Bei Psychotherapie-Belegen immer Vier-Augen-Prüfung vor der Zuordnung.
3. Fehlzuordnungen sofort dem Datenschutz melden (Art. 33 DSGVO prüfen).

Sabine
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Team Scanstelle <team-scanstelle@%s>" % INS,
              "Fallbeispiel für die Einarbeitung (anonymisiert)", body),
            "NORMAL", "de", "internal",
            "trap: anonymised training case about a misfiled psychotherapy invoice")


def m123():
    body = """Sehr geehrte Frau Dr. Kruse,

vielen Dank für Ihre Rechnung für unsere Versicherte Frau Rosemarie Tapken
(geb. 21.12.1949, KV-1188 4032). Die Rechnung kam per Fax; bei einer
Position benötigen wir eine Erläuterung:

  Datum     GOÄ     Leistung                                     Faktor  Betrag
  15.04.24  A 5855  Photodynamische Therapie (analog)             2,3   188,34
  15.04.24  1       Beratung                                      2,3    10,72
  Diagnose lt. Rechnung: aktinische Keratosen Stirn/Kopfhaut (L57.0)

Bitte teilen Sie uns mit, welche Leistung der Analogbewertung nach § 6 Abs. 1
GOÄ zugrunde liegt, und senden Sie uns die Rechnung möglichst im Original
oder als PDF; die Faxkopie ist in der Betragsspalte schlecht lesbar.

Mit freundlichen Grüßen
Jana Oltmanns
Leistung Kranken
"""
    return (M("Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Hautarztpraxis Dr. Kruse <praxis@dermatologie-kruse.example>",
              "Rückfrage Rechnung Tapken - Analogziffer", body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
            "query to dermatologist about named patient's invoice: diagnosis L57.0, birth date")


def m124():
    body = """Sehr geehrte Damen und Herren,

zum Entwurf der Datensatzbeschreibung "Elektronische Aufnahmeanzeige
Privatpatienten" (Version 0.7) nehmen wir wie folgt Stellung:

1. Feld 14 "Aufnahmediagnose (ICD-10-GM)": Wir begrüßen die strukturierte
   Übermittlung; sie ersetzt die heute überwiegend per Fax eingehenden
   Anzeigen, deren Texterkennung fehleranfällig ist.
2. Feld 17 "Voraussichtliche Verweildauer": bitte als Pflichtfeld.
3. Feld 22 "Wahlleistungsvereinbarung": bitte Kennzeichen statt Freitext.
4. Transport: ausschließlich verschlüsselt über die KIM-/TI-Infrastruktur
   bzw. gleichwertig; kein unverschlüsselter E-Mail-Versand.

Für Rückfragen steht Ihnen Herr Wendt (IT) zur Verfügung.

Mit freundlichen Grüßen
Lindenhof Krankenversicherung a.G.
Leistung Kranken / IT-Capture
"""
    return (M("Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Geschäftsstelle <gs@krankenhausgesellschaft-nord.example>",
              "Stellungnahme Datensatzbeschreibung elektronische Aufnahmeanzeige",
              body),
            "NORMAL", "de", "insurer-to-partner",
            "trap: comments on a hospital data standard (diagnosis field), no person")


def m125():
    body = """Dear Ms Brennan,

thank you for sending the letter from your employer. We have checked
your legal expenses cover (policy RS-4402-30117, employment law module)
and confirm cover for the out-of-court representation by your lawyer.

For our file we took over the following details from the letter (scanned,
so please forgive any typos):

  Employer: Weserwind Service GmbH
  Notice of termination dated 22 April 2024, effective 31 July 2024
  Reason stated: "operational reasons"
  Your gross monthly salary: EUR 4,85O (as stated by your lawyer)
  Length of service: 6 years

Claim number RS-S-2024-02390. Your excess of EUR 150 will be deducted from
the first invoice.

Kind regards
Anke Rohlfs
Legal Expenses Claims
"""
    return (M("Anke Rohlfs <anke.rohlfs@%s>" % INS,
              "Niamh Brennan <niamh.brennan@mailbox.example>",
              "Legal expenses cover - termination of employment", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "legal expenses employment case of addressee with salary")


def m126():
    body = """Dear Mr Haddad,

thank you for your interest in our international health plans. To answer
your general question: yes, once you are insured with us you can submit
invoices from doctors and hospitals abroad in English, French or Spanish.
We do not need certified translations for amounts below EUR 2,500.

Please do not send documents by fax from abroad; the quality is usually too
poor for our text recognition. Use the Lindenhof app or the upload form at
https://www.lindenhof-vers.example/international/upload instead.

The product brochure "International Comfort" is attached as a link:
https://www.lindenhof-vers.example/downloads/international-comfort.pdf

Kind regards
Emma Clarke
International Desk
"""
    return (M("Emma Clarke <emma.clarke@%s>" % INS,
              "Karim Haddad <karim.haddad@inbox.example>",
              "Your question about submitting invoices from abroad", body),
            "NORMAL", "en", "insurer-to-customer",
            "trap: prospect receives general info on submitting medical invoices, no contract")


def m127():
    body = """Hi Anke,

quick question on the legal expenses file RS-S-2024-02412 (Mr Dariusz
Wróbel, employment law, dispute about night-shift allowances). In the OCR
of his lawyer's letter there's a sentence I think is relevant for
subsidiarity:

  "Unser Mandant ist seit 2017 Mitglied der IG Metall; die Gewerkschaft
   hat jedoch den Rechtsschutz für dieses Verfahren abgelehnt, da ..."

(the rest of the line is cut off at the edge of the scan)

If the union refused cover, our cover applies in full, correct? Or do we
need the union's refusal letter first? I'd ask the lawyer for it anyway.

Thanks
Emma
"""
    return (M("Emma Clarke <emma.clarke@%s>" % INS,
              "Anke Rohlfs <anke.rohlfs@%s>" % INS,
              "RS-S-2024-02412 Wróbel - union membership / subsidiarity", body),
            "STRICTLY_CONFIDENTIAL", "en", "internal",
            "trade-union membership of named policyholder (special category) in legal expenses file")


def m128():
    body = """Hallo Torsten,

beim Export der alten Briefvorlagen aus dem Textsystem sind die Platzhalter
zum Teil kaputtgegangen. Beispiel Vorlage KV-ABL-07 (Leistungsablehnung):

  «ANREDE» «VN_NAME»,

  zu Ihrer Einreichung vom «EING_DATUM» (Vers.-Nr. «VS_NR») teilen wir
  Ihnen mit, dass wir die Kosten für «LEISTUNG» nicht übernehmen können.
  Die Behandlung wegen «DIAGNOSE» ist nach § «AVB_PARAGRAF» der All-
  gemeinen Versicherungsbedingungen vom Versicherungsschutz ausgeschlossen.
  «<<GEB_DAT»>  <- hier ist die Klammer kaputt
  Mit freundlichen Grüßen
  «SACHBEARBEITER»

Die Guillemets kommen aus Windows-1252 und werden im neuen System als "Â«"
angezeigt, wenn der Zeichensatz falsch gesetzt ist. Kannst du die Konvertierung
für alle 214 Vorlagen einmal sauber laufen lassen?

Gruß
Jana
"""
    return (M("Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Torsten Wendt <torsten.wendt@%s>" % INS,
              "Briefvorlagen - Platzhalter kaputt nach Export", body),
            "NORMAL", "de", "internal",
            "trap: rejection letter template with «DIAGNOSE»/«GEB_DAT» placeholders, no person")


def m129():
    body = """Sehr geehrter Herr Jürgens,

zum Kfz-Haftpflichtschaden S-2024-118802 (Flottenvertrag FL-0090-1123,
Fahrzeug DEL-JK 402) liegt uns eine Kopie des Bußgeldbescheids gegen Ihren
Fahrer vor; die Faxkopie war schwer lesbar:

  Landkreis Oldenburg - Bußgeldstelle
  Betroffener: Sven Meyer, geb. 30.11.1969
  Tatvorwurf: Überschreitung der zulässigen Höchstgeschwindigkeit
  außerorts um 23 km/h (A28, km 41,2), 05.04.2024, 14:18 Uhr
  Geldbuße: 150 EUR, 1 Punkt

Für die Regulierung des Fremdschadens (Auffahrunfall, Sachschaden am
Fahrzeug des Unfallgegners, keine Verletzten) spielt der Bescheid keine
Rolle. Wir regulieren den Schaden wie besprochen.

Mit freundlichen Grüßen
Mehmet Aydin
Kfz-Flotte
"""
    return (M("Mehmet Aydin <mehmet.aydin@%s>" % INS,
              "Fuhrpark <fuhrpark@juergens-kowalski.example>",
              "S-2024-118802 - Bußgeldbescheid Fahrer", body),
            "CONFIDENTIAL", "de", "insurer-to-company",
            "administrative speeding fine of a named driver with birth date; property damage only")


def m130():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindenhof//Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:ocr-review-health-20240521@lindenhof-vers.example
DTSTAMP:20240506T090000Z
DTSTART:20240521T120000Z
DTEND:20240521T133000Z
SUMMARY:Review: OCR go-live health document classes
LOCATION:Room 4.02 / video bridge
DESCRIPTION:Agenda: 1) error rates per class (doctor's invoice\\, HKP\\, AU\\, hospital admission) 2) masking of debug logs 3) decision on fax switch-off for hospitals. Aggregated figures only.
ORGANIZER;CN=Torsten Wendt:mailto:torsten.wendt@lindenhof-vers.example
ATTENDEE;CN=Sabine Kröger:mailto:sabine.kroeger@lindenhof-vers.example
ATTENDEE;CN=Jana Oltmanns:mailto:jana.oltmanns@lindenhof-vers.example
ATTENDEE;CN=Frank Lüders:mailto:frank.lueders@lindenhof-vers.example
END:VEVENT
END:VCALENDAR
"""
    body = """Hi all,

invitation for the go-live review of the health document classes. Please
bring your team's error figures (aggregated, no case examples).

Torsten
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "Sabine Kröger <sabine.kroeger@%s>, Jana Oltmanns <jana.oltmanns@%s>, Frank Lüders <frank.lueders@%s>" % (INS, INS, INS),
              "Invitation: Review OCR go-live health classes, 21 May", body,
              atts=[ICS("invite.ics", ics)]),
            "NORMAL", "en", "internal",
            "trap: meeting invitation about health document OCR, aggregated figures")


def m131():
    body = """Dear Ms Ferreira Lopes,

we have received the application for psychotherapy from your therapist
(it came by fax - in future, you or your therapist can also upload it in
the app). We are pleased to confirm cover under your health plan
KV-6021 7312:

  Therapist: Dipl.-Psych. Jonas Feldhaus, licensed psychotherapist
  Procedure: cognitive behavioural therapy, individual sessions
  Diagnosis stated: recurrent depressive disorder, current episode
  moderate (F33.1); generalised anxiety disorder (F41.1)
  Approved: 24 sessions of 50 minutes, from 1 May 2024

Please ask your therapist to send the invoices to us monthly. If more
sessions are needed, a short extension report is sufficient.

Kind regards
Jana Oltmanns
Health Claims
"""
    return (M("Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "Beatriz Ferreira Lopes <beatriz.fl@mailbox.example>",
              "Your psychotherapy - confirmation of cover", body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "psychotherapy approval for addressee with diagnoses F33.1/F41.1")


def m132():
    body = """Dear Sir or Madam,

Lindenhof Versicherungen AG invites you to submit an offer for the
replacement of our on-premise fax servers by a managed fax-to-mail service
(tender no. LVA-2024-017).

Key requirements:
  - approx. 50,000 inbound pages per month, peak 4,000 per day
  - delivery as PDF/A with TIFF G4 original, to our capture platform
  - data centre location in the EU, ISO 27001 certification
  - documents contain health data (Art. 9 GDPR) and data subject to
    professional secrecy (§ 203 German Criminal Code); a data processing
    agreement and a confidentiality undertaking are mandatory
  - no storage of documents longer than 24 hours after delivery

Deadline for questions: 24 May 2024. Deadline for offers: 14 June 2024.
Tender documents: https://einkauf.lindenhof-vers.example/tender/LVA-2024-017

Kind regards
Purchasing Department
"""
    return (M("Einkauf <einkauf@%s>" % INS,
              "Bids <bids@faxcloud-europe.example>",
              "Invitation to tender LVA-2024-017 - managed fax service", body),
            "NORMAL", "en", "insurer-to-supplier",
            "trap: tender for fax service mentioning health data and § 203, no person")


def m133():
    body = """Grüezi Herr Zürcher, dear Mr Zürcher,

vielen Dank für Ihre Nachricht. Your household insurance HR-0801-44108 is
now adjusted to your new address in Germany; the premium will be collected
from your Swiss account as requested:

  Kontoinhaber: Beat Zürcher
  IBAN: CH93 0076 2011 6238 5295 7
  Neue Anschrift: Deichstraße 22, 26826 Weener
  Versicherungssumme: 65.000 EUR, Beitrag 121,40 EUR jährlich

(Ihre gescannte Meldebescheinigung war gut lesbar - only the postcode was
read as "2682G", we corrected it.)

Freundliche Grüsse / kind regards
Lisa Behrens
Kundenservice
"""
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Beat Zürcher <beat.zuercher@inbox.example>",
              "Ihre Hausratversicherung / your household insurance - new address", body),
            "CONFIDENTIAL", "mixed", "insurer-to-customer",
            "cross-border customer: Swiss IBAN, new address, household policy; mixed de/en")


def m134():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<h3>Lindenhof Broker Bulletin - UK &amp; Ireland, May 2024</h3>
<p><b>Medical evidence: please stop faxing.</b> From 1 October we no longer
accept faxes. Please upload GP reports, hospital letters and medical
questionnaires through the encrypted broker portal. Never send medical
evidence by ordinary e-mail.</p>
<p><b>Scan quality.</b> Around one in ten scanned applications needs a query
because of unreadable handwriting or OCR errors (e.g. "1" read as "l" in
dates of birth). Please scan at 300 dpi and type key data where possible.</p>
<p><b>New:</b> International Health Plan Gold now includes mental health
cover up to EUR 10,000 per year.</p>
<p style="font-size:8pt">Lindenhof Versicherungen AG, Broker Services -
<a href="https://makler.lindenhof-vers.example/uk">makler.lindenhof-vers.example/uk</a></p>
</body></html>"""
    text = """Lindenhof Broker Bulletin - UK & Ireland, May 2024

Medical evidence: please stop faxing. From 1 October we no longer accept
faxes. Please upload GP reports, hospital letters and medical questionnaires
through the encrypted broker portal.

Scan quality. Around one in ten scanned applications needs a query because
of unreadable handwriting or OCR errors. Please scan at 300 dpi.

New: International Health Plan Gold now includes mental health cover up to
EUR 10,000 per year.
"""
    return (M("Broker Services <maklerbetreuung@%s>" % INS,
              "UK brokers <brokers-uk@%s>" % INS,
              "Lindenhof Broker Bulletin May 2024", text, html=html),
            "NORMAL", "en", "newsletter",
            "trap: broker newsletter about medical evidence and mental health cover, no person")


def m135():
    body = """Dear Martin,

we would like to offer you the following case for facultative
reinsurance, as it exceeds our retention. The medical file came partly by
fax; I've pasted the underwriter's summary.

Life to be insured: Mr Hendrik Koopmann, born 02.03.1968, company owner
(shipping agency), Bremen
Product: term life, sum insured EUR 2,500,000, term 15 years
Financial underwriting: net income 2023 approx. EUR 410,000 (tax assessment)
Medical:
  - type 2 diabetes since 2017, HbA1c 7.2 % (03/2024), metformin 1,000 mg bd
  - BMI 29.8
  - ECG and stress test (04/2024) without pathological findings
  - ex-smoker since 2015 (20 pack years)
Our proposal: +75 % extra premium, retention EUR 750,000

Full file (GP report, lab values, ECG) in the secure exchange room,
folder FAC-2024-019.

Best regards
Dr. Ute Brinkmann / Christian Bode
"""
    return (M("Christian Bode <christian.bode@%s>" % INS,
              "Martin Hall <martin.hall@northsea-re.example>",
              "Facultative offer FAC-2024-019 - term life EUR 2.5m", body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
            "facultative life submission: named applicant with diabetes, income, smoking history")


def m136():
    body = """Hi Michael,

for the steering committee, the OCR correction effort per team in April
(hours spent on manual correction of recognised fields, from the capture
platform's statistics). Teams, not individuals - the works council agreement
does not allow per-person evaluation.

  team                      documents   corrected fields   hours
  ------------------------  ---------   ----------------   -----
  Scanning line             112,840           14,212        236
  Health claims (KV)         61,201            6,870        171
  Life/Disability             4,980              912         48
  Motor claims                3,680              402         11
  Property claims             2,911              388         10

Trend: -12 % vs. March, mostly because of the new hyphenation rule.

Regards
Torsten
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "Michael Stührenberg <michael.stuehrenberg@%s>" % INS,
              "OCR correction effort per team - April", body),
            "NORMAL", "en", "internal",
            "trap: effort statistics per team, no individual or customer data")


def m137():
    body = """Hallo Herr Hagedorn,

Schadenmeldung PHV für meine Kundin Frau Corinna Wessel, Vertrag
PH-2207-18845. Die Kundin hat das Formular ausgefüllt und per Handy
fotografiert, hier der Text (OCR):

  Schadentag: 29.04.2024   Ort: Oberschule Lilienthal, Schulhof
  Verursacher: Sohn Finn Wessel, 13 Jahre (mitversichert)
  Geschädigter: Mitschüler Ole Brünjes, vertreten durch Vater Jan Brünjes,
  Moorhauser Landstr. 3, 28865 Lilienthal
  Hergang: Beim Ballspielen fiel das Smartphone des Mitschülers
  (iPhone 13) zu Boden, Display gebrochen. Niemand verletzt.
  Schadenhöhe lt. Kostenvoranschlag: 279,00 EUR

Bitte regulieren, die Eltern haben sich schon geeinigt.

Gruß
Dennis Brakhage
"""
    return (M("Oliver Hagedorn <oliver.hagedorn@%s>" % INS,
              "Haftpflicht-Schaden <haftpflicht-schaden@%s>" % INS,
              "WG: PHV-Schaden Wessel - Smartphone Mitschüler", body),
            "CONFIDENTIAL", "de", "broker",
            "liability claim: named customer, child, injured party's address; nobody hurt")


def m138():
    body = """Guten Tag,

vielen Dank für Ihre Nachricht an die Lindenhof Versicherungen. Wir haben
sie erhalten und melden uns so schnell wie möglich, in der Regel innerhalb
von drei Arbeitstagen.

Bitte beachten Sie: Senden Sie uns Arztberichte, Rechnungen oder andere
Gesundheitsunterlagen nicht per normaler E-Mail oder Fax, sondern über
die Lindenhof-App oder unser SecureMail-Portal:
https://securemail.lindenhof-vers.example

Dies ist eine automatische Eingangsbestätigung.

Ihre Lindenhof Versicherungen
Kundenservice
"""
    return (M("Kundenservice <service@%s>" % INS,
              "m.jacobs1987@web-mail.example",
              "Eingangsbestätigung Ihrer Nachricht", body,
              hdrs=[("Auto-Submitted", "auto-replied")]),
            "NORMAL", "de", "insurer-to-customer",
            "trap: automatic acknowledgement mentioning medical documents, no content")


def m139():
    body = """Hallo Mehmet,

zur Info, siehe ganz unten. Wir sollten den Regress gegen den VN prüfen.

Anke

-----Ursprüngliche Nachricht-----
Von: Mehmet Aydin
Gesendet: Montag, 6. Mai 2024 11:02
An: Anke Rohlfs
Betreff: AW: AW: Schaden S-2024-117655 Wilms

Hallo Anke, ja, das Schreiben ist da, aber nur als Fax. Unten der Text.

-----Ursprüngliche Nachricht-----
Von: Anke Rohlfs
Gesendet: Freitag, 3. Mai 2024 16:40
An: Mehmet Aydin
Betreff: AW: Schaden S-2024-117655 Wilms

Hat die Staatsanwaltschaft inzwischen geantwortet?

> -----Ursprüngliche Nachricht-----
> Von: Mehmet Aydin
> Betreff: Schaden S-2024-117655 Wilms
>
> Kfz-Haftpflicht KF 8 553 087 14, VN Torben Wilms, Auffahrunfall
> 17.02.2024 in Oldenburg, Sachschaden beim Gegner ca. 6.800 EUR.
>
> >> FAX 06.05.2024 10:41 AMTSGERICHT OLDENBURG S. 1/1
> >> Strafbefehl rechtskräftig seit 25.04.2024
> >> gegen Torben Wilms, geb. O7.O8.1988
> >> wegen fahrlässiger Trunkenheit im Verkehr (§ 316 StGB),
> >> BAK zur Tatzeit 1,41 Promille; Geldstrafe 40 Tagessätze zu je 50 EUR,
> >> Entziehung der Fahrerlaubnis, Sperrfrist 10 Monate
"""
    return (M("Anke Rohlfs <anke.rohlfs@%s>" % INS,
              "Mehmet Aydin <mehmet.aydin@%s>" % INS,
              "AW: AW: AW: Schaden S-2024-117655 Wilms", body),
            "STRICTLY_CONFIDENTIAL", "de", "internal",
            "criminal conviction (drunk driving, BAC) of named policyholder, deep in quoted fax")


def m140():
    body = """Hi team,

a note on IBAN handling in CaptureHub: the mod-97 check digit validation
catches most OCR confusions, because "O" instead of "0" or "l" instead of
"1" makes the string invalid. Two test strings we use in the unit tests:

  our own collection account (valid):    DE92 1901 3487 0468 2486 28
  same with OCR error "0" -> "O":        DE92 19O1 3487 O468 2486 28 -> rejected
  published example (valid):             GB29 NWBK 6016 1331 9268 19

Caveat: a confusion between two digits (e.g. 8 and 3) is not always
detected, so we still require the second field (account holder) to match.

Torsten
"""
    return (M("Torsten Wendt <torsten.wendt@%s>" % INS,
              "IT-Capture <it-capture@%s>" % INS,
              "IBAN validation in CaptureHub - test strings", body),
            "NORMAL", "en", "internal",
            "trap: insurer's own company IBAN and a published example IBAN in test notes")


def m141():
    body = """Dear Mr Mwangi,

thank you for the signed SEPA direct debit mandate for your motor
insurance KF 8 553 611 05. The scan was readable, but our text recognition
had difficulties with the handwriting; we registered:

  Account holder:  Peter Kamau Mwangi
  Address:         Neustadtswall 31, 28199 Bremen
  IBAN:            DE34 3150 6285 1573 5113 35
  Mandate ref.:    LVK-SEPA-8553611-05
  Signed:          Bremen, 30 April 2024

The first collection of EUR 53.20 (monthly premium) will take place on
1 June 2024. If any of the data is incorrect, please let us know.

Kind regards
Lisa Behrens
Customer Service
"""
    return (M("Lisa Behrens <lisa.behrens@%s>" % INS,
              "Peter Mwangi <peter.mwangi@inbox.example>",
              "Your SEPA direct debit mandate", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "SEPA mandate of addressee: IBAN, address, motor policy")


def m142():
    body = """Hallo zusammen,

hier der Schichtplan der Scanstelle für KW 20. Wegen Pfingstmontag ist
Dienstag Spätschicht doppelt besetzt (Rückstau Faxe).

          Früh 06:30-14:00        Spät 12:00-19:30
Mo 20.05. - Feiertag -            - Feiertag -
Di 21.05. Merve, Hanna            Dirk, Ilka, Sabine
Mi 22.05. Merve, Dirk             Hanna, Ilka
Do 23.05. Ilka, Hanna             Merve, Dirk
Fr 24.05. Sabine, Dirk            Hanna

Tausch bitte nur untereinander und mit kurzer Info an mich.

Gruß
Sabine
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Team Scanstelle <team-scanstelle@%s>" % INS,
              "Schichtplan KW 20", body),
            "NORMAL", "de", "internal",
            "trap: shift plan with colleagues' first names, no sensitive data")


def m143():
    body = """Sehr geehrte Frau Lammers,

Sie hatten uns Ihre Originalbelege geschickt, obwohl eine Kopie genügt
hätte. Wir senden Ihnen die Originale per Post zurück. Die Aufstellung der
zurückgesandten Belege finden Sie in der angehängten ZIP-Datei (so wie sie
unser Scansystem erzeugt).

Mit freundlichen Grüßen
Ihr Kundenservice
Lindenhof Versicherungen AG
"""
    lst = """RUECKSENDUNG ORIGINALBELEGE    VS-NR KV-3304 1190    VN LAMMERS, INGRID
LFD  DATUM       AUSSTELLER                         ART            BETRAG
001  08.03.2024  Dr. med. K. Wübbenhorst, Rheumat.  Arztrechnung   214,62
002  12.03.2024  Apotheke am Markt, Varel           Rezept MTX     48,30
003  02.04.2024  Dr. med. K. Wübbenhorst, Rheumat.  Arztrechnung    96,44
004  09.04.2024  Praxis f. Physiotherapie Hoting    Heilmittel     312,00
ANZAHL 4                                            SUMME          671,36
"""
    csvt = """lfd;datum;aussteller;diagnose_lt_beleg;betrag
001;08.03.2024;Dr. med. K. Wübbenhorst;M06.0 seronegative rheumatoide Arthritis;214,62
002;12.03.2024;Apotheke am Markt;Methotrexat 15 mg;48,30
003;02.04.2024;Dr. med. K. Wübbenhorst;M06.0;96,44
004;09.04.2024;Physiotherapie Hoting;KG 10x;312,00
"""
    return (M("Kundenservice <service@%s>" % INS,
              "Ingrid Lammers <ingrid.lammers@t-net.example>",
              "Rücksendung Ihrer Originalbelege", body,
              atts=[ZIP("Ruecksendung_KV-3304-1190.zip",
                        [("Belegliste.txt", lst), ("Belegliste.csv", csvt)])]),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "harmless body; ZIP with addressee's doctors' invoices, rheumatoid arthritis M06.0, MTX")


def m144():
    body = """Hi Sabine,

our new operators in Pune have some questions about the German document
classes. Could you help?

1. What is the difference between "Heil- und Kostenplan" and "Kostenvoranschlag"?
   Both look like estimates to us.
2. "AU-Bescheinigung" vs. "Krankenhaus-Aufnahmeanzeige" - which one goes
   to class AUB?
3. Some documents say "Zweitschrift" or "Kopie für die Versicherung" -
   same class as the original?

Thanks a lot!
Rahul

-----
Hallo Rahul,

1. HKP = Plan des Zahnarztes (Zahnersatz/Kieferorthopädie) -> class HKP.
   Kostenvoranschlag = from workshops, craftsmen etc. -> class SACH/KFZ.
2. AU-Bescheinigung = sick note from the doctor -> AUB. Aufnahmeanzeige
   = hospital admission notice -> KHAUF.
3. Yes, same class; just tick "copy".

Viele Grüße
Sabine
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Rahul Mehta <rahul.mehta@scanserv-solutions.example>",
              "RE: questions on document classes", body),
            "NORMAL", "mixed", "insurer-to-supplier",
            "trap: mixed de/en explanation of medical document classes, no case data")


def m145():
    body = """Sehr geehrte Frau Hoppe,

zum Schaden aus Ihrer Hundehalterhaftpflicht (TH-1104-00931) haben wir die
Tierarztrechnung der Geschädigten erhalten. Die Rechnung war ein Fax, wir
haben gelesen:

  Kleintierpraxis Dr. Ohlrogge, Achim - Rechnung 24-0611
  Tierhalterin: Frau Kathrin Stolle, Uesener Feldstr. 8, 28832 Achim
  Patient: "Lotte", Jack Russell Terrier, weibl., 4 J.
  Befund: Bisswunden Hals und linke Schulter, Wundversorgung in Sedation,
  Antibiose 7 Tage, 2 Kontrollen
  Betrag: 486,55 EUR

Laut Ihrer Schilderung hat Ihr Hund "Bosco" die Hündin beim Spaziergang an
der Weser gebissen; Menschen wurden nicht verletzt. Wir übernehmen die
Tierarztkosten und überweisen an Frau Stolle direkt.

Mit freundlichen Grüßen
Anke Rohlfs
Haftpflicht-Schaden
"""
    return (M("Anke Rohlfs <anke.rohlfs@%s>" % INS,
              "Sabrina Hoppe <sabrina.hoppe@web-mail.example>",
              "Ihr Haftpflichtschaden - Tierarztrechnung", body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "dog liability: bitten dog's vet bill (animal health), named customer and injured party's owner")


def m146():
    body = """Dear Ms Laurent,

thank you for your question on how to send us claims documents for
persons insured with us under the cross-border cooperation.

- Please do not send documents by fax; our fax number for health claims
  will be switched off on 1 October 2024.
- Use the secure exchange (SFTP, account LVA-FR-02) with PDF/A files, one
  document per file, file name = our claim number.
- Invoices in French are fine; no translation needed.

Our technical contact for the SFTP account is it-capture@lindenhof-vers.example.

Kind regards
Emma Clarke
International Claims Desk
"""
    return (M("Emma Clarke <emma.clarke@%s>" % INS,
              "Claire Laurent <c.laurent@mutuelle-rhenane.example>",
              "RE: how to send claims documents", body),
            "NORMAL", "en", "insurer-to-partner",
            "trap: process info to a partner insurer about sending claims documents, no case")


def m147():
    body = """Hi Frank,

subject access request (Art. 15 GDPR) from Mr Olumide Bakare, received by
post, scanned. He has motor and household policies only, no health or life
contracts - I checked all systems. Summary of what we hold (compiled from
the VIS/390 screens, hence the caps):

  NAME        BAKARE, OLUMIDE            GEB. 05.05.1983
  ANSCHRIFT   FRIEDRICH-KARL-STR. 77, 28205 BREMEN
  KF 8 553 702 61   KFZ-HAFTPFL./VK   HB-OB 583   SEIT 01.02.2020
  HR-0823-11070     HAUSRAT           VS 45.000 EUR SEIT 15.09.2021
  SCHAEDEN    S-2022-088120 (GLASBRUCH PKW, 412 EUR)
  BANK        DE24 8163 0123 6221 3947 20
  KORRESP.    14 BRIEFE, 6 E-MAILS (ARCHIV)

Could you check whether we also need to include the OCR intermediate
results (they're deleted after 30 days)? Deadline for the answer is
5 June.

Thanks
Emma
"""
    return (M("Emma Clarke <emma.clarke@%s>" % INS,
              "Frank Lüders <frank.lueders@%s>" % INS,
              "DSAR Bakare - data summary", body),
            "CONFIDENTIAL", "en", "internal",
            "access request summary: birth date, address, motor/household contracts, IBAN")


def m148():
    inner_body = """Fax2Mail - Lindenhof FAXGW01
Eingang: 06.05.2024 15:22  Kanal 04  Absender-Kennung: KARDIOLOGIE AM WALL
Seiten: 2   OCR-Konfidenz: 71 %

--- OCR Seite 1 ---
Kardiologische Gemeinschaftspraxis am Wall, Bremen
Befundbericht
Patient: Herr Gerold Thiele, geb. 1O.1O.1955, KV-1077 3302
Indikation: Belastungsdyspnoe, Palpitationen
Langzeit-EKG (24 h): paroxysmales Vorhofflimmern, längste Episode 3 h 12 min
Echo: LVEF 52 %, Mitralinsuffizienz I°
Beurtei-
lung: paroxysmales Vorhofflimmern (I48.0), CHA2DS2-VASc 3
Empfehlung: Beginn Antikoagulation (Apixaban 5 mg 1-0-1), Kontrolle in 3 Mon.
Kardiologische Gemeinschaftspraxis am Wall - Seite 1 von 2
--- OCR Seite 2 ---
[nur Unterschrift/Stempel]
"""
    inner = INNER("FAXGW01 <faxgw01@%s>" % INS, "kv-leistung@%s" % INS,
                  "Fax von KARDIOLOGIE AM WALL (2 Seiten)", inner_body,
                  "Mon, 06 May 2024 15:22:41 +0200")
    body = """Jana, das Fax hängt im falschen Postkorb (Sach). Ich leite die
Original-Fax2Mail weiter, bitte zur Akte nehmen.
Piet
"""
    return (M("Piet Janssen <piet.janssen@%s>" % INS,
              "Jana Oltmanns <jana.oltmanns@%s>" % INS,
              "WG: Fax von KARDIOLOGIE AM WALL (2 Seiten)", body,
              atts=[EML(inner)]),
            "STRICTLY_CONFIDENTIAL", "de", "internal",
            "forwarded fax2mail (message/rfc822): cardiology findings I48.0, named insured with DOB")


def m149():
    body = """Dear Mr Okafor,

thank you for reporting the damage to your smartphone under your
electronics insurance EL-0155-20871. The purchase receipt you sent was
a photo; our text recognition read:

  MediaWelt Bremen Waterfront - Kassenbon 0471-22-118830, 12.11.2023
  Samsung Galaxy S23, 256 GB, IMEI 35 291811 084471 6
  Price: EUR 949.00   Payment: EC card ...4471

Customer: Emeka Okafor (loyalty card holder)

Please confirm the IMEI - the last digit was hard to read. Once confirmed,
we will arrange the repair via our partner; your excess is EUR 50.

Kind regards
Piet Janssen
Property Claims
"""
    return (M("Piet Janssen <piet.janssen@%s>" % INS,
              "Emeka Okafor <emeka.okafor@mailbox.example>",
              "Your electronics claim - smartphone", body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "electronics insurance claim of addressee: IMEI, receipt, policy number")


def m150():
    body = """Hallo Piet,

in der Post war heute eine Kopie der Sterbeurkunde von Herrn Wilhelm
Grotjahn (Hausrat HR-0301-00418, Wohngebäude WG-3290-00417). Der Sohn,
Herr Bernd Grotjahn, bittet um Umschreibung der Verträge auf die
Erbengemeinschaft. OCR-Text der Urkunde (ohne Todesursache, wie üblich):

  STERBEURKUNDE   Standesamt Ganderkesee   Nr. S 118/2024
  Wilhelm August Grotjahn, geb. 14.O1.1938 in Delmenhorst
  verstorben am 22.04.2024 in Ganderkesee
  Wohnort: Am Bürgerbusch 3, 27777 Ganderkesee
  Familienstand: verwitwet

Erbschein liegt noch nicht vor. Korrespondenzanschrift des Sohnes:
Lange Reihe 12, 20099 Hamburg. Bitte Verträge vorerst beitragsfrei weiter
führen und auf Erbschein warten?

Gruß
Sabine
"""
    return (M("Sabine Kröger <sabine.kroeger@%s>" % INS,
              "Piet Janssen <piet.janssen@%s>" % INS,
              "Sterbefall Grotjahn - Hausrat/Wohngebäude", body),
            "CONFIDENTIAL", "de", "internal",
            "death certificate (no cause) of named policyholder: birth date, address, property contracts")


# ---------------------------------------------------------------- output

LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
TZ = datetime.timezone(datetime.timedelta(hours=2))
BASE = datetime.datetime(2024, 4, 17, 7, 40, tzinfo=TZ)


def build(i):
    msg, label, lang, kind, reason = globals()["m%03d" % i]()
    when = BASE + datetime.timedelta(days=i // 7, minutes=(i % 7) * 83 + (i * 7) % 29)
    msg["Date"] = email.utils.format_datetime(when)
    tag = hashlib.sha1(("%d|%s" % (i, msg["Subject"])).encode("utf-8")).hexdigest()[:10]
    msg["Message-ID"] = "<d%s-%04d.%s@mail.%s>" % (NN, i, tag, INS)
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary("=_d%s_%04d_part%d" % (NN, i, n))
    data = msg.as_bytes(policy=email.policy.SMTP)
    return data, (label, lang, kind, reason)


def fname(i):
    return "d%s-%04d.eml" % (NN, i)


def generate():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for i in range(1, N_MAILS + 1):
        data, (label, lang, kind, reason) = build(i)
        with open(os.path.join(OUT, fname(i)), "wb") as f:
            f.write(data)
        rows.append((fname(i), label, lang, kind, reason))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("wrote %d mails to %s and labels.tsv" % (len(rows), OUT))


# ---------------------------------------------------------------- check

IBAN_RE = re.compile(r"\b(DE|AT|CH|NL|GB|FR|BE|LU|IT|ES|PL|DK)(\d{2})((?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?)\b")
# deliberately invalid IBAN (OCR-corrupted example in an IT note, m140)
IBAN_ALLOW_INVALID = {"DE9219O13487O468248628"}
MAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"https?://([^/\s\"'<>]+)")
BARE_RE = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:de|com|org|net|eu|nl|uk|io|ch|at)\b", re.I)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    try:
        n = int("".join(str(int(c, 36)) for c in r))
    except ValueError:
        return False
    return n % 97 == 1


class _HP(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, d):
        self.out.append(d)


def _pdf_text(data):
    assert data.startswith(b"%PDF-"), "not a PDF"
    assert b"startxref" in data and data.rstrip().endswith(b"%%EOF"), "PDF trailer"
    m = re.search(rb"startxref\n(\d+)", data)
    assert data[int(m.group(1)):].startswith(b"xref"), "xref offset"
    txt = []
    for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        s = re.sub(rb"\\(.)", rb"\1", s)
        txt.append(s.decode("cp1252"))
    return "\n".join(txt)


def _zip_text(data, name):
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, "bad zip member in %s" % name
    out = []
    for n in z.namelist():
        raw = z.read(n)
        if n.endswith(".xml") or n.endswith(".rels"):
            ET.fromstring(raw)
            out.append(re.sub(r"<[^>]+>", " ", raw.decode("utf-8")))
        elif n.lower().endswith((".pdf",)):
            out.append(_pdf_text(raw))
        elif n.lower().endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
            out.append(_zip_text(raw, n))
        elif n == "mimetype":
            pass
        else:
            out.append(raw.decode("utf-8"))
    return "\n".join(out)


def _part_text(part, problems, where):
    ct = part.get_content_type()
    name = part.get_filename() or ""
    if ct == "message/rfc822":
        inner = part.get_payload(0)
        return _msg_text(inner, problems, where + ">rfc822")
    if part.get_content_maintype() == "multipart":
        return ""
    if ct.startswith("text/") and ct not in ("text/csv", "text/calendar"):
        t = part.get_content()
        if ct == "text/html":
            hp = _HP()
            hp.feed(t)
            hp.close()
            return t + "\n" + "".join(hp.out)
        return t
    data = part.get_payload(decode=True)
    if ct == "text/csv" or name.endswith(".csv"):
        cs = part.get_content_charset() or ("cp1252" if "vnd.ms-excel" in ct else "utf-8")
        try:
            t = data.decode("utf-8")
        except UnicodeDecodeError:
            t = data.decode(cs if cs != "utf-8" else "cp1252")
        list(csv.reader(io.StringIO(t), delimiter=";"))
        return t
    if ct == "text/calendar":
        t = data.decode("utf-8")
        if not (t.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in t):
            problems.append("%s: bad ICS" % where)
        return t
    if ct == "application/pdf" or name.endswith(".pdf"):
        return _pdf_text(data)
    if name.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
        return _zip_text(data, name)
    problems.append("%s: unknown attachment type %s %s" % (where, ct, name))
    return ""


def _msg_text(msg, problems, where):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h]:
            out.append(str(msg[h]))
    if msg.get_content_maintype() == "multipart":
        for p in msg.iter_parts():
            try:
                out.append(_part_text(p, problems, where))
            except Exception as e:  # noqa
                problems.append("%s: attachment %s does not open: %r"
                                % (where, p.get_filename(), e))
    else:
        out.append(_part_text(msg, problems, where))
    return "\n".join(out)


def check():
    problems = []
    files = sorted(os.listdir(OUT))
    want_files = [fname(i) for i in range(1, N_MAILS + 1)]
    if files != want_files:
        problems.append("file list differs from d%s-0001..%04d" % (NN, N_MAILS))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        problems.append("labels.tsv header")
    rows = [l.split("\t") for l in lines[1:] if l]
    counts = {k: 0 for k in LABELS}
    langs = {}
    for r in rows:
        if len(r) != 5:
            problems.append("labels.tsv row with %d fields: %r" % (len(r), r[:1]))
            continue
        f_, label, lang, kind, reason = r
        if label not in LABELS:
            problems.append("%s: bad label %s" % (f_, label))
            continue
        counts[label] += 1
        langs[(label, lang)] = langs.get((label, lang), 0) + 1
        if lang not in ("de", "en", "mixed"):
            problems.append("%s: bad lang %s" % (f_, lang))
        if reason.startswith("trap:") and label != "NORMAL":
            problems.append("%s: trap not NORMAL" % f_)
        if not kind or not reason:
            problems.append("%s: empty kind/reason" % f_)
    if [r[0] for r in rows] != want_files:
        problems.append("labels.tsv files differ")
    if counts != WANT:
        problems.append("label counts %r != %r" % (counts, WANT))
    n_att = 0
    for i, fn in enumerate(want_files, 1):
        path = os.path.join(OUT, fn)
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            problems.append("%s: line ends not CRLF" % fn)
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            problems.append("%s: line longer than 998" % fn)
        regen, _ = build(i)
        if regen != raw:
            problems.append("%s: not reproducible" % fn)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg[h]:
                problems.append("%s: missing header %s" % (fn, h))
        if not str(msg["From"]).rstrip(">").endswith("@" + INS):
            problems.append("%s: From not from the insurer" % fn)
        for part in msg.walk():
            if part.get_filename():
                n_att += 1
        text = _msg_text(msg, problems, fn)
        for dom in MAIL_RE.findall(text) + URL_RE.findall(text):
            host = dom.split(":")[0].rstrip(".").lower()
            if not host.endswith(".example"):
                problems.append("%s: non-.example domain %s" % (fn, host))
        for m in BARE_RE.finditer(text):
            if not re.match(r"[\w.-]*\.example", text[m.start():m.end() + 8]):
                problems.append("%s: suspicious host name %s" % (fn, m.group(0)))
        for m in IBAN_RE.finditer(text):
            s = m.group(0).replace(" ", "")
            if len(s) < 15:
                continue
            if not iban_ok(s) and s not in IBAN_ALLOW_INVALID:
                problems.append("%s: IBAN check digits wrong: %s" % (fn, m.group(0)))
    print("mails: %d, labels: %s" % (len(files), counts))
    for lab in LABELS:
        print("  %-22s de %3d  en %3d  mixed %3d" % (
            lab, langs.get((lab, "de"), 0), langs.get((lab, "en"), 0),
            langs.get((lab, "mixed"), 0)))
    print("attachments (incl. nested): %d" % n_att)
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("check OK: counts, CRLF, headers, .example domains, IBAN checksums, "
          "attachments open, output reproducible")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    generate()
