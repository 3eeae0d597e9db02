#!/usr/bin/env python3
"""Siegel evaluation corpus dev63 -- attachments from companies, brokers and
service providers. Every mail is written by hand in its own function m001..m150.
Helpers below only turn that hand-written content into MIME or into a file format
(XLSX, ODS, DOCX, ODT, PDF, ZIP are written with the standard library only, so the
output is byte-for-byte deterministic).

    python make_corpus.py          writes mails/d63-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses every file and validates counts
"""
import io
import os
import re
import sys
import zlib
import zipfile
import datetime
from email.message import EmailMessage
from email.policy import SMTP, default
from email.parser import BytesParser
from email.utils import format_datetime
from xml.sax.saxutils import escape as _x

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
PREFIX = "d63"
ZIPTIME = (2025, 3, 1, 8, 0, 0)

# ---------------------------------------------------------------- MIME helpers

def _date(s):
    """'2025-03-04 09:14' (+ optional tz like '+0000') -> RFC 5322 date."""
    parts = s.split()
    tz = parts[2] if len(parts) > 2 else None
    dt = datetime.datetime.strptime(parts[0] + " " + parts[1], "%Y-%m-%d %H:%M")
    if tz is None:
        # Germany: CET in winter, CEST from the last Sunday of March to the last Sunday of October
        off = 2 if (datetime.date(dt.year, 3, 25) <= dt.date() < datetime.date(dt.year, 10, 28)) else 1
    else:
        off = int(tz[:3])
    return format_datetime(dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off))))


def _fill(msg, frm, to, subject, date, cc=None, msgid=None, headers=None):
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = _date(date)
    if msgid:
        msg["Message-ID"] = msgid
    for k, v in (headers or []):
        msg[k] = v


def _body(msg, body, html, charset, cte, flowed):
    if body is not None and html is not None:
        msg.set_content(body, charset=charset, cte=cte)
        msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        params = {"format": "flowed"} if flowed else None
        msg.set_content(body, charset=charset, cte=cte, params=params)


def _attach(msg, att):
    if isinstance(att, EmailMessage):
        msg.add_attachment(att)
        return
    fn, data, ctype = att[0], att[1], att[2]
    maintype, subtype = ctype.split("/")
    if isinstance(data, str):
        cs = att[3] if len(att) > 3 else "utf-8"
        msg.add_attachment(data, subtype=subtype, charset=cs, filename=fn)
    else:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)


def _boundaries(msg, tag):
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary(f"----=_Part_{tag}_{i:02d}")


def inner(frm, to, subject, date, body=None, html=None, atts=(), cc=None,
          charset="utf-8", cte=None, msgid=None):
    """A message that is later forwarded as message/rfc822."""
    msg = EmailMessage(policy=SMTP)
    _fill(msg, frm, to, subject, date, cc, msgid)
    _body(msg, body, html, charset, cte, False)
    for a in atts:
        _attach(msg, a)
    return msg


def mail(frm, to, subject, date, body=None, html=None, atts=(), cc=None,
         charset="utf-8", cte=None, flowed=False, headers=None, mailer=None):
    msg = EmailMessage(policy=SMTP)
    hdrs = list(headers or [])
    if mailer:
        hdrs.append(("X-Mailer", mailer) if not mailer.startswith("UA:") else ("User-Agent", mailer[3:]))
    _fill(msg, frm, to, subject, date, cc, None, hdrs)
    _body(msg, body, html, charset, cte, flowed)
    for a in atts:
        _attach(msg, a)
    return msg

# ---------------------------------------------------------------- file formats

def _zip(files, compress=True):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_STORED if (name == "mimetype" or not compress) else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zip_(files):
    """files: list of (name, bytes or str)."""
    return _zip([(n, d.encode("utf-8") if isinstance(d, str) else d) for n, d in files])


def csv_(text, enc="utf-8"):
    """Hand-written CSV text -> bytes with CRLF line ends."""
    text = text.strip("\n")
    return ("\r\n".join(text.split("\n")) + "\r\n").encode(enc)


def ics(text):
    return csv_(text)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (sheet name, rows); a row is a list of str / int / float / None."""
    wb_sheets, rels, ctypes, files = [], [], [], []
    for k, (name, rows) in enumerate(sheets, 1):
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{_col(c)}{r}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(str(v))}</t></is></c>')
            xr.append(f'<row r="{r}">{"".join(cells)}</row>')
        files.append((f"xl/worksheets/sheet{k}.xml",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      f'<sheetData>{"".join(xr)}</sheetData></worksheet>'))
        wb_sheets.append(f'<sheet name="{_x(name)}" sheetId="{k}" r:id="rId{k}"/>')
        rels.append(f'<Relationship Id="rId{k}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{k}.xml"/>')
        ctypes.append(f'<Override PartName="/xl/worksheets/sheet{k}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    head = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         + "".join(ctypes) + '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         f'<sheets>{"".join(wb_sheets)}</sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(rels) + '</Relationships>'),
    ]
    return zip_(head + files)


def _ods_cell(v):
    if v is None or v == "":
        return "<table:table-cell/>"
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{_x(str(v))}</text:p></table:table-cell>'


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"')


def _odf(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {_ODF_NS}><office:body>{body}</office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return zip_([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)])


def _odf_table(rows, name="Tabelle1"):
    xr = "".join("<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>" for row in rows)
    return f'<table:table table:name="{_x(name)}">{xr}</table:table>'


def ods(sheets):
    """sheets: list of (name, rows)."""
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>" + "".join(_odf_table(r, n) for n, r in sheets) + "</office:spreadsheet>")


def odt(blocks):
    """blocks: str (paragraph) or list of rows (table)."""
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<text:p>{_x(b)}</text:p>")
        else:
            out.append(_odf_table(b, "Tabelle"))
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>" + "".join(out) + "</office:text>")


def docx(blocks):
    """blocks: str (paragraph) or list of rows (table)."""
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(b)}</w:t></w:r></w:p>')
        else:
            rows = "".join("<w:tr>" + "".join(
                f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(str(v))}</w:t></w:r></w:p></w:tc>' for v in row) + "</w:tr>"
                for row in b)
            out.append(f"<w:tbl>{rows}</w:tbl>")
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    return zip_([
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>'
         + "".join(out) + "</w:body></w:document>"),
    ])


def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(text, title="", size=10):
    """Hand-written text (lines separated by newlines; a line '\\f' starts a new page) -> PDF."""
    pages, cur = [], []
    for line in text.strip("\n").split("\n"):
        if line == "\f" or len(cur) >= 62:
            pages.append(cur)
            cur = []
            if line == "\f":
                continue
        cur.append(line)
    pages.append(cur)
    objs = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then (page, content) pairs
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Producer (Auenfels DocGen 2.3) /Title (" + _pdf_str(title) + b") >>")
    for i, lines in enumerate(pages):
        stream = [b"BT", f"/F1 {size} Tf {size + 3} TL 56 790 Td".encode()]
        for ln in lines:
            stream.append(b"(" + _pdf_str(ln) + b") Tj T*")
        stream.append(b"ET")
        data = zlib.compress(b"\n".join(stream), 9)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {6 + 2 * i} 0 R >>".encode())
        objs.append(f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for k, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{k} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODT = "application/vnd.oasis.opendocument.text"
PDF = "application/pdf"
ZIP = "application/zip"
CSV = "text/csv"
ICS = "text/calendar"
OCTET = "application/octet-stream"

# Frequently used signature and disclaimer of the invented insurer (typed once, used as text)
DISCL_DE = """--
Auenfels Versicherung AG | Wilhelmshöher Allee 212 | 34119 Kassel
Sitz Kassel, Amtsgericht Kassel HRB 40917 | Vorstand: Dr. Ines Harbusch (Vors.), Matthias Eckl, Olga Brandner
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""

DISCL_EN = """--
Auenfels Versicherung AG | Wilhelmshöher Allee 212 | 34119 Kassel | Germany
Registered office Kassel, Local Court Kassel HRB 40917
This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail."""


# =============================================================== mails 001-015

def m001():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "company",
            "harmless body; XLSX from the employer lists group-accident claims per named driver with injuries (S62.5, distorsion), hospital days and sick-leave periods")
    x = xlsx([("Unfälle Okt", [
        ["Pers.-Nr.", "Name", "Vorname", "Standort", "Unfalltag", "Hergang", "Verletzung lt. D-Arzt", "AU von", "AU bis", "Krankenhaus"],
        ["40117", "Petrović", "Dragan", "Kassel-Waldau", "02.10.2025", "Sturz von Ladebordwand", "Fraktur Handgelenk li. (S62.5)", "02.10.2025", "offen", "ja, 2 Tage"],
        ["40388", "Kühn", "Sebastian", "Baunatal", "09.10.2025", "beim Rangieren eingeklemmt", "Quetschung Finger re., Nagelverlust", "10.10.2025", "24.10.2025", "nein"],
        ["41002", "Yıldız", "Emre", "Kassel-Waldau", "21.10.2025", "Umknicken Rampe", "Distorsion OSG re. (S93.4)", "22.10.2025", "07.11.2025", "nein"],
        ["", "", "", "", "", "", "", "", "", ""],
        ["Stand 03.11.2025, erstellt: Personalabteilung / T. Marx"],
    ])])
    fwd = """Hallo Frau Lüders,

zur Info und weiteren Bearbeitung – kam heute früh bei mir rein, gehört aber zu Ihnen (GU-2019-00417).
Die Vorgänge 2 und 3 kennen wir schon als Einzelmeldung, Nr. 1 ist neu.

Gruß
Rainer Kluthe
Firmenkunden Unfall

-------- Weitergeleitete Nachricht --------
Betreff: Unfallmeldungen Oktober
Datum: Mon, 3 Nov 2025 07:52:10 +0100
Von: Tanja Marx <t.marx@brenner-logistik.example>
An: Rainer Kluthe <rainer.kluthe@auenfels.example>

Guten Morgen Herr Kluthe,

anbei wie besprochen die Liste für Oktober. Bei Herrn Petrović ist noch nicht klar wann er wieder kommt.

Viele Grüße
Tanja Marx
Personal & Entgelt
Brenner Logistik GmbH | Industriestraße 41 | 34123 Kassel
"""
    return meta, mail("Rainer Kluthe <rainer.kluthe@auenfels.example>",
                      "Jana Lüders <jana.lueders@auenfels.example>",
                      "WG: Unfallmeldungen Oktober", "2025-11-03 09:12", body=fwd,
                      atts=[("Unfallmeldungen_Okt_2025.xlsx", x, XLSX)], mailer="UA:Mozilla Thunderbird 128.3")


def m002():
    meta = ("NORMAL", "de", "insurer-to-broker",
            "trap: blank XLSX template for group-accident staff reporting; column 'Geburtsdatum' and one example row with 'Max Mustermann (Beispiel)'")
    x = xlsx([("Meldung", [
        ["Auenfels Gruppen-Unfall – Meldeliste Zu- und Abgänge", "", "", "", "", "", ""],
        ["Vertragsnummer:", "GU-__________", "", "", "", "", ""],
        ["Name", "Vorname", "Geburtsdatum", "Eintritt / Austritt", "Datum", "Tätigkeit", "Gefahrengruppe (A/B)"],
        ["Mustermann (Beispiel)", "Max", "TT.MM.JJJJ", "Eintritt", "TT.MM.JJJJ", "Lagerist", "B"],
    ]), ("Hinweise", [
        ["Bitte je Person eine Zeile. Gefahrengruppe A = kaufmännisch/verwaltend, B = körperlich/handwerklich."],
        ["Die Liste bitte monatlich bis zum 5. Werktag an firmenkunden-unfall@auenfels.example senden."],
        ["Gesundheitsangaben werden mit dieser Liste NICHT abgefragt."],
    ])])
    body = """Sehr geehrter Herr Hartwig,

Herr Pawlitzki hat mich gebeten, Ihnen die aktuelle Vorlage zu schicken. Wie am Telefon angekündigt: anbei die überarbeitete Meldeliste für Zu- und Abgänge in der Gruppen-Unfallversicherung. Neu ist die Spalte Gefahrengruppe, die alte Spalte "Lohnsumme" entfällt.

Die Beispielzeile können Ihre Kunden einfach überschreiben.

Mit freundlichen Grüßen

Ilka Sommer
Maklerbetreuung Nord
Telefon 0561 7807-2241

""" + DISCL_DE
    return meta, mail("Ilka Sommer <ilka.sommer@auenfels.example>",
                      "Bernd Hartwig <b.hartwig@hartwig-makler.example>",
                      "Neue Meldeliste Gruppen-Unfall (Vorlage)", "2025-02-11 14:03", body=body,
                      cc="Jens Pawlitzki <jens.pawlitzki@auenfels.example>",
                      atts=[("Vorlage_Meldeliste_GU_2025.xlsx", x, XLSX)])


def m003():
    meta = ("CONFIDENTIAL", "en", "broker",
            "forwarded broker mail (message/rfc822) with CSV traveller list: names, dates of birth, passport nationality, trip dates; travel without health content")
    c = csv_("""Surname,First name,Date of birth,Nationality,Department,Destination,Departure,Return,Trip purpose
Whitcombe,Oliver,14/02/1986,GB,Advisory,Singapore,06/04/2025,19/04/2025,client workshop
Okafor,Adaeze,03/09/1991,GB,Advisory,Singapore,06/04/2025,19/04/2025,client workshop
Brandt,Lukas,22/11/1979,DE,Tax,"São Paulo, Brazil",12/05/2025,23/05/2025,audit support
Ferreira,Inês,30/06/1994,PT,Tax,"São Paulo, Brazil",12/05/2025,30/05/2025,audit support
Haldane,Fraser,09/01/1972,GB,Partner,"New York, USA",02/06/2025,05/06/2025,board meeting
""")
    orig = inner("Priya Raman <priya.raman@clearwater-brokers.example>",
                 "Fiona McAllister <fiona.mcallister@auenfels.example>",
                 "Harrowgate Consulting - business travel, declared trips Q2",
                 "2025-03-18 10:41 +0000",
                 body="""Hi Fiona,

Attached is the Q2 declaration of trips longer than 7 days for Harrowgate Consulting Ltd under the annual business travel policy (our ref CWB/HC/2291). Five travellers this time.

Could you confirm cover and let us have the adjusted premium? Brazil trips are the only ones over 14 days.

Kind regards,
Priya

Priya Raman | Account Executive, Corporate Travel
Clearwater Insurance Brokers Ltd | 88 Fenwick Street | Liverpool L2 7QD
""", atts=[("HC_declared_trips_Q2_2025.csv", c, CSV)],
                 msgid="<CWB.2291.8841@clearwater-brokers.example>")
    body = """Hi Marius,

see the broker's declaration below (attached as original mail) - could you price the extra days for the two Brazil trips? Policy RT/24/77310, standard loading per day should do.

Thanks
Fiona

Fiona McAllister
International Business Desk
Auenfels Versicherung AG
"""
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Marius Engel <marius.engel@auenfels.example>",
                      "Fwd: Harrowgate Consulting - business travel, declared trips Q2", "2025-03-18 12:05",
                      body=body, atts=[orig], mailer="Microsoft Outlook 16.0")


def m004():
    meta = ("NORMAL", "en", "insurer-to-company",
            "trap: PDF rate sheet for group personal accident (rates per 1,000 EUR, disability scale) - no person, no contract")
    p = pdf("""Auenfels Versicherung AG - Group Personal Accident
Indicative premium rates 2025 (for quotation purposes only)

Rates per EUR 1,000 sum insured per year
Risk class                         Death    Permanent disability   Daily hospital cash (per EUR 10)
A  office / administrative         0.45     0.90                    1.20
B  light manual work               0.80     1.60                    1.80
C  heavy manual work, drivers      1.40     2.75                    2.60

Progression options: 225 % / 350 % / 500 %
Minimum group size: 5 insured persons. Minimum annual premium: EUR 600.

Disability scale (extract, loss or total loss of function):
arm at shoulder 70 %, hand at wrist 55 %, thumb 20 %, index finger 10 %,
leg above knee 70 %, foot at ankle 40 %, sight of one eye 50 %, hearing of one ear 30 %

Rates exclude insurance premium tax (19 %). Valid for quotations issued until 31 December 2025.
""", title="GPA rates 2025")
    body = """Dear Mr Aldous,

thank you for your call this morning. As requested, I attach our indicative rate sheet for group personal accident cover. Once you know the number of employees per risk class we can prepare a formal quotation - no names are needed at that stage.

Kind regards

Fiona McAllister
International Business Desk

""" + DISCL_EN
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Gareth Aldous <g.aldous@northgate-pharma.example>",
                      "Group personal accident - indicative rates", "2025-01-22 11:37", body=body,
                      atts=[("Auenfels_GPA_rates_2025.pdf", p, PDF)], mailer="Microsoft Outlook 16.0")


def m005():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
            "body says only 'Bestandsliste anbei'; XLSX lists named employees with birth dates, direct-insurance (life/bAV) contract numbers and monthly contributions")
    x = xlsx([("Bestand 31.12.2024", [
        ["Firma: Kessler & Voss Maschinenbau GmbH", "", "", "", "", "", ""],
        ["Kollektivrahmenvertrag DV-K 4410", "", "", "", "", "", ""],
        ["Vertragsnr.", "Name", "Vorname", "geb.", "Beginn", "Beitrag mtl. (EUR)", "davon AG-Zuschuss"],
        ["DV 88 204 117", "Albers", "Kirsten", "17.08.1983", "01.03.2016", 180.00, 27.00],
        ["DV 88 204 135", "Demir", "Hakan", "05.12.1990", "01.09.2019", 120.00, 18.00],
        ["DV 88 204 140", "Schwalm", "Udo", "28.02.1966", "01.01.2008", 302.00, 45.30],
        ["DV 88 204 152", "Nguyen", "Thi Lan", "11.07.1995", "01.04.2022", 100.00, 15.00],
        ["DV 88 204 166", "Reitmeier", "Florian", "19.10.1988", "01.01.2024", 250.00, 37.50],
        ["Summe", "", "", "", "", 952.00, 142.80],
    ])])
    body = """Sehr geehrte Frau Albers,

wie jedes Jahr erhalten Sie anbei die Bestandsliste zum Stichtag 31.12.2024 für Ihre Unterlagen und den Abgleich mit der Lohnbuchhaltung.

Abweichungen melden Sie bitte bis Ende Februar.

Freundliche Grüße

Miriam Okonkwo-Lenz
Firmenkunden Leben / bAV
Telefon 0561 7807-3318

""" + DISCL_DE
    return meta, mail("Miriam Okonkwo-Lenz <miriam.okonkwo-lenz@auenfels.example>",
                      "Kirsten Albers <k.albers@kv-maschinenbau.example>",
                      "Bestandsliste bAV zum 31.12.2024", "2025-01-14 08:45", body=body,
                      atts=[("KV_Bestandsliste_DV_20241231.xlsx", x, XLSX)])


def m006():
    meta = ("CONFIDENTIAL", "de", "company",
            "inline forward of a car dealer's CSV: customer names, addresses, eVB numbers, VINs and plates for motor registrations")
    c = csv_("""Kunde;Anschrift;eVB-Nummer;Fahrzeug;FIN;Kennzeichen (reserviert);Zulassung geplant
Heike Brodersen;Am Lindenweg 7, 34225 Baunatal;A7K2M9Q;VW T-Roc 1.5 TSI;WVGZZZA1ZPV512203;KS-HB 414;10.03.2025
Wolfgang Treis;Kirchgasse 2a, 34270 Schauenburg;C4X8P1D;Skoda Octavia Combi;TMBJR7NX5RY034811;KS-WT 88;11.03.2025
Marta Sikorska;Frankfurter Str. 119, 34121 Kassel;F9R3L6T;VW ID.3 Pro;WVWZZZE1ZRP021576;KS-MS 2020E;11.03.2025
Jonas Wiegand;Hauptstr. 54, 34253 Lohfelden;H2N7W5B;Cupra Born;VSSZZZK1ZRP008842;KS-JW 301E;13.03.2025
""", "windows-1252")
    body = """Hi Dennis,

kannst du die vier eVBs bitte im Bestand anlegen, das Autohaus hat sie selbst über das Portal gezogen aber die Fahrzeugdaten fehlen noch. Liste hängt an.

Danke & Gruß
Tobias

> -----Ursprüngliche Nachricht-----
> Von: Sandra Wendt <disposition@autohaus-wendt.example>
> Gesendet: Freitag, 7. März 2025 16:22
> An: Tobias Reinholt <tobias.reinholt@auenfels.example>
> Betreff: Zulassungen nächste Woche
>
> Hallo Herr Reinholt,
> anbei die Zulassungen für nächste Woche, bitte um kurze Bestätigung.
> Schönes Wochenende
> S. Wendt
> Autohaus Wendt GmbH & Co. KG - Disposition
"""
    return meta, mail("Tobias Reinholt <tobias.reinholt@auenfels.example>",
                      "Dennis Köhler <dennis.koehler@auenfels.example>",
                      "WG: Zulassungen nächste Woche", "2025-03-10 08:19", body=body,
                      atts=[("Zulassungen_KW11.csv", c, "application/vnd.ms-excel")])


def m007():
    meta = ("NORMAL", "de", "insurer-to-supplier",
            "trap: CSV of print test data, fictitious 'Erika Mustermann' records with birth date and the widely published example IBAN DE02120300000000202051, labelled as test data")
    c = csv_("""# TESTDATEN - fiktive Personen - nicht produktiv verwenden
satzart;anrede;vorname;nachname;geburtsdatum;strasse;plz;ort;vertragsnr;iban;betrag
BR01;Frau;Erika;Mustermann;12.08.1964;Heidestraße 17;51147;Köln;TEST-000001;DE02120300000000202051;123,45
BR01;Herr;Max;Mustermann;01.01.1970;Musterweg 1;12345;Musterstadt;TEST-000002;DE02120300000000202051;9999,99
BR01;Divers;Alex;Beispiel-Überlänge-Nachnamebindestrichtest;29.02.2000;Langestraße 123456 Hinterhaus links;99999;Ortsnamemitsehrvielenzeichen;TEST-000003;DE02120300000000202051;0,01
""")
    body = """Hallo Herr Baumgart,

für den Probedruck der neuen Beitragsrechnung (Layout B, mit QR-Code für die Überweisung) schicke ich Ihnen unsere Testdatei. Es sind nur Mustersätze, Satz 3 testet Überlängen im Namen und in der Adresse.

Bitte schicken Sie uns bis Donnerstag 3 PDF-Proofs, dann geben wir frei.

Viele Grüße
Piotr Nowak-Schell
IT Anwendungsbetreuung Output-Management

""" + DISCL_DE
    return meta, mail("Piotr Nowak-Schell <piotr.nowak-schell@auenfels.example>",
                      "Roland Baumgart <r.baumgart@druckzentrum-nord.example>",
                      "Testdatei Probedruck Beitragsrechnung Layout B", "2025-04-07 13:26", body=body,
                      atts=[("testdaten_beitragsrechnung_layoutB.csv", c, CSV)])


def m008():
    meta = ("STRICTLY_CONFIDENTIAL", "en", "provider",
            "assistance company's PDF medical report on a hospitalised insured traveller (appendicitis K35.8, surgery, fitness to fly); short body")
    p = pdf("""GlobalCare Assistance - Medical Case Report
Case no.: GC-25-041877          Client: Auenfels Versicherung AG, policy RT/24/77310
Patient: Adaeze OKAFOR, born 03/09/1991, employee of Harrowgate Consulting Ltd
Location: Hospital Quirónsalud Málaga (treating physician Dr. Ramón Villalba)

Admission: 14 April 2025, 23:40, via emergency department
Presenting complaint: acute lower right abdominal pain since 12 h, fever 38.6 C, nausea
Diagnosis: acute appendicitis (ICD-10 K35.8), laparoscopic appendectomy on 15 April 2025
Course: uneventful, oral antibiotics (amoxicillin/clavulanic acid 875/125 mg) for 5 days
Expected discharge: 17 April 2025
Fitness to fly: from 22 April 2025 on commercial flight, economy seat acceptable, no escort required

Estimated costs: EUR 7,850 (hospital), EUR 420 (physician fees). Guarantee of payment issued 15/04/2025.

Our medical officer: Dr. Hannah Kessling, GlobalCare Munich
""", title="Medical report GC-25-041877")
    body = """Henrike,

medical report from GlobalCare for the Harrowgate traveller in Malaga, for your file. Cost guarantee already given by them within our delegated limit.

Fiona
"""
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Dr. Henrike Saalfeld <henrike.saalfeld@auenfels.example>",
                      "GC-25-041877 medical report", "2025-04-16 17:48", body=body,
                      atts=[("GC-25-041877_medical_report.pdf", p, PDF)])


def m009():
    meta = ("CONFIDENTIAL", "de", "broker",
            "ZIP from a broker: DOCX buildings application with applicant's birth date and address, PDF SEPA mandate with IBAN; body harmless")
    antrag = docx([
        "Antrag Wohngebäudeversicherung – Auenfels Wohngebäude Premium",
        "Vermittler: Maklerbüro Hartwig & Söhne, Vermittlernr. 0047-2210",
        [["Antragsteller", "Gerhard Olbrich"], ["Geburtsdatum", "02.05.1958"], ["Anschrift", "Im Kirschgarten 12, 34289 Zierenberg"],
         ["Risikoort", "wie Anschrift"], ["Bauart", "Massiv, harte Bedachung, BJ 1974"], ["Wohnfläche", "168 m²"],
         ["Versicherungssumme 1914", "24.600 Mark"], ["Elementar", "ja"], ["Vorschäden letzte 5 Jahre", "1 (Leitungswasser 2021, 3.400 EUR)"]],
        "Ort, Datum: Zierenberg, 19.05.2025 – Unterschrift liegt im Original vor.",
    ])
    sepa = pdf("""SEPA-Lastschriftmandat
Zahlungsempfänger: Auenfels Versicherung AG, Gläubiger-ID DE55ZZZ00000987123
Mandatsreferenz: wird separat mitgeteilt

Kontoinhaber: Gerhard Olbrich
Anschrift: Im Kirschgarten 12, 34289 Zierenberg
IBAN: DE63 5001 0517 0648 2139 77
BIC: INGDDEFFXXX
Zahlungsweise: jährlich

Zierenberg, 19.05.2025       gez. G. Olbrich
""", title="SEPA Mandat")
    z = zip_([("Olbrich_Antrag_WG.docx", antrag), ("Olbrich_SEPA.pdf", sepa)])
    body = """Moin zusammen,

der Antrag Olbrich von Hartwig ist über das Maklerpostfach gekommen, ZIP hängt an. Bitte Policierung wie angefragt, Elementar mit 500 EUR SB.

Viele Grüße
Jens Pawlitzki
Maklerbetreuung

-----Ursprüngliche Nachricht-----
Von: Bernd Hartwig
Betreff: Neuantrag Wohngebäude

Hallo Herr Pawlitzki, anbei der Antrag inkl. Mandat als ZIP. Danke und Gruß B. Hartwig
"""
    return meta, mail("Jens Pawlitzki <jens.pawlitzki@auenfels.example>",
                      "Underwriting Sach <underwriting-sach@auenfels.example>",
                      "WG: Neuantrag Wohngebäude", "2025-05-20 10:02", body=body,
                      atts=[("Antrag_Olbrich.zip", z, ZIP)])


def m010():
    meta = ("NORMAL", "en", "insurer-to-partner",
            "trap: XLSX property-claims statistics for the reinsurer, aggregated by cause and quarter, counts of 'bodily injury' claims but no persons")
    x = xlsx([("Claims 2024", [
        ["Auenfels - Property & Liability claims statistics 2024 (gross, EUR thousand)", "", "", "", "", ""],
        ["Cause", "Q1", "Q2", "Q3", "Q4", "Total"],
        ["Fire", 2140, 1876, 1322, 2990, 8328],
        ["Storm / hail", 4410, 6022, 3105, 1750, 15287],
        ["Burst pipe / escape of water", 3870, 3212, 2980, 4114, 14176],
        ["Natural perils (flood)", 120, 9540, 310, 85, 10055],
        ["General liability - property damage", 1210, 1340, 1118, 1402, 5070],
        ["General liability - bodily injury", 980, 1105, 1433, 870, 4388],
        ["Number of claims > EUR 250k", 3, 9, 2, 4, 18],
    ]), ("Notes", [["Figures as booked at 15/01/2025, IBNR excluded. Bodily injury = third-party liability claims with personal injury, aggregate only."]])])
    body = """Dear Katharina,

ahead of next week's treaty meeting please find the 2024 claims statistics for the property and GTPL treaties. Q2 is dominated by the June flood event; the event file follows separately.

Best regards
Sophie Grünewald
Reinsurance

""" + DISCL_EN
    return meta, mail("Sophie Grünewald <sophie.gruenewald@auenfels.example>",
                      "Katharina Stein <katharina.stein@munich-re-partner.example>",
                      "Treaty meeting - claims statistics 2024", "2025-02-03 15:50", body=body,
                      atts=[("Auenfels_claims_stats_2024.xlsx", x, XLSX)])


def m011():
    meta = ("NORMAL", "de", "internal",
            "trap: HTML-only monthly report with a table of loss ratios per line incl. Kranken/Unfall/Leben; aggregates only")
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>hier der Kurzbericht Schadenquoten per 31.08.2025 (brutto, kumuliert):</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>Sparte</th><th>Beiträge (Mio. EUR)</th><th>Schäden (Mio. EUR)</th><th>Quote</th><th>Vorjahr</th></tr>
<tr><td>Kfz</td><td>212,4</td><td>189,7</td><td>89,3 %</td><td>94,1 %</td></tr>
<tr><td>Wohngebäude</td><td>88,1</td><td>71,9</td><td>81,6 %</td><td>102,5 %</td></tr>
<tr><td>Haftpflicht</td><td>40,7</td><td>21,2</td><td>52,1 %</td><td>55,0 %</td></tr>
<tr><td>Unfall</td><td>35,2</td><td>12,8</td><td>36,4 %</td><td>38,9 %</td></tr>
<tr><td>Kranken (Voll + Zusatz)</td><td>301,9</td><td>236,0</td><td>78,2 %</td><td>77,4 %</td></tr>
<tr><td>Leben Risiko</td><td>27,3</td><td>8,1</td><td>29,7 %</td><td>31,2 %</td></tr>
</table>
<p>Auffällig: Kranken steigt weiter wegen stationärer Kosten, Wohngebäude entspannt sich nach dem Hagel-Vorjahr.</p>
<p>Viele Grüße<br>Controlling Versicherungstechnik<br>Benedikt Raab</p>
</body></html>"""
    return meta, mail("Benedikt Raab <benedikt.raab@auenfels.example>",
                      "Bereichsleiter <bereichsleiter@auenfels.example>",
                      "Kurzbericht Schadenquoten 08/2025", "2025-09-09 07:30", html=html, cte="quoted-printable")


def m012():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "company",
            "inline forward from a care service's HR; ODS enrolment list for company health insurance (bKV) with names, birth dates and dental/inpatient tariffs")
    o = ods([("bKV Anmeldung", [
        ["Sonnenhof Pflegedienst gGmbH – Anmeldung bKV zum 01.07.2025", "", "", "", ""],
        ["Name", "Vorname", "Geburtsdatum", "Tarif", "Mitversicherte Kinder"],
        ["Gerlach", "Anja", "1979-04-23", "bKV Zahn Plus", "nein"],
        ["Mahmoud", "Samira", "1992-10-02", "bKV Zahn Plus + Stationär", "1"],
        ["Pfeiffer", "Jürgen", "1968-01-15", "bKV Zahn Plus", "nein"],
        ["Wróbel", "Katarzyna", "1987-06-30", "bKV Budget 600", "2"],
        ["Schnell", "Tobias", "2001-12-09", "bKV Budget 600", "nein"],
    ])])
    body = """Hallo Svenja,

bitte die Anmeldungen von Sonnenhof einspielen, Gruppenvertrag bKV-2025-0193. Frau Mahmoud und Frau Wróbel wollen Kinder mitversichern, dafür brauchen wir noch die Geburtsdaten der Kinder - frage ich separat an.

Gruß, Heiko

---------- Weitergeleitete Nachricht ---------
Von: Personalbüro Sonnenhof <personal@sonnenhof-pflege.example>
Datum: Mi., 18. Juni 2025 um 11:04
Betreff: Anmeldung bKV
An: Heiko Brandes <heiko.brandes@auenfels.example>

Sehr geehrter Herr Brandes,
wie besprochen die Liste der Mitarbeitenden, die an der bKV teilnehmen. Die restlichen 11 kommen nach dem Teamtreffen.
MfG
Doris Albrecht, Personalbüro
"""
    return meta, mail("Heiko Brandes <heiko.brandes@auenfels.example>",
                      "Svenja Roth <svenja.roth@auenfels.example>",
                      "Fwd: Anmeldung bKV", "2025-06-18 13:40", body=body,
                      atts=[("bKV_Anmeldung_Sonnenhof.ods", o, ODS)], mailer="UA:Mozilla Thunderbird 128.3")


def m013():
    meta = ("CONFIDENTIAL", "en", "insurer-to-company",
            "PDF cargo certificate of insurance for a company policyholder with named contact person and policy/certificate numbers")
    p = pdf("""CERTIFICATE OF INSURANCE - MARINE CARGO
Certificate no. TR-MAR-2024-118 / 0457
Assured: Meridian Freight B.V., Waalhaven Oostzijde 31, 3087 BM Rotterdam
Contact: Mr Joris van der Linde, Insurance & Claims Coordinator
Open cover: TR-MAR-2024-118 (Institute Cargo Clauses (A) 1/1/2009)

Conveyance: MV "Nordic Tern", voyage 2511W
From: Rotterdam  To: Gdynia   Sailing on or about: 14 November 2025
Goods: 22 pallets industrial pumps, packed in seaworthy crates
Insured value: EUR 418,000.00 (CIF + 10 %)
Claims payable at destination via: Baltic Survey Sp. z o.o., Gdynia

Issued at Kassel, 12 November 2025 - Auenfels Versicherung AG, Transport
""", title="Certificate TR-MAR-2024-118/0457")
    body = """Dear Mr van der Linde,

please find attached the certificate for the Gdynia shipment as requested. Please note that the surveyor in Gdynia has changed; the new details are on the certificate.

Kind regards
Aylin Demirtaş
Marine & Commercial Underwriting

""" + DISCL_EN
    return meta, mail("Aylin Demirtaş <aylin.demirtas@auenfels.example>",
                      "Joris van der Linde <j.vanderlinde@meridian-freight.example>",
                      "Certificate TR-MAR-2024-118/0457 - Rotterdam-Gdynia", "2025-11-12 09:55", body=body,
                      atts=[("Certificate_0457.pdf", p, PDF)])


def m014():
    meta = ("NORMAL", "de", "insurer-to-broker",
            "ICS invitation to a broker forum on commercial lines; agenda only, no persons' data")
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Auenfels Versicherung AG//Veranstaltungen//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:maklerforum-gewerbe-2025@auenfels.example
DTSTAMP:20250820T090000Z
DTSTART;TZID=Europe/Berlin:20250925T093000
DTEND;TZID=Europe/Berlin:20250925T163000
SUMMARY:Auenfels Maklerforum Gewerbe 2025
LOCATION:Kongress Palais Kassel\\, Holger-Börner-Platz 1
DESCRIPTION:Agenda: Neues Cyber-Bedingungswerk\\, Flottentarif 2026\\, Gewe
 rbe-Inhalt Elementar\\, Mittagsimbiss\\, Fragerunde mit dem Underwriting.
ORGANIZER;CN=Maklerbetreuung:mailto:maklerbetreuung@auenfels.example
END:VEVENT
END:VCALENDAR
""")
    body = """Sehr geehrte Damen und Herren,

wir laden Sie herzlich zum Maklerforum Gewerbe am 25. September 2025 nach Kassel ein. Die Agenda finden Sie im Kalendereintrag. Bitte melden Sie sich bis 12.09. über das Maklerportal an.

Ihre Maklerbetreuung der Auenfels Versicherung AG

""" + DISCL_DE
    return meta, mail("Maklerbetreuung Auenfels <maklerbetreuung@auenfels.example>",
                      "Assekuranz Felsberg <info@felsberg-assekuranz.example>",
                      "Einladung: Maklerforum Gewerbe 25.09.2025", "2025-08-20 11:00", body=body,
                      atts=[("Maklerforum_Gewerbe_2025.ics", cal, ICS)])


def m015():
    meta = ("STRICTLY_CONFIDENTIAL", "en", "company",
            "forwarded HR mail; XLSX enrolment for international health plan with DOBs and declared pre-existing conditions (asthma, type 2 diabetes, knee surgery)")
    x = xlsx([("Enrolment", [
        ["Northgate Pharma Services Ltd - International Health Plan - new joiners", "", "", "", "", ""],
        ["Employee", "DOB", "Country of assignment", "Cover level", "Dependants", "Pre-existing conditions declared"],
        ["Rachel Ostrowski", "1988-03-12", "Germany", "Gold", "spouse (Mark, 1987-07-02)", "asthma, uses salbutamol inhaler"],
        ["Daniel Achterberg", "1975-09-25", "Switzerland", "Gold", "none", "type 2 diabetes, metformin 1000 mg"],
        ["Sunita Rao", "1993-01-30", "Germany", "Silver", "none", "none"],
        ["Callum Reid", "1981-11-04", "Austria", "Silver", "2 children", "ACL reconstruction right knee 2019"],
    ])])
    body = """Hi Fiona,

forwarding the joiners list from Northgate HR - could medical underwriting look at Mr Achterberg and Mr Reid before we confirm cover? The others look straightforward.

Cheers,
Marius

-----Original Message-----
From: Gareth Aldous <g.aldous@northgate-pharma.example>
Sent: 02 July 2025 09:14
To: Marius Engel <marius.engel@auenfels.example>
Subject: IHP new joiners July

Hello Marius, new joiners attached incl. the health declarations they filled in. Start date 1 August please. Regards, Gareth
"""
    return meta, mail("Marius Engel <marius.engel@auenfels.example>",
                      "Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "FW: IHP new joiners July", "2025-07-02 10:31", body=body,
                      atts=[("IHP_joiners_July2025.xlsx", x, XLSX)], mailer="Microsoft Outlook 16.0")

# =============================================================== mails 016-030

def m016():
    meta = ("CONFIDENTIAL", "de", "company",
            "driving school's XLSX of named drivers with birth dates and licence data for the fleet policy; body harmless")
    x = xlsx([("Fahrer", [
        ["Fahrschule Kranich – berechtigte Fahrer Flottenvertrag KF-FL-2203", "", "", "", ""],
        ["Name", "geb.", "Führerschein seit", "Klassen", "Fahrzeuge"],
        ["Kranich, Holger (Inhaber)", "14.06.1969", "1987", "A, B, BE, C, CE", "alle"],
        ["Bauer, Melanie", "02.02.1985", "2003", "A, B, BE", "KS-FK 1, KS-FK 2, KS-FK 7 (Motorrad)"],
        ["Çelik, Murat", "21.09.1990", "2008", "B, BE, C1", "KS-FK 3, KS-FK 4"],
        ["Lange, Peter", "07.11.1958", "1976", "A, B, BE, C, CE, D", "KS-FK 5 (Lkw)"],
    ])])
    body = """Hallo Marco,

Herr Kranich hat die Fahrerliste für die Flotte aktualisiert (neuer Fahrlehrer Herr Çelik). Bitte im Vertrag hinterlegen, Fahrerkreis bleibt "benannte Fahrer".

LG Tobias

Anfang der weitergeleiteten Nachricht:
> Von: info@fahrschule-kranich.example
> Betreff: Fahrerliste neu
> Datum: 28. Januar 2025 um 19:03:55 MEZ
>
> Hallo Herr Reinholt, hier die aktuelle Liste. Gruß Kranich
>
> Von meinem iPhone gesendet
"""
    return meta, mail("Tobias Reinholt <tobias.reinholt@auenfels.example>",
                      "Marco Bellini <marco.bellini@auenfels.example>",
                      "WG: Fahrerliste neu", "2025-01-29 08:07", body=body,
                      atts=[("Fahrerliste_2025.xlsx", x, XLSX)])


def m017():
    meta = ("NORMAL", "en", "newsletter",
            "trap: broker newsletter (text+HTML) and product PDF on dental and travel-health tariffs with example premiums; no persons")
    p = pdf("""Auenfels TravelCare Business - product sheet 2025
Emergency medical expenses abroad: unlimited (USA/Canada up to EUR 2 million)
Repatriation when medically necessary and reasonable
Hospital daily cash abroad: optional, EUR 25 / 50 per day
Dental treatment abroad: pain-relieving treatment, simple fillings, repair of dentures
Pre-existing conditions: covered if no treatment was planned before departure
Example premium: trips up to 45 days, worldwide, per employee EUR 38.00 per year
""", title="TravelCare Business")
    text = """Auenfels Broker Update - Q2 2025

1. New dental tariff "ZahnPlus 90": 90 % for dentures and implants, no waiting period for accidents.
2. TravelCare Business: new pricing from 1 July, see attached product sheet.
3. Portal: bulk upload of traveller lists now accepts XLSX and CSV.

You receive this newsletter as a registered broker of Auenfels Versicherung AG. Unsubscribe: https://makler.auenfels.example/newsletter
"""
    html = """<html><body><h2 style="color:#0b4f6c">Auenfels Broker Update &ndash; Q2 2025</h2>
<ol><li><b>New dental tariff &bdquo;ZahnPlus 90&ldquo;</b>: 90&nbsp;% for dentures and implants, no waiting period for accidents.</li>
<li><b>TravelCare Business</b>: new pricing from 1 July, see attached product sheet.</li>
<li><b>Portal</b>: bulk upload of traveller lists now accepts XLSX and CSV.</li></ol>
<p style="font-size:9pt;color:#666">You receive this newsletter as a registered broker of Auenfels Versicherung AG.
<a href="https://makler.auenfels.example/newsletter">Unsubscribe</a></p></body></html>"""
    return meta, mail("Auenfels Broker Update <newsletter@auenfels.example>",
                      "Clearwater Insurance Brokers <info@clearwater-brokers.example>",
                      "Broker Update Q2: ZahnPlus 90 and new TravelCare pricing", "2025-06-02 06:00",
                      body=text, html=html, atts=[("TravelCare_Business_2025.pdf", p, PDF)],
                      headers=[("List-Unsubscribe", "<https://makler.auenfels.example/newsletter>")])


def m018():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "provider",
            "bill-review provider's CSV with policy numbers, patient names, GOÄ positions, diagnoses and cuts; body only says 'Prüfergebnisse KW 14'")
    c = csv_("""Vorgang;Versicherungsnr;Versicherte Person;Rechnungssteller;Datum;GOÄ-Nr;Faktor;Betrag;Diagnose;Ergebnis;Kürzung
MP-88120;KV 5503 881 2;Beate Lorenz;Dr. med. F. Haas, Orthopädie;12.03.2025;5031;2,3;156,12;M51.2 Bandscheibenverlagerung LWS;Faktor > 2,3 nicht begründet;0,00
MP-88121;KV 5503 881 2;Beate Lorenz;Praxis Physiomed;14.03.2025;—;—;384,00;M51.2;Analog abgerechnet, Heilmittelverz.;96,00
MP-88133;KV 7120 044 9;Jakob Steinmetz;Klinikum Nordhessen;03.03.2025;—;—;2.310,40;F32.1 mittelgradige depressive Episode;Wahlleistung Chefarzt, keine Vereinbarung;612,00
MP-88140;KV 6611 902 1;Elif Aksoy;Zahnarztpraxis Weinberg;20.02.2025;GOZ 2210;3,5;1.120,80;K02.1 Karies Dentin;Begründung fehlt;214,50
""", "windows-1252")
    body = """Hallo Frau Dr. Saalfeld,

anbei die Prüfergebnisse KW 14 aus dem Rechnungsprüfungsportal von MedPrüf. Bei Steinmetz bitte Rücksprache, da der Kunde bereits Widerspruch angekündigt hat.

Gruß
Nils Harder
Leistung Kranken, Team 2

-----Ursprüngliche Nachricht-----
Von: Auswertung MedPrüf <auswertung@medpruef.example>
Gesendet: Dienstag, 8. April 2025 06:15
Betreff: Prüfergebnisse KW 14 - Auenfels
Automatisch erzeugte Nachricht. Bitte nicht antworten.
"""
    return meta, mail("Nils Harder <nils.harder@auenfels.example>",
                      "Dr. Henrike Saalfeld <henrike.saalfeld@auenfels.example>",
                      "WG: Prüfergebnisse KW 14 - Auenfels", "2025-04-08 09:44", body=body,
                      atts=[("pruefergebnisse_kw14.csv", c, CSV)])


def m019():
    meta = ("CONFIDENTIAL", "de", "insurer-to-broker",
            "commission statement PDF for a sole-trader broker (natural person) with her IBAN and tax number; body harmless")
    p = pdf("""Auenfels Versicherung AG - Provisionsabrechnung 03/2025
Vermittlerin: Sabine Thielmann e.K., Versicherungsmaklerin, Vermittlernr. 0047-3981
Schillerstraße 9, 37213 Witzenhausen
Steuernummer 026 815 20447, umsatzsteuerfrei nach § 4 Nr. 11 UStG

Sparte   Vertrag          Kunde (Kurzname)   Beitrag      Satz     Provision
Hausrat  HR 31 907 455    Meinhardt, K.      214,80 EUR   25 %      53,70 EUR
Kfz      KF-4471-0923     Ruppert, T.        688,20 EUR    6 %      41,29 EUR
PHV      PH 20 118 776    Ozturk, S.          89,90 EUR   25 %      22,48 EUR
Storno   HR 31 880 102    Wegner, L.        -198,00 EUR   25 %     -49,50 EUR

Summe Provision: 67,97 EUR
Auszahlung am 15.04.2025 auf: DE10 2004 1133 0772 1590 44 (Kontoinhaberin Sabine Thielmann)
""", title="Provisionsabrechnung 03/2025")
    body = """Guten Tag Frau Thielmann,

anbei Ihre Provisionsabrechnung für März. Der Storno Wegner ist die Kündigung zum 01.03., die Sie schon kennen.

Viele Grüße aus Kassel
Gisela Brandhorst
Provisionsabrechnung

""" + DISCL_DE
    return meta, mail("Gisela Brandhorst <gisela.brandhorst@auenfels.example>",
                      "Sabine Thielmann <kontakt@thielmann-versicherungen.example>",
                      "Provisionsabrechnung 03/2025", "2025-04-10 14:12", body=body,
                      atts=[("Provision_0047-3981_2025-03.pdf", p, PDF)])


def m020():
    meta = ("NORMAL", "de", "internal",
            "trap: DOCX minutes of a data-protection jour fixe about how to handle employee lists with health data from company customers; no persons' data")
    d = docx([
        "Protokoll Jour fixe Datenschutz – Firmenkundengeschäft",
        "Datum: 06.05.2025, 10:00–11:15, Raum K 3.12 / Teams",
        "Teilnehmende: K. Vollmer (DSB), M. Okonkwo-Lenz (bAV), R. Kluthe (Unfall), H. Brandes (bKV), F. McAllister (International)",
        "TOP 1: Firmenkunden schicken Listen mit Krankheitstagen, Diagnosen oder Arbeitsunfähigkeiten unverschlüsselt per Mail.",
        "Beschluss: Solche Listen werden nicht weitergeleitet, sondern im Portal-Postfach abgelegt. Kunden erhalten das Merkblatt 'Sicher senden'.",
        "TOP 2: Reisendenlisten mit Geburtsdaten – reichen Initialen + Geburtsjahr? Underwriting prüft bis Juni.",
        "TOP 3: bAV-Bestandslisten an Arbeitgeber gelten als streng vertraulich (Lebensversicherung) – Versand nur verschlüsselt.",
        [["Aufgabe", "Wer", "Bis"], ["Merkblatt 'Sicher senden' aktualisieren", "Vollmer", "31.05."],
         ["Portal-Upload für ZIP-Dateien testen", "IT / Nowak-Schell", "15.06."],
         ["Schulung Firmenkundenteams", "Vollmer", "Q3"]],
        "Nächster Termin: 03.06.2025",
    ])
    body = """Hallo zusammen,

anbei das Protokoll vom Dienstag. Bitte Aufgaben prüfen und Korrekturen bis Freitag an mich.

Karsten Vollmer
Datenschutzbeauftragter
"""
    return meta, mail("Karsten Vollmer <karsten.vollmer@auenfels.example>",
                      "JF Datenschutz Firmenkunden <jf-datenschutz-fk@auenfels.example>",
                      "Protokoll JF Datenschutz 06.05.", "2025-05-07 16:20", body=body,
                      atts=[("Protokoll_JF_DS_2025-05-06.docx", d, DOCX)])


def m021():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "company",
            "windows-1252 quoted-printable forward; DOCX leaver form for a named employee's direct-insurance (life) contract with the choice to continue privately; no health word")
    d = docx([
        "Kessler & Voss Maschinenbau GmbH – Personalabteilung",
        "Meldung Ausscheiden Mitarbeiter / Direktversicherung",
        [["Mitarbeiter", "Udo Schwalm"], ["Personalnummer", "1187"], ["Vertragsnummer", "DV 88 204 140"],
         ["Austritt zum", "30.06.2025"], ["Grund", "Eintritt in den Ruhestand (vorgezogen)"],
         ["Gewünschte Fortführung", "private Fortführung mit eigenen Beiträgen, 302,00 EUR mtl."],
         ["Neue Anschrift", "Rosenstraße 4, 34302 Guxhagen"]],
        "Datum/Unterschrift: 12.05.2025, K. Albers i.A.",
    ])
    body = """Hallo Frau Okonkwo-Lenz,

anbei die Austrittsmeldung von Kessler & Voss, kam per Post und Mail. Übernehmen Sie die Umstellung auf private Fortführung?

Viele Grüße
Frank Heßler
Bestandsservice Leben

-------- Original-Nachricht --------
Betreff: Ausscheiden Hr. Schwalm
Von: Kirsten Albers <k.albers@kv-maschinenbau.example>
An: bestandsservice-leben@auenfels.example

Sehr geehrte Damen und Herren,
anbei die Meldung, Herr Schwalm möchte weiter zahlen. Bitte bestätigen Sie den Eingang.
Mit freundlichen Grüßen
K. Albers
"""
    return meta, mail("Frank Heßler <frank.hessler@auenfels.example>",
                      "Miriam Okonkwo-Lenz <miriam.okonkwo-lenz@auenfels.example>",
                      "WG: Ausscheiden Hr. Schwalm", "2025-05-13 11:25", body=body,
                      charset="windows-1252", cte="quoted-printable",
                      atts=[("Austritt_Schwalm.docx", d, DOCX)])


def m022():
    meta = ("NORMAL", "en", "insurer-to-broker",
            "trap: CSV sample bordereau with dummy persons ('TEST PERSON 001'), placeholder DOB 01/01/1900 and injury codes, explicitly test data")
    c = csv_("""policy_ref,member_id,surname,forename,dob,event_date,claim_type,injury_code,amount_gbp,status
TEST-0000,T001,TEST PERSON,001,01/01/1900,01/01/2025,MED,XXX.X,0.00,OPEN
TEST-0000,T002,TEST PERSON,002,01/01/1900,01/01/2025,PA,XXX.X,1.00,CLOSED
TEST-0000,T003,TEST PERSON,003,01/01/1900,31/12/2025,BAGGAGE,,99999.99,REOPENED
""")
    body = """Hi Priya,

as discussed, here is a dummy bordereau in the new v3 layout so your IT can test the upload before we switch over on 1 October. All rows are test records - please do not send live data to the test endpoint.

Field definitions are unchanged except injury_code, which now takes ICD-10 format (e.g. S82.6) in live files.

Best,
Marius Engel
International Business Desk
"""
    return meta, mail("Marius Engel <marius.engel@auenfels.example>",
                      "Priya Raman <priya.raman@clearwater-brokers.example>",
                      "Bordereau v3 - dummy file for testing", "2025-09-04 10:10", body=body,
                      atts=[("bordereau_v3_DUMMY.csv", c, CSV)])


def m023():
    meta = ("CONFIDENTIAL", "en", "broker",
            "ZIP with D&O renewal submission: directors' list XLSX with names, dates of birth and home countries, plus company financials PDF")
    dirs = xlsx([("Directors", [
        ["Name", "Position", "Date of birth", "Appointed", "Residence"],
        ["Gareth Aldous", "Managing Director", "1969-05-17", "2014-03-01", "United Kingdom"],
        ["Dr. Claudia Fenwick", "Chief Financial Officer", "1974-12-08", "2019-09-01", "United Kingdom"],
        ["Thomas Berger", "Director Operations Germany", "1980-02-26", "2021-01-15", "Germany"],
        ["Anjali Mehta", "Non-executive Director", "1962-08-03", "2022-06-30", "Ireland"],
    ])])
    fin = pdf("""Northgate Pharma Services Ltd - key financials (GBP thousand)
                       FY2022     FY2023     FY2024
Revenue                41,220     46,980     52,410
EBIT                    3,105      3,870      4,466
Total assets           28,900     31,450     35,020
Equity ratio            38 %       41 %       43 %
No litigation pending. No insolvency of subsidiaries.
""", title="Key financials")
    z = zip_([("Northgate_directors.xlsx", dirs), ("Northgate_financials_FY24.pdf", fin)])
    orig = inner("Owen Pritchard <owen.pritchard@clearwater-brokers.example>",
                 "Aylin Demirtaş <aylin.demirtas@auenfels.example>",
                 "Northgate Pharma - D&O renewal 01/10/2025",
                 "2025-08-14 16:02 +0100",
                 body="""Aylin,

renewal submission for Northgate's D&O (policy DO 7741023) attached as a zip: directors schedule and key financials. No claims or circumstances to declare. Client would like to increase the limit from EUR 5m to EUR 7.5m.

Regards
Owen Pritchard
Clearwater Insurance Brokers Ltd - Financial Lines
""", atts=[("Northgate_DO_renewal_2025.zip", z, ZIP)])
    body = """Hallo Carsten,

D&O-Verlängerung Northgate mit Limiterhöhung - kannst du dir das bis Ende August anschauen? Submission hängt als Originalmail an.

Danke
Aylin
"""
    return meta, mail("Aylin Demirtaş <aylin.demirtas@auenfels.example>",
                      "Carsten Vogt <carsten.vogt@auenfels.example>",
                      "WG: Northgate Pharma - D&O renewal 01/10/2025", "2025-08-15 08:40", body=body,
                      atts=[orig])


def m024():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
            "body harmless; PDF settlement of a group accident benefit for a named employee with degree of disability for a wrist fracture")
    p = pdf("""Auenfels Versicherung AG – Gruppen-Unfallversicherung GU-2019-00417
Versicherungsnehmerin: Brenner Logistik GmbH, Industriestraße 41, 34123 Kassel

Leistungsabrechnung Schaden-Nr. U-25-10233
Versicherte Person: Dragan Petrović, Pers.-Nr. 40117
Unfalltag: 02.10.2025 – Sturz von der Ladebordwand

Ärztlich festgestellte Unfallfolgen: distale Radiusfraktur links, operativ versorgt (Plattenosteosynthese)
Bemessung Invalidität: Funktionsbeeinträchtigung Hand im Handgelenk 2/10 Handwert
Handwert 55 % x 2/10 = 11 % Invalidität
Grundsumme 100.000 EUR, Progression 225 % – bei 11 % keine Progression
Invaliditätsleistung: 11.000,00 EUR
Krankenhaustagegeld: 2 Tage x 30,00 EUR = 60,00 EUR
Gesamt: 11.060,00 EUR – Zahlung an die Versicherungsnehmerin zur Weiterleitung an die versicherte Person
""", title="Leistungsabrechnung U-25-10233")
    body = """Sehr geehrte Frau Marx,

anbei erhalten Sie die Leistungsabrechnung zum gemeldeten Unfall aus Ihrer Oktober-Liste. Bitte leiten Sie den Betrag wie im Vertrag vorgesehen an den Mitarbeiter weiter.

Mit freundlichen Grüßen
Jana Lüders
Leistung Unfall

""" + DISCL_DE
    return meta, mail("Jana Lüders <jana.lueders@auenfels.example>",
                      "Tanja Marx <t.marx@brenner-logistik.example>",
                      "Ihre Meldung vom 03.11. - Abrechnung", "2026-02-17 10:05", body=body,
                      atts=[("Abrechnung_U-25-10233.pdf", p, PDF)])


def m025():
    meta = ("NORMAL", "de", "supplier",
            "trap: scanning supplier's XLSX price list per document type ('Arztrechnungen', 'Rezepte', 'Gehaltsnachweise'); no persons")
    x = xlsx([("Preisblatt 2026", [
        ["ScanLogistik GmbH – Preisblatt Posteingangsdigitalisierung 2026", "", ""],
        ["Dokumentart", "Preis je 1.000 Seiten (EUR)", "Bemerkung"],
        ["Standardbriefe, Kündigungen, Adressänderungen", 38.50, "inkl. OCR"],
        ["Arztrechnungen, Rezepte, Heil- und Kostenpläne", 52.00, "inkl. Feldextraktion GOÄ/GOZ"],
        ["Gehaltsnachweise, Kontoauszüge", 45.00, "Schwärzung optional +8,00"],
        ["Schadenfotos, Gutachten (gebunden)", 61.00, "Entheftung inkl."],
        ["Expressverarbeitung < 4 h", "Aufschlag 25 %", ""],
    ])])
    body = """Hallo Frau Wollny,

ScanLogistik hat das Preisblatt 2026 geschickt, siehe Anhang. Die Arztrechnungen werden 4 % teurer, der Rest bleibt fast gleich. Ich würde vorschlagen, dass wir das im Einkaufsgremium am 14. durchwinken.

Gruß
Thomas Ebeling
Einkauf

> Von: vertrieb@scanlogistik.example
> Anbei unser Preisblatt für 2026 mit der Bitte um Freigabe bis 30.11. Mit freundlichen Grüßen, Ihr ScanLogistik-Team
"""
    return meta, mail("Thomas Ebeling <thomas.ebeling@auenfels.example>",
                      "Petra Wollny <petra.wollny@auenfels.example>",
                      "WG: Preisblatt 2026 Posteingang", "2025-11-05 15:17", body=body,
                      atts=[("ScanLogistik_Preisblatt_2026.xlsx", x, XLSX)])


def m026():
    meta = ("CONFIDENTIAL", "de", "company",
            "property manager's XLSX of tenants affected by a burst pipe (names, flats, phone numbers) under buildings policy; 'verletzt wurde niemand'")
    x = xlsx([("Betroffene Wohnungen", [
        ["Objekt Goethestraße 58, 34119 Kassel – Leitungswasserschaden vom 17.01.2025", "", "", ""],
        ["Wohnung", "Mieter/in", "Telefon", "Schaden"],
        ["EG links", "Renate Vollbrecht", "0561 4402871", "Decke durchfeuchtet, Laminat Flur"],
        ["EG rechts", "Familie Dimitriou", "0176 55120934", "Keller-Abteil, Kartons"],
        ["1. OG links (Ursprung)", "Leon Fassbinder", "0151 22718806", "Bad, Küche, Wand zum Treppenhaus"],
        ["", "", "", ""],
        ["Hinweis: verletzt wurde niemand. Trocknungsfirma beauftragt (Fa. Trockenbau Mehler)."],
    ])])
    body = """Hallo zusammen,

Schadenmeldung zur Wohngebäudeversicherung WG-22-118-04 der Hausverwaltung Pohl, Liste der betroffenen Mieter im Anhang. Bitte Schadennummer an Frau Pohl zurück.

Gruß
Lea Sturm
Schadenannahme Sach
---
Von: Carola Pohl <c.pohl@hv-pohl-partner.example>
Gesendet: 20.01.2025
Betreff: Wasserschaden Goethestr. 58
Guten Tag, wie telefonisch gemeldet anbei die Aufstellung. Fotos folgen. C. Pohl, Hausverwaltung Pohl & Partner
"""
    return meta, mail("Lea Sturm <lea.sturm@auenfels.example>",
                      "Schaden Sach <schaden-sach@auenfels.example>",
                      "WG: Wasserschaden Goethestr. 58", "2025-01-20 12:31", body=body,
                      atts=[("Aufstellung_Goethestr58.xlsx", x, XLSX)])


def m027():
    meta = ("STRICTLY_CONFIDENTIAL", "en", "provider",
            "UK claims administrator's monthly bordereau XLSX: employer's liability claimants by name with injuries (back strain, laceration, NIHL) and reserves")
    x = xlsx([("EL bordereau Sep-25", [
        ["Thamesbridge Claims Services - Employers' Liability bordereau - September 2025", "", "", "", "", "", ""],
        ["Claim ref", "Insured", "Claimant", "Date of loss", "Injury", "Reserve GBP", "Status"],
        ["TB-EL-55102", "Harrowgate Consulting Ltd", "Mr Kieran Doyle", "2025-06-11", "lower back strain lifting archive boxes", 8500, "open - liability admitted"],
        ["TB-EL-55117", "Northgate Pharma Services Ltd", "Ms Leanne Platt", "2025-07-29", "laceration left forearm, 6 stitches, broken glassware", 3200, "open"],
        ["TB-EL-55140", "Northgate Pharma Services Ltd", "Mr Stuart Greig", "2019-2025 (disease)", "noise-induced hearing loss, both ears", 14750, "open - solicitor letter received"],
    ])])
    body = """Hi Sophie,

September EL bordereau from Thamesbridge, please include in the quarterly reinsurance report. Greig is a disease claim so may need the separate aggregate.

Thanks,
Fiona

> From: bordereaux@thamesbridge-claims.example
> Sent: 06 October 2025 07:00
> Subject: [Auto] Auenfels EL bordereau 2025-09
> Please find attached the monthly bordereau. This is an automated message.
"""
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Sophie Grünewald <sophie.gruenewald@auenfels.example>",
                      "FW: [Auto] Auenfels EL bordereau 2025-09", "2025-10-06 09:02", body=body,
                      atts=[("Auenfels_EL_bdx_2025-09.xlsx", x, XLSX)], mailer="Microsoft Outlook 16.0")


def m028():
    meta = ("NORMAL", "en", "internal",
            "trap: DOCX job ad for a health claims handler (medical terminology, salary band); no applicant data")
    d = docx([
        "Claims Handler International Health (m/f/d) - Kassel or remote within Germany",
        "You assess medical invoices from policyholders living abroad, check treatment against policy terms, liaise with hospitals and assistance partners, and handle cost guarantees.",
        "You bring: training as medical assistant, nurse or insurance specialist; fluent English, good German; knowledge of ICD-10 and international billing (CPT, DRG) is a plus.",
        "We offer: salary band T7/T8 of the insurance collective agreement (approx. EUR 52,000-61,000 p.a.), 30 days leave, company health insurance (bKV), JobRad.",
        "Contact: Talent Acquisition, jobs@auenfels.example, reference INT-HEALTH-2025-07",
    ])
    body = """Hi Corinna,

here's the final text for the international health claims position - Henrike has approved it. Could you publish on the careers page and LinkedIn from Monday?

Thanks
Fiona
"""
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Corinna Maaß <corinna.maass@auenfels.example>",
                      "Job ad INT-HEALTH-2025-07 final", "2025-07-10 14:46", body=body,
                      atts=[("Job_ad_Claims_Handler_International_Health.docx", d, DOCX)])


def m029():
    meta = ("CONFIDENTIAL", "en", "insurer-to-company",
            "PDF cyber policy schedule for a company policyholder naming the CTO as contact, policy number and limits")
    p = pdf("""Auenfels CyberProtect - Policy Schedule
Policy number: CY-2025-0042
Policyholder: TechNova Software GmbH, Friedrich-Ebert-Str. 77, 34117 Kassel
Contact for incident response: Mr Sven Hollenbach, CTO, mobile +49 171 5530218
Period: 01/03/2025 - 28/02/2026 (00:00 CET)
Limit: EUR 3,000,000 aggregate; business interruption EUR 1,000,000; waiting period 12 hours
Deductible: EUR 10,000
Incident response hotline: 0800 2837 335 (24/7, partner: SecuResponse GmbH)
Premium: EUR 18,940.00 plus 19 % insurance tax
""", title="CY-2025-0042 schedule")
    body = """Dear Mr Hollenbach,

please find attached the schedule for your cyber policy. As agreed, you are named as the first contact for the incident response service; please let us know if that changes.

Kind regards
Carsten Vogt
Financial Lines Underwriting

""" + DISCL_EN
    return meta, mail("Carsten Vogt <carsten.vogt@auenfels.example>",
                      "Sven Hollenbach <s.hollenbach@technova.example>",
                      "Your cyber policy CY-2025-0042", "2025-02-26 16:31", body=body,
                      atts=[("CY-2025-0042_schedule.pdf", p, PDF)])


def m030():
    meta = ("NORMAL", "de", "insurer-to-company",
            "trap: blank group-accident application PDF with fields 'Name', 'Geburtsdatum', health questions - no answers filled in")
    p = pdf("""Antrag Gruppen-Unfallversicherung (Firmenkunden)
1. Versicherungsnehmer (Firma): ______________________________
   Ansprechpartner: ______________________  Telefon: ______________
2. Versicherte Personen: Anzahl Gefahrengruppe A ____  B ____
   Namentliche Meldung erforderlich?  [ ] ja   [ ] nein (Summenversicherung)
3. Leistungsarten: Invalidität ______ EUR  Progression [ ]225 [ ]350 [ ]500 %
   Todesfall ______ EUR   Krankenhaustagegeld ______ EUR
4. Gesundheitsfragen (nur bei namentlicher Versicherung, je Person gesondert):
   Bestehen Krankheiten oder Gebrechen? Bezieht die Person eine Rente wegen Erwerbsminderung?
5. Zahlungsweise: [ ] jährlich  [ ] halbjährlich   IBAN: DE__ ____ ____ ____ ____ __
Ort, Datum, Unterschrift: ______________________________
""", title="Antrag GU Firmenkunden")
    body = """Sehr geehrter Herr Okafor,

wie gewünscht erhalten Sie unseren Antrag für eine Gruppen-Unfallversicherung als PDF zum Ausfüllen. Bei einer Summenversicherung ohne Namensnennung entfallen die Gesundheitsfragen.

Für Rückfragen stehe ich gerne zur Verfügung.

Mit freundlichen Grüßen
Rainer Kluthe
Firmenkunden Unfall

""" + DISCL_DE
    return meta, mail("Rainer Kluthe <rainer.kluthe@auenfels.example>",
                      "Chidi Okafor <c.okafor@okafor-bau.example>",
                      "Antrag Gruppen-Unfall", "2025-03-03 10:48", body=body,
                      atts=[("Antrag_Gruppenunfall_blanko.pdf", p, PDF)])

# =============================================================== mails 031-045

def m031():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "company",
            "club's accident report forwarded as message/rfc822; PDF names a 16-year-old player with birth date and a torn cruciate ligament, MRI and surgery date")
    p = pdf("""Unfallanzeige – Sportunfallversicherung Verein
Versicherungsnehmer: SV Grün-Weiß Ahlten e.V., Vertrag SU-VB-1187
Verletzte Person: Mika Hoffmeister, geb. 11.04.2009, Mitglied seit 2016, Abteilung Fußball (B-Jugend)
Unfalltag/-zeit: 14.09.2025, 11:20 Uhr, Punktspiel gegen TSV Wennigsen
Hergang: Bei einem Zweikampf ohne Fremdeinwirkung mit dem rechten Knie verdreht
Verletzung: Riss des vorderen Kreuzbandes rechts, Innenmeniskuseinriss (MRT vom 17.09.2025)
Erstbehandlung: Notaufnahme KRH Lehrte; weiterbehandelnder Arzt: Dr. med. Ole Brinkmann, Orthopädie Hannover
OP geplant: 02.10.2025 (Kreuzbandplastik)
Erziehungsberechtigte: Nadine Hoffmeister, Tel. 0170 9923416
Ort, Datum: Lehrte, 19.09.2025 – gez. Wolfgang Tegtmeyer, 1. Vorsitzender
""", title="Unfallanzeige Hoffmeister")
    orig = inner("Wolfgang Tegtmeyer <vorstand@gruen-weiss-ahlten.example>",
                 "Schaden Unfall <schaden-unfall@auenfels.example>",
                 "Unfallanzeige B-Jugend",
                 "2025-09-19 21:37",
                 body="""Sehr geehrte Damen und Herren,

anbei die Unfallanzeige für unseren Spieler. Die Eltern fragen ob die Physio bezahlt wird.

Sportliche Grüße
W. Tegtmeyer
SV Grün-Weiß Ahlten e.V.
""", atts=[("Unfallanzeige_Hoffmeister.pdf", p, PDF)])
    body = """Hallo Jana,

Vereinsunfall aus der Sportunfallversicherung, ich habe die Originalmail angehängt. Anlage bitte in den Akt, Schaden ist angelegt unter U-25-09871.

Gruß
Lea
"""
    return meta, mail("Lea Sturm <lea.sturm@auenfels.example>",
                      "Jana Lüders <jana.lueders@auenfels.example>",
                      "WG: Unfallanzeige B-Jugend", "2025-09-22 08:15", body=body, atts=[orig])


def m032():
    meta = ("CONFIDENTIAL", "de", "company",
            "club's CSV of board and volunteer members with birth dates for association liability / volunteers cover; no health data")
    c = csv_("""Name;Vorname;Geburtsdatum;Funktion;Ehrenamt seit
Tegtmeyer;Wolfgang;03.03.1961;1. Vorsitzender;2004
Ahrens;Birgit;19.07.1972;Kassiererin;2011
Özdemir;Kerem;28.12.1995;Jugendtrainer B-Jugend;2018
Lammers;Gesine;14.05.1948;Platzwartin;1999
Hoffmann;Philipp;06.10.2003;Schiedsrichter;2021
""", "iso-8859-1")
    body = """Hallo Aylin,

der Verein hat für die Vereinshaftpflicht / Ehrenamtsbausteine eine Liste der Funktionsträger geschickt (Vertrag VH 14 550 208). Wir brauchen eigentlich nur die Anzahl, soll ich die Liste trotzdem ablegen?

Gruß
Ilka Sommer
"""
    return meta, mail("Ilka Sommer <ilka.sommer@auenfels.example>",
                      "Aylin Demirtaş <aylin.demirtas@auenfels.example>",
                      "Vereinshaftpflicht SV Grün-Weiß - Funktionsträgerliste", "2025-02-27 13:33", body=body, charset="iso-8859-1", cte="8bit",
                      atts=[("Funktionstraeger_SVGW.csv", c, CSV, "iso-8859-1")])


def m033():
    meta = ("NORMAL", "en", "insurer-to-partner",
            "trap: ODS comparing actual vs expected deaths by age band in the group life book for the reinsurer; aggregates only")
    o = ods([("A vs E", [
        ["Group life portfolio - actual vs expected mortality 2020-2024", "", "", "", ""],
        ["Age band", "Exposure (life years)", "Expected deaths (DAV 2008 T)", "Actual deaths", "A/E"],
        ["18-34", 41220, 19.8, 14, 0.71],
        ["35-49", 52310, 61.2, 52, 0.85],
        ["50-59", 28405, 98.7, 91, 0.92],
        ["60-67", 9870, 70.4, 77, 1.09],
        ["Total", 131805, 250.1, 234, 0.94],
    ]), ("Causes", [
        ["Cause group (ICD-10 chapter)", "Share of deaths"],
        ["Neoplasms (C00-D48)", "41 %"],
        ["Circulatory (I00-I99)", "23 %"],
        ["External causes (V01-Y98)", "14 %"],
        ["Other", "22 %"],
    ])])
    body = """Dear Katharina,

attached the A/E analysis for the group life quota share as promised. Cells below 10 deaths have been merged into 'Other'. The 60-67 band is slightly above expected; we think it is random, but happy to discuss.

Best regards
Sophie
"""
    return meta, mail("Sophie Grünewald <sophie.gruenewald@auenfels.example>",
                      "Katharina Stein <katharina.stein@munich-re-partner.example>",
                      "Group life A/E 2020-2024", "2025-05-21 12:12", body=body,
                      atts=[("GL_AvsE_2020-2024.ods", o, ODS)])


def m034():
    meta = ("STRICTLY_CONFIDENTIAL", "en", "company",
            "inline forward from employer HR: employee fell ill on a business trip; attached doctor's certificate PDF with gastroenteritis diagnosis and sick days")
    p = pdf("""Clinica Santa Lucia - Lisboa
Medical certificate / Atestado médico

Patient: Lukas Brandt, date of birth 22/11/1979, passport C4F2K8811 (DE)
Seen on: 19/05/2025 at 08:10
Findings: acute gastroenteritis with dehydration (A09.9), IV fluids 2 litres, ondansetron 4 mg
Advice: rest, unfit to work and unfit to fly 19/05/2025 - 21/05/2025
Invoice no. 25-004412: EUR 640.00 (paid by patient by credit card)

Dr. Marta Carvalho, Medicina Interna
""", title="Atestado Brandt")
    body = """Hi Nils,

travel health claim for a Harrowgate employee (policy RT/24/77310), see HR's note below. He paid the clinic himself and wants reimbursement; also rebooked his flight.

Fiona

---------- Forwarded message ---------
From: Helen Cartwright <hr@harrowgate-consulting.example>
Date: Thu, 22 May 2025 at 15:06
Subject: Lukas - clinic in Lisbon
To: Fiona McAllister <fiona.mcallister@auenfels.example>

Dear Fiona,
Lukas was taken ill in Lisbon on the way back from Brazil and had to stay two extra nights. Certificate attached. Flight change cost GBP 212, receipt to follow.
Best, Helen

Helen Cartwright | People Team | Harrowgate Consulting Ltd
"""
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Nils Harder <nils.harder@auenfels.example>",
                      "Fwd: Lukas - clinic in Lisbon", "2025-05-22 16:20", body=body,
                      atts=[("certificate_Brandt.pdf", p, PDF)])


def m035():
    meta = ("NORMAL", "de", "internal",
            "trap: IT ticket with validation log about missing 'Geburtsdatum'/'IBAN' columns in broker uploads; no values, only column names and row numbers")
    log = """2025-06-12 09:14:03 INFO  upload-svc  job=UPL-77120 file=mitarbeiterliste.xlsx partner=0047-2210 size=18234
2025-06-12 09:14:03 WARN  validator   job=UPL-77120 sheet=1 header missing: 'Geburtsdatum'
2025-06-12 09:14:03 WARN  validator   job=UPL-77120 sheet=1 header missing: 'IBAN'
2025-06-12 09:14:04 ERROR validator   job=UPL-77120 rows 2-41 rejected (required column absent)
2025-06-12 09:14:04 INFO  upload-svc  job=UPL-77120 status=REJECTED notified=partner
2025-06-12 09:20:51 INFO  upload-svc  job=UPL-77121 file=liste_neu.zip partner=0047-2210 size=40112
2025-06-12 09:20:51 ERROR unzip       job=UPL-77121 encrypted zip not supported (AES-256)
"""
    body = """Hallo Piotr,

Ticket INC-2025-18842: Makler Hartwig bekommt beim Upload von Mitarbeiterlisten ständig Fehler. Log-Auszug anbei. Zwei Themen:
1) Validator verlangt die Spalten Geburtsdatum und IBAN auch bei Summenversicherung - das ist fachlich falsch.
2) Verschlüsselte ZIPs (AES) werden nicht entpackt, obwohl wir den Maklern genau das empfehlen.

Kannst du das bis zum Release im Juli einplanen?

Danke
Jens
"""
    return meta, mail("Jens Pawlitzki <jens.pawlitzki@auenfels.example>",
                      "Piotr Nowak-Schell <piotr.nowak-schell@auenfels.example>",
                      "INC-2025-18842 Upload Mitarbeiterlisten schlägt fehl", "2025-06-12 10:02", body=body,
                      atts=[("upload-svc_20250612.log", log, "text/plain")])


def m036():
    meta = ("CONFIDENTIAL", "de", "broker",
            "broker's fleet list XLSX for a construction company: plates, VINs, assigned named drivers and the fleet manager; no injuries")
    x = xlsx([("Fuhrpark", [
        ["Okafor Bau GmbH – Fuhrparkliste zum Angebot Flotte 2026 (Makler: Assekuranz Felsberg GmbH)", "", "", "", "", ""],
        ["Kennzeichen", "Fahrzeug", "FIN", "Erstzulassung", "Fahrer (fest zugeordnet)", "Nutzung"],
        ["HR-OB 100", "Mercedes-Benz Arocs 3345 Kipper", "WDB9634031L987712", "03/2021", "Stefan Reuter", "Baustelle"],
        ["HR-OB 112", "VW Crafter Pritsche", "WV1ZZZSY8N9021445", "07/2022", "Kemal Arslan", "Baustelle"],
        ["HR-OB 120", "Skoda Kodiaq", "TMBLJ9NS0P8033920", "01/2023", "Chidi Okafor (GF)", "Dienstwagen inkl. Privatnutzung"],
        ["HR-OB 121", "VW Caddy", "WV2ZZZSKZPX112038", "05/2023", "Pool", "Bauleitung"],
        ["Fuhrparkverantwortliche: Martina Gieseler, Tel. 05681 77120-14", "", "", "", "", ""],
        ["Schadenverlauf 2022-2025: 3 Haftpflichtschäden (Sachschaden), 2 Glasschäden, kein Personenschaden", "", "", "", "", ""],
    ])])
    body = """Hallo Marco,

Felsberg schickt die Fuhrparkliste Okafor Bau für das Flottenangebot 2026, 14 Fahrzeuge gesamt, hier der erste Teil. Rest folgt nach Inventur.

Bitte um Angebot bis 15.10., Makler möchte SF-Übernahme aus dem Vorvertrag.

Viele Grüße
Jens Pawlitzki
"""
    return meta, mail("Jens Pawlitzki <jens.pawlitzki@auenfels.example>",
                      "Marco Bellini <marco.bellini@auenfels.example>",
                      "Flottenangebot Okafor Bau - Fuhrparkliste Teil 1", "2025-09-23 14:55", body=body,
                      atts=[("Okafor_Fuhrpark_Teil1.xlsx", x, XLSX)])


def m037():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
            "underwriting decision PDF for a disability (BU) application: exclusion for spine because of herniated disc history, named applicant")
    p = pdf("""Auenfels Lebensversicherung – Risikoprüfung Berufsunfähigkeit
Antrag Nr. BU-A-2025-33817   Vermittler: Assekuranz Felsberg GmbH
Antragstellerin: Jasmin Krüger, geb. 08.01.1989, Bauzeichnerin
Beantragte BU-Rente: 1.800 EUR monatlich, Endalter 67

Ergebnis der Risikoprüfung:
Annahme mit Leistungsausschluss für Erkrankungen der Wirbelsäule einschließlich Bandscheiben
(Begründung: Bandscheibenvorfall L5/S1 2022 mit 3 Monaten Physiotherapie, lt. Arztbericht Dr. Wendel vom 02.06.2025)
Kein Beitragszuschlag. Überprüfung des Ausschlusses auf Antrag nach 5 beschwerdefreien Jahren möglich.
""", title="Risikoprüfung BU-A-2025-33817")
    body = """Guten Tag Frau Felsberg,

zum Antrag Ihrer Kundin erhalten Sie unser Votum der Risikoprüfung. Bitte besprechen Sie die Annahme mit Ausschlussklausel mit Frau Krüger; die Annahmeerklärung benötigen wir innerhalb von 4 Wochen.

Freundliche Grüße
Ulrich Tamm
Risikoprüfung Leben

""" + DISCL_DE
    return meta, mail("Ulrich Tamm <ulrich.tamm@auenfels.example>",
                      "Anke Felsberg <a.felsberg@felsberg-assekuranz.example>",
                      "Votum Antrag BU-A-2025-33817", "2025-06-19 15:03", body=body,
                      atts=[("Votum_BU-A-2025-33817.pdf", p, PDF)])


def m038():
    meta = ("NORMAL", "de", "newsletter",
            "trap: HTML+text newsletter for company customers with national sick-leave statistics by diagnosis group; no persons")
    text = """Auenfels Firmenkunden-Brief 3/2025

Gesund im Betrieb: Die häufigsten Gründe für Arbeitsunfähigkeit 2024 (bundesweit, Anteil an AU-Tagen):
Atemwegserkrankungen 20 %, Muskel-Skelett-Erkrankungen 19 %, psychische Erkrankungen 16 %, Verletzungen 9 %.

Unser Angebot: Gesundheitstag vor Ort mit Rückenscreening und Grippeschutzimpfung durch unseren Partner – ab 20 Teilnehmenden kostenfrei für Kunden mit bKV.

Abmelden: https://www.auenfels.example/abmelden
"""
    html = """<html><body style="font-family:Arial"><h2>Auenfels Firmenkunden-Brief 3/2025</h2>
<h3>Gesund im Betrieb</h3>
<p>Die h&auml;ufigsten Gr&uuml;nde f&uuml;r Arbeitsunf&auml;higkeit 2024 (bundesweit, Anteil an AU-Tagen):</p>
<table border="1" cellpadding="3"><tr><th>Diagnosegruppe</th><th>Anteil</th></tr>
<tr><td>Atemwegserkrankungen</td><td>20&nbsp;%</td></tr><tr><td>Muskel-Skelett-Erkrankungen</td><td>19&nbsp;%</td></tr>
<tr><td>Psychische Erkrankungen</td><td>16&nbsp;%</td></tr><tr><td>Verletzungen</td><td>9&nbsp;%</td></tr></table>
<p>Unser Angebot: Gesundheitstag vor Ort mit R&uuml;ckenscreening und Grippeschutzimpfung &ndash; ab 20 Teilnehmenden kostenfrei f&uuml;r Kunden mit bKV.</p>
<p style="font-size:8pt"><a href="https://www.auenfels.example/abmelden">Abmelden</a></p></body></html>"""
    return meta, mail("Auenfels Firmenkunden <firmenkunden-news@auenfels.example>",
                      "Personal Sonnenhof <personal@sonnenhof-pflege.example>",
                      "Firmenkunden-Brief 3/2025: Gesund im Betrieb", "2025-09-01 07:00",
                      body=text, html=html, cte="quoted-printable")


def m039():
    meta = ("CONFIDENTIAL", "en", "company",
            "language school's CSV of students for group travel cover: names, dates of birth, nationality, passport numbers; body harmless")
    c = csv_("""student_no;last_name;first_name;dob;nationality;passport_no;course;arrival;departure;host_family_city
CLS-25-0311;Tanaka;Haruto;2007-04-19;JP;TR8842051;Summer German A2;2025-07-05;2025-08-02;Kassel
CLS-25-0312;Moreno Díaz;Valentina;2006-11-02;MX;G41177320;Summer German B1;2025-07-05;2025-08-16;Göttingen
CLS-25-0315;Kowalczyk;Zofia;2008-01-27;PL;EK5930214;Summer German A2;2025-07-12;2025-08-02;Kassel
CLS-25-0320;Adeyemi;Tobi;2006-08-14;NG;B50722819;Summer German B2;2025-07-12;2025-08-23;Kassel
""")
    body = """Hi Marius,

Campus Language School sent the first batch of summer students for the incoming group travel policy RT/25/80154. Please register them; the policy wording requires names and dates of birth only, so we don't need the passport numbers - I'll ask them to leave that column out next time.

Thanks
Fiona

> From: Ruth O'Sullivan <admissions@campus-language.example>
> Subject: Summer students batch 1
> Hi Fiona, attached batch 1 as discussed. Kind regards, Ruth
"""
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Marius Engel <marius.engel@auenfels.example>",
                      "FW: Summer students batch 1", "2025-06-27 09:30", body=body,
                      atts=[("CLS_summer2025_batch1.csv", c, CSV)])


def m040():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "company",
            "company's DOCX accident report for a fleet vehicle: driver taken to hospital with whiplash and rib contusion; motor claim with personal injury")
    d = docx([
        "Okafor Bau GmbH – Interner Unfallbericht Fuhrpark",
        [["Fahrzeug", "HR-OB 112, VW Crafter Pritsche"], ["Fahrer", "Kemal Arslan"], ["Datum/Ort", "04.11.2025, 07:35 Uhr, B 253 Ortsausgang Melsungen"],
         ["Hergang", "Unfallgegner (Pkw, KS-RT 417) hat beim Abbiegen Vorfahrt genommen, seitliche Kollision"],
         ["Personenschaden", "Herr Arslan mit RTW ins Krankenhaus Melsungen, HWS-Distorsion und Rippenprellung, 1 Nacht stationär, krankgeschrieben bis 14.11."],
         ["Polizei", "ja, Aktenzeichen PI Melsungen 0711-25-04417"], ["Schaden Fahrzeug", "Tür und Seitenwand rechts, nicht fahrbereit"]],
        "Erstellt: M. Gieseler, Fuhrparkverwaltung, 05.11.2025",
    ])
    body = """Hallo Tobias,

Okafor Bau meldet einen Unfall mit dem Crafter, Gegner ist bei uns nicht versichert. Fahrer war im Krankenhaus, Bericht anbei. Ich lege Kasko an, für den Personenschaden musst du schauen ob Gruppenunfall besteht.

VG Marco

-----Ursprüngliche Nachricht-----
Von: Martina Gieseler <fuhrpark@okafor-bau.example>
Gesendet: Mittwoch, 5. November 2025 08:03
Betreff: Unfall HR-OB 112
anbei unser Bericht. gruß m. gieseler
"""
    return meta, mail("Marco Bellini <marco.bellini@auenfels.example>",
                      "Tobias Reinholt <tobias.reinholt@auenfels.example>",
                      "WG: Unfall HR-OB 112", "2025-11-05 09:21", body=body,
                      atts=[("Unfallbericht_HR-OB112.docx", d, DOCX)])


def m041():
    meta = ("NORMAL", "en", "supplier",
            "trap: translation agency's PDF quote for translating 'medical reports and discharge letters' - prices per line, no document content")
    p = pdf("""Lingua Viva Übersetzungen GbR - Quotation Q-2025-1187
Customer: Auenfels Versicherung AG, International Business Desk
Service: framework agreement for certified translations EN/ES/PT/PL/TR <-> DE

Document type                                   Price per standard line (55 chars)
Medical reports, discharge letters, lab results     EUR 1.95
Invoices, receipts, police reports                  EUR 1.45
Contracts, policy wordings                          EUR 1.70
Certification (sworn translator)                    EUR 15.00 per document
Express (< 24 h)                                     + 50 %

Confidentiality: all translators bound under art. 28 GDPR processing agreement (attached separately).
""", title="Quotation Q-2025-1187")
    body = """Dear Ms McAllister,

thank you for your enquiry. Please find our quotation for the framework agreement attached. We can start on 1 September.

With kind regards
Beatriz Lemos
Lingua Viva Übersetzungen
"""
    orig = inner("Beatriz Lemos <b.lemos@linguaviva.example>",
                 "Fiona McAllister <fiona.mcallister@auenfels.example>",
                 "Quotation framework agreement", "2025-08-11 11:02", body=body,
                 atts=[("Quotation_Q-2025-1187.pdf", p, PDF)])
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Thomas Ebeling <thomas.ebeling@auenfels.example>",
                      "Fwd: Quotation framework agreement (translations)", "2025-08-11 13:14",
                      body="Thomas - for the purchasing file, the translations quote. Prices look fine to me. Fiona\n",
                      atts=[orig])


def m042():
    meta = ("CONFIDENTIAL", "de", "insurer-to-company",
            "policy endorsement PDF for a sole trader's bakery contents cover (natural person as policyholder, policy number, address)")
    p = pdf("""Nachtrag Nr. 3 zur Gewerbe-Inhaltsversicherung GI 77 302 918
Versicherungsnehmer: Andreas Haferkamp e.K., Bäckerei & Café Haferkamp
Betriebsort: Marktplatz 6, 34212 Melsungen
Gültig ab: 01.04.2025

Änderung: Neuer Stikkenofen (Wert 48.500 EUR) wird eingeschlossen.
Versicherungssumme Technische Betriebseinrichtung: bisher 120.000 EUR, neu 168.500 EUR
Mehrbeitrag: 61,43 EUR zzgl. 19 % Versicherungsteuer für die Zeit bis 31.12.2025
Alle übrigen Vereinbarungen bleiben unverändert.
""", title="Nachtrag 3 GI 77 302 918")
    body = """Sehr geehrter Herr Haferkamp,

anbei der Nachtrag für Ihren neuen Ofen. Der Mehrbeitrag wird mit der nächsten Rate eingezogen.

Beste Grüße nach Melsungen
Aylin Demirtaş
Gewerbe-Underwriting

""" + DISCL_DE
    return meta, mail("Aylin Demirtaş <aylin.demirtas@auenfels.example>",
                      "Andreas Haferkamp <info@baeckerei-haferkamp.example>",
                      "Nachtrag Gewerbe-Inhalt - neuer Ofen", "2025-03-28 12:20", body=body,
                      atts=[("Nachtrag3_GI77302918.pdf", p, PDF)])


def m043():
    meta = ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-provider",
            "guarantee of payment PDF to the assistance company for a named insured student, with diagnosis (anaphylaxis) and hospital stay")
    p = pdf("""GUARANTEE OF PAYMENT
To: Hospital Universitario La Paz, Madrid - via GlobalCare Assistance (case GC-25-052210)
Insurer: Auenfels Versicherung AG, policy RT/25/80154 (group travel, Campus Language School)

Patient: Valentina MORENO DÍAZ, born 2006-11-02
Admitted: 09/08/2025, emergency department, transferred to ward
Reason: anaphylactic reaction after ingestion of nuts (T78.0), adrenaline given, observation 48 h
We guarantee payment of necessary medical costs up to EUR 6,000.00 for this admission.
Excluded: private room supplements, non-medical items.

Kassel, 09/08/2025 - International Business Desk
""", title="GOP GC-25-052210")
    body = """Dear GlobalCare team,

please find the guarantee of payment for case GC-25-052210 attached. Please send the final invoice and discharge summary once available.

Regards
Marius Engel
International Business Desk
Auenfels Versicherung AG
"""
    return meta, mail("Marius Engel <marius.engel@auenfels.example>",
                      "GlobalCare Operations <ops@globalcare-assist.example>",
                      "GOP case GC-25-052210", "2025-08-09 18:42", body=body,
                      atts=[("GOP_GC-25-052210.pdf", p, PDF)])


def m044():
    meta = ("NORMAL", "de", "internal",
            "trap: XLSX training material with fictitious fraud patterns ('Fall A: Kunde (fiktiv), 43 Jahre, Rückenschmerzen'); no real persons")
    x = xlsx([("Betrugsmuster", [
        ["Schulung Betrugsprävention Firmenkunden – Fallbeispiele (alle Fälle frei erfunden)", "", ""],
        ["Fall", "Sachverhalt", "Warnsignale"],
        ["A", "Kunde (fiktiv), 43 Jahre, meldet Arbeitsunfall mit Rückenschmerzen zwei Tage nach Kündigung", "zeitliche Nähe zur Kündigung, keine Zeugen"],
        ["B", "Firma meldet fünf Fahrradschäden in einer Woche, alle Rechnungen vom selben Händler", "Häufung, identische Belege"],
        ["C", "Reisende/r (fiktiv) reicht Arztrechnung aus dem Ausland ein, Praxis unter der Adresse unbekannt", "Prüfung über Assistance"],
        ["D", "Gehaltsangabe im BU-Antrag deutlich über Branchenniveau", "Einkommensnachweis anfordern"],
    ])])
    body = """Hi zusammen,

anbei die Fallbeispiele für die Schulung am Donnerstag. Bitte nicht mit echten Fällen aus euren Akten ergänzen, wir haben die Beispiele bewusst erfunden.

LG Nadine
"""
    return meta, mail("Nadine Ostermeier <nadine.ostermeier@auenfels.example>",
                      "Team Schaden Firmenkunden <schaden-fk@auenfels.example>",
                      "Schulung Donnerstag - Fallbeispiele", "2025-10-13 16:45", body=body,
                      atts=[("Fallbeispiele_Betrug_fiktiv.xlsx", x, XLSX)])


def m045():
    meta = ("CONFIDENTIAL", "de", "provider",
            "motor assessor's PDF report naming the vehicle owner, plate, VIN and claim number, 'Personenschaden: keiner'")
    p = pdf("""Kfz-Sachverständigenbüro Kranz – Gutachten Nr. 25-1142
Auftraggeber: Auenfels Versicherung AG, Schaden-Nr. K-25-0477812
Anspruchsteller / Halter: Wolfgang Treis, Kirchgasse 2a, 34270 Schauenburg
Fahrzeug: Skoda Octavia Combi, KS-WT 88, FIN TMBJR7NX5RY034811, EZ 03/2025, km 4.812
Besichtigung: 22.04.2025 in Schauenburg
Schaden: Heckschaden nach Auffahrunfall, Stoßfänger, Heckklappe, Rückleuchte links
Reparaturkosten netto: 4.386,20 EUR; Wertminderung: 450,00 EUR; Nutzungsausfall: 5 Tage Gruppe D (59 EUR/Tag)
Personenschaden: keiner (lt. Angabe des Anspruchstellers)
Kassel, 23.04.2025 – Dipl.-Ing. (FH) Heiko Kranz
""", title="Gutachten 25-1142")
    body = """Hallo Dennis,

Gutachten Kranz zu K-25-0477812 (Treis) ist da. Kannst du freigeben? Kalkulation passt zur Werkstattrechnung.

Gruß Tobias

---
Gutachterbüro Kranz schrieb am 23.04.2025 10:12:
> Sehr geehrte Damen und Herren, anbei das Gutachten 25-1142. Rechnung folgt separat. Mit freundlichen Grüßen, Büro Kranz
"""
    return meta, mail("Tobias Reinholt <tobias.reinholt@auenfels.example>",
                      "Dennis Köhler <dennis.koehler@auenfels.example>",
                      "WG: Gutachten 25-1142 / K-25-0477812", "2025-04-23 11:02", body=body,
                      atts=[("Gutachten_25-1142.pdf", p, PDF)])

# =============================================================== mails 046-060

def m046():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "company",
            "employer HR forwards an employee's dental treatment plan (Heil- und Kostenplan) PDF for company health insurance: implant region 36, GOZ positions")
    p = pdf("""Heil- und Kostenplan – Zahnarztpraxis Dr. Weinberg & Kollegen, Kassel
Patient: Marcel Dörr, geb. 30.03.1984, bKV-Versicherungsnr. BKV-2025-0077-014
Befund: Zahn 36 nicht erhaltungswürdig (Längsfraktur), Extraktion am 12.08.2025
Geplante Versorgung: Implantat regio 36 mit Knochenaufbau, implantatgetragene Vollkeramikkrone
GOZ 9010 Implantatinsertion 3,5-fach   408,17 EUR
GOZ 9100 Augmentation                  363,86 EUR
GOZ 2200 Vollkrone implantatgetragen  1.012,40 EUR
Material- und Laborkosten ca.          1.180,00 EUR
Voraussichtliche Gesamtkosten:          2.964,43 EUR
""", title="HKP Doerr")
    body = """Hallo Herr Brandes,

unser Mitarbeiter Herr Dörr hat mich gebeten, den Kostenplan an Sie weiterzuleiten, er erreicht niemanden bei der Hotline. Können Sie ihm direkt eine Zusage schicken?

Danke und Grüße
Jessica Lehmann
People & Culture | TechNova Software GmbH
"""
    orig = inner("Jessica Lehmann <people@technova.example>",
                 "Heiko Brandes <heiko.brandes@auenfels.example>",
                 "HKP Hr. Dörr bitte prüfen", "2025-08-20 14:18", body=body,
                 atts=[("HKP_Doerr_36.pdf", p, PDF)])
    return meta, mail("Heiko Brandes <heiko.brandes@auenfels.example>",
                      "Leistung bKV <leistung-bkv@auenfels.example>",
                      "WG: HKP Hr. Dörr bitte prüfen", "2025-08-20 15:02",
                      body="Bitte prüfen und direkt an den Versicherten antworten, nicht über die Personalabteilung. Danke, H. Brandes\n",
                      atts=[orig])


def m047():
    meta = ("NORMAL", "en", "internal",
            "trap: DOCX field specification for claims bordereaux listing fields like claimant DOB, injury ICD-10 code, reserve - no records")
    d = docx([
        "Bordereau specification v3 - International business",
        [["Field", "Type", "Mandatory", "Description"],
         ["policy_ref", "text(20)", "yes", "Auenfels policy number, e.g. RT/24/nnnnn"],
         ["member_id", "text(12)", "yes", "insured person's ID within the group"],
         ["surname / forename", "text(60)", "yes", "as in passport"],
         ["dob", "date DD/MM/YYYY", "yes", "date of birth"],
         ["claim_type", "code", "yes", "MED, PA, BAGGAGE, CANX, LIAB"],
         ["injury_code", "ICD-10", "for MED/PA", "primary diagnosis, e.g. S82.6"],
         ["amount_gbp / amount_eur", "decimal", "yes", "paid to date"]],
        "Transmission: SFTP only (sftp.auenfels.example), files encrypted with PGP. E-mail is not permitted for live bordereaux.",
    ])
    return meta, mail("Marius Engel <marius.engel@auenfels.example>",
                      "International Desk <international@auenfels.example>",
                      "Bordereau spec v3 (final)", "2025-08-28 17:05",
                      body="Team,\n\nfinal spec attached, this is what goes to brokers and TPAs next week. Please note the PGP requirement.\n\nMarius\n",
                      atts=[("Bordereau_spec_v3.docx", d, DOCX)])


def m048():
    meta = ("CONFIDENTIAL", "en", "broker",
            "broker forwards cargo survey report PDF: company assured with named contact, claim number, damage to goods; no injury")
    p = pdf("""Baltic Survey Sp. z o.o. - Survey Report BS-25-3391
Assured: Meridian Freight B.V. (contact: Joris van der Linde)
Insurer's claim ref: TR-C-25-0091 under certificate TR-MAR-2024-118/0457
Goods: 22 pallets industrial pumps ex MV "Nordic Tern"
Findings: 3 crates with impact damage, 2 pumps with cracked housings, water ingress in 1 crate
Cause: probably handling damage during discharge at Gdynia (forklift), crate markings intact
Loss assessed: EUR 27,480.00 (replacement parts and labour), salvage nil
Surveyor: Tomasz Wieczorek, 24 November 2025
""", title="Survey BS-25-3391")
    body = """Aylin,

survey report for the Meridian claim attached, we agree with the figure. Could you confirm settlement to the assured's account on file?

Owen

Owen Pritchard | Clearwater Insurance Brokers Ltd
"""
    return meta, mail("Aylin Demirtaş <aylin.demirtas@auenfels.example>",
                      "Cargo Claims <cargo-claims@auenfels.example>",
                      "FW: TR-C-25-0091 survey report", "2025-11-26 10:48",
                      body="Bitte anlegen und Zahlung vorbereiten, Deckung geprüft. Aylin\n\n" + "\n".join("> " + l for l in body.split("\n")),
                      atts=[("BS-25-3391_survey.pdf", p, PDF)])


def m049():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "broker",
            "broker ZIP with a private health insurance application PDF: answered health questions (hypertension, ramipril, psychotherapy 2021) and birth date")
    antrag = pdf("""Antrag Krankheitskosten-Vollversicherung – Auenfels PrivatMed Komfort
Vermittler: Maklerbüro Hartwig & Söhne (0047-2210)
Zu versichernde Person: Dr. Felix Arnold, geb. 27.10.1981, Zahnarzt (selbständig)
Bisherige Versicherung: GKV (AOK), freiwillig versichert
Jahreseinkommen: ca. 142.000 EUR

Gesundheitsfragen (letzte 5 Jahre ambulant, 10 Jahre stationär):
1. Behandlungen/Untersuchungen: ja – Bluthochdruck seit 2019, Ramipril 5 mg täglich, gut eingestellt
2. Psychotherapie: ja – 2021 Verhaltenstherapie (12 Sitzungen) wegen Anpassungsstörung nach Praxisgründung, abgeschlossen
3. Stationäre Aufenthalte: nein
4. Fehlende Zähne: nein   5. Hilfsmittel: Brille (-2,25 / -2,0)
Selbstbehalt gewählt: 1.200 EUR
""", title="Antrag PrivatMed Arnold")
    arzt = pdf("""Ärztliche Bescheinigung – Praxis Dr. Kerstin Olm, Innere Medizin
Herr Dr. Felix Arnold, geb. 27.10.1981: arterielle Hypertonie (I10.90), RR unter Therapie 128/82 mmHg,
keine Endorganschäden, Labor unauffällig. Kassel, 03.02.2025
""", title="Bescheinigung")
    z = zip_([("Antrag_Arnold.pdf", antrag), ("Arztbescheinigung_Arnold.pdf", arzt)])
    body = """Hallo Team Antrag Kranken,

Neuantrag Arnold über Hartwig, die Unterlagen kamen als ZIP. Der Makler bittet um schnelle Entscheidung wegen Kündigungsfrist bei der AOK (31.03.).

Gruß
Jens Pawlitzki

> Hallo Herr Pawlitzki, anbei Antrag + Attest Dr. Arnold. Bitte zeitnah. Gruß Hartwig
"""
    return meta, mail("Jens Pawlitzki <jens.pawlitzki@auenfels.example>",
                      "Antrag Kranken <antrag-kranken@auenfels.example>",
                      "WG: Neuantrag PKV Arnold", "2025-02-05 09:58", body=body,
                      atts=[("Unterlagen_Arnold.zip", z, ZIP)])


def m050():
    meta = ("NORMAL", "de", "supplier",
            "trap: shredding contractor's PDF offer for destroying 'Gesundheits- und Leistungsakten' (DIN 66399 security level); no personal data")
    p = pdf("""Aktenvernichtung Weser GmbH – Angebot Nr. 2025-0417
Leistung: Abholung und Vernichtung von Akten der Schutzklasse 3 (u. a. Leistungsakten Kranken,
Gesundheitsfragebögen, Gehaltsunterlagen) nach DIN 66399 Sicherheitsstufe P-5
Behälter 240 l, verschlossen, Abholung 14-tägig
Preis je Behälterleerung: 14,90 EUR netto; Vernichtungszertifikat je Abholung inklusive
Auftragsverarbeitungsvertrag nach Art. 28 DSGVO liegt bei.
""", title="Angebot 2025-0417")
    body = """Hallo Petra,

zur Info das Angebot von Aktenvernichtung Weser für den Standort Kassel, 6 Behälter. Günstiger als bisher (16,50). Ich würde zusagen, wenn der Datenschutz den AV-Vertrag freigibt.

Gruß Thomas
"""
    return meta, mail("Thomas Ebeling <thomas.ebeling@auenfels.example>",
                      "Petra Wollny <petra.wollny@auenfels.example>",
                      "Angebot Aktenvernichtung 2026", "2025-10-02 08:55", body=body,
                      cc="Karsten Vollmer <karsten.vollmer@auenfels.example>",
                      atts=[("Angebot_Aktenvernichtung_Weser.pdf", p, PDF)])


def m051():
    meta = ("CONFIDENTIAL", "de", "company",
            "public utility's XLSX of third-party claimants after a power surge: names, addresses, damaged appliances, IBANs for payment; liability, property damage only")
    x = xlsx([("Anspruchsteller", [
        ["Stadtwerke Talheim – Überspannungsschaden 08.07.2025, Umspannstation Mühlweg", "", "", "", ""],
        ["Name", "Anschrift", "Beschädigt", "Forderung EUR", "IBAN"],
        ["Gertrud Eilers", "Mühlweg 3, 74388 Talheim", "Kühlschrank, Router", 689.00, "DE04 1007 0024 0283 3177 55"],
        ["Yusuf Karaca", "Mühlweg 5, 74388 Talheim", "Fernseher, Spielkonsole", 1240.50, "DE07250501800910366412"],
        ["Birgit und Rolf Sänger", "Mühlweg 10, 74388 Talheim", "Wärmepumpen-Steuerung", 2875.00, "DE53 8709 6074 0049 9028 15"],
        ["Bäckerei Schmälzle GmbH", "Mühlweg 14, 74388 Talheim", "Kühltheke", 3410.00, "Firmenkonto lt. Rechnung"],
    ])])
    body = """Hallo Nadine,

die Stadtwerke Talheim (Betriebshaftpflicht BHV 60 221 873) haben die Forderungen aus dem Überspannungsschaden gesammelt, Liste anbei. Nach deren Einschätzung haften sie, Gutachten des Netzbetreibers liegt vor. Personenschäden gab es keine.

VG Lea Sturm

----- Weitergeleitet von Stadtwerke Talheim / Versicherungen -----
Sehr geehrte Damen und Herren, anbei die gesammelten Forderungen mit Kontoverbindungen zur direkten Regulierung. Mit freundlichen Grüßen, R. Haug, Stadtwerke Talheim
"""
    return meta, mail("Lea Sturm <lea.sturm@auenfels.example>",
                      "Nadine Ostermeier <nadine.ostermeier@auenfels.example>",
                      "WG: Überspannungsschaden Mühlweg - Forderungen", "2025-07-24 13:06", body=body,
                      atts=[("Forderungen_Muehlweg.xlsx", x, XLSX)])


def m052():
    meta = ("NORMAL", "en", "insurer-to-company",
            "trap: ICS webinar invitation 'Mental health at work: what group income protection covers' - no persons")
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Auenfels//Webinar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:webinar-gip-mental-health-2025@auenfels.example
DTSTAMP:20251001T080000Z
DTSTART:20251021T100000Z
DTEND:20251021T110000Z
SUMMARY:Webinar: Mental health at work - what group income protection cover
 s
DESCRIPTION:Burnout\\, depression and anxiety are now the main cause of lon
 g-term absence. Our claims team explains early intervention\\, rehabilitati
 on support and how claims are assessed. Join:
  https://webinar.auenfels.example/gip-1021
ORGANIZER;CN=Auenfels Corporate Benefits:mailto:corporate-benefits@auenfels.example
END:VEVENT
END:VCALENDAR
""")
    return meta, mail("Auenfels Corporate Benefits <corporate-benefits@auenfels.example>",
                      "Gareth Aldous <g.aldous@northgate-pharma.example>",
                      "Invitation: Mental health at work (webinar, 21 Oct)", "2025-10-01 10:00",
                      body="Dear HR colleagues,\n\nyou are invited to our 60-minute webinar on 21 October. The calendar entry is attached.\n\nAuenfels Corporate Benefits\n",
                      atts=[("webinar_mental_health_at_work.ics", cal, ICS)])


def m053():
    meta = ("STRICTLY_CONFIDENTIAL", "en", "company",
            "employer's group life death notification forwarded as message/rfc822; PDF claim form with cause of death (myocardial infarction) and beneficiary details")
    p = pdf("""Group Life Assurance - Death Claim Notification
Scheme: Northgate Pharma Services Ltd, policy GL-NG-2019-004
Deceased member: Paul Hendry, date of birth 12/03/1966, employee no. 00412
Date of death: 28/01/2025   Place: Royal Liverpool University Hospital
Cause of death (per death certificate): acute myocardial infarction (I21.9)
Salary at date of death: GBP 61,200 p.a. - benefit 4 x salary = GBP 244,800
Nominated beneficiary (expression of wish): Mrs Alison Hendry (spouse), 14 Moorfield Road, Crosby
Bank details of beneficiary: GB77 BARC 2032 5377 1632 14
Signed for the employer: Gareth Aldous, Managing Director, 06/02/2025
""", title="Death claim Hendry")
    orig = inner("Gareth Aldous <g.aldous@northgate-pharma.example>",
                 "Fiona McAllister <fiona.mcallister@auenfels.example>",
                 "Sad news - Paul Hendry", "2025-02-06 12:30 +0000",
                 body="""Dear Fiona,

I'm sorry to let you know that our colleague Paul Hendry passed away last week. The completed notification is attached; the family has the death certificate and will send a certified copy.

Kind regards
Gareth
""", atts=[("Death_claim_notification_Hendry.pdf", p, PDF)])
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Ulrich Tamm <ulrich.tamm@auenfels.example>",
                      "Fwd: Sad news - Paul Hendry", "2025-02-06 14:11",
                      body="Ulrich,\n\ngroup life death claim from Northgate, original mail attached. Can Leben Leistung take it? I'll stay the contact for the employer.\n\nFiona\n",
                      atts=[orig])


def m054():
    meta = ("CONFIDENTIAL", "de", "insurer-to-broker",
            "CSV of customers' household and liability contracts transferred to a broker's portfolio: names, policy numbers, addresses")
    c = csv_("""Vertragsnummer;Sparte;Versicherungsnehmer;PLZ;Ort;Jahresbeitrag;Hauptfälligkeit
HR 31 907 455;Hausrat;Katrin Meinhardt;37213;Witzenhausen;214,80;01.04.
PH 20 118 776;Privathaftpflicht;Selin Ozturk;37213;Witzenhausen;89,90;01.09.
HR 32 014 309;Hausrat;Gunnar Riemann;37217;Hebenshausen;176,40;01.01.
PH 20 140 852;Privathaftpflicht;Ehepaar Hilde und Karl Stoll;37218;Wendershausen;112,00;01.07.
""")
    body = """Sehr geehrte Frau Thielmann,

die Bestandsübertragung aus dem Vermittlerwechsel Ihrer Kunden ist abgeschlossen. In der Anlage die übertragenen Verträge; sie stehen ab 01.06. in Ihrem Bestand im Maklerportal.

Mit freundlichen Grüßen
Jens Pawlitzki
Maklerbetreuung
"""
    return meta, mail("Jens Pawlitzki <jens.pawlitzki@auenfels.example>",
                      "Sabine Thielmann <kontakt@thielmann-versicherungen.example>",
                      "Bestandsübertragung abgeschlossen", "2025-05-28 11:40", body=body,
                      atts=[("Bestandsuebertragung_0047-3981.csv", c, CSV)])


def m055():
    meta = ("NORMAL", "de", "internal",
            "trap: ODS with daily sickness allowance (Krankentagegeld) group statistics by industry - case counts and average days, no names")
    o = ods([("KT Gruppen 2024", [
        ["Krankentagegeld Gruppenverträge 2024 – Leistungsfälle nach Branche", "", "", ""],
        ["Branche", "Versicherte", "Leistungsfälle", "Ø Leistungstage"],
        ["Logistik", 2140, 311, 38.2],
        ["Pflege", 1890, 402, 44.7],
        ["Maschinenbau", 1320, 133, 29.5],
        ["IT/Software", 980, 61, 35.1],
        ["Gesamt", 6330, 907, 39.0],
    ])])
    return meta, mail("Benedikt Raab <benedikt.raab@auenfels.example>",
                      "Heiko Brandes <heiko.brandes@auenfels.example>",
                      "KT-Statistik Gruppen für die Tarifkalkulation", "2025-03-12 12:01",
                      body="Hallo Heiko,\n\nwie gewünscht die Auswertung KT nach Branchen (nur Summen). Pflege ist erwartungsgemäß am höchsten.\n\nGruß Benedikt\n",
                      atts=[("KT_Gruppen_Branchen_2024.ods", o, ODS)])


def m056():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "provider",
            "rehab case manager's DOCX interim report on an accident victim: polytrauma, rehab clinic, psychological support, return-to-work plan")
    d = docx([
        "RehaKompass GmbH – Zwischenbericht Reha-Management",
        [["Auftraggeber", "Auenfels Versicherung AG, Schaden U-24-07741"], ["Versicherte Person", "Sandra Petersen, geb. 15.09.1977"],
         ["Unfall", "09.11.2024, Fahrradunfall, Polytrauma (Beckenfraktur, Rippenserienfraktur, Milzruptur)"]],
        "Verlauf: Nach Akutbehandlung im Klinikum Kassel Anschlussheilbehandlung in der Reha-Klinik Bad Wildungen bis 28.02.2025. Gehfähig mit Unterarmstützen, Schmerzmedikation Tilidin retard 50 mg abends.",
        "Psychische Situation: Angst beim Radfahren und Schlafstörungen; Traumatherapie (4 Sitzungen) über uns organisiert.",
        "Berufliche Wiedereingliederung: Verwaltungsangestellte, stufenweise Wiedereingliederung ab 01.05.2025 (3 Std./Tag) mit Arbeitgeber abgestimmt.",
        "Empfehlung: Kostenübernahme für weitere 10 Sitzungen Traumatherapie und ergonomischen Bürostuhl.",
        "Kassel, 14.04.2025 – Melanie Grote, Reha-Managerin",
    ])
    return meta, mail("Rainer Kluthe <rainer.kluthe@auenfels.example>",
                      "Jana Lüders <jana.lueders@auenfels.example>",
                      "Zwischenbericht RehaKompass U-24-07741", "2025-04-15 08:22",
                      body="Jana, Zwischenbericht Petersen von RehaKompass, die Empfehlungen sind aus meiner Sicht ok. Entscheidest du? Rainer\n",
                      atts=[("RK_Zwischenbericht_U-24-07741.docx", d, DOCX)])


def m057():
    meta = ("CONFIDENTIAL", "en", "insurer-to-company",
            "XLSX employee census for travel renewal returned to employer HR with names, grades and dates of birth (corrections highlighted); travel without health")
    x = xlsx([("Census 2026", [
        ["Harrowgate Consulting Ltd - annual business travel renewal 01/01/2026 - census check", "", "", "", ""],
        ["Name", "Grade", "Date of birth", "Frequent traveller", "Auenfels comment"],
        ["Oliver Whitcombe", "Manager", "14/02/1986", "yes", ""],
        ["Adaeze Okafor", "Consultant", "03/09/1991", "yes", ""],
        ["Fraser Haldane", "Partner", "09/01/1972", "yes", "age 70+ loading n/a"],
        ["Helen Cartwright", "HR Lead", "21/06/1983", "no", "missing in 2025 census - added"],
        ["Lukas Brandt", "Senior Manager", "22/11/1979", "yes", "DOB in your file read 22/11/1997 - corrected"],
    ])])
    body = """Dear Helen,

ahead of the renewal we compared your census with our records. Two corrections are marked in the last column - could you confirm them by 15 November?

Kind regards
Fiona McAllister
International Business Desk

""" + DISCL_EN
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Helen Cartwright <hr@harrowgate-consulting.example>",
                      "Travel renewal 2026 - census check", "2025-11-03 11:19", body=body,
                      atts=[("Harrowgate_census_check_2026.xlsx", x, XLSX)])


def m058():
    meta = ("NORMAL", "de", "insurer-to-broker",
            "trap: commission table PDF by line incl. Kranken/Leben/BU (rates and money, no person)")
    p = pdf("""Auenfels Courtagevereinbarung – Anlage 1: Courtagesätze ab 01.01.2025
Sparte                               Abschluss              Bestand
Kfz (Pkw/Flotte)                     –                      6 % / 4 %
Privathaftpflicht, Hausrat, Wohngeb. –                      20–25 %
Gewerbe Sach/Haftpflicht             –                      15 %
Krankenvoll                          6 Monatsbeiträge       –
Krankenzusatz                        3 Monatsbeiträge       2 %
Leben / BU                           25 ‰ der Beitragssumme 1,5 %
bAV Direktversicherung               20 ‰                   1,5 %
Stornohaftung Leben/Kranken: 60 Monate, gestaffelt
""", title="Courtagesaetze 2025")
    return meta, mail("Jens Pawlitzki <jens.pawlitzki@auenfels.example>",
                      "Anke Felsberg <a.felsberg@felsberg-assekuranz.example>",
                      "Courtagesätze 2025 (Anlage 1)", "2025-01-08 09:35",
                      body="Hallo Frau Felsberg,\n\nwie besprochen die aktuelle Anlage 1 zur Courtagevereinbarung. Änderungen gegenüber 2024 gibt es nur bei der bAV.\n\nViele Grüße\nJens Pawlitzki\n\n" + DISCL_DE,
                      atts=[("Anlage1_Courtage_2025.pdf", p, PDF)])


def m059():
    meta = ("NORMAL", "en", "supplier",
            "trap: occupational health provider's service description and fee schedule (functional capacity evaluation, psychiatric review) - no patient")
    p = pdf("""WorkWell Occupational Health Ltd - Services for income protection insurers
Independent medical examination (IME), musculoskeletal        GBP 495
IME psychiatric, incl. report within 10 working days            GBP 780
Functional capacity evaluation (2 days)                         GBP 1,150
Vocational rehabilitation case management, per hour             GBP 85
Telephone triage within 48 h of referral                        GBP 120
Reports are addressed to the insurer's medical officer only and never to the employer.
""", title="WorkWell fee schedule")
    body = """Hi Ulrich,

WorkWell sent their fee schedule - relevant for the UK group income protection scheme we're taking on. Would you be happy for me to set them up as a panel provider?

Fiona

> From: Dr. Imogen Shaw <referrals@workwell-oh.example>
> Please find our current service and fee schedule attached. We'd be delighted to support Auenfels. Imogen
"""
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Ulrich Tamm <ulrich.tamm@auenfels.example>",
                      "FW: WorkWell services and fees", "2025-04-29 13:52", body=body,
                      atts=[("WorkWell_fee_schedule_2025.pdf", p, PDF)])


def m060():
    meta = ("NORMAL", "en", "internal",
            "trap: instructions to clean up shared drive folders with 'census', 'medical evidence' and 'salary' files; no contents, plain text only")
    body = """Hi all,

a reminder that the shared drive clean-up deadline is Friday. Please:

- move census files (employee lists with DOB/salary) from S:\\International\\Inbox to the client folders or delete them if the quote was not bound;
- never keep medical evidence or claim forms on S: - they belong in the claims system only;
- empty your personal "Downloads" folder of bordereaux attachments.

IT will archive anything left in the Inbox folder on Monday and data protection gets a list of file names (not contents).

Thanks!
Marius
"""
    return meta, mail("Marius Engel <marius.engel@auenfels.example>",
                      "International Desk <international@auenfels.example>",
                      "Shared drive clean-up - Friday", "2025-09-15 08:05", body=body, flowed=True,
                      mailer="UA:Mozilla Thunderbird 128.3")

# =============================================================== mails 061-075

def m061():
    meta = ("CONFIDENTIAL", "de", "company",
            "fleet customer's quarterly claims collection XLSX: plates, named drivers, damage amounts; 'keine Verletzten' in every row")
    x = xlsx([("Q3-2025", [
        ["Brenner Logistik GmbH – Sammelmeldung Kfz-Schäden Q3/2025 – Flotte KF-FL-1180", "", "", "", "", ""],
        ["Datum", "Kennzeichen", "Fahrer", "Schaden", "Verletzte", "Kosten (geschätzt)"],
        ["04.07.2025", "KS-BL 2207", "Andrzej Nowicki", "Rampe touchiert, Spiegel + Kotflügel", "keine", "1.850 EUR"],
        ["19.08.2025", "KS-BL 2241", "Heinz-Dieter Ruppel", "Parkrempler Pkw Dritter (Aldi-Parkplatz Vellmar)", "keine", "2.300 EUR"],
        ["02.09.2025", "KS-BL 3005", "Sebastian Kühn", "Steinschlag Frontscheibe", "keine", "740 EUR"],
        ["23.09.2025", "KS-BL 2219", "Emre Yıldız", "Wildunfall Reh, B 83", "keine", "3.980 EUR"],
    ])])
    return meta, mail("Marco Bellini <marco.bellini@auenfels.example>",
                      "Schaden Kfz Flotte <schaden-kfz-flotte@auenfels.example>",
                      "WG: Sammelmeldung Q3", "2025-10-07 10:40",
                      body="Bitte die vier Schäden aus der Brenner-Sammelmeldung anlegen, Wildunfall mit Bescheinigung Jagdpächter liegt vor. Marco\n\n> Von: Fuhrpark Brenner <fuhrpark@brenner-logistik.example>\n> Anbei die Schäden Q3. Gruß, J. Stahl\n",
                      atts=[("Schaeden_Q3_2025.xlsx", x, XLSX)])


def m062():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "company",
            "employer's salary list XLSX for a group disability (Gruppen-BU, life line) scheme: named employees with gross salaries and birth dates; body harmless")
    x = xlsx([("Gehälter", [
        ["Brenner Logistik GmbH – Meldung Jahresbruttogehälter für Gruppen-BU GBU-2023-0051 (Stand 01.01.2025)", "", "", "", ""],
        ["Pers.-Nr.", "Name", "geb.", "Jahresbrutto EUR", "versicherte BU-Rente (25 %) mtl."],
        ["10002", "Brenner, Katja", "13.02.1970", 118000, 2458.33],
        ["10015", "Marx, Tanja", "24.05.1986", 52400, 1091.67],
        ["10021", "Stahl, Jürgen", "01.12.1975", 47800, 995.83],
        ["40117", "Petrović, Dragan", "19.07.1982", 38900, 810.42],
        ["40388", "Kühn, Sebastian", "08.03.1994", 36100, 752.08],
    ])])
    return meta, mail("Miriam Okonkwo-Lenz <miriam.okonkwo-lenz@auenfels.example>",
                      "Bestandsservice Leben <bestandsservice-leben@auenfels.example>",
                      "WG: Gehaltsmeldung 2025 GBU", "2025-01-21 14:28",
                      body="Liebe Kolleginnen,\n\nbitte Anpassung der versicherten Renten zum 01.01. nach der anliegenden Meldung von Brenner Logistik.\n\nDanke, Miriam\n\n-------- Weitergeleitete Nachricht --------\nVon: Tanja Marx <t.marx@brenner-logistik.example>\nBetreff: Gehaltsmeldung 2025 GBU\n\nHallo Frau Okonkwo-Lenz, anbei wie jedes Jahr. VG T. Marx\n",
                      atts=[("GBU_Gehaltsmeldung_2025.xlsx", x, XLSX)])


def m063():
    meta = ("NORMAL", "de", "supplier",
            "trap: IT contractor's CSV of synthetic test claims ('Patient_0001', random ICD codes, generated names), declared synthetic")
    c = csv_("""# synthetisch erzeugt mit testgen 4.2 - keine echten Personen
fall_id;person;geb;icd;betrag;iban
SYN-0001;Patient_0001 Testfrau;01.01.1990;J06.9;87,50;DE00000000000000000000
SYN-0002;Patient_0002 Testmann;01.01.1985;M54.5;412,00;DE00000000000000000000
SYN-0003;Patient_0003 Testkind;01.01.2015;H66.9;64,30;DE00000000000000000000
SYN-0004;Patient_0004 Testperson;01.01.1950;I10.90;1.210,00;DE00000000000000000000
""")
    body = """Hallo Piotr,

wie vereinbart die synthetischen Testfälle für das neue Leistungsportal (Abnahmeumgebung). Die IBANs sind absichtlich Nullen, damit keine Zahlung rausgehen kann.

Grüße
Anja Winkler
Projektleitung | Codewerk Nord GmbH
"""
    orig = inner("Anja Winkler <a.winkler@codewerk-nord.example>",
                 "Piotr Nowak-Schell <piotr.nowak-schell@auenfels.example>",
                 "Testdaten Leistungsportal (synthetisch)", "2025-05-06 17:10", body=body,
                 atts=[("testfaelle_synthetisch.csv", c, CSV)])
    return meta, mail("Piotr Nowak-Schell <piotr.nowak-schell@auenfels.example>",
                      "Abnahme Leistungsportal <abnahme-lp@auenfels.example>",
                      "WG: Testdaten Leistungsportal (synthetisch)", "2025-05-07 08:11",
                      body="Zur Info für das Abnahmeteam, Testdaten im Anhang (Originalmail). Bitte nur in ABN verwenden.\n", atts=[orig])


def m064():
    meta = ("CONFIDENTIAL", "en", "broker",
            "broker's notification of a professional indemnity claim against a sole-trader architect (natural person insured, policy number); letter of claim PDF about water damage, no injury")
    p = pdf("""Rawlings & Co Solicitors - Letter of Claim
To: Mr Adrian Kemble, Kemble Architecture (sole trader), 3 Abbey Mews, Chester CH1 2HU
Our client: Mrs Deborah Fyfe, 27 Hoole Road, Chester
Re: Rear extension, 27 Hoole Road - defective roof design
Our client alleges that the flat roof was specified without adequate falls, leading to water ingress in
January 2025 and damage to kitchen units and plasterwork. Remedial costs are estimated at GBP 38,600.
Please pass this letter to your professional indemnity insurers.
""", title="Letter of claim Kemble")
    body = """Hi Nadine,

FYI: PI notification from Clearwater for Adrian Kemble (policy PI-UK-2024-0871). Letter of claim attached. Only property damage, no injury. Could you open a file and appoint local counsel?

Thanks
Fiona

> From: Owen Pritchard <owen.pritchard@clearwater-brokers.example>
> Subject: PI notification - Kemble Architecture
> Aylin/Fiona, our client received the attached letter of claim yesterday. Please acknowledge. Owen
"""
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Nadine Ostermeier <nadine.ostermeier@auenfels.example>",
                      "FW: PI notification - Kemble Architecture", "2025-03-25 15:30", body=body,
                      atts=[("Letter_of_claim_Kemble.pdf", p, PDF)])


def m065():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "internal",
            "HTML-only internal mail; table of named private-health customers with premium arrears and dunning stage (health contract + money)")
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Hallo Gisela,</p>
<p>anbei wie jeden Monat die Fälle KV mit Rückstand &gt; 2 Monatsbeiträge (§ 193 Abs. 6 VVG). Bitte Mahnstufe 2 auslösen, außer bei Frau Jankowski – dort läuft eine Ratenzahlung.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Vertrag</th><th>Versicherte/r</th><th>Tarif</th><th>Rückstand</th><th>seit</th><th>Stufe</th></tr>
<tr><td>KV 4410 207 3</td><td>Ralf Gutknecht</td><td>PrivatMed Basis</td><td>1.284,66 EUR</td><td>01.06.2025</td><td>1</td></tr>
<tr><td>KV 5120 889 0</td><td>Monika Jankowski</td><td>PrivatMed Komfort</td><td>922,10 EUR</td><td>01.07.2025</td><td>1 (Ratenzahlung)</td></tr>
<tr><td>KV 6002 145 8</td><td>Dr. Lars Petermann</td><td>PrivatMed Premium</td><td>2.733,40 EUR</td><td>01.05.2025</td><td>2</td></tr>
</table>
<p>Gruß<br>Svenja Roth<br>Bestand Kranken</p></body></html>"""
    return meta, mail("Svenja Roth <svenja.roth@auenfels.example>",
                      "Gisela Brandhorst <gisela.brandhorst@auenfels.example>",
                      "Rückstände KV 08/2025", "2025-08-05 09:00", html=html, cte="quoted-printable")


def m066():
    meta = ("NORMAL", "en", "newsletter",
            "trap: PDF industry statistics 'travel health claims 2024: top causes' (fractures, gastroenteritis, cardiac events) - aggregates")
    p = pdf("""Travel Health Claims 2024 - Market Snapshot (Auenfels International)
Top causes by number of claims: 1. gastrointestinal infections 18 %  2. respiratory infections 15 %
3. fractures and sprains 12 %  4. dental emergencies 9 %  5. cardiac events 4 % (but 21 % of costs)
Average claim cost: Europe EUR 1,140 | USA EUR 9,870 | Asia EUR 2,310
Largest single claim: EUR 412,000 (air ambulance from the USA after a stroke) - anonymised
""", title="Travel health snapshot 2024")
    text = "Dear partners,\n\nour Travel Health Market Snapshot 2024 is out - see the attached PDF. Key message: cardiac events are rare but drive a fifth of costs.\n\nAuenfels International\nUnsubscribe: https://www.auenfels.example/unsubscribe\n"
    return meta, mail("Auenfels International <international-news@auenfels.example>",
                      "Campus Language School <admissions@campus-language.example>",
                      "Travel Health Market Snapshot 2024", "2025-03-04 07:30", body=text,
                      atts=[("Travel_Health_Snapshot_2024.pdf", p, PDF)])


def m067():
    meta = ("CONFIDENTIAL", "de", "insurer-to-company",
            "PDF confirmation to a car dealer listing customers' eVB numbers, names and reserved plates")
    p = pdf("""Auenfels Versicherung AG – Bestätigung elektronischer Versicherungsbestätigungen (eVB)
Händler: Autohaus Wendt GmbH & Co. KG, Händlernummer H-0334

eVB       Kunde               Kennzeichen     Status
A7K2M9Q   Heike Brodersen     KS-HB 414       zugelassen 10.03.2025, Vertrag KF-5102-3310
C4X8P1D   Wolfgang Treis      KS-WT 88        zugelassen 11.03.2025, Vertrag KF-5102-3318
F9R3L6T   Marta Sikorska      KS-MS 2020E     zugelassen 12.03.2025, Vertrag KF-5102-3321
H2N7W5B   Jonas Wiegand       KS-JW 301E      noch nicht zugelassen – eVB gültig bis 12.04.2025
""", title="eVB-Bestaetigung")
    return meta, mail("Dennis Köhler <dennis.koehler@auenfels.example>",
                      "Sandra Wendt <disposition@autohaus-wendt.example>",
                      "eVB-Bestätigung KW 11", "2025-03-14 13:37",
                      body="Hallo Frau Wendt,\n\nanbei die Bestätigung zu Ihren Zulassungen der KW 11. Für Herrn Wiegand ist die eVB noch offen.\n\nViele Grüße\nDennis Köhler\nKfz-Bestand\n\n" + DISCL_DE,
                      atts=[("eVB_Bestaetigung_KW11.pdf", p, PDF)])


def m068():
    meta = ("STRICTLY_CONFIDENTIAL", "en", "company",
            "employer HR DOCX on an employee's pregnancy (due date, planned C-section, clinic) for maternity benefit under the international health plan")
    d = docx([
        "Northgate Pharma Services Ltd - request for maternity benefit confirmation",
        [["Employee", "Rachel Ostrowski"], ["Member no.", "IHP-NG-0117"], ["Expected date of delivery", "14 March 2026"],
         ["Planned delivery", "elective caesarean section (previous breech presentation), Klinikum Großhadern, Munich"],
         ["Treating gynaecologist", "Dr. Verena Albrecht, Munich"], ["Request", "confirmation of cover for delivery, private room and neonatal check"]],
        "Submitted by People Team on behalf of the employee, 10 November 2025.",
    ])
    body = """Dear Fiona,

Rachel asked us to pass on the attached request regarding her maternity cover. She's happy for you to contact her directly.

Best,
Gareth
"""
    orig = inner("Gareth Aldous <g.aldous@northgate-pharma.example>",
                 "Fiona McAllister <fiona.mcallister@auenfels.example>",
                 "Maternity cover query - R. Ostrowski", "2025-11-10 09:48 +0000", body=body,
                 atts=[("Maternity_request_Ostrowski.docx", d, DOCX)])
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Nils Harder <nils.harder@auenfels.example>",
                      "Fwd: Maternity cover query - R. Ostrowski", "2025-11-10 10:30",
                      body="Nils - for health claims pre-authorisation. Reply direct to the member please, not to HR. F.\n",
                      atts=[orig])


def m069():
    meta = ("NORMAL", "de", "internal",
            "trap: DOCX template of a medical confidentiality-release letter with «Name», «Geburtsdatum», «Arzt» placeholders")
    d = docx([
        "Musterschreiben: Schweigepflichtentbindung für Gruppen-Unfall-Leistungsfälle",
        "«Anrede» «Vorname» «Nachname», geb. «Geburtsdatum»",
        "«Straße», «PLZ» «Ort»",
        "Schaden-Nr. «Schadennummer»",
        "Sehr geehrte/r «Anrede» «Nachname», zur Prüfung Ihrer Ansprüche benötigen wir Auskünfte von «Arzt/Klinik». Bitte unterschreiben Sie die beiliegende Erklärung, mit der Sie «Arzt/Klinik» von der Schweigepflicht entbinden. Sie können die Erklärung jederzeit widerrufen.",
        "Mit freundlichen Grüßen  «Sachbearbeiter»",
    ])
    return meta, mail("Jana Lüders <jana.lueders@auenfels.example>",
                      "Team Leistung Unfall <leistung-unfall@auenfels.example>",
                      "Neues Muster Schweigepflichtentbindung (Serienbrief)", "2025-07-01 11:11",
                      body="Hallo Team,\n\ndas überarbeitete Muster ist vom Datenschutz freigegeben und liegt jetzt in der Vorlagenbibliothek. Anbei zur Ansicht.\n\nJana\n",
                      atts=[("Muster_SPE_Gruppenunfall.docx", d, DOCX)])


def m070():
    meta = ("CONFIDENTIAL", "de", "provider",
            "collection agency's CSV of motor recourse debtors: names, addresses, claim numbers, outstanding amounts and instalment status")
    c = csv_("""Akte;Schuldner;Anschrift;Schaden-Nr;Forderung;gezahlt;Rest;Status
W-25-0311;Dennis Grabowski;Leipziger Str. 12, 34123 Kassel;K-24-0398120;4.210,00;1.200,00;3.010,00;Ratenzahlung 150/Monat
W-25-0347;Mandy Reichert;Am Sande 4, 37269 Eschwege;K-24-0412207;1.875,40;0,00;1.875,40;Mahnbescheid beantragt
W-25-0390;Kevin Lutter;Hinter der Mauer 9, 34560 Fritzlar;K-25-0030115;9.640,00;9.640,00;0,00;erledigt
""", "windows-1252")
    return meta, mail("Dennis Köhler <dennis.koehler@auenfels.example>",
                      "Regress Kfz <regress-kfz@auenfels.example>",
                      "WG: Statusliste Regress 06/2025", "2025-07-02 10:14",
                      body="Zur Ablage und Abgleich mit SAP. Lutter kann geschlossen werden.\n\n-----Ursprüngliche Nachricht-----\nVon: Forderungsmanagement Weidner <status@fm-weidner.example>\nBetreff: Statusliste Regress 06/2025\n\nSehr geehrte Damen und Herren, anbei die monatliche Statusliste. Mit freundlichen Grüßen\n",
                      atts=[("Statusliste_Regress_2025-06.csv", c, "application/vnd.ms-excel")])


def m071():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "company",
            "inline-forwarded employer mail and ODT accident notice about an employee's fatal workplace accident (group accident, cause of death)")
    o = odt([
        "Unfallanzeige – Todesfall",
        [["Versicherungsnehmer", "Kessler & Voss Maschinenbau GmbH, GU-2021-00233"], ["Verstorbener", "Bernhard Lingen, geb. 02.09.1971"],
         ["Unfall", "17.03.2025, 13:50 Uhr, Halle 2: von umstürzendem Maschinenteil (ca. 1,8 t) getroffen"],
         ["Tod", "am Unfallort, Todesursache lt. Notarzt schweres Thoraxtrauma"],
         ["Bezugsberechtigt", "Ehefrau Marion Lingen, Am Brauhaus 7, 34327 Körle"], ["BG informiert", "ja, BG Holz und Metall"]],
    ])
    body = """Hallo Jana,

ganz traurige Sache bei Kessler & Voss, siehe unten. Todesfallleistung aus der Gruppenunfall, 50.000 EUR. Bitte vorrangig.

Rainer

-------- Weitergeleitete Nachricht --------
Von: Kirsten Albers <k.albers@kv-maschinenbau.example>
Datum: 18.03.2025 08:02
Betreff: Unfall Halle 2

Sehr geehrter Herr Kluthe,
wir müssen Ihnen leider mitteilen, dass unser Kollege Bernhard Lingen gestern bei einem Arbeitsunfall ums Leben gekommen ist. Die Unfallanzeige hänge ich an. Seine Frau ist informiert; die Sterbeurkunde reichen wir nach.
K. Albers
"""
    return meta, mail("Rainer Kluthe <rainer.kluthe@auenfels.example>",
                      "Jana Lüders <jana.lueders@auenfels.example>",
                      "WG: Unfall Halle 2", "2025-03-18 08:40", body=body,
                      atts=[("Unfallanzeige_Lingen.odt", o, ODT)])


def m072():
    meta = ("NORMAL", "en", "internal",
            "trap: ZIP of anonymised training bordereaux (IDs instead of names, age bands, ICD chapter only) for new staff")
    a = csv_("""case_id,age_band,country,icd_chapter,claim_type,amount_eur
A-001,30-39,ES,XI digestive,MED,7850
A-002,18-29,PT,I infectious,MED,640
A-003,40-49,US,XIX injury,PA,12400
A-004,60-69,TH,IX circulatory,MED,31200
""")
    readme = "Anonymised training set. Names, dates of birth and dates of treatment removed; ages in bands; diagnoses at ICD chapter level only. Approved by data protection (ref. DS-2025-044).\n"
    z = zip_([("README.txt", readme), ("training_med_claims.csv", a)])
    return meta, mail("Marius Engel <marius.engel@auenfels.example>",
                      "New Starters International <newstarters-intl@auenfels.example>",
                      "Training pack: anonymised bordereaux", "2025-10-20 09:15",
                      body="Welcome again! The attached zip is for Wednesday's exercise. It's anonymised - you won't find real customers in it.\n\nMarius\n",
                      atts=[("training_pack_bdx.zip", z, ZIP)])


def m073():
    meta = ("CONFIDENTIAL", "en", "company",
            "freight company's XLSX of subcontracted drivers for CMR liability: names, dates of birth, licence numbers; no health")
    x = xlsx([("Drivers", [
        ["Meridian Freight B.V. - subcontracted drivers, CMR policy HA-CMR-2025-019", "", "", "", ""],
        ["Name", "Date of birth", "Licence no.", "Subcontractor", "Truck plate"],
        ["Pieter Bosman", "1977-03-30", "NL 5011927384", "Bosman Transport (eenmanszaak)", "23-BKT-4"],
        ["Grzegorz Malinowski", "1984-10-11", "PL 00712/19/4611", "GM Trans", "WGM 45KL"],
        ["Liesbeth van Dam", "1990-06-22", "NL 5407712836", "Meridian own fleet", "61-BNP-9"],
    ])])
    return meta, mail("Aylin Demirtaş <aylin.demirtas@auenfels.example>",
                      "Carsten Vogt <carsten.vogt@auenfels.example>",
                      "FW: drivers list CMR", "2025-04-02 14:03",
                      body="Carsten, Meridian sent the subcontractor driver list we asked for (CMR renewal). Only need it for the file.\n\n> From: Joris van der Linde\n> Hi Aylin, list attached as requested. Regards, Joris\n",
                      atts=[("Meridian_CMR_drivers.xlsx", x, XLSX)])


def m074():
    meta = ("NORMAL", "de", "insurer-to-company",
            "trap: circular PDF on fleet premium adjustment 2026 (percentages, claims inflation, repair costs) - generic, no contract data")
    p = pdf("""Kundeninformation Kfz-Flotte 2026
Die Reparaturkosten sind 2024 um 7,9 % gestiegen, Ersatzteile um 10,2 %, Lackmaterial um 6,1 %.
Für Flottenverträge ab 10 Fahrzeugen passen wir die Beiträge zum 01.01.2026 um durchschnittlich 6,5 % an.
Flotten mit einer Schadenquote unter 50 % erhalten einen Bonus von bis zu 10 %.
Sie haben ein Sonderkündigungsrecht innerhalb eines Monats nach Zugang der Beitragsrechnung.
""", title="Kundeninformation Flotte 2026")
    return meta, mail("Marco Bellini <marco.bellini@auenfels.example>",
                      "Fuhrpark Brenner <fuhrpark@brenner-logistik.example>",
                      "Kundeninformation Kfz-Flotte 2026", "2025-10-15 10:00",
                      body="Sehr geehrte Damen und Herren,\n\nvorab per Mail unsere allgemeine Kundeninformation zur Beitragsentwicklung 2026. Ihre individuelle Beitragsrechnung erhalten Sie im November.\n\nMit freundlichen Grüßen\nMarco Bellini\nFirmenkunden Kfz\n",
                      atts=[("Kundeninformation_Flotte_2026.pdf", p, PDF)])


def m075():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "broker",
            "broker's XLSX enrolment for company health insurance (bKV) of a construction firm: names, birth dates, tariffs; base64-encoded body")
    x = xlsx([("bKV", [
        ["Okafor Bau GmbH – Anmeldung bKV (Makler Assekuranz Felsberg)", "", "", ""],
        ["Name", "Geburtsdatum", "Tarif", "Beginn"],
        ["Reuter, Stefan", "12.12.1980", "bKV Budget 900", "01.01.2026"],
        ["Arslan, Kemal", "05.05.1992", "bKV Budget 900", "01.01.2026"],
        ["Gieseler, Martina", "17.02.1977", "bKV Budget 900 + Zahn", "01.01.2026"],
        ["Okafor, Chidi", "29.08.1974", "bKV Budget 900 + Zahn", "01.01.2026"],
    ])])
    body = """Hallo Herr Brandes,

anbei die Anmeldeliste Okafor Bau für die bKV zum 01.01.2026 (Rahmenvertrag bKV-2025-0311). Bitte Policierung und Versand der Versicherungsausweise an die Firma.

Viele Grüße
Anke Felsberg
Assekuranz Felsberg GmbH
"""
    return meta, mail("Jens Pawlitzki <jens.pawlitzki@auenfels.example>",
                      "Heiko Brandes <heiko.brandes@auenfels.example>",
                      "WG: bKV Okafor Bau Anmeldung", "2025-12-03 16:12",
                      body="Weitergeleitet von Frau Felsberg:\n\n" + body, cte="base64",
                      atts=[("bKV_Okafor_Anmeldung.xlsx", x, XLSX)])

# =============================================================== mails 076-090

def m076():
    meta = ("NORMAL", "en", "insurer-to-broker",
            "trap: cargo declarations reconciliation XLSX with premiums and claim amounts; only companies as assured/consignees, no natural person")
    x = xlsx([("Q3 declarations", [
        ["Open cover TR-MAR-2024-118 - declarations Q3 2025 - reconciliation", "", "", "", ""],
        ["Certificate", "Consignee", "Route", "Insured value EUR", "Premium EUR"],
        ["0431", "Pompy Bałtyk S.A.", "Rotterdam-Gdynia", 212000, 233.20],
        ["0436", "Nordic Valve AB", "Rotterdam-Gothenburg", 96500, 106.15],
        ["0440", "Hydra Components Ltd", "Rotterdam-Felixstowe", 143800, 158.18],
        ["0452", "Pompy Bałtyk S.A.", "Rotterdam-Gdynia", 388100, 426.91],
        ["Total", "", "", 840400, 924.44],
        ["Broker note: 0436 declared late (7 days) - accepted without surcharge", "", "", "", ""],
    ])])
    return meta, mail("Aylin Demirtaş <aylin.demirtas@auenfels.example>",
                      "Owen Pritchard <owen.pritchard@clearwater-brokers.example>",
                      "Meridian open cover - Q3 declarations reconciled", "2025-10-09 11:44",
                      body="Hi Owen,\n\nreconciliation for Q3 attached; our figures agree with yours now. Premium debit note follows from accounts.\n\nBest\nAylin\n\n" + DISCL_EN,
                      atts=[("TR-MAR-2024-118_Q3_reconciliation.xlsx", x, XLSX)])


def m077():
    meta = ("STRICTLY_CONFIDENTIAL", "en", "provider",
            "assistance company's monthly case list XLSX: insured travellers by name with country, diagnosis and costs")
    x = xlsx([("Cases Aug-25", [
        ["GlobalCare Assistance - Auenfels open and closed cases August 2025", "", "", "", "", ""],
        ["Case", "Insured", "Policy", "Country", "Diagnosis / reason", "Costs EUR"],
        ["GC-25-041877", "Adaeze Okafor", "RT/24/77310", "ES", "appendicitis, appendectomy", 8270],
        ["GC-25-052210", "Valentina Moreno Díaz", "RT/25/80154", "ES", "anaphylaxis (nut allergy)", 3915],
        ["GC-25-053004", "Tobi Adeyemi", "RT/25/80154", "DE", "fractured clavicle (cycling)", 1480],
        ["GC-25-053390", "Thomas Berger", "RT/24/77302", "IN", "dengue fever, 4 nights inpatient", 5120],
    ])])
    return meta, mail("Marius Engel <marius.engel@auenfels.example>",
                      "Nils Harder <nils.harder@auenfels.example>",
                      "FW: GlobalCare case list August", "2025-09-03 12:20",
                      body="Nils, August case list from GlobalCare for the reconciliation with our payments. Berger isn't on our payment list yet.\n\nMarius\n\n> From: reporting@globalcare-assist.example\n> Monthly case list attached.\n",
                      atts=[("GlobalCare_Auenfels_2025-08.xlsx", x, XLSX)])


def m078():
    meta = ("NORMAL", "de", "internal",
            "trap: ICS training invite on the new interface for 'Bestandslisten mit Geburtsdaten und Gehältern'; no data")
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000050A1B2C3D4E5@auenfels.example
DTSTAMP:20250910T121500Z
DTSTART;TZID=W. Europe Standard Time:20250924T140000
DTEND;TZID=W. Europe Standard Time:20250924T153000
SUMMARY:Schulung: Import-Schnittstelle Bestandslisten (bAV/Gruppenunfall)
LOCATION:Teams
DESCRIPTION:Wie Arbeitgeberlisten mit Geburtsdaten\\, Gehältern und Vertrag
 snummern künftig über die Schnittstelle statt per Mail kommen. Bitte keine
  echten Listen in die Schulung mitbringen.
ORGANIZER;CN=Piotr Nowak-Schell:mailto:piotr.nowak-schell@auenfels.example
END:VEVENT
END:VCALENDAR
""")
    return meta, mail("Piotr Nowak-Schell <piotr.nowak-schell@auenfels.example>",
                      "Firmenkunden Leben <fk-leben@auenfels.example>",
                      "Einladung: Schulung Import-Schnittstelle Bestandslisten", "2025-09-10 14:15",
                      body="Hallo zusammen, Einladung anbei. Gruß Piotr\n",
                      atts=[("invite.ics", cal, ICS)], mailer="Microsoft Outlook 16.0")


def m079():
    meta = ("CONFIDENTIAL", "de", "company",
            "ZIP with construction-all-risk claim report DOCX naming the site manager, policy number and damage; no injuries")
    d = docx([
        "Schadenbericht Bauleistungsversicherung BL 2025-1180",
        [["Baustelle", "Neubau Kita Sonnenwiese, Fritzlar"], ["Bauleiter", "Stefan Reuter, mobil 0160 4471820"],
         ["Schadentag", "28.06.2025 (Starkregen)"], ["Schaden", "Baugrube geflutet, Schalung und Bewehrung Bodenplatte beschädigt"],
         ["Personen", "keine verletzt"], ["Kosten", "ca. 64.000 EUR (Abpumpen, Neuverlegung Bewehrung)"]],
    ])
    fotos = "Fotoliste: IMG_2211 Baugrube Nord, IMG_2214 Pumpe, IMG_2230 Bewehrung (Originalfotos folgen per Cloud-Link)\n"
    z = zip_([("Schadenbericht_BL2025-1180.docx", d), ("Fotoliste.txt", fotos)])
    return meta, mail("Nadine Ostermeier <nadine.ostermeier@auenfels.example>",
                      "Technische Versicherung <tv-schaden@auenfels.example>",
                      "WG: Schaden Kita Sonnenwiese", "2025-07-01 09:27",
                      body="Bauleistung Okafor Bau, bitte übernehmen. Nadine\n\n> Von: Chidi Okafor <c.okafor@okafor-bau.example>\n> Betreff: Schaden Kita Sonnenwiese\n> Hallo, anbei unser Bericht als ZIP. Gruß C. Okafor\n",
                      atts=[("Schaden_Kita.zip", z, ZIP)])


def m080():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
            "insurer confirms to employer the bKV enrolment per named employee (health insurance membership, tariffs, start dates) in an XLSX")
    x = xlsx([("Bestätigung", [
        ["Gruppenvertrag bKV-2025-0193 – Sonnenhof Pflegedienst gGmbH – Bestätigung Anmeldungen", "", "", ""],
        ["Versicherte Person", "Versicherungsnr.", "Tarif", "Beginn"],
        ["Anja Gerlach", "BKV-0193-001", "bKV Zahn Plus", "01.07.2025"],
        ["Samira Mahmoud", "BKV-0193-002", "bKV Zahn Plus + Stationär", "01.07.2025"],
        ["Jürgen Pfeiffer", "BKV-0193-003", "bKV Zahn Plus", "01.07.2025"],
        ["Katarzyna Wróbel", "BKV-0193-004", "bKV Budget 600", "01.07.2025"],
        ["Tobias Schnell", "BKV-0193-005", "bKV Budget 600", "01.07.2025"],
    ])])
    return meta, mail("Heiko Brandes <heiko.brandes@auenfels.example>",
                      "Personalbüro Sonnenhof <personal@sonnenhof-pflege.example>",
                      "bKV – Bestätigung Ihrer Anmeldungen", "2025-06-30 15:45",
                      body="Sehr geehrte Frau Albrecht,\n\nanbei die Bestätigung der ersten fünf Anmeldungen. Die Versicherungsausweise gehen den Mitarbeitenden direkt per Post zu.\n\nMit freundlichen Grüßen\nHeiko Brandes\nFirmenkunden Kranken\n\n" + DISCL_DE,
                      atts=[("Bestaetigung_bKV_0193.xlsx", x, XLSX)])


def m081():
    meta = ("NORMAL", "en", "insurer-to-partner",
            "trap: PDF quarterly group-life report to the reinsurer: number of lives, sums at risk, claims by cause (aggregated)")
    p = pdf("""Auenfels - Group Life Quota Share - Quarterly Report Q2 2025
Schemes in force: 214   Insured lives: 38,412   Total sum at risk: EUR 3.41 bn
Claims notified in Q2: 19 (death 15, terminal illness 4)
By cause: cancer 8, cardiovascular 5, accident 3, other 3
Largest claim: EUR 620,000 (scheme size 1,200 lives) - within retention
Free cover limit breaches requiring medical evidence: 6 (all resolved)
""", title="GL QS Q2 2025")
    return meta, mail("Sophie Grünewald <sophie.gruenewald@auenfels.example>",
                      "Katharina Stein <katharina.stein@munich-re-partner.example>",
                      "GL quota share - Q2 2025 report", "2025-07-18 10:30",
                      body="Dear Katharina,\n\nQ2 report attached. Nothing unusual this quarter.\n\nBest regards\nSophie\n",
                      atts=[("GL_QS_Q2_2025.pdf", p, PDF)])


def m082():
    meta = ("NORMAL", "en", "company",
            "trap: company's pool-car list XLSX for fleet motor (plates, models, VINs, depot) - vehicles only, no drivers or other natural persons")
    x = xlsx([("Pool cars", [
        ["Northgate Pharma Services GmbH (German branch) - pool vehicles", "", "", ""],
        ["Plate", "Model", "VIN", "Depot"],
        ["M-NP 3101", "BMW 320d Touring", "WBA8K31060K412200", "Munich"],
        ["M-NP 3102", "BMW 320d Touring", "WBA8K31020K412218", "Munich"],
        ["F-NP 880", "VW Passat Variant", "WVWZZZ3CZPE104471", "Frankfurt"],
    ])])
    return meta, mail("Marco Bellini <marco.bellini@auenfels.example>",
                      "Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "AW: Northgate pool cars - Germany", "2025-05-12 16:00",
                      body="Hi Fiona,\n\nthanks, the list is enough for a quote - pool cars only, any employee may drive. I'll price it as fleet (under 5 vehicles = Kleinflotte).\n\nMarco\n\n> Marco, Northgate's German branch wants to insure their pool cars locally, list attached. F.\n",
                      atts=[("Northgate_pool_cars_DE.xlsx", x, XLSX)])


def m083():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "company",
            "driving school's PDF accident report for occupant accident cover: learner driver and instructor injured (concussion, broken nose); iso-8859-1 body")
    p = pdf("""Schadenanzeige Kfz / Insassenunfall – Fahrschule Kranich
Fahrzeug: KS-FK 2, VW Golf (Fahrschulwagen), Vertrag KF-FL-2203, Insassenunfall IU-2203
Datum: 16.05.2025, 16:40 Uhr, Kreuzung Wolfhager Str./Ihringshäuser Str., Kassel
Hergang: Gegner (Transporter) fährt bei Rot in die Kreuzung, Kollision Beifahrerseite
Verletzte: 1) Fahrschülerin Lena Burkhardt, geb. 03.06.2007: Gehirnerschütterung, 1 Nacht Klinikum Kassel
           2) Fahrlehrerin Melanie Bauer: Nasenbeinfraktur, ambulant versorgt, AU bis 30.05.2025
Polizei: Kassel-Nord, Tgb.-Nr. 25-0516-8812
""", title="Schadenanzeige KS-FK 2")
    body = """Hallo Frau Lüders,

Herr Kranich hat die Schadenanzeige geschickt; Kfz-Haftpflicht des Gegners läuft bei einem anderen Versicherer, wir regulieren die Insassenunfallversicherung. Zwei Verletzte, Details im PDF.

Grüße
Tobias Reinholt
"""
    return meta, mail("Tobias Reinholt <tobias.reinholt@auenfels.example>",
                      "Jana Lüders <jana.lueders@auenfels.example>",
                      "Insassenunfall Fahrschule Kranich 16.05.", "2025-05-19 08:30", body=body,
                      charset="iso-8859-1", cte="quoted-printable",
                      atts=[("Schadenanzeige_KS-FK2.pdf", p, PDF)])


def m084():
    meta = ("NORMAL", "de", "internal",
            "trap: XLSX price list of company health insurance tariffs by age band - no persons")
    x = xlsx([("bKV Beiträge 2026", [
        ["Tarif", "bis 20", "21-40", "41-60", "ab 61"],
        ["bKV Budget 600", 11.90, 14.50, 18.20, 22.40],
        ["bKV Budget 900", 16.80, 20.40, 25.70, 31.60],
        ["bKV Zahn Plus", 9.80, 13.20, 19.90, 24.10],
        ["Stationär Zweibett", 7.40, 12.60, 24.80, 44.30],
    ])])
    return meta, mail("Heiko Brandes <heiko.brandes@auenfels.example>",
                      "Vertrieb Firmenkunden <vertrieb-fk@auenfels.example>",
                      "bKV-Beiträge 2026 (Monatsbeiträge je Person)", "2025-11-20 10:05",
                      body="Hallo zusammen,\n\ndie neuen Monatsbeiträge für 2026 sind freigegeben, Übersicht anbei. Bitte ab sofort für Angebote verwenden.\n\nHeiko\n",
                      atts=[("bKV_Beitraege_2026.xlsx", x, XLSX)])


def m085():
    meta = ("CONFIDENTIAL", "de", "broker",
            "scanned cancellation letter sent as application/octet-stream: customer name, address, motor policy and plate; body 'Kündigung anbei'")
    p = pdf("""Gunnar Riemann
Bergstraße 21
37217 Hebenshausen

An die Auenfels Versicherung AG – über Maklerbüro Hartwig & Söhne

Kündigung meiner Kfz-Versicherung
Vertragsnummer: KF-4398-1177, Kennzeichen ESW-GR 64
Hiermit kündige ich den o. g. Vertrag fristgerecht zum 01.01.2026.
Bitte bestätigen Sie mir die Kündigung schriftlich.

Hebenshausen, 14.11.2025        Gunnar Riemann
""", title="Scan_20251114_0937")
    return meta, mail("Jens Pawlitzki <jens.pawlitzki@auenfels.example>",
                      "Kfz-Bestand <kfz-bestand@auenfels.example>",
                      "WG: Kündigung anbei", "2025-11-14 11:20",
                      body="Von Hartwig, bitte verarbeiten.\n\n> Kündigung anbei.\n> Gesendet von meinem Samsung Galaxy Smartphone.\n",
                      atts=[("Scan_20251114_0937.pdf", p, OCTET)])


def m086():
    meta = ("NORMAL", "en", "insurer-to-broker",
            "trap: key-person critical illness illustration PDF for an unnamed 'Director A, age 52, non-smoker' with premium - fictitious example, no identifiable person")
    p = pdf("""Key Person Critical Illness - Illustration (for broker use)
Life assured: Director A (name to be provided at application), age 52, non-smoker
Sum assured: EUR 500,000, term 10 years, level premium
Covered conditions include: cancer, heart attack, stroke, multiple sclerosis, kidney failure
Indicative monthly premium: EUR 412.60 - subject to full medical underwriting
This illustration is not an offer.
""", title="KPCI illustration")
    return meta, mail("Ulrich Tamm <ulrich.tamm@auenfels.example>",
                      "Owen Pritchard <owen.pritchard@clearwater-brokers.example>",
                      "Key person CI - illustration", "2025-06-06 14:44",
                      body="Dear Owen,\n\nas requested, an illustration for a generic director profile. Once your client decides, we'll need the application with the health questionnaire.\n\nKind regards\nUlrich Tamm\nLife Underwriting\n",
                      atts=[("KPCI_illustration_DirectorA.pdf", p, PDF)])


def m087():
    meta = ("NORMAL", "en", "supplier",
            "trap: IT provider's SFTP setup guide PDF with example file names like 'census_<client>_DOB.csv' and a dummy key fingerprint")
    p = pdf("""SecureDrop Managed SFTP - onboarding guide for Auenfels partners
Host: sftp.auenfels.example  Port: 22  Authentication: SSH key (ed25519) only
Folder structure: /in/bordereaux, /in/census, /out/statements
Naming convention: <partner>_<type>_<YYYYMM>.csv.pgp, e.g. clearwater_census_202510.csv.pgp
Server key fingerprint: SHA256:qZ4m8Xw1dummyFINGERPRINTforDOCSonly0000000
Files without PGP encryption are rejected automatically.
""", title="SFTP onboarding")
    return meta, mail("Piotr Nowak-Schell <piotr.nowak-schell@auenfels.example>",
                      "Marius Engel <marius.engel@auenfels.example>",
                      "SFTP onboarding guide for brokers", "2025-09-11 09:09",
                      body="Marius, here's the guide from the SFTP provider that you can send to Clearwater and Thamesbridge. Piotr\n",
                      atts=[("SFTP_onboarding_guide.pdf", p, PDF)])


def m088():
    meta = ("NORMAL", "en", "insurer-to-company",
            "trap: premium debit note PDF to a company's generic accounts mailbox with the insurer's and the company's bank accounts; no natural person")
    p = pdf("""DEBIT NOTE 2025-TR-0917
To: Meridian Freight B.V., Accounts Payable, Waalhaven Oostzijde 31, 3087 BM Rotterdam
Open cover TR-MAR-2024-118 - declarations Q3 2025
Premium EUR 924.44 (no insurance tax - NL risk, tax to be accounted for by the assured)
Payment within 30 days to Auenfels Versicherung AG, IBAN DE90 4401 0046 0218 8700 31
Direct debit from your account NL11 RABO 0301 9588 20 if mandate exists.
""", title="Debit note 2025-TR-0917")
    return meta, mail("Accounts Receivable Auenfels <ar@auenfels.example>",
                      "Meridian Accounts Payable <ap@meridian-freight.example>",
                      "Debit note 2025-TR-0917", "2025-10-10 07:45",
                      body="Dear Sir or Madam,\n\nplease find our debit note attached.\n\nAuenfels Versicherung AG - Accounts Receivable\n",
                      atts=[("Debit_note_2025-TR-0917.pdf", p, PDF)])


def m089():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "provider",
            "medical reviewer's DOCX opinion on a wheelchair request for a named health-insurance customer with MS diagnosis (G35)")
    d = docx([
        "MedPrüf Service GmbH – Stellungnahme Hilfsmittelversorgung",
        [["Auftrag", "Auenfels Kranken, Leistungsfall L-25-220417"], ["Versicherter", "Holger Timm, geb. 19.01.1966, KV 3308 511 7"],
         ["Diagnose", "Multiple Sklerose, sekundär progredient (G35.31), EDSS 6,5"], ["Beantragt", "Elektrorollstuhl mit Sitzkantelung, KVA 18.940 EUR"]],
        "Beurteilung: Die Gehstrecke ist auf unter 20 m mit Rollator begrenzt; die Versorgung mit einem Elektrorollstuhl ist medizinisch notwendig. Die Sitzkantelung ist wegen Druckstellenrisiko begründet.",
        "Empfehlung: Kostenübernahme in beantragter Höhe; Alternativangebot des Vertragslieferanten (16.200 EUR) ist gleichwertig.",
        "Dr. med. Carola Wessel, Fachärztin für Neurologie, 07.10.2025",
    ])
    return meta, mail("Nils Harder <nils.harder@auenfels.example>",
                      "Dr. Henrike Saalfeld <henrike.saalfeld@auenfels.example>",
                      "WG: Stellungnahme L-25-220417", "2025-10-07 16:01",
                      body="Stellungnahme von MedPrüf ist da, Empfehlung Übernahme. Soll ich das günstigere Angebot nehmen?\n\nNils\n\n> Von: gutachten@medpruef.example\n> Anbei unsere Stellungnahme. MedPrüf Service GmbH\n",
                      atts=[("Stellungnahme_L-25-220417.docx", d, DOCX)])


def m090():
    meta = ("NORMAL", "de", "insurer-to-broker",
            "trap: DOCX checklist for company-customer submissions naming required documents (Gesundheitsfragen, Gehaltsliste, SEPA) - no data")
    d = docx([
        "Checkliste Einreichung Firmenkunden-Anträge (Stand 2025)",
        [["Sparte", "Benötigte Unterlagen"],
         ["bAV / Gruppen-BU", "Antrag, Gehaltsliste (nur über Portal!), ggf. Gesundheitserklärung je Person"],
         ["bKV", "Rahmenvertrag, Anmeldeliste (Name, Geburtsdatum, Tarif)"],
         ["Gruppen-Unfall", "Antrag, Anzahl je Gefahrengruppe oder Namensliste"],
         ["Flotte", "Fuhrparkliste, Schadenverlauf 5 Jahre, SF-Nachweise"],
         ["Gewerbe Sach/Haftpflicht", "Antrag, Betriebsbeschreibung, Umsatz/Lohnsumme"]],
        "Personenbezogene Listen bitte ausschließlich über das Maklerportal hochladen, nicht per E-Mail.",
    ])
    return meta, mail("Ilka Sommer <ilka.sommer@auenfels.example>",
                      "Bernd Hartwig <b.hartwig@hartwig-makler.example>",
                      "Checkliste Firmenkunden-Einreichung", "2025-04-14 13:13",
                      body="Sehr geehrter Herr Hartwig,\n\nwie versprochen unsere Checkliste. Besonders wichtig: Listen mit Gesundheits- oder Gehaltsangaben nur über das Portal.\n\nFreundliche Grüße\nIlka Sommer\n",
                      atts=[("Checkliste_Firmenkunden.docx", d, DOCX)])

# =============================================================== mails 091-105

def m091():
    meta = ("CONFIDENTIAL", "de", "company",
            "property manager's ODS of flat owners in a condominium (names, units, co-ownership shares, IBANs for premium split) for the buildings policy")
    o = ods([("Eigentümer", [
        ["WEG Kölnische Straße 140, Kassel – Eigentümerliste für Wohngebäudeversicherung WG-23-407-11", "", "", ""],
        ["Einheit", "Eigentümer/in", "MEA", "IBAN (Hausgeldkonto-Lastschrift)"],
        ["WE 1", "Harald und Ute Schomburg", "182/1000", "DE50 5206 0410 0009 1733 65"],
        ["WE 2", "Dr. Aleksandra Nowak", "164/1000", "DE31680900000027714408"],
        ["WE 3", "Finn Rasmussen", "221/1000", "DE04 3002 0900 0630 0811 57"],
        ["WE 4", "Erbengemeinschaft Kullmann (Ansprechpartner: Torsten Kullmann)", "433/1000", "DE09 7015 0000 0905 5219 73"],
    ])])
    return meta, mail("Lea Sturm <lea.sturm@auenfels.example>",
                      "Underwriting Sach <underwriting-sach@auenfels.example>",
                      "WG: Eigentümerliste WEG Kölnische Str. 140", "2025-02-18 10:51",
                      body="Hausverwaltung Pohl hat für den Verwalterwechsel die Eigentümerliste geschickt. Wir brauchen nur den Verwalter als VN – bitte trotzdem ablegen.\n\nLea\n\n> Von: Carola Pohl <c.pohl@hv-pohl-partner.example>\n> anbei wie angefordert. MfG C. Pohl\n",
                      atts=[("Eigentuemer_WEG_Koelnische140.ods", o, ODS)])


def m092():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "company",
            "base64-encoded body; employer forwards an employee's incapacity certificate (AU with F43.2) as PDF for group daily sickness allowance")
    p = pdf("""Arbeitsunfähigkeitsbescheinigung – Ausdruck für den Versicherten
Versicherte: Samira Mahmoud, geb. 02.10.1992
Arbeitgeber: Sonnenhof Pflegedienst gGmbH
Arbeitsunfähig seit: 01.09.2025   voraussichtlich bis: 28.09.2025   Folgebescheinigung
Diagnose: F43.2 G Anpassungsstörung
Arzt: Praxis Dr. Juliane Hensel, Allgemeinmedizin, Kassel
""", title="AU Mahmoud")
    body = """Sehr geehrter Herr Brandes,

anbei die Folgebescheinigung von Frau Mahmoud für das Krankentagegeld aus der bKV. Sie hat zugestimmt, dass wir sie weiterleiten.

Freundliche Grüße
Doris Albrecht
Personalbüro Sonnenhof Pflegedienst gGmbH
"""
    return meta, mail("Heiko Brandes <heiko.brandes@auenfels.example>",
                      "Leistung bKV <leistung-bkv@auenfels.example>",
                      "WG: Folgebescheinigung", "2025-09-03 12:44", body=body, cte="base64",
                      atts=[("AU_Folge_0925.pdf", p, PDF)])


def m093():
    meta = ("NORMAL", "en", "internal",
            "trap: HTML-only Q1 bordereau summary with a table by country and cause incl. 'medical expenses'; aggregates only")
    html = """<html><body><p>Hi team,</p><p>Q1 bordereau summary across all TPAs:</p>
<table border="1" cellpadding="4"><tr><th>Country</th><th>Medical expenses</th><th>Personal accident</th><th>Baggage</th><th>Cancellation</th></tr>
<tr><td>Spain</td><td>41</td><td>3</td><td>12</td><td>8</td></tr>
<tr><td>USA</td><td>9</td><td>1</td><td>4</td><td>6</td></tr>
<tr><td>Thailand</td><td>14</td><td>2</td><td>3</td><td>1</td></tr>
<tr><td>Other</td><td>38</td><td>5</td><td>21</td><td>17</td></tr></table>
<p>Paid total EUR 612,400. Average medical claim EUR 3,180.</p><p>Marius</p></body></html>"""
    return meta, mail("Marius Engel <marius.engel@auenfels.example>",
                      "International Desk <international@auenfels.example>",
                      "Q1 bordereau summary", "2025-04-11 15:27", html=html)


def m094():
    meta = ("CONFIDENTIAL", "en", "broker",
            "broker's valuation report PDF for a high-value home contents policy: named client, address, jewellery and art list with values")
    p = pdf("""Ashworth Valuers - Valuation for Insurance
Client: Mrs Georgina Thornbury, The Old Rectory, Church Lane, Tarporley CW6 9AB
Policy: HNW contents HC-UK-2025-0318 (via Clearwater Insurance Brokers)
Item                                          Replacement value GBP
Cartier Love bracelet, 18ct yellow gold             6,900
Diamond solitaire ring 1.52 ct, platinum           24,500
Oil on canvas, 'Estuary at dusk', J. Mallory        18,000
Georgian silver tea service (4 pieces)              7,200
Total                                                56,600
Valued 12 September 2025 by R. Ashworth FGA
""", title="Valuation Thornbury")
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Underwriting Sach <underwriting-sach@auenfels.example>",
                      "FW: Thornbury valuation - specified items", "2025-09-16 11:33",
                      body="Hi, please add the specified items to HC-UK-2025-0318 from 01/10. Valuation from the broker attached. Fiona\n\n> From: Priya Raman\n> Fiona, valuation attached for Mrs Thornbury's specified items. Thanks, Priya\n",
                      atts=[("Valuation_Thornbury_2025.pdf", p, PDF)])


def m095():
    meta = ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
            "XLSX to broker listing group life members above free cover limit who need medical evidence, with BMI and hypertension notes")
    x = xlsx([("Medical evidence", [
        ["Northgate Pharma - group life GL-NG-2019-004 - members above free cover limit (GBP 600,000)", "", "", ""],
        ["Member", "Benefit GBP", "Evidence required", "Underwriting note"],
        ["Gareth Aldous", 780000, "health questionnaire + GP report", "declared hypertension, on amlodipine"],
        ["Dr. Claudia Fenwick", 690000, "health questionnaire", "-"],
        ["Thomas Berger", 640000, "questionnaire + blood test", "BMI 36 declared; recent dengue (2025)"],
    ])])
    return meta, mail("Ulrich Tamm <ulrich.tamm@auenfels.example>",
                      "Owen Pritchard <owen.pritchard@clearwater-brokers.example>",
                      "GL-NG-2019-004 - medical evidence above FCL", "2025-10-01 12:00",
                      body="Dear Owen,\n\nplease see attached the members whose benefits exceed the free cover limit after the salary update. Cover above the FCL is restricted until we receive the evidence.\n\nKind regards\nUlrich Tamm\n",
                      atts=[("GL-NG_FCL_evidence.xlsx", x, XLSX)])


def m096():
    meta = ("NORMAL", "de", "newsletter",
            "trap: association statistics PDF on motor accidents and injured persons nationwide; no individuals")
    p = pdf("""Verbandsinformation Kfz – Unfallgeschehen 2024
Polizeilich erfasste Unfälle: 2,5 Mio., davon mit Personenschaden: 290.000
Verletzte: 364.000 (davon schwer verletzt 51.000), Getötete: 2.770
Schadenaufwand Kfz-Haftpflicht je Personenschaden: Ø 18.400 EUR
Häufigste Unfallursache bei Lkw: ungenügender Sicherheitsabstand
""", title="Unfallgeschehen 2024")
    return meta, mail("Auenfels Firmenkunden <firmenkunden-news@auenfels.example>",
                      "Fuhrpark Okafor Bau <fuhrpark@okafor-bau.example>",
                      "Flotten-News: Unfallgeschehen 2024", "2025-06-16 07:00",
                      body="Sehr geehrte Flottenkundinnen und -kunden,\n\nanbei die aktuelle Verbandsstatistik zum Unfallgeschehen. Tipps zur Fahrerunterweisung finden Sie im Kundenportal.\n\nIhre Auenfels Versicherung\n",
                      atts=[("Unfallgeschehen_2024.pdf", p, PDF)])


def m097():
    meta = ("CONFIDENTIAL", "de", "insurer-to-company",
            "XLSX settlement overview to the liable utility: named third-party claimants, amounts paid, dates; property damage only")
    x = xlsx([("Regulierung", [
        ["Schaden BHV 60 221 873 / H-25-0718 – Überspannung Mühlweg", "", "", ""],
        ["Anspruchsteller", "Forderung", "reguliert", "Zahlung am"],
        ["Gertrud Eilers", 689.00, 612.00, "12.08.2025"],
        ["Yusuf Karaca", 1240.50, 1240.50, "12.08.2025"],
        ["Birgit und Rolf Sänger", 2875.00, 2875.00, "19.08.2025"],
        ["Bäckerei Schmälzle GmbH", 3410.00, 2980.00, "19.08.2025"],
        ["Summe", 8214.50, 7707.50, ""],
    ])])
    return meta, mail("Nadine Ostermeier <nadine.ostermeier@auenfels.example>",
                      "Rüdiger Haug <r.haug@stadtwerke-talheim.example>",
                      "Überspannungsschaden Mühlweg – Regulierungsübersicht", "2025-08-21 14:10",
                      body="Sehr geehrter Herr Haug,\n\nder Schaden ist abgeschlossen, die Übersicht der Zahlungen finden Sie anbei. Ihre Selbstbeteiligung von 500 EUR stellen wir separat in Rechnung.\n\nMit freundlichen Grüßen\nNadine Ostermeier\nHaftpflicht-Schaden\n\n" + DISCL_DE,
                      atts=[("Regulierung_H-25-0718.xlsx", x, XLSX)])


def m098():
    meta = ("NORMAL", "de", "internal",
            "automatic out-of-office reply between colleagues; no content")
    return meta, mail("Aylin Demirtaş <aylin.demirtas@auenfels.example>",
                      "Carsten Vogt <carsten.vogt@auenfels.example>",
                      "Automatische Antwort: Northgate Limit", "2025-08-18 09:01",
                      body="Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 29.08.2025 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an underwriting-gewerbe@auenfels.example.\n\nThank you for your message. I am out of office until 29 August 2025.\n",
                      headers=[("Auto-Submitted", "auto-replied")])


def m099():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "company",
            "employer forwards hospital invoice PDF from Austria for an employee's skiing accident on a business trip (tibial plateau fracture, surgery)")
    p = pdf("""LKH Zams – Rechnung Nr. 2025/018834
Patient: Sven Hollenbach, geb. 04.04.1980, Wohnort Kassel (DE)
Aufenthalt: 08.02.2025 – 12.02.2025, Unfallchirurgie
Diagnose: Tibiakopffraktur rechts (S82.1) nach Skiunfall
Leistungen: Osteosynthese 09.02.2025, 4 Pflegetage, Bildgebung CT/Röntgen
Rechnungsbetrag: EUR 9.412,70 – zahlbar an: AT61 1904 3002 3457 3201
""", title="Rechnung LKH 2025/018834")
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Nils Harder <nils.harder@auenfels.example>",
                      "WG: Krankenhausrechnung Hr. Hollenbach", "2025-02-20 10:17",
                      body="Hallo Nils,\n\nTechNova (Geschäftsreiseversicherung RT/25/80211) schickt die Rechnung aus Zams. War eine Kundenveranstaltung mit Skitag, also dienstlich. Bitte direkt ans Krankenhaus zahlen.\n\nFiona\n\n> Von: Jessica Lehmann <people@technova.example>\n> Hallo Frau McAllister, anbei die Rechnung, Herr Hollenbach ist wieder in Kassel. VG J. Lehmann\n",
                      atts=[("LKH_Zams_Rechnung.pdf", p, PDF)])


def m100():
    meta = ("NORMAL", "en", "supplier",
            "trap: printer's proof PDF of an annual benefits statement with dummy 'Jane Sample, DOB 01/01/1970, policy XX-000000'")
    p = pdf("""PROOF - NOT FOR DISTRIBUTION
Annual Benefits Statement 2025 - Group Life & Income Protection
Member: Jane Sample   Date of birth: 01/01/1970   Policy: XX-000000
Your life cover: 4 x salary = GBP 000,000   Your income protection: 75 % of salary after 26 weeks
Dummy text for layout check only.
""", title="Proof ABS 2025")
    return meta, mail("Marius Engel <marius.engel@auenfels.example>",
                      "Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "FW: Proof - annual benefits statement", "2025-11-25 16:40",
                      body="Fiona, proof from the printer with dummy data - layout OK from my side, can you check the wording?\n\n> From: proofs@printhouse-uk.example\n> Please approve proof v2 by Friday.\n",
                      atts=[("ABS_2025_proof_v2.pdf", p, PDF)])


def m101():
    meta = ("CONFIDENTIAL", "en", "company",
            "employer's DOCX inventory for relocation goods insurance of an employee moving to Germany: name, old and new home address, valuables")
    d = docx([
        "Household goods in transit - inventory and valuation",
        [["Employee", "Callum Reid"], ["From", "12 Larchfield Avenue, Glasgow G12 8QN"], ["To", "Ledererstraße 9, 80331 Munich"],
         ["Move date", "22 July 2025"], ["Carrier", "Highland Removals Ltd"]],
        [["Item", "Value GBP"], ["Furniture (general)", "14,000"], ["Piano (Yamaha U1)", "4,500"], ["Bicycles (2)", "2,800"], ["Artwork (3 prints)", "1,200"]],
    ])
    return meta, mail("Aylin Demirtaş <aylin.demirtas@auenfels.example>",
                      "Transport Underwriting <transport-uw@auenfels.example>",
                      "FW: Relocation Callum Reid - inventory", "2025-07-08 10:02",
                      body="Umzugsgut für Northgate-Mitarbeiter Glasgow -> München, Inventar anbei. Bitte Zertifikat ausstellen. Aylin\n\n> From: Gareth Aldous\n> Aylin, inventory for Callum's move attached. Gareth\n",
                      atts=[("Reid_inventory.docx", d, DOCX)])


def m102():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "broker",
            "broker's ODT application for supplementary dental/inpatient insurance with answered health questions (missing teeth, periodontitis treatment)")
    o = odt([
        "Antrag Zusatzversicherung – Auenfels ZahnPlus 90 + Stationär Zweibett",
        "Vermittlerin: Sabine Thielmann e.K.",
        [["Antragstellerin", "Katrin Meinhardt"], ["Geburtsdatum", "09.12.1976"], ["Anschrift", "Steinstraße 3, 37213 Witzenhausen"]],
        [["Frage", "Antwort"], ["Fehlende Zähne (nicht ersetzt)?", "ja, 1 (Zahn 46)"], ["Parodontitisbehandlung in den letzten 3 Jahren?", "ja, 2023 abgeschlossen"],
         ["Stationäre Behandlung letzte 5 Jahre?", "ja, 2022 Gallenblasen-OP"], ["Laufende Behandlung?", "nein"]],
    ])
    return meta, mail("Jens Pawlitzki <jens.pawlitzki@auenfels.example>",
                      "Antrag Kranken <antrag-kranken@auenfels.example>",
                      "WG: Antrag Zahn/Stationär Meinhardt", "2025-03-06 09:49",
                      body="Von Frau Thielmann, bitte Risikoprüfung. Gruß J. Pawlitzki\n\n-----Ursprüngliche Nachricht-----\nVon: Sabine Thielmann\nGesendet: Mittwoch, 5. März 2025 20:14\nBetreff: Antrag Zahn/Stationär Meinhardt\n\nHallo Herr Pawlitzki, anbei der Antrag meiner Kundin. Schönen Abend, S. Thielmann\n\nVon meinem iPad gesendet\n",
                      atts=[("Antrag_Meinhardt_Zahn.odt", o, ODT)])


def m103():
    meta = ("NORMAL", "de", "internal",
            "trap: ZIP of empty templates (bAV staff list, group accident list, traveller list) with headers like Geburtsdatum, Gehalt, Diagnose-frei")
    t1 = xlsx([("bAV", [["Name", "Vorname", "Geburtsdatum", "Bruttogehalt", "Umwandlungsbetrag"]])])
    t2 = xlsx([("GU", [["Name", "Vorname", "Geburtsdatum", "Gefahrengruppe"]])])
    t3 = csv_("Surname;First name;Date of birth;Destination;Departure;Return\n")
    z = zip_([("Vorlage_bAV_Mitarbeiter.xlsx", t1), ("Vorlage_GU_Meldeliste.xlsx", t2), ("Template_travellers.csv", t3)])
    return meta, mail("Ilka Sommer <ilka.sommer@auenfels.example>",
                      "Maklerbetreuung <maklerbetreuung@auenfels.example>",
                      "Vorlagenpaket Firmenkunden 2025 (leer)", "2025-01-30 12:20",
                      body="Hallo zusammen,\n\nhier das aktualisierte Vorlagenpaket für Makler, alle Dateien ohne Inhalte. Bitte nur dieses Paket rausgeben.\n\nIlka\n",
                      atts=[("Vorlagenpaket_Firmenkunden_2025.zip", z, ZIP)])


def m104():
    meta = ("CONFIDENTIAL", "de", "provider",
            "scanning provider's CSV log of scanned incoming post: customer names, policy numbers and document types (motor, household cancellations, SEPA)")
    c = csv_("""scan_id;eingang;absender;vertragsnr;dokumentart;seiten
SL-0917-0001;17.09.2025;Gunnar Riemann;KF-4398-1177;Kündigung Kfz;1
SL-0917-0002;17.09.2025;Selin Ozturk;PH 20 118 776;Adressänderung;1
SL-0917-0003;17.09.2025;Harald Schomburg;WG-23-407-11;SEPA-Mandat;2
SL-0917-0004;17.09.2025;Heike Brodersen;KF-5102-3310;Schadenmeldung Glas;3
""")
    return meta, mail("Petra Wollny <petra.wollny@auenfels.example>",
                      "Posteingang Steuerung <posteingang@auenfels.example>",
                      "WG: Scanprotokoll 17.09. - fehlende Zuordnungen", "2025-09-18 07:58",
                      body="Bei den vier Sätzen hat die automatische Zuordnung nicht gegriffen, bitte manuell zuordnen.\n\nPetra\n\n> ScanLogistik Tagesprotokoll 17.09.2025 - 4 Dokumente ohne Zuordnung\n",
                      atts=[("scanprotokoll_20250917_offen.csv", c, CSV)])


def m105():
    meta = ("STRICTLY_CONFIDENTIAL", "en", "provider",
            "assistance company's repatriation invoice PDF: air ambulance with medical escort for a named insured after a stroke")
    p = pdf("""GlobalCare Assistance - Invoice GCI-25-00871
Case: GC-25-053390 / policy RT/24/77302
Patient: Thomas Berger, born 26/02/1980
Service: repatriation Bangkok - Frankfurt by commercial stretcher with physician escort
Medical reason: ischaemic stroke (I63.9) with left-sided weakness, stable for transport per treating neurologist
Stretcher (9 seats) EUR 21,400 | Physician escort incl. return EUR 4,850 | Ground ambulance Frankfurt EUR 690
Total: EUR 26,940.00
""", title="Invoice GCI-25-00871")
    return meta, mail("Marius Engel <marius.engel@auenfels.example>",
                      "Sophie Grünewald <sophie.gruenewald@auenfels.example>",
                      "Large loss notification - repatriation GC-25-053390", "2025-10-14 13:15",
                      body="Sophie,\n\nfor the travel XL: repatriation invoice attached, total incurred on this case now EUR 32,060. Please notify the reinsurer as per the large loss clause.\n\nMarius\n",
                      atts=[("GCI-25-00871.pdf", p, PDF)])

# =============================================================== mails 106-120

def m106():
    meta = ("CONFIDENTIAL", "en", "insurer-to-broker",
            "fleet claims experience XLSX for broker: named drivers, dates, amounts, 'no injury' - motor without health")
    x = xlsx([("Experience 2022-2025", [
        ["Northgate Pharma Services GmbH - motor fleet claims experience (for renewal)", "", "", "", ""],
        ["Date", "Plate", "Driver", "Type", "Paid EUR"],
        ["2023-02-14", "M-NP 3101", "Rachel Ostrowski", "rear-end collision, third party property, no injury", 3120],
        ["2024-06-03", "F-NP 880", "Thomas Berger", "parking damage own vehicle", 1480],
        ["2025-01-20", "M-NP 3102", "Sunita Rao", "windscreen", 690],
    ])])
    return meta, mail("Marco Bellini <marco.bellini@auenfels.example>",
                      "Owen Pritchard <owen.pritchard@clearwater-brokers.example>",
                      "Northgate DE fleet - claims experience", "2025-11-04 09:38",
                      body="Dear Mr Pritchard,\n\nas requested for the marketing of the renewal, the claims experience of the German fleet is attached.\n\nKind regards\nMarco Bellini\nCommercial Motor\n",
                      atts=[("Northgate_DE_fleet_experience.xlsx", x, XLSX)])


def m107():
    meta = ("NORMAL", "de", "insurer-to-company",
            "trap: blank template PDF 'Versicherungsbestätigung Betriebshaftpflicht für Ausschreibungen' with placeholders")
    p = pdf("""Versicherungsbestätigung (Muster)
Hiermit bestätigen wir, dass [Firma], [Anschrift], bei uns unter der Vertragsnummer [BHV ...]
eine Betriebshaftpflichtversicherung unterhält.
Deckungssummen: Personenschäden [ ] EUR, Sachschäden [ ] EUR, Vermögensschäden [ ] EUR
Die Bestätigung gilt bis [Datum] und ersetzt nicht den Versicherungsschein.
""", title="Muster Versicherungsbestaetigung")
    return meta, mail("Aylin Demirtaş <aylin.demirtas@auenfels.example>",
                      "Chidi Okafor <c.okafor@okafor-bau.example>",
                      "Muster Versicherungsbestätigung", "2025-05-05 10:25",
                      body="Sehr geehrter Herr Okafor,\n\nso sieht unsere Bestätigung für Ausschreibungen aus. Wenn Sie eine konkrete benötigen, nennen Sie mir bitte die Ausschreibung.\n\nFreundliche Grüße\nAylin Demirtaş\n",
                      atts=[("Muster_Versicherungsbestaetigung.pdf", p, PDF)])


def m108():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "company",
            "ZIP of three DOCX salary-conversion agreements (bAV direct insurance) with employees' gross salaries and contract numbers")
    def vereinbarung(name, geb, brutto, betrag, vnr):
        return docx([
            "Entgeltumwandlungsvereinbarung nach § 1a BetrAVG",
            f"zwischen Kessler & Voss Maschinenbau GmbH und {name}, geb. {geb}",
            f"Monatliches Bruttogehalt: {brutto} EUR. Umwandlungsbetrag ab 01.01.2026: {betrag} EUR monatlich in die Direktversicherung {vnr}.",
            "Arbeitgeberzuschuss 15 %. Baunatal, 10.12.2025",
        ])
    z = zip_([("EUV_Demir.docx", vereinbarung("Hakan Demir", "05.12.1990", "4.120,00", "150,00", "DV 88 204 135")),
              ("EUV_Nguyen.docx", vereinbarung("Thi Lan Nguyen", "11.07.1995", "3.480,00", "120,00", "DV 88 204 152")),
              ("EUV_Reitmeier.docx", vereinbarung("Florian Reitmeier", "19.10.1988", "5.950,00", "300,00", "DV 88 204 166"))])
    return meta, mail("Miriam Okonkwo-Lenz <miriam.okonkwo-lenz@auenfels.example>",
                      "Bestandsservice Leben <bestandsservice-leben@auenfels.example>",
                      "WG: Erhöhungen Entgeltumwandlung 2026", "2025-12-11 13:50",
                      body="Bitte die drei Erhöhungen zum 01.01. umsetzen.\n\nMiriam\n\n> Von: Kirsten Albers\n> Hallo Frau Okonkwo-Lenz, anbei drei Vereinbarungen als ZIP. Gruß K. Albers\n",
                      atts=[("EUV_2026.zip", z, ZIP)])


def m109():
    meta = ("NORMAL", "en", "internal",
            "trap: data protection quiz DOCX with fictitious attachment scenarios (census with DOB, sick-note, price list) and answers")
    d = docx([
        "Quiz: Which attachment may leave unencrypted?",
        "1. A price list for group accident cover. - Answer: yes, normal.",
        "2. A census with names and dates of birth of a client's employees. - Answer: no, confidential.",
        "3. A scanned sick note of a (fictitious) employee 'J. Doe' with diagnosis. - Answer: no, strictly confidential.",
        "4. A blank claim form. - Answer: yes.",
        "5. A bordereau with only age bands and ICD chapters, counts above 10. - Answer: yes, if approved as anonymised.",
    ])
    return meta, mail("Karsten Vollmer <karsten.vollmer@auenfels.example>",
                      "International Desk <international@auenfels.example>",
                      "DP quiz for Thursday's team meeting", "2025-06-24 11:48",
                      body="Hi all, a short quiz for Thursday - five minutes, no grades. Karsten\n",
                      atts=[("DP_quiz_attachments.docx", d, DOCX)])


def m110():
    meta = ("CONFIDENTIAL", "de", "broker",
            "broker's PDF commercial contents application for a sole trader (natural person) with birth date, tax ID and turnover")
    p = pdf("""Antrag Gewerbe-Inhaltsversicherung
Vermittler: Assekuranz Felsberg GmbH
Antragsteller: Dominik Falkenhagen, Inhaber 'Fahrradwerkstatt Falkenhagen' (Einzelunternehmen)
geb. 21.08.1988, Steuer-ID 57 104 338 962
Betriebsort: Obere Königsstraße 40, 34117 Kassel
Umsatz 2024: 286.000 EUR   Versicherungssumme Inhalt: 95.000 EUR (inkl. Vorräte 40.000 EUR)
Einbruchsicherung: Rollgitter, VdS-Alarmanlage
""", title="Antrag GI Falkenhagen")
    return meta, mail("Jens Pawlitzki <jens.pawlitzki@auenfels.example>",
                      "Underwriting Gewerbe <underwriting-gewerbe@auenfels.example>",
                      "WG: Antrag Fahrradwerkstatt Falkenhagen", "2025-04-22 15:34",
                      body="Neuantrag über Felsberg, bitte Votum. Jens\n",
                      atts=[("Antrag_GI_Falkenhagen.pdf", p, PDF)])


def m111():
    meta = ("STRICTLY_CONFIDENTIAL", "en", "company",
            "language school's DOCX incident report: student hospitalised after an asthma attack, medication, host family, parents informed")
    d = docx([
        "Campus Language School - Student Incident Report",
        [["Student", "Zofia Kowalczyk (CLS-25-0315), age 17"], ["Date", "24 July 2025, approx. 21:30"],
         ["What happened", "Severe asthma attack during evening activity; own inhaler insufficient"],
         ["Treatment", "Ambulance to Klinikum Kassel, nebulised salbutamol and prednisolone, kept overnight, discharged 25 July"],
         ["Informed", "parents in Kraków (by phone), host family Weber"]],
        "Reported by: Ruth O'Sullivan, Head of Admissions",
    ])
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Nils Harder <nils.harder@auenfels.example>",
                      "FW: incident report CLS-25-0315", "2025-07-28 09:12",
                      body="Nils - hospital bill will come directly from Klinikum Kassel under RT/25/80154. Incident report for the file.\n\nFiona\n",
                      atts=[("Incident_CLS-25-0315.docx", d, DOCX)])


def m112():
    meta = ("NORMAL", "de", "supplier",
            "trap: purchase order confirmation PDF for defibrillators and first-aid kits for the insurer's offices")
    p = pdf("""MediTec Vertrieb GmbH – Auftragsbestätigung AB-25-33012
Kunde: Auenfels Versicherung AG, Einkauf
3 x AED Defibrillator ProLife 3 inkl. Wandkasten     1.290,00 EUR je Stück
12 x Erste-Hilfe-Koffer DIN 13157                        48,90 EUR je Stück
6 x Ersatz-Elektrodenpads Erwachsene                     79,00 EUR je Stück
Lieferung KW 47, Zahlungsziel 30 Tage. Bankverbindung: MediTec Vertrieb GmbH, IBAN DE14 2905 0000 0010 3877 12
""", title="AB-25-33012")
    return meta, mail("Thomas Ebeling <thomas.ebeling@auenfels.example>",
                      "Haustechnik <haustechnik@auenfels.example>",
                      "WG: Auftragsbestätigung Defis", "2025-11-07 10:30",
                      body="Zur Info: Die Defis kommen KW 47, bitte Montage in Gebäude A, B und Kantine einplanen.\n\nThomas\n",
                      atts=[("AB-25-33012.pdf", p, PDF)])


def m113():
    meta = ("CONFIDENTIAL", "en", "company",
            "employer forwards an employee's lost-baggage claim with receipts PDF (named traveller, flight, items); travel without health")
    p = pdf("""Baggage claim - Harrowgate Consulting Ltd, policy RT/24/77310
Traveller: Oliver Whitcombe
Flight: LH 2471 Munich - London Heathrow, 03/06/2025, PIR LHRLH48821
Bag delayed 4 days; emergency purchases:
Suit (M&S)                 GBP 189.00
Shirts (3)                 GBP  87.00
Toiletries                 GBP  32.40
Total                      GBP 308.40
Payment to employee's account: sort code 20-32-53, account 77163214
""", title="Baggage claim Whitcombe")
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Travel Claims <travel-claims@auenfels.example>",
                      "FW: Oliver - delayed bag", "2025-06-10 14:22",
                      body="Delayed baggage claim from Harrowgate, receipts attached. Please pay.\n\n> From: Helen Cartwright <hr@harrowgate-consulting.example>\n> Fiona, Oliver's claim attached. Thanks! Helen\n",
                      atts=[("Baggage_claim_Whitcombe.pdf", p, PDF)])


def m114():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-provider",
            "assignment PDF to a rehab case manager with the injured person's diagnoses, treating hospital and insurance data")
    p = pdf("""Auftrag Reha-Management
Auftraggeber: Auenfels Versicherung AG, Leistung Unfall – Schaden U-25-09871
Versicherte Person: Mika Hoffmeister, geb. 11.04.2009 (minderjährig; Erziehungsberechtigte: Nadine Hoffmeister)
Diagnosen: Ruptur vorderes Kreuzband rechts, Innenmeniskusläsion; Kreuzbandplastik am 02.10.2025
Behandelnd: Dr. med. Ole Brinkmann, Orthopädie Hannover
Auftrag: Koordination Physiotherapie und Reha-Sport, Ziel Rückkehr in den Schulsport
Kostenrahmen: 2.500 EUR
""", title="Auftrag RM U-25-09871")
    return meta, mail("Jana Lüders <jana.lueders@auenfels.example>",
                      "RehaKompass Auftragseingang <auftrag@rehakompass.example>",
                      "Auftrag Reha-Management U-25-09871", "2025-10-06 11:05",
                      body="Sehr geehrte Damen und Herren,\n\nanbei ein neuer Auftrag. Die Einwilligung der Erziehungsberechtigten liegt uns vor.\n\nMit freundlichen Grüßen\nJana Lüders\nLeistung Unfall\n",
                      atts=[("Auftrag_U-25-09871.pdf", p, PDF)])


def m115():
    meta = ("NORMAL", "en", "insurer-to-broker",
            "trap: group income protection key-facts PDF with an example premium for 'a 40-year-old office worker'; product text")
    p = pdf("""Group Income Protection - Key Facts
Benefit: up to 75 % of salary after a deferred period of 13, 26 or 52 weeks
Includes: early intervention, rehabilitation support, mental health helpline
Example: scheme of 50 office employees, average age 40, benefit 75 %, 26 weeks deferred - approx. 1.1 % of payroll
Exclusions: self-inflicted injury, pre-existing conditions in the first 12 months for members above the medical limit
""", title="GIP key facts")
    return meta, mail("Ulrich Tamm <ulrich.tamm@auenfels.example>",
                      "Priya Raman <priya.raman@clearwater-brokers.example>",
                      "GIP key facts", "2025-02-12 09:40",
                      body="Dear Priya,\n\nthe key facts for group income protection, as requested for your client presentation.\n\nKind regards\nUlrich\n",
                      atts=[("GIP_key_facts.pdf", p, PDF)])


def m116():
    meta = ("CONFIDENTIAL", "de", "company",
            "employer over-shares: XLSX with each employee's gross wages for the liability premium basis (income of named persons), no health")
    x = xlsx([("Lohnsummen 2024", [
        ["Okafor Bau GmbH – Lohnsummen 2024 für Betriebshaftpflicht BHV 61 007 245", "", ""],
        ["Mitarbeiter", "Tätigkeit", "Bruttolohn 2024 EUR"],
        ["Stefan Reuter", "Bauleiter", 64800],
        ["Kemal Arslan", "Maurer", 41250],
        ["Martina Gieseler", "Verwaltung/Fuhrpark", 39600],
        ["Piotr Zieliński", "Maurer", 40100],
        ["Summe (inkl. 18 weitere)", "", 1214900],
    ])])
    return meta, mail("Aylin Demirtaş <aylin.demirtas@auenfels.example>",
                      "Underwriting Gewerbe <underwriting-gewerbe@auenfels.example>",
                      "WG: Lohnsummen 2024 Okafor Bau", "2025-02-10 08:52",
                      body="Wir brauchen nur die Summe (1.214.900 EUR) für die Beitragsabrechnung. Die Einzelaufstellung bitte nicht ins System übernehmen, ich habe Herrn Okafor darauf hingewiesen.\n\nAylin\n",
                      atts=[("Lohnsummen_2024.xlsx", x, XLSX)])


def m117():
    meta = ("NORMAL", "de", "internal",
            "trap: process description PDF for disability claims in company pension schemes (BU-Leistungsfall bAV) - steps, deadlines, no case")
    p = pdf("""Prozessbeschreibung: BU-Leistungsfall in der bAV (Direktversicherung / Gruppen-BU)
1. Eingang Leistungsantrag (über Arbeitgeber oder direkt) – Anlage im Leistungssystem binnen 2 Tagen
2. Anforderung ärztlicher Unterlagen nur mit Schweigepflichtentbindung der versicherten Person
3. Kommunikation zu Gesundheitsdaten ausschließlich mit der versicherten Person, nicht mit dem Arbeitgeber
4. Entscheidung binnen 6 Wochen nach Vollständigkeit; Mitteilung an Arbeitgeber nur über Beitragsbefreiung
""", title="Prozess BU bAV")
    return meta, mail("Ulrich Tamm <ulrich.tamm@auenfels.example>",
                      "Leistung Leben <leistung-leben@auenfels.example>",
                      "Prozessbeschreibung BU-Leistungsfall bAV v2", "2025-03-27 14:00",
                      body="Hallo zusammen,\n\nPunkt 3 ist neu: Gesundheitsdaten gehen nie an den Arbeitgeber. Bitte lesen.\n\nUlrich\n",
                      atts=[("Prozess_BU_bAV_v2.pdf", p, PDF)])


def m118():
    meta = ("NORMAL", "de", "internal",
            "trap: ODS sick-leave rate per department of the insurer's own staff (percentages, departments > 20 people), no names")
    o = ods([("Krankenstand", [
        ["Krankenstand Innendienst 2024 (Abteilungen > 20 Beschäftigte)", "", ""],
        ["Bereich", "Beschäftigte", "Krankenstand"],
        ["Schaden Kfz", 64, "6,1 %"],
        ["Leistung Kranken", 88, "5,4 %"],
        ["Bestand Leben", 41, "4,2 %"],
        ["IT", 112, "3,3 %"],
    ])])
    return meta, mail("Corinna Maaß <corinna.maass@auenfels.example>",
                      "Betriebsrat <betriebsrat@auenfels.example>",
                      "Krankenstand 2024 für die BGM-Sitzung", "2025-02-25 12:33",
                      body="Liebe Kolleginnen und Kollegen vom Betriebsrat,\n\nwie vereinbart nur Abteilungen mit mehr als 20 Beschäftigten. Gruß Corinna Maaß, Personal\n",
                      atts=[("Krankenstand_2024.ods", o, ODS)])


def m119():
    meta = ("CONFIDENTIAL", "en", "insurer-to-company",
            "cyber forensic report PDF naming the CFO whose mailbox was compromised and the fraudulent transfer; no health")
    p = pdf("""SecuResponse GmbH - Forensic Summary, incident CY-2025-0042-01
Policyholder: TechNova Software GmbH
Compromised account: mailbox of Ms Renate Falk (CFO), phishing login on 03/09/2025
Fraud: payment instruction sent to supplier's customer, EUR 84,300 transferred to ES60 0049 1500 0512 3456 7892
Recovery: bank recall initiated 05/09/2025, EUR 31,000 frozen
Recommendations: MFA for all accounts, conditional access, awareness training
""", title="Forensic summary")
    return meta, mail("Carsten Vogt <carsten.vogt@auenfels.example>",
                      "Sven Hollenbach <s.hollenbach@technova.example>",
                      "Incident CY-2025-0042-01 - forensic summary", "2025-09-19 17:02",
                      body="Dear Mr Hollenbach,\n\nattached the forensic summary from our incident response partner. We will come back to you on the cover for the financial loss next week.\n\nKind regards\nCarsten Vogt\n",
                      atts=[("Forensic_summary_CY-2025-0042-01.pdf", p, PDF)])


def m120():
    meta = ("NORMAL", "en", "newsletter",
            "trap: multipart/alternative newsletter on pet insurance with the most common vet claims (cruciate ligament, allergies); no animal owners named")
    text = "Pet Insurance Insights 2025\n\nTop vet claims for dogs: cruciate ligament rupture (avg EUR 2,900), skin allergies, ear infections.\nCats: dental disease, kidney disease, urinary tract problems.\n\nUnsubscribe: https://www.auenfels.example/unsubscribe\n"
    html = "<html><body><h2>Pet Insurance Insights 2025</h2><table border=1><tr><th>Dogs</th><th>Cats</th></tr><tr><td>cruciate ligament rupture (avg EUR 2,900)</td><td>dental disease</td></tr><tr><td>skin allergies</td><td>kidney disease</td></tr><tr><td>ear infections</td><td>urinary tract problems</td></tr></table><p><a href='https://www.auenfels.example/unsubscribe'>Unsubscribe</a></p></body></html>"
    return meta, mail("Auenfels Broker Update <newsletter@auenfels.example>",
                      "Clearwater Insurance Brokers <info@clearwater-brokers.example>",
                      "Pet Insurance Insights 2025", "2025-05-15 06:00", body=text, html=html)

# =============================================================== mails 121-135

def m121():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "company",
            "club's reply with the surgeon's report as ODT (cruciate ligament reconstruction, physio plan); sensitive content only in attachment and quote")
    o = odt([
        "Orthopädische Praxis Dr. Ole Brinkmann – Arztbericht",
        "Patient: Mika Hoffmeister, geb. 11.04.2009",
        "OP am 02.10.2025: arthroskopische VKB-Plastik rechts (Semitendinosus), Teilresektion Innenmeniskus.",
        "Verlauf komplikationslos. Teilbelastung 2 Wochen mit Unterarmgehstützen, Orthese 0-90°.",
        "Physiotherapie 2x wöchentlich für 12 Wochen, Sportpause mindestens 9 Monate.",
    ])
    body = """Sehr geehrte Frau Lüders,

anbei der Arztbericht, den Sie angefordert haben. Die Familie hat zugestimmt.

Mit sportlichen Grüßen
Wolfgang Tegtmeyer

Am 29.09.2025 schrieb Jana Lüders:
> Sehr geehrter Herr Tegtmeyer,
> zur Unfallmeldung U-25-09871 benötigen wir noch den OP-Bericht bzw. Arztbericht.
> Mit freundlichen Grüßen, J. Lüders
"""
    orig = inner("Wolfgang Tegtmeyer <vorstand@gruen-weiss-ahlten.example>",
                 "Jana Lüders <jana.lueders@auenfels.example>",
                 "AW: U-25-09871 Unterlagen", "2025-10-08 19:55", body=body,
                 atts=[("Arztbericht_Hoffmeister.odt", o, ODT)])
    return meta, mail("Jana Lüders <jana.lueders@auenfels.example>",
                      "Rainer Kluthe <rainer.kluthe@auenfels.example>",
                      "WG: AW: U-25-09871 Unterlagen", "2025-10-09 08:03",
                      body="Rainer, zur Info - Verlauf gut. Jana\n", atts=[orig])


def m122():
    meta = ("CONFIDENTIAL", "de", "insurer-to-company",
            "XLSX confirmation of new trucks added to a fleet policy with plates, VINs and named regular drivers")
    x = xlsx([("Zugänge", [
        ["Flotte KF-FL-1180 – Brenner Logistik GmbH – Zugänge 12/2025", "", "", ""],
        ["Kennzeichen", "Fahrzeug", "FIN", "Stammfahrer"],
        ["KS-BL 3011", "MAN TGX 18.470", "WMA06XZZ3RM201177", "Andrzej Nowicki"],
        ["KS-BL 3012", "MAN TGX 18.470", "WMA06XZZ3RM201184", "Heinz-Dieter Ruppel"],
    ])])
    return meta, mail("Marco Bellini <marco.bellini@auenfels.example>",
                      "Fuhrpark Brenner <fuhrpark@brenner-logistik.example>",
                      "Zugänge Flotte 12/2025", "2025-12-02 11:11",
                      body="Hallo Herr Stahl,\n\ndie beiden neuen MAN sind eingeschlossen, Übersicht anbei. eVB kommen separat.\n\nGruß\nMarco Bellini\n",
                      atts=[("Zugaenge_Flotte_12-2025.xlsx", x, XLSX)])


def m123():
    meta = ("NORMAL", "de", "internal",
            "trap: archive move handover PDF listing box labels like 'Leistungsakten Kranken 2014-2016' - no file contents or names")
    p = pdf("""Übergabeprotokoll Archivumzug Gebäude C -> Außenlager Lohfelden
Karton 001-140: Leistungsakten Kranken 2014-2016 (versiegelt)
Karton 141-198: Schadenakten Kfz 2015
Karton 199-230: bAV Verträge Arbeitgeber A-K
Transport: verschlossener Koffer-Lkw, Begleitung durch Haustechnik
Übergabe am 14.03.2025 – unterschrieben Haustechnik / Archiv
""", title="Uebergabe Archiv")
    return meta, mail("Petra Wollny <petra.wollny@auenfels.example>",
                      "Archiv <archiv@auenfels.example>",
                      "Übergabeprotokoll Archivumzug", "2025-03-14 16:30",
                      body="Anbei das unterschriebene Protokoll. Alle Kartons vollzählig. Petra\n",
                      atts=[("Uebergabe_Archiv_20250314.pdf", p, PDF)])


def m124():
    meta = ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
            "renewal report to employer XLSX with claims per named member and diagnosis category (international health plan) - health data of identifiable employees")
    x = xlsx([("Claims by member", [
        ["Northgate IHP - claims experience 01/08/2024 - 31/07/2025", "", "", ""],
        ["Member", "Claims", "Paid EUR", "Main category"],
        ["Rachel Ostrowski", 7, 3420, "respiratory / asthma"],
        ["Daniel Achterberg", 12, 5890, "endocrine (diabetes)"],
        ["Callum Reid", 4, 2210, "musculoskeletal (knee)"],
        ["Sunita Rao", 1, 95, "preventive"],
    ])])
    return meta, mail("Marius Engel <marius.engel@auenfels.example>",
                      "Gareth Aldous <g.aldous@northgate-pharma.example>",
                      "IHP renewal - claims experience", "2025-08-12 10:20",
                      body="Dear Gareth,\n\nplease find the claims experience for the renewal attached. The loss ratio is 64 %; renewal terms follow next week.\n\nKind regards\nMarius Engel\n",
                      atts=[("IHP_claims_experience_2025.xlsx", x, XLSX)])


def m125():
    meta = ("CONFIDENTIAL", "de", "provider",
            "assessor's ICS appointment and PDF note for a re-inspection naming the vehicle owner, plate and claim number")
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Buero Kranz//Termine//DE
BEGIN:VEVENT
UID:kranz-25-1142-nb@kranz-gutachten.example
DTSTAMP:20250505T080000Z
DTSTART;TZID=Europe/Berlin:20250512T100000
DTEND;TZID=Europe/Berlin:20250512T103000
SUMMARY:Nachbesichtigung KS-WT 88 (Treis) K-25-0477812
LOCATION:Autohaus Wendt\\, Werkstatt\\, Kassel
END:VEVENT
END:VCALENDAR
""")
    p = pdf("""Büro Kranz – Terminbestätigung Nachbesichtigung
Fahrzeug KS-WT 88, Halter Wolfgang Treis, Schaden K-25-0477812
Prüfung der Reparatur nach Gutachten 25-1142, 12.05.2025 10:00 Uhr
""", title="Termin Nachbesichtigung")
    return meta, mail("Tobias Reinholt <tobias.reinholt@auenfels.example>",
                      "Dennis Köhler <dennis.koehler@auenfels.example>",
                      "WG: Nachbesichtigung KS-WT 88", "2025-05-05 10:22",
                      body="Termin zur Info, falls der Kunde anruft.\n\n> Büro Kranz: Anbei Termin und Bestätigung.\n",
                      atts=[("Termin.ics", cal, ICS), ("Terminbestaetigung.pdf", p, PDF)])


def m126():
    meta = ("NORMAL", "en", "supplier",
            "trap: conference hotel invoice PDF for the insurer's 'Health Insurance Summit' with the hotel's bank details")
    p = pdf("""Grand Hotel Wilhelmshöhe - Invoice 2025-7781
Event: Auenfels Health Insurance Summit, 16-17 October 2025
Conference room, 2 days          EUR 3,800.00
Catering 85 guests               EUR 6,545.00
Technology                       EUR   950.00
Total incl. VAT                  EUR 11,295.00
Bank: Grand Hotel Wilhelmshöhe GmbH, IBAN DE79 6409 0100 0311 8472 09
""", title="Invoice 2025-7781")
    return meta, mail("Lea Fink <lea.fink@auenfels.example>",
                      "Accounts Payable <ap@auenfels.example>",
                      "Invoice Health Insurance Summit", "2025-10-22 13:00",
                      body="Please pay, cost centre 4410 (Marketing). Thanks, Lea\n",
                      atts=[("Invoice_2025-7781.pdf", p, PDF)])


def m127():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "company",
            "car dealer's DOCX report of a test-drive accident: customer injured (broken wrist, ambulance) - motor claim with personal injury")
    d = docx([
        "Autohaus Wendt – Meldung Unfall Probefahrt",
        [["Fahrzeug", "Vorführwagen VW Tiguan, rotes Kennzeichen 06-KS 4471 (Händlervertrag KF-H-0334)"],
         ["Kunde/Fahrer", "Tim Ruppert, geb. 30.05.1996, Breitscheidstraße 18, 34119 Kassel"],
         ["Datum", "18.06.2025, 15:20, Kreisel Druseltal"], ["Hergang", "Kontrollverlust bei Nässe, Anprall an Leitplanke"],
         ["Verletzung", "Herr Ruppert: Handgelenksbruch links, RTW Klinikum Kassel, ambulant gegipst"]],
    ])
    return meta, mail("Tobias Reinholt <tobias.reinholt@auenfels.example>",
                      "Schaden Kfz <schaden-kfz@auenfels.example>",
                      "WG: Unfall Probefahrt 06-KS 4471", "2025-06-19 09:15",
                      body="Händlerschaden mit Personenschaden beim Fahrer (Kunde). Kasko Händlervertrag prüfen, Insassenunfall besteht.\n\nTobias\n",
                      atts=[("Unfall_Probefahrt.docx", d, DOCX)])


def m128():
    meta = ("NORMAL", "de", "insurer-to-broker",
            "ICS invitation to a broker webinar on the fleet tariff 2026; no personal data")
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Auenfels//Webinar//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:webinar-flotte-2026@auenfels.example
DTSTAMP:20251020T080000Z
DTSTART;TZID=Europe/Berlin:20251105T100000
DTEND;TZID=Europe/Berlin:20251105T110000
SUMMARY:Makler-Webinar: Flottentarif 2026
DESCRIPTION:Neue Rabattstaffel\\, Telematik-Option\\, Fragen und Antworten.
END:VEVENT
END:VCALENDAR
""")
    return meta, mail("Maklerbetreuung Auenfels <maklerbetreuung@auenfels.example>",
                      "Maklerbüro Hartwig <info@hartwig-makler.example>",
                      "Webinar Flottentarif 2026 am 05.11.", "2025-10-20 10:00",
                      body="Sehr geehrte Damen und Herren,\n\nwir laden Sie zu unserem Webinar ein. Den Link erhalten Sie nach Anmeldung.\n\nIhre Maklerbetreuung\n",
                      atts=[("Webinar_Flotte_2026.ics", cal, ICS)])


def m129():
    meta = ("CONFIDENTIAL", "en", "broker",
            "broker forwards a trip-cancellation claim due to redundancy: named insured, employer's redundancy letter PDF, booking costs; no health")
    p = pdf("""Pennant Logistics plc - Notice of redundancy
To: Mr Darren Lyle, 41 Sefton Drive, Liverpool L17
Your position as warehouse supervisor is redundant with effect from 31 August 2025.
Statutory redundancy pay: GBP 6,840. Notice given 14 July 2025.
""", title="Redundancy Lyle")
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Travel Claims <travel-claims@auenfels.example>",
                      "FW: cancellation claim Lyle - redundancy", "2025-07-22 12:40",
                      body="Cancellation claim under the Clearwater single-trip scheme (TS-CW-25-44187), cause redundancy, booking GBP 2,460 (Tenerife, family of 4). Letter attached.\n\nFiona\n",
                      atts=[("Redundancy_letter_Lyle.pdf", p, PDF)])


def m130():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "broker",
            "broker's PDF long-term care supplementary application mentioning the applicant's mother's care level and the applicant's own diagnoses")
    p = pdf("""Antrag Pflegetagegeld – Auenfels PflegePlus
Vermittler: Maklerbüro Hartwig & Söhne
Antragsteller: Rüdiger Olbrich, geb. 17.11.1962
Anlass laut Beratungsprotokoll: Mutter (Elfriede Olbrich) seit 2024 Pflegegrad 3 nach Schlaganfall
Gesundheitsfragen: Diabetes mellitus Typ 2 seit 2020 (Metformin), keine Folgeschäden; Knie-TEP links 2021
Pflegetagegeld: 60 EUR/Tag ab Pflegegrad 2
""", title="Antrag PflegePlus Olbrich")
    return meta, mail("Jens Pawlitzki <jens.pawlitzki@auenfels.example>",
                      "Antrag Kranken <antrag-kranken@auenfels.example>",
                      "WG: Antrag PflegePlus R. Olbrich", "2025-06-03 13:45",
                      body="Neuantrag Pflege über Hartwig, bitte Risikoprüfung. Gruß Jens\n",
                      atts=[("Antrag_PflegePlus_Olbrich.pdf", p, PDF)])


def m131():
    meta = ("NORMAL", "de", "internal",
            "trap: IT guide PDF on sending encrypted ZIPs for 'Gesundheitsdaten, Gehaltslisten' - instructions only")
    p = pdf("""Anleitung: Anhänge verschlüsselt versenden
1. Dateien mit 7-Zip als ZIP packen, Verschlüsselung AES-256, Dateinamen verschlüsseln aktivieren.
2. Passwort mindestens 12 Zeichen, separat per SMS oder Telefon mitteilen – nie in derselben Mail.
3. Gilt für alle Anhänge mit Gesundheitsdaten, Gehaltslisten, Bankdaten oder Geburtsdaten.
4. Alternativ: SecureMail-Portal verwenden (bevorzugt).
""", title="Anleitung ZIP")
    return meta, mail("IT-Servicedesk <servicedesk@auenfels.example>",
                      "Alle Mitarbeitenden <alle@auenfels.example>",
                      "Anleitung: Anhänge verschlüsselt versenden", "2025-01-15 08:00",
                      body="Liebe Kolleginnen und Kollegen,\n\nanbei die aktualisierte Anleitung. Bei Fragen: Durchwahl -5555.\n\nIhr IT-Servicedesk\n",
                      atts=[("Anleitung_verschluesselt_senden.pdf", p, PDF)])


def m132():
    meta = ("CONFIDENTIAL", "de", "company",
            "company legal-expenses notification DOCX about an unfair-dismissal suit by a named employee (employment law, salary); no health")
    d = docx([
        "Rechtsschutzanzeige – Firmen-Rechtsschutz RS-F 20 447 118",
        [["Versicherungsnehmer", "Kessler & Voss Maschinenbau GmbH"], ["Gegner", "Marcel Hübner (ehem. Schichtleiter), vertreten durch RA Kaya"],
         ["Gegenstand", "Kündigungsschutzklage vor dem Arbeitsgericht Kassel, Az. 3 Ca 512/25"],
         ["Streitwert", "3 Bruttomonatsgehälter à 4.350 EUR = 13.050 EUR"], ["Gütetermin", "14.08.2025"]],
    ])
    return meta, mail("Nadine Ostermeier <nadine.ostermeier@auenfels.example>",
                      "Rechtsschutz Schaden <rs-schaden@auenfels.example>",
                      "WG: Rechtsschutzanzeige Kessler & Voss", "2025-07-30 10:10",
                      body="Gehört zu euch, Firmen-RS Kessler & Voss. Deckungszusage für die erste Instanz erbeten.\n\nNadine\n",
                      atts=[("RS-Anzeige_KV_Huebner.docx", d, DOCX)])


def m133():
    meta = ("STRICTLY_CONFIDENTIAL", "en", "company",
            "freight company's PDF incident report: warehouse worker injured when a pallet fell during loading (head injury, hospital) - liability claim with injury")
    p = pdf("""Meridian Freight B.V. - Incident report IR-2025-077
Date: 19 February 2025, 06:45, Waalhaven warehouse, dock 4
Injured person: Mr Ruud Hendriks (temporary worker via Flexwerk Rotterdam)
Event: pallet fell from forklift forks during loading of trailer 61-BNP-9
Injuries: head laceration and concussion, taken to Maasstad Hospital, discharged next day; unfit for work 2 weeks
Cargo damaged: 1 pallet pump spare parts (EUR 4,100)
Reported by: J. van der Linde
""", title="IR-2025-077")
    return meta, mail("Aylin Demirtaş <aylin.demirtas@auenfels.example>",
                      "Nadine Ostermeier <nadine.ostermeier@auenfels.example>",
                      "FW: incident at Waalhaven dock 4", "2025-02-21 09:44",
                      body="Nadine, Meridian meldet einen Personenschaden im Lager – Betriebshaftpflicht NL (HA-NL-2024-203) und Cargo. Bericht anbei, Originalmail unten.\n\nAylin\n\n> From: Joris van der Linde\n> Aylin, see attached incident report. The worker's agency may claim against us. Joris\n",
                      atts=[("IR-2025-077.pdf", p, PDF)])


def m134():
    meta = ("NORMAL", "en", "internal",
            "trap: ICS meeting invite about the update of medical underwriting guidelines (BMI tables, diabetes, cancer remission) - no applicant")
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000UWGL2025Q4@auenfels.example
DTSTAMP:20251110T090000Z
DTSTART;TZID=W. Europe Standard Time:20251126T130000
DTEND;TZID=W. Europe Standard Time:20251126T150000
SUMMARY:Quarterly review: medical underwriting guidelines
DESCRIPTION:Agenda: new BMI table\\, type 2 diabetes rating\\, cancer remissi
 on periods\\, mental health questions in group schemes.
END:VEVENT
END:VCALENDAR
""")
    return meta, mail("Ulrich Tamm <ulrich.tamm@auenfels.example>",
                      "Risikoprüfung <risikopruefung@auenfels.example>",
                      "Quarterly review: medical underwriting guidelines", "2025-11-10 10:00",
                      body="Invite attached. Please read the draft guideline before the meeting.\n", atts=[("review.ics", cal, ICS)],
                      mailer="Microsoft Outlook 16.0")


def m135():
    meta = ("CONFIDENTIAL", "mixed", "insurer-to-broker",
            "German/English mail to a broker with a PDF household policy schedule for an expat client (name, address, policy number)")
    p = pdf("""Versicherungsschein / Policy schedule – Hausrat HR 32 220 871
Versicherungsnehmer / Policyholder: Callum Reid, Ledererstraße 9, 80331 München
Versicherungssumme / Sum insured: 85.000 EUR, incl. Fahrraddiebstahl 3.000 EUR
Beginn / Start: 01.08.2025   Beitrag / Premium: 231,60 EUR p.a.
""", title="HR 32 220 871")
    body = """Dear Owen, lieber Herr Pritchard,

anbei der Versicherungsschein für Mr Reid - bilingual, as your client requested. Die Police ist ab 01.08. aktiv; please forward it to him.

Beste Grüße / Best regards
Jens Pawlitzki
"""
    return meta, mail("Jens Pawlitzki <jens.pawlitzki@auenfels.example>",
                      "Owen Pritchard <owen.pritchard@clearwater-brokers.example>",
                      "Hausrat / home contents Reid - Versicherungsschein", "2025-07-31 15:05", body=body,
                      atts=[("Versicherungsschein_HR32220871.pdf", p, PDF)])

# =============================================================== mails 136-150

def m136():
    meta = ("STRICTLY_CONFIDENTIAL", "mixed", "company",
            "German/English HR mail forwarded with an XLSX of an employee's sick-leave periods and reason (burnout, F43.8) for a group income protection claim")
    x = xlsx([("Absence", [
        ["Mitarbeiter / Employee", "von / from", "bis / to", "Grund / reason"],
        ["Lukas Brandt", "2025-09-01", "2025-10-31", "Burnout-Syndrom, F43.8 (AU Dr. Menzel)"],
        ["Lukas Brandt", "2025-11-01", "offen / open", "Reha Klinik Bad Zwesten ab 10.11."],
    ])])
    body = """Hi Ulrich,

forwarding from Harrowgate's German branch - GIP claim notification (scheme GIP-HC-2024-02), 13 weeks deferred period reached on 30 Nov.

Fiona

> Von: Sabine Körner <personal-de@harrowgate-consulting.example>
> Dear Ms McAllister, wie telefonisch besprochen anbei die Abwesenheitszeiten von Herrn Brandt. He agreed that we send this. Viele Grüße, S. Körner
"""
    return meta, mail("Fiona McAllister <fiona.mcallister@auenfels.example>",
                      "Ulrich Tamm <ulrich.tamm@auenfels.example>",
                      "FW: GIP Meldung / claim notification Brandt", "2025-11-24 09:05", body=body,
                      atts=[("Absence_Brandt.xlsx", x, XLSX)])


def m137():
    meta = ("NORMAL", "mixed", "internal",
            "trap: mixed-language meeting notes ODT on bordereau migration (fields DOB, diagnosis) - no records")
    o = odt([
        "Notes – Bordereau migration / Umstellung Bordereaux v3 – 18.09.2025",
        "Teilnehmer: M. Engel, F. McAllister, P. Nowak-Schell",
        "1. Thamesbridge will send v3 from October; GlobalCare from November.",
        "2. Feld 'diagnosis' nur noch als ICD-10-Code, kein Freitext mehr – reduces sensitive free text.",
        "3. DOB field stays mandatory for medical claims; for baggage only year of birth.",
        "4. Testdateien nur mit Dummy-Daten. Next meeting 02.10.",
    ])
    return meta, mail("Marius Engel <marius.engel@auenfels.example>",
                      "Piotr Nowak-Schell <piotr.nowak-schell@auenfels.example>",
                      "Notes Bordereau migration 18.09.", "2025-09-18 17:20",
                      body="Hi Piotr, Notizen anbei - please correct if I missed anything. Marius\n",
                      atts=[("Notes_bdx_migration_20250918.odt", o, ODT)])


def m138():
    meta = ("CONFIDENTIAL", "de", "company",
            "driving school forwards a speeding fine notice PDF of a named instructor (administrative offence, fine, points) for the fleet file")
    p = pdf("""Regierungspräsidium Kassel – Zentrale Bußgeldstelle
Bußgeldbescheid Az. 2.3-741.551-25
Betroffene: Melanie Bauer, geb. 02.02.1985
Tatvorwurf: Überschreitung der zulässigen Höchstgeschwindigkeit außerorts um 23 km/h, 04.08.2025, B 7 Kaufungen, Fahrzeug KS-FK 1
Geldbuße: 150,00 EUR zzgl. Gebühren 28,50 EUR; 1 Punkt im Fahreignungsregister
""", title="Bussgeldbescheid")
    return meta, mail("Marco Bellini <marco.bellini@auenfels.example>",
                      "Tobias Reinholt <tobias.reinholt@auenfels.example>",
                      "WG: Bußgeld KS-FK 1", "2025-09-02 14:40",
                      body="Kranich hat uns den Bußgeldbescheid geschickt, weil er denkt, wir müssten das wissen. Kein Versicherungsfall – ich lege es nur zur Akte und antworte ihm.\n\nMarco\n",
                      atts=[("Bussgeldbescheid_KS-FK1.pdf", p, PDF)])


def m139():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "provider",
            "dental consultant's second-opinion PDF on a bridge/implant plan for a named insured (periodontal status, tooth findings)")
    p = pdf("""MedPrüf Service GmbH – Zahnärztliche Zweitmeinung ZM-25-0611
Versicherte: Elif Aksoy, KV 6611 902 1
Vorliegender HKP: Brücke 14-16 (Zahnarztpraxis Weinberg), 3.240 EUR
Befund nach Röntgen-OPG: Zahn 15 fehlt, 14 und 16 vital, Parodontitis generalisiert mild, Taschentiefen bis 4 mm
Bewertung: Versorgung medizinisch notwendig; vorab systematische PA-Therapie empfohlen; Implantat 15 wäre Alternative
Dr. med. dent. Ralf Stiebing
""", title="ZM-25-0611")
    return meta, mail("Nils Harder <nils.harder@auenfels.example>",
                      "Team Zahn <leistung-zahn@auenfels.example>",
                      "WG: Zweitmeinung ZM-25-0611 (Aksoy)", "2025-06-11 10:45",
                      body="Zweitmeinung liegt vor, bitte Erstattungszusage unter Vorbehalt PA-Therapie.\n\nNils\n",
                      atts=[("ZM-25-0611.pdf", p, PDF)])


def m140():
    meta = ("NORMAL", "de", "insurer-to-company",
            "trap: DOCX template letter for employers informing staff about the company pension, with «Name», «Gehalt», «Beitrag» placeholders")
    d = docx([
        "Musteranschreiben Mitarbeiterinformation betriebliche Altersversorgung",
        "Liebe/r «Vorname» «Nachname»,",
        "ab «Datum» können Sie einen Teil Ihres Bruttogehalts («Gehalt» EUR) in eine Direktversicherung umwandeln. Bei einem Beitrag von «Beitrag» EUR zahlt die Firma 15 % dazu.",
        "Fragen beantwortet Ihre Personalabteilung oder unser Beratungsteam unter 0561 7807-3300.",
    ])
    return meta, mail("Miriam Okonkwo-Lenz <miriam.okonkwo-lenz@auenfels.example>",
                      "Kirsten Albers <k.albers@kv-maschinenbau.example>",
                      "Muster Mitarbeiterinformation bAV", "2025-10-28 09:20",
                      body="Liebe Frau Albers,\n\nhier unser Musteranschreiben für die Infoaktion im November - die Platzhalter füllt Ihr Serienbrief.\n\nViele Grüße\nMiriam Okonkwo-Lenz\n",
                      atts=[("Muster_Mitarbeiterinfo_bAV.docx", d, DOCX)])


def m141():
    meta = ("CONFIDENTIAL", "en", "insurer-to-broker",
            "yacht condition survey PDF sent to broker: named owner, vessel, hull value, policy number; no injury")
    p = pdf("""Condition & Valuation Survey - S/Y "Morwenna" (Hallberg-Rassy 40, 2012)
Owner: Mr Alistair Penhale, Falmouth
Policy: YA-UK-2025-0044   Agreed hull value: GBP 265,000
Findings: minor osmosis blisters below waterline, standing rigging 13 years old - replacement recommended before next season
Surveyor: Cornish Marine Surveys, 4 March 2025
""", title="Survey Morwenna")
    return meta, mail("Aylin Demirtaş <aylin.demirtas@auenfels.example>",
                      "Owen Pritchard <owen.pritchard@clearwater-brokers.example>",
                      "Morwenna - survey and rigging warranty", "2025-03-10 12:18",
                      body="Dear Owen,\n\nwe can renew on the agreed value, subject to a rigging replacement warranty by 30 April. Survey attached for your client.\n\nBest regards\nAylin\n",
                      atts=[("Survey_Morwenna_2025.pdf", p, PDF)])


def m142():
    meta = ("STRICTLY_CONFIDENTIAL", "en", "provider",
            "ZIP from the assistance company with discharge summary PDF (clavicle fracture, surgery) and invoice CSV for a named student")
    dis = pdf("""Klinikum Kassel - Discharge summary
Patient: Tobi Adeyemi, born 2006-08-14
Admitted 03/08/2025 after bicycle fall: displaced fracture of the left clavicle (S42.02)
Open reduction and plate fixation 04/08/2025; discharged 06/08/2025
Follow-up: X-ray in 6 weeks, no contact sports for 3 months
""", title="Discharge Adeyemi")
    inv = csv_("""case;item;amount_eur
GC-25-053004;inpatient stay 3 days;1120.00
GC-25-053004;osteosynthesis material;360.00
""")
    z = zip_([("discharge_summary.pdf", dis), ("invoice_items.csv", inv)])
    return meta, mail("Marius Engel <marius.engel@auenfels.example>",
                      "Nils Harder <nils.harder@auenfels.example>",
                      "FW: GC-25-053004 closing documents", "2025-08-22 11:50",
                      body="Closing docs from GlobalCare, zipped. Please settle.\n\n> From: ops@globalcare-assist.example\n> Please find attached the closing documents for case GC-25-053004.\n",
                      atts=[("GC-25-053004.zip", z, ZIP)])


def m143():
    meta = ("NORMAL", "en", "supplier",
            "trap: analytics vendor's sample of an anonymised claims dataset (pseudonymous IDs, age bands, ICD chapter counts >= 10)")
    c = csv_("""segment,age_band,icd_chapter,claims,avg_cost_eur
group_health,30-39,XIII musculoskeletal,148,612
group_health,30-39,V mental,61,1840
group_health,40-49,IX circulatory,37,2210
group_health,50-59,II neoplasms,22,8930
""")
    return meta, mail("Benedikt Raab <benedikt.raab@auenfels.example>",
                      "Karsten Vollmer <karsten.vollmer@auenfels.example>",
                      "FW: sample output - anonymisation check", "2025-05-27 15:15",
                      body="Karsten, the analytics vendor sent a sample of the aggregated output. Cells below 10 are suppressed. Could you confirm this is fine from a DP perspective?\n\nBenedikt\n\n> From: Dr. Mia Lorenz <m.lorenz@insightworks.example>\n> Sample attached as agreed.\n",
                      atts=[("sample_aggregated_output.csv", c, CSV)])


def m144():
    meta = ("CONFIDENTIAL", "de", "company",
            "property manager's CSV of tenants applying for a rent-deposit guarantee: names, birth dates, net income, IBANs")
    c = csv_("""Mieter;Geburtsdatum;Wohnung;Kaution;Nettoeinkommen mtl.;IBAN
Leon Fassbinder;14.01.1999;Goethestr. 58, 1. OG li;2.340,00;2.480,00;DE03 7601 0085 0531 7794 20
Amelie Strack;07.07.1993;Goethestr. 58, 2. OG re;2.610,00;3.150,00;DE48120300000044718209
""", "windows-1252")
    return meta, mail("Lea Sturm <lea.sturm@auenfels.example>",
                      "Kautionsbürgschaft <kaution@auenfels.example>",
                      "WG: Kautionsbürgschaften Goethestr. 58", "2025-04-03 09:09",
                      body="Hausverwaltung Pohl reicht zwei Anträge Mietkautionsbürgschaft ein. Bitte Bonität prüfen.\n\nLea\n",
                      atts=[("Kaution_Goethestr58.csv", c, "application/vnd.ms-excel")])


def m145():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
            "reply to employer quoting its earlier injury list (S62.5, S93.4, sick-leave dates); own text asks to use the portal")
    body = """Sehr geehrte Frau Marx,

vielen Dank für Ihre Liste. Bitte senden Sie künftige Meldungen mit Verletzungen oder Arbeitsunfähigkeiten ausschließlich über das SecureMail-Portal und nicht per normaler E-Mail.

Die Meldungen Kühn und Yıldız sind abgeschlossen (keine dauernde Invalidität), Herr Petrović wird weiter bearbeitet.

Mit freundlichen Grüßen
Jana Lüders
Leistung Unfall

-----Ursprüngliche Nachricht-----
Von: Tanja Marx <t.marx@brenner-logistik.example>
Gesendet: Montag, 3. November 2025 07:52
Betreff: Unfallmeldungen Oktober

> 40117 Petrović, Dragan – 02.10.2025 – Fraktur Handgelenk li. (S62.5) – AU offen – KH 2 Tage
> 40388 Kühn, Sebastian – 09.10.2025 – Quetschung Finger re. – AU 10.10.-24.10.2025
> 41002 Yıldız, Emre – 21.10.2025 – Distorsion OSG re. (S93.4) – AU 22.10.-07.11.2025
"""
    return meta, mail("Jana Lüders <jana.lueders@auenfels.example>",
                      "Tanja Marx <t.marx@brenner-logistik.example>",
                      "AW: Unfallmeldungen Oktober", "2025-11-12 14:35", body=body, flowed=True,
                      mailer="UA:Mozilla Thunderbird 128.3")


def m146():
    meta = ("NORMAL", "de", "newsletter",
            "trap: press release PDF about record payouts in health and accident lines (totals only)")
    p = pdf("""Pressemitteilung – Auenfels Versicherung AG
Kassel, 28.03.2025 – Auenfels zahlt 2024 Rekordleistungen
In der Krankenversicherung erstattete Auenfels 2024 insgesamt 236 Mio. EUR (+7 %), in der Unfallversicherung 12,8 Mio. EUR.
Die Zahl der Firmenkunden mit betrieblicher Krankenversicherung stieg auf 1.140.
Pressekontakt: presse@auenfels.example
""", title="PM 2025-03-28")
    return meta, mail("Pressestelle Auenfels <presse@auenfels.example>",
                      "Redaktion Versicherungsmagazin <redaktion@vmagazin.example>",
                      "PM: Auenfels zahlt 2024 Rekordleistungen", "2025-03-28 10:00",
                      body="Sehr geehrte Damen und Herren,\n\nanbei unsere Pressemitteilung zum Geschäftsjahr 2024.\n\nPressestelle Auenfels Versicherung AG\n",
                      atts=[("PM_Auenfels_2025-03-28.pdf", p, PDF)])


def m147():
    meta = ("CONFIDENTIAL", "mixed", "company",
            "Dutch/English mail forwarded with a CSV cargo claim from a sole-trader haulier (eenmanszaak = natural person): name, KvK, bank account")
    c = csv_("""claimant;kvk;certificate;damage;amount_eur;iban
Pieter Bosman h/o Bosman Transport;74120398;TR-MAR-2024-118/0461;wet damage 2 pallets;3420.00;NL59 ABNA 0417 1643 91
""")
    body = """Aylin,

Bosman (subcontractor) claims directly under our open cover - see below. He is a sole trader.

Joris

> Van: Pieter Bosman <p.bosman@bosman-transport.example>
> Beste Joris, hierbij mijn claim voor de natte pallets. Please pay to my account in the file. Groet, Pieter
"""
    return meta, mail("Aylin Demirtaş <aylin.demirtas@auenfels.example>",
                      "Cargo Claims <cargo-claims@auenfels.example>",
                      "FW: claim Bosman Transport", "2025-12-05 10:30", body=body,
                      atts=[("claim_Bosman.csv", c, CSV)])


def m148():
    meta = ("STRICTLY_CONFIDENTIAL", "de", "company",
            "utility's PDF damage report: a pedestrian fell at a construction pit (hip fracture, surgery) - liability claim with bodily injury")
    p = pdf("""Stadtwerke Talheim – Schadenmeldung Haftpflicht
Versicherungsschein BHV 60 221 873
Geschädigte: Hildegard Möck, geb. 22.01.1941, Lauffener Str. 8, 74388 Talheim
Datum: 11.12.2025, ca. 17:10, Baugrube Wasserleitung Lauffener Straße (Absperrung teilweise umgefallen)
Verletzung: Sturz, Oberschenkelhalsfraktur rechts, OP (Hüft-TEP) am 12.12.2025 SLK-Klinikum Heilbronn
Anspruch angemeldet durch Sohn Jürgen Möck
""", title="Schadenmeldung Moeck")
    return meta, mail("Nadine Ostermeier <nadine.ostermeier@auenfels.example>",
                      "Haftpflicht Personenschaden <hpf-personenschaden@auenfels.example>",
                      "WG: Sturz Baugrube Lauffener Straße", "2025-12-15 08:44",
                      body="Personenschaden Stadtwerke Talheim, bitte übernehmen und Reserve bilden. Meldung anbei.\n\nNadine\n",
                      atts=[("Schadenmeldung_Moeck.pdf", p, PDF)])


def m149():
    meta = ("NORMAL", "en", "internal",
            "trap: 'test upload - ignore' mail with XLSX of placeholder people ('Test Person A', DOB 1900-01-01, salary 0)")
    x = xlsx([("Test", [
        ["Name", "DOB", "Salary", "Diagnosis"],
        ["Test Person A", "1900-01-01", 0, "N/A"],
        ["Test Person B", "1900-01-01", 0, "N/A"],
    ])])
    return meta, mail("Piotr Nowak-Schell <piotr.nowak-schell@auenfels.example>",
                      "Piotr Nowak-Schell <piotr.nowak-schell@auenfels.example>",
                      "test upload - ignore", "2025-10-30 18:02",
                      body="test\n", atts=[("test_upload.xlsx", x, XLSX)])


def m150():
    meta = ("CONFIDENTIAL", "de", "broker",
            "sole-trader broker's mail with XLSX self-disclosure of a self-employed client for commercial liability: income, birth date, tax number")
    x = xlsx([("Selbstauskunft", [
        ["Selbstauskunft Gewerbekunde (Makler: Sabine Thielmann e.K.)", ""],
        ["Name", "Jörg Wendelin, Malermeister (Einzelunternehmen)"],
        ["Geburtsdatum", "12.04.1971"],
        ["Steuernummer", "026 833 41120"],
        ["Gewinn 2024 lt. Steuerbescheid", "58.400 EUR"],
        ["Umsatz 2024", "212.000 EUR"],
        ["Mitarbeiter", "2 Gesellen, 1 Azubi"],
    ])])
    return meta, mail("Jens Pawlitzki <jens.pawlitzki@auenfels.example>",
                      "Underwriting Gewerbe <underwriting-gewerbe@auenfels.example>",
                      "WG: Betriebshaftpflicht Malerbetrieb Wendelin", "2025-12-09 11:25",
                      body="Antrag kommt nach, vorab die Selbstauskunft von Frau Thielmann. Bitte unverbindliches Angebot.\n\nJens\n\n> Hallo Herr Pawlitzki, anbei schon mal die Selbstauskunft. LG S. Thielmann\n",
                      atts=[("Selbstauskunft_Wendelin.xlsx", x, XLSX)])

# =============================================================== driver

LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
TARGET = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
N_MAILS = 150


def _all():
    out = []
    for i in range(1, N_MAILS + 1):
        fn = globals().get(f"m{i:03d}")
        if fn is None:
            continue
        meta, msg = fn()
        out.append((i, meta, msg))
    return out


def build():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.startswith(PREFIX + "-") and old.endswith(".eml"):
            os.remove(os.path.join(OUT, old))
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (label, lang, kind, reason), msg in _all():
        name = f"{PREFIX}-{i:04d}.eml"
        if "Message-ID" not in msg:
            msg["Message-ID"] = f"<{PREFIX}.{i:04d}.{i * 7919:x}@auenfels.example>"
        if "MIME-Version" not in msg:
            msg["MIME-Version"] = "1.0"
        _boundaries(msg, f"{PREFIX}{i:04d}")
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(msg.as_bytes(policy=SMTP))
        assert "\t" not in reason and "\n" not in reason
        rows.append(f"{name}\t{label}\t{lang}\t{kind}\t{reason}")
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print(f"wrote {len(rows) - 1} mails")


def _iban_ok(s):
    s = s.replace(" ", "").upper()
    s2 = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s2)) % 97 == 1


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
KNOWN_BAD_IBANS = {"DE00000000000000000000"}   # zero IBAN in synthetic test data (m063)


def _texts(part):
    """Yield (where, text) for every readable piece of a message, recursing into attachments."""
    ctype = part.get_content_type()
    fn = part.get_filename() or ""
    if part.is_multipart():
        for p in part.iter_parts():
            yield from _texts(p)
        return
    if ctype == "message/rfc822":
        for sub in part.get_payload():
            yield from _texts(sub)
        return
    data = part.get_payload(decode=True) or b""
    if ctype.startswith("text/") and not fn.lower().endswith((".csv",)):
        yield (fn or ctype, part.get_content())
        return
    yield from _file_texts(fn, data)


def _file_texts(fn, data):
    low = fn.lower()
    if low.endswith((".zip", ".xlsx", ".docx", ".ods", ".odt")):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, fn
        for n in z.namelist():
            inner_data = z.read(n)
            if low.endswith(".zip"):
                yield from _file_texts(n, inner_data)
            elif n.endswith(".xml"):
                yield (fn + ":" + n, re.sub(r"<[^>]+>", " ", inner_data.decode("utf-8")))
        return
    if low.endswith(".pdf"):
        assert data.startswith(b"%PDF"), fn
        try:
            from pypdf import PdfReader
            r = PdfReader(io.BytesIO(data))
            yield (fn, "\n".join(p.extract_text() or "" for p in r.pages))
        except ImportError:
            yield (fn, "")
        return
    for enc in ("utf-8", "cp1252"):
        try:
            yield (fn, data.decode(enc))
            return
        except UnicodeDecodeError:
            pass


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("bad header")
    rows = [l.split("\t") for l in lines[1:]]
    counts, langs, kinds, traps, atts = {}, {}, {}, 0, {}
    files = sorted(os.listdir(OUT))
    if len(files) != N_MAILS or len(rows) != N_MAILS:
        errors.append(f"expected {N_MAILS} files/rows, got {len(files)}/{len(rows)}")
    for r in rows:
        if len(r) != 5:
            errors.append(f"bad row {r[:1]}")
            continue
        name, label, lang, kind, reason = r
        if label not in LABELS:
            errors.append(f"{name}: bad label {label}")
        counts[label] = counts.get(label, 0) + 1
        langs[(label, lang)] = langs.get((label, lang), 0) + 1
        kinds[kind] = kinds.get(kind, 0) + 1
        if label == "NORMAL" and reason.startswith("trap:"):
            traps += 1
        if label != "NORMAL" and reason.startswith("trap:"):
            errors.append(f"{name}: trap prefix on sensitive mail")
        path = os.path.join(OUT, name)
        raw = open(path, "rb").read()
        if b"\r\n" not in raw or re.search(rb"[^\r]\n", raw):
            errors.append(f"{name}: not CRLF")
        msg = BytesParser(policy=default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append(f"{name}: missing {h}")
        for part in msg.walk():
            fn = part.get_filename()
            if fn:
                ext = fn.rsplit(".", 1)[-1].lower()
                atts[ext] = atts.get(ext, 0) + 1
        try:
            texts = list(_texts(msg))
        except Exception as e:  # noqa
            errors.append(f"{name}: cannot read parts: {e!r}")
            continue
        alltext = "\n".join(t for _, t in texts) + "\n" + "\n".join(str(v) for v in msg.values())
        for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", alltext):
            if not dom.lower().endswith(".example"):
                errors.append(f"{name}: non-.example domain {dom}")
        for url in re.findall(r"https?://([\w.-]+)", alltext):
            if not url.lower().endswith(".example"):
                errors.append(f"{name}: non-.example URL host {url}")
        for m in IBAN_RE.finditer(alltext):
            cand = m.group(1)
            if "ZZZ" in cand:
                continue
            if cand[:2] in ("DE", "AT", "NL", "GB", "CH", "FR", "ES", "PL", "IT", "BE") and len(cand.replace(" ", "")) >= 15:
                if not _iban_ok(cand) and cand.replace(" ", "") not in KNOWN_BAD_IBANS:
                    errors.append(f"{name}: IBAN checksum fails {cand}")
        if "lindenhof" in alltext.lower():
            errors.append(f"{name}: mentions Lindenhof")
    for k, v in TARGET.items():
        if counts.get(k, 0) != v:
            errors.append(f"{k}: {counts.get(k, 0)} != {v}")
    if traps < 40:
        errors.append(f"only {traps} traps")
    print("labels:", counts)
    print("label x lang:", dict(sorted(langs.items())))
    print("kinds:", dict(sorted(kinds.items())))
    print("traps:", traps)
    print("attachments by extension:", dict(sorted(atts.items())))
    if errors:
        print("CHECK FAILED")
        for e in errors:
            print("  ", e)
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    build()
