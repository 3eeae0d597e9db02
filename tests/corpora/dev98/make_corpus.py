#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev98 for Siegel: certificates of insurance and proofs of cover.

All content is fictitious and written by hand in the functions m001 ... m150.
The helpers below only turn that content into MIME messages and attachment files.

    python make_corpus.py          -> writes mails/d98-0001.eml ... and labels.tsv
    python make_corpus.py --check  -> re-parses and validates everything
"""
import csv
import datetime
import email
import hashlib
import io
import os
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

NN = "98"
SEED = 98
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
ZIP_TIME = (2025, 1, 2, 9, 0, 0)
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}

# ---------------------------------------------------------------- attachments

def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b


def pdf(lines, title="Dokument"):
    """Minimal text PDF (Helvetica, WinAnsi). lines: list of str; '\f' starts a new page."""
    pages, cur = [], []
    for ln in lines:
        if ln == "\f" or len(cur) >= 52:
            pages.append(cur)
            cur = []
            if ln == "\f":
                continue
        cur.append(ln)
    pages.append(cur)
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids_placeholder = len(objs)
    objs.append(b"")  # pages, filled later
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    page_ids = []
    for pg in pages:
        stream = [b"BT /F1 10 Tf 14 TL 56 790 Td"]
        for i, ln in enumerate(pg):
            stream.append(b"(" + _pdf_str(ln) + b") Tj T*")
        stream.append(b"ET")
        data = b"\n".join(stream)
        objs.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        cid = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cid)
        page_ids.append(len(objs))
    objs[kids_placeholder] = (b"<< /Type /Pages /Kids [" +
                              b" ".join(b"%d 0 R" % i for i in page_ids) +
                              b"] /Count %d >>" % len(page_ids))
    objs.append(b"<< /Title (" + _pdf_str(title) + b") /Producer (Lindenhof DokGen 4.2) "
                b"/CreationDate (D:20250102090000+01'00') >>")
    info_id = len(objs)
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
              % (len(objs) + 1, info_id, xref))
    return out.getvalue()


def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def zipfile_of(members):
    """members: list of (name, bytes|str)."""
    return _zip(members)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(blocks):
    """blocks: list of str (paragraph) or list-of-rows (table)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % xesc(b))
        else:
            rows = []
            for row in b:
                cells = "".join("<w:tc><w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p></w:tc>"
                                % xesc(str(c)) for c in row)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append("<w:tbl>%s</w:tbl>" % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W_NS, "".join(body)))
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
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
        xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
          % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                stored_first="mimetype")


def odt(paragraphs):
    body = "".join("<text:p>%s</text:p>" % xesc(p) for p in paragraphs)
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % body)


def ods(rows, sheet="Tabelle1"):
    tr = []
    for row in rows:
        cells = "".join('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                        % xesc(str(c)) for c in row)
        tr.append("<table:table-row>%s</table:table-row>" % cells)
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>'
                % (xesc(sheet), "".join(tr)))


def csvfile(rows, encoding="utf-8", delimiter=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


def ics(uid, start, end, summary, location, description, organizer):
    """start/end: 'YYYYMMDDTHHMMSS' local Europe/Berlin."""
    def fold(s):
        return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lindenhof Versicherungen//Kalender//DE",
             "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20250102T080000Z",
             "DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end,
             "SUMMARY:" + fold(summary), "LOCATION:" + fold(location),
             "DESCRIPTION:" + fold(description), "ORGANIZER:mailto:" + organizer,
             "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode("utf-8")


# attachment descriptors: (filename, maintype, subtype, bytes) or ("message", Message)
MT = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "csv": ("text", "csv"),
    "ics": ("text", "calendar"),
    "zip": ("application", "zip"),
    "txt": ("text", "plain"),
    "bin": ("application", "octet-stream"),
}


def att(filename, data, kind=None):
    kind = kind or filename.rsplit(".", 1)[-1].lower()
    mt, st = MT[kind]
    return (filename, mt, st, data)


# ---------------------------------------------------------------- MIME

REGISTRY = []


def mail(label, lang, kind, reason, frm, to, subject, body=None, html=None, cc=None,
         atts=(), charset="utf-8", cte="quoted-printable", flowed=False, headers=None,
         reply_to=None, in_reply_to=None, alt=True):
    return dict(label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to, cc=cc,
                subject=subject, body=body, html=html, atts=list(atts), charset=charset,
                cte=cte, flowed=flowed, headers=headers or [], in_reply_to=in_reply_to, alt=alt)


def forwarded(frm, to, subject, date, body, charset="utf-8"):
    """A message/rfc822 object for nesting (content written by hand in the mail function)."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = "<%s@%s>" % (hashlib.sha1((subject + date).encode()).hexdigest()[:16],
                                   frm.split("@")[-1].strip(">"))
    m.set_content(body, charset=charset, cte="quoted-printable")
    return ("message", m)


def _text_part(text, subtype, charset, cte, flowed, cls=MIMEPart):
    p = cls(policy=policy.SMTP)
    p.set_content(text, subtype=subtype, charset=charset, cte=cte)
    if flowed:
        p.set_param("format", "flowed")
    return p


def _multipart(subtype, parts, boundary, cls=MIMEPart):
    m = cls(policy=policy.SMTP)
    m["Content-Type"] = "multipart/%s" % subtype
    m.set_boundary(boundary)
    for p in parts:
        m.attach(p)
    return m


def _att_part(a):
    if a[0] == "message":
        p = MIMEPart(policy=policy.SMTP)
        p.set_content(a[1])
        p["Content-Disposition"] = "attachment"
        return p
    filename, mt, st, data = a
    p = MIMEPart(policy=policy.SMTP)
    p.set_content(data, maintype=mt, subtype=st, cte="base64", disposition="attachment",
                  filename=filename)
    return p


def build(n, d):
    day = datetime.date(2025, 1, 6) + datetime.timedelta(days=(n * 3) // 5)
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    hour = 7 + (n * 37 + SEED) % 11
    minute = (n * 29 + SEED) % 60
    off = 2 if datetime.date(2025, 3, 30) <= day < datetime.date(2025, 10, 26) else 1
    when = datetime.datetime(day.year, day.month, day.day, hour, minute, (n * 13) % 60,
                             tzinfo=datetime.timezone(datetime.timedelta(hours=off)))
    b = "----=_LH98_%04d_%%s" % n
    single = not d["atts"] and (d["body"] is None or d["html"] is None)
    cls = EmailMessage if single else MIMEPart
    texts = []
    if d["body"] is not None:
        texts.append(_text_part(d["body"], "plain", d["charset"], d["cte"], d["flowed"], cls))
    if d["html"] is not None:
        texts.append(_text_part(d["html"], "html", d["charset"],
                                d["cte"] if d["cte"] != "8bit" else "quoted-printable", False, cls))
    if len(texts) == 2:
        main = _multipart("alternative", texts, b % "alt", EmailMessage if not d["atts"] else MIMEPart)
    else:
        main = texts[0]
    if d["atts"]:
        root = _multipart("mixed", [main] + [_att_part(a) for a in d["atts"]], b % "mix", EmailMessage)
    else:
        root = main
    content_headers = list(root.items())
    for k in set(k for k, v in content_headers):
        del root[k]
    root["From"] = d["frm"]
    root["To"] = d["to"]
    if d["cc"]:
        root["Cc"] = d["cc"]
    root["Subject"] = d["subject"]
    root["Date"] = format_datetime(when)
    root["Message-ID"] = "<d98-%04d.%s@lindenhof-versicherung.example>" % (
        n, hashlib.sha1(("%d%s" % (n, d["subject"])).encode("utf-8")).hexdigest()[:12])
    if d["in_reply_to"]:
        root["In-Reply-To"] = d["in_reply_to"]
        root["References"] = d["in_reply_to"]
    for k, v in d["headers"]:
        root[k] = v
    root["MIME-Version"] = "1.0"
    for k, v in content_headers:
        if k.lower() != "mime-version":
            root[k] = v
    return root.as_bytes(policy=policy.SMTP)


# ================================================================ mails 001-020

def m001():
    cert = [
        "Lindenhof Krankenversicherung a.G. - Lindenhofplatz 1 - 34117 Kassel",
        "",
        "Herrn Dmytro Kovalenko",
        "Friedrich-Ebert-Str. 212",
        "34119 Kassel",
        "",
        "VERSICHERUNGSBESCHEINIGUNG",
        "zur Vorlage bei der Ausländerbehörde",
        "",
        "Versicherungsnummer: KV 4471 2093 18",
        "Versicherte Person: Dmytro Kovalenko, geb. 14.09.1991",
        "Staatsangehörigkeit laut Antrag: ukrainisch",
        "Versicherungsbeginn: 01.02.2024",
        "",
        "Für die oben genannte Person besteht bei uns eine private Krankheitskostenvollversicherung",
        "(Tarife LK Vital 90, LK Stationär Plus, Krankentagegeld KT 43) sowie die private",
        "Pflegepflichtversicherung (Tarif PVN). Der Versicherungsschutz entspricht in Art, Umfang",
        "und Höhe den Leistungen nach dem Fünften Kapitel SGB V (§ 193 Abs. 3 VVG) und gilt",
        "ohne zeitliche Befristung. Der jährliche Selbstbehalt beträgt 600,00 EUR.",
        "",
        "Der Vertrag ist ungekündigt, Beitragsrückstände bestehen derzeit nicht.",
        "",
        "Kassel, 07.01.2025",
        "Lindenhof Krankenversicherung a.G.",
        "Kundenservice Kranken - Team Bescheinigungen",
        "",
        "Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.",
        "Prüfcode: LH-KV-7Q4M-22XD",
    ]
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "health insurance certificate for the foreigners' authority with name, birth date and tariffs in PDF",
        "Jana Wiegand <jana.wiegand@lindenhof-versicherung.example>",
        "Dmytro Kovalenko <d.kovalenko@postfach-nordhessen.example>",
        "Ihre Versicherungsbescheinigung für die Ausländerbehörde",
        body="""Sehr geehrter Herr Kovalenko,

wie telefonisch besprochen erhalten Sie anbei die Versicherungsbescheinigung
zur Vorlage bei der Ausländerbehörde der Stadt Kassel. Die Bescheinigung
enthält die Angaben, die für die Verlängerung Ihrer Aufenthaltserlaubnis
üblicherweise verlangt werden (Umfang, Selbstbehalt, unbefristete Laufzeit,
Pflegepflichtversicherung).

Falls die Behörde eine Bescheinigung im Original mit Unterschrift verlangt,
geben Sie uns bitte kurz Bescheid, dann schicken wir sie per Post.

Mit freundlichen Grüßen

Jana Wiegand
Kundenservice Kranken – Team Bescheinigungen
Lindenhof Krankenversicherung a.G.
Lindenhofplatz 1, 34117 Kassel
Telefon 0561 7788-4120
""",
        atts=[att("Versicherungsbescheinigung_KV447120931.pdf", pdf(cert, "Versicherungsbescheinigung"))])


def m002():
    return mail(
        "NORMAL", "de", "internal",
        "trap: internal checklist of what foreigners' authorities require in a health-cover proof; no person",
        "Malte Oberdieck <malte.oberdieck@lindenhof-versicherung.example>",
        "Team Bescheinigungen <bescheinigungen@lindenhof-versicherung.example>",
        "Checkliste KV-Nachweis Ausländerbehörde – Stand Januar",
        body="""Moin zusammen,

nach den vielen Rückfragen im Dezember hier noch mal die Checkliste, was die
Ausländerbehörden (ABH) in einer Bescheinigung sehen wollen. Bitte ab sofort
vor dem Versand gegenchecken:

[ ] Name, Vorname und Geburtsdatum exakt wie im Pass (Transliteration!)
[ ] Versicherungsbeginn, bei Incoming-Tarifen auch Versicherungsende
[ ] Satz zur Gleichwertigkeit: "entspricht nach Art, Umfang und Höhe den
    Leistungen nach dem Fünften Kapitel SGB V" – nur bei Vollversicherung!
    Bei Incoming NIE diesen Satz, sonst gibt's Ärger mit dem Vertrieb und
    der Rechtsabteilung.
[ ] Pflegepflichtversicherung ausdrücklich nennen (PVN / PVB)
[ ] Selbstbehalt beziffern; manche ABH (Frankfurt, Offenbach) akzeptieren
    nur SB bis 1.000 EUR ohne Begründung
[ ] Bei Blauer Karte: keine Befristung, wenn Vollversicherung
[ ] Prüfcode drauf (DokGen macht das automatisch, aber nicht bei manuellen
    Word-Bescheinigungen!)
[ ] Englische Version nur auf Wunsch, ABH wollen Deutsch

Häufigster Ablehnungsgrund laut Rückmeldungen: Leistungsausschlüsse für
Vorerkrankungen im Incoming-Tarif. Die schreiben wir grundsätzlich NICHT in
die Bescheinigung – wer nachfragt, bekommt den Standardbaustein TB-117.

Die Checkliste hängt auch im Confluence unter Kranken > Bescheinigungen.

Gruß
Malte
""")


def m003():
    cert = [
        "Lindenhof Allgemeine Versicherung AG",
        "Lindenhofplatz 1, 34117 Kassel",
        "",
        "Bestätigung über das Bestehen einer Privat-Haftpflichtversicherung",
        "",
        "Versicherungsnehmerin: Frau Katharina Vollmer",
        "Anschrift: Am Rosenhang 7, 34128 Kassel",
        "Versicherungsschein-Nr.: PH-2207-558314",
        "Tarif: PrivatHaftpflicht Komfort, Single",
        "Versicherungssumme: 20.000.000 EUR pauschal für Personen-, Sach- und Vermögensschäden",
        "Eingeschlossen: Mietsachschäden an gemieteten Wohnräumen (bis Versicherungssumme),",
        "Verlust fremder privater Schlüssel (bis 50.000 EUR)",
        "Vertragsbeginn: 01.03.2021, Ablauf 01.03.2026, verlängert sich jeweils um ein Jahr",
        "",
        "Diese Bestätigung dient zur Vorlage beim Vermieter und begründet keine Rechte Dritter.",
        "Kassel, 08.01.2025",
    ]
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "private liability confirmation for a landlord: named tenant, address, policy number (non-personal line)",
        "Haftpflicht Service <haftpflicht@lindenhof-versicherung.example>",
        "katharina.vollmer@mailwerk.example",
        "AW: Nachweis Haftpflicht für neuen Vermieter",
        body="""Guten Tag Frau Vollmer,

anbei die gewünschte Bestätigung für Ihren neuen Vermieter. Ihre neue
Anschrift haben wir bereits im Vertrag hinterlegt, die Bestätigung ist
entsprechend ausgestellt.

Freundliche Grüße
Tobias Rehkopf
Haftpflicht Privatkunden

-----Ursprüngliche Nachricht-----
Von: katharina.vollmer@mailwerk.example
Gesendet: Dienstag, 7. Januar 2025 21:14
An: haftpflicht@lindenhof-versicherung.example
Betreff: Nachweis Haftpflicht für neuen Vermieter

Hallo, mein neuer Vermieter will vor der Schlüsselübergabe einen Nachweis,
dass ich eine Haftpflicht habe, die Mietschäden abdeckt. Geht das kurzfristig?
Übergabe ist Freitag. Neue Adresse: Am Rosenhang 7, 34128 Kassel.
VG K. Vollmer
""",
        atts=[att("Bestaetigung_PH-2207-558314.pdf", pdf(cert, "Haftpflichtbestätigung"))])


def m004():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "confirmation of health cover for a named guest scientist (incoming tariff, dates, policy number)",
        "Claire Dubois-Hartmann <claire.dubois-hartmann@lindenhof-versicherung.example>",
        "Dr. Aiko Tanabe <a.tanabe@geodaesie-institut.example>",
        "Confirmation of insurance cover - Lindenhof Incoming Science",
        cc="Welcome Centre <welcome@geodaesie-institut.example>",
        body="""Dear Dr. Tanabe,

thank you for your call this morning. As requested, here is the confirmation
for the Welcome Centre of the Institute for Applied Geodesy; the institute is
copied in at your request.

  Insured person:   Dr. Aiko Tanabe, born 3 March 1986
  Policy number:    IN 20 77315
  Tariff:           Lindenhof Incoming Science (IS-Plus) incl. accident
                    and personal liability module
  Period of cover:  15 January 2025 to 14 January 2026
  Deductible:       none
  Area of cover:    Germany and all Schengen states, home country excluded

Outpatient and inpatient treatment, dental treatment for pain relief and
emergency repatriation are covered according to the tariff conditions
(AVB IS-Plus 2024). The cover is in line with the requirements for a
researcher residence permit under section 18d AufenthG as we understand them;
the final decision is of course with the foreigners' authority.

Please note that this is not a full German health insurance (no long-term
care insurance), so if your stay is extended beyond 24 months we would
need to talk about switching.

Kind regards

Claire Dubois-Hartmann
International Service
Lindenhof Krankenversicherung a.G. | Lindenhofplatz 1 | 34117 Kassel | Germany
Phone +49 561 7788-4410
""")


def m005():
    return mail(
        "NORMAL", "en", "internal",
        "trap: out-of-office reply of the international service mentioning certificates and visas",
        "Yusuf Demirtas <yusuf.demirtas@lindenhof-versicherung.example>",
        "Piotr Zielinski <piotr.zielinski@lindenhof-versicherung.example>",
        "Automatic reply: DokGen English layout",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        body="""Thank you for your message. I am out of the office until 20 January
with limited access to e-mail.

For urgent certificates for visa applications, residence permits or
universities please contact international@lindenhof-versicherung.example
or call +49 561 7788-4400 (Mon-Fri 8-18).

Vielen Dank für Ihre Nachricht. Ich bin bis zum 20. Januar nicht im Büro.

Yusuf Demirtas
""")


def m006():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-company",
        "proof of tenant liability cover sent to property management: named tenant, flat, policy number",
        "Tobias Rehkopf <tobias.rehkopf@lindenhof-versicherung.example>",
        "Lettings Team <lettings@brightstone-residential.example>",
        "RE: Proof of liability insurance - Apt. 4.12, Weserstrasse 40",
        body="""Dear Ms Okafor,

with the written consent of our policyholder (received today) we confirm:

Mr Ravi Subramaniam, currently residing at Weserstrasse 40, Apt. 4.12,
34125 Kassel, holds a private liability insurance with Lindenhof Allgemeine
Versicherung AG under policy no. PH-2411-903377. The policy includes damage to
rented residential premises up to EUR 10,000,000 and loss of third-party keys
(incl. master key systems) up to EUR 30,000. The policy is in force and
premiums are paid up to 31 March 2025.

We do not send the full policy schedule to third parties. If you need
anything beyond this confirmation, please ask Mr Subramaniam directly.

Kind regards
Tobias Rehkopf
Private Liability
Lindenhof Allgemeine Versicherung AG, Kassel

> From: Grace Okafor <lettings@brightstone-residential.example>
> Sent: 09 January 2025 10:02
> Subject: Proof of liability insurance - Apt. 4.12, Weserstrasse 40
>
> Hello, our tenant Mr Subramaniam gave us your details. Our lease requires
> tenants to hold liability insurance covering damage to the flat. Could you
> confirm his cover? Many thanks, Grace Okafor, Brightstone Residential
""")


def m007():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "customer",
        "forwarded customer request for a university certificate: name, KV number, tariff, exemption from statutory insurance",
        "Sevgi Aksoy <sevgi.aksoy@lindenhof-versicherung.example>",
        "Team Bescheinigungen <bescheinigungen@lindenhof-versicherung.example>",
        "WG: Bescheinigung für die Uni / Befreiung",
        body="""Hallo Team,

bitte übernehmen, Kundin hat gestern schon angerufen, ist eilig wegen
Rückmeldefrist. Vertrag ist sauber, Beiträge bezahlt.

LG Sevgi

---------- Weitergeleitete Nachricht ----------
Von: Lina Marquardt <lina.marquardt@studimail.example>
Datum: Fr., 10. Jan. 2025 um 08:47
Betreff: Bescheinigung für die Uni / Befreiung
An: <service@lindenhof-versicherung.example>

Sehr geehrte Damen und Herren,

ich bin bei Ihnen über meine Eltern privat versichert (Versicherungsnummer
KV 3310 8842 05, Tarif LK Beihilfe 30 Kind/Jugendlicher, meine Mutter ist
Beamtin). Ich fange zum Sommersemester an der Hochschule Weserbergland an.
Die Hochschule schreibt, ich muss mich von der gesetzlichen Versicherungspflicht
befreien lassen und die Krankenkasse meldet das dann elektronisch (M10?). Die
TK will dafür eine Bescheinigung von Ihnen, dass ich privat versichert bin,
mit Beginn und Tarif.

Können Sie mir die bitte schicken? Am liebsten als PDF.

Danke und viele Grüße
Lina Marquardt
""")


def m008():
    tpl = [
        "Lindenhof Krankenversicherung a.G. – Textbaustein TB-112 (Version 7, gültig ab 01.01.2025)",
        "Bescheinigung zur Vorlage bei der Ausländerbehörde – Vollversicherung",
        "Nur mit DokGen-Feldern verwenden. Felder in «» werden automatisch befüllt.",
        "",
        "«Anrede» «Vorname» «Nachname»",
        "«Strasse» «Hausnummer»",
        "«PLZ» «Ort»",
        "",
        "VERSICHERUNGSBESCHEINIGUNG",
        "",
        [["Versicherungsnummer", "«VSNR»"],
         ["Versicherte Person", "«Vorname» «Nachname», geb. «Geburtsdatum»"],
         ["Versicherungsbeginn", "«Beginn»"],
         ["Tarife", "«Tarifliste»"],
         ["Selbstbehalt", "«SB_Betrag» EUR je Kalenderjahr"]],
        "",
        "Für die oben genannte Person besteht eine private Krankheitskostenvollversicherung sowie die "
        "private Pflegepflichtversicherung. Der Versicherungsschutz entspricht in Art, Umfang und Höhe den "
        "Leistungen nach dem Fünften Kapitel SGB V.",
        "«WENN Beitragsrueckstand = nein»Der Vertrag ist ungekündigt, Beitragsrückstände bestehen derzeit nicht.«ENDE»",
        "",
        "«Ort_Datum»",
        "Hinweis für Sachbearbeitung: Leistungsausschlüsse, Risikozuschläge und Vorerkrankungen dürfen "
        "NICHT in die Bescheinigung übernommen werden (Datenschutz, Anweisung DS-14).",
    ]
    return mail(
        "NORMAL", "de", "internal",
        "trap: blank certificate template with «placeholders» for name and birth date; no real person",
        "Piotr Zielinski <piotr.zielinski@lindenhof-versicherung.example>",
        "Malte Oberdieck <malte.oberdieck@lindenhof-versicherung.example>",
        "TB-112 v7 zur Freigabe",
        body="""Hallo Malte,

anbei TB-112 in Version 7 mit deinen Änderungen (Pflegepflicht jetzt im
Fließtext, SB als Feld, Bedingung für Beitragsrückstand). Wenn du bis
Mittwoch freigibst, geht er mit dem DokGen-Release am 20.01. live.

Den Hinweis zu Leistungsausschlüssen habe ich bewusst in die Vorlage
geschrieben, der wird beim Rendern entfernt (Stil "Bearbeitungshinweis").

Gruß
Piotr

--
Piotr Zielinski | IT Dokumentengenerierung | App-Team DokGen
Lindenhof Versicherungen | Durchwahl -2231
""",
        atts=[att("TB-112_v7_Auslaenderbehoerde_Vollversicherung.docx", docx(tpl))])


def m009():
    return mail(
        "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
        "bilingual au pair insurance certificate (health, accident, liability) with name, birth date, passport number",
        "Internationaler Service <international@lindenhof-versicherung.example>",
        "Nguyen Thi Lan <lan.nguyen.aupair@hanoi-mail.example>",
        "Versicherungsbestätigung Au-pair / Certificate of insurance au pair",
        cc="Familie Brenneke <brenneke.familie@t-netz.example>",
        body="""Liebe Frau Nguyen, dear Ms Nguyen,

anbei / please find below your certificate for the visa appointment at the
German Embassy. Ihre Gastfamilie erhält eine Kopie (CC), weil sie
Versicherungsnehmerin ist / your host family receives a copy as policyholder.

=====================================================================
VERSICHERUNGSBESTÄTIGUNG / CERTIFICATE OF INSURANCE
=====================================================================
Versicherte Person / Insured person:  NGUYEN Thi Lan
Geburtsdatum / Date of birth:         22.06.2002
Reisepass / Passport no.:             C7719204
Versicherungsnehmer / Policyholder:   Jörg und Miriam Brenneke, Kassel
Vertrag / Policy no.:                 AP 25 10448
Tarif / Tariff:                       Lindenhof Au-pair Kompakt
Versicherungszeitraum / Period:       01.03.2025 – 28.02.2026
Leistungen / Benefits:
  Krankenversicherung / Health          100 % ambulant und stationär,
                                        kein Selbstbehalt / no deductible
  Unfallversicherung / Accident         Invalidität 50.000 EUR,
                                        Tod 10.000 EUR
  Haftpflicht / Personal liability      1.000.000 EUR pauschal,
                                        inkl. Schäden bei der Gastfamilie
                                        (Kinderbetreuung) bis 25.000 EUR
Geltungsbereich / Area of cover:      Schengen-Staaten und weltweit bei
                                        Reisen bis 6 Wochen
=====================================================================
Kassel, 10.01.2025 – Lindenhof Krankenversicherung a.G. /
Lindenhof Allgemeine Versicherung AG

Die Bestätigung entspricht den Anforderungen der Botschaften an eine
Au-pair-Versicherung (keine Wartezeiten, kein Selbstbehalt, Deckung ab
Einreise). Viel Erfolg beim Termin! / Good luck with your appointment!

Freundliche Grüße / Kind regards
Claire Dubois-Hartmann
International Service
""")


def m010():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-authority",
        "dog owner liability proof sent to the public-order office: named owner, address, dog, policy number",
        "Tobias Rehkopf <tobias.rehkopf@lindenhof-versicherung.example>",
        "Ordnungsamt Hunderegister <hunderegister@stadt-baunatal.example>",
        "Nachweis Tierhalterhaftpflicht gem. § 5 Abs. 5 LHundG – Halterin Melanie Grothaus",
        body="""Sehr geehrte Damen und Herren,

auf Wunsch unserer Versicherungsnehmerin bestätigen wir Ihnen das Bestehen
einer Hundehalter-Haftpflichtversicherung:

Halterin:            Melanie Grothaus, Dachsbergweg 3, 34225 Baunatal
Hund:                "Bruno", Rottweiler-Mischling, Rüde, Chip 276098106633417
Versicherungsschein: TH-1903-220871
Deckungssumme:       10 Mio. EUR pauschal für Personen- und Sachschäden
                     (Mindestdeckung nach Landesrecht erfüllt)
Beginn:              15.11.2024, ungekündigt

Die Versicherung erstreckt sich auch auf Schäden durch nicht
gewerbsmäßige Hüter des Hundes.

Bitte beachten Sie, dass wir Sie nach § 117 VVG über ein Ende des
Versicherungsverhältnisses informieren.

Mit freundlichen Grüßen

i. A. Tobias Rehkopf
Lindenhof Allgemeine Versicherung AG
Haftpflicht Privatkunden
Lindenhofplatz 1, 34117 Kassel
""")


def m011():
    html = """<html><body style="font-family:Arial,sans-serif">
<p><b>PRESSEMITTEILUNG</b><br>Kassel, 13. Januar 2025</p>
<h2>Lindenhof startet neuen Au-pair-Tarif: Kranken-, Unfall- und Haftpflichtschutz in einem Vertrag</h2>
<p>Die Lindenhof Versicherungen bieten ab 1. Februar 2025 mit <b>Au-pair Kompakt</b> einen
Kombitarif für Au-pairs aus Nicht-EU-Staaten an. Der Tarif erfüllt die Vorgaben der
Bundesagentur für Arbeit und der deutschen Auslandsvertretungen: Krankenversicherung ohne
Selbstbehalt und ohne Wartezeiten, Unfallversicherung und Privathaftpflicht inklusive Schäden
bei der Gastfamilie.</p>
<p>„Gastfamilien wollen eine Bescheinigung, die beim Visumtermin sofort akzeptiert wird",
sagt Friederike Quast, Leiterin Kundenservice Kranken. „Deshalb gibt es die Bestätigung
zweisprachig und mit Prüfcode, den Botschaften online verifizieren können."</p>
<p>Der Beitrag beträgt 39,90 Euro im Monat, die Laufzeit bis zu 12 Monate, verlängerbar um
weitere 12 Monate.</p>
<p>Pressekontakt: Lea Brockhaus, presse@lindenhof-versicherung.example, 0561 7788-1050</p>
</body></html>"""
    return mail(
        "NORMAL", "de", "insurer-to-press",
        "trap: press release on an au pair tariff (health, accident, liability); only a spokesperson named",
        "Lindenhof Presse <presse@lindenhof-versicherung.example>",
        "Verteiler Fachpresse <fachpresse-verteiler@lindenhof-versicherung.example>",
        "PM: Neuer Au-pair-Tarif ab 1. Februar",
        body="""PRESSEMITTEILUNG
Kassel, 13. Januar 2025

Lindenhof startet neuen Au-pair-Tarif: Kranken-, Unfall- und Haftpflichtschutz
in einem Vertrag

Die Lindenhof Versicherungen bieten ab 1. Februar 2025 mit Au-pair Kompakt
einen Kombitarif für Au-pairs aus Nicht-EU-Staaten an. Der Tarif erfüllt die
Vorgaben der Bundesagentur für Arbeit und der deutschen Auslandsvertretungen:
Krankenversicherung ohne Selbstbehalt und ohne Wartezeiten, Unfallversicherung
und Privathaftpflicht inklusive Schäden bei der Gastfamilie.

„Gastfamilien wollen eine Bescheinigung, die beim Visumtermin sofort
akzeptiert wird", sagt Friederike Quast, Leiterin Kundenservice Kranken.
„Deshalb gibt es die Bestätigung zweisprachig und mit Prüfcode, den
Botschaften online verifizieren können."

Der Beitrag beträgt 39,90 Euro im Monat, die Laufzeit bis zu 12 Monate,
verlängerbar um weitere 12 Monate.

Pressekontakt: Lea Brockhaus, presse@lindenhof-versicherung.example,
0561 7788-1050
""", html=html)


def m012():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
        "employer-subsidy certificate (§ 257 SGB V) to HR with named employee, health and care premiums",
        "Bescheinigungen Kranken <bescheinigungen@lindenhof-versicherung.example>",
        "Entgeltabrechnung <entgelt@nordhessen-maschinenbau.example>",
        "Bescheinigung zur Vorlage beim Arbeitgeber – Hr. Benedikt Sauerwald, Pers.-Nr. 20817",
        body="""Sehr geehrte Damen und Herren,

für Ihren Mitarbeiter Herrn Benedikt Sauerwald (Versicherungsnummer
KV 5520 1177 40) bescheinigen wir zur Berechnung des Beitragszuschusses
nach § 257 SGB V bzw. § 61 SGB XI ab 01.01.2025:

  Krankenversicherung (Tarife LK Vital 90, LK Stationär Plus)   612,37 EUR
  davon auf Wahlleistungen / Zusatzleistungen entfallend:         48,10 EUR
  Krankentagegeld ab 43. Tag (KT 43), zuschussfähig               21,60 EUR
  Pflegepflichtversicherung (PVN)                                 74,12 EUR
  ---------------------------------------------------------------------
  Monatsbeitrag gesamt                                          708,09 EUR

Mitversichert über den Vertrag sind: Ehefrau Hanna Sauerwald und die
Kinder Emil und Frieda (Beiträge nicht enthalten, gesonderter Nachweis
auf Anfrage).

Wir bestätigen, dass die Versicherung die Voraussetzungen des § 257 Abs. 2a
SGB V erfüllt (Aufsicht BaFin, Basistarif wird angeboten, keine
Kündigung wegen Alters, Überschussverwendung nach VAG).

Mit freundlichen Grüßen
Lindenhof Krankenversicherung a.G.
Team Bescheinigungen
""")


def m013():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-customer",
        "professional indemnity certificate for a freelance translator (sole trader) with policy number and address",
        "Henning Paulsen <henning.paulsen@lindenhof-versicherung.example>",
        "Sofía Martínez Ortega <sofia@martinez-uebersetzungen.example>",
        "Your certificate of professional indemnity insurance",
        body="""Dear Ms Martínez Ortega,

please find the certificate below, as requested for your onboarding with
the translation agency. You can forward this mail as it is.

  CERTIFICATE OF INSURANCE
  Policyholder:      Sofía Martínez Ortega, sworn translator (ES/DE/EN),
                     trading as "Martínez Übersetzungen",
                     Goethestraße 18, 34119 Kassel
  Policy no.:        VH-4403-17729
  Cover:             Professional indemnity (Vermögensschaden-Haftpflicht)
                     for translation and interpreting services
  Limit:             EUR 250,000 per loss, EUR 500,000 per year
  Deductible:        EUR 250 per loss
  Period:            01/02/2025 - 31/01/2026, renewing annually
  Territory:         worldwide excl. USA/Canada

Best regards,
Henning Paulsen
Commercial Lines / Freelancers
Lindenhof Allgemeine Versicherung AG
""", flowed=True, cte="8bit")


def m014():
    return mail(
        "NORMAL", "en", "internal",
        "trap: draft FAQ for the website on health insurance for visas, Blue Card, students; no person",
        "Lea Brockhaus <lea.brockhaus@lindenhof-versicherung.example>",
        "International Service <international@lindenhof-versicherung.example>",
        "Please review: FAQ 'Health insurance for your visa' (EN)",
        body="""Hi all,

could somebody from your team check the English FAQ before it goes online?
Legal has already seen it. Comments in the doc or by mail until Friday please.

---
Q: Do I need health insurance for a German visa?
A: Yes. For a Schengen visa (short stay) you need travel health insurance
   with at least EUR 30,000 cover. For a national visa (study, work, research,
   au pair, family reunion) you need health insurance that covers your entire
   stay. The German mission abroad decides whether your insurance is
   sufficient.

Q: I have an EU Blue Card offer. Which insurance do I need?
A: If your salary is above the compulsory insurance threshold
   (Versicherungspflichtgrenze, EUR 73,800 in 2025) you can choose private
   full health insurance. Below that threshold you are usually insured in the
   statutory system. Private insurance requires a health questionnaire.

Q: Can I get an EHIC from Lindenhof?
A: No. The European Health Insurance Card is only issued by statutory health
   funds. As a Lindenhof customer you are covered worldwide for trips of up to
   8 weeks under most full-cover tariffs; just show your Lindenhof card.

Q: My university asks for proof of health insurance. What do I do?
A: Students under 30 are normally insured in the statutory system. If you
   want to stay privately insured you must apply for an exemption with a
   statutory health fund, which then informs the university electronically.
   We give you the certificate the fund needs.

Q: How fast do I get my certificate?
A: Usually within 2 working days as PDF in your customer portal.
---

Thanks!
Lea
""")


def m015():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-authority",
        "answer to an embassy verifying a named applicant's health insurance certificate (dates, tariff, no deductible)",
        "International Service <international@lindenhof-versicherung.example>",
        "Visa Section <visa@germanembassy-lagos.example>",
        "RE: Verification of insurance certificate - ref. NV-2025-00813",
        body="""Dear Sir or Madam,

we confirm that the certificate presented by Mr Kwame Adebayo Ogundipe
(date of birth 11 November 1997, passport A09912847) was issued by us on
6 January 2025 and is authentic (check code LH-IN-9KT2-71PA).

The applicant is insured under our tariff Incoming Study (IST) from
1 March 2025 to 28 February 2026, policy no. IN 25 00391, without deductible,
with cover for outpatient, inpatient and emergency dental treatment in
Germany and the Schengen states. The premium has been paid for the full
period.

Please feel free to contact us for any further verification; you can also
use the online check at www.lindenhof-versicherung.example/pruefen.

Yours faithfully
Yusuf Demirtas
International Service
Lindenhof Krankenversicherung a.G.

-----Original Message-----
From: Visa Section <visa@germanembassy-lagos.example>
Sent: Monday, 13 January 2025 09:12
Subject: Verification of insurance certificate - ref. NV-2025-00813

Please confirm the validity of the attached insurance certificate for
national visa applicant OGUNDIPE, Kwame Adebayo, DOB 11.11.1997.
Regards, Visa Section
""")


def m016():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "eVB number for vehicle registration with named customer, car and address (motor)",
        "Kfz-Service <kfz@lindenhof-versicherung.example>",
        "emre.kaya88@freimail.example",
        "Ihre eVB-Nummer für die Zulassung",
        body="""Guten Tag Herr Kaya,

Ihre elektronische Versicherungsbestätigung (eVB) für die Zulassung:

  eVB-Nummer:        K7N4Q2X
  Halter:            Emre Kaya, Leipziger Str. 301, 34123 Kassel
  Fahrzeug:          VW Golf Variant, FIN WVWZZZAUZLP512873
  Gültig bis:        12.07.2025
  Versicherung:      Kfz-Haftpflicht + Teilkasko (SB 150 EUR)
  SF-Klasse Haftpflicht: SF 4 (übernommen vom Vorversicherer)

Die Nummer nennen Sie einfach bei der Zulassungsstelle; ein Ausdruck
ist nicht nötig. Den Versicherungsschein erhalten Sie nach der Zulassung.

Allzeit gute Fahrt
Ihr Kfz-Team der Lindenhof
""", cte="8bit", charset="iso-8859-1")


def m017():
    return mail(
        "NORMAL", "de", "internal",
        "trap: IT ticket about broken umlauts in the certificate generator; test data with fictitious Max Mustermann",
        "IT-Servicedesk <it-servicedesk@lindenhof-versicherung.example>",
        "Piotr Zielinski <piotr.zielinski@lindenhof-versicherung.example>",
        "[INC-2025-004417] DokGen: Umlaute in KV-Bescheinigung (EN/DE) kaputt",
        body="""Ticket INC-2025-004417 wurde Ihrer Gruppe App-Team DokGen zugewiesen.

Priorität: 3 – mittel
Melder:    Jana Wiegand (Kundenservice Kranken)
Kategorie: Anwendung > DokGen > Bescheinigungen

Beschreibung (vom Melder):
Seit dem Update am Freitag werden in der zweisprachigen
Versicherungsbescheinigung (Vorlage TB-118 Incoming) die Umlaute im
deutschen Teil als "Ã¼" usw. gedruckt. Betrifft nur die PDF-Ausgabe, die
Vorschau ist ok. Nachgestellt mit Testfall aus der Testumgebung:

  Testkunde:     Max Mustermann (fiktiv), geb. 01.01.1980
  VSNR:          TEST-0000-0001
  Tarif:         IST (Incoming Study)
  Ergebnis:      "Krankheitskostenversicherung fÃ¼r Studierende"

Produktivfälle bitte nicht als Beispiel anhängen, wir schicken die
Bescheinigungen solange manuell raus.

Workaround laut Melder: Ausgabe über Word-Export.

Sie können das Ticket im Self-Service-Portal einsehen.
""")


def m018():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
        "answer to a foreigners' authority confirming a named person's private full health cover and premium status",
        "Jana Wiegand <jana.wiegand@lindenhof-versicherung.example>",
        "Ausländerbehörde Landkreis Kassel <abh@landkreis-kassel.example>",
        "AW: Echtheitsprüfung Versicherungsbescheinigung – Az. 32.1-AE-4471/24",
        body="""Sehr geehrte Frau Siebert,

die uns übermittelte Bescheinigung vom 02.12.2024 für

  Frau Priya Raghunathan, geb. 05.04.1990

wurde von uns ausgestellt und ist echt. Frau Raghunathan ist seit dem
01.09.2023 bei uns krankheitskostenvoll- und pflegepflichtversichert
(Versicherungsnummer KV 6102 4458 93). Der Vertrag besteht ungekündigt fort.

Zu Ihrer Frage nach Beitragsrückständen: Wir geben diese Auskunft nur mit
Einwilligung der versicherten Person. Frau Raghunathan hat uns die
Einwilligung heute telefonisch erteilt – es bestehen keine Rückstände.

Mit freundlichen Grüßen
Jana Wiegand
Lindenhof Krankenversicherung a.G.

Von: Siebert, Carina <abh@landkreis-kassel.example>
Gesendet: Montag, 13. Januar 2025 14:20
Betreff: Echtheitsprüfung Versicherungsbescheinigung – Az. 32.1-AE-4471/24

Sehr geehrte Damen und Herren,

im Rahmen der Erteilung einer Blauen Karte EU (§ 18g AufenthG) bitten wir
um Bestätigung der Echtheit der beigefügten Bescheinigung sowie um
Mitteilung, ob Beitragsrückstände bestehen.

Mit freundlichen Grüßen
C. Siebert, Sachgebiet Aufenthalt
""")


def m019():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "rent deposit guarantee certificate for a landlord: tenant names, flat, guarantee amount, contract number",
        "Mietkaution Service <kaution@lindenhof-versicherung.example>",
        "Ana Lúcia Carvalho <analucia.carvalho@posteo-mail.example>",
        "Ihre Mietkautionsbürgschaft KB-25-01876 – Bürgschaftsurkunde",
        body="""Sehr geehrte Frau Carvalho,

Ihre Mietkautionsbürgschaft ist angenommen. Die Bürgschaftsurkunde geht
heute im Original per Post an Ihre Vermieterin; vorab die Daten zur
Information:

  Bürgschaftsnummer:   KB-25-01876
  Mieterin:            Ana Lúcia Carvalho
  Mietobjekt:          Kölnische Str. 55, 2. OG links, 34117 Kassel
  Vermieterin:         Hausverwaltung Brede & Söhne GmbH
  Bürgschaftsbetrag:   2.370,00 EUR (3 Nettokaltmieten)
  Jahresbeitrag:       4,9 % = 116,13 EUR, Lastschrift jeweils zum 01.02.

Die Bürgschaft ist unbefristet und selbstschuldnerisch, auf erstes
Anfordern. Bitte geben Sie uns Bescheid, wenn das Mietverhältnis endet,
damit wir die Urkunde zurückfordern können.

Mit freundlichen Grüßen
Ihr Mietkaution-Team
Lindenhof Allgemeine Versicherung AG
""")


def m020():
    cal = ics("webinar-2025-02-05-visa@lindenhof-versicherung.example", "20250205T100000", "20250205T113000",
              "Makler-Webinar: Visum & Aufenthalt – welche KV-Nachweise verlangen Behörden?",
              "Online (Teams-Link folgt)",
              "Themen: Incoming vs. Vollversicherung, Blaue Karte EU, Au-pair, Studierende und M10-Meldeverfahren, "
              "A1 und EHIC bei Privatversicherten, typische Ablehnungsgründe. Referent: Malte Oberdieck.",
              "maklerbetreuung@lindenhof-versicherung.example")
    return mail(
        "NORMAL", "de", "insurer-to-broker",
        "trap: webinar invitation for brokers about health-cover proofs for visas, A1, EHIC; no customer",
        "Maklerbetreuung Lindenhof <maklerbetreuung@lindenhof-versicherung.example>",
        "Maklerverteiler Nord <makler-nord@lindenhof-versicherung.example>",
        "Einladung Webinar 05.02.: KV-Nachweise für Visum und Aufenthalt",
        body="""Liebe Vertriebspartnerinnen und Vertriebspartner,

Ihre Kundinnen und Kunden fragen immer öfter nach Bescheinigungen für
Botschaften, Ausländerbehörden und Hochschulen. Welche Nachweise werden
wirklich verlangt, wann reicht ein Incoming-Tarif, wann muss es eine
substitutive Vollversicherung sein – und was sagen Sie Kunden, die nach
einer EHIC oder einer A1-Bescheinigung fragen?

Termin:  Mittwoch, 05.02.2025, 10:00–11:30 Uhr, online
Referent: Malte Oberdieck, Teamleiter Internationale Krankenversicherung

Die Kalendereinladung hängt an. Die Teilnahme wird mit 1,5 Stunden
Weiterbildungszeit (IDD) bestätigt.

Herzliche Grüße
Birte Lohmann
Maklerbetreuung
""",
        atts=[att("Webinar_Visum_Aufenthalt.ics", cal)])

# ================================================================ mails 021-040

def m021():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Certificate</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<p>Dear Mr Mehta,</p>
<p>as discussed, here is your English confirmation for the Landesamt f&uuml;r Einwanderung
(appointment 4 February). The German version follows by post.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #999">
<tr style="background:#e8eef5"><th colspan="2" align="left">Confirmation of health and long-term care insurance</th></tr>
<tr><td>Insured person</td><td>Arjun Mehta, born 19 August 1993</td></tr>
<tr><td>Policy number</td><td>KV 7304 2261 58</td></tr>
<tr><td>Start of cover</td><td>1 October 2024</td></tr>
<tr><td>Tariffs</td><td>LK Vital 90 (outpatient/dental), LK Station&auml;r Plus (inpatient, private room),
PVN (statutory-equivalent long-term care)</td></tr>
<tr><td>Annual deductible</td><td>EUR 900</td></tr>
<tr><td>Status</td><td>in force, not terminated, no premium arrears</td></tr>
</table>
<p>The insurance corresponds in type, scope and amount to the benefits of Chapter 5 of the
German Social Code Book V and meets the requirement of section 193 (3) VVG. It is not limited in time,
so it is suitable for your EU Blue Card.</p>
<p>Kind regards<br>Yusuf Demirtas<br>International Service<br>
Lindenhof Krankenversicherung a.G., Kassel</p>
</body></html>"""
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "HTML-only Blue Card health certificate with name, birth date, policy number and tariffs in a table",
        "Yusuf Demirtas <yusuf.demirtas@lindenhof-versicherung.example>",
        "Arjun Mehta <arjun.mehta.dev@quickmail.example>",
        "Your confirmation for the Blue Card appointment",
        html=html)


def m022():
    rows = [["Dokument", "Ausgangssprache", "Zielsprachen", "Wörter", "Termin"],
            ["TB-112 Bescheinigung ABH Vollversicherung", "de", "en, fr", "410", "31.01.2025"],
            ["TB-118 Bescheinigung Incoming (zweisprachig)", "de/en", "fr, es", "520", "31.01.2025"],
            ["TB-121 Au-pair-Bestätigung", "de/en", "vi, es, pt-BR", "380", "07.02.2025"],
            ["Merkblatt Versicherungspflicht Studierende", "de", "en", "1.150", "07.02.2025"]]
    return mail(
        "NORMAL", "en", "insurer-to-supplier",
        "trap: translation order for blank certificate templates and an information leaflet; no person",
        "Einkauf Lindenhof <einkauf@lindenhof-versicherung.example>",
        "Project Management <pm@lingua-nova-translations.example>",
        "PO 4500172230 - translation of certificate templates",
        body="""Dear Ms Haverkamp,

please find attached our purchase order 4500172230 for the translation of
four certificate templates and one leaflet (list attached as XLSX).

Important:
- The templates contain merge fields in guillemets (e.g. «Vorname»,
  «Geburtsdatum», «VSNR»). Please do not translate or change them.
- The legal sentence on SGB V equivalence must be translated exactly as in
  our terminology list (already in your TM from 2023).
- Vietnamese and Brazilian Portuguese are new; please confirm you can
  provide a second-language reviewer.

Delivery as DOCX to einkauf@lindenhof-versicherung.example, invoice with
PO number please. Payment terms 30 days net as per framework agreement.

Best regards
Sabine Holzapfel
Strategic Purchasing
Lindenhof Versicherungen, Kassel
""",
        atts=[att("PO4500172230_Uebersetzungen.xlsx", xlsx(rows, "Auftrag"))])


def m023():
    rows = [["Objekt", "Wohnung", "Mieter/in", "Vertrags-Nr.", "Status", "bezahlt bis"],
            ["Holländische Str. 88", "EG li", "Weinrich, Doris", "MH-RV-0088-001", "aktiv", "31.03.2025"],
            ["Holländische Str. 88", "EG re", "Yilmaz, Cem", "MH-RV-0088-002", "aktiv", "31.03.2025"],
            ["Holländische Str. 88", "1. OG li", "Blaszczyk, Agata", "MH-RV-0088-003", "gekündigt zum 28.02.2025", "28.02.2025"],
            ["Holländische Str. 88", "1. OG re", "Hartung, Felix u. Hartung-Moll, Svenja", "MH-RV-0088-004", "aktiv", "31.03.2025"],
            ["Holländische Str. 88", "2. OG li", "leer", "", "", ""],
            ["Holländische Str. 88", "2. OG re", "Osei, Abena", "MH-RV-0088-006", "Beitrag offen (Mahnstufe 1)", "31.12.2024"],
            ["Mönchebergstr. 12", "DG", "Riedesel, Konstantin", "MH-RV-0012-001", "aktiv", "31.03.2025"]]
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-company",
        "harmless body; CSV attachment lists named tenants with liability contract numbers and arrears status",
        "Tobias Rehkopf <tobias.rehkopf@lindenhof-versicherung.example>",
        "Sandra Kleemann <kleemann@brede-hausverwaltung.example>",
        "Quartalsliste Rahmenvertrag Mieterhaftpflicht Q1/2025",
        body="""Hallo Frau Kleemann,

wie jedes Quartal die Liste zum Rahmenvertrag, Stand heute.
Eine Wohnung ist leer gemeldet, bitte kurz prüfen, ob das noch stimmt.

Schöne Grüße
Tobias Rehkopf
""",
        atts=[att("RV_Mieterhaftpflicht_Q1-2025.csv", csvfile(rows, "cp1252"))])


def m024():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-school",
        "confirmation of a child's private accident insurance for a school ski trip: named pupil, birth date, sums",
        "Annika Schmalfuß <annika.schmalfuss@lindenhof-versicherung.example>",
        "Sekretariat <sekretariat@albert-schweitzer-schule-kassel.example>",
        "AW: Nachweis Unfallversicherung Skifahrt 7b – Mattis Engelhardt",
        cc="Kirsten Engelhardt <k.engelhardt@familienpost.example>",
        body="""Sehr geehrte Frau Dörnbach,

auf Bitten von Frau Engelhardt (in Kopie) bestätigen wir Ihnen:

Mattis Engelhardt, geb. 02.05.2012, ist bei uns über die
Kinder-Unfallversicherung Nr. UV-1408-66210 versichert
(Versicherungsnehmerin: Kirsten Engelhardt).

Versicherungsschutz besteht weltweit, rund um die Uhr, also auch während
der Skifahrt nach Österreich vom 09.–15.03.2025, u. a. mit
  - Invaliditätsgrundsumme 100.000 EUR (Progression 350 %)
  - Bergungskosten bis 25.000 EUR (inkl. Hubschrauberbergung)
  - Kosten für kosmetische Operationen bis 10.000 EUR

Hinweis: Die gesetzliche Schülerunfallversicherung gilt bei
Schulveranstaltungen ohnehin; unsere Versicherung tritt ergänzend ein.
Eine Krankenversicherung für das Ausland ist damit nicht ersetzt.

Mit freundlichen Grüßen
Annika Schmalfuß
Unfallversicherung Privatkunden
Lindenhof Allgemeine Versicherung AG

> Von: Sekretariat Albert-Schweitzer-Schule
> Gesendet: Mittwoch, 15. Januar 2025 11:40
> Betreff: Nachweis Unfallversicherung Skifahrt 7b
>
> Sehr geehrte Damen und Herren, für die Skifahrt der Klasse 7b benötigen
> wir für alle Schüler einen Nachweis über eine private Unfallversicherung
> mit Bergungskosten. Frau Engelhardt hat uns an Sie verwiesen.
> Mit freundlichen Grüßen, G. Dörnbach, Sekretariat
""")


def m025():
    return mail(
        "NORMAL", "de", "internal",
        "trap: legal memo on residence-law health insurance requirements and § 193 VVG; no individual case",
        "Rainer Twesten <rainer.twesten@lindenhof-versicherung.example>",
        "Friederike Quast <friederike.quast@lindenhof-versicherung.example>",
        "Vermerk: Ausreichender Krankenversicherungsschutz i. S. d. § 2 Abs. 3 AufenthG",
        cc="Malte Oberdieck <malte.oberdieck@lindenhof-versicherung.example>",
        body="""Liebe Frau Quast,

wie besprochen mein kurzer Vermerk zur Frage, was wir in Bescheinigungen
zusagen dürfen.

1. Rechtslage
§ 2 Abs. 3 AufenthG verlangt für die Sicherung des Lebensunterhalts einen
"ausreichenden Krankenversicherungsschutz". Für Inhaber einer Blauen Karte,
Fachkräfte und Forschende verweisen die Anwendungshinweise des BMI auf
einen Schutz, der im Wesentlichen dem der GKV entspricht. Bei Studierenden
und Au-pairs lassen die Auslandsvertretungen in der Praxis Incoming-Tarife
zu, sofern keine Wartezeiten und kein bzw. nur ein geringer Selbstbehalt
vereinbart sind.

2. Versicherungspflicht nach § 193 Abs. 3 VVG
Wer in Deutschland wohnt, muss eine Krankheitskostenversicherung
abschließen, die mindestens ambulante und stationäre Heilbehandlung umfasst
und deren Selbstbehalt 5.000 EUR im Jahr nicht übersteigt. Incoming-Tarife
erfüllen das nicht, wenn sie befristet sind und Vorerkrankungen ausschließen.

3. Empfehlung für Bescheinigungen
- Gleichwertigkeitssatz ("entspricht nach Art, Umfang und Höhe ...") nur bei
  substitutiver Vollversicherung.
- Bei Incoming nur Leistungsbeschreibung und Zeitraum, keine Wertung.
- Keine Auskunft zu Beitragsrückständen ohne Einwilligung (§ 203 StGB-
  Risiko ist bei uns zwar nicht unmittelbar einschlägig, aber Art. 9 DSGVO).
- Keine Diagnosen, Ausschlüsse oder Zuschläge in Bescheinigungen.

4. Haftung
Eine unrichtige Gleichwertigkeitsbestätigung kann Ansprüche der Behörde
(Kostenerstattung Sozialhilfe) und des Kunden begründen. Deshalb bitte keine
Freitext-Bescheinigungen außerhalb von DokGen.

Viele Grüße
Rainer Twesten
Recht & Compliance
""")


def m026():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-customer",
        "refund of overpaid liability premium to a named customer's IBAN",
        "Beitragsservice <beitragsservice@lindenhof-versicherung.example>",
        "Tomasz Wiśniewski <t.wisniewski@skrzynka.example>",
        "Refund of premium - policy PH-2302-771904",
        body="""Dear Mr Wiśniewski,

following the cancellation of your private liability insurance
PH-2302-771904 as of 31 January 2025 (you are moving back to Poland), the
premium you paid for February to December will be refunded:

  Annual premium 2025:          EUR 68.40
  Earned (January):             EUR  5.70
  Refund:                       EUR 62.70

The amount will be transferred within 5 working days to the account you
gave us:

  Account holder: Tomasz Wisniewski
  IBAN: DE71 3705 0198 1234 5678 01

Your confirmation of insurance for the landlord (period 01/02/2023 -
31/01/2025) is in your customer portal in case the landlord asks for it
when returning the deposit.

Kind regards
Premium Service Team
Lindenhof Allgemeine Versicherung AG
""")


def m027():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "customer asks to leave a hypertension risk surcharge out of the employer certificate; health data",
        "Sevgi Aksoy <sevgi.aksoy@lindenhof-versicherung.example>",
        "Holger Brandtner <holger.brandtner@netzpost.example>",
        "AW: Arbeitgeberbescheinigung ohne Zuschlag?",
        body="""Hallo Herr Brandtner,

gute Nachricht: Der Risikozuschlag steht gar nicht gesondert auf der
Bescheinigung für den Arbeitgeber. Dort erscheint nur der Gesamtbeitrag je
Tarif und der zuschussfähige Anteil. Ihr Arbeitgeber sieht also nicht, dass
in LK Vital 90 ein Zuschlag von 14 % wegen der Hypertonie enthalten ist.

Der Zuschlag ist übrigens zuschussfähig, Ihr Arbeitgeber zahlt die Hälfte
davon mit (bis zum Höchstzuschuss).

Die neue Bescheinigung ab 01.01.2025 habe ich Ihnen ins Kundenportal
gestellt.

Viele Grüße
Sevgi Aksoy
Kundenservice Kranken

-----Ursprüngliche Nachricht-----
Von: Holger Brandtner <holger.brandtner@netzpost.example>
Gesendet: Donnerstag, 16. Januar 2025 19:02
An: service@lindenhof-versicherung.example
Betreff: Arbeitgeberbescheinigung ohne Zuschlag?

Hallo,
ich brauche wieder die Bescheinigung für den Zuschuss für meinen neuen
Arbeitgeber (ab 1.1.). Steht da drauf dass ich wegen dem Blutdruck
Zuschlag zahle?? Das geht meinen Chef nichts an. Vers.Nr KV 2291 0045 87
Gruß H. Brandtner
""")


def m028():
    spec = [
        "SPECIMEN - MUSTER - NOT VALID",
        "",
        "Lindenhof Krankenversicherung a.G., Lindenhofplatz 1, 34117 Kassel, Germany",
        "",
        "CONFIRMATION OF INSURANCE COVER - INCOMING STUDY (IST)",
        "",
        "Insured person:        DOE, John (specimen)",
        "Date of birth:         01.01.2000",
        "Passport no.:          X0000000",
        "Policy no.:            IN 00 00000",
        "Period of cover:       dd.mm.yyyy - dd.mm.yyyy",
        "Deductible:            none",
        "Benefits:              outpatient and inpatient treatment 100 %, dental treatment for pain relief,",
        "                       repatriation, no waiting periods",
        "Area of cover:         Germany and Schengen states",
        "",
        "Check code:            LH-IN-XXXX-XXXX (verify at www.lindenhof-versicherung.example/pruefen)",
        "",
        "This certificate is issued electronically and is valid without signature.",
    ]
    return mail(
        "NORMAL", "en", "insurer-to-authority",
        "trap: specimen certificate for an embassy with a placeholder person (John Doe, specimen)",
        "Malte Oberdieck <malte.oberdieck@lindenhof-versicherung.example>",
        "Visa Section <visa@germanembassy-hanoi.example>",
        "Specimen of our incoming certificates / security features",
        body="""Dear colleagues,

thank you for your enquiry. As requested, attached is a specimen of our
certificate for students (tariff Incoming Study). Certificates issued since
1 January 2025 carry a check code in the format LH-IN-XXXX-XXXX that you
can verify online without contacting us. Older certificates can be
verified by e-mail at international@lindenhof-versicherung.example.

Security features of original paper certificates:
- watermark "Lindenhof" (visible against light)
- microprint line under the company name
- check code printed in blue

Please note we never issue certificates via messenger services.

Kind regards
Malte Oberdieck
Head of International Health Insurance
Lindenhof Krankenversicherung a.G.
""",
        atts=[att("SPECIMEN_Incoming_Study_EN.pdf", pdf(spec, "Specimen"))])


def m029():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "liability confirmation for a pupil's work placement: named child and parents, policy number",
        "Haftpflicht Service <haftpflicht@lindenhof-versicherung.example>",
        "Jens Hollerbach <jens.hollerbach@mailwerk.example>",
        "Bestätigung Haftpflicht für Betriebspraktikum Ihrer Tochter",
        body="""Sehr geehrter Herr Hollerbach,

für das Betriebspraktikum Ihrer Tochter Leonie Hollerbach beim Autohaus
Fennel (03.02.–14.02.2025) bestätigen wir Folgendes zur Vorlage beim
Praktikumsbetrieb bzw. der Schule:

Leonie ist als minderjähriges Kind in Ihrer Privathaftpflicht
(Familientarif, Versicherungsschein PH-1811-402256) mitversichert.
Mitversichert sind auch Schäden, die sie während eines Schul- oder
Betriebspraktikums an Sachen des Praktikumsbetriebs verursacht
(Tätigkeitsschäden, bis 50.000 EUR, SB 150 EUR).

Ein Formular der Schule müssen wir nicht ausfüllen, diese Mail reicht
nach Auskunft der meisten Schulen aus.

Freundliche Grüße
Ihr Haftpflicht-Team
Lindenhof Allgemeine Versicherung AG
""")


def m030():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
        "employer asks for an A1 for a named, privately health-insured employee; insurer confirms PKV status for the pension fund",
        "Claire Dubois-Hartmann <claire.dubois-hartmann@lindenhof-versicherung.example>",
        "HR Operations <hr-ops@kavya-softworks.example>",
        "RE: A1 certificate for posting to Vienna - Mr Sandeep Iyer",
        body="""Dear Ms Fischer,

we are not able to issue an A1 certificate. A private health insurer is
not a social security institution. For employees who are not members of a
statutory health fund, the A1 is issued by the Deutsche Rentenversicherung
(or the professional pension scheme if applicable). You apply
electronically from your payroll software as usual.

What we can do, and have done today, is confirm for the pension fund that
Mr Sandeep Iyer (policy KV 8812 3307 61) has been privately insured with us
since 1 April 2023 and that his cover continues during the posting to
Austria from 1 March to 31 August 2025. Our full-cover tariffs include
treatment in Austria without time limit during a posting of up to
12 months. The letter is in his customer portal; please ask him to forward
it.

Please note: without an EHIC Mr Iyer should show his Lindenhof card at
Austrian doctors and pay privately if needed; we reimburse.

Kind regards
Claire Dubois-Hartmann
International Service

> -----Original Message-----
> From: Nadine Fischer <hr-ops@kavya-softworks.example>
> Sent: 20 January 2025 08:55
> Subject: A1 certificate for posting to Vienna - Mr Sandeep Iyer
>
> Dear Lindenhof team,
> our employee Sandeep Iyer (private health insurance with you) will be
> posted to our client in Vienna from 01/03 to 31/08/2025. His health fund
> would normally issue the A1 - could you please send it to us?
> Thanks, Nadine Fischer, HR Operations, Kavya Softworks GmbH
""")


def m031():
    return mail(
        "NORMAL", "de", "internal",
        "trap: workshop minutes about the certificate process (turnaround, templates, check codes); only staff named",
        "Friederike Quast <friederike.quast@lindenhof-versicherung.example>",
        "Workshop Bescheinigungen <ws-bescheinigungen@lindenhof-versicherung.example>",
        "Protokoll Workshop Bescheinigungsstrecke 21.01.",
        body="""Hallo zusammen,

danke für den konstruktiven Vormittag. Kurzprotokoll:

Teilnehmende: F. Quast (Moderation), M. Oberdieck, J. Wiegand, S. Aksoy,
P. Zielinski, C. Dubois-Hartmann, H. Vaas (Datenschutz, ab 10:30)

1. Ist-Stand
   - ca. 1.900 Bescheinigungen/Monat, davon 38 % manuell (Word)
   - Durchlaufzeit Median 2,4 AT, Ziel 1 AT
   - Top-Anlässe: Arbeitgeber § 257 SGB V, Ausländerbehörde, Hochschule,
     Finanzamt, Vermieter (Haftpflicht, läuft über Sach)

2. Entscheidungen
   - Alle ABH-/Botschafts-Bescheinigungen künftig nur über DokGen mit
     Prüfcode (Verantw. Zielinski, bis 31.03.)
   - Versand an Behörden nur nach dokumentierter Einwilligung der
     versicherten Person; Vorlage für Telefonvermerk kommt (Vaas)
   - Kein Versand von Bescheinigungen an private Mailadressen Dritter
     (Gastfamilien, Vermieter) ohne Einwilligung

3. Offene Punkte
   - Englische Vorlagen für Arbeitgeberbescheinigung? (Dubois-Hartmann klärt
     Bedarf)
   - Self-Service im Portal für Vorversicherungsbescheinigungen (IT-Budget
     2026)

Nächster Termin: 18.02., 9 Uhr, Raum 3.14

Friederike
""")


def m032():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "visitor health insurance certificate for a Schengen visa for named parents with birth dates and passport numbers",
        "Internationaler Service <international@lindenhof-versicherung.example>",
        "Gökhan Arslan <g.arslan@postfach-kassel.example>",
        "Ihre Besuchsversicherung – Bestätigung für das Konsulat",
        body="""Sehr geehrter Herr Arslan,

vielen Dank für Ihren Antrag. Die Besuchsversicherung für Ihre Eltern ist
policiert. Die Bestätigung für den Visumantrag (Schengen-Visum Typ C)
lautet:

Versicherungsnehmer:   Gökhan Arslan, Kassel
Versicherte Personen:  Hatice Arslan, geb. 12.07.1958, Pass U11893245
                       Mehmet Arslan, geb. 30.01.1955, Pass U11893112
Tarif:                 Lindenhof Besuch Plus (Reisekrankenversicherung
                       für Gäste aus dem Ausland)
Zeitraum:              10.04.2025 – 09.06.2025 (61 Tage)
Deckungssumme:         100.000 EUR je Person, kein Selbstbehalt,
                       inkl. Rücktransport ins Heimatland
Geltungsbereich:       alle Schengen-Staaten

Damit sind die Anforderungen des Visakodex (mind. 30.000 EUR, Geltung im
gesamten Schengen-Raum) erfüllt.

Bitte beachten: Erkrankungen, die vor Reisebeginn bereits bekannt und
behandlungsbedürftig waren, sind nicht versichert. Ihr Vater sollte seine
Herzmedikamente daher in ausreichender Menge mitbringen; Folgerezepte in
Deutschland wegen der bekannten Herzinsuffizienz können wir nicht erstatten.

Der Beitrag von 2 x 103,70 EUR wurde abgebucht.

Mit freundlichen Grüßen
Ihr Internationaler Service
Lindenhof Krankenversicherung a.G.
""", cte="base64")


def m033():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-customer",
        "drone liability certificate for a named guest researcher with policy number and drone serial",
        "Henning Paulsen <henning.paulsen@lindenhof-versicherung.example>",
        "Oleksandr Hrytsenko <o.hrytsenko@geodaesie-institut.example>",
        "Drone liability - certificate for LBA registration",
        body="""Hello Mr Hrytsenko,

here are the details you need for the registration of your drone with the
Federal Aviation Office (LBA) and for the institute's flight safety officer:

Policyholder:     Oleksandr Hrytsenko, Wilhelmshöher Allee 250, 34119 Kassel
Policy no.:       LF-2501-00947 (aviation liability, private and scientific use)
Aircraft:         DJI Mavic 3 Enterprise, serial 1581F4XK3C00B9
Limit:            EUR 1,500,000 (meets Regulation (EC) 785/2004, MTOM < 25 kg)
Period:           20/01/2025 - 19/01/2026

As discussed, flights carried out as an employee of the institute are
covered by the institute's own aviation policy; yours applies to private
flights and to research flights outside your employment.

Best regards
Henning Paulsen
""")


def m034():
    return mail(
        "NORMAL", "en", "insurer-to-partner",
        "trap: general answer to a university on electronic reporting and what private-insurer certificates contain; no student",
        "Malte Oberdieck <malte.oberdieck@lindenhof-versicherung.example>",
        "International Office <international-office@hs-weserbergland.example>",
        "RE: Proof of health insurance for enrolment - private insurers",
        body="""Dear Ms Albrecht,

thanks for your question - we get it every semester, so here is the
general picture:

1. Since 2022 universities receive the insurance status of applicants
   only electronically from statutory health funds (procedure "M10").
   Private insurers are not connected to this procedure.
2. A student who is privately insured and wants to remain so (e.g. a
   child of a civil servant) must apply to any statutory fund for
   exemption (section 8 (1) no. 5 SGB V). The fund then reports
   "exempt" to you. For this the student needs a certificate from us;
   the student requests it, not the university.
3. International students over 30 or in preparatory courses are not
   subject to compulsory insurance; the fund reports "not subject to
   compulsory insurance". Again, our certificate goes to the fund.

So please do not accept our paper certificates for enrolment - it would
not be compliant with the procedure, and we cannot confirm individual
students to you directly without their consent.

Happy to do a short session for your staff before the summer semester.

Best regards
Malte Oberdieck
Lindenhof Krankenversicherung a.G.

> We regularly receive paper certificates from your company. What must they
> contain so that we can accept them for enrolment?
> Best, Julia Albrecht, International Office, Hochschule Weserbergland
""")


def m035():
    return mail(
        "STRICTLY_CONFIDENTIAL", "mixed", "customer",
        "customer's English mail about an asthma exclusion on his wife's visa certificate, forwarded with German internal note",
        "Yusuf Demirtas <yusuf.demirtas@lindenhof-versicherung.example>",
        "Malte Oberdieck <malte.oberdieck@lindenhof-versicherung.example>",
        "WG: Certificate for my wife - exclusion mentioned?",
        body="""Hi Malte,

kurze Frage, bevor ich antworte: Bei Frau Haddad (mitversichert über den
Ehemann, Vertrag KV 9001 2377 14) wurde im Antrag Asthma angegeben, wir
haben einen Leistungsausschluss für Asthma bronchiale (J45.9) für 3 Jahre
vereinbart. Der Kunde hat Angst, dass der Ausschluss auf der
Familiennachzugs-Bescheinigung steht und die Botschaft das Visum ablehnt.

Laut TB-112 steht der Ausschluss nicht drauf, oder? Ist die Bescheinigung
mit Ausschluss trotzdem "gleichwertig"? Ich würde ihm sagen: ja, Ausschlüsse
sind nicht Teil der Bescheinigung. Passt das?

Danke, Yusuf

-------- Forwarded Message --------
From: Karim Haddad <karim.haddad@webpost.example>
Date: 21.01.2025 22:31
To: international@lindenhof-versicherung.example
Subject: Certificate for my wife - exclusion mentioned?

Dear Sir/Madam,

my wife Rania is now co-insured on my policy from 1 February. For the
family reunion visa in Amman the embassy wants a certificate. When we
applied you excluded her asthma. Will this be written on the certificate?
The embassy must not think she is not fully insured. She uses her inhaler
every day and needs to be covered from day one.

Thank you
Karim Haddad
""")


def m036():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "hunting liability certificate for renewing a hunting licence: named hunter, birth date, policy number",
        "Haftpflicht Service <haftpflicht@lindenhof-versicherung.example>",
        "Waldemar Kuhnert <w.kuhnert@revier-sandershausen.example>",
        "Versicherungsnachweis Jagdhaftpflicht für die Untere Jagdbehörde",
        body="""Sehr geehrter Herr Kuhnert,

zur Verlängerung Ihres Jagdscheins anbei der Nachweis nach § 17 Abs. 1
Satz 1 Nr. 4 BJagdG:

  Versicherte Person:   Waldemar Kuhnert, geb. 23.11.1964
                        Am Sandershäuser Berg 4, 34266 Niestetal
  Vertrag:              JH-0912-118340, Jagd-Haftpflichtversicherung
  Deckung:              Personenschäden 5 Mio. EUR, Sachschäden 1 Mio. EUR
                        (gesetzl. Mindestdeckung 500.000 / 50.000 EUR)
  Mitversichert:        zwei Jagdhunde (brauchbar), Fallenjagd
  Zeitraum:             01.04.2025 – 31.03.2028 (Jagdjahre 2025/26 bis 2027/28)

Den Nachweis können Sie der Jagdbehörde so vorlegen. Viel Waidmannsheil!

Mit freundlichen Grüßen
Lindenhof Allgemeine Versicherung AG
""")


def m037():
    return mail(
        "NORMAL", "de", "internal",
        "trap: internal job posting for a clerk in international health insurance (visa, Blue Card, certificates)",
        "Personalmarketing <karriere@lindenhof-versicherung.example>",
        "Alle Mitarbeitenden <alle@lindenhof-versicherung.example>",
        "Interne Stellenausschreibung: Sachbearbeiter/in Internationale Krankenversicherung (m/w/d)",
        body="""Interne Stellenausschreibung Nr. 2025-014

Für das Team Internationale Krankenversicherung in Kassel suchen wir ab
sofort eine/n

    Sachbearbeiter/in Internationale Krankenversicherung (m/w/d)
    Vollzeit oder Teilzeit (mind. 30 Std.), unbefristet

Ihre Aufgaben
- Bearbeitung von Anträgen in den Incoming-Tarifen (Studierende,
  Gastwissenschaftler/innen, Au-pairs, Besucher)
- Ausstellung von Versicherungsbescheinigungen für Botschaften,
  Ausländerbehörden und Hochschulen, auch auf Englisch
- Auskünfte an Kundinnen und Kunden zu Blauer Karte, Familiennachzug,
  EHIC und A1-Bescheinigungen
- Zusammenarbeit mit Leistungsabteilung und Vertrieb

Ihr Profil
- abgeschlossene Ausbildung Kaufmann/-frau für Versicherungen und
  Finanzanlagen oder Sozialversicherungsfachangestellte/r
- sehr gutes Englisch, weitere Sprache (Französisch, Spanisch, Arabisch,
  Vietnamesisch) von Vorteil
- Freude am Telefon und interkulturelle Sensibilität

Bewerbungen bis 14.02.2025 über das Intranet (Jobs intern).
Ansprechpartnerin: Wiebke Grotefend, Personalreferentin, Tel. -1422.
""")


def m038():
    cert = [
        "Lindenhof Krankenversicherung a.G. - Lindenhofplatz 1 - 34117 Kassel",
        "",
        "Frau Chen Yuxin",
        "Ständeplatz 9",
        "34117 Kassel",
        "",
        "Bescheinigung über Vorversicherungszeiten",
        "zur Vorlage bei der gesetzlichen Krankenkasse",
        "",
        "Versicherte Person: Chen Yuxin, geb. 17.02.1995",
        "Versicherungsnummer: KV 1207 6630 02",
        "",
        "Zeitraum                Tarif                                   Art",
        "15.10.2019 - 31.03.2021 Incoming Study (IST)                    befristete Auslandsreise-/Incoming-Vers.",
        "01.04.2021 - 31.01.2025 LK Vital 90, LK Stationär, PVN         Krankheitskostenvollversicherung",
        "",
        "Der Vertrag endet zum 31.01.2025 wegen Eintritts der Versicherungspflicht",
        "(Aufnahme einer Beschäftigung unterhalb der Jahresarbeitsentgeltgrenze).",
        "Leistungen wurden bis zum Vertragsende gewährt; ein Anspruch auf nachgehende",
        "Leistungen besteht nicht.",
        "",
        "Kassel, 22.01.2025",
    ]
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "certificate of previous insurance periods for a statutory fund: name, birth date, tariff history, end of cover",
        "Team Bescheinigungen <bescheinigungen@lindenhof-versicherung.example>",
        "chen.yuxin@mailbox-hessen.example",
        "Vorversicherungsbescheinigung",
        body="""Sehr geehrte Frau Chen,

anbei die Bescheinigung über Ihre Vorversicherungszeiten für Ihre neue
Krankenkasse. Bitte reichen Sie diese dort direkt ein.

Wir bedauern, dass Sie uns verlassen, und wünschen Ihnen für die neue
Stelle alles Gute.

Mit freundlichen Grüßen
Team Bescheinigungen
""",
        atts=[att("Vorversicherung_KV120766302.pdf", pdf(cert, "Vorversicherungszeiten"))])


def m039():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "green card (international motor insurance card) for a trip to Albania: named driver, plate, policy",
        "Kfz-Service <kfz@lindenhof-versicherung.example>",
        "Arben Hoxha <arben.hoxha@freimail.example>",
        "Internationale Versicherungskarte (Grüne Karte) für Albanien",
        body="""Hallo Herr Hoxha,

die Grüne Karte für Ihre Fahrt nach Albanien (Länderkennzeichen AL ist auf
Ihrer Karte nicht durchgestrichen) hängt als Text unten an. Bitte farbig
ausdrucken oder digital vorzeigen; Albanien akzeptiert seit 2024 die
digitale Karte.

  Versicherer:     Lindenhof Allgemeine Versicherung AG, Code D 118
  Versicherungsnr: KF-7731-204458
  Kennzeichen:     KS-AH 2207
  Fahrzeug:        PKW, Skoda Octavia Combi
  Versicherungsnehmer: Arben Hoxha, Wolfhager Str. 190, 34127 Kassel
  Gültig:          01.01.2025 – 31.12.2025

Für Nordmazedonien und Montenegro gilt sie auch, für Kosovo nicht (dort
Grenzversicherung abschließen).

Gute Reise!
Kfz-Service
""")


def m040():
    return mail(
        "NORMAL", "en", "insurer-to-authority",
        "trap: warning to visa sections about forged certificates and check codes; no individual named",
        "Malte Oberdieck <malte.oberdieck@lindenhof-versicherung.example>",
        "Visa sections distribution list <visa-partners@lindenhof-versicherung.example>",
        "Warning: forged Lindenhof insurance certificates",
        body="""Dear colleagues,

over the last weeks we have been made aware of forged "Lindenhof"
certificates for students and au pairs, mainly submitted to missions in
West Africa and South Asia. Typical signs:

- policy numbers in the format "LH-123456" (ours: "IN 25 12345")
- period of cover longer than 24 months in an incoming tariff
- check code missing or not verifiable
- e-mail addresses at free mail providers as "contact"
- premium shown as "paid by agent"

If you have doubts, please verify online (www.lindenhof-versicherung.example/pruefen)
or by e-mail. We will never confirm cover to third parties by phone.

We have informed the Federal Foreign Office. Thank you for your
cooperation.

Malte Oberdieck
Head of International Health Insurance
Lindenhof Krankenversicherung a.G.
""")

# ================================================================ mails 041-060

def m041():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
        "broker receives a named client's incoming health certificate details (student, policy, period)",
        "Birte Lohmann <birte.lohmann@lindenhof-versicherung.example>",
        "Kessler & Partner Versicherungsmakler <buero@kessler-partner-makler.example>",
        "AW: Bescheinigung Incoming für Ihre Kundin Frau Fernández – IN 25 00522",
        body="""Hallo Herr Kessler,

die Bescheinigung für Ihre Kundin ist erstellt und liegt in der
Elektronischen Vermittlerpost (Vorgang 2025-0123-4471). Kurz zur Info:

  Lucía Fernández Gil, geb. 08.10.2003
  Incoming Study (IST), 01.04.2025 – 31.03.2026, ohne SB
  Beitrag 1.042,80 EUR einmalig, Eingang verbucht

Die Bescheinigung ist zweisprachig (de/en) mit Prüfcode. Für die
Einschreibung an der Uni braucht sie zusätzlich die Feststellung der
Nicht-Versicherungspflicht einer gesetzlichen Kasse (sie ist über 30?
Nein, 21 – dann Befreiung nach § 8 SGB V, Antrag innerhalb von 3 Monaten
nach Einschreibung!). Bitte weisen Sie die Kundin darauf hin.

Viele Grüße
Birte Lohmann
Maklerbetreuung Nord

-----Ursprüngliche Nachricht-----
Von: Frank Kessler <buero@kessler-partner-makler.example>
Gesendet: Donnerstag, 23. Januar 2025 16:10
Betreff: Bescheinigung Incoming für Ihre Kundin Frau Fernández

Moin Frau Lohmann,
die junge Dame braucht bis Montag die Bescheinigung für die Botschaft in
Madrid... ach nein, Spanierin, also eigentlich EU. Sie hat aber keine EHIC,
weil sie in Spanien privat versichert war. Deshalb Incoming. Können Sie
das beschleunigen?
Gruß Kessler
""")


def m042():
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h3 style="color:#1d4f7a">Lindenhof Maklerinfo 02/2025</h3>
<h4>Blaue Karte EU: neue Gehaltsschwellen 2025</h4>
<p>Das BMI hat die Mindestgehälter für die Blaue Karte EU bekanntgegeben:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Kategorie</th><th>Bruttojahresgehalt 2025</th></tr>
<tr><td>Regelfall (§ 18g Abs. 1 S. 1 AufenthG)</td><td>48.300 EUR</td></tr>
<tr><td>Engpassberufe, Berufsanfänger (§ 18g Abs. 1 S. 2)</td><td>43.759,80 EUR</td></tr>
<tr><td>Versicherungspflichtgrenze GKV (JAEG)</td><td>73.800 EUR</td></tr>
</table>
<p><b>Was heißt das für die PKV?</b> Blue-Card-Inhaber mit einem Gehalt zwischen
48.300 und 73.800 EUR sind versicherungspflichtig in der GKV. Erst oberhalb der JAEG ist eine
substitutive Vollversicherung möglich. Vor Beginn der Beschäftigung (z. B. für das Visum) kann ein
Incoming-Tarif die Zeit überbrücken – aber nur bis zum Arbeitsbeginn.</p>
<h4>Au-pair Kompakt ab 01.02.</h4>
<p>Unser neuer Kombitarif für Au-pairs ist ab sofort in der Rechnerwelt freigeschaltet.
Courtage: 15 % des ersten Jahresbeitrags.</p>
<p style="font-size:11px;color:#666">Sie erhalten diese Information als registrierter Vertriebspartner der
Lindenhof Versicherungen. Abmeldung: maklerinfo@lindenhof-versicherung.example</p>
</body></html>"""
    return mail(
        "NORMAL", "de", "newsletter",
        "trap: broker newsletter with Blue Card salary thresholds and the compulsory-insurance threshold; general figures only",
        "Lindenhof Maklerinfo <maklerinfo@lindenhof-versicherung.example>",
        "maklerinfo-verteiler@lindenhof-versicherung.example",
        "Maklerinfo 02/2025: Blaue Karte, Au-pair Kompakt",
        html=html)


def m043():
    return mail(
        "CONFIDENTIAL", "en", "broker",
        "broker's request for a contents/liability proof for a named student's dormitory, forwarded internally",
        "Birte Lohmann <birte.lohmann@lindenhof-versicherung.example>",
        "Henning Paulsen <henning.paulsen@lindenhof-versicherung.example>",
        "FW: Proof of contents + liability for Studierendenwerk - Mr Mwangi",
        body="""Henning, kannst du das bitte machen? Ist Sach, nicht meins.
Danke, Birte

---------- Forwarded message ----------
From: Daniel Achterberg <achterberg@campus-finanz-makler.example>
Date: Thu, 23 Jan 2025 at 17:48
Subject: Proof of contents + liability for Studierendenwerk - Mr Mwangi
To: maklerbetreuung@lindenhof-versicherung.example

Dear Ms Lohmann,

my client Mr Brian Kiprono Mwangi (DOB 14/03/2001) moves into the student
residence Holländischer Platz on 1 February. The Studierendenwerk requires
proof of liability insurance and contents insurance in English.

His contracts with you:
  - Private liability "Young" PH-2409-118803
  - Contents insurance HR-2409-118804 (sum insured EUR 15,000)

Could you send the confirmation directly to him
(brian.mwangi@studentmail.example) and me in CC?

Best regards
Daniel Achterberg
Campus Finanz Versicherungsmakler
""")


def m044():
    rows = [["Nachname", "Vorname", "Geburtsdatum", "Nationalität", "Pass-Nr.", "Gastfamilie (VN)", "Vertrag", "Beginn", "Ende"],
            ["Ochieng", "Faith Akinyi", "04.08.2003", "KE", "AK1177302", "Familie Rotermund, Göttingen", "AP 25 10511", "15.02.2025", "14.02.2026"],
            ["Pérez Quispe", "Lucía", "19.12.2001", "PE", "P3209981", "Familie Hilgenberg, Kassel", "AP 25 10512", "01.03.2025", "28.02.2026"],
            ["Tran", "Minh Anh", "27.05.2004", "VN", "C8822145", "Familie Adomeit, Hann. Münden", "AP 25 10513", "01.03.2025", "28.02.2026"]]
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
        "harmless body; CSV attachment lists three named au pairs with birth dates, passports and health/accident policy numbers",
        "International Service <international@lindenhof-versicherung.example>",
        "Placements <placements@sunflower-aupair.example>",
        "Certificates February/March intake",
        body="""Hi Marisol,

certificates for the three placements are done, PDFs go out to the host
families today. Overview for your files attached as CSV.

Cheers
Claire
""",
        atts=[att("Uebersicht_AuPair_Feb-Mar_2025.csv", csvfile(rows))])


def m045():
    rows = [["Monat", "AG-Bescheinigung §257", "Ausländerbehörde/Botschaft", "Hochschule/Befreiung", "Finanzamt/§10 EStG", "Vorversicherung", "Sonstige", "Summe"],
            ["Okt 2024", 612, 341, 402, 118, 96, 141, 1710],
            ["Nov 2024", 588, 377, 155, 102, 88, 137, 1447],
            ["Dez 2024", 1021, 402, 71, 96, 131, 160, 1881],
            ["Jan 2025", 1366, 395, 83, 451, 120, 149, 2564]]
    return mail(
        "NORMAL", "de", "internal",
        "trap: monthly aggregate counts of certificates by occasion (employer, authority, university, tax office)",
        "Controlling Kranken <controlling-kv@lindenhof-versicherung.example>",
        "Friederike Quast <friederike.quast@lindenhof-versicherung.example>",
        "Bescheinigungsstatistik Okt–Jan",
        body="""Hallo Frau Quast,

die gewünschte Auswertung der ausgestellten Bescheinigungen nach Anlass
hängt an (Quelle: DokGen-Protokoll, nur Zählwerte).

Auffällig: Januar-Spitze bei AG-Bescheinigungen (Beitragsanpassung) und
Finanzamt (Beitragsbescheinigungen § 10 EStG). Hochschul-Bescheinigungen
saisonal zum Wintersemester.

Beste Grüße
Controlling Kranken
""",
        atts=[att("Bescheinigungen_nach_Anlass_2024-10_2025-01.xlsx", xlsx(rows, "Anlass"))])


def m046():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-lawyer",
        "legal-expenses cover confirmation to a lawyer: named client, tenancy dispute over a deposit, claim number",
        "Rechtsschutz Schaden <rs-schaden@lindenhof-versicherung.example>",
        "Kanzlei Dr. Lambrecht <kanzlei@lambrecht-mietrecht.example>",
        "Deckungszusage – Ihr Az. 17/25 L – unser Schaden RS-25-004402",
        body="""Sehr geehrter Herr Dr. Lambrecht,

in der Mietrechtssache Ihrer Mandantin

    Frau Ivana Marković, Am Weinberg 12, 34119 Kassel
    gegen Wohnbau Kassel-West GmbH
    wegen Rückzahlung der Mietkaution (1.950,00 EUR)

erteilen wir Deckungszusage für die außergerichtliche Tätigkeit sowie für
die erste Instanz vor dem Amtsgericht Kassel. Vereinbarte Selbstbeteiligung
150,00 EUR (Vertrag RS-1706-330219, Privat-/Berufs-/Wohnungs-RS).

Die Mandantin hatte im Rahmen der Wohnungsabnahme eine Bestätigung ihrer
Privathaftpflicht vorgelegt; wegen der geltend gemachten Schäden an den
Fußböden hat die Gegenseite bisher keinen Haftpflichtschaden gemeldet.

Bitte rechnen Sie nach RVG ab; Vorschussanforderungen gerne per Mail.

Mit freundlichen Grüßen
Rechtsschutz Schadenbearbeitung
Lindenhof Allgemeine Versicherung AG
""")


def m047():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
        "premium certificate for the job centre (subsidy to private health insurance) with named customer and base-tariff premium",
        "Team Bescheinigungen <bescheinigungen@lindenhof-versicherung.example>",
        "Jobcenter Stadt Kassel – Leistungsteam 4 <team4@jobcenter-kassel.example>",
        "Beitragsbescheinigung für Zuschuss nach § 26 SGB II – BG-Nr. 33902BG0041177",
        body="""Sehr geehrte Damen und Herren,

mit Einwilligung unserer Versicherten übersenden wir Ihnen die gewünschte
Beitragsbescheinigung:

  Versicherte Person:  Frau Marina Dobrescu, geb. 09.12.1979
  Vers.-Nr.:           KV 4820 1199 37
  Tarif seit 01.11.2024: Basistarif (BT), Beitrag halbiert wegen
                       Hilfebedürftigkeit (§ 152 Abs. 4 VAG)

  Krankenversicherung Basistarif (halbiert):   421,77 EUR
  Pflegepflichtversicherung (halbiert):         75,89 EUR
  ------------------------------------------------------------
  monatlich zu zahlen:                          497,66 EUR

Zur Vermeidung weiterer Rückstände bitten wir, den Zuschuss direkt an uns
zu zahlen (§ 26 Abs. 5 SGB II):
  Lindenhof Krankenversicherung a.G.
  IBAN DE39 2004 0060 0228 3741 00
  Verwendungszweck: KV 4820 1199 37 Dobrescu

Der bisherige Rückstand aus dem Normaltarif (Notlagentarif bis 31.10.2024)
beträgt 1.318,20 EUR; hierzu hat Frau Dobrescu eine Ratenzahlung vereinbart.

Mit freundlichen Grüßen
Lindenhof Krankenversicherung a.G.
Team Bescheinigungen
""")


def m048():
    return mail(
        "NORMAL", "en", "internal",
        "trap: forwarded public university page on health insurance requirements for doctoral candidates; no person",
        "Claire Dubois-Hartmann <claire.dubois-hartmann@lindenhof-versicherung.example>",
        "International Service <international@lindenhof-versicherung.example>",
        "FYI: Uni Kassel page on health insurance for PhD students (new version)",
        body="""Hi team, FYI - the Graduate Academy updated their page, this is what
PhD candidates will now ask us for. Copy below.

Claire

--- copy of www.graduate-academy-kassel.example/health-insurance ---

Health insurance for doctoral candidates

All doctoral candidates must have health insurance during their stay in
Germany. What kind of insurance you need depends on your status:

* Employed doctoral candidates (research assistant contracts) are insured
  in the statutory system if their salary is below EUR 73,800 per year.
* Scholarship holders are not employees. They may choose statutory
  voluntary insurance or private insurance. Many scholarship providers
  require a minimum cover; please check your award letter.
* Guest doctoral candidates staying up to 24 months may use special
  incoming tariffs of private insurers.

For your residence permit the foreigners' authority needs a certificate
from your insurer stating the period and extent of cover. Please note:
certificates must be in German or English.

Questions: graduate-academy@uni-kassel-campus.example
--- end ---
""")


def m049():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-company",
        "public liability certificate for a tender of a sole-trader electrician: named owner, policy, sums",
        "Gewerbe Service <gewerbe@lindenhof-versicherung.example>",
        "Vergabestelle <vergabe@kreisbau-werra.example>",
        "Versicherungsbestätigung Betriebshaftpflicht – Elektro Jakubowski e.K. – Ausschreibung 2025-07-EL",
        cc="Elektro Jakubowski <info@elektro-jakubowski.example>",
        body="""Sehr geehrte Damen und Herren,

für die Ausschreibung 2025-07-EL (Elektroinstallation Grundschule
Witzenhausen) bestätigen wir auf Wunsch unseres Kunden:

Versicherungsnehmer:  Marek Jakubowski, Inhaber Elektro Jakubowski e.K.,
                      Werrastraße 41, 37213 Witzenhausen
Vertrag:              BH-1503-227610 (Betriebs- und Umwelthaftpflicht)
Deckungssummen:       Personenschäden 5.000.000 EUR
                      Sach- und Vermögensschäden 2.000.000 EUR
                      Bearbeitungs-/Tätigkeitsschäden 250.000 EUR
Jahreshöchstleistung: 2-fach
Beitragsstatus:       ausgeglichen (Jahresbeitrag 2025 gezahlt)
Versicherungsdauer:   bis 01.03.2026, verlängert sich jährlich

Die Bestätigung gilt für die Dauer des Vertrags; Änderungen teilen wir
nicht automatisch mit.

Mit freundlichen Grüßen
Lindenhof Allgemeine Versicherung AG
Gewerbe- und Firmenkunden
""")


def m050():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
        "guarantee of payment to a Portuguese hospital for a named customer admitted with appendicitis",
        "Lindenhof Assistance <assistance@lindenhof-versicherung.example>",
        "Admissions - International Patients <internacional@hospital-atlantico-faro.example>",
        "Guarantee of payment / proof of cover - patient SCHWARZKOPF, Ines",
        body="""Dear colleagues,

with reference to your fax of today, 11:20 local time, we confirm that

  Ms Ines Schwarzkopf, born 26/03/1988, Lindenhof card no. 80276-5520-31

is insured with Lindenhof Krankenversicherung a.G. under a private
full-cover tariff (LK Vital 90, LK Stationär Plus) with worldwide cover
for temporary stays abroad.

We issue a guarantee of payment for the inpatient treatment following
admission on 24/01/2025 with suspected acute appendicitis (K35.8),
including laparoscopic appendectomy, up to EUR 12,000 for a stay of up
to 5 days in a shared room. Please send the invoice with the discharge
report to assistance@lindenhof-versicherung.example, quoting
case no. AS-25-00184. Any extension requires our prior approval.

Note: Ms Schwarzkopf is privately insured in Germany and does not hold a
European Health Insurance Card; please do not bill the Portuguese SNS.

Kind regards
Dr. med. Jonas Ebeling
Medical Assistance Service
Lindenhof Krankenversicherung a.G., Kassel - 24/7 +49 561 7788-9900
""")


def m051():
    letter = [
        "Musterbrief MB-KV-061 – Bescheinigung kann derzeit nicht ausgestellt werden (Beitragsrückstand)",
        "Stand: 01/2025 – Freigabe Recht & Compliance (R. Twesten)",
        "",
        "«Anrede» «Titel» «Nachname»,",
        "",
        "vielen Dank für Ihre Anfrage vom «Datum_Anfrage». Sie baten uns um eine Versicherungsbescheinigung "
        "zur Vorlage bei «Empfaenger_Bescheinigung».",
        "",
        "Derzeit können wir diese Bescheinigung leider nicht in der gewünschten Form ausstellen, weil für "
        "Ihren Vertrag «VSNR» Beiträge in Höhe von «Rueckstand_EUR» EUR offen sind. Während eines "
        "Beitragsrückstands ruhen die Leistungen teilweise (§ 193 Abs. 6 VVG).",
        "",
        "Sobald der Rückstand ausgeglichen ist oder eine Ratenzahlung vereinbart wurde, stellen wir die "
        "Bescheinigung umgehend aus. Unser Beitragsservice erreichen Sie unter 0561 7788-4300.",
        "",
        "Wir bestätigen Ihnen aber gern schon jetzt, dass Ihr Versicherungsvertrag besteht (siehe Anlage "
        "«Anlage_Bestandsbestaetigung»).",
        "",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter_Name»",
    ]
    return mail(
        "NORMAL", "de", "internal",
        "trap: blank template letter refusing a certificate because of premium arrears; placeholders only",
        "Rainer Twesten <rainer.twesten@lindenhof-versicherung.example>",
        "Team Bescheinigungen <bescheinigungen@lindenhof-versicherung.example>",
        "Freigabe MB-KV-061 (Bescheinigung bei Rückstand)",
        body="""Hallo zusammen,

MB-KV-061 ist freigegeben, anbei die Fassung als ODT zum Einspielen in
DokGen. Wichtig: Die Höhe des Rückstands nur im Schreiben an die versicherte
Person nennen, NIE in einer Bescheinigung an Dritte.

Gruß
R. Twesten
""",
        atts=[att("MB-KV-061_Rueckstand.odt", odt(letter))])


def m052():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-company",
        "liability proof for a named international student sent to the student housing office: policy number, room",
        "Haftpflicht Service <haftpflicht@lindenhof-versicherung.example>",
        "Wohnheimverwaltung <wohnen@studierendenwerk-nordhessen.example>",
        "Proof of personal liability insurance - Ms Thandiwe Dlamini, room B-317",
        body="""Dear Sir or Madam,

at the request of our policyholder we confirm that

  Ms Thandiwe Dlamini, Student residence Menzelstraße, room B-317

holds a personal liability insurance with us (policy PH-2501-004133,
tariff "Young", limit EUR 10 million, including damage to rented rooms and
furniture of the student residence and loss of keys up to EUR 15,000).
Cover started on 15 January 2025 and runs for one year with automatic
renewal.

Yours faithfully
Lindenhof Allgemeine Versicherung AG
Private Liability Service
""")


def m053():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "internal",
        "internal question: certificate for the foreigners' authority while a named customer is in the emergency tariff for arrears",
        "Sevgi Aksoy <sevgi.aksoy@lindenhof-versicherung.example>",
        "Beitragsservice Kranken <beitragsservice-kv@lindenhof-versicherung.example>",
        "Rückfrage Notlagentarif / ABH-Bescheinigung – KV 3388 0412 76",
        body="""Hallo Beitragsservice,

Herr Volkan Özdemir (KV 3388 0412 76, geb. 03.06.1987) ruft täglich an,
weil er für die Verlängerung seiner Niederlassungserlaubnis eine
Bescheinigung braucht. Er ist seit 09/2024 im Notlagentarif (NLT),
Rückstand laut System 2.947,50 EUR. Im NLT werden ja nur Akutbehandlung,
Schmerzen, Schwangerschaft erstattet.

Meine Fragen:
1. Dürfen wir ihm überhaupt eine Bescheinigung für die ABH ausstellen? Der
   Gleichwertigkeitssatz passt im NLT ja nicht.
2. Er sagt, er hat am Montag 1.500 EUR überwiesen – seht ihr das schon?
3. Ratenzahlung möglich? Er ist seit Dezember wieder in Arbeit.

Er klang ziemlich verzweifelt, die Frist bei der ABH läuft am 14.02. ab.
Außerdem hat er erwähnt, dass seine Dialyse (3x wöchentlich) weiter
bezahlt werden muss – das fällt doch unter Akutversorgung?

Danke und Gruß
Sevgi
""")


def m054():
    return mail(
        "NORMAL", "de", "internal",
        "trap: IT change notice for the online certificate check, test with fictitious Erika Mustermann",
        "IT Change Management <change@lindenhof-versicherung.example>",
        "Team Bescheinigungen <bescheinigungen@lindenhof-versicherung.example>",
        "[CHG-0025117] Go-Live Online-Prüfung Bescheinigungen (QR-Code) am 03.02.",
        body="""Change CHG-0025117 – Information an betroffene Fachbereiche

Was:   Go-Live der öffentlichen Prüfseite für Versicherungsbescheinigungen
       (www.lindenhof-versicherung.example/pruefen) inkl. QR-Code auf allen
       DokGen-Bescheinigungen der Vorlagen TB-112, TB-118, TB-121
Wann:  Montag, 03.02.2025, 06:00–07:00 Uhr (kurze Unterbrechung DokGen)
Wer:   App-Team DokGen, Web-Team

Die Prüfseite zeigt nach Eingabe des Prüfcodes NUR:
  - Bescheinigung gültig / nicht gültig / widerrufen
  - Ausstellungsdatum und Vorlagentyp
  - Initialen und Geburtsjahr der versicherten Person
Keine Tarife, keine Beiträge, keine Anschrift.

Abnahmetest in INT erfolgreich mit Testperson "Erika Mustermann (fiktiv)",
Prüfcode LH-KV-TEST-0001 → Anzeige "E. M., 1964, gültig".

Rückfallplan: Abschalten der Prüfseite, Bescheinigungen ohne QR-Code.

Bei Fragen: Piotr Zielinski (-2231)
""")


def m055():
    return mail(
        "NORMAL", "en", "insurer-to-auditor",
        "trap: answer to the auditor on retention of certificate copies with aggregate volumes only",
        "Friederike Quast <friederike.quast@lindenhof-versicherung.example>",
        "Audit Team <audit-lindenhof@wpg-mertens-albers.example>",
        "RE: PBC item 14 - retention of certificates issued",
        body="""Dear Mr Kowalczyk,

regarding item 14 of the PBC list:

- Certificates are generated in DokGen and archived in the customer file
  (ECM class KV-BESCH) for 10 years after the end of the contract
  (section 257 HGB / section 147 AO where relevant for tax certificates).
- Volume 2024: 21,480 certificates, of which 4,130 for authorities and
  embassies, 7,020 employer certificates, 3,390 tax certificates.
- Manual certificates (Word) are scanned into the same class; share 2024
  was 38 %, target for 2025 below 10 %.
- Sending by e-mail goes via the secure-mail gateway; where the recipient
  has no certificate, the portal is used.

Sample selection: please send your sample list and we will provide the
archive records in the data room. We would ask you not to request copies
of the certificates themselves by e-mail.

Kind regards
Friederike Quast
Head of Customer Service Health
""")


def m056():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "SEPA mandate confirmation for home contents insurance with a named customer's IBAN",
        "Beitragsservice <beitragsservice@lindenhof-versicherung.example>",
        "Familie Oyelaran <hannah.oyelaran@familienpost.example>",
        "Bestätigung SEPA-Lastschriftmandat – Hausrat HR-2501-007741",
        body="""Sehr geehrte Frau Oyelaran,

wir bestätigen den Eingang Ihres SEPA-Lastschriftmandats:

  Mandatsreferenz:        LHA-HR-2501-007741-01
  Gläubiger-ID:           DE43ZZZ00000998877
  Kontoinhaberin:         Hannah Oyelaran
  IBAN:                   DE45 7601 0085 0092 8374 65
  Vertrag:                Hausrat Komfort, Wohnfläche 84 m²,
                          Versicherungssumme 54.600 EUR
  Erster Einzug:          01.02.2025, 14,35 EUR monatlich

Die Versicherungsbestätigung für Ihren Vermieter (er hatte ja nach einer
Hausratversicherung mit Glasbruch gefragt) finden Sie im Kundenportal.

Mit freundlichen Grüßen
Beitragsservice Lindenhof
""")


def m057():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
        "confirmation to a payroll office that a named new employee is privately health- and care-insured (no statutory fund)",
        "Jana Wiegand <jana.wiegand@lindenhof-versicherung.example>",
        "Lohnbüro Schrader <lohn@steuerbuero-schrader.example>",
        "AW: Mitgliedsbescheinigung für Neueinstellung Dr. Feodora Lenz",
        body="""Sehr geehrte Frau Schrader,

eine "Mitgliedsbescheinigung" im Sinne der gesetzlichen Krankenkassen
stellen wir als private Krankenversicherung nicht aus; die Anmeldung erfolgt
bei privat Versicherten bekanntlich ohne Krankenkasse (Beitragsgruppe 0110,
Meldung der Renten-/Arbeitslosenversicherung über die Einzugsstelle nach
Wahl).

Für die Lohnabrechnung bestätigen wir Ihnen mit Einverständnis von
Frau Dr. Lenz:

  Dr. Feodora Lenz, Versicherungsnummer KV 6650 3029 11
  privat krankheitskostenvollversichert seit 01.01.2019
  private Pflegepflichtversicherung (PVN) seit 01.01.2019

Die Bescheinigung für den Beitragszuschuss nach § 257 SGB V erhalten Sie
gesondert, sobald Frau Dr. Lenz den Arbeitgeberwechsel im Portal bestätigt
hat.

Mit freundlichen Grüßen
Jana Wiegand

> Von: Lohnbüro Schrader
> Wir benötigen für die Anmeldung von Frau Dr. Lenz zum 01.02. eine
> Mitgliedsbescheinigung ihrer Krankenkasse. Sie gab Sie als Kasse an.
""")


def m058():
    return mail(
        "CONFIDENTIAL", "mixed", "insurer-to-customer",
        "bilingual confirmation that an au pair is co-insured in the host family's private liability policy",
        "Haftpflicht Service <haftpflicht@lindenhof-versicherung.example>",
        "Miriam Brenneke <brenneke.familie@t-netz.example>",
        "Mitversicherung Au-pair in Ihrer Privathaftpflicht / Au pair co-insured",
        body="""Liebe Frau Brenneke,

Sie fragten, ob Ihr Au-pair auch über Ihre Familien-Haftpflicht
abgesichert ist, wenn sie bei Ihnen oder bei Dritten etwas beschädigt.
Ja – hier die Bestätigung auf Deutsch und Englisch, damit Sie sie auch
Lan geben können.

Bestätigung / Confirmation
Vertrag / Policy:            PH-1604-300918 (Familientarif Premium)
Versicherungsnehmer / Policyholder: Jörg Brenneke, Kassel
Mitversichert / Co-insured:  Au-pair Nguyen Thi Lan, für die Dauer des
                             Au-pair-Verhältnisses (01.03.2025–28.02.2026)
                             / for the duration of the au pair stay
Umfang / Scope:              Schäden gegenüber Dritten und gegenüber der
                             Gastfamilie (Gefälligkeitsschäden bis 10.000 EUR)
                             / damage to third parties and to the host family
                             (courtesy damage up to EUR 10,000)

Viele Grüße / Best regards
Tobias Rehkopf
""")


def m059():
    return mail(
        "NORMAL", "de", "internal",
        "trap: hotline phone script on A1 and EHIC questions from privately insured callers; no caller data",
        "Friederike Quast <friederike.quast@lindenhof-versicherung.example>",
        "Hotline Kranken <hotline-kv@lindenhof-versicherung.example>",
        "Gesprächsleitfaden A1 / EHIC – bitte ab Montag nutzen",
        body="""Liebe Kolleginnen und Kollegen an der Hotline,

die Fragen zu A1 und EHIC häufen sich. Bitte nutzt ab Montag diesen
Leitfaden. Keine Auskünfte zu konkreten Verträgen, bevor die Legitimation
(VSNR + Geburtsdatum + PLZ) geprüft ist.

--- A1 ---
Anrufer: "Mein Arbeitgeber braucht eine A1-Bescheinigung von Ihnen."
Antwort: "Die A1-Bescheinigung stellt nicht die private
Krankenversicherung aus. Bei Privatversicherten beantragt der Arbeitgeber
sie bei der Deutschen Rentenversicherung, bei Mitgliedern eines
Versorgungswerks bei der Arbeitsgemeinschaft berufsständischer
Versorgungseinrichtungen. Wir bestätigen auf Wunsch, dass Ihr
Krankenversicherungsschutz im Ausland weiterbesteht."
→ Vorlage TB-131 "Bestätigung Auslandsschutz" (Kundenportal).

--- EHIC ---
Anrufer: "Wo ist die EHIC auf meiner Karte?"
Antwort: "Die Europäische Krankenversicherungskarte gibt es nur bei
gesetzlichen Krankenkassen. Mit Ihrer Lindenhof-Card sind Sie bei
Auslandsreisen bis 8 Wochen versichert; Sie zahlen ggf. vor Ort und
reichen die Rechnungen ein. Bei stationären Aufenthalten rufen Sie
unseren Assistance-Dienst an."
→ Nicht empfehlen, sich eine EHIC "irgendwo" zu besorgen!

--- Sonderfall Studierende im Erasmus ---
Wer GKV-versichert ist, bekommt die EHIC von der Kasse; unsere
Auslandsreise-Zusatzversicherung ergänzt nur.

Danke euch!
Friederike
""")


def m060():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "pregnant customer asks whether the visa certificate covers delivery; answer about maternity benefits",
        "Claire Dubois-Hartmann <claire.dubois-hartmann@lindenhof-versicherung.example>",
        "Ngozi Eze-Hoffmann <ngozi.ezehoffmann@webpost.example>",
        "RE: Family reunion visa - will the birth be covered?",
        body="""Dear Mrs Eze-Hoffmann,

congratulations on your pregnancy, and thank you for being so open with us.

Your certificate for the family reunion visa (policy KV 7711 0823 40,
co-insured under your husband's contract since 1 December 2024) confirms
full cover without time limit. Because you are in a full-cover tariff and
not in an incoming tariff, pregnancy care and the delivery are covered
(LK Vital 90: midwife, check-ups, hospital delivery). There is no waiting
period for you because you joined together with a contract that already
existed. Your due date in mid-May is therefore not a problem.

The certificate does not mention the pregnancy and we will not mention it
to the embassy.

Please remember to register the baby with us within two months of the
birth; the child is then insured from birth without a health check.

Kind regards
Claire Dubois-Hartmann
International Service

> On 27 Jan 2025, Ngozi Eze-Hoffmann wrote:
> I am 23 weeks pregnant (due date 14 May). The embassy in Abuja will give
> me the visa only with your certificate. Will your insurance pay for the
> delivery in Germany or do I need another insurance? My gynaecologist
> here said there is a risk of gestational diabetes.
""")

# ================================================================ mails 061-080

def m061():
    return mail(
        "NORMAL", "en", "insurer-to-company",
        "trap: au pair agency asks for conditions and brochure; generic product answer, no au pair named",
        "Claire Dubois-Hartmann <claire.dubois-hartmann@lindenhof-versicherung.example>",
        "Info <info@kiwi-aupair-connect.example>",
        "RE: Cooperation / insurance for our au pairs",
        body="""Dear Mr Whitcombe,

thanks for your interest. Quick overview of "Au-pair Kompakt":

- health insurance 100 % outpatient, inpatient, dental (pain relief),
  no deductible, no waiting periods
- accident insurance (disability EUR 50,000, death EUR 10,000)
- personal liability EUR 1 million incl. damage within the host family
- term up to 12 months, extendable once; EUR 39.90 per month
- bilingual certificate with online check code, accepted by German
  missions as far as we know (we cannot guarantee individual decisions)

Agencies can apply online via our partner portal; the host family is
the policyholder. I have attached nothing on purpose - the brochure and
the general terms (AVB AP 2025) are on our website under
www.lindenhof-versicherung.example/aupair. Commission terms for agencies
are sent by our broker team once you have a registration number
(section 34d GewO).

Best regards
Claire Dubois-Hartmann
""")


def m062():
    rows = [["Kennzeichen", "Fahrzeug", "FIN", "Fahrer/in (Dienstwagen)", "Vertrag", "Haftpflicht", "Kasko"],
            ["KS-NM 101", "VW Passat Variant", "WVWZZZ3CZPE104471", "Thorsten Wenzel", "KF-FL-5520-01", "100 Mio. EUR", "VK SB 500"],
            ["KS-NM 102", "VW ID.4", "WVGZZZE2ZPP019873", "Ayşe Korkmaz", "KF-FL-5520-02", "100 Mio. EUR", "VK SB 500"],
            ["KS-NM 103", "Skoda Superb", "TMBJJ7NP1P7042116", "Pool", "KF-FL-5520-03", "100 Mio. EUR", "VK SB 500"],
            ["KS-NM 214", "Mercedes Sprinter", "W1V9076331P551820", "Pool Montage", "KF-FL-5520-07", "100 Mio. EUR", "TK SB 150"]]
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-company",
        "fleet certificate for an employer listing company cars with named drivers and VINs (motor)",
        "Firmenkunden Kfz <flotte@lindenhof-versicherung.example>",
        "Fleet Management <fleet@nordhessen-maschinenbau.example>",
        "Fleet certificate 2025 for your customer audit",
        body="""Dear Mr Lindqvist,

attached is the fleet certificate as requested for your customer's
supplier audit (they asked for proof of motor insurance for all vehicles
used on their premises). It lists the vehicles with drivers as held in
our fleet contract KF-FL-5520.

If the customer only needs the number of vehicles and the limits, please
send them the summary on page 1 of the policy schedule instead; the
driver names are not needed for that purpose.

Kind regards
Fleet Team
Lindenhof Allgemeine Versicherung AG
""",
        atts=[att("Fleet_certificate_KF-FL-5520_2025.xlsx", xlsx(rows, "Fleet"))])


def m063():
    inner = forwarded(
        "Ausländerbehörde Stadt Göttingen <auslaenderbehoerde@goettingen-stadt.example>",
        "Lindenhof Krankenversicherung <service@lindenhof-versicherung.example>",
        "Anfrage Krankenversicherungsschutz – Herr Oleksandr Hrytsenko",
        "Tue, 28 Jan 2025 10:14:00 +0100",
        """Sehr geehrte Damen und Herren,

Herr Oleksandr Hrytsenko, geb. 07.07.1984, hat zur Erteilung einer
Aufenthaltserlaubnis nach § 18d AufenthG (Forschung) eine Bescheinigung
Ihres Hauses vorgelegt (Tarif Incoming Science, Zeitraum 01.10.2024 bis
30.09.2025).

Wir bitten um Mitteilung,
1. ob der Vertrag über den 30.09.2025 hinaus verlängert werden kann,
   da der Forschungsaufenthalt bis 31.03.2026 dauert,
2. ob Vorerkrankungen vom Versicherungsschutz ausgeschlossen sind.

Eine Einverständniserklärung des Herrn Hrytsenko liegt bei.

Mit freundlichen Grüßen
Im Auftrag
Behrens
Fachdienst Ausländerangelegenheiten
""")
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "authority",
        "body says only 'zuständigkeitshalber'; forwarded authority mail names a guest scientist with birth date and health tariff",
        "Service Kranken <service@lindenhof-versicherung.example>",
        "Internationaler Service <international@lindenhof-versicherung.example>",
        "WG: Anfrage Krankenversicherungsschutz",
        body="""zuständigkeitshalber an euch. Einverständniserklärung lag als Scan
bei, ist im Vorgang abgelegt.

Service Kranken / Posteingang
""",
        atts=[inner])


def m064():
    return mail(
        "NORMAL", "de", "internal",
        "trap: team organisation (absence and cover) in the certificates team; no reasons, no customers",
        "Jana Wiegand <jana.wiegand@lindenhof-versicherung.example>",
        "Team Bescheinigungen <bescheinigungen@lindenhof-versicherung.example>",
        "Vertretung KW 6/7 + Karnevalsdienstag",
        body="""Hi ihr,

kurz zur Planung:
- Ich bin KW 6 komplett weg, Vertretung für Behördenanfragen (ABH,
  Botschaften, Jobcenter) übernimmt Sevgi, für AG-Bescheinigungen Kai.
- Kai ist am 11.02. nicht da.
- Karnevalsdienstag (04.03.) ist das Team ab 12 Uhr nur mit 2 Leuten
  besetzt, bitte in den Kalender eintragen, wer bleibt.
- Die Postkorb-Regel "Botschaft" läuft ab Montag auf international@, nicht
  mehr auf uns.

Danke & Gruß
Jana
""", flowed=True, cte="8bit")


def m065():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "boat liability certificate for a marina: named owner, boat, policy number",
        "Haftpflicht Service <haftpflicht@lindenhof-versicherung.example>",
        "Ulrich Bäumler <ulrich.baeumler@segelpost.example>",
        "Versicherungsnachweis Wassersport-Haftpflicht für den Yachthafen",
        body="""Moin Herr Bäumler,

für den Liegeplatzvertrag im Yachthafen Edersee hier Ihr Nachweis:

  Eigner/VN:     Ulrich Bäumler, Rosenweg 11, 34537 Bad Wildungen
  Boot:          Segelboot "Silbermöwe", Typ Dehler 25, Baujahr 1998,
                 Segelzeichen G 4417, Außenborder 6 PS
  Vertrag:       WS-0707-052290 Wassersport-Haftpflicht
  Deckung:       3 Mio. EUR pauschal, inkl. Wasserskischleppen ausgeschlossen
  Zeitraum:      01.04.2025 – 01.04.2026

Der Hafenbetreiber verlangt meist noch die Angabe "Führerschein
Binnen vorhanden" – das ist keine Versicherungsfrage, das müssen Sie ihm
selbst nachweisen.

Mast- und Schotbruch!
Haftpflicht-Team
""", charset="windows-1252", cte="8bit")


def m066():
    def cert(name, dob, nat, pol, start, end):
        return pdf([
            "Lindenhof Krankenversicherung a.G., Lindenhofplatz 1, 34117 Kassel",
            "",
            "CONFIRMATION OF INSURANCE / VERSICHERUNGSBESTÄTIGUNG",
            "Tariff: Incoming Science (IS-Plus) incl. accident and liability",
            "",
            "Insured person: " + name,
            "Date of birth: " + dob,
            "Nationality: " + nat,
            "Policy no.: " + pol,
            "Period of cover: " + start + " - " + end,
            "Deductible: none",
            "",
            "Kassel, 29.01.2025   Check code printed on original",
        ], "Confirmation")
    z = zipfile_of([
        ("IN_25_00611_Okonkwo.pdf", cert("Dr. Chidi Okonkwo", "14.02.1989", "Nigeria", "IN 25 00611", "01.03.2025", "28.02.2026")),
        ("IN_25_00612_Sato.pdf", cert("Haruto Sato", "30.09.1992", "Japan", "IN 25 00612", "01.03.2025", "31.08.2025")),
        ("IN_25_00613_Vargas.pdf", cert("Dr. Valentina Vargas Rojas", "22.01.1987", "Chile", "IN 25 00613", "15.03.2025", "14.03.2026")),
    ])
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
        "harmless body; ZIP with three PDF health insurance certificates for named guest scientists (birth dates, policies)",
        "International Service <international@lindenhof-versicherung.example>",
        "Welcome Centre <welcome@geodaesie-institut.example>",
        "Certificates March cohort",
        body="""Dear Ms Reinholz,

the certificates for the March cohort are in the attached ZIP as agreed
(password as usual by phone).

Kind regards
International Service
""",
        atts=[att("Certificates_March_2025.zip", z)])


def m067():
    cal = ics("training-2025-02-19-ikk@lindenhof-versicherung.example", "20250219T090000", "20250219T123000",
              "Training: Intercultural communication on the phone (EN)",
              "Lindenhof Campus, room 1.08 / Teams",
              "For the international service and the health hotline. Handling calls from visa applicants, "
              "au pairs and host families; explaining certificates, waiting periods and exclusions without "
              "jargon. Trainer: Dr. Nomvula Becker (external).",
              "personalentwicklung@lindenhof-versicherung.example")
    return mail(
        "NORMAL", "en", "internal",
        "trap: training invitation on phone calls about certificates, waiting periods and exclusions; no customer",
        "Personalentwicklung <personalentwicklung@lindenhof-versicherung.example>",
        "International Service <international@lindenhof-versicherung.example>",
        "Invitation: Intercultural communication on the phone - 19 Feb",
        body="""Dear colleagues,

you are registered for the training below. Please accept the invitation.
Bring two or three anonymised call situations you found difficult
(no names, no policy numbers please).

Kind regards
Learning & Development
""",
        atts=[att("Training_19Feb.ics", cal)])


def m068():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "horse owner liability proof for a livery stable: named owner, horse, policy number",
        "Haftpflicht Service <haftpflicht@lindenhof-versicherung.example>",
        "Johanna Seitz <johanna.seitz@pferdepost.example>",
        "Nachweis Pferdehalter-Haftpflicht für Ihren Einstellbetrieb",
        body="""Liebe Frau Seitz,

hier der gewünschte Nachweis für den Reitstall Gut Ellenbach:

Tierhalterin:  Johanna Seitz, Lindenstraße 3, 34281 Gudensberg
Pferd:         "Fidelio", Wallach, Hannoveraner, geb. 2014,
               UELN 276031310452114
Vertrag:       TH-2103-440098 (Pferdehalter-Haftpflicht)
Deckung:       15 Mio. EUR pauschal; Flurschäden, Fremdreiter,
               Reitbeteiligung mitversichert; Mietsachschäden an
               Boxen/Stallungen bis 500.000 EUR

Viele Grüße
Ihr Haftpflicht-Team der Lindenhof
""")


def m069():
    cert = [
        "Lindenhof Krankenversicherung a.G. - Beitragsbescheinigung 2024",
        "zur Vorlage beim Finanzamt (§ 10 Abs. 1 Nr. 3 und 3a EStG)",
        "",
        "Versicherungsnehmer: Ravi Subramaniam, Weserstraße 40, 34125 Kassel",
        "Steuer-ID laut Meldung (§ 10 Abs. 2a EStG): 57 284 913 660",
        "Versicherungsnummer: KV 2240 7719 05",
        "",
        "Gezahlte Beiträge 2024                          Basisabsicherung   Wahlleistungen",
        "Krankheitskostenvollversicherung LK Vital 90       4.812,40 EUR        611,80 EUR",
        "LK Stationär Plus (Zweibettzimmer, Chefarzt)           0,00 EUR        924,00 EUR",
        "Krankentagegeld KT 43                                  0,00 EUR        259,20 EUR",
        "Pflegepflichtversicherung PVN                        889,44 EUR          0,00 EUR",
        "",
        "Beitragsrückerstattung für 2023 (ausgezahlt 2024): -1.203,10 EUR (Basisanteil)",
        "Erstattete Krankheitskosten 2024: siehe Leistungsabrechnungen",
        "",
        "Die Daten wurden elektronisch an die Finanzverwaltung übermittelt.",
    ]
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "body says only 'Bescheinigung anbei'; PDF sent as octet-stream holds a tax premium certificate with tax ID and health tariffs",
        "Team Bescheinigungen <bescheinigungen@lindenhof-versicherung.example>",
        "ravi.subramaniam@quickmail.example",
        "AW: Bescheinigung",
        body="""Hallo Herr Subramaniam,

Bescheinigung anbei.

Gruß
Team Bescheinigungen
""",
        atts=[att("scan_0131.pdf", pdf(cert, "Beitragsbescheinigung"), "bin")])


def m070():
    return mail(
        "NORMAL", "de", "internal",
        "trap: data protection discussion on how to send certificates (health data, diagnoses) in general; no person",
        "Dr. Henrike Vaas <datenschutz@lindenhof-versicherung.example>",
        "Friederike Quast <friederike.quast@lindenhof-versicherung.example>",
        "AW: Dürfen KV-Bescheinigungen unverschlüsselt an Behörden?",
        body="""Liebe Frau Quast,

kurz und grundsätzlich:

1. Schon die Tatsache, dass jemand bei uns krankenversichert ist, ist ein
   Datum über die Gesundheitsversorgung einer Person. Wir behandeln alle
   KV-Bescheinigungen deshalb wie Gesundheitsdaten nach Art. 9 DSGVO –
   auch wenn keine Diagnose drinsteht.
2. Versand per Mail nur über das Gateway; wenn die Behörde kein
   Zertifikat hat, geht die Bescheinigung ins Portal oder per Post.
   Unverschlüsselt nur mit ausdrücklicher schriftlicher Einwilligung der
   versicherten Person (Vorlage EW-07).
3. Diagnosen, Leistungsausschlüsse, Risikozuschläge, Leistungsdaten haben
   in Bescheinigungen nichts zu suchen – das ist auch nicht erforderlich
   (Art. 5 Abs. 1 lit. c DSGVO).
4. Haftpflicht-/Hausratbestätigungen für Vermieter sind "nur" vertraulich,
   aber auch hier: nur an die Adresse, die der Kunde uns nennt.

Ich schicke Ihnen nächste Woche einen Entwurf für die Arbeitsanweisung.

Viele Grüße
Henrike Vaas
Datenschutzbeauftragte

> Hallo Frau Vaas, die ABH Göttingen hat kein S/MIME und bittet um
> Bescheinigungen per normaler Mail. Wie gehen wir grundsätzlich vor?
> Gruß F. Quast
""")


def m071():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-company",
        "travel cancellation insurance confirmation for a tour operator (named travellers, booking, policy), no health content",
        "Reiseversicherung <reise@lindenhof-versicherung.example>",
        "Bookings <bookings@atlas-study-tours.example>",
        "Confirmation of cancellation insurance - booking AST-88214",
        body="""Dear Atlas Study Tours team,

as requested by our customers, we confirm that the following travellers
have taken out cancellation and curtailment insurance with us for your
study tour "Jordan & Petra", 12-22 April 2025:

  Policy RR-25-118832 - Dr. Gerhard Wolff and Renate Wolff-Brettschneider
  Sum insured: EUR 6,400 (total tour price), deductible 20 %
  Booking reference: AST-88214

This confirmation does not contain a waiver of your cancellation fees.

Kind regards
Travel Insurance Service
Lindenhof Allgemeine Versicherung AG
""")


def m072():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "host family asks for proof of cover after an au pair's bicycle accident; wrist fracture and hospital treatment",
        "Annika Schmalfuß <annika.schmalfuss@lindenhof-versicherung.example>",
        "Familie Rotermund <rotermund@familienpost.example>",
        "AW: Unfall Faith – Nachweis fürs Klinikum",
        body="""Sehr geehrte Frau Rotermund,

gute Besserung an Faith! Zu Ihren Fragen:

1. Für das Klinikum Göttingen haben wir heute direkt eine
   Kostenübernahmeerklärung gefaxt (Au-pair Kompakt AP 25 10511,
   Krankheitskosten 100 %, kein Selbstbehalt). Die distale
   Radiusfraktur links (S52.50) und die OP am Montag sind damit gedeckt.
2. Die Unfallversicherung im Tarif zahlt bei dauerhafter Beeinträchtigung
   der Hand; das lässt sich erst nach Abschluss der Behandlung beurteilen.
   Bitte senden Sie uns die Unfallanzeige (Formular anbei im Portal) und
   später den Arztbericht.
3. Das Fahrrad (Eigentum der Familie) fällt nicht unter die Haftpflicht
   des Au-pairs, weil es Ihnen gehört – das wäre ggf. Ihre
   Fahrradversicherung.

Mit freundlichen Grüßen
Annika Schmalfuß

> Faith ist gestern mit dem Rad gestürzt, Handgelenk gebrochen, sie wird
> am Montag operiert. Das Klinikum will einen Nachweis über die
> Versicherung. Faith hat panische Angst, dass sie das selbst zahlen muss.
> Viele Grüße, Bettina Rotermund
""")


def m073():
    return mail(
        "NORMAL", "en", "insurer-to-company",
        "trap: employer asks generally which insurance documents foreign hires need; generic answer, no employee",
        "Yusuf Demirtas <yusuf.demirtas@lindenhof-versicherung.example>",
        "Talent Acquisition <talent@kavya-softworks.example>",
        "RE: Health insurance for new hires from India - what do they need?",
        body="""Hello Ms Pillai,

thanks for reaching out. In general:

1. For the visa appointment: if your hire earns above EUR 73,800 gross per
   year, they can take private full cover and the certificate shows
   "unlimited" cover. Below that threshold they will be in the statutory
   system from the first working day; for the period between entry and
   start of employment missions usually accept an incoming/travel health
   policy.
2. After arrival: the employer needs either the statutory fund's
   membership confirmation or, for privately insured staff, our
   certificate for the employer's contribution (section 257 SGB V).
3. Families: spouses and children must be insured separately in private
   insurance (no free family cover).

We cannot assess individual cases without the employee's application and
consent, so please have your hires contact us directly. A short info sheet
in English is on our website.

Best regards
Yusuf Demirtas
International Service
""")


def m074():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "name change after marriage (maiden name) in a liability contract; new confirmation for the landlord",
        "Haftpflicht Service <haftpflicht@lindenhof-versicherung.example>",
        "Sophie Albers <sophie.albers@mailwerk.example>",
        "Namensänderung PH-1909-338120 und neue Bestätigung",
        body="""Liebe Frau Albers,

herzlichen Glückwunsch zur Hochzeit! Wir haben Ihren Vertrag umgestellt:

  Vertrag:       PH-1909-338120 (Privathaftpflicht, jetzt Paartarif)
  VN bisher:     Sophie Brückner
  VN neu:        Sophie Albers, geb. Brückner
  Mitversichert: Lennart Albers (Ehemann) ab 01.02.2025
  Anschrift:     Heckershäuser Str. 27, 34128 Kassel

Die aktualisierte Haftpflichtbestätigung für Ihre Vermieterin liegt im
Kundenportal. Der neue Jahresbeitrag beträgt 84,60 EUR.

Viele Grüße
Haftpflicht Service
""")


def m075():
    rows = [["Matr.-Nr.", "Name", "Vorname", "Geburtsdatum", "Heimatuniversität", "Policy no. (Lindenhof)", "Tarif", "Cover from", "Cover to", "Status"],
            ["2250113", "Kaur", "Simran", "02.04.2002", "Punjab Univ.", "IN 25 00702", "IST", "01.04.2025", "30.09.2025", "confirmed"],
            ["2250114", "Mensah", "Kojo", "18.11.2000", "Univ. of Ghana", "IN 25 00703", "IST", "01.04.2025", "31.03.2026", "confirmed"],
            ["2250118", "Ruiz Paredes", "Daniela", "07.07.2001", "UNAM", "", "", "", "", "not insured with us"],
            ["2250121", "Aydın", "Berk", "25.03.2003", "ODTÜ", "IN 25 00698", "IST", "15.03.2025", "14.09.2025", "confirmed - premium outstanding"]]
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-university",
        "returned XLSX lists named exchange students with birth dates and whether they hold health cover with us",
        "International Service <international@lindenhof-versicherung.example>",
        "Exchange Office <exchange@hs-weserbergland.example>",
        "RE: Summer semester exchange students - insurance status",
        body="""Dear Mr Brauckmann,

attached is your list with our answers in the last four columns. We only
answered for students who gave us consent via the application form; for
Ms Ruiz Paredes we have no contract.

Please remember that the electronic M10 confirmation from a statutory
fund is still required for enrolment.

Kind regards
International Service
Lindenhof Krankenversicherung a.G.
""",
        atts=[att("Exchange_SoSe2025_status.xlsx", xlsx(rows, "SoSe 2025"))])


def m076():
    return mail(
        "NORMAL", "de", "internal",
        "trap: anonymised training case (visa refused because of deductible); age band only, no identifiers",
        "Malte Oberdieck <malte.oberdieck@lindenhof-versicherung.example>",
        "Internationaler Service <international@lindenhof-versicherung.example>",
        "Fallbeispiel für Donnerstag: Visum abgelehnt wegen Selbstbehalt",
        body="""Hallo zusammen,

für die Teamrunde am Donnerstag ein anonymisiertes Fallbeispiel:

Ausgangslage: Studentin, Altersgruppe 25–29, Herkunftsland Südostasien,
Studium Master. Abschluss eines Incoming-Tarifs über ein Vergleichsportal,
Variante mit 500 EUR Selbstbehalt (günstiger). Die Auslandsvertretung
lehnt das Visum ab: "kein ausreichender Krankenversicherungsschutz".

Fragen:
1. War die Ablehnung nachvollziehbar? (Stichwort: Anforderungen der
   Vertretung an Studierende – SB max. 0 bzw. teils 250 EUR)
2. Welche Information hat beim Abschluss gefehlt?
3. Wie hätten wir reagieren können (Tarifwechsel ohne SB, neue
   Bescheinigung, Erstattung Beitragsdifferenz)?
4. Was sagen wir dem Portal?

Lösung bespreche ich in der Runde. Bitte keine echten Vorgänge als
Gegenbeispiel mitbringen, nur anonymisiert.

Malte
""")


def m077():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-company",
        "proof of a named employee's private car insurance for business trips sent to the employer",
        "Kfz-Service <kfz@lindenhof-versicherung.example>",
        "Personalabteilung <personal@stadtwerke-fulda-land.example>",
        "Versicherungsnachweis Privat-Pkw für Dienstfahrten – Frau Heike Brandau",
        body="""Sehr geehrte Damen und Herren,

auf Wunsch von Frau Heike Brandau bestätigen wir für die Genehmigung der
Nutzung ihres Privat-Pkw für Dienstfahrten:

Fahrzeug:          Opel Astra Sports Tourer, KS-HB 88
Vertrag:           KF-2011-670453, Versicherungsnehmerin Heike Brandau
Kfz-Haftpflicht:   100 Mio. EUR pauschal, Personenschäden max. 15 Mio. EUR
                   je Person
Vollkasko:         SB 300 EUR, Teilkasko SB 150 EUR
Rabattschutz:      vereinbart
Fahrerkreis:       Versicherungsnehmerin und Ehepartner

Dienstfahrten sind im Vertrag nicht ausgeschlossen. Ob Sie Schäden aus
Dienstfahrten (Rückstufung) erstatten, richtet sich nach Ihrer
Dienstreiseregelung.

Mit freundlichen Grüßen
Lindenhof Allgemeine Versicherung AG
Kfz-Service
""")


def m078():
    return mail(
        "STRICTLY_CONFIDENTIAL", "mixed", "company",
        "institute HR asks (German) to extend a named guest scientist's incoming cover, with his English note on a knee operation",
        "Claire Dubois-Hartmann <claire.dubois-hartmann@lindenhof-versicherung.example>",
        "Malte Oberdieck <malte.oberdieck@lindenhof-versicherung.example>",
        "WG: Verlängerung Incoming Science – Dr. Okonkwo",
        body="""Malte, Verlängerung über 24 Monate hinaus – geht das bei IS-Plus?
Er wäre dann bei 30 Monaten. Sonst müssten wir auf Vollversicherung mit
Gesundheitsprüfung gehen, und mit dem Knie wird das schwierig.
Claire

-----Ursprüngliche Nachricht-----
Von: Petra Reinholz <welcome@geodaesie-institut.example>
Gesendet: Freitag, 7. Februar 2025 09:12
An: international@lindenhof-versicherung.example
Betreff: Verlängerung Incoming Science – Dr. Okonkwo

Sehr geehrte Damen und Herren,

der Gastaufenthalt von Herrn Dr. Chidi Okonkwo (IN 25 00611) wird bis
31.08.2027 verlängert. Die Ausländerbehörde verlangt eine Bescheinigung
über den gesamten Zeitraum. Herr Dr. Okonkwo bat mich, Ihnen seine Notiz
weiterzuleiten:

"Dear insurance team, I had a meniscus tear in my right knee in December
and the orthopaedic surgeon in Kassel recommends an arthroscopy in April.
Will this still be covered if my contract is extended or changed?
Best, Chidi Okonkwo"

Mit freundlichen Grüßen
Petra Reinholz
Welcome Centre, Institut für Angewandte Geodäsie
""")


def m079():
    html = """<html><body style="font-family:Arial,sans-serif;max-width:640px">
<h2 style="color:#2a6f3e">Off on holiday? Your Lindenhof cover travels with you</h2>
<p>Hello,</p>
<p>many of our customers ask us before the Easter holidays whether they need a European Health
Insurance Card (EHIC). Here is what you need to know:</p>
<ul>
<li><b>Privately insured?</b> You do not receive an EHIC. Your Lindenhof full-cover tariff covers
trips abroad of up to 8 weeks worldwide. Show your Lindenhof card and keep all invoices.</li>
<li><b>Statutory health fund plus Lindenhof travel insurance?</b> Use your EHIC in the EU and our
travel policy for everything the EHIC does not cover, e.g. repatriation.</li>
<li><b>Working abroad?</b> Your employer may need an A1 certificate. This is issued by the pension
insurance or your health fund, not by us.</li>
</ul>
<p>Questions? Call +49 561 7788-4400 or write to service@lindenhof-versicherung.example.</p>
<p style="font-size:11px;color:#777">You receive this newsletter because you subscribed in the Lindenhof
customer portal. Unsubscribe: www.lindenhof-versicherung.example/newsletter</p>
</body></html>"""
    return mail(
        "NORMAL", "en", "newsletter",
        "trap: customer newsletter on EHIC, travel health cover and A1; no individual",
        "Lindenhof Newsletter <newsletter@lindenhof-versicherung.example>",
        "newsletter-en@lindenhof-versicherung.example",
        "Easter holidays: do you need an EHIC?",
        body="""Off on holiday? Your Lindenhof cover travels with you

Many of our customers ask us before the Easter holidays whether they need a
European Health Insurance Card (EHIC):

* Privately insured? You do not receive an EHIC. Your Lindenhof full-cover
  tariff covers trips abroad of up to 8 weeks worldwide.
* Statutory health fund plus Lindenhof travel insurance? Use your EHIC in
  the EU and our travel policy for everything the EHIC does not cover.
* Working abroad? Your employer may need an A1 certificate. This is issued
  by the pension insurance or your health fund, not by us.

Questions? Call +49 561 7788-4400.
Unsubscribe: www.lindenhof-versicherung.example/newsletter
""", html=html)


def m080():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-customer",
        "liability confirmation for a home exchange in Switzerland: named couple, address, policy number",
        "Haftpflicht Service <haftpflicht@lindenhof-versicherung.example>",
        "Jonas Pfeiffer <jonas.pfeiffer@heimpost.example>",
        "Confirmation of liability cover for your home exchange in Basel",
        body="""Dear Mr Pfeiffer,

as requested, in English for your Swiss exchange partners:

We confirm that Mr Jonas Pfeiffer and Ms Mareike Pfeiffer, residing at
Kirchweg 19, 34119 Kassel, Germany, are insured under private liability
policy PH-1412-287734 with Lindenhof Allgemeine Versicherung AG. The policy
covers damage caused to third parties worldwide, including damage to
homes used temporarily during holidays or home exchanges
(up to EUR 1,000,000 for damage to the property and its contents).
The exchange period 5-26 July 2025 falls within the policy term.

Kind regards
Private Liability Service
Lindenhof Allgemeine Versicherung AG
""")

# ================================================================ mails 081-100

def m081():
    rows = [["Deutsch", "English", "Hinweis / note"],
            ["Versicherungsbescheinigung", "confirmation of insurance / certificate of insurance", "nicht 'insurance certificate of health'"],
            ["Krankheitskostenvollversicherung", "comprehensive (full) private health insurance", ""],
            ["substitutive Krankenversicherung", "health insurance replacing statutory cover", "legal term, § 146 VAG"],
            ["Pflegepflichtversicherung", "compulsory long-term care insurance", ""],
            ["Selbstbehalt", "deductible", "US: deductible; UK: excess"],
            ["Wartezeit", "waiting period", ""],
            ["Leistungsausschluss", "exclusion", "never on certificates"],
            ["Beitragszuschuss des Arbeitgebers", "employer's contribution", "§ 257 SGB V"],
            ["Ausländerbehörde", "foreigners' authority / immigration office", "Berlin: Landesamt für Einwanderung"],
            ["Auslandsvertretung", "German mission abroad (embassy/consulate)", ""],
            ["Aufenthaltstitel", "residence title", ""],
            ["Blaue Karte EU", "EU Blue Card", ""],
            ["Befreiung von der Versicherungspflicht", "exemption from compulsory insurance", "§ 8 SGB V"],
            ["Prüfcode", "check code", ""]]
    return mail(
        "NORMAL", "mixed", "internal",
        "trap: German-English glossary of certificate terms (deductible, exclusion, Blue Card); no person",
        "Claire Dubois-Hartmann <claire.dubois-hartmann@lindenhof-versicherung.example>",
        "International Service <international@lindenhof-versicherung.example>",
        "Glossar Bescheinigungen DE/EN – updated version",
        body="""Hallo zusammen / hi all,

anbei die aktualisierte Terminologieliste, bitte ab sofort nur diese
Begriffe in englischen Bescheinigungen verwenden. The list also goes to
the translation agency.

Claire
""",
        atts=[att("Glossar_Bescheinigungen_DE-EN.csv", csvfile(rows, "utf-8"))])


def m082():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "family reunification certificate for a named wife and two children with birth dates and health tariffs",
        "Jana Wiegand <jana.wiegand@lindenhof-versicherung.example>",
        "Ahmad Rahimi <ahmad.rahimi@postfach-nordhessen.example>",
        "Bescheinigungen für den Familiennachzug",
        body="""Sehr geehrter Herr Rahimi,

Ihre Familie ist ab Einreise, frühestens ab 01.03.2025, in Ihrem Vertrag
KV 5120 9934 67 mitversichert. Für die Visumanträge bei der Botschaft in
Islamabad haben wir je eine Bescheinigung ins Kundenportal gestellt:

  Frau Mariam Rahimi, geb. 11.01.1994 – LK Vital 90, LK Stationär, PVN
  Yusuf Rahimi, geb. 04.09.2018 – LK Kind 100, PVN
  Zahra Rahimi, geb. 21.06.2021 – LK Kind 100, PVN

Wie besprochen entfällt für die Kinder die Gesundheitsprüfung nicht, da
sie nicht ab Geburt bei uns versichert waren. Wegen der angegebenen
Hörminderung bei Yusuf (Hörgeräteversorgung beidseits) haben wir für ihn
einen Zuschlag von 20 % vereinbart; das steht nicht in der Bescheinigung.

Der neue Monatsbeitrag ab 01.03.2025 beträgt 1.187,44 EUR.

Mit freundlichen Grüßen
Jana Wiegand
""")


def m083():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-authority",
        "water-pollution liability proof for a heating oil tank sent to the district office: named owner and address",
        "Haftpflicht Service <haftpflicht@lindenhof-versicherung.example>",
        "Untere Wasserbehörde <wasserbehoerde@werra-meissner-kreis.example>",
        "Nachweis Gewässerschaden-Haftpflicht – Anlage Heizöl, Grundstück Fuhrmann",
        body="""Sehr geehrte Damen und Herren,

im Auftrag unseres Versicherungsnehmers bestätigen wir:

  Versicherungsnehmer: Dieter Fuhrmann
  Grundstück:          Am Hohen Rain 6, 37269 Eschwege
  Anlage:              oberirdischer Heizöltank, 6.000 l, Kellerraum
  Vertrag:             GW-0411-079821 (Gewässerschaden-Haftpflicht)
  Deckung:             3 Mio. EUR pauschal, inkl. Rettungskosten
  Beginn:              01.04.2011, ungekündigt

Die Sachverständigenprüfung nach AwSV ist nicht Gegenstand dieser
Bestätigung.

Mit freundlichen Grüßen
Lindenhof Allgemeine Versicherung AG
""")


def m084():
    return mail(
        "NORMAL", "en", "insurer-to-supplier",
        "trap: courier contract for sending original certificates to embassies abroad; no recipients named",
        "Einkauf Lindenhof <einkauf@lindenhof-versicherung.example>",
        "Key Account <keyaccount@swiftparcel-express.example>",
        "Framework agreement express documents - certificates abroad",
        body="""Dear Mr O'Donnell,

thank you for the revised offer. We agree to the following for 2025:

- Express documents (envelope up to 0.5 kg) from Kassel to 62 countries,
  mainly to applicants and embassies in Asia, Africa, Latin America
- Volume estimate: 120-150 shipments per month (original certificates
  for visa applications; seasonal peaks in March and August)
- Price: zone 3 EUR 38.90, zone 4 EUR 44.50, zone 5 EUR 52.00 per item
- Pickup daily 15:00 at our mail room, Lindenhofplatz 1
- Tracking data to be deleted after 90 days; no content declaration other
  than "documents"

Please send the contract for signature to einkauf@lindenhof-versicherung.example.
Payment to your account as per invoice (company account on file).

Best regards
Sabine Holzapfel
Strategic Purchasing
""")


def m085():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
        "certificate sent to an immigration lawyer for court: named client, birth date, tariff, gap in cover",
        "Jana Wiegand <jana.wiegand@lindenhof-versicherung.example>",
        "RAin Dr. Selin Acar <kanzlei@acar-migrationsrecht.example>",
        "Ihr Zeichen 044/25 – Versicherungsbescheinigung für Herrn Tesfaye",
        body="""Sehr geehrte Frau Dr. Acar,

unter Bezugnahme auf die uns vorliegende Vollmacht und
Schweigepflichtentbindung Ihres Mandanten übersenden wir folgende
Auskunft zur Vorlage beim Verwaltungsgericht Kassel:

Herr Dawit Tesfaye, geb. 01.05.1990, war bei uns vom 01.08.2021 bis
30.06.2024 im Tarif LK Basis 1500 krankheitskostenvollversichert. Der
Vertrag wurde von uns wegen Prämienverzugs ruhend gestellt
(Notlagentarif ab 01.07.2024) und ist seit 01.12.2024 nach Zahlung des
Rückstands wieder im Normaltarif. Eine Lücke im Versicherungsschutz im
Sinne des § 193 Abs. 3 VVG bestand zu keinem Zeitpunkt; im Notlagentarif
bestand eingeschränkter Leistungsanspruch.

Leistungsdaten übermitteln wir nicht, da sie für das Verfahren nicht
erforderlich sind.

Mit freundlichen Grüßen
Lindenhof Krankenversicherung a.G.
Team Bescheinigungen
""")


def m086():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-broker",
        "professional indemnity certificate for a sole-trader broker's registration with the chamber (IHK)",
        "Gewerbe Service <gewerbe@lindenhof-versicherung.example>",
        "Finanzberatung Krug <post@finanzberatung-krug.example>",
        "Versicherungsbestätigung nach § 34d GewO für die IHK",
        body="""Guten Tag Herr Krug,

die Versicherungsbestätigung für Ihre Registrierung als
Versicherungsmakler ist heute elektronisch an die IHK Kassel-Marburg
übermittelt worden. Für Ihre Unterlagen:

  Versicherungsnehmer:  Matthias Krug, Finanzberatung Krug (Einzelunternehmen)
                        Kurt-Schumacher-Str. 14, 34117 Kassel
  Vertrag:              VSH-34d-25-00418 Vermögensschaden-Haftpflicht
  Deckung:              1.564.610 EUR je Schadenfall,
                        2.315.610 EUR für alle Schäden eines Jahres
                        (Mindestdeckung § 9 VersVermV)
  Beginn:               01.02.2025
  Jahresbeitrag:        948,00 EUR, Lastschrift von
                        DE66 5205 0353 0001 9283 74

Bitte denken Sie daran, dass wir der IHK jede Beendigung des Vertrags
melden müssen.

Mit freundlichen Grüßen
Gewerbe- und Firmenkunden
""")


def m087():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-customer",
        "musical instrument insurance certificate for an orchestra: named musician, instrument, value, policy",
        "Henning Paulsen <henning.paulsen@lindenhof-versicherung.example>",
        "Mei-Ling Huang <meiling.huang@cellomail.example>",
        "Certificate for the Staatsorchester - cello insurance",
        body="""Dear Ms Huang,

here is the confirmation for the orchestra management:

  Insured:     Mei-Ling Huang, Kassel
  Instrument:  Violoncello, Mirecourt c. 1880, with bow (Hill, c. 1920)
               and case
  Value:       EUR 68,000 (valuation Geigenbau Mertens, 12/2024)
  Policy:      MI-2501-000712 (all risks, worldwide, incl. transport
               and unattended vehicle 8am-10pm)
  Period:      01/02/2025 - 31/01/2026

The orchestra's own policy covers orchestra-owned instruments only, so
they need this for your private instrument.

Kind regards
Henning Paulsen
""")


def m088():
    return mail(
        "NORMAL", "de", "internal",
        "trap: KPI report on certificate turnaround times and complaints; aggregates only",
        "Controlling Kranken <controlling-kv@lindenhof-versicherung.example>",
        "Leitungskreis Kundenservice <lk-kundenservice@lindenhof-versicherung.example>",
        "KPI Kundenservice Kranken – Januar 2025",
        body="""KPI-Bericht Kundenservice Kranken, Januar 2025

                                   Jan 25    Dez 24   Ziel
Bescheinigungen gesamt              2.564     1.881     –
  davon DokGen automatisch           61 %      58 %    90 %
Durchlaufzeit (Median, AT)            2,1       2,6    1,0
Durchlaufzeit ABH/Botschaft (AT)      1,4       1,9    1,0
Beschwerden "Bescheinigung"            37        22     –
  davon "Visumtermin verpasst"          6         3     –
  davon "falsche Daten"                 9         5     –
Rückfragen Behörden (Echtheit)         54        41     –
Online-Prüfungen (ab 03.02.)            –         –     –

Kommentar: Januar-Effekt durch AG- und Steuerbescheinigungen. Die
Beschwerden "falsche Daten" betreffen überwiegend Transliteration von
Namen (kyrillisch, arabisch) – Maßnahme: Pflichtfeld "Name laut Pass".

Controlling Kranken
""")


def m089():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "internal",
        "data breach report: a named customer's health certificate with tariff and surcharge was mailed to a wrong address",
        "Sevgi Aksoy <sevgi.aksoy@lindenhof-versicherung.example>",
        "Datenschutz <datenschutz@lindenhof-versicherung.example>",
        "Meldung Datenschutzvorfall – Bescheinigung an falschen Empfänger",
        cc="Friederike Quast <friederike.quast@lindenhof-versicherung.example>",
        body="""Hallo Frau Dr. Vaas,

ich muss einen Vorfall melden:

Wann:     heute, 10:42 Uhr
Was:      Bescheinigung zur Vorlage beim Arbeitgeber (§ 257 SGB V) für
          Herrn Stefan Grebe, KV 4102 8873 20, geb. 19.02.1976
Inhalt:   Tarife LK Vital 90, KT 43, PVN mit Beiträgen; in der
          Tarifzeile steht leider auch "inkl. Risikozuschlag 18 %
          (Diabetes mellitus Typ 2)" – manuell erstellte Word-
          Bescheinigung, nicht aus DokGen
Empfänger: versehentlich an personal@grebe-haustechnik.example statt an
          personal@grebe-holztechnik.example (Autovervollständigung)
Maßnahmen: Rückrufversuch 10:55 Uhr, dort niemand erreichbar; Mail an
          den falschen Empfänger mit Bitte um Löschung geschickt

Der Kunde weiß noch nichts. Soll ich ihn anrufen oder machen Sie das?

Sevgi Aksoy
Kundenservice Kranken
""")


def m090():
    return mail(
        "NORMAL", "en", "internal",
        "trap: draft customer satisfaction survey about certificates; no respondent data",
        "Lea Brockhaus <lea.brockhaus@lindenhof-versicherung.example>",
        "Friederike Quast <friederike.quast@lindenhof-versicherung.example>",
        "Draft: short survey after certificate download (EN version)",
        body="""Hi Friederike,

English version of the 4-question survey shown after a certificate
download in the portal:

1. How easy was it to get your certificate? (1-5)
2. Was the certificate accepted by the authority / embassy / employer?
   ( ) yes ( ) no ( ) don't know yet
3. If not, what was missing? [free text - we will warn users not to
   enter health details or policy numbers here]
4. How likely are you to recommend Lindenhof to a friend? (0-10)

Answers are stored without customer ID. Data protection has agreed to this
setup. German version follows tomorrow.

Lea
""")


def m091():
    cert = [
        "Lindenhof Krankenversicherung a.G.",
        "Versicherungsbestätigung / Confirmation of insurance",
        "",
        "Versicherte Person / Insured person: Ngono Essomba, Arielle",
        "Geburtsdatum / Date of birth: 12.12.2005",
        "Reisepass / Passport: 21CM88130",
        "Tarif / Tariff: Incoming Study (IST) – Studienkolleg / preparatory course",
        "Vertrag / Policy: IN 25 00781",
        "Zeitraum / Period: 01.04.2025 – 31.03.2026",
        "Selbstbehalt / Deductible: keiner / none",
        "Wartezeiten / Waiting periods: keine / none",
        "",
        "Kassel, 17.02.2025 – Prüfcode / check code LH-IN-4ZR8-0QWM",
    ]
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "ODT certificate for a preparatory-college student (name, birth date, passport, health tariff); short body",
        "International Service <international@lindenhof-versicherung.example>",
        "Arielle Ngono Essomba <arielle.ngono@campusmail-cm.example>",
        "Your confirmation for the Studienkolleg",
        body="""Dear Ms Ngono Essomba,

welcome to Lindenhof! Your confirmation is attached (ODT, opens with
Word or LibreOffice). The Studienkolleg also needs a confirmation from a
statutory health fund that you are not subject to compulsory insurance;
please take our confirmation there after arrival.

Kind regards
International Service
""",
        atts=[att("Confirmation_IN2500781.odt", odt(cert))])


def m092():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-company",
        "proof of photovoltaic insurance for a leasing company: named homeowner, address, policy number",
        "Sach Privat <sach@lindenhof-versicherung.example>",
        "Vertragsservice <vertrag@sonnendach-leasing.example>",
        "Versicherungsnachweis PV-Anlage – Leasingvertrag SL-2024-11873",
        body="""Sehr geehrte Damen und Herren,

für den Leasingvertrag SL-2024-11873 bestätigen wir:

Versicherungsnehmerin: Gabriele Ortmann, Zum Sportplatz 9,
                       34295 Edermünde
Anlage:                PV 9,8 kWp + Speicher 10 kWh, Dachanlage
Vertrag:               PV-2409-031187 (Photovoltaikversicherung
                       Allgefahren inkl. Ertragsausfall 12 Monate)
Versicherungssumme:    21.400 EUR (Neuwert)
Sicherungsschein:      zugunsten Sonnendach Leasing GmbH ausgestellt

Mit freundlichen Grüßen
Lindenhof Allgemeine Versicherung AG
""")


def m093():
    cal = ics("rt-abh-2025-03-20@lindenhof-versicherung.example", "20250320T140000", "20250320T160000",
              "Runder Tisch Ausländerbehörden Nordhessen – Krankenversicherungsnachweise",
              "Lindenhof Campus, Konferenzraum Fulda",
              "Agenda: 1. Online-Prüfung der Bescheinigungen (Prüfcode/QR) 2. Gleichwertigkeit Incoming vs. "
              "Vollversicherung 3. Einwilligung und Datenschutz bei Rückfragen 4. Verschiedenes",
              "malte.oberdieck@lindenhof-versicherung.example")
    return mail(
        "NORMAL", "de", "insurer-to-authority",
        "trap: invitation for foreigners' authorities to a round table on health-cover proofs; no case",
        "Malte Oberdieck <malte.oberdieck@lindenhof-versicherung.example>",
        "Verteiler ABH Nordhessen <abh-nordhessen@lindenhof-versicherung.example>",
        "Einladung: Runder Tisch Krankenversicherungsnachweise am 20.03.",
        body="""Sehr geehrte Damen und Herren,

nach dem guten Austausch im letzten Jahr laden wir Sie wieder zu einem
Runden Tisch ein. Wir stellen die neue Online-Prüfung unserer
Bescheinigungen vor und möchten mit Ihnen besprechen, welche Angaben Sie
wirklich brauchen – und welche wir aus Datenschutzgründen nicht
bescheinigen können (z. B. Leistungsausschlüsse, Beitragsrückstände ohne
Einwilligung).

Bitte bringen Sie keine Einzelfälle mit Namen mit.

Mit freundlichen Grüßen
Malte Oberdieck
""",
        atts=[att("Runder_Tisch_ABH_20-03-2025.ics", cal)])


def m094():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
        "accident insurance proof for a named boxing club member sent to the club, with earlier claim for a nasal fracture",
        "Annika Schmalfuß <annika.schmalfuss@lindenhof-versicherung.example>",
        "Boxclub Nordstadt e.V. <vorstand@boxclub-nordstadt.example>",
        "Nachweis private Unfallversicherung – Mitglied Deniz Aydoğan",
        body="""Sehr geehrter Herr Pohlmann,

mit Einverständnis von Herrn Deniz Aydoğan bestätigen wir für die
Wettkampflizenz:

Herr Deniz Aydoğan, geb. 17.10.2003, ist bei uns seit 01.06.2022 privat
unfallversichert (UV-2206-018845), Grundsumme Invalidität 150.000 EUR,
Progression 225 %, Unfallrente ab 50 %. Amateurboxen im Verein ist
mitversichert (Sportarten-Klausel).

Auf Ihre Nachfrage: Die Leistung aus dem Trainingsunfall im Oktober 2024
(Nasenbeinfraktur) ist abgeschlossen, ein Dauerschaden wurde nicht
festgestellt. Weitere Angaben zu Vorschäden machen wir nicht.

Mit freundlichen Grüßen
Annika Schmalfuß
Unfallversicherung
""")


def m095():
    form = [
        "VERSICHERUNGSBESTÄTIGUNG / CONFIRMATION OF INSURANCE",
        "(Formular für manuelle Ausstellung / form for manual issue – nur wenn DokGen ausgefallen ist)",
        "",
        "Versicherte Person / Insured person: ______________________________",
        "Geburtsdatum / Date of birth: ____.____.________",
        "Reisepass-Nr. / Passport no.: ______________________________",
        "Vertrag / Policy no.: ______________________________",
        "Tarif / Tariff: [ ] Vollversicherung / full cover   [ ] Incoming   [ ] Au-pair   [ ] Besuch / visitor",
        "Zeitraum / Period: von / from ____.____.________ bis / to ____.____.________",
        "Selbstbehalt / Deductible: ________ EUR",
        "Pflegepflichtversicherung / long-term care: [ ] ja / yes   [ ] nein / no",
        "",
        "Ort, Datum / Place, date: ______________________   Unterschrift / Signature: ______________________",
    ]
    return mail(
        "NORMAL", "mixed", "internal",
        "trap: blank bilingual manual certificate form with empty fields; no person",
        "Jana Wiegand <jana.wiegand@lindenhof-versicherung.example>",
        "Team Bescheinigungen <bescheinigungen@lindenhof-versicherung.example>",
        "Notfallformular manuelle Bestätigung (bilingual) – blank",
        body="""Hallo zusammen,

für den Fall, dass DokGen wieder ausfällt (siehe letzten Dienstag), hier
das leere zweisprachige Notfallformular. Bitte ausdrucken, ausfüllen,
unterschreiben, scannen – und den Vorgang nachträglich in DokGen
erfassen, damit der Prüfcode nachgezogen wird.

Please use only if DokGen is down.

Jana
""",
        atts=[att("Notfallformular_Bestaetigung_DE-EN_blank.odt", odt(form))])


def m096():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-customer",
        "rental car excess insurance certificate for a named driver and a specific rental",
        "Reiseversicherung <reise@lindenhof-versicherung.example>",
        "Benedikt Sauerwald <b.sauerwald@heimpost.example>",
        "Your rental car excess insurance - certificate for the rental desk",
        body="""Dear Mr Sauerwald,

please show this at the rental desk in Lisbon if they try to sell you
their own excess waiver:

  Policyholder/driver:  Benedikt Sauerwald
  Policy:               MW-SB-25-004418 (rental car excess reimbursement)
  Rental:               Lisbon Airport, 14-21 March 2025, category C
  Cover:                reimbursement of the excess charged by the rental
                        company up to EUR 3,000 per rental
  Additional drivers:   Hanna Sauerwald

Note: the rental company may still block the excess on your credit card;
we reimburse any amount actually charged after a damage.

Have a good trip!
Travel Insurance Service
""")


def m097():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "letter of coverage without deductible for a named spouse's visa (birth date, passport, full-cover tariff)",
        "Yusuf Demirtas <yusuf.demirtas@lindenhof-versicherung.example>",
        "Rohan Kapoor <rohan.kapoor@quickmail.example>",
        "Letter of coverage for Mrs Kapoor - 'no deductible' wording",
        body="""Dear Mr Kapoor,

the Visa Section in New Delhi wants an explicit "no deductible" sentence.
Your wife's tariff (LK Vital 0, co-insured from 1 April 2025 under policy
KV 8120 4471 09) indeed has no deductible, so we have reissued the letter:

  "Mrs Ananya Kapoor, born 09 February 1996, passport Z7731904, is
   insured with Lindenhof Krankenversicherung a.G. under a comprehensive
   private health insurance and compulsory long-term care insurance from
   1 April 2025 without time limit and without deductible. The insurance
   corresponds to the benefits of the German statutory health insurance."

The signed original goes by courier today (tracking via SMS to your
mobile).

Kind regards
Yusuf Demirtas
International Service
""")


def m098():
    return mail(
        "NORMAL", "de", "insurer-to-partner",
        "trap: landlords' association asks in general whether liability confirmations are issued; process answer, no tenant",
        "Tobias Rehkopf <tobias.rehkopf@lindenhof-versicherung.example>",
        "Haus & Grund Nordhessen <info@hausundgrund-nordhessen.example>",
        "AW: Haftpflichtnachweise von Mietern – Vorgehen",
        body="""Sehr geehrter Herr Dr. Kessel,

gern beantworte ich Ihre Frage für Ihren Mitgliederrundbrief:

- Wir stellen Bestätigungen über eine Privathaftpflicht mit
  Mietsachschäden aus, aber nur auf Anforderung unserer Kundinnen und
  Kunden und an sie selbst (per Portal, Mail oder Post).
- Direkte Auskünfte an Vermieterinnen und Vermieter geben wir nur mit
  schriftlicher Einwilligung der Mieterin bzw. des Mieters.
- Eine Bestätigung ist eine Momentaufnahme. Über spätere Kündigungen
  informieren wir Vermieter nicht (anders als bei der Kfz- oder
  Hundehalterhaftpflicht gibt es keine Anzeigepflicht gegenüber Dritten).
- Empfehlung für den Mietvertrag: jährliche Vorlage eines aktuellen
  Nachweises vereinbaren.

Mit freundlichen Grüßen
Tobias Rehkopf
Haftpflicht Privatkunden
""")


def m099():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-company",
        "builder's liability certificate for a private homebuilder sent to the construction company",
        "Haftpflicht Service <haftpflicht@lindenhof-versicherung.example>",
        "Bauleitung <bauleitung@fischbach-massivhaus.example>",
        "Bauherren-Haftpflicht Eheleute Kaminski – BV Kaufunger Str. 21",
        body="""Sehr geehrter Herr Fischbach,

auf Bitten unserer Versicherungsnehmer bestätigen wir:

  Bauherren:    Pawel und Anja Kaminski
  Bauvorhaben:  Neubau Einfamilienhaus, Kaufunger Str. 21, 34266 Niestetal
                (Flurstück 118/4)
  Bausumme:     412.000 EUR
  Vertrag:      BHH-2502-00219 Bauherren-Haftpflicht
  Deckung:      10 Mio. EUR pauschal
  Laufzeit:     ab 01.03.2025 bis Bauende, max. 24 Monate

Mit freundlichen Grüßen
Lindenhof Allgemeine Versicherung AG
""")


def m100():
    return mail(
        "NORMAL", "en", "insurer-to-authority",
        "trap: S/MIME certificate exchange with an embassy (crypto 'certificate', not insurance); no person data",
        "Secure Mail Team <securemail@lindenhof-versicherung.example>",
        "IT Desk <it@germanembassy-lagos.example>",
        "RE: Encrypted e-mail - exchange of certificates",
        body="""Dear Mr Adeyemi,

thank you for your domain certificate. We have imported it into our
gateway; from today all mail from lindenhof-versicherung.example to
germanembassy-lagos.example is encrypted gateway-to-gateway.

Our domain certificate (S/MIME, RSA 3072, valid until 31 March 2027) can be
downloaded from www.lindenhof-versicherung.example/smime. Fingerprint
(SHA-256):
  4E:1A:9C:77:03:B2:5D:E0:18:6F:AA:39:C4:52:0B:9E:
  71:D8:2F:64:C3:91:0E:5A:B7:28:4D:19:E6:F0:83:2C

Please verify the fingerprint by phone before trusting it.

Kind regards
Secure Mail Team
Lindenhof Versicherungen
""")

# ================================================================ mails 101-125

def m101():
    return mail(
        "NORMAL", "de", "internal",
        "trap: summary of an association circular on compulsory insurance of students and the M10 procedure; general",
        "Rainer Twesten <rainer.twesten@lindenhof-versicherung.example>",
        "Kundenservice Kranken Leitung <lk-kundenservice@lindenhof-versicherung.example>",
        "Verbandsrundschreiben 03/2025: Studierende, Befreiung, M10",
        body="""Liebe Kolleginnen und Kollegen,

zur Info die Kernaussagen des Verbandsrundschreibens 03/2025:

1. Die elektronische Meldung an die Hochschulen (M10) bleibt
   ausschließlich den gesetzlichen Kassen vorbehalten. Eine Anbindung der
   PKV ist nicht geplant.
2. Befreiungsanträge nach § 8 Abs. 1 Nr. 5 SGB V sind innerhalb von drei
   Monaten nach Beginn der Versicherungspflicht zu stellen. Die Kassen
   verlangen dafür eine Bescheinigung des privaten Versicherers mit
   Beginn und Art des Schutzes (Vollversicherung, Beihilfetarif).
3. Incoming-Tarife genügen für die Befreiung nicht, wohl aber für die
   Feststellung "nicht versicherungspflichtig" bei über 30-Jährigen und
   Studienkolleg-Teilnehmenden – hier entscheidet die Kasse.
4. Empfehlung: Bescheinigungen für die Kasse als PDF an die versicherte
   Person, nicht direkt an die Kasse, sofern keine Einwilligung vorliegt.

Das Rundschreiben liegt im Rechtsordner unter 2025/03.

Viele Grüße
Rainer Twesten
""")


def m102():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
        "confirmation to a statutory health fund of a named student's private cover for the exemption decision",
        "Team Bescheinigungen <bescheinigungen@lindenhof-versicherung.example>",
        "Mitgliedschaft Studierende <studierende@tk-nordhessen-kasse.example>",
        "Ihre Anfrage vom 03.03.2025 – Befreiung nach § 8 Abs. 1 Nr. 5 SGB V – Lina Marquardt",
        body="""Sehr geehrte Damen und Herren,

mit Einwilligung der Versicherten bestätigen wir:

Frau Lina Marquardt, geb. 29.08.2006, wohnhaft Kassel, ist bei uns seit
ihrer Geburt ununterbrochen privat krankenversichert, zuletzt im
Beihilfe-Ergänzungstarif LK Beihilfe 30 (Restkosten 30 % zur Beihilfe des
Landes Hessen) sowie in der Pflegepflichtversicherung PVB.
Versicherungsnummer KV 3310 8842 05. Der Versicherungsschutz besteht
ungekündigt und ohne zeitliche Befristung.

Wir bitten, die Befreiung von der Versicherungspflicht als Studentin ab
dem Sommersemester 2025 an die Hochschule Weserbergland zu melden.

Mit freundlichen Grüßen
Lindenhof Krankenversicherung a.G.
Team Bescheinigungen
""")


def m103():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-customer",
        "liability confirmation for a named Erasmus student's Irish landlord: policy number, address abroad",
        "Haftpflicht Service <haftpflicht@lindenhof-versicherung.example>",
        "Jakob Reinhardt <jakob.reinhardt@studimail.example>",
        "Your confirmation for the landlord in Dublin",
        body="""Hi Jakob,

your landlord in Dublin asked for proof that you are covered for damage
to the flat. Here is the wording:

"We confirm that Mr Jakob Reinhardt, born 02/11/2003, currently residing at
Flat 3, 27 Harold's Cross Road, Dublin 6W, Ireland, is co-insured under
his parents' private liability policy PH-0806-118245 with Lindenhof
Allgemeine Versicherung AG for the duration of his studies abroad
(limit EUR 15 million; damage to rented accommodation included). The
policy is valid worldwide for stays abroad of up to 5 years."

Your parents' policy stays as it is, no extra premium.

Best regards
Private Liability Service
""", flowed=True, cte="8bit")


def m104():
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Dear Ms Reinholz,</p>
<p>as promised, our information sheet for your incoming researchers. Feel free to add it to your
welcome package.</p>
<hr>
<h3>Health insurance for guest researchers – at a glance</h3>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Your situation</th><th>Typical insurance</th><th>Certificate you need</th></tr>
<tr><td>Scholarship, stay up to 24 months</td><td>Incoming Science (IS-Plus)</td><td>Confirmation for the foreigners' authority (bilingual)</td></tr>
<tr><td>Employment contract, salary below EUR 73,800</td><td>statutory health fund</td><td>membership confirmation of the fund</td></tr>
<tr><td>Employment contract, salary above EUR 73,800</td><td>private full cover or voluntary statutory</td><td>certificate for the employer's contribution</td></tr>
<tr><td>Family members</td><td>co-insurance (private: own contract each)</td><td>one certificate per person</td></tr>
</table>
<p><b>Waiting periods and pre-existing conditions:</b> incoming tariffs exclude treatment of conditions
known before arrival. Please tell your researchers to bring sufficient medication for chronic
conditions.</p>
<p>Kind regards<br>International Service, Lindenhof Krankenversicherung a.G.</p>
</body></html>"""
    return mail(
        "NORMAL", "en", "insurer-to-company",
        "trap: general info sheet for an institute on guest researchers' health cover (pre-existing conditions in general)",
        "International Service <international@lindenhof-versicherung.example>",
        "Welcome Centre <welcome@geodaesie-institut.example>",
        "Info sheet for your welcome package",
        html=html)


def m105():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "event liability certificate for a student party: named chairperson as policyholder, event, policy",
        "Haftpflicht Service <haftpflicht@lindenhof-versicherung.example>",
        "Fachschaft Geographie <fs-geo@asta-kassel.example>",
        "Veranstaltungshaftpflicht Semesterabschlussparty 11.04.",
        body="""Hallo Frau Weidemann,

die Veranstaltungshaftpflicht ist abgeschlossen, Nachweis für die
Hochschulverwaltung (Raumvergabe) unten:

  Versicherungsnehmerin: Clara Weidemann (als Vertreterin der Fachschaft
                         Geographie, nicht rechtsfähig),
                         Mönchebergstraße 8, 34125 Kassel
  Veranstaltung:         Semesterabschlussparty, Campus Holländischer
                         Platz, Mensa-Foyer, 11.04.2025, 20–03 Uhr,
                         ca. 400 Gäste
  Vertrag:               VA-2504-00387
  Deckung:               5 Mio. EUR Personen-/Sachschäden,
                         Mietsachschäden an Räumen 500.000 EUR
  Beitrag:               89,00 EUR (bezahlt, Kartenzahlung)

Viel Spaß bei der Party!
Haftpflicht-Team
""")


def m106():
    return mail(
        "NORMAL", "de", "internal",
        "trap: terminology note 'Mitgliedsbescheinigung' vs 'Versicherungsbestätigung' for private insurance; general",
        "Friederike Quast <friederike.quast@lindenhof-versicherung.example>",
        "Kundenservice Kranken <kundenservice-kv@lindenhof-versicherung.example>",
        "Sprachregelung: \"Mitgliedsbescheinigung\"",
        body="""Liebe Kolleginnen und Kollegen,

immer wieder fordern Arbeitgeber, Lohnbüros und Jobcenter bei uns eine
"Mitgliedsbescheinigung" an. Sprachregelung:

- Wir sind zwar ein Versicherungsverein auf Gegenseitigkeit, und unsere
  Versicherten sind formal "Mitglieder" des Vereins. Eine
  "Mitgliedsbescheinigung" im Sinne des SGB IV (Krankenkasse bestätigt
  dem Arbeitgeber die Mitgliedschaft) gibt es bei uns aber nicht.
- Wir stellen stattdessen aus: Versicherungsbestätigung (Bestand),
  Bescheinigung für den Arbeitgeberzuschuss (§ 257 SGB V),
  Beitragsbescheinigung (Finanzamt, Jobcenter).
- Bitte nicht "Mitgliedsbescheinigung" auf unsere Dokumente schreiben,
  auch wenn der Anfordernde darauf besteht. Das führt bei Lohnbüros zu
  Fehlmeldungen an Krankenkassen.

Textbaustein TB-140 "Erläuterung Mitgliedsbescheinigung" ist ab morgen
in DokGen.

Viele Grüße
Friederike Quast
""")


def m107():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "confirmation of termination of a named Blue Card holder's private health insurance for the new statutory fund",
        "Sevgi Aksoy <sevgi.aksoy@lindenhof-versicherung.example>",
        "Priya Raghunathan <priya.raghunathan@devmail.example>",
        "Confirmation: end of your health insurance on 31 March",
        body="""Dear Ms Raghunathan,

we confirm the termination of your private health and long-term care
insurance (policy KV 6102 4458 93) as of 31 March 2025 because you become
subject to compulsory statutory insurance (section 205 (2) VVG). Your
new health fund's membership confirmation from 1 April 2025 has been
received.

For your new health fund and the foreigners' authority:
  - cover with us: 1 September 2023 - 31 March 2025, without interruption
  - tariffs: LK Vital 90, LK Stationär Plus, PVN
  - no outstanding premiums

The ageing reserve cannot be transferred to the statutory system. If
you would like to keep a supplementary policy (e.g. dental or private room
in hospital), we can offer this without a new health questionnaire until
30 June 2025.

Kind regards
Sevgi Aksoy
Customer Service Health
""")


def m108():
    tpl = [
        "Einwilligung in die Übermittlung einer Versicherungsbescheinigung an Dritte (EW-07)",
        "",
        "Ich, «Vorname» «Nachname», geb. «Geburtsdatum», Versicherungsnummer «VSNR», willige ein, dass die "
        "Lindenhof Krankenversicherung a.G. eine Bescheinigung über meinen Versicherungsschutz an folgende "
        "Stelle übermittelt:",
        "",
        "Empfänger: «Empfaenger» (z. B. Ausländerbehörde, Botschaft, Arbeitgeber, Hochschule)",
        "Inhalt: [ ] Bestehen des Vertrags  [ ] Tarife  [ ] Beiträge  [ ] Beitragsrückstände ja/nein",
        "Übermittlungsweg: [ ] verschlüsselte E-Mail  [ ] Post  [ ] unverschlüsselte E-Mail (ich bin auf die "
        "Risiken hingewiesen worden)",
        "",
        "Die Einwilligung gilt für diese eine Übermittlung und kann jederzeit widerrufen werden.",
        "",
        "«Ort», «Datum»          Unterschrift: ______________________",
    ]
    return mail(
        "NORMAL", "de", "internal",
        "trap: draft consent form template with placeholders for transmitting certificates to third parties",
        "Dr. Henrike Vaas <datenschutz@lindenhof-versicherung.example>",
        "Friederike Quast <friederike.quast@lindenhof-versicherung.example>",
        "Entwurf EW-07 Einwilligung Übermittlung Bescheinigung",
        body="""Liebe Frau Quast,

wie angekündigt der Entwurf EW-07 als DOCX. Ich habe bewusst die Option
"unverschlüsselte E-Mail" aufgenommen, weil viele Ausländerbehörden noch
kein S/MIME haben – aber nur mit ausdrücklichem Hinweis.

Telefonische Einwilligungen bitte mit Vermerk (Datum, Uhrzeit, wer, was)
im Vorgang dokumentieren.

Viele Grüße
Henrike Vaas
""",
        atts=[att("EW-07_Einwilligung_Uebermittlung_Entwurf.docx", docx(tpl))])


def m109():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-company",
        "bicycle leasing insurance proof for an employer's leasing provider: named employee, e-bike frame number",
        "Sach Privat <sach@lindenhof-versicherung.example>",
        "Dienstrad-Service <service@radflotte-leasing.example>",
        "Versicherungsnachweis Dienstrad – Vertrag RF-88120, Nutzer Lukas Heinemeyer",
        body="""Sehr geehrte Damen und Herren,

Sie baten um einen Nachweis, dass das überlassene Dienstrad versichert ist:

  Nutzer:          Lukas Heinemeyer (Arbeitgeber: Stadtwerke Fulda-Land)
  Fahrrad:         E-Bike Riese & Müller Charger4, Rahmen-Nr. WRM21G04417
  Vertrag:         FR-2502-00871 (E-Bike-Vollkasko inkl. Diebstahl,
                   Akku, Verschleiß nach 6 Monaten)
  Versicherungssumme: 5.899 EUR
  Laufzeit:        01.03.2025 – 28.02.2028 (Leasingdauer)

Ihr Leasingvertrag verlangt nur Diebstahl und Vandalismus; der Vertrag
geht darüber hinaus.

Mit freundlichen Grüßen
Lindenhof Allgemeine Versicherung AG
""")


def m110():
    return mail(
        "NORMAL", "en", "insurer-to-supplier",
        "trap: feedback to a translation agency on translated certificate templates (merge fields, wording); no person",
        "Claire Dubois-Hartmann <claire.dubois-hartmann@lindenhof-versicherung.example>",
        "Project Management <pm@lingua-nova-translations.example>",
        "RE: Delivery PO 4500172230 - two corrections",
        body="""Dear Ms Haverkamp,

thanks for the quick delivery. Two corrections please:

1. TB-118 FR: the merge field «Geburtsdatum» was translated to
   «Date_de_naissance» - DokGen cannot fill it. Please restore the German
   field names in all files.
2. TB-121 VI: "Selbstbehalt" was translated as "phí tự trả" in one place
   and "khấu trừ" in another. Please use one term consistently (your
   reviewer's choice, but consistent).

Everything else is fine. Please send the corrected files by Tuesday; then
you can invoice.

Best regards
Claire Dubois-Hartmann
""")


def m111():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "certificate of daily sickness benefit paid during maternity protection for the parental allowance office",
        "Leistung Krankentagegeld <ktg@lindenhof-versicherung.example>",
        "Julia Hentschel <julia.hentschel@familienpost.example>",
        "Bescheinigung Krankentagegeld im Mutterschutz – für die Elterngeldstelle",
        body="""Sehr geehrte Frau Hentschel,

für Ihren Elterngeldantrag bestätigen wir:

Versicherte Person:   Julia Hentschel, geb. 14.06.1991
Vertrag:              KV 2907 5512 38, Krankentagegeld KT 43
                      (versichertes Tagegeld 110,00 EUR)
Mutterschutzfristen:  06.01.2025 – 14.04.2025
                      (Entbindung am 17.02.2025, Frühgeburt –
                      verlängerte Schutzfrist)
Gezahltes Krankentagegeld im Mutterschutz (§ 192 Abs. 5 VVG):
                      99 Tage x 110,00 EUR = 10.890,00 EUR

Das Krankentagegeld wird nach § 3 Abs. 1 BEEG auf das Elterngeld
angerechnet; bitte legen Sie diese Bescheinigung der Elterngeldstelle vor.

Alles Gute für Sie und Ihr Baby!
Leistungsabteilung Krankentagegeld
""")


def m112():
    return mail(
        "NORMAL", "de", "insurer-to-supplier",
        "trap: order of security paper for original certificates from a print supplier; company data only",
        "Einkauf Lindenhof <einkauf@lindenhof-versicherung.example>",
        "Auftragsannahme <auftrag@druckhaus-fulda-sicher.example>",
        "Bestellung 4500173014 – Sicherheitspapier Bescheinigungen",
        body="""Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag:

Pos. 1  Sicherheitspapier A4, 90 g/m², Wasserzeichen "Lindenhof",
        Mikroschriftlinie, UV-Fasern        25.000 Blatt   à 0,084 EUR
Pos. 2  Versandtaschen C4 mit Fenster, "Originalbescheinigung –
        nicht knicken"                        5.000 Stück   à 0,21 EUR

Lieferung bis 21.03.2025 an: Lindenhof Versicherungen, Poststelle,
Lindenhofplatz 1, 34117 Kassel (Warenannahme Tor 2, Mo–Fr 7–14 Uhr).

Bitte bestätigen Sie den Liefertermin. Rechnung mit Bestellnummer an
rechnungseingang@lindenhof-versicherung.example.

Mit freundlichen Grüßen
Einkauf
""")


def m113():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-customer",
        "confirmation that a named expat's private liability is valid during a two-year stay in Canada",
        "Haftpflicht Service <haftpflicht@lindenhof-versicherung.example>",
        "Carolin Dreyer <carolin.dreyer@heimpost.example>",
        "RE: Is my liability insurance valid in Canada?",
        body="""Dear Ms Dreyer,

yes. Your private liability insurance PH-1705-220961 (tariff Komfort)
covers stays outside Europe of up to 3 years. Your secondment to Toronto
from 1 April 2025 to 31 March 2027 is therefore covered, including
damage to your rented apartment. Claims in the USA/Canada are covered up
to the full limit of EUR 20 million; legal costs are counted towards
the limit there.

Please keep your German address for correspondence (c/o Dreyer,
Bergstraße 4, 34131 Kassel) or tell us your Canadian address.

For Canadian landlords we can issue an English confirmation - just ask.

Kind regards
Private Liability Service
""")


def m114():
    rows = [["Region of origin", "IST students", "IS-Plus researchers", "Au pair", "Visitors", "Total"],
            ["South Asia", 412, 96, 3, 188, 699],
            ["East / South-East Asia", 287, 141, 52, 97, 577],
            ["Sub-Saharan Africa", 203, 38, 41, 66, 348],
            ["Middle East / North Africa", 118, 22, 9, 154, 303],
            ["Latin America", 96, 31, 44, 29, 200],
            ["Other (incl. cells < 10 merged)", 57, 19, 12, 33, 121],
            ["Total", 1173, 347, 161, 567, 2248]]
    return mail(
        "NORMAL", "en", "internal",
        "trap: aggregate counts of incoming contracts by region, small cells merged; no person",
        "Malte Oberdieck <malte.oberdieck@lindenhof-versicherung.example>",
        "Sales Steering <vertriebssteuerung@lindenhof-versicherung.example>",
        "Incoming portfolio by region 2024 (for the strategy day)",
        body="""Hi,

for Thursday: incoming portfolio 2024 by region of origin (contracts in
force on 31/12, aggregated; cells below 10 merged into "Other").

South Asia grew +38 % (Blue Card pipeline, master students), au pairs
are still small. Visitors = Besuch Plus.

Malte
""",
        atts=[att("Incoming_by_region_2024.ods", ods(rows, "2024"))])


def m115():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "early termination of an au pair's insurance because of a depressive episode and return home",
        "Internationaler Service <international@lindenhof-versicherung.example>",
        "Familie Hilgenberg <hilgenberg@netzpost.example>",
        "AW: Vorzeitige Beendigung Au-pair-Versicherung Lucía Pérez Quispe",
        body="""Sehr geehrte Frau Hilgenberg,

wir beenden den Vertrag AP 25 10512 für Lucía Pérez Quispe wie gewünscht
zum Tag der Ausreise, 25.03.2025. Der Beitrag für April 2025 bis Februar
2026 wird erstattet.

Die Behandlung in der Psychiatrischen Institutsambulanz (Diagnose laut
Bericht: mittelgradige depressive Episode, F32.1) bis zur Ausreise ist
selbstverständlich versichert; die Rechnungen reichen Sie bitte wie
besprochen ein. Für den Rückflug am 25.03. mit Begleitung übernehmen wir
die Kosten des medizinisch notwendigen Rücktransports, sobald uns die
ärztliche Bescheinigung vorliegt.

Eine Abmeldebestätigung für die Ausländerbehörde und die Au-pair-Agentur
erhalten Sie gesondert; darin steht nur das Vertragsende, kein Grund.

Mit freundlichen Grüßen
Internationaler Service
""", charset="iso-8859-1", cte="quoted-printable")


def m116():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-authority",
        "security-services liability proof (§ 6 BewachV) for a sole trader sent to the trade office",
        "Gewerbe Service <gewerbe@lindenhof-versicherung.example>",
        "Gewerbeamt <gewerbeamt@stadt-kassel-verwaltung.example>",
        "Versicherungsbestätigung § 6 BewachV – Sicherheitsdienst Kolar",
        body="""Sehr geehrte Damen und Herren,

gemäß § 6 Abs. 2 BewachV bestätigen wir Ihnen:

Versicherungsnehmer:  Ivica Kolar, Sicherheitsdienst Kolar
                      (Einzelunternehmen), Ihringshäuser Str. 77,
                      34125 Kassel
Vertrag:              BW-2503-00142 Bewachungs-Haftpflicht
Mindestversicherungssummen:
  Personenschäden                 1.000.000 EUR
  Sachschäden                       250.000 EUR
  Abhandenkommen bewachter Sachen    15.000 EUR
  reine Vermögensschäden             12.500 EUR
Beginn:               15.03.2025

Wir werden Ihnen jede Beendigung oder Kündigung des Vertrags anzeigen
(§ 6 Abs. 3 BewachV).

Mit freundlichen Grüßen
Lindenhof Allgemeine Versicherung AG
""")


def m117():
    return mail(
        "NORMAL", "de", "internal",
        "trap: German out-of-office reply pointing to the certificates mailbox",
        "Sevgi Aksoy <sevgi.aksoy@lindenhof-versicherung.example>",
        "Jana Wiegand <jana.wiegand@lindenhof-versicherung.example>",
        "Abwesenheitsnotiz: Übergabe offene Bescheinigungen",
        headers=[("Auto-Submitted", "auto-replied")],
        body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 28.03. nicht im Büro. Ihre Nachricht wird
nicht weitergeleitet.

Anfragen zu Versicherungsbescheinigungen (Arbeitgeber, Ausländerbehörde,
Hochschule, Finanzamt) richten Sie bitte an
bescheinigungen@lindenhof-versicherung.example.

Sevgi Aksoy
Kundenservice Kranken
""")


def m118():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-customer",
        "premium notice for a named customer's contents insurance with new sum insured and bank account",
        "Sach Privat <sach@lindenhof-versicherung.example>",
        "Oleksandr Hrytsenko <o.hrytsenko@geodaesie-institut.example>",
        "Your contents insurance - confirmation for the institute guesthouse",
        body="""Dear Mr Hrytsenko,

we have updated your contents insurance after your move into the
institute guesthouse:

  Policy:            HR-2410-055127
  Insured address:   Gästehaus IfAG, Apartment 7, Heinrich-Plett-Str. 40,
                     34132 Kassel
  Sum insured:       EUR 12,000 (furnished apartment, own belongings only)
  Premium:           EUR 4.10 per month from 1 March 2025
  Direct debit:      Oleksandr Hrytsenko, DE13 1009 0000 0345 6781 20

The guesthouse management asked for proof of contents insurance; this
e-mail can be forwarded to them.

Kind regards
Household Insurance Service
""")


def m119():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
        "occupational physician asks if a named guest scientist's incoming tariff covers hepatitis B vaccination; answer with findings",
        "Dr. med. Jonas Ebeling <jonas.ebeling@lindenhof-versicherung.example>",
        "Dr. Sabine Kettler <betriebsarzt@geodaesie-institut.example>",
        "RE: Hepatitis B vaccination for Mr Sato (IN 25 00612)",
        body="""Dear Dr. Kettler,

thank you for your enquiry. Vaccinations required for work (here:
hepatitis B for lab work with soil samples) are an occupational health
measure and have to be paid by the employer/host institute under the
ArbMedVV, not by the health insurance. Incoming Science covers only
vaccinations after an exposure (e.g. tetanus after an injury).

Regarding the negative anti-HBs titre you mention for Mr Haruto Sato
and the three-dose schedule (0/1/6 months): the third dose would fall
after the end of his cover on 31 August 2025 anyway.

Kind regards
Dr. med. Jonas Ebeling
Medical Service, Lindenhof Krankenversicherung a.G.

> Dear colleagues, Mr Haruto Sato (guest scientist, your policy
> IN 25 00612) has no immunity against hepatitis B (anti-HBs < 10 IU/l).
> Does your tariff cover the vaccination series? Kind regards, S. Kettler,
> occupational physician
""")


def m120():
    return mail(
        "NORMAL", "en", "insurer-to-broker",
        "trap: webinar on visa health certificates postponed; new date, no customers",
        "Broker Support <maklerbetreuung@lindenhof-versicherung.example>",
        "Broker distribution international <makler-international@lindenhof-versicherung.example>",
        "Postponed: webinar 'Health certificates for visas' (English session)",
        body="""Dear partners,

due to illness of the speaker, the English session of our webinar
"Health certificates for visas, Blue Card and au pairs" on 26 March has
to be postponed. New date: Wednesday, 9 April 2025, 3-4.30 pm CEST.

Your registration remains valid; a new calendar invitation follows.
If the new date does not suit you, please reply and we will send you the
recording.

Apologies for the inconvenience.

Broker Support Team
Lindenhof Versicherungen
""")


def m121():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-company",
        "buildings insurance confirmation with security certificate for a mortgage bank: named owners, property",
        "Sach Privat <sach@lindenhof-versicherung.example>",
        "Baufinanzierung <baufinanzierung@volksbank-kurhessen-sued.example>",
        "Sicherungsbestätigung Wohngebäudeversicherung – Darlehen 7004418832",
        body="""Sehr geehrte Damen und Herren,

zu Ihrem Darlehen 7004418832 bestätigen wir:

  Versicherungsnehmer: Marco und Svenja Ruppert
  Objekt:              Einfamilienhaus, Am Lindenberg 22, 34311 Naumburg
  Vertrag:             WG-2503-011876 Wohngebäude (Feuer, Leitungswasser,
                       Sturm/Hagel, Elementar)
  Versicherungswert:   gleitender Neuwert (Wert 1914: 31.800 Mark)
  Beginn:              15.03.2025

Ein Sicherungsschein zu Ihren Gunsten ist ausgestellt und geht Ihnen im
Original per Post zu. Wir werden Sie über Zahlungsverzug und Kündigung
unterrichten.

Mit freundlichen Grüßen
Lindenhof Allgemeine Versicherung AG
""")


def m122():
    return mail(
        "NORMAL", "de", "insurer-to-broker",
        "trap: broker asks generally whether an incoming tariff suffices for a Blue Card; general answer, no client",
        "Birte Lohmann <birte.lohmann@lindenhof-versicherung.example>",
        "Maklerkontor Eder <info@maklerkontor-eder.example>",
        "AW: Incoming-Tarif für Blue Card – generelle Frage",
        body="""Hallo Herr Eder,

generell gilt:

- Für das Visum (vor Einreise) akzeptieren die Auslandsvertretungen
  bei Blue-Card-Antragstellenden einen Incoming-Tarif meist für die
  Zeit bis zum Arbeitsbeginn.
- Ab Arbeitsbeginn ist der Kunde entweder GKV-pflichtig (Gehalt unter
  JAEG) – dann ist Incoming sofort zu kündigen – oder er braucht eine
  substitutive Vollversicherung mit Pflegepflicht. Incoming reicht dann
  nicht mehr, auch nicht für die ABH.
- Unser Incoming-Tarif hat deshalb ein Sonderkündigungsrecht zum
  Arbeitsbeginn; Beiträge werden anteilig erstattet.
- Wechsel in die Vollversicherung nur mit Gesundheitsprüfung; frühzeitig
  anfragen!

Konkrete Kundenfälle gerne über die Vermittlerpost, nicht per Mail.

Viele Grüße
Birte Lohmann
""")


def m123():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "insurer informs a named customer that the foreigners' authority asked about his health cover and arrears; asks consent",
        "Jana Wiegand <jana.wiegand@lindenhof-versicherung.example>",
        "Volkan Özdemir <v.oezdemir@netzpost.example>",
        "Anfrage der Ausländerbehörde zu Ihrem Vertrag – Ihre Einwilligung",
        body="""Sehr geehrter Herr Özdemir,

die Ausländerbehörde Kassel hat uns heute folgende Anfrage geschickt:

  ---
  Wir bitten um Auskunft, ob für Herrn Volkan Özdemir, geb. 03.06.1987,
  ein ausreichender Krankenversicherungsschutz besteht und ob
  Beitragsrückstände vorhanden sind. Az. 32.1-NE-0918/25
  ---

Ohne Ihre Einwilligung dürfen wir der Behörde dazu nichts mitteilen.
Bitte teilen Sie uns mit, ob und was wir antworten sollen. Zur
Information der aktuelle Stand Ihres Vertrags KV 3388 0412 76:

  - Tarif seit 01.03.2025 wieder: LK Basis 1500 mit PVN
    (Rückkehr aus dem Notlagentarif nach Zahlung)
  - Restrückstand: 447,50 EUR, Ratenzahlung 150 EUR/Monat vereinbart
  - Die Kosten der Dialyse werden im Normaltarif wieder voll erstattet.

Alternativ stellen wir Ihnen die Bescheinigung aus und Sie legen sie
selbst vor.

Mit freundlichen Grüßen
Jana Wiegand
""")


def m124():
    return mail(
        "CONFIDENTIAL", "mixed", "insurer-to-customer",
        "key-loss liability claim for a named student in a dormitory (claim number, amount); bilingual, nobody hurt",
        "Haftpflicht Schaden <haftpflicht-schaden@lindenhof-versicherung.example>",
        "Thandiwe Dlamini <thandiwe.dlamini@studentmail.example>",
        "Schaden PH-S-25-01177 – Schlüsselverlust / lost key",
        cc="Wohnheimverwaltung <wohnen@studierendenwerk-nordhessen.example>",
        body="""Liebe Frau Dlamini, dear Ms Dlamini,

wir übernehmen den Austausch der Schließanlage im Wohnheim Menzelstraße
nach dem Verlust Ihres Generalschlüssels am 08.03.2025.
We will pay for replacing the locking system after you lost your master
key on 8 March 2025.

  Schaden / claim no.:     PH-S-25-01177 (policy PH-2501-004133)
  Betrag / amount:         3.412,80 EUR (Rechnung Schlüsseldienst Lamm)
  Selbstbeteiligung:       keine / none
  Zahlung an / paid to:    Studierendenwerk Nordhessen (Vermieter)

Ihr Beitrag ändert sich dadurch nicht. Your premium does not change.

Viele Grüße / kind regards
Haftpflicht Schaden
""")


def m125():
    return mail(
        "NORMAL", "de", "internal",
        "trap: retention and deletion rules for certificate copies; policy text, no person",
        "Dr. Henrike Vaas <datenschutz@lindenhof-versicherung.example>",
        "Kundenservice Kranken <kundenservice-kv@lindenhof-versicherung.example>",
        "Löschregeln Bescheinigungskopien (Auszug Löschkonzept v3.2)",
        body="""Liebe Kolleginnen und Kollegen,

auf Nachfrage hier der Auszug aus dem Löschkonzept zu Bescheinigungen:

Dokumentklasse         Aufbewahrung                      Grundlage
KV-BESCH-AG            10 J. nach Vertragsende           § 257 HGB
KV-BESCH-ABH           3 J. nach Ausstellung             Erforderlichkeit
KV-BESCH-STEUER        10 J.                             § 147 AO
KV-BESCH-VORVERS       10 J. nach Vertragsende           § 257 HGB
Anfragen von Behörden  3 J. nach Abschluss des Vorgangs  Erforderlichkeit
Einwilligungen EW-07   3 J. nach Widerruf / Erledigung   Nachweispflicht
Outlook-Postfächer     max. 90 Tage, dann ins ECM oder löschen

Persönliche Ablagen (Laufwerk H:, Desktop) mit Bescheinigungskopien sind
nicht zulässig. Bitte bis Ende März aufräumen – wir prüfen stichprobenartig.

Viele Grüße
Henrike Vaas
""")

# ================================================================ mails 126-150

def m126():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
        "hospital HR asks for proof of health cover for a named foreign nursing trainee; answer includes cover and vaccination question",
        "Team Bescheinigungen <bescheinigungen@lindenhof-versicherung.example>",
        "Personalservice Pflege <personal-pflege@klinikum-fulda-west.example>",
        "AW: Nachweis Krankenversicherung Anpassungslehrgang – Frau Maricel Santos",
        body="""Sehr geehrte Frau Lembcke,

mit Einwilligung von Frau Santos bestätigen wir Ihnen:

Frau Maricel Santos, geb. 23.03.1996, ist vom 01.03.2025 bis zum Beginn
ihrer sozialversicherungspflichtigen Beschäftigung (voraussichtlich
01.09.2025, nach Abschluss des Anpassungslehrgangs) im Tarif Incoming
Professional (IPR) versichert, Vertrag IN 25 00866, ohne Selbstbehalt.

Zu Ihrer zweiten Frage: Den Masern-Immunitätsnachweis nach § 20 Abs. 9
IfSG können wir nicht ausstellen, er kommt vom Arzt. Die Kosten einer
Titerbestimmung bzw. Nachimpfung werden im Tarif IPR nicht erstattet, da
es sich um eine berufsbedingte Maßnahme handelt. Laut der uns von
Frau Santos eingereichten Unterlagen fehlt ihr nur die zweite MMR-Dosis.

Ab Beginn der Beschäftigung ist Frau Santos gesetzlich versichert; den
Incoming-Vertrag beenden wir dann auf ihren Wunsch.

Mit freundlichen Grüßen
Team Bescheinigungen
""")


def m127():
    return mail(
        "NORMAL", "de", "insurer-to-customer",
        "trap: content-free portal notification that a new document (certificate) is available; no name, no data",
        "Lindenhof Kundenportal <noreply@lindenhof-versicherung.example>",
        "kundin.postfach@mailwerk.example",
        "Neues Dokument in Ihrem Kundenportal",
        body="""Guten Tag,

in Ihrem Lindenhof-Kundenportal steht ein neues Dokument für Sie bereit
(Kategorie: Bescheinigungen).

Bitte melden Sie sich unter www.lindenhof-versicherung.example/portal an,
um es abzurufen. Aus Sicherheitsgründen versenden wir Dokumente nicht
per E-Mail.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht
auf diese E-Mail.

Ihre Lindenhof Versicherungen
""")


def m128():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-customer",
        "dog liability certificate in English for a named newcomer registering her dog; address, chip, policy",
        "Haftpflicht Service <haftpflicht@lindenhof-versicherung.example>",
        "Emily Hargreaves <emily.hargreaves@uk-mail.example>",
        "Dog liability insurance - proof for the city of Kassel",
        body="""Dear Ms Hargreaves,

welcome to Kassel! Your dog liability insurance starts today. For the dog
tax registration and the dog register you can show this e-mail:

  Owner:       Emily Hargreaves, Friedrichsplatz 5, 34117 Kassel
  Dog:         "Maisie", Border Collie, female, microchip 826097000381144
  Policy:      TH-2503-041902 (dog owner's liability)
  Limit:       EUR 10 million (personal injury, property damage)
  Start:       24/03/2025

Please note: in Hesse, dogs listed as dangerous need a special permit; a
Border Collie is not listed.

Kind regards
Private Liability Service
""")


def m129():
    return mail(
        "NORMAL", "de", "internal",
        "trap: staff quiz on certificates (A1, EHIC, Blue Card, exclusions) with fictitious cases",
        "Friederike Quast <friederike.quast@lindenhof-versicherung.example>",
        "Kundenservice Kranken <kundenservice-kv@lindenhof-versicherung.example>",
        "Quiz der Woche: Bescheinigungen (Auflösung Montag)",
        body="""Hallo zusammen, hier das Quiz der Woche – fiktive Fälle, keine echten
Kunden:

1. Eine Kundin (fiktiv: "Frau A.") braucht für ihren Arbeitgeber eine
   A1-Bescheinigung für einen Einsatz in Polen. Was tun wir?
   a) A1 ausstellen  b) an DRV verweisen + Auslandsschutz bestätigen
   c) an die AOK verweisen

2. Ein Kunde mit Risikozuschlag wegen Asthma will eine Bescheinigung für
   die ABH. Wird der Zuschlag erwähnt?
   a) ja, aus Transparenzgründen  b) nein  c) nur auf Nachfrage der ABH

3. Die Botschaft fragt per Mail, ob "Herr X." Beitragsrückstände hat.
   a) Auskunft geben  b) nur mit Einwilligung  c) nie

4. Gilt ein Incoming-Tarif als "gleichwertig zur GKV"?
   a) ja  b) nein  c) nur mit Pflegebaustein

5. Wer bekommt von uns eine EHIC?
   a) alle Vollversicherten  b) niemand  c) nur Beihilfeberechtigte

Antworten bis Freitag an mich, es gibt wieder Kuchen.
Friederike
""")


def m130():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "au pair asks for a travel certificate and about a root canal; answer on dental cover for a named au pair",
        "International Service <international@lindenhof-versicherung.example>",
        "Minh Anh Tran <minhanh.tran@hanoi-mail.example>",
        "RE: RE: Certificate for trip to Paris + tooth problem",
        body="""Dear Minh Anh,

1. The confirmation for your trip to Paris (your tariff Au-pair Kompakt,
   policy AP 25 10513, covers all Schengen states) is now in the portal.
   France does not require it, but it is good to carry it.

2. About your tooth: the dentist's treatment plan (root canal treatment
   on tooth 36, GOZ 2410 x3, approx. EUR 640) is covered as pain-relieving
   treatment at 100 %. The crown afterwards is not covered in your tariff
   (only fillings). Please send us the invoice after treatment.

Take care
International Service

> -----Original Message-----
> From: Minh Anh Tran
> Sent: Tuesday, 25 March 2025 21:10
> Subject: RE: Certificate for trip to Paris + tooth problem
>
> Sorry, one more question. The dentist says I need a root canal and a
> crown, it hurts a lot since Sunday. Is this paid? The Brenneke family
> said my insurance is only for emergencies.
>
> > -----Original Message-----
> > From: Minh Anh Tran
> > Sent: Tuesday, 25 March 2025 20:41
> > Subject: Certificate for trip to Paris
> >
> > Hello, my host family and I go to Paris at Easter. Do I need a
> > certificate of insurance for France? Thank you, Minh Anh
""")


def m131():
    return mail(
        "NORMAL", "de", "internal",
        "trap: marketing A/B test results for a landing page on health insurance for guest scientists; aggregates",
        "Lea Brockhaus <lea.brockhaus@lindenhof-versicherung.example>",
        "Malte Oberdieck <malte.oberdieck@lindenhof-versicherung.example>",
        "A/B-Test Landingpage \"Krankenversicherung für Gastwissenschaftler\" – Ergebnis",
        body="""Hi Malte,

Ergebnis nach 4 Wochen (nur aggregierte Webanalyse, keine Personendaten):

                                Variante A        Variante B
                                (Preis oben)      (Bescheinigung oben)
Besuche                         4.812             4.790
Antrag gestartet                  312 (6,5 %)       401 (8,4 %)
Antrag abgeschlossen              141 (2,9 %)       198 (4,1 %)
Abbruch bei Gesundheitsfragen      38 %              31 %

Variante B gewinnt deutlich: "Bescheinigung für Ausländerbehörde in 24 h"
als Hauptversprechen zieht besser als der Preis. Ich würde B ab April
ausrollen, auch auf der englischen Seite.

Lea
""")


def m132():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "liability confirmation for a parents' initiative nursery (parent duty): named parents and child, policy",
        "Haftpflicht Service <haftpflicht@lindenhof-versicherung.example>",
        "Marius Lenhardt <marius.lenhardt@t-netz.example>",
        "Bestätigung für die Elterninitiative „Kleine Strolche\"",
        body="""Hallo Herr Lenhardt,

für die Elterninitiative Ihrer Tochter Mila bestätigen wir, dass Sie und
Ihre Partnerin Janina Kothe über die Familien-Haftpflicht PH-2012-559034
auch bei ehrenamtlichen Tätigkeiten in der Kita versichert sind
(Elterndienst, Renovierungstage, Begleitung von Ausflügen).
Deckungssumme 15 Mio. EUR; Schäden an Räumen und Einrichtung der Kita
sind bis 100.000 EUR mitversichert.

Eine gesonderte Vereinshaftpflicht ersetzt das nicht – die sollte der
Trägerverein selbst haben.

Viele Grüße
Haftpflicht-Team
""")


def m133():
    return mail(
        "NORMAL", "de", "internal",
        "trap: welcome announcement of a new team member (start date, role, languages); no sensitive data",
        "Malte Oberdieck <malte.oberdieck@lindenhof-versicherung.example>",
        "Internationaler Service <international@lindenhof-versicherung.example>",
        "Willkommen im Team: Amadou Diallo",
        body="""Liebe Kolleginnen und Kollegen,

ab 01.04. verstärkt Amadou Diallo unser Team. Amadou kommt aus dem
Kundenservice Sach, spricht Französisch und Wolof und übernimmt zunächst
die Bescheinigungen für frankophone Länder sowie die Au-pair-Anfragen.

Einarbeitung: erste Woche bei Claire, zweite Woche bei Yusuf.
Sein Platz ist 2.17 neben dem Drucker (sorry, Amadou).

Herzlich willkommen!
Malte
""")


def m134():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
        "underwriting decision for a named Blue Card applicant sent to the broker: exclusion for a thyroid condition",
        "Underwriting Health <underwriting-kv@lindenhof-versicherung.example>",
        "Kapoor Insurance Advisory <advice@kapoor-advisory.example>",
        "Application Mr Vikram Nair - underwriting decision and certificate",
        body="""Dear Mr Kapoor,

regarding the application of your client Mr Vikram Nair (born 30 June
1991, EU Blue Card, start of employment 1 May 2025):

Decision: accepted in tariffs LK Vital 90, LK Stationär Plus, PVN from
1 May 2025, with a risk surcharge of 12 % on LK Vital 90 because of the
treated hypothyroidism (E03.9, levothyroxine 75 µg daily). No exclusions.

The certificate for the foreigners' authority has been generated and is
in the broker post; as always it does not mention the surcharge. Please
let us have the signed acceptance of the surcharge within 14 days,
otherwise the offer lapses and the certificate will be withdrawn.

Kind regards
Underwriting Health
Lindenhof Krankenversicherung a.G.
""")


def m135():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-customer",
        "professional liability certificate for a self-employed yoga teacher (sole trader) for a gym",
        "Gewerbe Service <gewerbe@lindenhof-versicherung.example>",
        "Anouk van der Berg <anouk@yoga-anouk.example>",
        "Certificate of insurance for the fitness studio",
        body="""Dear Ms van der Berg,

for your teaching contract with the fitness studio "Kraftwerk Kassel":

  Insured:        Anouk van der Berg, self-employed yoga teacher,
                  Querallee 31, 34119 Kassel
  Policy:         BH-2503-07714 (professional and public liability,
                  fitness and health trainers)
  Limits:         EUR 3,000,000 personal injury and property damage,
                  EUR 100,000 financial loss
  Period:         01/04/2025 - 31/03/2026
  Premium:        EUR 132.00 p.a., paid

Kind regards
Commercial Lines
""")


def m136():
    return mail(
        "NORMAL", "en", "insurer-to-press",
        "trap: answer to a journalist with aggregate numbers of insured au pairs and visa certificates; no individual",
        "Lindenhof Presse <presse@lindenhof-versicherung.example>",
        "Redaktion <newsdesk@expat-magazin.example>",
        "RE: Your questions on au pair insurance",
        body="""Dear Ms Lefebvre,

thank you for your questions for the article on au pairs in Germany. You
may quote the following:

- Lindenhof has insured around 160 au pairs since the launch of "Au-pair
  Kompakt" on 1 February 2025 (all policies, status end of March).
- Most come from Vietnam, Kenya, Colombia and Peru.
- We issued around 400 certificates for visas and residence permits for
  all incoming tariffs in March alone.
- Our advice to host families: arrange the insurance before the visa
  appointment, with no deductible and no waiting periods, and keep the
  certificate with the check code.

For data protection reasons we cannot put you in touch with individual
au pairs or host families.

Best regards
Lea Brockhaus
Press Office
""")


def m137():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "insurer-to-school",
        "boarding school receives health and accident certificate for a named pupil from China with birth date",
        "Internationaler Service <international@lindenhof-versicherung.example>",
        "Internatsleitung <internat@schloss-wilhelmsthal-gymnasium.example>",
        "Versicherungsbestätigung Schüler Wang Haoran – Schuljahr 2025/26",
        body="""Sehr geehrte Frau Dr. Uhlendorf,

im Auftrag der Eltern (Versicherungsnehmer) bestätigen wir für die
Aufnahme ins Internat:

  Schüler:          Wang Haoran, geb. 15.08.2010, Staatsangehörigkeit CN
  Vertrag:          IN 25 00912, Tarif Incoming Schüler (ISC) mit
                    Unfallbaustein
  Zeitraum:         25.08.2025 – 31.07.2026
  Leistungen:       ambulant/stationär 100 %, Zahn (Schmerzbehandlung),
                    Psychotherapie bis 10 Sitzungen, Unfall-Invalidität
                    100.000 EUR, Rücktransport
  Selbstbehalt:     keiner

Die Eltern haben uns informiert, dass Haoran eine Erdnussallergie hat
und ein Adrenalin-Autoinjektor verordnet ist; die Versorgung mit
Notfallmedikamenten ist im Tarif eingeschlossen. Bitte sprechen Sie die
Details direkt mit den Eltern ab.

Mit freundlichen Grüßen
Internationaler Service
""")


def m138():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-authority",
        "liability proof for a childminder (sole trader) sent to the youth welfare office: named childminder, policy",
        "Haftpflicht Service <haftpflicht@lindenhof-versicherung.example>",
        "Fachdienst Kindertagespflege <kindertagespflege@landkreis-kassel.example>",
        "Nachweis Haftpflichtversicherung Kindertagespflegeperson Frau Ricarda Stöhr",
        body="""Sehr geehrte Damen und Herren,

für die Erteilung der Pflegeerlaubnis nach § 43 SGB VIII bestätigen wir:

  Versicherungsnehmerin: Ricarda Stöhr, Kindertagespflege "Pusteblume",
                         Im Mühlenfeld 12, 34233 Fuldatal
  Vertrag:               PH-TP-2503-00311, Privathaftpflicht mit
                         Baustein Kindertagespflege (bis 5 Kinder)
  Deckung:               10 Mio. EUR pauschal, inkl. Aufsichtspflicht-
                         verletzung und Schäden der Tageskinder
                         untereinander; Schlüsselverlust der Eltern
                         bis 20.000 EUR
  Beginn:                01.04.2025

Mit freundlichen Grüßen
Lindenhof Allgemeine Versicherung AG
""")


def m139():
    return mail(
        "NORMAL", "de", "internal",
        "trap: security awareness warning about fraudulent requests for certificates; no real case",
        "Informationssicherheit <isms@lindenhof-versicherung.example>",
        "Alle Mitarbeitenden <alle@lindenhof-versicherung.example>",
        "Achtung: betrügerische Anfragen nach Versicherungsbescheinigungen",
        body="""Liebe Kolleginnen und Kollegen,

in den letzten Tagen sind mehrere Mails eingegangen, in denen angebliche
"Botschaften" oder "Ausländerbehörden" Bescheinigungen mit vollständigen
Kundendaten anfordern. Merkmale:

- Absender mit ähnlich klingenden Domains oder Freemail-Adressen
- Druck ("Visum wird heute abgelehnt, wenn ...")
- Bitte um Zusendung an eine andere Adresse als die des Kunden
- Anhänge "Einverständnis.pdf.exe" oder Links zu Dateiablagen

Bitte:
- Bescheinigungen nur an die versicherte Person oder an Empfänger mit
  dokumentierter Einwilligung (EW-07).
- Bei Behördenanfragen die Adresse über das Behördenverzeichnis prüfen.
- Verdächtige Mails mit dem Button "Phishing melden" weiterleiten.

Danke für Eure Aufmerksamkeit!
Team Informationssicherheit
""")


def m140():
    return mail(
        "STRICTLY_CONFIDENTIAL", "en", "insurer-to-authority",
        "answer to an embassy that a named applicant's incoming health insurance was withdrawn and refunded",
        "International Service <international@lindenhof-versicherung.example>",
        "Visa Section <visa@germanembassy-hanoi.example>",
        "RE: Verification request - Ms DO Thi Huong, ref. 2025-AP-0471",
        body="""Dear Sir or Madam,

with the consent of the policyholder (host family) we inform you:

The au pair insurance for Ms Do Thi Huong, born 05.03.2004, policy
AP 25 10602, was cancelled by the host family on 2 April 2025 within the
withdrawal period. The premium was refunded. The certificate dated
20 March 2025 (check code LH-AP-6HD1-92LE) is therefore no longer valid
and has been marked as "withdrawn" in our online check.

We have no information on whether a new insurance has been taken out
elsewhere.

Yours faithfully
International Service
Lindenhof Krankenversicherung a.G.
""")


def m141():
    return mail(
        "CONFIDENTIAL", "en", "insurer-to-customer",
        "English confirmation of claims-free years for a named driver moving to the UK (motor)",
        "Kfz-Service <kfz@lindenhof-versicherung.example>",
        "Daniel Whitaker-Schmitt <d.whitaker@heimpost.example>",
        "Confirmation of no-claims discount for your UK insurer",
        body="""Dear Mr Whitaker-Schmitt,

as requested, for your new insurer in the UK:

  Policyholder:            Daniel Whitaker-Schmitt, born 11/09/1979
  Policy:                  KF-1106-389120 (private car, motor liability
                           and comprehensive)
  Period of insurance:     01/06/2011 - 30/04/2025 (ended: vehicle
                           exported)
  Vehicle:                 BMW 320d Touring, reg. KS-DW 1979
  Claims-free class:       SF 12 (12 claims-free years); one liability
                           claim in 2016 (rear-end collision, no
                           injuries), which was taken into account

A signed paper version is on its way to your new address in Leeds.

Kind regards
Motor Service
""")


def m142():
    return mail(
        "NORMAL", "de", "insurer-to-broker",
        "trap: changed hotline hours around Easter for certificate requests; no customer",
        "Maklerbetreuung Lindenhof <maklerbetreuung@lindenhof-versicherung.example>",
        "Maklerverteiler Nord <makler-nord@lindenhof-versicherung.example>",
        "Erreichbarkeit Ostern – Bescheinigungen und Internationaler Service",
        body="""Liebe Vertriebspartnerinnen und Vertriebspartner,

über Ostern gelten folgende Zeiten:

Gründonnerstag 17.04.   8–16 Uhr
Karfreitag 18.04.       geschlossen
Ostermontag 21.04.      geschlossen
Dienstag 22.04.         ab 8 Uhr regulär

Eilige Bescheinigungen für Visumtermine bis 25.04. bitte bis spätestens
Mittwoch, 16.04., 12 Uhr über die Vermittlerpost anfordern. Die
Online-Prüfung der Bescheinigungen für Botschaften läuft durchgehend.

Der Assistance-Notruf für Kunden im Ausland ist wie immer 24/7 erreichbar.

Frohe Ostern!
Ihre Maklerbetreuung
""")


def m143():
    return mail(
        "STRICTLY_CONFIDENTIAL", "de", "customer",
        "complaint forward: body is routing only; deep quote holds a named customer's visa refusal, tariff and diabetes",
        "Beschwerdemanagement <beschwerde@lindenhof-versicherung.example>",
        "Malte Oberdieck <malte.oberdieck@lindenhof-versicherung.example>",
        "WG: AW: AW: Beschwerde Visum abgelehnt – Vorgang BM-25-0331",
        body="""Hallo Herr Oberdieck,

bitte Stellungnahme bis 11.04. (Frist BaFin-Beschwerde 4 Wochen).
Vorgang ist im Beschwerdetool angelegt.

Beschwerdemanagement

-----Ursprüngliche Nachricht-----
Von: Sevgi Aksoy
Gesendet: Montag, 7. April 2025 15:02
An: Beschwerdemanagement
Betreff: AW: AW: Beschwerde Visum abgelehnt

Kunde hat jetzt auch an die BaFin geschrieben. Bitte übernehmen.

-----Ursprüngliche Nachricht-----
Von: Sevgi Aksoy
Gesendet: Freitag, 4. April 2025 11:40
An: Issa Karamoko
Betreff: AW: Beschwerde Visum abgelehnt

Sehr geehrter Herr Karamoko, wir prüfen Ihre Beschwerde ...

> -----Ursprüngliche Nachricht-----
> Von: Issa Karamoko <issa.karamoko@webpost.example>
> Gesendet: Donnerstag, 3. April 2025 22:17
> Betreff: Beschwerde Visum abgelehnt
>
> Sehr geehrte Damen und Herren,
>
> meine Frau Awa Karamoko (geb. 19.04.1992) hat wegen Ihrer Bescheinigung
> kein Visum bekommen. Die Botschaft in Abidjan sagt, die Pflegeversicherung
> fehlt. Ich bin seit 2022 bei Ihnen versichert (KV 7340 1128 55), meine
> Frau sollte ab 01.03. mitversichert sein. Sie haben ihre Aufnahme wegen
> ihrem Diabetes Typ 1 drei Monate verzögert und dann die Bescheinigung
> nur für den Incoming-Tarif geschickt. Jetzt ist der Termin weg und wir
> haben 800 EUR für Flüge verloren. Ich verlange Schadenersatz.
>
> Issa Karamoko
""")


def m144():
    return mail(
        "NORMAL", "de", "internal",
        "trap: release notes for the certificate generator (templates, check codes, fields); no customer data",
        "Piotr Zielinski <piotr.zielinski@lindenhof-versicherung.example>",
        "DokGen Key User <dokgen-keyuser@lindenhof-versicherung.example>",
        "Release Notes DokGen 4.3 (Go-Live 14.04.)",
        body="""Hallo Key User,

DokGen 4.3 geht am 14.04. live. Änderungen:

- TB-112/TB-118/TB-121: neues Pflichtfeld "Name laut Pass" (statt
  Vertragsname), Transliterationshinweis bei kyrillisch/arabisch
- TB-118: Geburtsdatum im Format TT.MM.JJJJ auch in der englischen
  Fassung (Wunsch mehrerer Botschaften)
- Prüfcode jetzt auch auf Vorversicherungsbescheinigungen (TB-125)
- Widerruf von Bescheinigungen direkt aus dem Vorgang (Status
  "widerrufen" in der Online-Prüfung)
- Bugfix: Umlaute im PDF (INC-2025-004417)
- Freitextbescheinigungen in Word werden ab 4.3 protokolliert und
  wöchentlich an die Teamleitung gemeldet

Testdaten in der INT-Umgebung: bitte weiterhin nur Testkunden
"Mustermann" verwenden.

Gruß
Piotr
""")


def m145():
    return mail(
        "CONFIDENTIAL", "de", "insurer-to-customer",
        "cancellation of liability and contents policies on moving to Spain; premium refund to a named customer's Spanish IBAN",
        "Beitragsservice <beitragsservice@lindenhof-versicherung.example>",
        "Sofía Martínez Ortega <sofia@martinez-uebersetzungen.example>",
        "Kündigungsbestätigung und Erstattung – Wegzug nach Valencia",
        body="""Sehr geehrte Frau Martínez Ortega,

wir bestätigen die Beendigung folgender Verträge wegen Wegzugs ins
Ausland zum 30.04.2025:

  Privathaftpflicht   PH-2102-600471
  Hausrat             HR-2102-600472

Die Berufshaftpflicht VH-4403-17729 läuft wie gewünscht weiter
(Tätigkeit für deutsche Auftraggeber von Spanien aus ist mitversichert).

Erstattung der zu viel gezahlten Beiträge: 97,40 EUR auf Ihr neues Konto
  Kontoinhaberin: Sofía Martínez Ortega
  IBAN: ES91 2100 0418 4502 0005 1332

Für Ihren spanischen Vermieter erstellen wir gern eine
Vorversicherungsbestätigung auf Englisch.

Mit freundlichen Grüßen
Beitragsservice
""", charset="windows-1252", cte="quoted-printable")


def m146():
    return mail(
        "NORMAL", "mixed", "insurer-to-university",
        "trap: bilingual general information to a partner university about insurance for incoming exchange students",
        "Internationaler Service <international@lindenhof-versicherung.example>",
        "Oficina de Relaciones Internacionales <ori@universidad-levante.example>",
        "Krankenversicherung für Austauschstudierende / Health insurance for exchange students",
        body="""Sehr geehrte Damen und Herren, dear colleagues,

für Ihre Studierenden, die im Wintersemester nach Kassel kommen, hier die
wichtigsten Punkte / the key points for your students coming to Kassel:

- EU-Studierende mit EHIC / EU students with an EHIC:
  brauchen in der Regel keine zusätzliche Krankenversicherung, sondern
  eine Befreiung bzw. Bestätigung einer deutschen Krankenkasse.
  Usually no additional insurance needed; a German health fund confirms
  the EHIC to the university.
- Ohne EHIC (z. B. privat versichert im Heimatland) / without an EHIC:
  Incoming Study (IST), ab 38,50 EUR/Monat, ohne Selbstbehalt.
- Haftpflicht / personal liability: empfohlen, von Wohnheimen oft
  verlangt / recommended and often required by student residences.

Informationsblatt auf Deutsch, Englisch und Spanisch:
www.lindenhof-versicherung.example/exchange

Mit freundlichen Grüßen / Kind regards
Internationaler Service
""")


def m147():
    tpl = [
        "Lindenhof Krankenversicherung a.G. – Template TB-119 (EN), family members of guest researchers",
        "",
        "CONFIRMATION OF INSURANCE – FAMILY MEMBERS",
        "",
        "Main insured person: «Title» «FirstName» «LastName», policy «PolicyNo»",
        [["Family member", "Date of birth", "Relationship", "Tariff", "Cover from", "Cover to"],
         ["«FM1_Name»", "«FM1_DOB»", "«FM1_Rel»", "«FM1_Tariff»", "«FM1_From»", "«FM1_To»"],
         ["«FM2_Name»", "«FM2_DOB»", "«FM2_Rel»", "«FM2_Tariff»", "«FM2_From»", "«FM2_To»"],
         ["«FM3_Name»", "«FM3_DOB»", "«FM3_Rel»", "«FM3_Tariff»", "«FM3_From»", "«FM3_To»"]],
        "",
        "Each family member is insured under a separate contract. Pregnancy and childbirth are covered only "
        "if the pregnancy began after the start of cover (waiting period 8 months).",
        "«Place_Date»   Check code «CheckCode»",
    ]
    return mail(
        "NORMAL", "en", "internal",
        "trap: English family certificate template with merge fields only (dates of birth, tariffs as placeholders)",
        "Claire Dubois-Hartmann <claire.dubois-hartmann@lindenhof-versicherung.example>",
        "Piotr Zielinski <piotr.zielinski@lindenhof-versicherung.example>",
        "New template TB-119 (EN) family members - please build in DokGen",
        body="""Hi Piotr,

attached the final wording for TB-119 (family members of guest
researchers), approved by Legal on Friday. Up to three family members per
certificate; if there are more, the template should create a second page.

The pregnancy sentence is deliberate (embassies ask about it), but it
must stay generic - no individual info in that paragraph.

Thanks!
Claire
""",
        atts=[att("TB-119_EN_family_members_FINAL.docx", docx(tpl))])


def m148():
    return mail(
        "NORMAL", "en", "insurer-to-company",
        "trap: coworking operator asks in general about liability cover for freelance members; generic product answer",
        "Gewerbe Service <gewerbe@lindenhof-versicherung.example>",
        "Community Team <hello@werkbank-coworking.example>",
        "RE: Liability insurance for our freelance members",
        body="""Dear Ms Tjaden,

thanks for your enquiry. In general terms:

- Freelancers (designers, developers, translators, coaches) can insure
  professional indemnity (financial loss) and public liability together
  in our "Freelancer Kombi", from about EUR 120 per year.
- Damage to rented workspaces and equipment of the coworking space can be
  included (rented property damage).
- We issue an English certificate for each member on request of the
  member; we do not send certificates for your members to you directly.

We do not offer a group contract for coworking spaces at the moment.
Members are welcome to use the online calculator at
www.lindenhof-versicherung.example/freelancer.

Best regards
Commercial Lines
Lindenhof Allgemeine Versicherung AG
""")


def m149():
    return mail(
        "NORMAL", "de", "insurer-to-authority",
        "trap: summary of a round table with foreigners' authorities (procedures, no cases) sent to participants",
        "Malte Oberdieck <malte.oberdieck@lindenhof-versicherung.example>",
        "Verteiler ABH Nordhessen <abh-nordhessen@lindenhof-versicherung.example>",
        "Ergebnisse Runder Tisch Krankenversicherungsnachweise 20.03.",
        body="""Sehr geehrte Damen und Herren,

herzlichen Dank für Ihre Teilnahme. Die Ergebnisse in Kürze:

1. Online-Prüfung: Alle Behörden nutzen ab sofort die Prüfseite; Anfragen
   per Mail nur noch bei Bescheinigungen ohne Prüfcode.
2. Gleichwertigkeit: Die Behörden akzeptieren für Forschende und
   Studierende Incoming-Tarife ohne Selbstbehalt; für Blaue Karte und
   Niederlassungserlaubnis wird eine Vollversicherung mit
   Pflegepflichtversicherung erwartet.
3. Beitragsrückstände: Auskünfte nur mit Einwilligung der versicherten
   Person; wir stellen dazu das Formular EW-07 zur Verfügung, das die
   Behörde den Antragstellenden mitgeben kann.
4. Kommunikationsweg: verschlüsselte Mail (Domänenzertifikat) wird von
   drei Behörden bereits genutzt; die übrigen prüfen die Einrichtung.

Nächster Termin: Herbst 2025.

Mit freundlichen Grüßen
Malte Oberdieck
Internationale Krankenversicherung
""")


def m150():
    return mail(
        "NORMAL", "de", "internal",
        "trap: how-to for staff on sending certificates via the secure portal when the recipient has no S/MIME; general",
        "Secure Mail Team <securemail@lindenhof-versicherung.example>",
        "Kundenservice Kranken <kundenservice-kv@lindenhof-versicherung.example>",
        "Kurzanleitung: Bescheinigungen über das SecureMail-Portal versenden",
        body="""Hallo zusammen,

weil die Frage oft kommt – so geht's, wenn der Empfänger (Behörde,
Arbeitgeber, Hochschule) kein Zertifikat hat:

1. Mail wie gewohnt schreiben, Bescheinigung als PDF anhängen.
2. In den Betreff [secure] schreiben – oder gar nichts tun: KV-Bescheinigungen
   werden vom Gateway ohnehin als streng vertraulich erkannt.
3. Der Empfänger bekommt eine Benachrichtigung ohne Inhalt und richtet
   beim ersten Mal ein Portal-Postfach ein (Einmal-Passwort kommt per SMS
   an die Nummer, die Ihr im Formular angebt).
4. Antworten des Empfängers kommen verschlüsselt in Euer Postfach zurück.

Nicht erlaubt: Bescheinigungen als ZIP mit Passwort in derselben Mail,
Versand über private Postfächer, Upload in Cloud-Ablagen.

Bei Problemen: securemail@lindenhof-versicherung.example oder -2299.

Secure Mail Team
""")

# ---------------------------------------------------------------- driver

def all_mails():
    out = []
    for i in range(1, 151):
        f = globals()["m%03d" % i]
        out.append((i, f()))
    return out


def write():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, d in all_mails():
        name = "d%s-%04d.eml" % (NN, n)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(n, d))
        for k in ("kind", "reason"):
            assert "\t" not in d[k] and "\n" not in d[k], (n, k)
        rows.append("\t".join([name, d["label"], d["lang"], d["kind"], d["reason"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (len(rows) - 1, OUT))


# ---------------------------------------------------------------- check

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
ADDR_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([\w-]+(?:\.[\w-]+)+)", re.I)


def iban_ok(s):
    s = s.replace(" ", "")
    if s[4:7] == "ZZZ":  # SEPA creditor identifier: business code is not part of the checksum
        s = s[:4] + s[7:]
    r = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
    except ValueError:
        return False


def pdf_text(data):
    assert data.startswith(b"%PDF-"), "no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), "no %%EOF"
    m = re.search(rb"startxref\s+(\d+)", data)
    assert m and data[int(m.group(1)):int(m.group(1)) + 4] == b"xref", "bad startxref"
    out = []
    for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        s = re.sub(rb"\\(.)", rb"\1", s)
        out.append(s.decode("cp1252"))
    return "\n".join(out)


def zip_text(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, "corrupt zip member"
    names = z.namelist()
    out = []
    if kind in ("odt", "ods"):
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
    if kind == "docx":
        assert "word/document.xml" in names
    if kind == "xlsx":
        assert "xl/workbook.xml" in names
    for nm in names:
        info = z.getinfo(nm)
        assert info.date_time == ZIP_TIME, "zip timestamp not fixed"
        raw = z.read(nm)
        if nm.endswith(".xml") or nm.endswith(".rels"):
            root = ET.fromstring(raw)
            out.append(" ".join(t for t in root.itertext()))
        elif kind == "zip":
            ext = nm.rsplit(".", 1)[-1].lower()
            out.append(att_text(nm, ext, raw))
    return "\n".join(out)


def att_text(name, ext, data, charset=None):
    if ext == "pdf":
        return pdf_text(data)
    if ext in ("docx", "xlsx", "odt", "ods", "zip"):
        return zip_text(data, ext)
    if ext == "ics":
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in t
        return t
    if ext in ("csv", "txt", "log"):
        for enc in ([charset] if charset else []) + ["utf-8", "cp1252"]:
            try:
                return data.decode(enc)
            except (UnicodeDecodeError, LookupError, TypeError):
                pass
        raise AssertionError("undecodable text attachment")
    if ext == "eml":
        return msg_text(email.message_from_bytes(data, policy=policy.default))
    raise AssertionError("unknown attachment type %s" % name)


def msg_text(msg, stats=None):
    out = []
    for k in ("From", "To", "Cc", "Subject"):
        if msg[k]:
            out.append(str(msg[k]))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ct == "message/rfc822":
            inner = part.get_payload(0)
            out.append(msg_text(inner, stats))
            if stats is not None:
                stats["att"] += 1
            continue
        if fn:
            data = part.get_payload(decode=True)
            ext = fn.rsplit(".", 1)[-1].lower()
            if ct == "application/octet-stream" and ext not in ("pdf", "docx", "xlsx", "zip", "csv", "txt"):
                ext = "pdf"
            out.append(att_text(fn, ext, data, part.get_content_charset()))
            if stats is not None:
                stats["att"] += 1
        elif part.get_content_maintype() == "text":
            out.append(part.get_content())
    return "\n".join(out)


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "bad labels header"
    rows = [l.split("\t") for l in lines[1:] if l]
    counts = {k: 0 for k in LABELS}
    langs = {}
    if len(rows) != 150:
        errors.append("labels.tsv has %d rows" % len(rows))
    for i, r in enumerate(rows, 1):
        if len(r) != 5:
            errors.append("row %d has %d fields" % (i, len(r)))
            continue
        f, lab, lang, kind, reason = r
        if f != "d%s-%04d.eml" % (NN, i):
            errors.append("row %d file %s" % (i, f))
        if lab not in LABELS:
            errors.append("%s bad label %s" % (f, lab))
            continue
        if lang not in ("de", "en", "mixed"):
            errors.append("%s bad lang %s" % (f, lang))
        if lab != "NORMAL" and reason.startswith("trap:"):
            errors.append("%s: trap reason on non-NORMAL" % f)
        counts[lab] += 1
        langs[(lab, lang)] = langs.get((lab, lang), 0) + 1
    for k in LABELS:
        if counts[k] != WANT[k]:
            errors.append("count %s = %d, want %d" % (k, counts[k], WANT[k]))
    files = sorted(os.listdir(OUT))
    if files != ["d%s-%04d.eml" % (NN, i) for i in range(1, 151)]:
        errors.append("mails/ does not hold exactly d98-0001..0150.eml")
    n_att = 0
    n_iban = 0
    for f in files:
        raw = open(os.path.join(OUT, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("%s: not pure CRLF" % f)
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                errors.append("%s: line longer than 998 octets" % f)
                break
        msg = email.message_from_bytes(raw, policy=policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg[h]:
                errors.append("%s: missing %s" % (f, h))
        if not str(msg["From"]).rstrip(">").endswith("@lindenhof-versicherung.example"):
            errors.append("%s: From not from the insurer" % f)
        stats = {"att": 0}
        try:
            text = msg_text(msg, stats)
        except Exception as e:  # noqa
            errors.append("%s: attachment/body does not open: %r" % (f, e))
            continue
        n_att += stats["att"]
        for h in ("From", "To", "Cc", "Reply-To"):
            for a in msg.get_all(h, []):
                for dom in ADDR_RE.findall(str(a)):
                    if not dom.lower().endswith(".example"):
                        errors.append("%s: header domain %s" % (f, dom))
        for dom in ADDR_RE.findall(text) + URL_RE.findall(text):
            if not dom.lower().rstrip(".").endswith(".example"):
                errors.append("%s: domain %s" % (f, dom))
        for ib in IBAN_RE.findall(text):
            if ib[:2] in ("DE", "AT", "NL", "ES", "FR", "CH", "IT", "PL") and not re.search(r"X{2,}|\*", ib):
                n_iban += 1
                if not iban_ok(ib):
                    errors.append("%s: IBAN checksum fails: %s" % (f, ib))
    print("labels:", ", ".join("%s %d" % (k, counts[k]) for k in LABELS))
    for k in LABELS:
        print("  %-22s de %2d  en %2d  mixed %2d" % (k, langs.get((k, "de"), 0), langs.get((k, "en"), 0),
                                                   langs.get((k, "mixed"), 0)))
    print("files: %d, attachments opened: %d, IBANs validated: %d" % (len(files), n_att, n_iban))
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
